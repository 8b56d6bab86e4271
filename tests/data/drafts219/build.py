#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts219 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in its clean draft.
Run from anywhere:  python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "shuangfeng-wenmingshijian-2022",
    "peixian-rongmeiti-2021",
    "junlian-wangan-2024",
    "dongliao-xuanchuanbu-2020",
    "bole-gongyiguanggao-2019",
]

# (source, n, where, code, old, new, value, explanation)
EDITS = [
    # ---- 双峰县 新时代文明实践中心 2022 (Hunan, project, MOF table) ----
    ("shuangfeng-wenmingshijian-2022", 1, "prose", "rate_mismatch",
     "支出41.30万元，执行率91.78%", "支出41.30万元，执行率91.87%", "执行率91.87%",
     "理论宣讲及文艺惠民: 41.30 / 45.00 = 91.78%, stated 91.87% (digits transposed)"),
    ("shuangfeng-wenmingshijian-2022", 2, "table", "sum_mismatch",
     "｜245.00｜285.00｜268.50｜", "｜245.00｜285.00｜286.50｜", "286.50",
     "全年执行数: 当年财政拨款 286.50 + 上年结转 15.00 + 其他 0.00 = 301.50, but 年度资金总额 is 283.50 (component should be 268.50)"),
    ("shuangfeng-wenmingshijian-2022", 3, "table", "score_exceeds_weight",
     "97.6%｜10｜10｜\n产出指标｜时效指标｜阵地提质项目完工时间｜2022年11月30日前｜2022年11月25日｜5｜5｜",
     "97.6%｜10｜5｜\n产出指标｜时效指标｜阵地提质项目完工时间｜2022年11月30日前｜2022年11月25日｜5｜10｜",
     "2022年11月25日｜5｜10",
     "时效 row scores 10 against a weight of 5 (scores of the 质量 and 时效 rows swapped, so the total still reads 98.65)"),
    ("shuangfeng-wenmingshijian-2022", 4, "table", "conflicting_values",
     "≥90%｜93.5%｜10｜10｜", "≥90%｜95.3%｜10｜10｜", "95.3%",
     "群众满意度 is 95.3% in the 自评表 but 93.5% in 四（三）满意度情况"),
    ("shuangfeng-wenmingshijian-2022", 5, "prose", "completion_mismatch",
     "完成率为92.00%", "完成率为95.20%", "完成率为95.20%",
     "理论宣讲 552场 against ≥600场: completion 92.00%, stated 95.20%"),
    ("shuangfeng-wenmingshijian-2022", 6, "prose", "year_mismatch",
     "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
     "a 2022 report states its funds position (到位, 执行) as at the end of 2021"),

    # ---- 沛县融媒体中心 2021 (Jiangsu, project, funds table + indicator table with 完成率) ----
    ("peixian-rongmeiti-2021", 1, "table", "completion_mismatch",
     "41.2万次｜117.71%", "41.2万次｜111.71%", "41.2万次｜111.71%",
     "客户端下载量 41.2万次 against ≥35万次: completion 117.71%, stated 111.71%"),
    ("peixian-rongmeiti-2021", 2, "table", "weight_sum_mismatch",
     "399个｜95.00%｜7｜6.65", "399个｜95.00%｜9｜6.65", "399个｜95.00%｜9",
     "应急广播终端 weight 7 typed as 9: weights now total 102 (产出 52)"),
    ("peixian-rongmeiti-2021", 3, "table", "unit_mismatch",
     "≤30分钟｜25分钟｜100%", "≤30分钟｜100%｜100%", "≤30分钟｜100%",
     "突发事件首发时间: target in minutes, 实际完成值 given as a percentage"),
    ("peixian-rongmeiti-2021", 4, "table", "rate_mismatch",
     "475.62｜97.07%", "475.62｜97.70%", "97.70%",
     "当年财政拨款: 475.62 / 490.00 = 97.07%, stated 97.70%"),
    ("peixian-rongmeiti-2021", 5, "prose", "balance_mismatch",
     "年末结余14.38万元", "年末结余14.83万元", "14.83万元",
     "全年预算 532.00 − 全年执行 517.62 = 14.38万元, stated 14.83万元"),
    ("peixian-rongmeiti-2021", 6, "prose", "unit_mismatch",
     "全年终端维护费598500元", "全年终端维护费598500万元", "598500万元",
     "399 terminals × 1500元 = 598500元 (59.85万元); labelled 万元 the figure is 10^4 too large and exceeds the whole 70.00万元 应急广播 line"),

    # ---- 筠连县委网信办 2024 (Sichuan, project, Sichuan table 10 + 产出60 + 效益30) ----
    ("junlian-wangan-2024", 1, "prose", "grade_mismatch",
     "评价等级为良好", "评价等级为优秀", "评价等级为优秀",
     "total 86.69 is in the 良 band (80–90), stated 优秀"),
    ("junlian-wangan-2024", 2, "table", "implausible_rate",
     "财政专户管理资金｜0.00｜0.00｜0.00｜—｜—｜—", "财政专户管理资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "财政专户管理资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "execution rate 100.00% printed on a zero budget (财政专户管理资金 0.00 / 0.00)"),
    ("junlian-wangan-2024", 3, "table", "weight_sum_mismatch",
     "网络安全事件处置率｜=｜100｜%｜100｜10｜10｜", "网络安全事件处置率｜=｜100｜%｜100｜12｜10｜",
     "网络安全事件处置率｜=｜100｜%｜100｜12",
     "处置率 weight typed 12 instead of 10: 10 + 产出62 + 效益30 = 102"),
    ("junlian-wangan-2024", 4, "prose", "year_mismatch",
     "2024年县财政年初批复预算85.00万元", "2023年县财政年初批复预算85.00万元", "2023年县财政年初批复",
     "the 2024 evaluation's initial budget is said to be approved for 2023"),
    ("junlian-wangan-2024", 5, "prose", "average_mismatch",
     "平均每个系统测评费1.8万元", "平均每个系统测评费1.6万元", "平均每个系统测评费1.6万元",
     "等保测评 14.40万元 over 8 systems = 1.80万元 each, stated 1.6"),
    ("junlian-wangan-2024", 6, "table", "conflicting_values",
     "万元｜28.80｜10｜10｜", "万元｜28.08｜10｜10｜", "28.08",
     "舆情监测服务费 28.08 in the 自评表, 28.80万元 twice in the text (支出明细 and 合同金额)"),

    # ---- 东辽县委宣传部 2020 (Jilin, 部门整体) ----
    ("dongliao-xuanchuanbu-2020", 1, "table", "score_exceeds_weight",
     "100%｜100%｜10｜10｜\n效益指标｜社会效益指标｜社会主义核心价值观群众知晓率｜≥85%｜88.6%｜15｜15｜",
     "100%｜100%｜10｜15｜\n效益指标｜社会效益指标｜社会主义核心价值观群众知晓率｜≥85%｜88.6%｜15｜10｜",
     "重点宣传任务按期完成率｜100%｜100%｜10｜15",
     "时效 row scores 15 against a weight of 10 (scores of two adjacent rows swapped, the total is unchanged)"),
    ("dongliao-xuanchuanbu-2020", 2, "prose", "score_sum_mismatch",
     "综合自评得分97.82分", "综合自评得分98.72分", "98.72分",
     "table scores 9.62 + 50 + 28.20 + 10 = 97.82, stated 98.72"),
    ("dongliao-xuanchuanbu-2020", 3, "table", "sum_mismatch",
     "上年结转｜14.00", "上年结转｜41.00", "上年结转｜41.00",
     "表1: 598.40 + 41.00 = 639.40 ≠ 收入合计 612.40 (结转 should be 14.00)"),
    ("dongliao-xuanchuanbu-2020", 4, "table", "implausible_rate",
     "≥90%｜95.2%｜10｜10｜", "≥90%｜105.78%｜10｜10｜", "105.78%",
     "群众满意度 105.78% is above 100% (the completion 95.2/90 copied into the 实际完成值 column)"),
    ("dongliao-xuanchuanbu-2020", 5, "prose", "grade_mismatch",
     "评价等级为优。", "评价等级为良。", "评价等级为良",
     "total 97.82 is in the 优 band, stated 良"),
    ("dongliao-xuanchuanbu-2020", 6, "table", "year_mismatch",
     "部门整体支出绩效自评表（2020年度）", "部门整体支出绩效自评表（2019年度）", "部门整体支出绩效自评表（2019年度）",
     "the attached 自评表 is headed 2019年度 in a 2020 report with 2020 figures"),

    # ---- 博乐市委宣传部 2019 (Xinjiang, project, prose only) ----
    ("bole-gongyiguanggao-2019", 1, "prose", "balance_mismatch",
     "结余5.64万元", "结余6.54万元", "结余6.54万元",
     "到位 120.00 − 支出 114.36 = 5.64万元, stated 6.54"),
    ("bole-gongyiguanggao-2019", 2, "prose", "unit_mismatch",
     "每个3000元，计17.40万元", "每个3000万元，计17.40万元", "每个3000万元",
     "58 × 3000元 = 17.40万元; written as 3000万元 the unit price is 10^4 too large"),
    ("bole-gongyiguanggao-2019", 3, "prose", "score_sum_mismatch",
     "综合得分99.20分", "综合得分98.20分", "综合得分98.20分",
     "9.53 + 49.67 + 15 + 15 + 10 = 99.20, stated 98.20"),
    ("bole-gongyiguanggao-2019", 4, "prose", "average_mismatch",
     "平均每块6.8万元", "平均每块6.9万元", "平均每块6.9万元",
     "(7.2 + 6.9 + 6.9 + 6.6 + 6.6 + 6.6) / 6 = 6.80, stated 6.9"),
    ("bole-gongyiguanggao-2019", 5, "prose", "completion_mismatch",
     "完成率112%", "完成率121%", "完成率121%",
     "投放 3360小时 against 3000小时: completion 112%, stated 121%"),
    ("bole-gongyiguanggao-2019", 6, "prose", "conflicting_values",
     "总体看，项目全年支出114.36万元", "总体看，项目全年支出113.46万元", "113.46万元",
     "spending is 114.36万元 in 一（二）资金情况 (with 95.30% and 5.64), restated as 113.46万元 in 四"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    seen = set()
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        if not os.path.exists(os.path.join(CASES, clean_name)):
            sys.exit(f"missing clean draft {clean_name}")
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, where, code, old, new, value, expl) in EDITS:
            if s != src:
                continue
            key = (s, n)
            if key in seen:
                sys.exit(f"duplicate edit {key}")
            seen.add(key)
            text = read(os.path.join(CASES, clean_name))
            cnt = text.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old string matches {cnt} times: {old!r}")
            out = text.replace(old, new, 1)
            if value not in out:
                sys.exit(f"{src}-e{n}: value {value!r} not in the error case")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8", newline="") as fh:
                fh.write(out)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases from {len(SOURCES)} clean drafts; labels.jsonl written")


if __name__ == "__main__":
    main()
