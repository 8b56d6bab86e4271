#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts527 from the clean drafts and the edit list below.

Each edit is exact: `old` must occur exactly once in the clean draft and is replaced by `new`.
`value` is the substring of the resulting case that carries the error (it must occur exactly once there).
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "qujiang-shouyaojiance-2019",
    "xinfeng-canliujiankong-2021",
    "juxian-shouyaochoujian-2022",
    "leshan-shouyaojiancha-bumen-2023",
    "jingshan-shouyaocanliu-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- qujiang 2019 (Zhejiang, project, MOF funds table + indicator table)
    ("qujiang-shouyaojiance-2019", 1, "rate_mismatch", "funds table, row 当年财政拨款, 执行率",
     "41.45\t—\t94.20%", "41.45\t—\t92.40%", "41.45\t—\t92.40%",
     "当年财政拨款 41.45 / 44.00 = 94.20%, the row states 92.40% (rate stated once, not restated in the text)"),
    ("qujiang-shouyaojiance-2019", 2, "sum_mismatch", "text 三（一）, breakdown of the 138 residue samples",
     "水产品20批次", "水产品26批次", "畜禽产品118批次、水产品26批次",
     "残留监控138批次（畜禽产品118批次、水产品26批次）: 118 + 26 = 144, not 138"),
    ("qujiang-shouyaojiance-2019", 3, "completion_mismatch", "indicator table, row 检测结果按时报送率, 完成率",
     "97.6%\t102.74%", "97.6%\t102.47%", "97.6%\t102.47%",
     "target ≥95%, actual 97.6%: completion 97.6 / 95 = 102.74%, stated 102.47%"),
    ("qujiang-shouyaojiance-2019", 4, "grade_mismatch", "text 五, conclusion",
     "评价等级为优", "评价等级为良", "评价等级为良",
     "total 98.65 is in the 优 band (90–100), the text says 良"),
    ("qujiang-shouyaojiance-2019", 5, "year_mismatch", "text 二（二）, carry-forward",
     "已结转至2020年", "已结转至2019年", "结转至2019年",
     "the unspent 2.55万元 of the 2019 budget is said to be carried over to 2019, the evaluation year itself"),
    ("qujiang-shouyaojiance-2019", 6, "average_mismatch", "text 三（一）, 分别 list of six towns",
     "平均每个乡镇19.67批次", "平均每个乡镇19.76批次", "平均每个乡镇19.76批次",
     "(22 + 18 + 25 + 16 + 20 + 17) / 6 = 118 / 6 = 19.67, stated 19.76"),

    # --- xinfeng 2021 (Jiangxi, project, Shanxi-style funds table with source columns)
    ("xinfeng-canliujiankong-2021", 1, "balance_mismatch", "text 二（二）",
     "年末结余3.63万元", "年末结余3.36万元", "年末结余3.36万元",
     "到位 58.00 − 执行 54.37 = 3.63 (县级 30.00 − 26.37 = 3.63), stated 3.36"),
    ("xinfeng-canliujiankong-2021", 2, "score_sum_mismatch", "indicator table, row 养殖环节规范用药宣传覆盖率, 得分",
     "96.11%\t10\t9.61", "96.11%\t10\t9.16", "96.11%\t10\t9.16",
     "row scores now add up to 97.53 while 合计 and the conclusion state 97.98"),
    ("xinfeng-canliujiankong-2021", 3, "conflicting_values", "text 五, conclusion",
     "项目全年支出54.37万元", "项目全年支出54.73万元", "项目全年支出54.73万元",
     "the year's spending is 54.37万元 in the funds text and table (54.37 / 58.00 = 93.74%), 54.73万元 in the conclusion"),
    ("xinfeng-canliujiankong-2021", 4, "unit_mismatch", "indicator table, row 生猪尿样\"瘦肉精\"快速检测数量, 实际完成值",
     "≥1500份\t1620份", "≥1500份\t108%", "≥1500份\t108%",
     "target counted in 份, actual written as a percentage: completion cannot be computed"),
    ("xinfeng-canliujiankong-2021", 5, "weight_sum_mismatch", "indicator table, row 残留超标样品追溯处置率, 分值",
     "追溯处置率\t100%\t100%\t100.00%\t8\t8", "追溯处置率\t100%\t100%\t100.00%\t10\t8",
     "追溯处置率\t100%\t100%\t100.00%\t10\t8",
     "weights now sum to 102 (产出 52) against the 合计 100"),
    ("xinfeng-canliujiankong-2021", 6, "implausible_rate", "funds table, row 预算执行率, column 上年结转",
     "87.90%\t—", "87.90%\t100.00%", "87.90%\t100.00%",
     "上年结转 has 0.00 budget and 0.00 spending: a 100.00% execution rate on a zero base"),

    # --- juxian 2022 (Shandong, project, total only in the table, grade in the text)
    ("juxian-shouyaochoujian-2022", 1, "score_exceeds_weight", "indicator table, row 养殖场（户）满意度 and 合计",
     "10\t—\n合计\t\t\t\t\t\t100\t98.53", "11\t—\n合计\t\t\t\t\t\t100\t99.53", "92.3%\t102.56%\t10\t11",
     "satisfaction scored 11 with weight 10; the 合计 was summed with it (99.53), so the total still adds up"),
    ("juxian-shouyaochoujian-2022", 2, "rate_mismatch", "text 二, sub-rate of 县级财政资金",
     "支出率95.04%", "支出率95.40%", "支出率95.40%",
     "县级财政资金 45.62 / 48.00 = 95.04%, stated 95.40%"),
    ("juxian-shouyaochoujian-2022", 3, "average_mismatch", "text 二, quarterly 分别 list",
     "季度平均40批次", "季度平均42批次", "季度平均42批次",
     "(38 + 42 + 45 + 35) / 4 = 40, stated 42"),
    ("juxian-shouyaochoujian-2022", 4, "unit_mismatch", "text 二, per-sample cost",
     "平均每批次1300元", "平均每批次1300万元", "平均每批次1300万元",
     "20.80万元 / 160 = 0.13万元 = 1300元; written 1300万元 (off by 10^4; table row 单批次残留检测成本 says 1300元)"),
    ("juxian-shouyaochoujian-2022", 5, "year_mismatch", "text 二, cut-off date",
     "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
     "the 2022 report gives its spending as of 31 Dec 2021"),
    ("juxian-shouyaochoujian-2022", 6, "completion_mismatch", "indicator table, row 养殖场（户）安全用药培训, 完成率",
     "368人次\t92.00%", "368人次\t90.20%", "368人次\t90.20%",
     "368 / 400 = 92.00%, stated 90.20%"),

    # --- leshan 2023 (Sichuan, 部门整体支出, 指标性质/度量单位 columns)
    ("leshan-shouyaojiancha-bumen-2023", 1, "sum_mismatch", "text 二（二）, project items",
     "饲料质量安全监测经费23.00万元", "饲料质量安全监测经费23.60万元", "饲料质量安全监测经费23.60万元",
     "32.00 + 41.80 + 23.60 = 97.40, not the 项目支出 96.80"),
    ("leshan-shouyaojiancha-bumen-2023", 2, "balance_mismatch", "text 二（一）",
     "年末结转结余7.76万元", "年末结转结余7.67万元", "年末结转结余7.67万元",
     "338.96 − 331.20 = 7.76 (项目支出 96.80 − 89.04 = 7.76), stated 7.67"),
    ("leshan-shouyaojiancha-bumen-2023", 3, "weight_sum_mismatch", "indicator table, row \"三公\"经费控制数, 分值",
     "2.16\t100.00%\t5\t5", "2.16\t100.00%\t6\t5", "2.16\t100.00%\t6\t5",
     "weights now sum to 101 (10 + 产出 51 + 30 + 10) against the 合计 100"),
    ("leshan-shouyaojiancha-bumen-2023", 4, "grade_mismatch", "text 五, conclusion",
     "评价等级为优", "评价等级为良", "评价等级为良",
     "total 98.49 is in the 优 band, the text says 良"),
    ("leshan-shouyaojiancha-bumen-2023", 5, "conflicting_values", "text 一, unit overview",
     "本年度部门整体支出331.20万元", "本年度部门整体支出313.20万元", "本年度部门整体支出313.20万元",
     "whole-department spending is 331.20万元 in the funds text and table (331.20 / 338.96 = 97.71%), 313.20万元 here"),
    ("leshan-shouyaojiancha-bumen-2023", 6, "implausible_rate", "text 二（二）, 兽药残留监控经费",
     "实际支出36.78万元，支出率87.99%", "实际支出43.78万元，支出率104.74%", "实际支出43.78万元，支出率104.74%",
     "43.78 / 41.80 = 104.74% is computed right, but the item spent more than its 41.80万元 budget"),

    # --- jingshan 2024 (Hubei, project, 预算执行 20 points, total only in the text)
    ("jingshan-shouyaocanliu-2024", 1, "score_exceeds_weight", "indicator table, rows 检测报告出具时限 / 单批检测费",
     "8\n\t成本指标\t单批检测费\t≤1200元\t1150元\t100.00%\t4\t4",
     "4\n\t成本指标\t单批检测费\t≤1200元\t1150元\t100.00%\t4\t8",
     "1150元\t100.00%\t4\t8",
     "scores of two adjacent rows swapped: 单批检测费 now scores 8 with weight 4 (the sum is unchanged)"),
    ("jingshan-shouyaocanliu-2024", 2, "score_sum_mismatch", "text 五, conclusion",
     "综合得分98.15分", "综合得分98.51分", "综合得分98.51分",
     "18.84 + 40 + 29.31 + 10 = 98.15, stated 98.51"),
    ("jingshan-shouyaocanliu-2024", 3, "completion_mismatch", "text 三（一）, sub-plan of pig samples",
     "的106.67%", "的107.67%", "为计划数（90批次）的107.67%",
     "96 / 90 = 106.67%, stated 107.67%"),
    ("jingshan-shouyaocanliu-2024", 4, "unit_mismatch", "indicator table, row 兽药经营企业检查覆盖率, 实际完成值",
     "覆盖率\t100%\t100%", "覆盖率\t100%\t86家", "覆盖率\t100%\t86家",
     "target is a percentage (100%), actual written as a count (86家)"),
    ("jingshan-shouyaocanliu-2024", 5, "conflicting_values", "text 三（二）",
     "培训养殖场户326人次", "培训养殖场户362人次", "培训养殖场户362人次",
     "training is 326人次 in the table (326 / 350 = 93.14%), 362人次 in the text"),
    ("jingshan-shouyaocanliu-2024", 6, "rate_mismatch", "text 二, 市级资金",
     "执行率84.92%", "执行率89.42%", "执行率89.42%",
     "市级资金 21.23 / 25.00 = 84.92%, stated 89.42%"),
]


def main():
    labels = []
    for src in SOURCES:
        name = f"{src}-clean.txt"
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            if clean.count(old) != 1:
                raise SystemExit(f"{src}-e{n}: old occurs {clean.count(old)} times in the clean draft: {old!r}")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                raise SystemExit(f"{src}-e{n}: value occurs {text.count(value)} times: {value!r}")
            case = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, case), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": case, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
