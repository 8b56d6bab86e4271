#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts242 from the clean drafts.

Each edit is one exact old -> new replacement that must match exactly once in the clean draft.
`value` is a short substring of the error case that contains the changed figure.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (source id, error no., code, where, old, new, value, explanation)
EDITS = [
    # ---- lanshan-lvhuayanghu-2022 (Shandong, 园林绿化养护, MOF table) ----
    ("lanshan-lvhuayanghu-2022", 1, "rate_mismatch", "table",
     "1246.38｜—｜96.99%", "1246.38｜—｜96.69%", "96.69%",
     "当年财政拨款 row: 1246.38 / 1285.00 = 96.99%, stated 96.69%"),
    ("lanshan-lvhuayanghu-2022", 2, "sum_mismatch", "table",
     "上年结转资金｜60.00｜", "上年结转资金｜66.00｜", "上年结转资金｜66.00",
     "年初预算数 column: 1200.00 + 66.00 = 1266.00, but 年度资金总额 reads 1260.00"),
    ("lanshan-lvhuayanghu-2022", 3, "score_sum_mismatch", "table",
     "基本建立并运行｜10｜9｜", "基本建立并运行｜10｜8｜", "基本建立并运行｜10｜8",
     "row scores now add up to 97.29, the 总分 row and the conclusion still read 98.29"),
    ("lanshan-lvhuayanghu-2022", 4, "average_mismatch", "prose",
     "平均得分94.2分", "平均得分94.6分", "平均得分94.6分",
     "(95.5 + 93.0 + 94.8 + 92.6 + 95.1) / 5 = 94.2, stated 94.6"),
    ("lanshan-lvhuayanghu-2022", 5, "year_mismatch", "prose",
     "结转至2023年继续使用", "结转至2022年继续使用", "结转至2022年",
     "unspent money of the 2022 budget is carried to 2022 itself; must be a later year (2023)"),
    ("lanshan-lvhuayanghu-2022", 6, "completion_mismatch", "prose",
     "完成率91.67%", "完成率96.17%", "完成率96.17%",
     "补植苗木 1.65万株 / target 1.8万株 = 91.67%, stated 96.17%"),

    # ---- weishan-gushumingmu-2023 (Yunnan, 古树名木保护, funds table + table with 完成率) ----
    ("weishan-gushumingmu-2023", 1, "balance_mismatch", "prose",
     "年末结余8.90万元", "年末结余9.80万元", "9.80万元",
     "到位 55.00 - 支出 46.10 = 8.90万元, stated 9.80万元"),
    ("weishan-gushumingmu-2023", 2, "weight_sum_mismatch", "table",
     "100%｜100%｜100.00%｜5｜5｜", "100%｜100%｜100.00%｜6｜5｜", "100.00%｜6｜5",
     "档案信息完整率 weight 6: weights now total 101 (产出 51) while 合计 reads 100"),
    ("weishan-gushumingmu-2023", 3, "conflicting_values", "prose",
     "对全县1286株古树名木开展日常巡护", "对全县1268株古树名木开展日常巡护", "1268株",
     "the register and the table count 1286 trees under daily patrol; this sentence says 1268"),
    ("weishan-gushumingmu-2023", 4, "unit_mismatch", "table",
     "≥1286株｜1286株｜", "≥1286株｜100%｜", "≥1286株｜100%",
     "target in 株, actual given as a percentage: completion cannot be computed"),
    ("weishan-gushumingmu-2023", 5, "completion_mismatch", "table",
     "21处｜84.00%", "21处｜48.00%", "21处｜48.00%",
     "21 / 25 = 84.00%, stated 48.00% (score 4.20 still follows 84%)"),
    ("weishan-gushumingmu-2023", 6, "rate_mismatch", "table",
     "9.30｜62.00%", "9.30｜60.20%", "9.30｜60.20%",
     "县级配套资金: 9.30 / 15.00 = 62.00%, stated 60.20%"),

    # ---- xindu-lvdao-2021 (Hebei, 城市绿道建设, MOF table incl. 其他资金 row) ----
    ("xindu-lvdao-2021", 1, "sum_mismatch", "table",
     "其中：当年财政拨款｜650.00｜", "其中：当年财政拨款｜560.00｜", "当年财政拨款｜560.00",
     "年初预算数 column: 560.00 + 200.00 + 0.00 = 760.00, 年度资金总额 reads 850.00"),
    ("xindu-lvdao-2021", 2, "score_exceeds_weight", "table",
     "4座｜5｜5｜—\n产出指标｜数量指标｜新增绿化种植面积｜≥8.6万平方米｜8.92万平方米｜10｜10｜",
     "4座｜5｜6｜—\n产出指标｜数量指标｜新增绿化种植面积｜≥8.6万平方米｜8.92万平方米｜10｜9｜",
     "4座｜5｜6",
     "驿站 row scored 6 of 5 (the next row lowered to 9, so the 产出 subtotal and total still read 45.44 / 88.18)"),
    ("xindu-lvdao-2021", 3, "grade_mismatch", "prose",
     "综合得分88.18分，评价等级为良。", "综合得分88.18分，评价等级为优。", "评价等级为优",
     "88.18 lies in the 良 band (80 <= s < 90)"),
    ("xindu-lvdao-2021", 4, "conflicting_values", "prose",
     "全年共建成绿道11.2公里", "全年共建成绿道12.1公里", "12.1公里",
     "built length is 11.2公里 elsewhere (6.8 + 4.4, table actual 11.2公里, 89.60% of 12.5)"),
    ("xindu-lvdao-2021", 5, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100%｜—", "0.00｜—｜100%",
     "执行率 100% on a zero budget (其他资金 0.00): rate on a zero base"),
    ("xindu-lvdao-2021", 6, "year_mismatch", "prose",
     "截至2021年12月31日，项目实际支出", "截至2022年12月31日，项目实际支出", "截至2022年12月31日",
     "2021 report (dated 2022年3月) gives spending as at 2022-12-31; must be the evaluation year"),

    # ---- fancheng-jietouyouyuan-2024 (Hubei, 街头游园改造, prose only) ----
    ("fancheng-jietouyouyuan-2024", 1, "rate_mismatch", "prose",
     "执行率96.50%", "执行率95.60%", "执行率95.60%",
     "463.20 / 480.00 = 96.50%, stated 95.60%"),
    ("fancheng-jietouyouyuan-2024", 2, "sum_mismatch", "prose",
     "市级以奖代补资金80.00万元", "市级以奖代补资金85.00万元", "85.00万元",
     "400.00 + 85.00 = 485.00, but 年初预算 is 480.00万元"),
    ("fancheng-jietouyouyuan-2024", 3, "score_sum_mismatch", "prose",
     "综合得分99.03分", "综合得分99.30分", "综合得分99.30分",
     "9.65 + 49.38 + 30 + 10 = 99.03, stated 99.30"),
    ("fancheng-jietouyouyuan-2024", 4, "weight_sum_mismatch", "prose",
     "三是新增休闲健身设施（分值5分）", "三是新增休闲健身设施（分值6分）", "新增休闲健身设施（分值6分）",
     "产出 weights now 10 + 10 + 6 + 10 + 5 + 10 = 51 against 产出指标50分 (total 101)"),
    ("fancheng-jietouyouyuan-2024", 5, "average_mismatch", "prose",
     "平均每处57.90万元", "平均每处59.70万元", "平均每处59.70万元",
     "the eight amounts add to 463.20, mean 57.90, stated 59.70"),
    ("fancheng-jietouyouyuan-2024", 6, "unit_mismatch", "prose",
     "综合单价144.75元/平方米", "综合单价144.75万元/平方米", "144.75万元/平方米",
     "463.20万元 / 3.20万平方米 = 144.75元 per m2; written in 万元 (off by 10^4), target is 180元/m2"),

    # ---- hezhou-yuanlinchu-2019 (Guangxi, 部门整体, 公园管护) ----
    ("hezhou-yuanlinchu-2019", 1, "balance_mismatch", "prose",
     "全年结余结转72.45万元", "全年结余结转74.25万元", "74.25万元",
     "1898.90 - 1826.45 = 72.45万元 (project rows 774.30 - 701.85 = 72.45), stated 74.25"),
    ("hezhou-yuanlinchu-2019", 2, "score_exceeds_weight", "table",
     "90.25%｜10｜9.50｜部分设施老化，维修项目未全部完成\n产出指标｜质量指标｜病虫害防治及时率｜≥95%｜82%｜5｜4.32",
     "90.25%｜10｜8.50｜部分设施老化，维修项目未全部完成\n产出指标｜质量指标｜病虫害防治及时率｜≥95%｜82%｜5｜5.32",
     "82%｜5｜5.32",
     "病虫害防治及时率 scored 5.32 of 5 (设施完好率 lowered by 1, so the total still reads 89.88)"),
    ("hezhou-yuanlinchu-2019", 3, "grade_mismatch", "prose",
     "自评等级为良好", "自评等级为优秀", "自评等级为优秀",
     "89.88 is below 90: 良 band"),
    ("hezhou-yuanlinchu-2019", 4, "implausible_rate", "prose",
     "实际支出6.92万元，执行率80.47%", "实际支出9.26万元，执行率107.67%", "9.26万元，执行率107.67%",
     "三公经费 9.26 spent of an 8.60 budget: execution rate over 100%"),
    ("hezhou-yuanlinchu-2019", 5, "year_mismatch", "table",
     "2019年度部门整体支出绩效自评表", "2018年度部门整体支出绩效自评表", "2018年度部门整体支出绩效自评表",
     "the attached table claims 2018 while the report evaluates 2019"),
    ("hezhou-yuanlinchu-2019", 6, "conflicting_values", "table",
     "218.6万平方米｜10｜10", "216.8万平方米｜10｜10", "216.8万平方米",
     "the text reports 218.6万平方米 of green space maintained; the table says 216.8"),
]

SOURCES = ["lanshan-lvhuayanghu-2022", "weishan-gushumingmu-2023", "xindu-lvdao-2021",
           "fancheng-jietouyouyuan-2024", "hezhou-yuanlinchu-2019"]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in [e for e in EDITS if e[0] == src]:
            k = clean.count(old)
            if k != 1:
                sys.exit(f"{src}-e{n}: old text matches {k} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src}-e{n}: value {value!r} not in the error case")
            if value in clean:
                sys.exit(f"{src}-e{n}: value {value!r} already occurs in the clean draft")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(labels) - len(SOURCES)} with an error)")


if __name__ == "__main__":
    main()
