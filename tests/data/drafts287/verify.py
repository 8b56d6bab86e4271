#!/usr/bin/env python3
"""Verify drafts287.

1. labels.jsonl: 5 clean + 30 error cases, codes from errors.md §A, each of the 13 codes at least twice,
   every label value occurs in its case.
2. Every error case differs from its clean draft in one place (one edit, or one pasted pair of adjacent
   table rows), and a label value overlaps the changed text.
3. The arithmetic of every clean draft is redone from the text (rates, sums, balances, weights, scores,
   grades, completion rates, averages, same quantity = same value, years, units), and every error case
   breaks at least one of these checks.
Prints OK at the end.   Usage: python3 verify.py [-v]
"""
import difflib
import json
import os
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
VERBOSE = "-v" in sys.argv

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]


class Fail(Exception):
    pass


# ---------------------------------------------------------------- helpers
def decs(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed, what=""):
    """stated: string as written; computed: Decimal. Tolerance from the stated decimals (rules §8)."""
    v = D(stated.strip().rstrip("%"))
    tol = D(5) / (D(10) ** (decs(stated) + 1)) + D("1e-9")
    if abs(D(computed) - v) > tol:
        raise Fail(f"{what}: stated {stated}, computed {D(computed).quantize(D('0.0001'), ROUND_HALF_UP)}")


def same(a, b, what=""):
    if D(str(a).rstrip("%")) != D(str(b).rstrip("%")):
        raise Fail(f"{what}: {a} != {b}")


def one(t, pat):
    m = re.findall(pat, t)
    if len(m) != 1:
        raise Fail(f"pattern found {len(m)}x: {pat}")
    return m[0]


def allm(t, pat):
    return re.findall(pat, t)


def grade_of(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


def pct(a, b):
    return D(a) / D(b) * 100


# ---------------------------------------------------------------- tables
NUM = re.compile(r"^(≥|≤)?(-?\d+(?:\.\d+)?)(.*)$")


def funds_table(t):
    """Return dict row-name -> cells of the 项目资金 block, plus the header."""
    lines = t.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("项目资金（万元）｜"):
            head = line.split("｜")
            rows = {}
            for l2 in lines[i + 1:i + 5]:
                c = l2.split("｜")
                key = c[0].replace("其中：", "")
                rows[key] = dict(zip(head[1:], c[1:]))
            return rows
    return None


def indicator_table(t):
    """Return (header, rows, total_row) of the indicator block."""
    lines = t.split("\n")
    for i, line in enumerate(lines):
        c = line.split("｜")
        if "三级指标" in c and "分值" in c and "得分" in c:
            head = c
            rows, total = [], None
            for l2 in lines[i + 1:]:
                if "｜" not in l2:
                    break
                cc = l2.split("｜")
                d = dict(zip(head, cc))
                if cc[0] in ("总分", "合计"):
                    total = d
                    break
                rows.append(d)
            return head, rows, total
    raise Fail("no indicator table")


def n(x):
    x = x.strip()
    return D(0) if x in ("", "—", "-") else D(x.rstrip("%"))


def check_funds(t):
    f = funds_table(t)
    if f is None:
        raise Fail("no funds table")
    tot = f["年度资金总额"]
    for col in ("年初预算数", "全年预算数", "全年执行数"):
        s = sum(n(f[k][col]) for k in ("当年财政拨款", "上年结转资金", "其他资金"))
        close(tot[col], s, f"funds column {col} sum")
    b, e = n(tot["全年预算数"]), n(tot["全年执行数"])
    close(tot["执行率"], pct(e, b), "funds 执行率")
    if e > b:
        raise Fail("execution above budget")
    w = n(tot["分值"])
    s = tot["得分"]
    ok = False
    for r in (min(e / b, D(1)), min(n(tot["执行率"]) / 100, D(1))):
        try:
            close(s, w * r, "execution score")
            ok = True
        except Fail:
            pass
    if not ok:
        raise Fail("execution score")
    for k in ("当年财政拨款", "上年结转资金", "其他资金"):
        r = f[k]
        if r["执行率"].strip() not in ("—", ""):
            base = n(r["全年预算数"])
            if base == 0:
                raise Fail(f"rate on zero base in row {k}")
            close(r["执行率"], pct(n(r["全年执行数"]), base), f"rate row {k}")
    return w, n(s)


def direction(target):
    m = NUM.match(target.strip())
    if not m:
        return None
    sign, val, unit = m.groups()
    return ("gte" if sign == "≥" else "lte" if sign == "≤" else ("eq0" if D(val) == 0 else "gte")), D(val), unit


def check_indicators(t, extra_w=D(0), extra_s=D(0)):
    head, rows, total = indicator_table(t)
    tcol = "年度指标值" if "年度指标值" in head else "指标值"
    sw, ss = extra_w, extra_s
    levels = defaultdict(lambda: [D(0), D(0)])
    for r in rows:
        w, s = n(r["分值"]), n(r["得分"])
        if s > w or s < 0:
            raise Fail(f"score {s} outside [0, {w}] in {r['三级指标']}")
        sw += w
        ss += s
        levels[r[head[0]]][0] += w
        levels[r[head[0]]][1] += s
    close(total["分值"], sw, "weights total")
    same(total["分值"], 100, "weights = 100")
    close(total["得分"], ss, "score total")
    for r in rows:
        w = n(r["分值"])
        d = direction(r[tcol])
        am = NUM.match(r["实际完成值"].strip())
        if d is None:  # qualitative
            continue
        kind, T, unit = d
        if not am or am.group(1):
            if r["实际完成值"].startswith("下降") and kind == "lte" and T == 0:
                continue  # 三公经费变动率 ≤0, actual "下降x%"
            raise Fail(f"actual not numeric in {r['三级指标']}")
        A, aunit = D(am.group(2)), am.group(3)
        if unit and aunit != unit:
            raise Fail(f"unit {aunit!r} vs {unit!r} in {r['三级指标']}")
        if unit == "%" and A > 100:
            raise Fail(f"percentage above 100 in {r['三级指标']}")
        if kind == "gte":
            comp, exp = pct(A, T), w * min(A / T, D(1))
        elif kind == "lte":
            comp = D(100) if A <= T else pct(T, A)
            exp = w if A <= T else w * T / A
        else:
            comp, exp = None, (w if A == 0 else D(0))
        close(r["得分"], exp, f"score rule {r['三级指标']}")
        if "完成率" in r and comp is not None:
            close(r["完成率"], comp, f"completion {r['三级指标']}")
    return rows, total, levels


def table_actual(t, name):
    _, rows, _ = indicator_table(t)
    for r in rows:
        if r["三级指标"] == name:
            return r["实际完成值"]
    raise Fail(f"row {name} missing")


# ---------------------------------------------------------------- per project
def chk_huilai(t):
    y = 2023
    a, add, co, tot = one(t, r"年初预算([\d.]+)万元，年中县财政追加智慧矫正中心升级经费([\d.]+)万元，加上上年结转资金([\d.]+)万元，全年预算数为([\d.]+)万元")
    close(tot, D(a) + D(add) + D(co), "全年预算 = 年初 + 追加 + 结转")
    sp, *parts, rate = one(t, r"全年实际支出([\d.]+)万元，其中教育帮扶([\d.]+)万元、电子定位及信息化监管([\d.]+)万元、购买社会工作服务([\d.]+)万元、培训及办公([\d.]+)万元，预算执行率([\d.]+%)")
    close(sp, sum(D(p) for p in parts), "spending parts")
    close(rate, pct(sp, tot), "prose 执行率")
    close(one(t, r"未执行的([\d.]+)万元"), D(tot) - D(sp), "unspent")
    cy = one(t, r"按规定结转至(\d{4})年")
    if int(cy) <= y:
        raise Fail("carry-over year")
    if one(t, r"(\d{4})年度项目支出绩效自评表") != str(y):
        raise Fail("table year")
    w, s = check_funds(t)
    f = funds_table(t)
    same(f["年度资金总额"]["全年预算数"], tot, "table 全年预算 vs text")
    same(f["年度资金总额"]["全年执行数"], sp, "table 执行数 vs text")
    same(f["年度资金总额"]["执行率"], rate, "table 执行率 vs text")
    same(f["年度资金总额"]["年初预算数"], a, "table 年初 vs text")
    same(f["上年结转资金"]["全年预算数"], co, "table 结转 vs text")
    same(f["当年财政拨款"]["全年预算数"], D(a) + D(add), "table 当年拨款 vs text")
    rows, total, lv = check_indicators(t, w, s)
    # text vs table
    edu, edu_t, edu_d = one(t, r"集中教育学习(\d+)次，比年度目标（(\d+)次）多(\d+)次")
    same(edu_d, D(edu) - D(edu_t), "集中教育 over target")
    same(edu, table_actual(t, "社区矫正对象集中教育学习").rstrip("次"), "集中教育")
    same(one(t, r"心理评估(\d+)人次"), table_actual(t, "社区矫正对象心理评估").rstrip("人次"), "心理评估")
    same(one(t, r"在线率([\d.]+)%"), table_actual(t, "电子定位设备在线率"), "在线率")
    due, paid, timely = one(t, r"应支付社工服务费(\d+)笔，按期支付(\d+)笔，及时率([\d.]+%)")
    close(timely, pct(paid, due), "及时率")
    same(timely, table_actual(t, "社工服务费按期支付率"), "及时率 table")
    pop = one(t, r"按年均在册(\d+)人计算，人均监管教育成本(\d+)元")
    close(pop[1], D(sp) * 10000 / D(pop[0]), "人均成本")
    same(pop[1], table_actual(t, "人均监管教育成本").split("元")[0], "人均成本 table")
    same(one(t, r"年均在册社区矫正对象(\d+)人"), pop[0], "在册人数")
    r1 = one(t, r"再犯罪1人，再犯罪率([\d.]+%)")
    close(r1, pct(1, pop[0]), "再犯罪率")
    same(r1, table_actual(t, "社区矫正对象再犯罪率"), "再犯罪率 table")
    q, ok, sat = one(t, r"发放问卷(\d+)份，满意和基本满意的(\d+)份，满意度([\d.]+%)")
    close(sat, pct(ok, q), "满意度")
    same(sat, table_actual(t, "社区矫正对象及家属满意度"), "满意度 table")
    e, o, b, m, total_s, g = one(t, r"预算执行率得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分，自评总分([\d.]+)分，评价等级为“(.)”")
    close(total_s, D(e) + D(o) + D(b) + D(m), "text score total")
    same(e, s, "text execution score")
    same(o, lv["产出指标"][1], "text 产出")
    same(b, lv["效益指标"][1], "text 效益")
    same(m, lv["满意度指标"][1], "text 满意度")
    same(total_s, total["得分"], "text total vs table total")
    if g != grade_of(total_s):
        raise Fail("grade")


def chk_pingli(t):
    y = 2021
    a = one(t, r"年初县级财政预算安排([\d.]+)万元")
    c, p, tot = one(t, r"中央法律援助专项补助([\d.]+)万元、省级法律援助补助([\d.]+)万元下达我县，全年预算数调整为([\d.]+)万元")
    close(tot, D(a) + D(c) + D(p), "全年预算")
    sp, rate, sub, cnt, avg, duty, pr, off, bal, b1, b2 = one(
        t, r"全年支出([\d.]+)万元，执行率([\d.]+%)。其中：发放案件补贴([\d.]+)万元（(\d+)件，件均补贴(\d+)元）；值班律师补贴([\d.]+)万元；法律援助宣传及业务培训([\d.]+)万元；办案差旅及办公([\d.]+)万元。年末结转资金([\d.]+)万元，其中已办结待发放的案件补贴([\d.]+)万元、11月下达的中央和省级补助中尚未使用的([\d.]+)万元")
    close(rate, pct(sp, tot), "执行率")
    close(sp, D(sub) + D(duty) + D(pr) + D(off), "spending parts")
    close(avg, D(sub) * 10000 / D(cnt), "件均补贴")
    close(bal, D(tot) - D(sp), "结转 = 预算 - 支出")
    close(bal, D(b1) + D(b2), "结转 parts")
    if int(one(t, r"已按规定结转至(\d{4})年使用")) <= y:
        raise Fail("carry-over year")
    if one(t, r"项目支出绩效自评表（(\d{4})年度）") != str(y):
        raise Fail("table year")
    done, cr, cv, ad = one(t, r"办结(\d+)件，其中刑事案件(\d+)件、民事案件(\d+)件、行政案件(\d+)件")
    same(done, D(cr) + D(cv) + D(ad), "case types")
    prev, inc = one(t, r"较2020年的(\d+)件增加(\d+)件")
    same(inc, D(done) - D(prev), "increase on 2020")
    *qs, qavg = one(t, r"分别办结(\d+)件、(\d+)件、(\d+)件、(\d+)件，平均每季度办结(\d+)件")
    same(done, sum(D(x) for x in qs), "quarters sum")
    close(qavg, sum(D(x) for x in qs) / 4, "quarter average")
    short, comp = one(t, r"办结数比年度目标少(\d+)件，完成率([\d.]+%)")
    tgt = one(t, r"全年办结法律援助案件不少于(\d+)件")
    same(short, D(tgt) - D(done), "shortfall")
    close(comp, pct(done, tgt), "办结完成率")
    late = one(t, r"加之(\d+)件已办结案件的补贴审查延至次年")
    same(late, D(done) - D(cnt), "late cases")
    close(b1, D(late) * D(avg) / 10000, "待发放补贴")
    hh, hc = one(t, r"值班律师全年提供法律帮助(\d+)人次，完成年度目标的([\d.]+%)")
    close(hc, pct(hh, one(t, r"值班律师提供法律帮助不少于(\d+)人次")), "值班完成率")
    ck, okc, qr = one(t, r"抽查评查(\d+)件，合格(\d+)件，合格率([\d.]+%)")
    close(qr, pct(okc, ck), "合格率")
    rv, sv, sat = one(t, r"电话回访(\d+)人，满意的(\d+)人，满意度([\d.]+%)")
    close(sat, pct(sv, rv), "满意度")
    w, s = check_funds(t)
    f = funds_table(t)
    same(f["年度资金总额"]["全年预算数"], tot, "table budget")
    same(f["年度资金总额"]["全年执行数"], sp, "table spent")
    same(f["年度资金总额"]["年初预算数"], a, "table 年初")
    same(f["年度资金总额"]["执行率"], rate, "table rate")
    rows, total, lv = check_indicators(t, w, s)
    same(table_actual(t, "办结法律援助案件数").rstrip("件"), done, "办结 table")
    same(table_actual(t, "值班律师提供法律帮助").rstrip("人次"), hh, "值班 table")
    same(table_actual(t, "案件质量评查合格率"), qr, "合格率 table")
    close(table_actual(t, "案件补贴发放及时率"), pct(cnt, done), "及时率 = 已发放/办结")
    same(table_actual(t, "为受援人挽回或获得经济利益").rstrip("万元"), one(t, r"获得经济利益([\d.]+)万元"), "经济利益")
    same(table_actual(t, "法律援助知晓率"), one(t, r"知晓率抽样调查结果为([\d.]+%)"), "知晓率")
    same(table_actual(t, "受援人满意度"), sat, "满意度 table")
    e, o, b, m, tt, g = one(t, r"预算执行率得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分，自评得分([\d.]+)分，等级为“(.)”")
    close(tt, D(e) + D(o) + D(b) + D(m), "text total")
    same(e, s, "text exec score")
    same(o, lv["产出指标"][1], "text 产出")
    same(b, lv["效益指标"][1], "text 效益")
    same(m, lv["满意度指标"][1], "text 满意度")
    same(tt, total["得分"], "text vs table total")
    if g != grade_of(tt):
        raise Fail("grade")


def chk_dongliao(t):
    y = 2019
    a, ab, ap = one(t, r"年初部门预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元")
    close(a, D(ab) + D(ap), "年初 parts")
    ad, ad1, ad2 = one(t, r"年中追加([\d.]+)万元，其中人员调资([\d.]+)万元、人民调解“以案定补”经费([\d.]+)万元")
    close(ad, D(ad1) + D(ad2), "追加 parts")
    tot, tb, tp = one(t, r"调整后全年预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元")
    close(tot, D(tb) + D(tp), "全年 parts")
    close(tot, D(a) + D(ad), "全年 = 年初 + 追加")
    close(tb, D(ab) + D(ad1), "基本 = 年初基本 + 调资")
    close(tp, D(ap) + D(ad2), "项目 = 年初项目 + 以案定补")
    sp, rate = one(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+%)")
    close(rate, pct(sp, tot), "部门执行率")
    sb, spj, prate = one(t, r"其中基本支出([\d.]+)万元，全部执行；项目支出([\d.]+)万元，执行率([\d.]+%)")
    same(sb, tb, "基本支出全部执行")
    close(sp, D(sb) + D(spj), "执行 parts")
    close(prate, pct(spj, tp), "项目执行率")
    bal = one(t, r"全年结余([\d.]+)万元")
    close(bal, D(tot) - D(sp), "结余")
    close(bal, D(tp) - D(spj), "结余 = 项目结余")
    if one(t, r"截至(\d{4})年12月31日") != str(y):
        raise Fail("截至 year")
    if one(t, r"(\d{4})年度部门整体支出绩效自评表") != str(y):
        raise Fail("table year")
    g1, g0, gd = one(t, r"“三公”经费支出([\d.]+)万元，比\d{4}年的([\d.]+)万元下降([\d.]+%)")
    close(gd, (D(g0) - D(g1)) / D(g0) * 100, "三公 下降")
    # project table
    lines = t.split("\n")
    i = lines.index("项目名称｜年初预算数｜全年预算数｜执行数｜执行率")
    sums = [D(0)] * 3
    for line in lines[i + 1:]:
        c = line.split("｜")
        if c[0] == "合计":
            for k in range(3):
                close(c[k + 1], sums[k], f"project table column {k + 1} sum")
            close(c[4], pct(c[3], c[2]), "合计 rate")
            same(c[1], ap, "合计 年初 vs text")
            same(c[2], tp, "合计 全年 vs text")
            same(c[3], spj, "合计 执行 vs text")
            same(c[4], prate, "合计 rate vs text")
            break
        for k in range(3):
            sums[k] += D(c[k + 1])
        close(c[4], pct(c[3], c[2]), f"rate {c[0]}")
        if D(c[3]) > D(c[2]):
            raise Fail("over budget")
        if "以案定补" in c[0]:
            close(c[2], D(c[1]) + D(ad2), "以案定补 全年 = 年初 + 追加")
    staff_b, staff = one(t, r"核定编制(\d+)名，实有在职人员(\d+)人")
    rows, total, lv = check_indicators(t)
    same(table_actual(t, "预算执行率"), rate, "table 执行率")
    close(table_actual(t, "在职人员控制率"), pct(staff, staff_b), "在职人员控制率")
    close(table_actual(t, "结转结余率"), pct(bal, tot), "结转结余率")
    if table_actual(t, "“三公”经费变动率") != "下降" + gd:
        raise Fail("三公 table vs text")
    pop = one(t, r"社区矫正对象年均(\d+)人")
    rr = one(t, r"再犯罪1人，再犯罪率([\d.]+%)")
    close(rr, pct(1, pop), "再犯罪率")
    same(rr, table_actual(t, "社区矫正对象再犯罪率"), "再犯罪率 table")
    r0, r1, rr2 = one(t, r"刑满释放人员信息(\d+)人，衔接(\d+)人，衔接率([\d.]+%)")
    close(rr2, pct(r1, r0), "衔接率")
    same(rr2, table_actual(t, "刑满释放人员衔接率"), "衔接率 table")
    m0, m1, mr = one(t, r"调处矛盾纠纷(\d+)件，调解成功(\d+)件，成功率([\d.]+%)")
    close(mr, pct(m1, m0), "调解成功率")
    same(mr, table_actual(t, "人民调解成功率"), "成功率 table")
    same(m0, table_actual(t, "人民调解案件调处数").rstrip("件"), "调处 table")
    same(one(t, r"普法宣传活动(\d+)场次，"), table_actual(t, "普法宣传活动").rstrip("场次"), "普法 table")
    same(one(t, r"接待群众咨询(\d+)人次"), table_actual(t, "公共法律服务中心接待咨询").rstrip("人次"), "咨询 table")
    q0, q1, qs = one(t, r"发放问卷(\d+)份，满意和基本满意的(\d+)份，满意度([\d.]+%)")
    close(qs, pct(q1, q0), "满意度")
    same(qs, table_actual(t, "群众满意度"), "满意度 table")
    i_, p_, o_, b_, tt, g = one(t, r"投入指标得([\d.]+)分，过程指标得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，合计([\d.]+)分，自评等级为“(.)”")
    close(tt, D(i_) + D(p_) + D(o_) + D(b_), "text total")
    same(i_, lv["投入"][1], "投入")
    same(p_, lv["过程"][1], "过程")
    same(o_, lv["产出"][1], "产出")
    same(b_, lv["效益"][1], "效益")
    same(tt, total["得分"], "text vs table total")
    if g != grade_of(tt):
        raise Fail("grade")


def chk_langxi(t):
    y = 2020
    a = one(t, r"年初县级财政预算安排([\d.]+)万元")
    ad, tot = one(t, r"省级公共法律服务体系建设补助资金([\d.]+)万元下达我县，全年预算数为([\d.]+)万元")
    close(tot, D(a) + D(ad), "全年预算")
    cy, sp, rate = one(t, r"截至(\d{4})年12月31日，项目实际支出([\d.]+)万元，预算执行率([\d.]+%)")
    if cy != str(y):
        raise Fail("截至 year")
    close(rate, pct(sp, tot), "执行率")
    parts = one(t, r"购买律师值班服务([\d.]+)万元，12348热线坐席及平台运维([\d.]+)万元，设备购置([\d.]+)万元，宣传资料及培训([\d.]+)万元")
    close(sp, sum(D(x) for x in parts), "spending parts")
    bal, by = one(t, r"相应资金([\d.]+)万元结转至(\d{4})年")
    close(bal, D(tot) - D(sp), "结转")
    if int(by) <= y:
        raise Fail("carry-over year")
    if one(t, r"（(\d{4})年度）") != str(y):
        raise Fail("table year")
    days, pd, std = one(t, r"全年律师值班(\d+)天，每个工作日安排1至2名律师，累计(\d+)人·天，按每人·天(\d+)元")
    close(parts[0], D(pd) * D(std) / 10000, "值班补贴 = 人·天 × 标准")
    v, vt, vc = one(t, r"接待群众来访咨询(\d+)人次，完成年度目标(\d+)人次的([\d.]+%)")
    close(vc, pct(v, vt), "咨询完成率")
    h, hc = one(t, r"接听解答(\d+)个，完成年度目标的([\d.]+%)")
    close(hc, pct(h, one(t, r"12348热线接听解答不少于(\d+)个")), "热线完成率")
    q0, q1, qr = one(t, r"抽查(\d+)条，解答准确的(\d+)条，准确率([\d.]+%)")
    close(qr, pct(q1, q0), "准确率")
    z0, z1, zr = one(t, r"计划改造的(\d+)个功能区完成(\d+)个，按期完成率(\d+%)")
    close(zr, pct(z1, z0), "改造完成率")
    same(one(t, r"完成剩余(\d+)个功能区改造"), D(z0) - D(z1), "剩余功能区")
    d0, d1, dr = one(t, r"受理矛盾纠纷(\d+)件，化解(\d+)件，化解率([\d.]+%)")
    close(dr, pct(d1, d0), "化解率")
    s0, s1, sr = one(t, r"测评表(\d+)份，满意的(\d+)份，满意度([\d.]+%)")
    close(sr, pct(s1, s0), "满意度")
    w, s = check_funds(t)
    f = funds_table(t)
    same(f["年度资金总额"]["全年预算数"], tot, "table budget")
    same(f["年度资金总额"]["全年执行数"], sp, "table spent")
    same(f["年度资金总额"]["年初预算数"], a, "table 年初")
    same(f["年度资金总额"]["执行率"], rate, "table rate")
    rows, total, lv = check_indicators(t, w, s)
    same(table_actual(t, "中心接待来访咨询").rstrip("人次"), v, "咨询 table")
    same(table_actual(t, "12348热线接听解答").rstrip("个"), h, "热线 table")
    same(table_actual(t, "律师值班天数").rstrip("天"), days, "值班 table")
    same(table_actual(t, "法律咨询解答准确率"), qr, "准确率 table")
    same(table_actual(t, "功能区改造按期完成率"), zr, "改造 table")
    same(table_actual(t, "律师值班补贴标准").split("元")[0], std, "标准 table")
    same(table_actual(t, "中心受理矛盾纠纷化解率"), dr, "化解率 table")
    same(table_actual(t, "来访群众满意度"), sr, "满意度 table")
    e, o, b, m, tt, g = one(t, r"本项目预算执行得([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分、满意度([\d.]+)分，自评总分([\d.]+)分，自评等级为“(.)”")
    close(tt, D(e) + D(o) + D(b) + D(m), "text total")
    same(e, s, "text exec")
    same(o, lv["产出指标"][1], "text 产出")
    same(b, lv["效益指标"][1], "text 效益")
    same(m, lv["满意度指标"][1], "text 满意度")
    same(tt, total["得分"], "text vs table total")
    if g != grade_of(tt):
        raise Fail("grade")


def chk_lincang(t):
    y = 2024
    a, tot = one(t, r"本项目2024年年初预算([\d.]+)万元，均为市级财政拨款，年中未作调整，全年预算数([\d.]+)万元")
    same(a, tot, "未调整 => 年初 = 全年")
    sp, rate, bal = one(t, r"全年实际支出([\d.]+)万元，执行率([\d.]+%)，结余([\d.]+)万元")
    close(rate, pct(sp, tot), "执行率")
    close(bal, D(tot) - D(sp), "结余")
    sub, pt, std, tr, pr, oth = one(t, r"人民监督员履职补助([\d.]+)万元，按(\d+)人次、每人次(\d+)元标准发放；履职培训([\d.]+)万元；选任公告及资料印制([\d.]+)万元；交通、座谈等工作经费([\d.]+)万元")
    close(sp, D(sub) + D(tr) + D(pr) + D(oth), "spending parts")
    close(sub, D(pt) * D(std) / 10000, "补助 = 人次 × 标准")
    same(one(t, r"每人次不超过(\d+)元"), std, "补助标准")
    r2, s2 = one(t, r"全年预算执行率([\d.]+%)，按执行率计算得([\d.]+)分")
    same(r2, rate, "执行率 restated")
    close(s2, D(10) * min(D(sp) / D(tot), D(1)), "execution score")
    for yy in allm(t, r"(\d{4})年12月31日"):
        if yy != str(y):
            raise Fail("year-end date")
    first = one(t, r"2024年共组织人民监督员参加监督活动(\d+)件次")
    tot_act, p1, p2, p3, comp = one(t, r"全年组织人民监督员参加各类监督活动(\d+)件次，其中公开听证(\d+)件次、巡回检察和案件质量评查(\d+)件次、其他监督活动(\d+)件次，完成年度目标的([\d.]+%)")
    same(first, tot_act, "活动件次 一 vs 三")
    same(one(t, r"。(\d+)件次监督活动的人员全部通过信息库随机抽选"), tot_act, "活动件次 质量指标")
    same(tot_act, D(p1) + D(p2) + D(p3), "活动 parts")
    tgt = one(t, r"参加监督活动不少于(\d+)件次")
    close(comp, pct(tot_act, tgt), "活动完成率")
    *tn, tavg = one(t, r"参训人数分别为(\d+)人、(\d+)人、(\d+)人，平均每期(\d+)人")
    close(tavg, sum(D(x) for x in tn) / len(tn), "培训平均")
    same(one(t, r"举办人民监督员履职培训(\d+)期"), len(tn), "培训期数")
    if max(D(x) for x in tn) > D(one(t, r"在任人民监督员(\d+)名")):
        raise Fail("trainees above members")
    o0, o1, orate, ocomp = one(t, r"提出监督意见和建议(\d+)条，检察机关采纳(\d+)条，采纳率([\d.]+%)，为目标值的([\d.]+%)")
    otgt = one(t, r"采纳的比例不低于(\d+)%")
    close(orate, pct(o1, o0), "采纳率")
    close(ocomp, pct(D(orate.rstrip('%')), otgt), "采纳率完成率")
    close(one(t, r"采纳率比目标低([\d.]+)个百分点"), D(otgt) - D(orate.rstrip("%")), "百分点差")
    sat = one(t, r"总体满意度为([\d.]+%)")
    if D(sat.rstrip("%")) > 100:
        raise Fail("satisfaction above 100%")
    items = [(D(w), D(s)) for w, s in allm(t, r"该项分值(\d+)分，得([\d.]+)分")]
    if len(items) != 7:
        raise Fail("item scores")
    for w, s in items:
        if s > w:
            raise Fail("item score above weight")
    close(str(items[6][1]), D(10) if D(sat.rstrip('%')) >= 90 else D(10) * D(sat.rstrip('%')) / 90, "满意度 score")
    close(str(items[0][1]), items[0][0] * min(D(tot_act) / D(tgt), D(1)), "活动 score")
    close(str(items[4][1]), items[4][0] * min(D(orate.rstrip('%')) / D(otgt), D(1)), "采纳率 score")
    lvl = allm(t, r"（[一二三四]）(产出指标|效益指标|满意度指标|预算执行率)（分值(\d+)分，得([\d.]+)分）")
    lv = {k: (D(w), D(s)) for k, w, s in lvl}
    if len(lv) != 4:
        raise Fail("level headings")
    same(lv["产出指标"][0], sum(w for w, _ in items[:4]), "产出 weights")
    same(lv["产出指标"][1], sum(s for _, s in items[:4]), "产出 scores")
    same(lv["效益指标"][0], sum(w for w, _ in items[4:6]), "效益 weights")
    same(lv["效益指标"][1], sum(s for _, s in items[4:6]), "效益 scores")
    same(lv["满意度指标"][0], items[6][0], "满意度 weight")
    same(lv["满意度指标"][1], items[6][1], "满意度 score")
    same(lv["预算执行率"][1], s2, "执行 score")
    same(sum(w for w, _ in lv.values()), 100, "weights 100")
    e, o, b, m, tt, g = one(t, r"本项目预算执行率得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分，自评总分([\d.]+)分，等级为“(.)”")
    same(e, lv["预算执行率"][1], "结论 执行")
    same(o, lv["产出指标"][1], "结论 产出")
    same(b, lv["效益指标"][1], "结论 效益")
    same(m, lv["满意度指标"][1], "结论 满意度")
    close(tt, D(e) + D(o) + D(b) + D(m), "text total")
    if g != grade_of(tt):
        raise Fail("grade")


CHECKS = {
    "gd-huilai-correction-2023": chk_huilai,
    "sn-pingli-legalaid-2021": chk_pingli,
    "jl-dongliao-sifaju-2019": chk_dongliao,
    "ah-langxi-gonggongfalv-2020": chk_langxi,
    "yn-lincang-renminjianduyuan-2024": chk_lincang,
}


def run_checks(source, text):
    try:
        CHECKS[source](text)
        return None
    except Fail as exc:
        return str(exc)
    except (KeyError, ValueError, ArithmeticError, IndexError, TypeError) as exc:
        return f"{type(exc).__name__}: {exc}"


def changed_region(clean, err):
    ops = [op for op in difflib.SequenceMatcher(None, clean, err, autojunk=False).get_opcodes() if op[0] != "equal"]
    if not ops:
        return None
    return ops, ops[0][3], ops[-1][4]


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != names:
        problems.append("labels and case files differ")
    clean = [r for r in labels if r["clean"]]
    err = [r for r in labels if not r["clean"]]
    if len(clean) != 5 or len(err) != 30:
        problems.append(f"{len(clean)} clean, {len(err)} error cases")
    codes = Counter(e["code"] for r in err for e in r["expected"])
    for c in CODES:
        if codes[c] < 2:
            problems.append(f"code {c} used {codes[c]}x")
    for c in codes:
        if c not in CODES:
            problems.append(f"unknown code {c}")
    texts = {n_: open(os.path.join(CASES, n_), encoding="utf-8").read() for n_ in names}
    for r in clean:
        t = texts[r["case"]]
        if not 3000 <= len(t) <= 9000:
            problems.append(f"{r['case']}: length {len(t)}")
        if r["expected"]:
            problems.append(f"{r['case']}: clean case with expected findings")
        msg = run_checks(r["source"], t)
        if msg:
            problems.append(f"{r['case']}: arithmetic check failed: {msg}")
        elif VERBOSE:
            print(f"{r['case']}: {len(t)} chars, all checks pass")
    for r in err:
        t = texts[r["case"]]
        c = texts[r["source"] + "-clean.txt"]
        if len(r["expected"]) != 1:
            problems.append(f"{r['case']}: expected {len(r['expected'])} labels")
        reg = changed_region(c, t)
        if reg is None:
            problems.append(f"{r['case']}: identical to clean")
            continue
        ops, s, e = reg
        if t[s:e].count("\n") > 1 or e - s > 120:
            problems.append(f"{r['case']}: change not in one place ({len(ops)} edits over {e - s} chars)")
        for exp in r["expected"]:
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), t)]
            if not occ:
                problems.append(f"{r['case']}: value not found: {v!r}")
            elif not any(o < max(e, s + 1) and s < o + len(v) for o in occ):
                problems.append(f"{r['case']}: value does not overlap the change: {v!r}")
            if exp["severity"] != "error":
                problems.append(f"{r['case']}: severity")
        msg = run_checks(r["source"], t)
        if msg is None:
            problems.append(f"{r['case']}: no arithmetic check fails")
        elif VERBOSE:
            print(f"{r['case']}: [{r['expected'][0]['code']}] fails: {msg}")
    for p in problems:
        print("PROBLEM", p)
    if problems:
        sys.exit(1)
    print(f"{len(labels)} cases ({len(clean)} clean, {len(err)} with one error); codes: "
          + ", ".join(f"{c} {codes[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
