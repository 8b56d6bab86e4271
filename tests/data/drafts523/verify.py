#!/usr/bin/env python3
"""Independent re-check of drafts523 (standard library + decimal only).

For every case in labels.jsonl this script reads the figures back from the case text (prose by
anchored regular expressions on a footer-free, line-joined copy; tables by their cells), redoes
every identity of rules.md §7 that the draft states, and compares the resulting error codes with
the label:
  * a clean draft must raise no error and no warning;
  * an error case must raise exactly the labelled error code (warnings such as score_rule_mismatch,
    which a changed score or weight naturally causes, are reported but not counted).
It also checks the labels themselves: value occurs exactly once, the case differs from its clean
draft by one contiguous edit of at most 40 characters that overlaps the value, every error code of
errors.md §A is used at least twice. Prints OK when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
NUM = r"(\d[\d,]*(?:\.\d+)?)"
PCT = r"(\d[\d,]*(?:\.\d+)?%)"
MONEY = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}
RESCALE = [D(10000), D("0.0001"), D(100000000), D("0.00000001")]


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers and tolerance (rules §8)
def dnum(s):
    s = s.strip().rstrip("%").replace(",", "")
    return D(s)


def decs(s):
    s = s.strip().rstrip("%").replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * D(10) ** (-decs(s)) + D("1e-9")


def ok(stated, computed):
    return abs(dnum(stated) - computed) <= tol(stated)


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


class Q:
    """A stated quantity: number string + unit string."""

    def __init__(self, num, unit=""):
        self.num, self.unit = num.strip(), unit.strip()

    def base(self):
        """value and tolerance, money normalised to 万元"""
        f = MONEY.get(self.unit, D(1))
        return dnum(self.num) * f, tol(self.num) * f

    def money(self):
        return self.unit in MONEY

    def __repr__(self):
        return self.num + self.unit


def q(s, default_unit="万元"):
    m = re.fullmatch(r"\s*" + NUM + r"\s*(.*?)\s*", s)
    if not m:
        raise ParseError("not a quantity: %r" % s)
    return Q(m.group(1), m.group(2) or default_unit)


# ---------------------------------------------------------------- findings
class Findings:
    def __init__(self):
        self.errors, self.warnings = [], []

    def err(self, code, msg):
        assert code in CODES, code
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    def codes(self):
        return sorted(set(c for c, _ in self.errors))


# ---------------------------------------------------------------- document access
class Doc:
    def __init__(self, text, footer_re):
        self.raw = text
        self.lines = [l for l in text.split("\n") if not re.fullmatch(footer_re, l)]
        self.flat = "".join(self.lines)

    def one(self, pattern):
        ms = list(re.finditer(pattern, self.flat))
        if len(ms) != 1:
            raise ParseError("%d matches for %r" % (len(ms), pattern))
        return ms[0]

    def all(self, pattern):
        return list(re.finditer(pattern, self.flat))

    def row_spaces(self, label, n, pick=None):
        """table rows copied with runs of spaces: the n cells after the cell `label`
        (pick: a predicate on the cells when the label heads rows of two tables)"""
        hits = []
        for line in self.lines:
            cells = re.split(r"\s{2,}", line.strip())
            if len(cells) > 1 and label in cells:
                rest = cells[cells.index(label) + 1:]
                if pick is None or pick(rest):
                    hits.append(rest)
        if len(hits) != 1:
            raise ParseError("%d rows for %r" % (len(hits), label))
        if len(hits[0]) < n:
            raise ParseError("row %r too short: %r" % (label, hits[0]))
        return hits[0][:n]

    def row_cells(self, label, n):
        """tables copied one cell a line: the n non-empty lines after the line `label`"""
        idx = [i for i, l in enumerate(self.lines) if l.strip() == label]
        if len(idx) != 1:
            raise ParseError("%d cell lines for %r" % (len(idx), label))
        out = []
        for l in self.lines[idx[0] + 1:]:
            if l.strip():
                out.append(l.strip())
            if len(out) == n:
                return out
        raise ParseError("row %r too short" % label)


# ---------------------------------------------------------------- identities
def rescaled_match(a, b):
    """a and b (base values) agree after rescaling one of them by 10^±4 / 10^±8"""
    (av, at), (bv, bt) = a, b
    return any(abs(av * f - bv) <= at * f + bt for f in RESCALE)


def same(F, a, b, what):
    """I11: one quantity stated twice (a, b are Q)"""
    if a.money() != b.money() or (not a.money() and a.unit != b.unit):
        F.err("unit_mismatch", "%s: %r vs %r" % (what, a, b))
        return
    (av, at), (bv, bt) = a.base(), b.base()
    if abs(av - bv) <= max(at, bt):
        return
    if rescaled_match((av, at), (bv, bt)):
        F.err("unit_mismatch", "%s: %r vs %r (off by a power of ten)" % (what, a, b))
    else:
        F.err("conflicting_values", "%s: %r vs %r" % (what, a, b))


def sumcheck(F, parts, total, what, code="sum_mismatch"):
    """I4: total = sum of parts (parts taken as exact); signs allowed as (sign, Q)"""
    items = [(p if isinstance(p, tuple) else (1, p)) for p in parts]
    vals = [(s, p.base()[0]) for s, p in items]
    tv, tt = total.base()
    s = sum(sg * v for sg, v in vals)
    if abs(s - tv) <= tt:
        return
    for i, (sg, v) in enumerate(vals):  # one part written in the wrong money unit?
        for f in RESCALE:
            if abs(s - sg * v + sg * v * f - tv) <= tt and items[i][1].money():
                F.err("unit_mismatch", "%s: part %r off by a power of ten" % (what, items[i][1]))
                return
    if abs(s - tv * RESCALE[0]) <= tt * RESCALE[0] or abs(s - tv * RESCALE[1]) <= tt * RESCALE[1]:
        F.err("unit_mismatch", "%s: total %r off by a power of ten" % (what, total))
        return
    F.err(code, "%s: parts %s = %s, stated %r" % (what, [p for _, p in items], s, total))


def balance(F, a, b, bal, what):
    """I3: bal = a - b"""
    c = a.base()[0] - b.base()[0]
    v, t = bal.base()
    if abs(c - v) > t:
        F.err("balance_mismatch", "%s: %r - %r = %s, stated %r" % (what, a, b, c, bal))


def rate(F, stated, num, den, what, bounded=True):
    """I1/I2/I5: stated rate = num/den*100; over 100% or on a zero base is implausible"""
    nv, dv = num.base()[0], den.base()[0]
    if dv == 0:
        if stated.strip() not in ("—", "-", "0", "0%", "0.00%"):
            F.err("implausible_rate", "%s: %s on a zero base" % (what, stated))
        return
    if stated.strip() in ("—", "-"):
        F.err("rate_mismatch", "%s: rate missing on a non-zero base" % what)
        return
    c = nv / dv * 100
    if bounded and (dnum(stated) > 100 or dnum(stated) < 0 or nv > dv):
        F.err("implausible_rate", "%s: %s (%r of %r)" % (what, stated, num, den))
    if not ok(stated, c):
        F.err("rate_mismatch", "%s: %r/%r = %.4f%%, stated %s" % (what, num, den, c, stated))


def average(F, items, avg, what):
    """I10: avg = mean(items)"""
    vals = [i.base()[0] for i in items]
    c = sum(vals) / len(vals)
    v, t = avg.base()
    if abs(c - v) > t:
        F.err("average_mismatch", "%s: mean %s, stated %r" % (what, c, avg))


def unit_cost(F, total, qty, avg, what):
    """average per unit: total (万元) / quantity (万单位) = 元 per unit; avg stated with 元"""
    c = total.base()[0] / dnum(qty.num)          # 万元 per 万单位 = 元 per unit
    if avg.unit.startswith("元"):
        v, t = dnum(avg.num), tol(avg.num)
    else:
        v, t = avg.base()
        v, t = v * 10000, t * 10000                  # written in 万元: convert to 元
    if abs(c - v) <= t:
        return
    if any(abs(c * f - v) <= t for f in RESCALE) or any(abs(c - dnum(avg.num) * f) <= tol(avg.num) * f for f in RESCALE):
        F.err("unit_mismatch", "%s: %r per unit, computed %s元" % (what, avg, c))
    else:
        F.err("average_mismatch", "%s: %r / %r = %s, stated %r" % (what, total, qty, c, avg))


def grade_of(total):
    v = dnum(total)
    return "优" if v >= 90 else "良" if v >= 80 else "中" if v >= 60 else "差"


def grade(F, total, label, what):
    g = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "合格": "中", "一般": "中",
         "差": "差", "较差": "差", "不合格": "差"}[label]
    if dnum(total) > 100 or dnum(total) < 0:
        F.err("grade_mismatch", "%s: total %s outside 0-100" % (what, total))
    elif g != grade_of(total):
        F.err("grade_mismatch", "%s: %s for total %s (band %s)" % (what, label, total, grade_of(total)))


def years(F, doc, Y):
    """I14"""
    for m in doc.all(r"(\d{4})年度"):
        if int(m.group(1)) != Y:
            F.err("year_mismatch", "evaluation year %s, report year %d" % (m.group(0), Y))
    for m in doc.all(r"结转至(\d{4})年"):
        if int(m.group(1)) <= Y:
            F.err("year_mismatch", "%s in a %d report" % (m.group(0), Y))
    for m in doc.all(r"截至(\d{4})年12月31日"):
        if int(m.group(1)) != Y:
            F.err("year_mismatch", "%s in a %d report" % (m.group(0), Y))
    for m in doc.all(r"(\d{4})年(\d{1,2})月(?:提前|前全部|全额|前)?下达"):
        y, mo = int(m.group(1)), int(m.group(2))
        if not (y == Y or (y == Y - 1 and mo == 12)):
            F.err("year_mismatch", "%s in a %d report" % (m.group(0), Y))
    for m in doc.all(r"(\d{4})年(?:项目|部门)?年初预算"):
        if int(m.group(1)) != Y:
            F.err("year_mismatch", "%s in a %d report" % (m.group(0), Y))


# ---------------------------------------------------------------- indicator rows (rules §5)
BOUNDED = ("满意度", "合格率", "达标率", "及时率", "比例", "执行率", "稳定率", "完成率")
DATE = re.compile(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日|底前)")


def parse_value(s):
    s = s.strip()
    m = re.fullmatch(r"(≥|≤|=|＝|>|<)?\s*" + NUM + r"\s*(.*)", s)
    if m and not DATE.fullmatch(s):
        d = {"≥": "gte", ">": "gte", "≤": "lte", "<": "lte", "=": "eq", "＝": "eq", None: "eq"}[m.group(1)]
        return ("num", d, dnum(m.group(2)), m.group(3), m.group(2))
    m = DATE.fullmatch(s)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        day = int(m.group(3)) if m.group(3) else 31
        return ("date", "lte", (y, mo, day), "date", s)
    return ("text", None, None, None, s)


class Row:
    def __init__(self, name, target, actual, compl, weight, score, level):
        self.name, self.target, self.actual, self.compl = name, target, actual, compl
        self.weight, self.score, self.level = weight, score, level


def indicator(F, r):
    w, s = dnum(r.weight), dnum(r.score)
    if s > w or s < 0:
        F.err("score_exceeds_weight", "%s: score %s, weight %s" % (r.name, r.score, r.weight))
    t, a = parse_value(r.target), parse_value(r.actual)
    if t[0] == "text" or a[0] == "text":
        if t[0] != a[0]:
            F.err("unit_mismatch", "%s: target %r, actual %r" % (r.name, r.target, r.actual))
            return
        # qualitative: bands of rules §5
        lo, hi = (D("0.8"), D(1)) if a[4] == t[4] or "达成" in a[4] and "部分" not in a[4] else \
            (D("0.6"), D("0.8")) if a[4].startswith("部分") else (D(0), D("0.6"))
        if not (lo * w <= s <= hi * w) or (hi < 1 and s >= hi * w):
            F.warn("score_rule_mismatch", "%s: qualitative %s scored %s" % (r.name, a[4], r.score))
        if r.compl.strip() not in ("—", "100%") or (r.compl.strip() == "100%" and lo < D("0.8")):
            F.err("completion_mismatch", "%s: qualitative completion %s" % (r.name, r.compl))
        return
    if t[0] != a[0] or t[3] != a[3]:
        F.err("unit_mismatch", "%s: target %r, actual %r" % (r.name, r.target, r.actual))
        return
    if t[0] == "date":
        met = a[2] <= t[2]
        c, full = (D(100), w) if met else (D(0), D(0))
    else:
        T, A = t[2], a[2]
        if a[3] == "%" and any(k in r.name for k in BOUNDED) and (A > 100 or A < 0):
            F.err("implausible_rate", "%s: actual %s" % (r.name, r.actual))
        if t[1] == "lte":
            c = D(100) if A <= T else T / A * 100
            full = w if A <= T else w * T / A
        elif t[1] == "eq" and T == 0:
            c = D(100) if A <= 0 else D(0)
            full = w if A <= 0 else D(0)
        else:
            c = A / T * 100
            full = w * min(A / T, D(1))
    if r.compl.strip() in ("—", "-"):
        F.err("completion_mismatch", "%s: completion missing" % r.name)
    elif not ok(r.compl, c):
        F.err("completion_mismatch", "%s: completion %s, computed %.4f%%" % (r.name, r.compl, c))
    alt = w * min(dnum(r.compl), D(100)) / 100 if r.compl.strip() not in ("—", "-") else full
    if not (ok(r.score, full) or ok(r.score, alt)):
        F.warn("score_rule_mismatch", "%s: score %s, rule gives %s" % (r.name, r.score, r2(full)))


def scored_table(F, rows, total_weight, total_score, what):
    for r in rows:
        indicator(F, r)
    ws = sum(dnum(r.weight) for r in rows)
    ss = sum(dnum(r.score) for r in rows)
    if ws != 100:
        F.err("weight_sum_mismatch", "%s: weights sum to %s" % (what, ws))
    if total_weight is not None and dnum(total_weight) != ws:
        F.err("weight_sum_mismatch", "%s: weight total %s, rows %s" % (what, total_weight, ws))
    if not ok(total_score, ss):
        F.err("score_sum_mismatch", "%s: scores sum to %s, stated %s" % (what, ss, total_score))
    return ss


def level_sum(rows, level, attr):
    return sum(dnum(getattr(r, attr)) for r in rows if r.level == level)


def exec_row(F, weight, rate_str, score, what):
    """execution score = weight × min(rate, 100%) (warning only: local rules differ)"""
    w = dnum(weight)
    c = w * min(dnum(rate_str), D(100)) / 100
    if not ok(score, c):
        F.warn("score_rule_mismatch", "%s: execution score %s, weight %s × %s" % (what, score, weight, rate_str))


# ================================================================ project 1: Changhai 2019
def check_changhai(doc, F):
    Y = 2019
    years(F, doc, Y)
    one = lambda p, g=1: doc.one(p).group(g)
    # funds block of the 自评表 (sources as rows; runs of spaces)
    labels = ["年度资金总额", "其中：中央财政资金", "省级财政资金", "县级财政资金", "上年结转资金", "其他资金"]
    fr = {k: doc.row_spaces(k, 6) for k in labels}
    tot = fr["年度资金总额"]
    for col, name in ((0, "年初预算数"), (1, "全年预算数"), (2, "全年执行数")):
        sumcheck(F, [q(fr[k][col]) for k in labels[1:]], q(tot[col]), "funds table " + name)
    for k in labels:
        rate(F, fr[k][4], q(fr[k][2]), q(fr[k][1]), "funds table 执行率 " + k)
    for k in labels[1:]:
        if fr[k][3] != "—" or fr[k][5] != "—":
            F.err("score_exceeds_weight", "sub-row %s carries a score" % k)
    exec_row(F, tot[3], tot[4], tot[5], "funds table")
    # indicator table
    spec = [("人工鱼礁投放量", "产出"), ("新建礁区面积", "产出"), ("礁体验收合格率", "产出"), ("礁体投放完成时间", "产出"),
            ("单位空方造价", "产出"), ("礁区渔获物产值增长率", "效益"), ("礁区生物量增幅", "效益"),
            ("带动渔民转产转业", "效益"), ("周边渔民满意度", "满意度")]
    rows = [Row(n, *doc.row_spaces(n, 5), level=l) for n, l in spec]
    tw, ts = doc.row_spaces("总分", 2)
    for r in rows:
        indicator(F, r)
    ws = sum(dnum(r.weight) for r in rows) + dnum(tot[3])
    ss = sum(dnum(r.score) for r in rows) + dnum(tot[5])
    if ws != 100 or dnum(tw) != ws:
        F.err("weight_sum_mismatch", "weights %s, stated %s" % (ws, tw))
    if not ok(ts, ss):
        F.err("score_sum_mismatch", "table scores %s, stated %s" % (ss, ts))
    grade(F, ts, doc.row_spaces("评价等级", 1)[0], "table grade")
    R = {r.name: r for r in rows}
    # prose: funds
    init, c0, p0, x0 = q(one(r"项目年初预算" + NUM + "万元")), q(one(r"其中：中央财政资金" + NUM + "万元（")), \
        q(one(r"省级财政资金" + NUM + "万元（")), q(one(r"县级财政资金" + NUM + "万元。"))
    cut, carry, annual = q(one(r"调减" + NUM + "万元")), q(one(r"上年结转资金" + NUM + "万元纳入")), q(one(r"全年预算数为" + NUM + "万元"))
    sumcheck(F, [c0, p0, x0], init, "prose 年初预算 components")
    sumcheck(F, [init, (-1, cut), carry], annual, "prose 全年预算 = 年初 - 调减 + 结转")
    sumcheck(F, [x0, (-1, cut)], q(fr["县级财政资金"][1]), "县级 年初 - 调减 = 全年")
    same(F, init, q(tot[0]), "年初预算 prose/table")
    same(F, c0, q(fr["其中：中央财政资金"][0]), "中央 prose/table")
    same(F, p0, q(fr["省级财政资金"][0]), "省级 prose/table")
    same(F, x0, q(fr["县级财政资金"][0]), "县级 prose/table")
    same(F, carry, q(fr["上年结转资金"][1]), "上年结转 prose/table")
    same(F, annual, q(tot[1]), "全年预算 prose/table")
    m = doc.one(r"全年预算数" + NUM + r"万元，实际到位" + NUM + r"万元，到位率" + PCT)
    same(F, q(m.group(1)), annual, "全年预算 restated")
    rate(F, m.group(3), q(m.group(2)), q(m.group(1)), "到位率")
    received = q(m.group(2))
    m = doc.one(r"全年执行" + NUM + r"万元，预算执行率" + PCT)
    spent = q(m.group(1))
    same(F, spent, q(tot[2]), "全年执行 prose/table")
    rate(F, m.group(2), spent, annual, "prose 预算执行率")
    reef = q(one(r"礁体制作及投放" + NUM + "万元，折合"))
    m = doc.one(r"折合每空方" + NUM + r"(万元|元)")
    cpu = Q(m.group(1), m.group(2))
    mon, sign = q(one(r"礁区跟踪监测与效果评估" + NUM + "万元")), q(one(r"礁区标志及警示浮标" + NUM + "万元"))
    sumcheck(F, [reef, mon, sign], spent, "支出按用途")
    m = doc.one(r"合同金额" + NUM + r"万元，已支付" + NUM + r"万元，支付率" + PCT)
    same(F, q(m.group(2)), reef, "礁体支付额")
    rate(F, m.group(3), q(m.group(2)), q(m.group(1)), "礁体合同支付率")
    rate(F, one(r"中央资金执行率" + PCT), q(fr["其中：中央财政资金"][2]), q(fr["其中：中央财政资金"][1]), "prose 中央执行率")
    balance(F, received, spent, q(one(r"全年未执行" + NUM + "万元")), "全年未执行")
    c_un = q(one(r"其中中央资金未执行" + NUM + "万元"))
    balance(F, q(fr["其中：中央财政资金"][1]), q(fr["其中：中央财政资金"][2]), c_un, "中央未执行")
    same(F, q(one(r"中央资金有" + NUM + "万元未在年内支付")), c_un, "中央未执行 restated")
    # prose: outputs
    m = doc.one(r"抽检礁体(\d+)件，合格(\d+)件，合格率" + PCT)
    rate(F, m.group(3), Q(m.group(2), "件"), Q(m.group(1), "件"), "抽检合格率")
    same(F, Q(m.group(3)[:-1], "%"), q(R["礁体验收合格率"].actual, ""), "合格率 prose/table")
    same(F, Q(one(r"礁体验收合格率" + PCT + "。")[:-1], "%"), q(R["礁体验收合格率"].actual, ""), "合格率 restated")
    m = doc.one(r"分别投放人工鱼礁" + NUM + r"万空方、" + NUM + r"万空方、" + NUM + r"万空方，共投放" + NUM +
                r"万空方，平均每个礁区" + NUM + r"万空方，完成年度目标的" + PCT)
    parts = [Q(m.group(i), "万空方") for i in (1, 2, 3)]
    qty = Q(m.group(4), "万空方")
    sumcheck(F, parts, qty, "三个礁区投放量")
    average(F, parts, Q(m.group(5), "万空方"), "平均每个礁区")
    same(F, qty, q(R["人工鱼礁投放量"].actual, ""), "投放量 prose/table")
    same(F, Q(one(r"3个礁区共投放" + NUM + "万空方"), "万空方"), qty, "投放量 goal block")
    tq = parse_value(R["人工鱼礁投放量"].target)
    if not ok(m.group(6), qty.base()[0] / tq[2] * 100):
        F.err("completion_mismatch", "prose 完成年度目标的%s" % m.group(6))
    unit_cost(F, reef, qty, cpu, "折合每空方")
    same(F, Q(cpu.num, "元/空方") if cpu.unit == "元" else cpu, q(R["单位空方造价"].actual, ""), "折合每空方 prose/table")
    same(F, Q(one(r"新建礁区面积" + NUM + r"公顷（"), "公顷"), q(R["新建礁区面积"].actual, ""), "礁区面积 prose/table")
    m = doc.one(r"单位空方造价" + NUM + r"元，低于" + NUM + r"元的控制标准")
    same(F, Q(m.group(1), "元/空方"), q(R["单位空方造价"].actual, ""), "单位造价 prose/table")
    same(F, Q(m.group(2), "元/空方"), q(R["单位空方造价"].target[1:], ""), "造价标准 prose/table")
    # prose: targets (绩效目标)
    for mm in doc.all(r"投放人工鱼礁" + NUM + r"万空方以上"):   # 绩效目标 and the table's goal block
        same(F, Q(mm.group(1), "万空方"), q(R["人工鱼礁投放量"].target[1:], ""), "目标 投放量")
    same(F, Q(one(r"新建礁区面积" + NUM + r"公顷以上"), "公顷"), q(R["新建礁区面积"].target[1:], ""), "目标 面积")
    same(F, Q(one(r"礁体验收合格率不低于" + PCT)[:-1], "%"), q(R["礁体验收合格率"].target[1:], ""), "目标 合格率")
    same(F, Q(one(r"控制在" + NUM + r"元以内"), "元/空方"), q(R["单位空方造价"].target[1:], ""), "目标 造价")
    same(F, Q(one(r"投礁前增加" + PCT + "以上")[:-1], "%"), q(R["礁区生物量增幅"].target[1:], ""), "目标 生物量")
    same(F, Q(one(r"带动渔民转产转业" + NUM + "人以上"), "人"), q(R["带动渔民转产转业"].target[1:], ""), "目标 转产")
    same(F, Q(one(r"满意度达到" + PCT + "以上")[:-1], "%"), q(R["周边渔民满意度"].target[1:], ""), "目标 满意度")
    # prose: benefits and satisfaction
    same(F, Q(one(r"渔获物产值较上年增长" + PCT)[:-1], "%"), q(R["礁区渔获物产值增长率"].actual, ""), "产值增长 prose/table")
    same(F, Q(one(r"生物量较投礁前增加" + PCT + "，")[:-1], "%"), q(R["礁区生物量增幅"].actual, ""), "生物量 prose/table")
    for mm in doc.all(r"带动(\d+)名渔民"):
        same(F, Q(mm.group(1), "人"), q(R["带动渔民转产转业"].actual, ""), "转产人数 prose/table")
    same(F, Q(one(r"未达到(\d+)人的目标"), "人"), q(R["带动渔民转产转业"].target[1:], ""), "转产目标 prose")
    m = doc.one(r"共发放问卷(\d+)份，回收有效问卷(\d+)份，回收率" + PCT + r"，周边渔民满意度" + PCT)
    rate(F, m.group(3), Q(m.group(2), "份"), Q(m.group(1), "份"), "问卷回收率")
    same(F, Q(m.group(4)[:-1], "%"), q(R["周边渔民满意度"].actual, ""), "满意度 prose/table")
    # prose: scores and grade
    m = doc.one(r"预算执行率得" + NUM + r"分，产出指标得" + NUM + r"分，效益指标得" + NUM + r"分，满意度指标得" + NUM +
                r"分，自评得分" + NUM + r"分，评价等级为“(.+?)”")
    lv = {"执行": dnum(tot[5]), "产出": level_sum(rows, "产出", "score"), "效益": level_sum(rows, "效益", "score"),
          "满意度": level_sum(rows, "满意度", "score")}
    for i, k in enumerate(["执行", "产出", "效益", "满意度"], start=1):
        if not ok(m.group(i), lv[k]):
            F.err("score_sum_mismatch", "prose %s score %s vs table %s" % (k, m.group(i), lv[k]))
    if not ok(m.group(5), sum(dnum(m.group(i)) for i in range(1, 5))) or not ok(m.group(5), ss):
        F.err("score_sum_mismatch", "prose total %s" % m.group(5))
    grade(F, m.group(5), m.group(6), "prose grade")


# ================================================================ project 2: Lanshan 2021 (部门整体)
def check_lanshan(doc, F):
    Y = 2021
    years(F, doc, Y)
    one = lambda p, g=1: doc.one(p).group(g)
    labels = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "上年结转结余", "事业收入", "其他收入", "合计"]
    fr = {k: doc.row_spaces(k, 4) for k in labels}
    for col, name in ((0, "年初预算数"), (1, "全年预算数"), (2, "全年执行数")):
        sumcheck(F, [q(fr[k][col]) for k in labels[:-1]], q(fr["合计"][col]), "表1 " + name)
    for k in labels:
        rate(F, fr[k][3], q(fr[k][2]), q(fr[k][1]), "表1 执行率 " + k)
    T = fr["合计"]
    # prose funds
    init, adj, annual = q(one(r"部门年初预算" + NUM + "万元")), q(one(r"年中追加及结转" + NUM + "万元")), q(one(r"全年预算" + NUM + "万元。"))
    add_g, fund, carry = q(one(r"一般公共预算追加" + NUM + "万元")), q(one(r"政府性基金预算" + NUM + "万元，")), q(one(r"上年结转" + NUM + "万元，全年"))
    sumcheck(F, [init, adj], annual, "年初 + 追加及结转 = 全年")
    sumcheck(F, [add_g, fund, carry], adj, "追加及结转 components")
    sumcheck(F, [q(fr["一般公共预算财政拨款"][0]), add_g], q(fr["一般公共预算财政拨款"][1]), "一般公共预算 年初 + 追加")
    same(F, init, q(T[0]), "年初预算 prose/table")
    same(F, annual, q(T[1]), "全年预算 prose/table")
    same(F, fund, q(fr["政府性基金预算财政拨款"][1]), "政府性基金 prose/table")
    same(F, carry, q(fr["上年结转结余"][1]), "上年结转 prose/table")
    m = doc.one(r"全年支出" + NUM + r"万元，预算执行率" + PCT)
    spent = q(m.group(1))
    same(F, spent, q(T[2]), "全年支出 prose/table")
    rate(F, m.group(2), spent, annual, "prose 执行率")
    basic, proj = q(one(r"基本支出" + NUM + "万元")), q(one(r"项目支出" + NUM + "万元。"))
    sumcheck(F, [basic, proj], spent, "基本 + 项目支出")
    parts = [q(one(p + NUM + "万元")) for p in (r"海洋牧场建设与人工鱼礁投放", r"、增殖放流", r"渔业安全生产", r"海域动态监管")]
    sumcheck(F, parts, proj, "项目支出 by project")
    m = doc.one(r"与2020年部门支出" + NUM + r"万元相比增长" + PCT)
    last = q(m.group(1))
    rate(F, m.group(2), Q(str(spent.base()[0] - last.base()[0])), last, "比上年增长", bounded=False)
    m = doc.one(r"年末结转结余" + NUM + r"万元，其中结转至\d{4}年继续使用" + NUM + r"万元")
    bal, fwd = q(m.group(1)), q(m.group(2))
    balance(F, annual, spent, bal, "年末结转结余")
    sumcheck(F, [fwd, q(one(r"结余" + NUM + "万元已按规定上缴"))], bal, "结转 + 结余")
    staff = [Q(one(r"行政编制(\d+)人"), "人"), Q(one(r"事业编制(\d+)人"), "人")]
    sumcheck(F, staff, Q(one(r"年末实有人员(\d+)人"), "人"), "人员")
    # indicator table (one cell a line)
    spec = [("人工鱼礁投放量", "产出"), ("增殖放流苗种数量", "产出"), ("渔政执法巡航航次", "产出"), ("礁区水质达标率", "产出"),
            ("资金拨付及时率", "产出"), ("“三公”经费支出", "产出"), ("海洋牧场带动渔业产值", "效益"),
            ("近岸海域优良水质比例", "效益"), ("渔业安全生产事故", "效益"), ("渔民群众满意度", "满意度")]
    ex = doc.row_cells("预算执行率", 5)
    rows = [Row("预算执行率", *ex, level="执行")] + [Row(n, *doc.row_cells(n, 5), level=l) for n, l in spec]
    rate(F, ex[1], spent, annual, "table 预算执行率 actual")
    exec_row(F, ex[3], ex[1], ex[4], "table")
    tw, ts = doc.row_cells("合计", 2)
    ss = scored_table(F, rows, tw, ts, "部门整体支出绩效自评表")
    grade(F, ts, doc.row_cells("评价等级", 1)[0], "table grade")
    R = {r.name: r for r in rows}
    # prose targets and actuals
    same(F, Q(one(r"全年投放人工鱼礁" + NUM + r"万空方以上"), "万空方"), q(R["人工鱼礁投放量"].target[1:], ""), "目标 投放量")
    same(F, Q(one(r"增殖放流各类苗种" + NUM + r"亿尾以上"), "亿尾"), q(R["增殖放流苗种数量"].target[1:], ""), "目标 放流")
    same(F, Q(one(r"巡航" + NUM + r"航次以上"), "航次"), q(R["渔政执法巡航航次"].target[1:], ""), "目标 巡航")
    same(F, Q(one(r"礁区水质达标率不低于" + PCT)[:-1], "%"), q(R["礁区水质达标率"].target[1:], ""), "目标 水质")
    same(F, q(one(r"支出控制在" + NUM + r"万元以内")), q(R["“三公”经费支出"].target[1:]), "目标 三公")
    same(F, Q(one(r"渔业产值达到" + NUM + r"亿元"), "亿元"), q(R["海洋牧场带动渔业产值"].target[1:]), "目标 产值")
    same(F, Q(one(r"优良水质比例不低于" + PCT)[:-1], "%"), q(R["近岸海域优良水质比例"].target[1:], ""), "目标 优良水质")
    same(F, Q(one(r"满意度达到" + PCT + "以上")[:-1], "%"), q(R["渔民群众满意度"].target[1:], ""), "目标 满意度")
    same(F, Q(one(r"全年投放人工鱼礁" + NUM + r"万空方（"), "万空方"), q(R["人工鱼礁投放量"].actual, ""), "投放量 prose/table")
    same(F, Q(one(r"增殖放流各类苗种" + NUM + r"亿尾，"), "亿尾"), q(R["增殖放流苗种数量"].actual, ""), "放流 prose/table")
    same(F, Q(one(r"开展渔政执法巡航" + NUM + r"航次，"), "航次"), q(R["渔政执法巡航航次"].actual, ""), "巡航 prose/table")
    same(F, Q(one(r"礁区水质达标率" + PCT + "，")[:-1], "%"), q(R["礁区水质达标率"].actual, ""), "水质 prose/table")
    same(F, Q(one(r"资金拨付及时率" + PCT + "。")[:-1], "%"), q(R["资金拨付及时率"].actual, ""), "及时率 prose/table")
    m = doc.one(r"“三公”经费支出" + NUM + r"万元，较2020年的" + NUM + r"万元下降" + PCT)
    same(F, q(m.group(1)), q(R["“三公”经费支出"].actual), "三公 prose/table")
    rate(F, m.group(3), Q(str(q(m.group(2)).base()[0] - q(m.group(1)).base()[0])), q(m.group(2)), "三公下降率", bounded=False)
    m = doc.one(r"带动渔业产值" + NUM + r"亿元，未达到" + NUM + r"亿元的目标")
    same(F, Q(m.group(1), "亿元"), q(R["海洋牧场带动渔业产值"].actual), "产值 prose/table")
    same(F, Q(m.group(2), "亿元"), q(R["海洋牧场带动渔业产值"].target[1:]), "产值目标 prose/table")
    same(F, Q(one(r"近岸海域优良水质比例" + PCT + "；")[:-1], "%"), q(R["近岸海域优良水质比例"].actual, ""), "优良水质 prose/table")
    same(F, Q(one(r"渔民群众满意度" + PCT + "。")[:-1], "%"), q(R["渔民群众满意度"].actual, ""), "满意度 prose/table")
    m = doc.one(r"预算执行得" + NUM + r"分，产出指标得" + NUM + r"分，效益指标得" + NUM + r"分，满意度指标得" + NUM +
                r"分，综合自评得分" + NUM + r"分，评价等级为“(.+?)”")
    for i, k in enumerate(["执行", "产出", "效益", "满意度"], start=1):
        if not ok(m.group(i), level_sum(rows, k, "score")):
            F.err("score_sum_mismatch", "prose %s score %s" % (k, m.group(i)))
    if not ok(m.group(5), sum(dnum(m.group(i)) for i in range(1, 5))) or not ok(m.group(5), ss):
        F.err("score_sum_mismatch", "prose total %s" % m.group(5))
    grade(F, m.group(5), m.group(6), "prose grade")
    # 表2 project scores (分值 100 each) and their average
    items = []
    for name in ("海洋牧场建设与人工鱼礁投放", "增殖放流", "渔业安全生产", "海域动态监管"):
        w, s = doc.row_spaces(name, 2)
        if dnum(s) > dnum(w) or dnum(s) < 0:
            F.err("score_exceeds_weight", "表2 %s: %s of %s" % (name, s, w))
        items.append(Q(s, "分"))
    average(F, items, Q(doc.row_spaces("平均得分", 1)[0], "分"), "表2 平均得分")


# ================================================================ project 3: Shengsi 2022
def check_shengsi(doc, F):
    Y = 2022
    years(F, doc, Y)
    one = lambda p, g=1: doc.one(p).group(g)
    labels = ["中央财政资金", "省级财政资金", "县级财政资金", "社会资本投入", "合计"]
    fr = {k: doc.row_spaces(k, 5, pick=lambda c: len(c) >= 5) for k in labels}
    for col, name in ((0, "全年预算数"), (1, "实际到位数"), (2, "全年执行数")):
        sumcheck(F, [q(fr[k][col]) for k in labels[:-1]], q(fr["合计"][col]), "表1 " + name)
    for k in labels:
        rate(F, fr[k][3], q(fr[k][1]), q(fr[k][0]), "表1 到位率 " + k)
        rate(F, fr[k][4], q(fr[k][2]), q(fr[k][0]), "表1 执行率 " + k)
    T = fr["合计"]
    total = q(one(r"项目总投资" + NUM + "万元"))
    comps = [q(one(r"中央海洋牧场建设补助资金" + NUM + "万元")), q(one(r"省级海洋经济发展专项资金" + NUM + "万元")),
             q(one(r"、县级配套资金" + NUM + "万元"))]
    sumcheck(F, comps, total, "项目总投资 components")
    same(F, total, q(T[0]), "总投资 prose/table")
    for c, k in zip(comps, labels):
        same(F, c, q(fr[k][0]), k + " prose/table")
    m = doc.one(r"县级配套资金应到位" + NUM + r"万元，实际到位" + NUM + r"万元，到位率" + PCT + r"，尚有" + NUM + "万元未到位")
    same(F, q(m.group(1)), q(fr["县级财政资金"][0]), "县级应到位")
    same(F, q(m.group(2)), q(fr["县级财政资金"][1]), "县级到位")
    rate(F, m.group(3), q(m.group(2)), q(m.group(1)), "县级到位率")
    balance(F, q(m.group(1)), q(m.group(2)), q(m.group(4)), "县级未到位")
    same(F, q(one(r"县级未到位的" + NUM + "万元")), q(m.group(4)), "未到位 restated")
    received = q(one(r"实际到位资金合计" + NUM + "万元"))
    same(F, received, q(T[1]), "到位合计 prose/table")
    m = doc.one(r"项目累计支出" + NUM + r"万元，预算执行率" + PCT)
    spent = q(m.group(1))
    same(F, spent, q(T[2]), "支出 prose/table")
    rate(F, m.group(2), spent, total, "prose 执行率")
    reef, buoy, design = q(one(r"礁体制作及投放" + NUM + "万元")), q(one(r"监测浮标" + NUM + "万元，")), q(one(r"跟踪监测及设计费" + NUM + "万元"))
    sumcheck(F, [reef, buoy, design], spent, "支出按用途")
    m = doc.one(r"合同价分别为" + NUM + r"万元、" + NUM + r"万元、" + NUM + r"万元，平均每套" + NUM + "万元")
    bl = [q(m.group(i)) for i in (1, 2, 3)]
    sumcheck(F, bl, buoy, "3套浮标")
    average(F, bl, q(m.group(4)), "平均每套")
    m = doc.one(r"折合每空方" + NUM + r"(万元|元)")
    cpu = Q(m.group(1), m.group(2))
    balance(F, received, spent, q(one(r"项目结余" + NUM + "万元")), "项目结余")
    balance(F, q(fr["中央财政资金"][1]), q(fr["中央财政资金"][2]), q(one(r"中央资金结余" + NUM + "万元")), "中央结余")
    # indicator table
    spec = [("人工鱼礁投放量", "产出"), ("监测浮标布设数量", "产出"), ("礁体结构稳定率", "产出"), ("投放位置偏差", "产出"),
            ("投放作业时限", "产出"), ("单位空方造价", "产出"), ("礁区渔船单船产值增长率", "效益"), ("礁区鱼类资源密度增幅", "效益"),
            ("海洋牧场管护制度", "效益"), ("渔民及游钓者满意度", "满意度")]
    ex = doc.row_spaces("预算执行率", 6)[1:]   # the row reads 预算执行率 | 预算执行率 | 100% ...
    rows = [Row("预算执行率", *ex, level="执行")] + [Row(n, *doc.row_spaces(n, 5), level=l) for n, l in spec]
    rate(F, ex[1], spent, total, "table 预算执行率 actual")
    exec_row(F, ex[3], ex[1], ex[4], "table")
    tw, ts = doc.row_spaces("合计", 2, pick=lambda c: len(c) == 2)
    ss = scored_table(F, rows, tw, ts, "自评表")
    grade(F, ts, one(r"评价等级：(优|良|中|差)"), "table grade")
    R = {r.name: r for r in rows}
    qty = q(R["人工鱼礁投放量"].actual, "")
    unit_cost(F, reef, qty, cpu, "折合每空方")
    same(F, Q(cpu.num, "元/空方") if cpu.unit == "元" else Q(cpu.num, cpu.unit), q(R["单位空方造价"].actual, ""), "单位造价 prose/table")
    # prose targets / actuals
    same(F, Q(one(r"投放人工鱼礁" + NUM + r"万空方以上"), "万空方"), q(R["人工鱼礁投放量"].target[1:], ""), "目标 投放量")
    same(F, Q(one(r"布设监测浮标" + NUM + r"套，礁体"), "套"), q(R["监测浮标布设数量"].target[1:], ""), "目标 浮标")
    same(F, Q(one(r"礁体结构稳定率不低于" + PCT)[:-1], "%"), q(R["礁体结构稳定率"].target[1:], ""), "目标 稳定率")
    same(F, Q(one(r"投放作业在" + NUM + r"天内完成"), "天"), q(R["投放作业时限"].target[1:], ""), "目标 时限")
    same(F, Q(one(r"造价不超过" + NUM + r"元"), "元/空方"), q(R["单位空方造价"].target[1:], ""), "目标 造价")
    same(F, Q(one(r"较投礁前提高" + PCT + "以上")[:-1], "%"), q(R["礁区鱼类资源密度增幅"].target[1:], ""), "目标 资源密度")
    same(F, Q(one(r"单船产值增长" + PCT + "以上")[:-1], "%"), q(R["礁区渔船单船产值增长率"].target[1:], ""), "目标 单船产值")
    same(F, Q(one(r"游钓者满意度" + PCT + "以上")[:-1], "%"), q(R["渔民及游钓者满意度"].target[1:], ""), "目标 满意度")
    m = doc.one(r"全年投放人工鱼礁" + NUM + r"万空方，完成目标的" + PCT)
    same(F, Q(m.group(1), "万空方"), qty, "投放量 prose/table")
    if not ok(m.group(2), dnum(m.group(1)) / dnum(R["人工鱼礁投放量"].target[1:].replace("万空方", "")) * 100):
        F.err("completion_mismatch", "prose 完成目标的%s" % m.group(2))
    same(F, Q(one(r"；布设监测浮标" + NUM + r"套"), "套"), q(R["监测浮标布设数量"].actual, ""), "浮标 prose/table")
    same(F, Q(one(r"礁体结构稳定率" + PCT + "。")[:-1], "%"), q(R["礁体结构稳定率"].actual, ""), "稳定率 prose/table")
    m = doc.one(r"投放作业历时" + NUM + r"天，超出" + NUM + r"天的时限要求")
    same(F, Q(m.group(1), "天"), q(R["投放作业时限"].actual, ""), "时限 prose/table")
    same(F, Q(m.group(2), "天"), q(R["投放作业时限"].target[1:], ""), "时限目标 prose/table")
    same(F, Q(one(r"单位空方造价低于" + NUM + r"元的控制标准"), "元/空方"), q(R["单位空方造价"].target[1:], ""), "造价标准 prose")
    m = doc.one(r"单船产值增长" + PCT + r"，未达到" + PCT + r"的目标")
    same(F, Q(m.group(1)[:-1], "%"), q(R["礁区渔船单船产值增长率"].actual, ""), "单船产值 prose/table")
    same(F, Q(m.group(2)[:-1], "%"), q(R["礁区渔船单船产值增长率"].target[1:], ""), "单船产值目标 prose/table")
    m = doc.one(r"资源密度较投礁前提高" + PCT + r"，超出目标" + PCT)
    same(F, Q(m.group(1)[:-1], "%"), q(R["礁区鱼类资源密度增幅"].actual, ""), "资源密度 prose/table")
    t = dnum(R["礁区鱼类资源密度增幅"].target[1:])
    if not ok(m.group(2), (dnum(m.group(1)) - t) / t * 100):
        F.err("completion_mismatch", "prose 超出目标%s" % m.group(2))
    m = doc.one(r"项目自评得分" + NUM + r"分，评价等级为“(.+?)”")
    if not ok(m.group(1), ss):
        F.err("score_sum_mismatch", "prose total %s vs rows %s" % (m.group(1), ss))
    grade(F, m.group(1), m.group(2), "prose grade")


# ================================================================ project 4: Lianjiang 2023
def check_lianjiang(doc, F):
    Y = 2023
    years(F, doc, Y)
    one = lambda p, g=1: doc.one(p).group(g)
    labels = ["年度资金总额", "其中：中央财政资金", "省级财政资金", "县级财政资金", "上年结转资金", "其他资金"]
    fr = {k: doc.row_cells(k, 6) for k in labels}
    tot = fr["年度资金总额"]
    for col, name in ((0, "年初预算数"), (1, "全年预算数"), (2, "全年执行数")):
        sumcheck(F, [q(fr[k][col]) for k in labels[1:]], q(tot[col]), "funds " + name)
    for k in labels:
        rate(F, fr[k][4], q(fr[k][2]), q(fr[k][1]), "funds 执行率 " + k)
    for k in labels[1:]:
        if fr[k][3] != "—" or fr[k][5] != "—":
            F.err("score_exceeds_weight", "sub-row %s carries a score" % k)
    exec_row(F, tot[3], tot[4], tot[5], "funds")
    init = q(one(r"项目年初预算" + NUM + "万元"))
    comps = [q(one(r"其中中央财政资金" + NUM + "万元")), q(one(r"、省级财政资金" + NUM + "万元")), q(one(r"、县级财政资金" + NUM + "万元"))]
    sumcheck(F, comps, init, "年初预算 components")
    for c, k in zip(comps, labels[1:4]):
        same(F, c, q(fr[k][0]), k + " prose/table")
    same(F, init, q(tot[0]), "年初 prose/table")
    annual = q(one(r"全年预算" + NUM + r"万元，与年初预算一致"))
    same(F, annual, q(tot[1]), "全年 prose/table")
    balance(F, annual, init, Q("0"), "与年初预算一致 (I12)")
    sumcheck(F, [q(one(r"提前下达" + NUM + "万元")), q(one(r"2023年4月下达" + NUM + "万元"))], comps[0], "中央资金两批")
    m = doc.one(r"项目全年支出" + NUM + r"万元，预算执行率" + PCT + r"，其中中央资金执行率" + PCT)
    spent = q(m.group(1))
    same(F, spent, q(tot[2]), "支出 prose/table")
    rate(F, m.group(2), spent, annual, "prose 执行率")
    C = fr["其中：中央财政资金"]
    rate(F, m.group(3), q(C[2]), q(C[1]), "prose 中央执行率")
    rate(F, one(r"中央资金执行率仅" + PCT), q(C[2]), q(C[1]), "prose 中央执行率 (问题)")
    reef, plat, des = q(one(r"礁体制作及投放" + NUM + "万元，")), q(one(r"海洋牧场管护平台" + NUM + "万元")), q(one(r"跟踪监测" + NUM + "万元"))
    sumcheck(F, [reef, plat, des], spent, "支出按用途")
    m = doc.one(r"全年未执行" + NUM + r"万元，其中中央资金" + NUM + r"万元、省级资金" + NUM + "万元")
    un = q(m.group(1))
    balance(F, annual, spent, un, "全年未执行")
    sumcheck(F, [q(m.group(2)), q(m.group(3))], un, "未执行 components")
    balance(F, q(C[1]), q(C[2]), q(m.group(2)), "中央未执行")
    P = fr["省级财政资金"]
    balance(F, q(P[1]), q(P[2]), q(m.group(3)), "省级未执行")
    # indicator table
    spec = [("投放人工鱼礁", "产出"), ("建设海洋牧场管护平台", "产出"), ("礁体抽检合格率", "产出"), ("年度投放任务完成率", "产出"),
            ("礁体单位造价", "产出"), ("带动休闲渔业接待游客", "效益"), ("礁区藻场修复面积", "效益"), ("新增就业岗位", "效益"),
            ("服务对象综合满意度", "满意度")]
    rows = [Row(n, *doc.row_cells(n, 5), level=l) for n, l in spec]
    for r in rows:
        indicator(F, r)
    R = {r.name: r for r in rows}
    tw, ts = doc.row_cells("总分", 2)
    ws = sum(dnum(r.weight) for r in rows) + dnum(tot[3])
    ss = sum(dnum(r.score) for r in rows) + dnum(tot[5])
    if ws != 100 or dnum(tw) != ws:
        F.err("weight_sum_mismatch", "weights %s, stated %s" % (ws, tw))
    if not ok(ts, ss):
        F.err("score_sum_mismatch", "table scores %s, stated %s" % (ss, ts))
    grade(F, ts, doc.row_cells("评价等级", 1)[0], "table grade")
    # the 年度投放任务完成率 row restates the quantity completion
    qa, qt = q(R["投放人工鱼礁"].actual, ""), q(R["投放人工鱼礁"].target[1:], "")
    if not ok(R["年度投放任务完成率"].actual, qa.base()[0] / qt.base()[0] * 100):
        F.err("completion_mismatch", "年度投放任务完成率 %s" % R["年度投放任务完成率"].actual)
    # prose
    unit_cost(F, reef, qa, (lambda m: Q(m.group(1), m.group(2)))(doc.one(r"折合每空方" + NUM + r"(万元|元)")), "折合每空方")
    same(F, Q(one(r"礁体单位造价" + NUM + r"元/空方，低于"), "元/空方"), q(R["礁体单位造价"].actual, ""), "造价 prose/table")
    same(F, Q(one(r"全年投放人工鱼礁" + NUM + r"万空方以上"), "万空方"), qt, "目标 投放量")
    same(F, Q(one(r"建成海洋牧场管护平台" + NUM + r"座"), "座"), q(R["建设海洋牧场管护平台"].target[1:], ""), "目标 平台")
    same(F, Q(one(r"礁体抽检合格率" + PCT + "，")[:-1], "%"), q(R["礁体抽检合格率"].target[1:], ""), "目标 合格率")
    same(F, Q(one(r"造价不超过" + NUM + r"元/空方"), "元/空方"), q(R["礁体单位造价"].target[1:], ""), "目标 造价")
    same(F, Q(one(r"接待游客" + NUM + r"万人次以上"), "万人次"), q(R["带动休闲渔业接待游客"].target[1:], ""), "目标 游客")
    same(F, Q(one(r"藻场修复面积" + NUM + r"公顷以上"), "公顷"), q(R["礁区藻场修复面积"].target[1:], ""), "目标 藻场")
    same(F, Q(one(r"新增就业岗位" + NUM + r"个以上"), "个"), q(R["新增就业岗位"].target[1:], ""), "目标 就业")
    same(F, Q(one(r"综合满意度" + PCT + "以上")[:-1], "%"), q(R["服务对象综合满意度"].target[1:], ""), "目标 满意度")
    m = doc.one(r"全年计划投放人工鱼礁" + NUM + r"万空方，实际投放" + NUM + r"万空方")
    same(F, Q(m.group(1), "万空方"), qt, "计划投放 prose/table")
    same(F, Q(m.group(2), "万空方"), qa, "实际投放 prose/table")
    subs = doc.all(r"(苔山|东洛)礁区计划投放" + NUM + r"万空方，实际投放" + NUM + r"万空方，完成率" + PCT)
    if len(subs) != 2:
        raise ParseError("sub-area sentences: %d" % len(subs))
    sumcheck(F, [Q(s.group(2), "万空方") for s in subs], Q(m.group(1), "万空方"), "礁区计划")
    sumcheck(F, [Q(s.group(3), "万空方") for s in subs], Q(m.group(2), "万空方"), "礁区实际")
    for s in subs:
        if not ok(s.group(4), dnum(s.group(3)) / dnum(s.group(2)) * 100):
            F.err("completion_mismatch", "%s礁区 完成率%s" % (s.group(1), s.group(4)))
    same(F, Q(one(r"管护平台" + NUM + r"座已建成"), "座"), q(R["建设海洋牧场管护平台"].actual, ""), "平台 prose/table")
    same(F, Q(one(r"全年带动休闲渔业接待游客" + NUM + r"万人次"), "万人次"), q(R["带动休闲渔业接待游客"].actual, ""), "游客 prose/table")
    same(F, Q(one(r"未达到" + NUM + r"万人次的目标"), "万人次"), q(R["带动休闲渔业接待游客"].target[1:], ""), "游客目标 prose")
    same(F, Q(one(r"礁区藻场修复面积" + NUM + r"公顷，"), "公顷"), q(R["礁区藻场修复面积"].actual, ""), "藻场 prose/table")
    same(F, Q(one(r"新增就业岗位" + NUM + r"个，"), "个"), q(R["新增就业岗位"].actual, ""), "就业 prose/table")
    m = doc.one(r"满意度分别为" + PCT + "、" + PCT + "、" + PCT + r"，服务对象综合满意度" + PCT + r"，未达到" + PCT)
    average(F, [Q(m.group(i)[:-1], "%") for i in (1, 2, 3)], Q(m.group(4)[:-1], "%"), "综合满意度")
    same(F, Q(m.group(4)[:-1], "%"), q(R["服务对象综合满意度"].actual, ""), "满意度 prose/table")
    same(F, Q(m.group(5)[:-1], "%"), q(R["服务对象综合满意度"].target[1:], ""), "满意度目标 prose")
    m = doc.one(r"预算执行得" + NUM + r"分，产出指标得" + NUM + r"分，效益指标得" + NUM + r"分，满意度指标得" + NUM +
                r"分，自评总分" + NUM + r"分，评价等级为“(.+?)”")
    lv = {"执行": dnum(tot[5]), "产出": level_sum(rows, "产出", "score"), "效益": level_sum(rows, "效益", "score"),
          "满意度": level_sum(rows, "满意度", "score")}
    for i, k in enumerate(["执行", "产出", "效益", "满意度"], start=1):
        if not ok(m.group(i), lv[k]):
            F.err("score_sum_mismatch", "prose %s score %s vs table %s" % (k, m.group(i), lv[k]))
    if not ok(m.group(5), sum(dnum(m.group(i)) for i in range(1, 5))) or not ok(m.group(5), ss):
        F.err("score_sum_mismatch", "prose total %s" % m.group(5))
    grade(F, m.group(5), m.group(6), "prose grade")


# ================================================================ project 5: Fangchenggang 2024
def check_fangchenggang(doc, F):
    Y = 2024
    years(F, doc, Y)
    one = lambda p, g=1: doc.one(p).group(g)
    labels = ["中央财政资金", "自治区本级资金", "市本级资金", "上年结转资金", "社会资本投入", "合计"]
    fr = {k: doc.row_spaces(k, 5) for k in labels}
    for col, name in ((0, "年初预算"), (1, "全年预算"), (2, "实际到位"), (3, "全年执行")):
        sumcheck(F, [q(fr[k][col]) for k in labels[:-1]], q(fr["合计"][col]), "表1 " + name)
    for k in labels:
        rate(F, fr[k][4], q(fr[k][3]), q(fr[k][1]), "表1 执行率 " + k)
        if dnum(fr[k][2]) > dnum(fr[k][1]) or dnum(fr[k][3]) > dnum(fr[k][2]):
            F.err("implausible_rate", "表1 %s: 执行 > 到位 > 预算 ordering broken" % k)
    T = fr["合计"]
    init = q(one(r"项目年初预算" + NUM + "万元"))
    comps = [q(one(r"其中中央财政资金" + NUM + "万元")), q(one(r"、自治区本级资金" + NUM + "万元")), q(one(r"、市本级资金" + NUM + "万元；"))]
    sumcheck(F, comps, init, "年初 components")
    for c, k in zip(comps, labels):
        same(F, c, q(fr[k][0]), k + " 年初 prose/table")
    same(F, init, q(T[0]), "年初 prose/table")
    cut, carry, annual = q(one(r"调减" + NUM + "万元")), q(one(r"上年结转资金" + NUM + "万元纳入")), q(one(r"全年预算" + NUM + "万元。"))
    sumcheck(F, [init, (-1, cut), carry], annual, "全年 = 年初 - 调减 + 结转")
    sumcheck(F, [comps[2], (-1, cut)], q(fr["市本级资金"][1]), "市本级 年初 - 调减")
    same(F, carry, q(fr["上年结转资金"][1]), "结转 prose/table")
    same(F, annual, q(T[1]), "全年 prose/table")
    m = doc.one(r"全年实际到位" + NUM + r"万元，到位率" + PCT)
    received = q(m.group(1))
    same(F, received, q(T[2]), "到位 prose/table")
    rate(F, m.group(2), received, annual, "到位率")
    m = doc.one(r"全年支出" + NUM + r"万元，执行率" + PCT)
    spent = q(m.group(1))
    same(F, spent, q(T[3]), "支出 prose/table")
    rate(F, m.group(2), spent, annual, "prose 执行率")
    reef, plat, rel = q(one(r"人工鱼礁投放" + NUM + "万元，折合")), q(one(r"海洋牧场管理平台" + NUM + "万元")), q(one(r"；增殖放流" + NUM + "万元"))
    sumcheck(F, [reef, plat, rel], spent, "支出按子项目")
    m = doc.one(r"折合每空方" + NUM + r"(万元|元)")
    cpu = Q(m.group(1), m.group(2))
    m = doc.one(r"增殖放流计划安排资金" + NUM + r"万元，实际支出" + NUM + r"万元，执行率" + PCT)
    same(F, q(m.group(2)), rel, "增殖放流支出 restated")
    rate(F, m.group(3), q(m.group(2)), q(m.group(1)), "增殖放流执行率")
    m = doc.one(r"全年未支出" + NUM + r"万元，其中中央资金" + NUM + r"万元、市本级资金" + NUM + "万元")
    un = q(m.group(1))
    balance(F, received, spent, un, "全年未支出")
    sumcheck(F, [q(m.group(2)), q(m.group(3))], un, "未支出 components")
    balance(F, q(fr["中央财政资金"][2]), q(fr["中央财政资金"][3]), q(m.group(2)), "中央未支出")
    balance(F, q(fr["市本级资金"][2]), q(fr["市本级资金"][3]), q(m.group(3)), "市本级未支出")
    # indicator table (one cell a line)
    spec = [("人工鱼礁投放量", "产出"), ("增殖放流苗种", "产出"), ("礁体合格率", "产出"), ("建设工期", "产出"),
            ("单位投放成本", "产出"), ("渔获量增长率", "效益"), ("底栖生物量增幅", "效益"), ("长效管护机制", "效益"),
            ("渔民满意度", "满意度")]
    ex = doc.row_cells("预算执行率", 5)
    rows = [Row("预算执行率", *ex, level="执行")] + [Row(n, *doc.row_cells(n, 5), level=l) for n, l in spec]
    rate(F, ex[1], spent, annual, "table 预算执行率 actual")
    exec_row(F, ex[3], ex[1], ex[4], "table")
    tw, ts = doc.row_cells("合计", 2)
    ss = scored_table(F, rows, tw, ts, "自评表")
    grade(F, ts, doc.row_cells("评价等级", 1)[0], "table grade")
    R = {r.name: r for r in rows}
    m = doc.one(r"按预算执行" + NUM + r"分、产出指标" + NUM + r"分、效益指标" + NUM + r"分、满意度指标" + NUM + r"分设置分值")
    lw = [dnum(m.group(i)) for i in (1, 2, 3, 4)]
    for v, k in zip(lw, ["执行", "产出", "效益", "满意度"]):
        if v != level_sum(rows, k, "weight"):
            F.err("weight_sum_mismatch", "prose %s weight %s vs rows %s" % (k, v, level_sum(rows, k, "weight")))
    if sum(lw) != 100:
        F.err("weight_sum_mismatch", "prose level weights sum %s" % sum(lw))
    qty = q(R["人工鱼礁投放量"].actual, "")
    unit_cost(F, reef, qty, cpu, "折合每空方")
    same(F, Q(cpu.num, "元/空方") if cpu.unit == "元" else cpu, q(R["单位投放成本"].actual, ""), "单位成本 prose(折合)/table")
    # prose targets and actuals
    same(F, Q(one(r"投放人工鱼礁" + NUM + r"万空方以上"), "万空方"), q(R["人工鱼礁投放量"].target[1:], ""), "目标 投放量")
    same(F, Q(one(r"增殖放流各类苗种" + NUM + r"万尾以上"), "万尾"), q(R["增殖放流苗种"].target[1:], ""), "目标 放流")
    same(F, Q(one(r"合格率不低于" + PCT)[:-1], "%"), q(R["礁体合格率"].target[1:], ""), "目标 合格率")
    same(F, Q(one(r"建设工期不超过" + NUM + r"天"), "天"), q(R["建设工期"].target[1:], ""), "目标 工期")
    same(F, Q(one(r"投放成本不超过" + NUM + r"元/空方"), "元/空方"), q(R["单位投放成本"].target[1:], ""), "目标 成本")
    same(F, Q(one(r"渔获量增长" + PCT + "以上")[:-1], "%"), q(R["渔获量增长率"].target[1:], ""), "目标 渔获量")
    same(F, Q(one(r"底栖生物量增幅" + PCT + "以上")[:-1], "%"), q(R["底栖生物量增幅"].target[1:], ""), "目标 底栖")
    same(F, Q(one(r"渔民满意度" + PCT + "以上")[:-1], "%"), q(R["渔民满意度"].target[1:], ""), "目标 满意度")
    same(F, Q(one(r"全年投放人工鱼礁" + NUM + r"万空方，"), "万空方"), qty, "投放量 prose/table")
    same(F, Q(one(r"增殖放流苗种" + NUM + r"万尾，"), "万尾"), q(R["增殖放流苗种"].actual, ""), "放流 prose/table")
    same(F, Q(one(r"礁体验收合格率" + PCT + "；")[:-1], "%"), q(R["礁体合格率"].actual, ""), "合格率 prose/table")
    same(F, Q(one(r"建设工期" + NUM + r"天；"), "天"), q(R["建设工期"].actual, ""), "工期 prose/table")
    same(F, Q(one(r"单位投放成本" + NUM + r"元/空方，控制"), "元/空方"), q(R["单位投放成本"].actual, ""), "成本 prose/table")
    m = doc.one(r"礁区渔获量增长" + PCT + r"（2023年为[\d.]+%），未达到" + PCT + r"的目标")
    same(F, Q(m.group(1)[:-1], "%"), q(R["渔获量增长率"].actual, ""), "渔获量 prose/table")
    same(F, Q(m.group(2)[:-1], "%"), q(R["渔获量增长率"].target[1:], ""), "渔获量目标 prose")
    m = doc.one(r"底栖生物量增幅" + PCT + r"，低于" + PCT + r"的目标")
    same(F, Q(m.group(1)[:-1], "%"), q(R["底栖生物量增幅"].actual, ""), "底栖 prose/table")
    same(F, Q(m.group(2)[:-1], "%"), q(R["底栖生物量增幅"].target[1:], ""), "底栖目标 prose")
    same(F, Q(one(r"渔民满意度" + PCT + "。")[:-1], "%"), q(R["渔民满意度"].actual, ""), "满意度 prose/table")
    m = doc.one(r"产出指标得" + NUM + r"分，效益指标得" + NUM + r"分，满意度指标得" + NUM + r"分，预算执行得" + NUM +
                r"分，合计" + NUM + r"分，评价等级为“(.+?)”")
    for i, k in enumerate(["产出", "效益", "满意度", "执行"], start=1):
        if not ok(m.group(i), level_sum(rows, k, "score")):
            F.err("score_sum_mismatch", "prose %s score %s vs rows %s" % (k, m.group(i), level_sum(rows, k, "score")))
    if not ok(m.group(5), sum(dnum(m.group(i)) for i in range(1, 5))) or not ok(m.group(5), ss):
        F.err("score_sum_mismatch", "prose total %s" % m.group(5))
    grade(F, m.group(5), m.group(6), "prose grade")


PROJECTS = {
    "ln-changhai-rengongyujiao-2019": (check_changhai, r"\s*— \d+ —\s*"),
    "sd-lanshan-haiyuju-bumen-2021": (check_lanshan, r"\s*- \d+ -\s*"),
    "zj-shengsi-haiyangmuchang-2022": (check_shengsi, r"\s*第 \d+ 页 共 \d+ 页\s*"),
    "fj-lianjiang-yujiaotoufang-2023": (check_lianjiang, r"连江县海洋与渔业局\s+第\d+页，共\d+页\s*"),
    "gx-fangchenggang-muchang-2024": (check_fangchenggang, r"\s*— \d+ —\s*"),
}


def run_checks(source, text):
    fn, footer = PROJECTS[source]
    F = Findings()
    fn(Doc(text, footer), F)
    return F


def edit_region(a, b):
    """common prefix/suffix: the single contiguous region where a (clean) and b (case) differ"""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    verbose = "-v" in sys.argv
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append("labels.jsonl has %d lines, expected 35" % len(labels))
    count = {c: 0 for c in CODES}
    seen = set()
    for lab in labels:
        case, source = lab["case"], lab["source"]
        if case in seen:
            problems.append("%s: duplicate label" % case)
        seen.add(case)
        text = open(os.path.join(CASES, case), encoding="utf-8").read()
        clean = open(os.path.join(CASES, source + "-clean.txt"), encoding="utf-8").read()
        try:
            F = run_checks(source, text)
        except ParseError as e:
            problems.append("%s: figures could not be read back: %s" % (case, e))
            continue
        got = F.codes()
        if verbose:
            print(case, got, [w[0] for w in F.warnings])
            for c, m in F.errors:
                print("   ", c, m)
        if lab["clean"]:
            n = len(text)
            if not (1500 <= n <= 5000):
                problems.append("%s: %d characters" % (case, n))
            if lab["expected"] or text != clean:
                problems.append("%s: a clean case must have no labels and equal its draft" % case)
            if F.errors or F.warnings:
                problems.append("%s: clean draft fails: %s %s" % (case, F.errors, F.warnings))
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append("%s: expected exactly one label" % case)
            continue
        e = exp[0]
        if e["code"] not in CODES or e.get("severity") != "error":
            problems.append("%s: bad code/severity %r" % (case, e))
            continue
        count[e["code"]] += 1
        if got != [e["code"]]:
            problems.append("%s: labelled %s, checks raise %s: %s" % (case, e["code"], got, F.errors))
        v = e["value"]
        if text.count(v) != 1:
            problems.append("%s: value %r occurs %d times" % (case, v, text.count(v)))
            continue
        p, ea, eb = edit_region(clean, text)
        if ea - p > 40 or eb - p > 40 or ea - p + eb - p == 0:
            problems.append("%s: edit is not one contiguous change of <= 40 chars (%d -> %d)" % (case, ea - p, eb - p))
        vs = text.find(v)
        if not (vs < max(eb, p + 1) and p < vs + len(v)):
            problems.append("%s: the edit [%d,%d) does not overlap the value [%d,%d)" % (case, p, eb, vs, vs + len(v)))
    for c, n in count.items():
        if n < 2:
            problems.append("code %s used %d times (< 2)" % (c, n))
    if problems:
        print("\n".join(problems))
        print("FAIL (%d problems)" % len(problems))
        sys.exit(1)
    if verbose:
        print({c: n for c, n in count.items()})
    print("OK")


if __name__ == "__main__":
    main()
