#!/usr/bin/env python3
"""Check drafts13: labels against cases, edit sizes, and the arithmetic of every clean draft.

1. labels.jsonl: every case exists; every value occurs exactly once in its case and never in
   the clean draft of its project; each error case differs from its clean draft by one
   contiguous edit of at most 16 characters within one line (score/weight edits: at most two
   such edits on adjacent lines).
2. Clean drafts: the key figures (funds rows, rates, balances, sums, averages, indicator
   rows, weights to 100, scores to the total, grade band) are recomputed from the numbers as
   written, with the tolerance of rules.md §8 (half a unit of the stated last decimal), and
   each figure used is checked to be present in the text (table cells in row order).
Pure Python 3.  Prints OK or the list of failures.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FAIL = []
SCORE_ROW_CODES = {"score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"}


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _first(s):
    m = NUM.search(s)
    if not m:
        raise ValueError("no number in %r" % s)
    return m.group(0).replace(",", "")


def num(s):
    """the first number written in s (commas dropped), as Decimal."""
    return D(_first(s))


def decimals(s):
    f = _first(s)
    return len(f.split(".")[1]) if "." in f else 0


def close(stated, computed):
    """stated: string as written; computed: Decimal."""
    d = decimals(stated)
    return abs(num(stated) - computed) <= D("0.5") * (D(10) ** -d) + D("1e-9")


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


OVERRIDE = {}   # project id -> case file name to check instead of the clean draft (self-test)


class Doc:
    def __init__(self, pid):
        self.pid = pid
        self.text = read(OVERRIDE.get(pid, pid + "-clean.txt"))
        self.weights = []
        self.scores = []
        self.levels = {}

    def err(self, msg):
        fail("%s: %s" % (self.pid, msg))

    def has(self, *strings):
        for s in strings:
            if s not in self.text:
                self.err("figure %r not in text" % s)

    # --- arithmetic -----------------------------------------------------------------------
    def sum(self, total, parts, what=""):
        self.has(total, *parts)
        got = sum(num(p) for p in parts)
        if not close(total, got):
            self.err("sum %s: %s != %s" % (what, total, " + ".join(parts)))

    def rate(self, numer, denom, stated, what=""):
        self.has(numer, denom, stated)
        got = num(numer) / num(denom) * 100
        if not close(stated, got):
            self.err("rate %s: %s/%s = %.4f, stated %s" % (what, numer, denom, got, stated))

    def diff(self, a, b, stated, what=""):
        self.has(a, b, stated)
        if not close(stated, num(a) - num(b)):
            self.err("difference %s: %s - %s != %s" % (what, a, b, stated))

    def prod(self, a, b, stated, scale=D(1), what=""):
        """stated = a * b * scale (a, b present in text)."""
        self.has(a, b, stated)
        if not close(stated, num(a) * num(b) * scale):
            self.err("product %s: %s x %s x %s != %s" % (what, a, b, scale, stated))

    def quot(self, a, b, stated, scale=D(1), what=""):
        """stated = a / b * scale."""
        self.has(a, b, stated)
        if not close(stated, num(a) / num(b) * scale):
            self.err("quotient %s: %s / %s x %s != %s" % (what, a, b, scale, stated))

    def avg(self, items, stated, what=""):
        self.has(stated, *items)
        got = sum(num(i) for i in items) / len(items)
        if not close(stated, got):
            self.err("average %s: %s != %s" % (what, stated, got))

    # --- tables -----------------------------------------------------------------------------
    flattened = False   # one cell per line, rows separated by a blank line

    def row(self, label, cells):
        """cells appear in order after the last occurrence of label, within the same table row
        (the same line; for flattened tables, up to the blank line that ends the row)."""
        i = self.text.rfind(label)
        if i < 0:
            self.err("row label %r not found" % label)
            return
        pos = i + len(label)
        end = self.text.find("\n\n" if self.flattened else "\n", pos)
        end = len(self.text) if end < 0 else end
        segment = re.sub(r"<[^>]*>", "\t", self.text[pos:end]).replace("&nbsp;", "")
        tokens = [t.strip() for t in re.split(r"\t|\||\n| {2,}", segment) if t.strip()]
        k = 0
        for c in cells:
            while k < len(tokens) and tokens[k] != c:
                k += 1
            if k == len(tokens):
                self.err("row %r: cell %r not found in order among %s" % (label, c, tokens))
                return
            k += 1

    def execution(self, budget, spent, rate, weight, score):
        self.rate(spent, budget, rate, "execution")
        got = num(weight) * min(num(spent) / num(budget), D(1))
        got_rounded = num(weight) * min(num(rate) / 100, D(1))
        if not (close(score, got) or close(score, got_rounded)):
            self.err("execution score %s, expected %.4f" % (score, got))
        self.weights.append(num(weight))
        self.scores.append(num(score))
        self.levels.setdefault("预算执行", []).append(num(score))

    def ind(self, level1, name, direction, target, actual, weight, score, cells, band=None):
        """direction: gte / lte / eq / qual; target, actual: numbers as strings (or None)."""
        self.row(name, cells)
        w, s = num(weight), num(score)
        if direction == "qual":
            lo, hi = band
            ok = lo * w <= s <= hi * w
            expect = "band [%s, %s] of %s" % (lo, hi, w)
        else:
            t, a = num(target), num(actual)
            if direction == "gte":
                got = w * min(a / t, D(1))
            elif direction == "lte":
                got = w if a <= t else w * t / a
            else:
                got = w if a == t else w * min(a / t, D(1))
            ok = close(score, got)
            expect = "%.4f" % got
        if not ok or s > w or s < 0:
            self.err("indicator %s: score %s, expected %s" % (name, score, expect))
        self.weights.append(w)
        self.scores.append(s)
        self.levels.setdefault(level1, []).append(s)

    def totals(self, total, grade, grade_phrase, level_stated, weight_total="100"):
        if sum(self.weights) != num(weight_total):
            self.err("weights sum to %s, not %s" % (sum(self.weights), weight_total))
        got = sum(self.scores)
        if not close(total, got):
            self.err("scores sum to %s, total stated %s" % (got, total))
        self.has(total)
        for level, stated in level_stated.items():
            self.has(stated)
            got = sum(self.levels.get(level, []))
            if not close(stated, got):
                self.err("level %s: scores sum to %s, stated %s" % (level, got, stated))
        t = num(total)
        band = "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
        if band != grade:
            self.err("grade %s stated, band of %s is %s" % (grade, total, band))
        self.has(grade_phrase)


# ============================================================================================
def muchuan():
    d = Doc("muchuan-bamboo-2023")
    d.row("年度资金总额", ["400.00", "436.50", "413.27", "10", "94.68%", "9.47"])
    d.row("其中：财政资金", ["400.00", "436.50", "413.27", "94.68%"])
    d.sum("400.00万元", ["320.00万元", "80.00万元"], "年初 = 省级 + 县级")
    d.sum("436.50万元", ["400.00万元", "36.50万元"], "全年 = 年初 + 追加")
    d.sum("116.50万元", ["80.00万元", "36.50万元"], "县级")
    d.sum("436.50万元", ["320.00万元", "116.50万元"], "全年 = 省级 + 县级")
    d.sum("436.50万元", ["200.00万元", "145.50万元", "36.00万元", "55.00万元"], "sub-items")
    d.sum("413.27万元", ["200.00万元", "122.27万元", "36.00万元", "55.00万元"], "spent by sub-item")
    d.diff("436.50万元", "413.27万元", "23.23万元", "未执行")
    d.diff("145.50万元", "122.27万元", "23.23万元", "作业道尾款")
    d.rate("413.27万元", "436.50万元", "94.68%", "执行率 text")
    d.rate("122.27万元", "145.50万元", "84.03%", "支付率")
    d.prod("8,000亩", "250元", "200.00万元", D("0.0001"), "改造补助")
    d.prod("9.7公里", "15.00万元", "145.50万元", D(1), "作业道")
    d.sum("36.00万元", ["14.40万元", "21.60万元"], "培训+推广")
    d.prod("960人次", "150元", "14.40万元", D("0.0001"), "培训费")
    if not close("80", num("960") / 12):
        d.err("960/12 != 80")
    d.has("12期", "960人次", "平均每期80人次")
    d.quot("960", "1,000", "96.00%", D(100), "培训完成率")
    d.sum("55.00万元", ["13.50万元", "12.00万元", "11.50万元", "10.00万元", "8.00万元"], "设备补助")
    d.avg(["13.50", "12.00", "11.50", "10.00", "8.00"], "11.00", "每家")
    d.has("补助竹笋加工企业5家", "平均每家11.00万元")
    d.sum("8,000亩", ["1,800亩", "1,500亩", "1,400亩", "1,200亩", "1,100亩", "1,000亩"], "乡镇面积")
    d.quot("7,780", "8,000", "97.25%", D(100), "合格率")
    d.diff("8,000亩", "7,780亩", "220亩", "未合格面积")
    d.diff("286元", "241元", "45元", "增收对比")
    d.quot("286", "300", "95.33%", D(100), "增收完成")
    d.quot("234", "250", "93.60%", D(100), "满意度")
    d.execution("436.50", "413.27", "94.68%", "10", "9.47")
    P, B, S = "产出", "效益", "满意度"
    d.ind(P, "低效竹林改造面积", "gte", "8000", "8000", "8", "8.00", ["≥", "8000", "亩", "8000", "8", "8.00"])
    d.ind(P, "新建竹林作业道长度", "gte", "9.7", "9.7", "7", "7.00", ["9.7", "9.7", "7", "7.00"])
    d.ind(P, "竹农技术培训人次", "gte", "1000", "960", "5", "4.80", ["1000", "960", "5", "4.80"])
    d.ind(P, "改造验收合格率", "gte", "95", "97.25", "10", "10.00", ["95", "97.25", "10", "10.00"])
    d.ind(P, "项目完工时间", "qual", None, None, "10", "10.00", ["2023年11月30日前", "2023年11月28日", "10", "10.00"], (D(1), D(1)))
    d.ind(P, "作业道单位造价", "lte", "15.5", "15.00", "10", "10.00", ["≤", "15.5", "15.00", "10", "10.00"])
    d.ind(B, "项目区竹农亩均增收", "gte", "300", "286", "10", "9.53", ["300", "286", "10", "9.53"])
    d.ind(B, "带动竹农户数", "gte", "1200", "1356", "10", "10.00", ["1200", "1356", "10", "10.00"])
    d.ind(B, "竹林经营水平持续提升", "qual", None, None, "10", "10.00", ["达到", "10", "10.00"], (D("0.8"), D(1)))
    d.ind(S, "受益竹农满意度", "gte", "90", "93.60", "10", "10.00", ["90", "93.60", "10", "10.00"])
    d.row("总分", ["100", "98.80"])
    d.row("评价结论", ["优"])
    d.totals("98.80", "优", "总得分98.80分，评价等级为“优”", {"产出": "49.80", "效益": "29.53", "满意度": "10.00"})
    d.has("年度绩效指标共11项（含预算执行率），其中产出指标6项、效益指标3项、满意度指标1项")


def taoyuan():
    d = Doc("taoyuan-tbcontrol-2020")
    d.has("全年登记活动性肺结核患者308例")
    d.row("年度资金总额", ["113.35", "152.35", "147.62", "10", "96.90%", "9.69"])
    d.row("其中：当年财政拨款", ["101.00", "140.00", "135.27", "96.62%"])
    d.row("上年结转资金", ["12.35", "12.35", "12.35", "100.00%"])
    d.sum("152.35万元", ["140.00万元", "12.35万元"], "全年")
    d.sum("140.00万元", ["86.40万元", "32.60万元", "21.00万元"], "当年拨款 by level")
    d.sum("86.40万元", ["60.00万元", "26.40万元"], "中央")
    d.sum("32.60万元", ["20.00万元", "12.60万元"], "省级")
    d.sum("101.00", ["60.00万元", "20.00万元", "21.00万元"], "年初当年拨款")
    d.sum("113.35万元", ["101.00", "12.35万元"], "年初")
    d.sum("39.00万元", ["26.40万元", "12.60万元"], "追加")
    d.diff("152.35万元", "113.35万元", "39.00万元", "追加 = 全年 - 年初")
    d.sum("147.62万元", ["135.27万元", "12.35万元"], "支出")
    d.rate("147.62万元", "152.35万元", "96.90%", "执行率")
    d.rate("135.27万元", "140.00万元", "96.62%", "当年执行率")
    d.diff("152.35万元", "147.62万元", "4.73万元", "结转")
    d.sum("147.62万元", ["52.18万元", "18.48万元", "27.36万元", "12.32万元", "37.28万元"], "支出结构")
    d.has("结转至2021年")
    d.diff("3468人", "3102人", "366人", "检查人数增量")
    d.quot("366", "3102", "11.80%", D(100), "增长")
    d.quot("112", "136", "82.35%", D(100), "耐药筛查率")
    d.quot("82.35", "85", "96.9%", D(100), "耐药完成率")
    d.quot("112", "136", "96.9%", D(100) / D("0.85"), "耐药完成率 (raw)")
    d.quot("273", "294", "92.86%", D(100), "成功治疗率")
    d.quot("293", "308", "95.13%", D(100), "规范管理率")
    d.prod("308例", "600元", "18.48万元", D("0.0001"), "补助")
    d.quot("13468", "21480", "62.70%", D(100), "学校筛查")
    d.quot("62.70", "95", "66.00%", D(100), "学校筛查完成")
    if not close("35.81", D(308) / D("860000") * 100000):
        d.err("发病率 308/86.0万")
    d.has("86.0万人", "35.81/10万")
    d.quot("955", "1215", "78.60%", D(100), "密接筛查")
    d.quot("108", "125", "86.40%", D(100), "满意度")
    d.execution("152.35", "147.62", "96.90%", "10", "9.69")
    P, B, S = "产出", "效益", "满意度"
    d.ind(P, "可疑症状者检查人数", "gte", "3200", "3468", "10", "10.00", ["≥3200人", "3468人", "10", "10.00"])
    d.ind(P, "病原学阳性患者耐药筛查率", "gte", "85", "82.35", "10", "9.69", ["≥85%", "82.35%", "10", "9.69"])
    d.ind(P, "患者成功治疗率", "gte", "90", "92.86", "10", "10.00", ["≥90%", "92.86%", "10", "10.00"])
    d.ind(P, "学校新生入学筛查覆盖率", "gte", "95", "62.70", "10", "6.60", ["≥95%", "62.70%", "10", "6.60"])
    d.ind(P, "疫情报告及时率", "eq", "100", "100", "5", "5.00", ["100%", "100%", "5", "5.00"])
    d.ind(P, "患者交通营养补助标准", "eq", "600", "600", "5", "5.00", ["600元/例", "600元/例", "5", "5.00"])
    d.ind(B, "肺结核报告发病率", "lte", "45", "35.81", "10", "10.00", ["≤45/10万", "35.81/10万", "10", "10.00"])
    d.ind(B, "密切接触者筛查率", "gte", "95", "78.60", "10", "8.27", ["≥95%", "78.60%", "10", "8.27"])
    d.ind(B, "防治服务体系健全程度", "qual", None, None, "10", "6.00", ["部分达成", "10", "6.00"], (D("0.6"), D("0.8")))
    d.ind(S, "患者满意度", "gte", "90", "86.40", "10", "9.60", ["≥90%", "86.40%", "10", "9.60"])
    d.row("总分", ["100", "89.85"])
    d.totals("89.85", "良", "自评总分89.85分，评价等级为“良”", {"产出": "46.29", "效益": "24.27", "满意度": "9.60"})


def gucheng():
    d = Doc("gucheng-publicjobs-2019")
    d.row("<td>年度资金总额</td>", ["475.20", "604.00", "581.55", "10", "96.28%", "9.63"])
    d.row("<td>其中：当年财政拨款</td>", ["440.00", "568.80", "546.35", "96.05%"])
    d.row("<td>上年结转资金</td>", ["35.20", "35.20", "35.20", "100%"])
    d.sum("438个", ["216个", "96个", "78个", "48个"], "岗位")
    d.sum("438人", ["163人", "37人", "238人"], "人员")
    d.diff("438人", "402人", "36人", "比上年")
    d.quot("36", "402", "8.96%", D(100), "增长")
    d.sum("604.00万元", ["568.80万元", "35.20万元"], "全年")
    d.sum("568.80万元", ["412.80万元", "96.00万元", "60.00万元"], "当年 by level")
    d.sum("412.80万元", ["300.00万元", "112.80万元"], "中央")
    d.sum("96.00万元", ["80.00万元", "16.00万元"], "省级")
    d.sum("440.00", ["300.00万元", "80.00万元", "60.00万元"], "年初当年")
    d.sum("475.20万元", ["440.00", "35.20万元"], "年初")
    d.sum("128.80万元", ["112.80万元", "16.00万元"], "追加")
    d.diff("604.00万元", "475.20万元", "128.80万元", "追加 = 全年 - 年初")
    d.sum("581.55万元", ["483.60万元", "97.95万元"], "补贴构成")
    d.prod("4836人月", "1000元", "483.60万元", D("0.0001"), "岗位补贴")
    d.sum("581.55万元", ["546.35万元", "35.20万元"], "支出来源")
    d.rate("581.55万元", "604.00万元", "96.28%", "执行率")
    d.rate("546.35万元", "568.80万元", "96.05%", "当年执行率")
    d.diff("604.00万元", "581.55万元", "22.45万元", "结余")
    d.has("结转2020年")
    d.quot("581.55", "438人", "13277.40元", D(10000), "人均")
    d.quot("425", "438", "97.03%", D(100), "考勤")
    d.quot("11", "12", "91.67%", D(100), "及时率")
    d.quot("191", "200", "95.50%", D(100), "岗位人员满意度")
    d.quot("30", "34", "88.24%", D(100), "用人单位满意度")
    d.execution("604.00", "581.55", "96.28%", "10", "9.63")
    P, B, S = "产出", "效益", "满意度"
    d.ind(P, "开发公益性岗位数", "gte", "400", "438", "10", "10.00", ["≥400个", "438个", "10", "10.00"])
    d.ind(P, "安置就业困难人员数", "gte", "400", "438", "10", "10.00", ["≥400人", "438人", "10", "10.00"])
    d.ind(P, "补贴发放准确率", "eq", "100", "100", "10", "10.00", ["100%", "100%", "10", "10.00"])
    d.ind(P, "在岗人员考勤合格率", "gte", "95", "97.03", "5", "5.00", ["≥95%", "97.03%", "5", "5.00"])
    d.ind(P, "补贴按月发放及时率", "gte", "95", "91.67", "5", "4.82", ["≥95%", "91.67%", "5", "4.82"])
    d.ind(P, "<td>岗位补贴标准</td>", "eq", "1000", "1000", "10", "10.00", ["1000元/人·月", "1000元/人·月", "10", "10.00"])
    d.ind(B, "零就业家庭动态清零率", "eq", "100", "100", "10", "10.00", ["100%", "100%", "10", "10.00"])
    d.ind(B, "安置建档立卡贫困劳动力", "gte", "150", "163", "10", "10.00", ["≥150人", "163人", "10", "10.00"])
    d.ind(B, "公益性岗位退出机制", "qual", None, None, "10", "9.00", ["基本健全", "10", "9.00"], (D("0.8"), D(1)))
    d.ind(S, "岗位人员满意度", "gte", "90", "95.50", "5", "5.00", ["≥90%", "95.50%", "5", "5.00"])
    d.ind(S, "用人单位满意度", "gte", "90", "88.24", "5", "4.90", ["≥90%", "88.24%", "5", "4.90"])
    d.row("总分", ["100", "98.35"])
    d.totals("98.35", "优", "自评得分98.35分，等级为“优”", {"产出": "49.82", "效益": "29.00", "满意度": "9.90"})


def lianzhou():
    d = Doc("lianzhou-ruralteacher-2021")
    d.has("人均年补助5661.74元")
    d.row("<td>年度资金总额</td>", ["1080.00", "1200.00", "1181.04", "10", "98.42%", "9.84"])
    d.row("<td>其中：当年财政拨款</td>", ["1080.00", "1200.00", "1181.04", "98.42%"])
    d.sum("96所", ["52所", "31个", "13所"], "学校")
    d.sum("2086人", ["412人", "968人", "706人"], "教师")
    d.quot("2086人", "96所", "平均每所学校（含教学点）21.73人", D(1), "每校教师")
    d.sum("1080.00万元", ["720.00万元", "360.00万元"], "年初")
    d.sum("1200.00万元", ["1080.00万元", "120.00万元"], "全年")
    d.sum("840.00万元", ["720.00万元", "120.00万元"], "省级")
    d.sum("1200.00万元", ["840.00万元", "360.00万元"], "全年 by level")
    d.rate("1200.00万元", "1200.00万元", "100%", "到位率")
    d.has("资金到位率100%")
    d.rate("1181.04万元", "1200.00万元", "98.42%", "执行率")
    d.diff("1200.00万元", "1181.04万元", "18.96万元", "结余")
    for n, std, amt in (("412", "700", "346.08万元"), ("968", "500", "580.80万元"), ("706", "300", "254.16万元")):
        if not close(amt, num(n) * num(std) * 12 / 10000):
            d.err("tier %s x %s x 12 != %s" % (n, std, amt))
        d.has(amt, "每人每月" + std + "元")
    d.sum("1181.04万元", ["346.08万元", "580.80万元", "254.16万元"], "分档支出")
    d.quot("1181.04", "2086人", "5661.74元", D(10000), "人均")
    d.quot("1000份", "1050份", "95.24%", D(100), "有效率")
    d.quot("50人", "2086", "2.40%", D(100), "流失率")
    d.diff("3.65%", "2.40%", "1.25个百分点", "流失率下降")
    d.quot("145名", "160名", "90.63%", D(100), "到岗率")
    d.diff("160名", "145名", "15名", "放弃入职")
    d.quot("963份", "1000份", "96.30%", D(100), "满意度")
    d.has("2086名乡村教师", "96.38分（四舍五入为96分）")
    if not close("96", D("96.38")):
        d.err("rounded total")
    d.execution("1200.00", "1181.04", "98.42%", "10", "9.84")
    P, B, S = "产出", "效益", "满意度"
    d.ind(P, "受补助乡村教师人数", "gte", "2050", "2086", "15", "15.00", ["≥2050人", "2086人", "15", "15.00"])
    d.ind(P, "覆盖乡村学校（含教学点）数", "gte", "96", "96", "10", "10.00", ["≥96所", "96所", "10", "10.00"])
    d.ind(P, "补助发放准确率", "eq", "100", "100", "10", "10.00", ["100%", "100%", "10", "10.00"])
    d.ind(P, "补助按时发放率", "gte", "95", "100", "5", "5.00", ["≥95%", "100%", "5", "5.00"])
    d.ind(P, "人均年补助额", "lte", "6000", "5661.74", "10", "10.00", ["≤6000元", "5661.74元", "10", "10.00"])
    d.ind(B, "乡村教师流失率", "lte", "3", "2.40", "10", "10.00", ["≤3%", "2.40%", "10", "10.00"])
    d.ind(B, "新补充教师到岗率", "gte", "95", "90.63", "10", "9.54", ["≥95%", "90.63%", "10", "9.54"])
    d.ind(B, "乡村教师队伍稳定性", "qual", None, None, "10", "7.00", ["部分达成", "10", "7.00"], (D("0.6"), D("0.8")))
    d.ind(S, "受助教师满意度", "gte", "90", "96.30", "10", "10.00", ["≥90%", "96.30%", "10", "10.00"])
    d.row("总分", ["100", "96.38"])
    d.totals("96.38", "优", "自评等级为“优”", {})


def jingning():
    d = Doc("jingning-pondrepair-2024")
    d.row("| 年度资金总额 |", ["572.50", "652.50", "603.20", "10", "92.44%", "9.24"])
    d.row("| 其中：当年财政拨款 |", ["480.00", "560.00", "510.70", "91.20%"])
    d.row("| 上年结转资金 |", ["62.50", "62.50", "62.50", "100.00%"])
    d.row("| 其他资金 |", ["30.00", "30.00", "30.00", "100.00%"])
    d.sum("28座", ["11座", "17座"], "山塘")
    d.sum("652.50万元", ["560.00万元", "62.50万元", "30.00万元"], "全年")
    d.sum("560.00万元", ["420.00万元", "140.00万元"], "当年 by level")
    d.sum("420.00万元", ["340.00万元", "80.00万元"], "省级")
    d.prod("28座", "15万元", "420.00万元", D(1), "省补标准")
    if not close("30.00", 6 * D("5.00")):
        d.err("6 x 5.00")
    d.has("6个受益村村集体自筹，每村5.00万元")
    d.sum("480.00", ["340.00万元", "140.00万元"], "年初当年")
    d.sum("572.50万元", ["480.00", "62.50万元", "30.00万元"], "年初")
    d.diff("652.50万元", "572.50万元", "80.00万元", "追加")
    d.sum("603.20万元", ["510.70", "62.50万元", "30.00万元"], "支出")
    d.rate("603.20万元", "652.50万元", "92.44%", "执行率")
    d.rate("510.70万元", "560.00万元", "91.20%", "当年执行率")
    d.diff("652.50万元", "603.20万元", "49.30万元", "未支出")
    d.diff("560.00万元", "510.70万元", "49.30万元", "当年未支出")
    d.has("结转至2025年", "截至2024年12月31日")
    d.sum("26座", ["11座", "15座"], "完成")
    d.quot("26", "28", "92.86%", D(100), "完成率")
    d.quot("24", "28", "85.71%", D(100), "汛前完工率")
    d.quot("2760", "3000", "92.00%", D(100), "灌溉完成率")
    d.quot("473", "500", "94.60%", D(100), "满意度")
    d.execution("652.50", "603.20", "92.44%", "10", "9.24")
    P, B, S = "产出", "效益", "满意度"
    d.ind(P, "山塘综合整治座数", "gte", "28", "26", "15", "13.93", ["≥28座", "26座", "15", "13.93"])
    d.ind(P, "屋顶山塘整治座数", "gte", "11", "11", "10", "10.00", ["≥11座", "11座", "10", "10.00"])
    d.ind(P, "工程验收合格率", "eq", "100", "100", "10", "10.00", ["100%", "100%", "10", "10.00"])
    d.ind(P, "主汛期前主体完工率", "gte", "80", "85.71", "5", "5.00", ["≥80%", "85.71%", "5", "5.00"])
    d.ind(P, "单座省级补助标准", "eq", "15", "15", "10", "10.00", ["15万元/座", "15万元/座", "10", "10.00"])
    d.ind(B, "| 受益人口 |", "gte", "1.2", "1.35", "10", "10.00", ["≥1.2万人", "1.35万人", "10", "10.00"])
    d.ind(B, "恢复改善灌溉面积 |", "gte", "3000", "2760", "10", "9.20", ["≥3000亩", "2760亩", "10", "9.20"])
    d.ind(B, "山塘物业化管护覆盖率", "eq", "100", "100", "10", "10.00", ["100%", "100%", "10", "10.00"])
    d.ind(S, "受益群众满意度 |", "gte", "90", "94.60", "10", "10.00", ["≥90%", "94.60%", "10", "10.00"])
    d.row("| 总分 |", ["100", "97.37"])
    d.totals("97.37", "优", "自评得分97.37分，评价等级为“优”", {"产出": "48.93", "效益": "29.20", "满意度": "10.00"})


def qiongzhong():
    d = Doc("qiongzhong-rubberinsurance-2018")
    d.row("年度资金总额", ["720.00", "900.00", "756.00", "10", "84.00%", "8.40"])
    d.row("其中：当年财政拨款", ["720.00", "720.00", "604.80", "84.00%"])
    d.row("其他资金\t", ["0.00", "180.00", "151.20", "84.00%"])
    if not (close("60", D(48) + D(12)) and close("48", D("38.40") + D("9.60"))):
        d.err("premium split")
    d.has("保险费每亩60元，其中财政补贴每亩48元（省级38.40元、县级9.60元），上海期货交易所试点项目支持每亩12元")
    d.sum("720.00万元", ["576.00万元", "144.00万元"], "年初 by level")
    d.prod("15万亩", "48元", "720.00万元", D(1), "预算测算")
    d.sum("900.00万元", ["720.00万元", "180.00万元"], "全年")
    d.prod("12.6万亩", "60元", "756.00万元", D(1), "保费")
    d.sum("756.00万元", ["604.80万元", "151.20万元"], "支出")
    d.sum("604.80万元", ["483.84万元", "120.96万元"], "财政支出 by level")
    d.prod("12.6万亩", "38.40元", "483.84万元", D(1), "省级")
    d.prod("12.6万亩", "9.60元", "120.96万元", D(1), "县级")
    d.prod("12.6万亩", "12元", "151.20万元", D(1), "期货支持")
    d.rate("756.00万元", "900.00万元", "84.00%", "执行率")
    d.has("预算执行率84.00%", "财政资金执行率84.00%")
    d.rate("604.80万元", "720.00万元", "84.00%", "财政执行率")
    d.diff("900.00万元", "756.00万元", "144.00万元", "未支出")
    d.sum("144.00万元", ["115.20万元", "28.80万元"], "未支出构成")
    d.diff("720.00万元", "604.80万元", "115.20万元", "财政未支出")
    d.diff("180.00万元", "151.20万元", "28.80万元", "试点未支出")
    d.quot("12.6", "15", "84.00%", D(100), "面积完成")
    d.quot("7245户", "9000户", "80.50%", D(100), "户数完成")
    d.quot("12.6", "7245户", "17.39亩", D(10000), "户均面积")
    if not close("1180", D(13000) - D(11820)) or not close("118", D(1180) * D("0.1")):
        d.err("price gap / 118元")
    d.has("每吨13000元", "每吨11820元", "低于目标价格1180元", "约定亩产干胶100公斤", "亩均赔付118元")
    d.prod("12.6万亩", "118元", "1486.80万元", D(1), "理赔")
    d.quot("1486.80", "7245户", "2052.17元", D(10000), "户均获赔")
    d.quot("1486.80", "756.00万元", "196.67%", D(100), "赔付率")
    if not close("75.00", D(3) / 4 * 100):
        d.err("3/4")
    d.has("分4批拨付", "其中3批", "拨付及时率75.00%")
    d.quot("330户", "400户", "82.50%", D(100), "满意度")
    d.execution("900.00", "756.00", "84.00%", "10", "8.40")
    P, B, S = "产出", "效益", "满意度"
    d.ind(P, "投保橡胶面积", "gte", "15", "12.6", "15", "12.60", ["≥15万亩", "12.6万亩", "15", "12.60"])
    d.ind(P, "参保胶农户数", "gte", "9000", "7245", "10", "8.05", ["≥9000户", "7245户", "10", "8.05"])
    d.ind(P, "理赔款兑付到户率", "eq", "100", "100", "10", "10.00", ["100%", "100%", "10", "10.00"])
    d.ind(P, "保费补贴拨付及时率", "gte", "95", "75.00", "5", "3.95", ["≥95%", "75.00%", "5", "3.95"])
    d.ind(P, "每亩财政补贴标准", "eq", "48", "48", "10", "10.00", ["48元", "48元", "10", "10.00"])
    d.ind(B, "亩均理赔金额", "gte", "100", "118", "10", "10.00", ["≥100元", "118元", "10", "10.00"])
    d.ind(B, "投保胶园开割率", "gte", "80", "61.20", "10", "7.65", ["≥80%", "61.20%", "10", "7.65"])
    d.ind(B, "模式可持续性", "qual", None, None, "10", "6.00", ["部分达成", "10", "6.00"], (D("0.6"), D("0.8")))
    d.ind(S, "参保胶农满意度", "gte", "90", "82.50", "10", "9.17", ["≥90%", "82.50%", "10", "9.17"])
    d.row("总分", ["100", "85.82"])
    d.has("综合评价等级：良")
    d.totals("85.82", "良", "总分85.82分，综合评价等级：良", {"产出": "44.60", "效益": "23.65", "满意度": "9.17"})


def wushan():
    d = Doc("wushan-coldchain-2022")
    d.has("452.80万元，预算执行率56.60%")
    d.row("<td>年度资金总额</td>", ["450.00", "800.00", "452.80", "10", "56.60%", "5.66"])
    d.row("<td>其中：当年财政拨款</td>", ["450.00", "800.00", "452.80", "56.60%"])
    d.sum("800.00万元", ["600.00万元", "150.00万元", "50.00万元"], "全年 by level")
    d.sum("600.00万元", ["400.00万元", "200.00万元"], "中央")
    d.sum("450.00万元", ["400.00万元", "50.00万元"], "年初")
    d.sum("350.00万元", ["200.00万元", "150.00万元"], "追加")
    d.diff("800.00万元", "450.00万元", "350.00万元", "追加 = 全年 - 年初")
    d.rate("452.80万元", "800.00万元", "56.60%", "执行率")
    d.diff("800.00万元", "452.80万元", "347.20万元", "结转")
    d.sum("452.80万元", ["424.80万元", "28.00万元"], "支出构成")
    d.prod("7080吨", "600元", "424.80万元", D("0.0001"), "设施补助")
    d.prod("7辆", "4.00万元", "28.00万元", D(1), "车辆补助")
    d.sum("24个", ["8个", "5个", "4个", "4个", "3个"], "设施 by town")
    d.sum("7080吨", ["2400吨", "1500吨", "1260吨", "1140吨", "780吨"], "库容 by town")
    d.quot("7080", "24", "295吨", D(1), "平均库容")
    d.quot("424.80", "24", "17.70万元", D(1), "平均补助")
    d.quot("24", "40", "60.00%", D(100), "设施完成")
    d.quot("7080", "12000", "59.00%", D(100), "库容完成")
    d.quot("7辆", "10", "70.00%", D(100), "车辆完成")
    d.sum("21家", ["13家", "6家", "2家"], "主体")
    d.sum("1521.20万元", ["452.80万元", "1068.40万元"], "总投资")
    d.quot("452.80", "1521.20", "29.77%", D(100), "财政占比")
    d.diff("18.0%", "14.5%", "3.5个百分点", "损耗率下降")
    d.quot("2130户", "3000", "71.00%", D(100), "带动农户")
    d.quot("132份", "150份", "88.00%", D(100), "满意度")
    d.has("已结转至2023年", "截至2022年12月31日")
    d.execution("800.00", "452.80", "56.60%", "10", "5.66")
    P, B, S = "产出", "效益", "满意度"
    d.ind(P, "新建改扩建产地冷藏保鲜设施", "gte", "40", "24", "10", "6.00", ["≥40个", "24个", "10", "6.00"])
    d.ind(P, "新增冷藏库容", "gte", "12000", "7080", "10", "5.90", ["≥12000吨", "7080吨", "10", "5.90"])
    d.ind(P, "补助冷链运输车辆", "gte", "10", "7", "5", "3.50", ["≥10辆", "7辆", "5", "3.50"])
    d.ind(P, "设施验收合格率", "eq", "100", "100", "10", "10.00", ["100%", "100%", "10", "10.00"])
    d.ind(P, "验收后补助资金拨付时限", "lte", "30", "26", "5", "5.00", ["≤30天", "26天", "5", "5.00"])
    d.ind(P, "每吨库容补助标准", "lte", "600", "600", "10", "10.00", ["≤600元", "600元", "10", "10.00"])
    d.ind(B, "产地果品损耗率下降", "gte", "5", "3.5", "10", "7.00", ["≥5个百分点", "3.5个百分点", "10", "7.00"])
    d.ind(B, "<td>带动农户数</td>", "gte", "3000", "2130", "10", "7.10", ["≥3000户", "2130户", "10", "7.10"])
    d.ind(B, "冷链设施长效运营机制", "qual", None, None, "10", "6.00", ["部分建立", "10", "6.00"], (D("0.6"), D("0.8")))
    d.ind(S, "受益主体满意度", "gte", "90", "88.00", "10", "9.78", ["≥90%", "88.00%", "10", "9.78"])
    d.row("总分", ["100", "75.94"])
    d.totals("75.94", "中", "自评总分75.94分，评价等级为“中”", {"产出": "40.40", "效益": "20.10", "满意度": "9.78"})


def huzhu():
    d = Doc("huzhu-highlandbarley-2025")
    d.flattened = True
    d.has("示范推广面积5320亩", "311.04万元，预算执行率97.63%")
    d.row("\t年度资金总额", ["278.60", "318.60", "311.04", "10", "97.63%", "9.76"])
    d.row("\t其中：当年财政拨款", ["200.00", "240.00", "232.44", "96.85%"])
    d.row("\t上年结转资金", ["18.60", "18.60", "18.60", "100%"])
    d.row("\t其他资金", ["60.00", "60.00", "60.00", "100%"])
    d.sum("318.60万元", ["240.00万元", "18.60万元", "60.00万元"], "全年")
    d.sum("240.00万元", ["200.00万元", "40.00万元"], "当年 by level")
    d.sum("200.00万元", ["160.00万元", "40.00万元"], "省级")
    d.sum("278.60万元", ["160.00万元", "40.00万元", "18.60万元", "60.00万元"], "年初")
    if not close("60.00", 3 * D("20.00")):
        d.err("3 x 20.00")
    d.has("3家种植合作社自筹，每家20.00万元")
    d.sum("311.04万元", ["232.44万元", "18.60万元", "60.00万元"], "支出")
    d.rate("311.04万元", "318.60万元", "97.63%", "执行率")
    d.rate("232.44万元", "240.00万元", "96.85%", "当年执行率")
    d.diff("318.60万元", "311.04万元", "7.56万元", "结转")
    d.diff("240.00万元", "232.44万元", "7.56万元", "当年结转")
    d.has("结转至2026年", "截至2025年12月31日")
    d.sum("311.04万元", ["146.68万元", "42.56万元", "32.40万元", "59.40万元", "30.00万元"], "支出构成")
    d.prod("386吨", "3800元", "146.68万元", D("0.0001"), "良种收购")
    d.prod("5320亩", "80元", "42.56万元", D("0.0001"), "良种补贴")
    d.prod("1620人次", "200元", "32.40万元", D("0.0001"), "培训")
    d.quot("386", "400", "96.50%", D(100), "繁育完成")
    if not close("90", D(1620) / 18):
        d.err("1620/18")
    d.has("举办技术培训18期", "平均每期90人次")
    d.diff("279公斤", "250公斤", "29公斤", "增产")
    d.quot("29", "250", "11.60%", D(100), "亩产提高")
    d.prod("29公斤", "4.50元", "130.50元", D(1), "增收")
    d.quot("238份", "250份", "95.20%", D(100), "满意度")
    d.execution("318.60", "311.04", "97.63%", "10", "9.76")
    P, B, S = "产出", "效益", "满意度"
    d.ind(P, "青稞新品种示范推广面积", "gte", "5000", "5320", "10", "10.00", ["≥5000亩", "5320亩", "10", "10.00"])
    d.ind(P, "良种繁育量", "gte", "400", "386", "10", "9.65", ["≥400吨", "386吨", "10", "9.65"])
    d.ind(P, "农牧民技术培训", "gte", "1500", "1620", "5", "5.00", ["≥1500人次", "1620人次", "5", "5.00"])
    d.ind(P, "良种发芽率", "gte", "90", "93.80", "10", "10.00", ["≥90%", "93.80%", "10", "10.00"])
    d.ind(P, "春播完成时间", "qual", None, None, "5", "5.00", ["2025年5月10日前", "2025年5月6日", "5", "5.00"], (D(1), D(1)))
    d.ind(P, "示范区良种补贴标准", "eq", "80", "80", "10", "10.00", ["80元/亩", "80元/亩", "10", "10.00"])
    d.ind(B, "示范区青稞亩产提高", "gte", "10", "11.60", "10", "10.00", ["≥10%", "11.60%", "10", "10.00"])
    d.ind(B, "示范户亩均增收", "gte", "120", "130.50", "10", "10.00", ["≥120元", "130.50元", "10", "10.00"])
    d.ind(B, "县级青稞良种繁育体系", "qual", None, None, "10", "9.00", ["基本建立", "10", "9.00"], (D("0.8"), D(1)))
    d.ind(S, "\t示范户满意度", "gte", "90", "95.20", "10", "10.00", ["≥90%", "95.20%", "10", "10.00"])
    d.row("\t总分", ["100", "98.41"])
    d.totals("98.41", "优", "自评总分98.41分，等级为“优”", {"产出": "49.65", "效益": "29.00", "满意度": "10.00"})


# ============================================================================================
def check_labels():
    path = os.path.join(HERE, "labels.jsonl")
    with open(path, encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    codes = {}
    projects = set()
    for lab in labels:
        name = lab["case"]
        if not os.path.exists(os.path.join(CASES, name)):
            fail("%s: case file missing" % name)
            continue
        text = read(name)
        clean = read(lab["source"] + "-clean.txt")
        projects.add(lab["source"])
        if lab["clean"]:
            if lab["expected"] or text != clean:
                fail("%s: clean label wrong" % name)
            continue
        if len(lab["expected"]) != 1:
            fail("%s: expected exactly one finding" % name)
        for exp in lab["expected"]:
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
            v = exp["value"]
            if exp["severity"] != "error":
                fail("%s: severity %s" % (name, exp["severity"]))
            if text.count(v) != 1:
                fail("%s: value %r occurs %d times" % (name, v, text.count(v)))
            if v in clean:
                fail("%s: value %r occurs in the clean draft" % (name, v))
            check_edit(name, clean, text, exp["code"])
    return labels, codes, projects


def line_diff(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return a[p:len(a) - s], b[p:len(b) - s]


def check_edit(name, clean, text, code):
    old, new = line_diff(clean, text)
    if not old and not new:
        fail("%s: identical to clean" % name)
        return
    if "\n" not in old and "\n" not in new:
        if max(len(old), len(new)) > 16:
            fail("%s: edit of %d characters" % (name, max(len(old), len(new))))
        return
    # edit over several lines: compare line by line
    cl, tl = clean.split("\n"), text.split("\n")
    if len(cl) != len(tl):
        fail("%s: line count changed" % name)
        return
    changed = [i for i in range(len(cl)) if cl[i] != tl[i]]
    if code not in SCORE_ROW_CODES or len(changed) > 2 or (len(changed) == 2 and changed[1] - changed[0] != 1):
        fail("%s: edit spans lines %s" % (name, changed))
        return
    for i in changed:
        o, n = line_diff(cl[i], tl[i])
        if max(len(o), len(n)) > 16:
            fail("%s: edit of %d characters on line %d" % (name, max(len(o), len(n)), i + 1))


PROJECT_CHECKS = {
    "muchuan-bamboo-2023": muchuan, "taoyuan-tbcontrol-2020": taoyuan,
    "gucheng-publicjobs-2019": gucheng, "lianzhou-ruralteacher-2021": lianzhou,
    "jingning-pondrepair-2024": jingning, "qiongzhong-rubberinsurance-2018": qiongzhong,
    "wushan-coldchain-2022": wushan, "huzhu-highlandbarley-2025": huzhu,
}


def self_test(labels):
    """The arithmetic checks must be live: each error case must break at least one of them."""
    global FAIL
    kept = FAIL
    for lab in labels:
        if lab["clean"]:
            continue
        FAIL = []
        OVERRIDE[lab["source"]] = lab["case"]
        PROJECT_CHECKS[lab["source"]]()
        OVERRIDE.clear()
        if not FAIL:
            kept.append("%s: self-test, no arithmetic check notices the injected error" % lab["case"])
        elif "-v" in sys.argv:
            print(lab["case"], "|", FAIL[0])
    FAIL = kept


def main():
    for fn in PROJECT_CHECKS.values():
        fn()
    labels, codes, projects = check_labels()
    self_test(labels)
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                "completion_mismatch"]
    for c in required:
        if codes.get(c, 0) < 2:
            fail("code %s used %d times (< 2)" % (c, codes.get(c, 0)))
    for pid in projects:
        n = len(read(pid + "-clean.txt"))
        if not 2500 <= n <= 6000:
            fail("%s: clean draft has %d characters" % (pid, n))
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        sys.exit(1)
    print("cases=%d projects=%d codes=%s" % (len(labels), len(projects),
                                             ", ".join("%s:%d" % kv for kv in sorted(codes.items()))))
    print("OK")


if __name__ == "__main__":
    main()
