#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one replacement (old -> new). `old` must occur exactly once in
the clean draft; `value` (the label) must occur exactly once in the resulting error case and contain the changed
figure. `fig_old` / `fig_new` name the changed figure: `fig_old` must occur once in the clean draft (except for
conflicting_values, where the figure is meant to appear twice, and for table cells holding small weights/scores,
years and words, marked with None) and `fig_new` once in the error case.
Standard library only.  Run:  python3 build.py
"""
import json
import os
import re

BASE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(BASE, "cases")

# (source id, n, code, where, old, new, value, fig_old, fig_new, explanation)
EDITS = [
    # ---- ah-qimen-kjgmianfei-2019 (Anhui, county science museum free opening) ----
    ("ah-qimen-kjgmianfei-2019", 1, "rate_mismatch", "prose",
     "县级配套资金支出9.14万元，执行率76.17%", "县级配套资金支出9.14万元，执行率71.67%",
     "执行率71.67%", "76.17", "71.67",
     "county matching funds: 9.14 / 12.00 = 76.17%, stated 71.67%"),
    ("ah-qimen-kjgmianfei-2019", 2, "completion_mismatch", "table",
     "| 8.46万人次 | 105.75% |", "| 8.46万人次 | 107.55% |",
     "8.46万人次 | 107.55%", "105.75", "107.55",
     "visitors 8.46 / target 8 = 105.75%, table states 107.55%"),
    ("ah-qimen-kjgmianfei-2019", 3, "sum_mismatch", "prose",
     "物业等运行费用11.72万元", "物业等运行费用11.27万元",
     "运行费用11.27万元", "11.72", "11.27",
     "18.46 + 21.30 + 14.40 + 11.27 + 3.26 = 68.69, but 共计支出 69.14 (the rate 69.14/72 still holds)"),
    ("ah-qimen-kjgmianfei-2019", 4, "grade_mismatch", "prose",
     "综合评价等级为优。", "综合评价等级为良。",
     "综合评价等级为良", None, None,
     "total 98.20 lies in the 优 band (>= 90), grade stated 良"),
    ("ah-qimen-kjgmianfei-2019", 5, "unit_mismatch", "table",
     "| ≥300天 | 306天 |", "| ≥300天 | 102% |",
     "≥300天 | 102%", "306", "102",
     "opening days: target in 天 (≥300天), actual written as a percentage (102%)"),
    ("ah-qimen-kjgmianfei-2019", 6, "year_mismatch", "prose",
     "已按规定结转至2020年", "已按规定结转至2019年",
     "结转至2019年", None, None,
     "unspent money of the 2019 budget carried over to 2019 itself; must be a later year"),

    # ---- sc-ganzi-liudongkjg-2018 (Sichuan, prefecture touring mobile science museum) ----
    ("sc-ganzi-liudongkjg-2018", 1, "balance_mismatch", "prose",
     "年末结余9.36万元", "年末结余9.63万元",
     "年末结余9.63万元", "9.36", "9.63",
     "86.40 - 77.04 = 9.36 (prefecture part 26.40 - 17.04 = 9.36), stated 9.63"),
    ("sc-ganzi-liudongkjg-2018", 2, "weight_sum_mismatch", "table",
     "| 巡展站点数 | ≥ | 6 | 个 | 6 | 10 | 10 |", "| 巡展站点数 | ≥ | 6 | 个 | 6 | 12 | 10 |",
     "个 | 6 | 12 | 10", None, None,
     "产出 weights 12 + 10 + 8 + 8 + 6 + 8 = 52 against 小计 50"),
    ("sc-ganzi-liudongkjg-2018", 3, "score_sum_mismatch", "table",
     "| 30 | 28.00 |", "| 30 | 29.00 |",
     "30 | 29.00", "28.00", "29.00",
     "效益 rows 10 + 9.20 + 8.80 = 28.00, 小计 states 29.00; subtotals then add to 97.92, not 96.92"),
    ("sc-ganzi-liudongkjg-2018", 4, "average_mismatch", "prose",
     "平均每站1.97万人次", "平均每站1.79万人次",
     "平均每站1.79万人次", "1.97", "1.79",
     "(3.86 + 2.14 + 1.52 + 1.38 + 1.27 + 1.65) / 6 = 1.97, stated 1.79"),
    ("sc-ganzi-liudongkjg-2018", 5, "implausible_rate", "table",
     "| 95.8 | 10 | 10 |", "| 105.8 | 10 | 10 |",
     "% | 105.8", "95.8", "105.8",
     "visitor satisfaction 105.8% is above 100%"),
    ("sc-ganzi-liudongkjg-2018", 6, "conflicting_values", "table",
     "| 万人次 | 11.82 |", "| 万人次 | 12.18 |",
     "万人次 | 12.18", None, "12.18",
     "table gives 12.18万人次 visitors, the text 11.82万人次 (= sum of the six stops)"),

    # ---- he-zhuolu-kexiebumen-2023 (Hebei, county association, whole-department report) ----
    ("he-zhuolu-kexiebumen-2023", 1, "score_exceeds_weight", "table",
     "| 93.00% | 93.2 |", "| 93.00% | 103.2 |",
     "93.00% | 103.2", "93.2", "103.2",
     "sub-project score 103.2 above its maximum of 100 (column 自评得分（满分100分）)"),
    ("he-zhuolu-kexiebumen-2023", 2, "sum_mismatch", "table",
     "| 当年财政拨款 | 268.40 |", "| 当年财政拨款 | 286.40 |",
     "当年财政拨款 | 286.40", "268.40", "286.40",
     "年初预算 column: 286.40 + 8.60 + 0.00 = 295.00, 合计 277.00 (and 286.40 + 追加 23.20 != 291.60)"),
    ("he-zhuolu-kexiebumen-2023", 3, "rate_mismatch", "table",
     "| 16.89 | 84.45% |", "| 16.89 | 80.45% |",
     "16.89 | 80.45%", "84.45", "80.45",
     "基层科普行动计划 16.89 / 20.00 = 84.45%, stated 80.45%"),
    ("he-zhuolu-kexiebumen-2023", 4, "grade_mismatch", "prose",
     "评价等级为优秀。", "评价等级为良好。",
     "评价等级为良好", None, None,
     "total 98.26 lies in the 优 band, grade stated 良好"),
    ("he-zhuolu-kexiebumen-2023", 5, "average_mismatch", "prose",
     "平均每站1.01万人次", "平均每站1.10万人次",
     "平均每站1.10万人次", "1.01", "1.10",
     "(1.26 + 0.94 + 0.83) / 3 = 1.01, stated 1.10"),
    ("he-zhuolu-kexiebumen-2023", 6, "year_mismatch", "prose",
     "截至2023年12月31日", "截至2022年12月31日",
     "截至2022年12月31日", None, None,
     "the unspent balance of the 2023 budget is dated at the end of 2022"),

    # ---- nm-chifeng-kjgmianfei-2024 (Inner Mongolia, city science museum free opening) ----
    ("nm-chifeng-kjgmianfei-2024", 1, "conflicting_values", "prose",
     "全年服务到馆观众41.36万人次", "全年服务到馆观众43.16万人次",
     "服务到馆观众43.16万人次", None, "43.16",
     "visitors 43.16万人次 in the conclusion, 41.36万人次 in section 四 and in the table"),
    ("nm-chifeng-kjgmianfei-2024", 2, "implausible_rate", "prose",
     "中小学生群体满意率98.6%", "中小学生群体满意率108.6%",
     "满意率108.6%", "98.6", "108.6",
     "a satisfaction rate of 108.6% is above 100%"),
    ("nm-chifeng-kjgmianfei-2024", 3, "completion_mismatch", "table",
     "| 43所 | 107.50% |", "| 43所 | 105.70% |",
     "43所 | 105.70%", "107.50", "105.70",
     "43 / 40 = 107.50%, stated 105.70%"),
    ("nm-chifeng-kjgmianfei-2024", 4, "unit_mismatch", "prose",
     "每人每月补助2000元", "每人每月补助2000万元",
     "补助2000万元", None, "2000万元",
     "16 guides x 2000 x 12 months = 38.40万元 only if 2000 is in 元; written as 万元 it is off by 10^4"),
    ("nm-chifeng-kjgmianfei-2024", 5, "score_sum_mismatch", "table",
     "| 30 | 28.33 |", "| 30 | 28.83 |",
     "30 | 28.83", "28.33", "28.83",
     "效益 rows 10 + 8.33 + 10 = 28.33, 小计 states 28.83; subtotals then add to 98.40, not 97.90"),
    ("nm-chifeng-kjgmianfei-2024", 6, "balance_mismatch", "prose",
     "年末结余7.82万元", "年末结余7.28万元",
     "年末结余7.28万元", "7.82", "7.28",
     "235.60 - 227.78 = 7.82, stated 7.28"),

    # ---- yn-wenshan-liudongxunzhan-2021 (Yunnan, prefecture touring mobile science museum) ----
    ("yn-wenshan-liudongxunzhan-2021", 1, "weight_sum_mismatch", "table",
     "| 30 | 28.13 |", "| 35 | 28.13 |",
     "35 | 28.13", None, None,
     "效益 rows weigh 10 + 10 + 10 = 30, 小计 states 35; weights then total 105"),
    ("yn-wenshan-liudongxunzhan-2021", 2, "score_exceeds_weight", "table",
     "| 7.20 | 94 |", "| 7.20 | 104 |",
     "7.20 | 104", "94", "104",
     "马关县 stop scored 104 although the column is 考核得分（满分100分）"),
    ("yn-wenshan-liudongxunzhan-2021", 3, "rate_mismatch", "table",
     "| 13.52 | 84.50% |", "| 13.52 | 85.40% |",
     "13.52 | 85.40%", "84.50", "85.40",
     "州级配套 13.52 / 16.00 = 84.50%, stated 85.40%"),
    ("yn-wenshan-liudongxunzhan-2021", 4, "completion_mismatch", "prose",
     "完成年度目标的111.00%", "完成年度目标的110.10%",
     "完成年度目标的110.10%", "111.00", "110.10",
     "6.66 / 6 = 111.00%, stated 110.10%"),
    ("yn-wenshan-liudongxunzhan-2021", 5, "unit_mismatch", "table",
     "| ≥40场 | 46场 |", "| ≥40场 | 115% |",
     "≥40场 | 115%", "46", "115",
     "activities: target in 场, actual written as a percentage"),
    ("yn-wenshan-liudongxunzhan-2021", 6, "year_mismatch", "prose",
     "省级补助资金10.00万元于2021年4月下达", "省级补助资金10.00万元于2020年4月下达",
     "于2020年4月下达", None, None,
     "2021 provincial funds issued in April 2020: neither in the evaluation year nor a December advance"),
]

SOURCES = ["ah-qimen-kjgmianfei-2019", "sc-ganzi-liudongkjg-2018", "he-zhuolu-kexiebumen-2023",
           "nm-chifeng-kjgmianfei-2024", "yn-wenshan-liudongxunzhan-2021"]


def count_fig(text, fig):
    """Occurrences of a figure not inside a longer number."""
    return len(re.findall(r"(?<![\d.])" + re.escape(fig) + r"(?!\.?\d)", text))


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, fig_old, fig_new, expl) in EDITS:
            if s != src:
                continue
            assert clean.count(old) == 1, (src, n, "old must match exactly once", old)
            err = clean.replace(old, new)
            assert err != clean
            assert err.count(value) == 1, (src, n, "value must occur exactly once", value)
            if fig_old is not None and code != "conflicting_values":
                assert count_fig(clean, fig_old) == 1, (src, n, "figure appears more than once", fig_old)
            if fig_new is not None:
                assert count_fig(err, fig_new) == 1 or (fig_new.endswith("万元") and err.count(fig_new) == 1), \
                    (src, n, "new figure appears more than once", fig_new)
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(err)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(BASE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with errors)")


if __name__ == "__main__":
    main()
