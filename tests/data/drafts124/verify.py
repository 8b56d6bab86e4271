#!/usr/bin/env python3
"""Verify set n124.

1. labels.jsonl: 5 clean + 30 error cases, each of the 13 codes at least twice, every value occurs in its case.
2. every error case differs from its clean draft in exactly one contiguous place (short).
3. redo the arithmetic of every clean draft: the transposed funds table (sums by source, 执行率 per column),
   the 自评表 funds block (components, 执行率, execution score), the indicator table (weights to 100, scores to
   the total, score <= weight, completion and score from target/actual, units), text level scores, total and
   grade band, dates (截至… / 结转至…), rates above 100%, and a per-project list of text identities
   (sums, averages, rates, balances, 元 <-> 万元), and 万元 amounts too large to be 万元. A clean draft must
   pass every check.
4. the same checks run on each error case must fail at least once (the injected slip is detectable).
Prints OK at the end when everything holds.
"""
import difflib
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
VERBOSE = "-v" in sys.argv[1:]

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

NUM = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")

# Per-project identities stated in the text: (formula over x0, x1, ..., [operand strings], stated result string).
# Each string must occur in the draft; the number used is the last number in each string.
# ("count", s, n): s occurs exactly n times (same quantity stated in text and table).
TEXT_CHECKS = {
    "shaodong-medaid-2020": [
        ("x0/10000", ["24,031,826.47元"], "2,403.18万元"),
        ("x0+x1+x2", ["资助参保8,936,840.00元", "住院救助11,236,512.30元", "门诊救助3,858,474.17元"], "三类合计24,031,826.47元"),
        ("x0/x1", ["住院救助11,236,512.30元", "共18,452人次"], "共18,452人次，人均救助608.96元/人次"),
        ("x0/x1", ["门诊救助3,858,474.17元", "共9,870人次"], "共9,870人次，人均救助390.93元/人次"),
        ("x0+x1", ["住院救助11,236,512.30元", "门诊救助3,858,474.17元"], "合计15,094,986.47元"),
        ("x0+x1", ["共18,452人次", "共9,870人次"], "28,322人次"),
        ("x0/x1", ["合计15,094,986.47元", "28,322人次"], "人均直接救助532.98元/人次"),
        ("x0+x1", ["年初预算安排城乡医疗救助补助资金2,088.00万元", "年中追加377.00万元"], "全年预算2,465.00万元"),
        ("x0+x1+x2", ["其中中央281.00万元", "省级56.00万元", "县级40.00万元"], "年中追加377.00万元，其中"),
        ("x0/x1*100", ["折合2,403.18万元", "全年预算2,465.00万元"], "预算执行率97.49%"),
        ("x0-x1", ["全年预算2,465.00万元", "折合2,403.18万元"], "差额61.82万元"),
        ("x0/x1*100", ["资助参保41,236人", "不少于40,000人"], "完成年度目标的103.09%"),
        ("x0/x1*100", ["住院救助18,452人次", "不少于17,000人次"], "完成率108.54%"),
        ("x0-x1", ["住院救助18,452人次", "不少于17,000人次"], "多1,452人次"),
        ("x0/x1*100", ["结算率为93.80%", "目标≥95%"], "完成率98.74%"),
        ("x0-x1", ["目标≥95%", "结算率为93.80%"], "差1.20个百分点"),
        ("x0/x1*100", ["表示满意的189人", "救助对象200人"], "满意度94.50%"),
        ("count", "41,236人", 3),
        ("count", "18,452人次", 3),
    ],
    "macheng-dabingbx-2022": [
        ("x0*x1/10000", ["预计参保870,000人", "人均筹资58.00元"], "大病保险资金5,046.00万元"),
        ("x0*x1", ["实际参保人数852,436人", "按58.00元/人"], "拨付保费49,441,288.00元"),
        ("x0/10000", ["拨付保费49,441,288.00元"], "4,944.13万元"),
        ("x0/x1*100", ["（4,944.13万元）", "全年预算仍为5,046.00万元"], "预算执行率97.98%"),
        ("x0-x1", ["全年预算仍为5,046.00万元", "（4,944.13万元）"], "年末结余101.87万元"),
        ("x0-x1", ["预计参保870,000人", "实际参保人数852,436人"], "少17,564人"),
        ("x0*x1/10000", ["少17,564人", "按58.00元/人"], "年末结余101.87万元"),
        ("x0/x1*100", ["全年实际发生116.52万元", "年初测算120.00万元"], "使用率97.10%"),
        ("x0/x1", ["赔付金额44,872,315.62元", "共赔付12,684人次"], "次均赔付3,537.71元"),
        ("x0/x1*100", ["赔付金额44,872,315.62元", "拨付保费49,441,288.00元"], "90.76%，基金"),
        ("x0/x1*100", ["的1,131份", "有效问卷1,168份"], "满意度96.83%"),
        ("count", "63.25%", 2),
        ("count", "96.83%", 2),
        ("count", "852436人", 1),
    ],
    "wannian-buchongbx-2019": [
        ("x0+x1+x2", ["省级60.00万元、", "上饶市级40.00万元", "县级100.00万元"], "年初预算200.00万元"),
        ("x0+x1", ["年初预算200.00万元", "县级追加12.00万元"], "全年预算212.00万元"),
        ("x0/x1*100", ["资金到位212.00万元", "全年预算212.00万元"], "到位率100%"),
        ("x0/10000", ["全年实际支出2,083,584.30元"], "（208.36万元）"),
        ("x0/x1*100", ["（208.36万元）", "全年预算212.00万元"], "预算执行率98.28%"),
        ("x0+x1", ["2019年度保费1,964,820.00元", "2018年度保费清算118,764.30元"], "全年实际支出2,083,584.30元"),
        ("x0*x1", ["参保人数17,862人", "每人110.00元"], "2019年度保费1,964,820.00元"),
        ("x0-x1", ["全年预算212.00万元", "（208.36万元）"], "年末结余3.64万元"),
        ("x0/x1", ["赔付金额1,826,457.40元", "累计赔付5,236人次"], "次均赔付348.83元"),
        ("x0/x1*100", ["赔付金额1,826,457.40元", "2019年度保费1,964,820.00元"], "92.96%。"),
        ("(x0+x1+x2)/3", ["分别为96.50%", "、97.80%", "、98.30%"], "平均满意度97.53%"),
        ("count", "97.53%", 2),
        ("count", "17,862", 2),
    ],
    "qiyang-medaid-2023": [
        ("x0+x1", ["安排医疗救助资金3,000.00万元", "年内追加410.00万元"], "全年预算3,410.00万元"),
        ("x0+x1+x2", ["其中中央288.00万元", "省级72.00万元", "县级50.00万元"], "增加410.00万元"),
        ("x0/10000", ["医疗救助资金32,680,987.36元"], "（3,268.10万元）"),
        ("x0/x1*100", ["（3,268.10万元）", "全年预算3,410.00万元"], "预算执行率95.84%"),
        ("x0-x1", ["全年预算3,410.00万元", "（3,268.10万元）"], "结余141.90万元"),
        ("x0+x1+x2", ["资助参保9,184,320.00元", "住院救助16,873,524.80元", "门诊救助6,623,142.56元"],
         "医疗救助资金32,680,987.36元"),
        ("x0/x1", ["资助参保9,184,320.00元", "资助26,432人"], "人均资助347.47元"),
        ("x0/x1", ["住院救助16,873,524.80元", "救助21,650人次"], "人均救助779.38元/人次"),
        ("x0/x1", ["门诊救助6,623,142.56元", "救助14,327人次"], "人均救助462.28元/人次"),
        ("x0/x1*100", ["资助参保26,432人", "不少于26,000人"], "完成率101.66%"),
        ("x0/x1*100", ["表示满意的419份", "有效问卷474份"], "满意度88.40%"),
        ("count", "88.40%", 2),
        ("count", "17.20%", 2),
    ],
    "ruichang-medaid-2024": [
        ("x0+x1", ["分别为146.00万元", "和28.00万元"], "省级资金174.00万元"),
        ("x0+x1+x2", ["年初预算1,760.00万元", "省级资金174.00万元", "2023年结转资金45.60万元，全年"],
         "全年预算1,979.60万元"),
        ("x0/10000", ["全年实际支出19,080,516.83元"], "（1,908.05万元）"),
        ("x0/x1*100", ["（1,908.05万元）", "全年预算1,979.60万元"], "预算执行率96.39%"),
        ("x0-x1", ["全年预算1,979.60万元", "（1,908.05万元）"], "未支出的71.55万元"),
        ("x0+x1+x2", ["资助参保6,120,800.00元", "住院救助10,263,215.47元", "门诊救助2,696,501.36元"],
         "全年实际支出19,080,516.83元"),
        ("x0/x1", ["资助参保6,120,800.00元", "（17,488人"], "人均资助350.00元"),
        ("x0/x1", ["住院救助10,263,215.47元", "（12,936人次"], "人均793.38元/人次"),
        ("x0/x1*100", ["住院救助12,936人次", "（≥13,500人次）"], "的95.82%"),
        ("x0/x1*100", ["满意238人", "电话回访250人"], "满意度95.20%"),
        ("count", "17488人", 1),
        ("count", "17,488人", 2),
        ("count", "71.50%", 2),
    ],
}


def lastnum(s):
    """The last number in s (operand strings carry a label before the figure: "2019年度保费1,964,820.00元")."""
    found = NUM.findall(s)
    return found[-1] if found else None


def dec(s):
    t = lastnum(s)
    if t is None:
        return None
    return D(t.replace(",", ""))


def ndec(s):
    t = lastnum(s)
    return len(t.split(".")[1]) if "." in t else 0


def consistent(stated, computed):
    """stated: string; computed: Decimal. Tolerance 0.5 x 10^-d of the stated value."""
    v = dec(stated)
    d = ndec(stated)
    return abs(computed - v) <= D("0.5") * (D(10) ** -d) + D("1e-9")


def r2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def cells(line):
    return line.split("\t")


# ---------- generic checks ----------

def check_funds_table(text, fails):
    lines = text.split("\n")
    for i, line in enumerate(lines):
        c = cells(line)
        if len(c) == 6 and c[1:] == ["中央", "省级", "市级", "县级", "合计"]:
            rows = {}
            for l in lines[i + 1:i + 5]:
                cc = cells(l)
                rows[cc[0]] = cc[1:]
            for need in ("年初预算", "全年预算", "实际支出", "执行率"):
                if need not in rows or len(rows[need]) != 5:
                    fails.append(f"funds table: row {need} missing or malformed")
                    return None
            for name in ("年初预算", "全年预算", "实际支出"):
                vals = [dec(x) for x in rows[name]]
                if sum(vals[:4]) != vals[4]:
                    fails.append(f"funds table {name}: {' + '.join(rows[name][:4])} = {sum(vals[:4])} != {rows[name][4]}")
            for j in range(5):
                a, b, r = dec(rows["实际支出"][j]), dec(rows["全年预算"][j]), rows["执行率"][j]
                if b == 0:
                    if r != "—":
                        fails.append(f"funds table col {j}: rate {r} on a zero budget")
                    continue
                if a > b:
                    fails.append(f"funds table col {j}: spent {a} > budget {b}")
                if r == "—" or not consistent(r, a / b * 100):
                    fails.append(f"funds table col {j}: rate {r} != {r2(a / b * 100)}%")
            return {k: rows[k][4] for k in ("年初预算", "全年预算", "实际支出", "执行率")}
    fails.append("funds table (中央/省级/市级/县级/合计) not found")
    return None


def check_mof_block(text, fails, funds):
    rows = {}
    for line in text.split("\n"):
        c = cells(line)
        if c[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金") and len(c) == 7:
            rows[c[0]] = c[1:]
    if len(rows) != 4:
        fails.append("自评表 funds block incomplete")
        return None, None
    tot = rows["年度资金总额"]
    for k in range(3):
        parts = sum(dec(rows[n][k]) for n in ("其中：当年财政拨款", "上年结转资金", "其他资金"))
        if parts != dec(tot[k]):
            fails.append(f"自评表 funds block column {k}: components {parts} != total {tot[k]}")
    for name, r in rows.items():
        b, a, rate = dec(r[1]), dec(r[2]), r[4]
        if b == 0:
            if rate != "—":
                fails.append(f"自评表 {name}: rate {rate} on zero budget")
        elif rate == "—" or not consistent(rate, a / b * 100):
            fails.append(f"自评表 {name}: rate {rate} != {r2(a / b * 100)}%")
    w, s = dec(tot[3]), dec(tot[5])
    rate_c = min(dec(tot[2]) / dec(tot[1]), D(1))
    rate_s = min(dec(tot[4]) / 100, D(1))
    if not (consistent(tot[5], w * rate_c) or consistent(tot[5], w * rate_s)):
        fails.append(f"自评表 execution score {tot[5]} != {w} x {r2(rate_c * 100)}%")
    if s > w:
        fails.append(f"自评表 execution score {s} > weight {w}")
    if funds:
        for k, key in ((0, "年初预算"), (1, "全年预算"), (2, "实际支出")):
            if dec(tot[k]) != dec(funds[key]):
                fails.append(f"自评表 {key} {tot[k]} != funds table 合计 {funds[key]}")
        if dec(tot[4]) != dec(funds["执行率"]):
            fails.append(f"自评表 执行率 {tot[4]} != funds table {funds['执行率']}")
    return w, s


def unit_of(s):
    s = s.strip()
    s = re.sub(r"^[≥≤=＝<>＜＞]+", "", s)
    return NUM.sub("", s, count=1).strip()


def direction(t):
    t = t.strip()
    if t.startswith("≥"):
        return "gte"
    if t.startswith("≤"):
        return "lte"
    return "eq"


def quantitative(s):
    s = re.sub(r"^[≥≤=＝]+", "", s.strip())
    return bool(re.match(r"^\d[\d,]*(?:\.\d+)?(%|人次|人|元/人|万元/人|个百分点)$", s))


def check_indicators(text, fails, exec_w, exec_s):
    lines = text.split("\n")
    hdr = None
    for i, line in enumerate(lines):
        c = cells(line)
        if c[0] == "一级指标" and "分值" in c and "得分" in c:
            hdr, start = c, i + 1
            break
    if hdr is None:
        fails.append("indicator table not found")
        return None
    it, ia, iw, isc = hdr.index("年度指标值"), hdr.index("实际完成值"), hdr.index("分值"), hdr.index("得分")
    ic = hdr.index("完成率") if "完成率" in hdr else None
    level1 = None
    levels = Counter()
    wsum, ssum = D(0), D(0)
    total_row = None
    for line in lines[start:]:
        c = cells(line)
        if len(c) < len(hdr) - 1:
            break
        if c[0] in ("总分", "合计"):
            total_row = c
            break
        if c[0]:
            level1 = c[0]
        w, s = dec(c[iw]), dec(c[isc])
        wsum += w
        ssum += s
        levels[level1] += s
        name, t, a = c[2], c[it], c[ia]
        if s < 0 or s > w:
            fails.append(f"indicator {name}: score {s} outside [0, {w}]")
        if quantitative(t) and quantitative(a):
            if unit_of(t) != unit_of(a):
                fails.append(f"indicator {name}: unit of actual {a!r} != unit of target {t!r}")
                continue
            T, A = dec(t), dec(a)
            dr = direction(t)
            if dr == "lte":
                comp = D(100) if A <= T else T / A * 100
            else:
                comp = A / T * 100
            exp = w * min(comp / 100, D(1))
            if not consistent(c[isc], exp):
                fails.append(f"indicator {name}: score {c[isc]} != rule {r2(exp)}")
            if ic is not None and not consistent(c[ic], comp):
                fails.append(f"indicator {name}: completion {c[ic]} != {r2(comp)}%")
        elif quantitative(t) and NUM.match(a.strip() or "x") and not quantitative(a):
            fails.append(f"indicator {name}: actual {a!r} not in the unit of target {t!r}")
        elif quantitative(t) and re.match(r"^\d", a.strip()) is None and ic is not None and c[ic] != "—":
            fails.append(f"indicator {name}: completion {c[ic]} for a qualitative actual")
        elif not quantitative(t) and quantitative(a) and unit_of(a) == "%" and "%" not in t:
            fails.append(f"indicator {name}: actual {a!r} vs target {t!r}")
    if exec_w is None:
        return None
    wall = wsum + exec_w
    sall = ssum + exec_s
    if wall != 100:
        fails.append(f"weights total {wall}, not 100")
    if total_row is not None:
        if dec(total_row[iw]) != wall or dec(total_row[iw]) != 100:
            fails.append(f"table 总分 weight {total_row[iw]} vs sum {wall}")
        if not consistent(total_row[isc], sall):
            fails.append(f"table 总分 score {total_row[isc]} != sum {sall}")
    return {"total": sall, "levels": levels, "exec": exec_s, "total_row": total_row[isc] if total_row else None}


GRADE = [(D(90), ("优", "优秀")), (D(80), ("良", "良好")), (D(60), ("中", "中等", "一般", "合格")),
         (D(-1), ("差", "较差", "不合格"))]


def check_text_scores(text, fails, tab):
    if tab is None:
        return
    for lvl, key in (("产出指标", "产出指标"), ("效益指标", "效益指标"), ("满意度指标", "满意度指标")):
        for m in re.finditer(lvl + r"得分(\d+(?:\.\d+)?)分", text):
            if not consistent(m.group(1), tab["levels"][key]):
                fails.append(f"text {lvl}得分 {m.group(1)} != table {tab['levels'][key]}")
    for m in re.finditer(r"预算执行率得分(\d+(?:\.\d+)?)分", text):
        if dec(m.group(1)) != tab["exec"]:
            fails.append(f"text 预算执行率得分 {m.group(1)} != table {tab['exec']}")
    totals = re.findall(r"(?:自评总分|综合自评得分|自评得分|合计)(\d+\.\d+)分", text)
    if not totals:
        fails.append("no total score in the text")
    for t in totals:
        if not consistent(t, tab["total"]):
            fails.append(f"text total {t} != sum of table scores {tab['total']}")
    grades = re.findall(r"等级为[“\"]?(优秀|良好|中等|较差|优|良|中|差)", text)
    if not grades:
        fails.append("no grade in the text")
    ref = dec(totals[0]) if totals else tab["total"]
    for g in grades:
        band = next(labels for lo, labels in GRADE if ref >= lo)
        if g not in band:
            fails.append(f"grade {g} does not fit total {ref}")


def check_years(text, fails):
    m = re.search(r"(20\d\d)年度", text)
    year = int(m.group(1))
    for y in re.findall(r"截至(20\d\d)年12月31日", text):
        if int(y) != year:
            fails.append(f"截至{y}年12月31日 in a {year} report")
    for y in re.findall(r"结转至(20\d\d)年", text):
        if int(y) <= year:
            fails.append(f"结转至{y}年 in a {year} report")
    for y in re.findall(r"填报日期：(20\d\d)年", text):
        if int(y) not in (year, year + 1):
            fails.append(f"填报日期 {y} in a {year} report")


def check_rate_bounds(text, fails):
    for m in re.finditer(r"(执行率|使用率|到位率|满意度|支出率)[^\d\n%]{0,3}(\d+(?:\.\d+)?)%", text):
        if D(m.group(2)) > 100:
            fails.append(f"{m.group(1)} {m.group(2)}% above 100%")


def check_text_identities(src, text, fails):
    for chk in TEXT_CHECKS[src]:
        if chk[0] == "count":
            n = text.count(chk[1])
            if n != chk[2]:
                fails.append(f"{chk[1]!r} occurs {n} times, expected {chk[2]}")
            continue
        formula, ops, res = chk
        found = [locate(s, text) for s in ops + [res]]
        missing = [s for s, f in zip(ops + [res], found) if f is None]
        if missing:
            fails.append(f"identity {formula}: missing {missing}")
            continue
        ops, res = found[:-1], found[-1]
        env = {f"x{i}": dec(s) for i, s in enumerate(ops)}
        val = eval(formula, {"__builtins__": {}}, env)
        if not consistent(res, D(val)):
            fails.append(f"identity {formula} over {ops} = {r2(D(val))}, stated {res!r}")


def locate(s, text):
    """s itself if it occurs in text; otherwise the one passage that reads like s with another last figure
    (so that an edited figure is still read and its arithmetic re-done); None if absent or ambiguous."""
    if s in text:
        return s
    nums = list(NUM.finditer(s))
    if not nums:
        return None
    m = nums[-1]
    pattern = re.escape(s[:m.start()]) + NUM.pattern + re.escape(s[m.end():])
    hits = re.findall(pattern, text)
    return hits[0] if len(hits) == 1 else None


def check_money_units(text, fails):
    """A county-level project has no amount of 1,000,000万元 (100亿元) or more: such a figure is a 元 amount
    labelled 万元."""
    for m in re.finditer(NUM.pattern + r"万元", text):
        v = D(m.group(0)[:-2].replace(",", ""))
        if v >= 1000000:
            fails.append(f"{m.group(0)}: implausibly large, a 元 amount labelled 万元?")


def run_checks(src, text):
    fails = []
    funds = check_funds_table(text, fails)
    w, s = check_mof_block(text, fails, funds)
    tab = check_indicators(text, fails, w, s)
    check_text_scores(text, fails, tab)
    check_years(text, fails)
    check_rate_bounds(text, fails)
    check_money_units(text, fails)
    check_text_identities(src, text, fails)
    return fails


def main():
    ok = True
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        print("labels and case files differ")
        ok = False
    clean = [l for l in labels if l["clean"]]
    errs = [l for l in labels if not l["clean"]]
    if len(clean) != 5 or len(errs) != 30:
        print(f"expected 5 clean + 30 error cases, got {len(clean)} + {len(errs)}")
        ok = False
    codes = Counter(e["code"] for l in errs for e in l["expected"])
    for c in CODES:
        if codes[c] < 2:
            print(f"code {c} used {codes[c]} times (< 2)")
            ok = False
    for c in codes:
        if c not in CODES:
            print(f"unknown code {c}")
            ok = False
    texts = {f: open(os.path.join(CASES, f), encoding="utf-8").read() for f in files}
    sources = {l["source"] for l in clean}
    # clean drafts: length and arithmetic
    for l in clean:
        t = texts[l["case"]]
        if not 3000 <= len(t) <= 9000:
            print(f"{l['case']}: length {len(t)} outside 3000-9000")
            ok = False
        if l["expected"]:
            print(f"{l['case']}: clean case with expectations")
            ok = False
        fails = run_checks(l["source"], t)
        for f in fails:
            print(f"{l['case']}: {f}")
        if fails:
            ok = False
        else:
            print(f"{l['case']}: {len(t)} chars, arithmetic consistent")
    # error cases
    for l in errs:
        t = texts[l["case"]]
        c = texts[f"{l['source']}-clean.txt"]
        if l["source"] not in sources:
            print(f"{l['case']}: unknown source")
            ok = False
        if len(l["expected"]) != 1:
            print(f"{l['case']}: expected exactly one label")
            ok = False
        for e in l["expected"]:
            if e["severity"] != "error" or not e["value"] or e["value"] not in t:
                print(f"{l['case']}: value {e['value']!r} not in case (or bad severity)")
                ok = False
        ops = [op for op in difflib.SequenceMatcher(None, c, t, autojunk=False).get_opcodes() if op[0] != "equal"]
        p = 0
        while p < min(len(c), len(t)) and c[p] == t[p]:
            p += 1
        q = 0
        while q < min(len(c), len(t)) - p and c[-1 - q] == t[-1 - q]:
            q += 1
        span_c, span_t = len(c) - p - q, len(t) - p - q
        if t == c or max(span_c, span_t) > 120:
            print(f"{l['case']}: differs from clean in more than one short place ({span_c}/{span_t} chars)")
            ok = False
        fails = run_checks(l["source"], t)
        if not fails:
            print(f"{l['case']}: injected {l['expected'][0]['code']} not caught by the arithmetic checks")
            ok = False
        else:
            print(f"{l['case']}: {l['expected'][0]['code']:22s} changed {span_c}->{span_t} chars "
                  f"({len(ops)} diff blocks); caught: {fails[0]}")
            if VERBOSE:
                for f in fails[1:]:
                    print(f"    also: {f}")
    print("codes:", dict(sorted(codes.items())))
    if ok:
        print("OK")
    else:
        print("FAILED")
        sys.exit(1)


if __name__ == "__main__":
    main()
