#!/usr/bin/env python3
"""Verify drafts285.

1. every label value occurs in its case; labels cover all cases; every code of errors.md §A occurs >= 2 times;
2. every error case differs from its clean draft in exactly one place (one contiguous edit);
3. the arithmetic of every clean draft is redone from the text itself: the 自评表 is parsed in its own
   layout (flattened cells, tab rows, ｜ rows, PDF space rows), and the prose figures are read with
   regular expressions and checked against each other and against the table.
Prints OK at the end, or stops at the first failure.
"""
import difflib
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

FAIL = []


def fail(msg):
    print("FAIL:", msg)
    FAIL.append(msg)


def check(cond, msg):
    if not cond:
        fail(msg)


# ---------------------------------------------------------------- numbers and tolerance
def dec(s):
    return D(str(s).replace(",", ""))


def decimals(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    """rules.md §8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals of the stated string."""
    v = dec(stated)
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- table parsing
def rows_flattened(text):
    """seed-003 layout: one cell per line, each cell line starts with a tab, blank line between rows."""
    start = text.index("附件")
    rows = []
    for block in text[start:].split("\n\n"):
        cells = [ln[1:] for ln in block.split("\n") if ln.startswith("\t")]
        if cells:
            rows.append([c.strip() for c in cells])
    return rows


def rows_sep(text, sep):
    start = text.index("附件")
    rows = []
    for ln in text[start:].split("\n"):
        if sep in ln:
            rows.append([c.strip() for c in ln.split(sep)])
    return rows


def rows_space(text):
    """PDF copy: cells separated by single spaces, merged cells dropped; read the indicator rows from the right."""
    start = text.index("附件")
    return [ln.split(" ") for ln in text[start:].split("\n") if ln.strip()]


def funds_from_rows(rows):
    out = {}
    for r in rows:
        if not r:
            continue
        name = r[0]
        for key in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            if name == key:
                out[key] = r[1:]
    return out


def indicators_from_rows(rows, layout):
    """Return (list of dict(name, target, actual, completion, weight, score), total_row(weight, score))."""
    inds, total = [], None
    if layout == "space":
        in_block = False
        for r in rows:
            if r[0] == "一级指标":
                in_block = True
                continue
            if not in_block:
                continue
            if r[0] == "总分":
                total = (r[1], r[2])
                break
            inds.append(dict(name=r[-6], target=r[-5], actual=r[-4], completion=None, weight=r[-3], score=r[-2]))
        return inds, total
    header = None
    for r in rows:
        if "三级指标" in r:
            header = r
            continue
        if header is None:
            continue
        if r[0] == "总分":
            nums = [c for c in r[1:] if c]
            total = (nums[0], nums[1])
            break
        col = {h: i for i, h in enumerate(header)}
        get = lambda k: r[col[k]] if k in col and col[k] < len(r) else None
        inds.append(dict(name=get("三级指标"), target=get("年度指标值"), actual=get("实际完成值"),
                         completion=get("完成率"), weight=get("分值"), score=get("得分")))
    return inds, total


NUM_UNIT = re.compile(r"^(≥|≤|=)?([\d.]+)(万人|人|%|万元|元|天|台|元/人·月|元/人·年|元/人)?$")


def parse_value(s):
    m = NUM_UNIT.match(s.replace(",", ""))
    if not m:
        return None
    return (m.group(1) or "=", dec(m.group(2)), m.group(3) or "")


def check_table(sid, text, layout):
    if layout == "flat":
        rows = rows_flattened(text)
    elif layout == "tab":
        rows = rows_sep(text, "\t")
    elif layout == "pipe":
        rows = rows_sep(text, "｜")
    else:
        rows = rows_space(text)
    funds = funds_from_rows(rows)
    check(set(funds) == {"年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"}, f"{sid}: funds rows")
    tot = funds["年度资金总额"]
    initial, annual, spent, w_exec, rate, s_exec = tot[:6]
    # I4: components add to the total in each amount column
    for i, colname in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        parts = [dec(funds[k][i] or 0) for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
        check(sum(parts) == dec(tot[i]), f"{sid}: {colname} components {parts} != {tot[i]}")
    # sub-rows carry no rate or score
    for k in ("其中：当年财政拨款", "上年结转资金", "其他资金"):
        check(all(c in ("—", "") for c in funds[k][3:6]), f"{sid}: {k} should show — for 分值/执行率/得分")
    # I1 execution rate and score
    r = dec(spent) / dec(annual) * 100
    check(rate.endswith("%") and consistent(rate[:-1], r), f"{sid}: 执行率 {rate} vs {r:.4f}")
    check(dec(spent) <= dec(annual), f"{sid}: spent above budget")
    exp_exec = dec(w_exec) * min(r, D(100)) / 100
    check(consistent(s_exec, exp_exec) or consistent(s_exec, dec(w_exec) * dec(rate[:-1]) / 100),
          f"{sid}: execution score {s_exec} vs {exp_exec:.4f}")
    inds, total = indicators_from_rows(rows, layout)
    check(total is not None and len(inds) >= 8, f"{sid}: indicator table not parsed")
    # I6 weights, I7 scores
    wsum = dec(w_exec) + sum(dec(x["weight"]) for x in inds)
    ssum = dec(s_exec) + sum(dec(x["score"]) for x in inds)
    check(wsum == 100, f"{sid}: weights add to {wsum}")
    check(dec(total[0]) == 100, f"{sid}: total weight row {total[0]}")
    check(consistent(total[1], ssum), f"{sid}: scores add to {ssum}, table total {total[1]}")
    for x in inds:
        check(D(0) <= dec(x["score"]) <= dec(x["weight"]), f"{sid}: {x['name']} score above weight")
        t, a = parse_value(x["target"]), parse_value(x["actual"])
        if t is None or a is None:
            # qualitative or date row: score within the weight, and dates inside the evaluation year
            if x["completion"]:
                check(x["completion"] in ("100%", "100.00%"), f"{sid}: {x['name']} completion {x['completion']}")
            continue
        check(t[2] == a[2], f"{sid}: {x['name']} unit {t[2]} vs {a[2]}")
        w = dec(x["weight"])
        if t[0] == "≤":
            comp = D(100) if a[1] <= t[1] else t[1] / a[1] * 100
            exp = w if a[1] <= t[1] else w * t[1] / a[1]
        else:
            comp = a[1] / t[1] * 100
            exp = w * min(comp, D(100)) / 100
        check(consistent(x["score"], exp), f"{sid}: {x['name']} score {x['score']} vs {exp:.4f}")
        if x["completion"]:
            check(consistent(x["completion"].rstrip("%"), comp), f"{sid}: {x['name']} completion {x['completion']} vs {comp:.4f}")
        if t[2] == "%" and a[2] == "%":
            check(a[1] <= 100, f"{sid}: {x['name']} rate above 100%")
    return dict(initial=initial, annual=annual, spent=spent, rate=rate, exec_score=s_exec,
                total=total[1], inds=inds, funds=funds, ssum=ssum)


# ---------------------------------------------------------------- prose helpers
def one(text, pattern, sid, what):
    """All matches of pattern must give the same value; return it as the original string."""
    vals = re.findall(pattern, text)
    check(len(vals) >= 1, f"{sid}: no match for {what}: {pattern}")
    if not vals:
        return "0"
    check(len(set(vals)) == 1, f"{sid}: {what} stated with different values {vals}")
    return vals[0]


def same(sid, what, stated, computed):
    check(consistent(stated, computed), f"{sid}: {what}: stated {stated}, computed {computed}")


def level_sum(tab, names):
    return sum(dec(x["score"]) for x in tab["inds"] if x["name"] in names)


# ---------------------------------------------------------------- per-draft arithmetic
def verify_yongxiu(t):
    sid = "yongxiu"
    tab = check_table(sid, t, "flat")
    ini = one(t, r"年初预算安排缴费补贴资金([\d.]+)万元", sid, "年初")
    ini_cur = one(t, r"其中当年财政拨款([\d.]+)万元、上年结转", sid, "年初当年")
    carry = one(t, r"上年结转资金([\d.]+)万元", sid, "上年结转")
    add = one(t, r"追加预算([\d.]+)万元", sid, "追加")
    annual = one(t, r"全年预算数调整为([\d.]+)万元", sid, "全年")
    cur = one(t, r"其中当年财政拨款([\d.]+)万元（", sid, "全年当年")
    prov = one(t, r"省级补助资金([\d.]+)万元、", sid, "省级")
    county = one(t, r"县级配套资金([\d.]+)万元", sid, "县级")
    adv = one(t, r"提前下达的([\d.]+)万元于2020年12月下达", sid, "提前下达")
    rest = one(t, r"其余([\d.]+)万元于2021年6月下达", sid, "其余")
    spent = one(t, r"2021年实际支出([\d.]+)万元", sid, "支出")
    rate = one(t, r"预算执行率([\d.]+)%", sid, "执行率")
    ind = one(t, r"个人缴费补贴([\d.]+)万元", sid, "个人补贴")
    persons = one(t, r"惠及缴费人员([\d.]+)万人", sid, "人数")
    avg = one(t, r"人均补贴约([\d.]+)元", sid, "人均")
    dai = one(t, r"困难群体代缴([\d.]+)万元", sid, "代缴额")
    dai_p = one(t, r"为([\d.]+)万名困难群众按100元档次", sid, "代缴人数")
    cur_sp = one(t, r"当年财政拨款支出([\d.]+)万元", sid, "当年支出")
    bal = one(t, r"年末结余([\d.]+)万元", sid, "结余")
    last = one(t, r"2020年缴费补贴支出([\d.]+)万元", sid, "上年")
    inc = one(t, r"本年比上年增加([\d.]+)万元", sid, "增加")
    check(dec(ini) == dec(ini_cur) + dec(carry), f"{sid}: 年初 parts")
    check(dec(annual) == dec(ini) + dec(add), f"{sid}: 全年 = 年初 + 追加")
    check(dec(annual) == dec(cur) + dec(carry), f"{sid}: 全年 parts")
    check(dec(cur) == dec(prov) + dec(county), f"{sid}: 省级 + 县级")
    check(dec(prov) == dec(adv) + dec(rest), f"{sid}: 省级 two batches")
    check(dec(spent) == dec(ind) + dec(dai), f"{sid}: 支出 parts")
    check(dec(spent) == dec(cur_sp) + dec(carry), f"{sid}: 支出 by source")
    same(sid, "人均补贴", avg, dec(ind) / dec(persons))
    same(sid, "代缴额 = 人数 × 100元", dai, dec(dai_p) * 100)
    same(sid, "执行率", rate, dec(spent) / dec(annual) * 100)
    check(dec(bal) == dec(annual) - dec(spent), f"{sid}: 结余")
    check(dec(inc) == dec(spent) - dec(last), f"{sid}: 比上年增加")
    check("结转至2022年" in t, f"{sid}: carry-over year")
    # table vs text
    check((tab["initial"], tab["annual"], tab["spent"]) == (ini, annual, spent), f"{sid}: table funds vs text")
    check(tab["funds"]["其中：当年财政拨款"][:3] == [ini_cur, cur, cur_sp], f"{sid}: table 当年 vs text")
    check(tab["rate"] == rate + "%", f"{sid}: table rate vs text")
    # completion statements
    same(sid, "缴费补贴完成率", one(t, r"（10万人）的([\d.]+)%", sid, "完成率1"), D("10.36") / 10 * 100)
    same(sid, "代缴完成率", one(t, r"为困难群体代缴1.27万人，完成年度目标的([\d.]+)%", sid, "完成率2"), D("1.27") / D("1.2") * 100)
    same(sid, "档次占比完成率", one(t, r"完成率([\d.]+)%", sid, "完成率3"), D("13.2") / 15 * 100)
    same(sid, "提高百分点", one(t, r"提高([\d.]+)个百分点", sid, "百分点"), D("13.2") - D("11.5"))
    items = re.search(r"满意度分别为([\d.]+)%、([\d.]+)%、([\d.]+)%、([\d.]+)%，平均([\d.]+)%", t)
    check(items is not None, f"{sid}: satisfaction items")
    vals = [dec(x) for x in items.groups()[:4]]
    same(sid, "满意度平均", items.group(5), sum(vals) / 4)
    sat = [x for x in tab["inds"] if x["name"] == "参保群众满意度"][0]
    check(sat["actual"] == items.group(5) + "%", f"{sid}: satisfaction table vs text")
    conclusion(sid, t, tab, r"本项目预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，自评总分([\d.]+)分，自评等级为\"(.)\"",
               [["享受缴费补贴人数", "困难群体代缴人数", "补贴记入个人账户准确率", "补贴资金到账及时率", "缴费补贴支出控制数"],
                ["城乡居民基本养老保险参保率", "困难群体代缴覆盖率", "200元及以上档次缴费人数占比"],
                ["参保群众满意度"]])


def conclusion(sid, t, tab, pattern, levels):
    m = re.search(pattern, t)
    check(m is not None, f"{sid}: conclusion sentence")
    if m is None:
        return
    g = m.groups()
    exec_s, parts, total, gr = g[0], g[1:1 + len(levels)], g[1 + len(levels)], g[2 + len(levels)]
    check(consistent(exec_s, dec(tab["exec_score"])), f"{sid}: text execution score")
    for names, p in zip(levels, parts):
        same(sid, f"level score {names[0]}…", p, level_sum(tab, names))
    same(sid, "text total = sum of text parts", total, dec(exec_s) + sum(dec(p) for p in parts))
    check(total == tab["total"], f"{sid}: text total {total} vs table {tab['total']}")
    check(gr == grade(total), f"{sid}: grade {gr} for {total}")
    counted = sum(len(n) for n in levels)
    check(counted == len(tab["inds"]), f"{sid}: every indicator row assigned to a level ({counted} vs {len(tab['inds'])})")


def verify_ceheng(t):
    sid = "ceheng"
    tab = check_table(sid, t, "tab")
    ini = one(t, r"年初预算安排高龄津贴([\d.]+)万元", sid, "年初")
    cut = one(t, r"调减预算([\d.]+)万元", sid, "调减")
    annual = one(t, r"全年预算数为([\d.]+)万元", sid, "全年")
    zhou = one(t, r"州级补助资金([\d.]+)万元", sid, "州级")
    county = one(t, r"县级财政资金([\d.]+)万元", sid, "县级")
    spent = one(t, r"全年发放高龄津贴([\d.]+)万元", sid, "发放")
    rate = one(t, r"预算执行率([\d.]+)%", sid, "执行率")
    bal = one(t, r"结余([\d.]+)万元已由县财政统筹收回", sid, "结余")
    check(dec(annual) == dec(ini) - dec(cut), f"{sid}: 全年 = 年初 - 调减")
    check(dec(annual) == dec(zhou) + dec(county), f"{sid}: 州 + 县")
    same(sid, "执行率", rate, dec(spent) / dec(annual) * 100)
    check(dec(bal) == dec(annual) - dec(spent), f"{sid}: 结余")
    groups = re.findall(r"(?:累计发放(\d+)人月，折合(\d+)人|100周岁及以上(\d+)人)，发放([\d.]+)万元", t)
    check(len(groups) == 3, f"{sid}: age groups")
    std = [50, 100, 300]
    tot_p, tot_amt = 0, D(0)
    for (pm, p, p100, amt), s in zip(groups, std):
        if pm:
            check(int(pm) == int(p) * 12, f"{sid}: 人月 = 人 × 12")
            same(sid, "age group amount", amt, D(int(pm) * s) / 10000)
            tot_p += int(p)
        else:
            same(sid, "100+ amount", amt, D(int(p100) * s * 12) / 10000)
            tot_p += int(p100)
        tot_amt += dec(amt)
    check(tot_amt == dec(spent), f"{sid}: age groups add to {tot_amt}")
    q = re.search(r"一至四季度分别发放([\d.]+)万元、([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，季均发放([\d.]+)万元", t)
    qs = [dec(x) for x in q.groups()[:4]]
    check(sum(qs) == dec(spent), f"{sid}: quarters add up")
    same(sid, "季均", q.group(5), sum(qs) / 4)
    check(f"覆盖高龄老人{tot_p}人" in t, f"{sid}: persons in goal row")
    n80 = one(t, r"80—89周岁高龄津贴发放(\d+)人", sid, "80-89人数")
    n90 = one(t, r"90周岁及以上发放(\d+)人", sid, "90+人数")
    check(int(n80) + int(n90) == tot_p, f"{sid}: 80-89 + 90+")
    same(sid, "完成率80", one(t, r"年度目标3500人，完成率([\d.]+)%", sid, "c1"), D(int(n80)) / 3500 * 100)
    same(sid, "完成率90", one(t, r"年度目标400人，完成率([\d.]+)%", sid, "c2"), D(int(n90)) / 400 * 100)
    stop = re.search(r"因死亡停发(\d+)人，其中(\d+)人在死亡次月即停发，停发及时率([\d.]+)%", t)
    same(sid, "停发及时率", stop.group(3), D(int(stop.group(2))) / int(stop.group(1)) * 100)
    sv = re.search(r"收回有效问卷(\d+)份，表示满意的(\d+)份，满意度([\d.]+)%", t)
    same(sid, "满意度", sv.group(3), D(int(sv.group(2))) / int(sv.group(1)) * 100)
    rows = {x["name"]: x for x in tab["inds"]}
    check(rows["80—89周岁高龄津贴发放人数"]["actual"] == n80 + "人", f"{sid}: table 80-89")
    check(rows["90周岁及以上高龄津贴发放人数"]["actual"] == n90 + "人", f"{sid}: table 90+")
    check(rows["死亡人员停发及时率"]["actual"] == stop.group(3) + "%", f"{sid}: table 停发")
    check(rows["高龄老人及家属满意度"]["actual"] == sv.group(3) + "%", f"{sid}: table 满意度")
    check((tab["initial"], tab["annual"], tab["spent"], tab["rate"]) == (ini, annual, spent, rate + "%"), f"{sid}: table funds vs text")
    check("自评表（2023年度）" in t and "2023年度高龄津贴" in t, f"{sid}: years")
    conclusion(sid, t, tab, r"预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，自评得分([\d.]+)分，评价等级为(.)",
               [["80—89周岁高龄津贴发放人数", "90周岁及以上高龄津贴发放人数", "发放对象认定准确率", "死亡人员停发及时率", "按月发放及时率", "80—89周岁津贴标准"],
                ["符合条件高龄老人津贴覆盖率", "高龄津贴制度持续运行"],
                ["高龄老人及家属满意度"]])


def verify_lingshou(t):
    sid = "lingshou"
    tab = check_table(sid, t, "space")
    ini = one(t, r"年初预算安排被征地农民养老保险补贴([\d.]+)万元", sid, "年初")
    annual = one(t, r"全年预算数([\d.]+)万元", sid, "全年")
    got = one(t, r"计提到位([\d.]+)万元", sid, "到位")
    got_rate = one(t, r"资金到位率([\d.]+)%", sid, "到位率")
    missing = one(t, r"尚有([\d.]+)万元", sid, "未到位")
    spent = one(t, r"全年实际支出([\d.]+)万元", sid, "支出")
    rate = one(t, r"预算执行率(?:仅)?([\d.]+)%", sid, "执行率")
    use = one(t, r"到位资金使用率([\d.]+)%", sid, "使用率")
    once = re.search(r"一次性缴费补贴([\d.]+)万元，共(\d+)人，每人(\d+)元", t)
    diff = re.search(r"待遇补差([\d.]+)万元，共(\d+)人，每人每月(\d+)元，按月发放(\d+)个月", t)
    bal = one(t, r"已到位未使用资金([\d.]+)万元", sid, "结余")
    last = one(t, r"2018年本项目支出([\d.]+)万元", sid, "上年")
    inc = one(t, r"本年支出增加([\d.]+)万元", sid, "增加")
    check(ini == annual, f"{sid}: 未作调整 => 年初 = 全年")
    same(sid, "到位率", got_rate, dec(got) / dec(annual) * 100)
    check(dec(missing) == dec(annual) - dec(got), f"{sid}: 未到位")
    same(sid, "执行率", rate, dec(spent) / dec(annual) * 100)
    same(sid, "使用率", use, dec(spent) / dec(got) * 100)
    same(sid, "一次性补贴", once.group(1), D(int(once.group(2)) * int(once.group(3))) / 10000)
    same(sid, "待遇补差", diff.group(1), D(int(diff.group(2)) * int(diff.group(3)) * int(diff.group(4))) / 10000)
    check(dec(once.group(1)) + dec(diff.group(1)) == dec(spent), f"{sid}: 支出 parts")
    check(dec(bal) == dec(got) - dec(spent), f"{sid}: 结余 = 到位 - 支出")
    check(dec(inc) == dec(spent) - dec(last), f"{sid}: 比上年")
    check("结转至2020年" in t and "截至2019年12月31日" in t, f"{sid}: years")
    n_new = once.group(2)
    same(sid, "新增参保完成率", one(t, r"参保1126人，完成目标的([\d.]+)%", sid, "c1"), D(int(n_new)) / 1000 * 100)
    same(sid, "补差完成率", one(t, r"享受待遇补差685人，完成目标的([\d.]+)%", sid, "c2"), D(int(diff.group(2))) / 650 * 100)
    days = re.search(r"用时分别为(\d+)天、(\d+)天、(\d+)天、(\d+)天、(\d+)天，平均(\d+)天", t)
    ds = [int(x) for x in days.groups()[:5]]
    same(sid, "平均天数", days.group(6), D(sum(ds)) / 5)
    same(sid, "超时天数", one(t, r"超过规定时限(\d+)天", sid, "超时"), int(days.group(6)) - 90)
    cov = re.search(r"应纳入保障的被征地农民(\d+)人，已参保(\d+)人，应保尽保率([\d.]+)%", t)
    same(sid, "应保尽保率", cov.group(3), D(int(cov.group(2))) / int(cov.group(1)) * 100)
    check(cov.group(2) == n_new, f"{sid}: 参保人数")
    sv = re.search(r"问卷(\d+)份，其中\"非常满意\"(\d+)份、\"满意\"(\d+)份，满意度(\d+)%", t)
    same(sid, "满意度", sv.group(4), D(int(sv.group(2)) + int(sv.group(3))) / int(sv.group(1)) * 100)
    pay = re.search(r"人均月待遇由上年的(\d+)元提高到(\d+)元，其中包含待遇补差(\d+)元", t)
    check(int(pay.group(1)) + int(pay.group(3)) == int(pay.group(2)), f"{sid}: 月待遇")
    rows = {x["name"]: x for x in tab["inds"]}
    check(rows["新增被征地农民参保人数"]["actual"] == n_new + "人", f"{sid}: table 新增")
    check(rows["享受待遇补差人数"]["actual"] == diff.group(2) + "人", f"{sid}: table 补差")
    check(rows["征地批复后参保办理时限"]["actual"] == days.group(6) + "天", f"{sid}: table 天数")
    check(rows["被征地农民养老保险应保尽保率"]["actual"] == cov.group(3) + "%", f"{sid}: table 应保尽保")
    check(rows["被征地农民满意度"]["actual"] == sv.group(4) + "%", f"{sid}: table 满意度")
    check(f"新增参保{n_new}人，待遇补差{diff.group(2)}人" in t, f"{sid}: goal row")
    check((tab["initial"], tab["annual"], tab["spent"], tab["rate"]) == (ini, annual, spent, rate + "%"), f"{sid}: table funds vs text")
    conclusion(sid, t, tab, r"本项目预算执行率得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分，总得分([\d.]+)分，自评等级为(.)",
               [["新增被征地农民参保人数", "享受待遇补差人数", "补贴足额记入个人账户率", "征地批复后参保办理时限", "一次性缴费补贴标准"],
                ["被征地农民养老保险应保尽保率", "被征地农民养老保障长效机制"],
                ["被征地农民满意度"]])
    qual = rows["被征地农民养老保障长效机制"]
    check(D("0.8") * dec(qual["weight"]) <= dec(qual["score"]) <= dec(qual["weight"]), f"{sid}: qualitative band")


def verify_zhangwu(t):
    sid = "zhangwu"
    tab = check_table(sid, t, "pipe")
    ini = one(t, r"2022年年初预算([\d.]+)万元", sid, "年初")
    add = one(t, r"追加预算([\d.]+)万元", sid, "追加")
    annual = one(t, r"全年预算数为([\d.]+)万元", sid, "全年")
    b = re.search(r"村级协办员劳务补助([\d.]+)万元（(\d+)人×(\d+)元），待遇领取资格认证及信息系统运维([\d.]+)万元，档案数字化及政策宣传([\d.]+)万元", t)
    s = re.search(r"其中：村级协办员劳务补助([\d.]+)万元，执行率(\d+)%；资格认证及信息系统运维([\d.]+)万元，执行率([\d.]+)%；档案数字化及政策宣传([\d.]+)万元", t)
    spent = one(t, r"全年支出([\d.]+)万元", sid, "支出")
    rate = one(t, r"预算执行率([\d.]+)%", sid, "执行率")
    unspent = one(t, r"未支出资金([\d.]+)万元", sid, "未支出")
    carry = one(t, r"结转资金([\d.]+)万元已于2023年1月", sid, "结转")
    check(dec(annual) == dec(ini) + dec(add), f"{sid}: 全年 = 年初 + 追加")
    same(sid, "协办员补助", b.group(1), D(int(b.group(2)) * int(b.group(3))) / 10000)
    check(dec(b.group(1)) + dec(b.group(4)) + dec(b.group(5)) == dec(annual), f"{sid}: budget items")
    check(dec(s.group(1)) + dec(s.group(3)) + dec(s.group(5)) == dec(spent), f"{sid}: spending items")
    same(sid, "协办员执行率", s.group(2), dec(s.group(1)) / dec(b.group(1)) * 100)
    same(sid, "认证运维执行率", s.group(4), dec(s.group(3)) / dec(b.group(4)) * 100)
    same(sid, "执行率", rate, dec(spent) / dec(annual) * 100)
    check(dec(unspent) == dec(annual) - dec(spent) == dec(carry), f"{sid}: 未支出/结转")
    check("已结转至2023年支付" in t, f"{sid}: carry-over year")
    cert = one(t, r"已认证([\d.]+)万人", sid, "已认证")
    due = one(t, r"应认证([\d.]+)万人", sid, "应认证")
    crate = one(t, r"认证率([\d.]+)%", sid, "认证率")
    same(sid, "认证率", crate, dec(cert) / dec(due) * 100)
    check(one(t, r"实际领取待遇([\d.]+)万人", sid, "领取") == due == one(t, r"领取待遇([\d.]+)万人。全县", sid, "领取2"), f"{sid}: 领取人数")
    m = re.search(r"静默认证（大数据比对）([\d.]+)万人，\"辽宁人社\"APP及\"电子社保卡\"刷脸认证([\d.]+)万人，窗口及上门认证([\d.]+)万人", t)
    check(sum(dec(x) for x in m.groups()) == dec(cert), f"{sid}: 认证方式 add up")
    check(one(t, r"完成待遇领取人员资格认证([\d.]+)万人", sid, "认证") == cert, f"{sid}: 认证人数")
    rec = re.search(r"涉及金额([\d.]+)万元，已追回([\d.]+)万元，追回率([\d.]+)%", t)
    same(sid, "追回率", rec.group(3), dec(rec.group(2)) / dec(rec.group(1)) * 100)
    net = re.search(r"经办事项共(\d+)项，已实现\"一网通办\"(\d+)项，占(\d+)%", t)
    same(sid, "一网通办", net.group(3), D(int(net.group(2))) / int(net.group(1)) * 100)
    sv = re.search(r"满意度分别为([\d.]+)%、([\d.]+)%、([\d.]+)%，平均为([\d.]+)%", t)
    same(sid, "满意度平均", sv.group(4), sum(dec(x) for x in sv.groups()[:3]) / 3)
    same(sid, "比上年增加", one(t, r"本年认证人数增加([\d.]+)万人", sid, "增加"), dec(cert) - dec(one(t, r"2021年全县认证([\d.]+)万人", sid, "上年")))
    rows = {x["name"]: x for x in tab["inds"]}
    check(rows["待遇领取人员资格认证人数"]["actual"] == cert + "万人", f"{sid}: table 认证人数")
    check(rows["待遇领取资格认证率"]["actual"] == crate + "%", f"{sid}: table 认证率")
    check(rows["冒领养老金追回率"]["actual"] == rec.group(3) + "%", f"{sid}: table 追回率")
    check(rows["经办事项\"一网通办\"占比"]["actual"] == net.group(3) + "%", f"{sid}: table 一网通办")
    check(rows["参保群众满意度"]["actual"] == sv.group(4) + "%", f"{sid}: table 满意度")
    check(rows["年度认证完成时间"]["actual"] == "2022年12月20日" and "2022年12月20日完成全部年度认证" in t, f"{sid}: date")
    check(rows["村级协办员补助发放人数"]["actual"] == b.group(2) + "人", f"{sid}: table 协办员")
    check((tab["initial"], tab["annual"], tab["spent"], tab["rate"]) == (ini, annual, spent, rate + "%"), f"{sid}: table funds vs text")
    conclusion(sid, t, tab, r"本项目预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，综合得分([\d.]+)分，评价等级为\"(.)\"",
               [["待遇领取人员资格认证人数", "村级协办员补助发放人数", "待遇领取资格认证率", "年度认证完成时间", "村级协办员劳务补助标准"],
                ["冒领养老金追回率", "经办事项\"一网通办\"占比"],
                ["参保群众满意度"]])


def verify_shawan(t):
    sid = "shawan"
    tab = check_table(sid, t, "flat")
    ini = one(t, r"2024年年初预算([\d.]+)万元", sid, "年初")
    ini_cur = one(t, r"其中当年财政拨款([\d.]+)万元、上年结转资金[\d.]+万元（", sid, "年初当年")
    carry = one(t, r"上年结转资金([\d.]+)万元", sid, "结转")
    add = one(t, r"市财政追加([\d.]+)万元", sid, "追加")
    annual = one(t, r"全年预算数([\d.]+)万元", sid, "全年")
    cur = one(t, r"全年预算数[\d.]+万元，其中当年财政拨款([\d.]+)万元", sid, "全年当年")
    spent = one(t, r"项目实际支出([\d.]+)万元", sid, "支出")
    rate = one(t, r"预算执行率([\d.]+)%", sid, "执行率")
    dev = re.search(r"认证终端购置([\d.]+)万元。通过政府采购购置移动认证终端(\d+)台，中标单价([\d.]+)万元/台，比预算单价([\d.]+)万元/台节约([\d.]+)万元/台", t)
    visit = one(t, r"上门认证交通及误工补助([\d.]+)万元", sid, "上门补助")
    data = one(t, r"数据比对及短信提醒服务费([\d.]+)万元", sid, "数据服务")
    cur_sp = one(t, r"其中当年财政拨款支出([\d.]+)万元", sid, "当年支出")
    bal = one(t, r"当年财政拨款结余([\d.]+)万元", sid, "结余")
    check(dec(ini) == dec(ini_cur) + dec(carry), f"{sid}: 年初 parts")
    check(dec(annual) == dec(ini) + dec(add) == dec(cur) + dec(carry), f"{sid}: 全年")
    same(sid, "终端", dev.group(1), int(dev.group(2)) * dec(dev.group(3)))
    check(dec(dev.group(4)) - dec(dev.group(3)) == dec(dev.group(5)), f"{sid}: 节约")
    check(dec(dev.group(1)) + dec(visit) + dec(data) == dec(spent), f"{sid}: 支出 parts")
    check(dec(cur_sp) + dec(carry) == dec(spent), f"{sid}: 支出 by source")
    check(dec(bal) == dec(cur) - dec(cur_sp) == dec(annual) - dec(spent), f"{sid}: 结余")
    same(sid, "执行率", rate, dec(spent) / dec(annual) * 100)
    check("2024年3月、6月分两批到位" in t and "截至2024年12月31日" in t, f"{sid}: years")
    due = int(one(t, r"全年应认证(\d+)人", sid, "应认证"))
    done = int(one(t, r"已认证(\d+)人", sid, "已认证"))
    same(sid, "约3.31万人", one(t, r"（约([\d.]+)万人）", sid, "约万人"), D(done) / 10000)
    same(sid, "完成率(认证人数)", one(t, r"完成年度目标的([\d.]+)%", sid, "c1"), D("3.31") / D("3.2") * 100)
    visits = int(one(t, r"上门认证(\d+)人，完成目标", sid, "上门"))
    same(sid, "完成率(上门)", one(t, r"上门认证\d+人，完成目标的([\d.]+)%", sid, "c2"), D(visits) / 800 * 100)
    same(sid, "覆盖率", one(t, r"认证覆盖率([\d.]+)%", sid, "覆盖率"), D(done) / due * 100)
    check(int(one(t, r"未认证的(\d+)人", sid, "未认证")) == due - done, f"{sid}: 未认证")
    same(sid, "人均成本", one(t, r"人均认证成本([\d.]+)元", sid, "人均成本"), dec(spent) * 10000 / done)
    ways = re.search(r"静默认证(\d+)人，\"掌上12333\"刷脸认证(\d+)人，社保所窗口认证(\d+)人，上门认证(\d+)人", t)
    check(sum(int(x) for x in ways.groups()) == done, f"{sid}: 认证方式 add up")
    check(int(ways.group(4)) == visits, f"{sid}: 上门 in breakdown")
    silent = int(one(t, r"静默认证(\d+)人，占已认证人数的", sid, "静默"))
    same(sid, "静默占比", one(t, r"占已认证人数的(\d+)%", sid, "占比"), D(silent) / done * 100)
    same(sid, "乡镇平均", one(t, r"平均每个乡镇（场）(\d+)人", sid, "平均"), D(int(one(t, r"共上门认证(\d+)人", sid, "共上门"))) / 12)
    rows = {x["name"]: x for x in tab["inds"]}
    check(rows["上门认证人数"]["actual"] == f"{visits}人", f"{sid}: table 上门")
    check(rows["认证覆盖率"]["actual"] == one(t, r"认证覆盖率([\d.]+)%", sid, "覆盖率") + "%", f"{sid}: table 覆盖率")
    check(rows["人均认证成本"]["actual"] == one(t, r"人均认证成本([\d.]+)元", sid, "x") + "元", f"{sid}: table 成本")
    check(rows["当年新增冒领金额"]["actual"] == one(t, r"当年新增冒领金额([\d.]+)万元", sid, "冒领") + "万元", f"{sid}: table 冒领")
    check(rows["静默认证占比"]["actual"] == one(t, r"占已认证人数的(\d+)%", sid, "y") + "%", f"{sid}: table 静默")
    check(rows["参保人员满意度"]["actual"] == one(t, r"满意率(\d+)%", sid, "满意") + "%", f"{sid}: table 满意")
    check(rows["年度认证完成时间"]["actual"] == "2024年11月28日" and "2024年11月28日完成年度认证" in t, f"{sid}: date")
    check(tab["funds"]["其中：当年财政拨款"][:3] == [ini_cur, cur, cur_sp], f"{sid}: table 当年 vs text")
    check(tab["funds"]["上年结转资金"][:3] == [carry] * 3, f"{sid}: table 结转 vs text")
    check((tab["initial"], tab["annual"], tab["spent"], tab["rate"]) == (ini, annual, spent, rate + "%"), f"{sid}: table funds vs text")
    conclusion(sid, t, tab, r"本项目预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，自评总得分([\d.]+)分，等级为\"(.)\"",
               [["待遇领取人员资格认证人数", "上门认证人数", "购置认证终端", "认证覆盖率", "年度认证完成时间", "人均认证成本"],
                ["当年新增冒领金额", "待遇按时足额发放率", "静默认证占比"],
                ["参保人员满意度"]])


VERIFY = {
    "yongxiu-jiaofeibutie-2021": verify_yongxiu,
    "ceheng-gaolingjintie-2023": verify_ceheng,
    "lingshou-beizhengdi-2019": verify_lingshou,
    "zhangwu-jingbanfuwu-2022": verify_zhangwu,
    "shawan-zigerenzheng-2024": verify_shawan,
}


def one_place(a, b):
    """True when b differs from a in exactly one contiguous place."""
    ops = [op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    if len(ops) == 1:
        return True
    # difflib may split one replaced token into several ops; accept when the region between
    # the first and last change is short (a single figure or cell)
    lo, hi = ops[0][1], ops[-1][2]
    return hi - lo <= 8


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(os.listdir(CASES))
    check(sorted(l["case"] for l in labels) == files, "labels and case files differ")
    check(len([f for f in files if f.endswith("-clean.txt")]) == 5, "five clean drafts")
    check(len([f for f in files if not f.endswith("-clean.txt")]) == 30, "thirty error cases")
    count = {c: 0 for c in CODES}
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        if lab["clean"]:
            check(lab["expected"] == [], f"{lab['case']}: clean case with labels")
            check(3000 <= len(text) <= 5000, f"{lab['case']}: length {len(text)}")
            continue
        check(len(lab["expected"]) >= 1, f"{lab['case']}: no label")
        for i, e in enumerate(lab["expected"]):
            check(e["code"] in CODES, f"{lab['case']}: unknown code {e['code']}")
            check(e["severity"] == "error", f"{lab['case']}: severity")
            check(e["value"] in text, f"{lab['case']}: value not in case: {e['value']!r}")
            if i == 0:
                count[e["code"]] += 1
        clean = open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8").read()
        check(clean != text and one_place(clean, text), f"{lab['case']}: not a single-place edit")
        # the primary label's value covers the changed characters
        sm = difflib.SequenceMatcher(None, clean, text, autojunk=False)
        ops = [op for op in sm.get_opcodes() if op[0] != "equal"]
        lo, hi = ops[0][3], ops[-1][4]
        v = lab["expected"][0]["value"]
        starts = [m.start() for m in re.finditer(re.escape(v), text)]
        check(any(s <= lo and hi <= s + len(v) for s in starts), f"{lab['case']}: primary value does not cover the change")
    for c in CODES:
        check(count[c] >= 2, f"code {c} injected {count[c]} times")
    for sid, fn in VERIFY.items():
        fn(open(os.path.join(CASES, sid + "-clean.txt"), encoding="utf-8").read())
    if FAIL:
        print(f"{len(FAIL)} failures")
        sys.exit(1)
    print("codes:", ", ".join(f"{c}={n}" for c, n in count.items()))
    print("OK")


if __name__ == "__main__":
    main()
