#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of the n358 set from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft;
`value` is the label: an exact substring of the error case that contains the changed figure.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "hb-tongcheng-shizhi-2020",
    "sc-cangxi-nianjian-2023",
    "jx-yihuang-shizhiban-bumen-2021",
    "sd-yishui-shizhiguan-2024",
    "hn-xinhua-difangzhi-2018",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- P1 湖北通城 2020 ---------------------------------------------------------------
    ("hb-tongcheng-shizhi-2020", 1, "balance_mismatch", "prose",
     "年末未支出6.18万元", "年末未支出6.81万元", "年末未支出6.81万元",
     "全年预算60.00 - 全年支出53.82 = 6.18万元, stated 6.81"),
    ("hb-tongcheng-shizhi-2020", 2, "average_mismatch", "prose",
     "平均93.4分", "平均94.3分", "平均94.3分",
     "(92+95+90+94+96)/5 = 93.4, stated 94.3"),
    ("hb-tongcheng-shizhi-2020", 3, "unit_mismatch", "prose",
     "印制费11.84万元", "印制费118400万元", "印制费118400万元",
     "800册 x 148元 = 118400元 = 11.84万元; the 元 figure is labelled 万元 (off by 10^4), which also breaks 印制费+编辑费=15.84"),
    ("hb-tongcheng-shizhi-2020", 4, "year_mismatch", "prose",
     "结转至2021年使用", "结转至2020年使用", "结转至2020年使用",
     "unspent money of the 2020 budget cannot be carried over into 2020 itself"),
    ("hb-tongcheng-shizhi-2020", 5, "weight_sum_mismatch", "table",
     "年鉴印数  800册  800册  6  6", "年鉴印数  800册  800册  7  6", "800册  800册  7  6",
     "目标二 rows now weigh 6+7+6+6+3+3 = 31 against the block's 30分; all weights 20+81+... = 101"),
    ("hb-tongcheng-shizhi-2020", 6, "score_sum_mismatch", "table",
     "≥300件  268件  8  7.15", "≥300件  268件  8  7.51", "268件  8  7.51",
     "17.94+27+30+18.51 = 93.45, stated total 93.09"),
    # ---- P2 四川苍溪 2023 ---------------------------------------------------------------
    ("sc-cangxi-nianjian-2023", 1, "implausible_rate", "table",
     "%  95.6  10  10", "%  105.6  10  10", "105.6",
     "satisfaction 105.6% is above 100%"),
    ("sc-cangxi-nianjian-2023", 2, "unit_mismatch", "table",
     "人次  236  10  10", "人次  100%  10  10", "人次  100%",
     "度量单位 人次 (target ≥200人次) but the actual is a percentage: completion cannot be computed"),
    ("sc-cangxi-nianjian-2023", 3, "rate_mismatch", "prose",
     "执行率97.46%", "执行率94.76%", "执行率94.76%",
     "史料征集及数字化 11.50/11.80 = 97.46%, stated 94.76%"),
    ("sc-cangxi-nianjian-2023", 4, "sum_mismatch", "prose",
     "编审费及稿酬5.36万元", "编审费及稿酬5.63万元", "编审费及稿酬5.63万元",
     "年鉴支出17.96 = 印刷12.60 + 编审5.36; with 5.63 the parts add to 18.23"),
    ("sc-cangxi-nianjian-2023", 5, "conflicting_values", "prose",
     "收录条目1926条", "收录条目1962条", "收录条目1962条",
     "the text gives 1962 entries, the 自评表 1926 for the same indicator"),
    ("sc-cangxi-nianjian-2023", 6, "grade_mismatch", "prose",
     "评价等级为优", "评价等级为良", "评价等级为良",
     "97.33 lies in the 优 band (>= 90)"),
    # ---- P3 江西宜黄 2021 (部门整体) ----------------------------------------------------
    ("jx-yihuang-shizhiban-bumen-2021", 1, "score_exceeds_weight", "table",
     "84.57%  5  5  —", "84.57%  5  5.5  —", "84.57%  5  5.5",
     "“三公”经费控制率 scored 5.5 with a weight of 5 (the whole-point total 94 still covers the sum 94.26)"),
    ("jx-yihuang-shizhiban-bumen-2021", 2, "sum_mismatch", "table",
     "一、基本支出  132.40", "一、基本支出  123.40", "一、基本支出  123.40",
     "人员经费118.60 + 公用经费13.80 = 132.40, and 合计186.40 = 基本 + 项目54.00; stated 123.40"),
    ("jx-yihuang-shizhiban-bumen-2021", 3, "year_mismatch", "table",
     "附表：宜黄县史志办公室2021年度", "附表：宜黄县史志办公室2020年度", "宜黄县史志办公室2020年度部门整体支出绩效自评表",
     "the score table claims 2020 while the report and its budget figures are for 2021"),
    ("jx-yihuang-shizhiban-bumen-2021", 4, "balance_mismatch", "prose",
     "年末未支出4.72万元", "年末未支出4.27万元", "年末未支出4.27万元",
     "200.60 - 195.88 = 4.72万元, stated 4.27"),
    ("jx-yihuang-shizhiban-bumen-2021", 5, "average_mismatch", "prose",
     "平均45人次", "平均54人次", "平均54人次",
     "(46+52+38+44)/4 = 45, stated 54"),
    ("jx-yihuang-shizhiban-bumen-2021", 6, "conflicting_values", "prose",
     "累计完成志稿96万字", "累计完成志稿69万字", "累计完成志稿69万字",
     "text 69万字, 自评表 96万字 for the same output"),
    # ---- P4 山东沂水 2024 ---------------------------------------------------------------
    ("sd-yishui-shizhiguan-2024", 1, "completion_mismatch", "table",
     "356件  89.00%", "356件  98.00%", "356件  98.00%",
     "356/400 = 89.00%, stated 98.00%"),
    ("sd-yishui-shizhiguan-2024", 2, "completion_mismatch", "table",
     "1650元/平方米  100%", "1650元/平方米  109.09%", "1650元/平方米  109.09%",
     "≤1800 target met by 1650: completion of a reverse indicator is 100%, not 1800/1650 = 109.09%"),
    ("sd-yishui-shizhiguan-2024", 3, "rate_mismatch", "table",
     "93.75   100", "97.35   100", "97.35",
     "县级 到位率 (6)=(3)/(2) = 45.00/48.00 = 93.75%, stated 97.35"),
    ("sd-yishui-shizhiguan-2024", 4, "implausible_rate", "prose",
     "有效回收率98.4%", "有效回收率108.4%", "有效回收率108.4%",
     "a questionnaire return rate cannot exceed 100%"),
    ("sd-yishui-shizhiguan-2024", 5, "score_sum_mismatch", "table",
     "89.00%  8.90", "89.00%  9.80", "89.00%  9.80",
     "9.09+10+9.80+8+6+6+10+10+9+10+10 = 97.89, stated total 96.99"),
    ("sd-yishui-shizhiguan-2024", 6, "conflicting_values", "prose",
     "新增展板及图文展项132块", "新增展板及图文展项123块", "新增展板及图文展项123块",
     "text 123块, 自评表 132块 for the same output"),
    # ---- P5 湖南新化 2018 ---------------------------------------------------------------
    ("hn-xinhua-difangzhi-2018", 1, "score_exceeds_weight", "table",
     "185元  7  7  —", "185元  7  7.5  —", "185元  7  7.5",
     "单册印制成本 scored 7.5 with a weight of 7 (the whole-point total 95 still covers the sum 95.18)"),
    ("hn-xinhua-difangzhi-2018", 2, "weight_sum_mismatch", "table",
     "236册  5  5", "236册  6  5", "236册  6  5",
     "weights 10 + 51 + 30 + 10 = 101"),
    ("hn-xinhua-difangzhi-2018", 3, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 95 lies in the 优 band"),
    ("hn-xinhua-difangzhi-2018", 4, "year_mismatch", "prose",
     "截至2018年12月31日", "截至2017年12月31日", "截至2017年12月31日",
     "the 2018 report states its execution as at 31 Dec 2017"),
    ("hn-xinhua-difangzhi-2018", 5, "unit_mismatch", "table",
     "2018年10月前  2018年9月", "2018年10月前  100%", "2018年10月前  100%",
     "target is a date, actual a percentage"),
    ("hn-xinhua-difangzhi-2018", 6, "rate_mismatch", "table",
     "39.25  —  87.22%", "39.25  —  82.72%", "82.72%",
     "当年财政拨款 39.25/45.00 = 87.22%, stated 82.72%"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e[0] == pid), key=lambda e: e[1])
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], pid
        for _, n, code, where, old, new, value, expl in edits:
            if clean.count(old) != 1:
                raise SystemExit("%s-e%d: old string occurs %d times" % (pid, n, clean.count(old)))
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit("%s-e%d: value %r not in case" % (pid, n, value))
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("wrote %d cases" % len(labels))


if __name__ == "__main__":
    main()
