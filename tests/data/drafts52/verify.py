#!/usr/bin/env python3
"""Verify set n52.

1. labels: every case exists; every value occurs exactly once in its case and never in
   the clean draft of its project; clean cases expect nothing.
2. edits: an error case differs from its clean draft in one line (two adjacent lines for
   score-row edits), each changed region at most 16 characters.
3. arithmetic of every clean draft:
   - the 自评表 (key：value lines): execution rate and score, fund-source rows and their
     sums, every indicator line (完成率 and 得分 under rules §5, score ≤ weight),
     level subtotals, weights to 100, scores to the total, grade band, and the text
     restating the total, level scores and grade;
   - the body text: an explicit list of rates, balances, sums, averages, per-unit values
     and conversions per project (CHECKS), each figure required to be present in the text.
Tolerance (rules §8): stated value with d decimals passes iff |c - v| <= 0.5 * 10^-d.
Pure Python 3, no third-party modules. Prints OK on success.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
D = Decimal
errors = []


def fail(msg):
    errors.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def dec_places(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def ok(computed, stated):
    """stated: string of a number (no unit)."""
    v = D(stated)
    tol = D("0.5") * (D(10) ** -dec_places(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def num(s):
    return D(s.replace(",", ""))


# ---------------------------------------------------------------- labels and edits
def check_labels():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    clean_of = {rec["source"]: read(rec["case"]) for rec in labels if rec["clean"]}
    codes = {}
    for rec in labels:
        text = read(rec["case"])
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expectations")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one label")
        for exp in rec["expected"]:
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity {exp['severity']}")
            n = text.count(exp["value"])
            if n != 1:
                fail(f"{rec['case']}: value occurs {n}x: {exp['value']!r}")
            if exp["value"] in clean_of[rec["source"]]:
                fail(f"{rec['case']}: value also in clean draft: {exp['value']!r}")
        check_edit(rec, clean_of[rec["source"]], text)
    return labels, codes


def changed_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j]


def check_edit(rec, clean, text):
    la, lb = clean.split("\n"), text.split("\n")
    if len(la) != len(lb):
        fail(f"{rec['case']}: line count changed")
        return
    diff = [k for k in range(len(la)) if la[k] != lb[k]]
    code = rec["expected"][0]["code"]
    if not diff:
        fail(f"{rec['case']}: no change")
        return
    if len(diff) > 2 or (len(diff) == 2 and (diff[1] - diff[0] != 1 or code not in
                                             ("score_exceeds_weight", "score_sum_mismatch"))):
        fail(f"{rec['case']}: changed lines {diff}")
    for k in diff:
        old, new = changed_region(la[k], lb[k])
        if max(len(old), len(new)) > 16:
            fail(f"{rec['case']}: edit too long on line {k + 1}: {old!r} -> {new!r}")


# ---------------------------------------------------------------- the 自评表
GRADES = [("优", 90), ("良", 80), ("中", 60), ("差", 0)]


def band(total):
    for g, lo in GRADES:
        if total >= lo:
            return g
    return "差"


def grade_key(label):
    return {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中",
            "一般": "中", "合格": "中", "差": "差", "较差": "差"}[label]


def parse_kv_blocks(lines):
    """Top block and 资金来源/支出类别 blocks of the 自评表, up to 年度总体目标."""
    top, blocks, cur = {}, [], None
    for ln in lines:
        if ln.startswith("年度总体目标："):
            break
        if "：" not in ln:
            continue
        k, v = ln.split("：", 1)
        if k in ("资金来源", "支出类别"):
            cur = {"name": v}
            blocks.append(cur)
        elif cur is None:
            top[k] = v
        else:
            cur[k] = v
    return top, blocks


AMT = re.compile(r"^([\d.]+)万元$")


def amount(v):
    m = AMT.match(v)
    if not m:
        raise ValueError(v)
    return num(m.group(1))


def check_funds(name, top, blocks):
    bud, spent = amount(top["全年预算数"]), amount(top["全年执行数"])
    rate = top["执行率"].rstrip("%")
    r = spent / bud * 100
    if not ok(r, rate):
        fail(f"{name}: table 执行率 {rate} vs {r:.4f}")
    w, s = num(top["分值"]), top["得分"]
    if not (ok(w * min(r, D(100)) / 100, s) or ok(w * min(num(rate), D(100)) / 100, s)):
        fail(f"{name}: execution score {s}")
    for key in ("年初预算数", "全年预算数", "全年执行数"):
        parts = [amount(b[key]) for b in blocks if key in b]
        if parts and key in top and sum(parts) != amount(top[key]):
            fail(f"{name}: blocks {key} sum {sum(parts)} != {top[key]}")
    for b in blocks:
        bb, be = amount(b["全年预算数"]), amount(b["全年执行数"])
        if bb == 0:
            if b["执行率"] != "—":
                fail(f"{name}: zero-base block {b['name']} rate {b['执行率']}")
        elif not ok(be / bb * 100, b["执行率"].rstrip("%")):
            fail(f"{name}: block {b['name']} rate {b['执行率']}")
        if bb and be > bb:
            fail(f"{name}: block {b['name']} over 100%")
    return w, num(s)


IND = re.compile(r"^\d+\. 指标名称：(.+?)；年度指标值：(.+?)；实际完成值：(.+?)；(?:完成率：(.+?)；)?分值：([\d.]+)；得分：([\d.]+)")
TGT = re.compile(r"^(≥|≤|=)?([\d.]+)(.*)$")
ACT = re.compile(r"^([\d.]+)(.*)$")


def check_indicator(name, line):
    m = IND.match(line)
    if not m:
        fail(f"{name}: cannot parse indicator line {line[:30]}")
        return None
    title, tgt, act, comp, w, s = m.groups()
    w, sc = num(w), num(s)
    level = "满意度" if "满意度指标" in title or title.endswith("（满意度）") else (
        "效益" if "效益" in title else "产出")
    if sc > w or sc < 0:
        fail(f"{name}: score {s} outside [0, {w}] in {title}")
    mt, ma = TGT.match(tgt), ACT.match(act)
    if re.search(r"\d年\d+月", tgt):
        mt = None  # a date target: scored as a qualitative band
    if mt and ma:
        sign, t, tu = mt.group(1) or "=", num(mt.group(2)), mt.group(3)
        a, au = num(ma.group(1)), ma.group(2)
        if tu != au:
            fail(f"{name}: unit {tu!r} vs {au!r} in {title}")
            return level, w, sc
        if sign == "≤":
            c = D(100) if a <= t else t / a * 100
        elif t == 0:
            c = D(100) if a <= 0 else D(0)
        else:
            c = a / t * 100
        if comp is not None and comp != "—" and not ok(c, comp.rstrip("%")):
            fail(f"{name}: 完成率 {comp} vs {c:.4f} in {title}")
        exp = w * min(c, D(100)) / 100
        alt = w * min(num(comp.rstrip("%")), D(100)) / 100 if comp else exp
        if not (ok(exp, s) or ok(alt, s)):
            fail(f"{name}: score {s} vs {exp:.4f} in {title}")
        if c < 100 and "偏差原因" not in line and level != "满意度":
            pass  # deviation explained in the body text
    else:
        # qualitative or date: score must be within [0, w]; achieved → [0.8w, w]
        if "部分达成" in act and not (D("0.6") * w <= sc < D("0.8") * w):
            fail(f"{name}: partly achieved score {s} outside [60%, 80%) in {title}")
        if act.startswith("达成") and not (D("0.8") * w <= sc <= w):
            fail(f"{name}: achieved score {s} outside [80%, 100%] in {title}")
    return level, w, sc


def check_table(name, text):
    start = text.index("附件：")
    lines = text[start:].split("\n")
    top, blocks = parse_kv_blocks(lines)
    ew, es = check_funds(name, top, blocks)
    rows = [check_indicator(name, ln) for ln in lines if IND.match(ln) or re.match(r"^\d+\. 指标名称", ln)]
    rows = [r for r in rows if r]
    lv = {}
    for level, w, s in rows:
        a = lv.setdefault(level, [D(0), D(0)])
        a[0] += w
        a[1] += s
    for level in ("产出", "效益", "满意度"):
        m = re.search(level + r"指标：分值([\d.]+)；得分([\d.]+)", text[start:])
        if not m:
            fail(f"{name}: no subtotal line for {level}")
            continue
        if num(m.group(1)) != lv[level][0]:
            fail(f"{name}: {level} weights {lv[level][0]} != {m.group(1)}")
        if num(m.group(2)) != lv[level][1]:
            fail(f"{name}: {level} scores {lv[level][1]} != {m.group(2)}")
    m = re.search(r"预算执行率?：分值([\d.]+)；得分([\d.]+)", text[start:])
    if m and (num(m.group(1)) != ew or num(m.group(2)) != es):
        fail(f"{name}: 预算执行 subtotal line differs from the funds block")
    wsum = ew + sum(v[0] for v in lv.values())
    ssum = es + sum(v[1] for v in lv.values())
    if wsum != 100 or num(re.search(r"总分：(\d+)", text[start:]).group(1)) != 100:
        fail(f"{name}: weights sum {wsum}")
    total = re.search(r"自评得分：([\d.]+)", text[start:]).group(1)
    if num(total) != ssum:
        fail(f"{name}: scores sum {ssum} != total {total}")
    g = grade_key(re.search(r"评价等级：(\S+)", text[start:]).group(1))
    if g != band(num(total)):
        fail(f"{name}: table grade {g} vs band {band(num(total))}")
    body = text[:start]
    for m in re.finditer(r"评价等级为(优秀|良好|中等|优|良|中|差)", body):
        if grade_key(m.group(1)) != g:
            fail(f"{name}: text grade {m.group(1)}")
    m = re.search(r"(?:自评总分|自评得分|综合得分)([\d.]+)分", body)
    if not m or m.group(1) != total:
        fail(f"{name}: text total {m and m.group(1)} vs {total}")
    m = re.search(r"预算执行率得分([\d.]+)分[，、]\s*产出指标得分([\d.]+)分[，、]效益指标得分([\d.]+)分[，、]满意度指标得分([\d.]+)分", body)
    if not m:
        fail(f"{name}: no level-score sentence")
    else:
        got = [num(x) for x in m.groups()]
        if got != [es, lv["产出"][1], lv["效益"][1], lv["满意度"][1]]:
            fail(f"{name}: text level scores {got}")
    return num(total), g


# ---------------------------------------------------------------- body arithmetic
# Each check names the figures exactly as written; every written figure must occur in the text.
# rate(num, den, stated%)   sum(parts, total)   diff(a, b, stated)   avg(items, stated)
# ratio(a, b, stated, scale) stated ≈ a / b * scale      prod(a, b, stated) stated ≈ a * b
CHECKS = {
    "huinan-realestate-2019": [
        ("sum", ["30.00", "22.00", "20.00", "14.00"], "86.00"),
        ("sum", ["86.00", "18.40", "5.60"], "110.00"),
        ("sum", ["104.40", "5.60"], "110.00"),
        ("sum", ["30.00", "22.00", "44.00", "14.00"], "110.00"),
        ("sum", ["20.00", "18.40", "5.60"], "44.00"),
        ("rate", "110.00", "110.00", "100"),
        ("rate", "104.28", "110.00", "94.80"),
        ("rate", "98.68", "104.40", "94.52"),
        ("sum", ["98.68", "5.60"], "104.28"),
        ("sum", ["28.35", "21.80", "41.13", "13.00"], "104.28"),
        ("diff", "110.00", "104.28", "5.72"),
        ("diff", "44.00", "41.13", "2.87"),
        ("sum", ["2.87", "2.85"], "5.72"),
        ("sum", ["1.65", "0.20", "1.00"], "2.85"),  # 30-28.35, 22-21.80, 14-13.00 (not written)
        ("diff", "30.00", "28.35", "1.65"),
        ("diff", "22.00", "21.80", "0.20"),
        ("diff", "14.00", "13.00", "1.00"),
        ("rate", "14236", "13000", "109.51"),
        ("ratio", "1366", "12870", "10.61", "100"),  # growth (14236 - 12870) / 12870
        ("diff", "14236", "12870", "1366"),
        ("sum", ["1862", "6745", "3918", "1206", "505"], "14236"),
        ("sum", ["3126", "3894", "3702", "3514"], "14236"),
        ("avg", ["3126", "3894", "3702", "3514"], "3559"),
        ("ratio", "1058400", "12600", "84", "1"),
        ("rate", "12600", "12000", "105.00"),
        ("rate", "2416", "2500", "96.64"),
        ("diff", "2500", "2416", "84"),
        ("prod", "138.62", "15", "2079.3"),
        ("diff", "14236", "14198", "38"),
        ("rate", "14170", "14198", "99.80"),
        ("ratio", "411300", "12600", "32.64", "1"),  # 41.13万元 / 12600卷 in 元
        ("rate", "375", "386", "97.15"),
    ],
    "beipiao-cadastral-2021": [
        ("sum", ["236.00", "120.00"], "356.00"),
        ("prod", "52000", "0.006", "312.00"),  # 52000宗 × 60元 = 312.00万元
        ("sum", ["312.00", "26.00", "18.00"], "356.00"),
        ("rate", "96.00", "120.00", "80.00"),
        ("diff", "120.00", "96.00", "24.00"),
        ("sum", ["236.00", "96.00"], "332.00"),
        ("rate", "332.00", "356.00", "93.26"),
        ("rate", "318.46", "356.00", "89.46"),
        ("sum", ["222.46", "96.00"], "318.46"),
        ("prod", "53680", "0.0055", "295.24"),  # 53680宗 × 55元
        ("sum", ["295.24", "14.80", "8.42"], "318.46"),
        ("diff", "332.00", "318.46", "13.54"),
        ("diff", "236.00", "222.46", "13.54"),
        ("sum", ["17920", "21340", "14420"], "53680"),
        ("sum", ["52260", "1420"], "53680"),
        ("sum", ["3218.40", "286.50"], "3504.90"),
        ("prod", "3504.90", "15", "52573.5"),
        ("rate", "53680", "52000", "103.23"),
        ("rate", "18000", "30000", "60.00"),
        ("ratio", "3184600", "53680", "59.33", "1"),  # 318.46万元 / 53680宗 in 元
        ("rate", "286", "300", "95.33"),
        ("rate", "530", "580", "91.38"),
    ],
    "tumedzuoqi-farmlandcomp-2024": [
        ("prod", "100", "10", "1000.00"),  # 100万亩 × 10元 = 1000万元
        ("sum", ["1000.00", "50.00"], "1050.00"),
        ("sum", ["500.00", "550.00"], "1050.00"),
        ("sum", ["500.00", "120.00"], "620.00"),
        ("diff", "550.00", "169.00", "381.00"),
        ("sum", ["620.00", "381.00"], "1001.00"),
        ("sum", ["951.00", "50.00"], "1001.00"),
        ("rate", "998.36", "1001.00", "99.74"),
        ("sum", ["951.00", "47.36"], "998.36"),
        ("rate", "47.36", "50.00", "94.72"),
        ("sum", ["24.80", "6.36", "3.20", "13.00"], "47.36"),
        ("sum", ["620.00", "378.36"], "998.36"),
        ("diff", "1001.00", "998.36", "2.64"),
        ("sum", ["186420", "142380", "231650", "168240", "124510", "97800"], "951000"),
        ("ratio", "951000", "15", "63400", "1"),
        ("ratio", "951000", "950000", "100.11", "100"),
        ("diff", "96.02", "95.10", "0.92"),
        ("prod", "951.00", "0.7", "665.70"),
        ("sum", ["665.70", "285.30"], "951.00"),
        ("ratio", "6657000", "38460", "173.09", "1"),
        ("ratio", "285.30", "132", "2.16", "1"),
        ("rate", "37768", "38460", "98.2"),  # (38460 - 692) / 38460
        ("diff", "38460", "692", "37768"),
        ("rate", "20", "26", "76.92"),
        ("ratio", "86", "15", "5.73", "1"),
        ("rate", "115", "125", "92"),
        ("diff", "125", "115", "10"),
        ("rate", "455", "486", "93.62"),
        ("avg", ["94.1", "92.8", "93.5"], "93.47"),
    ],
    "zhangwu-landconsolidation-2022": [
        ("sum", ["412.60", "286.40"], "699.00"),
        ("prod", "699.00", "15", "10485"),
        ("sum", ["168.35", "101.65"], "270.00"),
        ("sum", ["420.00", "186.50"], "606.50"),
        ("sum", ["358.30", "248.20"], "606.50"),
        ("rate", "380.00", "420.00", "90.48"),
        ("sum", ["380.00", "186.50"], "566.50"),
        ("rate", "566.50", "606.50", "93.40"),
        ("rate", "504.70", "606.50", "83.22"),
        ("sum", ["186.50", "318.20"], "504.70"),
        ("rate", "318.20", "420.00", "75.76"),
        ("sum", ["312.40", "192.30"], "504.70"),
        ("rate", "312.40", "358.30", "87.19"),
        ("rate", "192.30", "248.20", "77.48"),
        ("rate", "9.12", "9.60", "95"),
        ("diff", "566.50", "504.70", "61.80"),
        ("diff", "420.00", "380.00", "40.00"),
        ("sum", ["168.35", "61.20"], "229.55"),
        ("prod", "229.55", "15", "3443.25"),
        ("rate", "229.55", "270", "85.02"),
        ("rate", "16.2", "18.5", "87.57"),
        ("diff", "18.5", "16.2", "2.3"),
        ("ratio", "5047000", "3443.25", "1465.77", "1"),
        ("rate", "168.35", "270", "62.35"),
        ("rate", "72.60", "120", "60.50"),
        ("rate", "168", "192", "87.50"),
    ],
    "taonan-deptwhole-2020": [
        ("sum", ["1428.90", "213.80"], "1642.70"),
        ("sum", ["1642.70", "743.70"], "2386.40"),
        ("sum", ["2386.40", "512.30"], "2898.70"),  # before the 31.50 cut (not written)
        ("diff", "2898.70", "31.50", "2867.20"),
        ("sum", ["1428.90", "182.30"], "1611.20"),
        ("diff", "213.80", "31.50", "182.30"),
        ("sum", ["743.70", "512.30"], "1256.00"),
        ("sum", ["1611.20", "1256.00"], "2867.20"),
        ("sum", ["2412.80", "356.40", "98.00"], "2867.20"),
        ("rate", "2738.12", "2867.20", "95.50"),
        ("rate", "2401.30", "2514.60", "95.49"),
        ("sum", ["1598.65", "1139.47"], "2738.12"),
        ("rate", "1598.65", "1611.20", "99.22"),
        ("sum", ["1428.90", "169.75"], "1598.65"),
        ("rate", "1139.47", "1256.00", "90.72"),
        ("diff", "2867.20", "2738.12", "129.08"),
        ("rate", "129.08", "2867.20", "4.50"),
        ("diff", "1256.00", "1139.47", "116.53"),
        ("diff", "1611.20", "1598.65", "12.55"),
        ("sum", ["116.53", "12.55"], "129.08"),
        ("rate", "452.36", "468.00", "96.66"),
        ("rate", "121.80", "126.00", "96.67"),
        ("rate", "126.00", "210.00", "60.00"),
        ("rate", "58.00", "58.00", "100"),
        ("rate", "69.60", "72.50", "96.00"),
        ("sum", ["468.00", "126.00", "210.00", "58.00", "72.50"], "934.50"),
        ("sum", ["452.36", "121.80", "126.00", "58.00", "69.60"], "827.76"),
        ("rate", "827.76", "1139.47", "72.64"),
        ("sum", ["2.40", "16.20"], "18.60"),
        ("sum", ["1.05", "13.32"], "14.37"),
        ("rate", "14.37", "18.60", "77.26"),
        ("ratio", "3.55", "17.92", "19.81", "100"),  # (17.92 - 14.37) / 17.92
        ("diff", "17.92", "14.37", "3.55"),
        ("rate", "271.70", "286.00", "95.00"),
        ("prod", "68.42", "15", "1026.3"),
        ("rate", "70", "82", "85.37"),
        ("diff", "82", "70", "12"),
        ("rate", "238", "250", "95.20"),
    ],
}
# figures in CHECKS that are derived and need not be written in the text
NOT_WRITTEN = {"0.006", "0.0055", "0.7", "15", "1", "100", "10", "411300", "3184600", "6657000",
               "5047000", "950000", "37768", "1.00", "0.20", "1.65", "1366", "2898.70", "3.55", "1000.00", "26"}


def check_body(name, text):
    def present(fig):
        if fig in NOT_WRITTEN:
            return
        if not re.search(r"(?<![\d.])" + re.escape(fig) + r"(?![\d])", text):
            fail(f"{name}: figure {fig} not in text")

    for chk in CHECKS[name]:
        kind = chk[0]
        if kind == "sum":
            parts, total = chk[1], chk[2]
            for f in parts + [total]:
                present(f)
            if sum(num(p) for p in parts) != num(total):
                fail(f"{name}: sum {parts} != {total}")
        elif kind == "rate":
            a, b, s = chk[1:]
            for f in (a, b, s):
                present(f)
            if not ok(num(a) / num(b) * 100, s):
                fail(f"{name}: rate {a}/{b} = {num(a) / num(b) * 100:.4f} vs {s}")
        elif kind == "diff":
            a, b, s = chk[1:]
            for f in (a, b, s):
                present(f)
            if num(a) - num(b) != num(s):
                fail(f"{name}: diff {a}-{b} != {s}")
        elif kind == "avg":
            items, s = chk[1], chk[2]
            for f in items + [s]:
                present(f)
            if not ok(sum(num(i) for i in items) / len(items), s):
                fail(f"{name}: avg {items} vs {s}")
        elif kind == "ratio":
            a, b, s, scale = chk[1:]
            for f in (a, b, s):
                present(f)
            if not ok(num(a) / num(b) * num(scale), s):
                fail(f"{name}: ratio {a}/{b}*{scale} vs {s}")
        elif kind == "prod":
            a, b, s = chk[1:]
            for f in (a, s):
                present(f)
            if not ok(num(a) * num(b), s):
                fail(f"{name}: prod {a}*{b} vs {s}")


def check_years(name, text):
    year = int(re.search(r"(20\d\d)年度", text).group(1))
    for m in re.finditer(r"截至(20\d\d)年12月31日", text):
        if int(m.group(1)) != year:
            fail(f"{name}: 截至{m.group(1)}年12月31日 in a {year} report")
    for m in re.finditer(r"结转至(20\d\d)年", text):
        if int(m.group(1)) <= year:
            fail(f"{name}: 结转至{m.group(1)}年 in a {year} report")


def main():
    labels, codes = check_labels()
    cleans = [rec for rec in labels if rec["clean"]]
    for rec in cleans:
        text = read(rec["case"])
        total, grade = check_table(rec["source"], text)
        check_body(rec["source"], text)
        check_years(rec["source"], text)
        n = len(text)
        if not 2500 <= n <= 6000:
            fail(f"{rec['case']}: length {n}")
        print(f"  {rec['source']:32s} {n:5d} chars  total {total}  grade {grade}")
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                "completion_mismatch"]
    for c in required:
        if codes.get(c, 0) < 2:
            fail(f"code {c} used {codes.get(c, 0)}x")
    print("  codes: " + ", ".join(f"{c} {codes[c]}" for c in sorted(codes)))
    # self-test (information only): does the same arithmetic notice each injected error?
    global errors
    saved, caught, missed = errors, 0, []
    for rec in labels:
        if rec["clean"]:
            continue
        errors = []
        text = read(rec["case"])
        try:
            check_table(rec["source"], text)
        except (ValueError, AttributeError, KeyError) as exc:
            errors.append(f"parse: {exc}")
        check_body(rec["source"], text)
        check_years(rec["source"], text)
        if errors:
            caught += 1
        else:
            missed.append(rec["case"] + " (" + rec["expected"][0]["code"] + ")")
    errors = saved
    print(f"  self-test: the clean-draft arithmetic notices {caught} of {caught + len(missed)} injected errors"
          + ("; not by arithmetic alone: " + ", ".join(missed) if missed else ""))
    if errors:
        for e in errors:
            print("FAIL", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
