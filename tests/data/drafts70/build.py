#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of this set from the clean drafts.

Each edit: (project id, error number, code, old, new, value, explanation).
  old   - a substring that occurs exactly once in the clean draft; it is replaced by new.
  value - the label value: either a literal string, or a tuple (start, end) meaning
          "from the first occurrence of start to the end of the first occurrence of end
          after it" in the edited case (used for sum / weight / score-total spans).
Pure Python 3, no third-party packages.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "zaoqiang-ruralbus-2020",
    "binzhou-citybus-2023",
    "xixia-ruralpassenger-2022",
    "pingquan-busfuel-2018",
    "changge-urbanrural-2024",
]

T = "\t"

EDITS = [
    # ---------------- A: 河北 枣强县 2020 农村客运补贴 (tab tables) ----------------
    ("zaoqiang-ruralbus-2020", 1, "rate_mismatch",
     "执行率96.21%", "执行率96.12%", "执行率96.12%",
     "车辆运营补贴 118.92 / 123.60 = 96.21%, stated 96.12% (digits swapped when retyped)"),
    ("zaoqiang-ruralbus-2020", 2, "balance_mismatch",
     "年末结余4.68万元", "年末结余4.86万元", "结余4.86万元",
     "全年预算/到位 153.96 - 支出 149.28 = 4.68 (also 1.80 + 2.88), stated 4.86"),
    ("zaoqiang-ruralbus-2020", 3, "average_mismatch",
     "平均92.4%", "平均94.2%", "平均94.2%",
     "(93.1 + 90.6 + 93.5) / 3 = 92.4, stated 94.2"),
    ("zaoqiang-ruralbus-2020", 4, "year_mismatch",
     "截至2020年12月31日，全县在册", "截至2019年12月31日，全县在册", "截至2019年12月31日",
     "2020 report: the fleet 46/38/57 is the year-end 2020 fleet (16 纯电动 added in 2020); "
     "last year's date left in"),
    ("zaoqiang-ruralbus-2020", 5, "completion_mismatch",
     "312.6万人次" + T + "94.73%", "312.6万人次" + T + "94.37%", "94.37%",
     "年客运量 312.6 / 330 = 94.73%, stated 94.37%"),
    ("zaoqiang-ruralbus-2020", 6, "score_sum_mismatch",
     "97.80%" + T + "10" + T + "9.78", "97.80%" + T + "10" + T + "9.87", ("9.87" + T, "98.95"),
     "row score retyped 9.78 -> 9.87 without touching the total: rows now add to 99.04, total says 98.95"),

    # ---------------- B: 山东 滨州市 2023 城市公交 (markdown pipe tables) ----------------
    ("binzhou-citybus-2023", 1, "sum_mismatch",
     "| 7月 | 224.7 | 33.60 | 197.6 | 26.88 |", "| 7月 | 224.7 | 33.60 | 197.6 | 28.68 |",
     ("28.68 |", "| 336.68"),
     "monthly 优惠乘车补贴 column: with 7月 28.68 the months add to 338.48, 合计 says 336.68"),
    ("binzhou-citybus-2023", 2, "weight_sum_mismatch",
     "| 补贴公交车辆数 | ≥420辆 | 422辆 | 8 | 8 |", "| 补贴公交车辆数 | ≥420辆 | 422辆 | 10 | 8 |",
     ("10 | 8 |", "| 100 |"),
     "weight of 补贴公交车辆数 typed 10 (default) instead of 8: 分值 now add to 102 (产出 52), 合计 says 100"),
    ("binzhou-citybus-2023", 3, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "98.33 is in the 优 band (>= 90)"),
    ("binzhou-citybus-2023", 4, "unit_mismatch",
     "2153400元", "2153400万元", "2153400万元",
     "2022年度清算资金 is 215.34万元 = 2153400元; written with 万元 it is off by 10^4"),
    ("binzhou-citybus-2023", 5, "conflicting_values",
     "公交客运量2,614.8万人次", "公交客运量2,641.8万人次", "2,641.8万人次",
     "2023 客运量 is 2614.8万人次 in the monthly 合计 and in the 自评表; text says 2,641.8"),
    ("binzhou-citybus-2023", 6, "implausible_rate",
     "| 上年结转资金 | 0.00 | 0.00 | 0.00 | 0.00 | — |",
     "| 上年结转资金 | 0.00 | 0.00 | 0.00 | 0.00 | 100.00% |",
     "上年结转资金 | 0.00 | 0.00 | 0.00 | 0.00 | 100.00%",
     "execution rate 100.00% printed on a zero budget (上年结转 0.00)"),

    # ---------------- C: 河南 西峡县 2022 农村客运 (flattened + tab tables) ----------------
    ("xixia-ruralpassenger-2022", 1, "rate_mismatch",
     "占全年预算的52.09%", "占全年预算的55.52%", "55.52%",
     "上半年 82.95 / 全年预算 159.25 = 52.09%; 55.52% is 82.95 over the 年初 149.40 (wrong base)"),
    ("xixia-ruralpassenger-2022", 2, "score_exceeds_weight",
     "0起" + T + "0起" + T + "100.00%" + T + "10" + T + "10\n"
     "效益指标" + T + "可持续影响指标" + T + "清洁能源车辆占比" + T + "≥30%" + T + "30.47%" + T + "101.57%" + T + "10" + T + "10",
     "0起" + T + "0起" + T + "100.00%" + T + "10" + T + "9.84\n"
     "效益指标" + T + "可持续影响指标" + T + "清洁能源车辆占比" + T + "≥30%" + T + "30.47%" + T + "101.57%" + T + "10" + T + "10.16",
     "101.57%" + T + "10" + T + "10.16",
     "清洁能源车辆占比 scored weight x completion = 10.16 above its weight 10 (the row above lowered "
     "to 9.84 so the total still reads 97.54)"),
    ("xixia-ruralpassenger-2022", 3, "completion_mismatch",
     "247.3万人次" + T + "95.12%", "247.3万人次" + T + "91.05%", "91.05%",
     "年客运量 247.3 / 260 = 95.12%; 91.05% is 247.3 over last year's 271.6 (wrong base)"),
    ("xixia-ruralpassenger-2022", 4, "sum_mismatch",
     "第三季度" + T + "29.95", "第三季度" + T + "29.59", ("29.59", "合计" + T + "118.80"),
     "车辆运营补贴 quarters 30.55 + 30.55 + 29.59 + 27.75 = 118.44, 合计 says 118.80 "
     "(row 三季度 also 29.59 + 6.00 != 35.95)"),
    ("xixia-ruralpassenger-2022", 5, "year_mismatch",
     "结转至2023年", "结转至2022年", "结转至2022年",
     "unspent 2022 money is carried to 2022 itself"),
    ("xixia-ruralpassenger-2022", 6, "average_mismatch",
     "季均拨付38.16万元", "季均拨付38.61万元", "38.61万元",
     "(46.40 + 36.55 + 35.95 + 33.75) / 4 = 38.16, stated 38.61"),

    # ---------------- D: 河北 平泉市 2018 城市公交 (space-aligned tables, 元) ----------------
    ("pingquan-busfuel-2018", 1, "balance_mismatch",
     "结余1.58万元", "结余1.85万元", "结余1.85万元",
     "329.76 - 328.18 = 1.58 (15,800元 in the table), stated 1.85"),
    ("pingquan-busfuel-2018", 2, "weight_sum_mismatch",
     "80辆             5        5", "80辆             10       5", ("10       5", "100"),
     "weight of 补贴公交车辆数 left at the template's 10 instead of 5: 分值 add to 105, 合计 says 100"),
    ("pingquan-busfuel-2018", 3, "implausible_rate",
     "回收有效问卷588份，有效回收率98.00%", "回收有效问卷688份，有效回收率114.67%",
     "688份，有效回收率114.67%",
     "688 valid of 600 issued questionnaires: a 回收率 over 100%"),
    ("pingquan-busfuel-2018", 4, "conflicting_values",
     "运营车辆80辆", "运营车辆84辆", "运营车辆84辆",
     "fleet is 80 (48 + 18 + 14, 补贴公交车辆数 80辆); 84 is the end-2017 fleet left in"),
    ("pingquan-busfuel-2018", 5, "unit_mismatch",
     "≥55%                 60.00%", "≥55%                 48辆", "≥55%                 48辆",
     "target is a share (%), actual written as a vehicle count (辆)"),
    ("pingquan-busfuel-2018", 6, "grade_mismatch",
     "评价等级为良好", "评价等级为优秀", "评价等级为优秀",
     "89.92 is in the 良 band (80 <= s < 90); rounding to 90 is not allowed"),

    # ---------------- E: 河南 长葛市 2024 城乡公交 (inner-pipe tables) ----------------
    ("changge-urbanrural-2024", 1, "score_sum_mismatch",
     "| 8 | 7.80 |", "| 8 | 7.08 |", ("7.08 | 道路", "| 99.65"),
     "row score 7.80 retyped 7.08: rows add to 98.93, total says 99.65"),
    ("changge-urbanrural-2024", 2, "score_exceeds_weight",
     "1386.4万人次 | 10 | 10 | —\n效益指标 | 社会效益指标 | 运营安全责任事故 | 0起 | 0起 | 10 | 10 | —",
     "1386.4万人次 | 10 | 10.27 | —\n效益指标 | 社会效益指标 | 运营安全责任事故 | 0起 | 0起 | 10 | 9.73 | —",
     "1386.4万人次 | 10 | 10.27",
     "年客运量 scored 10 x 102.70% = 10.27 above its weight 10 (next row lowered to 9.73 so the total "
     "still reads 99.65)"),
    ("changge-urbanrural-2024", 3, "sum_mismatch",
     "二季度 | 259.3", "二季度 | 253.9", ("253.9", "合计 | 1023.6"),
     "运营里程 quarters 248.6 + 253.9 + 262.1 + 253.6 = 1018.2, 合计 says 1023.6"),
    ("changge-urbanrural-2024", 4, "unit_mismatch",
     "柴油车31辆补贴15.50万元", "柴油车31辆补贴155000万元", "155000万元",
     "柴油 subsidy is 155,000元 = 15.50万元; the 元 figure was copied with the unit 万元 (off by 10^4)"),
    ("changge-urbanrural-2024", 5, "conflicting_values",
     "拨付2023年度清算资金42.57万元", "拨付2023年度清算资金45.27万元", "45.27万元",
     "2023年度清算资金 is 42.57 (518.64 - 476.07, 追加 42.57, 一季度 42.57); text says 45.27"),
    ("changge-urbanrural-2024", 6, "rate_mismatch",
     "里程补贴执行率97.49%", "里程补贴执行率97.94%", "97.94%",
     "里程补贴 307.08 / 315.00 = 97.49%, stated 97.94%"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    start, end = value
    i = text.find(start)
    if i < 0:
        raise SystemExit("value start %r not found" % start)
    j = text.find(end, i + len(start))
    if j < 0:
        raise SystemExit("value end %r not found" % end)
    return text[i:j + len(end)]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = pid + "-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            if clean.count(old) != 1:
                raise SystemExit("%s e%d: old string occurs %d times" % (pid, n, clean.count(old)))
            text = clean.replace(old, new, 1)
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({
                "case": name, "source": pid, "clean": False,
                "expected": [{"code": code, "severity": "error",
                              "value": resolve_value(text, value), "explanation": expl}],
            })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases (%d error cases)" % (len(labels), len(labels) - len(PROJECTS)))


if __name__ == "__main__":
    main()
