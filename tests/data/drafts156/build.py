#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts156 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
The error case <source>-eN.txt is the clean draft with that one replacement; its label names the
code, the exact substring `value` (which contains the changed figure) and an explanation.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "dingyuan-ruralbus-2021",
    "guannan-citybus-2023",
    "dejiang-ruralroadmaint-2020",
    "yongning-taxifuel-2019",
    "dongfang-transportenforce-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- 定远县 农村客运补贴 2021 (web table copied as tab-separated rows) ---
    ("dingyuan-ruralbus-2021", 1, "sum_mismatch", "table",
     "其中：当年财政拨款\t386.00\t431.20", "其中：当年财政拨款\t386.00\t432.10",
     "当年财政拨款\t386.00\t432.10",
     "全年预算数 column: 当年财政拨款 432.10 + 上年结转 21.40 + 其他 0 = 453.50, but 年度资金总额 is 452.60 "
     "(the text gives 386.00 + 45.20 = 431.20); digits of 431.20 transposed"),
    ("dingyuan-ruralbus-2021", 2, "implausible_rate", "table",
     "其他资金\t0\t0\t0\t—\t—", "其他资金\t0\t0\t0\t—\t100%",
     "其他资金\t0\t0\t0\t—\t100%",
     "execution rate 100% printed for 其他资金 whose 全年预算数 is 0: a rate on a zero base"),
    ("dingyuan-ruralbus-2021", 3, "average_mismatch", "prose",
     "平均实载率为62.4%", "平均实载率为64.2%",
     "平均实载率为64.2%",
     "mean of the five lines listed (58.2, 66.0, 61.5, 64.3, 62.0) = 312.0 / 5 = 62.4%, stated 64.2%"),
    ("dingyuan-ruralbus-2021", 4, "year_mismatch", "prose",
     "结转至2022年继续用于", "结转至2021年继续用于",
     "结转至2021年",
     "the 2021 balance cannot be carried over to 2021 itself; the next year is 2022"),
    ("dingyuan-ruralbus-2021", 5, "completion_mismatch", "prose",
     "完成年度目标的104%", "完成年度目标的114%",
     "完成年度目标的114%",
     "312 vehicles against the target ≥300 = 104%, stated 114%"),
    ("dingyuan-ruralbus-2021", 6, "grade_mismatch", "prose",
     "评价等级为“优秀”", "评价等级为“良好”",
     "评价等级为“良好”",
     "total 97.36 lies in the 优 band (90–100), stated 良好"),

    # --- 灌南县 城市公交运营补贴 2023 (Shanxi-style flattened cells, bookmarks) ---
    ("guannan-citybus-2023", 1, "balance_mismatch", "table",
     "\t38.28\n\t38.28\n\t0\n\t38.28", "\t38.82\n\t38.82\n\t0\n\t38.82",
     "38.82",
     "资金结余 (5)=(3)-(4): 1356.80 − 1318.52 = 38.28 (县级 1200.00 − 1161.72 = 38.28); the row prints 38.82 "
     "in 总金额, 小计 and 县级"),
    ("guannan-citybus-2023", 2, "rate_mismatch", "table",
     "\t96.81\n", "\t96.18\n",
     "96.18",
     "预算执行率 (7)=(4)/(2), 县级 column: 1161.72 / 1200.00 = 96.81%, printed 96.18"),
    ("guannan-citybus-2023", 3, "completion_mismatch", "table",
     "103.44%", "104.34%",
     "104.34%",
     "年运营里程 641.3万公里 against ≥620万公里 = 103.44%, 完成率 printed 104.34%"),
    ("guannan-citybus-2023", 4, "unit_mismatch", "prose",
     "老年人等免费乘车补贴175.32万元", "老年人等免费乘车补贴1753200万元",
     "1753200万元",
     "the 元 figure 1753200 written with 万元: 986.40 + 156.80 + 1753200 ≠ 1318.52; rescaled by 10^4 "
     "(175.32万元 = 146.1万人次 × 1.20元) the breakdown adds up"),
    ("guannan-citybus-2023", 5, "conflicting_values", "prose",
     "全县开通城市公交线路12条", "全县开通城市公交线路14条",
     "城市公交线路14条",
     "number of city bus lines: 14 in the overview, 12 in the annual goal, the output text and the table"),
    ("guannan-citybus-2023", 6, "score_sum_mismatch", "prose",
     "效益指标得分29.32分", "效益指标得分29.23分",
     "效益指标得分29.23分，满意度指标得分10分，总得分98.84分",
     "9.72 + 49.8 + 29.23 + 10 = 98.75, stated total 98.84 (the benefit rows of the table add to 29.32)"),

    # --- 德江县 农村公路日常养护 2020 (PDF text, cells separated by spaces, page footers) ---
    ("dejiang-ruralroadmaint-2020", 1, "rate_mismatch", "prose",
     "支出率 90.32%", "支出率 90.23%",
     "支出率 90.23%",
     "省级补助资金 560.00 / 620.00 = 90.32%, stated 90.23%"),
    ("dejiang-ruralroadmaint-2020", 2, "unit_mismatch", "table",
     "≥2846.3公里 2846.3公里 10 10", "≥2846.3公里 100% 10 10",
     "≥2846.3公里 100%",
     "target in 公里, actual given as a percentage: completion cannot be computed"),
    ("dejiang-ruralroadmaint-2020", 3, "grade_mismatch", "prose",
     "评价等级为“良好”", "评价等级为“优秀”",
     "评价等级为“优秀”",
     "total 88.71 lies in the 良 band (80–90), stated 优秀"),
    ("dejiang-ruralroadmaint-2020", 4, "weight_sum_mismatch", "table",
     "326人 10 10", "326人 12 10",
     "326人 12 10",
     "weights now 10 + 50 + 32 + 10 = 102 against the 总分 row 100 (效益 rows 10 + 12 + 10)"),
    ("dejiang-ruralroadmaint-2020", 5, "score_sum_mismatch", "table",
     "83% 10 9.22", "83% 10 9.72",
     "83% 10 9.72 部分路段修复不及时\n总分 100 88.71",
     "row scores now add to 89.21 (8.08 + 47.41 + 24 + 9.72), stated total 88.71; indicator rows 81.13 vs "
     "the 80.63 stated in the text"),
    ("dejiang-ruralroadmaint-2020", 6, "year_mismatch", "prose",
     "截至 2020 年 12 月 31 日", "截至 2019 年 12 月 31 日",
     "截至 2019 年 12 月 31 日",
     "the 2020 report states its spending as at the end of 2019"),

    # --- 永宁县 出租汽车油价补贴 2019 (Word/web table with | pipes) ---
    ("yongning-taxifuel-2019", 1, "implausible_rate", "table",
     "| ≥90% | 91.2% |", "| ≥90% | 101.2% |",
     "101.2%",
     "驾驶员满意度 101.2%: a satisfaction rate above 100%"),
    ("yongning-taxifuel-2019", 2, "score_exceeds_weight", "table",
     "| 91.2% | 5 | 5 | |\n| 满意度指标 | 服务对象满意度指标 | 乘客满意度 | ≥90% | 81.6% | 5 | 4.53 |",
     "| 91.2% | 5 | 5.53 | |\n| 满意度指标 | 服务对象满意度指标 | 乘客满意度 | ≥90% | 81.6% | 5 | 4.00 |",
     "91.2% | 5 | 5.53",
     "驾驶员满意度 scored 5.53 with 分值 5 (乘客满意度 lowered to 4.00, so the total still reads 98.69)"),
    ("yongning-taxifuel-2019", 3, "balance_mismatch", "prose",
     "结余4.92万元", "结余4.29万元",
     "结余4.29万元",
     "267.32 − 262.40 = 4.92 (6 vehicles × 8200元), stated 4.29"),
    ("yongning-taxifuel-2019", 4, "conflicting_values", "table",
     "| ≥300辆 | 320辆 |", "| ≥300辆 | 302辆 |",
     "302辆",
     "vehicles subsidised: 302 in the table, 320 in the text (320 × 8200元 = 262.40万元)"),
    ("yongning-taxifuel-2019", 5, "weight_sum_mismatch", "prose",
     "效益指标30分", "效益指标35分",
     "效益指标35分",
     "stated weights 10 + 50 + 35 + 10 = 105 (the table's 效益 rows carry 30)"),
    ("yongning-taxifuel-2019", 6, "completion_mismatch", "prose",
     "完成年度目标的106.67%", "完成年度目标的116.67%",
     "完成年度目标的116.67%",
     "320 vehicles against ≥300 = 106.67%, stated 116.67%"),

    # --- 东方市 交通运输综合执法经费 2024 (Sichuan-like numbered prose, table with ｜) ---
    ("dongfang-transportenforce-2024", 1, "sum_mismatch", "prose",
     "超限检测站运行经费62.35万元", "超限检测站运行经费63.25万元",
     "超限检测站运行经费63.25万元",
     "46.80 + 15.20 + 63.25 + 8.60 + 35.98 = 169.83 ≠ 实际支出 168.93"),
    ("dongfang-transportenforce-2024", 2, "average_mismatch", "prose",
     "平均每个中队231次", "平均每个中队213次",
     "平均每个中队213次",
     "1386 checks / 6 squads = 231, stated 213"),
    ("dongfang-transportenforce-2024", 3, "year_mismatch", "table",
     "年度｜2024年", "年度｜2023年",
     "年度｜2023年",
     "the 2024 report's table header names 2023 (template of the previous year)"),
    ("dongfang-transportenforce-2024", 4, "score_exceeds_weight", "table",
     "｜1386次｜10｜10｜\n产出指标｜数量指标｜超限检测货车数量｜≥18万辆｜16.2万辆｜10｜9.00｜",
     "｜1386次｜10｜11｜\n产出指标｜数量指标｜超限检测货车数量｜≥18万辆｜16.2万辆｜10｜8.00｜",
     "1386次｜10｜11",
     "路面执法检查次数 scored 11 with 分值 10 (the next row lowered to 8.00, so the total still reads 94.39)"),
    ("dongfang-transportenforce-2024", 5, "grade_mismatch", "table",
     "评价等级：优秀", "评价等级：良好",
     "94.39｜评价等级：良好",
     "total 94.39 lies in the 优 band, the table states 良好"),
    ("dongfang-transportenforce-2024", 6, "unit_mismatch", "prose",
     "每台3800元", "每台3800万元",
     "每台3800万元",
     "40 body cameras at 3800万元 each would be 152000万元, not 15.20万元; the price is 3800元"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            count = clean.count(old)
            if count != 1:
                raise SystemExit(f"{src}-e{n}: old text matches {count} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with an injected error)")


if __name__ == "__main__":
    main()
