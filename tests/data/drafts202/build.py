#!/usr/bin/env python3
"""Build the n202 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the
clean draft. `value` is the exact substring of the resulting error case that
carries the injected figure (the scorer accepts a finding overlapping it).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "shizuishan-watersupply-2019",
    "guangfeng-sewagesubsidy-2020",
    "shahe-drainage-2022",
    "cenxi-sponge-2023",
    "qingzhou-pumpretrofit-2024",
]

P1_SCORES_OLD = ("｜12.8%｜10｜9.38｜部分主干管尚未纳入改造，下年度推进分区计量\n"
                 "产出指标｜时效指标｜管网抢修平均到场时间｜≤2小时｜1.5小时｜5｜5｜")
P1_SCORES_NEW = ("｜12.8%｜10｜8.88｜部分主干管尚未纳入改造，下年度推进分区计量\n"
                 "产出指标｜时效指标｜管网抢修平均到场时间｜≤2小时｜1.5小时｜5｜5.5｜")

P1_WEIGHT_VALUE = ("管网抢修平均到场时间｜≤2小时｜1.5小时｜6｜5｜—\n"
                   "产出指标｜成本指标｜管网维修改造单位成本｜≤26万元/公里｜24.08万元/公里｜5｜5｜—\n"
                   "效益指标｜社会效益指标｜城市供水普及率｜≥98%｜98.9%｜10｜10｜—\n"
                   "效益指标｜社会效益指标｜城区日均供水量｜≥9万立方米｜9.42万立方米｜10｜10｜—\n"
                   "效益指标｜可持续影响指标｜重大供水安全事故｜0起｜0起｜10｜10｜—\n"
                   "满意度指标｜服务对象满意度指标｜城区用水户满意度｜≥90%｜88.6%｜10｜9.84｜老城区部分小区水压偏低，已列入下年改造计划\n"
                   "总分｜｜｜｜｜100")

P5_SCORES_OLD = ("更换不锈钢生活水箱数量｜≥40台｜40台｜5｜5｜—\n"
                 "产出指标｜数量指标｜安装泵房远程监控终端｜≥32套｜34套｜5｜5｜")
P5_SCORES_NEW = ("更换不锈钢生活水箱数量｜≥40台｜40台｜5｜6｜—\n"
                 "产出指标｜数量指标｜安装泵房远程监控终端｜≥32套｜34套｜5｜4｜")

P5_WEIGHT_VALUE = ("工程竣工验收合格率｜100%｜100%｜6｜5｜—\n"
                   "产出指标｜时效指标｜改造工程完工时间｜2024年11月30日前｜2024年11月25日｜5｜5｜—\n"
                   "产出指标｜成本指标｜单座泵房改造成本｜≤40万元/座｜38.78万元/座｜10｜10｜—\n"
                   "效益指标｜社会效益指标｜受益居民户数｜≥1.1万户｜1.16万户｜10｜10｜—\n"
                   "效益指标｜社会效益指标｜高层住户用水压力达标率｜≥95%｜97.2%｜10｜10｜—\n"
                   "效益指标｜可持续影响指标｜二次供水设施移交专业化管理率｜100%｜85%｜10｜8.5｜3个小区产权移交手续未办结，2025年一季度完成\n"
                   "满意度指标｜服务对象满意度指标｜改造小区居民满意度｜≥90%｜93.6%｜10｜10｜—\n"
                   "总分｜｜｜｜｜100")

# (source, error no., code, where, old, new, value, explanation, what changed)
EDITS = [
    # --- 石嘴山 城市供水保障 2019 (Ningxia) ---
    ("shizuishan-watersupply-2019", 1, "rate_mismatch", "prose",
     "实际支出303.35万元，执行率97.10%", "实际支出303.35万元，执行率97.01%",
     "执行率97.01%",
     "管网维修改造 303.35 / 312.40 = 97.10%, stated 97.01%",
     "sub-item execution rate 97.10% → 97.01%"),
    ("shizuishan-watersupply-2019", 2, "balance_mismatch", "prose",
     "年末结余13.73万元", "年末结余13.37万元",
     "13.37万元",
     "545.00 received − 531.27 spent = 13.73, stated 13.37",
     "结余 13.73 → 13.37"),
    ("shizuishan-watersupply-2019", 3, "score_exceeds_weight", "table",
     P1_SCORES_OLD, P1_SCORES_NEW,
     "管网抢修平均到场时间｜≤2小时｜1.5小时｜5｜5.5",
     "score 5.5 above the row weight 5 (漏损率 row lowered 9.38 → 8.88 so the total still reads 98.97)",
     "抢修到场时间 得分 5 → 5.5, 漏损率 得分 9.38 → 8.88"),
    ("shizuishan-watersupply-2019", 4, "year_mismatch", "table",
     "项目支出绩效自评表（2019年度）", "项目支出绩效自评表（2018年度）",
     "（2018年度）",
     "the 自评表 claims 2018 while the report, funds and dates are for the 2019 evaluation year",
     "table header year 2019 → 2018"),
    ("shizuishan-watersupply-2019", 5, "weight_sum_mismatch", "table",
     "管网抢修平均到场时间｜≤2小时｜1.5小时｜5｜5｜", "管网抢修平均到场时间｜≤2小时｜1.5小时｜6｜5｜",
     P1_WEIGHT_VALUE,
     "weights now total 101 (execution 10 + 产出 51 + 效益 30 + 满意度 10) against the stated 100",
     "抢修到场时间 分值 5 → 6"),
    ("shizuishan-watersupply-2019", 6, "average_mismatch", "prose",
     "全年平均为99.6%", "全年平均为99.7%",
     "99.2%、99.5%、99.8%、99.9%，全年平均为99.7%",
     "(99.2 + 99.5 + 99.8 + 99.9) / 4 = 99.6, stated 99.7",
     "quarterly average 99.6% → 99.7%"),
    # --- 广丰 污水处理厂运营补贴 2020 (Jiangxi, prose only) ---
    ("guangfeng-sewagesubsidy-2020", 1, "unit_mismatch", "prose",
     "扣减服务费294500元", "扣减服务费294500万元",
     "294500万元",
     "the deduction is 294500元 = 29.45万元 (1,491.83 − 29.45 = 1,462.38); written with 万元 it is off by 10^4",
     "294500元 → 294500万元"),
    ("guangfeng-sewagesubsidy-2020", 2, "sum_mismatch", "prose",
     "污水处理费收入350.00万元", "污水处理费收入305.00万元",
     "全年预算1,500.00万元，其中区级财政资金1,150.00万元、污水处理费收入305.00万元",
     "1,150.00 + 305.00 = 1,455.00, stated total 1,500.00",
     "污水处理费收入 350.00 → 305.00"),
    ("guangfeng-sewagesubsidy-2020", 3, "average_mismatch", "prose",
     "平均94.25分", "平均94.52分",
     "92分、95分、94分和96分，平均94.52分",
     "(92 + 95 + 94 + 96) / 4 = 94.25, stated 94.52",
     "average 94.25 → 94.52"),
    ("guangfeng-sewagesubsidy-2020", 4, "completion_mismatch", "prose",
     "完成年度目标1,800万吨的106.26%", "完成年度目标1,800万吨的106.62%",
     "106.62%",
     "1,912.60 / 1,800 = 106.26%, stated 106.62%",
     "completion 106.26% → 106.62%"),
    ("guangfeng-sewagesubsidy-2020", 5, "score_sum_mismatch", "prose",
     "自评总分96.80分", "自评总分96.08分",
     "自评总分96.08分",
     "9.75 + 50 + 27.45 + 9.60 = 96.80, stated total 96.08",
     "total 96.80 → 96.08"),
    ("guangfeng-sewagesubsidy-2020", 6, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "total 96.80 is in the 优 band (≥90)",
     "grade 优 → 良"),
    # --- 沙河 市政排水管理处 部门整体 2022 (Hebei) ---
    ("shahe-drainage-2022", 1, "sum_mismatch", "table",
     "雨水泵站运行维护｜96.40｜96.40", "雨水泵站运行维护｜69.40｜96.40",
     "雨水泵站运行维护｜69.40",
     "项目支出 年初 268.00 + 69.40 + 0.00 + 49.70 = 387.10, stated 414.10",
     "泵站 年初预算数 96.40 → 69.40"),
    ("shahe-drainage-2022", 2, "rate_mismatch", "table",
     "62.77｜81.20%", "62.77｜82.10%",
     "62.77｜82.10%",
     "汛期应急排涝清淤 62.77 / 77.30 = 81.20%, stated 82.10%",
     "row rate 81.20% → 82.10%"),
    ("shahe-drainage-2022", 3, "grade_mismatch", "prose",
     "评价等级为良好", "评价等级为优秀",
     "评价等级为优秀",
     "total 87.01 is in the 良 band (80–90)",
     "grade 良好 → 优秀"),
    ("shahe-drainage-2022", 4, "conflicting_values", "prose",
     "全年清疏排水管网336.5公里", "全年清疏排水管网363.5公里",
     "363.5公里",
     "the same cleaned length is 336.5公里 in the 自评表 (and 262.35万元 / 336.5公里 gives the stated 7796元/公里)",
     "prose 336.5 → 363.5"),
    ("shahe-drainage-2022", 5, "unit_mismatch", "table",
     "≥6处｜3处", "≥6处｜50%",
     "≥6处｜50%",
     "target counted in 处, actual given as a percentage",
     "actual 3处 → 50%"),
    ("shahe-drainage-2022", 6, "balance_mismatch", "prose",
     "结余32.18万元", "结余31.28万元",
     "31.28万元",
     "903.70 − 871.52 = 32.18, stated 31.28",
     "结余 32.18 → 31.28"),
    # --- 岑溪 海绵城市建设 2023 (Guangxi) ---
    ("cenxi-sponge-2023", 1, "completion_mismatch", "table",
     "｜5个｜83.33%｜", "｜5个｜88.33%｜",
     "≥6个｜5个｜88.33%",
     "5 / 6 = 83.33%, stated 88.33%",
     "completion 83.33% → 88.33%"),
    ("cenxi-sponge-2023", 2, "score_sum_mismatch", "table",
     "｜97.78%｜10｜9.78｜", "｜97.78%｜10｜9.87｜",
     "9.87｜施工期间交通绕行、扬尘噪声影响\n总分｜｜｜｜｜｜100｜94.59",
     "8.96 + 48.35 + 27.50 + 9.87 = 94.68, stated total 94.59",
     "满意度 得分 9.78 → 9.87"),
    ("cenxi-sponge-2023", 3, "conflicting_values", "table",
     "≤260元/平方米｜248元/平方米", "≤260元/平方米｜246元/平方米",
     "246元/平方米",
     "the text gives the 透水铺装综合单价 as 248元/平方米",
     "table actual 248 → 246"),
    ("cenxi-sponge-2023", 4, "year_mismatch", "prose",
     "已结转至2024年继续使用", "已结转至2023年继续使用",
     "结转至2023年",
     "money left at the end of the 2023 evaluation year is carried to 2024, not 2023",
     "结转至2024年 → 2023年"),
    ("cenxi-sponge-2023", 5, "implausible_rate", "prose",
     "回访满意率95.7%", "回访满意率105.7%",
     "105.7%",
     "a satisfaction rate cannot exceed 100%",
     "回访满意率 95.7% → 105.7%"),
    ("cenxi-sponge-2023", 6, "average_mismatch", "prose",
     "91.2%、85.6%、87.2%", "91.2%、86.5%、87.2%",
     "91.2%、86.5%、87.2%，平均88.0%",
     "(91.2 + 86.5 + 87.2) / 3 = 88.3, stated 88.0",
     "片区满意度 85.6% → 86.5%"),
    # --- 青州 二次供水设施改造 2024 (Shandong) ---
    ("qingzhou-pumpretrofit-2024", 1, "score_exceeds_weight", "table",
     P5_SCORES_OLD, P5_SCORES_NEW,
     "更换不锈钢生活水箱数量｜≥40台｜40台｜5｜6",
     "score 6 above the row weight 5 (监控终端 row lowered 5 → 4 so the total still reads 97.78)",
     "水箱 得分 5 → 6, 监控终端 得分 5 → 4"),
    ("qingzhou-pumpretrofit-2024", 2, "weight_sum_mismatch", "table",
     "工程竣工验收合格率｜100%｜100%｜5｜5｜", "工程竣工验收合格率｜100%｜100%｜6｜5｜",
     P5_WEIGHT_VALUE,
     "weights now total 101 (产出 51) against the stated 100",
     "竣工验收合格率 分值 5 → 6"),
    ("qingzhou-pumpretrofit-2024", 3, "implausible_rate", "table",
     "≥90%｜93.6%", "≥90%｜103.6%",
     "≥90%｜103.6%",
     "a satisfaction rate cannot exceed 100%",
     "满意度 93.6% → 103.6%"),
    ("qingzhou-pumpretrofit-2024", 4, "conflicting_values", "table",
     "≥1.1万户｜1.16万户", "≥1.1万户｜1.61万户",
     "1.61万户",
     "the text says the retrofit benefits 1.16万户",
     "table actual 1.16万户 → 1.61万户"),
    ("qingzhou-pumpretrofit-2024", 5, "balance_mismatch", "prose",
     "结余101.64万元", "结余110.64万元",
     "110.64万元",
     "财政资金 1120.00 − 1018.36 = 101.64, stated 110.64",
     "结余 101.64 → 110.64"),
    ("qingzhou-pumpretrofit-2024", 6, "completion_mismatch", "prose",
     "完成年度目标32座的106.25%", "完成年度目标32座的106.52%",
     "106.52%",
     "34 / 32 = 106.25%, stated 106.52%",
     "completion 106.25% → 106.52%"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl, _what) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: edit old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
