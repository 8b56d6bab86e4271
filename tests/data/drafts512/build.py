#!/usr/bin/env python3
"""Build the drafts512 error cases and labels.jsonl from the clean drafts and an edit list.

Each edit is an exact old -> new replacement; `old` must occur exactly once in the clean draft,
and the label `value` must occur exactly once in the resulting case. Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "jingmen-yilaodian-2019",
    "lishui-neilao-2021",
    "neijiang-zhujian-bumen-2022",
    "liaocheng-jishuidian-2023",
    "qinzhou-paishui-2025",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # 荆门 2019 — tab tables
    ("jingmen-yilaodian-2019", 1, "rate_mismatch", "table (site 合计 row)",
     "1,173.73\t93.38%", "1,173.73\t93.83%", "1,173.73\t93.83%",
     "合计 payment ratio: 1,173.73 / 1,257.00 = 93.38%, stated 93.83%"),
    ("jingmen-yilaodian-2019", 2, "sum_mismatch", "prose (二（一）)",
     "追加省级城市排水防涝补助资金300.00万元", "追加省级城市排水防涝补助资金350.00万元", "补助资金350.00万元",
     "年初 1,050.00 + 追加 350.00 = 1,400.00, but 调整后全年预算 is 1,350.00 (table too); the addition should be 300.00"),
    ("jingmen-yilaodian-2019", 3, "score_exceeds_weight", "table (满意度 row + 总分)",
     "10\t—\n总分\t\t\t100\t\t\t\t96.49", "10.58\t—\n总分\t\t\t100\t\t\t\t97.07", "105.78%\t10.58",
     "满意度 scored 10.58 (10 × 105.78%, not capped) against a weight of 10; the 总分 row was raised to 97.07 "
     "with it, so Σ得分 still equals the total and the grade stays 优"),
    ("jingmen-yilaodian-2019", 4, "grade_mismatch", "prose (五、自评结论)",
     "评价等级为优。", "评价等级为良。", "评价等级为良",
     "总分 96.49 is in the 优 band (≥ 90); the table still says 优"),
    ("jingmen-yilaodian-2019", 5, "year_mismatch", "prose (二（二）)",
     "结转至2020年", "结转至2019年", "结转至2019年",
     "money unspent in the 2019 budget cannot be carried over to 2019 itself; it goes to 2020"),
    ("jingmen-yilaodian-2019", 6, "implausible_rate", "table (资金情况 上年结转 row)",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t—", "上年结转资金\t0.00\t0.00\t0.00\t—\t100%",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t100%",
     "执行率 100% printed on a zero base (全年预算 0.00): a rate over a zero base is implausible"),

    # 丽水 2021 — ｜ tables
    ("lishui-neilao-2021", 1, "balance_mismatch", "prose (二（二）)",
     "结余168.52万元", "结余186.52万元", "结余186.52万元",
     "到位 2,800.00 − 执行 2,631.48 = 168.52, stated 186.52"),
    ("lishui-neilao-2021", 2, "weight_sum_mismatch", "prose (五、自评结论)",
     "效益指标30分", "效益指标35分", "效益指标35分",
     "stated level-1 weights 10 + 50 + 35 + 10 = 105; the 效益 rows of the table carry 10 + 10 + 10 = 30"),
    ("lishui-neilao-2021", 3, "average_mismatch", "prose (二（三）)",
     "平均每处414.00万元", "平均每处441.00万元", "平均每处441.00万元",
     "(486 + 312 + 655 + 228 + 389) / 5 = 2,070.00 / 5 = 414.00, stated 441.00"),
    ("lishui-neilao-2021", 4, "conflicting_values", "prose (四（一）)",
     "全年清淤疏通排水管网163.4公里", "全年清淤疏通排水管网136.4公里", "清淤疏通排水管网136.4公里",
     "the 自评表 gives 163.4公里 for the same 清淤疏通长度 (completion 108.93% = 163.4 / 150)"),
    ("lishui-neilao-2021", 5, "unit_mismatch", "table (自评表 数量 row)",
     "≥5处｜4处｜80.00%", "≥5处｜80%｜80.00%", "≥5处｜80%",
     "target in 处 but actual written as a percentage (80%): completion cannot be computed (I13)"),
    ("lishui-neilao-2021", 6, "completion_mismatch", "table (自评表 在线率 row)",
     "97.6%｜102.74%", "97.6%｜97.60%", "97.6%｜97.60%",
     "≥95% target, actual 97.6%: completion 97.6 / 95 = 102.74%, stated 97.60% (the actual copied)"),

    # 内江 2022 部门整体 — ｜ tables
    ("neijiang-zhujian-bumen-2022", 1, "score_sum_mismatch", "prose (四、自评结论)",
     "自评得分96.86分", "自评得分96.68分", "自评得分96.68分",
     "Σ 得分 of the 自评表 = 96.86 (also its 合计 row), stated 96.68; grade 优 unaffected"),
    ("neijiang-zhujian-bumen-2022", 2, "rate_mismatch", "prose (二（二）)",
     "项目支出执行率93.64%", "项目支出执行率96.34%", "项目支出执行率96.34%",
     "项目支出 3,195.31 / 3,412.20 = 93.64%, stated 96.34%"),
    ("neijiang-zhujian-bumen-2022", 3, "sum_mismatch", "prose (二（一）)",
     "燃气安全专项整治300.00万元", "燃气安全专项整治360.00万元", "燃气安全专项整治360.00万元",
     "1,680.00 + 620.00 + 435.00 + 218.60 + 360.00 + 158.60 = 3,472.20, but 项目支出 is 3,412.20"),
    ("neijiang-zhujian-bumen-2022", 4, "conflicting_values", "prose (二（二）)",
     "“三公”经费支出14.36万元，控制在", "“三公”经费支出14.63万元，控制在", "“三公”经费支出14.63万元",
     "the 自评表 gives 14.36万元 for the same “三公”经费支出 (still under the 18.00 cap, so only the values conflict)"),
    ("neijiang-zhujian-bumen-2022", 5, "unit_mismatch", "prose (二（三）)",
     "其中易涝点改造工程款1,285.74万元", "其中易涝点改造工程款12,857,400万元", "工程款12,857,400万元",
     "a 元 figure labelled 万元: 12,857,400元 = 1,285.74万元 reconciles both 1,285.74 + 96.45 + 149.52 = 1,531.71 "
     "and the site table's 累计支付 合计"),
    ("neijiang-zhujian-bumen-2022", 6, "year_mismatch", "prose (二（二）)",
     "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
     "the 2022 report's spending figures are dated 2021年12月31日"),

    # 聊城 2023 — tab tables
    ("liaocheng-jishuidian-2023", 1, "balance_mismatch", "prose (二（二）)",
     "未执行的127.98万元", "未执行的172.98万元", "未执行的172.98万元",
     "全年预算 2,720.00 − 执行 2,592.02 = 127.98, stated 172.98"),
    ("liaocheng-jishuidian-2023", 2, "weight_sum_mismatch", "table (自评表 质量 row)",
     "竣工验收一次合格率\t12.5", "竣工验收一次合格率\t15", "竣工验收一次合格率\t15",
     "weights 10 + 12.5 + 12.5 + 15 + 12.5 + 15 + 15 + 10 = 102.5 ≠ 100 (总分 row); 产出 rows 52.5 vs the stated 50分"),
    ("liaocheng-jishuidian-2023", 3, "grade_mismatch", "prose (五、自评结论)",
     "评价等级为良", "评价等级为优", "评价等级为优",
     "综合得分 89.64 is in the 良 band (80 ≤ s < 90)"),
    ("liaocheng-jishuidian-2023", 4, "average_mismatch", "prose (四（二）)",
     "四次平均8厘米", "四次平均9厘米", "四次平均9厘米",
     "(8 + 5 + 12 + 7) / 4 = 8, stated 9"),
    ("liaocheng-jishuidian-2023", 5, "completion_mismatch", "table (自评表 管道长度 row)",
     "5.58公里\t90.00%", "5.58公里\t93.00%", "5.58公里\t93.00%",
     "5.58 / 6.2 = 90.00% (the text says so too), stated 93.00%"),
    ("liaocheng-jishuidian-2023", 6, "implausible_rate", "table (自评表 满意度 row)",
     "91.3%\t101.44%", "103.1%\t114.56%", "103.1%\t114.56%",
     "satisfaction 103.1% is above 100% (completion 103.1 / 90 = 114.56% is consistent with it)"),

    # 钦州 2025 — ｜ tables
    ("qinzhou-paishui-2025", 1, "score_sum_mismatch", "table (自评得分表 时效 row)",
     "时效指标｜10｜9.00", "时效指标｜10｜9.50", "时效指标｜10｜9.50",
     "scores now add up to 97.50 while the 合计 row and the text say 97.00 (产出 48.25 vs the stated 47.75)"),
    ("qinzhou-paishui-2025", 2, "score_exceeds_weight", "table (自评得分表 数量/质量 rows)",
     "18.75\n产出指标｜质量指标｜10｜10", "10\n产出指标｜质量指标｜10｜18.75", "质量指标｜10｜18.75",
     "scores of 数量指标 and 质量指标 transposed: 质量指标 now 18.75 against a weight of 10 (sums unchanged)"),
    ("qinzhou-paishui-2025", 3, "rate_mismatch", "table (资金来源 市级 row)",
     "1,110.30｜81.64%", "1,110.30｜86.14%", "1,110.30｜86.14%",
     "市级配套 1,110.30 / 1,360.00 = 81.64% (the text says so), stated 86.14%"),
    ("qinzhou-paishui-2025", 4, "sum_mismatch", "table (合同支付 合计 row)",
     "721.00｜2,491.05", "721.00｜2,419.05", "2,419.05",
     "进度款 column sums to 2,491.05 (and 721.00 + 进度款 must give 3,212.05), stated 2,419.05"),
    ("qinzhou-paishui-2025", 5, "completion_mismatch", "table (指标完成表 泵站 row)",
     "70%｜87.50%", "70%｜85.70%", "70%｜85.70%",
     "≥80% target, actual 70%: completion 70 / 80 = 87.50%, stated 85.70%"),
    ("qinzhou-paishui-2025", 6, "year_mismatch", "prose (五、自评结论)",
     "自评得分表如下（2025年度）", "自评得分表如下（2024年度）", "自评得分表如下（2024年度）",
     "the score table of the 2025 report is headed 2024年度"),
]


def main():
    labels = []
    problems = []
    for src in SOURCES:
        path = os.path.join(CASES, f"{src}-clean.txt")
        with open(path, encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            if clean.count(old) != 1:
                problems.append(f"{src}-e{n}: old {old!r} occurs {clean.count(old)} times")
                continue
            text = clean.replace(old, new)
            if text.count(value) != 1:
                problems.append(f"{src}-e{n}: value {value!r} occurs {text.count(value)} times")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print(f"built {len(labels)} cases ({sum(1 for r in labels if r['clean'])} clean)")


if __name__ == "__main__":
    main()
