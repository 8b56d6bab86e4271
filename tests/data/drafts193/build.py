#!/usr/bin/env python3
"""Build the n193 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean
draft; `value` is the substring of the error case that carries the changed figure.
Run: python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "puxian-dizaifangzhi-2020",
    "jx-luxi-senlinfanghuo-2022",
    "mojiang-tuigeng-2019",
    "dongning-zrzybumen-2024",
    "sh-jingan-budongchan-2021",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 蒲县 地质灾害防治 2020 (Shanxi layout) ----
    ("puxian-dizaifangzhi-2020", 1, "rate_mismatch", "table",
     "预算到位率(%)｜(6)=(3)/(2)｜95.93｜", "预算到位率(%)｜(6)=(3)/(2)｜95.39｜",
     "(6)=(3)/(2)｜95.39",
     "funds table, 年度总金额 column: 到位率 (6)=(3)/(2) = 282.90/294.90 = 95.93%, printed 95.39"),
    ("puxian-dizaifangzhi-2020", 2, "balance_mismatch", "text",
     "实际支出34.20万元，结余2.30万元", "实际支出34.20万元，结余3.20万元",
     "结余3.20万元",
     "省级追加应急治理资金 36.50 − 实际支出 34.20 = 2.30万元, stated 3.20"),
    ("puxian-dizaifangzhi-2020", 3, "completion_mismatch", "table",
     "≥20套｜18套｜90.00%｜9", "≥20套｜18套｜96.00%｜9",
     "18套｜96.00%",
     "普适型监测设备 18/20 = 90.00%, 完成率 printed 96.00%"),
    ("puxian-dizaifangzhi-2020", 4, "weight_sum_mismatch", "table",
     "防灾知识宣传覆盖（人次）｜10｜", "防灾知识宣传覆盖（人次）｜15｜",
     "防灾知识宣传覆盖（人次）｜15｜",
     "weights now 10 + 50 + 35 + 10 = 105 (效益 row weight 15 instead of 10), against 合计权重100"),
    ("puxian-dizaifangzhi-2020", 5, "grade_mismatch", "text",
     "总得分98.10分，属于“优秀”", "总得分98.10分，属于“良好”",
     "属于“良好”",
     "98.10 lies in the 90–100 band: 优秀, not 良好"),
    ("puxian-dizaifangzhi-2020", 6, "year_mismatch", "text",
     "已按规定结转至2021年", "已按规定结转至2020年",
     "结转至2020年",
     "2020 year-end balance carried over to 2020 itself; should be 2021"),

    # ---- 芦溪县 森林防火 2022 (MOF 自评表) ----
    ("jx-luxi-senlinfanghuo-2022", 1, "sum_mismatch", "text",
     "视频监控系统运行维护36.75万元", "视频监控系统运行维护36.57万元",
     "视频监控系统运行维护36.57万元",
     "82.50 + 68.40 + 36.57 + 15.30 + 26.00 = 228.77 ≠ 全年实际支出 228.95"),
    ("jx-luxi-senlinfanghuo-2022", 2, "score_exceeds_weight", "table",
     "≥8个｜6个｜5｜3.75｜2个点位供电线路未通，顺延至2023年建设\n产出指标｜数量指标｜防火宣传活动｜≥40场次｜46场次｜5｜5｜",
     "≥8个｜6个｜5｜2.75｜2个点位供电线路未通，顺延至2023年建设\n产出指标｜数量指标｜防火宣传活动｜≥40场次｜46场次｜5｜6｜",
     "防火宣传活动｜≥40场次｜46场次｜5｜6",
     "防火宣传活动 scored 6 against a weight of 5 (视频监控点 lowered to 2.75 so the total still reads 98.39)"),
    ("jx-luxi-senlinfanghuo-2022", 3, "implausible_rate", "text",
     "当年支出45.00万元，执行率100%", "当年支出46.80万元，执行率104.00%",
     "当年支出46.80万元，执行率104.00%",
     "省级追加 45.00万元 but 46.80万元 spent from it: execution rate 104.00% over 100%"),
    ("jx-luxi-senlinfanghuo-2022", 4, "score_sum_mismatch", "table",
     "≥90%｜95%｜10｜10｜—\n总分", "≥90%｜95%｜10｜9｜—\n总分",
     "95%｜10｜9｜—\n总分｜｜｜｜｜100｜98.39",
     "row scores now add to 97.39 (满意度 9), 总分 still 98.39"),
    ("jx-luxi-senlinfanghuo-2022", 5, "unit_mismatch", "table",
     "≥13公里｜13公里", "≥13公里｜100%",
     "≥13公里｜100%",
     "target in 公里, actual given as a percentage"),
    ("jx-luxi-senlinfanghuo-2022", 6, "conflicting_values", "text",
     "实有队员62人", "实有队员26人",
     "实有队员26人",
     "text 26人, 自评表 专业扑火队员 实际完成值 62人"),

    # ---- 墨江县 退耕还林补助 2019 (prose only) ----
    ("mojiang-tuigeng-2019", 1, "rate_mismatch", "text",
     "执行1862.40万元，执行率98.02%", "执行1862.40万元，执行率98.20%",
     "执行率98.20%",
     "1862.40/1900 = 98.02%, stated 98.20%"),
    ("mojiang-tuigeng-2019", 2, "average_mismatch", "text",
     "89.1%，平均88.6%", "89.1%，平均88.9%",
     "平均88.9%",
     "(87.2 + 89.5 + 89.1)/3 = 88.6%, stated 88.9%"),
    ("mojiang-tuigeng-2019", 3, "sum_mismatch", "text",
     "第二次补助660万元", "第二次补助606万元",
     "第二次补助606万元",
     "600 + 606 + 640 = 1846 ≠ 下达 1900万元 (2.2万亩 × 300元 = 660)"),
    ("mojiang-tuigeng-2019", 4, "score_sum_mismatch", "text",
     "总得分98.53分", "总得分98.35分",
     "总得分98.35分",
     "9.80 + 49.73 + 29 + 10 = 98.53, stated 98.35"),
    ("mojiang-tuigeng-2019", 5, "year_mismatch", "text",
     "截至2019年12月31日", "截至2018年12月31日",
     "截至2018年12月31日",
     "payments of the 2019 evaluation year dated 截至2018年12月31日"),
    ("mojiang-tuigeng-2019", 6, "implausible_rate", "text",
     "当年支出8.00万元，执行率100%", "当年支出8.60万元，执行率107.50%",
     "当年支出8.60万元，执行率107.50%",
     "工作经费 budget 8.00万元, spent 8.60万元: execution rate 107.50% over 100%"),

    # ---- 东宁市自然资源局 部门整体 2024 ----
    ("dongning-zrzybumen-2024", 1, "weight_sum_mismatch", "table",
     "≤270万元｜268.00万元｜5｜5", "≤270万元｜268.00万元｜8｜5",
     "268.00万元｜8｜5",
     "weights now total 103 (成本指标 8 instead of 5)"),
    ("dongning-zrzybumen-2024", 2, "average_mismatch", "text",
     "平均每个乡镇19.67万元", "平均每个乡镇19.76万元",
     "平均每个乡镇19.76万元",
     "(21.50 + 19.80 + 20.30 + 18.60 + 19.20 + 18.60)/6 = 19.67, stated 19.76"),
    ("dongning-zrzybumen-2024", 3, "grade_mismatch", "table",
     "自评等级｜优", "自评等级｜良",
     "自评等级｜良",
     "总分 97.01 is in the 优 band"),
    ("dongning-zrzybumen-2024", 4, "balance_mismatch", "text",
     "全年结余53.28万元", "全年结余53.82万元",
     "全年结余53.82万元",
     "2117.45 − 2064.17 = 53.28, stated 53.82"),
    ("dongning-zrzybumen-2024", 5, "unit_mismatch", "text",
     "合同价268.00万元", "合同价2680000万元",
     "合同价2680000万元",
     "the 2680000元 contract written with the unit 万元 (off by 10^4): table 268.00万元, 90% paid = 241.20万元"),
    ("dongning-zrzybumen-2024", 6, "conflicting_values", "table",
     "≥120个｜124个", "≥120个｜142个",
     "≥120个｜142个",
     "自评表 142个 vs text 巡查覆盖124个行政村"),

    # ---- 静安区 不动产登记信息化 2021 (MOF 自评表) ----
    ("sh-jingan-budongchan-2021", 1, "rate_mismatch", "table",
     "｜10｜88.13%｜8.81", "｜10｜88.31%｜8.81",
     "88.31%",
     "398.87/452.60 = 88.13%, printed 88.31%"),
    ("sh-jingan-budongchan-2021", 2, "completion_mismatch", "text",
     "为年度目标240万页的67.08%", "为年度目标240万页的76.08%",
     "240万页的76.08%",
     "161/240 = 67.08%, stated 76.08%"),
    ("sh-jingan-budongchan-2021", 3, "score_exceeds_weight", "table",
     "≥70%｜52.4%｜10｜7.49｜部分业务仍需现场核验身份和原件\n效益指标｜社会效益指标｜登记差错率｜≤0.1%｜0.06%｜10｜10｜",
     "≥70%｜52.4%｜10｜6.49｜部分业务仍需现场核验身份和原件\n效益指标｜社会效益指标｜登记差错率｜≤0.1%｜0.06%｜10｜11｜",
     "0.06%｜10｜11",
     "登记差错率 scored 11 against a weight of 10 (网办率 lowered to 6.49 so the total still reads 88.12)"),
    ("sh-jingan-budongchan-2021", 4, "sum_mismatch", "table",
     "｜其中：当年财政拨款｜485.00｜", "｜其中：当年财政拨款｜458.00｜",
     "当年财政拨款｜458.00",
     "年初预算数: 458.00 + 0 + 0 ≠ 年度资金总额 485.00"),
    ("sh-jingan-budongchan-2021", 5, "grade_mismatch", "table",
     "评价等级｜良", "评价等级｜优",
     "评价等级｜优",
     "总分 88.12 is in the 良 band (80–90)"),
    ("sh-jingan-budongchan-2021", 6, "unit_mismatch", "table",
     "≥240万页｜161万页", "≥240万页｜161万元",
     "≥240万页｜161万元",
     "target in 万页, actual in 万元: completion cannot be computed"),
]


def main():
    labels = []
    by_source = {}
    for e in EDITS:
        by_source.setdefault(e[0], []).append(e)
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in sorted(by_source[src], key=lambda e: e[1]):
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old text matches {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in case: {value!r}")
            if value in clean:
                sys.exit(f"{src}-e{n}: value also occurs in the clean draft: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with errors)")


if __name__ == "__main__":
    main()
