#!/usr/bin/env python3
"""Verify drafts253.

1. Every label value occurs in its case (and, for error cases, not in the clean draft, so it
   carries the injected figure); every error case differs from its clean draft in one place.
2. Coverage: 5 clean drafts, 6 error cases each, each of the 13 codes at least twice.
3. The arithmetic of every clean draft is redone from the text itself (tables parsed, figures
   pulled from the prose by pattern): rates, sums, balances, weights, scores, grades,
   completion rates, averages, and cross-checks of figures stated twice.

Tolerance follows rules.md §8: a stated value with d decimals matches a computed one when
|c - v| <= 0.5 * 10^-d; scores follow rules.md §5 (gte / lte / eq-zero / dates).
Prints OK at the end, or the list of failures and exits 1.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
FAIL = []


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers
def D(s):
    return Decimal(str(s).replace(",", "").replace("%", "").strip())


def ndec(s):
    s = str(s).replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed, what):
    """stated: string as printed; computed: Decimal. rules.md §8 tolerance."""
    v = D(stated)
    tol = Decimal("0.5") * (Decimal(10) ** -ndec(stated)) + Decimal("1e-9")
    if abs(Decimal(computed) - v) > tol:
        fail(f"{what}: stated {stated}, computed {Decimal(computed):.4f}")


def eq(a, b, what):
    if D(a) != D(b):
        fail(f"{what}: {a} != {b}")


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def pct(a, b):
    return D(a) / D(b) * 100


def grade_of(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def one(text, pattern, what):
    """The single match of a regex (group 1) in text."""
    m = re.findall(pattern, text)
    if len(m) != 1:
        fail(f"{what}: pattern {pattern!r} matched {len(m)} times")
        return "0"
    return m[0]


def row(text, prefix, what=None, ncells=None):
    lines = [l for l in text.split("\n") if l.startswith(prefix)
             and (ncells is None or len(l.split("｜")) == ncells)]
    if len(lines) != 1:
        fail(f"{what or prefix}: {len(lines)} table lines start with {prefix!r}")
        return [""] * 12
    return lines[0].split("｜")


# ---------------------------------------------------------------- indicator scoring (rules.md §5)
NUM = re.compile(r"(\d+(?:\.\d+)?)")
DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def unit_of(s):
    s = re.sub(r"^[≥≤＞＜=＝]", "", s.strip())
    return NUM.sub("", s, count=1).replace("前", "").strip()


def expected_score(target, actual, weight, what):
    """Return (completion % or None, score) under rules.md §5; fail on unit mismatch."""
    w = D(weight)
    t, a = target.strip(), actual.strip()
    if DATE.search(t):
        dt, da = DATE.search(t).groups(), DATE.search(a)
        if not da:
            fail(f"{what}: date target, actual {a!r} is not a date")
            return None, Decimal(0)
        ok = tuple(map(int, da.groups())) <= tuple(map(int, dt))
        return None, (w if ok else Decimal(0))
    if unit_of(t) != unit_of(a):
        fail(f"{what}: unit of target {t!r} and actual {a!r} differ")
        return None, Decimal(0)
    T, A = D(NUM.search(t).group(1)), D(NUM.search(a).group(1))
    if t.startswith("≤"):
        comp = Decimal(100) if A <= T else T / A * 100
    elif T == 0:
        return None, (w if A <= 0 else Decimal(0))
    else:  # ≥ or bare value / 100% target: scored like gte
        comp = A / T * 100
    return comp, w * min(comp, Decimal(100)) / 100


def check_indicator(target, actual, weight, score, what, completion=None):
    if D(score) > D(weight):
        fail(f"{what}: score {score} above weight {weight}")
    comp, exp = expected_score(target, actual, weight, what)
    close(score, r2(exp), f"{what} score")
    if completion is not None and completion not in ("—", ""):
        if comp is None:
            fail(f"{what}: completion {completion} printed where none is defined")
        else:
            close(completion, comp, f"{what} completion")
    if comp is not None and comp < 100 or comp is not None and comp > 120:
        pass  # deviation reasons are checked by reading; not arithmetic


# ---------------------------------------------------------------- MOF 自评表 (dengta, chibi)
def check_mof_table(text, sid):
    cols = {}
    names = ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]
    for n in names:
        cols[n] = row(text, n + "｜", f"{sid} funds {n}")
    for c in (1, 2, 3):
        tot = cols[names[0]][c]
        eq(tot, sum(D(cols[n][c]) for n in names[1:]), f"{sid} funds column {c} sum")
    for n in names:
        b, e, r = cols[n][2], cols[n][3], cols[n][5]
        if D(b) == 0:
            if r != "—":
                fail(f"{sid} {n}: rate {r} on a zero budget")
        else:
            close(r, pct(e, b), f"{sid} {n} 执行率")
    tot = cols[names[0]]
    eq(tot[4], 10, f"{sid} execution weight")
    exec_score = tot[6]
    close(exec_score, r2(10 * min(pct(tot[3], tot[2]), Decimal(100)) / 100), f"{sid} execution score")
    weights, scores = [D(10)], [D(exec_score)]
    for line in text.split("\n"):
        c = line.split("｜")
        if c[0] in ("产出指标", "效益指标", "满意度指标") and len(c) == 8:
            check_indicator(c[3], c[4], c[5], c[6], f"{sid} {c[2]}")
            weights.append(D(c[5]))
            scores.append(D(c[6]))
    total = row(text, "总分｜", f"{sid} total row")
    eq(sum(weights), 100, f"{sid} weights")
    eq(total[5], 100, f"{sid} stated weight total")
    close(total[6], sum(scores), f"{sid} score total")
    for g in re.findall(r"(?:评价等级|自评等级)(?:为|：)“?([优良中差])", text):
        if g != grade_of(total[6]):
            fail(f"{sid}: grade {g} but total {total[6]}")
    return total[6], cols


# ---------------------------------------------------------------- per draft
def check_dengta(t):
    sid = "dengta"
    total, cols = check_mof_table(t, sid)
    # prose funds
    own = one(t, r"年初预算安排本项目本级资金(\d+\.\d+)万元", "本级年初")
    carry = one(t, r"结转的设计、监理等前期费用(\d+\.\d+)万元", "carry")
    prov = one(t, r"改造补助资金(\d+\.\d+)万元。", "prov")
    annual = one(t, r"调整后全年预算(\d+\.\d+)万元", "annual")
    fiscal = one(t, r"其中当年财政拨款(\d+\.\d+)万元", "fiscal")
    eq(D(own) + D(prov), fiscal, f"{sid} 600+120")
    eq(D(fiscal) + D(carry), annual, f"{sid} 720+60")
    spent = one(t, r"项目累计支出(\d+\.\d+)万元", "spent")
    close(one(t, r"项目累计支出[\d.]+万元，预算执行率(\d+\.\d+)%", "rate"), pct(spent, annual), f"{sid} prose rate")
    own_sp = one(t, r"本级资金支出(\d+\.\d+)万元", "own spent")
    close(one(t, r"本级资金支出[\d.]+万元，执行率(\d+\.\d+)%", "own rate"), pct(own_sp, own), f"{sid} 本级 rate")
    eq(D(prov) + D(own_sp) + D(carry), spent, f"{sid} spent by source")
    parts = re.search(r"管网改造工程款(\d+\.\d+)万元，换热站改造(\d+\.\d+)万元，设计、监理等其他费用(\d+\.\d+)万元", t)
    eq(sum(D(x) for x in parts.groups()), spent, f"{sid} spent by content")
    close(one(t, r"未支出的(\d+\.\d+)万元", "unspent"), D(annual) - D(spent), f"{sid} balance")
    if "结转至2022年" not in t:
        fail(f"{sid}: carry-over year")
    length = one(t, r"全年改造老旧供热管网(\d+\.\d+)公里", "length")
    close(one(t, r"完成年度目标的(\d+\.\d+)%", "completion"), pct(length, 12), f"{sid} completion")
    a, b = re.search(r"其中一次网(\d+\.\d+)公里、二次网(\d+\.\d+)公里", t).groups()
    eq(D(a) + D(b), length, f"{sid} km split")
    eng = parts.group(1)
    close(one(t, r"综合单价(\d+)元/米，低于", "unit price"), D(eng) * 10000 / (D(length) * 1000), f"{sid} unit price")
    now, before = one(t, r"发生管网漏点抢修(\d+)次", "now"), one(t, r"较上年同期的(\d+)次", "before")
    close(one(t, r"次下降(\d+\.\d+)%", "decline"), (D(before) - D(now)) / D(before) * 100, f"{sid} decline")
    n1, n2 = one(t, r"抽测住户室温(\d+)户", "n1"), one(t, r"其中(\d+)户室温达到", "n2")
    close(one(t, r"达标率(\d+\.\d+)%，管网", "room"), pct(n2, n1), f"{sid} room temp")
    # level scores in the conclusion
    lv = re.search(r"预算执行率得分(\d+\.\d+)分，产出指标得分(\d+\.\d+)分，效益指标得分(\d+)分，满意度指标得分(\d+\.\d+)分，自评得分(\d+\.\d+)分", t).groups()
    eq(lv[0], cols["年度资金总额"][6], f"{sid} exec score text/table")
    out = [D(l.split("｜")[6]) for l in t.split("\n") if l.startswith("产出指标｜")]
    ben = [D(l.split("｜")[6]) for l in t.split("\n") if l.startswith("效益指标｜")]
    sat = [D(l.split("｜")[6]) for l in t.split("\n") if l.startswith("满意度指标｜")]
    eq(lv[1], sum(out), f"{sid} 产出 level")
    eq(lv[2], sum(ben), f"{sid} 效益 level")
    eq(lv[3], sum(sat), f"{sid} 满意度 level")
    close(lv[4], sum(D(x) for x in lv[:4]), f"{sid} text total")
    eq(lv[4], total, f"{sid} text total vs table")
    # table values equal the prose values
    for v in ("12.8公里", "9460户", "97.3%", "88.5%", "41.18%", "495元/米"):
        if v not in t.split("附件")[0] or v not in t.split("附件")[1]:
            fail(f"{sid}: {v} not stated in both text and table")


def check_yuci(t):
    sid = "yuci"
    R = {}
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)", "(6)=(3)/(2)", "(7)=(4)/(2)"):
        line = [l for l in t.split("\n") if l.split("｜")[1:2] == [k]]
        if len(line) != 1:
            fail(f"{sid}: funds row {k}")
            return
        R[k[:3]] = line[0].split("｜")
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)"):
        c = R[k]
        eq(c[2], D(c[3]) + D(c[8]) + D(c[9]), f"{sid} {k} total")
        eq(c[3], D(c[4]) + D(c[5]) + D(c[6]) + D(c[7]), f"{sid} {k} 小计")
    for i in range(2, 10):
        eq(R["(5)"][i], D(R["(3)"][i]) - D(R["(4)"][i]), f"{sid} (5) col {i}")
        for k, num in (("(6)", "(3)"), ("(7)", "(4)")):
            base = D(R["(2)"][i])
            if base == 0:
                if R[k][i] not in ("0", "—"):
                    fail(f"{sid} {k} col {i}: rate on zero base")
            else:
                close(R[k][i], pct(R[num][i], base), f"{sid} {k} col {i}")
    weights, scores = [], []
    for line in t.split("\n"):
        c = line.split("｜")
        if len(c) == 9 and c[0] in ("预算执行指标", "产出指标", "效益指标", "满意度指标"):
            if c[0] == "预算执行指标":
                close(c[5], pct(R["(4)"][2], R["(2)"][2]), f"{sid} exec actual")
                close(c[6], pct(R["(4)"][2], R["(2)"][2]), f"{sid} exec completion")
                close(c[7], r2(D(c[3]) * min(pct(R["(4)"][2], R["(2)"][2]), Decimal(100)) / 100), f"{sid} exec score")
            else:
                check_indicator(c[4], c[5], c[3], c[7], f"{sid} {c[2]}", completion=c[6])
            weights.append(D(c[3]))
            scores.append(D(c[7]))
    tot = row(t, "合计｜", f"{sid} total row")
    eq(sum(weights), 100, f"{sid} weights")
    eq(tot[3], sum(weights), f"{sid} stated weights")
    close(tot[7], sum(scores), f"{sid} score total")
    txt_total = one(t, r"总得分(\d+\.\d+)分", "text total")
    eq(txt_total, tot[7], f"{sid} text total")
    if grade_of(txt_total) != "优" or "属于“优秀”" not in t:
        fail(f"{sid} grade")
    # prose
    eq(one(t, r"未到位(\d+\.\d+)万元", "not arrived"), D(R["(2)"][7]) - D(R["(3)"][7]), f"{sid} 未到位")
    spent = one(t, r"全年执行(\d+\.\d+)万元，其中", "spent")
    eq(spent, R["(4)"][2], f"{sid} spent text/table")
    a, b, c = re.search(r"居民用户补助(\d+\.\d+)万元、非居民用户补助(\d+\.\d+)万元、安装核验及宣传培训费(\d+\.\d+)万元", t).groups()
    eq(D(a) + D(b) + D(c), spent, f"{sid} spent parts")
    res = one(t, r"全区累计为(\d+)户居民用户", "res")
    non = one(t, r"为(\d+)户餐饮等非居民用户", "non")
    eq(D(res) * 300 / 10000, a, f"{sid} resident subsidy = households × 300元")
    eq(D(non) * 1200 / 10000, b, f"{sid} non-resident subsidy = households × 1200元")
    if f"｜{res}户｜" not in t or f"｜{non}户｜" not in t:
        fail(f"{sid}: household counts differ between text and table")
    eq(one(t, r"全年预算(\d+\.\d+)万元，实际到位", "annual"), R["(2)"][2], f"{sid} annual text")
    eq(one(t, r"实际到位(\d+\.\d+)万元，全年执行", "recv"), R["(3)"][2], f"{sid} received text")
    close(one(t, r"全年执行[\d.]+万元，执行率(\d+\.\d+)%", "rate text"), pct(spent, R["(2)"][2]), f"{sid} rate text")
    n, k = one(t, r"共触发有效报警(\d+)次", "alarms"), one(t, r"其中(\d+)次在规定时限内", "in time")
    close(one(t, r"及时率(\d+\.\d+)%。", "timely"), pct(k, n), f"{sid} timely")
    n, k = one(t, r"随机电话回访(\d+)户", "calls"), one(t, r"表示满意的(\d+)户", "sat")
    close(one(t, r"满意度(\d+\.\d+)%。", "sat"), pct(k, n), f"{sid} satisfaction")


def check_laiyang(t):
    sid = "laiyang"
    names = ["合计", "按支出性质：基本支出", "按支出性质：项目支出", "按资金来源：一般公共预算拨款",
             "按资金来源：上级转移支付资金", "按资金来源：其他资金"]
    F = {n: row(t, n + "｜", f"{sid} {n}", ncells=5) for n in names}
    for c in (1, 2, 3):
        eq(F["合计"][c], D(F[names[1]][c]) + D(F[names[2]][c]), f"{sid} by nature col {c}")
        eq(F["合计"][c], D(F[names[3]][c]) + D(F[names[4]][c]) + D(F[names[5]][c]), f"{sid} by source col {c}")
    for n in names:
        if D(F[n][2]) == 0:
            if F[n][4] != "—":
                fail(f"{sid} {n}: rate on a zero budget")
        else:
            close(F[n][4], pct(F[n][3], F[n][2]), f"{sid} {n} rate")
    init = one(t, r"中心年初预算(\d+\.\d+)万元", "init")
    prov = one(t, r"专项整治补助资金(\d+\.\d+)万元", "prov")
    city = one(t, r"追加市级资金(\d+\.\d+)万元", "city")
    annual = one(t, r"全年预算调整为(\d+\.\d+)万元", "annual")
    eq(init, F["合计"][1], f"{sid} init text/table")
    eq(D(init) + D(prov) + D(city), annual, f"{sid} adjustments")
    eq(annual, F["合计"][2], f"{sid} annual text/table")
    eq(prov, F[names[4]][2], f"{sid} transfer")
    spent = one(t, r"全年执行(\d+\.\d+)万元，预算执行率", "spent")
    eq(spent, F["合计"][3], f"{sid} spent")
    close(one(t, r"全年执行[\d.]+万元，预算执行率(\d+\.\d+)%", "rate"), pct(spent, annual), f"{sid} rate text")
    # project table
    projects = ["城区居民冬季供热补贴", "城镇燃气安全专项整治", "供热管网维修养护", "智慧燃气安全监管平台运维"]
    P = {p: row(t, p + "｜", f"{sid} project {p}") for p in projects}
    ptot = [l.split("｜") for l in t.split("\n") if l.startswith("合计｜") and l.count("｜") == 5]
    if len(ptot) != 1:
        fail(f"{sid}: project total row")
        return
    ptot = ptot[0]
    for c in (1, 2):
        eq(ptot[c], sum(D(P[p][c]) for p in projects), f"{sid} projects col {c}")
        eq(ptot[c], F[names[2]][c + 1], f"{sid} projects vs 项目支出 col {c}")
    for p in projects + [None]:
        c = P[p] if p else ptot
        close(c[3], pct(c[2], c[1]), f"{sid} {p} rate")
        if p:
            if grade_of(c[4]) != c[5]:
                fail(f"{sid} {p}: grade {c[5]} for {c[4]}")
    listed = re.search(r"4个项目自评得分分别为(\d+(?:\.\d+)?)分、(\d+(?:\.\d+)?)分、(\d+(?:\.\d+)?)分和(\d+(?:\.\d+)?)分，平均(\d+(?:\.\d+)?)分", t).groups()
    for p, s in zip(projects, listed[:4]):
        eq(P[p][4], s, f"{sid} listed score {p}")
    close(listed[4], sum(D(x) for x in listed[:4]) / 4, f"{sid} average")
    # subsidy
    hh, std = one(t, r"为城区(\d+)户低保", "hh"), one(t, r"按每户(\d+)元的标准", "std")
    amt = one(t, r"供热补贴(\d+)万元，12月", "subsidy")
    eq(D(hh) * D(std) / 10000, amt, f"{sid} subsidy = households × standard")
    eq(amt, P[projects[0]][2], f"{sid} subsidy text/table")
    found, fixed = one(t, r"排查各类隐患(\d+)处", "found"), one(t, r"已整改(\d+)处", "fixed")
    rate = one(t, r"整改率(\d+\.\d+)%", "fix rate")
    close(rate, pct(fixed, found), f"{sid} fix rate")
    for p, pat in ((projects[1], r"项目执行率(\d+\.\d+)%，主要是部分隐患"), (projects[3], r"执行率(\d+\.\d+)%，主要是运维")):
        eq(one(t, pat, p), P[p][3], f"{sid} {p} rate text/table")
    # indicator table
    weights, scores = [], []
    for line in t.split("\n"):
        c = line.split("｜")
        if len(c) == 8 and c[0] in ("预算执行", "产出指标", "效益指标", "满意度指标"):
            if c[0] == "预算执行":
                eq(c[4].rstrip("%"), F["合计"][4].rstrip("%"), f"{sid} exec actual")
                close(c[6], r2(D(c[5]) * min(pct(spent, annual), Decimal(100)) / 100), f"{sid} exec score")
            else:
                check_indicator(c[3], c[4], c[5], c[6], f"{sid} {c[2]}")
            weights.append(D(c[5]))
            scores.append(D(c[6]))
    eq(sum(weights), 100, f"{sid} weights")
    eq(one(t, r"分值合计：(\d+)", "weights stated"), 100, f"{sid} stated weights")
    total = one(t, r"自评总分：(\d+\.\d+)分", "total")
    close(total, sum(scores), f"{sid} score total")
    for g in re.findall(r"(?:评价等级|自评等级)(?:为|：)“?([优良中差])", t):
        if g != grade_of(total):
            fail(f"{sid}: grade {g} for {total}")
    eq(one(t, r"安检(\d+)户，排查", "checks"), "63418", f"{sid} checks")
    if "｜63418户｜" not in t or "｜18500户｜" not in t or "终端18500户" not in t:
        fail(f"{sid}: counts differ between text and table")
    s3, b3 = one(t, r"“三公”经费支出(\d+\.\d+)万元，控制", "3gong"), one(t, r"控制在年初预算(\d+\.\d+)万元", "3gong budget")
    if f"｜≤{b3}万元｜{s3}万元｜" not in t:
        fail(f"{sid}: 三公 figures differ between text and table")


def check_xingqing(t):
    sid = "xingqing"
    init = one(t, r"2019年，区财政年初预算安排本项目资金(\d+\.\d+)万元", "init")
    prov = one(t, r"自治区下达城镇困难群众取暖补助资金(\d+\.\d+)万元", "prov")
    annual = one(t, r"全年预算调整为(\d+\.\d+)万元", "annual")
    eq(D(init) + D(prov), annual, f"{sid} annual")
    spent = one(t, r"全年实际支付补贴(\d+\.\d+)万元", "spent")
    close(one(t, r"预算执行率(\d+\.\d+)%", "rate"), pct(spent, annual), f"{sid} rate")
    close(one(t, r"结余(\d+\.\d+)万元", "balance"), D(annual) - D(spent), f"{sid} balance (资金全部到位)")
    m = re.search(r"其中自治区补助资金(\d+\.\d+)万元，支出(\d+\.\d+)万元，执行率(\d+(?:\.\d+)?)%", t)
    p_b, p_s, p_r = m.groups() if m else ("1", "0", "0")
    eq(p_b, prov, f"{sid} provincial budget")
    close(p_r, pct(p_s, p_b), f"{sid} provincial rate")
    if D(p_s) > D(p_b):
        fail(f"{sid}: provincial spending above budget")
    groups = re.findall(r"(低保家庭|特困供养人员|低收入住房困难家庭)(\d+)户，发放(\d+\.\d+)万元", t)
    stds = {"低保家庭": 1200, "特困供养人员": 1500, "低收入住房困难家庭": 1200}
    if len(groups) != 3:
        fail(f"{sid}: groups")
    for g, n, amt in groups:
        eq(D(n) * stds[g] / 10000, amt, f"{sid} {g} amount = households × standard")
    eq(sum(D(a) for _, _, a in groups), spent, f"{sid} groups sum")
    hh = one(t, r"全年共向(\d+)户困难群众", "households")
    eq(hh, sum(D(n) for _, n, _ in groups), f"{sid} households")
    target = one(t, r"补贴发放户数不少于(\d+)户", "target")
    eq(target, one(t, r"完成目标(\d+)户", "target2"), f"{sid} target restated")
    comp = one(t, r"完成目标\d+户的(\d+\.\d+)%", "completion")
    close(comp, pct(hh, target), f"{sid} completion")
    last, inc = one(t, r"2018年(\d+)户", "last"), one(t, r"增加(\d+)户", "increase")
    eq(D(last) + D(inc), hh, f"{sid} vs last year")
    n, k = one(t, r"供热投诉(\d+)件", "complaints"), one(t, r"按时办结(\d+)件", "on time")
    timely = one(t, r"按时办结率(\d+\.\d+)%", "timely")
    close(timely, pct(k, n), f"{sid} complaints")
    sats = re.search(r"低保家庭满意度(\d+\.\d+)%、特困供养人员满意度(\d+\.\d+)%、低收入住房困难家庭满意度(\d+\.\d+)%，三类对象平均满意度(\d+\.\d+)%", t).groups()
    avg = sats[3]
    close(avg, sum(D(x) for x in sats[:3]) / 3, f"{sid} average satisfaction")
    # weights
    w = re.search(r"其中预算执行率(\d+)分，产出指标(\d+)分（补贴发放户数(\d+)分、发放准确率(\d+)分、发放及时性(\d+)分、补贴标准执行(\d+)分），效益指标(\d+)分（采暖保障率(\d+)分、投诉按时办结率(\d+)分），满意度指标(\d+)分", t).groups()
    w = [D(x) for x in w]
    eq(one(t, r"本次自评满分(\d+)分", "full"), 100, f"{sid} full marks")
    eq(w[0] + w[1] + w[6] + w[9], 100, f"{sid} level weights")
    eq(w[2] + w[3] + w[4] + w[5], w[1], f"{sid} output sub-weights")
    eq(w[7] + w[8], w[6], f"{sid} benefit sub-weights")
    s = re.search(r"预算执行率得(\d+\.\d+)分，产出指标得(\d+\.\d+)分（补贴发放户数按完成比例得(\d+\.\d+)分，其余各项均得满分），效益指标得(\d+\.\d+)分（投诉按时办结率得(\d+\.\d+)分），满意度指标得(\d+)分，综合得分(\d+\.\d+)分，自评等级为([优良中差])", t).groups()
    close(s[0], r2(w[0] * min(pct(spent, annual), Decimal(100)) / 100), f"{sid} exec score")
    close(s[2], r2(w[2] * D(hh) / D(target)), f"{sid} households score")
    eq(D(s[1]), D(s[2]) + w[3] + w[4] + w[5], f"{sid} output score")
    close(s[4], r2(w[8] * D(timely) / 95), f"{sid} complaints score")
    eq(D(s[3]), w[7] + D(s[4]), f"{sid} benefit score")
    if D(avg) < 90 or D(s[5]) != w[9]:
        fail(f"{sid} satisfaction score")
    close(s[6], D(s[0]) + D(s[1]) + D(s[3]) + D(s[5]), f"{sid} total")
    if grade_of(s[6]) != s[7]:
        fail(f"{sid} grade")
    for i, x in enumerate(s[:6]):
        if i in (0, 1, 3, 5) and D(x) > [w[0], w[1], None, w[6], None, w[9]][i]:
            fail(f"{sid}: score above weight")


def check_chibi(t):
    sid = "chibi"
    total, cols = check_mof_table(t, sid)
    c = re.search(r"提前下达的中央预算内投资(\d+\.\d+)万元、市级配套资金(\d+\.\d+)万元以及上年结转资金(\d+\.\d+)万元", t).groups()
    init = one(t, r"项目年初预算(\d+\.\d+)万元", "init")
    eq(init, sum(D(x) for x in c), f"{sid} init parts")
    eq(init, cols["年度资金总额"][1], f"{sid} init text/table")
    eq(D(c[0]) + D(c[1]), cols["其中：当年财政拨款"][1], f"{sid} init fiscal")
    add = re.search(r"中央预算内投资第二批资金(\d+\.\d+)万元和省级补助资金(\d+\.\d+)万元", t).groups()
    annual = one(t, r"全年预算调整为(\d+\.\d+)万元", "annual")
    fiscal = one(t, r"其中当年财政拨款(\d+\.\d+)万元、上年结转", "fiscal")
    eq(D(c[0]) + D(c[1]) + sum(D(x) for x in add), fiscal, f"{sid} fiscal")
    eq(D(fiscal) + D(c[2]), annual, f"{sid} annual")
    eq(annual, cols["年度资金总额"][2], f"{sid} annual text/table")
    spent = one(t, r"项目累计支出(\d+\.\d+)万元", "spent")
    eq(spent, cols["年度资金总额"][3], f"{sid} spent text/table")
    close(one(t, r"项目累计支出[\d.]+万元，预算执行率(\d+\.\d+)%", "rate"), pct(spent, annual), f"{sid} rate text")
    eq(one(t, r"其中当年财政拨款支出(\d+\.\d+)万元", "fiscal spent"), cols["其中：当年财政拨款"][3], f"{sid} fiscal spent")
    parts = re.search(r"管道改造工程支出(\d+\.\d+)万元，户内燃气设施改造支出(\d+\.\d+)万元，隐患点整治及检测费(\d+\.\d+)万元", t).groups()
    eq(sum(D(x) for x in parts), spent, f"{sid} spent parts")
    close(one(t, r"未支付的(\d+\.\d+)万元", "balance"), D(annual) - D(spent), f"{sid} balance")
    if "截至2024年12月31日" not in t or "结转至2025年" not in t:
        fail(f"{sid}: years")
    length = one(t, r"全年完成老旧燃气管道改造(\d+\.\d+)公里", "length")
    a, b = re.search(r"其中市政管道(\d+\.\d+)公里、庭院管道(\d+\.\d+)公里", t).groups()
    eq(D(a) + D(b), length, f"{sid} km split")
    close(one(t, r"庭院管道[\d.]+公里，完成率(\d+\.\d+)%", "km completion"), pct(length, 36), f"{sid} km completion")
    hh = one(t, r"完成居民户内燃气设施改造(\d+)户，完成率", "hh")
    close(one(t, r"改造\d+户，完成率(\d+\.\d+)%", "hh completion"), pct(hh, 6800), f"{sid} hh completion")
    avg = one(t, r"实际户均(\d+)元", "avg")
    eq(D(hh) * D(avg) / 10000, parts[1], f"{sid} household spending = households × 户均")
    n, k = one(t, r"抽样调查居民(\d+)户", "survey"), one(t, r"表示满意的(\d+)户", "sat")
    close(one(t, r"满意度(\d+\.\d+)%。", "sat"), pct(k, n), f"{sid} satisfaction")
    concl = re.search(r"项目全年改造老旧燃气管道(\d+\.\d+)公里，惠及(\d+)个老旧小区，预算执行率得分(\d+\.\d+)分，产出指标得分(\d+\.\d+)分，效益指标得分(\d+)分，满意度指标得分(\d+)分，自评得分(\d+\.\d+)分", t).groups()
    eq(concl[0], length, f"{sid} conclusion length")
    out = [D(l.split("｜")[6]) for l in t.split("\n") if l.startswith("产出指标｜")]
    ben = [D(l.split("｜")[6]) for l in t.split("\n") if l.startswith("效益指标｜")]
    sat = [D(l.split("｜")[6]) for l in t.split("\n") if l.startswith("满意度指标｜")]
    eq(concl[2], cols["年度资金总额"][6], f"{sid} exec score text/table")
    eq(concl[3], sum(out), f"{sid} output level")
    eq(concl[4], sum(ben), f"{sid} benefit level")
    eq(concl[5], sum(sat), f"{sid} satisfaction level")
    close(concl[6], sum(D(x) for x in concl[2:6]), f"{sid} text total")
    eq(concl[6], total, f"{sid} text total vs table")
    for v in ("37.4公里", "6350户", "136处", "92.4%", "1420元"):
        if t.count(v) < 2:
            fail(f"{sid}: {v} not stated in both text and table")


CHECKS = {
    "dengta-heatpipe-2021": check_dengta,
    "yuci-gasalarm-2023": check_yuci,
    "laiyang-gasheat-dept-2022": check_laiyang,
    "xingqing-heatsubsidy-2019": check_xingqing,
    "chibi-gaspipe-2024": check_chibi,
}


# ---------------------------------------------------------------- labels and diffs
def one_place(clean, err):
    """Strip the common prefix and suffix: (start offset, clean part, error part)."""
    p = 0
    while p < min(len(clean), len(err)) and clean[p] == err[p]:
        p += 1
    q = 0
    while q < min(len(clean), len(err)) - p and clean[-1 - q] == err[-1 - q]:
        q += 1
    return p, clean[p:len(clean) - q], err[p:len(err) - q]


def occurrences(text, value):
    out, i = [], text.find(value)
    while value and i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out


def main():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    files = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != files:
        fail("labels.jsonl and cases/ do not list the same files")
    sources = sorted({l["source"] for l in labels})
    if sources != sorted(CHECKS):
        fail(f"sources {sources}")
    code_count = {c: 0 for c in CODES}
    for lab in labels:
        text = read(lab["case"])
        clean = read(f"{lab['source']}-clean.txt")
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expectations")
            n = len(text)
            if not 3000 <= n <= 9000:
                fail(f"{lab['case']}: {n} characters")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected exactly one error")
        for e in lab["expected"]:
            if e["code"] not in CODES or e["severity"] != "error":
                fail(f"{lab['case']}: code/severity {e['code']}/{e['severity']}")
            code_count[e["code"]] = code_count.get(e["code"], 0) + 1
            if e["value"] not in text:
                fail(f"{lab['case']}: value {e['value']!r} not in case")
            if e["value"] in clean:
                fail(f"{lab['case']}: value {e['value']!r} also in the clean draft")
        p, old, new = one_place(clean, text)
        if not old and not new:
            fail(f"{lab['case']}: identical to the clean draft")
        if max(len(old), len(new)) > 120:
            fail(f"{lab['case']}: changed region too long ({len(old)}/{len(new)} chars)")
        end = p + max(len(new), 1)
        if not any(s <= p < e or s < end <= e or (p <= s and e <= end)
                   for x in lab["expected"] for s, e in occurrences(text, x["value"])):
            fail(f"{lab['case']}: no occurrence of the value overlaps the change at {p}")
        if not 3000 <= len(text) <= 9000:
            fail(f"{lab['case']}: {len(text)} characters")
    per_source = {}
    for lab in labels:
        if not lab["clean"]:
            per_source[lab["source"]] = per_source.get(lab["source"], 0) + 1
    if len(per_source) != 5 or any(v != 6 for v in per_source.values()):
        fail(f"error cases per source: {per_source}")
    for c, n in code_count.items():
        if n < 2:
            fail(f"code {c} occurs {n} times")
    for src, fn in CHECKS.items():
        fn(read(f"{src}-clean.txt"))
    # self-test: the same arithmetic must trip on every error case
    kept = list(FAIL)
    for lab in labels:
        if lab["clean"]:
            continue
        FAIL.clear()
        try:
            CHECKS[lab["source"]](read(lab["case"]))
        except Exception as exc:  # a pattern broken by the slip also counts as noticed
            FAIL.append(repr(exc))
        if not FAIL:
            kept.append(f"{lab['case']}: the arithmetic checks do not notice the injected error")
    FAIL[:] = kept
    if FAIL:
        print("\n".join("FAIL " + f for f in FAIL))
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(code_count.values())} labelled errors, codes: "
          + ", ".join(f"{c}={code_count[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
