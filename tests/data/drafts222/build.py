#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts222 from the clean drafts.

Each clean draft lives in cases/<id>-clean.txt (hand-written, never modified here).
EDITS lists, per error case, one exact old -> new replacement that must match exactly
once in the clean draft, plus the label: code, value (a short exact substring of the
error case that contains the changed figure) and an explanation.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "xiwuqi-caoyuanbujiang-2021",
    "mianning-senlinfanghuo-2023",
    "suichuan-songcaixianchong-2022",
    "rongxian-chubeilin-2020",
    "duerbote-lincaoju-2024",
]

# (source, n, code, place, old, new, value, explanation)
EDITS = [
    # ---- A: 西乌珠穆沁旗 草原生态保护补助奖励 2021 (tables + prose)
    ("xiwuqi-caoyuanbujiang-2021", 1, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "0.00｜—｜100%",
     "表1 其他资金 row: budget 0.00 and spending 0.00, yet 执行率 100% — a rate on a zero base"),
    ("xiwuqi-caoyuanbujiang-2021", 2, "score_sum_mismatch", "table",
     "99.51%｜9.95",
     "99.51%｜9.59",
     "99.51%｜9.59",
     "表1 execution score typed 9.59: 9.59 + 50 + 29.69 + 10 = 99.28, but 表2 and the text give the total 99.64"),
    ("xiwuqi-caoyuanbujiang-2021", 3, "average_mismatch", "prose",
     "平均70公斤，高于",
     "平均72公斤，高于",
     "平均72公斤",
     "6 monitoring plots: (68 + 75 + 59 + 82 + 71 + 65) / 6 = 70公斤, stated 72"),
    ("xiwuqi-caoyuanbujiang-2021", 4, "year_mismatch", "prose",
     "已结转至2022年，待核实完毕后发放",
     "已结转至2021年，待核实完毕后发放",
     "结转至2021年",
     "unspent money of the 2021 budget is carried over into 2021 itself; must be a later year (2022)"),
    ("xiwuqi-caoyuanbujiang-2021", 5, "rate_mismatch", "table",
     "76.40｜67.65｜—｜88.55%",
     "76.40｜67.65｜—｜85.58%",
     "85.58%",
     "上年结转资金 row: 67.65 / 76.40 = 88.55%, stated 85.58%"),
    ("xiwuqi-caoyuanbujiang-2021", 6, "weight_sum_mismatch", "table",
     "43.6%｜10｜9.69",
     "43.6%｜15｜9.69",
     "43.6%｜15｜9.69",
     "草原综合植被盖度 weight typed 15: 表2 weights 95 + execution 10 = 105, not 100 (效益 35 against the stated 30)"),

    # ---- B: 冕宁县 森林草原防灭火 2023 (Sichuan table + prose)
    ("mianning-senlinfanghuo-2023", 1, "conflicting_values", "prose",
     "全县森林覆盖率达到56.32%",
     "全县森林覆盖率达到56.23%",
     "森林覆盖率达到56.23%",
     "text gives 森林覆盖率 56.23%, the 自评表 gives 56.32% for the same indicator"),
    ("mianning-senlinfanghuo-2023", 2, "sum_mismatch", "prose",
     "物资装备购置146.32万元",
     "物资装备购置164.32万元",
     "物资装备购置164.32万元",
     "238.60 + 164.32 + 84.44 + 21.00 + 34.00 = 542.36, but the spending they break down is 524.36"),
    ("mianning-senlinfanghuo-2023", 3, "score_exceeds_weight", "table",
     "120人｜124人｜15｜15｜—\n产出指标｜数量指标｜防灭火宣传培训｜≥｜30场次｜36场次｜10｜10｜",
     "120人｜124人｜15｜10｜—\n产出指标｜数量指标｜防灭火宣传培训｜≥｜30场次｜36场次｜10｜15｜",
     "36场次｜10｜15",
     "scores of two adjacent rows swapped: 防灭火宣传培训 scored 15 against a weight of 10 (total unchanged at 98.56)"),
    ("mianning-senlinfanghuo-2023", 4, "year_mismatch", "table",
     "四川省项目支出绩效自评表（2023年度）",
     "四川省项目支出绩效自评表（2022年度）",
     "（2022年度）",
     "the 自评表 is headed 2022 while the report, the funds and the indicators are for 2023"),
    ("mianning-senlinfanghuo-2023", 5, "unit_mismatch", "table",
     "0.9‰｜0.12‰",
     "0.9‰｜0.12%",
     "0.9‰｜0.12%",
     "森林火灾受害率 target in ‰, actual written in % (text: 0.12‰)"),
    ("mianning-senlinfanghuo-2023", 6, "completion_mismatch", "prose",
     "完成目标的120%",
     "完成目标的112%",
     "完成目标的112%",
     "36场次 against a target of 30场次 is 120%, stated 112%"),

    # ---- C: 遂川县 松材线虫病防治 2022 (MOF table + prose)
    ("suichuan-songcaixianchong-2022", 1, "unit_mismatch", "table",
     "≥2.4万株｜2.16万株",
     "≥2.4万株｜90%",
     "≥2.4万株｜90%",
     "疫木除治数量 target in 万株, actual entered as a percentage (the completion) instead of 2.16万株"),
    ("suichuan-songcaixianchong-2022", 2, "balance_mismatch", "prose",
     "年末未支出46.38万元",
     "年末未支出46.83万元",
     "46.83万元",
     "386.50 - 340.12 = 46.38, stated 46.83"),
    ("suichuan-songcaixianchong-2022", 3, "weight_sum_mismatch", "table",
     "3.46万亩｜10｜9.25",
     "3.46万亩｜15｜9.25",
     "3.46万亩｜15｜9.25",
     "松材线虫病发生面积 weight typed 15: weights now total 105 (效益 35)"),
    ("suichuan-songcaixianchong-2022", 4, "conflicting_values", "prose",
     "悬挂诱捕器640套",
     "悬挂诱捕器460套",
     "悬挂诱捕器460套",
     "text says 460套 诱捕器, the 自评表 gives 640套 for the same indicator"),
    ("suichuan-songcaixianchong-2022", 5, "score_sum_mismatch", "prose",
     "综合自评得分97.05分",
     "综合自评得分97.50分",
     "97.50分",
     "8.80 + 49 + 29.25 + 10 = 97.05, stated 97.50"),
    ("suichuan-songcaixianchong-2022", 6, "sum_mismatch", "table",
     "其中：当年财政拨款｜320.00｜",
     "其中：当年财政拨款｜302.00｜",
     "当年财政拨款｜302.00",
     "年初预算数 column: 302.00 + 0.00 + 0.00 = 302.00, but 年度资金总额 is 320.00"),

    # ---- D: 容县 国家储备林 2020 (prose only)
    ("rongxian-chubeilin-2020", 1, "grade_mismatch", "prose",
     "自评得分90.03分，等级为优",
     "自评得分90.03分，等级为良",
     "等级为良",
     "90.03 lies in the 优 band (90 inclusive)"),
    ("rongxian-chubeilin-2020", 2, "weight_sum_mismatch", "prose",
     "效益指标（30分）",
     "效益指标（35分）",
     "效益指标（35分）",
     "效益 sub-weights 10 + 10 + 10 = 30, and 10 + 50 + 35 + 10 = 105"),
    ("rongxian-chubeilin-2020", 3, "unit_mismatch", "prose",
     "现有林改培补助240万元",
     "现有林改培补助2400000万元",
     "2400000万元",
     "2400000元 written with 万元: 0.8万亩 x 300元 = 240万元, and 480 + 240 + 120 + 10 = 850"),
    ("rongxian-chubeilin-2020", 4, "balance_mismatch", "prose",
     "结余202.50万元",
     "结余205.20万元",
     "结余205.20万元",
     "850.00 - 647.50 = 202.50, stated 205.20"),
    ("rongxian-chubeilin-2020", 5, "completion_mismatch", "prose",
     "实际完成0.84万亩，完成率70.00%",
     "实际完成0.84万亩，完成率84.00%",
     "完成率84.00%",
     "0.84 / 1.2 = 70.00%, stated 84.00%"),
    ("rongxian-chubeilin-2020", 6, "rate_mismatch", "prose",
     "预算执行率76.18%",
     "预算执行率76.81%",
     "预算执行率76.81%",
     "647.50 / 850.00 = 76.18%, stated 76.81%"),

    # ---- E: 杜尔伯特县林草局 2024 部门整体 (tables + prose)
    ("duerbote-lincaoju-2024", 1, "grade_mismatch", "prose",
     "自评得分86.50分，等级为良",
     "自评得分86.50分，等级为优",
     "等级为优",
     "86.50 lies in the 良 band (80-90)"),
    ("duerbote-lincaoju-2024", 2, "average_mismatch", "table",
     "90.42%｜92.10",
     "90.42%｜92.01",
     "90.42%｜92.01",
     "(94.50 + 98.00 + 92.60 + 83.30) / 4 = 92.10, stated 92.01"),
    ("duerbote-lincaoju-2024", 3, "implausible_rate", "table",
     "政府性基金预算拨款｜0.00｜0.00｜0.00｜—",
     "政府性基金预算拨款｜0.00｜0.00｜0.00｜100.00%",
     "0.00｜0.00｜0.00｜100.00%",
     "表1 政府性基金 row: nothing budgeted or spent, yet 执行率 100.00% — a rate on a zero base"),
    ("duerbote-lincaoju-2024", 4, "completion_mismatch", "table",
     "9.1万亩｜105.81%",
     "9.1万亩｜105.18%",
     "9.1万亩｜105.18%",
     "9.1 / 8.6 = 105.81%, stated 105.18%"),
    ("duerbote-lincaoju-2024", 5, "score_exceeds_weight", "table",
     "50%｜55.56%｜10｜5.56\n产出指标｜成本指标｜“三公”经费支出｜≤18.00万元｜16.42万元｜100.00%｜5｜5",
     "50%｜55.56%｜10｜5\n产出指标｜成本指标｜“三公”经费支出｜≤18.00万元｜16.42万元｜100.00%｜5｜5.56",
     "16.42万元｜100.00%｜5｜5.56",
     "scores of two adjacent rows swapped: “三公”经费 row scored 5.56 against a weight of 5 (total unchanged at 86.50)"),
    ("duerbote-lincaoju-2024", 6, "rate_mismatch", "table",
     "172.00｜137.45｜79.91%",
     "172.00｜137.45｜79.19%",
     "79.19%",
     "退化草原生态修复: 137.45 / 172.00 = 79.91%, stated 79.19%"),
]


def main():
    labels = []
    seen = set()
    for src in SOURCES:
        path = os.path.join(CASES, f"{src}-clean.txt")
        with open(path, encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, place, old, new, value, expl) in [e for e in EDITS if e[0] == src]:
            key = (s, n)
            if key in seen:
                sys.exit(f"duplicate edit {key}")
            seen.add(key)
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{s}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{s}-e{n}: value {value!r} not in the error case")
            name = f"{s}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": s, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(EDITS)} with one error)")


if __name__ == "__main__":
    main()
