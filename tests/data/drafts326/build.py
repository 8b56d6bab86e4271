#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft lives in cases/<id>-clean.txt.  EDITS lists, per project, six
single-slip edits: an exact old -> new replacement that must match exactly once
in the clean draft, the error code, the label value (an exact substring of the
error case that contains the changed figure), where the slip sits (prose/table),
the figure that was changed (used by verify.py to check that the figure is stated
only once, or exactly twice for conflicting_values) and a short explanation.

Run:  python3 build.py   (standard library only)
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"

PROJECTS = [
    "sx-wuzhai-yifeichuzhi-2020",
    "sc-qingchuan-weishengyuan-2023",
    "gz-jiangkou-yiyuanwushui-2022",
    "hb-hefeng-ganfangwuzi-2024",
    "fj-yunxiao-xianyiyuan-bumen-2018",
]

# (project, code, where, old, new, value, figure, explanation)
EDITS = {
    "sx-wuzhai-yifeichuzhi-2020": [
        ("rate_mismatch", "table",
         "\t0\n\t77.87\n", "\t0\n\t78.77\n", "78.77", "77.87",
         "funds table row (7)=(4)/(2), 省级 column: 23.36/30.00 = 77.87%, printed 78.77"),
        ("completion_mismatch", "table",
         "109.20%", "102.90%", "102.90%", "109.20",
         "附件1 集中处置医疗废物量: 163.8吨 / ≥150吨 = 109.20%, printed 102.90%"),
        ("weight_sum_mismatch", "table",
         "医疗废物收运处置长效机制\n\t8\n", "医疗废物收运处置长效机制\n\t9\n",
         "医疗废物收运处置长效机制\n\t9", "医疗废物收运处置长效机制\n\t8\n",
         "附件1 weights now add up to 101 (10+12+10+10+8+10+10+12+9+10) against the 合计 100; the qualitative row keeps score 8 (within the achieved band of 9)"),
        ("balance_mismatch", "prose",
         "节约资金3.76万元", "节约资金3.67万元", "节约资金3.67万元", "3.76",
         "周转箱采购预算12.00万元 − 中标金额8.24万元 = 3.76万元, stated 3.67"),
        ("year_mismatch", "prose",
         "结转至2021年", "结转至2020年", "结转至2020年", "结转至2021年",
         "the unspent provincial money of the 2020 budget is said to be carried over to 2020 itself; carry-over goes to a later year"),
        ("unit_mismatch", "prose",
         "改造支出43600元", "改造支出43600万元", "43600万元", "43600",
         "县级资金56.80万元 = 52.44万元 + 4.36万元 (43600元); the amount is now labelled 万元 (off by 10^4), which alone breaks the sum"),
    ],
    "sc-qingchuan-weishengyuan-2023": [
        ("sum_mismatch", "table",
         "其中：财政资金\t180.00", "其中：财政资金\t168.00", "财政资金\t168.00", "180.00",
         "自评表 年初预算数 column: 年度资金总额 200.00 ≠ 财政资金 168.00 + 财政专户 0.00 + 单位资金 20.00 + 其他 0.00 = 188.00"),
        ("score_exceeds_weight", "table",
         "512\t7.5\t7.5", "512\t7.5\t7.8", "512\t7.5\t7.8", "512\t7.5\t7.5",
         "配置分类垃圾桶及医废周转箱: 得分 7.8 above 分值 7.5 (the sum of row scores, 99.23, still rounds to the stated whole total 99)"),
        ("implausible_rate", "table",
         "\t93.2\t", "\t103.2\t", "103.2", "93.2",
         "污水处理设施出水达标率 actual 103.2% — a compliance rate cannot exceed 100%"),
        ("conflicting_values", "prose",
         "暂存间14间", "暂存间16间", "暂存间16间", "14",
         "prose says 16 暂存间 were built or rebuilt, the 自评表 actual value of the same indicator is 14"),
        ("score_sum_mismatch", "prose",
         "综合自评得分99分", "综合自评得分97分", "自评得分97分", "99分",
         "execution 9.65 + indicator scores 89.28 = 98.93, which rounds to 99, stated 97"),
        ("grade_mismatch", "prose",
         "评价等级为优秀", "评价等级为良好", "评价等级为良好", "优秀",
         "a total of 99 is in the 优 band (90–100), stated 良好"),
    ],
    "gz-jiangkou-yiyuanwushui-2022": [
        ("rate_mismatch", "prose",
         "到位率97.32%", "到位率97.23%", "到位率97.23%", "97.32",
         "到位 163.50 / 全年预算 168 = 97.32%, stated 97.23%"),
        ("average_mismatch", "prose",
         "平均32.67万元", "平均32.76万元", "平均32.76万元", "32.67",
         "(46.80 + 32.50 + 18.70) / 3 = 98.00 / 3 = 32.67, stated 32.76"),
        ("conflicting_values", "prose",
         "新增日处理能力275吨，", "新增日处理能力257吨，", "日处理能力257吨", "275",
         "prose gives the new daily capacity as 257吨, 附件1 gives 275吨/日 for the same indicator (and the cost per ton 5792元 follows from 275)"),
        ("unit_mismatch", "table",
         "<td>≥9家</td><td>9家</td>", "<td>≥9家</td><td>100%</td>", "≥9家</td><td>100%", "<td>9家</td>",
         "完成提标改造的医疗机构数: target in 家, actual written as a percentage; completion cannot be computed"),
        ("implausible_rate", "table",
         "<td>其他资金</td><td>0.00</td><td>0.00</td><td>0.00</td><td>—</td><td>—</td>",
         "<td>其他资金</td><td>0.00</td><td>0.00</td><td>0.00</td><td>—</td><td>100%</td>",
         "<td>0.00</td><td>—</td><td>100%</td>",
         "其他资金</td><td>0.00</td><td>0.00</td><td>0.00</td><td>—</td><td>—</td>",
         "其他资金 row: 全年预算数 0.00 yet 执行率 100% — a rate on a zero base"),
        ("score_sum_mismatch", "table",
         "<td>97.66</td>", "<td>96.76</td>", "96.76", "97.66",
         "9.48 + 15 + 10 + 10 + 4.44 + 10 + 10 + 9 + 10 + 9.74 = 97.66, 总分 printed 96.76"),
    ],
    "hb-hefeng-ganfangwuzi-2024": [
        ("sum_mismatch", "prose",
         "环境消毒用品18.36万元", "环境消毒用品18.63万元", "消毒用品18.63万元", "18.36",
         "县级资金85.00 ≠ 20.74 + 31.50 + 18.63 + 14.40 = 85.27"),
        ("year_mismatch", "prose",
         "结转至2025年", "结转至2024年", "结转至2024年", "结转至2025年",
         "the unspent part of the 2024 budget is said to be carried over to 2024 itself"),
        ("grade_mismatch", "prose",
         "评价等级为“优”", "评价等级为“良”", "评价等级为“良”", "“优”",
         "a total of 96 is in the 优 band (90–100), stated 良"),
        ("balance_mismatch", "table",
         "118.60 6.40 94.88%", "118.60 4.60 94.88%", "118.60 4.60", "6.40",
         "表1: 实际到位 125.00 − 实际支出 118.60 = 6.40, 结余资金 printed 4.60"),
        ("score_exceeds_weight", "table",
         "136人次 7.5", "136人次 7.8", "136人次 7.8", "136人次 7.5",
         "院感监测人员培训: 得分 7.8 above 权重 7.5 (row scores now sum to 96.37, which still rounds to the stated 96)"),
        ("weight_sum_mismatch", "table",
         "院感防控长效机制 15 健全", "院感防控长效机制 16 健全", "长效机制 16", "长效机制 15",
         "表2 weights now add up to 101 (20 + 40 + 41) against 合计 100; the qualitative row keeps 15 of 16 (achieved band)"),
    ],
    "fj-yunxiao-xianyiyuan-bumen-2018": [
        ("average_mismatch", "prose",
         "平均91.33分", "平均91.83分", "平均91.83分", "91.33",
         "(94 + 92 + 88) / 3 = 91.33, stated 91.83"),
        ("conflicting_values", "prose",
         "全年186.4吨", "全年168.4吨", "全年168.4吨", "186.4",
         "prose gives 168.4吨 of medical waste handed over, 表3 gives 186.4吨 for the same quantity (and 103.56% = 186.4/180)"),
        ("completion_mismatch", "prose",
         "1320份的105%", "1320份的115%", "1320份的115%", "105%",
         "1386 / 1320 = 105%, stated 115%"),
        ("rate_mismatch", "table",
         "98.30｜78.02%", "98.30｜87.02%", "98.30｜87.02%", "78.02",
         "表2 污水处理站改造: 98.30 / 126.00 = 78.02%, printed 87.02%"),
        ("sum_mismatch", "table",
         "其他收入｜450.53", "其他收入｜405.53", "其他收入｜405.53", "450.53",
         "表1: 3286.40 + 33105.72 + 405.53 = 36797.65 ≠ 收入合计 36842.65"),
        ("completion_mismatch", "table",
         "106.89%", "108.69%", "108.69%", "106.89",
         "表3 门急诊人次: 40.62 / 38 = 106.89%, printed 108.69%"),
    ],
}


def build():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = (CASES / clean_name).read_text(encoding="utf-8")
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        edits = EDITS[pid]
        assert len(edits) == 6, pid
        for i, (code, where, old, new, value, figure, expl) in enumerate(edits, 1):
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{pid} e{i}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{pid} e{i}: label value not in error case: {value!r}")
            name = f"{pid}-e{i}.txt"
            (CASES / name).write_text(text, encoding="utf-8")
            labels.append({
                "case": name, "source": pid, "clean": False,
                "expected": [{"code": code, "severity": "error", "value": value,
                              "explanation": expl}],
            })
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if r['clean'])} clean)")


if __name__ == "__main__":
    build()
