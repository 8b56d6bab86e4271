#!/usr/bin/env python3
"""Make the 30 error cases and labels.jsonl from the five clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in its clean draft;
each error case carries exactly one slip. `where` says whether the slip sits in prose or in a table.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE / "cases"

SOURCES = [
    "sx-yangcheng-canjianbutie-2019",
    "gx-xiangzhou-xiaocangongyu-2021",
    "sc-jialing-sangyuangaizao-2023",
    "ah-qianshan-cansangzhan-2022",
    "yn-qiaojia-tesezuowu-2018",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- A. Shanxi, Yangcheng, 2019 (Word table, one cell per line) ---------------------------
    ("sx-yangcheng-canjianbutie-2019", 1, "implausible_rate", "table",
     "(6)=(3)/(2)\n\t100\n\t100\n\t0\n", "(6)=(3)/(2)\n\t100\n\t100\n\t100\n",
     "(6)=(3)/(2)\n\t100\n\t100\n\t100",
     "funds table row (6) 预算到位率, column 中央级: the column has no budget ((2) is blank), yet the rate cell "
     "now reads 100 instead of 0 - a non-zero rate on a zero base"),
    ("sx-yangcheng-canjianbutie-2019", 2, "sum_mismatch", "table",
     "\t200.00\n\t80.00\n\t240.00", "\t200.00\n\t60.00\n\t240.00",
     "60.00\n\t240.00",
     "funds table row (1) 年初预算资金: 财政资金小计 520.00 but 中央 0 + 省 200.00 + 市 60.00 + 县 240.00 = 500.00"),
    ("sx-yangcheng-canjianbutie-2019", 3, "completion_mismatch", "table",
     "\t106.44%", "\t104.66%",
     "2767.5吨\n\t104.66%",
     "附件1 补贴鲜茧数量: 2767.5吨 against ＞＝2600吨 is 106.44%, stated 104.66%"),
    ("sx-yangcheng-canjianbutie-2019", 4, "rate_mismatch", "table",
     "\t97.68\n", "\t97.86\n",
     "100\n\t97.86",
     "funds table row (7) 预算执行率, column 县区级: 273.50 / 280.00 = 97.68%, stated 97.86"),
    ("sx-yangcheng-canjianbutie-2019", 5, "grade_mismatch", "prose",
     "属于“优秀”", "属于“良好”",
     "97.80分，属于“良好”",
     "total 97.80 lies in the 优 band (90 and above); the text grades it 良好"),
    ("sx-yangcheng-canjianbutie-2019", 6, "unit_mismatch", "prose",
     "县级追加预算40万元", "县级追加预算400000万元",
     "追加预算400000万元",
     "the county top-up is 40万元 (county column 240.00 -> 280.00, total 520 -> 560); the text gives its "
     "amount in 元 (400000) under the unit 万元, off by 10^4"),

    # --- B. Guangxi, Xiangzhou, 2021 (browser copy, tab-separated) -------------------------------
    ("gx-xiangzhou-xiaocangongyu-2021", 1, "year_mismatch", "table",
     "（2021年度）", "（2020年度）",
     "（2020年度）",
     "the 自评表 header claims 2020 while the report, its funds and its figures are for 2021"),
    ("gx-xiangzhou-xiaocangongyu-2021", 2, "score_sum_mismatch", "table",
     "\t15\t14.17\t", "\t15\t14.71\t",
     "34座\t15\t14.71",
     "row scores now add up to 99.23 (9.52 + 14.71 + 10 + 10 + 5 + 10 + 10 + 10 + 10 + 10), "
     "while 总分 and the text state 98.69"),
    ("gx-xiangzhou-xiaocangongyu-2021", 3, "implausible_rate", "prose",
     "满意率为98%", "满意率为108%",
     "满意率为108%",
     "a satisfaction rate above 100%"),
    ("gx-xiangzhou-xiaocangongyu-2021", 4, "balance_mismatch", "prose",
     "未执行的7.64万元", "未执行的6.74万元",
     "未执行的6.74万元",
     "全年预算 160.00 - 全年执行 152.36 = 7.64, stated 6.74"),
    ("gx-xiangzhou-xiaocangongyu-2021", 5, "completion_mismatch", "prose",
     "数量指标完成率94.44%", "数量指标完成率96.44%",
     "完成率96.44%",
     "34 of ≥36 共育室 is 94.44%, stated 96.44%"),
    ("gx-xiangzhou-xiaocangongyu-2021", 6, "conflicting_values", "prose",
     "辐射带动蚕农3215户", "辐射带动蚕农3125户",
     "辐射带动蚕农3125户",
     "text 3125户 against 3215户 in the 自评表 row 辐射带动蚕农户数"),

    # --- C. Sichuan, Jialing, 2023 (PDF copy, spaces between cells) ------------------------------
    ("sc-jialing-sangyuangaizao-2023", 1, "weight_sum_mismatch", "table",
     "600 10 10", "600 12 10",
     "元/亩 600 12 10",
     "分值 now add up to 102 against the stated 100 (产出 rows 62 against 60 in the text)"),
    ("sc-jialing-sangyuangaizao-2023", 2, "rate_mismatch", "table",
     "87.50%", "78.50%",
     "14.00 — 78.50%",
     "其他资金 row: 14.00 / 16.00 = 87.50%, stated 78.50%"),
    ("sc-jialing-sangyuangaizao-2023", 3, "grade_mismatch", "table",
     "自评等级 优", "自评等级 良",
     "自评等级 良",
     "total 99.17 lies in the 优 band; the table grades it 良"),
    ("sc-jialing-sangyuangaizao-2023", 4, "conflicting_values", "prose",
     "项目带动蚕桑农户1946户", "项目带动蚕桑农户1964户",
     "带动蚕桑农户1964户",
     "text 1964户 against 1946 户 in the 自评表 row 带动蚕桑农户"),
    ("sc-jialing-sangyuangaizao-2023", 5, "year_mismatch", "prose",
     "截至2023年12月31日", "截至2022年12月31日",
     "截至2022年12月31日",
     "spending of the 2023 budget (funds issued Feb-Jul 2023) reported as of 31 Dec 2022"),
    ("sc-jialing-sangyuangaizao-2023", 6, "sum_mismatch", "prose",
     "区级财政配套100万元", "区级财政配套110万元",
     "区级财政配套110万元",
     "年初预算 300 = 省级 200 + 区级 110 = 310 does not hold"),

    # --- D. Anhui, Qianshan, 2022, department-wide (｜ tables) ----------------------------------
    ("ah-qianshan-cansangzhan-2022", 1, "score_exceeds_weight", "table",
     "94.81%｜98", "94.81%｜108",
     "94.81%｜108",
     "project score 108 above the 100-point maximum stated under the table"),
    ("ah-qianshan-cansangzhan-2022", 2, "unit_mismatch", "table",
     "≥40期｜46期", "≥40期｜115%",
     "≥40期｜115%",
     "target in 期, actual in % (a completion rate pasted into the 实际完成值 cell)"),
    ("ah-qianshan-cansangzhan-2022", 3, "rate_mismatch", "table",
     "｜94.81%｜", "｜98.41%｜",
     "25.60｜98.41%",
     "小蚕共育室运行补助: 25.60 / 27.00 = 94.81%, stated 98.41%"),
    ("ah-qianshan-cansangzhan-2022", 4, "average_mismatch", "prose",
     "38.9、40.5", "36.9、40.5",
     "36.9、40.5公斤/张，平均40.2",
     "(41.2 + 39.8 + 40.6 + 36.9 + 40.5) / 5 = 39.8, stated 40.2"),
    ("ah-qianshan-cansangzhan-2022", 5, "weight_sum_mismatch", "prose",
     "产出（50分）", "产出（55分）",
     "产出（55分）",
     "10 + 55 + 30 + 10 = 105; the five 产出 rows of the table carry 50"),
    ("ah-qianshan-cansangzhan-2022", 6, "conflicting_values", "prose",
     "培训蚕农2385人次", "培训蚕农2835人次",
     "培训蚕农2835人次",
     "text 2835人次 against 2385人次 in the indicator table"),

    # --- E. Yunnan, Qiaojia, 2018 (converter copy, ' | ' separators) -----------------------------
    ("yn-qiaojia-tesezuowu-2018", 1, "score_sum_mismatch", "table",
     "88.89% | 10 | 8.89", "88.89% | 10 | 8.98",
     "10 | 8.98",
     "row scores now add up to 88.90, stated total 88.81 (table 合计 and text)"),
    ("yn-qiaojia-tesezuowu-2018", 2, "completion_mismatch", "table",
     "103.53%", "105.33%",
     "88% | 105.33%",
     "苗木成活率 88% against ≥85% is 103.53%, stated 105.33%"),
    ("yn-qiaojia-tesezuowu-2018", 3, "sum_mismatch", "table",
     "45.00 | 38.40", "45.00 | 34.80",
     "45.00 | 34.80",
     "表1 实际支出: 112.08 + 34.80 = 146.88, 合计 150.48"),
    ("yn-qiaojia-tesezuowu-2018", 4, "balance_mismatch", "prose",
     "年末结余14.52万元", "年末结余15.42万元",
     "结余15.42万元",
     "到位 165.00 - 支出 150.48 = 14.52, stated 15.42"),
    ("yn-qiaojia-tesezuowu-2018", 5, "score_exceeds_weight", "prose",
     "86分、91分、83分", "86分、101分、83分",
     "86分、101分、83分",
     "an acceptance score of 101 under a stated maximum of 100 (满分100分)"),
    ("yn-qiaojia-tesezuowu-2018", 6, "average_mismatch", "prose",
     "平均每个示范点315亩", "平均每个示范点351亩",
     "平均每个示范点351亩",
     "(360 + 300 + 280 + 320) / 4 = 315, stated 351"),
]


def main():
    labels = []
    for src in SOURCES:
        clean = (CASES / f"{src}-clean.txt").read_text(encoding="utf-8")
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        mine = sorted((e for e in EDITS if e[0] == src), key=lambda e: e[1])
        assert [e[1] for e in mine] == [1, 2, 3, 4, 5, 6], (src, [e[1] for e in mine])
        for _, n, code, where, old, new, value, expl in mine:
            hits = clean.count(old)
            assert hits == 1, f"{src}-e{n}: old string matches {hits} times: {old!r}"
            text = clean.replace(old, new)
            assert value in text, f"{src}-e{n}: value not in case: {value!r}"
            (CASES / f"{src}-e{n}.txt").write_text(text, encoding="utf-8")
            labels.append({"case": f"{src}-e{n}.txt", "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} labels, {len(EDITS)} error cases")


if __name__ == "__main__":
    main()
