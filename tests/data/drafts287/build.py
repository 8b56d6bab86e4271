#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts287 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean
draft; `value` is the substring of the error case that carries the error (it must occur
in the error case).  Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "gd-huilai-correction-2023",
    "sn-pingli-legalaid-2021",
    "jl-dongliao-sifaju-2019",
    "ah-langxi-gonggongfalv-2020",
    "yn-lincang-renminjianduyuan-2024",
]

# (project, code, where, old, new, value, explanation)
EDITS = [
    # ---- gd-huilai-correction-2023 (Guangdong, 社区矫正, MOF table) ----
    ("gd-huilai-correction-2023", "rate_mismatch", "table",
     "｜64.56｜10｜96.07%｜9.61",
     "｜64.56｜10｜96.70%｜9.61",
     "64.56｜10｜96.70%",
     "funds row: 64.56 / 67.20 = 96.07%, the table prints 96.70% (digits transposed)"),
    ("gd-huilai-correction-2023", "balance_mismatch", "prose",
     "未执行的2.64万元",
     "未执行的2.46万元",
     "未执行的2.46万元",
     "unspent amount 67.20 - 64.56 = 2.64, the text says 2.46"),
    ("gd-huilai-correction-2023", "score_sum_mismatch", "table",
     "｜基本健全｜10｜8｜",
     "｜基本健全｜10｜9｜",
     "基本健全｜10｜9｜部门信息共享未完全实现\n满意度指标｜服务对象满意度指标｜社区矫正对象及家属满意度｜≥90%｜93.60%｜10｜10｜\n总分｜｜｜｜｜100｜97.35",
     "row scores now add to 9.61 + 49.74 + 29 + 10 = 98.35, the 总分 row (and the text) still say 97.35"),
    ("gd-huilai-correction-2023", "unit_mismatch", "table",
     "｜≥12次｜14次｜",
     "｜≥12次｜116.67%｜",
     "≥12次｜116.67%",
     "target is a count (≥12次), the actual is written as a percentage (the completion rate)"),
    ("gd-huilai-correction-2023", "year_mismatch", "prose",
     "按规定结转至2024年继续使用",
     "按规定结转至2023年继续使用",
     "结转至2023年",
     "money unspent in the 2023 budget is carried over to 2023 itself; must be a later year (2024)"),
    ("gd-huilai-correction-2023", "conflicting_values", "table",
     "｜≥300人次｜326人次｜",
     "｜≥300人次｜362人次｜",
     "362人次",
     "psychological assessments: 326人次 in the text (二（二）1), 362人次 in the table"),

    # ---- sn-pingli-legalaid-2021 (Shaanxi, 法律援助案件补贴, table with 完成率) ----
    ("sn-pingli-legalaid-2021", "grade_mismatch", "prose",
     "自评得分89.83分，等级为“良”",
     "自评得分89.83分，等级为“优”",
     "等级为“优”",
     "89.83 is below 90: band 良, not 优"),
    ("sn-pingli-legalaid-2021", "average_mismatch", "prose",
     "平均每季度办结90件",
     "平均每季度办结93件",
     "平均每季度办结93件",
     "(86 + 95 + 84 + 95) / 4 = 90, the text says 93"),
    ("sn-pingli-legalaid-2021", "completion_mismatch", "table",
     "｜81.30%｜95.65%｜",
     "｜81.30%｜96.55%｜",
     "81.30%｜96.55%",
     "知晓率 completion 81.30 / 85 = 95.65%, the table prints 96.55%"),
    ("sn-pingli-legalaid-2021", "sum_mismatch", "prose",
     "尚未使用的10.38万元",
     "尚未使用的10.83万元",
     "年末结转资金15.78万元，其中已办结待发放的案件补贴5.40万元、11月下达的中央和省级补助中尚未使用的10.83万元",
     "parts of the carry-over 5.40 + 10.83 = 16.23, stated total 15.78 (= 52.60 - 36.82)"),
    ("sn-pingli-legalaid-2021", "score_exceeds_weight", "table",
     "｜102.63%｜10｜10｜\n产出指标｜时效指标｜案件补贴发放及时率｜≥95%｜83.33%｜87.72%｜5｜4.39｜",
     "｜102.63%｜10｜4.39｜\n产出指标｜时效指标｜案件补贴发放及时率｜≥95%｜83.33%｜87.72%｜5｜10｜",
     "87.72%｜5｜10",
     "scores of two adjacent rows pasted into each other's row: 补贴发放及时率 now scores 10 against a weight of 5 (the total is unchanged)"),
    ("sn-pingli-legalaid-2021", "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "execution rate 100.00% printed for 其他资金 whose budget is 0.00: a rate on a zero base"),

    # ---- jl-dongliao-sifaju-2019 (Jilin, 部门整体) ----
    ("jl-dongliao-sifaju-2019", "rate_mismatch", "table",
     "｜8.35｜86.98%",
     "｜8.35｜89.68%",
     "9.60｜9.60｜8.35｜89.68%",
     "安置帮教经费 8.35 / 9.60 = 86.98%, the table prints 89.68%"),
    ("jl-dongliao-sifaju-2019", "sum_mismatch", "table",
     "普法宣传经费｜14.20｜14.20",
     "普法宣传经费｜12.40｜14.20",
     "普法宣传经费｜12.40｜14.20｜12.57｜88.52%\n公共法律服务中心运行经费｜15.00｜15.00｜11.00｜73.33%\n合计｜87.80",
     "年初预算数 column: 28.00 + 9.60 + 21.00 + 12.40 + 15.00 = 86.00, 合计 row says 87.80 (14.20 typed as 12.40)"),
    ("jl-dongliao-sifaju-2019", "weight_sum_mismatch", "table",
     "｜≥95%｜98.00%｜5｜5｜",
     "｜≥95%｜98.00%｜6｜5｜",
     "98.00%｜6｜5｜\n产出｜履职产出｜在册社区矫正对象监管教育覆盖率｜100%｜100%｜7｜7｜\n产出｜履职产出｜刑满释放人员衔接率｜≥98%｜99.20%｜7｜7｜\n产出｜履职产出｜人民调解案件调处数｜≥1500件｜1623件｜7｜7｜\n产出｜履职产出｜普法宣传活动｜≥60场次｜52场次｜7｜6.07｜农忙及天气原因\n产出｜履职产出｜公共法律服务中心接待咨询｜≥3000人次｜3315人次｜7｜7｜\n效益｜社会效益｜人民调解成功率｜≥96%｜97.78%｜8｜8｜\n效益｜社会效益｜社区矫正对象再犯罪率｜≤0.3%｜0.42%｜8｜5.71｜按指标值与实际值之比计分\n效益｜社会效益｜“民转刑”案件数｜0起｜1起｜6｜0｜排查不及时\n效益｜满意度｜群众满意度｜≥90%｜88.50%｜8｜7.87｜\n合计｜｜｜｜｜100",
     "weights now add to 101 (过程 16 instead of 15), 合计 says 100"),
    ("jl-dongliao-sifaju-2019", "balance_mismatch", "prose",
     "全年结余8.48万元",
     "全年结余8.84万元",
     "全年结余8.84万元",
     "412.75 - 404.27 = 8.48 (also 99.95 - 91.47), the text says 8.84"),
    ("jl-dongliao-sifaju-2019", "year_mismatch", "prose",
     "截至2019年12月31日，结余资金",
     "截至2018年12月31日，结余资金",
     "截至2018年12月31日",
     "the 2019 report dates the year-end position of the 2019 balance 2018-12-31"),
    ("jl-dongliao-sifaju-2019", "grade_mismatch", "prose",
     "自评等级为“良”",
     "自评等级为“中”",
     "自评等级为“中”",
     "88.94 lies in the 良 band (80–90), not 中"),

    # ---- ah-langxi-gonggongfalv-2020 (Anhui, 公共法律服务中心) ----
    ("ah-langxi-gonggongfalv-2020", "completion_mismatch", "prose",
     "完成年度目标4000人次的106.55%",
     "完成年度目标4000人次的105.65%",
     "完成年度目标4000人次的105.65%",
     "4262 / 4000 = 106.55%, the text says 105.65%"),
    ("ah-langxi-gonggongfalv-2020", "score_exceeds_weight", "table",
     "｜≥95%｜97.20%｜10｜10｜\n产出指标｜时效指标｜功能区改造按期完成率｜100%｜60%｜5｜3｜",
     "｜≥95%｜97.20%｜10｜3｜\n产出指标｜时效指标｜功能区改造按期完成率｜100%｜60%｜5｜10｜",
     "60%｜5｜10",
     "scores of two adjacent rows swapped: 功能区改造按期完成率 scores 10 against a weight of 5 (the total is unchanged)"),
    ("ah-langxi-gonggongfalv-2020", "weight_sum_mismatch", "table",
     "｜≥240天｜246天｜10｜10｜",
     "｜≥240天｜246天｜15｜10｜",
     "246天｜15｜10｜\n产出指标｜质量指标｜法律咨询解答准确率｜≥95%｜97.20%｜10｜10｜\n产出指标｜时效指标｜功能区改造按期完成率｜100%｜60%｜5｜3｜疫情停工，2021年完成\n产出指标｜成本指标｜律师值班补贴标准｜≤300元/人·天｜300元/人·天｜5｜5｜\n效益指标｜社会效益指标｜中心受理矛盾纠纷化解率｜≥85%｜76.50%｜15｜13.50｜复杂纠纷增多\n效益指标｜可持续影响指标｜“一站式”服务运行机制｜健全｜基本健全｜15｜10.50｜流转规则待完善\n满意度指标｜服务对象满意度指标｜来访群众满意度｜≥95%｜88.00%｜10｜9.26｜延长服务时间\n总分｜｜｜｜｜100",
     "律师值班天数 weight typed 15 instead of 10: weights add to 105, 总分 row says 100"),
    ("ah-langxi-gonggongfalv-2020", "unit_mismatch", "prose",
     "购买律师值班服务12.60万元",
     "购买律师值班服务126000万元",
     "126000万元",
     "the 126000元 (420人·天 × 300元) lawyer fee written with the unit 万元: off by 10^4; breaks the 35.10 breakdown"),
    ("ah-langxi-gonggongfalv-2020", "score_sum_mismatch", "prose",
     "产出指标47.05分",
     "产出指标47.50分",
     "本项目预算执行得7.50分、产出指标47.50分、效益指标24.00分、满意度9.26分，自评总分87.81分",
     "7.50 + 47.50 + 24.00 + 9.26 = 88.26, stated total 87.81 (产出 rows add to 47.05)"),
    ("ah-langxi-gonggongfalv-2020", "conflicting_values", "table",
     "｜≥4000人次｜4262人次｜",
     "｜≥4000人次｜4226人次｜",
     "4226人次",
     "visits: 4262人次 in the text (with completion 106.55%), 4226人次 in the table"),

    # ---- yn-lincang-renminjianduyuan-2024 (Yunnan, 人民监督员, prose only) ----
    ("yn-lincang-renminjianduyuan-2024", "average_mismatch", "prose",
     "平均每期62人",
     "平均每期64人",
     "平均每期64人",
     "(61 + 66 + 59) / 3 = 62, the text says 64"),
    ("yn-lincang-renminjianduyuan-2024", "implausible_rate", "prose",
     "总体满意度为97.6%",
     "总体满意度为976%",
     "满意度为976%",
     "satisfaction 976% (decimal point dropped): above 100%"),
    ("yn-lincang-renminjianduyuan-2024", "rate_mismatch", "prose",
     "执行率92.20%，结余",
     "执行率92.02%，结余",
     "执行率92.02%",
     "13.83 / 15.00 = 92.20%, the funds paragraph says 92.02%"),
    ("yn-lincang-renminjianduyuan-2024", "balance_mismatch", "prose",
     "结余1.17万元已由市财政收回",
     "结余1.71万元已由市财政收回",
     "结余1.71万元",
     "15.00 - 13.83 = 1.17, the text says 1.71"),
    ("yn-lincang-renminjianduyuan-2024", "conflicting_values", "prose",
     "2024年共组织人民监督员参加监督活动186件次",
     "2024年共组织人民监督员参加监督活动168件次",
     "参加监督活动168件次",
     "section 一 says 168件次, section 三 gives 186件次 (102 + 41 + 43) twice"),
    ("yn-lincang-renminjianduyuan-2024", "completion_mismatch", "prose",
     "完成年度目标的116.25%",
     "完成年度目标的106.25%",
     "完成年度目标的106.25%",
     "186 / 160 = 116.25%, the text says 106.25%"),
]


def main():
    labels = []
    for proj in PROJECTS:
        with open(os.path.join(CASES, proj + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": proj + "-clean.txt", "source": proj, "clean": True, "expected": []})
        n = 0
        for (p, code, where, old, new, value, expl) in EDITS:
            if p != proj:
                continue
            n += 1
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{proj} e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{proj} e{n}: value not in case: {value!r}")
            name = f"{proj}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
