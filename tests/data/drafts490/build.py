#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts490 from the clean drafts.

Each edit is (case id, code, old, new, value, explanation):
  old    exact text that occurs exactly once in the clean draft;
  new    its replacement (one contiguous edit, at most 40 characters changed);
  value  exact substring of the error case that contains the changed figure and
         occurs exactly once in it (the label's `value`).
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "yongan-fenshaofee-2021",
    "huangchuan-shenlvye-2019",
    "ningjin-cgj-bumen-2023",
    "linshui-fenshao-2025",
    "longhui-lajichuli-2022",
]

SP12 = " " * 12
SP8 = " " * 8

EDITS = [
    # ---- yongan-fenshaofee-2021 (Fujian, 项目支出, tab rows) ----
    ("yongan-fenshaofee-2021-e1", "rate_mismatch",
     "\t758.35\t—\t99.78%", "\t758.35\t—\t97.88%", "97.88%",
     "自评表 当年财政拨款 row: 758.35 / 760.00 = 99.78%, stated 97.88%"),
    ("yongan-fenshaofee-2021-e2", "score_exceeds_weight",
     "3.2%\t5\t5\t\n\t\t烟气达标率\t=100%\t100%\t10\t10",
     "3.2%\t5\t6\t\n\t\t烟气达标率\t=100%\t100%\t10\t9",
     "3.2%\t5\t6",
     "炉渣热灼减率 scored 6 against a weight of 5 (the next row 烟气达标率 was lowered from 10 to 9, so the total still reads 99.80)"),
    ("yongan-fenshaofee-2021-e3", "implausible_rate",
     "其他资金\t0.00\t0.00\t0.00\t—\t—", "其他资金\t0.00\t0.00\t0.00\t—\t100.00%",
     "其他资金\t0.00\t0.00\t0.00\t—\t100.00%",
     "执行率 100.00% printed on a zero base (其他资金 全年预算数 0.00); should be —"),
    ("yongan-fenshaofee-2021-e4", "sum_mismatch",
     "26,208.75\t72.80\t1,907,997.00\t12,450.00", "26,208.75\t72.80\t1,907,997.00\t14,250.00",
     "14,250.00",
     "表1 第二季度: 1,907,997.00 - 14,250.00 = 1,893,747.00, stated 实付 1,895,547.00; 考核扣款 column 8,600.00 + 14,250.00 + 0.00 + 20,250.00 = 43,100.00, stated 合计 41,300.00"),
    ("yongan-fenshaofee-2021-e5", "year_mismatch",
     "截至2021年12月31日", "截至2022年12月31日", "截至2022年12月31日",
     "the 2021 report states its year-end spending as of 31 Dec 2022"),
    ("yongan-fenshaofee-2021-e6", "grade_mismatch",
     "评价等级为优秀", "评价等级为良好", "评价等级为良好",
     "total 99.80 is in the 优 band (>= 90), stated 良好"),

    # ---- huangchuan-shenlvye-2019 (Henan, 项目支出, PDF copy) ----
    ("huangchuan-shenlvye-2019-e1", "completion_mismatch",
     "103.64%", "106.34%", "106.34%",
     "处置设备正常运行天数: 342 / 330 = 103.64%, stated 106.34%"),
    ("huangchuan-shenlvye-2019-e2", "balance_mismatch",
     "结余8.58万元", "结余8.85万元", "结余8.85万元",
     "到位 185.00 - 执行 176.42 = 8.58, stated 8.85"),
    ("huangchuan-shenlvye-2019-e3", "average_mismatch",
     "日均处置渗滤液55.28吨", "日均处置渗滤液52.58吨", "日均处置渗滤液52.58吨",
     "20,178.2吨 / 365 days = 55.28, stated 52.58"),
    ("huangchuan-shenlvye-2019-e4", "conflicting_values",
     "项目资金185.00万元", "项目资金158.00万元", "项目资金158.00万元",
     "opening evaluates 158.00万元 while the budget is 185.00万元 in the funds paragraph and the 自评表"),
    ("huangchuan-shenlvye-2019-e5", "unit_mismatch",
     "考核扣款11,500.00元", "考核扣款11,500.00万元", "11,500.00万元",
     "the 11,500.00元 deduction written with the unit 万元: 177.57 - 11,500.00 != 176.42 and 表 合计 11,500.00元; off by 10^4, reconciled by reading 元"),
    ("huangchuan-shenlvye-2019-e6", "weight_sum_mismatch",
     "出水达标率" + SP12 + "15", "出水达标率" + SP12 + "16", "出水达标率" + SP12 + "16",
     "weights now total 101 (合计 says 100) and 产出 rows total 51 against the stated 产出指标50分"),

    # ---- ningjin-cgj-bumen-2023 (Shandong, 部门整体支出, one cell a line) ----
    ("ningjin-cgj-bumen-2023-e1", "average_mismatch",
     "平均自评得分97.20分", "平均自评得分97.02分", "平均自评得分97.02分",
     "(97.60 + 95.80 + 98.20) / 3 = 97.20, stated 97.02"),
    ("ningjin-cgj-bumen-2023-e2", "sum_mismatch",
     "其他项目200.00万元", "其他项目202.00万元", "其他项目202.00万元",
     "875.17 + 196.40 + 1,032.90 + 202.00 = 2,306.47, stated 项目支出 2,304.47"),
    ("ningjin-cgj-bumen-2023-e3", "rate_mismatch",
     "\t2304.47\n\t97.39%", "\t2304.47\n\t97.93%", "97.93%",
     "项目支出 row: 2304.47 / 2366.35 = 97.39%, stated 97.93%"),
    ("ningjin-cgj-bumen-2023-e4", "score_sum_mismatch",
     "\t98.74%\n\t9.87\n", "\t98.74%\n\t9.78\n", "98.74%\n\t9.78",
     "row scores now sum to 99.60 while 总分 and the text state 99.69 (渗滤液出水达标率 score 9.87 -> 9.78)"),
    ("ningjin-cgj-bumen-2023-e5", "unit_mismatch",
     "\t≥48次\n\t52次\n", "\t≥48次\n\t100%\n", "≥48次\n\t100%",
     "设施运行检查次数: target in 次, actual given as a percentage"),
    ("ningjin-cgj-bumen-2023-e6", "year_mismatch",
     "结转2024年使用", "结转2023年使用", "结转2023年使用",
     "money unspent in 2023 is carried into 2023 itself; must be a later year"),

    # ---- linshui-fenshao-2025 (Sichuan, 项目支出, web copy one cell a line) ----
    ("linshui-fenshao-2025-e1", "weight_sum_mismatch",
     "38652.4\n10\n10\n", "38652.4\n12\n10\n", "38652.4\n12",
     "渗滤液处置量 weight 10 -> 12: weights total 102, 产出 rows 62 against 产出指标60分, 绩效指标 92 against 90"),
    ("linshui-fenshao-2025-e2", "score_exceeds_weight",
     "5\n\n产出指标\n成本指标\n焚烧处理单价\n≤\n98\n元/吨\n98\n10\n10",
     "6\n\n产出指标\n成本指标\n焚烧处理单价\n≤\n98\n元/吨\n98\n10\n9",
     "95\n%\n100\n5\n6",
     "处理费支付及时率 scored 6 against a weight of 5 (焚烧处理单价 lowered from 10 to 9, so the total still reads 99.67)"),
    ("linshui-fenshao-2025-e3", "balance_mismatch",
     "结余26.27万元", "结余26.72万元", "结余26.72万元",
     "到位 1,424.80 + 12.00 - 执行 1,410.53 = 26.27, stated 26.72"),
    ("linshui-fenshao-2025-e4", "implausible_rate",
     "财政专户管理资金\n0.00\n0.00\n0.00\n—\n—", "财政专户管理资金\n0.00\n0.00\n0.00\n—\n100.00%",
     "财政专户管理资金\n0.00\n0.00\n0.00\n—\n100.00%",
     "执行率 100.00% on a zero budget (财政专户管理资金 0.00)"),
    ("linshui-fenshao-2025-e5", "conflicting_values",
     "全年焚烧处理生活垃圾118,406.35吨", "全年焚烧处理生活垃圾118,460.35吨", "118,460.35吨",
     "焚烧处理量 118,460.35吨 in 四(一) vs 118,406.35吨 in the settlement sentence and the 自评表"),
    ("linshui-fenshao-2025-e6", "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 99.67 is in the 优 band, stated 良"),

    # ---- longhui-lajichuli-2022 (Hunan, 项目支出, PDF copy) ----
    ("longhui-lajichuli-2022-e1", "completion_mismatch",
     "105.92%", "109.52%", "109.52%",
     "渗滤液处置量: 26480 / 25000 = 105.92%, stated 109.52%"),
    ("longhui-lajichuli-2022-e2", "score_sum_mismatch",
     "产出指标49.58分", "产出指标49.85分", "产出指标49.85分",
     "产出 rows sum to 15 + 10 + 10 + 4.58 + 10 = 49.58; the stated parts 9.13 + 49.85 + 30 + 10 = 98.98 against 合计98.71分"),
    ("longhui-lajichuli-2022-e3", "unit_mismatch",
     "100%" + SP8 + "91.67%" + SP8 + "91.67%", "100%" + SP8 + "11个月" + SP8 + "91.67%",
     "100%" + SP8 + "11个月",
     "处理费次月15日前支付率: target a percentage, actual a count of months"),
    ("longhui-lajichuli-2022-e4", "conflicting_values",
     "群众满意率为95.2%", "群众满意率为92.5%", "群众满意率为92.5%",
     "satisfaction 92.5% in the text vs 95.2% in the 自评表"),
    ("longhui-lajichuli-2022-e5", "year_mismatch",
     "2022年8月追加80.00万元", "2023年8月追加80.00万元", "2023年8月追加80.00万元",
     "a 2022 budget cannot be topped up in August 2023"),
    ("longhui-lajichuli-2022-e6", "rate_mismatch",
     "执行率94.15%", "执行率91.45%", "执行率91.45%",
     "渗滤液处置费 127.10 / 135.00 = 94.15%, stated 91.45%"),
]


def main():
    labels = []
    by_project = {p: [] for p in PROJECTS}
    for e in EDITS:
        pid = e[0].rsplit("-e", 1)[0]
        by_project[pid].append(e)
    for pid in PROJECTS:
        path = os.path.join(CASES, pid + "-clean.txt")
        with open(path, encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for case, code, old, new, value, why in by_project[pid]:
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{case}: old text occurs {n} times in the clean draft: {old!r}")
            text = clean.replace(old, new, 1)
            with open(os.path.join(CASES, case + ".txt"), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": case + ".txt", "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": why}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(EDITS)} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
