#!/usr/bin/env python3
"""Check this set: labels against cases, edit sizes, and the arithmetic of every clean draft.

Pure Python 3.  Prints OK and exits 0 when everything holds; otherwise lists the failures.

1. labels: every case has a label line; each expected value occurs exactly once in its case and
   never in the clean draft; clean drafts expect nothing; every numeric code of errors.md section A
   (except figure_mismatch and empty_problems) is used at least twice, in at least two projects.
2. edits: an error case differs from its clean draft in one line by one contiguous edit of at most
   16 characters (old and new segment), or, for the two row edits, in two adjacent lines.
3. arithmetic of the clean drafts, with the tolerance of rules.md §8 (half a unit of the stated
   last decimal, ROUND_HALF_UP): the 自评表 (funds rows, execution score, weights to 100, scores to
   the total, each score ≤ its weight, quantitative row scores and completion rates by rules §5,
   grade band), plus a list of facts per draft (rates, balances, sums, products, averages), each of
   whose figures must appear verbatim in the draft.
"""
import json
import os
import re
import sys
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FW = "\u3000"
FAIL = []

sys.path.insert(0, HERE)
import build  # noqa: E402  (the edit list: which edits are two-row edits)


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers and tolerance
def num(s):
    """Decimal value and decimals of the first number in s ('3,875.33万元' -> 3875.33, 2)."""
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", s)
    if not m:
        raise ValueError(f"no number in {s!r}")
    t = m.group(0).replace(",", "")
    d = len(t.split(".")[1]) if "." in t else 0
    return Decimal(t), d


def close(computed, stated):
    v, d = num(stated)
    tol = Decimal(5) * Decimal(10) ** (-(d + 1)) + Decimal("1e-9")
    return abs(Decimal(computed) - v) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Facts:
    def __init__(self, name, text):
        self.name, self.text, self.n = name, text, 0

    def _present(self, *figs):
        for f in figs:
            if f not in self.text:
                fail(f"{self.name}: figure {f!r} not found in the draft")

    def _check(self, ok, what):
        self.n += 1
        if not ok:
            fail(f"{self.name}: {what}")

    def rate(self, numer, denom, stated):
        self._present(numer, denom, stated)
        c = num(numer)[0] / num(denom)[0] * 100
        self._check(close(c, stated), f"rate {numer}/{denom} = {c:.4f}% vs {stated}")

    def sum(self, total, *parts):
        self._present(total, *parts)
        c = sum(num(p)[0] for p in parts)
        self._check(close(c, total), f"sum {' + '.join(parts)} = {c} vs {total}")

    def diff(self, a, b, stated):
        self._present(a, b, stated)
        c = num(a)[0] - num(b)[0]
        self._check(close(c, stated), f"diff {a} - {b} = {c} vs {stated}")

    def prod(self, a, b, stated, k="1"):
        self._present(a, b, stated)
        c = num(a)[0] * num(b)[0] * Decimal(k)
        self._check(close(c, stated), f"product {a} x {b} x {k} = {c} vs {stated}")

    def quot(self, a, b, stated, k="1"):
        self._present(a, b, stated)
        c = num(a)[0] / num(b)[0] * Decimal(k)
        self._check(close(c, stated), f"quotient {a} / {b} x {k} = {c} vs {stated}")

    def avg(self, stated, *items):
        self._present(stated, *items)
        c = sum(num(i)[0] for i in items) / len(items)
        self._check(close(c, stated), f"average of {items} = {c} vs {stated}")

    def pct_points(self, a, b, stated):
        self.diff(a, b, stated)


# ---------------------------------------------------------------- 自评表 parsing
def cells(line):
    return re.findall(r"[^\u3000]+", line)


def grade_band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": ("优", "优秀"), "良": ("良", "良好"), "中": ("中", "中等", "一般", "合格"), "差": ("差", "较差", "不合格")}


def direction(target):
    if target[0] in "≥＞":
        return "gte"
    if target[0] in "≤＜":
        return "lte"
    return "eq"


def is_quant(target, actual):
    if re.search(r"\d{4}年", target) or not re.search(r"\d", target) or not re.search(r"\d", actual):
        return False
    if re.search(r"[，处]", actual) and not re.fullmatch(r"[\d.,]+处", actual):
        return False
    return True


def unit_of(s):
    return re.sub(r"[≥≤＞＜=\d.,\s]", "", s)


def check_table(name, text, f):
    lines = text.split("\n")
    # funds block
    fund_w = fund_s = Decimal(0)
    tot = [ln for ln in lines if ln.startswith("年度资金总额")]
    if tot:
        c = cells(tot[0])
        ini, ann, spent, w, rate, score = c[1], c[2], c[3], c[4], c[5], c[6]
        r = num(spent)[0] / num(ann)[0] * 100
        f._check(close(r, rate), f"funds total rate {spent}/{ann} = {r:.4f} vs {rate}")
        sc = num(w)[0] * min(r, Decimal(100)) / 100
        sc_from_stated = num(w)[0] * min(num(rate)[0], Decimal(100)) / 100
        f._check(close(sc, score) or close(sc_from_stated, score), f"execution score {sc} vs {score}")
        fund_w, fund_s = num(w)[0], num(score)[0]
        i = lines.index(tot[0])
        subs = []
        for ln in lines[i + 1:i + 4]:
            cc = cells(ln)
            subs.append(cc)
            if cc[3] != "0.00" and cc[5] != "—":
                rr = num(cc[3])[0] / num(cc[2])[0] * 100
                f._check(close(rr, cc[5]), f"funds row {cc[0]} rate {rr:.4f} vs {cc[5]}")
            if cc[2] == "0.00":
                f._check(cc[5] == "—", f"funds row {cc[0]}: rate on a zero base must be —")
        for col in (1, 2, 3):
            s = sum(num(cc[col])[0] for cc in subs)
            f._check(close(s, c[col]), f"funds column {col}: components {s} vs total {c[col]}")
    # indicator rows
    start = [k for k, ln in enumerate(lines) if ln.startswith("一级指标")]
    if len(start) != 1:
        fail(f"{name}: indicator table header not found once")
        return None
    k = start[0] + 1
    rows, level, by_level = [], None, defaultdict(lambda: [Decimal(0), Decimal(0)])
    has_completion = "完成率" in cells(lines[start[0]])
    while not (lines[k].startswith("总分") or lines[k].startswith("合计")):
        ln = lines[k]
        c = cells(ln)
        if not ln.startswith(FW):
            level = c[0]
        w, s = num(c[-3])[0], num(c[-2])[0]
        rows.append(c)
        by_level[level][0] += w
        by_level[level][1] += s
        f._check(Decimal(0) <= s <= w, f"row {c} score above weight or negative")
        # quantitative rule check
        if has_completion:
            target, actual, comp = c[-6], c[-5], c[-4]
        else:
            target, actual, comp = c[-5], c[-4], None
        if is_quant(target, actual) and "执行率" not in ln:
            f._check(unit_of(target) == unit_of(actual), f"row {c[-6 if has_completion else -5]}: units {target} / {actual}")
            t, a = num(target)[0], num(actual)[0]
            d = direction(target)
            if d == "lte":
                ratio = Decimal(1) if a <= t else t / a
            else:
                ratio = a / t
            exp = w * min(ratio, Decimal(1))
            f._check(close(exp, c[-2]), f"row score {c}: expected {exp:.4f}")
            if comp is not None:
                f._check(close(ratio * 100, comp), f"row completion {c}: expected {ratio * 100:.4f}%")
        k += 1
    total_line = cells(lines[k])
    tw, ts = total_line[-2], total_line[-1]
    sw = sum(num(c[-3])[0] for c in rows) + fund_w
    ss = sum(num(c[-2])[0] for c in rows) + fund_s
    f._check(sw == 100 and num(tw)[0] == 100, f"weights sum {sw}, stated {tw}")
    f._check(close(ss, ts), f"scores sum {ss} vs total {ts}")
    total = num(ts)[0]
    band = grade_band(total)
    # every grade statement in the draft matches the band
    grades = re.findall(r"(?:评价等级|自评等级)(?:为|：)(优秀|良好|中等|优|良|中|差)", text)
    f._check(len(grades) >= 2, f"grade statements found: {grades}")
    for g in grades:
        f._check(g in GRADE_WORDS[band], f"grade {g} vs band {band} of {total}")
    # every '得分X分' / '自评得分X分' statement of the total equals the table total
    for m in re.finditer(r"(?:自评得分|综合得分|自评总分|本项目得分)(\d+\.\d+)分", text):
        f._check(m.group(1) == ts, f"stated total {m.group(1)} vs table {ts}")
    return by_level, fund_w, fund_s


# ---------------------------------------------------------------- per-draft facts
def facts_fengtai(f):
    t = f.text
    f.prod("86.40", "16.80", "1451.52"); f.prod("132.50", "12.60", "1669.50"); f.prod("58.30", "8.40", "489.72")
    f.sum("277.20", "86.40", "132.50", "58.30"); f.sum("3610.74", "1451.52", "1669.50", "489.72")
    f.prod("6.40", "12.60", "26.88", k=Decimal(4) / 12)
    f.sum("3637.62", "3610.74", "26.88")
    f.sum("283.60", "277.20", "6.40")
    f.diff("283.60", "271.50", "12.10"); f.quot("12.10", "271.50", "4.46%", k="100")
    f.sum("3800.00", "3620.00", "132.00", "48.00"); f.sum("120.00", "26.88", "93.12"); f.sum("3920.00", "3800.00", "120.00")
    f.sum("3,646.88", "3620.00", "26.88"); f.sum("225.12", "132.00", "93.12")
    f.sum("3,875.33", "3,611.27", "216.06", "48.00")
    f.rate("3,875.33", "3920.00", "98.86%"); f.diff("3920.00", "3,875.33", "44.67")
    f.rate("3,611.27", "3,646.88", "99.02%")
    f.sum("3,875.33", "862.40", "905.18", "936.52", "1171.23")
    f.avg("91.25", "89.5", "90.0", "91.5", "92.0", "91.0", "90.5", "89.0", "90.5", "92.5", "93.0", "93.5", "92.0")
    f.quot("3610.74", "12", "300.90")
    f.prod("300.90", "0.5", "1.50", k="0.01"); f.prod("300.90", "1", "3.01", k="0.01"); f.sum("4.51", "1.50", "3.01")
    f.prod("1,092", "200", "21.84", k="0.0001"); f.rate("1,085", "1,092", "99.36%"); f.diff("1,092", "1,085", "7处")
    f.sum("26.35", "4.51", "21.84"); f.diff("3637.62", "26.35", "3,611.27")
    f.rate("283.60", "277.20", "102.31%"); f.rate("1,236", "1200", "103.00%"); f.rate("3.42", "3.50", "97.71%")
    f.diff("3.50", "3.42", "0.08"); f.rate("1,208", "1,236", "97.73%"); f.diff("1,236", "1,208", "28株")
    f.prod("1,236", "1,250", "154.50", k="0.0001"); f.prod("3.42", "18", "61.56"); f.sum("216.06", "154.50", "61.56")
    f.rate("242", "250", "96.80%"); f.diff("96.80", "95.20", "1.60")
    f.rate("10.78", "283.60", "3.80%"); f.rate("582", "600", "97.00%"); f.rate("538", "582", "92.44%")
    f.diff("97.73", "95", "2.73")
    f.prod("6.40", "12.60", "80.64")
    # level scores stated in section 三
    f._present("9.89分", "49.84分", "效益指标得分28分", "满意度指标得分10分")
    return {"产出指标": "49.84", "效益指标": "28", "满意度指标": "10"}, "9.89"


def facts_hexi(f):
    f.prod("38.60", "14.50", "559.70"); f.prod("74.20", "10.20", "756.84"); f.prod("45.80", "6.80", "311.44")
    f.sum("158.60", "38.60", "74.20", "45.80"); f.sum("1627.98", "559.70", "756.84", "311.44")
    f.sum("158.60", "41.20", "38.50", "44.70", "34.20"); f.sum("1627.98", "452.36", "398.14", "431.72", "345.76")
    f.sum("12.36", "1.86", "2.45", "6.12", "1.93"); f.sum("1615.62", "450.50", "395.69", "425.60", "343.83")
    for a, b, c in (("452.36", "1.86", "450.50"), ("398.14", "2.45", "395.69"), ("431.72", "6.12", "425.60"),
                    ("345.76", "1.93", "343.83"), ("1627.98", "12.36", "1615.62")):
        f.diff(a, b, c)
    f.quot("1627.98", "158.60", "10.26")
    f.sum("1,762.40", "1,700.00", "62.40"); f.sum("1,700.00", "1,640.00", "60.00")
    f.rate("1,730.88", "1,762.40", "98.21%"); f.sum("1,730.88", "1,668.48", "62.40")
    f.sum("1,668.48", "1,615.62", "52.86"); f.rate("1,668.48", "1,700.00", "98.15%")
    f.diff("1,762.40", "1,730.88", "31.52")
    f.prod("420", "980", "41.16", k="0.0001"); f.prod("650平方米", "180", "11.70", k="0.0001"); f.sum("52.86", "41.16", "11.70")
    f.avg("90.80", "92.4", "90.8", "88.6", "91.4")
    f.rate("6.12", "12.36", "49.51%")
    f.diff("860", "830", "30处"); f.rate("830", "860", "96.51%")
    f.rate("420", "600", "70.00%"); f.diff("600", "420", "180株"); f.rate("262", "250", "104.80%")
    f.rate("409", "420", "97.38%"); f.rate("90.80", "92", "98.70%"); f.rate("96.51", "98", "98.48%")
    f.diff("150", "126", "24件"); f.diff("150", "120", "30件")
    f.rate("174", "182", "95.60%"); f.diff("182", "174", "8条"); f.rate("406", "480", "84.58%")
    # sub-level weights stated in 二（三）, against the table rows
    f._present("数量26分", "质量16分", "时效4分", "成本4分")
    f.sum("50分（", "数量26分", "质量16分", "时效4分", "成本4分")
    f.sum("26分", "12", "8", "6")
    f._present("预算执行得分9.82分", "产出指标得分47.44分", "效益指标得分23.76分", "满意度指标得分9.40分")
    return {"产出指标": "47.44", "效益指标": "23.76", "满意度指标": "9.40"}, "9.82"


def facts_shuangqiao(f):
    f.prod("12.80", "13.20", "168.96"); f.prod("31.50", "9.60", "302.40"); f.prod("27.40", "6.20", "169.88")
    f.sum("71.70", "12.80", "31.50", "27.40"); f.sum("641.24", "168.96", "302.40", "169.88")
    # funds table, column by column
    rows = {"(1)": ("830.00", "0.00", "300.00", "486.50", "43.50"), "(2)": ("950.00", "120.00", "300.00", "486.50", "43.50"),
            "(3)": ("920.00", "120.00", "300.00", "456.50", "43.50"), "(4)": ("901.16", "120.00", "296.40", "441.26", "43.50")}
    for k, (tot, *parts) in rows.items():
        f.sum(tot, *parts)
    bal = ("18.84", "0.00", "3.60", "15.24", "0.00")
    for i in range(5):
        f.diff(rows["(3)"][i], rows["(4)"][i], bal[i])
    for i, st in enumerate(("96.84%", "100%", "100%", "93.83%", "100%")):
        f.rate(rows["(3)"][i], rows["(2)"][i], st)
    for i, st in enumerate(("94.86%", "100%", "98.80%", "90.70%", "100%")):
        f.rate(rows["(4)"][i], rows["(2)"][i], st)
    f.sum("950.00", "830.00", "120.00"); f.diff("950.00", "901.16", "48.84"); f.sum("48.84", "30.00", "18.84")
    f.diff("486.50", "456.50", "30.00")
    f.sum("950.00", "650.00", "176.50", "80.00", "43.50")
    f.sum("901.16", "635.42", "158.40", "43.50", "63.84")
    f.avg("92.15", "90.5", "91.0", "92.0", "93.5", "94.0", "92.5", "91.5", "90.0", "92.0", "93.0", "92.8", "93.0")
    f.prod("291", "200", "5.82", k="0.0001"); f.diff("641.24", "5.82", "635.42")
    f.prod("960", "1,650", "158.40", k="0.0001"); f.rate("931", "960", "96.98%"); f.diff("960", "931", "29株")
    f.quot("504", "3.15", "1.60%", k="0.01")
    f.quot("441", "3.15", "1.40%", k="0.01"); f.diff("2.90", "1.60", "1.30")
    f.quot("1", "1.40", "7.14", k="10")
    f.rate("250", "260", "96.15%"); f.rate("233", "250", "93.20%")
    f.prod("94.86", "10", "9.49", k="0.01")
    # summary table of section 二 against the 自评表 levels
    return {"产出指标": "50", "效益指标": "26.14", "满意度指标": "10"}, None


def facts_hengshui(f):
    f.prod("52.30", "11.80", "617.14"); f.prod("96.40", "8.50", "819.40"); f.prod("61.20", "5.60", "342.72")
    f.sum("209.90", "52.30", "96.40", "61.20"); f.sum("1779.26", "617.14", "819.40", "342.72")
    f.sum("209.90", "44.60", "39.80", "43.20", "41.50", "40.80"); f.sum("1779.26", "402.18", "351.46", "338.92", "356.37", "330.33")
    f.diff("209.90", "203.60", "6.30"); f.quot("6.30", "203.60", "3.09%", k="100")
    f.sum("1,880.00", "1,790.00", "90.00"); f.sum("2,030.00", "1,880.00", "150.00")
    f.rate("1,980.00", "2,030.00", "97.54%"); f.diff("2,030.00", "1,980.00", "50.00")
    f.rate("1,936.58", "2,030.00", "95.40%"); f.diff("1,980.00", "1,936.58", "43.42")
    f.sum("1,936.58", "1,764.50", "84.66", "87.42"); f.rate("84.66", "90.00", "94.07%"); f.rate("87.42", "100.00", "87.42%")
    f.sum("1,936.58", "421.36", "438.90", "446.12", "630.20")
    f.sum("14.76", "9.32", "5.44"); f.diff("1,779.26", "14.76", "1,764.50"); f.rate("9.32", "14.76", "63.14%")
    f.avg("91.50", "93.6", "91.2", "89.4", "92.8", "90.5"); f.diff("91.50", "90.86", "0.64")
    f.prod("386", "1,500", "57.90", k="0.0001"); f.prod("0.82", "36", "29.52"); f.sum("87.42", "57.90", "29.52")
    f.rate("372", "386", "96.37%"); f.rate("0.82", "1.00", "82.00%")
    f.rate("1,215", "1,250", "97.20%"); f.rate("86", "86", "100%"); f.rate("9.03", "209.90", "4.30%")
    f.sum("680", "126", "188", "214", "152"); f.avg("170", "126", "188", "214", "152")
    return {"产出指标": "58.92", "效益指标": "29"}, "9.54"


def facts_sanhe(f):
    f.prod("18.60", "12.00", "223.20"); f.prod("42.30", "8.80", "372.24"); f.prod("35.50", "5.50", "195.25")
    f.sum("96.40", "18.60", "42.30", "35.50"); f.sum("790.69", "223.20", "372.24", "195.25")
    f.diff("96.40", "92.80", "3.60"); f.quot("3.60", "92.80", "3.88%", k="100")
    f.sum("1,050.00", "800.00", "250.00")
    f.rate("952.41", "1,050.00", "90.71%"); f.diff("1,050.00", "952.41", "97.59"); f.sum("97.59", "73.65", "23.94")
    f.diff("250.00", "176.35", "73.65"); f.diff("800.00", "776.06", "23.94")
    f.sum("952.41", "776.06", "176.35")
    f.diff("790.69", "14.63", "776.06")
    f.sum("776.06", "191.34", "196.29", "190.75", "197.68")
    f.sum("790.69", "197.67", "197.67", "197.67", "197.68")
    f.prod("197.67", "3.2", "6.33", k="0.01"); f.prod("197.67", "0.7", "1.38", k="0.01"); f.prod("197.67", "3.5", "6.92", k="0.01")
    f.sum("14.63", "6.33", "1.38", "6.92")
    f.diff("197.67", "6.33", "191.34"); f.diff("197.67", "1.38", "196.29"); f.diff("197.67", "6.92", "190.75")
    for s, p in (("86.8", "3.2%"), ("89.3", "0.7%"), ("86.5", "3.5%")):
        f.diff("90", s, p)
    f.avg("88.20", "86.8", "89.3", "86.5", "90.2")
    f.rate("176.35", "250.00", "70.54%"); f.sum("176.35", "48.20", "52.65", "38.90", "36.60")
    f.quot("790.69", "96.40", "8.20")
    f.rate("4处", "5处", "80%"); f.rate("680", "700", "97.14%"); f.rate("612", "680", "90.00%")
    f.rate("90.00", "95", "94.74%"); f.diff("680", "612", "68株")
    f.diff("75", "58", "17件"); f.diff("40.80", "40.20", "0.60")
    f.rate("280", "300", "93.33%"); f.rate("238", "280", "85.00%")
    return {"产出指标": "46.23", "效益指标": "25", "满意度指标": "9.44"}, "9.07"


FACTS = {
    "bj-fengtai-roadgreen-2022": facts_fengtai,
    "tj-hexi-streetgreen-2019": facts_hexi,
    "chengde-shuangqiao-treeplant-2021": facts_shuangqiao,
    "hengshui-parkgreen-2024": facts_hengshui,
    "sanhe-nodegreen-2018": facts_sanhe,
}


def check_clean(proj):
    name = f"{proj}-clean.txt"
    text = read(name)
    f = Facts(name, text)
    levels_stated, exec_stated = FACTS[proj](f)
    res = check_table(name, text, f)
    if res is None:
        return f.n
    by_level, fund_w, fund_s = res
    for lv, st in levels_stated.items():
        f._check(close(by_level[lv][1], st), f"level {lv}: rows sum {by_level[lv][1]} vs stated {st}")
    if exec_stated is not None:
        f._check(close(fund_s, exec_stated), f"execution score {fund_s} vs stated {exec_stated}")
    if proj == "chengde-shuangqiao-treeplant-2021":
        # the summary table of section 二 (指标类别 分值 得分) against the 自评表 levels
        lines = text.split("\n")
        k = [i for i, ln in enumerate(lines) if ln.startswith("指标类别")][0]
        summ = {}
        for ln in lines[k + 1:k + 6]:
            c = cells(ln)
            summ["".join(c[:-2])] = (num(c[-2])[0], num(c[-1])[0])
        f._check(summ["预算执行"] == (by_level["预算执行"][0], by_level["预算执行"][1]), "summary 预算执行")
        for lv in ("产出指标", "效益指标", "满意度指标"):
            f._check(summ[lv] == (by_level[lv][0], by_level[lv][1]), f"summary {lv}: {summ[lv]} vs {by_level[lv]}")
        f._check(sum(v[1] for kk, v in summ.items() if kk != "合计") == summ["合计"][1], "summary total")
    if proj == "tj-hexi-streetgreen-2019":
        f._check(by_level["产出指标"][0] == 50 and by_level["效益指标"][0] == 30, "hexi level weights")
    if proj == "hengshui-parkgreen-2024":
        f._check(by_level["产出指标"][0] == 60 and by_level["效益指标"][0] == 30 and "满意度指标" not in by_level,
                 "hengshui level weights 10/60/30")
    return f.n


# ---------------------------------------------------------------- labels and edits
NUMERIC_CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
                 "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values",
                 "implausible_rate", "unit_mismatch", "year_mismatch", "completion_mismatch"]


def segment(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j]


def check_labels():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(ln) for ln in fh if ln.strip()]
    files = sorted(os.listdir(CASES))
    named = {r["case"] for r in labels}
    for fn in files:
        if fn not in named:
            fail(f"case {fn} has no label line")
    rows_edit = {f"{p}-{s}.txt": r for p, s, _ops, r, *_ in build.EDITS}
    codes = defaultdict(set)
    count = defaultdict(int)
    for rec in labels:
        case, proj = rec["case"], rec["source"]
        text = read(case)
        clean = read(f"{proj}-clean.txt")
        if rec["clean"]:
            if rec["expected"] or text != clean:
                fail(f"{case}: clean label must be empty and the file the clean draft")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{case}: expected exactly one finding")
        for exp in rec["expected"]:
            v = exp["value"]
            if exp["severity"] != "error":
                fail(f"{case}: severity {exp['severity']}")
            if text.count(v) != 1:
                fail(f"{case}: value {v!r} occurs {text.count(v)} times")
            if v in clean:
                fail(f"{case}: value {v!r} occurs in the clean draft")
            codes[exp["code"]].add(proj)
            count[exp["code"]] += 1
        # edit size
        a, b = clean.split("\n"), text.split("\n")
        if len(a) != len(b):
            fail(f"{case}: line count changed")
            continue
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        allowed = 2 if rows_edit.get(case) else 1
        if not diff or len(diff) > allowed or (len(diff) == 2 and diff[1] != diff[0] + 1):
            fail(f"{case}: changed lines {diff}")
        for k in diff:
            old, new = segment(a[k], b[k])
            if len(old) > 16 or len(new) > 16:
                fail(f"{case}: edit too large {old!r} -> {new!r}")
    for c in NUMERIC_CODES:
        if count[c] < 2 or len(codes[c]) < 2:
            fail(f"code {c}: used {count[c]} times in {len(codes[c])} projects")
    for c in count:
        if c not in NUMERIC_CODES:
            fail(f"unexpected code {c}")
    return labels, count


def main():
    n_facts = 0
    for proj in build.PROJECTS:
        n_facts += check_clean(proj)
        L = len(read(f"{proj}-clean.txt"))
        if not 2500 <= L <= 6000:
            fail(f"{proj}: clean draft length {L}")
    labels, count = check_labels()
    if FAIL:
        for m in FAIL:
            print("FAIL", m)
        print(f"{len(FAIL)} failures")
        return 1
    print(f"{len(labels)} cases, {n_facts} arithmetic checks on {len(build.PROJECTS)} clean drafts; codes: "
          + ", ".join(f"{c} {count[c]}" for c in NUMERIC_CODES))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
