#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of set n146 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft
of its project. Every error case holds exactly one injected inconsistency.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# Order of the projects in labels.jsonl.
SOURCES = [
    "yulong-lashihai-road-2022",
    "changjiang-qiziwan-visitorcentre-2021",
    "burqin-wucaitan-scenic-2019",
    "wulong-xiannvshan-hub-2023",
    "chunan-transport-dept-2024",
]

# (source, case suffix, where, code, old, new, value, explanation)
EDITS = [
    # ---- 玉龙县 拉市海旅游环线公路 2022 (MOF table as 附件) ----
    ("yulong-lashihai-road-2022", "e1", "table", "rate_mismatch",
     "3,071.85｜10｜94.23%", "3,071.85｜10｜94.32%",
     "94.32%",
     "年度资金总额 row: 3,071.85 / 3,260.00 = 94.23%, the table prints 94.32% (digits swapped)"),
    ("yulong-lashihai-road-2022", "e2", "prose", "completion_mismatch",
     "9.8公里，完成率103.16%", "9.8公里，完成率98%",
     "完成率98%",
     "波形护栏 target ≥9.5公里, actual 9.8公里: completion 103.16%, the text says 98% (divided by 10 instead of 9.5)"),
    ("yulong-lashihai-road-2022", "e3", "prose", "year_mismatch",
     "按规定结转至2023年继续使用", "按规定结转至2022年继续使用",
     "结转至2022年",
     "unspent money of the 2022 budget is carried over to 2022 itself; it must go to a later year (2023)"),
    ("yulong-lashihai-road-2022", "e4", "table", "sum_mismatch",
     "其中：当年财政拨款｜2,400.00", "其中：当年财政拨款｜2,040.00",
     "年度资金总额｜2,800.00｜3,260.00｜3,071.85｜10｜94.23%｜9.42\n其中：当年财政拨款｜2,040.00",
     "年初预算数 column: 2,040.00 + 400.00 + 0.00 = 2,440.00, but 年度资金总额 is 2,800.00 (2,400.00 mistyped)"),
    ("yulong-lashihai-road-2022", "e5", "table", "score_exceeds_weight",
     "｜≥6处｜6处｜5｜5｜—\n产出指标｜数量指标｜波形护栏安装长度｜≥9.5公里｜9.8公里｜5｜5｜—",
     "｜≥6处｜6处｜4｜5｜—\n产出指标｜数量指标｜波形护栏安装长度｜≥9.5公里｜9.8公里｜6｜5｜—",
     "≥6处｜6处｜4｜5",
     "观景台 row scores 5 against a weight of 4 (weights of two adjacent rows shifted 5/5 -> 4/6, so the weights still total 100 and the scores 98.20)"),
    ("yulong-lashihai-road-2022", "e6", "prose", "grade_mismatch",
     "自评得分98.20分，评价等级为优", "自评得分98.20分，评价等级为良",
     "自评得分98.20分，评价等级为良",
     "98.20 lies in the 优 band (90–100), the text says 良"),

    # ---- 昌江县 棋子湾游客服务中心 2021 (inline MOF table) ----
    ("changjiang-qiziwan-visitorcentre-2021", "e1", "prose", "balance_mismatch",
     "年末结余87.53万元", "年末结余78.53万元",
     "结余78.53万元",
     "到位 1,450.00 − 支出 1,362.47 = 87.53万元, the text says 78.53"),
    ("changjiang-qiziwan-visitorcentre-2021", "e2", "table", "weight_sum_mismatch",
     "基本稳定，10月发生2次系统故障｜10｜8｜", "基本稳定，10月发生2次系统故障｜8｜8｜",
     "基本稳定，10月发生2次系统故障｜8｜8｜已督促供应商整改，尾款待整改验收后支付\n满意度指标｜服务对象满意度指标｜游客满意度｜≥90%｜91.67%｜10｜10｜—\n总分｜｜｜｜｜100｜97.40｜",
     "the score 8 was copied into the 分值 cell: weights now 10 + 50 + 28 + 10 = 98, 总分 row says 100"),
    ("changjiang-qiziwan-visitorcentre-2021", "e3", "table", "unit_mismatch",
     "｜≥95%｜96.77%｜10｜10｜", "｜≥95%｜30件｜10｜10｜",
     "≥95%｜30件",
     "游客投诉及时处理率: target in %, actual given as a count (30件), completion cannot be computed"),
    ("changjiang-qiziwan-visitorcentre-2021", "e4", "prose", "average_mismatch",
     "月均1.49万人次", "月均1.94万人次",
     "月均1.94万人次",
     "(1.26 + 1.48 + 1.73) / 3 = 1.49万人次, the text says 1.94"),
    ("changjiang-qiziwan-visitorcentre-2021", "e5", "table", "conflicting_values",
     "｜≥3200平方米｜3260平方米｜", "｜≥3200平方米｜3620平方米｜",
     "3620平方米",
     "the built floor area is 3,260平方米 in the text (and 60平方米 above the 3,200 design), the table says 3620"),
    ("changjiang-qiziwan-visitorcentre-2021", "e6", "prose", "implausible_rate",
     "当年支出80.00万元，执行率100%", "当年支出88.00万元，执行率110%",
     "当年支出88.00万元，执行率110%",
     "2020 前期经费: 88.00 spent of an 80.00 budget, execution rate 110% (arithmetic right, rate over 100%)"),

    # ---- 布尔津县 五彩滩景区 2019 (funds, indicators and scores in prose only) ----
    ("burqin-wucaitan-scenic-2019", "e1", "prose", "rate_mismatch",
     "预算执行率92%", "预算执行率82%",
     "预算执行率82%",
     "478.40 / 520.00 = 92%, the text says 82%"),
    ("burqin-wucaitan-scenic-2019", "e2", "prose", "sum_mismatch",
     "县级财政配套资金120.00万元", "县级财政配套资金102.00万元",
     "全年预算520.00万元，其中自治区旅游发展专项资金400.00万元、县级财政配套资金102.00万元",
     "400.00 + 102.00 = 502.00, the budget is 520.00 (120.00 mistyped)"),
    ("burqin-wucaitan-scenic-2019", "e3", "prose", "unit_mismatch",
     "导览标识系统18.60万元", "导览标识系统186000万元",
     "186000万元",
     "the 导览标识系统 part is 186000元 (18.60万元) written with the unit 万元; the parts add to 478.40 only after rescaling by 10^4"),
    ("burqin-wucaitan-scenic-2019", "e4", "prose", "year_mismatch",
     "截至2019年12月31日", "截至2018年12月31日",
     "截至2018年12月31日",
     "the 2019 spending is reported as of 31 Dec 2018, before the 2019 money was issued (May/June 2019)"),
    ("burqin-wucaitan-scenic-2019", "e5", "prose", "average_mismatch",
     "平均每座39.30万元", "平均每座39.03万元",
     "平均每座39.03万元",
     "(38.60 + 41.20 + 36.90 + 40.30 + 39.50) / 5 = 39.30万元, the text says 39.03"),
    ("burqin-wucaitan-scenic-2019", "e6", "prose", "score_sum_mismatch",
     "自评总分95.7分", "自评总分97.5分",
     "自评总分97.5分",
     "9.2 + 48 + 28.5 + 10 = 95.7, the text says 97.5"),

    # ---- 武隆区 仙女山旅游客运枢纽站 2023 (funds table + indicator table with 完成率) ----
    ("wulong-xiannvshan-hub-2023", "e1", "table", "completion_mismatch",
     "380个｜90.48%", "380个｜90.84%",
     "380个｜90.84%",
     "停车泊位 ≥420个, actual 380个: completion 90.48%, the table says 90.84%"),
    ("wulong-xiannvshan-hub-2023", "e2", "table", "implausible_rate",
     "其他资金｜0.00｜0.00｜0.00｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "执行率 100.00% printed for a row whose budget is 0.00 (rate on a zero base)"),
    ("wulong-xiannvshan-hub-2023", "e3", "table", "score_sum_mismatch",
     "｜100｜97.60｜", "｜100｜97.06｜",
     "合计｜｜｜｜｜｜100｜97.06",
     "row scores add to 9.64 + 49.05 + 29.07 + 9.84 = 97.60, 合计 says 97.06"),
    ("wulong-xiannvshan-hub-2023", "e4", "table", "weight_sum_mismatch",
     "136人｜90.67%｜10｜9.07", "136人｜90.67%｜12｜9.07",
     "136人｜90.67%｜12｜9.07｜主体工程转入装饰阶段，用工减少\n满意度指标｜服务对象满意度指标｜周边群众及游客满意度｜≥90%｜88.6%｜98.44%｜10｜9.84｜施工噪声、扬尘影响周边商户\n合计｜｜｜｜｜｜100",
     "带动就业 weight typed 12: the weights now add to 102 (效益 32), 合计 says 100"),
    ("wulong-xiannvshan-hub-2023", "e5", "prose", "balance_mismatch",
     "年末结余115.62万元", "年末结余115.26万元",
     "结余115.26万元",
     "3,233.40 − 3,117.78 = 115.62 (区级 1,120.00 − 1,004.38), the text says 115.26"),
    ("wulong-xiannvshan-hub-2023", "e6", "prose", "conflicting_values",
     "施工总承包合同价4,862.37万元，合同约定", "施工总承包合同价4,826.37万元，合同约定",
     "合同价4,826.37万元",
     "the same 施工总承包合同价 is 4,862.37万元 in 一、项目概况 and 4,826.37万元 in 四（二）合同管理"),

    # ---- 淳安县交通运输局 部门整体 2024 ----
    ("chunan-transport-dept-2024", "e1", "table", "grade_mismatch",
     "评价等级｜优", "评价等级｜良",
     "评价等级｜良",
     "总分 92.73 lies in the 优 band (90–100), the table says 良"),
    ("chunan-transport-dept-2024", "e2", "table", "score_exceeds_weight",
     "建制村通客车率｜100%｜100%｜10｜10｜—\n效益指标｜可持续影响指标｜停车场智慧管理系统运行｜稳定运行并接入城市大脑｜已上线运行，数据接口尚未接通｜10｜7｜",
     "建制村通客车率｜100%｜100%｜10｜11｜—\n效益指标｜可持续影响指标｜停车场智慧管理系统运行｜稳定运行并接入城市大脑｜已上线运行，数据接口尚未接通｜10｜6｜",
     "建制村通客车率｜100%｜100%｜10｜11",
     "建制村通客车率 scores 11 against a weight of 10 (one point moved from the next row, total still 92.73)"),
    ("chunan-transport-dept-2024", "e3", "table", "rate_mismatch",
     "1,712.45｜92.07%", "1,712.45｜92.70%",
     "1,712.45｜92.70%",
     "停车场建设: 1,712.45 / 1,860.00 = 92.07%, the table says 92.70%"),
    ("chunan-transport-dept-2024", "e4", "table", "sum_mismatch",
     "其中：基本支出｜2,080.00", "其中：基本支出｜2,008.00",
     "部门整体支出｜8,650.00｜9,412.60｜8,957.31｜10｜95.16%｜9.52\n其中：基本支出｜2,008.00",
     "年初预算数 column: 2,008.00 + 6,570.00 = 8,578.00, but 部门整体支出 is 8,650.00"),
    ("chunan-transport-dept-2024", "e5", "prose", "conflicting_values",
     "新增泊位612个，其中", "新增泊位621个，其中",
     "新增泊位621个",
     "the new parking spaces are 612个 in the indicator table, 621个 in the text"),
    ("chunan-transport-dept-2024", "e6", "prose", "year_mismatch",
     "于2023年12月提前下达", "于2022年12月提前下达",
     "2022年12月提前下达",
     "money for the 2024 budget can be issued in advance in December 2023 at the earliest, not December 2022"),
]


def main():
    clean = {}
    for src in SOURCES:
        with open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8") as fh:
            clean[src] = fh.read()
    labels = []
    by_src = {s: [] for s in SOURCES}
    for e in EDITS:
        by_src[e[0]].append(e)
    for src in SOURCES:
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, suffix, where, code, old, new, value, expl) in by_src[src]:
            text = clean[s]
            n = text.count(old)
            if n != 1:
                raise SystemExit(f"{s}-{suffix}: old string matches {n} times: {old!r}")
            out = text.replace(old, new, 1)
            name = f"{s}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(out)
            labels.append({"case": name, "source": s, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
