#!/usr/bin/env python3
"""Check the set: labels, edits, and the arithmetic of every clean draft.

1. labels.jsonl: one clean row (expected []) and error rows with exactly one expected error per case;
   codes from errors.md section A; each value occurs exactly once in its case and never in the clean draft.
2. Edits: the case differs from its clean draft in one contiguous region of at most 16 characters
   (on each side); a region crossing a line break is only allowed for score-table edits; the value
   covers the changed region.
3. Arithmetic of each clean draft (rules.md sections 5-8): rates, balances, sums, averages, per-unit
   products, weights to 100, row scores <= weights, scores to the total, execution score, grade band.
   Every figure used must be written in the clean draft as a standalone number, and each check's
   anchor phrase must occur in the draft, so the checks are tied to the text.
4. Code coverage: every numeric code of errors.md section A except figure_mismatch is used at least
   twice, in at least two projects.

Pure Python 3.  Usage:  python3 verify.py   (prints OK or the list of problems)
"""
import json
import os
import re
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"}
ROW_CODES = {"score_sum_mismatch", "score_exceeds_weight", "weight_sum_mismatch"}
MAX_EDIT = 16
WINDOW = 200

problems = []


def fail(msg):
    problems.append(msg)


def D(s):
    return Decimal(str(s))


def decimals(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return Decimal(5) / (Decimal(10) ** (decimals(s) + 1)) + Decimal("1e-9")


def close(computed, stated):
    return abs(D(computed) - D(stated)) <= tol(stated)


class Draft:
    def __init__(self, pid):
        self.pid = pid
        with open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8") as fh:
            self.text = fh.read()
        self.n = 0
        self.windows = None
        self.anchor = None

    # every figure must appear in the draft as a standalone number
    def num(self, s, local=True):
        """A figure as written. Local figures must stand within WINDOW chars of the check's anchor;
        ("g", "12.34") is a written figure looked up anywhere; ("x", value) is derived, not written."""
        if isinstance(s, tuple):
            if s[0] == "g":
                return self.num(s[1], local=False)
            return D(s[1])
        if isinstance(s, Decimal):
            return s
        s = str(s)
        pat = re.compile(r"(?<![\d.])" + re.escape(s) + r"(?![\d]|\.\d)")
        if self.windows is None or not local:
            found = pat.search(self.text)
        else:  # the figure must stand near the check's anchor phrase
            found = any(pat.search(self.text, a, b) for a, b in self.windows)
        if not found:
            where = "" if (self.windows is None or not local) else f" near {self.anchor!r}"
            fail(f"{self.pid}: figure {s} not found in the clean draft{where}")
        return D(s)

    def phrase(self, p):
        """Anchor phrase of a check: must occur; the check's figures must stand within WINDOW chars of it."""
        self.anchor = p
        self.windows = []
        i = self.text.find(p)
        while i >= 0:
            self.windows.append((max(0, i - WINDOW), i + len(p) + WINDOW))
            i = self.text.find(p, i + 1)
        if not self.windows:
            fail(f"{self.pid}: phrase {p!r} not found in the clean draft")

    def anywhere(self):
        self.windows = None

    def rows(self, rows, sep="｜"):
        """Table rows (label, weight, score) must be printed exactly so in the draft."""
        for label, w, s in rows:
            r = f"\n{label}{sep}{w}{sep}{s}\n"
            if r not in self.text:
                fail(f"{self.pid}: table row {r.strip()!r} not found")

    def same(self, pattern, value):
        """Every match of pattern (group 1) states the same figure."""
        vals = re.findall(pattern, self.text)
        if not vals:
            fail(f"{self.pid}: pattern {pattern!r} not found")
        self._ok(all(v == value for v in vals), f"{pattern!r} gives {vals}, want all {value}")

    def _ok(self, cond, what):
        self.n += 1
        if not cond:
            fail(f"{self.pid}: {what}")

    def sum(self, anchor, total, parts):
        self.phrase(anchor)
        self.num(total)
        tstr = total[1] if isinstance(total, tuple) else total
        s = sum(self.num(p) for p in parts)
        self._ok(close(s, tstr), f"sum {'+'.join(map(str, parts))} = {s} != {tstr}")

    def rate(self, anchor, stated, num, den):
        """stated percentage = num / den * 100"""
        self.phrase(anchor)
        c = self.num(num, False) / self.num(den, False) * 100
        self.num(stated)
        self._ok(close(c, stated), f"rate {num}/{den} = {c:.4f}% != {stated}%")

    def diff(self, anchor, result, a, b):
        self.phrase(anchor)
        c = self.num(a, False) - self.num(b, False)
        result = self.num(result) if isinstance(result, tuple) else (self.num(result), result)[1]
        self._ok(close(c, result), f"difference {a}-{b} = {c} != {result}")

    def prod(self, anchor, result, factors, scale=1, show=True):
        """result = product(factors) / scale; factors not shown in the text are given as ('x', value)"""
        self.phrase(anchor)
        c = D(1)
        for f in factors:
            c *= D(f[1]) if isinstance(f, tuple) else self.num(f, False)
        c /= D(scale)
        self.num(result)
        self._ok(close(c, result), f"product {factors}/{scale} = {c} != {result}")

    def avg(self, anchor, stated, items):
        self.phrase(anchor)
        c = sum(self.num(i) for i in items) / len(items)
        self.num(stated)
        self._ok(close(c, stated), f"average of {items} = {c} != {stated}")

    def quot(self, anchor, stated, num, den, scale=1):
        """per-unit value: stated = num * scale / den"""
        self.phrase(anchor)
        c = self.num(num, False) * D(scale) / self.num(den, False)
        self.num(stated)
        self._ok(close(c, stated), f"quotient {num}*{scale}/{den} = {c} != {stated}")

    def exec_score(self, score, weight, num, den):
        self.anywhere()
        c = D(weight) * min(self.num(num) / self.num(den), D(1))
        self.num(score)
        self._ok(close(c, score), f"execution score {weight} x {num}/{den} = {c} != {score}")

    def score_rule_gte(self, score, weight, actual, target):
        c = D(weight) * min(D(actual) / D(target), D(1))
        self._ok(close(c, score), f"gte score {weight} x {actual}/{target} = {c} != {score}")

    def scores(self, rows, total, grade, max_total=100):
        """rows: list of (label, weight, score) as written; total and grade as written"""
        self.anywhere()
        wsum = sum(D(w) for _, w, _ in rows)
        self._ok(wsum == D(max_total), f"weights sum to {wsum}, not {max_total}")
        for label, w, s in rows:
            self._ok(D(0) <= D(s) <= D(w), f"row {label}: score {s} outside [0, {w}]")
            self.num(s)
        ssum = sum(D(s) for _, _, s in rows)
        self.num(total)
        self._ok(close(ssum, total), f"scores sum to {ssum}, stated total {total}")
        t = D(total)
        band = "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
        self._ok(grade.startswith(band), f"grade {grade} but total {total} is in band {band}")
        self.phrase(grade)


def check_jingxian():
    d = Draft("jingxian-publicforest-2018")
    d.sum("分三批下达，共计1056.70万元", "1056.70", ["646.00", "410.70"])
    d.sum("第一批", "646.00", ["520.00", "126.00"])
    d.sum("国家级公益林41.26万亩", "41.26", ["38.90", "2.36"])
    d.sum("共计68.64万亩", "68.64", ["41.26", "27.38"])
    d.sum("由2017年的24.42万亩增加到27.38万亩", "27.38", ["24.42", "2.96"])
    d.sum("其中管护补助支出15.75元、公共管护支出0.25元", "16", ["15.75", "0.25"])
    d.sum("其中管护补助支出14.75元、公共管护支出0.25元", "15", ["14.75", "0.25"])
    d.prod("集体和个人所有国家级公益林补偿622.40万元", "622.40", ["38.90", "16"])
    d.prod("国有国家级公益林补偿23.60万元", "23.60", ["2.36", "10"])
    d.prod("省级资金410.70万元全部为省级公益林补偿", "410.70", ["27.38", "15"])
    d.sum("中央资金中集体和个人所有国家级公益林补偿622.40万元", ("g", "646.00"), ["622.40", "23.60"])
    d.sum("全部资金中", "1056.70", ["1016.53", "16.57", "23.60"])
    # 1016.53 = 38.90*15.75 + 27.38*14.75 ; 16.57 = (38.90 + 27.38)*0.25
    d.prod("管护补助支出1016.53万元", "1016.53", [("x", D("38.90") * D("15.75") + D("27.38") * D("14.75"))])
    d.prod("公共管护支出16.57万元", "16.57", [("x", (D("38.90") + D("27.38")) * D("0.25"))])
    d.diff("增加44.40万元", "44.40", "1056.70", "1012.30")
    d.prod("增加部分全部为新增省级公益林的补偿资金", "44.40", ["2.96", "15"])
    d.rate("同比增长4.39%", "4.39", "44.40", "1012.30")
    d.sum("累计下达森林生态效益补偿资金3067.06万元", "3067.06", ["998.06", "1012.30", "1056.70"])
    d.sum("全年执行1038.87万元", "1038.87", ["998.70", "16.57", "23.60"])
    d.rate("预算执行率98.31%", "98.31", "1038.87", "1056.70")
    d.diff("结余17.83万元", "17.83", "1056.70", "1038.87")
    d.diff("结余的17.83万元为管护补助支出", "17.83", "1016.53", "998.70")
    d.rate("资金到位率100%", "100", "1056.70", "1056.70")
    d.quot("户均378.04元", "378.04", "998.70", "26418", scale=10000)
    d.sum("其中聘用护林员巡护补助9.60万元", "16.57", ["9.60", ("x", D("38600") / 10000), "3.11"])
    d.phrase("森林防火宣传标牌制作38600元")
    d.prod("四十名护林员每人每年补助2400元", "9.60", [("x", 40), "2400"], scale=10000)
    d.quot("护林员人均巡护面积1.72万亩", "1.72", "68.64", "40")
    d.rate("管护补助支出兑付率98.25%", "98.25", "998.70", "1016.53")
    d.rate("满意度95.60%", "95.60", "478", "500")
    d.diff("较上年的9起减少4起", "4", "9", "5")
    d.exec_score("9.83", 10, "1038.87", "1056.70")
    d.scores([("预算执行率", 10, "9.83"), ("产出指标", 50, "48"), ("效益指标", 30, "30"), ("满意度指标", 10, "10")],
             "97.83", "优")
    d.rows([("预算执行率", 10, "9.83"), ("产出指标", 50, "48"), ("效益指标", 30, "30"), ("满意度指标", 10, "10"),
            ("合计", 100, "97.83")])
    d.phrase("评价等级为优")
    return d


def check_huzhu():
    d = Draft("huzhu-grassland-2019")
    d.sum("落实草原补奖面积161.10万亩", "161.10", ["62.40", "98.70"])
    d.prod("禁牧补助468.00万元", "468.00", ["62.40", "7.5"])
    d.prod("草畜平衡奖励246.75万元", "246.75", ["98.70", "2.5"])
    d.sum("前两批共计714.75万元", "714.75", ["571.80", "142.95"])
    d.sum("其中禁牧补助468.00万元、草畜平衡奖励246.75万元", "714.75", ["468.00", "246.75"])
    d.sum("草原管护员补助36.00万元，草原监测及宣传经费12.00万元", "48.00", ["36.00", "12.00"])
    d.sum("分三批下达，共计762.75万元", "762.75", ["571.80", "142.95", ("g", "48.00")])
    d.rate("占全年禁牧补助和草畜平衡奖励的80%", "80", "571.80", "714.75")
    d.diff("减少4.00万元", "4.00", "766.75", "762.75")
    d.rate("下降0.52%", "0.52", "4.00", "766.75")
    d.diff("由上年的52.00万元减少为48.00万元", "4.00", "52.00", "48.00")
    d.prod("累计兑付禁牧补助和草畜平衡奖励2859.00万元", "2859.00", ["714.75", ("x", 4)])
    d.rate("到位率100%", "100", "762.75", "762.75")
    d.sum("全年实际支出756.07万元", "756.07", ["714.75", "36.00", "5.32"])
    d.rate("预算执行率99.12%", "99.12", "756.07", "762.75")
    d.diff("年末结余6.68万元", "6.68", "762.75", "756.07")
    d.diff("结余的6.68万元", "6.68", "12.00", "5.32")
    d.quot("户均332.98元", "332.98", "714.75", "21465", scale=10000)
    d.quot("人均86.83元", "86.83", "714.75", "82316", scale=10000)
    d.prod("每人全年3000元", "36.00", ["120", "3000"], scale=10000)
    d.quot("每人平均管护草原1.34万亩", "1.34", "161.10", "120")
    d.rate("完成率98.79%", "98.79", "57.3", "58")
    d.avg("平均251.6公斤", "251.6", ["238.4", "262.1", "247.9", "258.0"])
    d.rate("满意度93.50%", "93.50", "374", "400")
    d.exec_score("9.91", 10, "756.07", "762.75")
    # efficiency rows: 植被盖度 10 x 57.3/58, 满意度 10 x 93.5/95
    d.score_rule_gte("9.88", 10, "57.3", "58")
    d.score_rule_gte("9.84", 10, "93.50", "95")
    # rows not printed in the draft: 植被盖度 9.88, 鲜草产量 5, 超载率 5, 人均收入 5, 长效机制 4 (qualitative)
    d.sum("得28.88分", "28.88", [("x", "9.88"), ("x", 5), ("x", 5), ("x", 5), ("x", 4)])
    # 禁牧 10, 草畜平衡 10, 管护员 5, 到户率 10, 时效 3 (扣2分), 标准 10
    d.sum("因资金兑付时间滞后扣2分，得48分", "48", [("x", 10), ("x", 10), ("x", 5), ("x", 10), ("x", 3), ("x", 10)])
    d.scores([("预算执行率", 10, "9.91"), ("产出指标", 50, "48"), ("效益指标", 30, "28.88"), ("满意度指标", 10, "9.84")],
             "96.63", "优秀")
    d.phrase("评价等级为优秀")
    for s in ("预算执行率分值10分，得9.91分", "产出指标分值50分", "得48分", "效益指标分值30分", "得28.88分",
              "满意度指标分值10分，得9.84分", "合计自评得分96.63分"):
        d.phrase(s)
    return d


def check_wangkui():
    d = Draft("wangkui-straw-2020")
    d.sum("计划还田54.00万亩", "54.00", ["32.40", "21.60"])
    d.sum("共计1843.20万元", "1843.20", ["1200.00", "643.20"])
    d.sum("合计2423.20万元", "2423.20", ["1843.20", ("g", "500.00"), ("g", "80.00")])
    d.sum("秸秆还田作业补贴1836.00万元，作业质量核查工作经费7.20万元", "1843.20", ["1836.00", "7.20"])
    d.prod("秸秆还田作业补贴1836.00万元", "1836.00", [("x", D("32.40") * 40 + D("21.60") * 25)])  # planned area x standard
    d.prod("翻埋还田补贴1274.40万元", "1274.40", ["31.86", "40"])
    d.prod("碎混还田补贴540.00万元", "540.00", ["21.60", "25"])
    d.sum("兑付补贴1814.40万元", "1814.40", ["1274.40", "540.00"])
    d.diff("翻埋还田面积比计划少0.54万亩", "0.54", "32.40", "31.86")
    d.prod("相应补贴21.60万元未兑付", "21.60", ["0.54", "40"])
    d.diff("相应补贴21.60万元未兑付", "21.60", "1836.00", "1814.40")
    d.quot("户均581.43元", "581.43", "1814.40", "31206", scale=10000)
    d.prod("兑付补助468.00万元", "468.00", ["11.70", "40"])
    d.diff("结余32.00万元", "32.00", "500.00", "468.00")
    d.phrase("六家利用主体（生物质发电企业一家、成型燃料企业三家、饲料加工企业两家）")  # 1 + 3 + 2 = 6
    d.rate("执行率98.25%", "98.25", "78.6", "80.00")
    d.sum("实际支出2368.20万元", "2368.20", ["1814.40", "7.20", ("g", "468.00"), ("g", "78.6")])  # across sub-items 1-4
    d.rate("预算执行率97.73%", "97.73", "2368.20", "2423.20")
    d.diff("结余55.00万元", "55.00", "2423.20", "2368.20")
    d.sum("完成秸秆还田面积53.46万亩", "53.46", ["31.86", "21.60"])
    d.rate("完成计划的99.00%", "99.00", "53.46", "54.00")
    d.rate("完成计划的93.60%", "93.60", "11.70", "12.50")
    d.sum("共计356个", "356", ["128", "228"])
    d.rate("抽检合格率96.67%", "96.67", "1218", "1260")
    d.diff("增加15.26万亩", "15.26", "53.46", "38.20")
    d.rate("增长39.95%", "39.95", "15.26", "38.20")
    d.sum("累计完成秸秆还田117.36万亩", "117.36", ["25.70", "38.20", "53.46"])
    d.rate("满意度94.26%", "94.26", "279", "296")
    d.exec_score("9.77", 10, "2368.20", "2423.20")
    d.score_rule_gte("14.85", 15, "53.46", "54.00")
    d.score_rule_gte("9.36", 10, "11.70", "12.50")
    d.sum("两项分别按完成比例计得14.85分和9.36分", "24.21", ["14.85", "9.36"])
    d.sum("其中秸秆还田面积15分、离田利用量10分", "25", ["15", "10"])
    d.scores([("预算执行率", 10, "9.77"), ("数量指标", 25, "24.21"), ("质量指标", 10, "10"), ("时效指标", 5, "5"),
              ("成本指标", 10, "10"), ("效益指标", 30, "30"), ("满意度指标", 10, "10")], "98.98", "优")
    d.rows([("预算执行率\t—", 10, "9.77"), ("产出指标\t数量指标", 25, "24.21"), ("产出指标\t质量指标", 10, "10"),
            ("产出指标\t时效指标", 5, "5"), ("产出指标\t成本指标", 10, "10"), ("效益指标\t—", 30, "30"),
            ("满意度指标\t—", 10, "10"), ("合计\t", 100, "98.98")], sep="\t")
    d.same(r"(?:全县2020年完成秸秆还田面积|2020年度全县完成秸秆还田|2020年)(\d+\.\d+)万亩", "53.46")  # actual, not the 54.00 target
    d.phrase("评价等级为优")
    return d


def check_fengmu():
    d = Draft("fengmu-townprojects-2021")
    d.sum("全年预算共计300.06万元", "300.06", ["86.40", "52.50", ("g", "126.60"), ("g", "34.56")])
    d.diff("增加23.76万元", "23.76", "300.06", "276.30")
    d.rate("增长8.60%", "8.60", "23.76", "276.30")
    d.sum("其中县级财政补助72.00万元、镇级自筹14.40万元", "86.40", ["72.00", "14.40"])
    d.prod("按每人每月1000元标准", "86.40", ["72", "1000", ("x", 12)], scale=10000)
    d.prod("按每亩150元标准兑付奖补资金50.70万元", "50.70", ["3380", "150"], scale=10000)
    d.prod("冬季瓜菜种植奖补资金52.50万元", "52.50", ["3500", "150"], scale=10000)
    d.rate("执行率96.57%", "96.57", "50.70", "52.50")
    d.diff("结余1.80万元", "1.80", "52.50", "50.70")
    d.sum("三年累计9360亩", "9360", ["2860", "3120", "3380"])
    d.sum("三个村平均每个村42.20万元", ("g", "126.60"), ["48.60", "36.20", "41.80"])
    d.quot("折合每公里40.50万元", "40.50", "48.60", "1.2")
    d.avg("平均每个村42.20万元", "42.20", ["48.60", "36.20", "41.80"])
    d.prod("按合同拨付进度款33.44万元，占该项目奖补资金的80%", "33.44", ["41.80", "80"], scale=100)
    d.sum("一事一议项目全年支出118.24万元", "118.24", ["48.60", "36.20", "33.44"])
    d.rate("执行率93.40%", "93.40", "118.24", "126.60")
    d.diff("结余8.36万元结转2022年", "8.36", "126.60", "118.24")
    d.prod("按每人每月1200元发放补贴33.12万元", "33.12", ["23", "1200", ("x", 12)], scale=10000)
    d.prod("镇级乡村公益性岗位补贴34.56万元", "34.56", ["24", "1200", ("x", 12)], scale=10000)
    d.rate("执行率95.83%", "95.83", "33.12", "34.56")
    d.diff("结余1.44万元", "1.44", "34.56", "33.12")
    d.prod("上年安排岗位25个、资金36.00万元", "36.00", ["25", "1200", ("x", 12)], scale=10000)
    d.sum("共支出288.46万元", "288.46", [("g", "86.40"), ("g", "50.70"), ("g", "118.24"), ("g", "33.12")])  # per-project paragraphs
    d.rate("预算执行率96.13%", "96.13", "288.46", "300.06")
    d.diff("结余11.60万元", "11.60", "300.06", "288.46")
    d.sum("其中冬季瓜菜奖补结余1.80万元", "11.60", ["1.80", "8.36", "1.44"])
    d.quot("平均每个村（居）7.2名", "7.2", "72", "10")
    d.rate("合格率97.19%", "97.19", "1003", "1032")
    d.rate("满意度93.80%", "93.80", "469", "500")
    d.exec_score("9.61", 10, "288.46", "300.06")
    # 数量 20 = 保洁员 5 + 瓜菜面积 5 x 3380/3500 + 一事一议 5 x 2/3 + 岗位 5 x 23/24
    c = D(5) + (D(5) * 3380 / 3500).quantize(D("0.01"), ROUND_HALF_UP) + (D(5) * 2 / 3).quantize(D("0.01"), ROUND_HALF_UP) \
        + (D(5) * 23 / 24).quantize(D("0.01"), ROUND_HALF_UP)
    d._ok(close(c, "17.95"), f"数量指标 rows give {c}, stated 17.95")
    d.num("17.95")
    d.scores([("预算执行率", 10, "9.61"), ("数量指标", 20, "17.95"), ("质量指标", 15, "15"), ("时效指标", 5, "3"),
              ("成本指标", 10, "10"), ("效益指标", 30, "30"), ("满意度指标", 10, "10")], "95.56", "优")
    d.rows([("预算执行率", 10, "9.61"), ("数量指标", 20, "17.95"), ("质量指标", 15, "15"), ("时效指标", 5, "3"),
            ("成本指标", 10, "10"), ("效益指标", 30, "30"), ("满意度指标", 10, "10"), ("合计", 100, "95.56")])
    d.phrase("评价等级为优")
    return d


def check_dafan():
    d = Draft("dafan-townprojects-2022")
    d.sum("四个项目全年预算共计243.20万元", "243.20", [("g", "108.00"), ("g", "67.20"), ("g", "32.00"), ("g", "36.00")])
    d.diff("增加11.60万元", "11.60", "243.20", "231.60")
    d.rate("同比增长5.01%", "5.01", "11.60", "231.60")
    d.sum("其中中央资金每户1080元、县级资金每户720元", "1800", ["1080", "720"])
    d.prod("按每户1800元的标准对600户农户", "108.00", ["600", "1800"], scale=10000)
    d.prod("中央农村厕所革命整村推进财政奖补资金64.80万元", "64.80", ["600", "1080"], scale=10000)
    d.prod("县级配套资金43.20万元", "43.20", ["600", "720"], scale=10000)
    d.sum("资金分两批下达", "108.00", ["64.80", "43.20"])
    d.prod("全年按验收户数兑付奖补资金105.48万元", "105.48", ["586", "1800"], scale=10000)
    d.rate("执行率97.67%，结余2.52万元", "97.67", "105.48", "108.00")
    d.diff("结余2.52万元", "2.52", "108.00", "105.48")
    d.prod("合同价每月5.60万元", "67.20", ["5.60", ("x", 12)])
    d.sum("共计29.85万元", "29.85", ["12.40", "9.85", "7.60"])
    d.rate("执行率93.28%", "93.28", "29.85", "32.00")
    d.diff("结余2.15万元", "2.15", "32.00", "29.85")
    d.prod("每人每月2000元", "36.00", ["15", "2000", ("x", 12)], scale=10000)
    d.quot("人均年补助2.40万元", "2.40", "36.00", "15")
    d.sum("全年共支出238.53万元", "238.53", [("g", "105.48"), ("g", "67.20"), "29.85", "36.00"])
    d.rate("预算执行率98.08%", "98.08", "238.53", "243.20")
    d.diff("结余4.67万元", "4.67", "243.20", "238.53")
    d.sum("结余4.67万元", "4.67", [("g", "2.52"), "2.15"])
    d.rate("实际完成改造586户，完成率97.67%", "97.67", "586", "600")
    d.diff("其中十四户因外出务工", ("x", 14), "600", "586")
    d.sum("三年累计改造1516户", "1516", ["420", "510", "586"])
    d.quot("日均清运12吨", "12", "4380", ("x", 365))
    d.phrase("全镇年清运垃圾4380吨")
    d.rate("满意度91.20%", "91.20", "456", "500")
    d.exec_score("9.81", 10, "238.53", "243.20")
    d.score_rule_gte("9.77", 10, "586", "600")
    # 产出 rows: 户厕数量 9.77, 清运 5, 饮水 5, 扑火队 5, 验收质量 10, 时效 4 (扣1分), 成本 10
    d.sum("户厕改造数量按完成率计9.77分", "48.77", ["9.77", ("x", 5), ("x", 5), ("x", 5), ("x", 10), ("x", 4), ("x", 10)])
    d.scores([("预算执行率", 10, "9.81"), ("产出指标", 50, "48.77"), ("效益指标", 30, "30"), ("满意度指标", 10, "10")],
             "98.58", "优")
    d.phrase("预算执行率得9.81分，产出指标得48.77分，效益指标得30分，满意度指标得10分，合计98.58分")
    d.same(r"清运(?:集镇)?(?:生活)?垃圾(\d+)吨", "4380")
    d.phrase("评价等级为优")
    return d


def check_changyuan():
    d = Draft("changyuan-streetprojects-2023")
    d.prod("六个社区养老服务站每站4.00万元", "44.00", [("x", D("20.00") + 6 * D("4.00"))])
    d.num("20.00")
    d.num("4.00")
    d.sum("共计185.50万元", "185.50", ["120.00", "65.50"])
    d.prod("补贴标准为每人每月2200元", "126.72", ["48", "2200", ("x", 12)], scale=10000)
    d.sum("其中区级财政承担1500元、街道承担700元", "2200", ["1500", "700"])
    d.prod("区级资金86.40万元", "86.40", ["48", "1500", ("x", 12)], scale=10000)
    d.prod("街道资金40.32万元", "40.32", ["48", "700", ("x", 12)], scale=10000)
    d.sum("其中区级资金86.40万元、街道资金40.32万元", "126.72", ["86.40", "40.32"])
    d.sum("三个项目全年预算共计356.22万元", "356.22", [("g", "44.00"), ("g", "185.50"), "126.72"])
    d.prod("养老服务运营补贴支出42.00万元", "42.00", [("x", D("20.00") + 5 * D("4.00") + D("2.00"))])  # centre + 5 stations + half year
    d.quot("按半年拨付2.00万元", "2.00", "4.00", "2")
    d.diff("结余2.00万元", "2.00", "44.00", "42.00")
    d.sum("背街小巷整治项目支出156.06万元", "156.06", ["152.86", "3.20"])
    d.rate("执行率84.13%", "84.13", "156.06", "185.50")
    d.diff("项目结转29.44万元至2024年", "29.44", "185.50", "156.06")
    d.prod("相应补贴1.32万元未支出", "1.32", [("x", 2), ("x", 3), "2200"], scale=10000)
    d.diff("网格员补贴支出125.40万元", "125.40", "126.72", "1.32")
    d.sum("三个项目共支出323.46万元", "323.46", ["42.00", "156.06", ("g", "125.40")])
    d.rate("预算执行率90.80%", "90.80", "323.46", "356.22")
    d.diff("结余及结转资金共计32.76万元", "32.76", "356.22", "323.46")
    d.sum("结余及结转资金共计32.76万元", "32.76", ["2.00", ("g", "29.44"), ("g", "1.32")])  # implicit: three paragraphs
    d.sum("累计服务老年人13260人次", "13260", ["8420", "2650", "2190"])
    d.rate("增长12.18%", "12.18", D(13260) - D(11820), "11820")
    d.num("13260")
    d.num("11820")
    d.phrase("实际完成12条、4.8公里")
    d.quot("每公里平均投入31.85万元", "31.85", "152.86", "4.8")
    d.rate("下降12.50%", "12.50", D(480) - D(420), "480")
    d.num("480")
    d.num("420")
    d.sum("三年累计31条", "31", ["9", "10", "12"])
    d.rate("办结率93.60%", "93.60", "2340", "2500")
    d.rate("满意度86.00%", "86.00", "301", "350")
    d.exec_score("9.08", 10, "323.46", "356.22")
    c = D(5) + (D(10) * 12 / 14).quantize(D("0.01"), ROUND_HALF_UP) + D(5)
    d._ok(close(c, "18.57"), f"数量指标 rows give {c}, stated 18.57")
    c = D(5) + (D(5) * D("93.60") / 95).quantize(D("0.01"), ROUND_HALF_UP)
    d._ok(close(c, "9.93"), f"质量指标 rows give {c}, stated 9.93")
    c = D(10) + (D(10) * D("12.50") / 20).quantize(D("0.01"), ROUND_HALF_UP)
    d._ok(close(c, "16.25"), f"社会效益 rows give {c}, stated 16.25")
    d.score_rule_gte("9.56", 10, "86.00", "90")
    d.scores([("预算执行率", 10, "9.08"), ("数量指标", 20, "18.57"), ("质量指标", 10, "9.93"), ("时效指标", 10, "6"),
              ("成本指标", 10, "10"), ("社会效益指标", 20, "16.25"), ("可持续影响指标", 10, "7"),
              ("服务对象满意度", 10, "9.56")], "86.39", "良")
    d.rows([("预算执行率｜预算执行率", 10, "9.08"), ("产出指标｜数量指标", 20, "18.57"), ("产出指标｜质量指标", 10, "9.93"),
            ("产出指标｜时效指标", 10, "6"), ("产出指标｜成本指标", 10, "10"), ("效益指标｜社会效益指标", 20, "16.25"),
            ("效益指标｜可持续影响指标", 10, "7"), ("满意度指标｜服务对象满意度", 10, "9.56"), ("合计｜", 100, "86.39")])
    d.phrase("评价等级为良")
    return d


def check_liannan():
    d = Draft("liannan-familyplanning-2024")
    d.prod("其中奖励扶助资金450.00万元", "450.00", ["3125", "1440"], scale=10000)
    d.prod("伤残特别扶助资金61.92万元", "61.92", ["86", "600", ("x", 12)], scale=10000)
    d.prod("死亡特别扶助资金111.00万元", "111.00", ["125", "740", ("x", 12)], scale=10000)
    d.prod("手术并发症特别扶助资金2.88万元", "2.88", ["12", "2400"], scale=10000)
    d.sum("全年预算625.80万元", "625.80", ["450.00", "61.92", "111.00", "2.88"])
    d.sum("按资金来源分", "625.80", ["248.25", "312.90", "64.65"])
    d.sum("中央资金两批共计248.25万元", "248.25", ["198.60", "49.65"])
    d.sum("合计362.55万元", "362.55", ["49.65", "312.90"])
    d.sum("合计362.55万元", ("g", "625.80"), ["198.60", "362.55", "64.65"])
    d.rate("均已到位，到位率100%", "100", "248.25", "248.25")
    d.rate("到位64.65万元，到位率100%", "100", "64.65", "64.65")
    d.diff("增加79人", "79", "3125", "3046")
    d.rate("增长2.59%", "2.59", "79", "3046")
    d.diff("增加16.44万元", "16.44", "625.80", "609.36")
    d.rate("增长2.70%", "2.70", "16.44", "609.36")
    d.sum("全年实际发放624.72万元", "624.72", ["448.92", "61.92", "111.00", "2.88"])
    d.rate("预算执行率99.83%", "99.83", "624.72", "625.80")
    d.diff("结余1.08万元", "1.08", "625.80", "624.72")
    d.rate("执行率99.76%", "99.76", "448.92", "450.00")
    d.prod("每人少发720元，共1.08万元", "1.08", ["15", "720"], scale=10000)
    d.quot("每人少发720元", "720", "1440", "2")
    d.diff("奖励扶助资金发放448.92万元", "448.92", "450.00", "1.08")
    d.sum("累计发放计划生育扶助资金1821.24万元", "1821.24", ["587.16", "609.36", "624.72"])
    d.avg("年均607.08万元", "607.08", ["587.16", "609.36", "624.72"])
    d.sum("四类对象共计3348人", "3348", ["3125", "86", "125", "12"])
    d.prod("年均可领取8880元", "8880", ["740", ("x", 12)])
    d.rate("政策知晓率96.2%", "96.2", "481", "500")
    d.rate("满意度95.4%", "95.4", "477", "500")
    d.exec_score("9.98", 10, "624.72", "625.80")
    d.scores([("预算执行率", 10, "9.98"), ("产出指标", 50, "49"), ("效益指标", 30, "29"), ("满意度指标", 10, "10")],
             "97.98", "优")
    d.rows([("预算执行率", 10, "9.98"), ("产出指标", 50, "49"), ("效益指标", 30, "29"), ("满意度指标", 10, "10"),
            ("合计", 100, "97.98")])
    d.phrase("综合评价等级为优")
    return d


def check_bayi():
    d = Draft("bayi-farmertraining-2025")
    d.sum("计划培育高素质农牧民600人", "600", ["120", "300", "180"])
    d.prod("经营管理型每人4500元", "54.00", ["120", "4500"], scale=10000)
    d.prod("专业生产型每人2600元", "78.00", ["300", "2600"], scale=10000)
    d.prod("技能服务型每人2200元", "39.60", ["180", "2200"], scale=10000)
    d.sum("项目资金共计171.60万元", "171.60", ["54.00", "78.00", "39.60"])
    d.sum("资金分三批下达", ("g", "171.60"), ["120.00", "30.00", ("g", "21.60")])
    d.diff("增加22.80万元", "22.80", "171.60", "148.80")
    d.rate("增长15.32%", "15.32", "22.80", "148.80")
    d.rate("到位率100%", "100", "171.60", "171.60")
    d.sum("项目实际支出170.56万元", "170.56", ["54.00", "76.96", "39.60"])
    d.rate("预算执行率99.39%", "99.39", "170.56", "171.60")
    d.diff("结余1.04万元", "1.04", "171.60", "170.56")
    d.prod("其中课程教学费38.50万元、学员食宿费12.94万元、教材资料费25600元", "54.00",
           [("x", D("38.50") + D("12.94") + D("25600") / 10000)])
    d.num("38.50")
    d.num("12.94")
    d.phrase("教材资料费25600元")
    d.prod("专业生产型培训支出76.96万元", "76.96", ["296", "2600"], scale=10000)
    d.rate("执行率98.67%", "98.67", "76.96", "78.00")
    d.prod("相应补助1.04万元未结算", "1.04", [("x", 4), "2600"], scale=10000)
    d.quot("全年人均培训成本2861.74元", "2861.74", "170.56", "596", scale=10000)
    d.sum("培育高素质农牧民596人，完成率99.33%", "596", ["120", "296", "180"])
    d.rate("完成率99.33%", "99.33", "596", "600")
    d.rate("实际296人，完成率98.67%", "98.67", "296", "300")
    d.rate("实际考核合格率98.66%", "98.66", "588", "596")
    d.diff("增加76人", "76", "596", "520")
    d.rate("增长14.62%", "14.62", "76", "520")
    d.sum("累计培育高素质农牧民1646人", "1646", ["530", "520", "596"])
    d.rate("满意度96.03%", "96.03", "557", "580")
    d.exec_score("9.94", 10, "170.56", "171.60")
    d.score_rule_gte("19.87", 20, "596", "600")
    d.scores([("预算执行率", 10, "9.94"), ("培育人数", 20, "19.87"), ("考核合格率", 10, "10"), ("完成时限", 10, "10"),
              ("培训成本", 10, "10"), ("经济效益", 10, "10"), ("社会效益", 10, "10"), ("可持续影响", 10, "9"),
              ("满意度", 10, "10")], "98.81", "优")
    d.phrase("项目自评总分98.81分，评价等级为优")
    for s in ("预算执行率10分，得9.94分", "培育人数20分，按完成比例得19.87分", "考核合格率、完成时限、培训成本三项各10分，均得满分",
              "经济效益和社会效益两项各10分，均得满分", "可持续影响10分，因跟踪服务覆盖不全扣1分，得9分", "满意度10分，得10分"):
        d.phrase(s)
    d.same(r"(?:14期，|全年)培育高素质农牧民(\d+)人", "596")  # actual, not the 600 target
    return d


def check_years(d):
    """rules.md I14: 截至 dates name the evaluation year; money is issued in that year or, as an advance,
    in the December before it; carried-over money goes to a later year."""
    year = int(d.pid.rsplit("-", 1)[1])
    for y in re.findall(r"截至(\d{4})年12月31日", d.text):
        d._ok(int(y) == year, f"截至{y}年12月31日 in a {year} report")
    for y, m in re.findall(r"于(\d{4})年(\d{1,2})月(?:\d{1,2}日)?(?:转下达|下达|分配|拨付)", d.text):
        y, m = int(y), int(m)
        d._ok(y == year or (y == year - 1 and m == 12), f"funds issued {y}-{m} in a {year} report")
    for y in re.findall(r"结转(?:至|[\d.]+万元至)?(\d{4})年", d.text):
        d._ok(int(y) > year, f"carried over to {y} in a {year} report")
    for y in re.findall(r"(\d{4})年度", d.text[:200]):
        d._ok(int(y) == year, f"title year {y} in a {year} report")


CHECKERS = [check_jingxian, check_huzhu, check_wangkui, check_fengmu, check_dafan, check_changyuan,
            check_liannan, check_bayi]


def edit_region(a, b):
    """Common prefix/suffix strip: returns (start, old_mid, new_mid)."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, a[i:len(a) - j], b[i:len(b) - j]


def check_labels():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    per_code = defaultdict(set)
    code_count = defaultdict(int)
    cleans = {}
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
                cleans[rec["source"]] = fh.read()
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expected findings")
    for rec in labels:
        name = rec["case"]
        if not os.path.exists(os.path.join(CASES, name)):
            fail(f"{name}: file missing")
            continue
        if rec["clean"]:
            continue
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        clean = cleans[rec["source"]]
        if len(rec["expected"]) != 1:
            fail(f"{name}: expected {len(rec['expected'])} findings, want exactly 1")
        for exp in rec["expected"]:
            code, value = exp["code"], exp["value"]
            if code not in CODES:
                fail(f"{name}: code {code} not in errors.md section A (numeric, without figure_mismatch)")
            if exp.get("severity") != "error":
                fail(f"{name}: severity must be error")
            if not exp.get("explanation"):
                fail(f"{name}: explanation missing")
            per_code[code].add(rec["source"])
            code_count[code] += 1
            if text.count(value) != 1:
                fail(f"{name}: value {value!r} occurs {text.count(value)} times in the case")
            if value in clean:
                fail(f"{name}: value {value!r} occurs in the clean draft")
            start, old, new = edit_region(clean, text)
            if not old and not new:
                fail(f"{name}: identical to the clean draft")
            if max(len(old), len(new)) > MAX_EDIT:
                fail(f"{name}: edit too long ({len(old)}/{len(new)} chars): {old!r} -> {new!r}")
            if ("\n" in old or "\n" in new) and code not in ROW_CODES:
                fail(f"{name}: edit crosses a line break outside a score table")
            if old.count("\n") > 1 or new.count("\n") > 1:
                fail(f"{name}: edit touches more than two adjacent rows")
            v = text.find(value)
            if not (v <= start + len(new) and start <= v + len(value)):
                fail(f"{name}: value does not cover the edit at {start}")
    for code in sorted(CODES):
        if code_count[code] < 2 or len(per_code[code]) < 2:
            fail(f"code {code}: used {code_count[code]} times in {len(per_code[code])} projects (want >= 2 / >= 2)")
    return labels, code_count


def main():
    n_checks = 0
    for chk in CHECKERS:
        d = chk()
        check_years(d)
        n_checks += d.n
        size = len(d.text)
        if not 2500 <= size <= 6000:
            fail(f"{d.pid}: clean draft has {size} characters (want 2500-6000)")
    labels, code_count = check_labels()
    if problems:
        for p in problems:
            print("PROBLEM", p)
        print(f"FAILED: {len(problems)} problems")
        raise SystemExit(1)
    print(f"{len(labels)} cases, {n_checks} arithmetic checks on {len(CHECKERS)} clean drafts")
    print("codes: " + ", ".join(f"{c} {code_count[c]}" for c in sorted(code_count)))
    print("OK")


if __name__ == "__main__":
    main()
