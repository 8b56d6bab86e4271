#!/usr/bin/env python3
"""Check set n50: labels against cases, edit sizes, and the arithmetic of every clean draft.

Run after build.py:  python3 build.py && python3 verify.py   → prints OK or the problems.
Pure Python 3, no third-party packages.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PROBLEMS = []
MULTI_ROW_CODES = {"score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"}
NUM = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def bad(msg):
    PROBLEMS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def num(s, idx=-1):
    """(value, decimals) of the number at position idx (default: the last) in s."""
    found = NUM.findall(s)
    if not found:
        raise ValueError(f"no number in {s!r}")
    t = found[idx].replace(",", "")
    d = len(t.split(".")[1]) if "." in t else 0
    return float(t), d


def close(computed, stated, d):
    return abs(computed - stated) <= 0.5 * 10 ** (-d) + 1e-9


def rnd(x, d=2):
    from decimal import Decimal, ROUND_HALF_UP
    return float(Decimal(repr(x)).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP))


# ----------------------------------------------------------------------------- labels and edits
def check_labels():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    cleans = {r["source"]: read(r["case"]) for r in labels if r["clean"]}
    codes = {}
    for r in labels:
        text = read(r["case"])
        if r["clean"]:
            if r["expected"]:
                bad(f"{r['case']}: clean case with expected findings")
            continue
        clean = cleans[r["source"]]
        if len(r["expected"]) != 1:
            bad(f"{r['case']}: expected exactly one label")
        for e in r["expected"]:
            codes.setdefault(e["code"], []).append(r["source"])
            if e["severity"] != "error":
                bad(f"{r['case']}: severity {e['severity']}")
            if text.count(e["value"]) != 1:
                bad(f"{r['case']}: value occurs {text.count(e['value'])}x in case: {e['value']!r}")
            if e["value"] in clean:
                bad(f"{r['case']}: value occurs in the clean draft: {e['value']!r}")
            check_edit(r["case"], clean, text, e["code"])
    section_a = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                 "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                 "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                 "completion_mismatch"]
    for c in section_a:
        srcs = codes.get(c, [])
        if len(srcs) < 2 or len(set(srcs)) < 2:
            bad(f"code {c} used {len(srcs)}x in {len(set(srcs))} projects (need ≥2 in ≥2 projects)")
    return labels, codes


def line_change(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return max(len(a) - i - j, len(b) - i - j)


def check_edit(name, clean, text, code):
    la, lb = clean.split("\n"), text.split("\n")
    if len(la) != len(lb):
        bad(f"{name}: line count changed")
        return
    changed = [k for k in range(len(la)) if la[k] != lb[k]]
    if not changed:
        bad(f"{name}: identical to clean draft")
        return
    if len(changed) == 2 and code in MULTI_ROW_CODES:
        if changed[1] - changed[0] != 1:
            bad(f"{name}: two changed rows not adjacent")
    elif len(changed) != 1:
        bad(f"{name}: {len(changed)} lines changed")
    for k in changed:
        n = line_change(la[k], lb[k])
        if n > 16:
            bad(f"{name}: edit of {n} characters on line {k + 1}")


# ----------------------------------------------------------------------------- indicator tables
def tables(text):
    out, cur = [], []
    for line in text.split("\n"):
        if line.startswith("|"):
            cur.append([c.strip() for c in line.strip().strip("|").split("|")])
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return [[r for r in t if not all(set(c) <= set("-: ") for c in r)] for t in out]


def col(header, names):
    for n in names:
        if n in header:
            return header.index(n)
    return None


def parse_val(s):
    m = re.match(r"^(≥|≤|=)?\s*(\d+(?:\.\d+)?)\s*(.*)$", s)
    if not m:
        return None
    return m.group(1) or "", float(m.group(2)), m.group(3), len(m.group(2).split(".")[1]) if "." in m.group(2) else 0


def band(s):
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


def check_indicator_table(name, text, t):
    h = t[0]
    iw, isc = col(h, ["分值", "权重"]), col(h, ["得分", "指标得分"])
    it, ia = col(h, ["年度指标值", "目标值", "指标值"]), col(h, ["实际完成值", "业绩值"])
    ic = col(h, ["完成率"])
    rows = t[1:]
    leaves, total, groups, count = [], None, {}, 0
    for r in rows:
        if r[0] == "合计":
            total = r
            continue
        if r[1] == "小计":
            lw = sum(float(x[iw]) for x in groups.get(r[0], []))
            ls = sum(float(x[isc]) for x in groups.get(r[0], []))
            if abs(lw - float(r[iw])) > 1e-9:
                bad(f"{name}: {r[0]} subtotal weight {r[iw]} vs rows {lw}")
            if not close(ls, *num(r[isc])):
                bad(f"{name}: {r[0]} subtotal score {r[isc]} vs rows {ls:.2f}")
            continue
        leaves.append(r)
        groups.setdefault(r[0], []).append(r)
    wsum = sum(float(r[iw]) for r in leaves)
    ssum = sum(float(r[isc]) for r in leaves)
    if abs(wsum - 100) > 1e-9 or abs(float(total[iw]) - 100) > 1e-9:
        bad(f"{name}: weights add to {wsum}, total row {total[iw]}")
    tv, td = num(total[isc])
    if not close(ssum, tv, td):
        bad(f"{name}: scores add to {ssum:.2f}, total row {total[isc]}")
    # grade: total row label and every "等级为…" in the text
    g = band(tv)
    labels = [c for c in total if re.search("优|良|中等|差|合格", c)]
    for lab in labels + re.findall(r"等级为[“\"]?(优秀|优|良好|良|中等|中|较差|差)", text):
        if lab.replace("等级：", "")[0] != g:
            bad(f"{name}: grade {lab} vs band {g} of {tv}")
    for m in re.finditer(r"(?:综合得分|总得分|得分)(\d+\.\d+)分", text):
        pass
    for r in leaves:
        w, s = float(r[iw]), float(r[isc])
        count += 1
        if s < 0 or s > w + 1e-9:
            bad(f"{name}: score {s} outside [0, {w}] in {r[2]}")
        tgt, act = parse_val(r[it]), parse_val(r[ia])
        if tgt is None or act is None:
            if r[it] == r[ia] and abs(s - w) > 1e-9:
                bad(f"{name}: qualitative row {r[2]} achieved but not full marks")
            if r[it] != r[ia] and not (0.6 * w - 1e-9 <= s < 0.8 * w):
                bad(f"{name}: qualitative partial row {r[2]} outside 60-80% band")
            continue
        sign, T, tu, _ = tgt
        _, A, au, _ = act
        if tu != au:
            bad(f"{name}: unit {tu!r} vs {au!r} in {r[2]}")
        if sign == "≤":
            comp = 1.0 if A <= T else T / A
        elif sign == "=" and T == 0:
            comp = 1.0 if A <= 0 else 0.0
        else:
            comp = A / T
        if ic is not None:
            cv, cd = num(r[ic])
            if not close(comp * 100, cv, cd):
                bad(f"{name}: completion {r[ic]} vs {comp * 100:.4f} in {r[2]}")
        exp1 = w * min(comp, 1.0)
        ok = close(exp1, s, num(r[isc])[1])
        if ic is not None and not ok:
            ok = close(w * min(num(r[ic])[0] / 100, 1.0), s, num(r[isc])[1])
        if not ok:
            bad(f"{name}: score {r[isc]} vs rule {exp1:.4f} in {r[2]}")
        # completion stated in the 备注 column ("完成率xx%")
        for c in r:
            m = re.search(r"完成率(\d+\.\d+)%", c)
            if m and not close(comp * 100, float(m.group(1)), len(m.group(1).split(".")[1])):
                bad(f"{name}: 备注 completion {m.group(1)} vs {comp * 100:.4f} in {r[2]}")
    return tv, count


# ----------------------------------------------------------------------------- explicit arithmetic
# (snippet that must occur in the clean draft, expression whose value is the snippet's last number)
FACTS = {
    "weinan-freeopen-2019": [
        ("共164个", "3 + 22 + 139"),
        ("| 3 | 50 | 150.00", "3 * 50"),
        ("| 22 | 20 | 440.00", "22 * 20"),
        ("| 139 | 5 | 695.00", "139 * 5"),
        ("全市免费开放补助资金共1285.00", "1028.00 + 154.20 + 102.80"),
        ("| 164 | — | 1285.00", "150 + 440 + 695"),
        ("| 1231.46 | 95.83%", "148.62 + 431.07 + 651.77", 0),
        ("2018年12月提前下达771.00万元", "1028.00 - 257.00"),
        ("| 148.62 | 99.08%", "148.62 / 150 * 100"),
        ("| 431.07 | 97.97%", "431.07 / 440 * 100"),
        ("| 651.77 | 93.78%", "651.77 / 695 * 100"),
        ("| 1231.46 | 95.83%", "1231.46 / 1285 * 100"),
        ("预算执行率95.83%", "1231.46 / 1285 * 100"),
        ("未支出53.54万元", "1285.00 - 1231.46"),
        ("乡镇综合文化站43.23万元", "695 - 651.77"),
        ("地市级1.38万元", "150 - 148.62"),
        ("县级8.93万元", "440 - 431.07"),
        ("结转的53.54万元", "1.38 + 8.93 + 43.23"),
        ("平均每馆49.54万元", "(49.86 + 49.37 + 49.39) / 3"),
        ("分别支出49.86万元、49.37万元、49.39", "148.62 - 49.86 - 49.37"),
        ("县级22个场馆平均支出19.59万元", "431.07 / 22"),
        ("平均每站支出4.69万元", "651.77 / 139"),
        ("支出200.37万元", "1231.46 - 712.35 - 318.74"),
        ("712.35万元，占57.85%", "712.35 / 1231.46 * 100"),
        ("318.74万元，占25.88%", "318.74 / 1231.46 * 100"),
        ("200.37万元，占16.27%", "200.37 / 1231.46 * 100"),
        ("9126场次增长8.09%", "(9864 - 9126) / 9126 * 100"),
        ("完成年度目标的109.60%", "9864 / 9000 * 100"),
        ("148.25万册次增长5.77%", "(156.80 - 148.25) / 148.25 * 100"),
        ("完成年度目标的98.00%", "156.80 / 160 * 100"),
        ("共服务群众589.95万人次", "214.36 + 352.18 + 23.41"),
        ("每人次服务成本2.09元", "1231.46 / 589.95"),
        ("189.52万人次增长13.11%", "(214.36 - 189.52) / 189.52 * 100"),
        ("人均到馆0.40次", "214.36 / 532.80"),
        ("完成年度目标的97.44%", "214.36 / 220 * 100"),
        ("完成年度目标的92.68%", "352.18 / 380 * 100"),
        ("完成年度目标的110.36%", "386.25 / 350 * 100"),
        ("人均藏书0.54册", "286.45 / 532.80"),
        ("每万人拥有公共图书馆建筑面积122.37平方米", "6.52 * 10000 / 532.80"),
        ("增加3.41平方米", "122.37 - 118.96"),
        ("回收率97.47%", "1462 / 1500 * 100"),
        ("群众满意度95.62%", "1398 / 1462 * 100"),
        ("产出指标得分49.90分", "10 + 10 + 4.90 + 10 + 5 + 10"),
        ("效益指标得分29.01分", "9.74 + 9.27 + 5 + 5"),
        ("预算执行率得分9.58分", "10 * 1231.46 / 1285"),
        ("综合得分98.49分", "9.58 + 49.90 + 29.01 + 10"),
    ],
    "shuozhou-museum-2021": [
        ("| 全年预算资金 | (2) | 236.00 | 236.00 | 160.00 | 40.00 | 36.00", "160 + 40 + 36", 2),
        ("| 年初预算资金 | (1) | 196.00", "160 + 36"),
        ("| 全年执行资金 | (4) | 224.87", "160 + 28.87 + 36"),
        ("| 资金结余 | (5)=(3)-(4) | 11.13", "236 - 224.87"),
        ("| 11.13 | 0.00 | 11.13", "40 - 28.87"),
        ("| 95.28 | 95.28 | 100.00 | 72.18", "28.87 / 40 * 100"),
        ("| (7)=(4)/(2) | 95.28", "224.87 / 236 * 100"),
        ("全年预算236.00万元，执行率95.28%", "224.87 / 236 * 100"),
        ("预算执行率指标得分9.53", "10 * 224.87 / 236"),
        ("全年预算调整为236.00", "196 + 40"),
        ("合计224.87", "86.40 + 31.52 + 47.15 + 59.80"),
        ("全年开放301天", "365 - 52 - 1 - 11"),
        ("引进巡展4个", "12 - 8"),
        ("线上28场", "146 - 118"),
        ("完成年度目标的120.00%", "12 / 10 * 100"),
        ("完成率93.33%", "560 / 600 * 100"),
        ("剩余40件", "600 - 560"),
        ("每人次接待成本5.82元", "224.87 / 38.64"),
        ("21.35万人次增长80.98%", "(38.64 - 21.35) / 21.35 * 100"),
        ("的85.49%", "38.64 / 45.20 * 100"),
        ("完成年度目标的96.60%", "38.64 / 40 * 100"),
        ("每万人参观博物馆2427", "38.64 / 159.20 * 10000"),
        ("11.27万人次，占29.17%", "11.27 / 38.64 * 100"),
        ("5.80万人次，占27.17%", "5.80 / 21.35 * 100"),
        ("提高2.00个百分点", "(11.27 / 38.64 - 5.80 / 21.35) * 100"),
        ("提高2.00个百分点", "29.17 - 27.17"),
        ("观众满意度96.85%", "615 / 635 * 100"),
        ("自评总得分98.86", "9.53 + 10 + 10 + 4.67 + 10 + 5 + 10 + 9.66 + 10 + 5 + 5 + 10"),
    ],
    "xiuwu-digitalculture-2023": [
        ("全年预算93.60", "45 + 20 + 20 + 8.60"),
        ("年初预算65.00", "45 + 20"),
        ("| 93.60 | 81.43", "32 + 24.60 + 24 + 13", 0),
        ("| 93.60 | 81.43", "32 + 21.23 + 19.20 + 9.00"),
        ("| 24.60 | 21.23 | 86.30%", "21.23 / 24.60 * 100"),
        ("| 24.00 | 19.20 | 80.00%", "19.20 / 24 * 100"),
        ("| 13.00 | 9.00 | 69.23%", "9 / 13 * 100"),
        ("| 81.43 | 87.00%", "81.43 / 93.60 * 100"),
        ("预算执行率87.00%", "81.43 / 93.60 * 100"),
        ("未支出12.17万元", "93.60 - 81.43"),
        ("未支出12.17万元", "3.37 + 4.80 + 4.00"),
        ("质保金3.37万元", "24.60 - 21.23"),
        ("标准2.00万元/个，共12个", "24.00 / 12", 0),
        ("剩余4.56万元", "23.76 - 19.20"),
        ("另有0.24万元", "24.00 - 23.76"),
        ("新增3.4TB", "18.6 - 15.2"),
        ("增长22.37%", "(18.6 - 15.2) / 15.2 * 100"),
        ("完成年度目标的113.33%", "3.4 / 3.0 * 100"),
        ("的6.42%", "12 / 187 * 100"),
        ("场均40人次", "1680 / 42"),
        ("完成年度目标的84.00%", "42 / 50 * 100"),
        ("每个驿站建设成本1.98万元", "23.76 / 12"),
        ("39.15万人次增长19.59%", "(46.82 - 39.15) / 39.15 * 100"),
        ("人均访问1.77次", "46.82 / 26.40"),
        ("完成年度目标的93.64%", "46.82 / 50 * 100"),
        ("完成年度目标的93.14%", "3.26 / 3.5 * 100"),
        ("每人次访问成本1.74元", "81.43 / 46.82"),
        ("每万人拥有5.98台", "158 / 26.40"),
        ("每万人5.05台", "134 / 26.52"),
        ("增加0.93台", "158 / 26.40 - 134 / 26.52"),
        ("群众满意度88.60%", "443 / 500 * 100"),
        ("完成年度目标的98.44%", "88.60 / 90 * 100"),
        ("项目总得分96.41", "8.70 + 10 + 10 + 4.20 + 10 + 5 + 10 + 9.36 + 9.31 + 10 + 9.84"),
    ],
    "hebi-artcenter-2024": [
        ("年初预算548.30万元，其中基本支出392.30万元、项目支出156.00", "392.30 + 156.00", 0),
        ("年中追加64.18万元，其中基本支出8.96万元（调资及绩效工资）、项目支出55.22", "8.96 + 55.22", 0),
        ("全年预算612.48", "548.30 + 64.18"),
        ("| 392.30 | 401.26", "392.30 + 8.96"),
        ("| 156.00 | 211.22", "156.00 + 55.22"),
        ("| 548.30 | 612.48 | 596.42", "399.85 + 196.57"),
        ("| 548.30 | 612.48", "401.26 + 211.22"),
        ("| 392.30 | 401.26 | 399.85", "352.74 + 47.11"),
        ("| 347.10 | 352.74", "392.30 - 45.20", 0),
        ("| 45.20 | 48.52", "401.26 - 352.74"),
        ("| 399.85 | 99.65%", "399.85 / 401.26 * 100"),
        ("| 47.11 | 97.09%", "47.11 / 48.52 * 100"),
        ("| 196.57 | 93.06%", "196.57 / 211.22 * 100"),
        ("| 596.42 | 97.38%", "596.42 / 612.48 * 100"),
        ("预算执行率97.38%", "596.42 / 612.48 * 100"),
        ("年末结余16.06", "612.48 - 596.42"),
        ("项目支出结余14.65", "211.22 - 196.57"),
        ("基本支出结余1.41", "401.26 - 399.85"),
        ("实际支出2.80", "0.62 + 2.18"),
        ("控制率82.35%", "2.80 / 3.40 * 100"),
        ("| 2.62% |", "16.06 / 612.48 * 100"),
        ("| 156.00 | 211.22 | 196.57 | 93.06%", "50 + 64.92 + 33.18 + 23.87 + 24.60", 2),
        ("| 156.00 | 211.22 | 196.57", "50 + 68.40 + 36.50 + 28.32 + 28.00", 1),
        ("| 合计 | 156.00", "50 + 40 + 30 + 20 + 16"),
        ("中央40万元、省级10", "50 - 40"),
        ("经费28.40", "68.40 - 40.00"),
        ("冬季班经费6.50", "36.50 - 30.00"),
        ("扩容12.00", "28.00 - 16.00"),
        ("| 28.32 |", "55.22 - 28.40 - 6.50 - 12.00 + 20"),
        ("| 64.92 | 94.91%", "64.92 / 68.40 * 100"),
        ("| 33.18 | 90.90%", "33.18 / 36.50 * 100"),
        ("| 23.87 | 84.29%", "23.87 / 28.32 * 100"),
        ("| 24.60 | 87.86%", "24.60 / 28.00 * 100"),
        ("291场增长12.03%", "(326 - 291) / 291 * 100"),
        ("非遗展演166场", "326 - 48 - 112"),
        ("计划实施率96.33%", "289 / 300 * 100"),
        ("增加活动37场", "326 - 289"),
        ("场均活动成本1991.41元", "64.92 * 10000 / 326"),
        ("合计3847人次", "1286 + 1452 + 1109"),
        ("季均1,282.33人次", "(1286 + 1452 + 1109) / 3"),
        ("班均40.07人次", "3847 / 96"),
        ("每万人参与群众文化活动3369", "52.76 / 156.60 * 10000"),
        ("71.40万人次增长20.66%", "(86.15 - 71.40) / 71.40 * 100"),
        ("群众满意度88.50%", "531 / 600 * 100"),
        ("投入管理20分", "10 + 5 + 5"),
        ("产出指标40分", "10 + 10 + 5 + 5 + 5 + 5"),
        ("得分90.03", "9.74 + 5 + 5 + 10 + 7.69 + 3.00 + 5 + 5 + 5 + 9.07 + 7.03 + 8.67 + 9.83"),
    ],
    "yijun-library-2018": [
        ("全年预算46.00万元，其中免费开放补助20.00万元，总分馆制建设26.00", "46 - 20"),
        ("总分馆制建设26.00", "14.00 + 9.00 + 3.00"),
        ("乡镇分馆4个共14.00", "4 * 3.50"),
        ("服务点18个共9.00", "18 * 0.50"),
        ("| 合计 | 36.00", "16 + 2 + 18"),
        ("| 合计 | 36.00 | 46.00", "16 + 12 + 18"),
        ("| 合计 | 36.00 | 46.00 | 46.00", "16 + 12 + 18"),
        ("| 合计 | 36.00 | 46.00 | 46.00 | 41.04", "16 + 9.58 + 15.46"),
        ("追加总分馆制建设补助10.00", "12.00 - 2.00"),
        ("年初预算36.00", "46 - 10"),
        ("免费开放2.00万元、总分馆制建设16.00", "18 - 2"),
        ("预算执行率89.22%", "41.04 / 46 * 100"),
        ("结余4.96", "46 - 41.04"),
        ("支出19.46万元，执行率97.30%", "19.46 / 20 * 100"),
        ("支出19.46万元，执行率97.30%", "16 + 2 + (15.46 - 14.00)", 0),
        ("支出21.58万元，执行率83.00%", "21.58 / 26 * 100"),
        ("支出21.58", "41.04 - 19.46"),
        ("按期建成率77.78%", "14 / 18 * 100"),
        ("其余4个", "18 - 14"),
        ("馆藏总量10.95", "9.63 + 1.32"),
        ("人均藏书1.17册", "10.95 / 9.36"),
        ("每人次免费开放成本2.26元", "19.46 / 8.62"),
        ("7.35万人次增长17.28%", "(8.62 - 7.35) / 7.35 * 100"),
        ("4.68万册次增长9.83%", "(5.14 - 4.68) / 4.68 * 100"),
        ("6.64%", "6215 / 93600 * 100"),
        ("占5.80%", "5430 / 93600 * 100"),
        ("提高0.84个百分点", "(6215 - 5430) / 93600 * 100"),
        ("提高0.84个百分点", "6.64 - 5.80"),
        ("每万人拥有公共图书馆建筑面积305.56", "2860 / 9.36"),
        ("读者满意度87.20%", "218 / 250 * 100"),
        ("覆盖分馆和服务点22个", "4 + 18"),
        ("项目得分89.47", "8.92 + 48.72 + 22.14 + 9.69"),
    ],
}


# ("SUM", snippet): the first number in the snippet equals the sum of the others
SUMS = {
    "weinan-freeopen-2019": [
        "共1285.00万元，其中中央补助资金1028.00万元、省级配套资金154.20万元、市县两级配套资金102.80万元",
        "未支出53.54万元，其中地市级1.38万元、县级8.93万元、乡镇综合文化站43.23万元",
        "共服务群众589.95万人次，其中公共图书馆到馆214.36万人次、文化馆（站）活动参与352.18万人次、市美术馆参观23.41万人次",
    ],
    "shuozhou-museum-2021": [
        "年初预算196.00万元，其中中央财政免费开放补助资金160.00万元（晋财教〔2020〕152号，2020年12月提前下达），市级配套资金36.00万元",
    ],
    "xiuwu-digitalculture-2023": [
        "全年预算93.60万元，其中中央补助45.00万元、省级补助20.00万元、县级配套20.00万元、上年结转8.60万元",
        "年初预算65.00万元（中央补助45.00万元已于2022年12月提前下达，县级配套20.00万元",
    ],
    "hebi-artcenter-2024": [
        "年初预算548.30万元，其中基本支出392.30万元、项目支出156.00万元",
        "年中追加64.18万元，其中基本支出8.96万元（调资及绩效工资）、项目支出55.22万元",
        "实际支出2.80万元，其中公务接待费0.62万元、公务用车运行维护费2.18万元",
    ],
    "yijun-library-2018": [
        "全年预算46.00万元，其中免费开放补助20.00万元，总分馆制建设26.00万元",
    ],
}
YEAR_FREE = re.compile(r"\d{4}年|〔\d{4}〕|\d+号|\d+个?月")


def check_facts(pid, text):
    n = 0
    for snippet in SUMS.get(pid, []):
        n += 1
        if snippet not in text:
            bad(f"{pid}: sum snippet not in clean draft: {snippet!r}")
            continue
        vals = [float(x.replace(",", "")) for x in NUM.findall(YEAR_FREE.sub("", snippet))]
        if abs(vals[0] - sum(vals[1:])) > 1e-6:
            bad(f"{pid}: {vals[0]} != sum of {vals[1:]}")
    for fact in FACTS[pid]:
        snippet, expr, idx = (fact + (-1,))[:3]
        if expr is None:
            continue
        n += 1
        if snippet not in text:
            bad(f"{pid}: snippet not in clean draft: {snippet!r}")
            continue
        v, d = num(snippet, idx)
        c = eval(expr, {"__builtins__": {}})
        if not close(c, v, d):
            bad(f"{pid}: {snippet!r} states {v}, {expr} = {c:.6f}")
    return n


def main():
    labels, codes = check_labels()
    total_facts = total_rows = 0
    for r in labels:
        if not r["clean"]:
            continue
        text = read(r["case"])
        pid = r["source"]
        n = len(text)
        if not 2500 <= n <= 6000:
            bad(f"{pid}: clean draft has {n} characters")
        total_facts += check_facts(pid, text)
        found = False
        for t in tables(text):
            h = t[0]
            if col(h, ["分值", "权重"]) is not None and col(h, ["得分", "指标得分"]) is not None:
                tv, rows = check_indicator_table(pid, text, t)
                total_rows += rows
                found = True
                m = re.findall(r"(?:综合得分|总得分|得分)(\d+\.\d+)分", text)
                for x in m:
                    if x not in [f"{tv:.2f}"] and float(x) > 50 and abs(float(x) - tv) > 1e-9:
                        # level scores (产出指标得分…) are below 50; a total elsewhere must agree
                        bad(f"{pid}: text total {x} vs table {tv}")
        if not found:
            bad(f"{pid}: no score table found")
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM:", p)
        sys.exit(1)
    print(f"OK: {len(labels)} cases, {sum(len(v) for v in codes.values())} labels, "
          f"{total_facts} arithmetic facts and {total_rows} indicator rows checked")
    for c in sorted(codes):
        print(f"  {c}: {len(codes[c])} ({', '.join(codes[c])})")


if __name__ == "__main__":
    main()
