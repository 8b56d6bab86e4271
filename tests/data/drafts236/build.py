#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts236 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "ah-huoshan-jiuhupeixun-2022",
    "cq-nanchuan-zhiyuanfuwu-2021",
    "gs-tianshui-waishi-2019",
    "ln-anshan-rendaojiuzhu-2023",
    "gd-lechang-cishan-2024",
]

# (project, suffix, old, new, code, value, explanation)
EDITS = [
    # ---- Anhui, Huoshan Red Cross first-aid training, 2022 (flattened Word table) ----
    ("ah-huoshan-jiuhupeixun-2022", "e1",
     "上年结转资金\n\t0.00\n\t4.50\n\t3.12\n\t—\n\t69.33%",
     "上年结转资金\n\t0.00\n\t4.50\n\t3.12\n\t—\n\t68.33%",
     "rate_mismatch", "68.33%",
     "carry-over row of the funds table: 3.12 / 4.50 = 69.33%, printed 68.33%"),
    ("ah-huoshan-jiuhupeixun-2022", "e2",
     "季度平均1855人次", "季度平均1885人次",
     "average_mismatch", "季度平均1885人次",
     "(1520 + 2060 + 1410 + 2430) / 4 = 1855, stated 1885"),
    ("ah-huoshan-jiuhupeixun-2022", "e3",
     "\t97.3%\n\t10\n\t10\n\t\n\n\t\n\t时效指标\n\t年度培训任务完成时间\n\t2022年12月31日前\n\t2022年12月20日\n\t5\n\t5",
     "\t97.3%\n\t10\n\t5\n\t\n\n\t\n\t时效指标\n\t年度培训任务完成时间\n\t2022年12月31日前\n\t2022年12月20日\n\t5\n\t10",
     "score_exceeds_weight", "2022年12月20日\n\t5\n\t10",
     "scores of the 质量 and 时效 rows swapped: 时效 row now scores 10 against a weight of 5 (total unchanged)"),
    ("ah-huoshan-jiuhupeixun-2022", "e4",
     "年末结余1.38万元", "年末结余13800万元",
     "unit_mismatch", "13800万元",
     "balance 34.50 - 33.12 = 1.38万元 = 13800元, written with the unit 万元 (off by 10^4)"),
    ("ah-huoshan-jiuhupeixun-2022", "e5",
     "已按规定结转至2023年使用", "已按规定结转至2022年使用",
     "year_mismatch", "结转至2022年",
     "the unspent part of the 2022 budget cannot be carried over into 2022 itself (should be 2023)"),
    ("ah-huoshan-jiuhupeixun-2022", "e6",
     "其他资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t—",
     "其他资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t100.00%",
     "implausible_rate", "其他资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t100.00%",
     "execution rate 100.00% printed on a zero budget (其他资金 0.00 / 0.00)"),

    # ---- Chongqing, Nanchuan volunteer service, 2021 (tab-separated web table) ----
    ("cq-nanchuan-zhiyuanfuwu-2021", "e1",
     "45元\t100.00%", "45元\t90.00%",
     "completion_mismatch", "45元\t90.00%",
     "≤50元 target met with 45元: completion is 100%, the row prints 90.00% (45/50)"),
    ("cq-nanchuan-zhiyuanfuwu-2021", "e2",
     "“银龄陪伴”助老服务项目12.80万元", "“银龄陪伴”助老服务项目12.08万元",
     "sum_mismatch", "12.08万元",
     "sub-projects 18.60 + 12.08 + 9.50 + 8.50 = 48.68, stated total spending 49.40"),
    ("cq-nanchuan-zhiyuanfuwu-2021", "e3",
     "结余2.60万元", "结余2.06万元",
     "balance_mismatch", "结余2.06万元",
     "52.00 received - 49.40 spent = 2.60, stated 2.06"),
    ("cq-nanchuan-zhiyuanfuwu-2021", "e4",
     "资助项目验收合格率\t100%\t100%\t100.00%\t6\t6",
     "资助项目验收合格率\t100%\t100%\t100.00%\t8\t6",
     "weight_sum_mismatch", "100.00%\t8\t6",
     "质量 weight printed 8 instead of 6: weights now total 102"),
    ("cq-nanchuan-zhiyuanfuwu-2021", "e5",
     "16.4万小时\t82.00%\t10\t8.20", "16.4万小时\t82.00%\t10\t8.02",
     "score_sum_mismatch", "82.00%\t10\t8.02",
     "row scores now add to 96.55, stated 总分 96.73"),
    ("cq-nanchuan-zhiyuanfuwu-2021", "e6",
     "区财政于2021年3月下达年初预算", "区财政于2020年3月下达年初预算",
     "year_mismatch", "2020年3月下达",
     "the initial budget of the 2021 project issued in March 2020 (neither 2021 nor the December advance)"),

    # ---- Gansu, Tianshui foreign affairs, 2019 (full-width bar table) ----
    ("gs-tianshui-waishi-2019", "e1",
     "评价等级为“良”", "评价等级为“优”",
     "grade_mismatch", "评价等级为“优”",
     "total 89.75 is in the 良 band (80 ≤ s < 90)"),
    ("gs-tianshui-waishi-2019", "e2",
     "执行进度46.75%", "执行进度47.65%",
     "rate_mismatch", "47.65%",
     "26.18 / 56.00 = 46.75%, stated 47.65%"),
    ("gs-tianshui-waishi-2019", "e3",
     "≥150人次｜186人次", "≥150人次｜168人次",
     "conflicting_values", "168人次",
     "the table gives 168 foreign visitors, the text 186人次 (twice)"),
    ("gs-tianshui-waishi-2019", "e4",
     "平均18日｜5｜5｜\n｜成本指标｜外宾接待人均费用｜≤1200元/人次｜1155元/人次｜10｜10｜",
     "平均18日｜5｜10｜\n｜成本指标｜外宾接待人均费用｜≤1200元/人次｜1155元/人次｜10｜5｜",
     "score_exceeds_weight", "平均18日｜5｜10",
     "scores of the 时效 and 成本 rows swapped: 时效 row scores 10 against a weight of 5 (total unchanged)"),
    ("gs-tianshui-waishi-2019", "e5",
     "回国后30日内｜平均18日", "回国后30日内｜100%",
     "unit_mismatch", "回国后30日内｜100%",
     "target is a number of days, the actual value a percentage"),
    ("gs-tianshui-waishi-2019", "e6",
     "翻译及资料编印费4.08万元", "翻译及资料编印费4.80万元",
     "sum_mismatch", "4.80万元",
     "21.48 + 18.60 + 8.20 + 4.80 = 53.08, stated spending 52.36"),

    # ---- Liaoning, Anshan Red Cross humanitarian relief, 2023 (PDF, one cell per line) ----
    ("ln-anshan-rendaojiuzhu-2023", "e1",
     "平均每个县（市）区305户", "平均每个县（市）区350户",
     "average_mismatch", "平均每个县（市）区350户",
     "(360 + 342 + 318 + 256 + 420 + 240 + 200) / 7 = 305.14, stated 350"),
    ("ln-anshan-rendaojiuzhu-2023", "e2",
     "142人\n94.67%", "142人\n96.47%",
     "completion_mismatch", "96.47%",
     "142 / 150 = 94.67%, printed 96.47%"),
    ("ln-anshan-rendaojiuzhu-2023", "e3",
     "大病救助实际救助142人", "大病救助实际救助124人",
     "conflicting_values", "实际救助124人",
     "the number of major-illness patients helped is 142 elsewhere in text and table"),
    ("ln-anshan-rendaojiuzhu-2023", "e4",
     "救助对象信息公示率\n100%\n100%\n100.00%\n8\n8", "救助对象信息公示率\n100%\n100%\n100.00%\n9\n8",
     "weight_sum_mismatch", "100.00%\n9\n8",
     "公示率 weight printed 9 instead of 8: weights now total 101"),
    ("ln-anshan-rendaojiuzhu-2023", "e5",
     "年末结余5.60万元", "年末结余6.50万元",
     "balance_mismatch", "结余6.50万元",
     "107.40 - 101.80 = 5.60 (also 15.00 - 9.40 donations), stated 6.50"),
    ("ln-anshan-rendaojiuzhu-2023", "e6",
     "效益指标27.33分", "效益指标27.83分",
     "score_sum_mismatch", "效益指标27.83分",
     "9.48 + 49.36 + 27.83 + 10 = 96.67, stated 96.17 (benefit rows add to 27.33)"),

    # ---- Guangdong, Lechang charity assistance fund, 2024 (markdown table) ----
    ("gd-lechang-cishan-2024", "e1",
     "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | — | — |",
     "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | 100.00% | — |",
     "implausible_rate", "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | 100.00%",
     "execution rate on a zero base: no carry-over funds (0.00 / 0.00), printed 100.00%"),
    ("gd-lechang-cishan-2024", "e2",
     "自评等级：良", "自评等级：优",
     "grade_mismatch", "自评等级：优",
     "total 88.32 is in the 良 band"),
    ("gd-lechang-cishan-2024", "e3",
     "| 其中：当年财政拨款 | 120.00 | 120.00 | 93.56 | — | 77.97% |",
     "| 其中：当年财政拨款 | 120.00 | 120.00 | 93.56 | — | 79.77% |",
     "rate_mismatch", "93.56 | — | 79.77%",
     "fiscal row: 93.56 / 120.00 = 77.97%, printed 79.77%"),
    ("gd-lechang-cishan-2024", "e4",
     "助学帮扶金24.00万元", "助学帮扶金240000万元",
     "unit_mismatch", "240000万元",
     "the 24.00万元 of student aid (240000元) written with the unit 万元; breakdown and later text reconcile only at 24.00"),
    ("gd-lechang-cishan-2024", "e5",
     "完成目标的67.6%", "完成目标的76.6%",
     "completion_mismatch", "完成目标的76.6%",
     "33.8 / 50 = 67.6%, stated 76.6%"),
    ("gd-lechang-cishan-2024", "e6",
     "截至2024年12月31日，全市5家", "截至2023年12月31日，全市5家",
     "year_mismatch", "截至2023年12月31日",
     "a 2024 outcome stated as of 31 Dec 2023"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, suffix, old, new, code, value, expl) in EDITS:
            if p != pid:
                continue
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{pid}-{suffix}: old text matches {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{pid}-{suffix}: value not in case: {value!r}")
            name = f"{pid}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(labels) - len(PROJECTS)} with one error)")


if __name__ == "__main__":
    main()
