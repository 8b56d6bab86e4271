#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is one exact old -> new replacement that must match exactly once in the clean draft.
`value` is the exact substring of the error case that carries the changed figure (it is the label).
`where` (prose / table) and `what` only feed README.md; they are not written to labels.jsonl.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sx-anze-minqishukun-2021",
    "sc-jiange-shanghuibuzhu-2023",
    "hb-tuanfeng-feigongpeixun-2020",
    "jx-quannan-gslbumen-2018",
    "gz-leishan-guangcai-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- sx-anze-minqishukun-2021 (Shanxi, one cell per line) ---
    ("sx-anze-minqishukun-2021", 1, "rate_mismatch", "table",
     "\t95.43\n", "\t95.34\n", "95.34",
     "funds table row (7)=(4)/(2), 县区级 column: 57.26 / 60.00 = 95.43%, stated 95.34"),
    ("sx-anze-minqishukun-2021", 2, "balance_mismatch", "prose",
     "节约0.65万元", "节约0.56万元", "节约0.56万元",
     "银企对接会 planned 6.00, spent 5.35: saving 6.00 - 5.35 = 0.65万元, stated 0.56"),
    ("sx-anze-minqishukun-2021", 3, "sum_mismatch", "prose",
     "财税咨询服务9.65万元", "财税咨询服务9.56万元", "财税咨询服务9.56万元",
     "spending breakdown 54.60 + 5.35 + 6.48 + 9.56 = 75.99 ≠ 全年实际支出76.08万元"),
    ("sx-anze-minqishukun-2021", 4, "score_sum_mismatch", "table",
     "\t9.85\n", "\t9.58\n", "9.58",
     "附件1 企业诉求办结率 row score 9.85 -> 9.58: row scores now sum to 98.92, stated total 99.19 "
     "(and 产出 subtotal 49.85 in the text)"),
    ("sx-anze-minqishukun-2021", 5, "completion_mismatch", "table",
     "\t115.75%\n", "\t117.55%\n", "117.55%",
     "新增银行授信 actual 9260 / target 8000 = 115.75%, stated 117.55%"),
    ("sx-anze-minqishukun-2021", 6, "year_mismatch", "prose",
     "结转至2022年", "结转至2021年", "结转至2021年",
     "the unspent part of the 2021 budget is carried over to 2021 itself; must be a later year"),

    # --- sc-jiange-shanghuibuzhu-2023 (Sichuan, tab-separated) ---
    ("sc-jiange-shanghuibuzhu-2023", 1, "score_exceeds_weight", "table",
     "96\t5\t4.8\t", "96\t5\t5.2\t", "5\t5.2",
     "补助资金拨付及时率 row: score 5.2 above its weight 5 (sum 97.4 still rounds to the stated 97)"),
    ("sc-jiange-shanghuibuzhu-2023", 2, "weight_sum_mismatch", "table",
     "8\t个\t8\t10\t10", "8\t个\t8\t12\t10", "8\t12\t10",
     "行业商会规范化建设奖补个数 weight 10 -> 12: weights 10 + 92 = 102 ≠ 100"),
    ("sc-jiange-shanghuibuzhu-2023", 3, "average_mismatch", "prose",
     "平均每期83人", "平均每期86人", "平均每期86人",
     "(84 + 70 + 95) / 3 = 83, stated 86"),
    ("sc-jiange-shanghuibuzhu-2023", 4, "unit_mismatch", "prose",
     "每个商会补助20000元", "每个商会补助20000万元", "20000万元",
     "per-unit grant written as 20000万元: 23 × 20000万元 ≠ 合计46万元; reconciled exactly by 元 (20000元 = 2万元)"),
    ("sc-jiange-shanghuibuzhu-2023", 5, "implausible_rate", "prose",
     "满意率为96.3%", "满意率为106.3%", "满意率为106.3%",
     "a satisfaction rate above 100%"),
    ("sc-jiange-shanghuibuzhu-2023", 6, "conflicting_values", "prose",
     "资金92万元", "资金96万元", "资金96万元",
     "the evaluated amount (全年预算) is 92.00万元 in the funds section and the 自评表, 96 in the opening"),

    # --- hb-tuanfeng-feigongpeixun-2020 (Hubei, HTML residue) ---
    ("hb-tuanfeng-feigongpeixun-2020", 1, "grade_mismatch", "prose",
     "评价等级为优", "评价等级为良", "评价等级为良",
     "total 97.10 is in the 优 band (≥ 90)"),
    ("hb-tuanfeng-feigongpeixun-2020", 2, "implausible_rate", "table",
     "<td>93.8%</td>", "<td>103.8%</td>", "103.8%",
     "参训人员满意度 actual 103.8%: a satisfaction rate above 100%"),
    ("hb-tuanfeng-feigongpeixun-2020", 3, "unit_mismatch", "table",
     "<td>≥2期</td><td>2期</td>", "<td>≥2期</td><td>100%</td>", "≥2期</td><td>100%",
     "举办线下专题培训班: target in 期, actual in %"),
    ("hb-tuanfeng-feigongpeixun-2020", 4, "year_mismatch", "table",
     "<td>年度</td><td>2020</td>", "<td>年度</td><td>2021</td>", "<td>2021</td>",
     "自评表 header claims year 2021 for the 2020 evaluation"),
    ("hb-tuanfeng-feigongpeixun-2020", 5, "balance_mismatch", "prose",
     "年末结余1.44万元", "年末结余1.46万元", "结余1.46万元",
     "到位 32 - 支出 30.56 = 1.44万元, stated 1.46"),
    ("hb-tuanfeng-feigongpeixun-2020", 6, "rate_mismatch", "table",
     "<td>95.50%</td>", "<td>95.05%</td>", "95.05%",
     "执行率 30.56 / 32.00 = 95.50%, stated 95.05%"),

    # --- jx-quannan-gslbumen-2018 (Jiangxi department report, PDF copy) ---
    ("jx-quannan-gslbumen-2018", 1, "average_mismatch", "prose",
     "平均自评得分94分", "平均自评得分95分", "平均自评得分95分",
     "(95 + 93 + 98 + 90) / 4 = 94, stated 95"),
    ("jx-quannan-gslbumen-2018", 2, "score_exceeds_weight", "table",
     "基本相符 5 4.8", "基本相符 5 5.2", "基本相符 5 5.2",
     "资产管理安全性: score 5.2 above weight 5 (sum 96.4 still rounds to the stated 96)"),
    ("jx-quannan-gslbumen-2018", 3, "weight_sum_mismatch", "table",
     "规范 规范 4 4", "规范 规范 5 4", "规范 规范 5 4",
     "政府采购规范性 weight 4 -> 5: weights sum to 101"),
    ("jx-quannan-gslbumen-2018", 4, "grade_mismatch", "table",
     "评价等级 优", "评价等级 良", "评价等级 良",
     "综合得分 96 is in the 优 band"),
    ("jx-quannan-gslbumen-2018", 5, "conflicting_values", "prose",
     "光彩事业帮扶经费15.30万元", "光彩事业帮扶经费13.50万元", "帮扶经费13.50万元",
     "光彩事业帮扶经费 is 15.30万元 in the project table (budget = execution), 13.50 in the text"),
    ("jx-quannan-gslbumen-2018", 6, "completion_mismatch", "prose",
     "600人次的85.00%", "600人次的88.00%", "600人次的88.00%",
     "510 / 600 = 85.00%, stated 88.00%"),

    # --- gz-leishan-guangcai-2024 (Guizhou, MOF 自评表 with full-width bars) ---
    ("gz-leishan-guangcai-2024", 1, "sum_mismatch", "table",
     "当年财政拨款｜45.00｜", "当年财政拨款｜54.00｜", "当年财政拨款｜54.00",
     "年初预算数 column: 54.00 + 7.40 + 30.00 = 91.40 ≠ 年度资金总额 82.40 (and 50.00 - 54.00 ≠ 追加5万元)"),
    ("gz-leishan-guangcai-2024", 2, "rate_mismatch", "table",
     "｜97.20%｜", "｜97.02%｜", "97.02%",
     "当年财政拨款 执行率 48.60 / 50.00 = 97.20%, stated 97.02%"),
    ("gz-leishan-guangcai-2024", 3, "score_sum_mismatch", "table",
     "27.6万元｜10｜9.2｜", "27.6万元｜10｜9.6｜", "10｜9.6",
     "经济效益 row score 9.2 -> 9.6: scores sum to 98.45, stated total 98.05"),
    ("gz-leishan-guangcai-2024", 4, "sum_mismatch", "prose",
     "村级公益设施12.60万元", "村级公益设施12.06万元", "公益设施12.06万元",
     "58.00 + 18.00 + 12.06 + 3.40 = 91.46 ≠ 全年实际支出92.00万元"),
    ("gz-leishan-guangcai-2024", 5, "conflicting_values", "prose",
     "满意度达95.6%", "满意度达96.5%", "满意度达96.5%",
     "受益群众满意度 is 95.6% in the 自评表, 96.5% in the text"),
    ("gz-leishan-guangcai-2024", 6, "completion_mismatch", "prose",
     "完成率116.67%", "完成率117.67%", "完成率117.67%",
     "14 / 12 = 116.67%, stated 117.67%"),
]


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{pid} e{n}: old string matches {cnt} times: {old!r}")
            err = clean.replace(old, new)
            if value not in err:
                sys.exit(f"{pid} e{n}: value {value!r} not in error case")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(err)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with errors)")


if __name__ == "__main__":
    main()
