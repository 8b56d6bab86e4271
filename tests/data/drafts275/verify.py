#!/usr/bin/env python3
"""Verify drafts275.

1. every label value occurs in its case, and one of its occurrences overlaps the edited span;
2. every error case differs from its clean draft in exactly one place (one contiguous edit);
3. the arithmetic of every clean draft is redone from the figures printed in it
   (rates, sums, balances, averages, weights, scores, completion, grade, execution score).
Prints OK at the end, or the list of failures and exit status 1.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FAIL = []

CODES13 = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- arithmetic helpers
def places(s):
    s = str(s).rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def num(s):
    return D(str(s).rstrip("%").replace(",", ""))


def agrees(computed, stated, ctx):
    """stated (string, as printed) agrees with computed within half a unit of its last digit."""
    tol = D("0.5") * (D(10) ** -places(stated)) + D("1e-9")
    if abs(D(computed) - num(stated)) > tol:
        fail(f"{ctx}: computed {D(computed).quantize(D('0.0001'))} vs stated {stated}")


def pct(a, b):
    return num(a) / num(b) * 100


def total(xs):
    return sum((num(x) for x in xs), D(0))


def band(score):
    s = num(score)
    if s >= 90:
        return "优"
    if s >= 80:
        return "良"
    if s >= 60:
        return "中"
    return "差"


class Doc:
    def __init__(self, name):
        self.name = name
        self.t = read(name)
        self.flat = self.t.replace("\n", "")

    def need(self, *subs):
        for s in subs:
            if s not in self.t and s not in self.flat:
                fail(f"{self.name}: missing text {s!r}")

    def row(self, cells):
        pat = r"[\s|｜]+".join(re.escape(c) for c in cells)
        if not re.search(pat, self.t):
            fail(f"{self.name}: table row not found {cells}")


def check_table(doc, exec_w, exec_s, exec_rate, rows, total_score, grade, comp_col=False):
    """rows: dicts with cells (name, target, actual[, completion]), w, s, kind, T, A."""
    agrees(num(exec_w) * min(num(exec_rate), D(100)) / 100, exec_s, f"{doc.name} execution score")
    ws = [num(exec_w)]
    ss = [num(exec_s)]
    for r in rows:
        cells = list(r["cells"]) + [r["w"], r["s"]]
        doc.row(cells)
        w, s = num(r["w"]), num(r["s"])
        ws.append(w)
        ss.append(s)
        ctx = f"{doc.name} row {r['cells'][0]}"
        if not (0 <= s <= w):
            fail(f"{ctx}: score {s} outside [0, {w}]")
        kind = r["kind"]
        if kind in ("gte", "lte", "eq0"):
            T, A = num(r["T"]), num(r["A"])
            if kind == "gte":
                comp = A / T * 100
                expect = w * min(A / T, D(1))
            elif kind == "lte":
                comp = D(100) if A <= T else T / A * 100
                expect = w if A <= T else w * T / A
            else:
                comp = D(100) if A <= 0 else D(0)
                expect = w if A <= 0 else D(0)
            agrees(expect, r["s"], ctx + " score")
            if comp_col:
                agrees(comp, r["cells"][3], ctx + " completion")
        elif kind.startswith("qual"):
            lo, hi = (D(x) for x in kind.split(":")[1].split("-"))
            if not (w * lo / 100 <= s <= w * hi / 100):
                fail(f"{ctx}: qualitative score {s} outside band {lo}-{hi}% of {w}")
        elif kind == "date_met":
            if s != w:
                fail(f"{ctx}: date met but score {s} != {w}")
        elif kind == "date_late":
            if not s < w:
                fail(f"{ctx}: date missed but full score")
        else:
            fail(f"{ctx}: unknown kind {kind}")
    if sum(ws) != 100:
        fail(f"{doc.name}: weights sum to {sum(ws)}")
    agrees(sum(ss), total_score, f"{doc.name} total score")
    if band(total_score) not in grade:
        fail(f"{doc.name}: grade {grade} for {total_score}")


def R(name, target, actual, w, s, kind, T=None, A=None, comp=None):
    cells = [name, target, actual] + ([comp] if comp is not None else [])
    return {"cells": cells, "w": w, "s": s, "kind": kind, "T": T, "A": A}


# ---------------------------------------------------------------- the five drafts
def check_xupu():
    d = Doc("hn-xupu-shanhong-2021-clean.txt")
    d.need("中央水利发展资金（山洪灾害防治）118万元", "与县级配套资金20万元一并列入年初预算，年初预算138万元",
           "省级追加山洪灾害防治资金30万元", "调整后全年预算168万元", "全年实际到位资金168万元，到位率100%",
           "实际支出161.28万元，预算执行率96%，结余6.72万元", "已按规定结转至2022年",
           "2020年该项目预算执行率为92.35%，本年提高3.65个百分点",
           "监测站点运行维护72.46万元", "每站每年1200元标准支付，70处站点共8.40万元",
           "县级监测预警平台升级维护38.50万元", "无线预警广播更换26.80万元", "群测群防支出23.52万元",
           "56处自动雨量站、14处自动水位站共70处", "更换安装无线预警广播210套", "年内完成210套，剩余10套",
           "不少于220套", "满意度分别为94%、92%、95%、93%、94%，平均满意度93.6%",
           "项目预算执行率得分9.60分，产出、效益、满意度指标合计得分88.55分，自评总得分98.15分，评价等级为“优”",
           "项目支出绩效自评表\n（2021年度）", "完成70处站点运行维护，更换无线预警广播210套，开展培训演练27场次")
    agrees(total(["118", "20"]), "138", "xupu 年初")
    agrees(total(["138", "30"]), "168", "xupu 全年")
    agrees(pct("168", "168"), "100%", "xupu 到位率")
    agrees(pct("161.28", "168"), "96%", "xupu 执行率 text")
    agrees(pct("161.28", "168"), "96.00%", "xupu 执行率 table")
    agrees(num("168") - num("161.28"), "6.72", "xupu 结余")
    agrees(num("96.00") - num("92.35"), "3.65", "xupu 提高")
    agrees(total(["72.46", "38.50", "26.80", "23.52"]), "161.28", "xupu 支出构成")
    agrees(D(70) * D(1200) / D(10000), "8.40", "xupu 通信费")
    agrees(total(["56", "14"]), "70", "xupu 站点")
    agrees(total(["210", "10"]), "220", "xupu 预警广播")
    agrees(total(["94", "92", "95", "93", "94"]) / 5, "93.6", "xupu 平均满意度")
    agrees(num("98.15") - num("9.60"), "88.55", "xupu 指标得分")
    d.row(["年度资金总额", "138.00", "168.00", "161.28", "10", "96.00%", "9.60"])
    d.row(["其中：当年财政拨款", "138.00", "168.00", "161.28", "—", "—", "—"])
    d.row(["上年结转资金", "0", "0", "0", "—", "—", "—"])
    d.row(["总分", "100", "98.15"])
    rows = [
        R("自动监测站点运行维护数量", "≥70处", "70处", "10", "10", "gte", 70, 70),
        R("无线预警广播更换安装", "≥220套", "210套", "10", "9.55", "gte", 220, 210),
        R("山洪灾害防御培训演练", "≥25场次", "27场次", "5", "5", "gte", 25, 27),
        R("监测站点汛期正常运行率", "≥95%", "97.5%", "10", "10", "gte", 95, "97.5"),
        R("汛前检修维护完成时间", "2021年4月30日前", "2021年4月28日", "5", "5", "date_met"),
        R("项目总成本", "≤168万元", "161.28万元", "10", "10", "lte", 168, "161.28"),
        R("因山洪灾害造成人员死亡", "0人", "0人", "10", "10", "eq0", 0, 0),
        R("预警信息发布覆盖率", "≥95%", "98%", "10", "10", "gte", 95, 98),
        R("监测预警体系长效运行", "长期发挥作用", "基本实现，部分早期站点设备老化", "10", "9", "qual:80-100"),
        R("受威胁区群众满意度", "≥90%", "93.6%", "10", "10", "gte", 90, "93.6"),
    ]
    check_table(d, "10", "9.60", pct("161.28", "168"), rows, "98.15", "“优”")


def check_nayong():
    d = Doc("gz-nayong-kanghanshuiyuan-2023-clean.txt")
    d.need("项目全年预算300万元，其中省级水利建设资金（抗旱应急水源工程）260万元、县级配套资金40万元",
           "县级配套资金到位26万元，共到位286万元，资金到位率95.33%；全年支出278.62万元，预算执行率92.87%，"
           "结余资金7.38万元（不含未到位的县级配套资金14万元）",
           "维新镇泵站及管网工程98.40万元、寨乐镇86.75万元、张家湾镇72.17万元，勘察设计、监理及检测费21.30万元",
           "建成应急提水泵站6座（新建4座、改造2座），铺设输水管道18.6公里，建成蓄水池20口",
           "1.26万人（12600人）", "2023年6月20日全部完工，比计划推迟20天", "抗旱灌溉面积比目标少600亩",
           "张家湾镇4口蓄水池", "缺口14万元", "受益群众满意度86%", "项目自评得分91.02分，评价等级为优秀",
           "建成泵站6座、管道18.6公里、蓄水池20口，解决1.26万人临时饮水困难，恢复和新增抗旱灌溉面积2400亩")
    agrees(total(["260", "40"]), "300", "nayong 预算")
    agrees(total(["260", "26"]), "286", "nayong 到位")
    agrees(pct("286", "300"), "95.33%", "nayong 到位率")
    agrees(pct("278.62", "300"), "92.87%", "nayong 执行率")
    agrees(num("286") - num("278.62"), "7.38", "nayong 结余")
    agrees(num("40") - num("26"), "14", "nayong 未到位")
    agrees(total(["98.40", "86.75", "72.17", "21.30"]), "278.62", "nayong 支出构成")
    agrees(total(["4", "2"]), "6", "nayong 泵站")
    agrees(num("1.26") * 10000, "12600", "nayong 人口")
    agrees(num("3000") - num("2400"), "600", "nayong 灌溉")
    agrees(num("24") - num("20"), "4", "nayong 蓄水池")
    agrees(D(20), "20", "nayong 推迟天数 (5月31日 -> 6月20日)")
    d.row(["年度资金总额", "40.00", "300.00", "278.62", "10", "92.87%", "9.29"])
    d.row(["其中：当年财政拨款", "40.00", "300.00", "278.62", "—", "92.87%", "—"])
    d.row(["总分", "100", "91.02"])
    rows = [
        R("新建（改造）应急提水泵站", "≥6座", "6座", "10", "10", "gte", 6, 6),
        R("铺设输水管道", "≥18公里", "18.6公里", "10", "10", "gte", 18, "18.6"),
        R("新建蓄水池", "≥24口", "20口", "5", "4.17", "gte", 24, 20),
        R("工程验收合格率", "100%", "100%", "10", "10", "gte", 100, 100),
        R("工程完工时间", "2023年5月31日前", "2023年6月20日", "5", "3", "date_late"),
        R("工程建设成本", "≤300万元", "278.62万元", "10", "10", "lte", 300, "278.62"),
        R("解决群众临时饮水困难人数", "≥1.2万人", "1.26万人", "10", "10", "gte", "1.2", "1.26"),
        R("恢复和新增抗旱灌溉面积", "≥3000亩", "2400亩", "10", "8", "gte", 3000, 2400),
        R("工程长效管护机制", "落实管护主体和经费", "管护主体已落实，管护经费未完全落实", "10", "7", "qual:60-80"),
        R("受益群众满意度", "≥90%", "86%", "10", "9.56", "gte", 90, 86),
    ]
    check_table(d, "10", "9.29", pct("278.62", "300"), rows, "91.02", "优秀")


def check_shangcheng():
    d = Doc("ha-shangcheng-fangxunwuzi-2020-clean.txt")
    d.need("年初预算安排县级防汛物资储备经费80万元", "2020年7月，县财政追加防汛物资采购资金30万元",
           "8月，省财政下达省级防汛抗旱补助资金15万元",
           "全年预算125万元，其中县级110万元、省级15万元，资金全部到位，到位率100%",
           "支出121.60万元，预算执行率97.28%",
           "防汛物资储备 80.00 125.00 125.00 121.60 3.40 97.28%",
           "编织袋6万条（单价1.80元），计10.80万元", "救生衣760件（单价100元），计7.60万元",
           "4艘，计29.00万元", "10台套，计18.50万元", "计13.00万元", "计5.40万元", "小型物资9.30万元",
           "保管费18.00万元", "装卸运输费10.00万元，合计121.60万元",
           "全年开展库存物资检查保养24次，为年度计划（20次）的120%",
           "1.2小时、1.8小时、1.5小时和1.5小时，平均1.5小时", "实际到货760件，缺口40件",
           "本项目自评得分99.38分，自评等级为优", "项目支出绩效自评表\n（2020年度）")
    agrees(total(["80", "30", "15"]), "125", "shangcheng 全年预算")
    agrees(total(["110", "15"]), "125", "shangcheng 县+省")
    agrees(pct("125", "125"), "100%", "shangcheng 到位率")
    agrees(pct("121.60", "125"), "97.28%", "shangcheng 执行率")
    agrees(num("125.00") - num("121.60"), "3.40", "shangcheng 结余")
    items = ["10.80", "7.60", "29.00", "18.50", "13.00", "5.40", "9.30", "18.00", "10.00"]
    agrees(total(items), "121.60", "shangcheng 支出明细")
    agrees(D(60000) * num("1.80") / 10000, "10.80", "shangcheng 编织袋")
    agrees(D(760) * D(100) / 10000, "7.60", "shangcheng 救生衣")
    agrees(pct("24", "20"), "120%", "shangcheng 检查保养")
    agrees(total(["1.2", "1.8", "1.5", "1.5"]) / 4, "1.5", "shangcheng 平均响应时间")
    agrees(num("800") - num("760"), "40", "shangcheng 救生衣缺口")
    d.row(["年度资金总额", "80.00", "125.00", "121.60", "10", "97.28%", "9.73"])
    d.row(["其中：当年财政拨款", "80.00", "125.00", "121.60", "—", "—", "—"])
    d.row(["总分", "100", "99.38"])
    rows = [
        R("编织袋储备", "≥6万条", "6万条", "8", "8", "gte", 6, 6),
        R("救生衣储备", "≥800件", "760件", "7", "6.65", "gte", 800, 760),
        R("冲锋舟购置", "4艘", "4艘", "8", "8", "gte", 4, 4),
        R("移动抽水泵机组", "≥10台套", "10台套", "7", "7", "gte", 10, 10),
        R("物资验收合格率", "100%", "100%", "10", "10", "gte", 100, 100),
        R("汛前物资入库时间", "2020年5月31日前", "2020年5月26日", "5", "5", "date_met"),
        R("物资采购及仓储成本", "≤125万元", "121.60万元", "5", "5", "lte", 125, "121.60"),
        R("汛期物资调拨响应时间", "≤2小时", "1.5小时", "10", "10", "lte", 2, "1.5"),
        R("防汛抢险物资保障率", "100%", "100%", "10", "10", "gte", 100, 100),
        R("物资储备管理制度", "健全", "健全", "10", "10", "qual:80-100"),
        R("防汛责任单位满意度", "≥90%", "96%", "10", "10", "gte", 90, 96),
    ]
    check_table(d, "10", "9.73", pct("121.60", "125"), rows, "99.38", "优")


def check_jixi():
    d = Doc("ah-jixi-shuiwenzhan-2019-clean.txt")
    d.need("经费45万元，年中未作调整，全年支出43.56万元，执行率96.8%", "2018年结转资金3.20万元",
           "全年可用资金48.20万元，实际支出46.76万元，综合执行率97.01%，结余1.44万元",
           "测站设施设备维修18.56万元，遥测终端通信费及电费6.84万元，委托观测员报酬9.60万元（16名委托观测员，每人每月500元），"
           "流量测验及资料整编8.86万元，汛期应急监测2.90万元",
           "水文测站30处，其中水文站2处、水位站6处、雨量站22处",
           "预算执行率10分、产出指标50分、效益指标30分、满意度指标10分",
           "完成流量测验68次，比计划多8次", "30处测站中28处设施完好，测站设施完好率93.33%",
           "发放调查问卷25份，收回有效问卷25份，其中“满意”23份、“基本满意”2份，县防指成员单位满意度92%",
           "参训40人次，参训人员满意度97.5%", "本项目自评得分99.44分，等级为“优”")
    agrees(pct("43.56", "45"), "96.8%", "jixi 当年执行率")
    agrees(total(["45", "3.20"]), "48.20", "jixi 可用资金")
    agrees(total(["43.56", "3.20"]), "46.76", "jixi 支出")
    agrees(pct("46.76", "48.20"), "97.01%", "jixi 综合执行率")
    agrees(num("48.20") - num("46.76"), "1.44", "jixi 结余")
    agrees(total(["18.56", "6.84", "9.60", "8.86", "2.90"]), "46.76", "jixi 支出构成")
    agrees(D(16) * 500 * 12 / 10000, "9.60", "jixi 观测员报酬")
    agrees(total(["2", "6", "22"]), "30", "jixi 测站")
    agrees(total(["10", "50", "30", "10"]), "100", "jixi 权重 text")
    agrees(num("68") - num("60"), "8", "jixi 流量测验")
    agrees(pct("28", "30"), "93.33%", "jixi 完好率")
    agrees(pct("23", "25"), "92%", "jixi 满意度")
    agrees(total(["23", "2"]), "25", "jixi 问卷")
    agrees(num("0.975") * 40, "39", "jixi 培训满意 (39 of 40)")
    d.row(["年度资金总额", "45.00", "48.20", "46.76", "10", "97.01%", "9.70"])
    d.row(["其中：当年财政拨款", "45.00", "45.00", "43.56"])
    d.row(["上年结转资金", "0.00", "3.20", "3.20"])
    d.row(["其他资金", "0.00", "0.00", "0.00"])
    for col in range(3):
        agrees(total([["45.00", "45.00", "43.56"][col], ["0.00", "3.20", "3.20"][col], "0.00"]),
               ["45.00", "48.20", "46.76"][col], f"jixi 资金总额 column {col}")
    d.row(["总分", "100", "99.44"])
    rows = [
        R("运行维护水文测站", "≥30处", "30处", "10", "10", "gte", 30, 30, comp="100%"),
        R("流量测验", "≥60次", "68次", "10", "10", "gte", 60, 68, comp="113.33%"),
        R("水文资料整编", "1套", "1套", "5", "5", "gte", 1, 1, comp="100%"),
        R("水情信息到报率", "≥95%", "98.9%", "10", "10", "gte", 95, "98.9", comp="104.11%"),
        R("水情信息传输时间", "≤20分钟", "10分钟", "5", "5", "lte", 20, 10, comp="100%"),
        R("运行维护成本", "≤48.20万元", "46.76万元", "10", "10", "lte", "48.20", "46.76", comp="100%"),
        R("为防汛调度提供水情服务", "≥150期", "162期", "15", "15", "gte", 150, 162, comp="108%"),
        R("测站设施完好率", "≥95%", "93.33%", "15", "14.74", "gte", 95, "93.33", comp="98.24%"),
        R("县防指成员单位满意度", "≥90%", "92%", "10", "10", "gte", 90, 92, comp="102.22%"),
    ]
    check_table(d, "10", "9.70", pct("46.76", "48.20"), rows, "99.44", "“优”", comp_col=True)


def check_kuandian():
    d = Doc("ln-kuandian-xiaoxingshuiku-2024-clean.txt")
    d.need("全县现有小型水库42座，其中小(1)型9座、小(2)型33座",
           "2023年12月，省财政厅提前下达2024年中央水利发展资金（小型水库维修养护）186万元",
           "县财政安排配套资金24万元，年初预算210万元，年内未调整。资金全部到位，到位率100%",
           "全年支出198.45万元，预算执行率94.5%，结余11.55万元，经县财政局同意结转至2025年",
           "日常维修养护97.50万元（小(1)型水库每座3.5万元，小(2)型水库每座2万元）；大坝安全鉴定33.60万元；"
           "雨水情测报和大坝安全监测设施48.60万元；巡查管护人员补助15.12万元（42名巡查员，每人每月300元）；"
           "培训演练及其他3.63万元",
           "其中汛前完成36座，汛前完成率85.71%", "完成8座水库大坝安全鉴定，为年度目标16座的50%",
           "完成12座水库雨水情测报和大坝安全监测设施安装并接入省级平台", "灌溉面积3.42万亩",
           "灌溉面积比目标少0.18万亩", "汛前维修养护有6座水库", "未完成的8座", "满意度88%",
           "本项目2024年度自评得分89.49分，评价等级为“良”", "项目支出绩效自评表\n（2024年度）")
    agrees(total(["9", "33"]), "42", "kuandian 水库")
    agrees(total(["186", "24"]), "210", "kuandian 预算")
    agrees(pct("198.45", "210"), "94.5%", "kuandian 执行率 text")
    agrees(num("210") - num("198.45"), "11.55", "kuandian 结余")
    agrees(9 * num("3.5") + 33 * num("2"), "97.50", "kuandian 维修养护")
    agrees(total(["97.50", "33.60", "48.60", "15.12", "3.63"]), "198.45", "kuandian 支出构成")
    agrees(D(42) * 300 * 12 / 10000, "15.12", "kuandian 巡查补助")
    agrees(pct("36", "42"), "85.71%", "kuandian 汛前完成率")
    agrees(pct("8", "16"), "50%", "kuandian 鉴定")
    agrees(num("3.6") - num("3.42"), "0.18", "kuandian 灌溉")
    agrees(num("42") - num("36"), "6", "kuandian 推迟")
    agrees(num("16") - num("8"), "8", "kuandian 顺延")
    # funds table: columns 合计 / 中央 / 省级 / 县级
    ft = {
        "年初预算资金": ["210.00", "186.00", "0", "24.00"],
        "全年预算资金": ["210.00", "186.00", "0", "24.00"],
        "实际到位资金": ["210.00", "186.00", "0", "24.00"],
        "全年执行资金": ["198.45", "180.20", "0", "18.25"],
        "资金结余": ["11.55", "5.80", "0", "5.75"],
        "预算到位率(%)": ["100", "100", "0", "100"],
        "预算执行率(%)": ["94.50", "96.88", "0", "76.04"],
    }
    for k, v in ft.items():
        d.row([k] + v)
    for k in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"]:
        agrees(total(ft[k][1:]), ft[k][0], f"kuandian 表1 {k} 合计")
    for c in range(4):
        agrees(num(ft["实际到位资金"][c]) - num(ft["全年执行资金"][c]), ft["资金结余"][c], f"kuandian 结余 col {c}")
        if num(ft["全年预算资金"][c]) == 0:
            if num(ft["预算到位率(%)"][c]) != 0 or num(ft["预算执行率(%)"][c]) != 0:
                fail("kuandian: non-zero rate on a zero base")
            continue
        agrees(pct(ft["实际到位资金"][c], ft["全年预算资金"][c]), ft["预算到位率(%)"][c], f"kuandian 到位率 col {c}")
        agrees(pct(ft["全年执行资金"][c], ft["全年预算资金"][c]), ft["预算执行率(%)"][c], f"kuandian 执行率 col {c}")
    d.row(["预算执行率", "预算执行率", "100%", "94.50%", "10", "9.45"])
    rows = [
        R("维修养护小型水库", "42座", "42座", "10", "10", "gte", 42, 42),
        R("完成水库大坝安全鉴定", "≥16座", "8座", "10", "5", "gte", 16, 8),
        R("安装雨水情测报和大坝安全监测设施", "≥12座", "12座", "10", "10", "gte", 12, 12),
        R("维修养护项目验收合格率", "100%", "100%", "5", "5", "gte", 100, 100),
        R("汛前维修养护完成率", "≥90%", "85.71%", "5", "4.76", "gte", 90, "85.71"),
        R("小(1)型水库维修养护定额", "≤3.5万元/座", "3.5万元/座", "10", "10", "lte", "3.5", "3.5"),
        R("小型水库垮坝事故", "0起", "0起", "10", "10", "eq0", 0, 0),
        R("保障农田灌溉面积", "≥3.6万亩", "3.42万亩", "10", "9.5", "gte", "3.6", "3.42"),
        R("水库管护长效机制", "建立健全", "部分建立，巡查记录不规范", "10", "6", "qual:60-80"),
        R("水库下游群众满意度", "≥90%", "88%", "10", "9.78", "gte", 90, 88),
    ]
    check_table(d, "10", "9.45", pct("198.45", "210"), rows, "89.49", "“良”")


# ---------------------------------------------------------------- labels and edits
def check_labels():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        fail("labels.jsonl and cases/ do not list the same files")
    sources = {l["source"] for l in labels}
    if len(sources) != 5:
        fail(f"expected 5 sources, got {len(sources)}")
    codes = Counter()
    for lab in labels:
        text = read(lab["case"])
        if not 3000 <= len(text) <= 9000:
            fail(f"{lab['case']}: length {len(text)} outside 3000-9000")
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expectations")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected exactly one label")
        clean = read(f"{lab['source']}-clean.txt")
        # one contiguous edit: common prefix + common suffix leave one short differing middle
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        mid_clean, mid_err = clean[p:len(clean) - s], text[p:len(text) - s]
        if not mid_err and not mid_clean:
            fail(f"{lab['case']}: identical to clean draft")
        if max(len(mid_clean), len(mid_err)) > 80:
            fail(f"{lab['case']}: edit spans {max(len(mid_clean), len(mid_err))} chars")
        lo, hi = p, len(text) - s
        for e in lab["expected"]:
            codes[e["code"]] += 1
            if e["severity"] != "error":
                fail(f"{lab['case']}: severity {e['severity']}")
            v = e["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                fail(f"{lab['case']}: value {v!r} not in case")
            elif not any(o < max(hi, lo + 1) and o + len(v) > lo for o in occ):
                fail(f"{lab['case']}: value {v!r} does not cover the edit")
    for c in CODES13:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times (< 2)")
    if sum(codes.values()) != 30:
        fail(f"{sum(codes.values())} error labels, expected 30")


def main():
    check_xupu()
    check_nayong()
    check_shangcheng()
    check_jixi()
    check_kuandian()
    check_labels()
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
