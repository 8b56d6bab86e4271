#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case; every error case differs from its clean draft in one
   contiguous place that overlaps an occurrence of the label value; each code is used >= 2 times;
2. the arithmetic of every clean draft is redone (all error-level checks and all warning-level
   checks must pass);
3. the same arithmetic is redone on every error case: the labelled code must fail and no other
   error-level code may fail.
Tolerance follows rules.md §8: a stated value with d decimals agrees with a computed value c
iff |c - v| <= 0.5 * 10^-d (+1e-9). Rounding is ROUND_HALF_UP (Decimal).
Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

ERROR_CODES = {
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
    "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
    "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
    "completion_mismatch",
}
HUNDRED = Decimal(100)
WAN = Decimal(10000)


# ----------------------------------------------------------------- numbers and tolerance
def D(s):
    return Decimal(str(s).replace(",", ""))


def decimals(s):
    s = str(s).replace(",", "")
    return len(s.split(".", 1)[1]) if "." in s else 0


def agree(stated, computed):
    tol = Decimal("0.5") * Decimal(10) ** (-decimals(stated)) + Decimal("1e-9")
    return abs(D(stated) - Decimal(computed)) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Result:
    def __init__(self):
        self.fails = []   # (code, message) of error-level checks
        self.warns = []   # (code, message) of warning-level checks
        self.count = 0

    def err(self, code, ok, msg):
        assert code in ERROR_CODES, code
        self.count += 1
        if not ok:
            self.fails.append((code, msg))

    def warn(self, code, ok, msg):
        self.count += 1
        if not ok:
            self.warns.append((code, msg))


def get(text, pattern, n=None):
    """The groups of the only match of pattern (a string if one group)."""
    ms = list(re.finditer(pattern, text))
    if len(ms) != 1:
        raise AssertionError(f"pattern matched {len(ms)} times: {pattern}")
    g = ms[0].groups()
    return g[0] if len(g) == 1 else g


def parts_list(s, unit):
    return [x for x in re.findall(r"([\d.]+)" + unit, s)]


# ----------------------------------------------------------------- reusable checks
def chk_sum(r, total, parts, msg):
    """total = sum(parts); a single amount off by 10^4 is reported as unit_mismatch."""
    s = sum(D(p) for p in parts)
    if agree(total, s):
        r.err("sum_mismatch", True, msg)
        return
    for p in list(parts) + [None]:
        for f in (Decimal(1) / WAN, WAN):
            if p is None:
                if abs(D(total) * f - s) <= Decimal("0.005"):
                    r.err("unit_mismatch", False, f"{msg}: total {total} off by 10^4")
                    return
            elif agree(total, s - D(p) + D(p) * f):
                r.err("unit_mismatch", False, f"{msg}: part {p} off by 10^4")
                return
    r.err("sum_mismatch", False, f"{msg}: {' + '.join(map(str, parts))} = {s}, stated {total}")


def chk_product(r, total, a, b, msg, scale=Decimal(1)):
    c = D(a) * D(b) * scale
    r.err("sum_mismatch", agree(total, c), f"{msg}: {a} x {b} = {c}, stated {total}")


def chk_rate(r, stated, num, den, msg):
    if D(den) == 0:
        return
    c = D(num) / D(den) * HUNDRED
    r.err("rate_mismatch", agree(stated, c), f"{msg}: {num}/{den} = {c:.4f}%, stated {stated}%")


def chk_balance(r, stated, a, b, msg):
    c = D(a) - D(b)
    r.err("balance_mismatch", agree(stated, c), f"{msg}: {a} - {b} = {c}, stated {stated}")


def chk_avg(r, stated, items, msg, count=None):
    n = count if count is not None else len(items)
    c = sum(D(x) for x in items) / D(n)
    r.err("average_mismatch", agree(stated, c), f"{msg}: mean {c:.4f}, stated {stated}")


def chk_same(r, a, b, msg):
    r.err("conflicting_values", D(a) == D(b), f"{msg}: {a} vs {b}")


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def chk_grade(r, total, word, msg):
    r.err("grade_mismatch", GRADE_WORDS[word] == grade_of(total), f"{msg}: {total} -> {grade_of(total)}, stated {word}")


RATE_WORDS = r"(满意度|满意率|执行率|到位率|合格率|覆盖率|安全运行率|回收率|兑付率|准点率|上岗率)(?:为|达|达到|均为)?([\d.]+)%"


def chk_implausible_text(r, text):
    for m in re.finditer(RATE_WORDS, text):
        r.err("implausible_rate", D(m.group(2)) <= HUNDRED, f"{m.group(1)} {m.group(2)}% > 100%")


def chk_years(r, text, year):
    title_year = get(text[:80], r"(\d{4})年度")
    r.err("year_mismatch", int(title_year) == year, f"title year {title_year}")
    for m in re.finditer(r"结转至(\d{4})年", text):
        r.err("year_mismatch", int(m.group(1)) > year, f"carried over to {m.group(1)} in a {year} report")
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        r.err("year_mismatch", int(m.group(1)) == year, f"截至{m.group(1)}年12月31日 in a {year} report")
    for m in re.finditer(r"（(\d{4})年度）", text):
        r.err("year_mismatch", int(m.group(1)) == year, f"table labelled {m.group(1)}年度 in a {year} report")
    for m in re.finditer(r"(\d{4})年12月提前下达", text):
        r.err("year_mismatch", int(m.group(1)) == year - 1, f"advance issued {m.group(1)}")


# ----------------------------------------------------------------- indicator tables
COLS = {"一级指标": "l1", "二级指标": "l2", "三级指标": "name", "目标指标": "name",
        "年度指标值": "target", "目标值": "target", "实际完成值": "actual", "业绩值": "actual",
        "完成率": "comp", "分值": "weight", "权重": "weight", "得分": "score", "指标得分": "score",
        "偏差原因分析及改进措施": "note"}

NUM = re.compile(r"^(≥|≤|=)?([\d][\d,]*(?:\.\d+)?)(.*)$")
DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(前)?$")


def parse_table(text):
    lines = text.split("\n")
    start = [i for i, ln in enumerate(lines) if ln.startswith("一级指标\t二级指标\t")]
    assert len(start) == 1, "indicator table header"
    header = [COLS[h] for h in lines[start[0]].split("\t")]
    rows, total, carry = [], None, {"l1": "", "l2": ""}
    for ln in lines[start[0] + 1:]:
        cells = ln.split("\t")
        cells += [""] * (len(header) - len(cells))
        row = dict(zip(header, cells))
        if row["name"] == "合计":
            total = row
            break
        for k in ("l1", "l2"):
            if row[k]:
                carry[k] = row[k]
            else:
                row[k] = carry[k]
        rows.append(row)
    assert total is not None, "合计 row"
    return header, rows, total


def cell(s):
    """('date', y, m, d) | ('num', sign, value, unit) | ('text', s)."""
    s = s.strip()
    m = DATE.match(s)
    if m:
        return ("date", (int(m.group(1)), int(m.group(2)), int(m.group(3))))
    m = NUM.match(s)
    if m:
        return ("num", m.group(1) or "", m.group(2), m.group(3).strip())
    return ("text", s)


def table_checks(r, rows, total, extra_weight="0", extra_score="0"):
    wsum = D(extra_weight) + sum(D(x["weight"]) for x in rows)
    ssum = D(extra_score) + sum(D(x["score"]) for x in rows)
    r.err("weight_sum_mismatch", wsum == HUNDRED and D(total["weight"]) == HUNDRED,
          f"weights sum to {wsum}, 合计 {total['weight']}")
    r.err("score_sum_mismatch", agree(total["score"], ssum), f"scores sum to {ssum}, 合计 {total['score']}")
    for x in rows:
        w, s = D(x["weight"]), D(x["score"])
        r.err("score_exceeds_weight", Decimal(0) <= s <= w, f"{x['name']}: score {s} weight {w}")
        t, a = cell(x["target"]), cell(x["actual"])
        expected_score = None
        if t[0] == "date":
            r.err("unit_mismatch", a[0] == "date", f"{x['name']}: target a date, actual {x['actual']}")
            if a[0] == "date":
                expected_score = w if a[1] <= t[1] else Decimal(0)
        elif t[0] == "num":
            ok_unit = a[0] == "num" and a[3] == t[3]
            r.err("unit_mismatch", ok_unit, f"{x['name']}: {x['target']} vs {x['actual']}")
            if a[0] == "num" and a[3] == "%":
                r.err("implausible_rate", D(a[2]) <= HUNDRED, f"{x['name']}: {x['actual']} > 100%")
            if ok_unit:
                sign, T, A = t[1], D(t[2]), D(a[2])
                if sign == "≤":
                    comp = HUNDRED if A <= T else T / A * HUNDRED
                elif T == 0:
                    comp = HUNDRED if A <= 0 else Decimal(0)
                else:
                    comp = A / T * HUNDRED
                if "comp" in x and x["comp"] not in ("", "—"):
                    r.err("completion_mismatch", agree(x["comp"].rstrip("%"), comp),
                          f"{x['name']}: completion {comp:.4f}%, stated {x['comp']}")
                expected_score = w * min(comp, HUNDRED) / HUNDRED
        else:
            # qualitative: achieved -> band [80%, 100%] of the weight
            if x["actual"] == x["target"]:
                r.warn("score_rule_mismatch", w * Decimal("0.8") <= s <= w, f"{x['name']}: qualitative band")
            else:
                r.warn("score_rule_mismatch", False, f"{x['name']}: qualitative actual differs")
        if expected_score is not None:
            r.warn("score_rule_mismatch", agree(x["score"], expected_score),
                   f"{x['name']}: expected {expected_score:.4f}, stated {x['score']}")


def row(rows, name):
    hits = [x for x in rows if x["name"] == name]
    assert len(hits) == 1, name
    return hits[0]


def num_of(s):
    c = cell(s)
    assert c[0] == "num", s
    return c[2]


# ----------------------------------------------------------------- project checks
def check_xichuan(t):
    r, Y = Result(), 2020
    init = get(t, r"年初预算安排([\d.]+)万元")
    add = get(t, r"下达农村校车运营奖补资金([\d.]+)万元")
    annual = get(t, r"全年预算调整为([\d.]+)万元")
    chk_sum(r, annual, [init, add], "全年预算 = 年初 + 省级追加")
    op, n, std = get(t, r"校车运营补助([\d.]+)万元（(\d+)辆×([\d.]+)万元/辆·年")
    yuan = get(t, r"即每车每年(\d+)元")
    chk_same(r, D(yuan) / WAN, std, "单车补助 元 vs 万元")
    fuel, fuel_per = get(t, r"燃油补贴([\d.]+)万元（每车([\d.]+)万元）")
    safety = get(t, r"安全管理经费([\d.]+)万元")
    gps = get(t, r"监控平台运维费([\d.]+)万元")
    train = get(t, r"照管员培训费([\d.]+)万元")
    chk_product(r, op, n, std, "运营补助 = 车辆 x 标准")
    chk_product(r, fuel, n, fuel_per, "燃油补贴 = 车辆 x 每车")
    chk_sum(r, annual, [op, fuel, safety], "全年预算 = 三项用途")
    chk_sum(r, safety, [gps, train], "安全管理经费 = 平台 + 培训")
    r.err("rate_mismatch", D(get(t, r"到位率(\d+)%")) == HUNDRED, "到位率 100% (资金全部到位)")
    spent = get(t, r"全年支出([\d.]+)万元")
    rate = get(t, r"预算执行率([\d.]+)%")
    chk_rate(r, rate, spent, annual, "预算执行率")
    train_spent = get(t, r"培训费仅支出([\d.]+)万元")
    chk_sum(r, spent, [op, fuel, gps, train_spent], "支出 = 足额支付的三项 + 培训支出")
    bal = get(t, r"形成结余([\d.]+)万元")
    chk_balance(r, bal, annual, spent, "结余 = 全年预算 - 支出")
    chk_balance(r, bal, train, train_spent, "结余 = 培训预算 - 培训支出")
    nbus = get(t, r"校车(\d+)辆（2019年为")
    chk_same(r, nbus, n, "补助校车数量")
    chk_sum(r, nbus, parts_list(get(t, r"分别投放校车(\d+辆(?:、\d+辆)+)"), "辆"), "各乡镇校车")
    routes = get(t, r"开通线路(\d+)条，服务")
    chk_sum(r, routes, parts_list(get(t, r"开通线路(\d+条(?:、\d+条)+)"), "条"), "各乡镇线路")
    issued, back, qrate = get(t, r"发放问卷(\d+)份，收回有效问卷(\d+)份，有效回收率([\d.]+)%")
    chk_rate(r, qrate, back, issued, "问卷回收率")
    total = get(t, r"自评得分([\d.]+)分")
    chk_grade(r, total, get(t, r"评价等级为“(.)”"), "等级")
    daily = get(t, r"日均接送学生([\d,]+)人（上年")
    chk_avg(r, get(t, r"平均每车每日接送(\d+)人"), [daily], "平均每车每日接送", count=nbus)
    trips, ontime = get(t, r"全年累计发车([\d,]+)趟次，准点到站([\d,]+)趟次")
    prate = get(t, r"准点率([\d.]+)%")
    chk_rate(r, prate, ontime, trips, "准点率")
    need = get(t, r"需乘车的义务教育学生([\d,]+)人")
    riders = get(t, r"已乘坐校车([\d,]+)人")
    chk_same(r, riders, daily, "乘车学生 = 日均接送")
    cov = get(t, r"乘车覆盖率([\d.]+)%")
    chk_rate(r, cov, riders, need, "乘车覆盖率")
    s1 = get(t, r"学生满意度([\d.]+)%")
    s2 = get(t, r"家长满意度([\d.]+)%")
    savg = get(t, r"两项平均满意度([\d.]+)%")
    chk_avg(r, savg, [s1, s2], "平均满意度")
    _, rows, tot = parse_table(t)
    table_checks(r, rows, tot)
    ex = [x for x in rows if x["l1"] == "预算执行率"][0]
    chk_same(r, ex["actual"].rstrip("%"), rate, "执行率 text vs table")
    chk_same(r, num_of(row(rows, "补助校车数量")["actual"]), nbus, "校车数量 text vs table")
    chk_same(r, num_of(row(rows, "开通校车线路")["actual"]), routes, "线路 text vs table")
    chk_same(r, num_of(row(rows, "日均接送学生人数")["actual"]), daily, "日均接送 text vs table")
    chk_same(r, num_of(row(rows, "校车准点率")["actual"]), prate, "准点率 text vs table")
    chk_same(r, num_of(row(rows, "服务范围内学生乘车覆盖率")["actual"]), cov, "覆盖率 text vs table")
    chk_same(r, num_of(row(rows, "学生及家长满意度")["actual"]), savg, "满意度 text vs table")
    chk_same(r, tot["score"], total, "总分 text vs table")
    chk_implausible_text(r, t)
    chk_years(r, t, Y)
    return r


def check_anfu(t):
    r, Y = Result(), 2022
    init = get(t, r"年初预算([\d.]+)万元（含")
    adv = get(t, r"提前下达的中央城乡道路客运成品油价格补助资金([\d.]+)万元")
    add = get(t, r"省级追加校车运营奖补资金([\d.]+)万元")
    annual = get(t, r"全年预算([\d.]+)万元。按来源分")
    chk_sum(r, annual, [init, add], "全年预算 = 年初 + 省级追加")
    c, p, k = get(t, r"中央资金([\d.]+)万元、省级资金([\d.]+)万元、县级资金([\d.]+)万元")
    chk_sum(r, annual, [c, p, k], "全年预算 = 中央 + 省 + 县")
    chk_same(r, p, add, "省级资金 = 省级追加")
    op, n, std = get(t, r"运营补助([\d.]+)万元（(\d+)辆×([\d.]+)万元）")
    fuel = get(t, r"燃油补贴([\d.]+)万元，保险")
    ins = get(t, r"保险补助([\d.]+)万元。")
    chk_sum(r, annual, [op, fuel, ins], "全年预算 = 运营 + 燃油 + 保险")
    chk_product(r, op, n, std, "运营补助 = 车辆 x 标准")
    chk_product(r, ins, n, get(t, r"每辆(\d+)元。"), "保险补助 = 车辆 x 每辆(元)", scale=Decimal(1) / WAN)
    c2 = get(t, r"燃油补贴中，中央成品油价格补助资金([\d.]+)万元")
    cty = get(t, r"县级配套([\d.]+)万元")
    chk_sum(r, fuel, [c2, cty], "燃油补贴 = 中央 + 县级配套")
    chk_avg(r, get(t, r"折合每辆([\d.]+)万元"), [fuel], "燃油补贴每辆", count=n)
    chk_same(r, adv, c, "提前下达中央资金 = 中央资金")
    chk_same(r, c2, c, "燃油补贴中的中央资金 = 中央资金")
    chk_same(r, get(t, r"全年([\d.]+)万元补助资金"), annual, "全年预算 (另一处)")
    r.err("rate_mismatch", D(get(t, r"到位率(\d+)%")) == HUNDRED, "到位率 100%")
    spent = get(t, r"全年实际支出([\d.]+)万元")
    rate = get(t, r"预算执行率([\d.]+)%")
    chk_rate(r, rate, spent, annual, "预算执行率")
    op_spent = get(t, r"运营补助支出([\d.]+)万元")
    chk_sum(r, spent, [op_spent, fuel, ins], "支出 = 运营支出 + 燃油 + 保险(足额)")
    less = get(t, r"少支出([\d.]+)万元")
    chk_balance(r, less, op, op_spent, "运营补助少支出")
    chk_balance(r, less, annual, spent, "全年未支出")
    chk_same(r, get(t, r"全年兑付补助资金([\d.]+)万元"), spent, "全年支出 (结论处)")
    nbus = get(t, r"核定运营校车(\d+)辆")
    chk_same(r, nbus, n, "校车数量")
    chk_sum(r, nbus, parts_list(get(t, r"分别投放(\d+辆(?:、\d+辆)+)"), "辆"), "各乡镇校车")
    chk_sum(r, get(t, r"开通校车线路(\d+)条"), parts_list(get(t, r"开通线路(\d+条(?:、\d+条)+)"), "条"), "各乡镇线路")
    daily = get(t, r"日均接送学生([\d,]+)人（上年")
    _, rows, tot = parse_table(t)
    table_checks(r, rows, tot)
    dtarget = num_of(row(rows, "日均接送学生人数")["target"])
    comp = get(t, r"完成目标值的([\d.]+)%")
    r.err("completion_mismatch", agree(comp, D(daily) / D(dtarget) * HUNDRED), f"日均接送完成率 {comp}")
    chk_avg(r, get(t, r"平均每辆车每天接送(\d+)人"), [daily], "平均每车每天接送", count=nbus)
    plan = get(t, r"计划运行([\d,]+)趟次")
    stop = get(t, r"停运(\d+)趟次")
    ran = get(t, r"实际运行([\d,]+)趟次")
    chk_sum(r, plan, [stop, ran], "计划趟次 = 停运 + 实际")
    chk_same(r, get(t, r"实际运行的([\d,]+)趟次"), ran, "实际运行趟次 (另一处)")
    chk_rate(r, row(rows, "运行计划完成率")["actual"].rstrip("%"), ran, plan, "运行计划完成率 (表)")
    cov, covt = get(t, r"自然村的比例为([\d.]+)%（年度指标(\d+)%）")
    ccomp = get(t, r"完成指标值的([\d.]+)%")
    r.err("completion_mismatch", agree(ccomp, D(cov) / D(covt) * HUNDRED), f"覆盖率完成率 {ccomp}")
    total = get(t, r"自评得分([\d.]+)分")
    chk_grade(r, total, get(t, r"评定等级为“(..)”"), "等级")
    ex = [x for x in rows if x["l1"] == "预算执行率"][0]
    chk_same(r, ex["actual"].rstrip("%"), rate, "执行率 text vs table")
    chk_same(r, num_of(row(rows, "补助校车数量")["actual"]), nbus, "校车数量 text vs table")
    chk_same(r, num_of(row(rows, "日均接送学生人数")["actual"]), daily, "日均接送 text vs table")
    chk_same(r, num_of(row(rows, "偏远自然村校车服务覆盖率")["actual"]), cov, "覆盖率 text vs table")
    chk_same(r, num_of(row(rows, "偏远自然村校车服务覆盖率")["target"]), covt, "覆盖率指标 text vs table")
    chk_same(r, num_of(row(rows, "乘车学生家长满意度")["actual"]), get(t, r"家长满意度为([\d.]+)%"), "满意度 text vs table")
    chk_same(r, num_of(row(rows, "单车年运营补助标准")["actual"]), std, "补助标准 text vs table")
    chk_same(r, tot["score"], total, "总分 text vs table")
    paid_year = get(t, r"燃油补贴于(\d{4})年12月20日")
    r.err("year_mismatch", int(paid_year) == Y, f"燃油补贴兑付年份 {paid_year}")
    chk_implausible_text(r, t)
    chk_years(r, t, Y)
    return r


def funds_rows_sx(t):
    labels = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]
    out = []
    for lab in labels:
        line = get(t, r"(?m)^(" + re.escape(lab) + r"\t.*)$")
        cells = line.split("\t")
        assert len(cells) == 10, line
        out.append(cells[2:])   # total, subtotal, central, prov, city, county, carry, other
    return out


def check_daning(t):
    r, Y = Result(), 2018
    f1, f2, f3, f4, f5, f6, f7 = funds_rows_sx(t)
    for name, fr in (("(1)", f1), ("(2)", f2), ("(3)", f3), ("(4)", f4)):
        chk_sum(r, fr[0], [fr[1], fr[6], fr[7]], f"{name} 年度总金额 = 小计 + 上年结转 + 其他")
        chk_sum(r, fr[1], fr[2:6], f"{name} 财政资金小计 = 中央 + 省 + 市 + 县")
    for i in range(8):
        chk_balance(r, f5[i], f3[i], f4[i], f"(5) col {i}")
        if D(f2[i]) == 0:
            r.err("implausible_rate", D(f6[i]) == 0 and D(f7[i]) == 0, f"zero-base rate col {i}")
        else:
            chk_rate(r, f6[i], f3[i], f2[i], f"(6) 到位率 col {i}")
            chk_rate(r, f7[i], f4[i], f2[i], f"(7) 执行率 col {i}")
    prov = get(t, r"年初预算中省级资金(\d+)万元")
    county = get(t, r"县级资金(\d+)万元")
    chk_same(r, prov, f1[3], "省级资金 text vs table")
    chk_same(r, county, f1[5], "县级资金 text vs table")
    n = get(t, r"核定补助校车(\d+)辆")
    chk_sum(r, n, parts_list(get(t, r"分别为(\d+辆(?:、\d+辆)+)"), "辆"), "各乡镇校车")
    std, fuel_std, mon = get(t, r"每车每年运营补助(\d+)万元、燃油补贴([\d.]+)万元，另安排校车动态监控服务费(\d+)万元")
    chk_sum(r, f1[0], [D(n) * D(std), D(n) * D(fuel_std), mon], "(1) 年初预算 = 运营 + 燃油 + 监控")
    paid = get(t, r"全年兑付([\d.]+)万元")
    chk_sum(r, f4[1], [D(n) * D(std), paid, mon], "(4) 小计 = 运营 + 燃油兑付 + 监控")
    chk_balance(r, f5[0], D(n) * D(fuel_std), paid, "结余 = 燃油预算 - 兑付")
    _, rows, tot = parse_table(t)
    table_checks(r, rows, tot)
    ex = row(rows, "预算执行率")
    chk_same(r, ex["actual"].rstrip("%"), f7[0], "执行率 table vs funds table")
    chk_same(r, num_of(row(rows, "补助校车数量（辆）")["actual"]), n, "校车数量 text vs table")
    chk_same(r, num_of(row(rows, "单车年运营补助")["actual"]), std, "单车补助 text vs table")
    daily = get(t, r"日均接送农村学生([\d,]+)人")
    chk_same(r, num_of(row(rows, "日均接送农村学生人数")["actual"]), daily, "日均接送 text vs table")
    chk_avg(r, get(t, r"平均每车每日接送(\d+)人"), [daily], "平均每车每日接送", count=n)
    sat = get(t, r"学生家长满意度([\d.]+)%")
    chk_same(r, num_of(row(rows, "学生家长满意度")["actual"]), sat, "满意度 text vs table")
    total = get(t, r"总得分([\d.]+)分")
    chk_same(r, tot["score"], total, "总分 text vs table")
    chk_grade(r, total, get(t, r"属于“(..)”"), "等级")
    d1 = get(t, r"燃油补贴结余扣([\d.]+)分")
    d2 = get(t, r"未达到目标值扣([\d.]+)分")
    r.err("score_sum_mismatch", D(d1) == D(ex["weight"]) - D(ex["score"]), "扣分 预算执行率")
    sr = row(rows, "学生家长满意度")
    r.err("score_sum_mismatch", D(d2) == D(sr["weight"]) - D(sr["score"]), "扣分 满意度")
    r.err("score_sum_mismatch", HUNDRED - D(d1) - D(d2) == D(total), "100 - 扣分 = 总分")
    chk_implausible_text(r, t)
    chk_years(r, t, Y)
    return r


def check_chengbu(t):
    r, Y = Result(), 2021
    budget = get(t, r"项目预算([\d.]+)万元，其中省级补助")
    prov, per = get(t, r"省级补助([\d.]+)万元（按每车(\d+)万元核定）")
    county = get(t, r"县级配套([\d,.]+)万元")
    chk_sum(r, budget, [prov, county], "项目预算 = 省级 + 县级")
    op, n, std = get(t, r"校车运营补助([\d.]+)万元（(\d+)辆×([\d.]+)万元/辆·年）")
    chk_product(r, prov, n, per, "省级补助 = 车辆 x 每车")
    care, ncare, monthly, months = get(t, r"照管员补贴([\d.]+)万元（(\d+)名照管员，每人每月(\d+)元，按(\d+)个月测算）")
    train = get(t, r"驾驶员安全培训经费([\d.]+)万元")
    chk_sum(r, budget, [op, care, train], "项目预算 = 运营 + 照管员 + 培训")
    chk_product(r, op, n, std, "运营补助 = 车辆 x 标准")
    chk_product(r, care, D(ncare) * D(monthly), months, "照管员补贴 = 人数 x 月标准 x 月数", scale=Decimal(1) / WAN)
    r.err("rate_mismatch", D(get(t, r"到位率(\d+)%")) == HUNDRED, "到位率 100%")
    spent = get(t, r"全年支出([\d.]+)万元")
    rate = get(t, r"执行率([\d.]+)%，其中")
    chk_rate(r, rate, spent, budget, "执行率")
    op_s, care_s, train_s = get(t, r"其中校车运营补助([\d.]+)万元、照管员补贴([\d.]+)万元、驾驶员培训([\d.]+)万元")
    chk_sum(r, spent, [op_s, care_s, train_s], "支出 = 三项")
    bal = get(t, r"年末结余([\d.]+)万元")
    chk_balance(r, bal, budget, spent, "年末结余")
    dec = get(t, r"12月份照管员补贴([\d.]+)万元")
    trb = get(t, r"培训经费结余([\d.]+)万元")
    chk_balance(r, dec, care, care_s, "照管员补贴结余")
    chk_balance(r, trb, train, train_s, "培训经费结余")
    chk_sum(r, bal, [dec, trb], "年末结余 = 照管员 + 培训")
    chk_product(r, dec, ncare, monthly, "12月照管员补贴 = 人数 x 月标准", scale=Decimal(1) / WAN)
    chk_sum(r, n, parts_list(get(t, r"分别为(\d+辆(?:、\d+辆)+)"), "辆"), "各乡镇校车")
    routes_s, routes = get(t, r"开通线路(\d+条(?:、\d+条)+)，共(\d+)条")
    chk_sum(r, routes, parts_list(routes_s, "条"), "各乡镇线路")
    carers = get(t, r"配备照管员(\d+)人")
    chk_same(r, carers, ncare, "照管员人数")
    daily = get(t, r"日均接送学生([\d,]+)人（2020年为")
    chk_avg(r, get(t, r"平均每车每日(\d+)人"), [daily], "平均每车每日", count=n)
    need = get(t, r"服务范围内义务教育学生([\d,]+)人")
    riders = get(t, r"其中乘坐校车([\d,]+)人")
    chk_same(r, riders, daily, "乘车学生 = 日均接送")
    cov = get(t, r"乘车覆盖率([\d.]+)%")
    chk_rate(r, cov, riders, need, "乘车覆盖率")
    iss, back, qr = get(t, r"共发放问卷(\d+)份，回收(\d+)份，回收率([\d.]+)%")
    chk_rate(r, qr, back, iss, "问卷回收率")
    sat_n, sat = get(t, r"“满意”的(\d+)份，满意率([\d.]+)%")
    chk_rate(r, sat, sat_n, back, "满意率")
    # funds block of the 自评表
    fl = get(t, r"(?m)^(年度资金总额\t.*)$").split("\t")
    fin = get(t, r"(?m)^(其中：当年财政拨款\t.*)$").split("\t")
    fcar = get(t, r"(?m)^(上年结转资金\t.*)$").split("\t")
    fot = get(t, r"(?m)^(其他资金\t.*)$").split("\t")
    for i in (1, 2, 3):
        chk_sum(r, fl[i], [fin[i], fcar[i], fot[i]], f"年度资金总额 col {i}")
    chk_rate(r, fl[5].rstrip("%"), fl[3], fl[2], "自评表执行率")
    chk_rate(r, fin[5].rstrip("%"), fin[3], fin[2], "自评表执行率(当年财政拨款)")
    chk_same(r, fl[1], budget, "年初预算 (年内未作调整)")
    chk_same(r, fl[2], budget, "全年预算 text vs table")
    chk_same(r, fl[3], spent, "全年执行 text vs table")
    chk_same(r, fl[5].rstrip("%"), rate, "执行率 text vs table")
    r.warn("score_rule_mismatch", agree(fl[6], D(fl[4]) * min(D(fl[3]) / D(fl[2]), Decimal(1))), "执行率得分")
    r.err("score_exceeds_weight", D(fl[6]) <= D(fl[4]), "执行率得分 <= 分值")
    _, rows, tot = parse_table(t)
    table_checks(r, rows, tot, extra_weight=fl[4], extra_score=fl[6])
    chk_same(r, num_of(row(rows, "补助校车数量")["actual"]), n, "校车数量 text vs table")
    chk_same(r, num_of(row(rows, "配备照管员人数")["actual"]), carers, "照管员 text vs table")
    chk_same(r, num_of(row(rows, "日均接送学生人数")["actual"]), daily, "日均接送 text vs table")
    chk_same(r, num_of(row(rows, "农村学生乘车覆盖率")["actual"]), cov, "覆盖率 text vs table")
    chk_same(r, num_of(row(rows, "学生及家长满意度")["actual"]), sat, "满意度 text vs table")
    chk_same(r, num_of(row(rows, "照管员月补贴标准")["actual"]), monthly, "照管员月补贴 text vs table")
    total = get(t, r"本项目得分([\d.]+)分")
    chk_same(r, tot["score"], total, "总分 text vs table")
    chk_grade(r, total, get(t, r"等级为“(.)”"), "等级")
    r.err("year_mismatch", int(get(t, r"补助资金于(\d{4})年12月24日")) == Y, "拨付年份")
    chk_implausible_text(r, t)
    chk_years(r, t, Y)
    return r


def check_zhalute(t):
    r, Y = Result(), 2024
    init = get(t, r"年初预算([\d,.]+)万元")
    add = get(t, r"追加燃油经费([\d.]+)万元")
    annual = get(t, r"全年预算([\d,.]+)万元。全年预算中")
    chk_sum(r, annual, [init, add], "全年预算 = 年初 + 追加")
    fiscal = get(t, r"当年财政拨款([\d,.]+)万元")
    carry = get(t, r"上年结转资金([\d.]+)万元")
    chk_sum(r, annual, [fiscal, carry], "全年预算 = 当年拨款 + 上年结转")
    basic, pers, pub, proj = get(t, r"基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元），项目支出([\d.]+)万元。")
    chk_sum(r, annual, [basic, proj], "全年预算 = 基本 + 项目")
    chk_sum(r, basic, [pers, pub], "基本支出 = 人员 + 公用")
    p1, n1, std, p1s = get(t, r"校车运营补助经费：预算([\d.]+)万元（(\d+)辆×([\d.]+)万元/辆·年），全年支出([\d.]+)万元")
    chk_product(r, p1, n1, std, "运营补助经费 = 车辆 x 标准")
    p2, f2, m2, p2s, f2s, m2s = get(t, r"校车燃油及维修保养经费：预算([\d.]+)万元，其中燃油费([\d.]+)万元、维修保养费([\d.]+)万元；全年支出([\d.]+)万元，其中燃油费([\d.]+)万元、维修保养费([\d.]+)万元")
    chk_sum(r, p2, [f2, m2], "燃油维修预算")
    chk_sum(r, p2s, [f2s, m2s], "燃油维修支出")
    p3, ins, per_car, mon, p3s, b3 = get(t, r"校车安全监管及保险经费：预算([\d.]+)万元，其中承运人责任险([\d.]+)万元（每车(\d+)元）、动态监控平台服务费([\d.]+)万元；全年支出([\d.]+)万元，结余([\d.]+)万元")
    chk_sum(r, p3, [ins, mon], "安全监管及保险预算")
    chk_balance(r, b3, p3, p3s, "安全监管及保险结余")
    chk_sum(r, proj, [p1, p2, p3], "项目支出 = 三个项目")
    spent, rate = get(t, r"全年支出([\d,.]+)万元，预算执行率([\d.]+)%")
    bs, pers_s, pub_s, brate, ps, prate = get(t, r"其中基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元），执行率([\d.]+)%；项目支出([\d.]+)万元，执行率([\d.]+)%")
    chk_sum(r, spent, [bs, ps], "支出 = 基本 + 项目")
    chk_sum(r, bs, [pers_s, pub_s], "基本支出 = 人员 + 公用")
    chk_sum(r, ps, [p1s, p2s, p3s], "项目支出 = 三个项目支出")
    chk_rate(r, rate, spent, annual, "预算执行率")
    chk_rate(r, brate, bs, basic, "基本支出执行率")
    chk_rate(r, prate, ps, proj, "项目支出执行率")
    chk_balance(r, get(t, r"年末结余([\d.]+)万元"), annual, spent, "年末结余")
    n = get(t, r"共有校车(\d+)辆")
    chk_same(r, n1, n, "校车数量 (运营补助经费)")
    chk_product(r, ins, n, per_car, "承运人责任险 = 车辆 x 每车(元)", scale=Decimal(1) / WAN)
    chk_same(r, get(t, r"保障(\d+)辆校车安全运营"), n, "校车数量 (年度目标)")
    chk_same(r, get(t, r"中心(\d+)辆校车全部通过"), n, "校车数量 (年检)")
    chk_sum(r, n, parts_list(get(t, r"分别运营校车(\d+辆(?:、\d+辆)+)"), "辆"), "各镇校车")
    chk_sum(r, get(t, r"开通线路(\d+)条，服务"), parts_list(get(t, r"开通线路(\d+条(?:、\d+条)+)"), "条"), "各镇线路")
    daily = get(t, r"日均接送学生([\d,]+)人（2023年为")
    chk_avg(r, get(t, r"平均每车每日接送(\d+)人"), [daily], "平均每车每日接送", count=n)
    need = get(t, r"需乘车的义务教育学生([\d,]+)人")
    cov = get(t, r"乘车覆盖率([\d.]+)%，")
    chk_rate(r, cov, daily, need, "乘车覆盖率")
    fuel_per = get(t, r"单车年均燃油费([\d.]+)万元")
    chk_avg(r, fuel_per, [f2s], "单车年均燃油费", count=n)
    a, b, c, avg = get(t, r"分别为([\d.]+)分、([\d.]+)分、([\d.]+)分，平均([\d.]+)分")
    chk_avg(r, avg, [a, b, c], "项目平均自评分")
    q, qs, qp = get(t, r"收回有效问卷([\d,]+)份，其中学生问卷(\d+)份、家长问卷(\d+)份")
    chk_sum(r, q, [qs, qp], "问卷份数")
    total, grade = get(t, r"自评得分([\d.]+)分，等级为“(.)”")
    chk_grade(r, total, grade, "等级")
    _, rows, tot = parse_table(t)
    table_checks(r, rows, tot)
    ex = row(rows, "预算执行率")
    chk_same(r, ex["actual"].rstrip("%"), rate, "执行率 text vs table")
    chk_same(r, num_of(row(rows, "运营校车数量")["actual"]), n, "校车数量 text vs table")
    chk_same(r, num_of(row(rows, "日均接送学生人数")["actual"]), daily, "日均接送 text vs table")
    chk_same(r, num_of(row(rows, "农村牧区学生乘车覆盖率")["actual"]), cov, "覆盖率 text vs table")
    chk_same(r, num_of(row(rows, "单车年均燃油费")["actual"]), fuel_per, "单车燃油费 text vs table")
    chk_same(r, tot["score"], total, "总分 text vs table")
    d1 = get(t, r"资金结转扣([\d.]+)分")
    d2 = get(t, r"未达到年度指标扣([\d.]+)分")
    cr = row(rows, "农村牧区学生乘车覆盖率")
    r.err("score_sum_mismatch", D(d1) == D(ex["weight"]) - D(ex["score"]), "扣分 预算执行率")
    r.err("score_sum_mismatch", D(d2) == D(cr["weight"]) - D(cr["score"]), "扣分 覆盖率")
    r.err("score_sum_mismatch", HUNDRED - D(d1) - D(d2) == D(total), "100 - 扣分 = 总分")
    chk_implausible_text(r, t)
    chk_years(r, t, Y)
    return r


CHECKS = {
    "ha-xichuan-xiaoche-2020": check_xichuan,
    "jx-anfu-xiaocheyunying-2022": check_anfu,
    "sx-daning-xiaochebuzhu-2018": check_daning,
    "hn-chengbu-xiaoche-2021": check_chengbu,
    "nm-zhalute-xiaochezhongxin-bumen-2024": check_zhalute,
}


# ----------------------------------------------------------------- main
def occurrences(text, value):
    out, i = [], text.find(value)
    while value and i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s


def main():
    problems = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if ln.strip()]
    codes = Counter()
    for lab in labels:
        for e in lab["expected"]:
            codes[e["code"]] += 1
    for code in sorted(ERROR_CODES):
        if codes[code] < 2:
            problems.append(f"code {code} used {codes[code]} times")
    for code in codes:
        if code not in ERROR_CODES:
            problems.append(f"unknown code {code}")
    seen_files = set(os.listdir(CASES))
    for lab in labels:
        name, pid = lab["case"], lab["source"]
        seen_files.discard(name)
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        try:
            res = CHECKS[pid](text)
        except AssertionError as exc:
            problems.append(f"{name}: extraction failed: {exc}")
            continue
        failed = {c for c, _ in res.fails}
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if res.fails or res.warns:
                problems.append(f"{name}: clean draft fails {res.fails + res.warns}")
            n = len(text)
            print(f"{name}: {n} chars, {res.count} checks pass")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        e = lab["expected"][0]
        if e["severity"] != "error":
            problems.append(f"{name}: severity {e['severity']}")
        occ = occurrences(text, e["value"])
        if len(occ) != 1:
            problems.append(f"{name}: value occurs {len(occ)} times (want exactly 1): {e['value']!r}")
        s, t_end = diff_region(clean, text)
        if s >= t_end:
            problems.append(f"{name}: identical to clean draft")
        elif not any(a < t_end and s < b for a, b in occ):
            problems.append(f"{name}: diff [{s},{t_end}) does not overlap the label value")
        if failed != {e["code"]}:
            problems.append(f"{name}: labelled {e['code']}, failing codes {sorted(failed)}: {res.fails}")
        else:
            print(f"{name}: {e['code']} fails as labelled ({res.fails[0][1]})")
    for extra in sorted(seen_files):
        problems.append(f"case file without label: {extra}")
    print("codes:", dict(sorted(codes.items())))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
