#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in its clean draft;
each error case carries exactly one edit (one contiguous place). Run:  python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "ha-xichuan-xiaoche-2020",
    "jx-anfu-xiaocheyunying-2022",
    "sx-daning-xiaochebuzhu-2018",
    "hn-chengbu-xiaoche-2021",
    "nm-zhalute-xiaochezhongxin-bumen-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- ha-xichuan-xiaoche-2020 (河南淅川县教育局) ----
    ("ha-xichuan-xiaoche-2020", 1, "average_mismatch", "prose",
     "学生满意度96.1%", "学生满意度96.7%", "学生满意度96.7%",
     "(96.7 + 94.7) / 2 = 95.7%, but the sentence states 两项平均满意度95.4%"),
    ("ha-xichuan-xiaoche-2020", 2, "completion_mismatch", "table",
     "98.85%\t104.05%", "98.85%\t104.50%", "98.85%\t104.50%",
     "校车准点率: actual 98.85% / target 95% = 104.05%, stated 完成率 104.50%"),
    ("ha-xichuan-xiaoche-2020", 3, "balance_mismatch", "prose",
     "形成结余4.75万元", "形成结余4.57万元", "结余4.57万元",
     "278.00 - 273.25 = 4.75万元 (also 培训费 8.00 - 3.25 = 4.75), stated 4.57万元"),
    ("ha-xichuan-xiaoche-2020", 4, "score_exceeds_weight", "table",
     "105.26%\t8\t8\t\n\t\t日均接送学生人数\t≥4000人\t4216人\t105.40%\t8\t8",
     "105.26%\t8\t9\t\n\t\t日均接送学生人数\t≥4000人\t4216人\t105.40%\t8\t7",
     "105.26%\t8\t9",
     "开通校车线路: score 9 above its weight 8 (the next row was lowered to 7, so the total still reads 98.83)"),
    ("ha-xichuan-xiaoche-2020", 5, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 98.83 lies in the 优 band (90 <= s <= 100), not 良"),
    ("ha-xichuan-xiaoche-2020", 6, "weight_sum_mismatch", "table",
     "驾驶员持证上岗率\t=100%\t100%\t100.00%\t6\t6",
     "驾驶员持证上岗率\t=100%\t100%\t100.00%\t7\t6",
     "100.00%\t7\t6",
     "驾驶员持证上岗率 weight raised 6 -> 7: the 分值 column now sums to 101 while 合计 says 100"),

    # ---- jx-anfu-xiaocheyunying-2022 (江西安福县交通运输局) ----
    ("jx-anfu-xiaocheyunying-2022", 1, "rate_mismatch", "table",
     "≥98%\t99.69%", "≥98%\t99.96%", "99.96%",
     "运行计划完成率 = 实际运行 17,226 / 计划 17,280 趟次 = 99.69%, table states 99.96%"),
    ("jx-anfu-xiaocheyunying-2022", 2, "unit_mismatch", "table",
     "安全运行率\t=100%\t100%", "安全运行率\t=100%\t17226趟次", "=100%\t17226趟次",
     "安全运行率 target is a percentage, actual filled in as a trip count (趟次)"),
    ("jx-anfu-xiaocheyunying-2022", 3, "conflicting_values", "prose",
     "全年兑付补助资金270.66万元", "全年兑付补助资金207.66万元", "207.66万元",
     "the year's payments are 270.66万元 in 资金支出情况 (198.66 + 57.60 + 14.40, 执行率98.93%); 五、自评结论 restates them as 207.66万元"),
    ("jx-anfu-xiaocheyunying-2022", 4, "completion_mismatch", "prose",
     "完成目标值的105.60%", "完成目标值的106.50%", "完成目标值的106.50%",
     "日均接送学生 3,168 / target 3,000 = 105.60%, stated 106.50%"),
    ("jx-anfu-xiaocheyunying-2022", 5, "sum_mismatch", "prose",
     "县级配套19.20万元", "县级配套19.02万元", "县级配套19.02万元",
     "燃油补贴 57.60 = 中央 38.40 + 县级配套; 38.40 + 19.02 = 57.42"),
    ("jx-anfu-xiaocheyunying-2022", 6, "score_sum_mismatch", "table",
     "86.5%\t10\t9.61", "86.5%\t10\t9.16", "86.5%\t10\t9.16",
     "row scores now add up to 99.05 while 合计 (and the text) say 99.50"),

    # ---- sx-daning-xiaochebuzhu-2018 (山西大宁县教育科技局) ----
    ("sx-daning-xiaochebuzhu-2018", 1, "rate_mismatch", "table",
     "0\t96.22\t100\t0", "0\t96.62\t100\t0", "96.62",
     "funds table row (7) 县区级: 121.24 / 126.00 = 96.22%, stated 96.62"),
    ("sx-daning-xiaochebuzhu-2018", 2, "sum_mismatch", "table",
     "(1)\t186.00", "(1)\t168.00", "(1)\t168.00",
     "row (1) 年初预算资金: 年度总金额 should be 财政资金小计 186.00 + 上年结转 0 + 其他 0 = 186.00 (also 28 x (5 + 1.5) + 4 = 186)"),
    ("sx-daning-xiaochebuzhu-2018", 3, "grade_mismatch", "prose",
     "属于“优秀”", "属于“良好”", "属于“良好”",
     "total 99.51 is in the 优 band, not 良好"),
    ("sx-daning-xiaochebuzhu-2018", 4, "implausible_rate", "prose",
     "乘车学生满意度96.8%", "乘车学生满意度106.8%", "乘车学生满意度106.8%",
     "a satisfaction rate cannot exceed 100%"),
    ("sx-daning-xiaochebuzhu-2018", 5, "completion_mismatch", "table",
     "1372人\t105.54%", "1372人\t105.45%", "1372人\t105.45%",
     "日均接送农村学生人数 1372 / 1300 = 105.54%, stated 105.45%"),
    ("sx-daning-xiaochebuzhu-2018", 6, "year_mismatch", "prose",
     "结转至2019年统筹使用", "结转至2018年统筹使用", "结转至2018年",
     "money left over from the 2018 budget cannot be carried over to 2018 itself; it goes to 2019"),

    # ---- hn-chengbu-xiaoche-2021 (湖南城步苗族自治县教育局) ----
    ("hn-chengbu-xiaoche-2021", 1, "unit_mismatch", "prose",
     "县级配套104.00万元", "县级配套1040000万元", "1040000万元",
     "the county share is 1,040,000元 = 104.00万元 (72.00 + 104.00 = 176.00) but written with the unit 万元: off by 10^4"),
    ("hn-chengbu-xiaoche-2021", 2, "rate_mismatch", "prose",
     "回收率97.00%", "回收率96.00%", "回收率96.00%",
     "776 / 800 = 97.00%, stated 96.00%"),
    ("hn-chengbu-xiaoche-2021", 3, "score_sum_mismatch", "table",
     "健全\t健全\t10\t10", "健全\t健全\t10\t9", "健全\t健全\t10\t9",
     "9.88 + row scores = 98.66, 合计 (and text) state 99.66"),
    ("hn-chengbu-xiaoche-2021", 4, "year_mismatch", "table",
     "（2021年度）", "（2020年度）", "（2020年度）",
     "the attached 自评表 is labelled 2020年度 in a 2021 report whose table figures are the 2021 ones"),
    ("hn-chengbu-xiaoche-2021", 5, "conflicting_values", "table",
     "≥2300人\t2376人", "≥2300人\t2367人", "2367人",
     "日均接送学生 is 2,376人 in the text (twice, and 2376 / 36 = 66 per bus); the table says 2367人"),
    ("hn-chengbu-xiaoche-2021", 6, "weight_sum_mismatch", "table",
     "≥36人\t36人\t8\t8", "≥36人\t36人\t10\t8", "36人\t10\t8",
     "配备照管员人数 weight 8 -> 10: 10 (funds) + indicator weights = 102, 合计 says 100"),

    # ---- nm-zhalute-xiaochezhongxin-bumen-2024 (内蒙古扎鲁特旗学生校车服务中心, 部门整体) ----
    ("nm-zhalute-xiaochezhongxin-bumen-2024", 1, "average_mismatch", "prose",
     "平均97.63分", "平均97.36分", "平均97.36分",
     "(97.80 + 96.50 + 98.60) / 3 = 97.63, stated 97.36"),
    ("nm-zhalute-xiaochezhongxin-bumen-2024", 2, "implausible_rate", "table",
     "≥90%\t94.25%", "≥90%\t104.25%", "104.25%",
     "学生及家长满意度 actual 104.25%: a satisfaction rate above 100% (the survey gives (500 x 96.0% + 700 x 93.0%) / 1200 = 94.25%)"),
    ("nm-zhalute-xiaochezhongxin-bumen-2024", 3, "score_exceeds_weight", "table",
     "≥52辆\t52辆\t10\t10\t\n\t\t日均接送学生人数\t≥3400人\t3484人\t10\t10",
     "≥52辆\t52辆\t10\t11\t\n\t\t日均接送学生人数\t≥3400人\t3484人\t10\t9",
     "52辆\t10\t11",
     "运营校车数量: score 11 above weight 10 (next row lowered to 9, so the total still reads 99.70)"),
    ("nm-zhalute-xiaochezhongxin-bumen-2024", 4, "balance_mismatch", "prose",
     "结余4.28万元", "结余4.82万元", "结余4.82万元",
     "校车安全监管及保险经费: 63.20 - 58.92 = 4.28万元, stated 4.82万元"),
    ("nm-zhalute-xiaochezhongxin-bumen-2024", 5, "year_mismatch", "prose",
     "结转至2025年继续使用", "结转至2024年继续使用", "结转至2024年",
     "unspent 2024 money is carried over to 2024 itself; it can only go to 2025"),
    ("nm-zhalute-xiaochezhongxin-bumen-2024", 6, "conflicting_values", "prose",
     "中心52辆校车全部通过", "中心54辆校车全部通过", "54辆校车",
     "the centre has 52 buses (共有校车52辆, 14+11+9+10+8, 52辆×12.0万元, table 52辆); this sentence says 54"),
]


def main():
    labels = []
    done = {}
    for pid in PROJECTS:
        with open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{pid}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{pid}-e{n}: value not in case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
            done[(pid, n)] = True
    if len(done) != len(EDITS):
        raise SystemExit("duplicate or unknown edit ids")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(EDITS)} with one error each)")


if __name__ == "__main__":
    main()
