#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n66 from the clean drafts.

Each edit replaces one exact string `old` (occurring exactly once in the clean draft) by `new`.
The label `value` is either a literal string or a (start, end) pair: the substring of the error
case that runs from the first occurrence of `start` to the end of the first occurrence of `end`
after it (used for sums / score totals / weight totals, where the value spans from the changed
part to the total or back).
Pure Python 3, no third-party dependencies.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "shenxian-youfu-2021",
    "taikang-youdaijin-2023",
    "weixian-fuxu-2018",
    "neihuang-bumen-2020",
    "linqu-shenghuobuzhu-2024",
]

# (source, n, code, old, new, value, explanation, kind)
# kind "line": one contiguous edit inside one line; "rows": a score edit on two adjacent table rows.
EDITS = [
    # ---------------- 莘县 2021 优抚对象抚恤和生活补助 (Shandong) ----------------
    ("shenxian-youfu-2021", 1, "rate_mismatch",
     "全年实际支出19,795,700.00元，预算执行率99.4%。", "全年实际支出19,795,700.00元，预算执行率98.7%。",
     "预算执行率98.7%",
     "19,795,700.00 / 19,920,000.00 = 99.4%; 98.7% is the 2020 rate (stated a few lines below) left in", "line"),
    ("shenxian-youfu-2021", 2, "sum_mismatch",
     "市级财政补助620,000.00元", "市级财政补助260,000.00元",
     ("全年预算19,920,000.00元，其中：", "市级财政补助260,000.00元"),
     "13,950,000 + 2,480,000 + 260,000 + 2,870,000 = 19,560,000, stated total 19,920,000 (市级 share retyped 620,000 -> 260,000)", "line"),
    ("shenxian-youfu-2021", 3, "unit_mismatch",
     "年末结余124,300.00元", "年末结余124,300.00万元",
     "124,300.00万元",
     "balance 19,920,000.00 - 19,795,700.00 = 124,300.00元 (12.43万元); the 元 figure is labelled 万元, off by 10^4", "line"),
    ("shenxian-youfu-2021", 4, "score_sum_mismatch",
     "98.5%｜10｜9.85｜", "98.5%｜10｜9.58｜",
     ("9.58｜高龄", "｜100｜99.72"),
     "row scores now add to 9.94 + 49.94 + 29.58 + 9.99 = 99.45, total still reads 99.72 (知晓率 score retyped 9.85 -> 9.58)", "line"),
    ("shenxian-youfu-2021", 5, "completion_mismatch",
     "97.2%｜99.2%｜", "97.2%｜100.8%｜",
     "≥98%｜97.2%｜100.8%",
     "gte target 98%, actual 97.2% -> completion 97.2/98 = 99.2%; 100.8% is 98/97.2 (base inverted)", "line"),
    ("shenxian-youfu-2021", 6, "year_mismatch",
     "截至2021年12月31日，全县在册", "截至2020年12月31日，全县在册",
     "截至2020年12月31日",
     "2021 report: the year-end count is dated the end of 2020 (last year's date left in); the 2020 year-end figure is 3,861", "line"),
    # ---------------- 太康 2023 义务兵家庭优待金 (Henan) ----------------
    ("taikang-youdaijin-2023", 1, "balance_mismatch",
     "年末结余资金345,660.00元", "年末结余资金354,660.00元",
     "354,660.00元",
     "到位 17,400,000.00 - 执行 17,054,340.00 = 345,660.00, stated 354,660.00", "line"),
    ("taikang-youdaijin-2023", 2, "average_mismatch",
     "三类调查对象平均满意度97.1%", "三类调查对象平均满意度96.4%",
     "平均满意度96.4%",
     "(96.8 + 98.5 + 95.9) / 3 = 97.1%; 96.4% is the mean of two of the three groups", "line"),
    ("taikang-youdaijin-2023", 3, "conflicting_values",
     "\t≥5,300人\n\t5,628人\n", "\t≥5,300人\n\t5,268人\n",
     "5,268人",
     "table gives 应征报名 5,268人, the text gives 5,628人 (5,231 + 397 = 5,628)", "line"),
    ("taikang-youdaijin-2023", 4, "weight_sum_mismatch",
     "\t立功受奖奖励发放人次\n\t5\n", "\t立功受奖奖励发放人次\n\t10\n",
     ("\t10\n\t82人次", "\t合计\n\t\n\t\n\t100"),
     "weights now total 105 (立功受奖 row weight 10 copied from the rows around it; 产出 weights 55)", "line"),
    ("taikang-youdaijin-2023", 5, "implausible_rate",
     "预算执行率98.0%。其中", "预算执行率102.0%。其中",
     "预算执行率102.0%",
     "execution rate over 100% (spent 17,054,340.00 of 17,400,000.00 = 98.0%; 102.0% is budget/spent, base inverted)", "line"),
    ("taikang-youdaijin-2023", 6, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "total 99.47 is in the 优 band (>= 90)", "line"),
    # ---------------- 威县 2018 优抚对象抚恤补助经费 (Hebei) ----------------
    ("weixian-fuxu-2018", 1, "rate_mismatch",
     "到位率98.4%", "到位率94.8%",
     "到位率94.8%",
     "到位 18,900,000.00 / 全年预算 19,200,000.00 = 98.4%, stated 94.8%", "line"),
    ("weixian-fuxu-2018", 2, "sum_mismatch",
     "带病回乡退伍军人\t33\t725\t805\t30.03", "带病回乡退伍军人\t33\t725\t805\t30.30",
     ("30.30", "抚恤补助小计\t2759\t\t\t1193.69"),
     "category rows now add to 1193.96, 小计 reads 1193.69 (30.03 retyped as 30.30; 33 x (7x725 + 5x805) = 300,300元 = 30.03万元)", "line"),
    ("weixian-fuxu-2018", 3, "score_exceeds_weight",
     "96.8%\t7\t6.78\n产出指标\t质量指标\t抚恤补助发放准确率\t100%\t100%\t100.0%\t8\t8",
     "96.8%\t7\t7.78\n产出指标\t质量指标\t抚恤补助发放准确率\t100%\t100%\t100.0%\t8\t7",
     "96.8%\t7\t7.78",
     "score 7.78 above weight 7 (one point moved from the next row so the total still reads 95.35)", "rows"),
    ("weixian-fuxu-2018", 4, "year_mismatch",
     "已结转至2019年使用", "已结转至2018年使用",
     "结转至2018年",
     "the balance of a 2018 budget cannot be carried over to 2018 itself (should be 2019)", "line"),
    ("weixian-fuxu-2018", 5, "completion_mismatch",
     "≤3件\t5件\t60.0%", "≤3件\t5件\t166.7%",
     "5件\t166.7%",
     "lte target 3, actual 5 -> completion 3/5 = 60.0%; 166.7% is actual/target as if the indicator were gte", "line"),
    ("weixian-fuxu-2018", 6, "conflicting_values",
     "参战参试退役人员842人，月标准", "参战参试退役人员824人，月标准",
     "参战参试退役人员824人",
     "text says 824 参战参试退役人员, the category table 842 (842 x (7x650 + 5x730) = 6,904,400元 = 690.44万元)", "line"),
    # ---------------- 内黄 2020 部门整体支出 (Henan) ----------------
    ("neihuang-bumen-2020", 1, "average_mismatch",
     "4个项目平均得分95.03分", "4个项目平均得分97.15分",
     "平均得分97.15分",
     "(97.46 + 95.80 + 98.20 + 88.65) / 4 = 95.03; 97.15 is the mean of the first three only", "line"),
    ("neihuang-bumen-2020", 2, "score_sum_mismatch",
     "资产管理规范性 | 5 | 4.2 |", "资产管理规范性 | 5 | 4.8 |",
     ("4.8 | 部分资产", "| 100 | 89.6"),
     "row scores now add to 90.2, total still reads 89.6 (4.2 retyped as 4.8)", "line"),
    ("neihuang-bumen-2020", 3, "grade_mismatch",
     "评价等级为良好", "评价等级为优秀",
     "评价等级为优秀",
     "89.6 is in the 良 band (80 <= s < 90); 优 starts at 90", "line"),
    ("neihuang-bumen-2020", 4, "balance_mismatch",
     "年末结转结余309,521.60元", "年末结转结余309,251.60元",
     "309,251.60元",
     "收入 30,618,000.00 - 支出 30,308,478.40 = 309,521.60, stated 309,251.60", "line"),
    ("neihuang-bumen-2020", 5, "unit_mismatch",
     "| 756.00 | 744.60 |", "| 756.00 | 7445952.00 |",
     "7445952.00",
     "万元 table cell holds the 元 amount 7,445,952.00 (= 744.60万元): off by 10^4, breaks the 项目支出 sum and the 98.5% rate", "line"),
    ("neihuang-bumen-2020", 6, "weight_sum_mismatch",
     "重点工作完成及时率 | 5 | 4 |", "重点工作完成及时率 | 10 | 4 |",
     ("10 | 4 | 优待金发放推迟", "| 100"),
     "weights now total 105 (完成及时率 weight 5 -> 10; 产出 block 25 instead of 20)", "line"),
    # ---------------- 临朐 2024 部分优抚对象生活补助 (Shandong) ----------------
    ("linqu-shenghuobuzhu-2024", 1, "implausible_rate",
     "| 其他资金 | 0.00 | 0.00 | 0.00 | — | — | — |", "| 其他资金 | 0.00 | 0.00 | 0.00 | — | 100.0% | — |",
     "0.00 | — | 100.0%",
     "execution rate 100.0% printed on a zero base (其他资金 0.00 budget, 0.00 spent)", "line"),
    ("linqu-shenghuobuzhu-2024", 2, "score_exceeds_weight",
     "| 5 | 4.93 | 外出对象未完成认证，推广手机认证 |\n| 产出指标 | 时效指标 | 提标差额补发完成时间 | 2024年9月30日前 | 2024年9月20日 | 5 | 5 |",
     "| 5 | 4.50 | 外出对象未完成认证，推广手机认证 |\n| 产出指标 | 时效指标 | 提标差额补发完成时间 | 2024年9月30日前 | 2024年9月20日 | 5 | 5.43 |",
     "2024年9月20日 | 5 | 5.43",
     "score 5.43 above weight 5 (0.43 moved from the 认证率 row so the total still reads 99.22)", "rows"),
    ("linqu-shenghuobuzhu-2024", 3, "unit_mismatch",
     "| 2024年9月30日前 | 2024年9月20日 |", "| 2024年9月30日前 | 100% |",
     "2024年9月30日前 | 100%",
     "target is a date, actual a percentage: completion cannot be computed", "line"),
    ("linqu-shenghuobuzhu-2024", 4, "sum_mismatch",
     "部分烈士子女全年发放480,680.00元", "部分烈士子女全年发放408,680.00元",
     ("408,680.00元", "合计发放22,500,590.00元"),
     "15,315,090 + 408,680 + 665,860 + 6,038,960 = 22,428,590, stated 合计 22,500,590 (61 x (7x640 + 5x680) = 480,680)", "line"),
    ("linqu-shenghuobuzhu-2024", 5, "conflicting_values",
     "| ≥1,380人 | 1,398人 |", "| ≥1,380人 | 1,389人 |",
     "1,389人",
     "table gives 1,389 参战参试退役人员, the text 1,398 (twice)", "line"),
    ("linqu-shenghuobuzhu-2024", 6, "rate_mismatch",
     "预算执行率98.1%，其中使用上年结转", "预算执行率98.7%，其中使用上年结转",
     "预算执行率98.7%",
     "22,500,590.00 / 全年预算 22,926,300.00 = 98.1%; 98.7% divides by the 年初预算 22,786,300.00 (wrong base)", "line"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    start, end = value
    i = text.find(start)
    if i < 0:
        raise SystemExit(f"value start {start!r} not found")
    j = text.find(end, i)
    if j < 0:
        raise SystemExit(f"value end {end!r} not found after start")
    return text[i:j + len(end)]


def main():
    labels = []
    for src in PROJECTS:
        clean = read(os.path.join(CASES, f"{src}-clean.txt"))
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, expl, kind) in EDITS:
            if s != src:
                continue
            if clean.count(old) != 1:
                raise SystemExit(f"{src}-e{n}: edit anchor occurs {clean.count(old)} times")
            text = clean.replace(old, new, 1)
            val = resolve_value(text, value)
            name = f"{src}-e{n}.txt"
            write(os.path.join(CASES, name), text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": val,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if r['clean'])} clean)")


if __name__ == "__main__":
    main()
