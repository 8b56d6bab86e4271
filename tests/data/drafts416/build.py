#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in its clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CASES = ROOT / "cases"

PROJECTS = [
    "hb-jianli-huafeichubei-2020",
    "jx-wannian-jicengshe-2018",
    "ah-wuwei-gxsbumen-2023",
    "ha-shenqiu-nongzichubei-2021",
    "sc-santai-wangdian-2024",
]

# (project, suffix, code, where, old, new, value, explanation)
EDITS = [
    # --- 监利市 (Hubei) 2020 化肥淡季商业储备贴息 ---
    ("hb-jianli-huafeichubei-2020", "e1", "rate_mismatch", "table",
     "198,400.00\t84.07%", "198,400.00\t84.70%", "198,400.00\t84.70%",
     "市级财政资金 row: 198,400.00 / 236,000.00 = 84.07%, stated 84.70%"),
    ("hb-jianli-huafeichubei-2020", "e2", "balance_mismatch", "prose",
     "未支付的3.76万元", "未支付的3.67万元", "未支付的3.67万元",
     "全年预算83.60万元 − 实际支出79.84万元 = 3.76万元 left unpaid, stated 3.67万元"),
    ("hb-jianli-huafeichubei-2020", "e3", "average_mismatch", "prose",
     "平均每家4,166.67吨", "平均每家4,616.67吨", "平均每家4,616.67吨",
     "(6,500 + 3,200 + 2,800) / 3 = 4,166.67吨, stated 4,616.67吨"),
    ("hb-jianli-huafeichubei-2020", "e4", "unit_mismatch", "prose",
     "每吨60元，合计72万元", "每吨60万元，合计72万元", "每吨60万元",
     "15元/吨·月 × 4个月 = 60元 per ton (table: 60元; 1.2万吨 × 60元 = 72万元); the figure carries 万元 instead of 元, off by 10^4"),
    ("hb-jianli-huafeichubei-2020", "e5", "completion_mismatch", "prose",
     "完成任务的104.17%", "完成任务的104.71%", "完成任务的104.71%",
     "1.25万吨 stored / 1.2万吨 task = 104.17%, stated 104.71%"),
    ("hb-jianli-huafeichubei-2020", "e6", "weight_sum_mismatch", "table",
     "有所提升\t8\t7.50", "有所提升\t9\t7.50", "有所提升\t9\t7.50",
     "weights now total 101 (基层网点农资保供能力 8 → 9); the non-execution part is 81, not the 80 the text states"),
    # --- 万年县 (Jiangxi) 2018 基层社恢复重建及村级综合服务社 ---
    ("jx-wannian-jicengshe-2018", "e1", "completion_mismatch", "table",
     "64%\t106.67%", "64%\t116.67%", "64%\t116.67%",
     "村级综合服务社行政村覆盖率: 64% / 60% = 106.67%, stated 116.67%"),
    ("jx-wannian-jicengshe-2018", "e2", "sum_mismatch", "prose",
     "县级配套资金55万元", "县级配套资金45万元", "县级配套资金45万元",
     "省级100万元 + 县级45万元 = 145万元, but the budget they make up is 155万元"),
    ("jx-wannian-jicengshe-2018", "e3", "year_mismatch", "prose",
     "截至2018年12月31日", "截至2017年12月31日", "截至2017年12月31日",
     "a 2018 report states its year-end coverage (80 of 125 villages, 64%) as of 2017-12-31"),
    ("jx-wannian-jicengshe-2018", "e4", "conflicting_values", "prose",
     "全年共建成村级综合服务社22个", "全年共建成村级综合服务社24个", "建成村级综合服务社24个",
     "the self-evaluation table gives 22个 new 村级综合服务社 (and 110% of 20); the text says 24个"),
    ("jx-wannian-jicengshe-2018", "e5", "score_sum_mismatch", "table",
     "已建立\t—\t10\t9", "已建立\t—\t10\t8", "已建立\t—\t10\t8",
     "row scores now add up to 97.66, the table total and the text say 98.66"),
    ("jx-wannian-jicengshe-2018", "e6", "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好", "评价等级为良好",
     "98.66 lies in the 优 band (≥90)"),
    # --- 无为市 (Anhui) 2023 部门整体支出 ---
    ("ah-wuwei-gxsbumen-2023", "e1", "sum_mismatch", "table",
     "基本支出\t3,126,400.00", "基本支出\t3,162,400.00", "基本支出\t3,162,400.00",
     "年初预算数 column: 3,162,400 + 800,000 + 450,000 + 300,000 = 4,712,400 ≠ 资金合计 4,676,400"),
    ("ah-wuwei-gxsbumen-2023", "e2", "average_mismatch", "prose",
     "三个项目平均96.33分", "三个项目平均97.33分", "三个项目平均97.33分",
     "(97 + 98 + 94) / 3 = 96.33, stated 97.33"),
    ("ah-wuwei-gxsbumen-2023", "e3", "score_exceeds_weight", "table",
     "稳步提升\t10\t9.7", "稳步提升\t10\t10.1", "稳步提升\t10\t10.1",
     "基层社规范化建设水平 scored 10.1 against a weight of 10 (rows now add up to 99.4, still the whole-point total 99)"),
    ("ah-wuwei-gxsbumen-2023", "e4", "implausible_rate", "table",
     "≥95%\t97.5%", "≥95%\t107.5%", "≥95%\t107.5%",
     "项目资金拨付及时率 of 107.5%: a share of payments cannot exceed 100%"),
    ("ah-wuwei-gxsbumen-2023", "e5", "year_mismatch", "prose",
     "均已结转至2024年", "均已结转至2023年", "均已结转至2023年",
     "money left over from the 2023 budget is carried over to 2023 itself"),
    ("ah-wuwei-gxsbumen-2023", "e6", "unit_mismatch", "table",
     "≤6.5万元\t5.82万元", "≤6.5万元\t89.54%", "≤6.5万元\t89.54%",
     "“三公”经费 target in 万元, actual given as a percentage"),
    # --- 沈丘县 (Henan) 2021 县级化肥农药储备 ---
    ("ha-shenqiu-nongzichubei-2021", "e1", "score_exceeds_weight", "table",
     "48吨\t6\t5.8", "48吨\t6\t6.2", "48吨\t6\t6.2",
     "农药储备量 scored 6.2 against a weight of 6 (rows now add up to 95.4, still the whole-point total 95)"),
    ("ha-shenqiu-nongzichubei-2021", "e2", "rate_mismatch", "prose",
     "县级拨款执行率95.93%", "县级拨款执行率95.39%", "县级拨款执行率95.39%",
     "当年县级财政拨款 825,000 / 860,000 = 95.93%, stated 95.39%"),
    ("ha-shenqiu-nongzichubei-2021", "e3", "balance_mismatch", "prose",
     "结余3.50万元", "结余3.05万元", "结余3.05万元",
     "全年预算92万元 − 全年支出88.5万元 = 3.50万元, stated 3.05万元"),
    ("ha-shenqiu-nongzichubei-2021", "e4", "conflicting_values", "table",
     "≥1.2万吨\t1.26万吨", "≥1.2万吨\t1.62万吨", "≥1.2万吨\t1.62万吨",
     "the text gives 春季实际储备化肥1.26万吨 (600吨 over the 1.2万吨 task); the table says 1.62万吨"),
    ("ha-shenqiu-nongzichubei-2021", "e5", "year_mismatch", "prose",
     "县财政于2021年3月下达", "县财政于2022年3月下达", "县财政于2022年3月下达",
     "the 2021 county appropriation is said to be issued in March 2022, after the budget year"),
    ("ha-shenqiu-nongzichubei-2021", "e6", "implausible_rate", "prose",
     "种粮大户满意度97.3%", "种粮大户满意度107.3%", "种粮大户满意度107.3%",
     "a satisfaction rate above 100%"),
    # --- 三台县 (Sichuan) 2024 基层供销社网点建设 ---
    ("sc-santai-wangdian-2024", "e1", "rate_mismatch", "table",
     "2,240,000.00\t—\t84.85%", "2,240,000.00\t—\t88.45%", "2,240,000.00\t—\t88.45%",
     "财政资金 row: 2,240,000 / 2,640,000 = 84.85%, stated 88.45%"),
    ("sc-santai-wangdian-2024", "e2", "weight_sum_mismatch", "table",
     "较为健全\t9\t8", "较为健全\t10\t8", "较为健全\t10\t8",
     "indicator weights now add up to 91 (with the 10 execution points 101) while the table states 90 and 100"),
    ("sc-santai-wangdian-2024", "e3", "grade_mismatch", "table",
     "评价等级\t优", "评价等级\t良", "评价等级\t良",
     "总分 91.36 lies in the 优 band (≥90)"),
    ("sc-santai-wangdian-2024", "e4", "score_sum_mismatch", "table",
     "较为健全\t9\t8", "较为健全\t9\t7.5", "较为健全\t9\t7.5",
     "indicator scores now add up to 82.09 (+ 8.77 = 90.86); the table states 82.59 and 91.36"),
    ("sc-santai-wangdian-2024", "e5", "conflicting_values", "prose",
     "新建的22个村级站", "新建的25个村级站", "新建的25个村级站",
     "22 村级综合服务站 were built (text: 27个建成22个; table 实际完成值 22); this sentence says 25"),
    ("sc-santai-wangdian-2024", "e6", "unit_mismatch", "prose",
     "按每站20,000元补助15个", "按每站20,000万元补助15个", "每站20,000万元",
     "the per-station subsidy is 20,000元 (= 2万元, table cost row; 15 × 2万元 = 30万元 of the 240万元); written with 万元 it is off by 10^4"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean = (CASES / f"{pid}-clean.txt").read_text(encoding="utf-8")
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, suf, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{pid}-{suf}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{pid}-{suf}: value not in error case: {value!r}")
            (CASES / f"{pid}-{suf}.txt").write_text(text, encoding="utf-8")
            labels.append({"case": f"{pid}-{suf}.txt", "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(ROOT / "labels.jsonl", "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
