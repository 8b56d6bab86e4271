#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts243 from the clean drafts.

Each edit is one exact old -> new replacement that must match exactly once in the clean
draft; the error case is the clean draft with that one replacement applied.
Where: "P" = the changed figure sits in the prose, "T" = in a table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (source id, error no., code, where, old, new, value, explanation)
EDITS = [
    # ---- nancheng-wushuichang-2022 (Jiangxi, MOF table) ----
    ("nancheng-wushuichang-2022", 1, "rate_mismatch", "P",
     "执行853.42万元，执行率98.66%", "执行853.42万元，执行率98.86%",
     "执行率98.86%",
     "当年财政拨款 853.42 / 865.00 = 98.66%, stated 98.86%"),
    ("nancheng-wushuichang-2022", 2, "sum_mismatch", "T",
     "其中：当年财政拨款｜820.00｜", "其中：当年财政拨款｜802.00｜",
     "当年财政拨款｜802.00",
     "年初预算数 column: 802.00 + 40.00 + 0.00 = 842.00, but 年度资金总额 is 860.00"),
    ("nancheng-wushuichang-2022", 3, "average_mismatch", "P",
     "季均235.11万吨", "季均253.11万吨",
     "季均253.11万吨",
     "(221.35 + 236.80 + 249.16 + 233.13) / 4 = 235.11, stated 253.11"),
    ("nancheng-wushuichang-2022", 4, "completion_mismatch", "P",
     "完成年度目标的104.49%", "完成年度目标的104.94%",
     "104.94%",
     "actual 940.44万吨 / target 900万吨 = 104.49%, stated 104.94%"),
    ("nancheng-wushuichang-2022", 5, "score_sum_mismatch", "T",
     "｜73.6%｜10｜9.81｜", "｜73.6%｜10｜9.18｜",
     "73.6%｜10｜9.18",
     "row scores now add to 9.87 + 50 + 29.18 + 10 = 99.05 while 总分 reads 99.68 (text: 效益 29.81)"),
    ("nancheng-wushuichang-2022", 6, "year_mismatch", "T",
     "项目支出绩效自评表\n（2022年度）", "项目支出绩效自评表\n（2021年度）",
     "（2021年度）",
     "the attached table is labelled 2021 in the 2022 self-evaluation report"),

    # ---- xingcheng-lajifenshao-2023 (Liaoning, MOF table + score summary) ----
    ("xingcheng-lajifenshao-2023", 1, "conflicting_values", "T",
     "｜3,046万千瓦时｜", "｜3,064万千瓦时｜",
     "3,064万千瓦时",
     "上网电量 is 3,046万千瓦时 in the text (三（二）), 3,064 in the table"),
    ("xingcheng-lajifenshao-2023", 2, "score_sum_mismatch", "T",
     "产出指标｜50｜49.78", "产出指标｜50｜49.87",
     "产出指标｜50｜49.87",
     "summary: 9.54 + 49.87 + 30.00 + 9.83 = 99.24 ≠ 合计 99.15; the 产出 rows of the 自评表 add to 49.78"),
    ("xingcheng-lajifenshao-2023", 3, "implausible_rate", "T",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "0.00｜—｜100.00%",
     "execution rate 100.00% on a zero budget (其他资金 0.00 / 0.00)"),
    ("xingcheng-lajifenshao-2023", 4, "unit_mismatch", "T",
     "｜≥2,600吨｜2,860吨｜", "｜≥2,600吨｜110%｜",
     "≥2,600吨｜110%",
     "target in 吨, actual entered as a percentage (the completion rate) — not comparable"),
    ("xingcheng-lajifenshao-2023", 5, "year_mismatch", "P",
     "截至2023年12月31日", "截至2022年12月31日",
     "截至2022年12月31日",
     "spending of the 2023 project reported as of 2022-12-31"),
    ("xingcheng-lajifenshao-2023", 6, "balance_mismatch", "P",
     "年末结余27.71万元", "年末结余27.17万元",
     "27.17万元",
     "全年预算 600.00 − 执行 572.29 = 27.71, stated 27.17"),

    # ---- renshou-shenlvye-2021 (Sichuan, 10 + 90 table with 指标性质/度量单位) ----
    ("renshou-shenlvye-2021", 1, "completion_mismatch", "P",
     "完成年度目标的106.67%", "完成年度目标的106.76%",
     "106.76%",
     "3.84万吨 / 3.6万吨 = 106.67%, stated 106.76%"),
    ("renshou-shenlvye-2021", 2, "score_exceeds_weight", "T",
     "｜93.42｜15｜14.75｜汛期连续强降雨，调节池容量不足\n效益指标｜社会效益指标｜渗滤液外溢污染事件｜=｜0｜起｜0｜10｜10｜",
     "｜93.42｜15｜15.75｜汛期连续强降雨，调节池容量不足\n效益指标｜社会效益指标｜渗滤液外溢污染事件｜=｜0｜起｜0｜10｜9｜",
     "93.42｜15｜15.75",
     "score 15.75 above weight 15 (the next row lowered to 9 so the total still reads 99.50)"),
    ("renshou-shenlvye-2021", 3, "rate_mismatch", "P",
     "到位率100%", "到位率97.49%",
     "到位率97.49%",
     "到位 265.00 / 全年预算 265.00 = 100%; 97.49% is the execution rate copied over"),
    ("renshou-shenlvye-2021", 4, "unit_mismatch", "T",
     "｜万吨｜3.84｜20｜20｜", "｜万吨｜38400｜20｜20｜",
     "万吨｜38400",
     "38,400吨 entered under 度量单位 万吨: off by 10^4 (3.84万吨 in the text)"),
    ("renshou-shenlvye-2021", 5, "weight_sum_mismatch", "T",
     "｜93.42｜15｜14.75｜", "｜93.42｜16｜14.75｜",
     "93.42｜16｜14.75",
     "weights now 10 + 60 + 31 = 101 (效益 rows 16 + 10 + 5)"),
    ("renshou-shenlvye-2021", 6, "sum_mismatch", "P",
     "水质检测费11.64万元", "水质检测费16.14万元",
     "16.14万元",
     "222.72 + 24.00 + 16.14 = 262.86, but 全年实际支出 is 258.36"),

    # ---- tianchang-paishui-2024 (Anhui, 部门整体) ----
    ("tianchang-paishui-2024", 1, "grade_mismatch", "P",
     "评价等级为良。", "评价等级为优。",
     "评价等级为优",
     "89.82 lies in the 良 band (80 ≤ s < 90)"),
    ("tianchang-paishui-2024", 2, "average_mismatch", "T",
     "季均｜109.20", "季均｜109.02",
     "季均｜109.02",
     "(98.6 + 112.3 + 131.7 + 94.2) / 4 = 109.20, stated 109.02"),
    ("tianchang-paishui-2024", 3, "weight_sum_mismatch", "T",
     "｜46.2公里｜15｜11.55｜", "｜46.2公里｜16｜11.55｜",
     "46.2公里｜16｜11.55",
     "weights now 10 + 51 + 30 + 10 = 101 (产出 rows 10 + 5 + 16 + 10 + 5 + 5)"),
    ("tianchang-paishui-2024", 4, "balance_mismatch", "P",
     "年末结余44.66万元", "年末结余46.44万元",
     "46.44万元",
     "全年预算 1362.75 − 支出 1318.09 = 44.66, stated 46.44"),
    ("tianchang-paishui-2024", 5, "rate_mismatch", "T",
     "｜110.72｜76.89%", "｜110.72｜78.69%",
     "110.72｜78.69%",
     "管网CCTV检测 110.72 / 144.00 = 76.89%, stated 78.69%"),
    ("tianchang-paishui-2024", 6, "conflicting_values", "T",
     "｜≥420公里｜436.8公里｜", "｜≥420公里｜463.8公里｜",
     "463.8公里",
     "疏通养护长度 is 436.8公里 in the text (and the quarters add to 436.8), 463.8 in the table"),

    # ---- zhenghe-xiangzhenwushui-2019 (Fujian, prose only) ----
    ("zhenghe-xiangzhenwushui-2019", 1, "average_mismatch", "P",
     "平均每站21.55万元", "平均每站21.65万元",
     "21.65万元",
     "(26.80 + 24.60 + 22.40 + 21.20 + 25.10 + 19.30 + 18.20 + 14.80) / 8 = 21.55, stated 21.65"),
    ("zhenghe-xiangzhenwushui-2019", 2, "score_exceeds_weight", "P",
     "时效指标5分，得分5分；成本指标10分，得分10分", "时效指标5分，得分6分；成本指标10分，得分9分",
     "时效指标5分，得分6分",
     "时效 score 6 above its weight 5 (成本 lowered to 9 so 产出 still reads 45.83)"),
    ("zhenghe-xiangzhenwushui-2019", 3, "sum_mismatch", "P",
     "县级财政配套112.00万元", "县级财政配套102.00万元",
     "102.00万元",
     "省级 80.00 + 县级 102.00 = 182.00, but the 全年预算 is 192.00"),
    ("zhenghe-xiangzhenwushui-2019", 4, "grade_mismatch", "P",
     "综合评定为“良”", "综合评定为“中”",
     "综合评定为“中”",
     "89.61 lies in the 良 band (80 ≤ s < 90), not 中"),
    ("zhenghe-xiangzhenwushui-2019", 5, "implausible_rate", "P",
     "设施正常运行率92.5%", "设施正常运行率925%",
     "925%",
     "a running rate of 925% is impossible (decimal point dropped from 92.5%)"),
    ("zhenghe-xiangzhenwushui-2019", 6, "year_mismatch", "P",
     "按规定结转2020年使用", "按规定结转2019年使用",
     "结转2019年",
     "the unspent part of the 2019 budget is carried over to 2019 itself"),
]

SOURCES = [
    "nancheng-wushuichang-2022",
    "xingcheng-lajifenshao-2023",
    "renshou-shenlvye-2021",
    "tianchang-paishui-2024",
    "zhenghe-xiangzhenwushui-2019",
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    for src in SOURCES:
        clean = read(os.path.join(CASES, f"{src}-clean.txt"))
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, _where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{src}-e{n}: old text occurs {cnt} times, expected once: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{src}-e{n}: label value not in case: {value!r}")
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
