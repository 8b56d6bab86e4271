#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts291 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

A = "jx-zhangshu-kejitepaiyuan-2019"
B = "hb-anlu-gaoqipeiyu-2020"
C = "sd-boxing-chengguozhuanhua-2022"
D = "cq-jiulongpo-chuangxinquan-2023"
E = "qh-chengbei-zhongdianyanfa-2024"
SOURCES = [A, B, C, D, E]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- A: Jiangxi 樟树 科技特派员 2019 (web page, tab-separated table) ----
    (A, 1, "rate_mismatch", "prose",
     "已支出22.56万元，支出率94.00%", "已支出22.56万元，支出率94.60%",
     "支出率94.60%",
     "省级专项 22.56 / 24.00 = 94.00%, stated 94.60%"),
    (A, 2, "average_mismatch", "prose",
     "分别为92.8%、94.1%、93.9%", "分别为92.8%、97.1%、93.9%",
     "92.8%、97.1%、93.9%，平均满意度93.6%",
     "mean of 92.8, 97.1, 93.9 is 94.6%, stated average 93.6% (蔬菜水产团队 94.1 mistyped 97.1)"),
    (A, 3, "grade_mismatch", "prose",
     "自评得分96.18分，评价等级为优秀", "自评得分96.18分，评价等级为良好",
     "评价等级为良好",
     "96.18 lies in the 优 band (90-100); 良好 stated"),
    (A, 4, "sum_mismatch", "table",
     "其中：当年财政拨款\t60.00\t84.00\t79.86", "其中：当年财政拨款\t60.00\t84.00\t78.96",
     "其中：当年财政拨款\t60.00\t84.00\t78.96",
     "全年执行数: 年度资金总额 79.86 ≠ 当年财政拨款 78.96 + 上年结转 0.00 + 其他 0.00"),
    (A, 5, "score_exceeds_weight", "table",
     "2350人次\t5\t5\t\n\t\t建立科技示范基地\t12个\t11个\t10\t9.17",
     "2350人次\t5\t9.17\t\n\t\t建立科技示范基地\t12个\t11个\t10\t5",
     "2350人次\t5\t9.17",
     "培训农民人次: score 9.17 above its weight 5 (the scores of two adjacent rows pasted in the wrong order; total still 96.18)"),
    (A, 6, "year_mismatch", "table",
     "项目支出绩效自评表\n（2019年度）", "项目支出绩效自评表\n（2018年度）",
     "（2018年度）",
     "the self-evaluation table is dated 2018 in the 2019 report"),

    # ---- B: Hubei 安陆 高新技术企业培育 2020 (Word copy, one cell per line) ----
    (B, 1, "implausible_rate", "table",
     "上年结转资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t—",
     "上年结转资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t100%",
     "0.00\n\t—\n\t100%",
     "execution rate 100% printed for 上年结转资金 whose budget is 0.00 (rate on a zero base)"),
    (B, 2, "completion_mismatch", "table",
     "\t75%\n\t115.38%", "\t75%\n\t115.83%",
     "75%\n\t115.83%",
     "高企申报通过率: actual 75% / target 65% = 115.38%, stated 115.83%"),
    (B, 3, "weight_sum_mismatch", "table",
     "奖补资料审核合规率\n\t5", "奖补资料审核合规率\n\t10",
     "奖补资料审核合规率\n\t10",
     "weights now add up to 105 (产出 55); the 分值 of 奖补资料审核合规率 was 5"),
    (B, 4, "balance_mismatch", "prose",
     "结余7.50万元", "结余7.05万元",
     "结余7.05万元",
     "到位 150.00 − 支出 142.50 = 7.50, stated 7.05"),
    (B, 5, "conflicting_values", "prose",
     "全年新增高新技术企业15家", "全年新增高新技术企业16家",
     "全年新增高新技术企业16家",
     "new high-tech enterprises are 15 elsewhere (通过认定15家, 自评表 15家, 38→53)"),
    (B, 6, "unit_mismatch", "prose",
     "培训费17.50万元", "培训费175000万元",
     "培训费175000万元",
     "a 元 figure labelled 万元: 75.00 + 40.00 + 10.00 + 17.50 = 142.50 holds only with 17.50万元"),

    # ---- C: Shandong 博兴 科技成果转化 2022 (PDF text, space-separated table) ----
    (C, 1, "score_sum_mismatch", "prose",
     "综合得分97.56分", "综合得分97.65分",
     "综合得分97.65分",
     "9.76 + 50 + 27.8 + 10 = 97.56 (also the sum of the table rows), stated 97.65"),
    (C, 2, "rate_mismatch", "table",
     "180.60 10 97.62% 9.76", "180.60 10 97.26% 9.76",
     "97.26%",
     "执行率 180.60 / 185.00 = 97.62%, stated 97.26%"),
    (C, 3, "sum_mismatch", "prose",
     "技术合同交易奖补38.60万元", "技术合同交易奖补36.80万元",
     "全年实际支出180.60万元，其中：科技成果转化项目补助120.00万元、技术合同交易奖补36.80万元",
     "120.00 + 36.80 + 15.00 + 7.00 = 178.80 ≠ 180.60"),
    (C, 4, "year_mismatch", "prose",
     "截至2022年12月31日", "截至2021年12月31日",
     "截至2021年12月31日",
     "the year-end figure of the 2022 report is dated 2021 (and compared with 2021 in the same sentence)"),
    (C, 5, "unit_mismatch", "table",
     "≥8项 8项 10 10", "≥8项 100% 10 10",
     "≥8项 100%",
     "target in 项, actual in %: completion cannot be computed"),
    (C, 6, "grade_mismatch", "prose",
     "自评等级为“优”", "自评等级为“良”",
     "自评等级为“良”",
     "97.56 lies in the 优 band; 良 stated"),

    # ---- D: Chongqing 九龙坡 科技创新券 2023 (web page, ' | ' table) ----
    (D, 1, "weight_sum_mismatch", "table",
     "47家 | 10 | 10", "47家 | 15 | 10",
     "47家 | 15 | 10",
     "weights now add up to 105 (产出 55); 对接科技服务机构数 weight copied from the row above"),
    (D, 2, "balance_mismatch", "prose",
     "结余18.24万元", "结余18.42万元",
     "结余18.42万元",
     "全年预算 345.60 (全部到位) − 兑付 327.36 = 18.24, stated 18.42"),
    (D, 3, "conflicting_values", "prose",
     "2023年带动企业研发投入9260万元", "2023年带动企业研发投入9620万元",
     "带动企业研发投入9620万元",
     "the same indicator is 9260万元 in the 自评表 (twice)"),
    (D, 4, "completion_mismatch", "prose",
     "完成率110%", "完成率117%",
     "完成率117%",
     "176 / 160 = 110%; 117% is 176 divided by last year's 150"),
    (D, 5, "average_mismatch", "table",
     "| 98.50 | 20", "| 98.50 | 26",
     "98.50 | 26\n第四批（12月，含上年结转） | 41 | 71.30 | 16\n合计/平均 | 176 | 327.36 | 19",
     "mean of 18, 22, 26, 16 working days is 20.5, stated 19"),
    (D, 6, "score_exceeds_weight", "table",
     "176家 | 15 | 15 |\n | 数量指标 | 对接科技服务机构数 | ≥40家 | 47家 | 10 | 10",
     "176家 | 10 | 15 |\n | 数量指标 | 对接科技服务机构数 | ≥40家 | 47家 | 15 | 10",
     "176家 | 10 | 15",
     "兑付创新券企业数: score 15 above weight 10 (weights of two adjacent rows swapped; weight total and score total unchanged)"),

    # ---- E: Qinghai 城北区 重点研发与转化计划 2024 (web page, every cell on its own line) ----
    (E, 1, "score_sum_mismatch", "table",
     "总分\n100\n95.6", "总分\n100\n96.5",
     "总分\n100\n96.5",
     "row scores 9.3 + 50 + 26.3 + 10 = 95.6, stated total 96.5"),
    (E, 2, "implausible_rate", "prose",
     "满意度为98.5%", "满意度为985%",
     "满意度为985%",
     "a satisfaction rate of 985% (decimal point dropped) is impossible"),
    (E, 3, "year_mismatch", "prose",
     "结转至2025年", "结转至2024年",
     "结转至2024年继续使用",
     "money unspent in 2024 cannot be carried over to 2024; the later year (2025) is due"),
    (E, 4, "unit_mismatch", "table",
     "2024年6月30日前\n2024年5月28日", "2024年6月30日前\n100%",
     "2024年6月30日前\n100%",
     "target is a date, actual a percentage"),
    (E, 5, "sum_mismatch", "table",
     "30.00 30.00", "30.00 3.00",
     "青海柴杞生物科技有限公司 30.00 3.00",
     "本年拨付 40.00 + 3.00 + 25.00 + 24.50 + 20.00 = 112.50 ≠ 合计 139.50"),
    (E, 6, "rate_mismatch", "prose",
     "到位率92.00%", "到位率90.20%",
     "实际投入552.00万元，到位率90.20%",
     "自筹资金 552.00 / 600.00 = 92.00%, stated 90.20%"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    for src in SOURCES:
        clean = read(os.path.join(CASES, f"{src}-clean.txt"))
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e[0] == src), key=lambda e: e[1])
        for (_, n, code, where, old, new, value, expl) in edits:
            k = clean.count(old)
            if k != 1:
                sys.exit(f"{src}-e{n}: old string matches {k} times: {old!r}")
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
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases and {len(labels)} labels")


if __name__ == "__main__":
    main()
