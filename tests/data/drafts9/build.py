#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts9 from the clean drafts.

Each edit: (project, n, code, old, new, value, explanation).  `old` must occur exactly once in the clean
draft and is replaced by `new`.  `value` is either a string, or a pair (start, end) meaning the substring
of the error case from the first occurrence of `start` to the end of the first following `end`.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

EDITS = [
 # tongwei-dangerhouse-2019
 ("tongwei-dangerhouse-2019", 1, "sum_mismatch", "低保户286户", "低保户268户",
  "1,215户，其中建档立卡贫困户738户、低保户268户", "738 + 268 + 64 + 127 = 1197, stated total 1,215户"),
 ("tongwei-dangerhouse-2019", 2, "balance_mismatch", "结余51.20万元", "结余52.10万元",
  "结余52.10万元", "1,922.40 received - 1,871.20 spent = 51.20"),
 ("tongwei-dangerhouse-2019", 3, "score_sum_mismatch", "竣工验收合格率｜100%｜100%｜10｜10｜", "竣工验收合格率｜100%｜100%｜10｜9｜",
  ("竣工验收合格率｜100%｜100%｜10｜9｜", "总分｜｜｜｜｜100｜99.54"), "row scores now sum to 98.54, stated 总分 99.54"),
 ("tongwei-dangerhouse-2019", 4, "year_mismatch", "结转至2020年", "结转至2019年",
  "结转至2019年", "the unspent part of the 2019 budget cannot be carried over into 2019 itself"),
 # zichang-redtourism-2021
 ("zichang-redtourism-2021", 1, "completion_mismatch", "3.2公里\t91.43%", "3.2公里\t94.13%",
  "3.2公里\t94.13%", "3.2 / 3.5 = 91.43%, stated 94.13%"),
 ("zichang-redtourism-2021", 2, "weight_sum_mismatch", "115.00%\t10\t10", "115.00%\t12\t10",
  ("讲解员培训人次\t≥40人次\t46人次\t115.00%\t12", "合计\t\t\t\t\t\t100"), "weights now total 102 (讲解员培训 12 instead of 10), stated 100"),
 ("zichang-redtourism-2021", 3, "conflicting_values", "全年接待游客52.3万人次", "全年接待游客53.2万人次",
  "53.2万人次", "the table gives 52.3万人次 (consistent with its 116.22% completion); the text says 53.2万人次"),
 ("zichang-redtourism-2021", 4, "average_mismatch", "人均培训费1,200元", "人均培训费1,020元",
  "人均培训费1,020元", "5.52万元 / 46人次 = 1,200元"),
 # longhui-schoolrepair-2022
 ("longhui-schoolrepair-2022", 1, "rate_mismatch", "| 96.10% |", "| 96.01% |",
  "96.01%", "941.76 / 980.00 = 96.10%"),
 ("longhui-schoolrepair-2022", 2, "grade_mismatch", "评价等级为优秀", "评价等级为良好",
  "评价等级为良好", "99.61 is in the 优 band (>= 90)"),
 ("longhui-schoolrepair-2022", 3, "unit_mismatch", "| ≥15000人 | 16382人 |", "| ≥15000人 | 100% |",
  "≥15000人 | 100%", "target is a head count, actual a percentage"),
 ("longhui-schoolrepair-2022", 4, "implausible_rate", "| 94.20% |", "| 104.20% |",
  "104.20%", "a satisfaction rate cannot exceed 100%"),
 # huoqiu-thcequipment-2023
 ("huoqiu-thcequipment-2023", 1, "sum_mismatch", "8台368.00万元", "8台386.00万元",
  "1,127.45万元，其中：DR 6台480.00万元，彩色多普勒超声诊断仪8台386.00万元", "480.00 + 386.00 + 189.50 + 89.95 = 1,145.45, stated 1,127.45"),
 ("huoqiu-thcequipment-2023", 2, "conflicting_values", "项目共支出1,127.45万元", "项目共支出1,172.45万元",
  "1,172.45万元", "spending is 1,127.45万元 in the funds section (matching its parts and the 98.04% rate), 1,172.45万元 in the summary"),
 ("huoqiu-thcequipment-2023", 3, "completion_mismatch", "97.22%", "97.72%",
  "97.72%", "87.5 / 90 = 97.22%, stated 97.72%"),
 ("huoqiu-thcequipment-2023", 4, "year_mismatch", "霍邱县2023年度项目支出绩效自评表", "霍邱县2022年度项目支出绩效自评表",
  "2022年度项目支出绩效自评表", "the report is for 2023, the table is labelled 2022"),
 # xiapu-fishrelease-2020
 ("xiapu-fishrelease-2020", 1, "unit_mismatch", "黑鲷苗种285,000元", "黑鲷苗种285,000万元",
  "285,000万元", "a 元 amount written with the unit 万元 (off by 10^4); with 285,000元 the parts sum to 1,218,640元"),
 ("xiapu-fishrelease-2020", 2, "average_mismatch", "平均每次放流800万尾", "平均每次放流880万尾",
  "平均每次放流880万尾", "4,800万尾 / 6次 = 800万尾"),
 ("xiapu-fishrelease-2020", 3, "balance_mismatch", "结余41,360元", "结余43,160元",
  "结余43,160元", "1,260,000 - 1,218,640 = 41,360元"),
 ("xiapu-fishrelease-2020", 4, "grade_mismatch", "自评等级为“优”", "自评等级为“良”",
  "自评等级为“良”", "97.84 is in the 优 band"),
 # nanhe-streetlight-2024
 ("nanhe-streetlight-2024", 1, "score_exceeds_weight", "产出指标50分得50分，效益指标30分得29.25分", "产出指标50分得51分，效益指标30分得28.25分",
  "产出指标50分得51分", "score 51 above weight 50 (效益 lowered so the total still reads 98.45)"),
 ("nanhe-streetlight-2024", 2, "rate_mismatch", "执行率97.01%", "执行率97.10%",
  "97.10%", "425.47 / 438.60 = 97.01%"),
 ("nanhe-streetlight-2024", 3, "conflicting_values", "全年维护路灯12,386盏", "全年维护路灯12,836盏",
  "12,836盏", "the overview gives 12,386盏 maintained in 2024"),
 ("nanhe-streetlight-2024", 4, "year_mismatch", "于2024年8月追加预算", "于2022年8月追加预算",
  "2022年8月", "a 2024 budget increase cannot have been issued in August 2022"),
 # renshou-egov-2025
 ("renshou-egov-2025", 1, "weight_sum_mismatch", "99.82｜15｜15｜", "99.82｜16｜15｜",
  ("系统可用率｜≥｜99.5｜%｜99.82｜16", "合计｜｜｜｜｜｜｜100"), "weights now total 101 (系统可用率 16), stated 100"),
 ("renshou-egov-2025", 2, "implausible_rate", "｜98.6｜5｜5｜", "｜108.6｜5｜5｜",
  "108.6", "satisfaction 108.6% is above 100%"),
 ("renshou-egov-2025", 3, "completion_mismatch", "完成率83.33%", "完成率88.33%",
  "完成率88.33%", "lte missed: 0.5 / 0.6 = 83.33%"),
 ("renshou-egov-2025", 4, "score_sum_mismatch", "｜1.5｜10｜10｜", "｜1.5｜10｜9｜",
  ("故障响应时间｜≤｜2｜小时｜1.5｜10｜9｜", "合计｜｜｜｜｜｜｜100｜98.11"), "row scores now sum to 97.11, stated 98.11"),
 # tianlin-antidrug-2018
 ("tianlin-antidrug-2018", 1, "score_exceeds_weight", "效益指标\t30\t30\n满意度指标\t10\t10", "效益指标\t30\t31\n满意度指标\t10\t9",
  "效益指标\t30\t31", "score 31 above weight 30 (满意度 lowered so the total still reads 98.20)"),
 ("tianlin-antidrug-2018", 2, "sum_mismatch", "集中宣传活动14.50万元", "集中宣传活动15.40万元",
  "79.12万元，其中宣传品制作21.36万元、禁毒教育基地展陈更新32.80万元、“6·26”集中宣传活动15.40万元", "21.36 + 32.80 + 15.40 + 10.46 = 80.02, stated 79.12"),
 ("tianlin-antidrug-2018", 3, "rate_mismatch", "100.00\t100.00\t77.07", "100.00\t100.00\t70.77",
  "70.77", "县级 (7)=(4)/(2): 23.12 / 30.00 = 77.07"),
 ("tianlin-antidrug-2018", 4, "average_mismatch", "人均培训费200元", "人均培训费220元",
  "人均培训费220元", "10.46万元 / 523人次 = 200元"),
 # ningcheng-dibao-2022
 ("ningcheng-dibao-2022", 1, "score_exceeds_weight", "｜产出指标｜50｜50｜\n｜效益指标｜30｜30｜", "｜产出指标｜50｜51｜\n｜效益指标｜30｜29｜",
  "｜产出指标｜50｜51｜", "score 51 above weight 50 (效益 lowered so the total still reads 99.35)"),
 ("ningcheng-dibao-2022", 2, "implausible_rate", "足额发放率100%", "足额发放率110%",
  "足额发放率110%", "a payment rate cannot exceed 100%"),
 ("ningcheng-dibao-2022", 3, "grade_mismatch", "评价等级为优秀", "评价等级为良好",
  "评价等级为良好", "99.35 is in the 优 band"),
 ("ningcheng-dibao-2022", 4, "balance_mismatch", "结余206.62万元", "结余260.62万元",
  "结余260.62万元", "9,862.00 - 9,655.38 = 206.62"),
 # jianli-watermonitor-2021
 ("jianli-watermonitor-2021", 1, "weight_sum_mismatch", "88.9% | 10 | 10", "88.9% | 12 | 10",
  ("目标一：站点稳定运行 | | | 40 | 40", "88.9% | 12"), "block 目标一 weights now sum to 42 (and all weights to 102), stated 40"),
 ("jianli-watermonitor-2021", 2, "score_sum_mismatch", "75% | 15 | 14.06", "75% | 15 | 14.60",
  ("目标二：掌握水质状况 | | | 40 | 39.06", "75% | 15 | 14.60"), "block 目标二 scores now sum to 39.60, stated 39.06"),
 ("jianli-watermonitor-2021", 3, "unit_mismatch", "| ≤40万元 | 37.05万元 |", "| ≤40万元 | 92.63% |",
  "≤40万元 | 92.63%", "target in 万元 per station, actual a percentage"),
 ("jianli-watermonitor-2021", 4, "year_mismatch", "截至2021年12月31日", "截至2020年12月31日",
  "截至2020年12月31日", "a 2021 report states its results as of 31 Dec 2020"),
]

ORDER = ["tongwei-dangerhouse-2019", "zichang-redtourism-2021", "longhui-schoolrepair-2022",
         "huoqiu-thcequipment-2023", "xiapu-fishrelease-2020", "nanhe-streetlight-2024",
         "renshou-egov-2025", "tianlin-antidrug-2018", "ningcheng-dibao-2022", "jianli-watermonitor-2021"]


def main():
    lines = []
    for pid in ORDER:
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        lines.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, code, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            assert clean.count(old) == 1, (pid, n, old, clean.count(old))
            text = clean.replace(old, new)
            if isinstance(value, tuple):
                s = text.index(value[0])
                e = text.index(value[1], s) + len(value[1])
                value = text[s:e]
            with open(os.path.join(CASES, f"{pid}-e{n}.txt"), "w", encoding="utf-8") as fh:
                fh.write(text)
            lines.append({"case": f"{pid}-e{n}.txt", "source": pid, "clean": False,
                          "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in lines:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(lines), "cases")


if __name__ == "__main__":
    main()
