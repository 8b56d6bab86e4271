#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each error case is its clean draft with exactly one replacement (old -> new) that must
match exactly once. Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "ah-shitai-linshijiuzhu-2018",
    "hb-chongyang-jinanjiuzhu-2020",
    "sx-lingchuan-linshijiuzhu-2021",
    "sc-shimian-jinanjiuzhu-2023",
    "gs-linze-jiuzhuzhongxin-bumen-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- Anhui, Shitai 2018 (MOF 附件1 table copied from PDF) ---
    ("ah-shitai-linshijiuzhu-2018", 1, "rate_mismatch", "prose",
     "县级资金支出129.12万元，执行率95.64%", "县级资金支出129.12万元，执行率95.46%",
     "执行率95.46%",
     "county funds: 129.12 spent of the 135.00 county budget = 95.64%, stated 95.46%"),
    ("ah-shitai-linshijiuzhu-2018", 2, "sum_mismatch", "table",
     "支出型\t719\t105.27", "支出型\t719\t150.27",
     "150.27",
     "表1: 急难型 61.85 + 支出型 150.27 = 212.12, but 合计 reads 167.12 (expected 105.27)"),
    ("ah-shitai-linshijiuzhu-2018", 3, "implausible_rate", "table",
     "上年结转资金 0.00 0.00 0.00 — — —", "上年结转资金 0.00 0.00 0.00 — 100.00% —",
     "0.00 — 100.00%",
     "上年结转资金 row: 全年预算数 0.00, so an 执行率 of 100.00% is a rate on a zero base (should be —)"),
    ("ah-shitai-linshijiuzhu-2018", 4, "score_sum_mismatch", "table",
     "12个工作日 5 4.17", "12个工作日 5 4.71",
     "12个工作日 5 4.71",
     "row scores 9.66+15+10+10+4.71+10+15+14+10 = 98.37, stated 总分 97.83 (the 时效 score was 4.17)"),
    ("ah-shitai-linshijiuzhu-2018", 5, "average_mismatch", "prose",
     "季均261.5人次", "季均265.1人次",
     "季均265.1人次",
     "(231+248+262+305)/4 = 261.5, stated 265.1"),
    ("ah-shitai-linshijiuzhu-2018", 6, "year_mismatch", "prose",
     "结转至2019年", "结转至2018年",
     "结转至2018年",
     "the unspent part of the 2018 budget cannot be carried over into 2018 itself (2019 expected)"),

    # --- Hubei, Chongyang 2020 (Hubei-style table: 预算执行20分 + two goal blocks of 40) ---
    ("hb-chongyang-jinanjiuzhu-2020", 1, "weight_sum_mismatch", "table",
     "主动发现并救助困难对象人次 | 10 |", "主动发现并救助困难对象人次 | 12 |",
     "主动发现并救助困难对象人次 | 12",
     "weights now sum to 102 (目标2 block 42 against its stated 40分)"),
    ("hb-chongyang-jinanjiuzhu-2020", 2, "score_exceeds_weight", "table",
     "≤3日 | 2.5日 | 100% | 7 |", "≤3日 | 2.5日 | 100% | 7.5 |",
     "100% | 7.5",
     "急难型救助审批时限: score 7.5 above its weight 7 (the whole-point total 98 still holds: 98.14)"),
    ("hb-chongyang-jinanjiuzhu-2020", 3, "grade_mismatch", "prose",
     "评价等级为\"优\"", "评价等级为\"良\"",
     "评价等级为\"良\"",
     "综合得分98分 lies in the 优 band (90-100), not 良"),
    ("hb-chongyang-jinanjiuzhu-2020", 4, "balance_mismatch", "prose",
     "年末结余17.25万元", "年末结余17.52万元",
     "结余17.52万元",
     "到位 388.60 - 支出 371.35 = 17.25, stated 17.52"),
    ("hb-chongyang-jinanjiuzhu-2020", 5, "unit_mismatch", "table",
     "=12个 | 12个 | 100%", "=12个 | 100% | 100%",
     "=12个 | 100%",
     "临时救助覆盖乡镇数: target in 个 (=12个), actual given as a percentage"),
    ("hb-chongyang-jinanjiuzhu-2020", 6, "completion_mismatch", "table",
     "2468人次 | 123.40%", "2468人次 | 124.30%",
     "2468人次 | 124.30%",
     "2468/2000 = 123.40%, stated 124.30%"),

    # --- Shanxi, Lingchuan 2021 (行次 funds table and 附件1 flattened one cell per line) ---
    ("sx-lingchuan-linshijiuzhu-2021", 1, "rate_mismatch", "table",
     "\t80.60\n", "\t86.00\n",
     "86.00",
     "row (7)=(4)/(2), 县区级: 24.18/30.00 = 80.60, stated 86.00"),
    ("sx-lingchuan-linshijiuzhu-2021", 2, "balance_mismatch", "prose",
     "年末结余2.55万元", "年末结余2.45万元",
     "结余2.45万元",
     "乡镇备用金: 36.00 - 33.45 = 2.55, stated 2.45"),
    ("sx-lingchuan-linshijiuzhu-2021", 3, "conflicting_values", "prose",
     "其中急难型救助412人次", "其中急难型救助421人次",
     "急难型救助421人次",
     "急难型救助人次 is 412人次 in 附件1 (业绩值) but 421人次 in the text"),
    ("sx-lingchuan-linshijiuzhu-2021", 4, "completion_mismatch", "table",
     "\t412人次\n\t91.56%", "\t412人次\n\t95.16%",
     "95.16%",
     "急难型救助人次: 412/450 = 91.56%, stated 95.16%"),
    ("sx-lingchuan-linshijiuzhu-2021", 5, "average_mismatch", "prose",
     "平均每人次救助1493元", "平均每人次救助1439元",
     "平均每人次救助1439元",
     "176.58万元 / 1183人次 = 1492.6元 ≈ 1493元, stated 1439元"),
    ("sx-lingchuan-linshijiuzhu-2021", 6, "sum_mismatch", "prose",
     "268、301、279、335人次", "268、301、297、335人次",
     "301、297、335人次",
     "quarters 268+301+297+335 = 1201, but the year's total is 1183人次 (Q3 was 279)"),

    # --- Sichuan, Shimian 2023 (web page; Sichuan table 10 + 90, PDF single spaces) ---
    ("sc-shimian-jinanjiuzhu-2023", 1, "implausible_rate", "table",
     "% 96.8 15 15", "% 106.8 15 15",
     "% 106.8 15",
     "受助群众满意度 cannot exceed 100% (106.8)"),
    ("sc-shimian-jinanjiuzhu-2023", 2, "unit_mismatch", "prose",
     "先行救助352,600元", "先行救助352,600万元",
     "352,600万元",
     "302.76 = 267.50 + 35.26万元; the 352,600元 part written with the unit 万元 (off by 10^4)"),
    ("sc-shimian-jinanjiuzhu-2023", 3, "weight_sum_mismatch", "table",
     "元 5000 5 5", "元 5000 6 5",
     "元 5000 6 5",
     "分值 now sum to 101 (成本指标 weight 6 instead of 5)"),
    ("sc-shimian-jinanjiuzhu-2023", 4, "year_mismatch", "prose",
     "截至2023年12月31日", "截至2022年12月31日",
     "截至2022年12月31日",
     "the 2023 report states its year-end spending as of 2022-12-31"),
    ("sc-shimian-jinanjiuzhu-2023", 5, "conflicting_values", "table",
     "人次 1526 15 15", "人次 1562 15 15",
     "人次 1562 15",
     "临时救助人次 is 1562 in the table but 1526 twice in the text (and the quarters add to 1526)"),
    ("sc-shimian-jinanjiuzhu-2023", 6, "score_sum_mismatch", "table",
     "达成年度指标 10 9", "达成年度指标 10 8",
     "达成年度指标 10 8",
     "row scores 9.77+15+10+10+10+5+15+8+15 = 97.77, stated 总分 98.77"),

    # --- Gansu, Linze 2024 (部门整体支出 report, table copied from PDF) ---
    ("gs-linze-jiuzhuzhongxin-bumen-2024", 1, "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好",
     "评价等级为良好",
     "综合自评得分98分 is in the 优 band, not 良好"),
    ("gs-linze-jiuzhuzhongxin-bumen-2024", 2, "score_exceeds_weight", "table",
     "95.6% 10 10\n", "95.6% 10 10.5\n",
     "95.6% 10 10.5",
     "受助对象满意度: score 10.5 above its weight 10 (the whole-point total 98 still holds: 98.21)"),
    ("gs-linze-jiuzhuzhongxin-bumen-2024", 3, "rate_mismatch", "table",
     "346.82 — 97.15% —", "346.82 — 97.51% —",
     "97.51%",
     "项目支出: 346.82/357.00 = 97.15%, stated 97.51%"),
    ("gs-linze-jiuzhuzhongxin-bumen-2024", 4, "conflicting_values", "prose",
     "全年发放临时救助金294.62万元", "全年发放临时救助金249.62万元",
     "临时救助金249.62万元",
     "临时救助资金 spending is 294.62万元 in the funds section (and in the 346.82 sum) but 249.62万元 here"),
    ("gs-linze-jiuzhuzhongxin-bumen-2024", 5, "completion_mismatch", "prose",
     "的119.82%", "的118.92%",
     "118.92%",
     "1318/1100 = 119.82%, stated 118.92%"),
    ("gs-linze-jiuzhuzhongxin-bumen-2024", 6, "unit_mismatch", "prose",
     "每镇增至60000元", "每镇增至60000万元",
     "60000万元",
     "7 镇 × 60000元 = 42.00万元 备用金; written 60000万元 (off by 10^4)"),
]

def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{src}-e{n}: old text matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{src}-e{n}: value {value!r} not in the error case")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for row in labels:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
