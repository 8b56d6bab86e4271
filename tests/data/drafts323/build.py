#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly ONE replacement (old -> new). `old` must occur exactly once in
the clean draft; `value` (the label) must occur in the resulting case and contain the changed figure or word.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "jx-xiangdong-heichou-2020",
    "ha-yuanhui-qingyu-2022",
    "gx-gangbei-jiewu-2019",
    "sd-dongchangfu-duanmian-2023",
    "hb-xialu-chengguan-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---------------- jx-xiangdong-heichou-2020 (MOF table with full-width bars) ----------------
    ("jx-xiangdong-heichou-2020", 1, "rate_mismatch", "table",
     "1,036.80｜—｜96.00%", "1,036.80｜—｜98.00%", "1,036.80｜—｜98.00%",
     "funds row 当年财政拨款: 1,036.80 / 1,080.00 = 96.00%, the table states 98.00%"),
    ("jx-xiangdong-heichou-2020", 2, "score_sum_mismatch", "table",
     "基本建立｜10｜8", "基本建立｜10｜9", "基本建立｜10｜9",
     "row scores now add up to 9.39 + 48 + 29 + 10 = 96.39 while the table total and the text give 95.39; "
     "the 效益 rows add up to 29 against '效益指标得28分' (the row stays inside the qualitative band)"),
    ("jx-xiangdong-heichou-2020", 3, "grade_mismatch", "prose",
     "自评得分95.39分，等级为优。", "自评得分95.39分，等级为良。", "等级为良",
     "95.39 lies in the 优 band (90 ≤ s ≤ 100), not 良"),
    ("jx-xiangdong-heichou-2020", 4, "year_mismatch", "prose",
     "其中财政资金43.20万元结转至2021年", "其中财政资金43.20万元结转至2020年", "结转至2020年",
     "unspent money of the 2020 budget is carried over into 2020 itself; a carry-over must go to a later year (2021)"),
    ("jx-xiangdong-heichou-2020", 5, "implausible_rate", "table",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "execution rate 100.00% printed on a zero base (上年结转资金 全年预算数 0.00): the rate is undefined"),
    ("jx-xiangdong-heichou-2020", 6, "conflicting_values", "prose",
     "全年新建截污管网7.2公里，超过年度目标", "全年新建截污管网7.8公里，超过年度目标", "新建截污管网7.8公里",
     "the text gives 7.8公里 of new pipe, the 自评表 gives 7.2公里 (also 6.5 + 0.7 in its deviation note)"),

    # ---------------- ha-yuanhui-qingyu-2022 (tab-separated tables) ----------------
    ("ha-yuanhui-qingyu-2022", 1, "completion_mismatch", "table",
     "12.8公里\t106.67%", "12.8公里\t116.67%", "12.8公里\t116.67%",
     "河道清淤长度: 12.8 / 12 = 106.67%, the table states 116.67%"),
    ("ha-yuanhui-qingyu-2022", 2, "unit_mismatch", "table",
     "≥90%\t93.5%\t103.89%", "≥90%\t93.5分\t103.89%", "≥90%\t93.5分",
     "周边群众满意度: target in %, actual written in 分 (points), so completion cannot be computed"),
    ("ha-yuanhui-qingyu-2022", 3, "balance_mismatch", "prose",
     "年末结余37.52万元", "年末结余35.72万元", "结余35.72万元",
     "到位 560 − 执行 522.48 = 37.52万元, the text states 35.72万元"),
    ("ha-yuanhui-qingyu-2022", 4, "sum_mismatch", "table",
     "市级资金\t140.00\t150.00", "市级资金\t145.00\t150.00", "市级资金\t145.00",
     "年初 column: 200.00 + 145.00 + 190.00 = 535.00 ≠ 合计 530.00 (and 145 + 追加10 ≠ 全年150)"),
    ("ha-yuanhui-qingyu-2022", 5, "average_mismatch", "prose",
     "平均每个标段3.2公里", "平均每个标段3.4公里", "平均每个标段3.4公里",
     "(3.6 + 2.9 + 3.5 + 2.8) / 4 = 3.2公里, the text states 3.4"),
    ("ha-yuanhui-qingyu-2022", 6, "weight_sum_mismatch", "table",
     "合计\t\t\t\t\t\t100\t97.72", "合计\t\t\t\t\t\t110\t97.72", "合计\t\t\t\t\t\t110",
     "the 分值 column adds up to 100 (10 + 5×10 + 3×10 + 10) but the 合计 row states 110"),

    # ---------------- gx-gangbei-jiewu-2019 (prose only, 得X分（满分Y分）) ----------------
    ("gx-gangbei-jiewu-2019", 1, "rate_mismatch", "prose",
     "到位率95.35%", "到位率95.53%", "到位率95.53%",
     "到位 820 / 全年预算 860 = 95.35%, the text states 95.53%"),
    ("gx-gangbei-jiewu-2019", 2, "score_sum_mismatch", "prose",
     "（二）产出指标，得47.71分", "（二）产出指标，得48.71分", "产出指标，得48.71分",
     "the five 产出 items give 15 + 9.21 + 10 + 3.5 + 10 = 47.71, and 9.14 + 48.71 + 29.5 + 10 = 97.35 ≠ 自评得分96.35"),
    ("gx-gangbei-jiewu-2019", 3, "unit_mismatch", "prose",
     "每户800元的标准", "每户800万元的标准", "每户800万元",
     "1250户 × 800万元 ≠ 接驳补助100.00万元; the per-household amount is 800元 (off by 10^4)"),
    ("gx-gangbei-jiewu-2019", 4, "implausible_rate", "prose",
     "群众满意度为92.4%", "群众满意度为102.4%", "满意度为102.4%",
     "a satisfaction rate cannot exceed 100%"),
    ("gx-gangbei-jiewu-2019", 5, "completion_mismatch", "prose",
     "完成率106.25%", "完成率102.65%", "完成率102.65%",
     "新建截污管网: 10.2 / 9.6 = 106.25%, the text states 102.65%"),
    ("gx-gangbei-jiewu-2019", 6, "year_mismatch", "prose",
     "截至2019年12月31日", "截至2020年12月31日", "截至2020年12月31日",
     "the 2019 report (dated 2020年4月) states the fund position as of 2020-12-31; it must be 2019-12-31"),

    # ---------------- sd-dongchangfu-duanmian-2023 (full-width bars, 完成率 column) ----------------
    ("sd-dongchangfu-duanmian-2023", 1, "score_exceeds_weight", "table",
     "第二季度｜95.1%｜100｜98", "第二季度｜95.1%｜100｜108", "第二季度｜95.1%｜100｜108",
     "quarterly O&M assessment: score 108 above its 分值 100"),
    ("sd-dongchangfu-duanmian-2023", 2, "average_mismatch", "table",
     "第三季度｜94.2%", "第三季度｜94.8%", "第三季度｜94.8%",
     "(93.8 + 95.1 + 94.8 + 95.3) / 4 = 94.75%, the 全年平均 row (and the indicator table) state 94.6%"),
    ("sd-dongchangfu-duanmian-2023", 3, "weight_sum_mismatch", "prose",
     "效益指标30分", "效益指标35分", "效益指标35分",
     "10 + 50 + 35 + 10 = 105 ≠ 合计100分; the 效益 rows of the table weigh 15 + 10 + 5 = 30"),
    ("sd-dongchangfu-duanmian-2023", 4, "balance_mismatch", "table",
     "228.92｜7.08｜", "228.92｜7.80｜", "228.92｜7.80",
     "(5)=(3)-(4): 236.00 − 228.92 = 7.08, the table states 7.80"),
    ("sd-dongchangfu-duanmian-2023", 5, "conflicting_values", "table",
     "推送预警27次，均在2小时内推送", "推送预警72次，均在2小时内推送", "推送预警72次",
     "the table gives 72 warnings, the text '推送水质异常预警27次'"),
    ("sd-dongchangfu-duanmian-2023", 6, "grade_mismatch", "table",
     "评价等级｜优", "评价等级｜良", "评价等级｜良",
     "total 98.56 lies in the 优 band"),

    # ---------------- hb-xialu-chengguan-2024 (部门整体, PDF-style space table) ----------------
    ("hb-xialu-chengguan-2024", 1, "score_exceeds_weight", "prose",
     "时效指标得3分（满分5分）", "时效指标得6分（满分5分）", "时效指标得6分（满分5分）",
     "score 6 above the weight 5 of the 时效 indicator"),
    ("hb-xialu-chengguan-2024", 2, "average_mismatch", "prose",
     "平均自评得分93.63分", "平均自评得分93.36分", "平均自评得分93.36分",
     "(97.5 + 93.0 + 95.5 + 88.5) / 4 = 93.625 → 93.63, the text states 93.36"),
    ("hb-xialu-chengguan-2024", 3, "sum_mismatch", "table",
     "黑臭水体长效管护        460.00", "黑臭水体长效管护        406.00", "黑臭水体长效管护        406.00",
     "年初预算 column: 386.40 + 406.00 + 398.00 + 160.00 = 1,350.40 ≠ 合计 1,404.40"),
    ("hb-xialu-chengguan-2024", 4, "grade_mismatch", "prose",
     "评价等级为“优秀”", "评价等级为“良好”", "评价等级为“良好”",
     "综合得分94.80 lies in the 优 band"),
    ("hb-xialu-chengguan-2024", 5, "rate_mismatch", "table",
     "126.00      85.71%", "126.00      87.51%", "126.00      87.51%",
     "水质监测断面委托监测: 126.00 / 147.00 = 85.71%, the table states 87.51%"),
    ("hb-xialu-chengguan-2024", 6, "unit_mismatch", "prose",
     "每平方米每年4.6元", "每平方米每年4.6万元", "每平方米每年4.6万元",
     "386.40万元 / 84万平方米 = 4.6元 per m²; written as 4.6万元 (off by 10^4)"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_path = os.path.join(CASES, f"{pid}-clean.txt")
        with open(clean_path, encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{pid}-e{n}: old string occurs {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{pid}-e{n}: label value not in case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with one error)")


if __name__ == "__main__":
    main()
