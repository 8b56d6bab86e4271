#!/usr/bin/env python3
"""Build the n174 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run from anywhere:  python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "jurong-mediation-2021",
    "runan-legalaid-2023",
    "zhijin-legalservice-2019",
    "jiashi-justicedept-2024",
    "changtai-pufa-2022",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- 句容 人民调解以案定补 2021 (Jiangsu) ---
    ("jurong-mediation-2021", 1, "rate_mismatch", "table",
     "｜62.40｜—｜94.55%｜", "｜62.40｜—｜95.45%｜",
     "62.40｜—｜95.45%",
     "当年财政拨款 row: 62.40 / 66.00 = 94.55%, table states 95.45% (digits transposed)"),
    ("jurong-mediation-2021", 2, "balance_mismatch", "prose",
     "年末未使用资金3.60万元", "年末未使用资金3.06万元",
     "未使用资金3.06万元",
     "全年预算 72.00 - 实际支出 68.40 = 3.60万元 unspent, text says 3.06万元"),
    ("jurong-mediation-2021", 3, "score_exceeds_weight", "table",
     "｜10｜9.68｜签名不全、条款不规范，加强评查\n产出指标｜时效指标｜补贴按季度发放及时率｜100%｜100%｜5｜5｜",
     "｜10｜5｜签名不全、条款不规范，加强评查\n产出指标｜时效指标｜补贴按季度发放及时率｜100%｜100%｜5｜9.68｜",
     "补贴按季度发放及时率｜100%｜100%｜5｜9.68",
     "scores of two adjacent rows pasted one row off: 时效 row now scores 9.68 against a weight of 5 (sum of scores unchanged, total still 97.51)"),
    ("jurong-mediation-2021", 4, "weight_sum_mismatch", "table",
     "｜≥180个｜183个｜10｜10｜", "｜≥180个｜183个｜15｜10｜",
     "≥180个｜183个｜15｜10",
     "weight of 享受补贴的调委会数 typed as 15: 产出 weights now 55, all 分值 sum to 105 against the stated 100"),
    ("jurong-mediation-2021", 5, "completion_mismatch", "prose",
     "完成年度目标的107.84%", "完成年度目标的108.74%",
     "完成年度目标的108.74%",
     "2696件 / 2500件 = 107.84%, text says 108.74%"),
    ("jurong-mediation-2021", 6, "year_mismatch", "prose",
     "截至2021年12月31日", "截至2020年12月31日",
     "截至2020年12月31日",
     "2021 report: the subsidies of the evaluation year are said to be paid out 截至2020年12月31日"),

    # --- 汝南 法律援助案件补贴 2023 (Henan) ---
    ("runan-legalaid-2023", 1, "sum_mismatch", "prose",
     "县级配套资金30.00万元，合计80.00万元", "县级配套资金36.00万元，合计80.00万元",
     "县级配套资金36.00万元，合计80.00万元",
     "38.00 + 12.00 + 36.00 = 86.00, stated total 80.00 (全年预算 80.00 everywhere)"),
    ("runan-legalaid-2023", 2, "grade_mismatch", "table",
     "｜98.65｜自评等级：优", "｜98.65｜自评等级：良",
     "98.65｜自评等级：良",
     "total 98.65 lies in the 优 band (>= 90), table says 良"),
    ("runan-legalaid-2023", 3, "average_mismatch", "prose",
     "三类案卷平均得分93分", "三类案卷平均得分94分",
     "三类案卷平均得分94分",
     "(93 + 95 + 91) / 3 = 93, stated 94"),
    ("runan-legalaid-2023", 4, "conflicting_values", "table",
     "｜≥800件｜836件｜", "｜≥800件｜863件｜",
     "≥800件｜863件",
     "table gives 863 cases, the text gives 836 (= 400 + 420 + 16)"),
    ("runan-legalaid-2023", 5, "implausible_rate", "table",
     "｜≥95%｜98.6%｜", "｜≥95%｜986%｜",
     "≥95%｜986%",
     "受援人满意度 986% (decimal point lost): a satisfaction rate above 100%"),
    ("runan-legalaid-2023", 6, "unit_mismatch", "prose",
     "值班律师补贴14.04万元", "值班律师补贴140400万元",
     "140400万元",
     "the 140400元 duty subsidy (468日 x 300元) written with the unit 万元; 62.52 + 14.04 = 76.56 only after rescaling by 10^4"),

    # --- 织金 公共法律服务中心建设 2019 (Guizhou) ---
    ("zhijin-legalservice-2019", 1, "rate_mismatch", "prose",
     "支出62.68万元，执行率89.54%", "支出62.68万元，执行率89.45%",
     "执行率89.45%",
     "县级资金 62.68 / 70.00 = 89.54%, text says 89.45%"),
    ("zhijin-legalservice-2019", 2, "sum_mismatch", "prose",
     "标识标牌及宣传资料3.62万元，合计112.68万元", "标识标牌及宣传资料3.26万元，合计112.68万元",
     "标识标牌及宣传资料3.26万元，合计112.68万元",
     "58.36 + 34.20 + 16.50 + 3.26 = 112.32, stated 合计 112.68"),
    ("zhijin-legalservice-2019", 3, "score_sum_mismatch", "table",
     "产出指标小计｜｜｜｜｜｜50｜48｜", "产出指标小计｜｜｜｜｜｜50｜47｜",
     "产出指标小计｜｜｜｜｜｜50｜47",
     "产出 rows score 10 + 10 + 5 + 10 + 3 + 10 = 48, subtotal says 47 (and 9.39 + 47 + 29 + 10 = 95.39, not the stated 96.39)"),
    ("zhijin-legalservice-2019", 4, "unit_mismatch", "table",
     "｜≥6000人次｜7236人次｜120.60%｜", "｜≥6000人次｜120.60%｜120.60%｜",
     "≥6000人次｜120.60%",
     "target in 人次, 实际完成值 filled with the completion rate 120.60% (a percentage)"),
    ("zhijin-legalservice-2019", 5, "year_mismatch", "prose",
     "于2018年12月提前下达", "于2017年12月提前下达",
     "2017年12月提前下达",
     "2019 budget money said to be issued in advance in December 2017; an advance can only come in December 2018"),
    ("zhijin-legalservice-2019", 6, "completion_mismatch", "table",
     "｜96.2%｜106.89%｜", "｜96.2%｜106.98%｜",
     "96.2%｜106.98%",
     "96.2% / 90% = 106.89%, table says 106.98%"),

    # --- 伽师 司法局部门整体 2024 (Xinjiang) ---
    ("jiashi-justicedept-2024", 1, "score_exceeds_weight", "table",
     "｜≤0.2%｜0%｜10｜10｜—\n产出指标｜时效指标｜法律援助案件指派及时率｜100%｜100%｜5｜5｜",
     "｜≤0.2%｜0%｜5｜10｜—\n产出指标｜时效指标｜法律援助案件指派及时率｜100%｜100%｜10｜5｜",
     "≤0.2%｜0%｜5｜10",
     "分值 of two adjacent rows swapped: 再犯罪率 now scores 10 against a weight of 5 (weights and scores still sum to 100 / 96.48)"),
    ("jiashi-justicedept-2024", 2, "score_sum_mismatch", "prose",
     "产出49.24分", "产出49.42分",
     "96.48分（预算执行9.74分+产出49.42分",
     "9.74 + 49.42 + 27.5 + 10 = 96.66, not 96.48; the 产出 rows add to 49.24"),
    ("jiashi-justicedept-2024", 3, "weight_sum_mismatch", "table",
     "｜≥500件｜462件｜10｜9.24｜", "｜≥500件｜462件｜12｜9.24｜",
     "≥500件｜462件｜12｜9.24",
     "分值 typed 12: 产出 weights now 52, all weights sum to 102 against 合计 100"),
    ("jiashi-justicedept-2024", 4, "grade_mismatch", "table",
     "｜86.40｜良", "｜86.40｜优",
     "86.40｜优",
     "项目 5 scored 86.40, which is 良 (80-90), not 优"),
    ("jiashi-justicedept-2024", 5, "average_mismatch", "prose",
     "平均自评得分93.82分", "平均自评得分93.28分",
     "平均自评得分93.28分",
     "(96.50 + 98.00 + 93.20 + 95.00 + 86.40) / 5 = 93.82, stated 93.28"),
    ("jiashi-justicedept-2024", 6, "implausible_rate", "table",
     "二、其他资金｜0.00｜0.00｜0.00｜—", "二、其他资金｜0.00｜0.00｜0.00｜100.00%",
     "二、其他资金｜0.00｜0.00｜0.00｜100.00%",
     "execution rate 100.00% on a zero budget (0.00 / 0.00): rate on a zero base"),

    # --- 长泰 八五普法宣传 2022 (Fujian, funds and indicators in prose) ---
    ("changtai-pufa-2022", 1, "conflicting_values", "prose",
     "普法挂图等资料5.6万份", "普法挂图等资料6.5万份",
     "资料6.5万份",
     "宣传资料 printed: 6.5万份 here, 5.6万份 in the quarterly table and in the scoring paragraph"),
    ("changtai-pufa-2022", 2, "balance_mismatch", "prose",
     "年末结余1.08万元", "年末结余1.80万元",
     "结余1.80万元",
     "40.00 - 38.92 = 1.08万元, stated 1.80万元"),
    ("changtai-pufa-2022", 3, "sum_mismatch", "table",
     "第三季度｜20｜4380｜", "第三季度｜20｜4830｜",
     "第三季度｜20｜4830",
     "participants 3650 + 5120 + 4830 + 7460 = 21060, 合计 row says 20610"),
    ("changtai-pufa-2022", 4, "average_mismatch", "prose",
     "平均每季度开展24场", "平均每季度开展26场",
     "平均每季度开展26场",
     "(18 + 26 + 20 + 32) / 4 = 24, stated 26"),
    ("changtai-pufa-2022", 5, "rate_mismatch", "prose",
     "执行率97.30%", "执行率97.03%",
     "执行率97.03%",
     "38.92 / 40.00 = 97.30%, stated 97.03%"),
    ("changtai-pufa-2022", 6, "year_mismatch", "prose",
     "我局对2022年度“八五”普法宣传经费", "我局对2021年度“八五”普法宣传经费",
     "2021年度“八五”普法宣传经费",
     "the 2022 report (title, 2022 funds) says the self-evaluation covers 2021"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main():
    labels = []
    for src in SOURCES:
        clean = read(os.path.join(CASES, f"{src}-clean.txt"))
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            count = clean.count(old)
            if count != 1:
                raise SystemExit(f"{src}-e{n}: old string matches {count} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            write(os.path.join(CASES, name), text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
