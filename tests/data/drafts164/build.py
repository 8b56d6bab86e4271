#!/usr/bin/env python3
"""Build the n164 error cases and labels.jsonl from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the
clean draft; `value` is the exact substring of the resulting case that carries the error.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "xiangshui-jiuyebuzhu-2022",
    "wusheng-jinengtisheng-2021",
    "lingshi-jumin-yanglao-2019",
    "changshun-chuangdan-tiexi-2024",
    "kuandian-renshe-bumen-2018",
]

# (source, n, code, old, new, value, explanation, where)
EDITS = [
    # ---- 响水县 就业补助资金 2022 (MOF outline, MOF 自评表) ----
    ("xiangshui-jiuyebuzhu-2022", 1, "rate_mismatch",
     "预算执行率为93.67%", "预算执行率为96.37%",
     "预算执行率为96.37%",
     "1392.36 / 1486.50 = 93.67% (as in the 自评表); the text states 96.37% (digits swapped)", "text"),
    ("xiangshui-jiuyebuzhu-2022", 2, "sum_mismatch",
     "公益性岗位补贴258.76万元", "公益性岗位补贴285.76万元",
     "全年实际支出1392.36万元，预算执行率为93.67%。其中：职业培训补贴486.20万元，社会保险补贴392.40万元，公益性岗位补贴285.76万元",
     "items 486.20 + 392.40 + 285.76 + 96.00 + 82.50 + 76.50 = 1419.36, not the stated 1392.36 (258.76 typed as 285.76)", "text"),
    ("xiangshui-jiuyebuzhu-2022", 3, "score_exceeds_weight",
     "≥90%｜93.6%｜10｜10｜—\n产出指标｜时效指标｜补贴资金按时拨付率｜≥95%｜98.2%｜5｜5",
     "≥90%｜93.6%｜10｜5｜—\n产出指标｜时效指标｜补贴资金按时拨付率｜≥95%｜98.2%｜5｜10",
     "98.2%｜5｜10",
     "scores of two adjacent rows swapped: 时效 row scores 10 against a weight of 5 (total still 97.90)", "table"),
    ("xiangshui-jiuyebuzhu-2022", 4, "conflicting_values",
     "≥6500人｜7126人", "≥6500人｜7216人",
     "7216人",
     "城镇新增就业 is 7126人 in the text and in the table's 年度总体目标 row, 7216人 in the indicator row", "table"),
    ("xiangshui-jiuyebuzhu-2022", 5, "completion_mismatch",
     "为年度目标的109.63%", "为年度目标的106.93%",
     "7126人，为年度目标的106.93%",
     "7126 / 6500 = 109.63%, stated 106.93%", "text"),
    ("xiangshui-jiuyebuzhu-2022", 6, "unit_mismatch",
     "≥5000人次｜5218人次", "≥5000人次｜104.36%",
     "≥5000人次｜104.36%",
     "target in 人次, actual given as a percentage (the completion rate pasted into 实际完成值)", "table"),

    # ---- 武胜县 职业技能提升行动专账资金 2021 (Sichuan outline and table) ----
    ("wusheng-jinengtisheng-2021", 1, "balance_mismatch",
     "年末结余58.72万元", "年末结余57.82万元",
     "年末结余57.82万元",
     "734.00 - 675.28 = 58.72, stated 57.82", "text"),
    ("wusheng-jinengtisheng-2021", 2, "weight_sum_mismatch",
     "人｜2120｜10｜10", "人｜2120｜12｜10",
     "2120｜12｜10",
     "认定人数 weight 12: indicator weights now 62 + 30 (+10 execution) = 102, and 产出 no longer equals the 60 points stated in the text", "table"),
    ("wusheng-jinengtisheng-2021", 3, "grade_mismatch",
     "评价等级为优秀", "评价等级为良好",
     "自评得分97.38分，评价等级为良好",
     "97.38 lies in the 优 band (>= 90)", "text"),
    ("wusheng-jinengtisheng-2021", 4, "implausible_rate",
     "60｜%｜68.5｜", "60｜%｜685｜",
     "60｜%｜685",
     "培训后就业（创业）率 of 685% (decimal point lost) is above 100%", "table"),
    ("wusheng-jinengtisheng-2021", 5, "year_mismatch",
     "结转至2022年", "结转至2021年",
     "结转至2021年",
     "the balance of the 2021 budget is carried to 2021 itself; must be a later year", "text"),
    ("wusheng-jinengtisheng-2021", 6, "average_mismatch",
     "91.2%、93.5%、92.4%、94.1%、92.3%，平均92.7%", "91.2%、95.3%、92.4%、94.1%、92.3%，平均92.7%",
     "91.2%、95.3%、92.4%、94.1%、92.3%，平均92.7%",
     "(91.2 + 95.3 + 92.4 + 94.1 + 92.3) / 5 = 93.06, stated average 92.7 (93.5 typed as 95.3)", "text"),

    # ---- 灵石县 城乡居民基本养老保险补贴 2019 (Shanxi layout) ----
    ("lingshi-jumin-yanglao-2019", 1, "rate_mismatch",
     "｜100｜93.43｜0｜0", "｜100｜94.33｜0｜0",
     "94.33",
     "县区级 预算执行率 (7)=(4)/(2) = 1102.46 / 1180.00 = 93.43, stated 94.33", "table"),
    ("lingshi-jumin-yanglao-2019", 2, "completion_mismatch",
     "5347人｜102.83%", "5347人｜108.23%",
     "5347人｜108.23%",
     "5347 / 5200 = 102.83%, stated 108.23%", "table"),
    ("lingshi-jumin-yanglao-2019", 3, "score_sum_mismatch",
     "18.60%｜93.00%｜13.95", "18.60%｜93.00%｜13.59",
     "93.00%｜13.59",
     "9.87 + 4 x 12.5 + 15 + 13.59 + 10 = 98.46, stated total 98.82", "table"),
    ("lingshi-jumin-yanglao-2019", 4, "unit_mismatch",
     "≥130元｜133.60元", "≥130元｜102.77%",
     "≥130元｜102.77%",
     "target in 元, actual given as a percentage (completion pasted into 业绩值)", "table"),
    ("lingshi-jumin-yanglao-2019", 5, "sum_mismatch",
     "｜2980.00｜1070.00｜290.00｜1080.00", "｜2980.00｜1007.00｜290.00｜1080.00",
     "5420.00｜5420.00｜2980.00｜1007.00",
     "年初预算 row: 2980.00 + 1007.00 + 290.00 + 1080.00 = 5357.00, stated 小计 5420.00", "table"),
    ("lingshi-jumin-yanglao-2019", 6, "conflicting_values",
     "待遇领取人员36820人", "待遇领取人员38620人",
     "待遇领取人员38620人",
     "领取人数 is 36820人 in the 产出 table, 38620人 in the analysis text", "text"),

    # ---- 长顺县 创业担保贷款贴息 2024 (prose only) ----
    ("changshun-chuangdan-tiexi-2024", 1, "balance_mismatch",
     "年末结余27.78万元", "年末结余28.78万元",
     "年末结余28.78万元",
     "326.40 - 298.62 = 27.78, stated 28.78", "text"),
    ("changshun-chuangdan-tiexi-2024", 2, "average_mismatch",
     "季均67.83万元", "季均68.73万元",
     "季均68.73万元",
     "(62.48 + 70.16 + 66.90 + 71.78) / 4 = 67.83, stated 68.73", "text"),
    ("changshun-chuangdan-tiexi-2024", 3, "year_mismatch",
     "截至2024年12月31日", "截至2023年12月31日",
     "截至2023年12月31日",
     "the 2024 report's year-end spending date names 2023", "text"),
    ("changshun-chuangdan-tiexi-2024", 4, "implausible_rate",
     "申请712笔，审核通过680笔，通过率95.51%", "申请612笔，审核通过680笔，通过率111.11%",
     "审核通过680笔，通过率111.11%",
     "680 approved out of 612 applications: 通过率 111.11% is above 100%", "text"),
    ("changshun-chuangdan-tiexi-2024", 5, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "98.85 lies in the 优 band (>= 90)", "text"),
    ("changshun-chuangdan-tiexi-2024", 6, "unit_mismatch",
     "小微企业38笔5080万元", "小微企业38笔5080元",
     "5080元",
     "13540万元 + 5080元 does not give 18620万元; the 小微企业 amount is 5080万元 written with the unit 元 (off by 10^4)", "text"),

    # ---- 宽甸县人社局 部门整体支出 2018 ----
    ("kuandian-renshe-bumen-2018", 1, "weight_sum_mismatch",
     "基本规范｜5｜4.5", "基本规范｜6｜4.5",
     "资产管理规范性｜规范｜基本规范｜6｜4.5",
     "过程 weights now 10 + 5 + 5 + 6 = 26 against the 25 stated in the text; all weights total 101", "table"),
    ("kuandian-renshe-bumen-2018", 2, "score_sum_mismatch",
     "较明确｜5｜4.5\n", "较明确｜5｜4\n",
     "绩效指标明确性｜明确｜较明确｜5｜4",
     "row scores now add to 98.10, table 合计 and text state 98.60", "table"),
    ("kuandian-renshe-bumen-2018", 3, "score_exceeds_weight",
     "97.23%｜10｜9.72\n过程｜预算执行｜资金支付及时性｜及时｜及时｜5｜5",
     "97.23%｜10｜5\n过程｜预算执行｜资金支付及时性｜及时｜及时｜5｜9.72",
     "资金支付及时性｜及时｜及时｜5｜9.72",
     "scores of two adjacent rows swapped: 资金支付及时性 scores 9.72 against a weight of 5 (total still 98.60)", "table"),
    ("kuandian-renshe-bumen-2018", 4, "average_mismatch",
     "平均得分95.30分", "平均得分95.03分",
     "平均得分95.03分",
     "(96.50 + 94.20 + 97.80 + 92.60 + 95.40) / 5 = 95.30, stated 95.03", "text"),
    ("kuandian-renshe-bumen-2018", 5, "balance_mismatch",
     "年末结转结余148.34万元", "年末结转结余184.34万元",
     "年末结转结余184.34万元",
     "5346.80 - 5198.46 = 148.34, stated 184.34", "text"),
    ("kuandian-renshe-bumen-2018", 6, "sum_mismatch",
     "项目支出｜3629.40｜", "项目支出｜3692.40｜",
     "项目支出｜3692.40",
     "年初预算数: 基本支出 1245.80 + 项目支出 3692.40 = 4938.20, 合计 states 4875.20", "table"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, expl, _where) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old string matches {cnt} times: {old!r}")
            case = clean.replace(old, new)
            if value not in case:
                sys.exit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(case)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for row in labels:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
