#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts288 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "jiayin-zhuanyedui-2020",
    "yajiang-gelidai-2023",
    "shunchang-liaowangta-2018",
    "ziyuan-fanghuowuzi-2022",
    "ergun-linyeju-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- Heilongjiang, Jiayin: professional fire crew, MOF table ---
    ("jiayin-zhuanyedui-2020", 1, "rate_mismatch", "prose",
     "当年财政拨款执行177.36万元，执行率95.10%",
     "当年财政拨款执行177.36万元，执行率95.01%",
     "执行率95.01%",
     "fiscal appropriation 177.36 / 186.50 = 95.10%, stated 95.01%"),
    ("jiayin-zhuanyedui-2020", 2, "score_exceeds_weight", "table",
     "新购装备验收合格率｜100%｜100%｜7｜7｜\n产出指标｜质量指标｜队员持证上岗率｜100%｜97.78%｜6｜5.87｜",
     "新购装备验收合格率｜100%｜100%｜7｜7.5｜\n产出指标｜质量指标｜队员持证上岗率｜100%｜97.78%｜6｜5.37｜",
     "新购装备验收合格率｜100%｜100%｜7｜7.5",
     "score 7.5 above the row weight 7 (the next row lowered 5.87 -> 5.37 so the total still reads 96.05)"),
    ("jiayin-zhuanyedui-2020", 3, "weight_sum_mismatch", "table",
     "接警后出动时间｜≤10分钟｜8分钟｜8｜8｜",
     "接警后出动时间｜≤10分钟｜8分钟｜9｜8｜",
     "接警后出动时间｜≤10分钟｜8分钟｜9",
     "weights now total 101 (10 + 产出 51 + 效益 30 + 满意度 10) while 总分 says 100"),
    ("jiayin-zhuanyedui-2020", 4, "conflicting_values", "prose",
     "全年累计开展集中训练46天",
     "全年累计开展集中训练36天",
     "全年累计开展集中训练36天",
     "training days 36 in the text, 46天 in the 自评表 row 集中训练天数"),
    ("jiayin-zhuanyedui-2020", 5, "year_mismatch", "prose",
     "已按规定结转至2021年使用",
     "已按规定结转至2020年使用",
     "结转至2020年",
     "the unspent part of the 2020 budget cannot be carried over to 2020 itself (should be 2021)"),
    ("jiayin-zhuanyedui-2020", 6, "unit_mismatch", "prose",
     "每人每年1200元，计5.40万元",
     "每人每年1200元，计54000万元",
     "54000万元",
     "insurance 45 x 1200元 = 54000元 = 5.40万元, written with the unit 万元; the item list then no longer adds to 187.36"),

    # --- Sichuan, Yajiang: fire breaks, Sichuan table (10 + 60 + 30, no satisfaction line) ---
    ("yajiang-gelidai-2023", 1, "sum_mismatch", "table",
     "省级财政森林草原防灭火专项资金｜80.00｜80.00｜65.78",
     "省级财政森林草原防灭火专项资金｜80.00｜80.00｜56.78",
     "80.00｜80.00｜56.78",
     "spent by source 150.00 + 56.78 + 20.00 = 226.78, the 合计 row says 235.78"),
    ("yajiang-gelidai-2023", 2, "completion_mismatch", "prose",
     "完成年度目标的102.40%",
     "完成年度目标的104.20%",
     "完成年度目标的104.20%",
     "25.6公里 / 25公里 = 102.40%, stated 104.20%"),
    ("yajiang-gelidai-2023", 3, "score_sum_mismatch", "table",
     "总分｜｜｜｜｜｜｜100｜99.06｜",
     "总分｜｜｜｜｜｜｜100｜99.60｜",
     "100｜99.60",
     "9.43 + 59.92 + 29.71 = 99.06, stated 99.60"),
    ("yajiang-gelidai-2023", 4, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100%",
     "an execution rate of 100% on a zero budget (其他资金 0.00)"),
    ("yajiang-gelidai-2023", 5, "year_mismatch", "table",
     "项目支出绩效自评表\n（2023年度）",
     "项目支出绩效自评表\n（2022年度）",
     "（2022年度）",
     "the self-evaluation table of the 2023 report is headed 2022年度"),
    ("yajiang-gelidai-2023", 6, "balance_mismatch", "prose",
     "年末未支出资金14.22万元",
     "年末未支出资金14.32万元",
     "14.32万元",
     "250.00 - 235.78 = 14.22, stated 14.32"),

    # --- Fujian, Shunchang: lookout-tower video monitoring, prose only ---
    ("shunchang-liaowangta-2018", 1, "rate_mismatch", "prose",
     "预算执行率97.00%",
     "预算执行率96.70%",
     "预算执行率96.70%",
     "95.06 / 98.00 = 97.00%, stated 96.70%"),
    ("shunchang-liaowangta-2018", 2, "score_sum_mismatch", "prose",
     "综合自评得分94.48分",
     "综合自评得分94.84分",
     "综合自评得分94.84分",
     "9.70 + 46.64 + 28.36 + 9.78 = 94.48, stated 94.84"),
    ("shunchang-liaowangta-2018", 3, "average_mismatch", "prose",
     "全年平均在线率89.6%",
     "全年平均在线率86.9%",
     "全年平均在线率86.9%",
     "(99.1 + 97.3 + 78.6 + 83.4) / 4 = 89.6, stated 86.9"),
    ("shunchang-liaowangta-2018", 4, "conflicting_values", "prose",
     "实际支出95.06万元，资金管理规范",
     "实际支出95.60万元，资金管理规范",
     "实际支出95.60万元",
     "the conclusion gives spending 95.60万元, section 二 gives 95.06万元 (= sum of the items, 97.00% of 98.00)"),
    ("shunchang-liaowangta-2018", 5, "unit_mismatch", "prose",
     "设备维修更换11.18万元",
     "设备维修更换11.18元",
     "设备维修更换11.18元",
     "11.18万元 written as 11.18元; the items add to 95.06万元 only with 11.18万元"),
    ("shunchang-liaowangta-2018", 6, "balance_mismatch", "prose",
     "年末资金结余2.94万元",
     "年末资金结余2.49万元",
     "结余2.49万元",
     "received 98.00 - spent 95.06 = 2.94, stated 2.49"),

    # --- Guangxi, Ziyuan: fire-fighting stores, MOF table with 完成率 column ---
    ("ziyuan-fanghuowuzi-2022", 1, "grade_mismatch", "prose",
     "自评总分89.62分，评价等级为良好",
     "自评总分89.62分，评价等级为优秀",
     "评价等级为优秀",
     "89.62 lies in the 良 band (80 <= s < 90)"),
    ("ziyuan-fanghuowuzi-2022", 2, "score_exceeds_weight", "table",
     "66.67%｜8｜5.33｜第二批采购流标，2023年1月重新采购\n产出指标｜数量指标｜购置二号扑火工具｜≥500把｜600把｜120.00%｜6｜6｜",
     "66.67%｜8｜4.13｜第二批采购流标，2023年1月重新采购\n产出指标｜数量指标｜购置二号扑火工具｜≥500把｜600把｜120.00%｜6｜7.2｜",
     "120.00%｜6｜7.2",
     "score 7.2 (= 6 x 120%) above the row weight 6; the row above lowered 5.33 -> 4.13 so 产出 still reads 46.66"),
    ("ziyuan-fanghuowuzi-2022", 3, "implausible_rate", "prose",
     "截至年末支出9.80万元，支出率65.33%",
     "截至年末支出19.80万元，支出率132.00%",
     "支出19.80万元，支出率132.00%",
     "19.80 spent of the 15.00万元 regional allocation: a spending rate above 100%"),
    ("ziyuan-fanghuowuzi-2022", 4, "unit_mismatch", "table",
     "≥15套｜10套｜66.67%",
     "≥15套｜66.67%｜66.67%",
     "≥15套｜66.67%",
     "target in 套, actual entered as a percentage (the completion rate copied into 实际完成值)"),
    ("ziyuan-fanghuowuzi-2022", 5, "completion_mismatch", "table",
     "≥90%｜80%｜88.89%",
     "≥90%｜80%｜80.00%",
     "≥90%｜80%｜80.00%",
     "80% / 90% = 88.89%, stated 80.00%"),
    ("ziyuan-fanghuowuzi-2022", 6, "sum_mismatch", "table",
     "其中：当年财政拨款｜52.00｜67.00｜55.90",
     "其中：当年财政拨款｜52.00｜67.00｜59.50",
     "67.00｜59.50",
     "执行 column: 59.50 + 8.00 + 0.00 = 67.50, 年度资金总额 says 63.90"),

    # --- Inner Mongolia, Ergun: department-wide report ---
    ("ergun-linyeju-2024", 1, "rate_mismatch", "table",
     "其中：基本支出｜842.60｜842.60｜836.25｜99.25%",
     "其中：基本支出｜842.60｜842.60｜836.25｜99.52%",
     "836.25｜99.52%",
     "basic expenditure 836.25 / 842.60 = 99.25%, stated 99.52%"),
    ("ergun-linyeju-2024", 2, "average_mismatch", "table",
     "平均自评得分｜｜｜｜94.25",
     "平均自评得分｜｜｜｜94.52",
     "平均自评得分｜｜｜｜94.52",
     "(94.5 + 98 + 91 + 93.5) / 4 = 94.25, stated 94.52"),
    ("ergun-linyeju-2024", 3, "weight_sum_mismatch", "table",
     "草原综合植被盖度｜≥75%｜74.1%｜10｜9.88",
     "草原综合植被盖度｜≥75%｜74.1%｜12｜9.88",
     "74.1%｜12｜9.88",
     "weights now total 102 while 总分 says 100"),
    ("ergun-linyeju-2024", 4, "grade_mismatch", "table",
     "总分｜｜｜｜｜100｜92.93｜评价等级：优",
     "总分｜｜｜｜｜100｜92.93｜评价等级：良",
     "评价等级：良",
     "92.93 lies in the 优 band (>= 90)"),
    ("ergun-linyeju-2024", 5, "balance_mismatch", "prose",
     "年末结转结余44.97万元",
     "年末结转结余44.79万元",
     "结转结余44.79万元",
     "1452.70 - 1407.73 = 44.97, stated 44.79"),
    ("ergun-linyeju-2024", 6, "conflicting_values", "prose",
     "全市320名生态护林员全部按网格上岗",
     "全市302名生态护林员全部按网格上岗",
     "全市302名生态护林员",
     "302 rangers on duty here; 320 选聘 elsewhere in the text and in the table (≥320人｜320人)"),
]


def case_name(source, n=None):
    return f"{source}-clean.txt" if n is None else f"{source}-e{n}.txt"


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    for source in SOURCES:
        read(case_name(source))  # must exist
        labels.append({"case": case_name(source), "source": source, "clean": True, "expected": []})
        for (src, n, code, where, old, new, value, expl) in EDITS:
            if src != source:
                continue
            clean = read(case_name(source))
            count = clean.count(old)
            if count != 1:
                raise SystemExit(f"{source}-e{n}: old text matches {count} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{source}-e{n}: value not in case: {value!r}")
            with open(os.path.join(CASES, case_name(source, n)), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": case_name(source, n), "source": source, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
