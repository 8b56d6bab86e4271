#!/usr/bin/env python3
"""Verify drafts497: standard library + decimal only.

For every case the figures are read back from the text (regular expressions tied to each
draft's wording, and a table reader for the ｜ / tab tables) and all arithmetic is redone
with Decimal and the tolerance of rules.md §8 (a stated value with d decimals matches a
computed value c iff |c - v| <= 0.5 * 10^-d). Checks per identity (rules.md §7):

  I1/I2 rates, I3 balances, I4 sums and products, I5 ranges, I6 weights, I7 scores,
  I8 completion (rules §5), I9 grades, I10 averages, I11 same quantity / same value,
  I13 units, I14 years.

Then: every clean draft has no error (and no warning); every error case has exactly the
labelled error code and no other; label values occur exactly once in their case and
overlap the single contiguous edit (<= 40 characters) against the clean draft; every code
of errors.md §A is used at least twice. Prints OK when all of this holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
NUM = r"[\d,]*\d(?:\.\d+)?"
CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
ZERO_RATE_OK = {"—", "-", "", "0", "0.00", "0%", "0.00%"}


class ParseError(Exception):
    pass


# ------------------------------------------------------------------ numbers
def D(s):
    return Decimal(str(s).replace(",", "").replace("%", "").strip())


def places(s):
    s = str(s).replace(",", "").replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def ok(stated, computed):
    """rules §8: stated string vs computed Decimal."""
    v = D(stated)
    tol = Decimal("0.5") * (Decimal(10) ** -places(stated)) + Decimal("1e-9")
    return abs(Decimal(computed) - v) <= tol


def same(a, b):
    """Two stated values of one quantity: equal within the coarser precision."""
    d = min(places(a), places(b))
    tol = Decimal("0.5") * (Decimal(10) ** -d) + Decimal("1e-9")
    return abs(D(a) - D(b)) <= tol


def is_num(s):
    return re.fullmatch(NUM + r"%?", str(s).strip()) is not None


def power_of_ten_off(v, c):
    if v == 0 or c == 0:
        return False
    r = Decimal(v) / Decimal(c)
    for f in (Decimal(10) ** 4, Decimal(10) ** 8):
        for g in (f, 1 / f):
            if abs(r - g) <= g * Decimal("1e-6"):
                return True
    return False


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


# ------------------------------------------------------------------ findings
class Findings:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def err(self, code, msg):
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    def codes(self):
        return sorted({c for c, _ in self.errors})


def one(text, pattern, flags=re.S):
    ms = list(re.finditer(pattern, text, flags))
    if len(ms) != 1:
        raise ParseError(f"pattern {pattern!r} matched {len(ms)} times")
    return ms[0]


# ------------------------------------------------------------------ identity helpers
def check_sum(F, total, parts, what, code="sum_mismatch"):
    c = sum((D(p) for p in parts), Decimal(0))
    if ok(total, c):
        return
    # one part or the total written in the wrong money unit (10^4 / 10^8)?
    for i, p in enumerate(parts):
        rest = c - D(p)
        if power_of_ten_off(D(p), D(total) - rest):
            F.err("unit_mismatch", f"{what}: part {p} off by a power of ten")
            return
    if power_of_ten_off(D(total), c):
        F.err("unit_mismatch", f"{what}: total {total} off by a power of ten")
        return
    F.err(code, f"{what}: {' + '.join(parts)} = {c}, stated {total}")


def check_amount(F, stated, computed, what, code):
    if ok(stated, computed):
        return
    if power_of_ten_off(D(stated), computed):
        F.err("unit_mismatch", f"{what}: {stated} vs {computed} (power of ten)")
        return
    F.err(code, f"{what}: computed {computed}, stated {stated}")


def check_rate(F, stated, num, den, what, code="rate_mismatch", capped=True):
    num, den = D(num), D(den)
    if den == 0:
        if stated.strip() not in ZERO_RATE_OK:
            F.err("implausible_rate", f"{what}: rate {stated} on a zero base")
        return
    if not is_num(stated):
        F.err(code, f"{what}: rate cell {stated!r} not a number")
        return
    c = num / den * 100
    if not ok(stated, c):
        F.err(code, f"{what}: {num}/{den} = {c:.4f}%, stated {stated}")
    if capped and (D(stated) > 100 or c > 100 or D(stated) < 0):
        F.err("implausible_rate", f"{what}: rate {stated} outside [0, 100]")


def check_same(F, a, b, what):
    if same(a, b):
        return
    if power_of_ten_off(D(a), D(b)):
        F.err("unit_mismatch", f"{what}: {a} vs {b} (power of ten)")
        return
    F.err("conflicting_values", f"{what}: {a} vs {b}")


def check_average(F, stated, items, what):
    c = sum((D(i) for i in items), Decimal(0)) / len(items)
    if not ok(stated, c):
        F.err("average_mismatch", f"{what}: mean {c}, stated {stated}")


def check_grade(F, total, word, what="grade"):
    g = GRADE_WORDS[word]
    if g != grade_of(total):
        F.err("grade_mismatch", f"{what}: total {total} is {grade_of(total)}, stated {word}")


def check_year_later(F, year, Y, what):
    if int(year) <= Y:
        F.err("year_mismatch", f"{what}: {year} not after evaluation year {Y}")


def check_year_equal(F, year, Y, what):
    if int(year) != Y:
        F.err("year_mismatch", f"{what}: {year} is not the evaluation year {Y}")


# ------------------------------------------------------------------ tables
def read_table(text, header_prefix, sep):
    lines = text.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith(header_prefix)]
    if len(idx) != 1:
        raise ParseError(f"table header {header_prefix!r} found {len(idx)} times")
    i = idx[0]
    hdr = lines[i].split(sep)
    rows = []
    for l in lines[i + 1:]:
        if not l.strip() or sep not in l:
            break
        cells = l.split(sep)
        if len(cells) != len(hdr):
            raise ParseError(f"row {l!r}: {len(cells)} cells, header has {len(hdr)}")
        rows.append(dict(zip(hdr, cells)))
    return rows


def row(rows, key, col):
    rs = [r for r in rows if r[col] == key]
    if len(rs) != 1:
        raise ParseError(f"row {key!r} found {len(rs)} times")
    return rs[0]


SIGNS = {"≥": "gte", "≤": "lte", "=": "eq", "＝": "eq", ">=": "gte", "<=": "lte",
         "＞＝": "gte", "＜＝": "lte"}


def parse_value(s):
    """'≥360次' -> ('gte', '360', '次'); '100%' -> ('eq', '100', '%'); qualitative -> None."""
    m = re.fullmatch(r"(≥|≤|=|＝|>=|<=|＞＝|＜＝)?\s*(" + NUM + r")\s*(.*)", s.strip())
    if not m:
        return None
    return SIGNS.get(m.group(1), "eq") if m.group(1) else "eq", m.group(2), m.group(3).strip()


def check_indicator(F, name, target, actual, comp, weight, score, direction=None, unit=None):
    """One indicator row (rules §5, I7, I8, I13). direction/unit given for tables that have
    指标性质 / 度量单位 columns (then target and actual are bare numbers)."""
    w, sc = D(weight), D(score)
    if sc > w or sc < 0:
        F.err("score_exceeds_weight", f"{name}: score {score} outside [0, {weight}]")
    if direction == "定性" or (direction is None and parse_value(target) is None):
        if comp.strip() not in ("—", ""):
            F.warn("completion_on_qualitative", f"{name}: {comp}")
        return
    if direction is not None:
        t = (SIGNS[direction], target.strip(), unit)
        a = parse_value(actual)
        a = (a[0], a[1], unit) if a and a[2] == "" else a
    else:
        t = parse_value(target)
        a = parse_value(actual)
    if a is None or a[2] != t[2]:
        F.err("unit_mismatch", f"{name}: target {target!r} vs actual {actual!r}")
        return
    kind, T, A = t[0], D(t[1]), D(a[1])
    if kind == "eq" and T == 0:
        if comp.strip() not in ZERO_RATE_OK:
            F.err("implausible_rate", f"{name}: completion {comp} on a zero target")
        expect = w if A <= 0 else Decimal(0)
        if not ok(score, expect):
            F.warn("score_rule_mismatch", f"{name}: expected {expect}, stated {score}")
        return
    if kind == "lte":
        c = Decimal(100) if A <= T else T / A * 100
    else:
        c = A / T * 100 if A > 0 else Decimal(0)
    if not is_num(comp):
        F.warn("missing_figure", f"{name}: completion {comp!r}")
        stated_c = None
    else:
        stated_c = D(comp)
        if not ok(comp, c):
            F.err("completion_mismatch", f"{name}: completion {c:.4f}%, stated {comp}")
    exp1 = w * min(c, Decimal(100)) / 100
    good = ok(score, exp1)
    if stated_c is not None:
        good = good or ok(score, w * min(stated_c, Decimal(100)) / 100)
    if not good:
        F.warn("score_rule_mismatch", f"{name}: expected {exp1:.4f}, stated {score}")


def check_exec_score(F, rate_computed, weight, score, what):
    w, sc = D(weight), D(score)
    if sc > w or sc < 0:
        F.err("score_exceeds_weight", f"{what}: score {score} outside [0, {weight}]")
    exp = w * min(rate_computed, Decimal(100)) / 100
    if not ok(score, exp):
        F.warn("score_rule_mismatch", f"{what}: expected {exp:.4f}, stated {score}")


def scores_and_weights(F, rows_w_s, total_w, total_s_list, what):
    """rows_w_s: list of (weight, score) strings incl. execution."""
    sw = sum((D(w) for w, _ in rows_w_s), Decimal(0))
    ss = sum((D(s) for _, s in rows_w_s), Decimal(0))
    if total_w is not None and not ok(total_w, sw):
        F.err("weight_sum_mismatch", f"{what}: weights add up to {sw}, stated {total_w}")
    if sw != 100:
        F.err("weight_sum_mismatch", f"{what}: weights add up to {sw}, not 100")
    for ts in total_s_list:
        if not ok(ts, ss):
            F.err("score_sum_mismatch", f"{what}: scores add up to {ss}, stated {ts}")
    return sw, ss


def eval_year(text):
    m = re.search(r"(\d{4})年度", text)   # first "YYYY年度" = the title
    return int(m.group(1))


# ================================================================== A 都昌 2021
def check_duchang(t):
    F = Findings()
    Y = eval_year(t)
    g = lambda p: one(t, p).groups()
    init, = g(r"年初预算(" + NUM + r")万元，均为县级当年财政拨款")
    carry, = g(r"调入上年结转的采区视频监控升级资金(" + NUM + r")万元")
    add, = g(r"追加执法船艇燃油及维修经费(" + NUM + r")万元")
    annual, = g(r"调整后全年预算(" + NUM + r")万元")
    check_sum(F, annual, [init, carry, add], "全年预算 = 年初 + 结转 + 追加")
    spent, rate = g(r"全年执行(" + NUM + r")万元，预算执行率(" + NUM + r")%")
    check_rate(F, rate, spent, annual, "prose 执行率")
    unexec, cf, cfy, rest = g(r"未执行的(" + NUM + r")万元中，采区电子围栏建设尾款(" + NUM +
                              r")万元.*?结转至(\d{4})年.*?其余(" + NUM + r")万元")
    check_amount(F, unexec, D(annual) - D(spent), "未执行 = 全年预算 − 执行", "balance_mismatch")
    check_sum(F, unexec, [cf, rest], "未执行 = 结转 + 收回")
    check_year_later(F, cfy, Y, "结转至")

    fr = read_table(t, "资金来源｜年初预算数", "｜")
    tot = row(fr, "年度资金总额", "资金来源")
    parts = [row(fr, k, "资金来源") for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    for col in ("年初预算数", "全年预算数", "全年执行数"):
        check_sum(F, tot[col], [p[col] for p in parts], f"funds table {col}")
    for r in [tot] + parts:
        check_rate(F, r["执行率"], r["全年执行数"], r["全年预算数"], f"funds {r['资金来源']}")
    if D(tot["全年预算数"]) != 0:
        check_exec_score(F, D(tot["全年执行数"]) / D(tot["全年预算数"]) * 100, tot["分值"], tot["得分"],
                         "execution score")
    check_same(F, init, tot["年初预算数"], "年初预算 prose/table")
    check_same(F, annual, tot["全年预算数"], "全年预算 prose/table")
    check_same(F, spent, tot["全年执行数"], "执行 prose/table")
    check_same(F, rate, tot["执行率"], "执行率 prose/table")
    check_same(F, carry, parts[1]["全年预算数"], "上年结转 prose/table")
    check_sum(F, parts[0]["全年预算数"], [init, add], "当年财政拨款 = 年初 + 追加")

    vol, v1, v2 = g(r"共统一开采砂石(" + NUM + r")万吨，其中一标段（多宝水域）(" + NUM +
                    r")万吨、二标段（周溪水域）(" + NUM + r")万吨")
    check_sum(F, vol, [v1, v2], "开采量 = 一标段 + 二标段")
    price, punit, revenue = g(r"出让单价经公开竞价确定为(" + NUM + r")(万?元)/吨，全年砂石资源收入(" +
                              NUM + r")万元")
    factor = Decimal(10000) if punit == "万元" else Decimal(1)
    check_amount(F, revenue, D(vol) * D(price) * factor, "收入 = 开采量 × 单价", "sum_mismatch")
    ucost, = g(r"全年单位砂石监管成本(" + NUM + r")元/吨")
    check_average(F, ucost, [D(tot["全年执行数"]) / D(vol)], "单位监管成本 = 执行数 / 开采量")
    patrol, = g(r"全年开展河道巡查(" + NUM + r")次")
    cases, c1, c2, c3, avg = g(r"全年查处非法采砂案件(" + NUM + r")起，3个执法中队分别查处(" + NUM +
                               r")起、(" + NUM + r")起、(" + NUM + r")起，平均每个中队(" + NUM + r")起")
    check_sum(F, cases, [c1, c2, c3], "案件 = 三个中队之和")
    check_average(F, avg, [c1, c2, c3], "平均每个中队")
    fine_w, fine_y = g(r"罚没款(" + NUM + r")万元（(" + NUM + r")元）")
    check_same(F, fine_w, str(D(fine_y) / 10000), "罚没款 万元/元")
    n_acc, n_ok, r_ok = g(r"全年完成采后河床平整验收(" + NUM + r")处，合格(" + NUM + r")处，合格率(" +
                          NUM + r")%")
    check_rate(F, r_ok, n_ok, n_acc, "平整验收合格率")
    shore, shore_rest, sy = g(r"完成采砂河段岸线修复(" + NUM + r")公里.*?其余(" + NUM +
                              r")公里推迟至(\d{4})年")
    check_year_later(F, sy, Y, "推迟至")
    q_n, q_s, q_r = g(r"回收有效问卷(" + NUM + r")份，表示满意的(" + NUM + r")份，满意度(" + NUM + r")%")
    check_rate(F, q_r, q_s, q_n, "满意度")

    ir = read_table(t, "一级指标｜二级指标", "｜")
    body = [r for r in ir if r["一级指标"] != "合计"]
    total_row = row(ir, "合计", "一级指标")
    for r in body:
        check_indicator(F, r["三级指标"], r["年度指标值"], r["实际完成值"], r["完成率"], r["分值"], r["得分"])
    ind = {r["三级指标"]: r for r in body}
    num_of = lambda s: parse_value(s)[1] if parse_value(s) else s
    check_same(F, patrol, num_of(ind["河道巡查次数"]["实际完成值"]), "巡查次数 prose/table")
    check_same(F, cases, num_of(ind["查处非法采砂案件数"]["实际完成值"]), "案件 prose/table")
    check_same(F, vol, num_of(ind["统一开采砂石量"]["实际完成值"]), "开采量 prose/table")
    check_same(F, revenue, num_of(ind["砂石资源收入缴入国库"]["实际完成值"]), "收入 prose/table")
    check_same(F, ucost, num_of(ind["单位砂石监管成本"]["实际完成值"]), "单位成本 prose/table")
    check_same(F, r_ok, num_of(ind["采后河床平整验收合格率"]["实际完成值"]), "合格率 prose/table")
    check_same(F, shore, num_of(ind["采砂河段岸线修复长度"]["实际完成值"]), "岸线修复 prose/table")
    check_sum(F, num_of(ind["采砂河段岸线修复长度"]["年度指标值"]), [shore, shore_rest],
              "岸线目标 = 已修复 + 推迟")
    check_same(F, q_r, num_of(ind["沿河群众满意度"]["实际完成值"]), "满意度 prose/table")
    total_p, grade = g(r"综合自评得分(" + NUM + r")分，评价等级为(优秀|良好|优|良|中|差)")
    ws = [(tot["分值"], tot["得分"])] + [(r["分值"], r["得分"]) for r in body]
    scores_and_weights(F, ws, total_row["分值"], [total_row["得分"], total_p], "自评表")
    check_grade(F, total_p, grade)
    return F


# ================================================================== B 平南 2022
def check_pingnan(t):
    F = Findings()
    Y = eval_year(t)
    g = lambda p: one(t, p).groups()
    fr = read_table(t, "项目\t行次", "\t")
    R = {r["项目"]: r for r in fr}
    cols = ["年度总金额", "财政资金小计", "自治区级", "市级", "县级", "上年结转资金", "其他资金"]
    r1, r2, r3, r4 = R["年初预算资金"], R["全年预算资金"], R["实际到位资金"], R["全年执行资金"]
    for r in (r1, r2, r3, r4):
        check_sum(F, r["年度总金额"], [r["财政资金小计"], r["上年结转资金"], r["其他资金"]],
                  f"{r['项目']} 总额")
        check_sum(F, r["财政资金小计"], [r["自治区级"], r["市级"], r["县级"]], f"{r['项目']} 财政小计")
    for c in cols:
        check_amount(F, R["资金结余"][c], D(r3[c]) - D(r4[c]), f"结余 (5)=(3)-(4) {c}", "balance_mismatch")
        check_rate(F, R["预算到位率(%)"][c], r3[c], r2[c], f"到位率 (6) {c}")
        check_rate(F, R["预算执行率(%)"][c], r4[c], r2[c], f"执行率 (7) {c}")
    init, reg, cty = g(r"年初预算(" + NUM + r")万元，其中自治区河道采砂管理补助资金(" + NUM +
                       r")万元、县级财政安排(" + NUM + r")万元")
    check_sum(F, init, [reg, cty], "年初 = 自治区 + 县级")
    check_same(F, init, r1["年度总金额"], "年初 prose/table")
    check_same(F, reg, r1["自治区级"], "自治区 prose/table")
    check_same(F, cty, r1["县级"], "县级 prose/table")
    carry, annual = g(r"调入上年结转资金(" + NUM + r")万元，调整后全年预算(" + NUM + r")万元")
    check_sum(F, annual, [init, carry], "全年 = 年初 + 结转")
    check_same(F, annual, r2["年度总金额"], "全年 prose/table")
    check_same(F, carry, r2["上年结转资金"], "结转 prose/table")
    if "资金全部到位" in t:
        check_rate(F, "100", r3["年度总金额"], r2["年度总金额"], "资金全部到位")
    spent, rate = g(r"全年执行(" + NUM + r")万元，执行率(" + NUM + r")%")
    check_same(F, spent, r4["年度总金额"], "执行 prose/table")
    check_rate(F, rate, spent, annual, "prose 执行率")
    bal, by = g(r"结余(" + NUM + r")万元均为县级资金.*?结转至(\d{4})年")
    check_amount(F, bal, D(r3["年度总金额"]) - D(r4["年度总金额"]), "结余 prose", "balance_mismatch")
    check_amount(F, bal, D(r3["县级"]) - D(r4["县级"]), "结余均为县级", "balance_mismatch")
    check_year_later(F, by, Y, "结转至")
    total_p, grade = g(r"本项目自评总得分(" + NUM + r")分，属于“(优秀|良好|优|良|中|差)”")
    vol, a1, a2, a3 = g(r"统一开采河砂(" + NUM + r")万立方米，分别为大安可采区(" + NUM +
                        r")万立方米、丹竹可采区(" + NUM + r")万立方米、武林可采区(" + NUM + r")万立方米")
    check_sum(F, vol, [a1, a2, a3], "开采量 = 三个可采区之和")
    price, punit, revenue = g(r"平均出让价格(" + NUM + r")(万?元)/立方米，全年砂石资源出让收入(" + NUM +
                              r")万元")
    factor = Decimal(10000) if punit == "万元" else Decimal(1)
    check_amount(F, revenue, D(vol) * D(price) * factor, "收入 = 开采量 × 单价", "sum_mismatch")
    py, prev, growth = g(r"比(\d{4})年的(" + NUM + r")万元增长(" + NUM + r")%")
    if int(py) != Y - 1:
        F.err("year_mismatch", f"growth base year {py}")
    check_rate(F, growth, D(revenue) - D(prev), prev, "增长率", capped=False)
    persons, = g(r"全年出动巡查人员(" + NUM + r")人次")
    n_case, n_closed, r_closed = g(r"立案查处非法采砂案件(" + NUM + r")起，结案(" + NUM + r")起，结案率(" +
                                   NUM + r")%")
    check_rate(F, r_closed, n_closed, n_case, "结案率")
    log_r, log_gap = g(r"监管日志按日上报率(" + NUM + r")%，较年度目标低(" + NUM + r")个百分点")
    q_n, q_s, q_r = g(r"抽样调查沿江群众(" + NUM + r")人，表示满意的(" + NUM + r")人，满意度(" + NUM + r")%")
    check_rate(F, q_r, q_s, q_n, "满意度")
    an_rate, = g(r"预算执行率(" + NUM + r")%，主要是")

    ir = read_table(t, "一级指标\t二级指标", "\t")
    body = [r for r in ir if r["一级指标"] != "合计"]
    total_row = row(ir, "合计", "一级指标")
    for r in body:
        check_indicator(F, r["三级指标"], r["目标值"], r["业绩值"], r["完成率"], r["权重"], r["得分"])
    ind = {r["三级指标"]: r for r in body}
    num_of = lambda s: parse_value(s)[1] if parse_value(s) else s
    ex = ind["预算执行率"]
    check_same(F, num_of(ex["业绩值"]), R["预算执行率(%)"]["年度总金额"], "执行率 indicator/funds table")
    check_same(F, rate, num_of(ex["业绩值"]), "执行率 prose/indicator")
    check_same(F, an_rate, num_of(ex["业绩值"]), "执行率 analysis/indicator")
    check_exec_score(F, D(r4["年度总金额"]) / D(r2["年度总金额"]) * 100, ex["权重"], ex["得分"], "execution score")
    check_same(F, persons, num_of(ind["巡查人次"]["业绩值"]), "巡查人次 prose/table")
    check_same(F, vol, num_of(ind["统一开采砂石量"]["业绩值"]), "开采量 prose/table")
    check_same(F, r_closed, num_of(ind["非法采砂案件结案率"]["业绩值"]), "结案率 prose/table")
    check_same(F, log_r, num_of(ind["监管日志按日上报率"]["业绩值"]), "日志上报率 prose/table")
    check_amount(F, log_gap, D(num_of(ind["监管日志按日上报率"]["目标值"])) - D(log_r),
                 "低于目标的百分点", "conflicting_values")
    check_same(F, revenue, num_of(ind["砂石出让收入上缴国库"]["业绩值"]), "收入 prose/table")
    check_same(F, q_r, num_of(ind["沿江群众满意度"]["业绩值"]), "满意度 prose/table")
    ws = [(r["权重"], r["得分"]) for r in body]
    scores_and_weights(F, ws, total_row["权重"], [total_row["得分"], total_p], "自评表")
    check_grade(F, total_p, grade)
    return F


# ================================================================== C 尤溪 2023 部门整体
def check_youxi(t):
    F = Findings()
    Y = eval_year(t)
    g = lambda p: one(t, p).groups()
    init, annual, fiscal, other, spent, rate = g(
        r"收入预算年初数(" + NUM + r")万元，全年预算数(" + NUM + r")万元，其中财政拨款(" + NUM +
        r")万元、其他收入(" + NUM + r")万元；全年支出(" + NUM + r")万元，整体预算执行率(" + NUM + r")%")
    check_sum(F, annual, [fiscal, other], "全年预算 = 财政拨款 + 其他收入")
    check_rate(F, rate, spent, annual, "prose 整体执行率")
    er = read_table(t, "项目｜年初预算数", "｜")
    E = {r["项目"]: r for r in er}
    tot, basic, pers, pub, proj, p1, p2 = (E[k] for k in (
        "合计", "基本支出", "其中：人员经费", "公用经费", "项目支出", "其中：河道采砂执法巡查专项", "砂石统一开采监管专项"))
    for col in ("年初预算数", "全年预算数", "全年执行数"):
        check_sum(F, tot[col], [basic[col], proj[col]], f"合计 {col}")
        check_sum(F, basic[col], [pers[col], pub[col]], f"基本支出 {col}")
        check_sum(F, proj[col], [p1[col], p2[col]], f"项目支出 {col}")
    for r in er:
        check_rate(F, r["执行率"], r["全年执行数"], r["全年预算数"], f"执行率 {r['项目']}")
    check_same(F, init, tot["年初预算数"], "年初 prose/table")
    check_same(F, annual, tot["全年预算数"], "全年 prose/table")
    check_same(F, spent, tot["全年执行数"], "执行 prose/table")
    check_same(F, rate, tot["执行率"], "执行率 prose/table")
    staff, = g(r"实有在编人员(" + NUM + r")名")
    staff2, per_head = g(r"人员经费按(" + NUM + r")名在编人员计算人均(" + NUM + r")万元")
    check_same(F, staff, staff2, "在编人数")
    check_average(F, per_head, [D(pers["全年执行数"]) / D(staff2)], "人均人员经费")
    bal, by = g(r"年末结转结余(" + NUM + r")万元.*?结转至(\d{4})年")
    check_amount(F, bal, D(tot["全年预算数"]) - D(tot["全年执行数"]), "结转结余 = 全年预算 − 执行",
                 "balance_mismatch")
    check_year_later(F, by, Y, "结转至")
    sg_b, sg_s, sg_r, car, rec, abroad = g(
        r"“三公”经费预算(" + NUM + r")万元，实际支出(" + NUM + r")万元，控制率(" + NUM +
        r")%，其中公务用车运行维护费(" + NUM + r")万元、公务接待费(" + NUM + r")万元、因公出国（境）费(" + NUM + r")万元")
    check_rate(F, sg_r, sg_s, sg_b, "三公控制率")
    check_sum(F, sg_s, [car, rec, abroad], "三公 = 车 + 接待 + 出国")
    patrol, q1, q2, q3, avg = g(r"全年开展河道日常巡查(" + NUM + r")次，3个执法小组分别巡查(" + NUM + r")次、(" +
                                NUM + r")次、(" + NUM + r")次，平均每组(" + NUM + r")次")
    check_sum(F, patrol, [q1, q2, q3], "巡查 = 三个小组之和")
    check_average(F, avg, [q1, q2, q3], "平均每组")
    cases, = g(r"查处非法采砂案件(" + NUM + r")起")
    fine_w, fine_y = g(r"罚没款(" + NUM + r")万元（(" + NUM + r")元）")
    check_same(F, fine_w, str(D(fine_y) / 10000), "罚没款 万元/元")
    vol, price, punit, revenue = g(r"统一开采河砂(" + NUM + r")万吨，按中标单价(" + NUM + r")(万?元)/吨计，砂石资源收入(" +
                                   NUM + r")万元")
    factor = Decimal(10000) if punit == "万元" else Decimal(1)
    check_amount(F, revenue, D(vol) * D(price) * factor, "收入 = 开采量 × 单价", "sum_mismatch")
    online, = g(r"全年平均在线率(" + NUM + r")%")
    days, = g(r"采砂许可平均办结时间(" + NUM + r")个工作日")
    q_n, q_s, q_r = g(r"发放问卷(" + NUM + r")份，表示满意的(" + NUM + r")份，满意度(" + NUM + r")%")
    check_rate(F, q_r, q_s, q_n, "满意度")

    ir = read_table(t, "一级指标｜二级指标", "｜")
    body = [r for r in ir if r["一级指标"] != "合计"]
    total_row = row(ir, "合计", "一级指标")
    for r in body:
        check_indicator(F, r["三级指标"], r["指标值"], r["实际完成值"], r["完成率"], r["分值"], r["得分"])
    ind = {r["三级指标"]: r for r in body}
    num_of = lambda s: parse_value(s)[1] if parse_value(s) else s
    ex = ind["部门整体预算执行率"]
    check_same(F, num_of(ex["实际完成值"]), tot["执行率"], "执行率 indicator/table")
    check_exec_score(F, D(tot["全年执行数"]) / D(tot["全年预算数"]) * 100, ex["分值"], ex["得分"], "execution score")
    check_same(F, patrol, num_of(ind["河道日常巡查次数"]["实际完成值"]), "巡查 prose/table")
    check_same(F, cases, num_of(ind["查处非法采砂案件"]["实际完成值"]), "案件 prose/table")
    check_same(F, vol, num_of(ind["统一开采砂石量"]["实际完成值"]), "开采量 prose/table")
    check_same(F, sg_r, num_of(ind["“三公”经费控制率"]["实际完成值"]), "三公控制率 prose/table")
    check_same(F, online, num_of(ind["可采区视频监控在线率"]["实际完成值"]), "在线率 prose/table")
    check_same(F, days, num_of(ind["采砂许可办结时限"]["实际完成值"]), "办结时间 prose/table")
    check_same(F, pub["全年执行数"], num_of(ind["公用经费支出"]["实际完成值"]), "公用经费 table/table")
    check_same(F, revenue, num_of(ind["砂石资源收入缴库金额"]["实际完成值"]), "收入 prose/table")
    check_same(F, q_r, num_of(ind["沿河村民满意度"]["实际完成值"]), "满意度 prose/table")
    total_p, grade = g(r"绩效自评得分(" + NUM + r")分，评价等级为(优秀|良好|优|良|中|差)")
    ws = [(r["分值"], r["得分"]) for r in body]
    scores_and_weights(F, ws, total_row["分值"], [total_row["得分"], total_p], "自评表")
    check_grade(F, total_p, grade)
    return F


# ================================================================== D 息县 2019 (prose)
def check_xixian(t):
    F = Findings()
    Y = eval_year(t)
    g = lambda p: one(t, p).groups()
    init, add, annual, recv, recv_r = g(
        r"年初批复河道采砂管理经费(" + NUM + r")万元，年中追加采砂船只集中停靠点看护经费(" + NUM + r")万元，全年预算(" +
        NUM + r")万元，实际到位(" + NUM + r")万元，到位率(" + NUM + r")%")
    check_sum(F, annual, [init, add], "全年 = 年初 + 追加")
    check_rate(F, recv_r, recv, annual, "到位率")
    cy, spent, rate, bal = g(r"截至(\d{4})年12月31日，项目支出(" + NUM + r")万元，预算执行率(" + NUM +
                             r")%，结余(" + NUM + r")万元")
    check_year_equal(F, cy, Y, "截至")
    check_rate(F, rate, spent, annual, "执行率")
    check_amount(F, bal, D(recv) - D(spent), "结余 = 到位 − 支出", "balance_mismatch")
    s1, s2, s3, s4 = g(r"支出中，巡查执法费(" + NUM + r")万元、停靠点看护费(" + NUM + r")万元、采砂计量监控运维费(" +
                       NUM + r")万元、河道砂石储量勘测费(" + NUM + r")万元")
    check_sum(F, spent, [s1, s2, s3, s4], "支出 = 四项之和")
    vol, price, punit, revenue = g(r"统一开采河砂(" + NUM + r")万吨，按公开拍卖确定的单价(" + NUM +
                                   r")(万?元)/吨计，砂石资源收入(" + NUM + r")万元")
    factor = Decimal(10000) if punit == "万元" else Decimal(1)
    check_amount(F, revenue, D(vol) * D(price) * factor, "收入 = 开采量 × 单价", "sum_mismatch")
    patrol, persons, avg = g(r"全年开展河道巡查(" + NUM + r")次，共出动执法人员(" + NUM + r")人次，平均每次(" +
                             NUM + r")人")
    check_average(F, avg, [D(persons) / D(patrol)], "平均每次出动人数")
    cases, = g(r"全年查处非法采砂案件(" + NUM + r")起")
    boats, docked, dock_r = g(r"全县登记采砂船只(" + NUM + r")艘，在集中停靠点停靠(" + NUM + r")艘，集中停靠率(" +
                              NUM + r")%")
    check_rate(F, dock_r, docked, boats, "集中停靠率")
    q_n, q_s, q_r = g(r"收回有效问卷(" + NUM + r")份，表示满意的(" + NUM + r")份，满意度(" + NUM + r")%")
    check_rate(F, q_r, q_s, q_n, "满意度")
    ry, rep_now, py, rep_prev = g(r"(\d{4})年共受理非法采砂举报(" + NUM + r")件，(\d{4})年为(" + NUM + r")件")
    check_year_equal(F, ry, Y, "举报年份")
    if int(py) != Y - 1:
        F.err("year_mismatch", f"previous-year figure dated {py}")

    # indicator blocks
    heads = list(re.finditer(r"（[一二三四]）(预算执行指标|产出指标|效益指标|满意度指标)（分值(" + NUM +
                             r")分，得分(" + NUM + r")分）", t))
    if [h.group(1) for h in heads] != ["预算执行指标", "产出指标", "效益指标", "满意度指标"]:
        raise ParseError("indicator blocks")
    end = t.index("五、自评结论")
    pat = re.compile(r"([^。；：\n]+)：年度指标值([^，]+)，实际完成([^，]+)，完成率([^，]+)，分值(" + NUM +
                     r")分，得分(" + NUM + r")分")
    ind = {}
    block_w = []
    all_ws = []
    for i, h in enumerate(heads):
        seg = t[h.end(): heads[i + 1].start() if i + 1 < len(heads) else end]
        rows = pat.findall(seg)
        if h.group(1) == "预算执行指标":
            if rows:
                raise ParseError("execution block has indicator rows")
            b, s = g(r"全年预算(" + NUM + r")万元，支出(" + NUM + r")万元，按执行率计算得分")
            check_same(F, b, annual, "执行指标 预算 / 资金部分")
            check_same(F, s, spent, "执行指标 支出 / 资金部分")
            check_exec_score(F, D(spent) / D(annual) * 100, h.group(2), h.group(3), "execution score")
            rows_ws = [(h.group(2), h.group(3))]
        else:
            if not rows:
                raise ParseError(f"no rows in {h.group(1)}")
            rows_ws = []
            for name, tg, ac, cp, w, s in rows:
                name = name.split("。")[-1].strip()
                check_indicator(F, name, tg, ac, cp, w, s)
                ind[name] = (tg, ac)
                rows_ws.append((w, s))
        sw = sum((D(w) for w, _ in rows_ws), Decimal(0))
        ss = sum((D(s) for _, s in rows_ws), Decimal(0))
        if not ok(h.group(2), sw):
            F.err("weight_sum_mismatch", f"{h.group(1)}: weights {sw}, stated {h.group(2)}")
        if not ok(h.group(3), ss):
            F.err("score_sum_mismatch", f"{h.group(1)}: scores {ss}, stated {h.group(3)}")
        block_w.append((h.group(2), h.group(3)))
        all_ws += rows_ws
    if len(ind) != 9:
        raise ParseError(f"{len(ind)} indicators read")
    total_p, grade = g(r"综合自评得分(" + NUM + r")分，等级为(优秀|良好|优|良|中|差)")
    # totals from the rows and from the blocks
    scores_and_weights(F, all_ws, None, [total_p], "rows")
    sw = sum((D(w) for w, _ in block_w), Decimal(0))
    if sw != 100:
        F.err("weight_sum_mismatch", f"block weights add up to {sw}")
    ss = sum((D(s) for _, s in block_w), Decimal(0))
    if not ok(total_p, ss):
        F.err("score_sum_mismatch", f"block scores add up to {ss}, stated {total_p}")
    check_grade(F, total_p, grade)
    num_of = lambda s: parse_value(s)[1] if parse_value(s) else s
    check_same(F, patrol, num_of(ind["河道巡查次数"][1]), "巡查 prose/indicator")
    check_same(F, cases, num_of(ind["查处非法采砂案件"][1]), "案件 prose/indicator")
    check_same(F, dock_r, num_of(ind["采砂船只集中停靠率"][1]), "停靠率 prose/indicator")
    check_same(F, s3, num_of(ind["采砂计量监控运维费"][1]), "运维费 funds/indicator")
    check_same(F, revenue, num_of(ind["砂石资源收入缴库"][1]), "收入 prose/indicator")
    check_same(F, q_r, num_of(ind["沿河群众满意度"][1]), "满意度 prose/indicator")
    dec = ind["非法采砂举报数较上年下降率"][1]
    check_rate(F, num_of(dec), D(rep_prev) - D(rep_now), rep_prev, "举报下降率", capped=False)
    return F


# ================================================================== E 汉滨 2025
def check_hanbin(t):
    F = Findings()
    Y = eval_year(t)
    g = lambda p: one(t, p).groups()
    init, prov, annual, cy = g(r"年初区级财政预算安排(" + NUM + r")万元；7月省级下达河湖管护补助资金(" + NUM +
                               r")万元用于采砂监管，调整后全年预算(" + NUM + r")万元，截至(\d{4})年12月31日全部到位")
    check_sum(F, annual, [init, prov], "全年 = 年初 + 省级")
    check_year_equal(F, cy, Y, "截至")
    spent, rate, u1, u2, u3, u4 = g(
        r"全年执行(" + NUM + r")万元，预算执行率(" + NUM + r")%，分别用于无人机巡查服务费(" + NUM +
        r")万元、可采区视频监控运维费(" + NUM + r")万元、巡查执法及船艇运行费(" + NUM + r")万元、开采量计量核定服务费(" +
        NUM + r")万元")
    check_rate(F, rate, spent, annual, "prose 执行率")
    check_sum(F, spent, [u1, u2, u3, u4], "执行 = 四项用途之和")
    bal, by = g(r"结余(" + NUM + r")万元为区级资金.*?结转至(\d{4})年")
    check_amount(F, bal, D(annual) - D(spent), "结余 = 全年 − 执行", "balance_mismatch")
    check_year_later(F, by, Y, "结转至")
    fr = read_table(t, "资金来源｜年初预算数", "｜")
    R = {r["资金来源"]: r for r in fr}
    fin, pv, dist, tot = R["财政资金"], R["其中：省级补助"], R["区级财政"], R["合计"]
    for col in ("年初预算数", "全年预算数", "全年执行数"):
        check_sum(F, fin[col], [pv[col], dist[col]], f"财政资金 {col}")
        check_sum(F, tot[col], [fin[col], R["财政专户管理资金"][col], R["单位资金"][col], R["其他资金"][col]],
                  f"合计 {col}")
    for r in fr:
        check_rate(F, r["执行率"], r["全年执行数"], r["全年预算数"], f"执行率 {r['资金来源']}")
    check_same(F, init, tot["年初预算数"], "年初 prose/table")
    check_same(F, init, dist["年初预算数"], "区级年初 prose/table")
    check_same(F, prov, pv["全年预算数"], "省级 prose/table")
    check_same(F, annual, tot["全年预算数"], "全年 prose/table")
    check_same(F, spent, tot["全年执行数"], "执行 prose/table")
    check_same(F, rate, tot["执行率"], "执行率 prose/table")
    check_amount(F, bal, D(dist["全年预算数"]) - D(dist["全年执行数"]), "结余为区级资金", "balance_mismatch")

    vol, v1, v2, v3, avg = g(r"共开采河砂(" + NUM + r")万吨，分别为关庙可采区(" + NUM + r")万吨、新城可采区(" + NUM +
                             r")万吨、大同可采区(" + NUM + r")万吨，平均每个可采区(" + NUM + r")万吨")
    check_sum(F, vol, [v1, v2, v3], "开采量 = 三个可采区之和")
    check_average(F, avg, [v1, v2, v3], "平均每个可采区")
    price, punit, revenue, yi = g(r"按每吨(" + NUM + r")(万?元)计(" + NUM + r")万元（约(" + NUM + r")亿元）")
    factor = Decimal(10000) if punit == "万元" else Decimal(1)
    check_amount(F, revenue, D(vol) * D(price) * factor, "收入 = 开采量 × 单价", "sum_mismatch")
    check_amount(F, yi, D(revenue) / 10000, "收入 万元/亿元 (约)", "conflicting_values")
    patrol, = g(r"全年开展河道巡查(" + NUM + r")次")
    uav_km, = g(r"无人机巡查覆盖河段(" + NUM + r")公里；")
    hours, = g(r"举报平均处置时间(" + NUM + r")小时")
    err_r, = g(r"可采区计量误差率(" + NUM + r")%")
    total_p, grade = g(r"本项目自评得分(" + NUM + r")分，评价等级为“(优秀|良好|优|良|中|差)”")
    perf_w, = g(r"绩效指标(" + NUM + r")分的方式打分")
    exec_w, = g(r"按照预算执行率(" + NUM + r")分")

    ir = read_table(t, "一级指标｜二级指标｜三级指标｜指标性质", "｜")
    body = [r for r in ir if r["一级指标"] != "合计"]
    total_row = row(ir, "合计", "一级指标")
    for r in body:
        check_indicator(F, r["三级指标"], r["指标值"], r["实际完成值"], r["完成率"], r["分值"], r["得分"],
                        direction=r["指标性质"], unit=r["度量单位"])
    ind = {r["三级指标"]: r for r in body}
    ex = ind["预算执行率"]
    check_same(F, ex["实际完成值"], tot["执行率"], "执行率 indicator/funds")
    check_exec_score(F, D(tot["全年执行数"]) / D(tot["全年预算数"]) * 100, ex["分值"], ex["得分"], "execution score")
    if not ok(exec_w, D(ex["分值"])):
        F.err("weight_sum_mismatch", "execution weight vs 预算执行率10分")
    sw90 = sum((D(r["分值"]) for r in body if r is not ex), Decimal(0))
    if not ok(perf_w, sw90):
        F.err("weight_sum_mismatch", f"indicator weights add up to {sw90}, stated {perf_w}")
    check_same(F, patrol, ind["河道巡查次数"]["实际完成值"], "巡查 prose/table")
    check_same(F, uav_km, ind["无人机巡查覆盖河段"]["实际完成值"], "无人机河段 prose/table")
    check_same(F, vol, ind["统一开采砂石量"]["实际完成值"], "开采量 prose/table")
    check_same(F, err_r, ind["采砂计量误差率"]["实际完成值"], "误差率 prose/table")
    check_same(F, hours, ind["非法采砂举报处置时限"]["实际完成值"], "处置时间 prose/table")
    check_same(F, spent, ind["监管成本控制数"]["实际完成值"], "执行 / 成本指标")
    check_same(F, annual, ind["监管成本控制数"]["指标值"], "全年预算 / 成本指标上限")
    check_same(F, revenue, ind["砂石收入上缴国库"]["实际完成值"], "收入 prose/table")
    ws = [(r["分值"], r["得分"]) for r in body]
    scores_and_weights(F, ws, total_row["分值"], [total_row["得分"], total_p], "自评表")
    check_grade(F, total_p, grade)
    return F


CHECKERS = {
    "duchang-caisha-2021": check_duchang,
    "pingnan-caisha-2022": check_pingnan,
    "youxi-caishazhan-bumen-2023": check_youxi,
    "xixian-caisha-2019": check_xixian,
    "hanbin-caisha-2025": check_hanbin,
}


# ------------------------------------------------------------------ label / edit checks
def edit_span(a, b):
    """Single contiguous edit turning a into b: returns (start, end_in_b, len_old, len_new)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s, len(a) - s - p, len(b) - s - p


def main():
    problems = []
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    if len(labels) != 35:
        problems.append(f"{len(labels)} label lines, expected 35")
    clean_text = {}
    for lab in labels:
        if lab["clean"]:
            with open(os.path.join(CASES, lab["case"]), encoding="utf-8") as fh:
                clean_text[lab["source"]] = fh.read()
    if sorted(clean_text) != sorted(CHECKERS):
        problems.append("clean drafts / checkers differ")
    code_count = Counter()
    for lab in labels:
        for k in ("case", "source", "clean", "expected"):
            if k not in lab:
                problems.append(f"{lab.get('case')}: missing {k}")
        path = os.path.join(CASES, lab["case"])
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        try:
            F = CHECKERS[lab["source"]](text)
        except ParseError as e:
            problems.append(f"{lab['case']}: parse error: {e}")
            continue
        got = F.codes()
        if lab["clean"]:
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append(f"{lab['case']}: length {n}")
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with expected findings")
            if got:
                problems.append(f"{lab['case']}: clean draft fails {F.errors}")
            if F.warnings:
                problems.append(f"{lab['case']}: clean draft has warnings {F.warnings}")
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append(f"{lab['case']}: {len(exp)} expected findings")
            continue
        e = exp[0]
        code_count[e["code"]] += 1
        if e.get("severity") != "error" or e["code"] not in CODES_A:
            problems.append(f"{lab['case']}: bad code/severity {e}")
        if got != [e["code"]]:
            problems.append(f"{lab['case']}: expected only {e['code']}, checker found {F.errors}")
        occ = [m.start() for m in re.finditer(re.escape(e["value"]), text)]
        if len(occ) != 1:
            problems.append(f"{lab['case']}: value {e['value']!r} occurs {len(occ)} times")
            continue
        clean = clean_text[lab["source"]]
        st, en, lo, ln = edit_span(clean, text)
        if max(lo, ln) > 40 or max(lo, ln) == 0:
            problems.append(f"{lab['case']}: edit length old {lo} new {ln}")
        vs, ve = occ[0], occ[0] + len(e["value"])
        if not (vs < max(en, st + 1) and st < ve):
            problems.append(f"{lab['case']}: value does not overlap the edit [{st},{en})")
        if e["value"] in clean:
            problems.append(f"{lab['case']}: value also occurs in the clean draft")
    for c in CODES_A:
        if code_count[c] < 2:
            problems.append(f"code {c} used {code_count[c]} times")
    verbose = "-v" in sys.argv
    if verbose:
        for lab in labels:
            with open(os.path.join(CASES, lab["case"]), encoding="utf-8") as fh:
                try:
                    F = CHECKERS[lab["source"]](fh.read())
                except ParseError as e:
                    print(lab["case"], "PARSE ERROR", e)
                    continue
            print(lab["case"], F.codes(), [w[0] for w in F.warnings])
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print(f"checked {len(labels)} cases; codes: " +
          ", ".join(f"{c}={code_count[c]}" for c in CODES_A))
    print("OK")


if __name__ == "__main__":
    main()
