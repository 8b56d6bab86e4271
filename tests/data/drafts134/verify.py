#!/usr/bin/env python3
"""Verify the n134 set.

1. labels.jsonl: every case file exists, every label value occurs in its case and overlaps the changed
   place, clean cases expect nothing, each of the 13 codes occurs at least twice.
2. Every error case differs from its clean draft in one place, and that place is the build.py edit.
3. Redo the arithmetic of every clean draft: the funds block (components, rates, balances, execution
   score), the indicator table (weights, scores, score rules, completion rates, subtotals, total),
   the grade band, the carry-over year, and the figures written in the prose (sums, rates, averages,
   balances, repeated figures). Decimal arithmetic, ROUND_HALF_UP, tolerance from the stated decimals
   (domain/rules.md section 8).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
import build  # noqa: E402

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

FAILS = []
CHECKS = [0]


def check(cond, msg):
    CHECKS[0] += 1
    if not cond:
        FAILS.append(msg)


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated: string as printed; computed: Decimal. Tolerance = half a unit of the last printed digit."""
    v = D(stated.replace(",", ""))
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def r(x, n=2):
    return D(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def one(text, pattern, tag):
    """The groups of the single match of pattern (asserted unique)."""
    ms = list(re.finditer(pattern, text))
    check(len(ms) == 1, f"{tag}: pattern {pattern!r} matched {len(ms)} times")
    if not ms:
        return ("0",) * 8
    g = ms[0].groups()
    return g if len(g) > 1 else g[0]


def same_everywhere(text, pattern, tag):
    """All matches of pattern carry the same value (group 1); returns it."""
    vals = re.findall(pattern, text)
    check(len(vals) >= 1, f"{tag}: {pattern!r} not found")
    check(len(set(D(v) for v in vals)) == 1, f"{tag}: {pattern!r} has different values {vals}")
    return vals[0] if vals else "0"


# ---------------------------------------------------------------- tables

def cells(line):
    return [c.strip() for c in line.split("｜")]


def funds_block(text, tag):
    lines = text.split("\n")
    hi = [i for i, l in enumerate(lines) if "年初预算数" in l and "｜" in l]
    check(len(hi) == 1, f"{tag}: funds header found {len(hi)} times")
    head = cells(lines[hi[0]])
    col = {}
    for j, h in enumerate(head):
        for key in ("年初预算数", "全年预算数", "全年执行数", "结转结余", "分值", "执行率", "得分"):
            if h.startswith(key):
                col[key] = j
    rows = []
    for l in lines[hi[0] + 1:]:
        c = cells(l)
        if not re.match(r"^(年度资金总额|其中：|上年结转资金|其他资金|基本支出|项目支出)", c[0]):
            break
        rows.append(c)
    check(rows and rows[0][0] == "年度资金总额", f"{tag}: funds block has no 年度资金总额 row")
    total, parts = rows[0], rows[1:]
    amt = lambda row, key: D(row[col[key]])
    for key in ("年初预算数", "全年预算数", "全年执行数"):
        s = sum(amt(p, key) for p in parts)
        check(s == amt(total, key), f"{tag}: funds {key}: parts {s} != total {total[col[key]]}")
    for row in rows:
        budget, spent = amt(row, "全年预算数"), amt(row, "全年执行数")
        check(spent <= budget, f"{tag}: {row[0]} spent above budget")
        rate = row[col["执行率"]]
        if budget == 0:
            check(rate == "—", f"{tag}: {row[0]} rate {rate} on a zero budget")
        elif rate != "—":
            check(close(rate.rstrip("%"), spent / budget * 100), f"{tag}: {row[0]} rate {rate} != {spent}/{budget}")
        if "结转结余" in col and row[col["结转结余"]] != "—":
            check(close(row[col["结转结余"]], budget - spent), f"{tag}: {row[0]} balance")
    weight = D(total[col["分值"]])
    rate_s = total[col["执行率"]].rstrip("%")
    exact = weight * min(amt(total, "全年执行数") / amt(total, "全年预算数"), D(1))
    printed = weight * min(D(rate_s) / 100, D(1))
    score = total[col["得分"]]
    check(close(score, exact) or close(score, printed), f"{tag}: execution score {score}")
    return {"weight": weight, "score": D(score), "rate": rate_s,
            "budget": total[col["全年预算数"]], "spent": total[col["全年执行数"]],
            "initial": total[col["年初预算数"]], "rows": rows, "col": col}


SIGN = re.compile(r"^(≥|≤|=)?\s*([\d.]+)\s*(.*)$")


def parse_val(s):
    m = SIGN.match(s)
    if not m:
        return None
    sign = {"≥": "gte", "≤": "lte", "=": "eq", None: "eq"}[m.group(1)]
    return sign, D(m.group(2)), m.group(3)


def rule(direction, target, actual, weight):
    """rules.md section 5: (score, completion %)."""
    if direction == "lte":
        comp = D(100) if actual <= target else target / actual * 100
        sc = weight if actual <= target else weight * target / actual
    elif direction == "eq" and target == 0:
        comp = None
        sc = weight if actual <= 0 else D(0)
    else:
        comp = actual / target * 100
        sc = weight * min(actual / target, D(1))
    return sc, comp


def indicator_table(text, tag, funds):
    lines = text.split("\n")
    hi = [i for i, l in enumerate(lines) if l.startswith("一级指标｜")]
    check(len(hi) == 1, f"{tag}: indicator header found {len(hi)} times")
    head = cells(lines[hi[0]])
    ix = {h: j for j, h in enumerate(head)}
    rows, total = [], None
    for l in lines[hi[0] + 1:]:
        if "｜" not in l:
            break
        c = cells(l)
        if c[0] in ("总分", "合计"):
            total = c
            break
        rows.append(c)
    check(total is not None, f"{tag}: no total row")
    nums = [x for x in total if re.fullmatch(r"[\d.]+", x)]
    tot_w, tot_s = D(nums[0]), D(nums[1])
    leaves = [c for c in rows if c[1] != "小计"]
    subs = [c for c in rows if c[1] == "小计"]
    W = lambda c: D(c[ix["分值"]])
    S = lambda c: D(c[ix["得分"]])
    for c in leaves:
        name = c[2]
        w, s = W(c), S(c)
        check(0 <= s <= w, f"{tag}: {name} score {s} above weight {w}")
        t = parse_val(c[ix["年度指标值"]])
        a = parse_val(c[ix["实际完成值"]])
        if t and a:
            check(t[2] == a[2], f"{tag}: {name} units differ: {t[2]!r} vs {a[2]!r}")
            sc, comp = rule(t[0], t[1], a[1], w)
            check(close(c[ix["得分"]], sc), f"{tag}: {name} score {s} != rule {r(sc)}")
            if "完成率" in ix:
                check(close(c[ix["完成率"]].rstrip("%"), comp), f"{tag}: {name} completion {c[ix['完成率']]} != {r(comp)}")
    for sub in subs:
        kids = [c for c in leaves if c[0] == sub[0]]
        check(sum(W(c) for c in kids) == W(sub), f"{tag}: {sub[0]} subtotal weight")
        check(sum(S(c) for c in kids) == S(sub), f"{tag}: {sub[0]} subtotal score")
    sw = funds["weight"] + sum(W(c) for c in leaves)
    ss = funds["score"] + sum(S(c) for c in leaves)
    check(sw == 100 == tot_w, f"{tag}: weights add to {sw}, total row {tot_w}")
    check(ss == tot_s, f"{tag}: scores add to {ss}, total row {tot_s}")
    by_level = {}
    for c in leaves:
        lw, ls = by_level.get(c[0], (D(0), D(0)))
        by_level[c[0]] = (lw + W(c), ls + S(c))
    return tot_s, by_level, {c[2]: c for c in leaves}, ix


def grade_of(total):
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


def check_grade(text, total, tag):
    ms = re.findall(r"等级为[“\"]?(优秀|良好|中等|较差|优|良|中|差)", text)
    check(len(ms) == 1, f"{tag}: grade statements {ms}")
    if ms:
        check(ms[0][0] == grade_of(total), f"{tag}: grade {ms[0]} but total {total}")


def check_years(text, year, tag):
    for y in re.findall(r"结转至(\d{4})年", text):
        check(int(y) == year + 1, f"{tag}: carried over to {y}")
    for y in re.findall(r"（(\d{4})年度）", text):
        check(int(y) == year, f"{tag}: table year {y}")
    for y in re.findall(r"截至(\d{4})年12月31日", text):
        check(int(y) == year, f"{tag}: 截至 {y}")
    check(str(year) in text.split("\n")[0] + text.split("\n")[1], f"{tag}: year not in title")


# ---------------------------------------------------------------- per project

def kaihua(t, tag):
    f = funds_block(t, tag)
    total, lv, rows, ix = indicator_table(t, tag, f)
    init, add, cur = one(t, r"年初预算([\d.]+)万元.*?下达体育彩票公益金补助([\d.]+)万元，追加后当年财政拨款为([\d.]+)万元", tag)
    carry, whole = one(t, r"尾款([\d.]+)万元，全年预算合计([\d.]+)万元", tag)
    check(D(init) + D(add) == D(cur), f"{tag}: 260+60")
    check(D(cur) + D(carry) == D(whole), f"{tag}: 320+25")
    check(whole == f["budget"] and init == f["initial"], f"{tag}: prose budget vs table")
    cur_row = [r_ for r_ in f["rows"] if r_[0].endswith("当年财政拨款")][0]
    check(cur_row[f["col"]["全年预算数"]] == cur, f"{tag}: 当年财政拨款 prose vs table")
    spent, rate = one(t, r"项目全年执行([\d.]+)万元，预算执行率([\d.]+)%", tag)
    check(spent == f["spent"] and rate == f["rate"], f"{tag}: prose execution vs table")
    check(close(rate, D(spent) / D(whole) * 100), f"{tag}: prose rate")
    a, b, c = one(t, r"百姓健身房支出([\d.]+)万元、多功能运动场支出([\d.]+)万元、健身路径支出([\d.]+)万元", tag)
    check(D(a) + D(b) + D(c) == D(spent), f"{tag}: breakdown sum")
    bal = one(t, r"年末结转([\d.]+)万元", tag)
    check(D(whole) - D(spent) == D(bal), f"{tag}: balance")
    h1, h2, h3, avg = one(t, r"分别支出([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，平均每个([\d.]+)万元", tag)
    check(D(h1) + D(h2) + D(h3) == D(a), f"{tag}: 健身房 sum")
    check(close(avg, (D(h1) + D(h2) + D(h3)) / 3), f"{tag}: 健身房 average")
    n, comp = one(t, r"更新健身路径(\d+)条，比年度目标多2条，完成率([\d.]+)%", tag)
    check(close(comp, D(n) / 40 * 100), f"{tag}: path completion")
    check(rows["更新健身路径"][ix["实际完成值"]] == f"{n}条", f"{tag}: path count table")
    k, m, ontime = one(t, r"(\d+)处新建设施中(\d+)处.*?按期完工率([\d.]+)%", tag)
    check(close(ontime, D(m) / D(k) * 100), f"{tag}: on-time rate")
    check(rows["项目按期完工率"][ix["实际完成值"]] == ontime + "%", f"{tag}: on-time table")
    q, sat_n, sat = one(t, r"收回有效问卷(\d+)份，其中表示满意和基本满意的(\d+)份，健身群众满意度(\d+)%", tag)
    check(close(sat, D(sat_n) / D(q) * 100), f"{tag}: satisfaction rate")
    check(rows["健身群众满意度"][ix["实际完成值"]] == sat + "%", f"{tag}: satisfaction table")
    check("2.31平方米" in rows["人均体育场地面积"][ix["实际完成值"]] and t.count("2.31平方米") == 3, f"{tag}: area")
    es, po, pe, ps, tt = one(t, r"预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，自评总分([\d.]+)分", tag)
    check(D(es) == f["score"] and D(po) == lv["产出指标"][1] and D(pe) == lv["效益指标"][1] and D(ps) == lv["满意度指标"][1], f"{tag}: conclusion parts vs table")
    check(D(es) + D(po) + D(pe) + D(ps) == D(tt) == total, f"{tag}: conclusion total")
    check_grade(t, total, tag)
    check_years(t, 2021, tag)


def jianchuan(t, tag):
    whole, c, p, k = one(t, r"全年预算([\d.]+)万元，其中中央财政资金([\d.]+)万元、省级财政资金([\d.]+)万元、县级配套资金([\d.]+)万元", tag)
    check(D(c) + D(p) + D(k) == D(whole), f"{tag}: 36+20+12")
    init, add = one(t, r"年初预算([\d.]+)万元，为中央提前下达资金和县级配套资金；2019年8月省级追加([\d.]+)万元", tag)
    check(D(init) == D(c) + D(k) and D(init) + D(add) == D(whole) and add == p, f"{tag}: 年初 + 追加")
    check(same_everywhere(t, r"中央财政(?:非物质文化遗产保护)?资金([\d.]+)万元", tag) == c, f"{tag}: central")
    check("资金到位率100%" in t, f"{tag}: 到位率")
    spent, rate = one(t, r"项目实际支出([\d.]+)万元，预算执行率([\d.]+)%", tag)
    check(close(rate, D(spent) / D(whole) * 100), f"{tag}: execution rate")
    w2, s2, r2_, sc = one(t, r"全年预算([\d.]+)万元，实际支出([\d.]+)万元，执行率([\d.]+)%，得([\d.]+)分", tag)
    check(w2 == whole and s2 == spent and r2_ == rate, f"{tag}: execution restated")
    check(close(sc, 10 * D(spent) / D(whole)), f"{tag}: execution score")
    parts = one(t, r"传承人传习补助([\d.]+)万元，传习所建设([\d.]+)万元，数字化记录([\d.]+)万元，研修培训([\d.]+)万元，宣传展示([\d.]+)万元", tag)
    check(sum(D(x) for x in parts) == D(spent), f"{tag}: spending breakdown")
    bal = one(t, r"年末结余([\d.]+)万元", tag)
    check(D(whole) - D(spent) == D(bal), f"{tag}: balance")
    nat, prov, n_nat, n_prov, sub = one(t, r"国家级每人每年(\d+)元、省级每人每年(\d+)元的标准发放，国家级(\d+)人、省级(\d+)人，合计([\d.]+)万元", tag)
    check(D(nat) * D(n_nat) + D(prov) * D(n_prov) == D(sub) * 10000 and sub == parts[0], f"{tag}: 传承人补助")
    # indicators (target, actual, completion as printed, weight, score)
    ind = [
        one(t, r"补助发放人数：指标值(\d+)人，实际(\d+)人，()分值(\d+)分，得([\d.]+)分", tag),
        one(t, r"研修培训期数：指标值≥(\d+)期，实际举办(\d+)期，完成率([\d.]+)%，分值(\d+)分，得([\d.]+)分", tag),
        one(t, r"数字化记录：指标值≥(\d+)项，实际完成(\d+)项（[^）]*），完成率([\d.]+)%，分值(\d+)分，得([\d.]+)分", tag),
        one(t, r"发放及时率：指标值(\d+)%，实际(\d+)%，()分值(\d+)分，得([\d.]+)分", tag),
        one(t, r"参训学员人数：指标值≥(\d+)人次，实际(\d+)人次，完成率([\d.]+)%，分值(\d+)分，得([\d.]+)分", tag),
        one(t, r"年开放天数：指标值≥(\d+)天，实际(\d+)天，完成率([\d.]+)%，分值(\d+)分，得([\d.]+)分", tag),
    ]
    tq, sat_n, sat = one(t, r"收回的(\d+)份有效问卷中表示满意的(\d+)份，满意度(\d+)%", tag)
    check(close(sat, D(sat_n) / D(tq) * 100), f"{tag}: satisfaction rate")
    ind.append(("90", sat) + one(t, r"满意度\d+%，完成率([\d.]+)%，分值(\d+)分，得([\d.]+)分", tag))
    ws, ss = [], []
    for tgt, act, comp, w, s in ind:
        sc_, cp = rule("gte", D(tgt), D(act), D(w))
        check(close(s, sc_), f"{tag}: indicator score {s} != {r(sc_)}")
        if comp:
            check(close(comp, cp), f"{tag}: completion {comp} != {r(cp)}")
        ws.append(D(w)); ss.append(D(s))
    check(sum(ws[:4]) == 50 and sum(ws[4:6]) == 30 and ws[6] == 10 and sum(ws) + 10 == 100, f"{tag}: weights")
    sessions = one(t, r"分别培训学员(\d+)人次、(\d+)人次、(\d+)人次、(\d+)人次，平均每期(\d+)人次", tag)
    tot_people = sum(D(x) for x in sessions[:4])
    check(tot_people == D(ind[4][1]), f"{tag}: sessions add to 参训学员人数")
    check(close(sessions[4], tot_people / 4), f"{tag}: average per session")
    check(len(sessions[:4]) == int(ind[1][1]), f"{tag}: number of sessions")
    es, po, pe, ps, tt = one(t, r"预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，自评总分([\d.]+)分", tag)
    check(D(es) == D(sc) and D(po) == sum(ss[:4]) and D(pe) == sum(ss[4:6]) and D(ps) == ss[6], f"{tag}: conclusion parts")
    check(D(es) + D(po) + D(pe) + D(ps) == D(tt), f"{tag}: total")
    check_grade(t, D(tt), tag)
    check_years(t, 2019, tag)


def yishui(t, tag):
    f = funds_block(t, tag)
    total, lv, rows, ix = indicator_table(t, tag, f)
    init = one(t, r"项目年初预算([\d.]+)万元", tag)
    add = one(t, r"年中追加省级资金([\d.]+)万元", tag)
    carry, whole = one(t, r"结转的旅游厕所工程尾款([\d.]+)万元，全年预算调整为([\d.]+)万元", tag)
    check(D(init) + D(add) + D(carry) == D(whole), f"{tag}: 180+60+15.60")
    check(init == f["initial"] and whole == f["budget"], f"{tag}: prose vs table budget")
    check(same_everywhere(t, r"文化和旅游发展专项资金([\d.]+)万元", tag) == add, f"{tag}: provincial amount repeated")
    spent, rate = one(t, r"全年共执行([\d.]+)万元，预算执行率([\d.]+)%", tag)
    check(spent == f["spent"] and rate == f["rate"], f"{tag}: prose execution vs table")
    nb, ns, nr, unit = one(t, r"新建12座安排([\d.]+)万元，实际支出([\d.]+)万元，执行率([\d.]+)%，单座平均造价([\d.]+)万元", tag)
    check(close(nr, D(ns) / D(nb) * 100) and close(unit, D(ns) / 12), f"{tag}: 新建 rate/unit")
    check(nb == init, f"{tag}: 新建 budget = 年初")
    check(rows["新建厕所单座平均造价"][ix["实际完成值"]] == unit + "万元", f"{tag}: unit cost table")
    ub, us, ur, uavg = one(t, r"改造提升20座安排([\d.]+)万元，实际支出([\d.]+)万元，执行率([\d.]+)%，单座平均支出约([\d.]+)万元", tag)
    check(close(ur, D(us) / D(ub) * 100) and close(uavg, D(us) / 20) and ub == add, f"{tag}: 改造 rate/avg")
    tail = one(t, r"支付2022年结转工程尾款([\d.]+)万元", tag)
    check(D(ns) + D(us) + D(tail) == D(spent) and tail == carry, f"{tag}: spending breakdown")
    cur_row = [r_ for r_ in f["rows"] if r_[0].endswith("当年财政拨款")][0]
    check(D(cur_row[f["col"]["全年执行数"]]) == D(ns) + D(us), f"{tag}: 当年 execution = 新建 + 改造")
    bal = one(t, r"年末结余([\d.]+)万元", tag)
    check(D(whole) - D(spent) == D(bal) == (D(nb) - D(ns)) + (D(ub) - D(us)), f"{tag}: balance")
    this, last, g = one(t, r"2023年接待游客([\d.]+)万人次，比2022年的([\d.]+)万人次增长([\d.]+)%", tag)
    check(close(g, (D(this) / D(last) - 1) * 100), f"{tag}: growth")
    check(rows["乡村旅游接待人次增长率"][ix["实际完成值"]] == g + "%", f"{tag}: growth table")
    check(rows["游客满意度"][ix["实际完成值"]] + "。" in t, f"{tag}: satisfaction prose vs table")
    es, ind_w, ind_s, tt = one(t, r"分值10分，得([\d.]+)分；绩效指标分值(\d+)分，得([\d.]+)分。自评总分([\d.]+)分", tag)
    leaves_w = sum(v[0] for v in lv.values())
    leaves_s = sum(v[1] for v in lv.values())
    check(D(es) == f["score"] and D(ind_w) == leaves_w and D(ind_s) == leaves_s, f"{tag}: conclusion parts")
    check(D(es) + D(ind_s) == D(tt) == total, f"{tag}: conclusion total")
    check_grade(t, total, tag)
    check_years(t, 2023, tag)


def tengxian(t, tag):
    f = funds_block(t, tag)
    total, lv, rows, ix = indicator_table(t, tag, f)
    whole, c, p, k = one(t, r"全年预算([\d.]+)万元，其中中央补助资金([\d.]+)万元、自治区补助资金([\d.]+)万元、县级配套资金([\d.]+)万元", tag)
    check(D(c) + D(p) + D(k) == D(whole) == D(f["budget"]), f"{tag}: 45+10+8")
    init = one(t, r"年初预算([\d.]+)万元，由中央提前下达的补助资金和县级配套资金组成", tag)
    add = one(t, r"自治区追加补助([\d.]+)万元", tag)
    check(D(init) == D(c) + D(k) == D(f["initial"]) and D(init) + D(add) == D(whole) and add == p, f"{tag}: 年初 + 追加")
    spent, rate = one(t, r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%", tag)
    check(spent == f["spent"] and rate == f["rate"], f"{tag}: prose execution vs table")
    parts = one(t, r"运行维护（[^）]*）支出([\d.]+)万元，设施维修支出([\d.]+)万元，公益体育培训和赛事活动支出([\d.]+)万元", tag)
    check(sum(D(x) for x in parts) == D(spent), f"{tag}: spending breakdown")
    d1, d2, d3, davg = one(t, r"县体育馆(\d+)天（[^）]*）、县体育场(\d+)天、游泳馆(\d+)天（[^）]*），平均每个场馆(\d+)天", tag)
    check(close(davg, (D(d1) + D(d2) + D(d3)) / 3), f"{tag}: average days")
    check(rows["场馆平均年开放天数"][ix["实际完成值"]] == davg + "天", f"{tag}: days table")
    vt, v1, v2, v3, vc = one(t, r"累计接待健身群众([\d.]+)万人次，其中体育馆([\d.]+)万人次、体育场([\d.]+)万人次、游泳馆([\d.]+)万人次，完成年度目标的(\d+)%", tag)
    check(D(v1) + D(v2) + D(v3) == D(vt), f"{tag}: visitors sum")
    check(close(vc, D(vt) / 45 * 100), f"{tag}: visitors completion")
    check(rows["全年接待健身群众"][ix["实际完成值"]] == vt + "万人次", f"{tag}: visitors table")
    n = one(t, r"公益体育培训(\d+)期，少于20期的目标", tag)
    check(rows["举办公益体育培训"][ix["实际完成值"]] == n + "期", f"{tag}: training table")
    check(rows["经常参加体育锻炼人数比例"][ix["实际完成值"]] + "，达到年度目标" in t, f"{tag}: exercise ratio")
    check("设施完好率" + rows["场馆设施完好率"][ix["实际完成值"]] in t, f"{tag}: intact ratio")
    check(D(rows["健身群众满意度"][ix["实际完成值"]].rstrip("%")) < 90 and "满意度略低于90%的目标" in t, f"{tag}: satisfaction wording")
    es, po, pe, ps, tt = one(t, r"预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，自评得分([\d.]+)分", tag)
    check(D(es) == f["score"] and D(po) == lv["产出指标"][1] and D(pe) == lv["效益指标"][1] and D(ps) == lv["满意度指标"][1], f"{tag}: conclusion parts")
    check(D(es) + D(po) + D(pe) + D(ps) == D(tt) == total, f"{tag}: conclusion total")
    check(lv["产出指标"][0] == 45 and lv["效益指标"][0] == 35 and lv["满意度指标"][0] == 10, f"{tag}: level weights")
    check_grade(t, total, tag)
    check_years(t, 2024, tag)


def jian(t, tag):
    f = funds_block(t, tag)
    total, lv, rows, ix = indicator_table(t, tag, f)
    i0, ib, ip = one(t, r"年初预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元", tag)
    w0, wb, wp = one(t, r"全年预算调整为([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元", tag)
    check(D(ib) + D(ip) == D(i0) == D(f["initial"]) and D(wb) + D(wp) == D(w0) == D(f["budget"]), f"{tag}: budget parts")
    s0, r0, sb, rb, sp, rp = one(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%。其中基本支出([\d.]+)万元，执行率([\d.]+)%；项目支出([\d.]+)万元，执行率([\d.]+)%", tag)
    check(D(sb) + D(sp) == D(s0) and s0 == f["spent"] and r0 == f["rate"], f"{tag}: execution parts / table")
    check(close(r0, D(s0) / D(w0) * 100) and close(rb, D(sb) / D(wb) * 100) and close(rp, D(sp) / D(wp) * 100), f"{tag}: execution rates")
    for row in f["rows"][1:]:
        name = row[0].replace("其中：", "")
        want = {"基本支出": (ib, wb, sb), "项目支出": (ip, wp, sp)}[name]
        check(tuple(row[1:4]) == want, f"{tag}: {name} table vs prose")
    bal = one(t, r"年末结余([\d.]+)万元", tag)
    check(D(w0) - D(s0) == D(bal) == D(wp) - D(sp), f"{tag}: balance")
    items = re.findall(r"全年预算([\d.]+)万元，支出([\d.]+)万元", t)
    check(len(items) == 4, f"{tag}: project items {items}")
    check(sum(D(a) for a, _ in items) == D(wp) and sum(D(b) for _, b in items) == D(sp), f"{tag}: project items sum")
    sub, kit = one(t, r"其中巡查员补助([\d.]+)万元，按每人每月300元的标准按月发放；巡查装备购置和人身意外保险([\d.]+)万元", tag)
    n = one(t, r"另聘用文物安全巡查员(\d+)人", tag)
    check(D(n) * 300 * 12 == D(sub) * 10000, f"{tag}: 巡查员补助 = 56 x 300 x 12 元")
    check(D(sub) + D(kit) == D(items[0][0]), f"{tag}: patrol item parts")
    tot, q1, q2, q3, q4, avg, comp = one(t, r"累计开展文物安全巡查(\d+)次，其中一季度(\d+)次、二季度(\d+)次、三季度(\d+)次、四季度(\d+)次，平均每季度(\d+)次，超过5000次的年度目标，完成率([\d.]+)%", tag)
    check(D(q1) + D(q2) + D(q3) + D(q4) == D(tot) and close(avg, D(tot) / 4) and close(comp, D(tot) / 5000 * 100), f"{tag}: patrol counts")
    check(rows["文物安全巡查次数"][ix["实际完成值"]] == tot + "次", f"{tag}: patrol table")
    plan, done, rest = one(t, r"计划完成(\d+)处文物保护单位的“四有”档案编制，实际完成(\d+)处，其余(\d+)处", tag)
    check(D(plan) - D(done) == D(rest) and rows["“四有”档案编制完成数"][ix["实际完成值"]] == done + "处", f"{tag}: 四有")
    p32, p27, pr, p5 = one(t, r"计划实施(\d+)项，完成(\d+)项，计划完成率([\d.]+)%，未完成的(\d+)项", tag)
    check(close(pr, D(p27) / D(p32) * 100) and D(p32) - D(p27) == D(p5), f"{tag}: maintenance plan")
    check(rows["遗址日常保养计划完成率"][ix["实际完成值"]] == pr + "%", f"{tag}: maintenance table")
    s1, s2 = one(t, r"满意度为(\d+)%，文物安全巡查员对补助发放和工作保障的满意度为(\d+)%", tag)
    check(rows["社会公众满意度"][ix["实际完成值"]] == s1 + "%" and rows["文物安全巡查员满意度"][ix["实际完成值"]] == s2 + "%", f"{tag}: satisfaction")
    tt, es, po, pe, ps = one(t, r"自评得分([\d.]+)分，其中预算执行率([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分、满意度指标([\d.]+)分", tag)
    check(D(es) == f["score"] and D(po) == lv["产出指标"][1] and D(pe) == lv["效益指标"][1] and D(ps) == lv["满意度指标"][1], f"{tag}: conclusion parts")
    check(D(es) + D(po) + D(pe) + D(ps) == D(tt) == total, f"{tag}: conclusion total")
    check_grade(t, total, tag)
    check_years(t, 2018, tag)


CLEAN_CHECKS = {
    "kaihua-fitness-2021": kaihua,
    "jianchuan-ich-2019": jianchuan,
    "yishui-tourtoilet-2023": yishui,
    "tengxian-stadiumopen-2024": tengxian,
    "jian-wenwuju-2018": jian,
}


def changed_span(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    names = sorted(os.listdir(CASES))
    check(sorted(l["case"] for l in labels) == names, "labels and case files differ")
    check(len(labels) == 35 and sum(l["clean"] for l in labels) == 5, "expected 5 clean + 30 error cases")
    counts = {c: 0 for c in CODES}
    edits = {f"{e[0]}-e{e[1]}.txt": e for e in build.EDITS}
    for lab in labels:
        text = read(lab["case"])
        clean = read(f"{lab['source']}-clean.txt")
        if lab["clean"]:
            check(lab["expected"] == [], f"{lab['case']}: clean case with expectations")
            continue
        check(len(lab["expected"]) == 1, f"{lab['case']}: expected one finding")
        exp = lab["expected"][0]
        check(exp["code"] in CODES and exp["severity"] == "error", f"{lab['case']}: code/severity")
        counts[exp["code"]] = counts.get(exp["code"], 0) + 1
        p, ea, eb = changed_span(clean, text)
        check(0 < eb - p <= 80 and ea - p <= 80, f"{lab['case']}: changed region too large ({ea - p}/{eb - p})")
        e = edits[lab["case"]]
        check(clean.count(e[4]) == 1 and clean.replace(e[4], e[5], 1) == text, f"{lab['case']}: not the build edit")
        occ = [m.start() for m in re.finditer(re.escape(exp["value"]), text)]
        check(len(occ) >= 1, f"{lab['case']}: value {exp['value']!r} not in case")
        check(any(o < eb and o + len(exp["value"]) > p for o in occ), f"{lab['case']}: value does not cover the change")
        check(exp["value"] not in clean, f"{lab['case']}: value also occurs in the clean draft")
    for c in CODES:
        check(counts[c] >= 2, f"code {c} occurs {counts[c]} times")
    for pid, fn in CLEAN_CHECKS.items():
        name = f"{pid}-clean.txt"
        t = read(name)
        check(3000 <= len(t) <= 9000, f"{name}: length {len(t)}")
        check("｜" in t or pid == "jianchuan-ich-2019", f"{name}: no table")
        fn(t, name)
    if FAILS:
        for m in FAILS:
            print("FAIL", m)
        print(f"{len(FAILS)} of {CHECKS[0]} checks failed")
        sys.exit(1)
    print(f"{CHECKS[0]} checks passed; codes: " + ", ".join(f"{c}={counts[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
