#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts227 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean
draft; `value` is a short substring of the resulting error case that carries the changed
figure (the scorer accepts a finding whose span overlaps an occurrence of it).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "yugan-ruihong-yunzhuan-2021",
    "wulian-xumeng-yishiyiyi-2019",
    "wusheng-feilong-renju-2023",
    "chengcheng-fengyuan-bumen-2024",
    "debao-zurong-bianmin-2018",
]

# (source, n, code, old, new, value, explanation)
EDITS = [
    # ---- 余干县瑞洪镇 2021 乡镇运转保障经费 (Jiangxi, MOF table with 完成率 column) ----
    ("yugan-ruihong-yunzhuan-2021", 1, "rate_mismatch",
     "实际支出5.46万元，执行率84.00%",
     "实际支出5.46万元，执行率86.00%",
     "执行率86.00%",
     "公务用车运行维护费 5.46 / 6.50 = 84.00%, stated 86.00% (prose)"),
    ("yugan-ruihong-yunzhuan-2021", 2, "sum_mismatch",
     "其中：当年财政拨款｜160.00｜",
     "其中：当年财政拨款｜166.00｜",
     "年度资金总额｜168.00｜180.00｜175.68｜10｜97.60%｜9.76\n其中：当年财政拨款｜166.00",
     "年初预算数 column: 166.00 + 8.00 + 0.00 = 174.00, but 年度资金总额 is 168.00 (table)"),
    ("yugan-ruihong-yunzhuan-2021", 3, "score_sum_mismatch",
     "镇村各项工作正常运转｜正常运转｜正常运转｜—｜10｜10｜",
     "镇村各项工作正常运转｜正常运转｜正常运转｜—｜10｜9｜",
     "正常运转｜—｜10｜9｜\n"
     "效益指标｜社会效益指标｜便民服务事项按时办结率｜≥98%｜96.5%｜98.47%｜10｜9.85｜汛期窗口人员抽调\n"
     "效益指标｜可持续影响指标｜机关运行保障长效机制｜逐步健全｜部分建立｜—｜10｜6｜车辆、食堂制度待完善\n"
     "满意度指标｜服务对象满意度指标｜辖区群众满意度｜≥90%｜88.52%｜98.36%｜10｜9.84｜推行错时延时服务\n"
     "总分｜｜｜｜｜｜100｜95.13",
     "row scores now add to 9.76 + 49.68 + 24.85 + 9.84 = 94.13, stated total 95.13 (table)"),
    ("yugan-ruihong-yunzhuan-2021", 4, "completion_mismatch",
     "≥24次｜26次｜108.33%",
     "≥24次｜26次｜104.00%",
     "26次｜104.00%",
     "26 / 24 = 108.33%, stated 104.00% (table)"),
    ("yugan-ruihong-yunzhuan-2021", 5, "grade_mismatch",
     "综合自评得分95.13分，评价等级为“优”",
     "综合自评得分95.13分，评价等级为“良”",
     "评价等级为“良”",
     "95.13 lies in the 优 band (>= 90), stated 良 (prose)"),
    ("yugan-ruihong-yunzhuan-2021", 6, "year_mismatch",
     "已按规定结转至2022年使用",
     "已按规定结转至2021年使用",
     "结转至2021年",
     "money unspent in the 2021 evaluation year is carried to 2021 itself (prose)"),

    # ---- 五莲县许孟镇 2019 一事一议财政奖补 (Shandong, MOF table) ----
    ("wulian-xumeng-yishiyiyi-2019", 1, "balance_mismatch",
     "年末尚有8.40万元未支付",
     "年末尚有8.04万元未支付",
     "8.04万元",
     "282.50 - 274.10 = 8.40 (also 240.00 - 231.60), stated 8.04 (prose)"),
    ("wulian-xumeng-yishiyiyi-2019", 2, "weight_sum_mismatch",
     "2019年11月25日｜5｜5｜",
     "2019年11月25日｜6｜5｜",
     "2019年11月25日｜6｜5｜\n"
     "产出指标｜成本指标｜财政奖补资金支出控制数｜≤240万元｜231.60万元｜5｜5｜\n"
     "产出指标｜成本指标｜村内道路硬化每公里奖补标准｜≤14万元/公里｜13.54万元/公里｜10｜10｜\n"
     "效益指标｜社会效益指标｜直接受益群众人数｜≥1.5万人｜1.86万人｜10｜10｜\n"
     "效益指标｜经济效益指标｜新增及改善灌溉面积｜≥1200亩｜1080亩｜10｜9｜当年降水偏少，塘坝蓄水不足\n"
     "效益指标｜可持续影响指标｜建后管护机制建立情况｜建立管护制度｜11个村已建立，1个村完善中｜10｜8｜督促剩余1个村年内建立\n"
     "满意度指标｜服务对象满意度指标｜受益群众满意度｜≥90%｜95.2%｜10｜10｜\n"
     "合计｜｜｜｜｜100",
     "项目完工时间 weight 5 -> 6: weights total 10 + 51 + 30 + 10 = 101, stated 100 (table)"),
    ("wulian-xumeng-yishiyiyi-2019", 3, "score_exceeds_weight",
     "1.86万人｜10｜10｜\n效益指标｜经济效益指标｜新增及改善灌溉面积｜≥1200亩｜1080亩｜10｜9｜",
     "1.86万人｜10｜11｜\n效益指标｜经济效益指标｜新增及改善灌溉面积｜≥1200亩｜1080亩｜10｜8｜",
     "1.86万人｜10｜11",
     "直接受益群众人数 scored 11 with weight 10 (a point moved from the next row, total still 96.70) (table)"),
    ("wulian-xumeng-yishiyiyi-2019", 4, "average_mismatch",
     "平均每个项目26.00万元",
     "平均每个项目21.67万元",
     "平均每个项目21.67万元",
     "(28.50 + 24.00 + 31.20 + 19.80 + 26.50) / 5 = 26.00, stated 21.67 (= 130 / 6) (prose)"),
    ("wulian-xumeng-yishiyiyi-2019", 5, "unit_mismatch",
     "项目竣工验收合格率｜100%｜100%｜",
     "项目竣工验收合格率｜100%｜12个｜",
     "100%｜12个",
     "target is a percentage, actual a count of projects (table)"),
    ("wulian-xumeng-yishiyiyi-2019", 6, "conflicting_values",
     "｜≥1.5万人｜1.86万人｜",
     "｜≥1.5万人｜1.68万人｜",
     "1.68万人",
     "直接受益群众 is 18600人 / 1.86万人 in the text, 1.68万人 in the table"),

    # ---- 武胜县飞龙镇 2023 农村人居环境整治 (Sichuan table, 指标性质/度量单位 columns) ----
    ("wusheng-feilong-renju-2023", 1, "implausible_rate",
     "财政专户管理资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "财政专户管理资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "0.00｜—｜100%",
     "execution rate 100% on a zero budget (财政专户管理资金 0.00) (table)"),
    ("wusheng-feilong-renju-2023", 2, "rate_mismatch",
     "｜111.27｜—｜94.30%｜",
     "｜111.27｜—｜94.03%｜",
     "94.03%",
     "财政资金 111.27 / 118.00 = 94.30%, stated 94.03% (table)"),
    ("wusheng-feilong-renju-2023", 3, "unit_mismatch",
     "｜万元｜34.62｜5｜5｜",
     "｜万元｜346200｜5｜5｜",
     "346200",
     "生活垃圾收运经费 in a 万元 column written in 元 (346200元 = 34.62万元 as in the text): off by 10^4 (table)"),
    ("wusheng-feilong-renju-2023", 4, "year_mismatch",
     "（2023年度）",
     "（2022年度）",
     "（2022年度）",
     "the self-evaluation table is headed 2022年度 in a 2023 report (table)"),
    ("wusheng-feilong-renju-2023", 5, "sum_mismatch",
     "生活污水处理设施运行维护15.25万元",
     "生活污水处理设施运行维护15.52万元",
     "项目实际支出123.27万元，预算执行率94.82%。其中：户厕改造58.40万元，生活垃圾收运（含保洁员补助和转运费）34.62万元，"
     "生活污水处理设施运行维护15.52万元",
     "58.40 + 34.62 + 15.52 + 15.00 = 123.54, stated total 123.27 (prose)"),
    ("wusheng-feilong-renju-2023", 6, "completion_mismatch",
     "为年度目标450户的108.00%",
     "为年度目标450户的108.60%",
     "108.60%",
     "486 / 450 = 108.00%, stated 108.60% (prose)"),

    # ---- 澄城县冯原镇 2024 部门整体 (Shaanxi) ----
    ("chengcheng-fengyuan-bumen-2024", 1, "conflicting_values",
     "全年网格化管理经费86.40万元",
     "全年网格化管理经费84.60万元",
     "84.60万元",
     "网格化管理经费 84.60 in the text, 86.40 in the table (= 144 x 500元 x 12) (prose)"),
    ("chengcheng-fengyuan-bumen-2024", 2, "balance_mismatch",
     "年末结余26.57万元",
     "年末结余26.75万元",
     "26.75万元",
     "1412.75 - 1386.18 = 26.57, stated 26.75 (prose)"),
    ("chengcheng-fengyuan-bumen-2024", 3, "average_mismatch",
     "全年平均98.60%",
     "全年平均98.06%",
     "全年平均98.06%",
     "(97.8 + 98.6 + 99.1 + 98.9) / 4 = 98.60%, stated 98.06% (prose)"),
    ("chengcheng-fengyuan-bumen-2024", 4, "weight_sum_mismatch",
     "97.5%｜8｜7.80｜",
     "97.5%｜9｜7.80｜",
     "97.5%｜9｜7.80｜个别信访件涉及多部门\n"
     "效益指标｜社会效益指标｜农村卫生厕所普及率｜≥85%｜83.5%｜8｜7.86｜部分农户改厕意愿不强\n"
     "效益指标｜生态效益指标｜人居环境整治村庄覆盖率｜100%｜88.24%｜7｜6.18｜2个村整治任务结转\n"
     "效益指标｜可持续影响指标｜网格化服务管理长效机制｜持续完善｜初步建立，网格员流动性大｜7｜4.2｜完善考核激励办法\n"
     "满意度指标｜服务对象满意度指标｜群众满意度｜≥90%｜84%｜10｜9.33｜加强服务窗口作风建设\n"
     "合计｜｜｜｜｜100",
     "信访事项按期办结率 weight 8 -> 9: weights total 10 + 50 + 31 + 10 = 101 (table)"),
    ("chengcheng-fengyuan-bumen-2024", 5, "score_sum_mismatch",
     "网格员流动性大｜7｜4.2｜",
     "网格员流动性大｜7｜4.8｜",
     "4.8｜完善考核激励办法\n"
     "满意度指标｜服务对象满意度指标｜群众满意度｜≥90%｜84%｜10｜9.33｜加强服务窗口作风建设\n"
     "合计｜｜｜｜｜100｜89.39",
     "row scores now add to 9.81 + 44.21 + 26.64 + 9.33 = 89.99, stated total 89.39 (table)"),
    ("chengcheng-fengyuan-bumen-2024", 6, "grade_mismatch",
     "评价等级｜良",
     "评价等级｜优",
     "评价等级｜优",
     "89.39 lies in the 良 band (80 <= s < 90), table states 优 (table)"),

    # ---- 德保县足荣镇 2018 便民服务中心 (Guangxi, funds and indicators in prose only) ----
    ("debao-zurong-bianmin-2018", 1, "score_exceeds_weight",
     "成本控制5分，得5分；代办事项件数10分，得10分",
     "成本控制5分，得6分；代办事项件数10分，得9分",
     "成本控制5分，得6分",
     "成本控制 scored 6 with weight 5 (a point moved from the next item, total still 95.44) (prose)"),
    ("debao-zurong-bianmin-2018", 2, "implausible_rate",
     "回收有效问卷164份，表示满意的158份，满意度96.34%",
     "回收有效问卷146份，表示满意的158份，满意度108.22%",
     "满意度108.22%",
     "158 satisfied of 146 valid questionnaires: satisfaction 108.22% > 100% (prose)"),
    ("debao-zurong-bianmin-2018", 3, "rate_mismatch",
     "预算执行率94.40%",
     "预算执行率94.04%",
     "预算执行率94.04%",
     "30.68 / 32.50 = 94.40%, stated 94.04% (prose)"),
    ("debao-zurong-bianmin-2018", 4, "unit_mismatch",
     "设备购置7.36万元",
     "设备购置73600万元",
     "73600万元",
     "the 7.36万元 (73600元) equipment item written with the unit 万元: parts no longer add to 30.68, reconciled by 10^4 (prose)"),
    ("debao-zurong-bianmin-2018", 5, "balance_mismatch",
     "年末结余1.82万元",
     "年末结余1.28万元",
     "1.28万元",
     "32.50 - 30.68 = 1.82, stated 1.28 (prose)"),
    ("debao-zurong-bianmin-2018", 6, "completion_mismatch",
     "完成率119.30%",
     "完成率113.90%",
     "完成率113.90%",
     "2386 / 2000 = 119.30%, stated 113.90% (prose)"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
