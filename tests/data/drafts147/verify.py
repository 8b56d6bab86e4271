#!/usr/bin/env python3
"""Verify drafts147.

1. labels.jsonl: every case exists, clean cases expect nothing, every label value occurs in its case,
   codes come from errors.md §A, each of the 13 codes occurs at least twice.
2. every error case differs from its clean draft in one place (one contiguous changed region) and is
   exactly the clean draft with its build.py edit applied.
3. the arithmetic of every clean draft is redone: funds tables (rates, component sums, execution score),
   indicator tables (weights sum to 100, score <= weight, scores sum to the total, each score and each
   completion rate follows rules.md §5), grade band, and draft-specific prose identities (rates, sums,
   balances, averages, completion rates, repeated figures).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
import build  # noqa: E402

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL", msg)


def D(s):
    return Decimal(str(s).replace(",", ""))


def decimals(s):
    s = str(s).replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated, name):
    """stated is a string as printed; tolerance = half a unit of its last digit (rules.md §8)."""
    v = D(str(stated).rstrip("%"))
    tol = Decimal(5) * Decimal(10) ** (-decimals(stated) - 1) + Decimal("1e-9")
    if abs(Decimal(computed) - v) > tol:
        fail(f"{name}: computed {Decimal(computed):.4f}, stated {stated}")
        return False
    return True


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade_of(s):
    s = Decimal(s)
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


NUM = re.compile(r"^([≥≤＞＜>=<]*)\s*(\d[\d,]*(?:\.\d+)?)(.*)$")


def parse_val(s):
    """'≥320家次' -> ('gte', Decimal(320), '家次'); qualitative/date -> None."""
    s = s.strip()
    if re.search(r"\d{4}年\d{1,2}月\d{1,2}日", s):
        return ("date", s, "")
    m = NUM.match(s)
    if not m:
        return None
    sign, num, unit = m.groups()
    unit = unit.strip()
    if unit.endswith("前") or unit.endswith("以内"):
        unit = unit[:-1] if unit.endswith("前") else unit[:-2]
    d = "gte" if sign in ("≥", ">=", "＞") else "lte" if sign in ("≤", "<=", "＜") else "eq"
    return (d, D(num), unit)


def row_score(target, actual, w):
    """rules.md §5 score and completion (percent) or None when not quantitative."""
    t, a = parse_val(target), parse_val(actual)
    if t is None or a is None:
        return (w if target == actual else None), None
    if t[0] == "date" or a[0] == "date":
        td = re.findall(r"\d+", target)
        ad = re.findall(r"\d+", actual)
        ok = tuple(map(int, ad)) <= tuple(map(int, td))
        return (w if ok else None), None
    if t[2] != a[2]:
        raise ValueError(f"unit differs: {target} vs {actual}")
    d, T, _ = t
    A = a[1]
    if d == "lte":
        if A <= T:
            return w, Decimal(100)
        return w * T / A, T / A * 100
    if d == "eq" and T == 0:
        return (w if A <= 0 else Decimal(0)), None
    comp = A / T * 100
    return min(w, w * A / T), comp


def check_tables(name, text):
    lines = text.split("\n")
    funds_score = None
    funds_weight = None
    ind_weights = []
    ind_scores = []
    total_row = None
    i = 0
    mode = None
    hdr = None
    fund_rows = []
    for ln in lines:
        if "｜" not in ln:
            mode = None if mode == "ind" and total_row else mode
            continue
        cells = ln.split("｜")
        if "年初预算数" in cells:
            mode, hdr = "funds", cells
            fund_rows = []
            continue
        if "一级指标" in cells:
            mode, hdr = "ind", cells
            continue
        if mode == "funds":
            if not re.match(r"^\d", cells[1] if len(cells) > 1 else ""):
                continue
            row = dict(zip(hdr, cells))
            fund_rows.append(row)
            b, e = D(row["全年预算数"]), D(row["全年执行数"])
            if "执行率" in row:
                if b == 0:
                    if row["执行率"] != "—":
                        fail(f"{name}: rate on zero base in row {cells[0]}")
                else:
                    close(e / b * 100, row["执行率"], f"{name} funds {cells[0]} 执行率")
            if row.get("分值", "—") != "—" and "分值" in row:
                funds_weight = D(row["分值"])
                funds_score = D(row["得分"])
                close(funds_weight * min(e / b, Decimal(1)), row["得分"], f"{name} funds score")
            # component sums: first row is the total, the rest its components
            if len(fund_rows) >= 2:
                tot = fund_rows[0]
                for col in ("年初预算数", "全年预算数", "全年执行数"):
                    parts = [D(r[col]) for r in fund_rows[1:]]
                    fund_sum_state[(name, col)] = (D(tot[col]), sum(parts))
            continue
        if mode == "ind":
            row = dict(zip(hdr, cells))
            if cells[0] in ("总分", "合计"):
                nums = [c for c in cells if re.match(r"^\d", c)]
                total_row = (D(nums[0]), nums[1])
                continue
            w = D(row["分值"])
            sc = row["得分"]
            ind_weights.append(w)
            ind_scores.append(D(sc))
            if D(sc) > w or D(sc) < 0:
                fail(f"{name}: score {sc} outside [0, {w}] in {cells[2]}")
            try:
                exp, comp = row_score(row["年度指标值"], row["实际完成值"], w)
            except ValueError as err:
                fail(f"{name}: {cells[2]}: {err}")
                continue
            if exp is None:
                fail(f"{name}: cannot score {cells[2]}")
            else:
                close(exp, sc, f"{name} score {cells[2]}")
            if "完成率" in row and row["完成率"] != "—":
                if comp is None:
                    fail(f"{name}: completion stated but not computable for {cells[2]}")
                else:
                    close(comp, row["完成率"], f"{name} completion {cells[2]}")
    for (n, col), (tot, s) in list(fund_sum_state.items()):
        if n == name and tot != s:
            fail(f"{name}: funds column {col}: components {s} != total {tot}")
    wsum = sum(ind_weights) + (funds_weight or 0)
    ssum = sum(ind_scores) + (funds_score or 0)
    if wsum != 100:
        fail(f"{name}: weights sum {wsum}")
    if total_row is None:
        fail(f"{name}: no total row")
        return None
    if total_row[0] != 100:
        fail(f"{name}: total row weight {total_row[0]}")
    close(ssum, total_row[1], f"{name} score sum")
    return total_row[1]


fund_sum_state = {}


def get(text, pattern, name):
    """All matches of group 1 must agree; returns the string as printed."""
    ms = re.findall(pattern, text)
    if not ms:
        fail(f"{name}: pattern not found: {pattern}")
        return "0"
    vals = {D(m) for m in ms}
    if len(vals) != 1:
        fail(f"{name}: {pattern} has different values {ms}")
    return ms[0]


def eq(name, computed, stated):
    close(computed, stated, name)


def check_grade(name, text, total):
    m = re.findall(r"(?:得分|总分)(\d+(?:\.\d+)?)分，(?:评价)?等级为(优|良|中|差)", text)
    if not m:
        fail(f"{name}: no total+grade sentence")
        return
    for s, g in m:
        if total is not None and D(s) != D(total):
            fail(f"{name}: prose total {s} != table total {total}")
        if grade_of(s) != g:
            fail(f"{name}: grade {g} for {s}")


# ---------------------------------------------------------------- draft-specific prose identities
def facts_kaiyuan(t, n):
    a0 = get(t, r"年初预算(1,268\.40)万元", n)
    add = get(t, r"追加(268\.45)万元", n)
    b = get(t, r"全年预算(1,536\.85)万元", n)
    eq(n + " 年初+追加", D(a0) + D(add), b)
    eq(n + " 来源", D(get(t, r"一般公共预算拨款(1,476\.85)万元", n)) + D(get(t, r"上年结转资金(60\.00)万元", n)), b)
    e = get(t, r"全年支出(1,489\.27)万元", n)
    eq(n + " 执行率", D(e) / D(b) * 100, get(t, r"预算执行率(96\.90)%", n))
    basic = get(t, r"基本支出(892\.35)万元", n)
    proj = get(t, r"项目支出(596\.92)万元", n)
    eq(n + " 基本+项目", D(basic) + D(proj), e)
    pb = get(t, r"项目支出预算(644\.50)万元", n)
    eq(n + " 项目执行率", D(proj) / D(pb) * 100, get(t, r"644\.50万元的(92\.62)%", n))
    eq(n + " 结余", D(b) - D(e), get(t, r"年末结余(47\.58)万元", n))
    budgets = re.findall(r"项目。预算(\d+\.\d+)万元，执行(\d+\.\d+)万元", t)
    assert len(budgets) == 4, budgets
    eq(n + " 项目预算合计", sum(D(x) for x, _ in budgets), get(t, r"项目支出预算合计(644\.50)万元", n))
    eq(n + " 项目执行合计", sum(D(y) for _, y in budgets), proj)
    eq(n + " 物资储备构成", D(get(t, r"其中物资采购(238\.42)万元", n)) + D(get(t, r"日常管护(30\.00)万元", n)), budgets[0][1])
    scores = re.search(r"自评得分分别为(\S+?)分、(\S+?)分、(\S+?)分和(\S+?)分，平均得分(\S+?)分", t)
    eq(n + " 平均分", sum(D(x) for x in scores.groups()[:4]) / 4, scores.group(5))
    eq(n + " 检查完成率", D(get(t, r"检查生产经营单位(356)家次", n)) / D(get(t, r"不少于(320)家次", n)) * 100,
       get(t, r"完成率(111\.25)%", n))
    eq(n + " 隐患整改率", D(get(t, r"整改(1,017)项", n)) / D(get(t, r"一般隐患(1,042)项", n)) * 100,
       get(t, r"安全隐患整改率(97\.6)%", n))
    eq(n + " 死亡人数下降", (D(7) - D(5)) / D(7) * 100, get(t, r"下降(28\.57)%", n))
    eq(n + " 救援队伍执行率", D(budgets[3][1]) / D(budgets[3][0]) * 100, get(t, r"执行率仅(84\.86)%", n))
    eq(n + " 编制", D(16) + D(12), get(t, r"合计(28)名", n))
    get(t, r"年度：(2020)年", n)
    get(t, r"(98\.86)分", n)


def facts_zhenba(t, n):
    a0 = get(t, r"年初预算(350\.00)万元", n)
    parts0 = [get(t, r"中央地质灾害防治资金(180\.00)万元", n), get(t, r"省级资金(80\.00)万元", n),
              get(t, r"县级配套(90\.00)万元", n)]
    eq(n + " 年初构成", sum(D(x) for x in parts0), a0)
    add = get(t, r"专项资金(62\.60)万元", n)
    b = get(t, r"全年预算(412\.60)万元", n)
    eq(n + " 年初+追加", D(a0) + D(add), b)
    e = get(t, r"累计支出(398\.35)万元", n)
    get(t, r"全年实际支出(398\.35)万元", n)
    eq(n + " 执行率", D(e) / D(b) * 100, get(t, r"预算执行率(96\.55)%", n))
    eq(n + " 结余", D(b) - D(e), get(t, r"结余(14\.25)万元", n))
    eq(n + " 群测群防补助", D(213) * D(3600) / 10000, get(t, r"补助(76\.68)万元", n))
    items_b = [D("76.68"), D(get(t, r"工程治理(245\.00)万元", n)), D(get(t, r"风险调查评价(60\.92)万元", n)),
               D(get(t, r"宣传培训(30\.00)万元", n))]
    eq(n + " 分项预算合计", sum(items_b), b)
    items_e = [D("76.68"), D(get(t, r"支出(238\.15)万元", n)), D("60.92"), D(get(t, r"支出(22\.60)万元", n))]
    eq(n + " 分项支出合计", sum(items_e), e)
    eq(n + " 排危除险执行率", items_e[1] / items_b[1] * 100, get(t, r"执行率(97\.20)%", n))
    eq(n + " 核销后人数", D(8600) - D(get(t, r"涉及群众(148)人", n)), get(t, r"受威胁群众为(8452)人", n))
    eq(n + " 宣传超出", (D(1860) - D(1500)) / D(1500) * 100, get(t, r"超出年度指标值(24)%", n))
    get(t, r"截至(2023)年12月31日", n)
    get(t, r"本项目得分(99\.48)分", n)


def facts_songtao(t, n):
    a0 = get(t, r"年初预算(120\.00)万元", n)
    eq(n + " 年初构成", D(get(t, r"补助资金(60\.00)万元", n)) + D(get(t, r"县级预算安排(60\.00)万元", n)), a0)
    add = get(t, r"森林防火经费(14\.50)万元", n)
    carry = get(t, r"结转的(12\.00)万元", n)
    b = get(t, r"全年预算(146\.50)万元", n)
    eq(n + " 全年预算", D(a0) + D(add) + D(carry), b)
    e = get(t, r"全年支出(138\.62)万元", n)
    eq(n + " 结转", D(b) - D(e), get(t, r"剩余(7\.88)万元", n))
    uses = [get(t, r"防护装备购置(68\.40)万元", n), get(t, r"防火隔离带建设(29\.80)万元", n),
            get(t, r"运行补助(26\.88)万元", n), get(t, r"宣传及培训(13\.54)万元", n)]
    eq(n + " 支出构成", sum(D(x) for x in uses), e)
    eq(n + " 风力灭火机", D(126) * D(4380), get(t, r"合计(551880)元", n))
    if D(551880) / 10000 > D(uses[0]):
        fail(n + " 风力灭火机 exceeds 机具 total")
    members = get(t, r"共有队员(672)人", n)
    eq(n + " 平均每支", D(members) / D(28), get(t, r"平均每支(24)人", n))
    eq(n + " 扑火队补助", D(members) * D(400) / 10000, uses[2])
    eq(n + " 隔离带完成率", D("41.4") / D(45) * 100, get(t, r"完成率(92)%", n))
    get(t, r"全年支出(138\.62)万元", n)
    get(t, r"项目得分(98\.44)分", n)


def facts_yongan(t, n):
    b = get(t, r"全年预算(580\.00)万元", n)
    eq(n + " 无调整", D(get(t, r"年初预算(580\.00)万元", n)), b)
    src = [get(t, r"省级补助(200\.00)万元", n), get(t, r"三明市级补助(100\.00)万元", n),
           get(t, r"永安市本级(280\.00)万元", n)]
    eq(n + " 来源合计", sum(D(x) for x in src), b)
    st_b = re.search(r"站房建设及改造(\d+\.\d+)万元，其中贡川站(\d+\.\d+)万元、小陶站(\d+\.\d+)万元、西洋站(\d+\.\d+)万元、安砂站(\d+\.\d+)万元", t).groups()
    eq(n + " 站房预算合计", sum(D(x) for x in st_b[1:]), st_b[0])
    veh = get(t, r"个人防护装备(272\.00)万元", n)
    eq(n + " 用途合计", D(st_b[0]) + D(veh), b)
    e = get(t, r"全年执行(528\.36)万元", n)
    eq(n + " 执行率", D(e) / D(b) * 100, get(t, r"预算执行率(91\.10)%", n))
    done = re.search(r"贡川站(\d+\.\d+)万元、小陶站(\d+\.\d+)万元、安砂站(\d+\.\d+)万元，三站均已完工", t).groups()
    xy = get(t, r"当年完成投资(32\.10)万元", n)
    eq(n + " 西洋站占比", D(xy) / D(st_b[3]) * 100, get(t, r"占该站预算的(42\.24)%", n))
    veh_e = get(t, r"实际支出(268\.40)万元", n)
    eq(n + " 车辆执行率", D(veh_e) / D(veh) * 100, get(t, r"执行率(98\.68)%", n))
    eq(n + " 执行合计", sum(D(x) for x in done) + D(xy) + D(veh_e), e)
    eq(n + " 结转", D(b) - D(e), get(t, r"未支出的(51\.64)万元", n))
    eq(n + " 已完工3站平均", sum(D(x) for x in done) / 3, get(t, r"｜(75\.95)万元｜", n))
    eq(n + " 接警", D(get(t, r"火灾扑救(19)起", n)) + D(get(t, r"抢险救援(28)起", n)), get(t, r"出动(47)起", n))
    eq(n + " 按期完工率", D(3) / D(4) * 100, get(t, r"按期完工率(75)%", n))
    m = re.search(r"预算执行率得(\S+?)分，产出指标得(\S+?)分，效益指标得(\S+?)分，满意度指标得(\S+?)分，自评总分(\S+?)分", t)
    eq(n + " 一级得分合计", sum(D(x) for x in m.groups()[:4]), m.group(5))
    # level-1 subtotals against the table rows
    rows = [l.split("｜") for l in t.split("\n") if l.startswith(("产出指标｜", "效益指标｜", "满意度指标｜"))]
    for lvl, val in (("产出指标", m.group(2)), ("效益指标", m.group(3)), ("满意度指标", m.group(4))):
        eq(n + " " + lvl + " subtotal", sum(D(r[6]) for r in rows if r[0] == lvl), val)


def facts_etuoke(t, n):
    a0 = get(t, r"年初预算(86\.00)万元", n)
    cut = get(t, r"调减(7\.60)万元", n)
    b = get(t, r"全年预算(78\.40)万元", n)
    eq(n + " 调减", D(a0) - D(cut), b)
    e = get(t, r"实际支出(53\.52)万元", n)
    rate = get(t, r"执行率(?:仅)?(68\.27)%", n)
    eq(n + " 执行率", D(e) / D(b) * 100, rate)
    eq(n + " 结余", D(b) - D(e), get(t, r"结余(24\.88)万元", n))
    uses = [get(t, r"执法装备购置(12\.60)万元", n), get(t, r"技术服务(20\.80)万元", n),
            get(t, r"执法车辆运行(9\.72)万元", n), get(t, r"培训及宣传(10\.40)万元", n)]
    eq(n + " 支出构成", sum(D(x) for x in uses), e)
    eq(n + " 专家费", D(get(t, r"聘请专家(64)人次", n)) * D(get(t, r"每人次(3250)元", n)) / 10000, uses[1])
    chk = get(t, r"检查(?:生产经营单位)?(\d+)家次", n)
    get(t, r"实际(238)家次", n)
    eq(n + " 检查完成率", D(chk) / D(260) * 100, get(t, r"260家次的(91\.54)%", n))
    eq(n + " 立案构成", D(6) + D(8) + D(3), get(t, r"违法行为(17)起", n))
    eq(n + " 培训合格率", D(get(t, r"考核合格(379)人", n)) / D(get(t, r"培训(412)人", n)) * 100, get(t, r"合格率(92)%", n))
    eq(n + " 满意度", D(get(t, r"满意的(102)份", n)) / D(get(t, r"问卷(120)份", n)) * 100, get(t, r"满意度(85)%", n))
    eq(n + " 问卷", D(102) + D(get(t, r"提出意见的(18)份", n)), "120")
    # scoring in prose
    w = re.search(r"分值分别为(\d+)分、(\d+)分、(\d+)分、(\d+)分，合计(\d+)分", t).groups()
    eq(n + " 一级分值", sum(D(x) for x in w[:4]), w[4])
    s_exec = get(t, r"执行率68\.27%，得(6\.83)分", n)
    eq(n + " 执行得分", D(10) * D(e) / D(b), s_exec)
    out = re.search(r"产出指标（分值50分），得(\S+?)分。其中：检查家次分值(\d+)分，目标260家次、实际238家次，得(\S+?)分；"
                    r"聘请专家人次分值(\d+)分，得(\S+?)分；重大事故隐患整改率分值(\d+)分，得(\S+?)分；"
                    r"执法文书规范率分值(\d+)分，得(\S+?)分；立案查处起数分值(\d+)分，目标20起、实际17起，得(\S+?)分", t).groups()
    ws = [D(out[i]) for i in (1, 3, 5, 7, 9)]
    ss = [D(out[i]) for i in (2, 4, 6, 8, 10)]
    eq(n + " 产出分值", sum(ws), w[1])
    eq(n + " 产出得分", sum(ss), out[0])
    eq(n + " 检查得分", ws[0] * D(238) / D(260), out[2])
    eq(n + " 立案得分", ws[4] * D(17) / D(20), out[10])
    for wi, si in zip(ws, ss):
        if si > wi:
            fail(f"{n}: score {si} > weight {wi}")
    ben = re.search(r"效益指标（分值30分），得(\S+?)分。其中：生产安全事故起数分值(\d+)分，目标不超过3起、实际4起，得(\S+?)分；"
                    r"培训考核合格率分值(\d+)分，得(\S+?)分；较大及以上事故起数分值(\d+)分，得(\S+?)分", t).groups()
    eq(n + " 效益分值", D(ben[1]) + D(ben[3]) + D(ben[5]), w[2])
    eq(n + " 效益得分", D(ben[2]) + D(ben[4]) + D(ben[6]), ben[0])
    eq(n + " 事故得分", D(ben[1]) * D(3) / D(4), ben[2])
    sat = get(t, r"满意度85%，得(9\.44)分", n)
    eq(n + " 满意度得分", D(10) * D(85) / D(90), sat)
    total = get(t, r"自评总分(89\.75)分", n)
    eq(n + " 总分", D(s_exec) + D(out[0]) + D(ben[0]) + D(sat), total)
    return total


FACTS = {
    "kaiyuan-yingjibumen-2020": facts_kaiyuan,
    "zhenba-dizai-2023": facts_zhenba,
    "songtao-senlinfanghuo-2018": facts_songtao,
    "yongan-xiaofangzhan-2024": facts_yongan,
    "etuokeqianqi-anquanzhifa-2021": facts_etuoke,
}
HAS_TABLE = {"kaiyuan-yingjibumen-2020", "zhenba-dizai-2023", "songtao-senlinfanghuo-2018", "yongan-xiaofangzhan-2024"}


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    code_count = {c: 0 for c in CODES}
    edits = {(s, n): (old, new) for (s, n, code, old, new, value, expl, where) in build.EDITS}
    seen_cases = set()
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        if not os.path.exists(path):
            fail(f"missing case {lab['case']}")
            continue
        seen_cases.add(lab["case"])
        text = open(path, encoding="utf-8").read()
        if lab["clean"]:
            if lab["expected"]:
                fail(f"clean case {lab['case']} has expectations")
            if not (3000 <= len(text) <= 9000):
                fail(f"{lab['case']}: length {len(text)} outside 3000-9000")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected exactly one label")
        for ex in lab["expected"]:
            if ex["code"] not in CODES:
                fail(f"{lab['case']}: unknown code {ex['code']}")
            else:
                code_count[ex["code"]] += 1
            if ex["value"] not in text:
                fail(f"{lab['case']}: value {ex['value']!r} not in case")
        clean = open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8").read()
        # one contiguous changed region
        i = 0
        while i < min(len(clean), len(text)) and clean[i] == text[i]:
            i += 1
        j = 0
        while j < min(len(clean), len(text)) - i and clean[-1 - j] == text[-1 - j]:
            j += 1
        region_clean = clean[i:len(clean) - j]
        region_case = text[i:len(text) - j]
        if not region_case and not region_clean:
            fail(f"{lab['case']}: identical to clean draft")
        if len(region_clean) > 80 or len(region_case) > 80:
            fail(f"{lab['case']}: changed region too long ({len(region_clean)}/{len(region_case)})")
        n = int(re.search(r"-e(\d+)\.txt$", lab["case"]).group(1))
        old, new = edits[(lab["source"], n)]
        if clean.count(old) != 1 or clean.replace(old, new, 1) != text:
            fail(f"{lab['case']}: not the clean draft with its single edit")
        if region_case not in new:
            fail(f"{lab['case']}: change outside the edit")
    for f in os.listdir(CASES):
        if f not in seen_cases:
            fail(f"case file without label: {f}")
    for c, k in code_count.items():
        if k < 2:
            fail(f"code {c} occurs {k} times (< 2)")
    # arithmetic of the clean drafts
    for src in build.SOURCES:
        name = src + "-clean.txt"
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        total = None
        if src in HAS_TABLE:
            total = check_tables(name, text)
        r = FACTS[src](text, name)
        if total is None:
            total = r
        check_grade(name, text, total)
    print("codes:", ", ".join(f"{c}={k}" for c, k in code_count.items()))
    if FAIL:
        print(f"{len(FAIL)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
