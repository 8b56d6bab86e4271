#!/usr/bin/env python3
"""Build the error cases and labels.jsonl from the clean drafts.

Every edit is one exact old -> new replacement that must match exactly once in the clean draft.
`value` is the substring of the error case that carries the changed figure (must occur exactly once there).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "zj-haining-fanzha-2021",
    "sc-pengzhou-fanzha-2023",
    "sx-yuci-fanzha-2019",
    "hb-yiling-fanzha-2020",
    "ha-gongyi-fanzha-2024",
]

# (source, n, code, where, old, new, value, explanation, dup_ok)
# dup_ok: None, or a reason why the new figure may occur more than once in the error case.
EDITS = [
    # ---- zj-haining-fanzha-2021 ----
    ("zj-haining-fanzha-2021", 1, "rate_mismatch", "prose",
     "资金返还率达到25.81%", "资金返还率达到28.51%", "资金返还率达到28.51%",
     "返还3,251.48万元 / 拦截1.26亿元(12,600万元) = 25.81%, stated 28.51% (numerator and denominator in different sentences)", None),
    ("zj-haining-fanzha-2021", 2, "balance_mismatch", "prose",
     "年末结余8.64万元", "年末结余6.84万元", "结余6.84万元",
     "到位180.00 - 支出171.36 = 8.64万元, stated 6.84", None),
    ("zj-haining-fanzha-2021", 3, "score_sum_mismatch", "table",
     "100\t99.01", "100\t97.01", "100\t97.01",
     "row scores 9.52+10+10+5+9.80+5+10+10+10+9.69+10 = 99.01, 总分 row says 97.01 (grade 优秀 unaffected)", None),
    ("zj-haining-fanzha-2021", 4, "unit_mismatch", "table",
     "≥50万条\t63.8万条", "≥50万条\t63.8%", "≥50万条\t63.8%",
     "target counted in 万条, actual given as a percentage: completion cannot be computed", None),
    ("zj-haining-fanzha-2021", 5, "year_mismatch", "prose",
     "结转至2022年继续使用", "结转至2021年继续使用", "结转至2021年",
     "unspent money of the 2021 budget cannot be carried over into 2021 itself (should be 2022)", "the year 2021 is the evaluation year and naturally recurs"),
    ("zj-haining-fanzha-2021", 6, "grade_mismatch", "prose",
     "综合评价等级为“优秀”", "综合评价等级为“良好”", "评价等级为“良好”",
     "total 99.01 (自评表总分) is in the 优 band (>= 90), stated 良好", None),

    # ---- sc-pengzhou-fanzha-2023 ----
    ("sc-pengzhou-fanzha-2023", 1, "sum_mismatch", "table",
     "其中：财政资金\t72.00", "其中：财政资金\t70.00", "其中：财政资金\t70.00",
     "年初预算 column: 财政资金70.00 + 财政专户0.00 + 单位资金8.00 + 其他0.00 = 78.00, 年度资金总额 says 80.00", None),
    ("sc-pengzhou-fanzha-2023", 2, "weight_sum_mismatch", "table",
     "640\t5\t5", "640\t6\t5", "640\t6\t5",
     "分值 now 10 (预算执行) + 61 (产出) + 30 (效益) = 101, 总分 row says 100", None),
    ("sc-pengzhou-fanzha-2023", 3, "completion_mismatch", "prose",
     "完成年度目标的122.31%", "完成年度目标的112.31%", "完成年度目标的112.31%",
     "318场 / 目标260场 = 122.31%, stated 112.31%", None),
    ("sc-pengzhou-fanzha-2023", 4, "conflicting_values", "prose",
     "新增注册9.46万人", "新增注册9.64万人", "新增注册9.64万人",
     "the same indicator (App新增注册人数) is 9.46万人 in the 自评表 and 9.64万人 in the text", None),
    ("sc-pengzhou-fanzha-2023", 5, "implausible_rate", "prose",
     "满意度为96.4%", "满意度为106.4%", "满意度为106.4%",
     "a satisfaction rate cannot exceed 100%", None),
    ("sc-pengzhou-fanzha-2023", 6, "average_mismatch", "prose",
     "季均153.09万元", "季均159.03万元", "季均159.03万元",
     "(128.46+167.30+141.85+174.74)/4 = 153.09万元, stated 159.03", None),

    # ---- sx-yuci-fanzha-2019 ----
    ("sx-yuci-fanzha-2019", 1, "rate_mismatch", "table",
     "96.30\t82.95", "96.30\t89.25", "96.30\t89.25",
     "预算执行率 row, 县区级 column: (4)/(2) = 33.18/40.00 = 82.95%, stated 89.25", None),
    ("sx-yuci-fanzha-2019", 2, "balance_mismatch", "prose",
     "结余1.63万元", "结余1.36万元", "结余1.36万元",
     "宣传物料采购预算22.00 - 实际支出20.37 = 1.63万元, stated 1.36", None),
    ("sx-yuci-fanzha-2019", 3, "completion_mismatch", "table",
     "5320张（幅）\t106.40%", "5320张（幅）\t104.60%", "5320张（幅）\t104.60%",
     "5320 / 5000 = 106.40%, stated 104.60%", None),
    ("sx-yuci-fanzha-2019", 4, "score_exceeds_weight", "table",
     "104.00%\t10\n", "104.00%\t10.4\n", "104.00%\t10.4",
     "满意度 row: 权重10, 指标得分10.4 (scored as 10 x 104% without the cap); the 总得分97分 still rounds from 97.41", None),
    ("sx-yuci-fanzha-2019", 5, "year_mismatch", "prose",
     "截至2019年12月31日", "截至2020年12月31日", "截至2020年12月31日",
     "a 2019 report states its execution as of 31 Dec 2020", "the year 2020 also appears in the report date (2020年4月10日), a different quantity"),
    ("sx-yuci-fanzha-2019", 6, "unit_mismatch", "prose",
     "涉诈资金1,265.80万元", "涉诈资金1,265.80亿元", "1,265.80亿元",
     "止付 amount written in 亿元: the growth rate 50.24% (vs 842.50万元) and 返还率 6.83% (86.40万元) only hold with 万元; off by 10^4", None),

    # ---- hb-yiling-fanzha-2020 ----
    ("hb-yiling-fanzha-2020", 1, "weight_sum_mismatch", "table",
     "3.42万户\t7\t7", "3.42万户\t9\t7", "3.42万户\t9\t7",
     "目标1 rows now weigh 8+9+5+8+7 = 37 against its 35分, and all 分值 total 102 against 100", None),
    ("hb-yiling-fanzha-2020", 2, "score_sum_mismatch", "table",
     "100\t97.58", "100\t98.58", "100\t98.58",
     "18.91 + 35 + 43.67 = 97.58, 总分 row says 98.58 (grade 优 unaffected)", None),
    ("hb-yiling-fanzha-2020", 3, "grade_mismatch", "prose",
     "项目自评评价等级为“优”", "项目自评评价等级为“良”", "评价等级为“良”",
     "总分97.58 is in the 优 band (>= 90), stated 良", None),
    ("hb-yiling-fanzha-2020", 4, "implausible_rate", "table",
     "其他资金\t0.00\t0.00\t0.00\t—\t—", "其他资金\t0.00\t0.00\t0.00\t—\t100.00%", "其他资金\t0.00\t0.00\t0.00\t—\t100.00%",
     "执行率100.00% on a 全年预算 of 0.00: a rate on a zero base", "100.00% is also the (correct) rate of the 上年结转资金 row"),
    ("hb-yiling-fanzha-2020", 5, "sum_mismatch", "prose",
     "止付返还工作经费28.35万元", "止付返还工作经费23.85万元", "止付返还工作经费23.85万元",
     "42.68 + 23.85 + 20.20 = 86.73, 全年执行91.23", None),
    ("hb-yiling-fanzha-2020", 6, "average_mismatch", "prose",
     "平均47.67起", "平均46.67起", "平均46.67起",
     "(58 + 46 + 39) / 3 = 47.67起, stated 46.67", None),

    # ---- ha-gongyi-fanzha-2024 ----
    ("ha-gongyi-fanzha-2024", 1, "score_exceeds_weight", "table",
     "107.00%\t10\t10\t", "107.00%\t10\t10.7\t", "107.00%\t10\t10.7",
     "群众满意度 row: 分值10, 得分10.7 (10 x 107%, not capped); total 99 still rounds from 99.39", None),
    ("ha-gongyi-fanzha-2024", 2, "conflicting_values", "prose",
     "进商户宣传活动526场", "进商户宣传活动562场", "宣传活动562场",
     "宣传活动场次 is 526场 in the 自评表 (with 131.50% = 526/400) and 562场 in the text", None),
    ("ha-gongyi-fanzha-2024", 3, "rate_mismatch", "prose",
     "同比下降27.87%", "同比下降28.77%", "同比下降28.77%",
     "(890 - 642) / 890 = 27.87%, stated 28.77%", None),
    ("ha-gongyi-fanzha-2024", 4, "completion_mismatch", "table",
     "1.38万人次\t115.00%", "1.38万人次\t105.00%", "1.38万人次\t105.00%",
     "1.38 / 1.2 = 115.00%, stated 105.00%", None),
    ("ha-gongyi-fanzha-2024", 5, "year_mismatch", "table",
     "年度\t2024年", "年度\t2023年", "年度\t2023年",
     "the 自评表 names 2023 as the evaluation year of a 2024 report", "2023 also appears as last year (上年 figures, 结转资金), a different quantity"),
    ("ha-gongyi-fanzha-2024", 6, "sum_mismatch", "table",
     "上年结转资金\t0.00\t7.40", "上年结转资金\t7.40\t7.40", "上年结转资金\t7.40\t7.40",
     "年初预算 column: 120.00 + 7.40 + 0.00 = 127.40, 年度资金总额 says 120.00", "7.40 is also the 全年预算 of the same row"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        edits = sorted([e for e in EDITS if e[0] == src], key=lambda e: e[1])
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], src
        for (_, n, code, where, old, new, value, expl, dup_ok) in edits:
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{src}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                raise SystemExit(f"{src}-e{n}: value occurs {text.count(value)} times: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
