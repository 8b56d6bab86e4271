#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one exact old -> new replacement
(the old string must occur exactly once in the clean draft).  Standard library only.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "jx-ningdu-zhongyiguan-2021",
    "ha-nanyang-mingyigongzuoshi-2019",
    "gx-duan-shiyijishu-2022",
    "gs-longxi-yaocaijiance-2023",
    "he-longhua-zyy-bumen-2024",
]

# (suffix, code, where, old, new, value, explanation)
EDITS = {
    "jx-ningdu-zhongyiguan-2021": [
        ("e1", "rate_mismatch", "prose",
         "资金到位率97.80%", "资金到位率98.70%", "到位率98.70%",
         "到位 177.60 / 全年预算 181.60 = 97.80%, stated 98.70%"),
        ("e2", "sum_mismatch", "table",
         "年度资金总额｜160.00", "年度资金总额｜150.00", "年度资金总额｜150.00",
         "年初预算数: 160.00 + 0.00 + 0.00 = 160.00 (text: 中央120 + 县级40), total row states 150.00"),
        ("e3", "completion_mismatch", "prose",
         "完成年度指标的83.33%", "完成年度指标的88.33%", "完成年度指标的88.33%",
         "接入率 actual 75% / target 90% = 83.33%, stated 88.33%"),
        ("e4", "year_mismatch", "prose",
         "已按规定结转至2022年", "已按规定结转至2021年", "结转至2021年",
         "the unspent part of the 2021 budget is carried over to 2021 itself; a carry-over goes to a later year (2022)"),
        ("e5", "weight_sum_mismatch", "table",
         "｜≥6类｜7类｜5｜5｜", "｜≥6类｜7类｜6｜5｜", "7类｜6｜5",
         "weights now total 101 (产出 rows 51 instead of 50); 总分 row still says 100"),
        ("e6", "grade_mismatch", "prose",
         "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
         "total 95.42 lies in the 优 band (90-100), stated 良"),
    ],
    "ha-nanyang-mingyigongzuoshi-2019": [
        ("e1", "completion_mismatch", "table",
         "342份\t114%", "342份\t141%", "342份\t141%",
         "整理临床医案 actual 342份 / target 300份 = 114%, stated 141%"),
        ("e2", "score_sum_mismatch", "table",
         "已建立8项制度并运行\t—\t10\t9\t", "已建立8项制度并运行\t—\t10\t8.5\t", "10\t8.5",
         "row scores now add to 9.06 + 48.75 + 26.5 + 10 = 94.31, stated total 94.81 (table and text); 8.5 stays inside the qualitative band"),
        ("e3", "unit_mismatch", "table",
         "≥5家\t4家\t80%", "≥5家\t80%\t80%", "≥5家\t80%",
         "target counted in 家 (institutions), actual given as a percentage"),
        ("e4", "balance_mismatch", "prose",
         "年末结余5.48万元", "年末结余5.84万元", "结余5.84万元",
         "全年预算 58.60 - 执行 53.12 = 5.48, stated 5.84"),
        ("e5", "average_mismatch", "prose",
         "人均186天", "人均196天", "人均196天",
         "1,116天 / 6名继承人 = 186天, stated 196天"),
        ("e6", "conflicting_values", "prose",
         "全年整理临床医案342份", "全年整理临床医案324份", "医案324份",
         "the same output is 342份 in the 自评表 (whose 114% follows from 342); text now says 324份"),
    ],
    "gx-duan-shiyijishu-2022": [
        ("e1", "score_exceeds_weight", "prose",
         "得3.5分（满分5分）", "得3.5分（满分3分）", "得3.5分（满分3分）",
         "时效指标 score 3.5 above its stated full mark 3"),
        ("e2", "sum_mismatch", "prose",
         "其中自治区补助36万元", "其中自治区补助38万元", "自治区补助38万元",
         "38 + 12 = 50, stated 全年预算 48"),
        ("e3", "implausible_rate", "prose",
         "满意率95.8%", "满意率105.8%", "满意率105.8%",
         "a satisfaction rate cannot exceed 100%"),
        ("e4", "unit_mismatch", "prose",
         "宣传资料印制2.50万元", "宣传资料印制25000万元", "25000万元",
         "the 2.50万元 item (25,000元) written with the unit 万元: off by 10^4; rescaled, the breakdown again sums to 46.20"),
        ("e5", "average_mismatch", "prose",
         "平均每期57人次", "平均每期75人次", "平均每期75人次",
         "684人次 / 12期 = 57, stated 75"),
        ("e6", "rate_mismatch", "prose",
         "预算执行率96.25%", "预算执行率96.52%", "执行率96.52%",
         "46.20 / 48 = 96.25%, stated 96.52%"),
    ],
    "gs-longxi-yaocaijiance-2023": [
        ("e1", "implausible_rate", "table",
         "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100%｜—", "0.00｜—｜100%",
         "execution rate 100% printed for 上年结转资金 whose 全年预算数 is 0.00: rate on a zero base"),
        ("e2", "completion_mismatch", "table",
         "1684批次｜112.27%", "1684批次｜121.27%", "1684批次｜121.27%",
         "1684 / 1500 = 112.27%, stated 121.27%"),
        ("e3", "conflicting_values", "table",
         "｜16个工作日｜", "｜18个工作日｜", "18个工作日",
         "text says reports were issued in 平均16个工作日; the table now says 18个工作日 for the same indicator"),
        ("e4", "grade_mismatch", "table",
         "自评等级｜优", "自评等级｜良", "自评等级｜良",
         "total 95.75 lies in the 优 band, stated 良"),
        ("e5", "year_mismatch", "table",
         "年度｜2023年", "年度｜2022年", "年度｜2022年",
         "the 自评表 claims 2022 while the report, its funds and outputs are for 2023"),
        ("e6", "weight_sum_mismatch", "table",
         "｜—｜10｜7｜", "｜—｜12｜7｜", "12｜7",
         "weights now total 102 (效益 32), 总分 row still says 100"),
    ],
    "he-longhua-zyy-bumen-2024": [
        ("e1", "score_exceeds_weight", "table",
         "0.00  97.0  优", "0.00  107.0  优", "107.0",
         "project score 107.0 above the full mark of 100 stated in the column head"),
        ("e2", "score_sum_mismatch", "prose",
         "履职效益得28分", "履职效益得26分", "履职效益得26分",
         "9.66 + 38.5 + 26 + 9 + 9.5 = 92.66, stated total 94.66"),
        ("e3", "balance_mismatch", "table",
         "94.01%  7.58", "94.01%  7.85", "7.85",
         "基本公共卫生服务项目: 126.50 - 118.92 = 7.58, stated 7.85"),
        ("e4", "rate_mismatch", "table",
         "118.92  94.01%", "118.92  90.41%", "90.41%",
         "118.92 / 126.50 = 94.01%, stated 90.41%"),
        ("e5", "sum_mismatch", "prose",
         "其中基本支出2,410.30万元", "其中基本支出2,401.30万元", "基本支出2,401.30万元",
         "2,401.30 + 716.50 = 3,117.80, stated 全年预算 3,126.80"),
        ("e6", "conflicting_values", "prose",
         "医院全年完成门诊186,420人次", "医院全年完成门诊168,420人次", "门诊168,420人次",
         "section 三 gives the same year's outpatient total as 186,420人次"),
    ],
}


def main():
    lines = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        lines.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for suffix, code, where, old, new, value, expl in EDITS[src]:
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src}-{suffix}: old string occurs {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{src}-{suffix}: value not in case: {value!r}")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            lines.append({"case": name, "source": src, "clean": False, "expected": [
                {"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in lines:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(lines)} cases")


if __name__ == "__main__":
    main()
