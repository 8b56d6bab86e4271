#!/usr/bin/env python3
"""Re-read every figure from each draft's text and redo the arithmetic (stdlib + decimal only).

For every case the checks below are run (rules.md §7 identities I1–I14, §8 tolerance from the stated
decimals, ROUND_HALF_UP). A clean draft must break none; an error case must break its labelled code and no
other. Score-rule checks (rules §5: execution 10 × rate, gte proportional, lte met → full) are identities
of the clean drafts only (`score_rule_mismatch` is a warning code and not injected here).
Figures marked 约 are never compared (rules §8).
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
NUM = r"(-?[\d,]+(?:\.\d+)?)"
TEN4 = D(10000)


def dec(s):
    return D(str(s).replace(",", ""))


def ndec(s):
    s = str(s).replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    tol = D("0.5") * (D(10) ** -ndec(stated)) + D("1e-9")
    return abs(D(computed) - dec(str(stated).rstrip("%"))) <= tol


def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def band(total):
    t = dec(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
              "差": "差", "较差": "差", "不合格": "差"}


class Ctx:
    def __init__(self, name):
        self.name = name
        self.fails = []      # (code, msg)
        self.rule_fails = []  # score-rule findings (clean-only)

    def fail(self, code, msg):
        self.fails.append((code, msg))

    # --- identity helpers -------------------------------------------------------------------------------
    def eq(self, a, b, msg, code="conflicting_values"):
        """a and b state the same quantity (strings as written)."""
        x, y = dec(str(a).rstrip("%")), dec(str(b).rstrip("%"))
        if close(x, b) or close(y, a):
            return
        for f in (TEN4, TEN4 * TEN4):
            if x == y * f or y == x * f:
                return self.fail("unit_mismatch", "%s: %s vs %s (off by a power of ten)" % (msg, a, b))
        self.fail(code, "%s: %s vs %s" % (msg, a, b))

    def sum_(self, total, parts, msg, signs=None):
        signs = signs or [1] * len(parts)
        vals = [dec(p) for p in parts]
        s = sum(v * g for v, g in zip(vals, signs))
        if close(s, total):
            return
        # one amount written in the wrong money unit?
        for i in range(len(vals)):
            for f in (TEN4, 1 / TEN4):
                alt = vals[:]
                alt[i] = vals[i] * f
                if close(sum(v * g for v, g in zip(alt, signs)), total):
                    return self.fail("unit_mismatch", "%s: part %s off by 10^4" % (msg, parts[i]))
        for f in (TEN4, 1 / TEN4):
            if close(s, dec(total) * f):
                return self.fail("unit_mismatch", "%s: total %s off by 10^4" % (msg, total))
        self.fail("sum_mismatch", "%s: %s ≠ %s" % (msg, s, total))

    def rate(self, num, den, stated, msg):
        """stated: '96.33%' / '96.33' / '—' / None."""
        if stated is None:
            return
        st = str(stated).strip()
        dn = dec(den)
        if st in ("—", "-", "－", ""):
            return
        v = dec(st.rstrip("%"))
        if dn == 0:
            if v != 0:
                self.fail("implausible_rate", "%s: rate %s on a zero base" % (msg, st))
            return
        c = dec(num) / dn * 100
        if close(c, st):
            if v > 100:
                self.fail("implausible_rate", "%s: rate %s above 100%%" % (msg, st))
            return
        for f in (TEN4, 1 / TEN4):
            if close(c * f, st):
                return self.fail("unit_mismatch", "%s: %s/%s vs %s off by 10^4" % (msg, num, den, st))
        if v > 100 and c <= 100:
            return self.fail("implausible_rate", "%s: rate %s above 100%% (computed %.2f)" % (msg, st, c))
        self.fail("rate_mismatch", "%s: %s/%s = %.4f%%, stated %s" % (msg, num, den, c, st))

    def balance(self, a, b, stated, msg):
        c = dec(a) - dec(b)
        if not close(c, stated):
            for f in (TEN4, 1 / TEN4):
                if close(c * f, stated):
                    return self.fail("unit_mismatch", "%s off by 10^4" % msg)
            self.fail("balance_mismatch", "%s: %s − %s = %s, stated %s" % (msg, a, b, c, stated))

    def avg(self, parts, stated, msg, denom=None):
        vals = [dec(p) for p in parts]
        c = sum(vals) / (dec(denom) if denom is not None else len(vals))
        if not close(c, stated):
            self.fail("average_mismatch", "%s: mean %.4f, stated %s" % (msg, c, stated))

    def product(self, count, unit_price, total, msg):
        """count × unit price (same money unit after scaling) = total."""
        if not close(dec(count) * dec(unit_price), total):
            self.eq(str(dec(count) * dec(unit_price)), total, msg)

    def year_eq(self, y, ey, msg):
        if int(y) != int(ey):
            self.fail("year_mismatch", "%s: %s vs evaluation year %s" % (msg, y, ey))

    def year_after(self, y, ey, msg):
        if int(y) <= int(ey):
            self.fail("year_mismatch", "%s: carried to %s in the %s report" % (msg, y, ey))

    def grade(self, total, stated, msg):
        g = GRADE_NORM.get(stated, stated)
        if band(total) != g:
            self.fail("grade_mismatch", "%s: %s is %s, stated %s" % (msg, total, band(total), stated))


# --- text access ------------------------------------------------------------------------------------------
def clean_lines(text, artefacts):
    out = []
    for l in text.split("\n"):
        s = l.strip()
        if not s:
            continue
        if any(re.fullmatch(a, s) for a in artefacts):
            continue
        out.append(s)
    return out


def flat(text, artefacts):
    return "".join(clean_lines(text, artefacts))


def find(pat, s, what):
    m = re.search(pat, s)
    if not m:
        raise SystemExit("pattern not found (%s): %s" % (what, pat))
    return m.groups()


def row(cells, label, n, after=None):
    start = cells.index(after) if after else 0
    i = cells.index(label, start)
    return cells[i + 1:i + 1 + n]


def split_cell(c):
    """'≥4000个' -> ('gte', '4000', '个'); '2019年10月31日前' -> ('date', None, 'date'); text -> ('text', None, 'text')."""
    c = c.strip()
    if re.match(r"^\d{4}年", c):
        return ("date", None, "date")
    m = re.match(r"^(≥|≤|＞＝|＜＝|>=|<=|=|＝|不低于|不少于|不超过|不高于)?\s*(-?[\d,]+(?:\.\d+)?)\s*(.*)$", c)
    if not m:
        return ("text", None, "text")
    sign, num, unit = m.groups()
    if sign in ("≤", "＜＝", "<=", "不超过", "不高于"):
        d = "lte"
    elif sign in ("≥", "＞＝", ">=", "不低于", "不少于"):
        d = "gte"
    else:
        d = "eq"
    return (d, num, unit.strip())


def completion(t, a):
    d, tn, tu = split_cell(t)
    _, an, au = split_cell(a)
    if d in ("date", "text") or tn is None or an is None or dec(tn) == 0:
        return None
    T, A = dec(tn), dec(an)
    if d == "lte":
        return D(100) if A <= T else T / A * 100
    return A / T * 100


def rule_score(t, a, w):
    d, tn, tu = split_cell(t)
    _, an, au = split_cell(a)
    W = dec(w)
    if d in ("date", "text"):
        return None
    T, A = dec(tn), dec(an)
    if d == "lte":
        return W if A <= T else q2(W * T / A)
    if d == "eq" and T == 0:
        return W if A <= 0 else D(0)
    return W if A >= T else q2(W * max(A, D(0)) / T)


def indicator_rows(ctx, rows, with_completion):
    """rows: list of (name, target, actual, completion or None, weight, score)."""
    for name, t, a, comp, w, s in rows:
        dt, tn, tu = split_cell(t)
        da, an, au = split_cell(a)
        unit_ok = True
        if dt not in ("text",) and (tu != au or (dt == "date") != (da == "date")):
            if not (dt == "date" and da == "date"):
                ctx.fail("unit_mismatch", "%s: target %s, actual %s" % (name, t, a))
                unit_ok = False
        if dt == "text" and da != "text":
            ctx.fail("unit_mismatch", "%s: qualitative target, actual %s" % (name, a))
            unit_ok = False
        if dec(s) > dec(w) or dec(s) < 0:
            ctx.fail("score_exceeds_weight", "%s: score %s, weight %s" % (name, s, w))
        if unit_ok and au == "%" and an is not None and ("率" in name or "满意度" in name) and dec(an) > 100:
            ctx.fail("implausible_rate", "%s: %s above 100%%" % (name, a))
        if unit_ok and with_completion and comp not in (None, "—"):
            c = completion(t, a)
            if c is not None and not close(c, comp):
                ctx.fail("completion_mismatch", "%s: %s/%s = %.4f%%, stated %s" % (name, a, t, c, comp))
        if unit_ok:
            r = rule_score(t, a, w)
            if r is not None and not close(r, s):
                ctx.rule_fails.append("%s: rule score %s, stated %s" % (name, r, s))


def table_totals(ctx, weights, scores, w_total, s_total, msg):
    sw = sum(dec(w) for w in weights)
    if sw != 100 or not close(sw, w_total):
        ctx.fail("weight_sum_mismatch", "%s: weights sum to %s (stated %s)" % (msg, sw, w_total))
    ss = sum(dec(s) for s in scores)
    if not close(ss, s_total):
        ctx.fail("score_sum_mismatch", "%s: scores sum to %s, stated %s" % (msg, ss, s_total))
    return ss


def exec_score(ctx, rate_str, score, msg):
    r = dec(rate_str.rstrip("%"))
    if not close(10 * min(r, D(100)) / 100, score):
        ctx.rule_fails.append("%s: execution score %s vs rate %s" % (msg, score, rate_str))


# =========================================================================================================
# 1. 阜阳 2019
# =========================================================================================================
def check_fuyang(text, ctx):
    A = []
    f = flat(text, A)
    cells = clean_lines(text, A)
    ey = find(r"^阜阳市消防救援支队(\d{4})年度", f, "title year")[0]
    ctx.year_eq(find(r"（(\d{4})年度）", f, "table year")[0], ey, "自评表 year")
    ctx.year_eq(find(r"关于开展(\d{4})年度市级项目", f, "notice year")[0], ey, "notice year")
    ctx.year_eq(find(r"(\d{4})年项目年初预算", f, "budget year")[0], ey, "budget sentence")
    # funds (prose)
    y0, = find(r"年初预算" + NUM + "万元", f, "年初")
    add, = find(r"追加老旧小区充电设施建设资金" + NUM + "万元", f, "追加")
    cy_year, cyo = find(r"将(\d{4})年结转的电动自行车充电设施试点资金" + NUM + "万元", f, "结转")
    ctx.year_eq(int(cy_year) + 1, ey, "上年结转 year")
    tot, fis, cy = find(r"调整后全年预算" + NUM + "万元，其中当年财政拨款" + NUM + "万元、上年结转资金" + NUM + "万元", f, "全年")
    ctx.sum_(tot, [y0, add, cyo], "年初 + 追加 + 结转调入")
    ctx.sum_(tot, [fis, cy], "全年 = 当年财政拨款 + 上年结转")
    ctx.eq(cyo, cy, "上年结转")
    ctx.sum_(fis, [y0, add], "当年财政拨款 = 年初 + 追加")
    jz, rec, recr = find(r"截至(\d{4})年12月31日，项目资金到位" + NUM + r"万元，到位率(\d+)%", f, "到位")
    ctx.year_eq(jz, ey, "截至")
    ctx.rate(rec, tot, recr + "%", "到位率")
    sp, spr, bal, cz = find(r"全年实际支出" + NUM + r"万元，预算执行率([\d.]+%)；结余" + NUM + r"万元.*?结转至(\d{4})年", f, "执行")
    ctx.rate(sp, tot, spr, "执行率 (prose)")
    ctx.balance(rec, sp, bal, "结余 = 到位 − 支出")
    ctx.year_after(cz, ey, "结转")
    # sub-projects
    b1, std1, n1, s1, s1y, r1 = find(r"集中充电设施建设补助。预算" + NUM + r"万元，按照每个充电端口(\d+)元的标准.*?全年验收通过充电端口(\d+)个，拨付补助资金" + NUM + r"万元（([\d,]+)元），执行率([\d.]+%)", f, "sub1")
    b2, s2, r2 = find(r"设备购置。预算" + NUM + r"万元.*?支出" + NUM + r"万元，执行率([\d.]+%)", f, "sub2")
    b3, s3, r3 = find(r"宣传培训。预算" + NUM + r"万元.*?支出" + NUM + r"万元，执行率([\d.]+%)", f, "sub3")
    b4, s4, r4 = find(r"绩效评价。预算" + NUM + r"万元，支出" + NUM + r"万元，执行率([\d.]+%)", f, "sub4")
    for b, s, r, nm in ((b1, s1, r1, "sub1"), (b2, s2, r2, "sub2"), (b3, s3, r3, "sub3"), (b4, s4, r4, "sub4")):
        ctx.rate(s, b, r, nm + " 执行率")
    ctx.sum_(tot, [b1, b2, b3, b4], "sub-project budgets")
    ctx.sum_(sp, [s1, s2, s3, s4], "sub-project spending")
    ctx.eq(str(dec(s1y) / TEN4), s1, "补助 in 元 vs 万元")
    ctx.product(n1, dec(std1) / TEN4, s1, "端口数 × 补助标准")
    # outputs / benefits
    g = find(r"全年建成集中充电场所(\d+)处，其中颍州区(\d+)处、颍东区(\d+)处、颍泉区(\d+)处、经开区(\d+)处，平均每区(\d+)处；新增充电端口(\d+)个，平均每处(\d+)个", f, "outputs")
    sites, d1, d2, d3, d4, avgd, ports, avgp = g
    ctx.sum_(sites, [d1, d2, d3, d4], "四个城区充电场所")
    ctx.avg([d1, d2, d3, d4], avgd, "平均每区")
    ctx.avg([ports], avgp, "平均每处端口", denom=sites)
    ctx.eq(n1, ports, "验收端口数 vs 新增端口")
    pc, pcr = find(r"全年排查整治住宅小区(\d+)个，完成年度目标的(\d+)%", f, "排查")
    fire, fire0, dfire, firer = find(r"全市发生电动自行车火灾(\d+)起，较上年的(\d+)起减少(\d+)起，下降([\d.]+)%", f, "火灾")
    ctx.sum_(fire0, [fire, dfire], "火灾起数变化")
    ctx.rate(dfire, fire0, firer + "%", "火灾下降率")
    zz, = find(r"楼道停放问题整治率达到([\d.]+%)", f, "整治率")
    sat, = find(r"居民满意度为([\d.]+%)", f, "满意度")
    tdate, = find(r"建设任务于(\d{4}年\d+月\d+日)全部完成", f, "完成日期")
    total_p, grade_p = find(r"本项目自评得分([\d.]+)分，评价等级为(.)", f, "总分")
    # 自评表 funds block
    F = {}
    for lab in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        F[lab] = row(cells, lab, 6, after="项目资金")
    for k in range(3):
        ctx.sum_(F["年度资金总额"][k], [F[l][k] for l in ("其中：当年财政拨款", "上年结转资金", "其他资金")],
                 "自评表 funds column %d" % k)
    for lab in F:
        ctx.rate(F[lab][2], F[lab][1], F[lab][4], "自评表 " + lab)
    ctx.eq(F["年度资金总额"][0], y0, "年初预算 table/text")
    ctx.eq(F["年度资金总额"][1], tot, "全年预算 table/text")
    ctx.eq(F["年度资金总额"][2], sp, "执行 table/text")
    ctx.eq(F["其中：当年财政拨款"][1], fis, "当年财政拨款 table/text")
    ctx.eq(F["上年结转资金"][1], cy, "上年结转 table/text")
    exec_score(ctx, F["年度资金总额"][4], F["年度资金总额"][5], "执行率得分")
    # 自评表 indicators (分值 before 年度指标值)
    names = ["建成集中充电场所", "新增充电端口", "排查整治住宅小区", "充电设施验收合格率", "建设任务完成时间",
             "充电端口补助标准", "电动自行车火灾起数同比下降率", "“飞线充电”、楼道停放整治率", "充电设施长效管理机制", "小区居民满意度"]
    start = cells.index("偏差原因分析及改进措施")
    R = {}
    for nm in names:
        w, t, a, s = row(cells, nm, 4, after="偏差原因分析及改进措施")
        R[nm] = (nm, t, a, None, w, s)
    indicator_rows(ctx, R.values(), False)
    wt, st = row(cells, "总分", 2, after="偏差原因分析及改进措施")
    ss = table_totals(ctx, [F["年度资金总额"][3]] + [r[4] for r in R.values()],
                      [F["年度资金总额"][5]] + [r[5] for r in R.values()], wt, st, "自评表")
    if not close(ss, total_p):
        ctx.fail("score_sum_mismatch", "text total %s vs row sum %s" % (total_p, ss))
    ctx.grade(total_p, grade_p, "text grade")
    # text vs table (only where the table row is in the same unit)
    def same(nm, val, msg):
        t, a = R[nm][1], R[nm][2]
        if split_cell(t)[2] == split_cell(a)[2]:
            ctx.eq(split_cell(a)[1], val, msg)
    same("建成集中充电场所", sites, "充电场所 text/table")
    same("新增充电端口", ports, "端口 text/table")
    same("排查整治住宅小区", pc, "排查 text/table")
    same("电动自行车火灾起数同比下降率", firer, "火灾下降率 text/table")
    same("“飞线充电”、楼道停放整治率", zz.rstrip("%"), "整治率 text/table")
    same("小区居民满意度", sat.rstrip("%"), "满意度 text/table")
    if R["建设任务完成时间"][2] != tdate:
        ctx.fail("conflicting_values", "完成日期 %s vs %s" % (R["建设任务完成时间"][2], tdate))
    c = completion(R["排查整治住宅小区"][1], R["排查整治住宅小区"][2])
    if c is not None and not close(c, pcr):
        ctx.fail("completion_mismatch", "排查完成率 text %s%% vs %.2f" % (pcr, c))
    ctx.sum_(str(dec(split_cell(R["充电端口补助标准"][2])[1]) / TEN4), [dec(std1) / TEN4], "补助标准 text/table")


# =========================================================================================================
# 2. 月湖 2021 (部门整体)
# =========================================================================================================
YH_ART = [r"— \d+ —", r"月湖区应急管理局2021年度部门整体支出绩效自评报告"]


def check_yuehu(text, ctx):
    f = flat(text, YH_ART)
    cells = clean_lines(text, YH_ART)
    ey = find(r"^鹰潭市月湖区应急管理局(\d{4})年度", f, "title year")[0]
    ctx.year_eq(find(r"关于开展(\d{4})年度部门整体", f, "notice")[0], ey, "notice year")
    ctx.year_eq(find(r"(\d{4})年部门年初预算", f, "budget year")[0], ey, "budget sentence")
    ctx.year_eq(find(r"(\d{4})年度部门预算执行情况表", f, "funds table year")[0], ey, "funds table year")
    ctx.year_eq(find(r"(\d{4})年度部门整体支出绩效自评表", f, "table year")[0], ey, "自评表 year")
    y0, base0, pers0, pub0, proj0 = find(r"年初预算" + NUM + r"万元，其中基本支出" + NUM + r"万元（人员经费" + NUM + r"万元、公用经费" + NUM + r"万元），项目支出" + NUM + r"万元", f, "年初")
    ctx.sum_(y0, [base0, proj0], "年初 = 基本 + 项目")
    ctx.sum_(base0, [pers0, pub0], "年初基本 = 人员 + 公用")
    add, = find(r"追加电动自行车集中充电设施建设补助资金" + NUM + r"万元", f, "追加")
    cut, tot, gen, cy = find(r"调减公用经费" + NUM + r"万元，调整后全年预算" + NUM + r"万元，其中一般公共预算拨款" + NUM + r"万元、上年结转资金" + NUM + r"万元", f, "全年")
    ctx.sum_(tot, [y0, add, cut], "年初 + 追加 − 调减", signs=[1, 1, -1])
    ctx.sum_(tot, [gen, cy], "全年 = 一般公共预算拨款 + 上年结转")
    jz, sp, spr, spb, spp = find(r"截至(\d{4})年12月31日，全年支出" + NUM + r"万元，预算执行率([\d.]+%)，其中基本支出" + NUM + r"万元、项目支出" + NUM + r"万元", f, "执行")
    ctx.year_eq(jz, ey, "截至")
    ctx.rate(sp, tot, spr, "执行率 (text)")
    ctx.sum_(sp, [spb, spp], "支出 = 基本 + 项目")
    un, unp, cz = find(r"年末未支出" + NUM + r"万元，其中项目支出" + NUM + r"万元.*?已结转至(\d{4})年", f, "未支出")
    ctx.balance(tot, sp, un, "未支出 = 全年 − 支出")
    ctx.year_after(cz, ey, "结转")
    pub_s, pub_avg = find(r"公用经费支出" + NUM + r"万元，人均公用经费" + NUM + r"万元", f, "人均")
    staff, = find(r"年末实有在职人员(\d+)人", f, "人数")
    ctx.avg([pub_s], pub_avg, "人均公用经费", denom=staff)
    pers_r, = find(r"人员经费按标准足额发放，执行率(\d+%)", f, "人员执行率")
    # funds table
    labs = ["合计", "一、基本支出", "其中：人员经费", "公用经费", "二、项目支出", "1.电动自行车集中充电设施建设补助",
            "2.安全生产监管执法及隐患排查", "3.应急救援队伍建设及物资储备", "4.防灾减灾宣传及应急演练", "5.防汛抗旱应急抢险"]
    T = {l: row(cells, l, 4, after="2021年度部门预算执行情况表" if False else None) for l in labs[:0]}
    anchor = [c for c in cells if c.endswith("年度部门预算执行情况表")][0]
    for l in labs:
        T[l] = row(cells, l, 4, after=anchor)
    for l in labs:
        ctx.rate(T[l][2], T[l][1], T[l][3], "funds table " + l)
    projs = labs[5:]
    for k in range(3):
        ctx.sum_(T["合计"][k], [T["一、基本支出"][k], T["二、项目支出"][k]], "合计 = 基本 + 项目, col %d" % k)
        ctx.sum_(T["一、基本支出"][k], [T["其中：人员经费"][k], T["公用经费"][k]], "基本 = 人员 + 公用, col %d" % k)
        ctx.sum_(T["二、项目支出"][k], [T[p][k] for p in projs], "项目支出 = Σ projects, col %d" % k)
    ctx.sum_(T["公用经费"][1], [T["公用经费"][0], cut], "公用经费 年初 − 调减", signs=[1, -1])
    ctx.sum_(T["二、项目支出"][1], [T["二、项目支出"][0], add], "项目支出 年初 + 追加")
    ctx.sum_(T[projs[0]][1], [T[projs[0]][0], add], "充电补助 年初 + 追加")
    ctx.balance(T["二、项目支出"][1], T["二、项目支出"][2], unp, "项目支出未支出")
    ctx.rate(T["其中：人员经费"][2], T["其中：人员经费"][1], pers_r, "人员经费执行率 (text)")
    for (a, b, m) in ((T["合计"][0], y0, "年初"), (T["一、基本支出"][0], base0, "基本 年初"), (T["其中：人员经费"][0], pers0, "人员 年初"),
                      (T["公用经费"][0], pub0, "公用 年初"), (T["二、项目支出"][0], proj0, "项目 年初"), (T["合计"][1], tot, "全年"),
                      (T["合计"][2], sp, "支出"), (T["一、基本支出"][2], spb, "基本 支出"), (T["二、项目支出"][2], spp, "项目 支出"),
                      (T["公用经费"][2], pub_s, "公用 支出")):
        ctx.eq(a, b, m + " table/text")
    # outputs
    sites, ports = find(r"建成集中充电场所(\d+)处、新增充电端口([\d,]+)个", f, "充电场所")
    std, sub, suby, shed, chg = find(r"按每个端口([\d,]+)元的标准补助" + NUM + r"万元（([\d,]+)元），配套建设充电车棚及灭火器材" + NUM + r"万元，合计" + NUM + r"万元", f, "补助")
    ctx.product(ports, dec(std) / TEN4, sub, "端口 × 标准")
    ctx.eq(str(dec(suby) / TEN4), sub, "补助 元/万元")
    ctx.sum_(chg, [sub, shed], "补助 + 车棚")
    ctx.eq(chg, T[projs[0]][2], "充电补助 支出 text/table")
    done, = find(r"于(\d{4}年\d+月\d+日)前完成建设", f, "完成日期")
    insp, = find(r"检查生产经营单位(\d+)家次", f, "执法检查")
    hz, hzd, hzr = find(r"重大火灾隐患(\d+)处，已整改(\d+)处，整改率([\d.]+%)", f, "隐患")
    ctx.rate(hzd, hz, hzr, "重大隐患整改率")
    drill, = find(r"应急演练(\d+)场次", f, "演练")
    fire, fire0, dfire = find(r"电动自行车火灾(\d+)起，较上年的(\d+)起减少(\d+)起", f, "火灾")
    ctx.sum_(fire0, [fire, dfire], "火灾变化")
    fx, fxd, fxr = find(r"“飞线充电”问题([\d,]+)处，已整改([\d,]+)处，整改率([\d.]+%)", f, "飞线")
    ctx.rate(fxd, fx, fxr, "飞线整改率")
    sat, = find(r"群众满意度([\d.]+%)", f, "满意度")
    total_p, grade_p = find(r"自评得分([\d.]+)分，评价等级为(.)", f, "总分")
    # 自评表 (年度指标值 before 分值, 完成率)
    anchor2 = [c for c in cells if c.endswith("部门整体支出绩效自评表")][0]
    names = ["部门预算执行率", "新建电动自行车集中充电场所", "新增充电端口", "安全生产执法检查", "组织应急演练", "充电设施验收合格率",
             "重大火灾隐患整改率", "充电设施建设完成时间", "充电端口建设补助标准", "辖区电动自行车火灾起数", "“飞线充电”问题整治率",
             "生产安全亡人事故", "辖区群众满意度"]
    R = {}
    for nm in names:
        t, a, c, w, s = row(cells, nm, 5, after=anchor2)
        R[nm] = (nm, t, a, c, w, s)
    indicator_rows(ctx, [R[n] for n in names[1:]], True)
    ex = R["部门预算执行率"]
    ctx.eq(ex[2], T["合计"][3], "执行率 自评表/funds table")
    c = completion(ex[1], ex[2])
    if not close(c, ex[3]):
        ctx.fail("completion_mismatch", "执行率 completion %s vs %.2f" % (ex[3], c))
    if dec(ex[5]) > dec(ex[4]):
        ctx.fail("score_exceeds_weight", "执行率 score")
    exec_score(ctx, ex[2], ex[5], "执行率得分")
    wt, st = row(cells, "合计", 2, after=anchor2)
    ss = table_totals(ctx, [R[n][4] for n in names], [R[n][5] for n in names], wt, st, "自评表")
    if not close(ss, total_p):
        ctx.fail("score_sum_mismatch", "text total %s vs row sum %s" % (total_p, ss))
    ctx.grade(total_p, grade_p, "text grade")

    def same(nm, val, msg):
        t, a = R[nm][1], R[nm][2]
        if split_cell(t)[2] == split_cell(a)[2]:
            ctx.eq(split_cell(a)[1], val, msg)
    same("新建电动自行车集中充电场所", sites, "充电场所 text/table")
    same("新增充电端口", ports, "端口 text/table")
    same("安全生产执法检查", insp, "执法检查 text/table")
    same("组织应急演练", drill, "演练 text/table")
    same("重大火灾隐患整改率", hzr.rstrip("%"), "隐患整改率 text/table")
    same("辖区电动自行车火灾起数", fire, "火灾 text/table")
    same("“飞线充电”问题整治率", fxr.rstrip("%"), "飞线 text/table")
    same("辖区群众满意度", sat.rstrip("%"), "满意度 text/table")
    same("充电端口建设补助标准", std, "补助标准 text/table")
    if R["充电设施建设完成时间"][2] != done:
        ctx.fail("conflicting_values", "完成日期")


# =========================================================================================================
# 3. 商丘 2022 (space-aligned)
# =========================================================================================================
SQ_ART = [r"- \d+ -"]


def sa_row(text, label, n, after=None):
    lines = text.split("\n")
    st = 0
    if after:
        st = [i for i, l in enumerate(lines) if after in l][0]
    for l in lines[st:]:
        parts = re.split(r"\s{2,}", l.strip())
        if label in parts:
            k = parts.index(label)
            return parts[k + 1:k + 1 + n]
    raise SystemExit("row not found: " + label)


def check_shangqiu(text, ctx):
    f = re.sub(r"\s+", "", "\n".join(clean_lines(text, SQ_ART)))
    ey = find(r"^商丘市消防救援支队(\d{4})年度", f, "title")[0]
    ctx.year_eq(find(r"关于做好(\d{4})年度市级预算", f, "notice")[0], ey, "notice")
    ctx.year_eq(find(r"(\d{4})年项目年初预算", f, "budget year")[0], ey, "budget sentence")
    y0, = find(r"年初预算" + NUM + r"万元", f, "年初")
    prov, = find(r"省级消防专项补助资金" + NUM + r"万元", f, "省级")
    cut, tot, p_prov, p_city, recr = find(r"调减市级资金" + NUM + r"万元。调整后全年预算" + NUM + r"万元，其中省级资金" + NUM + r"万元、市级资金" + NUM + r"万元，资金全部到位，到位率(\d+%)", f, "全年")
    ctx.sum_(tot, [y0, prov, cut], "年初 + 省级 − 调减", signs=[1, 1, -1])
    ctx.sum_(tot, [p_prov, p_city], "全年 = 省 + 市")
    ctx.eq(prov, p_prov, "省级资金")
    sp, spr, s1, s2, s3, s4, bal, cz = find(r"全年支出" + NUM + r"万元，预算执行率([\d.]+%)，其中充电棚建设支出" + NUM + r"万元、消防设施配套" + NUM + r"万元、工程监理及检测" + NUM + r"万元、宣传培训" + NUM + r"万元。年末结余" + NUM + r"万元.*?已结转至(\d{4})年", f, "执行")
    ctx.rate(sp, tot, spr, "执行率 (text)")
    ctx.sum_(sp, [s1, s2, s3, s4], "支出 = Σ 子项目 (text)")
    ctx.year_after(cz, ey, "结转")
    # funds table
    FT = {l: sa_row(text, l, 6, after="资金来源") for l in ("省级资金", "市级资金", "合计")}
    for l, r in FT.items():
        ctx.sum_(r[2], [r[0], r[1]], "funds table 年初 + 调整 " + l)
        ctx.rate(r[4], r[2], r[5], "funds table 执行率 " + l)
    for k in range(5):
        ctx.sum_(FT["合计"][k], [FT["省级资金"][k], FT["市级资金"][k]], "funds table column %d" % k)
    ctx.rate(FT["合计"][3], FT["合计"][2], recr, "到位率 (text)")
    ctx.balance(FT["合计"][3], FT["合计"][4], bal, "结余 = 到位 − 支出")
    for a, b, m in ((FT["合计"][0], y0, "年初"), (FT["省级资金"][1], prov, "省级追加"), (FT["市级资金"][1], "-" + cut, "调减"),
                    (FT["合计"][2], tot, "全年"), (FT["市级资金"][2], p_city, "市级全年"), (FT["合计"][4], sp, "支出")):
        ctx.eq(a, b, m + " table/text")
    # sub-project table
    subl = ["充电棚建设", "消防设施配套", "工程监理及检测", "宣传培训"]
    ST = {l: sa_row(text, l, 3, after="子项目") for l in subl + ["合计"]}
    for l in ST:
        ctx.rate(ST[l][1], ST[l][0], ST[l][2], "sub table " + l)
    for k in range(2):
        ctx.sum_(ST["合计"][k], [ST[l][k] for l in subl], "sub table column %d" % k)
    ctx.eq(ST["合计"][0], tot, "sub table 全年")
    ctx.eq(ST["合计"][1], sp, "sub table 支出")
    for l, v in zip(subl, (s1, s2, s3, s4)):
        ctx.eq(ST[l][1], v, l + " 支出 table/text")
    # outputs
    g = find(r"全年完成(\d+)个老旧小区集中充电棚建设，其中梁园区(\d+)个、睢阳区(\d+)个、示范区(\d+)个、经开区(\d+)个、高新区(\d+)个，平均每区(\d+)个；新增充电端口([\d,]+)个", f, "outputs")
    n, a1, a2, a3, a4, a5, avg, ports = g
    ctx.sum_(n, [a1, a2, a3, a4, a5], "五区小区数")
    ctx.avg([a1, a2, a3, a4, a5], avg, "平均每区")
    ext, = find(r"配置灭火器([\d,]+)具", f, "灭火器")
    done, = find(r"于(\d{4}年\d+月\d+日)全部完工", f, "完工")
    cs, cavg = find(r"充电棚建设支出" + NUM + r"万元，平均每个小区投入" + NUM + r"万元", f, "单价")
    ctx.avg([cs], cavg, "平均每个小区投入", denom=n)
    ctx.eq(cs, ST["充电棚建设"][1], "充电棚支出 text/table")
    fire, fire0, firer = find(r"电动自行车火灾(\d+)起，较上年的(\d+)起下降([\d.]+)%", f, "火灾")
    ctx.rate(str(dec(fire0) - dec(fire)), fire0, firer + "%", "火灾下降率")
    fx, fxd, fxr = find(r"“飞线充电”([\d,]+)处，已清理([\d,]+)处，清理率([\d.]+%)", f, "飞线")
    ctx.rate(fxd, fx, fxr, "清理率")
    sat, = find(r"发放问卷[\d,]+份，居民满意度([\d.]+%)", f, "满意度")
    total_p, grade_p = find(r"自评得分([\d.]+)分，等级为“(.)”", f, "总分")
    # 自评表
    names = ["建设集中充电棚小区数", "新增充电端口", "配置灭火器", "工程验收合格率", "完工时间", "单个小区充电棚建设成本",
             "电动自行车火灾起数下降率", "楼道“飞线充电”清理率", "充电棚运维管理机制", "小区居民满意度"]
    R = {}
    for nm in names:
        t, a, c, w, s = sa_row(text, nm, 5, after="一级指标")
        R[nm] = (nm, t, a, c, w, s)
    indicator_rows(ctx, R.values(), True)
    ex = sa_row(text, "预算执行率", 6, after="一级指标")[1:]  # label appears twice (二级/三级)
    t, a, c, w, s = ex
    ctx.eq(a, FT["合计"][5], "执行率 自评表/funds")
    cc = completion(t, a)
    if not close(cc, c):
        ctx.fail("completion_mismatch", "执行率 completion")
    if dec(s) > dec(w):
        ctx.fail("score_exceeds_weight", "执行率 score")
    exec_score(ctx, a, s, "执行率得分")
    tot_line = [l for l in text.split("\n") if l.strip().startswith("合计")][-1]
    wt, st = re.split(r"\s{2,}", tot_line.strip())[-2:]
    ss = table_totals(ctx, [w] + [R[n][4] for n in names], [s] + [R[n][5] for n in names], wt, st, "自评表")
    if not close(ss, total_p):
        ctx.fail("score_sum_mismatch", "text total %s vs row sum %s" % (total_p, ss))
    ctx.grade(total_p, grade_p, "text grade")

    def same(nm, val, msg):
        t, a = R[nm][1], R[nm][2]
        if split_cell(t)[2] == split_cell(a)[2]:
            ctx.eq(split_cell(a)[1], val, msg)
    same("建设集中充电棚小区数", n, "小区数 text/table")
    same("新增充电端口", ports, "端口 text/table")
    same("配置灭火器", ext, "灭火器 text/table")
    same("单个小区充电棚建设成本", cavg, "单个小区成本 text/table")
    same("电动自行车火灾起数下降率", firer, "火灾下降率 text/table")
    same("楼道“飞线充电”清理率", fxr.rstrip("%"), "清理率 text/table")
    same("小区居民满意度", sat.rstrip("%"), "满意度 text/table")
    if R["完工时间"][2] != done:
        ctx.fail("conflicting_values", "完工日期")


# =========================================================================================================
# 4. 七星关 2023
# =========================================================================================================
QX_ART = [r"第 \d+ 页 共 \d+ 页"]


def check_qixingguan(text, ctx):
    f = flat(text, QX_ART)
    cells = clean_lines(text, QX_ART)
    ey = find(r"^毕节市七星关区应急管理局(\d{4})年度", f, "title")[0]
    ctx.year_eq(find(r"（(\d{4})年度）", f, "table year")[0], ey, "自评表 year")
    ctx.year_eq(find(r"关于开展(\d{4})年度项目支出", f, "notice")[0], ey, "notice")
    ctx.year_eq(find(r"(\d{4})年项目年初预算", f, "budget year")[0], ey, "budget sentence")
    y0, prov = find(r"年初预算" + NUM + r"万元。年中省财政下达安全生产专项资金" + NUM + r"万元", f, "年初")
    cyy, cyo, tot, fis, cy, rec, recr = find(r"批复将(\d{4})年结转的电动自行车治理资金" + NUM + r"万元纳入本项目，调整后全年预算" + NUM + r"万元，其中当年财政拨款" + NUM + r"万元、上年结转资金" + NUM + r"万元。资金到位" + NUM + r"万元，到位率(\d+%)", f, "全年")
    ctx.year_eq(int(cyy) + 1, ey, "上年结转 year")
    ctx.sum_(tot, [y0, prov, cyo], "年初 + 省级 + 结转")
    ctx.sum_(tot, [fis, cy], "全年 = 当年财政拨款 + 上年结转")
    ctx.sum_(fis, [y0, prov], "当年财政拨款 = 年初 + 省级")
    ctx.eq(cyo, cy, "上年结转")
    ctx.rate(rec, tot, recr, "到位率")
    jz, sp, spr, spf, spc, bal, cz = find(r"截至(\d{4})年12月31日，项目累计支出" + NUM + r"万元，预算执行率([\d.]+%)，其中当年财政拨款支出" + NUM + r"万元，上年结转资金" + NUM + r"万元全部支出。年末结余" + NUM + r"万元，已按规定结转至(\d{4})年", f, "执行")
    ctx.year_eq(jz, ey, "截至")
    ctx.year_after(cz, ey, "结转")
    ctx.rate(sp, tot, spr, "执行率 (text)")
    ctx.sum_(sp, [spf, spc], "支出 = 财政拨款 + 结转")
    ctx.eq(spc, cy, "上年结转全部支出")
    ctx.balance(rec, sp, bal, "结余 = 到位 − 支出")
    std1, = find(r"按每个充电点([\d.]+)万元的标准", f, "标准")
    std2, = find(r"按每部([\d,]+)元结算", f, "阻车单价")
    b1, n1, s1, r1 = find(r"集中充电点建设补助：预算" + NUM + r"万元，建成集中充电点(\d+)个，按标准拨付补助" + NUM + r"万元，执行率([\d.]+%)", f, "sub1")
    b2, n2, s2, s2y, r2 = find(r"电梯智能阻车系统：预算" + NUM + r"万元，完成安装(\d+)部，支出" + NUM + r"万元（([\d,]+)元），执行率([\d.]+%)", f, "sub2")
    b3, s3, r3 = find(r"隐患排查整治及宣传培训：预算" + NUM + r"万元，支出" + NUM + r"万元，执行率([\d.]+%)", f, "sub3")
    b4, s4, r4 = find(r"执法检查及第三方检测：预算" + NUM + r"万元，支出" + NUM + r"万元，执行率([\d.]+%)", f, "sub4")
    for b, s, r, m in ((b1, s1, r1, "sub1"), (b2, s2, r2, "sub2"), (b3, s3, r3, "sub3"), (b4, s4, r4, "sub4")):
        ctx.rate(s, b, r, m)
    ctx.sum_(tot, [b1, b2, b3, b4], "sub budgets")
    ctx.sum_(sp, [s1, s2, s3, s4], "sub spending")
    ctx.product(n1, std1, s1, "充电点 × 标准")
    ctx.product(n2, dec(std2) / TEN4, s2, "阻车 × 单价")
    ctx.eq(str(dec(s2y) / TEN4), s2, "阻车 元/万元")
    sites, = find(r"全年建成集中充电点(\d+)个", f, "充电点")
    ctx.eq(sites, n1, "充电点 text/text")
    done, = find(r"建设任务于(\d{4}年\d+月\d+日)完成", f, "完成")
    lifts, = find(r"完成(\d+)部电梯智能阻车系统安装", f, "阻车")
    ctx.eq(lifts, n2, "阻车 text/text")
    pc, q1, q2_, q3, q4, qa = find(r"“九小场所”([\d,]+)家次，其中一季度([\d,]+)家次、二季度([\d,]+)家次、三季度([\d,]+)家次、四季度([\d,]+)家次，季度平均([\d,]+)家次", f, "排查")
    ctx.sum_(pc, [q1, q2_, q3, q4], "季度排查")
    ctx.avg([q1, q2_, q3, q4], qa, "季度平均")
    fire, fire0, dfire = find(r"电动自行车火灾(\d+)起，较上年的(\d+)起减少(\d+)起", f, "火灾")
    ctx.sum_(fire0, [fire, dfire], "火灾变化")
    zj, = find(r"阻截率达到([\d.]+%)", f, "阻截率")
    total_p, grade_p = find(r"本项目自评得分([\d.]+)分，自评等级为(.)", f, "总分")
    # funds block
    F = {}
    for lab in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        F[lab] = row(cells, lab, 6, after="项目资金")
    for k in range(3):
        ctx.sum_(F["年度资金总额"][k], [F[l][k] for l in ("其中：当年财政拨款", "上年结转资金", "其他资金")],
                 "自评表 funds column %d" % k)
    for lab in F:
        ctx.rate(F[lab][2], F[lab][1], F[lab][4], "自评表 " + lab)
    for a, b, m in ((F["年度资金总额"][0], y0, "年初"), (F["年度资金总额"][1], tot, "全年"), (F["年度资金总额"][2], sp, "执行"),
                    (F["其中：当年财政拨款"][1], fis, "财政拨款 全年"), (F["其中：当年财政拨款"][2], spf, "财政拨款 支出"),
                    (F["上年结转资金"][1], cy, "结转 全年"), (F["上年结转资金"][2], spc, "结转 支出")):
        ctx.eq(a, b, m + " table/text")
    exec_score(ctx, F["年度资金总额"][4], F["年度资金总额"][5], "执行率得分")
    names = ["建成集中充电点", "安装电梯智能阻车系统", "排查整治住宅小区及“九小场所”", "充电点消防设施配置达标率", "建设任务完成时间",
             "单个充电点建设补助", "电动自行车火灾起数", "电梯违规入梯阻截率", "长效管理机制", "群众满意度"]
    R = {}
    for nm in names:
        w, t, a, s = row(cells, nm, 4, after="偏差原因分析及改进措施")
        R[nm] = (nm, t, a, None, w, s)
    indicator_rows(ctx, R.values(), False)
    wt, st = row(cells, "总分", 2, after="偏差原因分析及改进措施")
    g_tab, = row(cells, "自评等级", 1, after="总分")
    ss = table_totals(ctx, [F["年度资金总额"][3]] + [r[4] for r in R.values()],
                      [F["年度资金总额"][5]] + [r[5] for r in R.values()], wt, st, "自评表")
    if not close(ss, total_p):
        ctx.fail("score_sum_mismatch", "text total %s vs row sum %s" % (total_p, ss))
    ctx.grade(st, g_tab, "table grade")
    ctx.grade(total_p, grade_p, "text grade")

    def same(nm, val, msg):
        t, a = R[nm][1], R[nm][2]
        if split_cell(t)[2] == split_cell(a)[2]:
            ctx.eq(split_cell(a)[1], val, msg)
    same("建成集中充电点", sites, "充电点 text/table")
    same("安装电梯智能阻车系统", lifts, "阻车 text/table")
    same("排查整治住宅小区及“九小场所”", pc, "排查 text/table")
    same("单个充电点建设补助", std1, "补助标准 text/table")
    same("电动自行车火灾起数", fire, "火灾 text/table")
    same("电梯违规入梯阻截率", zj.rstrip("%"), "阻截率 text/table")
    if R["建设任务完成时间"][2] != done:
        ctx.fail("conflicting_values", "完成日期")


# =========================================================================================================
# 5. 咸阳 2025
# =========================================================================================================
XY_ART = [r"— \d+ —", r"咸阳市消防救援支队2025年度项目支出绩效自评报告"]


def check_xianyang(text, ctx):
    f = flat(text, XY_ART)
    cells = clean_lines(text, XY_ART)
    ey = find(r"^咸阳市消防救援支队(\d{4})年度", f, "title")[0]
    ctx.year_eq(find(r"关于开展(\d{4})年度市级预算", f, "notice")[0], ey, "notice")
    ctx.year_eq(find(r"(\d{4})年项目年初预算", f, "budget year")[0], ey, "budget sentence")
    ctx.year_eq(find(r"表1\s*(\d{4})年项目资金", f, "表1")[0], ey, "表1 year")
    ctx.year_eq(find(r"表2\s*(\d{4})年度项目支出绩效自评表", f, "表2")[0], ey, "表2 year")
    bb = find(r"项目预算分为四部分：高层住宅集中充电场所建设" + NUM + r"万元、电梯智能阻车系统" + NUM + r"万元、消防物联网监测平台接入" + NUM + r"万元、宣传培训及第三方评估" + NUM + r"万元", f, "sub budgets")
    y0, y0p, y0c = find(r"年初预算" + NUM + r"万元，其中省级资金" + NUM + r"万元、市级资金" + NUM + r"万元", f, "年初")
    ctx.sum_(y0, [y0p, y0c], "年初 = 省 + 市")
    cen, = find(r"应急专项资金" + NUM + r"万元", f, "中央")
    cut, tot = find(r"调减市级资金" + NUM + r"万元。调整后全年预算" + NUM + r"万元", f, "全年")
    ctx.sum_(tot, [y0, cen, cut], "年初 + 中央 − 调减", signs=[1, 1, -1])
    ctx.sum_(tot, list(bb), "sub budgets")
    jz, rec, recr, unrec, sp, spr = find(r"截至(\d{4})年12月31日，实际到位资金" + NUM + r"万元，资金到位率([\d.]+%)，市级资金尚有" + NUM + r"万元未到位；全年支出" + NUM + r"万元，预算执行率([\d.]+%)", f, "到位")
    ctx.year_eq(jz, ey, "截至")
    ctx.rate(rec, tot, recr, "到位率 (text)")
    ctx.rate(sp, tot, spr, "执行率 (text)")
    ss_ = find(r"全年支出中，高层住宅集中充电场所建设" + NUM + r"万元，电梯智能阻车系统" + NUM + r"万元，消防物联网监测平台接入" + NUM + r"万元，宣传培训及第三方评估" + NUM + r"万元", f, "sub spending")
    ctx.sum_(sp, list(ss_), "sub spending")
    bal, cz = find(r"已到位未支出资金" + NUM + r"万元，结转至(\d{4})年", f, "结余")
    ctx.balance(rec, sp, bal, "结余 = 到位 − 支出")
    ctx.year_after(cz, ey, "结转")
    labs = ["中央资金", "省级资金", "市级资金", "合计"]
    T = {l: row(cells, l, 7, after="资金来源") for l in labs}
    for l in labs:
        r = T[l]
        ctx.sum_(r[2], [r[0], r[1]], "表1 年初 + 调整 " + l)
        ctx.rate(r[3], r[2], r[5], "表1 到位率 " + l)
        ctx.rate(r[4], r[2], r[6], "表1 执行率 " + l)
    for k in range(5):
        ctx.sum_(T["合计"][k], [T[l][k] for l in labs[:3]], "表1 column %d" % k)
    ctx.balance(T["市级资金"][2], T["市级资金"][3], unrec, "市级未到位 = 全年 − 到位")
    for a, b, m in ((T["合计"][0], y0, "年初"), (T["省级资金"][0], y0p, "省 年初"), (T["市级资金"][0], y0c, "市 年初"),
                    (T["中央资金"][1], cen, "中央追加"), (T["市级资金"][1], "-" + cut, "调减"), (T["合计"][2], tot, "全年"),
                    (T["合计"][3], rec, "到位"), (T["合计"][4], sp, "支出")):
        ctx.eq(a, b, m + " table/text")
    g = find(r"新建集中充电场所(\d+)处，其中秦都区(\d+)处、渭城区(\d+)处、高新区(\d+)处、兴平市(\d+)处，平均每区（市）([\d.]+)处；新增充电端口([\d,]+)个", f, "outputs")
    sites, a1, a2, a3, a4, avg, ports = g
    ctx.sum_(sites, [a1, a2, a3, a4], "四区充电场所")
    ctx.avg([a1, a2, a3, a4], avg, "平均每区")
    lifts, price, lift_w, lift_y = find(r"完成([\d,]+)部电梯智能阻车系统安装，按每部([\d,]+)元结算" + NUM + r"万元（([\d,]+)元）", f, "阻车")
    ctx.product(lifts, dec(price) / TEN4, lift_w, "阻车 × 单价")
    ctx.eq(str(dec(lift_y) / TEN4), lift_w, "阻车 元/万元")
    ctx.eq(lift_w, ss_[1], "阻车结算 vs 阻车支出")
    iot, iot_rest = find(r"(\d+)处充电场所接入消防物联网平台，其余(\d+)处", f, "物联网")
    ctx.sum_(sites, [iot, iot_rest], "接入 + 未接入")
    qr, done = find(r"验收一次合格率([\d.]+%)，项目于(\d{4}年\d+月\d+日)完工", f, "合格率")
    fire, fire0, dfire = find(r"电动自行车火灾(\d+)起，较上年的(\d+)起减少(\d+)起", f, "火灾")
    ctx.sum_(fire0, [fire, dfire], "火灾变化")
    m0, m1, mr = find(r"月均([\d,]+)次降至12月的月均([\d,]+)次，入梯违规行为下降([\d.]+%)", f, "入梯")
    ctx.rate(str(dec(m0) - dec(m1)), m0, mr, "入梯下降率")
    sat, = find(r"回收有效问卷[\d,]+份，居民满意度([\d.]+%)", f, "满意度")
    total_p, grade_p = find(r"项目得分([\d.]+)分，等级为(.)", f, "总分")
    anchor = [c for c in cells if c.endswith("年度项目支出绩效自评表")][0]
    names = ["新建集中充电场所", "新增充电端口", "安装电梯智能阻车系统", "接入消防物联网平台的充电场所", "充电设施验收一次合格率",
             "完工时间", "电梯阻车系统单价", "高层住宅电动自行车火灾起数", "入梯违规行为下降率", "充电设施运维管理机制", "居民满意度"]
    R = {}
    for nm in names:
        t, a, c, w, s = row(cells, nm, 5, after=anchor)
        R[nm] = (nm, t, a, c, w, s)
    indicator_rows(ctx, R.values(), True)
    ex = row(cells, "预算执行率", 6, after=anchor)[1:]
    t, a, c, w, s = ex
    ctx.eq(a, T["合计"][6], "执行率 自评表/表1")
    if not close(completion(t, a), c):
        ctx.fail("completion_mismatch", "执行率 completion")
    if dec(s) > dec(w):
        ctx.fail("score_exceeds_weight", "执行率 score")
    exec_score(ctx, a, s, "执行率得分")
    wt, st = row(cells, "合计", 2, after=anchor)
    ss = table_totals(ctx, [w] + [R[n][4] for n in names], [s] + [R[n][5] for n in names], wt, st, "表2")
    if not close(ss, total_p):
        ctx.fail("score_sum_mismatch", "text total %s vs row sum %s" % (total_p, ss))
    ctx.grade(total_p, grade_p, "text grade")

    def same(nm, val, msg):
        t, a = R[nm][1], R[nm][2]
        if split_cell(t)[2] == split_cell(a)[2]:
            ctx.eq(split_cell(a)[1], val, msg)
    same("新建集中充电场所", sites, "充电场所 text/table")
    same("新增充电端口", ports, "端口 text/table")
    same("安装电梯智能阻车系统", lifts, "阻车 text/table")
    same("接入消防物联网平台的充电场所", iot, "物联网 text/table")
    same("充电设施验收一次合格率", qr.rstrip("%"), "合格率 text/table")
    same("电梯阻车系统单价", price, "单价 text/table")
    same("高层住宅电动自行车火灾起数", fire, "火灾 text/table")
    same("入梯违规行为下降率", mr.rstrip("%"), "入梯下降率 text/table")
    same("居民满意度", sat.rstrip("%"), "满意度 text/table")
    if R["完工时间"][2] != done:
        ctx.fail("conflicting_values", "完工日期")


CHECKERS = {
    "ah-fuyang-ddcchongdian-2019": check_fuyang,
    "jx-yuehu-yingjiju-bumen-2021": check_yuehu,
    "ha-shangqiu-chongdianpeng-2022": check_shangqiu,
    "gz-qixingguan-ddczhili-2023": check_qixingguan,
    "sn-xianyang-gaocengzuche-2025": check_xianyang,
}


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    assert len(labels) == 35, len(labels)
    bad = 0
    counts = {}
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        ctx = Ctx(lab["case"])
        CHECKERS[lab["source"]](text, ctx)
        got = {c for c, _ in ctx.fails}
        want = {e["code"] for e in lab["expected"]}
        for e in lab["expected"]:
            counts[e["code"]] = counts.get(e["code"], 0) + 1
            if text.count(e["value"]) != 1:
                print("FAIL %s: value occurs %d times" % (lab["case"], text.count(e["value"])))
                bad += 1
        if lab["clean"] and ctx.rule_fails:
            print("FAIL %s: score rule: %s" % (lab["case"], ctx.rule_fails))
            bad += 1
        if lab["clean"]:
            n = len(text)
            if not 2500 <= n <= 6000:
                print("FAIL %s: length %d" % (lab["case"], n))
                bad += 1
        if got != want:
            print("FAIL %s: expected %s, got %s" % (lab["case"], sorted(want), ctx.fails))
            bad += 1
    codes = ["rate_mismatch", "sum_mismatch", "balance_mismatch", "completion_mismatch", "score_sum_mismatch",
             "weight_sum_mismatch", "score_exceeds_weight", "grade_mismatch", "conflicting_values", "average_mismatch",
             "implausible_rate", "unit_mismatch", "year_mismatch"]
    for c in codes:
        if counts.get(c, 0) < 2:
            print("FAIL code %s used %d times" % (c, counts.get(c, 0)))
            bad += 1
    if sum(counts.values()) != 30:
        print("FAIL %d errors in all" % sum(counts.values()))
        bad += 1
    if bad:
        print("%d problem(s)" % bad)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
