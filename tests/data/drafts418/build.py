#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft cases/<id>-clean.txt gets six copies cases/<id>-e1.txt ... -e6.txt, each with exactly one
injected slip, described below as an exact old -> new replacement (the old text must occur exactly once in
the clean draft).  `value` is the exact substring of the error case that carries the changed figure.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"

PROJECTS = [
    "sx-pingshun-nongluyanghu-2021",
    "hn-sangzhi-luzhangzhi-2022",
    "sc-jiange-cundaoyanghu-2023",
    "hb-fangxian-xiangdaoyanghu-2020",
    "gs-zhouqu-jiaotongju-bumen-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- sx-pingshun-nongluyanghu-2021 (Shanxi, 2021) ----
    ("sx-pingshun-nongluyanghu-2021", 1, "rate_mismatch", "table",
     "县级\t5\t246.06\t246.06\t246.06\t218.77\t27.29\t100\t88.91",
     "县级\t5\t246.06\t246.06\t246.06\t218.77\t27.29\t100\t89.81",
     "218.77\t27.29\t100\t89.81",
     "funds table row 县级 (行次5): 执行率 (7)=(4)/(2) = 218.77/246.06 = 88.91%, the row prints 89.81"),
    ("sx-pingshun-nongluyanghu-2021", 2, "implausible_rate", "table",
     "其他资金\t7\t0\t0\t0\t0\t0\t0\t0",
     "其他资金\t7\t0\t0\t0\t0\t0\t100\t0",
     "其他资金\t7\t0\t0\t0\t0\t0\t100",
     "funds table row 其他资金 (行次7): 到位率 100% printed on a 全年预算数 of 0 (rate on a zero base; the other zero-base cells print 0)"),
    ("sx-pingshun-nongluyanghu-2021", 3, "completion_mismatch", "table",
     "\t326.5公里\n\t108.83%",
     "\t326.5公里\n\t106.83%",
     "106.83%",
     "附件1 路域环境整治里程: target ≥300公里, actual 326.5公里 → 完成率 108.83%, stated 106.83%"),
    ("sx-pingshun-nongluyanghu-2021", 4, "unit_mismatch", "prose",
     "村道3500元/公里·年",
     "村道3500万元/公里·年",
     "村道3500万元/公里·年",
     "per-km standard written in 万元: 1036.8公里 × 3500万元 would be 3,628,800万元, while the stated need is 362.88万元 (= 1036.8 × 3500元); off by 10^4, the unit is wrong"),
    ("sx-pingshun-nongluyanghu-2021", 5, "year_mismatch", "prose",
     "已按规定结转至2022年继续使用",
     "已按规定结转至2021年继续使用",
     "结转至2021年",
     "the unspent 27.29万元 of the 2021 budget is carried over to 2021 itself; a carry-over must go to a later year (2022)"),
    ("sx-pingshun-nongluyanghu-2021", 6, "conflicting_values", "prose",
     "村道1036.8公里全部落实",
     "村道1063.8公里全部落实",
     "村道1063.8公里",
     "village-road length restated as 1063.8公里 while the overview gives 村道1036.8公里 (which also sums with 186.5 + 402.4 to 1625.7)"),

    # ---- hn-sangzhi-luzhangzhi-2022 (Hunan, 2022) ----
    ("hn-sangzhi-luzhangzhi-2022", 1, "sum_mismatch", "table",
     "其中：当年财政拨款 1480.00 1494.55",
     "其中：当年财政拨款 1480.00 1449.55",
     "1449.55",
     "自评表 funds block, 全年预算数 column: 当年财政拨款 1449.55 + 上年结转 66.80 + 其他 0.00 = 1516.35 ≠ 年度资金总额 1561.35 (expected 1494.55 = 1394.55 养护补助 + 100 路长制经费)"),
    ("hn-sangzhi-luzhangzhi-2022", 2, "score_sum_mismatch", "table",
     "≥95% 93.8% 10 9.87",
     "≥95% 93.8% 10 9.78",
     "93.8% 10 9.78",
     "自评表 row scores now add to 9.80 + 49.78 + 28 + 10 = 97.58, stated 总分 97.67"),
    ("hn-sangzhi-luzhangzhi-2022", 3, "grade_mismatch", "prose",
     "本项目得分97.67分，评价等级为“优”",
     "本项目得分97.67分，评价等级为“良”",
     "评价等级为“良”",
     "97.67 points lies in the 优 band (90–100), stated 良"),
    ("hn-sangzhi-luzhangzhi-2022", 4, "balance_mismatch", "prose",
     "结余31.71万元",
     "结余31.17万元",
     "结余31.17万元",
     "全年预算 1561.35 − 全年支出 1529.64 = 31.71万元, stated 31.17"),
    ("hn-sangzhi-luzhangzhi-2022", 5, "average_mismatch", "prose",
     "平均为88.60",
     "平均为89.60",
     "平均为89.60",
     "MQI of the 5 sampled roads (88.6 + 91.2 + 85.4 + 90.3 + 87.5)/5 = 88.60, stated 89.60"),
    ("hn-sangzhi-luzhangzhi-2022", 6, "weight_sum_mismatch", "table",
     "10000元/公里·年 10000元/公里·年 10 10",
     "10000元/公里·年 10000元/公里·年 12 10",
     "10000元/公里·年 12 10",
     "自评表 分值 now add to 102 (产出 block 52 instead of 50), 总分 row says 100"),

    # ---- sc-jiange-cundaoyanghu-2023 (Sichuan, 2023) ----
    ("sc-jiange-cundaoyanghu-2023", 1, "rate_mismatch", "prose",
     "执行率93.28%",
     "执行率92.38%",
     "执行率92.38%",
     "county matching funds: 支出 306.42 / 到位 328.50 = 93.28%, stated 92.38%"),
    ("sc-jiange-cundaoyanghu-2023", 2, "score_exceeds_weight", "table",
     "58.6\t15\t15\t\n\t\t安全生命防护工程里程\t≥\t120\t公里\t126.4\t10\t10",
     "58.6\t15\t10\t\n\t\t安全生命防护工程里程\t≥\t120\t公里\t126.4\t10\t15",
     "126.4\t10\t15",
     "安全生命防护工程里程: 得分 15 above its 分值 10 (the scores of two adjacent rows were swapped, so the total 99.14 still adds up)"),
    ("sc-jiange-cundaoyanghu-2023", 3, "unit_mismatch", "table",
     "养护工程缺陷责任期\t≥\t2\t年\t2\t10",
     "养护工程缺陷责任期\t≥\t2\t年\t100%\t10",
     "2\t年\t100%",
     "养护工程缺陷责任期: target ≥2 年 (度量单位 年), actual written as 100%; completion cannot be computed"),
    ("sc-jiange-cundaoyanghu-2023", 4, "sum_mismatch", "prose",
     "省级补助资金510万元",
     "省级补助资金501万元",
     "省级补助资金501万元",
     "sources 480 + 501 + 270 = 1251万元 ≠ 年初申报 1260万元"),
    ("sc-jiange-cundaoyanghu-2023", 5, "conflicting_values", "table",
     "公里\t58.6\t15",
     "公里\t56.8\t15",
     "公里\t56.8",
     "自评表 村道预防性养护里程 actual 56.8公里, the text gives 58.6公里 (and 58.6/55 = 106.55%)"),
    ("sc-jiange-cundaoyanghu-2023", 6, "implausible_rate", "prose",
     "对路长履职的满意度为97.2%",
     "对路长履职的满意度为102.7%",
     "满意度为102.7%",
     "a satisfaction rate cannot exceed 100%"),

    # ---- hb-fangxian-xiangdaoyanghu-2020 (Hubei, 2020) ----
    ("hb-fangxian-xiangdaoyanghu-2020", 1, "weight_sum_mismatch", "table",
     "60小时\t100%\t5\t5",
     "60小时\t100%\t6\t5",
     "60小时\t100%\t6\t5",
     "目标1 block 分值 now 10 + 10 + 6 + 10 + 5 = 41 (header says 40分) and all 分值 add to 101, 合计 says 100"),
    ("hb-fangxian-xiangdaoyanghu-2020", 2, "score_exceeds_weight", "table",
     "60小时\t100%\t5\t5\n\t效益指标\t社会效益\t处治安全隐患\t≥120处\t126处\t105%\t10\t10",
     "60小时\t100%\t5\t10\n\t效益指标\t社会效益\t处治安全隐患\t≥120处\t126处\t105%\t10\t5",
     "60小时\t100%\t5\t10",
     "路面病害处治时间: 得分 10 above its 分值 5 (scores of two adjacent rows swapped, so 合计 99.17 still adds up)"),
    ("hb-fangxian-xiangdaoyanghu-2020", 3, "completion_mismatch", "table",
     "276块\t98.57%",
     "276块\t95.87%",
     "276块\t95.87%",
     "设立路长公示牌: 276/280 = 98.57%, stated 95.87%"),
    ("hb-fangxian-xiangdaoyanghu-2020", 4, "balance_mismatch", "prose",
     "结余25.76万元",
     "结余27.56万元",
     "结余27.56万元",
     "到位 741.86 − 支出 716.10 = 25.76万元, stated 27.56"),
    ("hb-fangxian-xiangdaoyanghu-2020", 5, "year_mismatch", "prose",
     "截至2020年12月31日",
     "截至2021年12月31日",
     "截至2021年12月31日",
     "the 2020 report states its year-end figures as of 31 Dec 2021; the evaluation year is 2020"),
    ("hb-fangxian-xiangdaoyanghu-2020", 6, "grade_mismatch", "prose",
     "评价等级为“优”",
     "评价等级为“良”",
     "评价等级为“良”",
     "99.17 points lies in the 优 band, stated 良"),

    # ---- gs-zhouqu-jiaotongju-bumen-2024 (Gansu, 2024, department) ----
    ("gs-zhouqu-jiaotongju-bumen-2024", 1, "average_mismatch", "prose",
     "平均94.8分",
     "平均95.8分",
     "平均95.8分",
     "(96.5 + 93 + 98 + 91.5 + 95)/5 = 94.8, stated 95.8"),
    ("gs-zhouqu-jiaotongju-bumen-2024", 2, "score_sum_mismatch", "table",
     "资产管理｜20｜18.6",
     "资产管理｜20｜18.2",
     "20｜18.2",
     "一级指标 scores 19.2 + 18.2 + 38.5 + 19.0 = 94.9, stated 合计 95.3"),
    ("gs-zhouqu-jiaotongju-bumen-2024", 3, "rate_mismatch", "table",
     "2568.91｜97.20%",
     "2568.91｜97.02%",
     "2568.91｜97.02%",
     "项目支出 (行次3): 2568.91/2642.80 = 97.20%, stated 97.02%"),
    ("gs-zhouqu-jiaotongju-bumen-2024", 4, "sum_mismatch", "table",
     "项目支出｜3｜2310.00",
     "项目支出｜3｜2130.00",
     "项目支出｜3｜2130.00",
     "年初预算数 column: 基本支出 486.20 + 项目支出 2130.00 = 2616.20 ≠ 合计 2796.20"),
    ("gs-zhouqu-jiaotongju-bumen-2024", 5, "conflicting_values", "prose",
     "养护工程全年预算1286.4万元",
     "养护工程全年预算1268.4万元",
     "1268.4万元",
     "养护工程 budget restated as 1268.4万元; the project list gives 1286.40万元 (which sums to the 项目支出 2642.80)"),
    ("gs-zhouqu-jiaotongju-bumen-2024", 6, "unit_mismatch", "prose",
     "243.35万元",
     "2433500万元",
     "2433500万元",
     "乡道 486.7公里 × 5000元 = 243.35万元 (2,433,500元); written as 2433500万元, off by 10^4, so 212.40 + x + 137.29 = 593.04 only holds with 243.35"),
]


def main():
    labels = []
    by_project = {}
    for e in EDITS:
        by_project.setdefault(e[0], []).append(e)
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = (CASES / clean_name).read_text(encoding="utf-8")
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (_, n, code, where, old, new, value, expl) in sorted(by_project[pid], key=lambda x: x[1]):
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{pid} e{n}: old text occurs {cnt} times")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{pid} e{n}: value not in error case")
            name = f"{pid}-e{n}.txt"
            (CASES / name).write_text(text, encoding="utf-8")
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
