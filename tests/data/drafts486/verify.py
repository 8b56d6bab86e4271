#!/usr/bin/env python3
"""Re-read every draft of drafts486 and redo its arithmetic (standard library + decimal only).

For each case the figures are read back from the text with regular expressions anchored on the
wording of the draft (prose) and by rebuilding the tables (tab rows, one cell a line, runs of
spaces).  Every identity of rules.md §7 that the draft exposes is recomputed with the tolerance
of §8.  A failing identity is reported under its errors.md §A code.

Then:
  * every clean draft must pass every check;
  * every error case must fail its labelled code and no other error code;
  * every label value must occur exactly once in its case, the case must differ from its clean
    draft by one contiguous edit (old and new side <= 40 characters) that overlaps the value;
  * every code of errors.md §A must be labelled at least twice.
Prints OK at the end when all of this holds.
"""
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
LABELS = os.path.join(HERE, "labels.jsonl")

ERROR_CODES = [
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
    "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
    "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
    "completion_mismatch",
]
WARNING_CODES = ["score_rule_mismatch"]   # checked on clean drafts, reported (not required) on error cases

WAN = Decimal(1)
YUAN = Decimal("0.0001")
EPS = Decimal("1e-9")
HUNDRED = Decimal(100)


class ParseError(Exception):
    pass


# ----------------------------------------------------------------------------- numbers
class N:
    """A number as stated: value in its base unit (万元 for money), tolerance from its decimals."""

    def __init__(self, raw, scale=WAN):
        s = raw.strip().replace(",", "").rstrip("%")
        if not re.fullmatch(r"-?\d+(?:\.\d+)?", s):
            raise ParseError("not a number: %r" % raw)
        self.raw = raw
        self.d = len(s.split(".")[1]) if "." in s else 0
        self.v = Decimal(s) * scale
        self.tol = Decimal("0.5") * Decimal(10) ** -self.d * scale + EPS

    def scaled(self, k):
        c = N.__new__(N)
        c.raw, c.d = self.raw, self.d
        c.v = self.v * Decimal(10) ** k
        c.tol = self.tol * Decimal(10) ** k
        return c

    def __repr__(self):
        return self.raw


def near(stated, computed):
    return abs(Decimal(computed) - stated.v) <= stated.tol


def same(a, b):
    return abs(a.v - b.v) <= max(a.tol, b.tol)


def pct(a, b):
    return a / b * HUNDRED


# ----------------------------------------------------------------------------- results
class Results:
    def __init__(self, name):
        self.name = name
        self.items = []          # (code, ok, message)

    def add(self, code, ok, msg):
        self.items.append((code, bool(ok), msg))

    def failed(self):
        return [(c, m) for c, ok, m in self.items if not ok]

    def failed_codes(self):
        return {c for c, _ in self.failed()}

    # -- identities; money identities fall back to unit_mismatch when rescaling ONE amount by
    #    10^±4 (元 written as 万元 or the reverse) or 10^±8 reconciles them (errors.md #11 b).
    def identity(self, code, nums, fn, msg, money=True):
        """money: True (every figure is an amount), False, or the indices of the amounts."""
        if fn(nums):
            self.add(code, True, msg)
            return
        idx = range(len(nums)) if money is True else (money or [])
        for i in idx:
            for k in (4, -4, 8, -8):
                trial = list(nums)
                trial[i] = nums[i].scaled(k)
                if fn(trial):
                    self.add("unit_mismatch", False, msg + " [reconciled by rescaling %r by 10^%d]" % (nums[i], k))
                    return
        self.add(code, False, msg)

    def sum(self, total, parts, msg, money=True, code="sum_mismatch"):
        self.identity(code, [total] + list(parts),
                      lambda x: near(x[0], sum((p.v for p in x[1:]), Decimal(0))),
                      "%s: %r = %s" % (msg, total, " + ".join(map(repr, parts))), money)

    def product(self, total, terms, msg):
        """total (N, money) = Σ standard(元) × days × persons × periods, terms as plain ints."""
        yuan = sum((Decimal(s) * Decimal(d) * Decimal(n) * Decimal(p) for s, d, n, p in terms), Decimal(0))
        self.identity("sum_mismatch", [total], lambda x: near(x[0], yuan * YUAN),
                      "%s: %r vs %s元" % (msg, total, yuan))

    def rate(self, rate, num, den, msg, money=True, code="rate_mismatch"):
        if den.v == 0:
            self.zero_base(rate, msg)
            return
        self.identity(code, [rate, num, den], lambda x: near(x[0], pct(x[1].v, x[2].v)),
                      "%s: %r%% vs %r/%r" % (msg, rate, num, den), [1, 2] if money else False)

    def zero_base(self, cell, msg):
        ok = cell is None or cell.v == 0
        self.add("implausible_rate", ok, "%s: rate %r on a zero base" % (msg, cell))

    def balance(self, bal, recv, spent, msg):
        self.identity("balance_mismatch", [bal, recv, spent], lambda x: near(x[0], x[1].v - x[2].v),
                      "%s: %r = %r - %r" % (msg, bal, recv, spent))

    def average(self, avg, total, count, msg, money=True):
        self.identity("average_mismatch", [avg, total, count], lambda x: x[2].v != 0 and near(x[0], x[1].v / x[2].v),
                      "%s: %r = %r / %r" % (msg, avg, total, count), [0, 1] if money else False)

    def conflict(self, a, b, msg, money=True):
        self.identity("conflicting_values", [a, b], lambda x: same(x[0], x[1]),
                      "%s: %r vs %r" % (msg, a, b), money)

    def conflict_all(self, nums, msg, money=True):
        for other in nums[1:]:
            self.conflict(nums[0], other, msg, money)

    def at_most_100(self, rate, msg):
        self.add("implausible_rate", rate.v <= HUNDRED and rate.v >= 0, "%s: %r%% within [0, 100]" % (msg, rate))

    def year_eq(self, y, year, msg):
        self.add("year_mismatch", int(y) == year, "%s: %s vs evaluation year %d" % (msg, y, year))

    def year_after(self, y, year, msg):
        self.add("year_mismatch", int(y) > year, "%s: carried to %s, evaluation year %d" % (msg, y, year))

    def year_issue(self, y, m, year, msg):
        y, m = int(y), int(m)
        self.add("year_mismatch", y == year or (y == year - 1 and m == 12),
                 "%s: issued %d-%02d for evaluation year %d" % (msg, y, m, year))


# ----------------------------------------------------------------------------- text helpers
NUM = r"(\d+(?:\.\d+)?)"


def one(text, pattern):
    ms = list(re.finditer(pattern, text))
    if len(ms) != 1:
        raise ParseError("%d matches for %r" % (len(ms), pattern))
    return ms[0]


def nums(m, *kinds):
    """Groups of a match as N; kinds: 'w' 万元, 'y' 元, 'n' plain/percent."""
    out = []
    for g, k in zip(m.groups(), kinds):
        out.append(N(g, YUAN if k == "y" else WAN))
    return out


def grade_band(total):
    t = total.v
    if t >= 90:
        return "excellent"
    if t >= 80:
        return "good"
    if t >= 60:
        return "fair"
    return "poor"


GRADE_WORDS = {"优": "excellent", "优秀": "excellent", "良": "good", "良好": "good",
               "中": "fair", "中等": "fair", "一般": "fair", "合格": "fair",
               "差": "poor", "较差": "poor", "不合格": "poor"}


def check_grade(R, total, word, msg):
    R.add("grade_mismatch", GRADE_WORDS.get(word) == grade_band(total),
          "%s: total %r graded %s" % (msg, total, word))


# ----------------------------------------------------------------------------- measures
MEASURE = re.compile(r"^(≥|≤|＞＝|＜＝|>=|<=|=|＝)?\s*(\d+(?:\.\d+)?)\s*(\S*)$")


class Measure:
    def __init__(self, s):
        s = s.strip()
        self.raw = s
        m = MEASURE.match(s)
        if m and not re.search(r"\d{4}年", s):
            sign, num, unit = m.groups()
            self.quant = True
            self.num = N(num)
            self.unit = unit
            self.dir = "lte" if sign in ("≤", "＜＝", "<=") else "gte"   # '=' / bare number with T>0: like gte
        else:
            self.quant = False
            self.num = None
            self.unit = None
            self.dir = "qualitative"


class Row:
    def __init__(self, l1, name, target, actual, completion, weight, score):
        self.l1, self.name = l1, name
        self.target, self.actual = Measure(target), Measure(actual)
        self.completion = completion.strip()
        self.weight, self.score = N(weight), N(score)


def completion_of(row):
    t, a = row.target.num.v, row.actual.num.v
    if row.target.dir == "lte":
        return HUNDRED if a <= t else pct(t, a)
    if t == 0:
        return HUNDRED if a <= 0 else Decimal(0)
    return pct(a, t)


RATE_NAMES = re.compile(r"满意度|合格率|执行率|到位率|覆盖率")


def check_rows(R, rows, exec_weight, exec_score, total_weight, total_score, levels=None):
    """Checks on the rebuilt indicator table.  exec_weight/score: the execution line when it sits in
    the funds block (None when it is one of the rows).  levels: {level1 prefix: stated level score}."""
    for r in rows:
        tag = "row %s" % r.name
        R.add("score_exceeds_weight", Decimal(0) <= r.score.v <= r.weight.v,
              "%s: score %r within weight %r" % (tag, r.score, r.weight))
        if r.target.quant:
            if not r.actual.quant or r.actual.unit != r.target.unit:
                R.add("unit_mismatch", False, "%s: target %s vs actual %s" % (tag, r.target.raw, r.actual.raw))
                continue
            R.add("unit_mismatch", True, "%s: units %s" % (tag, r.target.unit))
            comp = completion_of(r)
            if r.completion not in ("", "—"):
                R.add("completion_mismatch", near(N(r.completion), comp),
                      "%s: completion %s vs %.4f" % (tag, r.completion, comp))
            # score rule (warning level): w × min(c, 100%), from the computed or the stated completion
            w = r.weight.v
            cands = [w * min(comp, HUNDRED) / HUNDRED]
            if r.completion not in ("", "—"):
                cands.append(w * min(N(r.completion).v, HUNDRED) / HUNDRED)
            R.add("score_rule_mismatch", any(near(r.score, c) for c in cands),
                  "%s: score %r vs rule %s" % (tag, r.score, [str(c) for c in cands]))
            if RATE_NAMES.search(r.name) and r.actual.unit == "%":
                R.at_most_100(r.actual.num, tag + " actual")
        else:
            w, s = r.weight.v, r.score.v
            a = r.actual.raw
            if "部分" in a or "有所" in a:
                lo, hi = Decimal("0.6") * w, Decimal("0.8") * w
                ok = lo <= s < hi
            elif "达成" in a:
                ok = Decimal("0.8") * w <= s <= w
            else:
                ok = True
            R.add("score_rule_mismatch", ok, "%s: qualitative score %r of %r" % (tag, r.score, r.weight))
    weights = [r.weight for r in rows] + ([exec_weight] if exec_weight is not None else [])
    scores = [r.score for r in rows] + ([exec_score] if exec_score is not None else [])
    wsum = sum((w.v for w in weights), Decimal(0))
    R.add("weight_sum_mismatch", wsum == 100, "Σ 分值 = %s" % wsum)
    R.add("weight_sum_mismatch", near(total_weight, wsum), "stated 分值合计 %r vs Σ %s" % (total_weight, wsum))
    R.sum(total_score, scores, "Σ 得分 = 总分", money=False, code="score_sum_mismatch")
    if levels:
        for prefix, stated in levels.items():
            if prefix == "exec":
                parts = [exec_score] if exec_score is not None else [r.score for r in rows if "执行" in r.name]
            else:
                parts = [r.score for r in rows if r.l1 == prefix]
            R.sum(stated, parts, "level %s score" % prefix, money=False, code="score_sum_mismatch")


def fill_levels(cells_rows):
    """Carry merged first-level cells down."""
    last = ""
    out = []
    for cells in cells_rows:
        if cells[0].strip():
            last = cells[0].strip()
        out.append((last, cells))
    return out


# ----------------------------------------------------------------------------- table readers
def tab_lines(part):
    return [ln for ln in part.split("\n") if "\t" in ln]


def tab_rows(text, header_start, total_start, cols):
    """Tab-separated rows between the header line and the total line.
    cols: names of the columns, must include l1, name, target, actual, completion, weight, score."""
    lines = text.split("\n")
    try:
        h = next(i for i, ln in enumerate(lines) if ln.startswith(header_start))
        t = next(i for i, ln in enumerate(lines) if i > h and ln.startswith(total_start))
    except StopIteration:
        raise ParseError("indicator table not found")
    raw = [ln.split("\t") for ln in lines[h + 1:t] if "\t" in ln]
    rows = []
    for l1, cells in fill_levels(raw):
        if len(cells) != len(cols):
            raise ParseError("row with %d cells: %r" % (len(cells), cells))
        c = dict(zip(cols, cells))
        rows.append(Row(l1, c["name"], c["target"], c["actual"], c["completion"], c["weight"], c["score"]))
    tot = dict(zip(cols, lines[t].split("\t")))
    return rows, N(tot["weight"]), N(tot["score"])


def funds_block_tab(text, names, ncols):
    out = {}
    for name in names:
        m = one(text, r"(?m)^" + re.escape(name) + r"\t(.*)$")
        cells = m.group(1).split("\t")
        if len(cells) != ncols:
            raise ParseError("funds row %s has %d cells" % (name, len(cells)))
        out[name] = cells
    return out


def rate_cell(s):
    s = s.strip()
    return None if s in ("", "—") else N(s)


def funds_checks(R, fb, total_name, comp_names, rate_idx, money_cols=(0, 1, 2), decomps=None):
    """MOF funds block: 年初 | 全年 | 执行 (| 分值) | 执行率 (| 得分)."""
    decomps = decomps or [comp_names]
    for comps in decomps:
        for ci in money_cols:
            R.sum(N(fb[total_name][ci]), [N(fb[c][ci]) for c in comps],
                  "funds block column %d: %s = %s" % (ci, total_name, "+".join(comps)))
    tot = fb[total_name]
    R.rate(N(tot[rate_idx]), N(tot[2]), N(tot[1]), "funds block 执行率")
    R.at_most_100(N(tot[rate_idx]), "funds block 执行率")
    for c in set(x for d in decomps for x in d):
        cells = fb[c]
        if N(cells[1]).v == 0:
            R.zero_base(rate_cell(cells[rate_idx]), "funds row %s" % c)
        elif rate_cell(cells[rate_idx]) is not None:
            R.rate(rate_cell(cells[rate_idx]), N(cells[2]), N(cells[1]), "funds row %s" % c)


def exec_score_rule(R, weight, score, rate_stated, spent, annual):
    r = pct(spent.v, annual.v)
    cands = [weight.v * min(r, HUNDRED) / HUNDRED, weight.v * min(rate_stated.v, HUNDRED) / HUNDRED]
    R.add("score_rule_mismatch", any(near(score, c) for c in cands), "execution score %r" % score)


def measure_num(s):
    m = Measure(s)
    if not m.quant:
        raise ParseError("not a measure: %r" % s)
    return m


def conflict_measure(R, prose, table_measure, msg):
    """A prose figure against a table cell: compared only when the table cell has the same unit
    (a cell in another unit is the unit_mismatch of that row)."""
    if table_measure.quant and table_measure.unit == prose[1]:
        R.conflict(prose[0], table_measure.num, msg, money=False)
    else:
        R.add("conflicting_values", True, msg + " (table cell in another unit, see unit check)")


# ============================================================================= projects
def split_at(text, marker):
    i = text.find(marker)
    if i < 0:
        raise ParseError("marker %r not found" % marker)
    return text[:i], text[i:]


def rows_by_name(rows):
    return {r.name: r for r in rows}


# ----------------------------------------------------------------------------- A: 汝城 2022
def check_rucheng(text):
    R = Results("rucheng")
    Y = 2022
    P, T = split_at(text, "附件\n项目支出绩效自评表")

    R.year_eq(one(P, r"中共汝城县委党校(\d{4})年度主体班次培训经费").group(1), Y, "title")
    R.year_eq(one(P, r"关于做好(\d{4})年度预算绩效自评").group(1), Y, "notice")
    R.year_eq(one(T, r"（(\d{4})年度）").group(1), Y, "table header")

    init, = nums(one(P, r"年初预算" + NUM + r"万元"), "w")
    add, = nums(one(P, r"县财政追加" + NUM + r"万元"), "w")
    carry, = nums(one(P, r"另有上年结转资金" + NUM + r"万元"), "w")
    annual, = nums(one(P, r"全年预算" + NUM + r"万元"), "w")
    bparts = nums(one(P, r"按用途分，培训费" + NUM + r"万元、师资费" + NUM + r"万元、现场教学费" + NUM +
                      r"万元、教材资料费" + NUM + r"万元"), "w", "w", "w", "w")
    recv, recv_rate = nums(one(P, r"全年预算资金" + NUM + r"万元已全部到位，到位率" + NUM + "%"), "w", "n")
    m = one(P, r"截至(\d{4})年12月31日，项目实际支出" + NUM + r"万元，预算执行率" + NUM + "%")
    R.year_eq(m.group(1), Y, "截至")
    spent, rate = N(m.group(2)), N(m.group(3))
    sparts = nums(one(P, r"其中培训费" + NUM + r"万元、师资费" + NUM + r"万元、现场教学费" + NUM +
                      r"万元、教材资料及学员手册印制费" + NUM + r"万元"), "w", "w", "w", "w")
    sub_b, sub_s, sub_r = nums(one(P, r"培训费预算" + NUM + r"万元，执行" + NUM + r"万元，执行率" + NUM + "%"), "w", "w", "n")
    hours1, per_hour = one(P, r"授课(\d+)学时、每学时(\d+)元").groups()
    bal, = nums(one(P, r"年末结余" + NUM + r"万元"), "w")
    for y in re.findall(r"结转至(\d{4})年", text):
        R.year_after(y, Y, "结转")

    std_hi = one(P, r"初任培训班按(\d+)元/人·天安排").group(1)
    std_lo = one(P, r"轮训班学员走读，按(\d+)元/人·天安排").group(1)
    g = one(P, r"计划举办主体班(\d+)期，培训学员(\d+)人次以上，外请专家授课不少于(\d+)学时，学员结业考核合格率不低于(\d+)%，"
               r"培训费综合定额控制在(\d+)元/人·天以内，学员满意度达到(\d+)%以上").groups()
    plan, actual_p = nums(one(P, r"全年计划举办主体班(\d+)期，实际举办(\d+)期"), "n", "n")
    per = [int(x) for x in one(P, r"其中科级领导干部进修班(\d+)期、中青年干部培训班(\d+)期、村（社区）党组织书记乡村振兴专题轮训班(\d+)期、"
                                  r"新录用公务员初任培训班(\d+)期").groups()]
    sz = [int(x) for x in one(P, r"科级领导干部进修班每期(\d+)天、(\d+)人，中青年干部培训班(\d+)天、(\d+)人，书记轮训班每期(\d+)天、(\d+)人，"
                                 r"初任培训班(\d+)天、(\d+)人").groups()]
    tot, avg, pdays = nums(one(P, r"全年培训学员(\d+)人次，平均每期" + NUM + r"人，累计(\d+)人天"), "n", "n", "n")
    passed, pass_rate = nums(one(P, r"结业考核合格(\d+)人，合格率" + NUM + "%"), "n", "n")
    fee, per_day, std_cap = one(P, r"结算培训费" + NUM + r"万元，折合每人每天" + NUM + r"元，低于(\d+)元/人·天").groups()
    fee, per_day_y = N(fee), N(per_day, YUAN)
    hours2, hours_comp = nums(one(P, r"外请专家授课(\d+)学时，完成年度目标的" + NUM + "%"), "n", "n")
    courses, = nums(one(P, r"专题课程(\d+)门"), "n")
    reports, = nums(one(P, r"其中(\d+)篇被"), "n")
    sat, sat1, sat2 = nums(one(P, r"参训学员满意度" + NUM + r"%，其中对课程设置的满意度为" + NUM + r"%、对教学管理的满意度为" + NUM + "%"), "n", "n", "n")
    comp_p, = nums(one(P, r"主体班次完成率" + NUM + "%"), "n")
    m = one(P, r"本项目(\d{4})年度绩效自评得分" + NUM + r"分，评价等级为(优秀|良好|中等|较差|优|良|中|差)。")
    R.year_eq(m.group(1), Y, "自评年度")
    total_p, grade = N(m.group(2)), m.group(3)

    # funds
    R.sum(annual, [init, add, carry], "年初 + 追加 + 上年结转 = 全年")
    R.sum(annual, bparts, "budget by use")
    R.conflict(annual, recv, "全年预算 restated")
    R.rate(recv_rate, recv, annual, "到位率")
    R.at_most_100(recv_rate, "到位率")
    R.rate(rate, spent, annual, "执行率")
    R.at_most_100(rate, "执行率")
    R.sum(spent, sparts, "spending by use")
    R.conflict_all([sparts[0], sub_s, fee], "培训费 spending")
    R.conflict(bparts[0], sub_b, "培训费 budget")
    R.rate(sub_r, sub_s, sub_b, "培训费 sub-rate")
    R.at_most_100(sub_r, "培训费 sub-rate")
    R.product(sparts[1], [(per_hour, hours1, 1, 1)], "师资费 = 学时 × 元/学时")
    R.balance(bal, recv, spent, "结余")

    fb = funds_block_tab(T, ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"], 6)
    funds_checks(R, fb, "年度资金总额", ["其中：当年财政拨款", "上年结转资金", "其他资金"], rate_idx=4)
    ft = fb["年度资金总额"]
    R.conflict(init, N(ft[0]), "年初预算 text/table")
    R.conflict(annual, N(ft[1]), "全年预算 text/table")
    R.conflict(spent, N(ft[2]), "执行 text/table")
    R.conflict(rate, N(ft[4]), "执行率 text/table", money=False)
    R.conflict(carry, N(fb["上年结转资金"][1]), "上年结转 text/table")
    R.sum(N(fb["其中：当年财政拨款"][1]), [init, add], "当年财政拨款 = 年初 + 追加")
    exec_w, exec_s = N(ft[3]), N(ft[5])
    exec_score_rule(R, exec_w, exec_s, N(ft[4]), N(ft[2]), N(ft[1]))

    # outputs
    R.sum(actual_p, [N(str(x)) for x in per], "periods by class", money=False)
    people = [per[0] * sz[1], per[1] * sz[3], per[2] * sz[5], per[3] * sz[7]]
    days = [per[0] * sz[0] * sz[1], per[1] * sz[2] * sz[3], per[2] * sz[4] * sz[5], per[3] * sz[6] * sz[7]]
    R.sum(tot, [N(str(x)) for x in people], "人次 by class", money=False)
    R.sum(pdays, [N(str(x)) for x in days], "人天 by class", money=False)
    R.average(avg, tot, actual_p, "平均每期人数", money=False)
    R.product(fee, [(std_hi, sz[0], sz[1], per[0]), (std_hi, sz[2], sz[3], per[1]),
                    (std_lo, sz[4], sz[5], per[2]), (std_hi, sz[6], sz[7], per[3])], "培训费 = Σ 定额 × 天 × 人 × 期")
    R.average(per_day_y, fee, pdays, "每人每天培训费")
    R.rate(pass_rate, passed, tot, "合格率", money=False)
    R.at_most_100(pass_rate, "合格率")
    for s in (sat, sat1, sat2):
        R.at_most_100(s, "满意度")
    R.identity("completion_mismatch", [hours_comp, hours2, N(g[2])], lambda x: near(x[0], pct(x[1].v, x[2].v)),
               "授课学时完成度", money=False)
    R.identity("completion_mismatch", [comp_p, actual_p, plan], lambda x: near(x[0], pct(x[1].v, x[2].v)),
               "主体班次完成率", money=False)
    R.conflict(N(hours1), hours2, "授课学时", money=False)
    R.conflict_all([N(std_hi), N(std_cap), N(g[4])], "定额标准", money=False)
    R.conflict(plan, N(g[0]), "计划期数", money=False)

    # table
    gm = one(T, r"举办主体班(\d+)期、培训学员(\d+)人次")
    rows, tw, ts = tab_rows(T, "一级指标\t", "总分\t",
                            ["l1", "l2", "name", "target", "actual", "completion", "weight", "score", "note"])
    rb = rows_by_name(rows)
    check_rows(R, rows, exec_w, exec_s, tw, ts)
    R.conflict(total_p, ts, "总分 text/table", money=False)
    check_grade(R, ts, grade, "grade")
    conflict_measure(R, (actual_p, "期"), rb["举办主体班次"].actual, "实际期数")
    R.conflict(actual_p, N(gm.group(1)), "实际期数 goal row", money=False)
    conflict_measure(R, (plan, "期"), rb["举办主体班次"].target, "计划期数")
    conflict_measure(R, (tot, "人次"), rb["培训学员人次"].actual, "人次")
    R.conflict(tot, N(gm.group(2)), "人次 goal row", money=False)
    conflict_measure(R, (N(g[1]), "人次"), rb["培训学员人次"].target, "人次目标")
    conflict_measure(R, (hours2, "学时"), rb["外请专家授课学时"].actual, "学时")
    conflict_measure(R, (N(g[2]), "学时"), rb["外请专家授课学时"].target, "学时目标")
    conflict_measure(R, (pass_rate, "%"), rb["学员结业考核合格率"].actual, "合格率")
    conflict_measure(R, (N(g[3]), "%"), rb["学员结业考核合格率"].target, "合格率目标")
    conflict_measure(R, (N(per_day), "元/人·天"), rb["培训费综合定额"].actual, "每人每天培训费")
    conflict_measure(R, (N(g[4]), "元/人·天"), rb["培训费综合定额"].target, "定额目标")
    conflict_measure(R, (reports, "篇"), rb["调研成果转化"].actual, "调研成果")
    conflict_measure(R, (courses, "门"), rb["新开发专题课程"].actual, "专题课程")
    conflict_measure(R, (sat, "%"), rb["参训学员满意度"].actual, "满意度")
    conflict_measure(R, (N(g[5]), "%"), rb["参训学员满意度"].target, "满意度目标")
    R.conflict(comp_p, N(rb["举办主体班次"].completion), "主体班次完成率 text/table", money=False)
    R.year_eq(one(P, r"(\d{4})年年初预算").group(1), Y, "预算年度")
    R.year_eq(one(P, r"(\d{4})年末在编在岗").group(1), Y, "年末人数")
    R.year_eq(one(P, r"我校对(\d{4})年度主体班次").group(1), Y, "自评对象年度")
    for pat, where in ((r"受疫情影响，(\d+)期书记轮训班未能在年内举办", P), (r"(\d+)期书记轮训班因疫情推迟", T),
                       (r"(\d+)期书记轮训班推迟至次年", T)):
        R.sum(plan, [actual_p, N(one(where, pat).group(1))], "计划 = 实际 + 推迟", money=False)
    R.sum(N(one(P, r"第(\d+)期村（社区）党组织书记轮训班").group(1)), [N(str(per[2])), N("1")], "第n期 = 已办 + 1", money=False)
    R.sum(courses, [rb["新开发专题课程"].target.num, N(one(T, r"新增党的二十大精神专题课程(\d+)门").group(1))],
          "课程 = 目标 + 新增", money=False)
    return R


# ----------------------------------------------------------------------------- B: 襄垣 2019
B_COLS = ["total", "sub", "central", "prov", "city", "county", "carry", "other"]


def flat_blocks(part):
    """One cell a line: rows are runs of tab-indented lines separated by blank lines."""
    blocks, cur = [], []
    for ln in part.split("\n"):
        if ln.startswith("\t"):
            cur.append(ln[1:])
        else:
            if cur:
                blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def check_xiangyuan(text):
    R = Results("xiangyuan")
    Y = 2019
    head, rest = split_at(text, "（三）项目绩效目标")
    P, T = split_at(rest, "附件1.项目支出绩效自评表")

    # funds table (行次)
    ft = {}
    for b in flat_blocks(split_at(head, "（二）预算执行情况")[1]):
        if len(b) == 10 and b[1].startswith("("):
            ft[b[1][:3]] = dict(zip(B_COLS, b[2:]))
    if sorted(ft) != ["(%d)" % i for i in range(1, 8)]:
        raise ParseError("funds rows %s" % sorted(ft))

    def amt(row, col):
        s = ft[row][col].strip()
        return N(s) if s else N("0")

    for row in ("(1)", "(2)", "(3)", "(4)", "(5)"):
        R.sum(amt(row, "total"), [amt(row, "sub"), amt(row, "carry"), amt(row, "other")], "row %s 总额 = 财政小计 + 结转 + 其他" % row)
        R.sum(amt(row, "sub"), [amt(row, c) for c in ("central", "prov", "city", "county")], "row %s 小计 = 中央+省+市+县" % row)
    for col in B_COLS:
        R.balance(amt("(5)", col), amt("(3)", col), amt("(4)", col), "(5)=(3)-(4) %s" % col)
        for row, num in (("(6)", "(3)"), ("(7)", "(4)")):
            cell = rate_cell(ft[row][col])
            if amt("(2)", col).v == 0:
                R.zero_base(cell, "%s %s" % (row, col))
            else:
                R.rate(cell, amt(num, col), amt("(2)", col), "%s %s" % (row, col))
                R.at_most_100(cell, "%s %s" % (row, col))

    # prose
    R.year_eq(one(head, r"《(\d{4})年度全县干部教育培训计划》").group(1), Y, "计划")
    g = one(P, r"(\d{4})年举办主体班次(\d+)期，培训干部(\d+)人次以上，学员结业合格率不低于(\d+)%，乡科级班和中青年班培训费综合定额不超过(\d+)元/人·天，"
               r"建成县级现场教学点(\d+)个，参训学员满意度(\d+)%以上").groups()
    R.year_eq(g[0], Y, "年度目标")
    total_p, grade = one(P, r"总得分" + NUM + r"分，属于\"(\S+?)\"").groups()
    total_p = N(total_p)
    lv = nums(one(P, r"其中预算执行指标得分" + NUM + r"分，产出指标得分" + NUM + r"分，效益指标得分" + NUM + r"分，满意度指标得分" + NUM + "分"),
              "n", "n", "n", "n")
    m = one(P, r"(\d{4})年县财政局批复我校干部教育培训专项经费年初预算" + NUM + r"万元")
    R.year_eq(m.group(1), Y, "批复")
    init = N(m.group(2))
    prov, = nums(one(P, r"省级干部教育培训补助资金" + NUM + r"万元"), "w")
    carry, = nums(one(P, r"加上上年结转资金" + NUM + r"万元"), "w")
    annual, = nums(one(P, r"全年预算资金" + NUM + r"万元，资金全部到位"), "w")
    spent, rate, f1, f2, f3 = nums(one(P, r"全年支出" + NUM + r"万元，预算执行率" + NUM + r"%，其中培训费" + NUM + r"万元、师资费" + NUM +
                                       r"万元、教学资料费" + NUM + r"万元"), "w", "n", "w", "w", "w")
    bal, = nums(one(P, r"年末结余县级资金" + NUM + r"万元"), "w")
    c = [int(x) for x in one(P, r"全年举办主体班次(\d+)期：乡科级领导干部进修班(\d+)期（(\d+)天，(\d+)人），中青年干部培训班(\d+)期（(\d+)天，(\d+)人），"
                                r"农村党支部书记培训班(\d+)期（每期(\d+)天、(\d+)人）").groups()]
    tot, passed, pass_rate = nums(one(P, r"共培训干部(\d+)人次，结业考核合格(\d+)人，合格率" + NUM + "%"), "n", "n", "n")
    fm = one(P, r"按(\d+)元/人·天综合定额结算培训费，分别为" + NUM + r"万元、" + NUM + r"万元；书记班学员走读，按(\d+)元/人·天结算" + NUM + r"万元")
    std_hi, fee1, fee2, std_lo, fee3 = fm.group(1), N(fm.group(2)), N(fm.group(3)), fm.group(4), N(fm.group(5))
    hours, per_hour = one(P, r"外请授课(\d+)学时，按每学时(\d+)元支付师资费").groups()
    sites, = nums(one(P, r"全年建成县级现场教学点(\d+)个"), "n")
    sat, = nums(one(P, r"学员满意度达" + NUM + "%"), "n")

    R.sum(annual, [init, prov, carry], "年初 + 省级补助 + 上年结转 = 全年")
    R.conflict(init, amt("(1)", "total"), "年初 text/table")
    R.conflict(prov, amt("(2)", "prov"), "省级 text/table")
    R.conflict(carry, amt("(2)", "carry"), "上年结转 text/table")
    R.conflict(annual, amt("(2)", "total"), "全年 text/table")
    R.identity("rate_mismatch", [amt("(3)", "total"), annual], lambda x: same(x[0], x[1]), "资金全部到位 ⇒ 到位 = 全年")
    R.conflict(spent, amt("(4)", "total"), "执行 text/table")
    R.rate(rate, spent, annual, "执行率 text")
    R.conflict(rate, N(ft["(7)"]["total"]), "执行率 text/table", money=False)
    R.sum(spent, [f1, f2, f3], "spending by use")
    R.balance(bal, annual, spent, "结余 text")
    R.conflict(bal, amt("(5)", "total"), "结余 text/table")
    R.conflict(bal, amt("(5)", "county"), "县级结余 text/table")
    R.sum(N(str(c[0])), [N(str(c[1])), N(str(c[4])), N(str(c[7]))], "periods by class", money=False)
    R.sum(tot, [N(str(c[1] * c[3])), N(str(c[4] * c[6])), N(str(c[7] * c[9]))], "人次 by class", money=False)
    R.rate(pass_rate, passed, tot, "合格率", money=False)
    R.at_most_100(pass_rate, "合格率")
    R.sum(N(one(P, r"全年累计培训约(\d+)人天").group(1)), [N(str(x)) for x in (c[1] * c[2] * c[3], c[4] * c[5] * c[6], c[7] * c[8] * c[9])],
          "约…人天 (an approximate figure: compared only because it happens to be exact)", money=False)
    R.product(fee1, [(std_hi, c[2], c[3], c[1])], "乡科级班培训费")
    R.product(fee2, [(std_hi, c[5], c[6], c[4])], "中青年班培训费")
    R.product(fee3, [(std_lo, c[8], c[9], c[7])], "书记班培训费")
    R.sum(f1, [fee1, fee2, fee3], "培训费 = Σ 班次")
    R.product(f2, [(per_hour, hours, 1, 1)], "师资费 = 学时 × 元/学时")
    R.at_most_100(sat, "满意度")
    R.conflict(N(std_hi), N(g[4]), "定额标准", money=False)

    # 附件1 (one cell a line)
    blocks = [b for b in flat_blocks(T) if len(b) == 9]
    if not blocks or blocks[0][0] != "一级指标" or blocks[-1][0] != "合计":
        raise ParseError("附件1 not rebuilt")
    raw = [b for b in blocks[1:-1]]
    rows = []
    for l1, b in fill_levels(raw):
        rows.append(Row(l1, b[2], b[4], b[5], b[6], b[3], b[7]))
    tw, ts = N(blocks[-1][3]), N(blocks[-1][7])
    check_rows(R, rows, None, None, tw, ts,
               levels={"预算执行指标": lv[0], "产出指标": lv[1], "效益指标": lv[2], "满意度指标": lv[3]})
    R.sum(total_p, lv, "level scores = 总得分", money=False, code="score_sum_mismatch")
    R.conflict(total_p, ts, "总分 text/table", money=False)
    check_grade(R, ts, grade, "grade")
    rb = rows_by_name(rows)
    ex = rb["预算执行率"]
    conflict_measure(R, (rate, "%"), ex.actual, "执行率 text/附件1")
    conflict_measure(R, (N(str(c[0])), "期"), rb["举办主体班次（期）"].actual, "期数")
    conflict_measure(R, (N(g[1]), "期"), rb["举办主体班次（期）"].target, "期数目标")
    conflict_measure(R, (tot, "人次"), rb["培训干部人次"].actual, "人次")
    conflict_measure(R, (N(g[2]), "人次"), rb["培训干部人次"].target, "人次目标")
    conflict_measure(R, (pass_rate, "%"), rb["学员结业合格率"].actual, "合格率")
    conflict_measure(R, (N(g[3]), "%"), rb["学员结业合格率"].target, "合格率目标")
    conflict_measure(R, (N(std_hi), "元/人·天"), rb["乡科级班和中青年班培训费综合定额"].actual, "定额")
    conflict_measure(R, (N(g[4]), "元/人·天"), rb["乡科级班和中青年班培训费综合定额"].target, "定额目标")
    conflict_measure(R, (sites, "个"), rb["建成县级现场教学点"].actual, "教学点")
    conflict_measure(R, (N(g[5]), "个"), rb["建成县级现场教学点"].target, "教学点目标")
    conflict_measure(R, (sat, "%"), rb["参训学员满意度"].actual, "满意度")
    conflict_measure(R, (N(g[6]), "%"), rb["参训学员满意度"].target, "满意度目标")
    exec_score_rule(R, ex.weight, ex.score, ex.actual.num, spent, annual)
    R.conflict(N(one(P, r"原计划的第(\d+)个教学点").group(1)), N(g[5]), "计划教学点", money=False)
    R.sum(N(g[5]), [sites, N(one(T, r"(\d+)个教学点因场馆改造").group(1))], "计划 = 建成 + 未验收", money=False)
    return R


# ----------------------------------------------------------------------------- C: 遂川 2023 (部门整体)
FOOTER = re.compile(r"(?m)^— \d+ —$")


def check_suichuan(text):
    R = Results("suichuan")
    Y = 2023
    P, T = split_at(text, "附表\n")
    flat = "".join(ln.strip() for ln in FOOTER.sub("", P).split("\n"))

    R.year_eq(one(flat, r"(\d{4})年度部门整体支出绩效自评报告").group(1), Y, "title")
    R.year_eq(one(T, r"(\d{4})年度部门整体支出绩效自评表").group(1), Y, "table title")
    m = one(flat, r"(\d{4})年年初预算" + NUM + r"万元，年中财政追加" + NUM + r"万元，加上上年结转资金" + NUM + r"万元，调整后全年预算" + NUM +
            r"万元，其中财政拨款收入" + NUM + r"万元、上年结转资金" + NUM + r"万元。按支出性质分，基本支出" + NUM + r"万元，项目支出" + NUM + r"万元")
    R.year_eq(m.group(1), Y, "预算年度")
    init, add, carry, annual, fiscal, carry2, basic_b, proj_b = [N(x) for x in m.groups()[1:]]
    m = one(flat, r"(\d{4})年全年预算资金" + NUM + r"万元全部到位，到位率" + NUM + r"%；全年支出" + NUM + r"万元，预算执行率" + NUM + r"%，年末结余" + NUM + r"万元")
    R.year_eq(m.group(1), Y, "执行年度")
    recv, recv_rate, spent, rate, bal = [N(x) for x in m.groups()[1:]]
    for y in re.findall(r"结转至(\d{4})年", flat):
        R.year_after(y, Y, "结转")
    basic, staff, office, basic_rate = nums(one(flat, r"1\.基本支出" + NUM + r"万元，其中人员经费" + NUM + r"万元、公用经费" + NUM +
                                               r"万元，全部按预算执行，执行率" + NUM + "%"), "w", "w", "w", "n")
    pm = nums(one(flat, r"项目支出预算" + NUM + r"万元，实际支出" + NUM + r"万元，执行率" + NUM + r"%。其中：主体班次培训经费预算" + NUM + r"万元，支出" + NUM +
                  r"万元；教学科研及课程开发经费预算" + NUM + r"万元，支出" + NUM + r"万元；校园维修改造经费预算" + NUM + r"万元，支出" + NUM + r"万元"),
              "w", "w", "n", "w", "w", "w", "w", "w", "w")
    proj_b2, proj_s, proj_r, tr_b, tr_s, rs_b, rs_s, rep_b, rep_s = pm
    sg = one(flat, r"“三公”经费支出" + NUM + r"万元，其中公务接待费" + NUM + r"元、公务用车运行维护费" + NUM + r"万元，因公出国（境）费为0，较上年的" + NUM +
             r"万元下降" + NUM + "%")
    sg_tot, sg_rec, sg_car, sg_last, sg_drop = N(sg.group(1)), N(sg.group(2), YUAN), N(sg.group(3)), N(sg.group(4)), N(sg.group(5))
    g = one(flat, r"举办主体班(\d+)期、培训干部(\d+)人次以上；完成课题研究(\d+)项以上；学员结业考核合格率不低于(\d+)%；培训费综合定额控制在(\d+)元/人·天以内；"
                  r"网络学院注册学员(\d+)人以上；学员满意度(\d+)%以上").groups()
    c = [int(x) for x in one(flat, r"全年举办主体班(\d+)期：科级干部进修班(\d+)期，每期(\d+)天、(\d+)人；中青年干部培训班(\d+)期，(\d+)天、(\d+)人；"
                                   r"村（社区）“两委”干部培训班(\d+)期，每期(\d+)天、(\d+)人；新任职科级干部任职培训班(\d+)期，(\d+)天、(\d+)人。").groups()]
    tot, passed, pass_rate = nums(one(flat, r"共培训干部(\d+)人次，结业考核合格(\d+)人，合格率" + NUM + "%"), "n", "n", "n")
    fm = one(flat, r"任职培训班按(\d+)元/人·天，“两委”干部培训班学员走读，按(\d+)元/人·天，全年培训费" + NUM + r"万元，人均培训费用" + NUM + r"元。外请师资(\d+)学时，按(\d+)元/学时"
                   r"标准支付" + NUM + r"(万元|元)；现场教学及教学资料费" + NUM + r"万元。主体班次培训经费合计支出" + NUM + r"万元")
    std_hi, std_lo = fm.group(1), fm.group(2)
    fee, per_head = N(fm.group(3)), N(fm.group(4), YUAN)
    hours, per_hour = fm.group(5), fm.group(6)
    teach = N(fm.group(7), WAN if fm.group(8) == "万元" else YUAN)
    site_fee, tr_total = N(fm.group(9)), N(fm.group(10))
    research, = nums(one(flat, r"完成县级课题研究(\d+)项"), "n")
    online, = nums(one(flat, r"新增注册学员(\d+)人"), "n")
    pishi, = nums(one(flat, r"肯定性批示(\d+)篇"), "n")
    sat, = nums(one(flat, r"）显示，学员满意度" + NUM + "%"), "n")
    m = one(flat, r"我校(\d{4})年度部门整体支出绩效自评得分" + NUM + r"分，评价等级为“(\S+?)”。其中预算执行得分" + NUM + r"分，产出指标得分" + NUM +
            r"分，效益指标得分" + NUM + r"分，满意度指标得分" + NUM + "分")
    R.year_eq(m.group(1), Y, "自评年度")
    total_p, grade = N(m.group(2)), m.group(3)
    lv = [N(m.group(i)) for i in (4, 5, 6, 7)]

    # funds
    R.sum(annual, [init, add, carry], "年初 + 追加 + 上年结转 = 全年")
    R.sum(fiscal, [init, add], "财政拨款 = 年初 + 追加")
    R.sum(annual, [fiscal, carry2], "全年 = 财政拨款 + 上年结转")
    R.sum(annual, [basic_b, proj_b], "全年 = 基本 + 项目")
    R.conflict(carry, carry2, "上年结转 restated")
    R.conflict(annual, recv, "全年 restated")
    R.rate(recv_rate, recv, annual, "到位率")
    R.at_most_100(recv_rate, "到位率")
    R.rate(rate, spent, annual, "执行率")
    R.at_most_100(rate, "执行率")
    R.balance(bal, recv, spent, "结余")
    R.sum(basic, [staff, office], "基本支出 = 人员 + 公用")
    R.conflict(basic, basic_b, "基本支出 restated")
    R.conflict(proj_b2, proj_b, "项目支出 restated")
    R.rate(proj_r, proj_s, proj_b2, "项目支出执行率")
    R.sum(proj_b2, [tr_b, rs_b, rep_b], "项目预算 by project")
    R.sum(proj_s, [tr_s, rs_s, rep_s], "项目支出 by project")
    R.sum(sg_tot, [sg_rec, sg_car], "三公 = 接待 + 用车")
    R.identity("rate_mismatch", [sg_drop, sg_last, sg_tot], lambda x: near(x[0], pct(x[1].v - x[2].v, x[1].v)),
               "三公 decline", money=[1, 2])

    lines = T.split("\n")
    fb = {}
    for name in ("年度资金总额", "按收入性质分：财政拨款", "上年结转资金", "其他资金", "按支出性质分：基本支出", "项目支出"):
        cand = [ln for ln in lines if ln.strip().startswith(name + " ")]
        if len(cand) != 1:
            raise ParseError("funds row %s" % name)
        fb[name] = re.split(r"\s{2,}", cand[0].strip())[1:]
    funds_checks(R, fb, "年度资金总额", None, rate_idx=4,
                 decomps=[["按收入性质分：财政拨款", "上年结转资金", "其他资金"], ["按支出性质分：基本支出", "项目支出"]])
    ft = fb["年度资金总额"]
    R.conflict(init, N(ft[0]), "年初 text/table")
    R.conflict(annual, N(ft[1]), "全年 text/table")
    R.conflict(spent, N(ft[2]), "执行 text/table")
    R.conflict(rate, N(ft[4]), "执行率 text/table", money=False)
    R.conflict(fiscal, N(fb["按收入性质分：财政拨款"][1]), "财政拨款 text/table")
    R.conflict(carry, N(fb["上年结转资金"][1]), "上年结转 text/table")
    R.conflict(basic_b, N(fb["按支出性质分：基本支出"][1]), "基本支出 text/table")
    R.conflict(basic, N(fb["按支出性质分：基本支出"][2]), "基本支出执行 text/table")
    R.rate(basic_rate, N(fb["按支出性质分：基本支出"][2]), N(fb["按支出性质分：基本支出"][1]), "基本支出执行率")
    R.conflict(proj_b, N(fb["项目支出"][1]), "项目支出 text/table")
    R.conflict(proj_s, N(fb["项目支出"][2]), "项目支出执行 text/table")
    exec_w, exec_s = N(ft[3]), N(ft[5])
    exec_score_rule(R, exec_w, exec_s, N(ft[4]), N(ft[2]), N(ft[1]))

    # outputs
    R.sum(N(str(c[0])), [N(str(c[i])) for i in (1, 4, 7, 10)], "periods by class", money=False)
    R.sum(tot, [N(str(x)) for x in (c[1] * c[3], c[4] * c[6], c[7] * c[9], c[10] * c[12])], "人次 by class", money=False)
    R.rate(pass_rate, passed, tot, "合格率", money=False)
    R.at_most_100(pass_rate, "合格率")
    R.product(fee, [(std_hi, c[2], c[3], c[1]), (std_hi, c[5], c[6], c[4]), (std_lo, c[8], c[9], c[7]),
                    (std_hi, c[11], c[12], c[10])], "培训费 = Σ 定额 × 天 × 人 × 期")
    R.average(per_head, fee, tot, "人均培训费用")
    R.product(teach, [(per_hour, hours, 1, 1)], "师资费 = 学时 × 元/学时")
    R.sum(tr_total, [fee, teach, site_fee], "主体班次培训经费 = 培训费 + 师资费 + 现场教学及资料费")
    R.conflict(tr_total, tr_s, "主体班次培训经费支出 restated")
    R.at_most_100(sat, "满意度")
    R.conflict(N(std_hi), N(g[4]), "定额标准", money=False)

    # indicator table
    lines = T.split("\n")
    h = next(i for i, ln in enumerate(lines) if ln.startswith("一级指标"))
    t = next(i for i, ln in enumerate(lines) if ln.startswith("总分"))
    rows = []
    last = ""
    for ln in lines[h + 1:t]:
        if not ln.strip() or FOOTER.match(ln):
            continue
        cells = re.split(r"\s{2,}", ln.strip())
        if ln == ln.lstrip() and len(cells) >= 8:
            last = cells[0]
        name, target, actual, completion, weight, score = cells[-6:]
        rows.append(Row(last, name, target, actual, completion, weight, score))
    tcells = re.split(r"\s{2,}", lines[t].strip())
    tw, ts = N(tcells[-2]), N(tcells[-1])
    check_rows(R, rows, exec_w, exec_s, tw, ts,
               levels={"exec": lv[0], "产出指标": lv[1], "效益指标": lv[2], "满意度指标": lv[3]})
    R.sum(total_p, lv, "level scores = 自评得分", money=False, code="score_sum_mismatch")
    R.conflict(total_p, ts, "总分 text/table", money=False)
    check_grade(R, ts, grade, "grade")
    rb = rows_by_name(rows)
    conflict_measure(R, (N(str(c[0])), "期"), rb["举办主体班次"].actual, "期数")
    conflict_measure(R, (N(g[0]), "期"), rb["举办主体班次"].target, "期数目标")
    conflict_measure(R, (tot, "人次"), rb["培训干部人次"].actual, "人次")
    conflict_measure(R, (N(g[1]), "人次"), rb["培训干部人次"].target, "人次目标")
    conflict_measure(R, (research, "项"), rb["完成课题研究"].actual, "课题")
    conflict_measure(R, (N(g[2]), "项"), rb["完成课题研究"].target, "课题目标")
    conflict_measure(R, (pass_rate, "%"), rb["学员结业考核合格率"].actual, "合格率")
    conflict_measure(R, (N(g[3]), "%"), rb["学员结业考核合格率"].target, "合格率目标")
    conflict_measure(R, (N(std_hi), "元/人·天"), rb["培训费综合定额"].actual, "定额")
    conflict_measure(R, (N(g[4]), "元/人·天"), rb["培训费综合定额"].target, "定额目标")
    conflict_measure(R, (pishi, "篇"), rb["决策咨询成果获批示"].actual, "批示")
    conflict_measure(R, (online, "人"), rb["网络学院注册学员"].actual, "注册学员")
    conflict_measure(R, (N(g[5]), "人"), rb["网络学院注册学员"].target, "注册学员目标")
    conflict_measure(R, (sat, "%"), rb["学员满意度"].actual, "满意度")
    conflict_measure(R, (N(g[6]), "%"), rb["学员满意度"].target, "满意度目标")
    R.year_eq(one(flat, r"(\d{4})年末在职人员").group(1), Y, "年末人数")
    R.year_eq(one(flat, r"(\d{4})年，我校围绕").group(1), Y, "目标年度")
    R.conflict(research, N(one(flat, r"课题研究完成(\d+)项，未达到年度目标").group(1)), "课题 restated", money=False)
    R.sum(N(g[2]), [research, N(one(flat, r"另有(\d+)项因调研尚未结束").group(1))], "课题目标 = 完成 + 延期", money=False)
    return R


# ----------------------------------------------------------------------------- D: 商城 2021
def check_shangcheng(text):
    R = Results("shangcheng")
    Y = 2021
    P, T = split_at(text, "附件\n项目支出绩效自评表")
    R.year_eq(one(P, r"商城县委党校(\d{4})年度干部教育培训经费").group(1), Y, "title")
    R.year_eq(one(T, r"（(\d{4})年度）").group(1), Y, "table header")
    budget, = nums(one(P, r"县财政安排干部教育培训经费" + NUM + r"万元，全年预算未调整"), "w")
    std_hi, std_lo = one(P, r"中青年干部培训班(\d+)元/人·天，村党支部书记培训班学员走读，(\d+)元/人·天").groups()
    g = one(P, r"举办主体班次(\d+)期，培训干部(\d+)人次以上；开设党史专题课程(\d+)门以上；学员结业考核合格率不低于(\d+)%；"
               r"党史学习教育专题培训覆盖全县科级干部(\d+)%以上；新建红色现场教学点(\d+)个；学员满意度(\d+)%以上").groups()
    m = one(P, r"本项目(\d{4})年度绩效自评得分" + NUM + r"分，等级为(优秀|良好|中等|较差|优|良|中|差)。")
    R.year_eq(m.group(1), Y, "自评年度")
    total_p, grade = N(m.group(2)), m.group(3)
    m = one(P, r"县级预算" + NUM + r"万元于(\d{4})年(\d{1,2})月下达，资金到位率" + NUM + r"%。截至(\d{4})年12月31日，项目支出" + NUM +
            r"万元，预算执行率" + NUM + r"%，结余" + NUM + r"万元，结转至(\d{4})年")
    recv = N(m.group(1))
    R.year_issue(m.group(2), m.group(3), Y, "县级预算下达")
    recv_rate = N(m.group(4))
    R.year_eq(m.group(5), Y, "截至")
    spent, rate, bal = N(m.group(6)), N(m.group(7)), N(m.group(8))
    R.year_after(m.group(9), Y, "结转")
    parts = nums(one(P, r"支出构成：培训费" + NUM + r"万元，师资费" + NUM + r"万元，现场教学费" + NUM + r"万元"), "w", "w", "w")
    c = [int(x) for x in one(P, r"全年举办主体班(\d+)期，培训干部(\d+)人次。其中：党史学习教育专题科级干部轮训班(\d+)期，每期(\d+)天、(\d+)人；"
                                r"中青年干部培训班(\d+)期，(\d+)天、(\d+)人；村党支部书记培训班(\d+)期，每期(\d+)天、(\d+)人").groups()]
    cadres, cover = nums(one(P, r"全县在职科级干部(\d+)名全部参加轮训，覆盖率" + NUM + "%"), "n", "n")
    courses, more = nums(one(P, r"开设党史专题课程(\d+)门，比计划多(\d+)门"), "n", "n")
    hours, per_hour = one(P, r"外请专家授课(\d+)学时，按(\d+)元/学时").groups()
    passed, pass_rate = nums(one(P, r"结业考核合格(\d+)人，合格率" + NUM + "%"), "n", "n")
    sites, = nums(one(P, r"新建红色现场教学点(\d+)个，另"), "n")
    sat, = nums(one(P, r"结业测评学员满意度" + NUM + "%"), "n")

    R.conflict(budget, recv, "县级预算 restated")
    R.rate(recv_rate, recv, budget, "到位率")
    R.at_most_100(recv_rate, "到位率")
    R.rate(rate, spent, budget, "执行率")
    R.at_most_100(rate, "执行率")
    R.balance(bal, recv, spent, "结余")
    R.sum(spent, parts, "spending by use")
    per = [c[2], c[5], c[8]]
    R.sum(N(str(c[0])), [N(str(x)) for x in per], "periods by class", money=False)
    tot = N(str(c[1]))
    R.sum(tot, [N(str(x)) for x in (c[2] * c[4], c[5] * c[7], c[8] * c[10])], "人次 by class", money=False)
    R.product(parts[0], [(std_hi, c[3], c[4], c[2]), (std_hi, c[6], c[7], c[5]), (std_lo, c[9], c[10], c[8])],
              "培训费 = Σ 定额 × 天 × 人 × 期")
    R.product(parts[1], [(per_hour, hours, 1, 1)], "师资费 = 学时 × 元/学时")
    fee_y = N(one(P, r"培训费按综合定额据实结算，合计(\d+)元").group(1), YUAN)
    R.conflict(parts[0], fee_y, "培训费 万元/元")
    R.product(fee_y, [(std_hi, c[3], c[4], c[2]), (std_hi, c[6], c[7], c[5]), (std_lo, c[9], c[10], c[8])], "培训费（元）")
    R.sum(cadres, [N(str(c[2] * c[4]))], "轮训人次 = 在职科级干部（全部参加）", money=False)
    R.rate(cover, N(str(c[2] * c[4])), cadres, "覆盖率", money=False)
    R.at_most_100(cover, "覆盖率")
    R.sum(courses, [N(g[2]), more], "课程 = 计划 + 多开", money=False)
    R.rate(pass_rate, passed, tot, "合格率", money=False)
    R.at_most_100(pass_rate, "合格率")
    R.at_most_100(sat, "满意度")

    fb = funds_block_tab(T, ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"], 6)
    funds_checks(R, fb, "年度资金总额", ["其中：当年财政拨款", "上年结转资金", "其他资金"], rate_idx=4)
    ft = fb["年度资金总额"]
    R.identity("rate_mismatch", [N(ft[0]), N(ft[1])], lambda x: same(x[0], x[1]), "全年预算未调整 ⇒ 年初 = 全年")
    R.conflict(budget, N(ft[1]), "预算 text/table")
    R.conflict(spent, N(ft[2]), "执行 text/table")
    R.conflict(rate, N(ft[4]), "执行率 text/table", money=False)
    exec_w, exec_s = N(ft[3]), N(ft[5])
    exec_score_rule(R, exec_w, exec_s, N(ft[4]), N(ft[2]), N(ft[1]))

    ge = one(T, r"\t举办主体班(\d+)期，完成")
    gm = one(T, r"举办主体班(\d+)期、培训干部(\d+)人次")
    rows, tw, ts = tab_rows(T, "一级指标\t", "总分\t",
                            ["l1", "l2", "name", "target", "actual", "completion", "weight", "score", "note"])
    check_rows(R, rows, exec_w, exec_s, tw, ts)
    R.conflict(total_p, ts, "总分 text/table", money=False)
    check_grade(R, ts, grade, "grade")
    rb = rows_by_name(rows)
    R.conflict(N(g[0]), N(ge.group(1)), "期数目标 goal row", money=False)
    R.conflict(N(str(c[0])), N(gm.group(1)), "期数 goal row", money=False)
    R.conflict(tot, N(gm.group(2)), "人次 goal row", money=False)
    conflict_measure(R, (N(str(c[0])), "期"), rb["举办主体班次"].actual, "期数")
    conflict_measure(R, (N(g[0]), "期"), rb["举办主体班次"].target, "期数目标")
    conflict_measure(R, (tot, "人次"), rb["培训干部人次"].actual, "人次")
    conflict_measure(R, (N(g[1]), "人次"), rb["培训干部人次"].target, "人次目标")
    conflict_measure(R, (courses, "门"), rb["党史专题课程"].actual, "课程")
    conflict_measure(R, (N(g[2]), "门"), rb["党史专题课程"].target, "课程目标")
    conflict_measure(R, (pass_rate, "%"), rb["学员结业考核合格率"].actual, "合格率")
    conflict_measure(R, (N(g[3]), "%"), rb["学员结业考核合格率"].target, "合格率目标")
    conflict_measure(R, (N(std_hi), "元/人·天"), rb["培训费综合定额"].actual, "定额")
    conflict_measure(R, (N(std_hi), "元/人·天"), rb["培训费综合定额"].target, "定额目标")
    conflict_measure(R, (cover, "%"), rb["科级干部专题轮训覆盖率"].actual, "覆盖率")
    conflict_measure(R, (N(g[4]), "%"), rb["科级干部专题轮训覆盖率"].target, "覆盖率目标")
    conflict_measure(R, (sites, "个"), rb["新建红色现场教学点"].actual, "教学点")
    R.year_eq(one(P, r"(\d{4})年是中国共产党成立").group(1), Y, "背景年度")
    R.year_eq(one(P, r"(\d{4})年，县财政安排").group(1), Y, "预算年度")
    for pat, where in ((r"(\d+)个红色现场教学点未能按期建成", P), (r"另(\d+)个因场地征用", P), (r"(\d+)个教学点因场地征用", T)):
        R.sum(N(g[5]), [sites, N(one(where, pat).group(1))], "计划教学点 = 建成 + 未建", money=False)
    R.conflict(more, N(one(T, r"新增“四史”专题课程(\d+)门").group(1)), "多开课程 text/table", money=False)
    conflict_measure(R, (N(g[5]), "个"), rb["新建红色现场教学点"].target, "教学点目标")
    conflict_measure(R, (sat, "%"), rb["学员满意度"].actual, "满意度")
    conflict_measure(R, (N(g[6]), "%"), rb["学员满意度"].target, "满意度目标")
    return R


# ----------------------------------------------------------------------------- E: 凌云 2025
def check_lingyun(text):
    R = Results("lingyun")
    Y = 2025
    P, T = split_at(text, "附件1\n项目支出绩效自评表")
    R.year_eq(one(P, r"党校(\d{4})年度干部教育培训专项经费").group(1), Y, "title")
    R.year_eq(one(P, r"《(\d{4})年全县干部教育培训计划》").group(1), Y, "计划")
    R.year_eq(one(T, r"（(\d{4})年度）").group(1), Y, "table header")
    m = one(P, r"(\d{4})年县财政批复我校干部教育培训专项经费年初预算" + NUM + r"万元，于(\d{4})年(\d{1,2})月下达；自治区党委组织部下达的干部教育培训补助资金" + NUM +
            r"万元已于(\d{4})年(\d{1,2})月提前下达，全年预算" + NUM + r"万元，资金全部到位，到位率" + NUM + r"%。全年支出" + NUM + r"万元，预算执行率" + NUM +
            r"%。其中县级资金执行" + NUM + r"万元，执行率" + NUM + r"%；自治区补助资金" + NUM + r"万元全部支出，执行率" + NUM + r"%。年末结余" + NUM +
            r"万元，结转至(\d{4})年")
    gr = m.groups()
    R.year_eq(gr[0], Y, "批复年度")
    county_b = N(gr[1])
    R.year_issue(gr[2], gr[3], Y, "县级预算下达")
    region_b = N(gr[4])
    R.year_issue(gr[5], gr[6], Y, "自治区补助下达")
    annual, recv_rate, spent, rate, county_s, county_r, region_s, region_r, bal = [N(x) for x in gr[7:16]]
    R.year_after(gr[16], Y, "结转")
    parts = nums(one(P, r"支出构成：培训费" + NUM + r"万元、师资费" + NUM + r"万元、教学资料费" + NUM + r"万元"), "w", "w", "w")
    g = one(P, r"举办主体班次(\d+)期，培训干部(\d+)人次以上，学员结业考核合格率(\d+)%以上，学员鉴定材料(\d+)个工作日内归档，培训费综合定额不超过(\d+)元/人·天，"
               r"开发本土特色课程(\d+)门以上，学员满意度(\d+)%以上").groups()
    m = one(P, r"本项目(\d{4})年度绩效自评得分" + NUM + r"分，评价等级为“(\S+?)”。其中预算执行指标得分" + NUM + r"分，产出指标得分" + NUM +
            r"分，效益指标得分" + NUM + r"分，满意度指标得分" + NUM + "分")
    R.year_eq(m.group(1), Y, "自评年度")
    total_p, grade = N(m.group(2)), m.group(3)
    lv = [N(m.group(i)) for i in (4, 5, 6, 7)]
    periods, = nums(one(P, r"全年实际举办主体班次(\d+)期"), "n")
    c = [int(x) for x in one(P, r"全年举办科级干部进修班(\d+)期（(\d+)天，(\d+)人）、中青年干部培训班(\d+)期（(\d+)天，(\d+)人）、"
                                r"村（社区）干部乡村振兴培训班(\d+)期（每期(\d+)天、(\d+)人）").groups()]
    tot, passed, pass_rate = nums(one(P, r"共培训干部(\d+)人次，结业考核合格(\d+)人，合格率" + NUM + "%"), "n", "n", "n")
    std_hi, std_lo, hours, per_hour = one(P, r"中青年班按(\d+)元/人·天，村（社区）干部班按(\d+)元/人·天结算培训费。外请授课(\d+)学时，每学时(\d+)元").groups()
    courses, = nums(one(P, r"本土特色课程(\d+)门。"), "n")
    sat, s1, s2, s3 = nums(one(P, r"学员满意度" + NUM + r"%，其中对教学内容满意度" + NUM + r"%、对师资满意度" + NUM + r"%、对组织服务满意度" + NUM + "%"),
                           "n", "n", "n", "n")

    R.sum(annual, [county_b, region_b], "全年 = 县级 + 自治区")
    R.rate(recv_rate, annual, annual, "到位率（资金全部到位）")
    R.at_most_100(recv_rate, "到位率")
    R.rate(rate, spent, annual, "执行率")
    R.at_most_100(rate, "执行率")
    R.rate(county_r, county_s, county_b, "县级执行率")
    R.at_most_100(county_r, "县级执行率")
    R.rate(region_r, region_s, region_b, "自治区补助执行率（全部支出）")
    R.at_most_100(region_r, "自治区补助执行率")
    R.sum(spent, [county_s, region_s], "支出 = 县级 + 自治区")
    R.balance(bal, annual, spent, "结余")
    R.sum(spent, parts, "spending by use")
    R.product(parts[0], [(std_hi, c[1], c[2], c[0]), (std_hi, c[4], c[5], c[3]), (std_lo, c[7], c[8], c[6])],
              "培训费 = Σ 定额 × 天 × 人 × 期")
    R.product(parts[1], [(per_hour, hours, 1, 1)], "师资费 = 学时 × 元/学时")
    R.sum(periods, [N(str(c[i])) for i in (0, 3, 6)], "periods by class", money=False)
    R.sum(tot, [N(str(x)) for x in (c[0] * c[2], c[3] * c[5], c[6] * c[8])], "人次 by class", money=False)
    R.rate(pass_rate, passed, tot, "合格率", money=False)
    R.at_most_100(pass_rate, "合格率")
    for s in (sat, s1, s2, s3):
        R.at_most_100(s, "满意度")
    R.conflict(N(std_hi), N(g[4]), "定额标准", money=False)

    fb = funds_block_tab(T, ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"], 4)
    funds_checks(R, fb, "年度资金总额", ["其中：当年财政拨款", "上年结转资金", "其他资金"], rate_idx=3)
    ft = fb["年度资金总额"]
    R.conflict(county_b, N(ft[0]), "年初 text/table")
    R.conflict(annual, N(ft[1]), "全年 text/table")
    R.conflict(spent, N(ft[2]), "执行 text/table")
    R.conflict(rate, N(ft[3]), "执行率 text/table", money=False)
    fiscal = fb["其中：当年财政拨款"]
    R.sum(N(fiscal[1]), [county_b, region_b], "当年财政拨款 = 县级 + 自治区")
    R.sum(N(fiscal[2]), [county_s, region_s], "当年财政拨款执行 = 县级 + 自治区")

    rows, tw, ts = tab_rows(T, "一级指标\t", "合计\t",
                            ["l1", "l2", "name", "weight", "target", "actual", "completion", "score", "note"])
    check_rows(R, rows, None, None, tw, ts,
               levels={"预算执行指标": lv[0], "产出指标": lv[1], "效益指标": lv[2], "满意度指标": lv[3]})
    R.sum(total_p, lv, "level scores = 自评得分", money=False, code="score_sum_mismatch")
    R.conflict(total_p, ts, "总分 text/table", money=False)
    check_grade(R, ts, grade, "grade")
    rb = rows_by_name(rows)
    ex = rb["预算执行率"]
    conflict_measure(R, (rate, "%"), ex.actual, "执行率 text/table")
    exec_score_rule(R, ex.weight, ex.score, ex.actual.num if ex.actual.quant else rate, spent, annual)
    conflict_measure(R, (periods, "期"), rb["举办主体班次"].actual, "期数")
    conflict_measure(R, (N(g[0]), "期"), rb["举办主体班次"].target, "期数目标")
    conflict_measure(R, (tot, "人次"), rb["培训干部人次"].actual, "人次")
    conflict_measure(R, (N(g[1]), "人次"), rb["培训干部人次"].target, "人次目标")
    conflict_measure(R, (pass_rate, "%"), rb["学员结业考核合格率"].actual, "合格率")
    conflict_measure(R, (N(g[2]), "%"), rb["学员结业考核合格率"].target, "合格率目标")
    conflict_measure(R, (N(g[3]), "个工作日"), rb["学员鉴定材料归档时间"].target, "归档目标")
    conflict_measure(R, (N(std_hi), "元/人·天"), rb["培训费综合定额"].actual, "定额")
    conflict_measure(R, (N(g[4]), "元/人·天"), rb["培训费综合定额"].target, "定额目标")
    conflict_measure(R, (courses, "门"), rb["本土特色课程"].actual, "课程")
    for pat, where in ((r"但因(\d+)期班次推迟", P), (r"(\d+)期班次推迟，相应", T), (r"(\d+)期班次推迟举办", T)):
        R.sum(N(g[0]), [periods, N(one(where, pat).group(1))], "计划期数 = 实际 + 推迟", money=False)
    R.sum(N(g[0]), [periods, N("1"), N(one(P, r"年轻干部培训班和(\d+)期村（社区）干部培训班推迟").group(1))],
          "计划期数 = 实际 + 年轻干部班 + 村干部班", money=False)
    R.add("rate_mismatch", rate.v < N(one(P, r"预算执行率低于(\d+)%").group(1)).v, "执行率低于 threshold")
    conflict_measure(R, (N(g[5]), "门"), rb["本土特色课程"].target, "课程目标")
    conflict_measure(R, (sat, "%"), rb["学员满意度"].actual, "满意度")
    conflict_measure(R, (N(g[6]), "%"), rb["学员满意度"].target, "满意度目标")
    return R


PROJECTS = {
    "hn-rucheng-dxzhuti-2022": check_rucheng,
    "sx-xiangyuan-dxpeixun-2019": check_xiangyuan,
    "jx-suichuan-dxbumen-2023": check_suichuan,
    "ha-shangcheng-dxdangshi-2021": check_shangcheng,
    "gx-lingyun-dxpeixun-2025": check_lingyun,
}


# ============================================================================= driver
def diff_region(a, b):
    """Common prefix/suffix: returns (start, end_a, end_b)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def occurrences(text, value):
    out, i = [], text.find(value)
    while value and i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out


def main():
    verbose = "-v" in sys.argv
    problems = []
    labels = [json.loads(l) for l in open(LABELS, encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels and case files differ")
    code_count = {c: 0 for c in ERROR_CODES}
    n_checks = 0
    for lab in labels:
        case, src = lab["case"], lab["source"]
        text = open(os.path.join(CASES, case), encoding="utf-8").read()
        clean = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        try:
            R = PROJECTS[src](text)
        except ParseError as e:
            problems.append("%s: cannot read figures back: %s" % (case, e))
            continue
        n_checks += len(R.items)
        failed = R.failed()
        err = {c for c, _ in failed if c in ERROR_CODES}
        warn = {c for c, _ in failed if c not in ERROR_CODES}
        if verbose:
            print("%-40s %4d checks  failed: %s" % (case, len(R.items), sorted(err | warn) or "-"))
            for c, m in failed:
                print("      %s  %s" % (c, m))
        if lab["clean"] and not 1500 <= len(text) <= 5000:
            problems.append("%s: %d characters (1,500-5,000 wanted)" % (case, len(text)))
        if lab["clean"]:
            if lab["expected"]:
                problems.append("%s: clean case with expected findings" % case)
            if failed:
                problems.append("%s: clean draft fails %s" % (case, failed))
            if text != clean:
                problems.append("%s: differs from itself?" % case)
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append("%s: expected exactly one label" % case)
            continue
        e = exp[0]
        code = e["code"]
        if code not in ERROR_CODES or e.get("severity") != "error":
            problems.append("%s: bad code/severity %s" % (case, e))
        code_count[code] = code_count.get(code, 0) + 1
        if err != {code}:
            problems.append("%s: labelled %s but the arithmetic fails %s" % (case, code, sorted(err)))
        if warn and verbose:
            print("      (warnings only: %s)" % sorted(warn))
        occ = occurrences(text, e["value"])
        if len(occ) != 1:
            problems.append("%s: value %r occurs %d times" % (case, e["value"], len(occ)))
            continue
        p, ea, eb = diff_region(clean, text)
        if ea - p > 40 or eb - p > 40:
            problems.append("%s: edit longer than 40 characters (%d/%d)" % (case, ea - p, eb - p))
        if clean == text:
            problems.append("%s: identical to its clean draft" % case)
        s, t = occ[0]
        overlap = (s < eb and p < t) if eb > p else (s <= p <= t)
        if not overlap:
            problems.append("%s: edit [%d,%d) does not overlap the value [%d,%d)" % (case, p, eb, s, t))
    for c in ERROR_CODES:
        if code_count.get(c, 0) < 2:
            problems.append("code %s labelled %d times (< 2)" % (c, code_count.get(c, 0)))
    if verbose:
        print("codes:", json.dumps(code_count, ensure_ascii=False))
        print("checks run:", n_checks)
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
