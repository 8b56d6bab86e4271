#!/usr/bin/env python3
"""Independent re-check of the drafts529 set (standard library + decimal only).

For every case the figures are read back from the text itself (regular expressions and
table rows, per project), and all the arithmetic of rules.md section 7 is redone with
the tolerance of section 8:

  * every clean draft must give no error and no warning;
  * every error case must give exactly its labelled error code and no other error code
    (warnings such as score_rule_mismatch are allowed there);
  * label values occur exactly once, the case differs from its clean draft by one
    contiguous edit of at most 40 characters that overlaps the value, each code of
    errors.md section A is used at least twice.

Prints OK on success, otherwise the problems and exit status 1.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]

N = r"[0-9][0-9,]*(?:\.[0-9]+)?"
U = r"(?:万元|亿元|元)"
EPS = D("1e-9")
SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]


class ParseError(Exception):
    pass


# ----------------------------------------------------------------------------- figures

class Fig:
    """A number as written in the text: value, decimals, unit, offsets."""

    def __init__(self, raw, start, unit=""):
        self.raw = raw
        self.start = start
        self.end = start + len(raw)
        self.unit = unit or ""
        s = raw.replace(",", "")
        self.v = D(s)
        self.d = len(s.split(".")[1]) if "." in s else 0

    @property
    def tol(self):
        return D("0.5") * (D(10) ** -self.d)

    @property
    def tol_wan(self):
        """Tolerance of a money figure, in 万元."""
        if self.unit == "元":
            return self.tol / D(10000)
        if self.unit == "亿元":
            return self.tol * D(10000)
        return self.tol

    @property
    def wan(self):
        """Money normalised to 万元 (other units unchanged)."""
        if self.unit == "元":
            return self.v / D(10000)
        if self.unit == "亿元":
            return self.v * D(10000)
        return self.v

    def __repr__(self):
        return "%s%s@%d" % (self.raw, self.unit, self.start)


def close(computed, fig):
    return abs(computed - fig.v) <= fig.tol + EPS


def r2(x, n=2):
    return x.quantize(D(10) ** -n, rounding=ROUND_HALF_UP)


QTY = re.compile(r"^(?P<dir>≥|≤|＞|＜|>=|<=|>|<|＝|=)?\s*(?P<n>" + N + r")\s*(?P<u>\S*)$")


class Cell:
    def __init__(self, raw, start):
        self.raw = raw
        self.start = start

    @property
    def dash(self):
        return self.raw.strip() in ("—", "-", "－", "")

    def qty(self):
        """(direction or None, Fig, unit) or None if not a number."""
        m = QTY.match(self.raw.strip())
        if not m:
            return None
        off = self.start + (len(self.raw) - len(self.raw.lstrip()))
        f = Fig(m.group("n"), off + m.start("n"), m.group("u"))
        return m.group("dir"), f, m.group("u")

    def fig(self):
        q = self.qty()
        if q is None:
            raise ParseError("not a number: %r at %d" % (self.raw, self.start))
        return q[1]

    def __repr__(self):
        return "Cell(%r@%d)" % (self.raw, self.start)


class Reader:
    def __init__(self, text, base=0):
        self.t = text
        self.base = base

    @staticmethod
    def _pat(p):
        return p.replace("{N}", N).replace("{U}", U)

    def m(self, pat):
        ms = list(re.finditer(self._pat(pat), self.t))
        if len(ms) != 1:
            raise ParseError("pattern %r matched %d times" % (pat, len(ms)))
        return ms[0]

    def f(self, pat, g="n"):
        """Figure from named group g (unit from group u if present)."""
        mo = self.m(pat)
        u = mo.groupdict().get("u") or ""
        return Fig(mo.group(g), self.base + mo.start(g), u)

    def fs(self, pat, g="n"):
        """All figures of a pattern (in order)."""
        out = []
        for mo in re.finditer(self._pat(pat), self.t):
            out.append(Fig(mo.group(g), self.base + mo.start(g), mo.groupdict().get("u") or ""))
        return out

    def block(self, start, end):
        ms = self.m(start)
        s = ms.start()
        me = re.search(self._pat(end), self.t[ms.end():])
        if not me:
            raise ParseError("block end %r not found" % end)
        e = ms.end() + me.start()
        return Reader(self.t[s:e], self.base + s)

    def row(self, label, sep):
        """Cells of the unique line that starts with label followed by sep."""
        if sep == "space":
            spl = re.compile(r" {2,}|\u3000{1,}")
            lab = r"(?m)^" + label + r"(?= {2,})"
        else:
            spl = re.compile(re.escape(sep))
            lab = r"(?m)^" + label + re.escape(sep)
        mo = self.m(lab)
        ls = mo.start()
        le = self.t.find("\n", ls)
        le = len(self.t) if le < 0 else le
        line = self.t[ls:le]
        cells, pos = [], 0
        for piece in spl.finditer(line):
            cells.append(Cell(line[pos:piece.start()], self.base + ls + pos))
            pos = piece.end()
        cells.append(Cell(line[pos:], self.base + ls + pos))
        return cells


# ----------------------------------------------------------------------------- findings

class Findings:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def err(self, code, msg):
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    def codes(self):
        return sorted(set(c for c, _ in self.errors))


def _rescale_ok(figs, test):
    """True if multiplying exactly one figure by 10^±4 or 10^±8 makes test() hold."""
    for f in figs:
        old = f.v
        for s in SCALES:
            f.v = old * s
            try:
                if test():
                    return True
            finally:
                f.v = old
    return False


def same(F, what, *figs, money=False):
    """The same quantity stated more than once must agree (I11)."""
    base = figs[0]
    for other in figs[1:]:
        a = base.wan if money else base.v
        b = other.wan if money else other.v
        tol = max(base.tol_wan, other.tol_wan) if money else max(base.tol, other.tol)
        if abs(a - b) <= tol + EPS:
            continue
        ratio_ok = any(abs(a * s - b) <= tol + EPS for s in SCALES)
        if ratio_ok:
            F.err("unit_mismatch", "%s: %r vs %r differ by a power of ten" % (what, base, other))
        else:
            F.err("conflicting_values", "%s: %r vs %r" % (what, base, other))


def total(F, what, tot, parts, code="sum_mismatch", money=True):
    """tot = sum(parts) (I4)."""
    def val(f):
        return f.wan if money else f.v

    def test():
        return abs(sum(val(p) for p in parts) - val(tot)) <= (tot.tol_wan if money else tot.tol) + EPS

    if test():
        return
    if _rescale_ok([tot] + list(parts), test):
        F.err("unit_mismatch", "%s: %r vs parts %r reconciled by rescaling one amount" % (what, tot, parts))
    else:
        F.err(code, "%s: %r != sum %s" % (what, tot, sum(val(p) for p in parts)))


def balance(F, what, stated, a, b, money=True):
    """stated = a - b (I3)."""
    def val(f):
        return f.wan if money else f.v

    def test():
        return abs(val(a) - val(b) - val(stated)) <= (stated.tol_wan if money else stated.tol) + EPS

    if test():
        return
    if _rescale_ok([stated, a, b], test):
        F.err("unit_mismatch", "%s: %r rescaled" % (what, stated))
    else:
        F.err("balance_mismatch", "%s: %r != %s" % (what, stated, val(a) - val(b)))


def rate(F, what, stated, num, den, bounded=True, money=True):
    """stated % = num / den (I1, I2, I5). stated is a Fig or a Cell with a dash."""
    def val(f):
        return f.wan if money else f.v

    if isinstance(stated, Cell):
        if stated.dash:
            if val(den) == 0:
                return
            return  # a rate left blank on a non-zero base is not an arithmetic slip
        stated = stated.fig()
    if val(den) == 0:
        if stated.v != 0:
            F.err("implausible_rate", "%s: %r on a zero base" % (what, stated))
        return
    if bounded and (stated.v > 100 or stated.v < 0):
        F.err("implausible_rate", "%s: %r outside [0, 100]" % (what, stated))
        return
    if bounded and val(num) > val(den):
        F.err("implausible_rate", "%s: %r exceeds its base %r" % (what, num, den))
        return

    def test():
        return close(val(num) / val(den) * 100, stated)

    if test():
        return
    if _rescale_ok([num, den], test):
        F.err("unit_mismatch", "%s: %r / %r rescaled" % (what, num, den))
    else:
        F.err("rate_mismatch", "%s: %r vs computed %s" % (what, stated, r2(val(num) / val(den) * 100)))


def decline(F, what, stated, before, after):
    """stated % = (before - after) / before."""
    c = (before.v - after.v) / before.v * 100
    if not close(c, stated):
        F.err("rate_mismatch", "%s: %r vs %s" % (what, stated, r2(c)))


def average(F, what, stated, items):
    c = sum(i.v for i in items) / len(items)
    if not close(c, stated):
        F.err("average_mismatch", "%s: %r vs mean %s" % (what, stated, r2(c, 4)))


def ratio_avg(F, what, stated, tot, count):
    c = tot.v / count.v
    if not close(c, stated):
        F.err("average_mismatch", "%s: %r vs %s" % (what, stated, r2(c, 4)))


def implausible_scan(F, text):
    """Any rate of a bounded kind printed above 100% (I5)."""
    pat = re.compile(r"(满意度|满意率|合格率|执行率|到位率|覆盖率|运行率|投用率|建立率|整改率|完工率)"
                     r"(?:为|达到|达)?(" + N + r")%")
    for mo in pat.finditer(text):
        if D(mo.group(2).replace(",", "")) > 100:
            F.err("implausible_rate", "%s%s%% above 100" % (mo.group(1), mo.group(2)))


GRADES = [(D(90), ("优", "优秀")), (D(80), ("良", "良好")), (D(60), ("中", "中等", "一般", "合格")),
          (D(-1), ("差", "较差", "不合格"))]


def grade(F, tot, label):
    for low, names in GRADES:
        if tot.v >= low:
            if label not in names:
                F.err("grade_mismatch", "total %r is %s, stated %s" % (tot, names[0], label))
            return


# ----------------------------------------------------------------------------- indicators

class Ind:
    def __init__(self, name, target, actual, compl, weight, score, qual_band="mof", extra=()):
        self.name = name
        self.target = target      # Cell, or a (dir, Fig, unit) tuple
        self.actual = actual      # Cell, or a (dir, Fig, unit) tuple
        self.compl = compl        # Cell
        self.weight = weight      # Fig
        self.score = score        # Fig
        self.qual_band = qual_band
        self.extra = list(extra)  # extra candidate scores (e.g. from unrounded amounts)


def _q(x):
    if isinstance(x, Cell):
        return x.qty()
    return x


def check_indicator(F, ind):
    w, s = ind.weight, ind.score
    if s.v > w.v or s.v < 0:
        F.err("score_exceeds_weight", "%s: score %r vs weight %r" % (ind.name, s, w))
        score_ok = False
    else:
        score_ok = True
    tq, aq = _q(ind.target), _q(ind.actual)
    if tq is None:  # qualitative
        if ind.compl is not None and not ind.compl.dash:
            F.err("completion_mismatch", "%s: qualitative row with a completion rate" % ind.name)
        lo, hi = (D("0.6"), D("0.8")) if ind.qual_band == "mof" else (D("0.5"), D("0.8"))
        if score_ok and not (w.v * lo <= s.v < w.v * hi):
            F.warn("score_rule_mismatch", "%s: qualitative 部分 band" % ind.name)
        return
    if aq is None:
        F.err("unit_mismatch", "%s: actual %r not a number" % (ind.name, ind.actual))
        return
    tdir, T, tu = tq
    _, A, au = aq
    if tu != au:
        F.err("unit_mismatch", "%s: target unit %r vs actual unit %r" % (ind.name, tu, au))
        return
    direction = {"≥": "gte", "＞": "gte", ">": "gte", ">=": "gte", "≤": "lte", "＜": "lte", "<": "lte",
                 "<=": "lte", "＝": "eq", "=": "eq", None: "eq"}[tdir]
    # completion (rules section 5)
    if direction == "lte":
        comp = D(100) if A.v <= T.v else (T.v / A.v * 100 if A.v else D(100))
    elif T.v == 0:
        comp = None
    else:
        comp = A.v / T.v * 100
    if ind.compl is None:
        pass
    elif ind.compl.dash:
        if comp is not None:
            F.err("completion_mismatch", "%s: completion left blank" % ind.name)
    else:
        cf = ind.compl.fig()
        if comp is None:
            F.err("completion_mismatch", "%s: completion %r on a zero target" % (ind.name, cf))
        elif not close(comp, cf):
            F.err("completion_mismatch", "%s: completion %r vs %s" % (ind.name, cf, r2(comp)))
    # score rule (warning only)
    if not score_ok:
        return
    cands = list(ind.extra)
    if direction == "lte":
        cands.append(w.v if A.v <= T.v else w.v * T.v / A.v)
    elif T.v == 0:
        cands.append(w.v if A.v <= 0 else D(0))
    else:
        cands.append(w.v * min(D(1), A.v / T.v))
    if ind.compl is not None and not ind.compl.dash:
        cands.append(w.v * min(D(1), ind.compl.fig().v / 100))
    if not any(close(c, s) for c in cands):
        F.warn("score_rule_mismatch", "%s: score %r, expected one of %s" % (ind.name, s, [str(r2(c)) for c in cands]))


def score_table(F, inds, weight_total, score_total, groups=()):
    """Weights sum to 100 and to group headers; scores sum to the stated total."""
    for ind in inds:
        check_indicator(F, ind)
    ws = sum(i.weight.v for i in inds)
    if ws != weight_total.v or weight_total.v != 100:
        F.err("weight_sum_mismatch", "weights sum %s, stated %r" % (ws, weight_total))
    for gfig, members in groups:
        gs = sum(i.weight.v for i in members)
        if gs != gfig.v:
            F.err("weight_sum_mismatch", "group weights %s vs header %r" % (gs, gfig))
    ss = sum(i.score.v for i in inds)
    if not close(ss, score_total):
        F.err("score_sum_mismatch", "scores sum %s vs total %r" % (ss, score_total))


# ----------------------------------------------------------------------------- years

def years(F, R, Y, rules):
    """Every 'YYYY年' must be covered by one rule; each rule states what the year may be."""
    covered = {}
    for pat, kind in rules:
        ms = list(re.finditer(R._pat(pat), R.t))
        if not ms:
            raise ParseError("year rule %r matched nothing" % pat)
        for mo in ms:
            y = int(mo.group("y"))
            covered[mo.start("y")] = True
            if kind == "eval":
                ok = y == Y
            elif kind == "prev":
                ok = y < Y
            elif kind in ("next", "carry"):
                ok = y > Y
            elif kind == "report":
                ok = Y < y <= Y + 1
            elif kind == "issue":
                ok = y == Y or (y == Y - 1 and int(mo.group("mo")) == 12)
            else:
                raise ParseError("unknown year kind %r" % kind)
            if not ok:
                F.err("year_mismatch", "%s year %d in %r (evaluation year %d)" % (kind, y, mo.group(0), Y))
    for mo in re.finditer(r"(?<![0-9])(\d{4})年", R.t):
        if mo.start(1) not in covered:
            raise ParseError("unclassified year mention %r at %d" % (R.t[mo.start():mo.start() + 12], mo.start()))


# ----------------------------------------------------------------------------- projects

def P_chongchuan(R, F):
    """js-chongchuan-ebikecharge-2023 (项目支出; ｜ and space tables)."""
    t = R.t
    init_p = R.f(r"项目年初预算(?P<n>{N})(?P<u>{U})")
    add_p = R.f(r"年中区级追加(?P<n>{N})(?P<u>{U})")
    ann_p = R.f(r"，全年预算(?P<n>{N})(?P<u>{U})，资金全部到位")
    recv_rate = R.f(r"资金全部到位，到位率(?P<n>{N})%")
    total(F, "全年预算 = 年初 + 追加 (prose)", ann_p, [init_p, add_p])
    rate(F, "到位率 (全部到位)", recv_rate, ann_p, ann_p)
    prov = R.f(r"省级补助资金(?P<n>{N})(?P<u>{U})于")
    city = R.f(r"市级补助资金(?P<n>{N})(?P<u>{U})于")
    dist = R.f(r"区级配套资金(?P<n>{N})(?P<u>{U})（")
    dist2 = R.f(r"区级配套资金{N}{U}（(?P<n>{N})(?P<u>{U})）")
    total(F, "全年预算 = 省 + 市 + 区 (prose)", ann_p, [prov, city, dist])
    same(F, "区级配套 written twice", dist, dist2, money=True)

    T1 = R.block(r"表1  资金来源", r"\n\n")
    rows1 = {}
    for lab in ["省级补助", "市级补助", "区级配套", "上年结转", "合计"]:
        c = T1.row(lab, "｜")
        rows1[lab] = [c[1].fig(), c[2].fig(), c[3].fig(), c[4]]
        rate(F, "表1 %s 执行率" % lab, c[4], rows1[lab][2], rows1[lab][1])
    for k, name in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        total(F, "表1 %s 合计" % name, rows1["合计"][k], [rows1[l][k] for l in ["省级补助", "市级补助", "区级配套", "上年结转"]])
    total(F, "表1 区级 全年 = 年初 + 追加", rows1["区级配套"][1], [rows1["区级配套"][0], add_p])
    total(F, "表1 省级 未调整", rows1["省级补助"][1], [rows1["省级补助"][0]])
    total(F, "表1 市级 未调整", rows1["市级补助"][1], [rows1["市级补助"][0]])
    same(F, "省级", prov, rows1["省级补助"][1], money=True)
    same(F, "市级", city, rows1["市级补助"][1], money=True)
    same(F, "区级", dist, rows1["区级配套"][1], money=True)
    same(F, "年初预算", init_p, rows1["合计"][0], money=True)
    same(F, "全年预算", ann_p, rows1["合计"][1], money=True)

    exec_p = R.f(r"项目全年执行(?P<n>{N})(?P<u>{U})，预算执行率")
    rate_p = R.f(r"项目全年执行{N}{U}，预算执行率(?P<n>{N})%")
    bal_p = R.f(r"未执行的(?P<n>{N})(?P<u>{U})")
    rate(F, "执行率 (prose)", rate_p, exec_p, ann_p)
    balance(F, "未执行 = 全年预算 - 执行", bal_p, ann_p, exec_p)
    same(F, "全年执行数", exec_p, rows1["合计"][2], money=True)
    same(F, "执行率", rate_p, rows1["合计"][3].fig())

    T2 = R.block(r"表2  分街道", r"\n\n")
    streets = ["学田街道", "钟秀街道", "文峰街道", "观音山街道", "唐闸镇街道", r"区级统筹（检测验收及宣传）"]
    rows2 = {}
    for lab in streets + ["合计"]:
        c = T2.row(lab, "space")
        rows2[lab] = [c[1].fig(), c[2].fig(), c[3]]
        rate(F, "表2 %s 执行率" % lab, c[3], rows2[lab][1], rows2[lab][0])
    for k, name in enumerate(["全年预算数", "全年执行数"]):
        total(F, "表2 %s 合计" % name, rows2["合计"][k], [rows2[s][k] for s in streets])
    same(F, "全年预算 表1/表2", rows1["合计"][1], rows2["合计"][0], money=True)
    same(F, "全年执行 表1/表2", rows1["合计"][2], rows2["合计"][1], money=True)
    same(F, "执行率 表1/表2", rows1["合计"][3].fig(), rows2["合计"][2].fig())

    # outputs
    piles_p = R.f(r"全年安装智能充电桩(?P<n>{N})台")
    sites = [R.f(r"分别建成集中充电设施(?P<n>{N})处"),
             R.f(r"分别建成集中充电设施{N}处、(?P<n>{N})处"),
             R.f(r"分别建成集中充电设施{N}处、{N}处、(?P<n>{N})处"),
             R.f(r"分别建成集中充电设施{N}处、{N}处、{N}处、(?P<n>{N})处"),
             R.f(r"分别建成集中充电设施{N}处、{N}处、{N}处、{N}处、(?P<n>{N})处")]
    sites_tot = R.f(r"，合计(?P<n>{N})处")
    sites_avg = R.f(r"平均每个街道建成(?P<n>{N})处")
    total(F, "各街道设施处数", sites_tot, sites, money=False)
    average(F, "平均每个街道", sites_avg, sites)
    ports_p = R.f(r"新增充电口(?P<n>{N})个，其中")
    ports = [R.f(r"其中学田街道(?P<n>{N})个"), R.f(r"、钟秀街道(?P<n>{N})个"), R.f(r"、文峰街道(?P<n>{N})个"),
             R.f(r"、观音山街道(?P<n>{N})个"), R.f(r"、唐闸镇街道(?P<n>{N})个")]
    total(F, "各街道充电口", ports_p, ports, money=False)
    passed = R.f(r"验收合格(?P<n>{N})处")
    q_rate = R.f(r"验收合格率(?P<n>{N})%，其余")
    rest = R.f(r"其余(?P<n>{N})处")
    rate(F, "验收合格率", q_rate, passed, sites_tot, money=False)
    total(F, "合格 + 其余 = 总数", sites_tot, [passed, rest], money=False)
    same(F, "未合格处数", rest, R.f(r"一是(?P<n>{N})处设施验收时"))
    ontime = R.f(r"按期完工(?P<n>{N})处")
    ontime_rate = R.f(r"按期完工率(?P<n>{N})%")
    rate(F, "按期完工率", ontime_rate, ontime, sites_tot, money=False)
    fires = R.f(r"2023年全区发生电动自行车火灾(?P<n>{N})起")
    fires_prev = R.f(r"较2022年的(?P<n>{N})起")
    fires_prev0 = R.f(r"当年发生电动自行车火灾(?P<n>{N})起")
    dec = R.f(r"起下降(?P<n>{N})%")
    same(F, "2022年火灾起数", fires_prev0, fires_prev)
    decline(F, "火灾下降", dec, fires_prev, fires)
    hz = R.f(r"等隐患(?P<n>{N})处")
    running = R.f(r"正常运行的设施(?P<n>{N})处")
    run_rate = R.f(r"设施正常运行率(?P<n>{N})%")
    rate(F, "正常运行率", run_rate, running, sites_tot, money=False)
    sat = R.f(r"居民综合满意度(?P<n>{N})%")

    # goals
    g_sites = R.f(r"新建集中充电设施不少于(?P<n>{N})处")
    g_ports = R.f(r"新增充电口不少于(?P<n>{N})个")
    g_piles = R.f(r"安装智能充电桩不少于(?P<n>{N})台")
    g_q = R.f(r"设施验收合格率(?P<n>{N})%；")
    g_fire = R.f(r"控制在(?P<n>{N})起以内")
    g_sat = R.f(r"居民满意度不低于(?P<n>{N})%")
    g_cost = R.f(r"每个充电口不超过(?P<n>{N})元")

    # table 3
    T3 = R.block(r"表3  项目支出绩效自评表", r"\n\n")
    defs = [("预算执行｜预算执行｜预算执行率", rate_p, None),
            ("产出指标｜数量指标｜新建集中充电设施", sites_tot, g_sites),
            ("产出指标｜数量指标｜新增充电口", ports_p, g_ports),
            ("产出指标｜数量指标｜安装智能充电桩", piles_p, g_piles),
            ("产出指标｜质量指标｜设施验收合格率", q_rate, g_q),
            ("产出指标｜时效指标｜按期完工率", ontime_rate, None),
            ("产出指标｜成本指标｜单个充电口平均补助", None, g_cost),
            ("效益指标｜社会效益指标｜电动自行车火灾起数", fires, g_fire),
            ("效益指标｜社会效益指标｜整改充电安全隐患", hz, None),
            ("效益指标｜可持续影响指标｜设施正常运行率", run_rate, None),
            ("满意度指标｜服务对象满意度指标｜居民综合满意度", sat, g_sat)]
    inds = []
    for lab, prose_actual, goal in defs:
        c = T3.row(lab, "｜")
        extra = []
        if lab.startswith("预算执行"):
            extra = [D(10) * exec_p.wan / ann_p.wan]
        ind = Ind(lab, c[3], c[4], c[5], c[6].fig(), c[7].fig(), extra=extra)
        inds.append(ind)
        aq = c[4].qty()
        if prose_actual is not None and aq is not None:
            same(F, "%s actual" % lab, prose_actual, aq[1])
        if goal is not None and c[3].qty() is not None:
            same(F, "%s target" % lab, goal, c[3].qty()[1])
    tc = T3.row("合计", "｜")
    wt, st = tc[6].fig(), tc[7].fig()
    score_table(F, inds, wt, st)
    st_p = R.f(r"项目自评得分(?P<n>{N})分")
    same(F, "总分", st, st_p)
    g = R.m(r"评价等级为(?P<g>[优良中差])")
    grade(F, st_p, g.group("g"))

    years(F, R, 2023, [
        (r"南通市崇川区(?P<y>\d{4})年度", "eval"),
        (r"评价年度：(?P<y>\d{4})年度", "eval"),
        (r"(?P<y>\d{4})年全区已建成", "prev"),
        (r"于(?P<y>\d{4})年(?P<mo>\d+)月(?:提前)?下达", "issue"),
        (r"截至(?P<y>\d{4})年12月31日", "eval"),
        (r"结转至(?P<y>\d{4})年", "carry"),
        (r"(?P<y>\d{4})年全区发生", "eval"),
        (r"较(?P<y>\d{4})年的", "prev"),
        (r"(?P<y>\d{4})年起将居民满意度", "next"),
        (r"(?m)^(?P<y>\d{4})年\d+月$", "report"),
    ])
    implausible_scan(F, t)


def P_longwen(R, F):
    """fj-longwen-chongdianchangsuo-2019 (项目支出; space-aligned tables)."""
    t = R.t
    init_p = R.f(r"项目年初预算(?P<n>{N})(?P<u>{U})，年中未作调整")
    ann_p = R.f(r"年中未作调整，全年预算(?P<n>{N})(?P<u>{U})")
    total(F, "未作调整: 年初 = 全年", ann_p, [init_p])
    prov = R.f(r"其中省级补助(?P<n>{N})(?P<u>{U})")
    city = R.f(r"市级补助(?P<n>{N})(?P<u>{U})于")
    dist = R.f(r"区级财政安排(?P<n>{N})(?P<u>{U})")
    total(F, "全年预算 = 省 + 市 + 区 (prose)", ann_p, [prov, city, dist])
    recv = R.f(r"实际到位(?P<n>{N})(?P<u>{U})，到位率")
    recv_rate = R.f(r"到位率(?P<n>{N})%")
    rate(F, "到位率", recv_rate, recv, ann_p)
    short = R.f(r"未到位的(?P<n>{N})(?P<u>{U})")
    balance(F, "未到位 = 全年预算 - 到位", short, ann_p, recv)
    exec_p = R.f(r"全年执行(?P<n>{N})(?P<u>{U})，预算执行率")
    rate_p = R.f(r"，预算执行率(?P<n>{N})%；")
    bal_p = R.f(r"年末结余(?P<n>{N})(?P<u>{U})")
    rate(F, "执行率 (prose)", rate_p, exec_p, ann_p)
    balance(F, "结余 = 到位 - 执行", bal_p, recv, exec_p)

    T1 = R.block(r"表1  资金来源", r"\n\n")
    rows = {}
    labs = ["省级补助", "市级补助", "区级财政", "其他资金"]
    for lab in labs + ["合计"]:
        c = T1.row(lab, "space")
        rows[lab] = [c[1].fig(), c[2].fig(), c[3].fig(), c[4]]
        rate(F, "表1 %s 执行率" % lab, c[4], rows[lab][2], rows[lab][0])
        if rows[lab][1].v > rows[lab][0].v or rows[lab][2].v > rows[lab][1].v:
            F.err("implausible_rate", "表1 %s: 执行 > 到位 or 到位 > 预算" % lab)
    for k, name in enumerate(["全年预算数", "实际到位数", "全年执行数"]):
        total(F, "表1 %s 合计" % name, rows["合计"][k], [rows[l][k] for l in labs])
    same(F, "省级", prov, rows["省级补助"][0], money=True)
    same(F, "市级", city, rows["市级补助"][0], money=True)
    same(F, "区级", dist, rows["区级财政"][0], money=True)
    same(F, "全年预算", ann_p, rows["合计"][0], money=True)
    same(F, "到位", recv, rows["合计"][1], money=True)
    same(F, "执行", exec_p, rows["合计"][2], money=True)
    same(F, "执行率", rate_p, rows["合计"][3].fig())

    T2 = R.block(r"表2  分街道", r"\n\n")
    st = ["蓝田街道", "步文街道", "碧湖街道", "朝阳镇", "区消防救援大队"]
    rows2 = {}
    for lab in st + ["合计"]:
        c = T2.row(lab, "space")
        rows2[lab] = c[1:6]
    for k in (0, 1):
        total(F, "表2 col %d" % k, rows2["合计"][k].fig(), [rows2[s][k].fig() for s in st[:4]], money=False)
        if not (rows2["区消防救援大队"][k].dash):
            F.err("sum_mismatch", "表2 消防 row count")
    for k in (2, 3):
        total(F, "表2 col %d" % k, rows2["合计"][k].fig(), [rows2[s][k].fig() for s in st])
    same(F, "全年预算 表1/表2", rows["合计"][0], rows2["合计"][2].fig(), money=True)
    same(F, "执行 表1/表2", rows["合计"][2], rows2["合计"][3].fig(), money=True)

    sites_p = R.f(r"全年建成集中停放充电场所(?P<n>{N})处")
    ports_p = R.f(r"新增充电口(?P<n>{N})个，每处")
    all_pass = R.f(r"(?P<n>{N})处场所全部通过消防验收")
    q_rate = R.f(r"全部通过消防验收，合格率(?P<n>{N})%")
    rate(F, "验收合格率", q_rate, all_pass, sites_p, money=False)
    in_use = R.f(r"年内建成投用(?P<n>{N})处")
    use_rate = R.f(r"投用率(?P<n>{N})%")
    late = R.f(r"朝阳镇有(?P<n>{N})处场所12月下旬")
    rate(F, "投用率", use_rate, in_use, sites_p, money=False)
    total(F, "投用 + 未投用 = 总数", sites_p, [in_use, late], money=False)
    same(F, "未投用处数", late, R.f(r"(?P<n>{N})处场所年内未投入使用"))
    same(F, "场所数", sites_p, all_pass, rows2["合计"][0].fig())
    same(F, "充电口", ports_p, rows2["合计"][1].fig())
    fires = R.f(r"2019年全区发生电动自行车火灾(?P<n>{N})起")
    fires_prev = R.f(r"全区共发生电动自行车火灾(?P<n>{N})起")
    less = R.f(r"比2018年减少(?P<n>{N})起")
    balance(F, "火灾减少", less, fires_prev, fires, money=False)
    hz = R.f(r"充电隐患(?P<n>{N})处")
    daily = [R.f(r"日均充电分别为(?P<n>{N})车次"), R.f(r"日均充电分别为{N}车次、(?P<n>{N})车次"),
             R.f(r"日均充电分别为{N}车次、{N}车次、(?P<n>{N})车次"),
             R.f(r"日均充电分别为{N}车次、{N}车次、{N}车次、(?P<n>{N})车次")]
    avg = R.f(r"平均每个街道（镇）日均(?P<n>{N})车次")
    average(F, "日均充电", avg, daily)
    sys_n = R.f(r"(?P<n>{N})处场所建立了专人巡查")
    sys_rate = R.f(r"建立率(?P<n>{N})%")
    rate(F, "运维制度建立率", sys_rate, sys_n, sites_p, money=False)
    sat = R.f(r"居民满意度(?P<n>{N})%。")

    g_sites = R.f(r"新建集中停放充电场所(?P<n>{N})处以上")
    g_ports = R.f(r"新增充电口(?P<n>{N})个以上")
    g_q = R.f(r"场所消防验收合格率(?P<n>{N})%；")
    g_fire = R.f(r"控制在(?P<n>{N})起以内")
    g_sat = R.f(r"居民满意度达到(?P<n>{N})%以上")

    T3 = R.block(r"表3  项目绩效自评表", r"\n\n")
    defs = [("预算执行率", rate_p, None), ("新建集中停放充电场所", sites_p, g_sites),
            ("新增充电口", ports_p, g_ports), ("配置灭火器", None, None),
            ("场所消防验收合格率", q_rate, g_q), ("年内建成投用率", use_rate, None),
            ("单个充电口平均建设成本", None, None), ("电动自行车火灾起数", fires, g_fire),
            ("楼道违规充电隐患清理", hz, None), ("场所运维制度建立率", sys_rate, None),
            ("居民满意度", sat, g_sat)]
    inds = []
    for lab, pa, goal in defs:
        c = T3.row(r"\S+ {2,}\S+ {2,}" + lab, "space")
        c = c[3:] if len(c) == 8 else None
        if c is None:
            raise ParseError("table 3 row %r has wrong cell count" % lab)
        extra = [D(10) * exec_p.wan / ann_p.wan] if lab == "预算执行率" else []
        ind = Ind(lab, c[1], c[2], c[3], c[0].fig(), c[4].fig(), extra=extra)
        inds.append(ind)
        aq = c[2].qty()
        if pa is not None and aq is not None:
            same(F, "%s actual" % lab, pa, aq[1])
        if goal is not None and c[1].qty() is not None:
            same(F, "%s target" % lab, goal, c[1].qty()[1])
    tc = T3.row("合计", "space")
    wt, stt = tc[1].fig(), tc[2].fig()
    score_table(F, inds, wt, stt)
    st_p = R.f(r"本项目得分(?P<n>{N})分")
    same(F, "总分", stt, st_p)
    grade(F, st_p, R.m(r"评价等级为(?P<g>优秀|良好|中等|合格|较差|优|良|中|差)").group("g"))

    years(F, R, 2019, [
        (r"漳州市龙文区(?P<y>\d{4})年度", "eval"),
        (r"(?m)^(?P<y>\d{4})年，龙文区", "eval"),
        (r"(?P<y>\d{4})年，全区共发生", "prev"),
        (r"于(?P<y>\d{4})年(?P<mo>\d+)月(?:提前)?下达", "issue"),
        (r"截至(?P<y>\d{4})年12月31日", "eval"),
        (r"同意(?P<y>\d{4})年不再安排", "next"),
        (r"(?P<y>\d{4})年全区发生", "eval"),
        (r"比(?P<y>\d{4})年减少", "prev"),
        (r"(?m)^(?P<y>\d{4})年\d+月$", "report"),
    ])
    implausible_scan(F, t)


def P_jingyang(R, F):
    """sc-jingyang-ebikecharge-2021 (项目支出; Sichuan layout, tab tables)."""
    t = R.t
    init_p = R.f(r"项目年初预算(?P<n>{N})(?P<u>{U})，全部为区级")
    city = R.f(r"市级补助资金(?P<n>{N})(?P<u>{U})（")
    city2 = R.f(r"市级补助资金{N}{U}（(?P<n>{N})(?P<u>{U})）")
    same(F, "市级补助 written twice", city, city2, money=True)
    ann_p = R.f(r"全年预算调整为(?P<n>{N})(?P<u>{U})")
    dist_b = R.f(r"其中区级财政资金(?P<n>{N})(?P<u>{U})")
    city3 = R.f(r"、市级补助资金(?P<n>{N})(?P<u>{U})。")
    total(F, "全年预算 = 年初 + 市级", ann_p, [init_p, city])
    total(F, "全年预算 = 区级 + 市级", ann_p, [dist_b, city3])
    same(F, "区级", init_p, dist_b, money=True)
    same(F, "市级", city, city3, money=True)
    recv = R.f(r"全年预算资金(?P<n>{N})(?P<u>{U})已全部到位")
    same(F, "全年预算/到位", ann_p, recv, money=True)
    exec_p = R.f(r"项目实际支出(?P<n>{N})(?P<u>{U})")
    rate_p = R.f(r"，预算执行率(?P<n>{N})%；")
    bal_p = R.f(r"未支出的(?P<n>{N})(?P<u>{U})")
    rate(F, "执行率 (prose)", rate_p, exec_p, ann_p)
    balance(F, "未支出 = 到位 - 支出", bal_p, recv, exec_p)
    srates = [R.f(r"执行率分别为(?P<n>{N})%"), R.f(r"执行率分别为{N}%、(?P<n>{N})%"),
              R.f(r"执行率分别为{N}%、{N}%、(?P<n>{N})%"), R.f(r"执行率分别为{N}%、{N}%、{N}%、(?P<n>{N})%"),
              R.f(r"执行率分别为{N}%、{N}%、{N}%、{N}%、(?P<n>{N})%")]

    T1 = R.block(r"表1\t分街道", r"\n\n")
    st = ["旌阳街道", "城北街道", "城南街道", "工农街道", "八角井街道", "区消防救援大队"]
    rows = {}
    for lab in st + ["合计"]:
        rows[lab] = T1.row(lab, "\t")[1:5]
    for k in (0, 1):
        total(F, "表1 col %d" % k, rows["合计"][k].fig(), [rows[s][k].fig() for s in st[:5]], money=False)
    for k in (2, 3):
        total(F, "表1 col %d" % k, rows["合计"][k].fig(), [rows[s][k].fig() for s in st])
    for i, s in enumerate(st[:5]):
        rate(F, "%s 执行率" % s, srates[i], rows[s][3].fig(), rows[s][2].fig())
    same(F, "全年预算 表1", ann_p, rows["合计"][2].fig(), money=True)
    same(F, "支出 表1", exec_p, rows["合计"][3].fig(), money=True)

    sites_p = R.f(r"全年建成集中充电设施(?P<n>{N})处")
    avg_ports = R.f(r"平均每处设置充电口(?P<n>{N})个")
    ratio_avg(F, "平均每处充电口", avg_ports, rows["合计"][1].fig(), sites_p)
    smoke = R.f(r"配套安装烟感报警器(?P<n>{N})个")
    passed = R.f(r"消防验收合格(?P<n>{N})处")
    q_rate = R.f(r"消防验收合格{N}处，合格率(?P<n>{N})%")
    failed = R.f(r"(?P<n>{N})处设施因疏散通道")
    rate(F, "合格率", q_rate, passed, sites_p, money=False)
    total(F, "合格 + 整改 = 总数", sites_p, [passed, failed], money=False)
    in_use = R.f(r"当年建成投用(?P<n>{N})处")
    use_rate = R.f(r"投用率(?P<n>{N})%")
    rate(F, "投用率", use_rate, in_use, sites_p, money=False)
    same(F, "整改处数 (表注)", failed, R.f(r"\t(?P<n>{N})处疏散通道宽度不足"))
    balance(F, "未投用 = 总数 - 投用 (表注)", R.f(r"\t(?P<n>{N})处设施12月下旬完工"), sites_p, in_use, money=False)
    cost = R.f(r"单个充电口平均建设成本(?P<n>{N})元")
    g_cost = R.f(r"低于(?P<n>{N})元的控制目标")
    same(F, "场所数", sites_p, rows["合计"][0].fig())
    fires = R.f(r"2021年全区发生电动自行车火灾(?P<n>{N})起")
    fires_prev = R.f(r"较2020年的(?P<n>{N})起")
    less = R.f(r"起减少(?P<n>{N})起")
    balance(F, "火灾减少", less, fires_prev, fires, money=False)
    hz = R.f(r"清理楼道违规停放充电(?P<n>{N})处。")
    cover = R.f(r"运维管理覆盖率(?P<n>{N})%")
    sat = R.f(r"居民满意度(?P<n>{N})%，略低于")

    g_sites = R.f(r"新建集中充电设施不少于(?P<n>{N})处")
    g_ports = R.f(r"新增充电口不少于(?P<n>{N})个")
    g_q = R.f(r"消防验收合格率(?P<n>{N})%，全区")
    g_fire = R.f(r"火灾起数不超过(?P<n>{N})起")
    g_sat = R.f(r"居民满意度不低于(?P<n>{N})%")

    T = R.block(r"项目支出绩效自评表（", r"\n\n")
    fr = {}
    for lab in ["年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]:
        c = T.row(lab, "\t")
        fr[lab] = c
        rate(F, "自评表 %s 执行率" % lab, c[5], c[3].fig(), c[2].fig())
    for k in (1, 2, 3):
        total(F, "自评表资金 col %d" % k, fr["年度资金总额"][k].fig(),
              [fr[l][k].fig() for l in ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]])
    same(F, "年初预算", init_p, fr["年度资金总额"][1].fig(), money=True)
    same(F, "全年预算", ann_p, fr["年度资金总额"][2].fig(), money=True)
    same(F, "执行", exec_p, fr["年度资金总额"][3].fig(), money=True)
    same(F, "执行率", rate_p, fr["年度资金总额"][5].fig(), fr["其中：财政资金"][5].fig())
    ew, es = fr["年度资金总额"][4].fig(), fr["年度资金总额"][6].fig()
    # execution line of the funds block: score = weight x rate (no completion column there)
    exec_ind = Ind("预算执行率", ("=", Fig("100", 0), "%"), ("", fr["年度资金总额"][5].fig(), "%"),
                   None, ew, es, extra=[ew.v * exec_p.wan / ann_p.wan])

    defs = [("新建集中充电设施", sites_p, g_sites), ("新增充电口", rows["合计"][1].fig(), g_ports),
            ("配套安装烟感报警器", smoke, None), ("消防验收合格率", q_rate, g_q),
            ("当年建成投用率", use_rate, None), ("单个充电口平均建设成本", cost, g_cost),
            ("电动自行车火灾起数", fires, g_fire), ("清理楼道违规停放充电", hz, None),
            ("设施运维管理覆盖率", cover, None), ("居民满意度", sat, g_sat)]
    inds = []
    for name, pa, goal in defs:
        c = T.row(r"[^\t\n]+\t[^\t\n]+\t" + name, "\t")
        sign, tv, unit, av = c[3].raw, c[4], c[5].raw, c[6]
        tq = (sign, tv.fig(), unit)
        aqq = av.qty()
        aq = None if aqq is None else (None, aqq[1], unit if aqq[2] == "" else aqq[2])
        ind = Ind(name, tq, aq, c[7], c[8].fig(), c[9].fig())
        inds.append(ind)
        if pa is not None and aq is not None:
            same(F, "%s actual" % name, pa, aq[1])
        if goal is not None:
            same(F, "%s target" % name, goal, tq[1])
    tot = T.row("总分", "\t")
    wt = [c for c in tot[1:] if c.raw.strip()]
    score_table(F, [exec_ind] + inds, wt[0].fig(), wt[1].fig(),
                groups=[(Fig("90", 0), inds)])
    st_p = R.f(r"项目自评得分(?P<n>{N})分")
    same(F, "总分", wt[1].fig(), st_p)
    grade(F, st_p, R.m(r"评价等级为“(?P<g>[^”]+)”").group("g"))

    years(F, R, 2021, [
        (r"(?m)^(?P<y>\d{4})年度电动自行车", "eval"),
        (r"部署，(?P<y>\d{4})年旌阳区", "eval"),
        (r"(?P<y>\d{4})年全区已建成", "prev"),
        (r"到(?P<y>\d{4})年底", "next"),
        (r"(?P<y>\d{4})年(?P<mo>\d+)月，市级补助资金", "issue"),
        (r"截至(?P<y>\d{4})年12月31日", "eval"),
        (r"结转至(?P<y>\d{4})年", "carry"),
        (r"(?P<y>\d{4})年全区发生", "eval"),
        (r"较(?P<y>\d{4})年的", "prev"),
        (r"自评表（(?P<y>\d{4})年度）", "eval"),
        (r"(?m)^(?P<y>\d{4})年\d+月$", "report"),
    ])
    implausible_scan(F, t)


def P_shashi(R, F):
    """hb-shashi-ebikecharge-2024 (项目支出; Hubei 20 + 80 layout, ｜ tables)."""
    t = R.t
    init_p = R.f(r"项目年初预算(?P<n>{N})(?P<u>{U})，包括")
    dist = R.f(r"区级财政拨款(?P<n>{N})(?P<u>{U})和")
    carry_in = R.f(r"年结转资金(?P<n>{N})(?P<u>{U})；")
    prov = R.f(r"省级补助资金(?P<n>{N})(?P<u>{U})下达后")
    ann_p = R.f(r"全年预算调整为(?P<n>{N})(?P<u>{U})")
    total(F, "年初 = 区级 + 结转", init_p, [dist, carry_in])
    total(F, "全年 = 年初 + 省级", ann_p, [init_p, prov])

    T1 = R.block(r"表1 资金来源", r"\n\n")
    rows = {}
    labs = ["当年财政拨款", "上年结转资金", "其他资金"]
    for lab in ["年度资金总额"] + labs:
        c = T1.row(lab, "｜")
        rows[lab] = [c[1].fig(), c[2].fig(), c[3].fig(), c[4]]
        rate(F, "表1 %s" % lab, c[4], rows[lab][2], rows[lab][1])
    for k in range(3):
        total(F, "表1 col %d" % k, rows["年度资金总额"][k], [rows[l][k] for l in labs])
    total(F, "当年财政拨款 全年 = 区级 + 省级", rows["当年财政拨款"][1], [dist, prov])
    same(F, "区级 年初", dist, rows["当年财政拨款"][0], money=True)
    same(F, "结转 年初", carry_in, rows["上年结转资金"][0], rows["上年结转资金"][1], money=True)
    same(F, "年初预算", init_p, rows["年度资金总额"][0], money=True)
    same(F, "全年预算", ann_p, rows["年度资金总额"][1], money=True)

    exec_p = R.f(r"项目支出(?P<n>{N})(?P<u>{U})，预算执行率")
    rate_p = R.f(r"，预算执行率(?P<n>{N})%，未支出")
    bal_p = R.f(r"未支出的(?P<n>{N})(?P<u>{U})")
    rate(F, "执行率 (prose)", rate_p, exec_p, ann_p)
    balance(F, "未支出 = 全年预算 - 支出", bal_p, ann_p, exec_p)
    same(F, "执行", exec_p, rows["年度资金总额"][2], money=True)
    same(F, "执行率", rate_p, rows["年度资金总额"][3].fig())
    fire_spent = R.f(r"实际支出(?P<n>{N})(?P<u>{U})，结余")
    fire_bal = R.f(r"结余(?P<n>{N})(?P<u>{U})。")

    T2 = R.block(r"表2 分街道", r"\n\n")
    st = ["中山街道", "崇文街道", "解放街道", "胜利街道", "朝阳街道", "区消防救援大队"]
    r2_ = {}
    for lab in st + ["合计"]:
        r2_[lab] = T2.row(lab, "｜")[1:5]
    for k in (0, 1):
        total(F, "表2 col %d" % k, r2_["合计"][k].fig(), [r2_[s][k].fig() for s in st[:5]], money=False)
    for k in (2, 3):
        total(F, "表2 col %d" % k, r2_["合计"][k].fig(), [r2_[s][k].fig() for s in st])
    for s in st:
        if r2_[s][3].fig().v > r2_[s][2].fig().v:
            F.err("implausible_rate", "%s 执行 > 安排" % s)
    balance(F, "消防大队 结余", fire_bal, r2_["区消防救援大队"][2].fig(), fire_spent)
    same(F, "消防大队 支出", fire_spent, r2_["区消防救援大队"][3].fig(), money=True)
    same(F, "全年预算 表1/表2", ann_p, r2_["合计"][2].fig(), money=True)
    same(F, "执行 表1/表2", exec_p, r2_["合计"][3].fig(), money=True)

    sites_p = R.f(r"全年新建集中充电设施(?P<n>{N})处")
    avg = R.f(r"平均每个街道建成(?P<n>{N})处")
    average(F, "平均每个街道", avg, [r2_[s][0].fig() for s in st[:5]])
    same(F, "设施数", sites_p, r2_["合计"][0].fig())
    ports_p = R.f(r"新增充电口(?P<n>{N})个，每处")
    same(F, "充电口", ports_p, r2_["合计"][1].fig())
    passed = R.f(r"验收合格(?P<n>{N})处")
    q_rate = R.f(r"验收合格{N}处，合格率(?P<n>{N})%")
    failed = R.f(r"(?P<n>{N})处设施因防火分隔")
    rate(F, "合格率", q_rate, passed, sites_p, money=False)
    total(F, "合格 + 整改", sites_p, [passed, failed], money=False)
    in_use = R.f(r"年内投用(?P<n>{N})处")
    use_rate = R.f(r"投用率(?P<n>{N})%。")
    rate(F, "投用率", use_rate, in_use, sites_p, money=False)
    not_started = R.f(r"有(?P<n>{N})处选址")
    g_sites = R.f(r"新建集中充电设施(?P<n>{N})处以上")
    balance(F, "未开工 = 目标 - 建成", not_started, g_sites, sites_p, money=False)
    fires = R.f(r"全年全区发生电动自行车火灾(?P<n>{N})起")
    fires_prev = R.f(r"。2023年全区发生电动自行车火灾(?P<n>{N})起")
    less = R.f(r"比2023年减少(?P<n>{N})起")
    balance(F, "火灾减少", less, fires_prev, fires, money=False)
    g_fire2 = R.f(r"未完成控制在(?P<n>{N})起以内")
    hz = R.f(r"楼道违规停放隐患(?P<n>{N})处")
    sat = R.f(r"第三方调查居民满意度(?P<n>{N})%")
    g_ports = R.f(r"新增充电口(?P<n>{N})个以上")
    g_q = R.f(r"设施验收合格率(?P<n>{N})%，")
    g_use = R.f(r"设施年内投用率(?P<n>{N})%以上")
    g_fire = R.f(r"火灾控制在(?P<n>{N})起以内")
    same(F, "火灾控制目标", g_fire, g_fire2)
    g_hz = R.f(r"清理飞线充电隐患(?P<n>{N})处以上")
    g_sat = R.f(r"居民满意度(?P<n>{N})%以上")

    T3 = R.block(r"表3 项目支出绩效自评表", r"\n\n")
    c = T3.row("预算执行", "｜")
    exec_ind = Ind("预算执行率", c[2], c[3], c[4], c[5].fig(), c[6].fig(),
                   extra=[c[5].fig().v * exec_p.wan / ann_p.wan])
    same(F, "执行率 表3", rate_p, c[3].qty()[1])
    blocks = []
    heads = [R.f(r"目标一：[^（\n]+（(?P<n>{N})分）"), R.f(r"目标二：[^（\n]+（(?P<n>{N})分）"),
             R.f(r"目标三：[^（\n]+（(?P<n>{N})分）")]
    defs = [[("数量｜新建集中充电设施", sites_p, g_sites), ("数量｜新增充电口", ports_p, g_ports),
             ("质量｜设施验收合格率", q_rate, g_q)],
            [("效益｜电动自行车火灾起数", fires, g_fire), ("效益｜清理飞线充电隐患", hz, g_hz),
             ("时效｜设施年内投用率", use_rate, g_use)],
            [("满意度｜居民满意度", sat, g_sat), ("可持续｜长效运维机制", None, None)]]
    inds = [exec_ind]
    for head, block in zip(heads, defs):
        members = []
        for lab, pa, goal in block:
            c = T3.row(lab, "｜")
            ind = Ind(lab, c[2], c[3], c[4], c[5].fig(), c[6].fig(), qual_band="hubei")
            members.append(ind)
            aq = c[3].qty()
            if pa is not None and aq is not None:
                same(F, "%s actual" % lab, pa, aq[1])
            if goal is not None and c[2].qty() is not None:
                same(F, "%s target" % lab, goal, c[2].qty()[1])
        blocks.append((head, members))
        inds.extend(members)
    tc = T3.row("合计", "｜")
    w_exec = R.f(r"预算执行率(?P<n>{N})分，按执行率计分")
    w_goals = R.f(r"年度目标(?P<n>{N})分，按目标分块")
    score_table(F, inds, tc[5].fig(), tc[6].fig(), groups=blocks + [(w_exec, [exec_ind]), (w_goals, inds[1:])])
    st_p = R.f(r"项目自评得分(?P<n>{N})分")
    same(F, "总分", tc[6].fig(), st_p)
    grade(F, st_p, R.m(r"评价等级为(?P<g>优秀|良好|中等|合格|较差|优|良|中|差)").group("g"))

    years(F, R, 2024, [
        (r"荆州市沙市区(?P<y>\d{4})年度", "eval"),
        (r"(?m)^(?P<y>\d{4})年，按照", "eval"),
        (r"。(?P<y>\d{4})年全区发生", "prev"),
        (r"和(?P<y>\d{4})年结转资金", "prev"),
        (r"；(?P<y>\d{4})年(?P<mo>\d+)月省级补助资金", "issue"),
        (r"截至(?P<y>\d{4})年12月31日", "eval"),
        (r"结转至(?P<y>\d{4})年", "carry"),
        (r"比(?P<y>\d{4})年减少", "prev"),
        (r"结转资金在(?P<y>\d{4})年上半年", "next"),
        (r"(?m)^(?P<y>\d{4})年\d+月$", "report"),
    ])
    implausible_scan(F, t)


def P_pengjiang(R, F):
    """gd-pengjiang-zhujian-bumen-2025 (部门整体支出; ｜ and space tables)."""
    t = R.t
    init_p = R.f(r"部门年初预算(?P<n>{N})(?P<u>{U})")
    add_p = R.f(r"年中追加项目资金(?P<n>{N})(?P<u>{U})")
    ann_p = R.f(r"，全年预算(?P<n>{N})(?P<u>{U})。")
    total(F, "全年 = 年初 + 追加", ann_p, [init_p, add_p])
    exec_p = R.f(r"全年支出(?P<n>{N})(?P<u>{U})，部门预算执行率")
    rate_p = R.f(r"部门预算执行率(?P<n>{N})%；")
    bal_p = R.f(r"未支出的(?P<n>{N})(?P<u>{U})")
    rate(F, "部门执行率", rate_p, exec_p, ann_p)
    balance(F, "未支出 = 全年 - 支出", bal_p, ann_p, exec_p)

    T1 = R.block(r"表1 部门支出构成", r"\n\n")
    labs = {"基本支出": "基本支出", "人员经费": "其中：人员经费", "公用经费": "\u3000+公用经费",
            "项目支出": "项目支出", "合计": "合计"}
    rows = {}
    for k, lab in labs.items():
        c = T1.row(lab, "｜")
        rows[k] = [c[1].fig(), c[2].fig(), c[3]]
        rate(F, "表1 %s" % k, c[3], rows[k][1], rows[k][0])
    for k in (0, 1):
        total(F, "基本支出 = 人员 + 公用 (%d)" % k, rows["基本支出"][k], [rows["人员经费"][k], rows["公用经费"][k]])
        total(F, "合计 = 基本 + 项目 (%d)" % k, rows["合计"][k], [rows["基本支出"][k], rows["项目支出"][k]])
    same(F, "全年预算", ann_p, rows["合计"][0], money=True)
    same(F, "支出", exec_p, rows["合计"][1], money=True)
    same(F, "执行率", rate_p, rows["合计"][2].fig())

    n_proj = R.f(r"全年实施项目(?P<n>{N})个，其中重点项目")
    n_key = R.f(r"其中重点项目(?P<n>{N})个")
    scores = [R.f(r"自评得分分别为(?P<n>{N})分"), R.f(r"自评得分分别为{N}分、(?P<n>{N})分"),
              R.f(r"自评得分分别为{N}分、{N}分、(?P<n>{N})分")]
    avg = R.f(r"平均(?P<n>{N})分")
    average(F, "重点项目平均分", avg, scores)
    same(F, "重点项目个数", n_key, R.f(r"(?P<n>{N})个重点项目均已完成单位自评"),
         R.f(r"(?P<n>{N})个重点项目均按计划完工"))
    T2 = R.block(r"表2 项目支出及自评情况", r"\n\n")
    pl = ["电动自行车集中充电设施建设补助", "城镇燃气安全检查", "农村房屋安全鉴定", r"其他项目（\d+个）"]
    prow = {}
    for lab in pl + ["合计"]:
        c = T2.row(lab, "｜")
        prow[lab] = c
        rate(F, "表2 %s" % lab, c[3], c[2].fig(), c[1].fig())
    n_other = T2.f(r"其他项目（(?P<n>{N})个）")
    total(F, "项目个数", n_proj, [n_key, n_other], money=False)
    for k in (1, 2):
        total(F, "表2 col %d" % k, prow["合计"][k].fig(), [prow[l][k].fig() for l in pl])
    for i, lab in enumerate(pl[:3]):
        same(F, "%s 自评得分" % lab, scores[i], prow[lab][4].fig())
    same(F, "项目支出 表1/表2 预算", rows["项目支出"][0], prow["合计"][1].fig(), money=True)
    same(F, "项目支出 表1/表2 执行", rows["项目支出"][1], prow["合计"][2].fig(), money=True)
    same(F, "项目支出 表1/表2 执行率", rows["项目支出"][2].fig(), prow["合计"][3].fig())

    cb = R.f(r"项目全年预算(?P<n>{N})(?P<u>{U})，其中")
    cprov = R.f(r"其中省级补助(?P<n>{N})(?P<u>{U})")
    ccity = R.f(r"市级补助(?P<n>{N})(?P<u>{U})、")
    cdist = R.f(r"区级财政(?P<n>{N})(?P<u>{U})；")
    total(F, "充电项目 = 省 + 市 + 区", cb, [cprov, ccity, cdist])
    same(F, "充电项目预算", cb, prow["电动自行车集中充电设施建设补助"][1].fig(), money=True)
    fire_b = R.f(r"区消防救援大队统筹的(?P<n>{N})(?P<u>{U})")
    c_sites = R.f(r"集中充电设施(?P<n>{N})处、充电口")
    c_ports = R.f(r"处、充电口(?P<n>{N})个")
    c_piles = R.f(r"安装智能充电桩(?P<n>{N})台")

    T3 = R.block(r"表3 电动自行车集中充电设施分街道", r"\n\n")
    st = ["白沙街道", "环市街道", "北街街道", "堤东街道", "杜阮镇", "区消防救援大队"]
    r3 = {}
    for lab in st + ["合计"]:
        r3[lab] = T3.row(lab, "space")[1:6]
    for k in (0, 1, 2):
        total(F, "表3 col %d" % k, r3["合计"][k].fig(), [r3[s][k].fig() for s in st[:5]], money=False)
    for k in (3, 4):
        total(F, "表3 col %d" % k, r3["合计"][k].fig(), [r3[s][k].fig() for s in st])
    for s in st:
        if r3[s][4].fig().v > r3[s][3].fig().v:
            F.err("implausible_rate", "%s 支付 > 补助" % s)
    same(F, "充电项目预算 表3", cb, r3["合计"][3].fig(), money=True)
    same(F, "充电项目执行 表3", prow["电动自行车集中充电设施建设补助"][2].fig(), r3["合计"][4].fig(), money=True)
    same(F, "消防大队统筹", fire_b, r3["区消防救援大队"][3].fig(), money=True)
    same(F, "设施数", c_sites, r3["合计"][0].fig())
    same(F, "充电口", c_ports, r3["合计"][1].fig())
    same(F, "充电桩", c_piles, r3["合计"][2].fig())

    gas = R.f(r"入户安全检查(?P<n>{N})户")
    house = R.f(r"农村房屋安全鉴定(?P<n>{N})栋")
    g_house = R.f(r"未达到(?P<n>{N})栋的目标")
    fires = R.f(r"发生电动自行车火灾(?P<n>{N})起")
    g_fire = R.f(r"控制在(?P<n>{N})起以内")
    rect = R.f(r"隐患整改率(?P<n>{N})%")
    sat = R.f(r"服务对象满意度(?P<n>{N})%，")

    T4 = R.block(r"五、部门整体支出绩效自评表", r"\n\n")
    defs = [("预算执行｜部门预算执行率", rate_p, None), ("产出｜新建集中充电设施", c_sites, None),
            ("产出｜新增充电口", c_ports, None), ("产出｜安装智能充电桩", c_piles, None),
            ("产出｜燃气入户安全检查", gas, None), ("产出｜农村房屋安全鉴定", house, g_house),
            ("产出｜重点项目按期完成率", None, None), ("效益｜住宅小区电动自行车火灾", fires, g_fire),
            ("效益｜较大以上火灾事故", None, None), ("效益｜燃气安全隐患整改率", rect, None),
            ("满意度｜服务对象满意度", sat, None)]
    inds = []
    for lab, pa, goal in defs:
        c = T4.row(lab, "｜")
        extra = [c[5].fig().v * exec_p.wan / ann_p.wan] if lab.startswith("预算执行") else []
        ind = Ind(lab, c[2], c[3], c[4], c[5].fig(), c[6].fig(), extra=extra)
        inds.append(ind)
        aq = c[3].qty()
        if pa is not None and aq is not None:
            same(F, "%s actual" % lab, pa, aq[1])
        if goal is not None and c[2].qty() is not None:
            same(F, "%s target" % lab, goal, c[2].qty()[1])
    tc = T4.row("合计", "｜")
    score_table(F, inds, tc[5].fig(), tc[6].fig())
    st_p = R.f(r"部门整体支出自评得分(?P<n>{N})分")
    same(F, "总分", tc[6].fig(), st_p)
    grade(F, st_p, R.m(r"评价等级为(?P<g>优秀|良好|中等|合格|较差|优|良|中|差)").group("g"))

    years(F, R, 2025, [
        (r"建设局(?P<y>\d{4})年度部门整体", "eval"),
        (r"(?P<y>\d{4})年部门整体绩效目标", "eval"),
        (r"(?P<y>\d{4})年部门年初预算", "eval"),
        (r"结转至(?P<y>\d{4})年", "carry"),
        (r"(?P<y>\d{4})年全区建成同类设施", "prev"),
        (r"(?P<y>\d{4})年全区住宅小区发生", "eval"),
        (r"需在(?P<y>\d{4})年支付", "next"),
        (r"(?P<y>\d{4})年度部门整体支出自评得分", "eval"),
        (r"(?m)^(?P<y>\d{4})年\d+月$", "report"),
    ])
    implausible_scan(F, t)


PROJECTS = {
    "js-chongchuan-ebikecharge-2023": P_chongchuan,
    "fj-longwen-chongdianchangsuo-2019": P_longwen,
    "sc-jingyang-ebikecharge-2021": P_jingyang,
    "hb-shashi-ebikecharge-2024": P_shashi,
    "gd-pengjiang-zhujian-bumen-2025": P_pengjiang,
}


def run_checks(source, text):
    F = Findings()
    PROJECTS[source](Reader(text), F)
    return F


# ----------------------------------------------------------------------------- main

def one_edit(a, b):
    """Common prefix/suffix diff: (start, old, new) in a."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, a[i:len(a) - j], b[i:len(b) - j]


def main():
    problems = []
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    if len(labels) != 35:
        problems.append("labels.jsonl has %d lines, expected 35" % len(labels))
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels and case files differ")
    code_count = {}
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        text = open(path, encoding="utf-8").read()
        src = lab["source"]
        if src not in PROJECTS:
            problems.append("%s: unknown source" % lab["case"])
            continue
        try:
            F = run_checks(src, text)
        except ParseError as e:
            problems.append("%s: parse error: %s" % (lab["case"], e))
            continue
        if lab["clean"]:
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append("%s: length %d" % (lab["case"], n))
            if lab["expected"]:
                problems.append("%s: clean case with expected findings" % lab["case"])
            if F.errors or F.warnings:
                problems.append("%s: clean draft fails: %s %s" % (lab["case"], F.errors, F.warnings))
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append("%s: expected must hold one finding" % lab["case"])
            continue
        e = exp[0]
        code_count[e["code"]] = code_count.get(e["code"], 0) + 1
        if e.get("severity") != "error" or e["code"] not in CODES_A:
            problems.append("%s: bad code/severity" % lab["case"])
        got = F.codes()
        if got != [e["code"]]:
            problems.append("%s: expected [%s], checks give %s: %s" % (lab["case"], e["code"], got, F.errors))
        if text.count(e["value"]) != 1:
            problems.append("%s: value %r occurs %d times" % (lab["case"], e["value"], text.count(e["value"])))
            continue
        clean = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        s, old, new = one_edit(clean, text)
        if not old and not new:
            problems.append("%s: identical to its clean draft" % lab["case"])
            continue
        if len(old) > 40 or len(new) > 40:
            problems.append("%s: edit longer than 40 characters (%r -> %r)" % (lab["case"], old, new))
        vs = text.find(e["value"])
        ve = vs + len(e["value"])
        es, ee = s, s + max(len(new), 1)
        if not (es < ve and vs < ee):
            problems.append("%s: edit [%d,%d) does not overlap value [%d,%d)" % (lab["case"], es, ee, vs, ve))
    for c in CODES_A:
        if code_count.get(c, 0) < 2:
            problems.append("code %s used %d times (< 2)" % (c, code_count.get(c, 0)))
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("OK  %d cases, %d error cases; codes: %s" % (
        len(labels), sum(code_count.values()), ", ".join("%s=%d" % (c, code_count.get(c, 0)) for c in CODES_A)))


def coverage():
    """Development aid: change the last digit of every number in each clean draft and list
    the figures whose change no error check notices (standards, head counts, approximations,
    sub-rates beside a total, dates ... are expected here)."""
    for src in PROJECTS:
        t = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        quiet = []
        for mo in re.finditer(r"\d(?!\d)", t):
            i = mo.start()
            t2 = t[:i] + ("7" if t[i] != "7" else "3") + t[i + 1:]
            try:
                codes = run_checks(src, t2).codes()
            except ParseError:
                codes = ["parse"]
            if not codes:
                quiet.append(t[max(0, i - 10):i + 1].replace("\n", "/").replace("\t", " "))
        print("%s: %d unchecked figures" % (src, len(quiet)))
        for q in quiet:
            print("    ..." + q)


if __name__ == "__main__":
    if sys.argv[1:] == ["--coverage"]:
        coverage()
    elif len(sys.argv) > 1:
        for p in sys.argv[1:]:
            name = os.path.basename(p)
            src = re.sub(r"-(clean|e\d+)\.txt$", "", name)
            F = run_checks(src, open(p, encoding="utf-8").read())
            print(name, "errors:", F.errors, "warnings:", F.warnings)
    else:
        main()
