#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each edit is one exact old -> new replacement that must match exactly once in its clean
draft; it injects one arithmetic slip.  Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "sx-ruicheng-bingmei-2020",
    "zj-haiyan-jiankangsuyang-2022",
    "hb-dangyang-jiankangjiaoyu-2023",
    "sc-qingshen-aiweizhongxin-2019",
    "hn-hanshou-weishengxiangzhen-2024",
]

# One dict per error case.  `where` is prose or table.  `dup_ok` (optional) explains why the
# changed token may legitimately occur more than once in the clean draft (verify.py checks
# that every other changed figure occurs exactly once, or twice for conflicting_values).
EDITS = [
    # ---- sx-ruicheng-bingmei-2020 (Shanxi, one cell per line) -------------------------
    dict(src="sx-ruicheng-bingmei-2020", n=1, code="rate_mismatch", where="table",
         old="\t92.31\n", new="\t93.21\n", value="93.21",
         explanation="funds table row (7)=(4)/(2), column 财政资金小计: 66.46/72.00 = 92.31%, stated 93.21"),
    dict(src="sx-ruicheng-bingmei-2020", n=2, code="sum_mismatch", where="table",
         old="\t(1)\n\t64.80\n", new="\t(1)\n\t64.08\n", value="64.08",
         explanation="row (1) 年初预算资金: 财政资金小计 60.00 + 上年结转 4.80 = 64.80, 年度总金额 stated 64.08"),
    dict(src="sx-ruicheng-bingmei-2020", n=3, code="completion_mismatch", where="table",
         old="\t104.24%\n", new="\t102.44%\n", value="102.44%",
         explanation="附件1 居民防制知识知晓率: actual 88.6% / target ≥85% = 104.24%, stated 102.44%"),
    dict(src="sx-ruicheng-bingmei-2020", n=4, code="conflicting_values", where="prose",
         old="居民小区352个，投放毒饵", new="居民小区325个，投放毒饵", value="居民小区325个",
         explanation="text says 325 units covered by the two baiting rounds, 附件1 actual value says 352个"),
    dict(src="sx-ruicheng-bingmei-2020", n=5, code="grade_mismatch", where="prose",
         old="属于\"优秀\"", new="属于\"良好\"", value="属于\"良好\"",
         explanation="total 98.88 is in the 优 band (≥90), stated 良好"),
    dict(src="sx-ruicheng-bingmei-2020", n=6, code="year_mismatch", where="prose",
         old="结转至2021年继续用于", new="结转至2020年继续用于", value="结转至2020年",
         explanation="the 2020 balance is carried over to 2020 itself; a carry-over goes to a later year (2021)"),
    # ---- zj-haiyan-jiankangsuyang-2022 (Zhejiang, tab-separated) ----------------------
    dict(src="zj-haiyan-jiankangsuyang-2022", n=1, code="implausible_rate", where="table",
         old="其他资金\t0.00\t0.00\t0.00\t—\t—\t—", new="其他资金\t0.00\t0.00\t0.00\t—\t100.00%\t—",
         value="0.00\t—\t100.00%",
         explanation="其他资金 has a 全年预算数 of 0.00: an execution rate of 100.00% on a zero base",
         dup_ok="the cell was the placeholder '—' (no rate on a zero base), not a figure"),
    dict(src="zj-haiyan-jiankangsuyang-2022", n=2, code="balance_mismatch", where="prose",
         old="年末尚余1.33万元", new="年末尚余1.23万元", value="尚余1.23万元",
         explanation="50.70 - 49.37 = 1.33, stated 1.23"),
    dict(src="zj-haiyan-jiankangsuyang-2022", n=3, code="average_mismatch", where="prose",
         old="平均每个镇（街道）162份", new="平均每个镇（街道）126份", value="平均每个镇（街道）126份",
         explanation="1458 questionnaires / 9 镇（街道） = 162, stated 126"),
    dict(src="zj-haiyan-jiankangsuyang-2022", n=4, code="unit_mismatch", where="prose",
         old="全年136场共计8.16万元", new="全年136场共计81600万元", value="81600万元",
         explanation="136 lectures x 600元 = 81600元 = 8.16万元: the 元 amount is labelled 万元 (off by 10^4)"),
    dict(src="zj-haiyan-jiankangsuyang-2022", n=5, code="weight_sum_mismatch", where="prose",
         old="效益指标30分", new="效益指标35分", value="效益指标35分",
         explanation="stated first-level weights 10 + 50 + 35 + 10 = 105; the 效益 rows of the table sum to 15 + 10 + 5 = 30"),
    dict(src="zj-haiyan-jiankangsuyang-2022", n=6, code="score_sum_mismatch", where="table",
         old="\t10\t9.70\t", new="\t10\t9.07\t", value="9.07",
         explanation="row scores now sum to 9.74 + 50 + 15 + 9.07 + 5 + 10 = 98.81, total stated 99.44"),
    # ---- hb-dangyang-jiankangjiaoyu-2023 (Hubei, saved web page with HTML) --------------
    dict(src="hb-dangyang-jiankangjiaoyu-2023", n=1, code="average_mismatch", where="prose",
         old="平均每个镇（街道）21.4场", new="平均每个镇（街道）24.1场", value="平均每个镇（街道）24.1场",
         explanation="214 lectures / 10 镇（街道） = 21.4, stated 24.1"),
    dict(src="hb-dangyang-jiankangjiaoyu-2023", n=2, code="unit_mismatch", where="table",
         old="<td>1050元</td>", new="<td>1050万元</td>", value="1050万元",
         explanation="每场讲座平均成本: target ≤1200元 per lecture, actual written in 万元 (1050万元 per lecture, 10^4 too large)"),
    dict(src="hb-dangyang-jiankangjiaoyu-2023", n=3, code="score_sum_mismatch", where="table",
         old="<td>13.50</td>", new="<td>13.05</td>", value="13.05",
         explanation="row scores now sum to 14.40 + 39.47 + 12.00 + 13.05 + 9.78 = 88.70, total stated 89.15"),
    dict(src="hb-dangyang-jiankangjiaoyu-2023", n=4, code="balance_mismatch", where="prose",
         old="年末结转资金10.08万元", new="年末结转资金10.80万元", value="结转资金10.80万元",
         explanation="36.00 - 25.92 = 10.08, stated 10.80"),
    dict(src="hb-dangyang-jiankangjiaoyu-2023", n=5, code="rate_mismatch", where="prose",
         old="执行率86.40%", new="执行率84.60%", value="执行率84.60%",
         explanation="市本级资金 25.92/30.00 = 86.40%, stated 84.60%"),
    dict(src="hb-dangyang-jiankangjiaoyu-2023", n=6, code="year_mismatch", where="table",
         old="（2023年度）</td>", new="（2022年度）</td>", value="（2022年度）",
         explanation="the 自评表 is headed 2022年度 while the report and all its figures are for 2023"),
    # ---- sc-qingshen-aiweizhongxin-2019 (Sichuan, department whole, PDF text) ----------
    dict(src="sc-qingshen-aiweizhongxin-2019", n=1, code="score_exceeds_weight", where="prose",
         old="98.5分、95.2分、93.6分", new="98.5分、105.2分、93.6分", value="105.2分",
         explanation="a project self-evaluation score of 105.2 above the stated maximum of 100"),
    dict(src="sc-qingshen-aiweizhongxin-2019", n=2, code="implausible_rate", where="prose",
         old="知晓率为97.6%", new="知晓率为107.6%", value="知晓率为107.6%",
         explanation="an awareness rate (share of residents) cannot exceed 100%"),
    dict(src="sc-qingshen-aiweizhongxin-2019", n=3, code="rate_mismatch", where="prose",
         old="100%、91.47%、87.67%", new="100%、94.17%、87.67%", value="94.17%",
         explanation="病媒生物防制经费 26.07/28.50 = 91.47%, stated 94.17%"),
    dict(src="sc-qingshen-aiweizhongxin-2019", n=4, code="sum_mismatch", where="table",
         old="基本支出  112.60", new="基本支出  112.06", value="112.06",
         explanation="表1 年初预算数: 112.06 + 73.80 = 185.86, 合计 stated 186.40"),
    dict(src="sc-qingshen-aiweizhongxin-2019", n=5, code="weight_sum_mismatch", where="table",
         old="国家卫生县城复审  15  定性", new="国家卫生县城复审  16  定性", value="国家卫生县城复审  16",
         explanation="weights now sum to 101 (绩效指标 91 against the stated 90); the qualitative row keeps 15 of 16 points",
         dup_ok="bare table cell: the other cells reading 15 are the weights/scores of other rows, not this figure"),
    dict(src="sc-qingshen-aiweizhongxin-2019", n=6, code="score_sum_mismatch", where="table",
         old="87.5  14.58", new="87.5  14.85", value="14.85",
         explanation="row scores now sum to 98.63, 合计 stated 98.36"),
    # ---- hn-hanshou-weishengxiangzhen-2024 (Hunan, pipe tables) -----------------------
    dict(src="hn-hanshou-weishengxiangzhen-2024", n=1, code="score_exceeds_weight", where="prose",
         old="91.5分、96分、90.5分", new="91.5分、106分、90.5分", value="106分",
         explanation="a town's assessment score of 106 above the stated maximum of 100"),
    dict(src="hn-hanshou-weishengxiangzhen-2024", n=2, code="conflicting_values", where="prose",
         old="群众满意度为94.1%", new="群众满意度为91.4%", value="满意度为91.4%",
         explanation="text gives the third-party satisfaction as 91.4%, the 自评表 actual value is 94.1%"),
    dict(src="hn-hanshou-weishengxiangzhen-2024", n=3, code="completion_mismatch", where="prose",
         old="座的112.5%", new="座的121.5%", value="121.5%",
         explanation="45 toilets / target 40 = 112.5%, stated 121.5%"),
    dict(src="hn-hanshou-weishengxiangzhen-2024", n=4, code="sum_mismatch", where="table",
         old="| 20.00 | 18.70", new="| 20.00 | 17.80", value="17.80",
         explanation="支出数 42.30 + 36.00 + 17.80 + 17.60 = 113.70, 合计 stated 114.60"),
    dict(src="hn-hanshou-weishengxiangzhen-2024", n=5, code="grade_mismatch", where="table",
         old="自评等级：优", new="自评等级：良", value="自评等级：良",
         explanation="total 99.07 is in the 优 band (≥90), table states 良"),
    dict(src="hn-hanshou-weishengxiangzhen-2024", n=6, code="conflicting_values", where="table",
         old="| ≥90% | 92.5% |", new="| ≥90% | 95.2% |", value="95.2%",
         explanation="自评表 gives 乡镇病媒生物密度达标率 95.2%, the text gives 92.5% (37 of 40 monitoring points)"),
]


def case_name(src, n=None):
    return "%s-%s.txt" % (src, "clean" if n is None else "e%d" % n)


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, case_name(src)), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": case_name(src), "source": src, "clean": True, "expected": []})
        for e in [e for e in EDITS if e["src"] == src]:
            count = clean.count(e["old"])
            if count != 1:
                raise SystemExit("%s e%d: old string matches %d times" % (src, e["n"], count))
            text = clean.replace(e["old"], e["new"])
            if text.count(e["value"]) < 1:
                raise SystemExit("%s e%d: value not in case" % (src, e["n"]))
            with open(os.path.join(CASES, case_name(src, e["n"])), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": case_name(src, e["n"]), "source": src, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error", "value": e["value"],
                                         "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases (%d errors)" % (len(labels), len(EDITS)))


if __name__ == "__main__":
    main()
