#!/usr/bin/env python3
"""Verify drafts552: redo every piece of arithmetic from the text of each case.

Standard library + decimal only. For every case the figures are read back from the text
(tables by header, prose by pattern), every identity of rules.md §7 that the draft offers is
recomputed with the tolerance of rules.md §8, and the set of failing error codes is compared
with labels.jsonl:
  * clean drafts: no failing check at all;
  * error cases: exactly the labelled code fails, no other error code;
  * labels: value occurs exactly once in its case; the case differs from its clean draft by one
    contiguous edit of at most 40 characters that overlaps the value; every code of errors.md §A
    is used at least twice; 35 cases.
Prints OK at the end when everything holds; exits 1 otherwise. -v prints every failure/warning.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
MAX_EDIT = 40
TEN4 = D(10000)
EPS = D("1e-9")


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers
NUM = r"[\d,]*\d(?:\.\d+)?"


def num(raw):
    """Decimal of a figure as written: '1,021,600' '94.35%' '≥1450人' -> number part."""
    m = re.search(NUM, raw)
    if not m:
        raise ParseError("no number in %r" % raw)
    return D(m.group(0).replace(",", ""))


def decimals(raw):
    m = re.search(NUM, raw)
    s = m.group(0)
    return len(s.split(".")[1]) if "." in s else 0


def tol(raw):
    """rules.md §8: half a unit of the last written digit."""
    return D("0.5") * (D(10) ** -decimals(raw)) + EPS


def close(raw, computed):
    return abs(num(raw) - D(computed)) <= tol(raw)


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


FACTOR = {"元": D(1) / TEN4, "万元": D(1), "亿元": TEN4}


def wan(raw, unit):
    """money -> 万元"""
    return num(raw) * FACTOR[unit]


def money_tol(raw, unit):
    return tol(raw) * FACTOR[unit]


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, text, year):
        self.text = text
        self.year = year
        self.fails = []   # (code, message)
        self.warns = []   # (code, message) -- warnings (not error codes), informational

    def fail(self, code, msg):
        assert code in CODES, code
        self.fails.append((code, msg))

    def warn(self, code, msg):
        self.warns.append((code, msg))

    # ---- prose
    def grab(self, pattern, *groups):
        ms = list(re.finditer(pattern, self.text))
        if len(ms) != 1:
            raise ParseError("pattern %r matched %d times" % (pattern, len(ms)))
        m = ms[0]
        if not groups:
            groups = (1,)
        out = tuple(m.group(g) for g in groups)
        return out if len(out) > 1 else out[0]

    # ---- tables
    def table(self, header_prefix):
        lines = self.text.split("\n")
        starts = [i for i, l in enumerate(lines) if l.startswith(header_prefix) and "\t" in l]
        if len(starts) != 1:
            raise ParseError("table %r found %d times" % (header_prefix, len(starts)))
        i = starts[0]
        header = lines[i].split("\t")
        rows = []
        for l in lines[i + 1:]:
            if not l.strip():
                break
            rows.append(l.split("\t"))
        return Table(header, rows, header_prefix)


class Table:
    def __init__(self, header, rows, name):
        self.header, self.rows, self.name = header, rows, name

    def col(self, name):
        hits = [i for i, h in enumerate(self.header) if h == name]
        if len(hits) != 1:
            raise ParseError("column %r in %s: %d hits" % (name, self.name, len(hits)))
        return hits[0]

    def has(self, name):
        return name in self.header

    def row(self, label):
        hits = [r for r in self.rows if r[0] == label]
        if len(hits) != 1:
            raise ParseError("row %r in %s: %d hits" % (label, self.name, len(hits)))
        return hits[0]

    def cell(self, label, colname):
        return self.row(label)[self.col(colname)]


# ---------------------------------------------------------------- identity helpers
def chk_equal_money(ctx, what, raw, unit, expected_wan, code="conflicting_values"):
    """A restated amount must equal the amount given elsewhere (I11); a 10^4 slip of the
    money unit is unit_mismatch (errors.md #11b)."""
    v = wan(raw, unit)
    if abs(v - expected_wan) <= money_tol(raw, unit):
        return
    for f in (TEN4, D(1) / TEN4, TEN4 * TEN4, D(1) / (TEN4 * TEN4)):
        if v != 0 and abs(v / f - expected_wan) <= money_tol(raw, unit):
            ctx.fail("unit_mismatch", "%s: %s%s reconciles with %s万元 only after rescaling" % (what, raw, unit, expected_wan))
            return
    ctx.fail(code, "%s: %s%s vs %s万元" % (what, raw, unit, expected_wan))


def chk_equal(ctx, what, raw, expected, code="conflicting_values"):
    """A restated count/rate must equal the value given elsewhere (I11)."""
    if not close(raw, expected):
        ctx.fail(code, "%s: %s vs %s" % (what, raw, expected))


def chk_sum(ctx, what, total, parts, code="sum_mismatch"):
    """total, parts: (raw, unit) with unit in 元/万元/亿元 or None for plain numbers (I4)."""
    def val(p):
        return wan(*p) if p[1] else num(p[0])

    def t(p):
        return money_tol(*p) if p[1] else tol(p[0])
    s = sum((val(p) for p in parts), D(0))
    if abs(s - val(total)) <= t(total):
        return
    # a single amount off by 10^4 / 10^8 (元 written as 万元, 万元 as 亿元) -> unit_mismatch
    allp = [total] + list(parts)
    for k, p in enumerate(allp):
        if not p[1] or val(p) == 0:
            continue
        for f in (TEN4, D(1) / TEN4, TEN4 * TEN4, D(1) / (TEN4 * TEN4)):
            vals = [val(q) for q in allp]
            vals[k] = vals[k] / f
            if abs(sum(vals[1:], D(0)) - vals[0]) <= t(total) + t(p):
                ctx.fail("unit_mismatch", "%s: %s%s off by a power of ten" % (what, p[0], p[1]))
                return
    ctx.fail(code, "%s: parts sum to %s, stated %s" % (what, s, total[0]))


def chk_product(ctx, what, total_raw, total_unit, qty, rate):
    """amount = person-months x standard (checked under sum_mismatch; a 10^4 slip -> unit_mismatch)."""
    chk_sum(ctx, what, (total_raw, total_unit), [(str(qty * rate), "元")])


def chk_rate(ctx, what, rate_raw, numer, denom, code="rate_mismatch"):
    """Stated rate = numer/denom (I1, I2, I5). '—' allowed only on a zero base."""
    rate_raw = rate_raw.strip()
    if denom == 0:
        if rate_raw in ("—", "-", "0", "0%", "0.00%"):
            return
        ctx.fail("implausible_rate", "%s: rate %s on a zero base" % (what, rate_raw))
        return
    if rate_raw in ("—", "-"):
        ctx.fail(code, "%s: rate shown as — although the base is %s" % (what, denom))
        return
    c = D(numer) / D(denom) * 100
    ok = close(rate_raw, c)
    if not ok:
        ctx.fail(code, "%s: stated %s, computed %.4f%%" % (what, rate_raw, c))
    if num(rate_raw) > 100 + tol(rate_raw) and ok:
        ctx.fail("implausible_rate", "%s: %s above 100%%" % (what, rate_raw))


def chk_balance(ctx, what, bal_raw, avail, spent):
    if abs(num(bal_raw) - (D(avail) - D(spent))) > tol(bal_raw):
        ctx.fail("balance_mismatch", "%s: stated %s, computed %s" % (what, bal_raw, D(avail) - D(spent)))


def chk_avg(ctx, what, avg_raw, total, count):
    if avg_raw.strip() in ("—", "-"):
        return
    c = D(total) / D(count)
    if not close(avg_raw, c):
        ctx.fail("average_mismatch", "%s: stated %s, computed %.4f" % (what, avg_raw, c))


def parse_qty(s):
    """'≥1450人' -> ('gte', 1450, '人'); '100%' -> ('eq', 100, '%'); text -> None"""
    s = s.strip().replace("＞＝", "≥").replace("＜＝", "≤").replace(">=", "≥").replace("<=", "≤")
    m = re.match(r"^(≥|≤|=|＞|＜|>|<)?\s*(" + NUM + r")\s*(.*)$", s)
    if not m:
        return None
    sign, n, unit = m.groups()
    direction = {"≥": "gte", "＞": "gte", ">": "gte", "≤": "lte", "＜": "lte", "<": "lte"}.get(sign or "=", "eq")
    return direction, D(n.replace(",", "")), unit.strip()


def completion(direction, t, a):
    if direction == "lte":
        return D(100) if a <= t else t / a * 100
    if t == 0:
        return None
    return a / t * 100


def chk_completion(ctx, what, comp_raw, target_raw, actual_raw):
    tq, aq = parse_qty(target_raw), parse_qty(actual_raw)
    if tq is None or aq is None:
        raise ParseError("completion check on non-numeric %s" % what)
    if tq[2] != aq[2]:
        ctx.fail("unit_mismatch", "%s: target %s vs actual %s" % (what, target_raw, actual_raw))
        return
    c = completion(tq[0], tq[1], aq[1])
    if c is not None and not close(comp_raw, c):
        ctx.fail("completion_mismatch", "%s: stated %s, computed %.4f%%" % (what, comp_raw, c))


GRADES = [(D(90), ("优秀", "优")), (D(80), ("良好", "良")), (D(60), ("中等", "中", "一般", "合格")), (D(-1), ("较差", "差", "不合格"))]


def chk_grade(ctx, total_raw, grade):
    t = num(total_raw)
    for lo, names in GRADES:
        if t >= lo:
            if grade not in names:
                ctx.fail("grade_mismatch", "total %s is %s, stated %s" % (total_raw, names[0], grade))
            return


def chk_years(ctx):
    y, text = ctx.year, ctx.text
    for m in re.finditer(r"(\d{4})年度", text):
        if int(m.group(1)) != y:
            ctx.fail("year_mismatch", "%s in a %d report" % (m.group(0), y))
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if int(m.group(1)) != y:
            ctx.fail("year_mismatch", "%s in a %d report" % (m.group(0), y))
    for m in re.finditer(r"结转至(\d{4})年", text):
        if int(m.group(1)) <= y:
            ctx.fail("year_mismatch", "%s in a %d report" % (m.group(0), y))
    for m in re.finditer(r"(\d{4})年年初", text):
        if int(m.group(1)) != y:
            ctx.fail("year_mismatch", "%s in a %d report" % (m.group(0), y))
    for m in re.finditer(r"于(\d{4})年(\d{1,2})月(?:提前)?下达", text):
        yy, mm = int(m.group(1)), int(m.group(2))
        if not (yy == y or (yy == y - 1 and mm == 12)):
            ctx.fail("year_mismatch", "%s in a %d report" % (m.group(0), y))
    last = text.strip().split("\n")[-1]
    m = re.match(r"^(\d{4})年(\d{1,2})月$", last)
    if not m or int(m.group(1)) != y + 1:
        ctx.fail("year_mismatch", "report dated %r for a %d report" % (last, y))


# ---------------------------------------------------------------- generic tables
def funds_table(ctx, header_prefix, tree, year_cols=None):
    """tree: {total_label: [component labels]}. Checks column sums (I4), balances (I3), rates (I1/I2/I5).
    Returns dict label -> {col: raw}."""
    tb = ctx.table(header_prefix)
    money_cols = [h for h in tb.header[1:] if h in ("年初预算数", "全年预算数", "实际到位数", "全年执行数", "结余", "结转下年")]
    for total, comps in tree.items():
        for c in money_cols:
            chk_sum(ctx, "%s %s" % (total, c), (tb.cell(total, c), "万元"),
                    [(tb.cell(x, c), "万元") for x in comps])
    for r in tb.rows:
        lab = r[0]
        full = num(tb.cell(lab, "全年预算数"))
        spent = num(tb.cell(lab, "全年执行数"))
        got = num(tb.cell(lab, "实际到位数")) if tb.has("实际到位数") else None
        for bc in ("结余", "结转下年"):
            if tb.has(bc):
                chk_balance(ctx, "%s %s" % (lab, bc), tb.cell(lab, bc), got if got is not None else full, spent)
        if tb.has("执行率"):
            chk_rate(ctx, "%s 执行率" % lab, tb.cell(lab, "执行率"), spent, full)
        if tb.has("到位率"):
            chk_rate(ctx, "%s 到位率" % lab, tb.cell(lab, "到位率"), got, full)
        if got is not None and got > full:
            ctx.fail("implausible_rate", "%s: 到位 above 全年预算" % lab)
    return tb


def indicator_table(ctx, header_prefix, exec_rate):
    """自评表: weights (I6), scores (I7), completion (I8), units (I13), implausible rates (I5),
    execution row vs funds (I1). exec_rate: execution rate (%) computed from the funds table."""
    tb = ctx.table(header_prefix)
    cn, ct, ca = tb.col("三级指标"), tb.col("年度指标值"), tb.col("实际完成值")
    cc = tb.col("完成率") if tb.has("完成率") else None
    cw, cs = tb.col("分值"), tb.col("得分")
    leaves, subtotals, total = [], [], None
    block = None
    for r in tb.rows:
        if r[0] == "合计":
            total = r
            continue
        if r[0].endswith("小计"):
            subtotals.append((r[0][:-2], r))
            continue
        if r[0]:
            block = r[0]
        leaves.append((block, r))
    if total is None:
        raise ParseError("no 合计 row in 自评表")
    by_name = {}
    for block, r in leaves:
        name, w, s = r[cn], num(r[cw]), num(r[cs])
        by_name[name] = r
        if s > w or s < 0:
            ctx.fail("score_exceeds_weight", "%s: score %s, weight %s" % (name, r[cs], r[cw]))
        tq, aq = parse_qty(r[ct]), parse_qty(r[ca])
        if (tq is None) != (aq is None):
            ctx.fail("unit_mismatch", "%s: target %r vs actual %r" % (name, r[ct], r[ca]))
            continue
        if tq is None:
            continue   # qualitative row
        if tq[2] != aq[2]:
            ctx.fail("unit_mismatch", "%s: target %s vs actual %s" % (name, r[ct], r[ca]))
            continue
        if aq[2] == "%" and (aq[1] > 100 or aq[1] < 0):
            ctx.fail("implausible_rate", "%s: actual %s" % (name, r[ca]))
        comp = completion(tq[0], tq[1], aq[1])
        if cc is not None and r[cc].strip() not in ("—", "-") and comp is not None:
            if not close(r[cc], comp):
                ctx.fail("completion_mismatch", "%s: stated %s, computed %.4f%%" % (name, r[cc], comp))
        if "执行率" in name:
            if not close(r[ca], exec_rate):
                ctx.fail("rate_mismatch", "%s: %s vs funds %.4f%%" % (name, r[ca], exec_rate))
        # scoring rule (rules §5) -- warning only
        if comp is not None:
            exp = r2(w * min(comp, D(100)) / 100)
            exp_stated = r2(w * min(num(r[cc]), D(100)) / 100) if cc is not None and r[cc].strip() not in ("—", "-") else exp
            if not (close(r[cs], exp) or close(r[cs], exp_stated)):
                ctx.warn("score_rule_mismatch", "%s: score %s, rule gives %s" % (name, r[cs], exp))
    # weights and scores
    leaf_w = sum((num(r[cw]) for _, r in leaves), D(0))
    leaf_s = sum((num(r[cs]) for _, r in leaves), D(0))
    if subtotals:
        top = D(0)
        sub_blocks = set()
        for blk, r in subtotals:
            sub_blocks.add(blk)
            bw = sum((num(x[cw]) for b, x in leaves if b == blk), D(0))
            bs = sum((num(x[cs]) for b, x in leaves if b == blk), D(0))
            if abs(num(r[cw]) - bw) > tol(r[cw]):
                ctx.fail("weight_sum_mismatch", "%s: weight %s, rows sum %s" % (r[0], r[cw], bw))
            if abs(num(r[cs]) - bs) > tol(r[cs]):
                ctx.fail("score_sum_mismatch", "%s: score %s, rows sum %s" % (r[0], r[cs], bs))
            if num(r[cs]) > num(r[cw]):
                ctx.fail("score_exceeds_weight", "%s: score %s > weight %s" % (r[0], r[cs], r[cw]))
            top += num(r[cw])
        top += sum((num(x[cw]) for b, x in leaves if b not in sub_blocks), D(0))
        if top != 100:
            ctx.fail("weight_sum_mismatch", "first-level weights sum to %s" % top)
    if leaf_w != 100 or num(total[cw]) != 100 or num(total[cw]) != leaf_w:
        ctx.fail("weight_sum_mismatch", "weights: rows %s, stated total %s" % (leaf_w, total[cw]))
    if abs(leaf_s - num(total[cs])) > tol(total[cs]):
        ctx.fail("score_sum_mismatch", "scores: rows %s, stated total %s" % (leaf_s, total[cs]))
    tb.by_name = by_name
    tb.total_score_raw = total[cs]
    tb.leaf_score_sum = leaf_s
    tb.cols = dict(name=cn, target=ct, actual=ca, comp=cc, weight=cw, score=cs)
    return tb


def town_table(ctx, header_prefix, rates=None, avgs=None, product=None, avg_row=None):
    """Counts by township: column sums (I4), per-row rates (I1-style), per-row averages (I10),
    the 平均 row = mean of the township rows (I10), amount = person-months x standard."""
    tb = ctx.table(header_prefix)
    rates, avgs = rates or {}, avgs or {}
    towns = [r for r in tb.rows if r[0] not in ("合计", avg_row)]
    tot = tb.row("合计")
    derived = set(rates) | set(avgs)
    for h in tb.header[1:]:
        if h in derived:
            continue
        c = tb.col(h)
        unit = "元" if "（元）" in h else None
        chk_sum(ctx, "合计 %s" % h, (tot[c], unit), [(r[c], unit) for r in towns])
        if avg_row:
            a = tb.row(avg_row)[c]
            chk_avg(ctx, "%s %s" % (avg_row, h), a, sum((num(r[c]) for r in towns), D(0)), len(towns))
    for r in towns + [tot]:
        for h, (n_, d_) in rates.items():
            chk_rate(ctx, "%s %s" % (r[0], h), r[tb.col(h)], num(r[tb.col(n_)]), num(r[tb.col(d_)]))
            if num(r[tb.col(n_)]) > num(r[tb.col(d_)]):
                ctx.fail("implausible_rate", "%s: %s above %s" % (r[0], n_, d_))
        for h, (n_, d_) in avgs.items():
            chk_avg(ctx, "%s %s" % (r[0], h), r[tb.col(h)], num(r[tb.col(n_)]), num(r[tb.col(d_)]))
        if product:
            amt, months, std = product
            chk_product(ctx, "%s %s" % (r[0], amt), r[tb.col(amt)], "元", num(r[tb.col(months)]), std)
    if avg_row:
        for h in derived:
            a = tb.row(avg_row)[tb.col(h)]
            if a.strip() not in ("—", "-"):
                raise ParseError("unexpected value in %s %s" % (avg_row, h))
    tb.towns = towns
    tb.tot = tot
    return tb


def prose_completion(ctx, what, comp_raw, tb_ind, name):
    r = tb_ind.by_name[name]
    chk_completion(ctx, what, comp_raw, r[tb_ind.cols["target"]], r[tb_ind.cols["actual"]])


def chk_target(ctx, I, name, raw):
    """a target restated in the goals section must equal the 年度指标值 of the table (I11)."""
    t = parse_qty(I.by_name[name][I.cols["target"]])
    chk_equal(ctx, "目标 %s" % name, raw, t[1])


def chk_range(ctx, what, lo_raw, hi_raw, values):
    """'在A至B之间' must name the smallest and largest of the listed values (I11)."""
    chk_equal(ctx, what + " 最小", lo_raw, min(values))
    chk_equal(ctx, what + " 最大", hi_raw, max(values))


def exec_rate_of(tb, total_label):
    return num(tb.cell(total_label, "全年执行数")) / num(tb.cell(total_label, "全年预算数")) * 100


# ================================================================= projects
def p_wudi(ctx):
    F = funds_table(ctx, "资金来源\t年初预算数", {"年度资金总额": ["其中：省级补助", "县级财政", "上年结转"]})
    er = exec_rate_of(F, "年度资金总额")
    std = ctx.grab(r"按每人每月(" + NUM + r")元向其监护人")
    T = town_table(ctx, "乡镇（街道）\t", rates={"规范管理率": ("规范管理（人）", "在册患者（人）")},
                   avgs={"人均发放（元）": ("发放金额（元）", "享受补助（人）")},
                   product=("发放金额（元）", "发放人月数", num(std)), avg_row="乡镇平均")
    I = indicator_table(ctx, "一级指标\t", er)
    tc = lambda h: T.tot[T.header.index(h)]
    chk_target(ctx, I, "监护补助标准", std)
    if num(ctx.grab(r"覆盖全县(" + NUM + r")个乡镇（街道）")) != len(T.towns):
        ctx.fail("conflicting_values", "乡镇个数")
    chk_target(ctx, I, "在册患者规范管理人数", ctx.grab(r"规范管理人数不少于(" + NUM + r")人"))
    chk_target(ctx, I, "患者规范管理率", ctx.grab(r"规范管理率不低于(" + NUM + r"%)"))
    chk_target(ctx, I, "监护补助发放人数", ctx.grab(r"为不少于(" + NUM + r")名患者"))
    chk_target(ctx, I, "患者肇事肇祸案件数", ctx.grab(r"肇事肇祸案件不超过(" + NUM + r")起"))
    chk_target(ctx, I, "患者家属满意度", ctx.grab(r"满意度不低于(" + NUM + r"%)"))
    chk_target(ctx, I, "在册患者规律服药率", ctx.grab(r"未达到(" + NUM + r"%)的年度指标"))
    lo, hi = ctx.grab(r"人均发放金额在(" + NUM + r")元至(" + NUM + r")元之间", 1, 2)
    chk_range(ctx, "人均发放范围", lo, hi, [num(r[T.header.index("人均发放（元）")]) for r in T.towns])
    # 二、资金
    y0 = ctx.grab(r"年初县级财政安排项目资金(" + NUM + r")万元")
    chk_equal_money(ctx, "年初县级资金", y0, "万元", num(F.cell("县级财政", "年初预算数")))
    add = ctx.grab(r"追加下达省级补助资金(" + NUM + r")万元")
    chk_equal_money(ctx, "省级追加", add, "万元", num(F.cell("其中：省级补助", "全年预算数")))
    full = ctx.grab(r"全年预算调整为(" + NUM + r")万元")
    chk_equal_money(ctx, "全年预算", full, "万元", num(F.cell("年度资金总额", "全年预算数")))
    chk_sum(ctx, "年初+追加=全年", (full, "万元"), [(y0, "万元"), (add, "万元")])
    got = ctx.grab(r"实际到位(" + NUM + r")万元")
    chk_equal_money(ctx, "到位", got, "万元", num(F.cell("年度资金总额", "实际到位数")))
    chk_rate(ctx, "资金到位率", ctx.grab(r"资金到位率(" + NUM + r"%)"), num(got), num(full))
    spent = ctx.grab(r"全年执行(" + NUM + r")万元")
    chk_equal_money(ctx, "全年执行", spent, "万元", num(F.cell("年度资金总额", "全年执行数")))
    chk_rate(ctx, "预算执行率(prose)", ctx.grab(r"预算执行率(" + NUM + r"%)。"), num(spent), num(full))
    sub = ctx.grab(r"其中发放监护补助(" + NUM + r")万元")
    oth = ctx.grab(r"体检费用(" + NUM + r")万元")
    chk_sum(ctx, "执行=补助+其他", (spent, "万元"), [(sub, "万元"), (oth, "万元")])
    parts = [ctx.grab(r"其中随访管理补助(" + NUM + r")万元"), ctx.grab(r"应急处置(" + NUM + r")万元"),
             ctx.grab(r"免费体检(" + NUM + r")万元")]
    chk_sum(ctx, "其他经费明细", (oth, "万元"), [(p, "万元") for p in parts])
    chk_equal_money(ctx, "监护补助(表2合计)", sub, "万元", wan(tc("发放金额（元）"), "元"))
    b1 = ctx.grab(r"监护补助预算(" + NUM + r")万元")
    chk_rate(ctx, "监护补助部分执行", ctx.grab(r"占该部分预算的(" + NUM + r"%)"), num(sub), num(b1))
    b2 = ctx.grab(r"随访管理等经费预算(" + NUM + r")万元")
    chk_rate(ctx, "随访管理部分执行", ctx.grab(r"随访管理等经费预算" + NUM + r"万元，执行(" + NUM + r"%)"), num(oth), num(b2))
    chk_sum(ctx, "分用途预算", (full, "万元"), [(b1, "万元"), (b2, "万元")])
    bal = ctx.grab(r"年末结余(" + NUM + r")万元")
    chk_balance(ctx, "年末结余", bal, num(got), num(spent))
    chk_equal_money(ctx, "年末结余(表1)", bal, "万元", num(F.cell("年度资金总额", "结余")))
    # 三、乡镇
    reg = ctx.grab(r"在册严重精神障碍患者(" + NUM + r")人")
    chk_equal(ctx, "在册患者", reg, num(tc("在册患者（人）")))
    man = ctx.grab(r"在册严重精神障碍患者" + NUM + r"人，规范管理(" + NUM + r")人")
    chk_equal(ctx, "规范管理", man, num(tc("规范管理（人）")))
    chk_rate(ctx, "规范管理率(prose)", ctx.grab(r"规范管理" + NUM + r"人，规范管理率(" + NUM + r"%)"), num(man), num(reg))
    chk_equal(ctx, "享受补助", ctx.grab(r"享受监护补助(" + NUM + r")人"), num(tc("享受补助（人）")))
    pm = ctx.grab(r"全年发放(" + NUM + r")人月")
    chk_equal(ctx, "人月数", pm, num(tc("发放人月数")))
    amt, au = ctx.grab(r"人月，计(" + NUM + r")(万元|元)", 1, 2)
    chk_equal_money(ctx, "发放金额(prose)", amt, au, wan(tc("发放金额（元）"), "元"))
    chk_product(ctx, "人月数×100元", amt, au, num(pm), D(100))
    a, b = ctx.grab(r"分别为(" + NUM + r")人和(" + NUM + r")人", 1, 2)
    chk_equal(ctx, "棣丰街道", a, num(T.row("棣丰街道")[1]))
    chk_equal(ctx, "海丰街道", b, num(T.row("海丰街道")[1]))
    chk_equal(ctx, "马山子镇", ctx.grab(r"马山子镇最少，为(" + NUM + r")人"), num([r for r in T.rows if r[0] == "马山子镇"][0][1]))
    # 指标完成情况 (prose)
    v = ctx.grab(r"在册患者规范管理(" + NUM + r")人，为年度指标")
    chk_equal(ctx, "规范管理(指标)", v, num(I.by_name["在册患者规范管理人数"][I.cols["actual"]]))
    prose_completion(ctx, "规范管理人数完成", ctx.grab(r"（" + NUM + r"人）的(" + NUM + r"%)"), I, "在册患者规范管理人数")
    chk_equal(ctx, "指标目标1450", ctx.grab(r"为年度指标（(" + NUM + r")人）"), parse_qty(I.by_name["在册患者规范管理人数"][I.cols["target"]])[1])
    chk_equal(ctx, "发放人数(指标)", ctx.grab(r"监护补助发放(" + NUM + r")人，完成率"), num(I.by_name["监护补助发放人数"][I.cols["actual"]]))
    prose_completion(ctx, "发放人数完成", ctx.grab(r"监护补助发放" + NUM + r"人，完成率(" + NUM + r"%)"), I, "监护补助发放人数")
    chk_equal(ctx, "规范管理率(指标)", ctx.grab(r"规范管理率(" + NUM + r"%)，完成率"), num(I.by_name["患者规范管理率"][I.cols["actual"]]))
    prose_completion(ctx, "规范管理率完成", ctx.grab(r"规范管理率" + NUM + r"%，完成率(" + NUM + r"%)"), I, "患者规范管理率")
    fv = ctx.grab(r"全年面访患者(" + NUM + r")人")
    fr = ctx.grab(r"面访率(" + NUM + r"%)。")
    chk_rate(ctx, "面访率(prose)", fr, num(fv), num(reg))
    chk_equal(ctx, "面访率(指标)", fr, num(I.by_name["患者面访率"][I.cols["actual"]]))
    dv = ctx.grab(r"规律服药(" + NUM + r")人")
    dr = ctx.grab(r"规律服药率(" + NUM + r"%)，未达到")
    chk_rate(ctx, "服药率(prose)", dr, num(dv), num(reg))
    chk_equal(ctx, "服药率(指标)", dr, num(I.by_name["在册患者规律服药率"][I.cols["actual"]]))
    prose_completion(ctx, "服药率完成", ctx.grab(r"未达到80%的年度指标，完成率(" + NUM + r"%)"), I, "在册患者规律服药率")
    chk_equal(ctx, "满意度", ctx.grab(r"患者家属满意度(" + NUM + r"%)。"), num(I.by_name["患者家属满意度"][I.cols["actual"]]))
    # 指标表 vs 其他表
    chk_equal(ctx, "表3 规范管理人数", I.by_name["在册患者规范管理人数"][I.cols["actual"]], num(tc("规范管理（人）")))
    chk_equal(ctx, "表3 发放人数", I.by_name["监护补助发放人数"][I.cols["actual"]], num(tc("享受补助（人）")))
    chk_rate(ctx, "表3 规范管理率", I.by_name["患者规范管理率"][I.cols["actual"]], num(tc("规范管理（人）")), num(tc("在册患者（人）")))
    # 结论
    tot = ctx.grab(r"本项目得分(" + NUM + r")分")
    chk_equal(ctx, "总分(prose) vs 表3", tot, I.leaf_score_sum, code="score_sum_mismatch")
    chk_grade(ctx, tot, ctx.grab(r"评价等级为(优秀|良好|中等|较差|优|良|中|差)"))
    chk_grade(ctx, I.total_score_raw, ctx.grab(r"评价等级为(优秀|良好|中等|较差|优|良|中|差)"))
    chk_years(ctx)


def p_libo(ctx):
    F = funds_table(ctx, "资金来源\t全年预算数", {"合计": ["中央补助资金", "省级补助资金", "县级配套资金", "其他资金"]})
    er = exec_rate_of(F, "合计")
    T = town_table(ctx, "乡镇（街道）\t", rates={"规范管理率": ("规范管理（人）", "在册患者（人）")},
                   avgs={"人均（元）": ("发放金额（元）", "监护补助（人）")})
    I = indicator_table(ctx, "一级指标\t", er)
    tc = lambda h: T.tot[T.header.index(h)]
    std, cap = ctx.grab(r"每人每月(" + NUM + r")元（全年最高(" + NUM + r")元）", 1, 2)
    chk_product(ctx, "全年上限", cap, "元", D(12), num(std))
    chk_target(ctx, I, "监护补助标准", std)
    chk_equal(ctx, "上限(再述)", ctx.grab(r"低于全年(" + NUM + r")元的上限"), num(cap))
    if num(ctx.grab(r"覆盖全县(" + NUM + r")个乡镇（街道）")) != len(T.towns):
        ctx.fail("conflicting_values", "乡镇个数")
    chk_target(ctx, I, "在册患者管理人数", ctx.grab(r"在册患者管理人数不少于(" + NUM + r")人"))
    chk_target(ctx, I, "规范管理率", ctx.grab(r"规范管理率不低于(" + NUM + r"%)"))
    chk_target(ctx, I, "面访率", ctx.grab(r"面访率不低于(" + NUM + r"%)"))
    chk_target(ctx, I, "监护补助发放人数", ctx.grab(r"为不少于(" + NUM + r")名患者"))
    chk_target(ctx, I, "肇事肇祸案件数", ctx.grab(r"肇事肇祸案件不超过(" + NUM + r")起"))
    chk_target(ctx, I, "患者及家属满意度", ctx.grab(r"满意度不低于(" + NUM + r"%)"))
    chk_equal_money(ctx, "中央补助", ctx.grab(r"中央补助资金(" + NUM + r")万元于"), "万元", num(F.cell("中央补助资金", "全年预算数")))
    chk_equal_money(ctx, "省级补助", ctx.grab(r"省级补助资金(" + NUM + r")万元于"), "万元", num(F.cell("省级补助资金", "全年预算数")))
    chk_equal_money(ctx, "县级配套", ctx.grab(r"县财政安排配套资金(" + NUM + r")万元"), "万元", num(F.cell("县级配套资金", "全年预算数")))
    amt, au = ctx.grab(r"全年发放(" + NUM + r")(万元|元)", 1, 2)
    chk_equal_money(ctx, "监护补助发放(=县级执行)", amt, au, num(F.cell("县级配套资金", "全年执行数")))
    chk_equal_money(ctx, "监护补助发放(表2)", amt, au, wan(tc("发放金额（元）"), "元"))
    bal = ctx.grab(r"年末结余(" + NUM + r")万元")
    chk_balance(ctx, "年末结余", bal, num(F.cell("合计", "实际到位数")), num(F.cell("合计", "全年执行数")))
    chk_balance(ctx, "年末结余均为县级", bal, num(F.cell("县级配套资金", "实际到位数")), num(F.cell("县级配套资金", "全年执行数")))
    # 乡镇
    a, b = ctx.grab(r"分别为(" + NUM + r")人和(" + NUM + r")人", 1, 2)
    chk_equal(ctx, "玉屏街道", ctx.grab(r"玉屏街道在册患者最多（(" + NUM + r")人）"), num(T.rows[0][1]))
    chk_equal(ctx, "小七孔镇", a, num(T.rows[1][1]))
    chk_equal(ctx, "朝阳镇", b, num(T.rows[2][1]))
    last, inc = ctx.grab(r"较2020年的(" + NUM + r")人增加(" + NUM + r")人", 1, 2)
    chk_sum(ctx, "较上年增加", (tc("在册患者（人）"), None), [(last, None), (inc, None)])
    chk_equal(ctx, "人均(prose)", ctx.grab(r"人均领取(" + NUM + r")元"), num(tc("人均（元）")), code="average_mismatch")
    chk_avg(ctx, "人均(prose)", ctx.grab(r"人均领取(" + NUM + r")元"), num(tc("发放金额（元）")), num(tc("监护补助（人）")))
    reg = ctx.grab(r"全县在册患者(" + NUM + r")人，规范管理")
    chk_equal(ctx, "在册患者", reg, num(tc("在册患者（人）")))
    man = ctx.grab(r"规范管理(" + NUM + r")人，规范管理率")
    chk_equal(ctx, "规范管理", man, num(tc("规范管理（人）")))
    mr = ctx.grab(r"规范管理率(" + NUM + r"%)，完成年度指标")
    chk_rate(ctx, "规范管理率(prose)", mr, num(man), num(reg))
    prose_completion(ctx, "规范管理率完成", ctx.grab(r"规范管理率" + NUM + r"%，完成年度指标的(" + NUM + r"%)"), I, "规范管理率")
    fv = ctx.grab(r"面访1次的患者(" + NUM + r")人")
    fr = ctx.grab(r"面访率(" + NUM + r"%)。")
    chk_rate(ctx, "面访率", fr, num(fv), num(reg))
    chk_equal(ctx, "面访率(指标)", fr, num(I.by_name["面访率"][I.cols["actual"]]))
    dv = ctx.grab(r"规律服药(" + NUM + r")人")
    dr = ctx.grab(r"服药率(" + NUM + r"%)，完成")
    chk_rate(ctx, "服药率", dr, num(dv), num(reg))
    chk_equal(ctx, "服药率(指标)", dr, num(I.by_name["规律服药率"][I.cols["actual"]]))
    prose_completion(ctx, "服药率完成", ctx.grab(r"服药率" + NUM + r"%，完成年度指标的(" + NUM + r"%)"), I, "规律服药率")
    chk_equal(ctx, "满意度", ctx.grab(r"满意度(" + NUM + r"%)。"), num(I.by_name["患者及家属满意度"][I.cols["actual"]]))
    chk_equal(ctx, "表3 在册", I.by_name["在册患者管理人数"][I.cols["actual"]], num(tc("在册患者（人）")))
    chk_equal(ctx, "表3 发放人数", I.by_name["监护补助发放人数"][I.cols["actual"]], num(tc("监护补助（人）")))
    chk_rate(ctx, "表3 规范管理率", I.by_name["规范管理率"][I.cols["actual"]], num(tc("规范管理（人）")), num(tc("在册患者（人）")))
    tot = ctx.grab(r"自评得分(" + NUM + r")分")
    chk_equal(ctx, "总分(prose) vs 表3", tot, I.leaf_score_sum, code="score_sum_mismatch")
    g = ctx.grab(r"评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    chk_grade(ctx, tot, g)
    chk_grade(ctx, I.total_score_raw, g)
    chk_years(ctx)


def p_luoning(ctx):
    F = funds_table(ctx, "项目\t年初预算数", {"年度资金总额": ["其中：中央补助", "省级补助", "县级财政", "上年结转"]})
    er = exec_rate_of(F, "年度资金总额")
    std = ctx.grab(r"按每人每月(" + NUM + r")元向监护人")
    T = town_table(ctx, "乡镇\t在册患者", product=("发放金额（元）", "发放人月数", num(std)))
    I = indicator_table(ctx, "一级指标\t", er)
    tc = lambda h: T.tot[T.header.index(h)]
    chk_target(ctx, I, "监护补助标准", std)
    if num(ctx.grab(r"(" + NUM + r")个乡镇卫生院具体实施")) != len(T.towns):
        ctx.fail("conflicting_values", "乡镇个数")
    chk_target(ctx, I, "在册患者规范管理人数", ctx.grab(r"规范管理人数不少于(" + NUM + r")人"))
    chk_target(ctx, I, "患者规范管理率", ctx.grab(r"规范管理率不低于(" + NUM + r"%)"))
    chk_target(ctx, I, "监护补助发放人数", ctx.grab(r"发放人数不少于(" + NUM + r")人"))
    chk_target(ctx, I, "患者肇事肇祸案件数", ctx.grab(r"肇事肇祸案件不超过(" + NUM + r")起"))
    chk_target(ctx, I, "患者家属满意度", ctx.grab(r"满意度不低于(" + NUM + r"%)"))
    # 表3 乡镇平均
    A = ctx.table("项目\t全县合计")
    for r in A.rows:
        label = r[0]
        c = T.header.index(label)
        chk_equal(ctx, "表3 %s 全县合计" % label, r[1], num(T.tot[c]))
        chk_avg(ctx, "表3 %s 乡镇平均" % label, r[2], sum((num(x[c]) for x in T.towns), D(0)), len(T.towns))
    n_town = ctx.grab(r"乡镇平均情况（(" + NUM + r")个乡镇）")
    if num(n_town) != len(T.towns):
        ctx.fail("conflicting_values", "乡镇个数")
    # 资金 prose
    y0 = ctx.grab(r"年年初预算(" + NUM + r")万元")
    chk_equal_money(ctx, "年初预算", y0, "万元", num(F.cell("年度资金总额", "年初预算数")))
    prov = ctx.grab(r"省级补助资金(" + NUM + r")万元下达")
    chk_equal_money(ctx, "省级", prov, "万元", num(F.cell("省级补助", "全年预算数")))
    carry = ctx.grab(r"加上年结转(" + NUM + r")万元")
    chk_equal_money(ctx, "上年结转", carry, "万元", num(F.cell("上年结转", "全年预算数")))
    full = ctx.grab(r"全年预算(" + NUM + r")万元")
    chk_equal_money(ctx, "全年预算", full, "万元", num(F.cell("年度资金总额", "全年预算数")))
    chk_sum(ctx, "年初+省级+结转=全年", (full, "万元"), [(y0, "万元"), (prov, "万元"), (carry, "万元")])
    spent = ctx.grab(r"全年执行(" + NUM + r")万元")
    chk_equal_money(ctx, "全年执行", spent, "万元", num(F.cell("年度资金总额", "全年执行数")))
    chk_rate(ctx, "执行率(prose)", ctx.grab(r"全年执行" + NUM + r"万元，执行率(" + NUM + r"%)"), num(spent), num(full))
    cf = ctx.grab(r"结转下年(" + NUM + r")万元")
    chk_balance(ctx, "结转下年(prose)", cf, num(full), num(spent))
    amt, au = ctx.grab(r"全年发放监护补助(" + NUM + r")(万元|元)", 1, 2)
    chk_equal_money(ctx, "监护补助(表2)", amt, au, wan(tc("发放金额（元）"), "元"))
    cty = ctx.grab(r"即县级财政执行(" + NUM + r")万元")
    chk_equal_money(ctx, "县级执行", cty, "万元", num(F.cell("县级财政", "全年执行数")))
    cy = ctx.grab(r"和上年结转(" + NUM + r")万元，合计")
    chk_equal_money(ctx, "结转执行", cy, "万元", num(F.cell("上年结转", "全年执行数")))
    s68 = ctx.grab(r"合计(" + NUM + r")万元。")
    chk_sum(ctx, "县级+结转=监护补助", (s68, "万元"), [(cty, "万元"), (cy, "万元")])
    chk_equal_money(ctx, "监护补助两种写法", s68, "万元", wan(amt, au))
    chk_equal_money(ctx, "省级结余", ctx.grab(r"省级补助结余(" + NUM + r")万元"), "万元", num(F.cell("省级补助", "结转下年")))
    chk_equal_money(ctx, "县级结余", ctx.grab(r"县级财政结余(" + NUM + r")万元"), "万元", num(F.cell("县级财政", "结转下年")))
    # 乡镇 prose
    reg = ctx.grab(r"全县在册严重精神障碍患者(" + NUM + r")人")
    chk_equal(ctx, "在册患者", reg, num(tc("在册患者（人）")))
    chk_equal(ctx, "城关镇", ctx.grab(r"城关镇患者最多，为(" + NUM + r")人"), num(T.rows[0][1]))
    a, b = ctx.grab(r"分别为(" + NUM + r")人和(" + NUM + r")人", 1, 2)
    chk_equal(ctx, "王范回族镇", a, num(T.row("王范回族镇")[1]))
    chk_equal(ctx, "东宋镇", b, num(T.row("东宋镇")[1]))
    avg = ctx.grab(r"人均发放(" + NUM + r")元")
    chk_avg(ctx, "人均发放", avg, num(tc("发放金额（元）")), num(tc("享受监护补助（人）")))
    std_y = ctx.grab(r"全年(" + NUM + r")元的标准额")
    chk_product(ctx, "全年标准额", std_y, "元", D(12), num(std))
    plan, done, comp = ctx.grab(r"随访(" + NUM + r")人次，实际完成(" + NUM + r")人次，完成率(" + NUM + r"%)", 1, 2, 3)
    chk_completion(ctx, "随访完成率", comp, "≥" + plan + "人次", done + "人次")
    dv = ctx.grab(r"规律服药(" + NUM + r")人")
    dr = ctx.grab(r"服药率(" + NUM + r"%)。")
    chk_rate(ctx, "服药率", dr, num(dv), num(tc("在册患者（人）")))
    chk_equal(ctx, "服药率(指标)", dr, num(I.by_name["在册患者服药率"][I.cols["actual"]]))
    # 表4 vs 表2
    for name, col in (("在册患者规范管理人数", "规范管理（人）"), ("监护补助发放人数", "享受监护补助（人）")):
        raw = I.by_name[name][I.cols["actual"]]
        if parse_qty(raw)[2] == "人":          # a unit slip is reported by the row check (unit_mismatch)
            chk_equal(ctx, "表4 %s" % name, raw, num(tc(col)))
    chk_rate(ctx, "表4 规范管理率", I.by_name["患者规范管理率"][I.cols["actual"]], num(tc("规范管理（人）")), num(tc("在册患者（人）")))
    tot = ctx.grab(r"自评得分(" + NUM + r")分")
    chk_equal(ctx, "总分(prose) vs 表4", tot, I.leaf_score_sum, code="score_sum_mismatch")
    g = ctx.grab(r"评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    chk_grade(ctx, tot, g)
    chk_grade(ctx, I.total_score_raw, g)
    chk_years(ctx)


def p_lingyuan(ctx):
    tree = {"支出合计": ["一、基本支出", "二、项目支出"],
            "一、基本支出": ["（一）人员经费", "（二）公用经费"],
            "二、项目支出": ["（一）严重精神障碍患者服务管理", "（二）监护补助代发", "（三）免费服药补助"]}
    F = funds_table(ctx, "项目\t年初预算数", tree)
    er = exec_rate_of(F, "支出合计")
    T = town_table(ctx, "乡镇（街道）\t", avgs={"人均发放（元）": ("发放金额（元）", "享受补助（人）")}, avg_row="平均")
    I = indicator_table(ctx, "一级指标\t", er)
    tc = lambda h: T.tot[T.header.index(h)]
    n_st, n_zh = ctx.grab(r"城区(" + NUM + r")个街道及周边(" + NUM + r")个镇", 1, 2)
    if num(n_st) != len([r for r in T.towns if r[0].endswith("街道")]) or \
            num(n_zh) != len([r for r in T.towns if r[0].endswith("镇")]):
        ctx.fail("conflicting_values", "街道/镇个数")
    std = ctx.grab(r"（每人每月(" + NUM + r")元）")
    chk_equal(ctx, "补助标准(再述)", ctx.grab(r"按每人每月(" + NUM + r")元计"), num(std))
    chk_target(ctx, I, "在册患者规范管理人数", ctx.grab(r"规范管理人数不少于(" + NUM + r")人"))
    chk_target(ctx, I, "患者规范管理率", ctx.grab(r"规范管理率不低于(" + NUM + r"%)"))
    chk_target(ctx, I, "监护补助发放人数", ctx.grab(r"为不少于(" + NUM + r")名患者"))
    chk_target(ctx, I, "患者肇事肇祸案件数", ctx.grab(r"肇事肇祸案件不超过(" + NUM + r")起"))
    chk_target(ctx, I, "患者家属满意度", ctx.grab(r"满意度不低于(" + NUM + r"%)"))
    chk_target(ctx, I, "在册患者服药率", ctx.grab(r"未达到(" + NUM + r"%)的目标"))
    y0 = ctx.grab(r"年年初预算(" + NUM + r")万元")
    chk_equal_money(ctx, "年初预算", y0, "万元", num(F.cell("支出合计", "年初预算数")))
    add = ctx.grab(r"年中追加(" + NUM + r")万元")
    full = ctx.grab(r"全年预算(" + NUM + r")万元")
    chk_equal_money(ctx, "全年预算", full, "万元", num(F.cell("支出合计", "全年预算数")))
    chk_sum(ctx, "年初+追加=全年", (full, "万元"), [(y0, "万元"), (add, "万元")])
    spent = ctx.grab(r"全年执行(" + NUM + r")万元")
    chk_equal_money(ctx, "全年执行", spent, "万元", num(F.cell("支出合计", "全年执行数")))
    chk_rate(ctx, "预算执行率(prose)", ctx.grab(r"预算执行率(" + NUM + r"%)。"), num(spent), num(full))
    bal = ctx.grab(r"年末结余(" + NUM + r")万元")
    chk_balance(ctx, "年末结余", bal, num(full), num(spent))
    sg, last, dec = ctx.grab(r"经费支出(" + NUM + r")万元，比上年的(" + NUM + r")万元下降(" + NUM + r")万元", 1, 2, 3)
    chk_sum(ctx, "三公经费下降", (last, "万元"), [(sg, "万元"), (dec, "万元")])
    chk_equal(ctx, "三公经费(指标)", sg, num(I.by_name["“三公”经费支出"][I.cols["actual"]]))
    reg = ctx.grab(r"在册严重精神障碍患者(" + NUM + r")人")
    chk_equal(ctx, "在册患者", reg, num(tc("在册患者（人）")))
    l23, inc = ctx.grab(r"较2023年的(" + NUM + r")人增加(" + NUM + r")人", 1, 2)
    chk_sum(ctx, "较上年增加", (reg, None), [(l23, None), (inc, None)])
    man = ctx.grab(r"规范管理(" + NUM + r")人，规范管理率")
    chk_equal(ctx, "规范管理", man, num(tc("规范管理（人）")))
    chk_rate(ctx, "规范管理率(prose)", ctx.grab(r"规范管理率(" + NUM + r"%)。"), num(man), num(reg))
    chk_equal(ctx, "享受补助", ctx.grab(r"全年享受监护补助(" + NUM + r")人"), num(tc("享受补助（人）")))
    amt, au = ctx.grab(r"发放监护补助(" + NUM + r")(万元|元)", 1, 2)
    chk_equal_money(ctx, "监护补助(表2)", amt, au, wan(tc("发放金额（元）"), "元"))
    t1 = ctx.grab(r"执行数(" + NUM + r")万元一致")
    chk_equal_money(ctx, "监护补助(表1)", t1, "万元", num(F.cell("（二）监护补助代发", "全年执行数")))
    chk_equal_money(ctx, "监护补助两种写法", amt, au, num(t1))
    chk_avg(ctx, "全年人均发放", ctx.grab(r"全年人均发放(" + NUM + r")元"), num(tc("发放金额（元）")), num(tc("享受补助（人）")))
    # 约11.8个月: approximate, checked with the widened tolerance of one decimal
    approx = ctx.grab(r"折合约(" + NUM + r")个月")
    months = num(tc("发放金额（元）")) / num(tc("享受补助（人）")) / num(std)
    if not close(approx, months):
        ctx.fail("average_mismatch", "约%s个月 vs %s" % (approx, months))
    op = ctx.grab(r"全年门诊服务(" + NUM + r")人次")
    chk_equal(ctx, "门诊(指标)", op, parse_qty(I.by_name["门诊服务人次"][I.cols["actual"]])[1])
    prose_completion(ctx, "门诊完成", ctx.grab(r"完成年度目标的(" + NUM + r"%)"), I, "门诊服务人次")
    n_all, n_ok, rr = ctx.grab(r"应急事件(" + NUM + r")次，其中(" + NUM + r")次按规定时限到达现场，及时到达率(" + NUM + r"%)", 1, 2, 3)
    chk_rate(ctx, "及时到达率", rr, num(n_ok), num(n_all))
    chk_equal(ctx, "及时到达率(指标)", rr, num(I.by_name["应急处置及时到达率"][I.cols["actual"]]))
    dv = ctx.grab(r"规律服药(" + NUM + r")人")
    dr = ctx.grab(r"服药率(" + NUM + r"%)，未达到")
    chk_rate(ctx, "服药率", dr, num(dv), num(reg))
    chk_equal(ctx, "服药率(指标)", dr, num(I.by_name["在册患者服药率"][I.cols["actual"]]))
    chk_equal(ctx, "表3 规范管理人数", I.by_name["在册患者规范管理人数"][I.cols["actual"]], num(tc("规范管理（人）")))
    chk_equal(ctx, "表3 发放人数", I.by_name["监护补助发放人数"][I.cols["actual"]], num(tc("享受补助（人）")))
    chk_rate(ctx, "表3 规范管理率", I.by_name["患者规范管理率"][I.cols["actual"]], num(tc("规范管理（人）")), num(tc("在册患者（人）")))
    tot = ctx.grab(r"绩效自评得分(" + NUM + r")分")
    chk_equal(ctx, "总分(prose) vs 表3", tot, I.leaf_score_sum, code="score_sum_mismatch")
    g = ctx.grab(r"评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    chk_grade(ctx, tot, g)
    chk_grade(ctx, I.total_score_raw, g)
    chk_years(ctx)


def p_yongshou(ctx):
    F = funds_table(ctx, "资金来源\t年初预算数", {"合计": ["中央补助", "省级补助", "县级财政", "上年结转"]})
    er = exec_rate_of(F, "合计")
    std_m, std_y = ctx.grab(r"按每人每月(" + NUM + r")元（每年(" + NUM + r")元）", 1, 2)
    T = town_table(ctx, "镇（街道）\t", avgs={"人均（元）": ("发放金额（元）", "享受补助（人）")},
                   product=("发放金额（元）", "发放人月数", num(std_m)))
    I = indicator_table(ctx, "一级指标\t", er)
    tc = lambda h: T.tot[T.header.index(h)]
    chk_product(ctx, "年标准", std_y, "元", D(12), num(std_m))
    chk_target(ctx, I, "监护补助标准", std_m)
    if num(ctx.grab(r"(" + NUM + r")个镇（街道）卫生院")) != len(T.towns):
        ctx.fail("conflicting_values", "镇街个数")
    chk_target(ctx, I, "在册患者规范管理人数", ctx.grab(r"规范管理人数不少于(" + NUM + r")人"))
    chk_target(ctx, I, "患者规范管理率", ctx.grab(r"规范管理率不低于(" + NUM + r"%)"))
    chk_target(ctx, I, "患者面访率", ctx.grab(r"面访率不低于(" + NUM + r"%)"))
    chk_target(ctx, I, "监护补助发放人数", ctx.grab(r"为不少于(" + NUM + r")名患者"))
    chk_target(ctx, I, "肇事肇祸案件数", ctx.grab(r"肇事肇祸案件不超过(" + NUM + r")起"))
    chk_target(ctx, I, "患者家属满意度", ctx.grab(r"满意度不低于(" + NUM + r"%)"))
    rest = [r for r in T.towns if r[0] != "监军街道"]
    n_rest, lo, hi = ctx.grab(r"其余(" + NUM + r")个镇在(" + NUM + r")人至(" + NUM + r")人之间", 1, 2, 3)
    if num(n_rest) != len(rest):
        ctx.fail("conflicting_values", "其余镇个数")
    chk_range(ctx, "其余镇在册", lo, hi, [num(r[1]) for r in rest])
    chk_equal_money(ctx, "中央补助", ctx.grab(r"中央补助资金(" + NUM + r")万元于"), "万元", num(F.cell("中央补助", "全年预算数")))
    cy, cu = ctx.grab(r"县级财政年初安排监护补助资金(" + NUM + r")(万元|元)", 1, 2)
    chk_equal_money(ctx, "县级年初", cy, cu, num(F.cell("县级财政", "年初预算数")))
    chk_equal_money(ctx, "省级补助", ctx.grab(r"省级补助资金(" + NUM + r")万元于"), "万元", num(F.cell("省级补助", "全年预算数")))
    sub = ctx.grab(r"全年发放监护补助(" + NUM + r")万元")
    chk_equal_money(ctx, "监护补助(表2)", sub, "万元", wan(tc("发放金额（元）"), "元"))
    p_, c_ = ctx.grab(r"即省级(" + NUM + r")万元、县级(" + NUM + r")万元", 1, 2)
    chk_sum(ctx, "省级+县级=监护补助", (sub, "万元"), [(p_, "万元"), (c_, "万元")])
    chk_equal_money(ctx, "省级执行", p_, "万元", num(F.cell("省级补助", "全年执行数")))
    chk_equal_money(ctx, "县级执行", c_, "万元", num(F.cell("县级财政", "全年执行数")))
    bal = ctx.grab(r"年末结余(" + NUM + r")万元")
    chk_balance(ctx, "年末结余", bal, num(F.cell("合计", "实际到位数")), num(F.cell("合计", "全年执行数")))
    chk_equal(ctx, "测算人数", ctx.grab(r"年初按(" + NUM + r")人测算"), parse_qty(I.by_name["监护补助发放人数"][I.cols["target"]])[1])
    reg = ctx.grab(r"全县在册严重精神障碍患者(" + NUM + r")人")
    chk_equal(ctx, "在册患者", reg, num(tc("在册患者（人）")))
    chk_avg(ctx, "每镇平均", ctx.grab(r"在册患者(" + NUM + r")人。全年"), num(tc("在册患者（人）")), len(T.towns))
    if num(ctx.grab(r"(" + NUM + r")个镇（街道）平均")) != len(T.towns):
        ctx.fail("conflicting_values", "镇街个数")
    chk_equal(ctx, "享受补助", ctx.grab(r"享受监护补助的患者(" + NUM + r")人"), num(tc("享受补助（人）")))
    chk_equal(ctx, "监军街道", ctx.grab(r"监军街道患者最多，为(" + NUM + r")人"), num(T.row("监军街道")[1]))
    man = ctx.grab(r"在册患者规范管理(" + NUM + r")人，完成")
    chk_equal(ctx, "规范管理", man, num(tc("规范管理（人）")))
    prose_completion(ctx, "规范管理完成", ctx.grab(r"完成年度指标的(" + NUM + r"%)"), I, "在册患者规范管理人数")
    mr = ctx.grab(r"规范管理率(" + NUM + r"%)。")
    chk_rate(ctx, "规范管理率(prose)", mr, num(man), num(reg))
    chk_equal(ctx, "规范管理率(指标)", mr, num(I.by_name["患者规范管理率"][I.cols["actual"]]))
    fv = ctx.grab(r"全年面访(" + NUM + r")人")
    fr = ctx.grab(r"面访率(" + NUM + r"%)")
    chk_rate(ctx, "面访率", fr, num(fv), num(reg))
    chk_equal(ctx, "面访率(指标)", fr, num(I.by_name["患者面访率"][I.cols["actual"]]))
    dv = ctx.grab(r"规律服药(" + NUM + r")人")
    dr = ctx.grab(r"服药率(" + NUM + r"%)。")
    chk_rate(ctx, "服药率", dr, num(dv), num(reg))
    chk_equal(ctx, "服药率(指标)", dr, num(I.by_name["在册患者服药率"][I.cols["actual"]]))
    chk_equal(ctx, "肇事肇祸", ctx.grab(r"全年发生肇事肇祸案件(" + NUM + r")起"), parse_qty(I.by_name["肇事肇祸案件数"][I.cols["actual"]])[1])
    chk_equal(ctx, "满意度", ctx.grab(r"满意度(" + NUM + r"%)，"), num(I.by_name["患者家属满意度"][I.cols["actual"]]))
    chk_equal(ctx, "表3 规范管理人数", I.by_name["在册患者规范管理人数"][I.cols["actual"]], num(tc("规范管理（人）")))
    chk_equal(ctx, "表3 发放人数", I.by_name["监护补助发放人数"][I.cols["actual"]], num(tc("享受补助（人）")))
    chk_rate(ctx, "县级执行率(问题)", ctx.grab(r"县级财政资金执行率仅(" + NUM + r"%)"), num(F.cell("县级财政", "全年执行数")), num(F.cell("县级财政", "全年预算数")))
    tot = ctx.grab(r"自评得分(" + NUM + r")分")
    chk_equal(ctx, "总分(prose) vs 表3", tot, I.leaf_score_sum, code="score_sum_mismatch")
    g = ctx.grab(r"评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    chk_grade(ctx, tot, g)
    chk_grade(ctx, I.total_score_raw, g)
    chk_years(ctx)


PROJECTS = {
    "wudi-jianhubuzhu-2019": (p_wudi, 2019),
    "libo-jingzhangguanli-2021": (p_libo, 2021),
    "luoning-yanzhongjingzhang-2022": (p_luoning, 2022),
    "lingyuan-jingweizhongxin-bumen-2024": (p_lingyuan, 2024),
    "yongshou-jianhubuzhu-2025": (p_yongshou, 2025),
}


def run_checks(source, text):
    fn, year = PROJECTS[source]
    ctx = Ctx(text, year)
    fn(ctx)
    return ctx


def one_edit(a, b):
    """(start, end_in_a, end_in_b) of the single differing region between a and b."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    verbose = "-v" in sys.argv
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    problems = []
    code_count = {c: 0 for c in CODES}
    seen = set()
    for lab in labels:
        case, source = lab["case"], lab["source"]
        seen.add(case)
        path = os.path.join(CASES, case)
        text = open(path, encoding="utf-8").read()
        try:
            ctx = run_checks(source, text)
        except ParseError as e:
            problems.append("%s: parse error: %s" % (case, e))
            continue
        got = sorted(set(c for c, _ in ctx.fails))
        if verbose:
            print("%-48s fails=%s" % (case, got))
            for c, m in ctx.fails:
                print("    E %s: %s" % (c, m))
            for c, m in ctx.warns:
                print("    w %s: %s" % (c, m))
        if lab["clean"]:
            if lab["expected"]:
                problems.append("%s: clean case with labels" % case)
            if got:
                problems.append("%s: clean draft fails %s: %s" % (case, got, ctx.fails))
            if not case.endswith("-clean.txt"):
                problems.append("%s: clean flag on a non-clean file" % case)
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append("%s: expected exactly one label" % case)
            continue
        e = exp[0]
        if e["code"] not in CODES or e["severity"] != "error":
            problems.append("%s: bad code/severity %r" % (case, e))
        code_count[e["code"]] = code_count.get(e["code"], 0) + 1
        if got != [e["code"]]:
            problems.append("%s: labelled %s, checks fail %s: %s" % (case, e["code"], got, ctx.fails))
        # value occurs once; one contiguous edit <= MAX_EDIT overlapping the value
        if text.count(e["value"]) != 1:
            problems.append("%s: value %r occurs %d times" % (case, e["value"], text.count(e["value"])))
            continue
        clean = open(os.path.join(CASES, source + "-clean.txt"), encoding="utf-8").read()
        s, ea, eb = one_edit(clean, text)
        if ea - s > MAX_EDIT or eb - s > MAX_EDIT or (ea == s and eb == s):
            problems.append("%s: edit region %d/%d chars" % (case, ea - s, eb - s))
        v0 = text.find(e["value"])
        v1 = v0 + len(e["value"])
        if not (v0 < max(eb, s + 1) and s < v1):
            problems.append("%s: edit [%d,%d) does not overlap value [%d,%d)" % (case, s, eb, v0, v1))
        for k in ("case", "source", "clean", "expected"):
            if k not in lab:
                problems.append("%s: missing key %s" % (case, k))
        if not e.get("explanation"):
            problems.append("%s: no explanation" % case)
    files = set(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if files != seen:
        problems.append("cases without labels / labels without cases: %s" % sorted(files ^ seen))
    if len(labels) != 35:
        problems.append("expected 35 labelled cases, got %d" % len(labels))
    for c in CODES:
        if code_count.get(c, 0) < 2:
            problems.append("code %s used %d times (< 2)" % (c, code_count.get(c, 0)))
    for src in PROJECTS:
        n = len([l for l in labels if l["source"] == src and not l["clean"]])
        if n != 6:
            problems.append("%s: %d error cases (want 6)" % (src, n))
    if verbose:
        print("codes:", json.dumps(code_count, ensure_ascii=False))
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
