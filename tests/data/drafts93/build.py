#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n93 from the clean drafts.

Each entry of EDITS injects exactly one inconsistency into a copy of a clean draft.
An edit is a list of (old, new) pairs; every `old` must occur exactly once in the clean
draft and is replaced by `new`.  Most cases have one pair (one contiguous change of at most
16 characters inside one line); the two score_exceeds_weight cases change two scores inside
one sentence so that the group and sub-project totals still add up.
`value` is the exact substring of the error case that carries the error (it must occur once
in the case and never in the clean draft; verify.py checks this).

Pure Python 3, no third-party packages.  Usage:  python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "yongjia-zfw-2019",
    "shanghang-zfw-2021",
    "pinghe-zfw-2023",
    "gaogang-zfw-2018",
    "jinyun-zfw-2022",
]

# (project, n, code, [(old, new), ...], value, explanation)
EDITS = [
    # ---------------- 永嘉 2019 ----------------
    ("yongjia-zfw-2019", 1, "rate_mismatch",
     [("部门预算执行率96.31%", "部门预算执行率98.01%")],
     "部门预算执行率98.01%",
     "1,331.64 / 1,382.70 = 96.31%; 98.01% is 1,331.64 / 1,358.70, i.e. the 24.00万元 上年结转 was left out of the base"),
    ("yongjia-zfw-2019", 2, "sum_mismatch",
     [("安全隐患类9,047件", "安全隐患类9,074件")],
     "43,586件，较2018年的38,914件增加4,672件，增长12.01%；办结42,671件，办结率97.90%，高于95%的年度目标。上报事件中，矛盾纠纷类6,218件、安全隐患类9,074件",
     "6,218 + 9,074 + 15,602 + 12,719 = 43,613, not the 43,586 events reported (9,047 retyped as 9,074)"),
    ("yongjia-zfw-2019", 3, "grade_mismatch",
     [("89.43分，等级为良", "89.43分，等级为优")],
     "89.43分，等级为优",
     "sub-project 4 scored 89.43, which is in the 良 band (80 <= s < 90), not 优"),
    ("yongjia-zfw-2019", 4, "unit_mismatch",
     [("慰问金8.80万元", "慰问金88,000万元")],
     "88,000万元",
     "the 慰问金 is 88,000元 = 8.80万元 but labelled 万元: 31.50 + 8.80 + 4.00 = 44.30 (the stated spending) only with 8.80; off by 10^4"),
    ("yongjia-zfw-2019", 5, "year_mismatch",
     [("结转至2020年使用", "结转至2019年使用")],
     "结转至2019年使用",
     "unspent money of the 2019 budget cannot be carried over to 2019 itself (should be 2020)"),
    ("yongjia-zfw-2019", 6, "completion_mismatch",
     [("完成率104.21%", "完成率95.96%")],
     "完成率95.96%",
     "target >= 4,320次, actual 4,502次: completion 4,502/4,320 = 104.21%; 95.96% is the inverted ratio 4,320/4,502"),

    # ---------------- 上杭 2021 ----------------
    ("shanghang-zfw-2021", 1, "balance_mismatch",
     [("结余7.44万元", "结余7.14万元")],
     "结余7.14万元",
     "网格化服务管理专项经费: 612.00 - 604.56 = 7.44万元, stated 7.14"),
    ("shanghang-zfw-2021", 2, "score_sum_mismatch",
     [("实际93.85%，得20分", "实际93.85%，得18分")],
     "得18分；发放及时性（10分），目标2021年12月31日前发放完毕，实际于2021年12月24日发放完毕，得10分。效益指标30分：患者肇事肇祸案件，目标0起，实际0起，得30分。满意度指标10分：监护人满意度96.1%，得10分。该子项目自评得分99.79分",
     "score of 患者规范管理率 edited to 18 without the total: 9.79 + 20 + 18 + 10 + 30 + 10 = 97.79, stated 99.79"),
    ("shanghang-zfw-2021", 3, "weight_sum_mismatch",
     [("故障修复时限（15分）", "故障修复时限（20分）")],
     "产出指标50分：监控点位在线率（25分），目标不低于95%，实际94.12%，得24.77分；故障修复时限（20分）",
     "产出 weights 25 + 20 + 10 = 55, not the stated 50 (sub-project weights now total 105)"),
    ("shanghang-zfw-2021", 4, "average_mismatch",
     [("算术平均99.03分", "算术平均99.31分")],
     "算术平均99.31分",
     "(99.59 + 97.94 + 99.77 + 97.46 + 99.79 + 99.62) / 6 = 99.03; 99.31 is the budget-weighted average pasted into the arithmetic mean"),
    ("shanghang-zfw-2021", 5, "conflicting_values",
     [("22个乡镇353个村", "22个乡镇335个村")],
     "335个村（社区）",
     "the county has 353 村（社区） in the 法律顾问 sub-project (353 x 3,000元 = 105.90万元); 概况 says 335"),
    ("shanghang-zfw-2021", 6, "implausible_rate",
     [("实际到位36.00万元，到位率100%", "实际到位39.60万元，到位率110%")],
     "39.60万元，到位率110%",
     "36.00万元 issued, 39.60万元 reported as received: 到位率 110% is above 100% (the arithmetic 39.60/36.00 holds)"),

    # ---------------- 平和 2023 ----------------
    ("pinghe-zfw-2023", 1, "rate_mismatch",
     [("办结率97.50%", "办结率97.05%")],
     "办结率97.05%",
     "联动处置: 6,702 / 6,874 = 97.50%, stated 97.05%"),
    ("pinghe-zfw-2023", 2, "score_exceeds_weight",
     [("实际172场，得15分", "实际172场，得16.13分"),
      ("完成率90.00%，得9.00分", "完成率90.00%，得7.87分")],
     "实际172场，得16.13分",
     "平安宣传活动场次 weight 15 scored 16.13 (15 x 172/160, not capped); 宣传品 lowered to 7.87 in the same sentence so the group still reads 39.00"),
    ("pinghe-zfw-2023", 3, "year_mismatch",
     [("截至2023年12月31日", "截至2022年12月31日")],
     "截至2022年12月31日",
     "the grid and event figures of the 2023 report are dated at the end of 2022 (last year's date left in)"),
    ("pinghe-zfw-2023", 4, "completion_mismatch",
     [("实际11.6天，完成率100%", "实际11.6天，完成率77.33%")],
     "完成率77.33%",
     "reverse indicator <= 15天 met with 11.6天: completion 100%; 77.33% is 11.6/15 computed as if it were a >= indicator"),
    ("pinghe-zfw-2023", 5, "balance_mismatch",
     [("年末结转13.54万元", "年末结转15.34万元")],
     "年末结转15.34万元",
     "县综治中心规范化建设: 到位 102.00 - 支出 88.46 = 13.54万元 (also 79.60 - 66.06), stated 15.34"),
    ("pinghe-zfw-2023", 6, "sum_mismatch",
     [("县级财政拨款1,489.36万元", "县级财政拨款1,498.36万元")],
     "1,589.36万元，其中县级财政拨款1,498.36万元",
     "1,498.36 + 58.00 + 42.00 = 1,598.36, not the stated 全年预算 1,589.36 (1,489.36 retyped)"),

    # ---------------- 高港 2018 ----------------
    ("gaogang-zfw-2018", 1, "score_sum_mismatch",
     [("9.60＋21.67＋20", "9.60＋23.67＋20")],
     "23.67＋20＋29.62＋14.72＝95.61",
     "9.60 + 23.67 + 20 + 29.62 + 14.72 = 97.61, stated 95.61 (宣传活动 score edited without the total)"),
    ("gaogang-zfw-2018", 2, "weight_sum_mismatch",
     [("卷宗规范率20分", "卷宗规范率25分")],
     "满分100分，其中预算执行率10分、调解案件数30分、调解成功率30分、卷宗规范率25分",
     "10 + 30 + 30 + 25 + 10 = 105, not the stated 满分100分"),
    ("gaogang-zfw-2018", 3, "unit_mismatch",
     [("实际配备463名", "实际配备100%")],
     "实际配备100%",
     "target is a head count (480名), the actual is given as a percentage"),
    ("gaogang-zfw-2018", 4, "conflicting_values",
     [("二是112名专职网格员", "二是121名专职网格员")],
     "121名专职网格员",
     "the district has 112 专职网格员 (概况 and 112名 x 2,000元 x 12 = 268.80万元); 问题 section says 121"),
    ("gaogang-zfw-2018", 5, "implausible_rate",
     [("7.60万元，使用率95.00%", "8.60万元，使用率107.50%")],
     "8.60万元，使用率107.50%",
     "8.00万元 市级专项补助 issued, 8.60万元 reported used: 使用率 107.50% exceeds 100%"),
    ("gaogang-zfw-2018", 6, "grade_mismatch",
     [("评价等级为良。", "评价等级为优。")],
     "89.53分，评价等级为优",
     "89.53 is in the 良 band (80 <= s < 90), not 优"),

    # ---------------- 缙云 2022 ----------------
    ("jinyun-zfw-2022", 1, "average_mismatch",
     [("季均10,979件", "季均10,997件")],
     "季均10,997件",
     "(9,812 + 11,046 + 12,375 + 10,683) / 4 = 10,979, stated 10,997"),
    ("jinyun-zfw-2022", 2, "score_exceeds_weight",
     [("实际512场，得20分", "实际512场，得20.65分"),
      ("实际1,187名，得19.15分", "实际1,187名，得18.50分")],
     "实际512场，得20.65分",
     "法治讲座 weight 20 scored 20.65 (20 x 512/496, not capped); 法律明白人 lowered to 18.50 in the same sentence so the total still reads 99.15"),
    ("jinyun-zfw-2022", 3, "rate_mismatch",
     [("部门预算执行率98.59%", "部门预算执行率99.87%")],
     "部门预算执行率99.87%",
     "2,309.08 / 2,342.05 = 98.59%; 99.87% is computed on the 年初预算 2,312.05 instead of the adjusted budget"),
    ("jinyun-zfw-2022", 4, "completion_mismatch",
     [("完成率112.88%", "完成率119.79%")],
     "完成率119.79%",
     "target >= 30,000人次, actual 33,864: completion 112.88%; 119.79% divides by last year's 28,270"),
    ("jinyun-zfw-2022", 5, "conflicting_values",
     [("全县群众安全感率98.62%", "全县群众安全感率98.26%")],
     "安全感率98.26%",
     "群众安全感率 is 98.62% in sub-project (3) and 98.26% in section 四"),
    ("jinyun-zfw-2022", 6, "score_sum_mismatch",
     [("实际87.9%，得14.65分", "实际87.9%，得14.56分")],
     "14.56分；宣传对象满意度（10分），目标不低于90%，实际95.1%，得10分。自评得分99.17分",
     "9.52 + 20 + 20 + 25 + 14.56 + 10 = 99.08, stated 99.17 (14.65 retyped as 14.56)"),
]


def apply(text, pairs):
    for old, new in pairs:
        n = text.count(old)
        if n != 1:
            raise SystemExit("edit anchor %r occurs %d times" % (old, n))
        text = text.replace(old, new)
    return text


def main():
    labels = []
    for proj in PROJECTS:
        clean_name = "%s-clean.txt" % proj
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": proj, "clean": True, "expected": []})
        for (p, n, code, pairs, value, expl) in EDITS:
            if p != proj:
                continue
            name = "%s-e%d.txt" % (proj, n)
            text = apply(clean, pairs)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("wrote %d cases (%d error cases)" % (len(labels), len(EDITS)))


if __name__ == "__main__":
    main()
