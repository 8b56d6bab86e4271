#!/usr/bin/env python3
"""Verify drafts267: labels, one-place edits, and the arithmetic of every clean draft.

python3 verify.py [-v]      prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
VERBOSE = "-v" in sys.argv
CODES13 = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


# ---------------------------------------------------------------- numbers and tolerance
NUM = re.compile(r"-?\d+(?:\.\d+)?")


def decimals(s):
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated: number as written (str); consistent iff |c - v| <= 0.5*10^-d (+1e-9)."""
    v = float(stated)
    return abs(computed - v) <= 0.5 * 10 ** (-decimals(stated)) + 1e-9


def r2(x):
    return float(Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
              "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ---------------------------------------------------------------- generic table checks
def cells(line):
    return [c.strip() for c in line.split("｜")]


def parse_amount(cell):
    cell = cell.replace(",", "")
    m = re.fullmatch(r"-?\d+(?:\.\d+)?", cell)
    return float(cell) if m else None


def parse_pct(cell):
    m = re.fullmatch(r"(\d+(?:\.\d+)?)%", cell)
    return m.group(1) if m else None


def parse_value(cell):
    """-> (direction, number_str, unit) or None for qualitative/date cells."""
    c = cell.replace("＞＝", "≥").replace(">=", "≥").replace("＜＝", "≤").replace("<=", "≤")
    if re.search(r"\d{4}年\d+月", c):
        return None
    m = re.fullmatch(r"([≥≤=]?)(\d+(?:\.\d+)?)(.*)", c)
    if not m:
        return None
    sign, num, unit = m.groups()
    direction = {"≥": "gte", "≤": "lte", "=": "eq", "": "eq"}[sign]
    return direction, num, unit.strip()


def table_checks(text, name):
    """Return a list of arithmetic problems found in the ｜ tables of one draft."""
    probs = []
    lines = text.split("\n")
    # funds block
    exec_score = exec_weight = None
    for i, line in enumerate(lines):
        if "｜" in line and "年初预算数" in line and "执行率" in line:
            hdr = cells(line)
            rows = []
            for nxt in lines[i + 1:]:
                if "｜" not in nxt or nxt.startswith("年度总体目标") or nxt.startswith("一级指标"):
                    break
                rows.append(cells(nxt))
            total = rows[0]
            comps = rows[1:]
            for col in (1, 2, 3):
                t = parse_amount(total[col])
                s = sum(parse_amount(r[col]) for r in comps)
                if abs(t - s) > 0.005:
                    probs.append(f"funds column {hdr[col]}: total {total[col]} != sum {s:.2f}")
            for r in rows:
                annual, spent, rate = parse_amount(r[2]), parse_amount(r[3]), r[5]
                if annual == 0:
                    if rate not in ("—", "0", "0%", "0.00%"):
                        probs.append(f"funds row {r[0]}: rate {rate} on zero base")
                    continue
                p = parse_pct(rate)
                if p is None:
                    probs.append(f"funds row {r[0]}: no rate")
                    continue
                if not close(p, spent / annual * 100):
                    probs.append(f"funds row {r[0]}: rate {rate} != {spent / annual * 100:.4f}%")
                if float(p) > 100:
                    probs.append(f"funds row {r[0]}: rate above 100%")
            exec_weight = float(total[4])
            exec_score = total[6]
            r = parse_amount(total[3]) / parse_amount(total[2])
            want = exec_weight * min(r, 1.0)
            want2 = exec_weight * min(float(parse_pct(total[5])) / 100, 1.0)
            if not (close(exec_score, want) or close(exec_score, want2)):
                probs.append(f"execution score {exec_score} != {want:.4f}")
            break
    # indicator block
    for i, line in enumerate(lines):
        if line.startswith("一级指标｜"):
            hdr = cells(line)
            it = hdr.index("年度指标值")
            ia = hdr.index("实际完成值")
            ic = hdr.index("完成率") if "完成率" in hdr else None
            iw = hdr.index("分值")
            isc = hdr.index("得分")
            wsum = exec_weight or 0.0
            ssum = float(exec_score) if exec_score else 0.0
            level = Counter()
            total_row = None
            for nxt in lines[i + 1:]:
                if nxt.startswith("总分｜"):
                    total_row = cells(nxt)
                    break
                c = cells(nxt)
                if c[0] not in ("产出指标", "效益指标", "满意度指标"):
                    probs.append(f"unexpected row {nxt[:20]}")
                    continue
                w, s = float(c[iw]), float(c[isc])
                wsum += w
                ssum += s
                level[c[0]] += w
                if s > w + 1e-9 or s < 0:
                    probs.append(f"row {c[2]}: score {c[isc]} outside [0, {c[iw]}]")
                tv, av = parse_value(c[it]), parse_value(c[ia])
                if tv is None:
                    if ic is not None and c[ic] not in ("—", "100%"):
                        probs.append(f"row {c[2]}: completion {c[ic]} for qualitative target")
                    continue
                if av is None:
                    probs.append(f"row {c[2]}: actual {c[ia]} not numeric")
                    continue
                d, tn, tu = tv
                _, an, au = av
                if tu != au:
                    probs.append(f"row {c[2]}: unit {tu!r} vs {au!r}")
                    continue
                T, A = float(tn), float(an)
                if tu == "%" and A > 100:
                    probs.append(f"row {c[2]}: percentage {c[ia]} above 100%")
                if d == "lte":
                    compl = 1.0 if A <= T else T / A
                elif T == 0:
                    compl = 1.0 if A <= 0 else 0.0
                else:
                    compl = A / T
                want = w * min(compl, 1.0)
                if not close(c[isc], want):
                    probs.append(f"row {c[2]}: score {c[isc]} != {want:.4f}")
                if ic is not None:
                    p = parse_pct(c[ic])
                    if p is None or not close(p, compl * 100):
                        probs.append(f"row {c[2]}: completion {c[ic]} != {compl * 100:.4f}%")
            if total_row is None:
                probs.append("no 总分 row")
                break
            if not close(total_row[iw], wsum) or abs(wsum - 100) > 1e-9:
                probs.append(f"weights sum {wsum} (总分 row {total_row[iw]})")
            if not close(total_row[isc], ssum):
                probs.append(f"scores sum {ssum:.2f} != 总分 {total_row[isc]}")
            if VERBOSE:
                print(f"  {name}: weights {dict(level)} exec {exec_weight}; total {total_row[isc]}")
            tot = float(total_row[isc])
            for m in re.finditer(r"(?:评价等级|自评等级|等级)为[“\"]?(优秀|良好|中等|较差|优|良|中|差)", text):
                if GRADE_NORM[m.group(1)] != grade_of(tot):
                    probs.append(f"grade {m.group(1)} vs total {tot}")
            for m in re.finditer(r"(?:总得分|自评得分|综合得分|合计)(\d+(?:\.\d+)?)分", text):
                if not close(m.group(1), tot):
                    probs.append(f"text total {m.group(1)} vs table {tot}")
            break
    return probs


def sum_table(text, header_start, total_label, first_num_col, avg_label=None, name=""):
    """Check 合计/小计 (and 平均) rows of a simple ｜ table that starts with header_start."""
    probs = []
    lines = text.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith(header_start)]
    if len(idx) != 1:
        return [f"{name}: header {header_start} found {len(idx)} times"]
    rows = []
    for l in lines[idx[0] + 1:]:
        if "｜" not in l:
            break
        rows.append(cells(l))
    body = [r for r in rows if r[0] not in (total_label, avg_label)]
    tot = [r for r in rows if r[0] == total_label][0]
    ncol = len(tot)
    for col in range(first_num_col, ncol):
        if parse_amount(tot[col]) is None:
            continue
        s = sum(parse_amount(r[col]) for r in body)
        if not close(tot[col], s):
            probs.append(f"{name}: column {col} {total_label} {tot[col]} != {s}")
    if avg_label:
        avg = [r for r in rows if r[0] == avg_label][0]
        for col in range(first_num_col, ncol):
            if parse_amount(avg[col]) is None:
                continue
            vals = [parse_amount(r[col]) for r in body]
            m = r2(sum(vals) / len(vals))
            if not close(avg[col], sum(vals) / len(vals)):
                probs.append(f"{name}: column {col} {avg_label} {avg[col]} != {m}")
    return probs


# ---------------------------------------------------------------- per-draft claims
def claims_for(src):
    """(snippet that must occur in the clean draft, number string inside it, computed value)."""
    C = []
    if src == "hn-dingcheng-choujian-2022":
        C += [
            ("全年预算调整为86.50万元", "86.50", 80.00 + 6.50),
            ("全年实际支出83.62万元", "83.62", 68.40 + 9.62 + 5.60),
            ("预算执行率96.67%", "96.67", 83.62 / 86.50 * 100),
            ("未支出的2.88万元", "2.88", 86.50 - 83.62),
            ("年度资金总额｜80.00｜86.50｜83.62", "83.62", 78.41 + 5.21),
            ("增加136批次", "136", 1286 - 1150),
            ("季度平均321.5批次", "321.5", (286 + 318 + 335 + 347) / 4),
            ("完成食品安全监督抽检1286批次", "1286", 286 + 318 + 335 + 347),
            ("单批次平均检验费用531.88元", "531.88", 684000 / 1286),
            ("合格1259批次，合格率97.90%", "97.90", 1259 / 1286 * 100),
            ("抽检发现不合格样品27批次", "27", 1286 - 1259),
            ("预算执行率得9.67分", "9.67", 10 * 83.62 / 86.50),
            ("产出指标得50分", "50", 10 * 5),
            ("效益指标得29.72分", "29.72", 10 + 10 + 9.72),
            ("满意度指标得9.83分", "9.83", 10 * 88.5 / 90),
            ("自评总得分99.22分", "99.22", 9.67 + 50 + 29.72 + 9.83),
        ]
    elif src == "js-jiangyan-adrjiance-2023":
        C += [
            ("调减3.00万元，全年预算42.00万元", "42.00", 45.00 - 3.00),
            ("全年预算42.00万元，其中：监测哨点补助18.00万元", "42.00", 18.00 + 9.50 + 8.20 + 6.30),
            ("60家哨点单位共拨付18.00万元", "18.00", 60 * 3000 / 10000),
            ("预算执行率86.19%", "86.19", 36.20 / 42.00 * 100),
            ("年末未支出资金5.80万元", "5.80", 42.00 - 36.20),
            ("较2022年的968份增长8.06%", "8.06", (1046 - 968) / 968 * 100),
            ("每百万人口报告数约1441份", "1441", 1046 / 72.6 * 100),
            ("其中新的和严重报告351份，占比33.56%", "33.56", 351 / 1046 * 100),
            ("有13家全年有报告，覆盖率86.67%", "86.67", 13 / 15 * 100),
            ("预算执行得8.62分", "8.62", 10 * 36.20 / 42.00),
            ("产出指标得48.60分", "48.60", 10 + 10 * 276 / 300 + 5 * 352 / 400 + 10 + 5 + 10),
            ("效益指标得26.63分", "26.63", 10 + r2(10 * 86.67 / 90) + 7),
            ("满意度指标得9.78分", "9.78", 10 * 88.0 / 90),
            ("合计93.63分", "93.63", 8.62 + 48.60 + 26.63 + 9.78),
        ]
    elif src == "gs-weiyuan-kuaijianshi-2024":
        rooms = [4210, 3986, 3452, 3108, 2964, 2806, 2590, 2228]
        C += [
            ("全年累计完成快检25344批次", "25344", sum(rooms)),
            ("实际完成25344批次", "25344", sum(rooms)),
            ("全年预算调整为48.00万元", "48.00", 36.00 + 12.00),
            ("资金全部到位，到位率100%", "100", 48.00 / 48.00 * 100),
            ("全年实际支出32.64万元", "32.64", 12.48 + 16.80 + 2.16 + 1.20),
            ("快检员劳务补助16.80万元，按每人每月1000元标准", "16.80", 14 * 1000 * 12 / 10000),
            ("预算执行率68.00%", "68.00", 32.64 / 48.00 * 100),
            ("县级资金36.00万元实际支出32.64万元，执行率90.67%", "90.67", 32.64 / 36.00 * 100),
            ("年末结余15.36万元", "15.36", 48.00 - 32.64),
            ("年末结余15.36万元，其中省级补助12.00万元、县级资金3.36万元", "15.36", 12.00 + 3.36),
            ("县级资金3.36万元", "3.36", 36.00 - 32.64),
            ("（10分，得6.80分）", "6.80", 10 * 32.64 / 48.00),
            ("完成率84.48%，得16.90分", "84.48", 25344 / 30000 * 100),
            ("完成率84.48%，得16.90分", "16.90", 20 * 25344 / 30000),
            ("8个快检室平均每室3168批次", "3168", sum(rooms) / len(rooms)),
            ("阳性检出率0.47%", "0.47", 118 / 25344 * 100),
            ("折合每批次试剂耗材成本4.92元", "4.92", 124800 / 25344),
            ("完成率90.53%，得9.05分", "90.53", 2716 / 3000 * 100),
            ("完成率90.53%，得9.05分", "9.05", 10 * 2716 / 3000),
            ("6个全年正常运行，正常运行率75%", "75", 6 / 8 * 100),
            ("低于95%的目标值，得7.89分", "7.89", 10 * 75 / 95),
            ("其中表示满意的384份，满意度80.00%", "80.00", 384 / 480 * 100),
            ("按比例得8.89分", "8.89", 10 * 80 / 90),
            ("（50分，得46.90分）", "46.90", 16.90 + 10 + 10 + 10),
            ("（30分，得26.94分）", "26.94", 10 + 9.05 + 7.89),
            ("（10分，得8.89分）", "8.89", 8.89),
            ("产出指标得46.90分", "46.90", 16.90 + 10 + 10 + 10),
            ("效益指标得26.94分", "26.94", 10 + 9.05 + 7.89),
            ("自评总得分89.53分", "89.53", 6.80 + 46.90 + 26.94 + 8.89),
            # weights: 10 + 50 + 30 + 10 = 100, 产出 20 + 10 + 10 + 10 = 50, 效益 10 + 10 + 10 = 30
            ("产出指标（50分", "50", 20 + 10 + 10 + 10),
            ("效益指标（30分", "30", 10 + 10 + 10),
            ("预算执行率10分、产出指标50分、效益指标30分、满意度指标10分", "10", 100 - 50 - 30 - 10),
        ]
    elif src == "heb-qingyuan-xiaoyuanshipin-2021":
        C += [
            ("本项目全年预算120.00万元", "120.00", 100.00 + 20.00),
            ("宣传教育2.40万元", "2.40", 120.00 - 63.00 - 23.40 - 31.20),
            ("全年实际支出105.36万元", "105.36", 58.80 + 21.60 + 24.96),
            ("预算执行率87.80%", "87.80", 105.36 / 120.00 * 100),
            ("留样柜及快检设备58.80万元，按每所7000元标准为84所", "58.80", 84 * 7000 / 10000),
            ("第三方检测24.96万元，按每批次520元结算", "24.96", 480 * 520 / 10000),
            ("年末结余14.64万元", "14.64", 120.00 - 105.36),
            ("年度资金总额｜120.00｜120.00｜105.36", "105.36", 87.36 + 18.00),
            ("全年检查336次", "336", 72 + 48 + 56 + 52 + 60 + 48),
            ("发现问题105个", "105", 23 + 15 + 19 + 16 + 20 + 12),
            ("A级46所，占比54.76%", "54.76", 46 / 84 * 100),
            ("自评得分90分", "90", 9 + (10 + 9 + 8 + 10 + 5 + 5) + (10 + 9 + 6) + 9),
        ]
    elif src == "gx-xiangzhou-scjgbumen-2019":
        C += [
            ("年初预算1302.40万元", "1302.40", 986.20 + 316.20),
            ("全年预算1486.30万元", "1486.30", 1302.40 + 183.90),
            ("收入合计1486.30万元", "1486.30", 1452.80 + 33.50),
            ("全年支出1431.62万元", "1431.62", 1028.46 + 403.16),
            ("基本支出1028.46万元", "1028.46", 912.38 + 116.08),
            ("预算执行率96.32%", "96.32", 1431.62 / 1486.30 * 100),
            ("年末结余54.68万元", "54.68", 1486.30 - 1431.62),
            ("全年完成320家餐饮服务单位改造", "320", 56 + 264),
            ("实际拨付121.60万元", "121.60", 320 * 3800 / 10000),
            ("执行率95.00%", "95.00", 121.60 / 128.00 * 100),
            ("剩余6.40万元", "6.40", 128.00 - 121.60),
            ("年度资金总额｜1302.40｜1486.30｜1431.62", "1486.30", 1046.20 + 440.10),
            ("预算执行率得9.63分", "9.63", 10 * 1431.62 / 1486.30),
            ("产出指标得46.52分", "46.52", 10 + 10 + r2(10 * 4 / 6) + 10 + r2(10 * 96.5 / 98)),
            ("效益指标得21.25分", "21.25", 10 + 10 * 4.2 / 8 + 6),
            ("满意度指标得9.56分", "9.56", 10 * 86.0 / 90),
            ("综合得分86.96分", "86.96", 9.63 + 46.52 + 21.25 + 9.56),
        ]
    return C


GRADES = {
    "hn-dingcheng-choujian-2022": ("评价等级为“优”", 99.22),
    "js-jiangyan-adrjiance-2023": ("自评等级为“优”", 93.63),
    "gs-weiyuan-kuaijianshi-2024": ("评价等级为良好", 89.53),
    "heb-qingyuan-xiaoyuanshipin-2021": ("评价等级为“优”", 90),
    "gx-xiangzhou-scjgbumen-2019": ("评价等级为“良”", 86.96),
}
GRADE_WORD = re.compile(r"(优秀|良好|中等|较差|优|良|中|差)")


def check_clean(src, text):
    probs = []
    n = len(text)
    if not 3000 <= n <= 9000:
        probs.append(f"length {n} outside 3000-9000")
    for snippet, num, comp in claims_for(src):
        if snippet not in text:
            probs.append(f"snippet not found: {snippet}")
            continue
        if num not in snippet:
            probs.append(f"number {num} not in snippet {snippet}")
            continue
        if not close(num, comp):
            probs.append(f"{snippet}: stated {num}, computed {comp:.4f}")
    g, tot = GRADES[src]
    if g not in text:
        probs.append(f"grade phrase missing: {g}")
    elif GRADE_NORM[GRADE_WORD.search(g.split("为")[1]).group(1)] != grade_of(tot):
        probs.append(f"grade {g} does not fit {tot}")
    if "｜" in text:
        probs += table_checks(text, src)
    if src == "heb-qingyuan-xiaoyuanshipin-2021":
        probs += sum_table(text, "学区｜", "合计", 1, name="学区表")
    if src == "gx-xiangzhou-scjgbumen-2019":
        lines = text.split("\n")
        i = [k for k, l in enumerate(lines) if l.startswith("序号｜项目名称")][0]
        body = [cells(l) for l in lines[i + 1:i + 5]]
        sub = cells(lines[i + 5])
        avg = cells(lines[i + 6])
        if not close(sub[2], sum(float(r[2]) for r in body)):
            probs.append("重点项目 budget 小计")
        if not close(sub[3], sum(float(r[3]) for r in body)):
            probs.append("重点项目 spent 小计")
        if not close(avg[4], sum(float(r[4]) for r in body) / 4):
            probs.append("重点项目 平均得分")
        for r in body:
            if GRADE_NORM[r[5]] != grade_of(float(r[4])):
                probs.append(f"重点项目 {r[1]} grade")
        if not close(sub[2], 440.10 - 132.00) or not close(sub[3], 403.16 - 107.76):
            probs.append("重点项目 vs 项目支出")
    if src == "gs-weiyuan-kuaijianshi-2024" and "｜" in text:
        probs.append("prose-only draft contains a table")
    return probs


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    sys.dont_write_bytecode = True
    sys.path.insert(0, HERE)
    import build  # noqa: E402
    edits = {(s, n): (old, new, code) for (s, n, where, code, old, new, value, expl) in build.EDITS}
    where = Counter(w for (_, _, w, *_rest) in build.EDITS)
    codes = Counter()
    clean_texts = {}
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        if not os.path.exists(path):
            fail(f"missing case {lab['case']}")
            continue
        text = open(path, encoding="utf-8").read()
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expected findings")
            clean_texts[lab["source"]] = text
            probs = check_clean(lab["source"], text)
            for p in probs:
                fail(f"{lab['case']}: {p}")
            if VERBOSE:
                print(f"{lab['case']}: {len(text)} chars, {len(claims_for(lab['source']))} claims, problems {len(probs)}")
    for lab in labels:
        if lab["clean"]:
            continue
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        clean = clean_texts[lab["source"]]
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected must hold exactly one error")
            continue
        exp = lab["expected"][0]
        codes[exp["code"]] += 1
        if exp["severity"] != "error" or exp["code"] not in CODES13:
            fail(f"{lab['case']}: bad code/severity {exp}")
        # one place: common prefix / suffix
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        c_reg, e_reg = clean[p:len(clean) - s], text[p:len(text) - s]
        if not e_reg and not c_reg:
            fail(f"{lab['case']}: identical to clean")
            continue
        if len(c_reg) > 120 or len(e_reg) > 120 or c_reg.count("\n") > 1:
            fail(f"{lab['case']}: changed region too large: {c_reg!r} -> {e_reg!r}")
        # the difference is exactly the edit
        n = int(lab["case"].rsplit("-e", 1)[1].split(".")[0])
        old, new, code = edits[(lab["source"], n)]
        if clean.replace(old, new, 1) != text or clean.count(old) != 1:
            fail(f"{lab['case']}: case is not the clean draft with its one edit")
        if code != exp["code"]:
            fail(f"{lab['case']}: label code differs from build edit")
        # label value occurs and overlaps the changed region
        val = exp["value"]
        occ = [m.start() for m in re.finditer(re.escape(val), text)]
        if not occ:
            fail(f"{lab['case']}: value not found: {val!r}")
            continue
        lo, hi = p, len(text) - s
        if not any(o < max(hi, lo + 1) and o + len(val) > lo for o in occ):
            fail(f"{lab['case']}: value does not cover the changed figure")
        if VERBOSE:
            tp = table_checks(text, lab["case"]) if "｜" in text else []
            print(f"{lab['case']}: {exp['code']}: {c_reg!r} -> {e_reg!r}; table check: {tp[:2]}")
    for c in CODES13:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times (< 2)")
    if len(clean_texts) != 5 or sum(codes.values()) != 30:
        fail(f"expected 5 clean and 30 error cases, got {len(clean_texts)} and {sum(codes.values())}")
    if VERBOSE:
        print("codes:", dict(codes), "where:", dict(where))
    if FAIL:
        print(f"{len(FAIL)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
