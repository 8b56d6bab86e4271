#!/usr/bin/env python3
"""Check set n74: labels, edit sizes, and the arithmetic of every clean draft.

Pure Python 3, no third-party packages.  Run after build.py:
    python3 build.py && python3 verify.py        -> prints OK (exit 0) or the list of problems (exit 1)

1. labels: every case file is labelled; each value occurs exactly once in its case, never in the
   clean draft, and overlaps the edited region.
2. edits: the error case differs from its clean draft by one hunk of at most 16 characters inside
   one line, or (kind "rows") by hunks of at most 16 characters each on two adjacent lines.
3. arithmetic of the clean drafts, with the tolerance of rules.md §8 (half a unit of the stated
   last decimal): generic table checks (项目区 columns add up to 合计, 亩均 = 投资 ÷ 面积, shares,
   funds rows, execution rate and score, completion rates, score rules, weights to 100, scores to the
   total, subtotals, score ≤ weight, grade band) and a per-project list of text facts (rates,
   balances, component sums, differences, means, products, day counts), each literal of which must
   occur in the draft.
"""
import datetime
import difflib
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import build  # noqa: E402  (edit list: kinds of edits)

PROBLEMS = []


def problem(msg):
    PROBLEMS.append(msg)


D = Decimal
NUM_RE = re.compile(r"-?\d+(?:,\d{3})*(?:\.\d+)?")


def num(s):
    """First number in s as (Decimal, decimals) or None."""
    m = NUM_RE.search(s.replace("，", ","))
    if not m:
        return None
    txt = m.group(0).replace(",", "")
    dec = len(txt.split(".")[1]) if "." in txt else 0
    return D(txt), dec


def tol(dec):
    return D(5) * D(10) ** (-(dec + 1)) + D("1e-9")


def close(computed, stated_str, what):
    v = num(stated_str)
    if v is None:
        problem(f"{what}: cannot read {stated_str!r}")
        return False
    val, dec = v
    if abs(D(computed) - val) > tol(dec):
        problem(f"{what}: computed {D(computed):.4f}, stated {stated_str}")
        return False
    return True


def rnd(x, n=2):
    return D(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "一般": "中", "合格": "中",
               "中": "中", "较差": "差", "差": "差", "不合格": "差"}


# ----------------------------------------------------------------------------- tables
SEPS = ["｜", "\t", "|"]
HEADER_FIRST = {"项目区", "指标", "资金（万元）", "一级指标", "资金级次"}


def split_row(line):
    for sep in SEPS:
        if sep in line:
            return [c.strip() for c in line.split(sep)]
    return None


def tables(text):
    """List of (header cells, rows) for every table introduced by a known header line."""
    out, cur = [], None
    for line in text.split("\n"):
        cells = split_row(line)
        if cells and len(cells) >= 3 and cells[0] in HEADER_FIRST:
            cur = (cells, [])
            out.append(cur)
            continue
        if cur is not None and cells and len(cells) >= 3:
            cur[1].append(cells)
        else:
            cur = None
    return out


def is_total(cells):
    return cells[0] in ("合计", "总分")


def check_project_area_table(name, header, rows):
    body = [r for r in rows if not is_total(r)]
    total = [r for r in rows if is_total(r)]
    if len(total) != 1:
        problem(f"{name}: 项目区 table without one 合计 row")
        return
    total = total[0]
    additive = ("（万亩）", "（亩）", "（万元）", "（眼）", "（公里）", "（座）", "村数")
    area_col = inv_col = None
    area_unit = None
    for j, h in enumerate(header):
        if j == 0:
            continue
        if "面积" in h:
            area_col, area_unit = j, ("万亩" if "万亩" in h else "亩")
        if inv_col is None and "万元" in h and ("投资" in h or "财政资金" in h):
            inv_col = j
        if any(k in h for k in additive) and "亩均" not in h:
            s = sum(num(r[j])[0] for r in body)
            close(s, total[j], f"{name}: 项目区 column {h} sum")
    for j, h in enumerate(header):
        if "亩均" in h:
            for r in body + [total]:
                area = num(r[area_col])[0]
                inv = num(r[inv_col])[0]
                per_mu = inv / area if area_unit == "万亩" else inv * 10000 / area
                close(per_mu, r[j], f"{name}: 亩均 of {r[0]}")


def check_share_table(name, header, rows):
    body = [r for r in rows if not is_total(r)]
    total = [r for r in rows if is_total(r)][0]
    s = sum(num(r[1])[0] for r in body)
    close(s, total[1], f"{name}: 资金级次 sum")
    t = num(total[1])[0]
    for r in body:
        close(num(r[1])[0] / t * 100, r[2], f"{name}: share of {r[0]}")
    close(sum(num(r[2])[0] for r in body), total[2], f"{name}: shares add to total")


def check_funds_table(name, header, rows):
    """Returns (weight, score) of the execution line."""
    col = {h: j for j, h in enumerate(header)}
    tot = [r for r in rows if r[0] == "年度资金总额"][0]
    comps = [r for r in rows if r[0] != "年度资金总额"]
    for h in ("年初预算数", "全年预算数", "全年执行数"):
        j = col[h]
        close(sum(num(r[j])[0] for r in comps), tot[j], f"{name}: funds column {h} components")
    budget, spent = num(tot[col["全年预算数"]])[0], num(tot[col["全年执行数"]])[0]
    rate = spent / budget * 100
    close(rate, tot[col["执行率"]], f"{name}: 执行率")
    w = num(tot[col["分值"]])[0]
    score_str = tot[col["得分"]]
    printed = num(tot[col["执行率"]])[0]
    exp1, exp2 = w * min(rate, D(100)) / 100, w * min(printed, D(100)) / 100
    sv, sd = num(score_str)
    if abs(exp1 - sv) > tol(sd) and abs(exp2 - sv) > tol(sd):
        problem(f"{name}: execution score {score_str}, expected {exp1:.4f}")
    for r in comps:
        b = num(r[col["全年预算数"]])[0]
        if b == 0 and r[col["执行率"]] not in ("—", "0", "-"):
            problem(f"{name}: rate printed on a zero base in row {r[0]}")
    return w, sv


def direction(target):
    if target.startswith(("≥", "＞", ">")) or "不低于" in target or "不少于" in target:
        return "gte"
    if target.startswith(("≤", "＜", "<")) or "不超过" in target:
        return "lte"
    return "gte"


def completion(target, actual):
    t, a = num(target), num(actual)
    if t is None or a is None or "年" in target:
        return None
    t, a = t[0], a[0]
    if direction(target) == "lte":
        return D(100) if a <= t else t / a * 100
    return a / t * 100


def check_indicator_table(name, header, rows, funds):
    col = {}
    for j, h in enumerate(header):
        for key in ("年度指标值", "指标值", "实际完成值", "完成率", "分值", "权重", "得分"):
            if h == key:
                col[key] = j
    wcol = col.get("分值", col.get("权重"))
    scol = col["得分"]
    tcol = col.get("年度指标值", col.get("指标值"))
    acol = col.get("实际完成值")
    ccol = col.get("完成率")
    total = [r for r in rows if is_total(r)]
    if len(total) != 1:
        problem(f"{name}: indicator table without one total row")
        return None
    total = total[0]
    body = [r for r in rows if not is_total(r) and not r[0].endswith("小计")]
    subtotals = [r for r in rows if r[0].endswith("小计")]
    wsum = ssum = D(0)
    if funds:
        wsum, ssum = funds
    for r in body:
        w, s = num(r[wcol])[0], num(r[scol])[0]
        wsum += w
        ssum += s
        if s > w or s < 0:
            problem(f"{name}: score {r[scol]} exceeds weight {r[wcol]} in {r[:3]}")
        if tcol is not None and acol is not None:
            tgt, act = r[tcol], r[acol]
            comp = completion(tgt, act)
            if comp is not None:
                if ccol is not None:
                    close(comp, r[ccol], f"{name}: completion of {r[2]}")
                # score rule (rules §5): gte proportional, lte full when met
                expected = w * min(comp, D(100)) / 100
                printed = w * min(num(r[ccol])[0], D(100)) / 100 if ccol is not None else expected
                sv, sd = num(r[scol])
                if abs(expected - sv) > tol(sd) and abs(printed - sv) > tol(sd):
                    problem(f"{name}: score {r[scol]} of {r[2]} does not follow target/actual (expected {expected:.4f})")
                if comp > 120:
                    problem(f"{name}: {r[2]} over-achieved beyond 20% (needs a reason)")
            elif num(tgt) is None or "年" in tgt:
                # qualitative or date: achieved -> [80,100], 部分 -> [60,80)
                ratio = num(r[scol])[0] / w
                if "部分" in act and not (D("0.6") <= ratio < D("0.8")):
                    problem(f"{name}: qualitative 部分 row {r[2]} scored outside [60%,80%)")
                if "部分" not in act and ratio < D("0.8"):
                    problem(f"{name}: qualitative achieved row {r[2]} scored below 80%")
    close(wsum, total[wcol], f"{name}: weights add to total")
    if num(total[wcol])[0] != 100:
        problem(f"{name}: total weight is not 100")
    close(ssum, total[scol], f"{name}: scores add to total")
    # subtotals (决策/过程/产出/效益 layout): children precede their 小计 row
    if subtotals:
        group_w = group_s = D(0)
        for r in rows:
            if is_total(r):
                continue
            if r[0].endswith("小计"):
                close(group_w, r[wcol], f"{name}: weight subtotal {r[0]}")
                close(group_s, r[scol], f"{name}: score subtotal {r[0]}")
                group_w = group_s = D(0)
            else:
                group_w += num(r[wcol])[0]
                group_s += num(r[scol])[0]
    return num(total[scol])


def check_completion_table(name, header, rows):
    for r in rows:
        comp = completion(r[1], r[2])
        if comp is None:
            comp = completion(r[1], r[2])
        close(comp, r[3], f"{name}: body completion of {r[0]}")


def check_tables_and_grade(name, text):
    funds = None
    total = None
    for header, rows in tables(text):
        first = header[0]
        if first == "项目区":
            check_project_area_table(name, header, rows)
        elif first == "资金级次":
            check_share_table(name, header, rows)
        elif first == "资金（万元）":
            funds = check_funds_table(name, header, rows)
        elif first == "指标":
            check_completion_table(name, header, rows)
        elif first == "一级指标":
            total = check_indicator_table(name, header, rows, funds)
    if total is None:
        problem(f"{name}: no score table found")
        return
    tval = total[0]
    # every stated total score in the text equals the table total
    for m in re.finditer(r"(?:得分|总得分|综合得分)(\d+(?:\.\d+)?)分", text):
        close(tval, m.group(1), f"{name}: stated total in text")
    band = grade_of(tval)
    found = 0
    for m in re.finditer(r"(?:评价等级为|评价等级：|自评等级：)“?(优秀|良好|中等|优|良|中|差)", text):
        found += 1
        if GRADE_WORDS[m.group(1)] != band:
            problem(f"{name}: grade {m.group(1)} for total {tval}")
    if not found:
        problem(f"{name}: no grade stated")


# ----------------------------------------------------------------------------- text facts
def F(*a):
    return a


FACTS = {
    "yian-hsfarmland-2021": [
        F("ratio", "9620.00", "9750.00", 100, "98.67%"),
        F("ratio", "350.00", "480.00", 100, "72.92%"),
        F("ratio", "9458.26", "9750.00", 100, "97.01%"),
        F("sum", ["8826.40", "196.50", "162.30", "95.16", "177.90"], "9458.26"),
        F("diff", "9620.00", "9458.26", "161.74"),
        F("diff", "480.00", "350.00", "130.00"),
        F("sum", ["161.74", "130.00"], "291.74"),
        F("diff", "9750.00", "9458.26", "291.74"),
        F("sum", ["7085.00", "1905.00", "280.00", "480.00"], "9750.00"),
        F("ratio", "7085.00", "9750.00", 100, "72.67%"),
        F("ratio", "1905.00", "9750.00", 100, "19.54%"),
        F("ratio", "280.00", "9750.00", 100, "2.87%"),
        F("ratio", "480.00", "9750.00", 100, "4.92%"),
        F("sum", ["6560.00", "1640.00"], "8200.00"),
        F("sum", ["8200.00", "480.00", "280.00"], "8960.00"),
        F("sum", ["525.00", "265.00"], "790.00"),
        F("sum", ["8960.00", "790.00"], "9750.00"),
        F("sum", ["6560.00", "525.00"], "7085.00"),
        F("sum", ["1640.00", "265.00"], "1905.00"),
        F("ratio", "9750.00", "6.5", 1, "1500元"),
        F("diff", "1500", "1350", "150"),
        F("diff", "6.5", "5.2", "1.3"),
        F("ratio", "128.4", "332.6", 100, "38.60%"),
        F("prod", "6.5", "105", "682.5"),
        F("prod", "6.5", "100", "650"),
        F("ratio", "471", "500", 100, "94.20%"),
        F("diff", "95", "94.20", "0.8"),
        F("sum", ["36", "292"], "328"),
        F("ratio", "3", "4", 100, "75%"),
        F("days", "2021-10-31", "2021-11-12", "12"),
    ],
    "huachuan-farmland-2024": [
        F("sum", ["5800.00", "1800.00"], "7600.00"),
        F("sum", ["7600.00", "183.20", "549.60"], "8332.80"),
        F("sum", ["612.00", "215.20"], "827.20"),
        F("sum", ["8332.80", "827.20"], "9160.00"),
        F("sum", ["5800.00", "612.00"], "6412.00"),
        F("sum", ["1800.00", "215.20"], "2015.20"),
        F("sum", ["6412.00", "2015.20", "183.20", "549.60"], "9160.00"),
        F("ratio", "6412.00", "9160.00", 100, "70.00%"),
        F("ratio", "2015.20", "9160.00", 100, "22.00%"),
        F("ratio", "183.20", "9160.00", 100, "2.00%"),
        F("ratio", "549.60", "9160.00", 100, "6.00%"),
        F("ratio", "9160.00", "9160.00", 100, "100%"),
        F("ratio", "8247.30", "9160.00", 100, "90.04%"),
        F("ratio", "6784.92", "7000.00", 100, "96.93%"),
        F("ratio", "1462.38", "2160.00", 100, "67.70%"),
        F("sum", ["6784.92", "1462.38"], "8247.30"),
        F("sum", ["2407.50", "2596.25", "1996.25"], "7000.00"),
        F("diff", "9160.00", "8247.30", "912.70"),
        F("diff", "2160.00", "1462.38", "697.62"),
        F("diff", "4.0", "3.5", "0.5"),
        F("sum", ["2.8", "1.2"], "4.0"),
        F("sum", ["2.8", "0.84"], "3.64"),
        F("sum", ["27.0", "9.0"], "36"),
        F("diff", "12000", "8400", "3600"),
        F("sum", ["9630", "10385", "7985", "8400"], "36400"),
        F("mean", ["48", "52", "45", "41"], "46.5"),
        F("wmean", [("9630", "48"), ("10385", "52"), ("7985", "45"), ("8400", "41")], "46.87"),
        F("wsum", [("9630", "48"), ("10385", "52"), ("7985", "45"), ("8400", "41")], 10000, "170.60"),
        F("diff", "10", "9.00", "1.00"),
        F("diff", "0.60", "0.58", "0.02"),
        F("ratio", "9160.00", "4.0", 1, "2290"),
        F("days", "2024-10-15", "2024-10-28", "13"),
        F("ratio", "2", "4", 100, "50%"),
    ],
    "jiaxian-nongkai-2018": [
        F("sum", ["2890.00", "826.00", "125.00", "277.40"], "4118.40"),
        F("prod", "0.12", "1320", "158.40"),
        F("diff", "4118.40", "158.40", "3960.00"),
        F("diff", "3.12", "0.12", "3.0"),
        F("diff", "3.0", "2.5", "0.5"),
        F("sum", ["2780.00", "795.00", "120.00", "265.00"], "3960.00"),
        F("ratio", "2780.00", "3960.00", 100, "70.20%"),
        F("ratio", "795.00", "3960.00", 100, "20.08%"),
        F("ratio", "120.00", "3960.00", 100, "3.03%"),
        F("ratio", "265.00", "3960.00", 100, "6.69%"),
        F("sum", ["3960.00", "150.00"], "4110.00"),
        F("sum", ["4118.40", "150.00"], "4268.40"),
        F("sum", ["3302.15", "79.20", "59.40", "81.27", "96.70"], "3618.72"),
        F("ratio", "3618.72", "3960.00", 100, "91.38%"),
        F("sum", ["3618.72", "150.00"], "3768.72"),
        F("ratio", "3768.72", "4110.00", 100, "91.70%"),
        F("diff", "3960.00", "3618.72", "341.28"),
        F("ratio", "3125.00", "2.5", 1, "1250元"),
        F("diff", "1320", "1250", "70"),
        F("ratio", "3960.00", "3.0", 1, "1320元"),
        F("sum", ["150", "36"], "186"),
        F("ratio", "186", "180", 100, "103.33%"),
        F("diff", "45", "42.8", "2.2"),
        F("prod", "3.0", "80", "240"),
        F("prod", "3.0", "75", "225"),
        F("ratio", "2.46", "2.5", 100, "98.40%"),
        F("diff", "2.5", "2.46", "0.04"),
    ],
    "shangshui-farmland-2022": [
        F("sum", ["7200.00", "2160.00", "1200.00", "400.00"], "10960.00"),
        F("sum", ["10960.00", "800.00", "240.00"], "12000.00"),
        F("sum", ["7200.00", "800.00"], "8000.00"),
        F("sum", ["2160.00", "240.00"], "2400.00"),
        F("sum", ["8000.00", "2400.00", "400.00", "1200.00"], "12000.00"),
        F("ratio", "8000.00", "12000.00", 100, "66.67%"),
        F("ratio", "2400.00", "12000.00", 100, "20.00%"),
        F("ratio", "400.00", "12000.00", 100, "3.33%"),
        F("ratio", "1200.00", "12000.00", 100, "10.00%"),
        F("ratio", "12000.00", "8", 1, "1500元"),
        F("diff", "8", "6.5", "1.5"),
        F("ratio", "102.6", "143.5", 100, "71.50%"),
        F("ratio", "12000.00", "12000.00", 100, "100%"),
        F("ratio", "11236.85", "12000.00", 100, "93.64%"),
        F("sum", ["10468.30", "238.60", "201.45", "146.50", "182.00"], "11236.85"),
        F("diff", "12000.00", "11236.85", "763.15"),
        F("prod", "8", "107", "856"),
        F("prod", "8", "100", "800"),
        F("diff", "96", "92.5", "3.5"),
        F("diff", "0.65", "0.63", "0.02"),
        F("ratio", "468", "500", 100, "93.60%"),
        F("days", "2022-11-25", "2022-11-30", "5"),
    ],
    "wuhe-farmland-2020": [
        F("sum", ["3300.00", "980.00", "220.00", "450.00"], "4950.00"),
        F("sum", ["4950.00", "480.00", "150.00"], "5580.00"),
        F("sum", ["3300.00", "480.00"], "3780.00"),
        F("sum", ["980.00", "150.00"], "1130.00"),
        F("sum", ["4912.38", "111.60", "83.70", "71.98", "100.00"], "5279.66"),
        F("ratio", "5279.66", "5580.00", 100, "94.62%"),
        F("diff", "5580.00", "5279.66", "300.34"),
        F("diff", "3.60", "3.2", "0.4"),
        F("diff", "1550", "1450", "100"),
        F("ratio", "5580.00", "3.60", 1, "1550元"),
        F("mean", ["486.5", "472.0", "463.9"], "474.13"),
        F("prod", "3.6", "80", "288"),
        F("prod", "3.6", "75", "270"),
        F("ratio", "270", "300", 100, "90.00%"),
        F("mean", ["94", "89", "87"], "90.00%"),
        F("diff", "95", "90", "5"),
        F("diff", "0.60", "0.54", "0.06"),
        F("diff", "65", "61.0", "4.0"),
        F("ratio", "61.0", "65", 100, "93.85%"),
        F("ratio", "2", "3", 100, "66.67%"),
        F("days", "2020-11-30", "2020-12-18", "18"),
        # scores of the 决策/过程/产出/效益 table that follow from stated figures (rules §5)
        F("score", "5", "5279.66", "5580.00", "4.73"),
        F("score", "7", "61.0", "65", "6.57"),
        F("score", "8", "2", "3", "5.33"),
        F("score", "3", "0.54", "0.60", "2.70"),
        F("score", "6", "90.00", "95", "5.68"),
        F("score", "8", "3.60", "3.6", "8"),
        F("score", "3", "4726", "4500", "3"),
        F("score", "5", "288", "270", "5"),
    ],
}


def check_facts(pid, text):
    def need(s):
        if isinstance(s, str) and s not in text:
            problem(f"{pid}: fact literal {s!r} not in the clean draft")
        return s

    for fact in FACTS[pid]:
        kind = fact[0]
        if kind == "ratio":
            _, a, b, mult, stated = fact
            need(a), need(b), need(stated)
            close(num(a)[0] / num(b)[0] * mult, stated, f"{pid}: {a}/{b}")
        elif kind == "sum":
            _, parts, total = fact
            for p in parts:
                need(p)
            need(total)
            close(sum(num(p)[0] for p in parts), total, f"{pid}: sum {parts}")
        elif kind == "diff":
            _, a, b, res = fact
            need(a), need(b), need(res)
            close(num(a)[0] - num(b)[0], res, f"{pid}: {a}-{b}")
        elif kind == "prod":
            _, a, b, res = fact
            need(a), need(b), need(res)
            close(num(a)[0] * num(b)[0], res, f"{pid}: {a}*{b}")
        elif kind == "mean":
            _, items, stated = fact
            for p in items:
                need(p)
            need(stated)
            close(sum(num(p)[0] for p in items) / len(items), stated, f"{pid}: mean {items}")
        elif kind in ("wmean", "wsum"):
            pairs, stated = fact[1], fact[-1]
            for w, x in pairs:
                need(w), need(x)
            need(stated)
            total = sum(num(w)[0] * num(x)[0] for w, x in pairs)
            if kind == "wmean":
                close(total / sum(num(w)[0] for w, _ in pairs), stated, f"{pid}: weighted mean")
            else:
                close(total / fact[2], stated, f"{pid}: weighted sum")
        elif kind == "days":
            _, d1, d2, n = fact
            a = datetime.date.fromisoformat(d1)
            b = datetime.date.fromisoformat(d2)
            for d in (a, b):
                lit = f"{d.month}月{d.day}日"
                if lit not in text:
                    problem(f"{pid}: date {lit} not in the clean draft")
            need(n + "天") if pid != "shangshui-farmland-2022" else need("提前" + n + "天")
            if (b - a).days != int(n):
                problem(f"{pid}: {d1}..{d2} is {(b - a).days} days, stated {n}")
        elif kind == "score":
            _, w, a, t, stated = fact
            need(a), need(t)
            comp = min(num(a)[0] / num(t)[0], D(1))
            close(num(w)[0] * comp, stated, f"{pid}: score {w}×{a}/{t}")
        else:
            problem(f"{pid}: unknown fact {kind}")


# ----------------------------------------------------------------------------- edits and labels
def hunks(clean, err):
    sm = difflib.SequenceMatcher(None, clean, err, autojunk=False)
    out = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag != "equal":
            out.append((i1, i2, j1, j2))
    # merge hunks separated by fewer than 1 equal character? keep as is
    return out


def check_edit(name, clean, err, kind):
    hs = hunks(clean, err)
    if not hs:
        problem(f"{name}: identical to the clean draft")
        return None
    lines = set()
    for i1, i2, j1, j2 in hs:
        size = max(i2 - i1, j2 - j1)
        if size > 16:
            problem(f"{name}: hunk of {size} characters")
        if "\n" in clean[i1:i2] or "\n" in err[j1:j2]:
            problem(f"{name}: edit crosses a line break")
        lines.add(clean.count("\n", 0, i1))
    if kind == "line":
        # one contiguous edit: first to last changed char within one line and ≤ 16 chars
        span_clean = hs[-1][1] - hs[0][0]
        span_err = hs[-1][3] - hs[0][2]
        if max(span_clean, span_err) > 16:
            problem(f"{name}: contiguous edit region of {max(span_clean, span_err)} characters")
        if len(lines) != 1:
            problem(f"{name}: edit spans {len(lines)} lines")
    else:
        ls = sorted(lines)
        if len(ls) > 2 or (len(ls) == 2 and ls[1] - ls[0] != 1):
            problem(f"{name}: row edit not on two adjacent lines ({ls})")
    return [(j1, j2) for _, _, j1, j2 in hs]


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    names = {rec["case"] for rec in labels}
    files = set(os.listdir(CASES))
    if names != files:
        problem(f"labels/cases differ: {sorted(names ^ files)}")
    codes = {}
    clean_texts = {}
    for pid in build.PROJECTS:
        with open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8") as fh:
            clean_texts[pid] = fh.read()
        n = len(clean_texts[pid])
        if not 2500 <= n <= 6000:
            problem(f"{pid}: clean draft has {n} characters")
        check_tables_and_grade(pid, clean_texts[pid])
        check_facts(pid, clean_texts[pid])
    for rec in labels:
        pid = rec["source"]
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            text = fh.read()
        if rec["clean"]:
            if rec["expected"]:
                problem(f"{rec['case']}: clean case with labels")
            continue
        if len(rec["expected"]) != 1:
            problem(f"{rec['case']}: not exactly one label")
        idx = int(rec["case"].rsplit("-e", 1)[1].split(".")[0]) - 1
        kind = build.EDITS[pid][idx]["kind"]
        changed = check_edit(rec["case"], clean_texts[pid], text, kind) or []
        for exp in rec["expected"]:
            if exp["severity"] != "error":
                problem(f"{rec['case']}: severity {exp['severity']}")
            v = exp["value"]
            if text.count(v) != 1:
                problem(f"{rec['case']}: value occurs {text.count(v)} times: {v!r}")
            if v in clean_texts[pid]:
                problem(f"{rec['case']}: value occurs in the clean draft: {v!r}")
            s = text.find(v)
            e = s + len(v)
            if not any(s <= j1 and j2 <= e or (s < j2 and j1 < e) for j1, j2 in changed):
                problem(f"{rec['case']}: value does not cover the edit")
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
                "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values",
                "implausible_rate", "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in required:
        if codes.get(c, 0) < 2:
            problem(f"code {c} used {codes.get(c, 0)} times")
        projects = {r["source"] for r in labels for x in r["expected"] if x["code"] == c}
        if len(projects) < 2:
            problem(f"code {c} used in fewer than two projects")
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM:", p)
        print(f"{len(PROBLEMS)} problem(s)")
        return 1
    print("codes:", ", ".join(f"{c}={codes[c]}" for c in sorted(codes)))
    print(f"OK ({len(labels)} cases)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
