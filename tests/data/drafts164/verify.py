#!/usr/bin/env python3
"""Verify the n164 set.

1. every label value occurs in its case; clean cases have no expected findings;
2. every error case differs from its clean draft in one place (one contiguous region);
3. the arithmetic of every clean draft is redone from the figures read out of the text.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FAIL = []
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]


def fail(msg):
    FAIL.append(msg)


def check(cond, msg):
    if not cond:
        fail(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as f:
        return f.read()


def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def ok(stated, computed):
    """stated: string as written (may end in %); computed: Decimal in the same unit."""
    v = D(stated.strip().rstrip("%"))
    return abs(D(computed) - v) <= D("0.5") * D(10) ** (-decimals(stated)) + D("1e-9")


def q2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def grade(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


class Missing(Exception):
    pass


def one(text, pattern, src, what):
    """groups of the matches of pattern: at least one match, and every match must read the same figures."""
    ms = [m.groups() for m in re.finditer(pattern, text, re.S)]
    if not ms:
        raise Missing(f"{src}: no match for {what}")
    check(all(m == ms[0] for m in ms), f"{src}: {what} read differently: {ms}")
    return ms[0]


def rows(text, first_cells):
    out = []
    for line in text.splitlines():
        if "｜" in line:
            cells = line.split("｜")
            if cells[0] in first_cells:
                out.append(cells)
    return out


def money_items(s):
    return [(n, D(v)) for n, v in re.findall(r"([^\d，、；：。（）]+?)([\d.]+)万元", s)]


def score_gte(w, target, actual):
    return w if actual >= target else q2(w * actual / target)


def check_indicator_rows(src, rs, wi, si, ti=None, ai=None):
    """rs: table rows; wi/si: weight and score columns; ti/ai: target/actual columns for gte rows."""
    tw, ts = D(0), D(0)
    for r in rs:
        w, s = D(r[wi]), D(r[si])
        tw += w
        ts += s
        check(D(0) <= s <= w, f"{src}: score {s} outside [0, {w}] in row {r[:3]}")
        if ti is not None:
            tm = re.match(r"≥([\d.]+)", r[ti])
            am = re.match(r"([\d.]+)", r[ai])
            if tm and am and D(am.group(1)) < D(tm.group(1)):
                exp = score_gte(w, D(tm.group(1)), D(am.group(1)))
                check(ok(r[si], exp), f"{src}: gte row {r[2]} score {r[si]} vs {exp}")
    return tw, ts


# ---------------------------------------------------------------------------------------------
def v_xiangshui(t, src):
    g = one(t, r"年初预算([\d.]+)万元，其中中央财政提前下达([\d.]+)万元（2021年12月下达，列入年初预算）、省级财政([\d.]+)万元、县级财政([\d.]+)万元", src, "年初")
    ini, c0, p0, x0 = map(D, g)
    check(ini == c0 + p0 + x0, f"{src}: 年初 parts")
    add = D(one(t, r"追加下达([\d.]+)万元", src, "追加")[0])
    g = one(t, r"全年预算调整为([\d.]+)万元，其中中央([\d.]+)万元、省级([\d.]+)万元、县级([\d.]+)万元", src, "全年")
    full, c1, p1, x1 = map(D, g)
    check(full == ini + add, f"{src}: 全年 = 年初 + 追加")
    check(full == c1 + p1 + x1, f"{src}: 全年 parts")
    check(p1 == p0 + add and c1 == c0 and x1 == x0, f"{src}: 追加 went to 省级")
    spent_s, rate_s = one(t, r"全年实际支出([\d.]+)万元，预算执行率为([\d.]+%)", src, "执行")
    spent = D(spent_s)
    check(ok(rate_s, spent / full * 100), f"{src}: 执行率 text")
    items = money_items(one(t, r"。其中：(职业培训补贴.*?)。", src, "支出明细")[0])
    check(len(items) == 6 and sum(v for _, v in items) == spent, f"{src}: 支出明细 sum {items}")
    bal = D(one(t, r"年末结余([\d.]+)万元", src, "结余")[0])
    check(bal == full - spent, f"{src}: 结余")
    # completion rates in text
    tgt_job = D(one(t, r"城镇新增就业(\d+)人以上，开展", src, "就业目标")[0])
    job, jr = one(t, r"全年城镇新增就业(\d+)人，为年度目标的([\d.]+%)", src, "就业完成")
    check(ok(jr, D(job) / tgt_job * 100), f"{src}: 就业完成率")
    tgt_tr = D(one(t, r"补贴性职业技能培训(\d+)人次以上", src, "培训目标")[0])
    tr, trr = one(t, r"组织补贴性职业技能培训(\d+)人次，完成率([\d.]+%)", src, "培训完成")
    check(ok(trr, D(tr) / tgt_tr * 100), f"{src}: 培训完成率")
    tgt_gy = D(one(t, r"安置就业困难人员(\d+)人，城镇", src, "公岗目标")[0])
    gy, gyr = one(t, r"安置就业困难人员(\d+)人，完成率([\d.]+%)", src, "公岗完成")
    check(ok(gyr, D(gy) / tgt_gy * 100), f"{src}: 公岗完成率")
    per = one(t, r"人均(\d+)元，低于每人", src, "人均")[0]
    check(ok(per, items[0][1] * 10000 / D(tr)), f"{src}: 人均培训补贴 = 职业培训补贴 / 人次")
    g = one(t, r"满意度分别为([\d.]+)%、([\d.]+)%、([\d.]+)%，三类对象平均满意度([\d.]+%)", src, "满意度")
    check(ok(g[3], sum(map(D, g[:3])) / 3), f"{src}: 平均满意度")
    sat = g[3]
    # table
    fr = rows(t, {"年度资金总额"})[0]
    check(D(fr[1]) == ini and D(fr[2]) == full and D(fr[3]) == spent, f"{src}: funds row vs text")
    check(ok(fr[5], spent / full * 100) and fr[5] == rate_s, f"{src}: funds row rate")
    ex = q2(D(fr[4]) * min(spent / full, D(1)))
    check(ok(fr[6], ex), f"{src}: execution score")
    sub = rows(t, {"其中：当年财政拨款"})[0]
    check(sub[1:4] == fr[1:4] and sub[5] == fr[5], f"{src}: 当年财政拨款 row")
    ind = rows(t, {"产出指标", "效益指标", "满意度指标"})
    tw, ts = check_indicator_rows(src, ind, 5, 6, 3, 4)
    check(tw + D(fr[4]) == 100, f"{src}: weights {tw}+{fr[4]}")
    byname = {r[2]: r for r in ind}
    wsum = {k: sum(D(r[5]) for r in ind if r[0] == k) for k in ("产出指标", "效益指标", "满意度指标")}
    g = one(t, r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分", src, "权重")
    check([D(x) for x in g] == [D(fr[4]), wsum["产出指标"], wsum["效益指标"], wsum["满意度指标"]], f"{src}: weights text")
    tot = rows(t, {"总分"})[0]
    check(D(tot[5]) == 100, f"{src}: 总分 weight")
    check(ts + D(fr[6]) == D(tot[6]), f"{src}: score sum {ts + D(fr[6])} vs {tot[6]}")
    sc, gr = one(t, r"自评得分([\d.]+)分，评价等级为“(.)”", src, "结论")
    check(D(sc) == D(tot[6]) and gr == grade(sc), f"{src}: 结论 score/grade")
    check(byname["城镇新增就业人数"][4] == f"{job}人", f"{src}: 就业 table vs text")
    check(byname["补贴性职业技能培训人次"][4] == f"{tr}人次", f"{src}: 培训 table vs text")
    check(byname["公益性岗位安置就业困难人员"][4] == f"{gy}人", f"{src}: 公岗 table vs text")
    check(byname["人均职业培训补贴"][4] == f"{per}元", f"{src}: 人均 table vs text")
    check(byname["服务对象满意度"][4] == sat, f"{src}: 满意度")
    goal = one(t, r"｜城镇新增就业(\d+)人，补贴性职业技能培训(\d+)人次，公益性岗位安置(\d+)人", src, "目标行")
    check(list(goal) == [job, tr, gy], f"{src}: 年度总体目标 row vs text")


def v_wusheng(t, src):
    ini, carry, adv = map(D, one(t, r"年初预算安排专账资金([\d.]+)万元，其中2020年专账结余结转([\d.]+)万元、省级提前下达([\d.]+)万元", src, "年初"))
    check(ini == carry + adv, f"{src}: 年初 parts")
    add, full = map(D, one(t, r"第二批资金([\d.]+)万元，全年预算调整为([\d.]+)万元", src, "全年"))
    check(full == ini + add, f"{src}: 全年 = 年初 + 追加")
    spent_s, rate_s = one(t, r"截至2021年12月31日，专账资金支出([\d.]+)万元，预算执行率([\d.]+%)", src, "执行")
    spent = D(spent_s)
    check(ok(rate_s, spent / full * 100), f"{src}: 执行率")
    items = money_items(one(t, r"预算执行率[\d.]+%。其中(.*?)。", src, "明细")[0])
    check(len(items) == 4 and sum(v for _, v in items) == spent, f"{src}: 支出明细 {items}")
    bal = D(one(t, r"年末结余([\d.]+)万元，按政策结转至(\d{4})年", src, "结余")[0])
    check(bal == full - spent, f"{src}: 结余")
    check(one(t, r"结转至(\d{4})年", src, "结转年")[0] == "2022", f"{src}: 结转 year")
    g = one(t, r"培训合格率分别为([\d.]+)%、([\d.]+)%、([\d.]+)%、([\d.]+)%、([\d.]+)%，平均([\d.]+)%", src, "平均")
    check(ok(g[5], sum(map(D, g[:5])) / 5), f"{src}: 平均合格率")
    pass_avg = g[5]
    tr = one(t, r"全年开展补贴性职业技能培训(\d+)人次，其中脱贫", src, "培训")[0]
    per = one(t, r"人均培训补贴约(\d+)元", src, "人均")[0]
    train_money = items[0][1] + items[1][1]
    check(abs(train_money * 10000 / D(tr) - D(per)) <= 1, f"{src}: 人均培训补贴约")
    fr = rows(t, {"年度资金总额"})[0]
    check(D(fr[1]) == ini and D(fr[2]) == full and D(fr[3]) == spent and fr[5] == rate_s, f"{src}: funds row")
    check(ok(fr[6], q2(D(fr[4]) * min(spent / full, D(1)))), f"{src}: execution score")
    parts = rows(t, {"其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"})
    for col in (1, 2, 3):
        check(sum(D(p[col]) for p in parts) == D(fr[col]), f"{src}: fund rows col {col}")
    ind = rows(t, {"产出指标", "效益指标"})
    tw, ts = D(0), D(0)
    for r in ind:
        w, s = D(r[7]), D(r[8])
        tw += w
        ts += s
        check(D(0) <= s <= w, f"{src}: score row {r[2]}")
        if r[3] == "≥" and D(r[6]) < D(r[4]):
            check(ok(r[8], score_gte(w, D(r[4]), D(r[6]))), f"{src}: gte score {r[2]}")
        if r[5] == "%":
            check(D(0) <= D(r[6]) <= 100, f"{src}: rate range {r[2]}")
    check(tw + D(fr[4]) == 100, f"{src}: weights sum")
    g = one(t, r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分评分", src, "权重")
    check([D(x) for x in g] == [D(fr[4]), sum(D(r[7]) for r in ind if r[0] == "产出指标"),
                                 sum(D(r[7]) for r in ind if r[0] == "效益指标")], f"{src}: weights text")
    tot = rows(t, {"总分"})[0]
    check(D(tot[7]) == 100 and ts + D(fr[6]) == D(tot[8]), f"{src}: 总分")
    sc, gr = one(t, r"自评得分([\d.]+)分，评价等级为(..)", src, "结论")
    check(D(sc) == D(tot[8]) and gr[0] == grade(sc), f"{src}: 结论")
    by = {r[2]: r for r in ind}
    check(by["补贴性职业技能培训人次"][6] == tr, f"{src}: 培训 table/text")
    check(by["脱贫劳动力培训人次"][6] == one(t, r"其中脱贫劳动力培训(\d+)人次，完成", src, "脱贫")[0], f"{src}: 脱贫")
    check(by["职业技能等级认定（评价）人数"][6] == one(t, r"完成职业技能等级认定（评价）(\d+)人。", src, "认定")[0], f"{src}: 认定")
    check(by["培训合格率"][6] == pass_avg, f"{src}: 合格率")
    check(by["人均培训补贴"][6] == per, f"{src}: 人均")
    check(by["补贴资金审核拨付时限"][6] == one(t, r"平均审核拨付时间为(\d+)个工作日", src, "时限")[0], f"{src}: 时限")
    check(by["参训人员取证率"][6] == one(t, r"参训人员取证率([\d.]+)%，较上年", src, "取证")[0], f"{src}: 取证")


def v_lingshi(t, src):
    tab = {r[0]: r for r in rows(t, {"年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余",
                                   "预算到位率（%）", "预算执行率（%）"})}
    val = {k: [D(x) for x in v[2:]] for k, v in tab.items()}
    for k in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        row = val[k]
        check(row[0] == row[1] + row[6] + row[7], f"{src}: {k} 总 = 小计 + 结转 + 其他")
        check(row[1] == sum(row[2:6]), f"{src}: {k} 小计 = 中央+省+市+县")
    for i in range(8):
        check(val["资金结余"][i] == val["实际到位资金"][i] - val["全年执行资金"][i], f"{src}: (5) col {i}")
        b = val["全年预算资金"][i]
        for key, num in (("预算到位率（%）", "实际到位资金"), ("预算执行率（%）", "全年执行资金")):
            stated = tab[key][2 + i]
            if b == 0:
                check(D(stated) == 0, f"{src}: zero-base rate col {i}")
            else:
                check(ok(stated, val[num][i] / b * 100), f"{src}: {key} col {i}")
    full = val["全年预算资金"][0]
    spent = val["全年执行资金"][0]
    ini_t, full_t = one(t, r"全年预算由年初的([\d.]+)万元调整为([\d.]+)万元", src, "调整")
    check(D(ini_t) == val["年初预算资金"][0] and D(full_t) == full, f"{src}: 说明 vs table")
    arr, gap = one(t, r"县级配套资金到位([\d.]+)万元，尚有([\d.]+)万元", src, "县级到位")
    check(D(arr) == val["实际到位资金"][5] and D(arr) + D(gap) == val["全年预算资金"][5], f"{src}: 县级到位")
    g = one(t, r"全年支出([\d.]+)万元，其中(基础养老金.*?)，预算执行率([\d.]+%)，资金结余([\d.]+)万元", src, "说明支出")
    check(D(g[0]) == spent and sum(v for _, v in money_items(g[1])) == spent, f"{src}: 支出明细")
    check(ok(g[2], spent / full * 100) and D(g[3]) == val["资金结余"][0], f"{src}: 说明 rate/balance")
    # indicator tables: 二级｜三级｜权重｜目标值｜业绩值｜完成率｜得分
    ind = rows(t, {"预算执行指标", "数量指标", "质量指标", "时效指标", "社会效益指标", "可持续影响指标", "满意度指标"})
    tw, ts = D(0), D(0)
    for r in ind:
        w, s = D(r[2]), D(r[6])
        tw += w
        ts += s
        check(D(0) <= s <= w, f"{src}: score {r[1]}")
        tm = re.match(r"[≥]?([\d.]+)(人|元|%)$", r[3])
        am = re.match(r"([\d.]+)(人|元|%)$", r[4])
        check(tm and am and tm.group(2) == am.group(2), f"{src}: units {r[1]}")
        if tm and am:
            comp = D(am.group(1)) / D(tm.group(1)) * 100
            check(ok(r[5], comp), f"{src}: 完成率 {r[1]} {r[5]} vs {comp}")
            exp = w * min(D(am.group(1)) / D(tm.group(1)), D(1))
            check(ok(r[6], q2(exp)), f"{src}: 得分 {r[1]}")
    check(tw == 100, f"{src}: weights {tw}")
    check(ind[0][4] == f"{q2(spent / full * 100)}%", f"{src}: 执行率 indicator vs table")
    total, gr = one(t, r"总得分([\d.]+)分，属于“(..)”", src, "总分")
    check(ts == D(total) and gr[0] == grade(total), f"{src}: total {ts} vs {total}, grade {gr}")
    by = {r[1]: r for r in ind}
    check(by["基础养老金按月发放人数"][4] == one(t, r"待遇领取人员(\d+人)，基础养老金", src, "领取")[0], f"{src}: 领取人数")
    check(by["代缴困难群体保险费人数"][4] == one(t, r"为(\d+人?)名困难群体代缴", src, "代缴")[0] + "人", f"{src}: 代缴人数")
    n, std = one(t, r"按每人每年(\d+)元的标准为(\d+)名困难群体", src, "代缴标准")
    daijiao = [v for k, v in money_items(g[1]) if "代缴" in k][0]
    check(D(n) * D(std) / 10000 == daijiao, f"{src}: 代缴金额 = 人数 × 标准")
    check(by["适龄参保人员参保率"][4] == one(t, r"适龄参保人员参保率([\d.]+%)，未参保", src, "参保率")[0], f"{src}: 参保率")
    check(by["月人均养老金水平"][4] == one(t, r"月人均养老金达到([\d.]+元)", src, "人均")[0], f"{src}: 人均养老金")
    check(by["选择200元及以上缴费档次人员比例"][4] == one(t, r"缴费档次的人员比例为([\d.]+%)", src, "档次")[0], f"{src}: 档次")
    check(by["参保群众满意度"][4] == one(t, r"参保群众满意度([\d.]+%)。", src, "满意度")[0], f"{src}: 满意度")


def v_changshun(t, src):
    ini, adv, cty = map(D, one(t, r"年初预算([\d.]+)万元，其中省级提前下达资金([\d.]+)万元（2023年12月下达）、县级配套资金([\d.]+)万元", src, "年初"))
    check(ini == adv + cty, f"{src}: 年初 parts")
    add, full, tx, jb = map(D, one(t, r"第二批创业担保贷款贴息及奖补资金([\d.]+)万元，全年预算调整为([\d.]+)万元，按用途分为贴息资金([\d.]+)万元、奖补资金([\d.]+)万元", src, "全年"))
    check(full == ini + add and full == tx + jb, f"{src}: 全年")
    spent_s, rate_s, bal_s = one(t, r"截至2024年12月31日，全年支出([\d.]+)万元，预算执行率([\d.]+%)，年末结余([\d.]+)万元", src, "执行")
    spent = D(spent_s)
    check(ok(rate_s, spent / full * 100), f"{src}: 执行率")
    check(D(bal_s) == full - spent, f"{src}: 结余")
    g = one(t, r"贴息资金([\d.]+)万元，按季度审核拨付，一至四季度分别拨付([\d.]+)万元、([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，季均([\d.]+)万元", src, "季度")
    q = list(map(D, g[1:5]))
    check(sum(q) == D(g[0]), f"{src}: 季度 sum")
    check(ok(g[5], sum(q) / 4), f"{src}: 季均")
    jb_b, jb_paid, jb_r = one(t, r"奖补资金安排([\d.]+)万元，实际拨付([\d.]+)万元，拨付率([\d.]+%)", src, "奖补")
    check(D(jb_b) == jb and ok(jb_r, D(jb_paid) / jb * 100), f"{src}: 奖补拨付率")
    check(D(g[0]) + D(jb_paid) == spent, f"{src}: 支出 = 贴息 + 奖补")
    app, appr, ar = one(t, r"受理创业担保贷款申请(\d+)笔，审核通过(\d+)笔，通过率([\d.]+%)", src, "通过率")
    check(ok(ar, D(appr) / D(app) * 100) and D(ar.rstrip("%")) <= 100, f"{src}: 通过率")
    tot, pn, pa, sn, sa, comp = one(t, r"新发放创业担保贷款(\d+)万元，其中个人创业担保贷款(\d+)笔(\d+)万元，小微企业(\d+)笔(\d+)万元，完成年度目标的([\d.]+%)", src, "贷款")
    check(D(pa) + D(sa) == D(tot), f"{src}: 贷款额")
    check(int(pn) + int(sn) == int(appr), f"{src}: 笔数")
    tgt_amt = D(one(t, r"新发放创业担保贷款(\d+)万元以上", src, "目标额")[0])
    check(ok(comp, D(tot) / tgt_amt * 100), f"{src}: 贷款完成率")
    check(one(t, r"全年扶持创业(\d+)笔", src, "扶持")[0] == appr, f"{src}: 扶持笔数")
    grp = list(map(int, one(t, r"返乡创业农民工(\d+)笔、高校毕业生(\d+)笔、脱贫人口(\d+)笔、退役军人及其他人员(\d+)笔", src, "群体")))
    check(sum(grp) == int(pn) and one(t, r"(\d+)笔个人贷款中", src, "个人笔")[0] == pn, f"{src}: 群体笔数")
    jobs, jr = one(t, r"共带动就业(\d+)人，完成率([\d.]+%)", src, "带动")
    tgt_jobs = D(one(t, r"带动就业(\d+)人以上", src, "带动目标")[0])
    check(ok(jr, D(jobs) / tgt_jobs * 100), f"{src}: 带动完成率")
    surv, surv_t, surv_s = one(t, r"占([\d.]+)%，低于(\d+)%的目标，按完成比例得([\d.]+)分", src, "存活")
    check(ok(surv_s, q2(15 * D(surv) / D(surv_t))), f"{src}: 存活率 score")
    s3 = one(t, r"满意度分别为([\d.]+)%、([\d.]+)%、([\d.]+)%，平均([\d.]+%)", src, "满意度")
    check(ok(s3[3], sum(map(D, s3[:3])) / 3), f"{src}: 平均满意度")
    exs = one(t, r"预算执行率[\d.]+%，得([\d.]+)分", src, "执行得分")[0]
    check(ok(exs, q2(10 * spent / full)), f"{src}: 执行得分")
    # indicator weights / scores narrated: "（N分）…得M分"
    items = re.findall(r"\d\.[^（\n]+（(\d+)分）。.*?得([\d.]+)分", t)
    wsum = sum(D(w) for w, _ in items)
    check(len(items) == 6 and wsum == 80, f"{src}: indicator weights {items}")
    for w, s in items:
        check(D(s) <= D(w), f"{src}: score above weight")
    out_w = one(t, r"（一）产出指标（(\d+)分）", src, "产出权重")[0]
    ben_w = one(t, r"（二）效益指标（(\d+)分）", src, "效益权重")[0]
    sat_w = one(t, r"（三）满意度指标（(\d+)分）", src, "满意度权重")[0]
    exe_w = one(t, r"（四）预算执行率（(\d+)分）", src, "执行权重")[0]
    check(sum(map(D, (out_w, ben_w, sat_w, exe_w))) == 100, f"{src}: 一级 weights")
    check(sum(D(w) for w, _ in items[:4]) == D(out_w) and sum(D(w) for w, _ in items[4:]) == D(ben_w), f"{src}: 二级 weights")
    out_s = one(t, r"以上产出指标合计得([\d.]+)分", src, "产出合计")[0]
    ben_s = one(t, r"以上效益指标合计得([\d.]+)分", src, "效益合计")[0]
    check(sum(D(s) for _, s in items[:4]) == D(out_s) and sum(D(s) for _, s in items[4:]) == D(ben_s), f"{src}: subtotal")
    sat_s = one(t, r"超过90%的目标，得([\d.]+)分", src, "满意度得分")[0]
    g = one(t, r"自评总分([\d.]+)分（预算执行率([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分、满意度指标([\d.]+)分），评价等级为“(.)”", src, "结论")
    check([D(x) for x in g[1:5]] == [D(exs), D(out_s), D(ben_s), D(sat_s)], f"{src}: 结论 parts")
    check(sum(map(D, g[1:5])) == D(g[0]) and g[5] == grade(g[0]), f"{src}: 总分/等级")


def v_kuandian(t, src):
    inc, fin, carry, oth = map(D, one(t, r"全年收入([\d.]+)万元，其中一般公共预算财政拨款([\d.]+)万元、上年结转([\d.]+)万元、其他收入([\d.]+)万元", src, "收入"))
    check(inc == fin + carry + oth, f"{src}: 收入 parts")
    g = one(t, r"全年支出([\d.]+)万元，其中基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元），项目支出([\d.]+)万元。年末结转结余([\d.]+)万元", src, "支出")
    sp, basic, pers, pub, proj, bal = map(D, g)
    check(sp == basic + proj and basic == pers + pub, f"{src}: 支出 parts")
    check(bal == inc - sp, f"{src}: 结转结余")
    tab = {r[0]: r for r in rows(t, {"合计", "基本支出", "其中：人员经费", "公用经费", "项目支出"}) if len(r) == 5}
    for k, r in tab.items():
        check(ok(r[4], D(r[3]) / D(r[2]) * 100), f"{src}: 执行率 {k}")
    for col in (1, 2, 3):
        c = lambda k: D(tab[k][col])
        check(c("合计") == c("基本支出") + c("项目支出"), f"{src}: 合计 col {col}")
        check(c("基本支出") == c("其中：人员经费") + c("公用经费"), f"{src}: 基本支出 col {col}")
    check(D(tab["合计"][2]) == inc and D(tab["合计"][3]) == sp and D(tab["项目支出"][3]) == proj
          and D(tab["基本支出"][3]) == basic and D(tab["其中：人员经费"][3]) == pers, f"{src}: table vs text")
    b3, a3, last, dec, hosp, car = one(t, r"预算([\d.]+)万元，实际支出([\d.]+)万元，比2017年的([\d.]+)万元下降([\d.]+%)，其中公务接待费([\d.]+)万元、公务用车运行维护费([\d.]+)万元", src, "三公")
    check(D(a3) <= D(b3) and ok(dec, (D(last) - D(a3)) / D(last) * 100) and D(hosp) + D(car) == D(a3), f"{src}: 三公")
    items = money_items(one(t, r"项目支出[\d.]+万元，其中：(.*?)。", src, "项目明细")[0])
    check(len(items) == 5 and sum(v for _, v in items) == proj, f"{src}: 项目明细 {items}")
    sc = re.findall(r"([\d.]+)分", one(t, r"自评得分分别为：(.*?)，平均得分", src, "项目得分")[0])
    avg = one(t, r"平均得分([\d.]+)分", src, "平均")[0]
    check(len(sc) == 5 and ok(avg, sum(map(D, sc)) / 5), f"{src}: 平均得分")
    check(all(D(x) >= 90 for x in sc), f"{src}: 均为优秀")
    staff, real, ctl = one(t, r"核定编制(\d+)人，实有在职人员(\d+)人，在职人员控制率([\d.]+%)", src, "人员")
    check(ok(ctl, D(real) / D(staff) * 100), f"{src}: 在职人员控制率")
    cases, closed, cr = one(t, r"受理劳动保障监察案件(\d+)件，结案(\d+)件，结案率([\d.]+%)", src, "结案")
    check(ok(cr, D(closed) / D(cases) * 100), f"{src}: 结案率")
    job, jr = one(t, r"城镇新增就业(\d+)人，完成市下达目标（\d+人）的([\d.]+%)", src, "就业")
    jt = one(t, r"目标（(\d+)人）", src, "就业目标")[0]
    check(ok(jr, D(job) / D(jt) * 100), f"{src}: 就业完成率")
    ind = rows(t, {"投入", "过程", "产出", "效益"})
    tw, ts = D(0), D(0)
    lvl = {}
    for r in ind:
        w, s = D(r[5]), D(r[6])
        tw += w
        ts += s
        lvl[r[0]] = lvl.get(r[0], D(0)) + w
        check(D(0) <= s <= w, f"{src}: score {r[2]}")
    check(tw == 100, f"{src}: weights {tw}")
    g = one(t, r"从投入（(\d+)分）、过程（(\d+)分）、产出（(\d+)分）、效益（(\d+)分）", src, "一级权重")
    check([D(x) for x in g] == [lvl["投入"], lvl["过程"], lvl["产出"], lvl["效益"]], f"{src}: 一级 weights {lvl}")
    tot = rows(t, {"合计"})
    tot = [r for r in tot if len(r) == 7][0]
    check(D(tot[5]) == 100 and D(tot[6]) == ts, f"{src}: 合计 {ts}")
    total, gr = one(t, r"自评得分([\d.]+)分，评价等级为(..)", src, "结论")
    check(D(total) == ts and gr[0] == grade(total), f"{src}: 结论")
    by = {r[2]: r for r in ind}
    check(by["预算执行率"][4] == tab["合计"][4] and ok(by["预算执行率"][6], q2(10 * sp / inc)), f"{src}: 执行率 row")
    check(by["在职人员控制率"][4] == ctl and by["劳动保障监察案件结案率"][4] == cr, f"{src}: rows vs text")
    check(ok(by["劳动保障监察案件结案率"][6], q2(10 * D(cr.rstrip("%")) / 98)), f"{src}: 结案率 score")
    check(by["城镇新增就业人数"][4] == f"{job}人", f"{src}: 就业 row")
    check(by["公益性岗位在岗人数"][4] == one(t, r"年末在岗(\d+人)", src, "在岗")[0], f"{src}: 在岗")
    check(by["城镇登记失业率"][4] == one(t, r"城镇登记失业率([\d.]+%)", src, "失业率")[0], f"{src}: 失业率")
    check(by["服务对象满意度"][4] == one(t, r"满意度([\d.]+%)。", src, "满意度")[0], f"{src}: 满意度")


VERIFY = {
    "xiangshui-jiuyebuzhu-2022": v_xiangshui,
    "wusheng-jinengtisheng-2021": v_wusheng,
    "lingshi-jumin-yanglao-2019": v_lingshi,
    "changshun-chuangdan-tiexi-2024": v_changshun,
    "kuandian-renshe-bumen-2018": v_kuandian,
}


def one_place(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j]


def main():
    labels = [json.loads(x) for x in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    names = sorted(os.listdir(CASES))
    check(sorted(l["case"] for l in labels) == names, "labels and case files differ")
    counts = {}
    for l in labels:
        text = read(l["case"])
        if l["clean"]:
            check(l["expected"] == [], f"{l['case']}: clean case with findings")
            n = len(text)
            check(3000 <= n <= 9000, f"{l['case']}: length {n}")
            continue
        clean = read(f"{l['source']}-clean.txt")
        check(len(l["expected"]) == 1, f"{l['case']}: one expected finding")
        for e in l["expected"]:
            check(e["value"] in text, f"{l['case']}: value not in case")
            check(e["severity"] == "error" and e["code"] in CODES, f"{l['case']}: code/severity")
            counts[e["code"]] = counts.get(e["code"], 0) + 1
        old, new = one_place(clean, text)
        check(0 < max(len(old), len(new)) <= 120, f"{l['case']}: diff region {old!r} -> {new!r}")
        check(old.count("\n") <= 1 and new.count("\n") <= 1, f"{l['case']}: diff spans more than two lines")
        for e in l["expected"]:
            # the value must cover the changed figure
            pos = [m.start() for m in re.finditer(re.escape(e["value"]), text)]
            i = len(os.path.commonprefix([clean, text]))
            check(any(p <= i + len(new) and i <= p + len(e["value"]) for p in pos), f"{l['case']}: value misses the change")
    for c in CODES:
        check(counts.get(c, 0) >= 2, f"code {c} occurs {counts.get(c, 0)} times")
    for src, fn in VERIFY.items():
        try:
            fn(read(f"{src}-clean.txt"), src)
        except (Missing, IndexError, KeyError) as ex:
            fail(f"{src}: {type(ex).__name__} {ex}")
    if FAIL:
        print("\n".join(FAIL))
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(counts.values())} injected errors, {len(counts)} codes")
    print("OK")


if __name__ == "__main__":
    main()
