#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft is cases/<id>-clean.txt. EDITS lists, per case, one exact old -> new
replacement (the old text must occur exactly once in the clean draft), the error code,
where the slip sits (prose/table), the label value (must occur in the error case and
contain the changed figure) and a one-line explanation.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

XT = "hn-xiangtan-shiyanchubei-2024"
ZG = "sc-zigong-yanyejianguan-2019"
YC = "sx-yuncheng-shiyanchoujian-2022"
YG = "hb-yingcheng-yanchubei-2020"
HA = "js-huaian-yanwuju-bumen-2018"
PROJECTS = [XT, ZG, YC, YG, HA]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 湘潭 2024 (MOF outline, funds block + Markdown table) ----
    (XT, 1, "rate_mismatch", "table",
     "29.12      10    97.07%", "29.12      10    97.70%",
     "97.70%    9.71",
     "funds block: 执行率 of 年度资金总额 = 29.12 / 30.00 = 97.07%, stated 97.70%"),
    (XT, 2, "balance_mismatch", "prose",
     "年末未支出0.88万元", "年末未支出0.98万元",
     "年末未支出0.98万元",
     "unspent = 全年预算 30.00 - 全年支出 29.12 = 0.88万元 (funds fully received), stated 0.98"),
    (XT, 3, "unit_mismatch", "prose",
     "按每吨每年80元计12.00万元", "按每吨每年80元计120000万元",
     "计120000万元",
     "1500吨 x 80元 = 120000元 = 12.00万元; the 元 figure is labelled 万元 (off by 10^4), so the item list sums to 120018.00 instead of 30.00"),
    (XT, 4, "score_exceeds_weight", "table",
     "| =0起 | 0起 | 10 | 10 | |\n| 效益指标 | 可持续影响指标 | 储备管理制度健全性 | 健全 | 较为健全 | 10 | 9 |",
     "| =0起 | 0起 | 10 | 10.5 | |\n| 效益指标 | 可持续影响指标 | 储备管理制度健全性 | 健全 | 较为健全 | 10 | 8.5 |",
     "0起 | 10 | 10.5",
     "储备食盐质量安全事故 scored 10.5 against a weight of 10 (the next qualitative row was lowered 9 -> 8.5 so the total still reads 98.04)"),
    (XT, 5, "year_mismatch", "prose",
     "结转至2025年继续使用", "结转至2024年继续使用",
     "结转至2024年继续使用",
     "money of the 2024 budget cannot be carried over to 2024 itself; the carry-over goes to 2025"),
    (XT, 6, "conflicting_values", "prose",
     "共组织轮换储备盐700吨", "共组织轮换储备盐740吨",
     "轮换储备盐740吨",
     "the table gives the 2024 rotation as 700吨 (score 10 x 700/750 = 9.33); the text now says 740吨"),

    # ---- 自贡 2019 (Sichuan outline, 10 + 90, no satisfaction) ----
    (ZG, 1, "average_mismatch", "prose",
     "平均每个区县13.67批次", "平均每个区县13.76批次",
     "平均每个区县13.76批次",
     "(14 + 12 + 13 + 12 + 16 + 15) / 6 = 82 / 6 = 13.67"),
    (ZG, 2, "sum_mismatch", "prose",
     "科学补碘宣传经费4.00万元", "科学补碘宣传经费4.60万元",
     "宣传经费4.60万元",
     "items 15.00 + 10.00 + 10.00 + 6.00 + 4.60 = 45.60, stated adjusted budget 45.00"),
    (ZG, 3, "weight_sum_mismatch", "table",
     "| 轮换盐入库及时率 | ≥ | 95 | % | 100 | 10 | 10 |",
     "| 轮换盐入库及时率 | ≥ | 95 | % | 100 | 12 | 10 |",
     "95 | % | 100 | 12 | 10",
     "weights now total 102 (产出 62 + 效益 30 + 预算执行 10)"),
    (ZG, 4, "implausible_rate", "table",
     "| 93.6 | 15 | 15 |", "| 103.6 | 15 | 15 |",
     "% | 103.6 | 15",
     "居民合格碘盐食用率 103.6%: a share of households above 100%"),
    (ZG, 5, "grade_mismatch", "prose",
     "评价等级为\"优\"", "评价等级为\"良\"",
     "评价等级为\"良\"",
     "total 97.3 (table 97.30) lies in the 优 band (>= 90)"),
    (ZG, 6, "rate_mismatch", "prose",
     "实际支出5.20万元，执行率86.67%", "实际支出5.20万元，执行率88.67%",
     "执行率88.67%",
     "执法检查经费 5.20 / 6.00 = 86.67%, stated 88.67%"),

    # ---- 运城 2022 (Shanxi outline, 行次 funds table, 完成率 column) ----
    (YC, 1, "completion_mismatch", "table",
     "| 226批次 | 102.73% |", "| 226批次 | 103.27% |",
     "226批次 | 103.27%",
     "226 / 220 = 102.73%, stated 103.27%"),
    (YC, 2, "completion_mismatch", "table",
     "| 92.5% | 102.78% |", "| 92.5% | 112.78% |",
     "92.5% | 112.78%",
     "92.5 / 90 = 102.78%, stated 112.78%"),
    (YC, 3, "score_sum_mismatch", "prose",
     "自评总得分98.53分", "自评总得分98.35分",
     "自评总得分98.35分",
     "9.32 + 50 + 29.21 + 10 = 98.53 (block tables), stated 98.35"),
    (YC, 4, "rate_mismatch", "table",
     "100    90.43     0", "100    90.34     0",
     "100    90.34",
     "市级 column (7)=(4)/(2): 43.86 / 48.50 = 90.43%, stated 90.34"),
    (YC, 5, "weight_sum_mismatch", "table",
     "| 储备盐库存质量检查次数 | 8 |", "| 储备盐库存质量检查次数 | 9 |",
     "储备盐库存质量检查次数 | 9",
     "weights now total 101 (产出 block 51)"),
    (YC, 6, "unit_mismatch", "table",
     "| ≥4次 | 4次 |", "| ≥4次 | 100% |",
     "≥4次 | 100%",
     "target counted in 次, actual given as a percentage"),

    # ---- 应城 2020 (Hubei-style: execution 20 points + goal blocks) ----
    (YG, 1, "score_exceeds_weight", "table",
     "| 90元/吨·年 | 6 | 6 | |\n| 目标一 | 效益指标 | 社会效益指标 | 疫情期间食盐价格 | 基本稳定 | 基本稳定，个别网点短时涨价 | 8 | 7 |",
     "| 90元/吨·年 | 6 | 6.5 | |\n| 目标一 | 效益指标 | 社会效益指标 | 疫情期间食盐价格 | 基本稳定 | 基本稳定，个别网点短时涨价 | 8 | 6.5 |",
     "90元/吨·年 | 6 | 6.5",
     "储备保管费补贴标准 scored 6.5 against a weight of 6 (the next qualitative row lowered 7 -> 6.5 so the total still reads 89.48)"),
    (YG, 2, "score_sum_mismatch", "table",
     "| 100 | 89.48 |", "| 100 | 89.84 |",
     "100 | 89.84",
     "16.34 + 38 + 35.14 = 89.48, table total reads 89.84"),
    (YG, 3, "year_mismatch", "prose",
     "截至2020年12月31日", "截至2021年12月31日",
     "截至2021年12月31日",
     "the year-end stock of a 2020 report is dated 2021-12-31 (a figure of another year)"),
    (YG, 4, "conflicting_values", "prose",
     "投放储备食盐186吨", "投放储备食盐168吨",
     "投放储备食盐168吨",
     "the table gives 应急投放储备食盐 186吨; the text says 168吨"),
    (YG, 5, "implausible_rate", "prose",
     "账实相符率100%", "账实相符率106%",
     "账实相符率106%",
     "a book-to-stock agreement rate cannot exceed 100%"),
    (YG, 6, "sum_mismatch", "table",
     "合计                   20.00", "合计                   20.20",
     "20.20      4.60      24.60",
     "年初预算 column: 5.40 + 3.60 + 6.40 + 1.60 + 3.00 + 0.00 = 20.00, and 20.00 + 4.60 = 24.60; total row reads 20.20"),

    # ---- 淮安 2018 (部门整体支出) ----
    (HA, 1, "average_mismatch", "prose",
     "平均94.90分", "平均94.09分",
     "平均94.09分",
     "(96 + 92.5 + 98 + 88 + 100) / 5 = 94.90"),
    (HA, 2, "grade_mismatch", "prose",
     "评价等级为\"优秀\"", "评价等级为\"良好\"",
     "评价等级为\"良好\"",
     "total 98.61 lies in the 优 band"),
    (HA, 3, "balance_mismatch", "prose",
     "结转结余12.45万元", "结转结余12.54万元",
     "结转结余12.54万元",
     "640.90 - 628.45 = 12.45 (also 188.80 - 176.35), stated 12.54"),
    (HA, 4, "unit_mismatch", "table",
     "188.80       176.35", "188.80   1763500.00",
     "1763500.00",
     "项目支出 实际支出 written in 元 (1763500.00) under a 万元 header: 452.10 + 1763500.00 != 628.45 and 1763500.00/188.80 != 93.41%, both reconciled by 176.35万元"),
    (HA, 5, "sum_mismatch", "prose",
     "碘缺乏病防治宣传19.00万元", "碘缺乏病防治宣传19.60万元",
     "碘缺乏病防治宣传19.60万元",
     "project budgets 70.00 + 46.30 + 38.50 + 19.60 + 15.00 = 189.40, stated 188.80"),
    (HA, 6, "conflicting_values", "table",
     "| 312批次 |", "| 321批次 |",
     "321批次",
     "the text gives 312 batches sampled; the table actual says 321"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{pid}-e{n}: old text occurs {cnt} times in the clean draft: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{pid}-e{n}: value not in error case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
