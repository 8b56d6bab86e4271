#!/usr/bin/env python3
"""Verify drafts148.

1. every label value occurs in its case; clean cases have no expected findings;
2. every error case differs from its clean draft in exactly one place (one contiguous changed region),
   and the label value overlaps that region;
3. each of the 13 codes of errors.md §A occurs at least twice; clean drafts are 3,000-9,000 characters;
4. the arithmetic of every clean draft is redone: funds blocks (rates, sums, execution score),
   indicator tables (completion, score <= weight, score rule, weights = 100, scores = total),
   and the figures stated in the prose (rates, sums, balances, averages, scores, grade, repeated values).
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
ERRORS = []


def fail(msg):
    ERRORS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- arithmetic helpers
def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed, what):
    """stated: the number as written (str); computed: Decimal. Tolerance 0.5 * 10^-d (rules.md §8)."""
    v = D(stated.strip().rstrip("%"))
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    if abs(D(computed) - v) > tol:
        fail(f"{what}: stated {stated}, computed {D(computed):.4f}")


def eq(a, b, what):
    if D(str(a).rstrip("%")) != D(str(b).rstrip("%")):
        fail(f"{what}: {a} != {b}")


def grade_of(total):
    total = D(total)
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


def one(text, pattern, what):
    """All matches of pattern (one group) in text; they must exist and agree. Returns the string."""
    found = re.findall(pattern, text)
    if not found:
        fail(f"{what}: pattern not found {pattern!r}")
        return "0"
    if len(set(found)) != 1:
        fail(f"{what}: different values {found}")
    return found[0]


NUM = r"(\d+(?:\.\d+)?)"


# ---------------------------------------------------------------- tables
def funds_block(text, name):
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if "年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分" in line:
            rows = []
            for row in lines[i + 1:]:
                cells = row.split("｜")
                if len(cells) != 7:
                    break
                rows.append(cells)
            break
    else:
        return None
    total = rows[0]
    for col, label in ((1, "年初"), (2, "全年"), (3, "执行")):
        close(total[col], sum(D(r[col]) for r in rows[1:]), f"{name} funds sum {label}")
    for r in rows:
        annual, spent = D(r[2]), D(r[3])
        if annual == 0:
            if r[5] != "—":
                fail(f"{name} funds {r[0]}: rate on zero base {r[5]}")
        else:
            close(r[5], spent / annual * 100, f"{name} funds rate {r[0]}")
            if spent > annual:
                fail(f"{name} funds {r[0]}: spent above budget")
    rate = D(total[3]) / D(total[2])
    eq(total[4], 10, f"{name} execution weight")
    close(total[6], 10 * min(rate, D(1)), f"{name} execution score")
    return {"rows": rows, "weight": D(total[4]), "score": D(total[6]), "rate": total[5]}


SIGN = r"(≥|≤|＞|＜|>=|<=)?"


def parse_value(s):
    m = re.fullmatch(SIGN + r"(\d+(?:\.\d+)?)(.*)", s.strip())
    if not m:
        return None
    sign, num, unit = m.groups()
    direction = "lte" if sign in ("≤", "＜", "<=") else "gte" if sign else "eq"
    return direction, D(num), unit


def indicator_table(text, name, funds):
    lines = text.split("\n")
    start = next(i for i, l in enumerate(lines) if l.startswith("一级指标｜"))
    head = lines[start].split("｜")
    it, ia, iw, isc = (head.index(h) for h in ("年度指标值", "实际完成值", "分值", "得分"))
    ic = head.index("完成率") if "完成率" in head else None
    wsum, ssum = funds["weight"], funds["score"]
    level1 = {}
    total = None
    for line in lines[start + 1:]:
        cells = line.split("｜")
        if cells[0] in ("总分", "合计"):
            total = cells
            break
        w, sc = D(cells[iw]), D(cells[isc])
        wsum += w
        ssum += sc
        level1.setdefault(cells[0], [D(0), D(0)])
        level1[cells[0]][0] += w
        level1[cells[0]][1] += sc
        label = f"{name} row {cells[2]}"
        if not (0 <= sc <= w):
            fail(f"{label}: score {sc} outside 0..{w}")
        t, a = parse_value(cells[it]), parse_value(cells[ia])
        if t is None:  # qualitative
            if ic is not None and cells[ic] != "—":
                fail(f"{label}: completion on a qualitative row")
            if sc < D("0.8") * w and "达成" in cells[ia]:
                fail(f"{label}: qualitative achieved scored below 80%")
            continue
        if a is None:
            fail(f"{label}: actual not numeric")
            continue
        direction, T, unit_t = t
        _, A, unit_a = a
        if unit_t != unit_a:
            fail(f"{label}: unit {unit_t} vs {unit_a}")
        if unit_a == "%" and "满意度" in cells[2] and A > 100:
            fail(f"{label}: satisfaction above 100%")
        if direction == "lte":
            completion = D(100) if A <= T else T / A * 100
            expected = w if A <= T else w * T / A
        else:
            completion = A / T * 100
            expected = w * min(D(1), A / T)
        if ic is not None:
            close(cells[ic], completion, f"{label} completion")
        close(cells[isc], expected, f"{label} score rule")
    close(total[iw], wsum, f"{name} weight sum")
    eq(total[iw], 100, f"{name} weight total")
    close(total[isc], ssum, f"{name} score sum")
    return {"total": total[isc], "level1": level1}


# ---------------------------------------------------------------- per draft prose checks
def check_zhongxiang(text, name):
    f = funds_block(text, name)
    t = indicator_table(text, name, f)
    init = one(text, r"年初预算" + NUM + "万元", "年初")
    central = one(text, r"中央财政服务业发展资金" + NUM + "万元", "中央")
    prov = one(text, r"省级财政资金" + NUM + "万元", "省级")
    add = one(text, r"追加市级配套资金" + NUM + "万元", "追加")
    annual = one(text, r"全年预算调整为" + NUM + "万元", "全年")
    spent = one(text, r"全年实际支出" + NUM + "万元", "支出")
    rate = one(text, r"预算执行率" + NUM + "%", "执行率")
    rows = {r[0]: r for r in f["rows"]}
    eq(init, rows["年度资金总额"][1], "年初 text/table")
    eq(central, rows["其中：中央财政资金"][1], "中央 text/table")
    eq(prov, rows["省级财政资金"][1], "省级 text/table")
    close(annual, D(init) + D(add), "年初 + 追加 = 全年")
    eq(annual, rows["年度资金总额"][2], "全年 text/table")
    eq(add, D(rows["市级配套资金"][2]) - D(rows["市级配套资金"][1]), "追加 = 市级 全年 − 年初")
    eq(spent, rows["年度资金总额"][3], "支出 text/table")
    close(rate, D(spent) / D(annual) * 100, "执行率 text")
    eq(rate + "%", f["rate"], "执行率 text/table")
    unspent = one(text, r"未支出的" + NUM + "万元", "未支出")
    p_left = one(text, r"省级资金" + NUM + "万元为", "省级结转")
    c_left = one(text, r"市级资金" + NUM + "万元为", "市级结转")
    close(unspent, D(annual) - D(spent), "未支出 = 全年 − 执行")
    close(p_left, D(rows["省级财政资金"][2]) - D(rows["省级财政资金"][3]), "省级结转")
    close(c_left, D(rows["市级配套资金"][2]) - D(rows["市级配套资金"][3]), "市级结转")
    close(unspent, D(p_left) + D(c_left), "未支出 parts")
    before, after = re.search(r"由上年的" + NUM + r"万立方米增加到" + NUM + "万立方米", text).groups()
    cap = one(text, r"新增(?:冷库)?库容" + NUM + "万立方米", "新增库容 text")
    eq(one(text, r"≥1\.5万立方米｜" + NUM + "万立方米", "新增库容 table"), cap, "新增库容 text/table")
    close(after, D(before) + D(cap), "库容 before + new = after")
    ok, n_ontime, r_ontime = re.search(r"(\d+)个项目中(\d+)个.*?按期完工率" + NUM + "%", text).groups()
    close(r_ontime, D(n_ontime) / D(ok) * 100, "按期完工率")
    sent, valid, sat, srate = re.search(r"发放问卷(\d+)份，回收有效问卷(\d+)份，表示满意的(\d+)份，满意度" + NUM + "%",
                                        text).groups()
    close(srate, D(sat) / D(valid) * 100, "满意度")
    one(text, r"满意度｜≥90%｜" + NUM + "%", "满意度 table")
    eq(one(text, r"满意度｜≥90%｜" + NUM + "%", "sat"), srate, "满意度 text/table")
    one(text, r"农户(\d+)户", "带动农户 (all mentions)")
    total = one(text, r"绩效自评得分" + NUM + "分", "总分 text")
    eq(total, t["total"], "总分 text/table")
    parts = re.search(r"预算执行率得" + NUM + r"分，产出指标得" + NUM + r"分，效益指标得" + NUM + r"分，满意度指标得" + NUM + "分",
                      text).groups()
    close(total, sum(D(p) for p in parts), "text score parts")
    eq(parts[0], f["score"], "execution score text/table")
    for key, p in zip(("产出指标", "效益指标", "满意度指标"), parts[1:]):
        close(p, t["level1"][key][1], f"{key} subtotal text/table")
    if grade_of(total) != one(text, r"评价等级为“(.)”", "grade"):
        fail("grade band")
    if "2022年度" not in text.split("\n")[1]:
        fail("year in title")


def check_xunwu(text, name):
    f = funds_block(text, name)
    t = indicator_table(text, name, f)
    rows = {r[0]: r for r in f["rows"]}
    total_c = one(text, r"中央财政专项资金" + NUM + "万元，分两年", "中央 total")
    y18 = one(text, r"2018年下达" + NUM + "万元", "2018")
    y19 = one(text, r"2019年下达" + NUM + "万元", "2019")
    close(total_c, D(y18) + D(y19), "1500 = 700 + 800")
    annual = one(text, r"全年预算" + NUM + "万元，其中", "全年")
    c = one(text, r"其中中央财政专项资金" + NUM + "万元", "中央")
    cty = one(text, r"县级配套资金" + NUM + "万元，年初", "县级")
    close(annual, D(c) + D(cty), "全年 = 中央 + 县级")
    close(y19, D(c), "2019 下达 = 中央 budget")
    eq(annual, rows["年度资金总额"][2], "全年 text/table")
    spent = one(text, r"全年实际支出" + NUM + "万元", "支出")
    rate = one(text, r"预算执行率" + NUM + "%", "执行率")
    close(rate, D(spent) / D(annual) * 100, "执行率 text")
    eq(spent, rows["年度资金总额"][3], "支出 text/table")
    c_spent = one(text, r"中央资金支出" + NUM + "万元", "中央支出")
    eq(c_spent, rows["其中：中央财政专项资金"][3], "中央支出 text/table")
    uses = re.search(r"按用途分：(.*?)。", text).group(1)
    close(c_spent, sum(D(x) for x in re.findall(NUM + "万元", uses)), "中央 uses sum")
    cty_spent = one(text, r"县级配套资金支出" + NUM + "万元", "县级支出")
    eq(cty_spent, rows["县级配套资金"][3], "县级支出 text/table")
    a, b = re.search(r"运营考核奖补" + NUM + r"万元、培训场地及设备保障" + NUM + "万元", text).groups()
    close(cty_spent, D(a) + D(b), "县级 parts")
    bal = one(text, r"结余资金" + NUM + "万元", "结余")
    close(bal, D(annual) - D(spent), "结余 = 全年 − 执行")
    q = re.search(r"分别发放奖补资金(.*?)，合计" + NUM + r"万元，季度平均" + NUM + "万元", text)
    items = [D(x) for x in re.findall(NUM + "万元", q.group(1))]
    close(q.group(2), sum(items), "quarterly sum")
    close(q.group(3), sum(items) / len(items), "quarterly average")
    eq(q.group(2), a, "奖补 39.6 both places")
    built, normal = re.search(r"(\d+)个站点中正常运营(\d+)个", text).groups()
    close(one(text, r"站点正常运营率｜≥90%｜" + NUM + "%", "运营率"), D(normal) / D(built) * 100, "正常运营率")
    n_bad = one(text, r"其余(\d+)个站点", "其余")
    eq(n_bad, D(built) - D(normal), "其余 stations")
    eq(one(text, r"有(\d+)个站点因人员外出", "半停业"), n_bad, "stations not operating, both places")
    short = one(text, r"较目标少(\d+)户", "少户")
    eq(short, 1000 - 862, "short of target")
    v, s_, srate = re.search(r"收回有效问卷(\d+)份，其中表示满意的(\d+)份，服务对象满意度为" + NUM + "%", text).groups()
    close(srate, D(s_) / D(v) * 100, "满意度")
    eq(one(text, r"服务对象满意度｜≥90%｜" + NUM + "%", "sat table"), srate, "满意度 text/table")
    total = one(text, r"自评得分" + NUM + "分", "总分")
    eq(total, t["total"], "总分 text/table")
    if grade_of(total) != one(text, r"等级为(.)秀", "grade")[0]:
        fail("grade band")


def check_huinong(text, name):
    init = one(text, r"年初预算资金" + NUM + "万元", "年初")
    reg = one(text, r"自治区财政补助资金" + NUM + "万元", "自治区")
    dist = one(text, r"区级财政配套资金" + NUM + "万元", "区级")
    close(init, D(reg) + D(dist), "年初 = 自治区 + 区级")
    add = one(text, r"追加区级配套资金" + NUM + "万元", "追加")
    annual = one(text, r"全年预算资金为" + NUM + "万元", "全年")
    close(annual, D(init) + D(add), "全年 = 年初 + 追加")
    share = one(text, r"自治区资金占" + NUM + "%", "占比")
    close(share, D(reg) / D(annual) * 100, "自治区 share")
    recv = one(text, r"实际到位" + NUM + "万元", "到位")
    close(one(text, r"到位率" + NUM + "%", "到位率"), D(recv) / D(annual) * 100, "到位率")
    spent = one(text, r"实际支出" + NUM + "万元", "支出")
    parts = re.search(r"其中河滨街农贸市场" + NUM + r"万元、园艺农贸市场" + NUM + r"万元、红果子镇农贸市场" + NUM + "万元",
                      text).groups()
    close(spent, sum(D(p) for p in parts), "markets sum")
    rate = one(text, r"预算执行率" + NUM + "%", "执行率")
    close(rate, D(spent) / D(annual) * 100, "执行率")
    bal = one(text, r"结余资金" + NUM + "万元", "结余 (all mentions)")
    close(bal, D(recv) - D(spent), "结余 = 到位 − 支出")
    one(text, r"的" + NUM + "万元将在质保期满", "结转 restated")
    eq(one(text, r"的" + NUM + "万元将在质保期满", "x"), bal, "结转 = 结余")
    if "截至2021年12月31日" not in text:
        fail("截至 date")
    flows = re.search(r"日均客流分别为(\d+)人次、(\d+)人次和(\d+)人次，平均(\d+)人次", text).groups()
    close(flows[3], sum(D(x) for x in flows[:3]) / 3, "average traffic")
    ontime = one(text, r"按期完工率" + NUM + "%", "按期")
    close(ontime, D(2) / D(3) * 100, "按期完工率 2 of 3")
    close(one(text, r"按完成比例得" + NUM + "分", "按期 score"), D(5) * D(2) / D(3), "按期 score rule")
    out_scores = re.search(r"（一）产出指标（50分）(.*?)产出指标合计得" + NUM + "分", text, re.S)
    sc = [D(x) for x in re.findall(r"得" + NUM + "分", out_scores.group(1))]
    close(out_scores.group(2), sum(sc), "产出 subtotal")
    weights_out = [10, 10, 10, 10, 5, 5]
    if len(sc) != 6 or any(s > w for s, w in zip(sc, weights_out)) or sum(weights_out) != 50:
        fail("产出 rows / weights")
    ben = re.search(r"（二）效益指标（30分）(.*?)效益指标合计得" + NUM + "分", text, re.S)
    sb = [D(x) for x in re.findall(r"得" + NUM + "分", ben.group(1))]
    close(ben.group(2), sum(sb), "效益 subtotal")
    if len(sb) != 3 or any(s > 10 for s in sb):
        fail("效益 rows")
    v, s_, srate = re.search(r"回收有效问卷(\d+)份，其中满意和基本满意(\d+)份，满意度" + NUM + "%", text).groups()
    close(srate, D(s_) / D(v) * 100, "满意度")
    ex = one(text, r"按全年预算执行情况计分，得" + NUM + "分", "exec score")
    close(ex, 10 * D(spent) / D(annual), "execution score")
    parts = re.search(r"预算执行得" + NUM + r"分，产出指标得" + NUM + r"分，效益指标得" + NUM + r"分，满意度指标得" + NUM +
                      r"分，总得分" + NUM + "分", text).groups()
    eq(parts[0], ex, "exec score twice")
    eq(parts[1], out_scores.group(2), "产出 twice")
    eq(parts[2], ben.group(2), "效益 twice")
    close(parts[4], sum(D(p) for p in parts[:4]), "total score")
    if grade_of(parts[4]) != one(text, r"评价等级为“(.)”", "grade"):
        fail("grade band")


def check_beichen(text, name):
    f = funds_block(text, name)
    t = indicator_table(text, name, f)
    rows = {r[0]: r for r in f["rows"]}
    init = one(text, r"年初预算" + NUM + "万元", "年初")
    cut = one(text, r"调减项目预算" + NUM + "万元", "调减 (both mentions)")
    annual = one(text, r"全年预算调整为" + NUM + "万元", "全年")
    close(annual, D(init) - D(cut), "全年 = 年初 − 调减")
    eq(init, rows["年度资金总额"][1], "年初 text/table")
    eq(annual, rows["年度资金总额"][2], "全年 text/table")
    spent = one(text, r"全年实际支出" + NUM + "万元", "支出")
    eq(spent, rows["年度资金总额"][3], "支出 text/table")
    close(one(text, r"预算执行率" + NUM + "%", "执行率"), D(spent) / D(annual) * 100, "执行率")
    uses = [D(x) for x in re.findall(r"(?:保费补贴|展会补贴|主体奖励|发展扶持)" + NUM + "万元", text)]
    if len(uses) != 4:
        fail(f"uses {uses}")
    close(spent, sum(uses), "uses sum")
    n_new, per = re.search(r"的(\d+)家企业每家奖励(\d+)元", text).groups()
    close(one(text, r"新增外贸主体奖励" + NUM + "万元", "奖励"), D(n_new) * D(per) / 10000, "36 × 50000元")
    eq(one(text, r"新增有进出口实绩企业(\d+)家", "新增 text"), n_new, "新增 text")
    eq(one(text, r"≥30家｜(\d+)家", "新增 table"), n_new, "新增 table")
    a, b = re.search(r"惠及企业(\d+)家；.*?支持企业(\d+)家次", text).groups()
    tot = one(text, r"共支持企业(\d+)家次", "家次")
    eq(tot, D(a) + D(b) + D(n_new), "家次 sum")
    eq(one(text, r"≥180家次｜(\d+)家次", "table 家次"), tot, "家次 text/table")
    eq(one(text, r"支持外贸企业(\d+)家次", "text 家次"), tot, "家次 text twice")
    bal = one(text, r"结余资金" + NUM + "万元", "结余")
    close(bal, D(annual) - D(spent), "结余")
    trade = one(text, r"外贸进出口总额" + NUM + "亿元", "总额")
    target = one(text, r"年度目标为" + NUM + "亿元", "目标")
    close(one(text, r"完成率为" + NUM + "%", "完成率"), D(trade) / D(target) * 100, "完成率")
    last = one(text, r"较2019年的" + NUM + "亿元", "2019")
    close(one(text, r"下降" + NUM + "%", "降幅"), (D(last) - D(trade)) / D(last) * 100, "降幅")
    eq(one(text, r"拨付及时率" + NUM + "%", "及时率"), "92", "及时率 text/table")
    eq(one(text, r"最高" + NUM + "万元", "最高"), "18.6", "保费 text/table")
    eq(one(text, r"承保金额" + NUM + "亿元", "承保"), "9.12", "承保 text/table")
    total = one(text, r"绩效自评得分" + NUM + "分", "总分")
    eq(total, t["total"], "总分 text/table")
    if grade_of(total) != one(text, r"评价等级为(.)。", "grade"):
        fail("grade band")


def check_huangzhong(text, name):
    f = funds_block(text, name)
    t = indicator_table(text, name, f)
    rows = {r[0]: r for r in f["rows"]}
    init, b0, p0 = re.search(r"年初预算" + NUM + r"万元，其中基本支出" + NUM + r"万元、项目支出" + NUM + "万元", text).groups()
    close(init, D(b0) + D(p0), "年初 parts")
    eq(init, rows["部门整体支出"][1], "年初 text/table")
    eq(b0, rows["其中：基本支出"][1], "基本 年初")
    eq(p0, rows["项目支出"][1], "项目 年初")
    add_b = one(text, r"追加基本支出" + NUM + "万元", "追加基本")
    add_p = one(text, r"追加促消费活动专项资金" + NUM + "万元", "追加项目")
    annual, b1, staff, office, p1 = re.search(
        r"全年预算" + NUM + r"万元，其中基本支出" + NUM + r"万元（人员经费" + NUM + r"万元、公用经费" + NUM + r"万元），项目支出" + NUM,
        text).groups()
    close(annual, D(b1) + D(p1), "全年 parts")
    close(b1, D(staff) + D(office), "基本 = 人员 + 公用")
    close(b1, D(b0) + D(add_b), "基本 年初 + 追加")
    close(p1, D(p0) + D(add_p), "项目 年初 + 追加")
    eq(annual, rows["部门整体支出"][2], "全年 text/table")
    spent = one(text, r"部门整体支出" + NUM + "万元", "支出")
    eq(spent, rows["部门整体支出"][3], "支出 text/table")
    close(one(text, r"预算执行率" + NUM + "%", "执行率"), D(spent) / D(annual) * 100, "执行率")
    bs = one(text, r"其中基本支出" + NUM + "万元，全部执行", "基本执行")
    ps, prate = re.search(r"项目支出" + NUM + r"万元，执行率" + NUM + "%", text).groups()
    close(spent, D(bs) + D(ps), "执行 parts")
    eq(ps, rows["项目支出"][3], "项目执行 text/table")
    close(prate, D(ps) / D(p1) * 100, "项目执行率")
    projects = re.findall(r"(?:促消费活动专项资金|县域商业体系建设资金|中小企业发展专项资金)全年预算" + NUM + r"万元，执行" + NUM + "万元",
                          text)
    if len(projects) != 3:
        fail(f"projects {projects}")
    close(p1, sum(D(a) for a, _ in projects), "project budgets sum")
    close(ps, sum(D(b) for _, b in projects), "project spending sum")
    close(one(text, r"执行508.60万元，执行率" + NUM + "%", "促消费率"), D(projects[0][1]) / D(projects[0][0]) * 100, "促消费执行率")
    v1, v2 = re.search(r"消费券核销资金" + NUM + r"万元、活动组织及宣传费用" + NUM + "万元", text).groups()
    close(projects[0][1], D(v1) + D(v2), "促消费 parts")
    close(one(text, r"剩余" + NUM + "万元", "剩余"), D(projects[2][0]) - D(projects[2][1]), "中小企业 剩余")
    close(one(text, r"全年结余资金" + NUM + "万元", "结余"), D(annual) - D(spent), "结余")
    b3, s3 = re.search(r"“三公”经费年初预算" + NUM + r"万元，实际支出" + NUM + "万元", text).groups()
    last, drop = re.search(r"较2023年的" + NUM + r"万元下降" + NUM + "万元", text).groups()
    close(drop, D(last) - D(s3), "三公 drop")
    eq(one(text, r"≤" + NUM + "万元｜", "三公 target"), b3, "三公 target")
    eq(one(text, r"≤12.60万元｜" + NUM + "万元", "三公 table"), s3, "三公 text/table")
    vouchers = one(text, r"分批发放消费券" + NUM + "万元", "消费券")
    events = one(text, r"促消费活动(\d+)场", "场次")
    eq(one(text, r"≥6场｜(\d+)场", "场次 table"), events, "场次 text/table")
    close(one(text, r"平均每场发放消费券" + NUM + "万元", "平均"), D(vouchers) / D(events), "average per event")
    eq(one(text, r"≥400万元｜" + NUM + "万元", "消费券 table"), vouchers, "消费券 text/table")
    ratio = one(text, r"核销率" + NUM + "%，", "核销率")
    close(v1, D(vouchers) * D(ratio) / 100, "核销资金 = 发放 × 核销率")
    close(one(text, r"撬动比达到1:" + NUM, "撬动"), D(one(text, r"带动消费" + NUM + "万元", "带动")) / D(vouchers), "撬动比")
    eq(one(text, r"限额以上商贸企业(\d+)家", "限上"), "12", "限上 text/table")
    close(one(text, r"完成目标的" + NUM + "%", "限上完成"), D(12) / D(10) * 100, "限上 completion")
    eq(one(text, r"同比增长" + NUM + "%", "社零"), "4.6", "社零 text/table")
    eq(one(text, r"综合满意度为" + NUM + "%", "满意度"), "94.2", "满意度 text/table")
    total = one(text, r"自评得分" + NUM + "分", "总分")
    eq(total, t["total"], "总分 text/table")
    g = one(text, r"综合评定等次为“(..)”", "grade")
    if {"优秀": "优", "良好": "良", "中等": "中", "较差": "差"}[g] != grade_of(total):
        fail("grade band")


CHECKS = {
    "zhongxiang-coldchain-2022": check_zhongxiang,
    "xunwu-ecommerce-2019": check_xunwu,
    "huinong-wetmarket-2021": check_huinong,
    "beichen-tradegrowth-2020": check_beichen,
    "huangzhong-deptwhole-2024": check_huangzhong,
}


# ---------------------------------------------------------------- main
def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    files = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != files:
        fail("labels and case files differ")
    counts = {c: 0 for c in CODES}
    sources = sorted({l["source"] for l in labels})
    if sources != sorted(CHECKS):
        fail(f"sources {sources}")
    for lab in labels:
        text = read(lab["case"])
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expected findings")
            if not 3000 <= len(text) <= 9000:
                fail(f"{lab['case']}: length {len(text)}")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: not exactly one expected finding")
        clean = read(lab["source"] + "-clean.txt")
        # one place: strip the common prefix and suffix
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        old, new = clean[p:len(clean) - s], text[p:len(text) - s]
        if not new and not old:
            fail(f"{lab['case']}: identical to clean draft")
        if len(old) > 80 or len(new) > 80:
            fail(f"{lab['case']}: changed region too long ({len(old)}/{len(new)} chars)")
        for exp in lab["expected"]:
            if exp["code"] not in CODES or exp["severity"] != "error":
                fail(f"{lab['case']}: code/severity {exp}")
            counts[exp["code"]] = counts.get(exp["code"], 0) + 1
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                fail(f"{lab['case']}: value not found {v!r}")
            # the value must cover the changed region (at least one occurrence overlaps it)
            lo, hi = p, len(text) - s
            if not any(o < max(hi, lo + 1) and o + len(v) > lo for o in occ):
                fail(f"{lab['case']}: value does not overlap the change")
    for c in CODES:
        if counts[c] < 2:
            fail(f"code {c} used {counts[c]} times")
    for src, fn in CHECKS.items():
        fn(read(src + "-clean.txt"), src)
    if ERRORS:
        for e in ERRORS:
            print("FAIL", e)
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(counts.values())} injected errors, codes: "
          + ", ".join(f"{c}={counts[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
