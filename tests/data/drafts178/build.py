#!/usr/bin/env python3
"""Build the n178 error cases and labels.jsonl from the five clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "sc-baoxing-minju-2019",
    "xj-wushi-dizhenju-2021",
    "sx-dingxiang-kepu-2022",
    "fj-zhangpu-yujing-2024",
    "nx-shapotou-duanceng-2020",
]

# (source, n, code, where, old, new, value, explanation)
# where: "prose" or "table" (documentation only; README lists it)
EDITS = [
    # ---------------- 宝兴县 农村民居地震安全工程 2019 (Sichuan) ----------------
    ("sc-baoxing-minju-2019", 1, "average_mismatch", "prose",
     "共136人次，平均每期34人次",
     "共136人次，平均每期36人次",
     "平均每期36人次",
     "four sessions of 31, 35, 38 and 32 trainees: (31+35+38+32)/4 = 34, stated 36"),
    ("sc-baoxing-minju-2019", 2, "unit_mismatch", "prose",
     "（107户，每户补助12000元）",
     "（107户，每户补助12000万元）",
     "每户补助12000万元",
     "per-household subsidy is 12000元 (= 1.2万元/户, 128.40万元 / 107户); written as 12000万元 it is off by 10^4"),
    ("sc-baoxing-minju-2019", 3, "year_mismatch", "prose",
     "截至2019年12月31日，项目资金180.00万元全部到位",
     "截至2018年12月31日，项目资金180.00万元全部到位",
     "截至2018年12月31日",
     "the 2019 report states funds received as of 31 Dec 2018, before the August 2019 top-up existed; must name the evaluation year 2019"),
    ("sc-baoxing-minju-2019", 4, "implausible_rate", "table",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100%",
     "execution rate 100% printed on a zero carry-over budget (0.00 / 0.00): a rate on a zero base"),
    ("sc-baoxing-minju-2019", 5, "score_exceeds_weight", "table",
     "1.2万元/户｜10｜10｜—\n效益指标｜社会效益指标｜直接受益农村人口｜≥400人｜446人｜15｜15｜—",
     "1.2万元/户｜10｜15｜—\n效益指标｜社会效益指标｜直接受益农村人口｜≥400人｜446人｜15｜10｜—",
     "1.2万元/户｜10｜15",
     "scores of two adjacent rows swapped: the cost row (分值10) now scores 15 > 10; the total 98.70 still adds up"),
    ("sc-baoxing-minju-2019", 6, "grade_mismatch", "table",
     "自评等级｜优",
     "自评等级｜良",
     "自评等级｜良",
     "total 98.70 lies in the 优 band (90–100), table says 良"),

    # ---------------- 乌什县地震局 部门整体 2021 (Xinjiang) ----------------
    ("xj-wushi-dizhenju-2021", 1, "average_mismatch", "prose",
     "英阿瓦提监测点98.7%",
     "英阿瓦提监测点98.2%",
     "英阿瓦提监测点98.2%、依麻木监测点99.1%，5个台站（点）平均运行率99.10%",
     "(99.6+98.9+99.2+98.2+99.1)/5 = 99.00%, stated average 99.10%"),
    ("xj-wushi-dizhenju-2021", 2, "rate_mismatch", "table",
     "项目支出｜58.30｜70.90｜69.41｜—｜97.90%｜—",
     "项目支出｜58.30｜70.90｜69.41｜—｜97.09%｜—",
     "70.90｜69.41｜—｜97.09%",
     "项目支出 69.41 / 70.90 = 97.90%, stated 97.09%"),
    ("xj-wushi-dizhenju-2021", 3, "balance_mismatch", "prose",
     "年末结余2.07万元，已由县财政收回",
     "年末结余2.70万元，已由县财政收回",
     "年末结余2.70万元",
     "全年预算 209.40 − 支出 207.33 = 2.07万元, stated 2.70万元"),
    ("xj-wushi-dizhenju-2021", 4, "sum_mismatch", "table",
     "项目支出｜58.30｜70.90",
     "项目支出｜53.80｜70.90",
     "年度资金总额｜196.80｜209.40｜207.33｜10｜99.01%｜9.90\n其中：基本支出｜138.50｜138.50｜137.92｜—｜99.58%｜—\n项目支出｜53.80",
     "年初预算: 基本支出 138.50 + 项目支出 53.80 = 192.30 ≠ 年度资金总额 196.80 (was 58.30)"),
    ("xj-wushi-dizhenju-2021", 5, "weight_sum_mismatch", "table",
     "社会公众满意度｜≥90%｜94.5%｜10｜10｜—",
     "社会公众满意度｜≥90%｜94.5%｜15｜10｜—",
     "94.5%｜15｜10｜—\n合计｜｜｜｜｜100",
     "weights now 10 + 50 + 30 + 15 = 105, total row says 100"),
    ("xj-wushi-dizhenju-2021", 6, "score_exceeds_weight", "table",
     "5个｜5个｜10｜10｜—\n产出指标｜数量指标｜防震减灾科普宣传活动｜≥12场｜14场｜5｜5｜—",
     "5个｜5个｜10｜5｜—\n产出指标｜数量指标｜防震减灾科普宣传活动｜≥12场｜14场｜5｜10｜—",
     "14场｜5｜10",
     "scores of two adjacent rows swapped: 科普宣传活动 (分值5) now scores 10 > 5; the total 99.37 still adds up"),

    # ---------------- 定襄县 防震减灾科普宣传 2022 (Shanxi) ----------------
    ("sx-dingxiang-kepu-2022", 1, "completion_mismatch", "table",
     "｜≥30场｜32场｜106.67%｜",
     "｜≥30场｜32场｜106.76%｜",
     "≥30场｜32场｜106.76%",
     "32 / 30 = 106.67%, stated 106.76%"),
    ("sx-dingxiang-kepu-2022", 2, "rate_mismatch", "table",
     "执行率（%）｜(7)=(4)/(2)｜94.50｜0｜100｜0｜90.57｜0｜0",
     "执行率（%）｜(7)=(4)/(2)｜94.50｜0｜100｜0｜90.75｜0｜0",
     "执行率（%）｜(7)=(4)/(2)｜94.50｜0｜100｜0｜90.75",
     "县区级 column: 12.68 / 14.00 = 90.57%, printed 90.75"),
    ("sx-dingxiang-kepu-2022", 3, "conflicting_values", "prose",
     "公众防震减灾知识知晓率84.6%，较2021年",
     "公众防震减灾知识知晓率86.4%，较2021年",
     "公众防震减灾知识知晓率86.4%",
     "text gives the 2022 survey result as 86.4%, the 自评表 row (and its 105.75% completion) as 84.6%"),
    ("sx-dingxiang-kepu-2022", 4, "unit_mismatch", "table",
     "｜≥6项｜6项｜100%｜",
     "｜≥6项｜100%｜100%｜",
     "≥6项｜100%",
     "target counted in 项, actual written as a percentage"),
    ("sx-dingxiang-kepu-2022", 5, "year_mismatch", "prose",
     "2022年5月，省财政下达防震减灾科普补助资金10.00万元",
     "2023年5月，省财政下达防震减灾科普补助资金10.00万元",
     "2023年5月，省财政下达",
     "the provincial 10.00万元 counted in the 2022 budget and spent in 2022 is said to be issued in May 2023 (after the report date, 2023年2月)"),
    ("sx-dingxiang-kepu-2022", 6, "grade_mismatch", "table",
     "评价等级｜优秀",
     "评价等级｜良好",
     "评价等级｜良好",
     "total 98.25 lies in the 优 band, table says 良好"),

    # ---------------- 漳浦县 地震预警信息发布 2024 (Fujian) ----------------
    ("fj-zhangpu-yujing-2024", 1, "score_sum_mismatch", "table",
     "总分｜｜｜｜｜100｜99.63｜",
     "总分｜｜｜｜｜100｜99.36｜",
     "总分｜｜｜｜｜100｜99.36",
     "9.70 + 10 + 10 + 9.93 + 10 + 10 + 15 + 15 + 10 = 99.63, total row says 99.36"),
    ("fj-zhangpu-yujing-2024", 2, "implausible_rate", "prose",
     "当年支出20.00万元，支出率100%",
     "当年支出21.60万元，支出率108.00%",
     "当年支出21.60万元，支出率108.00%",
     "21.60 spent of the 20.00万元 provincial grant: spending rate 108.00% is above 100%"),
    ("fj-zhangpu-yujing-2024", 3, "conflicting_values", "table",
     "｜≥60台｜64台｜",
     "｜≥60台｜66台｜",
     "≥60台｜66台",
     "自评表 gives 66 new terminals; the text (64台, 38 + 26, 64 × 6200元 = 39.68万元) and the 总体目标 row give 64"),
    ("fj-zhangpu-yujing-2024", 4, "completion_mismatch", "prose",
     "完成目标值的99.29%",
     "完成目标值的99.92%",
     "完成目标值的99.92%",
     "97.3% / 98% = 99.29%, stated 99.92%"),
    ("fj-zhangpu-yujing-2024", 5, "sum_mismatch", "prose",
     "存量终端运维及通信流量费18.50万元",
     "存量终端运维及通信流量费18.05万元",
     "全年实际支出75.66万元，预算执行率97.00%。其中：新增终端采购安装39.68万元（64台，每台6200元），预警平台与应急广播对接及软件升级11.28万元，存量终端运维及通信流量费18.05万元",
     "39.68 + 11.28 + 18.05 + 6.20 = 75.21 ≠ 75.66 (was 18.50)"),
    ("fj-zhangpu-yujing-2024", 6, "year_mismatch", "table",
     "项目支出绩效自评表\n（2024年度）",
     "项目支出绩效自评表\n（2023年度）",
     "（2023年度）",
     "the 自评表 is headed 2023 in a report on the 2024 budget year"),

    # ---------------- 沙坡头区 城区活动断层探测 2020 (Ningxia, prose only) ----------------
    ("nx-shapotou-duanceng-2020", 1, "score_sum_mismatch", "prose",
     "项目综合得分98.77分",
     "项目综合得分98.87分",
     "项目综合得分98.87分",
     "9.33 + 49.44 + 30 + 10 = 98.77, stated 98.87"),
    ("nx-shapotou-duanceng-2020", 2, "weight_sum_mismatch", "prose",
     "效益指标30分，满意度指标10分，合计100分",
     "效益指标35分，满意度指标10分，合计100分",
     "预算执行率10分，产出指标50分（其中数量指标40分、质量指标10分），效益指标35分，满意度指标10分，合计100分",
     "10 + 50 + 35 + 10 = 105, stated 合计100分"),
    ("nx-shapotou-duanceng-2020", 3, "balance_mismatch", "prose",
     "年末未支出14.34万元",
     "年末未支出14.43万元",
     "年末未支出14.43万元",
     "215.40 − 201.06 = 14.34万元, stated 14.43万元"),
    ("nx-shapotou-duanceng-2020", 4, "unit_mismatch", "prose",
     "监理及成果评审3.56万元",
     "监理及成果评审35600万元",
     "监理及成果评审35600万元",
     "the 3.56万元 (35600元) item written with the unit 万元: off by 10^4; the five items no longer add to 201.06"),
    ("nx-shapotou-duanceng-2020", 5, "conflicting_values", "prose",
     "全年完成浅层地震勘探测线12.6公里",
     "全年完成浅层地震勘探测线16.2公里",
     "全年完成浅层地震勘探测线16.2公里",
     "overview says 16.2 km of survey lines, section 三 says 12.6 km (0.6 km above the 12 km target)"),
    ("nx-shapotou-duanceng-2020", 6, "rate_mismatch", "prose",
     "预算执行率93.34%",
     "预算执行率93.43%",
     "预算执行率93.43%",
     "201.06 / 215.40 = 93.34%, stated 93.43%"),
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
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
