#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts215 from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SP = " "  # used to spell out the space-aligned rows of the Jilin table

# project id -> list of (code, where, old, new, value, explanation)
EDITS = {
    "ha-hebi-gjjguiji-2022": [
        ("rate_mismatch", "prose",
         "实际支出88.37万元，预算执行率95.54%", "实际支出88.37万元，预算执行率95.45%",
         "预算执行率95.45%",
         "88.37 / 92.50 = 95.54%, the text says 95.45% (digits transposed; the table keeps 95.54%)"),
        ("balance_mismatch", "prose",
         "结余4.13万元", "结余4.31万元",
         "结余4.31万元",
         "到位92.50 - 实际支出88.37 = 4.13万元, stated 4.31万元"),
        ("score_sum_mismatch", "table",
         "10\t9.84\t详见", "10\t9.48\t详见",
         "9.48\t详见报告第三部分\n总分\t\t\t\t\t\t\t100\t97.46",
         "row scores 9.55 + 49.07 + 29 + 9.48 = 97.10, the 总分 cell (and the text) say 97.46"),
        ("grade_mismatch", "prose",
         "评价等级为“优”", "评价等级为“良”",
         "评价等级为“良”",
         "total 97.46 lies in the 90-100 band: 优, not 良"),
        ("unit_mismatch", "table",
         "≥6000人\t6482人", "≥6000人\t108.03%",
         "≥6000人\t108.03%",
         "target in 人 but 实际完成值 written as a percentage (the completion rate copied into the actual column)"),
        ("completion_mismatch", "table",
         "213家\t118.33%", "213家\t113.33%",
         "213家\t113.33%",
         "213 / 180 = 118.33%, stated 完成率 113.33%"),
    ],
    "sn-chenggu-bdcwindow-2023": [
        ("sum_mismatch", "table",
         "\t111.20\n", "\t112.10\n",
         "112.10",
         "年初预算数 column: 当年财政拨款112.10 + 上年结转8.80 = 120.90, 年度资金总额 says 120.00 (111.20 expected; 128.00 - 追加16.80 = 111.20)"),
        ("score_exceeds_weight", "table",
         "\t6.67\n\t历史遗留信息集中更正，已建立登簿前核验机制\n\n\t\n\t时效指标\n\t一般登记办结时限\n\t≤5个工作日\n\t3.2个工作日\n\t6\n\t6\n",
         "\t6\n\t历史遗留信息集中更正，已建立登簿前核验机制\n\n\t\n\t时效指标\n\t一般登记办结时限\n\t≤5个工作日\n\t3.2个工作日\n\t6\n\t6.67\n",
         "一般登记办结时限\n\t≤5个工作日\n\t3.2个工作日\n\t6\n\t6.67",
         "时效 row scored 6.67 against a weight of 6 (the scores of the 质量 and 时效 rows were swapped, so the total still reads 98.27)"),
        ("average_mismatch", "prose",
         "季均7,109件", "季均7,190件",
         "季均7,190件",
         "(6,812 + 7,305 + 7,946 + 6,373) / 4 = 7,109, stated 7,190"),
        ("conflicting_values", "prose",
         "全县11个新建商品房项目", "全县13个新建商品房项目",
         "全县13个新建商品房项目",
         "the text gives 13 projects with 交房即交证, the 自评表 row gives 11个"),
        ("year_mismatch", "prose",
         "结转至2024年继续使用", "结转至2023年继续使用",
         "结转至2023年",
         "money left from the 2023 budget is carried over to 2023 itself; it must go to 2024 (as section 七 says)"),
        ("implausible_rate", "table",
         "\t98.5%\n", "\t985%\n",
         "985%",
         "satisfaction of 985% is impossible (the text says 满意率98.5%)"),
    ],
    "ln-linghai-fwjianding-2020": [
        ("weight_sum_mismatch", "table",
         "| 86.4% | 10 | 9.6 |", "| 86.4% | 12 | 9.6 |",
         "| 12 | 9.6 | 疫情期间排期较长，增加鉴定力量 |\n| 总分 |  |  |  |  | 100 |",
         "weights now add up to 102 (satisfaction weight 12), the 总分 row says 100"),
        ("rate_mismatch", "table",
         "| 10 | 86.58% | 8.66 |", "| 10 | 88.58% | 8.66 |",
         "88.58%",
         "38.96 / 45.00 = 86.58%, the table says 88.58%"),
        ("completion_mismatch", "prose",
         "完成年度目标的103%", "完成年度目标的130%",
         "完成年度目标的130%",
         "412户 / 400户 = 103%, stated 130%"),
        ("average_mismatch", "prose",
         "平均每组137.3户", "平均每组173.3户",
         "平均每组173.3户",
         "(156 + 138 + 118) / 3 = 137.3, stated 173.3"),
        ("unit_mismatch", "prose",
         "委托第三方鉴定服务费28.60万元，鉴定检测", "委托第三方鉴定服务费286000.00万元，鉴定检测",
         "286000.00万元",
         "286000.00 is the amount in 元 (28.60万元, as stated later); with 万元 the parts no longer add to 38.96"),
        ("grade_mismatch", "table",
         "| 评价等级 | 良 |", "| 评价等级 | 优 |",
         "| 评价等级 | 优 |",
         "total 89.42 lies in the 80-90 band: 良 (as the text says), not 优"),
    ],
    "gz-huichuan-wuyejg-2024": [
        ("balance_mismatch", "table",
         "46.85\n3.15\n93.70%", "46.85\n3.51\n93.70%",
         "3.51",
         "实际到位50.00 - 全年执行46.85 = 3.15, the 资金结余 cell says 3.51"),
        ("sum_mismatch", "prose",
         "业主培训经费8.50万元", "业主培训经费8.05万元",
         "全年预算50.00万元，均为区级财政资金。其中：物业服务质量第三方测评费22.00万元、物业管理信息平台运维费9.50万元、业委会组建指导及业主培训经费8.05万元、物业矛盾纠纷调处及宣传费10.00万元",
         "22.00 + 9.50 + 8.05 + 10.00 = 49.55, not the 50.00 budget"),
        ("score_sum_mismatch", "prose",
         "产出指标得分48分", "产出指标得分46分",
         "产出指标得分46分，效益指标得分29.38分，满意度指标得分10分，综合得分96.75分",
         "9.37 + 46 + 29.38 + 10 = 94.75, stated 综合得分96.75 (the 产出 rows of the table add to 48)"),
        ("implausible_rate", "prose",
         "办结409件，办结率99.27%", "办结419件，办结率101.70%",
         "办结419件，办结率101.70%",
         "419 closed of 412 received: a 办结率 of 101.70% is impossible"),
        ("year_mismatch", "table",
         "（2024年度）", "（2023年度）",
         "（2023年度）",
         "the 自评表 is headed 2023年度 in a report on the 2024 budget"),
        ("conflicting_values", "table",
         "≥120个\n126个", "≥120个\n162个",
         "162个",
         "the text says 126个 housing estates were inspected, the 自评表 says 162个"),
    ],
    "jl-dunhua-laojiuxq-2021": [
        ("weight_sum_mismatch", "table",
         "97.22%    10    9.72", "97.22%    15    9.72",
         "15    9.72    施工前公示计划\n总分" + SP * 94 + "100   87.87",
         "weights now add up to 105 (satisfaction weight 15), the 总分 row says 100"),
        ("score_exceeds_weight", "table",
         "10    6       入冬停工，2022年5月复工完成\n" + SP * 28 + "改造楼栋数" + SP * 20 + "≥118栋        118栋           100.00%   5     5\n",
         "10    5       入冬停工，2022年5月复工完成\n" + SP * 28 + "改造楼栋数" + SP * 20 + "≥118栋        118栋           100.00%   5     6\n",
         "改造楼栋数" + SP * 20 + "≥118栋        118栋           100.00%   5     6",
         "改造楼栋数 scored 6 against a weight of 5 (the scores of the 管网 and 楼栋 rows were swapped, so the total still reads 87.87)"),
        ("conflicting_values", "prose",
         "惠及居民2,146户", "惠及居民2,164户",
         "惠及居民2,164户",
         "2,146户 in the overview and 2146户 in the table, 2,164户 here"),
        ("year_mismatch", "prose",
         "其余614.00万元于2021年5月下达", "其余614.00万元于2022年5月下达",
         "614.00万元于2022年5月下达",
         "money of the 2021 budget said to be issued in May 2022, after the evaluation year"),
        ("completion_mismatch", "table",
         "2146户          102.19%", "2146户          101.29%",
         "2146户          101.29%",
         "2146 / 2100 = 102.19%, stated 完成率 101.29%"),
        ("sum_mismatch", "prose",
         "省级补助资金318.00万元", "省级补助资金381.00万元",
         "全年预算2,260.00万元，其中：中央财政城镇保障性安居工程补助资金1,526.00万元、省级补助资金381.00万元、市本级配套资金416.00万元",
         "1,526.00 + 381.00 + 416.00 = 2,323.00, not the 2,260.00 budget"),
    ],
}

PROJECTS = list(EDITS)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def main():
    lines = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = read(clean_name)
        lines.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for i, (code, where, old, new, value, expl) in enumerate(EDITS[pid], 1):
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{pid} e{i}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{pid} e{i}: value not in error case: {value!r}")
            name = f"{pid}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            lines.append({"case": name, "source": pid, "clean": False,
                          "expected": [{"code": code, "severity": "error", "value": value,
                                        "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in lines:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in lines if not r['clean'])} error cases for {len(PROJECTS)} projects")


if __name__ == "__main__":
    main()
