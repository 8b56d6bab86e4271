#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts244 from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "yangcheng-weihuajiancha-2021",
    "longquan-anquanpeixun-2023",
    "kaiyang-yinhuanzhili-2022",
    "liuhe-zhifazhuangbei-2019",
    "dushanzi-yjjdept-2024",
]

# (source, suffix, where, code, old, new, value, explanation)
EDITS = [
    # ---- 阳城县 2021, Shanxi layout (funds table with 行次/formulas, 目标值/业绩值/完成率 table)
    ("yangcheng-weihuajiancha-2021", "e1", "table", "rate_mismatch",
     "｜100｜92.93｜｜", "｜100｜92.39｜｜",
     "92.39",
     "funds table row (7)=(4)/(2), 县区级 column: 45.07/48.50 = 92.93%, printed 92.39"),
    ("yangcheng-weihuajiancha-2021", "e2", "table", "completion_mismatch",
     "｜92.60%｜97.47%｜", "｜92.60%｜97.74%｜",
     "97.74%",
     "满意度 ≥95%, actual 92.60%: completion 92.60/95 = 97.47%, printed 97.74%"),
    ("yangcheng-weihuajiancha-2021", "e3", "table", "weight_sum_mismatch",
     "企业安全管理水平｜15｜", "企业安全管理水平｜10｜",
     "企业安全管理水平｜10｜逐步提升",
     "the score 10 typed into the weight cell: weights now total 95 (效益 block 25 instead of 30)"),
    ("yangcheng-weihuajiancha-2021", "e4", "prose", "sum_mismatch",
     "加油（气）站20家", "加油（气）站22家",
     "共有危险化学品企业34家，其中生产企业5家、带储存经营企业9家、加油（气）站22家",
     "5 + 9 + 22 = 36, stated total 34"),
    ("yangcheng-weihuajiancha-2021", "e5", "prose", "grade_mismatch",
     "93.29分，属于“优秀”", "93.29分，属于“良好”",
     "93.29分，属于“良好”",
     "93.29 is in the 优 band (90–100), grade written 良好"),
    ("yangcheng-weihuajiancha-2021", "e6", "prose", "year_mismatch",
     "截至2021年12月31日", "截至2020年12月31日",
     "截至2020年12月31日",
     "the 2021 spending is dated to the end of 2020 (copied from last year's report); the evaluation year is 2021"),

    # ---- 龙泉市 2023, MOF 自评表 (funds block + goal block + indicators, 总分 row)
    ("longquan-anquanpeixun-2023", "e1", "table", "score_sum_mismatch",
     "｜100｜99.47｜", "｜100｜99.74｜",
     "99.74",
     "row scores 9.55 + 49.92 + 30 + 10 = 99.47, 总分 row says 99.74"),
    ("longquan-anquanpeixun-2023", "e2", "table", "unit_mismatch",
     "｜≥20场｜22场｜", "｜≥20场｜110%｜",
     "≥20场｜110%",
     "target counted in 场, actual written as a percentage (the completion rate put in the actual cell)"),
    ("longquan-anquanpeixun-2023", "e3", "table", "implausible_rate",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "0.00｜—｜100%",
     "execution rate 100% printed on a zero budget (其他资金 0.00)"),
    ("longquan-anquanpeixun-2023", "e4", "table", "conflicting_values",
     "培训班14期，培训1386人次；", "培训班14期，培训1368人次；",
     "培训1368人次",
     "goal block of the 自评表 gives 1368人次, the indicator row and the text give 1386人次"),
    ("longquan-anquanpeixun-2023", "e5", "prose", "average_mismatch",
     "平均每期99人次", "平均每期98人次",
     "平均每期98人次",
     "1386人次 / 14期 = 99"),
    ("longquan-anquanpeixun-2023", "e6", "prose", "balance_mismatch",
     "结余2.34万元", "结余2.43万元",
     "结余2.43万元",
     "52.00 received − 49.66 spent = 2.34"),

    # ---- 开阳县 2022, prose only
    ("kaiyang-yinhuanzhili-2022", "e1", "prose", "rate_mismatch",
     "预算执行率95.53%", "预算执行率95.35%",
     "预算执行率95.35%",
     "168.52/176.40 = 95.53%"),
    ("kaiyang-yinhuanzhili-2022", "e2", "prose", "balance_mismatch",
     "未支出的7.88万元", "未支出的7.78万元",
     "7.78万元",
     "176.40 received − 168.52 spent = 7.88"),
    ("kaiyang-yinhuanzhili-2022", "e3", "prose", "sum_mismatch",
     "复核费24.36万元", "复核费23.46万元",
     "项目累计支出168.52万元，预算执行率95.53%。支出构成为：第三方专家服务费72.60万元，隐患排查治理信息系统运维费18.00万元，重大事故隐患挂牌督办及复核费23.46万元，宣传培训费15.56万元，执法检查车辆运行及检测费38.00万元",
     "72.60 + 18.00 + 23.46 + 15.56 + 38.00 = 167.62, stated 168.52"),
    ("kaiyang-yinhuanzhili-2022", "e4", "prose", "completion_mismatch",
     "完成率109.14%", "完成率109.41%",
     "完成率109.41%",
     "382家 / ≥350家 = 109.14%"),
    ("kaiyang-yinhuanzhili-2022", "e5", "prose", "year_mismatch",
     "结转至2023年继续使用", "结转至2022年继续使用",
     "结转至2022年",
     "money unspent in 2022 cannot be carried over to 2022 itself"),
    ("kaiyang-yinhuanzhili-2022", "e6", "prose", "conflicting_values",
     "专项资金176.40万元的使用情况", "专项资金167.40万元的使用情况",
     "167.40万元",
     "opening paragraph gives 167.40万元, the body gives the same fund as 176.40万元 (budget and received)"),

    # ---- 柳河县 2019, MOF 自评表 + equipment list
    ("liuhe-zhifazhuangbei-2019", "e1", "table", "sum_mismatch",
     "｜16｜7.36｜", "｜16｜7.63｜",
     "7.63｜执法大队及乡镇应急管理站\n6｜便携式蓝牙打印机｜16｜2.32｜执法大队及乡镇应急管理站\n7｜应急执法专用车｜1｜17.83｜执法大队\n合计｜｜113｜56.43",
     "equipment amounts now add to 56.70, 合计 row says 56.43 (移动执法终端 7.36 typed 7.63)"),
    ("liuhe-zhifazhuangbei-2019", "e2", "table", "score_exceeds_weight",
     "｜113台（套）｜10｜10｜", "｜113台（套）｜10｜10.27｜",
     "｜10｜10.27",
     "over-achievement scored proportionally (10 × 113/110): score 10.27 above weight 10; the whole-point 总分 89 still holds (89.41)"),
    ("liuhe-zhifazhuangbei-2019", "e3", "table", "implausible_rate",
     "｜84.6%｜", "｜846%｜",
     "846%",
     "satisfaction 846% (decimal point dropped from 84.6%) is above 100%"),
    ("liuhe-zhifazhuangbei-2019", "e4", "prose", "unit_mismatch",
     "合同金额91200元", "合同金额91200万元",
     "91200万元",
     "the 执法记录仪 contract is 91200元 = 9.12万元 (table); written with 万元 it is off by 10^4"),
    ("liuhe-zhifazhuangbei-2019", "e5", "prose", "average_mismatch",
     "平均每台2280元", "平均每台2820元",
     "平均每台2820元",
     "91200元 / 40台 = 2280元"),
    ("liuhe-zhifazhuangbei-2019", "e6", "prose", "grade_mismatch",
     "本项目得分89分，等级为“良”", "本项目得分89分，等级为“优”",
     "本项目得分89分，等级为“优”",
     "89 is in the 良 band (80–90)"),

    # ---- 独山子区 2024, 部门整体支出
    ("dushanzi-yjjdept-2024", "e1", "table", "rate_mismatch",
     "｜31.45｜80.64%｜", "｜31.45｜80.46%｜",
     "80.46%",
     "执法装备购置 31.45/39.00 = 80.64%"),
    ("dushanzi-yjjdept-2024", "e2", "table", "weight_sum_mismatch",
     "｜未按期完成｜5｜3.5｜", "｜未按期完成｜6｜3.5｜",
     "未按期完成｜6｜3.5",
     "weights now total 101 (履职产出 51)"),
    ("dushanzi-yjjdept-2024", "e3", "table", "score_exceeds_weight",
     "｜38家次｜8｜8｜", "｜38家次｜8｜8.44｜",
     "｜8｜8.44",
     "over-achievement scored proportionally (8 × 38/36): score 8.44 above weight 8; whole-point total 98 still holds (98.41)"),
    ("dushanzi-yjjdept-2024", "e4", "prose", "score_sum_mismatch",
     "综合得分98分", "综合得分99分",
     "综合得分99分",
     "table scores add to 97.97 (98 at whole points), stated 99"),
    ("dushanzi-yjjdept-2024", "e5", "prose", "year_mismatch",
     "截至2024年12月31日", "截至2025年12月31日",
     "截至2025年12月31日",
     "execution of the 2024 budget dated to the end of 2025 in a 2024 report written in March 2025"),
    ("dushanzi-yjjdept-2024", "e6", "prose", "conflicting_values",
     "全年部门决算支出671.02万元", "全年部门决算支出617.02万元",
     "617.02万元",
     "overview gives 617.02万元 spent, the execution section and table give 671.02万元"),
]


def main():
    labels = []
    seen = set()
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, suffix, where, code, old, new, value, expl) in EDITS:
            if s != src:
                continue
            assert (s, suffix) not in seen, (s, suffix)
            seen.add((s, suffix))
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src}-{suffix}: old text matches {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-{suffix}: value not in case: {value!r}")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases and {len(labels)} labels")


if __name__ == "__main__":
    main()
