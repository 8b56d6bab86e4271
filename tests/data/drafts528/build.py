#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts528 from the clean drafts and the edit list below.

Each edit is one exact, contiguous replacement old -> new; `old` must occur exactly once in the clean draft.
`value` is the labelled substring: it contains the changed figure and must occur exactly once in the error case.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

P1 = "js-taixing-whpyujing-2021"
P2 = "sd-kenli-whpjiance-bumen-2022"
P3 = "zj-quzhou-whpyunwei-2024"
P4 = "hb-qianjiang-whpyunwei-2019"
P5 = "sc-naxi-whpyujing-2025"
SOURCES = [P1, P2, P3, P4, P5]

# (source, n, code, old, new, value, where, explanation)
EDITS = [
    # --- P1 Taixing (Jiangsu) 2021, project spending, MOF table without completion column
    (P1, 1, "rate_mismatch", "预算执行率94.50%", "预算执行率94.05%", "预算执行率94.05%",
     "prose 一（二） funds paragraph", "130.98 / 138.60 = 94.50%, stated 94.05%"),
    (P1, 2, "balance_mismatch", "未支付的7.62万元", "未支付的6.72万元", "未支付的6.72万元",
     "prose 一（二） funds paragraph", "138.60 - 130.98 = 7.62 (= 120.00 - 112.38) left unpaid and carried over, stated 6.72"),
    (P1, 3, "score_exceeds_weight", "10\n可持续影响指标\n运维长效机制\n健全\n健全\n10\n9",
     "11\n可持续影响指标\n运维长效机制\n健全\n健全\n10\n8", "=0起\n0起\n10\n11",
     "table, 效益 rows 较大及以上生产安全事故起数 / 运维长效机制",
     "accident row scored 11 against weight 10; the next (qualitative) row lowered 9 -> 8 so the 效益 subtotal 28.69 and total 98.14 still add up"),
    (P1, 4, "unit_mismatch", "≥45家\n46家", "≥45家\n100%", "≥45家\n100%",
     "table, row 接入企业数量", "target in 家 (≥45家), actual given as a percentage (100%): completion cannot be computed"),
    (P1, 5, "year_mismatch", "结转至2022年支付", "结转至2021年支付", "结转至2021年支付",
     "prose 一（二） funds paragraph", "money unspent in the 2021 budget year is carried over to 2021 itself; must be a later year (2022)"),
    (P1, 6, "average_mismatch", "99.35%", "99.53%", "99.53%",
     "prose 四（三） quarterly online rates", "(99.12 + 99.53 + 99.58 + 99.71) / 4 = 99.485%, stated average 99.44%"),

    # --- P2 Kenli (Shandong) 2022, department-wide spending (部门整体支出)
    (P2, 1, "sum_mismatch", "其中人员经费192.36万元", "其中人员经费193.26万元", "其中人员经费193.26万元",
     "prose 二（二） execution of 基本支出", "193.26 + 21.60 = 214.86, but 基本支出执行 is stated 213.96"),
    (P2, 2, "conflicting_values", "全区33家", "全区35家", "全区35家",
     "prose 一（一） department functions", "35 monitored enterprises here, 33家 in 三（一） (全年监控企业33家) and in the table (重点监控企业覆盖数 33家)"),
    (P2, 3, "average_mismatch", "平均每月153.83条", "平均每月158.33条", "平均每月158.33条",
     "prose 三（一） outputs", "1846 / 12 = 153.83 per month, stated 158.33"),
    (P2, 4, "grade_mismatch", "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "prose 四 conclusion", "total 97.81 is in the 优 band (>= 90), stated 良"),
    (P2, 5, "weight_sum_mismatch", "5个\n\t10", "5个\n\t15", "≥4个\n\t5个\n\t15",
     "table, row 预警数据共享部门数 (weight)", "weights now total 105 (10 + 50 + 35 + 10); the 效益 rows sum to 35 against 效益指标30分 in 四"),
    (P2, 6, "implausible_rate", "0.00\n\t—\n\t—\n\t—", "0.00\n\t—\n\t100.00%\n\t—",
     "其他资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t100.00%",
     "funds table, row 其他资金 (执行率)", "execution rate 100.00% on a zero base (其他资金 0.00 budget, 0.00 spent): must be —"),

    # --- P3 Quzhou (Zhejiang) 2024, project spending, table with 完成率 column
    (P3, 1, "completion_mismatch", "105.42%", "104.52%", "1012路\n\t104.52%",
     "table, row 视频智能分析通道运维数 (完成率)", "1012 / 960 = 105.42%, stated 104.52%"),
    (P3, 2, "score_sum_mismatch", "健全\n\t—\n\t10\n\t9", "健全\n\t—\n\t10\n\t8", "健全\n\t—\n\t10\n\t8",
     "table, row 运维长效机制 (score)", "row scores now add to 97.37 (效益 28) against the stated total 98.37 (table and 四（四）) and 效益指标得分29分"),
    (P3, 3, "rate_mismatch", "92.64%", "92.46%", "171.38\n\t—\n\t92.46%",
     "funds table, row 市级财政资金 (执行率)", "171.38 / 185.00 = 92.64%, stated 92.46%"),
    (P3, 4, "unit_mismatch", "约20775元", "约20775万元", "约20775万元",
     "prose 二 per-enterprise cost", "251.38万元 / 121 = 2.0775万元 = 20775元; the figure is labelled 万元 (off by 10^4)"),
    (P3, 5, "year_mismatch", "截至2024年12月31日", "截至2023年12月31日", "截至2023年12月31日",
     "prose 一 overview", "year-end figure of the 2024 report dated 31 Dec 2023"),
    (P3, 6, "grade_mismatch", "评价等级\n\t优", "评价等级\n\t良", "98.37\n\t评价等级\n\t良",
     "table, last rows (总分 / 评价等级)", "total 98.37 is in the 优 band, table states 良"),

    # --- P4 Qianjiang (Hubei) 2019, Hubei-style table: 预算执行 20 points + goal blocks 80, reverse indicators w*T/A
    (P4, 1, "completion_mismatch", "131.50%", "113.50%", "1052条\n113.50%",
     "table, row 预警信息推送数 (完成率)", "1052 / 800 = 131.50%, stated 113.50%"),
    (P4, 2, "score_sum_mismatch", "自评得分88.86分", "自评得分86.88分", "自评得分86.88分",
     "prose 四（三） conclusion", "15.94 + 33.77 + 29.70 + 9.45 = 88.86 (table 合计 88.86), stated 86.88 (still 良)"),
    (P4, 3, "weight_sum_mismatch", "小计\n40\n33.77", "小计\n45\n33.77", "小计\n45\n33.77",
     "table, 目标一 subtotal (weight)", "目标一 rows weigh 10 + 10 + 10 + 10 = 40, subtotal says 45; blocks then total 20 + 45 + 30 + 10 = 105"),
    (P4, 4, "balance_mismatch", "年末结余3.48万元", "年末结余4.38万元", "年末结余4.38万元",
     "prose 二 funds paragraph", "到位 80.00 - 支出 76.52 = 3.48, stated 4.38"),
    (P4, 5, "conflicting_values", "全市29家", "全市27家", "全市27家",
     "prose 一 overview", "27 enterprises connected here, 29家 in 目标一 (联网企业29家) and in the table"),
    (P4, 6, "sum_mismatch", "2019年8月下达40.00万元", "2019年8月下达36.00万元", "2019年8月下达36.00万元",
     "prose 二 funds paragraph", "40.00 + 36.00 = 76.00, but 实际到位 is stated 80.00"),

    # --- P5 Naxi (Sichuan) 2025, Sichuan table (指标性质 / 度量单位 columns, fund rows 财政资金/财政专户/单位/其他)
    (P5, 1, "implausible_rate", "\n96.2\n", "\n106.2\n", "%\n106.2",
     "table, row 企业满意度 (actual)", "satisfaction 106.2% is above 100%"),
    (P5, 2, "score_exceeds_weight", "10\n可持续影响指标\n运维长效机制\n定性\n健全\n健全\n10\n9",
     "11\n可持续影响指标\n运维长效机制\n定性\n健全\n健全\n10\n8", "起\n0\n10\n11",
     "table, 效益 rows 危化企业生产安全事故起数 / 运维长效机制",
     "accident row scored 11 against weight 10; the qualitative row below lowered 9 -> 8 so the total 98.53 still adds up"),
    (P5, 3, "rate_mismatch", "执行率75.80%", "执行率57.80%", "执行率57.80%",
     "prose 二（二） 通信链路费 sub-rate", "7.58 / 10.00 = 75.80%, stated 57.80%"),
    (P5, 4, "year_mismatch", "（2025年度）", "（2024年度）", "（2024年度）",
     "table header", "the 2025 report's table is headed 2024年度"),
    (P5, 5, "sum_mismatch", "其中运维服务费48.00万元", "其中运维服务费46.00万元", "其中运维服务费46.00万元",
     "prose 二（一） budget breakdown", "46.00 + 10.00 + 5.50 = 61.50, but 全年预算 is stated 63.50"),
    (P5, 6, "average_mismatch", "96分、", "90分、", "95分、90分、97分",
     "prose 四（一） quarterly assessment scores", "(92 + 95 + 90 + 97) / 4 = 93.5, stated average 95"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, where, expl) in EDITS:
            if s != src:
                continue
            assert clean.count(old) == 1, (src, n, "old must occur once", old)
            assert old != new and max(len(old), len(new)) <= 60
            text = clean.replace(old, new, 1)
            assert text.count(value) == 1, (src, n, "value must occur once", value)
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
