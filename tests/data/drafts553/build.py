#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts553 from the clean drafts.

Each edit is an exact old -> new replacement; `old` must occur exactly once in the
clean draft, and `value` (the label) must occur exactly once in the resulting case.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (source id, error no., code, where, old, new, value, explanation)
EDITS = [
    # --- 河南 信阳 2020 (MOF table, PDF copy) ---
    ("ha-xinyang-cezhanyunwei-2020", 1, "rate_mismatch", "附件 funds block, 其中：当年财政拨款 执行率 cell",
     "—\n97.40%\n—", "—\n97.04%\n—", "97.04%",
     "当年财政拨款 executed 424.66 of 436.00 = 97.40%, stated 97.04%"),
    ("ha-xinyang-cezhanyunwei-2020", 2, "balance_mismatch", "prose 二（二）资金使用",
     "年末结余11.34万元", "年末结余13.14万元", "结余13.14万元",
     "到位 448.60 − 支出 437.26 = 11.34万元, stated 13.14万元"),
    ("ha-xinyang-cezhanyunwei-2020", 3, "average_mismatch", "表1 国家基本水文站 row, 平均每站运维费",
     "16\n9.80万元", "16\n9.08万元", "9.08万元",
     "156.80万元 / 16 stations = 9.80万元 per station, stated 9.08万元"),
    ("ha-xinyang-cezhanyunwei-2020", 4, "unit_mismatch", "prose 二（二）, rain-station fee",
     "运维费998400元", "运维费998400万元", "998400万元",
     "312 × 3200元 = 998400元 = 99.84万元 (表1); written with 万元 it is off by 10^4"),
    ("ha-xinyang-cezhanyunwei-2020", 5, "grade_mismatch", "prose 五、评价结论",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 99.60 lies in the 优 band (90–100), stated 良"),
    ("ha-xinyang-cezhanyunwei-2020", 6, "year_mismatch", "prose 二（二）资金使用",
     "结转至2021年", "结转至2020年", "结转至2020年",
     "money left at the end of the 2020 budget year cannot be carried over into 2020"),
    # --- 湖北 宜昌 2019 (Hubei-style 20 + 80 goal blocks, tab cells) ---
    ("hb-yichang-zhongxiaohe-2019", 1, "score_exceeds_weight", "附件 目标2 rows 数据支撑防汛决策 / 数据共享单位数量",
     "达成年度指标\n\t10\n\t10\n\t\n\n\t\n\t\n\t数据共享单位数量\n\t≥8家\n\t7家\n\t10\n\t8.75",
     "达成年度指标\n\t10\n\t11\n\t\n\n\t\n\t\n\t数据共享单位数量\n\t≥8家\n\t7家\n\t10\n\t7.75",
     "达成年度指标\n\t10\n\t11",
     "数据支撑防汛决策 scored 11 against a weight of 10 (the next row was lowered 8.75→7.75, so the total still reads 97.47)"),
    ("hb-yichang-zhongxiaohe-2019", 2, "weight_sum_mismatch", "附件 目标2 row 数据支撑防汛决策, 分值",
     "达成年度指标\n\t10\n\t10", "达成年度指标\n\t12\n\t10", "达成年度指标\n\t12",
     "目标2 rows now weigh 5 + 12 + 10 = 27 against the block's 25分; all 分值 sum to 102"),
    ("hb-yichang-zhongxiaohe-2019", 3, "rate_mismatch", "prose 一（二）资金情况",
     "资金到位率100%", "资金到位率98.5%", "资金到位率98.5%",
     "到位 300.35 / 全年预算 300.35 = 100%, stated 98.5%"),
    ("hb-yichang-zhongxiaohe-2019", 4, "sum_mismatch", "prose 一（二）资金情况",
     "市级配套106.00万元", "市级配套116.00万元", "市级配套116.00万元",
     "省级 180.00 + 市级 116.00 = 296.00 ≠ 年初预算 286.00"),
    ("hb-yichang-zhongxiaohe-2019", 5, "implausible_rate", "附件 funds block, 其他资金 执行率 cell",
     "\t0.00\n\t—\n\t—\n\t—", "\t0.00\n\t—\n\t100.00%\n\t—",
     "其他资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t100.00%",
     "其他资金 has a zero budget (0.00); an execution rate of 100.00% on a zero base is impossible"),
    ("hb-yichang-zhongxiaohe-2019", 6, "conflicting_values", "opening paragraph",
     "实际支出的281.06万元", "实际支出的218.06万元", "218.06万元",
     "the year's spending is 281.06万元 in the funds section and the table, 218.06万元 in the opening"),
    # --- 山西 晋中 2022 (Shanxi 行次 funds table, 完成率 column) ---
    ("sx-jinzhong-shuiwenzhanwang-2022", 1, "completion_mismatch", "附件1 测验成果合格率 row, 完成率",
     "98.47%", "96.47%", "96.47%",
     "≥98% target, actual 96.5%: completion 96.5/98 = 98.47%, stated 96.47%"),
    ("sx-jinzhong-shuiwenzhanwang-2022", 2, "score_sum_mismatch", "二、一级指标得分 summary, 产出指标 得分",
     "50\n\t49.91", "50\n\t49.19", "产出指标\n\t50\n\t49.19",
     "产出 rows in 附件1 score 8+8+6+8+5.91+7+7 = 49.91, summary says 49.19 (and 9.82+49.19+30+10 = 99.01 ≠ 99.73)"),
    ("sx-jinzhong-shuiwenzhanwang-2022", 3, "implausible_rate", "prose 三、3. 满意度情况",
     "社会公众满意度92.5%", "社会公众满意度102.5%", "社会公众满意度102.5%",
     "a satisfaction rate cannot exceed 100%"),
    ("sx-jinzhong-shuiwenzhanwang-2022", 4, "rate_mismatch", "funds table row (7) 预算执行率, 省级 column",
     "97.71", "97.17", "97.17",
     "省级 (4)/(2) = 193.85/198.40 = 97.71%, stated 97.17"),
    ("sx-jinzhong-shuiwenzhanwang-2022", 5, "year_mismatch", "prose 一（二）预算执行情况",
     "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
     "the 2022 report states its execution as of 31 Dec 2021"),
    ("sx-jinzhong-shuiwenzhanwang-2022", 6, "average_mismatch", "prose 三、1. quarterly 到报率",
     "98.9%、96.5%", "99.8%、96.5%", "98.6%、99.8%、96.5%",
     "(97.2 + 98.6 + 99.8 + 96.5) / 4 = 98.03%, stated 平均97.8%"),
    # --- 四川 达州 2023 (Sichuan 10 + 90 table, no satisfaction) ---
    ("sc-dazhou-shuiwenyunwei-2023", 1, "unit_mismatch", "prose 二（二）资金计划、到位及使用",
     "实际支出198.36万元", "实际支出198.36亿元", "198.36亿元",
     "spending is 198.36万元 (table, 表 合计, 83.13% of 238.60万元); 亿元 is off by 10^4"),
    ("sc-dazhou-shuiwenyunwei-2023", 2, "weight_sum_mismatch", "附件 服务防汛减灾决策 row, 分值",
     "达成年度指标\n10\n9", "达成年度指标\n11\n9", "达成年度指标\n11\n9",
     "效益 rows now weigh 10 + 11 + 10 = 31 against 效益指标30分; all 分值 sum to 101"),
    ("sc-dazhou-shuiwenyunwei-2023", 3, "score_sum_mismatch", "附件 站网运行管理长效机制 row, 得分",
     "具有一定效果\n10\n7", "具有一定效果\n10\n6.5", "具有一定效果\n10\n6.5",
     "row scores now add to 8.31 + 53.43 + 10 + 9 + 6.5 = 87.24, stated 总分 87.74 (6.5 stays inside the 部分达成 band)"),
    ("sc-dazhou-shuiwenyunwei-2023", 4, "conflicting_values", "prose 四（一）项目完成情况",
     "全年遥测数据到报率93.1%", "全年遥测数据到报率91.3%", "到报率91.3%",
     "遥测数据到报率 is 93.1 in the 自评表, 91.3% in the text"),
    ("sc-dazhou-shuiwenyunwei-2023", 5, "sum_mismatch", "二（二）expenditure list, 测验设施设备检定 amount",
     "检定\n—\n—\n12.30", "检定\n—\n—\n13.20", "测验设施设备检定\n—\n—\n13.20",
     "160.40 + 13.20 + 24.40 + 1.26 = 199.26 ≠ 合计 198.36"),
    ("sc-dazhou-shuiwenyunwei-2023", 6, "balance_mismatch", "prose 二（二）资金计划、到位及使用",
     "未执行40.24万元", "未执行42.04万元", "未执行42.04万元",
     "全年预算 238.60 − 支出 198.36 = 40.24万元 unexecuted, stated 42.04"),
    # --- 甘肃 张掖 2024 (部门整体支出) ---
    ("gs-zhangye-shuiwenju-bumen-2024", 1, "grade_mismatch", "prose 四、自评结论",
     "评价等级为“优秀”", "评价等级为“良好”", "评价等级为“良好”",
     "total 99.82 lies in the 优 band, stated 良好"),
    ("gs-zhangye-shuiwenju-bumen-2024", 2, "score_exceeds_weight", "附件 质量指标 rows 水文资料整编合格率 / 遥测数据到报率",
     "100%\n100%\n100%\n8\n8\n遥测数据到报率\n≥95%\n96.4%\n101.47%\n8\n8",
     "100%\n100%\n100%\n8\n8.5\n遥测数据到报率\n≥95%\n96.4%\n101.47%\n8\n7.5",
     "100%\n8\n8.5",
     "水文资料整编合格率 scored 8.5 against a weight of 8 (遥测数据到报率 lowered 8→7.5, total still 99.82)"),
    ("gs-zhangye-shuiwenju-bumen-2024", 3, "sum_mismatch", "prose 二（二）基本支出",
     "公用经费144.27万元", "公用经费141.27万元", "公用经费141.27万元",
     "人员经费 842.15 + 公用经费 141.27 = 983.42 ≠ 基本支出 986.42"),
    ("gs-zhangye-shuiwenju-bumen-2024", 4, "completion_mismatch", "附件 服务防汛抗旱水情预报 row, 完成率",
     "115.56%", "113.56%", "113.56%",
     "≥90次 target, 104次 actual: 104/90 = 115.56%, stated 113.56%"),
    ("gs-zhangye-shuiwenju-bumen-2024", 5, "unit_mismatch", "附件 测站运行维护数量 row, 实际完成值",
     "≥201处\n201处", "≥201处\n100%", "≥201处\n100%",
     "target in 处 (≥201处), actual given as a percentage: completion cannot be computed"),
    ("gs-zhangye-shuiwenju-bumen-2024", 6, "conflicting_values", "prose 三（二）效益",
     "水情预报104次", "水情预报140次", "水情预报140次",
     "the 自评表 gives 104次 for 服务防汛抗旱水情预报, the text 140次"),
]

SOURCES = [
    "ha-xinyang-cezhanyunwei-2020",
    "hb-yichang-zhongxiaohe-2019",
    "sx-jinzhong-shuiwenzhanwang-2022",
    "sc-dazhou-shuiwenyunwei-2023",
    "gs-zhangye-shuiwenju-bumen-2024",
]


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    for src in SOURCES:
        clean = read(f"{src}-clean.txt")
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            if clean.count(old) != 1:
                raise SystemExit(f"{src}-e{n}: old text occurs {clean.count(old)} times in the clean draft")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                raise SystemExit(f"{src}-e{n}: value occurs {text.count(value)} times in the case")
            name = f"{src}-e{n}.txt"
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
