#!/usr/bin/env python3
"""Build the 30 error cases and labels.jsonl from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
The label value is an exact substring of the error case that contains the changed figure.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (source id, suffix, code, where, old, new, value, explanation)
EDITS = [
    # ---- fj-anxi-fanzhaxuanchuan-2022 (pipes) ----
    ("fj-anxi-fanzhaxuanchuan-2022", "e1", "completion_mismatch", "table",
     "|462场|115.50%|", "|462场|111.50%|", "462场|111.50%",
     "开展反诈宣传活动: 462 / 400 = 115.50%, stated 111.50%"),
    ("fj-anxi-fanzhaxuanchuan-2022", "e2", "weight_sum_mismatch", "table",
     "|33.6万人|96.00%|10|9.6|", "|33.6万人|96.00%|12|9.6|", "96.00%|12|9.6",
     "APP推广 weight 10 -> 12: 产出 rows now sum to 52 under 产出指标（50分）, all weights 102 instead of 100"),
    ("fj-anxi-fanzhaxuanchuan-2022", "e3", "implausible_rate", "table",
     "其他资金|0|0|0|—|—|—", "其他资金|0|0|0|—|100.00%|—", "其他资金|0|0|0|—|100.00%",
     "execution rate 100.00% printed on a zero budget (其他资金 0 / 0 / 0)"),
    ("fj-anxi-fanzhaxuanchuan-2022", "e4", "score_sum_mismatch", "table",
     "|105.00%|10|10|—\n合计|", "|105.00%|10|9|—\n合计|", "105.00%|10|9|—\n合计||||||100|98.1",
     "满意度 row score 10 -> 9: 9.50 + 49.6 + 29 + 9 = 97.1, stated total 98.1 (table and text)"),
    ("fj-anxi-fanzhaxuanchuan-2022", "e5", "rate_mismatch", "prose",
     "到位率100%", "到位率98%", "到位率98%",
     "到位 103.60 / 全年预算 103.60 = 100%, stated 98%"),
    ("fj-anxi-fanzhaxuanchuan-2022", "e6", "average_mismatch", "prose",
     "平均每个派出所19.25场", "平均每个派出所19.52场", "平均每个派出所19.52场",
     "462 场 / 24 个派出所 = 19.25, stated 19.52"),

    # ---- yn-gengma-jinduxuanjiao-2020 (one cell per line) ----
    ("yn-gengma-jinduxuanjiao-2020", "e1", "score_exceeds_weight", "table",
     "46车次\n92.00%\n5\n4.6\n", "46车次\n92.00%\n5\n5.4\n", "46车次\n92.00%\n5\n5.4",
     "宣传车下乡 score 5.4 above its weight 5 (the whole-point total still reads 98: sum 98.43)"),
    ("yn-gengma-jinduxuanjiao-2020", "e2", "grade_mismatch", "table",
     "评价等级\n优\n", "评价等级\n良\n", "评价等级\n良",
     "total 98 is in the 优 band (90-100), table says 良"),
    ("yn-gengma-jinduxuanjiao-2020", "e3", "unit_mismatch", "table",
     "≥85所\n85所\n", "≥85所\n85%\n", "≥85所\n85%",
     "target counted in 所 (schools), actual given in %"),
    ("yn-gengma-jinduxuanjiao-2020", "e4", "year_mismatch", "table",
     "（2020年度）", "（2021年度）", "（2021年度）",
     "自评表 header claims 2021 while the report and its funds are for 2020"),
    ("yn-gengma-jinduxuanjiao-2020", "e5", "sum_mismatch", "prose",
     "州级补助资金12.00万元", "州级补助资金15.00万元", "州级补助资金15.00万元",
     "24.00 + 15.00 + 24.00 = 63.00, stated 项目预算 60.00"),
    ("yn-gengma-jinduxuanjiao-2020", "e6", "conflicting_values", "prose",
     "全年开展禁毒宣传活动131场", "全年开展禁毒宣传活动113场", "开展禁毒宣传活动113场",
     "the text says 113场, the table 实际完成值 says 131场 (completion 109.17% = 131/120)"),

    # ---- hn-lianyuan-shezhazhifu-2023 (tab-separated) ----
    ("hn-lianyuan-shezhazhifu-2023", "e1", "completion_mismatch", "table",
     "21356人次\t106.78%", "21356人次\t107.68%", "21356人次\t107.68%",
     "预警劝阻: 21356 / 20000 = 106.78%, stated 107.68%"),
    ("hn-lianyuan-shezhazhifu-2023", "e2", "weight_sum_mismatch", "table",
     "=100%\t100%\t100.00%\t5\t5", "=100%\t100%\t100.00%\t6\t5", "100.00%\t6\t5",
     "专班覆盖率 weight 5 -> 6: 产出 rows now 51 under 产出指标(50分), all weights 101"),
    ("hn-lianyuan-shezhazhifu-2023", "e3", "rate_mismatch", "table",
     "136.32\t10\t96.00%", "136.32\t10\t94.00%", "10\t94.00%",
     "年度资金总额 执行率: 136.32 / 142.00 = 96.00%, stated 94.00%"),
    ("hn-lianyuan-shezhazhifu-2023", "e4", "sum_mismatch", "table",
     "当年财政拨款\t140.00", "当年财政拨款\t146.00", "当年财政拨款\t146.00",
     "年初预算数 column: 146.00 + 10.00 + 0.00 = 156.00, 年度资金总额 150.00"),
    ("hn-lianyuan-shezhazhifu-2023", "e5", "year_mismatch", "prose",
     "结转至2024年使用", "结转至2023年使用", "结转至2023年",
     "money left over from the 2023 budget cannot be carried over into 2023 itself"),
    ("hn-lianyuan-shezhazhifu-2023", "e6", "average_mismatch", "prose",
     "平均每个坐席6.40万元", "平均每个坐席6.80万元", "平均每个坐席6.80万元",
     "32.00万元 / 5 个坐席 = 6.40, stated 6.80"),

    # ---- sc-butuo-shequjiedu-2019 (runs of spaces) ----
    ("sc-butuo-shequjiedu-2019", "e1", "score_exceeds_weight", "table",
     "5      4.8    外县", "5      5.2    外县", "5      5.2",
     "建档及时率 score 5.2 above its weight 5 (the whole-point total still reads 97: sum 97.37)"),
    ("sc-butuo-shequjiedu-2019", "e2", "grade_mismatch", "table",
     "评价等级   优", "评价等级   良", "评价等级   良",
     "total 97 is in the 优 band, table says 良"),
    ("sc-butuo-shequjiedu-2019", "e3", "conflicting_values", "table",
     "人         212          15", "人         221          15", "人         221",
     "table 实际完成值 221 人 vs the text's 212 人 (twice, and 48 + 36 + 128 = 212)"),
    ("sc-butuo-shequjiedu-2019", "e4", "unit_mismatch", "prose",
     "每人每年1500元", "每人每年1500万元", "每人每年1500万元",
     "212 × 1500元 = 31.80万元; written as 1500万元 the standard is off by 10^4"),
    ("sc-butuo-shequjiedu-2019", "e5", "balance_mismatch", "prose",
     "年末结余3.65万元", "年末结余3.56万元", "结余3.56万元",
     "50.00 − 46.35 = 3.65, stated 3.56"),
    ("sc-butuo-shequjiedu-2019", "e6", "implausible_rate", "prose",
     "满意率为95.6%", "满意率为105.6%", "满意率为105.6%",
     "a satisfaction rate above 100%"),

    # ---- gs-kangle-gonganbumen-2021 (prose only, department overall) ----
    ("gs-kangle-gonganbumen-2021", "e1", "rate_mismatch", "prose",
     "执行率92.05%", "执行率92.50%", "执行率92.50%",
     "项目支出: 1585.33 / 1722.18 = 92.05%, stated 92.50%"),
    ("gs-kangle-gonganbumen-2021", "e2", "sum_mismatch", "prose",
     "防范经费96.50万元", "防范经费69.50万元", "反电信网络诈骗宣传防范经费69.50万元",
     "486.00 + 312.40 + 69.50 + 827.28 = 1695.18, stated 项目支出 1722.18"),
    ("gs-kangle-gonganbumen-2021", "e3", "score_sum_mismatch", "prose",
     "合计自评得分95.9分", "合计自评得分96.9分", "合计自评得分96.9分",
     "9.8 + 19 + 38.5 + 19 + 9.6 = 95.9, stated 合计 96.9"),
    ("gs-kangle-gonganbumen-2021", "e4", "balance_mismatch", "prose",
     "年末未使用资金136.85万元", "年末未使用资金163.85万元", "未使用资金163.85万元",
     "6842.36 − 6705.51 = 136.85 (= 1722.18 − 1585.33), stated 163.85"),
    ("gs-kangle-gonganbumen-2021", "e5", "year_mismatch", "prose",
     "截至2021年12月31日", "截至2020年12月31日", "截至2020年12月31日",
     "the 2021 report's spending figure is dated to the end of 2020"),
    ("gs-kangle-gonganbumen-2021", "e6", "grade_mismatch", "prose",
     "等级为“优”", "等级为“良”", "等级为“良”",
     "95.9 is in the 优 band (90-100), text says 良"),
]

SOURCES = ["fj-anxi-fanzhaxuanchuan-2022", "yn-gengma-jinduxuanjiao-2020",
           "hn-lianyuan-shezhazhifu-2023", "sc-butuo-shequjiedu-2019",
           "gs-kangle-gonganbumen-2021"]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, suf, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src}-{suf}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{src}-{suf}: value not in case: {value!r}")
            name = f"{src}-{suf}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
