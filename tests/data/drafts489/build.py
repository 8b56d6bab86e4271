#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts489 from the clean drafts and the edit list below.

Each edit is (case suffix, code, old, new, value, explanation): `old` must occur exactly once in the
clean draft; the error case is the clean draft with that one occurrence replaced by `new`; `value`
must occur exactly once in the error case and contain the changed figure (checked by verify.py).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

D1 = "hb-yingcheng-jigongmianxue-2019"
D2 = "sx-xiaoyi-jinengrending-2021"
D3 = "sc-pengxi-jigongxuefei-2022"
D4 = "hn-lengshuijiang-jigongxuexiao-bumen-2023"
D5 = "gx-shanglin-rendingbutie-2025"
PROJECTS = [D1, D2, D3, D4, D5]

EDITS = {
    D1: [
        ("rate_mismatch", "54.40｜87.74%", "54.40｜87.47%", "54.40｜87.47%",
         "funds table, 市级资金 row: 54.40 / 62.00 = 87.74%, stated 87.47%"),
        ("balance_mismatch", "年末结余7.60万元", "年末结余6.70万元", "年末结余6.70万元",
         "全年预算 310.00 − 全年执行 302.40 = 7.60 (市级 62.00 − 54.40 = 7.60), stated 6.70"),
        ("score_exceeds_weight",
         "1560人｜104.00%｜10｜10\n效益指标｜社会效益｜减轻家庭负担｜有效减轻｜有效减轻｜—｜10｜9",
         "1560人｜104.00%｜10｜11\n效益指标｜社会效益｜减轻家庭负担｜有效减轻｜有效减轻｜—｜10｜8",
         "1560人｜104.00%｜10｜11",
         "秋季在校生人数 scored 11 against a weight of 10 (the next, qualitative row was lowered from 9 to 8, "
         "still inside the 达成 band, so every score total still reads 98.35 / 29)"),
        ("grade_mismatch", "评价等级为优", "评价等级为良", "评价等级为良",
         "total 98.35 is in the 优 band (≥90)"),
        ("unit_mismatch", "235.40万元、67.00万元", "235.40万元、670000万元", "670000万元",
         "华中技工学校's share 67.00万元 (670人次 × 1000元 = 670000元) written with the unit 万元: off by 10^4; "
         "235.40 + 67.00 = 302.40 only after rescaling"),
        ("year_mismatch", "结转至2020年", "结转至2019年", "结转至2019年",
         "the unspent part of the 2019 budget is carried over to 2019 itself; must be a later year"),
    ],
    D2: [
        ("rate_mismatch", "96.93%\t96.63%", "96.93%\t96.36%", "96.36%",
         "row (6)=(3)/(2), column 财政资金小计: 402.00 / 416.00 = 96.63%, stated 96.36%"),
        ("sum_mismatch", "240.00\t140.00", "240.00\t150.00", "240.00\t150.00",
         "row (1) 年初预算资金: 财政资金小计 380.00 ≠ 中央 0.00 + 省级 240.00 + 市级 150.00 = 390.00"),
        ("implausible_rate", "93.02%\t—", "93.02%\t100.00%", "93.02%\t100.00%",
         "row (7) 预算执行率, column 中央级: a rate of 100.00% on a zero budget (0.00 / 0.00)"),
        ("average_mismatch", "平均通过率86.58%", "平均通过率87.35%", "平均通过率87.35%",
         "(90.34 + 87.98 + 81.43) / 3 = 86.58, stated 87.35 (the overall rate 5746/6578)"),
        ("completion_mismatch", "5746人\t104.47%", "5746人\t104.74%", "5746人\t104.74%",
         "取证人数 5746 / 5500 = 104.47%, stated 104.74%"),
        ("weight_sum_mismatch", "稳步提升\t—\t15\t13.5", "稳步提升\t—\t16\t13.5", "稳步提升\t—\t16\t13.5",
         "weights now total 101 (效益指标 rows 31 against the stated 30); score 13.5 stays inside the 达成 band"),
    ],
    D3: [
        ("score_sum_mismatch", "达成年度指标｜10｜9｜", "达成年度指标｜10｜8.5｜", "达成年度指标｜10｜8.5",
         "9.67 + 60 + 8.25 + 9.50 + 8.5 = 95.92, stated 总分 96.42 (8.5 is still inside the 达成 band)"),
        ("implausible_rate", "｜97.5｜", "｜107.5｜", "资金拨付到校及时率｜≥｜95｜%｜107.5",
         "a 及时率 of 107.5% is impossible (a share of payments cannot exceed 100%)"),
        ("conflicting_values", "年初预算520.00万元", "年初预算502.00万元", "年初预算502.00万元",
         "the same 年初预算数 is 520.00 in the 自评表 (two cells), 502.00 in the text"),
        ("unit_mismatch", "｜80.78｜", "｜958人｜", "85｜%｜958人",
         "target 85 (%) but actual 958人: a head count where a percentage is due; completion cannot be computed"),
        ("year_mismatch", "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
         "funds position of the 2022 report dated at the end of 2021"),
        ("balance_mismatch", "结余18.50万元", "结余15.80万元", "结余15.80万元",
         "全年预算 560.00 − 全年执行 541.50 = 18.50, stated 15.80"),
    ],
    D4: [
        ("average_mismatch", "平均自评得分96.45分", "平均自评得分96.54分", "平均自评得分96.54分",
         "(98.50 + 93.30 + 95.00 + 99.00) / 4 = 96.45, stated 96.54"),
        ("sum_mismatch", "公用经费286.68万元", "公用经费268.68万元", "公用经费268.68万元",
         "基本支出 2,405.30 ≠ 人员经费 2,118.62 + 公用经费 268.68 = 2,387.30"),
        ("rate_mismatch", "执行率91.67%", "执行率91.76%", "执行率91.76%",
         "职业技能等级认定经费 88.46 / 96.50 = 91.67%, stated 91.76%"),
        ("conflicting_values", "“三公”经费支出6.42万元", "“三公”经费支出4.62万元", "经费支出4.62万元",
         "“三公”经费 is 6.42万元 in the indicator table, 4.62万元 in the text"),
        ("grade_mismatch", "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
         "total 98.11 is in the 优 band"),
        ("weight_sum_mismatch", "产出指标50分", "产出指标55分", "产出指标55分",
         "产出指标 rows weigh 10+10+10+10+5+5 = 50, stated 55; the stated level weights now total 105"),
    ],
    D5: [
        ("completion_mismatch", "830人\t92.22%", "830人\t92.52%", "830人\t92.52%",
         "取证人数 830 / 900 = 92.22%, stated 92.52%"),
        ("score_exceeds_weight",
         "100.00%\t5\t5\t—\n产出指标\t质量指标\t认定规范性\t规范有序\t达成年度指标\t—\t5\t4.5",
         "100.00%\t5\t5.5\t—\n产出指标\t质量指标\t认定规范性\t规范有序\t达成年度指标\t—\t5\t4",
         "学籍核查准确率\t100%\t100%\t100.00%\t5\t5.5",
         "学籍核查准确率 scored 5.5 against a weight of 5 (the next, qualitative row was lowered from 4.5 to 4, "
         "still inside the 达成 band, so the totals still read 48.12 / 89.16)"),
        ("score_sum_mismatch", "产出指标48.12分", "产出指标48.21分", "产出指标48.21分",
         "产出指标 rows sum to 48.12, stated 48.21; 9.37 + 48.21 + 22.09 + 9.58 = 89.25 ≠ 89.16"),
        ("unit_mismatch", "每人500元，发放26.00万元", "每人500万元，发放26.00万元", "每人500万元",
         "中级工 standard 500元 written as 500万元: 520 × 500万元 ≠ 26.00万元, reconciled only by 10^4"),
        ("conflicting_values", "实际支出211.80万元", "实际支出218.10万元", "实际支出218.10万元",
         "全年执行数 is 211.80 in the funds section and table, 218.10 in the overview"),
        ("sum_mismatch", "自治区资金46.00万元、县级", "自治区资金64.00万元、县级", "自治区资金64.00万元",
         "全年预算 226.00 ≠ 中央 150.00 + 自治区 64.00 + 县级 30.00 = 244.00"),
    ],
}


def main():
    labels = []
    for pid in PROJECTS:
        with open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for i, (code, old, new, value, expl) in enumerate(EDITS[pid], 1):
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{pid} e{i}: old string occurs {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            name = f"{pid}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
