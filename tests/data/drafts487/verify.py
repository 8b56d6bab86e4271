#!/usr/bin/env python3
"""Verify drafts487: read every figure back from each case text and redo its arithmetic.

Standard library + decimal only. For every case the project's checks are run on the text as
written (figures are parsed with anchored patterns and from the tables as copied); each failed
identity yields an error code of errors.md §A.  Then:
  * every clean draft passes every check (no error, no score-rule warning);
  * every error case fails its labelled code and no other error code;
  * each label value occurs exactly once in its case; the case differs from its clean draft in
    one contiguous edit of at most 40 characters that overlaps the value;
  * every code of errors.md §A is used at least twice; 35 label lines.
Prints OK when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
LABELS = os.path.join(HERE, "labels.jsonl")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

NUM = r"(\d+(?:\.\d+)?)"
D = Decimal
EPS = D("1e-9")
HUNDRED = D(100)


class ParseError(Exception):
    pass


# ----------------------------------------------------------------------------- numbers
def places(s):
    s = s.strip().rstrip("%")
    return len(s.split(".", 1)[1]) if "." in s else 0


def half_unit(s):
    return D(5) / D(10) ** (places(s) + 1)


def val(s):
    s = s.strip().rstrip("%")
    return D(s)


def close(stated, computed):
    """rules §8: stated value with d decimals is consistent with computed value."""
    return abs(computed - val(stated)) <= half_unit(stated) + EPS


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def one(text, pat, group=1):
    ms = list(re.finditer(pat, text))
    if len(ms) != 1:
        raise ParseError("pattern %r matched %d times" % (pat, len(ms)))
    m = ms[0]
    if isinstance(group, tuple):
        return tuple(m.group(g) for g in group)
    return m.group(group)


def between(text, start, end=None):
    i = text.index(start)
    if end is None:
        return text[i + len(start):]
    j = text.index(end, i + len(start))
    return text[i + len(start):j]


# ----------------------------------------------------------------------------- tables
def word_rows(region):
    """Word copy: blocks separated by a blank line, one tab-indented cell a line."""
    rows = []
    for block in re.split(r"\n[ ]*\n", region.strip("\n")):
        lines = [l for l in block.split("\n") if l.startswith("\t") or l.strip()]
        if not lines or not all(l.startswith("\t") for l in lines):
            continue
        rows.append([l[1:] for l in lines])
    return rows


def web_rows(region):
    return [l.split("\t") for l in region.split("\n") if "\t" in l]


def space_rows(region):
    return [re.split(r" {2,}", l.strip()) for l in region.split("\n") if re.search(r"\S {2,}\S", l)]


def find_row(rows, name, col=None):
    hits = [r for r in rows if (name in r if col is None else (len(r) > col and r[col] == name))]
    if len(hits) != 1:
        raise ParseError("row %r found %d times" % (name, len(hits)))
    return hits[0]


def after(row, name, n):
    i = row.index(name)
    cells = row[i + 1:i + 1 + n]
    if len(cells) < n:
        raise ParseError("row %r too short" % name)
    return cells


def money(cell):
    """Funds-table cell: blank = nothing (0), '—' = not applicable (None)."""
    c = cell.strip()
    if c == "":
        return D(0)
    if c in ("—", "-", "/"):
        return None
    return D(c.rstrip("%"))


# ----------------------------------------------------------------------------- checker
class Check:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def err(self, code, msg):
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    # I1/I2/I5 ---------------------------------------------------------------
    def rate(self, stated, num, den, what):
        """stated: rate string as written ('95.29%', '95.29', '—'); num/den Decimal (den may be 0)."""
        s = stated.strip()
        if den is None or den == 0:
            if s not in ("—", "-", "", "0", "0%", "0.00%"):
                self.err("implausible_rate", "%s: rate %s on a zero base" % (what, s))
            return
        if s in ("—", "-", ""):
            self.warn("missing_figure", "%s: rate not stated" % what)
            return
        c = num / den * HUNDRED
        if val(s) > HUNDRED or val(s) < 0:
            self.err("implausible_rate", "%s: %s outside [0, 100%%]" % (what, s))
        if not close(s, c):
            self.err("rate_mismatch", "%s: stated %s, computed %s" % (what, s, r2(c)))

    def pct_range(self, stated, what):
        if val(stated) > HUNDRED or val(stated) < 0:
            self.err("implausible_rate", "%s: %s outside [0, 100%%]" % (what, stated))

    # I4 / I3 / I11 with the unit-rescaling rule of errors.md #11(b) ---------------
    def _rescue(self, operands, test):
        """operands: list of Decimal; test(list) -> bool. True if rescaling one operand by 10^±4 or 10^±8 fixes it."""
        for i in range(len(operands)):
            for f in (D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8):
                ops = list(operands)
                ops[i] = ops[i] * f
                if test(ops):
                    return True
        return False

    def total(self, total_s, parts, what, code="sum_mismatch", total_scale=D(1), part_scales=None):
        """total_s: stated total string; parts: list of strings (or Decimal). All in one unit after scales."""
        part_scales = part_scales or [D(1)] * len(parts)
        tol = half_unit(total_s) * total_scale + EPS
        ops = [val(total_s) * total_scale] + [(p if isinstance(p, Decimal) else val(p)) * k
                                               for p, k in zip(parts, part_scales)]

        def test(o):
            return abs(sum(o[1:]) - o[0]) <= tol

        if test(ops):
            return
        if self._rescue(ops, test):
            self.err("unit_mismatch", "%s: reconciled only by rescaling one amount by 10^4/10^8" % what)
        else:
            self.err(code, "%s: stated %s, parts add to %s" % (what, total_s, sum(ops[1:]) / total_scale))

    def diff(self, stated_s, a, b, what, code):
        """stated = a - b (balance, shortfall, increase)."""
        tol = half_unit(stated_s) + EPS
        ops = [val(stated_s), a, b]

        def test(o):
            return abs((o[1] - o[2]) - o[0]) <= tol

        if test(ops):
            return
        if self._rescue(ops, test):
            self.err("unit_mismatch", "%s: reconciled only by rescaling by 10^4" % what)
        else:
            self.err(code, "%s: stated %s, computed %s" % (what, stated_s, a - b))

    def product(self, stated_s, factors, what, scale=D(1), code="sum_mismatch"):
        """stated (times scale) = product of factors."""
        tol = half_unit(stated_s) * scale + EPS
        ops = [val(stated_s) * scale] + list(factors)

        def test(o):
            p = D(1)
            for x in o[1:]:
                p *= x
            return abs(p - o[0]) <= tol

        if test(ops):
            return
        if self._rescue(ops, test):
            self.err("unit_mismatch", "%s: reconciled only by rescaling by 10^4" % what)
        else:
            self.err(code, "%s: stated %s does not match the product" % (what, stated_s))

    def same(self, a_s, b_s, what, a_scale=D(1), b_scale=D(1)):
        """I11: the same quantity stated twice must agree (after unit normalisation)."""
        a, b = val(a_s) * a_scale, val(b_s) * b_scale
        tol = max(half_unit(a_s) * a_scale, half_unit(b_s) * b_scale) + EPS
        if abs(a - b) <= tol:
            return
        for f in (D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8):
            if abs(a * f - b) <= tol or abs(a - b * f) <= tol:
                self.err("unit_mismatch", "%s: %s vs %s differ by a power of ten" % (what, a_s, b_s))
                return
        self.err("conflicting_values", "%s: %s vs %s" % (what, a_s, b_s))

    def average(self, stated_s, items, what):
        mean = sum(items) / len(items)
        if not close(stated_s, mean):
            self.err("average_mismatch", "%s: stated %s, mean %s" % (what, stated_s, r2(mean)))

    def year_eq(self, y, year, what):
        if int(y) != year:
            self.err("year_mismatch", "%s: %s, evaluation year %d" % (what, y, year))

    def year_after(self, y, year, what):
        if int(y) <= year:
            self.err("year_mismatch", "%s: carry-over to %s in the %d report" % (what, y, year))

    def grade(self, total_s, label, what):
        t = val(total_s)
        band = "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
        norm = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
                "合格": "中", "差": "差", "较差": "差", "不合格": "差"}[label]
        if norm != band:
            self.err("grade_mismatch", "%s: %s for total %s (band %s)" % (what, label, total_s, band))

    # indicators (rules §5, I5, I7, I8, I13) ---------------------------------------
    def indicator(self, name, target, actual, comp, w=None, sc=None):
        """Returns the completion as a fraction (Decimal) or None when not computable."""
        frac = None
        mt = re.match(r"^(≥|≤|=|＞|＜|>=|<=)?\s*(\d+(?:\.\d+)?)\s*(.*)$", target.strip())
        if mt:
            sign, T, tu = mt.group(1) or "=", D(mt.group(2)), mt.group(3).strip()
            ma = re.match(r"^(\d+(?:\.\d+)?)\s*(.*)$", actual.strip())
            if not ma:
                self.err("unit_mismatch", "%s: actual %r not a number in %r" % (name, actual, tu))
            else:
                A, au = D(ma.group(1)), ma.group(2).strip()
                if au != tu:
                    self.err("unit_mismatch", "%s: target in %r, actual in %r" % (name, tu, au))
                else:
                    if au == "%" and (A > HUNDRED or A < 0):
                        self.err("implausible_rate", "%s: actual %s%% outside [0, 100]" % (name, A))
                    lte = sign in ("≤", "＜", "<=")
                    if T == 0:
                        frac = D(1) if A <= 0 else D(0)
                        if comp.strip() not in ("—", "-", ""):
                            self.err("implausible_rate", "%s: completion %s on a zero target" % (name, comp))
                    else:
                        frac = (D(1) if A <= T else T / A) if lte else A / T
                        if comp.strip() in ("—", "-", ""):
                            self.warn("missing_figure", "%s: completion not stated" % name)
                        elif not close(comp, frac * HUNDRED):
                            self.err("completion_mismatch", "%s: stated %s, computed %s%%" %
                                     (name, comp, r2(frac * HUNDRED)))
        if w is not None and sc is not None:
            W, S = val(w), val(sc)
            if S > W or S < 0:
                self.err("score_exceeds_weight", "%s: score %s, weight %s" % (name, sc, w))
            if frac is not None:
                exp = W * min(frac, D(1))
                alt = None
                if comp.strip() not in ("—", "-", "") and not mt.group(1) == "≤":
                    alt = W * min(val(comp) / HUNDRED, D(1))
                if not (close(sc, exp) or (alt is not None and close(sc, alt))):
                    self.warn("score_rule_mismatch", "%s: score %s, rule gives %s" % (name, sc, r2(exp)))
            elif not mt and actual.strip() == target.strip():
                if S < W * D("0.8"):
                    self.warn("score_rule_mismatch", "%s: achieved qualitative scored below 80%%" % name)
        return frac

    def exec_score(self, sc, w, rate_s, spent, budget, what):
        W, S = val(w), val(sc)
        if S > W or S < 0:
            self.err("score_exceeds_weight", "%s: score %s, weight %s" % (what, sc, w))
        exp = W * min(spent / budget, D(1))
        alt = W * min(val(rate_s) / HUNDRED, D(1))
        if not (close(sc, exp) or close(sc, alt)):
            self.warn("score_rule_mismatch", "%s: score %s, rule gives %s" % (what, sc, r2(exp)))

    def weights(self, stated_total_s, parts, what):
        s = sum(val(p) for p in parts)
        if abs(s - val(stated_total_s)) > EPS:
            self.err("weight_sum_mismatch", "%s: weights add to %s, stated %s" % (what, s, stated_total_s))

    def scores(self, stated_total_s, parts, what):
        s = sum(val(p) if isinstance(p, str) else p for p in parts)
        if not close(stated_total_s, s):
            self.err("score_sum_mismatch", "%s: scores add to %s, stated %s" % (what, s, stated_total_s))


# ============================================================================ project A
def check_zuoquan(t):
    c = Check()
    year = int(one(t, r"(\d{4})年度涉密载体销毁及保密技术检查专项经费绩效自评报告"))
    # funds table (Shanxi layout, Word copy)
    fr = word_rows(between(t, "（二）预算执行情况", "（三）项目绩效目标"))
    R = {}
    for key in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"):
        R[key] = find_row(fr, key, 0)[2:10]
    cols = ["总额", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他"]
    for key in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        r = R[key]
        c.total(r[0] or "0", [money(r[1]), money(r[6]), money(r[7])], key + " 总额=小计+结转+其他")
        c.total(r[1] or "0", [money(r[2]), money(r[3]), money(r[4]), money(r[5])], key + " 小计=各级")
    for i, col in enumerate(cols):
        rec, spent, bud = money(R["实际到位资金"][i]), money(R["全年执行资金"][i]), money(R["全年预算资金"][i])
        c.diff(R["资金结余"][i] or "0", rec, spent, "资金结余 " + col, "balance_mismatch")
        c.rate(R["预算到位率(%)"][i], rec, bud, "预算到位率 " + col)
        c.rate(R["预算执行率(%)"][i], spent, bud, "预算执行率 " + col)
    T = {k: money(R[k][0]) for k in R}
    # prose funds
    init_s = one(t, r"(\d{4})年年初预算安排县级资金" + NUM + r"万元", (1, 2))
    c.year_eq(init_s[0], year, "年初预算")
    c.same(init_s[1], R["年初预算资金"][0], "年初预算 text/table")
    prov = one(t, r"下达保密技术防护补助资金" + NUM + r"万元")
    c.same(prov, R["全年预算资金"][3], "省级补助 text/table")
    carry = one(t, r"加上上年结转资金" + NUM + r"万元")
    c.same(carry, R["全年预算资金"][6], "上年结转 text/table")
    annual = one(t, r"全年预算资金" + NUM + r"万元")
    c.total(annual, [init_s[1], prov, carry], "全年预算=年初+补助+结转")
    c.same(annual, R["全年预算资金"][0], "全年预算 text/table")
    rec = one(t, r"实际到位" + NUM + r"万元")
    c.same(rec, R["实际到位资金"][0], "到位 text/table")
    c.rate(one(t, r"到位率" + NUM + "%") + "%", val(rec), val(annual), "到位率 text")
    c.year_eq(one(t, r"截至(\d{4})年12月31日"), year, "截至日期")
    spent = one(t, r"全年执行" + NUM + r"万元")
    c.same(spent, R["全年执行资金"][0], "执行 text/table")
    rate_txt = one(t, r"预算执行率" + NUM + "%。") + "%"
    c.rate(rate_txt, val(spent), val(annual), "执行率 text")
    comp = [one(t, r"销毁设备" + NUM + r"万元"), one(t, r"检查软件升级" + NUM + r"万元"),
            one(t, r"运输及服务费" + NUM + r"万元"), one(t, r"劳务及差旅费" + NUM + r"万元")]
    c.total(spent, comp, "执行构成")
    c.diff(one(t, r"年末结余" + NUM + r"万元"), val(rec), val(spent), "年末结余", "balance_mismatch")
    c.year_after(one(t, r"结转至(\d{4})年继续使用"), year, "结转")
    c.year_eq(one(t, r"项目实施计划：1年（(\d{4})年1月至12月）"), year, "实施计划")
    # indicator table
    ir = word_rows(between(t, "附件1.项目支出绩效自评表"))
    rows = {}
    names = ["集中销毁涉密载体批次", "销毁涉密纸介质载体重量", "开展保密技术检查单位数", "涉密载体销毁合格率",
             "送销载体办结时限", "每吨纸介质载体销毁成本", "涉密载体失泄密事件", "检查发现隐患整改率",
             "送销及受检单位满意度"]
    for n in names:
        w, tg, ac, cp, sc = after(find_row(ir, n), n, 5)
        rows[n] = dict(w=w, tg=tg, ac=ac, cp=cp, sc=sc)
        c.indicator(n, tg, ac, cp, w, sc)
    ew, etg, eac, ecp, esc = after(find_row(ir, "预算执行率"), "预算执行率", 5)
    c.rate(eac, T["全年执行资金"], T["全年预算资金"], "自评表 预算执行率")
    c.indicator("预算执行率", etg, eac, ecp)
    c.exec_score(esc, ew, eac, T["全年执行资金"], T["全年预算资金"], "预算执行")
    c.diff(one(t, r"\t结余" + NUM + r"万元已结转下年"), T["实际到位资金"], T["全年执行资金"], "自评表结余说明",
           "balance_mismatch")
    tw, tsc = after(find_row(ir, "总分", 0), "总分", 3)[2], find_row(ir, "总分", 0)[7]
    groups = {"产出": names[:6], "效益": names[6:8], "满意度": names[8:]}
    c.weights(tw, [ew] + [rows[n]["w"] for n in names], "总权重")
    total_scores = [esc] + [rows[n]["sc"] for n in names]
    c.scores(tsc, total_scores, "自评表总分")
    txt_total = one(t, r"总得分" + NUM + "分")
    c.scores(txt_total, total_scores, "正文总得分")
    c.grade(txt_total, one(t, r'属于"(优秀|良好|中等|较差|优|良|中|差)"'), "正文等级")
    gs = one(t, r"预算执行指标" + NUM + r"分（权重" + NUM + r"分）", (1, 2))
    c.same(gs[0], esc, "预算执行得分 text/table")
    c.weights(gs[1], [ew], "预算执行权重")
    for g, lab in (("产出", "产出指标"), ("效益", "效益指标"), ("满意度", "满意度指标")):
        s_, w_ = one(t, lab + NUM + r"分（权重" + NUM + r"分）", (1, 2))
        c.scores(s_, [rows[n]["sc"] for n in groups[g]], g + "得分")
        c.weights(w_, [rows[n]["w"] for n in groups[g]], g + "权重")
    # outputs in prose
    lst = one(t, r"分别销毁涉密纸介质载体([^，]*(?:，[^，合]*)*)，合计" + NUM + "吨", (1, 2))
    items = [D(x) for x in re.findall(NUM + "吨", lst[0])]
    c.total(lst[1], items, "分批销毁合计")
    c.average(one(t, r"平均每批次" + NUM + "吨"), items, "平均每批次")
    c.same(lst[1], rows["销毁涉密纸介质载体重量"]["ac"].rstrip("吨"), "销毁重量 text/table")
    prev = one(t, r"较(\d{4})年的" + NUM + r"吨增加" + NUM + "吨", (1, 2, 3))
    c.year_eq(str(int(prev[0]) + 1), year, "上年比较")
    c.diff(prev[2], val(lst[1]), val(prev[1]), "较上年增加", "sum_mismatch")
    c.same(one(t, r"集中销毁" + NUM + "批次"), rows["集中销毁涉密载体批次"]["ac"].rstrip("批次"), "批次 text/table")
    unit_cost = one(t, r"按每吨" + NUM + "元委托")
    c.same(unit_cost, rows["每吨纸介质载体销毁成本"]["ac"].rstrip("元"), "每吨成本 text/table")
    fee = one(t, r"销毁服务费" + NUM + r"元（折合" + NUM + r"万元）", (1, 2))
    c.product(fee[0], [val(lst[1]), val(unit_cost)], "销毁服务费=吨数×单价")
    c.same(fee[0], fee[1], "服务费 元/万元", a_scale=D("0.0001"))
    c.same(one(t, r"低于每吨" + NUM + "元的成本控制标准"), rows["每吨纸介质载体销毁成本"]["tg"].lstrip("≤").rstrip("元"),
           "成本标准 text/table")
    c.same(one(t, r"全年对" + NUM + "家机关单位"), rows["开展保密技术检查单位数"]["ac"].rstrip("家"), "检查单位 text/table")
    c.same(one(t, r"未完成" + NUM + "家的年度指标"), rows["开展保密技术检查单位数"]["tg"].lstrip("≥").rstrip("家"),
           "检查单位指标 text/table")
    c.same(one(t, r"隐患整改率为" + NUM + "%"), rows["检查发现隐患整改率"]["ac"], "整改率 text/table")
    c.same(one(t, r"低于" + NUM + "%的年度指标"), rows["检查发现隐患整改率"]["tg"].lstrip("≥"), "整改率指标 text/table")
    sat = one(t, r"满意度为" + NUM + "%")
    c.pct_range(sat, "满意度 text")
    c.same(sat, rows["送销及受检单位满意度"]["ac"], "满意度 text/table")
    return c


# ============================================================================ project B
def check_gaolan(t):
    c = Check()
    year = int(one(t, r"(\d{4})年度保密技术防护设备购置项目\n"))
    c.year_eq(one(t, r"（(\d{4})年度）"), year, "自评表年度")
    tab = between(t, "项目支出绩效自评表")
    wr = web_rows(tab)
    F = {k: find_row(wr, k, 0)[1:7] for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    for j, col in enumerate(("年初", "全年", "执行")):
        c.total(F["年度资金总额"][j], [F["其中：当年财政拨款"][j], F["上年结转资金"][j], F["其他资金"][j]],
                "资金总额=各来源 " + col)
    for k, r in F.items():
        c.rate(r[4], money(r[2]), money(r[1]), "执行率 " + k)
    tot = F["年度资金总额"]
    c.exec_score(tot[5], tot[3], tot[4], val(tot[2]), val(tot[1]), "预算执行")
    # prose funds
    c.year_eq(one(t, r"(\d{4})年年初预算安排"), year, "年初预算")
    init = one(t, r"年初预算安排" + NUM + r"万元")
    c.same(init, tot[0], "年初 text/table")
    cut = one(t, r"调减" + NUM + r"万元")
    annual = one(t, r"全年预算" + NUM + r"万元")
    c.diff(annual, val(init), val(cut), "全年=年初-调减", "sum_mismatch")
    c.same(annual, tot[1], "全年 text/table")
    y_, rec = one(t, r"(\d{4})年4月，县财政局下达项目资金" + NUM + r"万元", (1, 2))
    c.year_eq(y_, year, "资金下达")
    c.rate(one(t, r"到位率" + NUM + "%") + "%", val(rec), val(annual), "到位率")
    c.year_eq(one(t, r"截至(\d{4})年12月31日"), year, "截至日期")
    spent = one(t, r"实际支出" + NUM + r"万元")
    c.same(spent, tot[2], "执行 text/table")
    c.rate(one(t, r"预算执行率" + NUM + "%") + "%", val(spent), val(annual), "执行率 text")
    sub = one(t, r"电磁屏蔽机柜和视频干扰器" + NUM + r"万元")
    c.total(spent, [one(t, r"保密防护软硬件" + NUM + r"万元"), sub, one(t, r"检测终端" + NUM + r"万元"),
                    one(t, r"保密测评服务" + NUM + r"万元")], "执行构成")
    cab = one(t, r"电磁屏蔽机柜2套" + NUM + r"万元")
    n_, jam, price = one(t, r"视频干扰器(\d+)台" + NUM + r"万元，单价" + NUM + "元", (1, 2, 3))
    c.total(sub, [cab, jam], "屏蔽机柜+干扰器")
    c.product(jam, [D(n_), val(price)], "干扰器金额=台数×单价", scale=D(10000))
    c.diff(one(t, r"结余资金" + NUM + r"万元"), val(rec), val(spent), "结余", "balance_mismatch")
    # indicator table
    names = ["加装保密防护系统的涉密计算机", "配备视频干扰器", "配备保密检查工具箱", "设备及系统验收合格率",
             "采购安装完成时限", "单台计算机保密防护系统安装成本", "涉密网络和计算机失泄密事件",
             "检查发现问题整改率", "保密防护系统运行正常率", "使用单位满意度"]
    rows = {}
    for n in names:
        row = [r for r in wr if n in r and r.index(n) + 6 < len(r)]
        if len(row) != 1:
            raise ParseError("indicator %s" % n)
        tg, ac, cp, w, sc = after(row[0], n, 5)
        rows[n] = dict(tg=tg, ac=ac, cp=cp, w=w, sc=sc)
        c.indicator(n, tg, ac, cp, w, sc)
    trow = find_row(wr, "总分", 0)
    c.weights(trow[6], [tot[3]] + [rows[n]["w"] for n in names], "总权重")
    allsc = [tot[5]] + [rows[n]["sc"] for n in names]
    c.scores(trow[7], allsc, "自评表总分")
    txt_total = one(t, r"自评得分" + NUM + "分")
    c.scores(txt_total, allsc, "正文自评得分")
    c.grade(txt_total, one(t, r"评价等级为(优秀|良好|中等|较差|优|良|中|差)"), "正文等级")
    # prose vs table
    c.same(one(t, r"全年共为" + NUM + "台"), rows[names[0]]["ac"].rstrip("台"), "加装台数 text/table")
    c.same(one(t, r"\t为" + NUM + "台涉密计算机加装"), rows[names[0]]["ac"].rstrip("台"), "加装台数 目标栏/table")
    c.same(one(t, r"配备视频干扰器" + NUM + "台；"), rows[names[1]]["ac"].rstrip("台"), "干扰器 text/table")
    c.same(n_, rows[names[1]]["ac"].rstrip("台"), "干扰器台数 资金/table")
    c.same(one(t, r"工具箱到货" + NUM + "套"), rows[names[2]]["ac"].rstrip("套"), "工具箱 text/table")
    c.same(one(t, r"保密检查工具箱" + NUM + "套，未发生"), rows[names[2]]["ac"].rstrip("套"), "工具箱 目标栏/table")
    c.same(one(t, r"用时" + NUM + "个月"), rows[names[4]]["ac"].rstrip("个月"), "安装用时 text/table")
    c.same(one(t, r"安装成本" + NUM + "元，"), rows[names[5]]["ac"].rstrip("元"), "安装成本 text/table")
    c.same(one(t, r"低于" + NUM + "元的控制标准"), rows[names[5]]["tg"].lstrip("≤").rstrip("元"), "成本标准 text/table")
    c.same(one(t, r"整改率" + NUM + "%，"), rows[names[7]]["ac"].rstrip("%"), "整改率 text/table")
    c.same(one(t, r"运行正常率" + NUM + "%。"), rows[names[8]]["ac"].rstrip("%"), "运行正常率 text/table")
    sat = one(t, r"满意度" + NUM + "%。")
    c.pct_range(sat, "满意度 text")
    c.same(sat, rows[names[9]]["ac"].rstrip("%"), "满意度 text/table")
    return c


# ============================================================================ project C
def check_yongfeng(t):
    c = Check()
    year = int(one(t, r"(\d{4})年度部门整体支出绩效自评报告\n"))
    c.year_eq(one(t, r"开展(\d{4})年度部门整体支出绩效自评工作"), year, "通知年度")
    c.year_eq(one(t, r"表1  (\d{4})年度"), year, "表1")
    c.year_eq(one(t, r"表2  (\d{4})年度"), year, "表2")
    c.year_eq(one(t, r"附表  (\d{4})年度"), year, "附表")
    t1 = space_rows(between(t, "表1  ", "（二）基本支出情况"))
    T1 = {k: find_row(t1, k, 0)[1:5] for k in ("合计", "基本支出", "项目支出")}
    for j, col in enumerate(("年初", "全年", "执行")):
        c.total(T1["合计"][j], [T1["基本支出"][j], T1["项目支出"][j]], "表1合计 " + col)
    for k, r in T1.items():
        c.rate(r[3], val(r[2]), val(r[1]), "表1执行率 " + k)
    # prose funds
    y_, init = one(t, r"(\d{4})年年初预算" + NUM + r"万元", (1, 2))
    c.year_eq(y_, year, "年初预算")
    c.same(init, T1["合计"][0], "年初 text/table")
    annual, fis, carry = one(t, r"全年预算" + NUM + r"万元，其中当年财政拨款" + NUM + r"万元，上年结转资金" + NUM + r"万元",
                             (1, 2, 3))
    c.total(annual, [fis, carry], "全年预算=拨款+结转")
    c.same(annual, T1["合计"][1], "全年 text/table")
    c.year_eq(one(t, r"截至(\d{4})年12月31日"), year, "截至日期")
    spent = one(t, r"全年支出" + NUM + r"万元")
    c.same(spent, T1["合计"][2], "执行 text/table")
    c.rate(one(t, r"全年支出[^，]*，预算执行率" + NUM + "%") + "%", val(spent), val(annual), "执行率 text")
    unexec = one(t, r"未执行" + NUM + r"万元")
    c.diff(unexec, val(annual), val(spent), "未执行=全年-执行", "balance_mismatch")
    y2, cf = one(t, r"结转(\d{4})年继续使用" + NUM + r"万元", (1, 2))
    c.year_after(y2, year, "结转")
    bal = one(t, r"结余" + NUM + r"万元已上缴")
    c.total(unexec, [cf, bal], "未执行=结转+结余")
    basic = one(t, r"基本支出全年执行" + NUM + r"万元")
    c.same(basic, T1["基本支出"][2], "基本支出 text/table")
    c.total(basic, [one(t, r"人员经费" + NUM + r"万元"), one(t, r"公用经费" + NUM + r"万元")], "基本支出构成")
    rec_now, y3, rec_prev, drop = one(t, r"公务接待费" + NUM + r"万元，较(\d{4})年的" + NUM + r"万元下降" + NUM + "%",
                                      (1, 2, 3, 4))
    c.year_eq(str(int(y3) + 1), year, "上年比较")
    c.rate(drop + "%", val(rec_prev) - val(rec_now), val(rec_prev), "公务接待费降幅")
    pb, pe, pr = one(t, r"全年预算" + NUM + r"万元，执行" + NUM + r"万元，项目支出执行率" + NUM + "%", (1, 2, 3))
    c.same(pb, T1["项目支出"][1], "项目预算 text/table")
    c.same(pe, T1["项目支出"][2], "项目执行 text/table")
    c.rate(pr + "%", val(pe), val(pb), "项目支出执行率 text")
    # table 2
    t2 = space_rows(between(t, "表2  ", "三个项目均由"))
    projs = ["涉密载体销毁中心运行经费", "保密技术检查及防护设备更新", "保密宣传教育及培训"]
    P = {k: find_row(t2, k, 0)[1:5] for k in projs + ["合计"]}
    for j, col in enumerate(("全年", "执行")):
        c.total(P["合计"][j], [P[k][j] for k in projs], "表2合计 " + col)
    for k in projs + ["合计"]:
        c.rate(P[k][2], val(P[k][1]), val(P[k][0]), "表2执行率 " + k)
    c.same(P["合计"][0], T1["项目支出"][1], "项目预算 表2/表1")
    c.same(P["合计"][1], T1["项目支出"][2], "项目执行 表2/表1")
    c.average(one(t, r"平均自评得分" + NUM + "分"), [val(P[k][3]) for k in projs], "项目平均自评得分")
    # table 3
    t3 = space_rows(between(t, "附表  "))
    names = ["集中销毁涉密载体重量", "开展保密技术检查", "组织保密教育培训", "涉密载体销毁合格率", "载体接收后销毁时限",
             "公务接待费", "失泄密案件", "机关单位保密自查自评覆盖率", "保密工作满意度"]
    rows = {}
    for n in names:
        tg, ac, cp, w, sc = after(find_row(t3, n), n, 5)
        rows[n] = dict(tg=tg, ac=ac, cp=cp, w=w, sc=sc)
        c.indicator(n, tg, ac, cp, w, sc)
    etg, eac, ecp, ew, esc = after(find_row(t3, "部门预算执行率"), "部门预算执行率", 5)
    c.rate(eac, val(T1["合计"][2]), val(T1["合计"][1]), "自评表 预算执行率")
    c.indicator("部门预算执行率", etg, eac, ecp)
    c.exec_score(esc, ew, eac, val(T1["合计"][2]), val(T1["合计"][1]), "预算执行")
    tr = find_row(t3, "合计", 0)
    c.weights(tr[1], [ew] + [rows[n]["w"] for n in names], "总权重")
    allsc = [esc] + [rows[n]["sc"] for n in names]
    c.scores(tr[2], allsc, "自评表合计")
    txt_total = one(t, r"绩效自评得分" + NUM + "分")
    c.scores(txt_total, allsc, "正文自评得分")
    c.grade(txt_total, one(t, r"评价等级为(优秀|良好|中等|较差|优|良|中|差)"), "正文等级")
    # prose vs table 3
    tons, y4, prev, growth = one(t, r"全年集中销毁涉密载体" + NUM + r"吨，较(\d{4})年的" + NUM + r"吨增长" + NUM + "%",
                                 (1, 2, 3, 4))
    c.year_eq(str(int(y4) + 1), year, "上年比较")
    c.rate(growth + "%", val(tons) - val(prev), val(prev), "销毁量增幅")
    c.same(tons, rows[names[0]]["ac"].rstrip("吨"), "销毁量 text/table")
    lst = one(t, r"分三次进行，分别销毁([^，]*)，")
    c.total(tons, [D(x) for x in re.findall(NUM + "吨", lst)], "三次销毁合计")
    c.same(one(t, r"平均" + NUM + "个工作日内"), rows[names[4]]["ac"].rstrip("个工作日"), "销毁时限 text/table")
    c.same(one(t, r"全年开展保密技术检查" + NUM + "家次"), rows[names[1]]["ac"].rstrip("家次"), "检查家次 text/table")
    tr_a, tr_t = one(t, r"组织保密教育培训" + NUM + r"人次，未完成" + NUM + "人次", (1, 2))
    c.same(tr_a, rows[names[2]]["ac"].rstrip("人次"), "培训人次 text/table")
    c.same(tr_t, rows[names[2]]["tg"].lstrip("≥").rstrip("人次"), "培训指标 text/table")
    cov, gap = one(t, r"自查自评覆盖率" + NUM + r"%，较年度指标低" + NUM + "个百分点", (1, 2))
    c.same(cov, rows[names[7]]["ac"].rstrip("%"), "覆盖率 text/table")
    c.diff(gap, val(rows[names[7]]["tg"].lstrip("≥").rstrip("%")), val(cov), "覆盖率差距", "sum_mismatch")
    sat = one(t, r"满意度为" + NUM + "%")
    c.pct_range(sat, "满意度 text")
    c.same(sat, rows[names[8]]["ac"].rstrip("%"), "满意度 text/table")
    c.same(rec_now, rows[names[5]]["ac"].rstrip("万元"), "公务接待费 text/table")
    return c


# ============================================================================ project D
def check_zhongshan(t):
    c = Check()
    year = int(one(t, r"(\d{4})年度涉密载体销毁中心运行及设备购置项目绩效自评报告"))
    c.year_eq(one(t, r"钟山县委保密机要局(\d{4})年实施"), year, "实施年度")
    c.year_eq(one(t, r"县委保密委员会(\d{4})年工作要点"), year, "工作要点")
    t1 = web_rows(between(t, "表1  项目资金情况", "2.组织实施"))
    F = {k: find_row(t1, k, 0)[1:7] for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    for j, col in enumerate(("年初", "全年", "执行")):
        c.total(F["年度资金总额"][j], [F["其中：当年财政拨款"][j], F["上年结转资金"][j], F["其他资金"][j]],
                "资金总额=各来源 " + col)
    for k, r in F.items():
        c.rate(r[4], money(r[2]), money(r[1]), "执行率 " + k)
    tot = F["年度资金总额"]
    c.exec_score(tot[5], tot[3], tot[4], val(tot[2]), val(tot[1]), "预算执行")
    # prose funds
    reg, cty, init = one(t, r"自治区级保密专项补助" + NUM + r"万元和县级财政安排" + NUM + r"万元组成，年初预算" + NUM + r"万元",
                         (1, 2, 3))
    c.total(init, [reg, cty], "年初=自治区+县级")
    c.same(init, tot[0], "年初 text/table")
    if "全年预算未作调整" in t and val(tot[0]) != val(tot[1]):
        c.err("balance_mismatch", "未作调整 but 年初 != 全年")
    annual, rec, rec_reg, rec_cty, rrate, short = one(
        t, r"全年预算" + NUM + r"万元，实际到位" + NUM + r"万元（自治区级" + NUM + r"万元、县级" + NUM + r"万元），到位率" + NUM +
        r"%，县级资金未到位" + NUM + r"万元", (1, 2, 3, 4, 5, 6))
    c.same(annual, tot[1], "全年 text/table")
    c.total(rec, [rec_reg, rec_cty], "到位=自治区+县级")
    c.same(rec_reg, reg, "自治区级 安排/到位")
    c.rate(rrate + "%", val(rec), val(annual), "到位率")
    c.diff(short, val(annual), val(rec), "未到位=全年-到位", "balance_mismatch")
    c.diff(short, val(cty), val(rec_cty), "县级未到位=安排-到位", "balance_mismatch")
    c.year_eq(one(t, r"截至(\d{4})年12月31日"), year, "截至日期")
    spent, erate, urate = one(t, r"实际支出" + NUM + r"万元，预算执行率" + NUM + r"%，按到位资金计算的资金使用率为" + NUM + "%",
                              (1, 2, 3))
    c.same(spent, tot[2], "执行 text/table")
    c.rate(erate + "%", val(spent), val(annual), "执行率 text")
    c.rate(urate + "%", val(spent), val(rec), "使用率(到位口径)")
    c.total(spent, [one(t, r"一体机1台" + NUM + r"万元"), one(t, r"粉碎设备1套" + NUM + r"万元"),
                    one(t, r"运输等）" + NUM + r"万元")], "执行构成")
    c.diff(one(t, r"资金结余" + NUM + r"万元"), val(rec), val(spent), "结余=到位-执行", "balance_mismatch")
    c.year_after(one(t, r"结转至(\d{4})年"), year, "结转")
    # table 2 (third level: targets, actuals, completion)
    t2 = web_rows(between(t, "表2  三级指标完成情况", "（四）项目效益"))
    groups = {"数量指标": ["销毁涉密纸质载体", "销毁涉密电子载体（硬盘、光盘、U盘等）"],
              "质量指标": ["销毁后残片粒度达标率"], "时效指标": ["销毁设备采购安装时限"],
              "成本指标": ["纸质载体每吨销毁运行成本"],
              "社会效益指标": ["机关单位涉密载体集中销毁覆盖率", "乡镇涉密载体送销率"],
              "可持续影响指标": ["销毁设备故障停机次数"], "服务对象满意度指标": ["送销单位满意度"]}
    rows, fr = {}, {}
    for g, ns in groups.items():
        for n in ns:
            tg, ac, cp = after(find_row(t2, n), n, 3)
            rows[n] = dict(tg=tg, ac=ac, cp=cp)
            fr[n] = c.indicator(n, tg, ac, cp)
    # table 3 (second-level weights and scores)
    t3 = web_rows(between(t, "表3  二级指标评分情况", "五、主要经验"))
    S = {}
    for g in list(groups) + ["预算执行率"]:
        w, sc = after(find_row(t3, g), g, 2)
        S[g] = (w, sc)
        if val(sc) > val(w) or val(sc) < 0:
            c.err("score_exceeds_weight", "%s: score %s, weight %s" % (g, sc, w))
    for g, ns in groups.items():
        if any(fr[n] is None for n in ns):
            continue
        exp = val(S[g][0]) * sum(min(fr[n], D(1)) for n in ns) / len(ns)
        if not close(S[g][1], exp):
            c.warn("score_rule_mismatch", "%s: score %s, second-level rule gives %s" % (g, S[g][1], r2(exp)))
    c.same(S["预算执行率"][0], tot[3], "预算执行分值 表3/表1")
    c.same(S["预算执行率"][1], tot[5], "预算执行得分 表3/表1")
    tr = find_row(t3, "合计", 0)
    c.weights(tr[2], [S[g][0] for g in S], "总权重")
    c.scores(tr[3], [S[g][1] for g in S], "表3合计")
    txt_total = one(t, r"本项目自评得分" + NUM + "分")
    c.scores(txt_total, [S[g][1] for g in S], "正文自评得分")
    c.grade(txt_total, one(t, r"评价等级为(优秀|良好|中等|较差|优|良|中|差)"), "正文等级")
    es, ew = one(t, r"预算执行率得分" + NUM + r"分（分值" + NUM + r"分）", (1, 2))
    c.same(es, S["预算执行率"][1], "预算执行得分 text/table")
    c.weights(ew, [S["预算执行率"][0]], "预算执行分值 text")
    for lab, gl in (("产出指标", ["数量指标", "质量指标", "时效指标", "成本指标"]),
                    ("效益指标", ["社会效益指标", "可持续影响指标"]),
                    ("满意度指标", ["服务对象满意度指标"])):
        s_, w_ = one(t, lab + r"得分" + NUM + r"分（分值" + NUM + r"分）", (1, 2))
        c.scores(s_, [S[g][1] for g in gl], lab + "得分")
        c.weights(w_, [S[g][0] for g in gl], lab + "分值")
    # prose vs tables
    used, late = one(t, r"用时" + NUM + r"个月，较计划延后" + NUM + "个月", (1, 2))
    c.year_eq(one(t, r"设备于(\d{4})年10月安装调试完毕"), year, "安装时间")
    c.same(used, rows["销毁设备采购安装时限"]["ac"].rstrip("个月"), "安装用时 text/table")
    c.diff(late, val(used), val(rows["销毁设备采购安装时限"]["tg"].lstrip("≤").rstrip("个月")), "延后月数", "sum_mismatch")
    lst, tons = one(t, r"分别销毁纸质载体([^，]*(?:，[^，合]*)*)，合计" + NUM + "吨", (1, 2))
    items = [D(x) for x in re.findall(NUM + "吨", lst)]
    c.total(tons, items, "分次销毁合计")
    c.average(one(t, r"平均每次" + NUM + "吨"), items, "平均每次")
    c.same(tons, rows["销毁涉密纸质载体"]["ac"].rstrip("吨"), "销毁量 text/table")
    uc = one(t, r"每吨销毁运行成本" + NUM + "元")
    c.same(uc, rows["纸质载体每吨销毁运行成本"]["ac"].rstrip("元"), "每吨成本 text/table")
    approx = one(t, r"运行费用约" + NUM + r"万元")  # 约: input interval, never an error when inside
    if abs(val(tons) * val(uc) / D(10000) - val(approx)) > half_unit(approx) * 2:
        c.err("sum_mismatch", "约%s万元 far from %s×%s元" % (approx, tons, uc))
    cov, sent = one(t, r"集中销毁覆盖率" + NUM + r"%，乡镇涉密载体送销率" + NUM + "%", (1, 2))
    c.same(cov, rows["机关单位涉密载体集中销毁覆盖率"]["ac"].rstrip("%"), "覆盖率 text/table")
    c.same(sent, rows["乡镇涉密载体送销率"]["ac"].rstrip("%"), "送销率 text/table")
    c.same(one(t, r"故障停机" + NUM + "次"), rows["销毁设备故障停机次数"]["ac"].rstrip("次"), "停机次数 text/table")
    sat = one(t, r"送销单位满意度" + NUM + "%。")
    c.pct_range(sat, "满意度 text")
    c.same(sat, rows["送销单位满意度"]["ac"].rstrip("%"), "满意度 text/table")
    return c


# ============================================================================ project E
def check_daying(t):
    c = Check()
    year = int(one(t, r"(\d{4})年度大英县委保密机要局项目支出"))
    tab = word_rows(between(t, "附件：项目支出绩效自评表"))
    F = {k: find_row(tab, k, 1)[2:8] for k in ("资金总额", "财政资金", "财政专户管理资金", "单位资金", "其他资金")}
    for j, col in enumerate(("年初", "全年", "执行")):
        c.total(F["资金总额"][j], [F[k][j] for k in ("财政资金", "财政专户管理资金", "单位资金", "其他资金")],
                "资金总额=各来源 " + col)
    for k, r in F.items():
        c.rate(r[4], money(r[2]), money(r[1]), "执行率 " + k)
    tot = F["资金总额"]
    c.exec_score(tot[5], tot[3], tot[4], val(tot[2]), val(tot[1]), "预算执行")
    # prose funds
    y_, init = one(t, r"(\d{4})年年初预算" + NUM + r"万元，均为县级财政资金", (1, 2))
    c.year_eq(y_, year, "年初预算")
    c.same(init, tot[0], "年初 text/table")
    c.same(init, F["财政资金"][0], "年初财政 text/table")
    add, unit, annual = one(t, r"追加保密技术防护补助" + NUM + r"万元，单位安排自有资金" + NUM + r"万元，全年预算" + NUM + r"万元",
                            (1, 2, 3))
    c.total(annual, [init, add, unit], "全年=年初+追加+单位")
    c.total(F["财政资金"][1], [init, add], "财政全年=年初+追加")
    c.same(unit, F["单位资金"][1], "单位资金 text/table")
    c.same(annual, tot[1], "全年 text/table")
    rf, ru, rr = one(t, r"财政资金" + NUM + r"万元和单位资金" + NUM + r"万元已全部到位，到位率" + NUM + "%", (1, 2, 3))
    c.same(rf, F["财政资金"][1], "财政到位/全年")
    c.same(ru, F["单位资金"][1], "单位到位/全年")
    c.rate(rr + "%", val(rf) + val(ru), val(annual), "到位率")
    c.year_eq(one(t, r"截至(\d{4})年12月31日"), year, "截至日期")
    spent, er, efr, eur = one(t, r"实际支出" + NUM + r"万元，预算执行率" + NUM + r"%，其中财政资金执行率" + NUM +
                              r"%，单位资金执行率" + NUM + "%", (1, 2, 3, 4))
    c.same(spent, tot[2], "执行 text/table")
    c.rate(er + "%", val(spent), val(annual), "执行率 text")
    c.rate(efr + "%", val(F["财政资金"][2]), val(F["财政资金"][1]), "财政资金执行率 text")
    c.rate(eur + "%", val(F["单位资金"][2]), val(F["单位资金"][1]), "单位资金执行率 text")
    plat, plat_yuan = one(t, r"监管平台升级" + NUM + r"万元（" + NUM + r"元）", (1, 2))
    c.same(plat, plat_yuan, "平台升级 万元/元", b_scale=D("0.0001"))
    c.total(spent, [one(t, r"销毁设备更新" + NUM + r"万元"), plat, one(t, r"防护改造" + NUM + r"万元"),
                    one(t, r"培训及宣传" + NUM + r"万元")], "执行构成")
    une = one(t, r"未支出" + NUM + r"万元")
    c.diff(une, val(annual), val(spent), "未支出=全年-执行", "balance_mismatch")
    fq, y2 = one(t, r"财政资金" + NUM + r"万元为设备质保金，结转至(\d{4})年支付", (1, 2))
    c.year_after(y2, year, "结转")
    c.diff(fq, val(F["财政资金"][1]), val(F["财政资金"][2]), "财政未支出", "balance_mismatch")
    ub = one(t, r"单位资金结余" + NUM + r"万元")
    c.diff(ub, val(F["单位资金"][1]), val(F["单位资金"][2]), "单位资金结余", "balance_mismatch")
    c.total(une, [fq, ub], "未支出=结转+结余")
    lst = one(t, r"每轮检查涉密计算机分别为([^，]*)，平均每轮" + NUM + "台", (1, 2))
    c.average(lst[1], [D(x) for x in re.findall(NUM + "台", lst[0])], "平均每轮")
    # indicator table
    names = ["更新涉密载体销毁设备", "涉密计算机保密技术检查", "集中销毁涉密载体", "检查发现问题整改率",
             "涉密载体接收至销毁周期", "单台涉密计算机检查成本", "失泄密事件", "保密技术培训涉密人员", "保密技术防护长效机制"]
    rows = {}
    for n in names:
        sign, v, u, ac, cp, w, sc = after(find_row(tab, n, 2), n, 7)
        if sign == "定性":
            tg, acs = v, ac
        else:
            tg, acs = sign + v + u, ac + u
        rows[n] = dict(tg=tg, ac=acs, v=v, a=ac, cp=cp, w=w, sc=sc)
        c.indicator(n, tg, acs, cp, w, sc)
    tr = find_row(tab, "总分", 0)
    c.weights(tr[8], [tot[3]] + [rows[n]["w"] for n in names], "总权重")
    allsc = [tot[5]] + [rows[n]["sc"] for n in names]
    c.scores(tr[9], allsc, "自评表总分")
    for m in re.finditer(r"自评得分" + NUM + r"分，(?:评价)?等级为(优秀|良好|中等|较差|优|良|中|差)", t):
        c.scores(m.group(1), allsc, "自评得分 " + m.group(0))
        c.grade(m.group(1), m.group(2), "等级 " + m.group(0))
    if len(re.findall(r"自评得分" + NUM + r"分", t)) != 2:
        raise ParseError("E totals")
    # prose vs table
    c.same(one(t, r"全年更新涉密载体销毁设备" + NUM + "台套"), rows[names[0]]["a"], "设备 text/table")
    c.same(one(t, r"完成涉密计算机保密技术检查" + NUM + "台次"), rows[names[1]]["a"], "检查台次 text/table")
    y3 = one(t, r"集中销毁涉密载体" + NUM + r"吨（(\d{4})年为", (1, 2))
    c.same(y3[0], rows[names[2]]["a"], "销毁量 text/table")
    c.year_eq(str(int(y3[1]) + 1), year, "上年比较")
    c.same(one(t, r"检查发现问题整改率" + NUM + "%，"), rows[names[3]]["a"], "整改率 text/table")
    c.same(one(t, r"平均周期" + NUM + "天"), rows[names[4]]["a"], "周期 text/table")
    c.same(one(t, r"检查成本" + NUM + "元。"), rows[names[5]]["a"], "检查成本 text/table")
    ta, tt = one(t, r"保密技术培训" + NUM + r"人次，未完成" + NUM + "人次", (1, 2))
    c.same(ta, rows[names[7]]["a"], "培训人次 text/table")
    c.same(tt, rows[names[7]]["v"], "培训指标 text/table")
    c.pct_range(one(t, r"认可度为" + NUM + "%"), "培训认可度")
    return c


PROJECTS = {
    "zuoquan-zaitixiaohui-2019": check_zuoquan,
    "gaolan-fanghushebei-2021": check_gaolan,
    "yongfeng-baomibumen-2022": check_yongfeng,
    "zhongshan-xiaohuizhongxin-2024": check_zhongshan,
    "daying-jishufanghu-2025": check_daying,
}


# ============================================================================ driver
def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def edit_region(clean, case):
    """(start, end) in case and (start, end) in clean of the single changed stretch."""
    p = 0
    while p < min(len(clean), len(case)) and clean[p] == case[p]:
        p += 1
    s = 0
    while s < min(len(clean), len(case)) - p and clean[-1 - s] == case[-1 - s]:
        s += 1
    return (p, len(case) - s), (p, len(clean) - s)


def main():
    problems = []
    labels = [json.loads(l) for l in open(LABELS, encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append("labels.jsonl has %d lines, expected 35" % len(labels))
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels and case files differ")
    counts = {k: 0 for k in CODES}
    for lab in labels:
        case, src = lab["case"], lab["source"]
        text = read(case)
        chk = PROJECTS[src]
        try:
            res = chk(text)
        except (ParseError, ValueError, IndexError, KeyError) as e:
            problems.append("%s: parse failure: %s" % (case, e))
            continue
        got = sorted(set(code for code, _ in res.errors))
        if lab["clean"]:
            if lab["expected"]:
                problems.append("%s: clean case with expected findings" % case)
            if res.errors or res.warnings:
                problems.append("%s: clean draft fails: %s %s" % (case, res.errors, res.warnings))
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append("%s: length %d outside 1500-5000" % (case, n))
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append("%s: expected exactly one finding" % case)
            continue
        e = exp[0]
        if e["code"] not in CODES or e.get("severity") != "error":
            problems.append("%s: bad code/severity" % case)
        counts[e["code"]] = counts.get(e["code"], 0) + 1
        if got != [e["code"]]:
            problems.append("%s: labelled %s, checks give %s" % (case, e["code"], res.errors))
        v = e["value"]
        occ = [m.start() for m in re.finditer(re.escape(v), text)]
        if len(occ) != 1:
            problems.append("%s: value %r occurs %d times" % (case, v, len(occ)))
            continue
        clean = read(src + "-clean.txt")
        (cs, ce), (os_, oe) = edit_region(clean, text)
        if ce - cs > 40 or oe - os_ > 40 or ce <= cs:
            problems.append("%s: edit region %d/%d chars" % (case, ce - cs, oe - os_))
        if not (cs < occ[0] + len(v) and occ[0] < ce):
            problems.append("%s: edit [%d,%d) does not overlap value at %d" % (case, cs, ce, occ[0]))
    for k in CODES:
        if counts.get(k, 0) < 2:
            problems.append("code %s used %d times" % (k, counts.get(k, 0)))
    if problems:
        print("\n".join(problems))
        print("FAILED (%d problems)" % len(problems))
        sys.exit(1)
    if "-v" in sys.argv:
        for k in CODES:
            print("%-22s %d" % (k, counts[k]))
    print("OK")


if __name__ == "__main__":
    main()
