#!/usr/bin/env python3
"""Verify the n143 set.

1. every case file has exactly one label line and every label has a file; clean labels are empty;
2. every label value occurs in its case; codes are from errors.md section A;
3. every error case differs from its clean draft in one place (one contiguous region <= 120 chars);
4. the clean drafts are 3000-9000 characters;
5. the arithmetic of every clean draft is redone: funds, rates, balances, sums, averages,
   completion rates, row scores, weights, totals and grades (tables parsed generically,
   prose figures listed per draft below);
6. each of the 13 codes occurs at least twice.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
FAIL = []


def fail(msg):
    FAIL.append(msg)


def decimals(s):
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    """rules.md section 8: |c - v| <= 0.5 * 10^-d, d counted in the stated string."""
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    return abs(D(computed) - D(stated)) <= tol


def check(src, text, context, num, computed, what):
    if text.count(context) < 1:
        fail(f"{src}: context not found: {context!r}")
        return
    if num not in context:
        fail(f"{src}: {num!r} not inside {context!r}")
        return
    if not close(computed, num):
        fail(f"{src}: {what}: stated {num}, computed {D(computed):.4f}")


def grade(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


NUM = re.compile(r"\d+(?:\.\d+)?")


def split_val(s):
    """'≥600人次' -> ('gte', '600', '人次'); '95.22%' -> ('eq', '95.22', '%')."""
    s = s.strip()
    direction = "eq"
    if s.startswith("≥"):
        direction, s = "gte", s[1:]
    elif s.startswith("≤"):
        direction, s = "lte", s[1:]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(.*)", s)
    if not m:
        return None
    return direction, m.group(1), m.group(2)


def check_table(src, text):
    """Generic check of the funds row and the indicator block of a ｜ table."""
    lines = text.split("\n")
    fund = [l for l in lines if l.startswith("年度资金总额｜")]
    if len(fund) != 1:
        fail(f"{src}: expected one 年度资金总额 row, found {len(fund)}")
        return None
    c = fund[0].split("｜")
    init, annual, spent, w, rate, score = c[1], c[2], c[3], c[4], c[5].rstrip("%"), c[6]
    r = D(spent) / D(annual) * 100
    if not close(r, rate):
        fail(f"{src}: funds row rate {rate} vs {r:.4f}")
    s_unrounded = D(w) * min(r, D(100)) / 100
    s_rounded = D(w) * min(D(rate), D(100)) / 100
    if not (close(s_unrounded, score) or close(s_rounded, score)):
        fail(f"{src}: execution score {score} vs {s_unrounded:.4f}")
    if D(spent) > D(annual):
        fail(f"{src}: spent above annual budget")
    total_w, total_s = D(w), D(score)

    hdr_i = [i for i, l in enumerate(lines) if l.startswith("一级指标｜")]
    if len(hdr_i) != 1:
        fail(f"{src}: expected one indicator header")
        return None
    hdr = lines[hdr_i[0]].split("｜")
    it, ia, iw, isc = hdr.index("年度指标值"), hdr.index("实际完成值"), hdr.index("分值"), hdr.index("得分")
    ic = hdr.index("完成率") if "完成率" in hdr else None
    n_rows = 0
    total_line = None
    for l in lines[hdr_i[0] + 1:]:
        if l.startswith("总分｜") or l.startswith("合计｜"):
            total_line = l
            break
        cells = l.split("｜")
        if len(cells) != len(hdr):
            fail(f"{src}: row has {len(cells)} cells, header {len(hdr)}: {l}")
            continue
        n_rows += 1
        tw, ts = D(cells[iw]), D(cells[isc])
        total_w += tw
        total_s += ts
        if ts > tw or ts < 0:
            fail(f"{src}: score above weight: {l}")
        tgt, act = split_val(cells[it]), split_val(cells[ia])
        if re.search(r"\d+月\d+日", cells[it]):
            tgt = act = None  # a date, handled below
        if tgt and act:  # quantitative row
            (dirn, tv, tu), (_, av, au) = tgt, act
            if tu != au:
                fail(f"{src}: unit of target {tu!r} vs actual {au!r}: {l}")
            tv, av = D(tv), D(av)
            if dirn == "lte":
                comp = D(100) if av <= tv else tv / av * 100
            else:
                comp = av / tv * 100
            exp = tw * min(comp, D(100)) / 100
            if not close(exp, cells[isc]):
                fail(f"{src}: row score {cells[isc]} vs {exp:.4f}: {l}")
            if ic is not None and not close(comp, cells[ic].rstrip("%")):
                fail(f"{src}: completion {cells[ic]} vs {comp:.4f}: {l}")
            if comp < 100 or comp > 120:
                if len(cells[-1].strip("—")) == 0:
                    fail(f"{src}: deviation without a reason: {l}")
        else:  # dates and qualitative judgements
            a = cells[ia]
            if "部分达成" in a:
                lo, hi = D("0.6") * tw, D("0.8") * tw
                if not (lo <= ts < hi):
                    fail(f"{src}: qualitative 部分达成 score out of band: {l}")
            elif "达成" in a:
                if not (D("0.8") * tw <= ts <= tw):
                    fail(f"{src}: qualitative 达成 score out of band: {l}")
            elif re.search(r"\d+月\d+日", a):
                m1 = re.search(r"(\d+)月(\d+)日", cells[it])
                m2 = re.search(r"(\d+)月(\d+)日", a)
                if (int(m2.group(1)), int(m2.group(2))) > (int(m1.group(1)), int(m1.group(2))):
                    fail(f"{src}: date later than target: {l}")
                if ts != tw:
                    fail(f"{src}: date met but not full score: {l}")
            else:
                fail(f"{src}: cannot read row: {l}")
    if total_line is None:
        fail(f"{src}: no total row")
        return None
    tc = [x for x in total_line.split("｜") if x]
    if D(tc[1]) != total_w or total_w != 100:
        fail(f"{src}: weights {total_w} vs total row {tc[1]}")
    if not close(total_s, tc[2]):
        fail(f"{src}: scores add to {total_s} vs total row {tc[2]}")
    return tc[2]


def check_grade(src, text, total):
    stated = re.findall(r"(?:评价等级为|综合评定等级为|自评等级为)“?(优秀|良好|优|良|中|差)", text)
    if not stated:
        fail(f"{src}: no grade found")
    for g in stated:
        if g[0] != grade(total):
            fail(f"{src}: grade {g} vs total {total}")
    totals = re.findall(r"(?:自评总分|自评得分|本项目得分|综合自评得分)(\d+(?:\.\d+)?)分", text)
    if not totals:
        fail(f"{src}: no total score in the text")
    for t in totals:
        if D(t) != D(total):
            fail(f"{src}: text total {t} vs table/computed {total}")


S = lambda *xs: sum((D(x) for x in xs), D(0))  # noqa: E731


def pct(a, b):
    return D(a) / D(b) * 100


def mean(*xs):
    return S(*xs) / len(xs)


# ------------------------------------------------------------------ per-draft arithmetic
def sanmen(src, t):
    check(src, t, "全年预算数为98.00万元，其中当年财政拨款92.00万元、上年结转资金6.00万元", "98.00", S("92.00", "6.00"), "annual = parts")
    check(src, t, "当年财政拨款92.00万元", "92.00", S("86.00", "6.00"), "initial + 追加")
    check(src, t, "项目全年执行93.10万元", "93.10", S("87.46", "5.64"), "spent = parts")
    check(src, t, "预算执行率95.00%", "95.00", pct("93.10", "98.00"), "execution rate")
    check(src, t, "代表履职活动补助42.40万元", "42.40", D(212) * 2000 / 10000, "212 x 2000元")
    check(src, t, "占全年支出的45.54%", "45.54", pct("42.40", "93.10"), "share")
    check(src, t, "代表视察调研及闭会期间活动10.72万元", "10.72", D("93.10") - S("42.40", "18.62", "21.36"), "uses add to spent")
    check(src, t, "未执行的4.90万元", "4.90", D("98.00") - D("93.10"), "balance")
    check(src, t, "合计642人次", "642", S(128, 136, 130, 124, 124), "trainees sum")
    check(src, t, "平均每期128.4人次", "128.4", mean(128, 136, 130, 124, 124), "trainees mean")
    check(src, t, "完成年度目标的90.00%", "90.00", pct(108, 120), "completion")
    check(src, t, "占71.79%", "71.79", pct(112, 156), "share solved")
    check(src, t, "提高3.39个百分点", "3.39", D("71.79") - D("68.40"), "change vs last year")
    check(src, t, "满意度95.22%", "95.22", pct(199, 209), "satisfaction")
    check(src, t, "产出指标得分49分", "49", S(10, 10, 9, 10, 5, 5), "output subtotal")
    check(src, t, "效益指标得分29.57分", "29.57", S(10, "9.57", 10), "benefit subtotal")
    # table funds components
    for col, parts in (("86.00", ("86.00", "0.00", "0.00")), ("98.00", ("92.00", "6.00", "0.00")),
                       ("93.10", ("87.46", "5.64", "0.00"))):
        if S(*parts) != D(col):
            fail(f"{src}: funds column {col} != {parts}")
    for row in ("其中：当年财政拨款｜86.00｜92.00｜87.46｜", "上年结转资金｜0.00｜6.00｜5.64｜", "其他资金｜0.00｜0.00｜0.00｜—｜—｜—"):
        if row not in t:
            fail(f"{src}: funds row missing {row}")


def qidong(src, t):
    check(src, t, "全年预算73.00万元", "73.00", S("65.00", "8.00"), "initial + 追加")
    check(src, t, "全年实际到位73.00万元，资金到位率100%", "100", pct("73.00", "73.00"), "到位率")
    check(src, t, "全年实际支出70.22万元", "70.22", S("21.36", "14.80", "12.46", "13.60", "8.00"), "uses add to spent")
    check(src, t, "预算执行率96.19%", "96.19", pct("70.22", "73.00"), "execution rate")
    check(src, t, "占全年支出的30.42%", "30.42", pct("21.36", "70.22"), "share")
    check(src, t, "人均活动经费约2975元", "2975", D("70.22") * 10000 / 236, "per member (约)")
    check(src, t, "年末结余2.78万元", "2.78", D("73.00") - D("70.22"), "balance")
    check(src, t, "完成年度目标的116.67%", "116.67", pct(14, 12), "completion")
    check(src, t, "超出目标16.67%", "16.67", pct(14, 12) - 100, "over-achievement")
    check(src, t, "共计268人次", "268", S(62, 71, 68, 67), "trainees sum")
    check(src, t, "平均每期67人次", "67", mean(62, 71, 68, 67), "trainees mean")
    check(src, t, "平均每个工作室12场", "12", D(96) / 8, "activities per studio")
    check(src, t, "立案率92.47%", "92.47", pct(172, 186), "立案率")
    check(src, t, "经济建设类58件、社会事业类71件、城乡建设类43件", "58", D(172) - 71 - 43, "categories add to 172")
    check(src, t, "按期办复率93.60%", "93.60", pct(161, 172), "on-time rate")
    check(src, t, "跨部门协调的11件", "11", D(172) - 161, "late proposals")
    check(src, t, "差1.40个百分点", "1.40", D(95) - D("93.60"), "gap to target")
    check(src, t, "占立案数的69.19%", "69.19", pct(119, 172), "share solved")
    # weights and scores in prose
    check(src, t, "产出指标50分（数量指标20分、质量指标15分、时效指标10分、成本指标5分）", "50", S(20, 15, 10, 5), "output weights")
    check(src, t, "效益指标30分（社会效益指标20分、可持续影响指标10分）", "30", S(20, 10), "benefit weights")
    if S(10, 50, 30, 10) != 100:
        fail(f"{src}: weights")
    check(src, t, "预算执行率得9.62分", "9.62", D(10) * pct("70.22", "73.00") / 100, "execution score")
    check(src, t, "时效指标按实际完成比例得9.85分", "9.85", D(10) * D(161) / 172 / D("0.95"), "timeliness score")
    if not (D("0.8") * 10 <= 8 <= 10):
        fail(f"{src}: qualitative band")
    total = S("9.62", 20, 15, "9.85", 5, 20, 8, 10)
    check(src, t, "综合自评得分97.47分", "97.47", total, "total")
    check_grade(src, t, "97.47")


def changle(src, t):
    check(src, t, "当年财政拨款全年预算为116.50万元", "116.50", D("120.00") - D("3.50"), "initial - 调减")
    check(src, t, "全年预算合计126.50万元", "126.50", S("116.50", "10.00"), "annual = parts")
    check(src, t, "项目实际支出118.37万元", "118.37", S("108.37", "10.00"), "spent = parts")
    check(src, t, "培训费108.36万元，电教片制作6.40万元，远程教育站点维护3.61万元", "6.40",
          D("118.37") - D("108.36") - D("3.61"), "uses add to spent")
    check(src, t, "未支出的8.13万元", "8.13", D("126.50") - D("118.37"), "balance")
    if D("116.50") - D("108.37") != D("8.13"):
        fail(f"{src}: balance is not all 当年拨款")
    check(src, t, "合计646人", "646", S(86, 92, 78, 104, 96, 88, 102), "class sizes sum")
    check(src, t, "平均每期92.29人", "92.29", mean(86, 92, 78, 104, 96, 88, 102), "class mean")
    check(src, t, "为331.99元", "331.99", D("108.36") * 10000 / 3264, "cost per trainee")
    check(src, t, "当年财政拨款｜120.00｜116.50｜108.37｜—｜93.02%", "93.02", pct("108.37", "116.50"), "拨款 rate")
    check(src, t, "上年结转资金｜0.00｜10.00｜10.00｜—｜100.00%", "100.00", pct("10.00", "10.00"), "结转 rate")
    for col, parts in (("120.00", ("120.00", "0.00", "0.00")), ("126.50", ("116.50", "10.00", "0.00")),
                       ("118.37", ("108.37", "10.00", "0.00"))):
        if S(*parts) != D(col):
            fail(f"{src}: funds column {col}")
    for q in ("党员集中培训3264人次", "覆盖率97.80%", "合格率98.60%", "电视片10部", "达到163个", "运行率96.20%", "满意度为94.50%"):
        if q not in t:
            fail(f"{src}: text figure missing: {q}")


def shizong(src, t):
    check(src, t, "全年预算数为112.60万元", "112.60", S("85.00", "12.60", "3.00", "12.00"), "annual")
    check(src, t, "年初预算85.00万元，其中县级财政配套资金60.00万元、工会经费25.00万元", "85.00", S("60.00", "25.00"), "initial parts")
    check(src, t, "全年项目支出108.90万元", "108.90", S("35.04", "36.80", "21.36", "15.70"), "uses add to spent")
    check(src, t, "预算执行率96.71%", "96.71", pct("108.90", "112.60"), "execution rate")
    check(src, t, "生活救助35.04万元，救助在档困难职工146户，户均2400元", "35.04", D(146) * 2400 / 10000, "146 x 2400")
    check(src, t, "金秋助学36.80万元", "36.80", (D(52) * 5000 + D(36) * 3000) / 10000, "助学")
    check(src, t, "资助困难职工子女88名，其中大学生52名", "88", S(52, 36), "students")
    check(src, t, "人均约3747元", "3747", D("21.36") * 10000 / 57, "medical per case (约)")
    check(src, t, "两项合计71.84万元", "71.84", S("35.04", "36.80"), "two items")
    check(src, t, "结转资金3.70万元", "3.70", D("112.60") - D("108.90"), "balance")
    check(src, t, "比年度目标少3人次", "3", D(60) - 57, "gap")
    check(src, t, "解困脱困率34.25%", "34.25", pct(50, 146), "解困率")
    check(src, t, "满意度96.58%。", "96.58", pct(226, 234), "satisfaction")
    check(src, t, "问卷234份", "234", S(146, 88), "questionnaires = households + students")
    check(src, t, "完成率95.00%", "95.00", pct(57, 60), "completion")
    for col, parts in (("85.00", ("60.00", "0.00", "25.00")), ("112.60", ("72.60", "12.00", "28.00")),
                       ("108.90", ("70.94", "12.00", "25.96"))):
        if S(*parts) != D(col):
            fail(f"{src}: funds column {col}")
    for row in ("其中：当年财政拨款｜60.00｜72.60｜70.94｜", "上年结转资金｜0.00｜12.00｜12.00｜", "其他资金｜25.00｜28.00｜25.96｜"):
        if row not in t:
            fail(f"{src}: funds row missing {row}")
    if S("60.00", "12.60") != D("72.60") or S("25.00", "3.00") != D("28.00"):
        fail(f"{src}: 全年 parts")
    if "2023年12月，省总工会提前下达2024年" not in t:
        fail(f"{src}: advance sentence missing")


def ningan(src, t):
    check(src, t, "全年预算158.60万元，其中财政拨款150.20万元、其他资金8.40万元", "158.60", S("150.20", "8.40"), "annual parts")
    check(src, t, "财政拨款150.20万元", "150.20", S("142.30", "7.90"), "initial + 追加")
    check(src, t, "全年支出147.92万元", "147.92", S("97.66", "50.26"), "spent = basic + project")
    check(src, t, "预算执行率93.27%", "93.27", pct("147.92", "158.60"), "execution rate")
    check(src, t, "基本支出97.66万元，全年预算98.10万元，执行率99.55%", "99.55", pct("97.66", "98.10"), "basic rate")
    check(src, t, "人员经费86.20万元、公用经费11.46万元", "86.20", D("97.66") - D("11.46"), "basic parts")
    check(src, t, "比上年的3.05万元下降6.23%", "6.23", (D("3.05") - D("2.86")) / D("3.05") * 100, "三公 change")
    check(src, t, "项目支出50.26万元，全年预算60.50万元，执行率83.07%", "83.07", pct("50.26", "60.50"), "project rate")
    check(src, t, "希望工程圆梦助学18.40万元", "18.40", (D(29) * 5000 + D(13) * 3000) / 10000, "助学")
    check(src, t, "人均资助4380.95元", "4380.95", D("18.40") * 10000 / 42, "per student")
    check(src, t, "青年志愿服务7.70万元", "7.70", D("50.26") - S("18.40", "14.36", "9.80"), "project uses")
    check(src, t, "年内支出5.00万元，执行率100%", "100", pct("5.00", "5.00"), "grant rate")
    check(src, t, "全年未支出的10.68万元", "10.68", D("158.60") - D("147.92"), "balance")
    check(src, t, "应届大学新生42名", "42", S(29, 13), "students")
    check(src, t, "达标率82.35%", "82.35", pct(56, 68), "达标率")
    check(src, t, "取消了4场活动", "4", D(30) - 26, "cancelled")
    check(src, t, "满意度85.60%", "85.60", pct(416, 486), "satisfaction")
    check(src, t, "履职产出指标得分46.22分", "46.22", S("8.40", "8.67", 10, "9.15", 5, 5), "output subtotal")
    check(src, t, "履职效益指标得分24.10分", "24.10", S(10, "8.10", 6), "benefit subtotal")
    for col, parts in (("142.30", ("142.30", "0.00")), ("158.60", ("150.20", "8.40")), ("147.92", ("139.52", "8.40")),
                       ("142.30", ("96.40", "45.90")), ("158.60", ("98.10", "60.50")), ("147.92", ("97.66", "50.26"))):
        if S(*parts) != D(col):
            fail(f"{src}: funds column {col} != {parts}")
    for row in ("按收入性质分：财政拨款｜142.30｜150.20｜139.52｜", "其他资金｜0.00｜8.40｜8.40｜",
                "按支出性质分：基本支出｜96.40｜98.10｜97.66｜", "项目支出｜45.90｜60.50｜50.26｜"):
        if row not in t:
            fail(f"{src}: funds row missing {row}")


PER_DRAFT = {
    "sanmen-npcdeputy-2022": sanmen,
    "qidong-cppcc-2023": qidong,
    "changle-partyedu-2021": changle,
    "shizong-unionaid-2024": shizong,
    "ningan-youthleague-2019": ningan,
}
TABLES = {"sanmen-npcdeputy-2022", "changle-partyedu-2021", "shizong-unionaid-2024", "ningan-youthleague-2019"}
YEARS = {"sanmen-npcdeputy-2022": 2022, "qidong-cppcc-2023": 2023, "changle-partyedu-2021": 2021,
         "shizong-unionaid-2024": 2024, "ningan-youthleague-2019": 2019}


def check_years(src, t):
    y = YEARS[src]
    title = t.split("\n")[:3]
    if not any(f"{y}年度" in l for l in title):
        fail(f"{src}: title year")
    for m in re.finditer(r"结转至(\d{4})年", t):
        if int(m.group(1)) <= y:
            fail(f"{src}: carried to {m.group(1)}")
    for m in re.finditer(r"截至(\d{4})年12月31日", t):
        if int(m.group(1)) != y:
            fail(f"{src}: 截至 {m.group(1)}")
    for m in re.finditer(r"（(\d{4})年度）", t):
        if int(m.group(1)) != y:
            fail(f"{src}: table year {m.group(1)}")


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    names = [r["case"] for r in labels]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(names) != files or len(set(names)) != len(names):
        fail("labels and case files do not match one to one")
    codes = Counter()
    texts = {f: open(os.path.join(CASES, f), encoding="utf-8").read() for f in files}
    for r in labels:
        text = texts.get(r["case"])
        if text is None:
            continue
        clean_name = f"{r['source']}-clean.txt"
        if r["clean"]:
            if r["expected"] or r["case"] != clean_name:
                fail(f"{r['case']}: clean label malformed")
            if not 3000 <= len(text) <= 9000:
                fail(f"{r['case']}: length {len(text)}")
            continue
        if len(r["expected"]) != 1:
            fail(f"{r['case']}: expected exactly one label")
        for e in r["expected"]:
            if e["code"] not in CODES or e["severity"] != "error":
                fail(f"{r['case']}: bad code/severity {e}")
            if e["value"] not in text:
                fail(f"{r['case']}: value not found: {e['value']!r}")
            codes[e["code"]] += 1
        clean = texts[clean_name]
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        q = 0
        while q < min(len(clean), len(text)) - p and clean[-1 - q] == text[-1 - q]:
            q += 1
        region_new, region_old = text[p:len(text) - q], clean[p:len(clean) - q]
        if not region_new and not region_old:
            fail(f"{r['case']}: identical to the clean draft")
        if max(len(region_new), len(region_old)) > 120:
            fail(f"{r['case']}: changed region too long ({len(region_new)} chars)")
        for e in r["expected"]:
            # the value must cover (part of) the changed region
            hits = [i for i in range(len(text)) if text.startswith(e["value"], i)]
            if not any(i < len(text) - q and p < i + len(e["value"]) for i in hits):
                fail(f"{r['case']}: value does not overlap the change")
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times")
    for src, fn in PER_DRAFT.items():
        t = texts[f"{src}-clean.txt"]
        fn(src, t)
        check_years(src, t)
        if src in TABLES:
            total = check_table(src, t)
            if total is not None:
                check_grade(src, t, total)
    if FAIL:
        for m in FAIL:
            print("FAIL:", m)
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors, "
          f"codes: {', '.join(f'{c}={codes[c]}' for c in CODES)}")
    print("OK")


if __name__ == "__main__":
    main()
