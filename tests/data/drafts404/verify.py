#!/usr/bin/env python3
"""Verify this set: labels, edits, and the arithmetic of every case.

1. every label value occurs in its case; each error case differs from its clean draft in one contiguous place
   that overlaps the label value; every code of errors.md §A (1–13) is used at least twice;
2. the arithmetic of each draft is redone from the text itself (regexes on the prose, parsed tables) with
   decimal.Decimal and the tolerance of rules.md §8 (a stated value with d decimals matches a computed c iff
   |c − v| ≤ 0.5·10^−d): every check must pass on a clean draft; on an error case the labelled code must fail
   and no other error-level code may fail (score-rule checks are warnings and are only reported).
Standard library only. Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
NUM = r"-?\d+(?:\.\d+)?"


class StructureError(Exception):
    """A regex or a table that should be there is not: the draft (or this script) is broken."""


# ---------------------------------------------------------------- numbers
class N:
    """A number as written: value, decimals, raw text."""

    def __init__(self, raw, value=None, d=None):
        self.raw = raw
        if value is None:
            m = re.search(NUM, raw.replace(",", ""))
            if not m:
                raise StructureError(f"no number in {raw!r}")
            s = m.group(0)
            value = D(s)
            d = len(s.split(".")[1]) if "." in s else 0
        self.v = value
        self.d = d

    def __repr__(self):
        return self.raw

    def scaled(self, f):
        return N(self.raw, self.v * f, self.d)

    def neg(self):
        return N("-" + self.raw, -self.v, self.d)


def tol(d):
    return D("0.5") * (D(10) ** (-d)) + D("1e-9")


def close(n, c):
    return abs(c - n.v) <= tol(n.d)


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


SCALES = (D("0.0001"), D("10000"))


# ---------------------------------------------------------------- text access
def grab(t, pat, count=1):
    """Groups of the only match of pat (or of each of `count` matches)."""
    ms = list(re.finditer(pat, t))
    if len(ms) != count:
        raise StructureError(f"pattern {pat!r} matched {len(ms)} times, expected {count}")
    out = []
    for m in ms:
        gs = [N(g) if re.fullmatch(r"[\d.,]+%?", g or "x") else g for g in m.groups()]
        out.append(gs)
    return out[0] if count == 1 else out


def g1(t, pat):
    return grab(t, pat)[0]


# ---------------------------------------------------------------- tables
def md_tables(t):
    tables, cur = [], []
    for line in t.split("\n"):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            cur.append(cells)
        elif cur:
            tables.append(cur)
            cur = []
    if cur:
        tables.append(cur)
    return tables


def fw_tables(t):
    tables, cur = [], []
    for line in t.split("\n"):
        if "｜" in line:
            cur.append([c.strip() for c in line.split("｜")])
        elif cur:
            tables.append(cur)
            cur = []
    if cur:
        tables.append(cur)
    return tables


def flat_tables(t):
    """Tables copied out of a PDF: one cell per tab-indented line, a blank line between rows."""
    tables, rows, cur = [], [], []
    for line in t.split("\n") + ["END"]:
        if line.startswith("\t"):
            cur.append(line[1:].strip())
        elif line.strip() == "":
            if cur:
                rows.append(cur)
                cur = []
        else:
            if cur:
                rows.append(cur)
                cur = []
            if rows:
                tables.append(rows)
                rows = []
    return tables


def find_table(tables, *keys):
    hits = [tb for tb in tables if all(k in tb[0] for k in keys)]
    if len(hits) != 1:
        raise StructureError(f"table with header {keys} found {len(hits)} times")
    return hits[0]


def rows_by_name(table):
    return {r[0]: r for r in table[1:]}


def indicator_rows(table):
    head = table[0]
    idx = {h: i for i, h in enumerate(head)}
    rows, total, grade = [], None, None
    last1 = ""
    for r in table[1:]:
        if r[0] in ("合计", "总分"):
            total = dict(zip(head, r + [""] * (len(head) - len(r))))
            continue
        if r[0] == "评价等级":
            grade = r[1]
            continue
        if len(r) != len(head):
            raise StructureError(f"row of {len(r)} cells under a header of {len(head)}: {r}")
        row = dict(zip(head, r))
        if row["一级指标"]:
            last1 = row["一级指标"]
        else:
            row["一级指标"] = last1
        rows.append(row)
    if total is None:
        raise StructureError("indicator table without a total row")
    return rows, total, grade


# ---------------------------------------------------------------- indicator helpers
DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def unit_of(s):
    s = s.strip()
    if DATE.search(s):
        return "date"
    m = re.search(NUM, s)
    if not m:
        return "text"
    u = s[m.end():]
    u = re.sub(r"(以内|以上|之内|内|前|左右)$", "", u)
    return u or "number"


def direction(target):
    if target.startswith(("≥", ">=", "＞＝", "不低于", "不少于")):
        return "gte"
    if target.startswith(("≤", "<=", "＜＝", "不高于", "不超过")):
        return "lte"
    if DATE.search(target):
        return "date"
    if re.search(NUM, target):
        return "eq"
    return "qual"


def completion(target, actual):
    """Completion rate (%) per rules §5, or None when it cannot be computed."""
    dr = direction(target)
    if dr in ("date", "qual") or unit_of(target) != unit_of(actual):
        return None
    tv, av = N(target).v, N(actual).v
    if dr == "lte":
        return D(100) if av <= tv else tv / av * 100
    return av / tv * 100


GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
          "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- the checker
class Check:
    def __init__(self, year):
        self.year = year
        self.errors = []
        self.warnings = []
        self.count = 0

    def err(self, code, msg):
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    # -- a stated total against its parts; rescaling one amount by 10^4 that reconciles it is a unit error
    def sum(self, total, parts, what, code="sum_mismatch"):
        self.count += 1
        c = sum(p.v for p in parts)
        if close(total, c):
            return
        items = [total] + list(parts)
        for i in range(len(items)):
            for f in SCALES:
                tt = items[0].scaled(f) if i == 0 else items[0]
                ps = [p.scaled(f) if j + 1 == i else p for j, p in enumerate(parts)]
                if abs(sum(p.v for p in ps) - tt.v) <= tol(total.d) * (f if i == 0 and f < 1 else 1):
                    self.err("unit_mismatch", f"{what}: {items[i].raw} off by 10^4 ({total.raw} vs {parts})")
                    return
        self.err(code, f"{what}: stated {total.raw}, computed {c}")

    def product(self, total_wan, qty, price_yuan, what):
        """total (万元) = quantity × price (元) / 10000."""
        self.count += 1
        c = qty.v * price_yuan.v / 10000
        if close(total_wan, c):
            return
        for f in SCALES:
            if close(total_wan.scaled(f), c):
                self.err("unit_mismatch", f"{what}: {total_wan.raw} off by 10^4 (computed {c}万元)")
                return
        self.err("sum_mismatch", f"{what}: stated {total_wan.raw}, computed {c}")

    def rate(self, stated, num, den, what):
        self.count += 1
        if stated.v > 100 or stated.v < 0:
            self.err("implausible_rate", f"{what}: {stated.raw} outside [0, 100]")
            return
        if den.v == 0:
            if stated.v != 0:
                self.err("implausible_rate", f"{what}: {stated.raw} on a zero base")
            return
        c = num.v / den.v * 100
        if close(stated, c):
            return
        for f in SCALES:
            if close(stated, num.v * f / den.v * 100) or close(stated, num.v / (den.v * f) * 100):
                self.err("unit_mismatch", f"{what}: {num.raw}/{den.raw} reconciles with {stated.raw} only after rescaling by 10^4")
                return
        self.err("rate_mismatch", f"{what}: stated {stated.raw}, computed {r2(c)}")

    def in_range(self, stated, what):
        self.count += 1
        if stated.v > 100 or stated.v < 0:
            self.err("implausible_rate", f"{what}: {stated.raw} outside [0, 100]")

    def balance(self, stated, received, spent, what):
        self.count += 1
        c = received.v - spent.v
        if close(stated, c):
            return
        for f in SCALES:
            if close(stated.scaled(f), c) or close(stated, received.v - spent.v * f) or close(stated, received.v * f - spent.v):
                self.err("unit_mismatch", f"{what}: reconciles only after rescaling by 10^4")
                return
        self.err("balance_mismatch", f"{what}: stated {stated.raw}, computed {c}")

    def same(self, a, b, what):
        self.count += 1
        if abs(a.v - b.v) <= max(tol(a.d), tol(b.d)):
            return
        for f in SCALES:
            if abs(a.v * f - b.v) <= max(tol(a.d), tol(b.d)):
                self.err("unit_mismatch", f"{what}: {a.raw} vs {b.raw} differ by 10^4")
                return
        self.err("conflicting_values", f"{what}: {a.raw} vs {b.raw}")

    def avg(self, stated, items, what):
        self.count += 1
        c = sum(i.v for i in items) / len(items)
        if not close(stated, c):
            self.err("average_mismatch", f"{what}: stated {stated.raw}, mean {c}")

    def completion(self, stated, target, actual, what):
        """target/actual as written in a table cell or reconstructed ('≥6万亩', '6.35万亩')."""
        self.count += 1
        c = completion(target, actual)
        if c is None:
            raise StructureError(f"{what}: completion not computable from {target} / {actual}")
        if not close(stated, c):
            self.err("completion_mismatch", f"{what}: stated {stated.raw}, computed {r2(c)}")

    def grade(self, total, word, what):
        self.count += 1
        g = GRADES.get(word)
        if g is None:
            raise StructureError(f"unknown grade {word!r}")
        if g != band(total.v):
            self.err("grade_mismatch", f"{what}: {total.raw} is {band(total.v)}, stated {word}")

    def year_is(self, y, what):
        y = y.v if isinstance(y, N) else y
        self.count += 1
        if int(y) != self.year:
            self.err("year_mismatch", f"{what}: {y} in a {self.year} report")

    def year_after(self, y, what, maxgap=1):
        y = y.v if isinstance(y, N) else y
        self.count += 1
        if not (self.year < int(y) <= self.year + maxgap):
            self.err("year_mismatch", f"{what}: {y} should follow {self.year}")

    # -- the indicator table
    def indicators(self, rows, total, extra_w=(), extra_s=(), has_completion=False):
        w_sum = sum((N(r["分值"]).v for r in rows), D(0)) + sum((x.v for x in extra_w), D(0))
        s_sum = sum((N(r["得分"]).v for r in rows), D(0)) + sum((x.v for x in extra_s), D(0))
        self.count += 3
        tw = N(total["分值"])
        if w_sum != tw.v or tw.v != 100:
            self.err("weight_sum_mismatch", f"weights add to {w_sum}, total row {tw.raw}")
        ts = N(total["得分"])
        if not close(ts, s_sum):
            self.err("score_sum_mismatch", f"scores add to {s_sum}, total row {ts.raw}")
        for r in rows:
            name = r["三级指标"]
            w, s = N(r["分值"]), N(r["得分"])
            self.count += 1
            if s.v > w.v or s.v < 0:
                self.err("score_exceeds_weight", f"{name}: score {s.raw} > weight {w.raw}")
            tgt, act = r["年度指标值"], r["实际完成值"]
            ut, ua = unit_of(tgt), unit_of(act)
            self.count += 1
            if "text" not in (ut, ua) and ut != ua:
                self.err("unit_mismatch", f"{name}: target {tgt} vs actual {act}")
                continue
            if ua == "%" and re.search(r"率|满意度", name):
                self.in_range(N(act), name)
            comp = completion(tgt, act)
            if has_completion and r.get("完成率", "—") not in ("—", ""):
                self.completion(N(r["完成率"]), tgt, act, name)
            self.score_rule(name, tgt, act, w, s, comp)

    def score_rule(self, name, tgt, act, w, s, comp):
        """rules §5 — warning only (local rules differ)."""
        dr = direction(tgt)
        if dr == "qual":
            if act == tgt:
                ok = s.v == w.v
            elif "部分" in act:
                ok = w.v * D("0.6") <= s.v < w.v * D("0.8")
            else:
                ok = True
        elif dr == "date":
            a, t = DATE.search(act), DATE.search(tgt)
            if not a:
                return
            late = tuple(map(int, a.groups())) > tuple(map(int, t.groups()))
            ok = late or s.v == w.v
        elif comp is None:
            return
        else:
            if "执行率" in name:
                comp = min(N(act).v, D(100))
            expect = r2(w.v * min(comp, D(100)) / 100)
            ok = close(s, expect)
        if not ok:
            self.warn("score_rule_mismatch", f"{name}: score {s.raw} does not follow from {tgt} / {act} (weight {w.raw})")


def targets(t, C, R, pairs):
    """The annual targets stated in the goal section equal the 年度指标值 of the table."""
    for pat, name in pairs:
        C.same(g1(t, pat), N(R[name]["年度指标值"]), f"target {name} text vs table")


# ================================================================= the five projects
def p_wannian(t, C):
    """江西万年 2018 — Markdown table."""
    C.year_is(g1(t, r"万年县种子管理站(\d{4})年度"), "title")
    init, prov0, cty0 = grab(t, r"项目年初预算([\d.]+)万元，其中省级财政专项资金([\d.]+)万元，县级配套资金([\d.]+)万元")
    cut = g1(t, r"调减县级配套资金([\d.]+)万元")
    annual, cty1 = grab(t, r"调整后全年预算([\d.]+)万元，其中县级配套([\d.]+)万元")
    C.sum(init, [prov0, cty0], "年初 = 省级 + 县级")
    C.sum(annual, [init, cut.neg()], "全年 = 年初 − 调减")
    C.sum(cty1, [cty0, cut.neg()], "县级 = 80 − 调减")
    C.sum(annual, [prov0, cty1], "全年 = 省级 + 县级(调整后)")
    C.same(annual, g1(t, r"本项目全年预算([\d.]+)万元"), "全年预算 restated")
    C.year_is(g1(t, r"截至(\d{4})年12月31日"), "截至")
    C.rate(g1(t, r"到位率(\d+)%"), annual, annual, "到位率 (全部到位)")
    spent, rate = grab(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%")
    C.rate(rate, spent, annual, "执行率")
    ps, pr = grab(t, r"省级资金支出([\d.]+)万元，执行率([\d.]+)%")
    C.rate(pr, ps, prov0, "省级执行率")
    cs, cr = grab(t, r"县级配套资金支出([\d.]+)万元，执行率([\d.]+)%")
    C.rate(cr, cs, cty1, "县级执行率")
    C.sum(spent, [ps, cs], "执行 = 省级 + 县级")
    uses = grab(t, r"基地田间设施改造([\d.]+)万元，繁种补贴([\d.]+)万元，检验仪器购置([\d.]+)万元，技术培训及田间管理([\d.]+)万元")
    C.sum(spent, uses, "支出用途")
    C.balance(g1(t, r"年末结余([\d.]+)万元"), annual, spent, "结余 = 到位 − 执行")
    C.year_after(g1(t, r"结转至(\d{4})年"), "结转")
    # outputs
    tgt_area = g1(t, r"落实良种繁育面积不少于(\d+)亩")
    tgt_prod = g1(t, r"生产水稻良种不少于(\d+)吨")
    area, comp_area = grab(t, r"全年落实繁种面积(\d+)亩，完成年度目标的([\d.]+)%")
    C.completion(comp_area, "≥%s亩" % tgt_area.raw, "%s亩" % area.raw, "面积完成率")
    parts = grab(t, r"石镇片区(\d+)亩、陈营片区(\d+)亩、上坊片区(\d+)亩")
    C.sum(area, parts, "片区面积")
    y1, y2, y3, yav = grab(t, r"亩产分别为(\d+)公斤、(\d+)公斤和(\d+)公斤，平均亩产(\d+)公斤")
    C.avg(yav, [y1, y2, y3], "平均亩产")
    prod, comp_prod = grab(t, r"全年生产水稻良种([\d.]+)吨，为目标值的([\d.]+)%")
    C.sum(prod, [N("", a.v * y.v / 1000, 1) for a, y in zip(parts, (y1, y2, y3))], "产量 = Σ 面积 × 亩产")
    C.completion(comp_prod, "≥%s吨" % tgt_prod.raw, "%s吨" % prod.raw, "产量完成率")
    tr = grab(t, r"参训人数分别为(\d+)人、(\d+)人、(\d+)人、(\d+)人，合计(\d+)人次，平均每期(\d+)人")
    C.sum(tr[4], tr[:4], "培训人次")
    C.avg(tr[5], tr[:4], "每期平均人数")
    n, ok, q = grab(t, r"共抽取样品(\d+)份，检验合格(\d+)份，合格率([\d.]+)%")
    C.rate(q, ok, n, "抽检合格率")
    C.sum(n, [ok, g1(t, r"(\d+)份不合格样品")], "样品 = 合格 + 不合格")
    C.product(uses[1], area, g1(t, r"按每亩(\d+)元的标准"), "繁种补贴 = 面积 × 每亩标准")
    inc = g1(t, r"繁种农户亩均增收(\d+)元")
    push = g1(t, r"全年带动优质稻推广([\d.]+)万亩")
    gap = g1(t, r"尚差([\d.]+)万亩")
    C.sum(gap, [N(g1(t, r"带动全县优质稻推广面积(\d+)万亩以上").raw), push.neg()], "推广面积差额")
    qn, qok, sat = grab(t, r"有效回收(\d+)份，其中表示满意的(\d+)份，满意度为([\d.]+)%")
    C.rate(sat, qok, qn, "满意度")
    # table
    tb = find_table(md_tables(t), "三级指标", "分值", "得分")
    rows, total, _ = indicator_rows(tb)
    C.indicators(rows, total)
    R = {r["三级指标"]: r for r in rows}
    C.same(rate, N(R["预算执行率"]["实际完成值"]), "执行率 text vs table")
    C.same(area, N(R["良种繁育面积"]["实际完成值"]), "面积 text vs table")
    C.same(prod, N(R["水稻良种产量"]["实际完成值"]), "产量 text vs table")
    C.same(q, N(R["种子质量抽检合格率"]["实际完成值"]), "合格率 text vs table")
    C.same(inc, N(R["繁种农户亩均增收"]["实际完成值"]), "增收 text vs table")
    C.same(push, N(R["带动优质稻推广面积"]["实际完成值"]), "推广 text vs table")
    targets(t, C, R, [(r"落实良种繁育面积不少于(\d+)亩", "良种繁育面积"), (r"生产水稻良种不少于(\d+)吨", "水稻良种产量"),
                      (r"抽检合格率不低于(\d+)%", "种子质量抽检合格率"), (r"优质稻推广面积(\d+)万亩以上", "带动优质稻推广面积"),
                      (r"繁种农户满意度不低于(\d+)%", "繁种农户满意度"), (r"高于(\d+)元的目标值", "繁种农户亩均增收"),
                      (r"距(\d+)万亩的目标", "带动优质稻推广面积")])
    score, word = grab(t, r"自评得分([\d.]+)分，评价等级为(优|良|中|差)")
    C.same(score, N(total["得分"]), "总分 text vs table")
    C.grade(score, word, "等级")
    C.year_after(g1(t, r"\n(\d{4})年\d{1,2}月\d{1,2}日\s*$"), "报告日期")


def p_nenjiang(t, C):
    """黑龙江嫩江 2022 — full-width tables with a 完成率 column."""
    C.year_is(g1(t, r"\n(\d{4})年度大豆良种"), "title")
    init, cen, prov0 = grab(t, r"年初预算([\d.]+)万元，其中中央资金([\d.]+)万元，省级资金([\d.]+)万元")
    C.sum(init, [cen, prov0], "年初 = 中央 + 省级")
    cut = g1(t, r"调减省级资金([\d.]+)万元")
    annual = g1(t, r"调整后全年预算为([\d.]+)万元")
    C.sum(annual, [init, cut.neg()], "全年 = 年初 − 调减")
    prov1 = N(prov0.raw, prov0.v - cut.v, 2)
    C.year_is(g1(t, r"截至(\d{4})年12月31日"), "截至")
    recv, recv_r = grab(t, r"共到位([\d.]+)万元，到位率(\d+)%")
    C.rate(recv_r, recv, annual, "到位率")
    spent, rate = grab(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%")
    C.rate(rate, spent, annual, "执行率")
    C.rate(g1(t, r"其中中央资金执行率(\d+)%"), N("", spent.v - g1(t, r"省级资金支出([\d.]+)万元").v, 2), cen, "中央执行率")
    ps, pr = grab(t, r"省级资金支出([\d.]+)万元，执行率([\d.]+)%")
    C.rate(pr, ps, prov1, "省级执行率")
    uses = grab(t, r"基地土壤改良、晒场和仓储设施([\d.]+)万元，繁种补贴([\d.]+)万元，种子质量抽检委托检验费([\d.]+)万元，技术培训与田间指导([\d.]+)万元")
    C.sum(spent, uses, "支出用途")
    bal = g1(t, r"结余([\d.]+)万元为仓储设施质保金")
    C.balance(bal, recv, spent, "结余")
    C.year_after(g1(t, r"结转(\d{4})年支付"), "结转")
    # funds table
    ft = rows_by_name(find_table(fw_tables(t), "行次", "中央资金"))
    col = {"合计": 2, "中央资金": 3, "省级资金": 4}
    cell = lambda row, c: N(ft[row][col[c]])
    for c in col:
        C.balance(cell("资金结余", c), cell("实际到位资金", c), cell("全年执行资金", c), f"(5) {c}")
        C.rate(cell("到位率（%）", c), cell("实际到位资金", c), cell("全年预算资金", c), f"(6) {c}")
        C.rate(cell("执行率（%）", c), cell("全年执行资金", c), cell("全年预算资金", c), f"(7) {c}")
    for row in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        C.sum(cell(row, "合计"), [cell(row, "中央资金"), cell(row, "省级资金")], f"{row} 合计")
    C.same(init, cell("年初预算资金", "合计"), "年初 text vs table")
    C.same(annual, cell("全年预算资金", "合计"), "全年 text vs table")
    C.same(prov1, cell("全年预算资金", "省级资金"), "省级全年 text vs table")
    C.same(recv, cell("实际到位资金", "合计"), "到位 text vs table")
    C.same(spent, cell("全年执行资金", "合计"), "执行 text vs table")
    C.same(ps, cell("全年执行资金", "省级资金"), "省级执行 text vs table")
    C.same(bal, cell("资金结余", "合计"), "结余 text vs table")
    C.same(rate, cell("执行率（%）", "合计"), "执行率 text vs table")
    C.same(pr, cell("执行率（%）", "省级资金"), "省级执行率 text vs table")
    # outputs
    area = g1(t, r"全年建成大豆良种繁育基地(\d+)亩")
    C.sum(area, grab(t, r"分别落实基地(\d+)亩、(\d+)亩和(\d+)亩"), "乡镇基地面积")
    C.product(uses[1], area, g1(t, r"按每亩(\d+)元标准发放繁种补贴"), "繁种补贴")
    yav, ylast, ydiff = grab(t, r"平均亩产(\d+)公斤，较2021年的(\d+)公斤增加(\d+)公斤")
    C.sum(ydiff, [yav, ylast.neg()], "亩产增量")
    prod = g1(t, r"共收获良种([\d.]+)吨")
    C.sum(prod, [N("", area.v * yav.v / 1000, 1)], "总产 = 面积 × 平均亩产")
    nb, okb, q = grab(t, r"抽检种子(\d+)批次，检验合格(\d+)批次，合格率([\d.]+)%")
    C.rate(q, okb, nb, "合格率")
    C.sum(nb, grab(t, r"春季抽检(\d+)批次，秋季抽检(\d+)批次"), "春秋抽检批次")
    inc = g1(t, r"繁种户亩均增收(\d+)元")
    cover = g1(t, r"向全市供应，覆盖大豆面积([\d.]+)万亩")
    trace = g1(t, r"纳入种子质量追溯平台的经营户(\d+)户")
    qn, qok, sat = grab(t, r"回访(\d+)户，表示满意的(\d+)户，总体满意度([\d.]+)%")
    C.rate(sat, qok, qn, "满意度")
    for m in re.finditer(r"(种植大户满意度|合作社|普通农户)([\d.]+)%", t):
        C.in_range(N(m.group(2)), "分类满意度 " + m.group(1))
    # indicator table
    tb = find_table(fw_tables(t), "三级指标", "完成率")
    rows, total, _ = indicator_rows(tb)
    C.indicators(rows, total, has_completion=True)
    R = {r["三级指标"]: r for r in rows}
    C.same(rate, N(R["预算执行率"]["实际完成值"]), "执行率 text vs 自评表")
    C.same(area, N(R["大豆良种繁育面积"]["实际完成值"]), "面积")
    C.same(nb, N(R["种子质量抽检批次"]["实际完成值"]), "批次")
    C.same(q, N(R["抽检合格率"]["实际完成值"]), "合格率")
    C.same(yav, N(R["良种亩产"]["实际完成值"]), "亩产")
    C.same(inc, N(R["繁种户亩均增收"]["实际完成值"]), "亩均增收")
    C.same(cover, N(R["良种供应覆盖面积"]["实际完成值"]), "覆盖面积")
    C.same(trace, N(R["纳入追溯平台经营户"]["实际完成值"]), "追溯经营户")
    C.same(sat, N(R["繁种户满意度"]["实际完成值"]), "满意度")
    targets(t, C, R, [(r"繁育基地不少于(\d+)亩", "大豆良种繁育面积"), (r"良种亩产不低于(\d+)公斤", "良种亩产"),
                      (r"抽检种子不少于(\d+)批次", "种子质量抽检批次"), (r"合格率保持在(\d+)%以上", "抽检合格率"),
                      (r"亩均增收不少于(\d+)元", "繁种户亩均增收"), (r"高于(\d+)元的目标值", "繁种户亩均增收"),
                      (r"覆盖大豆面积(\d+)万亩以上", "良种供应覆盖面积"), (r"未达到(\d+)万亩的年度目标", "良种供应覆盖面积"),
                      (r"繁种户满意度达到(\d+)%以上", "繁种户满意度")])
    score, word = grab(t, r"项目总得分([\d.]+)分，评价等级为“(.)”")
    C.same(score, N(total["得分"]), "总分")
    C.grade(score, word, "等级")
    C.year_after(g1(t, r"\n(\d{4})年\d{1,2}月\d{1,2}日\s*$"), "报告日期")


def p_qihe(t, C):
    """山东齐河 2020 — tables flattened out of a PDF."""
    C.year_is(g1(t, r"齐河县种子管理站(\d{4})年度"), "title")
    init, prov0, cty0 = grab(t, r"项目年初预算([\d.]+)万元，其中省级资金([\d.]+)万元、县级配套资金([\d.]+)万元，年度内预算未作调整")
    C.sum(init, [prov0, cty0], "年初 = 省级 + 县级")
    ps, pr = grab(t, r"省级资金全部到位，支出([\d.]+)万元，执行率([\d.]+)%")
    C.rate(pr, ps, prov0, "省级执行率")
    cr, crr, cs, csr = grab(t, r"县级配套资金到位([\d.]+)万元，到位率([\d.]+)%，支出([\d.]+)万元，执行率([\d.]+)%")
    C.rate(crr, cr, cty0, "县级到位率")
    C.rate(csr, cs, cty0, "县级执行率")
    uses = grab(t, r"繁种补贴([\d.]+)万元，基地喷灌及晒场设施([\d.]+)万元，种子质量抽检检验费及样品费([\d.]+)万元，追溯平台一期建设([\d.]+)万元，技术培训([\d.]+)万元")
    C.year_after(g1(t, r"结转(\d{4})年继续使用"), "结转")
    tables = flat_tables(t)
    ft = rows_by_name(find_table(tables, "行次", "金额（万元）"))
    f = {k: N(v[2]) for k, v in ft.items()}
    C.same(init, f["年初预算资金"], "年初 text vs table")
    C.same(f["年初预算资金"], f["全年预算资金"], "未作调整: 年初 = 全年")
    C.sum(f["实际到位资金"], [prov0, cr], "到位 = 省级 + 县级")
    C.sum(f["全年执行资金"], [ps, cs], "执行 = 省级 + 县级")
    C.sum(f["全年执行资金"], uses, "支出用途")
    C.balance(f["资金结余"], f["实际到位资金"], f["全年执行资金"], "(5)=(3)-(4)")
    C.rate(f["预算到位率（%）"], f["实际到位资金"], f["全年预算资金"], "(6)=(3)/(2)")
    C.rate(f["预算执行率（%）"], f["全年执行资金"], f["全年预算资金"], "(7)=(4)/(2)")
    # outputs
    each, area = grab(t, r"4个基地各落实繁育面积(\d+)亩，合计(\d+)亩")
    C.sum(area, [each] * 4, "4 × 800亩")
    C.product(uses[0], area, g1(t, r"按每亩(\d+)元的标准发放繁种补贴"), "繁种补贴 = 面积 × 每亩标准")
    ys = grab(t, r"亩产分别为(\d+)公斤、(\d+)公斤、(\d+)公斤和(\d+)公斤，平均(\d+)公斤")
    C.avg(ys[4], ys[:4], "平均亩产")
    prod = g1(t, r"共生产小麦良种([\d.]+)吨")
    C.sum(prod, [N("", each.v * y.v / 1000, 1) for y in ys[:4]], "总产 = Σ 基地面积 × 亩产")
    ns = g1(t, r"抽检种子样品(\d+)份")
    C.sum(ns, grab(t, r"春季抽检(\d+)份，秋季抽检(\d+)份"), "春秋样品")
    ok, q = grab(t, r"，合格(\d+)份，合格率([\d.]+)%")
    C.rate(q, ok, ns, "合格率")
    cost, over = grab(t, r"亩均繁育成本为(\d+)元，超出目标(\d+)元")
    C.sum(over, [cost, g1(t, r"亩均繁育成本控制在(\d+)元以内").neg()], "成本超出额")
    inc = g1(t, r"繁种户亩均增收(\d+)元")
    push, comp = grab(t, r"推广([\d.]+)万亩，仅完成目标任务的([\d.]+)%")
    C.completion(comp, "≥%s万亩" % g1(t, r"带动全县良种推广(\d+)万亩以上").raw, "%s万亩" % push.raw, "推广完成率")
    qn, qb, qok, sat = grab(t, r"发放问卷(\d+)份，回收(\d+)份，表示满意的(\d+)份，满意度([\d.]+)%")
    C.rate(sat, qok, qb, "满意度")
    # indicator table
    tb = find_table(tables, "三级指标", "分值", "得分")
    rows, total, grade = indicator_rows(tb)
    C.indicators(rows, total)
    R = {r["三级指标"]: r for r in rows}
    C.same(f["预算执行率（%）"], N(R["预算执行率"]["实际完成值"]), "执行率 table vs 自评表")
    C.same(area, N(R["小麦良种繁育面积"]["实际完成值"]), "面积")
    C.same(ns, N(R["种子质量抽检样品数"]["实际完成值"]), "样品数")
    C.same(q, N(R["抽检合格率"]["实际完成值"]), "合格率")
    C.same(prod, N(R["小麦良种总产量"]["实际完成值"]), "总产")
    C.same(cost, N(R["亩均繁育成本"]["实际完成值"]), "成本")
    C.same(inc, N(R["繁种户亩均增收"]["实际完成值"]), "增收")
    C.same(push, N(R["带动良种推广面积"]["实际完成值"]), "推广")
    C.same(sat, N(R["繁种户满意度"]["实际完成值"]), "满意度")
    C.grade(N(total["得分"]), grade, "自评表等级")
    targets(t, C, R, [(r"繁育基地(\d+)亩以上", "小麦良种繁育面积"), (r"生产良种不少于(\d+)吨", "小麦良种总产量"),
                      (r"抽检种子样品不少于(\d+)份", "种子质量抽检样品数"), (r"抽检合格率不低于(\d+)%", "抽检合格率"),
                      (r"亩均繁育成本控制在(\d+)元以内", "亩均繁育成本"), (r"带动全县良种推广(\d+)万亩以上", "带动良种推广面积"),
                      (r"未达到(\d+)元的目标", "繁种户亩均增收"), (r"繁种户满意度达到(\d+)%以上", "繁种户满意度"),
                      (r"满意度[\d.]+%，低于(\d+)%的目标", "繁种户满意度")])
    # level subtotals stated in the text
    se, so, sb, ss, stot = grab(t, r"预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，合计([\d.]+)分")
    C.sum(stot, [se, so, sb, ss], "一级指标得分之和", code="score_sum_mismatch")
    for sub, lvl in ((se, "预算执行"), (so, "产出指标"), (sb, "效益指标"), (ss, "满意度指标")):
        C.sum(sub, [N(r["得分"]) for r in rows if r["一级指标"] == lvl], f"{lvl}得分", code="score_sum_mismatch")
    C.same(stot, N(total["得分"]), "合计 text vs table")
    C.sum(g1(t, r"距“优”档差([\d.]+)分"), [N("90"), stot.neg()], "距优档分差", code="score_sum_mismatch")
    C.year_after(g1(t, r"\n(\d{4})年\d{1,2}月\s*$"), "报告日期")


def p_hutubi(t, C):
    """新疆呼图壁 2021 — Markdown MOF table, no satisfaction block."""
    C.year_is(g1(t, r"呼图壁县种子管理站(\d{4})年度"), "title")
    C.year_is(g1(t, r"自评表（(\d{4})年度）"), "table title")
    init, cen, reg, pref, own = grab(t, r"项目年初预算(\d+)万元，其中中央资金(\d+)万元、自治区资金(\d+)万元、州级资金(\d+)万元，另有制种企业自筹配套资金(\d+)万元")
    C.sum(init, [cen, reg, pref, own], "年初 = 各来源")
    fiscal0 = N("", cen.v + reg.v + pref.v, 0)
    cut, annual = grab(t, r"财政拨款调减([\d.]+)万元，调整后全年预算([\d.]+)万元")
    C.sum(annual, [init, cut.neg()], "全年 = 年初 − 调减")
    spent, rate = grab(t, r"全年执行([\d.]+)万元，预算执行率([\d.]+)%")
    C.rate(rate, spent, annual, "执行率")
    fs, fr = grab(t, r"财政拨款执行([\d.]+)万元，执行率([\d.]+)%")
    fiscal1 = N("", fiscal0.v - cut.v, 2)
    C.rate(fr, fs, fiscal1, "财政拨款执行率")
    C.sum(own, [spent, fs.neg()], "企业自筹资金全部使用")
    uses = grab(t, r"高标准制种田建设补助([\d.]+)万元，种子抽检检验费([\d.]+)万元，田间检验及企业监管费([\d.]+)万元，检验仪器维护费([\d.]+)万元")
    C.sum(fs, uses, "财政资金用途")
    C.balance(g1(t, r"未支出的([\d.]+)万元"), annual, spent, "未支出 = 全年 − 执行")
    C.year_after(g1(t, r"结转至(\d{4})年"), "结转")
    # funds block of the table
    tables = md_tables(t)
    ft = rows_by_name(find_table(tables, "资金项目", "年初预算数"))
    head = find_table(tables, "资金项目", "年初预算数")[0]
    ci = {h: i for i, h in enumerate(head)}
    tot, fis, carry, oth = ft["年度资金总额"], ft["其中：当年财政拨款"], ft["上年结转资金"], ft["其他资金"]
    for c in ("年初预算数", "全年预算数", "全年执行数"):
        C.sum(N(tot[ci[c]]), [N(fis[ci[c]]), N(carry[ci[c]]), N(oth[ci[c]])], f"年度资金总额 {c}")
    for r in (tot, fis, carry, oth):
        cellv = r[ci["执行率"]]
        if cellv in ("—", "-", ""):
            C.count += 1
            if N(r[ci["全年预算数"]]).v != 0:
                C.err("rate_mismatch", f"{r[0]}: rate missing on a non-zero base")
            continue
        C.rate(N(cellv), N(r[ci["全年执行数"]]), N(r[ci["全年预算数"]]), f"{r[0]} 执行率")
    C.sum(N(fis[ci["年初预算数"]]), [cen, reg, pref], "财政拨款年初 = 中央 + 自治区 + 州级")
    C.sum(N(fis[ci["全年预算数"]]), [N(fis[ci["年初预算数"]]), cut.neg()], "财政拨款全年 = 年初 − 调减")
    C.same(init, N(tot[ci["年初预算数"]]), "年初 text vs table")
    C.same(annual, N(tot[ci["全年预算数"]]), "全年 text vs table")
    C.same(spent, N(tot[ci["全年执行数"]]), "执行 text vs table")
    C.same(rate, N(tot[ci["执行率"]]), "执行率 text vs table")
    C.same(fs, N(fis[ci["全年执行数"]]), "财政执行 text vs table")
    C.same(fr, N(fis[ci["执行率"]]), "财政执行率 text vs table")
    C.same(own, N(oth[ci["全年执行数"]]), "自筹 text vs table")
    ew, es = N(tot[ci["分值"]]), N(tot[ci["得分"]])
    C.count += 1
    if es.v > ew.v:
        C.err("score_exceeds_weight", "预算执行得分 > 分值")
    if not close(es, r2(ew.v * min(N(tot[ci["执行率"]]).v, D(100)) / 100)):
        C.warn("score_rule_mismatch", "预算执行得分")
    # indicators
    tb = find_table(tables, "三级指标", "分值", "得分")
    rows, total, _ = indicator_rows(tb)
    C.indicators(rows, total, extra_w=[ew], extra_s=[es])
    C.count += 1
    out_w = sum(N(r["分值"]).v for r in rows if r["一级指标"] == "产出指标")
    moved = g1(t, r"原满意度指标的(\d+)分并入产出指标")
    if out_w != 50 + moved.v:
        C.err("weight_sum_mismatch", f"产出 weights {out_w}, expected 50 + {moved.raw}")
    R = {r["三级指标"]: r for r in rows}
    nb, okb, q = grab(t, r"共抽检种子(\d+)批次，检测合格(\d+)批次，合格率([\d.]+)%")
    C.rate(q, okb, nb, "合格率")
    bad, b1, b2 = grab(t, r"不合格的(\d+)批次中，发芽率不达标(\d+)批次，纯度不达标(\d+)批次")
    C.sum(bad, [b1, b2], "不合格批次构成")
    C.sum(bad, [nb, okb.neg()], "不合格 = 抽检 − 合格")
    C.same(nb, N(R["种子质量抽检批次"]["实际完成值"]), "批次 text vs table")
    C.same(q, N(R["种子抽检合格率"]["实际完成值"]), "合格率 text vs table")
    insp, comp = grab(t, r"完成玉米制种田间检验([\d.]+)万亩，完成目标任务的([\d.]+)%")
    C.completion(comp, "≥%s万亩" % g1(t, r"完成玉米制种田间检验(\d+)万亩以上").raw, "%s万亩" % insp.raw, "田间检验完成率")
    C.same(insp, N(R["玉米制种田间检验面积"]["实际完成值"]), "田间检验 text vs table")
    area, price, amt = grab(t, r"新建高标准制种田(\d+)亩，每亩补助(\d+)元，共计([\d.]+)万元")
    C.product(amt, area, price, "建设补助 = 面积 × 每亩补助")
    C.same(amt, uses[0], "建设补助 restated")
    C.same(area, N(R["高标准制种田建设面积"]["实际完成值"]), "面积 text vs table")
    days, ahead = grab(t, r"平均在(\d+)个工作日内向社会通报，比目标时限提前(\d+)个工作日")
    C.sum(ahead, [g1(t, r"抽样后(\d+)个工作日内通报"), days.neg()], "提前天数")
    C.same(days, N(R["抽检结果通报时限"]["实际完成值"]), "通报时限 text vs table")
    inc, last, diff = grab(t, r"制种亩均纯收益(\d+)元，比2020年的(\d+)元增加(\d+)元")
    C.sum(diff, [inc, last.neg()], "收益增量")
    C.same(inc, N(R["制种亩均纯收益"]["实际完成值"]), "收益 text vs table")
    supply = g1(t, r"疆内外供应玉米杂交种([\d.]+)万吨")
    C.same(supply, N(R["玉米杂交种供应量"]["实际完成值"]), "供应量 text vs table")
    # 约375公斤: an approximate figure, checked only against its interval (rules §8)
    C.count += 1
    ya = g1(t, r"制种亩产约(\d+)公斤")
    lo, hi = insp.v * (ya.v - D("0.5")) / 1000, insp.v * (ya.v + D("0.5")) / 1000  # 万亩 × 公斤/亩 → 万吨
    if not (lo - tol(supply.d) <= supply.v <= hi + tol(supply.d)):
        C.err("sum_mismatch", "供应量 vs 面积 × 约亩产")
    C.same(g1(t, r"制种企业(\d+)家"), N(R["纳入监管名录的制种企业"]["实际完成值"]), "企业数")
    targets(t, C, R, [(r"抽检种子不少于(\d+)批次", "种子质量抽检批次"), (r"抽检合格率不低于(\d+)%", "种子抽检合格率"),
                      (r"田间检验(\d+)万亩以上", "玉米制种田间检验面积"), (r"高标准制种田不少于(\d+)亩", "高标准制种田建设面积"),
                      (r"每亩补助不超过(\d+)元", "制种田建设补助标准"), (r"抽样后(\d+)个工作日内通报", "抽检结果通报时限"),
                      (r"纯收益不低于(\d+)元", "制种亩均纯收益"), (r"杂交种([\d.]+)万吨以上", "玉米杂交种供应量"),
                      (r"未达到([\d.]+)万吨的目标", "玉米杂交种供应量"), (r"制种企业不少于(\d+)家", "纳入监管名录的制种企业")])
    score, word = grab(t, r"项目得分([\d.]+)分，评价等级为(优|良|中|差)")
    C.same(score, N(total["得分"]), "总分")
    C.grade(score, word, "等级")
    C.year_after(g1(t, r"\n(\d{4})年\d{1,2}月\d{1,2}日\s*$"), "报告日期")


def p_jingshan(t, C):
    """湖北京山 2023 部门整体 — ｜ project table and a Markdown 自评表."""
    C.year_is(g1(t, r"京山市种子管理站(\d{4})年度部门整体"), "title")
    C.year_after(g1(t, r"发布时间：(\d{4})-"), "发布时间")
    init, basic, staff, pub, proj0 = grab(t, r"部门年初预算([\d.]+)万元，其中基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元），项目支出([\d.]+)万元")
    C.sum(init, [basic, proj0], "年初 = 基本 + 项目")
    C.sum(basic, [staff, pub], "基本 = 人员 + 公用")
    cut, c1, c2, annual = grab(t, r"调减项目支出([\d.]+)万元（良种繁育基地建设项目调减([\d.]+)万元，种子质量抽检项目调减([\d.]+)万元），调整后全年预算([\d.]+)万元")
    C.sum(cut, [c1, c2], "调减构成")
    C.sum(annual, [init, cut.neg()], "全年 = 年初 − 调减")
    proj1 = N("", proj0.v - cut.v, 2)
    spent, rate = grab(t, r"全年实际支出([\d.]+)万元，部门整体预算执行率([\d.]+)%")
    C.rate(rate, spent, annual, "部门执行率")
    bs, br = grab(t, r"其中基本支出([\d.]+)万元，执行率([\d.]+)%")
    C.rate(br, bs, basic, "基本支出执行率")
    prs, prr = grab(t, r"；项目支出([\d.]+)万元，执行率([\d.]+)%")
    C.rate(prr, prs, proj1, "项目支出执行率")
    C.sum(spent, [bs, prs], "支出 = 基本 + 项目")
    un = g1(t, r"年末未支出([\d.]+)万元")
    C.balance(un, annual, spent, "未支出")
    b1 = g1(t, r"基本支出结余([\d.]+)万元")
    C.balance(b1, basic, bs, "基本支出结余")
    b2, yy = grab(t, r"未完工部分([\d.]+)万元结转至(\d{4})年")
    C.balance(b2, proj1, prs, "项目结转")
    C.year_after(yy, "结转")
    C.sum(un, [b1, b2], "未支出 = 收回 + 结转")
    # project table
    pt = find_table(fw_tables(t), "项目名称", "执行率")
    P = rows_by_name(pt)
    names = ["良种繁育基地建设", "种子质量抽检", "品种试验示范"]
    for i, c in ((1, "年初"), (2, "调整后"), (3, "执行数")):
        C.sum(N(P["合计"][i]), [N(P[n][i]) for n in names], f"项目合计 {c}")
    for n in names + ["合计"]:
        C.rate(N(P[n][4]), N(P[n][3]), N(P[n][2]), f"{n} 执行率")
    for n, cc in zip(names, (c1, c2, N("0"))):
        C.sum(cc, [N(P[n][1]), N(P[n][2]).neg()], f"{n} 调减额")
    for n in names:
        C.grade(N(P[n][5]), P[n][6], f"{n} 等级")
    C.same(proj0, N(P["合计"][1]), "项目年初 text vs table")
    C.same(proj1, N(P["合计"][2]), "项目调整后 text vs table")
    C.same(prs, N(P["合计"][3]), "项目执行 text vs table")
    C.same(prr, N(P["合计"][4]), "项目执行率 text vs table")
    s1, s2, s3, sav = grab(t, r"自评得分分别为([\d.]+)分、([\d.]+)分和([\d.]+)分，三个项目平均自评得分([\d.]+)分")
    C.avg(sav, [s1, s2, s3], "项目平均分")
    for n, s in zip(names, (s1, s2, s3)):
        C.same(s, N(P[n][5]), f"{n} 得分 text vs table")
    # outputs
    area, more = grab(t, r"建设水稻良种繁育基地(\d+)亩，比年度目标多(\d+)亩")
    tgt_area = g1(t, r"建设良种繁育基地(\d+)亩以上")
    C.sum(more, [area, tgt_area.neg()], "超目标面积")
    price, amt = grab(t, r"按每亩(\d+)元的标准发放，共计([\d.]+)万元")
    C.product(amt, area, price, "繁种补贴")
    ns, ok, q = grab(t, r"抽检种子样品(\d+)份，检验合格(\d+)份，合格率([\d.]+)%")
    C.rate(q, ok, ns, "合格率")
    C.sum(g1(t, r"对(\d+)份不合格样品"), [ns, ok.neg()], "不合格样品")
    cov = g1(t, r"监管覆盖率(\d+)%")
    demo = g1(t, r"建设新品种展示示范田(\d+)亩，展示")
    push = g1(t, r"全年推广新品种([\d.]+)万亩")
    inc = g1(t, r"繁种户亩均增收(\d+)元")
    qn, qok, sat = grab(t, r"发放问卷(\d+)份，表示满意的(\d+)份，满意度([\d.]+)%")
    C.rate(sat, qok, qn, "满意度")
    tb = find_table(md_tables(t), "三级指标", "分值", "得分")
    rows, total, _ = indicator_rows(tb)
    C.indicators(rows, total)
    R = {r["三级指标"]: r for r in rows}
    C.same(rate, N(R["部门整体预算执行率"]["实际完成值"]), "执行率 text vs table")
    C.same(area, N(R["良种繁育基地面积"]["实际完成值"]), "面积")
    C.same(ns, N(R["种子质量抽检样品数"]["实际完成值"]), "样品数")
    C.same(demo, N(R["新品种展示示范面积"]["实际完成值"]), "示范面积")
    C.same(q, N(R["种子抽检合格率"]["实际完成值"]), "合格率")
    C.same(price, N(R["繁种补贴标准"]["实际完成值"]), "补贴标准")
    C.same(inc, N(R["繁种户亩均增收"]["实际完成值"]), "增收")
    C.same(push, N(R["新品种推广面积"]["实际完成值"]), "推广面积")
    C.same(cov, N(R["种子市场监管覆盖率"]["实际完成值"]), "覆盖率")
    C.same(sat, N(R["服务对象满意度"]["实际完成值"]), "满意度")
    targets(t, C, R, [(r"建设良种繁育基地(\d+)亩以上", "良种繁育基地面积"), (r"抽检种子样品不少于(\d+)份", "种子质量抽检样品数"),
                      (r"合格率不低于(\d+)%", "种子抽检合格率"), (r"示范田(\d+)亩以上", "新品种展示示范面积"),
                      (r"推广新品种(\d+)万亩，服务", "新品种推广面积"), (r"略低于(\d+)万亩的目标", "新品种推广面积"),
                      (r"满意度达到(\d+)%以上", "服务对象满意度")])
    score, word = grab(t, r"部门整体自评得分([\d.]+)分，等级为(优|良|中|差)")
    C.same(score, N(total["得分"]), "总分")
    C.grade(score, word, "等级")
    C.year_after(g1(t, r"\n(\d{4})年\d{1,2}月\d{1,2}日\s*$"), "报告日期")


PROJECTS = {
    "jx-wannian-liangfanjidi-2018": (p_wannian, 2018),
    "hl-nenjiang-dadouliangzhong-2022": (p_nenjiang, 2022),
    "sd-qihe-xiaomaifanyu-2020": (p_qihe, 2020),
    "xj-hutubi-zhizhongjianguan-2021": (p_hutubi, 2021),
    "hb-jingshan-zhongzizhan-bumen-2023": (p_jingshan, 2023),
}


def run(pid, text):
    fn, year = PROJECTS[pid]
    C = Check(year)
    fn(text, C)
    return C


def diff_span(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(b) - j  # changed region in b


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        problems.append("labels.jsonl and cases/ list different files")
    per_code = {c: 0 for c in CODES}
    clean_texts = {}
    for l in labels:
        if l["clean"]:
            clean_texts[l["source"]] = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
    if len(clean_texts) != 5:
        problems.append(f"{len(clean_texts)} clean drafts, expected 5")
    for pid, t in clean_texts.items():
        if not 2800 <= len(t) <= 3400:
            problems.append(f"{pid}: clean draft has {len(t)} characters")
    nchecks = 0
    for l in labels:
        name, pid = l["case"], l["source"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        try:
            C = run(pid, text)
        except StructureError as e:
            problems.append(f"{name}: structure: {e}")
            continue
        nchecks += C.count
        got = sorted({c for c, _ in C.errors})
        if l["clean"]:
            if l["expected"]:
                problems.append(f"{name}: clean case with labels")
            if C.errors or C.warnings:
                problems.append(f"{name}: clean draft fails: {C.errors + C.warnings}")
            continue
        exp = l["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: {len(exp)} labels, expected exactly 1")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        if exp[0]["severity"] != "error" or code not in CODES:
            problems.append(f"{name}: bad code/severity {code}/{exp[0]['severity']}")
        per_code[code] = per_code.get(code, 0) + 1
        if text.count(value) < 1:
            problems.append(f"{name}: label value {value!r} not in the case")
        clean = clean_texts[pid]
        s, e = diff_span(clean, text)
        if s >= e and len(text) == len(clean):
            problems.append(f"{name}: identical to the clean draft")
        if (e - s) > 120 or (len(clean) - (len(text) - e)) - s > 120:
            problems.append(f"{name}: changed region [{s},{e}) longer than 120 characters")
        # one contiguous change: clean[:s] + X + clean[len(clean)-(len(text)-e):] == text by construction;
        # the label must overlap the changed region
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(o < max(e, s + 1) and s < o + len(value) for o in occ):
            problems.append(f"{name}: label value does not overlap the edit [{s},{e})")
        if got != [code]:
            problems.append(f"{name}: labelled {code}, checks failing: {C.errors}")
        else:
            print(f"  {name}: {code} ✓  ({C.errors[0][1]})" + (f"  [warnings: {len(C.warnings)}]" if C.warnings else ""))
    for c in CODES:
        if per_code.get(c, 0) < 2:
            problems.append(f"code {c} used {per_code.get(c, 0)} times (< 2)")
    print(f"{len(labels)} cases, {nchecks} checks run; codes: " + ", ".join(f"{c}={per_code[c]}" for c in CODES))
    if problems:
        print("PROBLEMS:")
        print("\n".join("  " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
