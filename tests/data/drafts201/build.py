#!/usr/bin/env python3
"""Build the error cases of set n201 and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement applied to one clean draft; `old` must occur
exactly once in the clean draft. `value` is the substring of the error case a checker's
finding must overlap (it contains the changed figure). `where` says whether the slip sits
in the prose or in a table.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "leye-huhutong-2022",
    "baokang-emergbroadcast-2021",
    "jianzha-ruralfilm-2019",
    "miyun-pubquality-2023",
    "cq-qianjiang-rongmeiti-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 乐业县 2022 广播电视户户通运维 (Guangxi; Word table flattened one cell per line) ----
    ("leye-huhutong-2022", 1, "weight_sum_mismatch", "table",
     "≤100元\n\t96.70元\n\t5\n\t5",
     "≤100元\n\t96.70元\n\t10\n\t5",
     "96.70元\n\t10",
     "成本指标 weight typed 10 instead of 5: weights 10+55+30+10 = 105, the 总分 row says 100"),
    ("leye-huhutong-2022", 2, "rate_mismatch", "table",
     "39.52\n\t—\n\t94.55%",
     "39.52\n\t—\n\t95.45%",
     "95.45%",
     "当年财政拨款 row: 39.52 / 41.80 = 94.55%, table prints 95.45%"),
    ("leye-huhutong-2022", 3, "balance_mismatch", "prose",
     "年末结余2.28万元",
     "年末结余2.82万元",
     "年末结余2.82万元",
     "到位 (= 全年预算) 45.60 − 执行 43.32 = 2.28, text says 2.82"),
    ("leye-huhutong-2022", 4, "average_mismatch", "prose",
     "平均775户次",
     "平均785户次",
     "平均785户次",
     "(812 + 768 + 745) / 3 = 775, text says 785"),
    ("leye-huhutong-2022", 5, "conflicting_values", "prose",
     "全年预算资金45.60万元，由县财政统筹安排",
     "全年预算资金46.50万元，由县财政统筹安排",
     "全年预算资金46.50万元",
     "the project's 全年预算 is 45.60万元 in 资金投入 and in the 自评表; 项目概况 says 46.50"),
    ("leye-huhutong-2022", 6, "year_mismatch", "prose",
     "我局对2022年度广播电视户户通运维经费",
     "我局对2021年度广播电视户户通运维经费",
     "对2021年度广播电视户户通运维经费",
     "the report and its 自评表 are for 2022年度; the opening claims the 2021年度 funds are evaluated"),

    # ---- 保康县 2021 应急广播体系建设 (Hubei; web page, one row per line, tab-separated) ----
    ("baokang-emergbroadcast-2021", 1, "score_exceeds_weight", "table",
     "2021年12月20日\t5\t3\t终端供货延迟\n\t成本指标\t村级终端单价\t≤1800元/个\t1600元/个\t10\t10\t",
     "2021年12月20日\t5\t10\t终端供货延迟\n\t成本指标\t村级终端单价\t≤1800元/个\t1600元/个\t10\t3\t",
     "2021年12月20日\t5\t10",
     "scores of the 时效 and 成本 rows pasted one row apart: 时效 row scores 10 against its weight 5 (total still 86.78)"),
    ("baokang-emergbroadcast-2021", 2, "balance_mismatch", "table",
     "281.46\t14.54\t10",
     "281.46\t15.54\t10",
     "15.54",
     "结余 = 实际到位 296.00 − 全年执行 281.46 = 14.54, table prints 15.54"),
    ("baokang-emergbroadcast-2021", 3, "sum_mismatch", "prose",
     "乡镇适配器及广播主机采购安装26.40万元",
     "乡镇适配器及广播主机采购安装24.60万元",
     "乡镇适配器及广播主机采购安装24.60万元",
     "已执行的281.46万元 = 86.42 + 26.40 + 168.64; with 24.60 the parts add to 279.66"),
    ("baokang-emergbroadcast-2021", 4, "grade_mismatch", "prose",
     "评价等级为“良”",
     "评价等级为“优”",
     "评价等级为“优”",
     "综合得分86.78分 lies in the 80–90 band (良), not 优"),
    ("baokang-emergbroadcast-2021", 5, "unit_mismatch", "table",
     "≥98%\t93.77%",
     "≥98%\t241个",
     "≥98%\t241个",
     "覆盖率 row: target in %, actual written as the count of villages (241个), so completion cannot be computed"),
    ("baokang-emergbroadcast-2021", 6, "completion_mismatch", "prose",
     "完成年度目标（1100个）的95.82%",
     "完成年度目标（1100个）的95.28%",
     "完成年度目标（1100个）的95.28%",
     "1054 / 1100 = 95.82%, text says 95.28%"),

    # ---- 尖扎县 2019 农村公益电影放映 (Qinghai; PDF, space-separated rows, wrapped cells) ----
    ("jianzha-ruralfilm-2019", 1, "unit_mismatch", "prose",
     "农村公益电影放映补助21.84万元（1092场×200元）",
     "农村公益电影放映补助218400万元（1092场×200元）",
     "218400万元",
     "1092场 × 200元 = 218400元 = 21.84万元: the 元 figure written with 万元 (parts 21.84 + 1.20 + 1.24 = 24.28 only after rescaling)"),
    ("jianzha-ruralfilm-2019", 2, "completion_mismatch", "table",
     "1152场 105.49%",
     "1152场 105.94%",
     "105.94%",
     "放映场次 completion 1152 / 1092 = 105.49%, table prints 105.94%"),
    ("jianzha-ruralfilm-2019", 3, "implausible_rate", "table",
     "上年结转资金 0.00 0.00 0.00 — — —",
     "上年结转资金 0.00 0.00 0.00 — 100% —",
     "上年结转资金 0.00 0.00 0.00 — 100%",
     "执行率 100% printed on a zero 上年结转 budget (0.00 / 0.00)"),
    ("jianzha-ruralfilm-2019", 4, "score_sum_mismatch", "table",
     "93.75% 10 9.38",
     "93.75% 10 9.83",
     "93.75% 10 9.83",
     "row scores now add to 98.10 (9.71 + 50 + 15 + 9.83 + 4 + 9.56); 合计 row and text say 97.65"),
    ("jianzha-ruralfilm-2019", 5, "rate_mismatch", "prose",
     "支出率77.22%",
     "支出率72.22%",
     "支出率72.22%",
     "县级配套 2.44 / 3.16 = 77.22%, text says 72.22%"),
    ("jianzha-ruralfilm-2019", 6, "year_mismatch", "table",
     "（2019年度）",
     "（2018年度）",
     "（2018年度）",
     "自评表 header says 2018年度 in the 2019 report (title, funds and dates are 2019)"),

    # ---- 密云区 2023 出版物质量检查 (Beijing; web page, ｜-separated rows) ----
    ("miyun-pubquality-2023", 1, "score_exceeds_weight", "table",
     "检测结论准确率｜100%｜100%｜10｜10｜\n｜时效指标｜检查结果通报时间｜2023年11月30日前｜2023年12月15日｜5｜3｜",
     "检测结论准确率｜100%｜100%｜10｜3｜\n｜时效指标｜检查结果通报时间｜2023年11月30日前｜2023年12月15日｜5｜10｜",
     "2023年12月15日｜5｜10",
     "scores of the 质量 and 时效 rows swapped: 时效 row scores 10 against weight 5 (total still 89.79)"),
    ("miyun-pubquality-2023", 2, "average_mismatch", "prose",
     "平均为万分之1.93",
     "平均为万分之1.98",
     "平均为万分之1.98",
     "(1.6 + 2.3 + 1.2 + 3.1 + 1.8 + 1.4 + 2.1) / 7 = 1.93, text says 1.98"),
    ("miyun-pubquality-2023", 3, "grade_mismatch", "table",
     "自评等级｜良",
     "自评等级｜优",
     "自评等级｜优",
     "合计 89.79 is below 90: grade 良, table says 优"),
    ("miyun-pubquality-2023", 4, "sum_mismatch", "table",
     "期刊及内部资料性出版物｜48｜46",
     "期刊及内部资料性出版物｜46｜46",
     "期刊及内部资料性出版物｜46｜46",
     "抽检种数 column: 120 + 46 + 24 = 190, 合计 says 192"),
    ("miyun-pubquality-2023", 5, "weight_sum_mismatch", "table",
     "出版物市场检查次数｜≥24次｜26次｜10｜10｜",
     "出版物市场检查次数｜≥24次｜26次｜15｜10｜",
     "26次｜15",
     "weights now total 105 (产出 55) against 合计 100 and the stated 产出指标50分"),
    ("miyun-pubquality-2023", 6, "conflicting_values", "table",
     "≥180种｜192种",
     "≥180种｜129种",
     "129种",
     "出版物质量检查种数 actual 129种 in the 自评表, 192种 in the text, the 分类表 合计 and 年度总体目标"),

    # ---- 黔江区 2024 融媒体中心建设 (Chongqing; WPS table, | -separated rows) ----
    ("cq-qianjiang-rongmeiti-2024", 1, "year_mismatch", "prose",
     "结转至2025年继续使用",
     "结转至2024年继续使用",
     "结转至2024年",
     "unspent 2024 money cannot be carried over into 2024 itself (should be 2025)"),
    ("cq-qianjiang-rongmeiti-2024", 2, "implausible_rate", "prose",
     "对新闻时效性的满意率为96.2%",
     "对新闻时效性的满意率为962%",
     "满意率为962%",
     "a satisfaction rate above 100% (decimal point dropped from 96.2%)"),
    ("cq-qianjiang-rongmeiti-2024", 3, "rate_mismatch", "table",
     "88.64 | — | 73.87%",
     "88.64 | — | 78.37%",
     "78.37%",
     "区级财政资金 row: 88.64 / 120.00 = 73.87%, table prints 78.37%"),
    ("cq-qianjiang-rongmeiti-2024", 4, "score_sum_mismatch", "prose",
     "项目综合得分97.25分",
     "项目综合得分97.52分",
     "综合得分97.52分",
     "自评表 row scores add to 97.25 (9.25 + 48 + 30 + 10); text says 97.52"),
    ("cq-qianjiang-rongmeiti-2024", 5, "unit_mismatch", "prose",
     "移动直播及采编设备57.58万元",
     "移动直播及采编设备575800万元",
     "575800万元",
     "575800元 written as 万元: 168.20 + 142.86 + 57.58 + 20.00 = 388.64 only with 57.58万元"),
    ("cq-qianjiang-rongmeiti-2024", 6, "conflicting_values", "prose",
     "发布各类新闻作品13856条",
     "发布各类新闻作品13586条",
     "新闻作品13586条",
     "news items published: 13586 in the text, 13856 in the 自评表 (indicator row and 年度总体目标)"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in [e for e in EDITS if e[0] == src]:
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old string matches {cnt} times, need exactly 1: {old!r}")
            text = clean.replace(old, new, 1)
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            if value not in text:
                sys.exit(f"{name}: value {value!r} not in case")
            labels.append({
                "case": name, "source": src, "clean": False,
                "expected": [{"code": code, "severity": "error", "value": value,
                              "explanation": expl}],
            })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with an error)")


if __name__ == "__main__":
    main()
