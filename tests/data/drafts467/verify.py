#!/usr/bin/env python3
"""Verify this labelled set (standard library only, decimal.Decimal).

1. every label value occurs in its case; each error case differs from its clean draft in one contiguous
   place that overlaps an occurrence of the label value; every code is used at least twice;
2. the arithmetic of every draft is redone: a generic reader for the indicator tables (weights, scores,
   completion rates, units) plus, per project, the identities of its prose and funds tables (sums, rates,
   balances, products, averages, grades, years, repeated figures).  Clean drafts must pass every check
   (including the scoring-rule checks, which are warnings for a checker); an error case must fail the
   checks of its labelled code and no check of another error-level code.

Tolerance follows rules.md section 8: a stated value with d decimals matches a computed one within
0.5 x 10^-d.  Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

ERROR_CODES = {
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
    "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
    "unit_mismatch", "year_mismatch", "completion_mismatch",
}
WARN_RULE = "score_rule_mismatch"
MONEY = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}


# ----------------------------------------------------------------------------------------------- numbers
class N:
    """A stated number: the string as written, its value, and (for money) the factor to 万元."""

    def __init__(self, s, unit=None):
        self.s = s.replace(",", "")
        self.v = D(self.s)
        self.unit = unit
        self.f = MONEY.get(unit, D(1)) if unit else D(1)

    @property
    def d(self):
        return len(self.s.split(".")[1]) if "." in self.s else 0

    @property
    def tol(self):
        return D(1).scaleb(-self.d) / 2 + D("1e-9")

    @property
    def wan(self):
        return self.v * self.f

    def __repr__(self):
        return self.s + (self.unit or "")


def matches(stated, computed):
    """stated: N (in its own unit); computed: Decimal in the same unit."""
    return abs(stated.v - computed) <= stated.tol


def q2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ----------------------------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, text):
        self.t = text
        self.res = []  # (code, ok, message)

    # -- extraction
    def g(self, pat, flags=0):
        ms = list(re.finditer(pat, self.t, flags))
        if len(ms) != 1:
            raise AssertionError(f"pattern matched {len(ms)} times: {pat}")
        return ms[0].groups()

    def n(self, pat, flags=0):
        """all groups as N (numbers only)."""
        gs = self.g(pat, flags)
        return [N(x) for x in gs] if len(gs) > 1 else N(gs[0])

    def add(self, code, ok, msg):
        self.res.append((code, bool(ok), msg))

    # -- identities
    def sum(self, parts, total, msg, code="sum_mismatch"):
        """money or counts: Σ parts = total (compared in the unit of the total)."""
        def ok_with(ps, tot):
            s = sum(p.wan for p in ps)
            return matches(tot, s / tot.f)
        if ok_with(parts, total):
            self.add(code, True, msg)
            return
        # a single amount with the wrong money unit (off by 10^4 / 10^8) is a unit_mismatch
        terms = list(parts) + [total]
        for i, term in enumerate(terms):
            for k in (D("1e-4"), D("1e4"), D("1e-8"), D("1e8")):
                fixed = N(term.s, term.unit)
                fixed.f = term.f * k
                ps = [fixed if j == i else p for j, p in enumerate(parts)]
                tot = fixed if i == len(parts) else total
                if ok_with(ps, tot):
                    self.add("unit_mismatch", False, f"{msg}: {term!r} off by {k}")
                    self.add(code, True, msg + " (explained by unit)")
                    return
        self.add(code, False, f"{msg}: {' + '.join(map(repr, parts))} = {sum(p.wan for p in parts)} vs {total!r}")

    def rate(self, num, den, stated, msg, code="rate_mismatch", bounded=True):
        if den.wan == 0:
            self.add(code, stated is None, msg + " (zero base)")
            return
        c = num.wan / den.wan * 100
        self.add(code, matches(stated, c), f"{msg}: {num!r}/{den!r} = {q2(c)}% vs {stated!r}%")
        if bounded:
            self.bounded(stated, msg)

    def bounded(self, pct, msg):
        self.add("implausible_rate", D(0) <= pct.v <= 100, f"{msg}: {pct!r}% within [0, 100]")

    def diff(self, a, b, stated, msg, code="balance_mismatch"):
        c = a.wan - b.wan
        self.add(code, matches(stated, c / stated.f), f"{msg}: {a!r} - {b!r} = {c} vs {stated!r}")

    def prod(self, count, price_yuan, total_wan, msg, code="sum_mismatch"):
        c = count.v * price_yuan.v / 10000
        self.add(code, matches(total_wan, c), f"{msg}: {count!r} x {price_yuan!r}元 = {c}万元 vs {total_wan!r}")

    def avg(self, items, stated, msg, code="average_mismatch"):
        c = sum(i.v for i in items) / len(items)
        self.add(code, matches(stated, c), f"{msg}: mean {q2(c)} vs {stated!r}")

    def same(self, a, b, msg, code="conflicting_values"):
        tol = max(a.tol, b.tol)
        ok = abs(a.wan - b.wan) <= tol * min(a.f, b.f)
        if not ok:
            for k in (D("1e-4"), D("1e4")):
                if abs(a.wan * k - b.wan) <= tol * min(a.f, b.f) or abs(a.wan - b.wan * k) <= tol * min(a.f, b.f):
                    self.add("unit_mismatch", False, f"{msg}: {a!r} vs {b!r} off by {k}")
                    self.add(code, True, msg + " (explained by unit)")
                    return
        self.add(code, ok, f"{msg}: {a!r} vs {b!r}")

    def grade(self, total, word, msg):
        want = grade_of(total.v)
        self.add("grade_mismatch", GRADE_WORDS.get(word) == want, f"{msg}: {total!r} -> {want}, stated {word}")

    def year(self, ok, msg):
        self.add("year_mismatch", ok, msg)

    def rule(self, ok, msg):
        self.add(WARN_RULE, ok, msg)


# ----------------------------------------------------------------------------------------------- tables
def table(text, first_cell_prefix):
    """rows (lists of cells) of the tab table whose header line starts with first_cell_prefix."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith(first_cell_prefix) and "\t" in line:
            rows = []
            for ln in lines[i:]:
                if "\t" not in ln:
                    break
                rows.append(ln.split("\t"))
            return rows
    raise AssertionError(f"no table starting with {first_cell_prefix}")


def col(header, *names):
    for nm in names:
        if nm in header:
            return header.index(nm)
    return None


SIGN = [("≥", "gte"), (">=", "gte"), ("＞", "gte"), ("≤", "lte"), ("<=", "lte"), ("＜", "lte"), ("=", "eq")]


def parse_target(s):
    s = s.strip()
    direction = "eq"
    for sign, dname in SIGN:
        if s.startswith(sign):
            direction, s = dname, s[len(sign):]
            break
    m = re.fullmatch(r"([\d.,]+)\s*(.*)", s)
    if not m:
        return None
    return direction, N(m.group(1)), m.group(2).strip()


def parse_actual(s):
    m = re.fullmatch(r"([\d.,]+)\s*(.*)", s.strip())
    if not m:
        return None
    return N(m.group(1)), m.group(2).strip()


def completion(direction, t, a):
    if direction == "lte":
        return D(100) if a <= t else t / a * 100
    if t == 0:
        return D(100) if a <= 0 else D(0)
    return a / t * 100


class Ind:
    def __init__(self, cells, hdr):
        self.cells = cells
        get = lambda *names: cells[col(hdr, *names)] if col(hdr, *names) is not None else None
        self.l1 = cells[0]
        self.name = get("三级指标")
        self.w = N(get("分值", "权重"))
        self.s = N(get("得分"))
        self.comp = get("完成率")
        nature = get("指标性质")
        target = get("年度指标值", "目标值", "指标值")
        actual = get("实际完成值", "业绩值")
        self.target_raw, self.actual_raw = target, actual
        if nature is not None:  # Sichuan layout: sign, value and unit in separate columns
            unit = get("度量单位")
            dmap = {"≥": "gte", "≤": "lte", "=": "eq"}
            if nature in dmap and re.fullmatch(r"[\d.,]+", target):
                self.t = (dmap[nature], N(target), unit)
                pa = parse_actual(actual)
                self.a = (pa[0], pa[1] or unit) if pa else None
            else:
                self.t = self.a = None
        else:
            self.t = parse_target(target)
            self.a = parse_actual(actual)


def check_ind_table(c, first, extra_w=(), extra_s=(), total_names=("合计", "总分")):
    rows = table(c.t, first)
    hdr = rows[0]
    body = [r for r in rows[1:] if r[0] not in total_names]
    tot = [r for r in rows[1:] if r[0] in total_names]
    assert len(tot) == 1, "one total row"
    ind = [Ind(r, hdr) for r in body]
    tw, ts = N(tot[0][col(hdr, "分值", "权重")]), N(tot[0][col(hdr, "得分")])
    for r in ind:
        c.add("score_exceeds_weight", D(0) <= r.s.v <= r.w.v, f"{r.name}: score {r.s!r} within weight {r.w!r}")
        if r.t and r.a:
            direction, tv, tu = r.t
            av, au = r.a
            if tu != au:
                c.add("unit_mismatch", False, f"{r.name}: target unit {tu!r} vs actual unit {au!r}")
                continue
            c.add("unit_mismatch", True, f"{r.name}: units {tu!r}")
            comp = completion(direction, tv.v, av.v)
            if r.comp and r.comp.endswith("%"):
                stated = N(r.comp[:-1])
                c.add("completion_mismatch", matches(stated, comp), f"{r.name}: completion {q2(comp)}% vs {r.comp}")
                cands = [comp, stated.v]
            else:
                cands = [comp]
            exp = [q2(r.w.v * min(x, D(100)) / 100) for x in cands]
            c.rule(any(matches(r.s, e) for e in exp), f"{r.name}: score {r.s!r} vs rule {exp}")
        else:
            # qualitative: achieved band [80%, 100%] of the weight
            c.rule(r.w.v * D("0.8") <= r.s.v <= r.w.v, f"{r.name}: qualitative score {r.s!r} of {r.w!r}")
    sw = sum(r.w.v for r in ind) + sum(x.v for x in extra_w)
    c.add("weight_sum_mismatch", sw == tw.v and tw.v == 100, f"weights {sw} vs {tw!r} (must be 100)")
    ss = sum(r.s.v for r in ind) + sum(x.v for x in extra_s)
    c.add("score_sum_mismatch", matches(ts, ss), f"scores {ss} vs {ts!r}")
    return {r.name: r for r in ind}, tw, ts, ss


def level_sums(rows_by_name, level1):
    return sum(r.s.v for r in rows_by_name.values() if r.l1 == level1)


# ----------------------------------------------------------------------------------------------- drafts
def p_quanjiao(c):
    Y = int(c.g(r"^全椒县民政局(\d{4})年度")[0])
    init = c.n(r"本项目年初预算([\d.]+)万元")
    prov = c.n(r"以奖代补资金([\d.]+)万元")
    cy, carry = c.g(r"另有(\d{4})年结转资金([\d.]+)万元")
    c.year(int(cy) == Y - 1, f"carry-over from {cy}")
    total = c.n(r"全年预算资金合计([\d.]+)万元")
    c.sum([init, prov, N(carry)], total, "sources")
    b1, b2, b3 = c.n(r"基本殡葬服务减免资金([\d.]+)万元"), c.n(r"生态安葬奖补资金([\d.]+)万元"), c.n(r"困难群众殡葬救助资金([\d.]+)万元")
    c.sum([b1, b2, b3], total, "budget by use")
    c.rate(total, total, c.n(r"全部拨付到位，到位率([\d.]+)%"), "到位率 (all received)")
    spent = c.n(r"项目累计支出([\d.]+)万元")
    rate = c.n(r"，预算执行率([\d.]+)%")
    c.rate(spent, total, rate, "执行率")
    s1, r1 = c.n(r"基本殡葬服务减免支出([\d.]+)万元，执行率([\d.]+)%")
    s2, r2 = c.n(r"生态安葬奖补兑付([\d.]+)万元，执行率([\d.]+)%")
    s3, r3 = c.n(r"困难群众殡葬救助支出([\d.]+)万元，执行率([\d.]+)%")
    c.rate(s1, b1, r1, "减免 sub-rate")
    c.rate(s2, b2, r2, "生态 sub-rate")
    c.rate(s3, b3, r3, "救助 sub-rate")
    c.sum([s1, s2, s3], spent, "spending by use")
    c.diff(total, spent, c.n(r"年末结余([\d.]+)万元"), "balance")
    c.year(int(c.g(r"结转至(\d{4})年")[0]) > Y, "carry forward to a later year")
    c.year(int(c.g(r"截至(\d{4})年12月31日")[0]) == Y, "cut-off date in the evaluation year")
    c.year(int(c.g(r"\n(\d{4})年\d+月\d+日\s*$")[0]) in (Y, Y + 1), "report date")
    std = c.n(r"标准为每具(\d+)元")
    n = c.n(r"全年共为([\d,]+)具户籍居民遗体")
    std2, amt = c.n(r"按每具(\d+)元计算，减免金额([\d.]+)万元")
    c.same(std, std2, "per-body standard")
    c.prod(n, std2, amt, "减免 amount")
    c.same(amt, s1, "减免 amount text vs spending")
    t1, t2, t3, rest = c.n(r"分别为(\d+)具、(\d+)具、(\d+)具，其余7个镇合计([\d,]+)具")
    c.sum([t1, t2, t3, rest], n, "township split")
    deaths = c.n(r"死亡户籍人口([\d,]+)人")
    cr = c.n(r"遗体火化率([\d.]+)%，较")
    c.rate(n, deaths, cr, "火化率")
    ly, lr, pp = c.g(r"较(\d{4})年的([\d.]+)%提高([\d.]+)个百分点")
    c.year(int(ly) == Y - 1, "last year")
    c.diff(cr, N(lr), N(pp), "percentage-point rise", code="rate_mismatch")
    eco_std = c.n(r"每例奖补(\d+)元")
    eco_n, eco_amt = c.n(r"生态安葬奖补(\d+)例，兑付([\d.]+)万元")
    c.prod(eco_n, eco_std, eco_amt, "生态 amount")
    c.same(eco_amt, s2, "生态 amount text vs spending")
    rel_std = c.n(r"每人另给予(\d+)元殡葬救助")
    rel_n, rel_amt = c.n(r"为(\d+)名低保、特困对象发放殡葬救助([\d.]+)万元")
    c.prod(rel_n, rel_std, rel_amt, "救助 amount")
    c.same(rel_amt, s3, "救助 amount text vs spending")
    sat = c.n(r"丧属满意度为([\d.]+)%")
    c.bounded(sat, "satisfaction")
    new_graves = c.n(r"全年新增散埋乱葬(\d+)座")
    rows, tw, ts, ss = check_ind_table(c, "一级指标\t")
    A = lambda name: parse_actual(rows[name].actual_raw)[0]
    T = lambda name: parse_target(rows[name].target_raw)[1]
    c.same(A("预算执行率"), rate, "execution rate table vs text")
    c.same(A("基本殡葬服务费用减免"), n, "bodies table vs text")
    c.same(A("生态安葬奖补"), eco_n, "eco burials table vs text")
    c.same(A("遗体火化率"), cr, "cremation rate table vs text")
    c.same(A("丧属满意度"), sat, "satisfaction table vs text")
    c.same(A("新增散埋乱葬"), new_graves, "new graves table vs text")
    c.same(A("基本殡葬服务减免标准"), std, "standard table vs text")
    c.same(T("基本殡葬服务费用减免"), c.n(r"减免基本殡葬服务不少于(\d+)具"), "target bodies")
    c.same(T("生态安葬奖补"), c.n(r"生态安葬奖补不少于(\d+)例"), "target eco")
    c.same(T("遗体火化率"), c.n(r"遗体火化率稳定在(\d+)%以上"), "target cremation")
    c.same(T("新增散埋乱葬"), c.n(r"新增散埋乱葬不超过(\d+)座"), "target graves")
    c.same(T("丧属满意度"), c.n(r"丧属满意度不低于(\d+)%"), "target satisfaction")
    tot = c.n(r"本项目自评得分([\d.]+)分")
    c.same(tot, ts, "total text vs table")
    c.grade(tot, c.g(r"评价等级为“(.)”")[0], "grade")
    e, o, b, s = c.n(r"其中预算执行得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分")
    c.sum([e, o, b, s], tot, "first-level scores vs total", code="score_sum_mismatch")
    for stated, l1 in ((e, "预算执行"), (o, "产出指标"), (b, "效益指标"), (s, "满意度指标")):
        c.add("score_sum_mismatch", matches(stated, level_sums(rows, l1)), f"{l1} subtotal {stated!r}")


def p_yanggu(c):
    Y = int(c.g(r"^阳谷县民政局\n(\d{4})年度")[0])
    intro = c.n(r"安排的([\d.]+)万元殡葬改革专项资金")
    tot, pv, mu, co, cy, ca = c.g(r"全年预算([\d.]+)万元，其中省级补助([\d.]+)万元、市级补助([\d.]+)万元、县级配套([\d.]+)万元，另有(\d{4})年结转([\d.]+)万元")
    tot, pv, mu, co, ca = map(N, (tot, pv, mu, co, ca))
    c.year(int(cy) == Y - 1, "carry-over year")
    c.sum([pv, mu, co, ca], tot, "sources (text)")
    c.same(intro, tot, "fund in the opening vs funds section")
    rows = table(c.t, "资金来源\t")
    body = {r[0]: [N(x) for x in r[1:]] for r in rows[1:]}
    total_row = body.pop("合计")
    for k in range(3):
        c.sum([v[k] for v in body.values()], total_row[k], f"funds table column {k}")
    c.same(total_row[0], tot, "table budget vs text")
    for key, val in (("省级补助资金", pv), ("市级补助资金", mu), ("县级配套资金", co), (f"{cy}年结转资金", ca)):
        c.same(body[key][0], val, f"{key} table vs text")
    rec, rrate = c.n(r"全年实际到位([\d.]+)万元，到位率([\d.]+)%")
    c.same(rec, total_row[1], "received text vs table")
    c.rate(rec, tot, rrate, "到位率")
    c.diff(body["市级补助资金"][0], body["市级补助资金"][1], c.n(r"市级补助资金尚有([\d.]+)万元未在年内拨付"), "municipal gap")
    spent, erate = c.n(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%")
    c.same(spent, total_row[2], "spent text vs table")
    c.rate(spent, tot, erate, "执行率")
    c.rate(spent, rec, c.n(r"资金使用率为([\d.]+)%"), "使用率 on received")
    c.diff(rec, spent, c.n(r"年末结余([\d.]+)万元"), "balance")
    u1, u2, u3 = c.n(r"兑付生态安葬奖补([\d.]+)万元"), c.n(r"公墓以奖代补资金([\d.]+)万元，支付"), c.n(r"服务减免资金([\d.]+)万元。")
    c.sum([u1, u2, u3], spent, "spending by use")
    eco_std = c.n(r"按每例(\d+)元给予奖补")
    cem_std = c.n(r"每处奖补(\d+)万元")
    rel_std = c.n(r"每具补助(\d+)元")
    eco_n, eco_std2 = c.n(r"全年办理生态安葬奖补(\d+)例，按每例(\d+)元标准兑付")
    c.same(eco_std, eco_std2, "eco standard")
    c.prod(eco_n, eco_std2, u1, "eco amount")
    cem_n = c.n(r"(\d+)处农村公益性公墓全部建成")
    c.add("sum_mismatch", matches(u2, cem_n.v * cem_std.v), f"cemeteries {cem_n!r} x {cem_std!r}万元 vs {u2!r}")
    b1, b2 = c.n(r"6月份拨付验收合格的(\d+)处，11月份拨付其余(\d+)处")
    c.sum([b1, b2], cem_n, "cemetery batches")
    rel_n, rel_std2 = c.n(r"为(\d+)名困难群众减免基本殡葬服务费用，每具(\d+)元")
    c.same(rel_std, rel_std2, "relief standard")
    c.prod(rel_n, rel_std2, u3, "relief amount")
    ly, lyn, inc = c.g(r"较(\d{4})年的(\d+)例增加(\d+)例")
    c.year(int(ly) == Y - 1, "last year")
    c.diff(eco_n, N(lyn), N(inc), "increase on last year", code="sum_mismatch")
    a1, a2, a3, a4, av = c.n(r"分别办理(\d+)例、(\d+)例、(\d+)例、(\d+)例，平均每个片区(\d+)例")
    c.sum([a1, a2, a3, a4], eco_n, "areas")
    c.avg([a1, a2, a3, a4], av, "areas average")
    deaths, crem, crate = c.n(r"全县全年死亡([\d,]+)人，火化([\d,]+)具，遗体火化率([\d.]+)%")
    c.rate(crem, deaths, crate, "火化率")
    buri, eco2, share = c.n(r"全年骨灰安葬([\d,]+)例，其中节地生态安葬(\d+)例，占比([\d.]+)%")
    c.same(eco2, eco_n, "eco burials")
    c.rate(eco2, buri, share, "eco share")
    sat = c.n(r"丧属满意度为([\d.]+)%")
    c.bounded(sat, "satisfaction")
    c.bounded(c.n(r"回访满意率([\d.]+)%"), "call-back satisfaction")
    rows, tw, ts, ss = check_ind_table(c, "一级指标\t")
    A = lambda name: parse_actual(rows[name].actual_raw)[0]
    T = lambda name: parse_target(rows[name].target_raw)[1]
    c.same(A("预算执行率"), erate, "execution rate table vs text")
    c.same(A("生态安葬奖补"), eco_n, "eco table vs text")
    c.same(A("农村公益性公墓以奖代补"), cem_n, "cemeteries table vs text")
    c.same(A("困难群众基本殡葬服务费用减免"), rel_n, "relief table vs text")
    c.same(A("生态安葬奖补标准"), eco_std, "eco standard table vs text")
    c.same(A("遗体火化率"), crate, "cremation table vs text")
    c.same(A("节地生态安葬占比"), share, "eco share table vs text")
    c.same(A("丧属满意度"), sat, "satisfaction table vs text")
    c.same(T("生态安葬奖补"), c.n(r"生态安葬奖补不少于(\d+)例"), "target eco")
    c.same(T("农村公益性公墓以奖代补"), c.n(r"建成并验收农村公益性公墓(\d+)处"), "target cemeteries")
    c.same(T("困难群众基本殡葬服务费用减免"), c.n(r"减免基本殡葬服务不少于(\d+)具"), "target relief")
    c.same(T("遗体火化率"), c.n(r"遗体火化率保持在(\d+)%以上"), "target cremation")
    c.same(T("节地生态安葬占比"), c.n(r"的比例达到(\d+)%以上"), "target share")
    c.same(T("丧属满意度"), c.n(r"丧属满意度不低于(\d+)%"), "target satisfaction")
    tot_s, gw = c.g(r"绩效自评得分([\d.]+)分，等级为(.)")
    c.same(N(tot_s), ts, "total text vs table")
    c.grade(N(tot_s), gw, "grade")
    c.year(int(c.g(r"\n(\d{4})年\d+月\d+日\s*$")[0]) in (Y, Y + 1), "report date")


def p_huitong(c):
    Y = int(c.g(r"^会同县民政局(\d{4})年度")[0])
    init, cy, carry = c.g(r"年初预算([\d.]+)万元（含(\d{4})年结转([\d.]+)万元）")
    init, carry = N(init), N(carry)
    c.year(int(cy) == Y - 1, "carry-over year")
    add, annual = c.n(r"追加殡葬改革补助资金([\d.]+)万元，全年预算([\d.]+)万元")
    c.sum([init, add], annual, "initial + addition")
    c.year(int(c.g(r"截至(\d{4})年12月31日")[0]) == Y, "cut-off date in the evaluation year")
    spent, erate = c.n(r"项目共支出([\d.]+)万元，预算执行率([\d.]+)%")
    c.rate(spent, annual, erate, "执行率")
    u = c.n(r"其中基本殡葬服务减免([\d.]+)万元，生态安葬奖补([\d.]+)万元，公益性公墓改造提升奖补([\d.]+)万元，殡葬领域专项整治及宣传经费([\d.]+)万元")
    c.sum(u, spent, "spending by use")
    c.diff(annual, spent, c.n(r"未支出的([\d.]+)万元"), "unspent")
    c.year(int(c.g(r"已结转(\d{4})年")[0]) > Y, "carry forward to a later year")
    # funds block of the 自评表
    rows = table(c.t, "项目资金（万元）\t")
    fb = {r[0]: r[1:] for r in rows[1:]}
    tot_r = fb["年度资金总额"]
    parts = [fb["其中：当年财政拨款"], fb["上年结转资金"], fb["其他资金"]]
    for k in range(3):
        c.sum([N(p[k]) for p in parts], N(tot_r[k]), f"funds block column {k}")
    for r in [tot_r] + parts:
        b, e = N(r[1]), N(r[2])
        if b.v == 0:
            c.add("rate_mismatch", r[4] == "—", "zero base prints —")
        else:
            c.rate(e, b, N(r[4].rstrip("%")), f"funds block rate {r}")
    fw, fs = N(tot_r[3]), N(tot_r[5])
    c.rule(matches(fs, q2(fw.v * min(N(tot_r[2]).v / N(tot_r[1]).v, D(1)))), "execution score")
    c.same(N(tot_r[0]), init, "initial budget table vs text")
    c.same(N(tot_r[1]), annual, "annual budget table vs text")
    c.same(N(tot_r[2]), spent, "spent table vs text")
    c.same(N(tot_r[4].rstrip("%")), erate, "execution rate table vs text")
    c.same(N(fb["上年结转资金"][0]), carry, "carry-over table vs text")
    c.diff(N(parts[0][1]), N(parts[0][0]), add, "addition = annual - initial (fiscal row)", code="sum_mismatch")
    # outputs
    std = c.n(r"每具减免基本殡葬服务费用(\d+)元")
    eco_std = c.n(r"每例奖补(\d+)元")
    cem_std = c.n(r"以奖代补，每处(\d+)万元")
    n, std2, amt = c.n(r"全年减免基本殡葬服务([\d,]+)具，按(\d+)元/具标准共减免([\d.]+)万元")
    c.same(std, std2, "per-body standard")
    c.prod(n, std2, amt, "减免 amount")
    c.same(amt, u[0], "减免 amount vs spending")
    t1, t2, t3, rest = c.n(r"分别为(\d+)具、(\d+)具、(\d+)具，其余乡镇合计([\d,]+)具")
    c.sum([t1, t2, t3, rest], n, "township split")
    eco_n = c.n(r"办理生态安葬奖补(\d+)例；")
    c.prod(eco_n, eco_std, u[1], "eco amount")
    cem_n = c.n(r"；(\d+)处乡镇公益性公墓改造提升全部完工")
    c.add("sum_mismatch", matches(u[2], cem_n.v * cem_std.v), f"cemeteries {cem_n!r} x {cem_std!r} vs {u[2]!r}")
    timely = c.n(r"月度结算及时率([\d.]+)%")
    deaths, crem, crate = c.n(r"全县户籍死亡([\d,]+)人，火化([\d,]+)具，遗体火化率([\d.]+)%")
    c.rate(crem, deaths, crate, "火化率")
    graves, over = c.n(r"新增乱埋乱葬(\d+)座，超出控制目标(\d+)座")
    cap = c.n(r"新增乱埋乱葬控制在(\d+)座以内")
    c.diff(graves, cap, over, "graves over the cap", code="sum_mismatch")
    sat = c.n(r"群众满意度调查结果为([\d.]+)%")
    c.bounded(sat, "satisfaction")
    rows, tw, ts, ss = check_ind_table(c, "一级指标\t", extra_w=[fw], extra_s=[fs])
    A = lambda name: parse_actual(rows[name].actual_raw)[0]
    T = lambda name: parse_target(rows[name].target_raw)[1]
    c.same(A("基本殡葬服务费用减免"), n, "bodies table vs text")
    c.same(A("生态安葬奖补"), eco_n, "eco table vs text")
    c.same(A("乡镇公益性公墓改造提升"), cem_n, "cemeteries table vs text")
    c.same(A("减免资金月度结算及时率"), timely, "timeliness table vs text")
    c.same(A("每具减免标准"), std2, "standard table vs text")
    c.same(A("户籍居民遗体火化率"), crate, "cremation table vs text")
    c.same(A("新增乱埋乱葬"), graves, "graves table vs text")
    c.same(A("群众满意度"), sat, "satisfaction table vs text")
    c.same(T("基本殡葬服务费用减免"), c.n(r"全年减免不少于(\d+)具"), "target bodies")
    c.same(T("生态安葬奖补"), c.n(r"生态安葬奖补不少于(\d+)例"), "target eco")
    c.same(T("乡镇公益性公墓改造提升"), c.n(r"完成(\d+)处乡镇公益性公墓改造提升"), "target cemeteries")
    c.same(T("户籍居民遗体火化率"), c.n(r"遗体火化率达到(\d+)%以上"), "target cremation")
    c.same(T("新增乱埋乱葬"), cap, "target graves")
    c.same(T("群众满意度"), c.n(r"群众满意度不低于(\d+)%"), "target satisfaction")
    tot_s, gw = c.g(r"项目自评得分([\d.]+)分，评价等级为(.)")
    c.same(N(tot_s), ts, "total text vs table")
    c.grade(N(tot_s), gw, "grade")
    c.year(int(c.g(r"附件\n(\d{4})年度项目支出绩效自评表")[0]) == Y, "table year")
    c.year(int(c.g(r"\n(\d{4})年\d+月\d+日\s*$")[0]) in (Y, Y + 1), "report date")


def p_miyi(c):
    Y = int(c.g(r"^米易县民政局\n(\d{4})年")[0])
    c.year(int(c.g(r"自评表（(\d{4})年度）")[0]) == Y, "table year")
    init, pv, mu, mu_u, co = c.g(r"项目年初预算([\d.]+)万元，其中省级殡葬改革补助([\d.]+)万元、市级补助([\d.]+)(万元|元)、县级财政([\d.]+)万元")
    init, pv, mu, co = N(init, "万元"), N(pv, "万元"), N(mu, mu_u), N(co, "万元")
    c.sum([pv, mu, co], init, "sources")
    cy, carry, adj = c.g(r"年中将(\d{4})年结转的([\d.]+)万元纳入，调整后预算([\d.]+)万元")
    c.year(int(cy) == Y - 1, "carry-over year")
    carry, adj = N(carry), N(adj)
    c.sum([init, carry], adj, "initial + carry-over")
    rows = table(c.t, "项目\t金额（万元）")
    kv = {r[0]: N(r[1]) for r in rows[1:]}
    c.same(kv["调整后预算数"], adj, "adjusted budget table vs text")
    c.diff(kv["实际到位数"], kv["实际支出数"], kv["结余资金"], "balance")
    rrate, erate = c.n(r"全年资金到位率([\d.]+)%，预算执行率([\d.]+)%")
    c.rate(kv["实际到位数"], kv["调整后预算数"], rrate, "到位率")
    c.rate(kv["实际支出数"], kv["调整后预算数"], erate, "执行率")
    u = c.n(r"实际支出中，免费基本殡葬服务费用([\d.]+)万元，节地生态安葬奖补([\d.]+)万元，殡葬服务站点运行及散埋乱葬整治经费([\d.]+)万元")
    c.sum(u, kv["实际支出数"], "spending by use")
    std = c.n(r"免费标准为每具(\d+)元")
    eco_std = c.n(r"按每例(\d+)元给予奖补")
    n, amt = c.n(r"全年为([\d,]+)具遗体提供了免费基本殡葬服务，支出([\d.]+)万元")
    c.prod(n, std, amt, "free service amount")
    c.same(amt, u[0], "free service amount vs spending")
    f1, f2, f3, av = c.n(r"分别承接(\d+)具、(\d+)具、(\d+)具，平均每家(\d+)具")
    c.sum([f1, f2, f3], n, "facilities")
    c.avg([f1, f2, f3], av, "facilities average")
    eco_n, eco_over = c.n(r"办理节地生态安葬奖补(\d+)例，超出年度目标(\d+)例")
    eco_goal = c.n(r"节地生态安葬奖补不少于(\d+)例")
    c.prod(eco_n, eco_std, u[1], "eco amount")
    c.diff(eco_n, eco_goal, eco_over, "eco over target", code="sum_mismatch")
    days, days_cap = c.n(r"平均拨付时间为(\d+)天，低于(\d+)天")
    deaths, crem, crate, ly, lr, pp = c.g(r"全县全年死亡([\d,]+)人，火化([\d,]+)具，遗体火化率([\d.]+)%，比(\d{4})年的([\d.]+)%提高([\d.]+)个百分点")
    c.year(int(ly) == Y - 1, "last year")
    deaths, crem, crate = N(deaths), N(crem), N(crate)
    c.rate(crem, deaths, crate, "火化率")
    c.same(crem, n, "cremations vs free services")
    c.diff(crate, N(lr), N(pp), "percentage-point rise", code="rate_mismatch")
    issued, back, brate = c.n(r"发放问卷(\d+)份，回收(\d+)份，回收率([\d.]+)%")
    c.rate(back, issued, brate, "questionnaire return rate")
    sat = c.n(r"丧属满意度为([\d.]+)%")
    c.bounded(sat, "satisfaction")
    # funds block (Sichuan rows)
    rows = table(c.t, "资金来源\t年初预算数")
    fb = {r[0]: r[1:] for r in rows[1:]}
    tot_r = fb["年度资金总额"]
    parts = [fb["其中：财政资金"], fb["财政专户管理资金"], fb["单位资金"], fb["其他资金"]]
    for k in range(3):
        c.sum([N(p[k]) for p in parts], N(tot_r[k]), f"funds block column {k}")
    for r in [tot_r] + parts:
        b, e = N(r[1]), N(r[2])
        if b.v == 0:
            c.add("rate_mismatch", r[4] == "—", "zero base prints —")
        else:
            c.rate(e, b, N(r[4].rstrip("%")), f"funds block rate {r[0]}")
    fw, fs = N(tot_r[3]), N(tot_r[5])
    c.rule(matches(fs, q2(fw.v * min(N(tot_r[2]).v / N(tot_r[1]).v, D(1)))), "execution score")
    c.same(N(tot_r[0]), init, "initial table vs text")
    c.same(N(tot_r[1]), adj, "annual table vs text")
    c.same(N(tot_r[2]), kv["实际支出数"], "spent funds block vs funds table")
    c.same(N(tot_r[4].rstrip("%")), erate, "rate funds block vs text")
    rows2, tw, ts, ss = check_ind_table(c, "一级指标\t", extra_w=[fw], extra_s=[fs])
    A = lambda name: parse_actual(rows2[name].actual_raw)[0]
    T = lambda name: rows2[name].t[1]
    c.same(A("免费基本殡葬服务"), n, "bodies table vs text")
    c.same(A("节地生态安葬奖补"), eco_n, "eco table vs text")
    c.same(A("补助资金拨付时间"), days, "days table vs text")
    c.same(T("补助资金拨付时间"), days_cap, "days cap table vs text")
    c.same(A("每具免费服务标准"), std, "standard table vs text")
    c.same(A("遗体火化率"), crate, "cremation table vs text")
    c.same(A("丧属满意度"), sat, "satisfaction table vs text")
    c.same(T("免费基本殡葬服务"), c.n(r"不少于(\d+)具遗体"), "target bodies")
    c.same(T("节地生态安葬奖补"), eco_goal, "target eco")
    c.same(T("遗体火化率"), c.n(r"遗体火化率达到(\d+)%以上"), "target cremation")
    c.same(T("新增散埋乱葬数"), c.n(r"新增散埋乱葬不超过(\d+)座"), "target graves")
    c.same(T("丧属满意度"), c.n(r"丧属满意度达到(\d+)%以上"), "target satisfaction")
    tot_s, gw = c.g(r"自评得分([\d.]+)分，评价等级为(..)")
    c.same(N(tot_s), ts, "total text vs table")
    c.grade(N(tot_s), gw, "grade")
    ew, es, iw, is_ = c.n(r"预算执行情况满分(\d+)分，得([\d.]+)分；绩效指标满分(\d+)分，得([\d.]+)分")
    c.add("weight_sum_mismatch", ew.v + iw.v == tw.v, "10 + 90 split")
    c.same(ew, fw, "execution weight text vs table", code="weight_sum_mismatch")
    c.add("weight_sum_mismatch", iw.v == sum(r.w.v for r in rows2.values()), "indicator weights vs 90")
    c.same(es, fs, "execution score text vs table", code="score_sum_mismatch")
    c.add("score_sum_mismatch", matches(is_, sum(r.s.v for r in rows2.values())), "indicator scores vs text")
    c.sum([es, is_], N(tot_s), "execution + indicators = total", code="score_sum_mismatch")


def p_heqing(c):
    Y = int(c.g(r"^鹤庆县殡葬管理所(\d{4})年度")[0])
    tot, fis, cy, carry = c.g(r"部门全年预算([\d.]+)万元，其中当年财政拨款([\d.]+)万元、(\d{4})年结转资金([\d.]+)万元")
    tot, fis, carry = N(tot), N(fis), N(carry)
    c.year(int(cy) == Y - 1, "carry-over year")
    c.sum([fis, carry], tot, "sources")
    basic, staff, office, proj, carry2 = c.n(r"基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元），项目支出([\d.]+)万元（含上年结转([\d.]+)万元）")
    c.sum([staff, office], basic, "basic = staff + office")
    c.sum([basic, proj], tot, "basic + project")
    c.same(carry, carry2, "carry-over")
    spent, erate = c.n(r"全年实际支出([\d.]+)万元，部门整体预算执行率([\d.]+)%")
    c.rate(spent, tot, erate, "执行率")
    c.rate(basic, basic, c.n(r"基本支出全部执行，执行率(\d+)%"), "basic fully spent")
    pspent, prate = c.n(r"项目支出执行([\d.]+)万元，执行率([\d.]+)%")
    c.rate(pspent, proj, prate, "project 执行率")
    c.sum([basic, pspent], spent, "spent = basic + project")
    c.diff(tot, spent, c.n(r"年末未支出([\d.]+)万元"), "unspent")
    c.year(int(c.g(r"结转(\d{4})年使用")[0]) > Y, "carry forward to a later year")
    c.year(int(c.g(r"数据截至(\d{4})年12月31日")[0]) == Y, "cut-off date")
    # project table
    rows = table(c.t, "项目名称\t")
    pr = {r[0]: r[1:] for r in rows[1:]}
    summ = pr.pop("合计")
    avg_row = pr.pop("平均分")
    for name, r in pr.items():
        c.rate(N(r[1]), N(r[0]), N(r[2].rstrip("%")), f"{name} rate")
        c.grade(N(r[3]), r[4], f"{name} grade")
        c.add("score_exceeds_weight", D(0) <= N(r[3]).v <= 100, f"{name} score within 100")
    c.sum([N(r[0]) for r in pr.values()], N(summ[0]), "project budgets")
    c.sum([N(r[1]) for r in pr.values()], N(summ[1]), "project spending")
    c.same(N(summ[0]), proj, "project budget table vs text")
    c.same(N(summ[1]), pspent, "project spending table vs text")
    c.avg([N(r[3]) for r in pr.values()], N(avg_row[3]), "project average")
    # outputs
    n, std, amt = c.n(r"全年为([\d,]+)具遗体发放基本殡葬服务补贴，补贴标准每具(\d+)元，合计([\d.]+)万元")
    c.prod(n, std, amt, "subsidy amount")
    t1, t2, t3, rest = c.n(r"分别为(\d+)具、(\d+)具、(\d+)具，其余6个乡镇合计(\d+)具")
    c.sum([t1, t2, t3, rest], n, "township split")
    eco_n, eco_std, eco_amt, both = c.n(r"全年办理节地生态安葬奖补(\d+)例，每例(\d+)元，兑付([\d.]+)万元，两项合计([\d.]+)万元")
    c.prod(eco_n, eco_std, eco_amt, "eco amount")
    c.sum([amt, eco_amt], both, "two items")
    c.same(both, N(pr["惠民殡葬基本服务补贴"][1]), "惠民殡葬 spending text vs project table")
    days = c.n(r"补贴申请平均(\d+)天办结")
    deaths, crem, crate = c.n(r"全县全年死亡([\d,]+)人，火化([\d,]+)具，遗体火化率([\d.]+)%")
    c.rate(crem, deaths, crate, "火化率")
    c.same(crem, n, "cremations vs subsidies")
    eco2, share = c.n(r"节地生态安葬(\d+)例，占火化遗体的([\d.]+)%")
    c.same(eco2, eco_n, "eco burials")
    c.rate(eco2, crem, share, "eco share")
    cem = c.n(r"(\d+)处县级公益性公墓正常运营")
    sat = c.n(r"满意度为([\d.]+)%")
    c.bounded(sat, "satisfaction")
    rows2, tw, ts, ss = check_ind_table(c, "一级指标\t")
    A = lambda name: parse_actual(rows2[name].actual_raw)[0]
    c.same(A("部门预算执行率"), erate, "execution rate table vs text")
    c.same(A("基本殡葬服务补贴对象"), n, "bodies table vs text")
    c.same(A("节地生态安葬奖补"), eco_n, "eco table vs text")
    c.same(A("公益性公墓运营维护"), cem, "cemeteries table vs text")
    c.same(A("补贴申请办结时限"), days, "handling days table vs text")
    c.same(A("每具补贴标准"), std, "standard table vs text")
    c.same(A("遗体火化率"), crate, "cremation table vs text")
    c.same(A("节地生态安葬占火化遗体比例"), share, "eco share table vs text")
    c.same(A("群众满意度"), sat, "satisfaction table vs text")
    tot_s, gw = c.g(r"整体支出自评得分([\d.]+)分，评价等级为(.)")
    c.same(N(tot_s), ts, "total text vs table")
    c.grade(N(tot_s), gw, "grade")
    c.year(int(c.g(r"\n(\d{4})年\d+月\d+日\s*$")[0]) in (Y, Y + 1), "report date")


SPECS = {
    "ah-quanjiao-huiminbinzang-2018": p_quanjiao,
    "sd-yanggu-shengtaibinzang-2020": p_yanggu,
    "hn-huitong-binzanggaige-2022": p_huitong,
    "sc-miyi-jibenbinzangmianfei-2023": p_miyi,
    "yn-heqing-binzangguanlisuo-bumen-2024": p_heqing,
}


# ----------------------------------------------------------------------------------------------- main
def run(text, spec):
    c = Ctx(text)
    spec(c)
    return c.res


def main():
    verbose = "-v" in sys.argv
    fails = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    counts = {}
    sources = {}
    for rec in labels:
        for e in rec["expected"]:
            counts[e["code"]] = counts.get(e["code"], 0) + 1
        sources.setdefault(rec["source"], []).append(rec)
    for code in sorted(ERROR_CODES):
        if counts.get(code, 0) < 2:
            fails.append(f"code {code} used {counts.get(code, 0)} times (< 2)")
    for code in counts:
        if code not in ERROR_CODES:
            fails.append(f"unknown code {code}")
    if len(labels) != 35 or len(sources) != 5:
        fails.append(f"expected 35 cases from 5 projects, got {len(labels)} / {len(sources)}")

    for src, recs in sources.items():
        spec = SPECS[src]
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        n = len(clean)
        if not 2800 <= n <= 3400:
            fails.append(f"{src}: clean draft has {n} characters")
        for rec in recs:
            text = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
            try:
                res = run(text, spec)
            except AssertionError as ex:
                fails.append(f"{rec['case']}: extraction failed: {ex}")
                continue
            failed = [(code, msg) for code, ok, msg in res if not ok]
            failed_err = {code for code, _ in failed if code in ERROR_CODES}
            if rec["clean"]:
                if rec["expected"]:
                    fails.append(f"{rec['case']}: clean case with labels")
                if failed:
                    fails.append(f"{rec['case']}: clean draft fails {failed}")
                if verbose:
                    print(f"{rec['case']}: {len(res)} checks, all pass")
                continue
            # one contiguous edit that overlaps the label value
            p = 0
            while p < min(len(clean), len(text)) and clean[p] == text[p]:
                p += 1
            s = 0
            while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
                s += 1
            lo, hi = p, len(text) - s
            if lo == hi and len(clean) == len(text):
                fails.append(f"{rec['case']}: identical to its clean draft")
            if len(rec["expected"]) != 1:
                fails.append(f"{rec['case']}: expected exactly one label")
                continue
            exp = rec["expected"][0]
            val = exp["value"]
            if exp["severity"] != "error":
                fails.append(f"{rec['case']}: severity {exp['severity']}")
            occ = [m.start() for m in re.finditer(re.escape(val), text)]
            if not occ:
                fails.append(f"{rec['case']}: label value not in case: {val!r}")
            elif not any(o < max(hi, lo + 1) and lo < o + len(val) for o in occ):
                fails.append(f"{rec['case']}: edit [{lo},{hi}) does not overlap value {val!r}")
            if failed_err != {exp["code"]}:
                fails.append(f"{rec['case']}: labelled {exp['code']}, failing error codes {sorted(failed_err)}: "
                             f"{[f for f in failed if f[0] in ERROR_CODES]}")
            if verbose:
                print(f"{rec['case']}: {exp['code']} -> {[m for c_, m in failed if c_ in ERROR_CODES]}"
                      f"  warnings: {[m for c_, m in failed if c_ not in ERROR_CODES]}")
    if fails:
        print("\n".join("FAIL " + f for f in fails))
        sys.exit(1)
    print(f"{len(labels)} cases, codes: " + ", ".join(f"{k}={counts[k]}" for k in sorted(counts)))
    print("OK")


if __name__ == "__main__":
    main()
