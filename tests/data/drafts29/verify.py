#!/usr/bin/env python3
"""Check the set: labels, edit sizes, and the arithmetic of every clean draft.

1. every label value occurs exactly once in its case and never in the clean draft;
2. every error case differs from its clean draft by one contiguous edit of at most 16
   characters within one line (score-row codes: at most two adjacent lines, each <= 16);
3. every clean draft passes
   - the explicit facts below (sums, rates, balances, unit-price products, averages, growth,
     day counts, same-quantity restatements, carry-over years, grades), each stated figure
     being looked up in the text as printed;
   - a generic pass over every table that has 分值 and 得分 columns: weights add up to 100 and
     to their 小计 rows, scores add up to the stated total, no score above its weight, each
     score follows rules §5 (execution w x rate; >= / <= / = / range targets), each printed
     完成率 equals the completion computed from target and actual;
   tolerance = half a unit of the last printed decimal (rules §8), ROUND_HALF_UP.
4. sanity: every error case fails at least one of the checks that its clean draft passes.
Pure Python 3.  Run:  python3 verify.py   (prints OK at the end when everything holds)
"""
import datetime
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
ROW_CODES = {"score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"}
MAX_EDIT = 16

# ----------------------------------------------------------------------------- numbers
NUM_RE = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def num(s):
    """Decimal value and decimals of the last number in s ("计划216辆的99.07%" -> 99.07)."""
    ms = NUM_RE.findall(s)
    if not ms:
        raise ValueError(f"no number in {s!r}")
    t = ms[-1].replace(",", "")
    d = len(t.split(".")[1]) if "." in t else 0
    return D(t), d


def close(stated, computed):
    v, d = num(stated)
    return abs(D(computed) - v) <= D(5) * D(10) ** (-(d + 1)) + D("1e-9")


def present(text, s):
    """s printed in text, not as part of a longer number."""
    pat = re.escape(s)
    if s[:1].isdigit():
        pat = r"(?<![\d.,])" + pat
    if s[-1:].isdigit():
        pat = pat + r"(?![\d])"
    return re.search(pat, text) is not None


# ----------------------------------------------------------------------------- facts
# kinds:
#   sum      (total, [parts])            total = sum(parts)
#   diff     (stated, a, b)               stated = a - b
#   rate     (stated%, num, den)          stated = num / den * 100
#   growth   (stated%, new, old)          stated = (new - old) / old * 100
#   decline  (stated%, old, new)          stated = (old - new) / old * 100
#   prod     (stated万元, count, 元each)   stated = count * each / 10000
#   avg      (stated, [items])            stated = mean(items)
#   score    (stated, weight, rate%)      stated = weight * min(rate, 100%)
#   days     (stated天, d1, d2)            stated = d2 - d1 (ISO dates)
#   range    (actual, centre, lo%, hi%)   centre*lo <= actual <= centre*hi
#   same     (regex, value)               every match of regex (group 1) equals value, >= 1 match
#   after    (regex, year)                every year matched is > year
#   yeareq   (regex, year)                every year matched equals year
#   grade    (statement, total)           the grade word in the statement is the §6 band of total
#   text     (string,)                    string occurs in the text
# Every printed operand (strings) must occur in the text; pure helper values are given as
# ints / Decimals (not looked up).
FACTS = {
    "pengshui-ruralbus-2021": [
        ("sum", "680.00万元", ["400.00万元", "280.00万元"]),
        ("sum", "800.00万元", ["680.00万元", "120.00万元"]),
        ("sum", "800.00万元", ["520.00万元", "280.00万元"]),
        ("rate", "到位率100%", "800.00万元", D("800.00")),
        ("rate", "预算执行率97.06%", "776.48万元", "800.00万元"),
        ("sum", "800.00", ["372.08", "345.60", "12.96", "69.36"]),
        ("sum", "776.48", ["360.72", "342.40", "12.84", "60.52"]),
        ("rate", "96.95%", "360.72", "372.08"),
        ("rate", "99.07%", "342.40", "345.60"),
        ("rate", "99.07%", "12.84", "12.96"),
        ("rate", "87.25%", "60.52", "69.36"),
        ("prod", "187.20万元", "62,400班次", "30元"),
        ("prod", "173.52万元", "38,560班次", "45元"),
        ("sum", "100,960班次", ["62,400班次", "38,560班次"]),
        ("sum", "360.72万元", ["187.20万元", "173.52万元"]),
        ("prod", "342.40万元", "214辆", "16,000元"),
        ("prod", "12.84万元", "214辆", "600元"),
        ("prod", "60.52万元", "89个", "6,800元"),
        ("prod", "345.60", 216, 16000),
        ("prod", "12.96", 216, 600),
        ("prod", "69.36", 102, 6800),
        ("diff", "未支出23.52万元", "800.00万元", "776.48万元"),
        ("sum", "23.52万元", ["班次补贴11.36万元", "车辆补贴3.20万元", "监控服务费0.12万元", "招呼站维护8.84万元"]),
        ("diff", "11.36万元", "372.08", "360.72"),
        ("diff", "3.20万元", "345.60", "342.40"),
        ("diff", "0.12万元", "12.96", "12.84"),
        ("diff", "8.84万元", "69.36", "60.52"),
        ("rate", "为计划的97.08%", "100,960班次", "104,000班次"),
        ("range", "100,960班次", "104,000班次", 90, 110),
        ("range", "214辆", "216辆", 95, 105),
        ("rate", "计划216辆的99.07%", "214辆", "216辆"),
        ("rate", "完成率87.25%", "89个", "102个"),
        ("diff", "其余13个站点", "102个", "89个"),
        ("growth", "增长8.07%", "100,960班次", "93,420班次"),
        ("diff", "增加7,540班次", "100,960班次", "93,420班次"),
        ("diff", "增加9辆", "214辆", "205辆"),
        ("avg", "全年平均97.6%", ["96.8%", "97.4%", "97.9%", "98.3%"]),
        ("rate", "回收率97.67%", "586份", "600份"),
        ("rate", "乘客满意度93.52%", "548份", "586份"),
        ("score", "得9.71分", 10, "97.06%"),
        ("diff", "扣0.76分", 6, "5.24"),
        ("sum", "97.95分", ["9.71", D("49.24"), 29, 10]),
        ("sum", D("49.24"), [6, 8, 6, "5.24", 6, 6, 6, 6]),
        ("same", r"60\.52\s+(\d+\.\d+)%", "87.25"),
        ("same", r"全县(\d+)辆农村客运车辆", "214"),
        ("same", r"补贴的农村客运车辆(\d+)辆", "214"),
        ("after", r"结转至(\d{4})年", 2021),
        ("grade", "评价等级为“优”", "97.95"),
        ("grade", "自评等级：优", "97.95"),
    ],
    "rongchang-codelivery-2023": [
        ("sum", "500.00万元", ["300.00万元", "200.00万元"]),
        ("sum", "560.00万元", ["500.00万元", "60.00万元"]),
        ("rate", "到位率100%", "560.00万元", D("560.00")),
        ("rate", "预算执行率89.05%", "498.66万元", "560.00万元"),
        ("sum", "498.66万元", ["247.20万元", "118.20万元", "63.00万元", "46.40万元", "23.86万元"]),
        ("prod", "247.20万元", "41,200趟次", "60元"),
        ("prod", "118.20万元", "9,850趟次", "120元"),
        ("prod", "63.00万元", "42辆", "15,000元"),
        ("prod", "46.40万元", "58个", "8,000元"),
        ("rate", "支出率93.00%", "63.24万元", "68.00万元"),
        ("diff", "结余61.34万元", "560.00万元", "498.66万元"),
        ("sum", "61.34万元", ["27.00万元", "22.80万元", "9.60万元", "1.80万元", "0.14万元"]),
        # line budgets implied by the targets (not printed): 60辆, 45,000趟, 70个, 10,000趟, 24.00
        ("prod", D("90.00"), 60, 15000), ("prod", D("270.00"), 45000, 60),
        ("prod", D("56.00"), 70, 8000), ("prod", D("120.00"), 10000, 120),
        ("sum", "560.00万元", [D("270.00"), D("120.00"), D("90.00"), D("56.00"), D("24.00")]),
        ("diff", "27.00万元", D("90.00"), "63.00万元"),
        ("diff", "22.80万元", D("270.00"), "247.20万元"),
        ("diff", "9.60万元", D("56.00"), "46.40万元"),
        ("diff", "1.80万元", D("120.00"), "118.20万元"),
        ("diff", "0.14万元", D("24.00"), "23.86万元"),
        ("rate", "为目标的91.56%", "41,200趟次", "45,000趟次"),
        ("rate", "为目标的98.50%", "9,850趟次", "10,000趟次"),
        ("rate", "为目标的82.86%", "58个", "70个"),
        ("rate", "运营合格率86.21%", "50个", "58个"),
        ("growth", "增长11.80%", "208.5万件", "186.5万件"),
        ("diff", "增加22.0万件", "208.5万件", "186.5万件"),
        ("rate", "满意度88.40%", "442份", "500份"),
        ("diff", "年末持续运营4家", "6家企业", "2家"),
        ("sum", "综合得分90.84分", ["8.90分", "46.13分", "26.50分", "9.31分"]),
        ("same", r"总里程([\d,]+)公里|配送线路合计([\d,]+)公里", "2,360"),
        ("grade", "评价等级为优秀", "90.84"),
    ],
    "yingshan-fuelsubsidy-2018": [
        ("sum", "750.00万元", ["525.00万元", "225.00万元"]),
        ("rate", "到位率100%", "750.00万元", D("750.00")),
        ("rate", "预算执行率96.10%", "720.74万元", "750.00万元"),
        ("diff", "结余29.26万元", "750.00万元", "720.74万元"),
        ("prod", "122.88", "96", "12,800"),
        ("prod", "185.76", "216", "8,600"),
        ("prod", "176.40", "245", "7,200"),
        ("prod", "62.90", "34", "18,500"),
        ("prod", "172.80", "64", "27,000"),
        ("sum", "308.64", ["122.88", "185.76"]),
        ("sum", "312", ["96", "216"]),
        ("sum", "235.70", ["62.90", "172.80"]),
        ("sum", "98", ["34", "64"]),
        ("sum", "720.74", ["308.64", "176.40", "235.70"]),
        ("sum", "655", ["312", "245", "98"]),
        ("diff", "减少91.62万元", "812.36万元", "720.74"),
        ("decline", "下降11.28%", "812.36万元", "720.74"),
        ("diff", "6辆农村客运车辆", "661辆", "655辆"),
        ("days", "用时45天", "2018-09-28", "2018-11-12"),
        ("rate", "通客车率97.27%", "571个", "587个"),
        ("score", "得9.61分", 10, "96.10%"),
        ("sum", "效益指标得29.83分", [10, 10, "9.83"]),
        ("sum", "自评得分99.44分", ["9.61分", "产出指标得60分", "29.83分"]),
        ("same", r"(\d+)辆出租汽车", "245"),
        ("same", r"全年为(\d+)辆农村客运车辆", "312"),
        ("after", r"结转(\d{4})年", 2018),
        ("grade", "等级为优秀", "99.44"),
        ("grade", "自评等级优秀", "99.44"),
    ],
    "xuanhan-transportdept-2022": [
        ("sum", "6,218.6公里", ["142.3公里", "386.0公里", "512.7公里", "1,604.2公里", "3,573.4公里"]),
        ("sum", "5,690.3公里", ["512.7公里", "1,604.2公里", "3,573.4公里"]),
        ("sum", "144名", ["18名", "126名"]),
        ("sum", "12,486.52万元", ["2,386.52万元", "10,100.00万元"]),
        ("sum", "12,486.52", ["11,386.52", "1,100.00"]),
        ("sum", "18,932.40", ["15,208.36", "2,620.00", "96.84", "1,007.20"]),
        ("sum", "17,865.13", ["14,330.21", "2,488.64", "66.28", "980.00"]),
        ("rate", "94.23%", "14,330.21", "15,208.36"),
        ("rate", "94.99%", "2,488.64", "2,620.00"),
        ("rate", "68.44%", "66.28", "96.84"),
        ("rate", "97.30%", "980.00", "1,007.20"),
        ("rate", "预算执行率94.36%", "17,865.13", "18,932.40"),
        ("sum", "17,865.13万元", ["2,346.85万元", "15,518.28万元"]),
        ("sum", "基本支出2,346.85万元", ["人员经费1,982.47万元", "公用经费364.38万元"]),
        ("sum", "18,932.40万元", ["2,452.30万元", "16,480.10万元"]),
        ("rate", "执行率95.70%", "2,346.85", "2,452.30"),
        ("rate", "执行率94.16%", "15,518.28", "16,480.10"),
        ("sum", "实际支出31.46万元", ["4.82万元", "26.64万元"]),
        ("rate", "执行率81.71%", "31.46万元", "38.50万元"),
        ("diff", "减少3.62万元", "35.08万元", "31.46万元"),
        ("decline", "下降10.32%", "35.08万元", "31.46万元"),
        ("diff", "年末结转结余1,067.27万元", "18,932.40", "17,865.13"),
        ("sum", "1,067.27万元", ["961.82万元", "105.45万元"]),
        ("diff", "961.82万元", "16,480.10", "15,518.28"),
        ("diff", "105.45万元", "2,452.30", "2,346.85"),
        ("diff", "增加6,445.88万元", "18,932.40", "12,486.52"),
        ("rate", "完成目标的105.33%", "126.4公里", "120公里"),
        ("rate", "完成目标的95.83%", "172.5公里", "180公里"),
        ("diff", "其余7.5公里", "180公里", "172.5公里"),
        ("sum", "16,480.10", ["4,860.00", "1,286.40", "6,420.00", "1,150.00", "1,860.00", "96.00", "486.00", "321.70"]),
        ("sum", "15,518.28", ["4,702.35", "1,286.40", "5,980.53", "1,103.60", "1,796.50", "92.40", "248.30", "308.20"]),
        ("rate", "96.76%", "4,702.35", "4,860.00"), ("rate", "100.00%", "1,286.40", "1,286.40"),
        ("rate", "93.15%", "5,980.53", "6,420.00"), ("rate", "95.97%", "1,103.60", "1,150.00"),
        ("rate", "96.59%", "1,796.50", "1,860.00"), ("rate", "96.25%", "92.40", "96.00"),
        ("rate", "执行率仅51.09%", "248.30", "486.00"), ("rate", "95.80%", "308.20", "321.70"),
        ("avg", "平均自评得分94.69分", ["95.6", "98.0", "92.4", "94.8", "96.2", "97.5", "86.5", "96.5"]),
        ("text", "优秀7个、良好1个"),
        ("rate", "项目按期完工率87.5%", 7, 8),
        ("same", r"国有资本经营预算财政拨款\s+0\.00\s+0\.00\s+0\.00\s+(\S+)", "—"),
        ("grade", "评价等级为优", "98.94"),
        ("same", r"自评得分(\d+\.\d+)分，评价等级", "98.94"),
    ],
    "shenmu-greenfreight-2024": [
        ("sum", "800.00万元", ["300.00万元", "500.00万元"]),
        ("sum", "1,280.00万元", ["800.00万元", "480.00万元"]),
        ("sum", "1,280.00", ["480.00", "300.00", "500.00"]),
        ("sum", "1,220.00", ["480.00", "300.00", "440.00"]),
        ("sum", "1,168.40", ["480.00", "300.00", "388.40"]),
        ("diff", "51.60", "1,220.00", "1,168.40"),
        ("diff", "51.60", "440.00", "388.40"),
        ("rate", "95.31%", "1,220.00", "1,280.00"),
        ("rate", "91.28%", "1,168.40", "1,280.00"),
        ("rate", "88.00%", "440.00", "500.00"),
        ("rate", "77.68%", "388.40", "500.00"),
        ("prod", "372.00万元", "186辆", "20,000元"),
        ("prod", "466.80万元", "58,350趟", "80元"),
        ("prod", "327.50万元", "131辆", "25,000元"),
        ("sum", "全年执行资金1,168.40万元", ["372.00万元", "466.80万元", "327.50万元", "2.10万元"]),
        ("diff", "有60.00万元", "500.00", "440.00"),
        ("sum", "58,350趟", ["13,120趟", "14,860趟", "15,240趟", "15,130趟"]),
        ("avg", "季度平均14,587.5趟", ["13,120趟", "14,860趟", "15,240趟", "15,130趟"]),
        ("growth", "增长24.63%", "58,350趟", "46,820趟"),
        ("prod", "约204万吨", "58,350趟", "35吨"),
        ("rate", "完成目标的103.33%", "186辆", "180辆"),
        ("rate", "完成目标的108.75%", "4,350吨", "4,000吨"),
        ("diff", "比目标少19辆", "150辆", "131辆"),
        ("yeareq", r"截至(\d{4})年12月31日", 2024),
        ("after", r"结转(\d{4})年", 2024),
        ("grade", "评价等级为优秀", "97.86"),
        ("same", r"总得分(\d+\.\d+)分", "97.86"),
    ],
    "wugong-ruralexpress-2025": [
        ("sum", "260.00万元", ["200.00万元", "60.00万元"]),
        ("sum", "420.00万元", ["260.00万元", "60.00万元", "100.00万元"]),
        ("sum", "中央资金260.00万元", ["200.00万元", "60.00万元"]),
        ("rate", "到位率100%", "420.00万元", D("420.00")),
        ("rate", "预算执行率95.68%", "401.86万元", "420.00万元"),
        ("prod", "129.00", "86个", "15,000元"),
        ("prod", "128.16", "5,126,400件", "0.25元"),
        ("prod", "33.60", "28辆", "12,000元"),
        ("sum", "401.86", ["129.00", "128.16", "96.00", "33.60", "15.10"]),
        ("diff", "结余18.14万元", "420.00万元", "401.86万元"),
        ("prod", "512.64万件", "5,126,400件", 1),
        ("rate", "完成目标的101.18%", "86个", "85个"),
        ("rate", "完成目标的102.53%", "512.64万件", "500万件"),
        ("rate", "为目标的93.33%", "28辆", "30辆"),
        ("range", "28辆", "30辆", 90, 110),
        ("rate", "覆盖率94.61%", "158个", "167个"),
        ("diff", "仍有9个行政村", "167个", "158个"),
        ("growth", "增长9.60%", "20.55亿元", "18.75亿元"),
        ("rate", "满意度92.60%", "363份", "392份"),
        ("score", "得19.14分", 20, "95.68%"),
        ("sum", "自评总得分97.14分", ["19.14分", "产出指标得50分", "效益指标得18分", "满意度指标得10分"]),
        ("after", r"结转(\d{4})年", 2025),
        ("grade", "评价等级为优秀", "97.14"),
    ],
}


def val(text, x, errs, label):
    """Value of an operand: strings must be printed in the text."""
    if isinstance(x, str):
        if not present(text, x):
            errs.append(f"{label}: {x!r} not in text")
        return num(x)[0]
    return D(x)


def band(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def check_facts(text, facts):
    errs = []
    for f in facts:
        kind, label = f[0], f"{f[0]} {f[1]!r}"
        if kind == "text":
            if f[1] not in text:
                errs.append(f"{label}: missing")
            continue
        if kind in ("same", "after", "yeareq"):
            found = [next(g for g in m.groups() if g) for m in re.finditer(f[1], text)]
            if not found:
                errs.append(f"{label}: no match")
            for g in found:
                if kind == "same" and g != f[2]:
                    errs.append(f"{label}: {g} != {f[2]}")
                if kind == "after" and int(g) <= f[2]:
                    errs.append(f"{label}: {g} not after {f[2]}")
                if kind == "yeareq" and int(g) != f[2]:
                    errs.append(f"{label}: {g} != {f[2]}")
            continue
        if kind == "grade":
            if f[1] not in text:
                errs.append(f"{label}: missing")
            word = re.search(r"(优秀|良好|中等|优|良|中|差)", f[1]).group(1)[0]
            if word != band(f[2]):
                errs.append(f"{label}: band of {f[2]} is {band(f[2])}")
            continue
        stated = f[1]
        sv = val(text, stated, errs, label)
        if kind == "sum":
            c = sum(val(text, p, errs, label) for p in f[2])
        elif kind == "diff":
            c = val(text, f[2], errs, label) - val(text, f[3], errs, label)
        elif kind == "rate":
            c = val(text, f[2], errs, label) / val(text, f[3], errs, label) * 100
        elif kind == "growth":
            new, old = val(text, f[2], errs, label), val(text, f[3], errs, label)
            c = (new - old) / old * 100
        elif kind == "decline":
            old, new = val(text, f[2], errs, label), val(text, f[3], errs, label)
            c = (old - new) / old * 100
        elif kind == "prod":
            c = val(text, f[2], errs, label) * val(text, f[3], errs, label) / 10000
        elif kind == "avg":
            items = [val(text, p, errs, label) for p in f[2]]
            c = sum(items) / len(items)
        elif kind == "score":
            c = D(f[2]) * min(val(text, f[3], errs, label), D(100)) / 100
        elif kind == "days":
            d1, d2 = (datetime.date.fromisoformat(x) for x in f[2:4])
            c = D((d2 - d1).days)
        elif kind == "range":
            centre = val(text, f[2], errs, label)
            lo, hi = centre * f[3] / 100, centre * f[4] / 100
            if not lo <= sv <= hi:
                errs.append(f"{label}: {sv} outside [{lo}, {hi}]")
            continue
        else:
            errs.append(f"unknown fact kind {kind}")
            continue
        if isinstance(stated, str):
            approx = any(w in stated for w in ("约", "近", "余", "左右"))
            ok = close(stated, c) if not approx else abs(c - sv) <= D(10) ** (-num(stated)[1]) + D("1e-9")
        else:
            ok = abs(c - sv) <= D("1e-9")
        if not ok:
            errs.append(f"{label}: computed {c:.4f}")
    return errs


# ----------------------------------------------------------------------------- tables
def split_row(line):
    if "｜" in line:
        return [c.strip() for c in line.split("｜")]
    return [c.strip() for c in re.split(r" {2,}", line.strip())]


def tables(text):
    """Yield (header, rows) for every table whose header has 分值 and 得分 columns."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        h = split_row(lines[i])
        if len(h) >= 4 and "分值" in h and any(c in ("得分", "自评得分") for c in h):
            rows, j = [], i + 1
            while j < len(lines) and lines[j].strip():
                r = split_row(lines[j])
                if len(r) != len(h):
                    break
                rows.append(r)
                j += 1
            yield h, rows
            i = j
        else:
            i += 1


def first_num(s):
    return D(NUM_RE.search(s).group(0).replace(",", ""))


def parse_target(t):
    """(kind, value, lo, hi) from a 年度指标值 cell; None when not numeric."""
    t = t.replace("＝", "=")
    m = re.match(r"^(.*?)（±(\d+)%）$", t)
    if m:
        v = first_num(m.group(1))
        p = D(m.group(2))
        return ("range", v, v * (100 - p) / 100, v * (100 + p) / 100)
    m = re.match(r"^(.*?)（(\d+)%[–-](\d+)%）$", t)
    if m:
        v = first_num(m.group(1))
        return ("range", v, v * D(m.group(2)) / 100, v * D(m.group(3)) / 100)
    if re.search(r"年.*月.*日", t) or not NUM_RE.search(t):
        return None
    v = first_num(t)
    if t.startswith(("≥", ">=", "＞")):
        return ("gte", v, None, None)
    if t.startswith(("≤", "<=", "＜")):
        return ("lte", v, None, None)
    return ("eq", v, None, None)


def is_num(s):
    return re.fullmatch(r"-?\d[\d,]*(?:\.\d+)?", s or "") is not None


def check_tables(text, pid):
    errs = []
    detail_w = detail_s = D(0)
    total_w = total_s = None
    groups = {}
    for h, rows in tables(text):
        wi = h.index("分值")
        si = h.index("得分") if "得分" in h else h.index("自评得分")
        ti = next((h.index(c) for c in ("年度指标值", "指标值", "目标值") if c in h), None)
        ai = next((h.index(c) for c in ("实际完成值", "业绩值") if c in h), None)
        ki = h.index("指标性质") if "指标性质" in h else None
        ci = h.index("完成率") if "完成率" in h else None
        ri = h.index("执行率") if "执行率" in h else None
        for r in rows:
            first = r[0]
            if not is_num(r[wi]):
                continue
            w = num(r[wi])[0]
            s = num(r[si])[0] if is_num(r[si]) else None
            if first in ("总分", "合计"):
                total_w, total_s = w, s
                continue
            if first.endswith("小计"):
                groups.setdefault(first[:-2], [None, None, D(0), D(0)])[:2] = [w, s]
                continue
            detail_w += w
            if s is None:
                errs.append(f"{pid}: row {r[:3]} has no score")
                continue
            detail_s += s
            g = groups.setdefault(first, [None, None, D(0), D(0)])
            g[2] += w
            g[3] += s
            if s > w or s < 0:
                errs.append(f"{pid}: row {r[2] if len(r) > 2 else first} score {s} outside [0, {w}]")
            # execution score in a funds block
            if ri is not None and r[ri].endswith("%"):
                rate = num(r[ri])[0]
                if not close(r[si], w * min(rate, D(100)) / 100):
                    errs.append(f"{pid}: execution score {r[si]} != {w} x {r[ri]}")
                continue
            if ti is None or ai is None:
                continue
            tcell = (r[ki] + r[ti]) if ki is not None else r[ti]
            if "执行率" in " ".join(r[:3]):
                rate = num(r[ai])[0]
                if not close(r[si], w * min(rate, D(100)) / 100):
                    errs.append(f"{pid}: execution score {r[si]} != {w} x {r[ai]}")
                if ci is not None and not close(r[ci], rate):
                    errs.append(f"{pid}: execution completion {r[ci]}")
                continue
            tg = parse_target(tcell)
            if tg is None or not NUM_RE.search(r[ai]):
                continue
            # units of target and actual must agree
            tmain = r[ti].split("（")[0]
            unit_t = re.sub(r"[\d,.\s≥≤=＝<>＜＞%]+", "", tmain)
            unit_a = re.sub(r"[\d,.\s%]+", "", r[ai])
            if ("%" in tmain) != ("%" in r[ai]) or (unit_t and unit_a and unit_t != unit_a):
                errs.append(f"{pid}: unit of {r[ti]!r} vs {r[ai]!r}")
                continue
            kind, tv, lo, hi = tg
            av = first_num(r[ai])
            if kind == "lte":
                comp = D(100) if av <= tv else tv / av * 100
                exp = w if av <= tv else w * tv / av
            elif kind == "eq" and tv == 0:
                comp = None
                exp = w if av <= 0 else D(0)
            elif kind == "range":
                comp = av / tv * 100
                exp = w if lo <= av <= hi else w * min(av / tv, D(1))
            else:
                comp = av / tv * 100
                exp = w * min(av / tv, D(1))
            if not close(r[si], exp):
                errs.append(f"{pid}: row {r[2]} score {r[si]} != rule {exp:.4f}")
            if ci is not None and comp is not None and not close(r[ci], comp):
                errs.append(f"{pid}: row {r[2]} completion {r[ci]} != {comp:.4f}")
    if total_w is None:
        errs.append(f"{pid}: no total row")
        return errs
    if detail_w != 100 or total_w != 100:
        errs.append(f"{pid}: weights sum {detail_w}, total row {total_w}")
    if total_s is None or detail_s != total_s:
        errs.append(f"{pid}: scores sum {detail_s}, total row {total_s}")
    for name, (gw, gs, sw, ss) in groups.items():
        if gw is not None and (gw != sw or gs != ss):
            errs.append(f"{pid}: 小计 {name} {gw}/{gs} vs rows {sw}/{ss}")
    return errs


# ----------------------------------------------------------------------------- edits and labels
def changed_lines(a, b):
    la, lb = a.split("\n"), b.split("\n")
    if len(la) != len(lb):
        return None
    return [(i, x, y) for i, (x, y) in enumerate(zip(la, lb)) if x != y]


def edit_size(x, y):
    p = 0
    while p < min(len(x), len(y)) and x[p] == y[p]:
        p += 1
    s = 0
    while s < min(len(x), len(y)) - p and x[-1 - s] == y[-1 - s]:
        s += 1
    return len(x) - p - s, len(y) - p - s


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    sources = sorted({rec["source"] for rec in labels})
    clean_errs = {}
    for src in sources:
        clean = texts[src + "-clean.txt"]
        errs = check_facts(clean, FACTS[src]) + check_tables(clean, src)
        clean_errs[src] = errs
        problems += [f"clean {src}: {e}" for e in errs]
        if not 2500 <= len(clean) <= 6000:
            problems.append(f"clean {src}: length {len(clean)} outside 2,500-6,000")
    codes = {}
    for rec in labels:
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with labels")
            continue
        text, clean = texts[rec["case"]], texts[rec["source"] + "-clean.txt"]
        if len(rec["expected"]) != 1:
            problems.append(f"{rec['case']}: {len(rec['expected'])} labels, expected 1")
        for exp in rec["expected"]:
            codes.setdefault(exp["code"], []).append(rec["source"])
            v = exp["value"]
            if text.count(v) != 1:
                problems.append(f"{rec['case']}: value occurs {text.count(v)} times")
            if v in clean:
                problems.append(f"{rec['case']}: value occurs in the clean draft")
            if exp["severity"] != "error":
                problems.append(f"{rec['case']}: severity {exp['severity']}")
        ch = changed_lines(clean, text)
        code = rec["expected"][0]["code"]
        if ch is None or not ch:
            problems.append(f"{rec['case']}: line structure changed or no change")
        else:
            allowed = 2 if code in ROW_CODES else 1
            if len(ch) > allowed or (len(ch) == 2 and ch[1][0] != ch[0][0] + 1):
                problems.append(f"{rec['case']}: {len(ch)} lines changed")
            for _, x, y in ch:
                o, n = edit_size(x, y)
                if max(o, n) > MAX_EDIT:
                    problems.append(f"{rec['case']}: edit of {o}->{n} chars")
        # sanity: the edit must break something the clean draft satisfies
        errs = check_facts(text, FACTS[rec["source"]]) + check_tables(text, rec["source"])
        if not set(errs) - set(clean_errs[rec["source"]]):
            problems.append(f"{rec['case']}: no check fails on the error case")
    for code, srcs in sorted(codes.items()):
        if len(srcs) < 2 or len(set(srcs)) < 2:
            problems.append(f"code {code}: used {len(srcs)}x in {len(set(srcs))} projects")
    n_err = sum(1 for r in labels if not r["clean"])
    print(f"{len(labels)} cases ({len(sources)} clean, {n_err} with one error); codes: "
          + ", ".join(f"{c} {len(s)}" for c, s in sorted(codes.items())))
    for p in problems:
        print("PROBLEM", p)
    if problems:
        print(f"FAILED ({len(problems)} problems)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
