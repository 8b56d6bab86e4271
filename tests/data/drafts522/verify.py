#!/usr/bin/env python3
"""Independent verifier for drafts522 (standard library + decimal only).

For every case listed in labels.jsonl it reads the figures back from the text (regex anchors on
labels that the injected slips never touch, plus generic parsers for the tab / space-aligned
tables), redoes all the arithmetic of rules.md §5–§8 and tags every failed identity with the
error code of errors.md §A that the rules assign to it. Then it asserts:

  * each clean draft passes every check (errors and the score-rule warnings);
  * each error case fails the labelled code and no other error code, and at least one failed
    check uses a figure inside the labelled value;
  * the labelled value occurs exactly once in its case, the case differs from its clean draft by
    one contiguous edit of at most 40 characters, and that edit overlaps the value;
  * every code of errors.md §A is labelled at least twice; 35 lines, 5 clean.

Prints OK at the end when everything holds (exit status 0), otherwise the failures (exit 1).
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 50
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
NUM = r"\d[\d,]*(?:\.\d+)?"
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
HUNDRED = Decimal(100)
WAN = Decimal("0.0001")          # 元 -> 万元


class SpecError(Exception):
    pass


# --------------------------------------------------------------------------- facts

class Fact:
    """A number read from the text, with its span and unit as written."""

    def __init__(self, raw, start, unit="", label=""):
        self.raw, self.start, self.end, self.unit, self.label = raw, start, start + len(raw), unit, label
        s = raw.replace(",", "")
        self.value = Decimal(s)
        self.dec = len(s.split(".")[1]) if "." in s else 0

    def __repr__(self):
        return "%s%s@%d" % (self.raw, self.unit, self.start)


def find1(text, pattern, group=1, unit="", flags=0):
    ms = list(re.finditer(pattern, text, flags))
    if len(ms) != 1:
        raise SpecError("pattern %r matched %d times" % (pattern, len(ms)))
    m = ms[0]
    return Fact(m.group(group), m.start(group), unit, pattern)


def find_text(text, pattern, group=1):
    ms = list(re.finditer(pattern, text))
    if len(ms) != 1:
        raise SpecError("pattern %r matched %d times" % (pattern, len(ms)))
    return ms[0].group(group), ms[0].start(group)


def tol(f, scale=Decimal(1)):
    return Decimal("0.5") * Decimal(10) ** -f.dec * scale + Decimal("1e-9")


def close(f, c, scale=Decimal(1)):
    return abs(c - f.value * scale) <= tol(f, scale)


def r2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Cell:
    def __init__(self, raw, start):
        self.raw, self.start, self.end = raw, start, start + len(raw)

    def num(self):
        """Leading number of the cell as a Fact (unit = the rest), or None (—, text, empty)."""
        m = re.match(r"^(≥|≤|=|＞|＜)?(" + NUM + r")(.*)$", self.raw)
        if not m:
            return None
        return Fact(m.group(2), self.start + m.start(2), m.group(3).strip())

    def sign(self):
        m = re.match(r"^(≥|≤|=|＞|＜)", self.raw)
        return m.group(1) if m else ""


def split_line(line, off, sep):
    cells = []
    if sep == "\t":
        pos = 0
        for part in line.split("\t"):
            cells.append(Cell(part, off + pos))
            pos += len(part) + 1
    else:
        for m in re.finditer(r"\S+(?: \S+)*", line):
            cells.append(Cell(m.group(), off + m.start()))
    return cells


def read_table(text, header_prefix, sep="\t"):
    """Rows (lists of Cell) under the unique line starting with header_prefix."""
    lines, off = [], 0
    for ln in text.split("\n"):
        lines.append((ln, off))
        off += len(ln) + 1
    idx = [i for i, (ln, _) in enumerate(lines) if ln.startswith(header_prefix)]
    if len(idx) != 1:
        raise SpecError("table header %r found %d times" % (header_prefix, len(idx)))
    i = idx[0]
    header = [c.raw for c in split_line(lines[i][0], lines[i][1], sep)]
    rows = []
    for ln, o in lines[i + 1:]:
        if sep == "\t" and "\t" not in ln:
            break
        if sep != "\t" and not re.search(r"\S {2,}\S", ln):
            break
        rows.append(split_line(ln, o, sep))
    return header, rows


def funds_rows(text, header_prefix, sep="\t"):
    """{row name: {column name: Cell}} for a funds table (first column = row name)."""
    header, rows = read_table(text, header_prefix, sep)
    out = {}
    for r in rows:
        if len(r) != len(header):
            raise SpecError("funds row %r has %d cells" % (r[0].raw, len(r)))
        name = r[0].raw.replace("其中：", "")
        out[name] = {h: c for h, c in zip(header, r)}
    return out


def fnum(cell):
    f = cell.num()
    if f is None:
        raise SpecError("no number in cell %r" % cell.raw)
    return f


# --------------------------------------------------------------------------- checks

class Checker:
    def __init__(self, text):
        self.text = text
        self.results = []

    def add(self, code, ok, msg, facts, severity="error"):
        spans = [(f.start, f.end) for f in facts if f is not None]
        self.results.append({"code": code, "ok": bool(ok), "msg": msg, "spans": spans,
                             "severity": severity})

    # stated ≈ fn(inputs); a failure that one 10^4 / 10^8 rescaling of a money figure repairs
    # exactly is a unit slip (errors.md #11 b: the most specific explanation wins)
    def ident(self, code, msg, stated, inputs, fn, money=True):
        vals = [f.value for f in inputs]
        c = fn(*vals)
        ok = close(stated, c)
        if not ok and money and self._unit_fix(stated, inputs, fn):
            code, msg = "unit_mismatch", msg + " [reconciled by a 10^4/10^8 rescaling]"
        self.add(code, ok, "%s: stated %s, computed %s" % (msg, stated.raw, c), [stated] + list(inputs))

    def _unit_fix(self, stated, inputs, fn):
        vals = [f.value for f in inputs]
        for k in (Decimal(10) ** 4, Decimal(10) ** -4, Decimal(10) ** 8, Decimal(10) ** -8):
            if close(stated, fn(*vals), k):
                return True
            for i in range(len(vals)):
                v2 = list(vals)
                v2[i] = vals[i] * k
                try:
                    if close(stated, fn(*v2)):
                        return True
                except ArithmeticError:
                    pass
        return False

    def sum(self, msg, total, parts, code="sum_mismatch"):
        self.ident(code, msg, total, parts, lambda *v: sum(v, Decimal(0)))

    def same(self, msg, a, b, scale=Decimal(1), code="conflicting_values"):
        """a and b state the same quantity (b × scale in a's unit)."""
        ok = abs(a.value - b.value * scale) <= max(tol(a), tol(b, scale))
        if not ok:
            for k in (Decimal(10) ** 4, Decimal(10) ** -4, Decimal(10) ** 8, Decimal(10) ** -8):
                if abs(a.value * k - b.value * scale) <= max(tol(a, k), tol(b, scale)):
                    code, msg = "unit_mismatch", msg + " [reconciled by a 10^4/10^8 rescaling]"
                    break
        self.add(code, ok, "%s: %s vs %s" % (msg, a.raw, b.raw), [a, b])

    def rate(self, msg, stated, num, den, bounded=True):
        """stated (percent Fact, or None for '—') = num/den×100; rules §7 I1/I2/I5, §8 zero base."""
        if den.value == 0:
            ok = stated is None or stated.value == 0
            self.add("implausible_rate", ok, "%s: rate on a zero base must be — (stated %s)"
                     % (msg, stated.raw if stated else "—"), [stated, num, den])
            return
        if stated is None:
            self.add("rate_mismatch", False, "%s: rate shown as — on a non-zero base" % msg, [num, den])
            return
        if bounded:
            self.add("implausible_rate", Decimal(0) <= stated.value <= HUNDRED,
                     "%s: rate %s%% outside [0, 100]" % (msg, stated.raw), [stated, num, den])
        self.ident("rate_mismatch", msg, stated, [num, den], lambda n, d: n / d * HUNDRED)

    def weights(self, msg, total, parts):
        self.ident("weight_sum_mismatch", msg, total, parts, lambda *v: sum(v, Decimal(0)), money=False)

    def scores(self, msg, total, parts):
        self.ident("score_sum_mismatch", msg, total, parts, lambda *v: sum(v, Decimal(0)), money=False)

    def average(self, msg, stated, parts):
        self.ident("average_mismatch", msg, stated, parts,
                   lambda *v: sum(v, Decimal(0)) / len(v), money=False)

    def grade(self, total, grade_text, gstart):
        s = total.value
        band = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
        names = {"优": ("优", "优秀"), "良": ("良", "良好"), "中": ("中", "中等", "一般", "合格"),
                 "差": ("差", "较差", "不合格")}
        g = Fact("0", gstart)
        g.end = gstart + len(grade_text)
        self.add("grade_mismatch", grade_text in names[band],
                 "grade %s for total %s (band %s)" % (grade_text, total.raw, band), [total, g])

    def year_equal(self, msg, a, b):
        self.add("year_mismatch", a.value == b.value, "%s: %s vs %s" % (msg, a.raw, b.raw), [a, b])

    def year_after(self, msg, later, year):
        self.add("year_mismatch", later.value > year.value, "%s: %s must be after %s"
                 % (msg, later.raw, year.raw), [later, year])

    def year_issued(self, msg, y, month, year):
        ok = y.value == year.value or (y.value == year.value - 1 and month.value == 12)
        self.add("year_mismatch", ok, "%s: issued %s年%s月 for %s" % (msg, y.raw, month.raw, year.raw),
                 [y, month, year])


def indicator_rows(text, header_prefix, sep="\t"):
    """Indicator table -> (leaves, subtotals, total). Blank level cells carry the value above."""
    header, rows = read_table(text, header_prefix, sep)
    col = {h: i for i, h in enumerate(header)}
    leaves, subtotals, total = [], [], None
    l1 = l2 = ""
    for r in rows:
        first = r[0].raw
        if first.startswith("合计") or first.startswith("总分"):
            if len(r) == len(header):
                total = (fnum(r[col["分值"]]), fnum(r[col["得分"]]))
            else:   # space-aligned total row: name, weight, score
                total = (fnum(r[-2]), fnum(r[-1]))
            continue
        if len(r) != len(header):
            raise SpecError("indicator row %r has %d cells, header %d" % (first, len(r), len(header)))
        cells = {h: r[i] for h, i in col.items()}
        l1 = cells["一级指标"].raw or l1
        l2 = cells["二级指标"].raw or l2
        if not cells["三级指标"].raw:
            subtotals.append({"l1": l1, "weight": fnum(cells["分值"]), "score": fnum(cells["得分"])})
            continue
        row = {"l1": l1, "l2": l2, "name": cells["三级指标"].raw, "cells": cells,
               "weight": fnum(cells["分值"]), "score": fnum(cells["得分"])}
        leaves.append(row)
    return leaves, subtotals, total


def check_indicators(ck, leaves):
    """Per-row checks: units (I13), completion (I8), score ≤ weight (I7), score rule (warning)."""
    for row in leaves:
        c = row["cells"]
        name = row["name"]
        w, s = row["weight"], row["score"]
        ck.add("score_exceeds_weight", Decimal(0) <= s.value <= w.value,
               "%s: score %s, weight %s" % (name, s.raw, w.raw), [s, w])
        tcell, acell = c["年度指标值"], c["实际完成值"]
        if re.search(r"\d{4}年\d{1,2}月", tcell.raw) or re.search(r"\d{4}年\d{1,2}月", acell.raw):
            continue                                     # date target: not computed
        t, a = tcell.num(), acell.num()
        if t is None or a is None:
            continue                                     # qualitative
        if t.unit != a.unit:
            ck.add("unit_mismatch", False, "%s: target unit %r, actual unit %r" % (name, t.unit, a.unit), [t, a])
            continue
        ck.add("unit_mismatch", True, "%s: units agree (%s)" % (name, t.unit), [t, a])
        sign = tcell.sign()
        if t.value == 0:                                 # eq zero
            comp = None
            rule = w.value if a.value <= 0 else Decimal(0)
        elif sign in ("≤", "＜"):
            comp = HUNDRED if a.value <= t.value else t.value / a.value * HUNDRED
            rule = w.value * min(comp / HUNDRED, Decimal(1))
        else:
            comp = a.value / t.value * HUNDRED
            rule = w.value * min(comp / HUNDRED, Decimal(1))
        if a.unit == "%" and ("满意度" in name or name.endswith("率")):
            ck.add("implausible_rate", Decimal(0) <= a.value <= HUNDRED,
                   "%s: %s%% must lie in [0, 100]" % (name, a.raw), [a])
        if "完成率" in c:
            cc = c["完成率"]
            stated = cc.num()
            if comp is None:
                ck.add("completion_mismatch", stated is None, "%s: zero target, completion must be —" % name, [t, a])
            elif stated is None:
                ck.add("completion_mismatch", False, "%s: completion missing" % name, [t, a])
            else:
                ck.add("completion_mismatch", close(stated, comp),
                       "%s: stated %s%%, computed %s" % (name, stated.raw, r2(comp)), [stated, t, a])
        ck.add("score_rule_mismatch", close(s, rule),
               "%s: score %s, rule gives %s" % (name, s.raw, r2(rule)), [s, w, t, a], severity="warning")


def check_totals(ck, leaves, subtotals, total, exec_w, exec_s, prose_totals, grades):
    tw, ts = total
    ck.weights("table total weight = execution weight + Σ row weights", tw, [exec_w] + [r["weight"] for r in leaves])
    ck.add("weight_sum_mismatch", tw.value == 100, "total weight %s must be 100" % tw.raw, [tw])
    ck.scores("table total score = execution score + Σ row scores", ts, [exec_s] + [r["score"] for r in leaves])
    for p in prose_totals:
        ck.scores("total in text = execution score + Σ row scores", p, [exec_s] + [r["score"] for r in leaves])
    for st in subtotals:
        kids = [r for r in leaves if r["l1"] == st["l1"]]
        ck.weights("%s subtotal weight = Σ its rows" % st["l1"], st["weight"], [r["weight"] for r in kids])
        ck.scores("%s subtotal score = Σ its rows" % st["l1"], st["score"], [r["score"] for r in kids])
        ck.add("score_exceeds_weight", st["score"].value <= st["weight"].value,
               "%s subtotal score ≤ weight" % st["l1"], [st["score"], st["weight"]])
    if subtotals:
        ck.weights("Σ level-1 weights incl. execution = total", tw, [exec_w] + [s["weight"] for s in subtotals])
    for tot, gtext, gstart in grades:
        ck.grade(tot, gtext, gstart)


def exec_score_rule(ck, w, s, spent, budget, stated_rate=None):
    """Execution score = weight × min(rate, 100%) from the unrounded or the stated rate (warning)."""
    r = spent.value / budget.value
    ok = close(s, w.value * min(r, Decimal(1)))
    if stated_rate is not None:
        ok = ok or close(s, w.value * min(stated_rate.value / HUNDRED, Decimal(1)))
    ck.add("score_rule_mismatch", ok, "execution score %s for weight %s, rate %s"
           % (s.raw, w.raw, r2(r * HUNDRED)), [s, w], severity="warning")


def goal_targets(ck, t, leaves, pairs):
    """Targets restated in the text (绩效目标 etc.) = the table's 年度指标值 (conflicting_values)."""
    byname = {r["name"]: r for r in leaves}
    for pattern, name in pairs:
        ck.same("target of %s text/table" % name, find1(t, pattern), byname[name]["cells"]["年度指标值"].num())


def grade_at(text, pattern):
    g, st = find_text(text, pattern)
    return g, st


# --------------------------------------------------------------------------- drafts

def spec_putuo(t, ck):
    Y = find1(t, r"(\d{4})年度港口岸电设施建设补助项目支出绩效自评报告")
    ck.year_equal("notice year", find1(t, r"开展(\d{4})年度区级项目支出绩效自评"), Y)
    ck.year_equal("budget year", find1(t, r"(\d{4})年年初预算"), Y)
    ck.year_equal("截至 date", find1(t, r"截至(\d{4})年12月31日"), Y)
    ck.year_after("carry-forward", find1(t, r"结转至(\d{4})年使用"), Y)

    init_total = find1(t, r"年初预算(" + NUM + r")万元，其中当年财政拨款")
    init_fiscal = find1(t, r"其中当年财政拨款(" + NUM + r")万元、上年结转")
    init_carry = find1(t, r"、上年结转资金(" + NUM + r")万元；")
    add = find1(t, r"追加省级港口岸电建设补助资金(" + NUM + r")万元")
    annual = find1(t, r"调整后全年预算(" + NUM + r")万元")
    received = find1(t, r"全年资金到位(" + NUM + r")万元")
    recv_rate = find1(t, r"到位率(" + NUM + r")%")
    spent = find1(t, r"实际支出(" + NUM + r")万元")
    p_rate = find1(t, r"实际支出[\d.,]+万元，预算执行率(" + NUM + r")%")
    p_fiscal_rate = find1(t, r"其中当年财政拨款执行率(" + NUM + r")%")
    balance = find1(t, r"未支出的(" + NUM + r")万元")

    ck.sum("年初 = 当年财政拨款 + 上年结转 (text)", init_total, [init_fiscal, init_carry])
    ck.sum("全年 = 年初 + 追加 (text)", annual, [init_total, add])
    ck.rate("到位率", recv_rate, received, annual)
    ck.rate("执行率 (text)", p_rate, spent, annual)
    ck.ident("balance_mismatch", "未支出 = 到位 − 支出", balance, [received, spent], lambda a, b: a - b)

    F = funds_rows(t, "项目\t年初预算数")
    cols = ["年初预算数", "全年预算数", "全年执行数"]
    for col in cols:
        ck.sum("funds table %s: 总额 = Σ sources" % col, fnum(F["年度资金总额"][col]),
               [fnum(F[k][col]) for k in ("当年财政拨款", "上年结转资金", "其他资金")])
    for k, row in F.items():
        ck.rate("funds table %s 执行率" % k, row["执行率"].num(), fnum(row["全年执行数"]), fnum(row["全年预算数"]))
    ck.sum("当年财政拨款 全年 = 年初 + 追加", fnum(F["当年财政拨款"]["全年预算数"]),
           [fnum(F["当年财政拨款"]["年初预算数"]), add])
    ck.same("年初 total text/table", init_total, fnum(F["年度资金总额"]["年初预算数"]))
    ck.same("年初 当年财政拨款 text/table", init_fiscal, fnum(F["当年财政拨款"]["年初预算数"]))
    ck.same("年初 上年结转 text/table", init_carry, fnum(F["上年结转资金"]["年初预算数"]))
    ck.same("全年预算 text/table", annual, fnum(F["年度资金总额"]["全年预算数"]))
    ck.same("支出 text/table", spent, fnum(F["年度资金总额"]["全年执行数"]))
    ck.rate("当年财政拨款执行率 (text)", p_fiscal_rate, fnum(F["当年财政拨款"]["全年执行数"]),
            fnum(F["当年财政拨款"]["全年预算数"]))
    # "上年结转资金已全部支出" ⇒ 执行 = 全年 (I12)
    ck.ident("rate_mismatch", "上年结转资金已全部支出", fnum(F["上年结转资金"]["全年执行数"]),
             [fnum(F["上年结转资金"]["全年预算数"])], lambda a: a)

    hv = find1(t, r"高压岸电系统建设补助(" + NUM + r")万元")
    lv = find1(t, r"低压岸电泊位改造补助(" + NUM + r")万元")
    design = find1(t, r"设计监理及检测费(" + NUM + r")万元")
    ck.sum("支出 = Σ uses", spent, [hv, lv, design])
    m = find_text(t, r"分别支付补助((?:" + NUM + r"万元、?){3})")
    parts = [Fact(x.group(1), m[1] + x.start(1)) for x in re.finditer(r"(" + NUM + r")万元", m[0])]
    ck.sum("高压补助 = Σ three systems", hv, parts)
    m = find_text(t, r"装机容量分别为((?:" + NUM + r"千伏安、?){3})")
    caps = [Fact(x.group(1), m[1] + x.start(1)) for x in re.finditer(r"(" + NUM + r")千伏安", m[0])]
    ck.average("平均每套装机容量", find1(t, r"平均每套(" + NUM + r")千伏安"), caps)

    leaves, subs, total = indicator_rows(t, "一级指标\t二级指标\t三级指标")
    byname = {r["name"]: r for r in leaves}
    act = lambda n: byname[n]["cells"]["实际完成值"].num()
    tgt = lambda n: byname[n]["cells"]["年度指标值"].num()
    avg_lv = find1(t, r"平均每个泊位(" + NUM + r")万元")
    ck.ident("average_mismatch", "低压泊位平均改造成本 = 补助 / 泊位数", avg_lv, [lv, act("改造低压岸电泊位")],
             lambda a, n: a / n, money=False)
    ck.same("平均改造成本 text/table", avg_lv, act("单个低压泊位平均改造成本"))
    ck.same("低压泊位数 text/table", find1(t, r"完成低压岸电泊位改造(" + NUM + r")个"), act("改造低压岸电泊位"))
    fuel = find1(t, r"替代燃油(" + NUM + r")吨，为目标值")
    ck.same("替代燃油 text/table", fuel, act("替代燃油量"))
    ck.ident("completion_mismatch", "替代燃油完成率 (text)", find1(t, r"替代燃油[\d,]+吨，为目标值的(" + NUM + r")%"),
             [fuel, tgt("替代燃油量")], lambda a, b: a / b * HUNDRED, money=False)
    co2 = find1(t, r"减少二氧化碳排放(" + NUM + r")吨，为目标值")
    ck.same("二氧化碳减排 text/table", co2, act("二氧化碳减排量"))
    ck.ident("completion_mismatch", "减排完成率 (text)", find1(t, r"减少二氧化碳排放[\d,]+吨，为目标值的(" + NUM + r")%"),
             [co2, tgt("二氧化碳减排量")], lambda a, b: a / b * HUNDRED, money=False)
    ck.same("船公司满意度 text/table", find1(t, r"船公司满意度(" + NUM + r")%"), act("船公司满意度"))
    goal_targets(ck, t, leaves, [
        (r"新建高压岸电系统(\d+)套，", "新建高压岸电系统"), (r"改造低压岸电泊位不少于(\d+)个", "改造低压岸电泊位"),
        (r"竣工验收合格率(" + NUM + r")%，11月", "竣工验收合格率"), (r"替代燃油不少于(" + NUM + r")吨", "替代燃油量"),
        (r"减少二氧化碳排放不少于(" + NUM + r")吨", "二氧化碳减排量"), (r"满意度均不低于(\d+)%", "船公司满意度"),
        (r"满意度均不低于(\d+)%", "船员满意度")])
    ck.same("高压系统套数 text/table", find1(t, r"虾峙(\d+)套高压岸电系统分别"), act("新建高压岸电系统"))
    ck.same("高压系统套数 产出/table", find1(t, r"虾峙(\d+)套高压岸电系统于"), act("新建高压岸电系统"))

    exec_w = find1(t, r"预算执行率指标分值(\d+)分")
    exec_rate = find1(t, r"全年预算执行率(" + NUM + r")%，得分")
    exec_s = find1(t, r"全年预算执行率[\d.]+%，得分(" + NUM + r")分")
    ck.rate("执行率 (score line)", exec_rate, spent, annual)
    ck.weights("其余指标分值合计", find1(t, r"满意度指标分值合计(\d+)分"), [r["weight"] for r in leaves])
    check_indicators(ck, leaves)
    prose_total = find1(t, r"本项目自评得分(" + NUM + r")分")
    g, gs = grade_at(t, r"评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    check_totals(ck, leaves, subs, total, exec_w, exec_s, [prose_total], [(prose_total, g, gs), (total[1], g, gs)])
    exec_score_rule(ck, exec_w, exec_s, spent, annual, exec_rate)


def spec_jiaocheng(t, ck):
    Y = find1(t, r"(\d{4})年度船舶靠港使用岸电补贴项目绩效自评报告")
    ck.year_equal("score year", find1(t, r"本项目(\d{4})年度自评得分"), Y)
    ck.year_equal("standard year", find1(t, r"(\d{4})年补贴标准为"), Y)
    ck.year_after("carry-forward", find1(t, r"结转至(\d{4})年继续使用"), Y)

    init = find1(t, r"年初预算安排区级资金(" + NUM + r")万元")
    prov = find1(t, r"省级下达船舶靠港使用岸电补助资金(" + NUM + r")万元")
    annual = find1(t, r"，全年预算(" + NUM + r")万元")
    recv_rate = find1(t, r"到位率(" + NUM + r")%")
    spent = find1(t, r"全年共兑付各类补贴资金(" + NUM + r")万元")
    spent_yuan = find1(t, r"万元（(" + NUM + r")元）")
    p_rate = find1(t, r"元），预算执行率(" + NUM + r")%")
    power_sub = find1(t, r"用电补贴(" + NUM + r")万元")
    kwh = find1(t, r"对应补贴电量(" + NUM + r")万千瓦时")
    retro = find1(t, r"船舶受电设施改造补贴(" + NUM + r")万元")
    ships = find1(t, r"改造补贴[\d.,]+万元，共(" + NUM + r")艘")
    om = find1(t, r"码头岸电设施运维补助(" + NUM + r")万元")
    balance = find1(t, r"未兑付的(" + NUM + r")万元")
    std_kwh = find1(t, r"用电补贴每千瓦时(" + NUM + r")元")
    std_ship = find1(t, r"受电设施改造每艘(" + NUM + r")万元")

    ck.sum("全年 = 年初 + 省级追加", annual, [init, prov])
    # "资金全部到位" ⇒ 到位 = 全年预算 ⇒ 到位率 100% (I12)
    ck.add("rate_mismatch", close(recv_rate, HUNDRED), "资金全部到位 but 到位率 %s%%" % recv_rate.raw, [recv_rate])
    ck.rate("执行率 (text)", p_rate, spent, annual)
    ck.same("支出 万元/元", spent, spent_yuan, scale=WAN)
    ck.sum("支出 = 用电 + 改造 + 运维", spent, [power_sub, retro, om])
    ck.ident("sum_mismatch", "用电补贴 = 电量 × 标准", power_sub, [kwh, std_kwh], lambda a, b: a * b)
    ck.ident("sum_mismatch", "改造补贴 = 艘数 × 标准", retro, [ships, std_ship], lambda a, b: a * b)
    ck.ident("balance_mismatch", "未兑付 = 全年(=到位) − 支出", balance, [annual, spent], lambda a, b: a - b)

    F = funds_rows(t, "项目              年初预算数", sep=" ")
    for col in ("年初预算数", "全年预算数", "全年执行数"):
        ck.sum("funds table %s" % col, fnum(F["年度资金总额"][col]),
               [fnum(F[k][col]) for k in ("区级财政资金", "省级补助资金", "上年结转资金")])
    for k, row in F.items():
        ck.rate("funds table %s 执行率" % k, row["执行率"].num(), fnum(row["全年执行数"]), fnum(row["全年预算数"]))
    ck.same("年初 text/table", init, fnum(F["年度资金总额"]["年初预算数"]))
    ck.same("省级 text/table", prov, fnum(F["省级补助资金"]["全年预算数"]))
    ck.same("全年 text/table", annual, fnum(F["年度资金总额"]["全年预算数"]))
    ck.same("支出 text/table", spent, fnum(F["年度资金总额"]["全年执行数"]))

    leaves, subs, total = indicator_rows(t, "一级指标\t二级指标\t三级指标")
    byname = {r["name"]: r for r in leaves}
    act = lambda n: byname[n]["cells"]["实际完成值"].num()
    tgt = lambda n: byname[n]["cells"]["年度指标值"].num()
    ck.same("艘次 text/table", find1(t, r"全年靠港船舶使用岸电(" + NUM + r")艘次"), act("靠港船舶使用岸电艘次"))
    ck.same("改造船舶 text/table", find1(t, r"完成受电设施改造船舶(" + NUM + r")艘"), act("完成受电设施改造船舶"))
    ck.same("改造船舶 funds/table", ships, act("完成受电设施改造船舶"))
    ck.same("准确率 text/table", find1(t, r"艘；补贴审核准确率(" + NUM + r")%"), act("补贴审核准确率"))
    ck.same("兑付周期 text/table", find1(t, r"平均兑付周期(" + NUM + r")天"), act("补贴兑付周期"))
    kwh2 = find1(t, r"全年岸电用电量(" + NUM + r")万千瓦时")
    ck.same("用电量 text/funds", kwh2, kwh)
    ck.same("用电量 text/table", kwh2, act("岸电用电量"))
    ck.ident("completion_mismatch", "用电量完成率 (text)", find1(t, r"为目标值的(" + NUM + r")%"),
             [kwh2, tgt("岸电用电量")], lambda a, b: a / b * HUNDRED, money=False)
    ck.same("燃油 text/table", find1(t, r"减少燃油消耗(" + NUM + r")吨。"), act("减少燃油消耗"))
    ck.same("投诉 text/table", find1(t, r"船舶排放投诉(" + NUM + r")起"), act("港区船舶大气污染投诉"))
    ck.same("满意度 text/table", find1(t, r"满意度为(" + NUM + r")%"), act("船舶经营者满意度"))
    ck.same("补贴标准 text/table", std_kwh, act("用电补贴标准"))
    goal_targets(ck, t, leaves, [
        (r"使用岸电不少于(" + NUM + r")艘次", "靠港船舶使用岸电艘次"), (r"改造船舶不少于(\d+)艘", "完成受电设施改造船舶"),
        (r"补贴审核准确率(\d+)%，补贴兑付", "补贴审核准确率"), (r"兑付周期不超过(\d+)天", "补贴兑付周期"),
        (r"岸电用电量不少于(" + NUM + r")万千瓦时", "岸电用电量"), (r"燃油消耗不少于(" + NUM + r")吨", "减少燃油消耗"),
        (r"投诉不超过(\d+)起", "港区船舶大气污染投诉"), (r"低于(\d+)起的控制目标", "港区船舶大气污染投诉"),
        (r"满意度不低于(\d+)%", "船舶经营者满意度")])
    ck.same("改造补贴标准 概况/problems", std_ship, find1(t, r"成本较高，(" + NUM + r")万元的补贴标准"))

    exec_w = find1(t, r"预算执行率指标分值(\d+)分")
    exec_s = find1(t, r"之比计算，得分(" + NUM + r")分")
    ck.weights("其余指标分值", find1(t, r"其余指标分值(\d+)分"), [r["weight"] for r in leaves])
    check_indicators(ck, leaves)
    prose_total = find1(t, r"自评得分(" + NUM + r")分")
    g, gs = grade_at(t, r"评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    check_totals(ck, leaves, subs, total, exec_w, exec_s, [prose_total], [(prose_total, g, gs), (total[1], g, gs)])
    exec_score_rule(ck, exec_w, exec_s, spent, annual, p_rate)


def spec_zigui(t, ck):
    Y = find1(t, r"(\d{4})年度港口岸电设施建设及船舶靠港使用岸电补贴项目绩效自评报告")
    ck.year_equal("score year", find1(t, r"本项目(\d{4})年度总得分"), Y)
    ck.year_equal("budget year", find1(t, r"(\d{4})年项目全年预算"), Y)
    ck.year_equal("截至 date", find1(t, r"截至(\d{4})年12月31日"), Y)
    ck.year_after("carry-forward", find1(t, r"已结转至(\d{4})年使用"), Y)
    ck.add("year_mismatch", find1(t, r"(\d{4})年结转资金").value < Y.value, "incoming carry-over from an earlier year", [Y])

    annual = find1(t, r"项目全年预算(" + NUM + r")万元")
    central = find1(t, r"中央车购税资金(" + NUM + r")万元")
    prov = find1(t, r"省级补助资金(" + NUM + r")万元")
    county = find1(t, r"县级配套资金(" + NUM + r")万元")
    carry = find1(t, r"\d{4}年结转资金(" + NUM + r")万元")
    county_init = find1(t, r"县级配套年初安排(" + NUM + r")万元")
    county_cut = find1(t, r"年中调减(" + NUM + r")万元")
    received = find1(t, r"资金到位(" + NUM + r")万元")
    recv_rate = find1(t, r"资金到位[\d.,]+万元，到位率(" + NUM + r")%")
    spent = find1(t, r"实际支出(" + NUM + r")万元")
    p_rate = find1(t, r"实际支出[\d.,]+万元，预算执行率(" + NUM + r")%")
    p_rate_recv = find1(t, r"占到位资金的(" + NUM + r")%")
    balance = find1(t, r"结余(" + NUM + r")万元")

    ck.sum("全年 = 中央 + 省 + 县 + 结转 (text)", annual, [central, prov, county, carry])
    ck.ident("sum_mismatch", "县级全年 = 年初 − 调减", county, [county_init, county_cut], lambda a, b: a - b)
    ck.rate("到位率 (text)", recv_rate, received, annual)
    ck.rate("执行率 (text)", p_rate, spent, annual)
    ck.rate("支出占到位资金 (text)", p_rate_recv, spent, received)
    ck.ident("balance_mismatch", "结余 = 到位 − 支出 (text)", balance, [received, spent], lambda a, b: a - b)

    header, rows = read_table(t, "项目\t行次\t合计")
    R = {r[0].raw: {h: c for h, c in zip(header, r)} for r in rows}
    srcs = ["中央资金", "省级资金", "县级资金", "上年结转", "其他资金"]
    amount_rows = ["年初预算", "全年预算", "实际到位", "全年执行", "资金结余"]
    for rn in amount_rows:
        ck.sum("funds table %s: 合计 = Σ sources" % rn, fnum(R[rn]["合计"]), [fnum(R[rn][s]) for s in srcs])
    for s in ["合计"] + srcs:
        ck.ident("balance_mismatch", "(5)=(3)-(4) %s" % s, fnum(R["资金结余"][s]),
                 [fnum(R["实际到位"][s]), fnum(R["全年执行"][s])], lambda a, b: a - b)
        ck.rate("(6)=(3)/(2) %s" % s, R["到位率(%)"][s].num(), fnum(R["实际到位"][s]), fnum(R["全年预算"][s]))
        ck.rate("(7)=(4)/(2) %s" % s, R["执行率(%)"][s].num(), fnum(R["全年执行"][s]), fnum(R["全年预算"][s]))
    for name, f, rn, s in (("全年 total", annual, "全年预算", "合计"), ("中央", central, "全年预算", "中央资金"),
                           ("省级", prov, "全年预算", "省级资金"), ("县级", county, "全年预算", "县级资金"),
                           ("结转", carry, "全年预算", "上年结转"), ("县级年初", county_init, "年初预算", "县级资金"),
                           ("到位", received, "实际到位", "合计"), ("支出", spent, "全年执行", "合计")):
        ck.same("%s text/table" % name, f, fnum(R[rn][s]))
    ck.rate("县级到位率 (problems)", find1(t, r"县级配套资金到位率(" + NUM + r")%"),
            fnum(R["实际到位"]["县级资金"]), fnum(R["全年预算"]["县级资金"]))

    build = find1(t, r"码头岸电设施新建改造(" + NUM + r")万元")
    retro = find1(t, r"船舶受电设施改造补助(" + NUM + r")万元")
    std_ship = find1(t, r"按每艘(" + NUM + r")万元标准")
    ships = find1(t, r"标准补助(" + NUM + r")艘")
    power = find1(t, r"岸电电费补贴(" + NUM + r")万元")
    kwh = find1(t, r"对应岸电用电量(" + NUM + r")万千瓦时")
    std_kwh = find1(t, r"按每千瓦时(" + NUM + r")元给予电费补贴")
    ck.same("改造补助标准 text", std_ship, find1(t, r"改造按每艘(" + NUM + r")万元给予补助"))
    ck.sum("支出 = Σ uses", spent, [build, retro, power])
    ck.ident("sum_mismatch", "改造补助 = 艘数 × 标准", retro, [ships, std_ship], lambda a, b: a * b)
    ck.ident("sum_mismatch", "电费补贴 = 电量 × 标准", power, [kwh, std_kwh], lambda a, b: a * b)

    leaves, subs, total = indicator_rows(t, "一级指标\t二级指标\t三级指标")
    byname = {r["name"]: r for r in leaves}
    act = lambda n: byname[n]["cells"]["实际完成值"].num()
    ck.ident("average_mismatch", "单个泊位平均建设成本 = 建设支出 / 泊位数", act("单个泊位平均建设成本"),
             [build, act("新建改造码头岸电泊位")], lambda a, n: a / n, money=False)
    berths = find1(t, r"全年新建改造码头岸电泊位(" + NUM + r")个")
    ck.same("泊位 text/table", berths, act("新建改造码头岸电泊位"))
    m = find_text(t, r"其中茅坪港区(\d+个、郭家坝港区\d+个、归州港区\d+个)")
    parts = [Fact(x.group(1), m[1] + x.start(1)) for x in re.finditer(r"(\d+)个", m[0])]
    ck.sum("泊位 = Σ 港区", berths, parts)
    ck.same("改造船舶 text/table", find1(t, r"完成船舶受电设施改造(" + NUM + r")艘"), act("完成船舶受电设施改造"))
    ck.same("改造船舶 funds/table", ships, act("完成船舶受电设施改造"))
    ck.same("改造船舶 problems/table", find1(t, r"一是船舶受电设施改造进度滞后，(" + NUM + r")艘"), act("完成船舶受电设施改造"))
    kwh2 = find1(t, r"全年靠港船舶岸电用电量(" + NUM + r")万千瓦时")
    ck.same("用电量 text/funds", kwh2, kwh)
    ck.same("用电量 text/table", kwh2, act("靠港船舶岸电用电量"))
    ck.same("减排 text/table", find1(t, r"减少二氧化碳排放(" + NUM + r")吨；"), act("二氧化碳减排量"))
    ck.same("运行率 text/table", find1(t, r"岸电设施正常运行率(" + NUM + r")%。"), act("岸电设施正常运行率"))
    ck.same("满意度 text/table", find1(t, r"船员满意度(" + NUM + r")%，"), act("船员满意度"))
    goal_targets(ck, t, leaves, [
        (r"岸电泊位不少于(\d+)个", "新建改造码头岸电泊位"), (r"改造不少于(\d+)艘", "完成船舶受电设施改造"),
        (r"未达到(\d+)艘的目标", "完成船舶受电设施改造"), (r"验收合格率(\d+)%，建设任务于12月前", "岸电设施验收合格率"),
        (r"平均建设成本不超过(" + NUM + r")万元", "单个泊位平均建设成本"),
        (r"岸电用电量不少于(" + NUM + r")万千瓦时", "靠港船舶岸电用电量"), (r"排放不少于(" + NUM + r")吨", "二氧化碳减排量"),
        (r"运行率不低于(\d+)%", "岸电设施正常运行率"), (r"满意度不低于(\d+)%", "船员满意度")])
    ck.same("验收合格率 text/table", find1(t, r"验收合格率(\d+)%，建设任务于\d{4}年"), act("岸电设施验收合格率"))

    exec_w = find1(t, r"预算执行率指标分值(\d+)分")
    exec_s = find1(t, r"本项目得分(" + NUM + r")分")
    ck.weights("其余分值", find1(t, r"其余(\d+)分按产出"), [r["weight"] for r in leaves])
    check_indicators(ck, leaves)
    prose_total = find1(t, r"总得分(" + NUM + r")分")
    g, gs = grade_at(t, r"评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    check_totals(ck, leaves, subs, total, exec_w, exec_s, [prose_total], [(prose_total, g, gs), (total[1], g, gs)])
    exec_score_rule(ck, exec_w, exec_s, spent, annual, p_rate)


def spec_qinnan(t, ck):
    Y = find1(t, r"(\d{4})年度船舶靠港使用岸电补贴资金绩效自评报告")
    ck.year_equal("budget year", find1(t, r"(\d{4})年年初预算"), Y)
    ck.year_equal("period", find1(t, r"实施期为(\d{4})年1月1日"), Y)
    ck.year_equal("funds issued for", find1(t, r"提前下达(\d{4})年船舶靠港"), Y)
    ck.year_issued("自治区资金下达", find1(t, r"自治区于(\d{4})年\d+月提前下达"),
                   find1(t, r"自治区于\d{4}年(\d+)月提前下达"), Y)
    ck.year_after("carry-forward", find1(t, r"已结转至(\d{4})年"), Y)
    ck.add("year_mismatch", find1(t, r"、(\d{4})年结转资金").value < Y.value, "incoming carry-over year", [Y])

    init = find1(t, r"年初预算(" + NUM + r")万元，其中")
    district = find1(t, r"区级财政资金(" + NUM + r")万元")
    carry = find1(t, r"\d{4}年结转资金(" + NUM + r")万元。")
    prov = find1(t, r"使用岸电补助资金(" + NUM + r")万元")
    annual = find1(t, r"全年预算(" + NUM + r")万元，资金全部到位")
    spent = find1(t, r"全年支出(" + NUM + r")万元")
    p_rate = find1(t, r"全年支出[\d.,]+万元，预算执行率(" + NUM + r")%")
    p_fiscal_rate = find1(t, r"当年财政拨款执行率(" + NUM + r")%")
    balance = find1(t, r"未支出的(" + NUM + r")万元")
    ck.sum("年初 = 区级 + 结转 (text)", init, [district, carry])
    ck.sum("全年 = 年初 + 自治区提前下达", annual, [init, prov])
    ck.rate("执行率 (text)", p_rate, spent, annual)
    ck.ident("balance_mismatch", "未支出 = 全年(=到位) − 支出", balance, [annual, spent], lambda a, b: a - b)

    F = funds_rows(t, "项目\t年初预算数")
    for col in ("年初预算数", "全年预算数", "全年执行数"):
        ck.sum("funds table %s" % col, fnum(F["年度资金总额"][col]),
               [fnum(F[k][col]) for k in ("当年财政拨款", "上年结转资金", "其他资金")])
    for k, row in F.items():
        ck.rate("funds table %s 执行率" % k, row["执行率"].num(), fnum(row["全年执行数"]), fnum(row["全年预算数"]))
    ck.sum("当年财政拨款 全年 = 区级 + 自治区", fnum(F["当年财政拨款"]["全年预算数"]), [district, prov])
    ck.same("年初 text/table", init, fnum(F["年度资金总额"]["年初预算数"]))
    ck.same("区级 text/table", district, fnum(F["当年财政拨款"]["年初预算数"]))
    ck.same("结转 text/table", carry, fnum(F["上年结转资金"]["全年预算数"]))
    ck.same("全年 text/table", annual, fnum(F["年度资金总额"]["全年预算数"]))
    ck.same("支出 text/table", spent, fnum(F["年度资金总额"]["全年执行数"]))
    ck.rate("当年财政拨款执行率 (text)", p_fiscal_rate, fnum(F["当年财政拨款"]["全年执行数"]),
            fnum(F["当年财政拨款"]["全年预算数"]))
    ck.ident("rate_mismatch", "结转资金已全部支出", fnum(F["上年结转资金"]["全年执行数"]),
             [fnum(F["上年结转资金"]["全年预算数"])], lambda a: a)

    power = find1(t, r"用电补贴(" + NUM + r")万元")
    kwh = find1(t, r"按补贴电量(" + NUM + r")万千瓦时")
    std_kwh = find1(t, r"、每千瓦时(" + NUM + r")元计算")
    retro = find1(t, r"受电设施改造补贴(" + NUM + r")万元")
    ships = find1(t, r"共补助(" + NUM + r")艘")
    std_ship = find1(t, r"按每艘(" + NUM + r")万元给予")
    om = find1(t, r"运维及检测费(" + NUM + r")万元")
    ck.sum("支出 = 用电 + 改造 + 运维", spent, [power, retro, om])
    ck.ident("sum_mismatch", "用电补贴 = 电量 × 标准", power, [kwh, std_kwh], lambda a, b: a * b)
    ck.ident("sum_mismatch", "改造补贴 = 艘数 × 标准", retro, [ships, std_ship], lambda a, b: a * b)
    ck.same("补贴标准 概况/资金", std_kwh, find1(t, r"按每千瓦时(" + NUM + r")元给予用电补贴"))

    kwh2 = find1(t, r"全年岸电用电量(" + NUM + r")万千瓦时")
    m = find_text(t, r"其中(龙门港区[\d.]+万千瓦时、犀牛脚港区[\d.]+万千瓦时、沙井港区[\d.]+万千瓦时、钦州港公用码头[\d.]+万千瓦时)")
    ports = [Fact(x.group(1), m[1] + x.start(1)) for x in re.finditer(r"(" + NUM + r")万千瓦时", m[0])]
    ck.sum("用电量 = Σ 港区", kwh2, ports)
    ck.average("平均每个港区", find1(t, r"平均每个港区(" + NUM + r")万千瓦时"), ports)
    ck.same("用电量 text/funds", kwh2, kwh)

    leaves, subs, total = indicator_rows(t, "一级指标    二级指标", sep=" ")
    byname = {r["name"]: r for r in leaves}
    act = lambda n: byname[n]["cells"]["实际完成值"].num()
    ck.same("用电量 text/table", kwh2, act("岸电用电量"))
    ck.same("艘次 text/table", find1(t, r"全年靠港船舶使用岸电(" + NUM + r")艘次"), act("靠港船舶使用岸电艘次"))
    ck.same("准确率 text/table", find1(t, r"目标；补贴发放准确率(" + NUM + r")%"), act("补贴发放准确率"))
    ck.same("及时率 text/table", find1(t, r"兑付及时率(" + NUM + r")%。"), act("补贴资金兑付及时率"))
    ck.same("二氧化硫 text/table", find1(t, r"减少二氧化硫排放(" + NUM + r")吨；"), act("减少二氧化硫排放量"))
    ck.same("接电时长 text/table", find1(t, r"平均接电时长(" + NUM + r")分钟，"), act("船舶平均接电时长"))
    ck.same("满意度 text/table", find1(t, r"船东船员满意度(" + NUM + r")%。"), act("船东船员满意度"))
    ck.same("补贴标准 text/table", std_kwh, act("用电补贴标准"))
    goal_targets(ck, t, leaves, [
        (r"使用岸电不少于(" + NUM + r")艘次", "靠港船舶使用岸电艘次"), (r"补贴船舶不少于(\d+)艘", "兑付补贴船舶数量"),
        (r"发放准确率(\d+)%，补贴资金", "补贴发放准确率"), (r"及时率不低于(\d+)%", "补贴资金兑付及时率"),
        (r"不高于每千瓦时(" + NUM + r")元", "用电补贴标准"), (r"岸电用电量不少于(" + NUM + r")万千瓦时", "岸电用电量"),
        (r"排放不少于(" + NUM + r")吨", "减少二氧化硫排放量"), (r"控制在(\d+)分钟以内", "船舶平均接电时长"),
        (r"超过(\d+)分钟的控制目标", "船舶平均接电时长"), (r"满意度不低于(\d+)%", "船东船员满意度")])

    exec_w = find1(t, r"预算执行率指标分值(\d+)分")
    exec_rate = find1(t, r"全年预算执行率(" + NUM + r")%，得分")
    exec_s = find1(t, r"全年预算执行率[\d.]+%，得分(" + NUM + r")分")
    ck.rate("执行率 (score line)", exec_rate, spent, annual)
    check_indicators(ck, leaves)
    prose_total = find1(t, r"本项目自评得分(" + NUM + r")分")
    g, gs = grade_at(t, r"评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    check_totals(ck, leaves, subs, total, exec_w, exec_s, [prose_total], [(prose_total, g, gs), (total[1], g, gs)])
    exec_score_rule(ck, exec_w, exec_s, spent, annual, exec_rate)


def spec_lanshan(t, ck):
    Y = find1(t, r"(\d{4})年度部门整体支出绩效自评报告")
    ck.year_equal("table header year", find1(t, r"部门整体支出绩效自评表（(\d{4})年度）"), Y)
    ck.year_equal("conclusion year", find1(t, r"本部门(\d{4})年度整体支出"), Y)
    ck.year_equal("project year", find1(t, r"纳入(\d{4})年度单位自评"), Y)
    ck.year_equal("budget year", find1(t, r"(\d{4})年年初预算"), Y)
    ck.year_equal("截至 date", find1(t, r"截至(\d{4})年12月31日"), Y)
    ck.year_equal("staff date", find1(t, r"(\d{4})年末在职人员"), Y)
    ck.year_after("carry-forward", find1(t, r"已按规定结转至(\d{4})年"), Y)

    init = find1(t, r"年初预算(" + NUM + r")万元，其中")
    init_fiscal = find1(t, r"其中当年财政拨款(" + NUM + r")万元")
    init_carry = find1(t, r"上年结转资金(" + NUM + r")万元；")
    add = find1(t, r"等资金(" + NUM + r")万元")
    annual = find1(t, r"，全年预算(" + NUM + r")万元。")
    spent = find1(t, r"全年支出(" + NUM + r")万元")
    p_rate = find1(t, r"全年支出[\d.,]+万元，预算执行率(" + NUM + r")%")
    basic = find1(t, r"基本支出全年预算(" + NUM + r")万元")
    proj_budget = find1(t, r"项目支出全年预算(" + NUM + r")万元")
    proj_spent = find1(t, r"项目支出全年预算[\d.,]+万元，支出(" + NUM + r")万元")
    proj_rate = find1(t, r"支出[\d.,]+万元，执行率(" + NUM + r")%")
    balance = find1(t, r"年末结余(" + NUM + r")万元")
    ck.sum("年初 = 当年财政拨款 + 结转 (text)", init, [init_fiscal, init_carry])
    ck.sum("全年 = 年初 + 追加", annual, [init, add])
    ck.rate("执行率 (text)", p_rate, spent, annual)
    ck.sum("全年 = 基本 + 项目", annual, [basic, proj_budget])
    ck.sum("支出 = 基本(全部支出) + 项目支出", spent, [basic, proj_spent])
    ck.rate("项目支出执行率 (text)", proj_rate, proj_spent, proj_budget)
    ck.ident("balance_mismatch", "结余 = 全年 − 支出", balance, [annual, spent], lambda a, b: a - b)

    F = funds_rows(t, "项目\t年初预算数")
    for col in ("年初预算数", "全年预算数", "全年执行数"):
        ck.sum("funds table %s" % col, fnum(F["年度资金总额"][col]),
               [fnum(F[k][col]) for k in ("当年财政拨款", "上年结转资金", "其他资金")])
    for k, row in F.items():
        ck.rate("funds table %s 执行率" % k, row["执行率"].num(), fnum(row["全年执行数"]), fnum(row["全年预算数"]))
    ck.sum("当年财政拨款 全年 = 年初 + 追加", fnum(F["当年财政拨款"]["全年预算数"]),
           [fnum(F["当年财政拨款"]["年初预算数"]), add])
    for name, f, rn, col in (("年初", init, "年度资金总额", "年初预算数"), ("年初财政", init_fiscal, "当年财政拨款", "年初预算数"),
                             ("年初结转", init_carry, "上年结转资金", "年初预算数"), ("全年", annual, "年度资金总额", "全年预算数"),
                             ("支出", spent, "年度资金总额", "全年执行数")):
        ck.same("%s text/table" % name, f, fnum(F[rn][col]))

    header, rows = read_table(t, "项目名称\t全年预算数")
    P = {r[0].raw: {h: c for h, c in zip(header, r)} for r in rows}
    names = [n for n in P if n != "合计"]
    for col in ("全年预算数", "全年执行数"):
        ck.sum("project table %s 合计" % col, fnum(P["合计"][col]), [fnum(P[n][col]) for n in names])
    for n in P:
        ck.rate("project %s 执行率" % n, P[n]["执行率"].num(), fnum(P[n]["全年执行数"]), fnum(P[n]["全年预算数"]))
    ck.same("项目支出预算 text/table", proj_budget, fnum(P["合计"]["全年预算数"]))
    ck.same("项目支出 text/table", proj_spent, fnum(P["合计"]["全年执行数"]))
    ck.same("项目执行率 problems/text", find1(t, r"一是项目支出执行率(" + NUM + r")%"), proj_rate, code="rate_mismatch")
    ck.rate("执法项目执行率 (problems)", find1(t, r"执行率仅(" + NUM + r")%"),
            fnum(P["交通运输综合执法"]["全年执行数"]), fnum(P["交通运输综合执法"]["全年预算数"]))
    ck.average("平均自评得分", find1(t, r"平均自评得分(" + NUM + r")分"), [fnum(P[n]["自评得分"]) for n in names])
    berth_total = find1(t, r"全区(\d+)个生产性泊位")
    berth_sp = find1(t, r"已有(\d+)个具备岸电")
    cover = find1(t, r"覆盖率(" + NUM + r")%。")
    ck.rate("岸电泊位覆盖率 (text)", cover, berth_sp, berth_total)
    power = find1(t, r"用电补贴(" + NUM + r")万元")
    kwh = find1(t, r"（岸电用电量(" + NUM + r")万千瓦时")
    std = find1(t, r"每千瓦时补贴(" + NUM + r")元")
    retro = find1(t, r"船舶受电设施改造补贴(" + NUM + r")万元")
    ck.ident("sum_mismatch", "用电补贴 = 电量 × 标准", power, [kwh, std], lambda a, b: a * b)
    ck.sum("岸电补贴项目支出 = 用电 + 改造", fnum(P["船舶靠港使用岸电补贴"]["全年执行数"]), [power, retro])

    leaves, subs, total = indicator_rows(t, "一级指标\t二级指标\t三级指标")
    byname = {r["name"]: r for r in leaves}
    act = lambda n: byname[n]["cells"]["实际完成值"].num()
    ck.same("新增泊位 text/table", find1(t, r"新增岚山港区岸电泊位(" + NUM + r")个"), act("新增岸电泊位"))
    ck.same("覆盖率 text/table", cover, act("岸电泊位覆盖率"))
    ck.same("用电量 text/table", kwh, act("港口岸电用电量"))
    ck.same("艘次 text/table", find1(t, r"全年船舶靠港使用岸电(" + NUM + r")艘次"), act("船舶靠港使用岸电艘次"))
    ck.same("养护里程 text/table", find1(t, r"农村公路养护里程(" + NUM + r")公里，"), act("农村公路养护里程"))
    ck.same("经营人满意度 text/table", find1(t, r"，船舶经营人满意度(" + NUM + r")%"), act("船舶经营人满意度"))
    ck.same("群众满意度 text/table", find1(t, r"沿线群众满意度(" + NUM + r")%。"), act("沿线群众满意度"))
    goal_targets(ck, t, leaves, [(r"覆盖率未达(\d+)%", "岸电泊位覆盖率")])
    for pat in (r"单位自评的项目(\d+)个", r"(\d+)个项目平均自评得分"):
        f = find1(t, pat)
        ck.add("conflicting_values", f.value == len(names), "project count %s vs %d table rows" % (f.raw, len(names)), [f])
    issued = find1(t, r"发放问卷(\d+)份")
    valid = find1(t, r"收回有效问卷(\d+)份")
    ck.rate("有效回收率", find1(t, r"有效回收率(" + NUM + r")%"), valid, issued)

    exec_w = find1(t, r"预算执行率指标分值(\d+)分")
    exec_rate = find1(t, r"全年预算执行率(" + NUM + r")%，得分")
    exec_s = find1(t, r"全年预算执行率[\d.]+%，得分(" + NUM + r")分")
    ck.rate("执行率 (score line)", exec_rate, spent, annual)
    ck.weights("其余指标分值", find1(t, r"满意度指标分值(\d+)分"), [r["weight"] for r in leaves])
    check_indicators(ck, leaves)
    prose_total = find1(t, r"整体支出绩效自评得分(" + NUM + r")分")
    g, gs = grade_at(t, r"评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    check_totals(ck, leaves, subs, total, exec_w, exec_s, [prose_total], [(prose_total, g, gs), (total[1], g, gs)])
    exec_score_rule(ck, exec_w, exec_s, spent, annual, exec_rate)


SPECS = {
    "putuo-shorepower-2019": spec_putuo,
    "jiaocheng-shorepower-2021": spec_jiaocheng,
    "zigui-shorepower-2023": spec_zigui,
    "qinnan-shorepower-2024": spec_qinnan,
    "lanshan-transport-2025": spec_lanshan,
}


def run_spec(source, text):
    ck = Checker(text)
    SPECS[source](text, ck)
    return ck.results


# --------------------------------------------------------------------------- main

def single_edit(a, b):
    """[start, end) of the changed region in a and in b (common prefix/suffix removed)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append("labels.jsonl has %d lines, expected 35" % len(labels))
    if sum(1 for l in labels if l["clean"]) != 5:
        problems.append("expected 5 clean cases")
    counts = {c: 0 for c in CODES}
    n_checks = 0
    for lab in labels:
        case, source = lab["case"], lab["source"]
        text = open(os.path.join(CASES, case), encoding="utf-8").read()
        try:
            results = run_spec(source, text)
        except SpecError as e:
            problems.append("%s: extraction failed: %s" % (case, e))
            continue
        n_checks += len(results)
        failed = [r for r in results if not r["ok"]]
        failed_err = [r for r in failed if r["severity"] == "error"]
        if lab["clean"]:
            if lab["expected"]:
                problems.append("%s: clean case with expected findings" % case)
            for r in failed:
                problems.append("%s: clean draft fails %s (%s): %s" % (case, r["code"], r["severity"], r["msg"]))
            if not (1500 <= len(text) <= 5000):
                problems.append("%s: length %d outside 1500-5000" % (case, len(text)))
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append("%s: expected exactly one label" % case)
            continue
        e = exp[0]
        code, value = e["code"], e["value"]
        if code not in counts:
            problems.append("%s: unknown code %s" % (case, code))
            continue
        counts[code] += 1
        if e.get("severity") != "error":
            problems.append("%s: severity must be error" % case)
        codes = sorted({r["code"] for r in failed_err})
        if codes != [code]:
            problems.append("%s: labelled %s but failing error codes are %s: %s"
                            % (case, code, codes, "; ".join(r["msg"] for r in failed_err)))
        n_occ = text.count(value)
        if n_occ != 1:
            problems.append("%s: value %r occurs %d times" % (case, value, n_occ))
            continue
        vs = text.find(value)
        ve = vs + len(value)
        clean_name = case.rsplit("-", 1)[0] + "-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        (ca, cb), (ea, eb) = single_edit(clean, text)
        if max(cb - ca, eb - ea) > 40 or (cb - ca == 0 and eb - ea == 0):
            problems.append("%s: edit size %d/%d (must be 1..40)" % (case, cb - ca, eb - ea))
        if not (ea < ve and vs < max(eb, ea + 1)):
            problems.append("%s: edit [%d,%d) does not overlap value [%d,%d)" % (case, ea, eb, vs, ve))
        if not any(s < ve and vs < e2 for r in failed_err if r["code"] == code for s, e2 in r["spans"]):
            problems.append("%s: no failing %s check uses a figure inside the value" % (case, code))
    for c, n in counts.items():
        if n < 2:
            problems.append("code %s labelled %d times (< 2)" % (c, n))
    if problems:
        print("\n".join(problems))
        print("FAILED (%d problems)" % len(problems))
        return 1
    print("%d cases, %d checks; codes: %s" % (len(labels), n_checks,
                                              ", ".join("%s %d" % (c, n) for c, n in counts.items())))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
