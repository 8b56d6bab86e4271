#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one exact replacement (old -> new); `old` must occur
exactly once in the clean draft and `value` must occur in the resulting error case.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "hn-junshan-xuefang-2022",
    "jx-yugan-chaluomieluo-2020",
    "sx-yanggao-difangbing-2019",
    "sc-dechang-xuefang-2023",
    "yn-eryuan-xuefangzhan-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- Hunan, Junshan district CDC, schistosomiasis control, 2022 -------------------------------
    ("hn-junshan-xuefang-2022", 1, "rate_mismatch", "prose",
     "当年财政拨款支出192.37万元，执行率94.07%",
     "当年财政拨款支出192.37万元，执行率94.70%",
     "执行率94.70%",
     "sub-rate of the current-year appropriation: 192.37 / 204.50 = 94.07%, stated 94.70%"),
    ("hn-junshan-xuefang-2022", 2, "sum_mismatch", "table",
     "上年结转资金\t15.60\t15.60\t14.85",
     "上年结转资金\t15.60\t15.60\t14.58",
     "上年结转资金\t15.60\t15.60\t14.58",
     "全年执行数 column: 192.37 + 14.58 + 0.00 = 206.95, but 年度资金总额 says 207.22 (component was 14.85)"),
    ("hn-junshan-xuefang-2022", 3, "grade_mismatch", "prose",
     "评价等级为“优”",
     "评价等级为“良”",
     "评价等级为“良”",
     "total 98.92 lies in the 优 band (90-100), stated 良"),
    ("hn-junshan-xuefang-2022", 4, "average_mismatch", "prose",
     "平均每镇384.87万平方米",
     "平均每镇348.87万平方米",
     "平均每镇348.87万平方米",
     "(412.6 + 386.3 + 355.7) / 3 = 384.87, stated 348.87"),
    ("hn-junshan-xuefang-2022", 5, "unit_mismatch", "table",
     "晚期血吸虫病人救治率\t≥95%\t100%",
     "晚期血吸虫病人救治率\t≥95%\t46人",
     "≥95%\t46人",
     "target is a rate (≥95%), actual written as a head count (46人): completion cannot be computed"),
    ("hn-junshan-xuefang-2022", 6, "completion_mismatch", "prose",
     "完成年度目标任务的104.56%",
     "完成年度目标任务的104.65%",
     "完成年度目标任务的104.65%",
     "1568.4 / 1500 = 104.56%, stated 104.65%"),

    # --- Jiangxi, Yugan schistosomiasis station, snail survey and control, 2020 (web page) --------
    ("jx-yugan-chaluomieluo-2020", 1, "balance_mismatch", "prose",
     "年末结余3.74万元",
     "年末结余3.47万元",
     "年末结余3.47万元",
     "93.50 received (= budget) - 89.76 spent = 3.74, stated 3.47"),
    ("jx-yugan-chaluomieluo-2020", 2, "conflicting_values", "prose",
     "全年药物灭螺581.3万平方米",
     "全年药物灭螺518.3万平方米",
     "药物灭螺518.3万平方米",
     "the chemical mollusciciding area is 581.3万平方米 in the goal block and the indicator table (and the 约8720亩 beside it fits 581.3)"),
    ("jx-yugan-chaluomieluo-2020", 3, "implausible_rate", "table",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t—\t—",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t100%\t—",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t100%",
     "execution rate 100% printed on a zero carry-over budget (0.00): rate on a zero base"),
    ("jx-yugan-chaluomieluo-2020", 4, "year_mismatch", "prose",
     "对2020年度查螺灭螺专项资金",
     "对2021年度查螺灭螺专项资金",
     "2021年度查螺灭螺专项资金",
     "the report evaluates 2020 (title, 自评表 （2020年度）, budget sentences); this sentence claims 2021"),
    ("jx-yugan-chaluomieluo-2020", 5, "score_exceeds_weight", "table",
     "≥1200亩\t1185亩\t8\t7.9",
     "≥1200亩\t1185亩\t8\t8.3",
     "1185亩\t8\t8.3",
     "环境改造灭螺面积: score 8.3 above its weight 8 (row sum 99.4 still agrees with the whole-point total 99)"),
    ("jx-yugan-chaluomieluo-2020", 6, "score_sum_mismatch", "table",
     "总分\t\t\t\t\t100\t99",
     "总分\t\t\t\t\t100\t97",
     "100\t97",
     "9.6 + 10 + 10 + 7.9 + 7.5 + 7 + 7 + 10 + 10 + 10 + 10 = 99.0, stated total 97"),

    # --- Shanxi, Yanggao county CDC, endemic disease control (iodine, fluorosis), 2019 -------------
    ("sx-yanggao-difangbing-2019", 1, "rate_mismatch", "table",
     "\t96.74\n",
     "\t96.47\n",
     "96.47",
     "funds table row (7)=(4)/(2), column 中央级: 40.63 / 42.00 = 96.74, stated 96.47"),
    ("sx-yanggao-difangbing-2019", 2, "balance_mismatch", "prose",
     "全年支出19.70万元，结余0.80万元",
     "全年支出19.70万元，结余0.08万元",
     "结余0.08万元",
     "fluorosis monitoring sub-item: 20.50 received - 19.70 spent = 0.80, stated 0.08"),
    ("sx-yanggao-difangbing-2019", 3, "completion_mismatch", "table",
     "\t1236人\n\t103.00%\n",
     "\t1236人\n\t101.30%\n",
     "1236人\n\t101.30%",
     "氟斑牙检查人数: 1236 / 1200 = 103.00%, stated 101.30%"),
    ("sx-yanggao-difangbing-2019", 4, "weight_sum_mismatch", "table",
     "监测数据按时上报率\n\t6\n",
     "监测数据按时上报率\n\t8\n",
     "监测数据按时上报率\n\t8",
     "weights 10 + 8 + 8 + 8 + 8 + 6 + 8 + 6 + 10 + 10 + 10 + 10 = 102, 合计 says 100"),
    ("sx-yanggao-difangbing-2019", 5, "average_mismatch", "prose",
     "平均每个乡镇40.8名",
     "平均每个乡镇41.8名",
     "平均每个乡镇41.8名",
     "(41 + 40 + 42 + 40 + 41) / 5 = 40.8, stated 41.8"),
    ("sx-yanggao-difangbing-2019", 6, "year_mismatch", "prose",
     "截至2019年12月31日",
     "截至2020年12月31日",
     "截至2020年12月31日",
     "year-end execution figures of the 2019 evaluation dated to 2020-12-31"),

    # --- Sichuan, Dechang county CDC, schistosomiasis control, 2023 (PDF copy) ---------------------
    ("sc-dechang-xuefang-2023", 1, "sum_mismatch", "prose",
     "省级补助资金19.00万元",
     "省级补助资金19.60万元",
     "省级补助资金19.60万元",
     "46.00 + 19.60 + 7.00 + 3.00 = 75.60, but the adjusted budget is 75.00 (provincial share was 19.00)"),
    ("sc-dechang-xuefang-2023", 2, "score_sum_mismatch", "prose",
     "效益指标（分值30分）得分29.6分",
     "效益指标（分值30分）得分29.8分",
     "效益指标（分值30分）得分29.8分",
     "benefit rows of the 自评表: 10 + 10 + 9.6 = 29.6, stated 29.8"),
    ("sc-dechang-xuefang-2023", 3, "score_exceeds_weight", "table",
     "≥ 95 % 93.1 5 4.9",
     "≥ 95 % 93.1 5 5.3",
     "93.1 5 5.3",
     "查螺质量抽查合格率: score 5.3 above its weight 5 (row sum 98.4 still agrees with the whole-point total 98)"),
    ("sc-dechang-xuefang-2023", 4, "unit_mismatch", "prose",
     "人均5850元",
     "人均5850万元",
     "人均5850万元",
     "12 patients, 7.02万元 in total: 5850元 each; written 5850万元 (off by 10^4; the table says 5850元)"),
    ("sc-dechang-xuefang-2023", 5, "implausible_rate", "prose",
     "满意度为97.5%",
     "满意度为107.5%",
     "满意度为107.5%",
     "satisfaction of late-stage patients and families above 100%"),
    ("sc-dechang-xuefang-2023", 6, "grade_mismatch", "table",
     "自评等级为“优”",
     "自评等级为“良”",
     "自评等级为“良”",
     "总分 98 lies in the 优 band, the conclusion box of the 自评表 says 良"),

    # --- Yunnan, Eryuan schistosomiasis station, department-wide spending, 2024 --------------------
    ("yn-eryuan-xuefangzhan-2024", 1, "conflicting_values", "prose",
     "2024年部门全年支出429.52万元",
     "2024年部门全年支出426.52万元",
     "全年支出426.52万元",
     "total spending is 429.52万元 in section 四 (321.58 + 107.94) and in the 自评表"),
    ("yn-eryuan-xuefangzhan-2024", 2, "weight_sum_mismatch", "table",
     "居民户碘盐监测份数｜≥300份｜300份｜100.00%｜5｜5｜",
     "居民户碘盐监测份数｜≥300份｜300份｜100.00%｜6｜5｜",
     "300份｜100.00%｜6｜5",
     "weights 10 + 8 + 8 + 8 + 6 + 6 + 5 + 5 + 5 + 10 + 10 + 10 + 10 = 101, 合计 says 100"),
    ("yn-eryuan-xuefangzhan-2024", 3, "completion_mismatch", "table",
     "1126.8万平方米｜102.44%",
     "1126.8万平方米｜102.04%",
     "1126.8万平方米｜102.04%",
     "查螺面积: 1126.8 / 1100 = 102.44%, stated 102.04%"),
    ("yn-eryuan-xuefangzhan-2024", 4, "rate_mismatch", "prose",
     "支出45.12万元，执行率92.84%",
     "支出45.12万元，执行率92.48%",
     "执行率92.48%",
     "snail project: 45.12 / 48.60 = 92.84%, stated 92.48%"),
    ("yn-eryuan-xuefangzhan-2024", 5, "balance_mismatch", "prose",
     "支出36.90万元，结转1.60万元",
     "支出36.90万元，结转1.06万元",
     "结转1.06万元",
     "late-stage patient project: 38.50 - 36.90 = 1.60 unspent, stated 1.06"),
    ("yn-eryuan-xuefangzhan-2024", 6, "year_mismatch", "table",
     "（2024年度）",
     "（2023年度）",
     "（2023年度）",
     "the 自评表 is headed 2023 in a 2024 department report (title, budget year, dates)"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = "%s-clean.txt" % pid
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            k = clean.count(old)
            if k != 1:
                sys.exit("%s-e%d: old string occurs %d times: %r" % (pid, n, k, old))
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit("%s-e%d: value not in case: %r" % (pid, n, value))
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("built %d cases (%d error cases)" % (len(labels), len(EDITS)))


if __name__ == "__main__":
    main()
