#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts211 from the clean drafts.

Each edit is one exact old -> new replacement that must match exactly once in the clean draft
of its project. `value` is the short substring of the error case that carries the changed figure
(it is what the scorer looks for); `where` says whether the slip sits in the prose or in a table.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "bj-fangshan-digilib-2018",
    "sx-lingshi-wenwuxiushan-2019",
    "js-suining-liudongtushu-2020",
    "xz-qiongjie-feiyi-2021",
    "hi-chengmai-mianfeikaifang-2023",
]

# (project, suffix, code, where, old, new, value, explanation)
EDITS = [
    # ---- Beijing, 房山区图书馆, 2018, PDF table (cells separated by single spaces)
    ("bj-fangshan-digilib-2018", "e1", "year_mismatch", "table",
     "（2018年度）", "（2017年度）", "（2017年度）",
     "the 2018 report's 自评表 is headed 2017年度 (last year's template not updated)"),
    ("bj-fangshan-digilib-2018", "e2", "score_exceeds_weight", "table",
     "99.2% 10 10\n时效指标 采购及验收完成时间 2018年11月30日前 2018年11月20日 5 5",
     "99.2% 10 5\n时效指标 采购及验收完成时间 2018年11月30日前 2018年11月20日 5 10",
     "2018年11月20日 5 10",
     "scores of the adjacent 质量 (weight 10) and 时效 (weight 5) rows pasted the wrong way round: "
     "the 时效 row now scores 10 against a weight of 5 (weight and score sums unchanged)"),
    ("bj-fangshan-digilib-2018", "e3", "sum_mismatch", "table",
     "其中：当年财政拨款 186.00 186.00 179.82", "其中：当年财政拨款 186.00 186.00 178.92",
     "186.00 186.00 178.92",
     "全年执行数 components 178.92 + 12.50 + 0.00 = 191.42, but 年度资金总额 says 192.32 (was 179.82)"),
    ("bj-fangshan-digilib-2018", "e4", "rate_mismatch", "prose",
     "执行率99.50%", "执行率99.05%", "执行率99.05%",
     "数字资源采购 104.47 / 105.00 = 99.50%, stated 99.05%"),
    ("bj-fangshan-digilib-2018", "e5", "score_sum_mismatch", "prose",
     "产出指标得分49分", "产出指标得分48分",
     "自评得分96.69分，评价等级为“优”。其中预算执行率得分9.69分，产出指标得分48分",
     "parts 9.69 + 48 + 28 + 10 = 95.69 ≠ stated 96.69; the 产出 rows of the table add up to 49"),
    ("bj-fangshan-digilib-2018", "e6", "unit_mismatch", "prose",
     "配置费用30500元", "配置费用30500万元", "每个服务点配置费用30500万元",
     "per-point cost is 3.05万元 (table; 27 × 3.05 = 82.35) = 30500元; written 30500万元, off by 10^4"),

    # ---- Shanxi, 灵石县, 2019, seed-003 layout (one cell per line, tab-indented)
    ("sx-lingshi-wenwuxiushan-2019", "e1", "completion_mismatch", "table",
     "\t83.33%\n\t92.59%", "\t83.33%\n\t95.29%", "95.29%",
     "工程按期完工率 target ≥90%, actual 83.33%: completion 92.59%, stated 95.29%"),
    ("sx-lingshi-wenwuxiushan-2019", "e2", "implausible_rate", "table",
     "\t(6)=(3)/(2)\n\t100\n\t100\n\t0", "\t(6)=(3)/(2)\n\t100\n\t100\n\t100",
     "(6)=(3)/(2)\n\t100\n\t100\n\t100",
     "预算到位率 of the 中央级 column printed 100 although that column has no budget and no funds (rate on a zero base)"),
    ("sx-lingshi-wenwuxiushan-2019", "e3", "weight_sum_mismatch", "table",
     "\t周边群众满意度\n\t10\n", "\t周边群众满意度\n\t12\n", "周边群众满意度\n\t12",
     "weights 10 + 4×12.5 + 15 + 15 + 12 = 102 ≠ 100"),
    ("sx-lingshi-wenwuxiushan-2019", "e4", "sum_mismatch", "prose",
     "张嵩村观音堂24.36万元", "张嵩村观音堂23.46万元",
     "工程费用共计128.96万元，其中静升村文昌阁28.40万元、两渡村关帝庙戏台19.75万元、张嵩村观音堂23.46万元",
     "28.40 + 19.75 + 23.46 + 15.82 + 22.13 + 18.50 = 128.06 ≠ 128.96 (digits 24.36 transposed)"),
    ("sx-lingshi-wenwuxiushan-2019", "e5", "score_sum_mismatch", "prose",
     "总得分98.31分", "总得分98.13分", "总得分98.13分",
     "indicator scores 9.24 + 12.5 + 12.5 + 11.57 + 12.5 + 15 + 15 + 10 = 98.31 (also 100 − 0.76 − 0.93), stated 98.13"),
    ("sx-lingshi-wenwuxiushan-2019", "e6", "conflicting_values", "prose",
     "等5处文物点已对外开放", "等3处文物点已对外开放", "等3处文物点已对外开放",
     "text says 3 sites opened, 附件1 业绩值 says 5处 (完成率125%)"),

    # ---- Jiangsu, 睢宁县, 2020, web table (one row per line, tab-separated)
    ("js-suining-liudongtushu-2020", "e1", "year_mismatch", "prose",
     "结转2021年使用", "结转2020年使用", "结转2020年使用",
     "the unspent part of the 2020 budget cannot be carried over to 2020 itself"),
    ("js-suining-liudongtushu-2020", "e2", "grade_mismatch", "prose",
     "评价等级为良好", "评价等级为优秀", "评价等级为优秀",
     "88.14 lies in the 80–90 band (良)"),
    ("js-suining-liudongtushu-2020", "e3", "unit_mismatch", "table",
     "\t≥1.2万册\t1.26万册\t", "\t≥1.2万册\t105%\t", "≥1.2万册\t105%",
     "新增流动图书 target in 万册, actual typed as a percentage"),
    ("js-suining-liudongtushu-2020", "e4", "average_mismatch", "prose",
     "季均49.5车次", "季均45.9车次", "季均45.9车次",
     "(22 + 30 + 68 + 78) / 4 = 49.5, stated 45.9"),
    ("js-suining-liudongtushu-2020", "e5", "score_sum_mismatch", "table",
     "\t93.8%\t10\t10\t\n总分", "\t93.8%\t10\t9\t\n总分",
     "服务对象满意度\t≥90%\t93.8%\t10\t9\t\n总分\t\t\t\t\t\t100\t88.14",
     "satisfaction row now scored 9, so the rows add up to 87.14 while 总分 (and the text) say 88.14"),
    ("js-suining-liudongtushu-2020", "e6", "score_exceeds_weight", "table",
     "\t560.61元\t5\t5\t\n\t效益指标\t社会效益指标\t流动借阅人次\t≥6万人次\t4.05万人次\t10\t6.75\t",
     "\t560.61元\t5\t6.75\t\n\t效益指标\t社会效益指标\t流动借阅人次\t≥6万人次\t4.05万人次\t10\t5\t",
     "560.61元\t5\t6.75",
     "scores of two adjacent rows swapped: 单车次运行成本 now scores 6.75 against a weight of 5 (sums unchanged)"),

    # ---- Tibet, 琼结县, 2021, PDF table (every cell on its own line)
    ("xz-qiongjie-feiyi-2021", "e1", "balance_mismatch", "prose",
     "结余2.88万元", "结余2.28万元", "结余2.28万元",
     "73.00 − 70.12 = 2.88, stated 2.28"),
    ("xz-qiongjie-feiyi-2021", "e2", "completion_mismatch", "prose",
     "完成年度目标的116.67%", "完成年度目标的116.76%", "完成年度目标的116.76%",
     "14 场 against ≥12场: 116.67%, stated 116.76%"),
    ("xz-qiongjie-feiyi-2021", "e3", "average_mismatch", "prose",
     "平均每期27.2人", "平均每期22.7人", "平均每期22.7人",
     "(31 + 26 + 28 + 24 + 27) / 5 = 27.2, stated 22.7"),
    ("xz-qiongjie-feiyi-2021", "e4", "conflicting_values", "table",
     "≥120人次\n136人次", "≥120人次\n163人次", "163人次",
     "table actual 163人次 vs 136人次 in the text (the five classes add up to 136)"),
    ("xz-qiongjie-feiyi-2021", "e5", "sum_mismatch", "table",
     "25.00\n70.00\n67.12", "25.00\n70.00\n61.72", "61.72",
     "全年执行数 components 61.72 + 3.00 + 0.00 = 64.72 ≠ 70.12 (67.12 transposed)"),
    ("xz-qiongjie-feiyi-2021", "e6", "unit_mismatch", "table",
     "≥4期\n5期", "≥4期\n125%", "≥4期\n125%",
     "举办传承培训班 target in 期, actual typed as a percentage (the completion rate)"),

    # ---- Hainan, 澄迈县, 2023, web table (full-width bars)
    ("hi-chengmai-mianfeikaifang-2023", "e1", "grade_mismatch", "prose",
     "评价等级为良。", "评价等级为优。", "评价等级为优",
     "89.92 is below 90: 良, not 优"),
    ("hi-chengmai-mianfeikaifang-2023", "e2", "implausible_rate", "table",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100%",
     "执行率 100% printed on a 0.00 budget (rate on a zero base)"),
    ("hi-chengmai-mianfeikaifang-2023", "e3", "average_mismatch", "prose",
     "89.2%和86.2%，平均满意度88.6%", "89.2%和82.6%，平均满意度88.6%",
     "分别为90.4%、89.2%和82.6%，平均满意度88.6%",
     "(90.4 + 89.2 + 82.6) / 3 = 87.4, stated average 88.6"),
    ("hi-chengmai-mianfeikaifang-2023", "e4", "weight_sum_mismatch", "table",
     "｜90%｜5｜4.74｜", "｜90%｜6｜4.74｜", "90%｜6｜4.74",
     "weights 10 + (10+10+10+10+6+5) + (15+15) + 10 = 101 ≠ 100"),
    ("hi-chengmai-mianfeikaifang-2023", "e5", "rate_mismatch", "prose",
     "执行率91.80%", "执行率98.10%", "执行率98.10%",
     "县图书馆 18.36 / 20.00 = 91.80%, stated 98.10%"),
    ("hi-chengmai-mianfeikaifang-2023", "e6", "balance_mismatch", "prose",
     "结余14.65万元", "结余16.45万元", "结余16.45万元",
     "95.00 − 80.35 = 14.65, stated 16.45"),
]


def main():
    labels = []
    for pid in PROJECTS:
        with open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        for proj, suffix, code, where, old, new, value, expl in EDITS:
            if proj != pid:
                continue
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{pid}-{suffix}: old text matches {n} times: {old!r}")
            text = clean.replace(old, new)
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
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(labels) - len(PROJECTS)} with an error)")


if __name__ == "__main__":
    main()
