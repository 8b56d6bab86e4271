#!/usr/bin/env python3
"""Verify the n110 set.

1. every label value occurs in its case; every error case differs from its clean draft in one place
   (one contiguous changed region of at most two lines) and the label value overlaps that region;
2. the set covers every §A code at least twice, clean cases have no expected findings;
3. the arithmetic of every clean draft is redone: the 自评表 (funds row, weights, scores, completion,
   score rules, total, grade) is parsed and recomputed, and a per-project list of facts (sums, rates,
   balances, averages, growth, same-value mentions) is checked against the text.
Prints OK at the end when everything holds.
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

errors = []


def fail(msg):
    errors.append(msg)


def dec(s):
    return D(s.replace(",", "").replace("%", ""))


def decimals(s):
    s = s.replace(",", "").replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    """rules.md §8: stated value with d decimals matches computed within half a unit of d."""
    d = decimals(stated)
    return abs(D(computed) - dec(stated)) <= D("0.5") * D(10) ** -d + D("1e-9")


def rnd(x, n=2):
    return D(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "合格": "中", "一般": "中", "差": "差", "较差": "差", "不合格": "差"}

# ---------------------------------------------------------------- per-project facts
# ("sum", [parts], total)          parts add to total
# ("rate", num, den, pct)          num / den * 100 = pct
# ("diff", a, b, c)                a - b = c            (balances, shortfalls)
# ("avg", total_wan, count, yuan)  total (万元) * 10000 / count = average in 元
# ("avgn", total, count, avg)      total / count = avg   (same unit)
# ("mul", a, b, c)                 a * b = c
# ("scale", a, k, c)               a / k = c, k a constant (months, 元 per 万元) not looked up
# ("growth", new, old, pct)        (new - old) / old * 100 = pct
# ("same", regex)                  every match of regex (group 1) has the same value
# every number string in a fact must occur in the text.
FACTS = {
    "junan-jiuyebuzhu-2021": [
        ("sum", ["1850.00", "296.80"], "2146.80"),
        ("sum", ["1286.00", "412.30", "128.50", "320.00"], "2146.80"),
        ("sum", ["586.40", "624.50", "702.90", "168.00", "65.00"], "2146.80"),
        ("sum", ["528.76", "612.38", "702.90", "135.07", "52.36"], "2031.47"),
        ("sum", ["57.64", "12.12", "0.00", "32.93", "12.64"], "115.33"),
        ("diff", "2146.80", "2031.47", "115.33"),
        ("diff", "586.40", "528.76", "57.64"), ("diff", "624.50", "612.38", "12.12"),
        ("diff", "168.00", "135.07", "32.93"), ("diff", "65.00", "52.36", "12.64"),
        ("rate", "2031.47", "2146.80", "94.63%"),
        ("rate", "528.76", "586.40", "90.17%"), ("rate", "612.38", "624.50", "98.06%"),
        ("rate", "702.90", "702.90", "100%"), ("rate", "135.07", "168.00", "80.40%"),
        ("rate", "52.36", "65.00", "80.55%"), ("rate", "702.90", "2146.80", "32.74%"),
        ("growth", "2146.80", "1928.60", "11.31%"),
        ("sum", ["1852", "1937", "537"], "4326"),
        ("rate", "3861", "4326", "89.25%"),
        ("avg", "528.76", "4326", "1222.28"),
        ("sum", ["1168", "305"], "1473"), ("avg", "612.38", "1473", "4157.37"),
        ("sum", ["247", "845"], "1092"), ("avg", "702.90", "1092", "6436.81"),
        ("rate", "9680", "10000", "96.80%"), ("diff", "10000", "9680", "320"),
        ("sum", ["38.16", "14.20"], "52.36"), ("avg", "14.20", "142", "1000"),
        ("rate", "5436", "5200", "104.54%"),
        ("rate", "456", "476", "95.80%"),
        ("same", r"城镇新增就业(\d+)人(?!以上)"), ("same", r"截至(\d{4})年12月31日"),
    ],
    "raoyang-peixunbutie-2019": [
        ("sum", ["150.00", "48.00", "62.00"], "260.00"),
        ("sum", ["260.00", "58.60"], "318.60"),
        ("rate", "318.60", "318.60", "100%"),
        ("rate", "296.45", "318.60", "93.05%"),
        ("sum", ["281.01", "15.44"], "296.45"),
        ("avg", "15.44", "386", "400"),           # 生活费补贴 386人 × 400元
        ("diff", "318.60", "296.45", "22.15"),
        ("rate", "32", "86", "37.21%"),
        ("rate", "2418", "2200", "109.91%"),
        ("diff", "2418", "1976", "442"),
        ("sum", ["386", "1274", "143", "231", "384"], "2418"),
        ("rate", "2107", "2418", "87.14%"),
        ("avg", "296.45", "2418", "1226.01"),
        ("rate", "1532", "2107", "72.71%"),
        ("same", r"人均培训补贴\s*(\d+\.\d+(?:万元|元))"), ("same", r"结余\s*(\d+\.\d+)万元"),
    ],
    "luyi-gongyigangwei-2023": [
        ("sum", ["980.00", "285.00", "355.00"], "1620.00"),
        ("sum", ["1620.00", "315.40"], "1935.40"),
        ("sum", ["980.00", "315.40"], "1295.40"),
        ("sum", ["1295.40", "285.00", "355.00"], "1935.40"),
        ("rate", "1872.66", "1935.40", "96.76%"),
        ("diff", "1935.40", "1872.66", "62.74"),
        ("sum", ["712.00", "1223.40"], "1935.40"),
        ("sum", ["693.28", "1179.38"], "1872.66"),
        ("rate", "693.28", "712.00", "97.37%"), ("rate", "1179.38", "1223.40", "96.40%"),
        ("sum", ["326", "1478"], "1804"),
        ("sum", ["512", "364", "218", "156", "128", "100"], "1478"),
        ("avgn", "1478", "24", "61.58"),
        ("rate", "11", "12", "91.67%"),
        ("avg", "693.28", "326", "21266.26"), ("avg", "1179.38", "1478", "7979.57"),
        ("scale", "7979.57", "12", "665"),
        ("same", r"及时率\s*(\d+\.\d+)%"),
    ],
    "gaomi-chuangyetiexi-2024": [
        ("sum", ["168.00", "96.00", "156.00"], "420.00"),
        ("sum", ["420.00", "36.25"], "456.25"),
        ("sum", ["420.00", "30.00"], "450.00"),
        ("sum", ["450.00", "36.25"], "486.25"),
        ("rate", "471.93", "486.25", "97.06%"),
        ("sum", ["312.46", "96.27", "63.20"], "471.93"),
        ("sum", ["435.68", "36.25"], "471.93"),
        ("diff", "486.25", "471.93", "14.32"),
        ("sum", ["1187", "38"], "1225"),
        ("sum", ["22986", "9120"], "32106"),
        ("rate", "32106", "30000", "107.02%"),
        ("growth", "32106", "28650", "12.06%"),
        ("avgn", "22986", "1187", "19.36"), ("avgn", "9120", "38", "240.00"),
        ("diff", "40", "38", "2"),
        ("sum", ["426", "213", "98", "450"], "1187"),
        ("sum", ["382", "456", "189", "198"], "1225"),
        ("avgn", "3416", "1225", "2.79"),
        ("same", r"(?:共|累计)带动就业(\d+)人"), ("same", r"截至(\d{4})年12月31日"),
    ],
    "ruzhou-shebaobutie-2018": [
        ("sum", ["240.00", "60.00", "80.00"], "380.00"),
        ("sum", ["380.00", "32.60"], "412.60"),
        ("rate", "398.74", "412.60", "96.64%"),
        ("diff", "412.60", "398.74", "13.86"),
        ("sum", ["209.24", "115.64", "53.89", "19.97"], "398.74"),
        ("sum", ["218.00", "117.00", "55.00", "22.60"], "412.60"),
        ("rate", "209.24", "218.00", "95.98%"), ("rate", "115.64", "117.00", "98.84%"),
        ("rate", "53.89", "55.00", "97.98%"),
        ("sum", ["1046", "428", "213", "57"], "1744"),
        ("sum", ["2,092,360.00", "1,156,420.00", "538,920.00", "199,700.00"], "3,987,400.00"),
        ("avgn", "2,092,360.00", "1046", "2000.34"),
        ("avgn", "3,987,400.00", "1744", "2286.35"),
        ("scale", "2000.34", "12", "166.70"),
        ("rate", "1744", "1650", "105.70%"),
        ("rate", "93.4", "90", "103.78%"),
        # 万元 figures in the text are the 元 figures of the table / 10000
        ("scale", "2,092,360.00", "10000", "209.24"), ("scale", "1,156,420.00", "10000", "115.64"),
        ("scale", "538,920.00", "10000", "53.89"), ("scale", "199,700.00", "10000", "19.97"),
        ("same", r"人均补贴(\d+\.\d+)元"),
    ],
}

NUM = re.compile(r"[\d,]+(?:\.\d+)?%?")


def present(text, s):
    """the number string occurs in the text, not as part of a longer number"""
    for m in re.finditer(re.escape(s), text):
        a, b = m.start(), m.end()
        before = text[a - 1] if a else ""
        after = text[b] if b < len(text) else ""
        if (before.isdigit() or before in ".,") or (after.isdigit() or (after == "." and b + 1 < len(text) and text[b + 1].isdigit())):
            continue
        return True
    return False


def check_facts(pid, text):
    for fact in FACTS[pid]:
        kind = fact[0]
        if kind == "same":
            vals = set(re.findall(fact[1], text))
            if len(vals) > 1:
                fail(f"{pid}: {fact[1]} has different values {sorted(vals)}")
            continue
        nums = []
        for x in fact[1:]:
            nums.extend(x if isinstance(x, list) else [x])
        if kind == "scale":
            nums = [fact[1], fact[3]]
        for s in nums:
            if not present(text, s):
                fail(f"{pid}: fact {fact} — {s!r} not in text")
        if kind == "sum":
            c = sum(dec(p) for p in fact[1])
            ok = close(c, fact[2])
        elif kind == "rate":
            c = dec(fact[1]) / dec(fact[2]) * 100
            ok = close(c, fact[3])
        elif kind == "diff":
            c = dec(fact[1]) - dec(fact[2])
            ok = close(c, fact[3])
        elif kind == "avg":
            c = dec(fact[1]) * 10000 / dec(fact[2])
            ok = close(c, fact[3])
        elif kind in ("avgn", "scale"):
            c = dec(fact[1]) / dec(fact[2])
            ok = close(c, fact[3])
        elif kind == "mul":
            c = dec(fact[1]) * dec(fact[2])
            ok = close(c, fact[3])
        elif kind == "growth":
            c = (dec(fact[1]) - dec(fact[2])) / dec(fact[2]) * 100
            ok = close(c, fact[3])
        else:
            raise ValueError(kind)
        if not ok:
            fail(f"{pid}: fact {fact} fails (computed {rnd(c, 4)})")


# ---------------------------------------------------------------- 自评表
VAL = re.compile(r"^(≥|≤|＞|＜|>=|<=)?\s*(\d+(?:\.\d+)?)\s*(%|[^\d\s]*)$")


def parse_val(s):
    m = VAL.match(s.strip())
    if not m:
        return None
    sign = m.group(1) or ""
    direction = "lte" if sign in ("≤", "＜", "<=") else "gte"
    return direction, D(m.group(2)), m.group(3)


def check_table(pid, text):
    lines = text.split("\n")
    # funds block
    rows = {}
    for ln in lines:
        cells = [c.strip() for c in ln.split("\t")]
        for key in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            if key in cells:
                i = cells.index(key)
                rows[key] = cells[i + 1:]
    total = rows["年度资金总额"]
    init, annual, spent, w_exec, rate, s_exec = total[:6]
    if not close(dec(spent) / dec(annual) * 100, rate):
        fail(f"{pid}: funds rate {rate} ≠ {spent}/{annual}")
    r_unrounded = min(dec(spent) / dec(annual), D(1))
    r_printed = min(dec(rate) / 100, D(1))
    if not (close(dec(w_exec) * r_unrounded, s_exec) or close(dec(w_exec) * r_printed, s_exec)):
        fail(f"{pid}: execution score {s_exec} ≠ {w_exec} × rate")
    for col in range(3):
        parts = []
        for key in ("其中：当年财政拨款", "上年结转资金", "其他资金"):
            v = rows[key][col] if col < len(rows[key]) else ""
            parts.append(D(0) if v in ("", "—") else dec(v))
        if not close(sum(parts), total[col]):
            fail(f"{pid}: funds column {col} components {parts} ≠ {total[col]}")
    for key in ("其中：当年财政拨款", "上年结转资金", "其他资金"):
        if any(c not in ("—", "") for c in rows[key][3:6]):
            fail(f"{pid}: sub-row {key} carries weight/rate/score {rows[key][3:6]}")

    # indicator block
    start = next(i for i, ln in enumerate(lines) if "三级指标" in ln and "得分" in ln and "\t" in ln)
    header = lines[start].split("\t")
    ix = {name: header.index(name) for name in ("三级指标", "年度指标值", "实际完成值", "分值", "得分")}
    ix_comp = header.index("完成率") if "完成率" in header else None
    ix_l1 = header.index("一级指标")
    level1 = None
    sums_w, sums_s = {}, {}
    w_total, s_total = dec(w_exec), dec(s_exec)
    stated_total = None
    for ln in lines[start + 1:]:
        cells = ln.split("\t")
        if cells[0].startswith("总分"):
            if dec(cells[ix["分值"]]) != 100:
                fail(f"{pid}: 总分 分值 cell is {cells[ix['分值']]}")
            stated_total = cells[ix["得分"]]
            break
        if cells[ix_l1].strip():
            level1 = cells[ix_l1].strip()
        name = cells[ix["三级指标"]]
        w, s = dec(cells[ix["分值"]]), dec(cells[ix["得分"]])
        w_total += w
        s_total += s
        sums_w[level1] = sums_w.get(level1, 0) + w
        sums_s[level1] = sums_s.get(level1, 0) + s
        if s > w or s < 0:
            fail(f"{pid}: {name} score {s} outside [0, {w}]")
        t, a = parse_val(cells[ix["年度指标值"]]), parse_val(cells[ix["实际完成值"]])
        if t and a:
            if t[2] != a[2]:
                fail(f"{pid}: {name} target unit {t[2]!r} vs actual unit {a[2]!r}")
                continue
            if t[0] == "lte":
                comp = D(100) if a[1] <= t[1] else t[1] / a[1] * 100
            else:
                comp = a[1] / t[1] * 100 if t[1] else (D(100) if a[1] <= 0 else D(0))
            if ix_comp is not None and cells[ix_comp] not in ("—", ""):
                if not close(comp, cells[ix_comp]):
                    fail(f"{pid}: {name} completion {cells[ix_comp]} ≠ {rnd(comp)}")
            expect = w * min(comp, D(100)) / 100
            if not close(expect, cells[ix["得分"]]):
                fail(f"{pid}: {name} score {s} ≠ rule score {rnd(expect)}")
            if comp > 120 and not cells[-1].strip():
                fail(f"{pid}: {name} over-achieved {rnd(comp)}% without a reason")
            if comp < 100 and not cells[-1].strip():
                fail(f"{pid}: {name} unmet without a reason")
        else:
            if s < w and not cells[-1].strip():
                fail(f"{pid}: qualitative {name} lost points without a reason")
            if s < w * D("0.8"):
                fail(f"{pid}: qualitative {name} scored below the 达成 band")
    if w_total != 100:
        fail(f"{pid}: weights add to {w_total}")
    if stated_total is None or not close(s_total, stated_total):
        fail(f"{pid}: scores add to {s_total}, table total {stated_total}")
    defaults = {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
    for k, v in defaults.items():
        if sums_w.get(k) != v:
            fail(f"{pid}: {k} weights {sums_w.get(k)} ≠ {v}")
    # totals and level scores restated in the text
    for m in re.finditer(r"(?:自评得分|自评总分|总得分)\s*(\d+(?:\.\d+)?)\s*\n?分", text):
        if not close(s_total, m.group(1)):
            fail(f"{pid}: text total {m.group(1)} ≠ {s_total}")
    for m in re.finditer(r"(产出指标|效益指标|满意度指标)\s*得?\s*(\d+(?:\.\d+)?)分", text):
        if not close(sums_s[m.group(1)], m.group(2)):
            fail(f"{pid}: text {m.group(1)} score {m.group(2)} ≠ {sums_s[m.group(1)]}")
    for m in re.finditer(r"预算执行率?得?(\d+\.\d+)分", text):
        if not close(dec(s_exec), m.group(1)):
            fail(f"{pid}: text execution score {m.group(1)} ≠ {s_exec}")
    grades = re.findall(r"等级为“([^”]+)”", text)
    if not grades:
        fail(f"{pid}: no grade stated")
    for g in grades:
        if GRADE_WORDS.get(g) != grade_of(s_total):
            fail(f"{pid}: grade {g} does not fit total {s_total}")


# ---------------------------------------------------------------- cases and labels
def one_place(clean, case):
    p = 0
    while p < min(len(clean), len(case)) and clean[p] == case[p]:
        p += 1
    s = 0
    while s < min(len(clean), len(case)) - p and clean[-1 - s] == case[-1 - s]:
        s += 1
    a, b = clean[p:len(clean) - s], case[p:len(case) - s]
    return p, len(case) - s, a, b


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(ln) for ln in fh if ln.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != names:
        fail("labels.jsonl and cases/ do not list the same files")
    codes = {}
    clean_texts = {}
    for r in labels:
        if r["clean"]:
            with open(os.path.join(CASES, r["case"]), encoding="utf-8") as fh:
                clean_texts[r["source"]] = fh.read()
    if len(clean_texts) != 5:
        fail(f"expected 5 clean drafts, got {len(clean_texts)}")
    for pid, text in clean_texts.items():
        if not 3000 <= len(text) <= 9000:
            fail(f"{pid}: clean draft has {len(text)} characters")
        year = re.search(r"(\d{4})年度", text).group(1)
        if year not in pid:
            fail(f"{pid}: title year {year}")
        for m in re.finditer(r"截至(\d{4})年12月31日", text):
            if m.group(1) != year:
                fail(f"{pid}: 截至{m.group(1)}年12月31日 in a {year} report")
        for m in re.finditer(r"结转(?:至)?(\d{4})年", text):
            if int(m.group(1)) != int(year) + 1:
                fail(f"{pid}: money carried over to {m.group(1)} in a {year} report")
        check_facts(pid, text)
        check_table(pid, text)
    for r in labels:
        with open(os.path.join(CASES, r["case"]), encoding="utf-8") as fh:
            case = fh.read()
        if r["clean"]:
            if r["expected"]:
                fail(f"{r['case']}: clean case with expected findings")
            continue
        if len(r["expected"]) != 1:
            fail(f"{r['case']}: expected {len(r['expected'])} findings, want 1")
        clean = clean_texts[r["source"]]
        start, end, a, b = one_place(clean, case)
        if not b and not a:
            fail(f"{r['case']}: identical to its clean draft")
        if len(a) > 200 or len(b) > 200 or a.count("\n") > 1 or b.count("\n") > 1:
            fail(f"{r['case']}: changed region too large: {a!r} -> {b!r}")
        for e in r["expected"]:
            codes[e["code"]] = codes.get(e["code"], 0) + 1
            if e["code"] not in CODES:
                fail(f"{r['case']}: unknown code {e['code']}")
            if e["severity"] != "error":
                fail(f"{r['case']}: severity {e['severity']}")
            v = e["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), case)]
            if not occ:
                fail(f"{r['case']}: value {v!r} not in case")
            elif not any(o < max(end, start + 1) and o + len(v) > start for o in occ):
                fail(f"{r['case']}: value {v!r} does not cover the change at {start}")
            if v in clean:
                fail(f"{r['case']}: value {v!r} also occurs in the clean draft")
    for c in CODES:
        if codes.get(c, 0) < 2:
            fail(f"code {c} occurs {codes.get(c, 0)} times")
    n_err = sum(1 for r in labels if not r["clean"])
    if n_err != 30:
        fail(f"{n_err} error cases, want 30")
    if errors:
        for e in errors:
            print("FAIL", e)
        sys.exit(1)
    print(f"{len(clean_texts)} clean drafts, {n_err} error cases, codes: "
          + ", ".join(f"{c}×{codes[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
