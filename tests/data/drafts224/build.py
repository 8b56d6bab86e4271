#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts224 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean
draft; `value` is a short substring of the resulting error case that carries the changed
figure (what the scorer matches a finding's span against).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "hb-yunxi-xiaoshuiku-2022",
    "gs-xihe-yinshui-2020",
    "fj-datian-heliu-2021",
    "sx-wenshui-guanqu-2019",
    "gz-qianxi-swj-bumen-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- hb-yunxi-xiaoshuiku-2022: Hubei, small reservoir reinforcement, MOF layout ---
    ("hb-yunxi-xiaoshuiku-2022", 1, "rate_mismatch", "prose",
     "省级追加资金使用率87.04%", "省级追加资金使用率78.04%",
     "使用率78.04%",
     "provincial money spent 278.52 of 320.00 = 87.04%, stated 78.04%"),
    ("hb-yunxi-xiaoshuiku-2022", 2, "score_exceeds_weight", "table",
     "单位工程验收合格率｜100%｜100%｜8｜8｜\n产出指标｜质量指标｜雨水情测报及安全监测设施配套率｜100%｜100%｜6｜6｜",
     "单位工程验收合格率｜100%｜100%｜8｜6｜\n产出指标｜质量指标｜雨水情测报及安全监测设施配套率｜100%｜100%｜6｜8｜",
     "配套率｜100%｜100%｜6｜8",
     "scores of two adjacent 质量 rows swapped: the row weighted 6 now scores 8 (total still 98.44)"),
    ("hb-yunxi-xiaoshuiku-2022", 3, "average_mismatch", "prose",
     "6座小（2）型水库平均投资147.00万元", "6座小（2）型水库平均投资149.00万元",
     "平均投资149.00万元",
     "(158 + 146 + 142 + 150 + 136 + 150) / 6 = 147.00, stated 149.00"),
    ("hb-yunxi-xiaoshuiku-2022", 4, "year_mismatch", "prose",
     "组织对2022年度小型水库除险加固项目", "组织对2021年度小型水库除险加固项目",
     "组织对2021年度小型水库除险加固项目",
     "the 2022 report (title, table, funds of 2022) says it evaluates the 2021 project: last year's template"),
    ("hb-yunxi-xiaoshuiku-2022", 5, "weight_sum_mismatch", "table",
     "2022年11月25日｜8｜8｜", "2022年11月25日｜9｜8｜",
     "2022年11月25日｜9｜8",
     "time-indicator weight typed 9 instead of 8: weights add to 101 (产出 51) while 总分 says 100"),
    ("hb-yunxi-xiaoshuiku-2022", 6, "grade_mismatch", "prose",
     "自评等级为“优”", "自评等级为“良”",
     "自评等级为“良”",
     "98.44 is in the 优 band (>= 90), stated 良"),

    # --- gs-xihe-yinshui-2020: Gansu, rural drinking water, funds and indicators in prose only ---
    ("gs-xihe-yinshui-2020", 1, "balance_mismatch", "prose",
     "已到位未支出的117.65万元", "已到位未支出的117.56万元",
     "117.56万元",
     "received 2580.00 - spent 2462.35 = 117.65, stated 117.56"),
    ("gs-xihe-yinshui-2020", 2, "sum_mismatch", "prose",
     "其中工程建设费2286.15万元", "其中工程建设费2268.15万元",
     "工程建设费2268.15万元",
     "2268.15 + 98.40 + 45.20 + 32.60 = 2444.35, not the 2462.35 spent"),
    ("gs-xihe-yinshui-2020", 3, "score_sum_mismatch", "prose",
     "自评总得分97.29分", "自评总得分97.92分",
     "自评总得分97.92分",
     "9.29 + 48 + 30 + 10 = 97.29, stated 97.92"),
    ("gs-xihe-yinshui-2020", 4, "unit_mismatch", "prose",
     "前期及监理费32.60万元", "前期及监理费326000万元",
     "326000万元",
     "the 32.60万元 item copied in 元 (326000元) but labelled 万元: off by 10^4, the sum of items holds again at 32.60"),
    ("gs-xihe-yinshui-2020", 5, "implausible_rate", "prose",
     "维修养护补助年初按48.00万元安排，实际支出45.20万元，执行率94.17%",
     "维修养护补助年初按42.00万元安排，实际支出45.20万元，执行率107.62%",
     "执行率107.62%",
     "maintenance item spent 45.20 of a 42.00 allocation: execution 107.62% over 100%"),
    ("gs-xihe-yinshui-2020", 6, "conflicting_values", "prose",
     "工程受益人口3.86万人", "工程受益人口3.68万人",
     "工程受益人口3.68万人",
     "beneficiaries 3.68万人 in the overview, 3.86万人 in the benefit section"),

    # --- fj-datian-heliu-2021: Fujian, small/medium river treatment, PDF copy ---
    ("fj-datian-heliu-2021", 1, "sum_mismatch", "table",
     "其中：当年财政拨款｜2400.00｜", "其中：当年财政拨款｜2040.00｜",
     "当年财政拨款｜2040.00",
     "年初预算 column: 2040.00 + 120.00 + 0.00 = 2160.00, not the 2520.00 total (should be 2400.00)"),
    ("fj-datian-heliu-2021", 2, "completion_mismatch", "prose",
     "为年度指标的104.24%", "为年度指标的104.42%",
     "104.42%",
     "8.86 / 8.5 = 104.24%, stated 104.42%"),
    ("fj-datian-heliu-2021", 3, "score_sum_mismatch", "table",
     "沿岸群众满意度｜≥90%｜94%｜10｜10｜", "沿岸群众满意度｜≥90%｜94%｜10｜9｜",
     "沿岸群众满意度｜≥90%｜94%｜10｜9｜\n总分｜｜｜｜｜100｜98.41",
     "row scores now add to 97.41 (9.41 + 50 + 29 + 9) while 总分 and the text say 98.41"),
    ("fj-datian-heliu-2021", 4, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100%",
     "execution rate 100% printed on a zero 其他资金 budget"),
    ("fj-datian-heliu-2021", 5, "balance_mismatch", "prose",
     "年末结余168.54万元", "年末结余186.54万元",
     "年末结余186.54万元",
     "all funds received: 2860.00 - 2691.46 = 168.54, stated 186.54"),
    ("fj-datian-heliu-2021", 6, "year_mismatch", "table",
     "项目支出绩效自评表（2021年度）", "项目支出绩效自评表（2020年度）",
     "（2020年度）",
     "the attached table claims 2020 for a 2021 report"),

    # --- sx-wenshui-guanqu-2019: Shanxi layout (行次 funds table, 完成率 column) ---
    ("sx-wenshui-guanqu-2019", 1, "rate_mismatch", "table",
     "｜100｜88.10｜0｜63.40｜", "｜100｜81.10｜0｜63.40｜",
     "｜81.10｜",
     "(7)=(4)/(2) provincial column: 352.40 / 400.00 = 88.10, printed 81.10"),
    ("sx-wenshui-guanqu-2019", 2, "sum_mismatch", "table",
     "1200.00｜0.00｜0.00｜200.00｜60.00", "1200.00｜0.00｜0.00｜250.00｜60.00",
     "0.00｜250.00｜60.00",
     "row (1): 1200.00 + 0 + 0 + 250.00 = 1450.00, but 财政资金小计 is 1400.00"),
    ("sx-wenshui-guanqu-2019", 3, "completion_mismatch", "table",
     "19.2公里｜103.23%", "19.2公里｜102.33%",
     "19.2公里｜102.33%",
     "19.2 / 18.6 = 103.23%, printed 102.33%"),
    ("sx-wenshui-guanqu-2019", 4, "unit_mismatch", "table",
     "≥2.4万亩｜2.16万亩｜", "≥2.4万亩｜90%｜",
     "≥2.4万亩｜90%",
     "target in 万亩, actual given as a percentage"),
    ("sx-wenshui-guanqu-2019", 5, "weight_sum_mismatch", "table",
     "新增年节水能力｜10｜", "新增年节水能力｜15｜",
     "新增年节水能力｜15",
     "weights now add to 105 while 合计 says 100"),
    ("sx-wenshui-guanqu-2019", 6, "implausible_rate", "table",
     "≥90%｜96.5%｜107.22%", "≥90%｜106.5%｜118.33%",
     "106.5%",
     "satisfaction 106.5% is above 100% (completion 118.33% follows from it)"),

    # --- gz-qianxi-swj-bumen-2024: Guizhou, department-wide report of a water bureau, web copy ---
    ("gz-qianxi-swj-bumen-2024", 1, "average_mismatch", "prose",
     "5个项目平均得分94.00分", "5个项目平均得分94.50分",
     "平均得分94.50分",
     "(96.5 + 94 + 92.5 + 98 + 89) / 5 = 94.00, stated 94.50"),
    ("gz-qianxi-swj-bumen-2024", 2, "grade_mismatch", "table",
     "自评等级：优", "自评等级：良",
     "自评等级：良",
     "97.88 is in the 优 band, table says 良"),
    ("gz-qianxi-swj-bumen-2024", 3, "score_exceeds_weight", "table",
     "92.6%｜8｜8｜\n效益指标｜社会效益指标｜水利工程安全度汛｜无垮坝及重大安全事故｜未发生｜6｜6｜",
     "92.6%｜8｜6｜\n效益指标｜社会效益指标｜水利工程安全度汛｜无垮坝及重大安全事故｜未发生｜6｜8｜",
     "未发生｜6｜8",
     "scores of two adjacent 社会效益 rows swapped: the row weighted 6 now scores 8 (total still 97.88)"),
    ("gz-qianxi-swj-bumen-2024", 4, "year_mismatch", "prose",
     "结转至2025年继续使用", "结转至2024年继续使用",
     "结转至2024年",
     "unspent 2024 money cannot be carried over into 2024 itself"),
    ("gz-qianxi-swj-bumen-2024", 5, "unit_mismatch", "table",
     "其他资金｜80.00｜80.00｜80.00", "其他资金｜800000.00｜80.00｜80.00",
     "800000.00",
     "年初 其他资金 copied in 元 (800000元 = 80.00万元): the 年初 column adds up again at 80.00"),
    ("gz-qianxi-swj-bumen-2024", 6, "conflicting_values", "prose",
     "全年完成水土流失综合治理面积33.6平方公里", "全年完成水土流失综合治理面积36.3平方公里",
     "36.3平方公里",
     "the text says 36.3平方公里, the table 33.6平方公里 for the same output"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{src}-e{n}: old string matches {count} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
