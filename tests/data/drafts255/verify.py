#!/usr/bin/env python3
"""Verify drafts255.

1. Every label's value occurs in its case; every error case differs from its clean draft in one
   place, and that place overlaps an occurrence of the label's value; codes and spread as required.
2. Redo the arithmetic of every clean draft: funds (sums, rates, balances), prose figures
   (sums, averages, percentages), the 自评表 (completion, row scores, Σ weights = 100,
   Σ scores = total) and the grade band; figures stated twice must agree.
Prints OK at the end, or the list of failures and exits 1.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import build  # noqa: E402  (the edit list)

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

FAIL = []


def check(cond, msg):
    if not cond:
        FAIL.append(msg)
    return cond


def D(s):
    return Decimal(str(s).replace(",", ""))


def places(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated, approx=False):
    """stated (a string) is consistent with computed under the decimals rule of rules.md §8."""
    tol = Decimal("0.5") * (Decimal(10) ** -places(stated)) + Decimal("1e-9")
    return abs(Decimal(computed) - D(stated)) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def one(pid, text, pattern, flags=0):
    found = re.findall(pattern, text, flags)
    if not check(len(found) == 1, f"{pid}: pattern found {len(found)} times: {pattern}"):
        return None
    return found[0]


def grade_of(total):
    t = Decimal(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


NUM = re.compile(r"([≥≤＞＜]?)(\d+(?:\.\d+)?)([^\d]*)")


def parse_val(s):
    m = NUM.fullmatch(s.strip())
    if not m:
        return None
    sign, num, unit = m.groups()
    unit = unit.replace("以上", "").replace("以内", "").strip()
    return sign, D(num), unit


def check_rows(pid, rows, total, level_weights=None):
    """rows: dicts name, target, actual, weight, score, completion (str or None)."""
    sw = sum(D(r["weight"]) for r in rows)
    ss = sum(D(r["score"]) for r in rows)
    check(sw == 100, f"{pid}: weights sum to {sw}")
    check(close(ss, total), f"{pid}: scores sum to {ss}, total {total}")
    for r in rows:
        w, s = D(r["weight"]), D(r["score"])
        check(0 <= s <= w, f"{pid}: {r['name']} score {s} outside [0, {w}]")
        t, a = parse_val(r["target"]), parse_val(r["actual"])
        if t is None or a is None or t[2] != a[2]:
            # qualitative or date row: only the completion cell, if any, must not claim a number
            if r.get("completion") not in (None, "—", "100%"):
                FAIL.append(f"{pid}: {r['name']} qualitative row with completion {r['completion']}")
            continue
        sign, tv, _ = t
        av = a[1]
        if sign in ("≤", "＜"):
            comp = Decimal(1) if av <= tv else tv / av
        else:
            comp = av / tv
        if r.get("completion") not in (None, "—"):
            check(close(comp * 100, r["completion"].rstrip("%")),
                  f"{pid}: {r['name']} completion {r['completion']} vs {comp * 100:.4f}")
        exp = w * min(comp, Decimal(1))
        check(close(exp, r["score"]), f"{pid}: {r['name']} score {r['score']} vs {exp:.4f}")
    return sw, ss


# ---------------------------------------------------------------- A: Gansu, cell-per-line tables
def cells_blocks(segment):
    rows = []
    for block in segment.strip("\n").split("\n\n"):
        lines = block.split("\n")
        rows.append([ln[1:] if ln.startswith("\t") else ln for ln in lines])
    return rows


def verify_A(pid, t):
    tot = one(pid, t, r"项目总投资(\d+\.\d+)万元，其中中央水利发展资金(\d+\.\d+)万元（2019年12月提前下达，列入年初预算），"
                      r"省级财政资金(\d+\.\d+)万元，县级配套资金(\d+\.\d+)万元")
    bud = one(pid, t, r"年初预算(\d+\.\d+)万元，年中追加省级和县级资金后全年预算(\d+\.\d+)万元，资金全部到位，到位率(\d+)%")
    sp = one(pid, t, r"截至2020年12月31日，实际支出(\d+\.\d+)万元，其中工程建设费(\d+\.\d+)万元，勘测设计、监理及前期工作费"
                     r"(\d+\.\d+)万元，预算执行率(\d+\.\d+)%，较2019年同类项目（(\d+\.\d+)%）提高(\d+\.\d+)个百分点；结余(\d+\.\d+)万元")
    total, cen, prov, cty = map(D, tot)
    check(cen + prov + cty == total, f"{pid}: sources {cen}+{prov}+{cty} != {total}")
    check(D(bud[0]) == cen, f"{pid}: 年初预算 != 中央 advance")
    check(D(bud[1]) == total, f"{pid}: 全年预算 != 总投资")
    check(bud[2] == "100", f"{pid}: 到位率")
    spent, works, other, rate, last, diff, bal = sp
    check(D(works) + D(other) == D(spent), f"{pid}: spending parts")
    check(close(D(spent) / D(bud[1]) * 100, rate), f"{pid}: 执行率 {rate}")
    check(close(D(rate) - D(last), diff), f"{pid}: 百分点 difference")
    check(D(bud[1]) - D(spent) == D(bal), f"{pid}: 结余")

    # funds table (seed-003 layout): 10 cells per row
    seg = t[t.index("\t项目\n\t行次"):t.index("[bookmark: _Toc59612404]")]
    rows = {r[0]: r for r in cells_blocks(seg)}
    names = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率", "预算执行率(%)"]
    val = lambda c: D(c) if c.strip() else Decimal(0)  # noqa: E731
    for n in names:
        check(len(rows[n]) == 10, f"{pid}: funds row {n} has {len(rows[n])} cells")
    for n in names[:5]:
        r = rows[n]
        sub = sum(val(r[i]) for i in (4, 5, 6, 7))
        check(val(r[3]) == sub, f"{pid}: {n} 小计 {r[3]} != {sub}")
        check(val(r[2]) == val(r[3]) + val(r[8]) + val(r[9]), f"{pid}: {n} 年度总金额")
    for i in range(2, 10):
        b, a, e = (val(rows[n][i]) for n in names[1:4])
        check(val(rows["资金结余"][i]) == a - e, f"{pid}: 资金结余 column {i}")
        for n, num in (("预算到位率", a), ("预算执行率(%)", e)):
            cell = rows[n][i]
            if b == 0:
                check(cell in ("", "0"), f"{pid}: {n} column {i} on a zero base reads {cell}")
            else:
                check(close(num / b * 100, cell), f"{pid}: {n} column {i} reads {cell}, computed {num / b * 100:.4f}")
    check(rows["全年预算资金"][2] == bud[1] and rows["全年执行资金"][2] == spent and rows["资金结余"][2] == bal
          and rows["预算执行率(%)"][2] == rate and rows["年初预算资金"][2] == bud[0], f"{pid}: prose vs funds table")

    # averages and costs in the prose
    g = one(pid, t, r"分别为(\d+\.\d+)万元、(\d+\.\d+)万元、(\d+\.\d+)万元、(\d+\.\d+)万元，平均(\d+\.\d+)万元")
    four = [D(x) for x in g[:4]]
    check(close(sum(four) / 4, g[4]), f"{pid}: 骨干坝 average")
    m = one(pid, t, r"8座中型坝共完成投资(\d+\.\d+)万元，单坝平均约(\d+\.\d+)万元")
    check(D(works) - sum(four) == D(m[0]), f"{pid}: 中型坝 total")
    check(close(D(m[0]) / 8, m[1]), f"{pid}: 中型坝 average (约)")
    avg12 = one(pid, t, r"12座坝平均加固工程投资(\d+\.\d+)万元")
    check(close(D(works) / 12, avg12), f"{pid}: 12座 average")
    q = one(pid, t, r"共发放满意度调查问卷(\d+)份，收回(\d+)份，其中满意(\d+)份，满意度(\d+\.\d+)%")
    check(close(D(q[2]) / D(q[1]) * 100, q[3]), f"{pid}: survey")
    p = one(pid, t, r"下游受保护人口(\d+)人，比年度目标多(\d+)人")

    # 自评表
    seg = t[t.index("\t一级指标"):t.index("宁县水务局\n2021年")]
    blocks = cells_blocks(seg)[1:]
    rows_i = [dict(name=b[2], weight=b[3], target=b[4], actual=b[5], completion=b[6], score=b[7])
              for b in blocks if b[0] != "总分"]
    tot_row = [b for b in blocks if b[0] == "总分"][0]
    check(tot_row[3] == "100", f"{pid}: 总分 分值")
    check_rows(pid, rows_i, tot_row[7])
    by = {r["name"]: r for r in rows_i}
    check(by["预算执行率"]["actual"] == rate + "%", f"{pid}: execution row vs prose")
    check(by["单座坝平均加固工程投资"]["actual"] == avg12 + "万元/座", f"{pid}: cost row vs prose")
    check(by["下游受保护人口"]["actual"] == p[0] + "人" and D(p[0]) - 3200 == D(p[1]), f"{pid}: population")
    check(by["受益群众满意度"]["actual"] == q[3] + "%", f"{pid}: satisfaction row vs prose")
    s = one(pid, t, r"自评得分(\d+\.\d+)分，评价等级为“(.)”。其中预算执行率指标得分(\d+\.\d+)分，产出指标得分(\d+)分，"
                    r"效益指标得分(\d+)分，满意度指标得分(\d+\.\d+)分")
    check(s[0] == tot_row[7], f"{pid}: prose total vs table")
    check(close(sum(D(x) for x in (s[2], s[3], s[4], s[5])), s[0]), f"{pid}: prose level scores")
    levels = {"产出": rows_i[1:5], "效益": rows_i[5:8], "满意度": rows_i[8:9]}
    check(sum(D(r["score"]) for r in levels["产出"]) == D(s[3]), f"{pid}: 产出 level score")
    check(sum(D(r["score"]) for r in levels["效益"]) == D(s[4]), f"{pid}: 效益 level score")
    check(grade_of(s[0]) == s[1], f"{pid}: grade {s[1]} for {s[0]}")
    check("年度" not in t[:80] or "2020年度" in t[:80], f"{pid}: title year")


# ---------------------------------------------------------------- B: Shaanxi, tab rows
def verify_B(pid, t):
    b = one(pid, t, r"年初预算(\d+\.\d+)万元，其中中央水利发展资金(\d+\.\d+)万元、省级水利发展资金(\d+\.\d+)万元；"
                    r"7月追加县级配套资金(\d+)万元，全年预算(\d+\.\d+)万元")
    ini, cen, prov, cty, ann = map(D, b)
    check(cen + prov == ini and ini + cty == ann, f"{pid}: budget sums")
    e = one(pid, t, r"全年执行(\d+\.\d+)万元，其中中央和省级资金(\d+\.\d+)万元全部支付，县级配套资金支出(\d+\.\d+)万元，"
                    r"预算执行率(\d+\.\d+)%；结余(\d+\.\d+)万元")
    spent = D(e[0])
    check(D(e[1]) == ini and D(e[1]) + D(e[2]) == spent, f"{pid}: spending by source")
    check(close(spent / ann * 100, e[3]), f"{pid}: 执行率")
    check(ann - spent == D(e[4]) and cty - D(e[2]) == D(e[4]), f"{pid}: 结余")
    s = one(pid, t, r"工程施工费(\d+\.\d+)万元，苗木购置费(\d+\.\d+)万元，勘测设计、监理及验收费(\d+\.\d+)万元")
    check(sum(map(D, s)) == spent, f"{pid}: 支出结构")
    a = one(pid, t, r"小流域治理面积(\d+\.\d+)平方公里，其中水土保持林(\d+\.\d+)平方公里、经济林(\d+\.\d+)平方公里、"
                    r"封育治理(\d+\.\d+)平方公里")
    area = D(a[0])
    check(D(a[1]) + D(a[2]) + D(a[3]) == area, f"{pid}: area parts")
    c = one(pid, t, r"单位面积综合治理成本(\d+\.\d+)万元/平方公里，折合亩均投资约(\d+)元")
    check(close(spent / area, c[0]), f"{pid}: unit cost")
    check(close(spent * 10000 / (area * 1500), c[1]), f"{pid}: 亩均 (约)")
    lc = one(pid, t, r"由(\d+\.\d+)%提高到(\d+\.\d+)%，提高(\d+\.\d+)个百分点")
    check(D(lc[1]) - D(lc[0]) == D(lc[2]), f"{pid}: 林草覆盖率 points")
    q = one(pid, t, r"发放问卷(\d+)份，收回有效问卷(\d+)份，满意(\d+)份，满意度(\d+)%")
    check(close(D(q[2]) / D(q[1]) * 100, q[3]), f"{pid}: survey")
    pop = one(pid, t, r"受益人口(\d+)人。")
    sc = one(pid, t, r"自评总得分(\d+\.\d+)分，评价等级为“(..)”。其中预算执行(\d+\.\d+)分、产出指标(\d+\.\d+)分、"
                     r"效益指标(\d+)分、满意度指标(\d+)分")
    check(close(sum(D(x) for x in sc[2:]), sc[0]), f"{pid}: prose level scores")
    check(grade_of(sc[0]) == sc[1][0], f"{pid}: prose grade")

    lines = t.split("\n")
    f = {ln.split("\t")[1]: ln.split("\t") for ln in lines if ln.startswith("\t") and "资金" in ln.split("\t")[1]
         or ln.startswith("\t其中")}
    tot, cur = f["年度资金总额"], f["其中：当年财政拨款"]
    check(D(tot[2]) == ini and D(tot[3]) == ann and D(tot[4]) == spent, f"{pid}: funds row vs prose")
    for col in (2, 3, 4):
        check(D(tot[col]) == D(cur[col]) + D(f["上年结转资金"][col]) + D(f["其他资金"][col]), f"{pid}: funds col {col}")
    check(close(D(tot[4]) / D(tot[3]) * 100, tot[6].rstrip("%")), f"{pid}: table 执行率")
    check(tot[6] == cur[6], f"{pid}: 当年财政拨款 rate")
    check(close(D(tot[5]) * D(tot[4]) / D(tot[3]), tot[7]), f"{pid}: execution score")
    start = next(i for i, ln in enumerate(lines) if ln.startswith("绩效指标\t"))
    rows = [dict(name="预算执行率", target="100%", actual=tot[6], weight=tot[5], score=tot[7], completion=None)]
    total_line = None
    for ln in lines[start + 1:]:
        cl = ln.split("\t")
        if cl[0] == "总分":
            total_line = cl
            break
        check(len(cl) == 9, f"{pid}: indicator row with {len(cl)} cells: {ln!r}")
        rows.append(dict(name=cl[3], target=cl[4], actual=cl[5], weight=cl[6], score=cl[7], completion=None))
    check(total_line[6] == "100", f"{pid}: 总分 分值")
    check_rows(pid, rows, total_line[7])
    by = {r["name"]: r for r in rows}
    check(by["治理水土流失面积"]["actual"] == a[0] + "平方公里", f"{pid}: area row vs prose")
    check(by["受益人口"]["actual"] == pop + "人", f"{pid}: population row vs prose")
    check(by["受益群众满意度"]["actual"] == q[3] + "%", f"{pid}: satisfaction row vs prose")
    check(by["流域林草覆盖率提高"]["actual"] == lc[2] + "个百分点", f"{pid}: 林草 row vs prose")
    check(by["单位面积综合治理成本"]["actual"] == c[0] + "万元/平方公里", f"{pid}: cost row vs prose")
    check(total_line[7] == sc[0], f"{pid}: total table vs prose")
    check(D(sc[3]) == sum(D(r["score"]) for r in rows[1:7]), f"{pid}: 产出 level score")
    check(D(sc[4]) == sum(D(r["score"]) for r in rows[7:10]), f"{pid}: 效益 level score")
    g = one(pid, t, r"自评等级\t(.)")
    check(grade_of(total_line[7]) == g, f"{pid}: table grade")


# ---------------------------------------------------------------- C: Guizhou, PDF space-separated
ISNUM = re.compile(r"\d+(?:\.\d+)?$")


def verify_C(pid, t):
    tp = one(pid, t, r"项目总投资(\d+\.\d+)万元，其中中央水利发展资金(\d+\.\d+)万元（2018年12\n月提前下达）、"
                     r"省级财政资金(\d+\.\d+)万元、县级配套资金(\d+\.\d+)万元")
    total = D(tp[0])
    check(D(tp[1]) + D(tp[2]) + D(tp[3]) == total, f"{pid}: sources")
    b = one(pid, t, r"年初预算(\d+\.\d+)万元，6月追加省级资金(\d+\.\d+)万元、县级配套资金(\d+\.\d+)万元，全年预算(\d+\.\d+)万元，"
                    r"资金到位率(\d+)%")
    check(D(b[0]) == D(tp[1]) and D(b[1]) == D(tp[2]) and D(b[2]) == D(tp[3]), f"{pid}: 年初/追加 vs sources")
    check(D(b[0]) + D(b[1]) + D(b[2]) == D(b[3]) == total, f"{pid}: 全年预算")
    e = one(pid, t, r"全年执行(\d+\.\d+)万元，预算执行率(\d+\.\d+)%，其中坡改梯工程(\d+\.\d+)万元、生产道路(\d+\.\d+)万元、"
                    r"蓄水池(\d+\.\d+)万元、设计监理费(\d+\.\d+)万元。未执行的(\d+\.\d+)万元")
    spent = D(e[0])
    check(close(spent / total * 100, e[1]), f"{pid}: 执行率")
    check(sum(D(x) for x in e[2:6]) == spent, f"{pid}: spending parts")
    check(total - spent == D(e[6]), f"{pid}: 未执行/结转")
    check("结转至2020年" in t, f"{pid}: carry-over year")
    pl = one(pid, t, r"玉溪镇(\d+)亩、三江镇(\d+)亩、洛龙镇(\d+)亩、隆兴镇(\d+)亩、上坝乡(\d+)亩，平均每个项目区(\d+)亩")
    check(close(sum(D(x) for x in pl[:5]) / 5, pl[5]), f"{pid}: 项目区 average")
    tab = {}
    for ln in t[t.index("乡镇 坡改梯"):t.index("2.质量指标")].split("\n")[1:]:
        c = ln.split()
        if c:
            tab[c[0]] = [D(x) for x in c[1:]]
    towns = ["玉溪镇", "三江镇", "洛龙镇", "隆兴镇", "上坝乡"]
    for k in range(3):
        check(sum(tab[x][k] for x in towns) == tab["合计"][k], f"{pid}: 表1 column {k}")
    check([tab[x][0] for x in towns] == [D(x) for x in pl[:5]], f"{pid}: 表1 vs prose list")
    rd = one(pid, t, r"完成生产道路(\d+\.\d+)公里，为计划的(\d+\.\d+)%")
    check(close(D(rd[0]) / D("8.5") * 100, rd[1]) and D(rd[0]) == tab["合计"][1], f"{pid}: roads")
    ql = one(pid, t, r"抽查梯田地块(\d+)块，合格(\d+)块，工程验收合格率(\d+)%")
    check(close(D(ql[1]) / D(ql[0]) * 100, ql[2]), f"{pid}: 合格率")
    mu = one(pid, t, r"坡改梯工程支出(\d+\.\d+)万元，亩均投资(\d+)元")
    check(D(mu[0]) == D(e[2]) and close(D(mu[0]) * 10000 / tab["合计"][0], mu[1]), f"{pid}: 亩均投资")
    sv = one(pid, t, r"抽样调查受益农户(\d+)户，满意(\d+)户，满意度(\d+)%")
    check(close(D(sv[1]) / D(sv[0]) * 100, sv[2]), f"{pid}: survey")
    gr = one(pid, t, r"项目自评得分(\d+\.\d+)分，评价等级为“(.)”")

    f = one(pid, t, r"年度资金总额 ([\d.]+) ([\d.]+) ([\d.]+) (\d+) ([\d.]+)% ([\d.]+)")
    check(D(f[0]) == D(b[0]) and D(f[1]) == total and D(f[2]) == spent and f[4] == e[1], f"{pid}: funds row vs prose")
    cur = one(pid, t, r"其中：当年财政拨款 ([\d.]+) ([\d.]+) ([\d.]+) — ([\d.]+)% —")
    check(tuple(cur[:3]) == tuple(f[:3]) and cur[3] == f[4], f"{pid}: 当年财政拨款 row")
    check("上年结转资金 0.00 0.00 0.00 — — —" in t and "其他资金 0.00 0.00 0.00 — — —" in t, f"{pid}: zero rows")
    check(close(D(f[3]) * spent / total, f[5]), f"{pid}: execution score")
    rows = [dict(name="预算执行率", target="100%", actual=f[4] + "%", weight=f[3], score=f[5], completion=None)]
    seg = t[t.index("绩 一级指标"):t.index("\n总分 ")].split("\n")[1:]
    for ln in seg:
        tok = ln.split()
        for i in range(len(tok) - 3):
            if re.match(r"[≥≤]?\d", tok[i]) and not ISNUM.match(tok[i]) and ISNUM.match(tok[i + 2]) \
                    and ISNUM.match(tok[i + 3]):
                rows.append(dict(name=tok[i - 1], target=tok[i], actual=tok[i + 1], weight=tok[i + 2],
                                 score=tok[i + 3], completion=None))
                break
        else:
            FAIL.append(f"{pid}: cannot read indicator line {ln!r}")
    tl = one(pid, t, r"\n总分 (\d+) ([\d.]+)")
    check(tl[0] == "100", f"{pid}: 总分 分值")
    check_rows(pid, rows, tl[1])
    by = {r["name"]: r for r in rows}
    check(by["坡改梯面积"]["actual"] == f"{tab['合计'][0]}亩", f"{pid}: area row")
    check(by["生产道路"]["actual"] == f"{tab['合计'][1]}公里", f"{pid}: roads row")
    check(by["小型蓄水池"]["actual"] == f"{tab['合计'][2]}口", f"{pid}: ponds row")
    check(by["受益群众满意度"]["actual"] == sv[2] + "%", f"{pid}: satisfaction row")
    check(by["坡改梯亩均投资"]["actual"] == mu[1] + "元/亩", f"{pid}: cost row")
    check(by["工程验收合格率"]["actual"] == ql[2] + "%", f"{pid}: quality row")
    check(gr[0] == tl[1] and grade_of(gr[0]) == gr[1], f"{pid}: total/grade {gr}")
    check("（2019年度）" in t, f"{pid}: table year")


# ---------------------------------------------------------------- D: Inner Mongolia, pipe table
def verify_D(pid, t):
    b = one(pid, t, r"年初预算(\d+\.\d+)万元，均为旗级财政资金。因部分遥感影像改由自治区统一提供，年中调减(\d+\.\d+)万元，"
                    r"全年预算(\d+\.\d+)万元")
    check(D(b[0]) - D(b[1]) == D(b[2]), f"{pid}: 调减")
    ann = D(b[2])
    e = one(pid, t, r"全年实际支出(\d+\.\d+)万元，预算执行率为(\d+\.\d+)%，结余(\d+\.\d+)万元")
    spent = D(e[0])
    check(close(spent / ann * 100, e[1]), f"{pid}: 执行率")
    check(ann - spent == D(e[2]), f"{pid}: 结余")
    p = one(pid, t, r"动态监测技术服务费(\d+\.\d+)万元（委托第三方，公开招标确定），高分遥感影像补充采购(\d+\.\d+)万元，"
                    r"现场复核车辆及差旅费(\d+\.\d+)万元，监测站点运行维护费(\d+\.\d+)万元")
    check(sum(map(D, p)) == spent, f"{pid}: spending parts")
    area = one(pid, t, r"完成全旗(\d+)平方公里水土流失动态监测；")
    c = one(pid, t, r"全年支出(\d+\.\d+)万元，折合每平方公里监测成本(\d+)元")
    check(D(c[0]) == spent and close(spent * 10000 / D(area), c[1]), f"{pid}: unit cost")
    ts = one(pid, t, r"共复核图斑(\d+)个（2023年为(\d+)个）")
    v = one(pid, t, r"认定违法违规生产建设项目(\d+)个，已依法查处(\d+)个，查处率(\d+)%")
    check(close(D(v[1]) / D(v[0]) * 100, v[2]), f"{pid}: 查处率")
    w = one(pid, t, r"2024年全旗水土流失面积(\d+\.\d+)平方公里，较2023年的(\d+\.\d+)平方公里减少(\d+\.\d+)平方公里")
    check(D(w[1]) - D(w[0]) == D(w[2]), f"{pid}: erosion area decrease")
    ov = one(pid, t, r"减少(\d+\.\d+)平方公里，超出目标(\d+)%")
    check(ov[0] == w[2] and close((D(ov[0]) - 20) / 20 * 100, ov[1]), f"{pid}: 超出目标")
    q = one(pid, t, r"发放问卷(\d+)份，收回(\d+)份，满意(\d+)份，满意度(\d+)%")
    check(close(D(q[2]) / D(q[1]) * 100, q[3]), f"{pid}: survey")
    wl = one(pid, t, r"满分(\d+)分，其中预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    check(sum(D(x) for x in wl[1:]) == D(wl[0]) == 100, f"{pid}: prose weights")
    sc = one(pid, t, r"综合自评得分(\d+)分，等级为“(.)”")
    shares = one(pid, t, r"与自然资源、林草、生态环境、能源、农牧和综合行政执法(\d+)个部门共享")

    rows, total = [], None
    for ln in t.split("\n"):
        if not ln.startswith("| ") or ln.startswith("| 一级指标"):
            continue
        cl = [x.strip() for x in ln.strip().strip("|").split("|")]
        check(len(cl) == 9, f"{pid}: pipe row with {len(cl)} cells: {ln!r}")
        if cl[0] == "总分":
            total = cl
            continue
        rows.append(dict(name=cl[2], target=cl[3], actual=cl[4], completion=cl[5], weight=cl[6], score=cl[7]))
    check(total[6] == "100", f"{pid}: 总分 分值")
    check_rows(pid, rows, total[7])
    by = {r["name"]: r for r in rows}
    check(by["预算执行率"]["actual"] == e[1] + "%", f"{pid}: execution row vs prose")
    check(by["水土流失动态监测面积"]["actual"] == area + "平方公里", f"{pid}: area row")
    check(by["生产建设项目监管图斑复核"]["actual"] == ts[0] + "个", f"{pid}: 图斑 row vs prose")
    check(by["单位面积监测成本"]["actual"] == c[1] + ".00元/平方公里", f"{pid}: cost row vs prose")
    check(by["违法违规项目查处率"]["actual"] == v[2] + "%", f"{pid}: 查处率 row")
    check(by["水土流失面积较上年减少"]["actual"] == w[2] + "平方公里", f"{pid}: erosion row")
    check(by["监测数据共享部门数"]["actual"] == shares + "个", f"{pid}: sharing row")
    check(by["生产建设单位满意度"]["actual"] == q[3] + "%", f"{pid}: satisfaction row")
    lv = [sum(D(r["weight"]) for r in rows[i:j]) for i, j in ((0, 1), (1, 7), (7, 10), (10, 11))]
    check([str(x) for x in lv] == list(wl[1:]), f"{pid}: level weights {lv} vs prose {wl[1:]}")
    check(close(D(total[7]), sc[0]) and grade_of(total[7]) == sc[1], f"{pid}: total/grade")


# ---------------------------------------------------------------- E: Hunan, one cell per line
def verify_E(pid, t):
    m = one(pid, t, r"项目资金(\d+\.\d+)万元，其中中央财政资金(\d+\.\d+)万元（2017年12月提前下达）、省级财政资金(\d+\.\d+)万元")
    total = D(m[0])
    check(D(m[1]) + D(m[2]) == total, f"{pid}: sources")
    check(one(pid, t, r"我局对2018年国家水土保持重点工程项目资金(\d+)万元") == "750" and total == 750, f"{pid}: 750")
    arr = one(pid, t, r"项目资金(\d+\.\d+)万元于2018年全部拨付到县，到位率(\d+)%")
    check(D(arr[0]) == total and arr[1] == "100", f"{pid}: 到位")
    e = one(pid, t, r"项目实际支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%。其中大河江小流域完成投资(\d+\.\d+)万元，"
                    r"九甲小流域完成投资(\d+\.\d+)万元")
    spent = D(e[0])
    check(close(spent / total * 100, e[1]), f"{pid}: 执行率")
    check(D(e[2]) + D(e[3]) == spent, f"{pid}: sub-watershed spending")
    bal = one(pid, t, r"结转资金(\d+\.\d+)万元，已结转至2019年")
    check(total - spent == D(bal), f"{pid}: 结转")
    o = one(pid, t, r"营造水土保持林(\d+\.\d+)平方公里、经果林(\d+\.\d+)平方公里，实施封禁治理(\d+\.\d+)平方公里、"
                    r"保土耕作(\d+\.\d+)平方公里，共计完成综合治理面积(\d+\.\d+)平方公里，完成年度目标的(\d+\.\d+)%。"
                    r"其中大河江小流域(\d+\.\d+)平方公里、九甲小流域(\d+\.\d+)平方公里。建成蓄水池(\d+)口、谷坊(\d+)座，"
                    r"共(\d+)座；抽查造林成活率(\d+)%。每平方公里治理投资(\d+\.\d+)万元")
    area = D(o[4])
    target = D(one(pid, t, r"计划治理水土流失面积(\d+)平方公里"))
    check(sum(D(x) for x in o[:4]) == area, f"{pid}: measures sum")
    check(close(area / target * 100, o[5]), f"{pid}: 完成年度目标的")
    check(D(o[6]) + D(o[7]) == area, f"{pid}: sub-watershed areas")
    check(D(o[8]) + D(o[9]) == D(o[10]), f"{pid}: small works")
    check(close(spent / area, o[12]), f"{pid}: unit cost")
    check(close(D(o[1]) * 1500, one(pid, t, r"新增油茶、柑橘经果林约(\d+)亩")), f"{pid}: 经果林 亩")
    lc = one(pid, t, r"由治理前的(\d+\.\d+)%提高到(\d+\.\d+)%，经测算年保土量(\d+\.\d+)万吨，受益人口(\d+)人")
    q = one(pid, t, r"发放满意度调查问卷(\d+)份，满意(\d+)份，满意度(\d+)%")
    check(close(D(q[1]) / D(q[0]) * 100, q[2]), f"{pid}: survey")
    gr = one(pid, t, r"项目自评得分(\d+\.\d+)分，等级为“(.)”")

    f = one(pid, t, r"\n年度资金总额\n([\d.]+)\n([\d.]+)\n([\d.]+)\n(\d+)\n([\d.]+)%\n([\d.]+)\n")
    check(D(f[0]) == total and D(f[1]) == total and D(f[2]) == spent and f[4] == e[1], f"{pid}: funds block vs prose")
    check(close(D(f[3]) * spent / total, f[5]), f"{pid}: execution score")
    cur = one(pid, t, r"\n其中：当年财政拨款\n([\d.]+)\n([\d.]+)\n([\d.]+)\n—\n([\d.]+)%\n—\n")
    check(tuple(cur[:3]) == tuple(f[:3]) and cur[3] == f[4], f"{pid}: 当年财政拨款")
    lines = t.split("\n")
    start = [i for i, ln in enumerate(lines) if ln == "偏差原因分析及改进措施"][-1] + 1
    end = lines.index("总分", start)
    seg = lines[start:end]
    rows = [dict(name="预算执行率", target="100%", actual=f[4] + "%", weight=f[3], score=f[5], completion=None)]
    for j in range(1, len(seg) - 3):
        if ISNUM.match(seg[j + 2]) and ISNUM.match(seg[j + 3]) and not ISNUM.match(seg[j]) \
                and not ISNUM.match(seg[j + 1]):
            rows.append(dict(name=seg[j - 1], target=seg[j], actual=seg[j + 1], weight=seg[j + 2], score=seg[j + 3],
                             completion=None))
    check(len(rows) == 11, f"{pid}: read {len(rows)} indicator rows")
    check(lines[end + 1] == "100", f"{pid}: 总分 分值")
    check_rows(pid, rows, lines[end + 2])
    by = {r["name"]: r for r in rows}
    check(by["综合治理面积"]["actual"] == o[4] + "平方公里", f"{pid}: area row vs prose")
    check(by["营造水土保持林"]["actual"] == o[0] + "平方公里", f"{pid}: 水保林 row")
    check(by["小型水保工程（蓄水池、谷坊）"]["actual"] == o[10] + "座", f"{pid}: small works row")
    check(by["造林成活率"]["actual"] == o[11] + "%", f"{pid}: 成活率 row")
    check(by["单位面积治理投资"]["actual"] == o[12] + "万元/平方公里", f"{pid}: cost row")
    check(by["治理区林草覆盖率"]["actual"] == lc[1] + "%", f"{pid}: 林草 row")
    check(by["年保土量"]["actual"] == lc[2] + "万吨", f"{pid}: 保土 row")
    check(by["受益人口"]["actual"] == lc[3] + "人", f"{pid}: population row")
    check(by["受益群众满意度"]["actual"] == q[2] + "%", f"{pid}: satisfaction row")
    check(f"完成综合治理面积{o[4]}平方公里，年保土量{lc[2]}万吨，林草覆盖率{lc[1]}%" in t, f"{pid}: 实际完成情况 cell")
    check(gr[0] == lines[end + 2] and grade_of(gr[0]) == gr[1], f"{pid}: total/grade")
    check("（2018年度）" in t, f"{pid}: table year")


VERIFY = {
    "gs-ningxian-yudiba-2020": verify_A,
    "sn-liuba-qingjie-2022": verify_B,
    "gz-daozhen-podigeng-2019": verify_C,
    "nm-yijinhuoluo-jiance-2024": verify_D,
    "hn-shuangpai-shuitu-2018": verify_E,
}


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def changed_region(a, b):
    """Common prefix/suffix: the single differing region as (start, end) in b, and its text in a."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return (p, len(b) - s), a[p:len(a) - s]


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(x) for x in fh if x.strip()]
    names = set(os.listdir(CASES))
    check(names == {r["case"] for r in labels}, "cases/ and labels.jsonl list different files")
    check(len(labels) == 35 and sum(r["clean"] for r in labels) == 5, "expected 5 clean + 30 error cases")
    codes = Counter()
    where = Counter()
    edits = {(pid, n): w for pid, lst in build.EDITS.items() for (n, c, w, *_rest) in lst}
    regions_seen = set()
    for r in labels:
        text = read(r["case"])
        pid = r["source"]
        if r["clean"]:
            check(r["expected"] == [], f"{r['case']}: clean case with expectations")
            n = len(text)
            check(3000 <= n <= 5000, f"{r['case']}: {n} characters")
            continue
        check(len(r["expected"]) == 1, f"{r['case']}: expected one label")
        clean = read(f"{pid}-clean.txt")
        check(text != clean, f"{r['case']}: identical to clean")
        (s, e), old = changed_region(clean, text)
        check(e - s <= 80 and len(old) <= 80, f"{r['case']}: changed region too long ({e - s}/{len(old)})")
        for exp in r["expected"]:
            codes[exp["code"]] += 1
            check(exp["code"] in CODES and exp["severity"] == "error", f"{r['case']}: code/severity {exp}")
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            check(bool(occ), f"{r['case']}: value not found {v!r}")
            check(any(o < max(e, s + 1) and s < o + len(v) for o in occ),
                  f"{r['case']}: value {v!r} does not cover the changed place [{s},{e})")
        n = int(r["case"].rsplit("-e", 1)[1].split(".")[0])
        where[edits[(pid, n)]] += 1
        regions_seen.add((pid, s))
    for c in CODES:
        check(codes[c] >= 2, f"code {c} occurs {codes[c]} times")
    check(set(codes) <= set(CODES), f"unknown codes {set(codes) - set(CODES)}")
    check(abs(where["P"] - where["T"]) <= 2, f"prose/table split {dict(where)}")
    for pid, fn in VERIFY.items():
        fn(pid, read(f"{pid}-clean.txt"))
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        sys.exit(1)
    print(f"{len(labels)} cases, codes {dict(sorted(codes.items()))}, prose/table {dict(where)}")
    print("OK")


if __name__ == "__main__":
    main()
