#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts523 from the clean drafts and the edit list.

Each edit is exact: `old` must occur exactly once in the clean draft and is replaced by `new`;
`value` (the label) must then occur exactly once in the error case.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

P1 = "ln-changhai-rengongyujiao-2019"
P2 = "sd-lanshan-haiyuju-bumen-2021"
P3 = "zj-shengsi-haiyangmuchang-2022"
P4 = "fj-lianjiang-yujiaotoufang-2023"
P5 = "gx-fangchenggang-muchang-2024"

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    (P1, 1, "rate_mismatch", "prose §二(二)", "支付率98.38%", "支付率98.83%", "支付率98.83%",
     "1,928.16 paid of a 1,960.00 contract = 98.38%, stated 98.83%"),
    (P1, 2, "average_mismatch", "prose §四(一)", "平均每个礁区1.04万空方", "平均每个礁区1.14万空方", "平均每个礁区1.14万空方",
     "(1.20 + 1.02 + 0.90) / 3 = 1.04万空方, stated 1.14"),
    (P1, 3, "balance_mismatch", "prose §二(三)", "全年未执行77.60万元", "全年未执行76.70万元", "全年未执行76.70万元",
     "到位 2,066.40 - 执行 1,988.80 = 77.60万元, stated 76.70"),
    (P1, 4, "unit_mismatch", "prose §二(二)", "折合每空方618元", "折合每空方618万元", "折合每空方618万元",
     "1,928.16万元 / 3.12万空方 = 618元 per 空方 (table: 618元/空方); written with 万元, off by 10^4"),
    (P1, 5, "year_mismatch", "prose §二(三)", "结转至2020年", "结转至2019年", "结转至2019年",
     "unspent 2019 money cannot be carried over to 2019 itself; next year is 2020"),
    (P1, 6, "completion_mismatch", "table 新建礁区面积", "102.78%", "102.87%", "102.87%",
     "92.5 / 90 公顷 = 102.78%, stated 102.87%"),
    (P2, 1, "score_exceeds_weight", "table 表2", "96.84\n2    增殖放流    100    95.20",
     "101.84\n2    增殖放流    100    90.20", "海洋牧场建设与人工鱼礁投放    100    101.84",
     "project score 101.84 above its 分值 100 (增殖放流 lowered 95.20 -> 90.20 so the average still reads 93.66)"),
    (P2, 2, "average_mismatch", "table 表2", "平均得分            93.66", "平均得分            93.86", "93.86",
     "(96.84 + 95.20 + 92.50 + 90.10) / 4 = 93.66, stated 93.86"),
    (P2, 3, "sum_mismatch", "table 表1 年初预算数", "其他收入                    12.00", "其他收入                    21.00",
     "其他收入                    21.00",
     "年初预算数 column: 1,862.35 + 0.00 + 0.00 + 0.00 + 21.00 = 1,883.35, 合计 1,874.35"),
    (P2, 4, "grade_mismatch", "prose §三(二)", "评价等级为“优秀”", "评价等级为“良好”", "评价等级为“良好”",
     "total 98.65 is in the 优 band (90-100)"),
    (P2, 5, "weight_sum_mismatch", "table 资金拨付及时率", "105.26%\n7\n7", "105.26%\n9\n7", "105.26%\n9",
     "weights now total 102 (资金拨付及时率 9 instead of 7); 合计 says 100"),
    (P2, 6, "conflicting_values", "prose §三(二)", "开展渔政执法巡航112航次", "开展渔政执法巡航121航次", "开展渔政执法巡航121航次",
     "prose 121航次 vs table actual 112航次 for the same indicator"),
    (P3, 1, "implausible_rate", "table 满意度", "91.6%           101.78%", "101.6%          112.89%",
     "101.6%          112.89%", "satisfaction 101.6% is above 100% (completion 112.89% recomputed consistently)"),
    (P3, 2, "balance_mismatch", "prose §四(二)", "中央资金结余47.60万元", "中央资金结余46.70万元", "中央资金结余46.70万元",
     "中央 到位 800.00 - 执行 752.40 = 47.60万元, stated 46.70"),
    (P3, 3, "score_sum_mismatch", "table 经济效益", "90.00%     10     9.00", "90.00%     10     9.30", "90.00%     10     9.30",
     "row scores now sum to 98.17 while 合计 and the text say 97.87"),
    (P3, 4, "sum_mismatch", "prose §四(二)", "跟踪监测及设计费28.25万元", "跟踪监测及设计费82.25万元", "跟踪监测及设计费82.25万元",
     "1,268.80 + 84.00 + 82.25 = 1,435.05, stated total 1,381.05"),
    (P3, 5, "unit_mismatch", "table 投放位置偏差", "3.6米", "100%", "≤5米            100%",
     "target in 米, actual given as a percentage: completion cannot be computed"),
    (P3, 6, "year_mismatch", "prose §四(二)", "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
     "a 2022 report states spending as of 2021-12-31"),
    (P4, 1, "grade_mismatch", "table 评价等级", "\t评价等级\n\t良", "\t评价等级\n\t优", "评价等级\n\t优",
     "total 88.35 is in the 良 band (80-90)"),
    (P4, 2, "weight_sum_mismatch", "table funds block 分值", "\t1425.70\n\t10\n", "\t1425.70\n\t15\n", "1425.70\n\t15",
     "execution weight 15: weights total 105, 总分 says 100"),
    (P4, 3, "conflicting_values", "prose §四(二)", "接待游客4.2万人次", "接待游客4.8万人次", "接待游客4.8万人次",
     "prose 4.8万人次 vs table actual 4.2万人次 for the same indicator"),
    (P4, 4, "rate_mismatch", "table 省级财政资金", "92.64%", "96.24%", "96.24%",
     "463.20 / 500.00 = 92.64%, stated 96.24%"),
    (P4, 5, "completion_mismatch", "prose §四(一)", "完成率60.00%", "完成率66.00%", "完成率66.00%",
     "东洛礁区 1.5 / 2.5万空方 = 60.00%, stated 66.00%"),
    (P4, 6, "implausible_rate", "table 礁体抽检合格率", "=100%\n\t100%\n\t100.00%", "=100%\n\t102%\n\t102.00%",
     "102%\n\t102.00%", "a pass rate of 102% is above 100% (completion recomputed consistently)"),
    (P5, 1, "score_exceeds_weight", "table 礁体合格率/建设工期",
     "101.53%\n10\n10\n时效指标\n建设工期\n≤240天\n228天\n100.00%\n10\n10",
     "101.53%\n10\n11\n时效指标\n建设工期\n≤240天\n228天\n100.00%\n10\n9", "101.53%\n10\n11",
     "礁体合格率 scored 11 of 10 (建设工期 lowered 10 -> 9 so the total still reads 95.08)"),
    (P5, 2, "score_sum_mismatch", "prose §五(一)", "效益指标得20.24分", "效益指标得21.24分", "效益指标得21.24分",
     "效益 rows 9.00 + 7.04 + 4.20 = 20.24; the stated parts now add to 96.08, total 95.08"),
    (P5, 3, "weight_sum_mismatch", "table 底栖生物量增幅", "88.00%\n8\n7.04", "88.00%\n9\n7.04", "88.00%\n9",
     "weights now total 101 and 效益 rows 26 (text: 效益指标25分)"),
    (P5, 4, "implausible_rate", "prose §二(二)", "安排资金310.00万元，实际支出309.65万元，执行率99.89%",
     "安排资金300.00万元，实际支出309.65万元，执行率103.22%", "300.00万元，实际支出309.65万元，执行率103.22%",
     "309.65 spent of 300.00 planned: execution rate 103.22% is above 100%"),
    (P5, 5, "conflicting_values", "prose §四(一)", "增殖放流苗种3260万尾", "增殖放流苗种3620万尾", "增殖放流苗种3620万尾",
     "prose 3620万尾 vs table actual 3260万尾"),
    (P5, 6, "sum_mismatch", "prose §二(二)", "海洋牧场管理平台547.00万元", "海洋牧场管理平台574.00万元", "海洋牧场管理平台574.00万元",
     "2,163.00 + 574.00 + 309.65 = 3,046.65, stated total 3,019.65"),
]


def main():
    labels = []
    for source in (P1, P2, P3, P4, P5):
        clean = open(os.path.join(CASES, source + "-clean.txt"), encoding="utf-8").read()
        labels.append({"case": source + "-clean.txt", "source": source, "clean": True, "expected": []})
        for src, n, code, where, old, new, value, expl in EDITS:
            if src != source:
                continue
            assert clean.count(old) == 1, (source, n, old, clean.count(old))
            text = clean.replace(old, new)
            assert text.count(value) == 1, (source, n, value, text.count(value))
            case = "%s-e%d.txt" % (source, n)
            with open(os.path.join(CASES, case), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": case, "source": source, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases" % len(labels))


if __name__ == "__main__":
    main()
