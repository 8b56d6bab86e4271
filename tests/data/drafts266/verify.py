#!/usr/bin/env python3
"""Check drafts266: labels, one-place edits, and the arithmetic of every clean draft.

1. labels.jsonl: 5 clean drafts + 30 error cases, 6 per project; every `value` occurs in its
   case; each error case differs from its clean draft in one contiguous place and an
   occurrence of `value` overlaps that place; every code of errors.md §A occurs at least twice.
2. Clean drafts: 3,000-5,000 characters; the self-evaluation table is re-read cell by cell and
   every rate, sum, weight, score, total, grade and completion is recomputed (rules.md §5-§8,
   ROUND_HALF_UP, tolerance from the decimals as written); the figures in the prose are
   re-derived from the amounts they are built from; repeated quantities must agree; years must
   fit the evaluation year.
Prints OK at the end, or the list of problems and exits 1.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

problems = []


def fail(msg):
    problems.append(msg)


# ---------------------------------------------------------------- number helpers
NUM = re.compile(r"\d+(?:\.\d+)?")


def num(s):
    """First number in a cell or string, as Decimal (None when there is none)."""
    m = NUM.search(s.replace(",", ""))
    return D(m.group()) if m else None


def decimals(s):
    m = NUM.search(s.replace(",", ""))
    g = m.group()
    return len(g.split(".")[1]) if "." in g else 0


def consistent(stated, computed, approx=False):
    """rules.md §8: |c - v| <= 0.5 * 10^-d; '约' figures get one unit of their last digit."""
    v = num(stated)
    d = decimals(stated)
    tol = D("0.5") * (D(10) ** -d) + D("1e-9")
    if approx:
        tol = D(10) ** -d if d else D(1)
        # an approximate figure rounded to a few significant digits (约15300元)
        stripped = str(v).rstrip("0")
        zeros = len(str(v)) - len(stripped) if "." not in str(v) else 0
        tol = max(tol, D(10) ** zeros)
    return abs(D(computed) - v) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def check(name, label, stated, computed, approx=False):
    if not consistent(stated, computed, approx):
        fail(f"{name}: {label}: stated {stated}, computed {D(computed):.4f}")


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- table reading
SEP = re.compile(r"[\t\n|]")


def cells_of(text):
    return [c.strip() for c in SEP.split(text) if c.strip() and c.strip() != "---"]


def find_row(name, cells, row):
    """row: list of cell strings that must appear as consecutive non-empty cells."""
    n = len(row)
    hits = [i for i in range(len(cells) - n + 1) if cells[i:i + n] == row]
    if len(hits) != 1:
        fail(f"{name}: table row {row} found {len(hits)} times")
        return None
    return row


def unit_of(cell):
    """Unit of a target/actual cell: the text left once signs and the number are removed."""
    s = cell
    for sign in ("≥", "≤", "=", "＞", "＜", "<", ">"):
        s = s.replace(sign, "")
    s = NUM.sub("", s, count=1)
    return s.replace("前", "").strip()


def indicator_score(direction, T, A, w):
    if direction == "gte":
        return min(w, w * A / T) if T else w
    if direction == "lte":
        return w if A <= T else w * T / A
    if direction == "eq0":
        return w if A <= 0 else D(0)
    raise ValueError(direction)


def completion(direction, T, A):
    if direction == "gte":
        return A / T * 100
    if direction == "lte":
        return D(100) if A <= T else T / A * 100
    raise ValueError(direction)


def check_indicators(name, cells, rows, layout, exec_row, total_row, grade_text):
    """rows: (direction, cells...) with cells in the layout order
    layout 'mof': name, target, actual, weight, score
    layout 'sx' : name, weight, target, actual, completion, score"""
    wsum = D(0)
    ssum = D(0)
    # execution row
    if layout == "mof":
        r = find_row(name, cells, exec_row)
        if r:
            budget, spent, w, rate, score = num(r[2]), num(r[3]), num(r[4]), r[5], r[6]
            check(name, "execution rate", rate, spent / budget * 100)
            check(name, "execution score", score, w * min(D(1), spent / budget))
            # the printed-rate variant (rules §8) is accepted too, but here the exact one must hold
            wsum += w
            ssum += num(score)
    for spec in rows:
        direction, row = spec[0], list(spec[1:])
        if not find_row(name, cells, row):
            continue
        if layout == "mof":
            nm, tgt, act, w, sc = row
            comp = None
        else:
            nm, w, tgt, act, comp, sc = row
        w, s = num(w), num(sc)
        wsum += w
        ssum += s
        if s > w or s < 0:
            fail(f"{name}: {nm}: score {sc} outside [0, {w}]")
        if direction.startswith("qual"):
            band = {"qual": (D("0.8"), D(1)), "qual_partly": (D("0.6"), D("0.8"))}[direction]
            if not (band[0] * w <= s <= band[1] * w) or (direction == "qual_partly" and s >= band[1] * w):
                fail(f"{name}: {nm}: qualitative score {sc} outside its band")
            continue
        if direction == "exec":  # Shanxi table: execution row with target 100%
            T, A = num(tgt), num(act)
            check(name, f"{nm} completion", comp, A / T * 100)
            check(name, f"{nm} score", sc, w * min(D(1), A / T))
            continue
        if direction == "date_lte":
            # target "2020年11月30日前", actual "2020年11月20日": met when actual is not later
            t = [int(x) for x in re.findall(r"\d+", tgt)]
            a = [int(x) for x in re.findall(r"\d+", act)]
            if a > t or s != w:
                fail(f"{name}: {nm}: date target not scored as met")
            if comp is not None:
                check(name, f"{nm} completion", comp, 100)
            continue
        if unit_of(tgt) != unit_of(act):
            fail(f"{name}: {nm}: target unit {unit_of(tgt)!r} vs actual unit {unit_of(act)!r}")
        T, A = num(tgt), num(act)
        check(name, f"{nm} score", sc, indicator_score(direction, T, A, w))
        if comp is not None:
            check(name, f"{nm} completion", comp, completion(direction, T, A))
    r = find_row(name, cells, total_row)
    if r:
        if wsum != num(r[1]) or wsum != 100:
            fail(f"{name}: weights add to {wsum}, stated {r[1]}")
        check(name, "total score", r[2], ssum)
        # the prose total and grade
        m = re.search(grade_text, TEXTS[name])
        if not m:
            fail(f"{name}: total/grade sentence not found")
        else:
            total_txt, grade_txt = m.group(1), m.group(2)
            if total_txt != r[2]:
                fail(f"{name}: prose total {total_txt} vs table {r[2]}")
            if grade_of(num(total_txt)) != grade_txt[0]:
                fail(f"{name}: grade {grade_txt} does not fit {total_txt}")
    return ssum


def check_funds_mof(name, cells, rows):
    """rows: total, then its components; columns 年初, 全年, 执行 must add up."""
    parsed = []
    for row in rows:
        if find_row(name, cells, row):
            parsed.append([D(0) if c == "—" else num(c) for c in row[1:4]])
    if len(parsed) == len(rows):
        for col in range(3):
            if parsed[0][col] != sum(p[col] for p in parsed[1:]):
                fail(f"{name}: funds column {col}: total {parsed[0][col]} != parts")
        for row, p in zip(rows[1:], parsed[1:]):
            rate = row[5]
            if rate not in ("—",):
                if p[1] == 0:
                    fail(f"{name}: rate {rate} on a zero budget")
                else:
                    check(name, f"{row[0]} rate", rate, p[2] / p[1] * 100)


# ---------------------------------------------------------------- prose facts
def nums_in(text, ctx):
    if ctx not in text:
        fail(f"context not found: {ctx!r}")
        return None
    return [m.group() for m in NUM.finditer(ctx.replace(",", ""))]


def prose(name, facts):
    """facts: (kind, context, indexes...). Numbers are taken from the context as written."""
    text = TEXTS[name]
    for fact in facts:
        try:
            prose_fact(name, text, fact)
        except (IndexError, TypeError, ValueError) as exc:
            fail(f"{name}: malformed fact {fact[:2]}: {exc}")


def prose_fact(name, text, fact):
    if True:
        kind, ctx = fact[0], fact[1]
        n = nums_in(text, ctx)
        if n is None:
            fail(f"{name}: missing context {ctx!r}")
            return
        V = [D(x) for x in n]
        if kind == "sum":  # parts..., total
            parts, total = fact[2], fact[3]
            check(name, f"sum in {ctx!r}", n[total], sum(V[i] for i in parts))
        elif kind == "diff":  # a - b = c
            a, b, c = fact[2], fact[3], fact[4]
            check(name, f"difference in {ctx!r}", n[c], V[a] - V[b])
        elif kind == "rate":  # num / den * 100 = stated  (den may be a constant D)
            a, b, c = fact[2], fact[3], fact[4]
            den = b if isinstance(b, D) else V[b]
            num_ = a if isinstance(a, D) else V[a]
            check(name, f"rate in {ctx!r}", n[c], num_ / den * 100)
        elif kind == "ratio":  # num / den (* scale) = stated
            a, b, c = fact[2], fact[3], fact[4]
            scale = fact[5] if len(fact) > 5 else D(1)
            den = b if isinstance(b, D) else V[b]
            num_ = a if isinstance(a, D) else V[a]
            check(name, f"ratio in {ctx!r}", n[c], num_ / den * scale, approx="约" in ctx)
        elif kind == "avg":  # items..., stated mean
            items, c = fact[2], fact[3]
            check(name, f"average in {ctx!r}", n[c], sum(V[i] for i in items) / len(items))
        elif kind == "value":  # n[i] equals a constant
            i, const = fact[2], fact[3]
            if V[i] != D(const):
                fail(f"{name}: {ctx!r}: {n[i]} != {const}")
        elif kind == "calc":  # arbitrary: fact[2] is a function of V returning (stated, computed)
            stated_i, fn = fact[2], fact[3]
            check(name, f"calc in {ctx!r}", n[stated_i], fn(V), approx="约" in ctx)
        else:
            raise ValueError(kind)


def same_values(name, pattern, allowed):
    text = TEXTS[name]
    found = set(re.findall(pattern, text))
    if not found:
        fail(f"{name}: pattern {pattern} finds nothing")
    extra = found - set(allowed)
    if extra:
        fail(f"{name}: pattern {pattern} finds {sorted(extra)} beside {allowed}")


def years(name, year):
    text = TEXTS[name]
    for y in re.findall(r"截至(\d{4})年12月31日", text):
        if int(y) != year:
            fail(f"{name}: 截至{y}年12月31日 in a {year} report")
    for y in re.findall(r"结转至(\d{4})年", text):
        if int(y) <= year:
            fail(f"{name}: 结转至{y}年 in a {year} report")
    head = text[:300]
    if str(year) not in head:
        fail(f"{name}: evaluation year {year} not in the title")


# ---------------------------------------------------------------- the five projects
TEXTS = {}


def table_cells(name, marker):
    text = TEXTS[name]
    i = text.rfind(marker)
    if i < 0:
        fail(f"{name}: table marker {marker!r} not found")
        return []
    return cells_of(text[i:])


def p_qingjiangpu():
    name = "js-qingjiangpu-laojiuxq-2022"
    cells = table_cells(name, "附件：项目支出绩效自评表")
    check_funds_mof(name, cells, [
        ["年度资金总额", "2400.00", "2860.00", "2745.60", "10", "96.00%", "9.60"],
        ["其中：当年财政拨款", "2400.00", "2860.00", "2745.60", "—", "96.00%", "—"],
        ["上年结转资金", "0.00", "0.00", "0.00", "—", "—", "—"],
        ["其他资金", "0.00", "0.00", "0.00", "—", "—", "—"]])
    check_indicators(name, cells, [
        ("gte", "改造老旧小区数量", "≥15个", "16个", "10", "10"),
        ("gte", "受益居民户数", "≥4000户", "4218户", "10", "10"),
        ("gte", "雨污分流管网改造长度", "≥12公里", "12.8公里", "10", "10"),
        ("gte", "工程竣工验收合格率", "100%", "100%", "10", "10"),
        ("gte", "当年完工率", "100%", "93.75%", "5", "4.69"),
        ("lte", "平均每个小区改造投入", "≤180万元", "171.6万元", "5", "5"),
        ("qual", "小区居住环境改善情况", "明显改善", "明显改善", "10", "10"),
        ("gte", "消除小区安全隐患", "≥60处", "58处", "10", "9.67"),
        ("gte", "小区长效管理机制建立率", "≥90%", "100%", "10", "10"),
        ("gte", "居民满意度", "≥90%", "95.6%", "10", "10"),
    ], "mof", ["年度资金总额", "2400.00", "2860.00", "2745.60", "10", "96.00%", "9.60"],
        ["总分", "100", "98.96"], r"综合得分(\d+\.\d+)分，评价等级为“(.)”")
    prose(name, [
        ("sum", "年初预算2400.00万元，其中中央补助资金1320.00万元、省级补助资金220.00万元、区级配套资金860.00万元", [1, 2, 3], 0),
        ("sum", "年初预算2400.00万元，其中中央补助资金1320.00万元、省级补助资金220.00万元、区级配套资金860.00万元；年中省级追加补助资金460.00万元，全年预算调整为2860.00万元", [0, 4], 5),
        ("calc", "省级补助资金680.00万元，支付645.60万元", 0, lambda V: D("220.00") + D("460.00")),
        ("calc", "全年预算调整为2860.00万元", 0, lambda V: D("1320.00") + D("680.00") + D("860.00")),
        ("rate", "项目实际支出2745.60万元，预算执行率96.00%", 0, D("2860.00"), 1),
        ("rate", "省级补助资金680.00万元，支付645.60万元，支付率94.94%", 1, 0, 2),
        ("rate", "区级配套资金860.00万元，支付780.00万元，支付率90.70%", 1, 0, 2),
        ("calc", "项目实际支出2745.60万元", 0, lambda V: D("1320.00") + D("645.60") + D("780.00")),
        ("calc", "未支付的114.40万元", 0, lambda V: D("2860.00") - D("2745.60")),
        ("calc", "实际纳入改造16个（淮海街道5个、长东街道4个、清江街道4个、浦楼街道3个）", 0, lambda V: V[1] + V[2] + V[3] + V[4]),
        ("ratio", "平均每个小区改造投入171.6万元", D("2745.60"), D(16), 0),
        ("rate", "15个小区于年内完工，当年完工率93.75%", 0, D(16), 1),
        ("ratio", "每平方米改造投入约84元", D("2745.60"), D("32.6"), 0),
    ])
    same_values(name, r"居民(\d+)户", ["4218", "2906"])
    same_values(name, r"(\d+)户", ["4218", "2906", "4000"])
    same_values(name, r"管网(?:改造长度)?\t?(\d+\.\d+)公里", ["12.8"])
    years(name, 2022)


def p_nankai():
    name = "tj-nankai-elevator-2024"
    cells = table_cells(name, "项目支出绩效自评表\n（2024年度）")
    check_funds_mof(name, cells, [
        ["年度资金总额", "840.00", "840.00", "770.00", "10", "91.67%", "9.17"],
        ["其中：当年财政拨款", "840.00", "840.00", "770.00", "—", "91.67%", "—"],
        ["上年结转资金", "0", "0", "0", "—", "—", "—"],
        ["其他资金", "0", "0", "0", "—", "—", "—"]])
    ssum = check_indicators(name, cells, [
        ("gte", "加装电梯数量", "≥30部", "28部", "15", "14"),
        ("gte", "惠及居民户数", "≥600户", "632户", "10", "10"),
        ("gte", "电梯验收合格率", "100%", "100%", "10", "10"),
        ("lte", "补助资金拨付时限", "≤30个工作日", "18个工作日", "5", "5"),
        ("lte", "单部电梯补助金额", "≤28万元", "27.5万元", "10", "10"),
        ("gte", "受益60岁以上老年人数", "≥800人", "846人", "10", "10"),
        ("eq0", "加装电梯安全事故", "=0起", "0起", "10", "10"),
        ("gte", "维保责任落实率", "100%", "100%", "10", "10"),
        ("gte", "居民满意度", "≥90%", "95.8%", "10", "10"),
    ], "mof", ["年度资金总额", "840.00", "840.00", "770.00", "10", "91.67%", "9.17"],
        ["总分", "100", "98.17"], r"自评得分(\d+\.\d+)分，等级为(优|良|中|差)")
    prose(name, [
        ("sum", "840.00万元，其中市级补助资金420.00万元、区级配套资金420.00万元", [1, 2], 0),
        ("calc", "市级补助资金中210.00万元于2023年12月提前下达，其余210.00万元", 0, lambda V: D("420.00") - V[3]),
        ("rate", "全年共拨付加装电梯补助资金770.00万元，预算执行率91.67%", 0, D("840.00"), 1),
        ("calc", "其中市级补助资金支出385.00万元、区级配套资金支出385.00万元", 0, lambda V: D("770.00") - V[1]),
        ("ratio", "平均每部补助27.50万元", D("770.00"), D(28), 0),
        ("calc", "年末结余70.00万元", 0, lambda V: D("840.00") - D("770.00")),
        ("rate", "全年完成加装电梯28部，完成率93.33%", 0, D(30), 1),
        ("calc", "全年完成加装电梯28部，完成率93.33%。其中学府街道9部、万兴街道7部、向阳路街道6部、嘉陵道街道6部", 0, lambda V: V[2] + V[3] + V[4] + V[5]),
        ("avg", "分别为52天、48天、55天、49天，平均为51天", [0, 1, 2, 3], 4),
        ("rate", "惠及居民632户，完成率105.33%", 0, D(600), 1),
        ("calc", "户均出资约15300元", 0, lambda V: (D(62) - D("27.5")) * 28 / 632 * 10000),
        ("calc", "其中产出指标得分49分，效益指标得分30分，满意度指标得分10分，预算执行率得分9.17分", 0, lambda V: D(14) + 10 + 10 + 5 + 10),
        ("calc", "其中产出指标得分49分，效益指标得分30分，满意度指标得分10分，预算执行率得分9.17分", 1, lambda V: D(30)),
        ("calc", "本项目自评得分98.17分，等级为优。其中产出指标得分49分，效益指标得分30分，满意度指标得分10分，预算执行率得分9.17分", 0, lambda V: V[1] + V[2] + V[3] + V[4]),
    ])
    same_values(name, r"居民(\d+)户", ["632"])
    same_values(name, r"(\d+)部电梯", ["28", "2"])
    years(name, 2024)


def p_lusong():
    name = "hn-lusong-beijie-2021"
    cells = table_cells(name, "附：项目支出绩效自评表")
    check_funds_mof(name, cells, [
        ["年度资金总额", "1200.00", "1350.00", "1161.00", "10", "86.00%", "8.60"],
        ["其中：当年财政拨款", "1200.00", "1350.00", "1161.00", "—", "86.00%", "—"],
        ["上年结转资金", "0.00", "0.00", "0.00", "—", "—", "—"],
        ["其他资金", "0.00", "0.00", "0.00", "—", "—", "—"]])
    check_indicators(name, cells, [
        ("gte", "背街小巷改造条数", "≥40条", "42条", "10", "10"),
        ("gte", "新增及改造路灯", "≥300盏", "326盏", "5", "5"),
        ("gte", "雨污管网改造长度", "≥8公里", "7.2公里", "10", "9"),
        ("gte", "工程验收合格率", "100%", "100%", "10", "10"),
        ("gte", "当年完工率", "100%", "90.48%", "10", "9.05"),
        ("lte", "单位面积改造成本", "≤260元/平方米", "238元/平方米", "5", "5"),
        ("qual_partly", "群众出行条件改善", "明显改善", "部分达成，4条巷道尚未完工", "10", "6"),
        ("gte", "消除雨天积水点", "≥25处", "18处", "10", "7.2"),
        ("gte", "“巷长制”管理覆盖率", "≥90%", "100%", "10", "10"),
        ("gte", "群众满意度", "≥95%", "93.2%", "10", "9.81"),
    ], "mof", ["年度资金总额", "1200.00", "1350.00", "1161.00", "10", "86.00%", "8.60"],
        ["合计", "100", "89.66"], r"自评得分(\d+\.\d+)分，评价等级为“(.)”")
    prose(name, [
        ("calc", "年初预算1200.00万元，年中区政府追加区级资金150.00万元，全年预算1350.00万元", 2, lambda V: V[0] + V[1]),
        ("sum", "全年预算1350.00万元，其中省级资金300.00万元、市级资金450.00万元、区级资金600.00万元", [1, 2, 3], 0),
        ("rate", "项目累计支付1161.00万元，预算执行率86.00%", 0, D("1350.00"), 1),
        ("calc", "其中省级、市级资金750.00万元已全部支付", 0, lambda V: D("300.00") + D("450.00")),
        ("rate", "区级资金600.00万元，实际支出411.00万元，执行率68.50%", 1, 0, 2),
        ("calc", "项目累计支付1161.00万元", 0, lambda V: D("750.00") + D("411.00")),
        ("calc", "未支付的189.00万元", 0, lambda V: D("1350.00") - D("1161.00")),
        ("calc", "全年完成背街小巷提质改造42条", 0, lambda V: D(14) + D(16) + D(12)),
        ("value", "一标段（建设路街道）14条、二标段（庆云街道）16条、三标段（枫溪街道）12条", 1, 16),
        ("sum", "合同金额分别为386.40万元、452.80万元、397.20万元，合计1236.40万元", [0, 1, 2], 3),
        ("rate", "改造雨污管网7.2公里，完成年度目标的90%", 0, D(8), 1),
        ("calc", "剩余0.8公里", 0, lambda V: D(8) - D("7.2")),
        ("avg", "工程质量评分分别为92分、95分、94分，平均93.67分", [0, 1, 2], 3),
        ("rate", "42条巷道中38条于年内完工，当年完工率90.48%", 1, 0, 2),
        ("calc", "年度计划消除雨天积水点25处，实际消除18处，其余7处", 2, lambda V: V[0] - V[1]),
        ("calc", "全年预算执行率86.00%", 0, lambda V: D("1161.00") / D("1350.00") * 100),
    ])
    same_values(name, r"(\d+\.\d+)公里", ["7.2", "0.8", "18.6"])
    years(name, 2021)


def p_luzhou():
    name = "sx-luzhou-yuwu-2020"
    text = TEXTS[name]
    # funds table (Shanxi layout): 年度总金额, 小计, 中央, 省, 市, 县区, 上年结转, 其他
    fcells = cells_of(text[text.find("（二）预算执行情况"):text.find("（三）项目绩效目标")])
    rows = {}
    for label, key in (("年初预算资金", 1), ("全年预算资金", 2), ("实际到位资金", 3), ("全年执行资金", 4),
                       ("资金结余", 5), ("预算到位率", 6), ("预算执行率(%)", 7)):
        i = fcells.index(label)
        rows[key] = fcells[i + 2:i + 10]
    for key in (1, 2, 3, 4, 5):
        v = [num(c) for c in rows[key]]
        if v[0] != v[1] + v[6] + v[7]:
            fail(f"{name}: row ({key}) 年度总金额 != 小计 + 结转 + 其他")
        if v[1] != sum(v[2:6]):
            fail(f"{name}: row ({key}) 小计 != 中央 + 省 + 市 + 县区")
    for col in range(8):
        b, rcv, sp = num(rows[2][col]), num(rows[3][col]), num(rows[4][col])
        if num(rows[5][col]) != rcv - sp:
            fail(f"{name}: (5)=(3)-(4) fails in column {col}")
        for key, numer in ((6, rcv), (7, sp)):
            stated = rows[key][col]
            if b == 0:
                if num(stated) != 0:
                    fail(f"{name}: ({key}) column {col}: {stated} on a zero base")
            else:
                check(name, f"({key}) column {col}", stated, numer / b * 100)
    # body tables and 附件1
    body = cells_of(text[text.find("二、项目绩效情况"):text.find("三、项目绩效分析")])
    find_row(name, body, ["预算执行率", "10", "100%", "95%", "9.5"])
    find_row(name, body, ["居民满意度", "10", "≥90%", "94.5%", "10"])
    cells = table_cells(name, "附件1.项目支出绩效自评表")
    check_indicators(name, cells, [
        ("exec", "预算执行率", "10", "100%", "95%", "95%", "9.5"),
        ("gte", "改造老旧小区数量（个）", "10", "≥22个", "22个", "100%", "10"),
        ("gte", "新建雨水管网长度", "10", "≥9.5公里", "10.2公里", "107.37%", "10"),
        ("gte", "新建污水管网长度", "10", "≥7公里", "6.6公里", "94.29%", "9.43"),
        ("gte", "工程质量验收合格率", "10", "100%", "100%", "100%", "10"),
        ("date_lte", "项目完工时间", "5", "2020年11月30日前", "2020年11月20日", "100%", "5"),
        ("lte", "工程造价控制", "5", "≤1820万元", "1729万元", "100%", "5"),
        ("gte", "小区雨污混流点消除率", "10", "≥95%", "96.8%", "101.89%", "10"),
        ("gte", "受益居民户数", "10", "≥5000户", "5286户", "105.72%", "10"),
        ("gte", "管网设施移交管护率", "10", "100%", "100%", "100%", "10"),
        ("gte", "居民满意度", "10", "≥90%", "94.5%", "105.00%", "10"),
    ], "sx", None, ["总分", "100", "98.93"], r"总得分(\d+\.\d+)分，属于\"(优秀|良好|中等|较差)\"")
    # execution rate row of 附件1 against the funds table
    check(name, "附件1 execution rate", "95%", num(rows[4][0]) / num(rows[2][0]) * 100)
    prose(name, [
        ("sum", "年初预算1600.00万元，其中中央补助资金1000.00万元、省级补助资金300.00万元、区级配套资金300.00万元", [1, 2, 3], 0),
        ("calc", "8月区政府追加区级配套资金220.00万元，全年预算1820.00万元", 2, lambda V: D("1600.00") + V[1]),
        ("rate", "已支付1729.00万元，预算执行率95%", 0, D("1820.00"), 1),
        ("calc", "结余91.00万元", 0, lambda V: D("1820.00") - D("1729.00")),
        ("rate", "排查雨污混流点312处，消除302处，消除率96.8%", 1, 0, 2),
        ("calc", "新建雨水管网10.2公里、污水管网6.6公里", 0, lambda V: D("10.2")),
        ("calc", "新建雨水管网10.2公里、污水管网6.6公里", 1, lambda V: D("6.6")),
        ("calc", "惠及居民5286户", 0, lambda V: D(5286)),
        ("calc", "满意度达94.5%", 0, lambda V: D("94.5")),
    ])
    same_values(name, r"污水管网(?:长度)?\s*(\d+\.\d+)公里", ["6.6"])
    years(name, 2020)


def p_pengjiang():
    name = "gd-pengjiang-tingche-2019"
    cells = table_cells(name, "附件：2019年度项目支出绩效自评表")
    check_funds_mof(name, cells, [
        ["年度资金总额", "680.00", "620.00", "589.00", "10", "95.00%", "9.50"],
        ["其中：当年财政拨款", "680.00", "620.00", "589.00", "—", "95.00%", "—"],
        ["上年结转资金", "—", "—", "—", "—", "—", "—"],
        ["其他资金", "—", "—", "—", "—", "—", "—"]])
    check_indicators(name, cells, [
        ("gte", "新增小区停车位数量", "≥1200个", "1268个", "15", "15"),
        ("gte", "改造小区停车场数量", "≥18个", "18个", "10", "10"),
        ("gte", "验收合格率", "100%", "100%", "10", "10"),
        ("gte", "按期完工率", "100%", "94.44%", "5", "4.72"),
        ("lte", "单个停车位建设成本", "≤5000元", "4645元", "10", "10"),
        ("gte", "小区乱停放投诉量下降率", "≥30%", "36.5%", "10", "10"),
        ("gte", "整改消防通道占用问题", "≥50处", "46处", "10", "9.20"),
        ("qual", "停车位日常管养机制", "建立", "已建立", "10", "10"),
        ("gte", "居民满意度", "≥85%", "92.3%", "10", "10"),
    ], "mof", ["年度资金总额", "680.00", "620.00", "589.00", "10", "95.00%", "9.50"],
        ["总分", "100", "98.42"], r"自评总分(\d+\.\d+)分，自评等级为(优秀|良好|中等|较差)")
    prose(name, [
        ("calc", "2019年年初预算680.00万元", 1, lambda V: D("620.00") + D("60.00")),
        ("sum", "全年预算调整为620.00万元，其中省级补助资金200.00万元、区级配套资金420.00万元", [1, 2], 0),
        ("calc", "核减工程造价60.00万元，全年预算调整为620.00万元", 1, lambda V: D("680.00") - V[0]),
        ("calc", "全年资金到位620.00万元，到位率100%", 1, lambda V: V[0] / D("620.00") * 100),
        ("rate", "实际支出589.00万元，预算执行率95.00%", 0, D("620.00"), 1),
        ("calc", "结余31.00万元", 0, lambda V: D("620.00") - D("589.00")),
        ("rate", "全年新增停车位1268个，完成年度目标的105.67%", 0, D(1200), 1),
        ("rate", "17个小区按期完工，按期完工率94.44%", 0, D(18), 1),
        ("ratio", "平均每个停车位建设成本约4645元", D("589.00"), D(1268), 0, D(10000)),
        ("calc", "投诉254宗，较2018年的400宗下降36.5%", 3, lambda V: (V[2] - V[0]) / V[2] * 100),
        ("calc", "一是预算执行率95.00%，扣0.50分", 1, lambda V: 10 - D("9.50")),
        ("calc", "二是按期完工率未达100%，扣0.28分", 1, lambda V: 5 - D("4.72")),
        ("calc", "整改消防通道占用问题46处，未达到50处的目标", 0, lambda V: D(46)),
    ])
    same_values(name, r"停车位(\d+)个", ["1268", "1200"])
    years(name, 2019)


# ---------------------------------------------------------------- labels and edits
def check_labels():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    clean = {r["source"]: r for r in labels if r["clean"]}
    if len(clean) != 5 or len(labels) != 35:
        fail(f"expected 5 clean + 30 error cases, got {len(clean)} + {len(labels) - len(clean)}")
    counts = {c: 0 for c in CODES}
    per_source = {}
    for rec in labels:
        path = os.path.join(CASES, rec["case"])
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expected findings")
            n = len(text)
            if not 3000 <= n <= 5000:
                fail(f"{rec['case']}: {n} characters, outside 3000-5000")
            continue
        per_source[rec["source"]] = per_source.get(rec["source"], 0) + 1
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one label")
        with open(os.path.join(CASES, rec["source"] + "-clean.txt"), encoding="utf-8") as fh:
            base = fh.read()
        if text == base:
            fail(f"{rec['case']}: identical to its clean draft")
            continue
        # one contiguous changed place
        p = 0
        while p < min(len(text), len(base)) and text[p] == base[p]:
            p += 1
        s = 0
        while s < min(len(text), len(base)) - p and text[-1 - s] == base[-1 - s]:
            s += 1
        region = (p, len(text) - s)
        old = base[p:len(base) - s]
        new = text[p:len(text) - s]
        if len(old) > 80 or len(new) > 80:
            fail(f"{rec['case']}: changed place too long ({old!r} -> {new!r})")
        for exp in rec["expected"]:
            if exp["code"] not in CODES or exp["severity"] != "error":
                fail(f"{rec['case']}: bad code/severity {exp['code']}/{exp['severity']}")
            counts[exp["code"]] = counts.get(exp["code"], 0) + 1
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                fail(f"{rec['case']}: value not found: {v!r}")
            elif not any(o < max(region[1], region[0] + 1) and region[0] < o + len(v) for o in occ):
                fail(f"{rec['case']}: value {v!r} does not cover the changed place {new!r}")
    for src, n in per_source.items():
        if n != 6:
            fail(f"{src}: {n} error cases, expected 6")
    for c in CODES:
        if counts[c] < 2:
            fail(f"code {c} occurs {counts[c]} times, at least 2 required")
    return counts


def main():
    for f in sorted(os.listdir(CASES)):
        if f.endswith("-clean.txt"):
            with open(os.path.join(CASES, f), encoding="utf-8") as fh:
                TEXTS[f[:-len("-clean.txt")]] = fh.read()
    p_qingjiangpu()
    p_nankai()
    p_lusong()
    p_luzhou()
    p_pengjiang()
    counts = check_labels()
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("codes:", ", ".join(f"{c} {counts[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
