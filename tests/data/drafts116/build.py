#!/usr/bin/env python3
"""Build the n116 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean
draft.  `value` is the substring written to labels.jsonl: it must occur in the error case
and overlap the changed characters.  `also` lists further findings that the same slip
necessarily causes (only the two score_exceeds_weight cases have one: the raised row
score also breaks the score total).  The primary value covers the changed characters;
the value of such a consequential finding is the stated total it contradicts.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "dongtai-citybus-2019",
    "lingbi-taxifuel-2018",
    "jingjiang-bustaxi-2022",
    "songzi-citybus-2023",
    "hanchuan-taxisubsidy-2024",
]

# (source, n, code, old, new, value, explanation, also)
EDITS = [
    # ---------------- dongtai-citybus-2019 (Jiangsu, Word-export HTML) ----------------
    ("dongtai-citybus-2019", 1, "rate_mismatch",
     "执行率<span lang=EN-US>97.97%</span>",
     "执行率<span lang=EN-US>97.79%</span>",
     "97.79%",
     "市级资金 executed 1254.00 of 1280.00 = 97.97%, stated 97.79% (digits swapped)", []),
    ("dongtai-citybus-2019", 2, "sum_mismatch",
     "柴油<span lang=EN-US>12</span>辆",
     "柴油<span lang=EN-US>21</span>辆",
     "186</span>辆，其中纯电动<span lang=EN-US>112</span>辆、插电式混合动力<span lang=EN-US>38</span>辆、天然气<span lang=EN-US>24</span>辆、柴油<span lang=EN-US>21</span>辆",
     "fleet by fuel type 112 + 38 + 24 + 21 = 195, stated total 186 (diesel count mistyped; 12 in the clean draft)", []),
    ("dongtai-citybus-2019", 3, "average_mismatch",
     "季均拨付<span lang=EN-US>468.50</span>万元",
     "季均拨付<span lang=EN-US>486.50</span>万元",
     "486.50",
     "quarterly payments (420.00 + 450.00 + 460.00 + 544.00) / 4 = 468.50, stated 486.50", []),
    ("dongtai-citybus-2019", 4, "grade_mismatch",
     "评价等级为“优”",
     "评价等级为“良”",
     "评价等级为“良”",
     "total 98.96 lies in the 优 band (90-100), stated 良", []),
    ("dongtai-citybus-2019", 5, "unit_mismatch",
     "辆×<span lang=EN-US>25000</span>元）",
     "辆×<span lang=EN-US>25000</span>万元）",
     "25000</span>万元",
     "112 vehicles x 25000元 = 280.00万元; written as 25000万元 the per-vehicle amount is off by 10^4 "
     "(the standard is 25000元/辆·年 in 项目概况)", []),
    ("dongtai-citybus-2019", 6, "completion_mismatch",
     "完成年度目标的<span lang=EN-US>104.88%</span>",
     "完成年度目标的<span lang=EN-US>104.58%</span>",
     "104.58%",
     "ridership 3356 / target 3200 = 104.88%, stated 104.58%", []),

    # ---------------- lingbi-taxifuel-2018 (Anhui, CMS HTML) ----------------
    ("lingbi-taxifuel-2018", 1, "balance_mismatch",
     "结余4.64万元",
     "结余4.46万元",
     "结余4.46万元",
     "全年预算 125.00 (all received) - 执行 120.36 = 4.64, stated 4.46", []),
    ("lingbi-taxifuel-2018", 2, "score_sum_mismatch",
     "<td>运行平稳，无群体性事件</td><td>10</td><td>10</td>",
     "<td>运行平稳，无群体性事件</td><td>10</td><td>9</td>",
     "运行平稳，无群体性事件</td><td>10</td><td>9</td>",
     "row scores 9.63 + 50 + (9 + 8 + 10) + 9.82 = 96.45, stated total 97.45 (and 效益 28 in the text)", []),
    ("lingbi-taxifuel-2018", 3, "year_mismatch",
     "结转至2019年",
     "结转至2018年",
     "结转至2018年",
     "the unspent part of the 2018 budget cannot be carried over into 2018 itself", []),
    ("lingbi-taxifuel-2018", 4, "implausible_rate",
     "<tr><td>上年结转资金</td><td>0.00</td><td>0.00</td><td>0.00</td><td>—</td><td>—</td><td>—</td></tr>",
     "<tr><td>上年结转资金</td><td>0.00</td><td>0.00</td><td>0.00</td><td>—</td><td>100%</td><td>—</td></tr>",
     "<td>0.00</td><td>—</td><td>100%</td>",
     "execution rate 100% printed for 上年结转资金 whose budget and spending are 0.00: a rate on a zero base", []),
    ("lingbi-taxifuel-2018", 5, "conflicting_values",
     "全年累计发放油价补贴120.36万元",
     "全年累计发放油价补贴123.06万元",
     "123.06万元",
     "the subsidy paid is 120.36万元 everywhere else (资金情况, 自评表, quarterly table 1203600.00元)", []),
    ("lingbi-taxifuel-2018", 6, "weight_sum_mismatch",
     "<td>408辆</td><td>15</td><td>15</td>",
     "<td>408辆</td><td>16</td><td>15</td>",
     "<td>408辆</td><td>16</td>",
     "weights 10 + (16 + 10 + 5 + 10 + 10) + 30 + 10 = 101, not 100 (总分 row still 100)", []),

    # ---------------- jingjiang-bustaxi-2022 (Jiangsu, CMS HTML) ----------------
    ("jingjiang-bustaxi-2022", 1, "score_exceeds_weight",
     "<td>86%</td><td>5</td><td>5</td>",
     "<td>86%</td><td>5</td><td>10</td>",
     "<td>86%</td><td>5</td><td>10</td>",
     "出租车服务质量信誉考核 row: score 10 above its weight 5",
     [("score_sum_mismatch", "99.27",
       "with the raised row the scores add to 104.27 while the total (table and text) reads 99.27")]),
    ("jingjiang-bustaxi-2022", 2, "sum_mismatch",
     "<span>104.10</span>",
     "<span>104.01</span>",
     "第一季度<span>102.30</span>万元，第二季度<span>104.01</span>万元，第三季度<span>106.20</span>万元，第四季度<span>115.80</span>万元，全年合计<span>428.40</span>万元",
     "quarterly payments 102.30 + 104.01 + 106.20 + 115.80 = 428.31, stated 全年合计 428.40", []),
    ("jingjiang-bustaxi-2022", 3, "rate_mismatch",
     "到位率98.18%",
     "到位率98.81%",
     "到位率98.81%",
     "到位 432.00 / 全年预算 440.00 = 98.18%, stated 98.81%", []),
    ("jingjiang-bustaxi-2022", 4, "completion_mismatch",
     "完成目标值的97.68%",
     "完成目标值的96.78%",
     "96.78%",
     "准点率 92.8% / target 95% = 97.68%, stated 96.78%", []),
    ("jingjiang-bustaxi-2022", 5, "unit_mismatch",
     "<td>≥220辆</td><td>228辆</td>",
     "<td>≥220辆</td><td>103.64%</td>",
     "<td>103.64%</td>",
     "target counted in 辆, actual given as a percentage (the completion 228/220 typed into 实际完成值)", []),
    ("jingjiang-bustaxi-2022", 6, "average_mismatch",
     "三项平均93%",
     "三项平均94%",
     "乘客满意度92%、驾驶员满意度96%、公交企业满意度91%，三项平均94%",
     "(92 + 96 + 91) / 3 = 93%, stated 94%", []),

    # ---------------- songzi-citybus-2023 (Hubei, old upper-case CMS HTML) ----------------
    ("songzi-citybus-2023", 1, "grade_mismatch",
     "评价等级为“良”",
     "评价等级为“优”",
     "评价等级为“优”",
     "total 89.17 lies in the 良 band (80-90), stated 优", []),
    ("songzi-citybus-2023", 2, "balance_mismatch",
     "结转资金141.30万元",
     "结转资金143.10万元",
     "143.10万元",
     "全年预算 1060.00 (all received) - 执行 918.70 = 141.30, stated 143.10", []),
    ("songzi-citybus-2023", 3, "conflicting_values",
     "全年实际支付补贴918.70万元",
     "全年实际支付补贴981.70万元",
     "981.70万元",
     "spending is 918.70万元 in the funds paragraph and the 自评表 (= 729.00 + 189.70)", []),
    ("songzi-citybus-2023", 4, "year_mismatch",
     "<BR>（2023年度）",
     "<BR>（2022年度）",
     "（2022年度）",
     "自评表 dated 2022年度 in the 2023 report", []),
    ("songzi-citybus-2023", 5, "weight_sum_mismatch",
     "<TD>1起</TD><TD>5</TD><TD>0</TD>",
     "<TD>1起</TD><TD>6</TD><TD>0</TD>",
     "<TD>1起</TD><TD>6</TD>",
     "weights 10 + (10 + 10 + 10 + 5 + 6 + 5 + 5) + 30 + 10 = 101, not 100", []),
    ("songzi-citybus-2023", 6, "implausible_rate",
     "<TD>81.5%</TD>",
     "<TD>815%</TD>",
     "815%",
     "passenger satisfaction 815% is above 100% (decimal point lost from 81.5%)", []),

    # ---------------- hanchuan-taxisubsidy-2024 (Hubei, modern CMS HTML) ----------------
    ("hanchuan-taxisubsidy-2024", 1, "score_exceeds_weight",
     "<td>21车次</td><td>10</td><td>8.4</td>",
     "<td>21车次</td><td>10</td><td>84</td>",
     "<td>21车次</td><td>10</td><td>84</td>",
     "单车日均载客次数 row: score 84 above its weight 10 (the completion 84.00% typed as the score)",
     [("score_sum_mismatch", "96.57",
       "with 84 in place of 8.4 the scores add to 172.17 while the total (table and text) reads 96.57")]),
    ("hanchuan-taxisubsidy-2024", 2, "score_sum_mismatch",
     "产出指标得分49.68分",
     "产出指标得分49.86分",
     "产出指标得分49.86分，效益指标得分27.40分，满意度指标得分9.89分，合计96.57分",
     "9.60 + 49.86 + 27.40 + 9.89 = 96.75, stated 合计 96.57; the 产出 rows of the table add to 49.68", []),
    ("hanchuan-taxisubsidy-2024", 3, "rate_mismatch",
     "执行率96.00%",
     "执行率69.00%",
     "执行率69.00%",
     "更新奖补 48.00 of 50.00 = 96.00%, stated 69.00%", []),
    ("hanchuan-taxisubsidy-2024", 4, "conflicting_values",
     "乘客满意度88%",
     "乘客满意度86%",
     "乘客满意度86%",
     "passenger satisfaction is 88% in the 自评表 (scored 4.89 = 5 x 88/90)", []),
    ("hanchuan-taxisubsidy-2024", 5, "completion_mismatch",
     "完成目标的96.77%",
     "完成目标的97.67%",
     "97.67%",
     "60 vehicles renewed / target 62 = 96.77%, stated 97.67%", []),
    ("hanchuan-taxisubsidy-2024", 6, "sum_mismatch",
     "市级30.00万元",
     "市级36.00万元",
     "全年预算130.00万元。按资金来源分，中央成品油价格调整补助80.00万元、省级20.00万元、市级36.00万元",
     "sources 80.00 + 20.00 + 36.00 = 136.00, but 全年预算 is 130.00", []),
]


def changed_region(a, b):
    """(start, end_in_b) of the single differing stretch between a and b."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s


def overlaps_change(text, value, region):
    lo, hi = region
    hi = max(hi, lo + 1)
    i = text.find(value)
    while i >= 0:
        if i < hi and i + len(value) > lo:
            return True
        i = text.find(value, i + 1)
    return False


def main():
    labels = []
    for src in PROJECTS:
        with open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, expl, also) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{src}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            region = changed_region(clean, text)
            expected = [{"code": code, "severity": "error", "value": value, "explanation": expl}]
            for (c2, v2, e2) in also:
                if v2 not in text:
                    raise SystemExit(f"{src}-e{n}: value {v2!r} not in the case")
                expected.append({"code": c2, "severity": "error", "value": v2, "explanation": e2})
            for e in expected[:1]:
                if not overlaps_change(text, e["value"], region):
                    raise SystemExit(f"{src}-e{n}: value {e['value']!r} does not cover the change")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False, "expected": expected})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
