#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of set n190 from the clean drafts in cases/.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

P1 = "liuzhi-jiceng-2022"
P2 = "xuanen-cunyi-2020"
P3 = "siziwang-jiatingyisheng-2023"
P4 = "shouning-chuanranbing-2019"
P5 = "pinglu-fuyou-2024"
SOURCES = [P1, P2, P3, P4, P5]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # P1 Guizhou, tab-separated MOF table
    (P1, 1, "rate_mismatch", "text",
     "全年实际支出398.70万元，预算执行率96.65%", "全年实际支出398.70万元，预算执行率95.65%",
     "预算执行率95.65%", "398.70 / 412.50 = 96.65%, text says 95.65%"),
    (P1, 2, "balance_mismatch", "text",
     "项目结余资金13.80万元", "项目结余资金18.30万元",
     "结余资金18.30万元", "412.50 - 398.70 = 13.80, text says 18.30"),
    (P1, 3, "sum_mismatch", "table",
     "\t380.00\t366.20\t", "\t380.00\t336.20\t",
     "336.20", "全年执行数 components 336.20 + 32.50 + 0.00 = 368.70, total row says 398.70"),
    (P1, 4, "average_mismatch", "text",
     "平均每院16.80万元", "平均每院16.08万元",
     "平均每院16.08万元", "268.80 / 16 = 16.80, text says 16.08"),
    (P1, 5, "score_exceeds_weight", "table",
     "96%\t5\t5\t\n\t\t成本指标\t培训人均成本\t≤600元/人次\t575元/人次\t5\t5",
     "96%\t5\t6\t\n\t\t成本指标\t培训人均成本\t≤600元/人次\t575元/人次\t5\t4",
     "资金拨付及时率\t≥95%\t96%\t5\t6", "资金拨付及时率 weight 5, score 6 (成本 row lowered to 4 so the total still reads 98.43)"),
    (P1, 6, "year_mismatch", "text",
     "已按规定结转2023年继续使用", "已按规定结转2022年继续使用",
     "结转2022年继续使用", "2022 report: unspent money cannot be carried over into 2022 itself (should be 2023)"),
    # P2 Hubei, fullwidth-bar table
    (P2, 1, "grade_mismatch", "text",
     "自评得分89.70分，评价等级为良。", "自评得分89.70分，评价等级为优。",
     "评价等级为优", "89.70 is in the 80-90 band (良), not 优"),
    (P2, 2, "score_sum_mismatch", "table",
     "村医队伍稳定率｜≥95%｜88%｜10｜9.26｜", "村医队伍稳定率｜≥95%｜88%｜10｜9.62｜",
     "村医队伍稳定率｜≥95%｜88%｜10｜9.62", "row scores now add to 90.06, total row says 89.70"),
    (P2, 3, "weight_sum_mismatch", "table",
     "补助对象身份核实率｜100%｜100%｜10｜10｜", "补助对象身份核实率｜100%｜100%｜15｜10｜",
     "补助对象身份核实率｜100%｜100%｜15", "weights now total 105 (产出 55), table says 100"),
    (P2, 4, "conflicting_values", "text",
     "全县在岗村医312人", "全县在岗村医321人",
     "全县在岗村医321人", "in-post village doctors 321 here, 312 elsewhere in text and table"),
    (P2, 5, "unit_mismatch", "text",
     "发放定额补助74.88万元", "发放定额补助748800万元",
     "748800万元", "a 元 figure labelled 万元: 312 x 2400元 = 74.88万元; 74.88 + 104.64 + 26.28 = 205.80"),
    (P2, 6, "completion_mismatch", "text",
     "仅完成年度指标值的63.16%", "仅完成年度指标值的68.16%",
     "完成年度指标值的68.16%", "60% / 95% = 63.16%, text says 68.16%"),
    # P3 Inner Mongolia, PDF one-cell-per-line table
    (P3, 1, "score_exceeds_weight", "table",
     "58个\n5\n5\n\n质量指标\n签约居民履约率\n≥85%\n80.4%\n10\n9.46",
     "58个\n5\n6\n\n质量指标\n签约居民履约率\n≥85%\n80.4%\n10\n8.46",
     "58个\n5\n6", "家庭医生团队数 weight 5, score 6 (履约率 row lowered to 8.46 so the total still reads 95.76)"),
    (P3, 2, "unit_mismatch", "table",
     "2023年12月31日前\n2023年12月20日\n", "2023年12月31日前\n100%\n",
     "2023年12月31日前\n100%", "target is a date, actual a percentage"),
    (P3, 3, "score_sum_mismatch", "text",
     "效益指标得分26.50分", "效益指标得分25.50分",
     "效益指标得分25.50分", "9.80 + 49.46 + 25.50 + 10 = 94.76, text says 合计95.76"),
    (P3, 4, "implausible_rate", "table",
     "上年结转资金\n0.00\n0.00\n0.00\n—\n—\n", "上年结转资金\n0.00\n0.00\n0.00\n—\n100.00%\n",
     "0.00\n—\n100.00%", "execution rate 100.00% on a zero carry-over budget"),
    (P3, 5, "year_mismatch", "table",
     "项目支出绩效自评表\n（2023年度）", "项目支出绩效自评表\n（2022年度）",
     "（2022年度）", "table claims 2022 while the report and its figures are for 2023"),
    (P3, 6, "average_mismatch", "text",
     "平均每个团队签约720人", "平均每个团队签约702人",
     "平均每个团队签约702人", "41760 / 58 = 720, text says 702"),
    # P4 Fujian, ascii-bar web table
    (P4, 1, "rate_mismatch", "table",
     "| 101.07 | 10 | 90.00% |", "| 101.07 | 10 | 96.00% |",
     "| 10 | 96.00% |", "101.07 / 112.30 = 90.00%, table says 96.00%"),
    (P4, 2, "balance_mismatch", "text",
     "年末结转资金11.23万元", "年末结转资金12.23万元",
     "结转资金12.23万元", "112.30 - 101.07 = 11.23, text says 12.23"),
    (P4, 3, "weight_sum_mismatch", "table",
     "| 疫情处置及时率 | 100% | 100% | 5 | 5 |", "| 疫情处置及时率 | 100% | 100% | 6 | 5 |",
     "疫情处置及时率 | 100% | 100% | 6", "weights now total 101"),
    (P4, 4, "grade_mismatch", "table",
     "| 评价等级 | 优 |", "| 评价等级 | 良 |",
     "| 评价等级 | 良 |", "97.14 is in the 优 band"),
    (P4, 5, "conflicting_values", "text",
     "开展HIV抗体检测13460人次", "开展HIV抗体检测13640人次",
     "HIV抗体检测13640人次", "13640 in text, 13460 in the table"),
    (P4, 6, "sum_mismatch", "text",
     "结核病防治24.90万元", "结核病防治29.40万元",
     "结核病防治29.40万元", "38.40 + 21.60 + 29.40 + 16.17 = 105.57, total spent 101.07"),
    # P5 Shanxi, seed-003 flattened tables
    (P5, 1, "completion_mismatch", "table",
     "\t103.15%\n", "\t101.35%\n",
     "101.35%", "4126 / 4000 = 103.15%, table says 101.35%"),
    (P5, 2, "implausible_rate", "table",
     "(6)=(3)/(2)\n\t100\n\t100\n\t100\n\t100\n\t0\n", "(6)=(3)/(2)\n\t100\n\t100\n\t100\n\t100\n\t100\n",
     "(6)=(3)/(2)\n\t100\n\t100\n\t100\n\t100\n\t100", "到位率 100 in the 市级 column whose budget is zero"),
    (P5, 3, "score_sum_mismatch", "table",
     "\t合计\n\t\n\t\n\t100\n\t\n\t\n\t\n\t97.9\n", "\t合计\n\t\n\t\n\t100\n\t\n\t\n\t\n\t97.4\n",
     "\t97.4", "row scores add to 97.9, 合计 row says 97.4"),
    (P5, 4, "conflicting_values", "text",
     "婴儿死亡率3.2‰，低于", "婴儿死亡率2.3‰，低于",
     "婴儿死亡率2.3‰", "2.3‰ in text, 3.2‰ in both tables"),
    (P5, 5, "year_mismatch", "text",
     "截至2024年12月31日", "截至2023年12月31日",
     "截至2023年12月31日", "2024 report states the year-end spending as of 2023-12-31"),
    (P5, 6, "unit_mismatch", "table",
     "\t≤120元/人\n\t98元/人\n\t100%", "\t≤120元/人\n\t98万元\n\t100%",
     "98万元", "target in 元/人, actual in 万元"),
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
                raise SystemExit(f"{src}-e{n}: old string matches {count} times")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{src}-e{n}: value not in case")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
