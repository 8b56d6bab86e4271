#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of set n167 from the clean drafts and the edit list below.

Each edit: (source id, case suffix, code, old, new, value, explanation, where).
`old` must occur exactly once in the clean draft; `value` must occur in the resulting case.
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE / "cases"

SOURCES = [
    "shouguang-thirdpartyeval-2022",
    "zhijiang-procurementplatform-2021",
    "lechang-treasurypayment-2023",
    "chenggu-debtmonitor-2019",
    "jian-fiscaldept-2024",
]

EDITS = [
    # ---- shouguang (Shandong, 2022): prose + table with 完成率 column
    ("shouguang-thirdpartyeval-2022", "e1", "rate_mismatch",
     "项目实际支出128.25万元，预算执行率95.00%", "项目实际支出128.25万元，预算执行率96.00%",
     "预算执行率96.00%", "128.25 / 135.00 = 95.00%, text says 96.00% (table keeps 95.00%)", "prose"),
    ("shouguang-thirdpartyeval-2022", "e2", "completion_mismatch",
     "｜92.86%｜97.75%｜", "｜92.86%｜97.25%｜",
     "92.86%｜97.25%", "92.86 / 95 = 97.75%, stated 97.25% (score 9.77 still follows 97.75%)", "table"),
    ("shouguang-thirdpartyeval-2022", "e3", "sum_mismatch",
     "优秀8个、良好21个、中等11个", "优秀8个、良好23个、中等11个",
     "优秀8个、良好23个、中等11个、较差2个", "8 + 23 + 11 + 2 = 44, but the sentence opens with 42个项目", "prose"),
    ("shouguang-thirdpartyeval-2022", "e4", "unit_mismatch",
     "评价报告按期提交率｜100%｜100%｜", "评价报告按期提交率｜100%｜42份｜",
     "评价报告按期提交率｜100%｜42份", "target is a percentage, actual is a count of reports", "table"),
    ("shouguang-thirdpartyeval-2022", "e5", "year_mismatch",
     "按规定结转至2023年使用", "按规定结转至2022年使用",
     "结转至2022年", "unspent money of the 2022 budget cannot be carried over into 2022 itself", "prose"),
    ("shouguang-thirdpartyeval-2022", "e6", "average_mismatch",
     "92分、88分和90分，平均90分", "92分、88分和90分，平均91分",
     "平均91分", "(92 + 88 + 90) / 3 = 90", "prose"),
    # ---- zhijiang (Hubei, 2021): funds and indicators only in prose
    ("zhijiang-procurementplatform-2021", "e1", "balance_mismatch",
     "年末结余6.80万元", "年末结余8.60万元",
     "结余8.60万元", "68.00 - 61.20 = 6.80", "prose"),
    ("zhijiang-procurementplatform-2021", "e2", "average_mismatch",
     "97.0分，平均95.9分", "97.0分，平均95.6分",
     "平均95.6分", "(95.2 + 96.8 + 94.6 + 97.0) / 4 = 95.9", "prose"),
    ("zhijiang-procurementplatform-2021", "e3", "grade_mismatch",
     "自评等级为“优”", "自评等级为“良”",
     "自评等级为“良”", "98.00 is in the 优 band (90-100)", "prose"),
    ("zhijiang-procurementplatform-2021", "e4", "weight_sum_mismatch",
     "效益指标30分", "效益指标35分",
     "效益指标35分", "10 + 50 + 35 + 10 = 105, not 100", "prose"),
    ("zhijiang-procurementplatform-2021", "e5", "implausible_rate",
     "满意率96.5%", "满意率965%",
     "965%", "a satisfaction rate cannot exceed 100% (decimal point dropped from 96.5%)", "prose"),
    ("zhijiang-procurementplatform-2021", "e6", "score_sum_mismatch",
     "效益指标30分，得29.00分", "效益指标30分，得28.00分",
     "得28.00分；满意度指标10分，得10.00分。以上合计98.00分", "9.00 + 50.00 + 28.00 + 10.00 = 97.00, stated 98.00", "prose"),
    # ---- lechang (Guangdong, 2023): table without 完成率 column; completion in prose
    ("lechang-treasurypayment-2023", "e1", "score_exceeds_weight",
     "274家｜15｜15｜部分乡镇事业单位新纳入\n产出指标｜数量指标｜新增功能模块｜≥8个｜8个｜10｜10｜",
     "274家｜15｜17｜部分乡镇事业单位新纳入\n产出指标｜数量指标｜新增功能模块｜≥8个｜8个｜10｜8｜",
     "274家｜15｜17", "score 17 above weight 15 (the next row lowered to 8 so the total still reads 97.00)", "table"),
    ("lechang-treasurypayment-2023", "e2", "weight_sum_mismatch",
     "0.8天｜15｜15｜", "0.8天｜16｜15｜",
     "0.8天｜16｜15", "weights now total 101 against the printed 100", "table"),
    ("lechang-treasurypayment-2023", "e3", "completion_mismatch",
     "指标完成率80.00%", "指标完成率85.00%",
     "指标完成率85.00%", "72.00 / 90 = 80.00%", "prose"),
    ("lechang-treasurypayment-2023", "e4", "year_mismatch",
     "项目年度｜2023年", "项目年度｜2022年",
     "项目年度｜2022年", "the table claims 2022 while the report and all funds are for 2023", "table"),
    ("lechang-treasurypayment-2023", "e5", "implausible_rate",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%", "execution rate 100.00% on a zero budget", "table"),
    ("lechang-treasurypayment-2023", "e6", "conflicting_values",
     "接入新系统的预算单位274家", "接入新系统的预算单位247家",
     "预算单位247家", "table and later text give 274家 (274/260 = 105.38% as stated)", "prose"),
    # ---- chenggu (Shaanxi, 2019): table with 完成率 column, grade 良
    ("chenggu-debtmonitor-2019", "e1", "grade_mismatch",
     "自评等级为良", "自评等级为优",
     "自评等级为优", "88.89 is in the 良 band (80-90)", "prose"),
    ("chenggu-debtmonitor-2019", "e2", "score_sum_mismatch",
     "97.78%｜10｜9.78｜", "97.78%｜10｜9.87｜",
     "9.87｜加强沟通\n合计｜｜｜｜｜｜100｜88.89", "row scores now add to 88.98, total printed 88.89", "table"),
    ("chenggu-debtmonitor-2019", "e3", "balance_mismatch",
     "结余10.40万元", "结余10.04万元",
     "结余10.04万元", "52.00 - 41.60 = 10.40", "prose"),
    ("chenggu-debtmonitor-2019", "e4", "rate_mismatch",
     "41.60｜10｜80.00%", "41.60｜10｜82.00%",
     "41.60｜10｜82.00%", "41.60 / 52.00 = 80.00%", "table"),
    ("chenggu-debtmonitor-2019", "e5", "unit_mismatch",
     "另有上年结转资金7.00万元", "另有上年结转资金70000万元",
     "70000万元", "7.00万元 written as 70000 with the unit 万元 (元 figure): 45.00 + 7.00 = 52.00 only after rescaling", "prose"),
    ("chenggu-debtmonitor-2019", "e6", "sum_mismatch",
     "当年财政拨款｜45.00｜45.00", "当年财政拨款｜54.00｜45.00",
     "当年财政拨款｜54.00", "年初 column: 54.00 + 0.00 + 0.00 = 54.00, total row says 45.00", "table"),
    # ---- jian (Jilin, 2024): 部门整体 report
    ("jian-fiscaldept-2024", "e1", "score_exceeds_weight",
     "99.6%｜10｜10｜\n产出指标｜时效指标｜国库支付平均到账时间｜≤1个工作日｜0.6个工作日｜10｜10｜",
     "99.6%｜10｜11｜\n产出指标｜时效指标｜国库支付平均到账时间｜≤1个工作日｜0.6个工作日｜10｜9｜",
     "99.6%｜10｜11", "score 11 above weight 10 (next row lowered to 9 so the total still reads 99.21)", "table"),
    ("jian-fiscaldept-2024", "e2", "conflicting_values",
     "全年开具电子票据92.4万张", "全年开具电子票据94.2万张",
     "94.2万张", "the table gives 92.4万张 for the same quantity (and 71.5 → 92.4 is the stated 29.23%)", "prose"),
    ("jian-fiscaldept-2024", "e3", "grade_mismatch",
     "自评等级｜优", "自评等级｜良",
     "自评等级｜良", "99.21 is in the 优 band", "table"),
    ("jian-fiscaldept-2024", "e4", "average_mismatch",
     "平均得分93.37分", "平均得分93.73分",
     "平均得分93.73分", "(96.5 + 95.0 + 88.6) / 3 = 93.37", "prose"),
    ("jian-fiscaldept-2024", "e5", "rate_mismatch",
     "执行127.30万元，执行率86.13%", "执行127.30万元，执行率86.31%",
     "执行率86.31%", "127.30 / 147.80 = 86.13%", "prose"),
    ("jian-fiscaldept-2024", "e6", "sum_mismatch",
     "项目支出｜470.00｜", "项目支出｜407.00｜",
     "项目支出｜407.00", "年初 column: 1780.00 + 407.00 = 2187.00, total row says 2250.00", "table"),
]


def main():
    labels = []
    for src in SOURCES:
        clean = (CASES / f"{src}-clean.txt").read_text(encoding="utf-8")
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, suf, code, old, new, value, expl, _where) in EDITS:
            if s != src:
                continue
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src}-{suf}: old string occurs {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-{suf}: value not in case: {value!r}")
            (CASES / f"{src}-{suf}.txt").write_text(text, encoding="utf-8")
            labels.append({"case": f"{src}-{suf}.txt", "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for row in labels:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
