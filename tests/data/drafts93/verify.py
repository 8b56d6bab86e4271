#!/usr/bin/env python3
"""Check set n93: labels, edit sizes, and the arithmetic of every clean draft.

1. labels.jsonl: one line per case file; every `value` occurs exactly once in its case and
   never in the clean draft of the same project; codes are from errors.md section A.
2. Edits (from build.EDITS): each error case equals its clean draft with the listed
   replacements; every replacement changes at most 16 characters on each side, inside one
   line; only score edits may use two replacements, and then inside one sentence.
3. Clean drafts: the summary table (rates, column sums, budget-weighted 合计 score), each
   sub-project's score block (execution score = 10 x rate, weights add up to 100, scores
   never above weights, scores add up to the stated total, total = table score), the grade
   bands, year statements, and a list of hand-written facts per project (sums, balances,
   products, rates, completions, proportional scores, averages) whose figures must all
   appear in the text.
Pure Python 3.  Usage: python3 verify.py   (prints OK or the list of problems)
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

import build

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES_A = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"}
PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


def D(s):
    return Decimal(str(s).replace(",", "").replace("%", ""))


def decimals(s):
    s = str(s).replace(",", "").replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules.md section 8: |c - v| <= 0.5 x 10^-d (+1e-9), d = decimals of the stated value."""
    v = D(stated)
    tol = Decimal("0.5") * Decimal(10) ** (-decimals(stated)) + Decimal("1e-9")
    return abs(Decimal(computed) - v) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), ROUND_HALF_UP)


def band(score):
    s = D(score)
    if s >= 90:
        return "优"
    if s >= 80:
        return "良"
    if s >= 60:
        return "中"
    return "差"


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- facts per project
# kinds: sum(total, parts) | diff(a, b, c): a-b=c | prod(result, factors, divisor)
#        ratio(num, den, pct) | growth(new, old, pct) | decline(old, new, pct)
#        score(weight, num, den, stated): min(w*num/den, w) | avg(items, stated)
#        lte(target, actual, pct): completion of a reverse indicator | text(literal, ...):
#        statements that tie a figure to its unit or to a second mention of the same quantity
FACTS = {
    "yongjia-zfw-2019": [
        ("text", "慰问金8.80万元", "结转至2020年使用", "89.43分，等级为良"),
        ("ratio", "4,502", "4,320", "104.21%"),
        ("sum", "1,286.40", ["412.65", "873.75"]),
        ("sum", "72.30", ["27.75", "44.55"]),
        ("sum", "970.05", ["873.75", "72.30", "24.00"]),
        ("sum", "1,382.70", ["412.65", "970.05"]),
        ("sum", "1,382.70", ["1,318.70", "40.00", "24.00"]),
        ("sum", "1,331.64", ["409.82", "921.82"]),
        ("ratio", "1,331.64", "1,382.70", "96.31%"),
        ("ratio", "921.82", "970.05", "95.03%"),
        ("diff", "1,382.70", "1,331.64", "51.06"),
        ("sum", "51.06", ["35.60", "15.46"]),
        ("sum", "15.46", ["2.83", "12.63"]),
        ("diff", "412.65", "409.82", "2.83"),
        ("sum", "970.05", ["921.82", "35.60", "12.63"]),
        ("diff", "5.37", "4.86", "0.51"),
        ("ratio", "0.51", "5.37", "9.50%"),
        # SP1
        ("prod", "405.60", ["338", "1,000", "12"], "10000"),
        ("prod", "73.60", ["1,472", "500"], "10000"),
        ("sum", "486.00", ["405.60", "73.60", "6.80"]),
        ("diff", "486.00", "481.35", "4.65"),
        ("sum", "1,810", ["338", "1,472"]),
        ("ratio", "338", "330", "102.42%"),
        ("ratio", "42,671", "43,586", "97.90%"),
        ("ratio", "1,752", "1,810", "96.80%"),
        ("score", "20", "1,752", "1,810", "19.36"),
        # SP2
        ("sum", "96.50", ["78.00", "18.50"]),
        ("diff", "96.50", "94.80", "1.70"),
        ("ratio", "92.4", "95", "97.26%"),
        ("score", "20", "92.4", "95", "19.45"),
        # SP3
        ("sum", "120.00", ["92.25", "27.75"]),
        ("sum", "120.00", ["67.00", "53.00"]),
        ("sum", "67.00", ["32", "35"]),           # 8 x 4万元 + 14 x 2.5万元
        ("prod", "32", ["8", "4"], "1"),
        ("prod", "35", ["14", "2.5"], "1"),
        ("sum", "22", ["8", "14"]),
        ("sum", "116.42", ["67.00", "49.42"]),
        ("ratio", "186", "150", "124.00%"),
        # SP4
        ("sum", "148.55", ["80.00", "24.00", "44.55"]),
        ("diff", "148.55", "112.95", "35.60"),
        ("ratio", "352", "386", "91.19%"),
        ("score", "10", "88.5", "90", "9.83"),
        # SP5
        ("prod", "72.00", ["360", "2,000"], "10000"),
        ("prod", "4,320", ["360", "12"], "1"),
        ("ratio", "4,502", "4,320", "104.21%"),
        ("ratio", "4,736", "5,000", "94.72%"),
        ("score", "20", "4,736", "5,000", "18.94"),
        # SP6
        ("sum", "44.30", ["31.50", "8.80", "4.00"]),
        ("sum", "13", ["1", "4", "8"]),
        ("score", "20", "81.6", "85", "19.20"),
        # events
        ("sum", "43,586", ["6,218", "9,047", "15,602", "12,719"]),
        ("diff", "43,586", "38,914", "4,672"),
        ("growth", "43,586", "38,914", "12.01%"),
    ],
    "shanghang-zfw-2021": [
        ("text", "22个乡镇353个村（社区）", "按全县353个村（社区）每个每年3,000元"),
        ("text", "下达市级“雪亮工程”运维补助36.00万元", "实际到位36.00万元，到位率100%"),
        ("ratio", "36.00", "36.00", "100%"),
        ("sum", "1,268", ["1,209", "59"]),
        ("sum", "1,746.26", ["538.20", "1,208.06"]),
        ("sum", "1,782.26", ["1,746.26", "36.00"]),
        ("sum", "1,244.06", ["1,208.06", "36.00"]),
        ("sum", "1,756.72", ["531.47", "1,225.25"]),
        ("ratio", "1,756.72", "1,782.26", "98.57%"),
        ("diff", "1,782.26", "1,756.72", "25.54"),
        # SP1
        ("prod", "579.00", ["386", "1,250", "12"], "10000"),
        ("prod", "27.15", ["905", "300"], "10000"),
        ("sum", "612.00", ["579.00", "27.15", "5.85"]),
        ("diff", "612.00", "604.56", "7.44"),
        ("ratio", "51,287", "52,614", "97.48%"),
        ("ratio", "2,895", "3,248", "89.13%"),
        ("score", "30", "89.13", "90", "29.71"),
        # SP2
        ("sum", "86.40", ["32.40", "48.00", "6.00"]),
        ("prod", "48.00", ["8", "5,000", "12"], "10000"),
        ("ratio", "1,633", "1,742", "93.74%"),
        ("score", "10", "86.0", "100", "8.60"),
        ("decline", "2,047", "1,836", "10.31%"),
        ("score", "10", "87.3", "90", "9.70"),
        # SP3
        ("sum", "216.00", ["180.00", "36.00"]),
        ("sum", "3,862", ["1,146", "2,716"]),
        ("prod", "559.30", ["216.00", "10000", "1"], "3,862"),
        ("score", "25", "94.12", "95", "24.77"),
        # SP4
        ("sum", "128.00", ["80.00", "48.00"]),
        ("score", "15", "19", "22", "12.95"),
        ("score", "15", "97.92", "98", "14.99"),
        ("diff", "98", "97.92", "0.08"),
        # SP5
        ("prod", "95.76", ["1,596", "600"], "10000"),
        ("prod", "93.72", ["1,562", "600"], "10000"),
        # SP6
        ("prod", "105.90", ["353", "3,000"], "10000"),
        ("prod", "706", ["353", "2"], "1"),
        ("score", "15", "688", "706", "14.62"),
        # events, averages
        ("growth", "52,614", "47,905", "9.83%"),
        ("avg", ["99.59", "97.94", "99.77", "97.46", "99.79", "99.62"], "99.03"),
    ],
    "pinghe-zfw-2023": [
        ("lte", "15", "11.6", "100%"),
        ("text", "不超过15天，实际11.6天，完成率100%", "截至2023年12月31日", "年末结转13.54万元"),
        ("sum", "962", ["248", "714"]),
        ("growth", "38,207", "35,906", "6.41%"),
        ("ratio", "37,562", "38,207", "98.31%"),
        ("sum", "1,547.36", ["572.36", "975.00"]),
        ("sum", "1,589.36", ["1,547.36", "42.00"]),
        ("sum", "1,589.36", ["1,489.36", "58.00", "42.00"]),
        ("sum", "1,017.00", ["975.00", "42.00"]),
        ("sum", "1,558.32", ["569.80", "988.52"]),
        ("ratio", "1,558.32", "1,589.36", "98.05%"),
        ("diff", "1,589.36", "1,558.32", "31.04"),
        ("sum", "31.04", ["13.54", "17.50"]),
        # SP1
        ("prod", "624.96", ["248", "2,100", "12"], "10000"),
        ("prod", "42.84", ["714", "600"], "10000"),
        ("sum", "697.80", ["624.96", "42.84", "30.00"]),
        ("ratio", "11.4", "12", "95.00%"),
        ("score", "10", "11.4", "12", "9.50"),
        ("ratio", "2,137", "2,416", "88.45%"),
        ("decline", "1,087", "1,024", "5.80%"),
        # SP2
        ("sum", "102.00", ["42.00", "60.00"]),
        ("sum", "102.00", ["79.60", "22.40"]),
        ("sum", "88.46", ["66.06", "22.40"]),
        ("diff", "102.00", "88.46", "13.54"),
        ("diff", "79.60", "66.06", "13.54"),
        ("ratio", "1,262", "1,318", "95.75%"),
        # SP3
        ("prod", "32.40", ["6", "4,500", "12"], "10000"),
        ("sum", "58.00", ["32.40", "25.60"]),
        ("score", "20", "97.35", "98", "19.87"),
        ("ratio", "6,702", "6,874", "97.50%"),
        # SP4
        ("prod", "30.80", ["1,540", "200"], "10000"),
        ("sum", "46.20", ["30.80", "15.40"]),
        ("ratio", "241", "244", "98.77%"),
        ("score", "20", "241", "244", "19.75"),
        # SP5
        ("sum", "7", ["1", "2", "4"]),
        ("prod", "10.50", ["35", "3,000"], "10000"),
        ("sum", "36.50", ["26.00", "10.50"]),
        # SP6
        ("diff", "75.00", "71.84", "3.16"),
        ("ratio", "7.2", "8", "90.00%"),
        ("score", "10", "7.2", "8", "9.00"),
    ],
    "gaogang-zfw-2018": [
        ("text", "配备专职网格员112名", "（112名×2,000元/月×12个月）", "二是112名专职网格员", "网格员配备数目标480名，实际配备463名"),
        ("text", "市级下达特殊人群服务管理专项补助8.00万元", "当年使用7.60万元，使用率95.00%"),
        ("sum", "463", ["112", "351"]),
        ("sum", "1,145.94", ["468.30", "677.64"]),
        ("sum", "53.00", ["45.00", "8.00"]),
        ("sum", "1,198.94", ["1,145.94", "53.00"]),
        ("sum", "1,198.94", ["1,190.94", "8.00"]),
        ("sum", "1,198.94", ["468.30", "730.64"]),
        ("sum", "730.64", ["677.64", "53.00"]),
        ("sum", "1,136.32", ["462.57", "673.75"]),
        ("ratio", "1,136.32", "1,198.94", "94.78%"),
        ("diff", "1,198.94", "1,136.32", "62.62"),
        ("sum", "62.62", ["46.20", "16.42"]),
        # SP1
        ("prod", "268.80", ["112", "2,000", "12"], "10000"),
        ("prod", "35.10", ["351", "1,000"], "10000"),
        ("prod", "26.16", ["436", "50", "12"], "10000"),
        ("sum", "333.84", ["268.80", "35.10", "26.16", "3.78"]),
        ("score", "30", "463", "480", "28.94"),
        ("ratio", "22,904", "26,418", "86.70%"),
        ("score", "25", "86.70", "95", "22.82"),
        ("prod", "1,852", ["463", "4"], "1"),
        ("ratio", "1,296", "1,852", "69.98%"),
        ("score", "20", "1,296", "1,852", "14.00"),
        ("score", "15", "81.0", "90", "13.50"),
        ("diff", "480", "463", "17"),
        # SP2
        ("sum", "165.00", ["120.00", "45.00"]),
        ("diff", "165.00", "118.80", "46.20"),
        ("score", "20", "60", "100", "12"),
        ("score", "20", "24", "28", "17.14"),
        ("ratio", "1,236", "1,500", "82.40%"),
        ("score", "20", "1,236", "1,500", "16.48"),
        ("score", "20", "78.3", "90", "17.40"),
        ("score", "10", "83.5", "90", "9.28"),
        # SP3
        ("diff", "96.00", "92.18", "3.82"),
        ("score", "25", "52", "60", "21.67"),
        ("score", "30", "93.8", "95", "29.62"),
        ("score", "15", "90.3", "92", "14.72"),
        ("diff", "95", "93.8", "1.2"),
        # SP4
        ("prod", "58.40", ["2,920", "200"], "10000"),
        ("ratio", "2,920", "3,000", "97.33%"),
        ("score", "30", "2,920", "3,000", "29.20"),
        ("ratio", "2,856", "2,920", "97.81%"),
        ("ratio", "261", "300", "87.00%"),
        ("score", "20", "87.00", "90", "19.33"),
        # SP5
        ("prod", "32.40", ["81", "4,000"], "10000"),
        ("prod", "7,776", ["81", "8", "12"], "1"),
        ("ratio", "7,290", "7,776", "93.75%"),
        ("score", "20", "7,290", "7,776", "18.75"),
        # SP6
        ("sum", "45.00", ["37.00", "8.00"]),
        ("ratio", "7.60", "8.00", "95.00%"),
        ("score", "30", "548", "560", "29.36"),
        ("score", "30", "98.2", "100", "29.46"),
        ("score", "10", "88", "90", "9.78"),
    ],
    "jinyun-zfw-2022": [
        ("text", "实际98.62%，得25分", "全县群众安全感率98.62%"),
        ("ratio", "33,864", "30,000", "112.88%"),
        ("sum", "1,406", ["1,318", "88"]),
        ("sum", "2,312.05", ["706.45", "1,605.60"]),
        ("sum", "2,342.05", ["2,312.05", "50.00", "-20.00"]),
        ("sum", "2,342.05", ["706.45", "1,635.60"]),
        ("sum", "1,605.60", ["1,040.00", "160.00", "180.00", "75.60", "88.00", "62.00"]),
        ("sum", "2,309.08", ["698.92", "1,610.16"]),
        ("ratio", "2,309.08", "2,342.05", "98.59%"),
        ("diff", "2,342.05", "2,309.08", "32.97"),
        # SP1
        ("prod", "923.52", ["296", "2,600", "12"], "10000"),
        ("prod", "94.72", ["1,184", "800"], "10000"),
        ("sum", "1,040.00", ["923.52", "94.72", "21.76"]),
        ("ratio", "276", "296", "93.24%"),
        ("score", "15", "93.24", "95", "14.72"),
        # SP2
        ("diff", "160.00", "20.00", "140.00"),
        ("ratio", "33,864", "30,000", "112.88%"),
        ("ratio", "3,958", "4,126", "95.93%"),
        ("score", "20", "97.6", "98", "19.92"),
        # SP3
        ("diff", "180.00", "171.36", "8.64"),
        ("score", "15", "87.9", "90", "14.65"),
        # SP4
        ("sum", "125.60", ["75.60", "50.00"]),
        ("prod", "47.36", ["296", "1,600"], "10000"),
        ("sum", "125.60", ["78.24", "47.36"]),
        ("score", "20", "89.2", "90", "19.82"),
        # SP5
        ("prod", "46.80", ["3,120", "150"], "10000"),
        ("sum", "88.00", ["46.80", "41.20"]),
        ("score", "20", "93.5", "95", "19.68"),
        # SP6
        ("prod", "62.00", ["248", "2,500"], "10000"),
        ("prod", "496", ["248", "2"], "1"),
        ("prod", "1,240", ["248", "5"], "1"),
        ("score", "20", "1,187", "1,240", "19.15"),
        # events
        ("sum", "43,916", ["9,812", "11,046", "12,375", "10,683"]),
        ("avg", ["9,812", "11,046", "12,375", "10,683"], "10,979"),
        ("ratio", "43,208", "43,916", "98.39%"),
        ("growth", "43,916", "40,218", "9.19%"),
    ],
}

YEARS = {"yongjia-zfw-2019": 2019, "shanghang-zfw-2021": 2021, "pinghe-zfw-2023": 2023,
         "gaogang-zfw-2018": 2018, "jinyun-zfw-2022": 2022}
# grade phrase of the department conclusion
GRADE_PHRASE = {"yongjia-zfw-2019": "等级为优", "shanghang-zfw-2021": "评价等级为“优”",
                "pinghe-zfw-2023": "评价等级为优", "gaogang-zfw-2018": "评价等级为良",
                "jinyun-zfw-2022": "等级为优"}
# layout of the sub-project score blocks
STYLE = {"yongjia-zfw-2019": "inline", "shanghang-zfw-2021": "groups",
         "pinghe-zfw-2023": "groups_paren", "gaogang-zfw-2018": "formula",
         "jinyun-zfw-2022": "inline"}


def present(text, proj, *strings):
    for s in strings:
        if s.startswith("-"):
            s = s[1:]
        if s not in text:
            bad("%s: figure %r not found in the clean text" % (proj, s))


def check_facts(proj, text):
    for f in FACTS[proj]:
        kind = f[0]
        if kind == "sum":
            total, parts = f[1], f[2]
            present(text, proj, total, *parts)
            if sum(D(p) for p in parts) != D(total):
                bad("%s: sum %s != %s" % (proj, " + ".join(parts), total))
        elif kind == "diff":
            a, b, c = f[1:]
            present(text, proj, a, b, c)
            if D(a) - D(b) != D(c):
                bad("%s: %s - %s != %s" % (proj, a, b, c))
        elif kind == "prod":
            res, factors, div = f[1], f[2], f[3]
            present(text, proj, res, *[x for x in factors if x not in ("10000", "1")])
            p = Decimal(1)
            for x in factors:
                p *= D(x)
            if not close(res, p / D(div)):
                bad("%s: product %s / %s != %s" % (proj, factors, div, res))
        elif kind == "ratio":
            num, den, pct = f[1:]
            present(text, proj, num, den, pct)
            if not close(pct, D(num) / D(den) * 100):
                bad("%s: %s / %s = %s, stated %s" % (proj, num, den, r2(D(num) / D(den) * 100), pct))
        elif kind in ("growth", "decline"):
            a, b, pct = f[1:]
            present(text, proj, a, b, pct)
            if kind == "growth":
                c = (D(a) - D(b)) / D(b) * 100
            else:
                c = (D(a) - D(b)) / D(a) * 100
            if not close(pct, c):
                bad("%s: %s %s/%s -> %s, stated %s" % (proj, kind, a, b, r2(c), pct))
        elif kind == "score":
            w, num, den, stated = f[1:]
            present(text, proj, stated)
            c = min(D(w) * D(num) / D(den), D(w))
            if not close(stated, c):
                bad("%s: score %s x %s/%s = %s, stated %s" % (proj, w, num, den, r2(c), stated))
        elif kind == "text":
            present(text, proj, *f[1:])
        elif kind == "lte":
            target, actual, pct = f[1:]
            present(text, proj, target, actual, pct)
            c = Decimal(100) if D(actual) <= D(target) else D(target) / D(actual) * 100
            if not close(pct, c):
                bad("%s: lte completion %s/%s -> %s, stated %s" % (proj, target, actual, r2(c), pct))
        elif kind == "avg":
            items, stated = f[1], f[2]
            present(text, proj, stated, *items)
            c = sum(D(x) for x in items) / len(items)
            if not close(stated, c):
                bad("%s: mean of %s = %s, stated %s" % (proj, items, r2(c), stated))
        else:
            bad("unknown fact kind %s" % kind)


def parse_table(proj, text):
    lines = text.split("\n")
    try:
        start = lines.index("子项目｜预算数｜执行数｜执行率｜自评得分")
    except ValueError:
        bad("%s: summary table header not found" % proj)
        return [], None
    rows, total = [], None
    for line in lines[start + 1:]:
        cells = line.split("｜")
        if len(cells) != 5:
            break
        if cells[0] == "合计":
            total = cells
        else:
            rows.append(cells)
    if len(rows) != 6 or total is None:
        bad("%s: table must have 6 sub-project rows and a 合计 row" % proj)
        return rows, total
    for name, b, s, rate, sc in rows + [total]:
        if not close(rate, D(s) / D(b) * 100):
            bad("%s: table %s rate %s, computed %s" % (proj, name, rate, r2(D(s) / D(b) * 100)))
        if D(s) > D(b):
            bad("%s: table %s spent above budget" % (proj, name))
    if sum(D(r[1]) for r in rows) != D(total[1]):
        bad("%s: table budget column does not add up" % proj)
    if sum(D(r[2]) for r in rows) != D(total[2]):
        bad("%s: table spent column does not add up" % proj)
    w = sum(D(r[1]) * D(r[4]) for r in rows) / D(total[1])
    if not close(total[4], w):
        bad("%s: weighted score %s, stated %s" % (proj, r2(w), total[4]))
    return rows, total


def sub_line(text, name):
    for line in text.split("\n"):
        if "｜" not in line and name in line and "执行率" in line and ("得分" in line):
            return line
    return None


SCORE_RE = re.compile(r"(?:得|得分)([\d.]+)分")
WEIGHT_RE = re.compile(r"（(\d+(?:\.\d+)?)分）")


def check_exec(proj, name, rate, exec_score):
    c1 = D(10) * min(D(rate), Decimal(100)) / 100
    if not close(exec_score, c1):
        bad("%s/%s: execution score %s, 10 x %s = %s" % (proj, name, exec_score, rate, c1))


def check_sub(proj, row, text):
    name, b, s, rate, tscore = row
    line = sub_line(text, name)
    if line is None:
        bad("%s: paragraph of %s not found" % (proj, name))
        return
    # the rate of the table is also the rate of the paragraph
    if ("执行率" + rate) not in line:
        bad("%s/%s: paragraph does not state 执行率%s" % (proj, name, rate))
    style = STYLE[proj]
    if style == "inline":
        weights = [D(x) for x in WEIGHT_RE.findall(line)]
        scores = SCORE_RE.findall(line)
        exec_score, inds, total = scores[0], scores[1:-1], scores[-1]
        if len(inds) != len(weights):
            bad("%s/%s: %d weights vs %d scores" % (proj, name, len(weights), len(inds)))
            return
        pairs = list(zip(weights, inds))
    elif style == "groups":
        exec_score = SCORE_RE.findall(line.split("产出指标")[0])[0]
        total = SCORE_RE.findall(line)[-1]
        pairs = []
        groups = re.findall(r"(产出|效益|满意度)指标(\d+)分：(.*?)(?=(?:产出|效益|满意度)指标\d+分：|该子项目自评得分)", line)
        gw = Decimal(0)
        for g, w, body in groups:
            gw += D(w)
            ws = [D(x) for x in WEIGHT_RE.findall(body)] or [D(w)]
            ss = SCORE_RE.findall(body)
            if sum(ws) != D(w):
                bad("%s/%s: %s weights %s != %s" % (proj, name, g, ws, w))
            if len(ws) != len(ss):
                bad("%s/%s: %s %d weights vs %d scores" % (proj, name, g, len(ws), len(ss)))
            pairs += list(zip(ws, ss))
        if gw != 90:
            bad("%s/%s: group weights add to %s" % (proj, name, gw))
    elif style == "groups_paren":
        exec_score = SCORE_RE.findall(line.split("产出指标")[0])[0]
        total = SCORE_RE.findall(line)[-1]
        pairs = []
        groups = re.findall(r"(产出|效益|满意度)指标（(\d+)分）(?:得([\d.]+)分)?：(.*?)(?=(?:产出|效益|满意度)指标（|该子项目自评得分)", line)
        gw = Decimal(0)
        for g, w, gs, body in groups:
            gw += D(w)
            ws = [D(x) for x in WEIGHT_RE.findall(body)] or [D(w)]
            ss = SCORE_RE.findall(body)
            if sum(ws) != D(w):
                bad("%s/%s: %s weights %s != %s" % (proj, name, g, ws, w))
            if len(ws) != len(ss):
                bad("%s/%s: %s %d weights vs %d scores" % (proj, name, g, len(ws), len(ss)))
            if gs and sum(D(x) for x in ss) != D(gs):
                bad("%s/%s: %s scores %s != group score %s" % (proj, name, g, ss, gs))
            pairs += list(zip(ws, ss))
        if gw != 90:
            bad("%s/%s: group weights add to %s" % (proj, name, gw))
    elif style == "formula":
        m = re.search(r"满分100分，其中(.*?)。", line)
        wl = re.findall(r"(\d+)分", m.group(1))
        weights = [D(x) for x in wl]
        fm = re.search(r"得分＝([\d.＋]+)＝([\d.]+)分", line)
        parts = fm.group(1).split("＋")
        total = fm.group(2)
        if len(parts) != len(weights):
            bad("%s/%s: formula has %d parts, %d weights" % (proj, name, len(parts), len(weights)))
            return
        if weights[0] != 10:
            bad("%s/%s: execution weight is not 10" % (proj, name))
        exec_score = parts[0]
        pairs = list(zip(weights[1:], parts[1:]))
    else:
        raise SystemExit("unknown style")
    check_exec(proj, name, rate, exec_score)
    wsum = 10 + sum(w for w, _ in pairs)
    if wsum != 100:
        bad("%s/%s: weights add to %s" % (proj, name, wsum))
    for w, sc in pairs:
        if D(sc) > w or D(sc) < 0:
            bad("%s/%s: score %s above weight %s" % (proj, name, sc, w))
    ssum = D(exec_score) + sum(D(sc) for _, sc in pairs)
    if ssum != D(total):
        bad("%s/%s: scores add to %s, stated %s" % (proj, name, ssum, total))
    if D(total) != D(tscore):
        bad("%s/%s: paragraph total %s vs table %s" % (proj, name, total, tscore))
    # sub-project grade, where stated
    m = re.search(r"自评得分" + re.escape(total) + r"分，等级为(.)", line)
    if m and m.group(1) != band(total):
        bad("%s/%s: grade %s for %s" % (proj, name, m.group(1), total))
    return D(total)


def check_years(proj, text):
    y = YEARS[proj]
    if ("%d年度" % y) not in text.split("\n")[0] + text.split("\n")[1]:
        bad("%s: title does not name %d年度" % (proj, y))
    for m in re.finditer(r"结转至(\d{4})年", text):
        if int(m.group(1)) != y + 1:
            bad("%s: 结转至%s年 in a %d report" % (proj, m.group(1), y))
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if int(m.group(1)) != y:
            bad("%s: 截至%s年12月31日 in a %d report" % (proj, m.group(1), y))
    for m in re.finditer(r"(\d{4})年\d{1,2}月(?:\d{1,2}日)?(?:提前)?下达", text):
        yy = int(m.group(1))
        if yy not in (y, y - 1):
            bad("%s: funds issued in %d" % (proj, yy))


def check_clean(proj):
    text = read("%s-clean.txt" % proj)
    n = len(text)
    if not 2500 <= n <= 6000:
        bad("%s: clean draft has %d characters" % (proj, n))
    check_facts(proj, text)
    rows, total = parse_table(proj, text)
    scores = []
    for row in rows:
        sc = check_sub(proj, row, text)
        if sc is not None:
            scores.append(sc)
    if total:
        dept = total[4]
        phrase = GRADE_PHRASE[proj]
        if phrase not in text:
            bad("%s: grade phrase %r missing" % (proj, phrase))
        if band(dept) not in phrase:
            bad("%s: department score %s is %s, text says %s" % (proj, dept, band(dept), phrase))
        if (dept + "分") not in text:
            bad("%s: department score %s not restated in the text" % (proj, dept))
        m = re.search(r"在([\d.]+)分至([\d.]+)分之间", text)
        if m and (D(m.group(1)) != min(scores) or D(m.group(2)) != max(scores)):
            bad("%s: score range %s-%s vs %s-%s" % (proj, m.group(1), m.group(2), min(scores), max(scores)))
    check_years(proj, text)


def common_affix(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return a[p:len(a) - s], b[p:len(b) - s]


def check_edits():
    for (proj, n, code, pairs, value, expl) in build.EDITS:
        clean = read("%s-clean.txt" % proj)
        case = read("%s-e%d.txt" % (proj, n))
        t = clean
        for old, new in pairs:
            if clean.count(old) != 1:
                bad("%s-e%d: anchor %r not unique in clean" % (proj, n, old))
            t = t.replace(old, new)
            o, nw = common_affix(old, new)
            if len(o) > 16 or len(nw) > 16 or "\n" in o or "\n" in nw or not (o or nw):
                bad("%s-e%d: edit %r -> %r too large or empty" % (proj, n, o, nw))
        if t != case:
            bad("%s-e%d: case differs from clean + edits" % (proj, n))
        o, nw = common_affix(clean, case)
        if "\n" in o or "\n" in nw:
            bad("%s-e%d: change spans more than one line" % (proj, n))
        if len(pairs) > 1:
            if code not in ("score_exceeds_weight", "score_sum_mismatch"):
                bad("%s-e%d: multi-part edit outside a score case" % (proj, n))
            if "。" in o:
                bad("%s-e%d: score edit spans more than one sentence" % (proj, n))
        elif len(o) > 16 or len(nw) > 16:
            bad("%s-e%d: change %r -> %r longer than 16" % (proj, n, o, nw))


def check_labels():
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    names = [l["case"] for l in labels]
    if sorted(names) != files or len(set(names)) != len(names):
        bad("labels.jsonl and cases/ disagree")
    counts = {}
    by_code_proj = {}
    for lab in labels:
        text = read(lab["case"])
        clean = read("%s-clean.txt" % lab["source"])
        if lab["clean"]:
            if lab["expected"] or text != clean:
                bad("%s: clean label wrong" % lab["case"])
            continue
        if len(lab["expected"]) != 1:
            bad("%s: expected exactly one finding" % lab["case"])
        for e in lab["expected"]:
            if e["code"] not in CODES_A or e["severity"] != "error":
                bad("%s: code/severity %s/%s" % (lab["case"], e["code"], e["severity"]))
            if text.count(e["value"]) != 1:
                bad("%s: value occurs %d times" % (lab["case"], text.count(e["value"])))
            if e["value"] in clean:
                bad("%s: value also in the clean draft" % lab["case"])
            counts[e["code"]] = counts.get(e["code"], 0) + 1
            by_code_proj.setdefault(e["code"], set()).add(lab["source"])
    for c in CODES_A:
        if counts.get(c, 0) < 2 or len(by_code_proj.get(c, ())) < 2:
            bad("code %s used %d times in %d projects" % (c, counts.get(c, 0), len(by_code_proj.get(c, ()))))
    return counts


def main():
    for proj in build.PROJECTS:
        check_clean(proj)
    check_edits()
    counts = check_labels()
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print("FAILED: %d problem(s)" % len(PROBLEMS))
        sys.exit(1)
    print("codes: " + ", ".join("%s=%d" % kv for kv in sorted(counts.items())))
    print("OK")


if __name__ == "__main__":
    main()
