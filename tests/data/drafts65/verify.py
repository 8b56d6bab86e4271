#!/usr/bin/env python3
"""Verify set n65: labels, edit sizes, and the arithmetic of every clean draft.

Checks
  1. every label value occurs exactly once in its case and never in the clean draft;
  2. each error case differs from its clean draft by one contiguous edit of at most 16
     characters on one line, or (score rows) one such edit on each of two adjacent lines;
  3. clean drafts: funds table (components add up per column, execution rates, execution
     score), indicator table (weights add to 100 and to the stated 一级 weights, score <= weight,
     scores add to the stated total, each quantitative score follows rules §5, qualitative
     scores fall in their band, target/actual units agree), grade band of the total in table
     and text, and a per-project list of facts from the text (sums, rates, averages,
     differences, products) with the tolerance taken from the stated decimals (rules §8).
Pure Python 3, prints OK or the list of problems (exit 1).
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
problems = []


def fail(msg):
    problems.append(msg)


def D(s):
    return Decimal(str(s).replace(",", ""))


def decimals(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    """rules §8: |c - v| <= 0.5 * 10^-d (+1e-9)."""
    tol = Decimal(5) * Decimal(10) ** (-(decimals(stated) + 1)) + Decimal("1e-9")
    return abs(Decimal(computed) - D(stated)) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优秀": "优", "良好": "良", "中等": "中", "较差": "差", "优": "优", "良": "良", "中": "中", "差": "差"}

# --------------------------------------------------------------------------- facts per project
# ("sum", [parts], total) / ("pct", num, den, pct) / ("avg", [items], avg) / ("diff", a, b, result)
# ("div", num, den, quotient) / ("mul", a, b, product). Every string must occur in the clean text.
FACTS = {
    "xinhua-weipian-2023": [
        ("sum", ["180.00", "26.00", "20.40"], "226.40"),
        ("sum", ["173.59", "22.66", "11.34", "7.24"], "214.83"),
        ("diff", "226.40", "214.83", "11.57"),
        ("pct", "214.83", "226.40", "94.89%"),
        ("sum", ["302", "355", "341", "288"], "1286"),
        ("sum", ["352", "318", "297", "319"], "1286"),
        ("avg", ["352", "318", "297", "319"], "321.5"),
        ("diff", "1286", "1074", "212"),
        ("sum", ["1047", "239"], "1286"),
        ("pct", "239", "1286", "18.58%"),
        ("pct", "1202", "1286", "93.47%"),
        ("diff", "1286", "1202", "84"),
        ("pct", "18.35", "236.80", "7.75%"),
        ("pct", "58", "62", "93.55%"),
        ("pct", "231", "239", "96.65%"),
        ("diff", "239", "231", "8"),
        ("diff", "18.35", "14.26", "4.09"),
        ("diff", "15", "14.26", "0.74"),
        ("pct", "1286", "1200", "107.17%"),
        ("pct", "314", "342", "91.81%"),
        ("pct", "128", "1286", "9.95%"),
        ("div", "1735900", "1286", "1349.84"),  # 173.59万元 in 元 / 1286
        ("pct", "21.69", "100", "21.69%"),
    ],
    "liping-oldtrees-2021": [
        ("sum", ["85.00", "15.00"], "100.00"),
        ("sum", ["85.00", "35.00"], "120.00"),
        ("sum", ["12.54", "38.61", "25.80", "21.27", "21.06"], "119.28"),
        ("diff", "135.00", "119.28", "15.72"),
        ("pct", "135.00", "135.00", "100.00%"),
        ("sum", ["126", "583", "3582", "27"], "4318"),
        ("diff", "4318", "4279", "39"),
        ("sum", ["611", "225"], "836"),
        ("diff", "836", "800", "36"),
        ("mul", "836", "150", "125400"),
        ("sum", ["21", "18", "15"], "54"),
        ("avg", ["21", "18", "15"], "18"),
        ("pct", "54", "60", "90.00%"),
        ("div", "386100", "54", "7150"),
        ("mul", "12", "2.15", "25.80"),
        ("sum", ["8.16", "6.57", "6.33"], "21.06"),
        ("avg", ["8.16", "6.57", "6.33"], "7.02"),
        ("sum", ["126", "583"], "709"),
        ("mul", "709", "300", "212700"),
        ("pct", "9", "4318", "0.21%"),
        ("pct", "442", "500", "88.40%"),
        ("pct", "260", "300", "86.67%"),
    ],
    "liangping-watermeter-2024": [
        ("sum", ["150.00", "60.00", "38.60"], "248.60"),
        ("diff", "50.00", "11.40", "38.60"),
        ("sum", ["150.00", "60.00", "31.87"], "241.87"),
        ("pct", "31.87", "38.60", "82.56%"),
        ("diff", "38.60", "31.87", "6.73"),
        ("diff", "281.00", "274.27", "6.73"),
        ("sum", ["209.16", "32.30", "18.60", "14.21"], "274.27"),
        ("sum", ["176.76", "32.40"], "209.16"),
        ("mul", "85", "0.38", "32.30"),
        ("sum", ["98", "28"], "126"),
        ("sum", ["85", "126"], "211"),
        ("pct", "214", "200", "107.00%"),
        ("pct", "121", "126", "96.03%"),
        ("pct", "196", "210", "93.33%"),
        ("div", "209.16", "126", "1.66"),
        ("pct", "1.31-1.29", "1.31", "1.53%"),
        ("diff", "126", "120", "6"),
        ("sum", ["40", "45"], "85"),
        ("pct", "32", "211", "15.17%"),
    ],
    "yuping-smallreservoir-2019": [
        ("sum", ["42.00", "46.50", "24.00", "30.00"], "142.50"),
        ("sum", ["42.00", "24.00", "30.00"], "96.00"),
        ("sum", ["96.36", "16.00", "19.20", "8.00"], "139.56"),
        ("diff", "160.70", "139.56", "21.14"),
        ("div", "96.36", "22", "4.38"),
        ("sum", ["8.02", "6.94", "6.40"], "21.36"),
        ("avg", ["8.02", "6.94", "6.40"], "7.12"),
        ("sum", ["21.36", "75.00"], "96.36"),
        ("sum", ["3", "19"], "22"),
        ("mul", "5", "3.20", "16.00"),
        ("mul", "15", "1.28", "19.20"),
        ("mul", "22", "3", "66"),
        ("pct", "5", "6", "83.33%"),
        ("pct", "2.35", "2.6", "90.38%"),
        ("diff", "2.35", "2.28", "0.07"),
        ("pct", "177", "200", "88.5%"),
    ],
    "yanling-wetland-2025": [
        ("sum", ["200.00", "20.00"], "220.00"),
        ("sum", ["200.00", "30.00", "20.00"], "250.00"),
        ("sum", ["250.00", "36.50"], "286.50"),
        ("sum", ["28.4", "6.6"], "35"),
        ("sum", ["147.68", "27.36", "9.80", "23.40", "6.90"], "215.14"),
        ("diff", "286.50", "215.14", "71.36"),
        ("sum", ["158.64", "20.00"], "178.64"),
        ("pct", "158.64", "200.00", "79.32%"),
        ("sum", ["200.00-158.64", "30.00"], "71.36"),
        ("div", "147.68", "28.4", "5.20"),
        ("div", "98000", "14", "7000"),  # 9.80万元 in 元 / 14
        ("diff", "3912", "3507", "405"),
        ("diff", "38", "35", "3"),
        ("diff", "38.2", "35", "3.2"),
        ("pct", "173", "200", "86.5%"),
        ("pct", "215.14", "286.50", "75.09%"),
    ],
}


def ev(expr):
    """A fact operand: a number or a simple a-b expression of stated numbers."""
    if "-" in expr[1:]:
        a, b = expr.split("-")
        return D(a) - D(b)
    return D(expr)


def operands(fact):
    out = []
    for x in fact[1:]:
        for y in (x if isinstance(x, list) else [x]):
            out.extend(y.split("-") if "-" in y[1:] else [y])
    return out


def check_facts(src, text):
    for fact in FACTS[src]:
        kind = fact[0]
        for tok in operands(fact):
            t = tok.rstrip("%")
            if t not in ("100", "1735900", "98000", "125400", "212700", "386100") and t not in text:
                fail(f"{src}: fact operand {tok} not in text ({fact})")
        if kind == "sum":
            c = sum(ev(x) for x in fact[1])
            ok = close(c, fact[2])
        elif kind == "diff":
            c = ev(fact[1]) - ev(fact[2])
            ok = close(c, fact[3])
        elif kind == "pct":
            c = ev(fact[1]) / ev(fact[2]) * 100
            ok = close(c, fact[3].rstrip("%"))
        elif kind == "avg":
            c = sum(ev(x) for x in fact[1]) / len(fact[1])
            ok = close(c, fact[2])
        elif kind == "div":
            c = ev(fact[1]) / ev(fact[2])
            ok = close(c, fact[3])
        elif kind == "mul":
            c = ev(fact[1]) * ev(fact[2])
            ok = close(c, fact[3])
        else:
            raise ValueError(kind)
        if not ok:
            fail(f"{src}: fact {fact} fails (computed {c})")


# --------------------------------------------------------------------------- table checks
def rows(text):
    out = []
    for ln in text.split("\n"):
        if ln.startswith("|") and not ln.startswith("| ---"):
            out.append([c.strip() for c in ln.strip().strip("|").split("|")])
    return out


NUM = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def money(cell):
    return None if cell in ("—", "", "-") else cell


def check_funds(src, text):
    rs = rows(text)
    fund = {}
    for r in rs:
        if r[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            fund[r[0]] = r
    tot = fund["年度资金总额"]
    parts = [fund[k] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    for col in (1, 2, 3):
        s = sum(D(money(p[col]) or 0) for p in parts)
        if not close(s, tot[col]):
            fail(f"{src}: funds column {col} components {s} != total {tot[col]}")
    for r in [tot] + parts:
        a, b, rate = money(r[2]), money(r[3]), r[5]
        if a is None or D(a) == 0:
            if rate not in ("—", ""):
                fail(f"{src}: rate on zero base in {r[0]}")
            continue
        c = D(b) / D(a) * 100
        if not close(c, rate.rstrip("%")):
            fail(f"{src}: {r[0]} rate {rate} != {c:.4f}")
        if c > 100:
            fail(f"{src}: {r[0]} rate over 100%")
    w, rate, score = D(tot[4]), D(tot[5].rstrip("%")), tot[6]
    exact = w * min(D(tot[3]) / D(tot[2]), Decimal(1))
    printed = w * min(rate / 100, Decimal(1))
    if not (close(exact, score) or close(printed, score)):
        fail(f"{src}: execution score {score} != {exact:.4f}")
    # 到位率/执行率 in the text equal the table where stated
    return w, D(score), tot


UNIT = re.compile(r"^[≥≤=＞＜]?\s*(?:不少于|不低于|不超过|达到)?\s*([0-9.]+)\s*(.*?)(?:以上|以内)?$")


def parse_q(cell):
    """Return (direction, number, unit) for a quantitative cell, else None."""
    c = cell.replace(" ", "")
    if re.match(r"^\d{4}年\d{1,2}月\d{1,2}日", c):
        return None
    m = UNIT.match(c)
    if not m:
        return None
    if c.startswith("≥") or c.startswith("不少于") or c.startswith("不低于") or c.startswith("达到") or c.endswith("以上"):
        d = "gte"
    elif c.startswith("≤") or c.startswith("不超过") or c.endswith("以内"):
        d = "lte"
    else:
        d = "eq"
    return d, D(m.group(1)), m.group(2)


ACHIEVED = ("已完成", "达到预期", "已建立")
PARTLY = ("部分达成", "部分完成")


def check_indicators(src, text, exec_w, exec_score, grade_in_text):
    rs = rows(text)
    start = next(i for i, r in enumerate(rs) if len(r) >= 8 and r[2] == "三级指标" or (len(r) >= 8 and r[2].startswith("三级")))
    wsum = exec_w
    ssum = exec_score
    level_w = {}
    level_stated = {}
    cur1 = None
    total_row = None
    for r in rs[start + 1:]:
        if r[0] in ("总分", "合计"):
            total_row = r
            break
        if r[0]:
            cur1 = r[0]
            m = re.search(r"（(\d+)分）", r[0])
            if m:
                level_stated[cur1] = D(m.group(1))
        name, target, actual, w, s = r[2], r[3], r[4], D(r[5]), D(r[6])
        wsum += w
        ssum += s
        level_w[cur1] = level_w.get(cur1, 0) + w
        if s > w or s < 0:
            fail(f"{src}: {name} score {s} outside [0, {w}]")
        tq, aq = parse_q(target), parse_q(actual)
        if tq and aq:
            d, t, tu = tq
            _, a, au = aq
            if tu != au:
                fail(f"{src}: {name} unit {tu!r} vs {au!r}")
            if d == "lte":
                exp = w if a <= t else w * t / a
            elif d == "eq" and t == 0:
                exp = w if a <= 0 else Decimal(0)
            else:
                exp = w if a >= t else w * a / t
            if not close(exp, r[6]):
                fail(f"{src}: {name} score {r[6]} != rule {exp:.4f}")
        else:
            if actual in ACHIEVED:
                lo, hi = w * Decimal("0.8"), w
            elif actual in PARTLY or "完工" in actual:
                lo, hi = w * Decimal("0.6"), w * Decimal("0.8") - Decimal("0.000001")
            else:
                fail(f"{src}: {name} actual {actual!r} not classified")
                continue
            if not (lo <= s <= hi):
                fail(f"{src}: qualitative {name} score {s} outside [{lo}, {hi}]")
    for k, v in level_stated.items():
        if level_w.get(k) != v:
            fail(f"{src}: level {k} weights {level_w.get(k)} != stated {v}")
    one = {k.split("（")[0]: v for k, v in level_w.items()}
    if one.get("产出指标") is None or one.get("效益指标") is None:
        fail(f"{src}: levels not found {one}")
    if total_row is None:
        fail(f"{src}: no total row")
        return
    if wsum != D(total_row[5]) or wsum != 100:
        fail(f"{src}: weights sum {wsum}, stated {total_row[5]}")
    if not close(ssum, total_row[6]):
        fail(f"{src}: scores sum {ssum}, stated {total_row[6]}")
    g = grade(total_row[6])
    for cell in total_row[7:]:
        m = re.search(r"(优秀|良好|中等|较差|优|良|中|差)", cell)
        if m and GRADE_WORDS[m.group(1)] != g:
            fail(f"{src}: table grade {m.group(1)} for {total_row[6]}")
    for m in re.finditer(r"(?:得分|自评得分)([0-9.]+)分，(?:评价)?等级为(优秀|良好|中等|较差|优|良|中|差)", text):
        if GRADE_WORDS[m.group(2)] != grade(m.group(1)) or not close(ssum, m.group(1)):
            fail(f"{src}: text grade/total {m.group(0)}")
        grade_in_text.append(m.group(0))


def check_clean(src, text):
    w, s, tot = check_funds(src, text)
    got = []
    check_indicators(src, text, w, s, got)
    if not got:
        fail(f"{src}: no total+grade sentence in text")
    check_facts(src, text)
    n = len(text)
    if not 2500 <= n <= 6000:
        fail(f"{src}: clean draft has {n} characters")


# --------------------------------------------------------------------------- labels and edits
def changed_span(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    q = 0
    while q < min(len(a), len(b)) - p and a[-1 - q] == b[-1 - q]:
        q += 1
    return a[p:len(a) - q], b[p:len(b) - q]


def check_case(rec, clean):
    with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
        text = fh.read()
    for exp in rec["expected"]:
        v = exp["value"]
        if text.count(v) != 1:
            fail(f"{rec['case']}: value occurs {text.count(v)} times: {v!r}")
        if v in clean:
            fail(f"{rec['case']}: value occurs in the clean draft: {v!r}")
        if exp["severity"] != "error":
            fail(f"{rec['case']}: severity {exp['severity']}")
    la, lb = clean.split("\n"), text.split("\n")
    if len(la) != len(lb):
        fail(f"{rec['case']}: line count changed")
        return
    diff = [i for i in range(len(la)) if la[i] != lb[i]]
    codes = {e["code"] for e in rec["expected"]}
    score_edit = codes & {"score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"}
    if not diff:
        fail(f"{rec['case']}: identical to clean")
    elif len(diff) > 2 or (len(diff) == 2 and (diff[1] - diff[0] != 1 or not score_edit)):
        fail(f"{rec['case']}: edited lines {diff}")
    for i in diff:
        old, new = changed_span(la[i], lb[i])
        if max(len(old), len(new)) > 16:
            fail(f"{rec['case']}: edit on line {i + 1} too long: {old!r} -> {new!r}")


def main():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(x) for x in fh if x.strip()]
    cleans = {}
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
                cleans[rec["source"]] = fh.read()
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expectations")
    for src, text in cleans.items():
        check_clean(src, text)
    counts = {}
    for rec in labels:
        if not rec["clean"]:
            check_case(rec, cleans[rec["source"]])
            for e in rec["expected"]:
                counts.setdefault(e["code"], set()).add(rec["source"])
                counts.setdefault("#" + e["code"], []).append(rec["case"])
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                "completion_mismatch"]
    for code in required:
        if len(counts.get("#" + code, [])) < 2 or len(counts.get(code, set())) < 2:
            fail(f"code {code} used {len(counts.get('#' + code, []))} times in {len(counts.get(code, set()))} projects")
    files = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != files:
        fail("cases folder and labels differ")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print(f"OK: {len(labels)} cases ({len(cleans)} clean), "
          + ", ".join(f"{c}={len(counts['#' + c])}" for c in required))


if __name__ == "__main__":
    main()
