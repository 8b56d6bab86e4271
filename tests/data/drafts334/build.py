#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one edit: `old` must occur exactly once in the clean
draft and is replaced by `new`.  `value` is the label value (an exact substring of the error case that
contains the changed figure).  `figure` is the figure (or word) that was changed, as it stands in the
clean draft; verify.py checks how often it occurs there (once; twice for conflicting_values).
`where` says whether the slip sits in prose or in a table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "gx-liuzhou-qianjiubaohu-2021",
    "js-huaian-dongwuyuan-2023",
    "hn-shaoyang-kepujidi-2019",
    "sx-jinzhong-zhongzhipu-2022",
    "hl-qiqihar-gongyuanzhongxin-2024",
]

# (project, n, code, where, old, new, value, figure, explanation)
EDITS = [
    # ---- gx-liuzhou-qianjiubaohu-2021 (ASCII pipes) ----
    ("gx-liuzhou-qianjiubaohu-2021", 1, "rate_mismatch", "prose",
     "市本级资金75.00万元支出65.96万元，执行率87.95%",
     "市本级资金75.00万元支出65.96万元，执行率89.75%",
     "执行率89.75%", "87.95",
     "city-level funds: 65.96 / 75.00 = 87.95%, stated 89.75%"),
    ("gx-liuzhou-qianjiubaohu-2021", 2, "weight_sum_mismatch", "table",
     "| 种质档案建档率 | 100% | 100% | 5 | 5 |",
     "| 种质档案建档率 | 100% | 100% | 6 | 5 |",
     "种质档案建档率 | 100% | 100% | 6", None,
     "weights now 10 (funds block) + 51 (产出) + 30 + 10 = 101 while the 总分 row says 100"),
    ("gx-liuzhou-qianjiubaohu-2021", 3, "score_sum_mismatch", "table",
     "| ≥60种 | 63种 | 10 | 10 |",
     "| ≥60种 | 63种 | 10 | 9 |",
     "63种 | 10 | 9", None,
     "row scores now add up to 9.56 + 50 + 28.2 + 10 = 97.76, stated total 98.76 (table and text)"),
    ("gx-liuzhou-qianjiubaohu-2021", 4, "unit_mismatch", "table",
     "| ≥5万人次 | 4.6万人次 |",
     "| ≥5万人次 | 92% |",
     "≥5万人次 | 92%", "4.6",
     "target in 万人次, actual given as a percentage: completion cannot be computed"),
    ("gx-liuzhou-qianjiubaohu-2021", 5, "year_mismatch", "prose",
     "已按规定结转至2022年继续使用",
     "已按规定结转至2021年继续使用",
     "结转至2021年", None,
     "the balance of the 2021 budget is carried over to 2021 itself; must be a later year (2022)"),
    ("gx-liuzhou-qianjiubaohu-2021", 6, "conflicting_values", "prose",
     "全年新引种珍稀濒危植物46种",
     "全年新引种珍稀濒危植物64种",
     "珍稀濒危植物64种", "46",
     "the text says 64 species newly introduced, the 自评表 row says 46种"),

    # ---- js-huaian-dongwuyuan-2023 (tab-separated) ----
    ("js-huaian-dongwuyuan-2023", 1, "completion_mismatch", "table",
     "874只（头）\t101.63%",
     "874只（头）\t101.36%",
     "101.36%", "101.63",
     "874 / 860 = 101.63%, stated 101.36%"),
    ("js-huaian-dongwuyuan-2023", 2, "balance_mismatch", "prose",
     "年末结余6.38万元",
     "年末结余6.83万元",
     "结余6.83万元", "6.38",
     "386.00 received − 379.62 spent = 6.38, stated 6.83"),
    ("js-huaian-dongwuyuan-2023", 3, "average_mismatch", "prose",
     "季度平均20.25只次",
     "季度平均20.52只次",
     "季度平均20.52只次", "20.25",
     "(21 + 18 + 26 + 16) / 4 = 20.25, stated 20.52"),
    ("js-huaian-dongwuyuan-2023", 4, "score_exceeds_weight", "table",
     "126种\t105.00%\t8\t8\t",
     "126种\t105.00%\t8\t8.4\t",
     "105.00%\t8\t8.4", None,
     "score 8.4 above the row weight 8 (the rows now add to 98.16, which still rounds to the stated 98)"),
    ("js-huaian-dongwuyuan-2023", 5, "implausible_rate", "prose",
     "对展区环境卫生的满意率为96.8%",
     "对展区环境卫生的满意率为106.8%",
     "满意率为106.8%", "96.8",
     "a satisfaction rate cannot exceed 100%"),
    ("js-huaian-dongwuyuan-2023", 6, "grade_mismatch", "prose",
     "评价等级为优",
     "评价等级为良",
     "评价等级为良", "评价等级为优",
     "total 98 is in the 优 band (90–100), not 良"),

    # ---- hn-shaoyang-kepujidi-2019 (runs of spaces) ----
    ("hn-shaoyang-kepujidi-2019", 1, "sum_mismatch", "prose",
     "志愿者培训及补贴10.60万元",
     "志愿者培训及补贴10.06万元",
     "补贴10.06万元", "10.60",
     "38.20 + 12.60 + 21.34 + 10.06 = 82.20, stated total spending 82.74"),
    ("hn-shaoyang-kepujidi-2019", 2, "score_sum_mismatch", "table",
     "64人          106.67%   15    15",
     "64人          106.67%   15    14",
     "106.67%   15    14", None,
     "row scores now add up to 97.77, stated 合计 98.77 (table and text)"),
    ("hn-shaoyang-kepujidi-2019", 3, "completion_mismatch", "table",
     "99.2%         101.22%",
     "99.2%         102.12%",
     "102.12%", "101.22",
     "99.2 / 98 = 101.22%, stated 102.12%"),
    ("hn-shaoyang-kepujidi-2019", 4, "rate_mismatch", "table",
     "24.10         96.40%",
     "24.10         94.60%",
     "94.60%", "96.40",
     "provincial subsidy: 24.10 / 25.00 = 96.40%, stated 94.60%"),
    ("hn-shaoyang-kepujidi-2019", 5, "unit_mismatch", "prose",
     "科普展板及植物标识牌制作12.60万元",
     "科普展板及植物标识牌制作126000万元",
     "制作126000万元", "12.60",
     "126000 is the amount in 元 (12.60万元) labelled 万元; the spending breakdown only adds up to 82.74 after rescaling"),
    ("hn-shaoyang-kepujidi-2019", 6, "average_mismatch", "table",
     "11.5        8,550",
     "11.5        8,850",
     "8,850", "8,550",
     "quarterly average of participants: 34,200 / 4 = 8,550, stated 8,850"),

    # ---- sx-jinzhong-zhongzhipu-2022 (one cell per line) ----
    ("sx-jinzhong-zhongzhipu-2022", 1, "weight_sum_mismatch", "table",
     "\t保存种质存活率\n\t12.5\n",
     "\t保存种质存活率\n\t15\n",
     "保存种质存活率\n\t15", None,
     "weights now 10 + 52.5 + 30 + 10 = 102.5 while 总分 is 100"),
    ("sx-jinzhong-zhongzhipu-2022", 2, "score_exceeds_weight", "table",
     "\t2022年11月15日\n\t100%\n\t12.5\n",
     "\t2022年11月15日\n\t100%\n\t12.8\n",
     "2022年11月15日\n\t100%\n\t12.8", None,
     "时效指标 score 12.8 above its weight 12.5 (rows now add to 95.99, which still rounds to the stated 96)"),
    ("sx-jinzhong-zhongzhipu-2022", 3, "implausible_rate", "table",
     "\t(6)=(3)/(2)\n\t100\n\t100\n\t0\n",
     "\t(6)=(3)/(2)\n\t100\n\t100\n\t100\n",
     "(6)=(3)/(2)\n\t100\n\t100\n\t100", None,
     "中央级 has a zero budget (0.00); a 到位率 of 100 on a zero base is impossible (0 is tolerated)"),
    ("sx-jinzhong-zhongzhipu-2022", 4, "year_mismatch", "table",
     "\t评价年度\n\t2022年度",
     "\t评价年度\n\t2021年度",
     "评价年度\n\t2021年度", None,
     "the 自评表 claims evaluation year 2021 in a 2022 report"),
    ("sx-jinzhong-zhongzhipu-2022", 5, "grade_mismatch", "table",
     "\t评价等级\n\t优",
     "\t评价等级\n\t良",
     "评价等级\n\t良", "评价等级",
     "total 96 is in the 优 band, not 良"),
    ("sx-jinzhong-zhongzhipu-2022", 6, "rate_mismatch", "table",
     "\t93.45\n",
     "\t94.35\n",
     "94.35", "93.45",
     "municipal funds: 41.12 / 44.00 = 93.45%, stated 94.35"),

    # ---- hl-qiqihar-gongyuanzhongxin-2024 (prose only, department overall) ----
    ("hl-qiqihar-gongyuanzhongxin-2024", 1, "sum_mismatch", "prose",
     "园林绿化养护项目168.86万元",
     "园林绿化养护项目186.86万元",
     "养护项目186.86万元", "168.86",
     "412.30 + 236.50 + 186.86 + 62.10 = 897.76, stated 项目支出 879.76"),
    ("hl-qiqihar-gongyuanzhongxin-2024", 2, "conflicting_values", "prose",
     "中心2024年全年支出2298.12万元",
     "中心2024年全年支出2289.12万元",
     "全年支出2289.12万元", "2298.12",
     "section 二 gives total spending 2,298.12万元, section 九 2289.12万元"),
    ("hl-qiqihar-gongyuanzhongxin-2024", 3, "balance_mismatch", "prose",
     "年末结转资金88.28万元",
     "年末结转资金82.88万元",
     "结转资金82.88万元", "88.28",
     "2,386.40 − 2,298.12 = 88.28, stated 82.88"),
    ("hl-qiqihar-gongyuanzhongxin-2024", 4, "score_sum_mismatch", "prose",
     "以上合计96.13分",
     "以上合计96.31分",
     "合计96.31分", "96.13",
     "9.63 + 48.50 + 28.00 + 10 = 96.13, stated 96.31"),
    ("hl-qiqihar-gongyuanzhongxin-2024", 5, "unit_mismatch", "prose",
     "人员经费1,236.90万元",
     "人员经费12369000万元",
     "人员经费12369000万元", "1,236.90",
     "12369000 is the 元 amount (1,236.90万元) labelled 万元; 基本支出 1,418.36 only adds up after rescaling"),
    ("hl-qiqihar-gongyuanzhongxin-2024", 6, "average_mismatch", "prose",
     "平均94.23%",
     "平均94.32%",
     "平均94.32%", "94.23",
     "(94.6 + 92.8 + 95.3) / 3 = 94.23%, stated 94.32%"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, figure, expl) in EDITS:
            if p != pid:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{pid}-e{n}: old string occurs {cnt} times (must be exactly 1): {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{pid}-e{n}: value not in error case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with an injected error)")


if __name__ == "__main__":
    main()
