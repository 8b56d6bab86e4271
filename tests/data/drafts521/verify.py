#!/usr/bin/env python3
"""Independent verifier for drafts521 (standard library + decimal only).

For every case it reads the figures back from the text, redoes the arithmetic of rules.md §5–§8
and records each check under an errors.md code. A clean draft must pass every check (warnings
included); an error case must fail the labelled code and no other error code. It also checks the
labels: value occurs exactly once, one contiguous edit (≤ 40 characters) overlapping the value,
every code of errors.md §A used at least twice. Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
ERROR_CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
               "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
               "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
               "completion_mismatch"]
WARNING_CODES = ["score_rule_mismatch"]
HUNDRED = D(100)
WAN = D(10000)
SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]


class ParseError(Exception):
    pass


def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * D(10) ** (-decimals(s)) + D("1e-9")


def close(stated, computed):
    """stated: the string as written; computed: exact Decimal."""
    return abs(D(stated.strip().rstrip("%")) - computed) <= tol(stated)


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


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


class Money:
    """An amount as written: number string + unit (万元 or 元)."""

    def __init__(self, num, unit="万元"):
        self.s = num
        self.unit = unit
        self.scale = D(1)  # used when testing a unit slip

    @property
    def wan(self):
        v = D(self.s)
        if self.unit == "元":
            v = v / WAN
        elif self.unit == "亿元":
            v = v * WAN
        return v * self.scale


class Checks:
    def __init__(self, name):
        self.name = name
        self.results = []  # (code, description, ok)

    def add(self, code, desc, ok):
        self.results.append((code, desc, bool(ok)))

    # --- generic helpers -------------------------------------------------
    def money_ident(self, code, desc, fn, monies):
        """fn() -> bool evaluated on the current Money values; on failure test a unit slip."""
        if fn():
            self.add(code, desc, True)
            return
        for m in monies:
            if m.unit not in ("万元", "元", "亿元"):
                continue
            for sc in SCALES:
                m.scale = sc
                good = fn()
                m.scale = D(1)
                if good:
                    self.add("unit_mismatch", desc + f" (holds after rescaling {m.s}{m.unit} by {sc})", False)
                    return
        self.add(code, desc, False)

    def sum_eq(self, desc, total, parts, code="sum_mismatch"):
        """total (Money) == Σ parts (Money), with the decimals of the stated total."""
        def fn():
            return abs(total.wan - sum(p.wan for p in parts)) <= tol(total.s) * (
                D(1) / WAN if total.unit == "元" else D(1)) + D("1e-9")
        self.money_ident(code, desc, fn, [total] + list(parts))

    def product_eq(self, desc, amount, per_unit_yuan, count):
        """amount (Money, 万元) == per-unit (Money, 元) × count."""
        def fn():
            return abs(amount.wan - per_unit_yuan.wan * D(count)) <= tol(amount.s) + D("1e-9")
        self.money_ident("sum_mismatch", desc, fn, [amount, per_unit_yuan])

    def diff_eq(self, desc, stated, a, b, code):
        """stated == a − b (Money)."""
        def fn():
            return abs(stated.wan - (a.wan - b.wan)) <= tol(stated.s) + D("1e-9")
        self.money_ident(code, desc, fn, [stated, a, b])

    def same(self, desc, mentions):
        """All Money (or plain numeric strings) mentions state the same value."""
        vals = [m.wan if isinstance(m, Money) else D(m.rstrip("%")) for m in mentions]
        if all(v == vals[0] for v in vals):
            self.add("conflicting_values", desc, True)
            return
        monies = [m for m in mentions if isinstance(m, Money)]
        for m in monies:
            for sc in SCALES:
                m.scale = sc
                vv = [x.wan for x in monies]
                m.scale = D(1)
                if all(v == vv[0] for v in vv) and len(monies) == len(mentions):
                    self.add("unit_mismatch", desc + f" (agree after rescaling {m.s}{m.unit})", False)
                    return
        self.add("conflicting_values", desc + f" {[str(v) for v in vals]}", False)

    def rate(self, desc, stated, num, den, kind="rate"):
        """stated rate string (maybe '—') against num/den (Decimals). kind 'rate' (≤100% expected)."""
        st = stated.strip()
        if den == 0:
            if st in ("—", "-", "") or D(st.rstrip("%")) == 0:
                self.add("implausible_rate", desc + " zero base", True)
            else:
                self.add("implausible_rate", desc + f" {st} on a zero base", False)
            return
        if st in ("—", "-"):
            self.add("rate_mismatch", desc + " rate missing on non-zero base", False)
            return
        c = num / den * HUNDRED
        v = D(st.rstrip("%"))
        if kind == "rate" and v > HUNDRED:
            self.add("implausible_rate", desc + f" {st} above 100%", False)
            return
        self.add("rate_mismatch", desc + f" {st} vs {r2(c)}", close(st, c))

    def count_rate(self, desc, stated, num, den):
        self.rate(desc, stated, D(num), D(den))

    def average(self, desc, stated, items):
        c = sum(D(i) for i in items) / D(len(items))
        self.add("average_mismatch", desc + f" {stated} vs {r2(c)}", close(stated, c))

    def year_is(self, desc, stated, expected):
        self.add("year_mismatch", desc + f" {stated} vs {expected}", int(stated) == int(expected))

    def year_after(self, desc, stated, year):
        self.add("year_mismatch", desc + f" carried to {stated} from {year}", int(stated) > int(year))

    def year_before(self, desc, stated, year):
        self.add("year_mismatch", desc + f" carried in from {stated} into {year}", int(stated) == int(year) - 1)


# ---------------------------------------------------------------- text access
def one(text, pattern, flags=0):
    ms = list(re.finditer(pattern, text, flags))
    if len(ms) != 1:
        raise ParseError(f"pattern {pattern!r} matched {len(ms)} times")
    return ms[0]


def plain_table(text, header_kw):
    """A ｜- or tab-separated table: header line containing header_kw, rows until a blank line."""
    lines = text.split("\n")
    idx = [i for i, ln in enumerate(lines) if header_kw in ln and ("｜" in ln or "\t" in ln)]
    if len(idx) != 1:
        raise ParseError(f"table header {header_kw!r} found {len(idx)} times")
    i = idx[0]
    sep = "｜" if "｜" in lines[i] else "\t"
    header = [c.strip() for c in lines[i].split(sep)]
    rows = []
    for ln in lines[i + 1:]:
        if not ln.strip():
            break
        rows.append([c.strip() for c in ln.split(sep)])
    return header, rows


def row_by(rows, label):
    hits = [r for r in rows if r[0] == label]
    if len(hits) != 1:
        raise ParseError(f"row {label!r} found {len(hits)} times")
    return hits[0]


# ---------------------------------------------------------------- Markdown 自评表
NUM_RE = re.compile(r"^(≥|≤|＞|＜|>=|<=|=)?\s*(-?\d+(?:\.\d+)?)\s*(.*)$")


def parse_value(cell):
    m = NUM_RE.match(cell.strip())
    if not m:
        return None
    sign, num, unit = m.groups()
    direction = {"≥": "gte", ">=": "gte", "＞": "gte", "≤": "lte", "<=": "lte", "＜": "lte"}.get(sign or "", "eq")
    return direction, D(num), unit.strip(), num


def md_table(text):
    lines = text.split("\n")
    hdr = [i for i, ln in enumerate(lines) if ln.startswith("|") and "三级指标" in ln]
    if len(hdr) != 1:
        raise ParseError("自评表 header not found once")
    header = [c.strip() for c in lines[hdr[0]].strip().strip("|").split("|")]
    rows = []
    for ln in lines[hdr[0] + 1:]:
        if not ln.startswith("|"):
            break
        if set(ln.replace("|", "").strip()) <= set("-: "):
            continue
        rows.append([c.strip() for c in ln.strip().strip("|").split("|")])
    col = {name: header.index(name) for name in ("一级指标", "二级指标", "三级指标", "年度指标值",
                                                 "实际完成值", "完成率", "分值", "得分")}
    return col, rows


def check_md_table(ck, text, exec_rate_exact, prose_totals, grades):
    """Generic checks of the 自评表. exec_rate_exact: execution rate (%) computed from the funds."""
    col, rows = md_table(text)
    level = None
    leaves, subtotals, total = [], [], None
    for r in rows:
        first = r[0]
        if first.endswith("小计"):
            subtotals.append((first[:-2], r))
        elif first == "合计":
            total = r
        else:
            if first:
                level = first
            leaves.append((level, r))
    if total is None:
        raise ParseError("no 合计 row")

    def w(r):
        return D(r[col["分值"]])

    def s(r):
        return D(r[col["得分"]])

    # per-row checks
    for lvl, r in leaves:
        name = r[col["三级指标"]]
        ck.add("score_exceeds_weight", f"{name}: score {r[col['得分']]} within weight {r[col['分值']]}",
               D(0) <= s(r) <= w(r))
        tgt, act, comp = r[col["年度指标值"]], r[col["实际完成值"]], r[col["完成率"]]
        pt, pa = parse_value(tgt), parse_value(act)
        if pt is None:  # qualitative
            if pa is not None:
                ck.add("unit_mismatch", f"{name}: qualitative target, numeric actual", False)
                continue
            achieved = tgt == act
            lo = w(r) * (D("0.8") if achieved else D(0))
            ck.add("score_rule_mismatch", f"{name}: qualitative score in band", lo <= s(r) <= w(r))
            ck.add("completion_mismatch", f"{name}: qualitative completion shown as —", comp == "—")
            continue
        if pa is None:
            ck.add("unit_mismatch", f"{name}: numeric target, non-numeric actual {act}", False)
            continue
        d_, T, ut, _ = pt
        _, A, ua, astr = pa
        if ut != ua:
            ck.add("unit_mismatch", f"{name}: target unit {ut!r} vs actual unit {ua!r}", False)
            continue
        ck.add("unit_mismatch", f"{name}: units agree ({ut})", True)
        if ua == "%" and (("率" in name) or ("满意度" in name)):
            ck.add("implausible_rate", f"{name}: actual {act} within 0–100%", D(0) <= A <= HUNDRED)
            if A > HUNDRED:
                continue
        if lvl == "预算执行":
            ck.add("rate_mismatch", f"{name}: actual {act} vs funds {r2(exec_rate_exact)}", close(astr, exec_rate_exact))
        # completion and expected score (§5)
        if d_ == "eq" and T == 0:
            c = None
            exp_scores = [w(r) if A <= 0 else D(0)]
        elif d_ == "lte":
            c = HUNDRED if A <= T else T / A * HUNDRED
            exp_scores = [w(r) * min(c / HUNDRED, D(1))]
        else:
            c = A / T * HUNDRED
            exp_scores = [w(r) * min(c / HUNDRED, D(1))]
        if c is None:
            ck.add("completion_mismatch", f"{name}: zero-target completion shown as —", comp == "—")
        elif comp == "—":
            ck.add("completion_mismatch", f"{name}: completion missing", False)
        else:
            ck.add("completion_mismatch", f"{name}: completion {comp} vs {r2(c)}", close(comp, c))
            exp_scores.append(w(r) * min(D(comp.rstrip("%")) / HUNDRED, D(1)))  # from the printed rate
        ck.add("score_rule_mismatch", f"{name}: score {r[col['得分']]} vs §5 {[str(r2(x)) for x in exp_scores]}",
               any(close(r[col["得分"]], x) for x in exp_scores))

    # level checks
    levels_with_sub = set()
    for lvl, r in subtotals:
        levels_with_sub.add(lvl)
        mine = [x for l2, x in leaves if l2 == lvl]
        if not mine:
            raise ParseError(f"小计 {lvl} without rows")
        ck.add("weight_sum_mismatch", f"{lvl} weights Σ={sum(w(x) for x in mine)} vs 小计 {r[col['分值']]}",
               sum(w(x) for x in mine) == w(r))
        ck.add("score_sum_mismatch", f"{lvl} scores Σ={sum(s(x) for x in mine)} vs 小计 {r[col['得分']]}",
               close(r[col["得分"]], sum(s(x) for x in mine)))
        ck.add("score_exceeds_weight", f"{lvl} 小计 score within weight", D(0) <= s(r) <= w(r))
    all_w = sum(w(x) for _, x in leaves)
    all_s = sum(s(x) for _, x in leaves)
    ck.add("weight_sum_mismatch", f"leaf weights Σ={all_w} vs 合计 {total[col['分值']]}", all_w == w(total))
    ck.add("weight_sum_mismatch", f"合计 weight {total[col['分值']]} = 100", w(total) == HUNDRED)
    block_w = sum(w(r) for _, r in subtotals) + sum(w(x) for l2, x in leaves if l2 not in levels_with_sub)
    block_s = sum(s(r) for _, r in subtotals) + sum(s(x) for l2, x in leaves if l2 not in levels_with_sub)
    ck.add("weight_sum_mismatch", f"level weights Σ={block_w} vs 合计", block_w == w(total))
    ck.add("score_sum_mismatch", f"leaf scores Σ={all_s} vs 合计 {total[col['得分']]}", close(total[col["得分"]], all_s))
    ck.add("score_sum_mismatch", f"level scores Σ={block_s} vs 合计", close(total[col["得分"]], block_s))
    for t in prose_totals:
        ck.add("score_sum_mismatch", f"stated total {t} vs leaf scores Σ={all_s}", close(t, all_s))
    for g in grades:
        for t in prose_totals + [total[col["得分"]]]:
            ck.add("grade_mismatch", f"grade {g} vs total {t}", GRADE_WORDS[g] == grade_of(D(t)))
    cells = {}
    for lvl, r in leaves:
        cells[r[col["三级指标"]]] = r
    sub = {lvl: r for lvl, r in subtotals}
    return col, cells, sub, total


def check_tier_table(ck, text, header_kw="补助标准（元/人）"):
    header, rows = plain_table(text, header_kw)
    ix = {h: i for i, h in enumerate(header)}
    i_std, i_plan, i_done = ix["补助标准（元/人）"], ix["计划人数"], ix["结业人数"]
    i_rate, i_amt = ix["完成率"], ix["补助金额（万元）"]
    body = [r for r in rows if r[0] != "合计"]
    tot = row_by(rows, "合计")
    for r in body + [tot]:
        ck.count_rate_completion = None
        c = D(r[i_done]) / D(r[i_plan]) * HUNDRED
        ck.add("completion_mismatch", f"tier {r[0]}: {r[i_rate]} vs {r2(c)}", close(r[i_rate], c))
    for r in body:
        ck.product_eq(f"tier {r[0]}: amount = standard × completions", Money(r[i_amt]), Money(r[i_std], "元"), r[i_done])
    for i, label in ((i_plan, "planned"), (i_done, "completed")):
        ck.add("sum_mismatch", f"tier {label} Σ", sum(D(r[i]) for r in body) == D(tot[i]))
    ck.sum_eq("tier amounts Σ", Money(tot[i_amt]), [Money(r[i_amt]) for r in body])
    return {r[0]: r for r in rows}, ix


def check_funds_table(ck, header, rows, total_label, part_labels, cols, rate_col):
    """Column sums and row rates of a funds table. cols: (budget_col, exec_col) names for the rate."""
    ix = {h: i for i, h in enumerate(header)}
    tot = row_by(rows, total_label)
    parts = [row_by(rows, p) for p in part_labels]
    for h in header[1:]:
        if h == rate_col:
            continue
        ck.sum_eq(f"funds column {h}: {total_label} = Σ parts", Money(tot[ix[h]]), [Money(p[ix[h]]) for p in parts])
    if rate_col:
        b, e = cols
        for r in [tot] + parts:
            ck.rate(f"funds row {r[0]} rate", r[ix[rate_col]], D(r[ix[e]]), D(r[ix[b]]))
    return ix


def tgt(cells, col, name):
    """number string of a row's 年度指标值"""
    return parse_value(cells[name][col["年度指标值"]])[3]


def M(m, g):
    """Money from a regex match group g (number) and the group after it if it is a unit."""
    return Money(m.group(g))


def MU(m, g_num, g_unit):
    return Money(m.group(g_num), m.group(g_unit))


# ---------------------------------------------------------------- per project
def longhua(text):
    ck = Checks("longhua")
    year = one(text, r"\n(\d{4})年度退役士兵职业技能培训补助项目支出绩效自评报告").group(1)
    ck.year_is("自评表 年度", one(text, r"年度：(\d{4})年").group(1), year)
    ck.year_is("截至 date", one(text, r"截至(\d{4})年12月31日已实现就业").group(1), year)
    m = one(text, r"年初预算([\d.]+)万元，9月省级追加([\d.]+)万元，全年预算([\d.]+)万元")
    ini, add, ann = M(m, 1), M(m, 2), M(m, 3)
    ck.sum_eq("年初 + 追加 = 全年", ann, [ini, add])
    m = one(text, r"中央资金([\d.]+)(万元|元)、省级资金([\d.]+)(万元|元)、县级配套([\d.]+)(万元|元)")
    ck.sum_eq("sources Σ = 全年预算", Money(ann.s), [MU(m, 1, 2), MU(m, 3, 4), MU(m, 5, 6)])
    m = one(text, r"到位资金([\d.]+)万元，到位率(\d+(?:\.\d+)?%)")
    recv = M(m, 1)
    ck.rate("到位率", m.group(2), recv.wan, ann.wan)
    header, rows = plain_table(text, "年初预算数｜全年预算数")
    ix = check_funds_table(ck, header, rows, "年度资金总额", ["其中：当年财政拨款", "上年结转资金", "其他资金"],
                           ("全年预算数", "全年执行数"), "执行率")
    tot = row_by(rows, "年度资金总额")
    spent = Money(tot[ix["全年执行数"]])
    ck.same("全年预算 text vs table", [ann, Money(tot[ix["全年预算数"]])])
    ck.same("年初预算 text vs table", [ini, Money(tot[ix["年初预算数"]])])
    exec_rate = spent.wan / ann.wan * HUNDRED
    m = one(text, r"培训费补助全年预算([\d.]+)万元，支出([\d.]+)万元，支出率([\d.]+%)")
    tb, tsp = M(m, 1), M(m, 2)
    ck.rate("培训费补助 支出率", m.group(3), tsp.wan, tb.wan)
    m = one(text, r"交通生活补助全年预算([\d.]+)万元，按每人(\d+)元向(\d+)名结业学员发放([\d.]+)万元（(\d+)元），支出率([\d.]+%)")
    lb, per, n_grad, lsp, lsp_yuan = M(m, 1), Money(m.group(2), "元"), m.group(3), M(m, 4), Money(m.group(5), "元")
    ck.rate("交通生活补助 支出率", m.group(6), lsp.wan, lb.wan)
    ck.product_eq("交通生活补助 = 300元 × 结业人数", lsp, per, n_grad)
    ck.same("交通生活补助 万元 vs 元", [lsp, lsp_yuan])
    ck.sum_eq("uses: budget Σ", Money(ann.s), [tb, lb])
    ck.sum_eq("uses: spending Σ", Money(spent.s), [tsp, lsp])
    m = one(text, r"年末结余([\d.]+)万元，已按规定结转(\d{4})年")
    ck.diff_eq("结余 = 到位 − 执行", M(m, 1), recv, spent, "balance_mismatch")
    ck.year_after("结转", m.group(2), year)
    tiers, tix = check_tier_table(ck, text)
    done_total = tiers["合计"][tix["结业人数"]]
    ck.same("培训费补助 spending vs tier total", [tsp, Money(tiers["合计"][tix["补助金额（万元）"]])])
    ck.same("结业人数 text vs tier table", [n_grad, done_total])
    m = one(text, r"结业考核合格(\d+)人，合格率([\d.]+%)，三个等级合格率分别为([\d.]+)%、([\d.]+)%和([\d.]+)%，平均([\d.]+)%")
    ck.count_rate("合格率", m.group(2), m.group(1), done_total)
    ck.average("三个等级平均合格率", m.group(6), [m.group(3), m.group(4), m.group(5)])
    pass_rate = m.group(2)
    m = one(text, r"取得职业技能等级证书(\d+)人，取证率([\d.]+%)")
    ck.count_rate("取证率", m.group(2), m.group(1), done_total)
    cert_rate = m.group(2)
    m = one(text, r"已实现就业(\d+)人，就业率([\d.]+%)")
    ck.count_rate("就业率", m.group(2), m.group(1), done_total)
    emp_rate = m.group(2)
    m = one(text, r"全年开设培训工种(\d+)个，较目标多(\d+)个")
    trades, extra = m.group(1), m.group(2)
    m2 = one(text, r"校企合作培训基地达到(\d+)个")
    bases = m2.group(1)
    m3 = one(text, r"参训学员满意度([\d.]+%)，用人单位满意度([\d.]+%)")
    m4 = one(text, r"自评得分([\d.]+)分，评价等级为(优秀|良好|优|良|中等|中|差)")
    m5 = one(text, r"预算执行率([\d.]+%)，扣([\d.]+)分；职业技能等级证书取证率未达目标，扣([\d.]+)分")
    ck.rate("执行率 in 自评结论", m5.group(1), spent.wan, ann.wan)
    col, cells, sub, total = check_md_table(ck, text, exec_rate, [m4.group(1)], [m4.group(2)])
    ck.add("sum_mismatch", "工种 over target", D(trades) - parse_value(cells["开设培训工种"][col["年度指标值"]])[1] == D(extra))
    ck.same("工种", [trades, parse_value(cells["开设培训工种"][col["实际完成值"]])[3]])
    ck.same("基地", [bases, parse_value(cells["校企合作培训基地"][col["实际完成值"]])[3]])
    ck.same("结业人数 自评表", [done_total, parse_value(cells["结业退役士兵人数"][col["实际完成值"]])[3]])
    ck.same("合格率 text vs 自评表", [pass_rate, cells["结业考核合格率"][col["实际完成值"]]])
    ck.same("取证率 text vs 自评表", [cert_rate, cells["职业技能等级证书取证率"][col["实际完成值"]]])
    ck.same("就业率 text vs 自评表", [emp_rate, cells["参训退役士兵就业率"][col["实际完成值"]]])
    ck.same("学员满意度", [m3.group(1), cells["参训学员满意度"][col["实际完成值"]]])
    ck.same("用人单位满意度", [m3.group(2), cells["用人单位满意度"][col["实际完成值"]]])
    ck.add("score_sum_mismatch", "扣分 预算执行",
           D(m5.group(2)) == D(cells["预算执行率"][col["分值"]]) - D(cells["预算执行率"][col["得分"]]))
    ck.add("score_sum_mismatch", "扣分 取证率",
           D(m5.group(3)) == D(cells["职业技能等级证书取证率"][col["分值"]]) - D(cells["职业技能等级证书取证率"][col["得分"]]))
    for nm, tier in (("初级班人均培训补助", "初级"), ("中级班人均培训补助", "中级"), ("高级班人均培训补助", "高级")):
        ck.same(f"{nm} vs tier standard", [parse_value(cells[nm][col["实际完成值"]])[3], tiers[tier][tix["补助标准（元/人）"]]])
        ck.same(f"{nm} cap vs tier standard", [tgt(cells, col, nm), tiers[tier][tix["补助标准（元/人）"]]])
    m = one(text, r"全年组织不少于(\d+)名自主就业退役士兵.*?开设培训工种不少于(\d+)个，结业考核合格率不低于(\d+)%，职业技能等级证书取证率不低于(\d+)%，参训人员就业率不低于(\d+)%")
    for gi, nm in ((1, "结业退役士兵人数"), (2, "开设培训工种"), (3, "结业考核合格率"), (4, "职业技能等级证书取证率"),
                   (5, "参训退役士兵就业率")):
        ck.same(f"goal {nm} vs 自评表 target", [m.group(gi), tgt(cells, col, nm)])
    ck.same("planned total vs goal", [m.group(1), tiers["合计"][tix["计划人数"]]])
    ck.same("取证 target restated", [one(text, r"低于(\d+)%的年度目标").group(1), tgt(cells, col, "职业技能等级证书取证率")])
    ck.same("基地 target restated", [one(text, r"按原有(\d+)家基地设定").group(1), tgt(cells, col, "校企合作培训基地")])
    return ck


def longhui(text):
    ck = Checks("longhui")
    year = one(text, r"^隆回县退役军人事务局(\d{4})年度").group(1)
    ck.year_is("自评表 年度", one(text, r"年度：(\d{4})\n").group(1), year)
    ck.year_is("自评 scope", one(text, r"我局对(\d{4})年度退役士兵").group(1), year)
    m = one(text, r"(\d{4})年度项目预算([\d.]+)万元，年初批复与全年预算一致")
    ck.year_is("budget sentence", m.group(1), year)
    ann = M(m, 2)
    m = one(text, r"中央补助([\d.]+)(万元|元)、省级补助([\d.]+)(万元|元)、县级财政([\d.]+)(万元|元)，截至(\d{4})年12月31日全部到位")
    ck.sum_eq("sources Σ = 预算", Money(ann.s), [MU(m, 1, 2), MU(m, 3, 4), MU(m, 5, 6)])
    ck.year_is("到位 截至", m.group(7), year)
    ck.rate("全部到位 ⇒ 到位率", one(text, r"全部到位，到位率(\d+(?:\.\d+)?%)").group(1), ann.wan, ann.wan)
    header, rows = plain_table(text, "年初预算数\t全年预算数")
    ix = check_funds_table(ck, header, rows, "合计", ["培训费补助", "一次性创业补贴", "吸纳就业补贴"],
                           ("全年预算数", "全年执行数"), "执行率")
    for r in rows:
        ck.same(f"{r[0]} 未调整: 年初 = 全年", [r[ix["年初预算数"]], r[ix["全年预算数"]]])
    tot = row_by(rows, "合计")
    ck.same("预算 text vs table", [ann, Money(tot[ix["全年预算数"]])])
    spent_t = Money(tot[ix["全年执行数"]])
    exec_rate = spent_t.wan / Money(tot[ix["全年预算数"]]).wan * HUNDRED
    m = one(text, r"全年支出([\d.]+)万元，预算执行率([\d.]+%)，结余([\d.]+)万元")
    ck.same("全年支出 text vs table", [M(m, 1), spent_t])
    ck.rate("执行率 text", m.group(2), M(m, 1).wan, ann.wan)
    ck.diff_eq("结余 = 预算 − 执行", M(m, 3), ann, M(m, 1), "balance_mismatch")
    xs = row_by(rows, "吸纳就业补贴")
    bal_total = M(one(text, r"结余([\d.]+)万元。其中吸纳就业补贴"), 1)
    m = one(text, r"吸纳就业补贴因部分企业申报材料不全结余([\d.]+)万元，已结转至(\d{4})年继续使用，其余([\d.]+)万元已按规定交回")
    ck.diff_eq("吸纳就业补贴 结余", M(m, 1), Money(xs[ix["全年预算数"]]), Money(xs[ix["全年执行数"]]), "balance_mismatch")
    ck.year_after("结转", m.group(2), year)
    ck.diff_eq("其余 = 结余 − 结转", M(m, 3), bal_total, M(m, 1), "balance_mismatch")
    m2 = one(text, r"结转至(\d{4})年的([\d.]+)万元吸纳就业补贴")
    ck.year_after("结转 (其他说明)", m2.group(1), year)
    ck.same("结转 amount restated", [M(m, 1), M(m2, 2)])
    m = one(text, r"三期SYB创业培训班结业人数分别为(\d+)人、(\d+)人、(\d+)人，平均每期(\d+)人")
    ck.average("SYB 平均每期", m.group(4), [m.group(1), m.group(2), m.group(3)])
    tiers, tix = check_tier_table(ck, text)
    done_total = tiers["合计"][tix["结业人数"]]
    ck.same("培训费补助 spending vs tier total",
            [Money(row_by(rows, "培训费补助")[ix["全年执行数"]]), Money(tiers["合计"][tix["补助金额（万元）"]])])
    m = one(text, r"全年(\d+)名退役士兵完成培训并结业，结业考核合格(\d+)人，合格率([\d.]+%)；取得职业资格或技能等级证书(\d+)人，取证率([\d.]+%)。截至年底参训学员已就业(\d+)人，就业率([\d.]+%)")
    ck.same("结业人数 text vs tier", [m.group(1), done_total])
    ck.count_rate("合格率", m.group(3), m.group(2), done_total)
    ck.count_rate("取证率", m.group(5), m.group(4), done_total)
    ck.count_rate("就业率", m.group(7), m.group(6), done_total)
    rates = {"合格": m.group(3), "取证": m.group(5), "就业": m.group(7)}
    m = one(text, r"一次性创业补贴按每户(\d+)元标准发放(\d+)户，计([\d.]+)万元")
    ck.product_eq("创业补贴 = 5000元 × 户数", M(m, 3), Money(m.group(1), "元"), m.group(2))
    ck.same("创业补贴 text vs table", [M(m, 3), Money(row_by(rows, "一次性创业补贴")[ix["全年执行数"]])])
    households = m.group(2)
    m = one(text, r"吸纳就业补贴按每人(\d+)元标准，为\d+家企业吸纳的(\d+)名退役士兵发放([\d.]+)万元")
    ck.product_eq("吸纳就业补贴 = 2000元 × 人数", M(m, 3), Money(m.group(1), "元"), m.group(2))
    ck.same("吸纳就业补贴 text vs table", [M(m, 3), Money(xs[ix["全年执行数"]])])
    absorbed = m.group(2)
    led = one(text, r"共带动就业(\d+)人").group(1)
    sat = one(text, r"参训学员满意度([\d.]+%)，较上年").group(1)
    m = one(text, r"自评得分([\d.]+)分，评价等级为(优秀|良好|优|良|中等|中|差)")
    col, cells, sub, total = check_md_table(ck, text, exec_rate, [m.group(1)], [m.group(2)])
    act = lambda n: cells[n][col["实际完成值"]]
    ck.same("结业人数 自评表", [done_total, parse_value(act("培训结业人数"))[3]])
    ck.same("创业户数 自评表", [households, parse_value(act("一次性创业补贴户数"))[3]])
    ck.same("吸纳人数 自评表", [absorbed, parse_value(act("吸纳就业补贴人数"))[3]])
    ck.same("带动就业 自评表", [led, parse_value(act("创业带动就业人数"))[3]])
    ck.same("合格率 自评表", [rates["合格"], act("结业考核合格率")])
    ck.same("取证率 自评表", [rates["取证"], act("取证率")])
    ck.same("就业率 自评表", [rates["就业"], act("参训退役士兵就业率")])
    ck.same("满意度 自评表", [sat, act("参训学员满意度")])
    ck.same("初级标准", [parse_value(act("初级培训补助标准"))[3], tiers["初级"][tix["补助标准（元/人）"]]])
    ck.same("高级标准", [parse_value(act("高级培训补助标准"))[3], tiers["高级"][tix["补助标准（元/人）"]]])
    ck.same("初级标准 cap", [tgt(cells, col, "初级培训补助标准"), tiers["初级"][tix["补助标准（元/人）"]]])
    ck.same("高级标准 cap", [tgt(cells, col, "高级培训补助标准"), tiers["高级"][tix["补助标准（元/人）"]]])
    m = one(text, r"培训不少于(\d+)人，对自主创业的退役士兵发放一次性创业补贴不少于(\d+)户，对吸纳退役士兵就业的企业按人发放吸纳就业补贴不少于(\d+)人，参训人员就业率不低于(\d+)%")
    for gi, nm in ((1, "培训结业人数"), (2, "一次性创业补贴户数"), (3, "吸纳就业补贴人数"), (4, "参训退役士兵就业率")):
        ck.same(f"goal {nm} vs 自评表 target", [m.group(gi), tgt(cells, col, nm)])
    ck.same("planned total vs goal", [m.group(1), tiers["合计"][tix["计划人数"]]])
    ck.same("创业户 restated", [one(text, r"获得创业补贴的(\d+)户").group(1), households])
    return ck


def quxian(text):
    ck = Checks("quxian")
    year = one(text, r"^渠县退役军人事务局(\d{4})年度部门整体支出").group(1)
    ck.year_is("自评表 title", one(text, r"附：(\d{4})年度部门整体支出绩效自评表").group(1), year)
    header, rows = plain_table(text, "资金类别｜年初预算数")
    ix = check_funds_table(ck, header, rows, "资金总额",
                           ["财政资金", "财政专户管理资金", "单位资金", "其他资金（上年结转）"],
                           ("全年预算数", "全年执行数"), "执行率")
    tot = row_by(rows, "资金总额")
    ini, ann, spent = (Money(tot[ix[h]]) for h in ("年初预算数", "全年预算数", "全年执行数"))
    exec_rate = spent.wan / ann.wan * HUNDRED
    m = one(text, r"年中追加[^0-9]*?([\d.]+)万元，加上(\d{4})年结转资金([\d.]+)万元，全年预算([\d.]+)万元，较年初增加([\d.]+)万元")
    add, carry_in, ann_t, incr = M(m, 1), M(m, 3), M(m, 4), M(m, 5)
    ck.year_before("结转资金 from", m.group(2), year)
    ck.sum_eq("年初 + 追加 + 结转 = 全年", ann_t, [Money(ini.s), add, carry_in])
    ck.sum_eq("年初 + 追加 = 财政资金 全年", Money(row_by(rows, "财政资金")[ix["全年预算数"]]), [Money(ini.s), add])
    ck.diff_eq("较年初增加", incr, ann_t, ini, "sum_mismatch")
    ck.same("结转资金 text vs table", [carry_in, Money(row_by(rows, "其他资金（上年结转）")[ix["全年预算数"]])])
    ck.same("全年预算 text vs table", [ann_t, ann])
    ck.rate("全部到位 ⇒ 到位率", one(text, r"全部到位，到位率(\d+(?:\.\d+)?%)").group(1), ann.wan, ann.wan)
    h2, r2_ = plain_table(text, "支出类别｜全年预算数")
    ix2 = {h: i for i, h in enumerate(h2)}
    for h in ("全年预算数", "全年执行数"):
        g = lambda lab: Money(row_by(r2_, lab)[ix2[h]])
        ck.sum_eq(f"基本支出 {h}", g("基本支出"), [g("其中：人员经费"), g("公用经费")])
        ck.sum_eq(f"项目支出 {h}", g("项目支出"),
                  [g("其中：退役士兵职业技能培训补助"), g("退役军人就业创业扶持"), g("退役军人服务站运行保障")])
        ck.sum_eq(f"合计 {h}", g("合计"), [g("基本支出"), g("项目支出")])
        ck.same(f"合计 {h} vs funds table", [g("合计"), Money(tot[ix[h]])])
    g2 = lambda lab, h: Money(row_by(r2_, lab)[ix2[h]])
    m = one(text, r"全年结余([\d.]+)万元，其中公用经费([\d.]+)万元、培训补助([\d.]+)万元、就业创业扶持([\d.]+)万元，已结转(\d{4})年")
    ck.diff_eq("结余 = 到位(全年) − 执行", M(m, 1), ann, spent, "balance_mismatch")
    for gi, lab in ((2, "公用经费"), (3, "其中：退役士兵职业技能培训补助"), (4, "退役军人就业创业扶持")):
        ck.diff_eq(f"{lab} 结余", M(m, gi), g2(lab, "全年预算数"), g2(lab, "全年执行数"), "balance_mismatch")
    ck.sum_eq("结余 parts", M(m, 1), [M(m, 2), M(m, 3), M(m, 4)])
    ck.year_after("结转", m.group(5), year)
    m = one(text, r"培训补助项目支出([\d.]+)万元，其中培训费补助([\d.]+)万元，职业技能鉴定考务费([\d.]+)万元")
    ck.sum_eq("培训补助 parts", M(m, 1), [M(m, 2), M(m, 3)])
    ck.same("培训补助 text vs table", [M(m, 1), g2("其中：退役士兵职业技能培训补助", "全年执行数")])
    fee = M(m, 2)
    tiers, tix = check_tier_table(ck, text)
    ck.same("培训费补助 vs tier total", [fee, Money(tiers["合计"][tix["补助金额（万元）"]])])
    done_total = tiers["合计"][tix["结业人数"]]
    m = one(text, r"结业考核合格(\d+)人，合格率([\d.]+%)；取证(\d+)人，取证率([\d.]+%)，未达到\d+%的目标")
    ck.count_rate("合格率", m.group(2), m.group(1), done_total)
    ck.count_rate("取证率", m.group(4), m.group(3), done_total)
    rates = {"合格": m.group(2), "取证": m.group(4)}
    m = one(text, r"参训学员中已就业(\d+)人，就业率([\d.]+%)")
    ck.count_rate("就业率", m.group(2), m.group(1), done_total)
    rates["就业"] = m.group(2)
    m = one(text, r"一次性创业补贴([\d.]+)万元（(\d+)户，每户(\d+)元），吸纳就业补贴([\d.]+)万元（(\d+)人，每人(\d+)元），合计([\d.]+)万元")
    ck.product_eq("创业补贴", M(m, 1), Money(m.group(3), "元"), m.group(2))
    ck.product_eq("吸纳就业补贴", M(m, 4), Money(m.group(6), "元"), m.group(5))
    ck.sum_eq("就业创业扶持 parts", M(m, 7), [M(m, 1), M(m, 4)])
    ck.same("就业创业扶持 text vs table", [M(m, 7), g2("退役军人就业创业扶持", "全年执行数")])
    households, absorbed = m.group(2), m.group(5)
    m = one(text, r"(\d+)个乡镇（街道）服务站中(\d+)个完成规范化建设")
    ck.same("服务站 count", [m.group(1), one(text, r"乡镇（街道）退役军人服务站(\d+)个").group(1)])
    stations = m.group(2)
    m = one(text, r"受理退役军人信访事项(\d+)件，按期办结(\d+)件")
    petitions = (m.group(1), m.group(2))
    m = one(text, r"退役军人满意度([\d.]+%)，用人单位满意度([\d.]+%)")
    sats = (m.group(1), m.group(2))
    m = one(text, r"自评得分([\d.]+)分，评价等级为(优秀|良好|优|良|中等|中|差)")
    col, cells, sub, total = check_md_table(ck, text, exec_rate, [m.group(1)], [m.group(2)])
    act = lambda n: cells[n][col["实际完成值"]]
    ck.rate("信访按期办结率", act("信访事项按期办结率"), D(petitions[1]), D(petitions[0]))
    ck.same("结业人数 自评表", [done_total, parse_value(act("职业技能培训结业人数"))[3]])
    ck.same("创业户数 自评表", [households, parse_value(act("一次性创业补贴户数"))[3]])
    ck.same("吸纳人数 自评表", [absorbed, parse_value(act("吸纳就业补贴人数"))[3]])
    ck.same("服务站 自评表", [stations, parse_value(act("服务站规范化建设"))[3]])
    ck.same("合格率 自评表", [rates["合格"], act("培训结业考核合格率")])
    ck.same("取证率 自评表", [rates["取证"], act("取证率")])
    ck.same("就业率 自评表", [rates["就业"], act("参训退役士兵就业率")])
    ck.same("退役军人满意度 自评表", [sats[0], act("退役军人满意度")])
    ck.same("用人单位满意度 自评表", [sats[1], act("用人单位满意度")])
    pv_t, pv_a = parse_value(cells["公用经费支出"][col["年度指标值"]]), parse_value(act("公用经费支出"))
    ck.same("公用经费 target vs budget", [Money(pv_t[3]), g2("公用经费", "全年预算数")])
    ck.same("公用经费 actual vs spending", [Money(pv_a[3]), g2("公用经费", "全年执行数")])
    ck.same("取证 target restated", [one(text, r"未达到(\d+)%的目标").group(1), tgt(cells, col, "取证率")])
    ck.same("吸纳 target restated", [one(text, r"吸纳就业补贴人数未达到(\d+)人的目标").group(1), tgt(cells, col, "吸纳就业补贴人数")])
    ck.same("planned total vs 自评表 target", [tiers["合计"][tix["计划人数"]], tgt(cells, col, "职业技能培训结业人数")])
    return ck


def huize(text):
    ck = Checks("huize")
    year = one(text, r"\n(\d{4})年度退役军人职业技能培训和就业服务补助资金绩效自评报告").group(1)
    ck.year_is("自评表 header", one(text, r"绩效自评表（(\d{4})年度）").group(1), year)
    m = one(text, r"(\d{4})年计划培训自主就业退役军人(\d+)人，其中初级(\d+)人、中级(\d+)人、高级(\d+)人")
    ck.year_is("goal year", m.group(1), year)
    plan = m.groups()[1:]
    ck.add("sum_mismatch", "planned Σ", D(plan[0]) == sum(D(x) for x in plan[1:]))
    m = one(text, r"年初预算([\d.]+)万元，10月根据实际报名人数调减([\d.]+)万元，全年预算([\d.]+)万元，其中中央补助([\d.]+)(万元|元)、省级补助([\d.]+)(万元|元)、县级配套([\d.]+)(万元|元)")
    ini, cut, ann = M(m, 1), M(m, 2), M(m, 3)
    ck.diff_eq("年初 − 调减 = 全年", ann, ini, cut, "sum_mismatch")
    ck.sum_eq("sources Σ", Money(ann.s), [MU(m, 4, 5), MU(m, 6, 7), MU(m, 8, 9)])
    ck.rate("均已到位 ⇒ 到位率", one(text, r"均已到位，到位率(\d+(?:\.\d+)?%)").group(1), ann.wan, ann.wan)
    m = one(text, r"全年支出([\d.]+)万元，预算执行率([\d.]+%)，其中培训补助([\d.]+)万元、就业服务([\d.]+)万元；结余([\d.]+)万元，经县财政局同意结转(\d{4})年，用于(\d{4})年12月开班、(\d{4})年1月结业")
    spent = M(m, 1)
    ck.rate("执行率", m.group(2), spent.wan, ann.wan)
    ck.sum_eq("spending parts", Money(spent.s), [M(m, 3), M(m, 4)])
    ck.diff_eq("结余 = 到位 − 执行", M(m, 5), ann, spent, "balance_mismatch")
    ck.year_after("结转", m.group(6), year)
    ck.year_is("开班 year", m.group(7), year)
    ck.year_after("结业 year", m.group(8), year)
    train_spent = M(m, 3)
    exec_rate = spent.wan / ann.wan * HUNDRED
    tiers, tix = check_tier_table(ck, text)
    ck.same("培训补助 vs tier total", [train_spent, Money(tiers["合计"][tix["补助金额（万元）"]])])
    for lab, p in zip(("合计", "初级", "中级", "高级"), plan):
        ck.same(f"planned {lab} vs tier table", [p, tiers[lab][tix["计划人数"]]])
    ck.same("初级 结业 text vs tier", [one(text, r"初级班共开班\d+期，结业(\d+)人").group(1), tiers["初级"][tix["结业人数"]]])
    done_total = tiers["合计"][tix["结业人数"]]
    m = one(text, r"全年举办专场招聘会(\d+)场，分别达成就业意向(\d+)人、(\d+)人、(\d+)人、(\d+)人，平均每场(\d+)人，合计(\d+)人")
    items = [m.group(i) for i in range(2, 6)]
    ck.add("sum_mismatch", "招聘会 Σ", sum(D(x) for x in items) == D(m.group(7)))
    ck.average("招聘会 平均每场", m.group(6), items)
    fairs, intents = m.group(1), m.group(7)
    ck.add("sum_mismatch", "招聘会 count = items", D(fairs) == len(items))
    m = one(text, r"结业考核合格(\d+)人，合格率([\d.]+%)；取得职业技能等级证书(\d+)人，取证率([\d.]+%)。截至(\d{4})年12月31日，参训人员已就业(\d+)人，就业率([\d.]+%)；其中连续就业6个月以上的(\d+)人，占已就业人数的([\d.]+%)")
    ck.count_rate("合格率", m.group(2), m.group(1), done_total)
    ck.count_rate("取证率", m.group(4), m.group(3), done_total)
    ck.year_is("截至", m.group(5), year)
    ck.count_rate("就业率", m.group(7), m.group(6), done_total)
    ck.count_rate("稳定率", m.group(9), m.group(8), m.group(6))
    rates = {"合格": m.group(2), "取证": m.group(4), "就业": m.group(7), "稳定": m.group(9)}
    m = one(text, r"自评得分([\d.]+)分，评价等级为(优秀|良好|优|良|中等|中|差)")
    col, cells, sub, total = check_md_table(ck, text, exec_rate, [m.group(1)], [m.group(2)])
    act = lambda n: cells[n][col["实际完成值"]]
    ck.same("结业人数 自评表", [done_total, parse_value(act("培训结业人数"))[3]])
    ck.same("计划人数 自评表 target", [plan[0], parse_value(cells["培训结业人数"][col["年度指标值"]])[3]])
    ck.same("招聘会场次 自评表", [fairs, parse_value(act("专场招聘会场次"))[3]])
    ck.same("就业意向 自评表", [intents, parse_value(act("达成就业意向人数"))[3]])
    ck.same("合格率 自评表", [rates["合格"], act("结业考核合格率")])
    ck.same("取证率 自评表", [rates["取证"], act("取证率")])
    ck.same("就业率 自评表", [rates["就业"], act("参训退役军人就业率")])
    ck.same("稳定率 自评表", [rates["稳定"], act("就业稳定率（6个月以上）")])
    ck.same("初级标准", [parse_value(act("初级班培训补助标准"))[3], tiers["初级"][tix["补助标准（元/人）"]]])
    ck.same("中级标准", [parse_value(act("中级班培训补助标准"))[3], tiers["中级"][tix["补助标准（元/人）"]]])
    ck.same("初级标准 cap", [tgt(cells, col, "初级班培训补助标准"), tiers["初级"][tix["补助标准（元/人）"]]])
    ck.same("中级标准 cap", [tgt(cells, col, "中级班培训补助标准"), tiers["中级"][tix["补助标准（元/人）"]]])
    m = one(text, r"举办专场招聘会不少于(\d+)场，达成就业意向不少于(\d+)人；参训人员就业率不低于(\d+)%，补助资金在培训结业后(\d+)天内拨付到位")
    for gi, nm in ((1, "专场招聘会场次"), (2, "达成就业意向人数"), (3, "参训退役军人就业率"), (4, "补助资金拨付时限")):
        ck.same(f"goal {nm} vs 自评表 target", [m.group(gi), tgt(cells, col, nm)])
    ck.same("意向 target restated", [one(text, r"未达到(\d+)人的目标").group(1), tgt(cells, col, "达成就业意向人数")])
    m = one(text, r"单笔拨付最长(\d+)天，均在(\d+)天以内")
    ck.add("conflicting_values", "longest payment within the stated limit", D(m.group(1)) <= D(m.group(2)))
    ck.same("payment limit", [m.group(2), tgt(cells, col, "补助资金拨付时限")])
    return ck


def fengqiu(text):
    ck = Checks("fengqiu")
    year = one(text, r"^封丘县退役军人事务局(\d{4})年度").group(1)
    ck.year_is("自评表 年度", one(text, r"年度：(\d{4})年\n").group(1), year)
    header, rows = plain_table(text, "年初预算数\t全年预算数")
    ix = check_funds_table(ck, header, rows, "年度资金总额", ["其中：当年财政拨款", "上年结转资金", "其他资金"],
                           ("全年预算数", "全年执行数"), "执行率")
    tot = row_by(rows, "年度资金总额")
    ann, spent = Money(tot[ix["全年预算数"]]), Money(tot[ix["全年执行数"]])
    exec_rate = spent.wan / ann.wan * HUNDRED
    m = one(text, r"(\d{4})年结转的([\d.]+)万元已于(\d{4})年上半年全部支付")
    ck.year_before("结转 in", m.group(1), year)
    ck.year_is("paid in", m.group(3), year)
    carry = row_by(rows, "上年结转资金")
    ck.same("结转 text vs table (budget)", [M(m, 2), Money(carry[ix["全年预算数"]])])
    ck.same("结转 text vs table (spent, 全部支付)", [M(m, 2), Money(carry[ix["全年执行数"]])])
    m = one(text, r"全年预算资金([\d.]+)万元全部到位，全年执行([\d.]+)万元，其中培训补助([\d.]+)万元、吸纳就业补贴([\d.]+)(万元|元)、职业介绍补贴([\d.]+)(万元|元)")
    recv = M(m, 1)
    ck.same("全年预算 text vs table", [recv, ann])
    ck.same("全年执行 text vs table", [M(m, 2), spent])
    train, absorb, refer = M(m, 3), MU(m, 4, 5), MU(m, 6, 7)
    ck.sum_eq("execution parts", M(m, 2), [train, absorb, refer])
    m = one(text, r"年末结余([\d.]+)万元，主要是高级班第二期推迟至10月开班，该期(\d+)名学员(\d{4})年1月结业后才能结算，该部分资金结转(\d{4})年")
    ck.diff_eq("结余 = 到位 − 执行", M(m, 1), recv, spent, "balance_mismatch")
    pending = m.group(2)
    ck.year_after("结业 year", m.group(3), year)
    ck.year_after("结转", m.group(4), year)
    m = one(text, r"初级(\d+)元/人、中级(\d+)元/人、高级(\d+)元/人；吸纳就业补贴每人(\d+)元，职业介绍补贴每人(\d+)元。全年吸纳就业补贴发放(\d+)人，职业介绍补贴发放(\d+)人")
    stds = (m.group(1), m.group(2), m.group(3))
    ck.product_eq("吸纳就业补贴 = 2500元 × 人数", Money(absorb.s, absorb.unit), Money(m.group(4), "元"), m.group(6))
    ck.product_eq("职业介绍补贴 = 200元 × 人数", Money(refer.s, refer.unit), Money(m.group(5), "元"), m.group(7))
    absorbed = m.group(6)
    tiers, tix = check_tier_table(ck, text)
    for lab, s_ in zip(("初级", "中级", "高级"), stds):
        ck.same(f"{lab} standard text vs tier", [s_, tiers[lab][tix["补助标准（元/人）"]]])
    ck.same("培训补助 vs tier total", [train, Money(tiers["合计"][tix["补助金额（万元）"]])])
    hi = tiers["高级"]
    ck.add("sum_mismatch", "高级 pending = planned − completed", D(hi[tix["计划人数"]]) - D(hi[tix["结业人数"]]) == D(pending))
    done_total = tiers["合计"][tix["结业人数"]]
    m = one(text, r"结业考核合格(\d+)人，合格率([\d.]+%)；取证(\d+)人，取证率([\d.]+%)")
    ck.count_rate("合格率", m.group(2), m.group(1), done_total)
    ck.count_rate("取证率", m.group(4), m.group(3), done_total)
    rates = {"合格": m.group(2), "取证": m.group(4)}
    m = one(text, r"截至(\d{4})年12月31日已就业(\d+)人，就业率([\d.]+%)")
    ck.year_is("截至", m.group(1), year)
    ck.count_rate("就业率", m.group(3), m.group(2), done_total)
    rates["就业"] = m.group(3)
    m = one(text, r"与(\d+)家企业开展订单式培训，超出(\d+)家的目标")
    firms, firms_t = m.group(1), m.group(2)
    m = one(text, r"回访参训学员(\d+)人，参训学员满意度为([\d.]+%)")
    ck.same("回访人数 = 结业人数", [m.group(1), done_total])
    sat = m.group(2)
    m = one(text, r"自评得分([\d.]+)分，评价等级为(优秀|良好|优|良|中等|中|差)。其中预算执行率([\d.]+%)，得([\d.]+)分；产出指标得([\d.]+)分；效益指标得([\d.]+)分；满意度指标得([\d.]+)分")
    col, cells, sub, total = check_md_table(ck, text, exec_rate, [m.group(1)], [m.group(2)])
    ck.rate("执行率 in 结论", m.group(3), spent.wan, ann.wan)
    ck.same("执行得分", [m.group(4), cells["预算执行率"][col["得分"]]])
    ck.same("产出得分", [m.group(5), sub["产出指标"][col["得分"]]])
    ck.same("效益得分", [m.group(6), sub["效益指标"][col["得分"]]])
    ck.same("满意度得分", [m.group(7), sub["满意度指标"][col["得分"]]])
    ck.add("score_sum_mismatch", "prose parts Σ = prose total",
           close(m.group(1), sum(D(m.group(i)) for i in (4, 5, 6, 7))))
    act = lambda n: cells[n][col["实际完成值"]]
    for lab, nm in (("初级", "初级班结业人数"), ("中级", "中级班结业人数"), ("高级", "高级班结业人数")):
        ck.same(f"{lab} 结业 自评表", [tiers[lab][tix["结业人数"]], parse_value(act(nm))[3]])
        ck.same(f"{lab} 计划 自评表", [tiers[lab][tix["计划人数"]], parse_value(cells[nm][col["年度指标值"]])[3]])
        ck.same(f"{lab} 完成率 自评表", [tiers[lab][tix["完成率"]], cells[nm][col["完成率"]]])
    ck.same("吸纳人数 自评表", [absorbed, parse_value(act("吸纳就业补贴人数"))[3]])
    ck.same("合格率 自评表", [rates["合格"], act("结业考核合格率")])
    ck.same("取证率 自评表", [rates["取证"], act("取证率")])
    ck.same("就业率 自评表", [rates["就业"], act("参训退役士兵就业率")])
    ck.same("满意度 自评表", [sat, act("参训学员满意度")])
    ck.same("合作企业 自评表", [firms, parse_value(act("订单式培训合作企业"))[3]])
    ck.same("合作企业 target", [firms_t, parse_value(cells["订单式培训合作企业"][col["年度指标值"]])[3]])
    ck.same("高级标准 自评表", [parse_value(act("高级班人均培训补助"))[3], stds[2]])
    ck.same("高级标准 cap", [tgt(cells, col, "高级班人均培训补助"), stds[2]])
    m = one(text, r"年度计划培训退役士兵(\d+)人（初级(\d+)人、中级(\d+)人、高级(\d+)人），企业吸纳退役士兵就业不少于(\d+)人，结业考核合格率不低于(\d+)%，取证率不低于(\d+)%，参训人员就业率不低于(\d+)%，参训学员满意度不低于(\d+)%")
    ck.add("sum_mismatch", "planned Σ", D(m.group(1)) == D(m.group(2)) + D(m.group(3)) + D(m.group(4)))
    for gi, lab in ((1, "合计"), (2, "初级"), (3, "中级"), (4, "高级")):
        ck.same(f"planned {lab} goal vs tier", [m.group(gi), tiers[lab][tix["计划人数"]]])
    for gi, nm in ((5, "吸纳就业补贴人数"), (6, "结业考核合格率"), (7, "取证率"), (8, "参训退役士兵就业率"), (9, "参训学员满意度")):
        ck.same(f"goal {nm} vs 自评表 target", [m.group(gi), tgt(cells, col, nm)])
    ck.same("满意度 target restated", [one(text, r"略低于(\d+)%的目标").group(1), tgt(cells, col, "参训学员满意度")])
    m = one(text, r"超出\d+家的目标，主要是新增(\d+)家")
    ck.add("sum_mismatch", "new firms = actual − target", D(firms) - D(firms_t) == D(m.group(1)))
    m = one(text, r"预算执行率低于(\d+)%的原因")
    ck.add("rate_mismatch", "执行率 below the stated 90% line", exec_rate < D(m.group(1)))
    return ck


PROJECTS = {
    "longhua-tuiyipeixun-2019": longhua,
    "longhui-tuiyijiuye-2021": longhui,
    "quxian-tyjrswj-bumen-2022": quxian,
    "huize-tuiyijineng-2024": huize,
    "fengqiu-tuiyipeixun-2025": fengqiu,
}


def edit_region(a, b):
    """Common prefix/suffix diff: returns (start, end_in_a, end_in_b)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    verbose = "-v" in sys.argv
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(ln) for ln in fh if ln.strip()]
    if len(labels) != 35:
        problems.append(f"labels.jsonl has {len(labels)} lines, expected 35")
    code_count = Counter()
    cleans = {}
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
                cleans[rec["source"]] = fh.read()
    for rec in labels:
        name, src = rec["case"], rec["source"]
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        n = len(text)
        if not (1500 <= n <= 5000):
            problems.append(f"{name}: length {n} outside 1500–5000")
        try:
            ck = PROJECTS[src](text)
        except ParseError as exc:
            problems.append(f"{name}: parse error: {exc}")
            continue
        failed = [(c, d) for c, d, ok in ck.results if not ok]
        failed_err = sorted({c for c, _ in failed if c in ERROR_CODES})
        if verbose:
            print(f"{name}: {len(ck.results)} checks, failed {failed}")
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if failed:
                problems.append(f"{name}: clean draft fails {failed}")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: expected {len(exp)} labels, want 1")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        code_count[code] += 1
        if exp[0].get("severity") != "error" or code not in ERROR_CODES:
            problems.append(f"{name}: bad code/severity {code}")
        if failed_err != [code]:
            problems.append(f"{name}: labelled {code}, verifier fails {failed_err}: {failed}")
        if text.count(value) != 1:
            problems.append(f"{name}: value {value!r} occurs {text.count(value)} times")
        clean = cleans[src]
        p, ea, eb = edit_region(clean, text)
        if eb <= p and ea <= p:
            problems.append(f"{name}: no edit")
        if ea - p > 40 or eb - p > 40:
            problems.append(f"{name}: edit longer than 40 characters ({ea - p} → {eb - p})")
        vi = text.find(value)
        if not (vi < max(eb, p + 1) and p < vi + len(value)):
            problems.append(f"{name}: edit [{p},{eb}) does not overlap value at [{vi},{vi + len(value)})")
        # the changed figure must be a number inside the value (a digit changed) or the grade word
        changed = text[p:eb]
        if not re.search(r"[\d优良中差—%万元年天]", changed):
            problems.append(f"{name}: edit {changed!r} does not change a figure")
    for c in ERROR_CODES:
        if code_count[c] < 2:
            problems.append(f"code {c} used {code_count[c]} times (< 2)")
    if problems:
        for p_ in problems:
            print("FAIL", p_)
        print(f"{len(problems)} problem(s)")
        return 1
    print("per code:", dict(sorted(code_count.items())))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
