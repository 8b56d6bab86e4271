#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts296 from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
`where` says whether the slip sits in the prose ("text") or in a table ("table").
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE / "cases"

SOURCES = [
    "liulin-meikuanggaizao-2020",
    "keshiketeng-weikuangku-2022",
    "tongzi-jiuhudui-2019",
    "xingshan-feimeikuangshan-2024",
    "jimusaer-zhifazhuangbei-2023",
]

# (source, n, where, code, old, new, value, explanation)
EDITS = [
    # ---- 柳林县 煤矿安全改造 2020 (Shanxi, flattened tables) ----
    ("liulin-meikuanggaizao-2020", 1, "table", "rate_mismatch",
     "(7)=(4)/(2)\n\t97.30", "(7)=(4)/(2)\n\t97.03", "97.03",
     "funds table row (7)=(4)/(2), column 年度总金额: 1712.40 / 1760.00 = 97.30%, printed 97.03"),
    ("liulin-meikuanggaizao-2020", 2, "text", "balance_mismatch",
     "实际支出32.40万元，结余47.60万元", "实际支出32.40万元，结余46.70万元", "结余46.70万元",
     "county funds received 80.00, spent 32.40: balance 47.60 (also row (5)), text says 46.70"),
    ("liulin-meikuanggaizao-2020", 3, "table", "implausible_rate",
     "(6)=(3)/(2)\n\t100\n\t100\n\t100\n\t100\n\t0", "(6)=(3)/(2)\n\t100\n\t100\n\t100\n\t100\n\t100",
     "(6)=(3)/(2)\n\t100\n\t100\n\t100\n\t100\n\t100",
     "到位率 of the 市级 column is 100 although the 市级 budget (2) and receipt (3) are empty (zero base)"),
    ("liulin-meikuanggaizao-2020", 4, "table", "completion_mismatch",
     "\t13套\n\t108.33%", "\t13套\n\t103.33%", "103.33%",
     "附件1 systems row: target ≥12套, actual 13套, completion 13/12 = 108.33%, printed 103.33%"),
    ("liulin-meikuanggaizao-2020", 5, "text", "year_mismatch",
     "结转至2021年统筹", "结转至2020年统筹", "结转至2020年",
     "2020 report: the unspent county funds cannot be carried over to 2020 itself (should be 2021)"),
    ("liulin-meikuanggaizao-2020", 6, "text", "average_mismatch",
     "平均每轮18条", "平均每轮16条", "平均每轮16条",
     "(27 + 18 + 9) / 3 = 18, text says 16"),

    # ---- 克什克腾旗 尾矿库闭库治理 2022 (Inner Mongolia, Word table with tabs) ----
    ("keshiketeng-weikuangku-2022", 1, "text", "sum_mismatch",
     "招标节余3.24万元", "招标节余3.42万元", "招标节余3.42万元",
     "unspent 68.64 = 质保金 37.90 + 尾款 27.50 + 节余 3.24; with 3.42 the parts add to 68.82"),
    ("keshiketeng-weikuangku-2022", 2, "table", "weight_sum_mismatch",
     "排查整治尾矿库隐患\t≥40项\t46项\t5\t5", "排查整治尾矿库隐患\t≥40项\t46项\t10\t5",
     "排查整治尾矿库隐患\t≥40项\t46项\t10\t5",
     "weight 5 typed as 10: 产出 weights 55, all weights 105 instead of 100"),
    ("keshiketeng-weikuangku-2022", 3, "text", "grade_mismatch",
     "评价等级为“优秀”", "评价等级为“良好”", "评价等级为“良好”",
     "total 95.92 lies in the 优 band (≥ 90), text says 良好"),
    ("keshiketeng-weikuangku-2022", 4, "table", "unit_mismatch",
     "安装尾矿库在线监测系统\t≥3套\t3套", "安装尾矿库在线监测系统\t≥3套\t100%", "≥3套\t100%",
     "target in 套, actual in %: completion cannot be computed"),
    ("keshiketeng-weikuangku-2022", 5, "text", "conflicting_values",
     "中央资金520万元于2021年12月", "中央资金502万元于2021年12月", "中央资金502万元",
     "the central funds are 520万元 in the overview (850 = 520 + 180 + 150); 502 in the funds paragraph"),
    ("keshiketeng-weikuangku-2022", 6, "table", "score_sum_mismatch",
     "66.67%\t10\t6.67", "66.67%\t10\t6.76", "66.67%\t10\t6.76",
     "row scores now add to 9.25 + 46.76 + 30 + 10 = 96.01, stated total 95.92"),

    # ---- 桐梓县 矿山救护队 2019 (Guizhou, web table with ｜) ----
    ("tongzi-jiuhudui-2019", 1, "text", "unit_mismatch",
     "（单价36800元）44.16万元", "（单价36800万元）44.16万元", "36800万元",
     "12 × 36800元 = 44.16万元; the unit price labelled 万元 is off by 10^4"),
    ("tongzi-jiuhudui-2019", 2, "text", "average_mismatch",
     "平均24分钟", "平均25分钟", "平均25分钟",
     "(18 + 25 + 32 + 21 + 24) / 5 = 24, text says 25"),
    ("tongzi-jiuhudui-2019", 3, "table", "score_exceeds_weight",
     "组织应急救援演练｜≥6次｜8次｜8｜8｜\n｜质量指标｜救护队标准化考核等级｜达到二级｜二级｜9｜9｜",
     "组织应急救援演练｜≥6次｜8次｜8｜9｜\n｜质量指标｜救护队标准化考核等级｜达到二级｜二级｜9｜8｜",
     "组织应急救援演练｜≥6次｜8次｜8｜9",
     "scores of two adjacent rows swapped: 演练 row scored 9 with weight 8 (total still 98.86)"),
    ("tongzi-jiuhudui-2019", 4, "text", "rate_mismatch",
     "预算执行率95.67%", "预算执行率95.76%", "95.76%",
     "339.62 / 355 = 95.67%, text says 95.76%"),
    ("tongzi-jiuhudui-2019", 5, "table", "year_mismatch",
     "（2019年度）", "（2018年度）", "（2018年度）",
     "the 2019 report's self-evaluation table is headed 2018年度"),
    ("tongzi-jiuhudui-2019", 6, "table", "conflicting_values",
     "｜≥120矿次｜136矿次｜", "｜≥120矿次｜163矿次｜", "163矿次",
     "text: 预防性安全检查136矿次; table actual 163矿次"),

    # ---- 兴山县 非煤矿山安全整治 2024 (Hubei, PDF text with spaces) ----
    ("xingshan-feimeikuangshan-2024", 1, "text", "score_sum_mismatch",
     "效益指标25分", "效益指标26分", "效益指标26分",
     "7.80 + 45.30 + 26 + 9.72 = 88.82, stated 合计87.82 (table 效益 rows give 25)"),
    ("xingshan-feimeikuangshan-2024", 2, "table", "sum_mismatch",
     "其中：当年财政拨款 150.00 210.00", "其中：当年财政拨款 150.00 201.00",
     "其中：当年财政拨款 150.00 201.00",
     "年度资金总额 全年预算 210.00 ≠ 当年财政拨款 201.00 + 上年结转 0.00 + 其他 0.00"),
    ("xingshan-feimeikuangshan-2024", 3, "text", "completion_mismatch",
     "完成年度目标的120%", "完成年度目标的102%", "完成年度目标的102%",
     "72家次 / 目标60家次 = 120%, text says 102%"),
    ("xingshan-feimeikuangshan-2024", 4, "table", "weight_sum_mismatch",
     "≥3座 2座 15 10", "≥3座 2座 10 10", "关闭退出小型露天矿山 ≥3座 2座 10 10",
     "weight 15 typed as 10: 效益 weights 25, all weights 95"),
    ("xingshan-feimeikuangshan-2024", 5, "table", "grade_mismatch",
     "自评等级：良", "自评等级：优", "自评等级：优",
     "total 87.82 is in the 良 band (80–90), table footer says 优"),
    ("xingshan-feimeikuangshan-2024", 6, "text", "balance_mismatch",
     "结转资金46.20万元", "结转资金42.60万元", "结转资金42.60万元",
     "210.00 − 163.80 = 46.20, text says 42.60"),

    # ---- 吉木萨尔县 安全生产执法装备 2023 (Xinjiang, web table with |) ----
    ("jimusaer-zhifazhuangbei-2023", 1, "table", "implausible_rate",
     "| 执法人员满意度 | ≥90% | 97% |", "| 执法人员满意度 | ≥90% | 107.78% |", "107.78%",
     "satisfaction 107.78% (> 100%): the completion 97/90 typed into the actual cell"),
    ("jimusaer-zhifazhuangbei-2023", 2, "table", "score_exceeds_weight",
     "| 执法人员装备配备 | ≥45人 | 45人 | 8 | 8 | |\n| | 质量指标 | 装备验收合格率 | 100% | 100% | 12 | 12 |",
     "| 执法人员装备配备 | ≥45人 | 45人 | 8 | 12 | |\n| | 质量指标 | 装备验收合格率 | 100% | 100% | 12 | 8 |",
     "执法人员装备配备 | ≥45人 | 45人 | 8 | 12",
     "scores of two adjacent rows swapped: 配备 row scored 12 with weight 8 (total still 96.63)"),
    ("jimusaer-zhifazhuangbei-2023", 3, "text", "average_mismatch",
     "平均每个中队49家次", "平均每个中队46家次", "平均每个中队46家次",
     "(52 + 47 + 50 + 47) / 4 = 49, text says 46"),
    ("jimusaer-zhifazhuangbei-2023", 4, "text", "year_mismatch",
     "2023年度全年预算126.00万元", "2022年度全年预算126.00万元", "2022年度全年预算126.00万元",
     "the 2023 report states the project budget as the 2022 budget"),
    ("jimusaer-zhifazhuangbei-2023", 5, "text", "completion_mismatch",
     "180家次的108.89%", "180家次的118.89%", "118.89%",
     "196 / 180 = 108.89%, text says 118.89%"),
    ("jimusaer-zhifazhuangbei-2023", 6, "table", "rate_mismatch",
     "| 10 | 96.33% | 9.63 |", "| 10 | 96.23% | 9.63 |", "96.23%",
     "年度资金总额 121.38 / 126.00 = 96.33%, table prints 96.23%"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = (CASES / clean_name).read_text(encoding="utf-8")
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, where, code, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            (CASES / name).write_text(text, encoding="utf-8")
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for row in labels:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
