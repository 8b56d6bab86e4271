#!/usr/bin/env python3
"""Verify drafts294.

1. labels.jsonl: every case exists, every label value occurs in its case, clean cases have no
   expected findings, every error case differs from its clean draft in one place (a change inside
   one line or two adjacent lines) and the label value overlaps that change; every code of
   errors.md section A occurs at least twice; case lengths 3,000-9,000 characters.
2. Redo the arithmetic of every clean draft: funds tables (components add to totals, rates,
   execution score), indicator tables (weights add to 100, scores add to the total, score <= weight,
   completion and score of every quantitative row), grade band, and the figures stated in prose
   (sums, differences, rates, averages, products) listed per draft in FACTS.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

errors = []


def fail(msg):
    errors.append(msg)


D = Decimal


def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    """Tolerance rule of rules.md section 8: |c - v| <= 0.5 * 10^-d."""
    v = D(stated.strip().rstrip("%"))
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- tables

def table_after(lines, i):
    rows = []
    for line in lines[i + 1:]:
        if "｜" not in line:
            break
        rows.append(line.split("｜"))
    return rows


def check_money_tables(name, text):
    """Tables with 年初预算数｜全年预算数｜全年执行数 columns. Returns the execution score if printed."""
    lines = text.split("\n")
    exec_score = None
    exec_weight = 0
    found = 0
    for i, line in enumerate(lines):
        if "年初预算数｜全年预算数｜全年执行数" not in line:
            continue
        found += 1
        head = line.split("｜")
        col = {h: k for k, h in enumerate(head)}
        rows = []
        for cells in table_after(lines, i):
            if cells[0].startswith(("年度总体目标", "一级指标")):
                break
            rows.append(cells)
        total_idx = [k for k, r in enumerate(rows) if r[0] in ("年度资金总额", "合计")]
        if len(total_idx) != 1:
            fail(f"{name}: money table without one total row")
            continue
        total = rows[total_idx[0]]
        parts = [r for k, r in enumerate(rows) if k != total_idx[0]]
        for h in ("年初预算数", "全年预算数", "全年执行数"):
            c = col[h]
            s = sum(D(r[c]) for r in parts)
            if s != D(total[c]):
                fail(f"{name}: {h} components {s} != total {total[c]}")
        for r in rows:
            cell = r[col["执行率"]]
            annual, spent = D(r[col["全年预算数"]]), D(r[col["全年执行数"]])
            if annual == 0:
                if cell != "—":
                    fail(f"{name}: rate {cell} on a zero base in row {r[0]}")
                continue
            if spent > annual:
                fail(f"{name}: spending above budget in row {r[0]}")
            if not consistent(cell, spent / annual * 100):
                fail(f"{name}: row {r[0]} rate {cell} != {spent / annual * 100:.4f}")
        if "得分" in col:
            w = D(total[col["分值"]])
            rate = D(total[col["全年执行数"]]) / D(total[col["全年预算数"]])
            printed = D(total[col["执行率"]].rstrip("%")) / 100
            sc = total[col["得分"]]
            if not (consistent(sc, w * min(rate, 1)) or consistent(sc, w * min(printed, 1))):
                fail(f"{name}: execution score {sc} != {w * rate}")
            exec_score, exec_weight = D(sc), w
            for r in parts:
                if r[col["分值"]] != "—" or r[col["得分"]] != "—":
                    fail(f"{name}: component row {r[0]} carries weight/score")
    return found, exec_score, exec_weight


TARGET = re.compile(r"^(≥|≤|=)?\s*([0-9]+(?:\.[0-9]+)?)(.*)$")


def parse_value(s):
    m = TARGET.match(s.strip())
    if not m or re.search(r"\d+年\d+月", s):
        return None
    return (m.group(1) or "="), D(m.group(2)), m.group(3).strip()


def check_indicator_table(name, text, exec_score, exec_weight):
    lines = text.split("\n")
    heads = [i for i, l in enumerate(lines) if l.startswith("一级指标｜二级指标｜三级指标")]
    if len(heads) != 1:
        fail(f"{name}: expected one indicator table, found {len(heads)}")
        return None
    i = heads[0]
    head = lines[i].split("｜")
    col = {h: k for k, h in enumerate(head)}
    rows, total_row = [], None
    for cells in table_after(lines, i):
        if cells[0] in ("总分", "合计"):
            total_row = cells
            break
        rows.append(cells)
    if total_row is None:
        fail(f"{name}: indicator table has no total row")
        return None
    wsum, ssum = exec_weight, exec_score or D(0)
    for r in rows:
        w, s = D(r[col["分值"]]), D(r[col["得分"]])
        wsum += w
        ssum += s
        if s > w or s < 0:
            fail(f"{name}: score {s} outside [0, {w}] in {r[2]}")
        t, a = parse_value(r[col["年度指标值"]]), parse_value(r[col["实际完成值"]])
        if t is None or a is None:
            continue  # date or qualitative indicator
        (sign, tv, tu), (_, av, au) = t, a
        if tu != au:
            fail(f"{name}: unit {tu!r} vs {au!r} in {r[2]}")
            continue
        if sign == "≤":
            comp = D(1) if av <= tv else tv / av
        else:
            comp = av / tv
        score = w * min(comp, 1)
        alt = []
        if "完成率" in col:
            cell = r[col["完成率"]]
            if not consistent(cell, comp * 100):
                fail(f"{name}: completion {cell} != {comp * 100:.4f} in {r[2]}")
            alt.append(w * min(D(cell.rstrip("%")) / 100, 1))
        if not any(consistent(r[col["得分"]], x) for x in [score] + alt):
            fail(f"{name}: score {r[col['得分']]} != {score:.4f} in {r[2]}")
    if wsum != 100 or D(total_row[col["分值"]]) != 100:
        fail(f"{name}: weights add to {wsum}, total row {total_row[col['分值']]}")
    if ssum != D(total_row[col["得分"]]):
        fail(f"{name}: scores add to {ssum}, total row {total_row[col['得分']]}")
    return total_row[col["得分"]]


# ---------------------------------------------------------------- prose facts
# (snippets that must occur verbatim, kind, stated result, operands)
#   sum: result = sum(ops); diff: result = ops[0] - sum(ops[1:]); pct: result% = ops[0]/ops[1]
#   growth: result% = (ops[0]-ops[1])/ops[1]; quot: result = ops[0]/ops[1]; mean: result = mean(ops)
#   prod: result = ops[0]*ops[1]/ops[2] (ops[2] = unit divisor); score: result = w*min(a/t,1) (ops w,a,t)
FACTS = {
    "jx-lean-chuangyetiexi-2021": [
        (["年初预算安排县级贴息资金150.00万元", "贴息补助资金18.00万元", "2020年结转的18.40万元，全年预算数为186.40万元"],
         "sum", "186.40", ["150.00", "18.00", "18.40"]),
        (["当年财政拨款｜150.00｜168.00"], "sum", "168.00", ["150.00", "18.00"]),
        (["全年共拨付贴息资金179.35万元，预算执行率96.22%"], "pct", "96.22", ["179.35", "186.40"]),
        (["年末结余7.05万元"], "diff", "7.05", ["186.40", "179.35"]),
        (["分别为62.40万元、58.75万元和58.20万元"], "sum", "179.35", ["62.40", "58.75", "58.20"]),
        (["平均每批59.78万元"], "mean", "59.78", ["62.40", "58.75", "58.20"]),
        (["2020年全年拨付贴息152.60万元，本年比上年增长17.53%"], "growth", "17.53", ["179.35", "152.60"]),
        (["436笔、8620万元，笔数完成年度目标的96.89%"], "pct", "96.89", ["436", "450"]),
        (["金额完成107.75%"], "pct", "107.75", ["8620", "8000"]),
        (["户均贷款19.77万元"], "quot", "19.77", ["8620", "436"]),
        (["为812户在贷妇女办理贴息，户均贴息2208.74元"], "prod", "2208.74", ["179.35", "10000", "812"]),
        (["带动就业1308人，完成目标的93.43%"], "pct", "93.43", ["1308", "1400"]),
        (["250个创业项目中有234个正常经营，经营稳定率93.6%"], "pct", "93.6", ["234", "250"]),
        (["回收有效问卷486份，其中表示满意的463份，满意度95.27%"], "pct", "95.27", ["463", "486"]),
        (["产出指标得分49.69分"], "sum", "49.69", ["9.69", "10", "10", "10", "10"]),
        (["效益指标得分29.01分"], "sum", "29.01", ["14.01", "15"]),
        (["预算执行率得分9.62分，产出指标得分49.69分，效益指标得分29.01分，满意度指标得分10分，自评总分98.32分"],
         "sum", "98.32", ["9.62", "49.69", "29.01", "10"]),
    ],
    "yn-fengqing-ertongzhijia-2022": [
        (["新建儿童之家16个、提升改造8个，共24个"], "sum", "24", ["16", "8"]),
        (["每个补助省级资金3万元", "补助资金72.00万元"], "prod", "72.00", ["24", "3", "1"]),
        (["县级按每个0.75万元配套", "县级配套资金18.00万元"], "prod", "18.00", ["24", "0.75", "1"]),
        (["每月开展活动不少于2次，全年不少于576场"], "prod", "576", ["24", "24", "1"]),  # 24 points x (2 a month x 12)
        (["社会捐赠资金6.50万元", "全年预算合计96.50万元"], "sum", "96.50", ["72.00", "18.00", "6.50"]),
        (["年度资金总额｜90.00｜96.50"], "sum", "90.00", ["72.00", "18.00"]),
        (["项目实际支出91.76万元，预算执行率95.09%"], "pct", "95.09", ["91.76", "96.50"]),
        (["未支出的4.74万元"], "diff", "4.74", ["96.50", "91.76"]),
        (["全年累计服务儿童16840人次", "≥15000人次｜16840人次"], "sum", "16840", ["16840"]),
        (["覆盖率为81.6%", "≥85%｜81.6%｜10｜9.60"], "score", "9.60", ["10", "81.6", "85"]),
        (["产出指标得分50分"], "sum", "50", ["10", "10", "10", "10", "5", "5"]),
        (["效益指标得分28.60分"], "sum", "28.60", ["10", "9.60", "9"]),
        (["预算执行率得分9.51分，产出指标得分50分，效益指标得分28.60分，满意度指标得分10分，总得分98.11分"],
         "sum", "98.11", ["9.51", "50", "28.60", "10"]),
    ],
    "sd-pingyin-kunjingertong-2023": [
        (["年初预算安排县级资金260.00万元", "补助资金30.20万元", "2022年结转的14.80万元，全年预算为305.00万元"],
         "sum", "305.00", ["260.00", "30.20", "14.80"]),
        (["全年实际支出273.28万元，预算执行率89.60%"], "pct", "89.60", ["273.28", "305.00"]),
        (["结余31.72万元"], "diff", "31.72", ["305.00", "273.28"]),
        (["孤儿基本生活费68.64万元（440人次×1560元）"], "prod", "68.64", ["440", "1560", "10000"]),
        (["事实无人抚养儿童基本生活费142.74万元（915人次×1560元）"], "prod", "142.74", ["915", "1560", "10000"]),
        (["其他困境儿童基本生活费56.16万元（720人次×780元）"], "prod", "56.16", ["720", "780", "10000"]),
        (["三项合计267.54万元"], "sum", "267.54", ["68.64", "142.74", "56.16"]),
        (["儿童主任培训及关爱活动支出5.74万元"], "sum", "273.28", ["267.54", "5.74"]),
        (["全年发放基本生活费2075人次，完成率106.41%"], "pct", "106.41", ["2075", "1950"]),
        (["全年发放基本生活费2075人次"], "sum", "2075", ["440", "915", "720"]),
        (["12个月中11个月按时发放，按月发放及时率91.67%"], "pct", "91.67", ["11", "12"]),
        (["分别为52人、48人、50人", "共150人"], "sum", "150", ["52", "48", "50"]),
        (["平均每期50人"], "mean", "50", ["52", "48", "50"]),
        (["完成年度目标的68.18%"], "pct", "68.18", ["150", "220"]),
        (["入学率93.5%，完成率95.41%"], "pct", "95.41", ["93.5", "98"]),
        (["回访监护人220户，表示满意的195户，满意度88.6%"], "pct", "88.6", ["195", "220"]),
        (["满意度88.6%，完成率93.26%"], "pct", "93.26", ["88.6", "95"]),
        (["2022年全县发放基本生活费1968人次，本年增加107人次"], "diff", "107", ["2075", "1968"]),
        (["产出指标得分46.17分"], "sum", "46.17", ["10", "6.82", "10", "9.35", "10"]),
        (["效益指标得分25.54分"], "sum", "25.54", ["10", "9.54", "6"]),
        (["预算执行率得分8.96分，产出指标得分46.17分，效益指标得分25.54分，满意度指标得分9.33分，自评得分90.00分"],
         "sum", "90.00", ["8.96", "46.17", "25.54", "9.33"]),
    ],
    "gs-jingning-liangai-2019": [
        (["全年预算53.00万元，其中省级救助资金42.00万元", "县级配套工作经费8.00万元", "上年结转救助资金3.00万元"],
         "sum", "53.00", ["42.00", "8.00", "3.00"]),
        (["项目资金53.00万元的使用情况"], "sum", "53.00", ["53.00"]),
        (["项目实际支出50.35万元，预算执行率95.00%"], "pct", "95.00", ["50.35", "53.00"]),
        (["发放救助金43.00万元", "工作经费7.35万元"], "sum", "50.35", ["43.00", "7.35"]),
        (["年末结余2.65万元"], "diff", "2.65", ["53.00", "50.35"]),
        (["其中救助金2.00万元、工作经费0.65万元"], "sum", "2.65", ["2.00", "0.65"]),
        (["其中救助金2.00万元"], "diff", "2.00", ["45.00", "43.00"]),  # 42.00 + 3.00 available for relief
        (["工作经费0.65万元"], "diff", "0.65", ["8.00", "7.35"]),
        (["全年共救助43人，其中宫颈癌患者17人、乳腺癌患者26人"], "sum", "43", ["17", "26"]),
        (["救助标准为每人1万元", "发放救助金43.00万元"], "prod", "43.00", ["43", "1", "1"]),
        (["完成年度目标的86%"], "pct", "86", ["43", "50"]),
        (["43人中有36人", "及时率83.72%，另有7人"], "pct", "83.72", ["36", "43"]),
        (["43人中有36人", "另有7人"], "sum", "43", ["36", "7"]),
        (["按95.00%的执行率得9.50分"], "score", "9.50", ["10", "95.00", "100"]),
        (["救助人数15分得12.90分"], "score", "12.90", ["15", "43", "50"]),
        (["发放及时率10分得8.81分"], "score", "8.81", ["10", "83.72", "95"]),
        (["知晓率68.0%", "防治知识知晓率15分得12.00分"], "score", "12.00", ["15", "68.0", "85"]),
        (["救助人数15分得12.90分、救助标准10分得10分、发放及时率10分得8.81分、审核准确率15分得15分，小计46.71分"],
         "sum", "46.71", ["12.90", "10", "8.81", "15"]),
        (["产出指标权重50分"], "sum", "50", ["15", "10", "10", "15"]),
        (["减轻患病家庭负担15分得10.50分、防治知识知晓率15分得12.00分，小计22.50分"], "sum", "22.50", ["10.50", "12.00"]),
        (["效益指标权重30分"], "sum", "30", ["15", "15"]),
        (["预算执行率指标权重10分", "满意度指标权重10分"], "sum", "100", ["10", "50", "30", "10"]),
        (["综合自评得分88.71分"], "sum", "88.71", ["9.50", "46.71", "22.50", "10"]),
    ],
    "tj-jizhou-fulian-2024": [
        (["年初预算508.36万元，其中基本支出412.36万元、项目支出96.00万元"], "sum", "508.36", ["412.36", "96.00"]),
        (["全年预算调整为543.58万元，其中当年财政拨款531.08万元、上年结转12.50万元"], "sum", "543.58", ["531.08", "12.50"]),
        (["基本支出425.18万元、项目支出118.40万元"], "sum", "543.58", ["425.18", "118.40"]),
        (["全年支出533.68万元，预算执行率98.18%"], "pct", "98.18", ["533.68", "543.58"]),
        (["其中基本支出423.96万元、项目支出109.72万元"], "sum", "533.68", ["423.96", "109.72"]),
        (["年末结余结转9.90万元"], "diff", "9.90", ["543.58", "533.68"]),
        (["项目支出执行率92.67%"], "pct", "92.67", ["109.72", "118.40"]),
        (["基本支出执行率99.71%"], "pct", "99.71", ["423.96", "425.18"]),
        (["“三公”经费实际支出2.85万元，比上年的3.10万元下降8.06%"], "growth", "-8.06", ["2.85", "3.10"]),
        (["自评得分分别为95分、92分、86分和98分，平均92.75分"], "mean", "92.75", ["95", "92", "86", "98"]),
        (["按每人2000元的标准资助困境女童70名", "“春蕾”助学及困境儿童关爱｜12.00｜14.00｜14.00"],
         "prod", "14.00", ["70", "2000", "10000"]),
        (["服务对象满意度｜≥90%｜96.3%", "满意度为96.3%"], "sum", "96.3", ["96.3"]),
        (["136场，覆盖家庭5480户", "≥120场｜136场", "≥5000户｜5480户"], "sum", "5480", ["5480"]),
        (["培训542人，考核合格率94.6%，培训后半年内就业率66.4%", "≥600人｜542人", "≥90%｜94.6%", "≥70%｜66.4%"],
         "sum", "542", ["542"]),
        (["接待来访咨询913件次", "≥800件次｜913件次"], "sum", "913", ["913"]),
    ],
}

# scores stated in the prose of the department report must equal the project list
PROJECT_SCORES = {"tj-jizhou-fulian-2024": ["｜94.61%｜95", "｜94.72%｜92", "｜84.33%｜86", "｜100.00%｜98"]}


def check_facts(name, text, facts):
    for snippets, kind, result, ops in facts:
        for s in snippets:
            if s not in text:
                fail(f"{name}: snippet missing: {s}")
        o = [D(x) for x in ops]
        if kind == "sum":
            c = sum(o)
        elif kind == "diff":
            c = o[0] - sum(o[1:])
        elif kind == "pct":
            c = o[0] / o[1] * 100
        elif kind == "growth":
            c = (o[0] - o[1]) / o[1] * 100
        elif kind == "quot":
            c = o[0] / o[1]
        elif kind == "mean":
            c = sum(o) / len(o)
        elif kind == "prod":
            c = o[0] * o[1] / o[2]
        elif kind == "score":
            c = o[0] * min(o[1] / o[2], D(1))
        else:
            raise ValueError(kind)
        if not consistent(result, c):
            fail(f"{name}: {kind} {ops} gives {c:.4f}, stated {result}")


def check_grade(name, text, total):
    m = re.findall(r"等级为“(.)”", text)
    if len(m) != 1:
        fail(f"{name}: expected one grade statement, found {m}")
        return
    if m[0] != grade_of(total):
        fail(f"{name}: grade {m[0]} for total {total}")
    if not re.search(re.escape(str(total)) + "分", text):
        fail(f"{name}: total {total} not stated in the text")


def check_clean(name, text):
    found, exec_score, exec_weight = check_money_tables(name, text)
    total = None
    if found:
        total = check_indicator_table(name, text, exec_score, exec_weight)
    else:
        m = re.search(r"综合自评得分([0-9.]+)分", text)
        total = m.group(1) if m else None
    if total is None:
        fail(f"{name}: no total score")
    else:
        check_grade(name, text, total)
    check_facts(name, text, FACTS[name])
    for s in PROJECT_SCORES.get(name, []):
        if s not in text:
            fail(f"{name}: project score row missing {s}")
    # years: the evaluation year in the title equals the year of the table and of 截至 dates
    year = re.search(r"(20\d\d)年度", text).group(1)
    for y in re.findall(r"（(20\d\d)年度）|年度：(20\d\d)年|截至(20\d\d)年12月31日", text):
        yy = [v for v in y if v][0]
        if yy != year:
            fail(f"{name}: year {yy} != {year}")
    # rates that cannot exceed 100% (I5)
    for m in re.finditer(r"(满意度|执行率|到位率|知晓率|准确率|合格率|及时率|覆盖率|入学率|逾期率|就业率|稳定率)"
                         r"(?:为|达到|达|是)?([0-9]+(?:\.[0-9]+)?)%", text):
        if D(m.group(2)) > 100:
            fail(f"{name}: {m.group(0)} above 100%")
    for y in re.findall(r"结转至(20\d\d)年", text):
        if int(y) <= int(year):
            fail(f"{name}: carried over to {y} in a {year} report")


# ---------------------------------------------------------------- labels and cases

def changed_region(a, b):
    i = 0
    n = min(len(a), len(b))
    while i < n and a[i] == b[i]:
        i += 1
    j = 0
    while j < n - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    clean_texts = {}
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
                clean_texts[rec["source"]] = fh.read()
    codes = Counter()
    where = Counter()
    n_err = 0
    for rec in labels:
        path = os.path.join(CASES, rec["case"])
        if not os.path.exists(path):
            fail(f"missing case {rec['case']}")
            continue
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        if not 3000 <= len(text) <= 9000:
            fail(f"{rec['case']}: length {len(text)}")
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expected findings")
            continue
        n_err += 1
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one label")
        clean = clean_texts[rec["source"]]
        s, e_clean, e_case = changed_region(clean, text)
        if s >= e_case and s >= e_clean:
            fail(f"{rec['case']}: identical to its clean draft")
        if clean[s:e_clean].count("\n") > 1 or text[s:e_case].count("\n") > 1 or e_case - s > 120:
            fail(f"{rec['case']}: change is not in one place")
        for exp in rec["expected"]:
            if exp["code"] not in CODES or exp["severity"] != "error":
                fail(f"{rec['case']}: bad code/severity {exp['code']} {exp['severity']}")
            codes[exp["code"]] += 1
            occ = [m.start() for m in re.finditer(re.escape(exp["value"]), text)]
            if not occ:
                fail(f"{rec['case']}: value not found: {exp['value']}")
            if not any(o < max(e_case, s + 1) and s < o + len(exp["value"]) for o in occ):
                fail(f"{rec['case']}: value does not cover the change")
            if exp["value"] in clean:
                fail(f"{rec['case']}: value also occurs in the clean draft")
            line_start = text.rfind("\n", 0, s) + 1
            where["table" if "｜" in text[line_start:text.find("\n", s)] else "prose"] += 1
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times")
    if n_err != 30 or len(clean_texts) != 5:
        fail(f"{len(clean_texts)} clean and {n_err} error cases")
    for name, text in clean_texts.items():
        check_clean(name, text)
    print(f"{len(labels)} cases; codes: " + ", ".join(f"{c} {codes[c]}" for c in CODES))
    print(f"changed lines with table bars: {where['table']}, other lines: {where['prose']}")
    if errors:
        for e in errors:
            print("FAIL", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
