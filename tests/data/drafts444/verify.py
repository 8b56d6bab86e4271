#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs (exactly once) in its case;
2. every error case differs from its clean draft in one contiguous place that overlaps the label value,
   and a changed multi-digit figure occurs only once in the clean draft (twice or more for conflicting_values);
3. every code of the fixed vocabulary (errors.md §A, 13 error codes) is used at least twice;
4. the arithmetic of every draft is redone with decimal.Decimal: clean drafts must pass every check;
   in an error case the labelled code must fail and no other error-level code may fail.
Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

EPS = D("1e-9")
MONEY = {"万元": D(1), "元": D("0.0001"), "亿元": D(10000)}
SCALES = [D(10000), D("0.0001"), D(100000000), D("0.00000001")]


class ExtractError(Exception):
    pass


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


class N:
    """A stated number: value normalised (money to 万元), tolerance of its last digit, unit as written."""

    def __init__(self, raw, unit=""):
        raw = raw.replace(",", "").strip()
        self.raw, self.unit = raw, unit
        f = MONEY.get(unit, D(1))
        self.v = D(raw) * f
        self.tol = D(5) * D(10) ** (-decimals(raw) - 1) * f
        self.money = unit in MONEY

    def raw_value(self):
        return D(self.raw)

    def __repr__(self):
        return f"{self.raw}{self.unit}"


def close(computed, stated):
    return abs(computed - stated.v) <= stated.tol + EPS


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Checker:
    def __init__(self, text):
        self.t = text
        self.fails = defaultdict(list)
        self.year = int(re.search(r"(\d{4})年度", text).group(1))

    # ---------- extraction ----------
    def m(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ExtractError(f"{len(ms)} matches for {pat!r}")
        return ms[0]

    def n(self, pat, unit=""):
        """Number from group 1 of a unique match; group 2 (if any) is the unit."""
        mm = self.m(pat)
        u = mm.group(2) if mm.re.groups >= 2 else unit
        return N(mm.group(1), u or unit)

    def fail(self, code, msg):
        self.fails[code].append(msg)

    # ---------- primitive checks ----------
    def sum_(self, parts, total, label, money=False):
        s = sum(p.v for p in parts)
        if close(s, total):
            return
        if money:
            items = parts + [total]
            for i, it in enumerate(items):
                for f in SCALES:
                    vals = [x.v * (f if j == i else 1) for j, x in enumerate(items)]
                    if abs(sum(vals[:-1]) - vals[-1]) <= total.tol * (f if i == len(items) - 1 else 1) + EPS:
                        self.fail("unit_mismatch", f"{label}: {it!r} off by a power of ten")
                        return
        self.fail("sum_mismatch", f"{label}: sum {s} != {total!r}")

    def diff_(self, a, b, d, label):
        """a - b = d"""
        if not close(a.v - b.v, d):
            self.fail("sum_mismatch", f"{label}: {a!r} - {b!r} != {d!r}")

    def rate(self, stated, num, den, label, bounded=True):
        if den.v == 0:
            if stated is not None and stated.v != 0:
                self.fail("implausible_rate", f"{label}: {stated!r} on a zero base")
            return
        if bounded and stated.v > 100:
            self.fail("implausible_rate", f"{label}: {stated!r} above 100%")
        c = num.v / den.v * 100
        if close(c, stated):
            return
        if num.money or den.money:
            for who in (num, den):
                for f in SCALES:
                    nn = num.v * (f if who is num else 1)
                    dd = den.v * (f if who is den else 1)
                    if close(nn / dd * 100, stated):
                        self.fail("unit_mismatch", f"{label}: {who!r} off by a power of ten")
                        return
        self.fail("rate_mismatch", f"{label}: {stated!r} != {c:.4f}%")

    def bounded(self, stated, label):
        if stated.v > 100 or stated.v < 0:
            self.fail("implausible_rate", f"{label}: {stated!r} outside 0-100%")

    def balance(self, stated, have, spent, label):
        c = have.v - spent.v
        if close(c, stated):
            return
        for f in SCALES:
            if abs(c - stated.v * f) <= stated.tol * f + EPS:
                self.fail("unit_mismatch", f"{label}: {stated!r} off by a power of ten")
                return
        self.fail("balance_mismatch", f"{label}: {stated!r} != {c}")

    def avg(self, stated, total, count, label):
        c = total.v / count.v
        if close(c, stated):
            return
        for who in (stated, total):
            for f in SCALES:
                cc = total.v * (f if who is total else 1) / count.v
                ss = stated.v * (f if who is stated else 1)
                if abs(cc - ss) <= stated.tol * (f if who is stated else 1) + EPS:
                    self.fail("unit_mismatch", f"{label}: {who!r} off by a power of ten")
                    return
        self.fail("average_mismatch", f"{label}: {stated!r} != {c}")

    def same(self, a, b, label):
        ua, ub = a.unit, b.unit
        if ua != ub and not (a.money and b.money):
            self.fail("unit_mismatch", f"{label}: {a!r} vs {b!r}")
            return
        if abs(a.v - b.v) <= max(a.tol, b.tol) + EPS:
            return
        if a.money and b.money:
            for f in SCALES:
                if abs(a.v * f - b.v) <= max(a.tol * f, b.tol) + EPS:
                    self.fail("unit_mismatch", f"{label}: {a!r} vs {b!r} off by a power of ten")
                    return
        self.fail("conflicting_values", f"{label}: {a!r} vs {b!r}")

    def score_cap(self, score, maximum, label):
        if score.v > maximum.v or score.v < 0:
            self.fail("score_exceeds_weight", f"{label}: score {score!r} > max {maximum!r}")

    def grade(self, word, total, label):
        g = GRADE_WORD[word]
        if g != grade_of(total.v):
            self.fail("grade_mismatch", f"{label}: {word} for {total!r}")

    def year_eq(self, y, label):
        if y != self.year:
            self.fail("year_mismatch", f"{label}: {y} vs report year {self.year}")

    def year_after(self, y, label):
        if y <= self.year:
            self.fail("year_mismatch", f"{label}: carried to {y}, report year {self.year}")

    # ---------- indicator tables ----------
    def table(self, rows, weight_total=None, score_totals=(), grade_word=None, label="table"):
        """rows: dicts with name, target, actual, weight, score, compl (optional)."""
        ws = sum(r["weight"].v for r in rows)
        if ws != 100 or (weight_total is not None and weight_total.v != ws):
            self.fail("weight_sum_mismatch", f"{label}: weights sum {ws}, stated {weight_total!r}")
        ss = sum(r["score"].v for r in rows)
        for st in score_totals:
            if not close(ss, st):
                self.fail("score_sum_mismatch", f"{label}: scores sum {ss}, stated {st!r}")
        for r in rows:
            self.score_cap(r["score"], r["weight"], f"{label}/{r['name']}")
        for r in rows:
            self.indicator(r, label)
        if grade_word is not None and score_totals:
            self.grade(grade_word, score_totals[0], label)

    def indicator(self, r, label):
        tm = re.match(r"^(≥|≤|=|＞|＜)?\s*(-?[\d.]+)\s*(\S*)$", r["target"])
        am = re.match(r"^(-?[\d.]+)\s*(\S*)$", r["actual"])
        name = f"{label}/{r['name']}"
        if not tm:
            return  # qualitative
        tunit = r.get("unit", tm.group(3))
        if not am:
            self.fail("unit_mismatch", f"{name}: {r['target']} vs {r['actual']}")
            return
        aunit = r.get("unit", am.group(2))
        if tunit != aunit and not (tunit in MONEY and aunit in MONEY):
            self.fail("unit_mismatch", f"{name}: {r['target']} vs {r['actual']}")
            return
        T, A = N(tm.group(2), tunit), N(am.group(1), aunit)
        if aunit == "%" and (A.v > 100):
            self.fail("implausible_rate", f"{name}: {r['actual']}")
        comp = r.get("compl")
        if comp and comp != "—":
            stated = N(comp.rstrip("%"), "%")
            d = tm.group(1) or "="
            if d in ("≤", "＜"):
                c = D(100) if A.v <= T.v else T.v / A.v * 100
            else:
                c = A.v / T.v * 100
            if not close(c, stated):
                self.fail("completion_mismatch", f"{name}: {comp} != {c:.4f}%")


# ---------------- table parsers ----------------
def parse_space_table(block, has_compl, has_note):
    """Space-aligned table with merged (blank) level cells; read each row from the right."""
    rows, total = [], None
    lines = block.strip("\n").split("\n")
    for line in lines[1:]:
        f = re.split(r"\s{2,}", line.strip())
        if f[0] in ("合计", "总分"):
            total = (N(f[-2]), N(f[-1]))
            continue
        if has_note:
            f = f[:-1]
        score, weight = N(f[-1]), N(f[-2])
        k = -3
        compl = None
        if has_compl:
            compl = f[k]
            k -= 1
        actual, target, name = f[k], f[k - 1], f[k - 2]
        rows.append({"name": name, "target": target, "actual": actual, "weight": weight, "score": score,
                     "compl": compl})
    return rows, total


def section(text, start, end):
    i = text.index(start)
    j = text.index(end, i + len(start)) if end else len(text)
    return text[i:j]


# ---------------- per-draft checks ----------------
def check_zhouzhi(c):
    t = c.t
    c.year_eq(int(c.m(r"附表：(\d{4})年度").group(1)), "table year")
    c.year_eq(int(c.m(r"实施期为(\d{4})年1月").group(1)), "implementation year")
    c.year_after(int(c.m(r"结转至(\d{4})年支付").group(1)), "carry-over")
    init = c.n(r"年初批复项目预算([\d.]+)(万元)")
    cen = c.n(r"中央财政林业改革发展资金([\d.]+)(万元)")
    prov = c.n(r"省级配套([\d.]+)(万元)")
    cty0 = c.n(r"县级配套([\d.]+)(万元)。")
    add = c.n(r"追加县级资金([\d.]+)(万元)")
    annual = c.n(r"全年预算调整为([\d.]+)(万元)")
    c.sum_([cen, prov, cty0], init, "initial budget by source", money=True)
    c.sum_([init, add], annual, "budget after adjustment", money=True)
    c.rate(c.n(r"到位率([\d.]+)(%)"), annual, annual, "到位率 (all received)")
    spent = c.n(r"全年实际支出([\d.]+)(万元)")
    c.rate(c.n(r"预算执行率([\d.]+)(%)"), spent, annual, "执行率")
    cty = c.n(r"县级配套资金([\d.]+)(万元)实际支出")
    cty_sp = c.n(r"实际支出([\d.]+)(万元)，执行率")
    c.sum_([cty0, add], cty, "county funds", money=True)
    c.rate(c.n(r"，执行率([\d.]+)(%)，未支出"), cty_sp, cty, "county rate")
    c.sum_([cen, prov, cty_sp], spent, "spent by source (central+provincial fully spent)", money=True)
    bal = c.n(r"未支出的([\d.]+)(万元)")
    c.balance(bal, cty, cty_sp, "county balance")
    c.balance(bal, annual, spent, "project balance")
    items = [c.n(p) for p in (r"监测员补助([\d.]+)(万元|元)", r"监测设备购置([\d.]+)(万元|元)",
                              r"样品采集及送检([\d.]+)(万元|元)", r"巡护交通及耗材([\d.]+)(万元|元)",
                              r"培训宣传([\d.]+)(万元|元)")]
    c.sum_(items, spent, "spending by use", money=True)
    people = c.n(r"专职监测员(\d+)名")
    std = N(c.m(r"每人每月(\d+)元）").group(1), "元")
    c.same(N(str(people.v * std.raw_value() * 12), "元"), items[0], "补助 = 人数 × 每人每月 × 12")
    pts = c.n(r"全年运行监测点(\d+)(个)")
    c.sum_([c.n(r"其中常设点(\d+)(个)"), c.n(r"迁徙期临时点(\d+)(个)")], pts, "monitoring points")
    q = c.m(r"巡护天数分别为(\d+)天、(\d+)天、(\d+)天、(\d+)天")
    qs = [N(q.group(i), "天") for i in range(1, 5)]
    days = c.n(r"全年累计(\d+)(天)")
    c.sum_(qs, days, "patrol days by quarter")
    c.avg(c.n(r"平均每季度([\d.]+)(天)"), days, N("4"), "average per quarter")
    smp = c.n(r"病死个体样品(\d+)(份)")
    c.diff_(smp, c.n(r"比2018年的(\d+)(份)"), c.n(r"份多(\d+)(份)"), "samples vs 2018")
    due, ontime = c.n(r"应报送监测信息(\d+)期"), c.n(r"按时报送(\d+)期")
    tim = c.n(r"报告及时率([\d.]+)(%)")
    c.rate(tim, ontime, due, "报告及时率")
    c.diff_(due, ontime, c.n(r"延迟的(\d+)期"), "late reports = due - on time")
    sat = c.n(r"满意度([\d.]+)(%)。")
    c.rate(sat, c.n(r"表示满意的(\d+)人"), c.n(r"抽样调查周边群众(\d+)人"), "satisfaction")
    # table
    block = section(t, "一级指标", "\n\n")
    rows, total = parse_space_table(block, has_compl=True, has_note=True)
    R = {r["name"]: r for r in rows}
    c.same(c.n(r"预算执行率([\d.]+)(%)"), N(R["预算执行率"]["actual"].rstrip("%"), "%"), "exec rate text/table")
    c.same(pts, N(R["运行监测点数量"]["actual"].rstrip("个"), "个"), "points text/table")
    for key, val, unit in (("巡护监测天数", days, "天"), ("采集送检样品", smp, "份")):
        a = R[key]["actual"]
        c.same(val, N(re.match(r"[\d.]+", a).group(0), unit) if a.endswith(unit) else N("0", "[" + a + "]"), f"{key} text/table")
    c.same(tim, N(R["监测信息报告及时率"]["actual"].rstrip("%"), "%"), "及时率 text/table")
    c.same(sat, N(R["周边群众满意度"]["actual"].rstrip("%"), "%"), "satisfaction text/table")
    c.same(N(c.m(r"按每人每月(\d+)元发放").group(1), "元"), N(R["监测员补助标准"]["actual"].split("元")[0], "元"),
           "补助标准 text/table")
    tot_text = c.n(r"项目综合得分([\d.]+)分")
    c.table(rows, weight_total=total[0], score_totals=(total[1], tot_text),
            grade_word=c.m(r"评价等级为(优秀|良好|中等|较差|优|良|中|差)").group(1), label="自评表")


def check_lancang(c):
    t = c.t
    c.year_eq(int(c.m(r"(\d{4})年初县级预算").group(1)), "budget year")
    c.year_eq(int(c.m(r"附：(\d{4})年度").group(1)), "table year")
    c.year_after(int(c.m(r"已结转至(\d{4})年").group(1)), "carry-over")
    init = c.n(r"安排补偿资金([\d.]+)(万元)")
    prov = c.n(r"其中省级补助([\d.]+)(万元)")
    cty = c.n(r"县级配套([\d.]+)(万元)。")
    add = c.n(r"补偿专项([\d.]+)(万元)")
    annual = c.n(r"全年预算增至([\d.]+)(万元)")
    c.sum_([prov, cty], init, "initial by source", money=True)
    c.sum_([init, add], annual, "budget after adjustment", money=True)
    c.rate(c.n(r"资金到位率([\d.]+)(%)"), annual, annual, "到位率 (all received)")
    spent = c.n(r"全年支付补偿资金([\d.]+)(万元)")
    rate = c.n(r"预算执行率([\d.]+)(%)，年末")
    c.rate(rate, spent, annual, "执行率")
    c.balance(c.n(r"年末结余([\d.]+)(万元)"), annual, spent, "balance")
    c.diff_(spent, c.n(r"兑付补偿资金([\d.]+)(万元)，本年"), c.n(r"本年增加([\d.]+)(万元)"), "vs 2021")
    k = c.m(r"案件分别为(\d+)起、(\d+)起、(\d+)起，补偿金额分别为([\d.]+)(万元)、([\d.]+)(万元)、([\d.]+)(万元)，"
            r"合计办结(\d+)起、兑付([\d.]+)(万元)，平均每起([\d.]+)(万元|元)")
    cases = N(k.group(10), "起")
    c.sum_([N(k.group(i), "起") for i in (1, 2, 3)], cases, "cases by kind")
    paid = N(k.group(11), k.group(12))
    c.sum_([N(k.group(4), k.group(5)), N(k.group(6), k.group(7)), N(k.group(8), k.group(9))],
           paid, "amount by kind", money=True)
    c.same(paid, spent, "合计 = amount paid")
    c.avg(N(k.group(13), k.group(14)), paid, cases, "average per case")
    c.rate(c.n(r"准确率([\d.]+)(%)"), c.n(r"定损准确的(\d+)起"), c.n(r"已结案件(\d+)起复核"), "准确率")
    sp_prov = c.n(r"全年省级资金支出([\d.]+)(万元)")
    sp_cty = c.n(r"县级配套资金支出([\d.]+)(万元)")
    c.sum_([sp_prov, sp_cty], spent, "spent by source", money=True)
    # funds block of the table
    fb = {}
    for name in ("年度资金总额", "其中：省级资金", "县级资金"):
        cells = c.m(re.escape(name) + r"｜([^\n]*)").group(1).split("｜")
        fb[name] = [N(x, "万元") for x in cells[:3]] + [N(cells[3].rstrip("%"), "%")]
        c.rate(fb[name][3], fb[name][2], fb[name][1], f"funds table {name}")
    for i in range(3):
        c.sum_([fb["其中：省级资金"][i], fb["县级资金"][i]], fb["年度资金总额"][i], f"funds column {i}", money=True)
    c.same(fb["年度资金总额"][0], init, "年初 text/table")
    c.same(fb["年度资金总额"][1], annual, "全年 text/table")
    c.same(fb["年度资金总额"][2], spent, "执行 text/table")
    c.same(fb["其中：省级资金"][0], prov, "省级年初 text/table")
    c.same(fb["其中：省级资金"][2], sp_prov, "省级执行 text/table")
    c.same(fb["县级资金"][2], sp_cty, "县级执行 text/table")
    c.sum_([prov, add], fb["其中：省级资金"][1], "省级全年 = 年初 + 追加", money=True)
    c.same(fb["年度资金总额"][3], rate, "rate text/table")
    # indicator table
    rows, tot = [], None
    for line in section(t, "一级指标｜", "\n\n").split("\n")[1:]:
        f = line.split("｜")
        if f[0] == "合计":
            tot = (N(f[5]), N(f[6]))
            continue
        rows.append({"name": f[2], "target": f[3], "actual": f[4], "weight": N(f[5]), "score": N(f[6])})
    R = {r["name"]: r for r in rows}

    def cell(name, unit):
        a = R[name]["actual"]
        return N(a[: -len(unit)], unit) if a.endswith(unit) and re.match(r"^[\d.]+$", a[: -len(unit)]) else N("0", "[" + a + "]")
    c.same(cases, cell("补偿案件办结数", "起"), "cases text/table")
    c.same(c.n(r"全县(\d+)(个)乡镇"), cell("核查覆盖乡镇数", "个"), "townships goal/table")
    c.same(c.n(r"准确率([\d.]+)(%)"), cell("核查定损准确率", "%"), "准确率 text/table")
    c.same(c.n(r"到兑付平均(\d+)(天)"), cell("补偿平均兑付时限", "天"), "兑付时限 text/table")
    c.same(spent, cell("补偿资金支出", "万元"), "spent text/table")
    c.same(annual, N(R["补偿资金支出"]["target"].lstrip("≤").rstrip("万元"), "万元"), "cap = budget")
    c.same(rate, cell("预算执行率", "%"), "exec rate text/table")
    c.rate(cell("案件报告及时率", "%"), c.n(r"有(\d+)起在受理后24小时内"), cases, "报告及时率")
    c.table(rows, weight_total=tot[0], score_totals=(tot[1], c.n(r"自评得分([\d.]+)分")),
            grade_word=c.m(r"评价等级为“(优|良|中|差)”").group(1), label="自评表")


def check_hulin(c):
    t = c.t
    c.year_eq(int(c.m(r"（(\d{4})年度）").group(1)), "table year")
    c.year_eq(int(c.m(r"(\d{4})年初预算安排").group(1)), "budget year")
    c.year_after(int(c.m(r"结转至(\d{4})年兑付").group(1)), "carry-over")
    fb = {}
    for name in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        cells = c.m(r"\t" + re.escape(name) + r"\t([^\n]*)").group(1).split("\t")
        fb[name] = cells
    money = lambda s: N(s, "万元")
    tot = fb["年度资金总额"]
    for i in range(3):
        c.sum_([money(fb[k][i]) for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")], money(tot[i]),
               f"funds column {i}", money=True)
    for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        r = fb[k][4]
        if r != "—":
            c.rate(N(r.rstrip("%"), "%"), money(fb[k][2]), money(fb[k][1]), f"funds row {k}")
    exec_w, exec_s = N(tot[3]), N(tot[5])
    ptxt_init = c.n(r"当年财政拨款([\d.]+)(万元)，另有")
    carry_in = c.n(r"2020年结转的致害补偿资金([\d.]+)(万元)")
    add = c.n(r"追加补偿资金([\d.]+)(万元)")
    annual = c.n(r"全年预算([\d.]+)(万元)，资金全部到位")
    spent = c.n(r"全年执行([\d.]+)(万元)")
    c.same(ptxt_init, money(fb["其中：当年财政拨款"][0]), "当年拨款 年初 text/table")
    c.same(carry_in, money(fb["上年结转资金"][1]), "carry-in text/table")
    c.sum_([ptxt_init, add], money(fb["其中：当年财政拨款"][1]), "当年拨款 年初 + 追加 = 全年", money=True)
    c.same(annual, money(tot[1]), "annual text/table")
    c.same(spent, money(tot[2]), "spent text/table")
    rate = c.n(r"全年执行[\d.]+万元，执行率([\d.]+)(%)")
    c.rate(rate, spent, annual, "执行率")
    c.same(rate, N(tot[4].rstrip("%"), "%"), "rate text/table")
    cur_sp = c.n(r"当年财政拨款执行([\d.]+)(万元)")
    c.same(cur_sp, money(fb["其中：当年财政拨款"][2]), "当年拨款 执行 text/table")
    c.rate(c.n(r"当年财政拨款执行[\d.]+万元，执行率([\d.]+)(%)"), cur_sp, money(fb["其中：当年财政拨款"][1]),
           "当年拨款执行率")
    c.same(c.n(r"上年结转资金([\d.]+)(万元)已全部支出"), money(fb["上年结转资金"][2]), "carry-in spent")
    comp = c.n(r"致害补偿([\d.]+)(万元)，监测站")
    c.sum_([comp, c.n(r"监测站运行([\d.]+)(万元)")], spent, "spent by use", money=True)
    c.balance(c.n(r"年末结余([\d.]+)(万元)"), annual, spent, "balance")
    cases = c.n(r"办结野生动物致害补偿案件(\d+)(起)")
    target = c.n(r"完成年度目标(\d+)(起)")
    st = c.n(r"目标\d+起的([\d.]+)(%)")
    if not close(cases.v / target.v * 100, st):
        c.fail("completion_mismatch", f"text completion {st!r}")
    c.diff_(cases, c.n(r"比2020年的(\d+)(起)"), c.n(r"增加(\d+)(起)。"), "cases vs 2020")
    k = c.m(r"农作物受损(\d+)起、补偿([\d.]+)(万元)，家畜受损(\d+)起、补偿([\d.]+)(万元)，人身伤害(\d+)起、补偿([\d.]+)(万元)")
    c.sum_([N(k.group(i), "起") for i in (1, 4, 7)], cases, "cases by kind")
    c.sum_([N(k.group(2), k.group(3)), N(k.group(5), k.group(6)), N(k.group(8), k.group(9))], comp,
           "amount by kind", money=True)
    c.avg(c.n(r"平均每起补偿([\d.]+)(元)"), comp, cases, "average per case")
    q = c.m(r"巡护天数分别为(\d+)天、(\d+)天、(\d+)天、(\d+)天")
    days = c.n(r"全年合计(\d+)(天)")
    c.sum_([N(q.group(i), "天") for i in range(1, 5)], days, "patrol days by quarter")
    c.avg(c.n(r"平均每站([\d.]+)(天)"), days, c.n(r"(\d+)个监测站一至四季度"), "average per station")
    due, ontime = c.n(r"应报监测信息(\d+)期"), c.n(r"按时报送(\d+)期")
    tim = c.n(r"及时率([\d.]+)(%)。")
    c.rate(tim, ontime, due, "及时率")
    ab = c.m(r"异常死亡(\d+)起（野鸭(\d+)只、狍子(\d+)只）")
    c.sum_([N(ab.group(2)), N(ab.group(3))], N(ab.group(1)), "abnormal deaths")
    sat = c.n(r"满意度([\d.]+)(%)，未达到")
    c.rate(sat, c.n(r"表示满意的(\d+)户"), c.n(r"回访受偿群众(\d+)户"), "satisfaction")
    # indicator table
    rows, total = [], None
    for line in section(t, "绩效指标\t一级指标", "\n\n").split("\n")[1:]:
        f = line.split("\t")
        if f[0] == "总分":
            total = (N(f[6]), N(f[7]))
            continue
        rows.append({"name": f[3], "target": f[4], "actual": f[5], "weight": N(f[6]), "score": N(f[7])})
    rows.insert(0, {"name": "预算执行率", "target": "—", "actual": "—", "weight": exec_w, "score": exec_s})
    R = {r["name"]: r for r in rows}

    def cell(name, unit):
        a = R[name]["actual"]
        return N(a[: -len(unit)], unit) if a.endswith(unit) and re.match(r"^[\d.]+$", a[: -len(unit)]) else N("0", "[" + a + "]")
    c.same(cases, cell("致害补偿案件办结数", "起"), "cases text/table")
    c.same(days, cell("巡护监测天数", "天"), "patrol days text/table")
    c.same(tim, cell("监测信息报告及时率", "%"), "及时率 text/table")
    c.same(comp, cell("致害补偿资金支出", "万元"), "compensation text/table")
    c.same(sat, cell("受偿群众满意度", "%"), "satisfaction text/table")
    c.table(rows, weight_total=total[0], score_totals=(total[1],),
            grade_word=c.m(r"评价等级为“(优|良|中|差)”").group(1), label="自评表")


def flat_blocks(block):
    out = []
    for b in block.strip("\n").split("\n\n"):
        out.append([ln[1:] if ln.startswith("\t") else ln for ln in b.split("\n")])
    return out


def check_pingwu(c):
    t = c.t
    c.year_eq(int(c.m(r"(\d{4})年项目预算").group(1)), "budget year")
    c.year_eq(int(c.m(r"附件：平武县(\d{4})年度").group(1)), "table year")
    c.year_after(int(c.m(r"结转至(\d{4})年使用").group(1)), "carry-over")
    budget = c.n(r"年项目预算(\d+)(万元)")
    c.sum_([c.n(r"林业补助资金([\d.]+)(万元)"), c.n(r"肇事补偿资金([\d.]+)(万元)"), c.n(r"县级配套([\d.]+)(万元)")],
           budget, "budget by source", money=True)
    spent = c.n(r"全年支出([\d.]+)(万元)")
    rate = c.n(r"预算执行率([\d.]+)(%)")
    c.rate(rate, spent, budget, "执行率")
    c.sum_([c.n(r"其中中央资金([\d.]+)(万元)"), c.n(r"省级资金([\d.]+)(万元)"), c.n(r"县级资金([\d.]+)(万元)")],
           spent, "spent by source", money=True)
    comp = c.n(r"按用途分，肇事补偿([\d.]+)(万元)")
    c.sum_([comp, c.n(r"设备维护([\d.]+)(万元)")], spent, "spent by use", money=True)
    fb = {b[0]: b[1] for b in flat_blocks(section(t, "\t项目\n", "\n（三）财务管理"))}
    m = lambda k: N(fb[k], "万元")
    c.same(budget, m("全年预算数"), "budget text/table")
    c.sum_([c.n(r"林业补助资金([\d.]+)(万元)"), c.n(r"肇事补偿资金([\d.]+)(万元)"), c.n(r"县级配套([\d.]+)(万元)")],
           m("全年预算数"), "budget by source (table total)", money=True)
    c.rate(rate, m("实际支出数"), m("全年预算数"), "执行率 (table amounts)")
    mp = c.m(r"监测点(\d+)个，其中国家级监测站(\d+)个、县级监测点(\d+)个")
    c.sum_([N(mp.group(2)), N(mp.group(3))], N(mp.group(1)), "monitoring points by level")
    c.same(m("实际到位数"), m("全年预算数"), "资金按计划全部到位")
    c.same(spent, m("实际支出数"), "spent text/table")
    c.balance(m("资金结余"), m("实际到位数"), m("实际支出数"), "balance")
    k = c.m(r"受理肇事案件(\d+)起，其中农作物(\d+)起、家畜(\d+)起、人身伤害(\d+)起，补偿金额分别为([\d.]+)(万元)、([\d.]+)(万元)、"
            r"([\d.]+)(万元)，合计([\d.]+)(万元)，平均每起([\d.]+)(元)")
    cases = N(k.group(1), "起")
    c.sum_([N(k.group(i), "起") for i in (2, 3, 4)], cases, "cases by kind")
    tot = N(k.group(11), k.group(12))
    c.sum_([N(k.group(5), k.group(6)), N(k.group(7), k.group(8)), N(k.group(9), k.group(10))], tot,
           "amount by kind", money=True)
    c.same(tot, comp, "compensation total = use")
    avg = N(k.group(13), k.group(14))
    c.avg(avg, tot, cases, "average per case")
    q = c.m(r"巡护天数分别为(\d+)天、(\d+)天、(\d+)天、(\d+)天，全年共(\d+)天")
    days = N(q.group(5), "天")
    c.sum_([N(q.group(i), "天") for i in range(1, 5)], days, "patrol days by quarter")
    samples = c.n(r"采集送检样品(\d+)(份)")
    late = c.n(r"到兑付平均(\d+)(天)")
    # indicator table (one cell per line)
    blocks = flat_blocks(section(t, "\t一级指标\n", None))
    rows, grade_word = [], None
    for b in blocks[1:]:
        if b[0] == "自评结论":
            grade_word = b[1]
            continue
        l1, l2, name, kind, target, unit, actual, w, s = b[:9]
        tgt = target if kind == "定性" else (("" if kind == "=" else kind) + target + unit)
        act = actual if kind == "定性" else actual + unit
        rows.append({"name": name, "target": tgt, "actual": act, "weight": N(w), "score": N(s), "unit": unit})
    R = {r["name"]: r for r in rows}
    v = lambda name, unit: N(R[name]["actual"][: -len(unit)] if unit else R[name]["actual"], unit)
    c.same(cases, v("肇事补偿案件办结数", "起"), "cases text/table")
    c.same(days, v("巡护监测天数", "天"), "patrol text/table")
    c.same(samples, v("采集送检样品", "份"), "samples text/table")
    c.same(late, v("补偿资金兑付时限", "天"), "payment days text/table")
    c.same(avg, v("每起案件平均补偿额", "元"), "average text/table")
    c.same(rate, v("预算执行率", "%"), "rate text/table")
    c.table(rows, score_totals=(c.n(r"自评得分([\d.]+)分"),), grade_word=grade_word, label="自评表")


def check_xixia(c):
    t = c.t
    c.year_eq(int(c.m(r"(\d{4})年年初预算").group(1)), "budget year")
    c.year_after(int(c.m(r"剩余预算结转(\d{4})年").group(1)), "carry-over")
    init = c.n(r"年初预算([\d.]+)(万元)")
    add = c.n(r"年中追加([\d.]+)(万元)")
    annual = c.n(r"全年预算([\d.]+)(万元)，全部为")
    c.sum_([init, add], annual, "budget after adjustment", money=True)
    spent = c.n(r"全年支出([\d.]+)(万元)")
    rate = c.n(r"预算执行率([\d.]+)(%)")
    c.rate(rate, spent, annual, "department 执行率")
    bal = c.n(r"年末结转结余([\d.]+)(万元)")
    c.balance(bal, annual, spent, "结转结余")
    basic = c.n(r"基本支出全年预算([\d.]+)(万元)")
    c.sum_([c.n(r"人员经费([\d.]+)(万元|元)"), c.n(r"公用经费([\d.]+)(万元|元)")], basic, "basic = staff + office",
           money=True)
    proj = c.n(r"项目支出全年预算([\d.]+)(万元)")
    proj_sp = c.n(r"，执行([\d.]+)(万元)，项目支出执行率")
    c.sum_([basic, proj], annual, "annual = basic + project", money=True)
    c.sum_([basic, proj_sp], spent, "spent = basic (fully) + project", money=True)
    c.rate(c.n(r"项目支出执行率([\d.]+)(%)"), proj_sp, proj, "project 执行率")
    s1, s0 = c.n(r"“三公”经费支出([\d.]+)(万元)"), c.n(r"比上年的([\d.]+)(万元)")
    chg = c.n(r"万元下降([\d.]+)(%)")
    if not close((s0.v - s1.v) / s0.v * 100, chg):
        c.fail("rate_mismatch", "三公 change")
    # per-project table
    pt = section(t, "项目名称  ", "\n\n")
    for line in pt.split("\n")[1:]:
        f = re.split(r"\s{2,}", line.strip())
        b, s, r = N(f[1], "万元"), N(f[2], "万元"), N(f[3].rstrip("%"), "%")
        c.rate(r, s, b, f"project {f[0]}")
        c.score_cap(N(f[5]), N(f[4]), f"project {f[0]} score")
        if f[0] == "野生动物致害补偿":
            comp_sp = s
    k = c.m(r"分别受理(\d+)起、(\d+)起、(\d+)起，补偿([\d.]+)(万元)、([\d.]+)(万元)、([\d.]+)(万元)，合计(\d+)起、"
            r"([\d.]+)(万元)，平均每起([\d.]+)(元|万元)")
    cases = N(k.group(10), "起")
    c.sum_([N(k.group(i), "起") for i in (1, 2, 3)], cases, "cases by kind")
    tot = N(k.group(11), k.group(12))
    c.sum_([N(k.group(4), k.group(5)), N(k.group(6), k.group(7)), N(k.group(8), k.group(9))], tot,
           "amount by kind", money=True)
    c.same(tot, comp_sp, "compensation total text/project table")
    c.avg(N(k.group(13), k.group(14)), tot, cases, "average per case")
    q = c.m(r"巡护天数分别为(\d+)天、(\d+)天、(\d+)天、(\d+)天，合计(\d+)天，平均每个监测点(\d+)天")
    days = N(q.group(5), "天")
    c.sum_([N(q.group(i), "天") for i in range(1, 5)], days, "patrol days by quarter")
    npts = c.n(r"全县(\d+)(个)监测点")
    c.avg(N(q.group(6), "天"), days, npts, "average per point")
    c.score_cap(c.n(r"我县监测站得分(\d+)分"), c.n(r"满分(\d+)分"), "station assessment")
    sat = c.n(r"满意度([\d.]+)(%)，低于")
    c.rate(sat, c.n(r"满意(\d+)人"), c.n(r"调查林区群众(\d+)人"), "satisfaction")
    # department table
    rows, total = parse_space_table(section(t, "一级指标  ", "\n\n"), has_compl=False, has_note=False)
    R = {r["name"]: r for r in rows}
    pc = lambda name: N(R[name]["actual"].rstrip("%"), "%")

    def cell(name, unit):
        a = R[name]["actual"]
        return N(a[: -len(unit)], unit) if a.endswith(unit) and re.match(r"^[\d.]+$", a[: -len(unit)]) else N("0", "[" + a + "]")
    c.rate(pc("在职人员控制率"), c.n(r"年末实有在职人员(\d+)人"), c.n(r"核定编制(\d+)人"), "在职人员控制率")
    c.sum_([c.n(r"行政编制(\d+)人"), c.n(r"事业编制(\d+)人")], c.n(r"核定编制(\d+)人"), "staff quota by kind")
    if not close((s1.v - s0.v) / s0.v * 100, pc("“三公”经费变动率")):
        c.fail("rate_mismatch", "三公变动率 table")
    c.same(rate, pc("预算执行率"), "exec rate text/table")
    c.rate(pc("结转结余率"), bal, annual, "结转结余率")
    c.same(cases, cell("致害补偿案件办结数", "起"), "cases text/table")
    c.same(npts, cell("疫源疫病监测点运行数", "个"), "points text/table")
    c.same(days, cell("巡护监测天数", "天"), "patrol text/table")
    c.rate(pc("监测信息报告及时率"), c.n(r"按时报送(\d+)期"), c.n(r"应报监测信息(\d+)期"), "及时率")
    c.same(sat, pc("群众满意度"), "satisfaction text/table")
    c.table(rows, weight_total=total[0], score_totals=(total[1], c.n(r"自评得分([\d.]+)分")),
            grade_word=c.m(r"等级为(优|良|中|差)").group(1), label="部门整体自评表")


CHECKS = {
    "sn-zhouzhi-yiyuanjiance-2019": check_zhouzhi,
    "yn-lancang-zhihaibuchang-2022": check_lancang,
    "hl-hulin-zhihaijiance-2021": check_hulin,
    "sc-pingwu-zhaoshibuchang-2018": check_pingwu,
    "ha-xixia-linyeju-bumen-2024": check_xixia,
}


def run_checks(source, text):
    c = Checker(text)
    CHECKS[source](c)
    return c.fails


def diff_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return (i, len(a) - j), (i, len(b) - j)


def token_around(s, lo, hi):
    while lo > 0 and re.match(r"[\d.]", s[lo - 1]):
        lo -= 1
    while hi < len(s) and re.match(r"[\d.]", s[hi]):
        hi += 1
    return s[lo:hi]


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    texts = {}
    for lab in labels:
        with open(os.path.join(CASES, lab["case"]), encoding="utf-8") as fh:
            texts[lab["case"]] = fh.read()
    codes = Counter()
    where = Counter()
    for lab in labels:
        name, src, text = lab["case"], lab["source"], texts[lab["case"]]
        clean = texts[f"{src}-clean.txt"]
        try:
            fails = run_checks(src, text)
        except ExtractError as e:
            problems.append(f"{name}: extraction failed: {e}")
            continue
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with labels")
            if fails:
                problems.append(f"{name}: clean draft fails {dict(fails)}")
            n = len(text)
            if not 2700 <= n <= 3500:
                problems.append(f"{name}: length {n}")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        codes[code] += 1
        if exp["severity"] != "error" or code not in CODES:
            problems.append(f"{name}: bad code/severity {code}/{exp['severity']}")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if len(occ) != 1:
            problems.append(f"{name}: value occurs {len(occ)} times: {value!r}")
            continue
        (ca, cb), (ea, eb) = diff_region(clean, text)
        if clean == text:
            problems.append(f"{name}: identical to clean draft")
            continue
        # one contiguous place: clean[:ca] + X + clean[cb:] == text
        if text[:ea] != clean[:ca] or text[eb:] != clean[cb:]:
            problems.append(f"{name}: not one contiguous change")
        vs, ve = occ[0], occ[0] + len(value)
        if not (vs < max(eb, ea + 1) and ea < ve):
            problems.append(f"{name}: change [{ea},{eb}) does not overlap value [{vs},{ve})")
        old_tok = token_around(clean, ca, cb)
        # a changed quantity must be stated once (years recur by nature; "100" is everywhere: full marks/100%)
        if (re.search(r"\d", old_tok) and len(old_tok.replace(".", "")) >= 3 and code != "year_mismatch"
                and old_tok.rstrip("%") != "100"):
            n_old = len(re.findall(r"(?<![\d.])" + re.escape(old_tok) + r"(?![\d.]|\d)", clean))
            if code == "conflicting_values":
                if n_old < 2:
                    problems.append(f"{name}: conflicting figure {old_tok} stated only once in the clean draft")
            elif n_old != 1:
                problems.append(f"{name}: changed figure {old_tok} occurs {n_old} times in the clean draft")
        failing = set(fails)
        if code not in failing:
            problems.append(f"{name}: labelled {code} does not fail (fails: {dict(fails)})")
        other = failing - {code}
        if other:
            problems.append(f"{name}: other codes fail too: { {k: fails[k] for k in other} }")
        print(f"{name:45s} {code:22s} -> {fails[code][0] if code in fails else '-'}")
    for code in CODES:
        if codes[code] < 2:
            problems.append(f"code {code} used {codes[code]} times (< 2)")
    print("codes:", dict(sorted(codes.items())))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
