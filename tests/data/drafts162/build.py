#!/usr/bin/env python3
"""Build the n162 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must occur exactly once in the clean draft.
`where` records whether the slip sits in prose or in a table (for the README balance).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE / "cases"

SOURCES = [
    "shuangliao-farmland-2023",
    "jiaxiang-njbutie-2021",
    "huaiyang-animaldisease-2024",
    "gongan-landsubsidy-2019",
    "quanzhou-renju-2022",
]

# (source, eN, where, code, old, new, value, explanation)
EDITS = [
    # ---- shuangliao-farmland-2023 (Jilin, 高标准农田, project, MOF table) ----
    ("shuangliao-farmland-2023", "e1", "prose", "rate_mismatch",
     "当年财政拨款支出7,066.50万元，执行率90.60%",
     "当年财政拨款支出7,066.50万元，执行率90.06%",
     "执行率90.06%",
     "当年财政拨款 7,066.50 / 7,800.00 = 90.60%, stated 90.06%"),
    ("shuangliao-farmland-2023", "e2", "table", "sum_mismatch",
     "省级财政资金｜吉财农〔2023〕215号｜2023年3月｜1,950.00",
     "省级财政资金｜吉财农〔2023〕215号｜2023年3月｜1,905.00",
     "2023年3月｜1,905.00",
     "sources table: 3,900.00 + 780.00 + 1,905.00 + 1,170.00 = 7,755.00, stated 合计 7,800.00 (省级 should be 1,950.00)"),
    ("shuangliao-farmland-2023", "e3", "table", "score_exceeds_weight",
     "｜≥1.1万户｜1.08万户｜10｜9.82｜土地流转后受益户减少\n效益指标｜生态效益指标｜耕地质量等级提升｜≥0.5等｜0.5等｜5｜5｜",
     "｜≥1.1万户｜1.08万户｜10｜5｜土地流转后受益户减少\n效益指标｜生态效益指标｜耕地质量等级提升｜≥0.5等｜0.5等｜5｜9.82｜",
     "0.5等｜5｜9.82",
     "scores of two adjacent rows transposed: 耕地质量等级提升 now scores 9.82 against a weight of 5 (total still 98.45)"),
    ("shuangliao-farmland-2023", "e4", "prose", "grade_mismatch",
     "自评得分98.45分，评价等级为“优”",
     "自评得分98.45分，评价等级为“良”",
     "评价等级为“良”",
     "98.45 is in the 优 band (90–100), stated 良"),
    ("shuangliao-farmland-2023", "e5", "prose", "completion_mismatch",
     "新增和改善灌溉面积2.74万亩，完成年度目标的105.38%",
     "新增和改善灌溉面积2.74万亩，完成年度目标的103.58%",
     "完成年度目标的103.58%",
     "2.74 / 2.6 = 105.38%, stated 103.58%"),
    ("shuangliao-farmland-2023", "e6", "prose", "year_mismatch",
     "已按规定结转至2024年继续使用",
     "已按规定结转至2023年继续使用",
     "结转至2023年",
     "unspent money of the 2023 budget carried over 'to 2023' (the evaluation year itself); should be 2024"),

    # ---- jiaxiang-njbutie-2021 (Shandong, 农机购置补贴, project, MOF table) ----
    ("jiaxiang-njbutie-2021", "e1", "prose", "balance_mismatch",
     "年末结余117.57万元",
     "年末结余117.75万元",
     "117.75万元",
     "全年预算 2,236.00 − 全年执行 2,118.43 = 117.57, stated 117.75"),
    ("jiaxiang-njbutie-2021", "e2", "table", "weight_sum_mismatch",
     "｜≥1,200台（套）｜1,286台（套）｜15｜15｜",
     "｜≥1,200台（套）｜1,286台（套）｜16｜15｜",
     "1,286台（套）｜16｜15",
     "weights now 10 + 51 + 30 + 10 = 101 (补贴机具数量 weight 16 instead of 15)"),
    ("jiaxiang-njbutie-2021", "e3", "prose", "average_mismatch",
     "季均321.5台",
     "季均312.5台",
     "季均312.5台",
     "(326 + 289 + 371 + 300) / 4 = 321.5, stated 312.5"),
    ("jiaxiang-njbutie-2021", "e4", "table", "unit_mismatch",
     "｜≥1,000户｜1,073户｜10｜10｜",
     "｜≥1,000户｜107.30%｜10｜10｜",
     "≥1,000户｜107.30%",
     "target counted in 户, actual given as a percentage (the completion rate typed into the actual cell)"),
    ("jiaxiang-njbutie-2021", "e5", "prose", "conflicting_values",
     "全年补贴机具1,286台（套），受益农户",
     "全年补贴机具1,268台（套），受益农户",
     "1,268台（套）",
     "the conclusion gives 1,268 machines; everywhere else (text, table, quarterly sum 326+289+371+300) it is 1,286"),
    ("jiaxiang-njbutie-2021", "e6", "table", "score_sum_mismatch",
     "｜≥99%｜98.4%｜10｜9.94｜",
     "｜≥99%｜98.4%｜10｜9.49｜",
     "98.4%｜10｜9.49",
     "row scores now add to 97.74 (9.47 + 49.49 + 29 + 9.78), stated 总分 98.19"),

    # ---- huaiyang-animaldisease-2024 (Henan, 动物疫病防控, 部门整体) ----
    ("huaiyang-animaldisease-2024", "e1", "table", "implausible_rate",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "execution rate 100.00% printed on a zero budget (其他资金 0.00)"),
    ("huaiyang-animaldisease-2024", "e2", "table", "rate_mismatch",
     "｜1,280.22｜1,258.85｜—｜98.33%｜—",
     "｜1,280.22｜1,258.85｜—｜98.83%｜—",
     "98.83%",
     "当年财政拨款 1,258.85 / 1,280.22 = 98.33%, stated 98.83%"),
    ("huaiyang-animaldisease-2024", "e3", "prose", "sum_mismatch",
     "动物疫病监测与流行病学调查78.40万元",
     "动物疫病监测与流行病学调查87.40万元",
     "动物疫病监测与流行病学调查87.40万元",
     "286.00 + 87.40 + 121.60 + 46.20 = 541.20, stated 项目支出 532.20 (监测 should be 78.40)"),
    ("huaiyang-animaldisease-2024", "e4", "table", "grade_mismatch",
     "｜100｜97.13｜评价等级：优",
     "｜100｜97.13｜评价等级：良",
     "评价等级：良",
     "97.13 is in the 优 band, stated 良"),
    ("huaiyang-animaldisease-2024", "e5", "prose", "score_sum_mismatch",
     "其中预算执行9.84分、产出指标48.66分",
     "其中预算执行9.84分、产出指标46.86分",
     "产出指标46.86分",
     "9.84 + 46.86 + 28.74 + 9.89 = 95.33, stated 自评得分 97.13 (产出 rows add to 48.66)"),
    ("huaiyang-animaldisease-2024", "e6", "prose", "completion_mismatch",
     "血清学样品5,460份，完成率91.00%",
     "血清学样品5,460份，完成率90.10%",
     "完成率90.10%",
     "5,460 / 6,000 = 91.00%, stated 90.10%"),

    # ---- gongan-landsubsidy-2019 (Hubei, 耕地地力保护补贴, prose only) ----
    ("gongan-landsubsidy-2019", "e1", "prose", "balance_mismatch",
     "年末结余资金12.43万元",
     "年末结余资金12.34万元",
     "12.34万元",
     "下达 14,068.00 − 兑付 14,055.57 = 12.43, stated 12.34"),
    ("gongan-landsubsidy-2019", "e2", "prose", "average_mismatch",
     "三年平均每亩105.15元",
     "三年平均每亩105.51元",
     "三年平均每亩105.51元",
     "(103.85 + 105.40 + 106.20) / 3 = 105.15, stated 105.51"),
    ("gongan-landsubsidy-2019", "e3", "prose", "conflicting_values",
     "核实补贴面积132.35万亩，补贴标准",
     "核实补贴面积132.53万亩，补贴标准",
     "核实补贴面积132.53万亩",
     "基本情况 gives 132.53万亩, the output section gives 132.35万亩 (which also matches 14,055.57万元 at 106.20元/亩)"),
    ("gongan-landsubsidy-2019", "e4", "prose", "year_mismatch",
     "截至2019年12月31日，累计兑付",
     "截至2018年12月31日，累计兑付",
     "截至2018年12月31日",
     "cumulative 2019 payments dated 'as of 31 Dec 2018' in a 2019 report (batches paid June–November 2019)"),
    ("gongan-landsubsidy-2019", "e5", "prose", "unit_mismatch",
     "第三批于11月发放451.91万元",
     "第三批于11月发放4519100万元",
     "4519100万元",
     "the third batch 4,519,100元 written with the unit 万元 (off by 10^4); 9,216.40 + 4,387.26 + 451.91 = 14,055.57"),
    ("gongan-landsubsidy-2019", "e6", "prose", "implausible_rate",
     "满意度为96.5%",
     "满意度为106.5%",
     "满意度为106.5%",
     "a satisfaction rate cannot exceed 100%"),

    # ---- quanzhou-renju-2022 (Guangxi, 农村人居环境整治, project, MOF table) ----
    ("quanzhou-renju-2022", "e1", "table", "weight_sum_mismatch",
     "｜2座｜1座｜5｜2.5｜",
     "｜2座｜1座｜6｜2.5｜",
     "1座｜6｜2.5",
     "weights now 10 + 51 + 30 + 10 = 101 (乡镇垃圾中转站 weight 6 instead of 5)"),
    ("quanzhou-renju-2022", "e2", "table", "score_exceeds_weight",
     "｜≥90%｜84%｜5｜4.67｜完成率93.33%，加强前期工作\n产出指标｜成本指标｜户厕改造户均补助｜≤1,500元/户｜1,480元/户｜10｜10｜",
     "｜≥90%｜84%｜5｜10｜完成率93.33%，加强前期工作\n产出指标｜成本指标｜户厕改造户均补助｜≤1,500元/户｜1,480元/户｜10｜4.67｜",
     "84%｜5｜10",
     "scores of two adjacent rows transposed: 项目按期完工率 now scores 10 against a weight of 5 (total still 89.10)"),
    ("quanzhou-renju-2022", "e3", "table", "completion_mismatch",
     "完成率91.67%，1个村选址调整",
     "完成率91.76%，1个村选址调整",
     "完成率91.76%",
     "11 / 12 villages = 91.67%, stated 91.76%"),
    ("quanzhou-renju-2022", "e4", "table", "year_mismatch",
     "附件：项目支出绩效自评表（2022年度）",
     "附件：项目支出绩效自评表（2021年度）",
     "自评表（2021年度）",
     "the attached table is headed 2021 while the report evaluates 2022 (last year's template)"),
    ("quanzhou-renju-2022", "e5", "table", "unit_mismatch",
     "｜≥3,200户｜3,356户｜10｜10｜",
     "｜≥3,200户｜104.88%｜10｜10｜",
     "≥3,200户｜104.88%",
     "target counted in 户, actual given as a percentage"),
    ("quanzhou-renju-2022", "e6", "prose", "conflicting_values",
     "全年新（改）建农村卫生户厕3,356户，超额完成年度任务",
     "全年新（改）建农村卫生户厕3,365户，超额完成年度任务",
     "农村卫生户厕3,365户",
     "text gives 3,365 toilets; the table, 超额完成156户 and 1,480元 × 3,356 = 496.69万元 give 3,356"),
]


def main():
    for old in CASES.glob("*-e*.txt"):
        old.unlink()
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = (CASES / clean_name).read_text(encoding="utf-8")
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, eid, where, code, old, new, value, expl) in EDITS:
            if s != src:
                continue
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src}-{eid}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            name = f"{src}-{eid}.txt"
            (CASES / name).write_text(text, encoding="utf-8")
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
