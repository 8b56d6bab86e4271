#!/usr/bin/env python3
"""Verify set n201.

1. labels.jsonl and cases/ agree; every label value occurs in its case; codes are from errors.md §A;
   each of the 13 codes occurs at least twice.
2. each error case differs from its clean draft in one place (one short contiguous region), and the
   label value overlaps that region.
3. the arithmetic of every clean draft is redone from the figures as printed (rules.md §5, §6, §8):
   every figure used is first looked up in the text (as an exact snippet), then recomputed.
Prints OK at the end.
"""
import json
import os
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"}

FAIL = []


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- arithmetic helpers
def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def agrees(stated, computed):
    """rules §8: stated v with d decimals agrees with computed c iff |c - v| <= 0.5 * 10^-d."""
    v = D(stated.strip().rstrip("%"))
    tol = D(5) * D(10) ** (-(decimals(stated) + 1)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


class Doc:
    def __init__(self, name):
        self.name = name
        self.text = read(name)

    def has(self, *snips):
        for s in snips:
            if s not in self.text:
                fail(f"{self.name}: snippet not found: {s!r}")

    def eq(self, label, stated, computed, *snips):
        self.has(*snips)
        if not agrees(stated, computed):
            fail(f"{self.name}: {label}: stated {stated}, computed {computed}")

    def rate(self, label, stated, num, den, *snips):
        self.eq(label, stated, D(num) / D(den) * 100, *snips)

    def total(self, label, stated, parts, *snips):
        self.eq(label, stated, sum(D(p) for p in parts), *snips)

    def grade(self, total, label):
        t = D(total)
        band = "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
        if not label.startswith(band):
            fail(f"{self.name}: grade {label} does not fit total {total} (band {band})")

    def table(self, exec_w, exec_s, rows, fmt, total_stated=None):
        """rows: (name, target, actual, weight, score, rule, completion) rendered with fmt."""
        ws, ss = D(exec_w), D(exec_s)
        for row in rows:
            name, target, actual, w, s, rule, comp = row
            self.has(fmt(row))
            ws += D(w)
            ss += D(s)
            if D(s) > D(w) or D(s) < 0:
                fail(f"{self.name}: {name}: score {s} outside [0, {w}]")
            if rule is not None:
                kind, t, a = rule
                t, a = D(t), D(a)
                c = (a / t) if kind == "gte" else (D(1) if a <= t else t / a)
                want = r2(min(c, D(1)) * D(w))
                if D(s) != want:
                    fail(f"{self.name}: {name}: score {s}, rule gives {want}")
                if comp is not None and not agrees(comp, c * 100):
                    fail(f"{self.name}: {name}: completion {comp}, computed {c * 100}")
        if ws != 100:
            fail(f"{self.name}: weights add to {ws}")
        if total_stated is not None and not agrees(total_stated, ss):
            fail(f"{self.name}: scores add to {ss}, stated total {total_stated}")
        return ss


# ---------------------------------------------------------------- the five clean drafts
def check_leye():
    d = Doc("leye-huhutong-2022-clean.txt")
    d.has("2022年度乐业县广播电视户户通运维经费", "我局对2022年度广播电视户户通运维经费", "（2022年度）")
    d.total("全年预算 = 年初 + 自治区追加 + 上年结转", "45.60", ["36.00", "5.80", "3.80"],
            "项目年初预算36.00万元；年中自治区下达户户通运维补助资金5.80万元，加上上年结转资金3.80万元，调整后全年预算45.60万元")
    d.total("全年预算 = 当年财政拨款 + 上年结转", "45.60", ["41.80", "3.80"],
            "其中当年财政拨款41.80万元、上年结转资金3.80万元")
    d.has("2022年该项目全年预算资金45.60万元")
    # funds block of the 自评表 (one cell per line)
    d.has("\t年度资金总额\n\t36.00\n\t45.60\n\t43.32\n\t10\n\t95.00%\n\t9.50",
          "\t其中：当年财政拨款\n\t36.00\n\t41.80\n\t39.52\n\t—\n\t94.55%\n\t—",
          "\t上年结转资金\n\t0.00\n\t3.80\n\t3.80\n\t—\n\t100.00%\n\t—",
          "\t其他资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t—\n\t—")
    d.total("年初 column", "36.00", ["36.00", "0.00", "0.00"])
    d.total("全年 column", "45.60", ["41.80", "3.80", "0.00"])
    d.total("执行 column", "43.32", ["39.52", "3.80", "0.00"])
    d.rate("执行率 total", "95.00", "43.32", "45.60", "预算执行率95.00%")
    d.rate("执行率 当年财政拨款", "94.55", "39.52", "41.80")
    d.rate("执行率 上年结转", "100.00", "3.80", "3.80")
    d.eq("执行率得分", "9.50", D("43.32") / D("45.60") * 10, "预算执行率得分9.50分")
    d.total("当年维修支出", "39.52", ["18.60", "15.36", "5.56"],
            "维修人员劳务补助18.60万元", "购置15.36万元", "下乡交通及运维车辆费用5.56万元", "当年用于维修的支出39.52万元")
    d.total("全年执行", "43.32", ["39.52", "3.80"], "另使用上年结转资金3.80万元", "全年实际支出43.32万元")
    d.rate("劳务补助占比", "47.06", "18.60", "39.52", "占当年维修支出的47.06%")
    d.eq("结余", "2.28", D("45.60") - D("43.32"), "年末结余2.28万元", "资金全部到位，到位率100%")
    d.rate("故障维修率", "99.05", 4087, 4126, "受理群众报修4126户次，完成维修4087户次，故障维修率99.05%")
    d.rate("维修户次完成率", "102.18", 4087, 4000, "完成年度目标的102.18%")
    d.eq("三镇平均", "775", D(812 + 768 + 745) / 3, "812户次、768户次、745户次，平均775户次")
    d.eq("每户次维修成本", "96.70", D("395200") / 4087, "每户次维修成本96.70元")
    d.rate("满意度", "93.5", 374, 400, "共400户，满意和基本满意374户，满意度93.5%")
    fmt = lambda r: f"\t{r[0]}\n\t{r[1]}\n\t{r[2]}\n\t{r[3]}\n\t{r[4]}\n"
    rows = [
        ("完成户户通设备维修户次", "≥4000户次", "4087户次", "15", "15", ("gte", 4000, 4087), None),
        ("乡镇运维服务站正常运转数量", "8个", "8个", "10", "10", ("gte", 8, 8), None),
        ("故障维修率", "≥98%", "99.05%", "10", "10", ("gte", "98", "99.05"), None),
        ("48小时内修复率", "≥95%", "97.2%", "10", "10", ("gte", "95", "97.2"), None),
        ("每户次维修成本", "≤100元", "96.70元", "5", "5", ("lte", 100, "96.70"), None),
        ("户户通设备正常收视率", "≥95%", "96.4%", "15", "15", ("gte", "95", "96.4"), None),
        ("运维服务长效机制", "健全", "基本建立", "15", "12", None, None),
        ("群众满意度", "≥90%", "93.5%", "10", "10", ("gte", "90", "93.5"), None),
    ]
    s = d.table("10", "9.50", rows, fmt, "96.50")
    d.has("\t100\n\t96.50\n", "综合得分96.50分，评价等级为“优”")
    d.eq("产出得分", "50", D(50), "产出指标得分50分")
    d.eq("效益得分", "27", D(15 + 12), "效益指标得分27分", "该指标扣3分")
    d.grade(s, "优")


def check_baokang():
    d = Doc("baokang-emergbroadcast-2021-clean.txt")
    d.has("2021年度县级应急广播体系建设项目支出绩效自评报告", "项目支出绩效自评表（2021年度）")
    d.total("全年预算", "312.00", ["180.00", "60.00", "72.00"],
            "全年预算312.00万元，其中中央补助资金180.00万元、省级补助资金60.00万元、县级配套资金72.00万元")
    d.total("到位", "296.00", ["180.00", "60.00", "56.00"], "实际到位资金296.00万元", "县级配套资金到位56.00万元")
    d.rate("到位率", "94.87", "296.00", "312.00", "到位率94.87%")
    d.rate("执行率", "90.21", "281.46", "312.00", "全年执行281.46万元，预算执行率90.21%")
    d.total("执行构成", "281.46", ["86.42", "26.40", "168.64"],
            "已执行的281.46万元具体用于：县级应急广播平台建设86.42万元，乡镇适配器及广播主机采购安装26.40万元，村级IP应急广播终端采购安装168.64万元")
    d.eq("终端金额 = 1054 × 1600元", "168.64", D(1054 * 1600) / 10000, "（1054个，单价1600元）")
    d.has("年度资金总额\t72.00\t312.00\t296.00\t281.46\t14.54\t10\t90.21%\t9.02",
          "其中：中央补助\t0.00\t180.00\t180.00\t180.00\t—\t—\t100.00%\t—",
          "省级补助\t0.00\t60.00\t60.00\t60.00\t—\t—\t100.00%\t—",
          "县级配套\t72.00\t72.00\t56.00\t41.46\t—\t—\t57.58%\t—")
    d.total("年初 column", "72.00", ["0.00", "0.00", "72.00"])
    d.total("执行 column", "281.46", ["180.00", "60.00", "41.46"])
    d.eq("结余", "14.54", D("296.00") - D("281.46"))
    d.rate("县级配套执行率", "57.58", "41.46", "72.00")
    d.eq("执行率得分", "9.02", D("281.46") / D("312.00") * 10)
    d.rate("终端完成率", "95.82", 1054, 1100, "完成年度目标（1100个）的95.82%")
    d.eq("未完成终端", "46", D(1100 - 1054), "未完成的46个终端")
    d.rate("覆盖率", "93.77", 241, 257, "257个行政村中已有241个实现应急广播覆盖，覆盖率93.77%")
    d.eq("每村终端（约）", "4.4", D(1054) / 241, "平均每个已覆盖行政村安装终端约4.4个")
    d.eq("多发布次数", "16", D(46 - 30), "应急信息46次，较目标多16次")
    d.rate("超目标", "53", 16, 30, "超目标53%")
    d.rate("满意度", "88.4", 442, 500, "有效问卷500份，其中满意442份，群众满意度88.4%")
    fmt = lambda r: f"\t{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}\t{r[4]}\t"
    rows = [
        ("县级应急广播平台", "1套", "1套", "10", "10", ("gte", 1, 1), None),
        ("村级IP应急广播终端", "≥1100个", "1054个", "15", "14.37", ("gte", 1100, 1054), None),
        ("行政村应急广播覆盖率", "≥98%", "93.77%", "10", "9.57", ("gte", "98", D(241) / 257 * 100), None),
        ("项目完工时间", "2021年11月30日前", "2021年12月20日", "5", "3", None, None),
        ("村级终端单价", "≤1800元/个", "1600元/个", "10", "10", ("lte", 1800, 1600), None),
        ("发布预警及应急信息次数", "≥30次", "46次", "15", "15", ("gte", 30, 46), None),
        ("长效运维机制", "建立", "未建立，运维经费未落实", "15", "6", None, None),
        ("群众满意度", "≥90%", "88.4%", "10", "9.82", ("gte", "90", "88.4"), None),
    ]
    # the 覆盖率 score also follows from the printed 93.77%
    if r2(D("93.77") / 98 * 10) != D("9.57"):
        fail("baokang: 覆盖率 score from printed rate")
    s = d.table("10", "9.02", rows, fmt, "86.78")
    d.has("总分\t\t\t\t\t100\t86.78\t", "项目综合得分86.78分，评价等级为“良”")
    d.grade(s, "良")


def check_jianzha():
    d = Doc("jianzha-ruralfilm-2019-clean.txt")
    d.total("全年预算", "25.00", ["16.38", "5.46", "3.16"],
            "全年预算25.00万元，其中中央补助资金16.38万元，省级补助资金5.46万元，县级配套资金3.16万元")
    d.eq("中央 150元/场", "16.38", D(1092 * 150) / 10000, "按每场150元、50元的标准安排（合计每场200元）")
    d.eq("省级 50元/场", "5.46", D(1092 * 50) / 10000)
    d.rate("执行率", "97.12", "24.28", "25.00", "全年实际支出24.28万元，预算执行率97.12%")
    d.eq("结余", "0.72", D("25.00") - D("24.28"), "结余0.72万元", "项目资金25.00万元全部到位")
    d.total("支出构成", "24.28", ["21.84", "1.20", "1.24"],
            "农村公益电影放映补助21.84万元（1092场×200元），学校专场放映补助1.20万元（60场×200元），放映设备维修1.24万元")
    d.eq("1092场×200元", "21.84", D(1092 * 200) / 10000)
    d.eq("60场×200元", "1.20", D(60 * 200) / 10000)
    d.total("中央+省", "21.84", ["16.38", "5.46"])
    d.total("县级支出", "2.44", ["1.20", "1.24"], "县级配套资金3.16万元，实际支出2.44万元，支出率77.22%")
    d.rate("县级支出率", "77.22", "2.44", "3.16")
    d.total("放映场次", "1152", ["1092", "60"], "全年完成放映1152场，其中农村公益电影放映1092场，学校专场60场，超出年度目标60场")
    d.eq("场均观众", "75", D(86400) / 1152, "全年观影群众86400人次，场均75人次")
    d.rate("加映占比", "75.00", 819, 1092, "加映科普片、政策宣传片的有819场，占75.00%")
    d.rate("满意度", "86", 258, 300, "发放问卷300份，满意258份，满意度86%")
    d.has("年度资金总额 25.00 25.00 24.28 10 97.12% 9.71",
          "其中：当年财政拨款 25.00 25.00 24.28 — 97.12% —",
          "上年结转资金 0.00 0.00 0.00 — — —", "其他资金 0.00 0.00 0.00 — — —", "（2019年度）")
    d.eq("执行率得分", "9.71", D("24.28") / D("25.00") * 10)
    fmt = lambda r: f"{r[0]} {r[1]} {r[2]} {r[6] if r[6] else '—'} {r[3]} {r[4]}"
    rows = [
        ("电影放映场次（含学校专场）", "≥1092场", "1152场", "20", "20", ("gte", 1092, 1152), "105.49%"),
        ("覆盖行政村数", "91个", "91个", "10", "10", ("gte", 91, 91), "100%"),
        ("放映质量达标率", "≥95%", "98%", "10", "10", ("gte", 95, 98), "103.16%"),
        ("年度放映任务完成时间", "2019年12月31日前", "2019年12月20日", "5", "5", None, "100%"),
        ("每场放映补助标准", "200元/场", "200元/场", "5", "5", ("gte", 200, 200), "100%"),
        ("观影群众人次", "≥8万人次", "8.64万人次", "15", "15", ("gte", 8, "8.64"), "108.00%"),
        ("科普片、政策宣传片加映场", "≥80%", "75.00%", "10", "9.38", ("gte", 80, 75), "93.75%"),
        ("放映长效机制", "健全", "基本健全", "5", "4", None, None),
        ("群众满意度", "≥90%", "86%", "10", "9.56", ("gte", 90, 86), "95.56%"),
    ]
    s = d.table("10", "9.71", rows, fmt, "97.65")
    d.eq("观影人次", "8.64", D(86400) / 10000)
    d.has("合计 100 97.65", "项目综合得分97.65分，等级为“优秀”")
    d.grade(s, "优秀")


def check_miyun():
    d = Doc("miyun-pubquality-2023-clean.txt")
    d.has("2023年度出版物质量检查项目支出绩效自评报告", "2023年度项目支出绩效自评表")
    d.eq("全年预算 = 年初 − 调减", "16.20", D("18.50") - D("2.30"),
         "项目年初预算18.50万元", "年中调减2.30万元，调整后全年预算16.20万元")
    d.rate("执行率", "97.96", "15.87", "16.20", "全年实际支出15.87万元，预算执行率97.96%")
    d.eq("结余", "0.33", D("16.20") - D("15.87"), "结余0.33万元")
    d.total("支出构成", "15.87", ["11.52", "2.85", "1.50"],
            "委托第三方质量检测费11.52万元（192种×600元/种），专家审读费2.85万元，出版物市场检查费1.50万元")
    d.eq("192种×600元", "11.52", D(192 * 600) / 10000)
    d.has("图书｜120｜115\n", "期刊及内部资料性出版物｜48｜46\n", "音像电子出版物｜24｜24\n", "合计｜192｜185\n",
          "全年抽检出版物192种，合格185种")
    d.total("抽检种数", "192", ["120", "48", "24"])
    d.total("合格种数", "185", ["115", "46", "24"])
    d.rate("合格率", "96.35", 185, 192, "辖区出版物质量合格率为96.35%")
    d.eq("不合格种数", "7", D(192 - 185), "7种不合格出版物")
    errs = ["1.6", "2.3", "1.2", "3.1", "1.8", "1.4", "2.1"]
    d.eq("平均差错率", "1.93", sum(D(e) for e in errs) / len(errs),
         "差错率分别为万分之1.6、2.3、1.2、3.1、1.8、1.4、2.1，平均为万分之1.93")
    d.rate("整改率", "57.14", 4, 7, "已整改4种，整改率57.14%", "其余3种中，2种内部资料性出版物")
    d.eq("未整改", "3", D(7 - 4))
    d.eq("不合格内部资料", "2", D(48 - 46))
    d.eq("不合格图书 = 已整改 4 + 修订重印 1", "5", D(4 + 1), "1种图书正在修订重印")
    d.eq("不合格图书", "5", D(120 - 115))
    d.rate("2022年合格率", "95.45", 168, 176, "2022年抽检出版物176种，合格率95.45%")
    d.rate("满意度", "78", 39, 50, "共发放问卷50份，收回50份，满意39份，满意度78%")
    d.has("年度资金总额｜18.50｜16.20｜15.87｜10｜97.96%｜9.80",
          "其中：当年财政拨款｜18.50｜16.20｜15.87｜—｜97.96%｜—")
    d.eq("执行率得分", "9.80", D("15.87") / D("16.20") * 10)
    fmt = lambda r: f"｜{r[0]}｜{r[1]}｜{r[2]}｜{r[3]}｜{r[4]}｜"
    rows = [
        ("出版物质量检查种数", "≥180种", "192种", "15", "15", ("gte", 180, 192), None),
        ("出版物市场检查次数", "≥24次", "26次", "10", "10", ("gte", 24, 26), None),
        ("检测结论准确率", "100%", "100%", "10", "10", ("gte", 100, 100), None),
        ("检查结果通报时间", "2023年11月30日前", "2023年12月15日", "5", "3", None, None),
        ("单种出版物检测费用", "≤650元", "600元", "10", "10", ("lte", 650, 600), None),
        ("辖区出版物质量合格率", "≥98%", "96.35%", "15", "14.75", ("gte", 98, D(185) / 192 * 100), None),
        ("不合格出版物整改率", "100%", "57.14%", "15", "8.57", ("gte", 100, D(4) / 7 * 100), None),
        ("服务对象满意度", "≥90%", "78%", "10", "8.67", ("gte", 90, 78), None),
    ]
    for printed, t, w, sc in (("96.35", 98, 15, "14.75"), ("57.14", 100, 15, "8.57")):
        if r2(D(printed) / t * w) != D(sc):
            fail(f"miyun: score from printed rate {printed}")
    s = d.table("10", "9.80", rows, fmt, "89.79")
    d.has("合计｜｜｜｜｜100｜89.79｜", "项目综合得分89.79分", "自评等级｜良",
          "按照预算执行率10分、产出指标50分、效益指标30分、满意度指标10分的权重评分")
    d.grade(s, "良")


def check_qianjiang():
    d = Doc("cq-qianjiang-rongmeiti-2024-clean.txt")
    d.has("2024年度融合传播能力提升项目支出绩效自评报告")
    d.total("全年预算", "420.00", ["300.00", "120.00"],
            "项目全年预算420.00万元，其中市级补助资金300.00万元、区级财政资金120.00万元")
    d.rate("执行率", "92.53", "388.64", "420.00", "全年实际支出388.64万元，预算执行率92.53%", "到位率100%")
    d.total("支出构成", "388.64", ["168.20", "142.86", "57.58", "20.00"],
            "融合指挥调度平台升级168.20万元，4K超高清演播室改造142.86万元，移动直播及采编设备57.58万元，网络安全等级保护测评20.00万元")
    d.total("按来源", "388.64", ["300.00", "88.64"], "市级补助资金已全部支出，区级财政资金支出88.64万元")
    d.eq("结转", "31.36", D("420.00") - D("388.64"), "未支出的31.36万元", "结转至2025年继续使用")
    d.has("年度资金总额 | 420.00 | 420.00 | 388.64 | 10 | 92.53% | 9.25",
          "其中：市级补助资金 | 300.00 | 300.00 | 300.00 | — | 100.00% | —",
          "区级财政资金 | 120.00 | 120.00 | 88.64 | — | 73.87% | —")
    d.rate("区级执行率", "73.87", "88.64", "120.00")
    d.eq("执行率得分", "9.25", D("388.64") / D("420.00") * 10)
    d.eq("直播增加", "24", D(72 - 48), "开展移动直播72场，较2023年的48场增加24场")
    d.has("发布各类新闻作品13856条", "全年发布新闻作品13856条", "受众满意度93.8%",
          "对新闻时效性的满意率为96.2%", "累计下载量31.2万次", "全网阅读（播放）量1.62亿次", "该指标扣2分")
    fmt = lambda r: f" | {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} |"
    rows = [
        ("融合指挥调度平台升级", "1套", "1套", "10", "10", ("gte", 1, 1), None),
        ("新闻作品发布数量", "≥12000条", "13856条", "10", "10", ("gte", 12000, 13856), None),
        ("移动直播场次", "≥60场", "72场", "5", "5", ("gte", 60, 72), None),
        ("网络安全等级保护测评", "通过三级测评", "通过", "10", "10", None, None),
        ("项目验收时间", "2024年10月31日前", "2024年12月18日", "5", "3", None, None),
        ("项目总成本", "≤420万元", "388.64万元", "10", "10", ("lte", 420, "388.64"), None),
        ("“黔江融媒”客户端累计下载量", "≥30万次", "31.2万次", "10", "10", ("gte", 30, "31.2"), None),
        ("全网阅读（播放）量", "≥1.5亿次", "1.62亿次", "10", "10", ("gte", "1.5", "1.62"), None),
        ("新购设备使用年限", "≥5年", "5年", "10", "10", ("gte", 5, 5), None),
        ("受众满意度", "≥90%", "93.8%", "10", "10", ("gte", 90, "93.8"), None),
    ]
    s = d.table("10", "9.25", rows, fmt, "97.25")
    d.has("项目综合得分97.25分，评价等级为“优”")
    d.grade(s, "优")


# ---------------------------------------------------------------- labels and diffs
def check_labels():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        fail("labels.jsonl and cases/ list different files")
    sources = sorted({l["source"] for l in labels})
    if len(sources) != 5:
        fail(f"expected 5 sources, got {len(sources)}")
    count = {c: 0 for c in CODES}
    prose_table = {"in": 0}
    for lab in labels:
        text = read(lab["case"])
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expected findings")
            n = len(text)
            if not 3000 <= n <= 5000:
                fail(f"{lab['case']}: {n} characters, outside 3000–5000")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: needs exactly one expected finding")
        exp = lab["expected"][0]
        if exp["code"] not in CODES or exp["severity"] != "error":
            fail(f"{lab['case']}: bad code/severity {exp}")
        count[exp["code"]] = count.get(exp["code"], 0) + 1
        value = exp["value"]
        if value not in text:
            fail(f"{lab['case']}: value {value!r} not in case")
            continue
        clean = read(f"{lab['source']}-clean.txt")
        if clean == text:
            fail(f"{lab['case']}: identical to its clean draft")
            continue
        # one place: a single contiguous differing region between common prefix and suffix
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        q = 0
        while (q < min(len(clean), len(text)) - p and clean[len(clean) - 1 - q] == text[len(text) - 1 - q]):
            q += 1
        a, b = p, len(text) - q          # changed region in the case
        ca, cb = p, len(clean) - q       # same region in the clean draft
        if max(b - a, cb - ca) > 80:
            fail(f"{lab['case']}: changed region too long ({clean[ca:cb]!r} -> {text[a:b]!r})")
        occ, i = [], text.find(value)
        while i >= 0:
            occ.append((i, i + len(value)))
            i = text.find(value, i + 1)
        if not any(s < max(b, a + 1) and a < e for s, e in occ):
            fail(f"{lab['case']}: value {value!r} does not overlap the changed region {text[a:b]!r}")
    for c, n in sorted(count.items()):
        if n < 2:
            fail(f"code {c} occurs {n} times (< 2)")
    return labels


def main():
    labels = check_labels()
    check_leye()
    check_baokang()
    check_jianzha()
    check_miyun()
    check_qianjiang()
    if FAIL:
        for f in FAIL:
            print("FAIL:", f)
        sys.exit(1)
    print(f"{len(labels)} cases checked")
    print("OK")


if __name__ == "__main__":
    main()
