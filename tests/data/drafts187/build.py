#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of set n187 from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent
CASES = ROOT / "cases"

# source id -> list of (code, old, new, value, explanation)
EDITS = {
    "fengxiang-ich-2021": [
        ("rate_mismatch", "｜68.40｜10｜95.00%｜9.50", "｜68.40｜10｜94.50%｜9.50", "10｜94.50%｜9.50",
         "table: 68.40 / 72.00 = 95.00%, stated 94.50%"),
        ("completion_mismatch", "38名｜108.57%", "38名｜108.75%", "38名｜108.75%",
         "table: 38 / 35 = 108.57%, stated 108.75%"),
        ("score_exceeds_weight",
         "6项｜6项｜100%｜10｜10｜—\n产出指标｜时效指标｜传承人补助发放及时率｜100%｜100%｜100%｜5｜5｜—",
         "6项｜6项｜100%｜10｜11｜—\n产出指标｜时效指标｜传承人补助发放及时率｜100%｜100%｜100%｜5｜4｜—",
         "6项｜100%｜10｜11",
         "table: 数字化记录 scored 11 against weight 10 (the next row lowered to 4 so the total still reads 97.30)"),
        ("average_mismatch", "平均每期46.33人", "平均每期47.33人", "平均每期47.33人",
         "prose: (46 + 52 + 41) / 3 = 46.33, stated 47.33"),
        ("balance_mismatch", "未支出的3.60万元", "未支出的3.40万元", "未支出的3.40万元",
         "prose: 72.00 - 68.40 = 3.60, stated 3.40"),
        ("year_mismatch", "结转至2022年使用", "结转至2021年使用", "结转至2021年",
         "prose: unspent money of the 2021 budget carried over to 2021 itself"),
    ],
    "xinchang-ruraltourism-2023": [
        ("sum_mismatch", "245.00｜236.16｜", "245.00｜236.61｜", "245.00｜236.61",
         "table: 当年财政拨款 236.61 + 上年结转 15.00 = 251.61, 年度资金总额 executed 251.16"),
        ("weight_sum_mismatch", "≤60万元｜55.56万元｜5｜5", "≤60万元｜55.56万元｜10｜5", "55.56万元｜10｜5",
         "table: weights now total 105 against the stated 100 (成本 row 10 instead of 5)"),
        ("unit_mismatch", "≥10%｜12.4%｜", "≥10%｜12.4万元｜", "12.4万元",
         "table: target is a growth rate in %, actual written in 万元 (the prose says 增长12.4%)"),
        ("grade_mismatch", "98.85分，等级为优", "98.85分，等级为良", "等级为良",
         "prose: 98.85 is in the 优 band (>= 90)"),
        ("conflicting_values", "新增和提升民宿床位326张", "新增和提升民宿床位362张", "民宿床位362张",
         "prose says 362 beds, the goal table and indicator table say 326"),
        ("implausible_rate", "对交通标识的满意度为95.6%", "对交通标识的满意度为105.6%", "满意度为105.6%",
         "prose: a satisfaction rate above 100%"),
    ],
    "yizhou-culturedept-2020": [
        ("sum_mismatch", "基本支出｜735.20｜", "基本支出｜753.20｜", "基本支出｜753.20",
         "table: 年初 753.20 + 385.30 = 1138.50, 合计 1120.50"),
        ("rate_mismatch", "476.37｜88.58%", "476.37｜88.85%", "476.37｜88.85%",
         "table: 项目支出 476.37 / 537.80 = 88.58%, stated 88.85%"),
        ("score_sum_mismatch", "综合得分89.85分", "综合得分89.58分", "综合得分89.58分",
         "prose: 10 + 19.22 + 35.28 + 25.35 = 89.85 (also the sum of the table rows), stated 89.58"),
        ("grade_mismatch", "评价等级为“良好”", "评价等级为“优秀”", "评价等级为“优秀”",
         "prose: 89.85 is below 90, band 良"),
        ("year_mismatch", "已按规定结转至2021年继续使用", "已按规定结转至2020年继续使用", "结转至2020年",
         "prose: 2020 year-end balance carried over to 2020 itself"),
        ("average_mismatch", "平均每馆5.96万人次", "平均每馆5.69万人次", "平均每馆5.69万人次",
         "prose: (8.62 + 5.31 + 3.94) / 3 = 5.96, stated 5.69"),
    ],
    "wuqiang-digilib-2024": [
        ("balance_mismatch", "年末结余3.15万元", "年末结余3.51万元", "结余3.51万元",
         "prose: 到位 50.00 - 执行 46.85 = 3.15, stated 3.51"),
        ("conflicting_values", "项目新增电子图书2.35万册", "项目新增电子图书2.53万册", "2.53万册",
         "prose: conclusion says 2.53万册, the output section says 2.35万册 (completion 117.50%)"),
        ("completion_mismatch", "完成率92.00%", "完成率92.80%", "完成率92.80%",
         "prose: 36.8 / 40 = 92.00%, stated 92.80%"),
        ("implausible_rate", "读者满意度95.3%", "读者满意度105.3%", "读者满意度105.3%",
         "prose: satisfaction above 100%"),
        ("unit_mismatch", "电子借阅机3台8.55万元", "电子借阅机3台85500万元", "85500万元",
         "prose: 3 x 28500元 = 85500元 = 8.55万元 written with the unit 万元; the use breakdown no longer adds to 46.85"),
        ("score_sum_mismatch", "自评总分98.17分", "自评总分98.71分", "98.71分",
         "prose: 9.37 + 50 + 28.8 + 10 = 98.17, stated 98.71"),
    ],
    "naidong-artcreation-2022": [
        ("rate_mismatch", "40.50｜96.43%", "40.50｜96.34%", "40.50｜96.34%",
         "table: 歌舞节目创作 40.50 / 42.00 = 96.43%, stated 96.34%"),
        ("implausible_rate", "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100%｜—",
         "0.00｜—｜100%", "table: execution rate 100% on a zero carry-over budget"),
        ("completion_mismatch", "9个｜112.50%", "9个｜111.50%", "9个｜111.50%",
         "table: 9 / 8 = 112.50%, stated 111.50%"),
        ("weight_sum_mismatch", "2022年11月18日｜—｜5｜3", "2022年11月18日｜—｜6｜3", "11月18日｜—｜6｜3",
         "table: weights now total 101 against the stated 100 (时效 row 6 instead of 5)"),
        ("score_exceeds_weight",
         "≥2项｜2项｜100%｜10｜10｜—\n产出指标｜时效指标｜剧目首演完成时间｜2022年10月31日前｜2022年11月18日｜—｜5｜3",
         "≥2项｜2项｜100%｜10｜12｜—\n产出指标｜时效指标｜剧目首演完成时间｜2022年10月31日前｜2022年11月18日｜—｜5｜1",
         "2项｜100%｜10｜12",
         "table: 获奖 row scored 12 against weight 10 (时效 row lowered to 1 so the total still reads 96.32)"),
        ("year_mismatch", "资金于2022年3月下达", "资金于2023年3月下达", "2023年3月下达",
         "prose: funds of the 2022 budget said to be issued in March 2023, after the evaluation year"),
    ],
}


def main():
    labels = []
    for src, edits in EDITS.items():
        clean_name = f"{src}-clean.txt"
        clean = (CASES / clean_name).read_text(encoding="utf-8")
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for i, (code, old, new, value, expl) in enumerate(edits, 1):
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src} e{i}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            if text.count(value) < 1:
                sys.exit(f"{src} e{i}: value not in case: {value!r}")
            name = f"{src}-e{i}.txt"
            (CASES / name).write_text(text, encoding="utf-8")
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(ROOT / "labels.jsonl", "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
