#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean
draft; it yields <id>-eN.txt with one injected slip and one label line.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sx-zezhou-zjdqueren-2020",
    "sc-luxian-zjdgaige-2021",
    "nx-pingluo-xianzhipanhuo-2022",
    "hn-youxian-dijidiaocha-2018",
    "hb-xiantao-bdcdjzx-2023",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- sx-zezhou-zjdqueren-2020: Shanxi layout, tables one cell per line ---
    ("sx-zezhou-zjdqueren-2020", 1, "rate_mismatch", "table",
     "86.84", "88.64", "88.64",
     "funds table row (7)=(4)/(2), column 县区级: 161.52 / 186.00 = 86.84, stated 88.64"),
    ("sx-zezhou-zjdqueren-2020", 2, "completion_mismatch", "table",
     "103.57%", "105.37%", "105.37%",
     "附件1 权籍调查 row: 18642宗 / ≥18000宗 = 103.57%, stated 105.37%"),
    ("sx-zezhou-zjdqueren-2020", 3, "balance_mismatch", "prose",
     "余款6.40万元", "余款6.04万元", "余款6.04万元",
     "数据建库 contract 28.00 - paid 21.60 = 6.40万元 outstanding, stated 6.04"),
    ("sx-zezhou-zjdqueren-2020", 4, "weight_sum_mismatch", "table",
     "完成宅基地权籍调查（宗）\n\t15\n", "完成宅基地权籍调查（宗）\n\t16\n", "完成宅基地权籍调查（宗）\n\t16",
     "附件1 weights now total 101 (产出 rows 51) while the 合计 row says 100"),
    ("sx-zezhou-zjdqueren-2020", 5, "year_mismatch", "prose",
     "结转至2021年", "结转至2020年", "结转至2020年",
     "the 2020 balance cannot be carried over into 2020 itself; carry-over goes to 2021"),
    ("sx-zezhou-zjdqueren-2020", 6, "conflicting_values", "prose",
     "颁发不动产权证书14100本", "颁发不动产权证书14010本", "不动产权证书14010本",
     "prose says 14010本 issued; 附件1 says 14100本 (its 94.00% and score 9.4 follow 14100)"),
    # --- sc-luxian-zjdgaige-2021: Sichuan layout, tab-separated table ---
    ("sc-luxian-zjdgaige-2021", 1, "implausible_rate", "table",
     "财政专户管理资金\t0\t0\t0\t—\t—", "财政专户管理资金\t0\t0\t0\t—\t100%", "0\t0\t—\t100%",
     "执行率 100% printed for 财政专户管理资金 whose 全年预算数 is 0: a rate on a zero base"),
    ("sc-luxian-zjdgaige-2021", 2, "unit_mismatch", "prose",
     "每亩4000元标准", "每亩4000万元标准", "每亩4000万元",
     "195亩 x 4000元 = 78.00万元 as stated; '4000万元' is the 元 amount labelled 万元 (off by 10^4)"),
    ("sc-luxian-zjdgaige-2021", 3, "average_mismatch", "prose",
     "平均每村退出16.25亩", "平均每村退出16.52亩", "平均每村退出16.52亩",
     "195亩 / 12 个试点村 = 16.25亩, stated 16.52"),
    ("sc-luxian-zjdgaige-2021", 4, "sum_mismatch", "table",
     "其中：财政资金\t260.00", "其中：财政资金\t250.00", "其中：财政资金\t250.00",
     "年初预算数: 年度资金总额 260.00 ≠ 财政资金 250.00 + 0 + 0 + 0"),
    ("sc-luxian-zjdgaige-2021", 5, "score_sum_mismatch", "table",
     "项\t7\t7\t7\t", "项\t7\t7\t6\t", "项\t7\t7\t6",
     "row scores now add to 97.66 (9.62 + 55 + 10 + 7.04 + 6 + 10); 总分 and the text say 98.66"),
    ("sc-luxian-zjdgaige-2021", 6, "grade_mismatch", "prose",
     "项目绩效总体评价为优秀", "项目绩效总体评价为良好", "总体评价为良好",
     "98.66 is in the 优 band (≥ 90), stated 良好"),
    # --- nx-pingluo-xianzhipanhuo-2022: PDF text, cells separated by single spaces ---
    ("nx-pingluo-xianzhipanhuo-2022", 1, "balance_mismatch", "prose",
     "未支出的14.65万元", "未支出的16.45万元", "未支出的16.45万元",
     "336.80 - 322.15 = 14.65万元 unspent, stated 16.45"),
    ("nx-pingluo-xianzhipanhuo-2022", 2, "completion_mismatch", "prose",
     "完成年度目标的108.13%", "完成年度目标的106.13%", "完成年度目标的106.13%",
     "复垦 86.5亩 / 目标 80亩 = 108.13%, stated 106.13%"),
    ("nx-pingluo-xianzhipanhuo-2022", 3, "rate_mismatch", "table",
     "285.35 — 95.12%", "285.35 — 95.21%", "95.21%",
     "当年财政拨款 285.35 / 300.00 = 95.12%, stated 95.21%"),
    ("nx-pingluo-xianzhipanhuo-2022", 4, "average_mismatch", "prose",
     "4个乡镇平均35.5宗", "4个乡镇平均36.5宗", "4个乡镇平均36.5宗",
     "(46 + 38 + 32 + 26) / 4 = 35.5宗, stated 36.5"),
    ("nx-pingluo-xianzhipanhuo-2022", 5, "unit_mismatch", "table",
     "≤7000元/亩 7000元/亩", "≤7000元/亩 100%", "≤7000元/亩 100%",
     "target in 元/亩, actual given as a percentage: completion cannot be computed"),
    ("nx-pingluo-xianzhipanhuo-2022", 6, "implausible_rate", "prose",
     "村组干部满意度100%", "村组干部满意度103.5%", "村组干部满意度103.5%",
     "a satisfaction rate above 100%"),
    # --- hn-youxian-dijidiaocha-2018: web page, fullwidth-bar table ---
    ("hn-youxian-dijidiaocha-2018", 1, "score_exceeds_weight", "table",
     "96.5%｜10｜10｜", "96.5%｜10｜10.16｜", "96.5%｜10｜10.16",
     "score 10.16 above weight 10 (10 x 101.58% without the cap); the total 89 still holds at 0 decimals"),
    ("hn-youxian-dijidiaocha-2018", 2, "weight_sum_mismatch", "table",
     "45元｜10｜10｜", "45元｜12｜10｜", "45元｜12｜10",
     "weights now total 102 (成本 row 12); 总分 row says 100"),
    ("hn-youxian-dijidiaocha-2018", 3, "grade_mismatch", "prose",
     "评价等级为良好", "评价等级为优秀", "评价等级为优秀",
     "89分 is in the 良 band (80 ≤ s < 90), stated 优秀"),
    ("hn-youxian-dijidiaocha-2018", 4, "year_mismatch", "prose",
     "已结转2019年继续", "已结转2018年继续", "结转2018年",
     "unspent 2018 money is carried to 2018 itself; should be 2019"),
    ("hn-youxian-dijidiaocha-2018", 5, "conflicting_values", "prose",
     "全年预算245万元的使用", "全年预算254万元的使用", "全年预算254万元",
     "opening says 全年预算254万元; 185 + 60 = 245万元 in section 一 and 245.00 in the table"),
    ("hn-youxian-dijidiaocha-2018", 6, "sum_mismatch", "table",
     "权属调查及界址公示｜18.97", "权属调查及界址公示｜19.87", "权属调查及界址公示｜19.87",
     "173.88 + 19.87 + 15.40 = 209.15 ≠ 合计 208.25"),
    # --- hb-xiantao-bdcdjzx-2023: department report, Word text with aligned columns ---
    ("hb-xiantao-bdcdjzx-2023", 1, "score_exceeds_weight", "table",
     "90.6%     15\n", "90.6%     15.1\n", "90.6%     15.1",
     "一网通办率 score 15.1 above weight 15 (15 x 100.67% uncapped); totals 30 / 98 still hold at 0 decimals"),
    ("hb-xiantao-bdcdjzx-2023", 2, "score_sum_mismatch", "table",
     "基本规范  4\n", "基本规范  3\n", "基本规范  3",
     "row scores now add to 97 (过程 13); 合计 and the text say 98 (过程 14)"),
    ("hb-xiantao-bdcdjzx-2023", 3, "rate_mismatch", "prose",
     "执行率91.46%", "执行率94.16%", "执行率94.16%",
     "项目支出 606.40 / 663.00 = 91.46%, stated 94.16%"),
    ("hb-xiantao-bdcdjzx-2023", 4, "average_mismatch", "prose",
     "平均自评得分93分", "平均自评得分94分", "平均自评得分94分",
     "(95 + 96 + 84 + 97) / 4 = 93, stated 94"),
    ("hb-xiantao-bdcdjzx-2023", 5, "conflicting_values", "table",
     "45316件   15", "45136件   15", "45136件",
     "score table gives 45136件 while the text gives 45316件 for the same year's caseload"),
    ("hb-xiantao-bdcdjzx-2023", 6, "sum_mismatch", "table",
     "548.05", "584.05", "584.05",
     "表1 行6 基本支出 612.40 ≠ 人员经费 584.05 + 公用经费 64.35"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{pid}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
