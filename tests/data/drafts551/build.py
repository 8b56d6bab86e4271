#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts551 from the clean drafts.

Every error case is its clean draft with exactly one edit `old -> new`, where `old` occurs exactly
once in the clean draft. `value` is the labelled substring: it contains the changed figure and
occurs exactly once in the error case. Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "tongren-datashare-2019",
    "zibo-datagov-2021",
    "jiangmen-dataplatform-2022",
    "wuhu-datadept-2024",
    "yichang-publicdata-2025",
]

# id -> list of (code, old, new, value, where, explanation); the list index + 1 is the case number.
EDITS = {
    "tongren-datashare-2019": [
        ("rate_mismatch", "到位率100%", "到位率98.50%", "到位率98.50%",
         "prose, 二（二） 资金到位及执行",
         "到位 292.50 / 全年预算 292.50 = 100.00%, stated 98.50%"),
        ("sum_mismatch", "电子政务外网线路租赁费28.00万元", "电子政务外网线路租赁费26.00万元", "租赁费26.00万元",
         "prose, 二（二） spending by use",
         "168.00 + 38.60 + 45.24 + 26.00 = 277.84, but 全年支出 is 279.84 (table and prose)"),
        ("unit_mismatch", "合同金额386,000.00元", "合同金额386,000.00万元", "386,000.00万元",
         "prose, 二（四） procurement",
         "the 等保 contract written in 万元: 1,680,000.00 + 386,000.00 + 452,400.00 = 2,518,400.00元 and the "
         "等保 spending 38.60万元 both hold only with 386,000.00元; off by 10^4"),
        ("completion_mismatch", "115.56%", "125.56%", "125.56%",
         "table 四, row 累计接入部门数",
         "52 / 45 = 115.56%, stated 125.56%"),
        ("grade_mismatch", "评价等级为优", "评价等级为良", "评价等级为良",
         "prose, 五 自评结论",
         "98.88 is in the 优 band (>= 90), stated 良"),
        ("average_mismatch", "三地平均135.47万次", "三地平均153.47万次", "平均153.47万次",
         "prose, 三（一） district call volumes",
         "(186.4 + 121.7 + 98.3) / 3 = 135.47, stated 153.47"),
    ],
    "zibo-datagov-2021": [
        ("balance_mismatch", "未支出资金22.64万元", "未支出资金26.24万元", "未支出资金26.24万元",
         "prose, 二（二） 资金到位及执行",
         "资金全部到位: 502.20 - 479.56 = 22.64, stated 26.24"),
        ("conflicting_values", "归集各部门政务数据3.56亿条", "归集各部门政务数据3.65亿条", "政务数据3.65亿条",
         "prose, 三（一） 产出完成情况",
         "表2 gives 政务数据归集量 3.56亿条 (completion 89.00%, score 7.12 follow from it); prose says 3.65亿条"),
        ("score_exceeds_weight", "｜10｜9.40\n合计｜｜｜｜｜｜100｜88.26", "｜10｜10.20\n合计｜｜｜｜｜｜100｜89.06",
         "84.6%｜94.00%｜10｜10.20",
         "table 表2, row 用户满意度 (and the 合计 cell below it, edited together)",
         "score 10.20 above weight 10; the 合计 was raised with it (89.06) so the sum still holds and the grade 良 stays"),
        ("weight_sum_mismatch", "232个｜58.00%｜10｜5.80", "232个｜58.00%｜12｜5.80", "232个｜58.00%｜12｜5.80",
         "table 表2, row 公共数据开放数据集",
         "weights now total 102 against the 合计 100 (效益 rows 10 + 10 + 12 = 32)"),
        ("year_mismatch", "结转至2022年使用", "结转至2021年使用", "结转至2021年使用",
         "prose, 二（二） 资金到位及执行",
         "the unspent part of the 2021 budget cannot be carried over to 2021 itself"),
        ("implausible_rate", "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100%｜—",
         "其他资金｜0.00｜0.00｜0.00｜—｜100%",
         "table 表1, row 其他资金",
         "execution rate 100% on a zero base (全年预算 0.00): undefined, should read —"),
    ],
    "jiangmen-dataplatform-2022": [
        ("rate_mismatch", "86.40%", "84.60%", "84.60%",
         "table 表1, row 省级专项资金",
         "86.40 / 100.00 = 86.40%, stated 84.60%"),
        ("sum_mismatch", "主题库538条", "主题库583条", "主题库583条",
         "prose, 三（一） 数量",
         "412 + 583 + 295 = 1,290, but 新增编目数据资源目录 is 1,245 (prose and 表2)"),
        ("score_sum_mismatch", "达成年度指标\t—\t6\t5.40", "达成年度指标\t—\t6\t5.00", "达成年度指标\t—\t6\t5.00",
         "table 表2, row 数据安全管理制度落实 (qualitative)",
         "row scores now add to 95.83, 合计 and 自评结论 state 96.23 (5.00 is still inside the 达成 band [4.80, 6])"),
        ("conflicting_values", "被调用2,386.7万次", "被调用2,836.7万次", "被调用2,836.7万次",
         "prose, 三（二） 效益",
         "表2 gives 共享接口年调用量 2,386.7万次 (completion 119.34% follows from it); prose says 2,836.7万次"),
        ("completion_mismatch", "286个\t95.33%", "286个\t93.55%", "93.55%",
         "table 表2, row 新增共享接口",
         "286 / 300 = 95.33%, stated 93.55%"),
        ("implausible_rate", "96.3%\t107.00%", "106.3%\t118.11%", "106.3%\t118.11%",
         "table 表2, row 部门和企业满意度",
         "satisfaction 106.3% is above 100% (the completion cell was changed with it, so 106.3 / 90 = 118.11% holds)"),
    ],
    "wuhu-datadept-2024": [
        ("balance_mismatch", "年末结转结余56.50万元", "年末结转结余65.50万元", "年末结转结余65.50万元",
         "prose, 二（二） 预算执行",
         "1,400.40 - 1,343.90 = 56.50, stated 65.50"),
        ("score_sum_mismatch", "效益指标22.67分", "效益指标23.67分", "效益指标23.67分",
         "prose, 四 自评结论 (first-level scores)",
         "效益 rows score 10 + 8.67 + 4.00 = 22.67, stated 23.67; the four first-level scores now add to 90.18, not 89.18"),
        ("weight_sum_mismatch", "效益指标30分", "效益指标35分", "效益指标35分",
         "prose, 四 自评结论 (first-level weights)",
         "10 + 50 + 35 + 10 = 105, not 100; the 效益 rows of 表2 carry 10 + 10 + 10 = 30"),
        ("grade_mismatch", "等级为良好", "等级为优秀", "等级为优秀",
         "prose, 四 自评结论",
         "89.18 is in the 良 band (80 <= s < 90), stated 优秀"),
        ("year_mismatch", "截至2024年12月31日", "截至2023年12月31日", "截至2023年12月31日",
         "prose, 二（二） 预算执行",
         "the spending of the 2024 budget is reported as of 2023-12-31; the evaluation year is 2024"),
        ("average_mismatch", "平均92.75分", "平均93.75分", "平均93.75分",
         "prose, 二（四） 重点项目自评情况",
         "(96.50 + 92.00 + 88.40 + 94.10) / 4 = 92.75, stated 93.75"),
    ],
    "yichang-publicdata-2025": [
        ("rate_mismatch", "执行率88.53%", "执行率85.83%", "执行率85.83%",
         "prose, 三（二） 资金执行",
         "省级专项 60.20 / 68.00 = 88.53%, stated 85.83%"),
        ("sum_mismatch", "安全运维服务合同金额540,000.00元", "安全运维服务合同金额450,000.00元", "合同金额450,000.00元",
         "prose, 三（三） 采购管理",
         "1,560,000.00 + 1,186,500.00 + 450,000.00 = 3,196,500.00, stated 三项合计 3,286,500.00"),
        ("conflicting_values", "数据共享调用3,516.8万次", "数据共享调用3,156.8万次", "调用3,156.8万次",
         "prose, 四（一） 产出",
         "附表 gives 数据共享调用量 3,516.8万次 (completion 117.23% follows from it); prose says 3,156.8万次"),
        ("completion_mismatch", "完成率116.67%", "完成率106.67%", "完成率106.67%",
         "prose, 四（一） 产出 (数据资源普查)",
         "21 / 18 = 116.67%, stated 106.67%"),
        ("unit_mismatch", "652个", "97.2%", "97.2%",
         "table 附表, row 数据集开放数量",
         "target ≥600个, actual written as a percentage: completion cannot be computed"),
        ("score_exceeds_weight", "10\n以上11项指标合计得分97.86分", "10.50\n以上11项指标合计得分98.36分", "10    10.50",
         "table 附表, row 数据使用单位满意度 (and the total line right below, edited together)",
         "score 10.50 above weight 10; the total line was raised with it (98.36) so the sum still holds and the grade 优 stays"),
    ],
}


def main():
    labels = []
    for pid in PROJECTS:
        with open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        for k, (code, old, new, value, _where, expl) in enumerate(EDITS[pid], 1):
            if clean.count(old) != 1:
                sys.exit(f"{pid}-e{k}: old text occurs {clean.count(old)} times in the clean draft: {old!r}")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit(f"{pid}-e{k}: value occurs {text.count(value)} times in the case: {value!r}")
            name = f"{pid}-e{k}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
