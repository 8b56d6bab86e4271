#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of the n431 set from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft; the label value
must then occur exactly once in the error case. Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "gz-xiuwen-kuangquanbing-2021",
    "gs-lintan-quanmian-2018",
    "sn-ningshan-cdcwhole-2022",
    "yn-lushui-quanmian-2024",
    "sx-jiaokou-kuangquan-2020",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 修文县疾控中心 2021, 狂犬病暴露预防处置项目
    ("gz-xiuwen-kuangquanbing-2021", 1, "rate_mismatch", "prose",
     "支出率87.50%", "支出率78.50%",
     "省级补助资金支出10.85万元，支出率78.50%",
     "provincial funds 6.00 + 6.40 = 12.40, spent 10.85: 10.85 / 12.40 = 87.50%, stated 78.50%"),
    ("gz-xiuwen-kuangquanbing-2021", 2, "sum_mismatch", "prose",
     "门诊耗材及冷链运行8.36万元", "门诊耗材及冷链运行8.63万元",
     "门诊耗材及冷链运行8.63万元",
     "61.08 + 11.27 + 8.63 + 3.05 = 84.03, but 全年支出共计83.76万元 (83.76 also follows from 72.91 + 10.85)"),
    ("gz-xiuwen-kuangquanbing-2021", 3, "completion_mismatch", "table",
     "| 698人 | 102.65% |", "| 698人 | 106.25% |",
     "698人 | 106.25%",
     "全程接种人数 698 / 680 = 102.65%, stated 106.25%"),
    ("gz-xiuwen-kuangquanbing-2021", 4, "score_exceeds_weight", "table",
     "| 101.66% | 8 | 8 | |\n| 产出指标 | 质量指标 | Ⅲ级暴露被动免疫制剂使用率 | ≥95% | 97.31% | 102.43% | 6 | 6 |",
     "| 101.66% | 8 | 7 | |\n| 产出指标 | 质量指标 | Ⅲ级暴露被动免疫制剂使用率 | ≥95% | 97.31% | 102.43% | 6 | 7 |",
     "102.43% | 6 | 7",
     "被动免疫制剂使用率 row: score 7 above its weight 6 (the 规范处置率 row above was lowered from 8 to 7, so the 产出 subtotal 49.94 still adds up)"),
    ("gz-xiuwen-kuangquanbing-2021", 5, "average_mismatch", "prose",
     "平均每个门诊772人次", "平均每个门诊782人次",
     "平均每个门诊782人次",
     "(1,021 + 786 + 509) / 3 = 772, stated 782"),
    ("gz-xiuwen-kuangquanbing-2021", 6, "year_mismatch", "prose",
     "2021年7月，省级财政追加下达", "2022年7月，省级财政追加下达",
     "2022年7月，省级财政追加下达",
     "the 6.40万元 addition that makes up the 2021 annual budget (98.40) is said to be issued in July 2022, after the evaluation year"),
    # ---- 临潭县畜牧兽医工作站 2018, 犬只狂犬病强制免疫项目
    ("gs-lintan-quanmian-2018", 1, "balance_mismatch", "prose",
     "年末结余13.99万元", "年末结余13.09万元",
     "年末结余13.09万元",
     "全年预算 50.60 − 全年支出 36.61 = 13.99, stated 13.09"),
    ("gs-lintan-quanmian-2018", 2, "weight_sum_mismatch", "table",
     "| 156人次 | 5 | 5 |", "| 156人次 | 6 | 5 |",
     "村级防疫员培训 | ≥150人次 | 156人次 | 6",
     "产出 weights 10 + 8 + 6 + 6 + 8 + 7 + 6 = 51 against the 小计 50 (and 100 in total)"),
    ("gs-lintan-quanmian-2018", 3, "unit_mismatch", "prose",
     "抗体监测5.40万元", "抗体监测54000万元",
     "抗体监测54000万元",
     "1,200份 × 45元 = 54000元 = 5.40万元, written with the unit 万元: off by 10^4; the spending parts no longer add up to 36.61"),
    ("gs-lintan-quanmian-2018", 4, "grade_mismatch", "prose",
     "绩效等级为良好", "绩效等级为优秀",
     "绩效等级为优秀",
     "total 88.46 is in the 良 band (80 ≤ s < 90), stated 优秀"),
    ("gs-lintan-quanmian-2018", 5, "conflicting_values", "table",
     "| 156人次 | 5 | 5 |", "| 165人次 | 5 | 5 |",
     "≥150人次 | 165人次",
     "training: prose 培训村级防疫员156人次, table 实际完成值 165人次"),
    ("gs-lintan-quanmian-2018", 6, "implausible_rate", "prose",
     "合格1,015份，合格率84.58%", "合格1,215份，合格率101.25%",
     "合格1,215份，合格率101.25%",
     "1,215 samples passed out of 1,200 tested: pass rate 101.25% is above 100% (the division itself is right)"),
    # ---- 宁陕县疾控中心 2022, 部门整体支出
    ("sn-ningshan-cdcwhole-2022", 1, "score_sum_mismatch", "table",
     "| 小计 | | | | 30 | 27 |", "| 小计 | | | | 30 | 28 |",
     "小计 | | | | 30 | 28",
     "效益 rows 10 + 10 + 7 = 27, subtotal stated 28; 9.32 + 49.88 + 28 + 10 = 97.20 against the total 96.2"),
    ("sn-ningshan-cdcwhole-2022", 2, "rate_mismatch", "table",
     "| 586.24 | 90.71% |", "| 586.24 | 97.01% |",
     "586.24 | 97.01%",
     "项目支出 586.24 / 646.30 = 90.71%, stated 97.01%"),
    ("sn-ningshan-cdcwhole-2022", 3, "average_mismatch", "prose",
     "平均95.33分", "平均95.83分",
     "平均95.83分",
     "(96.5 + 94.2 + 98.0 + 92.6) / 4 = 95.33, stated 95.83"),
    ("sn-ningshan-cdcwhole-2022", 4, "year_mismatch", "prose",
     "截至2022年12月31日", "截至2023年12月31日",
     "截至2023年12月31日，中心全年支出",
     "the 2022 spending (1,198.62) is dated 截至2023年12月31日 in a 2022 report dated March 2023"),
    ("sn-ningshan-cdcwhole-2022", 5, "implausible_rate", "prose",
     "中有268人使用了被动免疫制剂，使用率96.75%", "中有286人使用了被动免疫制剂，使用率103.25%",
     "286人使用了被动免疫制剂，使用率103.25%",
     "286 users out of 277 Ⅲ级 exposures: rate 103.25% above 100% (the division itself is right)"),
    ("sn-ningshan-cdcwhole-2022", 6, "sum_mismatch", "table",
     "| 事业收入 | 186.75 |", "| 事业收入 | 168.75 |",
     "事业收入 | 168.75",
     "1042.30 + 168.75 + 57.40 = 1268.45, but 收入合计 1286.45"),
    # ---- 泸水市畜牧兽医站 2024, 犬只狂犬病免疫项目
    ("yn-lushui-quanmian-2024", 1, "completion_mismatch", "table",
     "| 26300只 | 105.20% |", "| 26300只 | 102.50% |",
     "26300只 | 102.50%",
     "免疫数量 26300 / 25000 = 105.20%, stated 102.50%"),
    ("yn-lushui-quanmian-2024", 2, "unit_mismatch", "table",
     "| 2024年5月31日前 | 2024年5月28日 |", "| 2024年5月31日前 | 100% |",
     "2024年5月31日前 | 100%",
     "时效 row: target is a date, actual a percentage"),
    ("yn-lushui-quanmian-2024", 3, "balance_mismatch", "prose",
     "年末结余3.48万元", "年末结余3.84万元",
     "年末结余3.84万元",
     "84.15 − 80.67 = 3.48 (also 市级配套 20.00 − 16.52 = 3.48), stated 3.84"),
    ("yn-lushui-quanmian-2024", 4, "score_exceeds_weight", "table",
     "| 102.56% | 5 | 5 | |\n| 满意度指标 | 服务对象满意度指标 | 社区居民满意度 | ≥85% | 81.7% | 96.12% | 5 | 4.81 |",
     "| 102.56% | 5 | 4 | |\n| 满意度指标 | 服务对象满意度指标 | 社区居民满意度 | ≥85% | 81.7% | 96.12% | 5 | 5.81 |",
     "96.12% | 5 | 5.81",
     "社区居民满意度 row: score 5.81 above its weight 5 (the 养犬户 row above was lowered from 5 to 4, so the subtotal 9.81 still adds up)"),
    ("yn-lushui-quanmian-2024", 5, "conflicting_values", "prose",
     "疾控中心通报的1,142人次犬伤人员中", "疾控中心通报的1,124人次犬伤人员中",
     "通报的1,124人次犬伤人员",
     "the CDC's bite reports are 1,142人次 in section 三 (base of the 90.72% tracing rate) and 1,124人次 in section 四"),
    ("yn-lushui-quanmian-2024", 6, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "total 97.22 is in the 优 band (≥ 90), stated 良"),
    # ---- 交口县疾控中心 2020, 狂犬病暴露预防处置项目 (Shanxi layout)
    ("sx-jiaokou-kuangquan-2020", 1, "weight_sum_mismatch", "table",
     "| 2个 | 2个 | 100% | 6 | 6 |", "| 2个 | 2个 | 100% | 7 | 6 |",
     "乡镇犬伤处置点建设 | 2个 | 2个 | 100% | 7",
     "产出 weights 10 + 10 + 7 + 8 + 6 + 5 + 5 = 51 against the 小计 50"),
    ("sx-jiaokou-kuangquan-2020", 2, "score_sum_mismatch", "table",
     "| 30 | 23.75 |", "| 30 | 23.57 |",
     "30 | 23.57",
     "效益 rows 10 + 7.75 + 6 = 23.75, subtotal stated 23.57; 8.40 + 45.96 + 23.57 + 9.8 = 87.73 against the total 87.91"),
    ("sx-jiaokou-kuangquan-2020", 3, "implausible_rate", "table",
     "| 83.95 | 81.83 | 100 | 0 |", "| 83.95 | 81.83 | 100 | 100 |",
     "81.83 | 100 | 100",
     "预算执行率 (7)=(4)/(2), column 其他资金: the budget (2) is 0, so a rate of 100 on a zero base is impossible (0 is tolerated)"),
    ("sx-jiaokou-kuangquan-2020", 4, "unit_mismatch", "prose",
     "狂犬病人免疫球蛋白4.83万元", "狂犬病人免疫球蛋白48300万元",
     "免疫球蛋白48300万元",
     "420支 × 115元 = 48300元 = 4.83万元, written with the unit 万元: off by 10^4; the parts no longer add up to 47.35"),
    ("sx-jiaokou-kuangquan-2020", 5, "year_mismatch", "prose",
     "结转至2021年继续使用", "结转至2020年继续使用",
     "结转至2020年继续使用",
     "the unspent part of the 2020 budget is carried over to 2020 itself"),
    ("sx-jiaokou-kuangquan-2020", 6, "completion_mismatch", "table",
     "| 98.4% | 103.58% |", "| 98.4% | 103.85% |",
     "98.4% | 103.85%",
     "伤口规范处置率 98.4 / 95 = 103.58%, stated 103.85%"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = pid + "-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e[0] == pid), key=lambda e: e[1])
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], pid
        for _, n, code, where, old, new, value, expl in edits:
            if clean.count(old) != 1:
                sys.exit("%s-e%d: old string occurs %d times: %r" % (pid, n, clean.count(old), old))
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit("%s-e%d: value occurs %d times: %r" % (pid, n, text.count(value), value))
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print("built %d cases" % len(labels))


if __name__ == "__main__":
    main()
