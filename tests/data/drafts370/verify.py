#!/usr/bin/env python3
"""Verify the n370 set (standard library only).

1. every label value occurs in its case (exactly once);
2. every error case differs from its clean draft in one contiguous place that overlaps the label value;
3. every code of errors.md §A (1-13) is used at least twice;
4. the arithmetic of every clean draft is redone and must hold (no check fails);
5. the arithmetic of every error case is redone: the labelled code must fail and no other code may fail.

The arithmetic is redone per project by reading the figures out of the text (anchored regular expressions and
table parsers), with the tolerance of rules.md §8: a stated value with d decimals matches a computed value c
when |c - v| <= 0.5 * 10^-d (ROUND_HALF_UP conventions, Decimal throughout).
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
EPS = D("1e-9")
HUNDRED = D(100)


# ----------------------------------------------------------------------------- numbers
def places(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * D(10) ** -places(s) + EPS


def num(s):
    s = s.strip().rstrip("%").replace(",", "")
    return D(s) if s else D(0)


def matches(stated, computed):
    """stated: the string as written; computed: Decimal."""
    return abs(num(stated) - computed) <= tol(stated)


POW = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]


class Checks:
    def __init__(self, name):
        self.name = name
        self.items = []  # (code, ok, message)

    def add(self, code, ok, msg):
        assert code in CODES, code
        self.items.append((code, bool(ok), msg))

    def failed(self):
        return [(c, m) for c, ok, m in self.items if not ok]

    # -- generic identities -------------------------------------------------
    def total(self, total_s, parts_s, msg, code="sum_mismatch"):
        """total = sum(parts); a mismatch reconciled by rescaling one amount by 10^4/10^8 is a unit slip."""
        parts = [num(p) for p in parts_s]
        s = sum(parts, D(0))
        if matches(total_s, s):
            self.add(code, True, msg)
            return
        for i, p in enumerate(parts):
            for f in POW:
                if matches(total_s, s - p + p * f):
                    self.add("unit_mismatch", False, f"{msg}: part {parts_s[i]} off by a power of ten")
                    return
        for f in POW:
            if abs(num(total_s) * f - s) <= tol(total_s) * f:
                self.add("unit_mismatch", False, f"{msg}: total {total_s} off by a power of ten")
                return
        self.add(code, False, f"{msg}: stated {total_s}, computed {s}")

    def product(self, total_wan_s, factors_yuan, msg):
        """a 万元 total equals the product of factors expressed in 元."""
        p = D(1)
        for f in factors_yuan:
            p *= num(f)
        self.total(total_wan_s, [str(p / D(10000))], msg)

    def same(self, a_s, b_s, msg, code="conflicting_values"):
        """two statements of one quantity agree within the coarser of their decimals."""
        a, b = num(a_s), num(b_s)
        t = max(tol(a_s), tol(b_s))
        if abs(a - b) <= t:
            self.add(code, True, msg)
            return
        for f in POW:
            if abs(a * f - b) <= t * max(f, 1) or abs(a - b * f) <= t * max(f, 1):
                self.add("unit_mismatch", False, f"{msg}: {a_s} vs {b_s} differ by a power of ten")
                return
        self.add(code, False, f"{msg}: {a_s} vs {b_s}")

    def rate(self, stated, numer, denom, msg):
        """stated rate (%) = numer/denom*100; zero base: only '', '0', '—' allowed."""
        st = stated.strip()
        if num(denom) == 0:
            self.add("implausible_rate", st in ("", "0", "—", "0.00%", "0%"), f"{msg}: rate {st!r} on a zero base")
            return
        c = num(numer) / num(denom) * HUNDRED
        if st in ("", "—"):
            return
        self.add("rate_mismatch", matches(st, c), f"{msg}: stated {st}, computed {c:.4f}")
        self.add("implausible_rate", num(st) <= HUNDRED, f"{msg}: {st} above 100%")

    def balance(self, stated, a, b, msg):
        self.add("balance_mismatch", matches(stated, num(a) - num(b)), f"{msg}: stated {stated}, computed {num(a) - num(b)}")

    def average(self, stated, values, msg, divisor=None):
        vals = [num(v) for v in values]
        n = D(divisor) if divisor is not None else D(len(vals))
        c = sum(vals, D(0)) / n
        self.add("average_mismatch", matches(stated, c), f"{msg}: stated {stated}, computed {c:.4f}")

    def order(self, small, big, msg):
        self.add("implausible_rate", num(small) <= num(big), f"{msg}: {small} > {big}")

    def year_eq(self, found, expected, msg):
        self.add("year_mismatch", int(found) == int(expected), f"{msg}: {found} vs {expected}")

    def year_after(self, found, year, msg):
        self.add("year_mismatch", int(found) > int(year), f"{msg}: {found} not after {year}")

    def year_in(self, found, allowed, msg):
        self.add("year_mismatch", int(found) in allowed, f"{msg}: {found} not in {allowed}")

    def grade(self, total_s, word, msg):
        t = num(total_s)
        band = "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
        names = {"优": {"优", "优秀"}, "良": {"良", "良好"}, "中": {"中", "中等", "合格", "一般"}, "差": {"差", "较差", "不合格"}}
        self.add("grade_mismatch", word in names[band], f"{msg}: {total_s} is {band}, stated {word}")

    def rates_in_prose(self, text):
        pat = r"(执行率|到位率|回收率|满意度|办结率|整改率|运行率|使用率|查处率|覆盖率)(?:为|达到|达|保持|是)?(\d+(?:\.\d+)?)%"
        for m in re.finditer(pat, text):
            self.add("implausible_rate", num(m.group(2)) <= HUNDRED, f"{m.group(0)} above 100%")


def g(text, pat):
    """groups of the first match of pat; the pattern must match."""
    m = re.search(pat, text)
    if not m:
        raise LookupError(f"pattern not found: {pat}")
    return m.groups()


def between(text, a, b):
    i = text.index(a)
    j = text.index(b, i)
    return text[i:j]


# ----------------------------------------------------------------------------- indicators
SIGN = {"≥": "gte", "不低于": "gte", "不少于": "gte", "＞": "gte", "≤": "lte", "不超过": "lte", "＜": "lte", "=": "eq"}
DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(前)?$")
NUMV = re.compile(r"^(≥|≤|＞|＜|=|不低于|不少于|不超过)?(\d+(?:\.\d+)?)(.*)$")


def parse_val(s):
    s = s.strip()
    m = DATE.match(s)
    if m:
        return {"kind": "date", "date": (int(m.group(1)), int(m.group(2)), int(m.group(3))), "unit": "date",
                "dir": "lte" if m.group(4) else "eq"}
    m = NUMV.match(s)
    if m:
        return {"kind": "num", "dir": SIGN.get(m.group(1) or "=", "eq"), "v": D(m.group(2)), "unit": m.group(3).strip(),
                "s": m.group(2)}
    return {"kind": "qual", "unit": "qual"}


def completion(t, a):
    """rules §5 completion (%) or None when not computable."""
    if t["kind"] == "date" and a["kind"] == "date":
        return HUNDRED if a["date"] <= t["date"] else None
    if t["kind"] != "num" or a["kind"] != "num" or t["unit"] != a["unit"]:
        return None
    T, A = t["v"], a["v"]
    if t["dir"] == "lte":
        return HUNDRED if A <= T else T / A * HUNDRED
    if T == 0:
        return HUNDRED if A <= 0 else D(0)
    return A / T * HUNDRED


def indicator_checks(c, inds, year):
    """inds: list of dicts with name, target, actual, weight, score, [compl]."""
    for r in inds:
        t, a = parse_val(r["target"]), parse_val(r["actual"])
        name = r["name"]
        if t["kind"] != "qual" and a["kind"] != "qual":
            c.add("unit_mismatch", t["unit"] == a["unit"], f"{name}: target {r['target']} vs actual {r['actual']}")
        for v in (t, a):
            if v["kind"] == "date":
                c.year_eq(v["date"][0], year, f"{name}: date outside the evaluation year")
        if a["kind"] == "num" and a["unit"] == "%" and ("率" in name or "满意度" in name):
            c.add("implausible_rate", a["v"] <= HUNDRED, f"{name}: actual {r['actual']} above 100%")
        if r.get("compl"):
            comp = completion(t, a)
            if comp is not None:
                c.add("completion_mismatch", matches(r["compl"], comp), f"{name}: completion stated {r['compl']}, computed {comp:.4f}")
        w, s = num(r["weight"]), num(r["score"])
        c.add("score_exceeds_weight", D(0) <= s <= w, f"{name}: score {r['score']} vs weight {r['weight']}")


def sum_strs(vals):
    return sum((num(v) for v in vals), D(0))


def weights_check(c, parts, stated, msg):
    tot = sum_strs(parts)
    c.add("weight_sum_mismatch", tot == num(stated), f"{msg}: weights sum {tot}, stated {stated}")


def scores_check(c, parts, stated, msg):
    tot = sum_strs(parts)
    c.add("score_sum_mismatch", matches(stated, tot), f"{msg}: scores sum {tot}, stated {stated}")


# ----------------------------------------------------------------------------- table parsers
def cell_rows(seg):
    """Shanxi style: one cell per line, tab-indented, blank line between rows."""
    rows = []
    for block in seg.split("\n\n"):
        cells = [ln[1:] for ln in block.split("\n") if ln.startswith("\t")]
        if cells:
            rows.append(cells)
    return rows


def split_rows(seg, sep):
    return [ln.split(sep) for ln in seg.split("\n") if sep in ln]


def row_by_name(rows, name):
    hits = [r for r in rows if r and r[0].strip() == name]
    if len(hits) != 1:
        raise LookupError(f"row {name!r}: {len(hits)} hits")
    return hits[0]


# ============================================================================= P1 Shanxi
def p_sx_hejin(text):
    c = Checks("sx-hejin-qingsiluan-2021")
    Y = 2021
    rows = cell_rows(between(text, "（二）预算执行情况", "注：上年结转"))
    names = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率", "预算执行率(%)"]
    R = {i + 1: row_by_name(rows, n)[2:10] for i, n in enumerate(names)}
    cols = ["总额", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他"]
    for k in (1, 2, 3, 4):
        r = R[k]
        c.total(r[0] or "0", [r[1] or "0", r[6] or "0", r[7] or "0"], f"({k}) 总额 = 财政小计 + 上年结转 + 其他")
        c.total(r[1] or "0", [r[2] or "0", r[3] or "0", r[4] or "0", r[5] or "0"], f"({k}) 小计 = 中央+省+市+县")
    for j, col in enumerate(cols):
        c.balance(R[5][j] or "0", R[3][j] or "0", R[4][j] or "0", f"(5)=(3)-(4) {col}")
        c.rate(R[6][j], R[3][j] or "0", R[2][j] or "0", f"(6)=(3)/(2) {col}")
        c.rate(R[7][j], R[4][j] or "0", R[2][j] or "0", f"(7)=(4)/(2) {col}")
        c.order(R[4][j] or "0", R[3][j] or "0", f"执行 <= 到位 {col}")
        c.order(R[3][j] or "0", R[2][j] or "0", f"到位 <= 全年预算 {col}")
    tot2, tot3, tot4, tot5, tot6, tot7 = R[2][0], R[3][0], R[4][0], R[5][0], R[6][0], R[7][0]
    # prose ↔ table
    b, s, prate, sc = g(text, r"全年预算资金([\d.]+)万元，执行([\d.]+)万元，预算执行率([\d.]+)%，按执行率计得([\d.]+)分")
    c.same(b, tot2, "prose 全年预算 vs (2)")
    c.same(s, tot4, "prose 执行 vs (4)")
    c.same(prate, tot7, "prose 执行率 vs (7)")
    c.add("rate_mismatch", matches(prate, num(s) / num(b) * HUNDRED), "prose 执行率 from prose amounts")
    rec, rr = g(text, r"实际到位([\d.]+)万元，到位率([\d.]+)%")
    c.same(rec, tot3, "prose 到位 vs (3)")
    c.same(rr, tot6, "prose 到位率 vs (6)")
    c.add("rate_mismatch", matches(rr, num(rec) / num(tot2) * HUNDRED), "prose 到位率")
    (prov,) = g(text, r"省级资金(\d+)万元于")
    c.same(prov, R[2][3], "prose 省级 vs (2)")
    cb, cs, cr = g(text, r"市级追加(\d+)万元，支出([\d.]+)万元，执行率(\d+)%")
    c.same(cb, R[2][4], "prose 市级追加 vs (2)")
    c.same(cs, R[4][4], "prose 市级支出 vs (4)")
    c.rate(cr, cs, cb, "prose 市级执行率")
    xr, xs = g(text, r"县级资金到位(\d+)万元，支出([\d.]+)万元")
    c.same(xr, R[3][5], "prose 县级到位 vs (3)")
    c.same(xs, R[4][5], "prose 县级支出 vs (4)")
    bal, bc, carry_year, bx = g(text, r"年末结余([\d.]+)万元，其中市级结余([\d.]+)万元经批准结转至(\d{4})年.*?县级结余([\d.]+)万元")
    c.balance(bal, tot3, tot4, "prose 结余 = 到位 - 执行")
    c.balance(bc, R[3][4], R[4][4], "prose 市级结余")
    c.balance(bx, R[3][5], R[4][5], "prose 县级结余")
    c.total(bal, [bc, bx], "结余 = 市级 + 县级")
    c.same(bal, tot5, "prose 结余 vs (5)")
    c.year_after(carry_year, Y, "结转 goes to a later year")
    last, diff = g(text, r"2020年同类经费执行率为([\d.]+)%，本年提高([\d.]+)个百分点")
    c.add("rate_mismatch", matches(diff, num(tot7) - num(last)), "提高的百分点")
    (carry,) = g(text, r"注：上年结转资金([\d.]+)万元")
    c.same(carry, R[2][6], "注 上年结转 vs (2)")
    qa, qb, qr = g(text, r"发放问卷(\d+)份，回收(\d+)份，回收率([\d.]+)%")
    c.rate(qr, qb, qa, "问卷回收率")
    tot_p, p1, p2, p3, p4 = g(text, r"整治销号“四乱”问题(\d+)处，其中乱占(\d+)处、乱采(\d+)处、乱堆(\d+)处、乱建(\d+)处")
    c.total(tot_p, [p1, p2, p3, p4], "四乱 by type")
    per, days, amt = g(text, r"每人每天(\d+)元发放，全年(\d+)人·天，计([\d.]+)万元")
    c.product(amt, [per, days], "劳务补助 = 120元 × 人天")
    trips, monthly = g(text, r"开展河道巡查(\d+)次，月均(\d+)次")
    c.average(monthly, [trips], "月均巡查", divisor=12)
    # indicator table
    irows = cell_rows(text[text.index("附件1.项目支出绩效自评表"):])
    hdr = [r for r in irows if r[0] == "一级指标"][0]
    inds, l1 = [], None
    for r in irows:
        if r is hdr or r[0] == "合计" or len(r) < 9:
            continue
        l1 = r[0] or l1
        inds.append({"l1": l1, "name": r[2], "weight": r[3], "target": r[4], "actual": r[5], "compl": r[6], "score": r[7]})
    total_row = row_by_name(irows, "合计")
    indicator_checks(c, inds, Y)
    ind = {i["name"]: i for i in inds}
    # headings with block points
    heads = {"预算执行指标": r"（一）预算执行情况（(\d+)分）", "产出指标": r"（二）项目产出情况（(\d+)分）",
             "效益指标": r"（三）项目效益情况（(\d+)分）", "满意度指标": r"（四）项目满意度情况（(\d+)分）"}
    for blk, pat in heads.items():
        (pts,) = g(text, pat)
        weights_check(c, [i["weight"] for i in inds if i["l1"] == blk], pts, f"block {blk} weights vs heading")
    weights_check(c, [i["weight"] for i in inds], total_row[3], "all weights vs 合计")
    weights_check(c, [i["weight"] for i in inds], "100", "all weights = 100")
    scores_check(c, [i["score"] for i in inds], total_row[7], "Σ scores vs 合计")
    (out_full,) = g(text, r"产出指标得满分(\d+)分")
    scores_check(c, [i["score"] for i in inds if i["l1"] == "产出指标"], out_full, "产出 block score")
    weights_check(c, [i["weight"] for i in inds if i["l1"] == "产出指标"], out_full, "产出 满分 = its weights")
    (ben,) = g(text, r"效益指标得(\d+)分")
    scores_check(c, [i["score"] for i in inds if i["l1"] == "效益指标"], ben, "效益 block score")
    (ded,) = g(text, r"未达到120亩的目标，扣(\d+)分")
    eco = ind["清理恢复河滩地面积"]
    c.add("score_sum_mismatch", num(ded) == num(eco["weight"]) - num(eco["score"]), "扣分 = weight - score")
    sat, sat_sc = g(text, r"综合满意度([\d.]+)%，得(\d+)分")
    c.same(sat, parse_val(ind["沿河群众满意度"]["actual"])["s"], "prose satisfaction vs table")
    c.same(sat_sc, ind["沿河群众满意度"]["score"], "prose satisfaction score vs table")
    c.same(sc, ind["预算执行率"]["score"], "prose execution score vs table")
    c.same(prate, parse_val(ind["预算执行率"]["actual"])["s"], "table 执行率 row vs prose")
    tot_s, grade = g(text, r"自评总得分([\d.]+)分，评价等级为“(.+?)”")
    scores_check(c, [i["score"] for i in inds], tot_s, "Σ scores vs prose total")
    c.same(tot_s, total_row[7], "prose total vs table 合计")
    c.grade(tot_s, grade, "grade")
    # prose actuals / targets vs table
    c.same(tot_p, parse_val(ind["整治销号“四乱”问题"]["actual"])["s"], "四乱 count prose vs table")
    c.same(trips, parse_val(ind["河道巡查次数"]["actual"])["s"], "巡查 prose vs table")
    (km,) = g(text, r"完成黄河、汾河及遮马峪(\d+)公里")
    c.same(km, parse_val(ind["排查河段长度"]["actual"])["s"], "排查河段 prose vs table")
    (mu,) = g(text, r"清理恢复河滩地(\d+)亩")
    c.same(mu, parse_val(ind["清理恢复河滩地面积"]["actual"])["s"], "亩 prose vs table")
    for pat, nm in [(r"整治销号“四乱”问题不少于(\d+)处", "整治销号“四乱”问题"), (r"河道巡查不少于(\d+)次", "河道巡查次数"),
                    (r"清理恢复河滩地不少于(\d+)亩", "清理恢复河滩地面积"), (r"满意度不低于(\d+)%", "沿河群众满意度"),
                    (r"未达到(\d+)亩的目标", "清理恢复河滩地面积"), (r"排查河段(\d+)公里", "排查河段长度")]:
        (v,) = g(text, pat)
        c.same(v, parse_val(ind[nm]["target"])["s"], f"target {nm} prose vs table")
    cy, cm, cd = g(text, r"集中整治于(\d{4})年(\d+)月(\d+)日全部完成")
    c.add("conflicting_values", (int(cy), int(cm), int(cd)) == parse_val(ind["集中整治完成时间"]["actual"])["date"], "完成日期 prose vs table")
    c.year_eq(cy, Y, "完成日期 year")
    # years
    c.year_eq(g(text, r"河津市水利局(\d{4})年度")[0], Y, "title year")
    c.year_eq(g(text, r"项目实施计划：(\d{4})年1月")[0], Y, "实施计划 year")
    c.year_in(g(text, r"河津市水利局\n(\d{4})年\d+月\d+日")[0], (Y, Y + 1), "report date")
    for m in re.finditer(r"结转至(\d{4})年", text):
        c.year_after(m.group(1), Y, "结转")
    c.rates_in_prose(text)
    return c


# ============================================================================= P2 Sichuan
def p_sc_hejiang(text):
    c = Checks("sc-hejiang-hedaocaisha-2023")
    Y = 2023
    tab = text[text.index("附表："):]
    rows = split_rows(tab, "｜")
    F = {n: row_by_name(rows, n)[1:7] for n in ["年度资金总额", "其中：财政拨款", "上年结转资金", "其他资金"]}
    tot, fin, car, oth = F["年度资金总额"], F["其中：财政拨款"], F["上年结转资金"], F["其他资金"]
    for j, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        c.total(tot[j], [fin[j], car[j], oth[j]], f"年度资金总额 {col} = 财政拨款 + 上年结转 + 其他")
    for n, r in F.items():
        c.rate(r[4], r[2], r[1], f"{n} 执行率")
        c.order(r[2], r[1], f"{n} 执行 <= 全年预算")
    # indicators
    hi = [i for i, r in enumerate(rows) if r[0] == "一级指标"][0]
    inds, l1 = [], None
    for r in rows[hi + 1:]:
        if r[0] == "总分":
            break
        l1 = r[0] or l1
        unit = r[5]
        actual = r[6] if re.search(r"[^\d.]", r[6]) else r[6] + unit
        inds.append({"l1": l1, "name": r[2], "target": r[3] + r[4] + unit, "actual": actual, "weight": r[7], "score": r[8]})
    total_row = row_by_name(rows, "总分")
    indicator_checks(c, inds, Y)
    ind = {i["name"]: i for i in inds}
    ew, es = tot[3], tot[5]
    weights_check(c, [ew] + [i["weight"] for i in inds], total_row[7], "all weights vs 总分")
    weights_check(c, [ew] + [i["weight"] for i in inds], "100", "all weights = 100")
    pe, pi = g(text, r"预算执行率占(\d+)分，产出、效益和满意度指标共占(\d+)分")
    weights_check(c, [ew], pe, "execution weight vs prose")
    weights_check(c, [i["weight"] for i in inds], pi, "indicator weights vs prose 90")
    c.add("score_exceeds_weight", num(es) <= num(ew), "execution score <= weight")
    scores_check(c, [es] + [i["score"] for i in inds], total_row[8], "Σ scores vs 总分")
    tot_s, grade = g(text, r"本项目得分([\d.]+)分，评价等级为(优秀|良好|中等|合格|较差|差|优|良|中)")
    scores_check(c, [es] + [i["score"] for i in inds], tot_s, "Σ scores vs prose total")
    c.same(tot_s, total_row[8], "prose total vs table")
    c.grade(tot_s, grade, "grade")
    # funds prose
    (ini,) = g(text, r"年初县财政批复本项目预算(\d+)万元")
    c.same(ini, tot[0], "prose 年初 vs table")
    (adj,) = g(text, r"调整后全年预算([\d.]+)万元")
    c.same(adj, tot[1], "prose 调整后全年预算 vs table")
    b, county, prov, carry = g(text, r"全年预算([\d.]+)万元，其中县级财政年初安排([\d.]+)万元、省级长江河道采砂管理补助([\d.]+)万元、上年结转([\d.]+)万元")
    c.total(b, [county, prov, carry], "全年预算 = 县级 + 省级 + 上年结转")
    c.total(fin[1], [county, prov], "财政拨款(全年) = 县级 + 省级")
    c.same(b, tot[1], "prose 全年预算 vs table")
    c.same(county, fin[0], "县级年初 vs 财政拨款 年初")
    c.same(carry, car[1], "上年结转 vs table")
    spent, rate, i1, i2, per, n, i3, i4, i5, unspent, cy = g(
        text, r"全年支出([\d.]+)万元，执行率([\d.]+)%，其中：执法巡查船艇及车辆运行([\d.]+)万元，视频监控运维([\d.]+)万元（每个点位每年(\d+)元，共(\d+)个点位），"
              r"砂石堆场整治及岸线修复([\d.]+)万元，现场监管人员劳务([\d.]+)万元，宣传培训及第三方服务([\d.]+)万元。未支出的([\d.]+)万元为岸线修复工程尾款，已结转至(\d{4})年")
    c.same(spent, tot[2], "prose 支出 vs table")
    c.same(rate, tot[4], "prose 执行率 vs table")
    c.rate(rate, spent, b, "prose 执行率")
    c.total(spent, [i1, i2, i3, i4, i5], "支出 by item")
    c.product(i2, [per, n], "视频监控运维 = 3600元 × 点位")
    c.balance(unspent, b, spent, "未支出 = 全年预算 - 支出")
    c.year_after(cy, Y, "结转 year")
    # outputs prose ↔ table
    (ships,) = g(text, r"全县(\d+)艘采砂及运砂船舶")
    c.same(ships, parse_val(ind["采砂船舶集中停靠监管数"]["actual"])["s"], "船舶 prose vs table")
    trips, monthly = g(text, r"全年开展河道巡查(\d+)次，月均(\d+)次")
    c.average(monthly, [trips], "月均巡查", divisor=12)
    c.same(trips, parse_val(ind["河道巡查次数"]["actual"])["s"], "巡查 prose vs table")
    (online,) = g(text, r"视频监控系统在线运行率([\d.]+)%")
    c.same(online, parse_val(ind["视频监控系统在线运行率"]["actual"])["s"], "在线率 prose vs table")
    (sand,) = g(text, r"许可开采河砂近(\d+)万吨")
    c.same(sand, parse_val(ind["年度许可开采量"]["actual"])["s"], "开采量 (approx) prose vs table")
    (km,) = g(text, r"受损岸线完成修复([\d.]+)公里")
    c.same(km, parse_val(ind["受损岸线修复长度"]["actual"])["s"], "岸线 prose vs table")
    (cases,) = g(text, r"全年发生非法采砂案件(\d+)起")
    c.same(cases, parse_val(ind["非法采砂案件发生数"]["actual"])["s"], "案件 prose vs table")
    gt, gk = g(text, r"巡查(\d+)次，岸线修复([\d.]+)公里。")
    c.same(gt, trips, "goal block 巡查")
    c.same(gk, km, "goal block 岸线")
    qa, qb, qr = g(text, r"共发放问卷(\d+)份，收回(\d+)份，回收率([\d.]+)%")
    c.rate(qr, qb, qa, "回收率")
    (sat,) = g(text, r"综合满意度([\d.]+)%，其中")
    c.same(sat, parse_val(ind["沿江群众及经营户满意度"]["actual"])["s"], "满意度 prose vs table")
    for pat, nm in [(r"河道巡查不少于(\d+)次", "河道巡查次数"), (r"集中整治行动不少于(\d+)次", "非法采砂集中整治行动"),
                    (r"修复受损岸线(\d+)公里", "受损岸线修复长度"), (r"许可开采量控制在(\d+)万吨以内", "年度许可开采量"),
                    (r"满意度达到(\d+)%以上", "沿江群众及经营户满意度")]:
        (v,) = g(text, pat)
        c.same(v, parse_val(ind[nm]["target"])["s"], f"target {nm} prose vs table")
    c.same(parse_val(ind["项目支出控制数"]["target"])["s"], tot[1], "cost cap = 全年预算")
    c.same(parse_val(ind["项目支出控制数"]["actual"])["s"], tot[2], "cost actual = 支出")
    # years
    c.year_eq(g(text, r"(\d{4})年度合江县水利局")[0], Y, "title year")
    c.year_eq(g(text, r"附表：(\d{4})年度")[0], Y, "table year")
    c.year_in(g(text, r"合江县水利局\n(\d{4})年\d+月\d+日")[0], (Y, Y + 1), "report date")
    for m in re.finditer(r"结转至(\d{4})年", text):
        c.year_after(m.group(1), Y, "结转")
    c.rates_in_prose(text)
    return c


# ============================================================================= P3 Hubei
def p_hb_jiayu(text):
    c = Checks("hb-jiayu-caishazhengzhi-2020")
    Y = 2020
    tab = text[text.index("附件：2020年度项目支出绩效自评表") if "附件：2020年度项目支出绩效自评表" in text else text.index("附件："):]
    rows = split_rows(tab, "\t")
    F = {n: row_by_name(rows, n)[1:7] for n in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]}
    tot, cur, car, oth = F["年度资金总额"], F["其中：当年财政拨款"], F["上年结转资金"], F["其他资金"]
    for j, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        c.total(tot[j], [cur[j], car[j], oth[j]], f"年度资金总额 {col}")
    for n, r in F.items():
        c.rate(r[4], r[2], r[1], f"{n} 执行率")
        c.order(r[2], r[1], f"{n} 执行 <= 全年预算")
    # blocks
    inds, blocks, block = [], {}, None
    for ln in tab.split("\n"):
        m = re.match(r"年度目标(\d)：.*（(\d+)分）$", ln)
        if m:
            block = m.group(1)
            blocks[block] = m.group(2)
            continue
        r = ln.split("\t")
        if len(r) == 9 and r[0] in ("产出指标", "效益指标", "满意度指标"):
            inds.append({"block": block, "name": r[2], "target": r[3], "actual": r[4], "compl": r[5], "weight": r[6], "score": r[7]})
    total_row = row_by_name(rows, "总分")
    indicator_checks(c, inds, Y)
    ind = {i["name"]: i for i in inds}
    ew, es = tot[3], tot[5]
    c.add("score_exceeds_weight", num(es) <= num(ew), "execution score <= weight")
    for b, pts in blocks.items():
        weights_check(c, [i["weight"] for i in inds if i["block"] == b], pts, f"年度目标{b} weights vs table heading")
        (pp,) = g(text, rf"年度目标{b}完成情况（(\d+)分）")
        weights_check(c, [i["weight"] for i in inds if i["block"] == b], pp, f"年度目标{b} weights vs prose heading")
    (pe,) = g(text, r"（一）预算执行情况（(\d+)分）")
    weights_check(c, [ew], pe, "execution weight vs heading")
    w_exec, w_rest = g(text, r"预算执行率权重(\d+)分，其余(\d+)分分配到三个年度目标")
    weights_check(c, [ew], w_exec, "execution weight vs method text")
    weights_check(c, [i["weight"] for i in inds], w_rest, "goal weights vs 80")
    weights_check(c, [ew] + [i["weight"] for i in inds], total_row[6], "all weights vs 总分")
    weights_check(c, [ew] + [i["weight"] for i in inds], "100", "all weights = 100")
    allsc = [es] + [i["score"] for i in inds]
    scores_check(c, allsc, total_row[7], "Σ scores vs 总分 (whole points)")
    tot_s, grade = g(text, r"自评得分(\d+)分，评价等级为“(.+?)”")
    scores_check(c, allsc, tot_s, "Σ scores vs prose total")
    c.same(tot_s, total_row[7], "prose total vs table")
    c.grade(tot_s, grade, "grade")
    blk_sc = re.findall(r"本目标得([\d.]+)分", text)
    for b, v in zip(("2", "3"), blk_sc):
        scores_check(c, [i["score"] for i in inds if i["block"] == b], v, f"年度目标{b} block score")
    # funds prose
    y0, ini, county, prov, ay, am, cfy, carry, annual = g(
        text, r"(\d{4})年年初预算([\d.]+)万元，其中县级财政([\d.]+)万元，省级长江河道采砂管理补助([\d.]+)万元（(\d{4})年(\d+)月提前下达）；加上(\d{4})年结转([\d.]+)万元，全年预算([\d.]+)万元")
    c.year_eq(y0, Y, "budget sentence year")
    c.add("year_mismatch", int(ay) == Y or (int(ay) == Y - 1 and int(am) == 12), "advance issued in the previous December")
    c.year_eq(cfy, Y - 1, "carry-over comes from the previous year")
    c.total(ini, [county, prov], "年初 = 县级 + 省级")
    c.total(annual, [ini, carry], "全年 = 年初 + 结转")
    c.same(ini, tot[0], "年初 vs table")
    c.same(carry, car[1], "结转 vs table")
    c.same(annual, tot[1], "全年 vs table")
    (crate,) = g(text, r"本项目预算执行率([\d.]+)%")
    c.same(crate, tot[4], "结论 执行率 vs table")
    ey, spent, rate, esc = g(text, r"截至(\d{4})年12月31日，项目累计支出([\d.]+)万元，预算执行率([\d.]+)%，得([\d.]+)分")
    c.year_eq(ey, Y, "截至 date")
    c.same(spent, tot[2], "支出 vs table")
    c.same(rate, tot[4], "执行率 vs table")
    c.rate(rate, spent, annual, "prose 执行率")
    c.same(esc, es, "execution score vs table")
    (cr,) = g(text, r"其中当年财政拨款执行率([\d.]+)%")
    c.rate(cr, cur[2], cur[1], "当年财政拨款执行率")
    i1, i2, i3, i4, nd, each, i5, un, uy = g(
        text, r"巡江执法船艇运行及燃油费([\d.]+)万元，视频监控租赁及运维费([\d.]+)万元，“清四乱”整治劳务及机械费([\d.]+)万元，无人机等巡查设备([\d.]+)万元（购置无人机(\d+)架，每架(\d+)元），"
              r"宣传及培训费([\d.]+)万元。未支出的([\d.]+)万元为监控平台升级尾款，已结转至(\d{4})年")
    c.total(spent, [i1, i2, i3, i4, i5], "支出 by item")
    c.product(i4, [nd, each], "无人机 = 架 × 单价")
    c.balance(un, annual, spent, "未支出 = 全年 - 支出")
    c.year_after(uy, Y, "结转 year")
    trips, mon, unit_cost = g(text, r"全年巡江执法(\d+)次，平均每月约(\d+)次，单次执法成本约(\d+)元")
    c.average(mon, [trips], "月均巡江 (约)", divisor=12)
    c.average(unit_cost, [str(num(i1) * 10000)], "单次执法成本 (约) = 燃油运行费 / 次数", divisor=trips)
    c.same(trips, parse_val(ind["巡江执法次数"]["actual"])["s"], "巡江 prose vs table")
    c.same(unit_cost, parse_val(ind["单次巡江执法成本"]["actual"])["s"], "单次成本 prose vs table")
    (ships,) = g(text, r"清理“三无”采砂船舶(\d+)艘")
    c.same(ships, parse_val(ind["清理“三无”采砂船舶"]["actual"])["s"], "三无 prose vs table")
    (cams,) = g(text, r"总数达到(\d+)个")
    c.same(cams, parse_val(ind["重点水域视频监控点位"]["actual"])["s"], "监控 prose vs table")
    (cases,) = g(text, r"全年发生非法采砂案件(\d+)起")
    c.same(cases, parse_val(ind["非法采砂案件发生数"]["actual"])["s"], "案件 prose vs table")
    n4, dy, dm, dd = g(text, r"整治销号“四乱”问题(\d+)个，于(\d{4})年(\d+)月(\d+)日全部完成")
    c.same(n4, parse_val(ind["“四乱”问题整治销号数"]["actual"])["s"], "四乱 prose vs table")
    c.add("conflicting_values", (int(dy), int(dm), int(dd)) == parse_val(ind["问题整改完成时限"]["actual"])["date"], "完成日期 prose vs table")
    c.year_eq(dy, Y, "完成日期 year")
    km, kt = g(text, r"清理恢复岸线([\d.]+)公里，未达到(\d+)公里的目标")
    c.same(km, parse_val(ind["清理恢复岸线长度"]["actual"])["s"], "岸线 prose vs table")
    c.same(kt, parse_val(ind["清理恢复岸线长度"]["target"])["s"], "岸线目标 prose vs table")
    (kt2,) = g(text, r"清理恢复岸线(\d+)公里以上")
    c.same(kt2, parse_val(ind["清理恢复岸线长度"]["target"])["s"], "岸线目标 (goals) vs table")
    s1, s2 = g(text, r"沿江群众满意度([\d.]+)%，砂石经营户满意度([\d.]+)%")
    c.same(s1, parse_val(ind["沿江群众满意度"]["actual"])["s"], "群众满意度 prose vs table")
    c.same(s2, parse_val(ind["砂石经营户满意度"]["actual"])["s"], "经营户满意度 prose vs table")
    # years
    c.year_eq(g(text, r"嘉鱼县水利和湖泊局(\d{4})年度")[0], Y, "title year")
    c.year_eq(g(text, r"年度\t(\d{4})")[0], Y, "table 年度")
    c.year_eq(g(text, r"附件：(\d{4})年度")[0], Y, "附件 year")
    c.year_in(g(text, r"发布日期：(\d{4})")[0], (Y, Y + 1), "publication date")
    c.year_in(g(text, r"嘉鱼县水利和湖泊局\n(\d{4})年\d+月\d+日")[0], (Y, Y + 1), "report date")
    c.year_eq(g(text, r"开展(\d{4})年度预算绩效自评")[0], Y, "notice year")
    for m in re.finditer(r"结转至(\d{4})年", text):
        c.year_after(m.group(1), Y, "结转")
    c.rates_in_prose(text)
    return c


# ============================================================================= P4 Hunan
def p_hn_miluo(text):
    c = Checks("hn-miluo-caishaguanli-2019")
    Y = 2019
    tab = text[text.index("附件："):]
    rows = split_rows(tab, "\t")
    F = {n: row_by_name(rows, n)[1:7] for n in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]}
    tot, cur, car, oth = F["年度资金总额"], F["其中：当年财政拨款"], F["上年结转资金"], F["其他资金"]
    for j, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        c.total(tot[j], [cur[j], car[j], oth[j]], f"年度资金总额 {col}")
    for n, r in F.items():
        c.rate(r[4], r[2], r[1], f"{n} 执行率")
        c.order(r[2], r[1], f"{n} 执行 <= 全年预算")
    hi = [i for i, r in enumerate(rows) if r[0] == "一级指标"][0]
    inds, l1 = [], None
    for r in rows[hi + 1:]:
        if r[0] == "总分":
            break
        l1 = r[0] or l1
        inds.append({"l1": l1, "name": r[2], "target": r[3], "actual": r[4], "weight": r[5], "score": r[6]})
    total_row = row_by_name(rows, "总分")
    indicator_checks(c, inds, Y)
    ind = {i["name"]: i for i in inds}
    ew, es = tot[3], tot[5]
    c.add("score_exceeds_weight", num(es) <= num(ew), "execution score <= weight")
    weights_check(c, [ew] + [i["weight"] for i in inds], total_row[5], "all weights vs 总分")
    weights_check(c, [ew] + [i["weight"] for i in inds], "100", "all weights = 100")
    allsc = [es] + [i["score"] for i in inds]
    scores_check(c, allsc, total_row[6], "Σ scores vs 总分 (whole points)")
    tot_s, grade = g(text, r"本项目自评得分(\d+)分，评价等级为“(.+?)”")
    scores_check(c, allsc, tot_s, "Σ scores vs prose total")
    c.same(tot_s, total_row[6], "prose total vs table")
    c.grade(tot_s, grade, "grade")
    # funds prose
    y0, ini, city, prov, mon, add, cfy, carry, annual = g(
        text, r"(\d{4})年年初预算(\d+)万元，其中市本级(\d+)万元、省级河道采砂管理补助(\d+)万元；(\d+)月市政府追加汨罗江砂石码头整治经费(\d+)万元，连同(\d{4})年结转的([\d.]+)万元，全年预算([\d.]+)万元")
    c.year_eq(y0, Y, "budget sentence year")
    c.year_eq(cfy, Y - 1, "carry-over from previous year")
    c.total(ini, [city, prov], "年初 = 市本级 + 省级")
    c.total(annual, [ini, add, carry], "全年 = 年初 + 追加 + 结转")
    c.total(cur[1], [cur[0], add], "当年财政拨款: 全年 = 年初 + 追加")
    c.same(ini, tot[0], "年初 vs table")
    c.same(carry, car[1], "结转 vs table")
    c.same(annual, tot[1], "全年 vs table")
    spent, rate, crate = g(text, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%，其中当年财政拨款执行率([\d.]+)%")
    c.same(spent, tot[2], "支出 vs table")
    c.same(rate, tot[4], "执行率 vs table")
    c.rate(rate, spent, annual, "prose 执行率")
    c.same(crate, cur[4], "当年执行率 vs table")
    c.rate(crate, cur[2], cur[1], "prose 当年执行率")
    i1, i2, i3, i4, i5, ppl, months, per = g(
        text, r"“三无”采砂船拆解及处置费([\d.]+)万元，砂石堆场清理和码头整治([\d.]+)万元，岸线复绿([\d.]+)万元，巡查执法船艇及车辆运行([\d.]+)万元，可采区现场监管人员劳务([\d.]+)万元（(\d+)人×(\d+)个月×每月(\d+)元）")
    c.total(spent, [i1, i2, i3, i4, i5], "支出 by item")
    c.product(i5, [ppl, months, per], "劳务 = 人 × 月 × 元")
    bal, by = g(text, r"年末结余([\d.]+)万元，经市财政局同意结转至(\d{4})年")
    c.balance(bal, annual, spent, "结余 = 全年(全部到位) - 支出")
    c.year_after(by, Y, "结转 year")
    # outputs
    for pat, nm in [(r"全年对(\d+)个可采区", "可采区现场监管"), (r"巡查汨罗江干支流(\d+)次", "汨罗江干支流巡查"),
                    (r"；拆解“三无”采砂船(\d+)艘", "拆解“三无”采砂船"), (r"岸线复绿(\d+)亩", "河道岸线复绿面积"),
                    (r"规范运营砂石码头(\d+)个，另", "规范运营砂石码头"), (r"群众满意度([\d.]+)%（上年", "沿河群众满意度")]:
        (v,) = g(text, pat)
        c.same(v, parse_val(ind[nm]["actual"])["s"], f"actual {nm} prose vs table")
    for pat, nm in [(r"巡查不少于(\d+)次", "汨罗江干支流巡查"), (r"拆解“三无”采砂船不少于(\d+)艘", "拆解“三无”采砂船"),
                    (r"复绿岸线不少于(\d+)亩", "河道岸线复绿面积"), (r"规范运营砂石码头不少于(\d+)个", "规范运营砂石码头"),
                    (r"群众满意度(\d+)%以上", "沿河群众满意度"), (r"对(\d+)个可采区实行现场监管", "可采区现场监管")]:
        (v,) = g(text, pat)
        c.same(v, parse_val(ind[nm]["target"])["s"], f"target {nm} prose vs table")
    dy, dm, dd = g(text, r"砂石堆场整治于(\d{4})年(\d+)月(\d+)日完成")
    c.add("conflicting_values", (int(dy), int(dm), int(dd)) == parse_val(ind["砂石堆场整治完成时间"]["actual"])["date"], "完成日期 prose vs table")
    c.same(parse_val(ind["采砂监管经费支出"]["target"])["s"], tot[1], "cost cap = 全年预算")
    c.same(parse_val(ind["采砂监管经费支出"]["actual"])["s"], tot[2], "cost actual = 支出")
    # years
    c.year_eq(g(text, r"汨罗市水利局(\d{4})年度")[0], Y, "title year")
    c.year_eq(g(text, r"对(\d{4})年度河道采砂管理")[0], Y, "intro year")
    c.year_eq(g(text, r"\n(\d{4})年度项目支出绩效自评表")[0], Y, "table year")
    c.year_in(g(text, r"汨罗市水利局\n(\d{4})年\d+月\d+日")[0], (Y, Y + 1), "report date")
    for m in re.finditer(r"推迟至(\d{4})年", text):
        c.year_after(m.group(1), Y, "推迟")
    for m in re.finditer(r"结转至(\d{4})年", text):
        c.year_after(m.group(1), Y, "结转")
    c.rates_in_prose(text)
    return c


# ============================================================================= P5 Anhui department
def p_ah_fengyang(text):
    c = Checks("ah-fengyang-hehuzhan-bumen-2024")
    Y = 2024
    t1 = split_rows(between(text, "表1", "（二）支出情况"), "\t")
    inc = {r[0].strip().replace("其中：", ""): r[2] for r in t1 if len(r) == 3 and r[0] != "项目"}
    c.total(inc["一、本年收入合计"], [inc["财政拨款收入"], inc["其他收入"]], "本年收入 = 财政拨款 + 其他")
    c.total(inc["收入总计"], [inc["一、本年收入合计"], inc["二、上年结转结余"]], "收入总计 = 本年收入 + 上年结转")
    t2 = split_rows(between(text, "表2", "— 2 —"), "\t")
    ex = {r[0].strip(): r[2:5] for r in t2 if len(r) == 5 and r[0] != "项目"}
    basic, staff, office = ex["一、基本支出"], ex["人员经费"], ex["公用经费"]
    proj = ex["二、项目支出"]
    pnames = ["淮河干流河道采砂监管经费", "河湖“清四乱”问题整改专项经费", "采砂视频监控系统运维费"]
    tot = ex["合计"]
    for j, col in enumerate(["全年预算数", "全年支出数"]):
        c.total(basic[j], [staff[j], office[j]], f"基本支出 {col}")
        c.total(proj[j], [ex[p][j] for p in pnames], f"项目支出 {col}")
        c.total(tot[j], [basic[j], proj[j]], f"合计 {col}")
    for n, r in ex.items():
        c.rate(r[2], r[1], r[0], f"{n} 执行率")
        c.order(r[1], r[0], f"{n} 支出 <= 预算")
    (incs,) = g(text, r"(?:\d{4})年部门收入总计([\d.]+)万元")
    c.same(incs, inc["收入总计"], "prose 收入总计 vs table 1")
    c.same(inc["收入总计"], tot[0], "table 1 收入总计 vs table 2 预算合计")
    b, s, r, _last = g(text, r"全年预算([\d.]+)万元，支出([\d.]+)万元，整体执行率([\d.]+)%（(\d{4})年为")
    c.same(b, tot[0], "prose 预算 vs table 2")
    c.same(s, tot[1], "prose 支出 vs table 2")
    c.same(r, tot[2], "prose 执行率 vs table 2")
    c.rate(r, s, b, "prose 执行率")
    un, bb, cy = g(text, r"年末未支出([\d.]+)万元，其中基本支出结余([\d.]+)万元已按规定上缴，项目支出未使用部分结转至(\d{4})年")
    c.balance(un, tot[0], tot[1], "未支出 = 预算 - 支出")
    c.balance(bb, basic[0], basic[1], "基本支出结余")
    c.year_after(cy, Y, "结转 year")
    # table 3
    t3 = split_rows(between(text, "表3", "（二）预算执行分析"), "\t")
    inds, l1 = [], None
    for row in t3:
        if row[0] in ("一级指标", "合计"):
            continue
        l1 = row[0] or l1
        inds.append({"l1": l1, "name": row[1], "weight": row[2], "score": row[3]})
    total_row = row_by_name(t3, "合计")
    for i in inds:
        c.add("score_exceeds_weight", D(0) <= num(i["score"]) <= num(i["weight"]), f"{i['name']}: score vs weight")
    pts = dict(zip(("投入", "过程", "产出", "效益"), g(text, r"投入（(\d+)分）、过程（(\d+)分）、产出（(\d+)分）、效益（(\d+)分）")))
    for blk, p in pts.items():
        weights_check(c, [i["weight"] for i in inds if i["l1"] == blk], p, f"{blk} weights vs method text")
    weights_check(c, [i["weight"] for i in inds], total_row[2], "weights vs 合计")
    weights_check(c, [i["weight"] for i in inds], "100", "weights = 100")
    scores_check(c, [i["score"] for i in inds], total_row[3], "Σ scores vs 合计")
    ts, grade = g(text, r"部门整体支出绩效得分([\d.]+)分，等级为“(.+?)”")
    scores_check(c, [i["score"] for i in inds], ts, "Σ scores vs prose total")
    c.same(ts, total_row[3], "prose total vs table 3")
    c.grade(ts, grade, "grade")
    ind = {i["name"]: i for i in inds}
    r2, esc, br, pr = g(text, r"整体预算执行率([\d.]+)%，预算执行率指标得分([\d.]+)分。基本支出执行率([\d.]+)%；项目支出执行率([\d.]+)%")
    c.same(r2, tot[2], "分析 执行率 vs table 2")
    c.same(esc, ind["预算执行率"]["score"], "prose 执行率得分 vs table 3")
    c.same(br, basic[2], "基本支出执行率 vs table 2")
    c.same(pr, proj[2], "项目支出执行率 vs table 2")
    (ded,) = g(text, r"合同备案滞后扣([\d.]+)分")
    gp = ind["政府采购"]
    c.add("score_sum_mismatch", matches(ded, num(gp["weight"]) - num(gp["score"])), "扣分 = weight - score")
    a, bq, cq, avg = g(text, r"得分分别为([\d.]+)分、([\d.]+)分和([\d.]+)分，平均([\d.]+)分")
    c.average(avg, [a, bq, cq], "项目平均分")
    n, per, amt = g(text, r"单兵装备(\d+)套，每套(\d+)元，计([\d.]+)万元")
    c.product(amt, [n, per], "单兵装备 = 套 × 单价")
    # years
    c.year_eq(g(text, r"凤阳县河湖管理站(\d{4})年度")[0], Y, "title year")
    for pat in (r"表1  (\d{4})年度", r"表2  (\d{4})年度", r"(\d{4})年部门收入总计", r"(\d{4})年部门整体支出绩效得分", r"(\d{4})年部门整体绩效目标",
                r"与(\d{4})年度部门决算一致"):
        c.year_eq(g(text, pat)[0], Y, pat)
    c.year_in(g(text, r"凤阳县河湖管理站\n(\d{4})年\d+月\d+日")[0], (Y, Y + 1), "report date")
    c.rates_in_prose(text)
    return c


PROJECTS = {
    "sx-hejin-qingsiluan-2021": p_sx_hejin,
    "sc-hejiang-hedaocaisha-2023": p_sc_hejiang,
    "hb-jiayu-caishazhengzhi-2020": p_hb_jiayu,
    "hn-miluo-caishaguanli-2019": p_hn_miluo,
    "ah-fengyang-hehuzhan-bumen-2024": p_ah_fengyang,
}


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def diff_region(a, b):
    """contiguous region [p, len(b)-s) of b that differs from a."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s, len(a) - s


def run_checks(fn, text):
    try:
        return fn(text), None
    except (LookupError, ValueError, IndexError, ArithmeticError) as exc:
        return None, f"extraction failed: {exc}"


def main():
    problems = []
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    code_count = {c: 0 for c in CODES}
    n_checks = 0
    for rec in labels:
        name = rec["case"]
        src = rec["source"]
        text = read(name)
        fn = PROJECTS[src]
        res, err = run_checks(fn, text)
        if err:
            problems.append(f"{name}: {err}")
            continue
        n_checks += len(res.items)
        failed = res.failed()
        failed_codes = sorted({c for c, _ in failed})
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
            if failed:
                for c, m in failed:
                    problems.append(f"{name}: clean draft fails {c}: {m}")
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f"{name}: length {n} outside 2800-3400")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        lab = exp[0]
        code = lab["code"]
        if code not in CODES or lab.get("severity") != "error":
            problems.append(f"{name}: bad code/severity {code}")
        code_count[code] = code_count.get(code, 0) + 1
        occ = [m.start() for m in re.finditer(re.escape(lab["value"]), text)]
        if len(occ) != 1:
            problems.append(f"{name}: label value occurs {len(occ)} times")
        clean = read(f"{src}-clean.txt")
        if clean == text:
            problems.append(f"{name}: identical to the clean draft")
            continue
        p, e, _ = diff_region(clean, text)
        e = max(e, p + 1)
        if not any(o < e and p < o + len(lab["value"]) for o in occ):
            problems.append(f"{name}: changed region [{p},{e}) does not overlap the label value")
        if failed_codes != [code]:
            problems.append(f"{name}: labelled {code}, failing codes {failed_codes}: " +
                            "; ".join(f"{c}: {m}" for c, m in failed))
    for c in CODES:
        if code_count.get(c, 0) < 2:
            problems.append(f"code {c} used {code_count.get(c, 0)} times (< 2)")
    for c in CODES:
        print(f"  {c:22s} {code_count.get(c, 0)}")
    print(f"cases: {len(labels)}, arithmetic checks run: {n_checks}")
    if problems:
        for pr in problems:
            print("FAIL", pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
