#!/usr/bin/env python3
"""Verify this labelled set (standard library only, decimal.Decimal).

1. labels.jsonl: one line per case file, every code of errors.md section A used >= 2 times, every label
   value occurs in its case;
2. each error case differs from its clean draft in one contiguous place that overlaps the label value, and a
   changed figure (not a small integer cell or a year) occurs only once in the clean draft, except for
   conflicting_values where it must occur at least twice;
3. the arithmetic of every draft is redone from the text (per-project extraction of the stated figures,
   then the identities of rules.md section 7 with the tolerance of section 8): every clean draft passes every
   check; in every error case the labelled code fails and no other error-level code fails.
Prints OK at the end.
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


class ExtractError(Exception):
    pass


# ---------------------------------------------------------------- numbers and tolerance (rules.md section 8)
def nd(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def dec(s):
    s = str(s).replace(",", "").strip()
    if s in ("", "—", "-"):
        return D(0)
    return D(s)


def tol(s):
    return D(5) * D(10) ** (-(nd(s) + 1)) + D("1e-9")


def ok(stated, computed):
    """stated: the figure as written (str); computed: Decimal."""
    return abs(D(computed) - dec(stated)) <= tol(stated)


def same(a, b):
    """two stated figures of one quantity agree within the precision of the less precise one."""
    t = max(tol(a), tol(b))
    return abs(dec(a) - dec(b)) <= t


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


UNIT = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}


def wan(num, unit):
    return dec(num) * UNIT[unit]


# ---------------------------------------------------------------- findings
class Checker:
    def __init__(self, text):
        self.text = text
        self.fails = []   # (code, message)
        self.n = 0

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def check(self, code, cond, msg):
        self.n += 1
        if not cond:
            self.fail(code, msg)

    def one(self, pattern, flags=0):
        ms = list(re.finditer(pattern, self.text, flags))
        if len(ms) != 1:
            raise ExtractError("pattern matched %d times: %s" % (len(ms), pattern))
        return ms[0].groups()

    # -- identities
    def sum_(self, total, parts, what, code="sum_mismatch"):
        """total, parts: (figure, unit) pairs. A failing sum that one rescale by 10^4 / 10^8 repairs is a
        unit_mismatch on that amount (errors.md #11 b)."""
        self.n += 1
        tv = wan(*total)
        pv = [wan(*p) for p in parts]
        if ok(total[0], sum(pv) / UNIT[total[1]]):
            return
        items = [("part", i) for i in range(len(parts))] + [("total", 0)]
        for kind, i in items:
            for f in (D("1e-4"), D("1e4"), D("1e-8"), D("1e8")):
                if kind == "part":
                    pv2 = list(pv)
                    pv2[i] = pv2[i] * f
                    if ok(total[0], sum(pv2) / UNIT[total[1]]):
                        self.fail("unit_mismatch", "%s: %s%s off by a power of ten" % (what, parts[i][0], parts[i][1]))
                        return
                else:
                    if abs(tv * f - sum(pv)) <= tol(total[0]) * UNIT[total[1]]:
                        self.fail("unit_mismatch", "%s: total %s%s off by a power of ten" % (what, total[0], total[1]))
                        return
        self.fail(code, "%s: %s%s != %s" % (what, total[0], total[1], " + ".join(a + b for a, b in parts)))

    def product(self, amount, price, qty, what):
        """amount (fig, unit) = unit price (fig, unit) x quantity (Decimal count); rescale repair -> unit."""
        self.n += 1
        calc = wan(*price) * qty
        if ok(amount[0], calc / UNIT[amount[1]]):
            return
        for f in (D("1e-4"), D("1e4"), D("1e-8"), D("1e8")):
            if ok(amount[0], calc * f / UNIT[amount[1]]):
                self.fail("unit_mismatch", "%s: %s%s vs %s%s x %s" % (what, amount[0], amount[1], price[0], price[1], qty))
                return
        self.fail("sum_mismatch", "%s: %s%s != %s%s x %s" % (what, amount[0], amount[1], price[0], price[1], qty))

    def rate(self, stated, num, den, what):
        """stated rate in % (str, may be '—' or '0'); num, den Decimal amounts."""
        self.n += 1
        s = stated.strip().rstrip("%")
        if den == 0:
            if s not in ("—", "-", "", "0"):
                self.fail("implausible_rate", "%s: rate %s on a zero base" % (what, stated))
            return
        if s in ("—", "-", ""):
            return
        if dec(s) > 100 or dec(s) < 0:
            self.fail("implausible_rate", "%s: rate %s%% outside [0, 100]" % (what, s))
        if not ok(s, num / den * 100):
            self.fail("rate_mismatch", "%s: %s%% vs computed %s%%" % (what, s, r2(num / den * 100)))

    def bounded(self, stated, what):
        self.n += 1
        if dec(stated) > 100 or dec(stated) < 0:
            self.fail("implausible_rate", "%s: %s%% outside [0, 100]" % (what, stated))

    def conflict(self, a, b, what):
        self.n += 1
        if not same(a, b):
            self.fail("conflicting_values", "%s: %s vs %s" % (what, a, b))

    def balance(self, stated, computed, what):
        self.n += 1
        if not ok(stated, computed):
            self.fail("balance_mismatch", "%s: %s vs computed %s" % (what, stated, computed))

    def average(self, stated, total, n, what):
        self.n += 1
        if not ok(stated, total / n):
            self.fail("average_mismatch", "%s: %s vs %s" % (what, stated, r2(total / n)))

    def later_year(self, year, eval_year, what):
        self.n += 1
        if int(year) <= eval_year:
            self.fail("year_mismatch", "%s: %s is not after the evaluation year %d" % (what, year, eval_year))

    def same_year(self, year, eval_year, what):
        self.n += 1
        if int(year) != eval_year:
            self.fail("year_mismatch", "%s: %s vs evaluation year %d" % (what, year, eval_year))

    def grade(self, total, label):
        self.n += 1
        t = dec(total)
        band = "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
        names = {"优": ("优", "优秀"), "良": ("良", "良好"), "中": ("中", "中等", "一般", "合格"),
                 "差": ("差", "较差", "不合格")}
        if label not in names[band]:
            self.fail("grade_mismatch", "total %s is %s, stated %s" % (total, band, label))

    def indicators(self, rows, weight_total=None, score_totals=()):
        """rows: dicts name, weight, score, target, actual, completion (or None), rate (bool: actual is a
        share that cannot exceed 100%). Checks weights sum, score <= weight, score sum, units, completion."""
        wsum = sum(dec(r["weight"]) for r in rows)
        self.check("weight_sum_mismatch", wsum == 100, "weights sum to %s" % wsum)
        if weight_total is not None:
            self.check("weight_sum_mismatch", dec(weight_total) == wsum, "stated weight total %s vs %s" % (weight_total, wsum))
        for r in rows:
            self.check("score_exceeds_weight", D(0) <= dec(r["score"]) <= dec(r["weight"]),
                       "%s: score %s, weight %s" % (r["name"], r["score"], r["weight"]))
        ssum = sum(dec(r["score"]) for r in rows)
        for st in score_totals:
            self.check("score_sum_mismatch", ok(st, ssum), "scores sum to %s, stated %s" % (ssum, st))
        for r in rows:
            if r.get("target") is None:
                continue
            t = parse_target(r["target"])
            a = parse_actual(r["actual"])
            if t is None or a is None:
                continue
            self.n += 1
            if t[2] != a[1]:
                self.fail("unit_mismatch", "%s: target %s vs actual %s" % (r["name"], r["target"], r["actual"]))
                continue
            if r.get("rate") and a[1] == "%":
                self.bounded(a[0], r["name"])
            c = r.get("completion")
            if c is None or c in ("—", ""):
                continue
            comp = completion(t, a)
            self.check("completion_mismatch", comp is not None and ok(c.rstrip("%"), comp),
                       "%s: completion %s vs %s" % (r["name"], c, comp))
        return ssum


def parse_target(s):
    s = s.strip()
    m = re.match(r"^(≥|≤|=|＞|＜|>=|<=)?\s*([\d.]+)\s*(.*)$", s)
    if not m:
        return None
    sign = {"≥": "gte", ">=": "gte", "＞": "gte", "≤": "lte", "<=": "lte", "＜": "lte", "=": "eq", None: "eq"}[m.group(1)]
    return sign, m.group(2), m.group(3).strip()


def parse_actual(s):
    m = re.match(r"^([\d.]+)\s*(.*)$", s.strip())
    if not m:
        return None
    return m.group(1), m.group(2).strip()


def completion(t, a):
    sign, tv, _ = t
    T, A = dec(tv), dec(a[0])
    if sign == "lte":
        return D(100) if A <= T else T / A * 100
    if T == 0:
        return None
    return A / T * 100


# ---------------------------------------------------------------- table readers
def cell_rows(text):
    """one cell per line (tab-indented), rows separated by blank lines (Word copy, seed 003)."""
    rows, cur = [], []
    for line in text.split("\n"):
        if line.startswith("\t"):
            cur.append(line[1:].strip())
        else:
            if cur:
                rows.append(cur)
            cur = []
    if cur:
        rows.append(cur)
    return rows


def find(rows, key, col=None):
    hits = [r for r in rows if (key in r if col is None else (len(r) > col and r[col] == key))]
    if len(hits) != 1:
        raise ExtractError("row %r found %d times" % (key, len(hits)))
    return hits[0]


def tail_after(text, name, sep):
    lines = [l for l in text.split("\n") if name in l]
    if len(lines) != 1:
        raise ExtractError("line with %r found %d times" % (name, len(lines)))
    rest = lines[0].split(name, 1)[1].strip()
    return [c for c in re.split(sep, rest) if c != ""]


# ---------------------------------------------------------------- projects
def p_yingxian(C):
    Y = int(C.one(r"(\d{4})年度畜禽粪污资源化利用整县推进项目绩效自评报告")[0])
    rows = cell_rows(C.text)
    labels = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]
    R = {}
    for lab in labels:
        r = find(rows, lab, 0)
        if len(r) != 10:
            raise ExtractError("funds row %s has %d cells" % (lab, len(r)))
        R[lab] = r[2:]
    cols = ["年度总金额", "财政资金小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他资金"]
    for lab in labels[:5]:
        v = R[lab]
        C.sum_((v[0] or "0", "万元"), [(v[1] or "0", "万元"), (v[6] or "0", "万元"), (v[7] or "0", "万元")], lab + " 总金额")
        C.sum_((v[1] or "0", "万元"), [(x or "0", "万元") for x in v[2:6]], lab + " 小计")
    for i, c in enumerate(cols):
        b2, b3, b4 = dec(R["全年预算资金"][i]), dec(R["实际到位资金"][i]), dec(R["全年执行资金"][i])
        C.balance(R["资金结余"][i] or "0", b3 - b4, "资金结余 " + c)
        C.rate(R["预算到位率(%)"][i], b3, b2, "到位率 " + c)
        C.rate(R["预算执行率(%)"][i], b4, b2, "执行率 " + c)
    add, cen, prov = C.one(r"全年预算资金较年初增加(\d+)万元，为年中追加下达的中央预算内投资(\d+)万元和省级配套资金(\d+)万元")
    C.sum_((add, "万元"), [(cen, "万元"), (prov, "万元")], "追加")
    C.check("sum_mismatch", ok(add, dec(R["全年预算资金"][0]) - dec(R["年初预算资金"][0])), "追加 = 全年 - 年初")
    C.later_year(C.one(r"均按规定结转至(\d{4})年继续使用")[0], Y, "结转")
    bud, rec, spent = C.one(r"全年预算(\d+)万元，实际到位(\d+)万元，全年支出([\d.]+)万元")
    C.conflict(bud, R["全年预算资金"][0], "全年预算")
    C.conflict(rec, R["实际到位资金"][0], "到位")
    C.conflict(spent, R["全年执行资金"][0], "执行")
    xr, gap = C.one(r"县级配套资金到位率([\d.]+)%，受县级财力影响尚有(\d+)万元未拨付")
    C.rate(xr, dec(R["实际到位资金"][5]), dec(R["全年预算资金"][5]), "县级到位率 (text)")
    C.balance(gap, dec(R["全年预算资金"][5]) - dec(R["实际到位资金"][5]), "县级未拨付")
    names = ["预算执行率", "规模养殖场粪污处理设施改造数", "新建田间粪污贮存池容积", "工程验收合格率",
             "年度建设任务按期完成率", "田间贮存池单位造价", "带动商品有机肥产量", "畜禽粪污综合利用率",
             "规模养殖场粪污处理设施装备配套率", "规模养殖场（户）满意度"]
    ind = []
    for nm in names:
        r = find(rows, nm, 2)
        ind.append({"name": nm, "weight": r[3], "target": r[4], "actual": r[5], "completion": r[6], "score": r[7],
                    "rate": nm.endswith("率") or "满意度" in nm})
    tot = find(rows, "合计", 0)
    ptot, grade = C.one(r"项目绩效自评总得分([\d.]+)分，属于\"(.{1,3}?)\"")
    C.indicators(ind, weight_total=tot[3], score_totals=(tot[7], ptot))
    C.conflict(ind[0]["actual"].rstrip("%"), R["预算执行率(%)"][0], "执行率 附件1 vs 资金表")
    pw, ps = C.one(r"其中产出指标(\d+)分，得([\d.]+)分")
    C.check("weight_sum_mismatch", dec(pw) == sum(dec(r["weight"]) for r in ind[1:6]), "产出 weights vs %s" % pw)
    C.check("score_sum_mismatch", ok(ps, sum(dec(r["score"]) for r in ind[1:6])), "产出 scores vs %s" % ps)
    C.grade(ptot, grade)
    act = {r["name"]: r.get("actual") for r in ind}
    C.conflict(C.one(r"新建田间粪污贮存池([\d.]+)万立方米")[0], act["新建田间粪污贮存池容积"].replace("万立方米", ""), "贮存池")
    C.conflict(C.one(r"单位造价每立方米(\d+)元")[0], act["田间贮存池单位造价"].replace("元/立方米", ""), "单位造价")
    C.conflict(C.one(r"年度建设任务按期完成率([\d.]+)%")[0], act["年度建设任务按期完成率"].rstrip("%"), "按期完成率")
    C.conflict(C.one(r"商品有机肥约([\d.]+)万吨")[0], act["带动商品有机肥产量"].replace("万吨", ""), "有机肥")
    C.conflict(C.one(r"畜禽粪污综合利用率达到([\d.]+)%（2018年")[0], act["畜禽粪污综合利用率"].rstrip("%"), "综合利用率")
    C.conflict(C.one(r"设施装备配套率达到([\d.]+)%（2018年")[0], act["规模养殖场粪污处理设施装备配套率"].rstrip("%"), "配套率")
    C.conflict(C.one(r"满意度为([\d.]+)%")[0], act["规模养殖场（户）满意度"].rstrip("%"), "满意度")


def p_hengnan(C):
    Y = int(C.one(r"\n(\d{4})年度规模养殖场粪污处理设施建设补助项目支出绩效自评报告")[0])
    C.same_year(C.one(r"（(\d{4})年度）")[0], Y, "自评表年度")
    rows = [l.split("\t") for l in C.text.split("\n") if "\t" in l]
    F = {}
    for lab in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]:
        F[lab] = find(rows, lab, 0)[1:7]
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        C.sum_((F["年度资金总额"][i], "万元"), [(F[k][i], "万元") for k in ["其中：当年财政拨款", "上年结转资金", "其他资金"]], col)
    for lab, v in F.items():
        C.rate(v[4], dec(v[2]), dec(v[1]), lab + " 执行率")
    ini, prov, city, cnty, carry, annual = C.one(
        r"年初预算安排(\d+)万元，其中省级畜禽粪污资源化利用专项资金(\d+)万元、市级配套(\d+)万元、县级配套(\d+)万元；另有(?:\d{4})年结转资金([\d.]+)万元，全年预算([\d.]+)万元")
    C.sum_((ini, "万元"), [(prov, "万元"), (city, "万元"), (cnty, "万元")], "年初预算构成")
    C.sum_((annual, "万元"), [(ini, "万元"), (carry, "万元")], "全年预算")
    C.conflict(ini, F["其中：当年财政拨款"][0], "年初预算")
    C.conflict(carry, F["上年结转资金"][1], "上年结转")
    C.conflict(annual, F["年度资金总额"][1], "全年预算")
    spent, rate, cspent, cur, unspent, cyear = C.one(
        r"项目实际支出([\d.]+)万元，预算执行率([\d.]+)%，其中上年结转资金([\d.]+)万元已全部支出，当年资金支出([\d.]+)万元。未支出的([\d.]+)万元[^。]*?结转至(\d{4})年")
    C.rate(rate, dec(spent), dec(annual), "执行率 (text)")
    C.sum_((spent, "万元"), [(cspent, "万元"), (cur, "万元")], "支出构成")
    C.balance(cspent, dec(carry), "上年结转已全部支出")
    C.balance(unspent, dec(annual) - dec(spent), "未支出")
    C.later_year(cyear, Y, "结转")
    C.conflict(spent, F["年度资金总额"][2], "执行数")
    C.conflict(cur, F["其中：当年财政拨款"][2], "当年支出")
    C.conflict(rate, F["年度资金总额"][4].rstrip("%"), "执行率")
    apps, rej = C.one(r"受理补助申请(\d+)份，其中(\d+)份")
    n, comp, pig, cow, poul = C.one(r"全年补助(\d+)个规模养殖场完成粪污处理设施改造（2021年补助\d+个），完成年度目标的(\d+)%，其中生猪场(\d+)个、牛场(\d+)个、家禽场(\d+)个")
    C.check("sum_mismatch", dec(apps) - dec(rej) == dec(n), "申请 %s - %s != %s" % (apps, rej, n))
    C.check("sum_mismatch", dec(n) == dec(pig) + dec(cow) + dec(poul), "场数构成")
    names = ["补助规模养殖场粪污处理设施改造数", "新建（改造）贮粪池和沼液池容积", "设施验收合格率", "年度项目完工率",
             "贮存池每立方米补助", "规模养殖场粪污处理设施装备配套率", "畜禽粪污综合利用率", "设施运行管护机制",
             "养殖场（户）满意度"]
    ind = [{"name": "预算执行", "weight": F["年度资金总额"][3], "score": F["年度资金总额"][5]}]
    for nm in names:
        r = find(rows, nm)
        i = r.index(nm)
        q = nm == "设施运行管护机制"
        ind.append({"name": nm, "target": None if q else r[i + 1], "actual": r[i + 2], "weight": r[i + 3],
                    "score": r[i + 4], "completion": None, "rate": nm.endswith("率") or "满意度" in nm})
    tot = find(rows, "总分", 0)
    tot = [c for c in tot if c]
    ptot, grade = C.one(r"本项目得分([\d.]+)分，评价等级为\"(.{1,3}?)\"")
    C.indicators(ind, weight_total=tot[1], score_totals=(tot[2], ptot))
    C.grade(ptot, grade)
    act = {r["name"]: r.get("actual") for r in ind}
    tgt = parse_target(ind[1]["target"])
    C.check("completion_mismatch", ok(comp, dec(n) / dec(tgt[1]) * 100), "完成年度目标的%s%%" % comp)
    C.conflict(n, act[names[0]].rstrip("个"), "改造场数")
    vol, per = C.one(r"贮粪池和沼液池([\d.]+)万立方米，按容积计算平均每立方米补助(\d+)元")
    C.conflict(vol, act[names[1]].replace("万立方米", ""), "容积")
    C.conflict(per, act[names[4]].rstrip("元"), "每立方米补助")
    C.conflict(C.one(r"年度项目完工率([\d.]+)%")[0], act[names[3]].rstrip("%"), "完工率")
    C.conflict(C.one(r"由\d{4}年的[\d.]+%提高到([\d.]+)%")[0], act[names[5]].rstrip("%"), "配套率")
    C.conflict(C.one(r"畜禽粪污综合利用率达到([\d.]+)%，养殖场")[0], act[names[6]].rstrip("%"), "综合利用率")


def p_linshui(C):
    Y = int(C.one(r"^(\d{4})年度邻水县农业农村局项目支出")[0])
    C.same_year(C.one(r"（(\d{4})年度）")[0], Y, "自评表年度")
    lines = C.text.split("\n")
    F = {}
    for lab in ["年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]:
        hit = [l for l in lines if l.startswith(lab + " ")]
        if len(hit) != 1:
            raise ExtractError(lab)
        F[lab] = hit[0].split(" ")[1:]
    parts = ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        C.sum_((F["年度资金总额"][i], "万元"), [(F[k][i], "万元") for k in parts], col)
    for lab, v in F.items():
        C.rate(v[4], dec(v[2]), dec(v[1]), lab + " 执行率")
    ini, cen, cnty, add, annual = C.one(
        r"年初预算([\d.]+)万元，其中中央资金([\d.]+)万元、县级资金([\d.]+)万元；9月省级追加下达([\d.]+)万元，全年预算调整为([\d.]+)万元")
    C.sum_((ini, "万元"), [(cen, "万元"), (cnty, "万元")], "年初预算构成")
    C.sum_((annual, "万元"), [(ini, "万元"), (add, "万元")], "全年预算")
    C.conflict(ini, F["年度资金总额"][0], "年初预算")
    C.conflict(annual, F["年度资金总额"][1], "全年预算")
    spent, rate = C.one(r"全年支出([\d.]+)万元，执行率([\d.]+)%")
    C.rate(rate, dec(spent), dec(annual), "执行率 (text)")
    C.conflict(spent, F["年度资金总额"][2], "执行数")
    C.conflict(rate, F["年度资金总额"][4].rstrip("%"), "执行率")
    price, pu, amt, au, heads = C.one(r"按每头(\d+)(元|万元)的标准兑付病死猪无害化处理补助([\d.]+)(元|万元)，对应处理量(\d+)头")
    C.product((amt, au), (price, pu), dec(heads), "处理补助")
    npts, run, avg = C.one(r"支付(\d+)个收集暂存点运行补助([\d.]+)万元，平均每个点([\d.]+)万元")
    C.average(avg, dec(run), dec(npts), "收集点平均")
    C.sum_((spent, "万元"), [(amt, au), (run, "万元")], "支出构成")
    bal, cyear = C.one(r"年末结余([\d.]+)万元[^。]*?结转至(\d{4})年")
    C.balance(bal, dec(annual) - dec(spent), "结余 (到位率100%: 到位 = 全年预算)")
    C.later_year(cyear, Y, "结转")
    done, big, small, comp = C.one(r"全年无害化处理病死猪(\d+)头（\d{4}年为\d+头），其中规模养殖场报告收集(\d+)头、散养户收集(\d+)头，完成年度目标的([\d.]+)%")
    C.check("sum_mismatch", dec(done) == dec(big) + dec(small), "处理头数构成")
    C.conflict(done, heads, "处理头数")
    names = ["病死猪无害化处理数量", "收集暂存点运行数量", "病死畜禽无害化处理率", "处理补助兑付及时率", "病死猪处理补助标准",
             "区域性重大动物疫情发生数", "养殖场户集中收集覆盖率", "收集处理长效运行机制"]
    ind = [{"name": "预算执行", "weight": F["年度资金总额"][3], "score": F["年度资金总额"][5]}]
    for nm in names:
        c = tail_after(C.text, nm + " ", " ")
        if c[0] == "定性":
            ind.append({"name": nm, "target": None, "actual": c[3], "weight": c[4], "score": c[5]})
            continue
        sign = {"≥": "≥", "≤": "≤", "=": "="}[c[0]]
        ind.append({"name": nm, "target": sign + c[1] + c[2], "actual": c[3] + c[2], "weight": c[4], "score": c[5],
                    "completion": None, "rate": nm.endswith("率")})
    tot = [l for l in lines if l.startswith("总分 ")]
    if len(tot) != 1:
        raise ExtractError("总分")
    tot = tot[0].split(" ")
    ptot, grade = C.one(r"项目综合得分(\d+)分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    C.indicators(ind, weight_total=tot[1], score_totals=(tot[2], ptot))
    C.grade(ptot, grade)
    t = parse_target(ind[1]["target"])
    C.check("completion_mismatch", ok(comp, dec(done) / dec(t[1]) * 100), "完成年度目标的%s%%" % comp)
    C.conflict(done, ind[1]["actual"].rstrip("头"), "处理头数 (table)")
    C.conflict(npts, ind[2]["actual"].rstrip("个"), "收集点数")
    C.conflict(price, ind[5]["actual"].replace("元/头", ""), "补助标准")
    ts, tt = C.one(r"处理补助兑付及时率为([\d.]+)%，低于(\d+)%的目标")
    C.conflict(ts, ind[4]["actual"].rstrip("%"), "兑付及时率")
    C.conflict(C.one(r"养殖场户集中收集覆盖率为([\d.]+)%")[0], ind[7]["actual"].rstrip("%"), "覆盖率")


def p_yicheng(C):
    Y = int(C.one(r"宜城市畜牧兽医服务中心(\d{4})年度部门整体支出绩效自评报告\n")[0])
    g = C.one(r"年初预算([\d.]+)万元，年中追加([\d.]+)万元，全年预算([\d.]+)万元，其中基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元），项目支出([\d.]+)万元。项目支出中，有机肥加工补贴([\d.]+)万元，重大动物疫病防控([\d.]+)万元，畜禽粪污资源化利用技术服务([\d.]+)万元，病死畜禽无害化处理([\d.]+)万元")
    ini, add, annual, basic, staff, office, proj, a1, a2, a3, a4 = g
    w = lambda x: (x, "万元")
    C.sum_(w(annual), [w(ini), w(add)], "全年预算 = 年初 + 追加")
    C.sum_(w(annual), [w(basic), w(proj)], "全年预算 = 基本 + 项目")
    C.sum_(w(basic), [w(staff), w(office)], "基本支出")
    C.sum_(w(proj), [w(a1), w(a2), w(a3), w(a4)], "项目支出")
    spent, rate, bspent, brate, pspent, prate, bal = C.one(
        r"全年支出([\d.]+)万元，部门整体预算执行率([\d.]+)%。其中基本支出([\d.]+)万元，执行率(\d+)%；项目支出([\d.]+)万元，项目支出执行率([\d.]+)%。年末结余([\d.]+)万元")
    C.rate(rate, dec(spent), dec(annual), "部门整体执行率")
    C.rate(brate, dec(bspent), dec(basic), "基本支出执行率")
    C.rate(prate, dec(pspent), dec(proj), "项目支出执行率")
    C.sum_(w(spent), [w(bspent), w(pspent)], "全年支出")
    C.balance(bal, dec(annual) - dec(spent), "结余")
    C.later_year(C.one(r"技术服务合同尾款结转(\d{4})年支付")[0], Y, "结转")
    nent, price, tons, amt, nent2, avg = C.one(
        r"对(\d+)家有机肥生产企业按每吨(\d+)元的标准给予加工补贴[^。]*。[^。]*?经核定全年补贴产量(\d+)吨，兑付补贴([\d.]+)万元，(\d+)家企业平均补贴([\d.]+)万元")
    C.product((amt, "万元"), (price, "元"), dec(tons), "有机肥补贴")
    C.average(avg, dec(amt), dec(nent2), "企业平均补贴")
    C.conflict(nent, nent2, "企业数")
    rows = [l.split("｜") for l in C.text.split("\n") if "｜" in l]
    names = ["预算执行率", "补贴有机肥产量", "补贴生产企业数", "项目区化肥使用量减少", "受补贴企业满意度", "应免畜禽免疫密度",
             "病死畜禽无害化处理率", "区域性重大动物疫情", "技术指导培训", "畜禽粪污综合利用率"]
    ind = []
    for nm in names:
        r = find(rows, nm, 2)
        ind.append({"name": nm, "target": r[3], "actual": r[4], "completion": r[5], "weight": r[6], "score": r[7],
                    "rate": nm.endswith("率") or "满意度" in nm or "密度" in nm})
    tot = find(rows, "合计", 0)
    ptot, grade = C.one(r"绩效自评得分([\d.]+)分，评价等级为\"(.{1,3}?)\"")
    C.indicators(ind, weight_total=tot[6], score_totals=(tot[7], ptot))
    C.grade(ptot, grade)
    ew, gw = C.one(r"预算执行率(\d+)分，按执行率计分；年度目标(\d+)分")
    C.check("weight_sum_mismatch", dec(ew) == dec(ind[0]["weight"]), "预算执行 weight")
    C.check("weight_sum_mismatch", dec(gw) == sum(dec(r["weight"]) for r in ind[1:]), "年度目标 weights vs %s" % gw)
    act = {r["name"]: r.get("actual") for r in ind}
    C.conflict(rate, act["预算执行率"].rstrip("%"), "执行率")
    C.conflict(nent, act["补贴生产企业数"].rstrip("家"), "企业数 (table)")
    C.conflict(str(dec(tons) / 10000), act["补贴有机肥产量"].replace("万吨", ""), "有机肥产量")
    red, sat = C.one(r"化肥使用量较上年减少([\d.]+)%，受补贴企业满意度([\d.]+)%")
    C.conflict(red, act["项目区化肥使用量减少"].rstrip("%"), "化肥减量")
    C.conflict(sat, act["受补贴企业满意度"].rstrip("%"), "企业满意度")
    C.conflict(C.one(r"免疫密度([\d.]+)%；")[0], act["应免畜禽免疫密度"].rstrip("%"), "免疫密度")
    tr, trc = C.one(r"全年开展技术指导培训(\d+)人次，完成目标的([\d.]+)%")
    C.conflict(tr, act["技术指导培训"].replace("人次", ""), "培训人次")
    t = parse_target(ind[8]["target"])
    C.check("completion_mismatch", ok(trc, dec(tr) / dec(t[1]) * 100), "培训完成率 (text)")
    C.conflict(C.one(r"综合利用率([\d.]+)%（2019年")[0], act["畜禽粪污综合利用率"].rstrip("%"), "综合利用率")


def p_jishui(C):
    Y = int(C.one(r"\n(\d{4})年度绿色种养循环农业试点项目（粪肥还田）\n")[0])
    C.same_year(C.one(r"(\d{4})年度项目支出绩效自评表")[0], Y, "自评表年度")
    adv_y, adv_m, fy, first, y2, second, cy, carry, annual, ini, add = C.one(
        r"(\d{4})年(\d+)月，省财政提前下达我县(\d{4})年中央农业资源及生态保护补助资金（绿色种养循环农业试点）(\d+)万元，列入年初预算；(\d{4})年6月下达第二批(\d+)万元。加上(\d{4})年结转的([\d.]+)万元，全年预算([\d.]+)万元，较年初预算([\d.]+)万元增加(\d+)万元")
    C.same_year(fy, Y, "提前下达的资金年度")
    C.check("year_mismatch", int(adv_y) == Y or (int(adv_y) == Y - 1 and int(adv_m) == 12), "提前下达时间")
    C.same_year(y2, Y, "第二批下达")
    C.check("year_mismatch", int(cy) < Y, "上年结转年度")
    w = lambda x: (x, "万元")
    C.sum_(w(ini), [w(first), w(carry)], "年初预算")
    C.sum_(w(annual), [w(ini), w(add)], "全年预算")
    C.check("sum_mismatch", dec(add) == dec(second), "追加 = 第二批")
    lines = C.text.split("\n")
    F = {}
    for lab in ["年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"]:
        hit = [l for l in lines if l.strip().startswith(lab + " ")]
        if len(hit) != 1:
            raise ExtractError(lab)
        F[lab] = re.split(r" {2,}", hit[0].strip())[1:]
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        C.sum_((F["年度资金总额"][i], "万元"), [(F[k][i], "万元") for k in ["当年财政拨款", "上年结转资金", "其他资金"]], col)
    for lab, v in F.items():
        C.rate(v[4], dec(v[2]), dec(v[1]), lab + " 执行率")
    C.conflict(ini, F["年度资金总额"][0], "年初预算")
    C.conflict(annual, F["年度资金总额"][1], "全年预算")
    C.conflict(carry, F["上年结转资金"][1], "上年结转")
    C.check("conflicting_values", dec(first) + dec(second) == dec(F["当年财政拨款"][1]), "当年财政拨款")
    ey, spent, rate, cy2, cspent, currate = C.one(
        r"截至(\d{4})年12月31日，累计支出([\d.]+)万元，预算执行率([\d.]+)%，其中(\d{4})年结转资金([\d.]+)万元已全部支出，当年资金执行率([\d.]+)%")
    C.same_year(ey, Y, "截至日期")
    C.rate(rate, dec(spent), dec(annual), "执行率 (text)")
    C.balance(cspent, dec(carry), "结转资金已全部支出")
    C.rate(currate, dec(spent) - dec(cspent), dec(first) + dec(second), "当年资金执行率 (text)")
    C.conflict(spent, F["年度资金总额"][2], "执行数")
    C.conflict(currate, F["当年财政拨款"][4].rstrip("%"), "当年执行率")
    svc, area, rice, veg, per, mon, mgmt = C.one(
        r"粪肥还田服务补助([\d.]+)万元，按核定还田面积([\d.]+)万亩（其中水稻([\d.]+)万亩、蔬菜和果茶([\d.]+)万亩）、每亩(\d+)元计算；土壤和粪肥第三方监测评估([\d.]+)万元；项目管理、培训和宣传([\d.]+)万元")
    C.product((svc, "万元"), (per, "元"), dec(area) * 10000, "还田服务补助")
    C.check("sum_mismatch", ok(area, dec(rice) + dec(veg)), "还田面积构成")
    C.sum_(w(spent), [w(svc), w(mon), w(mgmt)], "支出构成")
    bal, cyear = C.one(r"当年未支出([\d.]+)万元[^。]*?结转至(\d{4})年")
    C.balance(bal, dec(annual) - dec(spent), "未支出")
    C.later_year(cyear, Y, "结转")
    nsel = C.one(r"通过公开招标确定(\d+)个社会化服务主体")[0]
    done, nsup, avg = C.one(r"全年完成粪肥还田([\d.]+)万亩，支持社会化服务主体(\d+)个，平均每个主体获得还田服务补助([\d.]+)万元")
    C.average(avg, dec(svc), dec(nsup), "主体平均补助")
    C.conflict(nsel, nsup, "服务主体数")
    C.conflict(done, area, "还田面积 (two statements in the text)")
    names = ["粪肥还田面积", "支持社会化服务主体", "还田粪肥质量达标率", "年度任务完成时间", "亩均补助标准", "亩均节本增收",
             "试点区域化肥用量减少", "畜禽粪污综合利用率", "种植户满意度"]
    ind = [{"name": "预算执行", "weight": F["年度资金总额"][3], "score": F["年度资金总额"][5]}]
    for nm in names:
        c = tail_after(C.text, nm + " ", r" {2,}")
        date = nm == "年度任务完成时间"
        if date:
            C.same_year(c[1][:4], Y, "完成时间")
        ind.append({"name": nm, "target": None if date else c[0], "actual": c[1], "weight": c[2], "score": c[3],
                    "completion": None, "rate": nm.endswith("率") or "满意度" in nm})
    tot = [l for l in lines if l.startswith("总分 ")]
    if len(tot) != 1:
        raise ExtractError("总分")
    tot = re.split(r" {2,}", tot[0].strip())
    ptot, grade = C.one(r"项目得分(\d+)分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    C.indicators(ind, weight_total=tot[1], score_totals=(tot[2], ptot))
    C.grade(ptot, grade)
    we, wo, wb, ws = C.one(r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    C.check("weight_sum_mismatch", dec(we) == dec(ind[0]["weight"]), "执行 weight")
    C.check("weight_sum_mismatch", dec(wo) == sum(dec(r["weight"]) for r in ind[1:6]), "产出 weights vs %s" % wo)
    C.check("weight_sum_mismatch", dec(wb) == sum(dec(r["weight"]) for r in ind[6:9]), "效益 weights vs %s" % wb)
    C.check("weight_sum_mismatch", dec(ws) == dec(ind[9]["weight"]), "满意度 weight")
    act = {r["name"]: r.get("actual") for r in ind}
    C.conflict(done, act["粪肥还田面积"].replace("万亩", ""), "还田面积 (table)")
    C.conflict(nsup, act["支持社会化服务主体"].rstrip("个"), "服务主体数 (table)")
    C.conflict(C.one(r"批次，质量达标率(\d+)%")[0], act["还田粪肥质量达标率"].rstrip("%"), "质量达标率")
    C.conflict(C.one(r"亩均补助(\d+)元，低于")[0], act["亩均补助标准"].replace("元/亩", ""), "亩均补助")
    C.conflict(per, act["亩均补助标准"].replace("元/亩", ""), "亩均补助 (funds)")
    C.conflict(C.one(r"化肥用量较\d{4}年减少([\d.]+)%")[0], act["试点区域化肥用量减少"].rstrip("%"), "化肥减量")
    C.conflict(C.one(r"综合利用率([\d.]+)%（\d{4}年")[0], act["畜禽粪污综合利用率"].rstrip("%"), "综合利用率")
    C.conflict(C.one(r"满意度为([\d.]+)%")[0], act["种植户满意度"].rstrip("%"), "满意度")
    C.bounded(C.one(r"农户参与率达到([\d.]+)%")[0], "农户参与率")
    C.same_year(C.one(r"年度任务于(\d{4})年11月底前完成")[0], Y, "任务完成")


PROJECTS = {
    "sx-yingxian-fenwuzhengxian-2019": p_yingxian,
    "hn-hengnan-fenwusheshi-2022": p_hengnan,
    "sc-linshui-bingsichuqin-2023": p_linshui,
    "hb-yicheng-xumuzhongxin-2020": p_yicheng,
    "jx-jishui-fenfeihuantian-2024": p_jishui,
}


# ---------------------------------------------------------------- structure checks
NUM = re.compile(r"\d+(?:\.\d+)?")


def numbers(s):
    return [m.group(0) for m in NUM.finditer(s)]


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, p, len(b) - s   # [p, ea) in a, [p, eb) in b


def token_count(text, tok):
    return len(re.findall(r"(?<![\d.])" + re.escape(tok) + r"(?![\d]|\.\d)", text))


def run(pid, text):
    C = Checker(text)
    PROJECTS[pid](C)
    return C


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files:
        problems.append("labels.jsonl and cases/ differ")
    counts = {c: 0 for c in CODES}
    where = {}
    for r in labels:
        for e in r["expected"]:
            if e["code"] not in counts:
                problems.append("%s: unknown code %s" % (r["case"], e["code"]))
            else:
                counts[e["code"]] += 1
    for c, n in counts.items():
        if n < 2:
            problems.append("code %s used %d times" % (c, n))
    clean_text = {}
    for r in labels:
        text = open(os.path.join(CASES, r["case"]), encoding="utf-8").read()
        pid = r["source"]
        if r["clean"]:
            clean_text[pid] = text
            if r["expected"]:
                problems.append("%s: clean case with labels" % r["case"])
            n = len(text)
            if not 2700 <= n <= 3500:
                problems.append("%s: length %d" % (r["case"], n))
    for r in labels:
        text = open(os.path.join(CASES, r["case"]), encoding="utf-8").read()
        pid = r["source"]
        try:
            C = run(pid, text)
        except ExtractError as ex:
            problems.append("%s: extraction failed: %s" % (r["case"], ex))
            continue
        failed = sorted(set(code for code, _ in C.fails))
        if r["clean"]:
            if failed:
                problems.append("%s: clean draft fails %s" % (r["case"], C.fails))
            print("%-44s clean  %3d checks pass" % (r["case"], C.n))
            continue
        if len(r["expected"]) != 1:
            problems.append("%s: expected exactly one label" % r["case"])
            continue
        lab = r["expected"][0]
        if lab["severity"] != "error":
            problems.append("%s: severity" % r["case"])
        if failed != [lab["code"]]:
            problems.append("%s: labelled %s, failing %s" % (r["case"], lab["code"], C.fails))
        # one contiguous change overlapping the value
        clean = clean_text[pid]
        p, ea, _, eb = diff_region(clean, text)
        if p == len(clean) and p == len(text):
            problems.append("%s: identical to clean" % r["case"])
            continue
        v = lab["value"]
        occ = [m.start() for m in re.finditer(re.escape(v), text)]
        if not occ:
            problems.append("%s: value not found" % r["case"])
        elif not any(o < max(eb, p + 1) and o + len(v) > p for o in occ):
            problems.append("%s: value does not overlap the change" % r["case"])
        # the changed figure: unique in the clean draft (or repeated, for conflicting_values)
        old_seg = clean[p:ea]
        lo = p
        while lo > 0 and (clean[lo - 1].isdigit() or clean[lo - 1] == "."):
            lo -= 1
        hi = ea
        while hi < len(clean) and (clean[hi].isdigit() or clean[hi] == "."):
            hi += 1
        old_tok = numbers(clean[lo:hi])
        for tok in old_tok:
            small = "." not in tok and int(tok) < 100
            year = re.fullmatch(r"(19|20)\d\d", tok) is not None
            cnt = token_count(clean, tok)
            if lab["code"] == "conflicting_values":
                if cnt < 2:
                    problems.append("%s: conflicting figure %s occurs once in clean" % (r["case"], tok))
            elif not small and not year and cnt != 1:
                problems.append("%s: changed figure %s occurs %d times in clean" % (r["case"], tok, cnt))
        print("%-44s %-22s fails %s" % (r["case"], lab["code"], failed))
    print("codes: " + ", ".join("%s=%d" % (c, n) for c, n in counts.items()))
    if problems:
        for p_ in problems:
            print("PROBLEM:", p_)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
