#!/usr/bin/env python3
"""Check set n101: labels, edit sizes, and the arithmetic of every clean draft.

1. labels.jsonl: every case exists; each error case has one label; its value occurs exactly once in the
   case and never in the clean draft; codes are from errors.md section A.
2. Edit size: the error case differs from its clean draft by one contiguous change of at most 16
   characters inside one line, or (score-row edits) by one change of at most 16 characters on each of
   two adjacent lines.
3. Arithmetic of the clean drafts, recomputed from the numbers as printed in each draft (regexes and
   table rows read from the text): rates, balances, sums, products (count x standard x months), averages,
   weights to 100, row scores by rules.md section 5, scores to the total, grade band, completion rates.
   Tolerance is rules.md section 8: |computed - stated| <= 0.5 x 10^-d for a stated value with d decimals.

Pure Python 3.  Prints OK on success, otherwise the failures, and exits 1.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"}

FAIL = []
NCHECK = [0]


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers and tolerance
def dec(s):
    return D(str(s).replace(",", ""))


def ndec(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def ok(stated, computed):
    """stated: string as printed; computed: Decimal."""
    v = dec(stated)
    tol = D(5) * D(10) ** (-(ndec(stated) + 1)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def check(pid, what, stated, computed):
    NCHECK[0] += 1
    if not ok(stated, computed):
        fail(f"{pid}: {what}: stated {stated}, computed {D(computed):.4f}")


def eq(pid, what, a, b):
    """Exact equality: as numbers when both read as numbers, else as strings."""
    NCHECK[0] += 1
    try:
        same = D(str(a)) == D(str(b))
    except ArithmeticError:
        same = str(a) == str(b)
    if not same:
        fail(f"{pid}: {what}: {a} != {b}")


def truth(pid, what, cond):
    NCHECK[0] += 1
    if not cond:
        fail(f"{pid}: {what}")


def one(pid, text, pattern):
    ms = list(re.finditer(pattern, text))
    if len(ms) != 1:
        fail(f"{pid}: pattern {pattern!r} matched {len(ms)} times")
        return None
    g = ms[0].groups()
    return g if len(g) > 1 else g[0]


def rate(a, b):
    return dec(a) / dec(b) * 100


# ---------------------------------------------------------------- markdown tables
def row(pid, text, *first):
    """Cells of the unique table line whose first cells are `first`."""
    hits = []
    for line in text.splitlines():
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells[:len(first)] == list(first):
            hits.append(cells)
    if len(hits) != 1:
        fail(f"{pid}: table row {first} found {len(hits)} times")
        return None
    return hits[0]


def rows_where(text, pred):
    out = []
    for line in text.splitlines():
        if line.startswith("|") and not line.startswith("|---"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if pred(cells):
                out.append(cells)
    return out


NUM = re.compile(r"^([≥≤=＞＜]?)\s*(-?\d+(?:\.\d+)?)\s*(.*)$")


def parse_val(s):
    m = NUM.match(s)
    if not m:
        return None
    return m.group(1), m.group(2), m.group(3)


def indicator(pid, cells, ti, ai, wi, si, ci=None):
    """Check one indicator row by rules.md section 5. Returns (weight, score) as Decimals."""
    name = cells[2] if len(cells) > 2 else cells[0]
    w, s = dec(cells[wi]), dec(cells[si])
    truth(pid, f"{name}: 0 <= score <= weight", D(0) <= s <= w)
    target, actual = cells[ti], cells[ai]
    if "年" in target and "日" in target:          # date targets: no proportional rule
        return w, s
    pt, pa = parse_val(target), parse_val(actual)
    if pa is None:                                 # qualitative actual
        frac = s / w
        if actual.startswith("部分达成"):
            truth(pid, f"{name}: 部分达成 score in [60%, 80%) of weight", D("0.6") <= frac < D("0.8"))
        elif actual.startswith("达成"):
            truth(pid, f"{name}: 达成 score in [80%, 100%]", D("0.8") <= frac <= 1)
        else:
            fail(f"{pid}: {name}: cannot read actual {actual!r}")
        return w, s
    if pt is None:
        fail(f"{pid}: {name}: qualitative target {target!r} with numeric actual")
        return w, s
    sign, tv, tu = pt
    _, av, au = pa
    truth(pid, f"{name}: unit of actual {au!r} = unit of target {tu!r}", tu == au)
    T, A = dec(tv), dec(av)
    if sign in ("≤", "＜"):
        comp = D(100) if A <= T else T / A * 100
        exp = w if A <= T else w * T / A
    elif T == 0:
        comp = None
        exp = w if A <= 0 else D(0)
    else:
        comp = A / T * 100
        exp = w * min(D(1), A / T)
    if ci is not None and cells[ci] not in ("—", "-", ""):
        if comp is None:
            fail(f"{pid}: {name}: completion printed on a zero target")
        else:
            check(pid, f"{name}: 完成率", cells[ci], comp)
    alt = None
    if ci is not None and cells[ci] not in ("—", "-", "") and comp is not None and sign not in ("≤", "＜"):
        alt = w * min(D(1), dec(cells[ci]) / 100)
    NCHECK[0] += 1
    if not (ok(cells[si], exp) or (alt is not None and ok(cells[si], alt))):
        fail(f"{pid}: {name}: score {cells[si]} does not follow the rule (expected {exp:.4f})")
    return w, s


def grade_of(total):
    t = dec(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def check_grade(pid, total, label):
    truth(pid, f"grade {label} for {total}", label.startswith(grade_of(total)))


# ---------------------------------------------------------------- per-project arithmetic
def p_nierong(t):
    pid = "nierong"
    # herd and village figures
    check(pid, "存栏 22.10 + 29.35", "51.45", dec("22.10") + dec("29.35"))
    assert one(pid, t, r"存栏(51\.45)万头（只），其中牦牛(22\.10)万头、绵山羊(29\.35)万只")
    check(pid, "防疫员 per village 144/132", one(pid, t, r"平均每村(\d+\.\d+)名"), dec(144) / 132)
    # funds
    a = one(pid, t, r"年初预算(\d+\.\d+)万元。其中")
    c1 = one(pid, t, r"我县分配(\d+\.\d+)万元")
    c2 = one(pid, t, r"强制免疫配套资金(\d+\.\d+)万元")
    c3 = one(pid, t, r"县级配套资金(\d+\.\d+)万元列入")
    check(pid, "年初 = 126 + 30 + 12", a, dec(c1) + dec(c2) + dec(c3))
    add, x1, x2 = one(pid, t, r"年内追加(\d+\.\d+)万元：.*?秋防补助经费(\d+\.\d+)万元.*?追加县级配套资金(\d+\.\d+)万元")
    check(pid, "追加 = 8.50 + 4.00", add, dec(x1) + dec(x2))
    tot, z, zz, xian = one(pid, t, r"全年预算(\d+\.\d+)万元，其中中央财政补助(\d+\.\d+)万元、自治区财政补助(\d+\.\d+)万元、县级配套(\d+\.\d+)万元")
    check(pid, "全年 = 年初 + 追加", tot, dec(a) + dec(add))
    check(pid, "全年 = sources", tot, dec(z) + dec(zz) + dec(xian))
    check(pid, "自治区 30 + 8.50", zz, dec(c2) + dec(x1))
    check(pid, "县级 12 + 4", xian, dec(c3) + dec(x2))
    spent, r1 = one(pid, t, r"全年实际支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%")
    check(pid, "执行率", r1, rate(spent, tot))
    items = re.search(r"其中：村级防疫员免疫劳务补助(\d+\.\d+)万元，防疫物资及耗材（[^）]*）(\d+\.\d+)万元，疫苗冷链运行及运输(\d+\.\d+)万元，免疫抗体监测及送检(\d+\.\d+)万元，防疫技术培训(\d+\.\d+)万元", t).groups()
    check(pid, "spending items sum", spent, sum(dec(x) for x in items))
    check(pid, "劳务补助 144 x 500 x 12 元", one(pid, t, r"共计(\d+)元"), D(144 * 500 * 12))
    check(pid, "劳务补助 万元", items[0], D(144 * 500 * 12) / 10000)
    bal, b1, b2 = one(pid, t, r"年末结余(\d+\.\d+)万元，其中秋防补免物资尾款(\d+\.\d+)万元.*?维修费(\d+\.\d+)万元")
    check(pid, "结余 = 全年 - 执行 (all received)", bal, dec(tot) - dec(spent))
    check(pid, "结余 parts", bal, dec(b1) + dec(b2))
    f = row(pid, t, "年度资金总额")
    check(pid, "funds block total 年初", f[1], dec(a)); check(pid, "funds block 全年", f[2], dec(tot))
    check(pid, "funds block 执行", f[3], dec(spent)); check(pid, "funds block rate", f[5], rate(f[3], f[2]))
    check(pid, "execution score", f[6], dec(f[4]) * min(D(1), dec(f[3]) / dec(f[2])))
    f2 = row(pid, t, "其中：当年财政拨款")
    check(pid, "当年财政拨款 rate", f2[5], rate(f2[3], f2[2]))
    for lab in ("上年结转资金", "其他资金"):
        r_ = row(pid, t, lab)
        truth(pid, f"{lab}: zero base, rate printed —", dec(r_[2]) == 0 and r_[5] == "—")
    eq(pid, "components = total (全年)", f[2], dec(f2[2]) + dec(row(pid, t, "上年结转资金")[2]) + dec(row(pid, t, "其他资金")[2]))
    # immunisation
    dens = rows_where(t, lambda c: len(c) == 6 and c[0] in ("牛", "羊", "猪", "禽"))
    truth(pid, "5 species rows", len(dens) == 5)
    for c in dens:
        check(pid, f"density {c[0]}{c[1]}", c[4], rate(c[3], c[2]))
    cow, sheep = dens[0], dens[1]
    ying, shi, pooled = one(pid, t, r"牛羊口蹄疫合计应免(\d+\.\d+)万头（只），实免(\d+\.\d+)万头（只），免疫密度(\d+\.\d+)%")
    check(pid, "pooled 应免", ying, dec(cow[2]) + dec(sheep[2]))
    check(pid, "pooled 实免", shi, dec(cow[3]) + dec(sheep[3]))
    check(pid, "pooled density", pooled, rate(shi, ying))
    # antibodies
    ab = rows_where(t, lambda c: len(c) == 5 and c[0] in ("O型口蹄疫", "小反刍兽疫", "H5亚型禽流感"))
    for c in ab:
        check(pid, f"antibody {c[0]}{c[1]}", c[4], rate(c[3], c[2]))
    tot_ab = row(pid, t, "合计", "—")
    eq(pid, "antibody samples sum", tot_ab[2], sum(dec(c[2]) for c in ab))
    eq(pid, "antibody passed sum", tot_ab[3], sum(dec(c[3]) for c in ab))
    check(pid, "antibody pooled", tot_ab[4], rate(tot_ab[3], tot_ab[2]))
    n, target, comp = one(pid, t, r"共检测(\d+)份，为年度指标（(\d+)份）的(\d+\.\d+)%")
    eq(pid, "samples = table", n, tot_ab[2]); check(pid, "sample completion", comp, rate(n, target))
    g = one(pid, t, r"三批分别检测(\d+)份、(\d+)份、(\d+)份，合格率分别为(\d+\.\d+)%、(\d+\.\d+)%、(\d+\.\d+)%，三批平均合格率(\d+\.\d+)%；按全部样品计算的综合合格率为(\d+\.\d+)%")
    eq(pid, "batch sizes sum", dec(g[0]) + dec(g[1]) + dec(g[2]), tot_ab[2])
    # batch pass counts 409/372/369 reproduce the printed rates and the table total 1150
    for size, passed, r_ in ((g[0], 409, g[3]), (g[1], 372, g[4]), (g[2], 369, g[5])):
        check(pid, f"batch rate {size}", r_, rate(passed, size))
    eq(pid, "batch passes = table passes", 409 + 372 + 369, tot_ab[3])
    check(pid, "batch average", g[6], (dec(g[3]) + dec(g[4]) + dec(g[5])) / 3)
    check(pid, "综合合格率 = table", g[7], dec(tot_ab[4]))
    need, done, er = one(pid, t, r"应佩戴耳标(\d+\.\d+)万头（只），实际佩戴(\d+\.\d+)万头（只），佩戴率(\d+\.\d+)%")
    check(pid, "耳标佩戴率", er, rate(done, need))
    per, each, n_, tg, cr = one(pid, t, r"培训班(\d+)期、每期(\d+)人，培训(\d+)人次，完成年度指标（(\d+)人次）的(\d+\.\d+)%")
    eq(pid, "培训 4 x 30", n_, dec(per) * dec(each)); check(pid, "培训完成率", cr, rate(n_, tg))
    dead, stock, mr, ex, prev, up = one(pid, t, r"病死牲畜(\d+\.\d+)万头（只），占年末存栏(\d+\.\d+)万头（只）的(\d+\.\d+)%，超出2%的控制目标(\d+\.\d+)个百分点，较2018年的(\d+\.\d+)%上升(\d+\.\d+)个百分点")
    check(pid, "死亡率", mr, rate(dead, stock)); check(pid, "超出", ex, dec(mr) - 2); check(pid, "上升", up, dec(mr) - dec(prev))
    q, qv, sat, sr = one(pid, t, r"发放问卷(\d+)份，收回有效问卷(\d+)份，表示满意的(\d+)份，满意度(\d+\.\d+)%")
    check(pid, "满意度", sr, rate(sat, qv))
    # self-evaluation table
    ind = rows_where(t, lambda c: len(c) == 8 and c[0] in ("产出指标", "效益指标", "满意度指标"))
    sums = {}
    for c in ind:
        w, s = indicator(pid, c, 3, 4, 5, 6)
        sums.setdefault(c[0], [D(0), D(0)])
        sums[c[0]][0] += w; sums[c[0]][1] += s
    eq(pid, "weights 产出 50", sums["产出指标"][0], 50); eq(pid, "weights 效益 30", sums["效益指标"][0], 30)
    eq(pid, "weights 满意度 10", sums["满意度指标"][0], 10)
    tr = row(pid, t, "总分")
    eq(pid, "weights incl. execution = 100", tr[5], sum(v[0] for v in sums.values()) + dec(f[4]))
    check(pid, "scores to total", tr[6], sum(v[1] for v in sums.values()) + dec(f[6]))
    tot_s, e_s, o_s, b_s, s_s, grade = one(pid, t, r"综合得分(\d+\.\d+)分，其中预算执行(\d+\.\d+)分、产出指标(\d+\.\d+)分、效益指标(\d+\.\d+)分、满意度指标(\d+\.\d+)分，自评等级为“(.+?)”")
    eq(pid, "text total = table", tot_s, tr[6]); eq(pid, "text exec", e_s, f[6])
    check(pid, "产出 subtotal", o_s, sums["产出指标"][1]); check(pid, "效益 subtotal", b_s, sums["效益指标"][1])
    check(pid, "满意度 subtotal", s_s, sums["满意度指标"][1])
    check(pid, "subtotals to total", tot_s, dec(e_s) + dec(o_s) + dec(b_s) + dec(s_s))
    check_grade(pid, tot_s, grade)
    # table actuals = text figures
    eq(pid, "自评表 牛羊口蹄疫 = pooled", row(pid, t, "产出指标", "数量指标", "牛羊口蹄疫免疫密度")[4], pooled + "%")
    eq(pid, "自评表 抗体合格率 = table", row(pid, t, "产出指标", "质量指标", "免疫抗体合格率")[4], tot_ab[4] + "%")
    eq(pid, "自评表 满意度", row(pid, t, "满意度指标")[4], sr + "%")
    eq(pid, "自评表 死亡率", row(pid, t, "效益指标", "经济效益", "牲畜疫病死亡率")[4], mr + "%")


def p_leiwuqi(t):
    pid = "leiwuqi"
    src = rows_where(t, lambda c: len(c) == 6 and c[0] in ("中央财政动物防疫等补助", "自治区追加补助", "县级配套"))
    tr = row(pid, t, "合计", "—", "—")
    for k in (3, 4, 5):
        eq(pid, f"sources column {k}", tr[k], sum(dec(c[k]) for c in src))
    a0, c0, x0 = one(pid, t, r"年初预算(\d+\.\d+)万元，其中中央财政动物防疫等补助资金(\d+\.\d+)万元、县级配套资金(\d+\.\d+)万元")
    check(pid, "年初 = 40 + 16", a0, dec(c0) + dec(x0))
    add, tot = one(pid, t, r"年中自治区追加(\d+\.\d+)万元，全年预算(\d+\.\d+)万元")
    check(pid, "全年 = 年初 + 追加", tot, dec(a0) + dec(add)); eq(pid, "全年 = table", tot, tr[3])
    g = one(pid, t, r"全年预算(\d+\.\d+)万元，实际到位(\d+\.\d+)万元，到位率(\d+\.\d+)%；县级配套资金(\d+\.\d+)万元中到位(\d+\.\d+)万元，尚有(\d+\.\d+)万元")
    check(pid, "到位率", g[2], rate(g[1], g[0])); eq(pid, "到位 = table", g[1], tr[4])
    check(pid, "县级未到位", g[5], dec(g[3]) - dec(g[4])); check(pid, "未到位 total", g[5], dec(g[0]) - dec(g[1]))
    sp, er, ur = one(pid, t, r"全年实际支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%，到位资金使用率(\d+\.\d+)%")
    eq(pid, "支出 = table", sp, tr[5]); check(pid, "执行率", er, rate(sp, g[0])); check(pid, "使用率 (到位 base)", ur, rate(sp, g[1]))
    bal = one(pid, t, r"年末结余(\d+\.\d+)万元")
    check(pid, "结余 = 到位 - 执行", bal, dec(g[1]) - dec(sp))
    county = row(pid, t, "县级配套")
    check(pid, "结余 all county money", bal, dec(county[4]) - dec(county[5]))
    items = one(pid, t, r"实际支出(\d+\.\d+)万元包括：无害化处理补助(\d+\.\d+)万元，处理场运行及消毒药品(\d+\.\d+)万元，收集转运车辆运行(\d+\.\d+)万元，冷冻收集设备购置(\d+\.\d+)万元")
    check(pid, "spending items", items[0], sum(dec(x) for x in items[1:]))
    p1, p2, p3 = one(pid, t, r"消毒药品(\d+\.\d+)万元、燃料动力(\d+\.\d+)万元、设备维修(\d+\.\d+)万元")
    check(pid, "处理场 parts", items[2], dec(p1) + dec(p2) + dec(p3))
    check(pid, "车辆 2 x 3.40", items[3], 2 * dec(one(pid, t, r"每辆(\d+\.\d+)万元")))
    price, n, yuan = one(pid, t, r"每台(\d+)元.*?采购(\d+)台，合计(\d+)元")
    eq(pid, "冷冻柜 20 x 1780", yuan, dec(price) * dec(n)); check(pid, "冷冻柜 万元", items[4], dec(yuan) / 10000)
    sp_rows = rows_where(t, lambda c: len(c) == 5 and c[0] in ("牦牛", "羊", "猪", "禽"))
    for c in sp_rows:
        eq(pid, f"subsidy {c[0]}", c[3], dec(c[1]) * dec(c[2]))
    tt = row(pid, t, "合计", "5896")
    eq(pid, "count sum", tt[1], sum(dec(c[1]) for c in sp_rows)); eq(pid, "subsidy sum", tt[3], sum(dec(c[3]) for c in sp_rows))
    eq(pid, "2021 sum", tt[4], sum(dec(c[4]) for c in sp_rows))
    check(pid, "subsidy 万元", items[1], dec(tt[3]) / 10000)
    n22, n21, gr, h1, h2 = one(pid, t, r"处理病死畜禽(\d+)头（只、羽），较2021年的(\d+)头（只、羽）增长(\d+\.\d+)%，其中高温化制处理(\d+)头（只、羽），深埋处理(\d+)头（只、羽）")
    eq(pid, "2022 = table", n22, tt[1]); eq(pid, "2021 = table", n21, tt[4])
    check(pid, "growth", gr, (dec(n22) - dec(n21)) / dec(n21) * 100); eq(pid, "methods sum", n22, dec(h1) + dec(h2))
    yuan2, wan = one(pid, t, r"补助资金合计(\d+)元，即(\d+\.\d+)万元")
    eq(pid, "补助 元 = table", yuan2, tt[3]); check(pid, "元 -> 万元", wan, dec(yuan2) / 10000)
    eq(pid, "牦牛 text = table", one(pid, t, r"牦牛处理(\d+)头"), sp_rows[0][1])
    q, qv, s, sr = one(pid, t, r"发放问卷(\d+)份，收回(\d+)份，表示满意的(\d+)份，满意度(\d+\.\d+)%")
    check(pid, "满意度", sr, rate(s, qv))
    f = row(pid, t, "年度资金总额")
    eq(pid, "funds block 年初", f[1], a0); eq(pid, "funds block 全年", f[2], tot); eq(pid, "funds block 执行", f[3], sp)
    check(pid, "funds block rate", f[5], rate(f[3], f[2])); eq(pid, "text rate = block", f[5], er)
    check(pid, "execution score", f[6], dec(f[4]) * min(D(1), dec(f[3]) / dec(f[2])))
    for lab in ("上年结转资金", "其他资金"):
        r_ = row(pid, t, lab)
        truth(pid, f"{lab}: zero base, rate —", dec(r_[2]) == 0 and r_[5] == "—")
    ind = rows_where(t, lambda c: len(c) == 8 and c[0] in ("产出指标", "效益指标", "满意度指标"))
    sums = {}
    for c in ind:
        w, s_ = indicator(pid, c, 3, 4, 5, 6)
        sums.setdefault(c[0], [D(0), D(0)]); sums[c[0]][0] += w; sums[c[0]][1] += s_
    eq(pid, "产出 50", sums["产出指标"][0], 50); eq(pid, "效益 30", sums["效益指标"][0], 30); eq(pid, "满意度 10", sums["满意度指标"][0], 10)
    tot_row = row(pid, t, "总分")
    eq(pid, "weights = 100", tot_row[5], sum(v[0] for v in sums.values()) + dec(f[4]))
    check(pid, "scores to total", tot_row[6], sum(v[1] for v in sums.values()) + dec(f[6]))
    g2 = one(pid, t, r"综合得分(\d+\.\d+)分，其中预算执行(\d+\.\d+)分、产出指标(\d+\.\d+)分、效益指标(\d+\.\d+)分、满意度指标(\d+)分，评价等级为“(.+?)”")
    eq(pid, "text total = table", g2[0], tot_row[6]); eq(pid, "text exec", g2[1], f[6])
    check(pid, "产出 subtotal", g2[2], sums["产出指标"][1]); check(pid, "效益 subtotal", g2[3], sums["效益指标"][1])
    check(pid, "满意度 subtotal", g2[4], sums["满意度指标"][1])
    check_grade(pid, g2[0], g2[5])
    eq(pid, "自评表 处理数量", row(pid, t, "产出指标", "数量指标", "病死畜禽无害化处理数量")[4], tt[1] + "头（只、羽）")
    eq(pid, "自评表 补助", row(pid, t, "效益指标", "经济效益")[4], wan + "万元")
    eq(pid, "自评表 满意度", row(pid, t, "满意度指标")[4], sr + "%")
    eq(pid, "自评表 设备", row(pid, t, "产出指标", "数量指标", "冷冻收集设备配置")[4], n + "台")


def p_zeku(t):
    pid = "zeku"
    check(pid, "存栏", "78.02", dec("34.60") + dec("43.42"))
    assert one(pid, t, r"存栏(78\.02)万头（只），其中牦牛(34\.60)万头、藏羊(43\.42)万只")
    a0, c, pr, x = one(pid, t, r"年初预算(\d+\.\d+)万元，其中：中央财政动物防疫补助资金(\d+\.\d+)万元.*?省级村级动物防疫员补助(\d+\.\d+)万元.*?县级配套资金(\d+\.\d+)万元")
    check(pid, "年初 sum", a0, dec(c) + dec(pr) + dec(x))
    add, tot, c2, p2, x2 = one(pid, t, r"追加免疫抗体监测经费(\d+\.\d+)万元.*?全年预算调整为(\d+\.\d+)万元，其中中央(\d+\.\d+)万元、省级(\d+\.\d+)万元、县级(\d+\.\d+)万元")
    check(pid, "全年 = 年初 + 追加", tot, dec(a0) + dec(add)); check(pid, "全年 sources", tot, dec(c2) + dec(p2) + dec(x2))
    check(pid, "省级 76.80 + 8.00", p2, dec(pr) + dec(add))
    std, s_p, s_x = one(pid, t, r"补助标准为每人每月(\d+)元，其中省级(\d+)元、县级(\d+)元")
    eq(pid, "standard parts", std, dec(s_p) + dec(s_x))
    n, months, total_y, prov_y, cnty_y = one(pid, t, r"全县(\d+)名防疫员全年发放(\d+)个月，共计(\d+)元，其中省级(\d+)元、县级(\d+)元")
    eq(pid, "防疫员 total 元", total_y, dec(n) * dec(std) * dec(months))
    eq(pid, "省级 元", prov_y, dec(n) * dec(s_p) * dec(months)); eq(pid, "县级 元", cnty_y, dec(n) * dec(s_x) * dec(months))
    check(pid, "省级 元 = 省级 budget", pr, dec(prov_y) / 10000); check(pid, "县级 元 = 县级 budget", x, dec(cnty_y) / 10000)
    g = one(pid, t, r"全年实际支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%。其中：村级防疫员补助(\d+\.\d+)万元，免疫物资及耗材(\d+\.\d+)万元，冷链设备维护(\d+\.\d+)万元，疫苗运输及免疫注射补助(\d+\.\d+)万元，抗体监测(\d+\.\d+)万元，防疫员培训(\d+\.\d+)万元")
    check(pid, "执行率", g[1], rate(g[0], tot)); check(pid, "spending items", g[0], sum(dec(v) for v in g[2:]))
    check(pid, "防疫员 paid = 元 total", g[2], dec(total_y) / 10000)
    bal, b1, b2 = one(pid, t, r"年末结余(\d+\.\d+)万元，其中抗体监测经费(\d+\.\d+)万元、秋防补免耗材尾款(\d+\.\d+)万元")
    check(pid, "结余 = 全年 - 执行", bal, dec(tot) - dec(g[0])); check(pid, "结余 parts", bal, dec(b1) + dec(b2))
    check(pid, "抗体监测 unspent", b1, dec(add) - dec(g[6]))
    sp = rows_where(t, lambda c: len(c) == 5 and c[0] in ("牛", "羊", "禽"))
    for c in sp:
        check(pid, f"density {c[0]}{c[1]}", c[4], rate(c[3], c[2]))
    tw = rows_where(t, lambda c: len(c) == 6 and c[0].endswith(("镇", "乡")) and c[0] != "乡（镇）")
    truth(pid, "7 townships", len(tw) == 7)
    for c in tw:
        check(pid, f"density {c[0]}", c[5], rate(c[4], c[3]))
        eq(pid, f"2 防疫员 per village {c[0]}", c[2], 2 * dec(c[1]))
    tt = row(pid, t, "合计", "64")
    for k in (1, 2, 3, 4):
        eq(pid, f"township column {k}", tt[k], sum(dec(c[k]) for c in tw))
    check(pid, "township pooled", tt[5], rate(tt[4], tt[3]))
    eq(pid, "township 应免 = species table", tt[3], sp[0][2]); eq(pid, "township 实免", tt[4], sp[0][3])
    eq(pid, "防疫员 128", tt[2], n)
    lo, hi, avg, pooled = one(pid, t, r"免疫密度在(\d+\.\d+)%至(\d+\.\d+)%之间，各乡（镇）免疫密度平均为(\d+\.\d+)%，全县总体免疫密度(\d+\.\d+)%")
    vals = [dec(c[5]) for c in tw]
    eq(pid, "range lo", lo, min(vals)); eq(pid, "range hi", hi, max(vals))
    check(pid, "township average", avg, sum(vals) / len(vals)); eq(pid, "pooled", pooled, tt[5])
    ab = one(pid, t, r"采集血清样品(\d+)份.*?口蹄疫抗体检测(\d+)份（牛(\d+)份、羊(\d+)份），合格(\d+)份，合格率(\d+\.\d+)%（牛合格(\d+)份、合格率(\d+\.\d+)%，羊合格(\d+)份、合格率(\d+\.\d+)%）；小反刍兽疫抗体检测(\d+)份，合格(\d+)份，合格率(\d+\.\d+)%；禽流感抗体检测(\d+)份，合格(\d+)份，合格率(\d+\.\d+)%")
    eq(pid, "samples sum", ab[0], dec(ab[1]) + dec(ab[10]) + dec(ab[13]))
    eq(pid, "FMD samples", ab[1], dec(ab[2]) + dec(ab[3])); eq(pid, "FMD passed", ab[4], dec(ab[6]) + dec(ab[8]))
    check(pid, "FMD rate", ab[5], rate(ab[4], ab[1])); check(pid, "cattle rate", ab[7], rate(ab[6], ab[2]))
    check(pid, "sheep rate", ab[9], rate(ab[8], ab[3])); check(pid, "PPR rate", ab[12], rate(ab[11], ab[10]))
    check(pid, "AI rate", ab[15], rate(ab[14], ab[13]))
    paid, ch, st = one(pid, t, r"全年共发放(\d+\.\d+)万元，发放到人率100%。全年.*?更换防疫员(\d+)名，队伍稳定率(\d+\.\d+)%")
    eq(pid, "paid = item", paid, g[2]); check(pid, "稳定率", st, rate(dec(n) - dec(ch), n))
    per, times = one(pid, t, r"培训(\d+)期，培训(\d+)人次")
    eq(pid, "培训 2 x 128", times, dec(per) * dec(n))
    dead, mr = one(pid, t, r"死亡牲畜(\d+\.\d+)万头（只），占存栏的(\d+\.\d+)%")
    check(pid, "死亡率", mr, rate(dead, "78.02"))
    hh, allh, pr_ = one(pid, t, r"宣传入户(\d+)户，占全县牧户(\d+)户的(\d+\.\d+)%")
    check(pid, "入户率", pr_, rate(hh, allh))
    check(pid, "gap 1.60", one(pid, t, r"比年度指标低(\d+\.\d+)个百分点"), 90 - dec(pr_))
    q, s, sr = one(pid, t, r"对(\d+)户牧户开展满意度调查，表示满意的(\d+)户，满意度(\d+\.\d+)%")
    check(pid, "满意度", sr, rate(s, q))
    ind = rows_where(t, lambda c: len(c) == 9 and c[0] in ("预算执行", "产出指标", "效益指标", "满意度指标"))
    sums = {}
    for c in ind:
        w, s_ = indicator(pid, c, 3, 4, 6, 7, ci=5)
        sums.setdefault(c[0], [D(0), D(0)]); sums[c[0]][0] += w; sums[c[0]][1] += s_
    eq(pid, "预算执行 10", sums["预算执行"][0], 10); eq(pid, "产出 50", sums["产出指标"][0], 50)
    eq(pid, "效益 30", sums["效益指标"][0], 30); eq(pid, "满意度 10", sums["满意度指标"][0], 10)
    tr = row(pid, t, "合计", "", "")
    eq(pid, "weights = 100", tr[6], sum(v[0] for v in sums.values()))
    check(pid, "scores to total", tr[7], sum(v[1] for v in sums.values()))
    tot_s, grade = one(pid, t, r"本项目自评得分(\d+\.\d+)分，自评等级为“(.+?)”")
    eq(pid, "text total", tot_s, tr[7]); check_grade(pid, tot_s, grade)
    ex = row(pid, t, "预算执行")
    eq(pid, "table exec rate = text", ex[4], g[1] + "%")
    for name, val in (("牛口蹄疫免疫密度", sp[0][4]), ("羊口蹄疫免疫密度", sp[1][4]), ("羊小反刍兽疫免疫密度", sp[2][4]),
                      ("羊布鲁氏菌病免疫密度", sp[3][4]), ("口蹄疫免疫抗体合格率", ab[5]), ("小反刍兽疫免疫抗体合格率", ab[12]),
                      ("牲畜因病死亡率", mr), ("动物防疫知识宣传入户率", pr_), ("村级防疫员队伍稳定率", st), ("牧户满意度", sr)):
        r_ = rows_where(t, lambda c, nm=name: len(c) == 9 and c[2] == nm)
        truth(pid, f"{name} row once", len(r_) == 1)
        if r_:
            eq(pid, f"自评表 {name} = text", r_[0][4], val + "%")


def p_wulan(t):
    pid = "wulan"
    a0, ba, pa = one(pid, t, r"年初预算(\d+\.\d+)万元，其中基本支出(\d+\.\d+)万元、项目支出(\d+\.\d+)万元")
    check(pid, "年初 sum", a0, dec(ba) + dec(pa))
    adj, add, carry, tot, fisc, carry2, oth = one(pid, t, r"增加基本支出(\d+\.\d+)万元，省级追加病死畜禽无害化处理补助(\d+\.\d+)万元.*?2023年结转资金(\d+\.\d+)万元，全年预算(\d+\.\d+)万元，其中当年财政拨款(\d+\.\d+)万元、上年结转(\d+\.\d+)万元、其他资金(\d+\.\d+)万元")
    check(pid, "全年", tot, dec(a0) + dec(adj) + dec(add) + dec(carry))
    check(pid, "全年 sources", tot, dec(fisc) + dec(carry2) + dec(oth)); eq(pid, "carry", carry, carry2)
    sp, er, bsp, pers, pub, psp, per_ = one(pid, t, r"全年支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%。其中基本支出(\d+\.\d+)万元（人员经费(\d+\.\d+)万元、公用经费(\d+\.\d+)万元），执行率100%；项目支出(\d+\.\d+)万元，执行率(\d+\.\d+)%")
    check(pid, "执行率", er, rate(sp, tot)); check(pid, "支出 sum", sp, dec(bsp) + dec(psp))
    check(pid, "基本 parts", bsp, dec(pers) + dec(pub)); check(pid, "基本 全年 = 年初 + 调标 (100%)", bsp, dec(ba) + dec(adj))
    bal = one(pid, t, r"年末结转结余(\d+\.\d+)万元")
    check(pid, "结转结余 = 全年 - 支出", bal, dec(tot) - dec(sp))
    pr = rows_where(t, lambda c: len(c) == 7 and c[0] in ("动物强制免疫补助", "病死畜禽无害化处理", "动物疫病监测与流行病学调查", "村级防疫员补助"))
    truth(pid, "4 projects", len(pr) == 4)
    for c in pr:
        check(pid, f"project rate {c[0]}", c[4], rate(c[3], c[2]))
        truth(pid, f"project grade {c[0]}", c[6] == grade_of(c[5]))
    tr = row(pid, t, "合计", "245.60")
    for k in (1, 2, 3):
        eq(pid, f"project column {k}", tr[k], sum(dec(c[k]) for c in pr))
    check(pid, "project total rate", tr[4], rate(tr[3], tr[2])); eq(pid, "project rate = text", tr[4], per_)
    eq(pid, "project 年初 = text", tr[1], pa); eq(pid, "project 执行 = text", tr[3], psp)
    check(pid, "project 全年 = 年初 + 追加 + 结转", tr[2], dec(pa) + dec(add) + dec(carry))
    check(pid, "project balances = 结转结余", bal, sum(dec(c[2]) - dec(c[3]) for c in pr))
    c1, c2 = one(pid, t, r"动物强制免疫补助(\d+\.\d+)万元、动物疫病监测与流行病学调查(\d+\.\d+)万元，均已")
    check(pid, "carry parts", carry, dec(c1) + dec(c2))
    check(pid, "强制免疫 全年 = 年初 + carry", pr[0][2], dec(pr[0][1]) + dec(c1))
    check(pid, "监测 全年 = 年初 + carry", pr[2][2], dec(pr[2][1]) + dec(c2))
    check(pid, "无害化 全年 = 年初 + 追加", pr[1][2], dec(pr[1][1]) + dec(add))
    n, mon, m12, amt, n2, prem, ins = one(pid, t, r"按(\d+)名防疫员、每人每月(\d+)元、发放(\d+)个月计(\d+\.\d+)万元，另为(\d+)名防疫员每人购买意外伤害保险(\d+)元，计(\d+\.\d+)万元")
    check(pid, "防疫员 pay", amt, dec(n) * dec(mon) * dec(m12) / 10000); check(pid, "insurance", ins, dec(n2) * dec(prem) / 10000)
    check(pid, "防疫员 project = pay + insurance", pr[3][2], dec(amt) + dec(ins))
    eq(pid, "防疫员 count overview", one(pid, t, r"全县在岗村级防疫员(\d+)名"), n)
    sb, ss, cr, prev, dn = one(pid, t, r"“三公”经费预算(\d+\.\d+)万元，实际支出(\d+\.\d+)万元，.*?控制率(\d+\.\d+)%，较2023年的(\d+\.\d+)万元下降(\d+\.\d+)%")
    check(pid, "三公 控制率", cr, rate(ss, sb)); check(pid, "三公 下降", dn, (dec(prev) - dec(ss)) / dec(prev) * 100)
    sp_rows = rows_where(t, lambda c: len(c) == 6 and c[0] in ("牛", "羊", "猪", "禽"))
    for c in sp_rows:
        check(pid, f"density {c[0]}{c[1]}", c[4], rate(c[3], c[2]))
    fmd = [c for c in sp_rows if c[1] == "口蹄疫"]
    ying, shi, pooled = one(pid, t, r"口蹄疫合计应免(\d+\.\d+)万头（只），实免(\d+\.\d+)万头（只），免疫密度(\d+\.\d+)%")
    check(pid, "pooled 应免", ying, sum(dec(c[2]) for c in fmd)); check(pid, "pooled 实免", shi, sum(dec(c[3]) for c in fmd))
    check(pid, "pooled density", pooled, rate(shi, ying))
    ns, nt, nc = one(pid, t, r"监测样品(\d+)份，完成年度指标（(\d+)份）的(\d+\.\d+)%")
    check(pid, "监测 completion", nc, rate(ns, nt))
    eq(pid, "少采", one(pid, t, r"全年少采(\d+)份"), dec(nt) - dec(ns))
    ab = one(pid, t, r"口蹄疫检测(\d+)份、合格(\d+)份，合格率(\d+\.\d+)%；小反刍兽疫检测(\d+)份、合格(\d+)份，合格率(\d+\.\d+)%；禽流感检测(\d+)份、合格(\d+)份，合格率(\d+\.\d+)%；合计合格(\d+)份，综合合格率(\d+\.\d+)%")
    for i in (0, 3, 6):
        check(pid, f"antibody {i}", ab[i + 2], rate(ab[i + 1], ab[i]))
    eq(pid, "antibody samples = 监测", ns, dec(ab[0]) + dec(ab[3]) + dec(ab[6]))
    eq(pid, "antibody passed", ab[9], dec(ab[1]) + dec(ab[4]) + dec(ab[7])); check(pid, "综合合格率", ab[10], rate(ab[9], ns))
    q1, q2, qr = one(pid, t, r"应申报产地检疫(\d+\.\d+)万头（只），实际检疫(\d+\.\d+)万头（只），产地检疫率(\d+\.\d+)%")
    check(pid, "产地检疫率", qr, rate(q2, q1)); check(pid, "gap 11.40", one(pid, t, r"比年度指标低(\d+\.\d+)个百分点"), 95 - dec(qr))
    h1, h2, hr = one(pid, t, r"养殖场户(\d+)户，占全县养殖场户(\d+)户的(\d+\.\d+)%")
    check(pid, "覆盖率", hr, rate(h1, h2))
    s4 = one(pid, t, r"自评得分分别为(\d+\.\d+)分、(\d+\.\d+)分、(\d+\.\d+)分和(\d+\.\d+)分，平均(\d+\.\d+)分")
    for i in range(4):
        eq(pid, f"project score {i} = table", s4[i], pr[i][5])
    check(pid, "average of 4 project scores", s4[4], sum(dec(x) for x in s4[:4]) / 4)
    ind = rows_where(t, lambda c: len(c) == 7 and c[0] in ("预算执行", "预算管理", "产出指标", "效益指标", "满意度指标"))
    sums = {}
    for c in ind:
        w, s_ = indicator(pid, c, 3, 4, 5, 6)
        sums.setdefault(c[0], [D(0), D(0)]); sums[c[0]][0] += w; sums[c[0]][1] += s_
    for k, v in (("预算执行", 20), ("预算管理", 10), ("产出指标", 40), ("效益指标", 20), ("满意度指标", 10)):
        eq(pid, f"weights {k}", sums[k][0], v)
    tt = row(pid, t, "合计", "", "")
    eq(pid, "weights 100", tt[5], sum(v[0] for v in sums.values()))
    check(pid, "scores to total", tt[6], sum(v[1] for v in sums.values()))
    summ = row(pid, t, "自评总分")
    eq(pid, "summary total", summ[1], tt[6]); check_grade(pid, summ[1], summ[3])
    eq(pid, "text total", one(pid, t, r"部门整体支出自评得分(\d+\.\d+)分"), tt[6])
    def ind_row(name):
        r_ = rows_where(t, lambda c: len(c) == 7 and c[2] == name)
        return r_[0] if len(r_) == 1 else fail(f"{pid}: row {name}") or ["?"] * 7
    eq(pid, "table 执行率", ind_row("预算执行率")[4], er + "%")
    check(pid, "预算调整率", ind_row("预算调整率")[4].rstrip("%"), (dec(tot) - dec(a0)) / dec(a0) * 100)
    eq(pid, "table 三公", ind_row("“三公”经费控制率")[4], cr + "%")
    eq(pid, "table 免疫密度", ind_row("口蹄疫免疫密度")[4], pooled + "%")
    eq(pid, "table 抗体", ind_row("免疫抗体合格率")[4], ab[10] + "%")
    eq(pid, "table 采样", ind_row("动物疫病监测采样数量")[4], ns + "份")
    eq(pid, "table 防疫员", ind_row("村级防疫员补助发放人数")[4], n + "名")
    eq(pid, "table 检疫", ind_row("产地检疫率")[4], qr + "%")
    eq(pid, "table 覆盖", ind_row("病死畜禽集中处理覆盖率")[4], hr + "%")


def p_nileke(t):
    pid = "nileke"
    cols = ("年度总金额", "中央级", "自治区级", "州级", "县级", "上年结转", "其他")
    R = {k: row(pid, t, lab, k) for k, lab in (("(1)", "年初预算资金"), ("(2)", "全年预算资金"), ("(3)", "实际到位资金"),
                                              ("(4)", "全年执行资金"), ("(5)=(3)-(4)", "资金结余"),
                                              ("(6)=(3)/(2)", "预算到位率(%)"), ("(7)=(4)/(2)", "预算执行率(%)"))}
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)"):
        check(pid, f"row {k} total = columns", R[k][2], sum(dec(x) for x in R[k][3:9]))
    for i in range(2, 9):
        check(pid, f"(5) col {i}", R["(5)=(3)-(4)"][i], dec(R["(3)"][i]) - dec(R["(4)"][i]))
        for rk, num in (("(6)=(3)/(2)", "(3)"), ("(7)=(4)/(2)", "(4)")):
            base = dec(R["(2)"][i])
            if base == 0:
                truth(pid, f"{rk} col {i}: zero base prints 0", dec(R[rk][i]) == 0)
            else:
                check(pid, f"{rk} col {i}", R[rk][i], rate(R[num][i], base))
    a0, c, z, zh, x = one(pid, t, r"年初预算(\d+\.\d+)万元，其中中央资金(\d+\.\d+)万元.*?自治区资金(\d+\.\d+)万元、州级资金(\d+\.\d+)万元、县级资金(\d+\.\d+)万元")
    eq(pid, "text 年初 = table", a0, R["(1)"][2]); check(pid, "年初 sum", a0, dec(c) + dec(z) + dec(zh) + dec(x))
    add, tot = one(pid, t, r"县级追加秋防和紧急免疫经费(\d+\.\d+)万元.*?全年预算(\d+\.\d+)万元")
    check(pid, "全年 = 年初 + 追加", tot, dec(a0) + dec(add)); eq(pid, "全年 = table", tot, R["(2)"][2])
    check(pid, "县级 13 + 15", R["(2)"][6], dec(x) + dec(add))
    items = one(pid, t, r"村级防疫员报酬(\d+\.\d+)万元，免疫物资及耗材(\d+\.\d+)万元，冷链运行维护(\d+\.\d+)万元，免疫注射劳务(\d+\.\d+)万元，抗体监测(\d+\.\d+)万元，耳标及免疫档案(\d+\.\d+)万元，培训及宣传(\d+\.\d+)万元，合计(\d+\.\d+)万元")
    check(pid, "spending items", items[7], sum(dec(v) for v in items[:7])); eq(pid, "items total = (4)", items[7], R["(4)"][2])
    n, mon, m12 = one(pid, t, r"村级防疫员报酬按(\d+)名、每人每月(\d+)元、(\d+)个月计发")
    check(pid, "报酬 132 x 600 x 12", items[0], dec(n) * dec(mon) * dec(m12) / 10000)
    eq(pid, "防疫员 overview", one(pid, t, r"全县共有村级防疫员(\d+)名"), n)
    eq(pid, "结余 text", one(pid, t, r"结余资金(\d+\.\d+)万元"), R["(5)=(3)-(4)"][2])
    check(pid, "存栏", "132.90", dec("17.92") + dec("113.60") + dec("1.38"))
    assert one(pid, t, r"存栏(132\.90)万头（只），其中牛(17\.92)万头、羊(113\.60)万只、猪(1\.38)万头")
    sp = rows_where(t, lambda c: len(c) == 6 and c[0] in ("牛", "羊", "猪", "禽"))
    for c in sp:
        check(pid, f"density {c[0]}{c[1]}", c[4], rate(c[3], c[2]))
        truth(pid, f"density up on 2017 {c[0]}{c[1]}", dec(c[4]) > dec(c[5]))
    fmd = [c for c in sp if c[1] == "口蹄疫"]
    ying, shi, pooled = one(pid, t, r"口蹄疫合计应免(\d+\.\d+)万头（只），实免(\d+\.\d+)万头（只），免疫密度(\d+\.\d+)%")
    check(pid, "pooled 应免", ying, sum(dec(c[2]) for c in fmd)); check(pid, "pooled 实免", shi, sum(dec(c[3]) for c in fmd))
    check(pid, "pooled density", pooled, rate(shi, ying))
    ab = rows_where(t, lambda c: len(c) == 4 and c[0] in ("牛O型口蹄疫", "羊O型口蹄疫", "小反刍兽疫", "猪瘟", "H5亚型禽流感"))
    for c in ab:
        check(pid, f"antibody {c[0]}", c[3], rate(c[2], c[1]))
    at = row(pid, t, "合计", "1920")
    eq(pid, "antibody n", at[1], sum(dec(c[1]) for c in ab)); eq(pid, "antibody passed", at[2], sum(dec(c[2]) for c in ab))
    check(pid, "antibody pooled", at[3], rate(at[2], at[1]))
    ind = rows_where(t, lambda c: len(c) == 7 and c[0] in ("预算执行指标", "数量指标", "质量指标", "时效指标", "成本指标",
                                                          "社会效益", "经济效益", "可持续影响指标", "服务对象满意度指标"))
    groups = {"预算执行": ("预算执行指标",), "产出指标": ("数量指标", "质量指标", "时效指标", "成本指标"),
              "效益指标": ("社会效益", "经济效益", "可持续影响指标"), "满意度指标": ("服务对象满意度指标",)}
    sums = {k: [D(0), D(0)] for k in groups}
    for cl in ind:
        cells = [cl[0], cl[0], cl[1]] + cl[2:]       # reuse indicator(): name at index 2
        w, s_ = indicator(pid, cells, 4, 5, 3, 7, ci=6)
        for k, v in groups.items():
            if cl[0] in v:
                sums[k][0] += w; sums[k][1] += s_
    tot_w = tot_s = D(0)
    for k in groups:
        r_ = row(pid, t, k)
        eq(pid, f"summary weight {k}", r_[1], sums[k][0]); check(pid, f"summary score {k}", r_[2], sums[k][1])
        tot_w += dec(r_[1]); tot_s += dec(r_[2])
    tr = row(pid, t, "合计", "100")
    eq(pid, "weights 100", tr[1], tot_w); check(pid, "scores total", tr[2], tot_s)
    eq(pid, "weights sum is 100", tr[1], 100)
    total, grade = one(pid, t, r"自评总得分(\d+\.\d+)分，属于“(.+?)”")
    eq(pid, "text total", total, tr[2]); check_grade(pid, total, grade)
    ex = row(pid, t, "预算执行指标")
    eq(pid, "exec rate = (7)", ex[4], R["(7)=(4)/(2)"][2] + "%")
    sp2, er2 = one(pid, t, r"全年执行(\d+\.\d+)万元，执行率(\d+\.\d+)%")
    eq(pid, "analysis spent", sp2, R["(4)"][2]); eq(pid, "analysis rate", er2, R["(7)=(4)/(2)"][2])
    low = min(R["(7)=(4)/(2)"][3:7], key=dec)
    eq(pid, "县级 lowest rate", one(pid, t, r"县级资金执行率(\d+\.\d+)%"), low)
    eq(pid, "少 80 份", one(pid, t, r"比计划少(\d+)份"), 2000 - dec(at[1]))
    need, done, er = one(pid, t, r"耳标应佩戴(\d+\.\d+)万头（只），实际佩戴(\d+\.\d+)万头（只），佩戴率(\d+\.\d+)%")
    check(pid, "耳标", er, rate(done, need))
    dead, stock, mr = one(pid, t, r"死亡牲畜(\d+\.\d+)万头（只），占存栏(\d+\.\d+)万头（只）的(\d+\.\d+)%")
    check(pid, "死亡率", mr, rate(dead, stock))
    q, qv, s, sr = one(pid, t, r"问卷(\d+)份，收回(\d+)份，表示满意的(\d+)份，满意度(\d+\.\d+)%")
    check(pid, "满意度", sr, rate(s, qv))
    for name, val in (("牲畜口蹄疫免疫密度", pooled + "%"), ("免疫抗体监测份数", at[1] + "份"), ("免疫抗体合格率", at[3] + "%"),
                      ("牲畜耳标佩戴率", er + "%"), ("牲畜死亡率", mr + "%"), ("养殖户满意度", sr + "%")):
        r_ = rows_where(t, lambda c, nm=name: len(c) == 7 and c[1] == nm)
        truth(pid, f"{name} once", len(r_) == 1)
        if r_:
            eq(pid, f"table {name} = text", r_[0][4], val)


def years(pid, t, year):
    """rules.md I14: carry-forward goes to a later year, 截至 names the evaluation year, money is issued in the
    evaluation year or as an advance in the December before it; the title and the table name the year."""
    truth(pid, "title names the evaluation year", f"{year}年度" in t[:120])
    for m in re.finditer(r"结转(?:至)?(\d{4})年(?:使用|继续)", t):
        truth(pid, f"carry-forward {m.group(0)} after {year}", int(m.group(1)) == year + 1)
    for m in re.finditer(r"截至(\d{4})年12月31日", t):
        truth(pid, f"{m.group(0)} names {year}", int(m.group(1)) == year)
    for m in re.finditer(r"(\d{4})年(\d{1,2})月(?:自治区财政厅)?提前下达", t):
        truth(pid, f"advance {m.group(0)} in December {year - 1}", (int(m.group(1)), int(m.group(2))) == (year - 1, 12))
    for m in re.finditer(r"满意度(?:为)?(\d+(?:\.\d+)?)%", t):
        truth(pid, f"satisfaction {m.group(1)} <= 100", dec(m.group(1)) <= 100)
    for line in t.splitlines():
        if "满意度" in line and line.startswith("|"):
            for v in re.findall(r"(\d+(?:\.\d+)?)%", line):
                truth(pid, f"satisfaction cell {v} <= 100", dec(v) <= 100)


PROJECT_CHECKS = {
    "nierong-immunization-2019": p_nierong,
    "leiwuqi-deadstock-2022": p_leiwuqi,
    "zeku-fangyiyuan-2021": p_zeku,
    "wulan-animalcdc-2024": p_wulan,
    "nileke-immunization-2018": p_nileke,
}


# ---------------------------------------------------------------- edit sizes
def changed_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, a[i:len(a) - j], b[i:len(b) - j]


def check_edit(name, clean, case, multi):
    if clean == case:
        fail(f"{name}: identical to its clean draft")
        return
    _, ra, rb = changed_region(clean, case)
    if "\n" not in ra and "\n" not in rb:
        truth(name, f"edit of at most 16 characters (got {max(len(ra), len(rb))})", max(len(ra), len(rb)) <= 16)
        return
    if not multi:
        fail(f"{name}: edit spans lines but is not a score-row edit")
        return
    la, lb = clean.split("\n"), case.split("\n")
    truth(name, "same line count", len(la) == len(lb))
    diff = [k for k in range(min(len(la), len(lb))) if la[k] != lb[k]]
    truth(name, f"two adjacent changed lines (got {diff})", len(diff) == 2 and diff[1] == diff[0] + 1)
    for k in diff:
        _, xa, xb = changed_region(la[k], lb[k])
        truth(name, f"line {k + 1}: change of at most 16 characters", max(len(xa), len(xb)) <= 16)


def main():
    sys.dont_write_bytecode = True
    sys.path.insert(0, HERE)
    import build  # the edit list: tells which cases are score-row edits
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(x) for x in fh if x.strip()]
    names = {r["case"] for r in labels}
    on_disk = {f for f in os.listdir(CASES) if f.endswith(".txt")}
    truth("set", f"labels and case files agree ({sorted(on_disk ^ names)})", on_disk == names)
    counts = {}
    for rec in labels:
        pid = rec["source"]
        case = read(rec["case"])
        clean = read(f"{pid}-clean.txt")
        if rec["clean"]:
            truth(rec["case"], "clean case has no labels", rec["expected"] == [])
            truth(rec["case"], f"length 2500-6000 characters (got {len(case)})", 2500 <= len(case) <= 6000)
            continue
        truth(rec["case"], "exactly one label", len(rec["expected"]) == 1)
        for exp in rec["expected"]:
            truth(rec["case"], f"code {exp['code']} in errors.md A", exp["code"] in CODES)
            truth(rec["case"], "severity error", exp["severity"] == "error")
            truth(rec["case"], f"value occurs once in the case ({case.count(exp['value'])})", case.count(exp["value"]) == 1)
            truth(rec["case"], "value never in the clean draft", exp["value"] not in clean)
            counts.setdefault(exp["code"], set()).add(pid)
            counts.setdefault(("n", exp["code"]), [0])[0] += 1
        n = int(rec["case"].rsplit("-e", 1)[1].split(".")[0])
        multi = build.EDITS[pid][n - 1].get("kind") == "score_rows"
        check_edit(rec["case"], clean, case, multi)
    for code in sorted(CODES):
        truth("set", f"{code} used at least twice in different projects", len(counts.get(code, ())) >= 2)
    for pid, fn in PROJECT_CHECKS.items():
        text = read(f"{pid}-clean.txt")
        fn(text)
        years(pid, text, int(pid.rsplit("-", 1)[1]))
    if FAIL:
        print("\n".join(FAIL))
        print(f"FAILED: {len(FAIL)} of {NCHECK[0]} checks")
        return 1
    print(f"OK ({NCHECK[0]} checks, {len(labels)} cases)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
