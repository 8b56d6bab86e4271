#!/usr/bin/env python3
"""Verify the n160 set.

1. every label value occurs in its case;
2. every error case differs from its clean draft in one place (one short contiguous region,
   at most two lines, inside the edit of build.py);
3. the arithmetic of every clean draft is redone: each figure used below must occur in the
   draft as written, and each identity must hold within the decimals of the stated figure
   (rules.md §8); the 自评表 of each draft is parsed to check Σ 分值 = 100, 得分 ≤ 分值 and
   Σ 得分 = 总分, and the grade is checked against the bands of rules.md §6;
4. each of the 13 codes occurs at least twice; clean drafts are 3,000–5,000 characters.
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
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from build import EDITS, SOURCES  # noqa: E402

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL", msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- arithmetic helpers
def lit(q):
    """A quote may mark where its figure starts with '@': "2015年度任务@0.85万亩"."""
    return q.replace("@", "")


def num(s):
    s = s.split("@", 1)[-1]
    m = re.search(r"-?\d+(?:\.\d+)?", s)
    return D(m.group(0))


def decimals(s):
    s = s.split("@", 1)[-1]
    m = re.search(r"-?\d+(?:\.(\d+))?", s)
    return len(m.group(1) or "")


def close(computed, stated):
    """stated is the string as printed; tolerance half a unit of its last digit."""
    tol = D(5) / (D(10) ** (decimals(stated) + 1)) + D("1e-9")
    return abs(D(computed) - num(stated)) <= tol


class Draft:
    def __init__(self, src):
        self.src = src
        self.text = read(f"{src}-clean.txt")

    def need(self, *strings):
        for s in map(lit, strings):
            if s not in self.text:
                fail(f"{self.src}: figure {s!r} not found in the clean draft")

    def check(self, ok, what):
        if not ok:
            fail(f"{self.src}: {what}")

    # quote = the literal as it appears in the draft (checked), fig = the figure inside it
    def rate(self, num_q, den_q, rate_q, what):
        self.need(num_q, den_q, rate_q)
        c = num(num_q) / num(den_q) * 100
        self.check(close(c, rate_q), f"{what}: {num_q}/{den_q} = {c:.4f}% vs {rate_q}")

    def sum(self, parts, total_q, what):
        self.need(*parts, total_q)
        c = sum(num(p) for p in parts)
        self.check(close(c, total_q), f"{what}: sum {c} vs {total_q}")

    def diff(self, a_q, b_q, c_q, what):
        self.need(a_q, b_q, c_q)
        c = num(a_q) - num(b_q)
        self.check(close(c, c_q), f"{what}: {a_q} − {b_q} = {c} vs {c_q}")

    def quot(self, a, b, c_q, what, scale=1, need=True):
        """a / b * scale = c (a, b literal strings in the draft)"""
        if need:
            self.need(a, b, c_q)
        c = num(a) / num(b) * scale
        self.check(close(c, c_q), f"{what}: {a}/{b}*{scale} = {c:.4f} vs {c_q}")

    def prod(self, a, b, c_q, what, scale=1):
        self.need(a, b, c_q)
        c = num(a) * num(b) * scale
        self.check(close(c, c_q), f"{what}: {a}*{b}*{scale} = {c} vs {c_q}")

    def mean(self, items, avg_q, what):
        self.need(*items, avg_q)
        c = sum(num(i) for i in items) / len(items)
        self.check(close(c, avg_q), f"{what}: mean {c:.4f} vs {avg_q}")

    def score_gte(self, target, actual, weight, score_q, what):
        t, a, w = num(target), num(actual), D(weight)
        c = w if a >= t else (w * a / t)
        c = c.quantize(D("0.01"), ROUND_HALF_UP)
        self.check(close(c, score_q), f"{what}: score {c} vs {score_q}")

    def score_lte(self, target, actual, weight, score_q, what):
        t, a, w = num(target), num(actual), D(weight)
        c = w if a <= t else (w * t / a)
        c = c.quantize(D("0.01"), ROUND_HALF_UP)
        self.check(close(c, score_q), f"{what}: score {c} vs {score_q}")

    def grade(self, total_q, label_q, what="grade"):
        self.need(total_q, label_q)
        t = num(total_q)
        band = "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
        self.check(band in label_q, f"{what}: total {t} is {band}, label {label_q!r}")

    def table(self, rows, total_q, what="自评表"):
        """rows: list of (weight, score) strings incl. the execution row."""
        ws = [D(w) for w, _ in rows]
        ss = [D(s) for _, s in rows]
        self.check(sum(ws) == 100, f"{what}: weights sum {sum(ws)}")
        for w, s in zip(ws, ss):
            self.check(D(0) <= s <= w, f"{what}: score {s} outside [0, {w}]")
        self.check(close(sum(ss), total_q), f"{what}: scores sum {sum(ss)} vs {total_q}")


# ---------------------------------------------------------------- table parsers
ISNUM = re.compile(r"^\d+(?:\.\d+)?$")


def rows_flat(text):
    """seed-003 layout: one cell per line with a leading tab, blank line between rows."""
    part = text[text.index("\t一级指标"):]
    rows = []
    for block in part.split("\n\n"):
        cells = [c[1:] if c.startswith("\t") else c for c in block.split("\n")]
        rows.append(cells)
    return rows


def indicator_rows(text, layout):
    """Return (execution (w, s), [(w, s) ...], total) from the draft's 自评表."""
    out = []
    total = None
    if layout == "flat":
        ex = None
        for block in text.split("\n\n"):
            cells = [c[1:] if c.startswith("\t") else c for c in block.strip("\n").split("\n")]
            if cells and cells[0] == "年度资金总额":
                ex = (cells[4], cells[6])
        for cells in rows_flat(text)[1:]:
            if cells[0] == "总分":
                total = cells[6]
                break
            out.append((cells[5], cells[6]))
        return ex, out, total
    lines = text.split("\n")
    if layout == "fullpipe":
        split = lambda l: [c for c in l.split("｜")]  # noqa: E731
    elif layout == "tab":
        split = lambda l: l.split("\t")  # noqa: E731
    elif layout == "md":
        split = lambda l: [c.strip() for c in l.strip().strip("|").split("|")]  # noqa: E731
    ex = None
    started = False
    for line in lines:
        if layout == "space":
            toks = line.split()
            if toks and toks[0] == "年度资金总额":
                ex = (toks[4], toks[6])
            if toks[:2] == ["一级指标", "二级指标"]:
                started = True
                continue
            if started:
                if toks and toks[0] == "总分":
                    total = toks[2]
                    break
                nums = [t for t in toks if ISNUM.match(t)]
                out.append((nums[-2], nums[-1]))
            continue
        cells = split(line)
        if not cells:
            continue
        if cells[0] == "年度资金总额":
            ex = (cells[4], cells[6])
        if cells[0] == "一级指标":
            started = True
            wi, si = cells.index("分值"), cells.index("得分")
            continue
        if started:
            if cells[0] in ("总分", "合计"):
                total = cells[wi + 1] if cells[wi + 1] else cells[si]
                break
            out.append((cells[wi], cells[si]))
    return ex, out, total


def check_table(d, layout, stated_total):
    ex, rows, total = indicator_rows(d.text, layout)
    d.check(ex is not None and total is not None, "自评表 not parsed")
    if ex is None or total is None:
        return
    d.check(close(num(total), stated_total), f"table total {total} vs text {stated_total}")
    d.table([ex] + rows, total)


# ---------------------------------------------------------------- per-draft arithmetic
def check_ninger():
    d = Draft("ninger-forestfire-2020")
    # funds
    d.sum(["120.00万元", "35.00万元", "8.40万元"], "163.40万元", "全年预算 = 县级 + 省级 + 上年结转")
    d.rate("158.26万元", "163.40万元", "预算执行率96.85%", "执行率 (text)")
    d.rate("\t158.26", "\t163.40", "\t96.85%", "执行率 (table)")
    d.quot("\t96.85%", "1", "\t9.69", "execution score 10 × 96.85%", scale=D("0.1"))
    d.rate("\t149.86", "\t155.00", "\t96.68%", "当年财政拨款 执行率 (table)")
    d.sum(["155.00", "8.40", "0.00"], "163.40", "table 全年预算 column")
    d.sum(["149.86", "8.40", "0.00"], "158.26", "table 全年执行 column")
    d.sum(["120.00", "0.00", "0.00"], "120.00", "table 年初 column")
    d.sum(["62.40万元", "41.36万元", "9.80万元", "32.50万元", "12.20万元"], "158.26万元", "uses")
    d.sum(["支出117.36万元", "支出32.50万元", "8.40万元"], "158.26万元", "sources spent")
    d.rate("支出117.36万元", "县级资金120.00万元", "支出进度97.80%", "county rate")
    d.diff("163.40万元", "158.26万元", "年末结余5.14万元", "结余")
    d.sum(["县级资金2.64万元", "省级资金2.50万元"], "年末结余5.14万元", "结余 split")
    d.diff("县级资金120.00万元", "支出117.36万元", "县级资金2.64万元", "county balance")
    d.diff("省级补助资金35.00万元", "支出32.50万元", "省级资金2.50万元", "province balance")
    # outputs
    d.quot("62.40万元", "130名", "人均4800元", "人均补助 (元)", scale=10000)
    d.quot("32.50万元", "68.5公里", "平均每公里建设成本4745元", "cost per km (元)", scale=10000)
    d.need("\t4745元/公里", "\t68.5公里")
    d.rate("83个", "85个村", "签订率97.65%", "责任书签订率")
    d.diff("达72.8%", "72.6%", "提高0.2个百分点", "coverage change")
    d.score_gte("85", "83", 10, "9.76", "签订率 score (83 of 85 villages)")
    d.need("\t9.76")
    check_table(d, "flat", "自评总得分99.45分")
    d.sum(["9.69分", "产出指标得分50分", "效益指标得分29.76分", "满意度指标得分10分"], "总得分99.45分", "text scores")
    d.grade("总得分99.45分", "评价等级为优秀")


def check_fengshan():
    d = Draft("gx-fengshan-gongyilin-2022")
    d.sum(["937.60万元", "186.00万元"], "合计1123.60万元", "提前下达")
    d.sum(["管护补助支出922.95万元", "公共管护支出14.65万元"], "937.60万元", "central split")
    d.prod("58.60万亩", "15.75元", "922.95万元", "管护补助 = area × 15.75")
    d.prod("58.60万亩", "0.25元", "14.65万元", "公共管护 = area × 0.25")
    d.prod("58.60万亩", "每亩每年16元", "937.60万元", "central = area × 16")
    d.prod("12.40万亩", "每亩每年15元", "186.00万元", "region = area × 15")
    d.sum(["合计1123.60万元", "3.12万元"], "全年预算1126.72万元", "全年预算")
    d.sum(["管护补助922.95万元", "补偿资金186.00万元", "公共管护支出11.36万元"], "实际支出1120.31万元", "spent")
    d.rate("实际支出1120.31万元", "全年预算1126.72万元", "预算执行率99.43%", "执行率 text")
    d.rate("｜1120.31", "｜1126.72", "｜99.43%", "执行率 table")
    d.quot("｜99.43%", "1", "｜9.94", "execution score", scale=D("0.1"))
    d.diff("全年预算1126.72万元", "实际支出1120.31万元", "年末结转6.41万元", "结转")
    d.sum(["其中：当年财政拨款｜@1123.60", "上年结转资金｜@0.00", "其他资金｜@0.00"], "年度资金总额｜@1123.60", "年初 column")
    d.sum(["1123.60｜@1123.60", "上年结转资金｜0.00｜@3.12", "其他资金｜0.00｜@0.00"], "1123.60｜@1126.72", "全年 column")
    d.sum(["1123.60｜@1117.19", "0.00｜3.12｜@3.12", "其他资金｜0.00｜0.00｜@0.00"], "1126.72｜@1120.31", "执行 column")
    d.quot("管护补助922.95万元", "21436户", "户均430.56元", "户均 (元)", scale=10000)
    d.quot("430.56元", "≥400元", "107.64%", "户均 completion", scale=100)
    d.quot("85.92%", "≥85.5%", "100.49%", "coverage completion", scale=100)
    d.quot("92.4%", "≥90%", "102.67%", "satisfaction completion", scale=100)
    d.diff("85.92%", "85.71%", "提高0.21个百分点", "coverage change")
    d.score_gte("100%", "98%", 10, "9.8", "落实率 score")
    check_table(d, "fullpipe", "自评总得分99.74分")
    d.sum(["预算执行得分9.94分", "产出指标得分50分", "效益指标得分29.8分", "满意度指标得分10分"], "自评总得分99.74分", "text scores")
    d.grade("自评总得分99.74分", "评价等级为“优”")


def check_yuanling():
    d = Draft("yuanling-tuigeng-2019")
    d.sum(["第三次补助340.00万元", "第二次补助360.00万元", "第一次补助400.00万元"], "全年预算1100.00万元", "components")
    d.sum(["第三次补助340.00万元", "第二次补助360.00万元"], "前两项700.00万元", "年初")
    d.prod("2015年度任务@0.85万亩", "第五年@400元", "340.00万元", "2015 tranche")
    d.prod("2017年度任务@1.20万亩", "第三年@300元", "360.00万元", "2017 tranche")
    d.prod("2019年度新增任务@0.50万亩", "第一年@800元", "400.00万元", "2019 tranche")
    d.prod("0.50万亩", "种苗造林费300元", "种苗造林费150.00万元", "seedlings")
    d.sum(["第一年@800元", "第三年@300元", "第五年@400元"], "每亩1500元", "standard")
    d.sum(["现金补助878.60万元", "种苗造林费150.00万元"], "实际支出1028.60万元", "spent")
    d.sum(["340.00万元", "360.00万元", "现金补助178.60万元"], "现金补助878.60万元", "cash paid")
    d.rate("实际支出1028.60万元", "全年预算1100.00万元", "预算执行率93.51%", "执行率 text")
    d.rate("1028.60 10", "1100.00 1028.60", " 93.51% ", "执行率 table")
    d.quot(" 93.51% ", "1", " 9.35", "execution score", scale=D("0.1"))
    d.diff("全年预算1100.00万元", "实际支出1028.60万元", "71.40万元", "unspent")
    d.prod("1428亩", "500", "71.40万元", "unspent = 1428亩 × 500元", scale=D("0.0001"))
    d.rate("全年到位资金1100.00万元", "全年预算1100.00万元", "到位率100%", "到位率")
    d.quot("兑付补助面积2.41万亩", "年度目标2.55万亩", "完成率94.51%", "completion", scale=100)
    d.check(close(D("0.85") + D("1.20") + (D("5000") - D("1428")) / 10000, "2.41"), "兑付面积 2.41")
    d.score_gte("≥2.55万亩", "2.41万亩", 10, "9.45", "兑付面积 score")
    d.mean(["87.5%", "90.3%", "88.8%", "89.6%", "89.8%"], "平均89.2%", "sample survival")
    d.quot("现金补助878.60万元", "8426户", "户均获得补助1043元", "户均 (元)", scale=10000)
    d.score_gte("≥95%", "92%", 10, "9.68", "satisfaction score")
    check_table(d, "space", "总分 100 @98.48")
    d.grade("总分 100 @98.48", "自评等级：优")


def check_muling():
    d = Draft("muling-forestpest-2023")
    d.sum(["市本级林业有害生物防治资金15.00万元", "补助资金20.00万元", "85.00万元"], "合计120.00万元", "全年预算")
    d.sum(["中央财政资金\t0.00\t@85.00", "省级财政资金\t0.00\t@20.00", "市本级财政资金\t15.00\t@15.00"], "年度资金总额\t15.00\t@120.00", "table 全年 column")
    d.sum(["中央财政资金\t@0.00", "省级财政资金\t@0.00", "市本级财政资金\t@15.00"], "年度资金总额\t@15.00", "table 年初 column")
    d.sum(["\t45.60", "\t8.64", "\t12.00"], "\t66.24", "table 执行 column")
    d.rate("全年执行66.24万元", "合计120.00万元", "预算执行率55.20%", "执行率 text")
    d.rate("\t66.24", "\t120.00", "\t55.20%", "执行率 table")
    d.quot("\t55.20%", "1", "\t5.52", "execution score", scale=D("0.1"))
    d.diff("\t120.00", "\t66.24", "\t53.76", "结转结余")
    d.sum(["防治药剂采购28.40万元", "防治作业18.50万元", "监测调查9.36万元", "害防治9.98万元"], "全年执行66.24万元", "uses")
    d.sum(["防治5.2万亩", "地面人工防治4.4万亩"], "防治作业9.6万亩", "area split")
    d.quot("防治作业9.6万亩", "12万亩以上", "为年度目标的80%", "completion", scale=100)
    d.check(close((D("28.40") + D("18.50")) / D("9.6"), "4.89"), "亩均成本 (28.40 + 18.50) / 9.6")
    d.need("成本4.89元", "\t4.89元/亩")
    d.score_gte("≥12万亩", "9.6万亩", 15, "12", "防治面积 score")
    d.score_lte("≤0.3万亩", "0.36万亩", 10, "8.33", "成灾面积 score")
    d.score_gte("≥90%", "86%", 10, "9.56", "测报准确率 score")
    d.score_gte("≥90%", "85%", 10, "9.44", "满意度 score")
    d.need("\t9.6万亩\t15\t12", "\t0.36万亩\t10\t8.33", "\t86%\t10\t9.56", "\t85%\t10\t9.44", "监测测报点32个", "\t32个\t5\t5")
    check_table(d, "tab", "自评得分87.85分")
    d.sum(["预算执行得分5.52分", "产出指标得分45分", "效益指标得分27.89分", "满意度指标得分9.44分"], "自评得分87.85分", "text scores")
    d.grade("自评得分87.85分", "自评等级为“良”")


def check_abaga():
    d = Draft("abaga-grassland-2024")
    d.prod("禁牧面积812.46万亩", "每亩7.5元", "禁牧补助6093.45万元", "禁牧 = area × 7.5")
    d.prod("草畜平衡面积2635.80万亩", "每亩2.5元", "草畜平衡奖励6589.50万元", "平衡 = area × 2.5")
    d.sum(["禁牧补助6093.45万元", "草畜平衡奖励6589.50万元"], "全年预算12682.95万元", "全年预算")
    d.sum(["资金11400.00万元", "剩余资金1282.95万元"], "全年预算12682.95万元", "two tranches")
    d.sum(["5480.00", "5920.00"], "11400.00", "年初 split")
    d.sum(["6093.45万元全部发放", "发放6571.25万元"], "补奖资金12664.70万元", "spent")
    d.rate("补奖资金12664.70万元", "全年预算12682.95万元", "预算执行率99.86%", "执行率 text")
    d.rate("| 12664.70", "| 12682.95", "| 99.86%", "执行率 table")
    d.quot("| 99.86%", "1", "| 9.99", "execution score", scale=D("0.1"))
    d.rate("| 6571.25", "| 6589.50", "| 99.72%", "平衡 rate")
    d.rate("| 6093.45 | 6093.45", "6093.45", "| 100%", "禁牧 rate")
    d.diff("6589.50", "发放6571.25万元", "奖励资金18.25万元", "暂缓")
    d.diff("全年预算12682.95万元", "补奖资金12664.70万元", "18.25万元", "结余")
    d.quot("补奖资金12664.70万元", "牧户6218户", "约2.04万元", "户均 (万元)")
    d.mean(["28.6%", "31.2%", "30.5%"], "平均30.1%", "sample coverage")
    check_table(d, "md", "总得分98.99分")
    d.sum(["预算执行得分9.99分", "产出指标得分50分", "效益指标得分29分", "满意度指标得分10分"], "总得分98.99分", "text scores")
    d.grade("总得分98.99分", "等级为“优秀”")


# ---------------------------------------------------------------- structure checks
def check_labels_and_diffs():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    names = sorted(os.listdir(CASES))
    lab_names = sorted(l["case"] for l in labels)
    if names != lab_names:
        fail(f"cases and labels differ: {set(names) ^ set(lab_names)}")
    edits = {(s, n): (old, new) for (s, n, _c, old, new, _v, _e, _w) in EDITS}
    codes = Counter()
    where = Counter()
    for lab in labels:
        text = read(lab["case"])
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expected findings")
            n = len(text)
            if not 3000 <= n <= 5000:
                fail(f"{lab['case']}: {n} characters")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected exactly one label")
        for e in lab["expected"]:
            codes[e["code"]] += 1
            if e["severity"] != "error":
                fail(f"{lab['case']}: severity {e['severity']}")
            if e["value"] not in text:
                fail(f"{lab['case']}: value {e['value']!r} not in case")
        clean = read(f"{lab['source']}-clean.txt")
        i = 0
        while i < min(len(clean), len(text)) and clean[i] == text[i]:
            i += 1
        j = 0
        while j < min(len(clean), len(text)) - i and clean[-1 - j] == text[-1 - j]:
            j += 1
        old_reg, new_reg = clean[i:len(clean) - j], text[i:len(text) - j]
        if not old_reg and not new_reg:
            fail(f"{lab['case']}: identical to clean draft")
        if len(old_reg) > 80 or len(new_reg) > 80 or old_reg.count("\n") > 1 or new_reg.count("\n") > 1:
            fail(f"{lab['case']}: changed region too large: {old_reg!r} -> {new_reg!r}")
        n = int(lab["case"].rsplit("-e", 1)[1].split(".")[0])
        old, new = edits[(lab["source"], n)]
        k = clean.find(old)
        if not (k <= i and i + len(old_reg) <= k + len(old)):
            fail(f"{lab['case']}: changed region lies outside the edit")
        if clean.replace(old, new, 1) != text:
            fail(f"{lab['case']}: case is not the clean draft with its edit")
        for v in [e["value"] for e in lab["expected"]]:
            # the value must cover the changed figure
            hit = any(s <= i + len(new_reg) and i <= s + len(v)
                      for s in [m.start() for m in re.finditer(re.escape(v), text)])
            if not hit:
                fail(f"{lab['case']}: value {v!r} does not overlap the change")
    for (s, n, c, _o, _nw, _v, _e, w) in EDITS:
        where[w] += 1
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times")
    extra = set(codes) - set(CODES)
    if extra:
        fail(f"unknown codes {extra}")
    print(f"{len(labels)} cases, {sum(codes.values())} labels; codes: "
          + ", ".join(f"{c}={codes[c]}" for c in CODES) + f"; text={where['text']} table={where['table']}")


def main():
    check_ninger()
    check_fengshan()
    check_yuanling()
    check_muling()
    check_abaga()
    check_labels_and_diffs()
    if FAIL:
        print(f"{len(FAIL)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
