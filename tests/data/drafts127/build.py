#!/usr/bin/env python3
"""Build the n127 error cases and labels.jsonl from the clean drafts.

Each edit is (case suffix, code, old, new, value, explanation): `old` must occur exactly once in the
clean draft and is replaced by `new`; `value` must occur in the resulting case and contain the changed figure.
Run from any directory:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "nanbu-legalaid-2022",
    "hongan-publicinterest-2023",
    "taihe-justice-2021",
    "lianshui-courtit-2024",
    "wuxiang-mediation-2019",
]

EDITS = {
    "nanbu-legalaid-2022": [
        ("e1", "sum_mismatch",
         "省级补助18.50万元", "省级补助18.05万元",
         "年初预算68.00万元，其中中央补助24.00万元、省级补助18.05万元、县级配套25.50万元",
         "24.00 + 18.05 + 25.50 = 67.55, stated total 68.00 (省级 18.50 mistyped)"),
        ("e2", "unit_mismatch",
         "值班律师补贴9.60万元", "值班律师补贴96000万元",
         "96000万元",
         "400元 × 20人 × 12月 = 96000元 = 9.60万元, written with the unit 万元: off by 10^4; "
         "58.26 + 9.60 + 4.00 = 71.86 only holds after rescaling"),
        ("e3", "score_exceeds_weight",
         "｜1086｜15｜15｜\n产出指标｜数量指标｜法律咨询接待人次｜≥｜8000｜人次｜9342｜10｜10｜",
         "｜1086｜15｜16｜\n产出指标｜数量指标｜法律咨询接待人次｜≥｜8000｜人次｜9342｜10｜9｜",
         "1086｜15｜16",
         "办理法律援助案件数 score 16 above its weight 15 (the next row lowered to 9 so the total still reads 99.11)"),
        ("e4", "balance_mismatch",
         "年末结余2.54万元", "年末结余2.45万元",
         "结余2.45万元",
         "全年预算 74.40, all arrived, spent 71.86: balance 2.54, stated 2.45"),
        ("e5", "conflicting_values",
         "受援人满意度为96.8%", "受援人满意度为98.6%",
         "受援人满意度为98.6%",
         "the same satisfaction survey is 96.8 (%) in the 自评表 row 受援人满意度"),
        ("e6", "score_sum_mismatch",
         "效益指标19.53分", "效益指标19.35分",
         "效益指标19.35分、满意度指标10分，自评总得分99.11分",
         "9.66 + 59.92 + 19.35 + 10 = 98.93, stated total 99.11 (table rows give 效益 9.53 + 10 = 19.53)"),
    ],
    "hongan-publicinterest-2023": [
        ("e1", "rate_mismatch",
         "45.15｜—｜92.14%", "45.15｜—｜92.41%",
         "45.15｜—｜92.41%",
         "当年财政拨款 row: 45.15 / 49.00 = 92.14%, stated 92.41%"),
        ("e2", "implausible_rate",
         "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100%｜—",
         "其他资金｜0.00｜0.00｜0.00｜—｜100%",
         "execution rate 100% printed on a zero budget (其他资金 0.00 / 0.00)"),
        ("e3", "weight_sum_mismatch",
         "12个工作日｜5｜5｜", "12个工作日｜6｜5｜",
         "检测报告出具时限｜≤15个工作日｜12个工作日｜6｜5",
         "weights now 10 + 51 + 30 + 10 = 101 against the 合计 100 (时效 weight 5 typed as 6)"),
        ("e4", "year_mismatch",
         "已按规定结转至2024年继续使用", "已按规定结转至2023年继续使用",
         "结转至2023年",
         "the unspent 3.85万元 of the 2023 budget cannot be carried over to 2023 itself"),
        ("e5", "sum_mismatch",
         "办案差旅及交通费8.47万元", "办案差旅及交通费8.74万元",
         "全年实际支出48.95万元，预算执行率92.71%。分用途看，线索调查取证及鉴定检测费21.36万元，"
         "快速检测设备购置12.60万元，办案差旅及交通费8.74万元",
         "21.36 + 12.60 + 8.74 + 6.52 = 49.22, stated total spending 48.95"),
        ("e6", "average_mismatch",
         "平均每组11.5件", "平均每组12.5件",
         "平均每组12.5件",
         "(13 + 12 + 11 + 10) / 4 = 11.5, stated 12.5"),
    ],
    "taihe-justice-2021": [
        ("e1", "grade_mismatch",
         "评价等级为良。", "评价等级为优。",
         "评价等级为优",
         "total 89.56 is in the 良 band (80 ≤ s < 90)"),
        ("e2", "score_sum_mismatch",
         "84.2%｜10｜8.86｜", "84.2%｜10｜8.68｜",
         "84.2%｜10｜8.68｜问题回应不及时\n合计｜｜｜｜｜100｜89.56",
         "row scores now add to 89.38 (9.82 + 49.04 + 21.84 + 8.68), stated 合计 89.56"),
        ("e3", "rate_mismatch",
         "执行率95.07%", "执行率95.70%",
         "执行率95.70%",
         "社区矫正专项经费 65.12 / 68.50 = 95.07%, stated 95.70%"),
        ("e4", "conflicting_values",
         "全年办理法律援助案件1624件", "全年办理法律援助案件1642件",
         "全年办理法律援助案件1642件",
         "the 自评表 row 办理法律援助案件数 gives 1624件"),
        ("e5", "year_mismatch",
         "预算年度｜2021年", "预算年度｜2020年",
         "预算年度｜2020年",
         "the table claims budget year 2020 in the 2021 department report"),
        ("e6", "average_mismatch",
         "季度平均接收108.5人", "季度平均接收105.8人",
         "季度平均接收105.8人",
         "(98 + 121 + 107 + 108) / 4 = 108.5, stated 105.8"),
    ],
    "lianshui-courtit-2024": [
        ("e1", "completion_mismatch",
         "9826件｜109.18%", "9826件｜109.81%",
         "9826件｜109.81%",
         "9826 / 9000 = 109.18%, stated 109.81%"),
        ("e2", "unit_mismatch",
         "=9条｜9条｜100.00%", "=9条｜100%｜100.00%",
         "=9条｜100%",
         "target is a count of lines (条), actual written as a percentage"),
        ("e3", "score_exceeds_weight",
         "14个｜100.00%｜8｜8｜\n产出指标｜数量指标｜电子卷宗随案生成案件数｜≥9000件｜9826件｜109.18%｜8｜8｜",
         "14个｜100.00%｜7｜8｜\n产出指标｜数量指标｜电子卷宗随案生成案件数｜≥9000件｜9826件｜109.18%｜9｜8｜",
         "=14个｜14个｜100.00%｜7｜8",
         "科技法庭运维数量 score 8 above its weight 7 (next row's weight raised to 9 so the weights still add to 100)"),
        ("e4", "balance_mismatch",
         "项目结余9.12万元", "项目结余9.21万元",
         "项目结余9.21万元",
         "172.50 − 163.38 = 9.12, stated 9.21"),
        ("e5", "conflicting_values",
         "全年对14个科技法庭", "全年对16个科技法庭",
         "全年对16个科技法庭",
         "the court has 14 科技法庭 (6 + 8) in 项目概况 and 14个 in the 自评表"),
        ("e6", "sum_mismatch",
         "其中：当年财政拨款｜186.00", "其中：当年财政拨款｜168.00",
         "年度资金总额｜186.00｜172.50｜163.38｜10｜94.71%｜9.47\n其中：当年财政拨款｜168.00",
         "年初预算 column: 168.00 + 0.00 + 0.00 = 168.00, stated 年度资金总额 186.00"),
    ],
    "wuxiang-mediation-2019": [
        ("e1", "completion_mismatch",
         "93.4%｜103.78%", "93.4%｜103.87%",
         "93.4%｜103.87%",
         "93.4 / 90 = 103.78%, stated 103.87%"),
        ("e2", "rate_mismatch",
         "1.12｜91.67｜87.93", "1.12｜91.67｜87.39",
         "26.38｜1.12｜91.67｜87.39",
         "县级财政 (7)=(4)/(2): 26.38 / 30.00 = 87.93, stated 87.39"),
        ("e3", "weight_sum_mismatch",
         "368人次｜92.00%｜8｜7.36", "368人次｜92.00%｜9｜7.36",
         "368人次｜92.00%｜9｜7.36",
         "weights now add to 101 against the 合计 100 (调解员培训人次 weight 8 typed as 9)"),
        ("e4", "grade_mismatch",
         "评价等级为优秀", "评价等级为良好",
         "评价等级为良好",
         "total 97.48 is in the 优 band (≥ 90)"),
        ("e5", "implausible_rate",
         "调解协议自动履行率98.3%", "调解协议自动履行率103.5%",
         "自动履行率103.5%",
         "a performance rate of agreements cannot exceed 100% (103.5% is 98.3 / 95, the completion against target)"),
        ("e6", "completion_mismatch",
         "完成率83.33%", "完成率88.33%",
         "完成率88.33%",
         "10 built of 12 planned = 83.33%, stated 88.33%"),
    ],
}


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for suffix, code, old, new, value, expl in EDITS[src]:
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src}-{suffix}: old text occurs {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{src}-{suffix}: value not in case: {value!r}")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
