#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts and an edit list.

Each edit is one exact old -> new replacement that must match exactly once in its clean draft.
`where` (prose / table) is documentation only; labels.jsonl keeps the dev-set format
{case, source, clean, expected: [{code, severity, value, explanation}]}.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "zj-xianju-gongyuanyanghu-2018",
    "sx-gaoping-lvdiyanghu-2021",
    "hb-zhongxiang-yuanlinju-2020",
    "sc-pengshan-lvdiyanghu-2023",
    "gs-baiyin-gongyuanlvdi-2024",
]

# source -> list of (case suffix, code, where, old, new, value, explanation)
EDITS = {
    "zj-xianju-gongyuanyanghu-2018": [
        ("e1", "rate_mismatch", "table",
         "｜10｜96.29%｜9.63", "｜10｜96.92%｜9.63",
         "｜96.92%｜",
         "自评表 年度资金总额 执行率: 198.75 / 206.40 = 96.29%, the cell says 96.92% (the score 9.63 still follows 96.29%)"),
        ("e2", "sum_mismatch", "table",
         "合计｜｜｜217450｜", "合计｜｜｜217405｜",
         "合计｜｜｜217405",
         "park table: 48600 + 62400 + 35800 + 51200 + 19450 = 217450 平方米, 合计 says 217405 (约326亩 and 21.7万平方米 still hold, so only the sum breaks)"),
        ("e3", "score_exceeds_weight", "table",
         "第三季度｜100｜96.5｜", "第三季度｜100｜106.5｜",
         "第三季度｜100｜106.5",
         "quarterly maintenance assessment: 得分 106.5 above its 分值 100 (no total or average of these scores is stated)"),
        ("e4", "grade_mismatch", "prose",
         "96.55分，评价等级为优秀", "96.55分，评价等级为良好",
         "评价等级为良好",
         "total 96.55 is in the 优 band (>= 90), the text says 良好"),
        ("e5", "year_mismatch", "prose",
         "已按规定结转至2019年使用", "已按规定结转至2018年使用",
         "结转至2018年",
         "unspent money of the 2018 budget is carried over into 2018 itself; must be a later year (2019)"),
        ("e6", "average_mismatch", "prose",
         "平均每批355株", "平均每批345株",
         "平均每批345株",
         "(412 + 365 + 287) / 3 = 354.67, i.e. 355 at whole units; stated 345"),
    ],
    "sx-gaoping-lvdiyanghu-2021": [
        ("e1", "balance_mismatch", "table",
         "(5)=(3)-(4)\n\t8.64\n", "(5)=(3)-(4)\n\t8.46\n",
         "(5)=(3)-(4)\n\t8.46",
         "资金结余 (5)=(3)-(4): 308.50 - 299.86 = 8.64, the cell says 8.46"),
        ("e2", "completion_mismatch", "table",
         "\t1236株\n\t103.00%\n", "\t1236株\n\t103.60%\n",
         "1236株\n\t103.60%",
         "补植乔木 target ≥1200株, actual 1236株: completion 103.00%, stated 103.60%"),
        ("e3", "weight_sum_mismatch", "table",
         "\t建成区绿地率\n\t14\n", "\t建成区绿地率\n\t15\n",
         "建成区绿地率\n\t15",
         "权重 10 + 15 + 12.5 + 7.5 + 5 + 10 + 16 + 15 + 10 = 101 (the 建成区绿地率 weight was 14); score 13.88 kept"),
        ("e4", "conflicting_values", "prose",
         "11月复查成活率96.8%", "11月复查成活率98.6%",
         "成活率98.6%",
         "the survival rate of the replanted trees is 96.8% in 附件1 (业绩值, and completion 101.89% = 96.8/95), the text says 98.6%"),
        ("e5", "unit_mismatch", "prose",
         "苗木补植支出386400元", "苗木补植支出386400万元",
         "苗木补植支出386400万元",
         "a 元 amount labelled 万元: 157.15 + 38.64 + 61.27 + 42.80 = 299.86 only with 386400元 = 38.64万元; off by 10^4"),
        ("e6", "implausible_rate", "table",
         "(6)=(3)/(2)\n\t100\n\t100\n\t0\n", "(6)=(3)/(2)\n\t100\n\t100\n\t100\n",
         "(6)=(3)/(2)\n\t100\n\t100\n\t100",
         "预算到位率 of the 中央级 column is 100 although that column has no budget (zero base): a rate on a zero base"),
    ],
    "hb-zhongxiang-yuanlinju-2020": [
        ("e1", "rate_mismatch", "prose",
         "项目支出执行率96.18%", "项目支出执行率98.16%",
         "项目支出执行率98.16%",
         "project spending 985.36 / 1024.50 = 96.18%, stated 98.16%"),
        ("e2", "sum_mismatch", "prose",
         "园林设施维修158.60万元", "园林设施维修185.60万元",
         "园林设施维修185.60万元",
         "项目支出1024.50万元, 其中 682.00 + 146.30 + 185.60 + 37.60 = 1051.50"),
        ("e3", "score_sum_mismatch", "table",
         "92.6% 6 5.85", "92.6% 6 5.58",
         "92.6% 6 5.58",
         "row scores 19.45 + 10 + 10 + 9.57 + 8 + 5.58 + 6 + 7 + 6 + 7 + 10 = 98.60, 合计 and text say 98.87"),
        ("e4", "average_mismatch", "prose",
         "平均自评得分94.25分", "平均自评得分94.52分",
         "平均自评得分94.52分",
         "(96.5 + 89.4 + 93.8 + 97.3) / 4 = 94.25, stated 94.52"),
        ("e5", "unit_mismatch", "prose",
         "每平方米每年3.50元", "每平方米每年3.50万元",
         "每平方米每年3.50万元",
         "unit price written in 万元: 186.40万平方米 × 3.50元 = 652.40万元 as stated; with 万元 it is off by 10^4"),
        ("e6", "grade_mismatch", "table",
         "128.56 89.4 良", "128.56 89.4 优",
         "89.4 优",
         "苗木补植 project score 89.4 is in the 良 band (80–90), the table says 优"),
    ],
    "sc-pengshan-lvdiyanghu-2023": [
        ("e1", "completion_mismatch", "prose",
         "完成率106.25%", "完成率106.52%",
         "完成率106.52%",
         "补植乔木 850株 against the target 800株: 106.25%, stated 106.52%"),
        ("e2", "weight_sum_mismatch", "table",
         "\t41.3\t12.5\t12.29", "\t41.3\t13.5\t12.29",
         "41.3\t13.5\t12.29",
         "效益指标(30分): 10 + 13.5 + 7.5 = 31, and all 分值 add up to 101"),
        ("e3", "year_mismatch", "prose",
         "截至2023年12月31日", "截至2024年12月31日",
         "截至2024年12月31日",
         "the 2023 report states its spending as of 31 Dec 2024; the cut-off must name the evaluation year 2023"),
        ("e4", "conflicting_values", "table",
         "\t95.2\t10\t10", "\t92.5\t10\t10",
         "%\t92.5\t10",
         "游园群众满意度 is 95.2% in the text (问卷500份), the 自评表 实际完成值 says 92.5"),
        ("e5", "sum_mismatch", "table",
         "\t336.18\t", "\t336.81\t",
         "343.60\t336.81",
         "全年执行数: 财政资金 336.81 + 单位资金 12.40 = 349.21, 年度资金总额 says 348.58"),
        ("e6", "score_exceeds_weight", "table",
         "\t100\t96.0\n", "\t100\t106.0\n",
         "100\t106.0",
         "三标段 考核得分 106.0 above its 考核分值 100 (no total or average of these scores is stated)"),
    ],
    "gs-baiyin-gongyuanlvdi-2024": [
        ("e1", "balance_mismatch", "prose",
         "结余资金7.82万元", "结余资金7.28万元",
         "结余资金7.28万元",
         "到位 400.00 - 支出 392.18 = 7.82, stated 7.28"),
        ("e2", "implausible_rate", "prose",
         "游客满意度为97.3%", "游客满意度为107.3%",
         "游客满意度为107.3%",
         "a satisfaction rate above 100%"),
        ("e3", "score_sum_mismatch", "prose",
         "产出指标49.87分", "产出指标48.97分",
         "产出指标48.97分",
         "产出 rows 10 + 10 + 9.87 + 5 + 5 + 10 = 49.87; and 9.34 + 48.97 + 29.50 + 10 = 97.81, not the stated 合计98.71"),
        ("e4", "completion_mismatch", "table",
         "\t86.2%\t101.41%", "\t86.2%\t104.11%",
         "86.2%\t104.11%",
         "服务半径覆盖率 target ≥85%, actual 86.2%: 101.41%, stated 104.11%"),
        ("e5", "unit_mismatch", "table",
         "\t1580株\t105.33%", "\t105.33%\t105.33%",
         "≥1500株\t105.33%",
         "补植乔灌木数量: target in 株, actual written as a percentage (105.33%), completion cannot be computed"),
        ("e6", "rate_mismatch", "prose",
         "到位率95.24%", "到位率95.42%",
         "到位率95.42%",
         "到位 400.00 / 全年预算 420.00 = 95.24%, stated 95.42%"),
    ],
}


def main():
    lines = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        lines.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for suffix, code, where, old, new, value, expl in EDITS[src]:
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src}-{suffix}: old string matches {n} times: {old!r}")
            err = clean.replace(old, new)
            if value not in err:
                sys.exit(f"{src}-{suffix}: value not in error case: {value!r}")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(err)
            lines.append({"case": name, "source": src, "clean": False,
                          "expected": [{"code": code, "severity": "error",
                                        "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in lines:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(lines)} cases")


if __name__ == "__main__":
    main()
