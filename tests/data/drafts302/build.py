#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
The label value is an exact substring of the resulting error case that contains the changed figure.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# id -> list of (code, where, old, new, value, explanation)
EDITS = {
    "gs-lanzhou-cors-2021": [
        ("rate_mismatch", "prose",
         "支出305.66万元，执行率97.84%",
         "支出305.66万元，执行率97.48%",
         "执行率97.48%",
         "基准站运行维护 305.66 / 312.40 = 97.84%, stated 97.48%"),
        ("score_exceeds_weight", "table",
         "约1700万元｜6｜6｜抽样测算\n效益指标｜可持续影响指标｜基准站网长效运维机制｜健全｜已建立并运行｜6｜6｜",
         "约1700万元｜6｜7｜抽样测算\n效益指标｜可持续影响指标｜基准站网长效运维机制｜健全｜已建立并运行｜6｜5｜",
         "约1700万元｜6｜7",
         "经济效益 row scored 7 against a weight of 6 (the next, qualitative row was lowered 6 -> 5 in the same "
         "place so the total still reads 98.95)"),
        ("year_mismatch", "prose",
         "经批准结转至2022年继续使用",
         "经批准结转至2021年继续使用",
         "结转至2021年",
         "the unspent part of the 2021 budget is carried over to 2021 itself; carry-overs go to a later year (2022)"),
        ("unit_mismatch", "table",
         "｜12座｜11座｜8｜7.33｜",
         "｜12座｜91.67%｜8｜7.33｜",
         "12座｜91.67%",
         "target is a count of stations (12座), actual is given as a percentage; completion cannot be computed"),
        ("average_mismatch", "prose",
         "按86座站点计算平均每座6000元",
         "按86座站点计算平均每座6600元",
         "平均每座6600元",
         "51.60万元 / 86 = 0.60万元 = 6000元 per station, stated 6600元"),
        ("weight_sum_mismatch", "table",
         "｜≥12个｜14个｜8｜8｜",
         "｜≥12个｜14个｜9｜8｜",
         "14个｜9｜8",
         "weights now total 101 (10 + 51 + 30 + 10): 服务行业部门数量 weight 9 instead of 8"),
    ],
    "zj-deqing-shijingsanwei-2023": [
        ("completion_mismatch", "table",
         "| 126.5平方公里 | 105.42% |",
         "| 126.5平方公里 | 104.52% |",
         "126.5平方公里 | 104.52%",
         "126.5 / 120 = 105.42%, stated 104.52%"),
        ("sum_mismatch", "prose",
         "县级财政资金620.00万元",
         "县级财政资金602.00万元",
         "县级财政资金602.00万元",
         "240.00 + 602.00 = 842.00, stated total 860.00 (the sources should add up to 860.00)"),
        ("grade_mismatch", "prose",
         "评价等级为“优”",
         "评价等级为“良”",
         "评价等级为“良”",
         "total 95.47 (stated as 95分以上) lies in the 优 band (>= 90)"),
        ("implausible_rate", "table",
         "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — |",
         "| 上年结转资金 | 0.00 | 0.00 | 0.00 | 100.00% |",
         "0.00 | 100.00%",
         "execution rate of 100.00% printed on a zero base (上年结转资金 0.00 budget, 0.00 spent)"),
        ("conflicting_values", "prose",
         "单体化建筑模型4.37万栋",
         "单体化建筑模型4.73万栋",
         "单体化建筑模型4.73万栋",
         "text gives 4.73万栋, the indicator table gives 4.37万栋 (completion 104.05% follows from 4.37)"),
        ("score_sum_mismatch", "table",
         "| 100 | 95.47 |",
         "| 100 | 95.74 |",
         "| 100 | 95.74 |",
         "row scores add up to 95.47 (9.32 + 49.52 + 26.8 + 9.83), stated total 95.74"),
    ],
    "sc-wangcang-cebiaojiezhuang-2019": [
        ("balance_mismatch", "prose",
         "尚未支出的2.28万元",
         "尚未支出的2.82万元",
         "尚未支出的2.82万元",
         "到位 64.00 - 支出 61.72 = 2.28, stated 2.82"),
        ("unit_mismatch", "prose",
         "维修界桩20颗支出68000元",
         "维修界桩20颗支出68000万元",
         "维修界桩20颗支出68000万元",
         "68000元 (6.80万元) written with the unit 万元: off by 10^4; 5.39 + 6.80 + 17.23 = 29.42 and "
         "6.80万元 / 20 = 3400元 only hold for 68000元"),
        ("score_sum_mismatch", "prose",
         "综合得分92.17分",
         "综合得分92.71分",
         "综合得分92.71分",
         "9.01 + 47.55 + 25.61 + 10 = 92.17, stated 92.71"),
        ("completion_mismatch", "prose",
         "312座，完成率104.00%",
         "312座，完成率100.40%",
         "312座，完成率100.40%",
         "312 / 300 = 104.00%, stated 100.40%"),
        ("implausible_rate", "prose",
         "满意度为95.4%",
         "满意度为105.4%",
         "满意度为105.4%",
         "a satisfaction rate above 100%"),
        ("rate_mismatch", "prose",
         "资金到位率93.43%",
         "资金到位率94.33%",
         "资金到位率94.33%",
         "64.00 / 68.50 = 93.43%, stated 94.33%"),
    ],
    "gx-hechi-tianditu-2020": [
        ("balance_mismatch", "table",
         "(5)=(3)-(4)\t14.65",
         "(5)=(3)-(4)\t16.45",
         "(5)=(3)-(4)\t16.45",
         "(3) 186.00 - (4) 171.35 = 14.65, stated 16.45"),
        ("score_exceeds_weight", "table",
         "≥8个\t9个\t5\t5\t\n产出指标\t质量指标\t平台年可用率\t≥99%\t99.46%\t10\t10\t",
         "≥8个\t9个\t5\t6\t\n产出指标\t质量指标\t平台年可用率\t≥99%\t99.46%\t10\t9\t",
         "≥8个\t9个\t5\t6",
         "新增专题图层 scored 6 against a weight of 5 (the next row was lowered 10 -> 9 in the same place so the "
         "total still reads 89.87)"),
        ("year_mismatch", "table",
         "评价年度\t2020年度",
         "评价年度\t2021年度",
         "评价年度\t2021年度",
         "the table claims evaluation year 2021 in a 2020 report (title, budget and data are 2020)"),
        ("weight_sum_mismatch", "table",
         "≥20个\t14个\t10\t7\t",
         "≥20个\t14个\t12\t7\t",
         "14个\t12\t7",
         "weights now total 102: 接入应用的政务部门 weight 12 instead of 10"),
        ("conflicting_values", "table",
         "完成要素更新3,126公里",
         "完成要素更新3,216公里",
         "完成要素更新3,216公里",
         "the goal block says 3,216公里, the indicator row says 3126公里"),
        ("average_mismatch", "prose",
         "月均13.62万人次",
         "月均13.26万人次",
         "月均13.26万人次",
         "163.4万人次 / 12 = 13.62万人次, stated 13.26"),
    ],
    "sd-rizhao-cehuizhongxin-2024": [
        ("sum_mismatch", "table",
         "基本支出      742.10",
         "基本支出      724.10",
         "724.10",
         "年初预算 column: 724.10 + 544.30 = 1268.40, stated 合计 1,286.40 (also 724.10 + 6.50 != 748.60)"),
        ("rate_mismatch", "table",
         "628.90          93.61%",
         "628.90          96.31%",
         "96.31%",
         "项目支出 628.90 / 671.80 = 93.61%, stated 96.31%"),
        ("grade_mismatch", "prose",
         "评价等级为良好",
         "评价等级为优秀",
         "评价等级为优秀",
         "total 89.96 is below 90: band 良"),
        ("completion_mismatch", "table",
         "274座           105.38%",
         "274座           103.58%",
         "103.58%",
         "274 / 260 = 105.38%, stated 103.58%"),
        ("implausible_rate", "prose",
         "资金到位率100%",
         "资金到位率101.6%",
         "资金到位率101.6%",
         "a funds-arrival rate above 100%"),
        ("conflicting_values", "prose",
         "提供测绘成果672次",
         "提供测绘成果627次",
         "提供测绘成果627次",
         "text says 627次, the indicator table says 672次 (completion 112.00% follows from 672)"),
    ],
}


def main():
    labels = []
    for pid, edits in EDITS.items():
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for i, (code, where, old, new, value, expl) in enumerate(edits, 1):
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{pid} e{i}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{pid} e{i}: value not in case: {value!r}")
            name = f"{pid}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
