#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts284 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "js-lianshui-gbnt-2022",
    "ah-yingshang-gengdizhiliang-2020",
    "hb-shayang-guotuzhengzhi-bumen-2023",
    "sc-nanbu-paohuangdi-2023",
    "gs-jingyuan-jieshuiguangai-2019",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- Jiangsu, Lianshui, high-standard farmland 2022 (MOF table) ----
    ("js-lianshui-gbnt-2022", 1, "rate_mismatch", "prose",
     "预算执行率95.70%，未支付", "预算执行率95.07%，未支付",
     "预算执行率95.07%",
     "9,187.20 / 9,600.00 = 95.70%, the text states 95.07% (digits swapped; the table keeps 95.70%)"),
    ("js-lianshui-gbnt-2022", 2, "balance_mismatch", "prose",
     "未支付412.80万元", "未支付421.80万元",
     "未支付421.80万元",
     "9,600.00 - 9,187.20 = 412.80 unpaid and carried over, stated 421.80"),
    ("js-lianshui-gbnt-2022", 3, "sum_mismatch", "prose",
     "省级财政资金4,160.00万元", "省级财政资金4,610.00万元",
     "项目年初预算8,960.00万元，其中中央财政资金3,520.00万元、省级财政资金4,610.00万元、县级配套1,280.00万元",
     "3,520.00 + 4,610.00 + 1,280.00 = 9,410.00, not the 8,960.00 opening budget"),
    ("js-lianshui-gbnt-2022", 4, "score_exceeds_weight", "table",
     "60.5公里｜5｜4.88｜一段道路穿越村庄，设计变更取消\n产出指标｜质量指标｜工程验收合格率｜100%｜100%｜10｜10｜",
     "60.5公里｜5｜10｜一段道路穿越村庄，设计变更取消\n产出指标｜质量指标｜工程验收合格率｜100%｜100%｜10｜4.88｜",
     "60.5公里｜5｜10",
     "scores of two adjacent rows swapped: 田间道路 now scores 10 against a weight of 5 (total still 99.25)"),
    ("js-lianshui-gbnt-2022", 5, "grade_mismatch", "prose",
     "自评等级为“优”", "自评等级为“良”",
     "自评等级为“良”",
     "99.25 is in the 优 band (90-100), stated 良"),
    ("js-lianshui-gbnt-2022", 6, "unit_mismatch", "table",
     "｜≥3.2万亩｜3.2万亩｜", "｜≥3.2万亩｜100%｜",
     "≥3.2万亩｜100%",
     "target in 万亩, actual given as a percentage"),

    # ---- Anhui, Yingshang, cultivated-land quality 2020 (table with 完成率 column) ----
    ("ah-yingshang-gengdizhiliang-2020", 1, "completion_mismatch", "table",
     "3.05万亩｜101.67%", "3.05万亩｜101.76%",
     "3.05万亩｜101.76%",
     "3.05 / 3 = 101.67%, stated 101.76%"),
    ("ah-yingshang-gengdizhiliang-2020", 2, "weight_sum_mismatch", "table",
     "物化补助发放及时率｜100%｜100%｜100.00%｜5｜5", "物化补助发放及时率｜100%｜100%｜100.00%｜6｜5",
     "物化补助发放及时率｜100%｜100%｜100.00%｜6",
     "weight 6 instead of 5: 产出 weights now 51 and all weights 101, against the 100 of the total row"),
    ("ah-yingshang-gengdizhiliang-2020", 3, "score_sum_mismatch", "prose",
     "产出指标得49.27分", "产出指标得49.72分",
     "产出指标得49.72分，效益指标得30分，满意度指标得9.74分，自评总分98.66分",
     "9.65 + 49.72 + 30 + 9.74 = 99.11, stated total 98.66; the 产出 rows of the table add up to 49.27"),
    ("ah-yingshang-gengdizhiliang-2020", 4, "year_mismatch", "prose",
     "结余资金按规定结转至2021年使用", "结余资金按规定结转至2020年使用",
     "结转至2020年",
     "the balance of the 2020 budget is carried over to 2020 itself"),
    ("ah-yingshang-gengdizhiliang-2020", 5, "average_mismatch", "prose",
     "平均18.70克/千克", "平均18.07克/千克",
     "平均18.07克/千克",
     "(18.6 + 19.2 + 17.9 + 18.4 + 19.4) / 5 = 18.70, stated 18.07"),
    ("ah-yingshang-gengdizhiliang-2020", 6, "conflicting_values", "prose",
     "完成秸秆还田深翻耕4.12万亩", "完成秸秆还田深翻耕4.21万亩",
     "秸秆还田深翻耕4.21万亩",
     "the text gives 4.21万亩, the table 4.12万亩 (completion 103.00% follows 4.12)"),

    # ---- Hubei, Shayang, land consolidation centre, department-wide 2023 ----
    ("hb-shayang-guotuzhengzhi-bumen-2023", 1, "sum_mismatch", "table",
     "公用经费｜33.60｜", "公用经费｜36.30｜",
     "基本支出｜386.40｜386.40｜386.40｜100.00%\n其中：人员经费｜352.80｜352.80｜352.80｜100.00%\n公用经费｜36.30",
     "年初 column: 352.80 + 36.30 = 389.10, not the 386.40 of 基本支出"),
    ("hb-shayang-guotuzhengzhi-bumen-2023", 2, "rate_mismatch", "table",
     "209.18｜85.14%", "209.18｜85.41%",
     "245.70｜209.18｜85.41%",
     "209.18 / 245.70 = 85.14%, stated 85.41%"),
    ("hb-shayang-guotuzhengzhi-bumen-2023", 3, "average_mismatch", "prose",
     "平均得分92.00分", "平均得分92.50分",
     "4个项目平均得分92.50分",
     "(91.5 + 97.0 + 86.0 + 93.5) / 4 = 92.00, stated 92.50"),
    ("hb-shayang-guotuzhengzhi-bumen-2023", 4, "implausible_rate", "table",
     "｜≥90%｜91.6%｜", "｜≥90%｜101.6%｜",
     "项目区群众满意度｜≥90%｜101.6%",
     "a satisfaction rate cannot exceed 100%"),
    ("hb-shayang-guotuzhengzhi-bumen-2023", 5, "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好",
     "评价等级为良好",
     "96.61 is in the 优 band, stated 良好"),
    ("hb-shayang-guotuzhengzhi-bumen-2023", 6, "score_exceeds_weight", "table",
     "2,860亩｜10｜9.53\n产出指标｜数量指标｜耕地保护动态监测图斑核查｜≥2400个｜2,436个｜5｜5",
     "2,860亩｜10｜5\n产出指标｜数量指标｜耕地保护动态监测图斑核查｜≥2400个｜2,436个｜5｜9.53",
     "2,436个｜5｜9.53",
     "scores of two adjacent rows swapped: 图斑核查 scores 9.53 against a weight of 5 (total still 96.61)"),

    # ---- Sichuan, Nanbu, abandoned-land recultivation 2023 (prose only) ----
    ("sc-nanbu-paohuangdi-2023", 1, "balance_mismatch", "prose",
     "年末结余31.40万元", "年末结余13.40万元",
     "年末结余13.40万元",
     "到位 500 - 支出 468.60 = 31.40, stated 13.40"),
    ("sc-nanbu-paohuangdi-2023", 2, "weight_sum_mismatch", "prose",
     "效益指标30分，合计100分", "效益指标35分，合计100分",
     "预算执行率10分、产出指标60分、效益指标35分，合计100分",
     "10 + 60 + 35 = 105, not 100; the three 效益 items carry 10 points each (30)"),
    ("sc-nanbu-paohuangdi-2023", 3, "completion_mismatch", "prose",
     "38.5公里，完成率91.67%", "38.5公里，完成率91.76%",
     "修复机耕道38.5公里，完成率91.76%",
     "38.5 / 42 = 91.67%, stated 91.76%"),
    ("sc-nanbu-paohuangdi-2023", 4, "implausible_rate", "prose",
     "满意度为96.5%", "满意度为965%",
     "满意度为965%",
     "decimal point lost: a satisfaction rate of 965% is impossible"),
    ("sc-nanbu-paohuangdi-2023", 5, "year_mismatch", "prose",
     "截至2023年12月31日", "截至2022年12月31日",
     "截至2022年12月31日",
     "spending of the 2023 project reported as at the end of 2022"),
    ("sc-nanbu-paohuangdi-2023", 6, "unit_mismatch", "prose",
     "县级财政资金200万元", "县级财政资金2000000万元",
     "2000000万元",
     "the 200万元 county share written as its 元 figure with the unit 万元 (300 + 200 = 500 only after dividing by 10^4)"),

    # ---- Gansu, Jingyuan, water-saving irrigation 2019 (MOF table; errors all in the table) ----
    ("gs-jingyuan-jieshuiguangai-2019", 1, "score_sum_mismatch", "table",
     "82%｜10｜9.11｜", "82%｜10｜9.41｜",
     "82%｜10｜9.41｜施工影响春灌\n总分｜｜｜｜｜100｜88.53",
     "row scores now add up to 88.83, the total row (and the text) say 88.53"),
    ("gs-jingyuan-jieshuiguangai-2019", 2, "conflicting_values", "table",
     "≥6座｜6座", "≥6座｜8座",
     "≥6座｜8座",
     "the table says 8 storage ponds were built, the text 6"),
    ("gs-jingyuan-jieshuiguangai-2019", 3, "grade_mismatch", "table",
     "自评等级：良", "自评等级：优",
     "自评等级：优",
     "88.53 is in the 良 band (80-90), the table says 优"),
    ("gs-jingyuan-jieshuiguangai-2019", 4, "year_mismatch", "table",
     "项目支出绩效自评表\n（2019年度）", "项目支出绩效自评表\n（2018年度）",
     "（2018年度）",
     "the self-evaluation table of the 2019 report is headed 2018"),
    ("gs-jingyuan-jieshuiguangai-2019", 5, "unit_mismatch", "table",
     "上年结转资金｜80.00｜", "上年结转资金｜800000.00｜",
     "800000.00",
     "80万元 carry-over entered as its 元 figure in a 万元 column: 1,200.00 + 800000.00 != 1,280.00; reconciled by dividing by 10^4"),
    ("gs-jingyuan-jieshuiguangai-2019", 6, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "execution rate 100.00% on a zero budget"),
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
                raise SystemExit(f"{src}-e{n}: old text matches {count} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
