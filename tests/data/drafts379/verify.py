#!/usr/bin/env python3
"""Verify the labelled set in this folder (standard library only).

1. labels.jsonl: one line per case file, clean cases with no expectation, error cases with one
   label each; every label value occurs in its case; every code of errors.md section A that this
   set uses occurs at least twice; all 13 codes are used.
2. Each error case differs from its clean draft in one contiguous place that overlaps an
   occurrence of the label value; a changed figure occurs only once in the clean draft (except
   for conflicting_values, where the figure is stated twice on purpose).
3. The arithmetic of every draft is redone from the text (figures are read with regular
   expressions and simple table parsers, and compared with the tolerance of rules.md section 8,
   using decimal.Decimal and ROUND_HALF_UP): every check passes on the clean drafts; on each
   error case the labelled code fails and no other error-level code fails.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

NUM = r"[0-9][0-9,]*(?:\.[0-9]+)?"
PCT = NUM + r"%"
UNIT_FACTOR = {"元": D(1), "万元": D(10000), "亿元": D(100000000), None: D(1), "": D(1)}
EPS = D("1e-9")


class ExtractError(Exception):
    pass


# ---------------------------------------------------------------- numbers
def strip_num(s):
    return s.replace(",", "").replace("%", "").strip()


def num(s):
    s = strip_num(s)
    return D(s) if s else D(0)


def decimals(s):
    s = strip_num(s)
    return len(s.split(".")[1]) if "." in s else 0


def half_unit(s, approx=False):
    """Tolerance of a stated figure: half a unit of its last decimal (rules.md section 8)."""
    if not strip_num(s):
        return D(0)
    return D(1).scaleb(-decimals(s)) / 2


def agrees(stated, computed, approx=False):
    return abs(num(stated) - computed) <= half_unit(stated) + EPS


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


class Amt:
    """A stated money amount (or any quantity) with its unit; value normalised by the unit factor."""

    def __init__(self, raw, unit="万元", approx=False):
        self.raw = raw if raw is not None else ""
        self.unit = unit
        self.f = UNIT_FACTOR.get(unit, D(1))
        self.v = num(self.raw) * self.f
        self.tol = half_unit(self.raw) * self.f
        if approx:  # 约/余/左右/近: the figure itself is an interval
            self.tol = self.tol if self.tol else D("0.5") * self.f

    def __repr__(self):
        return f"{self.raw}{self.unit or ''}"


# ---------------------------------------------------------------- targets / actuals
DATE_RE = re.compile(r"^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?(前|以前)?$")
VAL_RE = re.compile(r"^(≥|≤|＞＝|＜＝|>=|<=|＝|=|不少于|不低于|不超过)?\s*(" + NUM + r")\s*(.*)$")


def parse_value(s):
    """-> (direction, Decimal value or None, unit). unit 'date' for calendar dates, None when qualitative."""
    s = s.strip()
    m = DATE_RE.match(s)
    if m:
        return ("lte" if m.group(4) else "eq", None, "date")
    m = VAL_RE.match(s)
    if not m:
        return (None, None, None)
    sign, v, unit = m.group(1), num(m.group(2)), m.group(3).strip()
    if sign in ("≥", "＞＝", ">=", "不少于", "不低于"):
        d = "gte"
    elif sign in ("≤", "＜＝", "<=", "不超过"):
        d = "lte"
    else:
        d = "eq"
    return (d, v, unit)


# ---------------------------------------------------------------- checker context
class Ctx:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.fails = []

    # -- extraction
    def one(self, pat, text=None):
        text = self.t if text is None else text
        ms = list(re.finditer(pat, text))
        if len(ms) != 1:
            raise ExtractError(f"pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    def between(self, start, end=None):
        i = self.t.find(start)
        if i < 0 or self.t.find(start, i + 1) >= 0:
            raise ExtractError(f"marker {start!r} not unique")
        j = len(self.t) if end is None else self.t.find(end, i)
        if j < 0:
            raise ExtractError(f"end marker {end!r} not found")
        return self.t[i:j]

    def fail(self, code, msg):
        self.fails.append((code, msg))

    # -- arithmetic checks
    def _reconcile(self, target, terms, signs):
        """target = sum(sign*term). Return None if it holds, 'unit' if rescaling one figure by
        10^4 reconciles it, else 'bad'."""
        tol = max([target.tol] + [t.tol for t in terms]) + EPS

        def ok(vals):
            comp = sum(s * v for s, v in zip(signs, vals[1:]))
            return abs(comp - vals[0]) <= tol
        vals = [target.v] + [t.v for t in terms]
        if ok(vals):
            return None
        for i in range(len(vals)):
            for k in (D(10000), D(1) / D(10000)):
                v2 = list(vals)
                v2[i] = v2[i] * k
                # a rescaling that merely makes a figure vanish (or a zero figure) explains nothing
                if vals[i] == 0 or abs(v2[i]) <= tol:
                    continue
                if ok(v2):
                    return "unit"
        return "bad"

    def total(self, tot, parts, what, code="sum_mismatch"):
        r = self._reconcile(tot, parts, [1] * len(parts))
        if r == "unit":
            self.fail("unit_mismatch", f"{what}: {tot} vs {parts} reconciles only after rescaling one figure by 10^4")
        elif r:
            self.fail(code, f"{what}: {tot} != sum {parts}")

    def diff(self, stated, a, b, what, code="balance_mismatch"):
        """stated = a - b"""
        r = self._reconcile(a, [b, stated], [1, 1])
        if r == "unit":
            self.fail("unit_mismatch", f"{what}: {a} - {b} vs {stated} reconciles only after rescaling by 10^4")
        elif r:
            self.fail(code, f"{what}: {a} - {b} != {stated}")

    def product(self, stated, count, each, what, code="sum_mismatch"):
        comp = count * each.v
        if abs(comp - stated.v) <= stated.tol + EPS:
            return
        for k in (D(10000), D(1) / D(10000)):
            if abs(comp * k - stated.v) <= stated.tol + EPS:
                self.fail("unit_mismatch", f"{what}: {count} x {each} vs {stated} off by 10^4")
                return
        self.fail(code, f"{what}: {count} x {each} != {stated}")

    def rate(self, stated, numer, denom, what, cap=True, code="rate_mismatch"):
        """stated: a percent string; numer/denom Decimals (same unit)."""
        s = strip_num(stated)
        if s in ("", "—"):
            return
        v = num(stated)
        if denom == 0:
            if v != 0:
                self.fail("implausible_rate", f"{what}: rate {stated} on a zero base")
            return
        if cap and v > 100:
            self.fail("implausible_rate", f"{what}: rate {stated} above 100%")
            return
        if v < 0:
            self.fail("implausible_rate", f"{what}: negative rate {stated}")
            return
        comp = numer / denom * 100
        if not agrees(stated, comp):
            self.fail(code, f"{what}: stated {stated}, computed {r2(comp)}")

    def ratio(self, stated, numer, denom, what, code="rate_mismatch", approx=False):
        comp = numer / denom
        tol = half_unit(stated) + EPS
        if approx and decimals(stated) == 0:
            tol = D("0.5") + EPS
        if abs(num(stated) - comp) > tol:
            self.fail(code, f"{what}: stated {stated}, computed {comp:.4f}")

    def same(self, a, b, what):
        """a, b: Amt (or plain strings compared exactly)."""
        if isinstance(a, str):
            if a != b:
                self.fail("conflicting_values", f"{what}: {a!r} vs {b!r}")
            return
        tol = max(a.tol, b.tol) + EPS
        if abs(a.v - b.v) <= tol:
            return
        for k in (D(10000), D(1) / D(10000)):
            if abs(a.v * k - b.v) <= max(a.tol * k, b.tol) + EPS:
                self.fail("unit_mismatch", f"{what}: {a} vs {b} differ by 10^4")
                return
        self.fail("conflicting_values", f"{what}: {a} vs {b}")

    def average(self, stated, items, what):
        comp = sum(items) / len(items)
        if not agrees(stated, comp):
            self.fail("average_mismatch", f"{what}: stated {stated}, mean {comp:.4f}")

    def satisfaction(self, stated, what):
        if num(stated) > 100 or num(stated) < 0:
            self.fail("implausible_rate", f"{what}: {stated} outside 0-100%")

    def completion(self, target, actual, stated, what):
        """Check units and, when a completion rate is stated, the rate (rules.md section 5)."""
        dt, tv, tu = parse_value(target)
        da, av, au = parse_value(actual)
        if tu is None and au is None:
            return  # qualitative
        if tu != au:
            self.fail("unit_mismatch", f"{what}: target {target!r} and actual {actual!r} in different units")
            return
        if stated is None or strip_num(stated) in ("", "—") or tu == "date":
            return
        if dt == "lte":
            comp = D(100) if av <= tv else tv / av * 100
        elif tv == 0:
            comp = D(100) if av == 0 else D(0)
        else:
            comp = av / tv * 100
        if not agrees(stated, comp):
            self.fail("completion_mismatch", f"{what}: stated {stated}, computed {r2(comp)}")

    def scores(self, rows, total_w, total_s, what, blocks=None):
        """rows: list of (name, weight str, score str); total_w/total_s: stated totals (str or None).
        blocks: list of (stated block weight str, [row names])."""
        for name, w, s in rows:
            if num(s) > num(w) or num(s) < 0:
                self.fail("score_exceeds_weight", f"{what} {name}: score {s} > weight {w}")
        sw = sum(num(w) for _, w, _ in rows)
        if sw != 100 or (total_w is not None and num(total_w) != sw):
            self.fail("weight_sum_mismatch", f"{what}: weights sum {sw}, stated {total_w}")
        for bw, names in (blocks or []):
            bs = sum(num(w) for n, w, _ in rows if n in names)
            if bs != num(bw):
                self.fail("weight_sum_mismatch", f"{what}: block {names[0]}.. weights {bs} != {bw}")
        ss = sum(num(s) for _, _, s in rows)
        if total_s is not None and not agrees(total_s, ss):
            self.fail("score_sum_mismatch", f"{what}: scores sum {ss}, stated {total_s}")
        return ss

    def grade(self, total, word, what):
        s = num(total)
        band = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
        words = {"优": ("优", "优秀"), "良": ("良", "良好"), "中": ("中", "中等", "一般", "合格"),
                 "差": ("差", "较差", "不合格")}
        if word not in words[band]:
            self.fail("grade_mismatch", f"{what}: {total} is {band}, stated {word}")

    def carry(self, y, what):
        if int(y) <= self.year:
            self.fail("year_mismatch", f"{what}: carried over to {y} in the {self.year} report")

    def eval_year(self, y, what):
        if int(y) != self.year:
            self.fail("year_mismatch", f"{what}: year {y} vs evaluation year {self.year}")

    def issued(self, y, month, what):
        y, month = int(y), int(month)
        if not (y == self.year or (y == self.year - 1 and month == 12)):
            self.fail("year_mismatch", f"{what}: issued {y}-{month} for a {self.year} budget")


# ---------------------------------------------------------------- table readers
def cell_rows(seg):
    """Seed-003 layout: one cell per line, each line starting with a tab, blank line between rows."""
    rows, cur = [], []
    for line in seg.split("\n"):
        if line.startswith("\t"):
            cur.append(line[1:].strip())
        else:
            if cur:
                rows.append(cur)
            cur = []
    if cur:
        rows.append(cur)
    return rows


def row_by(rows, label, idx=0):
    hits = [r for r in rows if len(r) > idx and r[idx] == label]
    if len(hits) != 1:
        raise ExtractError(f"row {label!r}: {len(hits)} hits")
    return hits[0]


def line_row(text, label, sep):
    hits = []
    for line in text.split("\n"):
        cells = line.split(sep)
        if label in [c.strip() for c in cells]:
            hits.append([c.strip() for c in cells])
    if len(hits) != 1:
        raise ExtractError(f"line row {label!r}: {len(hits)} hits")
    return hits[0]


def after(cells, label, n):
    i = cells.index(label)
    out = cells[i + 1:i + 1 + n]
    if len(out) != n:
        raise ExtractError(f"row {label!r} too short")
    return out


# ================================================================ project checkers
def check_houma(c):
    """sx-houma-ranqiguanwang-2021: Shanxi layout, funds table in 元 with 行次."""
    m = c.one(r"\]侯马市住房和城乡建设管理局\n(\d{4})年度老旧燃气管网")
    c.eval_year(m.group(1), "title")
    rows = cell_rows(c.between("（二）预算执行情况", "年初批复预算"))
    labels = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金"]
    A = {lab: [Amt(x, "元") for x in row_by(rows, lab)[2:10]] for lab in labels}
    for lab in labels:
        v = A[lab]
        c.total(v[1], v[2:6], f"{lab} 财政资金小计")
        c.total(v[0], [v[1], v[6], v[7]], f"{lab} 年度总金额")
    ann, rec, exe = A["全年预算资金"], A["实际到位资金"], A["全年执行资金"]
    colname = ["年度总金额", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他"]
    bal = row_by(rows, "资金结余")[2:10]
    for i, s in enumerate(bal):
        if s == "":
            continue  # seed-style blank cell
        c.diff(Amt(s, "元"), rec[i], exe[i], f"资金结余 {colname[i]}")
    for lab, nums in (("预算到位率(%)", rec), ("预算执行率(%)", exe)):
        cells = row_by(rows, lab)[2:10]
        for i, s in enumerate(cells):
            c.rate(s, nums[i].v, ann[i].v, f"{lab} {colname[i]}")
    # prose: sources of the initial budget
    m = c.one(r"年初批复预算(" + NUM + r")元，其中中央财政城镇保障性安居工程补助（配套基础设施）(" + NUM +
              r")元，省级城建专项(" + NUM + r")元，临汾市级补助(" + NUM + r")元，我市本级配套(" + NUM +
              r")元，燃气经营企业自筹(" + NUM + r")元")
    g = [Amt(x, "元") for x in m.groups()]
    c.total(g[0], g[1:], "年初批复预算 (prose)")
    c.same(g[0], A["年初预算资金"][0], "年初预算 prose/table")
    for k, col in ((1, 2), (2, 3), (3, 4), (4, 5), (5, 7)):
        c.same(g[k], A["年初预算资金"][col], f"年初 {colname[col]} prose/table")
    m = c.one(r"追加本级配套(" + NUM + r")元，全年预算调整为(" + NUM + r")元（合(" + NUM + r")万元）")
    c.total(ann[5], [A["年初预算资金"][5], Amt(m.group(1), "元")], "县区级 年初 + 追加")
    c.same(Amt(m.group(2), "元"), ann[0], "全年预算 prose/table")
    c.same(Amt(m.group(3), "万元"), ann[0], "全年预算 万元/元")
    m = c.one(r"市级补助年内实际拨付(" + NUM + r")元")
    c.same(Amt(m.group(1), "元"), rec[4], "市级到位 prose/table")
    m = c.one(r"全年共支出(" + NUM + r")元，其中管网普查探测及数据建库支出(" + NUM +
              r")元，老旧燃气管道更新改造工程支出(" + NUM + r")元")
    tot, p1, p2 = (Amt(x, "元") for x in m.groups())
    c.total(tot, [p1, p2], "全年支出 breakdown")
    c.same(tot, exe[0], "全年支出 prose/table")
    m = c.one(r"招标控制价(" + NUM + r")元，中标价(" + NUM + r")元，节约资金(" + NUM + r")元，节约率(" + PCT + ")")
    ctrl, bid, sav = (Amt(x, "元") for x in m.groups()[:3])
    c.total(ctrl, [bid, sav], "控制价 = 中标价 + 节约")
    c.rate(m.group(4), sav.v, ctrl.v, "节约率")
    m = c.one(r"尚有(" + NUM + r")元尾款")
    c.diff(Amt(m.group(1), "元"), bid, p2, "合同尾款 = 中标价 - 已付")
    m = c.one(r"年末资金结余(" + NUM + r")元，已按规定结转至(\d{4})年")
    c.same(Amt(m.group(1), "元"), Amt(bal[0], "元"), "结余 prose/table")
    c.carry(m.group(2), "结余结转")
    # 附件1
    rows1 = cell_rows(c.between("附件1.项目支出绩效自评表"))
    ind = [r for r in rows1 if len(r) >= 8 and r[2] not in ("目标指标", "")]
    srows = []
    T = {}
    for r in ind:
        name, w, tgt, act, comp, sc = r[2], r[3], r[4], r[5], r[6], r[7]
        T[name] = r
        srows.append((name, w, sc))
        c.completion(tgt, act, comp, f"附件1 {name}")
    tot = row_by(rows1, "合计")
    c.scores(srows, tot[3], tot[7], "附件1")
    c.same(Amt(T["预算执行率"][5], "%"), Amt(row_by(rows, "预算执行率(%)")[2], "%"), "执行率 附件1/funds table")
    m = c.one(r"总得分(" + NUM + r")分，属于“(\S+?)”")
    c.same(Amt(m.group(1), ""), Amt(tot[7], ""), "总得分 text/table")
    c.grade(m.group(1), m.group(2), "总得分")
    # prose vs table
    m = c.one(r"更新改造老旧燃气管道不少于(" + NUM + r")公里，完成城区不少于(" + NUM +
              r")公里地下管线的普查探测和入库，改造工程验收合格率(" + PCT + r")，改造片区不发生燃气泄漏事故，受益居民不少于(" +
              NUM + r")户，群众满意度不低于(" + PCT + ")")
    for k, name in ((1, "老旧燃气管道更新改造长度"), (2, "城区地下管线普查探测长度"), (4, "受益居民户数")):
        c.same(Amt(m.group(k), ""), Amt(str(parse_value(T[name][4])[1]), ""), f"目标 {name}")
    c.same(Amt(m.group(5), ""), Amt(str(parse_value(T["受益居民满意度"][4])[1]), ""), "目标 满意度")
    m = c.one(r"全年完成老旧燃气管道更新改造(" + NUM + r")公里，改造庭院管网涉及居民(" + NUM + r")户；完成(" + NUM +
              r")公里地下管线普查探测")
    c.same(Amt(m.group(1), ""), Amt(str(parse_value(T["老旧燃气管道更新改造长度"][5])[1]), ""), "改造长度 text/table")
    c.same(Amt(m.group(2), ""), Amt(str(parse_value(T["受益居民户数"][5])[1]), ""), "受益户数 text/table")
    c.same(Amt(m.group(3), ""), Amt(str(parse_value(T["城区地下管线普查探测长度"][5])[1]), ""), "普查长度 text/table")
    m = c.one(r"(\d+)个施工标段中(\d+)个按期完工")
    c.rate(T["改造标段按期完工率"][5], D(m.group(2)), D(m.group(1)), "按期完工率")
    m = c.one(r"低于每公里(" + NUM + r")万元的控制标准")
    c.same(Amt(m.group(1), ""), Amt(str(parse_value(T["改造工程综合单价"][4])[1]), ""), "成本标准 text/table")
    m = c.one(r"综合单价约(" + NUM + r")万元/公里")
    c.same(Amt(m.group(1), "", approx=True), Amt(str(parse_value(T["改造工程综合单价"][5])[1]), ""), "综合单价 text/table")
    c.ratio(T["改造工程综合单价"][5].replace("万元/公里", ""), bid.v / 10000,
            parse_value(T["老旧燃气管道更新改造长度"][5])[1], "综合单价 = 中标价 / 长度")
    m = c.one(r"发放入户问卷(\d+)份，回收有效问卷(\d+)份，受益居民满意度(" + PCT + ")")
    if int(m.group(2)) > int(m.group(1)):
        c.fail("implausible_rate", "有效问卷 > 发放")
    c.satisfaction(m.group(3), "满意度")
    c.same(Amt(m.group(3), "%"), Amt(T["受益居民满意度"][5], "%"), "满意度 text/table")


def check_shehong(c):
    """sc-shehong-ranqigaizao-2023: Sichuan outline, web copy, 自评表 with 指标性质/度量单位."""
    m = c.one(r"射洪市住房和城乡建设局(\d{4})年度城市燃气管道老化更新改造项目支出绩效自评报告")
    c.eval_year(m.group(1), "title")
    c.eval_year(c.one(r"（(\d{4})年度）").group(1), "自评表 header")
    F = {lab: line_row(c.t, lab, "\t") for lab in ("年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")}
    for k in (1, 2, 3):
        c.total(Amt(F["年度资金总额"][k]), [Amt(F[l][k]) for l in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")],
                f"资金总额 column {k}")
    tot = F["年度资金总额"]
    c.rate(tot[5], num(tot[3]), num(tot[2]), "执行率 (table)")
    fin = F["其中：财政资金"]
    m = c.one(r"项目年初预算(" + NUM + r")万元，其中财政资金(" + NUM + r")万元（中央预算内投资(" + NUM + r")万元、市级配套(" + NUM +
              r")万元），燃气经营企业按出资责任自筹(" + NUM + r")万元")
    y0, f0, cen, city, own = (Amt(x) for x in m.groups())
    c.total(y0, [f0, own], "年初 = 财政 + 自筹")
    c.total(f0, [cen, city], "财政 = 中央 + 市级")
    c.same(y0, Amt(tot[1]), "年初 prose/table")
    c.same(f0, Amt(fin[1]), "财政年初 prose/table")
    c.same(own, Amt(F["其他资金"][1]), "自筹 prose/table")
    m = c.one(r"追加市级配套(" + NUM + r")万元，全年预算调整为(" + NUM + r")万元")
    add, y1 = Amt(m.group(1)), Amt(m.group(2))
    c.total(y1, [y0, add], "全年 = 年初 + 追加")
    c.same(y1, Amt(tot[2]), "全年 prose/table")
    m = c.one(r"中央预算内投资(" + NUM + r")万元已于(\d{4})年(\d{1,2})月提前下达")
    c.same(Amt(m.group(1)), cen, "中央 amount")
    c.issued(m.group(2), m.group(3), "中央预算内投资下达")
    m = c.one(r"全年执行(" + NUM + r")万元，其中财政资金执行(" + NUM + r")万元，财政资金执行率(" + PCT + r")；中央资金支付率(" +
              PCT + r")，市级配套资金执行率(" + PCT + ")")
    e, fe = Amt(m.group(1)), Amt(m.group(2))
    c.same(e, Amt(tot[3]), "执行 prose/table")
    c.same(fe, Amt(fin[3]), "财政执行 prose/table")
    c.rate(m.group(3), fe.v, num(fin[2]) * 10000, "财政资金执行率")
    cen_spent = cen.v * num(m.group(4)) / 100
    c.rate(m.group(5), fe.v - cen_spent, city.v + add.v, "市级配套执行率")
    m = c.one(r"户内燃气设施改造(\d+)户，按每户(" + NUM + r")(万元|元)的标准补助，共计(" + NUM + r")万元")
    c.product(Amt(m.group(4)), D(m.group(1)), Amt(m.group(2), m.group(3)), "户内改造补助")
    m2 = c.one(r"未支付的(" + NUM + r")万元结转至(\d{4})年")
    c.diff(Amt(m2.group(1)), Amt(tot[2]), Amt(tot[3]), "结转 = 全年预算 - 执行")
    c.carry(m2.group(2), "结转")
    # indicator table
    names = ["市政燃气老旧管道更新改造长度", "户内燃气设施改造户数", "改造工程竣工验收合格率", "年度改造任务完成时间",
             "市政管道改造综合单价", "改造区域燃气安全责任事故", "惠及居民户数", "老旧管网长效管护机制", "改造小区居民满意度"]
    T = {n: line_row(c.t, n, "\t") for n in names}
    srows = [("预算执行", tot[4], tot[6])]
    for n in names:
        r = T[n]
        i = r.index(n)
        srows.append((n, r[i + 5], r[i + 6]))
    tr = line_row(c.t, "总分", "\t")
    c.scores(srows, tr[7], tr[8], "自评表")
    c.same(m.group(1), T["户内燃气设施改造户数"][6], "户内改造户数 text/table")

    def tv(n, k):
        r = T[n]
        return Amt(r[r.index(n) + k], "")
    m = c.one(r"市政管道改造施工合同总价(" + NUM + r")万元")
    m3 = c.one(r"全年更新改造市政燃气老旧管道(" + NUM + r")公里，其中子昂片区(" + NUM + r")公里、太和片区(" + NUM +
               r")公里、金华片区(" + NUM + r")公里，平均每个片区(" + NUM + r")公里，完成年度目标(" + NUM + r")公里的(" + PCT + ")")
    L, a, b, d3, avg, tgt, comp = m3.groups()
    c.ratio(T["市政管道改造综合单价"][6], num(m.group(1)), tv("市政燃气老旧管道更新改造长度", 4).v, "综合单价 = 合同价 / 长度")
    c.total(Amt(L, ""), [Amt(a, ""), Amt(b, ""), Amt(d3, "")], "三片区长度")
    c.average(avg, [num(a), num(b), num(d3)], "平均每片区")
    c.completion("≥" + tgt + "公里", L + "公里", comp, "改造长度完成率")
    c.same(Amt(L, ""), tv("市政燃气老旧管道更新改造长度", 4), "改造长度 text/table")
    c.same(Amt(tgt, ""), tv("市政燃气老旧管道更新改造长度", 2), "改造长度目标 text/table")
    m = c.one(r"于(\d{4}年\d{1,2}月\d{1,2}日)全部完工")
    c.same(m.group(1), T["年度改造任务完成时间"][6], "完工日期 text/table")
    c.eval_year(m.group(1)[:4], "完工日期")
    m = c.one(r"项目惠及居民(" + NUM + r")户")
    c.same(Amt(m.group(1), ""), tv("惠及居民户数", 4), "惠及户数 text/table")
    m = c.one(r"未达到(" + NUM + r")户的目标")
    c.same(Amt(m.group(1), ""), tv("惠及居民户数", 2), "惠及户数目标 text/table")
    m = c.one(r"居民满意度为(" + PCT + ")")
    c.satisfaction(m.group(1), "满意度")
    c.same(Amt(m.group(1), "%"), Amt(tv("改造小区居民满意度", 4).raw, "%"), "满意度 text/table")
    m = c.one(r"更新改造市政燃气老旧管道不少于(" + NUM + r")公里，完成户内燃气设施改造不少于(" + NUM +
              r")户，竣工验收合格率(" + PCT + r")，改造区域不发生燃气安全责任事故，惠及居民不少于(" + NUM + r")户，居民满意度达到(" +
              PCT + ")以上")
    c.same(Amt(m.group(1), ""), tv("市政燃气老旧管道更新改造长度", 2), "目标 长度")
    c.same(Amt(m.group(2), ""), tv("户内燃气设施改造户数", 2), "目标 户内")
    c.same(Amt(m.group(4), ""), tv("惠及居民户数", 2), "目标 惠及")
    c.same(Amt(m.group(5), ""), tv("改造小区居民满意度", 2), "目标 满意度")
    m = c.one(r"项目自评得分(" + NUM + r")分，评价等级为“(\S)”")
    c.same(Amt(m.group(1), ""), Amt(tr[8], ""), "总分 text/table")
    c.grade(m.group(1), m.group(2), "自评得分")


def check_liling(c):
    """hn-liling-guanwangpucha-2022: Hunan outline, MOF 附件1 copied from a PDF (space-separated)."""
    c.eval_year(c.one(r"对(\d{4})年城市地下管网普查及燃气管道隐患整治项目").group(1), "intro")
    c.eval_year(c.one(r"\n(\d{4})年度项目支出绩效自评表").group(1), "自评表 title")
    F = {lab: line_row(c.t, lab, " ") for lab in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}

    def col(lab, k):
        return Amt(after(F[lab], lab, 6)[k])
    for k in (0, 1, 2):
        c.total(col("年度资金总额", k), [col(l, k) for l in ("其中：当年财政拨款", "上年结转资金", "其他资金")], f"资金总额 col {k}")
    for lab in F:
        r = after(F[lab], lab, 6)
        c.rate(r[4], num(r[2]), num(r[1]), f"{lab} 执行率")
    m = c.one(r"项目年初预算(" + NUM + r")万元，均为本级财政拨款；年中省住建厅追加城市地下管网普查补助(" + NUM + r")万元，加上(\d{4})年结转的(" +
              NUM + r")万元，全年预算(" + NUM + r")万元")
    y0, add, yr, cf, y1 = Amt(m.group(1)), Amt(m.group(2)), m.group(3), Amt(m.group(4)), Amt(m.group(5))
    c.same(y0, col("年度资金总额", 0), "年初 prose/table")
    c.same(y0, col("其中：当年财政拨款", 0), "年初财政拨款 prose/table")
    c.total(y1, [y0, add, cf], "全年 = 年初 + 追加 + 结转")
    c.same(y1, col("年度资金总额", 1), "全年 prose/table")
    c.total(col("其中：当年财政拨款", 1), [y0, add], "当年财政拨款 全年 = 年初 + 追加")
    c.same(cf, col("上年结转资金", 1), "上年结转 prose/table")
    if int(yr) >= c.year:
        c.fail("year_mismatch", f"上年结转 from {yr}")
    m = c.one(r"全年执行(" + NUM + r")万元，执行率(" + PCT + ")")
    c.same(Amt(m.group(1)), col("年度资金总额", 2), "执行 prose/table")
    c.rate(m.group(2), num(m.group(1)), y1.v / 10000, "执行率 prose")
    m = c.one(r"合同金额(" + NUM + r")万元，按合同约定本年度支付至(\d+)%，即(" + NUM + r")万元，合同尾款(" + NUM + r")万元")
    ct, pct, paid, tail = Amt(m.group(1)), D(m.group(2)), Amt(m.group(3)), Amt(m.group(4))
    c.ratio(m.group(3), ct.v / 10000 * pct / 100, D(1), "按比例支付")
    c.total(ct, [paid, tail], "合同 = 已付 + 尾款")
    m = c.one(r"年末未支付资金(" + NUM + r")万元结转至(\d{4})年")
    c.diff(Amt(m.group(1)), y1, col("年度资金总额", 2), "结转 = 全年 - 执行")
    c.carry(m.group(2), "结转")
    # indicator rows
    names = ["地下管网普查长度", "燃气管道隐患整治点位", "普查数据质检合格率", "普查成果入库时间", "每公里普查探测费用",
             "燃气管道安全责任事故", "管网信息共享部门数", "普查成果动态更新机制", "相关部门及群众满意度"]
    T = {n: after(line_row(c.t, n, " "), n, 4) for n in names}
    tf = after(F["年度资金总额"], "年度资金总额", 6)
    srows = [("预算执行", tf[3], tf[5])]
    for n in names:
        tg, ac, w, s = T[n]
        srows.append((n, w, s))
        c.completion(tg, ac, None, n)
    tr = after(line_row(c.t, "总分", " "), "总分", 2)
    c.scores(srows, tr[0], tr[1], "自评表")

    def tv(n, k):
        return Amt(str(parse_value(T[n][k])[1]), "")
    m = c.one(r"完成地下管网普查(" + NUM + r")公里，完成年度目标的(" + PCT + ")")
    c.completion(T["地下管网普查长度"][0], m.group(1) + "公里", m.group(2), "普查长度完成率 (prose)")
    c.same(Amt(m.group(1), ""), tv("地下管网普查长度", 1), "普查长度 text/table")
    m = c.one(r"普查数据质检合格率(" + PCT + r")，成果于(\d{4}年\d{1,2}月\d{1,2}日)全部入库")
    c.same(Amt(m.group(1), ""), tv("普查数据质检合格率", 1), "合格率 text/table")
    c.same(m.group(2), T["普查成果入库时间"][1], "入库日期 text/table")
    m = c.one(r"每公里普查探测费用约(" + NUM + r")元")
    c.same(Amt(m.group(1), "", approx=True), tv("每公里普查探测费用", 1), "每公里费用 text/table")
    c.ratio(str(tv("每公里普查探测费用", 1).raw), ct.v, tv("地下管网普查长度", 1).v, "每公里费用 = 合同金额 / 长度")
    m = c.one(r"低于(" + NUM + r")元/公里的成本控制标准")
    c.same(Amt(m.group(1), ""), tv("每公里普查探测费用", 0), "成本标准 text/table")
    m = c.one(r"省级追加的(" + NUM + r")万元补助于(\d{4})年(\d{1,2})月到位")
    c.same(Amt(m.group(1)), add, "省级追加 restated")
    c.issued(m.group(2), m.group(3), "省级追加到位")
    m = c.one(r"尚有(\d+)处因涉及")
    pv = parse_value(T["燃气管道隐患整治点位"][1])
    if pv[2] == "处":
        c.total(tv("燃气管道隐患整治点位", 0), [Amt(str(pv[1]), ""), Amt(m.group(1), "")], "隐患点位 = 完成 + 未完成")
    m = c.one(r"等(\d+)个部门开放共享")
    c.same(Amt(m.group(1), ""), tv("管网信息共享部门数", 1), "共享部门 text/table")
    m = c.one(r"相关部门及群众满意度(" + PCT + ")。")
    c.satisfaction(m.group(1), "满意度")
    c.same(Amt(m.group(1), ""), tv("相关部门及群众满意度", 1), "满意度 text/table")
    m = c.one(r"完成城区(" + NUM + r")公里以上地下管网普查探测并建成管网信息平台；整治燃气管道隐患点位(" + NUM +
              r")处以上；普查数据质检合格率不低于(" + PCT + r")；全年不发生燃气管道安全责任事故；管网信息平台向不少于(" + NUM +
              r")个部门开放共享，相关部门及群众满意度不低于(" + PCT + ")")
    for k, n in ((1, "地下管网普查长度"), (2, "燃气管道隐患整治点位"), (3, "普查数据质检合格率"), (4, "管网信息共享部门数"),
                 (5, "相关部门及群众满意度")):
        c.same(Amt(strip_num(m.group(k)), ""), tv(n, 0), f"目标 {n}")
    m = c.one(r"项目自评得分(" + NUM + r")分，评价等级为“(\S)”")
    c.same(Amt(m.group(1), ""), Amt(tr[1], ""), "总分 text/table")
    c.grade(m.group(1), m.group(2), "自评得分")
    m = c.one(r"(\d{4})年度该项目一期自评得分为(" + NUM + ")分")
    if int(m.group(1)) >= c.year:
        c.fail("year_mismatch", "last year's score dated in the evaluation year")


def check_gaoan(c):
    """jx-gaoan-zhujianju-bumen-2024: 部门整体支出 report, web copy, tab tables."""
    c.eval_year(c.one(r"高安市住房和城乡建设局(\d{4})年度部门整体支出绩效自评报告").group(1), "title")
    m = c.one(r"(\d{4})年全年预算(" + NUM + r")万元，其中财政拨款(" + NUM + r")万元、上年结转(" + NUM + r")万元；年初预算(" + NUM +
              r")万元，年中追加(" + NUM + r")万元")
    c.eval_year(m.group(1), "budget sentence")
    y1, fa, cf, y0, add = (Amt(x) for x in m.groups()[1:])
    c.total(y1, [fa, cf], "全年 = 财政拨款 + 上年结转")
    c.total(y1, [y0, add], "全年 = 年初 + 追加")
    m = c.one(r"全年支出(" + NUM + r")万元，其中基本支出(" + NUM + r")万元（人员经费(" + NUM + r")万元、公用经费(" + NUM +
              r")万元），项目支出(" + NUM + r")万元，部门预算执行率(" + PCT + ")")
    sp, basic, staff, pub, proj = (Amt(x) for x in m.groups()[:5])
    c.total(sp, [basic, proj], "支出 = 基本 + 项目")
    c.total(basic, [staff, pub], "基本 = 人员 + 公用")
    c.rate(m.group(6), sp.v, y1.v, "部门预算执行率")
    rate_dept = m.group(6)
    m = c.one(r"年末结转结余(" + NUM + r")万元，其中项目结转(" + NUM + r")万元、基本支出结余(" + NUM +
              r")万元，项目结转资金已结转至(\d{4})年继续使用，结转结余率(" + PCT + ")")
    bal, pbal, bbal = Amt(m.group(1)), Amt(m.group(2)), Amt(m.group(3))
    c.diff(bal, y1, sp, "结转结余 = 全年 - 支出")
    c.total(bal, [pbal, bbal], "结转结余 = 项目结转 + 基本结余")
    c.carry(m.group(4), "项目结转")
    c.rate(m.group(5), bal.v, y1.v, "结转结余率")
    m = c.one(r"“三公”经费预算(" + NUM + r")万元，实际支出(" + NUM + r")万元（公务用车运行维护费(" + NUM + r")万元、公务接待费(" + NUM +
              r")万元，无因公出国（境）费用），控制率(" + PCT + ")")
    b3, s3, car, rec = (Amt(x) for x in m.groups()[:4])
    c.total(s3, [car, rec], "三公 = 车 + 接待")
    c.rate(m.group(5), s3.v, b3.v, "三公控制率")
    # project table
    P = {}
    ptab = c.between("纳入自评的4个项目资金情况如下", "三、自评工作开展情况")
    for n in ("城市地下管网普查（二期）", "老旧燃气管道更新改造（市级配套）", "城镇燃气安全专项整治", "排水管网清疏维护", "合计"):
        P[n] = after(line_row(ptab, n, "\t"), n, 5)
    items = [k for k in P if k != "合计"]
    for k in (0, 1, 2):
        c.total(Amt(P["合计"][k]), [Amt(P[n][k]) for n in items], f"项目表 column {k}")
    for n in P:
        c.rate(P[n][3], num(P[n][2]), num(P[n][1]), f"{n} 执行率")
    c.same(Amt(P["合计"][2]), proj, "项目支出 text/table")
    c.diff(pbal, Amt(P["合计"][1]), Amt(P["合计"][2]), "项目结转 = 项目预算 - 项目执行")
    m = c.one(r"(\d+)个项目平均自评得分(" + NUM + ")分")
    if int(m.group(1)) != len(items):
        c.fail("average_mismatch", "number of projects")
    c.average(m.group(2), [num(P[n][4]) for n in items], "项目平均自评得分")
    m = c.one(r"各项目中，(\S+?)自评得分最高")
    best = max(items, key=lambda n: num(P[n][4]))
    if m.group(1) != best:
        c.fail("conflicting_values", "highest-scoring project")
    # score table
    labs = ["目标设定", "预算编制", "预算执行率", "结转结余控制", "“三公”经费控制", "财务与资产管理", "重点工作完成情况", "社会效益", "服务对象满意度"]
    srows = []
    stab = c.between("部门整体评分情况如下", "（二）预算执行情况")
    for n in labs:
        w, s = after(line_row(stab, n, "\t"), n, 2)
        srows.append((n, w, s))
    tot = after(line_row(stab, "合计", "\t"), "合计", 3)
    tw, ts = tot[1], tot[2]
    c.scores(srows, tw, ts, "部门整体评分表")
    m = c.one(r"本部门自评得分(" + NUM + r")分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    c.same(Amt(m.group(1), ""), Amt(ts, ""), "总分 text/table")
    c.grade(m.group(1), m.group(2), "部门自评得分")
    m = c.one(r"部门预算执行率(" + PCT + r")，较(\d{4})年的(" + PCT + ")有所提高")
    c.same(Amt(m.group(1), ""), Amt(rate_dept, ""), "部门执行率 restated")
    if int(m.group(2)) >= c.year or num(m.group(3)) >= num(m.group(1)):
        c.fail("year_mismatch", "comparison year")
    m = c.one(r"基本支出全年预算(" + NUM + r")万元，执行率(" + PCT + ")")
    c.total(y1, [Amt(m.group(1)), Amt(P["合计"][1])], "全年 = 基本预算 + 项目预算")
    c.rate(m.group(2), basic.v, num(m.group(1)) * 10000, "基本支出执行率")
    c.diff(bbal, Amt(m.group(1)), basic, "基本结余 = 基本预算 - 基本支出")
    m = c.one(r"三个项目执行率分别为(" + PCT + r")、(" + PCT + r")和(" + PCT + ")")
    for k, n in ((1, "城市地下管网普查（二期）"), (2, "城镇燃气安全专项整治"), (3, "排水管网清疏维护")):
        c.same(Amt(m.group(k), ""), Amt(P[n][3], ""), f"{n} 执行率 text/table")
        if num(m.group(k)) < num(rate_dept):
            c.fail("conflicting_values", f"{n} said to be above the department rate")
    m = c.one(r"老旧燃气管道更新改造（市级配套）执行率(" + PCT + ")")
    c.same(Amt(m.group(1), ""), Amt(P["老旧燃气管道更新改造（市级配套）"][3], ""), "市级配套执行率 text/table")
    m = c.one(r"招标控制价(" + NUM + r")万元，中标价(" + NUM + r")万元，节约(" + NUM + ")万元")
    c.total(Amt(m.group(1)), [Amt(m.group(2)), Amt(m.group(3))], "控制价 = 中标 + 节约")
    m = c.one(r"更新改造老旧燃气管道(" + NUM + r")公里，惠及居民约")
    m2 = c.one(r"老旧燃气管道更新改造年度目标为(" + NUM + r")公里，实际完成(" + NUM + r")公里，完成率(" + PCT + ")")
    c.same(Amt(m.group(1), ""), Amt(m2.group(2), ""), "改造长度 restated")
    c.completion("≥" + m2.group(1) + "公里", m2.group(2) + "公里", m2.group(3), "改造长度完成率")
    m = c.one(r"排查餐饮场所(" + NUM + r")家，排查发现隐患(" + NUM + r")处，已整改(" + NUM + r")处，整改率(" + PCT + ")")
    c.rate(m.group(4), num(m.group(3)), num(m.group(2)), "隐患整改率")
    m2 = c.one(r"计划排查餐饮场所(" + NUM + r")家，实际排查(" + NUM + r")家，完成率(" + PCT + ")")
    c.same(Amt(m.group(1), ""), Amt(m2.group(2), ""), "排查家数 restated")
    c.completion("≥" + m2.group(1) + "家", m2.group(2) + "家", m2.group(3), "排查完成率")
    m3 = c.one(r"剩余(\d+)处为需更换")
    c.diff(Amt(m3.group(1), ""), Amt(m.group(2), ""), Amt(m.group(3), ""), "剩余隐患 = 发现 - 整改", code="sum_mismatch")
    m = c.one(r"服务对象综合满意度(" + PCT + r")，其中燃气用户满意度(" + PCT + r")、排水服务满意度(" + PCT + ")")
    for k in (1, 2, 3):
        c.satisfaction(m.group(k), f"满意度 {k}")


def check_yicheng(c):
    """hb-yicheng-guanxianpucha-2020: Hubei-style table (budget execution worth 20, goal blocks)."""
    c.eval_year(c.one(r"宜城市住房和城乡建设局\n(\d{4})年度城区地下管线普查").group(1), "title")
    c.eval_year(c.one(r"\n(\d{4})年度项目支出绩效自评表").group(1), "自评表 title")
    m = c.one(r"全年预算数（万元） 全年执行数（万元） 执行率 分值 得分\n(\S+) (\S+) (\S+) (\S+) (\S+)\n")
    ann, exe, rate, w0, s0 = m.groups()
    c.rate(rate, num(exe), num(ann), "执行率 (table)")
    m = c.one(r"项目全年预算(" + NUM + r")万元，其中省级城镇基础设施补助(" + NUM + r")万元、市级配套(" + NUM + r")万元")
    c.total(Amt(m.group(1)), [Amt(m.group(2)), Amt(m.group(3))], "全年 = 省 + 市")
    c.same(Amt(m.group(1)), Amt(ann), "全年 prose/table")
    m = c.one(r"资金全部到位，到位率(" + PCT + ")")
    c.rate(m.group(1), num(ann), num(ann), "到位率 (全部到位)")
    m = c.one(r"项目全年执行(" + NUM + r")万元，执行率(" + PCT + r")，年末结余(" + NUM + ")万元")
    c.same(Amt(m.group(1)), Amt(exe), "执行 prose/table")
    c.rate(m.group(2), num(m.group(1)), num(ann), "执行率 prose")
    c.diff(Amt(m.group(3)), Amt(ann), Amt(m.group(1)), "结余 = 到位 - 执行")
    c.carry(c.one(r"已按规定结转至(\d{4})年支付").group(1), "结余结转")
    m = c.one(r"招标控制价(" + NUM + r")万元，中标价(" + NUM + r")万元，节约资金(" + NUM + r")万元，节约率(" + PCT + ")")
    c.total(Amt(m.group(1)), [Amt(m.group(2)), Amt(m.group(3))], "控制价 = 中标 + 节约")
    c.rate(m.group(4), num(m.group(3)), num(m.group(1)), "节约率")
    bid = m.group(2)
    # goal blocks
    blocks = []
    cur = None
    srows = [("预算执行", w0, s0)]
    T = {}
    for line in c.between("二、年度目标完成情况").split("\n"):
        mb = re.match(r"年度目标\d：\S+（(\d+)分）$", line)
        if mb:
            cur = (mb.group(1), [])
            blocks.append(cur)
            continue
        tok = line.split(" ")
        if len(tok) >= 8 and tok[0] in ("产出指标", "效益指标", "满意度指标"):
            name, tgt, act, comp, w, s = tok[2], tok[3], tok[4], tok[5], tok[6], tok[7]
            T[name] = (tgt, act, comp, w, s)
            cur[1].append(name)
            srows.append((name, w, s))
            c.completion(tgt, act, comp, name)
    tr = after(line_row(c.t, "合计", " "), "合计", 2)
    mb = c.one(r"二、年度目标完成情况（(\d+)分）")
    c.scores(srows, tr[0], tr[1], "自评表", blocks=blocks + [(str(num(mb.group(1))), [n for _, ns in blocks for n in ns])])
    if num(w0) + sum(num(b) for b, _ in blocks) != 100 or num(mb.group(1)) + num(w0) != 100:
        c.fail("weight_sum_mismatch", "block weights")

    def tv(n, k):
        return Amt(str(parse_value(T[n][k])[1]), "")
    c.same(Amt(bid), Amt(str(parse_value(T["普查项目成本"][1])[1])), "中标价 = 普查项目成本 actual")
    m = c.one(r"全年完成普查管线(" + NUM + r")公里，成果数据质检合格率(" + PCT + ")")
    c.same(Amt(m.group(1), ""), tv("普查管线长度", 1), "普查长度 text/table")
    c.same(Amt(m.group(2), ""), tv("成果数据质检合格率", 1), "合格率 text/table")
    m = c.one(r"改造燃气管网(" + NUM + r")公里，因")
    c.same(Amt(m.group(1), ""), tv("改造燃气管网长度", 1), "改造长度 text/table")
    m = c.one(r"实际改造小区(\d+)个")
    c.same(Amt(m.group(1), ""), tv("改造涉及小区数量", 1), "改造小区 text/table")
    m = c.one(r"因(\d+)个小区业主委员会换届")
    c.total(tv("改造涉及小区数量", 0), [tv("改造涉及小区数量", 1), Amt(m.group(1), "")], "小区 目标 = 完成 + 未完成")
    m = c.one(r"改造小区居民满意度(" + PCT + r")，相关部门满意度(" + PCT + ")")
    c.satisfaction(m.group(1), "居民满意度")
    c.satisfaction(m.group(2), "部门满意度")
    c.same(Amt(m.group(1), ""), tv("改造小区居民满意度", 1), "居民满意度 text/table")
    c.same(Amt(m.group(2), ""), tv("相关部门满意度", 1), "部门满意度 text/table")
    m = c.one(r"完成城区(" + NUM + r")公里以上地下管线普查，成果数据质检合格率不低于(" + PCT + r")；改造老旧燃气管网(" + NUM +
              r")公里以上，覆盖小区不少于(" + NUM + r")个")
    for k, n in ((1, "普查管线长度"), (2, "成果数据质检合格率"), (3, "改造燃气管网长度"), (4, "改造涉及小区数量")):
        c.same(Amt(strip_num(m.group(k)), ""), tv(n, 0), f"目标 {n}")
    m = c.one(r"项目自评得分(" + NUM + r")分，等级为(优秀|良好|中等|较差|优|良|中|差)")
    c.same(Amt(m.group(1), ""), Amt(tr[1], ""), "总分 text/table")
    c.grade(m.group(1), m.group(2), "自评得分")
    m = c.one(r"预算执行占(\d+)分，按执行率计分；三个年度目标合计(\d+)分")
    c.same(m.group(1), w0, "执行分值 text/table")
    c.same(m.group(2), mb.group(1), "目标分值 text/table")
    if len(blocks) != 3:
        c.fail("weight_sum_mismatch", "number of goal blocks")
    m = c.one(r"普查工作周期比计划延长了(\d+)个月")
    pv = parse_value(T["普查工作周期"][1])
    if pv[2] == "个月":
        c.total(Amt(str(pv[1]), ""), [tv("普查工作周期", 0), Amt(m.group(1), "")], "周期 = 计划 + 延长",
                code="conflicting_values")
    m = c.one(r"二是将剩余(\d+)个小区纳入")
    c.diff(Amt(m.group(1), ""), tv("改造涉及小区数量", 0), tv("改造涉及小区数量", 1), "剩余小区", code="sum_mismatch")
    m = c.one(r"问卷共发放(\d+)份，收回有效问卷(\d+)份")
    if int(m.group(2)) > int(m.group(1)):
        c.fail("implausible_rate", "有效问卷 > 发放")


CHECKERS = {
    "sx-houma-ranqiguanwang-2021": (check_houma, 2021),
    "sc-shehong-ranqigaizao-2023": (check_shehong, 2023),
    "hn-liling-guanwangpucha-2022": (check_liling, 2022),
    "jx-gaoan-zhujianju-bumen-2024": (check_gaoan, 2024),
    "hb-yicheng-guanxianpucha-2020": (check_yicheng, 2020),
}


def run_checks(source, text):
    fn, year = CHECKERS[source]
    c = Ctx(text, year)
    fn(c)
    return c.fails


# ================================================================ structural checks
def diff_region(a, b):
    """Common prefix/suffix diff: (start, end_in_a, end_in_b)."""
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


TOKEN_CH = set("0123456789.,")


def num_runs(text, s, e):
    """Numbers (digit runs with , and .) that overlap [s, e)."""
    out = []
    for m in re.finditer(r"[0-9][0-9.,]*", text):
        tok = m.group().rstrip(".,")
        if m.start() < e and s < m.start() + len(tok):
            out.append(tok)
    return out


def numeric_token(text, s, e):
    """Expand [s, e) to the whole number around it."""
    while s > 0 and text[s - 1] in TOKEN_CH:
        s -= 1
    while e < len(text) and text[e] in TOKEN_CH:
        e += 1
    return s, e


def count_token(text, tok):
    n = 0
    for m in re.finditer(re.escape(tok), text):
        a, b = m.start(), m.end()
        if (a > 0 and text[a - 1] in TOKEN_CH) or (b < len(text) and text[b] in TOKEN_CH and
                                                  not (text[b] in ".," and (b + 1 >= len(text) or not text[b + 1].isdigit()))):
            continue
        n += 1
    return n


def main():
    problems = []
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    clean_text = {}
    for l in labels:
        if l["clean"]:
            with open(os.path.join(CASES, l["case"]), encoding="utf-8") as fh:
                clean_text[l["source"]] = fh.read()
    code_count = {k: 0 for k in CODES}
    for src, text in clean_text.items():
        n = len(text)
        if not 2800 <= n <= 3400:
            problems.append(f"{src}: clean draft has {n} characters (want 2800-3400)")
    for l in labels:
        name = l["case"]
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        for k in ("case", "source", "clean", "expected"):
            if k not in l:
                problems.append(f"{name}: label key {k} missing")
        try:
            fails = run_checks(l["source"], text)
        except ExtractError as exc:
            problems.append(f"{name}: could not read the figures: {exc}")
            continue
        codes = {c for c, _ in fails}
        if l["clean"]:
            if l["expected"]:
                problems.append(f"{name}: clean case with expectations")
            for c, msg in fails:
                problems.append(f"{name}: clean draft fails {c}: {msg}")
            continue
        if len(l["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = l["expected"][0]
        code, value = exp["code"], exp["value"]
        if code not in CODES:
            problems.append(f"{name}: unknown code {code}")
            continue
        if exp.get("severity") != "error":
            problems.append(f"{name}: severity must be error")
        code_count[code] += 1
        occ = occurrences(text, value)
        if not occ:
            problems.append(f"{name}: label value not found in the case")
        clean = clean_text[l["source"]]
        s, ea, eb = diff_region(clean, text)
        if ea <= s and eb <= s:
            problems.append(f"{name}: identical to its clean draft")
        region = (s, max(eb, s + 1))
        if not any(a < region[1] and region[0] < b for a, b in occ):
            problems.append(f"{name}: label value does not overlap the edited region {region}")
        if code != "conflicting_values":
            lo, hi = (s, ea) if ea > s else (max(s - 1, 0), s + 1)
            lo2, hi2 = (s, eb) if eb > s else (max(s - 1, 0), s + 1)
            changed = Counter(num_runs(clean, lo, hi)) - Counter(num_runs(text, lo2, hi2))
            for tok in changed:
                # short integers (weights, scores, counts under 100), zero cells and years recur as
                # different quantities; the uniqueness rule is applied to the other figures
                if num(tok) != 0 and (("." in tok) or ("," in tok) or len(tok) >= 3) and \
                        not re.fullmatch(r"(19|20)\d\d", tok):
                    if count_token(clean, tok) != 1:
                        problems.append(f"{name}: changed figure {tok!r} occurs {count_token(clean, tok)} times in the clean draft")
        if code not in codes:
            problems.append(f"{name}: labelled code {code} does not fail; failures: {fails}")
        others = codes - {code}
        if others:
            problems.append(f"{name}: other codes fail as well: {[f for f in fails if f[0] != code]}")
    for k, n in code_count.items():
        if n < 2:
            problems.append(f"code {k} used {n} times (want >= 2)")
    print("cases:", len(labels), "| errors per code:", ", ".join(f"{k}={v}" for k, v in code_count.items()))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
