#!/usr/bin/env python3
"""Verify the draftsNN blood-safety set (standard library only).

1. labels: every value occurs (exactly once) in its case; every error case differs from its clean
   draft in one contiguous place that overlaps the value; every code of errors.md §A occurs >= 2 times.
2. arithmetic: the figures of each draft are re-read and recomputed with decimal.Decimal
   (ROUND_HALF_UP, tolerance from the decimals of the stated figure, rules.md §8).
   Clean drafts: every check passes. Error cases: the labelled code fails and no other
   error-level code fails (score_rule_mismatch is a warning and is only reported).
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


class Missing(Exception):
    pass


# ---------------------------------------------------------------- numbers and tolerance
def num(s):
    return D(str(s).replace(",", "").strip())


def decs(s):
    s = str(s).replace(",", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D(5) * D(10) ** (-(decs(s) + 1)) + D("1e-9")


def close(stated, computed):
    return abs(D(computed) - num(stated)) <= tol(stated)


UNIT = {"元": D(1) / D(10000), "万元": D(1), "亿元": D(10000)}
GRADES = [(D(90), "优"), (D(80), "良"), (D(60), "中"), (D(0), "差")]
GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
              "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    for lo, g in GRADES:
        if total >= lo:
            return g
    return "差"


class Ctx:
    def __init__(self, text):
        self.text = text
        self.checks = []

    def add(self, code, passed, desc, sev="error"):
        self.checks.append((code, bool(passed), desc, sev))

    def g(self, pat, flags=0):
        m = re.search(pat, self.text, flags)
        if not m:
            raise Missing(pat)
        return m.groups() if len(m.groups()) != 1 else m.group(1)

    def line(self, pat):
        m = re.search(pat, self.text, re.M)
        if not m:
            raise Missing(pat)
        return m.group(0).split("\t")

    # -- generic checks
    def eq(self, code, stated, computed, desc):
        self.add(code, close(stated, computed), f"{desc}: stated {stated}, computed {D(computed):.4f}")

    def same(self, a, b, desc, scale_b=D(1)):
        va, vb = num(a), num(b) * scale_b
        self.add("conflicting_values", abs(va - vb) <= max(tol(a), tol(b) * scale_b),
                 f"{desc}: {a} vs {b}")

    def money(self, code, stated, unit, computed_wan, desc):
        comp = D(computed_wan) / UNIT[unit]
        if close(stated, comp):
            self.add(code, True, desc)
            return
        for f in (D(10000), D("0.0001"), D(10) ** 8, D(10) ** -8):
            if close(stated, comp * f):
                self.add("unit_mismatch", False, f"{desc}: {stated}{unit} off by a power of ten")
                return
        self.add(code, False, f"{desc}: stated {stated}{unit}, computed {comp:.4f}")

    def sum_(self, total, parts, desc, code="sum_mismatch"):
        """total and parts: (string, unit) pairs; units 元/万元/亿元 or '' (plain numbers)."""
        def val(x):
            s, u = x
            return num(s) * (UNIT[u] if u else D(1))
        tot = val(total)
        comp = sum((val(p) for p in parts), D(0))
        tu = UNIT[total[1]] if total[1] else D(1)
        if close(total[0], comp / tu):
            self.add(code, True, desc)
            return
        # a single amount written with the wrong money unit (errors.md §A.11 b)
        items = [total] + list(parts)
        for i, (s, u) in enumerate(items):
            if not u:
                continue
            for f in (D(10000), D("0.0001")):
                vals = [val(x) for x in items]
                vals[i] = vals[i] * f
                if abs(vals[0] - sum(vals[1:], D(0))) <= tol(total[0]) * tu:
                    self.add("unit_mismatch", False, f"{desc}: {s}{u} off by 10^4")
                    return
        self.add(code, False, f"{desc}: stated {total[0]}, parts sum {comp / tu}")

    def rate(self, stated, numer, denom, desc, code="rate_mismatch", scale=D(100)):
        stated = stated.rstrip("%")
        numer, denom = D(numer), D(denom)
        if denom == 0:
            self.add("implausible_rate", num(stated) == 0, f"{desc}: rate {stated} on a zero base")
            return
        if scale == 100:
            self.add("implausible_rate", D(0) <= num(stated) <= 100, f"{desc}: rate {stated} within 0..100")
        self.eq(code, stated, numer / denom * scale, desc)

    def pct_range(self, stated, desc):
        self.add("implausible_rate", D(0) <= num(stated.rstrip("%")) <= 100, f"{desc}: {stated} within 0..100%")

    def grade(self, word, total, desc):
        g = GRADE_WORD.get(word)
        self.add("grade_mismatch", g == band(num(total)), f"{desc}: {word} for {total}")


# ---------------------------------------------------------------- indicator rows
DIR_GTE = ("≥", ">=", "＞＝", "不低于", "不少于")
DIR_LTE = ("≤", "<=", "＜＝", "不高于", "不超过")
DIR_EQ = ("=", "＝")


def parse_tv(s):
    """'≥52000人份' -> ('gte', Decimal, '人份'); '献血当日' -> (None, None, text)."""
    s = s.strip()
    d = None
    for p, name in [(DIR_GTE, "gte"), (DIR_LTE, "lte"), (DIR_EQ, "eq")]:
        for sign in p:
            if s.startswith(sign):
                d, s = name, s[len(sign):].strip()
    m = re.match(r"^([\d,]+(?:\.\d+)?)\s*(.*)$", s)
    if not m:
        return d, None, s
    return d, num(m.group(1)), m.group(2).strip()


def completion(direction, t, a):
    if direction == "lte":
        return D(100) if a <= t else t / a * 100
    if t == 0:
        return D(100) if a <= 0 else D(0)
    return a / t * 100


def expected_score(direction, t, a, w):
    if direction == "lte":
        return w if a <= t else w * t / a
    if t == 0:
        return w if a <= 0 else D(0)
    return min(w, w * a / t)


def row_eval(ctx, name, tgt, act, w, s, comp=None, direction=None, unit=None):
    wv, sv = num(w), num(s)
    ctx.add("score_exceeds_weight", D(0) <= sv <= wv, f"{name}: score {s} within 0..{w}")
    td, tv, tu = parse_tv(tgt)
    ad, av, au = parse_tv(act)
    direction = direction or td or "eq"
    if unit is not None:             # Sichuan layout: unit in its own column
        tu, au = unit, ("%" if act.strip().endswith("%") else unit)
    if tv is None or av is None:
        if tv is None and av is None:          # qualitative: achieved -> [80%, 100%] of the weight
            achieved = act.strip() == tgt.strip() or any(k in act for k in ("达成", "完成", "到位"))
            lo = wv * D("0.8") if achieved else D(0)
            ctx.add("score_rule_mismatch", lo <= sv <= wv, f"{name}: qualitative score {s}", "warning")
        else:
            ctx.add("unit_mismatch", False, f"{name}: target {tgt!r} vs actual {act!r}")
        return
    if tu != au:
        ctx.add("unit_mismatch", False, f"{name}: unit {tu!r} vs {au!r}")
        return
    ctx.add("unit_mismatch", True, f"{name}: units agree ({tu})")
    c = completion(direction, tv, av)
    if comp is not None:
        ctx.eq("completion_mismatch", comp.rstrip("%"), c, f"{name} 完成率")
    exp = expected_score(direction, tv, av, wv)
    okr = close(s, exp) or (comp is not None and close(s, min(wv, wv * num(comp.rstrip("%")) / 100)))
    ctx.add("score_rule_mismatch", okr, f"{name}: score {s}, rule gives {exp:.4f}", "warning")


def exec_score(ctx, w, s, spent, budget, stated_rate):
    r = D(spent) / D(budget)
    ok = close(s, num(w) * min(r, D(1))) or close(s, num(w) * min(num(stated_rate.rstrip("%")) / 100, D(1)))
    ctx.add("score_rule_mismatch", ok, f"execution score {s} (rate {r * 100:.4f}%)", "warning")


def year_checks(ctx, year):
    t = ctx.text
    for m in re.finditer(r"（(\d{4})年度）", t):
        ctx.add("year_mismatch", int(m.group(1)) == year, f"table header year {m.group(1)} vs {year}")
    for m in re.finditer(r"结转(?:至|到)?(\d{4})年", t):
        ctx.add("year_mismatch", int(m.group(1)) > year, f"carried forward to {m.group(1)} (report {year})")
    for m in re.finditer(r"(\d{4})年结转", t):
        ctx.add("year_mismatch", int(m.group(1)) < year, f"carried over from {m.group(1)} (report {year})")
    for m in re.finditer(r"截至(\d{4})年12月31日", t):
        ctx.add("year_mismatch", int(m.group(1)) == year, f"截至 {m.group(1)} vs {year}")


def money_cells(cells):
    return [c.strip() for c in cells]


# ================================================================ project 1: Shanxi, 2019
def check_sx(ctx):
    t = ctx.text
    year = int(ctx.g(r"(\d{4})年度血液核酸检测专项经费"))
    year_checks(ctx, year)
    labels = {1: "年初预算资金", 2: "全年预算资金", 3: "实际到位资金", 4: "全年执行资金",
              5: "资金结余", 6: r"预算到位率\(%\)", 7: r"预算执行率\(%\)"}
    R = {k: ctx.line(r"^%s\t[^\n]*$" % v)[2:10] for k, v in labels.items()}
    cols = ["总额", "小计", "中央", "省", "市", "县区", "结转", "其他"]
    for r in (1, 2, 3, 4, 5):
        c = R[r]
        ctx.sum_((c[0], "万元"), [(c[1], "万元"), (c[6], "万元"), (c[7], "万元")], f"({r}) 总额")
        ctx.sum_((c[1], "万元"), [(x, "万元") for x in c[2:6]], f"({r}) 小计")
    for i, cn in enumerate(cols):
        ctx.money("balance_mismatch", R[5][i], "万元", num(R[3][i]) - num(R[4][i]), f"(5) {cn}")
        ctx.rate(R[6][i], num(R[3][i]), num(R[2][i]), f"(6) {cn}")
        ctx.rate(R[7][i], num(R[4][i]), num(R[2][i]), f"(7) {cn}")
    prov, city, cyear, carry = ctx.g(r"省级补助资金([\d.]+)万元、市级财政资金([\d.]+)万元，(\d{4})年结转的核酸检测资金([\d.]+)万元")
    ctx.same(prov, R[2][3], "省级 budget text/table")
    ctx.same(city, R[2][4], "市级 budget text/table")
    ctx.same(carry, R[2][6], "carry-over text/table")
    bud, spent, er = ctx.g(r"全年预算资金([\d.]+)万元全部到位，当年支出([\d.]+)万元，预算执行率([\d.]+)%")
    ctx.same(bud, R[2][0], "annual budget text/table")
    ctx.same(spent, R[4][0], "spending text/table")
    ctx.eq("rate_mismatch", "100", num(R[3][0]) / num(bud) * 100, "全部到位 => received = budget")
    ctx.rate(er, num(spent), num(bud), "text execution rate")
    uns, ucity, ucarry = ctx.g(r"未支出的([\d.]+)万元中，市级资金([\d.]+)万元.*?上年结转资金([\d.]+)万元")
    ctx.money("balance_mismatch", uns, "万元", num(bud) - num(spent), "unspent = budget - spent")
    ctx.sum_((uns, "万元"), [(ucity, "万元"), (ucarry, "万元")], "unspent split")
    ctx.same(ucity, R[5][4], "市级 balance text/table")
    ctx.same(ucarry, R[5][6], "carry-over balance text/table")
    total, ly, last, yoy = ctx.g(r"全年检测献血者标本(\d+)人份，较(\d{4})年的(\d+)人份增长([\d.]+)%")
    ctx.rate(yoy, num(total) - num(last), num(last), "year-on-year growth")
    q = ctx.g(r"一至四季度分别检测(\d+)人份、(\d+)人份、(\d+)人份和(\d+)人份，季均([\d.]+)人份")
    ctx.sum_((total, ""), [(x, "") for x in q[:4]], "quarters = total")
    ctx.eq("average_mismatch", q[4], sum(num(x) for x in q[:4]) / 4, "quarterly average")
    react = ctx.g(r"检出核酸单独反应性标本(\d+)例")
    ctx.same(react, ctx.g(r"(\d+)名反应性献血者"), "reactive donors")
    ctx.eq("rate_mismatch", ctx.g(r"每万人份检出约([\d.]+)例"), num(react) / num(total) * 10000, "per 10 000 (约)")
    price = ctx.g(r"中标价([\d.]+)元/人份")
    s_clin = ctx.g(r"临床用血科室满意度([\d.]+)%")
    s_don = ctx.g(r"随机回访献血者\d+名，满意度([\d.]+)%")
    ctx.pct_range(s_clin, "clinical satisfaction")
    ctx.pct_range(s_don, "donor satisfaction")
    ps = ctx.g(r"预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，总得分([\d.]+)分")
    # 附件1
    seg = t[t.index("附件1."):]
    lines = seg.split("\n")
    hi = next(i for i, l in enumerate(lines) if l.startswith("一级指标\t"))
    rows, lvl1 = [], ""
    for l in lines[hi + 1:]:
        if l.startswith("总分"):
            tot = l.split("\t")
            break
        c = l.split("\t")
        lvl1 = c[0] or lvl1
        rows.append((lvl1, c[2], c[3], c[4], c[5], c[6], c[7]))
    ex = rows[0]
    ctx.rate(ex[4], num(R[4][0]), num(R[2][0]), "附件1 execution rate (actual)")
    ctx.eq("completion_mismatch", ex[5].rstrip("%"), num(ex[4].rstrip("%")) / num(ex[3].rstrip("%")) * 100, "execution completion")
    exec_score(ctx, ex[2], ex[6], R[4][0], R[2][0], ex[4])
    ctx.add("score_exceeds_weight", D(0) <= num(ex[6]) <= num(ex[2]), "execution score <= weight")
    for (l1, name, w, tg, ac, cp, s) in rows[1:]:
        row_eval(ctx, name, tg, ac, w, s, comp=cp)
    act = {r[1]: r[4] for r in rows}
    ctx.same(total, parse_tv(act["标本核酸检测数量"])[1], "NAT samples text/table")
    ctx.same(price, parse_tv(act["核酸检测试剂单价"])[1], "reagent price text/table")
    ctx.same(s_clin, act["临床用血科室满意度"].rstrip("%"), "clinical satisfaction text/table")
    ctx.same(s_don, act["献血者满意度"].rstrip("%"), "donor satisfaction text/table")
    wsum = sum(num(r[2]) for r in rows)
    ctx.add("weight_sum_mismatch", wsum == num(tot[3]), f"weights {wsum} vs 总分 {tot[3]}")
    ctx.add("weight_sum_mismatch", num(tot[3]) == 100, "总分 weight = 100")
    ssum = sum(num(r[6]) for r in rows)
    ctx.eq("score_sum_mismatch", tot[7], ssum, "Σ scores vs 总分")
    lv = {}
    for r in rows:
        lv[r[0]] = lv.get(r[0], D(0)) + num(r[6])
    for stated, key in zip(ps[:4], ["预算执行指标", "产出指标", "效益指标", "满意度指标"]):
        ctx.eq("score_sum_mismatch", stated, lv[key], f"text score of {key}")
    ctx.eq("score_sum_mismatch", ps[4], sum(num(x) for x in ps[:4]), "text total = Σ text level scores")
    ctx.same(ps[4], tot[7], "total text/table")
    ctx.grade(ctx.g(r"自评等级\t(\S+)"), tot[7], "附件1 grade")


# ================================================================ project 2: Hunan, 2018
def check_hun(ctx):
    year = int(ctx.g(r"湘潭市中心血站(\d{4})年度"))
    year_checks(ctx, year)
    F = {}
    for key, lab in [("tot", "年度资金总额"), ("fis", "其中：当年财政拨款"), ("car", "上年结转资金"), ("oth", "其他资金")]:
        F[key] = ctx.line(r"^\t%s\t[^\n]*$" % lab)[2:8]
    for i, cn in enumerate(["年初", "全年", "执行"]):
        ctx.sum_((F["tot"][i], "万元"), [(F[k][i], "万元") for k in ("fis", "car", "oth")], f"funds {cn}")
    ctx.rate(F["tot"][4], num(F["tot"][2]), num(F["tot"][1]), "table execution rate")
    ctx.rate(F["fis"][4], num(F["fis"][2]), num(F["fis"][1]), "table fiscal execution rate")
    exec_score(ctx, F["tot"][3], F["tot"][5], F["tot"][2], F["tot"][1], F["tot"][4])
    ctx.add("score_exceeds_weight", num(F["tot"][5]) <= num(F["tot"][3]), "execution score <= weight")
    ini, add, ann = ctx.g(r"项目年初预算([\d.]+)万元，年中因新设河东献血屋追加([\d.]+)万元，全年预算([\d.]+)万元")
    ctx.sum_((ann, "万元"), [(ini, "万元"), (add, "万元")], "initial + addition = annual")
    ctx.same(ini, F["tot"][0], "initial budget text/table")
    ctx.same(ann, F["tot"][1], "annual budget text/table")
    b = ctx.g(r"宣传招募费用([\d.]+)万元、献血者关爱费用([\d.]+)万元、志愿服务及团体献血组织费用([\d.]+)万元")
    ctx.sum_((ann, "万元"), [(x, "万元") for x in b], "budget by use")
    r1, r2, rt, rr = ctx.g(r"3月下达年初预算资金([\d.]+)万元，9月下达追加资金([\d.]+)万元，合计([\d.]+)万元，资金到位率([\d.]+)%")
    ctx.sum_((rt, "万元"), [(r1, "万元"), (r2, "万元")], "issued in two batches")
    ctx.same(r1, ini, "issued initial vs initial budget")
    ctx.same(r2, add, "issued addition vs addition")
    ctx.rate(rr, num(rt), num(ann), "到位率")
    sp = ctx.g(r"全年支出([\d.]+)万元，其中宣传招募支出([\d.]+)万元，献血者关爱支出([\d.]+)万元，志愿服务及团体献血组织支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元")
    ctx.sum_((sp[0], "万元"), [(x, "万元") for x in sp[1:4]], "spending by use")
    ctx.rate(sp[4], num(sp[0]), num(ann), "text execution rate")
    ctx.money("balance_mismatch", sp[5], "万元", num(rt) - num(sp[0]), "balance = received - spent")
    ctx.same(sp[0], F["tot"][2], "spending text/table")
    care = ctx.g(r"献血者关爱支出([\d.]+)万元中，纪念品按每人次(\d+)元的标准发放，全年(\d+)人次，计(\d+)(万元|元)；为献血者统一投保献血意外险([\d.]+)万元")
    ctx.same(care[0], sp[2], "care spending stated twice")
    ctx.money("sum_mismatch", care[3], care[4], num(care[1]) * num(care[2]) / 10000, "persons x standard")
    ctx.sum_((care[0], "万元"), [(care[3], care[4]), (care[5], "万元")], "care = gifts + insurance")
    # indicator table
    seg = ctx.text[ctx.text.index("绩效指标\t一级指标"):]
    rows, l1, l2 = [], "", ""
    for l in seg.split("\n")[1:]:
        if l.startswith("总分"):
            tot = l.split("\t")
            break
        c = l.split("\t")
        l1, l2 = c[1] or l1, c[2] or l2
        rows.append((l1, l2, c[3], c[4], c[5], c[6], c[7]))
    for (a, b_, name, tg, ac, w, s) in rows:
        row_eval(ctx, name, tg, ac, w, s)
    act = {r[2]: r[4] for r in rows}
    tgt = {r[2]: r[3] for r in rows}
    don, comp = ctx.g(r"全年无偿献血(\d+)人次，完成目标的([\d.]+)%")
    d_, tv, _ = parse_tv(tgt["无偿献血人次"])
    ctx.eq("completion_mismatch", comp, num(don) / tv * 100, "text completion of donations")
    ctx.same(don, parse_tv(act["无偿献血人次"])[1], "donations text/table")
    ctx.same(care[2], don, "persons given gifts = donations")
    ctx.same(ctx.g(r"组织团体献血单位(\d+)家"), parse_tv(act["团体献血单位数"])[1], "group donor units text/table")
    ev = ctx.g(r"开展宣传活动(\d+)场，其中进校园(\d+)场、进社区(\d+)场、进企业(\d+)场")
    ctx.sum_((ev[0], ""), [(x, "") for x in ev[1:]], "events by place")
    ctx.same(ev[0], parse_tv(act["宣传活动场次"])[1], "events text/table")
    rate_k, pop = ctx.g(r"全年千人口献血率([\d.]+)‰（全市常住人口([\d.]+)万人）")
    ctx.rate(rate_k, num(don), num(pop) * 10000, "donation rate per 1000", scale=D(1000))
    ctx.same(rate_k, parse_tv(act["千人口献血率"])[1], "donation rate text/table")
    fixed, fshare = ctx.g(r"固定献血者(\d+)人次，占([\d.]+)%")
    ctx.rate(fshare, num(fixed), num(don), "fixed-donor share")
    ctx.same(fshare, parse_tv(act["固定献血者占比"])[1], "fixed-donor share text/table")
    sat = ctx.g(r"满意率([\d.]+)%")
    ctx.pct_range(sat, "donor satisfaction")
    ctx.same(sat, parse_tv(act["献血者满意度"])[1], "satisfaction text/table")
    lost = ctx.g(r"失分([\d.]+)分")
    rk = next(r for r in rows if r[2] == "千人口献血率")
    ctx.eq("score_sum_mismatch", lost, num(rk[5]) - num(rk[6]), "points lost on 千人口献血率")
    wsum = num(F["tot"][3]) + sum(num(r[5]) for r in rows)
    ctx.add("weight_sum_mismatch", wsum == num(tot[6]) == 100, f"weights {wsum} vs 总分 {tot[6]}")
    ssum = num(F["tot"][5]) + sum(num(r[6]) for r in rows)
    ctx.eq("score_sum_mismatch", tot[7], ssum, "Σ scores vs 总分")
    ctx.grade(ctx.g(r'自评等级为"(\S)"'), tot[7], "text grade vs table total")


# ================================================================ project 3: Sichuan, 2023
def check_sc(ctx):
    year = int(ctx.g(r"(\d{4})年度眉山市卫生健康委员会"))
    year_checks(ctx, year)
    F = {}
    for key, lab in [("tot", "年度资金总额"), ("fis", "其中：财政资金"), ("spe", "财政专户管理资金"),
                     ("uni", "单位资金"), ("oth", "其他资金")]:
        F[key] = ctx.line(r"^%s\t[^\n]*$" % lab)[1:7]
    for i, cn in enumerate(["年初", "全年", "执行"]):
        ctx.sum_((F["tot"][i], "万元"), [(F[k][i], "万元") for k in ("fis", "spe", "uni", "oth")], f"funds {cn}")
    ctx.rate(F["tot"][4], num(F["tot"][2]), num(F["tot"][1]), "table execution rate")
    exec_score(ctx, F["tot"][3], F["tot"][5], F["tot"][2], F["tot"][1], F["tot"][4])
    ctx.add("score_exceeds_weight", num(F["tot"][5]) <= num(F["tot"][3]), "execution score <= weight")
    fi, ui, fa, ann = ctx.g(r"年初预算安排财政资金([\d.]+)万元、单位自有资金([\d.]+)万元；.*?追加财政资金([\d.]+)万元.*?全年预算([\d.]+)万元")
    ctx.sum_((ann, "万元"), [(fi, "万元"), (ui, "万元"), (fa, "万元")], "initial + addition = annual")
    ctx.same(fi, F["fis"][0], "fiscal initial text/table")
    ctx.same(ui, F["uni"][0], "unit initial text/table")
    ctx.same(ann, F["tot"][1], "annual text/table")
    ctx.sum_((F["fis"][1], "万元"), [(fi, "万元"), (fa, "万元")], "fiscal annual = initial + addition")
    frec, frr = ctx.g(r"财政资金([\d.]+)万元分别于[^，]*拨付到位，到位率([\d.]+)%")
    ctx.same(frec, F["fis"][1], "fiscal funds received vs fiscal budget")
    ctx.rate(frr, num(frec), num(F["fis"][1]), "fiscal 到位率")
    y, spent, er, fr, ur = ctx.g(r"截至(\d{4})年12月31日，项目支出([\d.]+)万元，预算执行率([\d.]+)%，其中财政资金执行率([\d.]+)%，单位资金执行率([\d.]+)%")
    ctx.same(spent, F["tot"][2], "spending text/table")
    ctx.rate(er, num(spent), num(ann), "text execution rate")
    ctx.rate(fr, num(F["fis"][2]), num(F["fis"][1]), "fiscal execution rate")
    ctx.rate(ur, num(F["uni"][2]), num(F["uni"][1]), "unit-funds execution rate")
    fb, ub = ctx.g(r"财政资金结余([\d.]+)万元.*?单位资金结余([\d.]+)万元结转")
    ctx.money("balance_mismatch", fb, "万元", num(F["fis"][1]) - num(F["fis"][2]), "fiscal balance")
    ctx.money("balance_mismatch", ub, "万元", num(F["uni"][1]) - num(F["uni"][2]), "unit-funds balance")
    # indicators
    seg = ctx.text[ctx.text.index("一级指标\t二级指标\t三级指标\t指标性质"):]
    rows, l1 = [], ""
    for l in seg.split("\n")[1:]:
        if l.startswith("总分"):
            tot = l.split("\t")
            break
        c = l.split("\t")
        l1 = c[0] or l1
        rows.append((l1, c[2], c[3], c[4], c[5], c[6], c[7], c[8]))
    dmap = {"≥": "gte", "≤": "lte", "＝": "eq", "=": "eq"}
    for (a, name, dr, tv, un, ac, w, s) in rows:
        row_eval(ctx, name, dr + tv, ac, w, s, direction=dmap[dr], unit=un)
    act = {r[1]: r[5] for r in rows}
    tgt = {r[1]: r[3] for r in rows}
    don, comp = ctx.g(r"全年全市无偿献血(\d+)人次，完成年度目标的([\d.]+)%")
    ctx.eq("completion_mismatch", comp, num(don) / num(tgt["全市无偿献血人次"]) * 100, "text completion")
    ctx.same(don, act["全市无偿献血人次"], "donations text/table")
    ctx.same(ctx.g(r"；献血不良反应发生率([\d.]+)%"), act["献血不良反应发生率"], "adverse reactions text/table")
    ctx.same(ctx.g(r"纪念品采购单价([\d.]+)元/份"), act["献血纪念品采购单价"], "gift price text/table")
    rk, pop, last, inc = ctx.g(r"千人口献血率([\d.]+)‰（常住人口([\d.]+)万人），较上年的([\d.]+)‰提高([\d.]+)个千分点")
    ctx.rate(rk, num(don), num(pop) * 10000, "donation rate per 1000", scale=D(1000))
    ctx.eq("rate_mismatch", inc, num(rk) - num(last), "change in 千分点")
    ctx.same(rk, act["千人口献血率"], "donation rate text/table")
    ctx.same(ctx.g(r"应急献血队伍发展到(\d+)人"), act["应急献血队伍人数"], "emergency donors text/table")
    sat = ctx.g(r"满意率([\d.]+)%")
    ctx.pct_range(sat, "satisfaction")
    ctx.same(sat, act["献血者满意度"], "satisfaction text/table")
    wsum = num(F["tot"][3]) + sum(num(r[6]) for r in rows)
    ctx.add("weight_sum_mismatch", wsum == num(tot[7]) == 100, f"weights {wsum} vs 总分 {tot[7]}")
    ssum = num(F["tot"][5]) + sum(num(r[7]) for r in rows)
    ctx.eq("score_sum_mismatch", tot[8], ssum, "Σ scores vs table 总分")
    ptot, pgrade = ctx.g(r"自评得分(\d+)分，评价等级为(\S)")
    ctx.eq("score_sum_mismatch", ptot, ssum, "Σ scores vs text total")
    ctx.same(ptot, tot[8], "total text/table")
    ctx.grade(pgrade, ptot, "text grade")
    ctx.grade(ctx.g(r"评价结论\t[^\n]*自评等级为(\S)"), tot[8], "table grade")
    lost, elost = ctx.g(r"共扣([\d.]+)分；预算执行率扣([\d.]+)分")
    names = ["全市无偿献血人次", "采血量", "千人口献血率", "献血纪念品采购单价", "应急献血队伍人数"]
    ctx.eq("score_sum_mismatch", lost, sum(num(r[6]) - num(r[7]) for r in rows if r[1] in names), "points lost on 5 rows")
    ctx.eq("score_sum_mismatch", elost, num(F["tot"][3]) - num(F["tot"][5]), "points lost on execution")


# ================================================================ project 4: Zhejiang, 2022 (department)
def check_zj(ctx):
    year = int(ctx.g(r"台州市中心血站(\d{4})年度部门整体"))
    year_checks(ctx, year)
    seg = ctx.text[ctx.text.index("项目\t全年预算数\t全年执行数\t执行率"):]
    T = {}
    for l in seg.split("\n")[1:]:
        c = l.split("\t")
        T[c[0].replace("其中：", "")] = c[1:4]
        if c[0] == "合计":
            break
    for name, row in T.items():
        ctx.rate(row[2], num(row[1]), num(row[0]), f"table rate {name}")
    for i, cn in enumerate(["预算", "执行"]):
        ctx.sum_((T["基本支出"][i], "万元"), [(T["人员经费"][i], "万元"), (T["公用经费"][i], "万元")], f"基本 {cn}")
        ctx.sum_((T["项目支出"][i], "万元"), [(T["无偿献血招募与关爱项目"][i], "万元"), (T["血液检测与质量安全项目"][i], "万元")], f"项目 {cn}")
        ctx.sum_((T["合计"][i], "万元"), [(T["基本支出"][i], "万元"), (T["项目支出"][i], "万元")], f"合计 {cn}")
    bud, fis, biz, spent, er = ctx.g(r"全年预算数([\d.]+)万元（含财政拨款和事业收入），其中财政拨款([\d.]+)万元、事业收入([\d.]+)万元；全年执行数([\d.]+)万元，预算执行率([\d.]+)%")
    ctx.sum_((bud, "万元"), [(fis, "万元"), (biz, "万元")], "revenue sources")
    ctx.rate(er, num(spent), num(bud), "text execution rate")
    ctx.same(bud, T["合计"][0], "budget text/table")
    ctx.same(spent, T["合计"][1], "spending text/table")
    bb, be, pb, pe = ctx.g(r"其中基本支出预算([\d.]+)万元，执行([\d.]+)万元；项目支出预算([\d.]+)万元，执行([\d.]+)万元")
    ctx.same(bb, T["基本支出"][0], "basic budget text/table")
    ctx.same(be, T["基本支出"][1], "basic spending text/table")
    ctx.same(pb, T["项目支出"][0], "project budget text/table")
    ctx.same(pe, T["项目支出"][1], "project spending text/table")
    d = ctx.g(r"全年无偿献血(\d+)人次，1—4月、5—8月、9—12月分别为(\d+)人次、(\d+)人次、(\d+)人次，比上年的(\d+)人次增加(\d+)人次")
    ctx.sum_((d[0], ""), [(x, "") for x in d[1:4]], "donations by month group")
    ctx.sum_((d[0], ""), [(d[4], ""), (d[5], "")], "last year + increase")
    u = ctx.g(r"采集全血(\d+)单位，上述三个时段分别采集(\d+)单位、(\d+)单位、(\d+)单位")
    ctx.sum_((u[0], ""), [(x, "") for x in u[1:]], "units by month group")
    m1, m2 = ctx.g(r"献血屋采血占([\d.]+)%，流动采血车采血占([\d.]+)%")
    ctx.sum_(("100", ""), [(m1, ""), (m2, "")], "collection site shares")
    bt = ctx.g(r"A型、B型、O型、AB型献血者分别占([\d.]+)%、([\d.]+)%、([\d.]+)%和([\d.]+)%")
    ctx.sum_(("100", ""), [(x, "") for x in bt], "blood-group shares")
    std, care, avg = ctx.g(r"按照每人次(\d+)元标准[^；]*?全年关爱支出([\d.]+)万元，平均每人次([\d.]+)元")
    ctx.money("sum_mismatch", care, "万元", num(d[0]) * num(std) / 10000, "donations x standard")
    ctx.eq("average_mismatch", avg, num(care) * 10000 / num(d[0]), "care spending per donation")
    tested, passed, pr, lastp, pp = ctx.g(r"全年检测献血者标本(\d+)份，合格(\d+)份，检测合格率([\d.]+)%，较上年的([\d.]+)%提高([\d.]+)个百分点")
    ctx.rate(pr, num(passed), num(tested), "test pass rate")
    ctx.eq("rate_mismatch", pp, num(pr) - num(lastp), "change in 百分点")
    ctx.same(tested, d[0], "samples tested = donations")
    disc, dr = ctx.g(r"报废血液(\d+)单位，报废率([\d.]+)%")
    ctx.rate(dr, num(disc), num(u[0]), "discard rate")
    f1, f2, f3 = ctx.g(r"发现问题(\d+)个，已整改(\d+)个，剩余(\d+)个")
    ctx.sum_((f1, ""), [(f2, ""), (f3, "")], "problems found = fixed + open")
    ctx.pct_range(ctx.g(r"发放献血者问卷\d+份，满意率([\d.]+)%"), "donor satisfaction")
    hs = ctx.g(r"满意度调查，满意度([\d.]+)%")
    ctx.pct_range(hs, "hospital satisfaction")
    seg = ctx.text[ctx.text.index("指标名称\t年度目标\t实际完成"):]
    IND = {}
    for l in seg.split("\n")[1:]:
        if "\t" not in l:
            break
        c = l.split("\t")
        IND[c[0]] = (c[1], c[2])
    for name, (tg, ac) in IND.items():
        td, tv, tu = parse_tv(tg)
        ad, av, au = parse_tv(ac)
        ctx.add("unit_mismatch", tu == au, f"{name}: {tg} vs {ac}")
        if av is not None and au == "%":
            ctx.pct_range(ac, name)
    ctx.same(d[0], parse_tv(IND["无偿献血人次"][1])[1], "donations text/table")
    ctx.same(u[0], parse_tv(IND["采集全血量"][1])[1], "whole-blood units text/table")
    ctx.same(hs, parse_tv(IND["用血医院满意度"][1])[1], "hospital satisfaction text/table")
    sc = ctx.g(r"投入指标（(\d+)分）得分([\d.]+)分，过程指标（(\d+)分）得分([\d.]+)分，产出指标（(\d+)分）得分([\d.]+)分，效益指标（(\d+)分）得分([\d.]+)分，合计得分([\d.]+)分，评价等级为(\S)")
    ws, ss = sc[0:8:2], sc[1:8:2]
    ctx.add("weight_sum_mismatch", sum(num(w) for w in ws) == 100, "department weights sum to 100")
    for w, s in zip(ws, ss):
        ctx.add("score_exceeds_weight", D(0) <= num(s) <= num(w), f"score {s} of {w}")
    ctx.eq("score_sum_mismatch", sc[8], sum(num(s) for s in ss), "Σ level scores vs total")
    ctx.grade(sc[9], sc[8], "grade")


# ================================================================ project 5: Henan, 2024
def check_ha(ctx):
    year = int(ctx.g(r"^新乡市卫生健康委员会\n(\d{4})年度"))
    year_checks(ctx, year)
    t = ctx.text
    seg = t[t.index("用途  实施单位  预算数  执行数"):]
    alloc = {}
    for l in seg.split("\n")[1:]:
        c = re.split(r"\s{2,}", l.strip())
        alloc[c[0]] = c[-2:]
        if c[0] == "合计":
            break
    items = [k for k in alloc if k != "合计"]
    for i, cn in enumerate(["预算", "执行"]):
        ctx.sum_((alloc["合计"][i], "万元"), [(alloc[k][i], "万元") for k in items], f"表1 {cn}")
    # MOF table, one cell per line
    mt = t[t.index("实施单位：新乡市中心血站\n") + len("实施单位：新乡市中心血站\n"):]
    blocks = [[x[1:] if x.startswith("\t") else x for x in b.split("\n")] for b in mt.strip("\n").split("\n\n")]
    F = {b[0].replace("其中：", ""): b[1:] for b in blocks[1:5]}
    for i, cn in enumerate(["年初", "全年", "执行"]):
        ctx.sum_((F["年度资金总额"][i], "万元"), [(F[k][i], "万元") for k in ("当年财政拨款", "上年结转资金", "其他资金")], f"funds {cn}")
    for k in ("年度资金总额", "当年财政拨款", "上年结转资金"):
        ctx.rate(F[k][4], num(F[k][2]), num(F[k][1]), f"table rate {k}")
    ft = F["年度资金总额"]
    exec_score(ctx, ft[3], ft[5], ft[2], ft[1], ft[4])
    ctx.add("score_exceeds_weight", num(ft[5]) <= num(ft[3]), "execution score <= weight")
    rows, l1 = [], ""
    for b in blocks[6:]:
        if b[0] == "总分":
            tot = b
            break
        l1 = b[0] or l1
        rows.append((l1, b[2], b[3], b[4], b[5], b[6]))
    for (a, name, tg, ac, w, s) in rows:
        row_eval(ctx, name, tg, ac, w, s)
    act = {r[1]: r[3] for r in rows}
    ctx.same(alloc["合计"][0], F["当年财政拨款"][1], "表1 budget vs fiscal annual budget")
    ctx.same(alloc["合计"][1], F["当年财政拨款"][2], "表1 spending vs fiscal spending")
    ini, add, cy, carry, ann = ctx.g(r"项目年初预算([\d.]+)万元，年中追加([\d.]+)万元[^，]*，加上(\d{4})年结转资金([\d.]+)万元，全年预算([\d.]+)万元")
    ctx.sum_((ann, "万元"), [(ini, "万元"), (add, "万元"), (carry, "万元")], "initial + addition + carry-over")
    ctx.same(ini, F["当年财政拨款"][0], "initial fiscal text/table")
    ctx.same(carry, F["上年结转资金"][1], "carry-over text/table")
    ctx.same(ann, ft[1], "annual budget text/table")
    rec, rr = ctx.g(r"当年财政拨款([\d.]+)万元分别于[^，]*下达，到位率([\d.]+)%")
    ctx.same(rec, F["当年财政拨款"][1], "issued vs fiscal budget")
    ctx.rate(rr, num(rec), num(F["当年财政拨款"][1]), "到位率")
    spent, er, uns = ctx.g(r"全年执行([\d.]+)万元，预算执行率([\d.]+)%；未支出的([\d.]+)万元")
    ctx.same(spent, ft[2], "spending text/table")
    ctx.rate(er, num(spent), num(ann), "text execution rate")
    ctx.money("balance_mismatch", uns, "万元", num(ann) - num(spent), "unspent = budget - spent")
    n, reag, per = ctx.g(r"全年完成血液标本核酸检测(\d+)人份；核酸检测试剂实际支出([\d.]+)万元，折合每人份([\d.]+)元")
    ctx.eq("average_mismatch", per, num(reag) * 10000 / num(n), "reagent cost per sample")
    ctx.same(reag, alloc["核酸检测试剂"][1], "reagent spending text/表1")
    ctx.same(n, parse_tv(act["血液标本核酸检测量"])[1], "NAT samples text/table (万人份)", scale_b=D(10000))
    ctx.same(per, parse_tv(act["核酸检测单人份成本"])[1], "cost per sample text/table")
    sv = ctx.g(r"督导检查(\d+)次，其中市中心血站、长垣中心血库、辉县中心血库分别为(\d+)次、(\d+)次、(\d+)次")
    ctx.sum_((sv[0], ""), [(x, "") for x in sv[1:]], "inspections by institution")
    ctx.same(sv[0], parse_tv(act["督导检查次数"])[1], "inspections text/table")
    inc = ctx.g(r"献血者激励和关爱支出([\d.]+)万元，其中对达到激励条件的献血者按每人次(\d+)元标准兑现献血激励(\d+)人次，计(\d+)(万元|元)，献血者意外保险和纪念品支出([\d.]+)万元")
    ctx.money("sum_mismatch", inc[3], inc[4], num(inc[1]) * num(inc[2]) / 10000, "persons x standard")
    ctx.sum_((inc[0], "万元"), [(inc[3], inc[4]), (inc[5], "万元")], "incentive + insurance/gifts")
    ctx.same(inc[0], alloc["献血者激励和关爱"][1], "incentive spending text/表1")
    ctx.same(ctx.g(r"当年献血屋运行维护支出([\d.]+)万元"), alloc["献血屋运行维护"][1], "donation-house upkeep text/表1")
    ful = ctx.g(r"临床用血需求满足率(\d+\.\d+)%")
    ctx.pct_range(ful, "supply rate")
    ctx.same(ful, parse_tv(act["临床用血需求满足率"])[1], "supply rate text/table")
    ctx.same(ctx.g(r"上年结转资金([\d.]+)万元全部用于"), F["上年结转资金"][2], "carry-over spending text/table")
    sat = ctx.g(r"满意度([\d.]+)%，不满意")
    ctx.pct_range(sat, "donor satisfaction")
    ctx.same(sat, parse_tv(act["献血者满意度"])[1], "satisfaction text/table")
    pw = ctx.g(r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    ps = ctx.g(r"项目预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，自评总得分([\d.]+)分，等级为\"(\S)\"")
    lw, ls = {}, {}
    for r in rows:
        lw[r[0]] = lw.get(r[0], D(0)) + num(r[4])
        ls[r[0]] = ls.get(r[0], D(0)) + num(r[5])
    keys = ["产出指标", "效益指标", "满意度指标"]
    ctx.add("weight_sum_mismatch", num(pw[0]) == num(ft[3]), "execution weight text/table")
    for w, k in zip(pw[1:], keys):
        ctx.add("weight_sum_mismatch", num(w) == lw[k], f"{k} weight {w} vs rows {lw[k]}")
    wsum = num(ft[3]) + sum(lw.values())
    ctx.add("weight_sum_mismatch", wsum == num(tot[5]) == 100 == sum(num(x) for x in pw), f"weights {wsum} vs 总分 {tot[5]}")
    ctx.same(ps[0], ft[5], "execution score text/table")
    for s, k in zip(ps[1:4], keys):
        ctx.eq("score_sum_mismatch", s, ls[k], f"text score of {k}")
    ssum = num(ft[5]) + sum(ls.values())
    ctx.eq("score_sum_mismatch", ps[4], ssum, "text total vs Σ table scores")
    ctx.grade(ps[5], ps[4], "grade")


CHECKERS = {
    "sx-changzhi-hesuanjiance-2019": check_sx,
    "hun-xiangtan-xianxuezhaomu-2018": check_hun,
    "sc-meishan-xianxuezhuanxiang-2023": check_sc,
    "zj-taizhou-xuezhan-bumen-2022": check_zj,
    "ha-xinxiang-xueyeanquan-2024": check_ha,
}


def run_checks(source, text):
    ctx = Ctx(text)
    CHECKERS[source](ctx)
    return ctx.checks


def main():
    sys.path.insert(0, HERE)
    import build
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    cleans = {r["source"]: open(os.path.join(CASES, r["case"]), encoding="utf-8").read()
              for r in labels if r["clean"]}
    edits = {f"{e[0]}-{e[1]}.txt": e for e in build.EDITS}
    codes = {}
    where = {"prose": 0, "table": 0}
    n_checks = 0
    for rec in labels:
        path = os.path.join(CASES, rec["case"])
        text = open(path, encoding="utf-8").read()
        src = rec["source"]
        try:
            checks = run_checks(src, text)
        except Missing as e:
            problems.append(f"{rec['case']}: figure not found ({e})")
            continue
        n_checks += len(checks)
        fails = [c for c in checks if not c[1]]
        err_codes = {c[0] for c in fails if c[3] == "error"}
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with labels")
            for c in fails:
                problems.append(f"{rec['case']}: clean draft fails {c[0]} ({c[3]}): {c[2]}")
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f"{rec['case']}: length {n} outside 2800..3400")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{rec['case']}: expected exactly one label")
            continue
        lab = exp[0]
        code = lab["code"]
        codes[code] = codes.get(code, 0) + 1
        if code not in CODES or lab["severity"] != "error":
            problems.append(f"{rec['case']}: bad code/severity {code}/{lab['severity']}")
        if err_codes != {code}:
            problems.append(f"{rec['case']}: labelled {code}, failing error codes {sorted(err_codes)}: "
                            + "; ".join(c[2] for c in fails if c[3] == "error"))
        for c in fails:
            if c[3] != "error":
                print(f"  note {rec['case']}: warning-level {c[0]} also fails ({c[2]})")
        value = lab["value"]
        cnt = text.count(value)
        if cnt != 1:
            problems.append(f"{rec['case']}: value occurs {cnt} times")
        clean = cleans[src]
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        lo, hi = p, len(text) - s
        if clean == text:
            problems.append(f"{rec['case']}: identical to the clean draft")
        vi = text.find(value)
        if not (vi < max(hi, lo + 1) and lo < vi + len(value)):
            problems.append(f"{rec['case']}: change [{lo},{hi}) does not overlap the value at {vi}")
        e = edits.get(rec["case"])
        if e is None:
            problems.append(f"{rec['case']}: not in build.EDITS")
        else:
            if clean.count(e[4]) != 1 or text.count(e[5]) != 1 or clean.replace(e[4], e[5]) != text:
                problems.append(f"{rec['case']}: edit is not a single exact replacement")
            where[e[3]] += 1
    for c in CODES:
        if codes.get(c, 0) < 2:
            problems.append(f"code {c} used {codes.get(c, 0)} times (< 2)")
    if len(labels) != 35 or sum(1 for r in labels if r["clean"]) != 5:
        problems.append(f"expected 35 cases with 5 clean, got {len(labels)}")
    print(f"{len(labels)} cases, {n_checks} arithmetic checks run")
    print("codes:", ", ".join(f"{c}={codes.get(c, 0)}" for c in CODES))
    print(f"where: prose={where['prose']} table={where['table']}")
    if problems:
        for p_ in problems:
            print("FAIL", p_)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
