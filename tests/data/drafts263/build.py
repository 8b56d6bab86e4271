#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts263 from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean
draft; each error case carries exactly one injected inconsistency.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "yn-ninglang-weigai-2019",
    "sc-shimian-kangzhen-2021",
    "xj-zhaosu-zhujianju-2024",
    "gx-gongcheng-minjuxiushan-2023",
    "hb-yuxian-zijianfang-2022",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- 宁蒗 2019, 农村危房改造 (MOF table + 完成率 table in the body) ---
    ("yn-ninglang-weigai-2019", 1, "rate_mismatch", "table",
     "4805.20｜—｜96.10%", "4805.20｜—｜96.01%",
     "96.01%",
     "当年财政拨款 row: 4805.20 / 5000.00 = 96.10%, the table prints 96.01%"),
    ("yn-ninglang-weigai-2019", 2, "sum_mismatch", "prose",
     "修缮加固补助1,548.00万元", "修缮加固补助1,584.00万元",
     "拆除重建补助3,440.00万元、修缮加固补助1,584.00万元、农房安全鉴定及技术指导费12.00万元",
     "3440.00 + 1584.00 + 12.00 = 5036.00, but the parts are given as the breakdown of 当年财政拨款5,000.00万元 (correct part 1,548.00 = 1290户 × 1.20)"),
    ("yn-ninglang-weigai-2019", 3, "average_mismatch", "prose",
     "95.2%、97.0%、97.3%", "95.2%、97.6%、97.3%",
     "95.2%、97.6%、97.3%，平均96.5%",
     "(95.2 + 97.6 + 97.3) / 3 = 96.70%, stated average 96.5%"),
    ("yn-ninglang-weigai-2019", 4, "completion_mismatch", "table",
     "｜2104户｜97.86%", "｜2104户｜97.68%",
     "2104户｜97.68%",
     "竣工户数 actual 2104 / target 2150 = 97.86%, the body table prints 97.68%"),
    ("yn-ninglang-weigai-2019", 5, "year_mismatch", "prose",
     "结转至2020年", "结转至2019年",
     "结转至2019年",
     "money left at the end of 2019 is carried over into 2019 itself; must be a later year (2020)"),
    ("yn-ninglang-weigai-2019", 6, "score_sum_mismatch", "table",
     "96.5%｜10｜10｜—\n总分", "96.5%｜10｜9.5｜—\n总分",
     "9.5｜—\n总分｜｜｜｜｜100｜99.39",
     "满意度 row lowered to 9.5 without updating the total: 9.60 + 10 + 9.79 + 10×6 + 9.5 = 98.89, stated 99.39 (table and text)"),

    # --- 石棉 2021, 农房抗震改造 (Sichuan table, 10 + 60 + 30, no satisfaction line) ---
    ("sc-shimian-kangzhen-2021", 1, "weight_sum_mismatch", "table",
     "1140｜户｜1140｜15｜15｜", "1140｜户｜1140｜16｜15｜",
     "1140｜16｜15",
     "开工户数 weight typed 16: weights 10 + 16 + 15 + 10×3 + 10×3 = 101, not 100"),
    ("sc-shimian-kangzhen-2021", 2, "implausible_rate", "table",
     "单位资金｜0.00｜0.00｜0.00｜—｜—｜—", "单位资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "单位资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "execution rate 100.00% printed on a zero budget (单位资金 0.00 / 0.00): a rate on a zero base"),
    ("sc-shimian-kangzhen-2021", 3, "unit_mismatch", "table",
     "户｜1086｜15｜14.29", "户｜95.26%｜15｜14.29",
     "户｜95.26%｜15",
     "竣工户数 measured in 户 (target 1140户) but the actual is given as a percentage 95.26%"),
    ("sc-shimian-kangzhen-2021", 4, "conflicting_values", "prose",
     "截至2021年底竣工1,086户", "截至2021年底竣工1,068户",
     "竣工1,068户",
     "completed households 1,068 here, 1,086 elsewhere in the text and 1086 in the 自评表 (and 1140 − 54 在建 = 1086)"),
    ("sc-shimian-kangzhen-2021", 5, "balance_mismatch", "prose",
     "尚未拨付的27.00万元", "尚未拨付的17.00万元",
     "17.00万元",
     "unspent = 1185.00 − 1158.00 = 27.00万元 (all funds received), stated 17.00万元"),
    ("sc-shimian-kangzhen-2021", 6, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "total 99.06 lies in the 优 band (≥ 90), stated 良"),

    # --- 昭苏 2024, 部门整体支出 (住建局; 农村低收入群体住房保障, 抗震改造, 排查整治) ---
    ("xj-zhaosu-zhujianju-2024", 1, "score_exceeds_weight", "table",
     "排查覆盖率｜100%｜100%｜5｜5｜—\n产出指标｜质量指标｜改造农房竣工验收合格率｜100%｜100%｜10｜10｜",
     "排查覆盖率｜100%｜100%｜5｜6｜—\n产出指标｜质量指标｜改造农房竣工验收合格率｜100%｜100%｜10｜9｜",
     "排查覆盖率｜100%｜100%｜5｜6",
     "排查覆盖率 row scored 6 against a weight of 5 (the next row lowered to 9, so the total still reads 99.49)"),
    ("xj-zhaosu-zhujianju-2024", 2, "rate_mismatch", "prose",
     "支出46.34万元，执行率59.03%", "支出46.34万元，执行率59.30%",
     "执行率59.30%",
     "排查整治及鉴定经费 46.34 / 78.50 = 59.03%, stated 59.30%"),
    ("xj-zhaosu-zhujianju-2024", 3, "unit_mismatch", "table",
     "基本支出｜486.20｜512.36｜512.36", "基本支出｜486.20｜512.36｜5123600.00",
     "5123600.00",
     "基本支出 全年执行数 copied in 元 (5123600.00) into a 万元 table: 512.36万元; rescaling by 10^4 restores the 100.00% rate, the total 2904.10 and the text"),
    ("xj-zhaosu-zhujianju-2024", 4, "year_mismatch", "table",
     "（2024年度）", "（2023年度）",
     "（2023年度）",
     "the 自评表 is headed 2023年度 in a report on 2024 (title, budget sentences and figures are 2024)"),
    ("xj-zhaosu-zhujianju-2024", 5, "implausible_rate", "prose",
     "实际支出5.62万元，执行率93.67%", "实际支出6.52万元，执行率108.67%",
     "6.52万元，执行率108.67%",
     "“三公”经费 spent 6.52 of a 6.00 budget: execution rate 108.67% over 100%"),
    ("xj-zhaosu-zhujianju-2024", 6, "conflicting_values", "prose",
     "全年排查农村房屋31,426户", "全年排查农村房屋31,246户",
     "31,246户",
     "rural houses inspected: 31,426户 in section 一, 31,246户 in section 三"),

    # --- 恭城 2023, 传统民居修缮补助 (prose only: funds and indicators in the text) ---
    ("gx-gongcheng-minjuxiushan-2023", 1, "score_sum_mismatch", "prose",
     "综合自评得分98.67分", "综合自评得分98.76分",
     "98.76分",
     "9.42 + 49.25 + 30 + 10 = 98.67, stated 98.76"),
    ("gx-gongcheng-minjuxiushan-2023", 2, "average_mismatch", "prose",
     "平均每村38栋", "平均每村36栋",
     "平均每村36栋",
     "(42 + 40 + 32) / 3 = 38栋, stated 36栋"),
    ("gx-gongcheng-minjuxiushan-2023", 3, "completion_mismatch", "prose",
     "实际完成114栋，完成率95.00%", "实际完成114栋，完成率95.50%",
     "完成率95.50%",
     "114 / 120 = 95.00%, stated 95.50%"),
    ("gx-gongcheng-minjuxiushan-2023", 4, "year_mismatch", "prose",
     "截至2023年12月31日", "截至2022年12月31日",
     "截至2022年12月31日",
     "year-end execution figures of the 2023 project dated 截至2022年12月31日 (before the 2023 funds were even added)"),
    ("gx-gongcheng-minjuxiushan-2023", 5, "balance_mismatch", "prose",
     "年末结余20.80万元", "年末结余20.08万元",
     "20.08万元",
     "all 360.00 received, 339.20 spent: balance 20.80, stated 20.08"),
    ("gx-gongcheng-minjuxiushan-2023", 6, "grade_mismatch", "prose",
     "评价等级为“优秀”", "评价等级为“良好”",
     "评价等级为“良好”",
     "98.67 is in the 优 band (≥ 90), stated 良好"),

    # --- 蔚县 2022, 农村自建房安全专项整治 (Hebei table, whole-point scores) ---
    ("hb-yuxian-zijianfang-2022", 1, "weight_sum_mismatch", "table",
     "｜≥38户｜35户｜10｜9｜", "｜≥38户｜35户｜15｜9｜",
     "35户｜15｜9",
     "D级危房整治户数 weight typed 15: weights 10 + 10 + 10 + 15 + 5 + 5 + 10 + 15 + 15 + 10 = 105"),
    ("hb-yuxian-zijianfang-2022", 2, "score_exceeds_weight", "table",
     "鉴定报告合格率｜100%｜100%｜5｜5｜\n产出指标｜时效指标｜排查信息录入完成时限｜2022年10月31日前｜2022年10月28日｜5｜5｜",
     "鉴定报告合格率｜100%｜100%｜5｜6｜\n产出指标｜时效指标｜排查信息录入完成时限｜2022年10月31日前｜2022年10月28日｜5｜4｜",
     "鉴定报告合格率｜100%｜100%｜5｜6",
     "鉴定报告合格率 scored 6 against a weight of 5 (the 时效 row lowered to 4, so the total still reads 98)"),
    ("hb-yuxian-zijianfang-2022", 3, "sum_mismatch", "table",
     "｜12.00｜5.55", "｜12.00｜5.85",
     "信息录入及业务培训费｜12.00｜5.85\n合计｜186.40｜172.35",
     "支出数 column: 96.80 + 70.00 + 5.85 = 172.65, 合计 reads 172.35"),
    ("hb-yuxian-zijianfang-2022", 4, "rate_mismatch", "table",
     "｜92.46%｜9", "｜94.26%｜9",
     "94.26%",
     "自评表 执行率 (B/A) = 172.35 / 186.40 = 92.46%, printed 94.26%"),
    ("hb-yuxian-zijianfang-2022", 5, "conflicting_values", "prose",
     "安全鉴定1,238栋", "安全鉴定1,283栋",
     "1,283栋",
     "buildings appraised: 1,283栋 in the text, 1238栋 in the 自评表 and 1238份 reports in the same sentence"),
    ("hb-yuxian-zijianfang-2022", 6, "unit_mismatch", "table",
     "｜≤98.40万元｜96.80万元｜", "｜≤98.40万元｜98.37%｜",
     "≤98.40万元｜98.37%",
     "成本指标 target in 万元 (≤98.40万元) but the actual is a percentage (98.37%)"),
]


def main():
    labels = []
    by_source = {}
    for e in EDITS:
        by_source.setdefault(e[0], []).append(e)
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in sorted(by_source[src], key=lambda e: e[1]):
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(EDITS)} error cases) from {len(SOURCES)} clean drafts")


if __name__ == "__main__":
    main()
