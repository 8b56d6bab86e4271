#!/usr/bin/env python3
"""Check drafts235: labels against cases, one edit per error case, and the arithmetic
of every clean draft (rates, sums, balances, averages, completion rates, indicator
scores, weights, totals, grades).  Prints OK at the end when everything holds."""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import build  # noqa: E402

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- arithmetic helpers
def decimals(s):
    m = re.search(r"\d+(?:\.(\d+))?", s)
    return len(m.group(1)) if m and m.group(1) else 0


def num(s):
    return D(re.search(r"-?\d+(?:\.\d+)?", s.replace(",", "")).group(0))


def close(computed, stated, ctx):
    """stated is a string as printed; tolerance half a unit of its last digit (rules §8)."""
    v, d = num(stated), decimals(stated)
    if abs(D(computed) - v) > D("0.5") * D(10) ** -d + D("1e-9"):
        fail("%s: computed %s, stated %s" % (ctx, D(computed).quantize(D("0.0001")), stated))


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


class Check:
    def __init__(self, pid):
        self.pid = pid
        self.text = read(pid + "-clean.txt")

    def need(self, *subs):
        for s in subs:
            if s not in self.text:
                fail("%s: missing %r" % (self.pid, s))

    def eq(self, computed, stated, what, *context):
        self.need(*context)
        close(computed, stated, "%s %s" % (self.pid, what))

    def rate(self, a, b, stated, what, *context):
        self.eq(D(a) / D(b) * 100, stated, what, *context)

    def total(self, parts, stated, what, *context):
        self.eq(sum(D(p) for p in parts), stated, what, *context)

    def mean(self, items, stated, what, *context):
        self.eq(sum(D(i) for i in items) / len(items), stated, what, *context)


def rule_score(target, actual, weight, kind):
    """Score under rules.md §5; kind: gte / lte / eq0 / qual:<lo>-<hi> / late."""
    w = D(weight)
    if kind == "gte":
        t, a = num(target), num(actual)
        return w if a >= t else w * a / t
    if kind == "lte":
        t, a = num(target), num(actual)
        return w if a <= t else w * t / a
    if kind == "eq0":
        return w if num(actual) == 0 else D(0)
    raise ValueError(kind)


def completion(target, actual, kind):
    t, a = num(target), num(actual)
    if kind == "lte":
        return D(100) if a <= t else t / a * 100
    return a / t * 100


def unit_of(s):
    return re.sub(r"[≥≤<>＜＞=\d.,\s]", "", s)


def indicators(c, rows, fmt, exec_weight, exec_score, total, subtotals=None):
    """rows: (level1, name, target, actual, weight, score, kind[, completion]); fmt builds the
    row as laid out in the draft.  Checks presence, score rule, units, weights, total, grade."""
    wsum, ssum = D(exec_weight), D(exec_score)
    by_level = Counter()
    score_by_level = Counter()
    for row in rows:
        lvl, name, target, actual, weight, score, kind = row[:7]
        c.need(fmt(row))
        if D(score) > D(weight) or D(score) < 0:
            fail("%s %s: score %s outside [0, %s]" % (c.pid, name, score, weight))
        if kind.startswith("qual:"):
            lo, hi = (D(x) for x in kind[5:].split("-"))
            if not (D(weight) * lo <= D(score) <= D(weight) * hi):
                fail("%s %s: qualitative score %s outside band" % (c.pid, name, score))
        elif kind == "late":
            if not D(score) < D(weight):
                fail("%s %s: late delivery scored in full" % (c.pid, name))
        else:
            if unit_of(target) != unit_of(actual):
                fail("%s %s: unit of target %r and actual %r differ" % (c.pid, name, target, actual))
            close(rule_score(target, actual, weight, kind), score, "%s %s score" % (c.pid, name))
            if len(row) > 7:
                close(completion(target, actual, kind), row[7], "%s %s completion" % (c.pid, name))
        wsum += D(weight)
        ssum += D(score)
        by_level[lvl] += D(weight)
        score_by_level[lvl] += D(score)
    if wsum != 100:
        fail("%s: weights sum to %s" % (c.pid, wsum))
    close(ssum, total, "%s total score" % c.pid)
    for lvl, (w, s) in (subtotals or {}).items():
        if by_level[lvl] != D(w):
            fail("%s: %s weights %s vs subtotal %s" % (c.pid, lvl, by_level[lvl], w))
        close(score_by_level[lvl], s, "%s %s subtotal" % (c.pid, lvl))
    return by_level, score_by_level


# ---------------------------------------------------------------- the five drafts
def check_yunlong():
    c = Check("yunlong-dizaiyujing-2019")
    # funds block (flattened cells)
    c.need("\t年度资金总额\n\t120.00\n\t146.50\n\t138.62\n\t10\n\t94.62%\n\t9.46\n",
           "\t其中：当年财政拨款\n\t120.00\n\t128.00\n\t120.12\n",
           "\t上年结转资金\n\t0.00\n\t18.50\n\t18.50\n", "\t其他资金\n\t0.00\n\t0.00\n\t0.00\n")
    c.rate("138.62", "146.50", "94.62%", "execution rate")
    c.eq(r2(D(10) * D("138.62") / D("146.50")), "9.46", "execution score")
    c.total(["120.00", "0.00", "0.00"], "120.00", "年初 components")
    c.total(["128.00", "18.50", "0.00"], "146.50", "全年 components")
    c.total(["120.12", "18.50", "0.00"], "138.62", "执行 components")
    # prose
    c.total(["42.00", "78.00"], "120.00", "年初 sources", "年初预算120.00万元，其中省级地质灾害防治专项资金42.00万元", "县级财政安排78.00万元")
    c.total(["120.00", "8.00", "18.50"], "146.50", "全年预算", "州级追加补助8.00万元", "2018年结转资金18.50万元，全年预算146.50万元")
    c.total(["120.00", "8.00"], "128.00", "当年财政拨款 = 年初 + 追加")
    c.need("资金已全部到位，到位率100%")
    c.total(["70.32", "24.80", "26.50", "9.60", "7.40"], "138.62", "spending items",
            "全年实际支出138.62万元，其中：群测群防员补助70.32万元", "普适型监测设备运行维护24.80万元", "隐患点排查及应急调查26.50万元",
            "宣传培训及应急演练9.60万元", "汛期值守及信息系统运行7.40万元")
    c.eq(D(586) * 1200 / 10000, "70.32", "补助 586人 × 1200元", "（586人，每人每年1200元）")
    c.eq(D("146.50") - D("138.62"), "7.88", "balance", "剩余7.88万元", "结转至2020年")
    c.rate("116.50", "135.00", "86.30%", "2018 execution rate", "2018年度该项目预算135.00万元，执行116.50万元，执行率86.30%，结转18.50万元")
    c.eq(D("135.00") - D("116.50"), "18.50", "2018 carry-over")
    c.mean(["92.8", "93.1", "94.0", "94.5"], "93.6", "quarterly online rate", "分别为92.8%、93.1%、94.0%、94.5%，全年平均在线率93.6%")
    c.rate("93.6", "95", "98.53%", "online-rate completion", "为年度指标值（≥95%）的98.53%")
    c.rate("26", "20", "130%", "training completion", "开展宣传培训及应急演练26场次，完成年度指标的130%")
    c.need("群众满意度94.2%")
    fmt = lambda r: "\t%s\n\t%s\n\t%s\n\t%s\n\t%s\n" % r[1:6]
    rows = [
        ("产出", "群测群防员补助发放人数", "≥586人", "586人", "10", "10", "gte"),
        ("产出", "隐患点巡查排查", "≥312处", "312处", "10", "10", "gte"),
        ("产出", "普适型监测设备运行维护", "≥42处", "42处", "5", "5", "gte"),
        ("产出", "宣传培训及应急演练", "≥20场次", "26场次", "5", "5", "gte"),
        ("产出", "监测设备在线率", "≥95%", "93.6%", "10", "9.85", "gte"),
        ("产出", "补助发放及时率", "100%", "100%", "5", "5", "gte"),
        ("产出", "群测群防员补助标准", "1200元/人·年", "1200元/人·年", "5", "5", "gte"),
        ("效益", "因地质灾害造成人员死亡", "0人", "0人", "10", "10", "eq0"),
        ("效益", "成功预警避险", "≥1起", "3起", "10", "10", "gte"),
        ("效益", "群测群防体系长效运行", "长期有效运行", "基本达成", "10", "9", "qual:0.8-1"),
        ("满意度", "受威胁群众满意度", "≥90%", "94.2%", "10", "10", "gte"),
    ]
    indicators(c, rows, fmt, "10", "9.46", "98.31", {"产出": ("50", "49.85"), "效益": ("30", "29"), "满意度": ("10", "10")})
    c.need("\t总分\n\t\n\t\n\t\n\t\n\t100\n\t98.31\n", "预算执行得分9.46分，产出指标得分49.85分，效益指标得分29分，满意度指标得分10分，自评总分98.31分")
    c.total(["9.46", "49.85", "29", "10"], "98.31", "prose total")
    if grade("98.31") != "优":
        fail("yunlong grade")
    c.need("评价等级为“优”", "2019年度地质灾害", "（2019年度）")


def check_shuicheng():
    c = Check("shuicheng-meikuangjianguan-2022")
    c.need("年度资金总额\t265.00\t265.00\t198.75\t10\t75.00%\t7.50", "其中：当年财政拨款\t265.00\t265.00\t198.75\t",
           "上年结转资金\t0.00\t0.00\t0.00\t", "其他资金\t0.00\t0.00\t0.00\t")
    c.rate("198.75", "265.00", "75.00%", "execution rate", "全年支出198.75万元，预算执行率75.00%")
    c.eq(r2(D(10) * D("198.75") / D("265.00")), "7.50", "execution score")
    c.total(["60.00", "205.00"], "265.00", "sources", "年初预算265.00万元，其中市级补助资金60.00万元、区级财政资金205.00万元，全年预算未调整")
    c.total(["115.20", "22.45", "29.40", "18.60", "13.10"], "198.75", "spending items",
            "驻矿安监员补助115.20万元", "执法检查车辆运行及执法装备22.45万元", "煤矿专家会诊29.40万元", "瓦斯监控联网平台运维18.60万元",
            "安全培训及警示教育13.10万元")
    c.eq(D(32) * 3000 * 12 / 10000, "115.20", "驻矿补助 32 × 3000 × 12", "实际派驻32名，每人每月3000元")
    c.eq(D(21) * D("1.40"), "29.40", "会诊 21 × 1.40", "（21处，每处1.40万元）")
    c.eq(D(38) - 6, "32", "驻矿人数", "计划派驻驻矿安监员38名", "相应撤回6名")
    c.eq(D("265.00") - D("198.75"), "66.25", "balance", "结余资金66.25万元")
    c.rate("1188", "1286", "92.4%", "隐患整改率", "全年查出一般隐患1,286条，整改1,188条，整改率92.4%")
    c.eq(D(1) / D(1650) * 100, "0.06", "百万吨死亡率 (1 death / 约1650万吨)", "死亡1人，煤矿百万吨死亡率0.06", "原煤产量约1650万吨")
    c.need("全年共开展煤矿安全执法检查276矿次", "执法检查276矿次，专家会诊21处", "对21处煤矿开展了专家会诊", "达标率为48%")
    fmt = lambda r: "%s\t%s\t%s\t%s\t%s\t" % r[1:6]
    rows = [
        ("产出", "煤矿安全执法检查", "≥300矿次", "276矿次", "10", "9.20", "gte"),
        ("产出", "专家会诊煤矿", "≥30处", "21处", "10", "7.00", "gte"),
        ("产出", "驻矿安监员派驻覆盖率", "100%", "100%", "5", "5", "gte"),
        ("产出", "一般隐患整改率", "≥95%", "92.4%", "10", "9.73", "gte"),
        ("产出", "瓦斯监控系统联网率", "100%", "100%", "5", "5", "gte"),
        ("产出", "执法文书按期送达率", "100%", "100%", "5", "5", "gte"),
        ("产出", "驻矿安监员补助标准", "≤3000元/人·月", "3000元/人·月", "5", "5", "lte"),
        ("效益", "较大及以上煤矿生产安全事故", "0起", "0起", "10", "10", "eq0"),
        ("效益", "煤矿百万吨死亡率", "≤0.08", "0.06", "10", "10", "lte"),
        ("效益", "安全生产标准化二级及以上达标率", "≥80%", "48%", "10", "6.00", "gte"),
        ("满意度", "煤矿企业满意度", "≥90%", "84%", "10", "9.33", "gte"),
    ]
    indicators(c, rows, fmt, "10", "7.50", "88.76")
    c.need("总分\t\t\t\t\t100\t88.76\t", "本项目自评得分88.76分，评价等级为良好")
    if grade("88.76") != "良":
        fail("shuicheng grade")
    c.need("2022年度煤矿安全监管", "（2022年度）", "已于2022年12月交回区财政")


def check_yintai():
    c = Check("yintai-kuangshanxiufu-2024")
    c.need("年度资金总额｜860.00｜1100.00｜1023.40｜10｜93.04%｜9.30", "其中：当年财政拨款｜860.00｜1100.00｜1023.40｜",
           "上年结转资金｜0.00｜0.00｜0.00｜", "其他资金｜0.00｜0.00｜0.00｜")
    c.rate("1023.40", "1100.00", "93.04%", "execution rate")
    c.eq(r2(D(10) * D("1023.40") / D("1100.00")), "9.30", "execution score")
    c.total(["600.00", "240.00", "260.00"], "1100.00", "sources",
            "年初预算860.00万元，年中追加后全年预算1100.00万元，其中：中央财政重点生态保护修复治理资金600.00万元（2023年12月提前下达）、省级矿山地质环境治理恢复资金240.00万元、区级配套资金260.00万元")
    c.total(["412.60", "368.30", "242.50"], "1023.40", "spending by area",
            "全年支出1023.40万元，其中：广阳镇片区412.60万元、陈炉镇片区368.30万元、阿庄镇片区242.50万元")
    c.eq(D("1100.00") - D("1023.40"), "76.60", "carry-over", "未支付的76.60万元", "已结转至2025年")
    c.need("支付率分别为96%、97%和84%")
    c.total(["38.6", "31.2", "22.7"], "92.5", "area by town", "完成修复治理面积92.5公顷，其中广阳镇片区38.6公顷、陈炉镇片区31.2公顷、阿庄镇片区22.7公顷")
    c.total(["10", "8", "6"], "24", "patches by town", "修复图斑24个（广阳镇10个、陈炉镇8个、阿庄镇6个）")
    c.eq(D("1023.40") / D("92.5"), "11.06", "cost per hectare", "单位面积治理成本11.06万元/公顷")
    c.eq(D(10) - D("9.30"), "0.70", "deduction execution", "扣0.70分")
    c.eq(D(10) - D("9.55"), "0.45", "deduction survival", "扣0.45分")
    c.eq(D(100) - D("0.70") - 1 - D("0.45"), "97.85", "total from deductions", "综合得分97.85分，等级为优")
    c.need("群众满意度95.3%", "新增林草植被面积86.4公顷", "消除崩塌、滑坡隐患点6处", "植被成活率81.2%")
    fmt = lambda r: "｜%s｜%s｜%s｜%s｜%s｜" % r[1:6]
    rows = [
        ("产出", "修复治理面积", "≥90公顷", "92.5公顷", "15", "15", "gte"),
        ("产出", "完成修复图斑", "≥24个", "24个", "10", "10", "gte"),
        ("产出", "竣工验收合格率", "100%", "100%", "10", "10", "gte"),
        ("产出", "工程完工时间", "2024年11月30日前", "2024年12月20日", "5", "4", "late"),
        ("产出", "单位面积治理成本", "≤12万元/公顷", "11.06万元/公顷", "10", "10", "lte"),
        ("效益", "新增林草植被面积", "≥80公顷", "86.4公顷", "10", "10", "gte"),
        ("效益", "消除地质灾害隐患点", "≥6处", "6处", "10", "10", "gte"),
        ("效益", "修复区植被成活率", "≥85%", "81.2%", "10", "9.55", "gte"),
        ("满意度", "周边群众满意度", "≥90%", "95.3%", "10", "10", "gte"),
    ]
    indicators(c, rows, fmt, "10", "9.30", "97.85", {"产出": ("50", "49"), "效益": ("30", "29.55")})
    c.need("产出指标小计｜｜｜｜｜50｜49｜", "效益指标小计｜｜｜｜｜30｜29.55｜", "合计｜｜｜｜｜100｜97.85｜")
    if grade("97.85") != "优":
        fail("yintai grade")
    c.need("2024年度历史遗留", "项目支出绩效自评表\n（2024年度）", "截至2024年12月31日")


def check_fuyun():
    c = Check("fuyun-tongniekancha-2018")
    c.need("年度资金总额  480.00  515.60  491.60  462.37  29.23  89.68%  10  8.97",
           "其中：当年财政拨款  480.00  480.00  456.00  426.77  —", "上年结转资金  0.00  35.60  35.60  35.60  —",
           "其他资金  0.00  0.00  0.00  0.00  —")
    c.rate("462.37", "515.60", "89.68%", "execution rate")
    c.eq(r2(D(10) * D("462.37") / D("515.60")), "8.97", "execution score")
    c.eq(D("491.60") - D("462.37"), "29.23", "balance (到位 − 执行)")
    for col, parts, tot in (("年初", ["480.00", "0.00", "0.00"], "480.00"), ("全年", ["480.00", "35.60", "0.00"], "515.60"),
                            ("到位", ["456.00", "35.60", "0.00"], "491.60"), ("执行", ["426.77", "35.60", "0.00"], "462.37")):
        c.total(parts, tot, col + " components")
    c.need("年初预算480.00万元，全部为自治区地质勘查基金；加上2017年结转资金35.60万元，全年预算\n515.60万元")
    c.rate("491.60", "515.60", "95.35%", "到位率", "全年实际到位资金491.60万元，到位率95.35%")
    c.total(["143.39", "78.62", "41.26", "132.50", "48.30", "18.30"], "462.37", "spending items",
            "全年支出\n462.37万元，其中：钻探工程143.39万元", "槽探及地质填图78.62万元", "样品\n测试41.26万元",
            "野外人员费及生活补助132.50万元", "设备租赁及运输48.30万元", "综合研究及报告编写18.30\n万元")
    c.eq(D(1652) * 868 / 10000, "143.39", "drilling 1652米 × 868元/米", "（1652米，综合单价868元/米）")
    holes = ["412.5", "386.0", "455.3", "398.2"]
    c.total(holes, "1652.0", "hole depths", "ZK001孔412.5米、ZK002孔386.0米、ZK003孔455.3米、ZK004孔398.2米，\n累计进尺1652.0米")
    c.mean(holes, "413.0", "mean hole depth", "4个钻孔平均孔深413.0米")
    c.need("完成1:1万地质草测52.6平方千米", "完成槽探2745立方米", "岩心采取率91.3%", "512件", "满意度测评为88%",
           "本项目得分92.60\n分，等级为优秀")
    fmt = lambda r: "%s  %s  %s  %s  %s  %s" % (r[1], r[2], r[3], r[7], r[4], r[5])
    rows = [
        ("产出", "1:1万地质草测", "≥50平方千米", "52.6平方千米", "10", "10", "gte", "105.20%"),
        ("产出", "钻探工作量", "≥1600米", "1652米", "10", "10", "gte", "103.25%"),
        ("产出", "槽探工作量", "≥3000立方米", "2745立方米", "5", "4.58", "gte", "91.50%"),
        ("产出", "采集测试样品", "≥600件", "512件", "5", "4.27", "gte", "85.33%"),
        ("产出", "岩心采取率", "≥85%", "91.3%", "5", "5", "gte", "107.41%"),
        ("产出", "野外验收质量", "良好级以上", "良好级", "5", "5", "qual:0.8-1", "100%"),
        ("产出", "野外工作结束时间", "2018年10月31日前", "2018年10月26日", "5", "5", "qual:1-1", "100%"),
        ("产出", "钻探综合单价", "≤900元/米", "868元/米", "5", "5", "lte", "100%"),
        ("效益", "新发现矿（化）体", "≥2处", "1处", "10", "5", "gte", "50.00%"),
        ("效益", "提交年度普查成果报告", "1份", "1份", "10", "10", "gte", "100%"),
        ("效益", "圈定详查靶区", "≥1处", "1处", "10", "10", "gte", "100%"),
        ("满意度", "主管部门满意度", "≥90%", "88%", "10", "9.78", "gte", "97.78%"),
    ]
    indicators(c, rows, fmt, "10", "8.97", "92.60", {"产出": ("50", "48.85"), "效益": ("30", "25"), "满意度": ("10", "9.78")})
    c.need("总分              100  92.60")
    if grade("92.60") != "优":
        fail("fuyun grade")
    c.need("2018年度新疆富蕴县", "（2018年度）", "2018年10月26日全部结束")


def check_dexing():
    c = Check("dexing-dizaifangzhi-2021")
    c.need("| 年度资金总额 | 650.00 | 650.00 | 409.20 | 10 | 62.95% | 6.30 |",
           "| 其中：当年财政拨款 | 650.00 | 650.00 | 409.20 | — | 62.95% | — |",
           "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | — | — |", "| 其他资金 | 0.00 | 0.00 | 0.00 | — | — | — |")
    c.rate("409.20", "650.00", "62.95%", "execution rate", "全年支出409.20万元，预算执行率62.95%")
    c.eq(r2(D(10) * D("409.20") / D("650.00")), "6.30", "execution score")
    c.total(["400.00", "250.00"], "650.00", "sources", "年初预算650.00万元，其中省级地质灾害防治专项资金400.00万元、德兴市本级资金250.00万元，全年预算未作调整")
    c.total(["228.70", "90.00", "48.00", "42.50"], "409.20", "spending items",
            "其中：地质灾害工程治理228.70万元、搬迁避让补助90.00万元、群测群防员补助48.00万元、隐患排查及专业监测42.50万元")
    c.eq(D("650.00") - D("409.20"), "240.80", "carry-over", "结余240.80万元", "已结转至2022年继续使用")
    c.eq(D("90.00") / 45, "2.0", "户均搬迁补助 90.00 / 45户")
    c.eq(D(186) * 3, "558", "巡查处次", "累计排查558处次", "全市186处隐患点")
    c.need("全年完成搬迁避让45户", "落实群测群防员200名", "减轻860名群众", "满意度为85%")
    fmt = lambda r: "| %s | %s | %s | %s | %s |" % r[1:6]
    rows = [
        ("产出", "地质灾害工程治理", "≥3处", "1处", "10", "3.33", "gte"),
        ("产出", "搬迁避让农户", "≥45户", "45户", "10", "10", "gte"),
        ("产出", "落实群测群防员", "≥200名", "200名", "5", "5", "gte"),
        ("产出", "汛期隐患点巡查", "≥3轮", "3轮", "5", "5", "gte"),
        ("产出", "治理工程验收合格率", "100%", "100%", "10", "10", "gte"),
        ("产出", "治理工程按期完工率", "100%", "33.33%", "5", "1.67", "gte"),
        ("产出", "户均搬迁避让补助", "≤2.0万元/户", "2.0万元/户", "5", "5", "lte"),
        ("效益", "因地质灾害造成人员伤亡", "0人", "0人", "10", "10", "eq0"),
        ("效益", "减轻地质灾害威胁人数", "≥1200人", "860人", "10", "7.17", "gte"),
        ("效益", "治理工程长期发挥效益", "长期有效", "部分达成年度指标并具有一定效果", "10", "6", "qual:0.6-0.8"),
        ("满意度", "受益群众满意度", "≥90%", "85%", "10", "9.44", "gte"),
    ]
    indicators(c, rows, fmt, "10", "6.30", "78.91", {"产出": ("50", "40.00"), "效益": ("30", "23.17"), "满意度": ("10", "9.44")})
    c.need("产出指标分值50分，得分40.00分；效益指标分值30分，得分23.17分；满意度指标分值10分，得分9.44分；预算执行率得分6.30分。综合得分78.91分，评价等级为“中”",
           "| 总分 |  |  |  |  | 100 | 78.91 | 自评等级：中 |")
    c.total(["40.00", "23.17", "9.44", "6.30"], "78.91", "prose total")
    if grade("78.91") != "中":
        fail("dexing grade")
    c.rate("1", "3", "33.33%", "按期完工率 1 of 3")
    c.need("2021年度地质灾害防治", "2021年度项目支出绩效自评表")


# ---------------------------------------------------------------- labels and edits
def check_labels():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        fail("labels.jsonl and cases/ list different files")
    codes = Counter()
    where = Counter()
    for lab in labels:
        text = read(lab["case"])
        pid = lab["source"]
        n = len(text)
        if not 3000 <= n <= 9000:
            fail("%s: %d characters" % (lab["case"], n))
        if lab["clean"]:
            if lab["expected"] or not lab["case"].endswith("-clean.txt"):
                fail("%s: clean case with expectations" % lab["case"])
            continue
        if len(lab["expected"]) != 1:
            fail("%s: expected must hold exactly one error" % lab["case"])
        exp = lab["expected"][0]
        if exp["code"] not in CODES or exp["severity"] != "error":
            fail("%s: bad code/severity" % lab["case"])
        codes[exp["code"]] += 1
        cnt = text.count(exp["value"])
        if cnt != 1:
            fail("%s: value %r occurs %d times" % (lab["case"], exp["value"], cnt))
        clean = read(pid + "-clean.txt")
        k = int(re.search(r"-e(\d+)\.txt$", lab["case"]).group(1))
        edit = build.EDITS[pid][k - 1]
        where[edit["where"]] += 1
        if clean.count(edit["old"]) != 1 or clean.replace(edit["old"], edit["new"], 1) != text:
            fail("%s: not the clean draft with its single edit" % lab["case"])
        if exp["value"] in clean:
            fail("%s: value already in the clean draft" % lab["case"])
        # one place: the differing window between clean and case is short
        i = 0
        while i < min(len(clean), len(text)) and clean[i] == text[i]:
            i += 1
        j = 0
        while j < min(len(clean), len(text)) - i and clean[-1 - j] == text[-1 - j]:
            j += 1
        win = max(len(clean) - i - j, len(text) - i - j)
        if win == 0 or win > 120:
            fail("%s: changed window of %d characters" % (lab["case"], win))
        # the value overlaps the changed window
        s = text.find(exp["value"])
        if not (s < len(text) - j and s + len(exp["value"]) > i):
            fail("%s: value does not cover the change" % lab["case"])
    for code in CODES:
        if codes[code] < 2:
            fail("code %s occurs %d times" % (code, codes[code]))
    if sum(codes.values()) != 30:
        fail("%d error cases" % sum(codes.values()))
    print("codes:", dict(codes))
    print("prose/table:", dict(where))


def main():
    for fn in (check_yunlong, check_shuicheng, check_yintai, check_fuyun, check_dexing):
        fn()
    check_labels()
    if FAIL:
        print("%d failures" % len(FAIL))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
