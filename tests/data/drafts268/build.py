#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts268 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is a short exact substring of the error case that contains the changed figure.
`where` says whether the slip sits in the prose (P) or in a table (T).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "ha-minquan-laowushuchu-2022",
    "gz-anlong-bangfuchejian-2023",
    "sc-kaijiang-fanxiangchuangye-2021",
    "sx-shilou-gongyigangwei-2019",
    "ah-fengyang-jiuyezhongxin-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- Henan, Minquan: 劳务输出奖补 (MOF table layout) ---
    ("ha-minquan-laowushuchu-2022", 1, "rate_mismatch", "T",
     "其中：当年财政拨款｜300.00｜320.00｜304.90｜—｜95.28%｜—",
     "其中：当年财政拨款｜300.00｜320.00｜304.90｜—｜92.58%｜—",
     "92.58%",
     "当年财政拨款 row: 304.90 / 320.00 = 95.28%, stated 92.58%"),
    ("ha-minquan-laowushuchu-2022", 2, "score_exceeds_weight", "T",
     "100%｜100%｜10｜10｜\n产出指标｜时效指标｜补贴资金发放及时率｜≥95%｜97.6%｜5｜5｜",
     "100%｜100%｜10｜5｜\n产出指标｜时效指标｜补贴资金发放及时率｜≥95%｜97.6%｜5｜10｜",
     "97.6%｜5｜10",
     "scores of two adjacent rows swapped: 补贴资金发放及时率 now scores 10 against a weight of 5 (total still 99.13)"),
    ("ha-minquan-laowushuchu-2022", 3, "completion_mismatch", "P",
     "有组织劳务输出4,215人，完成率105.38%",
     "有组织劳务输出4,215人，完成率105.83%",
     "完成率105.83%",
     "4215 / 4000 = 105.38%, stated 105.83%"),
    ("ha-minquan-laowushuchu-2022", 4, "year_mismatch", "P",
     "截至2022年12月31日，全县脱贫劳动力",
     "截至2021年12月31日，全县脱贫劳动力",
     "截至2021年12月31日",
     "a 2022 report states its year-end outcome as of 31 Dec 2021"),
    ("ha-minquan-laowushuchu-2022", 5, "average_mismatch", "P",
     "平均每家组织输出162人",
     "平均每家组织输出126人",
     "平均每家组织输出126人",
     "4215 people / 26 organisations = 162.12, stated 126"),
    ("ha-minquan-laowushuchu-2022", 6, "unit_mismatch", "T",
     "稳岗奖补发放人数｜≥1600人｜1528人｜",
     "稳岗奖补发放人数｜≥1600人｜95.5%｜",
     "≥1600人｜95.5%",
     "target counted in 人, actual given as a percentage"),

    # --- Guizhou, Anlong: 就业帮扶车间 ---
    ("gz-anlong-bangfuchejian-2023", 1, "average_mismatch", "P",
     "平均每个车间吸纳33.94人",
     "平均每个车间吸纳39.34人",
     "平均每个车间吸纳39.34人",
     "1086 workers / 32 workshops = 33.94, stated 39.34"),
    ("gz-anlong-bangfuchejian-2023", 2, "sum_mismatch", "T",
     "省级就业补助资金｜30.00｜45.00｜40.60｜90.22%",
     "省级就业补助资金｜35.00｜45.00｜40.60｜90.22%",
     "省级就业补助资金｜35.00",
     "年初预算 column: 150.00 + 35.00 + 0.00 + 0.00 = 185.00, 合计 says 180.00"),
    ("gz-anlong-bangfuchejian-2023", 3, "weight_sum_mismatch", "T",
     "｜91.2%｜10｜10｜\n合计｜｜｜｜｜100｜96.69｜",
     "｜91.2%｜15｜10｜\n合计｜｜｜｜｜100｜96.69｜",
     "｜91.2%｜15｜10｜\n合计｜｜｜｜｜100",
     "weights now add up to 105 (satisfaction row 15 instead of 10), 合计 says 100"),
    ("gz-anlong-bangfuchejian-2023", 4, "implausible_rate", "T",
     "上年结转资金｜0.00｜0.00｜0.00｜—",
     "上年结转资金｜0.00｜0.00｜0.00｜100.00%",
     "上年结转资金｜0.00｜0.00｜0.00｜100.00%",
     "execution rate of 100% on a zero budget (上年结转 0.00)"),
    ("gz-anlong-bangfuchejian-2023", 5, "conflicting_values", "T",
     "车间务工人员月均工资｜≥2200元｜2350元｜",
     "车间务工人员月均工资｜≥2200元｜2530元｜",
     "2530元",
     "monthly wage 2,530元 in the table, 2,350元 in the text"),
    ("gz-anlong-bangfuchejian-2023", 6, "grade_mismatch", "P",
     "评价等级为“优”",
     "评价等级为“良”",
     "评价等级为“良”",
     "96.69 is in the 优 band (>= 90)"),

    # --- Sichuan, Kaijiang: 农民工返乡创业 (Sichuan table layout) ---
    ("sc-kaijiang-fanxiangchuangye-2021", 1, "balance_mismatch", "P",
     "年末结余53.55万元",
     "年末结余35.55万元",
     "结余35.55万元",
     "150.00 received - 96.45 spent = 53.55, stated 35.55"),
    ("sc-kaijiang-fanxiangchuangye-2021", 2, "score_sum_mismatch", "T",
     "｜92.6｜10｜10｜\n总分｜",
     "｜92.6｜10｜9｜\n总分｜",
     "92.6｜10｜9｜\n总分｜｜｜｜｜｜｜100｜85.74",
     "row scores now add up to 84.74 (satisfaction 9), total still 85.74"),
    ("sc-kaijiang-fanxiangchuangye-2021", 3, "unit_mismatch", "P",
     "发放一次性创业补贴53.00万元（53户）",
     "发放一次性创业补贴530000万元（53户）",
     "530000万元",
     "53.00万元 (530000元) written with the unit 万元: off by 10^4; 53.00 + 31.45 + 12.00 = 96.45"),
    ("sc-kaijiang-fanxiangchuangye-2021", 4, "year_mismatch", "T",
     "附件：项目支出绩效自评表\n（2021年度）",
     "附件：项目支出绩效自评表\n（2020年度）",
     "（2020年度）",
     "the 2021 report attaches a self-evaluation table headed 2020"),
    ("sc-kaijiang-fanxiangchuangye-2021", 5, "completion_mismatch", "P",
     "共带动就业318人，完成率63.60%",
     "共带动就业318人，完成率66.30%",
     "完成率66.30%",
     "318 / 500 = 63.60%, stated 66.30%"),
    ("sc-kaijiang-fanxiangchuangye-2021", 6, "grade_mismatch", "P",
     "评价等级为“良好”",
     "评价等级为“优秀”",
     "评价等级为“优秀”",
     "85.74 is in the 良 band (80 <= s < 90)"),

    # --- Shanxi, Shilou: 公益性岗位补贴 (prose only) ---
    ("sx-shilou-gongyigangwei-2019", 1, "rate_mismatch", "P",
     "预算执行率97.50%",
     "预算执行率97.05%",
     "预算执行率97.05%",
     "456.30 / 468.00 = 97.50%, stated 97.05%"),
    ("sx-shilou-gongyigangwei-2019", 2, "sum_mismatch", "P",
     "省级就业补助资金120.00万元",
     "省级就业补助资金102.00万元",
     "省级就业补助资金102.00万元",
     "300.00 + 102.00 + 48.00 = 450.00, stated total 468.00"),
    ("sx-shilou-gongyigangwei-2019", 3, "score_sum_mismatch", "P",
     "本项目自评得分99.49分",
     "本项目自评得分99.94分",
     "自评得分99.94分",
     "9.75 + 50 + 29.74 + 10 = 99.49, stated 99.94"),
    ("sx-shilou-gongyigangwei-2019", 4, "conflicting_values", "P",
     "全年累计安置就业困难人员320人",
     "全年累计安置就业困难人员302人",
     "安置就业困难人员302人",
     "302 placed in section 一, 320 placed in section 五 (and 320 - 24 left = 296 on post)"),
    ("sx-shilou-gongyigangwei-2019", 5, "year_mismatch", "P",
     "我局对2019年度公益性岗位补贴资金开展了绩效自评",
     "我局对2018年度公益性岗位补贴资金开展了绩效自评",
     "2018年度公益性岗位补贴资金",
     "the report on 2019 says it evaluated the 2018 funds"),
    ("sx-shilou-gongyigangwei-2019", 6, "implausible_rate", "P",
     "满意度为95.3%",
     "满意度为105.3%",
     "满意度为105.3%",
     "satisfaction above 100%"),

    # --- Anhui, Fengyang: 部门整体 ---
    ("ah-fengyang-jiuyezhongxin-2024", 1, "average_mismatch", "T",
     "平均｜570｜463.2",
     "平均｜570｜436.2",
     "570｜436.2",
     "2316 certificates / 5 institutions = 463.2, stated 436.2"),
    ("ah-fengyang-jiuyezhongxin-2024", 2, "completion_mismatch", "T",
     "4126人｜108.58%",
     "4126人｜105.88%",
     "4126人｜105.88%",
     "4126 / 3800 = 108.58%, stated 105.88%"),
    ("ah-fengyang-jiuyezhongxin-2024", 3, "unit_mismatch", "T",
     "培训后取证率｜≥85%｜81.26%｜",
     "培训后取证率｜≥85%｜2316人｜",
     "≥85%｜2316人",
     "target is a percentage, actual a head count"),
    ("ah-fengyang-jiuyezhongxin-2024", 4, "score_exceeds_weight", "T",
     "81.26%｜95.60%｜10｜9.56\n产出指标｜时效指标｜补贴资金审核发放及时率｜≥95%｜92.00%｜96.84%｜5｜4.84",
     "81.26%｜95.60%｜10｜4.84\n产出指标｜时效指标｜补贴资金审核发放及时率｜≥95%｜92.00%｜96.84%｜5｜9.56",
     "96.84%｜5｜9.56",
     "scores of two adjacent rows swapped: 审核发放及时率 scores 9.56 against a weight of 5 (total still 96.51)"),
    ("ah-fengyang-jiuyezhongxin-2024", 5, "weight_sum_mismatch", "P",
     "产出指标50分、效益指标30分、满意度指标10分设置，满分100分",
     "产出指标50分、效益指标20分、满意度指标10分设置，满分100分",
     "效益指标20分",
     "10 + 50 + 20 + 10 = 90, stated 满分100分 (table weights of 效益 add up to 30)"),
    ("ah-fengyang-jiuyezhongxin-2024", 6, "balance_mismatch", "P",
     "年末结余39.05万元",
     "年末结余39.50万元",
     "结余39.50万元",
     "1286.52 - 1247.47 = 39.05, stated 39.50"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old text matches {cnt} times: {old!r}")
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
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(labels) - len(SOURCES)} with one error)")


if __name__ == "__main__":
    main()
