#!/usr/bin/env python3
"""Verify drafts249.

1. every label value occurs in its case; clean cases expect nothing; every case file is labelled;
2. every error case differs from its clean draft in one place (one contiguous region of at most two lines);
3. the arithmetic of every clean draft is redone (amounts, rates, sums, balances, weights, scores,
   completion rates, averages, grades, repeated figures). Prints OK at the end.
"""
import difflib
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
ERRORS = []


def fail(msg):
    ERRORS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers
def places(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def agrees(stated, computed, what):
    """stated: string as written; computed: Decimal. Tolerance = half a unit of the last written digit."""
    v = D(stated.strip().rstrip("%"))
    tol = D(5) * D(10) ** (-(places(stated) + 1)) + D("1e-9")
    if abs(v - computed) > tol:
        fail(f"{what}: stated {stated}, computed {computed.quantize(D('0.0001'))}")


def same(a, b, what):
    if a is None or b is None:
        fail(f"{what}: missing value")
        return
    if D(str(a).strip().rstrip("%")) != D(str(b).strip().rstrip("%")):
        fail(f"{what}: {a} != {b}")


def grab(t, pat, what, n=None):
    """All matches of pat must carry the same groups; returns the groups (strings)."""
    ms = re.findall(pat, t)
    if not ms:
        fail(f"{what}: pattern not found: {pat}")
        return None
    if n is not None and len(ms) != n:
        fail(f"{what}: expected {n} matches, got {len(ms)}")
    if len(set(ms)) != 1:
        fail(f"{what}: differing values {ms}")
    return ms[0]


def pct(a, b):
    return D(a) / D(b) * 100


def grade_of(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


def check_grade(stated_total, stated_grade, what):
    g = stated_grade.replace("秀", "").replace("好", "").replace("等", "")
    g = {"一般": "中", "合格": "中", "较差": "差"}.get(g, g)
    if grade_of(stated_total) != g:
        fail(f"{what}: total {stated_total} is {grade_of(stated_total)}, stated {stated_grade}")


NUM = re.compile(r"-?\d+(?:\.\d+)?")


def split_target(target):
    """'≥80万亩' -> ('gte', '80', '万亩'); '保持稳定' -> ('qual', None, None)."""
    s = target.strip()
    direction = "eq"
    for sign, d in (("≥", "gte"), ("≤", "lte"), ("＝", "eq"), ("=", "eq")):
        if s.startswith(sign):
            direction, s = d, s[len(sign):]
    m = NUM.match(s)
    if not m:
        return "qual", None, None
    return direction, m.group(0), s[m.end():]


def split_actual(actual):
    m = NUM.match(actual.strip())
    if not m:
        return None, None
    return m.group(0), actual.strip()[m.end():]


def completion(direction, t, a):
    t, a = D(t), D(a)
    if direction == "lte":
        return D(100) if a <= t else t / a * 100
    return a / t * 100


def expected_score(direction, t, a, w):
    c = completion(direction, t, a) / 100
    return D(w) * min(c, D(1))


def indicator_rows(text, start_words, cols, what):
    """Parse ｜-separated indicator rows. cols: dict with indices for target, actual, weight, score and
    optionally sign, unit, completion. Returns list of dicts."""
    rows = []
    for line in text.splitlines():
        cells = line.split("｜")
        if len(cells) < 5 or not any(line.startswith(w) for w in start_words):
            continue
        if cells[cols["weight"]] in ("分值", ""):
            continue
        r = {k: cells[i] for k, i in cols.items()}
        r["line"] = line
        rows.append(r)
    if not rows:
        fail(f"{what}: no indicator rows")
    return rows


def check_rows(rows, what, exec_weight, exec_score, total_weight, total_score):
    wsum = D(exec_weight)
    ssum = D(exec_score)
    for r in rows:
        w, s = D(r["weight"]), D(r["score"])
        wsum += w
        ssum += s
        if s > w or s < 0:
            fail(f"{what}: score {s} outside [0, {w}] in {r['line']}")
        if "sign" in r:
            sign = {"≥": "gte", "≤": "lte", "＝": "eq", "=": "eq"}[r["sign"]]
            direction, t, tunit = sign, r["target"], r["unit"]
            a, aunit = r["actual"], r["unit"]
        else:
            direction, t, tunit = split_target(r["target"])
            a, aunit = split_actual(r["actual"])
        if direction == "qual" or a is None:
            if s != w:
                fail(f"{what}: qualitative row not at full marks: {r['line']}")
            continue
        if tunit != aunit:
            fail(f"{what}: unit {tunit!r} vs {aunit!r} in {r['line']}")
            continue
        agrees(r["score"], expected_score(direction, t, a, w), f"{what} score of {r['line']}")
        if "completion" in r:
            agrees(r["completion"], completion(direction, t, a), f"{what} completion of {r['line']}")
        c = completion(direction, t, a)
        if c < 100 or c > 120:
            # a deviation needs a reason in the deviation column or in the text
            if "reason" in r and not r["reason"].strip(" —"):
                fail(f"{what}: deviation without reason: {r['line']}")
    same(wsum, total_weight, f"{what}: sum of weights")
    agrees(total_score, ssum, f"{what}: sum of scores")


# ---------------------------------------------------------------- per draft
def check_anxiang(t):
    w = "anxiang"
    check_years("hn-anxiang-wanquanchengben-2022", t)
    e, m, l = grab(t, r"其中早稻(\d+\.\d+)万亩、中稻(\d+\.\d+)万亩、晚稻(\d+\.\d+)万亩", w)
    area = grab(t, r"承保面积(\d+\.\d+)万亩，其中早稻", w)
    same(D(e) + D(m) + D(l), area, f"{w} area parts")
    for v in re.findall(r"承保水稻(\d+\.\d+)万亩", t) + re.findall(r"｜≥80万亩｜(\d+\.\d+)万亩｜", t):
        same(v, area, f"{w} area restated")
    per_mu = grab(t, r"每亩保费(\d+)元，其中", w)
    sum_insured, rate = grab(t, r"每亩保险金额(\d+)元，保险费率(\d+)%", w)
    same(D(sum_insured) * D(rate) / 100, per_mu, f"{w} premium per mu")
    premium = grab(t, r"保费总额(\d+\.\d+)万元", w)
    same(D(area) * D(per_mu), premium, f"{w} premium total")
    shares = [D(x) for x in grab(t, r"中央财政补贴(\d+)%、省级财政补贴(\d+)%、县级财政补贴(\d+)%，农户自缴(\d+)%", w)]
    same(sum(shares), 100, f"{w} shares")
    same(D(per_mu) * shares[3] / 100, grab(t, r"（每亩(\d+)元）", w), f"{w} farmer per mu")
    fiscal, c, p, cty = grab(t, r"保费补贴为(\d+\.\d+)万元，其中中央财政(\d+\.\d+)万元、省级财政(\d+\.\d+)万元、县级配套(\d+\.\d+)万元", w)
    same(D(c) + D(p) + D(cty), fiscal, f"{w} fiscal parts")
    for part, sh in zip((c, p, cty), shares):
        same(D(premium) * sh / 100, part, f"{w} share amount")
    ini_total, ini_app, ini_carry = grab(t, r"年初预算(\d+\.\d+)万元，其中当年财政拨款(\d+\.\d+)万元、上年结转(\d+\.\d+)万元", w)
    same(D(ini_app) + D(ini_carry), ini_total, f"{w} initial parts")
    add = grab(t, r"追加预算(\d+\.\d+)万元", w)
    annual = grab(t, r"全年预算(\d+\.\d+)万元", w)
    same(D(ini_total) + D(add), annual, f"{w} annual = initial + add")
    same(D(ini_app) + D(add), fiscal, f"{w} appropriation = fiscal subsidy")
    spent, rate_s = grab(t, r"全年执行(\d+\.\d+)万元，预算执行率(\d+\.\d+%)", w)
    agrees(rate_s, pct(spent, annual), f"{w} execution rate")
    same(D(annual) - D(spent), grab(t, r"未执行的(\d+\.\d+)万元", w), f"{w} unspent")
    # funds table
    rows = {}
    for name in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        m = re.search(re.escape(name) + r"｜([\d.]+)｜([\d.]+)｜([\d.]+)｜([^｜]+)｜([^｜]+)｜([^｜\n]+)", t)
        rows[name] = m.groups()
    tot = rows["年度资金总额"]
    for i in range(3):
        same(sum(D(rows[n][i]) for n in ("其中：当年财政拨款", "上年结转资金", "其他资金")), tot[i], f"{w} funds column {i}")
    same(tot[0], ini_total, f"{w} table initial")
    same(tot[1], annual, f"{w} table annual")
    same(tot[2], spent, f"{w} table spent")
    same(rows["其中：当年财政拨款"][1], fiscal, f"{w} table appropriation")
    for n in ("年度资金总额", "其中：当年财政拨款", "上年结转资金"):
        agrees(rows[n][4], pct(rows[n][2], rows[n][1]), f"{w} table rate {n}")
    if rows["其他资金"][4] != "—":
        fail(f"{w}: rate on zero base")
    same(tot[4], rate_s, f"{w} rate text/table")
    agrees(tot[5], D(tot[3]) * min(pct(tot[2], tot[1]) / 100, D(1)), f"{w} execution score")
    # prose figures vs targets
    agrees(grab(t, r"为年度指标值95%的(\d+\.\d+)%", w), completion("gte", 95, grab(t, r"按季拨付及时率为(\d+)%", w)), f"{w} timeliness completion")
    sown = grab(t, r"水稻播种面积(\d+\.\d+)万亩", w)
    cov = grab(t, r"承保面积占水稻播种面积的(\d+\.\d+)%", w)
    agrees(cov, pct(area, sown), f"{w} coverage")
    last = grab(t, r"比2021年的(\d+\.\d+)万亩增加(\d+\.\d+)万亩", w)
    same(D(last[0]) + D(last[1]), area, f"{w} vs last year")
    pay, hh, per = grab(t, r"赔款(\d+\.\d+)万元，受益农户(\d+\.\d+)万户，户均获赔(\d+\.\d+)元", w)
    agrees(per, D(pay) / D(hh), f"{w} per household")
    avg, a1, a2, a3 = grab(t, r"平均理赔时效为(\d+\.\d+)天（分别为(\d+\.\d+)天、(\d+\.\d+)天、(\d+\.\d+)天）", w)
    agrees(avg, (D(a1) + D(a2) + D(a3)) / 3, f"{w} average")
    sat = grab(t, r"参保农户满意度为(\d+\.\d+%)", w)
    cols = dict(target=3, actual=4, weight=5, score=6, reason=7)
    irows = indicator_rows(t, ("产出指标｜", "效益指标｜", "满意度指标｜"), cols, w)
    byname = {r["line"].split("｜")[2]: r for r in irows}
    same(byname["参保农户满意度"]["actual"].rstrip("%"), sat.rstrip("%"), f"{w} satisfaction")
    same(byname["水稻承保覆盖率"]["actual"].rstrip("%"), cov, f"{w} coverage table")
    same(byname["全年支付水稻保险赔款"]["actual"].replace("万元", ""), pay, f"{w} payout table")
    same(byname["受灾农户赔款兑现率"]["actual"].rstrip("%"), grab(t, r"赔款兑现率(\d+\.\d+)%", w), f"{w} payout rate")
    total = grab(t, r"总分｜｜｜｜｜100｜(\d+\.\d+)", w)
    check_rows(irows, w, tot[3], tot[5], 100, total)
    st, g = grab(t, r"自评得分(\d+\.\d+)分，评价等级为(.)", w)
    same(st, total, f"{w} total text/table")
    check_grade(st, g, w)


def check_wangqing(t):
    w = "wangqing"
    check_years("jl-wangqing-senlinbaoxian-2020", t)
    area, gy, sp = grab(t, r"投保面积(\d+\.\d+)万亩，其中公益林(\d+\.\d+)万亩、商品林(\d+\.\d+)万亩", w)
    same(D(gy) + D(sp), area, f"{w} area parts")
    for v in re.findall(r"投保面积达到(\d+\.\d+)万亩", t) + re.findall(r"实际投保(\d+\.\d+)万亩", t):
        same(v, area, f"{w} area restated")
    gy_si, gy_fee, gy_prem = grab(t, r"公益林每亩保险金额(\d+)元、保费(\d+\.\d+)元，保费(\d+\.\d+)万元", w)
    same(D(gy) * D(gy_fee), gy_prem, f"{w} 公益林 premium")
    sp_si, sp_fee, sp_prem = grab(t, r"商品林每亩保险金额(\d+)元、保费(\d+\.\d+)元，保费(\d+\.\d+)万元", w)
    same(D(sp) * D(sp_fee), sp_prem, f"{w} 商品林 premium")
    g_sh = [D(x) for x in grab(t, r"（中央财政(\d+)%、省级财政(\d+)%、县级财政(\d+)%）", w)]
    same(sum(g_sh), 100, f"{w} 公益林 shares")
    s_sh = [D(x) for x in grab(t, r"由中央财政补贴(\d+)%、省级财政补贴(\d+)%、县级财政补贴(\d+)%，林农和经营主体自缴(\d+)%", w)]
    same(sum(s_sh), 100, f"{w} 商品林 shares")
    parts = [D(gy_prem) * a / 100 + D(sp_prem) * b / 100 for a, b in zip(g_sh, s_sh[:3])]
    ini, adj, annual = grab(t, r"年初预算(\d+\.\d+)万元，.*?调增(\d+\.\d+)万元，全年预算(\d+\.\d+)万元", w)
    same(D(ini) + D(adj), annual, f"{w} annual")
    same(sum(parts), annual, f"{w} fiscal subsidy = budget")
    recv, c, adv, later, p, cty = grab(t, r"全年到位资金(\d+\.\d+)万元，其中中央资金(\d+\.\d+)万元（2019年12月提前下达(\d+\.\d+)万元，2020年6月下达(\d+\.\d+)万元）、省级资金(\d+\.\d+)万元、县级配套资金(\d+\.\d+)万元，资金到位率(?:\d+)%", w)
    same(D(adv) + D(later), c, f"{w} central parts")
    same(D(c) + D(p) + D(cty), recv, f"{w} received parts")
    for got, exp in zip((c, p, cty), parts):
        same(got, exp, f"{w} source amounts")
    agrees(grab(t, r"资金到位率(\d+%)", w), pct(recv, annual), f"{w} received rate")
    spent, rate_s = grab(t, r"实际支出(\d+\.\d+)万元，预算执行率(\d+\.\d+%)", w)
    agrees(rate_s, pct(spent, annual), f"{w} execution rate")
    gy_paid, sp_paid = grab(t, r"公益林保费补贴(\d+\.\d+)万元已全部拨付，商品林保费补贴拨付(\d+\.\d+)万元", w)
    same(gy_paid, gy_prem, f"{w} 公益林 paid")
    same(D(gy_paid) + D(sp_paid), spent, f"{w} paid parts")
    carry = grab(t, r"未支出的(\d+\.\d+)万元", w)
    same(D(recv) - D(spent), carry, f"{w} balance")
    same(D(sp_prem) * sum(s_sh[:3]) / 100 - D(sp_paid), carry, f"{w} 商品林 unpaid")
    b2, s2, sc = grab(t, r"全年预算(\d+\.\d+)万元，实际支出(\d+\.\d+)万元，按执行率计算得(\d+\.\d+)分", w)
    same(b2, annual, f"{w} budget restated")
    same(s2, spent, f"{w} spent restated")
    agrees(sc, 10 * min(pct(spent, annual) / 100, D(1)), f"{w} execution score")
    # indicators in prose
    wts = {k: D(v) for k, v in zip(("预算执行率", "产出", "效益", "满意度"),
                                   grab(t, r"按预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分", w))}
    same(sum(wts.values()), 100, f"{w} level-1 weights")
    items = {
        "产出": [("森林保险投保面积", "gte", r"年度目标不低于(\d+)万亩，实际投保(\d+\.\d+)万亩，完成率(\d+\.\d+)%，得(\d+\.\d+)分"),
               ("公益林投保率", "gte", r"目标(\d+)%，实际(\d+)%，得(\d+)分"),
               ("理赔案件结案率", "gte", None),
               ("保费补贴资金拨付及时率", "gte", r"目标不低于(\d+)%，实际(\d+\.\d+)%，完成率(\d+\.\d+)%，得(\d+\.\d+)分"),
               ("公益林每亩保费", "lte", r"目标不高于(\d+\.\d+)元，实际(\d+\.\d+)元，得(\d+)分")],
        "效益": [("受灾林地补植补造面积", "gte", r"目标不少于(\d+)亩，实际完成(\d+)亩，完成率(\d+\.\d+)%，得(\d+\.\d+)分"),
               ("森林保险覆盖率", "gte", None),
               ("林农抗风险能力", "qual", r"得(\d+)分")],
    }
    lvl_scores = {}
    for lvl, lst in items.items():
        lvl_w, lvl_s = D(0), D(0)
        for name, direction, pat in lst:
            m = re.search(r"\d\." + name + r"（(\d+)分）。([^\n]*)", t)
            wt, body = D(m.group(1)), m.group(2)
            lvl_w += wt
            if name == "理赔案件结案率":
                n_rep, n_done, r_s, c_s, s_s = re.search(r"受理报案(\d+)件，已结案(\d+)件，结案率(\d+\.\d+)%，完成率(\d+\.\d+)%，得(\d+\.\d+)分", body).groups()
                agrees(r_s, pct(n_done, n_rep), f"{w} 结案率")
                tgt = re.search(r"理赔案件结案率不低于(\d+)%", t).group(1)
                agrees(c_s, completion("gte", tgt, r_s), f"{w} 结案率 completion")
                agrees(s_s, expected_score("gte", tgt, r_s, wt), f"{w} 结案率 score")
                lvl_s += D(s_s)
            elif name == "森林保险覆盖率":
                land, cv, tg, c_s, s_s = re.search(r"林地面积(\d+\.\d+)万亩，投保面积占(\d+\.\d+)%，目标不低于(\d+)%，完成率(\d+\.\d+)%，得(\d+\.\d+)分", body).groups()
                agrees(cv, pct(area, land), f"{w} coverage")
                agrees(c_s, completion("gte", tg, cv), f"{w} coverage completion")
                agrees(s_s, expected_score("gte", tg, cv, wt), f"{w} coverage score")
                lvl_s += D(s_s)
            elif direction == "qual":
                s_s = re.search(pat, body).group(1)
                same(s_s, wt, f"{w} qualitative full marks")
                lvl_s += D(s_s)
            else:
                g = re.search(pat, body).groups()
                tg, ac = g[0], g[1]
                if len(g) == 4:
                    agrees(g[2], completion(direction, tg, ac), f"{w} {name} completion")
                agrees(g[-1], expected_score(direction, tg, ac, wt), f"{w} {name} score")
                if D(g[-1]) > wt:
                    fail(f"{w} {name} score above weight")
                lvl_s += D(g[-1])
        same(lvl_w, wts[lvl], f"{w} {lvl} weights")
        stated = re.search(r"（[四五]）" + lvl + r"指标（(\d+)分，得(\d+\.\d+)分）", t).groups()
        same(stated[0], wts[lvl], f"{w} {lvl} heading weight")
        agrees(stated[1], lvl_s, f"{w} {lvl} subtotal")
        lvl_scores[lvl] = D(stated[1])
    sat_w, sat_s = re.search(r"（六）满意度指标（(\d+)分，得(\d+\.\d+)分）", t).groups()
    same(sat_w, wts["满意度"], f"{w} satisfaction weight")
    sent, back, sat, tg, c_s, s_s = re.search(r"问卷(\d+)份，收回(\d+)份，满意度(\d+\.\d+)%，目标不低于(\d+)%，完成率(\d+\.\d+)%，得(\d+\.\d+)分", t).groups()
    if D(back) > D(sent):
        fail(f"{w}: more returned than sent")
    agrees(c_s, completion("gte", tg, sat), f"{w} satisfaction completion")
    agrees(s_s, expected_score("gte", tg, sat, sat_w), f"{w} satisfaction score")
    same(s_s, sat_s, f"{w} satisfaction restated")
    total, g = grab(t, r"综合得分(\d+\.\d+)分，评价等级为(..)", w)
    agrees(total, D(sc) + lvl_scores["产出"] + lvl_scores["效益"] + D(sat_s), f"{w} total")
    check_grade(total, g, w)
    if "八成" in t:
        agrees("80%", pct(spent, annual), f"{w} 八成")


def check_lujiang(t):
    w = "lujiang"
    check_years("ah-lujiang-nongyebumen-2023", t)
    inc, app, fund, carry = grab(t, r"全年收入预算(\d+\.\d+)万元，其中一般公共预算财政拨款(\d+\.\d+)万元、政府性基金预算拨款(\d+\.\d+)万元、上年结转(\d+\.\d+)万元", w)
    same(D(app) + D(fund) + D(carry), inc, f"{w} income parts")
    ini, add = grab(t, r"年初预算(\d+\.\d+)万元，年中追加(\d+\.\d+)万元", w)
    same(D(ini) + D(add), inc, f"{w} initial + added")
    spent, basic, proj = grab(t, r"全年支出(\d+\.\d+)万元，其中基本支出(\d+\.\d+)万元、项目支出(\d+\.\d+)万元", w)
    same(D(basic) + D(proj), spent, f"{w} spending parts")
    b_bud, b_rate = grab(t, r"基本支出全年预算(\d+\.\d+)万元，执行率(\d+\.\d+%)", w)
    agrees(b_rate, pct(basic, b_bud), f"{w} basic rate")
    p_bud, p_sp, p_rate = grab(t, r"项目支出全年预算(\d+\.\d+)万元，执行(\d+\.\d+)万元，执行率(\d+\.\d+%)", w)
    same(p_sp, proj, f"{w} project spending restated")
    agrees(p_rate, pct(proj, p_bud), f"{w} project rate")
    same(D(b_bud) + D(p_bud), inc, f"{w} budget parts")
    same(D(inc) - D(spent), grab(t, r"年末结转结余(\d+\.\d+)万元", w), f"{w} balance")
    rate_txt, score_txt = grab(t, r"部门整体预算执行率(\d+\.\d+%)，按“执行率×10”计算得(\d+\.\d+)分", w)
    agrees(rate_txt, pct(spent, inc), f"{w} overall rate")
    agrees(score_txt, 10 * pct(spent, inc) / 100, f"{w} execution score")
    # key projects
    m = re.search(r"项目支出(\d+\.\d+)万元，其中五个重点项目支出(\d+\.\d+)万元：(.*?)；其他项目支出(\d+\.\d+)万元", t)
    p_all, key, lst, other = m.groups()
    same(p_all, proj, f"{w} project total restated")
    amounts = re.findall(r"(\d+\.\d+)万元", lst)
    if len(amounts) != 5:
        fail(f"{w}: key project list")
    same(sum(D(a) for a in amounts), key, f"{w} key projects sum")
    same(D(key) + D(other), proj, f"{w} key + other")
    ins = re.search(r"农业保险保费补贴(\d+\.\d+)万元", lst).group(1)
    same(grab(t, r"全年拨付农业保险保费补贴(\d+\.\d+)万元", w), ins, f"{w} insurance restated")
    scores = re.search(r"单项自评得分分别为(\d+)分、(\d+)分、(\d+)分、(\d+)分、(\d+)分，平均(\d+\.\d+)分", t).groups()
    agrees(scores[5], sum(D(s) for s in scores[:5]) / 5, f"{w} average")
    cov, rice, wheat, corn = grab(t, r"承保面积(\d+\.\d+)万亩，其中水稻(\d+\.\d+)万亩、小麦(\d+\.\d+)万亩、玉米(\d+\.\d+)万亩", w)
    same(D(rice) + D(wheat) + D(corn), cov, f"{w} insured crops")
    area, std = grab(t, r"全年补贴面积(\d+\.\d+)万亩，按每亩(\d+\.\d+)元", w)
    same(D(area) * D(std), re.search(r"耕地地力保护补贴(\d+\.\d+)万元", lst).group(1), f"{w} subsidy = area x standard")
    built, done = grab(t, r"新建高标准农田(\d+\.\d+)万亩，完成年度任务的(\d+\.\d+)%", w)
    tgt = grab(t, r"新建高标准农田(\d+\.\d+)万亩；", w)
    agrees(done, pct(built, tgt), f"{w} 高标准农田 completion")
    same(D(tgt) - D(built), grab(t, r"剩余(\d+\.\d+)万亩", w), f"{w} remaining")
    # funds table
    rows = {}
    for name in ("年度资金总额", "其中：一般公共预算财政拨款", "政府性基金预算拨款", "上年结转资金"):
        mm = re.search(re.escape(name) + r"｜([\d.]+)｜([\d.]+)｜([\d.]+)｜([^｜]+)｜([^｜]+)｜([^｜\n]+)", t)
        rows[name] = mm.groups()
    tot = rows["年度资金总额"]
    for i in range(3):
        same(sum(D(rows[n][i]) for n in list(rows)[1:]), tot[i], f"{w} funds column {i}")
    same(tot[0], ini, f"{w} table initial")
    same(tot[1], inc, f"{w} table annual")
    same(tot[2], spent, f"{w} table spent")
    same(rows["其中：一般公共预算财政拨款"][1], app, f"{w} table appropriation")
    same(rows["政府性基金预算拨款"][1], fund, f"{w} table fund")
    same(rows["上年结转资金"][1], carry, f"{w} table carry")
    for n, r in rows.items():
        agrees(r[4], pct(r[2], r[1]), f"{w} table rate {n}")
    same(tot[4], rate_txt, f"{w} rate text/table")
    same(tot[5], score_txt, f"{w} score text/table")
    cols = dict(target=3, actual=4, weight=5, score=6)
    irows = indicator_rows(t, ("产出指标｜", "效益指标｜", "满意度指标｜"), cols, w)
    byname = {r["line"].split("｜")[2]: r for r in irows}
    same(byname["三大粮食作物完全成本保险承保面积"]["actual"].replace("万亩", ""), cov, f"{w} insured area table")
    same(byname["耕地地力保护补贴发放面积"]["actual"].replace("万亩", ""), area, f"{w} subsidy area table")
    same(byname["新建高标准农田"]["actual"].replace("万亩", ""), built, f"{w} farmland table")
    same(byname["重大动物疫病强制免疫密度"]["actual"].rstrip("%"), grab(t, r"强制免疫密度(\d+\.\d+)%", w), f"{w} immunisation")
    same(byname["农产品质量安全例行监测合格率"]["actual"].rstrip("%"), grab(t, r"例行监测合格率(\d+\.\d+)%", w), f"{w} quality")
    same(byname["粮食总产量"]["actual"].replace("万吨", ""), grab(t, r"粮食总产量(\d+\.\d+)万吨", w), f"{w} grain")
    same(byname["农业保险理赔兑现率"]["actual"].rstrip("%"), grab(t, r"理赔兑现率(\d+\.\d+)%", w), f"{w} claims")
    same(byname["农作物秸秆综合利用率"]["actual"].rstrip("%"), grab(t, r"秸秆综合利用率(\d+\.\d+)%", w), f"{w} straw")
    same(byname["服务对象满意度"]["actual"].rstrip("%"), grab(t, r"服务对象满意度(\d+\.\d+)%", w), f"{w} satisfaction")
    total = grab(t, r"总分｜｜｜｜｜100｜(\d+\.\d+)", w)
    check_rows(irows, w, tot[3], tot[5], 100, total)
    st, g = grab(t, r"自评得分(\d+\.\d+)分，评价等级为“(.)”", w)
    same(st, total, f"{w} total text/table")
    check_grade(st, g, w)
    for y in re.findall(r"庐江县农业农村局(\d{4})年度", t):
        same(y, 2023, f"{w} evaluation year")


def check_santai(t):
    w = "santai"
    check_years("sc-santai-shengzhujiage-2024", t)
    fee, sub_pct, prov_pct, cty_pct, own_pct, sub_head, own_head = grab(
        t, r"每头生猪保费(\d+)元，财政补贴(\d+)%（省级财政(\d+)%、县级财政(\d+)%），参保养殖场（户）自缴(\d+)%，即每头财政补贴(\d+)元、养殖户自缴(\d+)元", w)
    same(D(prov_pct) + D(cty_pct), sub_pct, f"{w} subsidy shares")
    same(D(sub_pct) + D(own_pct), 100, f"{w} shares total")
    same(D(fee) * D(sub_pct) / 100, sub_head, f"{w} subsidy per head")
    same(D(fee) * D(own_pct) / 100, own_head, f"{w} own per head")
    ini, heads_plan, per = grab(t, r"年初预算(\d+\.\d+)万元，按全年承保(\d+)万头、每头财政补贴(\d+)元测算", w)
    same(D(heads_plan) * D(per), ini, f"{w} initial budget")
    cut, annual = grab(t, r"调减预算(\d+\.\d+)万元，调整后预算(\d+\.\d+)万元", w)
    same(D(ini) - D(cut), annual, f"{w} adjusted budget")
    heads, prem, prov, cty, own = grab(t, r"实际承保生猪(\d+\.\d+)万头，保费总额(\d+\.\d+)万元，其中省级财政补贴(\d+\.\d+)万元、县级财政补贴(\d+\.\d+)万元、养殖场（户）自缴(\d+\.\d+)万元", w)
    same(D(heads) * D(fee), prem, f"{w} premium")
    same(D(prov) + D(cty) + D(own), prem, f"{w} premium parts")
    same(D(prem) * D(prov_pct) / 100, prov, f"{w} provincial")
    same(D(prem) * D(cty_pct) / 100, cty, f"{w} county")
    same(D(heads) * D(sub_head), annual, f"{w} annual = heads x subsidy")
    same(grab(t, r"补贴资金(\d+\.\d+)万元全部到位", w), annual, f"{w} received")
    spent, p_paid, c_paid, rate_s = grab(t, r"实际拨付保费补贴(\d+\.\d+)万元，其中省级补贴(\d+\.\d+)万元、县级补贴(\d+\.\d+)万元，执行率(\d+\.\d+%)", w)
    same(D(p_paid) + D(c_paid), spent, f"{w} paid parts")
    agrees(rate_s, pct(spent, annual), f"{w} execution rate")
    unpaid = grab(t, r"县级补贴中的(\d+\.\d+)万元", w)
    same(D(annual) - D(spent), unpaid, f"{w} carried forward")
    same(D(cty) - D(c_paid), unpaid, f"{w} county unpaid")
    n_all, n_ok, r_ok = grab(t, r"全年(\d+)笔季度补贴（省、县两级各4笔）中有(\d+)笔按时拨付，拨付及时率(\d+)%", w)
    agrees(r_ok, pct(n_ok, n_all), f"{w} timeliness")
    # funds table
    rows = {}
    for name in ("年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"):
        mm = re.search(re.escape(name) + r"｜([\d.]+)｜([\d.]+)｜([\d.]+)｜([^｜]+)｜([^｜]+)｜([^｜\n]+)", t)
        rows[name] = mm.groups()
    tot = rows["年度资金总额"]
    for i in range(3):
        same(sum(D(rows[n][i]) for n in list(rows)[1:]), tot[i], f"{w} funds column {i}")
    same(tot[0], ini, f"{w} table initial")
    same(tot[1], annual, f"{w} table annual")
    same(tot[2], spent, f"{w} table spent")
    for n in ("年度资金总额", "其中：财政资金"):
        agrees(rows[n][4], pct(rows[n][2], rows[n][1]), f"{w} table rate {n}")
    for n in ("财政专户管理资金", "单位资金", "其他资金"):
        if rows[n][4] != "—":
            fail(f"{w}: rate on a zero base in {n}")
    agrees(tot[5], D(tot[3]) * min(pct(tot[2], tot[1]) / 100, D(1)), f"{w} execution score")
    same(grab(t, r"补贴资金拨付(\d+\.\d+)%", w).rstrip("%"), rate_s.rstrip("%"), f"{w} goal box rate")
    cols = dict(sign=3, target=4, unit=5, actual=6, weight=7, score=8, reason=9)
    irows = indicator_rows(t, ("产出指标｜", "效益指标｜"), cols, w)
    byname = {r["line"].split("｜")[2]: r for r in irows}
    same(byname["生猪价格指数保险承保数量"]["actual"], heads, f"{w} heads table")
    same(byname["生猪价格指数保险承保数量"]["target"], heads_plan, f"{w} heads target")
    same(byname["保费补贴资金拨付及时率"]["actual"], r_ok, f"{w} timeliness table")
    same(byname["每头生猪财政补贴标准"]["actual"], sub_head, f"{w} per-head table")
    c1 = grab(t, r"全年承保生猪\d+\.\d+万头，完成年度指标的(\d+\.\d+)%", w)
    agrees(c1, completion("gte", heads_plan, heads), f"{w} heads completion")
    farms, c2 = grab(t, r"参保规模养殖场（户）(\d+)个，完成(\d+\.\d+)%", w)
    same(byname["参保规模养殖场（户）"]["actual"], farms, f"{w} farms table")
    agrees(c2, completion("gte", byname["参保规模养殖场（户）"]["target"], farms), f"{w} farms completion")
    paid, c3 = grab(t, r"全年赔付金额(\d+\.\d+)万元，完成年度目标的(\d+\.\d+)%", w)
    same(byname["全年赔付金额"]["actual"], paid, f"{w} payout table")
    agrees(c3, completion("gte", byname["全年赔付金额"]["target"], paid), f"{w} payout completion")
    out, c4 = grab(t, r"全县生猪出栏量(\d+\.\d+)万头，完成年度目标的(\d+\.\d+)%", w)
    same(byname["全县生猪出栏量"]["actual"], out, f"{w} output table")
    agrees(c4, completion("gte", byname["全县生猪出栏量"]["target"], out), f"{w} output completion")
    total = grab(t, r"合计｜｜｜｜｜｜｜100｜(\d+\.\d+)", w)
    check_rows(irows, w, tot[3], tot[5], 100, total)
    lv = grab(t, r"预算执行分值(\d+)分、绩效指标分值(\d+)分（产出指标(\d+)分、效益指标(\d+)分）", w)
    same(D(lv[0]) + D(lv[1]), 100, f"{w} 10 + 90")
    same(D(lv[2]) + D(lv[3]), lv[1], f"{w} 90 split")
    same(sum(D(r["weight"]) for r in irows if r["line"].startswith("产出")), lv[2], f"{w} output weights")
    same(sum(D(r["weight"]) for r in irows if r["line"].startswith("效益")), lv[3], f"{w} benefit weights")
    es, os_, bs, st, g = grab(t, r"预算执行得(\d+\.\d+)分，产出指标得(\d+\.\d+)分，效益指标得(\d+\.\d+)分，合计(\d+\.\d+)分，评价等级为(.)", w)
    same(es, tot[5], f"{w} execution score text")
    agrees(os_, sum(D(r["score"]) for r in irows if r["line"].startswith("产出")), f"{w} output subtotal")
    agrees(bs, sum(D(r["score"]) for r in irows if r["line"].startswith("效益")), f"{w} benefit subtotal")
    agrees(st, D(es) + D(os_) + D(bs), f"{w} text total")
    same(st, total, f"{w} total text/table")
    check_grade(st, g, w)


def check_qianyang(t):
    w = "qianyang"
    check_years("sn-qianyang-yangzhibaoxian-2018", t)
    # premium per head = sum insured x 6%
    rate = grab(t, r"保险费率均为(\d+)%", w)
    for nm, unit in (("能繁母猪", "头"), ("奶牛", "头"), ("奶山羊", "只")):
        si, fee = grab(t, nm + r"每" + unit + r"保险金额(\d+)元、保费(\d+)元", w)
        same(D(si) * D(rate) / 100, fee, f"{w} {nm} premium")
    sh = {}
    sh["能繁母猪"] = [D(x) for x in grab(t, r"能繁母猪中央(\d+)%、省级(\d+)%、县级(\d+)%", w)]
    sh["奶牛"] = [D(x) for x in grab(t, r"奶牛中央(\d+)%、省级(\d+)%、县级(\d+)%", w)]
    sh["奶山羊"] = [D(0)] + [D(x) for x in grab(t, r"奶山羊省级(\d+)%、县级(\d+)%", w)]
    own = {"能繁母猪": D(grab(t, r"养殖户均自缴(\d+)%", w)), "奶牛": D(grab(t, r"养殖户均自缴(\d+)%", w)),
           "奶山羊": D(grab(t, r"县级\d+%，养殖户自缴(\d+)%", w))}
    for nm in sh:
        same(sum(sh[nm]) + own[nm], 100, f"{w} {nm} shares")
    fee = {"能繁母猪": D(grab(t, r"能繁母猪每头保险金额\d+元、保费(\d+)元", w)),
           "奶牛": D(grab(t, r"奶牛每头保险金额\d+元、保费(\d+)元", w)),
           "奶山羊": D(grab(t, r"奶山羊每只保险金额\d+元、保费(\d+)元", w))}
    plan = grab(t, r"能繁母猪(\d+\.\d+)万头，补贴(\d+\.\d+)万元；奶牛(\d+\.\d+)万头，补贴(\d+\.\d+)万元；奶山羊(\d+)万只，补贴(\d+\.\d+)万元；合计(\d+\.\d+)万元，其中中央资金(\d+\.\d+)万元、省级资金(\d+\.\d+)万元、县级资金(\d+\.\d+)万元", w)
    names = ("能繁母猪", "奶牛", "奶山羊")
    qty = dict(zip(names, (plan[0], plan[2], plan[4])))
    bud = dict(zip(names, (plan[1], plan[3], plan[5])))
    for nm in names:
        same(D(qty[nm]) * fee[nm] * sum(sh[nm]) / 100, bud[nm], f"{w} {nm} budget")
    total = plan[6]
    same(sum(D(bud[n]) for n in names), total, f"{w} budget sum")
    for i, lvl in enumerate(("中央", "省级", "县级")):
        same(sum(D(qty[n]) * fee[n] * sh[n][i] / 100 for n in names), plan[7 + i], f"{w} {lvl} amount")
    same(D(plan[7]) + D(plan[8]) + D(plan[9]), total, f"{w} source sum")
    act = grab(t, r"实际承保能繁母猪(\d+\.\d+)万头、奶牛(\d+\.\d+)万头、奶山羊(\d+\.\d+)万只，相应拨付保费补贴(\d+\.\d+)万元、(\d+\.\d+)万元和(\d+\.\d+)万元，全年实际支出(\d+\.\d+)万元，预算执行率(\d+\.\d+%)", w)
    aq = dict(zip(names, act[0:3]))
    paid = dict(zip(names, act[3:6]))
    for nm in names:
        same(D(aq[nm]) * fee[nm] * sum(sh[nm]) / 100, paid[nm], f"{w} {nm} paid")
    spent = act[6]
    same(sum(D(paid[n]) for n in names), spent, f"{w} spent sum")
    agrees(act[7], pct(spent, total), f"{w} execution rate")
    same(D(total) - D(spent), grab(t, r"年末结余(\d+\.\d+)万元", w), f"{w} balance")
    if "资金到位率100%" not in t:
        fail(f"{w}: received rate")
    # funds table
    rows = {}
    for nm in ("能繁母猪保险", "奶牛保险", "奶山羊保险", "合计"):
        rows[nm] = re.search("\n" + nm + r"｜([\d.]+)｜([\d.]+)｜([\d.]+)｜([\d.]+%)", t).groups()
    for nm in names:
        r = rows[nm + "保险"]
        same(r[0], bud[nm], f"{w} table initial {nm}")
        same(r[1], bud[nm], f"{w} table annual {nm}")
        same(r[2], paid[nm], f"{w} table paid {nm}")
        agrees(r[3], pct(r[2], r[1]), f"{w} table rate {nm}")
    for i in range(3):
        same(sum(D(rows[n + "保险"][i]) for n in names), rows["合计"][i], f"{w} table column {i}")
    same(rows["合计"][1], total, f"{w} table total")
    same(rows["合计"][2], spent, f"{w} table spent")
    same(rows["合计"][3], act[7], f"{w} table rate")
    same(grab(t, r"预算资金总额（万元）｜(\d+\.\d+)", w), total, f"{w} header budget")
    # text completions
    same(grab(t, r"奶牛承保\d+\.\d+万头，完成(\d+\.\d+)%", w), pct(aq["奶牛"], qty["奶牛"]).quantize(D("0.01"), ROUND_HALF_UP), f"{w} cattle completion")
    agrees(grab(t, r"奶山羊承保\d+\.\d+万只，完成(\d+\.\d+)%", w), pct(aq["奶山羊"], qty["奶山羊"]), f"{w} goat completion")
    # indicator table with completion column
    cols = dict(target=3, actual=4, completion=5, weight=6, score=7, reason=8)
    irows = indicator_rows(t, ("产出指标｜", "效益指标｜", "满意度指标｜", "预算执行｜"), cols, w)
    ex = [r for r in irows if r["line"].startswith("预算执行")][0]
    irows = [r for r in irows if not r["line"].startswith("预算执行")]
    same(ex["actual"].rstrip("%"), act[7].rstrip("%"), f"{w} execution row")
    agrees(ex["completion"], pct(spent, total), f"{w} execution completion")
    agrees(ex["score"], D(ex["weight"]) * pct(spent, total) / 100, f"{w} execution score")
    byname = {r["line"].split("｜")[2]: r for r in irows}
    same(byname["能繁母猪承保数量"]["actual"].replace("万头", ""), aq["能繁母猪"], f"{w} sows table")
    same(byname["奶牛承保数量"]["actual"].replace("万头", ""), aq["奶牛"], f"{w} cattle table")
    same(byname["奶山羊承保数量"]["actual"].replace("万只", ""), aq["奶山羊"], f"{w} goats table")
    same(byname["奶山羊承保数量"]["target"].lstrip("≥").replace("万只", ""), qty["奶山羊"], f"{w} goats target")
    same(byname["保险理赔兑付率"]["actual"].rstrip("%"), grab(t, r"理赔兑付率(\d+\.\d+)%", w), f"{w} claims")
    same(byname["理赔款到户时限"]["actual"].replace("天", ""), grab(t, r"理赔款平均(\d+)天到户", w), f"{w} days")
    same(byname["奶山羊每只保费"]["actual"].replace("元", ""), fee["奶山羊"], f"{w} fee table")
    pay, c1 = grab(t, r"全年理赔金额(\d+\.\d+)万元，完成年度目标的(\d+\.\d+)%", w)
    same(byname["全年理赔金额"]["actual"].replace("万元", ""), pay, f"{w} payout table")
    same(byname["全年理赔金额"]["completion"].rstrip("%"), c1, f"{w} payout completion text/table")
    same(byname["受灾养殖户恢复生产率"]["actual"].rstrip("%"), grab(t, r"恢复生产率(\d+\.\d+)%", w), f"{w} recovery")
    stock, c2 = grab(t, r"奶山羊存栏(\d+\.\d+)万只，完成年度目标的(\d+\.\d+)%", w)
    same(byname["奶山羊存栏量"]["actual"].replace("万只", ""), stock, f"{w} stock")
    same(byname["奶山羊存栏量"]["completion"].rstrip("%"), c2, f"{w} stock completion")
    same(byname["参保养殖户满意度"]["actual"].rstrip("%"), grab(t, r"满意度为(\d+\.\d+)%", w), f"{w} satisfaction")
    tot = grab(t, r"合计｜｜｜｜｜｜100｜(\d+\.\d+)", w)
    check_rows(irows, w, ex["weight"], ex["score"], 100, tot)
    st, g = grab(t, r"自评得分(\d+\.\d+)分，评价等级为“(.)”", w)
    same(st, tot, f"{w} total text/table")
    check_grade(st, g, w)


CHECKS = {
    "hn-anxiang-wanquanchengben-2022": check_anxiang,
    "jl-wangqing-senlinbaoxian-2020": check_wangqing,
    "ah-lujiang-nongyebumen-2023": check_lujiang,
    "sc-santai-shengzhujiage-2024": check_santai,
    "sn-qianyang-yangzhibaoxian-2018": check_qianyang,
}

def check_years(src, t):
    """The evaluation year (from the id) in the title, in 截至…12月31日 and in carry-forward sentences."""
    year = int(src.rsplit("-", 1)[1])
    title = "\n".join(t.splitlines()[:3])
    for y in re.findall(r"(\d{4})年", title):
        same(y, year, f"{src} title year")
    for y in re.findall(r"截至(\d{4})年12月31日", t):
        same(y, year, f"{src} 截至 year")
    for y in re.findall(r"结转至(\d{4})年", t):
        if int(y) <= year:
            fail(f"{src}: carried forward to {y}")
    for y in re.findall(r"(\d{4})年度", t):
        if int(y) not in (year, year - 1, year + 1):
            fail(f"{src}: odd year {y}")
    for y in re.findall(r"自评表（(\d{4})年度）", t) + re.findall(r"(\d{4})年度部门整体支出绩效自评表", t):
        same(y, year, f"{src} table year")


REQUIRED = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
            "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
            "unit_mismatch", "year_mismatch", "completion_mismatch"]


def one_place(clean, err, name):
    sm = difflib.SequenceMatcher(None, clean, err, autojunk=False)
    ops = [op for op in sm.get_opcodes() if op[0] != "equal"]
    if not ops:
        fail(f"{name}: identical to clean draft")
        return
    a0, a1 = ops[0][1], ops[-1][2]
    b0, b1 = ops[0][3], ops[-1][4]
    region_lines = clean[a0:a1].count("\n")
    if region_lines > 1 or (a1 - a0) > 120 or (b1 - b0) > 120:
        fail(f"{name}: change spans more than one place ({a1 - a0} chars, {region_lines + 1} lines)")
    if clean[:a0] != err[:b0] or clean[a1:] != err[b1:]:
        fail(f"{name}: inconsistent diff")


def main():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        fail("labels and case files differ")
    codes = {}
    sources = sorted({l["source"] for l in labels})
    if sorted(CHECKS) != sources:
        fail(f"sources {sources}")
    for lab in labels:
        text = read(lab["case"])
        n = len(text)
        if not (3000 <= n <= 9000):
            fail(f"{lab['case']}: {n} characters")
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expectations")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected one finding")
        for exp in lab["expected"]:
            if exp["severity"] != "error" or exp["code"] not in REQUIRED:
                fail(f"{lab['case']}: bad code/severity")
            if exp["value"] not in text:
                fail(f"{lab['case']}: value {exp['value']!r} not in case")
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
        one_place(read(lab["source"] + "-clean.txt"), text, lab["case"])
    for c in REQUIRED:
        if codes.get(c, 0) < 2:
            fail(f"code {c} occurs {codes.get(c, 0)} times")
    for src, fn in CHECKS.items():
        fn(read(src + "-clean.txt"))
    # the arithmetic checks must catch the numeric injections: run them on error cases too (informational)
    caught = 0
    for lab in labels:
        if lab["clean"]:
            continue
        before = len(ERRORS)
        try:
            CHECKS[lab["source"]](read(lab["case"]))
        except Exception:  # noqa: BLE001  (a broken pattern also counts as caught)
            ERRORS.append("x")
        if len(ERRORS) > before:
            caught += 1
        del ERRORS[before:]
    print(f"arithmetic re-check flags {caught}/{sum(1 for l in labels if not l['clean'])} error cases")
    if ERRORS:
        for e in ERRORS:
            print("FAIL", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
