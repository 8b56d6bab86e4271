#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts267 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Usage: python3 build.py   (writes cases/<id>-eN.txt and labels.jsonl next to this file)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "hn-dingcheng-choujian-2022",
    "js-jiangyan-adrjiance-2023",
    "gs-weiyuan-kuaijianshi-2024",
    "heb-qingyuan-xiaoyuanshipin-2021",
    "gx-xiangzhou-scjgbumen-2019",
]

# (source, n, where, code, old, new, value, explanation)
EDITS = [
    # --- hn-dingcheng-choujian-2022 (Hunan, 食品安全抽检监测, table with 完成率 column) ---
    ("hn-dingcheng-choujian-2022", 1, "table", "completion_mismatch",
     "1286批次｜107.17%", "1286批次｜117.17%",
     "食品安全监督抽检批次｜≥1200批次｜1286批次｜117.17%",
     "completion of ≥1200批次 with 1286批次 is 1286/1200 = 107.17%, the row states 117.17%"),
    ("hn-dingcheng-choujian-2022", 2, "table", "rate_mismatch",
     "78.41｜—｜98.01%", "78.41｜—｜98.10%",
     "80.00｜78.41｜—｜98.10%",
     "当年财政拨款 execution 78.41 / 80.00 = 98.01%, the row states 98.10% (digits swapped)"),
    ("hn-dingcheng-choujian-2022", 3, "text", "average_mismatch",
     "季度平均321.5批次", "季度平均312.5批次",
     "季度平均312.5批次",
     "quarters 286, 318, 335, 347 average (286+318+335+347)/4 = 321.5, stated 312.5"),
    ("hn-dingcheng-choujian-2022", 4, "table", "implausible_rate",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100%",
     "execution rate 100% printed for 其他资金 whose 全年预算数 is 0.00: a rate on a zero base"),
    ("hn-dingcheng-choujian-2022", 5, "text", "unit_mismatch",
     "委托检验费68.40万元", "委托检验费684000万元",
     "684000万元",
     "委托检验费 written as the 元 figure 684000 with the unit 万元; only 684000元 = 68.40万元 makes 68.40 + 9.62 + 5.60 = 83.62"),
    ("hn-dingcheng-choujian-2022", 6, "table", "year_mismatch",
     "项目支出绩效自评表\n（2022年度）", "项目支出绩效自评表\n（2021年度）",
     "（2021年度）",
     "the attached 自评表 is headed 2021年度 in the 2022 report (title, budget and figures are 2022)"),

    # --- js-jiangyan-adrjiance-2023 (Jiangsu, 药品不良反应监测) ---
    ("js-jiangyan-adrjiance-2023", 1, "text", "sum_mismatch",
     "培训及宣传9.50万元", "培训及宣传9.80万元",
     "全年预算42.00万元，其中：监测哨点补助18.00万元、培训及宣传9.80万元、信息系统运维及升级8.20万元、重点品种监测评价6.30万元",
     "parts 18.00 + 9.80 + 8.20 + 6.30 = 42.30, stated total 42.00 (the 培训及宣传 part should be 9.50)"),
    ("js-jiangyan-adrjiance-2023", 2, "text", "balance_mismatch",
     "年末未支出资金5.80万元", "年末未支出资金5.08万元",
     "5.08万元",
     "全年预算 42.00 − 执行 36.20 = 5.80万元 unspent, stated 5.08"),
    ("js-jiangyan-adrjiance-2023", 3, "table", "score_exceeds_weight",
     "33.56%｜10｜10｜—\n产出指标｜时效指标｜严重报告15日内上报率｜100%｜100%｜5｜5｜—",
     "33.56%｜10｜9｜—\n产出指标｜时效指标｜严重报告15日内上报率｜100%｜100%｜5｜6｜—",
     "严重报告15日内上报率｜100%｜100%｜5｜6",
     "score 6 above the weight 5 (the row above was lowered 10 → 9, so the total still reads 93.63)"),
    ("js-jiangyan-adrjiance-2023", 4, "table", "weight_sum_mismatch",
     "86.67%｜10｜9.63", "86.67%｜12｜9.63",
     "基层医疗机构报告覆盖率｜≥90%｜86.67%｜12",
     "weight 12 instead of 10: the weights now total 102 (效益 32), not 100"),
    ("js-jiangyan-adrjiance-2023", 5, "table", "unit_mismatch",
     "风险信号处置率｜100%｜100%", "风险信号处置率｜100%｜14条",
     "风险信号处置率｜100%｜14条",
     "target is a percentage, the actual is a count (14条 signals): completion cannot be computed"),
    ("js-jiangyan-adrjiance-2023", 6, "text", "year_mismatch",
     "截至2023年12月31日", "截至2022年12月31日",
     "截至2022年12月31日，项目全年执行36.20万元",
     "the 2023 execution figure is dated 截至2022年12月31日 (evaluation year 2023)"),

    # --- gs-weiyuan-kuaijianshi-2024 (Gansu, 农贸市场快检室, prose only) ---
    ("gs-weiyuan-kuaijianshi-2024", 1, "text", "score_sum_mismatch",
     "自评总得分89.53分", "自评总得分89.35分",
     "自评总得分89.35分",
     "6.80 + 46.90 + 26.94 + 8.89 = 89.53, stated total 89.35"),
    ("gs-weiyuan-kuaijianshi-2024", 2, "text", "grade_mismatch",
     "评价等级为良好", "评价等级为优秀",
     "评价等级为优秀",
     "total 89.53 lies in the 80–90 band (良), not 优"),
    ("gs-weiyuan-kuaijianshi-2024", 3, "text", "average_mismatch",
     "平均每室3168批次", "平均每室3186批次",
     "平均每室3186批次",
     "the eight rooms' counts sum to 25344, mean 25344/8 = 3168, stated 3186"),
    ("gs-weiyuan-kuaijianshi-2024", 4, "text", "conflicting_values",
     "全年累计完成快检25344批次", "全年累计完成快检25434批次",
     "25434批次",
     "overview gives 25434批次, the indicator paragraph and the room list give 25344批次"),
    ("gs-weiyuan-kuaijianshi-2024", 5, "text", "weight_sum_mismatch",
     "1.数量指标（20分）", "1.数量指标（25分）",
     "数量指标（25分）",
     "产出 sub-weights 25 + 10 + 10 + 10 = 55 ≠ 产出指标 50 (all weights 105)"),
    ("gs-weiyuan-kuaijianshi-2024", 6, "text", "completion_mismatch",
     "完成率84.48%", "完成率88.48%",
     "实际完成25344批次，完成率88.48%",
     "25344 / 30000 = 84.48%, stated 88.48%"),

    # --- heb-qingyuan-xiaoyuanshipin-2021 (Hebei, 校园食品安全, whole-point scores) ---
    ("heb-qingyuan-xiaoyuanshipin-2021", 1, "table", "implausible_rate",
     "抽检合格率｜≥98%｜99.17%", "抽检合格率｜≥98%｜101.19%",
     "抽检合格率｜≥98%｜101.19%",
     "a pass rate of 101.19% is impossible (the clerk typed the completion 99.17/98 into 实际完成值)"),
    ("heb-qingyuan-xiaoyuanshipin-2021", 2, "table", "score_sum_mismatch",
     "87.4%｜10｜9｜推行互联网+明厨亮灶", "87.4%｜10｜8｜推行互联网+明厨亮灶",
     "87.4%｜10｜8｜推行互联网+明厨亮灶\n总分｜｜｜｜｜100｜90",
     "row scores now add to 9 + 47 + 25 + 8 = 89, the 总分 row (and the text) say 90"),
    ("heb-qingyuan-xiaoyuanshipin-2021", 3, "table", "score_exceeds_weight",
     "84所｜10｜10｜—\n产出指标｜数量指标｜从业人员健康体检及培训人数｜≥1300人｜1200人｜10｜9｜",
     "84所｜10｜11｜—\n产出指标｜数量指标｜从业人员健康体检及培训人数｜≥1300人｜1200人｜10｜8｜",
     "≥84所｜84所｜10｜11",
     "score 11 above the weight 10 (the next row was lowered 9 → 8, so the total still reads 90)"),
    ("heb-qingyuan-xiaoyuanshipin-2021", 4, "table", "sum_mismatch",
     "冉庄学区｜14｜56｜19", "冉庄学区｜14｜56｜17",
     "冉庄学区｜14｜56｜17",
     "发现问题 column 23 + 15 + 17 + 16 + 20 + 12 = 103, 合计 row states 105"),
    ("heb-qingyuan-xiaoyuanshipin-2021", 5, "text", "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "a total of 90 is 优 (90 inclusive), not 良"),
    ("heb-qingyuan-xiaoyuanshipin-2021", 6, "text", "conflicting_values",
     "抽检食堂食品及原料480批次", "抽检食堂食品及原料408批次",
     "408批次",
     "the text gives 408批次 sampled, the table (goal row and 实际完成值) gives 480批次, which also matches 24.96万元 at 520元 per batch"),

    # --- gx-xiangzhou-scjgbumen-2019 (Guangxi, 部门整体支出, 明厨亮灶) ---
    ("gx-xiangzhou-scjgbumen-2019", 1, "text", "balance_mismatch",
     "年末结余54.68万元", "年末结余45.68万元",
     "45.68万元",
     "全年预算 1486.30 − 支出 1431.62 = 54.68万元, stated 45.68"),
    ("gx-xiangzhou-scjgbumen-2019", 2, "table", "conflicting_values",
     "≥300家｜320家", "≥300家｜302家",
     "“明厨亮灶”改造餐饮单位数｜≥300家｜302家",
     "indicator row gives 302家, the text (56 + 264 = 320家, 3800元 each = 121.60万元) and the goal row give 320家"),
    ("gx-xiangzhou-scjgbumen-2019", 3, "table", "rate_mismatch",
     "403.16｜—｜91.61%", "403.16｜—｜91.16%",
     "440.10｜403.16｜—｜91.16%",
     "项目支出 execution 403.16 / 440.10 = 91.61%, row states 91.16%"),
    ("gx-xiangzhou-scjgbumen-2019", 4, "table", "average_mismatch",
     "平均得分｜｜｜｜91.88｜—", "平均得分｜｜｜｜91.38｜—",
     "平均得分｜｜｜｜91.38",
     "(92.5 + 96 + 85 + 94) / 4 = 91.875 → 91.88, stated 91.38"),
    ("gx-xiangzhou-scjgbumen-2019", 5, "text", "sum_mismatch",
     "公用经费116.08万元", "公用经费116.80万元",
     "基本支出1028.46万元，包括人员经费912.38万元、公用经费116.80万元",
     "912.38 + 116.80 = 1029.18 ≠ 基本支出 1028.46 (公用经费 should be 116.08)"),
    ("gx-xiangzhou-scjgbumen-2019", 6, "text", "rate_mismatch",
     "执行率95.00%", "执行率92.50%",
     "实际拨付121.60万元，执行率92.50%",
     "121.60 / 128.00 = 95.00%, stated 92.50% (the project's score 92.5 typed as its rate)"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_path = os.path.join(CASES, f"{src}-clean.txt")
        with open(clean_path, encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, where, code, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases from {len(SOURCES)} clean drafts")


if __name__ == "__main__":
    main()
