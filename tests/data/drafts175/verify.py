#!/usr/bin/env python3
"""Verify the n175 set.

1. every label value occurs in its case, and overlaps the place where the case differs from its clean draft;
2. every error case differs from its clean draft in exactly one place (one contiguous window);
3. the arithmetic of every clean draft holds (rates, sums, balances, weights, scores, grades,
   completion rates, averages), each figure used being checked to appear in the draft as written;
4. set-level rules: 5 clean + 30 error cases, sizes 3,000-5,000 characters, each of the 13 codes >= 2 times.
Prints OK at the end when everything holds.
"""
import json
import os
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
MAX_WINDOW = 160  # characters between the first and the last changed character of an error case

problems = []


def fail(msg):
    problems.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def decimals(s):
    s = s.rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    """Tolerance rule of rules.md §8: |c - v| <= 0.5 * 10^-d."""
    v = D(stated.rstrip("%"))
    return abs(D(computed) - v) <= D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


class Draft:
    def __init__(self, pid):
        self.pid = pid
        self.text = read(f"{pid}-clean.txt")

    def has(self, *snippets):
        for s in snippets:
            if s not in self.text:
                fail(f"{self.pid}: figure {s!r} not found in the clean draft")

    def rate(self, num, den, stated, *ev):
        self.has(*ev)
        c = D(num) / D(den) * 100
        if not close(c, stated):
            fail(f"{self.pid}: rate {num}/{den} = {c:.4f}% but stated {stated}")

    def sum(self, parts, total, *ev):
        self.has(*ev)
        if sum(D(p) for p in parts) != D(total):
            fail(f"{self.pid}: {' + '.join(parts)} != {total}")

    def diff(self, a, b, result, *ev):
        self.has(*ev)
        if D(a) - D(b) != D(result):
            fail(f"{self.pid}: {a} - {b} != {result}")

    def product(self, a, b, result, *ev):
        self.has(*ev)
        if D(a) * D(b) != D(result):
            fail(f"{self.pid}: {a} x {b} != {result}")

    def mean(self, items, stated, *ev):
        self.has(*ev)
        m = sum(D(i) for i in items) / len(items)
        if not close(m, stated):
            fail(f"{self.pid}: mean of {items} = {m} but stated {stated}")

    def table(self, rows, total, grade_label, *ev):
        """rows: (name, weight, score, kind, target, actual); kind gte/lte/qual/exec."""
        self.has(*ev)
        wsum = sum(D(r[1]) for r in rows)
        if wsum != 100:
            fail(f"{self.pid}: weights add up to {wsum}")
        ssum = sum(D(r[2]) for r in rows)
        if ssum != D(total):
            fail(f"{self.pid}: scores add up to {ssum}, stated total {total}")
        for name, w, s, kind, t, a in rows:
            w, s = D(w), D(s)
            if not (0 <= s <= w):
                fail(f"{self.pid}: {name} score {s} outside [0, {w}]")
            if kind in ("gte", "exec"):
                ratio = min(D(a) / D(t), D(1))
                if not close(w * ratio, str(s)):
                    fail(f"{self.pid}: {name} score {s} != {w} x min({a}/{t}, 1)")
            elif kind == "lte":
                if D(a) > D(t):
                    fail(f"{self.pid}: {name} lte target missed")
                if s != w:
                    fail(f"{self.pid}: {name} lte met but score {s} != {w}")
            elif kind == "qual":
                if not (w * D("0.6") <= s <= w):
                    fail(f"{self.pid}: {name} qualitative score {s} outside the bands")
        if grade(total) not in grade_label:
            fail(f"{self.pid}: total {total} is {grade(total)}, stated {grade_label}")

    def completion(self, target, actual, stated, kind="gte", *ev):
        self.has(*ev)
        if kind == "gte":
            c = D(actual) / D(target) * 100
        else:  # lte
            c = D(100) if D(actual) <= D(target) else D(target) / D(actual) * 100
        if not close(c, stated):
            fail(f"{self.pid}: completion {actual}/{target} = {c:.4f}% but stated {stated}")


def check_qinggang():
    d = Draft("qinggang-grainrotation-2022")
    d.product("4000", "0.0100", "40.0000", "玉米4000吨", "玉米每吨100元", "玉米40.00万元")
    d.product("2800", "0.0120", "33.6000", "稻谷2800吨", "稻谷每吨120元", "稻谷33.60万元")
    d.product("450", "0.0120", "5.4000", "稻谷450吨", "上年结转资金5.40万元")
    d.product("2620", "0.0120", "31.4400", "稻谷2620吨", "稻谷轮换补贴31.44万元")
    d.product("180", "0.0120", "2.1600", "180吨稻谷", "未执行2.16万元")
    d.sum(["4000", "2800"], "6800", "轮换计划6800吨")
    d.sum(["4000", "2620"], "6620", "完成轮换6620吨")
    d.sum(["2620", "180"], "2800")
    d.sum(["40.00", "33.60"], "73.60", "轮换费用补贴73.60万元")
    d.sum(["73.60", "5.40"], "79.00", "全年预算数为79.00万元")
    d.sum(["40.00", "31.44", "5.40"], "76.84", "全年实际支出76.84万元")
    # funds block: total = appropriation + carry-over + other, per column
    d.has("年度资金总额\t73.60\t79.00\t76.84\t10\t97.27%\t9.73", "其中：当年财政拨款\t73.60\t73.60\t71.44",
          "上年结转资金\t0.00\t5.40\t5.40", "其他资金\t0.00\t0.00\t0.00")
    d.sum(["73.60", "0.00", "0.00"], "73.60")
    d.sum(["73.60", "5.40", "0.00"], "79.00")
    d.sum(["71.44", "5.40", "0.00"], "76.84")
    d.sum(["40.00", "31.44"], "71.44")
    d.rate("76.84", "79.00", "97.27%", "预算执行率97.27%")
    d.diff("79.00", "76.84", "2.16", "结转至2023年")
    d.completion("6800", "6620", "97.35%", "gte", "完成年度计划的97.35%")
    d.has("综合得分99.33分", "评价等级为“优”", "扣0.40分", "扣0.27分")
    d.diff("15", "14.60", "0.40")
    d.diff("10", "9.73", "0.27")
    d.table([
        ("预算执行率", "10", "9.73", "exec", "79.00", "76.84"),
        ("年度轮换数量", "15", "14.60", "gte", "6800", "6620"),
        ("年末库存", "10", "10", "gte", "2", "2"),
        ("质量达标率", "10", "10", "gte", "100", "100"),
        ("架空期", "10", "10", "lte", "4", "3"),
        ("补贴标准", "5", "5", "qual", "", ""),
        ("损耗率", "10", "10", "lte", "0.5", "0.32"),
        ("社会效益", "10", "10", "qual", "", ""),
        ("宜存率", "10", "10", "gte", "95", "100"),
        ("满意度", "10", "10", "gte", "90", "93"),
    ], "99.33", "优", "≥6800吨\t6620吨\t15\t14.60", "≥2万吨\t2万吨\t10\t10", "100%\t100%\t10\t10",
        "≤4个月\t3个月\t10\t10", "按标准执行\t5\t5", "≤0.5%\t0.32%\t10\t10", "有效保障\t有效保障\t10\t10",
        "≥95%\t100%\t10\t10", "≥90%\t93%\t10\t10", "100\t99.33")


def check_runan():
    d = Draft("runan-granaryrepair-2019")
    d.sum(["260.00", "40.00", "0.00"], "300.00", "\t300.00\n\t260.00\n\t40.00\n\t0.00")
    d.has("\t(1)\n\t260.00\n\t260.00\n\t0.00\n\t0.00", "\t(4)\n\t285.60\n\t260.00\n\t25.60\n\t0.00",
          "\t14.40\n\t0.00\n\t14.40\n\t0.00")
    d.sum(["260.00", "25.60", "0.00"], "285.60")
    d.diff("300.00", "285.60", "14.40", "结余14.40万元")
    d.diff("40.00", "25.60", "14.40")
    d.rate("300.00", "300.00", "100", "\t(6)=(3)/(2)\n\t100\n\t100\n\t100\n\t—")
    d.rate("285.60", "300.00", "95.20", "\t(7)=(4)/(2)\n\t95.20\n\t100\n\t64.00\n\t—")
    d.rate("25.60", "40.00", "64.00")
    d.rate("285.60", "300.00", "95.20%", "预算执行率95.20%")
    d.sum(["6", "3", "2"], "11", "县国家粮食储备库6栋2.5万吨", "金铺粮库3栋1.3万吨", "韩庄粮库2栋0.8万吨", "11栋仓房")
    d.sum(["2.5", "1.3", "0.8"], "4.6", "维修仓容4.6万吨")
    d.sum(["152.00", "86.00", "50.00"], "288.00", "分别为152.00万元、86.00万元、50.00万元，合计288.00万元",
          "结算金额152.00万元")
    d.sum(["288.00", "7.20", "4.80"], "300.00", "监理费7.20万元", "设计费4.80万元")
    d.product("288.00", "0.05", "14.4000", "工程结算价的5%")
    if not close(D(2880000) / D(46000), "62.61"):
        fail("runan: unit cost")
    d.has("约62.61元/吨", "\t62.61元/吨")
    d.has("得分99.30分", "评价等级为“优秀”", "得分9.52分", "扣0.22分")
    d.diff("10", "9.78", "0.22")
    d.table([
        ("预算执行率", "10", "9.52", "exec", "300.00", "285.60"),
        ("仓房数量", "15", "15", "gte", "11", "11"),
        ("仓容", "10", "10", "gte", "4.5", "4.6"),
        ("验收合格率", "10", "10", "gte", "100", "100"),
        ("完工时间", "5", "5", "qual", "", ""),
        ("单位成本", "10", "10", "lte", "70", "62.61"),
        ("损耗率", "10", "10", "lte", "1", "0.8"),
        ("储粮安全事故", "10", "10", "qual", "", ""),
        ("使用年限", "10", "10", "qual", "", ""),
        ("满意度", "10", "9.78", "gte", "90", "88"),
    ], "99.30", "优秀", "\t100%\n\t95.20%\n\t10\n\t9.52", "\t11栋\n\t11栋\n\t15\n\t15", "\t≥4.5万吨\n\t4.6万吨\n\t10\n\t10",
        "\t2019年11月30日前\n\t2019年11月20日\n\t5\n\t5", "\t≤70元/吨\n\t62.61元/吨\n\t10\n\t10",
        "\t≤1%\n\t0.8%\n\t10\n\t10", "\t≥90%\n\t88%\n\t10\n\t9.78", "\t100\n\t99.30")


def check_jinxian():
    d = Draft("jinxian-youzhiliangshi-2020")
    d.sum(["240.00", "120.00", "40.00"], "400.00", "全年预算400.00万元，其中中央补助资金240.00万元、省级补助资金120.00万元、县级配套资金40.00万元")
    d.sum(["240.00", "120.00"], "360.00", "补助资金360.00万元")
    d.sum(["40.00", "360.00"], "400.00")
    d.sum(["300.00", "60.00", "40.00"], "400.00", "粮食产后服务中心建设300.00万元", "检验监测能力建设60.00万元",
          "示范企业补助40.00万元")
    d.sum(["120", "95", "85"], "300", "分别补助120万元、95万元、85万元")
    d.mean(["120", "95", "85"], "100", "平均每个中心补助100万元")
    d.sum(["120.00", "95.00", "68.00", "45.50", "40.00"], "368.50", "累计支出368.50万元",
          "李渡镇中心120.00万元、温圳镇中心95.00万元、三里乡中心68.00万元", "仪器设备款45.50万元",
          "拨付“好粮油”示范企业补助40.00万元")
    d.sum(["17.00", "14.50"], "31.50", "未支付的31.50万元", "设备尾款17.00万元", "验收尾款14.50万元")
    d.diff("400.00", "368.50", "31.50")
    d.diff("85", "68.00", "17.00")
    d.diff("60.00", "45.50", "14.50")
    d.has("截至2020年12月31日", "结转至2021年")
    d.rate("368.50", "400.00", "92.13%", "92.13%   9.21")
    d.has("年度资金总额      40.00       400.00       368.50", "当年财政拨款 40.00     400.00       368.50")
    d.completion("600", "660", "110.00%", "gte", "660吨        110.00%")
    d.rate("660", "600", "110", "超过年度目标10%")  # 110% of the target
    d.completion("3", "3", "100.00%", "gte", "≥3个  3个  100.00%")
    d.completion("25", "25", "100.00%", "gte", "25台（套）   100.00%")
    d.completion("3", "2", "66.67%", "gte", "66.67%       66.67%")
    d.completion("300", "342", "114.00%", "gte", "342万元      114.00%")
    d.completion("8000", "8650", "108.13%", "gte", "8650户       108.13%")
    d.completion("2", "2", "100.00%", "gte", "2个          100.00%")
    d.completion("90", "92", "102.22%", "gte", "92%          102.22%")
    d.has("自评得分97.54分", "评价等级为“优”", "扣1.67分", "扣0.79分")
    d.diff("5", "3.33", "1.67")
    d.diff("10", "9.21", "0.79")
    d.table([
        ("预算执行率", "10", "9.21", "exec", "400.00", "368.50"),
        ("产后服务中心", "10", "10", "gte", "3", "3"),
        ("日烘干能力", "10", "10", "gte", "600", "660"),
        ("检验仪器", "5", "5", "gte", "25", "25"),
        ("验收合格率", "10", "10", "gte", "100", "100"),
        ("建成投用率", "5", "3.33", "gte", "3", "2"),
        ("补助标准", "10", "10", "lte", "120", "120"),
        ("减损增收", "10", "10", "gte", "300", "342"),
        ("服务农户", "10", "10", "gte", "8000", "8650"),
        ("好粮油产品", "10", "10", "gte", "2", "2"),
        ("满意度", "10", "10", "gte", "90", "92"),
    ], "97.54", "优", "10     92.13%   9.21", "66.67%    5      3.33", "≤120万元     120万元      100.00%   10     10",
        "100    97.54")


def check_qianxian():
    d = Draft("qianxian-grainoutlets-2023")
    d.sum(["40.00", "30.00"], "70.00", "年初预算70.00万元，其中市级补助资金40.00万元、县级财政资金30.00万元")
    d.product("20", "1.5", "30.0", "网点补助30.00万元（每个网点1.5万元）", "网点20个")
    d.product("2", "10", "20", "企业补助20.00万元（每家10万元）")
    d.sum(["30.00", "20.00", "15.00", "5.00"], "70.00", "应急配送中心建设15.00万元", "标识标牌及信息化5.00万元")
    d.sum(["28.50", "20.00", "9.00", "3.40"], "60.90", "网点建设补助28.50万元", "应急加工企业补助20.00万元",
          "设备款9.00万元", "信息化费用3.40万元", "全年实际支出60.90万元")
    d.product("19", "1.5", "28.5")
    d.has("| 年初预算数 | 70.00 |", "| 全年预算数 | 70.00 |", "| 其中：市级补助资金 | 40.00 |", "| 县级财政资金 | 30.00 |",
          "| 全年执行数 | 60.90 |")
    d.diff("70.00", "60.90", "9.10", "| 结转结余 | 9.10 |")
    d.rate("60.90", "70.00", "87.00%", "| 预算执行率 | 87.00% |", "| 70.00 | 70.00 | 60.90 | 10 | 87.00% | 8.70 |")
    d.rate("60.90", "70.00", "87%", "预算执行率87%。")
    d.sum(["11", "8"], "19", "网点19个，其中新建11个、提升改造8个", "已建成的19个网点")
    d.rate("19", "20", "95%", "完成年度目标的95%")
    d.mean(["120", "80"], "100", "分别为120吨、80吨，平均日加工能力100吨")
    d.rate("14", "16", "87.5%", "16个镇（街道）中已有14个", "覆盖率87.5%")
    d.has("自评得分89.14分", "评价等级为良好")
    d.table([
        ("预算执行率", "10", "8.70", "exec", "70.00", "60.90"),
        ("网点", "15", "14.25", "gte", "20", "19"),
        ("加工企业", "10", "10", "gte", "2", "2"),
        ("验收合格率", "10", "10", "gte", "100", "100"),
        ("完成时限", "5", "3", "qual", "", ""),
        ("补助标准", "10", "10", "lte", "1.5", "1.5"),
        ("覆盖比例", "15", "13.13", "gte", "100", "87.5"),
        ("长效机制", "15", "10.5", "qual", "", ""),
        ("满意度", "10", "9.56", "gte", "90", "86"),
    ], "89.14", "良好", "| ≥20个 | 19个 | 15 | 14.25 |", "| ≥2家 | 2家 | 10 | 10 |", "| 100% | 100% | 10 | 10 |",
        "| 部分延至2024年 | 5 | 3 |", "| ≤1.5万元 | 1.5万元 | 10 | 10 |", "| 100% | 87.5% | 15 | 13.13 |",
        "| 部分建立 | 15 | 10.5 |", "| ≥90% | 86% | 10 | 9.56 |", "| 100 | 89.14 |")


def check_haidong():
    d = Draft("haidong-reservedepot-2024")
    d.sum(["32.00", "18.00", "6.00", "4.00"], "60.00", "年初预算60.00万元，其中库房运行维护32.00万元、物资维护保养18.00万元、信息系统运维6.00万元、应急演练及调运4.00万元")
    d.sum(["60.00", "12.00"], "72.00", "追加冬春救助物资调运经费12.00万元", "全年预算调整为72.00万元")
    d.sum(["32.00", "18.00", "5.20", "3.36", "12.00"], "70.56", "全年实际支出70.56万元，其中库房运行维护32.00万元、物资维护保养18.00万元、信息系统运维5.20万元、应急演练及调运3.36万元、冬春救助物资调运12.00万元")
    d.diff("72.00", "70.56", "1.44", "结余1.44万元")
    d.has("资金到位率100%", "年度资金总额｜60.00｜72.00｜70.56｜10｜98.00%｜9.80", "其中：当年财政拨款｜60.00｜72.00｜70.56")
    d.rate("70.56", "72.00", "98.00%")
    if not close(D(320000) / D(6000), "53.33"):
        fail("haidong: unit cost")
    d.has("约53.33元/平方米", "库房面积6000平方米", "库房运行维护费32.00万元")
    d.diff("6240", "5000", "1240", "6240人次，较目标多1240人次")
    d.rate("1240", "5000", "24.80%", "超过目标24.80%")
    d.rate("3", "20", "15%", "超过目标15%")
    d.completion("20", "23", "115.00%", "gte", "｜≥20种｜23种｜115.00%｜")
    d.completion("5", "5.32", "106.40%", "gte", "｜≥5万件（套）｜5.32万件（套）｜106.40%｜")
    d.completion("98", "97.5", "99.49%", "gte", "｜≥98%｜97.5%｜99.49%｜")
    d.completion("12", "8", "100.00%", "lte", "｜≤12小时｜8小时｜100.00%｜")
    d.completion("60", "53.33", "100.00%", "lte", "｜≤60元/平方米｜53.33元/平方米｜100.00%｜")
    d.completion("5000", "6240", "124.80%", "gte", "｜≥5000人次｜6240人次｜124.80%｜")
    d.completion("90", "95", "105.56%", "gte", "｜≥90%｜95%｜105.56%｜")
    d.has("救灾物资23种5.32万件（套）", "储备物资总量5.32万件（套）", "储备物资品种23种", "储备物资完好率97.5%", "平均8小时内", "满意度为95%")
    d.has("得分99.75分，其中预算执行9.80分、产出指标49.95分、效益指标30分、满意度指标10分", "评价等级为“优”")
    d.sum(["9.80", "49.95", "30", "10"], "99.75")
    d.sum(["10", "10", "9.95", "10", "10"], "49.95")
    d.table([
        ("预算执行率", "10", "9.80", "exec", "72.00", "70.56"),
        ("品种", "10", "10", "gte", "20", "23"),
        ("总量", "10", "10", "gte", "5", "5.32"),
        ("完好率", "10", "9.95", "gte", "98", "97.5"),
        ("响应时间", "10", "10", "lte", "12", "8"),
        ("单位成本", "10", "10", "lte", "60", "53.33"),
        ("保障人次", "15", "15", "gte", "5000", "6240"),
        ("长效机制", "15", "15", "qual", "", ""),
        ("满意度", "10", "10", "gte", "90", "95"),
    ], "99.75", "优", "｜115.00%｜10｜10｜", "｜106.40%｜10｜10｜", "｜99.49%｜10｜9.95｜", "｜8小时｜100.00%｜10｜10｜",
        "｜53.33元/平方米｜100.00%｜10｜10｜", "｜124.80%｜15｜15｜", "｜健全｜健全｜—｜15｜15｜", "｜105.56%｜10｜10｜",
        "总分｜｜｜｜｜｜100｜99.75｜")


def changed_window(a, b):
    """(start, end_in_b, end_in_a) of the single region where b differs from a."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(b) - j, len(a) - j


def check_set():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files:
        fail("labels.jsonl and cases/ do not list the same files")
    clean = [r for r in labels if r["clean"]]
    errs = [r for r in labels if not r["clean"]]
    if len(clean) != 5 or len(errs) != 30:
        fail(f"expected 5 clean and 30 error cases, got {len(clean)} and {len(errs)}")
    regions = set()
    for r in clean:
        regions.add(r["source"])
        if r["expected"]:
            fail(f"{r['case']}: clean case with expected findings")
    if len(regions) != 5:
        fail("clean drafts must come from five projects")
    counts = {c: 0 for c in CODES}
    for r in labels:
        text = read(r["case"])
        if not 3000 <= len(text) <= 5000:
            fail(f"{r['case']}: {len(text)} characters, outside 3,000-5,000")
        if r["clean"]:
            continue
        base = read(f"{r['source']}-clean.txt")
        if text == base:
            fail(f"{r['case']}: identical to its clean draft")
            continue
        s, e_new, e_old = changed_window(base, text)
        if e_new - s > MAX_WINDOW or e_old - s > MAX_WINDOW:
            fail(f"{r['case']}: changed window {s}..{max(e_new, e_old)} is wider than {MAX_WINDOW} characters")
        if len(r["expected"]) != 1:
            fail(f"{r['case']}: expected one labelled error")
        for exp in r["expected"]:
            if exp["code"] not in CODES:
                fail(f"{r['case']}: unknown code {exp['code']}")
            else:
                counts[exp["code"]] += 1
            if exp.get("severity") != "error":
                fail(f"{r['case']}: severity must be error")
            v = exp["value"]
            occ = []
            k = text.find(v)
            while v and k >= 0:
                occ.append((k, k + len(v)))
                k = text.find(v, k + 1)
            if not occ:
                fail(f"{r['case']}: value {v!r} does not occur in the case")
            elif not any(a < max(e_new, s + 1) and s < b for a, b in occ):
                fail(f"{r['case']}: no occurrence of the value overlaps the changed place")
    for c, n in counts.items():
        if n < 2:
            fail(f"code {c} occurs {n} times (need >= 2)")
    return counts


def main():
    check_qinggang()
    check_runan()
    check_jinxian()
    check_qianxian()
    check_haidong()
    counts = check_set()
    for p in problems:
        print("FAIL", p)
    if problems:
        sys.exit(1)
    print("codes:", ", ".join(f"{c}={n}" for c, n in counts.items()))
    print("OK")


if __name__ == "__main__":
    main()
