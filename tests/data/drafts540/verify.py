#!/usr/bin/env python3
"""Independent arithmetic verifier for the drafts540 set.

Standard library + decimal only.  For every case listed in labels.jsonl it reads the figures back
out of the case text (regular expressions anchored on the wording, and the flattened tables rebuilt
row by row), redoes every identity the draft contains (rules.md §5-§8, identities I1-I14) and
records each check under the error code that rules.md / errors.md assign to it.

Requirements enforced (prints OK only if all hold):
  * every clean draft passes every check (error codes and the score-rule warning);
  * every error case fails at least one check of its labelled code and no check of any other
    error code (the warning score_rule_mismatch is allowed to fail there);
  * each label value occurs exactly once in its case; the case differs from its clean draft by one
    contiguous edit of at most 40 characters on each side, and that edit overlaps the value;
  * every code of errors.md §A is labelled at least twice; 35 lines, 5 clean.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
LABELS = os.path.join(HERE, "labels.jsonl")

ERROR_CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
               "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
               "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
               "completion_mismatch"]
WARNING_CODES = {"score_rule_mismatch"}
EPS = Decimal("1e-9")
NUM = r"[0-9][0-9,]*(?:\.[0-9]+)?"
RESCALE = [Decimal(10) ** 4, Decimal(10) ** -4, Decimal(10) ** 8, Decimal(10) ** -8]
MONEY = {"万元": Decimal(1), "元": Decimal("0.0001"), "亿元": Decimal(10000)}
GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}
FOOTER = re.compile(r"^\s*(— \d+ —|第 \d+ 页 共 \d+ 页)\s*$")


class ExtractError(Exception):
    pass


# ---------------------------------------------------------------- numbers

def dnum(s):
    return Decimal(s.replace(",", "").strip())


def places(s):
    s = s.replace(",", "").strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def half(s):
    """Half a unit of the last written digit (rules §8)."""
    return Decimal("0.5") * (Decimal(10) ** -places(s)) + EPS


def q2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def near(computed, stated_raw):
    return abs(computed - dnum(stated_raw.rstrip("%"))) <= half(stated_raw)


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


class Q:
    """A stated quantity: value normalised (money to 万元, 万x to x), tolerance, written unit."""

    def __init__(self, raw, value, tol, unit, runit, money):
        self.raw, self.value, self.tol, self.unit, self.runit, self.money = raw, value, tol, unit, runit, money

    @classmethod
    def parse(cls, raw, default_unit=""):
        m = re.fullmatch(r"\s*(约|近)?\s*(" + NUM + r")\s*(\S*?)\s*", raw)
        if not m:
            raise ExtractError("not a quantity: %r" % raw)
        num, runit = m.group(2), (m.group(3) or default_unit)
        value, tol = dnum(num), half(num)
        if runit in MONEY:
            f = MONEY[runit]
            return cls(raw, value * f, tol * f, "money", runit, True)
        if runit.startswith("万") and len(runit) > 1:
            return cls(raw, value * 10000, tol * 10000, runit[1:], runit, False)
        return cls(raw, value, tol, runit, runit, False)

    def scaled(self, f):
        return Q(self.raw, self.value * f, self.tol * f, self.unit, self.runit, self.money)


def money(raw):
    return Q.parse(raw, "万元")


# ---------------------------------------------------------------- context

class Ctx:
    def __init__(self, text):
        self.text = text
        self.res = []

    def add(self, code, ok, msg):
        self.res.append((code, bool(ok), msg))

    def one(self, pat):
        ms = list(re.finditer(pat, self.text))
        if len(ms) != 1:
            raise ExtractError("pattern matched %d times: %s" % (len(ms), pat))
        return ms[0]

    def rel(self, code, qs, pred, msg):
        """Record a relation; when it fails but rescaling one money amount by 10^±4/10^±8 repairs it,
        the most specific explanation is unit_mismatch (errors.md #11 b)."""
        if pred(qs):
            self.add(code, True, msg)
            return
        for i, q in enumerate(qs):
            if not q.money:
                continue
            for f in RESCALE:
                alt = list(qs)
                alt[i] = q.scaled(f)
                if pred(alt):
                    self.add("unit_mismatch", False, msg + " [repaired by rescaling %s]" % q.raw)
                    return
        self.add(code, False, msg)

    # relations -----------------------------------------------------------
    def sum(self, parts, total, msg, code="sum_mismatch"):
        self.rel(code, list(parts) + [total],
                 lambda q: abs(sum(x.value for x in q[:-1]) - q[-1].value) <= q[-1].tol, "sum: " + msg)

    def bal(self, a, b, stated, msg, code="balance_mismatch"):
        self.rel(code, [a, b, stated], lambda q: abs(q[0].value - q[1].value - q[2].value) <= q[2].tol,
                 "balance: " + msg)

    def same(self, a, b, msg, code="conflicting_values"):
        self.rel(code, [a, b], lambda q: abs(q[0].value - q[1].value) <= max(q[0].tol, q[1].tol),
                 "same: " + msg)

    def rate(self, num, den, rate_raw, msg, code="rate_mismatch"):
        if den.value == 0:
            return
        self.rel(code, [num, den], lambda q: q[1].value != 0 and near(q[0].value / q[1].value * 100, rate_raw),
                 "rate: %s (%s)" % (msg, rate_raw))

    def avg(self, items, stated, msg, code="average_mismatch"):
        self.rel(code, list(items) + [stated],
                 lambda q: abs(sum(x.value for x in q[:-1]) / (len(q) - 1) - q[-1].value) <= q[-1].tol,
                 "average: " + msg)

    def per_unit(self, total, count, stated, msg, code="average_mismatch"):
        self.rel(code, [total, count, stated],
                 lambda q: q[1].value != 0 and abs(q[0].value / q[1].value - q[2].value) <= q[2].tol,
                 "per unit: " + msg)

    def product(self, count, unit_amt, total, msg, code="sum_mismatch"):
        self.rel(code, [count, unit_amt, total],
                 lambda q: abs(q[0].value * q[1].value - q[2].value) <= q[2].tol, "product: " + msg)

    def le100(self, rate_raw, msg):
        self.add("implausible_rate", dnum(rate_raw.rstrip("%")) <= 100, "rate <= 100%%: %s %s" % (msg, rate_raw))

    def zero_base(self, base, rate_raw, msg):
        """A rate over a zero base must be printed as — (or 0)."""
        if base.value == 0:
            ok = rate_raw in ("—", "-", "") or (re.fullmatch(NUM + "%?", rate_raw) and dnum(rate_raw.rstrip("%")) == 0)
            self.add("implausible_rate", ok, "zero base: %s %s" % (msg, rate_raw))

    def year(self, ok, msg):
        self.add("year_mismatch", ok, "year: " + msg)


# ---------------------------------------------------------------- tables

def section(text, start, end=None):
    if text.count(start) != 1:
        raise ExtractError("section start not unique: %r" % start)
    i = text.index(start)
    if end is None:
        return text[i:]
    j = text.index(end, i + len(start))
    return text[i:j]


def cell_rows(block):
    """One cell per line (Word table saved as text); rows separated by truly empty lines."""
    rows, cur = [], []
    for line in block.split("\n"):
        if line == "":
            if cur:
                rows.append(cur)
                cur = []
        else:
            cur.append(line.strip())
    if cur:
        rows.append(cur)
    return rows


def tab_rows(block):
    out = []
    for line in block.split("\n"):
        if not line.strip():
            continue
        cells = line.split("\t")
        if cells and cells[0] == "":
            cells = cells[1:]
        out.append([c.strip() for c in cells])
    return out


def space_rows(block):
    return [re.split(r"\s{2,}", line.strip()) for line in block.split("\n")
            if line.strip() and not FOOTER.match(line)]


def find_row(rows, first):
    hits = [r for r in rows if r and r[0] == first]
    if len(hits) != 1:
        raise ExtractError("row %r found %d times" % (first, len(hits)))
    return hits[0]


# ---------------------------------------------------------------- indicators

def parse_target(s):
    m = re.fullmatch(r"\s*(≥|≤|=|＞|＜|>|<)?\s*(" + NUM + r")\s*(\S*)\s*", s)
    if not m:
        return None
    d = {"≥": "gte", ">": "gte", "＞": "gte", "≤": "lte", "<": "lte", "＜": "lte", "=": "eq", None: "eq"}[m.group(1)]
    return d, Q.parse(m.group(2) + m.group(3))


def completion_of(d, t, a):
    if d == "lte":
        return Decimal(100) if a <= t else t / a * 100
    if t == 0:
        return None
    return a / t * 100


def rule_score(d, t, a, w):
    if d == "lte":
        return w if a <= t else w * t / a
    if d == "eq" and t == 0:
        return w if a <= 0 else Decimal(0)
    return w if a >= t else w * max(a, Decimal(0)) / t


def indicators(ctx, rows, total_weight_raw, total_score_raw):
    """rows: dicts level1, name, target, actual, completion, weight, score.  Returns per-level sums."""
    levels = {}
    sw = ss = Decimal(0)
    for r in rows:
        w, s = dnum(r["weight"]), dnum(r["score"])
        sw += w
        ss += s
        lw, ls = levels.get(r["level1"], (Decimal(0), Decimal(0)))
        levels[r["level1"]] = (lw + w, ls + s)
        ctx.add("score_exceeds_weight", 0 <= s <= w, "score within weight: %s %s/%s" % (r["name"], r["score"], r["weight"]))
        t = parse_target(r["target"])
        try:
            a = Q.parse(r["actual"])
        except ExtractError:
            a = None
        if not t or not a:
            continue
        d, tq = t
        ctx.add("unit_mismatch", tq.runit == a.runit, "unit of actual: %s %s vs %s" % (r["name"], r["target"], r["actual"]))
        if tq.runit != a.runit:
            continue
        c = completion_of(d, tq.value, a.value)
        comp = r["completion"]
        if comp not in ("—", "-", ""):
            ctx.add("completion_mismatch", c is not None and near(c, comp),
                    "completion: %s %s/%s stated %s computed %s" % (r["name"], r["actual"], r["target"], comp,
                                                                    None if c is None else q2(c)))
        if a.runit == "%" and re.search(r"(率|满意度)$", r["name"]):
            ctx.le100(r["actual"], r["name"])
        exp = q2(rule_score(d, tq.value, a.value, w))
        ok = near(exp, r["score"])
        if not ok and comp not in ("—", "-", ""):
            ok = near(q2(w * min(dnum(comp.rstrip("%")), Decimal(100)) / 100), r["score"])
        ctx.add("score_rule_mismatch", ok, "score rule: %s expected %s stated %s" % (r["name"], exp, r["score"]))
    ctx.add("weight_sum_mismatch", sw == dnum(total_weight_raw) and sw == 100,
            "weights sum %s, stated %s" % (sw, total_weight_raw))
    ctx.add("score_sum_mismatch", abs(ss - dnum(total_score_raw)) <= half(total_score_raw),
            "scores sum %s, stated %s" % (ss, total_score_raw))
    return levels, ss


def prose_scores(ctx, levels, stated, total_raw, grade_raw, table_total_raw):
    """stated: list of (level1 name, stated score raw).  Checks level subtotals, total and grade."""
    for lv, raw in stated:
        ctx.add("score_sum_mismatch", near(levels[lv][1], raw), "level %s rows %s stated %s" % (lv, levels[lv][1], raw))
    allsum = sum(v[1] for v in levels.values())
    ctx.add("score_sum_mismatch", near(allsum, total_raw), "total rows %s stated %s" % (allsum, total_raw))
    ctx.same(Q.parse(total_raw), Q.parse(table_total_raw), "total in text vs table")
    ctx.add("grade_mismatch", grade_of(dnum(total_raw)) == GRADE_NORM[grade_raw],
            "grade %s for %s" % (grade_raw, total_raw))


def generic_years(ctx, y):
    for m in re.finditer(r"截至(\d{4})年12月31日", ctx.text):
        ctx.year(int(m.group(1)) == y, "截至 %s" % m.group(0))
    for m in re.finditer(r"(?:结转至|顺延至)(\d{4})年", ctx.text):
        ctx.year(int(m.group(1)) > y, "carried to a later year: %s" % m.group(0))


def ind_by_name(rows, name):
    hits = [r for r in rows if r["name"] == name]
    if len(hits) != 1:
        raise ExtractError("indicator %r found %d times" % (name, len(hits)))
    return hits[0]


def exec_row(ctx, r, spent, annual, weight=Decimal(10)):
    """The execution line of the indicator table: actual = stated execution rate."""
    ctx.rate(spent, annual, r["actual"], "execution rate in the indicator table")


# ================================================================ draft A: Liaoning 2019

def spec_ln(ctx):
    t = ctx.text
    y = int(ctx.one(r"^\[bookmark: _Toc15312\]庄河市海洋发展局\n(\d{4})年度").group(1))
    generic_years(ctx, y)
    m = ctx.one(r"实施期为(\d{4})年1月1日至(\d{4})年12月31日")
    ctx.year(int(m.group(1)) == y and int(m.group(2)) == y, "implementation period")
    m = ctx.one(r"(\d{4})年项目年初预算(" + NUM + r"万元)，其中当年财政拨款(" + NUM + r"万元)、上年结转资金(" + NUM + r"万元)")
    ctx.year(int(m.group(1)) == y, "budget sentence")
    p_init, p_fis_init, p_car_init = money(m.group(2)), money(m.group(3)), money(m.group(4))
    ctx.sum([p_fis_init, p_car_init], p_init, "年初 = 财政拨款 + 上年结转 (text)")
    m = ctx.one(r"有(" + NUM + r"万元)为(\d{4})年(\d{1,2})月提前下达的(\d{4})年")
    ctx.year(int(m.group(2)) == y - 1 and int(m.group(3)) == 12 and int(m.group(4)) == y, "advance issue")
    m = ctx.one(r"追加灯桩抢修资金(" + NUM + r"万元)，调整后全年预算(" + NUM + r"万元)")
    p_add, p_annual = money(m.group(1)), money(m.group(2))
    ctx.sum([p_init, p_add], p_annual, "年初 + 追加 = 全年")
    m = ctx.one(r"上年结转资金为(\d{4})年石城岛")
    ctx.year(int(m.group(1)) == y - 1, "carry-over comes from the previous year")
    m = ctx.one(r"已于(\d{4})年上半年全部支付")
    ctx.year(int(m.group(1)) == y, "carry-over spent in the year")
    m = ctx.one(r"实际到位(" + NUM + r"万元)，到位率(" + NUM + r"%)；全年执行(" + NUM + r"万元)，预算执行率(" + NUM + r"%)。未执行的(" + NUM + r"万元)")
    p_recv, p_recv_rate, p_spent, p_rate, p_unspent = money(m.group(1)), m.group(2), money(m.group(3)), m.group(4), money(m.group(5))
    ctx.rate(p_recv, p_annual, p_recv_rate, "到位率")
    ctx.le100(p_recv_rate, "到位率")
    ctx.rate(p_spent, p_annual, p_rate, "执行率 (text)")
    ctx.le100(p_rate, "执行率 (text)")
    ctx.bal(p_recv, p_spent, p_unspent, "未执行 = 到位 - 执行")
    m = ctx.one(r"其中渔港灯桩维护及抢修(" + NUM + r"万元)、海岛码头及候船设施(" + NUM + r"万元)、海水淡化站(" + NUM + r"万元)、环卫及垃圾转运(" + NUM + r"万元)")
    u_lamp, u_pier, u_desal, u_env = [money(m.group(i)) for i in range(1, 5)]
    ctx.sum([u_lamp, u_pier, u_desal, u_env], p_unspent, "未执行 components")
    m = ctx.one(r"占我局(\d{4})年部门支出预算总额(" + NUM + r"万元)的(" + NUM + r"%)")
    ctx.year(int(m.group(1)) == y, "department budget year")
    ctx.rate(p_annual, money(m.group(2)), m.group(3), "share of the department budget")

    # funds block
    rows = cell_rows(section(t, "（三）资金执行情况表", "（四）分项支出情况").split("\n", 1)[1])
    tot, fis, car, oth = (find_row(rows, k) for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"))
    for col, label in ((1, "年初"), (2, "全年"), (3, "执行")):
        ctx.sum([money(fis[col]), money(car[col]), money(oth[col])], money(tot[col]), "funds column %s" % label)
    for r in (tot, fis, car, oth):
        ctx.zero_base(money(r[2]), r[5], r[0])
        if money(r[2]).value != 0:
            ctx.rate(money(r[3]), money(r[2]), r[5], "执行率 " + r[0])
            ctx.le100(r[5], "执行率 " + r[0])
    ctx.sum([p_fis_init, p_add], money(fis[2]), "财政拨款 年初 + 追加 = 全年")
    ctx.same(p_init, money(tot[1]), "年初 text/table")
    ctx.same(p_fis_init, money(fis[1]), "财政拨款年初 text/table")
    ctx.same(p_car_init, money(car[1]), "上年结转年初 text/table")
    ctx.same(p_annual, money(tot[2]), "全年 text/table")
    ctx.same(p_spent, money(tot[3]), "执行 text/table")
    ctx.same(Q.parse(p_rate), Q.parse(tot[5]), "执行率 text/table")
    ex_score = tot[6]
    ctx.add("score_rule_mismatch", near(q2(Decimal(10) * min(money(tot[3]).value / money(tot[2]).value, Decimal(1))), ex_score)
            or near(q2(Decimal(10) * min(dnum(tot[5].rstrip("%")), Decimal(100)) / 100), ex_score), "execution score")
    ctx.add("score_exceeds_weight", dnum(ex_score) <= dnum(tot[4]), "execution score within weight (funds block)")

    # sub-items
    rows = cell_rows(section(t, "（四）分项支出情况", "[bookmark: _Toc15315]").split("\n", 1)[1])
    items = [r for r in rows if re.fullmatch(r"\d", r[0])]
    subtotal = find_row(rows, "合计")
    for r in items + [subtotal]:
        b, s = money(r[2]), money(r[3])
        ctx.rate(s, b, r[4], "sub-item " + r[1])
        ctx.le100(r[4], "sub-item " + r[1])
    ctx.sum([money(r[2]) for r in items], money(subtotal[2]), "sub-item budgets")
    ctx.sum([money(r[3]) for r in items], money(subtotal[3]), "sub-item spending")
    ctx.same(money(subtotal[2]), money(tot[2]), "sub-item budget total vs funds block")
    ctx.same(money(subtotal[3]), money(tot[3]), "sub-item spending total vs funds block")
    by = {r[1]: r for r in items}
    for key, q in (("渔港灯桩维护及抢修", u_lamp), ("海岛码头及候船设施维护", u_pier),
                   ("海水淡化站运行维护", u_desal), ("海岛环卫及垃圾转运", u_env)):
        ctx.bal(money(by[key][2]), money(by[key][3]), q, "unspent of " + key)

    m = ctx.one(r"更换LED一体化灯器(\d+)套，按每套(" + NUM + r"元)计(" + NUM + r"万元)")
    ctx.product(Q.parse(m.group(1)), money(m.group(2)), money(m.group(3)), "灯器 count x unit price")

    # indicator table
    rows = cell_rows(section(t, "\t偏差原因分析及改进措施\n").split("\n", 1)[1])
    inds, lv = [], None
    total_row = find_row(rows, "合计")
    for r in rows:
        if r[0] == "合计":
            continue
        lv = r[0] or lv
        inds.append(dict(level1=lv, name=r[2], target=r[3], actual=r[4], completion=r[5], weight=r[6], score=r[7]))
    levels, _ = indicators(ctx, inds, total_row[6], total_row[7])
    ex = ind_by_name(inds, "预算执行率")
    exec_row(ctx, ex, money(tot[3]), money(tot[2]))
    ctx.same(Q.parse(ex["score"]), Q.parse(ex_score), "execution score table/funds block")
    ctx.same(Q.parse(ex["weight"]), Q.parse(tot[4]), "execution weight table/funds block")
    m = ctx.one(r"年度目标：维护码头及候船亭不少于(\d+处)、渔港灯桩不少于(\d+座)；海水淡化站供水水质达标率不低于(\d+%)；设施故障修复时限控制在(\d+小时)以内；灯桩单座年维护成本不超过(" + NUM + r"万元)；海岛居民及渔民受益人数不少于(\d+人)；服务对象满意度不低于(\d+%)")
    for i, name in ((1, "维护码头及候船亭数量"), (2, "维护渔港灯桩数量"), (3, "海水淡化站供水水质达标率"),
                    (4, "设施故障修复时限"), (5, "灯桩单座年维护成本"), (6, "海岛居民及渔民受益人数"),
                    (7, "海岛居民及渔民满意度")):
        ctx.same(Q.parse(m.group(i)), Q.parse(ind_by_name(inds, name)["target"].lstrip("≥≤=")), "goal of " + name)

    m = ctx.one(r"全年维护码头及候船亭(\d+处)、渔港灯桩(\d+座)")
    ctx.same(Q.parse(m.group(1)), Q.parse(ind_by_name(inds, "维护码头及候船亭数量")["actual"]), "码头 count")
    ctx.same(Q.parse(m.group(2)), Q.parse(ind_by_name(inds, "维护渔港灯桩数量")["actual"]), "灯桩 count")
    n_lamps = Q.parse(m.group(2))
    m = ctx.one(r"灯桩单座平均维护成本(" + NUM + r"万元)，低于(" + NUM + r"万元)的控制标准")
    cost = ind_by_name(inds, "灯桩单座年维护成本")
    ctx.same(money(m.group(1)), Q.parse(cost["actual"]), "cost per 灯桩 text/table")
    ctx.same(money(m.group(2)), Q.parse(cost["target"].lstrip("≤")), "cost cap text/table")
    ctx.per_unit(money(by["渔港灯桩维护及抢修"][3]), n_lamps, money(m.group(1)), "灯桩 spending / count")
    m = ctx.one(r"日均产水量分别为(" + NUM + r"吨)、(" + NUM + r"吨)、(" + NUM + r"吨)，平均(" + NUM + r"吨)")
    ctx.avg([Q.parse(m.group(i)) for i in (1, 2, 3)], Q.parse(m.group(4)), "daily output of three plants")
    m = ctx.one(r"供水水质达标率(" + NUM + r"%)")
    ctx.same(Q.parse(m.group(1)), Q.parse(ind_by_name(inds, "海水淡化站供水水质达标率")["actual"]), "水质 text/table")
    ctx.le100(m.group(1), "水质达标率 text")
    m = ctx.one(r"平均修复时间为(\d+小时)，超出(\d+小时)的时限要求")
    rep = ind_by_name(inds, "设施故障修复时限")
    ctx.same(Q.parse(m.group(1)), Q.parse(rep["actual"]), "repair time text/table")
    ctx.same(Q.parse(m.group(2)), Q.parse(rep["target"].lstrip("≤")), "repair limit text/table")
    m = ctx.one(r"惠及海岛居民及渔民(" + NUM + r"人)")
    ctx.same(Q.parse(m.group(1)), Q.parse(ind_by_name(inds, "海岛居民及渔民受益人数")["actual"]), "beneficiaries text/table")
    m = ctx.one(r"日产日清率(" + NUM + r"%)，未达到(" + NUM + r"%)的目标")
    g = ind_by_name(inds, "海岛生活垃圾日产日清率")
    ctx.same(Q.parse(m.group(1)), Q.parse(g["actual"]), "日产日清率 text/table")
    ctx.same(Q.parse(m.group(2)), Q.parse(g["target"].lstrip("≥")), "日产日清率 target text/table")
    m = ctx.one(r"设施完好率(" + NUM + r"%)。")
    ctx.same(Q.parse(m.group(1)), Q.parse(ind_by_name(inds, "海岛公共服务设施完好率")["actual"]), "完好率 text/table")
    m = ctx.one(r"发放满意度问卷(\d+)份，回收有效问卷(\d+)份，有效率(" + NUM + r"%)；表示满意的(\d+)份，满意度(" + NUM + r"%)")
    ctx.rate(Q.parse(m.group(2)), Q.parse(m.group(1)), m.group(3), "questionnaire return rate")
    ctx.le100(m.group(3), "有效率")
    ctx.rate(Q.parse(m.group(4)), Q.parse(m.group(2)), m.group(5), "satisfaction from counts")
    ctx.le100(m.group(5), "满意度 text")
    ctx.same(Q.parse(m.group(5)), Q.parse(ind_by_name(inds, "海岛居民及渔民满意度")["actual"]), "satisfaction text/table")
    m = ctx.one(r"预算执行得分(" + NUM + r")分，产出指标得分(" + NUM + r")分，效益指标得分(" + NUM + r")分，满意度指标得分(" + NUM + r")分，自评总分(" + NUM + r")分，评价等级为(优秀|良好|优|良|中|差)")
    prose_scores(ctx, levels, [("预算执行率", m.group(1)), ("产出指标", m.group(2)), ("效益指标", m.group(3)),
                               ("满意度指标", m.group(4))], m.group(5), m.group(6), total_row[7])
    m = ctx.one(r"三是部分维修工程年底集中验收，(" + NUM + r"万元)资金未能在年内支付")
    ctx.same(money(m.group(1)), p_unspent, "unspent in problems section")
    m = ctx.one(r"\n(\d{4})年度项目支出绩效自评表")
    ctx.year(int(m.group(1)) == y, "自评表 year")


# ================================================================ draft B: Shandong 2021

def spec_sd(ctx):
    t = ctx.text
    y = int(ctx.one(r"^烟台市长岛综合试验区海洋发展局\n(\d{4})年度").group(1))
    generic_years(ctx, y)
    ctx.year(int(ctx.one(r"开展(\d{4})年度项目支出绩效自评工作").group(1)) == y, "notice year")
    p_annual0 = money(ctx.one(r"项目全年预算(" + NUM + r"万元)。").group(1))
    goals = ctx.one(r"完成(\d+)座灯塔、(\d+)座灯桩的年度维护；更换老化LED灯器不少于(\d+)套；灯桩正常发光率不低于(\d+%)；故障灯标(\d+)小时内恢复")
    m = ctx.one(r"(\d{4})年项目年初预算(" + NUM + r"万元)，其中省级海岛保护补助资金(" + NUM + r"万元)（(\d{4})年(\d+)月提前下达）、区级财政资金(" + NUM + r"万元)；(\d+)月将上年结转资金(" + NUM + r"万元)纳入项目预算，全年预算(" + NUM + r"万元)")
    ctx.year(int(m.group(1)) == y, "budget sentence")
    ctx.year(int(m.group(4)) == y - 1 and int(m.group(5)) == 12, "advance issue")
    p_init, p_prov, p_dist, p_carry, p_annual = (money(m.group(i)) for i in (2, 3, 6, 8, 9))
    ctx.sum([p_prov, p_dist], p_init, "年初 = 省级 + 区级 (text)")
    ctx.sum([p_init, p_carry], p_annual, "全年 = 年初 + 上年结转 (text)")
    m = ctx.one(r"全年执行(" + NUM + r"万元)，预算执行率(" + NUM + r"%)")
    p_spent, p_rate = money(m.group(1)), m.group(2)
    ctx.rate(p_spent, p_annual, p_rate, "执行率 (text)")
    ctx.le100(p_rate, "执行率 (text)")
    m = ctx.one(r"年末结余(" + NUM + r"万元)，主要为灯器采购合同尾款")
    ctx.bal(p_annual, p_spent, money(m.group(1)), "结余 = 全年(全部到位) - 执行")
    unit_cost = money(ctx.one(r"灯桩维护按每座年均(" + NUM + r"万元)测算").group(1))

    rows = space_rows(section(t, "资金来源  ", "\n\n"))
    tot, prov, dist, car = (find_row(rows, k) for k in ("合计", "省级海岛保护补助资金", "区级财政资金", "上年结转资金"))
    for col, label in ((1, "年初"), (2, "全年"), (3, "执行")):
        ctx.sum([money(prov[col]), money(dist[col]), money(car[col])], money(tot[col]), "funds column " + label)
    for r in (tot, prov, dist, car):
        ctx.zero_base(money(r[2]), r[4], r[0])
        if money(r[2]).value != 0:
            ctx.rate(money(r[3]), money(r[2]), r[4], "执行率 " + r[0])
            ctx.le100(r[4], "执行率 " + r[0])
    ctx.same(p_init, money(tot[1]), "年初 text/table")
    ctx.same(p_prov, money(prov[1]), "省级年初 text/table")
    ctx.same(p_dist, money(dist[1]), "区级年初 text/table")
    ctx.same(p_carry, money(car[2]), "上年结转 text/table")
    ctx.same(p_annual, money(tot[2]), "全年 text/table")
    ctx.same(p_annual0, money(tot[2]), "全年 overview/table")
    ctx.same(p_spent, money(tot[3]), "执行 text/table")
    ctx.same(Q.parse(p_rate), Q.parse(tot[4]), "执行率 text/table")

    rows = space_rows(section(t, "支出内容  ", "\n\n"))
    items = [r for r in rows if r[0] not in ("支出内容", "小计")]
    sub = find_row(rows, "小计")
    for r in items + [sub]:
        ctx.rate(money(r[2]), money(r[1]), r[3], "sub-item " + r[0])
        ctx.le100(r[3], "sub-item " + r[0])
    ctx.sum([money(r[1]) for r in items], money(sub[1]), "sub-item budgets")
    ctx.sum([money(r[2]) for r in items], money(sub[2]), "sub-item spending")
    ctx.same(money(sub[1]), money(tot[2]), "sub-item budget total vs funds")
    ctx.same(money(sub[2]), money(tot[3]), "sub-item spending total vs funds")
    ctx.same(Q.parse(sub[3]), Q.parse(tot[4]), "sub-item rate vs funds")
    lamp_item = [r for r in items if r[0].startswith("灯桩维护及灯器更换")][0]
    tower_item = [r for r in items if r[0].startswith("灯塔维护")][0]
    n_lamps = Q.parse(re.search(r"（(\d+座)）", lamp_item[0]).group(1))
    n_towers = Q.parse(re.search(r"（(\d+座)）", tower_item[0]).group(1))
    ctx.product(n_lamps, unit_cost, money(lamp_item[1]), "灯桩 budget = count x 每座测算")

    m = ctx.one(r"占我局(\d{4})年部门预算总额(" + NUM + r"万元)的(" + NUM + r"%)")
    ctx.year(int(m.group(1)) == y, "department budget year")
    ctx.rate(money(tot[2]), money(m.group(2)), m.group(3), "share of department budget")

    rows = space_rows(section(t, "一级指标  二级指标"))[1:]
    inds, lv, total_row = [], None, None
    for r in rows:
        if r[0] == "合计":
            total_row = r
            break
        if r[0] in ("预算执行率", "产出指标", "效益指标", "满意度指标"):
            lv = r[0]
        inds.append(dict(level1=lv, name=r[-6], target=r[-5], actual=r[-4], completion=r[-3], weight=r[-2], score=r[-1]))
    levels, _ = indicators(ctx, inds, total_row[1], total_row[2])
    ex = ind_by_name(inds, "预算执行率")
    exec_row(ctx, ex, money(tot[3]), money(tot[2]))
    towers, lamps, led = (ind_by_name(inds, k) for k in ("维护灯塔数量", "完成灯桩维护数量", "更换LED灯器套数"))
    ctx.same(Q.parse(goals.group(1) + "座"), Q.parse(towers["target"].lstrip("=")), "灯塔 goal text/table")
    ctx.same(Q.parse(goals.group(2) + "座"), Q.parse(lamps["target"].lstrip("≥")), "灯桩 goal text/table")
    ctx.same(Q.parse(goals.group(3) + "套"), Q.parse(led["target"].lstrip("≥")), "灯器 goal text/table")
    ctx.same(Q.parse(goals.group(4)), Q.parse(ind_by_name(inds, "灯桩正常发光率")["target"].lstrip("≥")), "发光率 goal")
    ctx.same(Q.parse(goals.group(5) + "小时"), Q.parse(ind_by_name(inds, "故障灯标恢复时间")["target"].lstrip("≤")), "恢复 goal")
    m = ctx.one(r"本项目负责砣矶、大钦、南隍城(\d+)座渔港灯塔和(\d+)座灯桩")
    ctx.same(Q.parse(m.group(1) + "座"), Q.parse(towers["target"].lstrip("=")), "灯塔 in overview")
    ctx.same(Q.parse(m.group(2) + "座"), Q.parse(lamps["target"].lstrip("≥")), "灯桩 in overview")
    ctx.same(Q.parse(m.group(1) + "座"), n_towers, "灯塔 in overview / sub-item name")
    ctx.same(Q.parse(m.group(2) + "座"), n_lamps, "灯桩 in overview / sub-item name")
    m = ctx.one(r"未完成更换(\d+)套的年度目标")
    ctx.same(Q.parse(m.group(1) + "套"), Q.parse(led["target"].lstrip("≥")), "灯器 target restated")
    m = ctx.one(r"全年完成(\d+)座灯塔和(\d+)座灯桩的维护，更换LED灯器(\d+)套，计(" + NUM + r"万元)（每套(" + NUM + r"元)）")
    ctx.same(Q.parse(m.group(1) + "座"), Q.parse(towers["actual"]), "灯塔 done text/table")
    ctx.same(Q.parse(m.group(2) + "座"), Q.parse(lamps["actual"]), "灯桩 done text/table")
    ctx.same(Q.parse(m.group(3) + "套"), Q.parse(led["actual"]), "灯器 done text/table")
    ctx.product(Q.parse(m.group(3)), money(m.group(5)), money(m.group(4)), "灯器 count x price")
    m = ctx.one(r"灯桩正常发光率(" + NUM + r"%)，故障灯标平均恢复时间(\d+小时)")
    ctx.same(Q.parse(m.group(1)), Q.parse(ind_by_name(inds, "灯桩正常发光率")["actual"]), "发光率 text/table")
    ctx.same(Q.parse(m.group(2)), Q.parse(ind_by_name(inds, "故障灯标恢复时间")["actual"]), "恢复时间 text/table")
    m = ctx.one(r"灯塔单座年维护成本(" + NUM + r"万元)，控制在(" + NUM + r"万元)以内")
    cost = ind_by_name(inds, "灯塔单座年维护成本")
    ctx.same(money(m.group(1)), Q.parse(cost["actual"]), "灯塔 cost text/table")
    ctx.same(money(m.group(2)), Q.parse(cost["target"].lstrip("≤")), "灯塔 cost cap text/table")
    ctx.per_unit(money(tower_item[2]), n_towers, money(m.group(1)), "灯塔 spending / count")
    m = ctx.one(r"保障渔船夜间进出港约(" + NUM + r"万艘次)")
    ships = Q.parse(ind_by_name(inds, "保障渔船夜间进出港艘次")["actual"])
    if ships.unit == "艘次":   # a wrong unit in the table is the unit check's finding, not a conflict
        ctx.same(Q.parse(m.group(1)), ships, "ship movements (approximate) text/table")
    m = ctx.one(r"年末助航设施完好率(" + NUM + r"%)")
    ctx.same(Q.parse(m.group(1)), Q.parse(ind_by_name(inds, "助航设施完好率")["actual"]), "完好率 text/table")
    m = ctx.one(r"发放问卷(\d+)份，回收有效问卷(\d+)份，其中表示满意的(\d+)份，满意度(" + NUM + r"%)")
    ctx.rate(Q.parse(m.group(3)), Q.parse(m.group(2)), m.group(4), "satisfaction from counts")
    ctx.le100(m.group(4), "满意度 text")
    ctx.same(Q.parse(m.group(4)), Q.parse(ind_by_name(inds, "渔民及船东满意度")["actual"]), "satisfaction text/table")
    m = ctx.one(r"产出指标得分(" + NUM + r")分，效益指标得分(" + NUM + r")分，预算执行和满意度指标分别得(" + NUM + r")分、(" + NUM + r")分，总分(" + NUM + r")分，评价等级为(优秀|良好|优|良|中|差)")
    prose_scores(ctx, levels, [("产出指标", m.group(1)), ("效益指标", m.group(2)), ("预算执行率", m.group(3)),
                               ("满意度指标", m.group(4))], m.group(5), m.group(6), total_row[2])
    m = ctx.one(r"\n(\d{4})年度项目支出绩效自评表")
    ctx.year(int(m.group(1)) == y, "自评表 year")


# ================================================================ draft C: Fujian 2023 (department)

def spec_fj(ctx):
    t = ctx.text
    y = int(ctx.one(r"^平潭综合实验区海洋发展局\n(\d{4})年度部门整体支出").group(1))
    generic_years(ctx, y)
    m = ctx.one(r"(\d{4})年部门年初预算(" + NUM + r"万元)，年中追加[^，]*，全年预算(" + NUM + r"万元)。其中财政拨款收入(" + NUM + r"万元)；上年结转(" + NUM + r"万元)，为(\d{4})年海岛供水管网改造项目结转资金；其他收入(" + NUM + r"万元)，")
    ctx.year(int(m.group(1)) == y, "budget sentence")
    ctx.year(int(m.group(6)) == y - 1, "carry-over from previous year")
    p_init, p_annual, p_fis, p_car, p_oth = (money(m.group(i)) for i in (2, 3, 4, 5, 7))
    ctx.sum([p_fis, p_car, p_oth], p_annual, "全年 = 财政拨款 + 上年结转 + 其他 (text)")
    m = ctx.one(r"部门全年执行(" + NUM + r"万元)，预算执行率(" + NUM + r"%)。本部门(\d{4})年整体支出较(\d{4})年的(" + NUM + r"万元)增长(" + NUM + r"%)")
    p_spent, p_rate = money(m.group(1)), m.group(2)
    ctx.year(int(m.group(3)) == y and int(m.group(4)) == y - 1, "growth comparison years")
    ctx.rate(p_spent, p_annual, p_rate, "执行率 (text)")
    ctx.le100(p_rate, "执行率 (text)")
    last = money(m.group(5))
    ctx.rel("rate_mismatch", [p_spent, last],
            lambda q: near((q[0].value / q[1].value - 1) * 100, m.group(6)), "growth rate on last year")

    rows = tab_rows(section(t, "\t项目\t年初预算数", "\n\n"))
    tot, fis, car, oth = (find_row(rows, k) for k in ("合计", "一、财政拨款收入", "二、上年结转", "三、其他收入"))
    for col, label in ((1, "年初"), (2, "全年"), (3, "执行")):
        ctx.sum([money(fis[col]), money(car[col]), money(oth[col])], money(tot[col]), "income column " + label)
    for r in (tot, fis, car, oth):
        ctx.zero_base(money(r[2]), r[4], r[0])
        if money(r[2]).value != 0:
            ctx.rate(money(r[3]), money(r[2]), r[4], "执行率 " + r[0])
            ctx.le100(r[4], "执行率 " + r[0])
    ctx.same(p_init, money(tot[1]), "年初 text/table")
    ctx.same(p_annual, money(tot[2]), "全年 text/table")
    ctx.same(p_fis, money(fis[2]), "财政拨款 text/table")
    ctx.same(p_car, money(car[2]), "上年结转 text/table")
    ctx.same(p_oth, money(oth[2]), "其他收入 text/table")
    ctx.same(p_spent, money(tot[3]), "执行 text/table")
    ctx.same(Q.parse(p_rate), Q.parse(tot[4]), "执行率 text/table")

    rows = tab_rows(section(t, "\t支出类别\t", "\n\n"))
    basic, proj, etot = (find_row(rows, k) for k in ("基本支出", "项目支出", "合计"))
    for r in (basic, proj, etot):
        ctx.rate(money(r[2]), money(r[1]), r[3], "执行率 " + r[0])
        ctx.le100(r[3], "执行率 " + r[0])
    ctx.sum([money(basic[1]), money(proj[1])], money(etot[1]), "budget by type")
    ctx.sum([money(basic[2]), money(proj[2])], money(etot[2]), "spending by type")
    ctx.same(money(etot[1]), money(tot[2]), "by-type budget vs income table")
    ctx.same(money(etot[2]), money(tot[3]), "by-type spending vs income table")
    ctx.same(Q.parse(etot[3]), Q.parse(tot[4]), "by-type rate vs income table")

    rows = tab_rows(section(t, "\t序号\t项目名称", "\n\n"))
    items = [r for r in rows if re.fullmatch(r"\d", r[0])]
    ptot = [r for r in rows if len(r) > 1 and r[1] == "合计"][0]
    for r in items + [ptot]:
        ctx.rate(money(r[3]), money(r[2]), r[4], "project " + r[1])
        ctx.le100(r[4], "project " + r[1])
    ctx.sum([money(r[2]) for r in items], money(ptot[2]), "project budgets")
    ctx.sum([money(r[3]) for r in items], money(ptot[3]), "project spending")
    ctx.same(money(ptot[2]), money(proj[1]), "projects vs 项目支出 budget")
    ctx.same(money(ptot[3]), money(proj[2]), "projects vs 项目支出 spending")
    ctx.same(Q.parse(ptot[4]), Q.parse(proj[3]), "projects vs 项目支出 rate")
    desal = [r for r in items if r[1] == "海岛海水淡化及供水设施改造"][0]
    mm = re.search(r"(" + NUM + r"万元)结转至(\d{4})年", desal[5])
    ctx.bal(money(desal[2]), money(desal[3]), money(mm.group(1)), "淡化站 unspent carried forward")
    m = ctx.one(r"共实施(\d+)个项目，各项目预算执行情况如下，(\d+)个项目平均执行率(" + NUM + r"%)")
    ctx.add("conflicting_values", int(m.group(1)) == len(items) == int(m.group(2)), "number of projects")
    ctx.avg([Q.parse(r[4]) for r in items], Q.parse(m.group(3)), "mean of project execution rates")
    lights = [r for r in items if r[1] == "灯塔及助航灯桩维护"][0]

    rows = tab_rows(section(t, "\t一级指标\t二级指标"))[1:]
    inds, lv, total_row = [], None, None
    for r in rows:
        if r[0] == "合计":
            total_row = r
            continue
        lv = r[0] or lv
        inds.append(dict(level1=lv, name=r[2], target=r[3], actual=r[4], completion=r[5], weight=r[6], score=r[7]))
    levels, _ = indicators(ctx, inds, total_row[6], total_row[7])
    exec_row(ctx, ind_by_name(inds, "部门整体预算执行率"), money(tot[3]), money(tot[2]))
    m = ctx.one(r"运维海岛公共服务设施不少于(\d+处)，维护灯塔及灯桩(\d+座)，完成(\d+座)海水淡化站改造，灯桩正常发光率不低于(\d+%)，海岛居民供水保障率不低于(\d+%)，海岛居民满意度不低于(\d+%)")
    for i, name in ((1, "有居民海岛公共服务设施运维数量"), (2, "灯塔及灯桩维护数量"), (3, "海水淡化站改造数量"),
                    (4, "灯桩正常发光率"), (5, "海岛居民供水保障率"), (6, "海岛居民满意度")):
        ctx.same(Q.parse(m.group(i)), Q.parse(ind_by_name(inds, name)["target"].lstrip("≥=")), "goal of " + name)
    m = ctx.one(r"全年运维海岛公共服务设施(\d+处)")
    ctx.same(Q.parse(m.group(1)), Q.parse(ind_by_name(inds, "有居民海岛公共服务设施运维数量")["actual"]), "facilities text/table")
    m = ctx.one(r"维护灯塔(\d+)座、灯桩(\d+)座，单座年均维护成本(" + NUM + r"万元)")
    n_all = Q.parse(ind_by_name(inds, "灯塔及灯桩维护数量")["actual"])
    ctx.sum([Q.parse(m.group(1) + "座"), Q.parse(m.group(2) + "座")], n_all, "灯塔 + 灯桩 = maintained")
    ctx.per_unit(money(lights[3]), n_all, money(m.group(3)), "灯塔灯桩 spending / count")
    ctx.same(money(m.group(3)), Q.parse(ind_by_name(inds, "灯塔灯桩单座年均维护成本")["actual"]), "unit cost text/table")
    m = ctx.one(r"故障灯标平均恢复时间(\d+小时)，灯桩正常发光率(" + NUM + r"%)")
    ctx.same(Q.parse(m.group(1)), Q.parse(ind_by_name(inds, "故障灯标恢复时限")["actual"]), "恢复时间 text/table")
    ctx.same(Q.parse(m.group(2)), Q.parse(ind_by_name(inds, "灯桩正常发光率")["actual"]), "发光率 text/table")
    m = ctx.one(r"完成东庠岛、大练岛(\d+)座海水淡化站改造")
    ctx.same(Q.parse(m.group(1) + "座"), Q.parse(ind_by_name(inds, "海水淡化站改造数量")["actual"]), "淡化站 text/table")
    m = ctx.one(r"海洋观测数据到报率(" + NUM + r"%)")
    ctx.same(Q.parse(m.group(1)), Q.parse(ind_by_name(inds, "海洋观测数据到报率")["actual"]), "到报率 text/table")
    m = ctx.one(r"海岛居民供水保障率(" + NUM + r"%)，")
    ctx.same(Q.parse(m.group(1)), Q.parse(ind_by_name(inds, "海岛居民供水保障率")["actual"]), "供水保障率 text/table")
    m = ctx.one(r"设施完好率(" + NUM + r"%)，未达到(\d+%)的目标")
    g = ind_by_name(inds, "海岛公共服务设施完好率")
    ctx.same(Q.parse(m.group(1)), Q.parse(g["actual"]), "完好率 text/table")
    ctx.same(Q.parse(m.group(2)), Q.parse(g["target"].lstrip("≥")), "完好率 target text/table")
    m = ctx.one(r"发放问卷(\d+)份，回收有效问卷(\d+)份，表示满意的(\d+)份，满意度(" + NUM + r"%)，其中东庠岛满意度(" + NUM + r"%)")
    ctx.rate(Q.parse(m.group(3)), Q.parse(m.group(2)), m.group(4), "satisfaction from counts")
    ctx.le100(m.group(4), "满意度 text")
    ctx.le100(m.group(5), "东庠岛满意度")
    ctx.same(Q.parse(m.group(4)), Q.parse(ind_by_name(inds, "海岛居民满意度")["actual"]), "satisfaction text/table")
    m = ctx.one(r"预算执行得(" + NUM + r")分，产出指标得(" + NUM + r")分，效益指标得(" + NUM + r")分，满意度指标得(" + NUM + r")分，自评总分(" + NUM + r")分，等级为(优秀|良好|优|良|中|差)")
    prose_scores(ctx, levels, [("预算执行", m.group(1)), ("产出指标", m.group(2)), ("效益指标", m.group(3)),
                               ("满意度指标", m.group(4))], m.group(5), m.group(6), total_row[7])
    m = ctx.one(r"附表\n(\d{4})年度部门整体支出绩效自评表")
    ctx.year(int(m.group(1)) == y, "自评表 year")


# ================================================================ draft D: Guangdong 2024

def spec_gd(ctx):
    t = ctx.text
    y = int(ctx.one(r"^珠海市万山区海洋发展局\n(\d{4})年度").group(1))
    generic_years(ctx, y)
    ctx.year(int(ctx.one(r"(\d{4})年度海岛公共服务设施和灯塔维护专项资金由").group(1)) == y, "overview year")
    goals = ctx.one(r"维护公共码头及候船亭不少于(\d+处)，完成桂山、外伶仃、担杆(\d+座)灯塔修缮，维护灯桩不少于(\d+座)；灯桩正常发光率不低于(\d+%)；故障灯标(\d+)小时内恢复；受益海岛居民及渔民不少于(\d+人)；服务对象满意度不低于(\d+%)")
    m = ctx.one(r"(\d{4})年专项资金全年预算(" + NUM + r"万元)，其中省级海岛保护专项(" + NUM + r"万元)、市级财政资金(" + NUM + r"万元)、区级配套资金(" + NUM + r"万元)。截至\d{4}年12月31日实际到位(" + NUM + r"万元)，到位率(" + NUM + r"%)，区级配套资金到位率(" + NUM + r"%)")
    ctx.year(int(m.group(1)) == y, "budget sentence")
    p_annual, p_prov, p_city, p_dist, p_recv = (money(m.group(i)) for i in (2, 3, 4, 5, 6))
    p_recv_rate, p_dist_recv_rate = m.group(7), m.group(8)
    ctx.sum([p_prov, p_city, p_dist], p_annual, "全年 = 省 + 市 + 区 (text)")
    ctx.rate(p_recv, p_annual, p_recv_rate, "到位率 (text)")
    ctx.le100(p_recv_rate, "到位率 (text)")
    m = ctx.one(r"全年实际支出(" + NUM + r"万元)，预算执行率(" + NUM + r"%)。年末结余(" + NUM + r"万元)")
    p_spent, p_rate, p_bal = money(m.group(1)), m.group(2), money(m.group(3))
    ctx.rate(p_spent, p_annual, p_rate, "执行率 (text)")
    ctx.le100(p_rate, "执行率 (text)")
    ctx.bal(p_recv, p_spent, p_bal, "结余 = 到位 - 支出")
    m = ctx.one(r"我局(\d{4})年部门预算(" + NUM + r"万元)，本专项占(" + NUM + r"%)")
    ctx.year(int(m.group(1)) == y, "department budget year")
    ctx.rate(p_annual, money(m.group(2)), m.group(3), "share of department budget")

    rows = cell_rows(section(t, "\t资金来源\n", "（三）分项支出情况"))
    src = {k: find_row(rows, k) for k in ("省级海岛保护专项", "市级财政资金", "区级配套资金", "其他资金", "合计")}
    tot = src["合计"]
    parts = [src[k] for k in ("省级海岛保护专项", "市级财政资金", "区级配套资金", "其他资金")]
    for col, label in ((2, "预算"), (3, "到位"), (4, "支出")):
        ctx.sum([money(r[col]) for r in parts], money(tot[col]), "funds column " + label)
    for r in parts + [tot]:
        ctx.zero_base(money(r[2]), r[5], r[0] + " 到位率")
        ctx.zero_base(money(r[2]), r[6], r[0] + " 执行率")
        if money(r[2]).value != 0:
            ctx.rate(money(r[3]), money(r[2]), r[5], "到位率 " + r[0])
            ctx.rate(money(r[4]), money(r[2]), r[6], "执行率 " + r[0])
            ctx.le100(r[5], "到位率 " + r[0])
            ctx.le100(r[6], "执行率 " + r[0])
    ctx.same(p_annual, money(tot[2]), "全年 text/table")
    ctx.same(p_prov, money(src["省级海岛保护专项"][2]), "省级 text/table")
    ctx.same(p_city, money(src["市级财政资金"][2]), "市级 text/table")
    ctx.same(p_dist, money(src["区级配套资金"][2]), "区级 text/table")
    ctx.same(p_recv, money(tot[3]), "到位 text/table")
    ctx.same(Q.parse(p_recv_rate), Q.parse(tot[5]), "到位率 text/table")
    ctx.same(Q.parse(p_dist_recv_rate), Q.parse(src["区级配套资金"][5]), "区级到位率 text/table")
    ctx.same(p_spent, money(tot[4]), "支出 text/table")
    ctx.same(Q.parse(p_rate), Q.parse(tot[6]), "执行率 text/table")

    rows = cell_rows(section(t, "（三）分项支出情况", "三、项目组织实施情况").split("\n", 1)[1])
    items = [r for r in rows if r[0] not in ("支出内容", "合计")]
    sub = find_row(rows, "合计")
    for r in items + [sub]:
        ctx.rate(money(r[2]), money(r[1]), r[3], "sub-item " + r[0])
        ctx.le100(r[3], "sub-item " + r[0])
    ctx.sum([money(r[1]) for r in items], money(sub[1]), "sub-item budgets")
    ctx.sum([money(r[2]) for r in items], money(sub[2]), "sub-item spending")
    ctx.same(money(sub[1]), money(tot[2]), "sub-items vs funds budget")
    ctx.same(money(sub[2]), money(tot[4]), "sub-items vs funds spending")
    ctx.same(Q.parse(sub[3]), Q.parse(tot[6]), "sub-items vs funds rate")

    rows = tab_rows(section(t, "\t一级指标\t二级指标"))[1:]
    inds, lv, total_row = [], None, None
    for r in rows:
        if r[0] == "合计":
            total_row = r
            continue
        lv = r[0] or lv
        inds.append(dict(level1=lv, name=r[2], weight=r[3], target=r[4], actual=r[5], completion=r[6], score=r[7]))
    levels, _ = indicators(ctx, inds, total_row[3], total_row[7])
    exec_row(ctx, ind_by_name(inds, "预算执行率"), money(tot[4]), money(tot[2]))
    for i, name in ((1, "维护公共码头及候船亭数量"), (2, "灯塔修缮数量"), (3, "灯桩维护数量"), (4, "灯桩正常发光率"),
                    (6, "受益海岛居民及渔民人数"), (7, "服务对象满意度")):
        ctx.same(Q.parse(goals.group(i)), Q.parse(ind_by_name(inds, name)["target"].lstrip("≥=")), "goal of " + name)
    ctx.same(Q.parse(goals.group(5) + "小时"), Q.parse(ind_by_name(inds, "故障灯标恢复时限")["target"].lstrip("≤")), "goal 恢复")
    m = ctx.one(r"全年维护公共码头及候船亭(\d+处)")
    ctx.same(Q.parse(m.group(1)), Q.parse(ind_by_name(inds, "维护公共码头及候船亭数量")["actual"]), "码头 text/table")
    m = ctx.one(r"灯桩维护支出(" + NUM + r"万元)，维护灯桩(\d+座)，单座年维护成本(" + NUM + r"万元)；灯桩正常发光率(" + NUM + r"%)")
    ctx.per_unit(money(m.group(1)), Q.parse(m.group(2)), money(m.group(3)), "灯桩 spending / count")
    ctx.same(Q.parse(m.group(2)), Q.parse(ind_by_name(inds, "灯桩维护数量")["actual"]), "灯桩 count text/table")
    ctx.same(money(m.group(3)), Q.parse(ind_by_name(inds, "灯桩单座年维护成本")["actual"]), "unit cost text/table")
    ctx.same(Q.parse(m.group(4)), Q.parse(ind_by_name(inds, "灯桩正常发光率")["actual"]), "发光率 text/table")
    m = ctx.one(r"(\d+)座灯塔修缮中桂山岛灯塔已完工验收，外伶仃、担杆(\d+)座灯塔")
    ctx.rel("sum_mismatch", [Q.parse(m.group(1) + "座"), Q.parse(m.group(2) + "座"),
                             Q.parse(ind_by_name(inds, "灯塔修缮数量")["actual"])],
            lambda q: q[0].value - q[1].value == q[2].value, "灯塔 finished = 3 - 2")
    unfinished = Q.parse(m.group(2) + "座")
    for pat in (r"一是(\d+)座灯塔修缮受台风影响停工", r"\t(\d+)座受台风影响停工"):
        ctx.same(Q.parse(ctx.one(pat).group(1) + "座"), unfinished, "unfinished lighthouses restated")
    m = ctx.one(r"故障灯标平均恢复时间(\d+小时)")
    ctx.same(Q.parse(m.group(1)), Q.parse(ind_by_name(inds, "故障灯标恢复时限")["actual"]), "恢复 text/table")
    m = ctx.one(r"惠及海岛居民及渔民(" + NUM + r"人)")
    ctx.same(Q.parse(m.group(1)), Q.parse(ind_by_name(inds, "受益海岛居民及渔民人数")["actual"]), "beneficiaries text/table")
    m = ctx.one(r"应急避难场所可用率(" + NUM + r"%)，年末海岛公共服务设施完好率(" + NUM + r"%)")
    ctx.same(Q.parse(m.group(1)), Q.parse(ind_by_name(inds, "应急避难场所可用率")["actual"]), "可用率 text/table")
    ctx.same(Q.parse(m.group(2)), Q.parse(ind_by_name(inds, "海岛公共服务设施完好率")["actual"]), "完好率 text/table")
    m = ctx.one(r"发放问卷(\d+)份，回收有效问卷(\d+)份，表示满意的(\d+)份，满意度(" + NUM + r"%)，其中渔民群体满意度(" + NUM + r"%)")
    ctx.rate(Q.parse(m.group(3)), Q.parse(m.group(2)), m.group(4), "satisfaction from counts")
    ctx.le100(m.group(4), "满意度 text")
    ctx.le100(m.group(5), "渔民群体满意度")
    ctx.same(Q.parse(m.group(4)), Q.parse(ind_by_name(inds, "服务对象满意度")["actual"]), "satisfaction text/table")
    m = ctx.one(r"预算执行得(" + NUM + r")分，产出指标得(" + NUM + r")分，效益指标得(" + NUM + r")分，满意度指标得(" + NUM + r")分，自评总分(" + NUM + r")分，评价等级为(优秀|良好|优|良|中|差)")
    prose_scores(ctx, levels, [("预算执行率", m.group(1)), ("产出指标", m.group(2)), ("效益指标", m.group(3)),
                               ("满意度指标", m.group(4))], m.group(5), m.group(6), total_row[7])
    m = ctx.one(r"附件：(\d{4})年度项目支出绩效自评表")
    ctx.year(int(m.group(1)) == y, "自评表 year")


# ================================================================ draft E: Zhejiang 2025

def spec_zj(ctx):
    t = ctx.text
    y = int(ctx.one(r"^台州市椒江区海洋发展局\n(\d{4})年度").group(1))
    generic_years(ctx, y)
    ctx.year(int(ctx.one(r"项目实施期为(\d{4})年1月至12月").group(1)) == y, "implementation period")
    goals = ctx.one(r"完成(\d+)处码头及候船厅运维和下大陈岛灯塔修缮，维护海岛路灯不少于(\d+盏)，供水水质达标率(\d+%)，故障设施(\d+)小时内修复，上岛游客不少于(\d+万人次)，停水停电投诉不超过(\d+件)，服务对象满意度不低于(\d+%)")
    m = ctx.one(r"(\d{4})年项目年初预算(" + NUM + r"万元)，其中市级补助资金(" + NUM + r"万元)于(\d{4})年(\d+)月提前下达。年中区级财政资金调减(" + NUM + r"万元)，并将上年结转资金(" + NUM + r"万元)纳入预算，全年预算(" + NUM + r"万元)。全年执行(" + NUM + r"万元)，预算执行率(" + NUM + r"%)")
    ctx.year(int(m.group(1)) == y, "budget sentence")
    ctx.year(int(m.group(4)) == y - 1 and int(m.group(5)) == 12, "advance issue")
    p_init, p_city, p_cut, p_car, p_annual, p_spent = (money(m.group(i)) for i in (2, 3, 6, 7, 8, 9))
    p_rate = m.group(10)
    ctx.rel("sum_mismatch", [p_init, p_cut, p_car, p_annual],
            lambda q: abs(q[0].value - q[1].value + q[2].value - q[3].value) <= q[3].tol, "年初 - 调减 + 结转 = 全年")
    ctx.rate(p_spent, p_annual, p_rate, "执行率 (text)")
    ctx.le100(p_rate, "执行率 (text)")
    m = ctx.one(r"年末未支出资金(" + NUM + r"万元)")
    ctx.bal(p_annual, p_spent, money(m.group(1)), "未支出 = 全年 - 执行")
    m = ctx.one(r"我局(\d{4})年部门预算总额(" + NUM + r"万元)，本项目占(" + NUM + r"%)")
    ctx.year(int(m.group(1)) == y, "department budget year")
    ctx.rate(p_annual, money(m.group(2)), m.group(3), "share of department budget")

    rows = space_rows(section(t, "资金来源  ", "\n\n"))
    src = {k: find_row(rows, k) for k in ("市级补助资金", "区级财政资金", "上年结转资金", "镇级自筹资金", "合计")}
    tot = src["合计"]
    parts = [src[k] for k in ("市级补助资金", "区级财政资金", "上年结转资金", "镇级自筹资金")]
    for col, label in ((1, "年初"), (2, "全年"), (3, "执行")):
        ctx.sum([money(r[col]) for r in parts], money(tot[col]), "funds column " + label)
    for r in parts + [tot]:
        ctx.zero_base(money(r[2]), r[4], r[0])
        if money(r[2]).value != 0:
            ctx.rate(money(r[3]), money(r[2]), r[4], "执行率 " + r[0])
            ctx.le100(r[4], "执行率 " + r[0])
    dist = src["区级财政资金"]
    ctx.rel("sum_mismatch", [money(dist[1]), p_cut, money(dist[2])],
            lambda q: abs(q[0].value - q[1].value - q[2].value) <= q[2].tol, "区级 年初 - 调减 = 全年")
    ctx.same(p_init, money(tot[1]), "年初 text/table")
    ctx.same(p_city, money(src["市级补助资金"][1]), "市级 text/table")
    ctx.same(p_car, money(src["上年结转资金"][2]), "上年结转 text/table")
    ctx.same(p_annual, money(tot[2]), "全年 text/table")
    ctx.same(p_spent, money(tot[3]), "执行 text/table")
    ctx.same(Q.parse(p_rate), Q.parse(tot[4]), "执行率 text/table")

    rows = space_rows(section(t, "支出内容  ", "\n\n"))
    items = [r for r in rows if r[0] not in ("支出内容", "合计")]
    sub = find_row(rows, "合计")
    for r in items + [sub]:
        ctx.rate(money(r[2]), money(r[1]), r[3], "sub-item " + r[0])
        ctx.le100(r[3], "sub-item " + r[0])
    ctx.sum([money(r[1]) for r in items], money(sub[1]), "sub-item budgets")
    ctx.sum([money(r[2]) for r in items], money(sub[2]), "sub-item spending")
    ctx.same(money(sub[1]), money(tot[2]), "sub-items vs funds budget")
    ctx.same(money(sub[2]), money(tot[3]), "sub-items vs funds spending")
    ctx.same(Q.parse(sub[3]), Q.parse(tot[4]), "sub-items vs funds rate")

    rows = space_rows(section(t, "一级指标    二级指标"))[1:]
    inds, lv, total_row = [], None, None
    for r in rows:
        if r[0] == "合计":
            total_row = r
            break
        if r[0] in ("预算执行率", "产出指标", "效益指标", "满意度指标"):
            lv = r[0]
        inds.append(dict(level1=lv, name=r[-6], target=r[-5], actual=r[-4], completion=r[-3], weight=r[-2], score=r[-1]))
    levels, _ = indicators(ctx, inds, total_row[1], total_row[2])
    exec_row(ctx, ind_by_name(inds, "预算执行率"), money(tot[3]), money(tot[2]))
    for i, name, unit in ((1, "码头及候船厅运维数量", "处"), (2, "海岛路灯维护数量", ""), (3, "供水水质达标率", ""),
                          (4, "故障设施修复时限", "小时"), (5, "上岛游客人次", ""), (6, "停水停电投诉件数", ""),
                          (7, "服务对象满意度", "")):
        ctx.same(Q.parse(goals.group(i) + unit), Q.parse(ind_by_name(inds, name)["target"].lstrip("≥≤=")), "goal of " + name)
    m = ctx.one(r"年末工程量完成(\d+%)")
    ctx.same(Q.parse(m.group(1)), Q.parse(ind_by_name(inds, "灯塔修缮工程完成比例")["actual"]), "灯塔 progress text/table")
    m = ctx.one(r"全年维护海岛路灯(\d+盏)，路灯维护支出(" + NUM + r"万元)，单盏年维护成本(" + NUM + r"元)")
    ctx.same(Q.parse(m.group(1)), Q.parse(ind_by_name(inds, "海岛路灯维护数量")["actual"]), "路灯 count text/table")
    ctx.per_unit(money(m.group(2)), Q.parse(m.group(1)), money(m.group(3)), "路灯 spending / count")
    cost = Q.parse(ind_by_name(inds, "路灯单盏年维护成本")["actual"])
    ctx.same(money(m.group(3)), cost, "unit cost text/table")
    m = ctx.one(r"故障设施平均修复时间(\d+小时)，超过(\d+小时)的时限要求")
    rep = ind_by_name(inds, "故障设施修复时限")
    ctx.same(Q.parse(m.group(1)), Q.parse(rep["actual"]), "修复 text/table")
    ctx.same(Q.parse(m.group(2)), Q.parse(rep["target"].lstrip("≤")), "修复 limit text/table")
    m = ctx.one(r"供水水质达标率(\d+%)。")
    ctx.same(Q.parse(m.group(1)), Q.parse(ind_by_name(inds, "供水水质达标率")["actual"]), "水质 text/table")
    m = ctx.one(r"全年上岛游客(" + NUM + r"万人次)，较(\d{4})年的(" + NUM + r"万人次)下降")
    ctx.same(Q.parse(m.group(1)), Q.parse(ind_by_name(inds, "上岛游客人次")["actual"]), "游客 text/table")
    m = ctx.one(r"全年受理停水停电投诉(\d+件)，超出(\d+件)的控制目标")
    c = ind_by_name(inds, "停水停电投诉件数")
    ctx.same(Q.parse(m.group(1)), Q.parse(c["actual"]), "投诉 text/table")
    ctx.same(Q.parse(m.group(2)), Q.parse(c["target"].lstrip("≤")), "投诉 target text/table")
    m = ctx.one(r"年末设施完好率(" + NUM + r"%)")
    ctx.same(Q.parse(m.group(1)), Q.parse(ind_by_name(inds, "海岛公共服务设施完好率")["actual"]), "完好率 text/table")
    m = ctx.one(r"发放问卷(\d+)份，回收有效问卷(\d+)份，表示满意的(\d+)份，满意度(" + NUM + r"%)")
    ctx.rate(Q.parse(m.group(3)), Q.parse(m.group(2)), m.group(4), "satisfaction from counts")
    ctx.le100(m.group(4), "满意度 text")
    ctx.same(Q.parse(m.group(4)), Q.parse(ind_by_name(inds, "服务对象满意度")["actual"]), "satisfaction text/table")
    m = ctx.one(r"评价指标体系中预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    stated_w = [("预算执行率", m.group(1)), ("产出指标", m.group(2)), ("效益指标", m.group(3)), ("满意度指标", m.group(4))]
    for lvname, raw in stated_w:
        ctx.add("weight_sum_mismatch", levels[lvname][0] == dnum(raw), "level weight %s rows %s stated %s" % (lvname, levels[lvname][0], raw))
    ctx.add("weight_sum_mismatch", sum(dnum(raw) for _, raw in stated_w) == 100, "stated level weights sum to 100")
    m = ctx.one(r"预算执行得(" + NUM + r")分，产出指标得(" + NUM + r")分，效益指标得(" + NUM + r")分，满意度指标得(" + NUM + r")分，总分(" + NUM + r")分，评价等级为(优秀|良好|优|良|中|差)")
    prose_scores(ctx, levels, [("预算执行率", m.group(1)), ("产出指标", m.group(2)), ("效益指标", m.group(3)),
                               ("满意度指标", m.group(4))], m.group(5), m.group(6), total_row[2])
    m = ctx.one(r"项目支出绩效自评表（(\d{4})年度）")
    ctx.year(int(m.group(1)) == y, "自评表 year")


SPECS = {
    "ln-zhuanghe-haidaosheshi-2019": spec_ln,
    "sd-changdao-dengta-2021": spec_sd,
    "fj-pingtan-haiyangbumen-2023": spec_fj,
    "gd-wanshan-haidaodengta-2024": spec_gd,
    "zj-jiaojiang-dachendao-2025": spec_zj,
}


def run_spec(source, text):
    ctx = Ctx(text)
    SPECS[source](ctx)
    return ctx.res


def diff_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j   # [i, end_a) in a, [i, end_b) in b


def main(verbose=False):
    problems = []
    labels = [json.loads(l) for l in open(LABELS, encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append("expected 35 label lines, found %d" % len(labels))
    names = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != names:
        problems.append("labels and case files differ")
    if sum(1 for r in labels if r["clean"]) != 5:
        problems.append("expected 5 clean cases")
    counts = {c: 0 for c in ERROR_CODES}
    n_checks = 0
    for rec in labels:
        name, src = rec["case"], rec["source"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        if src not in SPECS:
            problems.append("%s: unknown source %s" % (name, src))
            continue
        try:
            res = run_spec(src, text)
        except (ExtractError, ValueError, IndexError, KeyError, AttributeError) as exc:
            problems.append("%s: extraction failed: %r" % (name, exc))
            continue
        n_checks += len(res)
        failed = [(c, m) for c, ok, m in res if not ok]
        failed_err = sorted({c for c, _ in failed if c not in WARNING_CODES})
        if rec["clean"]:
            if rec["expected"]:
                problems.append("%s: clean case with expected findings" % name)
            if failed:
                problems.append("%s: clean draft fails %s" % (name, failed))
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append("%s: expected exactly one label" % name)
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        if code not in ERROR_CODES or exp[0]["severity"] != "error":
            problems.append("%s: bad code/severity" % name)
        counts[code] = counts.get(code, 0) + 1
        if failed_err != [code]:
            problems.append("%s: labelled %s, failing error codes %s: %s" % (name, code, failed_err,
                                                                            [m for c, m in failed if c not in WARNING_CODES]))
        if verbose:
            print("%-40s %-22s %s" % (name, code, [m for c, m in failed]))
        if text.count(value) != 1:
            problems.append("%s: value %r occurs %d times" % (name, value, text.count(value)))
        clean = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        i, ea, eb = diff_region(clean, text)
        if ea - i > 40 or eb - i > 40 or (ea == i and eb == i):
            problems.append("%s: edit not a single change of <= 40 chars (%d -> %d)" % (name, ea - i, eb - i))
        vs = text.find(value)
        if not (vs < max(eb, i + 1) and i < vs + len(value)):
            problems.append("%s: edit [%d,%d) does not overlap value at %d" % (name, i, eb, vs))
    for c in ERROR_CODES:
        if counts.get(c, 0) < 2:
            problems.append("code %s labelled %d times (< 2)" % (c, counts.get(c, 0)))
    if problems:
        for p in problems:
            print("FAIL", p)
        return 1
    print("checks run: %d over %d cases; codes: %s" % (n_checks, len(labels),
                                                       ", ".join("%s=%d" % (c, counts[c]) for c in ERROR_CODES)))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main("-v" in sys.argv))
