#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is one exact old -> new replacement that must match exactly once in its clean draft.
`value` is the exact substring of the error case that carries the changed figure (the label).
`where` says whether the slip sits in prose or in a table; `fig_old` / `fig_new` are the bare figures
(checked by verify.py: each must occur once in its text, the old one twice for conflicting_values).
Standard library only. Run from this directory:  python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "sx-gujiao-gongjiaobutie-2021",
    "hn-shaoshan-xinnengyuangongjiao-2022",
    "sc-shifang-gongjiaoyunying-2024",
    "jx-gongqingcheng-gongjiao-2018",
    "yn-anning-jiaotongbumen-2020",
]

# (source, n, code, where, old, new, value, fig_old, fig_new, explanation)
EDITS = [
    # ---- sx-gujiao-gongjiaobutie-2021 (Shanxi layout, flattened Word tables) ----
    ("sx-gujiao-gongjiaobutie-2021", 1, "rate_mismatch", "table",
     "\t42.64\n\t100.00\n\t93.12\n", "\t42.64\n\t100.00\n\t93.21\n",
     "93.21", "93.12", "93.21",
     "funds table row 4 (古交市本级资金): 执行率 ⑦=④/② = 577.36/620.00 = 93.12%, printed 93.21"),
    ("sx-gujiao-gongjiaobutie-2021", 2, "completion_mismatch", "table",
     "\t105.47%\n", "\t104.57%\n",
     "104.57%", "105.47%", "104.57%",
     "公交运营里程: target ≥600万车公里, actual 632.80万车公里 → completion 105.47%, printed 104.57%"),
    ("sx-gujiao-gongjiaobutie-2021", 3, "sum_mismatch", "table",
     "\t7=1+2+…+6\n\t665.80\n", "\t7=1+2+…+6\n\t656.80\n",
     "656.80", "665.80", "656.80",
     "合计 row (7=1+2+…+6), column 年初预算数: 0.00+0.00+0.00+620.00+45.80+0.00 = 665.80, printed 656.80"),
    ("sx-gujiao-gongjiaobutie-2021", 4, "year_mismatch", "prose",
     "已按规定结转至2022年使用", "已按规定结转至2021年使用",
     "结转至2021年", None, None,
     "the unspent 42.64万元 of the 2021 budget is carried over to 2021 itself; a carry-over goes to a later year (2022)"),
    ("sx-gujiao-gongjiaobutie-2021", 5, "conflicting_values", "prose",
     "乘客满意度为93.5%", "乘客满意度为95.3%",
     "乘客满意度为95.3%", "93.5%", "95.3%",
     "prose gives 乘客满意度 95.3% while 附件1 gives 业绩值 93.5% (and its completion 103.89% = 93.5/90)"),
    ("sx-gujiao-gongjiaobutie-2021", 6, "unit_mismatch", "prose",
     "平均每辆补助222150元", "平均每辆补助222150万元",
     "222150万元", "222150", "222150",
     "444.30万元 / 20辆 = 22.215万元 = 222150元; the per-bus figure is labelled 万元, off by 10^4"),

    # ---- hn-shaoshan-xinnengyuangongjiao-2022 (Hunan outline, MOF 附件1 copied from Word) ----
    ("hn-shaoshan-xinnengyuangongjiao-2022", 1, "rate_mismatch", "prose",
     "运营补贴执行率90.30%", "运营补贴执行率92.30%",
     "运营补贴执行率92.30%", "90.30%", "92.30%",
     "operating-subsidy sub-rate: 350.72/388.40 = 90.30%, stated 92.30%"),
    ("hn-shaoshan-xinnengyuangongjiao-2022", 2, "grade_mismatch", "prose",
     "评价等级为\"优\"", "评价等级为\"良\"",
     "评价等级为\"良\"", None, None,
     "total 98.11 lies in the 优 band (≥90), stated 良"),
    ("hn-shaoshan-xinnengyuangongjiao-2022", 3, "score_sum_mismatch", "table",
     "324.9万人次\t10\t9.28\t", "324.9万人次\t10\t9.82\t",
     "324.9万人次\t10\t9.82", "9.28", "9.82",
     "row scores now sum to 9.70+49.13+29.82+10 = 98.65, while 总分 (table) and the text give 98.11"),
    ("hn-shaoshan-xinnengyuangongjiao-2022", 4, "unit_mismatch", "table",
     "≤60万元/辆\t58.40万元/辆\t", "≤60万元/辆\t97.33%\t",
     "≤60万元/辆\t97.33%", None, "97.33%",
     "成本指标: target in 万元/辆, actual given as a percentage (97.33%)"),
    ("hn-shaoshan-xinnengyuangongjiao-2022", 5, "sum_mismatch", "prose",
     "本级资金591.60万元", "本级资金519.60万元",
     "本级资金519.60万元", "591.60", "519.60",
     "购车款848.00万元 = 上年结转88.40 + 省级168.00 + 本级 x; 88.40+168.00+519.60 = 776.00 ≠ 848.00 (should be 591.60)"),
    ("hn-shaoshan-xinnengyuangongjiao-2022", 6, "implausible_rate", "table",
     "\t其他资金\t0.00\t0.00\t0.00\t—\t—\t—", "\t其他资金\t0.00\t0.00\t0.00\t—\t100.00%\t—",
     "其他资金\t0.00\t0.00\t0.00\t—\t100.00%", None, None,
     "其他资金 row: 全年预算数 0.00, so 执行率 has no base; 100.00% printed on a zero base"),

    # ---- sc-shifang-gongjiaoyunying-2024 (Sichuan outline, web-copied 自评表) ----
    ("sc-shifang-gongjiaoyunying-2024", 1, "balance_mismatch", "prose",
     "年末结余38.55万元", "年末结余38.65万元",
     "年末结余38.65万元", "38.55", "38.65",
     "全年预算/到位 1425.00 − 支出 1386.45 = 38.55万元, stated 38.65"),
    ("sc-shifang-gongjiaoyunying-2024", 2, "average_mismatch", "prose",
     "平均1,030人次", "平均1,003人次",
     "平均1,003人次", "1,030", "1,003",
     "(1240 + 980 + 870) / 3 = 1030人次, stated 1,003"),
    ("sc-shifang-gongjiaoyunying-2024", 3, "weight_sum_mismatch", "table",
     "持续实施\t7\t7\t", "持续实施\t9\t7\t",
     "持续实施\t9\t7", None, None,
     "分值 now sum to 10+55+27+10 = 102 (效益 block 27) while 总分 is 100; the 可持续影响 weight should be 7"),
    ("sc-shifang-gongjiaoyunying-2024", 4, "implausible_rate", "table",
     "%\t94.2\t10\t10", "%\t104.2\t10\t10",
     "104.2", "94.2", "104.2",
     "乘客满意度 104.2% is above 100%"),
    ("sc-shifang-gongjiaoyunying-2024", 5, "year_mismatch", "table",
     "（2024年度）", "（2023年度）",
     "（2023年度）", None, None,
     "the 自评表 is headed 2023年度 in the 2024年度 report (title, budget and spending all 2024)"),
    ("sc-shifang-gongjiaoyunying-2024", 6, "conflicting_values", "table",
     "万车公里\t551.30\t15", "万车公里\t553.10\t15",
     "553.10", "551.30", "553.10",
     "table gives 公交运营里程 553.10万车公里, the text 551.30万车公里 (1.90 × 551.30 = 1047.47 paid)"),

    # ---- jx-gongqingcheng-gongjiao-2018 (Jiangxi, web page with PDF-style table) ----
    ("jx-gongqingcheng-gongjiao-2018", 1, "score_exceeds_weight", "table",
     "公交准点率 5 ≥90% 87.48% 4.86", "公交准点率 5 ≥90% 87.48% 5.26",
     "5 ≥90% 87.48% 5.26", "4.86", "5.26",
     "公交准点率: score 5.26 above its weight 5 (the whole-point total 99 still holds: Σ = 99.40)"),
    ("jx-gongqingcheng-gongjiao-2018", 2, "balance_mismatch", "prose",
     "结余27.36万元", "结余23.76万元",
     "结余23.76万元", "27.36", "23.76",
     "到位 842.60 − 支出 815.24 = 27.36万元, stated 23.76"),
    ("jx-gongqingcheng-gongjiao-2018", 3, "unit_mismatch", "prose",
     "按每车公里0.40元", "按每车公里0.40万元",
     "每车公里0.40万元", None, None,
     "0.40元/车公里 × 206.50万车公里 = 82.60万元; written 0.40万元 per 车公里 (off by 10^4)"),
    ("jx-gongqingcheng-gongjiao-2018", 4, "weight_sum_mismatch", "table",
     "补贴资金拨付及时率 10 100% 100% 10", "补贴资金拨付及时率 15 100% 100% 10",
     "补贴资金拨付及时率 15", None, None,
     "分值 now sum to 105 (产出 block 55) while 合计 is 100"),
    ("jx-gongqingcheng-gongjiao-2018", 5, "grade_mismatch", "prose",
     "等级为优秀", "等级为良好",
     "等级为良好", None, None,
     "total 99 lies in the 优 band, stated 良好"),
    ("jx-gongqingcheng-gongjiao-2018", 6, "completion_mismatch", "prose",
     "完成目标值的107.29%", "完成目标值的107.92%",
     "107.92%", "107.29%", "107.92%",
     "乘客满意度 91.2% against target 85% → 107.29%, stated 107.92%"),

    # ---- yn-anning-jiaotongbumen-2020 (department-wide report, Word tab tables) ----
    ("yn-anning-jiaotongbumen-2020", 1, "average_mismatch", "prose",
     "平均自评得分92.75分", "平均自评得分92.57分",
     "平均自评得分92.57分", "92.75", "92.57",
     "(96.5 + 94.0 + 92.5 + 88.0) / 4 = 92.75, stated 92.57"),
    ("yn-anning-jiaotongbumen-2020", 2, "score_exceeds_weight", "table",
     "86.4%\t5\t4.8\n", "86.4%\t5\t5.2\n",
     "86.4%\t5\t5.2", "4.8", "5.2",
     "公交准点率: score 5.2 above its weight 5 (Σ = 98.40 still reads as the whole-point total 98)"),
    ("yn-anning-jiaotongbumen-2020", 3, "sum_mismatch", "table",
     "\t1\t3,172.20\t", "\t1\t3,127.20\t",
     "3,127.20", "3,172.20", "3,127.20",
     "年初预算数 column: 3,127.20 + 0.00 + 96.30 + 0.00 = 3,223.50 ≠ 合计 3,268.50 (5=1+2+3+4)"),
    ("yn-anning-jiaotongbumen-2020", 4, "score_sum_mismatch", "table",
     "1338.0万人次\t10\t8.92", "1338.0万人次\t10\t8.29",
     "1338.0万人次\t10\t8.29", "8.92", "8.29",
     "row scores now sum to 97.37, while 合计 and the text give 98 (|97.37 − 98| > 0.5)"),
    ("yn-anning-jiaotongbumen-2020", 5, "conflicting_values", "table",
     "92.8%\t10\t10", "98.2%\t10\t10",
     "98.2%", "92.8%", "98.2%",
     "table gives 服务对象满意度 98.2%, the text 92.8%"),
    ("yn-anning-jiaotongbumen-2020", 6, "rate_mismatch", "prose",
     "执行率95.53%", "执行率95.35%",
     "执行率95.35%", "95.53%", "95.35%",
     "project spending 3,142.82 / 3,290.00 = 95.53%, stated 95.35%"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, fo, fn, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{src}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{src}-e{n}: value {value!r} not in the error case")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with one slip each)")


if __name__ == "__main__":
    main()
