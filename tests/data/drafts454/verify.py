#!/usr/bin/env python3
"""Verify this labelled set (standard library only, decimal.Decimal).

1. every label value occurs in its case; clean cases have no labels, error cases exactly one;
2. every error case differs from its clean draft in one contiguous place that overlaps the label value;
3. every code of errors.md §A (1-13) is used at least twice;
4. the arithmetic of every draft is redone by the project checks below: a clean draft must pass every check
   (errors and warnings); an error case must fail the labelled code and no other error-level code.
Prints OK at the end when everything holds.
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

N = r"(-?\d[\d,]*(?:\.\d+)?)"          # a number as written
HUNDRED = D(100)
WAN = D(10000)


class ParseError(Exception):
    pass


def dv(s):
    return D(s.replace(",", "").replace("%", "").strip())


def dp(s):
    s = s.replace(",", "").replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -dp(s)) + D("1e-9")


def agrees(stated, computed):
    """rules.md §8: a stated value with d decimals agrees with c iff |c - v| <= 0.5 * 10^-d."""
    return abs(dv(stated) - computed) <= tol(stated)


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


class Ctx:
    def __init__(self, text):
        self.t = text
        self.fails = []          # (code, severity, message)

    # --- extraction -------------------------------------------------------------------------------
    def g(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseError(f"pattern matched {len(ms)} times: {pat}")
        return ms[0].groups()

    def table(self, header_prefix):
        lines = self.t.split("\n")
        idx = [i for i, l in enumerate(lines) if l.startswith(header_prefix)]
        if len(idx) != 1:
            raise ParseError(f"table header found {len(idx)} times: {header_prefix}")
        rows = []
        for l in lines[idx[0] + 1:]:
            if not l.strip():
                break
            if l.startswith("|---"):
                continue
            if l.startswith("|"):
                rows.append([c.strip() for c in l.strip().strip("|").split("|")])
            elif "｜" in l:
                rows.append([c.strip() for c in l.split("｜")])
            else:
                break
        return rows

    # --- reporting --------------------------------------------------------------------------------
    def R(self, code, ok, msg, sev="error"):
        if not ok:
            self.fails.append((code, sev, msg))

    def rate(self, code, stated, num, den, msg):
        """stated percent vs num/den*100; zero base handled by caller."""
        self.R(code, agrees(stated, dv(num) / dv(den) * HUNDRED), f"{msg}: stated {stated}, computed "
               f"{r2(dv(num) / dv(den) * HUNDRED)}")

    def same(self, a, b, msg):
        """two statements of the same quantity (conflicting_values)."""
        ok = abs(dv(a) - dv(b)) <= max(tol(a), tol(b))
        self.R("conflicting_values", ok, f"{msg}: {a} vs {b}")

    def total(self, code, stated, parts, msg):
        self.R(code, agrees(stated, sum(parts, D(0))), f"{msg}: stated {stated}, sum {sum(parts, D(0))}")

    def grade(self, word, total_str, msg):
        g = GRADE_WORDS.get(word)
        self.R("grade_mismatch", g == grade_of(dv(total_str)), f"{msg}: {word} for {total_str}")

    def year_after(self, y, eval_year, msg):
        self.R("year_mismatch", int(y) > eval_year, f"{msg}: {y} not after {eval_year}")

    def year_eq(self, y, eval_year, msg):
        self.R("year_mismatch", int(y) == eval_year, f"{msg}: {y} vs {eval_year}")


# --- indicator tables ---------------------------------------------------------------------------------
TGT = re.compile(r"^(≥|≤|=|＞|＜|>=|<=)?\s*(\d+(?:\.\d+)?)\s*(.*)$")
ACT = re.compile(r"^(\d+(?:\.\d+)?)\s*(.*)$")
UNIT_NORM = {"名": "人"}


def indicator_table(c, rows, col, exec_key="预算执行"):
    """Row checks (score bounds, units, completion, implausible rates, score rule as warning), block sums at
    小计 rows. Returns dict with rows by name, per-l1 sums, sum of all ordinary rows and the remaining rows
    (totals) for the caller."""
    info = {"rows": {}, "l1": {}, "w": D(0), "s": D(0), "rest": []}
    blk_w, blk_s = D(0), D(0)
    for r in rows:
        first = r[0]
        if first.startswith("小计"):
            ws, ss = r[col["w"]], r[col["s"]]
            c.R("weight_sum_mismatch", blk_w == dv(ws), f"block weights {blk_w} vs 小计 {ws}")
            c.R("score_sum_mismatch", agrees(ss, blk_s), f"block scores {blk_s} vs 小计 {ss}")
            c.R("score_exceeds_weight", D(0) <= dv(ss) <= dv(ws), f"小计 score {ss} > weight {ws}")
            blk_w, blk_s = D(0), D(0)
            continue
        if first.startswith("合计") or first.startswith("总分") or first.startswith("绩效指标合计") \
                or first.startswith("平均") or first.startswith("评价等级"):
            info["rest"].append(r)
            continue
        name = r[col["name"]]
        ws, ss = r[col["w"]], r[col["s"]]
        w, s = dv(ws), dv(ss)
        info["rows"][name] = r
        c.R("score_exceeds_weight", D(0) <= s <= w, f"{name}: score {ss} vs weight {ws}")
        l1 = r[col["l1"]]
        acc = info["l1"].setdefault(l1, [D(0), D(0)])
        acc[0] += w
        acc[1] += s
        info["w"] += w
        info["s"] += s
        if exec_key not in l1:
            blk_w += w
            blk_s += s
        # target / actual
        tgt, act = r[col["tgt"]], r[col["act"]]
        if "dir" in col:                      # Sichuan layout: direction and unit in their own columns
            direction = r[col["dir"]]
            mt = TGT.match(tgt)
            ma = ACT.match(act)
            if not (mt and ma):
                continue
            ut = ua = r[col["unit"]]
            ua = ma.group(2).strip() or ua
            ut = mt.group(3).strip() or ut
        else:
            mt = TGT.match(tgt)
            ma = ACT.match(act)
            if not mt:
                continue                       # qualitative target
            if not ma:
                c.R("unit_mismatch", False, f"{name}: numeric target {tgt}, non-numeric actual {act}")
                continue
            direction = mt.group(1) or "="
            ut, ua = mt.group(3).strip(), ma.group(2).strip()
        ut, ua = UNIT_NORM.get(ut, ut), UNIT_NORM.get(ua, ua)
        if ut != ua:
            c.R("unit_mismatch", False, f"{name}: target unit {ut!r}, actual unit {ua!r}")
            continue
        T, A = dv(mt.group(2)), dv(ma.group(1))
        if ua == "%" and (A > HUNDRED or A < 0) and ("率" in name or "满意度" in name or "比例" in name):
            c.R("implausible_rate", False, f"{name}: {act} outside [0, 100%]")
        lte = direction in ("≤", "＜", "<=")
        if lte:
            comp = HUNDRED if A <= T else T / A * HUNDRED
            exp = w if A <= T else w * T / A
        else:
            comp = A / T * HUNDRED
            exp = w if A >= T else w * A / T
        if "comp" in col:
            cs = r[col["comp"]]
            c.R("completion_mismatch", agrees(cs, comp), f"{name}: completion {cs} vs {r2(comp)}")
        c.R("score_rule_mismatch", agrees(ss, min(exp, w)), f"{name}: score {ss} vs rule {r2(exp)}", sev="warning")
    return info


def check_total_row(c, info, row, col, weight_expected=D(100)):
    ws, ss = row[col["w"]], row[col["s"]]
    c.R("weight_sum_mismatch", info["w"] == dv(ws), f"all weights {info['w']} vs 合计 {ws}")
    c.R("weight_sum_mismatch", dv(ws) == weight_expected, f"合计 weight {ws} != {weight_expected}")
    c.R("score_sum_mismatch", agrees(ss, info["s"]), f"all scores {info['s']} vs 合计 {ss}")
    c.R("score_exceeds_weight", D(0) <= dv(ss) <= dv(ws), f"合计 score {ss} > {ws}")


def rest_row(info, prefix):
    rows = [r for r in info["rest"] if r[0].startswith(prefix)]
    if len(rows) != 1:
        raise ParseError(f"row {prefix} found {len(rows)} times")
    return rows[0]


# =================================================================================================
# zj-wuxing-rencaichuangye-2022
# =================================================================================================
def chk_zj(c):
    Y = 2022
    (ty,) = c.g(r"湖州市吴兴区(\d{4})年度高层次人才")
    c.year_eq(ty, Y, "title year")
    (ay,) = c.g(r"自评表（(\d{4})年度）")
    c.year_eq(ay, Y, "table year")
    (cy,) = c.g(r"数据截至(\d{4})年12月31日")
    c.year_eq(cy, Y, "截至 date")
    (jy,) = c.g(r"已按规定结转至(\d{4})年")
    c.year_after(jy, Y, "carry-over year")

    init, fin, carry = c.g(r"年初预算" + N + r"万元，其中当年财政拨款" + N + r"万元、上年结转" + N + r"万元")
    c.total("sum_mismatch", init, [dv(fin), dv(carry)], "年初 = 财政拨款 + 上年结转")
    add, annual = c.g(r"追加预算" + N + r"万元，全年预算调整为" + N + r"万元")
    c.total("sum_mismatch", annual, [dv(init), dv(add)], "全年 = 年初 + 追加")
    recv, recv_rate = c.g(r"资金实际到位" + N + r"万元，到位率" + N + r"%")
    c.rate("rate_mismatch", recv_rate, recv, annual, "到位率")
    spent, ex_rate = c.g(r"全年支出" + N + r"万元，预算执行率" + N + r"%")
    c.rate("rate_mismatch", ex_rate, spent, annual, "执行率")
    c.R("implausible_rate", dv(ex_rate) <= 100 and dv(recv_rate) <= 100, "rate above 100%")
    last_rate, pp = c.g(r"比2021年的" + N + r"%提高" + N + r"个百分点")
    c.R("rate_mismatch", agrees(pp, dv(ex_rate) - dv(last_rate)), "percentage-point difference")
    (unspent,) = c.g(r"尚未支出的" + N + r"万元")
    c.R("balance_mismatch", agrees(unspent, dv(recv) - dv(spent)), f"结余 {unspent}")
    p_proj, p_home, p_rent, p_plat = c.g(r"创新创业项目资助" + N + r"万元，安家补贴" + N + r"万元，青年人才租房补贴"
                                         + N + r"万元，人才活动组织及服务平台运营" + N + r"万元")
    c.total("sum_mismatch", spent, [dv(p_proj), dv(p_home), dv(p_rent), dv(p_plat)], "支出 by use")

    apps, paid, pay_rate = c.g(r"受理各类补贴申请" + N + r"件，审核通过并兑现" + N + r"件，兑现率" + N + r"%")
    c.rate("rate_mismatch", pay_rate, paid, apps, "兑现率")
    (rej,) = c.g(r"未兑现的" + N + r"件")
    c.total("sum_mismatch", apps, [dv(paid), dv(rej)], "applications")

    tal, ta, tb, tc, ttgt, tcomp, tlast, tmore = c.g(
        r"新引进高层次人才" + N + r"名，其中A类" + N + r"名、B类" + N + r"名、C类" + N + r"名；年度目标为" + N
        + r"名，完成率" + N + r"%，比2021年的" + N + r"名多引进" + N + r"名")
    c.total("sum_mismatch", tal, [dv(ta), dv(tb), dv(tc)], "talents by category")
    c.rate("completion_mismatch", tcomp, tal, ttgt, "talent completion")
    c.total("sum_mismatch", tmore, [dv(tal), -dv(tlast)], "difference to 2021")
    sa, sb, sc_, pa1, pa2, pa3, pc = c.g(
        r"分别为" + N + r"万元/人、" + N + r"万元/人、" + N + r"万元/人，A类、B类分三年按" + N + r"%、" + N + r"%、"
        + N + r"%发放，C类分两年各发放" + N + r"%")
    c.total("sum_mismatch", "100", [dv(pa1), dv(pa2), dv(pa3)], "instalment shares A/B")
    c.total("sum_mismatch", "100", [dv(pc), dv(pc)], "instalment shares C")
    ia, ib, ic, itot = c.g(r"A类每人" + N + r"万元、B类每人" + N + r"万元、C类每人" + N + r"万元，合计" + N + r"万元")
    c.R("sum_mismatch", agrees(ia, dv(sa) * dv(pa1) / HUNDRED), "A instalment")
    c.R("sum_mismatch", agrees(ib, dv(sb) * dv(pa1) / HUNDRED), "B instalment")
    c.R("sum_mismatch", agrees(ic, dv(sc_) * dv(pc) / HUNDRED), "C instalment")
    c.total("sum_mismatch", itot, [dv(ta) * dv(ia), dv(tb) * dv(ib), dv(tc) * dv(ic)], "安家 first instalments")
    c.same(itot, p_home, "安家补贴")
    npj, na, amt_a, nb, amt_b, nc, amt_c, ptot = c.g(
        r"资助创新创业项目" + N + r"个，其中A类项目" + N + r"个、各资助" + N + r"万元，B类项目" + N + r"个、各资助" + N
        + r"万元，C类项目" + N + r"个、各资助" + N + r"万元，资助金额合计" + N + r"万元")
    c.total("sum_mismatch", npj, [dv(na), dv(nb), dv(nc)], "projects by category")
    c.total("sum_mismatch", ptot, [dv(na) * dv(amt_a), dv(nb) * dv(amt_b), dv(nc) * dv(amt_c)], "project grants")
    c.same(ptot, p_proj, "项目资助")
    mid_n, mid_ok, mid_rate = c.g(N + r"个项目中有" + N + r"个按期通过中期评估，通过率" + N + r"%")
    c.same(mid_n, npj, "projects")
    c.rate("rate_mismatch", mid_rate, mid_ok, mid_n, "中期评估通过率")
    per_m, pm, rent = c.g(r"按每人每月" + N + r"元发放租房补贴，全年累计发放" + N + r"人·月，计" + N + r"万元")
    c.R("sum_mismatch", agrees(rent, dv(per_m) * dv(pm) / WAN), "rent = 元/月 x 人·月")
    c.same(rent, p_rent, "租房补贴")
    plat, plat_cap = c.g(r"服务平台运营全年实际支出" + N + r"万元，控制在" + N + r"万元的成本目标以内")
    c.same(plat, p_plat, "平台运营")
    c.R("completion_mismatch", dv(plat) <= dv(plat_cap), "cost within target")
    (jobs,) = c.g(r"带动新增就业岗位" + N + r"个；")
    (ret,) = c.g(r"引进人才留用率为" + N + r"%")
    (sat,) = c.g(r"综合满意度为" + N + r"%")
    c.R("implausible_rate", dv(sat) <= 100 and dv(ret) <= 100, "prose rates above 100%")

    rows = c.table("| 一级指标 | 二级指标 | 三级指标 |")
    col = dict(l1=0, name=2, tgt=3, act=4, w=5, s=6)
    info = indicator_table(c, rows, col)
    check_total_row(c, info, rest_row(info, "合计"), col)
    T = info["rows"]
    c.same(T["预算执行率"][4], ex_rate, "执行率 text/table")
    c.same(T["引进高层次人才数"][4].rstrip("名"), tal, "talents text/table")
    c.same(T["引进高层次人才数"][3].lstrip("≥").rstrip("名"), ttgt, "talent target text/table")
    c.same(T["资助创新创业项目数"][4].rstrip("个"), npj, "projects text/table")
    c.same(T["项目按期通过中期评估比例"][4], mid_rate, "中期评估 text/table")
    c.same(T["补贴兑现率"][4], pay_rate, "兑现率 text/table")
    c.same(T["人才服务平台运营成本"][4].rstrip("万元"), plat, "platform cost text/table")
    c.same(T["人才服务平台运营成本"][3].lstrip("≤").rstrip("万元"), plat_cap, "platform cap text/table")
    c.same(T["带动新增就业岗位"][4].rstrip("个"), jobs, "jobs text/table")
    c.same(T["引进人才留用率"][4], ret, "留用率 text/table")
    c.same(T["引进人才满意度"][4], sat, "满意度 text/table")
    g = c.g(r"全年引进各类高层次人才不少于" + N + r"名，资助创新创业项目不少于" + N + r"个，补贴兑现率不低于" + N
            + r"%，受资助企业年营业收入达到" + N + r"亿元以上，带动新增就业岗位不少于" + N + r"个，引进人才满意度保持在" + N
            + r"%以上")
    for val, key, unit in zip(g, ["引进高层次人才数", "资助创新创业项目数", "补贴兑现率", "受资助企业年营业收入",
                                   "带动新增就业岗位", "引进人才满意度"], ["名", "个", "%", "亿元", "个", "%"]):
        c.same(T[key][3].lstrip("≥").replace(unit, ""), val, f"target {key} goals/table")
    se, so, sb_, ss_, stot, gw = c.g(r"预算执行率得分" + N + r"分，产出指标得分" + N + r"分，效益指标得分" + N
                                     + r"分，满意度指标得分" + N + r"分，自评总分" + N + r"分，评价等级为(\S)")
    c.total("score_sum_mismatch", stot, [dv(se), dv(so), dv(sb_), dv(ss_)], "text subtotals")
    subs = [r for r in rows if r[0].startswith("小计")]
    c.same(se, T["预算执行率"][6], "execution score text/table")
    c.same(so, subs[0][6], "产出 text/table")
    c.same(sb_, subs[1][6], "效益 text/table")
    c.same(ss_, subs[2][6], "满意度 text/table")
    c.same(stot, rest_row(info, "合计")[6], "total text/table")
    c.grade(gw, stot, "grade")


# =================================================================================================
# js-wujin-rencaianju-2020
# =================================================================================================
def chk_js(c):
    Y = 2020
    (ty,) = c.g(r"\n(\d{4})年度高层次人才安居补贴项目绩效自评报告")
    c.year_eq(ty, Y, "title year")
    (cy,) = c.g(r"截至(\d{4})年12月31日")
    c.year_eq(cy, Y, "截至 date")
    (ay,) = c.g(r"附件：(\d{4})年度")
    c.year_eq(ay, Y, "table year")

    sa, sb, sc_, p1, p2, p3 = c.g(r"分别给予" + N + r"万元/人、" + N + r"万元/人、" + N + r"万元/人的购房补贴，分三年兑付，第一年兑付"
                                  + N + r"%，第二、三年分别兑付" + N + r"%、" + N + r"%")
    c.total("sum_mismatch", "100", [dv(p1), dv(p2), dv(p3)], "instalment shares")
    rd, rm = c.g(r"分别按每人每月" + N + r"元、" + N + r"元发放租房补贴")
    init, annual = c.g(r"年初预算" + N + r"万元，全部为区级财政资金，年内未调整预算，全年预算数仍为" + N + r"万元")
    c.same(init, annual, "无调整: 年初 = 全年")
    recv, recv_rate = c.g(r"实际到位资金" + N + r"万元，到位率" + N + r"%")
    c.rate("rate_mismatch", recv_rate, recv, annual, "到位率")
    (notrecv,) = c.g(r"另有" + N + r"万元因")
    c.R("balance_mismatch", agrees(notrecv, dv(annual) - dv(recv)), "未到位")
    spent, ex_rate, use_rate = c.g(r"全年实际支出" + N + r"万元，预算执行率" + N + r"%，到位资金使用率" + N + r"%")
    c.rate("rate_mismatch", ex_rate, spent, annual, "执行率")
    c.rate("rate_mismatch", use_rate, spent, recv, "使用率 (base 到位)")
    for r_ in (recv_rate, ex_rate, use_rate):
        c.R("implausible_rate", D(0) <= dv(r_) <= HUNDRED, f"rate {r_}")
    (bal,) = c.g(r"年末结余" + N + r"万元")
    c.R("balance_mismatch", agrees(bal, dv(recv) - dv(spent)), f"结余 {bal}")
    sp2, buy, rent, svc = c.g(r"全年支出" + N + r"万元，具体构成为：购房补贴" + N + r"万元，租房补贴" + N
                             + r"万元，人才认定评审、政策宣传及安居服务平台维护等费用" + N + r"万元")
    c.same(sp2, spent, "支出")
    c.total("sum_mismatch", sp2, [dv(buy), dv(rent), dv(svc)], "支出 by use")
    f_tot, fa, fb, fc = c.g(r"第一年补贴" + N + r"万元，按A类每人" + N + r"万元、B类每人" + N + r"万元、C类每人" + N + r"万元兑付")
    for per, std in ((fa, sa), (fb, sb), (fc, sc_)):
        c.R("sum_mismatch", agrees(per, dv(std) * dv(p1) / HUNDRED), f"first instalment {per}")
    na2, nb2, nc2, s_tot, s_a, s_b, s_c = c.g(
        r"认定的" + N + r"名A类、" + N + r"名B类、" + N + r"名C类人才的第二年补贴" + N + r"万元，按A类每人" + N
        + r"万元、B类每人" + N + r"万元、C类每人" + N + r"万元兑付")
    for per, std in ((s_a, sa), (s_b, sb), (s_c, sc_)):
        c.R("sum_mismatch", agrees(per, dv(std) * dv(p2) / HUNDRED), f"second instalment {per}")
    c.total("sum_mismatch", s_tot, [dv(na2) * dv(s_a), dv(nb2) * dv(s_b), dv(nc2) * dv(s_c)], "second-year total")
    c.total("sum_mismatch", buy, [dv(f_tot), dv(s_tot)], "购房补贴")
    nd, dm, damt, nm, mm, mamt = c.g(r"博士" + N + r"人累计享受" + N + r"人·月，发放" + N + r"万元；硕士" + N + r"人累计享受"
                                     + N + r"人·月，发放" + N + r"万元")
    c.R("sum_mismatch", agrees(damt, dv(dm) * dv(rd) / WAN), "博士 rent")
    c.R("sum_mismatch", agrees(mamt, dv(mm) * dv(rm) / WAN), "硕士 rent")
    c.total("sum_mismatch", rent, [dv(damt), dv(mamt)], "租房补贴")
    apps, paid, pay_rate, rej = c.g(r"受理安居补贴申请" + N + r"件，审核通过并兑现" + N + r"件，兑现率" + N + r"%，其余" + N + r"件")
    c.rate("rate_mismatch", pay_rate, paid, apps, "兑现率")
    c.total("sum_mismatch", apps, [dv(paid), dv(rej)], "applications")
    (days,) = c.g(r"平均用时" + N + r"个工作日")
    tal, ta, tb, tc, ttgt, tcomp = c.g(r"新认定高层次人才" + N + r"名，A类、B类、C类分别为" + N + r"名、" + N + r"名、" + N
                                       + r"名，年度目标为" + N + r"名，完成率" + N + r"%")
    c.total("sum_mismatch", tal, [dv(ta), dv(tb), dv(tc)], "talents by category")
    c.total("sum_mismatch", f_tot, [dv(ta) * dv(fa), dv(tb) * dv(fb), dv(tc) * dv(fc)], "first-year total")
    c.rate("completion_mismatch", tcomp, tal, ttgt, "talent completion")
    nrent, nrent_t = c.g(r"全年为" + N + r"名青年人才发放了租房补贴，超过" + N + r"名的年度目标")
    c.total("sum_mismatch", nrent, [dv(nd), dv(nm)], "rent recipients")
    ss_rate, ss_tgt = c.g(r"满一年的比例为" + N + r"%，未达到" + N + r"%的目标值")
    (gap,) = c.g(r"比目标低" + N + r"个百分点")
    c.R("rate_mismatch", agrees(gap, dv(ss_tgt) - dv(ss_rate)), "percentage-point gap")
    (know,) = c.g(r"知晓率达到" + N + r"%")
    (sat,) = c.g(r"受助人才满意度为" + N + r"%")
    (sat_emp,) = c.g(r"用人单位对安居补贴政策的满意度为" + N + r"%")
    for r_ in (ss_rate, know, sat, sat_emp):
        c.R("implausible_rate", D(0) <= dv(r_) <= HUNDRED, f"rate {r_} outside [0, 100%]")
    (tot_text,) = c.g(r"本项目自评得分" + N + r"分")

    rows = c.table("一级指标｜二级指标｜")
    col = dict(l1=0, name=2, tgt=3, act=4, comp=5, w=6, s=7)
    info = indicator_table(c, rows, col)
    tot_row = rest_row(info, "合计")
    check_total_row(c, info, tot_row, col)
    T = info["rows"]
    c.same(T["预算执行率"][4], ex_rate, "执行率 text/table")
    c.same(T["新认定高层次人才"][4].rstrip("名"), tal, "talents text/table")
    c.same(T["新认定高层次人才"][3].lstrip("≥").rstrip("名"), ttgt, "talent target text/table")
    c.same(T["新认定高层次人才"][5], tcomp, "talent completion text/table")
    c.same(T["租房补贴发放人数"][4].rstrip("人"), nrent, "rent recipients text/table")
    c.same(T["租房补贴发放人数"][3].lstrip("≥").rstrip("人"), nrent_t, "rent target text/table")
    c.same(T["补贴兑现率"][4], pay_rate, "兑现率 text/table")
    c.same(T["受理后兑现时限"][4].rstrip("个工作日"), days, "days text/table")
    c.same(T["认定评审及服务费用"][4].rstrip("万元"), svc, "service cost text/table")
    c.same(T["受助人才社保连续缴纳满一年比例"][4], ss_rate, "社保 text/table")
    c.same(T["受助人才社保连续缴纳满一年比例"][3].lstrip("≥"), ss_tgt, "社保 target text/table")
    c.same(T["人才安居政策知晓率"][4], know, "知晓率 text/table")
    c.same(T["受助人才满意度"][4], sat, "满意度 text/table")
    c.same(tot_row[7], tot_text, "total text/table")
    g = c.g(r"新认定高层次人才不少于" + N + r"名；为不少于" + N + r"名青年人才发放租房补贴；补贴兑现率不低于" + N
            + r"%；补贴在受理后" + N + r"个工作日内兑现到位；人才认定评审及服务费用控制在" + N + r"万元以内；受助人才满意度不低于"
            + N + r"%")
    for val, key, unit in zip(g, ["新认定高层次人才", "租房补贴发放人数", "补贴兑现率", "受理后兑现时限", "认定评审及服务费用",
                                   "受助人才满意度"], ["名", "人", "%", "个工作日", "万元", "%"]):
        c.same(T[key][3].lstrip("≥≤").replace(unit, ""), val, f"target {key} goals/table")
    grow = rest_row(info, "评价等级")
    c.grade(grow[1], tot_row[7], "table grade")


# =================================================================================================
# sd-zouping-chanyerencai-2019
# =================================================================================================
def chk_sd(c):
    Y = 2019
    (ty,) = c.g(r"邹平市(\d{4})年度产业领军人才")
    c.year_eq(ty, Y, "title year")
    (ey,) = c.g(r"评价年度：(\d{4})年")
    c.year_eq(ey, Y, "评价年度")
    (ay,) = c.g(r"附件：(\d{4})年度")
    c.year_eq(ay, Y, "table year")
    (jy,) = c.g(r"已按程序结转至(\d{4})年")
    c.year_after(jy, Y, "carry-over year")
    (py,) = c.g(r"(\d{4})年项目全年执行")
    c.year_eq(py, Y, "execution year")

    ya, yb, yc, cmon = c.g(r"按A类每人每年" + N + r"万元、B类每人每年" + N + r"万元、C类每人每年" + N + r"万元按季度发放（C类折合每人每月"
                           + N + r"元）")
    c.R("sum_mismatch", agrees(cmon, dv(yc) * WAN / 12), "C monthly = yearly / 12")
    init, add_city, add_own, add_tot, annual = c.g(
        r"年初预算" + N + r"万元，年中滨州市追加人才发展专项资金" + N + r"万元、市本级追加" + N + r"万元，合计追加" + N
        + r"万元，全年预算" + N + r"万元")
    c.total("sum_mismatch", add_tot, [dv(add_city), dv(add_own)], "追加")
    c.total("sum_mismatch", annual, [dv(init), dv(add_tot)], "全年 = 年初 + 追加")

    ft = c.table("| 资金来源 | 年初预算数 |")
    body = [r for r in ft if not r[0].startswith("合计")]
    tot = [r for r in ft if r[0].startswith("合计")][0]
    for j, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.total("sum_mismatch", tot[j], [dv(r[j]) for r in body], f"funds column {nm}")
    for r in ft:
        c.rate("rate_mismatch", r[4], r[3], r[2], f"{r[0]} 执行率")
        c.R("implausible_rate", dv(r[4]) <= HUNDRED, f"{r[0]} rate above 100%")
    rows_by = {r[0]: r for r in ft}
    city, own = rows_by["滨州市级资金"], rows_by["邹平市本级资金"]
    c.total("sum_mismatch", city[2], [dv(city[1]), dv(add_city)], "市级 全年 = 年初 + 追加")
    c.total("sum_mismatch", own[2], [dv(own[1]), dv(add_own)], "本级 全年 = 年初 + 追加")
    c.same(init, tot[1], "年初 text/table")
    c.same(annual, tot[2], "全年 text/table")

    spent, ex_rate, unspent = c.g(r"全年执行" + N + r"万元，执行率" + N + r"%。未执行的" + N + r"万元")
    c.same(spent, tot[3], "执行 text/table")
    c.same(ex_rate, tot[4], "执行率 text/table")
    c.R("balance_mismatch", agrees(unspent, dv(annual) - dv(spent)), "未执行 = 全年 - 执行")
    own_sp, team_amt, allow, fee, fee_unit = c.g(
        r"本级资金执行" + N + r"万元，用于创新创业团队扶持" + N + r"万元、领军人才津贴" + N + r"万元、人才评审及服务费" + N
        + r"(万元|元)")
    c.same(own_sp, own[3], "本级执行 text/table")
    fee_w = dv(fee) / WAN if fee_unit == "元" else dv(fee)
    if agrees(own_sp, dv(team_amt) + dv(allow) + fee_w):
        pass
    elif fee_unit == "万元" and agrees(own_sp, dv(team_amt) + dv(allow) + dv(fee) / WAN):
        c.R("unit_mismatch", False, f"人才评审及服务费 {fee}{fee_unit}: off by 10^4")
    else:
        c.R("sum_mismatch", False, "本级执行 by use")

    nteam, last_team, more = c.g(r"确定入选产业领军团队" + N + r"个，比2018年度的" + N + r"个增加" + N + r"个")
    c.total("sum_mismatch", more, [dv(nteam), -dv(last_team)], "teams vs 2018")
    m = c.g(N + r"个入选团队中A类" + N + r"个、B类" + N + r"个、C类" + N + r"个，分别获得扶持资金" + N + r"万元、" + N + r"万元、"
            + N + r"万元、" + N + r"万元、" + N + r"万元、" + N + r"万元，合计" + N + r"万元，平均每个团队" + N + r"万元")
    n6, na, nb, nc = m[:4]
    amounts = [dv(x) for x in m[4:10]]
    tsum, tavg = m[10], m[11]
    c.same(n6, nteam, "team count")
    c.total("sum_mismatch", n6, [dv(na), dv(nb), dv(nc)], "teams by category")
    c.R("sum_mismatch", len(amounts) == int(dv(n6)), "one amount per team")
    c.total("sum_mismatch", tsum, amounts, "team amounts")
    c.R("average_mismatch", agrees(tavg, sum(amounts) / len(amounts)), f"team average {tavg}")
    c.same(tsum, team_amt, "团队扶持 780")
    nl, la, lb, lc = c.g(r"为" + N + r"名领军人才发放津贴，其中A类" + N + r"人、B类" + N + r"人、C类" + N + r"人")
    c.total("sum_mismatch", nl, [dv(la), dv(lb), dv(lc)], "leaders by category")
    c.total("sum_mismatch", allow, [dv(la) * dv(ya), dv(lb) * dv(yb), dv(lc) * dv(yc)], "津贴")
    n17, n15, pass_rate, pass_tgt = c.g(r"在管的历年入选团队共" + N + r"个，年度考核合格" + N + r"个，合格率" + N + r"%，未达到" + N
                                        + r"%的年度目标")
    c.rate("rate_mismatch", pass_rate, n15, n17, "合格率")
    (train,) = c.g(r"人才政策培训" + N + r"期")
    (sales,) = c.g(r"新增销售收入" + N + r"亿元")
    (pat,) = c.g(r"获授权发明专利" + N + r"件")
    (stay,) = c.g(r"在邹平服务满3年的比例为" + N + r"%")
    (sat,) = c.g(r"满意度为" + N + r"%")
    for r_ in (pass_rate, stay, sat):
        c.R("implausible_rate", D(0) <= dv(r_) <= HUNDRED, f"rate {r_}")
    tot_text, gw = c.g(r"自评得分" + N + r"分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")

    rows = c.table("| 一级指标 | 二级指标 | 三级指标 | 目标值 |")
    col = dict(l1=0, name=2, tgt=3, act=4, comp=5, w=6, s=7)
    info = indicator_table(c, rows, col)
    tot_row = rest_row(info, "合计")
    check_total_row(c, info, tot_row, col)
    T = info["rows"]
    c.same(T["预算执行率"][4], ex_rate, "执行率 text/table")
    c.same(T["新入选产业领军团队"][4].rstrip("个"), nteam, "teams text/table")
    c.same(T["享受津贴的领军人才"][4].rstrip("人"), nl, "leaders text/table")
    c.same(T["团队年度考核合格率"][4], pass_rate, "合格率 text/table")
    c.same(T["团队年度考核合格率"][3].lstrip("≥"), pass_tgt, "合格率 target text/table")
    c.same(T["组织人才政策培训"][4].rstrip("期"), train, "training text/table")
    c.same(T["团队企业新增销售收入"][4].rstrip("亿元"), sales, "sales text/table")
    c.same(T["新增发明专利授权"][4].rstrip("件"), pat, "patents text/table")
    c.same(T["领军人才服务满3年比例"][4], stay, "服务满3年 text/table")
    c.same(T["人才（团队）满意度"][4], sat, "满意度 text/table")
    c.same(tot_row[7], tot_text, "total text/table")
    c.grade(gw, tot_text, "grade")


# =================================================================================================
# sc-jingyang-boshihoujidi-2024
# =================================================================================================
def chk_sc(c):
    Y = 2024
    (ty,) = c.g(r"\n(\d{4})年度高层次人才引进及博士后")
    c.year_eq(ty, Y, "title year")
    (hy,) = c.g(r"\| 评价年度 \| (\d{4})年度 \|")
    c.year_eq(hy, Y, "自评表 评价年度")
    (by,) = c.g(r"(\d{4})年初，区财政局批复")
    c.year_eq(by, Y, "budget year")
    (cy,) = c.g(r"截至(\d{4})年12月31日")
    c.year_eq(cy, Y, "截至 date")
    (jy,) = c.g(r"结转至(\d{4})年继续使用")
    c.year_after(jy, Y, "carry-over year")
    (gy,) = c.g(r"(\d{4})年度目标：")
    c.year_eq(gy, Y, "goal year")

    sa, sb, sc_ = c.g(r"标准分别为" + N + r"万元/人、" + N + r"万元/人、" + N + r"万元/人，自认定当年起分三年平均发放")
    (base_grant,) = c.g(r"给予每个" + N + r"万元的一次性建站补助")
    (life_m,) = c.g(r"在站博士后按每人每月" + N + r"元发放生活补贴")
    init, i_fin, i_oth = c.g(r"批复本项目预算" + N + r"万元，其中财政资金" + N + r"万元、其他资金" + N + r"万元")
    c.total("sum_mismatch", init, [dv(i_fin), dv(i_oth)], "年初")
    prov, annual, a_fin = c.g(r"博士后资助资金" + N + r"万元下达我区，经预算调整纳入本项目，全年预算数为" + N + r"万元，其中财政资金" + N + r"万元")
    c.total("sum_mismatch", a_fin, [dv(i_fin), dv(prov)], "财政资金 全年")
    c.total("sum_mismatch", annual, [dv(a_fin), dv(i_oth)], "全年")
    (recv_rate,) = c.g(r"资金全部到位，到位率" + N + r"%")
    c.R("rate_mismatch", agrees(recv_rate, HUNDRED), "全部到位 = 100%")
    spent, ex_rate, bal = c.g(r"项目实际支出" + N + r"万元，执行率" + N + r"%。结余" + N + r"万元")
    c.rate("rate_mismatch", ex_rate, spent, annual, "执行率")
    c.R("balance_mismatch", agrees(bal, dv(annual) - dv(spent)), f"结余 {bal}")
    m = c.g(r"安家补贴" + N + r"万元，其中2024年认定人才的第一期补贴" + N + r"万元（A类" + N + r"人，每人" + N + r"万元；B类" + N
            + r"人，每人" + N + r"万元；C类" + N + r"人，每人" + N + r"万元），2023年认定人才的第二期补贴" + N + r"万元（A类" + N
            + r"人、B类" + N + r"人、C类" + N + r"人，标准同上）；博士后创新实践基地建站补助" + N + r"万元；博士后生活补贴" + N
            + r"万元，全年累计发放" + N + r"人·月；博士后科研项目资助" + N + r"万元，共资助" + N + r"个项目、每个" + N
            + r"万元；人才招引活动及服务保障" + N + r"万元")
    (home, first, a1, pa, b1, pb, c1, pc, second, a2, b2, c2, base, life, pm, res, nres, per_res, svc) = m
    for per, std in ((pa, sa), (pb, sb), (pc, sc_)):
        c.R("sum_mismatch", agrees(per, dv(std) / 3), f"instalment {per}")
    c.total("sum_mismatch", first, [dv(a1) * dv(pa), dv(b1) * dv(pb), dv(c1) * dv(pc)], "first instalments")
    c.total("sum_mismatch", second, [dv(a2) * dv(pa), dv(b2) * dv(pb), dv(c2) * dv(pc)], "second instalments")
    c.total("sum_mismatch", home, [dv(first), dv(second)], "安家补贴")
    c.R("sum_mismatch", agrees(life, dv(pm) * dv(life_m) / WAN), "生活补贴 = 元/月 x 人·月")
    c.total("sum_mismatch", res, [dv(nres) * dv(per_res)], "科研资助")
    c.total("sum_mismatch", spent, [dv(home), dv(base), dv(life), dv(res), dv(svc)], "支出 by use")
    apps, paid, pay_rate, rej = c.g(r"受理安家补贴申请" + N + r"件，兑现" + N + r"件，兑现率" + N + r"%，" + N + r"件因")
    c.rate("rate_mismatch", pay_rate, paid, apps, "兑现率")
    c.total("sum_mismatch", apps, [dv(paid), dv(rej)], "applications")
    (plan_res,) = c.g(r"原计划资助" + N + r"个")
    (newtal,) = c.g(r"新认定高层次人才" + N + r"名")
    c.total("sum_mismatch", newtal, [dv(a1), dv(b1), dv(c1)], "new talents by category")
    (nbase,) = c.g(r"新获批博士后创新实践基地" + N + r"个")
    c.total("sum_mismatch", base, [dv(nbase) * dv(base_grant)], "建站补助")
    (firms,) = c.g(r"分布在全区" + N + r"家企业")
    n32, n30, keep = c.g(N + r"名新引进人才中有" + N + r"名仍在旌阳工作，一年内留存率" + N + r"%")
    c.same(n32, newtal, "new talents")
    c.rate("rate_mismatch", keep, n30, n32, "留存率")
    (conv,) = c.g(N + r"项博士后研究成果")
    (sat,) = c.g(r"满意度为" + N + r"%")
    for r_ in (keep, sat, pay_rate):
        c.R("implausible_rate", D(0) <= dv(r_) <= HUNDRED, f"rate {r_}")
    s_exec, s_ind, s_tot, gw = c.g(r"预算执行指标得" + N + r"分，绩效指标得" + N + r"分，自评得分" + N + r"分，评价等级为(\S)")
    c.total("score_sum_mismatch", s_tot, [dv(s_exec), dv(s_ind)], "text total")
    c.grade(gw, s_tot, "grade")

    ft = c.table("| 资金类别 |")
    fr = {r[0]: r for r in ft}
    tot = fr["年度资金总额"]
    parts = [fr["其中：财政资金"], fr["财政专户管理资金"], fr["单位资金"], fr["其他资金"]]
    for j, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.total("sum_mismatch", tot[j], [dv(r[j]) for r in parts], f"funds column {nm}")
    for r in [tot] + parts:
        if dv(r[2]) == 0:
            c.R("implausible_rate", r[5] in ("—", "-", "", "0", "0%", "0.00%"), f"{r[0]}: rate {r[5]} on a zero base")
        else:
            c.rate("rate_mismatch", r[5], r[3], r[2], f"{r[0]} 执行率")
            c.R("implausible_rate", dv(r[5]) <= HUNDRED, f"{r[0]} rate above 100%")
    c.same(tot[1], init, "年初 text/table")
    c.same(tot[2], annual, "全年 text/table")
    c.same(tot[3], spent, "执行 text/table")
    c.same(tot[5], ex_rate, "执行率 text/table")
    c.same(fr["其中：财政资金"][1], i_fin, "财政 年初 text/table")
    c.same(fr["其中：财政资金"][2], a_fin, "财政 全年 text/table")
    c.same(fr["其他资金"][1], i_oth, "其他 text/table")
    c.R("score_rule_mismatch", agrees(tot[6], dv(tot[4]) * min(dv(spent) / dv(annual), D(1))), "execution score",
        sev="warning")
    c.R("score_exceeds_weight", D(0) <= dv(tot[6]) <= dv(tot[4]), "execution score above weight")
    c.same(tot[6], s_exec, "execution score text/table")

    rows = c.table("| 一级指标 | 二级指标 | 三级指标 | 指标性质 |")
    col = dict(l1=0, name=2, dir=3, unit=4, tgt=5, act=6, w=7, s=8)
    info = indicator_table(c, rows, col)
    ind_tot = rest_row(info, "绩效指标合计")
    c.R("weight_sum_mismatch", info["w"] == dv(ind_tot[7]), f"indicator weights {info['w']} vs {ind_tot[7]}")
    c.R("score_sum_mismatch", agrees(ind_tot[8], info["s"]), f"indicator scores {info['s']} vs {ind_tot[8]}")
    full = rest_row(info, "总分")
    c.R("weight_sum_mismatch", dv(full[7]) == HUNDRED, "总分 weight 100")
    c.R("weight_sum_mismatch", info["w"] + dv(tot[4]) == dv(full[7]), "indicator + execution weights = 100")
    c.R("score_sum_mismatch", agrees(full[8], info["s"] + dv(tot[6])), "总分 = indicators + execution")
    c.same(ind_tot[8], s_ind, "indicator score text/table")
    c.same(full[8], s_tot, "total text/table")
    T = info["rows"]
    c.same(T["新引进高层次人才"][6], newtal, "talents text/table")
    c.same(T["新设博士后创新实践基地"][6], nbase, "bases text/table")
    c.same(T["资助博士后科研项目"][6], nres, "research projects text/table")
    c.same(T["资助博士后科研项目"][5], plan_res, "research target text/table")
    c.same(T["安家补贴兑现率"][6], pay_rate, "兑现率 text/table")
    c.same(T["引进人才服务企业数"][6], firms, "firms text/table")
    c.same(T["引进人才一年内留存率"][6], keep, "留存率 text/table")
    c.same(T["博士后研究成果转化项目"][6], conv, "conversion text/table")
    c.same(T["服务对象满意度"][6], sat, "满意度 text/table")
    g = c.g(r"新引进高层次人才不少于" + N + r"名；新设博士后创新实践基地不少于" + N + r"个；资助博士后科研项目不少于" + N
            + r"个；安家补贴兑现率不低于" + N + r"%；生活补贴按月足额发放；引进人才服务企业不少于" + N + r"家，一年内留存率不低于" + N
            + r"%；推动博士后研究成果转化项目不少于" + N + r"项；服务对象满意度不低于" + N + r"%")
    for val, key in zip(g, ["新引进高层次人才", "新设博士后创新实践基地", "资助博士后科研项目", "安家补贴兑现率",
                            "引进人才服务企业数", "引进人才一年内留存率", "博士后研究成果转化项目", "服务对象满意度"]):
        c.same(T[key][5], val, f"target {key} goals/table")


# =================================================================================================
# fj-xinluo-renshebumen-2021
# =================================================================================================
def chk_fj(c):
    Y = 2021
    (ty,) = c.g(r"\n(\d{4})年度部门整体支出绩效自评报告")
    c.year_eq(ty, Y, "title year")
    (by,) = c.g(r"(\d{4})年部门年初预算")
    c.year_eq(by, Y, "budget year")
    (cy,) = c.g(r"截至(\d{4})年12月31日")
    c.year_eq(cy, Y, "截至 date")
    (jy,) = c.g(r"已按规定结转至(\d{4})年")
    c.year_after(jy, Y, "carry-over year")
    (dy,) = c.g(r"来源于(\d{4})年度部门决算")
    c.year_eq(dy, Y, "决算 year")

    init, i_basic, i_staff, i_pub, i_proj = c.g(r"年初预算" + N + r"万元，其中基本支出" + N + r"万元（人员经费" + N + r"万元、公用经费"
                                                + N + r"万元），项目支出" + N + r"万元")
    c.total("sum_mismatch", i_basic, [dv(i_staff), dv(i_pub)], "基本支出")
    c.total("sum_mismatch", init, [dv(i_basic), dv(i_proj)], "年初")
    add, annual, a_basic, a_proj = c.g(r"追加预算" + N + r"万元，全年预算" + N + r"万元，其中基本支出" + N + r"万元、项目支出" + N + r"万元")
    c.total("sum_mismatch", annual, [dv(a_basic), dv(a_proj)], "全年")
    c.total("sum_mismatch", annual, [dv(init), dv(add)], "全年 = 年初 + 追加")
    spent, s_basic, r_basic, s_proj, r_proj, r_all = c.g(
        r"部门全年支出" + N + r"万元。其中基本支出" + N + r"万元，执行率" + N + r"%；项目支出" + N + r"万元，执行率" + N
        + r"%；部门整体预算执行率" + N + r"%")
    c.total("sum_mismatch", spent, [dv(s_basic), dv(s_proj)], "支出")
    c.rate("rate_mismatch", r_basic, s_basic, a_basic, "基本支出执行率")
    c.rate("rate_mismatch", r_proj, s_proj, a_proj, "项目支出执行率")
    c.rate("rate_mismatch", r_all, spent, annual, "整体执行率")
    for r_ in (r_basic, r_proj, r_all):
        c.R("implausible_rate", D(0) <= dv(r_) <= HUNDRED, f"rate {r_}")
    (unspent,) = c.g(r"未执行的" + N + r"万元")
    c.R("balance_mismatch", agrees(unspent, dv(annual) - dv(spent)), "未执行")

    pt = c.table("| 项目名称 |")
    prow = [r for r in pt if not (r[0].startswith("合计") or r[0].startswith("平均"))]
    ptot = [r for r in pt if r[0].startswith("合计")][0]
    pavg = [r for r in pt if r[0].startswith("平均")][0]
    c.total("sum_mismatch", ptot[1], [dv(r[1]) for r in prow], "project budgets")
    c.total("sum_mismatch", ptot[2], [dv(r[2]) for r in prow], "project spending")
    for r in prow:
        c.rate("rate_mismatch", r[3], r[2], r[1], f"{r[0]} 执行率")
        c.R("implausible_rate", dv(r[3]) <= HUNDRED, f"{r[0]} rate")
    c.R("average_mismatch", agrees(pavg[4], sum(dv(r[4]) for r in prow) / len(prow)), f"average {pavg[4]}")
    c.same(ptot[1], a_proj, "项目预算 text/table")
    c.same(ptot[2], s_proj, "项目支出 text/table")
    P = {r[0]: r for r in prow}

    (tal_first,) = c.g(r"全区全年引进高层次人才" + N + r"名")
    tt = c.table("| 人才类别 |")
    trow = [r for r in tt if not r[0].startswith("合计")]
    ttot = [r for r in tt if r[0].startswith("合计")][0]
    for j in (1, 2):
        c.total("sum_mismatch", ttot[j], [dv(r[j]) for r in trow], f"talent column {j}")
    TT = {r[0]: r for r in trow}
    c.same(tal_first, ttot[2], "talents 2021 text/table")
    sa, sb, sc_, q1, q2 = c.g(r"补助标准分别为" + N + r"万元/人、" + N + r"万元/人、" + N + r"万元/人，分两年按" + N + r":" + N + r"的比例兑现")
    h_tot, h_first, h_second, h_flex = c.g(r"兑现高层次人才引进补助" + N + r"万元，其中2021年新引进人才第一期补助" + N
                                           + r"万元，2020年引进人才第二期补助" + N + r"万元，柔性引才及引才伯乐奖励" + N + r"万元")
    c.total("sum_mismatch", h_tot, [dv(h_first), dv(h_second), dv(h_flex)], "引进补助")
    share1 = dv(q1) / (dv(q1) + dv(q2))
    share2 = dv(q2) / (dv(q1) + dv(q2))
    c.total("sum_mismatch", h_first, [dv(TT[k][2]) * dv(s) * share1 for k, s in (("A类", sa), ("B类", sb), ("C类", sc_))],
            "first instalments")
    c.total("sum_mismatch", h_second, [dv(TT[k][1]) * dv(s) * share2 for k, s in (("A类", sa), ("B类", sb), ("C类", sc_))],
            "second instalments")
    c.same(h_tot, P["高层次人才引进补助"][2], "引进补助 text/table")
    tgt, act, comp = c.g(r"年度目标为引进高层次人才" + N + r"名，实际引进" + N + r"名，完成率" + N + r"%")
    c.rate("completion_mismatch", comp, act, tgt, "talent completion")
    c.same(act, ttot[2], "talents completion sentence/table")
    loan, subsidy = c.g(r"创业担保贷款" + N + r"亿元，拨付贷款贴息及奖补资金" + N + r"万元")
    c.same(subsidy, P["创业担保贷款贴息及奖补"][2], "贴息 text/table")
    nst, nst_t, st_comp = c.g(r"全年扶持创业" + N + r"人，完成年度目标" + N + r"人的" + N + r"%")
    c.rate("completion_mismatch", st_comp, nst, nst_t, "startup completion")
    (jobs,) = c.g(r"带动就业" + N + r"人")
    (occ,) = c.g(r"平均入住率" + N + r"%")
    (sat,) = c.g(r"满意度为" + N + r"%")
    for r_ in (occ, sat):
        c.R("implausible_rate", D(0) <= dv(r_) <= HUNDRED, f"rate {r_}")
    s_in, s_pr, s_out, s_ben, s_tot, gw = c.g(
        r"投入指标得分" + N + r"分，过程指标得分" + N + r"分，产出指标得分" + N + r"分，效益指标得分" + N + r"分，部门整体自评得分" + N
        + r"分，等级为(\S)")
    c.total("score_sum_mismatch", s_tot, [dv(s_in), dv(s_pr), dv(s_out), dv(s_ben)], "text subtotals")
    c.grade(gw, s_tot, "grade")

    rows = c.table("| 一级指标 | 二级指标 | 三级指标 |")
    col = dict(l1=0, name=2, tgt=3, act=4, w=5, s=6)
    info = indicator_table(c, rows, col, exec_key="@@none@@")
    tot_row = rest_row(info, "合计")
    check_total_row(c, info, tot_row, col)
    for l1, st in (("投入", s_in), ("过程", s_pr), ("产出", s_out), ("效益", s_ben)):
        c.R("score_sum_mismatch", agrees(st, info["l1"][l1][1]), f"{l1} rows {info['l1'][l1][1]} vs text {st}")
    c.same(tot_row[6], s_tot, "total text/table")
    T = info["rows"]
    c.same(T["预算执行率"][4], r_all, "执行率 text/table")
    c.R("rate_mismatch", agrees(T["结转资金占全年预算比例"][4], dv(unspent) / dv(annual) * HUNDRED), "结转比例")
    c.same(T["引进高层次人才"][4].rstrip("名"), act, "talents text/table")
    c.same(T["引进高层次人才"][3].lstrip("≥").rstrip("名"), tgt, "talent target text/table")
    c.same(T["发放创业担保贷款"][4].rstrip("亿元"), loan, "loans text/table")
    c.same(T["扶持创业人数"][4].rstrip("人"), nst, "startups text/table")
    c.same(T["扶持创业人数"][3].lstrip("≥").rstrip("人"), nst_t, "startup target text/table")
    c.same(T["人才公寓平均入住率"][4], occ, "入住率 text/table")
    c.same(T["带动就业人数"][4].rstrip("人"), jobs, "jobs text/table")
    c.same(T["服务对象满意度"][4], sat, "满意度 text/table")


CHECKS = {
    "zj-wuxing-rencaichuangye-2022": chk_zj,
    "js-wujin-rencaianju-2020": chk_js,
    "sd-zouping-chanyerencai-2019": chk_sd,
    "sc-jingyang-boshihoujidi-2024": chk_sc,
    "fj-xinluo-renshebumen-2021": chk_fj,
}


def run_checks(pid, text):
    c = Ctx(text)
    CHECKS[pid](c)
    return c.fails


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    texts = {}
    for lab in labels:
        with open(os.path.join(CASES, lab["case"]), encoding="utf-8") as fh:
            texts[lab["case"]] = fh.read()
    files = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    if len(labels) != 35:
        problems.append(f"{len(labels)} cases, expected 35")

    counts = {k: 0 for k in CODES}
    where = {}
    for lab in labels:
        name, pid, text = lab["case"], lab["source"], texts[lab["case"]]
        if pid not in CHECKS:
            problems.append(f"{name}: unknown source {pid}")
            continue
        # 1. labels
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with labels")
        else:
            if len(lab["expected"]) != 1:
                problems.append(f"{name}: expected exactly one label")
                continue
            e = lab["expected"][0]
            if e["code"] not in CODES or e["severity"] != "error":
                problems.append(f"{name}: bad code/severity {e['code']}/{e['severity']}")
            counts[e["code"]] = counts.get(e["code"], 0) + 1
            v = e["value"]
            if v not in text:
                problems.append(f"{name}: label value not in case: {v!r}")
            # 2. one contiguous difference overlapping the value
            clean = texts[f"{pid}-clean.txt"]
            p = 0
            while p < min(len(clean), len(text)) and clean[p] == text[p]:
                p += 1
            s = 0
            while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
                s += 1
            start, end = p, len(text) - s
            if clean == text:
                problems.append(f"{name}: identical to clean draft")
            else:
                occ = [m.start() for m in re.finditer(re.escape(v), text)]
                if not any(o < max(end, start + 1) and o + len(v) > start for o in occ):
                    problems.append(f"{name}: change [{start},{end}) does not overlap label value")
                if end - start > 120:
                    problems.append(f"{name}: changed region is {end - start} chars long")
        # 4. arithmetic
        try:
            fails = run_checks(pid, text)
        except ParseError as ex:
            problems.append(f"{name}: parse error: {ex}")
            continue
        if lab["clean"]:
            for f in fails:
                problems.append(f"{name}: clean draft fails {f[0]} ({f[1]}): {f[2]}")
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f"{name}: length {n} outside 2800-3400")
        else:
            code = lab["expected"][0]["code"]
            err_codes = {f[0] for f in fails if f[1] == "error"}
            if code not in err_codes:
                problems.append(f"{name}: labelled {code} does not fail (fails: {sorted(err_codes)})")
            other = err_codes - {code}
            if other:
                msgs = [f for f in fails if f[0] in other]
                problems.append(f"{name}: other error codes fail: {msgs}")
            where[name] = (code, [f for f in fails if f[0] == code][:1])
    # 3. code coverage
    for k in CODES:
        if counts.get(k, 0) < 2:
            problems.append(f"code {k} used {counts.get(k, 0)} times (< 2)")
    if "-v" in sys.argv:
        for name, (code, f) in sorted(where.items()):
            print(f"{name:45s} {code:22s} {f[0][2] if f else ''}")
        print({k: counts[k] for k in CODES})
    if problems:
        for p_ in problems:
            print("FAIL", p_)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
