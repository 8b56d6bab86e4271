#!/usr/bin/env python3
"""Verify drafts224: labels, one-place edits, and the arithmetic of every clean draft.

Prints OK at the end when everything holds; exits non-zero on the first failure list.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FAILS = []


def fail(msg):
    FAILS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- helpers
def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def agrees(stated, computed):
    """stated: string as printed; computed: Decimal. Tolerance = half a unit of the last digit."""
    v = D(stated.strip().rstrip("%"))
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def check(label, cond):
    if not cond:
        fail(label)


def eq(label, stated, computed):
    if not agrees(str(stated), D(computed)):
        fail(f"{label}: stated {stated}, computed {D(computed).quantize(D('0.0001'))}")


def one(text, pattern, label):
    """The single capture of pattern in text (must occur exactly once)."""
    m = re.findall(pattern, text)
    if len(m) != 1:
        fail(f"{label}: pattern {pattern!r} found {len(m)} times")
        return "0"
    return m[0]


def allvals(text, pattern):
    return re.findall(pattern, text)


def grade(score):
    s = D(score)
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


def rows(text, first_cells):
    """Table rows (split on ｜) whose first cell is one of first_cells."""
    out = []
    for line in text.splitlines():
        if "｜" in line:
            cells = line.split("｜")
            if cells[0] in first_cells:
                out.append(cells)
    return out


def pct(a, b):
    if D(b) == 0:
        fail(f"division by zero ({a}/{b})")
        return D(0)
    return D(a) / D(b) * 100


def mof_funds(text, label, total_row, part_rows, weight="10"):
    """MOF funds block: columns 年初｜全年｜执行｜分值｜执行率｜得分. Checks sums, rates, score."""
    tbl = {}
    for line in text.splitlines():
        cells = line.split("｜")
        if len(cells) == 7 and cells[0] in [total_row] + part_rows:
            tbl[cells[0]] = cells
    check(f"{label}: funds rows present", set(tbl) == set([total_row] + part_rows))
    if set(tbl) != set([total_row] + part_rows):
        return
    tot = tbl[total_row]
    for col, name in ((1, "年初"), (2, "全年"), (3, "执行")):
        s = sum(D(tbl[r][col]) for r in part_rows)
        eq(f"{label}: funds {name} column sum", tot[col], s)
    for r in [total_row] + part_rows:
        c = tbl[r]
        if D(c[2]) == 0:
            check(f"{label}: {r} rate on zero base must be '—'", c[5] == "—")
        else:
            eq(f"{label}: {r} execution rate", c[5], pct(c[3], c[2]))
            check(f"{label}: {r} rate <= 100%", D(c[3]) <= D(c[2]))
    eq(f"{label}: execution score", tot[6], D(weight) * D(tot[3]) / D(tot[2]))
    return tot


def mof_indicators(text, label):
    """MOF indicator rows: 一级｜二级｜三级｜年度指标值｜实际完成值｜分值｜得分｜偏差. Returns {level1: (w, s)}."""
    lv = {}
    for cells in rows(text, ["产出指标", "效益指标", "满意度指标"]):
        if len(cells) != 8:
            fail(f"{label}: indicator row with {len(cells)} cells: {cells}")
            continue
        w, s = D(cells[5]), D(cells[6])
        check(f"{label}: score <= weight in {cells[2]}", 0 <= s <= w)
        a, b = lv.get(cells[0], (D(0), D(0)))
        lv[cells[0]] = (a + w, b + s)
        check_row_score(label, cells[2], cells[3], cells[4], w, s)
    return lv


def direction(target):
    if target.startswith(("≥", "不低于", "不少于")):
        return "gte"
    if target.startswith(("≤", "不超过", "不高于")):
        return "lte"
    return "eq"


def completion(target, actual):
    """Completion in % for quantitative rows, None for qualitative/dates."""
    if "年" in target and "月" in target:
        return None  # deadline rows: checked separately
    mt = re.match(r"^[≥≤]?([\d.]+)(.*)$", target)
    ma = re.match(r"^([\d.]+)(.*)$", actual)
    if not mt or not ma:
        return None
    if mt.group(2) != ma.group(2):
        fail(f"unit differs: {target} vs {actual}")
        return None
    t, a = D(mt.group(1)), D(ma.group(1))
    if direction(target) == "lte":
        return D(100) if a <= t else t / a * 100
    return a / t * 100


def check_row_score(label, name, target, actual, w, s):
    """Scoring rule used by all five drafts: met -> full marks, unmet -> proportional."""
    c = completion(target, actual)
    if c is None:
        return
    expect = w if c >= 100 else (w * c / 100).quantize(D("0.01"), ROUND_HALF_UP)
    check(f"{label}: score of {name} is {s}, rule gives {expect}", agrees(str(s), expect))


# ---------------------------------------------------------------- per draft
def check_yunxi(t):
    L = "hb-yunxi"
    # reservoir list
    inv = []
    for line in t.splitlines():
        m = re.match(r"^(\d)｜(.+?水库)｜(.+?)｜(小（[12]）型)｜([\d.]+)$", line)
        if m:
            inv.append((m.group(4), D(m.group(5))))
    check(f"{L}: 8 reservoirs", len(inv) == 8)
    eq(f"{L}: 合计 of reservoir list", one(t, r"合计｜｜｜｜([\d.]+)", L), sum(v for _, v in inv))
    big = [v for k, v in inv if k == "小（1）型"]
    small = [v for k, v in inv if k == "小（2）型"]
    check(f"{L}: 2 + 6 reservoirs", (len(big), len(small)) == (2, 6))
    eq(f"{L}: average 小（1）型", one(t, r"2座小（1）型水库平均投资([\d.]+)万元", L), sum(big) / len(big))
    eq(f"{L}: average 小（2）型", one(t, r"6座小（2）型水库平均投资([\d.]+)万元", L), sum(small) / len(small))
    check(f"{L}: evaluated year", one(t, r"组织对(\d{4})年度", L) == "2022")
    check(f"{L}: 21 + 76 = 97", 21 + 76 == int(one(t, r"全县现有小型水库(\d+)座", L)))
    # funds prose
    init = one(t, r"项目年初预算([\d.]+)万元", L)
    central = one(t, r"中央水利发展资金([\d.]+)万元", L)
    county = one(t, r"县级配套资金([\d.]+)万元", L)
    prov = one(t, r"省级追加补助资金([\d.]+)万元", L)
    annual = one(t, r"调整后全年预算([\d.]+)万元", L)
    spent = one(t, r"全年实际支出([\d.]+)万元", L)
    eq(f"{L}: 年初 = 中央 + 县级", init, D(central) + D(county))
    eq(f"{L}: 全年 = 年初 + 省级追加", annual, D(init) + D(prov))
    eq(f"{L}: 全年 = 投资合计", annual, one(t, r"合计｜｜｜｜([\d.]+)", L))
    eq(f"{L}: execution rate", one(t, r"预算执行率([\d.]+)%，其中", L), pct(spent, annual))
    c_sp = one(t, r"中央资金支出([\d.]+)万元", L)
    p_sp = one(t, r"省级资金支出([\d.]+)万元", L)
    k_sp = one(t, r"县级资金支出([\d.]+)万元", L)
    eq(f"{L}: spent by source", spent, D(c_sp) + D(p_sp) + D(k_sp))
    eq(f"{L}: provincial use rate", one(t, r"省级追加资金使用率([\d.]+)%", L), pct(p_sp, prov))
    check(f"{L}: all received (到位率100%)", "到位率100%" in t)
    eq(f"{L}: balance", one(t, r"未支付的([\d.]+)万元", L), D(annual) - D(spent))
    # outputs
    eq(f"{L}: 防渗 completion", one(t, r"为年度指标的([\d.]+)%", L), pct(1712, 1650))
    eq(f"{L}: 灌溉 completion", one(t, r"完成年度指标的([\d.]+)%", L), pct("1.08", "1.2"))
    eq(f"{L}: satisfaction", one(t, r"满意的187份，满意度([\d.]+)%", L), pct(187, 200))
    check(f"{L}: satisfaction in table", "≥90%｜93.5%｜" in t)
    # table
    tot = mof_funds(t, L, "年度资金总额", ["其中：当年财政拨款", "上年结转资金", "其他资金"])
    if tot:
        eq(f"{L}: table 全年 = prose", tot[2], annual)
        eq(f"{L}: table 执行 = prose", tot[3], spent)
        eq(f"{L}: table 年初 = prose", tot[1], init)
    lv = mof_indicators(t, L)
    check_levels(t, L, lv, tot[6] if tot else "0", tot[4] if tot else "10",
                 {"产出指标": "产出指标得分", "效益指标": "效益指标得分", "满意度指标": "满意度指标得分"},
                 r"预算执行率得分([\d.]+)分", r"综合得分([\d.]+)分", r"自评等级为“(.)”")


def check_levels(t, L, lv, exec_score, exec_weight, prose_names, exec_pat, total_pat, grade_pat):
    wsum = D(exec_weight) + sum(w for w, _ in lv.values())
    ssum = D(exec_score) + sum(s for _, s in lv.values())
    check(f"{L}: weights add to 100 (got {wsum})", wsum == 100)
    m = re.search(r"总分｜｜｜｜｜(\d+)｜([\d.]+)", t)
    check(f"{L}: 总分 row", m is not None)
    if m:
        check(f"{L}: 总分 weight 100", m.group(1) == "100")
        eq(f"{L}: table total = sum of row scores", m.group(2), ssum)
    eq(f"{L}: prose execution score", one(t, exec_pat, L), exec_score)
    for level, prefix in prose_names.items():
        eq(f"{L}: prose {level}", one(t, re.escape(prefix) + r"([\d.]+)分", L), lv[level][1])
    total = one(t, total_pat, L)
    eq(f"{L}: prose total", total, ssum)
    if grade_pat:
        check(f"{L}: grade", one(t, grade_pat, L) == grade(total))


def check_xihe(t):
    L = "gs-xihe"
    init = one(t, r"项目年初预算([\d.]+)万元", L)
    c0, p0, k0 = (one(t, r"中央补助资金([\d.]+)万元", L), one(t, r"省级补助资金([\d.]+)万元", L),
                  one(t, r"县级配套资金([\d.]+)万元。", L))
    eq(f"{L}: 年初 components", init, D(c0) + D(p0) + D(k0))
    city_add = one(t, r"年中市级追加资金([\d.]+)万元", L)
    county_add = one(t, r"县级追加配套资金([\d.]+)万元", L)
    annual = one(t, r"全年预算调整为([\d.]+)万元", L)
    eq(f"{L}: 全年 = 年初 + 追加", annual, D(init) + D(city_add) + D(county_add))
    c, p, ci, k = (one(t, r"其中中央资金([\d.]+)万元", L), one(t, r"省级资金([\d.]+)万元", L),
                   one(t, r"市级资金([\d.]+)万元", L), one(t, r"县级资金([\d.]+)万元", L))
    eq(f"{L}: 全年 components", annual, D(c) + D(p) + D(ci) + D(k))
    eq(f"{L}: 县级 = 180 + 170", k, D(k0) + D(county_add))
    eq(f"{L}: central share", one(t, r"中央资金占全年预算的([\d.]+)%", L), pct(c, annual))
    people = one(t, r"工程受益人口([\d.]+)万人", L)
    eq(f"{L}: people consistent", one(t, r"实际受益([\d.]+)万人", L), people)
    # 约687元 per person: approximate, within a unit
    per = D(annual) * 10000 / (D(people) * 10000)
    check(f"{L}: per-capita about 687", abs(per - 687) <= 1)
    perhh = D(annual) * 10000 / (D(one(t, r"新增入户([\d.]+)万户", L)) * 10000)
    check(f"{L}: per-household about 2598", abs(perhh - 2598) <= 1)
    recv = one(t, r"实际到位资金([\d.]+)万元", L)
    eq(f"{L}: received rate", one(t, r"到位率([\d.]+)%", L), pct(recv, annual))
    eq(f"{L}: not received", one(t, r"尚有([\d.]+)万元未到位", L), D(annual) - D(recv))
    spent = one(t, r"全年实际支出([\d.]+)万元", L)
    erate = one(t, r"预算执行率([\d.]+)%，其中", L)
    eq(f"{L}: execution rate", erate, pct(spent, annual))
    items = [one(t, r"工程建设费([\d.]+)万元", L), one(t, r"水质检测设备购置费([\d.]+)万元", L),
             one(t, r"、维修养护补助([\d.]+)万元", L), one(t, r"前期及监理费([\d.]+)万元", L)]
    eq(f"{L}: spending items", spent, sum(D(x) for x in items))
    eq(f"{L}: maintenance item rate", one(t, r"实际支出45.20万元，执行率([\d.]+)%", L),
       pct(items[2], one(t, r"维修养护补助年初按([\d.]+)万元安排", L)))
    check(f"{L}: maintenance item within its allocation",
          D(items[2]) <= D(one(t, r"维修养护补助年初按([\d.]+)万元安排", L)))
    eq(f"{L}: balance", one(t, r"已到位未支出的([\d.]+)万元", L), D(recv) - D(spent))
    check(f"{L}: 9 + 17 = 26", 9 + 17 == 26)
    eq(f"{L}: pipes 84.3 + 228.3", "312.6", D("84.3") + D("228.3"))
    eq(f"{L}: pipe completion", one(t, r"管网完成率([\d.]+)%", L), pct("312.6", 300))
    eq(f"{L}: satisfaction", one(t, r"满意度为([\d.]+)%", L), pct(476, 500))
    # scores given in prose
    out_w = [12, 10, 10, 8, 10]
    out_s = [12, 10, 10, 8, 8]
    check(f"{L}: output weights 50", sum(out_w) == int(one(t, r"产出指标（分值(\d+)分", L)))
    eq(f"{L}: output score", one(t, r"产出指标（分值50分，得分([\d.]+)分", L), sum(out_s))
    check(f"{L}: benefit 3 x 10", 3 * 10 == int(one(t, r"效益指标（分值(\d+)分", L)))
    eq(f"{L}: exec score", one(t, r"预算执行（分值10分，得分([\d.]+)分", L), D(10) * D(erate) / 100)
    eq(f"{L}: exec score from amounts", "9.29", D(10) * D(spent) / D(annual))
    wsum = 10 + 50 + int(one(t, r"效益指标（分值(\d+)分", L)) + int(one(t, r"满意度指标（分值(\d+)分", L))
    check(f"{L}: weights 100", wsum == 100)
    parts = [one(t, r"本项目预算执行率得([\d.]+)分", L), one(t, r"、产出指标得([\d.]+)分", L),
             one(t, r"、效益指标得([\d.]+)分", L), one(t, r"、满意度指标得([\d.]+)分", L)]
    total = one(t, r"自评总得分([\d.]+)分", L)
    eq(f"{L}: total", total, sum(D(x) for x in parts))
    check(f"{L}: grade", one(t, r"评价等级为“(.)”", L) == grade(total))
    check(f"{L}: 20 days late", (31 - 31) + 20 == 20)


def check_datian(t):
    L = "fj-datian"
    annual = one(t, r"项目全年预算([\d.]+)万元", L)
    c, p, k = (one(t, r"中央补助资金([\d.]+)万元", L), one(t, r"省级补助资金([\d.]+)万元", L),
               one(t, r"县级配套资金([\d.]+)万元", L))
    eq(f"{L}: 全年 components", annual, D(c) + D(p) + D(k))
    init = one(t, r"年初预算([\d.]+)万元，", L)
    add = one(t, r"县级追加配套资金([\d.]+)万元", L)
    eq(f"{L}: 全年 = 年初 + 追加", annual, D(init) + D(add))
    spent = one(t, r"全年执行([\d.]+)万元", L)
    eq(f"{L}: execution rate", one(t, r"全年执行[\d.]+万元，执行率([\d.]+)%", L), pct(spent, annual))
    psp = one(t, r"省级资金支出([\d.]+)万元", L)
    ksp = one(t, r"县级资金支出([\d.]+)万元", L)
    eq(f"{L}: spent by source", spent, D(c) + D(psp) + D(ksp))
    eq(f"{L}: provincial progress", one(t, r"支出进度([\d.]+)%", L), pct(psp, p))
    eq(f"{L}: balance", one(t, r"年末结余([\d.]+)万元", L), D(annual) - D(spent))
    uses = [one(t, r"建筑工程费([\d.]+)万元", L), one(t, r"临时工程及独立费用([\d.]+)万元", L),
            one(t, r"；前期工作经费([\d.]+)万元", L)]
    eq(f"{L}: uses add up", annual, sum(D(x) for x in uses))
    eq(f"{L}: building share", one(t, r"占全年预算的([\d.]+)%", L), pct(uses[0], annual))
    eq(f"{L}: 治理 completion", one(t, r"为年度指标的([\d.]+)%", L), pct("8.86", "8.5"))
    eq(f"{L}: cost per km", one(t, r"单公里治理投资([\d.]+)万元", L), D(annual) / D("8.86"))
    eq(f"{L}: 管护 rate", one(t, r"管护责任落实率([\d.]+)%", L), pct(9, 10))
    check(f"{L}: 46 of 46", "46个分部工程通过验收，合格率100%" in t)
    tot = mof_funds(t, L, "年度资金总额", ["其中：当年财政拨款", "上年结转资金", "其他资金"])
    if tot:
        eq(f"{L}: table 全年", tot[2], annual)
        eq(f"{L}: table 年初", tot[1], init)
        eq(f"{L}: table 执行", tot[3], spent)
    carry = rows(t, ["上年结转资金"])[0]
    eq(f"{L}: carry-over = prose 120", carry[2], one(t, r"含上年结转的前期工作经费([\d.]+)万元", L))
    lv = mof_indicators(t, L)
    check_levels(t, L, lv, tot[6] if tot else "0", tot[4] if tot else "10",
                 {"产出指标": "产出指标得分", "效益指标": "效益指标得分", "满意度指标": "满意度指标得分"},
                 r"预算执行率得分([\d.]+)分", r"综合自评得分([\d.]+)分", r"评价等级为(.)。")
    check(f"{L}: table year", "项目支出绩效自评表（2021年度）" in t)


def check_wenshui(t):
    L = "sx-wenshui"
    tbl = {}
    for line in t.splitlines():
        cells = line.split("｜")
        if len(cells) == 10 and cells[1].startswith("("):
            tbl[cells[1][:3]] = cells
    check(f"{L}: 7 fund rows", sorted(tbl) == ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"])
    for r in ("(1)", "(2)", "(3)", "(4)", "(5)"):
        c = [D(x) for x in tbl[r][2:]]
        eq(f"{L}: {r} 小计 = 中央+省+市+县", tbl[r][3], c[2] + c[3] + c[4] + c[5])
        eq(f"{L}: {r} 总额 = 小计+结转+其他", tbl[r][2], c[1] + c[6] + c[7])
    for col in range(2, 10):
        eq(f"{L}: (5) col {col}", tbl["(5)"][col], D(tbl["(3)"][col]) - D(tbl["(4)"][col]))
        b = D(tbl["(2)"][col])
        for r, num_row in (("(6)", "(3)"), ("(7)", "(4)")):
            if b == 0:
                check(f"{L}: {r} col {col} zero base prints 0", tbl[r][col] == "0")
            else:
                eq(f"{L}: {r} col {col}", tbl[r][col], pct(tbl[num_row][col], b))
                check(f"{L}: {r} col {col} <= 100", D(tbl[r][col]) <= 100)
    eq(f"{L}: prose spent", one(t, r"全年执行资金([\d.]+)万元", L), tbl["(4)"][2])
    eq(f"{L}: prose rate", one(t, r"预算执行率([\d.]+)%。", L), tbl["(7)"][2])
    eq(f"{L}: county not received", one(t, r"县级配套资金有([\d.]+)万元未到位", L),
       D(tbl["(2)"][7]) - D(tbl["(3)"][7]))
    eq(f"{L}: cost per km", "49.6", D(one(t, r"渠道衬砌工程完成投资([\d.]+)万元", L)) / D("19.2"))
    # indicator table: 一级｜二级｜三级｜权重｜目标值｜业绩值｜完成率｜得分｜偏差
    ws = ss = D(0)
    for line in t.splitlines():
        cells = line.split("｜")
        if len(cells) == 9 and cells[3] not in ("权重", "100") and re.match(r"^\d", cells[3]):
            w, s = D(cells[3]), D(cells[7])
            ws += w
            ss += s
            check(f"{L}: score <= weight {cells[2]}", 0 <= s <= w)
            target, actual, comp = cells[4], cells[5], cells[6]
            c = completion(target, actual)
            if c is None:  # dates met before the deadline
                check(f"{L}: date row {cells[2]} 100%", comp == "100.00%")
            else:
                eq(f"{L}: completion {cells[2]}", comp, c)
            check_row_score(L, cells[2], target, actual, w, s)
            if actual.endswith("%"):
                check(f"{L}: {cells[2]} actual rate <= 100%", D(actual.rstrip("%")) <= 100)
            if cells[2] == "预算执行率":
                eq(f"{L}: execution score", s, w * D(actual.rstrip("%")) / 100)
                eq(f"{L}: execution rate in table", actual, tbl["(7)"][2])
    check(f"{L}: weights 100 (got {ws})", ws == 100)
    m = re.search(r"合计｜｜｜(\d+)｜｜｜｜([\d.]+)｜", t)
    check(f"{L}: 合计 row", m is not None and m.group(1) == "100")
    eq(f"{L}: 合计 score", m.group(2), ss)
    total = one(t, r"总得分([\d.]+)分", L)
    eq(f"{L}: prose total", total, ss)
    check(f"{L}: grade", one(t, r"属于“(.)秀”", L) == grade(total))


def check_qianxi(t):
    L = "gz-qianxi"
    check(f"{L}: 11 + 44 = 55", 11 + 44 == int(one(t, r"实有在职人员(\d+)人", L)))
    init = one(t, r"部门年初预算([\d.]+)万元", L)
    add = one(t, r"补助资金等([\d.]+)万元", L)
    annual = one(t, r"全年预算([\d.]+)万元。", L)
    eq(f"{L}: 全年 = 年初 + 追加", annual, D(init) + D(add))
    gen, fund, oth = (one(t, r"一般公共预算([\d.]+)万元", L), one(t, r"政府性基金预算([\d.]+)万元", L),
                      one(t, r"其他资金([\d.]+)万元", L))
    eq(f"{L}: by revenue", annual, D(gen) + D(fund) + D(oth))
    basic = one(t, r"按支出性质分，基本支出([\d.]+)万元", L)
    proj = one(t, r"按支出性质分，基本支出[\d.]+万元、项目支出([\d.]+)万元", L)
    eq(f"{L}: by spending type", annual, D(basic) + D(proj))
    spent = one(t, r"全年支出([\d.]+)万元", L)
    rate = one(t, r"全年支出[\d.]+万元，执行率([\d.]+)%", L)
    eq(f"{L}: execution rate", rate, pct(spent, annual))
    bsp = one(t, r"其中基本支出([\d.]+)万元", L)
    psp = one(t, r"、项目支出([\d.]+)万元。全年", L)
    eq(f"{L}: spent split", spent, D(bsp) + D(psp))
    eq(f"{L}: unspent", one(t, r"全年未支出的([\d.]+)万元", L), D(annual) - D(spent))
    check(f"{L}: carried into the next year", one(t, r"结转至(\d{4})年", L) == "2025")
    eq(f"{L}: vs last year", one(t, r"本年度提高([\d.]+)个百分点", L),
       D(rate) - D(one(t, r"2023年部门整体预算执行率为([\d.]+)%", L)))
    eq(f"{L}: project rate in prose", one(t, r"项目支出执行率为([\d.]+)%", L), pct(psp, proj))
    scores = [D(x) for x in re.findall(r"([\d.]+)分", one(t, r"自评得分分别为：(.*?)，5个项目", L))]
    check(f"{L}: five project scores", len(scores) == 5)
    eq(f"{L}: average", one(t, r"5个项目平均得分([\d.]+)分", L), sum(scores) / len(scores))
    n_ex = sum(1 for s in scores if grade(s) == "优")
    check(f"{L}: 4 优 1 良", (n_ex, len(scores) - n_ex) == (int(one(t, r"其中优秀(\d)个", L)), int(one(t, r"良好(\d)个", L))))
    area = one(t, r"治理面积([\d.]+)平方公里，其中", L)
    eq(f"{L}: cost per km2", "55.36", D(one(t, r"重点工程安排资金([\d.]+)万元", L)) / D(area))
    check(f"{L}: area in table", f"≥32平方公里｜{area}平方公里" in t)
    tot = mof_funds(t, L, "年度资金总额",
                    ["按收入性质分：一般公共预算", "政府性基金预算", "其他资金"])
    tbl = {}
    for line in t.splitlines():
        cells = line.split("｜")
        if len(cells) == 7 and cells[0] in ("按支出性质分：基本支出", "项目支出"):
            tbl[cells[0]] = cells
            eq(f"{L}: {cells[0]} rate", cells[5], pct(cells[3], cells[2]))
    for col in (1, 2, 3):
        eq(f"{L}: spending-type column {col}", tot[col],
           D(tbl["按支出性质分：基本支出"][col]) + D(tbl["项目支出"][col]))
    eq(f"{L}: table 全年", tot[2], annual)
    eq(f"{L}: table 年初", tot[1], init)
    eq(f"{L}: table 执行", tot[3], spent)
    eq(f"{L}: table project spent", tbl["项目支出"][3], psp)
    lv = mof_indicators(t, L)
    check_levels(t, L, lv, tot[6], tot[4],
                 {"产出指标": "产出指标得分", "效益指标": "效益指标得分", "满意度指标": "满意度指标得分"},
                 r"预算执行率得分([\d.]+)分", r"绩效自评得分([\d.]+)分", None)
    total = one(t, r"总分｜｜｜｜｜100｜([\d.]+)｜", L)
    check(f"{L}: table grade", one(t, r"自评等级：(.)", L) == grade(total))
    eq(f"{L}: 管护 score", "8.5", D(10) * D(85) / 100)


CHECKS = {
    "hb-yunxi-xiaoshuiku-2022": check_yunxi,
    "gs-xihe-yinshui-2020": check_xihe,
    "fj-datian-heliu-2021": check_datian,
    "sx-wenshui-guanqu-2019": check_wenshui,
    "gz-qianxi-swj-bumen-2024": check_qianxi,
}

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]


def changed_region(a, b):
    """[start, end) of the changed part in a and in b (common prefix/suffix removed)."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return (i, len(a) - j), (i, len(b) - j)


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    check("every case file has a label and vice versa", sorted(r["case"] for r in labels) == files)
    counts = {c: 0 for c in CODES}
    for rec in labels:
        text = read(rec["case"])
        src = rec["source"]
        check(f"{rec['case']}: source prefix", rec["case"].startswith(src + "-"))
        if rec["clean"]:
            check(f"{rec['case']}: clean has no expected", rec["expected"] == [])
            check(f"{rec['case']}: length {len(text)} in 3000..9000", 3000 <= len(text) <= 9000)
            continue
        check(f"{rec['case']}: exactly one expected", len(rec["expected"]) == 1)
        clean = read(f"{src}-clean.txt")
        (ca, cb), (ea, eb) = changed_region(clean, text)
        check(f"{rec['case']}: differs from clean", text != clean)
        check(f"{rec['case']}: one small changed place ({eb - ea} chars)", eb - ea <= 120 and cb - ca <= 120)
        check(f"{rec['case']}: change spans at most two lines", text[ea:eb].count("\n") <= 1)
        for exp in rec["expected"]:
            counts[exp["code"]] = counts.get(exp["code"], 0) + 1
            check(f"{rec['case']}: known code {exp['code']}", exp["code"] in CODES)
            check(f"{rec['case']}: severity error", exp["severity"] == "error")
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            check(f"{rec['case']}: value {v!r} occurs", bool(occ))
            check(f"{rec['case']}: value {v!r} covers the change",
                  any(s < max(eb, ea + 1) and ea < s + len(v) for s in occ))
            check(f"{rec['case']}: value {v!r} not in clean draft", v not in clean)
    for c in CODES:
        check(f"code {c} used at least twice (got {counts.get(c, 0)})", counts.get(c, 0) >= 2)
    check("30 error cases", sum(1 for r in labels if not r["clean"]) == 30)
    for src, fn in CHECKS.items():
        before = len(FAILS)
        text = read(f"{src}-clean.txt")
        for m in re.finditer(r"(满意度|执行率|到位率|使用率|合格率|支出进度)[^\d\n｜]{0,6}([\d.]+)%", text):
            check(f"{src}: {m.group(0)} <= 100%", D(m.group(2)) <= 100)
        fn(text)
        if len(FAILS) == before:
            print(f"arithmetic OK: {src}")
    if FAILS:
        for f in FAILS:
            print("FAIL:", f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
