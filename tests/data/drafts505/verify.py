#!/usr/bin/env python3
"""Verify drafts505: re-read every figure from each case text and redo its arithmetic.

Standard library + decimal only. For every case the project's checks are run on the text itself
(nothing is compared with the clean draft except for the edit-location test):
  * every clean draft passes every check (errors and warnings);
  * every error case fails at least one check of its labelled code and no check of any other
    error code (warnings such as score_rule_mismatch may fail);
  * each label value occurs exactly once, the case differs from its clean draft by one contiguous
    edit of at most 40 characters, and that edit overlaps the value;
  * every code of errors.md section A is used at least twice; 35 labels; drafts 1,500-5,000 chars.
Tolerance and rounding follow rules.md section 8 (stated decimals, ROUND_HALF_UP).
"""
import json
import os
import re
import sys
from decimal import Decimal as D, getcontext

getcontext().prec = 50
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

ERROR_CODES = [
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
    "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
    "unit_mismatch", "year_mismatch", "completion_mismatch",
]
WARNING_CODES = ["score_rule_mismatch"]

NUM = r"\d[\d,]*(?:\.\d+)?"
U = r"(?:亿元|万元|元)"
EPS = D("1e-9")
SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]


# ---------------------------------------------------------------- quantities
class Q:
    """A stated number: value (money in 万元), tolerance from its stated decimals, raw text."""

    def __init__(self, raw, unit="", money=False, approx=False):
        s = raw.replace(",", "").replace("%", "").strip()
        self.raw = raw
        self.unit = unit
        self.money = money
        dec = len(s.split(".")[1]) if "." in s else 0
        scale = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}.get(unit, D(1)) if money else D(1)
        self.v = D(s) * scale
        self.tol = D("0.5") * D(10) ** -dec * scale + EPS
        self.approx = approx

    def scaled(self, f):
        c = Q.__new__(Q)
        c.__dict__.update(self.__dict__)
        c.v = self.v * f
        c.tol = self.tol * f
        return c

    def __repr__(self):
        return f"{self.raw}{self.unit}"


def money(raw, unit):
    return Q(raw, unit, money=True)


def near(stated, computed):
    return abs(computed - stated.v) <= stated.tol


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
         "差": "差", "较差": "差", "不合格": "差"}


def must(pattern, text, flags=0):
    m = re.search(pattern, text, flags)
    if not m:
        raise LookupError(f"pattern not found: {pattern}")
    return m


# ---------------------------------------------------------------- checker
class Ctx:
    def __init__(self):
        self.results = []  # (code, ok, message)

    def add(self, code, ok, msg):
        self.results.append((code, bool(ok), msg))

    def rel(self, code, msg, fn, *qs):
        """Record fn(*qs); on failure, an exact reconciliation by rescaling one money amount by
        10^±4 / 10^±8 turns the finding into unit_mismatch (errors.md #11b: most specific wins)."""
        if fn(*qs):
            self.add(code, True, msg)
            return
        for i, q in enumerate(qs):
            if not getattr(q, "money", False):
                continue
            for f in SCALES:
                alt = list(qs)
                alt[i] = q.scaled(f)
                if fn(*alt):
                    self.add("unit_mismatch", False, f"{msg}: {q} off by a factor {f}")
                    return
        self.add(code, False, msg)

    # identities -------------------------------------------------------
    def sum(self, msg, total, parts, code="sum_mismatch"):
        self.rel(code, f"{msg}: {total} vs {' + '.join(map(str, parts))}",
                 lambda t, *p: near(t, sum((x.v for x in p), D(0))), total, *parts)

    def diff(self, code, msg, result, a, b):
        self.rel(code, f"{msg}: {result} vs {a} − {b}", lambda r, x, y: near(r, x.v - y.v), result, a, b)

    def product(self, msg, result, counts, per):
        """result = Π counts × per (per-unit money)."""
        def fn(r, p):
            c = p.v
            for k in counts:
                c *= k.v
            return near(r, c)
        self.rel("sum_mismatch", f"{msg}: {result} vs {' × '.join(map(str, counts))} × {per}",
                 lambda p, r: fn(r, p), per, result)

    def same(self, msg, a, b):
        self.rel("conflicting_values", f"{msg}: {a} vs {b}",
                 lambda x, y: abs(x.v - y.v) <= max(x.tol, y.tol), a, b)

    def rate(self, msg, stated_raw, num, den, code="rate_mismatch", bounded=True):
        s = stated_raw.strip()
        if s in ("—", "-", "/", "") and den.v == 0:
            self.add("implausible_rate", True, f"{msg}: zero base shown as {s!r}")
            return
        p = Q(s)
        if den.v == 0:
            self.add("implausible_rate", p.v == 0, f"{msg}: rate {s} on a zero base")
            return
        self.rel(code, f"{msg}: {s} vs {num}/{den}", lambda n, d: near(p, n.v / d.v * 100), num, den)
        if bounded:
            self.add("implausible_rate", p.v <= 100 + p.tol, f"{msg}: {s} must not exceed 100%")

    def pct_bound(self, msg, raw):
        p = Q(raw)
        self.add("implausible_rate", D(0) <= p.v <= 100 + EPS, f"{msg}: {raw} outside [0, 100]%")

    def average(self, msg, stated, values):
        mean = sum((v.v for v in values), D(0)) / len(values)
        self.add("average_mismatch", near(stated, mean), f"{msg}: {stated.raw} vs mean {mean}")

    def year_is(self, msg, y, y0):
        self.add("year_mismatch", int(y) == int(y0), f"{msg}: {y} vs {y0}")

    def year_after(self, msg, y, y0):
        self.add("year_mismatch", int(y) > int(y0), f"{msg}: carried to {y}, evaluation year {y0}")

    def grade(self, msg, total, label):
        g = GRADE.get(label)
        self.add("grade_mismatch", g is not None and g == band(total.v), f"{msg}: {label} for {total.raw}")


# ---------------------------------------------------------------- indicator rows
IND = re.compile(r"^(≥|≤|＞＝|＜＝|>=|<=|＞|＜|>|<|=)?\s*(\d[\d,]*(?:\.\d+)?)\s*(.*)$")


def parse_val(s):
    """'≥760班' -> ('gte', Q(760), '班'); '0起' -> ('eq', ...); qualitative -> None."""
    m = IND.match(s.strip())
    if not m:
        return None
    sign, num, unit = m.groups()
    direction = {"≥": "gte", "＞＝": "gte", ">=": "gte", "＞": "gte", ">": "gte",
                 "≤": "lte", "＜＝": "lte", "<=": "lte", "＜": "lte", "<": "lte", "=": "eq"}.get(sign, "eq")
    return direction, Q(num), unit.strip()


def completion_of(direction, t, a):
    if direction == "lte":
        return D(100) if a.v <= t.v else t.v / a.v * 100
    if direction == "eq" and t.v == 0:
        return D(100) if a.v <= 0 else D(0)
    return a.v / t.v * 100


def score_of(direction, t, a, w):
    if direction == "lte":
        return w if a.v <= t.v else w * t.v / a.v
    if direction == "eq" and t.v == 0:
        return w if a.v <= 0 else D(0)
    return w * min(D(1), max(D(0), a.v) / t.v)


class Row:
    def __init__(self, name, target, actual, weight, score, completion=None, nature=None, unit_col=None):
        self.name, self.target, self.actual = name.strip(), target.strip(), actual.strip()
        self.weight, self.score = Q(weight), Q(score)
        self.completion = completion.strip() if completion is not None else None
        self.nature, self.unit_col = nature, unit_col


def check_rows(ctx, rows, exec_weight, exec_score, total_weight, total_score):
    """Weights, scores, units, completion for one indicator table (execution row passed separately)."""
    weights = [exec_weight] + [r.weight for r in rows]
    scores = [exec_score] + [r.score for r in rows]
    ctx.add("weight_sum_mismatch", sum(w.v for w in weights) == total_weight.v == 100,
            f"weights {' + '.join(w.raw for w in weights)} vs {total_weight.raw} (100)")
    ctx.add("score_sum_mismatch", near(total_score, sum((s.v for s in scores), D(0))),
            f"scores {' + '.join(s.raw for s in scores)} vs {total_score.raw}")
    ctx.add("score_exceeds_weight", D(0) <= exec_score.v <= exec_weight.v, "execution row score vs weight")
    for r in rows:
        ctx.add("score_exceeds_weight", D(0) <= r.score.v <= r.weight.v,
                f"{r.name}: score {r.score.raw} vs weight {r.weight.raw}")
        if r.nature == "定性":
            continue
        if r.nature:  # Sichuan: sign in its own column, unit in its own column
            tv = parse_val(r.nature + r.target)
            av = parse_val(r.actual)
        else:
            tv, av = parse_val(r.target), parse_val(r.actual)
        if tv is None or av is None:
            # qualitative row (no number in target or actual): band check for the score
            ctx.add("score_rule_mismatch", r.score.v >= r.weight.v * D("0.6") - EPS, f"{r.name}: qualitative score")
            continue
        direction, t, tunit = tv
        _, a, aunit = av
        if tunit != aunit:
            ctx.add("unit_mismatch", False, f"{r.name}: target unit {tunit!r} vs actual unit {aunit!r}")
            continue
        ctx.add("unit_mismatch", True, f"{r.name}: units {tunit!r}")
        if tunit == "%" or r.unit_col == "%":
            ctx.pct_bound(f"{r.name} actual", r.actual)
        comp = completion_of(direction, t, a)
        if r.completion is not None:
            ctx.add("completion_mismatch", near(Q(r.completion), comp),
                    f"{r.name}: completion {r.completion} vs {comp}")
        ctx.add("score_rule_mismatch", near(r.score, score_of(direction, t, a, r.weight.v)),
                f"{r.name}: score {r.score.raw} vs rule")


def row_by(rows, name):
    for r in rows:
        if r.name == name:
            return r
    raise LookupError(name)


def actual_q(row):
    v = parse_val(row.actual)
    return v[1] if v else None


def same_actual(ctx, msg, row, stated):
    """Prose restatement of a table actual; skipped when the table actual is not in the row's unit."""
    a = parse_val(row.actual)
    t = parse_val((row.nature or "") + row.target) if row.nature != "定性" else None
    if a is None or (t is not None and t[2] != a[2]):
        return
    ctx.same(msg, stated, a[1])


def same_targets(ctx, msg, rows, pairs):
    """Goal sentence in the prose vs the table's 年度指标值 (name -> stated text)."""
    for name, raw in pairs:
        r = row_by(rows, name)
        tv = parse_val((r.nature or "") + r.target)
        ctx.same(f"{msg}: {name} target", Q(raw), tv[1])


# ---------------------------------------------------------------- flattened / spaced tables
def flattened_blocks(text):
    blocks = []
    for blk in text.split("\n\n"):
        lines = blk.split("\n")
        if lines and all(l.startswith("\t") for l in lines):
            blocks.append([l[1:] for l in lines])
    return blocks


def spaced_cells(line, sep=r"\s{2,}"):
    return [c for c in re.split(sep, line.strip()) if c != ""]


def is_num(s):
    return re.fullmatch(NUM, s.strip()) is not None


# ================================================================ project checks
def check_yueyang(t, ctx):
    y0 = must(r"(\d{4})年度岳阳三荷机场航线培育专项资金", t).group(1)
    ctx.year_is("table year", must(r"项目支出绩效自评表\n（(\d{4})年度）", t).group(1), y0)
    m = must(rf"年初预算安排航线培育专项资金({NUM})({U})", t)
    init = money(*m.groups())
    m = must(rf"补贴资金({NUM})({U})作为上年结转资金纳入全年预算，全年预算({NUM})({U})", t)
    co, annual = money(m.group(1), m.group(2)), money(m.group(3), m.group(4))
    ctx.sum("年初 + 上年结转 = 全年预算", annual, [init, co])
    m = must(rf"实际到位资金({NUM})({U})，到位率({NUM}%)", t)
    recv = money(m.group(1), m.group(2))
    ctx.rate("到位率", m.group(3), recv, annual)
    m = must(rf"全年执行({NUM})({U})，预算执行率({NUM}%)", t)
    spent, spent_rate = money(m.group(1), m.group(2)), m.group(3)
    ctx.rate("预算执行率 (prose)", spent_rate, spent, annual)
    m = must(rf"上年结转资金({NUM})({U})全部用于", t)
    co_spent = money(*m.groups())
    ctx.same("上年结转 (two mentions)", co_spent, co)
    m = must(rf"当年财政拨款支出({NUM})({U})，分别为(.*?)。", t)
    fin_spent = money(m.group(1), m.group(2))
    routes = {r: money(v, u) for r, v, u in re.findall(rf"岳阳—(\S+?)航线({NUM})({U})", m.group(3))}
    ctx.sum("当年财政拨款支出 = Σ routes", fin_spent, list(routes.values()))
    ctx.sum("全年执行 = 结转支出 + 当年拨款支出", spent, [co_spent, fin_spent])
    m = must(rf"当年财政拨款未支出({NUM})({U})，约占年初预算的({NUM})%", t)
    unspent = money(m.group(1), m.group(2))
    ctx.diff("balance_mismatch", "未支出 = 年初(当年拨款) − 当年拨款支出", unspent, init, fin_spent)
    approx = Q(m.group(3), approx=True)
    ctx.add("rate_mismatch", near(approx, unspent.v / init.v * 100), "约占年初预算 share")
    for y in re.findall(r"结转至(\d{4})年", t):
        ctx.year_after("结转", y, y0)
    # output paragraph
    m = must(rf"共执行航班({NUM})班，为年度目标({NUM})班的({NUM}%)", t)
    flights, ftarget, fcomp = Q(m.group(1)), Q(m.group(2)), m.group(3)
    ctx.add("completion_mismatch", near(Q(fcomp), flights.v / ftarget.v * 100), "航班 completion (prose)")
    out = must(r"（三）产出情况。(.*?)\n", t).group(1)
    route_flights = [Q(x) for x in re.findall(rf"航线执行({NUM})班", out)]
    ctx.sum("执行航班 = Σ route flights", flights, route_flights)
    for r in ("北京大兴", "昆明"):
        m = must(rf"岳阳—{r}航线执行({NUM})班，机型座位数({NUM})座，补贴标准({NUM})({U})/座·班，补贴({NUM})({U})", out)
        fl, seats, per, res = Q(m.group(1)), Q(m.group(2)), money(m.group(3), m.group(4)), money(m.group(5), m.group(6))
        ctx.product(f"{r} 定额补贴", res, [seats, fl], per)
        ctx.same(f"{r} subsidy 元 vs 万元", res, routes[r])
    m = must(rf"岳阳—厦门航线执行({NUM})班，每班保底收入({NUM})({U})，保底收入合计({NUM})({U})，"
             rf"航空公司实际客票收入({NUM})({U})，补足差额({NUM})({U})", out)
    fl, per = Q(m.group(1)), money(m.group(2), m.group(3))
    guar, rev, gap = money(m.group(4), m.group(5)), money(m.group(6), m.group(7)), money(m.group(8), m.group(9))
    ctx.product("厦门 保底收入", guar, [fl], per)
    ctx.diff("sum_mismatch", "厦门 保底差额", gap, guar, rev)
    ctx.same("厦门 差额 vs 分别为 list", gap, routes["厦门"])
    normal = must(rf"全年航班正常率({NUM})%", out).group(1)
    m = must(rf"旅客吞吐量({NUM})万人次，较(\d{{4}})年的({NUM})万人次增长({NUM}%)", t)
    pax, pax_prev = Q(m.group(1)), Q(m.group(3))
    ctx.year_is("previous-year comparison", int(m.group(2)) + 1, y0)
    ctx.add("rate_mismatch", near(Q(m.group(4)), (pax.v - pax_prev.v) / pax_prev.v * 100), "旅客吞吐量 growth")
    sat = must(rf"旅客满意度({NUM})%", t).group(1)
    ctx.pct_bound("满意度 (prose)", sat)
    m = must(rf"总得分({NUM})分，评价等级为“(\S+?)”", t)
    total_prose, grade = Q(m.group(1)), m.group(2)
    # table
    blocks = flattened_blocks(t)
    funds = {b[1]: b for b in blocks if len(b) == 8 and b[1] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    tot, fin, cot, oth = (funds[k] for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"))
    for col, nm in ((2, "年初"), (3, "全年"), (4, "执行")):
        ctx.sum(f"table {nm}: 总额 = 拨款 + 结转 + 其他", money(tot[col], "万元"),
                [money(fin[col], "万元"), money(cot[col], "万元"), money(oth[col], "万元")])
    for row in (tot, fin, cot, oth):
        ctx.rate(f"table 执行率 {row[1]}", row[6], money(row[4], "万元"), money(row[3], "万元"))
    ctx.same("年初 prose/table", init, money(tot[2], "万元"))
    ctx.same("全年 prose/table", annual, money(tot[3], "万元"))
    ctx.same("执行 prose/table", spent, money(tot[4], "万元"))
    ctx.same("当年拨款支出 prose/table", fin_spent, money(fin[4], "万元"))
    ctx.same("上年结转 prose/table", co, money(cot[3], "万元"))
    ctx.same("执行率 prose/table", Q(spent_rate), Q(tot[6]))
    exec_w, exec_s = Q(tot[5]), Q(tot[7])
    ctx.add("score_rule_mismatch", near(exec_s, exec_w.v * min(D(1), money(tot[4], "万元").v / money(tot[3], "万元").v)),
            "execution score")
    rows = [Row(b[3], b[4], b[5], b[6], b[7]) for b in blocks
            if len(b) == 9 and b[0] != "总分" and is_num(b[6]) and is_num(b[7])]
    tb = [b for b in blocks if b[0] == "总分"][0]
    check_rows(ctx, rows, exec_w, exec_s, Q(tb[6]), Q(tb[7]))
    ctx.same("总分 prose/table", total_prose, Q(tb[7]))
    ctx.grade("grade", Q(tb[7]), grade)
    same_actual(ctx, "执行航班 prose/table", row_by(rows, "执行航班班次"), flights)
    ctx.same("航班目标 prose/table", ftarget, parse_val(row_by(rows, "执行航班班次").target)[1])
    same_actual(ctx, "航班正常率 prose/table", row_by(rows, "航班正常率"), Q(normal))
    same_actual(ctx, "旅客吞吐量 prose/table", row_by(rows, "旅客吞吐量"), pax)
    same_actual(ctx, "满意度 prose/table", row_by(rows, "旅客满意度"), Q(sat))
    m = must(rf"(\d{{4}})年补贴航线不少于({NUM})条，执行航班不少于({NUM})班，航班正常率不低于({NUM})%，"
             rf"旅客吞吐量达到({NUM})万人次，旅客满意度不低于({NUM})%", t)
    ctx.year_is("goal year", m.group(1), y0)
    same_targets(ctx, "绩效目标 prose/table", rows, zip(
        ("补贴航线数量", "执行航班班次", "航班正常率", "旅客吞吐量", "旅客满意度"), m.groups()[1:]))
    same_targets(ctx, "未达到 … 年度目标", rows, [("旅客吞吐量", must(rf"未达到({NUM})万人次的年度目标", t).group(1))])
    goal = [b for b in blocks if len(b) == 3 and b[0] == "" and "执行航班" in b[1]][0]
    m = must(rf"补贴航线({NUM})条，执行航班不少于({NUM})班，旅客吞吐量({NUM})万人次", goal[1])
    same_targets(ctx, "table 预期目标", rows, zip(("补贴航线数量", "执行航班班次", "旅客吞吐量"), m.groups()))
    m = must(rf"({NUM})条航线全年运营，执行航班({NUM})班，旅客吞吐量({NUM})万人次", goal[2])
    for name, raw in zip(("补贴航线数量", "执行航班班次", "旅客吞吐量"), m.groups()):
        same_actual(ctx, f"table 实际完成情况 {name}", row_by(rows, name), Q(raw))


def check_panzhihua(t, ctx):
    y0 = must(r"(\d{4})年度攀枝花市交通运输局项目支出", t).group(1)
    ctx.year_is("table year", must(r"项目支出绩效自评表\n（(\d{4})年度）", t).group(1), y0)
    m = must(rf"我局对(\d{{4}})年度航线补贴资金({NUM})({U})开展", t)
    ctx.year_is("opening year", m.group(1), y0)
    opening = money(m.group(2), m.group(3))
    m = must(rf"(\d{{4}})年12月，市财政局提前下达(\d{{4}})年航线补贴资金({NUM})({U})", t)
    ctx.year_is("advance issued the December before", int(m.group(1)) + 1, y0)
    ctx.year_is("advance for the evaluation year", m.group(2), y0)
    init = money(m.group(3), m.group(4))
    m = must(rf"(\d{{4}})年6月，省级民航发展补助资金追加({NUM})({U})，全年预算({NUM})({U})，"
             rf"其中市级资金({NUM})({U})、省级资金({NUM})({U})", t)
    ctx.year_is("追加 year", m.group(1), y0)
    add, annual = money(m.group(2), m.group(3)), money(m.group(4), m.group(5))
    city, prov = money(m.group(6), m.group(7)), money(m.group(8), m.group(9))
    ctx.sum("年初 + 追加 = 全年", annual, [init, add])
    ctx.sum("市级 + 省级 = 全年", annual, [city, prov])
    ctx.same("市级资金 = 年初提前下达", city, init)
    ctx.same("省级资金 = 追加", prov, add)
    ctx.same("opening amount vs 全年预算", opening, annual)
    m = must(rf"全年资金到位({NUM})({U})，资金到位率({NUM}%)", t)
    ctx.rate("到位率", m.group(3), money(m.group(1), m.group(2)), annual)
    m = must(rf"实际支出({NUM})({U})，预算执行率({NUM}%)，分别用于(.*?)。", t)
    spent, spent_rate = money(m.group(1), m.group(2)), m.group(3)
    ctx.rate("执行率 (prose)", spent_rate, spent, annual)
    routes = {r: money(v, u) for r, v, u in re.findall(rf"攀枝花—(\S+?)航线({NUM})({U})", m.group(4))}
    ctx.sum("实际支出 = Σ routes", spent, list(routes.values()))
    m = must(rf"结余资金({NUM})({U})，占全年预算的({NUM}%)，已于(\d{{4}})年", t)
    bal = money(m.group(1), m.group(2))
    ctx.diff("balance_mismatch", "结余 = 全年预算 − 支出", bal, annual, spent)
    ctx.rate("结余率", m.group(3), bal, annual)
    ctx.add("year_mismatch", int(m.group(4)) >= int(y0), "结余 returned in or after the evaluation year")
    m = must(rf"共执行航班({NUM})班，为年度目标({NUM})班的({NUM}%)", t)
    flights, ftarget = Q(m.group(1)), Q(m.group(2))
    ctx.add("completion_mismatch", near(Q(m.group(3)), flights.v / ftarget.v * 100), "航班 completion (prose)")
    done = must(r"（一）项目完成情况。\n(.*?)\n", t).group(1)
    ctx.sum("执行航班 = Σ route flights", flights, [Q(x) for x in re.findall(rf"航线(?:实行保底收入，)?执行({NUM})班", done)])
    for r, v in routes.items():
        m = re.search(rf"攀枝花—{r}航线执行({NUM})班，机型座位数({NUM})座，补贴标准({NUM})({U})/座·班，补贴({NUM})({U})", done)
        if m:
            fl, seats = Q(m.group(1)), Q(m.group(2))
            per, res = money(m.group(3), m.group(4)), money(m.group(5), m.group(6))
            ctx.product(f"{r} 定额补贴", res, [seats, fl], per)
            ctx.same(f"{r} subsidy vs 分别用于 list", res, v)
    m = must(rf"攀枝花—北京大兴航线实行保底收入，执行({NUM})班，每班保底收入({NUM})({U})，保底收入合计({NUM})({U})，"
             rf"航空公司实际客票收入({NUM})({U})，补足差额({NUM})({U})", done)
    fl, per = Q(m.group(1)), money(m.group(2), m.group(3))
    guar, rev, gap = money(m.group(4), m.group(5)), money(m.group(6), m.group(7)), money(m.group(8), m.group(9))
    ctx.product("北京 保底收入", guar, [fl], per)
    ctx.diff("sum_mismatch", "北京 保底差额", gap, guar, rev)
    ctx.same("北京 差额 vs 分别用于 list", gap, routes["北京大兴"])
    normal = must(rf"全年航班正常率({NUM})%", done).group(1)
    m = must(rf"旅客吞吐量({NUM})万人次，较(\d{{4}})年的({NUM})万人次增长({NUM}%)", t)
    pax, prev = Q(m.group(1)), Q(m.group(3))
    ctx.year_is("previous-year comparison", int(m.group(2)) + 1, y0)
    ctx.add("rate_mismatch", near(Q(m.group(4)), (pax.v - prev.v) / prev.v * 100), "旅客吞吐量 growth")
    cities = Q(must(rf"通航城市达到({NUM})个", t).group(1))
    m = must(rf"自评得分({NUM})分，项目绩效总体评价为(\S+?)。", t)
    total_prose, grade = Q(m.group(1)), m.group(2)
    # table (tab rows)
    lines = t.split("\n")
    funds = {}
    rows = []
    total_row = None
    for line in lines:
        c = line.split("\t")
        if len(c) == 8 and c[0] == "" and c[1] in ("年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"):
            funds[c[1]] = c
        elif len(c) == 11 and c[0] == "" and is_num(c[8]) and is_num(c[9]):
            rows.append(Row(c[3], c[5], c[7], c[8], c[9], nature=c[4], unit_col=c[6]))
        elif c[0] == "总分":
            total_row = c
    tot = funds["年度资金总额"]
    parts = [funds[k] for k in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")]
    for col, nm in ((2, "年初"), (3, "全年"), (4, "执行")):
        ctx.sum(f"table {nm}: 总额 = Σ sources", money(tot[col], "万元"), [money(p[col], "万元") for p in parts])
    for row in [tot] + parts:
        ctx.rate(f"table 执行率 {row[1]}", row[6], money(row[4], "万元"), money(row[3], "万元"))
    ctx.same("年初 prose/table", init, money(tot[2], "万元"))
    ctx.same("全年 prose/table", annual, money(tot[3], "万元"))
    ctx.same("执行 prose/table", spent, money(tot[4], "万元"))
    ctx.same("执行率 prose/table", Q(spent_rate), Q(tot[6]))
    exec_w, exec_s = Q(tot[5]), Q(tot[7])
    ctx.add("score_rule_mismatch", near(exec_s, exec_w.v * min(D(1), money(tot[4], "万元").v / money(tot[3], "万元").v)),
            "execution score")
    check_rows(ctx, rows, exec_w, exec_s, Q(total_row[1]), Q(total_row[2]))
    ctx.same("总分 prose/table", total_prose, Q(total_row[2]))
    ctx.grade("grade", Q(total_row[2]), grade)
    same_actual(ctx, "执行航班 prose/table", row_by(rows, "执行航班班次"), flights)
    ctx.same("航班目标 prose/table", ftarget, Q(row_by(rows, "执行航班班次").target))
    same_actual(ctx, "航班正常率 prose/table", row_by(rows, "航班正常率"), Q(normal))
    same_actual(ctx, "旅客吞吐量 prose/table", row_by(rows, "旅客吞吐量"), pax)
    same_actual(ctx, "通航城市 prose/table", row_by(rows, "通航城市数量"), cities)
    cost = row_by(rows, "单座补贴标准")
    ctx.add("unit_mismatch", cost.unit_col == "元/座·班", "cost row unit column")
    m = must(rf"(\d{{4}})年保持补贴航线({NUM})条，执行航班不少于({NUM})班，航班正常率不低于({NUM})%，"
             rf"旅客吞吐量达到({NUM})万人次，旅客满意度不低于({NUM})%", t)
    ctx.year_is("goal year", m.group(1), y0)
    same_targets(ctx, "绩效目标 prose/table", rows, zip(
        ("补贴航线数量", "执行航班班次", "航班正常率", "旅客吞吐量", "旅客满意度"), m.groups()[1:]))
    same_targets(ctx, "补贴标准上限", rows, [("单座补贴标准", must(rf"补贴标准不高于({NUM})元/座·班", t).group(1))])
    same_targets(ctx, "未达到 … 年度目标", rows, [("旅客吞吐量", must(rf"未达到({NUM})万人次的年度目标", t).group(1))])
    m = must(rf"\t保持补贴航线({NUM})条，执行航班不少于({NUM})班，旅客吞吐量({NUM})万人次\t"
             rf"补贴航线({NUM})条，执行航班({NUM})班，旅客吞吐量({NUM})万人次", t)
    names = ("补贴航线数量", "执行航班班次", "旅客吞吐量")
    same_targets(ctx, "table 预期目标", rows, zip(names, m.groups()[:3]))
    for name, raw in zip(names, m.groups()[3:]):
        same_actual(ctx, f"table 实际完成情况 {name}", row_by(rows, name), Q(raw))


def check_anyang(t, ctx):
    y0 = must(r"(\d{4})年度部门整体支出绩效自评报告", t).group(1)
    ctx.year_is("table year", must(r"(\d{4})年度部门整体支出绩效自评表", t).group(1), y0)
    m = must(rf"(\d{{4}})年年初批复部门预算({NUM})({U})，其中基本支出({NUM})({U})、项目支出({NUM})({U})；"
             rf"年中追加\S*?经费({NUM})({U})，全年预算({NUM})({U})", t)
    ctx.year_is("budget year", m.group(1), y0)
    init, basic_b, proj_b = money(m.group(2), m.group(3)), money(m.group(4), m.group(5)), money(m.group(6), m.group(7))
    add, annual = money(m.group(8), m.group(9)), money(m.group(10), m.group(11))
    ctx.sum("基本 + 项目 = 年初", init, [basic_b, proj_b])
    ctx.sum("年初 + 追加 = 全年", annual, [init, add])
    m = must(rf"全年支出({NUM})({U})，预算执行率({NUM}%)", t)
    spent, spent_rate = money(m.group(1), m.group(2)), m.group(3)
    ctx.rate("执行率 (prose)", spent_rate, spent, annual)
    m = must(rf"基本支出({NUM})({U})，包括人员经费({NUM})({U})、公用经费({NUM})({U})；项目支出({NUM})({U})", t)
    basic_s, pers, pub, proj_s = (money(m.group(i), m.group(i + 1)) for i in (1, 3, 5, 7))
    ctx.sum("人员 + 公用 = 基本支出", basic_s, [pers, pub])
    ctx.sum("基本 + 项目 = 全年支出", spent, [basic_s, proj_s])
    m = must(rf"“三公”经费支出({NUM})({U})，控制在年初预算({NUM})({U})以内", t)
    sg_s, sg_b = money(m.group(1), m.group(2)), money(m.group(3), m.group(4))
    m = must(rf"年末未支出({NUM})({U})，分别为航空运动赛事推广宣传费({NUM})({U})和飞行服务站设备维保尾款({NUM})({U})，"
             rf".*?结转至(\d{{4}})年", t)
    unspent, un_event, un_station = (money(m.group(i), m.group(i + 1)) for i in (1, 3, 5))
    ctx.diff("balance_mismatch", "未支出 = 全年预算 − 支出", unspent, annual, spent)
    ctx.sum("未支出 = 赛事 + 服务站", unspent, [un_event, un_station])
    ctx.year_after("结转", m.group(7), y0)
    # project table (runs of spaces)
    prow = {}
    total_p = None
    for line in t.split("\n"):
        c = spaced_cells(line)
        if len(c) == 6 and re.fullmatch(r"\d", c[0]):
            prow[c[1]] = c
        elif len(c) == 5 and c[0] == "合计" and c[4] == "—":
            total_p = c
    for c in prow.values():
        ctx.rate(f"项目执行率 {c[1]}", c[4], money(c[3], "万元"), money(c[2], "万元"))
    for nm, un in (("航空运动赛事推广", un_event), ("低空飞行服务站运维", un_station)):
        ctx.diff("balance_mismatch", f"{nm} 未支出 = 预算 − 执行", un, money(prow[nm][2], "万元"), money(prow[nm][3], "万元"))
    ctx.sum("项目全年预算合计", money(total_p[1], "万元"), [money(c[2], "万元") for c in prow.values()])
    ctx.sum("项目执行合计", money(total_p[2], "万元"), [money(c[3], "万元") for c in prow.values()])
    ctx.rate("项目合计执行率", total_p[3], money(total_p[2], "万元"), money(total_p[1], "万元"))
    ctx.sum("项目年初 + 追加 = 项目全年合计", money(total_p[1], "万元"), [proj_b, add])
    ctx.same("项目支出 prose/table", proj_s, money(total_p[2], "万元"))
    m = must(rf"低空飞行服务站运维项目年初预算({NUM})({U})，年中追加({NUM})({U})", t)
    ld_init, ld_add = money(m.group(1), m.group(2)), money(m.group(3), m.group(4))
    ctx.same("追加 (two mentions)", ld_add, add)
    ctx.sum("低空 年初 + 追加 = 全年", money(prow["低空飞行服务站运维"][2], "万元"), [ld_init, ld_add])
    m = must(rf"自评得分分别为({NUM})分、({NUM})分、({NUM})分，平均自评分数({NUM})分", t)
    item_scores = [Q(m.group(i)) for i in (1, 2, 3)]
    ctx.average("项目平均自评分数", Q(m.group(4)), item_scores)
    for s, c in zip(item_scores, prow.values()):
        ctx.same(f"项目得分 prose/table {c[1]}", s, Q(c[5]))
    # indicator table
    ind_start = t.index("部门整体支出绩效自评表\n")
    rows, exec_row, total_row = [], None, None
    for line in t[ind_start:].split("\n")[2:]:
        c = spaced_cells(line)
        if not c:
            continue
        if c[0] == "合计":
            total_row = c
            continue
        if len(c) >= 6 and is_num(c[-1]) and is_num(c[-2]):
            r = Row(c[-6], c[-5], c[-4], c[-2], c[-1], completion=c[-3] if c[-3] != "—" else None)
            if r.name == "预算执行率":
                exec_row = r
            else:
                rows.append(r)
    ctx.add("completion_mismatch", near(Q(exec_row.completion), Q(exec_row.actual).v / Q(exec_row.target).v * 100),
            "预算执行率 row completion")
    ctx.same("执行率 prose/table", Q(spent_rate), Q(exec_row.actual))
    ctx.add("score_rule_mismatch", near(exec_row.score, exec_row.weight.v * spent.v / annual.v), "execution score")
    check_rows(ctx, rows, exec_row.weight, exec_row.score, Q(total_row[1]), Q(total_row[2]))
    cost = row_by(rows, "“三公”经费控制数")
    ctx.same("三公 actual prose/table", sg_s, money(parse_val(cost.actual)[1].raw, parse_val(cost.actual)[2]))
    ctx.same("三公 budget prose/table", sg_b, money(parse_val(cost.target)[1].raw, parse_val(cost.target)[2]))
    same_actual(ctx, "起降架次 prose/table", row_by(rows, "通航起降架次"), Q(must(rf"保障通航起降({NUM})架次", t).group(1)))
    m = must(rf"全年服务({NUM})小时，因设备升级停机({NUM})小时，未达到({NUM})小时的目标", t)
    svc = row_by(rows, "飞行服务站服务时长")
    same_actual(ctx, "服务时长 prose/table", svc, Q(m.group(1)))
    ctx.same("服务时长目标 prose/table", Q(m.group(3)), parse_val(svc.target)[1])
    ctx.diff("sum_mismatch", "服务时长 = 目标 − 停机", Q(m.group(1)), Q(m.group(3)), Q(m.group(2)))
    same_actual(ctx, "赛事场次 prose/table", row_by(rows, "航空运动赛事场次"), Q(must(rf"航空运动赛事({NUM})场", t).group(1)))
    same_actual(ctx, "旅游人次 prose/table", row_by(rows, "航空旅游接待人次"), Q(must(rf"接待航空旅游游客({NUM})万人次", t).group(1)))
    sat = must(rf"服务对象满意度({NUM})%", t).group(1)
    ctx.pct_bound("满意度 (prose)", sat)
    same_actual(ctx, "满意度 prose/table", row_by(rows, "服务对象满意度"), Q(sat))
    m = must(rf"自评得分({NUM})分，等级为(\S+?)。", t)
    ctx.same("总分 prose/table", Q(m.group(1)), Q(total_row[2]))
    ctx.grade("grade", Q(total_row[2]), m.group(2))


def check_alxa(t, ctx):
    y0 = must(r"(\d{4})年度通用航空短途运输补贴项目支出绩效自评报告", t).group(1)
    seats = Q(must(rf"每班可售座位({NUM})座", t).group(1))
    m = must(rf"(\d{{4}})年12月，中央财政提前下达(\d{{4}})年\S*?资金({NUM})({U})；盟本级年初预算安排({NUM})({U})；"
             rf"(\d{{4}})年7月自治区追加补助资金({NUM})({U})，全年预算({NUM})({U})", t)
    ctx.year_is("advance issued the December before", int(m.group(1)) + 1, y0)
    ctx.year_is("advance for the evaluation year", m.group(2), y0)
    ctx.year_is("追加 year", m.group(7), y0)
    central, league, region = money(m.group(3), m.group(4)), money(m.group(5), m.group(6)), money(m.group(8), m.group(9))
    annual = money(m.group(10), m.group(11))
    ctx.sum("中央 + 盟级 + 自治区 = 全年", annual, [central, league, region])
    # funds table with 行次
    rows = {}
    for line in t.split("\n"):
        c = line.split("\t")
        if len(c) == 9 and re.fullmatch(r"\(\d\)(=\S+)?", c[1]):
            rows[c[1][:3]] = c
    for k in ("(1)", "(2)", "(3)", "(4)"):
        c = rows[k]
        a = [money(x, "万元") for x in c[2:9]]
        ctx.sum(f"row {k}: 总金额 = 小计 + 结转 + 其他", a[0], [a[1], a[5], a[6]])
        ctx.sum(f"row {k}: 小计 = 中央 + 自治区 + 盟级", a[1], [a[2], a[3], a[4]])
    for col in range(2, 9):
        ctx.rate(f"row (6) col {col}", rows["(6)"][col], money(rows["(3)"][col], "万元"), money(rows["(2)"][col], "万元"))
        ctx.rate(f"row (7) col {col}", rows["(7)"][col], money(rows["(4)"][col], "万元"), money(rows["(2)"][col], "万元"))
    ctx.same("中央 prose/table", central, money(rows["(2)"][4], "万元"))
    ctx.same("自治区 prose/table", region, money(rows["(2)"][5], "万元"))
    ctx.same("盟级 prose/table", league, money(rows["(1)"][6], "万元"))
    ctx.same("全年 prose/table", annual, money(rows["(2)"][2], "万元"))
    ctx.same("中央 年初 (advance) prose/table", central, money(rows["(1)"][4], "万元"))
    m = must(rf"全年支出({NUM})({U})，其中短途运输航线补贴({NUM})({U})（阿左旗—额济纳旗航线({NUM})({U})、"
             rf"阿左旗—阿右旗航线({NUM})({U})），通用机场运行保障补贴({NUM})({U})", t)
    spent, routes_t, ra, rb, guard = (money(m.group(i), m.group(i + 1)) for i in (1, 3, 5, 7, 9))
    ctx.sum("航线补贴 = Σ routes", routes_t, [ra, rb])
    ctx.sum("全年支出 = 航线 + 保障", spent, [routes_t, guard])
    ctx.same("执行 prose/table", spent, money(rows["(4)"][2], "万元"))
    m = must(rf"结余({NUM})({U})均为盟级资金", t)
    bal = money(m.group(1), m.group(2))
    ctx.diff("balance_mismatch", "结余 = 到位 − 执行", bal, money(rows["(3)"][2], "万元"), money(rows["(4)"][2], "万元"))
    ctx.diff("balance_mismatch", "盟级结余 = 盟级到位 − 盟级执行", bal, money(rows["(3)"][6], "万元"), money(rows["(4)"][6], "万元"))
    m = must(rf"阿左旗—额济纳旗航线执行({NUM})班，补贴标准({NUM})({U})/座·班，补贴({NUM})({U})；"
             rf"阿左旗—阿右旗航线执行({NUM})班，补贴标准相同，补贴({NUM})({U})", t)
    fa, per, sa, fb, sb = Q(m.group(1)), money(m.group(2), m.group(3)), money(m.group(4), m.group(5)), Q(m.group(6)), money(m.group(7), m.group(8))
    ctx.product("额济纳旗 定额补贴", sa, [seats, fa], per)
    ctx.product("阿右旗 定额补贴", sb, [seats, fb], per)
    ctx.same("额济纳旗 元 vs 万元", sa, ra)
    ctx.same("阿右旗 元 vs 万元", sb, rb)
    m = must(rf"截至(\d{{4}})年12月31日，两条航线全年执行航班({NUM})班", t)
    ctx.year_is("截至 year-end", m.group(1), y0)
    flights = Q(m.group(2))
    ctx.sum("执行航班 = Σ routes", flights, [fa, fb])
    normal = Q(must(rf"航班正常率({NUM})%。", t).group(1))
    m = must(rf"全年运送旅客({NUM})人次，其中阿左旗—额济纳旗航线({NUM})人次，客座率({NUM}%)；"
             rf"阿左旗—阿右旗航线({NUM})人次，客座率({NUM}%)。综合客座率({NUM}%)，平均每班运送旅客({NUM})人次", t)
    pax, pa, pb = Q(m.group(1)), Q(m.group(2)), Q(m.group(4))
    ctx.sum("旅客 = Σ routes", pax, [pa, pb])
    ctx.rate("额济纳旗 客座率", m.group(3), pa, Q(str(seats.v * fa.v)))
    ctx.rate("阿右旗 客座率", m.group(5), pb, Q(str(seats.v * fb.v)))
    ctx.rate("综合客座率", m.group(6), pax, Q(str(seats.v * flights.v)))
    per_flight = Q(m.group(7))
    ctx.add("average_mismatch", near(per_flight, pax.v / flights.v), "平均每班旅客 = 旅客 / 航班")
    sat = must(rf"旅客满意度({NUM})%。", t).group(1)
    ctx.pct_bound("满意度 (prose)", sat)
    m = must(rf"综合得分({NUM})分，评价等级为“(\S+?)”", t)
    total_prose, grade = Q(m.group(1)), m.group(2)
    # indicator table (tab rows)
    start = t.index("附件1\n项目支出绩效自评表")
    ind, exec_row, total_row = [], None, None
    for line in t[start:].split("\n"):
        c = line.split("\t")
        if c[0] == "总分":
            total_row = c
        elif len(c) == 9 and is_num(c[6]) and is_num(c[7]):
            r = Row(c[2], c[3], c[4], c[6], c[7], completion=c[5] if c[5] != "—" else None)
            if r.name == "预算执行率":
                exec_row = r
            else:
                ind.append(r)
    ctx.add("completion_mismatch", near(Q(exec_row.completion), Q(exec_row.actual).v / Q(exec_row.target).v * 100),
            "预算执行率 row completion")
    ctx.same("执行率 table (7) / indicator row", Q(rows["(7)"][2]), Q(exec_row.actual))
    ctx.add("score_rule_mismatch", near(exec_row.score, exec_row.weight.v * spent.v / annual.v), "execution score")
    check_rows(ctx, ind, exec_row.weight, exec_row.score, Q(total_row[6]), Q(total_row[7]))
    ctx.same("总分 prose/table", total_prose, Q(total_row[7]))
    ctx.grade("grade", Q(total_row[7]), grade)
    same_actual(ctx, "执行航班 prose/table", row_by(ind, "执行航班班次"), flights)
    same_actual(ctx, "航班正常率 prose/table", row_by(ind, "航班正常率"), normal)
    same_actual(ctx, "旅客 prose/table", row_by(ind, "旅客运输量"), pax)
    same_actual(ctx, "满意度 prose/table", row_by(ind, "旅客满意度"), Q(sat))
    cost = row_by(ind, "单座补贴标准")
    ctx.same("补贴标准 prose/table", per, money(parse_val(cost.actual)[1].raw, "元"))
    same_targets(ctx, "补贴标准上限", ind, [("单座补贴标准", must(rf"不高于({NUM})元/座·班", t).group(1))])
    m = must(rf"执行航班不少于({NUM})班，旅客运输量达到({NUM})人次，航班正常率不低于({NUM})%，旅客满意度不低于({NUM})%", t)
    same_targets(ctx, "绩效目标 prose/table", ind, zip(("执行航班班次", "旅客运输量", "航班正常率", "旅客满意度"), m.groups()))
    same_targets(ctx, "航线数量 prose/table", ind, [("短途运输航线数量", must(rf"阿左旗—阿右旗({NUM})条航线", t).group(1))])


def check_yulin(t, ctx):
    y0 = must(r"(\d{4})年度玉林福绵机场航线培育及通用航空发展专项资金绩效自评报告", t).group(1)
    ctx.year_is("table year", must(r"项目支出绩效自评表（(\d{4})年度）", t).group(1), y0)
    m = must(rf"(\d{{4}})年年初预算安排专项资金({NUM})({U})，.*?下达民航发展补助资金({NUM})({U})，全年预算({NUM})({U})，"
             rf"其中航线培育资金({NUM})({U})、通用航空发展资金({NUM})({U})", t)
    ctx.year_is("budget year", m.group(1), y0)
    init, add, annual, route_b, ga_b = (money(m.group(i), m.group(i + 1)) for i in (2, 4, 6, 8, 10))
    ctx.sum("年初 + 追加 = 全年", annual, [init, add])
    ctx.sum("航线 + 通航 = 全年", annual, [route_b, ga_b])
    m = must(rf"全年资金到位({NUM})({U})，实际支出({NUM})({U})，预算执行率({NUM}%)", t)
    recv, spent, spent_rate = money(m.group(1), m.group(2)), money(m.group(3), m.group(4)), m.group(5)
    ctx.same("到位 = 全年预算 (资金全部到位)", recv, annual)
    ctx.rate("执行率 (prose)", spent_rate, spent, annual)
    m = must(rf"航线培育资金执行({NUM})({U})，执行率({NUM}%)，分别为(.*?)；", t)
    route_s = money(m.group(1), m.group(2))
    ctx.rate("航线培育 执行率", m.group(3), route_s, route_b)
    routes = {r: money(v, u) for r, v, u in re.findall(rf"玉林—(\S+?)航线({NUM})({U})", m.group(4))}
    ctx.sum("航线培育执行 = Σ routes", route_s, list(routes.values()))
    m = must(rf"通用航空发展资金执行({NUM})({U})，执行率({NUM}%)，其中飞行营地建设补助({NUM})({U})、低空旅游航线运营补贴({NUM})({U})", t)
    ga_s = money(m.group(1), m.group(2))
    ctx.rate("通航 执行率", m.group(3), ga_s, ga_b)
    ctx.sum("通航执行 = 营地 + 低空旅游", ga_s, [money(m.group(4), m.group(5)), money(m.group(6), m.group(7))])
    ctx.sum("全年支出 = 航线 + 通航", spent, [route_s, ga_s])
    m = must(rf"未支出资金({NUM})({U})：航线培育资金({NUM})({U})为.*?结转至(\d{{4}})年清算；通用航空发展资金({NUM})({U})因", t)
    un, run, gun = money(m.group(1), m.group(2)), money(m.group(3), m.group(4)), money(m.group(6), m.group(7))
    ctx.year_after("结转", m.group(5), y0)
    ctx.diff("balance_mismatch", "未支出 = 全年 − 支出", un, annual, spent)
    ctx.diff("balance_mismatch", "航线未支出", run, route_b, route_s)
    ctx.diff("balance_mismatch", "通航未支出", gun, ga_b, ga_s)
    ctx.sum("未支出 = 航线 + 通航", un, [run, gun])
    out = must(r"（一）产出情况。(.*?)\n", t).group(1)
    flights = Q(must(rf"全年4条航线执行航班({NUM})班", out).group(1))
    ctx.sum("执行航班 = Σ routes", flights, [Q(x) for x in re.findall(rf"航线(?:实行保底收入，)?执行({NUM})班", out)])
    for r in ("北京大兴", "杭州"):
        m = must(rf"玉林—{r}航线实行保底收入，执行({NUM})班，每班保底收入({NUM})({U})，保底收入合计({NUM})({U})，"
                 rf"(?:航空公司)?实际客票收入({NUM})({U})，补足差额({NUM})({U})", out)
        fl, per = Q(m.group(1)), money(m.group(2), m.group(3))
        guar, rev, gap = money(m.group(4), m.group(5)), money(m.group(6), m.group(7)), money(m.group(8), m.group(9))
        ctx.product(f"{r} 保底收入", guar, [fl], per)
        ctx.diff("sum_mismatch", f"{r} 保底差额", gap, guar, rev)
        ctx.same(f"{r} 差额 vs 分别为 list", gap, routes[r])
    for r in ("上海浦东", "成都天府"):
        m = must(rf"玉林—{r}航线执行({NUM})班，机型座位数({NUM})座，补贴标准({NUM})({U})/座·班，补贴({NUM})({U})", out)
        fl, seats = Q(m.group(1)), Q(m.group(2))
        per, res = money(m.group(3), m.group(4)), money(m.group(5), m.group(6))
        ctx.product(f"{r} 定额补贴", res, [seats, fl], per)
        ctx.same(f"{r} 元 vs 分别为 list", res, routes[r])
    lowalt = Q(must(rf"开通低空旅游航线({NUM})条", out).group(1))
    m = must(rf"旅客吞吐量({NUM})万人次，较(\d{{4}})年的({NUM})万人次增长({NUM}%)", t)
    pax, prev = Q(m.group(1)), Q(m.group(3))
    ctx.year_is("previous-year comparison", int(m.group(2)) + 1, y0)
    ctx.add("rate_mismatch", near(Q(m.group(4)), (pax.v - prev.v) / prev.v * 100), "旅客吞吐量 growth")
    cities = Q(must(rf"通航城市({NUM})个", t).group(1))
    sat = must(rf"满意率({NUM})%", t).group(1)
    ctx.pct_bound("满意度 (prose)", sat)
    m = must(rf"本项目得分({NUM})分，评价等级为“(\S+?)”", t)
    total_prose, grade = Q(m.group(1)), m.group(2)
    # funds table (tabs)
    funds = {}
    for line in t.split("\n"):
        c = line.split("\t")
        if len(c) == 7 and c[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            funds[c[0]] = c
    tot = funds["年度资金总额"]
    parts = [funds[k] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    for col, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        ctx.sum(f"table {nm}: 总额 = Σ", money(tot[col], "万元"), [money(p[col], "万元") for p in parts])
    for row in [tot] + parts:
        ctx.rate(f"table 执行率 {row[0]}", row[5], money(row[3], "万元"), money(row[2], "万元"))
    ctx.same("年初 prose/table", init, money(tot[1], "万元"))
    ctx.same("全年 prose/table", annual, money(tot[2], "万元"))
    ctx.same("执行 prose/table", spent, money(tot[3], "万元"))
    ctx.same("执行率 prose/table", Q(spent_rate), Q(tot[5]))
    exec_w, exec_s = Q(tot[4]), Q(tot[6])
    ctx.add("score_rule_mismatch", near(exec_s, exec_w.v * min(D(1), money(tot[3], "万元").v / money(tot[2], "万元").v)),
            "execution score")
    # indicator table (runs of 2+ spaces)
    start = t.index("一级指标  二级指标")
    rows, total_row = [], None
    for line in t[start:].split("\n")[1:]:
        c = spaced_cells(line)
        if not c:
            continue
        if c[0] == "总分":
            total_row = c
            continue
        idx = [i for i in range(len(c) - 1) if is_num(c[i]) and is_num(c[i + 1])]
        if idx:
            i = idx[-1]
            rows.append(Row(c[i - 3], c[i - 2], c[i - 1], c[i], c[i + 1]))
    check_rows(ctx, rows, exec_w, exec_s, Q(total_row[1]), Q(total_row[2]))
    ctx.same("总分 prose/table", total_prose, Q(total_row[2]))
    ctx.grade("grade", Q(total_row[2]), grade)
    same_actual(ctx, "执行航班 prose/table", row_by(rows, "执行航班班次"), flights)
    same_actual(ctx, "低空旅游航线 prose/table", row_by(rows, "低空旅游航线开通"), lowalt)
    same_actual(ctx, "旅客吞吐量 prose/table", row_by(rows, "旅客吞吐量"), pax)
    same_actual(ctx, "通航城市 prose/table", row_by(rows, "通航城市数量"), cities)
    same_actual(ctx, "满意度 prose/table", row_by(rows, "旅客满意度"), Q(sat))
    m = must(rf"保持补贴航线({NUM})条，执行航班不少于({NUM})班，旅客吞吐量达到({NUM})万人次，开通低空旅游航线({NUM})条，"
             rf"旅客满意度不低于({NUM})%", t)
    same_targets(ctx, "绩效目标 prose/table", rows, zip(
        ("补贴航线数量", "执行航班班次", "旅客吞吐量", "低空旅游航线开通", "旅客满意度"), m.groups()))
    cost = row_by(rows, "定额补贴标准")
    cap = parse_val(cost.target)[1]
    for r in ("上海浦东", "成都天府"):
        m = must(rf"玉林—{r}航线执行{NUM}班，机型座位数{NUM}座，补贴标准({NUM})({U})/座·班", out)
        per = money(m.group(1), m.group(2))
        ctx.rel("unit_mismatch", f"{r} 补贴标准 within the table cap {cost.target}",
                lambda p: p.v <= cap.v / 10000 + EPS, per)


CHECKS = {
    "yueyang-sanhe-routes-2021": check_yueyang,
    "panzhihua-baoanying-routesubsidy-2024": check_panzhihua,
    "anyang-gaviation-dept-2019": check_anyang,
    "alxa-shorthaul-2023": check_alxa,
    "yulin-fumian-routes-2025": check_yulin,
}


# ================================================================ driver
def run_checks(source, text):
    ctx = Ctx()
    CHECKS[source](text, ctx)
    return ctx.results


def edit_region(a, b):
    """Single contiguous differing region: (start, end_in_a, end_in_b)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append(f"expected 35 labels, got {len(labels)}")
    code_count = {c: 0 for c in ERROR_CODES}
    cleans = {}
    for lab in labels:
        if lab["clean"]:
            cleans[lab["source"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    if len(cleans) != 5:
        problems.append(f"expected 5 clean drafts, got {len(cleans)}")
    for src, text in cleans.items():
        if not 1500 <= len(text) <= 5000:
            problems.append(f"{src}: clean draft has {len(text)} characters")
    for lab in labels:
        name = lab["case"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        try:
            results = run_checks(lab["source"], text)
        except LookupError as exc:
            problems.append(f"{name}: extraction failed: {exc}")
            continue
        failed_err = sorted({c for c, ok, _ in results if not ok and c in ERROR_CODES})
        failed_all = [(c, m) for c, ok, m in results if not ok]
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if failed_all:
                problems.append(f"{name}: clean draft fails {failed_all}")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        if code not in ERROR_CODES or exp.get("severity") != "error":
            problems.append(f"{name}: bad code/severity {code}")
            continue
        code_count[code] += 1
        if failed_err != [code]:
            detail = [(c, m) for c, ok, m in results if not ok and c in ERROR_CODES]
            problems.append(f"{name}: labelled {code}, failing error codes {failed_err}: {detail}")
        if text.count(value) != 1:
            problems.append(f"{name}: value occurs {text.count(value)} times")
        clean = cleans[lab["source"]]
        start, end_a, end_b = edit_region(clean, text)
        if max(end_a - start, end_b - start) > 40 or end_b <= start and end_a <= start:
            problems.append(f"{name}: edit region {start}:{end_a}/{end_b} not a single edit of <= 40 chars")
        vs = text.find(value)
        ve = vs + len(value)
        if not (vs < max(end_b, start + 1) and start < ve):
            problems.append(f"{name}: edit [{start},{end_b}) does not overlap value [{vs},{ve})")
    for c, n in code_count.items():
        if n < 2:
            problems.append(f"code {c} used {n} times (< 2)")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    n_checks = sum(len(run_checks(l["source"], open(os.path.join(CASES, l["case"]), encoding="utf-8").read()))
                   for l in labels if l["clean"])
    print(f"{len(labels)} cases, {n_checks} checks on the clean drafts; codes: "
          + ", ".join(f"{c}={n}" for c, n in code_count.items()))
    print("OK")


if __name__ == "__main__":
    main()
