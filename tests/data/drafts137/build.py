#!/usr/bin/env python3
"""Build the n137 error cases and labels.jsonl from the clean drafts.

The five clean drafts in cases/<id>-clean.txt are the sources. EDITS below holds, for every
error case, one exact old -> new replacement (it must match the clean draft exactly once),
the error code, the label value (a short substring of the error case containing the changed
figure) and an explanation. Running this script rewrites cases/<id>-e<n>.txt and labels.jsonl.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "lanxian-yigongti-2020",
    "jianhu-familydoctor-2023",
    "chaling-fuyou-2019",
    "yinjiang-cdcwhole-2024",
    "wensu-weishengyingji-2022",
]

# (source, n, where, code, old, new, value, explanation)
EDITS = [
    # ---- lanxian-yigongti-2020 (Shanxi, 县域医共体建设) ----
    ("lanxian-yigongti-2020", 1, "prose", "rate_mismatch",
     "支出291.40万元，执行率97.13%", "支出291.40万元，执行率97.31%",
     "执行率97.31%",
     "省级资金 291.40 / 300.00 = 97.13%, stated 97.31% (digits transposed)"),
    ("lanxian-yigongti-2020", 2, "table", "balance_mismatch",
     "资金结余｜(5)=(3)-(4)｜15.35", "资金结余｜(5)=(3)-(4)｜15.53",
     "(5)=(3)-(4)｜15.53",
     "row (5) = (3) − (4) = 486.00 − 470.65 = 15.35, stated 15.53"),
    ("lanxian-yigongti-2020", 3, "table", "completion_mismatch",
     "｜≥90%｜75%｜83.33%｜8.33", "｜≥90%｜75%｜75.00%｜8.33",
     "75%｜75.00%",
     "远程心电覆盖率: 75 / 90 = 83.33%, the 完成率 cell repeats the 业绩值 (75.00%)"),
    ("lanxian-yigongti-2020", 4, "table", "weight_sum_mismatch",
     "药品耗材统一采购配送启动时间｜5｜", "药品耗材统一采购配送启动时间｜10｜",
     "药品耗材统一采购配送启动时间｜10",
     "时效 weight typed 10 instead of 5: weights now add up to 105 while 合计 says 100 (产出 55 instead of 50)"),
    ("lanxian-yigongti-2020", 5, "prose", "grade_mismatch",
     "评价等级为“良”", "评价等级为“优”",
     "评价等级为“优”",
     "total 89.96 is below 90, band 良, stated 优"),
    ("lanxian-yigongti-2020", 6, "prose", "year_mismatch",
     "截至2020年12月31日", "截至2021年12月31日",
     "截至2021年12月31日",
     "the 2020 report states its spending 470.65万元 as of 31 Dec 2021 (the year the report was written)"),

    # ---- jianhu-familydoctor-2023 (Jiangsu, 家庭医生签约) ----
    ("jianhu-familydoctor-2023", 1, "table", "score_exceeds_weight",
     "｜10｜9.60｜外出务工人员多，推行线上随访\n产出指标｜时效指标｜签约服务费拨付及时率｜100%｜100%｜5｜5｜—",
     "｜10｜5｜外出务工人员多，推行线上随访\n产出指标｜时效指标｜签约服务费拨付及时率｜100%｜100%｜5｜9.60｜—",
     "签约服务费拨付及时率｜100%｜100%｜5｜9.60",
     "scores of the 履约率 and 拨付及时率 rows swapped: 9.60 above the weight 5 (total still 97.20)"),
    ("jianhu-familydoctor-2023", 2, "table", "unit_mismatch",
     "家庭医生团队数｜≥180个｜186个", "家庭医生团队数｜≥180个｜100%",
     "≥180个｜100%",
     "target counted in 个, actual given as a percentage: completion cannot be computed"),
    ("jianhu-familydoctor-2023", 3, "table", "implausible_rate",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "execution rate 100.00% printed on a zero budget (0.00 / 0.00)"),
    ("jianhu-familydoctor-2023", 4, "table", "conflicting_values",
     "签约居民人数｜≥21万人｜22.32万人", "签约居民人数｜≥21万人｜23.22万人",
     "23.22万人",
     "table gives 23.22万人 signed residents; the text gives 22.32万人 three times (and 22.32万 × 25元 = 558.00万元, 22.32万 / 186 = 1200)"),
    ("jianhu-familydoctor-2023", 5, "prose", "score_sum_mismatch",
     "产出指标得分49.60分", "产出指标得分49.06分",
     "产出指标得分49.06分，效益指标得分27.82分，满意度指标得分10分，合计97.20分",
     "9.78 + 49.06 + 27.82 + 10 = 96.66, stated 合计 97.20 (the 产出 rows of the table add up to 49.60)"),
    ("jianhu-familydoctor-2023", 6, "prose", "average_mismatch",
     "平均每镇3050人", "平均每镇3150人",
     "平均每镇3150人",
     "(3260 + 2880 + 3010) / 3 = 3050, stated 3150"),

    # ---- chaling-fuyou-2019 (Hunan, 妇幼健康) ----
    ("chaling-fuyou-2019", 1, "table", "sum_mismatch",
     "其中：当年财政拨款｜268.00", "其中：当年财政拨款｜286.00",
     "当年财政拨款｜286.00",
     "年度资金总额 年初预算 268.00 ≠ 当年财政拨款 286.00 + 上年结转 0.00 + 其他 0.00"),
    ("chaling-fuyou-2019", 2, "table", "completion_mismatch",
     "｜86.5%｜98.30%｜", "｜86.5%｜98.03%｜",
     "86.5%｜98.03%",
     "3岁以下儿童系统管理率: 86.5 / 88 = 98.30%, stated 98.03%"),
    ("chaling-fuyou-2019", 3, "table", "grade_mismatch",
     "评价等级：优", "评价等级：良",
     "评价等级：良",
     "总分 97.69 is in the 优 band (≥ 90), the table says 良"),
    ("chaling-fuyou-2019", 4, "prose", "conflicting_values",
     "全年共完成新生儿遗传代谢性疾病筛查3862例", "全年共完成新生儿遗传代谢性疾病筛查3682例",
     "筛查3682例",
     "section 三 gives 3682 screenings, section 四 gives 3862 (3862 / 3949 = 97.8%, the reported screening rate)"),
    ("chaling-fuyou-2019", 5, "prose", "rate_mismatch",
     "支出160.32万元，执行率95.43%", "支出160.32万元，执行率94.53%",
     "执行率94.53%",
     "中央补助资金 160.32 / 168.00 = 95.43%, stated 94.53%"),
    ("chaling-fuyou-2019", 6, "prose", "unit_mismatch",
     "新生儿疾病筛查52.78万元", "新生儿疾病筛查527800万元",
     "527800万元",
     "the 元 figure 527800 written with the unit 万元 (52.78万元): the items 112.50 + 86.30 + 52.78 + 30.00 add up to 281.58 only after rescaling by 10^4"),

    # ---- yinjiang-cdcwhole-2024 (Guizhou, 疾病预防控制, 部门整体) ----
    ("yinjiang-cdcwhole-2024", 1, "prose", "sum_mismatch",
     "事业收入62.80万元", "事业收入62.08万元",
     "收入合计1286.45万元，其中财政拨款收入1198.25万元、事业收入62.08万元、其他收入25.40万元",
     "1198.25 + 62.08 + 25.40 = 1285.73, stated 收入合计 1286.45"),
    ("yinjiang-cdcwhole-2024", 2, "prose", "balance_mismatch",
     "年末结转结余61.28万元", "年末结转结余61.82万元",
     "年末结转结余61.82万元",
     "43.20 + 1286.45 − 1268.37 = 1329.65 − 1268.37 = 61.28, stated 61.82"),
    ("yinjiang-cdcwhole-2024", 3, "table", "weight_sum_mismatch",
     "2小时内报告率｜100%｜100%｜5｜5", "2小时内报告率｜100%｜100%｜10｜5",
     "2小时内报告率｜100%｜100%｜10｜5",
     "时效 weight 10 instead of 5: weights add up to 105 while 合计 says 100"),
    ("yinjiang-cdcwhole-2024", 4, "table", "score_sum_mismatch",
     "服务对象满意度｜≥90%｜92.4%｜10｜10｜—\n合计｜｜｜｜｜100｜98.98｜",
     "服务对象满意度｜≥90%｜92.4%｜10｜9.24｜—\n合计｜｜｜｜｜100｜98.98｜",
     "92.4%｜10｜9.24｜—\n合计｜｜｜｜｜100｜98.98",
     "satisfaction scored 9.24 (92.4% × 10) but the 合计 98.98 was not updated: rows add up to 98.22"),
    ("yinjiang-cdcwhole-2024", 5, "table", "average_mismatch",
     "平均得分｜—｜—｜—｜93.05", "平均得分｜—｜—｜—｜93.50",
     "平均得分｜—｜—｜—｜93.50",
     "(96.50 + 92.80 + 94.30 + 88.60) / 4 = 93.05, stated 93.50"),
    ("yinjiang-cdcwhole-2024", 6, "table", "year_mismatch",
     "评价年度｜2024年", "评价年度｜2023年",
     "评价年度｜2023年",
     "the 2024 部门整体 report's 自评表 header claims evaluation year 2023"),

    # ---- wensu-weishengyingji-2022 (Xinjiang, 卫生应急, prose only) ----
    ("wensu-weishengyingji-2022", 1, "prose", "implausible_rate",
     "其中应急车辆购置预算72.00万元，实际支出72.00万元，执行率100%",
     "其中应急车辆购置预算62.00万元，实际支出72.00万元，执行率116.13%",
     "预算62.00万元，实际支出72.00万元，执行率116.13%",
     "vehicle item spent 72.00 of a 62.00 budget: 116.13% is arithmetically right but an execution rate above 100%"),
    ("wensu-weishengyingji-2022", 2, "prose", "score_exceeds_weight",
     "分值5分，得5分。5.应急车辆购置：目标2辆，实际购置负压救护车2辆，分值10分，得10分。",
     "分值5分，得10分。5.应急车辆购置：目标2辆，实际购置负压救护车2辆，分值10分，得5分。",
     "分值5分，得10分",
     "报告及时率 scored 10 against a weight of 5 (scores of items 4 and 5 swapped, 产出 total still 49.67)"),
    ("wensu-weishengyingji-2022", 3, "prose", "rate_mismatch",
     "支出171.18万元，执行率95.10%", "支出171.18万元，执行率95.01%",
     "执行率95.01%",
     "县级资金 171.18 / 180.00 = 95.10%, stated 95.01%"),
    ("wensu-weishengyingji-2022", 4, "prose", "conflicting_values",
     "自治区追加卫生应急补助资金65.00万元", "自治区追加卫生应急补助资金56.00万元",
     "自治区追加卫生应急补助资金56.00万元",
     "the overview gives the regional top-up as 56.00万元; the funds section gives 65.00 (180.00 + 65.00 = 245.00)"),
    ("wensu-weishengyingji-2022", 5, "prose", "completion_mismatch",
     "实际储备58种，完成率96.67%", "实际储备58种，完成率96.76%",
     "完成率96.76%",
     "应急物资储备 58 / 60 = 96.67%, stated 96.76%"),
    ("wensu-weishengyingji-2022", 6, "prose", "sum_mismatch",
     "应急队伍培训演练36.40万元", "应急队伍培训演练34.60万元",
     "全年236.18万元支出中，应急物资储备98.60万元，应急队伍培训演练34.60万元",
     "98.60 + 34.60 + 72.00 + 29.18 = 234.38, stated total 236.18"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, where, code, old, new, value, expl) in EDITS:
            if s != src:
                continue
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{src}-e{n}: old text matches {count} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in the case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(labels) - len(SOURCES)} with one error)")


if __name__ == "__main__":
    main()
