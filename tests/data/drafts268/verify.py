#!/usr/bin/env python3
"""Verify drafts268.

1. every label value occurs in its case; every case has a label; clean cases have no expected findings;
2. each error case differs from its clean draft in one place (one contiguous region of at most 120
   characters) and that region overlaps an occurrence of the label's value;
3. the 13 numeric codes of errors.md section A each occur at least twice;
4. every draft (clean and error) is 3,000-9,000 characters;
5. the arithmetic of every clean draft is redone: the indicator tables (weights, scores, completion,
   units, scores by the proportional rule), the funds tables (rates, sums), and the figures of the
   prose (amounts, rates, balances, averages, completion, totals, grades).
Prints OK at the end, or the list of failures and exits 1.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

FAIL = []


def fail(msg):
    FAIL.append(msg)


def D(s):
    return Decimal(str(s).replace(",", "").replace("，", ""))


def decimals(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed, ctx):
    """stated: the string as written (may end with %); computed: Decimal in the same unit."""
    s = str(stated).rstrip("%")
    tol = Decimal("0.5") * (Decimal(10) ** -decimals(s)) + Decimal("1e-9")
    if abs(D(s) - computed) > tol:
        fail(f"{ctx}: stated {stated}, computed {computed:.4f}")


def r2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grab(text, pattern, ctx, once=False, group=1):
    found = re.findall(pattern, text)
    if not found:
        fail(f"{ctx}: pattern not found: {pattern}")
        return Decimal(0)
    if once and len(found) != 1:
        fail(f"{ctx}: pattern found {len(found)} times: {pattern}")
    v = found[0]
    if isinstance(v, tuple):
        v = v[group - 1]
    return v


def grade_of(score):
    if score >= 90:
        return "优"
    if score >= 80:
        return "良"
    if score >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def check_grades(text, ctx, total):
    hits = re.findall(r"(?:自评得分|综合评分)(\d+(?:\.\d+)?)分[，,]\s*评价等级为“?(优秀|良好|中等|优|良|中|较差|差)", text)
    if not hits:
        fail(f"{ctx}: no total + grade sentence")
    for score, word in hits:
        close(score, total, f"{ctx} total in text")
        if GRADE_WORDS[word] != grade_of(D(score)):
            fail(f"{ctx}: grade {word} for {score}")


# ---------- tables ----------

def table_after(text, header_prefix):
    """Rows (lists of cells) of the table whose header line starts with header_prefix."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith(header_prefix) and "｜" in line:
            rows = [line.split("｜")]
            for nxt in lines[i + 1:]:
                if "｜" not in nxt or nxt.startswith("一级指标"):
                    break
                rows.append([c.strip().replace("\u3000", "") for c in nxt.split("｜")])
            return rows
    fail(f"table with header {header_prefix!r} not found")
    return [[]]


DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
NUM = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?)")


def parse_value(s):
    """(sign, number, unit) from a target/actual cell such as '≥3500人', '97.6%', '=500元/人'."""
    s = s.strip()
    sign = "="
    if s[:1] in "≥≤=＝":
        sign = {"≥": ">=", "≤": "<=", "=": "=", "＝": "="}[s[0]]
        s = s[1:]
    m = NUM.search(s)
    if not m:
        return sign, None, s
    unit = (s[:m.start()] + s[m.end():]).strip()
    return sign, D(m.group(1)), unit


def check_indicator_table(text, ctx, header_prefix="一级指标", extra=(Decimal(0), Decimal(0))):
    """extra: (weight, score) of an execution line kept outside this table (MOF funds block)."""
    rows = table_after(text, header_prefix)
    head = [h.strip() for h in rows[0]]

    def col(*names):
        for n in names:
            for j, h in enumerate(head):
                if h.startswith(n):
                    return j
        return None

    c_t = col("年度指标值", "指标值")
    c_a = col("实际完成值")
    c_w = col("分值")
    c_s = col("得分")
    c_c = col("完成率")
    c_dir = col("指标性质")
    c_u = col("度量单位")
    sw, ss = extra
    levels = {}
    total = None
    for cells in rows[1:]:
        if cells[0] in ("合计", "总分"):
            nums = [c for c in cells if c and NUM.fullmatch(c)]
            tw, ts = D(nums[-2]), D(nums[-1])
            if tw != 100:
                fail(f"{ctx}: total weight {tw}")
            if sw != tw:
                fail(f"{ctx}: weights add up to {sw}, total row {tw}")
            close(nums[-1], ss, f"{ctx} total score")
            total = ts
            break
        name = cells[2]
        w, s = D(cells[c_w]), D(cells[c_s])
        sw += w
        ss += s
        levels[cells[0]] = levels.get(cells[0], [Decimal(0), Decimal(0)])
        levels[cells[0]][0] += w
        levels[cells[0]][1] += s
        if not (0 <= s <= w):
            fail(f"{ctx} {name}: score {s} outside [0, {w}]")
        tcell, acell = cells[c_t], cells[c_a]
        if c_dir is not None:
            sign = {"≥": ">=", "≤": "<=", "=": "="}[cells[c_dir]]
            T, A = D(tcell), D(acell)
            tu = au = cells[c_u]
        elif DATE.search(tcell):
            dt, da = DATE.search(tcell).groups(), DATE.search(acell)
            if not da:
                fail(f"{ctx} {name}: date target, actual {acell}")
                continue
            if tuple(map(int, da.groups())) > tuple(map(int, dt)):
                fail(f"{ctx} {name}: actual date after target")
            if s != w:
                fail(f"{ctx} {name}: date met but score {s}")
            continue
        else:
            sign, T, tu = parse_value(tcell)
            _, A, au = parse_value(acell)
            if tu != au:
                fail(f"{ctx} {name}: unit of target {tu!r} vs actual {au!r}")
                continue
        if sign == "<=":
            comp = Decimal(1) if A <= T else T / A
        else:
            comp = A / T
        if c_c is not None:
            close(cells[c_c], comp * 100, f"{ctx} {name} completion")
        expect = r2(w * min(Decimal(1), comp))
        if abs(expect - s) > Decimal("0.005"):
            fail(f"{ctx} {name}: score {s}, proportional rule gives {expect}")
    if total is None:
        fail(f"{ctx}: no total row")
    return total, levels


def check_funds_rows(rows, ctx, c_annual, c_exec, c_rate):
    """Each row's rate = exec / annual; '—' when annual is 0."""
    out = {}
    for cells in rows[1:]:
        name = cells[0].replace("其中：", "").strip()
        a, e = D(cells[c_annual]), D(cells[c_exec])
        rate = cells[c_rate]
        if a == 0:
            if rate not in ("—", "-", "0"):
                fail(f"{ctx} {name}: rate {rate} on a zero budget")
        else:
            close(rate, e / a * 100, f"{ctx} {name} rate")
            if e > a:
                fail(f"{ctx} {name}: executed above budget")
        out[name] = [D(c) if NUM.fullmatch(c) else None for c in cells[1:]]
    return out


def sum_check(out, total, parts, ctx, ncols=3):
    for j in range(ncols):
        s = sum(out[p][j] for p in parts)
        if s != out[total][j]:
            fail(f"{ctx}: column {j + 1}: {' + '.join(parts)} = {s}, {total} = {out[total][j]}")


# ---------- drafts ----------

def check_minquan(t, ctx):
    rows = table_after(t, "项目资金（万元）")
    out = check_funds_rows(rows, ctx, 2, 3, 5)
    sum_check(out, "年度资金总额", ["当年财政拨款", "上年结转资金", "其他资金"], ctx)
    total_row = rows[1]
    close(total_row[6], r2(10 * D(total_row[3]) / D(total_row[2])), f"{ctx} execution score")
    # the execution line (分值 10) sits in the funds block; the 总分 row of the indicator table includes it
    total, levels = check_indicator_table(t, ctx, extra=(D(total_row[4]), D(total_row[6])))
    check_grades(t, ctx, total)
    g = lambda p: D(grab(t, p, ctx))
    init, add, carry, annual = g(r"年初预算([\d.]+)万元"), g(r"追加下达([\d.]+)万元"), g(r"上年结转资金([\d.]+)万元"), g(r"全年预算调整为([\d.]+)万元")
    if init + add + carry != annual:
        fail(f"{ctx}: {init} + {add} + {carry} != {annual}")
    spent = g(r"实际支出([\d.]+)万元")
    close(grab(t, r"预算执行率([\d.]+%)", ctx), spent / annual * 100, f"{ctx} 执行率 text")
    n1, s1 = g(r"交通补贴([\d,]+)人，每人500元"), g(r"支出([\d.]+)万元，占全年支出")
    if n1 * 500 / 10000 != s1:
        fail(f"{ctx}: {n1} x 500 != {s1}")
    close(grab(t, r"占全年支出的([\d.]+%)", ctx), s1 / spent * 100, f"{ctx} share")
    orgs, out_n, s2 = g(r"全县(\d+)家"), g(r"共组织输出([\d,]+)人"), g(r"劳务输出奖补([\d.]+)万元")
    if out_n * 200 / 10000 != s2:
        fail(f"{ctx}: {out_n} x 200 != {s2}")
    close(grab(t, r"平均每家组织输出(\d+)人", ctx), out_n / orgs, f"{ctx} average")
    n3, s3 = g(r"稳岗奖补([\d,]+)人，每人500元"), g(r"每人500元，支出([\d.]+)万元。")
    if n3 * 500 / 10000 != s3:
        fail(f"{ctx}: {n3} x 500 != {s3}")
    if s1 + s2 + s3 != spent:
        fail(f"{ctx}: parts {s1}+{s2}+{s3} != {spent}")
    close(grab(t, r"年末结余([\d.]+)万元", ctx), annual - spent, f"{ctx} balance")
    if "结转至2023年" not in t:
        fail(f"{ctx}: carry-over year")
    close(grab(t, r"有组织劳务输出[\d,]+人，完成率([\d.]+%)", ctx), D(4215) / 4000 * 100, f"{ctx} completion 4215")
    close(grab(t, r"完成年度目标的([\d.]+%)", ctx), n3 / 1600 * 100, f"{ctx} completion 1528")
    close(grab(t, r"该项扣([\d.]+)分", ctx), Decimal(10) - Decimal("9.55"), f"{ctx} deduction")
    if g(r"2021年全县发放交通补贴([\d,]+)人") + g(r"本年较上年增加(\d+)人") != n1:
        fail(f"{ctx}: 3286 + 326")
    if "截至2022年12月31日" not in t:
        fail(f"{ctx}: year-end date")
    # table figures equal the text figures
    for a, b in [("3612人", "3,612人"), ("4215人", "4,215人"), ("1528人", "1,528人"), ("28650人", "28,650人"),
                 ("4360元", "4,360元"), ("97.6%", "97.6%"), ("93.5%", "93.5%"), ("341.30", "341.30万元"),
                 ("356.40", "356.40万元"), ("95.76%", "95.76%")]:
        if a not in t or b not in t:
            fail(f"{ctx}: {a} / {b}")


def check_anlong(t, ctx):
    rows = table_after(t, "资金来源｜")
    out = check_funds_rows(rows, ctx, 2, 3, 4)
    sum_check(out, "合计", ["中央就业补助资金", "省级就业补助资金", "县级配套资金", "上年结转资金"], ctx)
    total, levels = check_indicator_table(t, ctx)
    check_grades(t, ctx, total)
    g = lambda p: D(grab(t, p, ctx))
    init, add, annual, spent = g(r"年初预算([\d.]+)万元"), g(r"年中追加([\d.]+)万元"), g(r"全年预算([\d.]+)万元"), g(r"全年执行([\d.]+)万元")
    if init + add != annual or out["合计"][0] != init or out["合计"][1] != annual or out["合计"][2] != spent:
        fail(f"{ctx}: budget figures")
    close(grab(t, r"预算执行率([\d.]+%)", ctx), spent / annual * 100, f"{ctx} 执行率")
    close(grab(t, r"年末结余([\d.]+)万元", ctx), annual - spent, f"{ctx} balance")
    a1, n1 = g(r"吸纳就业奖补([\d.]+)万元"), g(r"对吸纳([\d,]+)名脱贫劳动力")
    a2, n2 = g(r"一次性建设奖补([\d.]+)万元"), g(r"(\d+)个车间每个5万元")
    a3, n3 = g(r"以工代训补贴([\d.]+)万元"), g(r"共补贴(\d+)人")
    if n1 * 1000 / 10000 != a1 or n2 * 5 != a2 or n3 * 500 / 10000 != a3 or a1 + a2 + a3 != spent:
        fail(f"{ctx}: spending parts")
    close(grab(t, r"平均每个车间吸纳([\d.]+)人", ctx), n1 / 32, f"{ctx} average")
    close(grab(t, r"目标相比完成([\d.]+%)", ctx), n1 / 1200 * 100, f"{ctx} completion")
    close(grab(t, r"持续运营率([\d.]+%)", ctx), D(27) / 32 * 100, f"{ctx} 运营率")
    if g(r"就业(\d+)人，比目标少") + g(r"比目标少(\d+)人") != 400:
        fail(f"{ctx}: 352 + 48")
    if g(r"脱贫劳动力为(\d+)人") + g(r"本年增加(\d+)人") != n1:
        fail(f"{ctx}: 968 + 118")
    lv = {"预算执行率": g(r"预算执行得分([\d.]+)分"), "产出指标": g(r"产出指标得分([\d.]+)分"),
          "效益指标": g(r"效益指标得分([\d.]+)分"), "满意度指标": g(r"满意度指标得分([\d.]+)分")}
    for k, v in lv.items():
        if levels[k][1] != v:
            fail(f"{ctx}: level {k} text {v} table {levels[k][1]}")
    for a in ["2,350元", "2350元", "91.2%", "84.38%", "94.57%"]:
        if a not in t:
            fail(f"{ctx}: {a}")


def check_kaijiang(t, ctx):
    rows = table_after(t, "资金类别｜")
    out = check_funds_rows(rows, ctx, 2, 3, 4)
    sum_check(out, "年度资金总额", ["财政资金", "财政专户管理资金", "单位资金", "其他资金"], ctx)
    total, levels = check_indicator_table(t, ctx)
    check_grades(t, ctx, total)
    if "（2021年度）" not in t:
        fail(f"{ctx}: table year")
    g = lambda p: D(grab(t, p, ctx))
    init, add, annual = g(r"安排返乡创业扶持资金([\d.]+)万元"), g(r"返乡创业专项资金([\d.]+)万元"), g(r"全年预算数调整为([\d.]+)万元")
    spent = g(r"全年实际支出([\d.]+)万元")
    if init + add != annual or out["年度资金总额"][:3] != [init, annual, spent]:
        fail(f"{ctx}: budget figures")
    p1, h1 = g(r"一次性创业补贴([\d.]+)万元（(\d+)户）"), D(grab(t, r"一次性创业补贴([\d.]+)万元（(\d+)户）", ctx, group=2))
    p2, p3 = g(r"贴息([\d.]+)万元"), g(r"培训补贴([\d.]+)万元（")
    n3 = D(grab(t, r"培训补贴[\d.]+万元（(\d+)人）", ctx))
    if p1 != h1 * 1 or p3 != n3 * 800 / 10000 or p1 + p2 + p3 != spent:
        fail(f"{ctx}: spending parts")
    close(grab(t, r"预算执行率([\d.]+%)", ctx), spent / annual * 100, f"{ctx} 执行率")
    close(grab(t, r"年末结余([\d.]+)万元", ctx), annual - spent, f"{ctx} balance")
    close(grab(t, r"户均([\d.]+)万元", ctx), D(2180) / 156, f"{ctx} 户均")
    close(grab(t, r"发放53户，完成率([\d.]+%)", ctx), D(53) / 100 * 100, f"{ctx} completion 53")
    close(grab(t, r"带动就业318人，完成率([\d.]+%)", ctx), D(318) / 500 * 100, f"{ctx} completion 318")
    close(grab(t, r"一年存活率([\d.]+%)", ctx), D(46) / 53 * 100, f"{ctx} 存活率")
    close(grab(t, r"平均每户带动就业(\d+)人", ctx), D(318) / 53, f"{ctx} average")
    if g(r"补贴41户、([\d.]+)万元") != 41:
        fail(f"{ctx}: 2020 figures")
    if "结转2022年" not in t:
        fail(f"{ctx}: carry-over year")
    for a in ["2,180万元", "｜2180｜", "｜92.6｜", "92.6%", "｜94｜", "94%", "｜21｜", "21天"]:
        if a not in t:
            fail(f"{ctx}: {a}")


def check_shilou(t, ctx):
    g = lambda p, once=False: D(grab(t, p, ctx, once=once))
    init, add, annual = g(r"年初预算([\d.]+)万元"), g(r"追加配套资金([\d.]+)万元"), g(r"全年预算([\d.]+)万元，其中")
    c, p, cnty = g(r"中央就业补助资金([\d.]+)万元"), g(r"省级就业补助资金([\d.]+)万元"), g(r"县级配套资金([\d.]+)万元。")
    if init + add != annual or c + p + cnty != annual:
        fail(f"{ctx}: budget sums")
    spent = g(r"全年实际支出([\d.]+)万元")
    rate = grab(t, r"预算执行率([\d.]+%)", ctx, once=True)
    close(rate, spent / annual * 100, f"{ctx} 执行率")
    b1, months, b2 = g(r"发放岗位补贴([\d.]+)万元"), g(r"累计([\d,]+)人月"), g(r"支付社会保险补贴([\d.]+)万元")
    if months * 1200 / 10000 != b1 or b1 + b2 != spent:
        fail(f"{ctx}: spending parts")
    close(grab(t, r"年末结余([\d.]+)万元", ctx, once=True), annual - spent, f"{ctx} balance")
    if "结转至2020年" not in t or "对2019年度公益性岗位补贴资金开展了绩效自评" not in t:
        fail(f"{ctx}: years")
    exec_score = g(r"按执行率计分，得([\d.]+)分")
    close(str(exec_score), 10 * spent / annual, f"{ctx} execution score")
    pairs = re.findall(r"权重(\d+)分，得([\d.]+)分", t)
    if len(pairs) != 8:
        fail(f"{ctx}: {len(pairs)} indicator weights")
    w = sum(D(a) for a, _ in pairs) + 10
    s = sum(D(b) for _, b in pairs) + exec_score
    if w != 100:
        fail(f"{ctx}: weights {w}")
    for a, b in pairs:
        if D(b) > D(a):
            fail(f"{ctx}: score {b} > weight {a}")
    n_ind = g(r"共设置指标(\d+)项")
    if n_ind != len(pairs) + 1:
        fail(f"{ctx}: indicator count")
    lv = re.search(r"其中预算执行率(\d+)分，产出指标(\d+)分，效益指标(\d+)分，满意度指标(\d+)分", t)
    if not lv or sum(D(x) for x in lv.groups()) != 100:
        fail(f"{ctx}: level weights")
    out_s = sum(D(b) for _, b in pairs[:4])
    ben_s = sum(D(b) for _, b in pairs[4:7])
    if out_s != g(r"产出指标合计得([\d.]+)分") or ben_s != g(r"效益指标合计得([\d.]+)分"):
        fail(f"{ctx}: level scores")
    placed, on_post, left = g(r"实际安置(\d+)人"), g(r"年末在岗(\d+)人"), g(r"退出岗位(\d+)人")
    if g(r"全年累计安置就业困难人员(\d+)人") != placed or placed - left != on_post:
        fail(f"{ctx}: placements")
    close(grab(t, r"在岗率([\d.]+%)", ctx), on_post / placed * 100, f"{ctx} 在岗率")
    close(pairs[6][1], 10 * (on_post / placed * 100) / 95, f"{ctx} 在岗率 score")
    close(grab(t, r"业绩值320个，完成率([\d.]+%)", ctx), D(320) / 300 * 100, f"{ctx} completion")
    sat = g(r"满意度为([\d.]+)%")
    if not (90 <= sat <= 100):
        fail(f"{ctx}: satisfaction {sat}")
    if g(r"2018年我县安置公益性岗位人员(\d+)人") + g(r"较上年增加(\d+)人") != placed:
        fail(f"{ctx}: 286 + 34")
    total = g(r"自评得分([\d.]+)分", once=True)
    close(str(total), s, f"{ctx} total")
    m = re.search(r"自评得分([\d.]+)分，评价等级为(优|良|中|差)", t)
    if not m or grade_of(D(m.group(1))) != m.group(2):
        fail(f"{ctx}: grade")


def check_fengyang(t, ctx):
    rows = table_after(t, "支出类别｜")
    out = check_funds_rows(rows, ctx, 2, 3, 4)
    sum_check(out, "基本支出", ["人员经费", "公用经费"], ctx)
    sum_check(out, "项目支出", ["职业技能提升补贴", "就业见习补贴", "创业担保贷款贴息", "公共就业服务能力建设"], ctx)
    sum_check(out, "合计", ["基本支出", "项目支出"], ctx)
    g = lambda p: D(grab(t, p, ctx))
    init, a1, a2, annual = g(r"年初预算([\d,.]+)万元"), g(r"追加职业技能提升补贴([\d.]+)万元"), g(r"就业见习补贴([\d.]+)万元，全年预算"), g(r"全年预算([\d,.]+)万元，收入")
    if init + a1 + a2 != annual or [init, annual] != out["合计"][:2]:
        fail(f"{ctx}: budget figures")
    if out["职业技能提升补贴"][1] - out["职业技能提升补贴"][0] != a1 or out["就业见习补贴"][1] - out["就业见习补贴"][0] != a2:
        fail(f"{ctx}: additions by line")
    spent = g(r"全年支出([\d,.]+)万元")
    if spent != out["合计"][2]:
        fail(f"{ctx}: spent")
    close(grab(t, r"部门预算执行率([\d.]+%)", ctx), spent / annual * 100, f"{ctx} 执行率")
    if g(r"基本支出([\d.]+)万元，用于") != out["基本支出"][2] or g(r"项目支出([\d.]+)万元，项目") != out["项目支出"][2]:
        fail(f"{ctx}: parts of spending")
    close(grab(t, r"项目支出执行率([\d.]+%)", ctx), out["项目支出"][2] / out["项目支出"][1] * 100, f"{ctx} project rate")
    if g(r"项目制培训补贴([\d.]+)万元") + g(r"技能人才评价补贴([\d.]+)万元") != g(r"职业技能提升补贴支出([\d.]+)万元") or \
            g(r"职业技能提升补贴支出([\d.]+)万元") != out["职业技能提升补贴"][2]:
        fail(f"{ctx}: training split")
    close(grab(t, r"年末结余([\d.]+)万元", ctx), annual - spent, f"{ctx} balance")
    tr = table_after(t, "培训机构｜")
    body = [r for r in tr[1:] if r[0] not in ("合计", "平均")]
    tot = [r for r in tr if r[0] == "合计"][0]
    avg = [r for r in tr if r[0] == "平均"][0]
    for j in (1, 2):
        s = sum(D(r[j]) for r in body)
        if s != D(tot[j]):
            fail(f"{ctx}: training column {j} sum {s} vs {tot[j]}")
        close(avg[j], s / len(body), f"{ctx} training column {j} average")
    trained, cert = g(r"职业技能培训([\d,]+)人次，其中"), g(r"取证([\d,]+)人，取证率")
    if trained != D(tot[1]) or cert != D(tot[2]):
        fail(f"{ctx}: training text vs table")
    close(grab(t, r"取证率([\d.]+%)。", ctx), cert / trained * 100, f"{ctx} 取证率")
    if g(r"2023年全县城镇新增就业([\d,]+)人") + g(r"本年比上年增加(\d+)人") != g(r"全县城镇新增就业([\d,]+)人，农村"):
        fail(f"{ctx}: 3952 + 174")
    total, levels = check_indicator_table(t, ctx)
    check_grades(t, ctx, total)
    lv = re.search(r"按预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分设置，满分(\d+)分", t)
    if not lv:
        fail(f"{ctx}: level weights sentence")
    else:
        ws = [D(x) for x in lv.groups()]
        if sum(ws[:4]) != ws[4]:
            fail(f"{ctx}: level weights add up to {sum(ws[:4])}")
        for k, w in zip(["预算执行率", "产出指标", "效益指标", "满意度指标"], ws):
            if levels[k][0] != w:
                fail(f"{ctx}: level {k} weight {w} vs table {levels[k][0]}")
    lost = sum(v[0] - v[1] for k, v in levels.items() if k != "预算执行率")
    close(grab(t, r"共扣([\d.]+)分", ctx), lost, f"{ctx} points lost")
    close(grab(t, r"另预算执行率扣([\d.]+)分", ctx), levels["预算执行率"][0] - levels["预算执行率"][1], f"{ctx} execution lost")
    for a in ["8,660万元", "8660万元", "342个", "4,126人", "4126人", "19.86万人", "81.26%", "92.00%"]:
        if a not in t:
            fail(f"{ctx}: {a}")


CHECKS = {
    "ha-minquan-laowushuchu-2022": check_minquan,
    "gz-anlong-bangfuchejian-2023": check_anlong,
    "sc-kaijiang-fanxiangchuangye-2021": check_kaijiang,
    "sx-shilou-gongyigangwei-2019": check_shilou,
    "ah-fengyang-jiuyezhongxin-2024": check_fengyang,
}


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = {r["case"] for r in labels}
    files = {f for f in os.listdir(CASES) if f.endswith(".txt")}
    if names != files:
        fail(f"cases without label or labels without case: {sorted(names ^ files)}")
    texts = {f: open(os.path.join(CASES, f), encoding="utf-8").read() for f in files}
    counts = {c: 0 for c in CODES}
    for rec in labels:
        name, src = rec["case"], rec["source"]
        text = texts.get(name, "")
        if not 3000 <= len(text) <= 9000:
            fail(f"{name}: {len(text)} characters")
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{name}: clean case with expected findings")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{name}: {len(rec['expected'])} expected findings")
        clean = texts[f"{src}-clean.txt"]
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        region_c, region_e = (p, len(clean) - s), (p, len(text) - s)
        if text == clean or region_c[1] - region_c[0] > 120 or region_e[1] - region_e[0] > 120:
            fail(f"{name}: differs from the clean draft in {region_e} (not one short place)")
        for exp in rec["expected"]:
            if exp["code"] in counts:
                counts[exp["code"]] += 1
            if exp["severity"] != "error":
                fail(f"{name}: severity {exp['severity']}")
            v = exp["value"]
            occ, i = [], text.find(v)
            while v and i >= 0:
                occ.append((i, i + len(v)))
                i = text.find(v, i + 1)
            if not occ:
                fail(f"{name}: value {v!r} not in case")
            lo, hi = region_e[0], max(region_e[1], region_e[0] + 1)
            if not any(a < hi and lo < b for a, b in occ):
                fail(f"{name}: value {v!r} does not cover the changed place {region_e}")
    for c, n in counts.items():
        if n < 2:
            fail(f"code {c} occurs {n} times")
    for src, fn in CHECKS.items():
        fn(texts[f"{src}-clean.txt"], src)
    if FAIL:
        for m in FAIL:
            print("FAIL", m)
        sys.exit(1)
    print(f"{len(labels)} cases, codes: " + ", ".join(f"{c}={n}" for c, n in counts.items()))
    print("OK")


if __name__ == "__main__":
    main()
