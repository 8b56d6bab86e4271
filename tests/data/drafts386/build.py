#!/usr/bin/env python3
"""Build the 30 error cases and labels.jsonl of this set from the five clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
Each error case carries exactly one injected arithmetic slip; `where` says whether the slip sits in
running text (prose) or in a table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "sx-fushan-binancs-2019",
    "hn-lixian-wuzichubeiku-2022",
    "sc-hongya-yingjiwuzi-2023",
    "zj-wencheng-yingjiju-bumen-2024",
    "hb-yunmeng-binan-2020",
]

# (source, suffix, code, where, old, new, value, explanation)
EDITS = [
    # ---- sx-fushan-binancs-2019 (Shanxi layout, tab-separated tables) ----
    ("sx-fushan-binancs-2019", "e1", "rate_mismatch", "table",
     "\t95.00\t100\t", "\t96.00\t100\t", "96.00",
     "funds table row 预算到位率 (6)=(3)/(2), column 县区级: 114.00/120.00 = 95.00%, stated 96.00"),
    ("sx-fushan-binancs-2019", "e2", "average_mismatch", "table",
     "41.09万元", "41.90万元", "41.90万元",
     "单处场所平均建设成本: the four settled prices (43.60+39.85+42.17+38.74)/4 = 41.09万元, stated 41.90万元"),
    ("sx-fushan-binancs-2019", "e3", "score_sum_mismatch", "prose",
     "总得分97.93分", "总得分98.93分", "总得分98.93分",
     "row scores 9.35+10+10+5+10+3.75+10+10+10+10+9.83 = 97.93, stated total 98.93 (grade 优秀 unchanged)"),
    ("sx-fushan-binancs-2019", "e4", "year_mismatch", "prose",
     "结转至2020年", "结转至2019年", "结转至2019年",
     "the 2019 balance is said to be carried over into 2019 itself; a carry-over goes to the following year (2020)"),
    ("sx-fushan-binancs-2019", "e5", "completion_mismatch", "table",
     "115.33%", "115.53%", "115.53%",
     "可容纳避难人数: 1.73万人 / ≥1.5万人 = 115.33%, stated 115.53%"),
    ("sx-fushan-binancs-2019", "e6", "implausible_rate", "table",
     "93.51\t92.43\t—", "93.51\t92.43\t100", "92.43\t100",
     "funds table row 预算执行率 (7), column 中央级: the column has no budget (—), yet a rate of 100 is printed (rate on a zero base)"),

    # ---- hn-lixian-wuzichubeiku-2022 (Hunan outline, MOF 自评表 with ｜) ----
    ("hn-lixian-wuzichubeiku-2022", "e1", "sum_mismatch", "prose",
     "货架及信息化系统16.50万元", "货架及信息化系统16.05万元", "16.05万元",
     "spending breakdown 236.80 + 148.26 + 16.05 = 401.11, but the total spent is 401.56 (component should be 16.50)"),
    ("hn-lixian-wuzichubeiku-2022", "e2", "balance_mismatch", "prose",
     "未支付的28.44万元", "未支付的28.14万元", "28.14万元",
     "received 430.00 - spent 401.56 = 28.44万元 unpaid, stated 28.14"),
    ("hn-lixian-wuzichubeiku-2022", "e3", "conflicting_values", "prose",
     "本项目全年预算资金430.00万元", "本项目全年预算资金403.00万元", "403.00万元",
     "the annual budget is 430.00万元 everywhere else (350.00 + 80.00, funds table, 到位 430.00 at 100%); this mention says 403.00"),
    ("hn-lixian-wuzichubeiku-2022", "e4", "unit_mismatch", "table",
     "｜≥3000床｜3000床｜", "｜≥3000床｜100%｜", "≥3000床｜100%",
     "采购棉被: target in 床 (≥3000床), actual written as a percentage (100%)"),
    ("hn-lixian-wuzichubeiku-2022", "e5", "score_exceeds_weight", "table",
     "2022年12月20日｜5｜3｜受疫情影响货架安装延后，今后合理预留工期\n产出指标｜成本指标｜储备库改造单位造价｜≤2000元/平方米｜1879元/平方米｜10｜10",
     "2022年12月20日｜5｜6｜受疫情影响货架安装延后，今后合理预留工期\n产出指标｜成本指标｜储备库改造单位造价｜≤2000元/平方米｜1879元/平方米｜10｜7",
     "2022年12月20日｜5｜6",
     "储备库投入使用时间: score 6 above its weight 5 (the next row's score was lowered 10 -> 7 so that the total still reads 97.34)"),
    ("hn-lixian-wuzichubeiku-2022", "e6", "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 97.34 lies in the 优 band (>= 90), stated 良"),

    # ---- sc-hongya-yingjiwuzi-2023 (Sichuan outline, table flattened one cell per line) ----
    ("sc-hongya-yingjiwuzi-2023", "e1", "rate_mismatch", "prose",
     "执行率94.22%", "执行率92.24%", "执行率92.24%",
     "场所运行维护 sub-item: 51.35/54.50 = 94.22%, stated 92.24%"),
    ("sc-hongya-yingjiwuzi-2023", "e2", "unit_mismatch", "table",
     "\t处\n\t12\n\t8", "\t处\n\t100%\n\t8", "处\n\t100%",
     "维护应急避难场所: 度量单位 处 with target =12, actual written as 100%"),
    ("sc-hongya-yingjiwuzi-2023", "e3", "implausible_rate", "prose",
     "场所周边居民满意度95.3%", "场所周边居民满意度105.3%", "满意度105.3%",
     "a satisfaction rate cannot exceed 100%"),
    ("sc-hongya-yingjiwuzi-2023", "e4", "conflicting_values", "table",
     "\t顶\n\t320\n", "\t顶\n\t302\n", "顶\n\t302",
     "储备救灾帐篷 actual 302顶 in the table, but the text gives a stock of 320顶 (200 + 120)"),
    ("sc-hongya-yingjiwuzi-2023", "e5", "year_mismatch", "prose",
     "截至2023年12月31日", "截至2022年12月31日", "截至2022年12月31日",
     "the 2023 spending (139.95万元) is dated as of 2022-12-31 in a 2023 report"),
    ("sc-hongya-yingjiwuzi-2023", "e6", "weight_sum_mismatch", "table",
     "\t100\n\t6\n\t6\n", "\t100\n\t8\n\t6\n", "100\n\t8\n\t6",
     "过期物资轮换及时率 weight 8: weights now sum to 102 (产出 52), while the 总分 row says 100"),

    # ---- zj-wencheng-yingjiju-bumen-2024 (部门整体 with three project tables) ----
    ("zj-wencheng-yingjiju-bumen-2024", "e1", "average_mismatch", "prose",
     "平均得分96.15分", "平均得分96.51分", "平均得分96.51分",
     "(99.28 + 89.64 + 99.52)/3 = 96.15, stated 96.51"),
    ("zj-wencheng-yingjiju-bumen-2024", "e2", "grade_mismatch", "prose",
     "89.64分，等级为良", "89.64分，等级为优", "89.64分，等级为优",
     "应急物资储备及轮换项目 89.64 lies in the 良 band (80 <= s < 90), stated 优"),
    ("zj-wencheng-yingjiju-bumen-2024", "e3", "score_sum_mismatch", "table",
     "开放达标率｜100%｜100%｜10｜10", "开放达标率｜100%｜100%｜10｜9", "开放达标率｜100%｜100%｜10｜9",
     "防汛防台应急保障项目: row scores now add up to 98.52, the 合计 row says 99.52"),
    ("zj-wencheng-yingjiju-bumen-2024", "e4", "weight_sum_mismatch", "table",
     "结转结余率｜≤5%｜3.08%｜10｜10", "结转结余率｜≤5%｜3.08%｜12｜10", "3.08%｜12",
     "department table: weights now sum to 102, 合计 says 100"),
    ("zj-wencheng-yingjiju-bumen-2024", "e5", "sum_mismatch", "table",
     "基本支出｜702.40", "基本支出｜720.40", "720.40",
     "funds table 年初预算数 column: 720.40 + 584.00 = 1304.40, 合计 says 1286.40"),
    ("zj-wencheng-yingjiju-bumen-2024", "e6", "score_exceeds_weight", "table",
     "物资入库验收合格率｜100%｜100%｜10｜10\n产出｜时效｜应急物资调拨响应时间｜≤6小时｜8小时｜10｜7.50",
     "物资入库验收合格率｜100%｜100%｜10｜12\n产出｜时效｜应急物资调拨响应时间｜≤6小时｜8小时｜10｜5.50",
     "验收合格率｜100%｜100%｜10｜12",
     "物资入库验收合格率: score 12 above its weight 10 (the next row was lowered 7.50 -> 5.50 so the 合计 89.64 still holds)"),

    # ---- hb-yunmeng-binan-2020 (Hubei-style: execution 20 points, 80 points in goal blocks) ----
    ("hb-yunmeng-binan-2020", "e1", "balance_mismatch", "table",
     "｜13.74｜", "｜13.47｜", "198.66｜13.47",
     "received 212.40 - spent 198.66 = 13.74万元, 结余数 stated 13.47"),
    ("hb-yunmeng-binan-2020", "e2", "completion_mismatch", "table",
     "107.50%", "105.70%", "105.70%",
     "场所有效避难面积: 1.72 / 1.6 = 107.50%, stated 105.70%"),
    ("hb-yunmeng-binan-2020", "e3", "unit_mismatch", "prose",
     "按每个35000元的标准", "按每个35000万元的标准", "35000万元",
     "12 storage points x 35000万元 would be 420000万元, the text says 42.00万元: the per-point amount is 35000元 (3.5万元) labelled 万元"),
    ("hb-yunmeng-binan-2020", "e4", "year_mismatch", "prose",
     "本项目2020年度绩效自评得分", "本项目2019年度绩效自评得分", "本项目2019年度",
     "the score of this 2020 evaluation is attributed to 2019"),
    ("hb-yunmeng-binan-2020", "e5", "conflicting_values", "prose",
     "本项目2020年调整后预算220.00万元", "本项目2020年调整后预算202.00万元", "调整后预算202.00万元",
     "the adjusted budget is 220.00万元 in the funds section (260.00 - 40.00) and the table; this mention says 202.00"),
    ("hb-yunmeng-binan-2020", "e6", "rate_mismatch", "table",
     "｜96.55%｜", "｜95.65%｜", "212.40｜95.65%",
     "到位率 212.40/220.00 = 96.55%, stated 95.65%"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, suffix, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src}-{suffix}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{src}-{suffix}: label value not in case: {value!r}")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with errors)")


if __name__ == "__main__":
    main()
