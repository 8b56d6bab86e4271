#!/usr/bin/env python3
"""Verify the n117 set.

1. labels.jsonl: every case exists, clean cases have no expectation, every label value occurs in its case;
   every code of errors.md §A occurs at least twice.
2. every error case differs from its clean draft in one place (a single short contiguous region), and the
   label value overlaps that region.
3. the arithmetic of every clean draft is redone:
   - generic: every table row with a budget / execution / rate triple; every indicator table (weights, scores,
     totals, subtotals, completion rates, score rule); every clean draft has 3,000–9,000 characters;
   - explicit: sums, differences, rates, year-on-year changes, averages, per-unit figures and grades stated
     in the text (listed per draft below; every figure must occur in the draft as written).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
MAX_REGION = 150  # characters of the clean draft that one slip may touch

problems = []


def fail(msg):
    problems.append(msg)


# ---------------------------------------------------------------- numbers and tolerance
NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def val(s):
    return D(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    """stated string (no %), consistent with computed value under the decimals rule."""
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    return abs(D(computed) - val(stated)) <= tol


def present(text, s):
    return re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d])", text) is not None


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}

# ---------------------------------------------------------------- explicit checks per draft
# kinds:
#   ("sum", total, [parts])            total = Σ parts
#   ("diff", a, b, res)                a − b = res
#   ("rate", num, den, pct)            num / den × 100 = pct (pct without %)
#   ("inc", cur, delta, pct)           increase: delta / (cur − delta) = pct
#   ("dec", cur, delta, pct)           decrease: delta / (cur + delta) = pct
#   ("mean", [items], avg)
#   ("div", num, den, res, scale)      num × scale / den = res
#   ("grade", total, word)
#   ("has", snippet)                   snippet occurs in the draft
CHECKS = {
    "shangzhi-scjgj-2019": [
        ("sum", "3,862.40", ["3,291.40", "571.00"]),
        ("sum", "3,291.40", ["2,880.12", "411.28"]),
        ("sum", "3,326.45", ["2,905.12", "421.33"]),
        ("sum", "3,318.06", ["2,903.77", "414.29"]),
        ("sum", "4,215.68", ["3,326.45", "889.23"]),
        ("sum", "4,098.37", ["3,318.06", "780.31"]),
        ("diff", "4,215.68", "3,862.40", "353.28"),
        ("sum", "4,215.68", ["4,135.68", "80.00"]),
        ("diff", "4,098.37", "3,485.92", "612.45"),
        ("rate", "612.45", "3,485.92", "17.57"),
        ("rate", "221", "236", "93.64"),
        ("sum", "221", ["96", "125"]),
        ("rate", "3,318.06", "4,098.37", "80.96"),
        ("sum", "889.23", ["210.00", "96.50", "58.00", "74.73", "35.00", "415.00"]),
        ("sum", "780.31", ["198.64", "92.18", "55.20", "70.15", "35.00", "329.14"]),
        ("rate", "780.31", "889.23", "87.75"),
        ("diff", "415.00", "329.14", "85.86"),
        ("diff", "4,215.68", "4,098.37", "117.31"),
        ("sum", "38.60", ["0.00", "6.80", "31.80"]),
        ("sum", "31.47", ["0.00", "5.12", "26.35"]),
        ("rate", "31.47", "38.60", "81.53"),
        ("dec", "31.47", "4.83", "13.31"),
        ("rate", "1632", "1500", "108.80"),
        ("rate", "812", "860", "94.42"),
        ("div", "198.64", "1632", "1,217.16", "10000"),
        ("rate", "561", "600", "93.50"),
        ("sum", "49.61", ["8", "7", "6.61", "8", "6", "6", "8"]),
        ("sum", "27.04", ["8", "8", "6.04", "5"]),
        ("sum", "96.37", ["9.72", "49.61", "27.04", "10"]),
        ("grade", "96.37", "优"),
        ("has", "自评得分96.37分"),
    ],
    "changling-scjgj-2020": [
        ("diff", "2,388.52", "2,146.80", "241.72"),
        ("sum", "241.72", ["15.56", "226.16"]),
        ("diff", "1,688.20", "1,672.64", "15.56"),
        ("diff", "476.16", "250.00", "226.16"),
        ("inc", "2,301.96", "157.34", "7.34"),
        ("sum", "2,388.52", ["2,318.52", "70.00"]),
        ("sum", "2,301.96", ["2,235.46", "66.50"]),
        ("sum", "1,896.80", ["1,672.64", "224.16"]),
        ("sum", "1,912.36", ["1,688.20", "224.16"]),
        ("sum", "1,905.84", ["1,687.05", "218.79"]),
        ("sum", "2,146.80", ["1,896.80", "250.00"]),
        ("sum", "2,388.52", ["1,912.36", "476.16"]),
        ("sum", "2,301.96", ["1,905.84", "396.12"]),
        ("diff", "224.16", "218.79", "5.37"),
        ("sum", "476.16", ["128.00", "86.50", "52.40", "45.26", "30.00", "134.00"]),
        ("sum", "396.12", ["121.36", "86.50", "49.70", "38.16", "24.40", "76.00"]),
        ("div", "76.00", "18", "4.22", "1"),
        ("diff", "134.00", "76.00", "58.00"),
        ("sum", "18.96", ["2.21", "16.75", "0"]),
        ("dec", "18.96", "3.18", "14.36"),
        ("rate", "83.52", "86.00", "97.12"),
        ("mean", ["96", "93.5", "91", "88", "84.5"], "90.60"),
        ("sum", "97.42", ["9.64", "7.12", "7", "6", "7", "6.78", "7", "8", "8", "8", "5.88", "7", "10"]),
        ("grade", "97.42", "优"),
        ("has", "自评得分97.42分"),
    ],
    "zhuanghe-scjgj-2021": [
        ("diff", "4,702.90", "4,386.25", "316.65"),
        ("sum", "4,702.90", ["4,597.90", "105.00"]),
        ("rate", "4,611.37", "4,702.90", "98.05"),
        ("inc", "4,611.37", "236.18", "5.40"),
        ("rate", "3,649.02", "4,611.37", "79.13"),
        ("sum", "3,630.25", ["3,185.00", "445.25"]),
        ("sum", "3,654.18", ["3,201.56", "452.62"]),
        ("sum", "3,649.02", ["3,200.88", "448.14"]),
        ("sum", "4,386.25", ["3,630.25", "756.00"]),
        ("sum", "4,702.90", ["3,654.18", "1,048.72"]),
        ("sum", "4,611.37", ["3,649.02", "962.35"]),
        ("sum", "1,048.72", ["236.00", "48.60", "88.12", "41.00", "420.00", "215.00"]),
        ("sum", "962.35", ["229.48", "45.10", "80.57", "39.36", "373.84", "194.00"]),
        ("diff", "420.00", "373.84", "46.16"),
        ("sum", "42.00", ["0.00", "8.00", "34.00"]),
        ("sum", "35.68", ["0.00", "6.27", "29.41"]),
        ("dec", "35.68", "3.22", "8.28"),
        ("rate", "2186", "2000", "109.30"),
        ("diff", "13560", "12000", "1560"),
        ("div", "45.10", "13560", "33.26", "10000"),
        ("rate", "443", "500", "88.60"),
        ("sum", "95.29", ["9.81", "8", "6", "6.64", "7", "7", "5", "8", "8", "7", "7", "6", "9.84"]),
        ("grade", "95.29", "优秀"),
        ("has", "自评得分为95.29分"),
    ],
    "qitaihe-scjgj-2023": [
        ("diff", "5,636.44", "5,208.60", "427.84"),
        ("sum", "318.00", ["86.00", "232.00"]),
        ("dec", "5,472.15", "118.88", "2.13"),
        ("sum", "5,636.44", ["5,436.44", "200.00", "0.00"]),
        ("sum", "5,472.15", ["5,294.15", "178.00", "0.00"]),
        ("sum", "4,288.60", ["3,740.00", "548.60"]),
        ("sum", "4,312.80", ["3,756.34", "556.46"]),
        ("sum", "4,301.67", ["3,755.90", "545.77"]),
        ("sum", "5,208.60", ["4,288.60", "920.00"]),
        ("sum", "5,636.44", ["4,312.80", "1,323.64"]),
        ("sum", "5,472.15", ["4,301.67", "1,170.48"]),
        ("diff", "5,636.44", "5,472.15", "164.29"),
        ("rate", "164.29", "5,636.44", "2.91"),
        ("sum", "1,323.64", ["318.00", "126.40", "64.00", "93.24", "22.00", "520.00", "48.00", "132.00"]),
        ("sum", "1,170.48", ["312.65", "118.72", "60.80", "86.11", "19.80", "422.40", "46.00", "104.00"]),
        ("diff", "520.00", "422.40", "97.60"),
        ("sum", "46.00", ["6.00", "40.00"]),
        ("sum", "39.12", ["4.36", "34.76"]),
        ("dec", "39.12", "3.73", "8.70"),
        ("rate", "3126", "3000", "104.20"),
        ("div", "3,126,500", "1", "312.65", "0.0001"),
        ("div", "3,126,500", "3126", "1,000.16", "1"),
        ("mean", ["93.6", "94.8", "95.1", "96.3"], "94.95"),
        ("mean", ["97.33", "93.2", "95", "94.6", "97", "88.4", "98", "91.3"], "94.35"),
        ("grade", "98.38", "优"),
        ("has", "自评得分98.38分"),
        ("has", "其中优秀7个、良好1个"),
    ],
    "linghai-scjgj-2024": [
        ("diff", "3,245.76", "2,968.30", "277.46"),
        ("sum", "3,245.76", ["3,155.76", "90.00"]),
        ("sum", "2,986.12", ["2,900.32", "85.80"]),
        ("rate", "2,900.32", "3,155.76", "91.91"),
        ("rate", "85.80", "90.00", "95.33"),
        ("dec", "2,986.12", "116.45", "3.75"),
        ("sum", "2,468.30", ["2,160.00", "308.30"]),
        ("sum", "2,486.50", ["2,170.40", "316.10"]),
        ("sum", "2,478.93", ["2,170.40", "308.53"]),
        ("sum", "2,968.30", ["2,468.30", "500.00"]),
        ("sum", "3,245.76", ["2,486.50", "759.26"]),
        ("sum", "2,986.12", ["2,478.93", "507.19"]),
        ("sum", "759.26", ["165.00", "60.00", "38.26", "300.00", "96.00", "25.00", "75.00"]),
        ("sum", "507.19", ["158.40", "52.30", "36.49", "120.00", "80.00", "25.00", "35.00"]),
        ("sum", "21.00", ["3.00", "18.00"]),
        ("sum", "16.84", ["1.92", "14.92", "0"]),
        ("inc", "16.84", "0.56", "3.44"),
        ("rate", "48", "120", "40"),
        ("rate", "96", "150", "64.00"),
        ("div", "158.40", "1320", "1200", "10000"),
        ("sum", "44.10", ["8", "5.69", "2.8", "7", "6.61", "6", "8"]),
        ("sum", "25.02", ["8", "7", "5.12", "4.9"]),
        ("sum", "88.25", ["9.20", "44.10", "25.02", "9.93"]),
        ("grade", "88.25", "良"),
        ("has", "自评得分88.25分"),
    ],
}


def run_checks(name, text, checks):
    def need(*nums):
        for s in nums:
            if not present(text, s):
                fail(f"{name}: figure {s} not found in the draft")

    for ch in checks:
        kind = ch[0]
        if kind == "sum":
            _, total, parts = ch
            need(total, *parts)
            if sum(val(p) for p in parts) != val(total):
                fail(f"{name}: sum {' + '.join(parts)} = {sum(val(p) for p in parts)} ≠ {total}")
        elif kind == "diff":
            _, a, b, res = ch
            need(a, b, res)
            if val(a) - val(b) != val(res):
                fail(f"{name}: {a} − {b} ≠ {res}")
        elif kind == "rate":
            _, num, den, pct = ch
            need(num, den, pct)
            c = val(num) / val(den) * 100
            if not close(c, pct):
                fail(f"{name}: {num}/{den} = {c:.4f}% ≠ {pct}%")
        elif kind in ("inc", "dec"):
            _, cur, delta, pct = ch
            need(cur, delta, pct)
            prev = val(cur) - val(delta) if kind == "inc" else val(cur) + val(delta)
            c = val(delta) / prev * 100
            if not close(c, pct):
                fail(f"{name}: {kind} {delta} on {prev} = {c:.4f}% ≠ {pct}%")
        elif kind == "mean":
            _, items, avg = ch
            need(avg, *items)
            c = sum(val(i) for i in items) / len(items)
            if not close(c, avg):
                fail(f"{name}: mean {c:.4f} ≠ {avg}")
        elif kind == "div":
            _, num, den, res, scale = ch
            need(num, den, res)
            c = val(num) * D(scale) / val(den)
            if not close(c, res):
                fail(f"{name}: {num}×{scale}/{den} = {c:.4f} ≠ {res}")
        elif kind == "grade":
            _, total, word = ch
            need(total)
            if f"“{word}”" not in text:
                fail(f"{name}: grade “{word}” not found")
            if GRADE_WORDS[word] != grade_of(total):
                fail(f"{name}: grade {word} does not fit {total}")
        elif kind == "has":
            if ch[1] not in text:
                fail(f"{name}: snippet not found: {ch[1]}")
        else:
            fail(f"{name}: unknown check {kind}")


# ---------------------------------------------------------------- generic table checks
def table_rows(text):
    """Yield lists of rows (each a list of cells) for runs of consecutive table lines."""
    tables, cur = [], []
    for line in text.split("\n"):
        if line.count("｜") + line.count("|") >= 2:
            s = line.strip()
            cells = re.split(r"[｜|]", s)
            if s[:1] in "｜|":
                cells = cells[1:]
            if s[-1:] in "｜|":
                cells = cells[:-1]
            cells = [c.strip() for c in cells]
            if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                continue
            cur.append(cells)
        else:
            if cur:
                tables.append(cur)
            cur = []
    if cur:
        tables.append(cur)
    return tables


def num_cell(c):
    c = c.strip()
    m = re.fullmatch(r"(" + NUM + r")", c)
    return m.group(1) if m else None


def pct_cell(c):
    m = re.fullmatch(r"(" + NUM + r")%", c.strip())
    return m.group(1) if m else None


def parse_target(s):
    """-> (direction, value string, unit) or None for dates / qualitative values."""
    s = s.strip()
    if re.search(r"\d+年\d+月", s):
        return None
    m = re.fullmatch(r"(≥|≤|＞|＜|>=|<=)?\s*(" + NUM + r")\s*(.*)", s)
    if not m:
        return None
    sign, v, unit = m.groups()
    direction = "gte" if sign in ("≥", "＞", ">=") else "lte" if sign in ("≤", "＜", "<=") else "eq"
    return direction, v, unit.strip()


def completion(direction, t, a):
    t, a = val(t), val(a)
    if direction == "lte":
        return D(100) if a <= t else t / a * 100
    if t == 0:
        return D(100) if a <= 0 else D(0)
    return a / t * 100


def check_tables(name, text):
    n_ind = 0
    for rows in table_rows(text):
        mode, hdr = None, None
        acc_w, acc_s = D(0), D(0)      # whole-table sums of weights / scores (data rows only)
        by_l1 = {}                      # 一级 name -> [weights, scores]
        for cells in rows:
            joined = "".join(cells)
            if "三级指标" in cells and "分值" in cells and "得分" in cells:
                mode, hdr = "ind", {c: i for i, c in enumerate(cells)}
                n_ind += 1
                continue
            if any(c == "执行率" for c in cells):
                mode, hdr = "funds", {c: i for i, c in enumerate(cells)}
                continue
            if mode == "funds":
                def col(*keys):
                    for k in keys:
                        for h, i in hdr.items():
                            if k in h:
                                return i
                    return None
                ib = col("全年预算")
                if ib is None:
                    ib = col("预算数")
                ie, ir = col("全年执行", "执行数", "实际支出"), col("执行率")
                if None in (ib, ie, ir) or max(ib, ie, ir) >= len(cells):
                    continue
                b, e, r = num_cell(cells[ib]), num_cell(cells[ie]), cells[ir]
                if b is None or e is None:
                    continue
                if val(b) == 0:
                    if r not in ("—", "-", "0", "0%", "") and val(e) == 0:
                        fail(f"{name}: rate {r} printed on a zero budget in row {cells[0]}")
                    continue
                rp = pct_cell(r)
                c = val(e) / val(b) * 100
                if rp is None or not close(c, rp):
                    fail(f"{name}: row {cells[0]}: {e}/{b} = {c:.4f}% vs {r}")
                if "分值" in hdr and "得分" in hdr:
                    w, s = num_cell(cells[hdr["分值"]]), num_cell(cells[hdr["得分"]])
                    if w and s:
                        ok = close(val(w) * min(c, D(100)) / 100, s) or close(val(w) * min(val(rp), D(100)) / 100, s)
                        if not ok:
                            fail(f"{name}: execution score {s} ≠ {w} × {rp}%")
                        acc_w += val(w)
                        acc_s += val(s)
            elif mode == "ind":
                first = cells[0]
                w = num_cell(cells[hdr["分值"]]) if hdr["分值"] < len(cells) else None
                s = num_cell(cells[hdr["得分"]]) if hdr["得分"] < len(cells) else None
                if w is None or s is None:
                    continue
                if "合计" in first or "总分" in first:
                    if acc_w != val(w):
                        fail(f"{name}: weights add to {acc_w}, total row says {w}")
                    if val(w) != 100:
                        fail(f"{name}: total weight {w} ≠ 100")
                    if acc_s != val(s):
                        fail(f"{name}: scores add to {acc_s}, total row says {s}")
                    continue
                if first.endswith("小计"):
                    l1 = first[:-2]
                    sw, ss = by_l1.get(l1, [D(0), D(0)])
                    if sw != val(w) or ss != val(s):
                        fail(f"{name}: subtotal {first}: rows {sw}/{ss} vs {w}/{s}")
                    continue
                acc_w += val(w)
                acc_s += val(s)
                by_l1.setdefault(first, [D(0), D(0)])
                by_l1[first][0] += val(w)
                by_l1[first][1] += val(s)
                if not (D(0) <= val(s) <= val(w)):
                    fail(f"{name}: score {s} outside [0, {w}] in row {joined[:30]}")
                tgt = parse_target(cells[hdr["年度指标值"]])
                act = parse_target(cells[hdr["实际完成值"]])
                if tgt is None or act is None:
                    continue  # date or qualitative: only the bounds are checked
                if tgt[2] != act[2]:
                    fail(f"{name}: unit of actual {act[2]!r} differs from target {tgt[2]!r} in row {joined[:30]}")
                    continue
                c = completion(tgt[0], tgt[1], act[1])
                if "完成率" in hdr:
                    cp = pct_cell(cells[hdr["完成率"]])
                    if cp is None or not close(c, cp):
                        fail(f"{name}: completion {cells[hdr['完成率']]} ≠ {c:.4f}% in row {joined[:30]}")
                    printed = val(cp) if cp else c
                else:
                    printed = c
                exp_exact = val(w) * min(c, D(100)) / 100
                exp_print = val(w) * min(printed, D(100)) / 100
                if not (close(exp_exact, s) or close(exp_print, s)):
                    fail(f"{name}: score {s} ≠ {w} × {min(c, D(100)):.4f}% in row {joined[:30]}")
    if n_ind == 0:
        fail(f"{name}: no indicator table found")


# ---------------------------------------------------------------- labels and diffs
def changed_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def main():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    texts = {}
    for rec in labels:
        path = os.path.join(CASES, rec["case"])
        if not os.path.exists(path):
            fail(f"missing case {rec['case']}")
            continue
        with open(path, encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    listed = set(os.listdir(CASES))
    if listed != set(texts):
        fail(f"case files and labels differ: {sorted(listed ^ set(texts))}")

    count = {c: 0 for c in CODES}
    sources = sorted({r["source"] for r in labels})
    for rec in labels:
        name, text = rec["case"], texts.get(rec["case"], "")
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{name}: clean case with expectations")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{name}: expected exactly one injected error")
        clean = texts.get(f"{rec['source']}-clean.txt")
        if clean is None:
            fail(f"{name}: no clean draft")
            continue
        (c0, c1), (e0, e1) = changed_region(clean, text)
        if c1 - c0 <= 0 and e1 - e0 <= 0:
            fail(f"{name}: identical to its clean draft")
        if max(c1 - c0, e1 - e0) > MAX_REGION:
            fail(f"{name}: changed region too long ({c1 - c0} / {e1 - e0} chars)")
        for exp in rec["expected"]:
            if exp["code"] not in CODES:
                fail(f"{name}: unknown code {exp['code']}")
            else:
                count[exp["code"]] += 1
            if exp.get("severity") != "error":
                fail(f"{name}: severity should be error")
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                fail(f"{name}: value not found: {v!r}")
            elif not any(o < max(e1, e0 + 1) and e0 < o + len(v) for o in occ):
                fail(f"{name}: value {v!r} does not cover the changed text")
    for c, n in count.items():
        if n < 2:
            fail(f"code {c} occurs {n} times (< 2)")

    for src in sources:
        name = f"{src}-clean.txt"
        text = texts.get(name, "")
        if not 3000 <= len(text) <= 9000:
            fail(f"{name}: length {len(text)} outside 3,000–9,000")
        if src not in CHECKS:
            fail(f"{name}: no explicit checks")
            continue
        run_checks(name, text, CHECKS[src])
        check_tables(name, text)

    n_err = sum(1 for r in labels if not r["clean"])
    print(f"{len(labels)} cases ({len(labels) - n_err} clean, {n_err} with one error); "
          + ", ".join(f"{c}={n}" for c, n in count.items()))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
