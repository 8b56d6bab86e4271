#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts.

The clean drafts cases/<id>-clean.txt are the source of truth (written by hand).
Each entry of EDITS turns one clean draft into one error case: every (old, new)
pair is a replacement of a substring that occurs exactly once in the draft.
`value` is either a literal substring of the error case, or a (start, end)
pair of anchors: the value then runs from the first occurrence of `start`
to the end of the first occurrence of `end` after it (used for sums, where
the value spans from the changed part to the total or the other way round).

Pure Python 3, no third-party packages.  Usage: python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "zhengyang-wheatspray-2022",
    "pingyuan-deadanimal-2020",
    "xianxian-groundwater-2019",
    "lixin-ditchdredge-2023",
    "suining-soiltest-2018",
    "wanrong-agriquality-2024",
]

T = "\t"

EDITS = [
    # ---------------- 正阳县 小麦“一喷三防” 2022 (Henan) ----------------
    dict(id="zhengyang-wheatspray-2022", n=1, code="sum_mismatch", kind="single",
         changes=[("飞防作业服务费89.34万元", "飞防作业服务费98.34万元")],
         value="全年支出357.36万元，预算执行率99.27%，其中药剂采购支出268.02万元、飞防作业服务费98.34万元",
         explanation="268.02 + 98.34 = 366.36, stated total 357.36 (the 作业服务费 89.34 = 59.56万亩 × 1.5元 retyped as 98.34)"),
    dict(id="zhengyang-wheatspray-2022", n=2, code="rate_mismatch", kind="single",
         changes=[("陡沟镇\t8.50\t8.31\t51.00\t49.86\t97.76%", "陡沟镇\t8.50\t8.31\t51.00\t49.86\t97.67%")],
         value="陡沟镇\t8.50\t8.31\t51.00\t49.86\t97.67%",
         explanation="town sub-project 陡沟镇: 49.86 / 51.00 = 97.76%, stated 97.67% (digits swapped)"),
    dict(id="zhengyang-wheatspray-2022", n=3, code="unit_mismatch", kind="single",
         changes=[("年末结余2.64万元", "年末结余26400万元")],
         value="26400万元",
         explanation="balance 360.00 − 357.36 = 2.64万元 = 26400元; the 元 figure is labelled 万元 (off by 10^4)"),
    dict(id="zhengyang-wheatspray-2022", n=4, code="year_mismatch", kind="single",
         changes=[("截至2022年12月31日", "截至2021年12月31日")],
         value="截至2021年12月31日",
         explanation="2022 report: the funds-received date must be in 2022 (last year's date left in; the 2021年12月 advance is a separate, legitimate batch)"),
    dict(id="zhengyang-wheatspray-2022", n=5, code="completion_mismatch", kind="single",
         changes=[("实际完成59.56万亩，完成率99.27%", "实际完成59.56万亩，完成率99.72%")],
         value="完成率99.72%",
         explanation="作业面积 59.56 / 60 = 99.27%, stated 99.72%"),

    # ---------------- 平原县 病死畜禽无害化处理 2020 (Shandong) ----------------
    dict(id="pingyuan-deadanimal-2020", n=1, code="balance_mismatch", kind="single",
         changes=[("年末结余9.12万元", "年末结余9.21万元")],
         value="9.21万元",
         explanation="280.00 (到位) − 270.88 (执行) = 9.12, stated 9.21"),
    dict(id="pingyuan-deadanimal-2020", n=2, code="average_mismatch", kind="single",
         changes=[("季度平均处理8465头", "季度平均处理8645头")],
         value="8645头",
         explanation="(9420 + 7865 + 6318 + 10257) / 4 = 8465, stated 8645"),
    dict(id="pingyuan-deadanimal-2020", n=3, code="score_exceeds_weight", kind="pair",
         changes=[("处理厂日处理能力\t≥50吨\t58吨\t5\t5\t处理厂新增化制设备1套\n"
                   "\t\t时效指标\t补助资金季度兑付及时率\t≥95%\t91.2%\t5\t4.8\t",
                   "处理厂日处理能力\t≥50吨\t58吨\t5\t5.8\t处理厂新增化制设备1套\n"
                   "\t\t时效指标\t补助资金季度兑付及时率\t≥95%\t91.2%\t5\t4\t")],
         value="处理厂日处理能力\t≥50吨\t58吨\t5\t5.8",
         explanation="score 5.8 (= 5 × 58/50, not capped) above the weight 5; the next row was lowered to 4 so the total still reads 91.68"),
    dict(id="pingyuan-deadanimal-2020", n=4, code="grade_mismatch", kind="single",
         changes=[("自评总得分91.68分，等级为“优”", "自评总得分91.68分，等级为“良好”")],
         value="等级为“良好”",
         explanation="91.68 is in the 优 band (≥ 90); last year's grade 良好 carried over"),

    # ---------------- 献县 地下水超采综合治理 2019 (Hebei) ----------------
    dict(id="xianxian-groundwater-2019", n=1, code="weight_sum_mismatch", kind="single",
         changes=[("受益群众满意度\t≥90%\t95.2%\t10\t10\t", "受益群众满意度\t≥90%\t95.2%\t15\t10\t")],
         value=("受益群众满意度\t≥90%\t95.2%\t15", "总分\t\t\t\t\t\t100"),
         explanation="分值 10 + 50 + 30 + 15 = 105 while 总分 reads 100 (satisfaction weight 15 copied from another template)"),
    dict(id="xianxian-groundwater-2019", n=2, code="conflicting_values", kind="single",
         changes=[("关停封填农业灌溉机井126眼，每眼补助1.2万元", "关停封填农业灌溉机井162眼，每眼补助1.2万元")],
         value="162眼",
         explanation="the same closed wells are 126眼 in the table, goals and indicator text (151.20万元 = 126 × 1.2); 162 in the overview"),
    dict(id="xianxian-groundwater-2019", n=3, code="implausible_rate", kind="single",
         changes=[("\t其他资金\t0.00\t0.00\t0.00\t—\t—\t—", "\t其他资金\t0.00\t0.00\t0.00\t—\t100%\t—")],
         value="其他资金\t0.00\t0.00\t0.00\t—\t100%",
         explanation="execution rate 100% printed on a zero budget (其他资金 0.00)"),
    dict(id="xianxian-groundwater-2019", n=4, code="score_sum_mismatch", kind="single",
         changes=[("年压采地下水量\t≥480万立方米\t468万立方米\t10\t9.75\t", "年压采地下水量\t≥480万立方米\t468万立方米\t10\t9.57\t")],
         value=("年压采地下水量\t≥480万立方米\t468万立方米\t10\t9.57", "总分\t\t\t\t\t\t100\t99.47"),
         explanation="row scores now add to 99.29 (9.75 retyped as 9.57) but 总分 still reads 99.47"),

    # ---------------- 利辛县 农村大沟疏浚 2023 (Anhui) ----------------
    dict(id="lixin-ditchdredge-2023", n=1, code="sum_mismatch", kind="single",
         changes=[("\t其中：当年财政拨款\t150.00\t470.00", "\t其中：当年财政拨款\t105.00\t470.00")],
         value=("年度资金总额\t195.60", "其中：当年财政拨款\t105.00"),
         explanation="年初预算 column: 105.00 + 45.60 + 0 = 150.60 ≠ 195.60 (150.00 retyped as 105.00)"),
    dict(id="lixin-ditchdredge-2023", n=2, code="year_mismatch", kind="single",
         changes=[("质量保证金结转至2024年", "质量保证金结转至2023年")],
         value="结转至2023年",
         explanation="money left from the 2023 budget is carried to 2024, not to 2023 itself"),
    dict(id="lixin-ditchdredge-2023", n=3, code="completion_mismatch", kind="single",
         changes=[("实际2.85万亩，完成率95.00%", "实际2.85万亩，完成率105.26%")],
         value="完成率105.26%",
         explanation="恢复灌溉面积 2.85 / 3 = 95.00%; 105.26% is the inverted ratio 3 / 2.85"),
    dict(id="lixin-ditchdredge-2023", n=4, code="balance_mismatch", kind="single",
         changes=[("年末结余21.32万元", "年末结余66.92万元")],
         value="66.92万元",
         explanation="515.60 − 494.28 = 21.32; 66.92 = 515.60 − 448.68 subtracts only the current-year spending (the carried-over 45.60 was spent)"),
    dict(id="lixin-ditchdredge-2023", n=5, code="average_mismatch", kind="single",
         changes=[("平均每条长10.92公里", "平均每条长13.10公里")],
         value="13.10公里",
         explanation="(12.4 + 9.8 + 11.2 + 8.6 + 13.5 + 10.0) / 6 = 10.92; 13.10 divides by 5"),

    # ---------------- 睢宁县 测土配方施肥 2018 (Jiangsu) ----------------
    dict(id="suining-soiltest-2018", n=1, code="rate_mismatch", kind="single",
         changes=[("全年支出76.95万元，预算执行率85.50%", "全年支出76.95万元，预算执行率96.19%")],
         value="预算执行率96.19%",
         explanation="76.95 / 90.00 = 85.50%; 96.19% = 76.95 / 80.00 (wrong base: central + provincial only)"),
    dict(id="suining-soiltest-2018", n=2, code="unit_mismatch", kind="single",
         changes=[("\t采集化验土样\t≥2000个\t2050个\t", "\t采集化验土样\t≥2000个\t102.5%\t")],
         value="采集化验土样\t≥2000个\t102.5%",
         explanation="target in 个, actual written as a completion percentage"),
    dict(id="suining-soiltest-2018", n=3, code="score_sum_mismatch", kind="single",
         changes=[("效益指标：分值30分，得24.36分", "效益指标：分值30分，得24.63分")],
         value=("效益指标：分值30分，得24.63分", "合计得分89.05分"),
         explanation="8.55 + 46.67 + 24.63 + 9.47 = 89.32, stated 合计 89.05 (one score retyped, total left)"),
    dict(id="suining-soiltest-2018", n=4, code="grade_mismatch", kind="single",
         changes=[("评价等级为“良”", "评价等级为“优”")],
         value="评价等级为“优”",
         explanation="89.05 < 90 is in the 良 band"),

    # ---------------- 万荣县 农产品质量安全监测 2024 (Shanxi) ----------------
    dict(id="wanrong-agriquality-2024", n=1, code="weight_sum_mismatch", kind="single",
         changes=[("数量指标20分、质量指标15分", "数量指标20分、质量指标20分")],
         value="产出指标（50分）：数量指标20分、质量指标20分",
         explanation="second-level weights 20 + 20 + 5 + 10 = 55 ≠ 产出 50 (table: 质量 10 + 5 = 15)"),
    dict(id="wanrong-agriquality-2024", n=2, code="conflicting_values", kind="single",
         changes=[("全年完成定量检测336批次、", "全年完成定量检测318批次、")],
         value="全年完成定量检测318批次",
         explanation="2024 quantitative tests are 336批次 in the table and section 三; 318 is the 2023 figure left in the overview"),
    dict(id="wanrong-agriquality-2024", n=3, code="implausible_rate", kind="single",
         changes=[("仪器设备维护实际支出2.86万元，执行率95.33%", "仪器设备维护实际支出3.16万元，执行率105.33%")],
         value="3.16万元，执行率105.33%",
         explanation="sub-item spent 3.16 of a 3.00 budget: execution rate 105.33% over 100%"),
    dict(id="wanrong-agriquality-2024", n=4, code="score_exceeds_weight", kind="pair",
         changes=[("\t定量检测批次\t≥300批次\t336批次\t10\t10\t\n\t\t\t快速检测批次\t≥4800批次\t5126批次\t10\t10\t",
                   "\t定量检测批次\t≥300批次\t336批次\t10\t11.2\t\n\t\t\t快速检测批次\t≥4800批次\t5126批次\t10\t8.8\t")],
         value="定量检测批次\t≥300批次\t336批次\t10\t11.2",
         explanation="score 11.2 (= 10 × 336/300, not capped) above the weight 10; the next row lowered to 8.8 so the total still reads 98.65"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    start, end = value
    s = text.find(start)
    if s < 0:
        raise ValueError(f"anchor not found: {start!r}")
    e = text.find(end, s)
    if e < 0:
        raise ValueError(f"end anchor not found: {end!r}")
    return text[s:e + len(end)]


def apply(text, changes):
    for old, new in changes:
        if text.count(old) != 1:
            raise ValueError(f"edit target must occur exactly once, found {text.count(old)}: {old!r}")
        text = text.replace(old, new)
    return text


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for ed in sorted((e for e in EDITS if e["id"] == pid), key=lambda e: e["n"]):
            text = apply(clean, ed["changes"])
            name = f"{pid}-e{ed['n']}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            value = resolve_value(text, ed["value"])
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": ed["code"], "severity": "error",
                                         "value": value, "explanation": ed["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(labels) - len(PROJECTS)} with one error)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
