#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft is cases/<id>-clean.txt (hand-written). Every error case is the
clean draft with exactly one replacement `old` -> `new`; `old` must occur exactly
once in the clean draft, and `value` (the label) must occur in the error case.
Standard library only.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (source id, [(suffix, code, where, old, new, value, explanation), ...])
EDITS = {
    "sn-xunyi-aihuaguoyuan-2021": [
        ("e1", "implausible_rate", "table",
         "其他资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t—",
         "其他资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t100%",
         "0.00\n\t—\n\t100%",
         "自评表 其他资金 row: 全年预算数 0.00 and 全年执行数 0.00, so 执行率 is undefined ('—'); 100% on a zero base is implausible"),
        ("e2", "balance_mismatch", "prose",
         "未执行的18.22万元", "未执行的18.92万元",
         "未执行的18.92万元",
         "全年预算455.60 − 全年执行437.38 = 18.22万元, stated 18.92"),
        ("e3", "sum_mismatch", "prose",
         "防雹网及支架材料补助52.72万元", "防雹网及支架材料补助52.27万元",
         "52.27万元",
         "uses 346.08 + 52.27 + 4.34 + 34.24 = 436.93 ≠ 全年执行437.38 (and 当年财政拨款执行403.14 ≠ 346.08 + 52.27 + 4.34)"),
        ("e4", "weight_sum_mismatch", "table",
         "已建立\n\t8\n\t8", "已建立\n\t9\n\t8",
         "已建立\n\t9",
         "可持续影响 weight 9: 分值 10 + 50 + 31 + 10 = 101 ≠ 100 (效益 rows 12 + 10 + 9 = 31)"),
        ("e5", "year_mismatch", "prose",
         "结转至2022年支付", "结转至2021年支付",
         "结转至2021年",
         "unspent money of the 2021 budget is carried to 2021 itself; a carry-forward must go to a later year (2022)"),
        ("e6", "conflicting_values", "prose",
         "带动种植户452户，其中", "带动种植户425户，其中",
         "带动种植户425户",
         "the 自评表 gives 带动种植户数 452户 (indicator row and 实际完成情况); the text now says 425户"),
    ],
    "jx-xunwu-qichenggaiyuan-2019": [
        ("e1", "completion_mismatch", "table",
         "820亩 91.11% 9.11", "820亩 92.11% 9.11",
         "820亩 92.11%",
         "老园高接换种: 820 / 900 = 91.11%, stated 92.11%"),
        ("e2", "rate_mismatch", "table",
         "90.32 0 92.58 0 100", "90.32 0 92.85 0 100",
         "0 92.85 0 100",
         "预算执行率 (7)=(4)/(2), 县区级: 83.32 / 90.00 = 92.58%, stated 92.85"),
        ("e3", "score_sum_mismatch", "table",
         "131户 109.17% 10", "131户 109.17% 9",
         "109.17% 9",
         "row scores now sum to 97.69, but 合计 and the text give 98.69"),
        ("e4", "unit_mismatch", "table",
         "无病容器苗使用率 10 100% 100% 100.00% 10", "无病容器苗使用率 10 100% 11.33万株 100.00% 10",
         "100% 11.33万株",
         "target is a rate (100%), actual written as a count (11.33万株): completion cannot be computed"),
        ("e5", "year_mismatch", "prose",
         "截至2019年12月31日，项目累计支出", "截至2018年12月31日，项目累计支出",
         "截至2018年12月31日",
         "the 2019 report states its spending as of 2018-12-31; the cut-off must name the evaluation year 2019"),
        ("e6", "grade_mismatch", "prose",
         "评价等级为“优秀”", "评价等级为“良好”",
         "评价等级为“良好”",
         "总得分98.69 is in the 优 band (≥ 90)"),
    ],
    "sd-qixia-laoyuangaizao-2023": [
        ("e1", "rate_mismatch", "prose",
         "市级资金支出166.62万元，执行率92.57%", "市级资金支出166.62万元，执行率95.27%",
         "执行率95.27%",
         "市级 sub-rate: 166.62 / 180 = 92.57%, stated 95.27%"),
        ("e2", "average_mismatch", "prose",
         "平均每期90人次", "平均每期96人次",
         "平均每期96人次",
         "2160人次 / 24期 = 90人次, stated 96"),
        ("e3", "unit_mismatch", "prose",
         "按每亩2000元标准", "按每亩2000万元标准",
         "每亩2000万元",
         "3126亩 × 2000元 = 625.20万元 as stated; '2000万元' per 亩 is off by 10^4 (a 元 figure labelled 万元)"),
        ("e4", "implausible_rate", "table",
         "≥90%\t96.8%\t10", "≥90%\t106.8%\t10",
         "106.8%",
         "果农满意度 106.8% exceeds 100%"),
        ("e5", "weight_sum_mismatch", "table",
         "≥15%\t17.5%\t10\t10", "≥15%\t17.5%\t12\t10",
         "17.5%\t12",
         "化肥使用量减少 weight 12: 分值 sum 102 ≠ 100 (总分 100)"),
        ("e6", "conflicting_values", "table",
         "≥3000亩\t3126亩", "≥3000亩\t3162亩",
         "3162亩",
         "the text gives 改造3126亩 (= 842 + 915 + 768 + 601), the table 3162亩"),
    ],
    "he-zhaoxian-linyeju-bumen-2022": [
        ("e1", "average_mismatch", "prose",
         "平均95.90分", "平均96.90分",
         "平均96.90分",
         "(96.50 + 93.20 + 98.00) / 3 = 95.90, stated 96.90"),
        ("e2", "sum_mismatch", "table",
         "公用经费\n35.17\n35.17", "公用经费\n35.71\n35.17",
         "公用经费\n35.71",
         "全年预算数: 人员经费251.18 + 公用经费35.71 = 286.89 ≠ 基本支出286.35"),
        ("e3", "score_exceeds_weight", "table",
         "94.6%\n9.96", "94.6%\n10.02",
         "94.6%\n10.02",
         "果农满意度 得分10.02 above its 分值10 (row sum 96.84 still reads 96.8 at one decimal)"),
        ("e4", "year_mismatch", "table",
         "部门整体支出绩效自评表（2022年度）", "部门整体支出绩效自评表（2021年度）",
         "自评表（2021年度）",
         "the 2022 report's self-evaluation table is headed 2021年度"),
        ("e5", "grade_mismatch", "table",
         "评价等级\n优", "评价等级\n良",
         "评价等级\n良",
         "total 96.8 is in the 优 band (≥ 90)"),
        ("e6", "balance_mismatch", "prose",
         "项目支出结余11.66万元", "项目支出结余11.06万元",
         "结余11.06万元",
         "项目支出 485.00 − 473.34 = 11.66万元, stated 11.06"),
    ],
    "yn-mengzi-shiliugaiyuan-2024": [
        ("e1", "score_exceeds_weight", "table",
         "90.1% 14.69", "90.1% 15.19",
         "90.1% 15.19",
         "嫁接成活率 得分15.19 above its 分值15 (row sum 99.29 still reads 99 at whole points)"),
        ("e2", "unit_mismatch", "table",
         "2024年4月15日前 2024年4月12日 5", "2024年4月15日前 100% 5",
         "2024年4月15日前 100%",
         "target is a date, actual a percentage"),
        ("e3", "completion_mismatch", "prose",
         "完成率102.67%", "完成率106.27%",
         "完成率106.27%",
         "高接换种面积 1540 / 1500 = 102.67%, stated 106.27%"),
        ("e4", "score_sum_mismatch", "prose",
         "综合自评得分99分", "综合自评得分97分",
         "综合自评得分97分",
         "row scores 9.43 + 20 + 10 + 14.69 + 5 + 10 + 10 + 10 + 9.67 = 98.79 (99 at whole points), stated 97"),
        ("e5", "rate_mismatch", "prose",
         "到位率96.25%", "到位率96.52%",
         "到位率96.52%",
         "到位308 / 全年预算320 = 96.25%, stated 96.52%"),
        ("e6", "conflicting_values", "prose",
         "带动种植户538户", "带动种植户583户",
         "带动种植户583户",
         "the 自评表 gives 带动种植户数 538户; the text now says 583户"),
    ],
}


def main():
    lines = []
    for src, edits in EDITS.items():
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        lines.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for suffix, code, where, old, new, value, expl in edits:
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src}-{suffix}: old string occurs {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{src}-{suffix}: label value not in case: {value!r}")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            lines.append({"case": name, "source": src, "clean": False,
                          "expected": [{"code": code, "severity": "error",
                                        "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in lines:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(lines)} cases")


if __name__ == "__main__":
    main()
