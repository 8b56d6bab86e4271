#!/usr/bin/env python3
"""Check set n102: label values, edit sizes, and the arithmetic of every clean draft.

Run after build.py:  python3 build.py && python3 verify.py   -> prints OK (exit 0) or the failures.
Pure Python 3, no third-party packages. Tolerance: a stated number with d decimals matches a
computed value c iff |c - v| <= 0.5 * 10^-d (+1e-9) (rules.md §8); rounding is ROUND_HALF_UP.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
from build import EDITS, PROJECTS  # noqa: E402

FAIL = []


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- arithmetic helpers
def close(stated, computed):
    """stated: number as written (str); computed: Decimal."""
    d = len(stated.split(".")[1]) if "." in stated else 0
    tol = D("0.5") * (D(10) ** -d) + D("1e-9")
    return abs(D(stated) - computed) <= tol


def chk(text, where, stated, computed, note=""):
    """`where` must occur in the draft and contain `stated`; `stated` must match `computed`."""
    if where not in text:
        fail("missing text %r (%s)" % (where, note))
        return
    if stated not in where:
        fail("bad check: %r not in %r" % (stated, where))
        return
    if not close(stated, D(computed)):
        fail("%s: stated %s, computed %s (%s)" % (where, stated, D(computed).quantize(D("0.0001")), note))


def pct(a, b):
    return D(a) / D(b) * 100


def s(*xs):
    return sum((D(x) for x in xs), D(0))


def grade(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


NUM = re.compile(r"^\d+(\.\d+)?$")


def table(text, header, end_prefix, exec_prefix=None):
    """Rebuild the OCR score table: every line after `header` up to the line starting with
    `end_prefix` whose cells end with weight and score (last two bare numbers).
    Returns (rows, stated_weight_total, stated_score_total)."""
    lines = text.split("\n")
    rows = []
    if exec_prefix:
        for ln in lines:
            if ln.startswith(exec_prefix):
                nums = [c for c in ln.split(" ") if NUM.match(c)]
                rows.append((ln, D(nums[-2]), D(nums[-1])))
                break
        else:
            fail("no execution row %r" % exec_prefix)
    i = next(k for k, ln in enumerate(lines) if ln.startswith(header))
    i += 2  # header wraps onto two lines
    while not lines[i].startswith(end_prefix):
        nums = [c for c in lines[i].split(" ") if NUM.match(c)]
        if len(nums) < 2:
            fail("cannot read row %r" % lines[i])
        else:
            rows.append((lines[i], D(nums[-2]), D(nums[-1])))
        i += 1
    end = lines[i].split(" ")
    return rows, D(end[-2]), D(end[-1])


def check_table(text, header, end_prefix, exec_prefix, grades):
    rows, wt, st = table(text, header, end_prefix, exec_prefix)
    w = sum(r[1] for r in rows)
    sc = sum(r[2] for r in rows)
    if w != 100 or wt != 100:
        fail("weights sum %s, stated %s" % (w, wt))
    if sc != st:
        fail("scores sum %s, stated total %s" % (sc, st))
    for ln, wi, si in rows:
        if si > wi or si < 0:
            fail("score above weight: %r" % ln)
    g = grade(st)
    for gtxt in grades:
        if gtxt not in text:
            fail("grade text %r missing" % gtxt)
        elif g not in gtxt:
            fail("grade %r does not match total %s (%s)" % (gtxt, st, g))
    return rows, st


def row_score(text, row_start, weight, target, actual, kind="gte"):
    """Check a scored row: `row_start` identifies the line; score = weight*min(1, A/T) (gte) or
    weight*min(1, T/A) (lte)."""
    line = next((ln for ln in text.split("\n") if ln.startswith(row_start)), None)
    if line is None:
        fail("row %r missing" % row_start)
        return
    nums = [c for c in line.split(" ") if NUM.match(c)]
    t, a = D(target), D(actual)
    ratio = a / t if kind == "gte" else t / a
    expect = D(weight) * min(D(1), ratio)
    if D(nums[-2]) != D(weight):
        fail("row %r weight %s, expected %s" % (row_start, nums[-2], weight))
    if not close(nums[-1], expect):
        fail("row %r score %s, computed %s" % (row_start, nums[-1], expect))


# ---------------------------------------------------------------- per-project arithmetic
def p1(T):
    chk(T, "年中追加28.40万元", "28.40", s("12.00", "16.40"))
    chk(T, "调整后全年预算243.00万元", "243.00", s("214.60", "28.40"))
    chk(T, "当年财政拨款214.40万元", "214.40", s("186.00", "12.00", "16.40"))
    chk(T, "年初预算214.60万元，其中县级财政拨款186.00万元、上年结转资金28.60万元", "214.60", s("186.00", "28.60"))
    chk(T, "全年实际到位资金243.00万元，资金到位率100%", "100", pct("243.00", "243.00"))
    chk(T, "预算执行率96.47%", "96.47", pct("234.43", "243.00"))
    chk(T, "年度资金总额 214.60 243.00 234.43 10 96.47% 9.65", "9.65", pct("234.43", "243.00") / 10)
    chk(T, "项目实际支出234.43万元，预算执行率96.47%，其中当年财政拨款支出205.83万元", "234.43", s("205.83", "28.60"))
    chk(T, "弹药购置132.66万元（其中火箭弹98.10万元、高炮炮弹34.56万元）", "132.66", s("98.10", "34.56"))
    chk(T, "火箭弹98.10万元", "98.10", D(180) * 5450 / 10000)
    chk(T, "高炮炮弹34.56万元", "34.56", D(3600) * 96 / 10000)
    chk(T, "作业人员补助35.28万元", "35.28", D(42) * 6 * 1400 / 10000)
    chk(T, "人身意外伤害保险3.36万元", "3.36", D(42) * 800 / 10000)
    chk(T, "共计33600元", "33600", D(42) * 800)
    chk(T, "63.13万元，其中作业点标准化改造37.50万元", "63.13", s("37.50", "15.20", "10.43"))
    chk(T, "项目实际支出234.43万元", "234.43", s("132.66", "35.28", "3.36", "63.13"))
    chk(T, "结余8.57万元", "8.57", D("243.00") - D("234.43"))
    chk(T, "合同总价46.07万元，已付37.50万元", "46.07", s("37.50", "8.57"))
    chk(T, "当年财政拨款 186.00 214.40 205.83", "205.83", D("214.40") - D("8.57"))
    chk(T, "完成年度指标（≥80次）的111.25%", "111.25", pct(89, 80))
    chk(T, "其中防雹作业58次、增雨作业31次", "58", D(89) - 31)
    chk(T, "较2021年的76次增加13次", "13", D(89) - 76)
    chk(T, "增长17.11%", "17.11", pct(13, 76))
    chk(T, "分别为8、11、19、24、17、10次", "10", D(89) - s(8, 11, 19, 24, 17))
    chk(T, "月均作业14.83次", "14.83", D(89) / 6)
    chk(T, "按采购单价折合126.52万元", "126.52", (D(172) * 5450 + D(3415) * 96) / 10000)
    chk(T, "年末库存火箭弹32枚", "32", D(24) + 180 - 172)
    chk(T, "高炮炮弹785发", "785", D(600) + 3600 - 3415)
    chk(T, "达标率92.86%", "92.86", pct(13, 14))
    chk(T, "作业响应及时率93.26%", "93.26", pct(83, 89))
    chk(T, "指标完成率98.17%", "98.17", pct("93.26", 95))
    chk(T, "约占全县苹果种植面积的68%", "68", pct("37.5", 55))
    chk(T, "完成率92.50%", "92.50", pct("0.74", "0.80"))
    chk(T, "果农满意度95.6%", "95.6", pct(457, 478))
    chk(T, "持证作业人员42名（每点3名）", "42", D(14) * 3)
    chk(T, "固定作业点14个，其中高炮作业点6个、火箭作业点8个", "14", s(6, 8))
    row_score(T, "时效指标 作业响应及时率", 10, 95, "93.26")
    row_score(T, "生态效益 增雨作业增加降水量", 10, "0.80", "0.74")
    check_table(T, "一级 二级 三级指标", "总分", "年度资金总额", ['评价等级为"优"', "评价等级：优"])
    chk(T, "本项目2022年度自评得分98.72分", "98.72", D("98.72"))


def p2(T):
    chk(T, "当年财政拨款调整为620.00万元", "620.00", s("560.00", "60.00"))
    chk(T, "全年预算655.80万元，其中当年财政拨款620.00万元、上年结转资金35.80万元", "655.80", s("620.00", "35.80"))
    chk(T, "资金实际到位655.80万元，到位率100%", "100", pct("655.80", "655.80"))
    chk(T, "全年支出572.86万元，预算执行率87.35%", "87.35", pct("572.86", "655.80"))
    chk(T, "年度资金总额 560.00 655.80 572.86 10 87.35% 8.74", "8.74", pct("572.86", "655.80") / 10)
    chk(T, "支出537.06万元，执行率86.62%", "86.62", pct("537.06", "620.00"))
    chk(T, "全年支出572.86万元", "572.86", s("537.06", "35.80"))
    chk(T, "全年支出572.86万元", "572.86", s("193.95", "186.00", "88.40", "96.40", "8.11"))
    chk(T, "预警短信发布费193.95万元", "193.95", D(4310) * D("0.045"))
    chk(T, "应急广播终端对接费88.40万元", "88.40", D(1040) * 850 / 10000)
    chk(T, "年末结余82.94万元", "82.94", D("655.80") - D("572.86"))
    chk(T, "年末结余82.94万元", "82.94", s("13.60", "49.45", "19.89"))
    chk(T, "涉及资金13.60万元", "13.60", D(160) * 850 / 10000)
    chk(T, "质保金19.89万元", "19.89", D("205.89") - D("186.00"))
    chk(T, "按合同约定支付至90%以上", "90", min(pct("186.00", "205.89"), D(90)))
    chk(T, "发布预警信息13652条，较2022年的11874条增长14.97%", "14.97", pct(13652 - 11874, 11874))
    chk(T, "其中暴雨预警5218条", "5218", D(13652) - s(3406, 2137, 2891))
    chk(T, "完成年度指标的86.67%", "86.67", pct(1040, 1200))
    chk(T, "剩余160个终端", "160", D(1200) - 1040)
    chk(T, "提高1.3个百分点", "1.3", D("97.8") - D("96.5"))
    chk(T, "下降0.003元", "0.003", D("0.048") - D("0.045"))
    chk(T, "公众知晓率88.6%", "88.6", pct(1329, 1500))
    chk(T, "社会公众满意度86.2%", "86.2", pct(1605, 1862))
    chk(T, "（数量15分、质量10分、时效15分、成本10分）", "15", D(10) + 5)
    chk(T, "产出指标50分（数量15分", "50", s(15, 10, 15, 10))
    chk(T, "合计100分", "100", s(50, 30, 10, 10))
    chk(T, "较2022年度（87.50分，良）提高8.32分", "8.32", D("95.82") - D("87.50"))
    row_score(T, "应急广播终端对接数", 5, 1200, 1040)
    row_score(T, "时效指标 预警信息发布时效", 10, 10, 12, "lte")
    row_score(T, "预警信息公众知晓率", 10, 90, "88.6")
    row_score(T, "满意度指标 服务对象满意度", 10, 90, "86.2")
    check_table(T, "一级 二级 三级指标", "总分", "年度资金总额", ['评价等级为"优"'])
    chk(T, "本项目综合评分95.82分", "95.82", D("95.82"))


def p3(T):
    chk(T, "调整后全年预算400.00万元", "400.00", s("320.00", "80.00"))
    chk(T, "实际到位资金 (3) 400.00 400.00 80.00 320.00", "400.00", s("80.00", "320.00"))
    chk(T, "全年执行资金 (4) 386.72 386.72 80.00 306.72", "386.72", s("80.00", "306.72"))
    chk(T, "资金结余 (5)=(3)-(4) 13.28 13.28 0.00 13.28", "13.28", D("400.00") - D("386.72"))
    chk(T, "预算执行率 (7)=(4)/(2) 96.68% 96.68% 100% 95.85%", "95.85", pct("306.72", "320.00"))
    chk(T, "预算执行率 (7)=(4)/(2) 96.68%", "96.68", pct("386.72", "400.00"))
    chk(T, "全年项目支出386.72万元", "386.72", s("130.20", "166.40", "10.80", "38.60", "40.72"))
    chk(T, "飞机增雨作业130.20万元", "130.20", D("46.5") * D("2.80"))
    chk(T, "地面火箭作业166.40万元", "166.40", D(320) * 5200 / 10000)
    chk(T, "焰条购置10.80万元", "10.80", D(600) * 180 / 10000)
    chk(T, "合同金额54.00万元，已支付40.72万元", "54.00", s("40.72", "13.28"))
    chk(T, "项目资金结余13.28万元", "13.28", D("400.00") - D("386.72"))
    chk(T, "平均每架次飞行2.74小时", "2.74", D("46.5") / 17)
    chk(T, "消耗火箭弹298枚，年末库存22枚", "22", D(320) - 298)
    chk(T, "合计1.86亿立方米", "1.86", s("0.42", "0.58", "0.51", "0.35"))
    chk(T, "平均每次过程增雨0.465亿立方米", "0.465", D("1.86") / 4)
    chk(T, "完成年度指标的93.00%", "93.00", pct("1.86", "2.0"))
    chk(T, "完成年度指标的113.33%", "113.33", pct("0.34", "0.30"))
    chk(T, "满意231份，满意度92.40%", "92.40", pct(231, 250))
    chk(T, "≥15架次 17架次 113.33%", "113.33", pct(17, 15))
    chk(T, "≥45小时 46.5小时 103.33%", "103.33", pct("46.5", 45))
    chk(T, "≥60次 64次 106.67%", "106.67", pct(64, 60))
    chk(T, "1.86亿立方米 93.00%", "93.00", pct("1.86", "2.0"))
    chk(T, "0.34亿立方米 113.33%", "113.33", pct("0.34", "0.30"))
    chk(T, "≥90% 92.40% 102.67%", "102.67", pct("92.40", 90))
    chk(T, "100% 96.68% 96.68% 10 9.67", "9.67", pct("386.72", "400.00") / 10)
    row_score(T, "效益指标 生态效益 汇水区增雨量", 12, "2.0", "1.86")
    check_table(T, "一级 二级 三级指标", "合计", None, ['评价等级为"优"'])
    chk(T, "本项目自评得分98.83分", "98.83", D("98.83"))


def p4(T):
    chk(T, "年初预算180.00万元，其中县级财政资金150.00万元、县烟草公司配套资金30.00万元", "180.00", s("150.00", "30.00"))
    chk(T, "调整后全年预算168.00万元，其中县级财政资金138.00万元、其他资金30.00万元", "168.00", s("138.00", "30.00"))
    chk(T, "县级财政资金138.00万元、其他资金", "138.00", D("150.00") - D("12.00"))
    chk(T, "合计138.00万元", "138.00", s("90.00", "48.00"))
    chk(T, "全年实际到位168.00万元，到位率100%", "100", pct("168.00", "168.00"))
    chk(T, "全年支出161.10万元，预算执行率95.89%", "95.89", pct("161.10", "168.00"))
    chk(T, "年度资金总额 180.00 168.00 161.10 10 95.89% 9.59", "9.59", pct("161.10", "168.00") / 10)
    chk(T, "131.10万元，执行率95.00%", "95.00", pct("131.10", "138.00"))
    chk(T, "全年支出161.10万元", "161.10", s("131.10", "30.00"))
    chk(T, "全年支出161.10万元", "161.10", s("79.50", "19.00", "22.00", "3.60", "7.00", "30.00"))
    chk(T, "县级财政资金支出131.10万元", "131.10", s("79.50", "19.00", "22.00", "3.60", "7.00"))
    chk(T, "计79.50万元", "79.50", D(150) * 5300 / 10000)
    chk(T, "计19.00万元", "19.00", D(2000) * 95 / 10000)
    chk(T, "计22.00万元", "22.00", D(44) * 5 * 1000 / 10000)
    chk(T, "计3.60万元", "3.60", D(8) * 4500 / 10000)
    chk(T, "计7.00万元", "7.00", D(14) * 5000 / 10000)
    chk(T, "结余6.90万元", "6.90", D("168.00") - D("161.10"))
    chk(T, "结余6.90万元", "6.90", s("3.00", "3.90"))
    chk(T, "节约3.00万元", "3.00", D(150) * (5500 - 5300) / 10000)
    chk(T, "共44名", "44", D(22) * 2)
    chk(T, "作业点22个，其中高炮点8个、火箭点14个", "22", s(8, 14))
    chk(T, "为年度指标60次的70.00%", "70.00", pct(42, 60))
    chk(T, "较2019年的58次减少16次", "16", D(58) - 42)
    chk(T, "较2019年的5.6万亩减少0.8万亩", "0.8", D("5.6") - D("4.8"))
    chk(T, "标准化率77.27%", "77.27", pct(17, 22))
    chk(T, "5个作业点未达标", "5", D(22) - 17)
    chk(T, "产出指标（60分，得分56.40分）", "56.40", s("8.40", 8, 8, 12, 10, 10))
    chk(T, "效益指标（30分，得分23.86分）", "23.86", s("5.00", "9.20", "9.66"))
    chk(T, "合计89.85分", "89.85", s("9.59", "56.40", "23.86"))
    row_score(T, "产出指标 数量指标 防雹作业次数", 12, 60, 42)
    row_score(T, "效益指标 经济效益 烟叶冰雹受灾面积", 10, 3000, 6000, "lte")
    row_score(T, "社会效益 防雹保护烟田面积", 10, "5.0", "4.6")
    row_score(T, "可持续影响 作业点标准化率", 10, 80, "77.27")
    check_table(T, "一级 二级 三级指标", "总分", "年度资金总额", ['评价等级为"良"', "评价等级：良"])


def p5(T):
    chk(T, "年初预算1662.40万元，其中基本支出1126.40万元、项目支出536.00万元", "1662.40", s("1126.40", "536.00"))
    chk(T, "全年预算1755.30万元，其中基本支出1142.80万元、项目支出612.50万元", "1755.30", s("1142.80", "612.50"))
    chk(T, "中央财政拨款1021.60万元、地方财政拨款733.70万元", "733.70", s("121.20", "612.50"))
    chk(T, "中央财政拨款1021.60万元、地方财政拨款733.70万元", "1021.60", D("1755.30") - D("733.70"))
    chk(T, "中央财政拨款1021.60万元、地方财政拨款121.20万元", "121.20", D("1142.80") - D("1021.60"))
    chk(T, "全年支出1727.22万元，其中基本支出1142.80万元、项目支出584.42万元", "1727.22", s("1142.80", "584.42"))
    chk(T, "总体预算执行率98.40%", "98.40", pct("1727.22", "1755.30"))
    chk(T, "项目支出执行率95.42%", "95.42", pct("584.42", "612.50"))
    chk(T, "较2023年的12.28万元减少0.82万元", "0.82", D("12.28") - D("11.46"))
    chk(T, "较年初预算增加76.50万元", "76.50", D("612.50") - D("536.00"))
    chk(T, "项目支出 536.00 612.50 584.42 95.42%", "536.00", s("260.00", "96.00", "120.00", "60.00"))
    chk(T, "项目支出 536.00 612.50 584.42 95.42%", "612.50", s("286.00", "118.50", "126.00", "82.00"))
    chk(T, "项目支出 536.00 612.50 584.42 95.42%", "584.42", s("279.64", "118.50", "121.38", "64.90"))
    chk(T, "①人工影响天气作业 260.00 286.00 279.64 97.78%", "97.78", pct("279.64", "286.00"))
    chk(T, "②气象灾害预警信息发布 96.00 118.50 118.50 100.00%", "100.00", pct("118.50", "118.50"))
    chk(T, "③气象观测站网运维 120.00 126.00 121.38 96.33%", "96.33", pct("121.38", "126.00"))
    chk(T, "④苹果气象服务中心建设 60.00 82.00 64.90 79.15%", "79.15", pct("64.90", "82.00"))
    chk(T, "项目执行率79.15%", "79.15", pct("64.90", "82.00"))
    chk(T, "设备尾款17.10万元", "17.10", D("82.00") - D("64.90"))
    chk(T, "人影弹药购置资金200.00万元", "200.00", D("260.00") - D("60.00"))
    chk(T, "7月追加冰雹多发期作业经费26.00万元", "26.00", D("286.00") - D("260.00"))
    chk(T, "计208.24万元", "208.24", D(380) * 5480 / 10000)
    chk(T, "支付作业人员补助及保险71.40万元", "71.40", D("279.64") - D("208.24"))
    chk(T, "年末结转资金28.08万元", "28.08", D("1755.30") - D("1727.22"))
    chk(T, "年末结转资金28.08万元", "28.08", D("612.50") - D("584.42"))
    chk(T, "作业点126个，其中火箭作业点98个、高炮作业点28个", "126", s(98, 28))
    chk(T, "（≥200次）的118.00%", "118.00", pct(236, 200))
    chk(T, "较2023年的212次增加24次", "24", D(236) - 212)
    chk(T, "全年发布气象灾害预警信号412期", "412", s(96, 58, 71, 43, 144))
    chk(T, "覆盖人数221.4万人，覆盖率98.01%", "98.01", pct("221.4", "225.9"))
    chk(T, "100% 98.40% 10 9.84", "9.84", pct("1727.22", "1755.30") / 10)
    chk(T, "合计100分", "100", s(10, 50, 30, 10))
    check_table(T, "一级 二级 三级指标", "合计", None, ['评价等级为"优"'])
    chk(T, "绩效自评得分96.84分", "96.84", D("96.84"))


ARITH = dict(zip(PROJECTS, [p1, p2, p3, p4, p5]))


# ---------------------------------------------------------------- labels and edits
def changed_region(a, b):
    """Common prefix/suffix diff: (start, end_a, end_b) so that a[start:end_a] -> b[start:end_b]."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def check_edit(name, clean, case, two_rows):
    s0, ea, eb = changed_region(clean, case)
    if s0 == len(clean) and s0 == len(case):
        fail("%s: identical to the clean draft" % name)
        return None
    old_part, new_part = clean[s0:ea], case[s0:eb]
    if not two_rows:
        if "\n" in old_part or "\n" in new_part:
            fail("%s: edit spans lines" % name)
        if max(len(old_part), len(new_part)) > 16:
            fail("%s: edit %r -> %r longer than 16 chars" % (name, old_part, new_part))
    else:
        ol, nl = clean.split("\n"), case.split("\n")
        if len(ol) != len(nl):
            fail("%s: line count changed" % name)
        diff = [k for k in range(len(ol)) if ol[k] != nl[k]]
        if len(diff) > 2 or (len(diff) == 2 and diff[1] != diff[0] + 1):
            fail("%s: two-row edit touches lines %s" % (name, diff))
        total = 0
        for k in diff:
            a, b = ol[k], nl[k]
            p, qa, qb = changed_region(a, b)
            total += max(qa - p, qb - p)
        if total > 16:
            fail("%s: two-row edit changes %d chars" % (name, total))
    return s0, eb


def main():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    cleans = {p: read(p + "-clean.txt") for p in PROJECTS}
    two = {"%s-e%d.txt" % (e[0], e[1]): e[7] for e in EDITS}
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        fail("labels.jsonl and cases/ disagree")

    # arithmetic of the clean drafts
    for p in PROJECTS:
        text = cleans[p]
        n = len(text)
        if not 2500 <= n <= 6000:
            fail("%s: clean draft has %d characters" % (p, n))
        before = len(FAIL)
        ARITH[p](text)
        if len(FAIL) > before:
            FAIL.insert(before, "---- arithmetic failures in %s" % p)

    codes = {}
    for lab in labels:
        name = lab["case"]
        text = read(name)
        clean = cleans[lab["source"]]
        if lab["clean"]:
            if lab["expected"] or text != clean:
                fail("%s: clean label inconsistent" % name)
            continue
        if len(lab["expected"]) != 1:
            fail("%s: expected must hold one error" % name)
        reg = check_edit(name, clean, text, two.get(name, False))
        for e in lab["expected"]:
            v = e["value"]
            codes.setdefault(e["code"], set()).add(lab["source"])
            if e["severity"] != "error":
                fail("%s: severity %s" % (name, e["severity"]))
            if text.count(v) != 1:
                fail("%s: value %r occurs %d times in the case" % (name, v, text.count(v)))
            if v in clean:
                fail("%s: value %r occurs in the clean draft" % (name, v))
            if reg and text.count(v) == 1:
                i = text.index(v)
                s0, eb = reg
                if not (i < max(eb, s0 + 1) and s0 < i + len(v)):
                    fail("%s: value does not cover the edit" % name)

    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                "completion_mismatch"]
    for c in required:
        if len(codes.get(c, ())) < 2:
            fail("code %s used in fewer than 2 projects" % c)

    if FAIL:
        print("\n".join(FAIL))
        print("FAILED (%d)" % len(FAIL))
        sys.exit(1)
    print("OK: %d cases, %d error cases, codes: %s" % (
        len(labels), len(labels) - len(PROJECTS),
        ", ".join("%s×%d" % (c, sum(1 for l in labels for e in l["expected"] if e["code"] == c))
                  for c in required)))


if __name__ == "__main__":
    main()
