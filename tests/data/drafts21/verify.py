#!/usr/bin/env python3
"""Check set n21: labels, edit sizes, and the arithmetic of every clean draft.

Pure Python 3.  Prints OK on success, otherwise lists every problem and exits 1.
"""
import difflib
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PROBLEMS = []
NCHECKS = [0]


def fail(msg):
    PROBLEMS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers
NUM = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def num(s):
    """First number in s as Decimal (commas removed)."""
    m = NUM.search(s)
    if not m:
        raise ValueError(f"no number in {s!r}")
    return Decimal(m.group(0).replace(",", ""))


def decimals(s):
    m = NUM.search(s)
    t = m.group(0)
    return len(t.split(".")[1]) if "." in t else 0


def close(stated, computed, where, strict=False):
    """rules.md §8: stated string with d decimals vs computed value (half a unit of the last digit)."""
    NCHECKS[0] += 1
    v = num(stated)
    tol = Decimal("0.005") if strict else Decimal(5) / (Decimal(10) ** (decimals(stated) + 1))
    if abs(Decimal(computed) - v) > tol + Decimal("1e-9"):
        fail(f"{where}: stated {stated} vs computed {Decimal(computed):.4f}")


def must(text, s, where):
    NCHECKS[0] += 1
    if s not in text:
        fail(f"{where}: expected text not found: {s!r}")


# ---------------------------------------------------------------- tables
def table(text, header_start):
    """Rows (lists of stripped cells) of the pipe table whose header line starts with header_start."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.lstrip("| ").startswith(header_start) and "|" in line:
            rows = []
            for l in lines[i:]:
                if "|" not in l:
                    break
                cells = [c.strip() for c in l.strip().strip("|").split("|")]
                rows.append(cells)
            return rows
    raise ValueError(f"table {header_start!r} not found")


def col(rows, name):
    for j, h in enumerate(rows[0]):
        if h.startswith(name):
            return j
    raise ValueError(f"column {name!r} not in {rows[0]}")


def is_num(c):
    return bool(re.fullmatch(r"-?[\d,]+(?:\.\d+)?%?", c))


def check_column_sums(rows, total_label, cols, where, parts=None):
    """Total row equals the sum of the other data rows (or of rows named in parts) per column."""
    hdr = rows[0]
    body = [r for r in rows[1:] if r[0] != total_label and not r[0].endswith("小计")]
    if parts is not None:
        body = [r for r in rows[1:] if r[0] in parts]
    tot = [r for r in rows[1:] if r[0] == total_label]
    if not tot:
        fail(f"{where}: no row {total_label}")
        return
    for c in cols:
        j = col(rows, c)
        vals = [num(r[j]) for r in body if is_num(r[j])]
        close(tot[0][j], sum(vals), f"{where} column {hdr[j]} total", strict=True)


def rate_cell(cell, numer, denom, where):
    if denom == 0:
        NCHECKS[0] += 1
        if cell not in ("—", "-", "0", "0.00%"):
            fail(f"{where}: rate {cell} on a zero base")
        return
    close(cell, numer / denom * 100, where)


# ---------------------------------------------------------------- indicator tables
def parse_date(s):
    m = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def expected_score(target, actual, w):
    """Score and completion (%) by rules.md §5; None completion where not numeric."""
    t, a = target.replace(",", ""), actual.replace(",", "")
    if parse_date(t) and parse_date(a):
        ok = parse_date(a) <= parse_date(t)
        return (w if ok else None), Decimal(100) if ok else None
    if not NUM.search(t) or not NUM.search(a):
        return (w if t == a else None), (Decimal(100) if t == a else None)
    T, A = num(t), num(a)
    if t.startswith("≤"):
        comp = Decimal(100) if A <= T else T / A * 100
        return (w if A <= T else w * T / A), comp
    if t.startswith("=") and T == 0 or (T == 0 and not t.startswith("≥")):
        return (w if A <= 0 else Decimal(0)), None
    comp = A / T * 100
    return (w if A >= T else w * A / T), comp


def check_indicators(text, where, header="一级指标", total_labels=("合计", "总分")):
    rows = table(text, header)
    iw, isc = col(rows, "分值"), col(rows, "得分")
    it = col(rows, "年度指标值") if any(h.startswith("年度指标值") for h in rows[0]) else col(rows, "指标值")
    ia = col(rows, "实际完成值")
    ic = col(rows, "完成率") if any(h.startswith("完成率") for h in rows[0]) else None
    data = [r for r in rows[1:] if r[0] not in total_labels and not r[0].endswith("小计")]
    wsum = sum(num(r[iw]) for r in data)
    ssum = sum(num(r[isc]) for r in data)
    tot = [r for r in rows[1:] if r[0] in total_labels][0]
    NCHECKS[0] += 1
    if wsum != 100 or num(tot[iw]) != 100:
        fail(f"{where}: weights sum {wsum}, stated {tot[iw]}")
    close(tot[isc], ssum, f"{where} total score", strict=True)
    for sub in [r for r in rows[1:] if r[0].endswith("小计")]:
        grp = sub[0][:-2]
        members = [r for r in data if r[0] == grp]
        close(sub[iw], sum(num(r[iw]) for r in members), f"{where} {sub[0]} weight", strict=True)
        close(sub[isc], sum(num(r[isc]) for r in members), f"{where} {sub[0]} score", strict=True)
    for r in data:
        w, s = num(r[iw]), num(r[isc])
        NCHECKS[0] += 1
        if s > w or s < 0:
            fail(f"{where}: row {r[2]} score {s} outside [0, {w}]")
        exp, comp = expected_score(r[it], r[ia], w)
        if exp is None:
            fail(f"{where}: row {r[2]} cannot be scored ({r[it]} / {r[ia]})")
            continue
        close(r[isc], exp, f"{where} row {r[2]} score", strict=True)
        if ic is not None and comp is not None:
            close(r[ic], comp, f"{where} row {r[2]} completion")
    return num(tot[isc])


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


def check_conclusion(text, total, where, pattern):
    m = re.search(pattern, text)
    if not m:
        fail(f"{where}: conclusion not found")
        return
    close(m.group(1), total, f"{where} conclusion score", strict=True)
    NCHECKS[0] += 1
    if not m.group(2).startswith(grade_of(total)):
        fail(f"{where}: grade {m.group(2)} for {total}")


def check_funds(text, header, where, annual="全年预算数", spent="全年执行数", rate="执行率",
                received=None, rrate=None, balance=None, total="合计", cols=()):
    rows = table(text, header)
    ia, ie, ir = col(rows, annual), col(rows, spent), col(rows, rate)
    for r in rows[1:]:
        rate_cell(r[ir], num(r[ie]), num(r[ia]), f"{where} {r[0]} {rate}")
        if received:
            ig = col(rows, received)
            if rrate:
                rate_cell(r[col(rows, rrate)], num(r[ig]), num(r[ia]), f"{where} {r[0]} {rrate}")
            if balance:
                close(r[col(rows, balance)], num(r[ig]) - num(r[ie]), f"{where} {r[0]} {balance}", strict=True)
    check_column_sums(rows, total, cols, where)
    return rows


# ---------------------------------------------------------------- per project
def A(text):
    w = "zhalaite"
    rows = check_funds(text, "资金来源", w, received="实际到位", rrate="到位率", balance="结余",
                       cols=("年初预算数", "全年预算数", "实际到位", "全年执行数", "结余"))
    close("4,650.00", Decimal(3255) + 930 + 465, w + " sources")
    close("70%", Decimal(3255) / 4650 * 100, w + " 70%"); close("20%", Decimal(930) / 4650 * 100, w + " 20%")
    close("10%", Decimal(465) / 4650 * 100, w + " 10%")
    close("12,600.00", Decimal(3800) + 4650 + 4150, w + " three years")
    close("1.26", Decimal(12600) / 10000, w + " 亿元")
    close("38.6", Decimal("16.4") + Decimal("22.2"), w + " lining km")
    close("22.2", Decimal("6.80") + Decimal("5.40") + Decimal("4.60") + Decimal("5.40"), w + " branch canals")
    close("126", 18 + 52 + 56, w + " structures")
    close("155.00", Decimal(465) - 310, w + " not arrived")
    close("226.65", Decimal("122.58") + Decimal("11.86") + Decimal("92.21"), w + " balance parts")
    must(text, "结余226.65万元，其中预留施工质保金122.58万元、监理费尾款11.86万元、量水设施采购款92.21万元", w)
    close("122.58", Decimal("1225768.16") / 10000, w + " 质保金 in 万元")
    close("11.86", Decimal("1186000") - Decimal("1067400"), w + " 监理尾款") if False else \
        close("11.86", (Decimal("1186000") - Decimal("1067400")) / 10000, w + " 监理尾款")
    p = table(text, "支出项目")
    for r in p[1:4]:
        close(r[4], num(r[2]) * Decimal("0.03"), f"{w} {r[0]} 3% retention", strict=True)
        close(r[3], num(r[2]) - num(r[4]), f"{w} {r[0]} paid", strict=True)
    check_column_sums(p, "施工小计", ("合同价", "结算审定价", "2018年支付", "预留质保金"), w + " pay",
                      parts=("施工一标段", "施工二标段", "施工三标段"))
    check_column_sums(p, "合计", ("2018年支付",), w + " pay total")
    close(p[-1][3], Decimal("4268.35") * 10000, w + " paid = executed", strict=True)
    # bids: control price, discount, average
    for ctrl, bid, r in (("18563606.66", "17286430.52", "6.88%"), ("14993227.86", "14105628.77", "5.92%"),
                         ("10560357.00", "9862317.40", "6.61%")):
        close(r, (Decimal(ctrl) - Decimal(bid)) / Decimal(ctrl) * 100, w + " 下浮率")
    must(text, "平均下浮率6.47%", w)
    close("6.47%", (Decimal("6.88") + Decimal("5.92") + Decimal("6.61")) / 3, w + " average")
    sub = [Decimal("17652318.40"), Decimal("14386905.10"), Decimal("10215470.36")]
    aud = [Decimal(num(r[2])) for r in p[1:4]]
    close("42,254,693.86", sum(sub), w + " 送审"); close("1,395,755.51", sum(sub) - sum(aud), w + " 审减")
    for s_, a_, c_ in zip(sub, aud, ("547,756.22", "428,664.45", "419,334.84")):
        close(c_, s_ - a_, w + " 审减 each", strict=True)
    close("3.30%", (sum(sub) - sum(aud)) / sum(sub) * 100, w + " 审减率")
    close("88.64%", Decimal(39) / 44 * 100, w + " 优良率")
    close("31,062,802.83", aud[0] + aud[1], w + " lining cost", strict=True)
    close("80.47", (aud[0] + aud[1]) / Decimal("38.6") / 10000, w + " per km")
    close("688.44", Decimal("42683500") / 62000, w + " per mu")
    close("8,068.35", Decimal(3800) + Decimal("4268.35"), w + " cumulative")
    close("64.03%", (Decimal(3800) + Decimal("4268.35")) / 12600 * 100, w + " cumulative share")
    must(text, "截至2018年12月31日，项目累计完成投资8,068.35万元，占概算总投资的64.03%", w)
    close("100.54%", Decimal(1860) / 1850 * 100, w + " water saving")
    close("93.5%", Decimal(374) / 400 * 100, w + " satisfaction")
    close("570.00", Decimal(155) + 415, w + " 2019 county funds"); close("415.00", Decimal(4150) / 10, w + " 2019 10%")
    total = check_indicators(text, w)
    close("9.18", Decimal(10) * Decimal("4268.35") / 4650, w + " execution score", strict=True)
    check_conclusion(text, total, w, r"自评得分([\d.]+)分，评价等级为\"(.)\"")


def B(text):
    w = "aihui"
    check_funds(text, "资金来源", w, cols=("年初预算数", "全年预算数", "实际到位", "全年执行数"))
    close("113.28", Decimal(2960) - Decimal("2846.72"), w + " balance")
    must(text, "结余113.28万元", w)
    close("2,420.00", Decimal(1800) + 620, w + " initial"); close("2,960.00", Decimal(2420) + 540, w + " annual")
    close("2,340.00", Decimal(1800) + 540, w + " central")
    close("1,386.2", Decimal("186.4") + Decimal("412.7") + Decimal("787.1"), w + " road network")
    close("210,600", Decimal("46.8") * 1000 * Decimal("4.5"), w + " area"); close("45,500", Decimal("18.2") * 1000 * Decimal("2.5"), w + " widening area")
    close("65.0", Decimal("46.8") + Decimal("18.2"), w + " km")
    p = table(text, "合同 |")
    for r in p[1:4]:
        close(r[4], num(r[2]) - num(r[3]), f"{w} {r[0]} 审减", strict=True)
        close(r[6], num(r[3]) * Decimal("0.03"), f"{w} {r[0]} 质保金", strict=True)
        close(r[5], num(r[3]) - num(r[6]), f"{w} {r[0]} paid", strict=True)
    check_column_sums(p, "施工小计", ("合同价", "送审金额", "审定金额", "审减金额", "本年支付", "预留质保金"), w + " pay",
                      parts=("施工一标段", "施工二标段", "施工三标段"))
    check_column_sums(p, "合计", ("本年支付",), w + " pay total")
    close(p[-1][5], Decimal("2846.72") * 10000, w + " paid = executed", strict=True)
    close("46.80", Decimal("468000") / 10000, w + " 监理 contract")
    close("2.98%", Decimal("846276.32") / Decimal("28441247.49") * 100, w + " 审减率")
    aud = [num(r[3]) for r in p[1:4]]
    close("22,404,644.70", aud[0] + aud[1], w + " village roads", strict=True)
    close("47.87", (aud[0] + aud[1]) / Decimal("46.8") / 10000, w + " per km")
    close("106.38", (aud[0] + aud[1]) / 210600, w + " per m2")
    close("28.52", aud[2] / Decimal("18.2") / 10000, w + " widening per km")
    close("1.49", Decimal("49.36") - Decimal("47.87"), w + " vs 2018")
    close("97.6%", Decimal(244) / 250 * 100, w + " flatness"); close("94.5%", Decimal(189) / 200 * 100, w + " satisfaction")
    close("12.6%", (Decimal("0.95") - Decimal("0.83")) / Decimal("0.95") * 100, w + " transport cost")
    close("2.4", Decimal(15) - Decimal("12.6"), w + " gap"); close("4.68", Decimal("46.8") * 1000 / 10000, w + " maintenance")
    total = check_indicators(text, w)
    check_conclusion(text, total, w, r"项目自评得分([\d.]+)分，等级为(.)")


def C(text):
    w = "benxi"
    rows = check_funds(text, "资金来源", w, cols=("年初预算数", "调整数", "全年预算数", "实际到位", "全年执行数"))
    for r in rows[1:]:
        close(r[3], num(r[1]) + num(r[2]), f"{w} {r[0]} adjusted", strict=True)
    close("98.04%", Decimal(7010) / 7150 * 100, w + " 到位率")
    close("682.54", Decimal(7010) - Decimal("6327.46"), w + " balance")
    close("682.54", Decimal("237.54") + Decimal("445.00"), w + " balance parts")
    close("237.54", Decimal(1850) - Decimal("1612.46"), w + " city balance"); close("445.00", Decimal(1960) - 1515, w + " firm balance")
    close("140.00", Decimal(2100) - 1960, w + " firm shortfall")
    close("58.40", Decimal("21.60") + Decimal("16.80") + Decimal("13.20") + Decimal("6.80"), w + " secondary km")
    must(text, "58.40公里，其中平山区21.60公里、明山区16.80公里、溪湖区13.20公里、南芬区6.80公里", w)
    close("6,020.00", Decimal("2860.40") + Decimal("1773.08") + Decimal("1386.52"), w + " works")
    must(text, "工程费用6,020.00万元（一次网2,860.40万元、二次网1,773.08万元、换热站1,386.52万元）", w)
    close("1,130.00", Decimal(186) + Decimal("142.60") + Decimal("38.40") + 763, w + " other costs")
    close("7,150.00", Decimal(6020) + 1130, w + " investment")
    p = table(text, "合同名称")
    check_column_sums(p, "合计", ("合同价", "本年支付"), w + " pay")
    close(p[-1][3], Decimal("6327.46") * 10000, w + " paid = executed", strict=True)
    close("2,860.40", (num(p[1][1]) + num(p[2][1])) / 10000, w + " primary contracts")
    close("1,773.08", num(p[3][1]) / 10000, w + " secondary contract"); close("1,386.52", num(p[4][1]) / 10000, w + " stations contract")
    for r in p[1:4]:
        close(r[3], num(r[2]) * Decimal("0.97"), f"{w} {r[0]} 97%", strict=True)
    for r, v in zip(p[5:9], ("186.00", "142.60", "38.40", "763.00")):
        close(v, num(r[1]) / 10000, f"{w} {r[0]} contract")
    close("1,140,800.00", Decimal("1426000") * Decimal("0.8"), w + " 监理 80%")
    close("28,196,334.16", num(p[1][2]) + num(p[2][2]), w + " primary audited", strict=True)
    close("1,122,318.54", Decimal("29318652.70") - Decimal("28196334.16"), w + " 审减", strict=True)
    close("3.83%", Decimal("1122318.54") / Decimal("29318652.70") * 100, w + " 审减率")
    close("29.82", num(p[3][2]) / Decimal("58.40") / 10000, w + " secondary per km audited")
    close("30.36", Decimal("1773.08") / Decimal("58.40"), w + " secondary per km contract")
    close("231.42", Decimal("2860.40") / Decimal("12.36"), w + " primary per km"); close("99.04", Decimal("1386.52") / 14, w + " per station")
    close("95.2%", Decimal(3570) / 3750 * 100, w + " welds"); close("93.5%", Decimal(1870) / 2000 * 100, w + " room temp")
    close("8.6%", (Decimal(1268) - 1159) / 1268 * 100, w + " complaints"); close("82.6%", Decimal(394) / 477 * 100, w + " satisfaction")
    total = check_indicators(text, w, total_labels=("总分",))
    close("8.85", Decimal(10) * Decimal("6327.46") / 7150, w + " execution score", strict=True)
    check_conclusion(text, total, w, r"自评得分([\d.]+)分，评价等级为(..)")


def Dn(text):
    w = "dunhua"
    rows = table(text, "项目 | 行次")
    get = {r[0]: r for r in rows[1:]}
    for j in range(2, 7):
        for name in ("年初预算数", "全年预算数", "实际到位数", "全年执行数"):
            pass
        rate_cell(get["到位率(%)"][j] + "%", num(get["实际到位数"][j]), num(get["全年预算数"][j]), f"{w} 到位率 col {j}")
        rate_cell(get["执行率(%)"][j] + "%", num(get["全年执行数"][j]), num(get["全年预算数"][j]), f"{w} 执行率 col {j}")
    for name in ("年初预算数", "全年预算数", "实际到位数", "全年执行数"):
        close(get[name][2], sum(num(c) for c in get[name][3:7]), f"{w} {name} row total", strict=True)
    close("197.36", Decimal(3716) - Decimal("3518.64"), w + " balance"); must(text, "年末结余197.36万元", w)
    close("5,186.00", Decimal(3600) + 1036 + 550, w + " sources"); close("0.5186", Decimal(5186) / 10000, w + " 亿元")
    close("3,600.00", Decimal(1000) + 2600, w + " central"); close("1,036.00", Decimal(300) + 736, w + " province")
    close("550.00", Decimal(200) + 350, w + " city"); close("1,500.00", Decimal(1000) + 300 + 200, w + " 2021 budget")
    close("80.00", Decimal(1500) - 1420, w + " 2021 balance"); close("3,766.00", Decimal(2230) + 800 + 736, w + " annual")
    close("8.64", Decimal("4.86") + Decimal("3.78"), w + " dike banks"); must(text, "8.64公里（左岸4.86公里、右岸3.78公里）", w)
    close("8.64", Decimal("3.20") + Decimal("5.44"), w + " dike years"); close("6.35", Decimal("2.10") + Decimal("4.25"), w + " dredge years")
    people = [6120, 5480, 4860, 5140]
    close("21,600", sum(people), w + " people"); close("2.16", Decimal(sum(people)) / 10000, w + " 万人")
    close("5,400", Decimal(sum(people)) / 4, w + " average"); must(text, "村均5,400人", w)
    close("4,938.64", Decimal(1420) + Decimal("3518.64"), w + " cumulative"); close("95.23%", Decimal("4938.64") / 5186 * 100, w + " share")
    close("529.18", Decimal(5186) / Decimal("9.80"), w + " per km river"); close("50.00", Decimal(350) - 300, w + " city shortfall")
    p = table(text, "合同名称")
    for r in p[1:-1]:
        close(r[4], num(r[2]) + num(r[3]), f"{w} {r[0]} cumulative", strict=True)
        if is_num(r[1]) and is_num(r[5]):
            close(r[5], num(r[4]) / num(r[1]) * 100, f"{w} {r[0]} paid share")
    check_column_sums(p, "合计", ("截至2021年底累计支付", "2022年支付", "累计支付"), w + " pay")
    close(p[-1][2], Decimal(1420) * 10000, w + " 2021 paid", strict=True)
    close(p[-1][3], Decimal("3518.64") * 10000, w + " 2022 paid", strict=True)
    close(p[-1][4], Decimal("4938.64") * 10000, w + " cumulative paid", strict=True)
    close("2,903,340.58", Decimal("14516702.90") * Decimal("0.2"), w + " advance")
    total = check_indicators(text, w)
    close("9.34", Decimal(10) * Decimal("3518.64") / 3766, w + " execution score", strict=True)
    check_conclusion(text, total, w, r"得分([\d.]+)分，等级为(.)")


def E(text):
    w = "kulun"
    check_funds(text, "资金来源", w, cols=("年初预算数", "全年预算数", "实际到位", "全年执行数"))
    close("188.15", Decimal(2260) - Decimal("2071.85"), w + " balance"); close("188.15", Decimal(580) - Decimal("391.85"), w + " county balance")
    close("1,260.00", Decimal(900) + 360, w + " central"); close("1,480.00", Decimal(900) + 580, w + " initial")
    close("11", 7 + 4, w + " bridges")
    b = table(text, "序号")
    for r in b[1:-1]:
        close(r[8], num(r[6]) - num(r[7]), f"{w} {r[1]} 核减", strict=True)
    tot = b[-1]
    for j in (5, 6, 7, 8):
        close(tot[j], sum(num(r[j]) for r in b[1:-1]), f"{w} bridge col {b[0][j]}", strict=True)
    close("386.4", num(tot[5]), w + " length")
    aud = num(tot[7])
    close("557,548.37", aud * Decimal("0.03"), w + " retention", strict=True)
    close("18,027,397.43", aud - Decimal("557548.37"), w + " paid works", strict=True)
    close("20,718,500.00", Decimal("18027397.43") + 680000 + 412000 + 236000 + Decimal("1363102.57"), w + " spent", strict=True)
    close("20,718,500.00", Decimal("2071.85") * 10000, w + " spent = executed", strict=True)
    close("4.81", aud / num(tot[5]) / 10000, w + " per metre"); close("0.21", Decimal("5.02") - Decimal("4.81"), w + " vs 2022")
    close("96.4%", Decimal(241) / 250 * 100, w + " satisfaction"); close("1.5", Decimal(12) - Decimal("10.5"), w + " detour gap")
    total = check_indicators(text, w)
    close("9.17", Decimal(10) * Decimal("2071.85") / 2260, w + " execution score", strict=True)
    check_conclusion(text, total, w, r"自评得分([\d.]+)分，评价等级为\"(.)\"")


def F(text):
    w = "meihekou"
    close("13,862", Decimal(6800) + 4200 + 2862, w + " sources"); close("1.3862", Decimal(13862) / 10000, w + " 亿元")
    must(text, "项目总投资1.3862亿元，其中超长期特别国债资金6,800.00万元、地方政府专项债券资金4,200.00万元、燃气企业自筹资金2,862.00万元", w)
    close("9,600.00", Decimal(2800) + 6800, w + " annual")
    close("8,746.28", Decimal("5946.28") + 2800, w + " executed"); close("91.11%", Decimal("8746.28") / 9600 * 100, w + " rate")
    close("853.72", Decimal(9600) - Decimal("8746.28"), w + " balance"); close("853.72", Decimal(6800) - Decimal("5946.28"), w + " bond balance")
    close("9,326.40", Decimal("8746.28") + Decimal("580.12"), w + " investment 2024"); close("67.28%", Decimal("9326.40") / 13862 * 100, w + " share")
    p = table(text, "合同名称")
    check_column_sums(p, "合计", ("合同价", "2024年支付"), w + " pay")
    close(p[-1][3], Decimal("8746.28") * 10000, w + " paid = executed", strict=True)
    close(p[1][3], num(p[1][2]) * Decimal("0.97"), w + " lot1 97%", strict=True)
    close(p[4][3], num(p[4][1]) * Decimal("0.7"), w + " supervision 70%", strict=True)
    close("1,288,507.23", Decimal("39206771.38") - num(p[1][2]), w + " 审减", strict=True)
    close("3.29%", Decimal("1288507.23") / Decimal("39206771.38") * 100, w + " 审减率")
    close("1,137,547.92", num(p[1][2]) - num(p[1][3]), w + " retention", strict=True)
    close("141.75", num(p[1][2]) / Decimal("26.75") / 10000, w + " per km")
    close("1.246", Decimal(12460) / 10000, w + " households"); must(text, "户内设施改造完成12,460户", w)
    close("99.1%", Decimal(216) / 218 * 100, w + " pressure test"); close("93.6%", Decimal(468) / 500 * 100, w + " satisfaction")
    close("6", 60 - 54, w + " boxes left this year")
    close("15.70", Decimal("64.30") - Decimal("48.60"), w + " low-pressure left"); must(text, "低压管道15.70公里、户内燃气设施5,740户、调压箱32台", w)
    close("5,740", 18200 - 12460, w + " households left"); close("32", 86 - 54, w + " boxes left")
    close("1,400.00", Decimal(4200) - 2800, w + " bonds left"); close("34.35%", (Decimal(131) - 86) / 131 * 100, w + " repairs")
    total = check_indicators(text, w)
    close("9.11", Decimal(10) * Decimal("8746.28") / 9600, w + " execution score", strict=True)
    check_conclusion(text, total, w, r"自评得分([\d.]+)分，评价等级为(..)")


CHECKS = {
    "zhalaite-irrigation-2018": A,
    "aihui-ruralroad-2019": B,
    "benxi-heatingpipe-2020": C,
    "dunhua-rivertreatment-2022": Dn,
    "kulun-bridgerepair-2023": E,
    "meihekou-gaspipe-2024": F,
}


# ---------------------------------------------------------------- labels and edits
def changed_segment(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return a[p:len(a) - s], b[p:len(b) - s]


def check_labels():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    codes = {}
    for rec in labels:
        text = read(rec["case"])
        clean = read(rec["source"] + "-clean.txt")
        if rec["clean"]:
            NCHECKS[0] += 1
            if rec["expected"] or text != clean:
                fail(f"{rec['case']}: clean record malformed")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one label")
        for exp in rec["expected"]:
            codes.setdefault(exp["code"], set()).add(rec["source"])
            NCHECKS[0] += 1
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity {exp['severity']}")
            if text.count(exp["value"]) != 1:
                fail(f"{rec['case']}: value occurs {text.count(exp['value'])}x in case: {exp['value']!r}")
            if exp["value"] in clean:
                fail(f"{rec['case']}: value occurs in the clean draft: {exp['value']!r}")
        # edit size: one line changed (or two adjacent rows for score edits), ≤ 16 characters each
        la, lb = clean.split("\n"), text.split("\n")
        NCHECKS[0] += 1
        if len(la) != len(lb):
            fail(f"{rec['case']}: line count changed")
            continue
        diff = [i for i, (x, y) in enumerate(zip(la, lb)) if x != y]
        multi_ok = rec["expected"][0]["code"] in ("score_sum_mismatch", "score_exceeds_weight", "weight_sum_mismatch")
        if not diff:
            fail(f"{rec['case']}: identical to clean")
        elif len(diff) > 2 or (len(diff) == 2 and (not multi_ok or diff[1] - diff[0] != 1)):
            fail(f"{rec['case']}: edit touches lines {diff}")
        for i in diff:
            old, new = changed_segment(la[i], lb[i])
            if max(len(old), len(new)) > 16:
                fail(f"{rec['case']}: edit on line {i + 1} too long: {old!r} -> {new!r}")
        # the labelled value must cover the changed text
        m = difflib.SequenceMatcher(None, clean, text, autojunk=False)
        start = text.find(rec["expected"][0]["value"])
        end = start + len(rec["expected"][0]["value"])
        for tag, i1, i2, j1, j2 in m.get_opcodes():
            if tag != "equal" and len(diff) == 1 and not (j1 < end and j2 >= start):
                fail(f"{rec['case']}: value {rec['expected'][0]['value']!r} does not cover the edit at {j1}")
    return labels, codes


def main():
    labels, codes = check_labels()
    for pid, fn in CHECKS.items():
        text = read(pid + "-clean.txt")
        NCHECKS[0] += 1
        if not (2500 <= len(text) <= 6000):
            fail(f"{pid}: length {len(text)} outside 2,500–6,000")
        try:
            fn(text)
        except Exception as exc:  # a parsing problem is a failure too
            fail(f"{pid}: check crashed: {type(exc).__name__}: {exc}")
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
                "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
                "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in required:
        NCHECKS[0] += 1
        if len(codes.get(c, ())) < 2:
            fail(f"code {c} used in fewer than two projects: {sorted(codes.get(c, ()))}")
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print(f"FAILED: {len(PROBLEMS)} problems ({NCHECKS[0]} checks)")
        return 1
    print(f"OK: {len(labels)} cases, {NCHECKS[0]} checks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
