#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of set n183 from the clean drafts.

The clean drafts cases/<id>-clean.txt are the source of truth. Every error case is the clean
draft with exactly one edit applied: an exact old -> new replacement that must match exactly
once. `value` is the short substring of the error case that carries the changed figure.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "hejin-tezhongshebei-2022",
    "binyang-foodsampling-2023",
    "yidu-jiliangjianding-2021",
    "beizhen-zhishichanquan-2020",
    "tengchong-bumenzhengti-2024",
]

# (source, n, code, where, old, new, value, explanation)
# where: "table" or "prose" (for the README only)
EDITS = [
    # ---- 河津市 特种设备安全监察 2022 (Shanxi layout) ----
    ("hejin-tezhongshebei-2022", 1, "completion_mismatch", "table",
     "326家｜108.67%", "326家｜106.87%", "326家｜106.87%",
     "监督检查使用单位 326家 against ≥300家 is 108.67%, the 完成率 cell reads 106.87% (digits swapped)"),
    ("hejin-tezhongshebei-2022", 2, "year_mismatch", "prose",
     "2022年7月省级追加补助6.00万元", "2021年7月省级追加补助6.00万元", "2021年7月省级追加补助6.00万元",
     "the top-up that lifts the 2022 budget from 48.00 to 54.00 is dated July 2021, before the evaluation year "
     "(only a December advance of the previous year fits)"),
    ("hejin-tezhongshebei-2022", 3, "rate_mismatch", "table",
     "｜92.67｜", "｜92.76｜", "92.76",
     "funds table row (7)=(4)/(2), 县区级 column: 33.36 / 36.00 = 92.67%, printed 92.76"),
    ("hejin-tezhongshebei-2022", 4, "grade_mismatch", "table",
     "评价等级：优", "评价等级：良", "评价等级：良",
     "the table total 98.71 lies in the 优 band (≥ 90); the text still says 优秀"),
    ("hejin-tezhongshebei-2022", 5, "average_mismatch", "prose",
     "平均每批次138人次", "平均每批次183人次", "平均每批次183人次",
     "(126 + 141 + 150 + 135) / 4 = 552 / 4 = 138 人次, stated 183"),
    ("hejin-tezhongshebei-2022", 6, "weight_sum_mismatch", "table",
     "单台电梯监督抽查成本｜10｜", "单台电梯监督抽查成本｜15｜", "单台电梯监督抽查成本｜15",
     "cost row weight 10 -> 15: 产出 weights 10+10+10+10+15 = 55 (level 50) and all weights 105 while the 总分 row says 100"),

    # ---- 宾阳县 食品安全抽检 2023 (MOF 自评表 as 附件) ----
    ("binyang-foodsampling-2023", 1, "conflicting_values", "prose",
     "全年抽检1260批次，不合格", "全年抽检1206批次，不合格", "全年抽检1206批次",
     "the conclusion gives 1206批次 for the year's supervision sampling; section 四 (268+315+352+325) and the table give 1260批次"),
    ("binyang-foodsampling-2023", 2, "sum_mismatch", "table",
     "当年财政拨款｜85.00｜", "当年财政拨款｜58.00｜", "当年财政拨款｜58.00",
     "年初预算数 column: 58.00 + 0.00 + 0.00 = 58.00, but 年度资金总额 is 85.00 (text: 30.00 + 55.00 = 85.00)"),
    ("binyang-foodsampling-2023", 3, "unit_mismatch", "prose",
     "委托检验费75.60万元", "委托检验费756000万元", "756000万元",
     "the 委托检验费 of 75.60万元 (756000元) written with the unit 万元: the four parts no longer add to 90.35 "
     "and 600元 × 1260批次 = 75.60万元; off by 10^4"),
    ("binyang-foodsampling-2023", 4, "score_exceeds_weight", "table",
     "不合格食品核查处置率｜100%｜100%｜10｜10｜\n产出指标｜时效指标｜抽检结果公布时限｜≤20个工作日｜15个工作日｜5｜5｜",
     "不合格食品核查处置率｜100%｜100%｜5｜10｜\n产出指标｜时效指标｜抽检结果公布时限｜≤20个工作日｜15个工作日｜10｜5｜",
     "不合格食品核查处置率｜100%｜100%｜5｜10",
     "the weights of two adjacent rows were swapped: 核查处置率 now scores 10 against a weight of 5 "
     "(weights still total 100 and scores 97.26)"),
    ("binyang-foodsampling-2023", 5, "average_mismatch", "prose",
     "季度平均315批次", "季度平均351批次", "季度平均351批次",
     "(268 + 315 + 352 + 325) / 4 = 1260 / 4 = 315批次, stated 351"),
    ("binyang-foodsampling-2023", 6, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100%",
     "an execution rate of 100% on a 全年预算数 of 0.00 (rate undefined, should be —)"),

    # ---- 宜都市 计量器具强制检定 2021 (Hubei, table in the body) ----
    ("yidu-jiliangjianding-2021", 1, "grade_mismatch", "prose",
     "评价等级为良好", "评价等级为优秀", "评价等级为优秀",
     "综合得分89.00分 lies in the 良 band (80 ≤ s < 90), not 优"),
    ("yidu-jiliangjianding-2021", 2, "unit_mismatch", "table",
     "｜≥95%｜92.15%｜97.00%｜", "｜≥95%｜10367台件｜97.00%｜", "10367台件",
     "受检率 row: target is a percentage (≥95%), the actual is written as a count (10367台件), so completion cannot be computed"),
    ("yidu-jiliangjianding-2021", 3, "balance_mismatch", "prose",
     "结余5.40万元", "结余4.50万元", "结余4.50万元",
     "36.00 − 30.60 = 5.40万元, stated 4.50"),
    ("yidu-jiliangjianding-2021", 4, "score_sum_mismatch", "table",
     "98.47%｜10｜9.85｜", "98.47%｜10｜9.58｜", "98.47%｜10｜9.58",
     "row scores now add to 88.73 (8.50+11.25+8.00+9.70+5+10+7.10+9.58+10+9.60), the 合计 row and text say 89.00"),
    ("yidu-jiliangjianding-2021", 5, "rate_mismatch", "prose",
     "支出率75.24%", "支出率75.42%", "支出率75.42%",
     "下乡检定差旅及车辆运行费 4.74 / 6.30 = 75.24%, stated 75.42%"),
    ("yidu-jiliangjianding-2021", 6, "completion_mismatch", "table",
     "336户｜80.00%", "336户｜84.00%", "336户｜84.00%",
     "强检服务覆盖用户数 336户 against ≥420户 is 80.00%, stated 84.00% (the score 8.00 still follows 80%)"),

    # ---- 北镇市 知识产权保护 2020 (funds and indicators in prose only) ----
    ("beizhen-zhishichanquan-2020", 1, "year_mismatch", "prose",
     "截至2020年12月31日，实际支出26.88万元", "截至2019年12月31日，实际支出26.88万元", "截至2019年12月31日",
     "the 2020 spending of 26.88万元 is dated at the end of 2019, a year other than the evaluation year 2020"),
    ("beizhen-zhishichanquan-2020", 2, "score_exceeds_weight", "prose",
     "社会效益指标分值20分，全市有效注册商标达到4386件，超过4200件的目标，地理标志产品的品牌影响力进一步提升，得20分；可持续影响指标分值10分",
     "社会效益指标分值10分，全市有效注册商标达到4386件，超过4200件的目标，地理标志产品的品牌影响力进一步提升，得20分；可持续影响指标分值20分",
     "社会效益指标分值10分，全市有效注册商标达到4386件，超过4200件的目标，地理标志产品的品牌影响力进一步提升，得20分",
     "the two 效益 weights were swapped: 社会效益 scores 20 against a weight of 10 (the 效益 weights still add to 30)"),
    ("beizhen-zhishichanquan-2020", 3, "sum_mismatch", "prose",
     "知识产权执法办案及打假7.28万元", "知识产权执法办案及打假7.82万元", "知识产权执法办案及打假7.82万元",
     "9.60 + 6.40 + 7.82 + 3.60 = 27.42, but the parts are given as the breakdown of 实际支出26.88万元"),
    ("beizhen-zhishichanquan-2020", 4, "weight_sum_mismatch", "prose",
     "产出指标50分，得49.74分", "产出指标60分，得49.74分", "产出指标60分",
     "first-level weights 10 + 60 + 30 + 10 = 110; the 产出 sub-weights 20 + 15 + 5 + 10 = 50"),
    ("beizhen-zhishichanquan-2020", 5, "conflicting_values", "prose",
     "查处侵权假冒案件17件，超过年度目标", "查处侵权假冒案件19件，超过年度目标", "查处侵权假冒案件19件",
     "section 二（二） gives 立案查处…案件17件 for the same year; the scoring paragraph says 19件"),
    ("beizhen-zhishichanquan-2020", 6, "average_mismatch", "prose",
     "场均110人次", "场均101人次", "场均101人次",
     "(120 + 86 + 95 + 139) / 4 = 440 / 4 = 110人次, stated 101"),

    # ---- 腾冲市 市场监督管理局 部门整体 2024 ----
    ("tengchong-bumenzhengti-2024", 1, "score_sum_mismatch", "table",
     "96.5%｜6｜5.91｜", "96.5%｜6｜5.19｜", "96.5%｜6｜5.19",
     "row scores now add to 98.56, the 合计 row and the conclusion say 99.28"),
    ("tengchong-bumenzhengti-2024", 2, "unit_mismatch", "prose",
     "挽回经济损失356.8万元", "挽回经济损失3568000万元", "3568000万元",
     "356.8万元 (3568000元) written with the unit 万元; the table gives 356.8万元; off by 10^4"),
    ("tengchong-bumenzhengti-2024", 3, "rate_mismatch", "table",
     "120.52｜87.08%", "120.52｜87.80%", "120.52｜87.80%",
     "食品药品安全监管 120.52 / 138.40 = 87.08%, stated 87.80%"),
    ("tengchong-bumenzhengti-2024", 4, "balance_mismatch", "prose",
     "年末结转结余47.18万元", "年末结转结余41.78万元", "结转结余41.78万元",
     "2015.70 − 1968.52 = 47.18万元 (= 467.40 − 420.22 of project funds), stated 41.78"),
    ("tengchong-bumenzhengti-2024", 5, "conflicting_values", "table",
     "｜≥5000件｜5862件｜", "｜≥5000件｜5682件｜", "5682件",
     "the table's 受理量 is 5682件; the text gives 5862件 (= 3914 + 1216 + 732)"),
    ("tengchong-bumenzhengti-2024", 6, "implausible_rate", "prose",
     "回访满意率96.3%", "回访满意率106.3%", "回访满意率106.3%",
     "a satisfaction rate above 100%"),
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
    print(f"built {len(labels)} cases ({len(EDITS)} error cases)")


if __name__ == "__main__":
    main()
