#!/usr/bin/env python3
"""Check the set: labels against cases, edit sizes, and the arithmetic of every clean draft.

Run after build.py.  Pure Python 3.  Prints OK or a list of problems (exit 1).
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import build  # noqa: E402  (edit list and project list)

PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def q2(x, n=2):
    return D(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def agrees(stated, computed):
    """rules.md §8: |c − v| ≤ 0.5 × 10^−d (d counted in the stated string)."""
    v = D(stated.replace(",", ""))
    return abs(D(computed) - v) <= D("0.5") * D(10) ** (-decimals(stated)) + D("1e-9")


def has_number(text, s):
    return re.search(r"(?<![\d.])" + re.escape(s) + r"(?![\d])", text) is not None


# ---------------------------------------------------------------- 1. labels and edits
def check_labels():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    names = {r["case"] for r in labels}
    on_disk = {f for f in os.listdir(CASES) if f.endswith(".txt")}
    if names != on_disk:
        bad(f"labels/cases differ: {sorted(names ^ on_disk)}")
    codes = {}
    for rec in labels:
        text = read(rec["case"])
        clean = read(rec["source"] + "-clean.txt")
        if rec["clean"]:
            if rec["expected"]:
                bad(f"{rec['case']}: clean case with expectations")
            continue
        if len(rec["expected"]) != 1:
            bad(f"{rec['case']}: expected exactly one label")
        for exp in rec["expected"]:
            codes.setdefault(exp["code"], []).append(rec["source"])
            if exp["severity"] != "error":
                bad(f"{rec['case']}: severity {exp['severity']}")
            n_case, n_clean = text.count(exp["value"]), clean.count(exp["value"])
            if n_case != 1:
                bad(f"{rec['case']}: value occurs {n_case} times in case: {exp['value']!r}")
            if n_clean != 0:
                bad(f"{rec['case']}: value occurs {n_clean} times in clean draft: {exp['value']!r}")
        # edit size: strip common prefix and suffix
        i = 0
        while i < min(len(text), len(clean)) and text[i] == clean[i]:
            i += 1
        j = 0
        while j < min(len(text), len(clean)) - i and text[-1 - j] == clean[-1 - j]:
            j += 1
        old, new = clean[i:len(clean) - j], text[i:len(text) - j]
        if max(len(old), len(new)) > 16:
            bad(f"{rec['case']}: edit too long ({len(old)}/{len(new)}): {old!r} -> {new!r}")
        if not old and not new:
            bad(f"{rec['case']}: identical to clean draft")
        row_edit = rec["expected"][0]["code"] in ("score_exceeds_weight", "score_sum_mismatch",
                                                  "weight_sum_mismatch")
        nl = max(old.count("\n"), new.count("\n"))
        if nl > (1 if row_edit else 0):
            bad(f"{rec['case']}: edit spans {nl + 1} lines")
        # the value must cover the changed characters (at least overlap them)
        v = rec["expected"][0]["value"]
        k = text.find(v)
        if not (k <= i + max(len(new), 1) - 1 and i <= k + len(v) - 1):
            bad(f"{rec['case']}: value does not overlap the edit")
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                "completion_mismatch"]
    for c in required:
        srcs = codes.get(c, [])
        if len(srcs) < 2:
            bad(f"code {c} used {len(srcs)} times")
        elif len(set(srcs)) < 2:
            bad(f"code {c} not spread across projects")
    return labels, codes


# ---------------------------------------------------------------- 2. tables
def rows_after(text, header_start):
    """Rows (lists of cells) of the table whose header line starts with header_start."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if line.startswith(header_start):
            sep = "\t" if "\t" in line else "｜"
            header = line.split(sep)
            rows = []
            for nxt in lines[k + 1:]:
                if sep not in nxt:
                    break
                rows.append(nxt.split(sep))
            return header, rows
    raise KeyError(header_start)


NUM = re.compile(r"-?\d+(?:\.\d+)?")


def cell_num(c):
    c = c.strip()
    return c if NUM.fullmatch(c) else None


def grade_of(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def check_scores(src, text, tables, total_str, grade_phrase):
    """Σ 分值 = 100, Σ 得分 = stated total, 0 ≤ 得分 ≤ 分值, grade band."""
    wsum, ssum = D(0), D(0)
    stated_total = stated_wtotal = None
    for hdr in tables:
        header, rows = rows_after(text, hdr)
        iw, isc = header.index("分值"), header.index("得分")
        for r in rows:
            first = r[0].strip()
            w, s = cell_num(r[iw]) if iw < len(r) else None, cell_num(r[isc]) if isc < len(r) else None
            if first in ("合计", "总分"):
                stated_wtotal, stated_total = w, s
                continue
            if w is None or s is None:
                continue
            if not (D(0) <= D(s) <= D(w)):
                bad(f"{src}: score {s} outside [0, {w}] in row {first}")
            wsum += D(w)
            ssum += D(s)
    if wsum != 100:
        bad(f"{src}: weights sum to {wsum}")
    if stated_wtotal is not None and D(stated_wtotal) != wsum:
        bad(f"{src}: stated weight total {stated_wtotal} vs {wsum}")
    if stated_total != total_str:
        bad(f"{src}: table total {stated_total} vs expected {total_str}")
    if not agrees(total_str, ssum):
        bad(f"{src}: scores sum to {ssum}, stated {total_str}")
    if not has_number(text, total_str):
        bad(f"{src}: total {total_str} not in text")
    g = grade_of(total_str)
    if g not in grade_phrase or grade_phrase not in text:
        bad(f"{src}: grade phrase {grade_phrase!r} (band {g}) missing or wrong")


TARGET = re.compile(r"^(≥|≤|=)?(-?\d+(?:\.\d+)?)(.*)$")


def parse_val(s):
    m = TARGET.match(s.strip())
    if not m:
        return None
    return m.group(1) or "=", D(m.group(2)), m.group(3)


def check_indicator_rows(src, text, hdr, with_scores=True):
    """Completion (rules §5) and the score rule for each quantitative row."""
    header, rows = rows_after(text, hdr)
    it, ia = header.index("年度指标值"), header.index("实际完成值")
    ic = header.index("完成率") if "完成率" in header else None
    iw = header.index("分值") if with_scores else None
    isc = header.index("得分") if with_scores else None
    n = 0
    for r in rows:
        if r[0].strip() in ("合计", "总分") or len(r) <= ia:
            continue
        t, a = parse_val(r[it]), parse_val(r[ia])
        if t is None or a is None or re.search(r"\d{4}年", r[it]):
            if ic is not None and r[ic].strip() not in ("—",):
                bad(f"{src}: non-numeric row {r[2] if len(r) > 2 else r} has completion {r[ic]}")
            continue
        sign, tv, tu = t
        _, av, au = a
        if tu.strip() != au.strip():
            bad(f"{src}: unit differs in row {r}: {tu!r} vs {au!r}")
        if sign == "≤":
            comp = D(100) if av <= tv else tv / av * 100
        else:
            comp = av / tv * 100
        if ic is not None:
            stated = r[ic].strip().rstrip("%")
            if not agrees(stated, comp):
                bad(f"{src}: completion {r[ic]} vs {q2(comp)} in row {r}")
        if with_scores:
            w, s = D(r[iw]), r[isc].strip()
            sc = w * min(comp, D(100)) / 100
            if not agrees(s, sc):
                bad(f"{src}: score {s} vs {q2(sc)} in row {r}")
        n += 1
    return n


# ---------------------------------------------------------------- 3. per-project arithmetic
def must(src, text, *nums):
    for s in nums:
        if not has_number(text, s):
            bad(f"{src}: number {s} not found in text")


def sum_is(src, text, total, parts):
    must(src, text, total, *parts)
    if sum(D(p) for p in parts) != D(total):
        bad(f"{src}: {' + '.join(parts)} = {sum(D(p) for p in parts)} ≠ {total}")


def diff_is(src, text, a, b, res):
    must(src, text, a, b, res)
    if D(a) - D(b) != D(res):
        bad(f"{src}: {a} − {b} ≠ {res}")


def rate_is(src, text, num, den, pct):
    must(src, text, num, den)
    if pct + "%" not in text:
        bad(f"{src}: rate {pct}% not in text")
    if not agrees(pct, D(num) / D(den) * 100):
        bad(f"{src}: {num}/{den} = {q2(D(num) / D(den) * 100)}% ≠ {pct}%")


def prod_is(src, text, factors, res, scale=1):
    must(src, text, res)
    p = D(1)
    for f in factors:
        p *= D(f)
    p = p / D(scale)
    if not agrees(res, p):
        bad(f"{src}: product {factors}/{scale} = {p} ≠ {res}")


def growth_is(src, text, new, old, change, pct=None):
    must(src, text, new, old, change)
    if D(new) - D(old) != D(change):
        bad(f"{src}: {new} − {old} ≠ {change}")
    if pct is not None:
        if pct + "%" not in text or not agrees(pct, (D(new) - D(old)) / D(old) * 100):
            bad(f"{src}: growth {pct}% wrong")


def avg_is(src, text, items, avg):
    must(src, text, avg, *items)
    if not agrees(avg, sum(D(i) for i in items) / len(items)):
        bad(f"{src}: mean of {items} ≠ {avg}")


def exec_score(src, rate_pct, w, score):
    if not agrees(score, D(rate_pct) * D(w) / 100):
        bad(f"{src}: execution score {score} ≠ {w} × {rate_pct}%")


def check_jiangle(t):
    s = "jiangle"
    sum_is(s, t, "62.48", ["28.36", "34.12"])
    prod_is(s, t, ["28.36", "24"], "680.64")
    prod_is(s, t, ["34.12", "23"], "784.76")
    sum_is(s, t, "1465.40", ["680.64", "784.76"])
    sum_is(s, t, "1465.40", ["453.76", "1011.64"])
    prod_is(s, t, ["28.36", "16"], "453.76")
    prod_is(s, t, ["28.36", "8"], "226.88")
    sum_is(s, t, "1011.64", ["226.88", "784.76"])
    sum_is(s, t, "1477.76", ["1465.40", "12.36"])
    rate_is(s, t, "1477.76", "1477.76", "100")
    rate_is(s, t, "1470.52", "1477.76", "99.51")
    exec_score(s, "99.51", 10, "9.95")
    sum_is(s, t, "1470.52", ["865.20", "535.68", "69.64"])
    sum_is(s, t, "865.20", ["452.34", "412.86"])
    sum_is(s, t, "1470.52", ["1458.16", "12.36"])
    prod_is(s, t, ["186", "2400", "12"], "535.68", 10000)
    sum_is(s, t, "69.64", ["28.50", "14.36", "26.78"])
    prod_is(s, t, ["412.86", "10000"], "367.12", 11246)
    diff_is(s, t, "1477.76", "1470.52", "7.24")
    must(s, t, "2400", "2200")
    if "增长9.09%" not in t or not agrees("9.09", (D(2400) - 2200) / 2200 * 100):
        bad("jiangle: 9.09% wrong")
    growth_is(s, t, "80.93", "80.86", "0.07")
    growth_is(s, t, "1901.7", "1862.4", "39.3", "2.11")
    rate_is(s, t, "41", "186", "22.04")
    rate_is(s, t, "600", "620", "96.77")
    prod_is(s, t, ["186", "4"], "744")
    if not agrees("4.89", (D("367.12") - 350) / 350 * 100):
        bad("jiangle: 超出目标4.89% wrong")
    # deductions 0.06 + 0.05 + 2 + 0.05 = 2.16 and 100 − 2.16 = 97.84
    if D("0.06") + D("0.05") + 2 + D("0.05") != D("2.16") or 100 - D("2.16") != D("97.84"):
        bad("jiangle: deductions")
    check_scores(s, t, ["资金情况（万元）｜", "一级指标｜"], "97.84", "评价等级为“优”")
    check_indicator_rows(s, t, "一级指标｜")


def check_tonggu(t):
    s = "tonggu"
    sum_is(s, t, "64.65", ["58.40", "6.25"])
    sum_is(s, t, "6.25", ["2.30", "2.15", "1.80"])
    avg_is(s, t, ["2.30", "2.15", "1.80"], "2.08")
    prod_is(s, t, ["58.40", "16"], "934.40")
    prod_is(s, t, ["6.25", "10"], "62.50")
    sum_is(s, t, "996.90", ["934.40", "62.50"])
    sum_is(s, t, "1021.90", ["996.90", "25.00"])
    sum_is(s, t, "1021.90", ["960.00", "36.90", "25.00"])
    sum_is(s, t, "1040.50", ["1021.90", "18.60"])
    rate_is(s, t, "1029.96", "1040.50", "98.99")
    exec_score(s, "98.99", 10, "9.90")
    sum_is(s, t, "1029.96", ["817.60", "126.72", "62.50", "23.14"])
    prod_is(s, t, ["58.40", "14"], "817.60")
    prod_is(s, t, ["96", "1100", "12"], "126.72", 10000)
    rate_is(s, t, "7.86", "8.00", "98.25")
    diff_is(s, t, "1040.50", "1029.96", "10.54")
    sum_is(s, t, "1029.96", ["986.36", "25.00", "18.60"])
    diff_is(s, t, "996.90", "986.36", "10.54")
    rate_is(s, t, "986.36", "996.90", "98.94")
    sum_is(s, t, "1040.50", ["996.90", "25.00", "18.60"])
    rate_is(s, t, "621.38", "817.60", "76")
    rate_is(s, t, "171", "200", "85.5")
    prod_is(s, t, ["1100", "12"], "1.32", 10000)
    growth_is(s, t, "87.62", "87.51", "0.11")
    growth_is(s, t, "1081.9", "1046.3", "35.6", "3.40")
    if not (agrees("945", D("8176000") / 8652) and agrees("6083", D("584000") / 96)):
        bad("tonggu: 户均/人均 wrong")
    # funds table rates
    header, rows = rows_after(t, "资金来源｜")
    for r in rows:
        if r[5].strip().endswith("%") and not agrees(r[5].strip().rstrip("%"), D(r[4]) / D(r[2]) * 100):
            bad(f"tonggu: funds table rate {r}")
    for col in (1, 2, 3, 4):
        if sum(D(r[col]) for r in rows[1:]) != D(rows[0][col]):
            bad(f"tonggu: funds column {col} does not add up")
    if "产出指标7项、效益指标4项" not in t or "绩效指标共11项" not in t:
        bad("tonggu: indicator count")
    check_scores(s, t, ["一级指标｜"], "89.65", "评价等级为“良”")
    check_indicator_rows(s, t, "一级指标｜")
    if D("9.90") + 55 + D("24.75") != D("89.65"):
        bad("tonggu: conclusion parts")


def check_suichang(t):
    s = "suichang"
    sum_is(s, t, "128.36", ["52.18", "76.18"])
    prod_is(s, t, ["52.18", "45"], "2348.10")
    prod_is(s, t, ["76.18", "40"], "3047.20")
    sum_is(s, t, "5395.30", ["2348.10", "3047.20"])
    sum_is(s, t, "5395.30", ["834.88", "4265.12", "295.30"])
    prod_is(s, t, ["52.18", "16"], "834.88")
    sum_is(s, t, "5431.72", ["5395.30", "36.42"])
    rate_is(s, t, "5408.20", "5431.72", "99.57")
    exec_score(s, "99.57", 10, "9.96")
    sum_is(s, t, "5408.20", ["4535.44", "695.76", "140.58", "36.42"])
    sum_is(s, t, "5408.20", ["5371.78", "36.42"])
    sum_is(s, t, "5395.30", ["4558.96", "695.76", "140.58"])
    rate_is(s, t, "4535.44", "4558.96", "99.48")
    sum_is(s, t, "4535.44", ["3862.15", "673.29"])
    prod_is(s, t, ["223", "2600", "12"], "695.76", 10000)
    must(s, t, "2600", "2400")
    if "增长8.33%" not in t or not agrees("8.33", (D(2600) - 2400) / 2400 * 100):
        bad("suichang: 8.33% wrong")
    sum_is(s, t, "140.58", ["62.30", "48.16", "30.12"])
    diff_is(s, t, "5431.72", "5408.20", "23.52")
    diff_is(s, t, "4558.96", "4535.44", "23.52")
    growth_is(s, t, "83.53", "83.48", "0.05")
    growth_is(s, t, "1579.2", "1528.6", "50.6", "3.31")
    rate_is(s, t, "463", "500", "92.6")
    if not (agrees("937", D("38621500") / 41236) and agrees("5756", D("1283600") / 223)):
        bad("suichang: 户均/人均 wrong")
    check_scores(s, t, ["资金情况（万元）\t", "一级指标\t"], "97.51", "评价等级为“优”")
    check_indicator_rows(s, t, "一级指标\t")


def check_guangze(t):
    s = "guangze"
    sum_is(s, t, "9.84", ["3.36", "3.58", "2.90"])
    avg_is(s, t, ["3.36", "3.58", "2.90"], "3.28")
    prod_is(s, t, ["9.84", "10"], "98.40")
    sum_is(s, t, "114.90", ["98.40", "16.50"])
    sum_is(s, t, "119.26", ["114.90", "4.36"])
    rate_is(s, t, "108.21", "119.26", "90.73")
    exec_score(s, "90.73", 10, "9.07")
    rate_is(s, t, "103.85", "114.90", "90.38")
    sum_is(s, t, "108.21", ["103.85", "4.36"])
    sum_is(s, t, "108.21", ["93.24", "9.60", "5.37"])
    prod_is(s, t, ["42", "1850", "12"], "93.24", 10000)
    prod_is(s, t, ["3.2", "3"], "9.60")
    diff_is(s, t, "119.26", "108.21", "11.05")
    sum_is(s, t, "11.05", ["5.40", "5.65"])
    prod_is(s, t, ["1.8", "3"], "5.40")
    sum_is(s, t, "42", ["14", "16", "12"])
    rate_is(s, t, "100", "1750", "5.71")
    prod_is(s, t, ["1850", "12"], "2.22", 10000)
    growth_is(s, t, "93.46", "93.38", "0.08")
    if not agrees("2343", D("98400") / 42):
        bad("guangze: 人均管护 wrong")
    # three-level weights stated in the text; second-level table
    if 10 + 10 + 5 != 25 or 5 + 5 != 10 or 10 + 5 != 15:
        bad("guangze: narrative weights")
    if not (agrees("9.33", D(42) / 45 * 10) and agrees("3.20", D("3.2") / 5 * 5)
            and D("10") + D("9.33") + D("3.20") == D("22.53") and agrees("4.89", D(88) / 90 * 5)
            and D("4.89") + 5 == D("9.89")):
        bad("guangze: narrative scores")
    check_scores(s, t, ["二级指标｜"], "93.49", "评价等级为“优秀”")
    check_indicator_rows(s, t, "指标类别｜", with_scores=False)
    # funds table rates
    header, rows = rows_after(t, "资金情况｜")
    for r in rows:
        if r[5].strip().endswith("%"):
            if D(r[2]) == 0:
                bad(f"guangze: rate on a zero base {r}")
            elif not agrees(r[5].strip().rstrip("%"), D(r[3]) / D(r[2]) * 100):
                bad(f"guangze: funds table rate {r}")
    for col in (1, 2, 3):
        if sum(D(r[col]) for r in rows[1:]) != D(rows[0][col]):
            bad(f"guangze: funds column {col} does not add up")


def check_anfu(t):
    s = "anfu"
    sum_is(s, t, "3286.45", ["2846.30", "363.97", "76.18"])
    sum_is(s, t, "3286.45", ["3198.27", "76.18", "12.00"])
    sum_is(s, t, "3241.63", ["1012.35", "2229.28"])
    sum_is(s, t, "1012.35", ["896.52", "115.83"])
    rate_is(s, t, "3241.63", "3286.45", "98.64")
    exec_score(s, "98.64", 10, "9.86")
    rate_is(s, t, "1012.35", "1019.69", "99.28")
    diff_is(s, t, "3286.45", "3241.63", "44.82")
    sum_is(s, t, "44.82", ["7.34", "37.48"])
    diff_is(s, t, "1019.69", "1012.35", "7.34")
    diff_is(s, t, "2266.76", "2229.28", "37.48")
    sum_is(s, t, "3286.45", ["1019.69", "2266.76"])
    sum_is(s, t, "14.37", ["2.15", "12.22"])
    diff_is(s, t, "15.92", "14.37", "1.55")
    rate_is(s, t, "1.55", "15.92", "9.74")
    header, rows = rows_after(t, "项目名称｜")
    body, tot = rows[:-1], rows[-1]
    for col in (1, 2):
        if sum(D(r[col]) for r in body) != D(tot[col]):
            bad(f"anfu: project column {col} does not add up")
    for r in rows:
        if not agrees(r[3].strip().rstrip("%"), D(r[2]) / D(r[1]) * 100):
            bad(f"anfu: project rate {r}")
    avg_is(s, t, [r[4] for r in body], "92.40")
    prod_is(s, t, ["58.96", "23.5"], "1385.56")
    prod_is(s, t, ["34.20", "16"], "547.20")
    prod_is(s, t, ["30", "3500", "12"], "126.00", 10000)
    growth_is(s, t, "70.26", "70.12", "0.14")
    if not (agrees("84.00", D("2.10") / D("2.50") * 100) and D(8) + 7 + D("4.20") == D("19.20")):
        bad("anfu: 数量")
    if not (agrees("7.00", (D("2.00") - D("1.86")) / D("2.00") * 100) and 5 + 5 + D("3.50") == D("13.50")
            and agrees("3.50", D(7) / 10 * 5)):
        bad("anfu: 质量")
    if not (5 + D(45) / 75 * 5 == D("8.00")):
        bad("anfu: 时效")
    if not (agrees("3.44", D("0.55") / D("0.80") * 5) and 10 + D("3.44") == D("13.44")):
        bad("anfu: 生态")
    if not (5 + D(900) / 1500 * 5 == D("8.00") and agrees("9", D("85.5") / 95 * 10)):
        bad("anfu: 社会/满意度")
    check_scores(s, t, ["一级指标｜二级指标｜分值｜得分"], "90.00", "自评等级：优秀")


CHECKS = {
    "jiangle-gongyilin-2022": check_jiangle,
    "tonggu-tianbao-2019": check_tonggu,
    "suichang-gongyilin-2024": check_suichang,
    "guangze-natforest-2020": check_guangze,
    "anfu-forestrydept-2023": check_anfu,
}


def main():
    labels, codes = check_labels()
    for src in build.PROJECTS:
        text = read(f"{src}-clean.txt")
        n = len(text)
        if not 2500 <= n <= 6000:
            bad(f"{src}: clean draft has {n} characters")
        CHECKS[src](text)
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM:", p)
        return 1
    print(f"{len(labels)} cases, {sum(len(v) for v in codes.values())} labelled errors, codes: "
          + ", ".join(f"{c}×{len(v)}" for c, v in sorted(codes.items())))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
