#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of set n161 from the clean drafts.

Each clean draft cases/<id>-clean.txt is copied to cases/<id>-eN.txt with exactly one edit
(an exact old -> new replacement that must match the clean draft exactly once).
labels.jsonl gets one line per case (clean drafts first, then their error cases).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "shenqiu-phs-2021",
    "shangyou-familydoctor-2023",
    "yilong-fuyou-2024",
    "zhuanglang-villagedoctor-2019",
    "guangzong-infectious-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 沈丘县 基本公共卫生服务 2021 (Henan; Word table copied with tabs) ----
    ("shenqiu-phs-2021", 1, "rate_mismatch", "table",
     "8448.58\t10\t96.10%\t9.61", "8448.58\t10\t96.01%\t9.61",
     "96.01%",
     "自评表 执行率: 8448.58 / 8791.76 = 96.10%, the cell reads 96.01% (digits transposed)"),
    ("shenqiu-phs-2021", 2, "year_mismatch", "prose",
     "已按规定结转至2022年继续使用", "已按规定结转至2021年继续使用",
     "结转至2021年",
     "the unspent 343.18万元 of the 2021 budget is said to be carried over to 2021 itself (should be 2022)"),
    ("shenqiu-phs-2021", 3, "average_mismatch", "prose",
     "89.2%、87.6%、88.9%、88.7%", "89.2%、78.6%、88.9%、88.7%",
     "78.6%、88.9%、88.7%，平均满意度88.6%",
     "(89.2 + 78.6 + 88.9 + 88.7) / 4 = 86.35%, stated average 88.6%"),
    ("shenqiu-phs-2021", 4, "weight_sum_mismatch", "table",
     "居民健康素养水平\t≥20%\t21.60%\t10\t10", "居民健康素养水平\t≥20%\t21.60%\t12\t10",
     "21.60%\t12",
     "分值 column now adds to 102 (10 + 50 + 32 + 10) while the 总分 row says 100; 居民健康素养水平 weight 12 instead of 10"),
    ("shenqiu-phs-2021", 5, "completion_mismatch", "prose",
     "（11.2万人）的95.00%", "（11.2万人）的94.00%",
     "（11.2万人）的94.00%",
     "10.64万人 / 11.2万人 = 95.00%, stated 94.00%"),
    ("shenqiu-phs-2021", 6, "unit_mismatch", "table",
     "≥11.2万人\t10.64万人", "≥11.2万人\t95.00%",
     "≥11.2万人\t95.00%",
     "target in 万人, actual typed as a percentage (the completion rate) in the 实际完成值 cell"),

    # ---- 上犹县 家庭医生签约服务 2023 (Jiangxi; PDF table, one cell per line) ----
    ("shangyou-familydoctor-2023", 1, "grade_mismatch", "prose",
     "自评总分87.80分，评价等级为“良”", "自评总分87.80分，评价等级为“优”",
     "评价等级为“优”",
     "87.80 lies in the 良 band (80 <= s < 90), stated 优"),
    ("shangyou-familydoctor-2023", 2, "score_exceeds_weight", "prose",
     "得分98.5分。考核结果", "得分108.5分。考核结果",
     "得分108.5分",
     "team assessment is out of 100 (考核满分100分) but the best team is given 108.5"),
    ("shangyou-familydoctor-2023", 3, "balance_mismatch", "prose",
     "结余43.66万元", "结余34.66万元",
     "结余34.66万元",
     "416.50 (到位) - 372.84 (支出) = 43.66, stated 34.66"),
    ("shangyou-familydoctor-2023", 4, "sum_mismatch", "table",
     "其中：当年财政拨款\n\t380.00", "其中：当年财政拨款\n\t308.00",
     "308.00",
     "年初预算数 column: 年度资金总额 380.00 but components 308.00 + 0 + 0 = 308.00"),
    ("shangyou-familydoctor-2023", 5, "conflicting_values", "table",
     "\t重点人群签约率\n\t≥75%\n\t78.42%", "\t重点人群签约率\n\t≥75%\n\t78.24%",
     "78.24%",
     "重点人群签约率 is 78.42% in the text and in the 实际完成情况 cell, 78.24% in the indicator row"),
    ("shangyou-familydoctor-2023", 6, "implausible_rate", "table",
     "\t上年结转资金\n\t0\n\t0\n\t0\n\t—\n\t—", "\t上年结转资金\n\t0\n\t0\n\t0\n\t—\n\t100%",
     "0\n\t—\n\t100%",
     "执行率 100% printed for 上年结转资金 whose budget and spending are 0: a rate on a zero base"),

    # ---- 仪陇县 妇幼健康服务 2024 (Sichuan; PDF text table, cells separated by spaces) ----
    ("yilong-fuyou-2024", 1, "sum_mismatch", "prose",
     "新生儿疾病筛查143.50万元", "新生儿疾病筛查134.50万元",
     "新生儿疾病筛查134.50万元",
     "186.40 + 98.60 + 12.30 + 134.50 + 156.00 = 587.80, not the 596.80 调整后预算"),
    ("yilong-fuyou-2024", 2, "completion_mismatch", "prose",
     "完成年度目标的97.06%", "完成年度目标的97.60%",
     "完成年度目标的97.60%",
     "乳腺癌检查 9512 / 9800 = 97.06%, stated 97.60%"),
    ("yilong-fuyou-2024", 3, "implausible_rate", "table",
     "项目资金拨付及时率 ≥ 95 % 100 4 4", "项目资金拨付及时率 ≥ 95 % 1000 4 4",
     "% 1000",
     "拨付及时率 actual 1000% (an extra 0): a rate above 100%"),
    ("yilong-fuyou-2024", 4, "year_mismatch", "table",
     "项目支出绩效自评表\n（2024年度）", "项目支出绩效自评表\n（2023年度）",
     "（2023年度）",
     "the self-evaluation table is headed 2023 in the 2024 report (title, funds and outputs are 2024)"),
    ("yilong-fuyou-2024", 5, "score_sum_mismatch", "table",
     "9512 10 9.71", "9512 10 9.17",
     "9512 10 9.17",
     "row scores now add to 9.71 + 58.42 + 29 = 97.13, the 总分 row and the text say 97.67"),
    ("yilong-fuyou-2024", 6, "weight_sum_mismatch", "prose",
     "其中产出指标60分、效益指标30分", "其中产出指标50分、效益指标30分",
     "产出指标50分",
     "绩效指标90分 split as 产出50 + 效益30 = 80 (the table's 产出 rows carry 60)"),

    # ---- 庄浪县 乡村医生补助 2019 (Gansu; web table with fullwidth bars) ----
    ("zhuanglang-villagedoctor-2019", 1, "unit_mismatch", "prose",
     "乡村医生定额补助245.76万元", "乡村医生定额补助2457600万元",
     "2457600万元",
     "the 元 amount 2457600 written with 万元: 245.76万元 makes the parts add to 599.20 and matches 512人×400元×12"),
    ("zhuanglang-villagedoctor-2019", 2, "rate_mismatch", "table",
     "586.48｜10｜97.88%", "586.48｜10｜97.78%",
     "97.78%",
     "586.48 / 599.20 = 97.88%, the table cell reads 97.78%"),
    ("zhuanglang-villagedoctor-2019", 3, "score_exceeds_weight", "table",
     "村卫生室规范化管理｜20｜18.3", "村卫生室规范化管理｜20｜28.3",
     "村卫生室规范化管理｜20｜28.3",
     "assessment item worth 20 points scored 28.3"),
    ("zhuanglang-villagedoctor-2019", 4, "average_mismatch", "prose",
     "93.2%、91.8%、92.6%、92.0%", "93.2%、91.8%、96.2%、92.0%",
     "96.2%、92.0%，平均满意度92.40%",
     "(93.2 + 91.8 + 96.2 + 92.0) / 4 = 93.30%, stated average 92.40%"),
    ("zhuanglang-villagedoctor-2019", 5, "conflicting_values", "prose",
     "1024人次的业务培训", "1042人次的业务培训",
     "1042人次",
     "training given as 4期、累计1024人次 in section 三 and as 1042人次 in section 四"),
    ("zhuanglang-villagedoctor-2019", 6, "grade_mismatch", "table",
     "自评等级｜优", "自评等级｜良",
     "自评等级｜良",
     "total 99.40 lies in the 优 band, the table says 良"),

    # ---- 广宗县 重大传染病防控 2024 (Hebei; Word table with merged cells left empty) ----
    ("guangzong-infectious-2024", 1, "balance_mismatch", "prose",
     "未支出的41.14万元", "未支出的41.41万元",
     "未支出的41.41万元",
     "236.80 - 195.66 = 41.14, stated 41.41"),
    ("guangzong-infectious-2024", 2, "year_mismatch", "prose",
     "截至2024年12月31日，项目资金实际支出", "截至2023年12月31日，项目资金实际支出",
     "截至2023年12月31日",
     "spending of the 2024 budget dated 截至2023年12月31日"),
    ("guangzong-infectious-2024", 3, "unit_mismatch", "table",
     "≥480人\t384人\t80.00%", "≥480人\t80%\t80.00%",
     "≥480人\t80%",
     "target in 人, actual typed as a percentage"),
    ("guangzong-infectious-2024", 4, "conflicting_values", "prose",
     "疫苗接种率98.7%，各乡镇", "疫苗接种率97.8%，各乡镇",
     "接种率97.8%",
     "接种率 97.8% in the text, 98.7% in the table (completion 109.67% = 98.7/90)"),
    ("guangzong-infectious-2024", 5, "score_sum_mismatch", "prose",
     "效益指标得分24.5分", "效益指标得分25.4分",
     "效益指标得分25.4分",
     "8.3 + 47.6 + 25.4 + 9.5 = 90.80, stated 合计89.90 (table 效益 rows give 24.5)"),
    ("guangzong-infectious-2024", 6, "completion_mismatch", "table",
     "≥90%\t81%\t90.00%", "≥90%\t81%\t81.00%",
     "81%\t81.00%",
     "随访检测比例 81% / 90% = 90.00%, completion cell reads 81.00%"),
]


def main():
    labels = []
    clean = {}
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean[src] = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
    errors = []
    for src, n, code, where, old, new, value, expl in EDITS:
        text = clean[src]
        count = text.count(old)
        if count != 1:
            errors.append(f"{src}-e{n}: old string matches {count} times: {old!r}")
            continue
        case_text = text.replace(old, new, 1)
        if value not in case_text:
            errors.append(f"{src}-e{n}: value {value!r} not in the case")
        name = f"{src}-e{n}.txt"
        with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
            fh.write(case_text)
        labels.append({"case": name, "source": src, "clean": False,
                       "expected": [{"code": code, "severity": "error", "value": value,
                                     "explanation": expl}]})
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(EDITS)} with one injected error)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
