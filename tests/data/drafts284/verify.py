#!/usr/bin/env python3
"""Verify drafts284.

1. every label value occurs in its case, and the labels cover each of the 13 codes at least twice;
2. every error case differs from its clean draft in one place (one contiguous region of at most two
   adjacent lines) and the label value overlaps that region;
3. the arithmetic of every clean draft is redone (rates, balances, sums, weights, scores, grade,
   completion rates, averages, units, years, the same figure in text and table) and must hold;
   the same checks run on every error case must find at least one broken identity.
Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]


# ---------------------------------------------------------------- helpers
def D(s):
    return Decimal(str(s).replace(",", ""))


def decimals(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    """stated (a string as printed) agrees with computed within half a unit of its last digit."""
    tol = Decimal("0.5") * (Decimal(10) ** -decimals(stated)) + Decimal("1e-9")
    return abs(D(stated) - Decimal(computed)) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


class Checker:
    def __init__(self, text):
        self.t = text
        self.fail = []

    def ok(self, cond, msg):
        if not cond:
            self.fail.append(msg)

    def one(self, pattern):
        """Groups of the only match of pattern (strings); records a failure when not exactly one."""
        ms = list(re.finditer(pattern, self.t))
        if len(ms) != 1:
            self.fail.append(f"pattern matched {len(ms)} times: {pattern}")
            return None
        return ms[0].groups()

    def eq(self, stated, computed, msg):
        if stated is None:
            return
        self.ok(consistent(stated, computed), f"{msg}: stated {stated}, computed {computed}")

    def rows(self, header_start, first_cells):
        """Rows (lists of cells) after the line starting with header_start whose first cell is in first_cells."""
        lines = self.t.split("\n")
        out, header, on = [], None, False
        for ln in lines:
            if ln.startswith(header_start):
                header, on = ln.split("｜"), True
                continue
            if on:
                cells = ln.split("｜")
                if cells[0] in first_cells or any(cells[0].startswith(f) for f in first_cells):
                    out.append(cells)
                elif ln.strip() == "" or "｜" not in ln:
                    on = False
        return header, out

    def rate_ok(self, stated_pct, num, den, msg):
        if stated_pct is None:
            return
        self.ok(D(stated_pct) <= 100, f"{msg}: rate {stated_pct}% above 100%")
        if D(den) == 0:
            self.fail.append(f"{msg}: rate {stated_pct}% on a zero base")
            return
        self.eq(stated_pct, D(num) / D(den) * 100, msg)


NUM = r"([0-9][0-9,]*(?:\.[0-9]+)?)"
QTY = re.compile(r"^(≥|≤|=)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(.*)$")


def indicator_table(c, header_start="一级指标｜", total_first="总分"):
    """Check the indicator rows: units, completion, score rule, score <= weight; return (weights, scores, by level)."""
    header, rows = c.rows(header_start, ["产出指标", "效益指标", "满意度指标", "预算执行"])
    if header is None:
        c.fail.append("no indicator table")
        return None
    col = {name: i for i, name in enumerate(header)}
    iw, isc = col["分值"], col["得分"]
    it, ia = col["年度指标值"], col["实际完成值"]
    ic = col.get("完成率")
    weights, scores, levels = Decimal(0), Decimal(0), {}
    for cells in rows:
        name = cells[2]
        w, s = D(cells[iw]), D(cells[isc])
        weights += w
        scores += s
        lw, ls = levels.get(cells[0], (Decimal(0), Decimal(0)))
        levels[cells[0]] = (lw + w, ls + s)
        c.ok(0 <= s <= w, f"{name}: score {s} outside [0, {w}]")
        mt, ma = QTY.match(cells[it]), QTY.match(cells[ia])
        if ma:
            c.ok(not (ma.group(3) == "%" and D(ma.group(2)) > 100 and "满意度" in name),
                 f"{name}: satisfaction above 100%")
            if "%" == ma.group(3) and ("率" in name or "满意度" in name):
                c.ok(D(ma.group(2)) <= 100, f"{name}: rate {ma.group(2)}% above 100%")
        if mt and ("年" in mt.group(3) or "月" in mt.group(3)):
            mt = ma = None  # a date, not a quantity
        if mt and ma:
            sign, tv, tu = mt.groups()
            av, au = D(ma.group(2)), ma.group(3)
            if tu != au:
                c.fail.append(f"{name}: unit of target {tu!r} differs from actual {au!r}")
                continue
            tv = D(tv)
            if sign == "≤":
                comp = Decimal(1) if av <= tv else tv / av
            else:
                comp = av / tv
            if ic is not None:
                c.eq(cells[ic].rstrip("%"), comp * 100, f"{name}: completion")
            expected = w * min(comp, Decimal(1))
            c.eq(cells[isc], expected, f"{name}: score from completion")
    # total row
    tot = None
    after = c.t[c.t.index("\n" + header_start):]
    for ln in after.split("\n"):
        if ln.startswith(total_first + "｜"):
            cells = [x for x in ln.split("｜")[1:] if x.strip()]
            tot = (cells[0], cells[1])
            break
    if tot is None:
        c.fail.append("no total row")
        return None
    return weights, scores, levels, tot


def funds_table(c, header_start, weight=True):
    """MOF funds block: components add up per column, rates and the execution score."""
    header, rows = c.rows(header_start, ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"])
    byname = {r[0]: r for r in rows}
    total = byname["年度资金总额"]
    parts = [byname[k] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    for j, lab in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        c.eq(total[j], sum(D(p[j]) for p in parts), f"funds: {lab} total = sum of components")
    for r in rows:
        rate = r[5]
        if rate.endswith("%"):
            c.rate_ok(rate.rstrip("%"), r[3], r[2], f"funds: {r[0]} 执行率")
        if D(r[2]) == 0:
            c.ok(rate in ("—", "-", "0", "0%", "0.00%"), f"funds: {r[0]} rate on a zero base")
        c.ok(D(r[3]) <= D(r[2]), f"funds: {r[0]} spent above budget")
    score = D(total[4]) * min(D(total[3]) / D(total[2]), Decimal(1))
    c.eq(total[6], score, "funds: execution score")
    return {k: v for k, v in byname.items()}


# ---------------------------------------------------------------- projects
def check_lianshui(t):
    c = Checker(t)
    g = c.one(r"项目年初预算" + NUM + r"万元，其中中央财政资金" + NUM + r"万元、省级财政资金" + NUM +
              r"万元、县级配套" + NUM + r"万元")
    if g:
        c.eq(g[0], D(g[1]) + D(g[2]) + D(g[3]), "opening budget = central + provincial + county")
        prov, county0, central = D(g[2]), D(g[3]), D(g[1])
    g2 = c.one(r"追加配套资金" + NUM + r"万元，全年预算调整为" + NUM + r"万元，县级配套合计" + NUM + r"万元")
    if g and g2:
        c.eq(g2[1], D(g[0]) + D(g2[0]), "full-year budget = opening + addition")
        c.eq(g2[2], county0 + D(g2[0]), "county total")
        c.eq(g2[1], central + prov + D(g2[2]), "full-year budget = sum of sources")
    towns = c.one(r"高标准农田" + NUM + r"万亩，其中红窑镇" + NUM + r"万亩、南集镇" + NUM + r"万亩、岔庙镇" + NUM +
                  r"万亩、唐集镇" + NUM + r"万亩")
    if towns:
        c.eq(towns[0], sum(D(x) for x in towns[1:]), "area by town")
    last = c.one(r"2021年全县已建成高标准农田" + NUM + r"万亩，本年度建设任务比上年增加" + NUM + r"万亩")
    if towns and last:
        c.eq(towns[0], D(last[0]) + D(last[1]), "increase over 2021")
    ex = c.one(r"截至(\d{4})年12月31日，项目实际支出" + NUM + r"万元，预算执行率" + NUM + r"%，未支付" + NUM +
               r"万元.*?结转至(\d{4})年")
    if ex and g2:
        c.ok(ex[0] == "2022", "as-of year is the evaluation year")
        c.ok(int(ex[4]) > 2022, "carry-over goes to a later year")
        c.rate_ok(ex[2], ex[1], g2[1], "text execution rate")
        c.eq(ex[3], D(g2[1]) - D(ex[1]), "unpaid = budget - spent")
        c.eq("2871", D(ex[1]) / D("3.2"), "亩均财政投入 (元/亩, text and table)")
        c.eq("3000", D(g2[1]) / D("3.2"), "亩均 standard")
    rd = c.one(r"新建及修缮田间道路" + NUM + r"公里，完成年度目标的" + NUM + r"%，差" + NUM + r"公里")
    if rd:
        c.eq(rd[1], D(rd[0]) / 62 * 100, "road completion")
        c.eq(rd[2], 62 - D(rd[0]), "road shortfall")
    pu = c.one(r"灌排泵站" + NUM + r"座，比计划多" + NUM + r"座")
    if pu:
        c.eq(pu[1], D(pu[0]) - 46, "extra pumping stations")
    gr = c.one(r"新增粮食产能" + NUM + r"万公斤，按3.2万亩计算亩均增产" + NUM + r"公斤")
    if gr:
        c.eq(gr[1], D(gr[0]) / D("3.2"), "yield increase per mu")
    sv = c.one(r"收回有效问卷" + NUM + r"份，其中满意和基本满意" + NUM + r"份，受益群众满意度" + NUM + r"%")
    if sv:
        c.rate_ok(sv[2], sv[1], sv[0], "satisfaction")
    f = funds_table(c, "项目资金（万元）｜")
    c.ok(f["年度资金总额"][1].replace(",", "") == g[0].replace(",", "") if g else False, "opening budget text = table")
    c.ok(f["年度资金总额"][2].replace(",", "") == g2[1].replace(",", "") if g2 else False, "budget text = table")
    if ex:
        c.ok(f["年度资金总额"][3].replace(",", "") == ex[1].replace(",", ""), "spent text = table")
        c.ok(f["年度资金总额"][5] == ex[2] + "%", "execution rate text = table")
    res = indicator_table(c)
    if res:
        weights, scores, levels, tot = res
        exec_w, exec_s = D(f["年度资金总额"][4]), D(f["年度资金总额"][6])
        c.eq("100", weights + exec_w, "weights add up to 100")
        c.eq(tot[0], weights + exec_w, "weight total row")
        c.eq(tot[1], scores + exec_s, "score total row")
        c.eq("50", levels["产出指标"][0], "产出 weights")
        c.eq("30", levels["效益指标"][0], "效益 weights")
        sc = c.one(r"预算执行得" + NUM + r"分，产出指标得" + NUM + r"分，效益指标得" + NUM + r"分，满意度指标得" + NUM +
                   r"分，自评总分" + NUM + r"分，自评等级为“(.)”")
        if sc:
            c.eq(sc[0], exec_s, "text execution score")
            c.eq(sc[1], levels["产出指标"][1], "text 产出 score")
            c.eq(sc[2], levels["效益指标"][1], "text 效益 score")
            c.eq(sc[3], levels["满意度指标"][1], "text 满意度 score")
            c.eq(sc[4], D(sc[0]) + D(sc[1]) + D(sc[2]) + D(sc[3]), "text total")
            c.eq(sc[4], D(tot[1]), "text total = table total")
            c.ok(sc[5] == grade(sc[4]), f"grade {sc[5]} for {sc[4]}")
    # the same figures in text and table
    for a, b in (("建成高标准农田3.2万亩，完成年度任务", "｜≥3.2万亩｜3.2万亩｜"), ("灌排泵站48座", "｜≥46座｜48座｜"),
                 ("硬质渠道86.4公里", "｜≥85公里｜86.4公里｜"), ("受益农户1.16万户", "｜≥1.1万户｜1.16万户｜"),
                 ("受益群众满意度93.10%", "｜≥95%｜93.10%｜")):
        c.ok(a in t and b in t, f"text/table figure: {a} / {b}")
    c.ok("（2022年度）" in t, "table year")
    return c.fail


def check_yingshang(t):
    c = Checker(t)
    g = c.one(r"项目年初预算" + NUM + r"万元，为中央财政耕地质量提升资金，已于(\d{4})年12月提前下达，其中增施有机肥示范" +
              NUM + r"万元、秸秆还田深翻耕" + NUM + r"万元、砂姜黑土改良" + NUM + r"万元")
    if g:
        c.ok(g[1] == "2019", "advance issued in the December before the year")
        c.eq(g[0], D(g[2]) + D(g[3]) + D(g[4]), "opening budget = components")
    a = c.one(r"省级追加耕地质量监测经费" + NUM + r"万元，全年预算调整为" + NUM + r"万元")
    if g and a:
        c.eq(a[1], D(g[0]) + D(a[0]), "full-year = opening + addition")
    ex = c.one(r"(\d{4})年全年实际支出" + NUM + r"万元，预算执行率" + NUM + r"%。其中增施有机肥示范支出" + NUM +
               r"万元，秸秆还田深翻耕支出" + NUM + r"万元，砂姜黑土改良支出" + NUM + r"万元，耕地质量监测支出" + NUM + r"万元")
    if ex and a:
        c.ok(ex[0] == "2020", "spending year")
        c.rate_ok(ex[2], ex[1], a[1], "execution rate (text)")
        c.eq(ex[1], sum(D(x) for x in ex[3:7]), "spending = components")
    bal = c.one(r"年末结余" + NUM + r"万元.*?结转至(\d{4})年")
    if bal and ex and a:
        c.eq(bal[0], D(a[1]) - D(ex[1]), "balance = budget - spent")
        c.ok(int(bal[1]) > 2020, "carry-over goes to a later year")
    ou = c.one(r"完成增施有机肥示范" + NUM + r"万亩，亩均补助" + NUM + r"元")
    if ou and ex:
        c.eq(ou[1], D(ex[3]) / D(ou[0]), "亩均补助 = spent / area (元/亩)")
    st = c.one(r"完成秸秆还田深翻耕" + NUM + r"万亩")
    sj = c.one(r"完成砂姜黑土改良" + NUM + r"万亩.*?约" + NUM + r"亩地块")
    if sj:
        c.eq(sj[1], (1 - D(sj[0])) * 10000, "unfinished area (约)")
    sa = c.one(r"取土化验样品" + NUM + r"个，比计划少" + NUM + r"个")
    if sa:
        c.eq(sa[1], 600 - D(sa[0]), "samples short")
    fe = c.one(r"由2019年的" + NUM + r"公斤降至" + NUM + r"公斤，减少" + NUM + r"%")
    if fe:
        c.eq(fe[2], (D(fe[0]) - D(fe[1])) / D(fe[0]) * 100, "fertiliser reduction")
    om = c.one(r"土壤有机质含量分别为" + NUM + r"、" + NUM + r"、" + NUM + r"、" + NUM + r"、" + NUM +
               r"克/千克，平均" + NUM + r"克/千克，较2019年的" + NUM + r"克/千克提高" + NUM + r"克/千克")
    if om:
        c.eq(om[5], sum(D(x) for x in om[:5]) / 5, "average organic matter")
        c.eq(om[7], D(om[5]) - D(om[6]), "increase over 2019")
    sv = c.one(r"随机抽取农户" + NUM + r"户开展问卷调查，满意" + NUM + r"户，满意度" + NUM + r"%")
    if sv:
        c.rate_ok(sv[2], sv[1], sv[0], "satisfaction")
    f = funds_table(c, "项目资金（万元）｜")
    tot = f["年度资金总额"]
    if g and a and ex:
        c.ok(D(tot[1]) == D(g[0]) and D(tot[2]) == D(a[1]) and D(tot[3]) == D(ex[1]), "funds text = table")
        c.ok(tot[5] == ex[2] + "%", "execution rate text = table")
    res = indicator_table(c)
    if res:
        weights, scores, levels, trow = res
        ew, es = D(tot[4]), D(tot[6])
        c.eq("100", weights + ew, "weights add up to 100")
        c.eq(trow[0], weights + ew, "weight total row")
        c.eq(trow[1], scores + es, "score total row")
        c.eq("50", levels["产出指标"][0], "产出 weights")
        c.eq("30", levels["效益指标"][0], "效益 weights")
        sc = c.one(r"预算执行得" + NUM + r"分，产出指标得" + NUM + r"分，效益指标得" + NUM + r"分，满意度指标得" + NUM +
                   r"分，自评总分" + NUM + r"分，评价等级为(..)")
        if sc:
            c.eq(sc[0], es, "text execution score")
            c.eq(sc[1], levels["产出指标"][1], "text 产出 score = table rows")
            c.eq(sc[2], levels["效益指标"][1], "text 效益 score")
            c.eq(sc[3], levels["满意度指标"][1], "text 满意度 score")
            c.eq(sc[4], D(sc[0]) + D(sc[1]) + D(sc[2]) + D(sc[3]), "text total")
            c.eq(sc[4], D(trow[1]), "text total = table total")
            c.ok(sc[5][0] == grade(sc[4]), f"grade {sc[5]} for {sc[4]}")
    if st:
        c.ok(f"｜{st[0]}万亩｜" in t and "秸秆还田深翻耕面积｜≥4万亩｜" + st[0] + "万亩" in t, "straw area text = table")
    for a_, b_ in (("完成率92.00%", "0.92万亩｜92.00%"), ("取土化验样品完成93.33%", "560个｜93.33%"),
                   ("示范带动农户8360户", "｜8360户｜"), ("减少5.8%", "｜5.8%｜"), ("满意度92.5%", "｜92.5%｜")):
        c.ok(a_ in t and b_ in t, f"text/table figure: {a_} / {b_}")
    c.ok("2020年度项目支出绩效自评表" in t, "table year")
    return c.fail


def check_shayang(t):
    c = Checker(t)
    hdr, rows = c.rows("项目｜年初预算数", ["基本支出", "其中：人员经费", "公用经费", "项目支出", "合计"])
    r = {x[0]: x for x in rows}
    for j, lab in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.eq(r["基本支出"][j], D(r["其中：人员经费"][j]) + D(r["公用经费"][j]), f"基本支出 {lab} = 人员 + 公用")
        c.eq(r["合计"][j], D(r["基本支出"][j]) + D(r["项目支出"][j]), f"合计 {lab} = 基本 + 项目")
    for x in rows:
        c.rate_ok(x[4].rstrip("%"), x[3], x[2], f"{x[0]} 执行率")
    p = c.one(r"部门年初预算" + NUM + r"万元，其中基本支出" + NUM + r"万元、项目支出" + NUM + r"万元")
    if p:
        c.eq(p[0], D(p[1]) + D(p[2]), "opening = basic + project (text)")
        c.ok(D(p[0]) == D(r["合计"][1]) and D(p[1]) == D(r["基本支出"][1]) and D(p[2]) == D(r["项目支出"][1]),
             "opening text = table")
    q = c.one(r"全年预算调整为" + NUM + r"万元，其中项目支出" + NUM + r"万元。全年执行" + NUM + r"万元，执行率" + NUM +
              r"%（2022年为" + NUM + r"%），年末结转" + NUM + r"万元")
    if q:
        c.ok(D(q[0]) == D(r["合计"][2]) and D(q[1]) == D(r["项目支出"][2]) and D(q[2]) == D(r["合计"][3]),
             "full-year text = table")
        c.rate_ok(q[3], q[2], q[0], "department execution rate (text)")
        c.eq(q[5], D(q[0]) - D(q[2]), "carry-over = budget - spent")
        c.eq(q[5], D(r["项目支出"][2]) - D(r["项目支出"][3]), "carry-over is all project money")
    c.ok(t.count("158.22万元") == 2, "carry-over stated the same twice")
    ph, prow = c.rows("项目名称｜全年预算数", ["2023年土地整治项目", "耕地占补平衡", "十里铺镇", "耕地保护动态监测", "合计"])
    items = [x for x in prow if x[0] != "合计"]
    tot = [x for x in prow if x[0] == "合计"][0]
    c.eq(tot[1], sum(D(x[1]) for x in items), "project budgets add up")
    c.eq(tot[2], sum(D(x[2]) for x in items), "project spending adds up")
    c.ok(D(tot[1]) == D(r["项目支出"][2]) and D(tot[2]) == D(r["项目支出"][3]), "project list = funds table")
    for x in prow:
        c.rate_ok(x[3].rstrip("%"), x[2], x[1], f"{x[0]} 执行率")
    avg = c.one(r"4个项目平均得分" + NUM + r"分")
    if avg:
        c.eq(avg[0], sum(D(x[4]) for x in items) / 4, "average project score")
    ng = c.one(r"建设规模" + NUM + r"亩，完成新增耕地" + NUM + r"亩，新增耕地率" + NUM + r"%，超过" + NUM + r"亩")
    if ng:
        c.rate_ok(ng[2], ng[1], ng[0], "新增耕地率")
    fg = c.one(r"完成撂荒地复耕" + NUM + r"亩，比目标少" + NUM + r"亩")
    if fg:
        c.eq(fg[1], 3000 - D(fg[0]), "recultivation shortfall")
        c.eq("731", D("209.18") * 10000 / D(fg[0]), "复耕亩均投入 (元/亩)")
    c.ok("另有140亩地块" in t, "140亩 restated")
    res = indicator_table(c, total_first="合计")
    if res:
        weights, scores, levels, trow = res
        c.eq("100", weights, "weights add up to 100")
        c.eq(trow[0], weights, "weight total row")
        c.eq(trow[1], scores, "score total row")
        c.eq("20", levels["预算执行"][0], "execution weight (Hubei 20)")
        c.eq("50", levels["产出指标"][0], "产出 weights")
        c.eq("20", levels["效益指标"][0], "效益 weights")
        sc = c.one(r"预算执行率得" + NUM + r"分（分值20分），产出指标得" + NUM + r"分，效益指标得" + NUM + r"分，满意度指标得" +
                   NUM + r"分，部门整体支出绩效自评得分" + NUM + r"分，评价等级为(..)")
        if sc:
            c.eq(sc[0], levels["预算执行"][1], "text execution score")
            c.eq(sc[1], levels["产出指标"][1], "text 产出 score")
            c.eq(sc[2], levels["效益指标"][1], "text 效益 score")
            c.eq(sc[3], levels["满意度指标"][1], "text 满意度 score")
            c.eq(sc[4], sum(D(x) for x in sc[:4]), "text total")
            c.eq(sc[4], D(trow[1]), "text total = table")
            c.ok(sc[5][0] == grade(sc[4]), f"grade {sc[5]} for {sc[4]}")
    for a_, b_ in (("新增耕地1,562亩", "｜1,562亩｜"), ("复耕2,860亩", "｜2,860亩｜"), ("图斑核查2,436个", "｜2,436个｜"),
                   ("核查准确率99.2%", "｜99.2%｜"), ("保障了9个重点项目", "｜9个｜"), ("新增粮食产能48.6万公斤", "｜48.6万公斤｜"),
                   ("持续耕种率为88%", "｜88%｜"), ("竣工验收及时率仅75%", "｜75%｜"), ("执行率91.41%", "｜91.41%｜20｜")):
        c.ok(a_ in t and b_ in t, f"text/table figure: {a_} / {b_}")
    c.ok("（2023年度）" in t, "table year")
    return c.fail


def check_nanbu(t):
    c = Checker(t)
    w = c.one(r"其中预算执行率" + NUM + r"分、产出指标" + NUM + r"分、效益指标" + NUM + r"分，合计" + NUM + r"分")
    if w:
        c.eq(w[3], D(w[0]) + D(w[1]) + D(w[2]), "level weights add up")
    s = c.one(r"项目资金" + NUM + r"万元，其中省级财政补助资金" + NUM + r"万元、县级财政资金" + NUM + r"万元")
    if s:
        c.eq(s[0], D(s[1]) + D(s[2]), "funds = provincial + county")
    u = c.one(r"轻度撂荒地复耕补助" + NUM + r"万元、重度撂荒地复耕补助" + NUM + r"万元、机耕道及田间设施修复" + NUM + r"万元")
    if u and s:
        c.eq(s[0], sum(D(x) for x in u), "funds = uses")
        c.eq(u[0], D("1.1") * 200, "light land budget 1.1万亩 x 200元")
        c.eq(u[1], D("0.4") * 500, "heavy land budget 0.4万亩 x 500元")
    dw = c.one(r"全年资金到位" + NUM + r"万元，到位率" + NUM + r"%")
    if dw and s:
        c.rate_ok(dw[1], dw[0], s[0], "到位率")
    ex = c.one(r"截至(\d{4})年12月31日，项目实际支出" + NUM + r"万元，预算执行率" + NUM + r"%")
    if ex and s:
        c.ok(ex[0] == "2023", "as-of year is the evaluation year")
        c.rate_ok(ex[2], ex[1], s[0], "execution rate")
    pay = c.one(r"兑付轻度撂荒地复耕补助" + NUM + r"万元、重度撂荒地复耕补助" + NUM + r"万元，合计" + NUM +
                r"万元，按实际复耕面积计算亩均补助" + NUM + r"元；机耕道及田间设施修复支出" + NUM + r"万元，使用率" + NUM + r"%")
    if pay and ex:
        c.eq(pay[2], D(pay[0]) + D(pay[1]), "subsidies add up")
        c.eq(ex[1], D(pay[2]) + D(pay[4]), "spending = subsidies + facilities")
        c.eq(pay[3], D(pay[2]) / D("1.53"), "亩均补助 (元/亩)")
        if u:
            c.rate_ok(pay[5], pay[4], u[2], "facilities use rate")
    bal = c.one(r"年末结余" + NUM + r"万元.*?结转至(\d{4})年")
    if bal and dw and ex:
        c.eq(bal[0], D(dw[0]) - D(ex[1]), "balance = received - spent")
        c.ok(int(bal[1]) > 2023, "carry-over year")
    o = c.one(r"全年复耕撂荒地" + NUM + r"万亩，完成率" + NUM + r"%，其中轻度撂荒地" + NUM + r"万亩、重度撂荒地" + NUM +
              r"万亩，该项分值" + NUM + r"分，得" + NUM + r"分")
    sc = []
    ws = []
    if o:
        c.eq(o[1], D(o[0]) / D("1.5") * 100, "area completion")
        c.eq(o[0], D(o[2]) + D(o[3]), "area = light + heavy")
        if pay:
            c.eq(pay[0], D(o[2]) * 200, "light subsidy = area x 200元")
            c.eq(pay[1], D(o[3]) * 500, "heavy subsidy = area x 500元")
        c.eq(o[5], D(o[4]) * min(D(o[0]) / D("1.5"), Decimal(1)), "area score")
        sc.append(D(o[5])); ws.append(D(o[4]))
    gsh = c.one(r"种植粮食作物" + NUM + r"万亩，占复耕面积的" + NUM + r"%，分值" + NUM + r"分，得" + NUM + r"分")
    if gsh and o:
        c.rate_ok(gsh[1], gsh[0], o[0], "grain share")
        c.eq(gsh[3], D(gsh[2]) * min(D(gsh[1]) / 80, Decimal(1)), "grain share score")
        sc.append(D(gsh[3])); ws.append(D(gsh[2]))
    rd = c.one(r"修复机耕道" + NUM + r"公里，完成率" + NUM + r"%，分值" + NUM + r"分，得" + NUM + r"分")
    if rd:
        c.eq(rd[1], D(rd[0]) / 42 * 100, "road completion")
        c.eq(rd[3], D(rd[2]) * D(rd[0]) / 42, "road score")
        sc.append(D(rd[3])); ws.append(D(rd[2]))
    ti = c.one(r"补助资金兑付及时率100%，分值" + NUM + r"分，得" + NUM + r"分")
    if ti:
        sc.append(D(ti[1])); ws.append(D(ti[0]))
    po = c.one(r"产出指标合计得" + NUM + r"分")
    if po and len(sc) == 4:
        c.eq(po[0], sum(sc), "产出 score total")
        if w:
            c.eq(w[1], sum(ws), "产出 weights")
    b1 = c.one(r"新增粮食产量" + NUM + r"万公斤，分值" + NUM + r"分，得" + NUM + r"分")
    b2 = c.one(r"受益农户" + NUM + r"万户，分值" + NUM + r"分，得" + NUM + r"分")
    b3 = c.one(r"持续耕种率" + NUM + r"%，低于90%的目标，分值" + NUM + r"分，得" + NUM + r"分")
    pb = c.one(r"效益指标合计得" + NUM + r"分")
    if b1 and b2 and b3 and pb:
        c.eq(b1[2], D(b1[1]) * min(D(b1[0]) / 450, Decimal(1)), "grain output score")
        c.eq(b2[2], D(b2[1]) * min(D(b2[0]) / D("1.2"), Decimal(1)), "households score")
        c.eq(b3[2], D(b3[1]) * D(b3[0]) / 90, "continued cultivation score")
        c.eq(pb[0], D(b1[2]) + D(b2[2]) + D(b3[2]), "效益 score total")
        if w:
            c.eq(w[2], D(b1[1]) + D(b2[1]) + D(b3[1]), "效益 weights")
    pe = c.one(r"预算执行率" + NUM + r"%，该项得" + NUM + r"分")
    if pe and ex and w:
        c.ok(pe[0] == ex[2], "execution rate restated")
        c.eq(pe[1], D(w[0]) * D(ex[1]) / D(s[0]) if s else 0, "execution score")
    tot = c.one(r"本项目自评得分" + NUM + r"分，评价等级为(.)")
    if tot and pe and po and pb:
        c.eq(tot[0], D(pe[1]) + D(po[0]) + D(pb[0]), "total score")
        c.ok(tot[1] == grade(tot[0]), f"grade {tot[1]} for {tot[0]}")
    sat = c.one(r"满意度为" + NUM + r"%")
    if sat:
        c.ok(D(sat[0]) <= 100, "satisfaction above 100%")
    c.ok(t.count("31.40万元") == 1, "balance stated once")
    return c.fail


def check_jingyuan(t):
    c = Checker(t)
    g = c.one(r"项目年初预算" + NUM + r"万元，其中中央水利发展资金" + NUM + r"万元（(\d{4})年12月提前下达），上年结转资金" + NUM + r"万元")
    if g:
        c.eq(g[0], D(g[1]) + D(g[3]), "opening = central + carry-over")
        c.ok(g[2] == "2018", "advance issued the December before")
    a = c.one(r"省级追加补助" + NUM + r"万元，全年预算调整为" + NUM + r"万元，其中当年财政拨款" + NUM + r"万元、上年结转资金" + NUM + r"万元")
    if g and a:
        c.eq(a[1], D(g[0]) + D(a[0]), "full-year = opening + addition")
        c.eq(a[2], D(g[1]) + D(a[0]), "current-year funds")
        c.eq(a[1], D(a[2]) + D(a[3]), "full-year = current + carry-over")
    ex = c.one(r"截至(\d{4})年12月31日，项目共支出" + NUM + r"万元，预算执行率" + NUM + r"%。其中当年财政拨款支出" + NUM +
               r"万元，执行率" + NUM + r"%；上年结转资金" + NUM + r"万元已全部支出。未支出的" + NUM + r"万元结转至(\d{4})年")
    if ex and a:
        c.ok(ex[0] == "2019", "as-of year")
        c.ok(int(ex[7]) > 2019, "carry-over year")
        c.rate_ok(ex[2], ex[1], a[1], "execution rate (text)")
        c.rate_ok(ex[4], ex[3], a[2], "current-year execution rate (text)")
        c.eq(ex[1], D(ex[3]) + D(ex[5]), "spent = current + carry-over")
        c.eq(ex[6], D(a[1]) - D(ex[1]), "unspent = budget - spent")
    ar = c.one(r"全年发展高效节水灌溉面积" + NUM + r"万亩，其中滴灌" + NUM + r"万亩、管灌" + NUM + r"万亩，完成计划的" + NUM +
               r"%，乌兰镇片区" + NUM + r"万亩")
    if ar:
        c.eq(ar[0], D(ar[1]) + D(ar[2]), "area = drip + pipe")
        c.eq(ar[3], D(ar[0]) / 2 * 100, "area completion")
        c.eq(ar[4], 2 - D(ar[0]), "area not built")
        if ex:
            c.eq("680", D(ex[1]) / D(ar[0]), "亩均财政投资 (元/亩)")
    c.ok(D("1.2") + D("0.8") == 2, "planned drip + pipe")
    mh = c.one(r"组建了" + NUM + r"个农民用水户协会，其中" + NUM + r"个已制定管护制度并落实管护人员，管护制度落实率" + NUM + r"%")
    if mh:
        c.rate_ok(mh[2], mh[1], mh[0], "管护制度落实率")
    sv = c.one(r"发放满意度调查问卷" + NUM + r"份，收回" + NUM + r"份，满意" + NUM + r"份，受益群众满意度" + NUM + r"%")
    if sv:
        c.rate_ok(sv[3], sv[2], sv[1], "satisfaction")
    f = funds_table(c, "项目资金（万元）｜")
    tot = f["年度资金总额"]
    if g and a and ex:
        c.ok(D(tot[1]) == D(g[0]) and D(tot[2]) == D(a[1]) and D(tot[3]) == D(ex[1]), "funds text = table")
        c.ok(D(f["上年结转资金"][1]) == D(g[3]), "carry-over text = table")
        c.ok(D(f["其中：当年财政拨款"][3]) == D(ex[3]), "current-year spending text = table")
    res = indicator_table(c)
    if res:
        weights, scores, levels, trow = res
        ew, es = D(tot[4]), D(tot[6])
        c.eq("100", weights + ew, "weights add up to 100")
        c.eq(trow[0], weights + ew, "weight total row")
        c.eq(trow[1], scores + es, "score total row")
        gt = c.one(r"自评等级：(.)")
        if gt:
            c.ok(gt[0] == grade(trow[1]), f"table grade {gt[0]} for {trow[1]}")
        sc = c.one(r"本项目自评得分" + NUM + r"分，等级为“(.)”")
        if sc:
            c.eq(sc[0], D(trow[1]), "text total = table total")
            c.ok(sc[1] == grade(sc[0]), f"grade {sc[1]} for {sc[0]}")
    for a_, b_ in (("新建调蓄水池6座；", "｜≥6座｜6座｜"), ("铺设输配水管道296公里", "｜296公里｜"),
                   ("单元工程质量合格率97.8%", "｜97.8%｜"), ("亩均节水128立方米", "｜128立方米｜"),
                   ("受益人口1.30万人", "｜1.30万人｜"), ("受益群众满意度82%", "｜82%｜"), ("2019年12月25日完工", "｜2019年12月25日｜")):
        c.ok(a_ in t and b_ in t, f"text/table figure: {a_} / {b_}")
    c.ok("项目支出绩效自评表\n（2019年度）" in t, "table year")
    return c.fail


CHECKS = {
    "js-lianshui-gbnt-2022": check_lianshui,
    "ah-yingshang-gengdizhiliang-2020": check_yingshang,
    "hb-shayang-guotuzhengzhi-bumen-2023": check_shayang,
    "sc-nanbu-paohuangdi-2023": check_nanbu,
    "gs-jingyuan-jieshuiguangai-2019": check_jingyuan,
}


def changed_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(os.listdir(CASES))
    names = {l["case"] for l in labels}
    if set(files) != names:
        problems.append(f"case files and labels differ: {set(files) ^ names}")
    texts = {f: open(os.path.join(CASES, f), encoding="utf-8").read() for f in files}
    codes = Counter()
    for lab in labels:
        t = texts[lab["case"]]
        if not 3000 <= len(t) <= 9000:
            problems.append(f"{lab['case']}: length {len(t)}")
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with expected findings")
            fails = CHECKS[lab["source"]](t)
            for f in fails:
                problems.append(f"{lab['case']}: {f}")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected exactly one finding")
        for e in lab["expected"]:
            codes[e["code"]] += 1
            if e["code"] not in CODES or e["severity"] != "error":
                problems.append(f"{lab['case']}: bad code/severity {e}")
            if e["value"] not in t:
                problems.append(f"{lab['case']}: value not found: {e['value']!r}")
        clean = texts[f"{lab['source']}-clean.txt"]
        p, ea, eb = changed_region(clean, t)
        region_clean, region_err = clean[p:ea], t[p:eb]
        if not region_err and not region_clean:
            problems.append(f"{lab['case']}: identical to its clean draft")
        if region_clean.count("\n") > 1 or region_err.count("\n") > 1 or max(len(region_clean), len(region_err)) > 200:
            problems.append(f"{lab['case']}: change is not in one place ({region_clean!r} -> {region_err!r})")
        for e in lab["expected"]:
            v, hit, i = e["value"], False, t.find(e["value"])
            while i >= 0:
                if i < max(eb, p + 1) and i + len(v) > p:
                    hit = True
                i = t.find(v, i + 1)
            if not hit:
                problems.append(f"{lab['case']}: value does not cover the changed figure")
        fails = CHECKS[lab["source"]](t)
        if not fails:
            problems.append(f"{lab['case']}: the arithmetic checks find nothing wrong")
        else:
            print(f"  {lab['case']:45s} {e['code']:22s} -> {fails[0]}")
    for code in CODES:
        if codes[code] < 2:
            problems.append(f"code {code} used {codes[code]} times")
    clean_n = sum(1 for l in labels if l["clean"])
    if clean_n != 5 or len(labels) != 35:
        problems.append(f"{clean_n} clean cases, {len(labels)} labels")
    if problems:
        for pr in problems:
            print("PROBLEM:", pr)
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors, codes: " +
          ", ".join(f"{k}={codes[k]}" for k in CODES))
    print("OK")


if __name__ == "__main__":
    main()
