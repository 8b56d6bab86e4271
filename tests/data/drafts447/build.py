#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in its clean
draft; the label value must then occur in the error case.  Run:  python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

D1 = "he-xianxian-meigaiqi-2019"
D2 = "sx-xiaoyi-gongreguanwang-2021"
D3 = "nm-linhe-laojiuguanwang-2022"
D4 = "sn-pucheng-qingjiequnuan-2023"
D5 = "hl-zhaodong-zhujianju-bumen-2024"
SOURCES = [D1, D2, D3, D4, D5]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- D1 献县 2019 ----
    (D1, 1, "sum_mismatch", "prose",
     "全年完成改造5,444户", "全年完成改造5,464户", "完成改造5,464户",
     "煤改气4,126户 + 煤改电1,318户 = 5,444户, stated 5,464户"),
    (D1, 2, "balance_mismatch", "prose",
     "未支付的82.74万元", "未支付的82.47万元", "未支付的82.47万元",
     "全年预算3,580.00 - 全年执行3,497.26 = 82.74万元 unpaid (carried to 2020), stated 82.47"),
    (D1, 3, "weight_sum_mismatch", "table",
     "产出指标（50分）", "产出指标（55分）", "产出指标（55分）",
     "output rows weigh 10+10+8+8+7+7 = 50, level written as 55; all weights now total 105"),
    (D1, 4, "unit_mismatch", "table",
     "煤改电户均设备补贴\t≤7400元/户\t7400元/户", "煤改电户均设备补贴\t≤7400元/户\t100%",
     "≤7400元/户\t100%",
     "target in 元/户, actual written as a percentage: completion cannot be computed"),
    (D1, 5, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 99.68 lies in the 优 band (>= 90), stated 良"),
    (D1, 6, "completion_mismatch", "prose",
     "100.63%和101.38%", "100.63%和101.83%", "101.83%",
     "煤改电 1,318户 / 1,300户 = 101.38%, stated 101.83%"),
    # ---- D2 孝义 2021 ----
    (D2, 1, "rate_mismatch", "table",
     "\t77.28\n\t0\n\t94.27", "\t77.28\n\t0\n\t92.47", "92.47",
     "县区级 execution rate (7)=(4)/(2) = 1178.36 / 1250.00 = 94.27, printed 92.47"),
    (D2, 2, "completion_mismatch", "table",
     "\t1.18万吨\n\t107.27%", "\t1.18万吨\n\t107.72%", "107.72%",
     "年节约标准煤 1.18 / 1.1万吨 = 107.27%, stated 107.72%"),
    (D2, 3, "score_exceeds_weight", "table",
     "\t9.33\n\n\t数量指标\n\t改造换热站\n\t5\n\t≥12座\n\t12座\n\t100%\n\t5",
     "\t8.33\n\n\t数量指标\n\t改造换热站\n\t5\n\t≥12座\n\t12座\n\t100%\n\t6",
     "改造换热站\n\t5\n\t≥12座\n\t12座\n\t100%\n\t6",
     "换热站 row scored 6 with weight 5 (the 二级管网 row above lowered from 9.33 to 8.33 so the total still reads 98.70)"),
    (D2, 4, "average_mismatch", "prose",
     "平均每座34.90万元", "平均每座39.40万元", "平均每座39.40万元",
     "418.80万元 / 12座 = 34.90万元 per station, stated 39.40"),
    (D2, 5, "implausible_rate", "table",
     "\t94.27\n\t0\n\t0", "\t94.27\n\t100\n\t0", "94.27\n\t100",
     "预算执行率 (7) of the 上年结转资金 column is 100 although that column's budget (2) is empty/zero"),
    (D2, 6, "conflicting_values", "prose",
     "改造惠及供热面积186.5万平方米", "改造惠及供热面积168.5万平方米", "供热面积168.5万平方米",
     "the project's heating area is 186.5万平方米 in 项目概况, 168.5万平方米 in 效益情况"),
    # ---- D3 临河 2022 ----
    (D3, 1, "score_sum_mismatch", "table",
     "减少散煤消耗｜≥1.2万吨｜1.26万吨｜10｜10｜", "减少散煤消耗｜≥1.2万吨｜1.26万吨｜10｜9.5｜",
     "1.26万吨｜10｜9.5",
     "row scores now add to 88.66, table and text state 89.16"),
    (D3, 2, "unit_mismatch", "prose",
     "每户补助入网费4,500元", "每户补助入网费4,500万元", "入网费4,500万元",
     "1,204户 x 4,500元 = 541.80万元; the per-household 4,500元 written as 万元 (off by 10^4)"),
    (D3, 3, "conflicting_values", "prose",
     "改造片区9,850户居民", "改造片区9,580户居民", "9,580户",
     "the renovated area has 9,850户 in the 效益 paragraph (basis of the 97.60% rate), 9,580户 in 项目概况"),
    (D3, 4, "rate_mismatch", "prose",
     "到位率93.33%", "到位率96.33%", "到位率96.33%",
     "企业自筹 到位 560.00 / 600.00 = 93.33%, stated 96.33%"),
    (D3, 5, "year_mismatch", "table",
     "项目支出绩效自评表（2022年度）", "项目支出绩效自评表（2021年度）", "自评表（2021年度）",
     "report and budget are for 2022, the self-evaluation table is headed 2021年度"),
    (D3, 6, "grade_mismatch", "table",
     "评价等级｜良", "评价等级｜优", "评价等级｜优",
     "total 89.16 lies in the 良 band (80 <= s < 90), table states 优"),
    # ---- D4 蒲城 2023 ----
    (D4, 1, "weight_sum_mismatch", "table",
     "新建换热站\t≥2座\t2座\t5\t5", "新建换热站\t≥2座\t2座\t7\t5", "2座\t7\t5",
     "output rows now weigh 10+10+7+10+5+10 = 52 under 产出指标（50分）; all weights total 102"),
    (D4, 2, "score_exceeds_weight", "table",
     "4.8公里\t10\t8\t穿越铁路段审批滞后\n\t\t新建换热站\t≥2座\t2座\t5\t5",
     "4.8公里\t10\t7\t穿越铁路段审批滞后\n\t\t新建换热站\t≥2座\t2座\t5\t6",
     "新建换热站\t≥2座\t2座\t5\t6",
     "换热站 row scored 6 with weight 5 (主管网 row above lowered from 8 to 7 so the total still reads 90.00)"),
    (D4, 3, "sum_mismatch", "table",
     "2658.35", "2685.35", "2685.35",
     "执行数 column: 当年财政拨款 2685.35 + 上年结转 276.40 + 其他 0.00 = 2961.75, 年度资金总额 2934.75"),
    (D4, 4, "completion_mismatch", "prose",
     "完成率95.31%", "完成率96.31%", "完成率96.31%",
     "3,050户 / 3,200户 = 95.31%, stated 96.31%"),
    (D4, 5, "implausible_rate", "prose",
     "开机率99.4%", "开机率109.4%", "开机率109.4%",
     "an equipment start-up rate (share of households) cannot exceed 100%"),
    (D4, 6, "balance_mismatch", "prose",
     "年末结余191.65万元", "年末结余196.15万元", "结余196.15万元",
     "全年预算3,126.40 - 全年支出2,934.75 = 191.65万元, stated 196.15"),
    # ---- D5 肇东 2024 部门整体 ----
    (D5, 1, "average_mismatch", "prose",
     "平均自评得分93.6分", "平均自评得分93.9分", "平均自评得分93.9分",
     "(91.5 + 93.0 + 96.5 + 89.0 + 98.0) / 5 = 93.6, stated 93.9"),
    (D5, 2, "score_sum_mismatch", "table",
     "资产管理\t6\t5.5", "资产管理\t6\t5", "资产管理\t6\t5",
     "department table scores now add to 94.53, 合计 and text state 95.03"),
    (D5, 3, "unit_mismatch", "table",
     "1460.00\t1381.20", "14600000.00\t1381.20", "14600000.00",
     "乡镇清洁取暖 budget written in 元 (14,600,000) in a 万元 column: 1460.00万元 makes the 合计 6706.20 and the 94.60% rate hold"),
    (D5, 4, "year_mismatch", "prose",
     "已结转至2025年", "已结转至2024年", "结转至2024年",
     "money left unspent in the 2024 budget is carried over to 2024 itself"),
    (D5, 5, "rate_mismatch", "table",
     "94.60%", "96.40%", "96.40%",
     "乡镇清洁取暖改造补助 1381.20 / 1460.00 = 94.60%, stated 96.40%"),
    (D5, 6, "conflicting_values", "prose",
     "全年完成老旧供热管网改造12.36公里", "全年完成老旧供热管网改造13.26公里", "改造13.26公里",
     "pipe renovation is 12.36公里 (3.42 + 7.26 + 1.68) in 产出, 13.26公里 in the conclusion"),
]


def main():
    labels = []
    clean = {}
    for s in SOURCES:
        with open(os.path.join(CASES, f"{s}-clean.txt"), encoding="utf-8") as f:
            clean[s] = f.read()
        labels.append({"case": f"{s}-clean.txt", "source": s, "clean": True, "expected": []})
    seen = set()
    for (src, n, code, where, old, new, value, expl) in EDITS:
        key = (src, n)
        if key in seen:
            sys.exit(f"duplicate edit {key}")
        seen.add(key)
        text = clean[src]
        cnt = text.count(old)
        if cnt != 1:
            sys.exit(f"{src}-e{n}: old string matches {cnt} times: {old!r}")
        out = text.replace(old, new)
        if value not in out:
            sys.exit(f"{src}-e{n}: value not in case: {value!r}")
        name = f"{src}-e{n}.txt"
        with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
            f.write(out)
        labels.append({"case": name, "source": src, "clean": False,
                       "expected": [{"code": code, "severity": "error", "value": value,
                                     "explanation": expl}]})
    order = {s: i for i, s in enumerate(SOURCES)}

    def k(l):
        c = l["case"]
        n = 0 if l["clean"] else int(c.rsplit("-e", 1)[1].split(".")[0])
        return (order[l["source"]], n)
    labels.sort(key=k)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"built {len(EDITS)} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
