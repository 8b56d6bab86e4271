#!/usr/bin/env python3
"""Verify the n206 set.

1. every label value occurs in its case file; labels cover every case file;
2. every error case differs from its clean draft in one place (one contiguous changed region);
3. every clean draft is redone arithmetically: funds (sums, rates, balance, execution score),
   the 自评表 (weights, scores, completion, rule scores, total, grade) and the figures in the prose
   (sums, rates, averages, completion, the same quantity everywhere).
Prints OK at the end, or the list of failures and exits 1.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

FAIL = []
NCHECK = [0]


def check(cond, msg):
    NCHECK[0] += 1
    if not cond:
        FAIL.append(msg)


def D(s):
    return Decimal(str(s).replace(",", "").replace("%", "").strip())


def decimals(s):
    s = str(s).replace(",", "").replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def agrees(stated, computed):
    """stated (a string as written) is consistent with computed under rules.md §8."""
    tol = Decimal("0.5") * Decimal(10) ** -decimals(stated) + Decimal("1e-9")
    return abs(D(stated) - Decimal(computed)) <= tol


def eq(stated, computed, what):
    check(agrees(stated, computed), f"{what}: stated {stated}, computed {Decimal(computed):.4f}")


def grade(total):
    t = Decimal(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def one(text, pattern, what, group=None):
    m = re.findall(pattern, text)
    check(len(m) >= 1, f"{what}: pattern not found {pattern}")
    if not m:
        return None
    return m[0]


def all_same(text, pattern, what):
    vals = re.findall(pattern, text)
    check(len(vals) >= 1, f"{what}: not found")
    check(len(set(v.replace(",", "") for v in vals)) <= 1, f"{what}: different values {vals}")
    return vals[0] if vals else None


# ---------------------------------------------------------------- indicator rules (rules.md §5)
NUM = r"(\d+(?:\.\d+)?)"


def parse_value(s):
    """-> (sign, number, unit) or None for qualitative / date values."""
    s = s.strip()
    if re.match(r"^\d{4}年", s):
        return ("date", None, s)
    m = re.match(r"^(≥|≤|=|＞|＜)?" + NUM + r"(.*)$", s)
    if not m:
        return None
    sign = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte", "=": "eq", None: "eq"}[m.group(1)]
    return (sign, Decimal(m.group(2)), m.group(3))


def check_indicator(src, name, target, actual, weight, score, completion=None):
    w, sc = D(weight), D(score)
    check(0 <= sc <= w, f"{src} {name}: score {score} outside 0..{weight}")
    t, a = parse_value(target), parse_value(actual)
    if t is None:                                  # qualitative
        check(a is None, f"{src} {name}: qualitative target, numeric actual {actual}")
        check(sc >= w * Decimal("0.6"), f"{src} {name}: qualitative score {score} below 60% band")
        if completion is not None:
            check(completion in ("—", ""), f"{src} {name}: completion {completion} for qualitative")
        return
    check(a is not None, f"{src} {name}: numeric target {target}, actual {actual}")
    if a is None:
        return
    if t[0] == "date":
        check(a[0] == "date", f"{src} {name}: date target, actual {actual}")
        ty, tm = re.match(r"(\d{4})年(\d+)月", t[2]).groups()
        ay, am = re.match(r"(\d{4})年(\d+)月", a[2]).groups()
        check((int(ay), int(am)) <= (int(ty), int(tm)), f"{src} {name}: date missed")
        check(sc == w, f"{src} {name}: date met but score {score}")
        return
    check(t[2] == a[2], f"{src} {name}: unit of target {t[2]!r} vs actual {a[2]!r}")
    T, A = t[1], a[1]
    if t[0] == "lte":
        comp = Decimal(1) if A <= T else T / A
    else:
        comp = A / T
    rule = w * min(Decimal(1), comp)
    if completion is not None:
        eq(completion, comp * 100, f"{src} {name}: completion")
    eq(score, rule, f"{src} {name}: rule score")


def check_table(src, funds, rows, total, stated_grade=None, exec_weight="10"):
    """funds: dict row-> [initial, annual, spent, weight, rate, score]; rows: list of dicts."""
    tot, parts = funds["年度资金总额"], [funds[k] for k in funds if k != "年度资金总额"]
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        s = sum(D(p[i]) for p in parts)
        eq(tot[i], s, f"{src} funds {col}: total vs components")
    for k, r in funds.items():
        if D(r[1]) == 0:
            check(r[4] in ("—", ""), f"{src} funds {k}: rate {r[4]} on zero base")
        else:
            eq(r[4], D(r[2]) / D(r[1]) * 100, f"{src} funds {k}: 执行率")
            check(D(r[2]) <= D(r[1]), f"{src} funds {k}: spent above budget")
    check(tot[3] == exec_weight, f"{src}: execution weight {tot[3]}")
    eq(tot[5], D(exec_weight) * D(tot[2]) / D(tot[1]), f"{src}: execution score")
    weights = D(tot[3]) + sum(D(r["weight"]) for r in rows)
    check(weights == 100, f"{src}: weights sum to {weights}")
    scores = D(tot[5]) + sum(D(r["score"]) for r in rows)
    eq(total, scores, f"{src}: total score")
    for r in rows:
        check_indicator(src, r["name"], r["target"], r["actual"], r["weight"], r["score"],
                        r.get("completion"))
    # level blocks: 产出 50, 效益 30, 满意度 10
    for lvl, want in (("产出", 50), ("效益", 30), ("满意度", 10)):
        got = sum(D(r["weight"]) for r in rows if r["l1"] == lvl)
        check(got == want, f"{src}: {lvl} weights {got} != {want}")
    if stated_grade:
        check(stated_grade.startswith(grade(total)), f"{src}: grade {stated_grade} vs total {total}")
    return {lvl: sum(D(r["score"]) for r in rows if r["l1"] == lvl) for lvl in ("产出", "效益", "满意度")}


def level1(cell, current):
    for lvl in ("产出", "效益", "满意度"):
        if cell.startswith(lvl):
            return lvl
    return current


# ---------------------------------------------------------------- A: flattened Word table
def verify_A(text):
    src = "A"
    head, table = re.split(r"项目支出绩效自评表\n（\d{4}年度）", text)
    blocks = [[ln[1:] for ln in b.split("\n") if ln.startswith("\t")] for b in table.split("\n\n")]
    blocks = [b for b in blocks if b]
    funds, rows, total, g, cur = {}, [], None, None, None
    for b in blocks:
        key = b[0].replace("其中：", "")
        if key in ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"):
            funds[key] = b[1:7]
        elif len(b) == 9 and b[0] != "一级指标" and b[0] != "总分":
            cur = level1(b[0], cur)
            rows.append(dict(l1=cur, name=b[2], weight=b[3], target=b[4], actual=b[5],
                             completion=b[6], score=b[7]))
        elif b[0] == "总分":
            check(b[3] == "100", "A: 总分 分值")
            total = b[7]
        elif b[0] == "评价等级":
            g = b[1]
    check(len(rows) == 10 and len(funds) == 4, f"A: parsed {len(rows)} rows, {len(funds)} fund rows")
    lv = check_table(src, funds, rows, total, g)
    # prose
    ini, cen, cty = one(head, r"年初预算([\d,\.]+)万元，其中中央和省级补助资金([\d,\.]+)万元、县级配套资金([\d,\.]+)万元", "A 年初")
    eq(ini, D(cen) + D(cty), "A: 年初 = 中央省级 + 县级")
    add = one(head, r"追加县级资金([\d\.]+)万元", "A 追加")
    ann = all_same(head, r"全年预算调整为([\d,\.]+)万元", "A 全年")
    eq(ann, D(ini) + D(add), "A: 全年 = 年初 + 追加")
    rec = one(head, r"实际到位([\d,\.]+)万元，资金到位率(\d+)%", "A 到位")
    eq(rec[1], D(rec[0]) / D(ann) * 100, "A: 到位率")
    spent, rate = one(head, r"实际支出([\d,\.]+)万元，预算执行率([\d\.]+)%", "A 支出")
    eq(rate, D(spent) / D(ann) * 100, "A: prose 执行率")
    comps = one(head, r"村干部基本报酬和绩效报酬([\d,\.]+)万元，村级办公经费([\d,\.]+)万元，服务群众专项经费([\d,\.]+)万元", "A parts")
    eq(spent, sum(D(c) for c in comps), "A: spent = parts")
    eq(comps[1], 307 * 2, "A: 办公经费 = 307村 × 2万元")
    bal = one(head, r"结余([\d\.]+)万元", "A 结余")
    eq(bal, D(rec[0]) - D(spent), "A: 结余")
    more = one(head, r"村“两委”干部1,546人按月领取报酬，比年度目标1,535人多(\d+)人", "A 多")
    eq(more, 1546 - 1535, "A: 多11人")
    sent, back, rr = one(head, r"发放问卷([\d,]+)份，收回有效问卷([\d,]+)份，回收率([\d\.]+)%", "A 问卷")
    eq(rr, D(back) / D(sent) * 100, "A: 回收率")
    s1, s2, avg = one(head, r"村干部满意度([\d\.]+)%，群众满意度([\d\.]+)%，两项平均([\d\.]+)%", "A 满意度")
    eq(avg, (D(s1) + D(s2)) / 2, "A: 平均满意度")
    pe, po, pb, ps, pt = one(head, r"预算执行率得([\d\.]+)分，产出指标得(\d+)分，效益指标得(\d+)分，满意度指标得(\d+)分，自评总得分([\d\.]+)分", "A scores")
    eq(pt, D(pe) + D(po) + D(pb) + D(ps), "A: prose total")
    check(pt == total and pe == funds["年度资金总额"][5], "A: prose total/exec score vs table")
    eq(po, lv["产出"], "A: 产出 subtotal"); eq(pb, lv["效益"], "A: 效益 subtotal"); eq(ps, lv["满意度"], "A: 满意度 subtotal")
    check("评价等级为“优秀”" in head and grade(pt) == "优", "A: prose grade")
    # same quantity everywhere
    f = funds["年度资金总额"]
    check(D(f[0]) == D(ini) and D(f[1]) == D(ann) and D(f[2]) == D(spent) and D(f[4]) == D(rate), "A: funds table vs prose")
    check({r["name"]: r["actual"] for r in rows}["村干部满意度"] == s1 + "%", "A: 满意度 table vs prose")
    check({r["name"]: r["actual"] for r in rows}["群众满意度"] == s2 + "%", "A: 满意度 table vs prose")


# ---------------------------------------------------------------- B: tab-separated web table
def verify_B(text):
    src = "B"
    head, table = re.split(r"项目支出绩效自评表\n（\d{4}年度）", text)
    funds, rows, total, cur = {}, [], None, None
    in_ind = False
    for ln in table.split("\n"):
        c = ln.split("\t")
        if len(c) < 2:
            continue
        key = c[1].replace("其中：", "") if len(c) > 1 else ""
        if key in ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"):
            funds[key] = c[2:8]
        elif c[0] == "一级指标":
            in_ind = True
        elif c[0] == "总分":
            check(c[5] == "100", "B: 总分 分值"); total = c[6]
        elif in_ind and len(c) >= 8:
            cur = level1(c[0], cur) if c[0] else cur
            rows.append(dict(l1=cur, name=c[2], target=c[3], actual=c[4], weight=c[5], score=c[6]))
    check(len(rows) == 8 and len(funds) == 4, f"B: parsed {len(rows)} rows")
    lv = check_table(src, funds, rows, total)
    ini = one(head, r"年初预算安排([\d\.]+)万元", "B 年初")
    carry = all_same(head, r"结转资金([\d\.]+)万元", "B 结转")
    ann = one(head, r"全年预算([\d\.]+)万元", "B 全年")
    eq(ann, D(ini) + D(carry), "B: 全年 = 年初 + 结转")
    spent, fis, car2, rate = one(head, r"全年执行([\d\.]+)万元，其中使用当年财政拨款([\d\.]+)万元、上年结转资金([\d\.]+)万元，预算执行率([\d\.]+)%", "B 执行")
    eq(spent, D(fis) + D(car2), "B: spent = 财政 + 结转")
    eq(rate, D(spent) / D(ann) * 100, "B: prose 执行率")
    parts = one(head, r"集中轮训支出([\d\.]+)万元（该子项预算([\d\.]+)万元，执行率([\d\.]+)%）；农村党员实用技术培训([\d\.]+)万元；远程教育站点维护及课件制作([\d\.]+)万元；教材资料购置([\d\.]+)万元", "B parts")
    eq(parts[2], D(parts[0]) / D(parts[1]) * 100, "B: 集中轮训 执行率")
    eq(spent, D(parts[0]) + D(parts[3]) + D(parts[4]) + D(parts[5]), "B: spent = parts")
    unused = one(head, r"未使用的([\d\.]+)万元", "B 未使用")
    eq(unused, D(ann) - D(spent), "B: 未使用 = 全年 − 执行")
    check("结转至2021年" in head, "B: carry-over year")
    n, pct = one(head, r"示范培训班(\d+)期，完成目标的(\d+)%", "B 期数")
    eq(pct, D(n) / 20 * 100, "B: 期数完成率")
    tot_p, p1, p2 = one(head, r"培训党员([\d,]+)人次，其中集中轮训([\d,]+)人次、农村党员实用技术培训([\d,]+)人次", "B 人次")
    eq(tot_p, D(p1) + D(p2), "B: 人次 sum")
    per = one(head, r"人均成本约(\d+)元", "B 人均")
    check(abs(D(parts[0]) * 10000 / D(p1) - D(per)) < 5, "B: 人均成本 约")
    b1, b2, b3, avg = one(head, r"满意度分别为([\d\.]+)%、([\d\.]+)%、([\d\.]+)%，平均([\d\.]+)%", "B 满意度")
    eq(avg, (D(b1) + D(b2) + D(b3)) / 3, "B: 平均满意度")
    gap = one(head, r"比年度目标95%低([\d\.]+)个百分点", "B gap")
    eq(gap, 95 - D(avg), "B: 低1.4个百分点")
    pt, pe, po, pb, ps = one(head, r"总分([\d\.]+)分，其中预算执行([\d\.]+)分、产出指标([\d\.]+)分、效益指标(\d+)分、满意度指标([\d\.]+)分", "B scores")
    eq(pt, D(pe) + D(po) + D(pb) + D(ps), "B: prose total")
    check(pt == total, "B: prose total vs table")
    eq(po, lv["产出"], "B: 产出 subtotal"); eq(pb, lv["效益"], "B: 效益 subtotal"); eq(ps, lv["满意度"], "B: 满意度 subtotal")
    check("自评等级为良好" in head and grade(pt) == "良", "B: prose grade")
    act = {r["name"]: r["actual"] for r in rows}
    check(act["县级示范培训班期数"] == n + "期" and act["党员培训人次"] == tot_p.replace(",", "") + "人次", "B: table vs prose counts")
    pass_rates = re.findall(r"考核合格率(\d+\.\d+)%", text)
    check(len(set(pass_rates)) == 1, f"B: 合格率 {pass_rates}")
    check(act["参训党员满意度"] == avg + "%", "B: 满意度 table vs prose")
    f = funds["年度资金总额"]
    check(D(f[0]) == D(ini) and D(f[1]) == D(ann) and D(f[2]) == D(spent) and f[4] == rate + "%", "B: funds table vs prose")


# ---------------------------------------------------------------- C: PDF copy, space-separated
ROW_C = re.compile(r"^(\S*指标) (\S+) (\S+) (\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)(?: (.*))?$")


def verify_C(text):
    src = "C"
    head, table = re.split(r"项目支出绩效自评表\n（\d{4}年度）", text)
    funds, rows, total, cur = {}, [], None, None
    lines = table.split("\n")
    i = 0
    in_ind = False
    while i < len(lines):
        ln = lines[i]
        c = ln.split(" ")
        key = c[0].replace("其中：", "")
        if key in ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"):
            funds[key] = c[1:7]
        elif ln.startswith("一级指标 "):
            in_ind = True
        elif ln.startswith("总分 "):
            check(c[1] == "100", "C: 总分 分值"); total = c[2]
        elif in_ind and ln in ("产出指标", "效益指标", "满意度指标"):
            cur = level1(ln, cur)
        elif in_ind:
            m = ROW_C.match(ln)
            if not m and i + 1 < len(lines):
                m = ROW_C.match(ln + lines[i + 1])
                if m:
                    i += 1
            if m:
                rows.append(dict(l1=cur, name=m.group(2), target=m.group(3), actual=m.group(4),
                                 weight=m.group(5), score=m.group(6)))
        i += 1
    check(len(rows) == 9 and len(funds) == 4, f"C: parsed {len(rows)} rows, {len(funds)} funds")
    lv = check_table(src, funds, rows, total)
    # 表1 sources
    src_rows = re.findall(r"^(省级党建专项资金|市级补助资金|县级配套资金|合计) ([\d\.]+) ([\d\.]+) ([\d\.]+) ([\d\.]+)%$", head, re.M)
    check(len(src_rows) == 4, "C: 表1 rows")
    t1 = {r[0]: r[1:] for r in src_rows}
    for j, col in enumerate(["年初预算", "全年预算", "实际执行"]):
        eq(t1["合计"][j], sum(D(t1[k][j]) for k in t1 if k != "合计"), f"C: 表1 {col} sum")
    for k, r in t1.items():
        eq(r[3], D(r[2]) / D(r[1]) * 100, f"C: 表1 {k} 执行率")
    ini, prov0 = one(head, r"年初预算([\d\.]+)万元，其中省级党建专项资金([\d\.]+)万元", "C 年初")
    add, ann = one(head, r"省级追加([\d\.]+)万元，全年预算([\d\.]+)万元", "C 追加")
    eq(ann, D(ini) + D(add), "C: 全年 = 年初 + 追加")
    check(D(prov0) == D(t1["省级党建专项资金"][0]) and D(t1["省级党建专项资金"][1]) == D(prov0) + D(add), "C: 省级 年初/追加 vs 表1")
    check(D(ini) == D(t1["合计"][0]) and D(ann) == D(t1["合计"][1]), "C: prose vs 表1 totals")
    spent, rate = one(head, r"全年实际支出([\d\.]+)万元，预算执行率([\d\.]+)%", "C 支出")
    eq(rate, D(spent) / D(ann) * 100, "C: prose 执行率")
    p = one(head, r"新建示范点补助([\d\.]+)万元（(\d+)个，每个(\d+)万元），提升改造示范点补助([\d\.]+)万元（(\d+)个，每个(\d+)万元），观摩培训及标识标牌制作([\d\.]+)万元（预算([\d\.]+)万元）", "C parts")
    eq(p[0], D(p[1]) * D(p[2]), "C: 新建 = 10 × 10"); eq(p[3], D(p[4]) * D(p[5]), "C: 提升 = 6 × 3")
    eq(spent, D(p[0]) + D(p[3]) + D(p[6]), "C: spent = parts")
    eq(ann, D(p[0]) + D(p[3]) + D(p[7]), "C: budget = parts' budgets")
    save, bal = one(head, r"节约资金([\d\.]+)万元，年底结余([\d\.]+)万元", "C 结余")
    eq(save, D(p[7]) - D(p[6]), "C: 节约"); eq(bal, D(ann) - D(spent), "C: 结余")
    check("全部16个示范点" in head and int(p[1]) + int(p[4]) == 16, "C: 16 points")
    n, pct, avg = one(head, r"辐射带动周边村（社区）(\d+)个，完成目标的([\d\.]+)%，平均每个示范点带动([\d\.]+)个", "C 带动")
    eq(pct, D(n) / 30 * 100, "C: 带动 completion"); eq(avg, D(n) / D(p[1]), "C: 平均带动")
    ok = one(head, r"认可率为([\d\.]+)%", "C 认可率")
    check(0 <= D(ok) <= 100, "C: 认可率 range")
    pt, pe, po, pb, ps = one(head, r"自评得分([\d\.]+)分，其中预算执行([\d\.]+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分", "C scores")
    eq(pt, D(pe) + D(po) + D(pb) + D(ps), "C: prose total")
    check(pt == total, "C: prose total vs table")
    eq(po, lv["产出"], "C: 产出"); eq(pb, lv["效益"], "C: 效益"); eq(ps, lv["满意度"], "C: 满意度")
    check("评价等级为优秀" in head and grade(pt) == "优", "C: grade")
    act = {r["name"]: r["actual"] for r in rows}
    check(act["示范点辐射带动村（社区）数"] == n + "个", "C: 34个 table vs prose")
    f = funds["年度资金总额"]
    check(D(f[0]) == D(ini) and D(f[1]) == D(ann) and D(f[2]) == D(spent) and f[4] == rate + "%", "C: funds table vs prose")
    check(re.findall(r"（(\d{4})年度）", text) == ["2023"] and text.startswith("山丹县2023年"), "C: year")


# ---------------------------------------------------------------- D: full-width bar table
def verify_D(text):
    src = "D"
    head, table = re.split(r"项目支出绩效自评表\n（\d{4}年度）", text)
    funds, rows, total = {}, [], None
    for ln in table.split("\n"):
        c = ln.split("｜")
        if len(c) < 2:
            continue
        key = c[1].replace("其中：", "")
        if key in ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"):
            funds[key] = c[2:8]
        elif c[0] == "总分":
            check(c[5] == "100", "D: 总分"); total = c[6]
        elif c[0].endswith("指标") and c[0] != "一级指标":
            rows.append(dict(l1=level1(c[0], None), name=c[2], target=c[3], actual=c[4], weight=c[5], score=c[6]))
    check(len(rows) == 9 and len(funds) == 4, f"D: parsed {len(rows)} rows")
    lv = check_table(src, funds, rows, total)
    ini = one(head, r"年初预算([\d\.]+)万元", "D 年初")
    cut = one(head, r"调减县级资金([\d\.]+)万元", "D 调减")
    ann, s1, s2, s3 = one(head, r"全年预算([\d\.]+)万元，其中自治区人才发展专项资金([\d\.]+)万元、州级补助资金([\d\.]+)万元、县级财政资金([\d\.]+)万元", "D 全年")
    eq(ann, D(ini) - D(cut), "D: 全年 = 年初 − 调减"); eq(ann, D(s1) + D(s2) + D(s3), "D: sources")
    spent, bal = one(head, r"全年支出([\d\.]+)万元，结余([\d\.]+)万元", "D 支出")
    eq(bal, D(ann) - D(spent), "D: 结余")
    settle, sbud, srate = one(head, r"安家补贴([\d\.]+)万元。预算([\d\.]+)万元，执行率([\d\.]+)%", "D 安家")
    eq(srate, D(settle) / D(sbud) * 100, "D: 安家 执行率")
    live = one(head, r"生活补贴([\d\.]+)万元", "D 生活"); work = one(head, r"工作经费([\d\.]+)万元", "D 工作")
    eq(spent, D(settle) + D(live) + D(work), "D: spent = parts")
    std = one(head, r"博士研究生每人(\d+)万元、硕士研究生每人(\d+)万元、本科每人(\d+)万元", "D 标准")
    npeople, avg = one(head, r"(\d+)名引进人才人均安家补贴([\d\.]+)万元", "D 人均")
    tot, dr, ms, bs = one(head, r"全年引进急需紧缺人才(\d+)人，其中博士研究生(\d+)人、硕士研究生(\d+)人、本科(\d+)人", "D 人数")
    eq(tot, D(dr) + D(ms) + D(bs), "D: 人数 sum")
    eq(settle, D(dr) * D(std[0]) + D(ms) * D(std[1]) + D(bs) * D(std[2]), "D: 安家 = Σ 人数 × 标准")
    eq(avg, D(settle) / D(npeople), "D: 人均安家补贴"); check(npeople == tot, "D: 62")
    hi, pct = one(head, r"硕士及以上学历人才(\d+)人，完成年度目标的([\d\.]+)%", "D 硕士")
    eq(hi, D(dr) + D(ms), "D: 硕士及以上"); eq(pct, D(hi) / 15 * 100, "D: 硕士 completion")
    n_all, n_on, on_rate = one(head, r"(\d+)名引进人才中(\d+)人在岗，在岗率([\d\.]+)%", "D 在岗")
    eq(on_rate, D(n_on) / D(n_all) * 100, "D: 在岗率")
    b1, b2, b3, avg_s = one(head, r"结果分别为([\d\.]+)%、([\d\.]+)%、([\d\.]+)%，平均([\d\.]+)%", "D 满意度")
    eq(avg_s, (D(b1) + D(b2) + D(b3)) / 3, "D: 平均满意度")
    pt = one(head, r"综合自评得分([\d\.]+)分，等级为“优”", "D total")
    check(pt == total and grade(pt) == "优", "D: prose total/grade")
    act = {r["name"]: r["actual"] for r in rows}
    check(act["引进急需紧缺人才数量"] == tot + "人" and act["硕士研究生及以上学历人才数量"] == hi + "人", "D: counts table vs prose")
    check(act["服务期内引进人才在岗率"] == on_rate + "%" and act["引进人才满意度"] == avg_s + "%", "D: rates table vs prose")
    check(act["人才引进政策知晓度"] == one(head, r"知晓度调查结果为([\d\.]+%)", "D 知晓度"), "D: 知晓度")
    over = one(table, r"超出目标([\d\.]+)%", "D 超出")
    eq(over, (D(hi) - 15) / 15 * 100, "D: 超出目标")
    f = funds["年度资金总额"]
    check(D(f[0]) == D(ini) and D(f[1]) == D(ann) and D(f[2]) == D(spent), "D: funds table vs prose")


# ---------------------------------------------------------------- E: Markdown pipe tables
def verify_E(text):
    src = "E"
    head, table = re.split(r"\d{4}年度项目支出绩效自评表", text)
    funds, rows, total, g, cur = {}, [], None, None, None
    bal = None
    in_ind = False
    for ln in table.split("\n"):
        if not ln.startswith("|"):
            continue
        c = [x.strip() for x in ln.strip().strip("|").split("|")]
        key = c[1].replace("其中：", "") if len(c) > 1 else ""
        if key in ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"):
            # columns: 年初 全年 执行 结余 分值 执行率 得分
            funds[key] = [c[2], c[3], c[4], c[6], c[7], c[8]]
            if key == "年度资金总额":
                bal = c[5]
        elif c[0] == "一级指标":
            in_ind = True
        elif c[0] == "总分":
            check(c[5] == "100", "E: 总分"); total = c[6]
        elif c[0] == "评价等级":
            g = c[1]
        elif in_ind and len(c) >= 8 and c[2] and not c[0].startswith("---"):
            cur = level1(c[0], cur) if c[0] else cur
            rows.append(dict(l1=cur, name=c[2], target=c[3], actual=c[4], weight=c[5], score=c[6]))
    check(len(rows) == 9 and len(funds) == 4, f"E: parsed {len(rows)} rows")
    lv = check_table(src, funds, rows, total, g)
    f = funds["年度资金总额"]
    eq(bal, D(f[1]) - D(f[2]), "E: 结余 column")
    # breakdown table
    br = re.findall(r"^\| (离休干部活动经费|退休干部活动经费|老干部活动中心运行维护|老干部大学教学经费|合计) \| ([\d\.]+) \| ([\d\.]+) \| ([\d\.]+) \| ([\d\.]+)% \|$", head, re.M)
    check(len(br) == 5, "E: breakdown rows")
    t = {r[0]: r[1:] for r in br}
    for j in range(3):
        eq(t["合计"][j], sum(D(t[k][j]) for k in t if k != "合计"), f"E: breakdown col {j} sum")
    for k, r in t.items():
        eq(r[3], D(r[2]) / D(r[1]) * 100, f"E: breakdown {k} 执行率")
    n_all, n_li, n_tui = one(head, r"离退休干部([\d,]+)人，其中离休干部(\d+)人、退休干部([\d,]+)人", "E 人数")
    eq(n_all, D(n_li) + D(n_tui), "E: 人数 sum")
    li_std = one(head, r"离休干部活动经费（每人每年([\d,]+)元）", "E 离休标准")
    tui_std = one(head, r"退休干部活动经费（每人每年([\d,]+)元）", "E 退休标准")
    eq(t["离休干部活动经费"][1], D(n_li) * D(li_std) / 10000, "E: 离休 = 28 × 2000元")
    eq(t["退休干部活动经费"][1], D(n_tui) * D(tui_std) / 10000, "E: 退休 = 1240 × 600元")
    ann = one(head, r"2019年项目预算([\d\.]+)万元", "E 预算")
    spent, rate = one(head, r"全年支出([\d\.]+)万元，预算执行率([\d\.]+)%", "E 支出")
    eq(rate, D(spent) / D(ann) * 100, "E: prose 执行率")
    check(D(ann) == D(t["合计"][1]) == D(f[1]) and D(spent) == D(t["合计"][2]) == D(f[2]), "E: prose vs tables")
    check(len(set(re.findall(r"执行率([\d\.]+)%", text))) == 1, "E: 执行率 everywhere")
    acts = one(head, r"文体活动(\d+)次", "E 活动")
    part, cov = one(head, r"离退休干部([\d,]+)人，覆盖率([\d\.]+)%", "E 覆盖")
    eq(cov, D(part) / D(n_all) * 100, "E: 覆盖率")
    cls, stu, per = one(head, r"班级(\d+)个，在册学员([\d,]+)人，班均(\d+)人", "E 班均")
    eq(per, D(stu) / D(cls), "E: 班均")
    sent, back, okn, sat = one(head, r"问卷(\d+)份，收回(\d+)份，其中表示满意和基本满意的(\d+)份，满意度([\d\.]+)%", "E 满意度")
    eq(sat, D(okn) / D(back) * 100, "E: 满意度")
    pt, pe, po, pb, ps = one(head, r"项目得分([\d\.]+)分，其中预算执行率([\d\.]+)分，产出指标(\d+)分，效益指标(\d+)分，满意度指标(\d+)分", "E scores")
    eq(pt, D(pe) + D(po) + D(pb) + D(ps), "E: prose total")
    check(pt == total, "E: prose total vs table")
    eq(po, lv["产出"], "E: 产出"); eq(pb, lv["效益"], "E: 效益"); eq(ps, lv["满意度"], "E: 满意度")
    check("评价等级为优秀" in head and grade(pt) == "优", "E: prose grade")
    act = {r["name"]: r["actual"] for r in rows}
    check(act["服务离退休干部人数"] == n_all.replace(",", "") + "人", "E: 1268")
    check(act["组织集中学习及文体活动次数"] == acts + "次", "E: 活动次数 table vs prose")
    check(act["老干部大学开设班级数"] == cls + "个", "E: 班级数")
    check(act["离退休干部参与活动覆盖率"] == cov + "%" and act["离退休干部满意度"] == sat + "%", "E: rates table vs prose")


VERIFY = {
    "ah-lingbi-cunzuzhi-2022": verify_A,
    "hb-laifeng-dangyuanpeixun-2020": verify_B,
    "gs-shandan-dangjianshifan-2023": verify_C,
    "xj-qitai-rencaiyinjin-2024": verify_D,
    "tj-xiqing-laoganbu-2019": verify_E,
}


def changed_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    check(sorted(l["case"] for l in labels) == files, "labels do not cover exactly the case files")
    codes = Counter()
    where = Counter()
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        clean = open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8").read()
        if lab["clean"]:
            check(lab["expected"] == [], f"{lab['case']}: clean case with expected findings")
            n = len(text)
            check(3000 <= n <= 5000, f"{lab['case']}: length {n} outside 3000..5000")
            continue
        check(len(lab["expected"]) == 1, f"{lab['case']}: not exactly one expected error")
        for e in lab["expected"]:
            codes[e["code"]] += 1
            check(e["code"] in CODES and e["severity"] == "error", f"{lab['case']}: code/severity")
            check(e["value"] in text, f"{lab['case']}: value {e['value']!r} not in case")
            p, ea, eb = changed_region(clean, text)
            check(0 < max(ea, eb) - p and ea - p <= 120 and eb - p <= 120,
                  f"{lab['case']}: changed region too large or empty")
            # the labelled value overlaps the changed region (a pure deletion: the character after it)
            hits = [m.start() for m in re.finditer(re.escape(e["value"]), text)]
            check(any(h < max(eb, p + 1) and h + len(e["value"]) > p for h in hits),
                  f"{lab['case']}: value does not cover the change")
        check(3000 <= len(text) <= 5000, f"{lab['case']}: length {len(text)}")
    for c in CODES:
        check(codes[c] >= 2, f"code {c} used {codes[c]} times (< 2)")
    check(sum(codes.values()) == 30, f"{sum(codes.values())} injected errors, want 30")
    # redo the arithmetic of every clean draft
    for src, fn in VERIFY.items():
        text = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        before = len(FAIL)
        fn(text)
        if len(FAIL) > before:
            print(f"{src}: {len(FAIL) - before} failures")
    # sanity: the arithmetic checks must catch the injected errors that live in the verified figures
    caught = 0
    for lab in labels:
        if lab["clean"]:
            continue
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        saved = list(FAIL)
        try:
            VERIFY[lab["source"]](text)
        except Exception:
            pass
        if len(FAIL) > len(saved):
            caught += 1
        else:
            print(f"  not caught by the re-check: {lab['case']}")
        FAIL[:] = saved
    print(f"{NCHECK[0]} checks; codes: " + ", ".join(f"{c}={codes[c]}" for c in CODES))
    print(f"arithmetic re-check flags {caught}/30 error cases")
    check(caught == 30, f"only {caught}/30 error cases are caught by the re-check")
    if FAIL:
        for f in FAIL:
            print("FAIL:", f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
