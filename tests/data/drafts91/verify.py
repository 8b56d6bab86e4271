#!/usr/bin/env python3
"""Check set n91: labels, edit sizes, and the arithmetic of every clean draft.

  1. every label value occurs exactly once in its case and never in the clean draft;
  2. every error case differs from its clean draft in one line (one contiguous change of at most
     16 characters) or, for score-row edits, in two adjacent lines (each change at most 16 characters);
  3. the clean drafts: amounts read from the text are recomputed (budget components, 到位/执行率,
     balances, tier amounts = 标准 × 人数 × 12, sums, averages, per-capita costs, survey rates,
     元 text vs 万元 table), the indicator tables are rebuilt (weights sum to 100, scores sum to the
     stated total, score <= weight, completion and score follow rules §5), and the grade matches
     the band of the total.  Tolerance: half a unit of the stated last decimal (rules §8).

Pure Python 3.  Usage: python3 verify.py   (prints OK or the list of problems)
"""
import json
import os
import re
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PROBLEMS = []
CHECKS = [0]


def fail(msg):
    PROBLEMS.append(msg)


def D(s):
    return Decimal(str(s).replace(",", ""))


def decimals(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed, where, what):
    """stated: string as written; computed: Decimal."""
    CHECKS[0] += 1
    v = D(stated)
    half = Decimal(5) * Decimal(10) ** (-(decimals(stated) + 1))
    if abs(Decimal(computed) - v) > half + Decimal("1e-9"):
        fail(f"{where}: {what}: stated {stated}, computed {Decimal(computed):.4f}")


def equal(a, b, where, what):
    CHECKS[0] += 1
    if Decimal(a) != Decimal(b):
        fail(f"{where}: {what}: {a} != {b}")


def one(text, pattern, where, group=1):
    found = list(re.finditer(pattern, text))
    if len(found) != 1:
        fail(f"{where}: pattern {pattern!r} found {len(found)} times")
        return "0"
    return found[0].group(group)


def wan(yuan):
    return D(yuan) / 10000


def pct(a, b):
    return D(a) / D(b) * 100


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), ROUND_HALF_UP)


# ---------------------------------------------------------------- tables

def pipe_rows(text, header_has, stop_first=("总分", "合计")):
    """Rows (lists of cells) of the ｜ table whose header line contains all of header_has,
    up to and including the total row."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if "｜" in line and all(h in line.split("｜") for h in header_has):
            header = line.split("｜")
            rows = []
            for l in lines[i + 1:]:
                if "｜" not in l:
                    break
                cells = l.split("｜")
                rows.append(cells)
                if cells[0] in stop_first:
                    break
            return header, rows
    return None, []


def flat_rows(block):
    """Rows of a flattened table (one tab-indented cell per line, blank line between rows)."""
    rows = []
    for chunk in block.strip("\n").split("\n\n"):
        cells = [c[1:] if c.startswith("\t") else c for c in chunk.split("\n")]
        if any(cells):
            rows.append(cells)
    return rows


NUM = re.compile(r"^(≥|≤|=)?(\d+(?:\.\d+)?)(.*)$")
DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(前)?$")
PARTLY = ("部分实现", "部分达成", "基本实现")


def expected_row(target, actual, weight):
    """(completion % or None, score lo, score hi) for one indicator row, rules §5."""
    w = D(weight)
    t, a = NUM.match(target), NUM.match(actual)
    if t and a and not DATE.match(target):
        sign, tv, tu = t.group(1), D(t.group(2)), t.group(3)
        av, au = D(a.group(2)), a.group(3)
        if tu.strip() != au.strip():
            return ("unit", None, None)
        if sign == "≤":
            comp = Decimal(100) if av <= tv else tv / av * 100
        else:
            comp = av / tv * 100
        s = r2(w * min(comp, Decimal(100)) / 100)
        return (comp, s, s)
    dt, da = DATE.match(target), DATE.match(actual)
    if dt and da:
        ok = tuple(map(int, da.groups()[:3])) <= tuple(map(int, dt.groups()[:3]))
        return (Decimal(100) if ok else None, w if ok else Decimal(0), w)
    if target == actual:
        return (Decimal(100), w, w)
    if actual in PARTLY:
        return (None, w * Decimal("0.6"), w * Decimal("0.8") - Decimal("0.01"))
    return (None, Decimal(0), w)


def check_indicators(where, rows, col, exec_row=None):
    """rows: list of dicts with target, actual, weight, score[, completion]; the last is the total."""
    total = rows[-1]
    body = rows[:-1]
    weights = [D(r["weight"]) for r in body]
    scores = [D(r["score"]) for r in body]
    if exec_row:
        weights.append(D(exec_row["weight"]))
        scores.append(D(exec_row["score"]))
    equal(sum(weights), 100, where, "weights sum to 100")
    equal(sum(weights), D(total["weight"]), where, "weights sum to the stated total weight")
    close(total["score"], sum(scores), where, "scores sum to the stated total")
    for r in body + ([exec_row] if exec_row else []):
        CHECKS[0] += 1
        if D(r["score"]) > D(r["weight"]) or D(r["score"]) < 0:
            fail(f"{where}: {r['name']}: score {r['score']} outside [0, {r['weight']}]")
    for r in body:
        comp, lo, hi = expected_row(r["target"], r["actual"], r["weight"])
        if comp == "unit":
            fail(f"{where}: {r['name']}: unit of target and actual differ")
            continue
        CHECKS[0] += 1
        if not (lo - Decimal("0.005") <= D(r["score"]) <= hi + Decimal("0.005")):
            fail(f"{where}: {r['name']}: score {r['score']} not in [{lo}, {hi}] ({r['target']} / {r['actual']})")
        if "completion" in r and comp is not None and r["completion"] not in ("", "—"):
            close(r["completion"].rstrip("%"), comp, where, f"{r['name']} 完成率")
    return D(total["score"])


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


def check_grade(where, total, text):
    labels = re.findall(r"评价等级(?:为|：)“?(优秀|良好|中等|合格|较差|优|良|中|差)”?", text)
    if not labels:
        fail(f"{where}: no grade found")
    for g in labels:
        CHECKS[0] += 1
        if g[0] != grade_of(total):
            fail(f"{where}: grade {g} but total {total} is {grade_of(total)}")


def pipe_indicators(text, where, cols):
    """cols maps field -> header name."""
    header, rows = pipe_rows(text, list(cols.values()))
    if not rows:
        fail(f"{where}: indicator table not found")
        return []
    idx = {k: header.index(v) for k, v in cols.items()}
    out = []
    for cells in rows:
        out.append({k: (cells[i] if i < len(cells) else "") for k, i in idx.items()})
    return out


# ---------------------------------------------------------------- project checks

def check_longlin(t, w):
    g = lambda p: one(t, p, w)
    central, region, county = D("6000000"), D("3500000"), D("2000000")
    current = D(g(r"全年预算数11,743,600.00元，其中当年财政拨款([\d,]+\.\d\d)元"))
    carry = D(g(r"、上年结转资金([\d,]+\.\d\d)元。当年财政拨款中"))
    annual = D(g(r"2018年乡村教师生活补助全年预算数([\d,]+\.\d\d)元"))
    initial = D(g(r"年初预算数为([\d,]+\.\d\d)元"))
    for s, v in [(g(r"中央财政综合奖补资金([\d,]+\.\d\d)元"), central),
                 (g(r"自治区补助资金([\d,]+\.\d\d)元，于2018年6月"), region),
                 (g(r"县本级配套资金([\d,]+\.\d\d)元，列入"), county)]:
        equal(D(s), v, w, "source amount")
    equal(central + region + county, current, w, "中央+自治区+县 = 当年财政拨款")
    equal(current + carry, annual, w, "当年 + 结转 = 全年预算")
    equal(central + county, initial, w, "年初 = 中央提前下达 + 县本级")
    equal(initial + region + carry, annual, w, "年初 + 追加 + 结转 = 全年")
    received = D(g(r"全年实际到位资金([\d,]+\.\d\d)元"))
    close(g(r"到位率([\d.]+)%。其中，中央资金"), pct(received, annual), w, "到位率")
    spent = D(g(r"全年支出([\d,]+\.\d\d)元，预算执行率"))
    close(g(r"全年支出[\d,.]+元，预算执行率([\d.]+)%"), pct(spent, annual), w, "执行率")
    equal(D(g(r"使用上年结转资金([\d,]+\.\d\d)元")) + D(g(r"使用当年财政拨款([\d,]+\.\d\d)元")), spent, w,
          "结转执行 + 当年执行 = 全年执行")
    tiers = re.findall(r"发放([\d,]+\.\d\d)元（(\d+)元×([\d,]+)人×12个月）", t)
    equal(len(tiers), 3, w, "three tiers")
    for amt, std, n in tiers:
        equal(D(amt), D(std) * D(n) * 12, w, f"tier {std}元 × {n} × 12")
    equal(sum(D(a) for a, _, _ in tiers), spent, w, "tiers sum to spent")
    persons = D(g(r"折合全年平均享受补助教师([\d,]+)人"))
    equal(sum(D(n) for _, _, n in tiers), persons, w, "tier persons sum")
    equal(D(g(r"全年累计发放([\d,]+)人·月")), persons * 12, w, "人·月 = persons × 12")
    equal(D(g(r"一类学校(\d+)所")) + D(g(r"二类学校(\d+)所")) + D(g(r"三类学校(\d+)所")),
          D(g(r"乡村学校（含教学点）(\d+)所，其中")), w, "schools by tier")
    equal(persons - D(g(r"（2017年为([\d,]+)人）")), D(g(r"享受补助教师增加(\d+)人")), w, "increase vs 2017")
    equal(D(g(r"每季度发放([\d,]+\.\d\d)元")) * 4, spent, w, "quarterly × 4")
    close(g(r"全年人均补助([\d,]+\.\d\d)元"), spent / persons, w, "人均补助")
    prev = D(g(r"比2017年的([\d,]+\.\d\d)元增加"))
    close(g(r"比2017年的4,207.16元有所提高"[:0] + r"比2017年的([\d,]+\.\d\d)元有所提高"), prev / 2431, w, "2017 人均")
    equal(spent - prev, D(g(r"元增加([\d,]+\.\d\d)元，增长")), w, "increase amount")
    close(g(r"，增长([\d.]+)%"), pct(spent - prev, prev), w, "growth")
    balance = D(g(r"全年资金结余([\d,]+\.\d\d)元"))
    equal(received - spent, balance, w, "结余 = 到位 − 执行")
    equal(D(g(r"年初按([\d,]+)人测算")) - persons, D(g(r"比测算数少(\d+)人")), w, "测算 − 实际")
    close(g(r"流失率([\d.]+)%，控制在"), pct(g(r"流失教师(\d+)人"), persons), w, "流失率")
    equal(D(g(r"调出县外(\d+)人、辞职")) + D(g(r"、辞职(\d+)人）")), D(g(r"流失教师(\d+)人")), w, "流失 parts")
    close("1.3", D("3.4") - D(g(r"流失率([\d.]+)%，控制在")), w, "流失率下降百分点")
    new = D(g(r"新补充教师到岗(\d+)人（"))
    equal(D(g(r"特岗教师(\d+)人、公开")) + D(g(r"公开招聘(\d+)人）")), new, w, "new teachers parts")
    close(g(r"完成年度目标140人的([\d.]+)%"), pct(new, 140), w, "到岗完成率")
    equal(140 - new, D(g(r"计划有(\d+)人放弃入职")), w, "shortfall")
    close(g(r"回收率([\d.]+)%；"), pct(486, 500), w, "回收率")
    close(g(r"满意的455份，满意度([\d.]+)%"), pct(455, 486), w, "满意度")
    # table: funds block (万元) against the text (元)
    fund = {c[0]: c for c in (l.split("｜") for l in t.split("\n")) if c[0] in
            ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    tot = fund["年度资金总额"]
    close(tot[1], wan(initial), w, "table 年初")
    close(tot[2], wan(annual), w, "table 全年")
    close(tot[3], wan(spent), w, "table 执行")
    for key in ("年度资金总额", "其中：当年财政拨款", "上年结转资金"):
        c = fund[key]
        close(c[5].rstrip("%"), pct(c[3], c[2]), w, f"table {key} 执行率")
    for col in (1, 2, 3):
        close(tot[col], sum(D(fund[k][col]) for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")), w,
              f"table column {col} sum")
    close(fund["其中：当年财政拨款"][3], wan(spent - carry), w, "table 当年执行")
    close(tot[6], D(10) * min(Decimal(1), spent / annual), w, "execution score")
    rows = pipe_indicators(t, w, {"name": "三级指标", "target": "年度指标值", "actual": "实际完成值",
                                  "weight": "分值", "score": "得分"})
    total = check_indicators(w, rows, None, {"name": "预算执行率", "weight": tot[4], "score": tot[6]})
    close(g(r"自评总分([\d.]+)分"), total, w, "text total = table total")
    parts = [g(r"预算执行率得分([\d.]+)分"), g(r"产出指标得分([\d.]+)分"), g(r"效益指标得分([\d.]+)分"),
             g(r"满意度指标得分([\d.]+)分")]
    close(g(r"自评总分([\d.]+)分"), sum(D(p) for p in parts), w, "text parts sum")
    check_grade(w, total, t)


def check_ningdu(t, w):
    g = lambda p: one(t, p, w)
    annual = D(g(r"全年预算资金([\d,]+\.\d\d)元，全部到位"))
    equal(D(g(r"2020年我县安排乡村教师生活补助资金([\d,]+\.\d\d)元")), annual, w, "overview budget")
    initial = D(g(r"2020年年初预算资金([\d,]+\.\d\d)元"))
    c, p, cty = D(g(r"其中中央资金([\d,]+\.\d\d)元（")), D(g(r"省级资金([\d,]+\.\d\d)元（同文")), \
        D(g(r"县级配套资金([\d,]+\.\d\d)元（宁财"))
    add = D(g(r"追加下达省级资金([\d,]+\.\d\d)元"))
    equal(c + p + cty, initial, w, "年初 sources")
    equal(initial + add, annual, w, "年初 + 追加 = 全年")
    close(g(r"全部到位，到位率([\d.]+)%"), Decimal(100), w, "到位率")
    spent = D(g(r"全年执行资金([\d,]+\.\d\d)元，预算执行率"))
    close(g(r"全年执行资金[\d,.]+元，预算执行率([\d.]+)%"), pct(spent, annual), w, "执行率")
    cspent = D(g(r"县级配套资金执行([\d,]+\.\d\d)元"))
    equal(c + p + add + cspent, spent, w, "中央+省 fully spent + 县级 = 执行")
    close(g(r"县级配套资金执行[\d,.]+元，执行率([\d.]+)%"), pct(cspent, cty), w, "县级执行率")
    bal = D(g(r"结余([\d,]+\.\d\d)元，已按规定"))
    equal(annual - spent, bal, w, "结余")
    equal(D(g(r"全年共发放补助([\d,]+\.\d\d)元")), spent, w, "发放 = 执行")
    tiers = re.findall(r"([\d,]+)人×(\d+)元×12个月=([\d,]+\.\d\d)元", t)
    equal(len(tiers), 3, w, "three tiers")
    for n, std, amt in tiers:
        equal(D(amt), D(n) * D(std) * 12, w, f"tier {std} × {n} × 12")
    equal(sum(D(a) for _, _, a in tiers), spent, w, "tiers sum")
    persons = D(g(r"全年享受补助教师([\d,]+)人"))
    equal(sum(D(n) for n, _, _ in tiers), persons, w, "persons sum")
    ys = [D(x) for x in re.findall(r"分别为(\d+)人、(\d+)人、(\d+)人，年均", t)[0]]
    close(g(r"年均(\d+)人"), sum(ys) / 3, w, "年均到岗")
    close(g(r"享受补助教师[\d,]+人，完成目标的([\d.]+)%"), pct(persons, 3950), w, "人数完成率")
    close(g(r"覆盖乡村学校318所，完成目标的([\d.]+)%"), pct(318, 300), w, "学校完成率")
    close(g(r"流失(\d+)人，流失率([\d.]+)%", ) if False else g(r"流失112人，流失率([\d.]+)%"),
          pct(112, g(r"年初在编乡村教师([\d,]+)人")), w, "流失率")
    close(g(r"到岗率([\d.]+)%，略低于"), pct(253, 260), w, "到岗率")
    equal(ys[2], 253, w, "2020 到岗 = 253")
    close(g(r"回收率([\d.]+)%，其中"), pct(764, 800), w, "回收率")
    close(g(r"满意及基本满意722份，满意度([\d.]+)%"), pct(722, 764), w, "满意度")
    sub = re.findall(r"回收(\d+)份、满意(\d+)份，满意度([\d.]+)%", t)
    equal(sum(D(a) for a, _, _ in sub), 764, w, "sub-surveys returned")
    equal(sum(D(b) for _, b, _ in sub), 722, w, "sub-surveys satisfied")
    for a, b, r in sub:
        close(r, pct(b, a), w, "sub-survey rate")
    # funds table with 行次
    rows = {c[0]: c for c in (l.split("｜") for l in t.split("\n")) if len(c) == 10}
    cols = range(2, 10)
    r1, r2_, r3, r4, r5 = (rows[k] for k in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"))
    r6, r7 = rows["预算到位率（%）"], rows["预算执行率（%）"]
    for r in (r1, r2_, r3, r4, r5):
        close(r[2], D(r[3]) + D(r[8]) + D(r[9]), w, f"{r[0]} 总 = 财政 + 结转 + 其他")
        close(r[3], sum(D(r[i]) for i in (4, 5, 6, 7)), w, f"{r[0]} 小计 = 中央+省+市+县")
    for i in cols:
        close(r5[i], D(r3[i]) - D(r4[i]), w, f"(5)=(3)-(4) col {i}")
        for rr, num in ((r6, r3), (r7, r4)):
            if D(r2_[i]) == 0:
                CHECKS[0] += 1
                if rr[i] not in ("—", "0"):
                    fail(f"{w}: rate on zero base in col {i}: {rr[i]}")
            else:
                close(rr[i], pct(num[i], r2_[i]), w, f"{rr[0]} col {i}")
    close(r1[2], wan(initial), w, "table 年初")
    close(r2_[2], wan(annual), w, "table 全年")
    close(r4[2], wan(spent), w, "table 执行")
    close(r4[7], wan(cspent), w, "table 县级执行")
    ind = pipe_indicators(t, w, {"name": "三级指标", "target": "目标值", "actual": "业绩值", "weight": "权重",
                                 "score": "指标得分", "completion": "完成率"})
    total = check_indicators(w, ind, None)
    close(g(r"自评总得分([\d.]+)分"), total, w, "text total")
    parts = [g(r"其中预算执行率得分([\d.]+)分"), g(r"产出指标得分([\d.]+)分"), g(r"效益指标得分([\d.]+)分"),
             g(r"满意度指标得分([\d.]+)分")]
    close(g(r"自评总得分([\d.]+)分"), sum(D(x) for x in parts), w, "text parts")
    close(g(r"扣([\d.]+)分，主要原因是城区"), 10 - D("7.14"), w, "流失 deduction")
    check_grade(w, total, t)


def check_luocheng(t, w):
    g = lambda p: one(t, p, w)
    annual = D(g(r"2021年项目全年预算数([\d,]+\.\d\d)元"))
    cen, reg, cty, carry = (D(g(r"中央财政“国培计划”资金([\d,]+\.\d\d)元")), D(g(r"自治区教师培训补助资金([\d,]+\.\d\d)元")),
                            D(g(r"县级教师培训经费([\d,]+\.\d\d)元")), D(g(r"上年结转资金([\d,]+\.\d\d)元，为2020年")))
    equal(cen + reg + cty + carry, annual, w, "sources = 全年")
    initial = D(g(r"年初预算数为([\d,]+\.\d\d)元"))
    equal(cty + carry, initial, w, "年初 = 县级 + 结转")
    spent = D(g(r"2021年项目全年支出([\d,]+\.\d\d)元"))
    close(g(r"2021年项目全年支出[\d,.]+元，预算执行率([\d.]+)%"), pct(spent, annual), w, "执行率")
    levels = {}
    for name in ("国家级", "自治区级", "县级"):
        amt = D(one(t, name + r"培训支出([\d,]+\.\d\d)元，人均", w))
        per = one(t, name + r"培训支出[\d,.]+元，人均([\d,]+\.\d\d)元", w)
        levels[name] = amt
        n = D(one(t, r"、?" + name + r"(?:培训)?([\d,]+)人次，其中", w))
        close(per, amt / n, w, f"{name} 人均")
    equal(sum(levels.values()), spent, w, "levels sum to spent")
    tn = D(g(r"全年完成各级培训([\d,]+)人次"))
    parts = [D(x) for x in re.findall(r"其中国家级(\d+)人次、自治区级(\d+)人次、县级([\d,]+)人次", t)[0]]
    equal(sum(parts), tn, w, "人次 by level")
    close(g(r"全部培训人均成本([\d,]+\.\d\d)元"), spent / tn, w, "overall 人均")
    items = re.findall(r"其中授课专家讲课费([\d,.]+)元、食宿费([\d,.]+)元、交通费([\d,.]+)元、资料印刷费([\d,.]+)元、场地及设备租赁费([\d,.]+)元", t)[0]
    equal(sum(D(x) for x in items), levels["县级"], w, "县级 cost items")
    bal = D(g(r"年末结余([\d,]+\.\d\d)元"))
    equal(annual - spent, bal, w, "结余")
    equal(D(g(r"中央资金结余([\d,]+\.\d\d)元")), cen - levels["国家级"], w, "中央结余")
    equal(D(g(r"自治区资金结余([\d,]+\.\d\d)元")), reg - levels["自治区级"], w, "自治区结余")
    equal(D(g(r"县级资金结余([\d,]+\.\d\d)元")), cty + carry - levels["县级"], w, "县级结余")
    # sub-items of each level
    for pat, total in ((r"送教下乡培训(\d+)人次、乡村教师工作坊研修(\d+)人次、网络研修与校本研修整合培训(\d+)人次", parts[0]),
                       (r"学科骨干教师提升培训(\d+)人次、乡村校园长培训(\d+)人次、新入职教师规范化培训(\d+)人次", parts[1]),
                       (r"新课标通识培训([\d,]+)人次、班主任能力提升培训(\d+)人次、信息技术应用能力提升工程2.0校本应用考核培训(\d+)人次", parts[2])):
        equal(sum(D(x) for x in re.findall(pat, t)[0]), total, w, "sub-items")
    plans = [D(x) for x in re.findall(r"计划名额([\d,]+)人，参训率", t)]
    rates = re.findall(r"计划名额[\d,]+人，参训率([\d.]+)%", t)
    for pl, rt, n in zip(plans, rates, parts):
        close(rt, pct(n, pl), w, "level 参训率")
    equal(sum(plans), D(g(r"三个层级计划名额合计([\d,]+)人次")), w, "plans sum")
    close(g(r"人次，参训率([\d.]+)%。经自评"), pct(tn, sum(plans)), w, "overall 参训率")
    close(g(r"完成年度指标的([\d.]+)%"), pct(parts[0], 650), w, "国家级完成率")
    close(g(r"实际参训1,498人，参训率([\d.]+)%"), pct(1498, 1520), w, "乡村参训率")
    close(g(r"合格率([\d.]+)%。\n3.时效"), pct(g(r"结业考核合格([\d,]+)人次"), tn), w, "结业合格率")
    close(g(r"考核合格2,077人，合格率([\d.]+)%"), pct(2077, 2214), w, "2.0 合格率")
    close(g(r"满意1,006份，满意度([\d.]+)%"), pct(1006, 1046), w, "满意度")
    fund = {c[0]: c for c in (l.split("｜") for l in t.split("\n")) if c[0] in
            ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    tot = fund["年度资金总额"]
    close(tot[1], wan(initial), w, "table 年初")
    close(tot[2], wan(annual), w, "table 全年")
    close(tot[3], wan(spent), w, "table 执行")
    close(fund["其中：当年财政拨款"][2], wan(cen + reg + cty), w, "table 当年全年")
    close(fund["其中：当年财政拨款"][3], wan(spent - carry), w, "table 当年执行")
    for col in (1, 2, 3):
        close(tot[col], sum(D(fund[k][col]) for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")), w, "table col sum")
    for key in ("年度资金总额", "其中：当年财政拨款", "上年结转资金"):
        close(fund[key][5].rstrip("%"), pct(fund[key][3], fund[key][2]), w, f"table {key} rate")
    close(tot[6], 10 * spent / annual, w, "execution score")
    ind = pipe_indicators(t, w, {"name": "三级指标", "target": "年度指标值", "actual": "实际完成值", "weight": "分值",
                                 "score": "得分", "completion": "完成率"})
    total = check_indicators(w, ind, None, {"name": "预算执行率", "weight": tot[4], "score": tot[6]})
    close(g(r"本项目得分([\d.]+)分"), total, w, "text total")
    ps = [g(r"其中预算执行率得分([\d.]+)分"), g(r"产出指标得分([\d.]+)分"), g(r"效益指标得分([\d.]+)分"),
          g(r"满意度指标得分([\d.]+)分")]
    close(g(r"本项目得分([\d.]+)分"), sum(D(x) for x in ps), w, "text parts")
    check_grade(w, total, t)


def check_guzhang(t, w):
    g = lambda p: one(t, p, w)
    annual = D(g(r"2023年项目全年预算数([\d,]+\.\d\d)元"))
    equal(D(g(r"对2023年度乡村教师生活补助资金([\d,]+\.\d\d)元")), annual, w, "intro amount")
    cen, prov, cty, carry = (D(g(r"综合奖补资金([\d,]+\.\d\d)元，由省")), D(g(r"省级奖补资金([\d,]+\.\d\d)元")),
                             D(g(r"县级配套资金([\d,]+\.\d\d)元，列入")), D(g(r"上年结转资金([\d,]+\.\d\d)元。其中年初")))
    equal(cen + prov + cty + carry, annual, w, "sources")
    equal(D(g(r"其中年初预算数([\d,]+\.\d\d)元")), cen + cty, w, "年初")
    rec = D(g(r"项目资金实际到位([\d,]+\.\d\d)元"))
    close(g(r"到位率([\d.]+)%。其中中央"), pct(rec, annual), w, "到位率")
    spent = D(g(r"全年支出([\d,]+\.\d\d)元，预算执行率"))
    for m in re.findall(r"预算执行率([\d.]+)%", t):
        close(m, pct(spent, annual), w, "执行率")
    used = [D(x) for x in re.findall(r"使用上年结转资金([\d,.]+)元、中央资金([\d,.]+)元、省级资金([\d,.]+)元、县级配套资金([\d,.]+)元", t)[0]]
    equal(sum(used), spent, w, "by source")
    equal(used[0], carry, w, "carry fully used")
    close(g(r"县级配套资金执行率([\d.]+)%"), pct(used[3], cty), w, "县级执行率")
    tiers = re.findall(r"(一|二|三)类学校(\d+)人，发放([\d,]+\.\d\d)元", t)
    std = {"一": 700, "二": 500, "三": 300}
    for k, n, amt in tiers:
        equal(D(amt), std[k] * D(n) * 12, w, f"{k}类 tier")
    equal(sum(D(a) for _, _, a in tiers), spent, w, "tiers sum")
    pm = D(g(r"全年累计发放([\d,]+)人·月"))
    equal(sum(D(n) for _, n, _ in tiers) * 12, pm, w, "人·月")
    equal(pm / 12, D(g(r"平均每月发放([\d,]+)人")), w, "平均每月")
    equal(pm / 12, D(g(r"全县享受生活补助的乡村教师([\d,]+)人")), w, "overview persons")
    equal(annual - spent, D(g(r"全年资金结余([\d,]+\.\d\d)元")), w, "结余")
    equal(cty - used[3], D(g(r"全年资金结余([\d,]+\.\d\d)元")), w, "结余 all county")
    equal(D(g(r"一类学校(\d+)所")) + D(g(r"二类学校(\d+)所")) + D(g(r"三类学校(\d+)所")), 68, w, "schools")
    close(g(r"完成不少于1,200人目标的([\d.]+)%"), pct(pm / 12, 1200), w, "人数完成率")
    equal(1200 - pm / 12, D(g(r"差(\d+)人的原因")), w, "差额")
    close(g(r"流失率([\d.]+)%，高于"), pct(42, 1200), w, "流失率")
    close(g(r"回收率([\d.]+)%，满意"), pct(580, 600), w, "回收率")
    close(g(r"满意536份，满意度([\d.]+)%"), pct(536, 580), w, "满意度")
    close(g(r"按月及时发放率([\d.]+)%。\n"), pct(9, 12), w, "按月及时率")
    for ttl in ("\t资金情况（万元）", "\t一级指标"):
        pass
    start = t.index("\t资金情况（万元）")
    mid = t.index("\t一级指标")
    end = t.index("\n\n古丈县教育和体育局")
    frows = flat_rows(t[start:mid])
    irows = flat_rows(t[mid:end])
    fund = {r[0]: r for r in frows}
    tot = fund["年度资金总额"]
    close(tot[1], wan(cen + cty), w, "table 年初")
    close(tot[2], wan(annual), w, "table 全年")
    close(tot[3], wan(spent), w, "table 执行")
    close(fund["其中：当年财政拨款"][2], wan(cen + prov + cty), w, "table 当年全年")
    close(fund["其中：当年财政拨款"][3], wan(spent - carry), w, "table 当年执行")
    for col in (1, 2, 3):
        close(tot[col], sum(D(fund[k][col]) for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")), w, "table col sum")
    for key in ("年度资金总额", "其中：当年财政拨款", "上年结转资金"):
        close(fund[key][5].rstrip("%"), pct(fund[key][3], fund[key][2]), w, f"table {key} rate")
    close(tot[6], 10 * spent / annual, w, "execution score")
    header = irows[0]
    ix = {k: header.index(v) for k, v in {"name": "三级指标", "target": "年度指标值", "actual": "实际完成值",
                                           "weight": "分值", "score": "得分"}.items()}
    ind = [{k: r[i] for k, i in ix.items()} for r in irows[1:]]
    total = check_indicators(w, ind, None, {"name": "预算执行率", "weight": tot[4], "score": tot[6]})
    close(g(r"自评总分([\d.]+)分"), total, w, "text total")
    ps = [g(r"本项目预算执行率得分([\d.]+)分"), g(r"产出指标得分([\d.]+)分"), g(r"效益指标得分([\d.]+)分"),
          g(r"满意度指标得分([\d.]+)分")]
    close(g(r"自评总分([\d.]+)分"), sum(D(x) for x in ps), w, "text parts")
    check_grade(w, total, t)


def check_guangchang(t, w):
    g = lambda p: one(t, p, w)
    annual = D(g(r"2024年全年预算数([\d,]+\.\d\d)元"))
    fisc = D(g(r"其中财政拨款收入([\d,]+\.\d\d)元"))
    carry = D(g(r"、上年结转资金([\d,]+\.\d\d)元。财政拨款收入中"))
    equal(fisc + carry, annual, w, "财政 + 结转")
    basic_b, proj_b = D(g(r"基本支出([\d,]+\.\d\d)元、项目支出")), D(g(r"、项目支出([\d,]+\.\d\d)元。\n年初"))
    equal(basic_b + proj_b, fisc, w, "基本 + 项目 = 财政拨款")
    initial = D(g(r"年初预算数([\d,]+\.\d\d)元，其中人员经费"))
    ini = [D(x) for x in re.findall(r"其中人员经费([\d,.]+)元、公用经费([\d,.]+)元、教师培训专项([\d,.]+)元（", t)[0]]
    plat = D(g(r"研修平台运维项目([\d,]+\.\d\d)元。年中"))
    equal(sum(ini) + plat, initial, w, "年初 parts")
    tr = [D(x) for x in re.findall(r"“国培计划”资金([\d,.]+)元和省级资金([\d,.]+)元，以及县级资金([\d,.]+)元", t)[0]]
    equal(sum(tr), ini[2], w, "培训 年初 sources")
    adds = [D(g(r"追加人员经费([\d,]+\.\d\d)元")), D(g(r"第二批资金([\d,]+\.\d\d)元")), D(g(r"专项结转资金([\d,]+\.\d\d)元"))]
    equal(initial + sum(adds), annual, w, "年初 + 调整 = 全年")
    equal(adds[2], carry, w, "carry")
    spent = D(g(r"2024年全年支出([\d,]+\.\d\d)元"))
    close(g(r"2024年全年支出[\d,.]+元，预算执行率([\d.]+)%"), pct(spent, annual), w, "执行率")
    pers = D(g(r"人员经费([\d,]+\.\d\d)元，其中工资福利"))
    pparts = [D(g(r"工资福利支出([\d,]+\.\d\d)元")), D(g(r"对个人和家庭的补助([\d,]+\.\d\d)元"))]
    equal(sum(pparts), pers, w, "人员经费 parts")
    pub = D(g(r"公用经费([\d,]+\.\d\d)元，执行率"))
    basic = D(g(r"基本支出([\d,]+\.\d\d)元，执行率"))
    equal(pers + pub, basic, w, "基本支出")
    pers_b = ini[0] + adds[0]
    close(g(r"基本支出[\d,.]+元，执行率([\d.]+)%"), pct(basic, pers_b + ini[1]), w, "基本执行率")
    equal(pers_b + ini[1], basic_b, w, "基本 budget")
    close(g(r"公用经费[\d,.]+元，执行率([\d.]+)%"), pct(pub, ini[1]), w, "公用执行率")
    tb = D(g(r"教师培训专项全年预算([\d,]+\.\d\d)元"))
    equal(ini[2] + adds[1] + adds[2], tb, w, "培训 全年")
    ts = D(g(r"教师培训专项全年预算[\d,.]+元，支出([\d,]+\.\d\d)元"))
    close(g(r"教师培训专项全年预算[\d,.]+元，支出[\d,.]+元，执行率([\d.]+)%"), pct(ts, tb), w, "培训执行率")
    ps_ = D(g(r"研修平台运维项目预算[\d,.]+元，支出([\d,]+\.\d\d)元"))
    equal(D(g(r"研修平台运维项目预算([\d,]+\.\d\d)元")), plat, w, "平台 budget")
    close(g(r"研修平台运维项目预算[\d,.]+元，支出[\d,.]+元，执行率([\d.]+)%"), pct(ps_, plat), w, "平台执行率")
    proj = D(g(r"项目支出([\d,]+\.\d\d)元，执行率"))
    equal(ts + ps_, proj, w, "项目支出")
    equal(tb + plat - carry, proj_b, w, "项目 budget (财政部分)")
    close(g(r"项目支出[\d,.]+元，执行率([\d.]+)%"), pct(proj, tb + plat), w, "项目执行率")
    equal(basic + proj, spent, w, "基本 + 项目 = 全年支出")
    sg = [D(g(r"公务接待费([\d,]+\.\d\d)元")), D(g(r"公务用车运行维护费([\d,]+\.\d\d)元"))]
    sg_total = D(g(r"“三公”经费支出([\d,]+\.\d\d)元"))
    equal(sum(sg), sg_total, w, "三公 parts")
    close(g(r"下降([\d.]+)%"), pct(D(14870) - sg_total, 14870), w, "三公 下降")
    close(g(r"实际支出占预算的([\d.]+)%"), pct(sg_total, 18000), w, "三公 控制率")
    bal = D(g(r"结转结余资金([\d,]+\.\d\d)元"))
    equal(annual - spent, bal, w, "结转结余")
    bp = [D(x) for x in re.findall(r"其中公用经费([\d,.]+)元、教师培训专项([\d,.]+)元、研修平台运维项目([\d,.]+)元", t)[0]]
    equal(sum(bp), bal, w, "结余 parts")
    equal(bp[0], ini[1] - pub, w, "公用结余")
    equal(bp[1], tb - ts, w, "培训结余")
    equal(bp[2], plat - ps_, w, "平台结余")
    for m in re.findall(r"结转结余率([\d.]+)%", t):
        close(m, pct(bal, annual), w, "结转结余率")
    n_all = D(g(r"全年完成各级教师培训([\d,]+)人次"))
    lv = [D(x) for x in re.findall(r"国家级（“国培计划”项目县）(\d+)人次、省级(\d+)人次、县级([\d,]+)人次", t)[0]]
    equal(sum(lv), n_all, w, "levels")
    close(g(r"不少于2,600人次）的([\d.]+)%"), pct(n_all, 2600), w, "人次完成率")
    pz = [D(x) for x in re.findall(r"分别培训(\d+)人次、(\d+)人次、(\d+)人次、(\d+)人次", t)[0]]
    equal(sum(pz), lv[2], w, "片区 sum")
    close(g(r"平均每个片区(\d+)人次"), sum(pz) / 4, w, "片区 average")
    close(g(r"参训率([\d.]+)%。\n3"), pct(n_all, g(r"应参训([\d,]+)人次")), w, "参训率")
    costs = re.findall(r"(国家级|省级|县级)培训支出([\d,]+\.\d\d)元，人均([\d,]+\.\d\d)元", t)
    for (name, amt, per), n in zip(costs, lv):
        close(per, D(amt) / n, w, f"{name} 人均")
    equal(sum(D(a) for _, a, _ in costs), ts, w, "training costs = 培训支出")
    close(g(r"全部培训人均成本([\d,]+\.\d\d)元"), ts / n_all, w, "overall 人均")
    close(g(r"完成率([\d.]+)%，扣1分"), pct(27, 30), w, "优质课完成率")
    close(g(r"合格率([\d.]+)%。\n3.满意度"), pct(g(r"结业考核合格([\d,]+)人次"), n_all), w, "合格率")
    close(g(r"回收率([\d.]+)%，满意"), pct(412, 420), w, "回收率")
    close(g(r"满意398份，满意度([\d.]+)%"), pct(398, 412), w, "满意度")
    close(g(r"评价满意44份，满意度([\d.]+)%"), pct(44, 46), w, "校长满意度")
    # funds table
    rows = {c[0]: c for c in (l.split("｜") for l in t.split("\n")) if len(c) == 5}
    expect = {"人员经费": (ini[0], pers_b, pers), "公用经费": (ini[1], ini[1], pub),
              "教师培训专项": (ini[2], tb, ts), "研修平台运维项目": (plat, plat, ps_)}
    for k, (a, b, c) in expect.items():
        for col, v in zip((1, 2, 3), (a, b, c)):
            close(rows[k][col], wan(v), w, f"table {k} col {col}")
    for sub, parts in (("一、基本支出", ("人员经费", "公用经费")), ("二、项目支出", ("教师培训专项", "研修平台运维项目")),
                       ("合计", ("一、基本支出", "二、项目支出"))):
        for col in (1, 2, 3):
            close(rows[sub][col], sum(D(rows[p][col]) for p in parts), w, f"table {sub} col {col}")
    for k, r in rows.items():
        if k in ("项目",):
            continue
        close(r[4].rstrip("%"), pct(r[3], r[2]), w, f"table {k} rate")
    close(rows["合计"][2], wan(annual), w, "table total budget")
    close(rows["合计"][3], wan(spent), w, "table total spent")
    ind = pipe_indicators(t, w, {"name": "三级指标", "target": "指标值", "actual": "实际完成值", "weight": "分值",
                                 "score": "得分", "completion": "完成率"})
    total = check_indicators(w, ind, None)
    close(ind[0]["score"], 10 * spent / annual, w, "execution score")
    close(g(r"绩效得分([\d.]+)分"), total, w, "text total")
    parts = [g(r"其中投入([\d.]+)分"), g(r"、过程([\d.]+)分"), g(r"、产出([\d.]+)分"), g(r"、效益([\d.]+)分")]
    close(g(r"绩效得分([\d.]+)分"), sum(D(x) for x in parts), w, "text parts")
    blocks = {}
    for r in ind[:-1]:
        pass
    header, raw = pipe_rows(t, ["分值", "得分", "指标值"])
    for cells in raw[:-1]:
        blocks.setdefault(cells[0], []).append(D(cells[-1]))
    for name, val in zip(("投入", "过程", "产出", "效益"), parts):
        close(val, sum(blocks[name]), w, f"{name} block")
    check_grade(w, total, t)


CHECKERS = {
    "longlin-shenghuobuzhu-2018": check_longlin,
    "ningdu-xiangcunjiaoshi-2020": check_ningdu,
    "luocheng-guopei-2021": check_luocheng,
    "guzhang-shenghuobuzhu-2023": check_guzhang,
    "guangchang-jinxiuxuexiao-2024": check_guangchang,
}


# ---------------------------------------------------------------- labels and edits

def changed_span(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return len(a) - i - j, len(b) - i - j


def check_labels():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    clean = {}
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
                clean[rec["source"]] = fh.read()
    codes = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            text = fh.read()
        if rec["clean"]:
            CHECKS[0] += 1
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expectations")
            continue
        base = clean[rec["source"]]
        CHECKS[0] += 1
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one error")
        for exp in rec["expected"]:
            codes.setdefault(exp["code"], set()).add(rec["source"])
            CHECKS[0] += 2
            if text.count(exp["value"]) != 1:
                fail(f"{rec['case']}: value occurs {text.count(exp['value'])} times: {exp['value']!r}")
            if exp["value"] in base:
                fail(f"{rec['case']}: value occurs in the clean draft: {exp['value']!r}")
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity {exp['severity']}")
        la, lb = base.split("\n"), text.split("\n")
        CHECKS[0] += 1
        if len(la) != len(lb):
            fail(f"{rec['case']}: line count changed")
            continue
        diff = [i for i, (x, y) in enumerate(zip(la, lb)) if x != y]
        if not diff or len(diff) > 2 or (len(diff) == 2 and diff[1] != diff[0] + 1):
            fail(f"{rec['case']}: changed lines {diff}")
        if len(diff) == 2 and rec["expected"][0]["code"] not in ("score_exceeds_weight", "score_sum_mismatch"):
            fail(f"{rec['case']}: two-line edit outside a score-row error")
        for i in diff:
            o, n = changed_span(la[i], lb[i])
            CHECKS[0] += 1
            if max(o, n) > 16:
                fail(f"{rec['case']}: line {i + 1} edit of {max(o, n)} characters")
    needed = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
              "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values",
              "implausible_rate", "unit_mismatch", "year_mismatch", "completion_mismatch"}
    for c in needed:
        CHECKS[0] += 1
        if len(codes.get(c, ())) < 2:
            fail(f"code {c} used in fewer than two projects: {sorted(codes.get(c, ()))}")
    return labels


def main():
    labels = check_labels()
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
                text = fh.read()
            n = len(text)
            CHECKS[0] += 1
            if not 2500 <= n <= 6500:
                fail(f"{rec['case']}: length {n}")
            CHECKERS[rec["source"]](text, rec["case"])
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM", p)
        print(f"{len(PROBLEMS)} problems ({CHECKS[0]} checks)")
        raise SystemExit(1)
    print(f"OK ({len(labels)} cases, {CHECKS[0]} checks)")


if __name__ == "__main__":
    main()
