#!/usr/bin/env python3
"""Verify the drafts525 set.

For every case the figures are read back from the case text (regular expressions anchored on the
wording of each draft, and a table reader for each table layout), and every piece of arithmetic the
draft contains is recomputed with Decimal under the rules of /work/shared/domain/rules.md §5-§8.
Each failed identity is reported with the error code errors.md assigns to it.

Requirements checked:
  * every clean draft passes every check (no finding of any code, warnings included);
  * every error case fails its labelled code and no other code (a failure to read a figure counts as
    a failure of another code);
  * each label value occurs exactly once in its case, the case differs from its clean draft by one
    contiguous edit of at most 40 characters, and the edit overlaps the value;
  * each error code of errors.md §A is labelled at least twice; 35 lines, 5 clean.
Standard library and decimal only. Prints OK on success.
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
MONEY = {"万元": D(1), "元": D("0.0001"), "亿元": D(10000)}
RESCALE = [D(10000), D("0.0001"), D(100000000), D("0.00000001")]


class ParseError(Exception):
    pass


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


class Num:
    """A figure as written: value, decimals, unit; money figures carry their 万元 value."""

    def __init__(self, raw, unit="", approx=False, label=""):
        raw = raw.replace(",", "").strip()
        if not re.fullmatch(r"-?\d+(?:\.\d+)?", raw):
            raise ParseError("not a number: %r (%s)" % (raw, label))
        self.raw, self.unit, self.approx, self.label = raw, unit.strip(), approx, label
        self.v = D(raw)
        self.d = len(raw.split(".")[1]) if "." in raw else 0
        self.scale = MONEY.get(self.unit, D(1))
        self.money = self.unit in MONEY

    @property
    def w(self):  # value in 万元 for money, else as written
        return self.v * self.scale

    @property
    def tol(self):  # half a unit of the last written digit, in the same scale as .w
        return D(5) * D(10) ** (-self.d - 1) * self.scale + D("1e-9")

    def __repr__(self):
        return "%s%s" % (self.raw, self.unit)


class Ctx:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.fails = []  # (code, message)

    # ---------- reading ----------
    def m(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseError("pattern %r matched %d times" % (pat, len(ms)))
        return ms[0]

    def num(self, pat, unit=None, label=""):
        """pat has group 1 = number and, if unit is None, group 2 = unit."""
        mm = self.m(pat)
        u = unit if unit is not None else mm.group(2)
        return Num(mm.group(1), u, label=label or pat)

    def fail(self, code, msg):
        self.fails.append((code, msg))

    # ---------- checks ----------
    def _rescued(self, test, inputs):
        """True when the check passes after rescaling one money figure by 10^±4 or 10^±8."""
        for i, x in enumerate(inputs):
            if not x.money:
                continue
            for f in RESCALE:
                vals = [y.w * (f if j == i else 1) for j, y in enumerate(inputs)]
                if test(vals):
                    return True
        return False

    def calc(self, code, stated, fn, inputs, what):
        """stated ≈ fn(*inputs) (values in 万元 for money), within the stated decimals."""
        allin = list(inputs) + [stated]

        def test(vals):
            *iv, sv = vals
            c = fn(*iv)
            scale = (sv / stated.w) if stated.w != 0 else D(1)
            return abs(c - sv) <= stated.tol * abs(scale)

        vals = [x.w for x in allin]
        if test(vals):
            return
        if self._rescued(test, allin):
            self.fail("unit_mismatch", "%s: %s reconciles only after rescaling a money unit" % (what, stated))
            return
        c = fn(*[x.w for x in inputs])
        self.fail(code, "%s: stated %s, computed %s" % (what, stated, c))

    def same(self, a, b, what, code="conflicting_values"):
        """Two statements of one quantity."""
        def test(vals):
            return abs(vals[0] - vals[1]) <= max(a.tol, b.tol)
        if test([a.w, b.w]):
            return
        if self._rescued(test, [a, b]):
            self.fail("unit_mismatch", "%s: %s vs %s differ by a money unit" % (what, a, b))
            return
        self.fail(code, "%s: %s vs %s" % (what, a, b))

    def rate(self, stated, num, den, what, code="rate_mismatch", cap=True):
        """stated % = num/den×100; a zero base allows only '—'/'0'; rates above 100% are implausible."""
        if isinstance(stated, str):  # '—' or empty cell
            if den.w != 0:
                self.fail(code, "%s: rate missing ('%s') on a non-zero base" % (what, stated))
            return
        if den.w == 0:
            if stated.v != 0:
                self.fail("implausible_rate", "%s: %s%% on a zero base" % (what, stated.raw))
            return
        if cap and stated.v > 100:
            self.fail("implausible_rate", "%s: %s%% exceeds 100%%" % (what, stated.raw))
        self.calc(code, stated, lambda a, b: a / b * 100, [num, den], what)

    def total(self, code, stated, parts, what):
        self.calc(code, stated, lambda *xs: sum(xs, D(0)), parts, what)

    def diff(self, code, stated, a, b, what):
        self.calc(code, stated, lambda x, y: x - y, [a, b], what)

    def year_is(self, y, what, offset=0):
        if int(y) != self.year + offset:
            self.fail("year_mismatch", "%s: %s, expected %d" % (what, y, self.year + offset))

    def year_after(self, y, what):
        if int(y) <= self.year:
            self.fail("year_mismatch", "%s: carried over to %s, not after %d" % (what, y, self.year))

    def issued(self, y, month, what):
        """Funds issued in the evaluation year, or in advance in the December before it."""
        y, month = int(y), int(month)
        if not (y == self.year or (y == self.year - 1 and month == 12)):
            self.fail("year_mismatch", "%s: issued %d-%02d in a %d report" % (what, y, month, self.year))

    def grade(self, label, total, what):
        s = total.v
        want = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
        norm = {"优秀": "优", "良好": "良", "中等": "中", "一般": "中", "合格": "中", "较差": "差", "不合格": "差"}
        if norm.get(label, label) != want:
            self.fail("grade_mismatch", "%s: grade %s for total %s (band %s)" % (what, label, total, want))

    def plausible_pct(self, n, what):
        if n.v > 100 or n.v < 0:
            self.fail("implausible_rate", "%s: %s%%" % (what, n.raw))


# ---------------- table readers ----------------

def clean_cell(c):
    c = re.sub(r"<[^>]+>", "", c).replace("&nbsp;", "")
    return c.strip()


def block(text, start, end):
    i = text.find(start)
    if i < 0 or text.find(start, i + 1) >= 0:
        raise ParseError("table start %r not unique" % start)
    j = text.find(end, i + len(start)) if end else len(text)
    if j < 0:
        raise ParseError("table end %r not found" % end)
    return text[i:j]


def cell_rows(text, start, end):
    """One cell per line, each line tab-indented, rows separated by an empty line."""
    rows = []
    for chunk in block(text, start, end).split("\n\n"):
        cells = [clean_cell(l[1:]) for l in chunk.split("\n") if l.startswith("\t")]
        if cells:
            rows.append(cells)
    return rows


def tab_rows(text, start, end):
    return [[clean_cell(c) for c in l.split("\t")] for l in block(text, start, end).split("\n") if "\t" in l]


def space_rows(text, start, end):
    return [re.split(r" {2,}", l.strip()) for l in block(text, start, end).split("\n") if l.strip()]


def money_cell(s, label):
    s = clean_cell(s)
    return Num(s if s else "0", "万元", label=label)


def pct_cell(s, label):
    s = clean_cell(s).rstrip("%")
    if s in ("—", "-", ""):
        return s or "—"
    return Num(s, "%", label=label)


# ---------------- indicators ----------------

SIGNS = {"≥": "gte", ">=": "gte", "＞＝": "gte", "≤": "lte", "<=": "lte", "＜＝": "lte", "=": "eq", "": "eq"}
DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日前?$")


class Ind:
    def __init__(self, l1, name, target, actual, comp, weight, score, label):
        self.l1, self.name, self.label = l1, name, label
        self.w = Num(weight, label=label + " 分值")
        self.s = Num(score, label=label + " 得分")
        self.comp = None if comp is None else pct_cell(comp, label + " 完成率")
        self.dir, self.T, self.A = "qual", None, None
        t, a = clean_cell(target), clean_cell(actual)
        self.actual_text = a
        m = None if DATE.match(t) else re.match(r"^(≥|≤|=|>=|<=|＞＝|＜＝)?\s*(\d+(?:\.\d+)?)\s*(.*)$", t)
        if m:
            self.dir = SIGNS[m.group(1) or ""]
            self.T = Num(m.group(2), m.group(3), label=label + " 目标")
            ma = re.match(r"^(\d+(?:\.\d+)?)\s*(.*)$", a)
            if not ma:
                raise ParseError("%s: actual %r not numeric" % (label, a))
            self.A = Num(ma.group(1), ma.group(2), label=label + " 实际")
        elif DATE.match(t):
            self.dir = "date"
            self.T, self.A = DATE.match(t).groups(), DATE.match(a)
            if not self.A:
                raise ParseError("%s: actual %r not a date" % (label, a))
            self.A = self.A.groups()


def check_indicator(c, r):
    what = r.label
    if r.s.v > r.w.v or r.s.v < 0:
        c.fail("score_exceeds_weight", "%s: score %s, weight %s" % (what, r.s, r.w))
        rule_ok = False
    else:
        rule_ok = True
    if r.dir in ("gte", "lte", "eq"):
        if r.T.unit != r.A.unit:
            c.fail("unit_mismatch", "%s: target %s vs actual %s" % (what, r.T, r.A))
            return
        if r.A.unit == "%" and ("率" in r.name or "满意度" in r.name or "覆盖度" in r.name):
            c.plausible_pct(r.A, what + " 实际完成值")
        T, A, w = r.T.v, r.A.v, r.w.v
        if r.dir == "eq" and T == 0:
            comp, score = None, (w if A <= 0 else D(0))
        elif r.dir == "lte":
            comp = D(100) if A <= T else T / A * 100
            score = w if A <= T else w * T / A
        else:
            comp = A / T * 100
            score = w * min(A / T, D(1))
        if r.comp is not None:
            if comp is None:
                if not isinstance(r.comp, str) and r.comp.v != 100:
                    c.fail("completion_mismatch", "%s: completion %s on a zero target" % (what, r.comp))
            elif isinstance(r.comp, str):
                c.fail("completion_mismatch", "%s: completion missing" % what)
            elif abs(comp - r.comp.v) > r.comp.tol:
                c.fail("completion_mismatch", "%s: stated %s%%, computed %s%%" % (what, r.comp.raw, r2(comp)))
        if rule_ok:
            ok = abs(r2(score) - r.s.v) <= r.s.tol
            if not ok and r.comp is not None and not isinstance(r.comp, str) and r.dir != "lte":
                ok = abs(r2(w * min(r.comp.v, D(100)) / 100) - r.s.v) <= r.s.tol  # score from the stated rate
            if not ok:
                c.fail("score_rule_mismatch", "%s: score %s, rule gives %s" % (what, r.s, r2(score)))
    elif r.dir == "date":
        met = tuple(int(x) for x in r.A) <= tuple(int(x) for x in r.T)
        c.year_is(r.A[0], what + " 完成日期")
        c.year_is(r.T[0], what + " 目标日期")
        if r.comp is not None and not isinstance(r.comp, str) and met and r.comp.v != 100:
            c.fail("completion_mismatch", "%s: date met, completion %s" % (what, r.comp))
        if rule_ok and met and r.s.v != r.w.v:
            c.fail("score_rule_mismatch", "%s: date met, score %s" % (what, r.s))
    else:  # qualitative: band of rules §5
        if r.comp is not None and not isinstance(r.comp, str):
            c.fail("completion_mismatch", "%s: completion on a qualitative indicator" % what)
        lo, hi = (D("0.6"), D("0.8")) if "部分" in r.actual_text else (D("0.8"), D("1.0"))
        inside = lo * r.w.v <= r.s.v and (r.s.v < hi * r.w.v if hi < 1 else r.s.v <= r.w.v)
        if rule_ok and not inside:
            c.fail("score_rule_mismatch", "%s: qualitative score %s outside band" % (what, r.s))


def check_table_totals(c, inds, extra_w, extra_s, tot_w, tot_s, what):
    ws = [x.w for x in inds] + list(extra_w)
    ss = [x.s for x in inds] + list(extra_s)
    c.total("weight_sum_mismatch", tot_w, ws, what + " Σ分值")
    if tot_w.v != 100:
        c.fail("weight_sum_mismatch", "%s: 分值合计 %s ≠ 100" % (what, tot_w))
    c.total("score_sum_mismatch", tot_s, ss, what + " Σ得分")


def level_sum(inds, l1, attr):
    return [getattr(x, attr) for x in inds if x.l1.startswith(l1)]


def fill_levels(rows, k1=0, k2=1):
    last1 = last2 = ""
    for r in rows:
        if r[k1]:
            last1 = r[k1]
        else:
            r[k1] = last1
        if r[k2]:
            last2 = r[k2]
        else:
            r[k2] = last2
    return rows


def find_ind(inds, name):
    hits = [x for x in inds if x.name == name]
    if len(hits) != 1:
        raise ParseError("indicator %r found %d times" % (name, len(hits)))
    return hits[0]


# =====================================================================================
# Project A — 迁安市 2021, MOF table saved as a web page (one cell a line)
# =====================================================================================

def check_qianan(c):
    t = c.t
    c.year_is(c.m(r"迁安市(\d{4})年度历史遗留").group(1), "title year")
    c.year_is(c.m(r"（(\d{4})年度）").group(1), "table year")
    ry = int(c.m(r"报送日期：(\d{4})年").group(1))
    if ry not in (c.year, c.year + 1):
        c.fail("year_mismatch", "report dated %d" % ry)
    c.year_is(c.m(r"(\d{4})年年初预算安排本项目").group(1), "budget year")
    c.year_is(c.m(r"截至(\d{4})年12月31日").group(1), "as-of date")
    c.year_after(c.m(r"结转至(\d{4})年继续使用").group(1), "carry-forward")
    c.year_is(c.m(r"项目纳入(\d{4})年市级重点").group(1), "project listing")

    # funds block of the 自评表
    fr = {r[0]: r for r in cell_rows(t, "\t项目资金", "\t年度总体目标")}
    names = ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]
    F = {}
    for n in names:
        r = fr.get(n)
        if r is None or len(r) != 7:
            raise ParseError("funds row %s" % n)
        F[n] = dict(init=money_cell(r[1], n + " 年初"), annual=money_cell(r[2], n + " 全年"),
                    spent=money_cell(r[3], n + " 执行"), w=r[4], rate=pct_cell(r[5], n + " 执行率"), s=r[6])
    tot = F["年度资金总额"]
    for col in ("init", "annual", "spent"):
        c.total("sum_mismatch", tot[col], [F[n][col] for n in names[1:]], "资金总额 %s = Σ其中" % col)
    for n in names:
        c.rate(F[n]["rate"], F[n]["spent"], F[n]["annual"], n + " 执行率")
    ew, es = Num(tot["w"], label="执行分值"), Num(tot["s"], label="执行得分")
    if es.v > ew.v:
        c.fail("score_exceeds_weight", "execution score %s > %s" % (es, ew))
    else:
        calc = r2(ew.v * min(tot["spent"].w / tot["annual"].w, D(1)))
        calc2 = r2(ew.v * min(tot["rate"].v, D(100)) / 100)
        if abs(calc - es.v) > es.tol and abs(calc2 - es.v) > es.tol:
            c.fail("score_rule_mismatch", "execution score %s, rule %s" % (es, calc))

    # prose funds
    p_init = c.num(r"年初预算安排本项目([\d.]+)(万元|元|亿元)")
    p_fis0 = c.num(r"其中当年财政拨款([\d.]+)(万元|元|亿元)")
    p_cry = c.num(r"上年结转资金([\d.]+)(万元|元|亿元)")
    p_add = c.num(r"省财政追加([\d.]+)(万元|元|亿元)")
    p_ann = c.num(r"全年预算数调整为([\d.]+)(万元|元|亿元)")
    p_fis = c.num(r"当年财政拨款([\d.]+)(万元|元|亿元)分别为")
    p_cen = c.num(r"中央重点生态保护修复治理资金([\d.]+)(万元|元|亿元)")
    p_prv = c.num(r"省级资金([\d.]+)(万元|元|亿元)")
    p_cty = c.num(r"市本级资金([\d.]+)(万元|元|亿元)")
    p_rcv = c.num(r"到位率([\d.]+)(%)")
    p_exe = c.num(r"全年执行([\d.]+)(万元|元|亿元)")
    p_rat = c.num(r"预算执行率([\d.]+)(%)")
    p_une = c.num(r"未执行的([\d.]+)(万元|元|亿元)")
    c.same(p_init, tot["init"], "年初预算 prose/table")
    c.same(p_fis0, F["其中：当年财政拨款"]["init"], "年初当年财政拨款 prose/table")
    c.same(p_cry, F["上年结转资金"]["init"], "上年结转 prose/table(年初)")
    c.same(p_cry, F["上年结转资金"]["annual"], "上年结转 prose/table(全年)")
    c.total("sum_mismatch", p_init, [p_fis0, p_cry], "年初 = 当年拨款 + 上年结转")
    c.total("sum_mismatch", p_ann, [p_init, p_add], "全年 = 年初 + 追加")
    c.total("sum_mismatch", p_fis, [p_fis0, p_add], "当年拨款全年 = 年初 + 追加")
    c.total("sum_mismatch", p_fis, [p_cen, p_prv, p_cty], "当年拨款 = 中央 + 省 + 市")
    c.same(p_ann, tot["annual"], "全年预算 prose/table")
    c.same(p_fis, F["其中：当年财政拨款"]["annual"], "当年拨款 prose/table")
    c.calc("rate_mismatch", p_rcv, lambda a, b: a / b * 100, [p_ann, p_ann], "到位率 (资金全部到位)")
    c.same(p_exe, tot["spent"], "全年执行 prose/table")
    c.rate(p_rat, p_exe, p_ann, "预算执行率 prose")
    c.same(p_rat, tot["rate"], "执行率 prose/table")
    c.diff("balance_mismatch", p_une, p_ann, p_exe, "未执行 = 全年预算 − 执行")

    # indicators
    rows = cell_rows(t, "\t一级指标", "")
    head, body = rows[0], rows[1:]
    if len(head) != 9:
        raise ParseError("indicator header")
    tot_row = [r for r in body if r[0] == "总分"]
    body = fill_levels([r for r in body if r[0] != "总分"])
    inds = []
    for r in body:
        if len(r) != 9:
            raise ParseError("indicator row %r" % r)
        inds.append(Ind(r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[2]))
    for x in inds:
        check_indicator(c, x)
    if len(tot_row) != 1:
        raise ParseError("总分 row")
    tw, ts = Num(tot_row[0][6], label="总分值"), Num(tot_row[0][7], label="总得分")
    check_table_totals(c, inds, [ew], [es], tw, ts, "自评表")

    # conclusion and breakdown
    p_tot = c.num(r"综合得分([\d.]+)(分)")
    c.same(p_tot, ts, "总得分 prose/table")
    g = c.m(r"评价等级为“(.)”").group(1)
    c.grade(g, p_tot, "prose grade")
    c.grade(g, ts, "prose grade vs table total")
    b_exe = c.num(r"预算执行率得分([\d.]+)(分)")
    b_out = c.num(r"产出指标得分([\d.]+)(分)")
    b_ben = c.num(r"效益指标得分([\d.]+)(分)")
    b_sat = c.num(r"满意度指标得分([\d.]+)(分)")
    c.same(b_exe, es, "执行得分 prose/table")
    c.total("score_sum_mismatch", b_out, level_sum(inds, "产出", "s"), "产出得分 = Σ三级")
    c.total("score_sum_mismatch", b_ben, level_sum(inds, "效益", "s"), "效益得分 = Σ三级")
    c.total("score_sum_mismatch", b_sat, level_sum(inds, "满意度", "s"), "满意度得分 = Σ三级")
    c.total("score_sum_mismatch", p_tot, [b_exe, b_out, b_ben, b_sat], "综合得分 = Σ一级")

    # outputs and benefits restated in prose
    area = find_ind(inds, "治理面积").A
    c.same(c.num(r"全年修复治理图斑(\d+)(个)"), find_ind(inds, "修复治理图斑数量").A, "图斑 prose/table")
    c.same(c.num(r"实际完成治理面积([\d.]+)(亩)"), area, "治理面积 prose/table")
    c.same(c.num(r"图斑生态修复，治理面积([\d.]+)(亩)"), area, "治理面积 goal block/table")
    c.same(c.num(r"消除地质灾害隐患点(\d+)(处)。"), find_ind(inds, "消除地质灾害隐患点").A, "隐患点 goal/table")
    c.same(c.num(r"滑坡等地质灾害隐患点(\d+)(处)"), find_ind(inds, "消除地质灾害隐患点").A, "隐患点 prose/table")
    n_all = c.num(r"(\d+)个图斑中\d+个按期完工", "个")
    n_on = c.num(r"个图斑中(\d+)个按期完工", "个")
    p_ontime = c.num(r"按期完工率([\d.]+)(%)")
    c.rate(p_ontime, n_on, n_all, "按期完工率 = 按期/总数")
    c.same(p_ontime, find_ind(inds, "按期完工率").A, "按期完工率 prose/table")
    cost = find_ind(inds, "亩均治理成本").A
    c.calc("average_mismatch", cost, lambda s, a: s / a, [tot["spent"], area], "亩均治理成本 = 执行数/面积")
    c.same(c.num(r"亩均治理成本约(\d+)(元)"), cost, "亩均成本 prose/table")
    c.same(c.num(r"提高到([\d.]+)(%)"), find_ind(inds, "治理区植被覆盖率").A, "植被覆盖率 prose/table")
    q_n = c.num(r"回收有效问卷(\d+)(份)")
    c.same(c.num(r"发放问卷(\d+)(份)"), q_n, "问卷 发放/回收 (全部有效)")
    q_ok = c.num(r"满意及基本满意(\d+)(份)")
    p_sat = c.num(r"周边群众满意度([\d.]+)(%)")
    c.rate(p_sat, q_ok, q_n, "满意度 = 满意份数/有效问卷")
    c.same(p_sat, find_ind(inds, "周边群众满意度").A, "满意度 prose/table")
    # annual targets stated in prose = table targets
    for pat, name in [(r"修复图斑不少于(\d+)(个)", "修复治理图斑数量"), (r"治理面积不少于(\d+)(亩)，工程", "治理面积"),
                      (r"按期完工率不低于(\d+)(%)", "按期完工率"), (r"亩均治理成本不超过(\d+)(元)", "亩均治理成本"),
                      (r"植被覆盖率不低于(\d+)(%)", "治理区植被覆盖率"), (r"隐患点不少于(\d+)(处)", "消除地质灾害隐患点"),
                      (r"满意度不低于(\d+)(%)", "周边群众满意度")]:
        c.same(c.num(pat), find_ind(inds, name).T, "target %s prose/table" % name)
    c.same(c.num(r"治理面积不少于(\d+)(亩)，消除"), find_ind(inds, "治理面积").T, "target 面积 goal/table")
    n_ind = find_ind(inds, "修复治理图斑数量")
    for pat in (r"组织实施第三批(\d+)(个)图斑", r"总体目标：完成(\d+)(个)历史遗留", r"\t完成(\d+)(个)历史遗留"):
        c.same(c.num(pat), n_ind.T, "target 图斑 %s" % pat)
    c.same(c.num(r"\t完成(\d+)(个)图斑生态修复"), n_ind.A, "图斑 goal block/table")
    c.same(n_all, n_ind.A, "按期完工 base = 图斑数")
    late = c.num(r"按期完工，(\d+)(个)因雨季")
    c.diff("sum_mismatch", late, n_all, n_on, "延期图斑 = 总数 − 按期")
    c.same(c.num(r"导致(\d+)(个)图斑延期"), late, "延期图斑 problems/outputs")
    c.same(c.num(r"\t(\d+)(个)图斑因雨季"), late, "延期图斑 note/outputs")
    c.same(c.num(r"失稳延期(\d+)(天)，按期"), c.num(r"失稳延期(\d+)(天)，今后"), "延期天数 prose/note")
    c.same(c.num(r"尚有(\d+)(个)图斑的管护协议"), c.num(r"\t(\d+)(个)图斑管护协议"), "管护协议 prose/note")
    c.same(c.num(r"工程验收合格率(\d+)(%)，按期"), find_ind(inds, "工程验收合格率").T, "target 合格率 prose/table")
    c.same(c.num(r"低于(\d+)(元)的控制标准"), find_ind(inds, "亩均治理成本").T, "target 成本 restated")


# =====================================================================================
# Project B — 信丰县 2019, Shanxi-type funds table (行次) + indicator table copied from Word (tabs)
# =====================================================================================

def check_xinfeng(c):
    t = c.t
    c.year_is(c.m(r"信丰县自然资源局(\d{4})年度").group(1), "title year")
    c.year_is(c.m(r"开展(\d{4})年度项目支出绩效自评").group(1), "notice year")
    c.year_is(c.m(r"(\d{4})年年初预算").group(1), "budget year")
    mm = c.m(r"(\d{4})年(\d{1,2})月提前下达")
    c.issued(mm.group(1), mm.group(2), "中央资金提前下达")
    mm = c.m(r"(\d{4})年(\d{1,2})月市级追加")
    c.issued(mm.group(1), mm.group(2), "市级追加")
    c.year_is(c.m(r"截至(\d{4})年12月31日").group(1), "as-of date")
    c.year_after(c.m(r"结转至(\d{4})年").group(1), "质保金结转")
    c.year_is(c.m(r"(\d{4})年11月底工程全部完工").group(1), "completion")
    c.year_is(c.m(r"(\d{4})年11月28日全部完工").group(1), "completion date prose")

    # funds table, rows (1)…(7), columns 总/小计/中央/省/市/县/结转/其他
    rows = cell_rows(t, "\t项目\n\t行次", "三、项目组织实施情况")
    R = {}
    for r in rows:
        if len(r) == 10 and r[1].startswith("("):
            R[r[1][:3]] = r
    cols = ["总", "小计", "中央", "省", "市", "县", "结转", "其他"]
    need = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]
    if sorted(R) != need:
        raise ParseError("funds rows %r" % sorted(R))
    A = {k: {cols[i]: money_cell(R[k][2 + i], "%s %s" % (k, cols[i])) for i in range(8)} for k in need[:5]}
    P = {k: {cols[i]: pct_cell(R[k][2 + i], "%s %s" % (k, cols[i])) for i in range(8)} for k in need[5:]}
    for k in need[:5]:
        code = "balance_mismatch" if k == "(5)" else "sum_mismatch"
        c.total(code, A[k]["总"], [A[k]["小计"], A[k]["结转"], A[k]["其他"]], "%s 总 = 小计 + 结转 + 其他" % k)
        c.total(code, A[k]["小计"], [A[k][x] for x in ("中央", "省", "市", "县")], "%s 小计 = Σ级次" % k)
    for col in cols:
        c.diff("balance_mismatch", A["(5)"][col], A["(3)"][col], A["(4)"][col], "(5)=(3)-(4) %s" % col)
        c.rate(P["(6)"][col], A["(3)"][col], A["(2)"][col], "(6)=(3)/(2) %s" % col)
        c.rate(P["(7)"][col], A["(4)"][col], A["(2)"][col], "(7)=(4)/(2) %s" % col)

    # prose funds
    p_init = c.num(r"年初预算([\d.]+)(万元|元|亿元)")
    p_cen = c.num(r"其中中央资金([\d.]+)(万元|元|亿元)")
    p_prv = c.num(r"省级资金([\d.]+)(万元|元|亿元)")
    p_cty0 = c.num(r"县级配套([\d.]+)(万元|元|亿元)")
    p_add = c.num(r"市级追加([\d.]+)(万元|元|亿元)")
    p_ann = c.num(r"全年预算([\d.]+)(万元|元|亿元)")
    p_rcv = c.num(r"到位率([\d.]+)(%)")
    p_exe = c.num(r"全年支出([\d.]+)(万元|元|亿元)，预算执行率")
    p_exe2 = c.num(r"项目全年支出([\d.]+)(万元|元|亿元)，亩均")
    p_rat = c.num(r"预算执行率([\d.]+)(%)。")
    p_bal = c.num(r"资金结余([\d.]+)(万元|元|亿元)")
    p_bc = c.num(r"其中市级资金([\d.]+)(万元|元|亿元)")
    p_bx = c.num(r"县级资金([\d.]+)(万元|元|亿元)")
    c.total("sum_mismatch", p_init, [p_cen, p_prv, p_cty0], "年初 = 中央 + 省 + 县")
    c.same(p_init, A["(1)"]["总"], "年初 prose/table")
    c.same(p_cen, A["(1)"]["中央"], "中央 prose/table")
    c.same(p_prv, A["(1)"]["省"], "省级 prose/table")
    c.same(p_cty0, A["(1)"]["县"], "县级 prose/table")
    c.total("sum_mismatch", p_ann, [p_init, p_add], "全年 = 年初 + 追加")
    c.same(p_add, A["(2)"]["市"], "市级追加 prose/table")
    c.same(p_ann, A["(2)"]["总"], "全年 prose/table")
    c.rate(p_rcv, A["(3)"]["总"], p_ann, "到位率 prose")
    c.same(p_exe, A["(4)"]["总"], "执行 prose/table")
    c.same(p_exe2, p_exe, "执行 prose twice")
    c.rate(p_rat, p_exe, p_ann, "执行率 prose")
    c.same(p_rat, P["(7)"]["总"], "执行率 prose/table")
    c.diff("balance_mismatch", p_bal, p_ann, p_exe, "结余 = 到位 − 执行")
    c.same(p_bal, A["(5)"]["总"], "结余 prose/table")
    c.total("balance_mismatch", p_bal, [p_bc, p_bx], "结余 = 市级 + 县级")
    c.same(p_bc, A["(5)"]["市"], "市级结余 prose/table")
    c.same(p_bx, A["(5)"]["县"], "县级结余 prose/table")
    c.same(c.num(r"\t结余([\d.]+)(万元)为二标段质保金"), A["(5)"]["总"], "质保金 note/table")

    # 标段 average
    sc = c.m(r"验收评分分别为(\d+)分、(\d+)分、(\d+)分，平均([\d.]+)分")
    items = [Num(sc.group(i), "分") for i in (1, 2, 3)]
    c.calc("average_mismatch", Num(sc.group(4), "分"), lambda *xs: sum(xs, D(0)) / len(xs), items, "标段平均分")

    # indicator table (tab-separated lines)
    rows = tab_rows(t, "一级指标\t二级指标", "\n\n五、")
    head, body = rows[0], rows[1:]
    if len(head) != 9:
        raise ParseError("indicator header")
    tot_row = [r for r in body if r[0] == "合计"]
    body = fill_levels([r for r in body if r[0] != "合计"])
    inds = []
    for r in body:
        if len(r) != 9:
            raise ParseError("indicator row %r" % r)
        inds.append(Ind(r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[2]))
    for x in inds:
        check_indicator(c, x)
    if len(tot_row) != 1:
        raise ParseError("合计 row")
    tw, ts = Num(tot_row[0][6], label="合计分值"), Num(tot_row[0][7], label="合计得分")
    check_table_totals(c, inds, [], [], tw, ts, "自评表")
    exe = find_ind(inds, "预算执行率")
    c.same(exe.A, P["(7)"]["总"], "执行率 indicator/funds table")

    p_tot = c.num(r"综合得分([\d.]+)(分)")
    c.same(p_tot, ts, "总得分 prose/table")
    c.grade(c.m(r"评价等级为(.)。").group(1), p_tot, "prose grade")

    area = find_ind(inds, "治理废弃稀土矿山面积").A
    c.same(c.num(r"全年治理废弃稀土矿山(\d+)(亩)"), area, "治理面积 prose/table")
    cost = find_ind(inds, "亩均治理成本").A
    c.calc("average_mismatch", cost, lambda s, a: s / a, [A["(4)"]["总"], area], "亩均成本 = 执行/面积")
    c.same(c.num(r"亩均治理成本(\d+)(元)，"), cost, "亩均成本 prose/table")
    c.same(c.num(r"治理度达到([\d.]+)(%)；"), find_ind(inds, "治理区水土流失治理度").A, "治理度 prose/table")
    c.same(c.num(r"减少下游受尾水影响农田(\d+)(亩)，"), find_ind(inds, "减少下游受尾水影响农田面积").A, "农田 prose/table")
    q_n = c.num(r"发放问卷(\d+)(份)")
    q_ok = c.num(r"满意及基本满意(\d+)(份)")
    p_sat = c.num(r"周边群众满意度([\d.]+)(%)")
    c.rate(p_sat, q_ok, q_n, "满意度 = 满意/问卷")
    c.same(p_sat, find_ind(inds, "周边群众满意度").A, "满意度 prose/table")
    dt = c.m(r"工程于(\d{4})年(\d{1,2})月(\d{1,2})日全部完工").groups()
    if dt != find_ind(inds, "工程完工时间").A:
        c.fail("conflicting_values", "完工日期 prose %s vs table" % (dt,))
    for pat, name in [(r"治理废弃稀土矿山不少于(\d+)(亩)", "治理废弃稀土矿山面积"), (r"截排水沟不少于(\d+)(公里)", "修建截排水沟"),
                      (r"亩均治理成本不超过(\d+)(元)", "亩均治理成本"), (r"治理度达到(\d+)(%)以上", "治理区水土流失治理度"),
                      (r"农田不少于(\d+)(亩)", "减少下游受尾水影响农田面积"), (r"满意度不低于(\d+)(%)", "周边群众满意度")]:
        c.same(c.num(pat), find_ind(inds, name).T, "target %s prose/table" % name)
    c.same(c.num(r"未达到(\d+)(亩)的目标"), find_ind(inds, "减少下游受尾水影响农田面积").T, "target 农田 restated")
    c.same(c.num(r"工程验收合格率(\d+)(%)，年内"), find_ind(inds, "工程验收合格率").T, "target 合格率 prose/table")
    c.same(c.num(r"低于(\d+)(元)的控制标准"), find_ind(inds, "亩均治理成本").T, "target 成本 restated")


# =====================================================================================
# Project C — 仁和区 2024, Sichuan table copied from a PDF (runs of spaces), 10 + 90, no satisfaction
# =====================================================================================

def check_renhe(c):
    t = c.t
    c.year_is(c.m(r"^(\d{4})年度攀枝花市").group(1), "title year")
    c.year_is(c.m(r"(\d{4})年度项目支出绩效自评表").group(1), "table year")
    c.year_is(c.m(r"(\d{4})年区政府将").group(1), "plan year")
    c.year_is(c.m(r"(\d{4})年度项目支出实行").group(1), "scoring year")
    c.year_is(c.m(r"(\d{4})年年初预算").group(1), "budget year")
    mm = c.m(r"(\d{4})年(\d{1,2})月提前下达")
    c.issued(mm.group(1), mm.group(2), "中央资金提前下达")
    c.year_is(c.m(r"截至(\d{4})年12月31日").group(1), "as-of date")
    c.year_after(c.m(r"结转至(\d{4})年").group(1), "管护费结转")

    fr = {r[0]: r for r in space_rows(t, "年度资金总额", "年度总体目标")}
    names = ["年度资金总额", "财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    F = {}
    for n in names:
        r = fr.get(n)
        if r is None or len(r) != 7:
            raise ParseError("funds row %s" % n)
        F[n] = dict(init=money_cell(r[1], n), annual=money_cell(r[2], n), spent=money_cell(r[3], n),
                    w=r[4], rate=pct_cell(r[5], n), s=r[6])
    tot = F["年度资金总额"]
    for col in ("init", "annual", "spent"):
        c.total("sum_mismatch", tot[col], [F[n][col] for n in names[1:]], "总额 %s = 财政+专户+单位+其他" % col)
    c.rate(tot["rate"], tot["spent"], tot["annual"], "执行率 table")
    for n in names[1:]:
        if F[n]["rate"] != "—":
            c.rate(F[n]["rate"], F[n]["spent"], F[n]["annual"], n + " 执行率")
    ew, es = Num(tot["w"], label="执行分值"), Num(tot["s"], label="执行得分")
    if es.v > ew.v:
        c.fail("score_exceeds_weight", "execution score")
    else:
        calc = r2(ew.v * min(tot["spent"].w / tot["annual"].w, D(1)))
        calc2 = r2(ew.v * min(tot["rate"].v, D(100)) / 100)
        if abs(calc - es.v) > es.tol and abs(calc2 - es.v) > es.tol:
            c.fail("score_rule_mismatch", "execution score %s, rule %s" % (es, calc))

    p_init = c.num(r"年初预算([\d.]+)(万元|元|亿元)")
    p_add = c.num(r"区财政追加([\d.]+)(万元|元|亿元)")
    p_ann = c.num(r"全年预算([\d.]+)(万元|元|亿元)。")
    p_fis = c.num(r"财政资金([\d.]+)(万元|元|亿元)，包括")
    p_cen = c.num(r"中央资金([\d.]+)(万元|元|亿元)")
    p_prv = c.num(r"省级资金([\d.]+)(万元|元|亿元)")
    p_dis = c.num(r"区级资金([\d.]+)(万元|元|亿元)")
    p_oth = c.num(r"社会资本投入([\d.]+)(万元|元|亿元)")
    p_exe = c.num(r"全年执行([\d.]+)(万元|元|亿元)")
    p_rat = c.num(r"预算执行率([\d.]+)(%)")
    p_une = c.num(r"未执行的([\d.]+)(万元|元|亿元)")
    c.same(p_init, tot["init"], "年初 prose/table")
    c.total("sum_mismatch", p_ann, [p_init, p_add], "全年 = 年初 + 追加")
    c.total("sum_mismatch", F["财政资金"]["annual"], [F["财政资金"]["init"], p_add], "财政资金全年 = 年初 + 区级追加")
    c.same(p_ann, tot["annual"], "全年 prose/table")
    c.total("sum_mismatch", p_fis, [p_cen, p_prv, p_dis], "财政资金 = 中央 + 省 + 区")
    c.same(p_fis, F["财政资金"]["annual"], "财政资金 prose/table")
    c.same(p_oth, F["其他资金"]["annual"], "其他资金 prose/table")
    c.total("sum_mismatch", p_ann, [p_fis, p_oth], "全年 = 财政 + 其他")
    c.same(p_exe, tot["spent"], "执行 prose/table")
    c.rate(p_rat, p_exe, p_ann, "执行率 prose")
    c.same(p_rat, tot["rate"], "执行率 prose/table")
    c.diff("balance_mismatch", p_une, p_ann, p_exe, "未执行 = 全年 − 执行")

    rows = space_rows(t, "一级指标    二级指标", "评价结论    ")
    head, body = rows[0], rows[1:]
    if len(head) != 10:
        raise ParseError("indicator header")
    tot_row = [r for r in body if r[0] == "总分"]
    inds = []
    for r in body:
        if r[0] == "总分":
            continue
        if len(r) != 10:
            raise ParseError("indicator row %r" % r)
        unit = r[5]  # 度量单位 column: target and actual share it
        inds.append(Ind(r[0], r[2], r[3] + r[4] + unit, r[6] + unit, None, r[7], r[8], r[2]))
    for x in inds:
        check_indicator(c, x)
    if len(tot_row) != 1 or len(tot_row[0]) != 3:
        raise ParseError("总分 row")
    tw, ts = Num(tot_row[0][1], label="总分值"), Num(tot_row[0][2], label="总得分")
    check_table_totals(c, inds, [ew], [es], tw, ts, "自评表")
    for g in re.findall(r"自评等级为“?(.)”?[，。]", t):
        c.grade(g, ts, "grade")

    w = c.m(r"预算执行情况(\d+)分\+绩效指标(\d+)分")
    w_e, w_i = Num(w.group(1), "分"), Num(w.group(2), "分")
    w_o = c.num(r"产出指标(\d+)(分)")
    w_b = c.num(r"效益指标(\d+)(分)")
    c.same(w_e, ew, "执行分值 prose/table", code="weight_sum_mismatch")
    c.total("weight_sum_mismatch", Num("100", "分"), [w_e, w_i], "10 + 90 = 100")
    c.total("weight_sum_mismatch", w_i, [w_o, w_b], "绩效指标 = 产出 + 效益")
    c.same(c.num(r"绩效指标(\d+)(分)中产出"), w_i, "绩效指标分值 restated", code="weight_sum_mismatch")
    c.same(c.num(r"对(\d+)(个)图斑建立"), find_ind(inds, "修复历史遗留矿山图斑").T, "图斑 台账/target")
    c.same(c.num(r"将(\d+)(个)图斑列入"), find_ind(inds, "修复历史遗留矿山图斑").T, "图斑 计划/target")
    c.total("weight_sum_mismatch", w_o, level_sum(inds, "产出", "w"), "产出分值 = Σ三级")
    c.total("weight_sum_mismatch", w_b, level_sum(inds, "效益", "w"), "效益分值 = Σ三级")
    if any(x.l1.startswith("满意度") for x in inds):
        c.fail("conflicting_values", "text says no satisfaction indicator")

    area = find_ind(inds, "修复面积").A
    c.same(c.num(r"全部完成修复，修复面积([\d.]+)(亩)"), area, "修复面积 prose/table")
    c.same(c.num(r"完成9个图斑修复，修复面积([\d.]+)(亩)"), area, "修复面积 goal/table")
    c.same(Num(c.m(r"\n(\d+)个图斑全部完成修复").group(1), "个"), find_ind(inds, "修复历史遗留矿山图斑").A, "图斑 prose/table")
    c.same(c.num(r"植被成活率([\d.]+)(%)"), find_ind(inds, "修复区植被成活率").A, "成活率 prose/table")
    n_all = c.num(r"(\d+)个图斑中\d+个在完工后", "个")
    n_ok = c.num(r"个图斑中(\d+)个在完工后", "个")
    p_t = c.num(r"竣工验收及时率([\d.]+)(%)")
    c.rate(p_t, n_ok, n_all, "及时率 = 及时/总数")
    c.same(p_t, find_ind(inds, "竣工验收及时率").A, "及时率 prose/table")
    late = c.num(r"；(\d+)(个)图斑因用地手续补办")
    c.diff("sum_mismatch", late, n_all, n_ok, "验收延后图斑 = 总数 − 及时")
    c.same(c.num(r"    (\d+)(个)图斑因用地手续补办验收延后"), late, "验收延后 note/prose")
    cost = find_ind(inds, "亩均修复成本").A
    c.calc("average_mismatch", cost, lambda s, a: s / a, [tot["spent"], Num(area.raw)], "亩均成本 = 执行/面积")
    c.same(c.num(r"亩均修复成本([\d.]+)(万元)"), Num(cost.raw, "万元"), "亩均成本 prose/table")
    c.same(c.num(r"新增林草植被面积([\d.]+)(亩)"), find_ind(inds, "新增林草植被面积").A, "林草面积 prose/table")
    c.same(c.num(r"治理前的(\d+)(人)"), find_ind(inds, "消除地质灾害隐患受威胁人数").A, "受威胁人数 prose/table")
    c.same(c.num(r"已落实(\d+)(年)管护期"), find_ind(inds, "修复区管护期").A, "管护期 prose/table")
    for pat in (r"总体目标：完成(\d+)(个)历史遗留", r"预期目标：完成(\d+)(个)历史遗留"):
        c.same(c.num(pat), find_ind(inds, "修复历史遗留矿山图斑").T, "target 图斑")
    for pat in (r"生态修复，修复面积不少于(\d+)(亩)，消除", r"生态修复，修复面积不少于(\d+)(亩)。"):
        c.same(c.num(pat), find_ind(inds, "修复面积").T, "target 面积")


# =====================================================================================
# Project D — 淄川区 2022, 部门整体支出 (tables copied from Word, one row a line)
# =====================================================================================

def check_zichuan(c):
    t = c.t
    c.year_is(c.m(r"\n(\d{4})年度部门整体支出绩效自评报告").group(1), "title year")
    c.year_is(c.m(r"(\d{4})年部门年初预算").group(1), "budget year")
    c.year_after(c.m(r"结转至(\d{4})年").group(1), "结转")
    c.year_is(c.m(r"较(\d{4})年的").group(1), "last-year comparison", offset=-1)
    c.year_is(c.m(r"本局(\d{4})年实施").group(1), "project year")
    c.year_is(c.m(r"经自评，(\d{4})年度").group(1), "conclusion year")

    t1 = {r[0]: r for r in tab_rows(t, "资金来源\t", "表2")}
    n1 = ["一般公共预算", "政府性基金预算", "上年结转", "合计"]
    S = {n: (money_cell(t1[n][1], n), money_cell(t1[n][2], n), pct_cell(t1[n][3], n)) for n in n1}
    for i in (0, 1):
        c.total("sum_mismatch", S["合计"][i], [S[n][i] for n in n1[:3]], "表1 合计 col %d" % i)
    for n in n1:
        c.rate(S[n][2], S[n][1], S[n][0], "表1 %s 执行率" % n)
    t2 = {r[0]: r for r in tab_rows(t, "支出类型\t", "\n ")}
    n2 = ["基本支出", "项目支出", "合计"]
    E = {n: [money_cell(t2[n][i], n) for i in (1, 2, 3)] + [pct_cell(t2[n][4], n)] for n in n2}
    for i in (0, 1, 2):
        c.total("sum_mismatch", E["合计"][i], [E["基本支出"][i], E["项目支出"][i]], "表2 合计 col %d" % i)
    for n in n2:
        c.rate(E[n][3], E[n][2], E[n][1], "表2 %s 执行率" % n)
    c.same(S["合计"][0], E["合计"][1], "全年预算 表1/表2")
    c.same(S["合计"][1], E["合计"][2], "执行 表1/表2")
    c.same(S["合计"][2], E["合计"][3], "执行率 表1/表2")

    p_init = c.num(r"年初预算([\d.]+)(万元|元|亿元)")
    p_add = c.num(r"年中追加([\d.]+)(万元|元|亿元)")
    p_ann = c.num(r"全年预算([\d.]+)(万元|元|亿元)。")
    p_gen = c.num(r"一般公共预算([\d.]+)(万元|元|亿元)")
    p_gov = c.num(r"政府性基金预算([\d.]+)(万元|元|亿元)")
    c.total("sum_mismatch", p_ann, [p_init, p_add], "全年 = 年初 + 追加")
    c.same(p_init, E["合计"][0], "年初 prose/table")
    c.same(p_ann, S["合计"][0], "全年 prose/table")
    c.total("sum_mismatch", p_ann, [p_gen, p_gov], "全年 = 一般公共 + 基金")
    c.same(p_gen, S["一般公共预算"][0], "一般公共 prose/table")
    c.same(p_gov, S["政府性基金预算"][0], "基金 prose/table")
    c.m(r"无上年结转")
    if S["上年结转"][0].w != 0:
        c.fail("conflicting_values", "无上年结转 but table shows %s" % S["上年结转"][0])
    p_exe = c.num(r"全年执行([\d.]+)(万元|元|亿元)")
    p_rat = c.num(r"预算执行率([\d.]+)(%)。")
    c.same(p_exe, S["合计"][1], "执行 prose/table")
    c.rate(p_rat, p_exe, p_ann, "执行率 prose")
    c.same(p_rat, S["合计"][2], "执行率 prose/table")
    c.rate(c.num(r"基本支出执行率([\d.]+)(%)"), E["基本支出"][2], E["基本支出"][1], "基本支出执行率 prose")
    p_pe = c.num(r"项目支出执行([\d.]+)(万元|元|亿元)")
    c.same(p_pe, E["项目支出"][2], "项目支出执行 prose/table")
    p_pr = c.num(r"项目支出执行[\d.]+万元，执行率([\d.]+)(%)")
    c.rate(p_pr, p_pe, E["项目支出"][1], "项目支出执行率 prose")
    mm = c.m(r"全年预算([\d.]+)万元、执行([\d.]+)万元，执行率([\d.]+)%")
    c.rate(Num(mm.group(3), "%"), Num(mm.group(2), "万元"), Num(mm.group(1), "万元"), "矿山修复项目执行率")
    p_une = c.num(r"未执行资金([\d.]+)(万元|元|亿元)")
    c.diff("balance_mismatch", p_une, p_ann, p_exe, "未执行 = 全年 − 执行")
    p_cf = c.num(r"继续使用([\d.]+)(万元|元|亿元)")
    p_bal = c.num(r"结余([\d.]+)(万元|元|亿元)")
    c.total("balance_mismatch", p_une, [p_cf, p_bal], "未执行 = 结转 + 结余")

    rows = tab_rows(t, "一级指标\t", "\n ")
    head, body = rows[0], rows[1:]
    if len(head) != 8:
        raise ParseError("indicator header")
    tot_row = [r for r in body if r[0] == "合计"]
    inds = []
    for r in body:
        if r[0] == "合计":
            continue
        if len(r) != 8:
            raise ParseError("indicator row %r" % r)
        inds.append(Ind(r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[2]))
    for x in inds:
        check_indicator(c, x)
    if len(tot_row) != 1:
        raise ParseError("合计 row")
    tw, ts = Num(tot_row[0][6], label="合计分值"), Num(tot_row[0][7], label="合计得分")
    check_table_totals(c, inds, [], [], tw, ts, "自评表")
    c.same(find_ind(inds, "部门预算执行率").A, S["合计"][2], "执行率 indicator/表1")

    c.same(c.num(r"修复历史遗留废弃矿山([\d.]+)(亩)"), find_ind(inds, "历史遗留矿山修复面积").A, "修复面积 prose/table")
    c.same(c.num(r"受理不动产登记(\d+)(件)"), find_ind(inds, "不动产登记办件量").A, "办件量 prose/table")
    c.same(c.num(r"平均(\d+)(个工作日)办结"), find_ind(inds, "一般登记业务办结时限").A, "办结时限 prose/table")
    now = c.num(r"“三公”经费支出([\d.]+)(万元)，")
    c.same(now, find_ind(inds, "“三公”经费支出").A, "三公经费 prose/table")
    last = c.num(r"年的([\d.]+)(万元)下降")
    c.calc("rate_mismatch", c.num(r"下降([\d.]+)(%)"), lambda a, b: (a - b) / a * 100, [last, now], "三公经费降幅")
    c.same(c.num(r"植被覆盖率([\d.]+)(%)，低于"), find_ind(inds, "矿山修复区植被覆盖率").A, "覆盖率 prose/table")
    c.same(c.num(r"低于(\d+)(%)的目标"), find_ind(inds, "矿山修复区植被覆盖率").T, "覆盖率目标 prose/table")
    c.same(c.num(r"服务对象满意度([\d.]+)(%)。"), find_ind(inds, "服务对象满意度").A, "满意度 prose/table")

    mm = c.m(r"自评得分分别为：([^。]+)，平均自评得分([\d.]+)分")
    items = [Num(x, "分") for x in re.findall(r"[^\d、]+?([\d.]+)分", mm.group(1))]
    if len(items) != int(c.m(r"实施项目支出(\d)个").group(1)):
        c.fail("average_mismatch", "number of project scores %d" % len(items))
    c.calc("average_mismatch", Num(mm.group(2), "分"), lambda *xs: sum(xs, D(0)) / len(xs), items, "项目平均分")

    p_tot = c.num(r"绩效自评得分([\d.]+)(分)")
    c.same(p_tot, ts, "总得分 prose/table")
    c.grade(c.m(r"评价等级为“(.)”").group(1), p_tot, "prose grade")
    b = c.m(r"其中预算执行([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分、满意度指标([\d.]+)分")
    b_exe, b_out, b_ben, b_sat = [Num(b.group(i), "分") for i in (1, 2, 3, 4)]
    c.same(b_exe, find_ind(inds, "部门预算执行率").s, "执行得分 prose/table")
    c.total("score_sum_mismatch", b_out, level_sum(inds, "产出", "s"), "产出得分 = Σ")
    c.total("score_sum_mismatch", b_ben, level_sum(inds, "效益", "s"), "效益得分 = Σ")
    c.total("score_sum_mismatch", b_sat, level_sum(inds, "满意度", "s"), "满意度得分 = Σ")
    c.total("score_sum_mismatch", p_tot, [b_exe, b_out, b_ben, b_sat], "总分 = Σ一级")


# =====================================================================================
# Project E — 平桂区 2020, web-page table inside the report (one cell a line), total restated below it
# =====================================================================================

def check_pinggui(c):
    t = c.t
    c.year_is(c.m(r"<b>(\d{4})年度历史遗留").group(1), "title year")
    c.year_is(c.m(r"(\d{4})年，我局在").group(1), "project year")
    for mm in re.finditer(r"(\d{4})年(\d{1,2})月(?:提前)?下达", t):
        c.issued(mm.group(1), mm.group(2), "资金下达")
    if len(re.findall(r"下达", t)) != 2:
        raise ParseError("下达 mentions")
    c.year_is(c.m(r"截至(\d{4})年12月31日").group(1), "as-of date")
    c.year_after(c.m(r"结转至(\d{4})年").group(1), "结转")
    c.year_is(c.m(r"于(\d{4})年12月下旬完成扫尾").group(1), "扫尾")

    p_ann = c.num(r"全年预算([\d.]+)(万元|元|亿元)，其中")
    p_cen = c.num(r"治理资金([\d.]+)(万元|元|亿元)")
    p_aut = c.num(r"自治区资金([\d.]+)(万元|元|亿元)")
    p_dis = c.num(r"区级配套([\d.]+)(万元|元|亿元)（年中追加）")
    p_init = c.num(r"年初预算([\d.]+)(万元|元|亿元)")
    p_inc = c.num(r"较年初增加([\d.]+)(万元|元|亿元)")
    c.total("sum_mismatch", p_ann, [p_cen, p_aut, p_dis], "全年 = 中央 + 自治区 + 区级")
    c.total("sum_mismatch", p_init, [p_cen, p_aut], "年初 = 中央 + 自治区 (区级为年中追加)")
    c.diff("sum_mismatch", p_inc, p_ann, p_init, "增加 = 全年 − 年初")
    c.same(p_inc, p_dis, "增加额 = 区级追加")
    p_rcv = c.num(r"实际到位([\d.]+)(万元|元|亿元)")
    p_rr = c.num(r"到位率([\d.]+)(%)")
    c.rate(p_rr, p_rcv, p_ann, "到位率")
    p_gap = c.num(r"尚有([\d.]+)(万元|元|亿元)未到位")
    c.diff("balance_mismatch", p_gap, p_ann, p_rcv, "未到位 = 全年 − 到位")
    p_exe = c.num(r"全年支出([\d.]+)(万元|元|亿元)")
    p_er = c.num(r"预算执行率([\d.]+)(%)")
    c.rate(p_er, p_exe, p_ann, "执行率")
    c.rate(c.num(r"资金使用率为([\d.]+)(%)"), p_exe, p_rcv, "使用率 (到位为分母)")
    c.diff("balance_mismatch", c.num(r"已到位未支出的([\d.]+)(万元|元|亿元)"), p_rcv, p_exe, "结转 = 到位 − 支出")

    rows = cell_rows(t, "\t一级指标", "\n综合得分")
    head, body = rows[0], rows[1:]
    if len(head) != 9:
        raise ParseError("indicator header")
    tot_row = [r for r in body if r[0] == "总分"]
    body = fill_levels([r for r in body if r[0] != "总分"])
    inds = []
    for r in body:
        if len(r) != 9:
            raise ParseError("indicator row %r" % r)
        inds.append(Ind(r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[2]))
    for x in inds:
        check_indicator(c, x)
    if len(tot_row) != 1 or len(tot_row[0]) != 3:
        raise ParseError("总分 row")
    tw, ts = Num(tot_row[0][1], label="总分值"), Num(tot_row[0][2], label="总得分")
    check_table_totals(c, inds, [], [], tw, ts, "自评表")
    c.same(find_ind(inds, "预算执行率").A, p_er, "执行率 table/prose")
    c.same(c.num(r"\t区级配套([\d.]+)(万元)未到位"), p_gap, "未到位 note/prose")

    p_tot = c.num(r"综合得分([\d.]+)(分)")
    c.same(p_tot, ts, "总得分 prose/table")
    c.grade(c.m(r"评价等级为(.)。").group(1), p_tot, "prose grade")

    area = find_ind(inds, "治理废弃矿区面积").A
    c.same(c.num(r"全年治理废弃矿区(\d+)(亩)"), area, "面积 prose/table")
    c.same(c.num(r"土方量([\d.]+)(万立方米)"), find_ind(inds, "地形整治土方量").A, "土方量 prose/table")
    c.same(c.num(r"新增耕地(\d+)(亩)，"), find_ind(inds, "新增耕地面积").A, "新增耕地 prose/table")
    c.same(c.num(r"验收合格率([\d.]+)(%)"), find_ind(inds, "复垦耕地验收合格率").A, "合格率 prose/table")
    c.same(c.num(r"消除崩塌滑坡隐患点(\d+)(处)。"), find_ind(inds, "消除崩塌滑坡隐患点").A, "隐患点 prose/table")
    n_all = c.num(r"(\d+)个片区中\d+个按期完工", "个")
    n_ok = c.num(r"个片区中(\d+)个按期完工", "个")
    p_on = c.num(r"按期完工率([\d.]+)(%)")
    c.rate(p_on, n_ok, n_all, "按期完工率")
    c.same(p_on, find_ind(inds, "按期完工率").A, "按期完工率 prose/table")
    c.same(Num(c.m(r"共(\d+)个施工片区").group(1), "个"), n_all, "片区数")
    c.same(Num(c.m(r"组织实施，(\d+)个施工片区").group(1), "个"), n_all, "片区数 (实施)")
    late = c.num(r"影响，(\d+)(个)片区未按期完工")
    c.diff("sum_mismatch", late, n_all, n_ok, "延期片区 = 总数 − 按期")
    c.same(c.num(r"\t汛期降雨影响，(\d+)(个)片区延期"), late, "延期片区 note")
    c.same(c.num(r"不够充分，(\d+)(个)片区延期"), late, "延期片区 problems")
    cost = find_ind(inds, "亩均治理成本").A
    c.calc("average_mismatch", cost, lambda s, a: s / a, [p_exe, Num(area.raw)], "亩均成本 = 支出/面积")
    c.same(c.num(r"亩均治理成本(\d+)(元)。"), cost, "亩均成本 prose/table")
    q_n = c.num(r"发放满意度问卷(\d+)(份)")
    q_ok = c.num(r"满意(\d+)(份)")
    p_sat = c.num(r"综合满意度([\d.]+)(%)")
    c.rate(p_sat, q_ok, q_n, "综合满意度 = 满意/问卷")
    c.same(p_sat, find_ind(inds, "群众满意度").A, "满意度 prose/table")
    c.plausible_pct(c.num(r"周边村民满意度([\d.]+)(%)"), "村民满意度")
    c.plausible_pct(c.num(r"乡镇干部满意度([\d.]+)(%)"), "干部满意度")
    for pat, name in [(r"治理面积不少于(\d+)(亩)", "治理废弃矿区面积"), (r"新增耕地不少于(\d+)(亩)", "新增耕地面积"),
                      (r"隐患点不少于(\d+)(处)", "消除崩塌滑坡隐患点")]:
        c.same(c.num(pat), find_ind(inds, name).T, "target %s prose/table" % name)


PROJECTS = {
    "qianan-kuangshanxiufu-2021": (2021, check_qianan),
    "xinfeng-xitukuangshan-2019": (2019, check_xinfeng),
    "renhe-kuangshanxiufu-2024": (2024, check_renhe),
    "zichuan-zrzybumen-2022": (2022, check_zichuan),
    "pinggui-feiqikuangqu-2020": (2020, check_pinggui),
}


def run_checks(source, text):
    year, fn = PROJECTS[source]
    c = Ctx(text, year)
    try:
        fn(c)
    except ParseError as exc:
        c.fail("parse_error", str(exc))
    return c.fails


def edit_region(a, b):
    """Common prefix/suffix: the single contiguous region where a and b differ."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def main():
    problems = []
    with open(LABELS, encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    if len(labels) != 35:
        problems.append("expected 35 labels, got %d" % len(labels))
    counts = {k: 0 for k in CODES_A}
    clean_texts = {}
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
                clean_texts[rec["source"]] = fh.read()
    if sorted(clean_texts) != sorted(PROJECTS):
        problems.append("clean drafts %r" % sorted(clean_texts))
    for rec in labels:
        name, src = rec["case"], rec["source"]
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        fails = run_checks(src, text)
        got = sorted({code for code, _ in fails})
        if rec["clean"]:
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append("%s: %d characters" % (name, n))
            if rec["expected"]:
                problems.append("%s: clean case with labels" % name)
            for code, msg in fails:
                problems.append("%s (clean): %s %s" % (name, code, msg))
            continue
        if len(rec["expected"]) != 1:
            problems.append("%s: %d labels" % (name, len(rec["expected"])))
            continue
        exp = rec["expected"][0]
        code, value = exp["code"], exp["value"]
        if exp.get("severity") != "error" or code not in CODES_A:
            problems.append("%s: bad label %r" % (name, exp))
        counts[code] = counts.get(code, 0) + 1
        if got != [code]:
            problems.append("%s: labelled %s, checks fail %r: %s" % (name, code, got, fails))
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if len(occ) != 1:
            problems.append("%s: value %r occurs %d times" % (name, value, len(occ)))
            continue
        clean = clean_texts[src]
        if text == clean:
            problems.append("%s: identical to the clean draft" % name)
            continue
        (cs, ce), (es, ee) = edit_region(clean, text)
        if max(ce - cs, ee - es) > 40:
            problems.append("%s: edit of %d characters" % (name, max(ce - cs, ee - es)))
        vs, ve = occ[0], occ[0] + len(value)
        if not (vs < max(ee, es + 1) and es < ve):
            problems.append("%s: edit [%d,%d) does not overlap value [%d,%d)" % (name, es, ee, vs, ve))
        if value in clean:
            problems.append("%s: value %r already in the clean draft" % (name, value))
    for code in CODES_A:
        if counts.get(code, 0) < 2:
            problems.append("code %s labelled %d times" % (code, counts.get(code, 0)))
    if problems:
        for p in problems:
            print("FAIL", p)
        print("%d problem(s)" % len(problems))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
