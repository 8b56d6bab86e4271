#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one edit: an exact old -> new replacement
whose `old` occurs exactly once in the clean draft. `value` (the label) must be an exact
substring of the error case containing the changed figure or word.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "gs-liangzhou-puhuituowei-2019",
    "fj-jinjiang-tuoyujianshe-2021",
    "cq-beibei-tuoyuyunying-2023",
    "yn-mile-tuoyuzhongxin-2022",
    "he-zhuozhou-tuoyubuzhu-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- gs-liangzhou-puhuituowei-2019 : web page copy, 自评表 flattened one cell per line
    ("gs-liangzhou-puhuituowei-2019", 1, "year_mismatch", "prose",
     "已结转至2020年继续使用", "已结转至2019年继续使用",
     "已结转至2019年继续使用",
     "the unspent 26.60万元 of the 2019 budget is carried over to 2019 itself; a carry-over goes to a later year (2020)"),
    ("gs-liangzhou-puhuituowei-2019", 2, "rate_mismatch", "prose",
     "支付率59.08%", "支付率59.80%",
     "支付率59.80%",
     "区级配套 paid 38.40 of 65万元 = 59.08%, stated 59.80%"),
    ("gs-liangzhou-puhuituowei-2019", 3, "unit_mismatch", "table",
     "新增普惠性托位数\n≥260个\n260个\n15", "新增普惠性托位数\n≥260个\n100%\n15",
     "≥260个\n100%",
     "target is a count of places (≥260个) but the actual value is given as a percentage (100%)"),
    ("gs-liangzhou-puhuituowei-2019", 4, "score_exceeds_weight", "table",
     "10\n7.5\n1家机构消防验收未办结，督促2020年6月底前完成备案\n时效指标\n中央资金拨付及时率\n100%\n100%\n5\n5\n",
     "10\n5\n1家机构消防验收未办结，督促2020年6月底前完成备案\n时效指标\n中央资金拨付及时率\n100%\n100%\n5\n7.5\n",
     "中央资金拨付及时率\n100%\n100%\n5\n7.5",
     "scores of two adjacent rows transposed (备案率 7.5↔及时率 5): 中央资金拨付及时率 now scores 7.5 against a weight of 5; the total 95.68 is unchanged"),
    ("gs-liangzhou-puhuituowei-2019", 5, "sum_mismatch", "prose",
     "西关街道小天使托育中心70个", "西关街道小天使托育中心75个",
     "西关街道小天使托育中心75个",
     "80 + 60 + 75 + 50 = 265, but the sentence gives 260 new places in total"),
    ("gs-liangzhou-puhuituowei-2019", 6, "grade_mismatch", "prose",
     "评定等级为“优”", "评定等级为“良”",
     "评定等级为“良”",
     "a total of 95.68 lies in the 优 band (90–100), not 良"),

    # ---- fj-jinjiang-tuoyujianshe-2021 : Word copy, funds table with 行次 flattened one cell per line (tabs)
    ("fj-jinjiang-tuoyujianshe-2021", 1, "rate_mismatch", "table",
     "\t0\n\t77.04\n\t100\n\t0", "\t0\n\t70.74\n\t100\n\t0",
     "70.74",
     "row (7)=(4)/(2), 县区级 column: 41.60 / 54 = 77.04%, printed 70.74"),
    ("fj-jinjiang-tuoyujianshe-2021", 2, "implausible_rate", "table",
     "\t预算到位率(%)\n\t(6)=(3)/(2)\n\t100\n\t100\n\t100\n\t100\n\t0\n",
     "\t预算到位率(%)\n\t(6)=(3)/(2)\n\t100\n\t100\n\t100\n\t100\n\t100\n",
     "(6)=(3)/(2)\n\t100\n\t100\n\t100\n\t100\n\t100",
     "row (6)=(3)/(2), 市级 column: budget and receipts are empty (zero base), yet the 到位率 reads 100 instead of 0"),
    ("fj-jinjiang-tuoyujianshe-2021", 3, "completion_mismatch", "table",
     "\t72.58%\n\t120.97%", "\t72.58%\n\t102.97%",
     "102.97%",
     "新增托位使用率: 72.58% / 60% = 120.97%, stated 102.97%"),
    ("fj-jinjiang-tuoyujianshe-2021", 4, "weight_sum_mismatch", "table",
     "\t项目完工及时率\n\t5\n", "\t项目完工及时率\n\t8\n",
     "项目完工及时率\n\t8",
     "weights now total 103 (产出 rows 15+10+10+8+10 = 53 against the stated 产出 weight 50)"),
    ("fj-jinjiang-tuoyujianshe-2021", 5, "conflicting_values", "prose",
     "全市每千人口托位数达到2.16个", "全市每千人口托位数达到2.61个",
     "每千人口托位数达到2.61个",
     "the same 2021 figure is 2.16个 in section 三 (4470 / 2069) and in 附件1"),
    ("fj-jinjiang-tuoyujianshe-2021", 6, "year_mismatch", "prose",
     "截至2021年12月31日", "截至2020年12月31日",
     "截至2020年12月31日",
     "the 2021 report gives funds received 截至2020年12月31日, before the 2021 budget year (省级资金 was only added in May 2021)"),

    # ---- cq-beibei-tuoyuyunying-2023 : Word copy, tab-separated 自评表 rows, 10+45+35+10 weights
    ("cq-beibei-tuoyuyunying-2023", 1, "balance_mismatch", "prose",
     "年末结余15.60万元", "年末结余16.50万元",
     "年末结余16.50万元",
     "全年预算 600 − 执行 584.40 = 15.60万元, stated 16.50"),
    ("cq-beibei-tuoyuyunying-2023", 2, "unit_mismatch", "prose",
     "拨付运营补贴374.40万元", "拨付运营补贴3744000万元",
     "拨付运营补贴3744000万元",
     "12480人·月 × 300元 = 3744000元 = 374.40万元; the 元 figure carries the unit 万元 (off by 10^4), which also breaks 运营补贴 + 建设补助 = 584.40"),
    ("cq-beibei-tuoyuyunying-2023", 3, "score_sum_mismatch", "table",
     "达成年度指标\t—\t10\t9\t", "达成年度指标\t—\t10\t8\t",
     "达成年度指标\t—\t10\t8",
     "row scores now add to 97.35 (效益 33) while the 总分 is 98.35 and the text gives 效益指标得分34分"),
    ("cq-beibei-tuoyuyunying-2023", 4, "average_mismatch", "prose",
     "平均收托率86.5%", "平均收托率85.6%",
     "平均收托率85.6%",
     "(92 + 85 + 78 + 88 + 95 + 81) / 6 = 86.5%, stated 85.6%"),
    ("cq-beibei-tuoyuyunying-2023", 5, "completion_mismatch", "table",
     "3.40\t106.25%", "3.40\t106.52%",
     "3.40\t106.52%",
     "每千人口托位数: 3.40 / 3.2 = 106.25%, stated 106.52%"),
    ("cq-beibei-tuoyuyunying-2023", 6, "weight_sum_mismatch", "table",
     "受补托育机构数\t≥\t6\t家\t6\t100.00%\t5\t5", "受补托育机构数\t≥\t6\t家\t6\t100.00%\t8\t5",
     "100.00%\t8\t5",
     "weights now total 103 (受补托育机构数 weight 8 instead of 5)"),

    # ---- yn-mile-tuoyuzhongxin-2022 : 部门整体支出, full-width pipe tables
    ("yn-mile-tuoyuzhongxin-2022", 1, "rate_mismatch", "table",
     "405.60｜96.57%", "405.60｜95.67%",
     "405.60｜95.67%",
     "项目支出 405.60 / 420.00 = 96.57%, printed 95.67%"),
    ("yn-mile-tuoyuzhongxin-2022", 2, "grade_mismatch", "prose",
     "等级为“优”", "等级为“良”",
     "93.53分，等级为“良”",
     "a total of 93.53 lies in the 优 band (90–100), not 良"),
    ("yn-mile-tuoyuzhongxin-2022", 3, "average_mismatch", "prose",
     "平均92.56分", "平均93.56分",
     "平均93.56分",
     "(97.18 + 92 + 88.5) / 3 = 92.56, stated 93.56"),
    ("yn-mile-tuoyuzhongxin-2022", 4, "sum_mismatch", "table",
     "公用经费｜33.20｜", "公用经费｜32.30｜",
     "公用经费｜32.30",
     "年初预算 column: 人员经费 145.40 + 公用经费 32.30 = 177.70, but 基本支出 reads 178.60"),
    ("yn-mile-tuoyuzhongxin-2022", 5, "implausible_rate", "prose",
     "实际支出3.85万元，执行率96.25%", "实际支出4.85万元，执行率121.25%",
     "实际支出4.85万元，执行率121.25%",
     "the training class spends 4.85万元 of a 4.00万元 budget: execution rate 121.25%, above 100%"),
    ("yn-mile-tuoyuzhongxin-2022", 6, "conflicting_values", "prose",
     "全市备案托育机构34家，均已纳入", "全市备案托育机构43家，均已纳入",
     "全市备案托育机构43家",
     "section 四 gives 34 registered childcare institutions at the end of 2022 (up from 21 in 2021); section 一 now says 43 for the same date"),

    # ---- he-zhuozhou-tuoyubuzhu-2024 : PDF copy, space-aligned tables with 完成率 column
    ("he-zhuozhou-tuoyubuzhu-2024", 1, "balance_mismatch", "table",
     "52.80  7.20  88.00%", "52.80  2.70  88.00%",
     "52.80  2.70",
     "省级补助资金: 到位 60.00 − 执行 52.80 = 7.20, the 结余 cell reads 2.70"),
    ("he-zhuozhou-tuoyubuzhu-2024", 2, "sum_mismatch", "prose",
     "非普惠托位860个", "非普惠托位680个",
     "非普惠托位680个",
     "普惠 1550 + 非普惠 680 = 2230, but the total is given as 2410个"),
    ("he-zhuozhou-tuoyubuzhu-2024", 3, "score_exceeds_weight", "table",
     "107.17%  5  5\n可持续影响指标  托育服务长效运营机制  健全  达成年度指标  —  10  9",
     "107.17%  5  9\n可持续影响指标  托育服务长效运营机制  健全  达成年度指标  —  10  5",
     "107.17%  5  9",
     "scores of two adjacent rows transposed (5↔9): 普惠托位占比 scores 9 against a weight of 5; 效益 subtotal and total unchanged"),
    ("he-zhuozhou-tuoyubuzhu-2024", 4, "conflicting_values", "prose",
     "共新增普惠性托位212个", "共新增普惠性托位221个",
     "共新增普惠性托位221个",
     "the 自评表 (actual value and 年度总体目标 row) gives 212 new places, section 四 now says 221"),
    ("he-zhuozhou-tuoyubuzhu-2024", 5, "completion_mismatch", "table",
     "94.8%  105.33%", "94.8%  104.33%",
     "94.8%  104.33%",
     "托育服务对象满意度: 94.8% / 90% = 105.33%, stated 104.33%"),
    ("he-zhuozhou-tuoyubuzhu-2024", 6, "score_sum_mismatch", "table",
     "10  8.33  1家机构", "10  8.83  1家机构",
     "83.33%  10  8.83",
     "产出 rows now add to 48.83 and all rows to 97.38, while 产出指标得分 is 48.33 and 总分 96.88"),
]

SOURCE_NOTE = "synthetic draft, figures invented; theme 普惠托育服务体系建设补助"


def main():
    labels = []
    seen = set()
    for proj in PROJECTS:
        clean_path = os.path.join(CASES, f"{proj}-clean.txt")
        with open(clean_path, encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{proj}-clean.txt", "source": proj, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != proj:
                continue
            key = (p, n)
            assert key not in seen, key
            seen.add(key)
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{p}-e{n}: old string occurs {cnt} times in the clean draft")
            err = clean.replace(old, new)
            if value not in err:
                raise SystemExit(f"{p}-e{n}: label value not in the error case")
            with open(os.path.join(CASES, f"{p}-e{n}.txt"), "w", encoding="utf-8") as fh:
                fh.write(err)
            labels.append({
                "case": f"{p}-e{n}.txt", "source": p, "clean": False,
                "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}],
            })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(EDITS)} error cases)")


if __name__ == "__main__":
    main()
