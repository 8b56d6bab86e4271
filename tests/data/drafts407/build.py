#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is the substring of the error case that carries the slip (it contains the changed figure).
Run:  python3 build.py && python3 verify.py
"""
import json
import os

ROOT = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(ROOT, "cases")

SOURCES = [
    "hl-raohe-heifeng-2019",
    "xj-gongliu-heifeng-2021",
    "sc-xiaojin-zhongfeng-2022",
    "sn-foping-zhongfeng-2024",
    "ha-changge-xumuzhongxin-2023",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 饶河 2019 (MOF table with funds block) ----
    ("hl-raohe-heifeng-2019", 1, "score_sum_mismatch", "prose",
     "产出指标得49.5分", "产出指标得48.5分", "产出指标得48.5分",
     "the 产出 rows of the table score 10+10+5+4.5+10+5+5 = 49.5, and 9.66 + 48.5 + 30 + 10 = 98.16, not the stated 合计99.16分"),
    ("hl-raohe-heifeng-2019", 2, "sum_mismatch", "prose",
     "保种场运行维护38.42万元", "保种场运行维护36.42万元", "保种场运行维护36.42万元",
     "61.80 + 8.60 + 36.42 + 6.50 + 16.50 = 129.82, not the 131.82万元 spent"),
    ("hl-raohe-heifeng-2019", 3, "implausible_rate", "table",
     "≥95%\t97.5%", "≥95%\t107.5%", "107.5%",
     "a 合格率 (share of samples passing the purity test) cannot exceed 100%"),
    ("hl-raohe-heifeng-2019", 4, "unit_mismatch", "table",
     "2019年11月30日前\t2019年11月25日", "2019年11月30日前\t100%", "2019年11月30日前\t100%",
     "the target is a date, the actual a percentage: completion cannot be computed"),
    ("hl-raohe-heifeng-2019", 5, "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好", "评价等级为良好",
     "99.16 is in the 优 band (90 and above)"),
    ("hl-raohe-heifeng-2019", 6, "conflicting_values", "table",
     "≥1700吨\t1798.5吨", "≥1700吨\t1789.5吨", "1789.5吨",
     "the table gives the 2019 honey output as 1789.5吨, the text as 1798.5吨 (and 1798.5 − 1652 = 146.5, 57.64公斤 per 群 follow from 1798.5)"),

    # ---- 巩留 2021 (table with 完成率 and subtotals) ----
    ("xj-gongliu-heifeng-2021", 1, "balance_mismatch", "prose",
     "年末结余7.65万元", "年末结余6.75万元", "结余6.75万元",
     "到位 180 − 支出 172.35 = 7.65万元"),
    ("xj-gongliu-heifeng-2021", 2, "year_mismatch", "prose",
     "已全部结转至2022年", "已全部结转至2021年", "结转至2021年",
     "money left at the end of 2021 cannot be carried over to 2021 itself"),
    ("xj-gongliu-heifeng-2021", 3, "completion_mismatch", "table",
     "1536群\t102.40%", "1536群\t104.20%", "104.20%",
     "1536 / 1500 = 102.40%"),
    ("xj-gongliu-heifeng-2021", 4, "score_sum_mismatch", "table",
     "产出指标小计\t\t\t\t\t\t50\t49.6", "产出指标小计\t\t\t\t\t\t50\t49.8", "产出指标小计\t\t\t\t\t\t50\t49.8",
     "the 产出 rows score 10+8+7+5+10+4.6+5 = 49.6; with 49.8 the 合计 would be 99.21, not 99.01"),
    ("xj-gongliu-heifeng-2021", 5, "average_mismatch", "prose",
     "平均每群产蜜36.02公斤", "平均每群产蜜38.02公斤", "平均每群产蜜38.02公斤",
     "886.2吨 / 2.46万群 = 886200公斤 / 24600群 = 36.02公斤"),
    ("xj-gongliu-heifeng-2021", 6, "implausible_rate", "prose",
     "满意率为96.2%", "满意率为106.2%", "满意率为106.2%",
     "a satisfaction rate cannot exceed 100%"),

    # ---- 小金 2022 (Sichuan table 10 + 90) ----
    ("sc-xiaojin-zhongfeng-2022", 1, "sum_mismatch", "table",
     "资金总额\t97.00", "资金总额\t79.00", "资金总额\t79.00",
     "年初预算 column: 85.00 + 0.00 + 0.00 + 12.00 = 97.00, stated 79.00"),
    ("sc-xiaojin-zhongfeng-2022", 2, "weight_sum_mismatch", "table",
     "826\t15\t15", "826\t16\t15", "826\t16\t15",
     "weights now total 16+15+10+10+5+5+10+10+10 = 91 plus 10 for execution = 101, against 合计100"),
    ("sc-xiaojin-zhongfeng-2022", 3, "conflicting_values", "prose",
     "核心群826群", "核心群862群", "核心群862群",
     "the text gives 862 core colonies, the table 826"),
    ("sc-xiaojin-zhongfeng-2022", 4, "average_mismatch", "prose",
     "平均每群产蜜11.26公斤", "平均每群产蜜11.62公斤", "平均每群产蜜11.62公斤",
     "106.1吨 / 9420群 = 106100公斤 / 9420 = 11.26公斤"),
    ("sc-xiaojin-zhongfeng-2022", 5, "year_mismatch", "table",
     "项目支出绩效自评表（2022年度）", "项目支出绩效自评表（2021年度）", "项目支出绩效自评表（2021年度）",
     "the report and all its budget sentences are for 2022; the attached table claims 2021"),
    ("sc-xiaojin-zhongfeng-2022", 6, "rate_mismatch", "prose",
     "执行率86.56%", "执行率88.56%", "执行率88.56%",
     "county funds 21.64 / 25 = 86.56%"),

    # ---- 佛坪 2024 (funds table with formulas, 完成率 table) ----
    ("sn-foping-zhongfeng-2024", 1, "balance_mismatch", "prose",
     "年末结余18.80万元", "年末结余18.08万元", "年末结余18.08万元",
     "到位 224.00 − 支出 205.20 = 18.80万元"),
    ("sn-foping-zhongfeng-2024", 2, "rate_mismatch", "table",
     "205.20\t97.39%", "205.20\t93.79%", "93.79%",
     "到位率 (4)=(2)/(1) = 224.00 / 230.00 = 97.39%"),
    ("sn-foping-zhongfeng-2024", 3, "completion_mismatch", "table",
     "88%\t92.63%", "88%\t93.26%", "93.26%",
     "≥95% target, 88% actual: 88 / 95 = 92.63%"),
    ("sn-foping-zhongfeng-2024", 4, "score_exceeds_weight", "prose",
     "袁家庄街道得96分", "袁家庄街道得106分", "袁家庄街道得106分",
     "the town assessment is on a 100-point scale (按百分制); 106 exceeds the maximum"),
    ("sn-foping-zhongfeng-2024", 5, "grade_mismatch", "prose",
     "评价等级为良好", "评价等级为优秀", "评价等级为优秀",
     "88.71 is in the 良 band (80 to below 90)"),
    ("sn-foping-zhongfeng-2024", 6, "conflicting_values", "prose",
     "产中蜂蜜315.6吨", "产中蜂蜜351.6吨", "产中蜂蜜351.6吨",
     "the overview gives 351.6吨 for 2024 honey output, the 效益 section and the table 315.6吨"),

    # ---- 长葛 2023 (department overall) ----
    ("ha-changge-xumuzhongxin-2023", 1, "score_exceeds_weight", "table",
     "100.00%\t98\t优秀", "100.00%\t108\t优秀", "108\t优秀",
     "projects are self-scored on a 100-point scale (按百分制); 108 exceeds the maximum"),
    ("ha-changge-xumuzhongxin-2023", 2, "weight_sum_mismatch", "table",
     "99.1%\t10\t10", "99.1%\t12\t10", "99.1%\t12\t10",
     "weights now sum to 102, against 合计100"),
    ("ha-changge-xumuzhongxin-2023", 3, "grade_mismatch", "table",
     "89.23%\t88\t良好", "89.23%\t88\t优秀", "88\t优秀",
     "a score of 88 is in the 良 band, not 优秀"),
    ("ha-changge-xumuzhongxin-2023", 4, "sum_mismatch", "table",
     "公用经费\t71.10", "公用经费\t77.10", "公用经费\t77.10",
     "budget column: 人员经费 765.30 + 公用经费 77.10 = 842.40, but 基本支出 is 836.40"),
    ("ha-changge-xumuzhongxin-2023", 5, "rate_mismatch", "table",
     "41.25\t91.67%", "41.25\t96.17%", "96.17%",
     "41.25 / 45.00 = 91.67%"),
    ("ha-changge-xumuzhongxin-2023", 6, "unit_mismatch", "prose",
     "按每台800元标准", "按每台800万元标准", "每台800万元",
     "800元 per machine written as 万元: 450 × 800万元 would be 360000万元, while the text says 计36万元 (450 × 800元 = 36万元)"),
]


def main():
    labels = []
    seen = set()
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            assert (s, n) not in seen, (s, n)
            seen.add((s, n))
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{s}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{s}-e{n}: value not in case: {value!r}")
            name = f"{s}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": s, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(EDITS)} with errors)")


if __name__ == "__main__":
    main()
