#!/usr/bin/env python3
"""Build the drafts508 error cases and labels.jsonl from the clean drafts.

Each entry of EDITS is (source, n, code, old, new, value, explanation): `old` must occur exactly
once in cases/<source>-clean.txt; the case cases/<source>-e<n>.txt is the clean draft with that one
replacement; `value` (an exact substring of the new case, occurring once) carries the changed figure.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "yiyang-fangnishui-2019",
    "shangrao-fangnishui-2020",
    "nanchong-fangnishui-2022",
    "anqing-xueshenganquan-bumen-2023",
    "qingyuan-fangnishui-2024",
]

EDITS = [
    # ---------------------------------------------------------------- 益阳 2019 (Hunan, PDF copy)
    ("yiyang-fangnishui-2019", 1, "rate_mismatch",
     "实际到位180.00万元，到位率100%", "实际到位180.00万元，到位率96%",
     "到位率96%",
     "到位 180.00 / 全年预算 180.00 = 100%, stated 96%"),
    ("yiyang-fangnishui-2019", 2, "unit_mismatch",
     "每套单价180元，计21.60万元", "每套单价180元，计216000万元",
     "计216000万元",
     "1,200套 × 180元 = 216,000元 = 21.60万元: the 元 figure is labelled 万元 (off by 10^4); rescaling it "
     "also restores 55.80 + 35.40 + 21.60 = 112.80, so unit_mismatch, not sum_mismatch"),
    ("yiyang-fangnishui-2019", 3, "score_exceeds_weight",
     "10\n可持续影响指标\n联防联控机制\n建立健全\n已建立\n—\n10\n9",
     "11\n可持续影响指标\n联防联控机制\n建立健全\n已建立\n—\n10\n8",
     "111.10%\n10\n11",
     "溺水死亡人数同比下降率: score 11 above its weight 10 (the next row, qualitative 联防联控机制, went 9 → 8, "
     "still inside the 达成 band 8–10, so Σ scores still equals 98.22)"),
    ("yiyang-fangnishui-2019", 4, "year_mismatch",
     "已按规定结转至2020年继续使用", "已按规定结转至2019年继续使用",
     "结转至2019年",
     "the unspent part of the 2019 budget is carried over to 2019 itself; a carry-over goes to a later year (2020)"),
    ("yiyang-fangnishui-2019", 5, "average_mismatch",
     "平均每期300人", "平均每期310人",
     "平均每期310人",
     "(312 + 286 + 305 + 297) / 4 = 300"),
    ("yiyang-fangnishui-2019", 6, "completion_mismatch",
     "96.5%\n107.22%", "96.5%\n102.72%",
     "102.72%",
     "学生防溺水知识知晓率: actual 96.5% / target 90% = 107.22%, stated 102.72% (score 10 unchanged, still right)"),
    # ---------------------------------------------------------------- 上饶 2020 (Jiangxi, Word copy)
    ("shangrao-fangnishui-2020", 1, "balance_mismatch",
     "结余4.54万元", "结余5.44万元",
     "结余5.44万元",
     "到位 113.40 − 执行 108.86 = 4.54"),
    ("shangrao-fangnishui-2020", 2, "sum_mismatch",
     "宣传教育13.00万元", "宣传教育31.00万元",
     "全年实际支出108.86万元，预算执行率93.04%，结余4.54万元。支出明细为：防护栏建设53.32万元，"
     "警示标牌制作安装22.98万元（每块150元），救生器材19.56万元（每处600元），宣传教育31.00万元",
     "53.32 + 22.98 + 19.56 + 31.00 = 126.86 ≠ 全年实际支出 108.86 (13.00 fits)"),
    ("shangrao-fangnishui-2020", 3, "score_sum_mismatch",
     "已建立，汛期常态运行\n\t—\n\t9", "已建立，汛期常态运行\n\t—\n\t8",
     "已建立，汛期常态运行\n\t—\n\t8\n\t部分乡镇巡查记录不全\n\n\t满意度指标\n\t服务对象满意度指标\n\t家长满意度"
     "\n\t10\n\t≥90%\n\t94.6%\n\t105.11%\n\t10\n\t\n\n\t总分\n\t\n\t\n\t100\n\t\n\t\n\t\n\t97.91",
     "row scores now add to 96.91 (效益 27.85) while the table and the text state 97.91 (效益 28.85); "
     "8 is still inside the 达成 band of the qualitative row, so only the sum breaks"),
    ("shangrao-fangnishui-2020", 4, "completion_mismatch",
     "1532块\n\t102.13%", "1532块\n\t101.23%",
     "101.23%",
     "设置警示标牌: 1532 / 1500 = 102.13%, stated 101.23%"),
    ("shangrao-fangnishui-2020", 5, "conflicting_values",
     "全市共设置警示标牌1,532块", "全市共设置警示标牌1,352块",
     "警示标牌1,352块",
     "the 自评表 gives 1532块 for the same indicator (and 22.98万元 at 150元 a sign fits 1,532)"),
    ("shangrao-fangnishui-2020", 6, "implausible_rate",
     "其他资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t—", "其他资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t100%",
     "0.00\n\t—\n\t100%",
     "其他资金 row: budget 0.00, execution rate 100% on a zero base (should be —)"),
    # ---------------------------------------------------------------- 南充 2022 (Sichuan, web table)
    ("nanchong-fangnishui-2022", 1, "weight_sum_mismatch",
     "有效运行\t10\t9", "有效运行\t11\t9",
     "有效运行\t11\t9",
     "weights now total 101 and the 效益 rows 31 against the stated 效益指标分值30分; score 9 stays inside the "
     "达成 band (80–100% of 11) and below the weight"),
    ("nanchong-fangnishui-2022", 2, "implausible_rate",
     "家长满意度96.8%", "家长满意度106.8%",
     "家长满意度106.8%",
     "a satisfaction rate above 100%"),
    ("nanchong-fangnishui-2022", 3, "unit_mismatch",
     "场次\t1926", "场次\t100%",
     "场次\t100%",
     "开展防溺水专题教育: target ≥1800 场次, actual given as a percentage"),
    ("nanchong-fangnishui-2022", 4, "rate_mismatch",
     "财政资金\t200.00\t224.00\t213.92\t—\t95.50%", "财政资金\t200.00\t224.00\t213.92\t—\t95.05%",
     "95.05%",
     "财政资金 row: 213.92 / 224.00 = 95.50%, stated 95.05%"),
    ("nanchong-fangnishui-2022", 5, "year_mismatch",
     "截至2022年12月31日", "截至2021年12月31日",
     "截至2021年12月31日",
     "the spending of the 2022 budget is reported as of 31 December 2021"),
    ("nanchong-fangnishui-2022", 6, "sum_mismatch",
     "宣传教育支出48.32万元", "宣传教育支出43.82万元",
     "实际支出213.92万元，执行率95.50%，结余10.08万元已由市财政收回。其中：防护设施建设支出142.60万元、"
     "宣传教育支出43.82万元、应急演练及培训支出23.00万元",
     "142.60 + 43.82 + 23.00 = 209.42 ≠ 实际支出 213.92 (48.32 fits)"),
    # ---------------------------------------------------------------- 安庆 2023 (Anhui, 部门整体, PDF copy)
    ("anqing-xueshenganquan-bumen-2023", 1, "average_mismatch",
     "平均自评得分95.40分", "平均自评得分96.40分",
     "平均自评得分96.40分",
     "(95.80 + 93.40 + 97.00) / 3 = 95.40"),
    ("anqing-xueshenganquan-bumen-2023", 2, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "98.60 is in the 优 band (≥ 90)"),
    ("anqing-xueshenganquan-bumen-2023", 3, "implausible_rate",
     "其他资金\n0.00\n0.00\n0.00\n—\n—", "其他资金\n0.00\n0.00\n0.00\n—\n100.00%",
     "0.00\n—\n100.00%",
     "其他资金 row: budget 0.00, execution rate 100.00% on a zero base (should be —)"),
    ("anqing-xueshenganquan-bumen-2023", 4, "conflicting_values",
     "实际支出92.16万元，设施验收", "实际支出92.61万元，设施验收",
     "实际支出92.61万元",
     "the project table gives 92.16万元 for 防溺水安全设施建设项目 (96.00% of 96.00, and the three projects add to 159.60)"),
    ("anqing-xueshenganquan-bumen-2023", 5, "weight_sum_mismatch",
     "效益指标30分", "效益指标35分",
     "效益指标35分",
     "stated weights 10 + 50 + 35 + 10 = 105; the 效益 rows of the table add to 30"),
    ("anqing-xueshenganquan-bumen-2023", 6, "score_exceeds_weight",
     "10\n可持续影响指标\n部门联动工作机制\n常态化运行\n常态化运行\n10\n9",
     "11\n可持续影响指标\n部门联动工作机制\n常态化运行\n常态化运行\n10\n8",
     "98.2%\n10\n11",
     "学生防溺水“六不”知晓率: score 11 above its weight 10 (部门联动工作机制 went 9 → 8, inside the 达成 band, "
     "so the 98.60 total and the 效益 29 still add up)"),
    # ---------------------------------------------------------------- 清远 2024 (Guangdong, web page)
    ("qingyuan-fangnishui-2024", 1, "rate_mismatch",
     "市级资金支出90.00万元、执行率81.82%", "市级资金支出90.00万元、执行率81.28%",
     "执行率81.28%",
     "市级资金 90.00 / 110.00 = 81.82%, stated 81.28%"),
    ("qingyuan-fangnishui-2024", 2, "balance_mismatch",
     "未支出的30.40万元", "未支出的34.00万元",
     "未支出的34.00万元",
     "到位 190.00 − 执行 159.60 = 30.40 carried over"),
    ("qingyuan-fangnishui-2024", 3, "grade_mismatch",
     "自评等级    良", "自评等级    优",
     "自评等级    优",
     "89.60 is in the 良 band (80 ≤ s < 90)"),
    ("qingyuan-fangnishui-2024", 4, "unit_mismatch",
     "≥500场    536场", "≥500场    100%",
     "≥500场    100%",
     "开展防溺水应急演练: target in 场, actual given as a percentage"),
    ("qingyuan-fangnishui-2024", 5, "score_sum_mismatch",
     "部分建立    10    7    —", "部分建立    10    7.5    —",
     "部分建立    10    7.5    —    管护责任未全部落实\n满意度指标    服务对象满意度指标    家长满意度    ≥90%    88.6%    "
     "10    9.84    98.44%    农村家长满意度偏低\n总分    100    89.60",
     "row scores now add to 90.10 (效益 25.63) while 89.60 (效益 25.13) is stated; 7.5 stays inside the "
     "部分达成 band (60–80% of 10)"),
    ("qingyuan-fangnishui-2024", 6, "conflicting_values",
     "全年实际支出项目资金159.60万元", "全年实际支出项目资金156.90万元",
     "实际支出项目资金156.90万元",
     "the funds section and the 自评表 give 全年执行数 159.60万元"),
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
            assert clean.count(old) == 1, (s, n, old)
            assert len(old) <= 40 and len(new) <= 40, (s, n, "edit longer than 40 characters")
            text = clean.replace(old, new)
            assert text.count(value) == 1, (s, n, value)
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
