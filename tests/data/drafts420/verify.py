#!/usr/bin/env python3
"""Verify this set (standard library only).

1. every label value occurs in its case;
2. each error case differs from its clean draft in one contiguous place that overlaps the value;
3. every code of errors.md section A (1-13) is used at least twice;
4. the arithmetic of every draft is redone from its own text (funds sums, rates, balances,
   weights, scores, grades, completion rates, averages, text <-> table equality, years, units):
   a clean draft must pass every check (warnings included); an error case must fail the
   labelled code and no other error-level code.
Tolerance: rules.md section 8 (a stated value with d decimals matches c iff |c - v| <= 0.5*10^-d).
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

FACT = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}
SCALES = [D(10000), D("0.0001"), D(100000000), D("0.00000001")]


class Missing(Exception):
    pass


class Q:
    """A stated number: raw digits, unit, value (money normalised to 万元) and tolerance."""

    def __init__(self, raw, unit=None):
        self.raw = raw.replace(",", "").strip()
        self.unit = unit
        self.d = len(self.raw.split(".")[1]) if "." in self.raw else 0
        f = FACT.get(unit, D(1))
        self.v = D(self.raw) * f
        self.tol = D("0.5") * (D(10) ** -self.d) * f + D("1e-9")

    def __repr__(self):
        return f"{self.raw}{self.unit or ''}"


def z():
    return Q("0")


def money(raw, unit="万元"):
    return Q(raw if raw.strip() else "0", unit)


def pct(raw):
    return Q(raw.rstrip("%"), "%")


TV = re.compile(r"^(≥|≤|=|＞＝|＜＝|>=|<=)?\s*(\d[\d,]*(?:\.\d+)?)\s*(\S*)$")


def parse_tv(s):
    """Target/actual cell -> (direction, Q, unit) or None when qualitative."""
    m = TV.match(s.strip())
    if not m:
        return None
    sign, num, unit = m.groups()
    direction = {"≥": "gte", "＞＝": "gte", ">=": "gte", "≤": "lte", "＜＝": "lte", "<=": "lte",
                 "=": "eq", None: "eq"}[sign]
    return direction, Q(num, unit if unit in FACT else None), unit


def tnum(row):
    """Number of a row's target cell (sign and unit stripped)."""
    return parse_tv(row["t"])[1]


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Ck:
    def __init__(self, text):
        self.t = text
        self.found = []  # (code, severity, description)

    # ---- extraction -------------------------------------------------------------
    def g(self, pattern):
        ms = list(re.finditer(pattern, self.t))
        if len(ms) != 1:
            raise Missing(f"pattern matched {len(ms)} times: {pattern}")
        return ms[0].groupdict()

    def tabrow(self, name, ncells, key_cells=0):
        """One-cell-per-line table row (Shanxi layout): '\\t<name>\\n' then key cells then ncells."""
        pat = re.escape(f"\t{name}\n") + r"(?:\t[^\n]*\n)" * key_cells + r"\t([^\n]*)\n" * ncells
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise Missing(f"table row {name!r} matched {len(ms)} times")
        return list(ms[0].groups())

    # ---- findings -----------------------------------------------------------------
    def fail(self, code, desc, sev="error"):
        self.found.append((code, sev, desc))

    @staticmethod
    def close(stated, c):
        return abs(c - stated.v) <= stated.tol

    def _rescue(self, values, tol, test):
        """True when rescaling one value by 10^±4 / 10^±8 makes test pass (a unit slip)."""
        for i in range(len(values)):
            for k in SCALES:
                vals = list(values)
                vals[i] = vals[i] * k
                if test(vals):
                    return True
        return False

    def sum(self, total, parts, desc):
        c = sum((p.v for p in parts), D(0))
        if self.close(total, c):
            return
        vals = [total.v] + [p.v for p in parts]
        if self._rescue(vals, total.tol, lambda v: abs(sum(v[1:], D(0)) - v[0]) <= total.tol):
            self.fail("unit_mismatch", f"{desc}: unit slip ({total} vs sum {c})")
        else:
            self.fail("sum_mismatch", f"{desc}: stated {total}, sum {c}")

    def prod(self, total, n, per, desc):
        c = n.v * per.v
        if self.close(total, c):
            return
        vals = [total.v, per.v]
        if self._rescue(vals, total.tol, lambda v: abs(n.v * v[1] - v[0]) <= total.tol):
            self.fail("unit_mismatch", f"{desc}: unit slip ({total} vs {n}x{per})")
        else:
            self.fail("sum_mismatch", f"{desc}: stated {total}, {n}x{per} = {c}")

    def rate(self, stated, num, den, desc):
        """stated: Q in % or None for a '—' cell."""
        if den.v == 0:
            if stated is not None and stated.v != 0:
                self.fail("implausible_rate", f"{desc}: rate {stated} on a zero base")
            return
        if stated is None:
            return
        c = num.v / den.v * 100
        if stated.v > 100 or stated.v < 0:
            self.fail("implausible_rate", f"{desc}: rate {stated} outside 0-100")
            return
        if not self.close(stated, c):
            self.fail("rate_mismatch", f"{desc}: stated {stated}, computed {c:.4f}%")

    def pct_range(self, q, desc):
        if q.v > 100 or q.v < 0:
            self.fail("implausible_rate", f"{desc}: {q} outside 0-100")

    def balance(self, stated, a, b, desc):
        c = a.v - b.v
        if self.close(stated, c):
            return
        vals = [stated.v, a.v, b.v]
        if self._rescue(vals, stated.tol, lambda v: abs(v[1] - v[2] - v[0]) <= stated.tol):
            self.fail("unit_mismatch", f"{desc}: unit slip")
        else:
            self.fail("balance_mismatch", f"{desc}: stated {stated}, computed {c}")

    def same(self, a, b, desc):
        tol = max(a.tol, b.tol)
        if abs(a.v - b.v) <= tol:
            return
        if self._rescue([a.v, b.v], tol, lambda v: abs(v[0] - v[1]) <= tol):
            self.fail("unit_mismatch", f"{desc}: {a} vs {b} differ by a unit factor")
        else:
            self.fail("conflicting_values", f"{desc}: {a} vs {b}")

    def average(self, stated, c, desc):
        if not self.close(stated, c):
            self.fail("average_mismatch", f"{desc}: stated {stated}, computed {c:.4f}")

    def approx(self, stated, c, desc):
        """约/近 numbers: ± half a unit of the last digit, never an error when inside."""
        if abs(c - stated.v) > stated.tol:
            self.fail("conflicting_values", f"{desc}: approx {stated} vs {c:.3f}")

    def years(self, ref, others, desc):
        for name, y in others:
            if int(y) != int(ref):
                self.fail("year_mismatch", f"{desc}: {name} {y} vs evaluation year {ref}")

    def carry(self, ref, y, desc):
        if int(y) <= int(ref):
            self.fail("year_mismatch", f"{desc}: carried over to {y} in the {ref} report")

    def grade(self, total, word, desc):
        want = band(total.v)
        got = GRADE_WORDS.get(word)
        if got != want:
            self.fail("grade_mismatch", f"{desc}: total {total} -> {want}, stated {word}")

    # ---- scored table -----------------------------------------------------------------
    def table(self, exec_row, rows, w_total=None, s_total=None, blocks=None):
        """exec_row: dict(w, s, r=stated rate Q, num, den). rows: dicts with name, w, s and
        optional t, a (cell strings), c (completion Q), qual (bool)."""
        # weights
        ws = [exec_row["w"]] + [r["w"] for r in rows]
        wsum = sum((w.v for w in ws), D(0))
        if wsum != 100:
            self.fail("weight_sum_mismatch", f"weights sum to {wsum}")
        if w_total is not None and w_total.v != wsum:
            self.fail("weight_sum_mismatch", f"weights sum to {wsum}, stated {w_total}")
        for bname, bw, members in (blocks or []):
            bs = sum((r["w"].v for r in rows if r["name"] in members), D(0))
            if bs != bw.v:
                self.fail("weight_sum_mismatch", f"block {bname}: rows {bs}, stated {bw}")
        # scores within weights
        for r in [dict(exec_row, name="预算执行率")] + rows:
            if r["s"].v > r["w"].v or r["s"].v < 0:
                self.fail("score_exceeds_weight", f"{r['name']}: score {r['s']} > weight {r['w']}")
        # score sum
        ssum = sum((r["s"].v for r in [exec_row] + rows), D(0))
        if s_total is not None and not self.close(s_total, ssum):
            self.fail("score_sum_mismatch", f"scores sum to {ssum}, stated {s_total}")
        # execution score (rules §5; a score from the printed rate is accepted too)
        e = exec_row
        if e.get("den") is not None and e["den"].v:
            true_r = min(e["num"].v / e["den"].v, D(1))
            cands = [e["w"].v * true_r]
            if e.get("r") is not None:
                cands.append(e["w"].v * min(e["r"].v / 100, D(1)))
            if not any(self.close(e["s"], c) for c in cands):
                self.fail("score_rule_mismatch", f"execution score {e['s']} vs {cands}", "warning")
        # indicator rows
        for r in rows:
            if r.get("qual") or r.get("t") is None:
                continue
            pt, pa = parse_tv(r["t"]), parse_tv(r["a"])
            if pt is None or pa is None:
                continue
            direction, tq, tu = pt
            _, aq, au = pa
            if tu != au:
                self.fail("unit_mismatch", f"{r['name']}: target unit {tu!r}, actual unit {au!r}")
                continue
            T, A = tq.v, aq.v
            if direction == "lte":
                comp = D(100) if A <= T else (T / A * 100 if A else D(100))
                score = r["w"].v if A <= T else r["w"].v * T / A
            elif direction == "eq" and T == 0:
                comp = D(100) if A <= 0 else D(0)
                score = r["w"].v if A <= 0 else D(0)
            else:
                comp = A / T * 100
                score = r["w"].v * min(A / T, D(1))
            if r.get("c") is not None and not self.close(r["c"], comp):
                self.fail("completion_mismatch", f"{r['name']}: stated {r['c']}, computed {comp:.4f}%")
            if not self.close(r["s"], score):
                self.fail("score_rule_mismatch", f"{r['name']}: score {r['s']}, rule gives {score:.4f}",
                          "warning")
            if tu == "%" and "满意" in r["name"]:
                self.pct_range(aq, r["name"])


# =====================================================================================
# Draft 1: Anhui, Shitai 2018
# =====================================================================================
def check_ah(t):
    k = Ck(t)
    y = k.g(r"石台县民政局(?P<y>\d{4})年度临时救助资金")["y"]
    k.years(y, [("table", k.g(r"（(?P<y>\d{4})年度）")["y"]),
                ("as of", k.g(r"截至(?P<y>\d{4})年12月31日")["y"])], "years")
    k.carry(y, k.g(r"结转至(?P<y>\d{4})年继续")["y"], "carry-over")
    p = {}
    p.update(k.g(r"县级财政预算安排临时救助资金(?P<init>[\d.]+)万元"))
    p.update(k.g(r"追加下达市级临时救助补助资金(?P<city>[\d.]+)万元"))
    p.update(k.g(r"社会捐赠资金(?P<don>[\d.]+)万元拨付"))
    p.update(k.g(r"全年预算合计(?P<annual>[\d.]+)万元，资金均已到位，到位率(?P<recv_r>[\d.]+)%"))
    p.update(k.g(r"项目支出(?P<spent>[\d.]+)万元，执行率(?P<rate>[\d.]+)%"))
    p.update(k.g(r"县级资金支出(?P<cty_s>[\d.]+)万元，执行率(?P<cty_r>[\d.]+)%"))
    p.update(k.g(r"市级补助资金(?P<city_s>[\d.]+)万元全部支出，执行率(?P<city_r>[\d.]+)%"))
    p.update(k.g(r"年末结余(?P<bal>[\d.]+)万元，均为县级资金"))
    p.update(k.g(r"本项目得分(?P<total>[\d.]+)分，评价等级为\"(?P<grade>[^\"]+)\""))
    p.update(k.g(r"全年共实施临时救助(?P<cnt>\d+)人次，一至四季度分别为(?P<q1>\d+)、(?P<q2>\d+)、"
                 r"(?P<q3>\d+)、(?P<q4>\d+)人次，季均(?P<qavg>[\d.]+)人次"))
    p.update(k.g(r"全年救助(?P<ly>\d+)人次、支出[\d.]+万元）相比，救助人次增长(?P<growth>[\d.]+)%"))
    p.update(k.g(r"全年人次均救助金额(?P<avg>\d+)元"))
    p.update(k.g(r"抽查的(?P<acc_n>\d+)份档案中(?P<acc_k>\d+)份认定准确，认定准确率(?P<acc_r>[\d.]+)%"))
    p.update(k.g(r"审批办结平均用时(?P<days>\d+)个工作日"))
    p.update(k.g(r"电话回访受助群众(?P<s_n>\d+)户，(?P<s_k>\d+)户表示满意，满意度(?P<s_r>[\d.]+)%"))
    b1 = k.g(r"\n急难型\t(?P<n>\d+)\t(?P<a>[\d.]+)\t")
    b2 = k.g(r"\n支出型\t(?P<n>\d+)\t(?P<a>[\d.]+)\t")
    bt = k.g(r"\n合计\t(?P<n>\d+)\t(?P<a>[\d.]+)\t")
    M = lambda s: money(s)
    # prose funds
    k.sum(M(p["annual"]), [M(p["init"]), M(p["city"]), M(p["don"])], "全年预算 = 县级 + 市级 + 捐赠")
    k.rate(pct(p["recv_r"]), M(p["annual"]), M(p["annual"]), "到位率 (all received)")
    k.rate(pct(p["rate"]), M(p["spent"]), M(p["annual"]), "执行率")
    k.rate(pct(p["cty_r"]), M(p["cty_s"]), M(p["init"]), "县级资金执行率")
    k.same(M(p["city_s"]), M(p["city"]), "市级资金 全部支出")
    k.rate(pct(p["city_r"]), M(p["city_s"]), M(p["city"]), "市级资金执行率")
    k.balance(M(p["bal"]), M(p["annual"]), M(p["spent"]), "年末结余")
    k.balance(M(p["bal"]), M(p["init"]), M(p["cty_s"]), "县级资金结余")
    # counts and averages
    qs = [Q(p[f"q{i}"]) for i in range(1, 5)]
    k.sum(Q(p["cnt"]), qs, "quarters")
    k.average(Q(p["qavg"]), sum(q.v for q in qs) / 4, "季均")
    k.average(Q(p["avg"]), M(p["spent"]).v * 10000 / Q(p["cnt"]).v, "人次均救助金额 (元)")
    k.rate(pct(p["growth"]), Q(str(int(p["cnt"]) - int(p["ly"]))), Q(p["ly"]), "增长率")
    k.rate(pct(p["acc_r"]), Q(p["acc_k"]), Q(p["acc_n"]), "认定准确率")
    k.rate(pct(p["s_r"]), Q(p["s_k"]), Q(p["s_n"]), "满意度")
    # breakdown table
    k.sum(Q(bt["n"]), [Q(b1["n"]), Q(b2["n"])], "表1 人次合计")
    k.sum(M(bt["a"]), [M(b1["a"]), M(b2["a"])], "表1 金额合计")
    k.same(Q(bt["n"]), Q(p["cnt"]), "表1 人次 vs text")
    k.same(M(bt["a"]), M(p["spent"]), "表1 金额 vs 支出")
    # MOF table funds block
    num = r"([\d.]+)"
    tr = k.g(r"年度资金总额 (?P<i>[\d.]+) (?P<a>[\d.]+) (?P<s>[\d.]+) (?P<w>\d+) (?P<r>[\d.]+)% (?P<sc>[\d.]+)")
    fr = k.g(r"当年财政拨款 (?P<i>[\d.]+) (?P<a>[\d.]+) (?P<s>[\d.]+) — (?P<r>\S+) —")
    cr = k.g(r"上年结转资金 (?P<i>[\d.]+) (?P<a>[\d.]+) (?P<s>[\d.]+) — (?P<r>\S+) —")
    orow = k.g(r"其他资金 (?P<i>[\d.]+) (?P<a>[\d.]+) (?P<s>[\d.]+) — (?P<r>\S+) —")
    for col in "ias":
        k.sum(M(tr[col]), [M(fr[col]), M(cr[col]), M(orow[col])], f"年度资金总额 column {col}")
    rr = lambda s: None if s == "—" else pct(s)
    k.rate(pct(tr["r"]), M(tr["s"]), M(tr["a"]), "table 执行率 total")
    k.rate(rr(fr["r"]), M(fr["s"]), M(fr["a"]), "table 执行率 当年财政拨款")
    k.rate(rr(cr["r"]), M(cr["s"]), M(cr["a"]), "table 执行率 上年结转")
    k.rate(rr(orow["r"]), M(orow["s"]), M(orow["a"]), "table 执行率 其他资金")
    k.same(M(tr["i"]), M(p["init"]), "年初预算 text/table")
    k.same(M(tr["a"]), M(p["annual"]), "全年预算 text/table")
    k.same(M(tr["s"]), M(p["spent"]), "执行数 text/table")
    k.same(pct(tr["r"]), pct(p["rate"]), "执行率 text/table")
    k.sum(M(fr["a"]), [M(p["init"]), M(p["city"])], "当年财政拨款 = 县级 + 市级")
    k.sum(M(fr["s"]), [M(p["cty_s"]), M(p["city_s"])], "财政拨款支出 = 县级 + 市级")
    k.same(M(orow["a"]), M(p["don"]), "其他资金 = 捐赠")
    # indicators
    def row(label, qual=False):
        d = k.g(re.escape(label) + r" (?P<t>\S+) (?P<a>\S+) (?P<w>[\d.]+) (?P<s>[\d.]+)")
        return {"name": label, "t": d["t"], "a": d["a"], "w": Q(d["w"]), "s": Q(d["s"]), "qual": qual}
    rows = [row("临时救助人次"), row("急难型救助人次"), row("救助对象认定准确率"),
            row("一般临时救助审批办结时限"), row("人次均救助金额"), row("冲击社会道德底线事件"),
            row("与低保、特困供养等制度衔接", qual=True), row("受助群众满意度")]
    tot = k.g(r"\n总分 (?P<w>\d+) (?P<s>[\d.]+)\n")
    k.table({"w": Q(tr["w"]), "s": Q(tr["sc"]), "r": pct(tr["r"]), "num": M(tr["s"]), "den": M(tr["a"])},
            rows, Q(tot["w"]), Q(tot["s"]))
    R = {r["name"]: r for r in rows}
    k.same(Q(R["临时救助人次"]["a"].rstrip("人次")), Q(p["cnt"]), "人次 table/text")
    k.same(Q(R["急难型救助人次"]["a"].rstrip("人次")), Q(b1["n"]), "急难型人次 table/表1")
    k.same(pct(R["救助对象认定准确率"]["a"]), pct(p["acc_r"]), "准确率 table/text")
    k.same(Q(R["一般临时救助审批办结时限"]["a"].replace("个工作日", "")), Q(p["days"]), "办结时限 table/text")
    k.same(Q(R["人次均救助金额"]["a"].rstrip("元")), Q(p["avg"]), "人次均 table/text")
    k.same(pct(R["受助群众满意度"]["a"]), pct(p["s_r"]), "满意度 table/text")
    k.same(Q(tot["s"]), Q(p["total"]), "总分 table/text")
    k.grade(Q(p["total"]), p["grade"], "grade")
    k.pct_range(pct(p["s_r"]), "满意度")
    g = k.g(r"全年救助不少于(?P<g1>\d+)人次，其中急难型救助不少于(?P<g2>\d+)人次")
    g.update({"h" + a: b for a, b in k.g(r"全年救助不少于(?P<g1>\d+)人次，其中急难型不少于(?P<g2>\d+)人次")
              .items()})
    g.update(k.g(r"受助群众满意度不低于(?P<g3>\d+)%"))
    g.update(k.g(r"超过(?P<g4>\d+)个工作日的目标"))
    g.update(k.g(r"控制在(?P<g5>\d+)元以内"))
    for a, b, d in (("g1", "临时救助人次", "人次目标"), ("hg1", "临时救助人次", "人次目标 (总体目标栏)"),
                    ("g2", "急难型救助人次", "急难型目标"), ("hg2", "急难型救助人次", "急难型目标 (总体目标栏)"),
                    ("g3", "受助群众满意度", "满意度目标"), ("g4", "一般临时救助审批办结时限", "时限目标"),
                    ("g5", "人次均救助金额", "人次均目标")):
        k.same(Q(g[a], "元" if a == "g5" else None), tnum(R[b]), d + " text/table")
    k.years(y, [("表1", k.g(r"表1 (?P<y>\d{4})年临时救助")["y"]),
                ("goal", k.g(r"\n(?P<y>\d{4})年度总体目标")["y"])], "years")
    return k.found


# =====================================================================================
# Draft 2: Hubei, Chongyang 2020
# =====================================================================================
def check_hb(t):
    k = Ck(t)
    M = lambda s: money(s)
    y = k.g(r"崇阳县民政局(?P<y>\d{4})年度临时救助")["y"]
    k.years(y, [("table", k.g(r"\n(?P<y>\d{4})年度崇阳县项目支出绩效自评表")["y"])], "years")
    k.carry(y, k.g(r"结转(?P<y>\d{4})年使用")["y"], "carry-over")
    p = {}
    p.update(k.g(r"年初县级预算安排(?P<init>[\d.]+)万元，上年结转(?P<carry>[\d.]+)万元"))
    p.update(k.g(r"临时救助补助资金(?P<prov>[\d.]+)万元"))
    p.update(k.g(r"追加市级临时救助资金(?P<city>[\d.]+)万元"))
    p.update(k.g(r"全年预算(?P<annual>[\d.]+)万元，实际到位(?P<recv>[\d.]+)万元，到位率(?P<recv_r>[\d.]+)%"))
    p.update(k.g(r"全年支出(?P<spent>[\d.]+)万元，执行率(?P<rate>[\d.]+)%，其中急难型救助支出(?P<jn_a>[\d.]+)万元、"
                 r"支出型救助支出(?P<zc_a>[\d.]+)万元"))
    p.update(k.g(r"年末结余(?P<bal>[\d.]+)万元"))
    p.update(k.g(r"全年实施临时救助(?P<cnt>\d+)人次，一至四季度分别为(?P<q1>\d+)、(?P<q2>\d+)、(?P<q3>\d+)、"
                 r"(?P<q4>\d+)人次"))
    p.update(k.g(r"其中急难型(?P<jn>\d+)人次、支出型(?P<zc>\d+)人次"))
    p.update(k.g(r"2019年全县救助(?P<ly>\d+)人次、支出[\d.]+万元，本年救助规模约为上年的(?P<ratio>\d+)倍"))
    p.update(k.g(r"急难型救助平均审批时限(?P<days>[\d.]+)日"))
    p.update(k.g(r"随机回访受助对象(?P<s_n>\d+)人次，(?P<s_k>\d+)人次表示满意，满意度(?P<s_r>[\d.]+)%"))
    p.update(k.g(r"综合得分(?P<total>[\d.]+)分，评价等级为\"(?P<grade>[^\"]+)\""))
    p.update(k.g(r"主动发现并救助的困难对象为(?P<zd>\d+)人次，未达到(?P<zd_t>\d+)人次的目标"))
    k.sum(M(p["annual"]), [M(p["init"]), M(p["carry"]), M(p["prov"]), M(p["city"])], "全年预算")
    k.rate(pct(p["recv_r"]), M(p["recv"]), M(p["annual"]), "到位率")
    k.rate(pct(p["rate"]), M(p["spent"]), M(p["annual"]), "执行率")
    k.sum(M(p["spent"]), [M(p["jn_a"]), M(p["zc_a"])], "支出 by type")
    k.balance(M(p["bal"]), M(p["recv"]), M(p["spent"]), "结余")
    qs = [Q(p[f"q{i}"]) for i in range(1, 5)]
    k.sum(Q(p["cnt"]), qs, "quarters")
    k.sum(Q(p["cnt"]), [Q(p["jn"]), Q(p["zc"])], "人次 by type")
    k.approx(Q(p["ratio"]), Q(p["cnt"]).v / Q(p["ly"]).v, "约为上年的2倍")
    k.rate(pct(p["s_r"]), Q(p["s_k"]), Q(p["s_n"]), "满意度")
    e = k.g(r"\n(?P<a>[\d.]+) \| (?P<s>[\d.]+) \| (?P<r>[\d.]+)% \| (?P<w>\d+) \| (?P<sc>[\d.]+)\n")
    k.rate(pct(e["r"]), M(e["s"]), M(e["a"]), "table 执行率")
    k.same(M(e["a"]), M(p["annual"]), "全年预算 text/table")
    k.same(M(e["s"]), M(p["spent"]), "执行数 text/table")
    k.same(pct(e["r"]), pct(p["rate"]), "执行率 text/table")

    def row(label):
        d = k.g(re.escape(label) + r" \| (?P<w>[\d.]+) \| (?P<t>[^|]+?) \| (?P<a>[^|]+?) \| (?P<c>[\d.]+)% \| "
                r"(?P<s>[\d.]+) \|")
        return {"name": label, "t": d["t"], "a": d["a"], "w": Q(d["w"]), "s": Q(d["s"]), "c": pct(d["c"])}
    b1 = ["临时救助人次", "疫情期间急难型救助人次", "救助资金社会化发放率", "急难型救助审批时限", "临时救助覆盖乡镇数"]
    b2 = ["乡镇备用金制度建立率", "主动发现并救助困难对象人次", "冲击社会道德底线事件", "受助对象满意度"]
    rows = [row(x) for x in b1 + b2]
    bw1 = Q(k.g(r"目标1（(?P<w>\d+)分）")["w"])
    bw2 = Q(k.g(r"目标2（(?P<w>\d+)分）")["w"])
    tot = k.g(r"\n合计 \|  \|  \|  \| (?P<w>\d+) \|  \|  \|  \| (?P<s>[\d.]+) \|")
    k.table({"w": Q(e["w"]), "s": Q(e["sc"]), "r": pct(e["r"]), "num": M(e["s"]), "den": M(e["a"])},
            rows, Q(tot["w"]), Q(tot["s"]), blocks=[("目标1", bw1, b1), ("目标2", bw2, b2)])
    R = {r["name"]: r for r in rows}
    k.same(Q(R["临时救助人次"]["a"].rstrip("人次")), Q(p["cnt"]), "人次 table/text")
    k.same(Q(R["疫情期间急难型救助人次"]["a"].rstrip("人次")), Q(p["jn"]), "急难型 table/text")
    k.same(Q(R["主动发现并救助困难对象人次"]["a"].rstrip("人次")), Q(p["zd"]), "主动发现 table/text")
    k.same(Q(R["主动发现并救助困难对象人次"]["t"].lstrip("≥").rstrip("人次")), Q(p["zd_t"]), "主动发现目标")
    k.same(Q(R["急难型救助审批时限"]["a"].rstrip("日")), Q(p["days"]), "审批时限 table/text")
    k.same(pct(R["受助对象满意度"]["a"]), pct(p["s_r"]), "满意度 table/text")
    k.same(Q(tot["s"]), Q(p["total"]), "总分 table/text")
    k.grade(Q(p["total"]), p["grade"], "grade")
    g = k.g(r"全年救助不少于(?P<g1>\d+)人次；\n目标2：在(?P<g2>\d+)个乡镇全面建立")
    k.same(Q(g["g1"]), tnum(R["临时救助人次"]), "人次目标 text/table")
    k.same(Q(g["g2"]), tnum(R["临时救助覆盖乡镇数"]), "乡镇数目标 text/table")
    k.same(Q(k.g(r"执行占(?P<w>\d+)分")["w"]), Q(e["w"]), "预算执行分值 text/table")
    return k.found


# =====================================================================================
# Draft 3: Shanxi, Lingchuan 2021
# =====================================================================================
def check_sx(t):
    k = Ck(t)
    M = lambda s: money(s)
    y = k.g(r"项目实施计划：(?P<y>\d{4})年1月")["y"]
    k.years(y, [("追加", k.g(r"(?P<y>\d{4})年9月晋城市追加")["y"]),
                ("批复", k.g(r"(?P<y>\d{4})年县财政局批复")["y"])], "years")
    k.carry(y, k.g(r"结转(?P<y>\d{4})年使用")["y"], "carry-over")
    cols = ["total", "sub", "central", "prov", "city", "county", "carry", "other"]
    names = {1: "年初预算资金", 2: "全年预算资金", 3: "实际到位资金", 4: "全年执行资金",
             5: "资金结余", 6: "预算到位率", 7: "预算执行率(%)"}
    T = {}
    for i, nm in names.items():
        cells = k.tabrow(nm, 8, key_cells=1)
        T[i] = dict(zip(cols, cells))
    for i in (1, 2, 3, 4, 5):
        r = {c: M(T[i][c]) for c in cols}
        k.sum(r["sub"], [r["central"], r["prov"], r["city"], r["county"]], f"row ({i}) 小计")
        k.sum(r["total"], [r["sub"], r["carry"], r["other"]], f"row ({i}) 年度总金额")
    for c in cols:
        b = M(T[5][c])
        k.balance(b, M(T[3][c]), M(T[4][c]), f"(5)=(3)-(4) {c}")
        r6 = T[6][c]
        k.rate(pct(r6) if r6.strip() else None, M(T[3][c]), M(T[2][c]), f"(6)=(3)/(2) {c}")
        r7 = T[7][c]
        k.rate(pct(r7) if r7.strip() else None, M(T[4][c]), M(T[2][c]), f"(7)=(4)/(2) {c}")
    p = {}
    p.update(k.g(r"追加市级临时救助资金(?P<city>[\d.]+)万元"))
    p.update(k.g(r"年初预算(?P<init>[\d.]+)万元，加上市级追加资金，全年预算(?P<annual>[\d.]+)万元"))
    p.update(k.g(r"全年执行(?P<spent>[\d.]+)万元，执行率(?P<rate>[\d.]+)%"))
    p.update(k.g(r"全县(?P<nt>\d+)个乡镇年初各预拨临时救助备用金(?P<per>[\d.]+)万元，共(?P<bk>[\d.]+)万元，"
                 r"全年通过备用金先行救助支出(?P<bk_s>[\d.]+)万元，年末结余(?P<bk_b>[\d.]+)万元"))
    p.update(k.g(r"全年累计救助(?P<cnt>\d+)人次（2020年为(?P<ly>\d+)人次、[\d.]+万元），一至四季度分别为"
                 r"(?P<q1>\d+)、(?P<q2>\d+)、(?P<q3>\d+)、(?P<q4>\d+)人次"))
    p.update(k.g(r"其中急难型救助(?P<jn>\d+)人次"))
    p.update(k.g(r"平均每人次救助(?P<avg>\d+)元"))
    p.update(k.g(r"急难问题及时解决率达到(?P<jj>[\d.]+)%"))
    p.update(k.g(r"受助群众满意度为(?P<sat>[\d.]+)%"))
    p.update(k.g(r"总得分(?P<total>[\d.]+)分，属于\"(?P<grade>[^\"]+)\""))
    k.same(M(T[1]["total"]), M(p["init"]), "年初预算 text/table")
    k.same(M(T[2]["total"]), M(p["annual"]), "全年预算 text/table")
    k.same(M(T[4]["total"]), M(p["spent"]), "执行 text/table")
    k.same(pct(T[7]["total"]), pct(p["rate"]), "执行率 text/table")
    k.same(M(T[2]["city"]), M(p["city"]), "市级追加 text/table")
    k.sum(M(p["annual"]), [M(p["init"]), M(p["city"])], "全年预算 = 年初 + 市级追加")
    k.rate(pct(p["rate"]), M(p["spent"]), M(p["annual"]), "执行率 text")
    k.prod(M(p["bk"]), Q(p["nt"]), M(p["per"]), "备用金 = 乡镇数 × 每乡镇")
    k.balance(M(p["bk_b"]), M(p["bk"]), M(p["bk_s"]), "备用金结余")
    qs = [Q(p[f"q{i}"]) for i in range(1, 5)]
    k.sum(Q(p["cnt"]), qs, "quarters")
    k.average(Q(p["avg"]), M(p["spent"]).v * 10000 / Q(p["cnt"]).v, "平均每人次救助")
    # 附件1
    labels = ["预算执行率", "临时救助人次", "急难型救助人次", "救助对象信息核对准确率", "急难型救助24小时内先行救助率",
              "困难群众急难问题及时解决率", "乡镇备用金制度覆盖率", "受助群众满意度"]
    rows = []
    for lb in labels:
        w, tv, av, c, s = k.tabrow(lb, 5)
        rows.append({"name": lb, "w": Q(w), "t": tv, "a": av, "c": pct(c), "s": Q(s)})
    ex = rows[0]
    ex_rate = pct(ex["a"])
    # execution row: target 100%, actual = rate, completion = actual/target
    k.table({"w": ex["w"], "s": ex["s"], "r": ex_rate, "num": M(p["spent"]), "den": M(p["annual"])},
            rows[1:], None, Q(p["total"]))
    if not k.close(ex["c"], ex_rate.v / pct(ex["t"]).v * 100):
        k.fail("completion_mismatch", "预算执行率 row completion")
    k.same(ex_rate, pct(p["rate"]), "附件1 执行率 vs text")
    R = {r["name"]: r for r in rows}
    k.same(Q(R["临时救助人次"]["a"].rstrip("人次")), Q(p["cnt"]), "人次 table/text")
    k.same(Q(R["急难型救助人次"]["a"].rstrip("人次")), Q(p["jn"]), "急难型 table/text")
    k.same(pct(R["困难群众急难问题及时解决率"]["a"]), pct(p["jj"]), "及时解决率 table/text")
    k.same(pct(R["受助群众满意度"]["a"]), pct(p["sat"]), "满意度 table/text")
    k.grade(Q(p["total"]), p["grade"], "grade")
    g = k.g(r"全年实施临时救助不少于(?P<g1>\d+)人次，其中急难型救助不少于(?P<g2>\d+)人次；救助对象信息核对准确率"
            r"不低于(?P<g3>\d+)%；急难型救助24小时内先行救助率不低于(?P<g4>\d+)%；受助群众满意度不低于(?P<g5>\d+)%")
    for a, b in (("g1", "临时救助人次"), ("g2", "急难型救助人次"), ("g3", "救助对象信息核对准确率"),
                 ("g4", "急难型救助24小时内先行救助率"), ("g5", "受助群众满意度")):
        k.same(Q(g[a]), tnum(R[b]), f"{b} 目标 text/table")
    return k.found


# =====================================================================================
# Draft 4: Sichuan, Shimian 2023
# =====================================================================================
def check_sc(t):
    k = Ck(t)
    M = lambda s: money(s)
    y = k.g(r"石棉县民政局(?P<y>\d{4})年度急难型")["y"]
    k.years(y, [("table", k.g(r"\n(?P<y>\d{4})年度项目支出绩效自评表")["y"]),
                ("as of", k.g(r"截至(?P<y>\d{4})年12月31日")["y"]),
                ("申报", k.g(r"\n(?P<y>\d{4})年年初申报")["y"])], "years")
    k.carry(y, k.g(r"结转(?P<y>\d{4})年继续使用")["y"], "carry-over")
    p = {}
    p.update(k.g(r"县财政批复(?P<init>\d+)万元"))
    p.update(k.g(r"市级追加资金(?P<city>\d+)万元，全年预算调整为(?P<annual>\d+)万元"))
    p.update(k.g(r"到位率(?P<recv_r>[\d.]+)%"))
    p.update(k.g(r"全年实际支出(?P<spent>[\d.]+)万元，执行率(?P<rate>[\d.]+)%。其中县级审批发放救助金"
                 r"(?P<cty>[\d.]+)万元，乡镇（街道）通过备用金先行救助(?P<town>[\d,.]+)(?P<town_u>万元|元)"))
    p.update(k.g(r"未支出的(?P<bal>[\d.]+)万元"))
    p.update(k.g(r"全年共实施临时救助(?P<cnt>\d+)人次，一至四季度分别为(?P<q1>\d+)、(?P<q2>\d+)、(?P<q3>\d+)、"
                 r"(?P<q4>\d+)人次"))
    p.update(k.g(r"其中乡镇先行救助(?P<xx>\d+)人次，平均先行救助时间(?P<hrs>\d+)小时"))
    p.update(k.g(r"救助对象审核准确率(?P<acc>[\d.]+)%"))
    p.update(k.g(r"全年为(?P<cnt2>\d+)人次困难群众"))
    p.update(k.g(r"本项目自评得分(?P<total>[\d.]+)分，评价等级为(?P<grade>[优良中差])"))
    k.sum(M(p["annual"]), [M(p["init"]), M(p["city"])], "全年预算 = 批复 + 市级追加")
    k.rate(pct(p["recv_r"]), M(p["annual"]), M(p["annual"]), "到位率 (all received)")
    k.rate(pct(p["rate"]), M(p["spent"]), M(p["annual"]), "执行率")
    k.sum(M(p["spent"]), [M(p["cty"]), money(p["town"], p["town_u"])], "支出 = 县级 + 乡镇备用金")
    k.balance(M(p["bal"]), M(p["annual"]), M(p["spent"]), "未支出/结转")
    qs = [Q(p[f"q{i}"]) for i in range(1, 5)]
    k.sum(Q(p["cnt"]), qs, "quarters")
    k.same(Q(p["cnt2"]), Q(p["cnt"]), "人次 restated")
    tr = k.g(r"年度资金总额 (?P<i>[\d.]+) (?P<a>[\d.]+) (?P<s>[\d.]+) (?P<w>\d+) (?P<r>[\d.]+)% (?P<sc>[\d.]+)")
    fr = k.g(r"其中：财政资金 (?P<i>[\d.]+) (?P<a>[\d.]+) (?P<s>[\d.]+) — (?P<r>\S+) —")
    zr = [k.g(re.escape(n) + r" (?P<i>[\d.]+) (?P<a>[\d.]+) (?P<s>[\d.]+) — (?P<r>\S+) —")
          for n in ("财政专户管理资金", "单位资金", "\n其他资金")]
    rr = lambda s: None if s == "—" else pct(s)
    for col in "ias":
        k.sum(M(tr[col]), [M(fr[col])] + [M(z[col]) for z in zr], f"年度资金总额 column {col}")
    k.rate(pct(tr["r"]), M(tr["s"]), M(tr["a"]), "table 执行率")
    k.rate(rr(fr["r"]), M(fr["s"]), M(fr["a"]), "table 财政资金 执行率")
    for z in zr:
        k.rate(rr(z["r"]), M(z["s"]), M(z["a"]), "table zero rows")
    k.same(M(tr["i"]), M(p["init"]), "年初 text/table")
    k.same(M(tr["a"]), M(p["annual"]), "全年 text/table")
    k.same(M(tr["s"]), M(p["spent"]), "执行 text/table")
    k.same(pct(tr["r"]), pct(p["rate"]), "执行率 text/table")

    def row(label):
        d = k.g(re.escape(label) + r" (?P<dir>≥|≤|=) (?P<t>[\d.]+) (?P<u>\S+) (?P<a>[\d.]+) (?P<w>[\d.]+) "
                r"(?P<s>[\d.]+)")
        u = d["u"]
        return {"name": label, "t": f"{d['dir']}{d['t']}{u}", "a": f"{d['a']}{u}", "w": Q(d["w"]),
                "s": Q(d["s"])}
    labels = ["临时救助人次", "乡镇先行救助人次", "救助对象审核准确率", "急难型救助先行救助时限",
              "一般情形单人次救助金额", "急难事件未获及时救助情况"]
    rows = [row(x) for x in labels]
    q = k.g(r"与低保、特困等制度衔接 定性 (?P<t>\S+) (?P<a>\S+) (?P<w>[\d.]+) (?P<s>[\d.]+)")
    rows.append({"name": "制度衔接", "qual": True, "w": Q(q["w"]), "s": Q(q["s"])})
    rows.append(row("受助群众满意度"))
    tot = k.g(r"\n总分 (?P<w>\d+) (?P<s>[\d.]+)\n")
    k.table({"w": Q(tr["w"]), "s": Q(tr["sc"]), "r": pct(tr["r"]), "num": M(tr["s"]), "den": M(tr["a"])},
            rows, Q(tot["w"]), Q(tot["s"]))
    R = {r["name"]: r for r in rows}
    k.same(Q(R["临时救助人次"]["a"].rstrip("人次")), Q(p["cnt"]), "人次 table/text")
    k.same(Q(R["乡镇先行救助人次"]["a"].rstrip("人次")), Q(p["xx"]), "先行救助 table/text")
    k.same(Q(R["急难型救助先行救助时限"]["a"].rstrip("小时")), Q(p["hrs"]), "时限 table/text")
    k.same(pct(R["救助对象审核准确率"]["a"]), pct(p["acc"]), "准确率 table/text")
    k.same(Q(tot["s"]), Q(p["total"]), "总分 table/text")
    k.grade(Q(p["total"]), p["grade"], "grade")
    g = k.g(r"全年实施临时救助不少于(?P<g1>\d+)人次，其中乡镇先行救助不少于(?P<g2>\d+)人次；急难型救助自受理起"
            r"(?P<g3>\d+)小时内完成先行救助；救助对象审核准确率不低于(?P<g4>\d+)%；[^；]+；受助群众满意度不低于(?P<g5>\d+)%")
    for a, b in (("g1", "临时救助人次"), ("g2", "乡镇先行救助人次"), ("g3", "急难型救助先行救助时限"),
                 ("g4", "救助对象审核准确率"), ("g5", "受助群众满意度")):
        k.same(Q(g[a]), tnum(R[b]), f"{b} 目标 text/table")
    return k.found


# =====================================================================================
# Draft 5: Gansu, Linze 2024 (部门整体)
# =====================================================================================
def check_gs(t):
    k = Ck(t)
    M = lambda s: money(s)
    y = k.g(r"临泽县社会救助服务中心(?P<y>\d{4})年度部门整体")["y"]
    k.years(y, [("table", k.g(r"\n(?P<y>\d{4})年度部门整体支出绩效自评表")["y"]),
                ("年初预算", k.g(r"\n(?P<y>\d{4})年年初预算")["y"])], "years")
    k.carry(y, k.g(r"结转(?P<y>\d{4})年使用")["y"], "carry-over")
    p = {}
    p.update(k.g(r"年年初预算(?P<init>[\d.]+)万元，其中基本支出(?P<init_b>[\d.]+)万元、项目支出(?P<init_p>[\d.]+)万元"))
    p.update(k.g(r"增加基本支出(?P<adj_b>[\d.]+)万元"))
    p.update(k.g(r"追加市级临时救助资金(?P<adj_c>[\d.]+)万元"))
    p.update(k.g(r"县级追加急难型救助备用金(?P<adj_x>[\d.]+)万元"))
    p.update(k.g(r"全年预算(?P<annual>[\d.]+)万元，全部为一般公共预算资金"))
    p.update(k.g(r"全年支出(?P<spent>[\d.]+)万元，预算执行率(?P<rate>[\d.]+)%。其中基本支出(?P<sp_b>[\d.]+)万元"))
    p.update(k.g(r"项目支出(?P<sp_p>[\d.]+)万元，具体为"))
    x = {}
    for key, nm in (("x1", "临时救助资金"), ("x2", "急难型救助备用金"), ("x3", "社会救助家庭经济状况核对工作经费")):
        x[key] = k.g(r"[123]．" + re.escape(nm) + r"全年预算(?P<a>[\d.]+)万元，支出(?P<s>[\d.]+)万元，执行率(?P<r>[\d.]+)%")
    p.update(k.g(r"年初为(?P<nt>\d+)个镇各预拨备用金(?P<per0>\d+)(?P<per0_u>万元|元)，11月追加后每镇增至"
                 r"(?P<per1>\d+)(?P<per1_u>万元|元)"))
    p.update(k.g(r"年末结余(?P<bal>[\d.]+)万元"))
    p.update(k.g(r"全年审批临时救助(?P<cnt>\d+)人次，一至四季度分别为(?P<q1>\d+)、(?P<q2>\d+)、(?P<q3>\d+)、"
                 r"(?P<q4>\d+)人次，完成年度目标（(?P<cnt_t>\d+)人次）的(?P<cnt_c>[\d.]+)%"))
    p.update(k.g(r"其中急难型救助(?P<jn>\d+)人次，未达到(?P<jn_t>\d+)人次的目标"))
    p.update(k.g(r"全年完成家庭经济状况核对(?P<hd>\d+)件"))
    p.update(k.g(r"救助对象认定准确率(?P<acc>[\d.]+)%"))
    p.update(k.g(r"平均用时(?P<hrs>\d+)小时"))
    p.update(k.g(r"核对工作经费支出(?P<hd_s>[\d.]+)万元"))
    p.update(k.g(r"全年发放临时救助金(?P<x1_s2>[\d.]+)万元，困难群众急难问题及时解决率(?P<jj>[\d.]+)%"))
    p.update(k.g(r"受助对象450人，满意度(?P<sat>[\d.]+)%"))
    p.update(k.g(r"综合自评得分(?P<total>[\d.]+)分，评价等级为(?P<grade>优秀|良好|中等|合格|较差|优|良|中|差)"))
    # funds (prose)
    k.sum(M(p["init"]), [M(p["init_b"]), M(p["init_p"])], "年初预算 = 基本 + 项目")
    k.sum(M(p["annual"]), [M(p["init"]), M(p["adj_b"]), M(p["adj_c"]), M(p["adj_x"])], "全年预算 = 年初 + 调整")
    k.rate(pct(p["rate"]), M(p["spent"]), M(p["annual"]), "执行率")
    k.sum(M(p["spent"]), [M(p["sp_b"]), M(p["sp_p"])], "支出 = 基本 + 项目")
    k.sum(M(p["sp_p"]), [M(x[i]["s"]) for i in ("x1", "x2", "x3")], "项目支出 = 三个项目")
    for i in ("x1", "x2", "x3"):
        k.rate(pct(x[i]["r"]), M(x[i]["s"]), M(x[i]["a"]), f"{i} 执行率")
    k.prod(M(x["x2"]["a"]), Q(p["nt"]), money(p["per1"], p["per1_u"]), "备用金 = 镇数 × 每镇 (追加后)")
    k.prod(Q(str(M(x["x2"]["a"]).v - M(p["adj_x"]).v)), Q(p["nt"]), money(p["per0"], p["per0_u"]),
           "年初备用金 = 镇数 × 每镇")
    k.balance(M(p["bal"]), M(p["annual"]), M(p["spent"]), "年末结余")
    k.same(M(p["x1_s2"]), M(x["x1"]["s"]), "临时救助金 restated")
    k.same(M(p["hd_s"]), M(x["x3"]["s"]), "核对经费 restated")
    qs = [Q(p[f"q{i}"]) for i in range(1, 5)]
    k.sum(Q(p["cnt"]), qs, "quarters")
    c = Q(p["cnt"]).v / Q(p["cnt_t"]).v * 100
    if not k.close(pct(p["cnt_c"]), c):
        k.fail("completion_mismatch", f"临时救助人次 completion {p['cnt_c']} vs {c:.4f}")
    # table funds
    tr = k.g(r"年度资金总额 (?P<i>[\d.]+) (?P<a>[\d.]+) (?P<s>[\d.]+) (?P<w>\d+) (?P<r>[\d.]+)% (?P<sc>[\d.]+)")
    br = k.g(r"基本支出 (?P<i>[\d.]+) (?P<a>[\d.]+) (?P<s>[\d.]+) — (?P<r>\S+) —")
    pr = k.g(r"\n项目支出 (?P<i>[\d.]+) (?P<a>[\d.]+) (?P<s>[\d.]+) — (?P<r>\S+) —")
    for col in "ias":
        k.sum(M(tr[col]), [M(br[col]), M(pr[col])], f"年度资金总额 column {col}")
    k.rate(pct(tr["r"]), M(tr["s"]), M(tr["a"]), "table 执行率")
    k.rate(pct(br["r"]), M(br["s"]), M(br["a"]), "table 基本支出 执行率")
    k.rate(pct(pr["r"]), M(pr["s"]), M(pr["a"]), "table 项目支出 执行率")
    k.same(M(tr["i"]), M(p["init"]), "年初 text/table")
    k.same(M(tr["a"]), M(p["annual"]), "全年 text/table")
    k.same(M(tr["s"]), M(p["spent"]), "执行 text/table")
    k.same(pct(tr["r"]), pct(p["rate"]), "执行率 text/table")
    k.same(M(br["i"]), M(p["init_b"]), "基本 年初 text/table")
    k.same(M(pr["i"]), M(p["init_p"]), "项目 年初 text/table")
    k.same(M(br["s"]), M(p["sp_b"]), "基本 执行 text/table")
    k.same(M(pr["s"]), M(p["sp_p"]), "项目 执行 text/table")
    k.sum(M(pr["a"]), [M(x[i]["a"]) for i in ("x1", "x2", "x3")], "项目 全年 = 三个项目")
    k.sum(M(br["a"]), [M(p["init_b"]), M(p["adj_b"])], "基本 全年 = 年初 + 调资")

    def row(label, qual=False):
        d = k.g(re.escape(label) + r" (?P<t>\S+) (?P<a>\S+) (?P<w>[\d.]+) (?P<s>[\d.]+)")
        return {"name": label, "t": d["t"], "a": d["a"], "w": Q(d["w"]), "s": Q(d["s"]), "qual": qual}
    rows = [row("临时救助人次"), row("急难型救助人次"), row("家庭经济状况核对件次"), row("救助对象认定准确率"),
            row("急难型救助先行给付时限"), row("核对工作经费"), row("急难问题及时解决率"),
            row("冲击社会道德底线事件"), row("内控制度健全性", qual=True), row("受助对象满意度")]
    tot = k.g(r"\n总分 (?P<w>\d+) (?P<s>[\d.]+)\n")
    k.table({"w": Q(tr["w"]), "s": Q(tr["sc"]), "r": pct(tr["r"]), "num": M(tr["s"]), "den": M(tr["a"])},
            rows, Q(tot["w"]), Q(tot["s"]))
    R = {r["name"]: r for r in rows}
    k.same(Q(R["临时救助人次"]["a"].rstrip("人次")), Q(p["cnt"]), "人次 table/text")
    k.same(Q(R["临时救助人次"]["t"].lstrip("≥").rstrip("人次")), Q(p["cnt_t"]), "人次目标 table/text")
    k.same(Q(R["急难型救助人次"]["a"].rstrip("人次")), Q(p["jn"]), "急难型 table/text")
    k.same(Q(R["急难型救助人次"]["t"].lstrip("≥").rstrip("人次")), Q(p["jn_t"]), "急难型目标 table/text")
    k.same(Q(R["家庭经济状况核对件次"]["a"].rstrip("件")), Q(p["hd"]), "核对件次 table/text")
    k.same(pct(R["救助对象认定准确率"]["a"]), pct(p["acc"]), "准确率 table/text")
    k.same(Q(R["急难型救助先行给付时限"]["a"].rstrip("小时")), Q(p["hrs"]), "时限 table/text")
    k.same(M(R["核对工作经费"]["a"].replace("万元", "")), M(p["hd_s"]), "核对经费 table/text")
    k.same(pct(R["急难问题及时解决率"]["a"]), pct(p["jj"]), "及时解决率 table/text")
    k.same(pct(R["受助对象满意度"]["a"]), pct(p["sat"]), "满意度 table/text")
    k.same(Q(tot["s"]), Q(p["total"]), "总分 table/text")
    k.grade(Q(p["total"]), p["grade"], "grade")
    k.same(Q(k.g(r"控制在(?P<h>\d+)小时以内")["h"]), tnum(R["急难型救助先行给付时限"]), "时限目标 text/table")
    k.same(Q(k.g(r"控制在(?P<c>\d+)万元以内")["c"]), tnum(R["核对工作经费"]), "经费目标 text/table")
    wp = k.g(r"预算执行率(?P<w0>\d+)分、产出指标(?P<w1>\d+)分、效益指标(?P<w2>\d+)分、满意度指标(?P<w3>\d+)分")
    k.same(Q(wp["w0"]), Q(tr["w"]), "预算执行分值 text/table")
    groups = {"w1": rows[0:6], "w2": rows[6:9], "w3": rows[9:10]}
    for key, members in groups.items():
        s = sum((r["w"].v for r in members), D(0))
        if s != Q(wp[key]).v:
            k.fail("weight_sum_mismatch", f"一级 weight {key}: rows {s}, text {wp[key]}")
    return k.found


CHECKS = {
    "ah-shitai-linshijiuzhu-2018": check_ah,
    "hb-chongyang-jinanjiuzhu-2020": check_hb,
    "sx-lingchuan-linshijiuzhu-2021": check_sx,
    "sc-shimian-jinanjiuzhu-2023": check_sc,
    "gs-linze-jiuzhuzhongxin-bumen-2024": check_gs,
}


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def diff_region(a, b):
    """[start, end) of the changed region in b, compared with a (common prefix/suffix)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s, a[p:len(a) - s], b[p:len(b) - s]


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    names = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != names:
        problems.append("labels.jsonl and cases/ list different files")
    counts = {c: 0 for c in CODES}
    for lab in labels:
        name, src = lab["case"], lab["source"]
        text = read(name)
        try:
            found = CHECKS[src](text)
        except Missing as exc:
            problems.append(f"{name}: {exc}")
            continue
        errs = sorted({c for c, sev, _ in found if sev == "error"})
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if found:
                problems.append(f"{name}: clean draft fails checks: {found}")
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f"{name}: length {n} outside 2800-3400")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        if code not in CODES or exp["severity"] != "error":
            problems.append(f"{name}: bad code/severity {code}/{exp['severity']}")
        counts[code] = counts.get(code, 0) + 1
        if value not in text:
            problems.append(f"{name}: value {value!r} not in case")
            continue
        clean = read(f"{src}-clean.txt")
        start, end, old, new = diff_region(clean, text)
        if start >= end and not old:
            problems.append(f"{name}: identical to its clean draft")
            continue
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(o < max(end, start + 1) and start < o + len(value) for o in occ):
            problems.append(f"{name}: changed region [{start},{end}) {old!r}->{new!r} does not overlap {value!r}")
        if "\n\n" in new and len(new) > 40:
            problems.append(f"{name}: changed region looks too large: {new!r}")
        if code not in errs:
            problems.append(f"{name}: labelled {code} not detected; found {found}")
        other = [c for c in errs if c != code]
        if other:
            problems.append(f"{name}: other error codes fail: {[f for f in found if f[0] in other]}")
        print(f"{name:45s} {code:22s} changed {old!r} -> {new!r}")
    for c in CODES:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} used {counts.get(c, 0)} times (< 2)")
    print("codes:", ", ".join(f"{c}={counts[c]}" for c in CODES))
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
