#!/usr/bin/env python3
"""Check the set: labels vs cases, edit sizes, and the arithmetic of every clean draft.
Pure Python 3. Prints OK or the list of problems (exit 1)."""
import json
import os
import re
from decimal import Decimal as D, ROUND_HALF_UP

import build

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
problems = []


def fail(msg):
    problems.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def decimals(s):
    s = s.replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    """stated: string as written; tolerance half a unit of its last digit."""
    d = decimals(stated)
    v = D(stated.replace("%", ""))
    return abs(D(computed) - v) <= D("0.5") * (D(10) ** -d) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- labels and edits
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
codes = {}
for rec in labels:
    text = read(rec["case"])
    clean = read(rec["source"] + "-clean.txt")
    if rec["clean"]:
        if rec["expected"]:
            fail(f"{rec['case']}: clean case with expectations")
        continue
    if len(rec["expected"]) != 1:
        fail(f"{rec['case']}: expected exactly one label")
    for exp in rec["expected"]:
        codes[exp["code"]] = codes.get(exp["code"], 0) + 1
        if text.count(exp["value"]) != 1:
            fail(f"{rec['case']}: value occurs {text.count(exp['value'])} times")
        if exp["value"] in clean:
            fail(f"{rec['case']}: value occurs in the clean draft")
        if exp["severity"] != "error":
            fail(f"{rec['case']}: severity")

for (pid, n, code, pairs, value, expl) in build.EDITS:
    clean = read(pid + "-clean.txt")
    case = read(f"{pid}-e{n}.txt")
    if build.apply(clean, pairs) != case:
        fail(f"{pid}-e{n}: case differs from clean + edits")
    if len(pairs) > 2:
        fail(f"{pid}-e{n}: more than two replacements")
    lines = []
    for old, new in pairs:
        p = 0
        while p < min(len(old), len(new)) and old[p] == new[p]:
            p += 1
        s = 0
        while s < min(len(old), len(new)) - p and old[-1 - s] == new[-1 - s]:
            s += 1
        core_old, core_new = old[p:len(old) - s], new[p:len(new) - s]
        size = max(len(core_old), len(core_new))
        if size > 16 or "\n" in core_old or "\n" in core_new:
            fail(f"{pid}-e{n}: edit too large or spans lines ({size})")
        pos = clean.find(old) + p
        lines.append(clean.count("\n", 0, pos))
    if len(pairs) == 2 and (abs(lines[0] - lines[1]) != 1 or code not in ("score_exceeds_weight", "score_sum_mismatch")):
        fail(f"{pid}-e{n}: two replacements must be score rows on adjacent lines")

REQUIRED = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
            "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
            "unit_mismatch", "year_mismatch", "completion_mismatch"]
for c in REQUIRED:
    if codes.get(c, 0) < 2:
        fail(f"code {c} used {codes.get(c, 0)} times (< 2)")
for pid in build.PROJECTS:
    pc = {e[2] for e in build.EDITS if e[0] == pid}
    if len([e for e in build.EDITS if e[0] == pid]) != 6:
        fail(f"{pid}: not six error cases")


# ---------------------------------------------------------------- generic score tables
NUM = re.compile(r"-?\d+(?:\.\d+)?")


def num_unit(cell):
    m = re.match(r"^\s*(≥|≤|=)?\s*(\d+(?:\.\d+)?)\s*(.*)$", cell)
    if not m or re.search(r"\d年", cell):
        return None
    return m.group(1) or "", D(m.group(2)), m.group(3).strip()


def grade(total):
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


def check_tables(pid, text, stated_grade):
    lines = text.split("\n")
    i, found = 0, False
    while i < len(lines):
        if "\t" in lines[i] and "分值" in lines[i] and "得分" in lines[i]:
            hdr = lines[i].split("\t")
            leaves, subtotals, cur_sub = [], {}, None
            j = i + 1
            while j < len(lines) and "\t" in lines[j]:
                cells = lines[j].split("\t")
                if "分值" in cells and "得分" in cells:
                    hdr = cells
                    j += 1
                    continue
                wi, si = hdr.index("分值"), hdr.index("得分")
                w, s = cells[wi], cells[si]
                if cells[0] in ("合计", "总分"):
                    found = True
                    tw = sum(x[0] for x in leaves)
                    ts = sum(x[1] for x in leaves)
                    if D(w) != 100 or tw != 100:
                        fail(f"{pid}: weights {tw} / total {w}")
                    if not close(ts, s):
                        fail(f"{pid}: scores sum {ts}, total {s}")
                    if grade(D(s)) != stated_grade:
                        fail(f"{pid}: grade {stated_grade} for {s}")
                    for k, (sw, ss, members) in subtotals.items():
                        if sum(m[0] for m in members) != sw or not close(sum(m[1] for m in members), str(ss)):
                            fail(f"{pid}: subtotal {k}")
                    break
                if not NUM.fullmatch(w or "x") or not NUM.fullmatch(s or "x"):
                    j += 1
                    continue
                w, s = D(w), D(s)
                if len(cells) > 1 and cells[1] == "小计":
                    subtotals[cells[0]] = (w, s, [])
                    cur_sub = cells[0]
                    j += 1
                    continue
                if s > w or s < 0:
                    fail(f"{pid}: score above weight: {lines[j]!r}")
                leaves.append((w, s))
                if cur_sub == cells[0]:
                    subtotals[cur_sub][2].append((w, s))
                # score rule and completion for simple quantitative rows
                ti = next((k for k, h in enumerate(hdr) if h in ("年度指标值", "目标值")), None)
                ai = next((k for k, h in enumerate(hdr) if h in ("实际完成值", "业绩值")), None)
                if ti is not None and ai is not None:
                    sign_col = hdr.index("指标性质") if "指标性质" in hdr else None
                    t, a = num_unit(cells[ti]), num_unit(cells[ai])
                    if t and a:
                        sign = t[0] or (cells[sign_col] if sign_col is not None else "=")
                        if t[2] != a[2] and not (t[2] == "" and a[2] == ""):
                            fail(f"{pid}: unit differs: {lines[j]!r}")
                        T, A = t[1], a[1]
                        if sign == "≤":
                            comp = D(1) if A <= T else T / A
                        elif sign == "=" and T == 0:
                            comp = D(1) if A <= 0 else D(0)
                        else:
                            comp = A / T
                        exp = w * min(comp, D(1)) if not (sign == "=" and T == 0) else w * comp
                        if not close(exp, str(s)) and not close(r2(exp), str(s)):
                            fail(f"{pid}: score rule {lines[j]!r} expected {r2(exp)}")
                        if "完成率" in hdr:
                            c = cells[hdr.index("完成率")]
                            if c != "—" and not close(comp * 100, c):
                                fail(f"{pid}: completion {c} vs {comp * 100}")
                j += 1
            i = j
        i += 1
    if not found:
        fail(f"{pid}: no score table with a total found")


# ---------------------------------------------------------------- project arithmetic
def need(pid, text, *subs):
    for s in subs:
        if s not in text:
            fail(f"{pid}: expected text missing: {s!r}")


def rate(pid, text, num, den, stated):
    need(pid, text, stated)
    if not close(D(num) / D(den) * 100, re.findall(r"\d+(?:\.\d+)?%", stated)[-1]):
        fail(f"{pid}: rate {num}/{den} vs {stated}")


def total(pid, parts, tot):
    if sum(D(p) for p in parts) != D(tot):
        fail(f"{pid}: sum {parts} != {tot}")


def product(pid, a, b, c):
    if D(a) * D(b) != D(c):
        fail(f"{pid}: {a} x {b} != {c}")


def project_checks():
    # huili
    pid = "huili-cropinsurance-2022"; t = read(pid + "-clean.txt")
    rows = {"水稻": ("6.20", "800", "0.06", "297.60", ["133.92", "74.40", "29.76", "59.52"]),
            "玉米": ("9.50", "700", "0.06", "399.00", ["179.55", "99.75", "39.90", "79.80"]),
            "马铃薯": ("3.40", "600", "0.05", "102.00", ["45.90", "25.50", "10.20", "20.40"])}
    for k, (area, amt, fee, prem, shares) in rows.items():
        product(pid, D(area) * D(amt), fee, prem)
        total(pid, shares, prem)
        for sh, pct in zip(shares, ["0.45", "0.25", "0.10", "0.20"]):
            product(pid, prem, pct, sh)
        need(pid, t, "\t".join([prem] + shares))
    total(pid, ["297.60", "399.00", "102.00"], "798.60")
    total(pid, ["133.92", "179.55", "45.90"], "359.37")
    total(pid, ["74.40", "99.75", "25.50"], "199.65")
    total(pid, ["29.76", "39.90", "10.20"], "79.86")
    total(pid, ["59.52", "79.80", "20.40"], "159.72")
    total(pid, ["359.37", "199.65", "79.86"], "638.88")
    total(pid, ["620.00", "30.00"], "650.00"); total(pid, ["365.00", "205.00", "80.00"], "650.00")
    total(pid, ["200.00", "165.00"], "365.00")
    total(pid, ["5.63", "5.35", "0.14"], "11.12"); total(pid, ["638.88", "11.12"], "650.00")
    total(pid, ["359.37", "5.63"], "365.00"); total(pid, ["199.65", "5.35"], "205.00"); total(pid, ["79.86", "0.14"], "80.00")
    total(pid, ["4960", "6650", "2040"], "13650")
    rate(pid, t, "638.88", "650.00", "预算执行率98.29%")
    rate(pid, t, "231.46", "297.60", "赔付率77.78%"); rate(pid, t, "452.31", "399.00", "赔付率113.36%")
    rate(pid, t, "61.20", "102.00", "赔付率60.00%"); rate(pid, t, "744.97", "798.60", "综合赔付率93.28%")
    rate(pid, t, "15.70", "22.00", "覆盖率71.36%"); rate(pid, t, "12285", "12384", "理赔兑现率99.20%")
    total(pid, ["231.46", "452.31", "61.20"], "744.97")
    if not close((D("19.10") / D("17.86") - 1) * 100, "6.94") or not close((D(41260) / 39870 - 1) * 100, "3.49"):
        fail(f"{pid}: growth")
    if not close(D("744.97") * 10000 / 12384, "601.56") or not close(D("744.97") / 600 * 100 - 100, "24.16"):
        fail(f"{pid}: per household / deviation")
    if not close(D(41260) / 40000 * 100, "103.15") or not close(D("19.10") / D("18.50") * 100, "103.24"):
        fail(f"{pid}: completion text")
    need(pid, t, "10\t9.83", "100\t99.67", "自评得分99.67分", "结余11.12万元", "结转至2023年")
    check_tables(pid, t, "优")

    # ludian
    pid = "ludian-disasterrelief-2020"; t = read(pid + "-clean.txt")
    product(pid, 126, "4", "504"); product(pid, 418, "1", "418"); product(pid, 2635, "0.2", "527")
    product(pid, 1860, "0.18", "334.80"); product(pid, 12450, "0.03", "373.50"); product(pid, 4230, "0.01", "42.30")
    product(pid, "20", "90", "1800")
    total(pid, ["504.00", "418.00", "527.00", "334.80", "373.50", "42.30"], "2199.60")
    total(pid, ["2199.60", "60.40"], "2260.00")
    total(pid, ["1340.00", "620.00", "100.00", "200.00"], "2260.00"); total(pid, ["800.00", "540.00"], "1340.00")
    product(pid, 126, "2.4", "302.40"); product(pid, 126, "1.6", "201.60")
    total(pid, ["302.40", "418.00", "527.00", "334.80", "373.50", "42.30"], "1998.00")
    total(pid, ["1998.00", "262.00"], "2260.00"); total(pid, ["201.60", "60.40"], "262.00")
    total(pid, ["126", "418", "2635"], "3179"); total(pid, ["98", "28"], "126")
    rate(pid, t, "1998.00", "2260.00", "预算执行率88.41%"); rate(pid, t, "98", "126", "竣工率77.78%")
    if not close((D(2260) / 1120 - 1) * 100, "101.79"):
        fail(f"{pid}: growth")
    m = re.search(r"满意度分别为([\d.%、]+)，平均为([\d.]+)%", t)
    items = [D(x.rstrip("%")) for x in m.group(1).rstrip("、").split("、")]
    if not close(sum(items) / len(items), m.group(2)):
        fail(f"{pid}: average")
    need(pid, t, "自评得分89.17分", "100\t89.17", "10\t88.41%\t8.84", "年末结转资金262.00万元")
    check_tables(pid, t, "良")

    # weining
    pid = "weining-potatoinsurance-2019"; t = read(pid + "-clean.txt")
    product(pid, 38600 * 1500, "0.06", 3474000); product(pid, 250000 * 500, "0.06", 7500000); product(pid, 152000 * 600, "0.01", 912000)
    rws = [("347.40", ["173.70", "86.85", "17.37", "69.48"], ["0.5", "0.25", "0.05", "0.2"]),
           ("750.00", ["0", "375.00", "225.00", "150.00"], ["0", "0.5", "0.3", "0.2"]),
           ("91.20", ["36.48", "27.36", "9.12", "18.24"], ["0.4", "0.3", "0.1", "0.2"])]
    for prem, shares, pcts in rws:
        total(pid, shares, prem)
        for sh, p in zip(shares, pcts):
            product(pid, prem, p, sh)
    total(pid, ["347.40", "750.00", "91.20"], "1188.60")
    total(pid, ["173.70", "36.48"], "210.18"); total(pid, ["86.85", "375.00", "27.36"], "489.21")
    total(pid, ["17.37", "225.00", "9.12"], "251.49"); total(pid, ["69.48", "150.00", "18.24"], "237.72")
    total(pid, ["210.18", "489.21", "251.49"], "950.88"); total(pid, ["950.88", "237.72"], "1188.60")
    total(pid, ["210.18", "489.21", "260.00"], "959.39"); total(pid, ["210.18", "489.21", "255.00"], "954.39")
    total(pid, ["950.88", "3.51"], "954.39"); total(pid, ["251.49", "3.51"], "255.00"); total(pid, ["255.00", "5.00"], "260.00")
    need(pid, t, "959.39\t954.39\t950.88\t3.51\t99.48\t99.11", "260.00\t255.00\t251.49\t3.51\t98.08\t96.73")
    for a, b, s in [("954.39", "959.39", "99.48"), ("950.88", "959.39", "99.11"), ("255.00", "260.00", "98.08"), ("251.49", "260.00", "96.73")]:
        if not close(D(a) / D(b) * 100, s):
            fail(f"{pid}: funds table rate {s}")
    total(pid, ["412.65", "586.20", "54.72"], "1053.57"); product(pid, 2751, "0.15", "412.65")
    rate(pid, t, "412.65", "347.40", "赔付率118.78%"); rate(pid, t, "586.20", "750.00", "赔付率78.16%")
    rate(pid, t, "54.72", "91.20", "赔付率60.00%"); rate(pid, t, "1053.57", "1188.60", "综合赔付率88.64%")
    rate(pid, t, "3560", "3640", "结案率97.8%"); rate(pid, t, "9", "10", "拨付及时率90%"); rate(pid, t, "711", "761", "满意度93.4%")
    if not close((D(63215) / 58960 - 1) * 100, "7.22") or not close(D("1053.57") * 10000 / 63215, "166.66"):
        fail(f"{pid}: growth / per household")
    need(pid, t, "自评得分98.91分，等级为优")
    check_tables(pid, t, "优")

    # jinggu
    pid = "jinggu-forestinsurance-2024"; t = read(pid + "-clean.txt")
    product(pid, "187.50", "1.60", "300.00"); product(pid, "64.80", "3.00", "194.40")
    product(pid, "800", "0.0020", "1.60"); product(pid, "1200", "0.0025", "3.00")
    for prem, shares, pcts in [("300.00", ["150.00", "105.00", "45.00", "0.00"], ["0.5", "0.35", "0.15", "0"]),
                               ("194.40", ["58.32", "48.60", "38.88", "48.60"], ["0.3", "0.25", "0.2", "0.25"])]:
        total(pid, shares, prem)
        for sh, p in zip(shares, pcts):
            product(pid, prem, p, sh)
    total(pid, ["300.00", "194.40"], "494.40"); total(pid, ["150.00", "58.32"], "208.32")
    total(pid, ["105.00", "48.60"], "153.60"); total(pid, ["45.00", "38.88"], "83.88")
    total(pid, ["208.32", "153.60", "83.88"], "445.80"); total(pid, ["187.50", "64.80"], "252.30")
    total(pid, [str(D("187.50") * 800), str(D("64.80") * 1200)], "227760.00")
    total(pid, ["200.00", "150.00", "80.00"], "430.00"); total(pid, ["430.00", "9.60"], "439.60")
    total(pid, ["208.32", "153.60", "88.08"], "450.00"); total(pid, ["450.00", "9.60"], "459.60")
    total(pid, ["436.20", "9.60"], "445.80"); total(pid, ["445.80", "13.80"], "459.60"); total(pid, ["436.20", "13.80"], "450.00")
    total(pid, ["9.60", "74.28"], "83.88"); total(pid, ["74.28", "13.80"], "88.08"); total(pid, ["186.00", "1.50"], "187.50")
    rate(pid, t, "445.80", "459.60", "预算执行率97.00%"); rate(pid, t, "436.20", "450.00", "执行率96.93%")
    rate(pid, t, "252.30", "290.00", "的87.00%"); rate(pid, t, "64.80", "80", "完成率81.00%"); rate(pid, t, "207", "225", "到场率92%")
    rate(pid, t, "126.30", "300.00", "赔付率42.10%"); rate(pid, t, "231.82", "194.40", "赔付率119.25%")
    rate(pid, t, "358.12", "494.40", "综合赔付率72.44%"); total(pid, ["126.30", "231.82"], "358.12")
    if not close((1 - D("64.80") / D("71.20")) * 100, "8.99") or not close((D("358.12") / 300 - 1) * 100, "19.37"):
        fail(f"{pid}: comparisons")
    need(pid, t, "439.60\t459.60\t445.80\t10\t97.00%\t9.70", "年末结转资金13.80万元", "项目得分96.53分，评价等级为优", "结转至2025年")
    check_tables(pid, t, "优")

    # pingchang
    pid = "pingchang-disasteraid-2018"; t = read(pid + "-clean.txt")
    product(pid, 9880, "0.01", "98.80"); product(pid, 1040, "0.18", "187.20"); product(pid, 96, "2.5", "240.00")
    product(pid, 372, "1", "372.00"); product(pid, 17000, "0.025", "425.00"); product(pid, 600, 3, 1800)
    total(pid, ["98.80", "187.20"], "286.00"); total(pid, ["240.00", "372.00"], "612.00")
    total(pid, ["98.80", "187.20", "240.00", "372.00", "425.00"], "1323.00")
    total(pid, ["800.00", "380.00", "43.00", "100.00"], "1323.00"); total(pid, ["286.00", "612.00", "425.00"], "1323.00")
    product(pid, 96, "1.75", "168.00"); product(pid, 96, "0.75", "72.00"); total(pid, ["168.00", "372.00"], "540.00")
    total(pid, ["286.00", "540.00", "425.00"], "1251.00"); total(pid, ["800.00", "320.00", "43.00", "88.00"], "1251.00")
    total(pid, ["60.00", "12.00"], "72.00"); total(pid, ["1251.00", "72.00"], "1323.00"); total(pid, ["81", "15"], "96")
    total(pid, ["96", "372"], "468"); total(pid, ["81", "372"], "453")
    rate(pid, t, "540.00", "612.00", "88.24%"); rate(pid, t, "1251.00", "1323.00", "综合执行率94.56%")
    rate(pid, t, "320.00", "380.00", "支出率84.21%"); rate(pid, t, "88.00", "100.00", "支出率88.00%")
    rate(pid, t, "453", "468", "96.79%")
    total(pid, ["10.00", "48.50", "29.00", "10.00"], "97.50"); total(pid, ["10.00", "47.20", "28.50", "9.50"], "95.20")
    need(pid, t, "自评得分97.50分（预算执行10.00分、产出指标48.50分、效益指标29.00分、满意度指标10.00分）",
         "自评得分95.20分（预算执行10.00分、产出指标47.20分、效益指标28.50分、满意度指标9.50分）",
         "\t97.50\t优", "\t96.30\t优", "\t95.20\t优", "平均自评得分96.33分，总体评价等级为优")
    if not close((D("97.50") + D("96.30") + D("95.20")) / 3, "96.33"):
        fail(f"{pid}: average")
    for s in ("97.50", "96.30", "95.20"):
        if grade(D(s)) != "优":
            fail(f"{pid}: sub grade")
    check_tables(pid, t, "优")


project_checks()
if problems:
    print("\n".join(problems))
    raise SystemExit(1)
print(f"OK: {len(labels)} cases, codes {dict(sorted(codes.items()))}")
