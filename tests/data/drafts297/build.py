#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft is cases/<id>-clean.txt (written by hand).  EDITS lists, per draft, six single
replacements (old -> new); `old` must occur exactly once in the clean draft, `value` must occur
exactly once in the resulting error case and contain the new figure.  Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

A = "gs-tianzhu-taiwangyunwei-2018"
B = "he-longyao-fangzhenkepu-2019"
C = "yn-yangbi-nongjukangzhen-2022"
D = "xj-jiashi-yujingzhongduan-2023"
E = "nx-yuanzhou-binanchangsuo-2024"
SOURCES = [A, B, C, D, E]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- A: Gansu, seismic network O&M, full-width bar table -------------------------------
    (A, 1, "rate_mismatch", "prose",
     "资金到位率96.30%", "资金到位率96.03%", "资金到位率96.03%",
     "到位 46.80 / 全年预算 48.60 = 96.30%, stated 96.03%"),
    (A, 2, "sum_mismatch", "table",
     "年度资金总额｜42.00｜", "年度资金总额｜42.20｜", "年度资金总额｜42.20",
     "年初预算数 column: 40.80 + 0.00 + 1.20 = 42.00, total row states 42.20"),
    (A, 3, "score_sum_mismatch", "table",
     "｜10｜9.6｜松山台", "｜10｜9.9｜松山台", "｜10｜9.9｜松山台",
     "row scores now add to 9.31 + 49.90 + 29.91 + 10 = 99.12, 总分 states 98.82"),
    (A, 4, "conflicting_values", "prose",
     "全年共巡检台站72次", "全年共巡检台站76次", "巡检台站76次",
     "the table's 实际完成值 for 台站巡检次数 is 72次 (105.88% of 68); the text says 76次"),
    (A, 5, "year_mismatch", "prose",
     "已结转至2019年继续", "已结转至2018年继续", "结转至2018年",
     "the balance of the 2018 budget is carried over to 2018 itself; it must go to a later year (2019)"),
    (A, 6, "completion_mismatch", "table",
     "｜94.1%｜99.05%｜", "｜94.1%｜99.50%｜", "94.1%｜99.50%",
     "台网设备完好率 ≥95%, actual 94.1%: completion 94.1/95 = 99.05%, stated 99.50%"),

    # --- B: Hebei, earthquake science popularisation, tab-separated table --------------------
    (B, 1, "balance_mismatch", "prose",
     "结余2.16万元", "结余2.61万元", "结余2.61万元",
     "到位 36.00 (全部到位) − 支出 33.84 = 2.16, stated 2.61"),
    (B, 2, "score_exceeds_weight", "table",
     "39所\t97.50%\t8\t7.8\t", "39所\t97.50%\t8\t8.2\t", "97.50%\t8\t8.2",
     "row 组织应急疏散演练的中小学: score 8.2 above its weight 8 (the scores now add to 98.4, "
     "which the stated whole-number total 98 still covers, so no sum error)"),
    (B, 3, "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好", "评价等级为良好",
     "total 98 lies in the 优 band (90–100), not 良"),
    (B, 4, "implausible_rate", "table",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t—", "上年结转资金\t0.00\t0.00\t0.00\t—\t100%", "0.00\t—\t100%",
     "execution rate printed on a zero base: 上年结转资金 全年预算数 0.00, rate must be —"),
    (B, 5, "completion_mismatch", "table",
     "83.5%\t104.38%", "83.5%\t104.83%", "83.5%\t104.83%",
     "知晓率 ≥80%, actual 83.5%: completion 83.5/80 = 104.38%, stated 104.83%"),
    (B, 6, "weight_sum_mismatch", "table",
     "135人\t90.00%\t10\t9\t", "135人\t90.00%\t12\t9\t", "90.00%\t12\t9",
     "weight of 登记科普志愿者人数 changed to 12: weights now total 102 (效益 block 32 against 30)"),

    # --- C: Yunnan, rural housing seismic retrofit, PDF runs of spaces ------------------------
    (C, 1, "rate_mismatch", "table",
     "97.45%", "97.54%", "97.54%",
     "县级配套 执行率 = 99.40 / 102.00 = 97.45%, stated 97.54%"),
    (C, 2, "weight_sum_mismatch", "table",
     "15      14.86", "16      14.86", "16      14.86",
     "weight of 农房抗震改造户数 changed to 16: weights now total 101 (产出 block 51 against 50)"),
    (C, 3, "average_mismatch", "prose",
     "平均每个乡镇69.33户", "平均每个乡镇69.67户", "平均每个乡镇69.67户",
     "(112 + 86 + 74 + 58 + 49 + 37) / 6 = 416 / 6 = 69.33, stated 69.67"),
    (C, 4, "unit_mismatch", "table",
     "136人次", "113.33%", "113.33%",
     "农村建筑工匠培训: target ≥120人次, actual given as a percentage (113.33%)"),
    (C, 5, "balance_mismatch", "prose",
     "年末结余7.80万元", "年末结余8.70万元", "结余8.70万元",
     "到位 648.00 − 支出 640.20 = 7.80, stated 8.70"),
    (C, 6, "year_mismatch", "table",
     "项目支出绩效自评表（2022年度）", "项目支出绩效自评表（2021年度）", "自评表（2021年度）",
     "the self-evaluation table claims year 2021 while the report and all budget sentences are for 2022"),

    # --- D: Xinjiang, earthquake early-warning terminals, prose only --------------------------
    (D, 1, "sum_mismatch", "prose",
     "运行维护及通信费12.80万元", "运行维护及通信费12.08万元", "运行维护及通信费12.08万元",
     "69.60 + 12.08 + 4.00 = 85.68, but the budget split is of 86.40"),
    (D, 2, "score_exceeds_weight", "prose",
     "得4.8分（满分5分）", "得5.2分（满分5分）", "得5.2分（满分5分）",
     "终端安装按期完成率 (分值5分) scored 5.2 (the scores add to 99.4, still covered by the stated 99分)"),
    (D, 3, "grade_mismatch", "prose",
     "评价等级为优。", "评价等级为良。", "评价等级为良",
     "综合得分99分 lies in the 优 band, not 良"),
    (D, 4, "implausible_rate", "prose",
     "单位满意度96.4%", "单位满意度106.4%", "单位满意度106.4%",
     "a satisfaction rate above 100%"),
    (D, 5, "unit_mismatch", "prose",
     "中标价为每台5800元", "中标价为每台5800万元", "每台5800万元",
     "120 terminals × 5800元 = 69.60万元 (the 终端购置安装 budget); the unit price is written in 万元, off by 10^4"),
    (D, 6, "rate_mismatch", "prose",
     "预算执行率95.00%", "预算执行率96.00%", "预算执行率96.00%",
     "82.08 / 86.40 = 95.00%, stated 96.00%"),

    # --- E: Ningxia, emergency shelters, Markdown pipe tables --------------------------------
    (E, 1, "score_sum_mismatch", "table",
     "| 50 | 49.68 |", "| 50 | 49.86 |", "| 50 | 49.86 |",
     "产出 rows add to 49.68, 小计 states 49.86; 9.52 + 49.86 + 29.6 + 10 = 98.98 against 总分 98.80"),
    (E, 2, "average_mismatch", "prose",
     "平均每处43.60万元", "平均每处43.06万元", "平均每处43.06万元",
     "(56.20 + 48.75 + 41.30 + 37.85 + 33.90) / 5 = 218.00 / 5 = 43.60, stated 43.06"),
    (E, 3, "conflicting_values", "table",
     "| 4.32万平方米 |", "| 4.23万平方米 |", "4.23万平方米",
     "the table's 新增有效避难面积 is 4.23万平方米, the text (三、项目实施情况) says 4.32万平方米"),
    (E, 4, "unit_mismatch", "table",
     "| 38天 |", "| 38% |", "≤45天 | 38%",
     "应急物资采购入库时间: target in days (≤45天), actual given as a percentage"),
    (E, 5, "implausible_rate", "table",
     "| 94.7% |", "| 104.7% |", "≥90% | 104.7%",
     "周边居民满意度 104.7%: a satisfaction rate above 100%"),
    (E, 6, "balance_mismatch", "prose",
     "年末结余12.65万元", "年末结余12.56万元", "结余12.56万元",
     "全年预算 265.00 (全部到位) − 支出 252.35 = 12.65, stated 12.56"),
]


def main():
    labels = []
    seen = set()
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            key = (s, n)
            assert key not in seen, key
            seen.add(key)
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{s}-e{n}: old string {old!r} occurs {cnt} times in the clean draft")
            text = clean.replace(old, new, 1)
            if text.count(value) != 1:
                sys.exit(f"{s}-e{n}: value {value!r} occurs {text.count(value)} times in the error case")
            if where not in ("prose", "table"):
                sys.exit(f"{s}-e{n}: where must be prose or table")
            name = f"{s}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": s, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with an error)")


if __name__ == "__main__":
    main()
