#!/usr/bin/env python3
"""Independent check of the drafts548 set (standard library + decimal only).

For every draft this script reads the figures back from the case text itself (regular
expressions anchored on the wording, and the tables rebuilt from their one-cell-a-line,
tab-row or flattened layouts), redoes every piece of arithmetic the draft states and tags
each failed identity with its errors.md code.  Then:

  * every clean draft must pass every check (errors and warnings);
  * every error case must fail its labelled code and no other error code;
  * each label value occurs exactly once in its case, and the case differs from its clean
    draft by one contiguous edit of at most 40 characters that overlaps the value;
  * every code of errors.md section A is labelled at least twice.

Prints OK at the end, or the problems found (exit status 1).
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
LABELS = os.path.join(HERE, "labels.jsonl")

CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
MAX_EDIT = 40
EPS = D("1e-9")
HUNDRED = D(100)
SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]
MONEY = {"万元": D(1), "元": D("0.0001"), "亿元": D(10000)}


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers

class Num:
    """A stated number: value (normalised to 万元 for money), tolerance from its decimals."""

    def __init__(self, raw, unit="", approx=False):
        raw = raw.replace(",", "").strip()
        if not re.fullmatch(r"\d+(\.\d+)?", raw):
            raise ParseError("not a number: %r" % raw)
        self.raw, self.unit, self.approx = raw, unit, approx
        d = len(raw.split(".")[1]) if "." in raw else 0
        scale = MONEY.get(unit, D(1))
        self.v = D(raw) * scale
        self.t = D("0.5") * D(10) ** -d * scale + EPS
        self.money = unit in MONEY

    def __repr__(self):
        return "%s%s%s" % ("约" if self.approx else "", self.raw, self.unit)


def N(raw, unit=""):
    approx = False
    raw = raw.strip()
    if raw.startswith("约"):
        approx, raw = True, raw[1:]
    return Num(raw, unit, approx)


def money(m, v="v", u=None, default="万元"):
    """Num from a regex match: group v and, when present, group u (unit)."""
    unit = m.group(u) if u and m.group(u) else default
    return Num(m.group(v), unit)


def q2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


SIGNS = [("＞＝", "gte"), ("＜＝", "lte"), (">=", "gte"), ("<=", "lte"), ("≥", "gte"), ("≤", "lte"),
         ("＞", "gte"), ("＜", "lte"), ("=", "eq"), ("＝", "eq")]


class Spec:
    def __init__(self, direction, num, unit):
        self.dir, self.num, self.unit = direction, num, unit


def spec(s):
    """Parse a target or actual cell: sign, number, unit; None when qualitative."""
    s = s.strip()
    direction = "eq"
    for sign, dname in SIGNS:
        if s.startswith(sign):
            direction, s = dname, s[len(sign):].strip()
            break
    m = re.fullmatch(r"(约)?(\d+(?:\.\d+)?)\s*(\S*)", s)
    if not m:
        return None
    return Spec(direction, Num(m.group(2), "", bool(m.group(1))), m.group(3))


# ---------------------------------------------------------------- checker

class Checker:
    def __init__(self, text):
        self.text = text
        self.lines = text.split("\n")
        self.fails = []   # (code, message)
        self.warns = []
        self.n = 0

    # -- finding figures
    def rx(self, pattern, flags=re.M):
        ms = list(re.finditer(pattern, self.text, flags))
        if len(ms) != 1:
            raise ParseError("pattern %r matched %d times" % (pattern, len(ms)))
        return ms[0]

    def rxall(self, pattern, count, flags=re.M):
        ms = list(re.finditer(pattern, self.text, flags))
        if len(ms) != count:
            raise ParseError("pattern %r matched %d times, expected %d" % (pattern, len(ms), count))
        return ms

    FOOTER = re.compile(r"^(— \d+ —|第 \d+ 页 共 \d+ 页)$")

    def after(self, name_lines, n):
        """The n cells (lines) after the consecutive lines name_lines (PDF copy, one cell a line);
        blank lines and page footers are skipped."""
        k = len(name_lines)
        hits = [i for i in range(len(self.lines) - k + 1) if self.lines[i:i + k] == name_lines]
        if len(hits) != 1:
            raise ParseError("cell %r found %d times" % (name_lines, len(hits)))
        out, i = [], hits[0] + k
        while len(out) < n:
            if i >= len(self.lines):
                raise ParseError("table ends after %r" % (name_lines,))
            line = self.lines[i].strip()
            i += 1
            if line == "" or self.FOOTER.match(line):
                continue
            out.append(line)
        return out

    def tabrow(self, first):
        """Cells of the unique tab-separated line whose first cell is `first`."""
        hits = [l for l in self.lines if l.split("\t")[0] == first and "\t" in l]
        if len(hits) != 1:
            raise ParseError("row %r found %d times" % (first, len(hits)))
        return hits[0].split("\t")[1:]

    # -- recording
    def chk(self, code, ok, msg):
        self.n += 1
        if not ok:
            self.fails.append((code, msg))

    def warn(self, code, ok, msg):
        self.n += 1
        if not ok:
            self.warns.append((code, msg))

    # -- identities
    @staticmethod
    def _close(a, b, tol):
        return abs(a - b) <= tol

    def _rescue(self, nums, test):
        """True when rescaling one money figure by 10^±4 / 10^±8 makes `test` hold (errors.md 11b)."""
        for i, x in enumerate(nums):
            if not x.money:
                continue
            for f in SCALES:
                vals = [y.v for y in nums]
                vals[i] = x.v * f
                if test(vals):
                    return True
        return False

    def same(self, a, b, what, code="conflicting_values"):
        """Two statements of the same quantity agree (I11)."""
        tol = max(a.t, b.t)
        if self._close(a.v, b.v, tol):
            self.chk(code, True, what)
            return
        if self._rescue([a, b], lambda v: abs(v[0] - v[1]) <= tol):
            self.chk("unit_mismatch", False, "%s: %r vs %r off by a power of ten" % (what, a, b))
        else:
            self.chk(code, False, "%s: %r vs %r" % (what, a, b))

    def total(self, tot, parts, what, code="sum_mismatch"):
        """A stated total equals the sum of its stated parts (I4)."""
        def test(v):
            return abs(sum(v[1:]) - v[0]) <= tot.t
        nums = [tot] + list(parts)
        if test([x.v for x in nums]):
            self.chk(code, True, what)
        elif self._rescue(nums, test):
            self.chk("unit_mismatch", False, "%s: reconciled only by rescaling one amount" % what)
        else:
            self.chk(code, False, "%s: %r != %s = %s" % (what, tot, "+".join(map(repr, parts)),
                                                      sum(p.v for p in parts)))

    def product(self, tot, count, each, what):
        """count × each = tot (a total of equal components)."""
        ok = abs(count.v * each.v - tot.v) <= tot.t
        self.chk("sum_mismatch", ok, "%s: %r x %r != %r" % (what, count, each, tot))

    def diff(self, stated, a, b, what, code="balance_mismatch"):
        """stated = a − b (I3)."""
        def test(v):
            return abs(v[1] - v[2] - v[0]) <= stated.t
        nums = [stated, a, b]
        if test([x.v for x in nums]):
            self.chk(code, True, what)
        elif self._rescue(nums, test):
            self.chk("unit_mismatch", False, "%s: reconciled only by rescaling" % what)
        else:
            self.chk(code, False, "%s: %r != %r - %r = %s" % (what, stated, a, b, a.v - b.v))

    def rate(self, stated, num, den, what, code="rate_mismatch"):
        """stated % = num / den × 100 (I1, I2); zero base: only '—' or 0 allowed (I5)."""
        if den.v == 0:
            ok = stated is None or stated.v == 0
            self.chk("implausible_rate", ok, "%s: rate %r on a zero base" % (what, stated))
            return
        if stated is None:
            self.chk(code, False, "%s: rate missing ('—') on a non-zero base" % what)
            return
        self.chk("implausible_rate", stated.v <= HUNDRED + EPS, "%s: rate %r above 100%%" % (what, stated))

        def test(v):
            return abs(v[1] / v[2] * HUNDRED - v[0]) <= stated.t
        nums = [stated, num, den]
        if test([x.v for x in nums]):
            self.chk(code, True, what)
        elif self._rescue(nums, test):
            self.chk("unit_mismatch", False, "%s: reconciled only by rescaling" % what)
        else:
            self.chk(code, False, "%s: %r vs %s/%s = %.4f%%" % (what, stated, num.v, den.v,
                                                             num.v / den.v * HUNDRED))

    def average(self, stated, items_total, count, what):
        ok = abs(items_total / count - stated.v) <= stated.t
        self.chk("average_mismatch", ok, "%s: %r vs %s/%s" % (what, stated, items_total, count))

    def weights(self, parent, children, what):
        ok = abs(sum(c.v for c in children) - parent.v) <= EPS
        self.chk("weight_sum_mismatch", ok, "%s: %s != %s" % (what, "+".join(map(repr, children)), parent.v))

    def scores(self, stated, parts, what):
        ok = abs(sum(p.v for p in parts) - stated.v) <= stated.t
        self.chk("score_sum_mismatch", ok, "%s: sum %s vs %r" % (what, sum(p.v for p in parts), stated))

    def grade(self, total, label, what="grade"):
        s = total.v
        band = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
        names = {"优": {"优", "优秀"}, "良": {"良", "良好"}, "中": {"中", "中等", "一般", "合格"},
                 "差": {"差", "较差", "不合格"}}
        self.chk("grade_mismatch", label in names[band], "%s: %r for %r (band %s)" % (what, label, total, band))

    def year(self, ok, what):
        self.chk("year_mismatch", ok, what)

    def exec_score(self, weight, score, rate_stated, num, den, what):
        """execution score ≤ weight (error) and = weight × min(r, 1) (warning, either rate)."""
        self.chk("score_exceeds_weight", D(0) <= score.v <= weight.v, "%s: score %r weight %r" % (what, score, weight))
        if den.v == 0:
            return
        r1 = min(num.v / den.v, D(1))
        cands = [weight.v * r1]
        if rate_stated is not None:
            cands.append(weight.v * min(rate_stated.v / HUNDRED, D(1)))
        self.warn("score_rule_mismatch", any(abs(c - score.v) <= score.t for c in cands),
                  "%s: score %r, expected %s" % (what, score, [q2(c) for c in cands]))

    def indicator(self, name, target, actual, weight, score, completion=None):
        """One indicator row: score within weight, units, completion (rules §5), plausibility."""
        w, s = Num(weight), Num(score)
        self.chk("score_exceeds_weight", D(0) <= s.v <= w.v, "%s: score %r weight %r" % (name, s, w))
        t, a = spec(target), spec(actual)
        if t is None:  # qualitative target
            if completion not in (None, "—"):
                self.chk("completion_mismatch", False, "%s: completion %r for a qualitative row" % (name, completion))
            band = (D("0.8"), D(1)) if "部分" not in actual and ("达成" in actual or "完成" in actual) \
                else (D("0.6"), D("0.8")) if "部分" in actual else (D(0), D("0.6"))
            self.warn("score_rule_mismatch", band[0] * w.v <= s.v <= band[1] * w.v,
                      "%s: qualitative %r score %r" % (name, actual, s))
            return
        if a is None:
            self.chk("unit_mismatch", False, "%s: target %r, actual %r not a figure" % (name, target, actual))
            return
        self.chk("unit_mismatch", t.unit == a.unit, "%s: target unit %r, actual unit %r" % (name, t.unit, a.unit))
        if t.unit != a.unit:
            return
        if t.unit == "%":
            self.chk("implausible_rate", a.num.v <= HUNDRED + EPS, "%s: %r above 100%%" % (name, actual))
        T, A = t.num.v, a.num.v
        if t.dir == "lte":
            comp = HUNDRED if A <= T else T / A * HUNDRED
            rule = w.v if A <= T else w.v * T / A
        elif T == 0:
            comp, rule = None, (w.v if A <= 0 else D(0))
        else:
            comp = A / T * HUNDRED
            rule = w.v * min(A / T, D(1))
        if completion is not None and completion != "—":
            c = Num(completion.rstrip("%"))
            ok = comp is not None and abs(comp - c.v) <= c.t
            self.chk("completion_mismatch", ok, "%s: completion %r vs %s" % (name, completion,
                                                                           None if comp is None else q2(comp)))
        elif completion == "—":
            self.chk("completion_mismatch", comp is None, "%s: completion '—' for a quantitative row" % name)
        self.warn("score_rule_mismatch", abs(rule - s.v) <= s.t, "%s: score %r vs rule %s" % (name, s, q2(rule)))


def pct(cell):
    """'97.52%' → Num; '—' or '' → None."""
    cell = cell.strip()
    if cell in ("—", "-", ""):
        return None
    return Num(cell.rstrip("%"))


# ---------------------------------------------------------------- P1 江西赣州 2019 (PDF copy)

def check_jx(ck):
    Y = int(ck.rx(r"^(\d{4})年度社科普及与社科规划课题资助项目$").group(1))
    ck.year(int(ck.rx(r"^（(\d{4})年度）$").group(1)) == Y, "table year vs title year")

    def frow(name):
        c = ck.after([name], 6)
        return dict(init=Num(c[0], "万元"), annual=Num(c[1], "万元"), spent=Num(c[2], "万元"),
                    weight=c[3], rate=pct(c[4]), score=c[5])
    T, F, C, O = frow("年度资金总额"), frow("其中：当年财政拨款"), frow("上年结转资金"), frow("其他资金")
    for col in ("init", "annual", "spent"):
        ck.total(T[col], [F[col], C[col], O[col]], "funds table column %s" % col)
    for nm, r in (("total", T), ("当年财政拨款", F), ("上年结转", C), ("其他资金", O)):
        ck.rate(r["rate"], r["spent"], r["annual"], "funds table %s 执行率" % nm)
    ck.exec_score(Num(T["weight"]), Num(T["score"]), T["rate"], T["spent"], T["annual"], "execution")

    m = ck.rx(r"(?P<y>\d{4})年年初预算安排(?P<v>[\d.]+)(?P<u>万元|元)")
    p_init = money(m, u="u")
    ck.year(int(m.group("y")) == Y, "年初预算 year")
    p_add = money(ck.rx(r"市财政追加(?P<v>[\d.]+)(?P<u>万元|元)"), u="u")
    m = ck.rx(r"另有(?P<y>\d{4})年结转资金(?P<v>[\d.]+)(?P<u>万元|元)")
    p_carry = money(m, u="u")
    ck.year(int(m.group("y")) == Y - 1, "上年结转 comes from the year before")
    p_annual = money(ck.rx(r"全年预算数为(?P<v>[\d.]+)(?P<u>万元|元)"), u="u")
    ck.same(p_init, T["init"], "年初预算 prose vs table")
    ck.total(F["annual"], [p_init, p_add], "年初 + 追加 = 当年财政拨款全年数")
    ck.total(p_annual, [p_init, p_add, p_carry], "全年预算 = 年初 + 追加 + 结转")
    ck.same(p_carry, C["annual"], "上年结转 prose vs table")
    ck.same(p_annual, T["annual"], "全年预算 prose vs table")
    m = ck.rx(r"截至(?P<y>\d{4})年12月31日")
    ck.year(int(m.group("y")) == Y, "截至 date year")
    p_spent = money(ck.rx(r"项目全年执行(?P<v>[\d.]+)(?P<u>万元|元)"), u="u")
    p_rate = Num(ck.rx(r"预算执行率(?P<v>[\d.]+)%").group("v"))
    ck.same(p_spent, T["spent"], "全年执行 prose vs table")
    ck.rate(p_rate, p_spent, p_annual, "prose 预算执行率")
    ck.same(p_rate, T["rate"], "执行率 prose vs table")
    ck.same(money(ck.rx(r"当年财政拨款执行(?P<v>[\d.]+)(?P<u>万元|元)"), u="u"), F["spent"], "当年财政拨款执行 prose vs table")
    p_cs = money(ck.rx(r"上年结转资金(?P<v>[\d.]+)(?P<u>万元|元)已全部执行"), u="u")
    ck.same(p_cs, C["spent"], "结转执行 prose vs table")
    ck.chk("rate_mismatch", C["spent"].v == C["annual"].v, "'已全部执行' but 结转 执行 != 全年")
    parts = [money(ck.rx(r"%s(?P<v>[\d.]+)(?P<u>万元|元)" % k), u="u") for k in
             ("按用途分，社科规划课题资助", "，社科普及活动", "，社科普及读物编印", "，课题评审及成果鉴定")]
    ck.total(p_spent, parts, "用途 breakdown = 全年执行")
    p_bal = money(ck.rx(r"未执行的(?P<v>[\d.]+)(?P<u>万元|元)"), u="u")
    ck.diff(p_bal, p_annual, p_spent, "未执行 = 全年预算 − 执行")
    ck.year(int(ck.rx(r"结转至(?P<y>\d{4})年").group("y")) > Y, "结转 goes to a later year")

    # topics
    m = ck.rx(r"立项资助市社会科学研究规划课题(?P<n>\d+)项，资助经费(?P<v>[\d.]+)(?P<u>万元|元)，平均每项资助(?P<a>[\d.]+)万元")
    n_top, v_top, avg = Num(m.group("n")), money(m, u="u"), Num(m.group("a"), "万元")
    items = ck.rxall(r"(重点|一般|青年)课题(?P<n>\d+)项，每项(?P<e>[\d.]+)万元，计(?P<t>[\d.]+)万元", 3)
    subs, counts = [], []
    for it in items:
        cnt, each, tot = Num(it.group("n")), Num(it.group("e"), "万元"), Num(it.group("t"), "万元")
        ck.product(tot, cnt, each, "%s课题 subtotal" % it.group(1))
        subs.append(tot)
        counts.append(cnt)
    m = ck.rx(r"委托课题(?P<n>\d+)项（[^）]*），资助(?P<t>[\d.]+)万元")
    subs.append(Num(m.group("t"), "万元"))
    counts.append(Num(m.group("n")))
    ck.total(v_top, subs, "topic amounts = 资助经费")
    ck.total(n_top, counts, "topic counts = 立项数")
    ck.average(avg, v_top.v, n_top.v, "平均每项资助")
    ck.same(v_top, parts[0], "资助经费 (46.5 / 46.50)")

    # indicator rows (name lines, level)
    rows = [(["资助社科规划课", "题数量"], "产出"), (["举办社科普及讲", "座场次"], "产出"),
            (["编印社科普及读", "物"], "产出"), (["2018年度立项课", "题按期结项率"], "产出"),
            (["资助经费拨付及", "时率"], "产出"), (["讲座专家课酬标", "准"], "产出"),
            (["成果获市级以上", "领导肯定性批示"], "效益"), (["社科普及受众人", "次"], "效益"),
            (["社科普及阵地长", "效运行"], "效益"), (["社会公众满意度"], "满意度")]
    R = {}
    for name, lvl in rows:
        c = ck.after(name, 5)
        key = "".join(name)
        R[key] = dict(level=lvl, target=c[0], actual=c[1], comp=c[2], weight=Num(c[3]), score=Num(c[4]))
        ck.indicator(key, c[0], c[1], c[3], c[4], c[2])
    tw, ts = ck.after(["总分"], 2)
    tw, ts = Num(tw), Num(ts)

    def act(key):
        sp = spec(R[key]["actual"])
        return sp.num

    ck.same(n_top, act("资助社科规划课题数量"), "课题数 prose vs table")
    m = ck.rx(r"(?P<y>\d{4})年度立项课题(?P<n>\d+)项，按期结项(?P<k>\d+)项，按期结项率(?P<r>[\d.]+)%")
    r = Num(m.group("r"))
    ck.rate(r, Num(m.group("k")), Num(m.group("n")), "按期结项率")
    ck.same(r, act("2018年度立项课题按期结项率"), "结项率 prose vs table")
    ck.same(Num(ck.rx(r"讲座(?P<v>\d+)场").group("v")), act("举办社科普及讲座场次"), "讲座场次 prose vs table")
    ck.same(Num(ck.rx(r"编印《赣南社科普及读本》(?P<v>\d+)册").group("v")), act("编印社科普及读物"), "读物册数")
    ck.same(N("约" + ck.rx(r"受众约(?P<v>[\d.]+)万人次").group("v")), act("社科普及受众人次"), "受众人次 (approx.)")
    ck.same(Num(ck.rx(r"全年有(?P<v>\d+)项课题成果获").group("v")), act("成果获市级以上领导肯定性批示"), "批示项数")
    ck.same(Num(ck.rx(r"每场不超过(?P<v>\d+)元").group("v")), spec(R["讲座专家课酬标准"]["target"]).num, "课酬标准")
    ck.same(Num(ck.rx(r"实际平均每场(?P<v>\d+)元").group("v")), act("讲座专家课酬标准"), "实际课酬")
    m = ck.rx(r"回收有效问卷(?P<n>\d+)份，满意及基本满意(?P<k>\d+)份，满意率(?P<r>[\d.]+)%")
    r = Num(m.group("r"))
    ck.rate(r, Num(m.group("k")), Num(m.group("n")), "满意率")
    ck.same(r, act("社会公众满意度"), "满意度 prose vs table")
    # evaluation-year mentions and goal targets restated in the text
    for pat in (r"我会对(?P<y>\d{4})年度社科普及", r"一是组织(?P<y>\d{4})年度市社会科学", r"课题资助。(?P<y>\d{4})年共立项"):
        ck.year(int(ck.rx(pat).group("y")) == Y, "year in %r" % pat)
    for pat, key in ((r"资助市级社科规划课题不少于(?P<v>\d+)项", "资助社科规划课题数量"),
                     (r"讲座不少于(?P<v>\d+)场", "举办社科普及讲座场次"),
                     (r"编印社科普及读物(?P<v>\d+)册", "编印社科普及读物"),
                     (r"受众不少于(?P<v>\d+)万人次", "社科普及受众人次"),
                     (r"满意度达到(?P<v>\d+)%以上", "社会公众满意度")):
        ck.same(Num(ck.rx(pat).group("v")), spec(R[key]["target"]).num, "goal target %s" % key)

    # weights and scores
    m = ck.rx(r"按照预算执行(?P<e>\d+)分、产出指标(?P<o>\d+)分、效益指标(?P<b>\d+)分、满意度指标(?P<s>\d+)分的权重")
    pw = {k: Num(m.group(k)) for k in "eobs"}
    ck.weights(Num("100"), list(pw.values()), "prose weights")
    ck.same(pw["e"], Num(T["weight"]), "execution weight prose vs table", code="weight_sum_mismatch")
    lv = {"产出": "o", "效益": "b", "满意度": "s"}
    for lvl, k in lv.items():
        ck.weights(pw[k], [x["weight"] for x in R.values() if x["level"] == lvl], "%s weights" % lvl)
    ck.weights(tw, [Num(T["weight"])] + [x["weight"] for x in R.values()], "table weights = 总分")
    ck.weights(Num("100"), [tw], "总分 = 100")
    all_scores = [Num(T["score"])] + [x["score"] for x in R.values()]
    ck.scores(ts, all_scores, "table total")
    m = ck.rx(r"自评得分(?P<t>[\d.]+)分，评价等级为“(?P<g>[^”]+)”。其中预算执行率得分(?P<e>[\d.]+)分，"
              r"产出指标得分(?P<o>[\d.]+)分，效益指标得分(?P<b>[\d.]+)分，满意度指标得分(?P<s>[\d.]+)分")
    pt = Num(m.group("t"))
    ck.scores(pt, all_scores, "prose total")
    ck.same(pt, ts, "total prose vs table")
    ck.same(Num(m.group("e")), Num(T["score"]), "execution score prose vs table")
    for lvl, k in lv.items():
        ck.scores(Num(m.group(k)), [x["score"] for x in R.values() if x["level"] == lvl], "%s score" % lvl)
    ck.grade(pt, m.group("g"))


# ---------------------------------------------------------------- P2 四川绵阳 2021 部门整体 (Word copy, tab rows)

def check_sc(ck):
    Y = int(ck.rx(r"^(\d{4})年度部门整体支出绩效自评报告$").group(1))
    ck.year(int(ck.rx(r"^（(\d{4})年度）$").group(1)) == Y, "table year vs title year")

    def frow(first):
        c = ck.tabrow(first)
        return dict(init=Num(c[0], "万元"), annual=Num(c[1], "万元"), spent=Num(c[2], "万元"),
                    weight=c[3], rate=pct(c[4]), score=c[5])
    T = frow("年度资金总额：")
    S = [frow("其中：财政资金"), frow("财政专户管理资金"), frow("单位资金"), frow("其他资金")]
    F, O = S[0], S[3]
    for col in ("init", "annual", "spent"):
        ck.total(T[col], [s[col] for s in S], "funds table column %s" % col)
    for i, r in enumerate([T] + S):
        ck.rate(r["rate"], r["spent"], r["annual"], "funds table row %d 执行率" % i)
    ck.exec_score(Num(T["weight"]), Num(T["score"]), T["rate"], T["spent"], T["annual"], "execution")

    m = ck.rx(r"(?P<y>\d{4})年年初预算(?P<v>[\d.]+)万元，全部为财政资金")
    ck.year(int(m.group("y")) == Y, "年初预算 year")
    p_init = money(m)
    p_add = money(ck.rx(r"年中追加财政资金(?P<v>[\d.]+)万元"))
    p_oth = money(ck.rx(r"另收到省社科联补助（其他资金）(?P<v>[\d.]+)万元"))
    m = ck.rx(r"全年预算数(?P<v>[\d.]+)万元，其中财政资金(?P<f>[\d.]+)万元、其他资金(?P<o>[\d.]+)万元")
    p_ann, p_f, p_o = money(m), money(m, "f"), money(m, "o")
    ck.same(p_init, T["init"], "年初 prose vs table")
    ck.total(p_ann, [p_init, p_add, p_oth], "全年 = 年初 + 追加 + 其他")
    ck.total(p_ann, [p_f, p_o], "全年 = 财政 + 其他 (prose)")
    ck.total(p_f, [p_init, p_add], "财政资金 = 年初 + 追加")
    ck.same(p_ann, T["annual"], "全年 prose vs table")
    ck.same(p_f, F["annual"], "财政资金 prose vs table")
    ck.same(p_o, O["annual"], "其他资金 prose vs table")
    ck.same(p_oth, p_o, "其他资金 twice in prose")

    m = ck.rx(r"(?P<y>\d{4})年全年执行(?P<v>[\d.]+)万元，预算执行率(?P<r>[\d.]+)%，较上年（(?P<ly>[\d.]+)%）提高(?P<pp>[\d.]+)个百分点")
    ck.year(int(m.group("y")) == Y, "执行 year")
    p_sp, p_r = money(m), Num(m.group("r"))
    ck.same(p_sp, T["spent"], "全年执行 prose vs table")
    ck.rate(p_r, p_sp, p_ann, "prose 执行率")
    ck.same(p_r, T["rate"], "执行率 prose vs table")
    ck.chk("rate_mismatch", abs(p_r.v - Num(m.group("ly")).v - Num(m.group("pp")).v) <= Num(m.group("pp")).t,
           "百分点 difference to last year")
    m = ck.rx(r"其中财政资金执行(?P<v>[\d.]+)万元，执行率(?P<r>[\d.]+)%；其他资金执行(?P<o>[\d.]+)万元")
    ck.same(money(m), F["spent"], "财政资金执行 prose vs table")
    ck.rate(Num(m.group("r")), money(m), p_f, "财政资金执行率 prose")
    ck.same(Num(m.group("r")), F["rate"], "财政资金执行率 prose vs table")
    ck.same(money(m, "o"), O["spent"], "其他资金执行 prose vs table")
    m = ck.rx(r"基本支出预算(?P<b>[\d.]+)万元，执行(?P<s>[\d.]+)万元，执行率(?P<r>[\d.]+)%，其中人员经费(?P<p>[\d.]+)万元、"
              r"公用经费(?P<g>[\d.]+)万元；项目支出预算(?P<pb>[\d.]+)万元，执行(?P<ps>[\d.]+)万元，执行率(?P<pr>[\d.]+)%")
    bb, bs, pb, ps = money(m, "b"), money(m, "s"), money(m, "pb"), money(m, "ps")
    ck.total(p_ann, [bb, pb], "基本 + 项目 预算 = 全年")
    ck.total(p_sp, [bs, ps], "基本 + 项目 执行 = 全年执行")
    ck.rate(Num(m.group("r")), bs, bb, "基本支出执行率")
    ck.total(bs, [money(m, "p"), money(m, "g")], "人员 + 公用 = 基本支出")
    ck.rate(Num(m.group("pr")), ps, pb, "项目支出执行率")
    keys = ["社科普及专项", "社科规划课题资助", "社科类社会组织活动补助", "《绵阳社科》编辑出版", "社科智库平台运行"]
    m = ck.rx(r"项目支出中：" + "，".join(r"%s(?P<x%d>[\d.]+)万元" % (re.escape(k), i) for i, k in enumerate(keys)))
    proj = [money(m, "x%d" % i) for i in range(len(keys))]
    ck.total(ps, proj, "project list = 项目支出执行")
    bal = money(ck.rx(r"年末结转结余(?P<v>[\d.]+)万元"))
    ck.diff(bal, p_ann, p_sp, "结转结余 = 全年 − 执行")
    ck.diff(bal, pb, ps, "结转结余 = 项目预算 − 项目执行")

    # topics and other prose figures
    m = ck.rx(r"全年资助社科规划课题(?P<n>\d+)项，其中重点课题(?P<n1>\d+)项、每项(?P<a1>[\d.]+)万元，一般课题(?P<n2>\d+)项、"
              r"每项(?P<a2>[\d.]+)万元，青年课题(?P<n3>\d+)项、每项(?P<a3>[\d.]+)万元")
    ck.total(Num(m.group("n")), [Num(m.group("n%d" % i)) for i in (1, 2, 3)], "topic counts")
    amt = sum(Num(m.group("n%d" % i)).v * Num(m.group("a%d" % i), "万元").v for i in (1, 2, 3))
    ck.chk("sum_mismatch", abs(amt - proj[1].v) <= proj[1].t, "topics n×each sum %s vs 课题资助 %r" % (amt, proj[1]))
    n_top = Num(m.group("n"))
    m = ck.rx(r"组织课题结项验收(?P<n>\d+)项（含(?P<y>\d{4})年度立项课题），验收合格(?P<k>\d+)项，合格率(?P<r>[\d.]+)%")
    r_ys = Num(m.group("r"))
    ck.rate(r_ys, Num(m.group("k")), Num(m.group("n")), "验收合格率")
    m = ck.rx(r"各类社科普及活动(?P<n>\d+)场，受众(?P<p>[\d.]+)万人次；社科普及专项支出(?P<v>[\d.]+)万元，场均经费约(?P<a>\d+)元，控制在每场(?P<c>\d+)元以内")
    n_ev, aud, kp, avg, cap = Num(m.group("n")), Num(m.group("p")), money(m), N("约" + m.group("a")), Num(m.group("c"))
    ck.average(avg, kp.v * 10000, n_ev.v, "场均经费 (元)")
    ck.same(kp, proj[0], "社科普及专项 twice")
    m = ck.rx(r"对(?P<n>\d+)个市级社科类社会组织给予活动补助(?P<v>[\d.]+)万元，平均每个(?P<a>[\d.]+)万元")
    ck.average(Num(m.group("a")), money(m).v, Num(m.group("n")).v, "学会平均补助")
    ck.same(money(m), proj[2], "学会补助 twice")
    m = ck.rx(r"获市领导肯定性批示(?P<v>\d+)项，未达到(?P<t>\d+)项的目标")
    ps_v, ps_t = Num(m.group("v")), Num(m.group("t"))

    # goal block
    m = ck.rx(r"资助社科规划课题(?P<a>\d+)项，举办社科普及活动(?P<b>\d+)场，受众(?P<c>[\d.]+)万人次；决策咨询成果获市领导批示(?P<d>\d+)项")
    g_top, g_ev, g_aud, g_ps = (Num(m.group(k)) for k in "abcd")
    m = ck.rx(r"资助社科规划课题不少于(?P<a>\d+)项；举办社科普及活动不少于(?P<b>\d+)场，受众不少于(?P<c>[\d.]+)万人次")
    g_ttop, g_tev, g_taud = (Num(m.group(k)) for k in "abc")
    for pat in (r"(?P<y>\d{4})年末核定编制", r"市社科联(?P<y>\d{4})年度部门整体支出自评得分"):
        ck.year(int(ck.rx(pat).group("y")) == Y, "year in %r" % pat)

    # indicator table
    start = ck.lines.index("一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t实际完成值\t分值\t得分\t未完成原因分析")
    R, lvl = {}, None
    for line in ck.lines[start + 1:]:
        c = line.split("\t")
        if c[0] == "总分":
            tw, ts = Num(c[7]), Num(c[8])
            break
        lvl = c[0] or lvl
        name = c[2]
        target, actual = c[3] + c[4] + c[5], c[6] + c[5]
        R[name] = dict(level=lvl.replace("指标", ""), weight=Num(c[7]), score=Num(c[8]), t=Num(c[4]), a=Num(c[6]))
        ck.indicator(name, target, actual, c[7], c[8])
    else:
        raise ParseError("no 总分 row")
    ck.same(n_top, R["资助社科规划课题"]["a"], "课题数 prose vs table")
    ck.same(g_top, R["资助社科规划课题"]["a"], "课题数 goal block vs table")
    ck.same(r_ys, R["课题结项验收合格率"]["a"], "合格率 prose vs table")
    ck.same(n_ev, R["社科普及活动场次"]["a"], "活动场次 prose vs table")
    ck.same(g_ev, R["社科普及活动场次"]["a"], "活动场次 goal block vs table")
    ck.same(aud, R["社科普及受众人次"]["a"], "受众 prose vs table")
    ck.same(g_aud, R["社科普及受众人次"]["a"], "受众 goal block vs table")
    ck.same(avg, R["社科普及活动场均经费"]["a"], "场均经费 prose vs table")
    ck.same(cap, R["社科普及活动场均经费"]["t"], "场均经费上限 prose vs table")
    ck.same(ps_v, R["决策咨询成果获市领导批示"]["a"], "批示 prose vs table")
    ck.same(g_ps, R["决策咨询成果获市领导批示"]["a"], "批示 goal block vs table")
    ck.same(ps_t, R["决策咨询成果获市领导批示"]["t"], "批示目标 prose vs table")
    ck.same(g_ttop, R["资助社科规划课题"]["t"], "goal target 课题")
    ck.same(g_tev, R["社科普及活动场次"]["t"], "goal target 活动场次")
    ck.same(g_taud, R["社科普及受众人次"]["t"], "goal target 受众")

    # weights and scores
    m = ck.rx(r"“预算执行(?P<e>\d+)分、绩效指标(?P<i>\d+)分”")
    we, wi = Num(m.group("e")), Num(m.group("i"))
    m = ck.rx(r"绩效指标(?P<i>\d+)分中，产出指标(?P<o>\d+)分、效益指标(?P<b>\d+)分、满意度指标(?P<s>\d+)分")
    ck.weights(Num("100"), [we, wi], "预算执行 + 绩效指标 = 100")
    ck.weights(Num(m.group("i")), [Num(m.group(k)) for k in "obs"], "绩效指标 weight split")
    ck.same(Num(m.group("i")), wi, "绩效指标 weight twice", code="weight_sum_mismatch")
    ck.same(we, Num(T["weight"]), "execution weight prose vs table", code="weight_sum_mismatch")
    lv = {"产出": "o", "效益": "b", "满意度": "s"}
    for l, k in lv.items():
        ck.weights(Num(m.group(k)), [x["weight"] for x in R.values() if x["level"] == l], "%s weights" % l)
    ck.weights(wi, [x["weight"] for x in R.values()], "indicator weights = 绩效指标")
    ck.weights(tw, [Num(T["weight"])] + [x["weight"] for x in R.values()], "table weights = 总分")
    ck.weights(Num("100"), [tw], "总分 = 100")
    m = ck.rx(r"自评得分(?P<t>[\d.]+)分，其中预算执行情况得分(?P<e>[\d.]+)分，绩效指标得分(?P<i>[\d.]+)分（产出指标得分(?P<o>[\d.]+)分、"
              r"效益指标得分(?P<b>[\d.]+)分、满意度指标得分(?P<s>[\d.]+)分），评价等级为(?P<g>优秀|良好|中等|合格|较差|不合格|优|良|中|差)")
    pt = Num(m.group("t"))
    allsc = [Num(T["score"])] + [x["score"] for x in R.values()]
    ck.scores(ts, allsc, "table total")
    ck.scores(pt, allsc, "prose total")
    ck.scores(pt, [Num(m.group("e")), Num(m.group("i"))], "prose total = 预算执行 + 绩效指标")
    ck.scores(Num(m.group("i")), [x["score"] for x in R.values()], "绩效指标得分")
    for l, k in lv.items():
        ck.scores(Num(m.group(k)), [x["score"] for x in R.values() if x["level"] == l], "%s score" % l)
    ck.same(Num(m.group("e")), Num(T["score"]), "execution score prose vs table")
    ck.same(pt, ts, "total prose vs table")
    ck.grade(pt, m.group("g"))


# ---------------------------------------------------------------- P3 湖南常德 2022 (PDF copy)

def check_hn(ck):
    Y = int(ck.rx(r"^(\d{4})年度社科基金课题资助及社科普及专项$").group(1))
    ck.year(int(ck.rx(r"^（(\d{4})年度）$").group(1)) == Y, "table year vs title year")

    def frow(name):
        c = ck.after([name], 6)
        return dict(init=Num(c[0], "万元"), annual=Num(c[1], "万元"), spent=Num(c[2], "万元"),
                    weight=c[3], rate=pct(c[4]), score=c[5])
    T, F, C, O = frow("年度资金总额"), frow("其中：当年财政拨款"), frow("上年结转资金"), frow("其他资金")
    for col in ("init", "annual", "spent"):
        ck.total(T[col], [F[col], C[col], O[col]], "funds table column %s" % col)
    for nm, r in (("total", T), ("当年财政拨款", F), ("上年结转", C), ("其他资金", O)):
        ck.rate(r["rate"], r["spent"], r["annual"], "funds table %s 执行率" % nm)
    ck.exec_score(Num(T["weight"]), Num(T["score"]), T["rate"], T["spent"], T["annual"], "execution")

    m = ck.rx(r"(?P<y>\d{4})年年初预算批复(?P<v>[\d.]+)万元，为市级财政拨款")
    ck.year(int(m.group("y")) == Y, "年初预算 year")
    p_init = money(m)
    ck.same(p_init, T["init"], "年初 prose vs table")
    m = ck.rx(r"(?P<y>\d{4})年6月，省社科联下达社科普及补助资金(?P<v>[\d.]+)(?P<u>万元|元)")
    ck.year(int(m.group("y")) == Y, "省补助 issued in the evaluation year")
    p_issued = money(m, u="u")
    m = ck.rx(r"全年预算(?P<v>[\d.]+)万元，其中市级财政拨款(?P<a>[\d.]+)万元、省社科联补助资金(?P<b>[\d.]+)(?P<bu>万元|元)")
    p_ann, p_city, p_prov = money(m), money(m, "a"), money(m, "b", "bu")
    ck.total(p_ann, [p_city, p_prov], "全年 = 市级 + 省补助")
    ck.same(p_ann, T["annual"], "全年 prose vs table")
    ck.same(p_city, F["annual"], "市级财政拨款 prose vs table")
    ck.same(p_prov, O["annual"], "省补助 prose vs table (其他资金)")
    ck.same(p_prov, p_issued, "省补助 twice in prose")
    m = ck.rx(r"全年实际到位(?P<v>[\d.]+)万元，到位率(?P<r>[\d.]+)%")
    ck.rate(Num(m.group("r")), money(m), p_ann, "到位率")
    m = ck.rx(r"截至(?P<y>\d{4})年12月31日，项目全年执行(?P<v>[\d.]+)万元，预算执行率(?P<r>[\d.]+)%")
    ck.year(int(m.group("y")) == Y, "截至 date year")
    p_sp, p_r = money(m), Num(m.group("r"))
    ck.same(p_sp, T["spent"], "全年执行 prose vs table")
    ck.rate(p_r, p_sp, p_ann, "prose 执行率")
    ck.same(p_r, T["rate"], "执行率 prose vs table")
    m = ck.rx(r"其中市级财政拨款执行(?P<v>[\d.]+)万元，执行率(?P<r>[\d.]+)%；其他资金(?P<o>[\d.]+)万元已全部使用")
    ck.same(money(m), F["spent"], "市级执行 prose vs table")
    ck.rate(Num(m.group("r")), money(m), p_city, "市级执行率 prose")
    ck.same(Num(m.group("r")), F["rate"], "市级执行率 prose vs table")
    ck.same(money(m, "o"), O["spent"], "其他资金执行 prose vs table")
    ck.chk("rate_mismatch", O["spent"].v == O["annual"].v, "'已全部使用' but 其他资金 执行 != 全年")
    uses = ck.rxall(r"(?P<k>课题资助经费|社科普及活动经费|课题评审鉴定及管理经费)预算(?P<b>[\d.]+)万元，执行(?P<s>[\d.]+)万元，执行率(?P<r>[\d.]+)%", 3)
    U = {}
    for u in uses:
        U[u.group("k")] = (money(u, "b"), money(u, "s"))
        ck.rate(Num(u.group("r")), money(u, "s"), money(u, "b"), "%s 执行率" % u.group("k"))
    ck.total(p_ann, [x[0] for x in U.values()], "用途 budgets = 全年")
    ck.total(p_sp, [x[1] for x in U.values()], "用途 spending = 全年执行")
    ck.diff(money(ck.rx(r"年末结余(?P<v>[\d.]+)万元")), p_ann, p_sp, "结余 = 全年 − 执行")
    ck.year(int(ck.rx(r"结转至(?P<y>\d{4})年").group("y")) > Y, "结转 goes to a later year")

    m = ck.rx(r"共受理申报课题(?P<a>\d+)项，[^。]*?立项(?P<n>\d+)项，立项率(?P<r>[\d.]+)%")
    n_top = Num(m.group("n"))
    ck.rate(Num(m.group("r")), n_top, Num(m.group("a")), "立项率")
    m = ck.rx(r"重点课题(?P<n1>\d+)项、资助(?P<a1>[\d.]+)(?P<u1>万元|元)，一般课题(?P<n2>\d+)项、资助(?P<a2>[\d.]+)(?P<u2>万元|元)，"
              r"青年专项(?P<n3>\d+)项、资助(?P<a3>[\d.]+)(?P<u3>万元|元)，合计(?P<t>[\d.]+)万元，平均每项(?P<avg>[\d.]+)万元")
    t_top = money(m, "t")
    ck.total(t_top, [money(m, "a%d" % i, "u%d" % i) for i in (1, 2, 3)], "topic amounts = 合计")
    ck.total(n_top, [Num(m.group("n%d" % i)) for i in (1, 2, 3)], "topic counts = 立项数")
    ck.average(Num(m.group("avg"), "万元"), t_top.v, n_top.v, "平均每项")
    ck.same(t_top, U["课题资助经费"][1], "课题资助 合计 vs 执行")
    ck.same(money(ck.rx(r"全年支付课题资助及普及活动等经费(?P<v>[\d.]+)万元")), T["spent"], "支付 total (过程) vs table")

    rows = [(["社科基金立项课", "题数"], "产出"), (["社科普及活动场", "次"], "产出"), (["结项成果鉴定优", "良率"], "产出"),
            (["课题资助经费拨", "付时限"], "产出"), (["课题资助经费控", "制数"], "产出"), (["成果转化应用数"], "效益"),
            (["社科普及受众人", "次"], "效益"), (["社科研究人才队", "伍建设"], "效益"), (["课题承担者满意", "度"], "满意度")]
    R = {}
    for name, lvl in rows:
        c = ck.after(name, 4)
        key = "".join(name)
        R[key] = dict(level=lvl, t=spec(c[0]), a=spec(c[1]), weight=Num(c[2]), score=Num(c[3]))
        ck.indicator(key, c[0], c[1], c[2], c[3])
    tw, ts = (Num(x) for x in ck.after(["总分"], 2))

    m = ck.rx(r"立项公布后(?P<d>\d+)天内拨付到位")
    ck.same(Num(m.group("d")), R["课题资助经费拨付时限"]["a"].num, "拨付天数 prose vs table")
    m = ck.rx(r"一是立项资助课题(?P<n>\d+)项，超过(?P<t>\d+)项的目标")
    ck.same(Num(m.group("n")), R["社科基金立项课题数"]["a"].num, "立项数 prose vs table")
    ck.same(n_top, R["社科基金立项课题数"]["a"].num, "立项数 (组织实施) vs table")
    ck.same(Num(m.group("t")), R["社科基金立项课题数"]["t"].num, "立项目标 prose vs table")
    m = ck.rx(r"全年鉴定(?P<y>\d{4})年度立项课题(?P<n>\d+)项，评为优良(?P<k>\d+)项，优良率(?P<r>[\d.]+)%")
    ck.rate(Num(m.group("r")), Num(m.group("k")), Num(m.group("n")), "优良率")
    ck.same(Num(m.group("r")), R["结项成果鉴定优良率"]["a"].num, "优良率 prose vs table")
    m = ck.rx(r"分别举办活动(?P<a>\d+)场、(?P<b>\d+)场、(?P<c>\d+)场，共(?P<t>\d+)场，平均每个区（市）(?P<avg>\d+)场")
    items = [Num(m.group(k)) for k in "abc"]
    ck.total(Num(m.group("t")), items, "活动场次 分别 list")
    ck.average(Num(m.group("avg")), sum(i.v for i in items), len(items), "平均每个区（市）")
    ck.same(Num(m.group("t")), R["社科普及活动场次"]["a"].num, "活动场次 prose vs table")
    m = ck.rx(r"四是课题资助支出(?P<v>[\d.]+)万元，控制在(?P<c>[\d.]+)万元以内")
    ck.same(money(m), Num(R["课题资助经费控制数"]["a"].num.raw, "万元"), "课题资助支出 prose vs table")
    ck.same(money(m, "c"), Num(R["课题资助经费控制数"]["t"].num.raw, "万元"), "控制数 prose vs table")
    ck.same(money(m), U["课题资助经费"][1], "课题资助支出 twice")
    m = ck.rx(r"课题成果转化应用(?P<v>\d+)项（获市领导批示(?P<a>\d+)项、被部门采纳(?P<b>\d+)项），未达到(?P<t>\d+)项的目标")
    ck.total(Num(m.group("v")), [Num(m.group("a")), Num(m.group("b"))], "转化应用 = 批示 + 采纳")
    ck.same(Num(m.group("v")), R["成果转化应用数"]["a"].num, "转化应用 prose vs table")
    ck.same(Num(m.group("t")), R["成果转化应用数"]["t"].num, "转化目标 prose vs table")
    ck.same(N("约" + ck.rx(r"社科普及受众约(?P<v>[\d.]+)万人次").group("v")), R["社科普及受众人次"]["a"].num, "受众 (approx.)")
    sat = Num(ck.rx(r"满意度调查显示满意度为(?P<v>[\d.]+)%").group("v"))
    ck.chk("implausible_rate", sat.v <= HUNDRED, "满意度 above 100%")
    ck.same(sat, R["课题承担者满意度"]["a"].num, "满意度 prose vs table")
    for pat in (r"我会对(?P<y>\d{4})年度社科基金", r"做好(?P<y>\d{4})年度项目支出", r"^\s*(?P<y>\d{4})年3月，我会印发"):
        ck.year(int(ck.rx(pat).group("y")) == Y, "year in %r" % pat)
    m = ck.rx(r"立项资助市社科基金课题不少于(?P<a>\d+)项，[^；]*；开展社科普及活动不少于(?P<b>\d+)场，受众不少于(?P<c>[\d.]+)万人次；"
              r"课题承担者满意度不低于(?P<d>\d+)%")
    for g, key in (("a", "社科基金立项课题数"), ("b", "社科普及活动场次"), ("c", "社科普及受众人次"), ("d", "课题承担者满意度")):
        ck.same(Num(m.group(g)), R[key]["t"].num, "goal target %s" % key)

    ck.weights(tw, [Num(T["weight"])] + [x["weight"] for x in R.values()], "table weights = 总分")
    ck.weights(Num("100"), [tw], "总分 = 100")
    allsc = [Num(T["score"])] + [x["score"] for x in R.values()]
    ck.scores(ts, allsc, "table total")
    m = ck.rx(r"本项目自评得分(?P<t>[\d.]+)分，评价等级为“(?P<g>[^”]+)”")
    pt = Num(m.group("t"))
    ck.scores(pt, allsc, "prose total")
    ck.same(pt, ts, "total prose vs table")
    ck.grade(pt, m.group("g"))


# ---------------------------------------------------------------- P4 山西晋中 2024 (flattened tables, seed 003 style)

def flat_blocks(lines):
    """Rows of a flattened table: runs of tab-indented lines separated by blank lines."""
    rows, cur = [], []
    for line in lines + [""]:
        if line.startswith("\t"):
            cur.append(line[1:].strip())
        else:
            if cur:
                rows.append(cur)
            cur = []
    return rows


def check_sx(ck):
    Y = int(ck.rx(r"晋中市社会科学界联合会(\d{4})年度社会科学普及专项").group(1))
    rows = flat_blocks(ck.lines)
    FR = {}
    for r in rows:
        if len(r) == 10 and r[1].startswith("("):
            FR[r[0]] = r
    need = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率", "预算执行率(%)"]
    if sorted(FR) != sorted(need):
        raise ParseError("funds rows %r" % sorted(FR))
    cols = ["总额", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他"]

    def cell(row, j, unit="万元"):
        v = FR[row][2 + j]
        return Num(v if v else "0", unit)
    for row in need[:5]:
        ck.total(cell(row, 0), [cell(row, 1), cell(row, 6), cell(row, 7)], "%s 总额 = 小计 + 结转 + 其他" % row)
        ck.total(cell(row, 1), [cell(row, j) for j in (2, 3, 4, 5)], "%s 小计 = 中央 + 省 + 市 + 县" % row)
    for j, cn in enumerate(cols):
        ck.diff(cell("资金结余", j), cell("实际到位资金", j), cell("全年执行资金", j), "(5)=(3)-(4) %s" % cn)
        for rname, numr in (("预算到位率", "实际到位资金"), ("预算执行率(%)", "全年执行资金")):
            raw = FR[rname][2 + j]
            ck.rate(Num(raw) if raw else None, cell(numr, j), cell("全年预算资金", j), "%s %s" % (rname, cn))

    IR = {}
    lvl = None
    for r in rows:
        if len(r) == 9 and re.fullmatch(r"[\d.]+", r[3] or "x"):
            lvl = r[0] or lvl
            IR[r[2]] = dict(level=lvl.replace("指标", ""), target=r[4], actual=r[5], comp=r[6],
                            weight=Num(r[3]), score=Num(r[7]))
            if r[2] == "预算执行率":
                ck.same(Num(r[5].rstrip("%")), Num(FR["预算执行率(%)"][2]), "执行率 table vs funds table")
                ck.exec_score(Num(r[3]), Num(r[7]), pct(r[5]), cell("全年执行资金", 0), cell("全年预算资金", 0),
                              "execution")
                ck.indicator(r[2], r[4], r[5], r[3], r[7], r[6])
            else:
                ck.indicator(r[2], r[4], r[5], r[3], r[7], r[6])
    if len(IR) != 9:
        raise ParseError("indicator rows %d" % len(IR))

    def act(k):
        return spec(IR[k]["actual"]).num

    def tgt(k):
        return spec(IR[k]["target"]).num

    m = ck.rx(r"(?P<y>\d{4})年市财政局批复社会科学普及专项年初预算(?P<v>[\d.]+)万元")
    ck.year(int(m.group("y")) == Y, "批复 year")
    ck.same(money(m), cell("年初预算资金", 0), "年初 prose vs table")
    ck.year(int(ck.rx(r"市财政局(?P<y>\d{4})年部门预算批复").group("y")) == Y, "立项依据 budget year")
    m = ck.rx(r"全年预算资金(?P<a>[\d.]+)万元，实际到位(?P<r>[\d.]+)万元，全年执行(?P<s>[\d.]+)万元，资金结余(?P<b>[\d.]+)万元，预算执行率(?P<rate>[\d.]+)%")
    pa, pr, psp, pb = money(m, "a"), money(m, "r"), money(m, "s"), money(m, "b")
    ck.same(pa, cell("全年预算资金", 0), "全年预算 prose vs table")
    ck.same(pr, cell("实际到位资金", 0), "到位 prose vs table")
    ck.same(psp, cell("全年执行资金", 0), "执行 prose vs table")
    ck.same(pb, cell("资金结余", 0), "结余 prose vs table")
    ck.diff(pb, pr, psp, "prose 结余 = 到位 − 执行")
    ck.rate(Num(m.group("rate")), psp, pa, "prose 执行率")
    ck.same(Num(m.group("rate")), Num(FR["预算执行率(%)"][2]), "执行率 prose vs table")
    m = ck.rx(r"社科普及基地建设补助预算(?P<b1>[\d.]+)万元，实际支出(?P<s1>[\d.]+)万元（新建基地(?P<n1>\d+)个、提档升级基地(?P<n2>\d+)个，"
              r"每个补助(?P<u>[\d.]+)万元），结余(?P<bal>[\d.]+)万元")
    b1, s1 = money(m, "b1"), money(m, "s1")
    ck.product(s1, Num(str(int(m.group("n1")) + int(m.group("n2")))), Num(m.group("u"), "万元"), "基地补助 (6+2)×3.00")
    ck.diff(money(m, "bal"), b1, s1, "基地补助结余")
    n_new = Num(m.group("n1"))
    ck.same(Num(m.group("u")), tgt("单个基地建设补助标准"), "补助标准 vs table target")
    m = ck.rx(r"社科普及活动经费预算(?P<b>[\d.]+)万元，实际支出(?P<s>[\d.]+)万元，结余(?P<bal>[\d.]+)万元")
    b2, s2 = money(m, "b"), money(m, "s")
    ck.diff(money(m, "bal"), b2, s2, "活动经费结余")
    m = ck.rx(r"社科普及读物编印经费预算(?P<b>[\d.]+)万元，实际支出(?P<s>[\d.]+)万元")
    b3, s3 = money(m, "b"), money(m, "s")
    ck.total(pa, [b1, b2, b3], "分项目 budgets = 全年预算")
    ck.total(psp, [s1, s2, s3], "分项目 spending = 全年执行")
    m = ck.rx(r"省级补助资金(?P<v>[\d.]+)万元已于(?P<y>\d{4})年4月")
    ck.year(int(m.group("y")) == Y, "省级补助 year")
    ck.same(money(m), cell("全年预算资金", 3), "省级补助 prose vs table (2)")
    ck.same(money(m), cell("实际到位资金", 3), "省级补助 prose vs table (3)")
    ck.same(Num(ck.rx(r"全年新建市级社科普及基地(?P<v>\d+)个").group("v")), act("新建市级社科普及基地"), "新建基地 prose vs table")
    ck.same(n_new, act("新建市级社科普及基地"), "新建基地 (分项目) vs table")
    ck.same(Num(ck.rx(r"全市社科普及受众(?P<v>[\d.]+)万人次").group("v")), act("社科普及受众人次"), "受众 prose vs table")
    m = ck.rx(r"社科普及基地平均开放(?P<v>\d+)天，[^。]*?未达到(?P<t>\d+)天的目标")
    ck.same(Num(m.group("v")), act("社科普及基地年开放天数"), "开放天数 prose vs table")
    ck.same(Num(m.group("t")), tgt("社科普及基地年开放天数"), "开放天数目标 prose vs table")
    sat = Num(ck.rx(r"社会公众满意度达(?P<v>[\d.]+)%").group("v"))
    ck.chk("implausible_rate", sat.v <= HUNDRED, "满意度 above 100%")
    ck.same(sat, act("社会公众满意度"), "满意度 prose vs table")
    m = ck.rx(r"新建市级社科普及基地(?P<a>\d+)个以上，举办社科普及讲座(?P<b>\d+)场以上，编印社科普及读物，"
              r"社科普及受众(?P<c>\d+)万人次以上，社会公众满意度(?P<d>\d+)%以上")
    ck.same(Num(m.group("a")), tgt("新建市级社科普及基地"), "目标 新建基地")
    ck.same(Num(m.group("b")), tgt("举办社科普及讲座"), "目标 讲座")
    ck.same(Num(m.group("c")), tgt("社科普及受众人次"), "目标 受众")
    ck.same(Num(m.group("d")), tgt("社会公众满意度"), "目标 满意度")

    ck.weights(Num("100"), [x["weight"] for x in IR.values()], "weights = 100")
    m = ck.rx(r"总得分(?P<t>[\d.]+)分，属于\"(?P<g>[^\"]+)\"。其中预算执行指标得分(?P<e>[\d.]+)分，产出指标得分(?P<o>[\d.]+)分，"
              r"效益指标得分(?P<b>[\d.]+)分，满意度指标得分(?P<s>[\d.]+)分")
    pt = Num(m.group("t"))
    ck.scores(pt, [x["score"] for x in IR.values()], "prose total")
    ck.scores(pt, [Num(m.group(k)) for k in "eobs"], "prose total = level scores")
    for l, k in (("预算执行", "e"), ("产出", "o"), ("效益", "b"), ("满意度", "s")):
        ck.scores(Num(m.group(k)), [x["score"] for x in IR.values() if x["level"] == l], "%s score" % l)
    ck.grade(pt, m.group("g"))


# ---------------------------------------------------------------- P5 湖北宜昌 2025 (web page, Hubei 20 + 80)

def check_hb(ck):
    Y = int(ck.rx(r"^宜昌市社会科学界联合会(\d{4})年度社科研究课题资助").group(1))
    ck.year(int(ck.rx(r"^(\d{4})年度项目绩效自评表$").group(1)) == Y, "table year vs title year")
    m = ck.rx(r"(?P<y>\d{4})年年初预算(?P<v>[\d.]+)万元，为当年财政拨款；上年结转资金(?P<c>[\d.]+)万元（(?P<cy>\d{4})年度课题结项尾款），"
              r"全年预算数(?P<a>[\d.]+)万元。全年执行(?P<s>[\d.]+)万元，预算执行率(?P<r>[\d.]+)%。其中当年财政拨款执行(?P<fs>[\d.]+)万元，"
              r"执行率(?P<fr>[\d.]+)%；上年结转资金(?P<cs>[\d.]+)万元全部执行完毕")
    ck.year(int(m.group("y")) == Y, "年初预算 year")
    ck.year(int(m.group("cy")) == Y - 1, "上年结转 comes from the year before")
    pv, pc, pa, ps, pfs, pcs = (money(m, k) for k in ("v", "c", "a", "s", "fs", "cs"))
    pr, pfr = Num(m.group("r")), Num(m.group("fr"))
    ck.total(pa, [pv, pc], "全年 = 年初 + 结转")
    ck.total(ps, [pfs, pcs], "执行 = 当年 + 结转")
    ck.rate(pr, ps, pa, "prose 执行率")
    ck.rate(pfr, pfs, pv, "当年财政拨款执行率")
    ck.same(pcs, pc, "上年结转 twice")
    ck.chk("rate_mismatch", pcs.v == pc.v, "'全部执行完毕' but 结转执行 != 结转")
    keys = ["课题资助", "社科普及活动", "成果汇编及《三峡社科》出版", "课题评审与管理"]
    m = ck.rx(r"按用途分：" + "，".join(r"%s(?P<x%d>[\d.]+)(?P<u%d>万元|元)" % (re.escape(k), i, i) for i, k in enumerate(keys)))
    uses = [money(m, "x%d" % i, "u%d" % i) for i in range(len(keys))]
    ck.total(ps, uses, "用途 breakdown = 全年执行")
    m = ck.rx(r"未执行的(?P<v>[\d.]+)万元为(?P<y>\d{4})年第四季度结项的(?P<n>\d+)项课题尾款，已结转至(?P<ty>\d{4})年使用")
    ck.diff(money(m), pa, ps, "未执行 = 全年 − 执行")
    ck.year(int(m.group("y")) == Y, "第四季度 year")
    ck.year(int(m.group("ty")) > Y, "结转 goes to a later year")
    ck.year(int(ck.rx(r"顺延至(?P<y>\d{4})年认定").group("y")) > Y, "顺延 goes to a later year")
    for pat in (r"开展(?P<y>\d{4})年度预算绩效自评", r"我会对(?P<y>\d{4})年度社科研究课题", r"课题资助情况。(?P<y>\d{4})年度立项"):
        ck.year(int(ck.rx(pat).group("y")) == Y, "year in %r" % pat)

    m = ck.rx(r"立项资助市社科研究课题(?P<n>\d+)项，资助经费(?P<v>[\d.]+)万元")
    n_top, v_top = Num(m.group("n")), money(m)
    ck.same(v_top, uses[0], "课题资助 twice")
    its = ck.rxall(r"^(重大|重点|一般|青年)课题(?P<n>\d+)项，每项(?P<e>[\d.]+)万元，计(?P<t>[\d.]+)万元", 4)
    for it in its:
        ck.product(Num(it.group("t"), "万元"), Num(it.group("n")), Num(it.group("e"), "万元"), "%s课题" % it.group(1))
    ck.total(v_top, [Num(it.group("t"), "万元") for it in its], "topic amounts")
    ck.total(n_top, [Num(it.group("n")) for it in its], "topic counts")

    kv = {k: ck.rx(r"^%s：(?P<v>[\d.]+)(?:万元|%%)?$" % k).group("v") for k in ("全年预算数", "全年执行数", "分值", "执行率", "得分")}
    k_a, k_s = Num(kv["全年预算数"], "万元"), Num(kv["全年执行数"], "万元")
    k_w, k_r, k_sc = Num(kv["分值"]), Num(kv["执行率"]), Num(kv["得分"])
    ck.same(k_a, pa, "全年预算 block vs prose")
    ck.same(k_s, ps, "全年执行 block vs prose")
    ck.rate(k_r, k_s, k_a, "block 执行率")
    ck.same(k_r, pr, "执行率 block vs prose")
    ck.exec_score(k_w, k_sc, k_r, k_s, k_a, "execution (20 × rate)")

    start = ck.lines.index("年度目标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t完成率\t分值\t得分\t偏差原因分析及改进措施")
    R, goal = {}, None
    for line in ck.lines[start + 1:]:
        c = line.split("\t")
        if c[0] == "合计":
            tw, ts = Num(c[7]), Num(c[8])
            break
        goal = c[0] or goal
        R[c[3]] = dict(goal=goal, t=spec(c[4]), a=spec(c[5]), weight=Num(c[7]), score=Num(c[8]))
        ck.indicator(c[3], c[4], c[5], c[7], c[8], c[6])
    else:
        raise ParseError("no 合计 row")

    m = ck.rx(r"立项课题(?P<n>\d+)项中按期开题(?P<k>\d+)项，开题率(?P<r>[\d.]+)%")
    ck.same(Num(m.group("n")), n_top, "立项数 twice")
    ck.same(Num(m.group("n")), R["资助社科研究课题数"]["a"].num, "立项数 prose vs table")
    ck.rate(Num(m.group("r")), Num(m.group("k")), Num(m.group("n")), "开题率")
    ck.same(Num(m.group("r")), R["课题按期开题率"]["a"].num, "开题率 prose vs table")
    m = ck.rx(r"课题经费在立项后(?P<d>\d+)天拨付，超过(?P<t>\d+)天的时限要求")
    ck.same(Num(m.group("d")), R["课题经费拨付时限"]["a"].num, "拨付天数")
    ck.same(Num(m.group("t")), R["课题经费拨付时限"]["t"].num, "拨付时限")
    m = ck.rx(r"全年有(?P<v>\d+)项成果获市级以上领导批示或被部门采纳，未达到(?P<t>\d+)项的目标")
    ck.same(Num(m.group("v")), R["成果获市级以上领导批示或部门采纳"]["a"].num, "批示采纳")
    ck.same(Num(m.group("t")), R["成果获市级以上领导批示或部门采纳"]["t"].num, "批示采纳目标")
    m = ck.rx(r"全年举办社科普及活动(?P<a>\d+)场，新认定市级社科普及基地(?P<b>\d+)个，出版社科普及读物(?P<c>\d+)种，社科普及受众(?P<d>[\d.]+)万人次")
    for g, k in (("a", "举办社科普及活动"), ("b", "新认定市级社科普及基地"), ("c", "社科普及读物出版"), ("d", "社科普及受众人次")):
        ck.same(Num(m.group(g)), R[k]["a"].num, "%s prose vs table" % k)
    m = ck.rx(r"发放问卷(?P<n>\d+)份，满意(?P<k>\d+)份，满意度(?P<r>[\d.]+)%，略低于(?P<t>\d+)%的目标")
    ck.rate(Num(m.group("r")), Num(m.group("k")), Num(m.group("n")), "满意度")
    ck.same(Num(m.group("r")), R["社会公众满意度"]["a"].num, "满意度 prose vs table")
    ck.same(Num(m.group("t")), R["社会公众满意度"]["t"].num, "满意度目标")
    m = ck.rx(r"一般课题(?P<n>\d+)项，每项(?P<e>[\d.]+)万元")
    ck.same(Num(m.group("e")), R["单个一般课题资助标准"]["a"].num, "一般课题资助标准 prose vs table")

    # weights
    m = ck.rx(r"按照预算执行(?P<e>\d+)分、两项年度目标各(?P<g>\d+)分的评分办法")
    we, wg = Num(m.group("e")), Num(m.group("g"))
    ck.weights(Num("100"), [we, wg, wg], "20 + 40 + 40")
    ck.same(we, k_w, "execution weight prose vs block", code="weight_sum_mismatch")
    gw = {}
    for g in ("目标1", "目标2"):
        gw[g] = Num(ck.rx(r"^%s：.*（(?P<w>\d+)分）$" % g).group("w"))
        ck.same(gw[g], wg, "%s weight" % g, code="weight_sum_mismatch")
        ck.weights(gw[g], [x["weight"] for x in R.values() if x["goal"] == g], "%s row weights" % g)
    ck.weights(tw, [k_w] + [x["weight"] for x in R.values()], "合计 weights")
    ck.weights(Num("100"), [tw], "合计 = 100")
    # scores
    m = ck.rx(r"项目自评得分(?P<t>[\d.]+)分，其中预算执行得分(?P<e>[\d.]+)分，目标1得分(?P<g1>[\d.]+)分，目标2得分(?P<g2>[\d.]+)分，"
              r"综合评定等级为“(?P<gr>[^”]+)”")
    pt = Num(m.group("t"))
    allsc = [k_sc] + [x["score"] for x in R.values()]
    ck.scores(ts, allsc, "table total")
    ck.scores(pt, allsc, "prose total")
    ck.scores(pt, [Num(m.group(k)) for k in ("e", "g1", "g2")], "prose total = parts")
    ck.same(Num(m.group("e")), k_sc, "execution score prose vs block")
    for g, k in (("目标1", "g1"), ("目标2", "g2")):
        ck.scores(Num(m.group(k)), [x["score"] for x in R.values() if x["goal"] == g], "%s score" % g)
    ck.same(pt, ts, "total prose vs table")
    ck.grade(pt, m.group("gr"))


PROJECTS = {
    "jx-ganzhou-sheke-2019": check_jx,
    "sc-mianyang-sheke-bumen-2021": check_sc,
    "hn-changde-shekejijin-2022": check_hn,
    "sx-jinzhong-kepu-2024": check_sx,
    "hb-yichang-sheke-2025": check_hb,
}


def run(source, text):
    ck = Checker(text)
    PROJECTS[source](ck)
    return ck


def occurrences(text, value):
    out, i = [], text.find(value)
    while value and i >= 0:
        out.append(i)
        i = text.find(value, i + 1)
    return out


def edit_region(a, b):
    """Single differing region between a (clean) and b (case): (start, end_in_a, end_in_b)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    q = 0
    while q < min(len(a), len(b)) - p and a[-1 - q] == b[-1 - q]:
        q += 1
    return p, len(a) - q, len(b) - q


def main():
    problems = []
    labels = [json.loads(l) for l in open(LABELS, encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append("labels.jsonl has %d lines, expected 35" % len(labels))
    clean_text, code_count = {}, {}
    checks_run = 0
    for rec in labels:
        if rec["clean"]:
            clean_text[rec["source"]] = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
    if sorted(clean_text) != sorted(PROJECTS):
        problems.append("clean drafts %r" % sorted(clean_text))
    for rec in labels:
        name, src = rec["case"], rec["source"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        try:
            ck = run(src, text)
        except ParseError as exc:
            problems.append("%s: cannot read figures: %s" % (name, exc))
            continue
        checks_run += ck.n
        failed = sorted({c for c, _ in ck.fails})
        if rec["clean"]:
            if rec["expected"]:
                problems.append("%s: clean case with labels" % name)
            if not 1500 <= len(text) <= 5000:
                problems.append("%s: %d characters" % (name, len(text)))
            for c, msg in ck.fails + ck.warns:
                problems.append("%s (clean): %s %s" % (name, c, msg))
            continue
        if len(rec["expected"]) != 1:
            problems.append("%s: %d labels" % (name, len(rec["expected"])))
            continue
        exp = rec["expected"][0]
        code_count[exp["code"]] = code_count.get(exp["code"], 0) + 1
        if exp["code"] not in CODES_A or exp["severity"] != "error":
            problems.append("%s: bad code/severity %r" % (name, exp))
        if failed != [exp["code"]]:
            problems.append("%s: labelled %s, checks fail %s: %s" % (name, exp["code"], failed, ck.fails))
        occ = occurrences(text, exp["value"])
        if len(occ) != 1:
            problems.append("%s: value %r occurs %d times" % (name, exp["value"], len(occ)))
            continue
        clean = clean_text[src]
        p, ea, eb = edit_region(clean, text)
        if eb - p > MAX_EDIT or ea - p > MAX_EDIT or (ea == p and eb == p):
            problems.append("%s: edit region old %d / new %d chars" % (name, ea - p, eb - p))
        v0, v1 = occ[0], occ[0] + len(exp["value"])
        if not (p < v1 and v0 < max(eb, p + 1)):
            problems.append("%s: edit [%d,%d) does not overlap value [%d,%d)" % (name, p, eb, v0, v1))
        if exp["value"] in clean:
            problems.append("%s: value also present in the clean draft" % name)
    for c in CODES_A:
        if code_count.get(c, 0) < 2:
            problems.append("code %s labelled %d times (< 2)" % (c, code_count.get(c, 0)))
    if problems:
        for p in problems:
            print("FAIL", p)
        return 1
    print("%d cases, %d checks run; per code: %s" % (len(labels), checks_run,
                                                    ", ".join("%s %d" % (c, code_count[c]) for c in CODES_A)))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
