#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts225 from the clean drafts.

Every edit is an exact old -> new replacement that must occur exactly once in its clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "dingxing-chuangdantiexi-2020",
    "xiangyin-jinengtisheng-2021",
    "baicheng-gongyigangwei-2023",
    "haian-jianxibutie-2018",
    "banan-gaoxiaobiye-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- dingxing-chuangdantiexi-2020 (Hebei, seed-003 flattened tables) ----
    ("dingxing-chuangdantiexi-2020", 1, "rate_mismatch", "text",
     "全年拨付贴息资金178.56万元，预算执行率95.79%",
     "全年拨付贴息资金178.56万元，预算执行率95.97%",
     "预算执行率95.97%",
     "178.56 / 186.40 = 95.79%, the sentence states 95.97% (digits transposed)"),
    ("dingxing-chuangdantiexi-2020", 2, "implausible_rate", "table",
     "\t93.47\n\t100\n\t0\n",
     "\t93.47\n\t100\n\t100\n",
     "93.47\n\t100\n\t100",
     "funds table row 预算执行率 (7)=(4)/(2), column 其他资金: budget and execution are empty/0, yet 100 is printed on a zero base"),
    ("dingxing-chuangdantiexi-2020", 3, "completion_mismatch", "table",
     "\t287人\n\t110.38%",
     "\t287人\n\t110.83%",
     "110.83%",
     "扶持个人创业人数: 287 / 260 = 110.38%, 完成率 cell reads 110.83%"),
    ("dingxing-chuangdantiexi-2020", 4, "average_mismatch", "text",
     "季均拨付44.64万元",
     "季均拨付44.46万元",
     "季均拨付44.46万元",
     "(38.62 + 45.10 + 47.36 + 47.48) / 4 = 44.64, stated 44.46"),
    ("dingxing-chuangdantiexi-2020", 5, "year_mismatch", "text",
     "已结转至2021年使用",
     "已结转至2020年使用",
     "结转至2020年",
     "the 2020 balance is carried over to 2020 itself; it must go to 2021"),
    ("dingxing-chuangdantiexi-2020", 6, "score_exceeds_weight", "table",
     "\t9家\n\t112.50%\n\t5\n\t\n\n\t\n\t质量指标\n\t贷款到期回收率\n\t10\n\t≥98%\n\t96.5%\n\t98.47%\n\t9.85\n",
     "\t9家\n\t112.50%\n\t9.85\n\t\n\n\t\n\t质量指标\n\t贷款到期回收率\n\t10\n\t≥98%\n\t96.5%\n\t98.47%\n\t5\n",
     "112.50%\n\t9.85",
     "扶持小微企业数量 has 分值 5 but 得分 9.85 (the scores of this row and of 贷款到期回收率 were entered in each other's rows; the total still adds up)"),

    # ---- xiangyin-jinengtisheng-2021 (Hunan, tab-separated table rows) ----
    ("xiangyin-jinengtisheng-2021", 1, "balance_mismatch", "text",
     "年末结余118.78万元",
     "年末结余118.87万元",
     "118.87万元",
     "全年预算 507.40 (all received) - 实际支出 388.62 = 118.78, stated 118.87"),
    ("xiangyin-jinengtisheng-2021", 2, "sum_mismatch", "text",
     "就业技能培训补贴78.28万元",
     "就业技能培训补贴87.28万元",
     "就业技能培训补贴87.28万元",
     "146.45 + 122.80 + 87.28 + 25.89 + 15.20 = 397.62, but the parts are given for the 388.62 spent"),
    ("xiangyin-jinengtisheng-2021", 3, "conflicting_values", "table",
     "以工代训人数\t≥2000人\t2180人",
     "以工代训人数\t≥2000人\t2810人",
     "2810人",
     "the text gives 以工代训2180人 (1612 + 2180 + 794 = 4586人次), the table row says 2810人"),
    ("xiangyin-jinengtisheng-2021", 4, "weight_sum_mismatch", "table",
     "25个工作日\t8\t8",
     "25个工作日\t10\t8",
     "25个工作日\t10",
     "分值 now 10 + (10+8+8+8+10+8) + 30 + 10 = 102, not 100 (产出 block 52)"),
    ("xiangyin-jinengtisheng-2021", 5, "grade_mismatch", "text",
     "评价等级为\"良\"",
     "评价等级为\"优\"",
     "评价等级为\"优\"",
     "87.31 lies in the 良 band (80 <= s < 90), not 优"),
    ("xiangyin-jinengtisheng-2021", 6, "unit_mismatch", "table",
     "≥5000人次\t4586人次",
     "≥5000人次\t91.72%",
     "≥5000人次\t91.72%",
     "target in 人次, 实际完成值 written as a percentage (the completion rate)"),

    # ---- baicheng-gongyigangwei-2023 (Xinjiang, full-width ｜ table rows) ----
    ("baicheng-gongyigangwei-2023", 1, "score_sum_mismatch", "text",
     "效益指标24.75分",
     "效益指标27.45分",
     "效益指标27.45分、满意度指标10分，自评得分94.47分",
     "9.72 + 50 + 27.45 + 10 = 97.17, stated total 94.47 (table rows give 效益 24.75)"),
    ("baicheng-gongyigangwei-2023", 2, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "0.00｜—｜100%",
     "其他资金 budget 0.00 and execution 0.00: an execution rate of 100% on a zero base"),
    ("baicheng-gongyigangwei-2023", 3, "rate_mismatch", "table",
     "1502.87｜—｜97.08%",
     "1502.87｜—｜97.80%",
     "97.80%",
     "当年财政拨款 1502.87 / 1548.00 = 97.08%, printed 97.80%"),
    ("baicheng-gongyigangwei-2023", 4, "conflicting_values", "text",
     "全年累计安置公益性岗位人员686人，兜底",
     "全年累计安置公益性岗位人员668人，兜底",
     "安置公益性岗位人员668人",
     "section 三 and the table give 686人 (512 + 174 = 686), the conclusion says 668人"),
    ("baicheng-gongyigangwei-2023", 5, "average_mismatch", "text",
     "平均在岗620人",
     "平均在岗602人",
     "平均在岗602人",
     "(598 + 631 + 645 + 606) / 4 = 620, stated 602"),
    ("baicheng-gongyigangwei-2023", 6, "completion_mismatch", "table",
     "686人｜105.54%",
     "686人｜105.45%",
     "686人｜105.45%",
     "686 / 650 = 105.54%, 完成率 cell reads 105.45%"),

    # ---- haian-jianxibutie-2018 (Jiangsu, PDF text with space-separated cells) ----
    ("haian-jianxibutie-2018", 1, "sum_mismatch", "table",
     "其中：当年财政拨款 100.00 116.40 87.76",
     "其中：当年财政拨款 100.00 116.40 87.67",
     "116.40 87.67",
     "全年执行数: 87.67 + 16.26 + 0.00 = 103.93, 年度资金总额 says 104.02"),
    ("haian-jianxibutie-2018", 2, "completion_mismatch", "text",
     "完成年度目标的87.33%",
     "完成年度目标的87.03%",
     "完成年度目标的87.03%",
     "262 / 300 = 87.33%, stated 87.03%"),
    ("haian-jianxibutie-2018", 3, "grade_mismatch", "table",
     "88.74 评价等级：良",
     "88.74 评价等级：优",
     "88.74 评价等级：优",
     "total 88.74 is in the 良 band, the table footer says 优"),
    ("haian-jianxibutie-2018", 4, "score_exceeds_weight", "table",
     "≥300人 262人 10 8.73 见习意愿不强，加强宣传\n新认定见习基地 ≥5家 6家 5 5",
     "≥300人 262人 10 5 见习意愿不强，加强宣传\n新认定见习基地 ≥5家 6家 5 8.73",
     "6家 5 8.73",
     "新认定见习基地 分值 5, 得分 8.73 (scores of two adjacent rows swapped; the total still adds up)"),
    ("haian-jianxibutie-2018", 5, "balance_mismatch", "text",
     "年末结余28.64万元",
     "年末结余26.84万元",
     "26.84万元",
     "132.66 received - 104.02 spent = 28.64, stated 26.84"),
    ("haian-jianxibutie-2018", 6, "year_mismatch", "text",
     "截至2018年12月31日",
     "截至2017年12月31日",
     "截至2017年12月31日",
     "a 2018 report closes its spending at 31 Dec 2017 (last year's template date)"),

    # ---- banan-gaoxiaobiye-2024 (Chongqing, markdown pipe tables) ----
    ("banan-gaoxiaobiye-2024", 1, "weight_sum_mismatch", "table",
     "| ≥600人 | 612人 | 5 | 5 |",
     "| ≥600人 | 612人 | 10 | 5 |",
     "612人 | 10 | 5",
     "分值 now sum to 105 (产出 block 55)"),
    ("banan-gaoxiaobiye-2024", 2, "score_sum_mismatch", "table",
     "| 463户 | 10 | 9.26 |",
     "| 463户 | 10 | 9.62 |",
     "9.62 | 小微企业用工需求下降 |\n| 满意度指标 | 服务对象满意度指标 | 高校毕业生满意度 | ≥90% | 96.2% | 10 | 10 | |\n| 总分 | | | | | 100 | 98.96 |",
     "row scores now add to 99.32, the 总分 row (and the text) say 98.96"),
    ("banan-gaoxiaobiye-2024", 3, "rate_mismatch", "text",
     "执行率91.69%",
     "执行率91.96%",
     "执行率91.96%",
     "区级资金 137.53 / 150.00 = 91.69%, stated 91.96%"),
    ("banan-gaoxiaobiye-2024", 4, "conflicting_values", "text",
     "返乡登记1862人",
     "返乡登记1826人",
     "返乡登记1826人",
     "section 二 gives 返乡登记的1862名 (1734 / 1862 = 93.1%), the overview says 1826人"),
    ("banan-gaoxiaobiye-2024", 5, "sum_mismatch", "table",
     "| 150.00 | 400.00 | 387.53 |",
     "| 150.00 | 400.00 | 378.53 |",
     "378.53",
     "全年执行数: 378.53 + 22.50 + 0.00 = 401.03, 年度资金总额 says 410.03"),
    ("banan-gaoxiaobiye-2024", 6, "unit_mismatch", "text",
     "求职创业补贴61.20万元",
     "求职创业补贴612000万元",
     "612000万元",
     "612人 x 1000元 = 612000元 = 61.20万元; the 元 figure carries the unit 万元 (off by 10^4), which is also what breaks the sum to 410.03"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old text occurs {cnt} times, must be exactly once: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-e{n}: value {value!r} not in the error case")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
