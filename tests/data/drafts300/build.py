#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one old -> new replacement; `old` must occur exactly once
in the clean draft. `value` is the exact substring of the error case that carries the slip (it contains the
changed figure) and is what a checker's finding has to overlap.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sd-zoucheng-rfjingbao-2020",
    "hn-xiangxiang-rfgongcheng-2022",
    "sc-jiangyou-shusanjidi-2019",
    "hb-wuxue-rfzhihui-2021",
    "gx-xingye-rfbumen-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- sd-zoucheng-rfjingbao-2020 (Shandong, tab-separated MOF table) ----
    ("sd-zoucheng-rfjingbao-2020", 1, "sum_mismatch", "prose",
     "其中设备购置10.86万元", "其中设备购置10.68万元",
     "合同价12.36万元，其中设备购置10.68万元、安装调试1.50万元",
     "10.68 + 1.50 = 12.18, stated contract price 12.36 (clean: 10.86)"),
    ("sd-zoucheng-rfjingbao-2020", 2, "implausible_rate", "table",
     "其他资金\t0.00\t0.00\t0.00\t—\t—\t—", "其他资金\t0.00\t0.00\t0.00\t—\t100.00%\t—",
     "其他资金\t0.00\t0.00\t0.00\t—\t100.00%",
     "execution rate 100.00% printed for 其他资金 whose 全年预算数 is 0.00: a rate on a zero base (clean: —)"),
    ("sd-zoucheng-rfjingbao-2020", 3, "unit_mismatch", "prose",
     "按每台每年1850元的标准", "按每台每年1850万元的标准",
     "1850万元",
     "142 x 1850万元 would be 262700万元, not the 26.27万元 contract; 142 x 1850元 = 26.27万元: a 元 figure labelled 万元"),
    ("sd-zoucheng-rfjingbao-2020", 4, "year_mismatch", "prose",
     "已按规定结转至2021年使用", "已按规定结转至2020年使用",
     "结转至2020年",
     "money left over from the 2020 budget is carried to 2020 itself; must be a later year (clean: 2021)"),
    ("sd-zoucheng-rfjingbao-2020", 5, "completion_mismatch", "prose",
     "为年度指标值的102.42%", "为年度指标值的104.22%",
     "年度指标值的104.22%",
     "鸣响率 97.3% against target ≥95% gives 97.3/95 = 102.42%, stated 104.22%"),
    ("sd-zoucheng-rfjingbao-2020", 6, "score_exceeds_weight", "table",
     "15\t14.79\t控制板老化，已安排更换部件\n\t满意度指标\t服务对象满意度指标\t社会公众满意度\t≥90%\t92.8%\t10\t10\t",
     "15\t10\t控制板老化，已安排更换部件\n\t满意度指标\t服务对象满意度指标\t社会公众满意度\t≥90%\t92.8%\t10\t14.79\t",
     "92.8%\t10\t14.79",
     "scores of the last two rows transposed: 社会公众满意度 scored 14.79 against a weight of 10 (total unchanged at 99.30)"),

    # ---- hn-xiangxiang-rfgongcheng-2022 (Hunan, one cell per line) ----
    ("hn-xiangxiang-rfgongcheng-2022", 1, "sum_mismatch", "table",
     "人防疏散干道\n2\n4,120", "人防疏散干道\n2\n4,210",
     "4,210\n\n早期人防工程（坑道）\n4\n3,630\n\n合计\n18\n24,600",
     "表2 areas 16,850 + 4,210 + 3,630 = 24,690, stated 合计 24,600 (clean: 4,120)"),
    ("hn-xiangxiang-rfgongcheng-2022", 2, "average_mismatch", "prose",
     "平均维护面积1366.67平方米", "平均维护面积1376.67平方米",
     "平均维护面积1376.67平方米",
     "24,600 / 18 = 1366.67, stated 1376.67"),
    ("hn-xiangxiang-rfgongcheng-2022", 3, "balance_mismatch", "prose",
     "实际支付19.85万元，结余1.75万元", "实际支付19.85万元，结余1.57万元",
     "结余1.57万元",
     "隐患整治工程费 21.60 - 19.85 = 1.75, stated 1.57"),
    ("hn-xiangxiang-rfgongcheng-2022", 4, "weight_sum_mismatch", "table",
     "0起\n0起\n100%\n15\n15", "0起\n0起\n100%\n16\n15",
     "100%\n16\n15",
     "weight of 人防工程安全事故 raised to 16: weights now total 101 against 合计 100"),
    ("hn-xiangxiang-rfgongcheng-2022", 5, "completion_mismatch", "table",
     "96.8%\n101.89%", "96.8%\n101.98%",
     "96.8%\n101.98%",
     "设备设施完好率 96.8% against ≥95%: 96.8/95 = 101.89%, stated 101.98%"),
    ("hn-xiangxiang-rfgongcheng-2022", 6, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "total 99.15 is in the 优 band (>= 90), stated 良"),

    # ---- sc-jiangyou-shusanjidi-2019 (Sichuan, runs of spaces) ----
    ("sc-jiangyou-shusanjidi-2019", 1, "rate_mismatch", "table",
     "131.46          10        95.26%", "131.46          10        95.62%",
     "95.62%",
     "131.46 / 138.00 = 95.26%, stated 95.62%"),
    ("sc-jiangyou-shusanjidi-2019", 2, "conflicting_values", "table",
     "%           88            15", "%           86            15",
     "%           86            15",
     "人口疏散计划覆盖率: table actual 86 while the text says 疏散计划覆盖城区常住人口的88%"),
    ("sc-jiangyou-shusanjidi-2019", 3, "unit_mismatch", "table",
     "块          126           10", "块          100%          10",
     "块          100%",
     "安装疏散标识标牌 measured in 块 (target 120), actual written as a percentage"),
    ("sc-jiangyou-shusanjidi-2019", 4, "weight_sum_mismatch", "prose",
     "其中产出指标60分", "其中产出指标65分",
     "产出指标65分",
     "65 + 30 = 95, not the stated 90 for 绩效指标, and 10 + 65 + 30 = 105; the table's 产出 rows weigh 60"),
    ("sc-jiangyou-shusanjidi-2019", 5, "score_sum_mismatch", "prose",
     "产出指标59.52分", "产出指标59.25分",
     "综合得分99.05分，其中预算执行9.53分、产出指标59.25分、效益指标30分",
     "9.53 + 59.25 + 30 = 98.78, stated 综合得分 99.05; the table's 产出 rows score 59.52"),
    ("sc-jiangyou-shusanjidi-2019", 6, "year_mismatch", "table",
     "2019年度项目支出绩效自评表", "2020年度项目支出绩效自评表",
     "2020年度项目支出绩效自评表",
     "the attached table claims 2020 for a 2019 report (title, budget and 截至2019年12月31日)"),

    # ---- hb-wuxue-rfzhihui-2021 (Hubei, web page, tab-separated) ----
    ("hb-wuxue-rfzhihui-2021", 1, "rate_mismatch", "prose",
     "支付25.70万元，执行率95.90%", "支付25.70万元，执行率95.09%",
     "执行率95.09%",
     "upgrade part 25.70 / 26.80 = 95.90%, stated 95.09%"),
    ("hb-wuxue-rfzhihui-2021", 2, "implausible_rate", "table",
     "94%\t104.44%", "104%\t115.56%",
     "104%\t115.56%",
     "参演群众满意度 104% is above 100% (completion recomputed to match, score capped at 6)"),
    ("hb-wuxue-rfzhihui-2021", 3, "average_mismatch", "prose",
     "平均每个疏散点345人次", "平均每个疏散点354人次",
     "平均每个疏散点354人次",
     "3450 / 10 = 345, stated 354"),
    ("hb-wuxue-rfzhihui-2021", 4, "score_exceeds_weight", "table",
     "≥24次\t24次\t100%\t8\t8\n\t通信专线租用\t12个月\t12个月\t100%\t7\t7",
     "≥24次\t24次\t100%\t8\t7\n\t通信专线租用\t12个月\t12个月\t100%\t7\t8",
     "12个月\t100%\t7\t8",
     "scores of two adjacent rows transposed: 通信专线租用 scored 8 against a weight of 7 (block and total unchanged)"),
    ("hb-wuxue-rfzhihui-2021", 5, "completion_mismatch", "table",
     "99.2%\t101.22%", "99.2%\t102.12%",
     "99.2%\t102.12%",
     "系统正常运行率 99.2% against ≥98%: 99.2/98 = 101.22%, stated 102.12%"),
    ("hb-wuxue-rfzhihui-2021", 6, "conflicting_values", "prose",
     "系统全年正常运行率99.2%", "系统全年正常运行率99.6%",
     "正常运行率99.6%",
     "text says 99.6% while the table's actual value is 99.2%"),

    # ---- gx-xingye-rfbumen-2024 (Guangxi, department whole, pipe tables) ----
    ("gx-xingye-rfbumen-2024", 1, "rate_mismatch", "prose",
     "实际支出1.50万元，执行率83.33%", "实际支出1.50万元，执行率88.33%",
     "执行率88.33%",
     "“三公”经费 1.50 / 1.80 = 83.33%, stated 88.33%"),
    ("gx-xingye-rfbumen-2024", 2, "conflicting_values", "prose",
     "开展人防工程监督检查46次", "开展人防工程监督检查64次",
     "监督检查64次",
     "text says 64 inspections while 表3 gives 46次 as the actual value"),
    ("gx-xingye-rfbumen-2024", 3, "grade_mismatch", "table",
     "| 综合评价等级 | 优 |", "| 综合评价等级 | 良 |",
     "综合评价等级 | 良",
     "total 99.26 is in the 优 band (>= 90), table states 良"),
    ("gx-xingye-rfbumen-2024", 4, "score_sum_mismatch", "table",
     "| 92.6% | 10 |\n| 合计 |", "| 92.6% | 9 |\n| 合计 |",
     "92.6% | 9 |\n| 合计 | | | 100 | | | 99.26",
     "row scores now add up to 98.26 (群众满意度 9), stated 合计 99.26"),
    ("gx-xingye-rfbumen-2024", 5, "balance_mismatch", "table",
     "| 26.37 | 1.85 |", "| 26.37 | 1.58 |",
     "26.37 | 1.58",
     "防空演练及警报试鸣 28.22 - 26.37 = 1.85, stated 结余 1.58"),
    ("gx-xingye-rfbumen-2024", 6, "sum_mismatch", "prose",
     "项目支出58.12万元", "项目支出58.21万元",
     "年初预算186.52万元，其中基本支出128.40万元、项目支出58.21万元",
     "128.40 + 58.21 = 186.61, stated 186.52 (and 58.21 + 22.60 = 80.81, not 80.72)"),
]


def main():
    labels = []
    for proj in PROJECTS:
        clean_name = f"{proj}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": proj, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e[0] == proj), key=lambda e: e[1])
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], proj
        for _, n, code, where, old, new, value, expl in edits:
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{proj}-e{n}: old string occurs {cnt} times")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{proj}-e{n}: value not in error case")
            name = f"{proj}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
