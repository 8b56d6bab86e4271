#!/usr/bin/env python3
"""Verify drafts493: read the figures back from each draft's text and redo all its arithmetic.

Standard library + decimal only. For every case in labels.jsonl the project's checker re-reads the
funds table, the indicator table and the figures restated in the prose, and re-runs the identities of
rules.md §7 with the tolerance of §8. Clean drafts must raise no error; each error case must raise
exactly its labelled code and no other error code. Also checks the labels themselves (value occurs
once, one contiguous edit ≤ 40 characters overlapping the value, every code of errors.md §A ≥ 2×).
Prints OK on success.
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
NUM = r"\d[\d,]*(?:\.\d+)?"
PCT = NUM + "%"
MONEY = NUM + r"(?:万元|亿元|元)"
DATE = r"\d{4}年\d{1,2}月\d{1,2}日"
DASHES = {"—", "-", "－", "/", ""}


class ParseError(Exception):
    pass


def dec(s):
    if isinstance(s, D):
        return s
    return D(s.replace(",", "").rstrip("%"))


def ndec(s):
    s = s.replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def agree(stated, computed):
    """rules §8: |c − v| ≤ 0.5 × 10^−d, d counted in the stated string."""
    return abs(D(computed) - dec(stated)) <= D(5) * D(10) ** (-(ndec(stated) + 1)) + D("1e-9")


FACTOR = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}


def split_money(s):
    m = re.fullmatch(r"(" + NUM + r")(万元|亿元|元)?", s.strip())
    if not m:
        raise ParseError(f"not an amount: {s!r}")
    return m.group(1), m.group(2) or "万元"


def wan(s):
    n, u = split_money(s)
    return dec(n) * FACTOR[u]


def parse_val(s, unit_col=None):
    """('date', (y, m, d)) | ('num', Decimal, unit) | ('text', s)."""
    s = s.strip()
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日(?:前)?", s)
    if m:
        return ("date", tuple(int(x) for x in m.groups()), "date")
    m = re.fullmatch(r"[≥≤＞＜><=＝]?\s*(" + NUM + r")(.*)", s)
    if m:
        unit = m.group(2).strip() or (unit_col or "")
        return ("num", dec(m.group(1)), unit)
    return ("text", s, "text")


def direction(target, nature=None):
    if nature:
        if nature in ("≥", "＞", ">"):
            return "gte"
        if nature in ("≤", "＜", "<"):
            return "lte"
        if nature in ("=", "＝"):
            return "eq"
        return "qual"
    t = target.strip()
    if t[:1] in "≥＞>":
        return "gte"
    if t[:1] in "≤＜<" or t.endswith("前"):
        return "lte"
    if t[:1] in "=＝":
        return "eq"
    if parse_val(t)[0] == "text":
        return "qual"
    return "eq"


def band(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
         "差": "差", "较差": "差", "不合格": "差"}


class Checker:
    def __init__(self, text, year, flat=False):
        self.raw = text
        self.t = re.sub(r"\n[ \t]*", "", text) if flat else text   # PDF copies: join wrapped prose lines
        self.year = year
        self.findings = []

    # ---- reading
    def find(self, pat, text=None):
        ms = list(re.finditer(pat, self.t if text is None else text, re.M))
        if len(ms) != 1:
            raise ParseError(f"{pat!r}: {len(ms)} matches")
        return ms[0]

    def g(self, pat, text=None):
        m = self.find(pat, text)
        return m.group(1) if m.re.groups == 1 else m.groups()

    def row_tab(self, name):
        m = self.find(r"^(?:[^\n]*\t)?" + re.escape(name) + r"\t([^\n]*)$", self.raw)
        return [c.strip() for c in m.group(1).split("\t")]

    def row_pdf(self, name):
        m = self.find(r"^(?:[^\n]*\s)?" + re.escape(name) + r"[ ]{2,}([^\n]*)$", self.raw)
        return re.split(r"\s{2,}", m.group(1).strip())

    def row_cells(self, name):
        """web-page copy: one cell a line (tab-indented), blank line between rows."""
        hits = []
        for block in self.raw.split("\n\n"):
            cells = [c.strip() for c in block.split("\n")]
            if name in cells:
                hits.append(cells[cells.index(name) + 1:])
        if len(hits) != 1:
            raise ParseError(f"row {name!r}: {len(hits)} blocks")
        return hits[0]

    # ---- reporting
    def err(self, code, msg):
        self.findings.append(("error", code, msg))

    def warn(self, code, msg):
        self.findings.append(("warning", code, msg))

    def errors(self):
        return sorted({c for s, c, _ in self.findings if s == "error"})

    # ---- identities
    def amount(self, stated, computed_wan, code, what):
        """a stated amount (万元 unless it carries a unit) equals a computed one; a power-of-ten slip → unit_mismatch."""
        n, u = split_money(stated)
        c = D(computed_wan) / FACTOR[u]
        if agree(n, c):
            return
        if agree(n, c * 10000) or agree(n, c / 10000):
            self.err("unit_mismatch", f"{what}: {stated} vs {computed_wan}万元 (off by 10^4)")
        else:
            self.err(code, f"{what}: stated {stated}, computed {c.normalize()}")

    def total(self, parts, tot, what, code="sum_mismatch", money=True):
        conv = wan if money else (lambda s: dec(parse_val(s)[1]) if parse_val(s)[0] == "num" else dec(s))
        vals = [conv(p) for p in parts]
        s = sum(vals, D(0))
        tn, tu = split_money(tot) if money else (parse_val(tot)[1].to_eng_string() if parse_val(tot)[0] == "num" else tot, None)
        f = FACTOR[tu] if money else D(1)
        tn_str = split_money(tot)[0] if money else re.match(NUM, tot).group(0)
        if agree(tn_str, s / f):
            return
        if money:
            for i, v in enumerate(vals):
                for k in (D(10000), D("0.0001")):
                    if agree(tn_str, (s - v + v * k) / f):
                        self.err("unit_mismatch", f"{what}: part {parts[i]} off by 10^4")
                        return
            for k in (D(10000), D("0.0001")):
                if agree(tn_str, s * k / f):
                    self.err("unit_mismatch", f"{what}: total {tot} off by 10^4")
                    return
        self.err(code, f"{what}: {' + '.join(parts)} = {s.normalize()} ≠ {tot}")

    def diff(self, a, b, stated, what, approx=False):
        """a − b = stated (percentage points, counts); 约 → interval of half a unit of the last digit."""
        c = dec(a) - dec(b)
        if approx:
            half = D(5) * D(10) ** (-(ndec(stated) + 1))
            ok = dec(stated) - half - D("1e-9") <= c <= dec(stated) + half + D("1e-9")
        else:
            ok = agree(stated, c)
        if not ok:
            self.err("sum_mismatch", f"{what}: {a} − {b} = {c} ≠ {stated}")

    def product(self, count, price_yuan, amount, what):
        self.amount(amount, dec(count) * dec(price_yuan) / 10000, "sum_mismatch", what)

    def rate(self, stated, num, den, what, bounded=True):
        """stated rate vs num/den; zero base → only — (or 0) allowed; >100% where impossible → implausible_rate."""
        num, den = D(num), D(den)
        st = stated.strip()
        if den == 0:
            if st in DASHES or (st.rstrip("%") and dec(st) == 0):
                return
            self.err("implausible_rate", f"{what}: {stated} on a zero base")
            return
        if st in DASHES:
            self.err("rate_mismatch", f"{what}: rate missing ({stated}) on a non-zero base")
            return
        c = num / den * 100
        if not agree(st, c):
            self.err("rate_mismatch", f"{what}: stated {stated}, computed {c:.4f}%")
        elif bounded and dec(st) > 100:
            self.err("implausible_rate", f"{what}: {stated} > 100%")

    def balance(self, stated, received, spent, what):
        c = wan(received) - wan(spent) if isinstance(received, str) else D(received) - D(spent)
        n, u = split_money(stated)
        if not agree(n, c / FACTOR[u]):
            self.err("balance_mismatch", f"{what}: stated {stated}, computed {c}")

    def average(self, items, stated, what):
        c = sum((dec(i) for i in items), D(0)) / len(items)
        if not agree(stated, c):
            self.err("average_mismatch", f"{what}: mean {c:.4f} ≠ {stated}")

    def same(self, a, b, what, money=False):
        """the same quantity stated twice."""
        if money:
            va, vb = wan(a), wan(b)
            if va == vb:
                return
            if va * 10000 == vb or vb * 10000 == va:
                self.err("unit_mismatch", f"{what}: {a} vs {b} (off by 10^4)")
            else:
                self.err("conflicting_values", f"{what}: {a} vs {b}")
            return
        pa, pb = parse_val(a), parse_val(b)
        if pa[0] != pb[0] or pa[2] != pb[2]:
            return  # different units: a unit_mismatch of the row, reported there
        if pa[1] != pb[1]:
            self.err("conflicting_values", f"{what}: {a} vs {b}")

    def target(self, stated, row, what):
        """a target restated in the goals equals the table's 年度指标值 (value and unit)."""
        self.same(stated, row["target"] if parse_val(row["target"])[2] else row["target"] + row.get("unit", ""), what)

    def year_is(self, y, what, allow=()):
        if int(y) != self.year and int(y) not in allow:
            self.err("year_mismatch", f"{what}: {y} (evaluation year {self.year})")

    def year_after(self, y, what):
        if int(y) <= self.year:
            self.err("year_mismatch", f"{what}: {y} is not after {self.year}")

    def grade(self, stated, totals, what):
        g = GRADE.get(stated.strip("\"“”「」 "))
        if g is None:
            raise ParseError(f"grade {stated!r}")
        for t in totals:
            if band(t) != g:
                self.err("grade_mismatch", f"{what}: {stated} but total {t} → {band(t)}")
                return

    # ---- the indicator table
    def indicators(self, rows, exec_row, totals, level_weights=None, level_scores=None, weight_total=None):
        """rows: dicts name/target/actual/completion/weight/score[/nature/unit]; exec_row: budget, spent, weight, rate, score."""
        weights = [dec(exec_row["weight"])] + [dec(r["weight"]) for r in rows]
        if sum(weights) != 100:
            self.err("weight_sum_mismatch", f"Σ 分值 = {sum(weights)}")
        if weight_total is not None and dec(weight_total) != sum(weights):
            self.err("weight_sum_mismatch", f"总分 row 分值 {weight_total} ≠ Σ {sum(weights)}")
        for lvl, (names, w) in (level_weights or {}).items():
            s = sum(dec(r["weight"]) for r in rows if r["name"] in names)
            if s != dec(w):
                self.err("weight_sum_mismatch", f"{lvl}: Σ 分值 = {s} ≠ {w}")
        scores = [dec(exec_row["score"])] + [dec(r["score"]) for r in rows]
        for r in [dict(exec_row, name="预算执行率")] + rows:
            if dec(r["score"]) > dec(r["weight"]) or dec(r["score"]) < 0:
                self.err("score_exceeds_weight", f"{r['name']}: 得分 {r['score']} vs 分值 {r['weight']}")
        s = sum(scores)
        for t in totals:
            if not agree(t, s):
                self.err("score_sum_mismatch", f"Σ 得分 = {s} ≠ stated {t}")
        for lvl, (names, st) in (level_scores or {}).items():
            ls = sum(dec(r["score"]) for r in ([dict(exec_row, name="预算执行率")] + rows) if r["name"] in names)
            if not agree(st, ls):
                self.err("score_sum_mismatch", f"{lvl}: Σ 得分 = {ls} ≠ stated {st}")
        # execution score (warning: local rules)
        b, sp, w = D(exec_row["budget"]), D(exec_row["spent"]), dec(exec_row["weight"])
        if b > 0:
            r_exact = min(sp / b, D(1))
            cands = [w * r_exact]
            if exec_row["rate"] not in DASHES:
                cands.append(w * min(dec(exec_row["rate"]) / 100, D(1)))
            if not any(agree(exec_row["score"], c) for c in cands):
                self.warn("score_rule_mismatch", f"execution score {exec_row['score']}")
        for r in rows:
            self.indicator_row(r)

    def indicator_row(self, r):
        dirn = direction(r["target"], r.get("nature"))
        T = parse_val(r["target"], r.get("unit"))
        A = parse_val(r["actual"], r.get("unit"))
        w, sc = dec(r["weight"]), dec(r["score"])
        if dirn == "qual":
            if r["completion"] not in DASHES:
                self.err("completion_mismatch", f"{r['name']}: qualitative row with completion {r['completion']}")
            if T[0] == "text" and A[0] == "text" and sc != w:
                self.warn("score_rule_mismatch", f"{r['name']}")
            return
        if T[0] != A[0] or T[2] != A[2]:
            self.err("unit_mismatch", f"{r['name']}: target {r['target']} vs actual {r['actual']}")
            return
        if T[0] == "date":
            comp = D(100) if A[1] <= T[1] else None
        else:
            t, a = T[1], max(A[1], D(0))
            if dirn == "lte":
                comp = D(100) if a <= t else t / a * 100
            elif t == 0:
                comp = None
            else:
                comp = a / t * 100
        st = r["completion"]
        if comp is None:
            if st not in DASHES:
                self.err("completion_mismatch", f"{r['name']}: completion undefined, stated {st}")
        elif st in DASHES or not agree(st, comp):
            self.err("completion_mismatch", f"{r['name']}: stated {st}, computed {comp:.4f}%")
        # score rule (warning only)
        if T[0] == "date":
            exp = w if A[1] <= T[1] else D(0)
        elif dirn == "lte":
            exp = w if A[1] <= T[1] else w * T[1] / A[1]
        elif dirn == "eq" and T[1] == 0:
            exp = w if A[1] <= 0 else D(0)
        else:
            exp = w * min(max(A[1], D(0)) / T[1], D(1))
        if not agree(r["score"], exp):
            self.warn("score_rule_mismatch", f"{r['name']}: 得分 {r['score']}, rule gives {exp:.2f}")


def pdf_indicator(c, name):
    cells = c.row_pdf(name)
    return dict(name=name, target=cells[0], actual=cells[1], completion=cells[2], weight=cells[3], score=cells[4])


# =====================================================================================================
def check_pingdingshan(c):
    """ha-pingdingshan-xiaofangshuan-2019: PDF copy, MOF table with 完成率, split over a page break."""
    t = c.t
    c.year_is(c.g(r"(\d{4})年度城区市政消防栓建设维护项目支出绩效自评报告"), "title")
    c.year_is(c.g(r"（(\d{4})年度）"), "table header")
    c.year_is(c.g(r"截至(\d{4})年12月31日"), "截至")
    c.year_after(c.g(r"结转至(\d{4})年支付"), "carry-over")
    c.year_after(c.g(r"顺延至(\d{4})年与管网同步实施"), "postponed repairs")
    # funds table
    tot = c.row_pdf("年度资金总额")
    cur = c.row_pdf("其中：当年财政拨款")
    prev = c.row_pdf("上年结转资金")
    oth = c.row_pdf("其他资金")
    for i, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        c.total([cur[i], prev[i], oth[i]], tot[i], f"funds table {col}")
    for row, nm in ((tot, "年度资金总额"), (cur, "当年财政拨款"), (prev, "上年结转资金"), (oth, "其他资金")):
        c.rate(row[4], dec(row[2]), dec(row[1]), f"funds table 执行率 {nm}")
    # funds prose
    c.same(c.g(r"年初预算安排(" + NUM + r")万元"), tot[0], "年初预算", money=True)
    adj = c.g(r"追加当年财政拨款(" + NUM + r")万元")
    c.total([cur[0], adj], cur[1], "年初财政拨款 + 追加 = 全年财政拨款")
    c.same(c.g(r"结转的消防栓维修资金(" + NUM + r")万元"), prev[1], "上年结转", money=True)
    a, b1, b2 = c.g(r"调整后全年预算(" + NUM + r")万元，其中当年财政拨款(" + NUM + r")万元、上年结转资金(" + NUM + r")万元")
    c.total([b1, b2], a, "全年预算 by source (prose)")
    c.same(a, tot[1], "全年预算", money=True)
    c.same(b1, cur[1], "当年财政拨款 全年", money=True)
    c.same(b2, prev[1], "上年结转 全年", money=True)
    rec, rr = c.g(r"资金实际到位(" + NUM + r")万元，到位率(" + PCT + ")")
    c.rate(rr, wan(rec), wan(a), "到位率")
    spent, er = c.g(r"全年执行(" + NUM + r")万元，预算执行率(" + PCT + ")")
    c.same(spent, tot[2], "全年执行", money=True)
    c.rate(er, wan(spent), wan(tot[1]), "预算执行率 (prose)")
    s1, s2, bal_prev = c.g(r"当年财政拨款执行(" + NUM + r")万元，上年结转资金执行(" + NUM + r")万元，上年结转资金中有(" + NUM + r")万元为零星维修尾款")
    c.same(s1, cur[2], "当年财政拨款 执行", money=True)
    c.same(s2, prev[2], "上年结转 执行", money=True)
    c.total([s1, s2], spent, "执行 by source (prose)")
    c.balance(bal_prev + "万元", wan(b2), wan(s2), "上年结转 unspent")
    c.rate(c.g(r"预算执行率(" + PCT + ")，年末形成结转"), wan(tot[2]), wan(tot[1]), "预算执行率 (problems)")
    p1, p2, p3 = c.g(r"全年支出中新装消防栓(" + MONEY + r")、维修更换(" + MONEY + r")、巡检测压及台账建设(" + MONEY + ")")
    c.total([p1, p2, p3], spent + "万元", "spending by use")
    n_new, price_new, amt_new = c.g(r"新装消防栓(\d+)座，每座综合单价（[^）]*）(" + NUM + r")元，计(" + NUM + r")元")
    c.product(n_new, price_new, amt_new + "元", "新装 count × unit price")
    c.same(p1, amt_new + "元", "新装 amount written two ways", money=True)
    n_rep, price_rep, amt_rep = c.g(r"维修更换(\d+)座，平均每座(" + NUM + r")元，计(" + NUM + r")元")
    c.product(n_rep, price_rep, amt_rep + "元", "维修 count × unit price")
    c.same(p2, amt_rep + "元", "维修 amount written two ways", money=True)
    c.balance(c.g(r"年末结余(" + NUM + r")万元") + "万元", rec + "万元", spent + "万元", "年末结余")
    # indicator table
    names = ["新装市政消防栓数量", "维修更换损坏消防栓数量", "在用消防栓巡检覆盖率", "消防栓完好率", "年度新装任务完成时间",
             "单座新装综合成本", "消防栓平均服务半径", "消防栓供水压力达标率", "消防栓管理台账建档率", "消防救援部门满意度",
             "周边居民满意度"]
    rows = [pdf_indicator(c, n) for n in names]
    R = {r["name"]: r for r in rows}
    wtot, ttot = c.g(r"^\s*总分\s{2,}(" + NUM + r")\s{2,}(" + NUM + r")\s*$", c.raw)
    lv = c.g(r"预算执行率得分(" + NUM + r")分，产出指标得分(" + NUM + r")分，效益指标得分(" + NUM + r")分，满意度指标得分(" + NUM
             + r")分，自评得分(" + NUM + r")分，综合评价等级为\"([^\"]+)\"")
    exec_row = dict(budget=dec(tot[1]), spent=dec(tot[2]), weight=tot[3], rate=tot[4], score=tot[5])
    c.indicators(rows, exec_row, [ttot, lv[4]], weight_total=wtot,
                 level_scores={"预算执行": (["预算执行率"], lv[0]), "产出": (names[:6], lv[1]),
                               "效益": (names[6:9], lv[2]), "满意度": (names[9:], lv[3])})
    gt = c.g(r"年度绩效目标：新装市政消防栓不少于(\d+)座，维修更换损坏消防栓不少于(\d+)座，在用消防栓巡检覆盖率(" + PCT
             + r")，消防栓完好率不低于(" + PCT + r")，(" + DATE + r")前完成年度新装任务，单座新装综合成本控制在(" + NUM
             + r")万元以内；城区消防栓平均服务半径不超过(\d+)米，消防栓供水压力达标率不低于(" + PCT + ")")
    for v, nm in zip((gt[0] + "座", gt[1] + "座", gt[2], gt[3], gt[4], gt[5] + "万元", gt[6] + "米", gt[7]), names[:8]):
        c.target(v, R[nm], f"goal target {nm}")
    tg1, tg2 = c.g(r"新装消防栓不少于(\d+)座，维修更换不少于(\d+)座，")
    c.target(tg1 + "座", R[names[0]], "年度总体目标 新装 target")
    c.target(tg2 + "座", R[names[1]], "年度总体目标 维修 target")
    c.target(c.g(r"^\s*完好率不低于(" + PCT + r")\s{2,}", c.raw), R["消防栓完好率"], "年度总体目标 完好率 target")
    c.target(c.g(r"控制在(" + NUM + r")万元以内；单座造价") + "万元", R["单座新装综合成本"], "成本 target (prose)")
    lo, hi = c.g(r"单座造价在(" + NUM + r")元至(" + NUM + r")元之间")
    if not dec(lo) <= dec(price_new) <= dec(hi):
        c.err("conflicting_values", f"unit price {price_new} outside the range {lo}–{hi}")
    c.diff(str(parse_val(R[names[1]]["target"])[1]), parse_val(R[names[1]]["actual"])[1].to_eng_string(),
           c.g(r"(\d+)座随管网改造顺延"), "维修 shortfall (table note)")
    totals = [ttot, lv[4]]
    c.grade(lv[5], totals, "grade (conclusion)")
    c.grade(c.g(r"自评等级：(\S+)", c.raw), totals, "grade (table)")
    # prose vs table
    n1, comp1 = c.g(r"全年新装市政消防栓(\d+)座，完成年度目标的(" + PCT + ")")
    c.same(n1 + "座", R["新装市政消防栓数量"]["actual"], "新装 count")
    c.same(n1 + "座", n_new + "座", "新装 count (spending)")
    c.rate(comp1, dec(n1), dec(parse_val(R["新装市政消防栓数量"]["target"])[1]), "新装 completion (prose)", bounded=False)
    d = c.g(r"分别新装(\d+)座、(\d+)座、(\d+)座、(\d+)座，平均每区(" + NUM + r")座")
    c.total([x + "座" for x in d[:4]], n1 + "座", "新装 by district", money=False)
    c.average(d[:4], d[4], "新装 per district")
    n2, comp2, rest = c.g(r"维修更换损坏消防栓(\d+)座，完成目标的(" + PCT + r")，其余(\d+)座")
    c.same(n2 + "座", R["维修更换损坏消防栓数量"]["actual"], "维修 count")
    c.same(n2 + "座", n_rep + "座", "维修 count (spending)")
    tgt2 = parse_val(R["维修更换损坏消防栓数量"]["target"])[1]
    c.rate(comp2, dec(n2), tgt2, "维修 completion (prose)", bounded=False)
    c.diff(str(tgt2), n2, rest, "维修 shortfall")
    inuse, base, add = c.g(r"在用的(" + NUM + r")座消防栓（2018年底(" + NUM + r")座加本年新装(\d+)座）")
    c.total([base + "座", add + "座"], inuse + "座", "在用 count", money=False)
    c.same(add + "座", n1 + "座", "新装 count (巡检)")
    c.same(base + "座", c.g(r"城区共有在用市政消防栓(" + NUM + ")座") + "座", "2018 stock")
    good, last, pp = c.g(r"消防栓完好率(" + PCT + r")，较2018年的(" + PCT + r")提高(" + NUM + ")个百分点")
    c.same(good, R["消防栓完好率"]["actual"], "完好率")
    c.same(last, c.g(r"年末消防栓完好率(" + PCT + ")"), "2018 完好率")
    c.diff(good, last, pp, "完好率 increase")
    c.same(c.g(r"年度新装任务于(" + DATE + ")全部完成"), R["年度新装任务完成时间"]["actual"], "完成时间")
    cost = c.g(r"单座新装综合成本(" + NUM + r")万元，控制在")
    c.same(cost + "万元", R["单座新装综合成本"]["actual"], "单座成本")
    c.same(cost + "万元", price_new + "元", "单座成本 written two ways", money=True)
    c.same(c.g(r"缩短至(" + NUM + ")米") + "米", R["消防栓平均服务半径"]["actual"], "服务半径")
    c.same(c.g(r"全部完成巡检，巡检覆盖率(" + PCT + ")"), R["在用消防栓巡检覆盖率"]["actual"], "巡检覆盖率")
    c.same(c.g(r"巡检覆盖率(" + PCT + r")\s*$", c.raw), R["在用消防栓巡检覆盖率"]["actual"], "年度总体目标 巡检覆盖率")
    c.same(c.g(r"台账建档率(" + PCT + ")，实现"), R["消防栓管理台账建档率"]["actual"], "建档率")
    c.year_is(c.g(r"(\d{4})年年初预算安排"), "年初预算 year")
    c.year_is(c.g(r"关于开展(\d{4})年度市级预算"), "notice year")
    c.year_is(c.g(r"对(\d{4})年度城区市政消防栓"), "evaluated year")
    if int(c.g(r"市财政将(\d{4})年结转的")) != c.year - 1:
        c.err("year_mismatch", "上年结转 must come from the year before the evaluation year")
    m_all, m_ok, m_r = c.g(r"抽测消防栓(\d+)座，压力达标(\d+)座，达标率(" + PCT + ")")
    c.rate(m_r, dec(m_ok), dec(m_all), "压力达标率 (sample)")
    c.same(m_r, R["消防栓供水压力达标率"]["actual"], "压力达标率")
    q_all, q_ok, q_r = c.g(r"发放问卷(\d+)份，回收有效问卷(\d+)份，有效回收率(" + PCT + ")")
    c.rate(q_r, dec(q_ok), dec(q_all), "问卷有效回收率")
    s_f, s_r = c.g(r"消防救援部门满意度(" + PCT + r")，周边居民满意度(" + PCT + ")")
    c.same(s_f, R["消防救援部门满意度"]["actual"], "消防满意度")
    c.same(s_r, R["周边居民满意度"]["actual"], "居民满意度")
    g_new, g_rep, g_good = c.g(r"新装(\d+)座，维修更换(\d+)座，完好率(" + PCT + ")", c.raw.replace("\n", ""))
    c.same(g_new + "座", n1 + "座", "年度总体目标 新装")
    c.same(g_rep + "座", n2 + "座", "年度总体目标 维修")
    c.same(re.sub(r"\s", "", g_good), good, "年度总体目标 完好率")


def check_sanming(c):
    """fj-sanming-guanwangjianlou-2020: Word copy, tab rows."""
    c.year_is(c.g(r"(\d{4})年度绩效自评报告"), "title")
    c.year_is(c.g(r"（(\d{4})年度）"), "table header")
    c.year_is(c.g(r"实施期为(\d{4})年1月至12月"), "实施期")
    c.year_is(c.g(r"于(\d{4})年4月全额下达"), "下达")
    c.year_after(c.g(r"已于(\d{4})年1月由市财政收回"), "收回")
    c.year_after(c.g(r"已纳入(\d{4})年管网改造计划"), "postponed repairs")
    c.year_after(c.g(r"于(\d{4})年一季度建成"), "postponed DMA")
    tot, cur, prev, oth = (c.row_tab(n) for n in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"))
    for i, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        c.total([cur[i], prev[i], oth[i]], tot[i], f"funds table {col}")
    for row, nm in ((tot, "年度资金总额"), (cur, "当年财政拨款"), (prev, "上年结转资金"), (oth, "其他资金")):
        c.rate(row[4], dec(row[2]), dec(row[1]), f"funds table 执行率 {nm}")
    bud, fin, own = c.g(r"项目总预算(" + NUM + r")万元，其中市级财政补助(" + NUM + r")万元，供水公司自筹(" + NUM + r")万元，全年预算未作调整")
    c.total([fin, own], bud, "总预算 by source")
    c.same(bud, tot[1], "全年预算", money=True)
    c.same(fin, cur[1], "财政 全年", money=True)
    c.same(own, oth[1], "自筹 全年", money=True)
    if dec(tot[0]) != dec(tot[1]):
        c.err("rate_mismatch", "全年预算未作调整 but 年初 ≠ 全年")
    fin_in = c.g(r"市级财政资金(" + NUM + r")万元于\d{4}年4月全额下达")
    own_in, in_r = c.g(r"企业自筹(" + NUM + r")万元按计划到位，资金到位率(" + PCT + ")")
    c.same(fin_in, fin, "财政 下达 = 预算 (全额下达)", money=True)
    received = wan(fin_in) + wan(own_in)
    c.rate(in_r, received, wan(bud), "到位率")
    sp, sp_r, sf, sf_r, so, so_r = c.g(r"全年执行(" + NUM + r")万元，执行率(" + PCT + r")。其中，财政资金执行(" + NUM + r")万元，执行率(" + PCT
                                        + r")；企业自筹执行(" + NUM + r")万元，执行率(" + PCT + ")")
    c.same(sp, tot[2], "全年执行", money=True)
    c.same(sf, cur[2], "财政 执行", money=True)
    c.same(so, oth[2], "自筹 执行", money=True)
    c.total([sf, so], sp, "执行 by source (prose)")
    c.rate(sp_r, wan(sp), wan(bud), "执行率 (prose)")
    c.rate(sf_r, wan(sf), wan(fin), "财政 执行率 (prose)")
    c.rate(so_r, wan(so), wan(own), "自筹 执行率 (prose)")
    c.rate(c.g(r"资金执行率(" + PCT + ")，部分修复工程"), wan(tot[2]), wan(tot[1]), "执行率 (problems)")
    fee, unit_p, km, fee_y, rep = c.g(r"检漏服务费(" + MONEY + r")，按合同单价每公里(" + NUM + r")元、检测(" + NUM + r")公里结算，即(" + NUM
                                      + r")元；漏点开挖修复材料及机械台班费(" + MONEY + ")")
    c.product(km, unit_p, fee_y + "元", "检漏 km × unit price")
    c.same(fee, fee_y + "元", "检漏服务费 written two ways", money=True)
    c.total([fee, rep], sp + "万元", "spending by use")
    c.balance(c.g(r"年末结余(" + NUM + r")万元") + "万元", received, wan(sp), "年末结余")
    c.balance(c.g(r"财政资金未使用部分(" + NUM + r")万元") + "万元", wan(fin_in), wan(sf), "财政资金结余")
    names = ["检测供水管网长度", "漏点修复率", "检漏定位准确率", "暗漏平均修复时长", "每公里检漏服务成本", "城区供水管网漏损率",
             "管网抢修及时率", "新建DMA分区计量小区", "居民用户满意度", "非居民用户满意度"]
    rows = []
    for n in names:
        cl = c.row_tab(n)
        rows.append(dict(name=n, target=cl[0], actual=cl[1], completion=cl[2], weight=cl[3], score=cl[4]))
    R = {r["name"]: r for r in rows}
    wtot, ttot = [x for x in c.row_tab("总分") if x][:2]
    ptot, pg = c.g(r"项目得分(" + NUM + r")分，自评等级为(\S+?)。")
    c.indicators(rows, dict(budget=dec(tot[1]), spent=dec(tot[2]), weight=tot[3], rate=tot[4], score=tot[5]), [ttot, ptot],
                 weight_total=wtot)
    gt = c.g(r"全年检测城区供水管网不少于(" + NUM + r")公里，漏点修复率不低于(" + PCT + r")，检漏定位准确率不低于(" + PCT
             + r")，暗漏平均修复时长不超过(\d+)小时，每公里检漏服务成本不超过(" + NUM + r")万元；城区供水管网漏损率控制在(" + PCT
             + r")以内，管网抢修及时率不低于(" + PCT + r")，新建DMA分区计量小区不少于(\d+)个，用户满意度不低于(" + PCT + ")")
    for v, nm in zip((gt[0] + "公里", gt[1], gt[2], gt[3] + "小时", gt[4] + "万元/公里", gt[5], gt[6], gt[7] + "个", gt[8], gt[8]), names):
        c.target(v, R[nm], f"goal target {nm}")
    tg = c.g(r"\t检测管网不少于(" + NUM + r")公里，漏损率控制在(" + PCT + r")以内，新建DMA分区计量小区不少于(\d+)个")
    c.target(tg[0] + "公里", R["检测供水管网长度"], "年度总体目标 检测长度 target")
    c.target(tg[1], R["城区供水管网漏损率"], "年度总体目标 漏损率 target")
    c.target(tg[2] + "个", R["新建DMA分区计量小区"], "年度总体目标 DMA target")
    c.target(c.g(r"低于(" + NUM + r")万元的控制目标") + "万元/公里", R["每公里检漏服务成本"], "成本 target (prose)")
    c.year_is(c.g(r"统计核算，(\d{4})年城区公共供水管网漏损率"), "漏损率 year")
    c.grade(pg, [ttot, ptot], "grade")
    km2, comp, k1, k2, k3 = c.g(r"全年检测城区供水管网(" + NUM + r")公里，完成目标的(" + PCT + r")，其中DN300及以上主干管(" + NUM
                                + r")公里、DN100至DN300配水管(" + NUM + r")公里、DN100以下庭院管(" + NUM + r")公里")
    c.same(km2 + "公里", R["检测供水管网长度"]["actual"], "检测长度")
    c.same(km2 + "公里", km + "公里", "检测长度 (spending)")
    c.rate(comp, dec(km2), parse_val(R["检测供水管网长度"]["target"])[1], "检测长度 completion (prose)", bounded=False)
    c.total([k1 + "公里", k2 + "公里", k3 + "公里"], km2 + "公里", "检测长度 by pipe class", money=False)
    L, Ld, Lm, fixed, fr, rest = c.g(r"共发现漏点(\d+)处，其中暗漏(\d+)处、明漏(\d+)处；已修复(\d+)处，修复率(" + PCT + r")，其余(\d+)处")
    c.total([Ld + "处", Lm + "处"], L + "处", "漏点 by type", money=False)
    c.rate(fr, dec(fixed), dec(L), "修复率")
    c.diff(L, fixed, rest, "未修复漏点")
    c.same(c.g(r"\t(\d+)处纳入\d{4}年管网改造") + "处", rest + "处", "未修复漏点 (table note)")
    c.year_after(c.g(r"\t\d+处纳入(\d{4})年管网改造"), "postponed repairs (table note)")
    c.same(fr, R["漏点修复率"]["actual"], "修复率")
    v_all, v_ok, v_r = c.g(r"开挖验证(\d+)处，准确定位(\d+)处，检漏定位准确率(" + PCT + ")")
    c.rate(v_r, dec(v_ok), dec(v_all), "定位准确率")
    c.same(v_r, R["检漏定位准确率"]["actual"], "定位准确率")
    c.same(c.g(r"暗漏平均修复时长(\d+小时)"), R["暗漏平均修复时长"]["actual"], "修复时长")
    cost = c.g(r"每公里检漏服务成本(" + NUM + r")万元，低于")
    c.same(cost + "万元/公里", R["每公里检漏服务成本"]["actual"], "每公里成本")
    c.same(cost + "万元", unit_p + "元", "每公里成本 written two ways", money=True)
    loss, loss0, pp = c.g(r"漏损率为(" + PCT + r")，较2019年的(" + PCT + r")下降(" + NUM + ")个百分点")
    c.same(loss, R["城区供水管网漏损率"]["actual"], "漏损率")
    c.same(loss0, c.g(r"2019年城区公共供水管网漏损率为(" + PCT + ")"), "2019 漏损率")
    c.diff(loss0, loss, pp, "漏损率 decrease")
    o_all, o_ok, o_r = c.g(r"抢修工单(\d+)单，按时完成(\d+)单，抢修及时率(" + PCT + ")")
    c.rate(o_r, dec(o_ok), dec(o_all), "抢修及时率")
    c.same(o_r, R["管网抢修及时率"]["actual"], "抢修及时率")
    dma, dma_c, dma_rest = c.g(r"新建DMA分区计量小区(\d+)个，完成目标的(" + PCT + r")，另有(\d+)个小区")
    c.same(dma + "个", R["新建DMA分区计量小区"]["actual"], "DMA")
    dma_t = parse_val(R["新建DMA分区计量小区"]["target"])[1]
    c.rate(dma_c, dec(dma), dma_t, "DMA completion (prose)", bounded=False)
    c.diff(str(dma_t), dma, dma_rest, "DMA shortfall")
    s1, s2 = c.g(r"居民用户满意度(" + PCT + r")，非居民用户满意度(" + PCT + ")")
    c.same(s1, R["居民用户满意度"]["actual"], "居民满意度")
    c.same(s2, R["非居民用户满意度"]["actual"], "非居民满意度")
    ckm, cfix = c.g(r"全年共检测供水管网(" + NUM + r")公里、修复漏点(\d+)处")
    c.same(ckm + "公里", km2 + "公里", "检测长度 (conclusion)")
    c.same(cfix + "处", fixed + "处", "修复漏点 (conclusion)")
    gkm, gloss, gdma = c.g(r"\t检测管网(" + NUM + r")公里，漏损率(" + PCT + r")，新建DMA分区计量小区(\d+)个")
    c.same(gkm + "公里", km2 + "公里", "年度总体目标 检测长度")
    c.same(gloss, loss, "年度总体目标 漏损率")
    c.same(gdma + "个", dma + "个", "年度总体目标 DMA")


def check_ruichang(c):
    """jx-ruichang-zhujian-bumen-2022: department-wide, web page copy, one cell a line."""
    c.year_is(c.g(r"(\d{4})年度部门整体支出绩效自评报告"), "title")
    c.year_is(c.g(r"（(\d{4})年度）"), "table header")
    c.year_is(c.g(r"(\d{4})年年初预算"), "年初预算")
    c.year_is(c.g(r"(\d{4})年全年支出"), "全年支出")
    c.year_after(c.g(r"结转至(\d{4})年继续使用"), "carry-over")
    c.year_after(c.g(r"顺延至(\d{4})年。"), "postponed renovation")
    rows_f = {n: c.row_cells(n) for n in ("年度资金总额", "财政拨款", "上年结转资金", "其他资金", "基本支出", "项目支出")}
    tot = rows_f["年度资金总额"]
    for i, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        c.total([rows_f[n][i] for n in ("财政拨款", "上年结转资金", "其他资金")], tot[i], f"收入性质 {col}")
        c.total([rows_f[n][i] for n in ("基本支出", "项目支出")], tot[i], f"支出性质 {col}")
    for n, row in rows_f.items():
        c.rate(row[4], dec(row[2]), dec(row[1]), f"funds table 执行率 {n}")
    c.same(c.g(r"年初预算(" + NUM + r")万元，全部为财政拨款"), tot[0], "年初预算", money=True)
    a, a1, a2 = c.g(r"全年预算(" + NUM + r")万元，其中财政拨款(" + NUM + r")万元、上年结转资金(" + NUM + r")万元")
    c.total([a1, a2], a, "全年预算 by source (prose)")
    c.same(a, tot[1], "全年预算", money=True)
    c.same(a1, rows_f["财政拨款"][1], "财政拨款 全年", money=True)
    c.same(a2, rows_f["上年结转资金"][1], "上年结转 全年", money=True)
    sp, spr = c.g(r"全年支出(" + NUM + r")万元，预算执行率(" + PCT + ")")
    c.same(sp, tot[2], "全年支出", money=True)
    c.rate(spr, wan(sp), wan(a), "预算执行率 (prose)")
    b1, b2 = c.g(r"基本支出(" + NUM + r")万元，项目支出(" + NUM + r")万元")
    c.total([b1, b2], sp, "支出 by nature (prose)")
    c.same(b1, rows_f["基本支出"][2], "基本支出 执行", money=True)
    c.same(b2, rows_f["项目支出"][2], "项目支出 执行", money=True)
    f1, f1r, f2, f2r = c.g(r"财政拨款执行(" + NUM + r")万元，执行率(" + PCT + r")；上年结转资金执行(" + NUM + r")万元，执行率(" + PCT + ")")
    c.same(f1, rows_f["财政拨款"][2], "财政拨款 执行", money=True)
    c.same(f2, rows_f["上年结转资金"][2], "上年结转 执行", money=True)
    c.rate(f1r, wan(f1), wan(a1), "财政拨款 执行率 (prose)")
    c.rate(f2r, wan(f2), wan(a2), "上年结转 执行率 (prose)")
    c.rate(c.g(r"上年结转资金执行率(" + PCT + ")"), wan(f2), wan(a2), "上年结转 执行率 (problems)")
    bal, bal1, bal2 = c.g(r"年末结余(" + NUM + r")万元，其中当年财政拨款结余(" + NUM + r")万元、上年结转资金结余(" + NUM + r")万元")
    c.balance(bal + "万元", wan(a), wan(sp), "年末结余")
    c.balance(bal1 + "万元", wan(a1), wan(f1), "财政拨款结余")
    c.balance(bal2 + "万元", wan(a2), wan(f2), "上年结转结余")
    c.total([bal1, bal2], bal, "结余 by source")
    kp, kp1, kp2 = c.g(r"预算合计(" + NUM + r")万元，分别为城区市政消防栓补建维护项目(" + NUM + r")万元、城区供水管网检漏及漏损治理项目(" + NUM + r")万元")
    c.total([kp1, kp2], kp, "重点项目预算")
    x1, x1r = c.g(r"1\.城区市政消防栓补建维护项目。全年执行(" + NUM + r")万元，执行率(" + PCT + ")")
    c.rate(x1r, wan(x1), wan(kp1), "消防栓项目 执行率")
    x2, x2r = c.g(r"2\.城区供水管网检漏及漏损治理项目。全年执行(" + NUM + r")万元，执行率(" + PCT + ")")
    c.rate(x2r, wan(x2), wan(kp2), "检漏项目 执行率")
    n, d1, d2, d3, avg = c.g(r"全年补建市政消防栓(\d+)座，其中湓城街道(\d+)座、桂林街道(\d+)座、赛湖新区(\d+)座，平均每个片区(" + NUM + ")座")
    c.total([d1 + "座", d2 + "座", d3 + "座"], n + "座", "补建 by area", money=False)
    c.average([d1, d2, d3], avg, "补建 per area")
    price, amt = c.g(r"补建消防栓每座综合单价(" + NUM + r")元，计(" + MONEY + ")")
    c.product(n, price, amt, "补建 count × unit price")
    m_n, m_p, m_amt, m_other = c.g(r"维修维护消防栓(\d+)座次，平均每座次(" + NUM + r")元，计(" + MONEY + r")；巡检测压及标识标牌(" + MONEY + ")")
    c.product(m_n, m_p, m_amt, "维修 count × unit price")
    c.total([amt, m_amt, m_other], x1 + "万元", "消防栓项目 spending by use")
    good, cover = c.g(r"年末抽检消防栓完好率(" + PCT + r")，按150米服务半径测算的城区消防栓覆盖率为(" + PCT + ")")
    km, kp_price, km_y = c.g(r"完成城区供水管网检漏(" + NUM + r")公里，检漏服务按每公里(" + NUM + r")元结算，计(" + NUM + r")元")
    c.product(km, kp_price, km_y + "元", "检漏 km × unit price")
    L, Lf, Lr, Lamt = c.g(r"发现漏点(\d+)处，修复(\d+)处，修复率(" + PCT + r")，漏点开挖修复(" + MONEY + ")")
    c.rate(Lr, dec(Lf), dec(L), "漏点修复率")
    c.total([km_y + "元", Lamt], x2 + "万元", "检漏项目 spending by use")
    l0, l1, pp = c.g(r"漏损率由2021年的(" + PCT + r")降至(" + PCT + r")，下降(" + NUM + ")个百分点")
    c.diff(l0, l1, pp, "漏损率 decrease")
    plan, done, late = c.g(r"计划改造(\d+)个小区，实际完成(\d+)个，(\d+)个小区")
    c.diff(plan, done, late, "老旧小区 shortfall")
    ni, no, nb, ns = c.g(r"绩效指标(\d+)个，其中产出指标(\d+)个、效益指标(\d+)个、满意度指标(\d+)个")
    c.total([no, nb, ns], ni, "indicator count", money=False)
    sat = c.g(r"群众满意度(" + PCT + ")。")
    names_out = ["补建市政消防栓", "维修维护消防栓", "供水管网检漏长度", "老旧小区供水管网改造", "消防栓完好率"]
    names_ben = ["城区公共供水管网漏损率", "城区消防栓覆盖率", "城建领域较大安全事故"]
    names_sat = ["群众满意度"]
    names = names_out + names_ben + names_sat
    if [int(no), int(nb), int(ns)] != [len(names_out), len(names_ben), len(names_sat)]:
        c.err("sum_mismatch", "indicator count vs table rows")
    rows = []
    for nm in names:
        cl = c.row_cells(nm)
        rows.append(dict(name=nm, target=cl[0], actual=cl[1], completion=cl[2], weight=cl[3], score=cl[4]))
    R = {r["name"]: r for r in rows}
    wtot, ttot = [x for x in c.row_cells("总分") if x][:2]
    ptot, pg = c.g(r"综合自评得分(" + NUM + r")分，评价等级为(\S+?)。")
    c.indicators(rows, dict(budget=dec(tot[1]), spent=dec(tot[2]), weight=tot[3], rate=tot[4], score=tot[5]), [ttot, ptot],
                 weight_total=wtot)
    c.find(r"城建领域全年未发生较大安全事故")
    c.same("0起", R["城建领域较大安全事故"]["actual"], "安全事故 (未发生)")
    c.same(c.g(r"\n\t(\d+)个小区居民意见未统一") + "个", late + "个", "老旧小区 shortfall (table note)")
    c.same(c.g(r"改造有(\d+)个小区未按期完成") + "个", late + "个", "老旧小区 shortfall (problems)")
    c.year_after(c.g(r"居民意见未统一，顺延至(\d{4})年"), "postponed renovation (table note)")
    c.year_is(c.g(r"(\d{4})年我局两个民生重点项目"), "重点项目 year")
    c.grade(pg, [ttot, ptot], "grade (text)")
    c.grade(c.row_cells("评价等级")[0], [ttot, ptot], "grade (table)")
    c.same(n + "座", R["补建市政消防栓"]["actual"], "补建 count")
    c.same(m_n + "座次", R["维修维护消防栓"]["actual"], "维修 count")
    c.same(km + "公里", R["供水管网检漏长度"]["actual"], "检漏长度")
    c.same("≥" + plan + "个", R["老旧小区供水管网改造"]["target"], "老旧小区 target")
    c.same(done + "个", R["老旧小区供水管网改造"]["actual"], "老旧小区 actual")
    c.same(good, R["消防栓完好率"]["actual"], "完好率")
    c.same(cover, R["城区消防栓覆盖率"]["actual"], "覆盖率")
    c.same(l1, R["城区公共供水管网漏损率"]["actual"], "漏损率")
    c.same(sat, R["群众满意度"]["actual"], "满意度")
    ckm, cn = c.g(r"全年完成城区供水管网检漏(" + NUM + r")公里，补建消防栓(\d+)座")
    c.same(ckm + "公里", km + "公里", "检漏长度 (conclusion)")
    c.same(cn + "座", n + "座", "补建 count (conclusion)")


def check_yuechi(c):
    """sc-yuechi-xiaofangshuan-jianlou-2023: Sichuan table (指标性质, 度量单位 columns) as tab rows."""
    c.year_is(c.g(r"(\d{4})年度岳池县住房和城乡建设局项目支出"), "title")
    c.year_is(c.g(r"(\d{4})年项目支出绩效自评表"), "table title")
    c.year_is(c.g(r"截至(\d{4})年12月31日"), "截至")
    c.year_is(c.g(r"申报(\d{4})年城区市政消防栓"), "申报")
    c.year_after(c.g(r"待(\d{4})年质保期满后支付"), "retention money")
    c.year_after(c.g(r"已纳入(\d{4})年管网改造计划"), "postponed repairs")
    names_f = ("年度资金总额", "财政资金", "财政专户管理资金", "单位资金", "其他资金")
    F = {n: c.row_tab(n) for n in names_f}
    tot = F["年度资金总额"]
    for i, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        c.total([F[n][i] for n in names_f[1:]], tot[i], f"funds table {col}")
    for n, row in F.items():
        c.rate(row[4], dec(row[2]), dec(row[1]), f"funds table 执行率 {n}")
    c.same(c.g(r"项目预算(" + NUM + r")万元。"), tot[0], "申报预算 = 年初", money=True)
    i0, i1, i2 = c.g(r"年初批复项目预算(" + NUM + r")万元，其中财政资金(" + NUM + r")万元、单位资金(" + NUM + r")万元")
    c.total([i1, i2], i0, "年初 by source (prose)")
    c.same(i0, tot[0], "年初", money=True)
    c.year_is(c.g(r"(\d{4})年年初批复项目预算"), "年初 year")
    c.same(i1, F["财政资金"][0], "财政 年初", money=True)
    c.same(i2, F["单位资金"][0], "单位 年初", money=True)
    add, ann = c.g(r"追加财政资金(" + NUM + r")万元，调整后全年预算(" + NUM + r")万元")
    c.total([i0, add], ann, "年初 + 追加 = 全年")
    c.total([i1, add], F["财政资金"][1], "财政 年初 + 追加 = 全年")
    c.same(ann, tot[1], "全年预算", money=True)
    r1, r2, rr = c.g(r"财政资金(" + NUM + r")万元、单位资金(" + NUM + r")万元全部到位，资金到位率(" + PCT + ")")
    rec = wan(r1) + wan(r2)
    c.same(r1, F["财政资金"][1], "财政 到位 = 全年 (全部到位)", money=True)
    c.same(r2, F["单位资金"][1], "单位 到位 = 全年 (全部到位)", money=True)
    c.rate(rr, rec, wan(ann), "到位率")
    sp, spr, sf, sfr, su, sur = c.g(r"全年执行(" + NUM + r")万元，预算执行率(" + PCT + r")。其中财政资金执行(" + NUM + r")万元，执行率(" + PCT
                                    + r")；单位资金执行(" + NUM + r")万元，执行率(" + PCT + ")")
    c.same(sp, tot[2], "全年执行", money=True)
    c.same(sf, F["财政资金"][2], "财政 执行", money=True)
    c.same(su, F["单位资金"][2], "单位 执行", money=True)
    c.total([sf, su], sp, "执行 by source (prose)")
    c.rate(spr, wan(sp), wan(ann), "预算执行率 (prose)")
    c.rate(sfr, wan(sf), wan(F["财政资金"][1]), "财政 执行率 (prose)")
    c.rate(sur, wan(su), wan(F["单位资金"][1]), "单位 执行率 (prose)")
    c.rate(c.g(r"形成结余，预算执行率(" + PCT + ")"), wan(sp), wan(ann), "预算执行率 (problems)")
    u = c.g(r"补建消防栓(" + MONEY + r")（(\d+)座，每座综合单价(" + NUM + r")元，即(" + NUM + r")元），维修更换消防栓(" + MONEY
            + r")（(\d+)座，平均每座(" + NUM + r")元），管网检漏服务(" + MONEY + r")（(" + NUM + r")公里，每公里(" + NUM
            + r")元），漏点修复及应急抢修(" + MONEY + r")，消防栓巡查测压及信息化台账(" + MONEY + ")")
    c.product(u[1], u[2], u[3] + "元", "补建 count × unit price")
    c.same(u[0], u[3] + "元", "补建 amount written two ways", money=True)
    c.product(u[5], u[6], u[4], "维修 count × unit price")
    c.product(u[8], u[9], u[7], "检漏 km × unit price")
    c.total([u[0], u[4], u[7], u[10], u[11]], sp + "万元", "spending by use")
    c.balance(c.g(r"年末结余(" + NUM + r")万元") + "万元", rec, wan(sp), "年末结余")
    c.balance(c.g(r"财政资金结余(" + NUM + r")万元") + "万元", wan(r1), wan(sf), "财政资金结余")
    names = ["补建市政消防栓数量", "维修更换消防栓数量", "供水管网检漏长度", "漏点修复率", "补建工程完工时间", "单座补建综合成本",
             "城区供水管网漏损率", "消防栓完好率", "消防栓长效管护机制", "居民满意度", "商户满意度"]
    rows = []
    for n in names:
        cl = c.row_tab(n)
        unit = "" if cl[2] in ("—", "年月日") else cl[2]
        rows.append(dict(name=n, nature=cl[0], target=cl[1], unit=unit, actual=cl[3], completion=cl[4],
                         weight=cl[5], score=cl[6]))
    R = {r["name"]: r for r in rows}
    wtot, ttot = c.row_tab("总分")[:2]
    ptot, pg = c.g(r"经自评，项目绩效自评得分(" + NUM + r")分，评价等级为“(\S+?)”")
    ttot2, tg = c.g(r"评价结论\t项目绩效自评得分(" + NUM + r")分，等级为(\S+?)。")
    totals = [ttot, ptot, ttot2]
    c.indicators(rows, dict(budget=dec(tot[1]), spent=dec(tot[2]), weight=tot[3], rate=tot[4], score=tot[5]), totals,
                 weight_total=wtot)
    c.grade(pg, totals, "grade (text)")
    gt = c.g(r"补建市政消防栓不少于(\d+)座，维修更换消防栓不少于(\d+)座，检漏供水管网不少于(" + NUM + r")公里，漏点修复率不低于(" + PCT
             + r")，(" + DATE + r")前完成补建工程，单座补建综合成本不超过(" + NUM + r")万元；城区供水管网漏损率不高于(" + PCT
             + r")，消防栓完好率不低于(" + PCT + r")，居民和商户满意度均不低于(" + PCT + ")")
    for v, nm in zip((gt[0] + "座", gt[1] + "座", gt[2] + "公里", gt[3], gt[4], gt[5] + "万元", gt[6], gt[7], gt[8], gt[8]),
                     names[:8] + names[9:]):
        c.target(v, R[nm], f"goal target {nm}")
    tgo = c.g(r"\t补建消防栓不少于(\d+)座，维修更换不少于(\d+)座，检漏管网不少于(" + NUM + r")公里，漏损率不高于(" + PCT + ")")
    for v, nm in zip((tgo[0] + "座", tgo[1] + "座", tgo[2] + "公里", tgo[3]), ["补建市政消防栓数量", "维修更换消防栓数量",
                                                                      "供水管网检漏长度", "城区供水管网漏损率"]):
        c.target(v, R[nm], f"年度总体目标 target {nm}")
    c.target(c.g(r"一是消防栓完好率未达到(" + PCT + ")的目标"), R["消防栓完好率"], "完好率 target (problems)")
    c.year_is(c.g(r"产销差核算，(\d{4})年城区供水管网漏损率"), "漏损率 year")
    c.grade(tg, totals, "grade (table)")

    def tv(name, key="actual"):  # table value with its unit
        r = R[name]
        return r[key] if parse_val(r[key])[2] not in ("",) else r[key] + r["unit"]

    n1, n2, dt = c.g(r"全年补建市政消防栓(\d+)座，维修更换消防栓(\d+)座，补建工程于(" + DATE + ")完工")
    c.same(n1 + "座", tv("补建市政消防栓数量"), "补建 count")
    c.same(n1 + "座", u[1] + "座", "补建 count (spending)")
    c.same(n2 + "座", tv("维修更换消防栓数量"), "维修 count")
    c.same(n2 + "座", u[5] + "座", "维修 count (spending)")
    c.same(dt, R["补建工程完工时间"]["actual"], "完工时间")
    km, L, Lf, Lr, rest = c.g(r"供水管网检漏(" + NUM + r")公里，发现漏点(\d+)处，修复(\d+)处，修复率(" + PCT + r")，剩余(\d+)处")
    c.same(km + "公里", tv("供水管网检漏长度"), "检漏长度")
    c.same(km + "公里", u[8] + "公里", "检漏长度 (spending)")
    c.rate(Lr, dec(Lf), dec(L), "漏点修复率")
    c.same(Lr, tv("漏点修复率"), "漏点修复率")
    c.diff(L, Lf, rest, "未修复漏点")
    c.same(c.g(r"\t(\d+)处纳入\d{4}年管网改造") + "处", rest + "处", "未修复漏点 (table note)")
    c.year_after(c.g(r"\t\d+处纳入(\d{4})年管网改造"), "postponed repairs (table note)")
    cost = c.g(r"单座补建综合成本(" + NUM + r")万元。")
    c.same(cost + "万元", tv("单座补建综合成本"), "单座成本")
    c.same(cost + "万元", u[2] + "元", "单座成本 written two ways", money=True)
    l1, l0, pp = c.g(r"漏损率为(" + PCT + r")，较2022年的(" + PCT + r")下降(" + NUM + ")个百分点")
    c.same(l1, tv("城区供水管网漏损率"), "漏损率")
    c.diff(l0, l1, pp, "漏损率 decrease")
    good, good_t = c.g(r"年末抽检消防栓完好率(" + PCT + r")，略低于(" + PCT + ")的目标")
    c.same(good, tv("消防栓完好率"), "完好率")
    c.same(good_t, tv("消防栓完好率", "target"), "完好率 target")
    q_all, q_ok, q_r = c.g(r"发放问卷(\d+)份，回收有效问卷(\d+)份，有效回收率(" + PCT + ")")
    c.rate(q_r, dec(q_ok), dec(q_all), "问卷有效回收率")
    s1, s2 = c.g(r"居民满意度(" + PCT + r")，商户满意度(" + PCT + ")")
    c.same(s1, tv("居民满意度"), "居民满意度")
    c.same(s2, tv("商户满意度"), "商户满意度")
    g1, g2, g3, g4 = c.g(r"\t补建(\d+)座，维修更换(\d+)座，检漏(" + NUM + r")公里，漏损率(" + PCT + ")")
    c.same(g1 + "座", n1 + "座", "年度总体目标 补建")
    c.same(g2 + "座", n2 + "座", "年度总体目标 维修")
    c.same(g3 + "公里", km + "公里", "年度总体目标 检漏")
    c.same(g4, l1, "年度总体目标 漏损率")


def check_zhijiang(c):
    """hb-zhijiang-gongshui-jianlou-2024: PDF copy, Hubei-style table (预算执行 20 + two goal blocks of 40)."""
    c.year_is(c.g(r"(\d{4})年度绩效自评报告"), "title")
    c.year_is(c.g(r"（(\d{4})年度）"), "table header")
    c.year_is(c.g(r"(\d{4})年3月，市财政下达"), "下达")
    c.year_is(c.g(r"截至(\d{4})年12月31日"), "截至")
    c.year_is(c.g(r"^\s*(\d{4})年2月\s*$", c.raw), "report date", allow=(c.year + 1,))
    c.year_after(c.g(r"结转至(\d{4})年支付"), "carry-over")
    c.year_after(c.g(r"顺延至(\d{4})年随道路同步更新"), "postponed hydrants")
    tot, cur, prev, oth = (c.row_pdf(n) for n in ("年度资金总额", "其中：财政拨款", "上年结转资金", "其他资金（企业自筹）"))
    for i, col in enumerate(("全年预算数", "全年执行数")):
        c.total([cur[i], prev[i], oth[i]], tot[i], f"funds table {col}")
    for row, nm in ((tot, "年度资金总额"), (cur, "财政拨款"), (prev, "上年结转资金"), (oth, "其他资金")):
        c.rate(row[3], dec(row[1]), dec(row[0]), f"funds table 执行率 {nm}")
    fin, own, bud = c.g(r"市财政下达项目资金(" + NUM + r")万元；市自来水有限公司自筹(" + NUM + r")万元。全年预算(" + NUM + r")万元，年内未作调整")
    c.total([fin, own], bud, "全年预算 by source (prose)")
    c.same(bud, tot[0], "全年预算", money=True)
    c.same(fin, cur[0], "财政 全年", money=True)
    c.same(own, oth[0], "自筹 全年", money=True)
    rec, rr, sp, spr = c.g(r"项目资金到位(" + NUM + r")万元，到位率(" + PCT + r")；全年执行(" + NUM + r")万元，执行率(" + PCT + ")")
    c.rate(rr, wan(rec), wan(bud), "到位率")
    c.same(sp, tot[1], "全年执行", money=True)
    c.rate(spr, wan(sp), wan(bud), "执行率 (prose)")
    c.rate(c.g(r"质保金形成结余，执行率(" + PCT + ")"), wan(sp), wan(bud), "执行率 (problems)")
    sf, so = c.g(r"其中财政拨款执行(" + NUM + r")万元、企业自筹执行(" + NUM + r")万元。")
    c.same(sf, cur[1], "财政 执行", money=True)
    c.same(so, oth[1], "自筹 执行", money=True)
    c.total([sf, so], sp, "执行 by source (prose)")
    u = c.g(r"检漏服务费(" + MONEY + r")（检漏(" + NUM + r")公里，单价每公里(" + NUM + r")元，即(" + NUM + r")元）；漏点开挖修复(" + MONEY
            + r")；消防栓更新改造(" + MONEY + r")（(\d+)座，每座(" + NUM + r")元）；新装消防栓(" + MONEY + r")（(\d+)座，每座(" + NUM + r")元）")
    c.product(u[1], u[2], u[3] + "元", "检漏 km × unit price")
    c.same(u[0], u[3] + "元", "检漏服务费 written two ways", money=True)
    c.product(u[6], u[7], u[5], "更新改造 count × unit price")
    c.product(u[9], u[10], u[8], "新装 count × unit price")
    c.total([u[0], u[4], u[5], u[8]], sp + "万元", "spending by use")
    bal, bal1, bal2 = c.g(r"年末结余(" + NUM + r")万元，其中财政拨款结余(" + NUM + r")万元、企业自筹结余(" + NUM + r")万元")
    c.balance(bal + "万元", wan(rec), wan(sp), "年末结余")
    c.balance(bal1 + "万元", wan(fin), wan(sf), "财政结余")
    c.balance(bal2 + "万元", wan(own), wan(so), "自筹结余")
    c.total([bal1, bal2], bal, "结余 by source")
    b1 = ["供水管网检漏长度", "发现并修复漏点", "检漏服务单价", "城区管网漏损率", "用户满意度"]
    b2 = ["更新改造老旧消防栓", "新装市政消防栓", "消防栓出水压力合格率", "更新改造完成时限", "消防救援大队满意度"]
    rows = [pdf_indicator(c, n) for n in b1 + b2]
    R = {r["name"]: r for r in rows}
    w1 = c.g(r"年度目标1：[^\n]*（分值(\d+)）", c.raw)
    w2 = c.g(r"年度目标2：[^\n]*（分值(\d+)）", c.raw)
    wtot, ttot = c.g(r"^\s*总分\s{2,}(" + NUM + r")\s{2,}(" + NUM + r")\s*$", c.raw)
    lv = c.g(r"预算执行得分(" + NUM + r")分，年度目标1得分(" + NUM + r")分，年度目标2得分(" + NUM + r")分，总得分(" + NUM
             + r")分，评价等级为(\S+?)。")
    c.indicators(rows, dict(budget=dec(tot[0]), spent=dec(tot[1]), weight=tot[2], rate=tot[3], score=tot[4]), [ttot, lv[3]],
                 level_weights={"年度目标1": (b1, w1), "年度目标2": (b2, w2)}, weight_total=wtot,
                 level_scores={"预算执行": (["预算执行率"], lv[0]), "年度目标1": (b1, lv[1]), "年度目标2": (b2, lv[2])})
    c.grade(lv[4], [ttot, lv[3]], "grade (text)")
    gt = c.g(r"年度目标1：全年检漏城区供水管网不少于(\d+)公里，发现并修复漏点不少于(\d+)处，检漏服务单价不超过(" + NUM
             + r")万元/公里，城区管网漏损率控制在(" + PCT + r")以内，用户满意度不低于(" + PCT + r")。年度目标2：更新改造老旧消防栓不少于(\d+)座，"
             + r"新装市政消防栓不少于(\d+)座，消防栓出水压力合格率不低于(" + PCT + r")，(" + DATE + r")前完成改造，消防救援大队满意度不低于("
             + PCT + ")")
    for v, nm in zip((gt[0] + "公里", gt[1] + "处", gt[2] + "万元/公里", gt[3], gt[4], gt[5] + "座", gt[6] + "座", gt[7], gt[8], gt[9]),
                     b1 + b2):
        c.target(v, R[nm], f"goal target {nm}")
    t1 = c.g(r"年度目标1：全年检漏城区供水管网不少于(\d+)公里，城区管网漏损率控制在(" + PCT + r")以内（分值", c.raw)
    c.target(t1[0] + "公里", R[b1[0]], "block 1 title target")
    c.target(t1[1], R[b1[3]], "block 1 title target")
    t2 = c.g(r"年度目标2：更新改造老旧消防栓不少于(\d+)座，新装消防栓不少于(\d+)座（分值", c.raw)
    c.target(t2[0] + "座", R[b2[0]], "block 2 title target")
    c.target(t2[1] + "座", R[b2[1]], "block 2 title target")
    c.grade(c.g(r"评价等级：(\S+)", c.raw), [ttot, lv[3]], "grade (table)")
    km, L, Lc, Lok, Lr = c.g(r"全年检漏城区供水管网(" + NUM + r")公里，发现漏点(\d+)处，全部修复；对已修复的(\d+)处漏点全部复检，复检合格(\d+)处，合格率("
                            + PCT + r")，不合格漏点已全部返修")
    c.same(km + "公里", R["供水管网检漏长度"]["actual"], "检漏长度")
    c.same(km + "公里", u[1] + "公里", "检漏长度 (spending)")
    c.same(L + "处", R["发现并修复漏点"]["actual"], "漏点")
    c.same(Lc + "处", L + "处", "复检 = 已修复 (全部修复)")
    c.rate(Lr, dec(Lok), dec(Lc), "复检合格率")
    cost = c.g(r"检漏服务单价(" + NUM + r")万元/公里。")
    c.same(cost + "万元/公里", R["检漏服务单价"]["actual"], "检漏单价")
    c.same(cost + "万元", u[2] + "元", "检漏单价 written two ways", money=True)
    l1, pp = c.g(r"年城区管网漏损率(" + PCT + r")，较2023年下降约(" + NUM + ")个百分点")
    l0 = c.g(r"2023年城区管网漏损率为(" + PCT + ")")
    c.same(l1, R["城区管网漏损率"]["actual"], "漏损率")
    c.diff(l0, l1, pp, "漏损率 decrease (约)", approx=True)
    c.same(c.g(r"用户满意度(" + PCT + ")。"), R["用户满意度"]["actual"], "用户满意度")
    h, hc, hrest = c.g(r"更新改造老旧消防栓(\d+)座，完成目标的(" + PCT + r")，其余(\d+)座")
    c.same(h + "座", R["更新改造老旧消防栓"]["actual"], "更新改造 count")
    c.same(h + "座", u[6] + "座", "更新改造 count (spending)")
    ht = parse_val(R["更新改造老旧消防栓"]["target"])[1]
    c.rate(hc, dec(h), ht, "更新改造 completion (prose)", bounded=False)
    c.diff(str(ht), h, hrest, "更新改造 shortfall")
    c.same(c.g(r"(\d+)座随道路改造顺延") + "座", hrest + "座", "更新改造 shortfall (table note)")
    hn = c.g(r"；新装市政消防栓(\d+)座。")
    c.same(hn + "座", R["新装市政消防栓"]["actual"], "新装 count")
    c.same(hn + "座", u[9] + "座", "新装 count (spending)")
    p_all, p_ok, p_r = c.g(r"抽测消防栓(\d+)座，出水压力合格(\d+)座，合格率(" + PCT + ")")
    c.rate(p_r, dec(p_ok), dec(p_all), "出水压力合格率 (sample)")
    c.same(p_r, R["消防栓出水压力合格率"]["actual"], "出水压力合格率")
    c.same(c.g(r"改造工程于(" + DATE + ")完工"), R["更新改造完成时限"]["actual"], "完工时间")
    c.year_is(c.g(r"经产销差核算，(\d{4})年城区管网漏损率"), "漏损率 year")
    c.same(c.g(r"消防救援大队满意度(" + PCT + ")。"), R["消防救援大队满意度"]["actual"], "消防满意度")


PROJECTS = {
    "ha-pingdingshan-xiaofangshuan-2019": (check_pingdingshan, 2019, True),
    "fj-sanming-guanwangjianlou-2020": (check_sanming, 2020, False),
    "jx-ruichang-zhujian-bumen-2022": (check_ruichang, 2022, False),
    "sc-yuechi-xiaofangshuan-jianlou-2023": (check_yuechi, 2023, False),
    "hb-zhijiang-gongshui-jianlou-2024": (check_zhijiang, 2024, True),
}


def run(source, text):
    fn, year, flat = PROJECTS[source]
    c = Checker(text, year, flat)
    fn(c)
    return c


def edit_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s   # [p, ea) in a replaced by [p, eb) in b


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    if len(labels) != 35:
        problems.append(f"labels: {len(labels)} lines, expected 35")
    clean = {}
    counts = {k: 0 for k in CODES}
    verbose = "-v" in sys.argv
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            text = fh.read()
        if rec["clean"]:
            clean[rec["source"]] = text
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append(f"{rec['case']}: {n} characters")
    for rec in labels:
        name, src = rec["case"], rec["source"]
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        try:
            c = run(src, text)
        except ParseError as exc:
            problems.append(f"{name}: cannot read figures: {exc}")
            continue
        got = c.errors()
        warns = sorted({cd for s, cd, _ in c.findings if s == "warning"})
        if verbose:
            print(name, got, "warnings:", warns)
            for s, cd, m in c.findings:
                print("   ", s, cd, m)
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if got:
                problems.append(f"{name}: clean draft fails {got}: {[m for s, cd, m in c.findings if s == 'error']}")
            if warns:
                problems.append(f"{name}: clean draft has warnings {warns}")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: {len(exp)} expected findings")
            continue
        e = exp[0]
        if e["code"] not in CODES or e["severity"] != "error":
            problems.append(f"{name}: bad code/severity {e}")
        counts[e["code"]] = counts.get(e["code"], 0) + 1
        if got != [e["code"]]:
            problems.append(f"{name}: expected only {e['code']}, checker found {got}: "
                            f"{[m for s, cd, m in c.findings if s == 'error']}")
        if text.count(e["value"]) != 1:
            problems.append(f"{name}: value occurs {text.count(e['value'])}x")
        base = clean[src]
        p, ea, eb = edit_region(base, text)
        if max(ea - p, eb - p) > 40 or max(ea - p, eb - p) == 0:
            problems.append(f"{name}: edit region {ea - p} → {eb - p} characters")
        vs = text.find(e["value"])
        if not (vs < max(eb, p + 1) and p < vs + len(e["value"])):
            problems.append(f"{name}: value {e['value']!r} does not overlap the edit [{p},{eb})")
    for k in CODES:
        if counts.get(k, 0) < 2:
            problems.append(f"code {k} used {counts.get(k, 0)}x (< 2)")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("per code:", ", ".join(f"{k} {counts[k]}" for k in CODES))
    print("OK")


if __name__ == "__main__":
    main()
