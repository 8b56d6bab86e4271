#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one replacement applied (old -> new, old must occur
exactly once in the clean draft). `value` is the exact substring of the error case that carries the
slip; `figure` is the substring of the clean draft that holds the original figure (it must occur once
in the clean draft, or at least twice for conflicting_values, where the figure is restated on purpose).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

A = "ln-xiuyan-taizhanyunwei-2018"
B = "fj-quanzhou-fangzhenkepu-2019"
C = "nx-haiyuan-dizhenju-2021"
D = "sc-jiuzhaigou-taiwangyunwei-2023"
E = "js-suqian-yujingkepu-2024"
SOURCES = [A, B, C, D, E]

# (source, n, code, where, old, new, value, figure, explanation)
EDITS = [
    # ---------------- A: 岫岩 2018, space-aligned table, funds in prose ----------------
    (A, 1, "rate_mismatch", "table",
     "100%        96.15%", "100%        96.51%",
     "96.51%", "96.15%",
     "table row 预算执行率: 38.46 / 40.00 = 96.15%, stated 96.51% (the score 9.62 still follows from the amounts)"),
    (A, 2, "balance_mismatch", "prose",
     "结余1.54万元", "结余1.45万元",
     "结余1.45万元", "1.54万元",
     "到位 40.00 − 支出 38.46 = 1.54万元, stated 1.45万元"),
    (A, 3, "unit_mismatch", "prose",
     "月租8000元", "月租8000万元",
     "月租8000万元", "8000元",
     "monthly rent 8000元 written as 8000万元: 8000万元 × 12 ≠ 9.60万元, reconciled exactly by 10^4 (0.8万元 × 12 = 9.60)"),
    (A, 4, "average_mismatch", "prose",
     "季均15次", "季均16次",
     "季均16次", "季均15次",
     "(13 + 17 + 14 + 16) / 4 = 15, stated 16"),
    (A, 5, "score_exceeds_weight", "table",
     "1.5分钟      10   10\n                为震情跟踪提供数据支撑   有效支撑      达成年度指标    10   9\n",
     "1.5分钟      10   10.5\n                为震情跟踪提供数据支撑   有效支撑      达成年度指标    10   8.5\n",
     "1.5分钟      10   10.5", "1.5分钟      10   10",
     "地震自动速报平均用时: score 10.5 above its weight 10 (the adjacent qualitative row was lowered 9 → 8.5, still in the 达成 band, so the total 98.56 still adds up)"),
    (A, 6, "year_mismatch", "prose",
     "结转至2019年", "结转至2018年",
     "结转至2018年", "结转至2019年",
     "the unspent part of the 2018 budget is carried to 2018 itself; a carry-over goes to a later year (2019)"),

    # ---------------- B: 泉州 2019, ｜ tables with 完成率 ----------------
    (B, 1, "completion_mismatch", "table",
     "｜326场｜108.67%｜", "｜326场｜106.87%｜",
     "326场｜106.87%", "108.67%",
     "326 / 300 = 108.67%, stated 106.87%"),
    (B, 2, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "0.00｜0.00｜—｜100.00%", "其他资金｜0.00｜0.00｜0.00｜—｜—",
     "其他资金 budget 0.00: an execution rate of 100.00% on a zero base"),
    (B, 3, "sum_mismatch", "prose",
     "科普讲座及培训5.50万元", "科普讲座及培训5.05万元",
     "全年预算60.00万元，由当年市级财政拨款52.00万元和2018年结转的科普展品更新资金8.00万元组成，年初预算与全年预算一致，"
     "年内未作调整。按用途划分：科普宣传品制作18.60万元、应急疏散演练组织14.40万元、科普教育基地运行维护12.00万元、"
     "防灾减灾日及科技活动周宣传9.50万元、科普讲座及培训5.05万元", "5.50万元",
     "18.60 + 14.40 + 12.00 + 9.50 + 5.05 = 59.55, stated total 60.00"),
    (B, 4, "weight_sum_mismatch", "table",
     "机制健全｜达成年度指标｜—｜10｜9｜", "机制健全｜达成年度指标｜—｜11｜9｜",
     "达成年度指标｜—｜11｜9｜\n满意度指标｜服务对象满意度指标｜社会公众满意度｜≥90%｜94.20%｜104.67%｜10｜10｜\n总分｜｜｜｜｜｜100",
     "达成年度指标｜—｜10｜9",
     "weights now total 101 (执行10 + 产出50 + 效益31 + 满意度10) against 总分 100: 科普阵地长效运行 weight 11 instead of 10"),
    (B, 5, "conflicting_values", "prose",
     "全年开放262天", "全年开放226天",
     "全年开放226天", "262天",
     "科普教育基地开放天数 is 262天 in the 自评表 (completion 104.80%), 226天 in the text"),
    (B, 6, "grade_mismatch", "table",
     "评价等级：优", "评价等级：良",
     "评价等级：良", "评价等级：优",
     "total 96.95 is in the 优 band (≥ 90)"),

    # ---------------- C: 海原 2021 部门整体, tab tables ----------------
    (C, 1, "sum_mismatch", "prose",
     "应急演练及物资储备19.50万元", "应急演练及物资储备19.05万元",
     "其中项目支出97.00万元。项目支出由四部分构成：地震监测台网运维46.00万元、防震减灾科普宣传16.50万元、"
     "应急演练及物资储备19.05万元、台站改造15.00万元", "19.50万元",
     "46.00 + 16.50 + 19.05 + 15.00 = 96.55, stated 项目支出 97.00"),
    (C, 2, "score_sum_mismatch", "table",
     "部分达成年度指标\t10\t6\t", "部分达成年度指标\t10\t7\t",
     "部分达成年度指标\t10\t7\t前兆观测手段偏少\n满意度指标\t服务对象满意度指标\t社会公众满意度\t≥90%\t86.40%\t10\t9.6\t"
     "宣传形式单一\n预算执行\t预算执行率\t\t100%\t97.08%\t10\t9.71\t\n合计\t\t\t\t\t100\t89.60",
     "部分达成年度指标\t10\t6",
     "row scores now add up to 90.60 (qualitative row 6 → 7, still in the 部分达成 band), stated total 89.60"),
    (C, 3, "rate_mismatch", "prose",
     "执行率92.95%", "执行率92.59%",
     "执行率92.59%", "92.95%",
     "项目支出 90.16 / 97.00 = 92.95%, stated 92.59%"),
    (C, 4, "weight_sum_mismatch", "table",
     "部分达成年度指标\t10\t6\t", "部分达成年度指标\t9\t6\t",
     "部分达成年度指标\t9\t6\t前兆观测手段偏少\n满意度指标\t服务对象满意度指标\t社会公众满意度\t≥90%\t86.40%\t10\t9.6\t"
     "宣传形式单一\n预算执行\t预算执行率\t\t100%\t97.08%\t10\t9.71\t\n合计\t\t\t\t\t100",
     "部分达成年度指标\t10\t6",
     "weights now total 99 against 合计 100, and the 效益 rows 29 against the 30 points stated in the text (县域地震监测能力 weight 9 instead of 10)"),
    (C, 5, "year_mismatch", "prose",
     "截至2021年12月31日", "截至2020年12月31日",
     "截至2020年12月31日", "截至2021年12月31日",
     "execution of the 2021 budget reported as of 2020-12-31 in a 2021 report"),
    (C, 6, "balance_mismatch", "table",
     "275.12\t8.28\t97.08%", "275.12\t8.82\t97.08%",
     "275.12\t8.82", "8.28",
     "到位 283.40 − 执行 275.12 = 8.28, stated 8.82"),

    # ---------------- D: 九寨沟 2023, Sichuan table (指标性质/度量单位) ----------------
    (D, 1, "unit_mismatch", "table",
     "测震台运维数量｜=｜4｜个｜4｜8｜8｜", "测震台运维数量｜=｜4｜个｜100%｜8｜8｜",
     "个｜100%", "测震台运维数量｜=｜4｜个｜4",
     "target 4个, actual given as 100%: completion cannot be computed"),
    (D, 2, "score_exceeds_weight", "table",
     "万人次｜2.86｜10｜10｜\n效益指标｜可持续影响指标｜台网稳定运行能力｜定性｜持续保持｜—｜达成年度指标｜10｜9｜",
     "万人次｜2.86｜10｜11｜\n效益指标｜可持续影响指标｜台网稳定运行能力｜定性｜持续保持｜—｜达成年度指标｜10｜8｜",
     "2.86｜10｜11", "2.86｜10｜10",
     "演练参与人数: score 11 above its weight 10 (the next qualitative row was lowered 9 → 8, still in the 达成 band, so the total 96.94 still adds up)"),
    (D, 3, "completion_mismatch", "prose",
     "为年度指标的114.40%", "为年度指标的141.40%",
     "为年度指标的141.40%", "114.40%",
     "2.86 / 2.5 = 114.40%, stated 141.40%"),
    (D, 4, "sum_mismatch", "table",
     "财政资金｜52.00｜58.50｜55.84｜", "财政资金｜52.00｜58.50｜55.48｜",
     "57.84｜10｜95.60%｜9.56\n其中：财政资金｜52.00｜58.50｜55.48", "55.84",
     "全年执行数: 财政资金 55.48 + 单位资金 2.00 = 57.48, stated 年度资金总额 57.84"),
    (D, 5, "year_mismatch", "prose",
     "2023年年初，县财政局批复", "2022年年初，县财政局批复",
     "2022年年初", "2023年年初",
     "the budget approval of this 2023 report dated 2022"),
    (D, 6, "score_sum_mismatch", "prose",
     "本项目得分96.94分", "本项目得分95.94分",
     "本项目得分95.94分", "96.94分",
     "9.56 + 58.38 + 29 = 96.94, stated 95.94"),

    # ---------------- E: 宿迁 2024, flattened funds table + space-aligned indicator table ----------------
    (E, 1, "completion_mismatch", "table",
     "99.60%              100.10%", "99.60%              101.00%",
     "101.00%", "100.10%",
     "99.60 / 99.5 = 100.10%, stated 101.00%"),
    (E, 2, "implausible_rate", "table",
     "(7)=(4)/(2)\n\t94.82\n\t95.40\n\t0\n", "(7)=(4)/(2)\n\t94.82\n\t95.40\n\t100\n",
     "95.40\n\t100", "(7)=(4)/(2)\n\t94.82\n\t95.40\n\t0",
     "中央级 column has no budget (zero base), yet its 预算执行率 reads 100"),
    (E, 3, "conflicting_values", "prose",
     "接待参观群众3.84万人次", "接待参观群众3.48万人次",
     "接待参观群众3.48万人次", "3.84万人次",
     "科普馆接待人数 is 3.84万人次 in the 自评表 (completion 96.00%, score 14.4), 3.48万人次 in the text"),
    (E, 4, "average_mismatch", "prose",
     "平均每个县区28场", "平均每个县区26场",
     "平均每个县区26场", "28场",
     "(38 + 26 + 29 + 22 + 25) / 5 = 28, stated 26"),
    (E, 5, "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好",
     "评价等级为良好", "评价等级为优秀",
     "total 97.88 is in the 优 band (≥ 90)"),
    (E, 6, "unit_mismatch", "table",
     "≤48小时             40小时", "≤48小时             40%",
     "≤48小时             40%", "≤48小时             40小时",
     "target ≤48小时, actual given as 40%: completion cannot be computed"),
]


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as f:
        return f.read()


def write(name, text):
    with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
        f.write(text)


def main():
    labels = []
    for src in SOURCES:
        clean = read(f"{src}-clean.txt")
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e[0] == src), key=lambda e: e[1])
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], src
        for (_, n, code, where, old, new, value, figure, expl) in edits:
            assert clean.count(old) == 1, (src, n, "old must occur exactly once", old)
            err = clean.replace(old, new)
            assert err.count(value) >= 1, (src, n, "value not in error case", value)
            name = f"{src}-e{n}.txt"
            write(name, err)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
