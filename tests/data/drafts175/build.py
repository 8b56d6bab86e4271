#!/usr/bin/env python3
"""Build the n175 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft
of its project. `value` is the substring of the error case that carries the injected error
(it must occur in the error case); `where` says whether the slip sits in the prose or a table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "qinggang-grainrotation-2022",
    "runan-granaryrepair-2019",
    "jinxian-youzhiliangshi-2020",
    "qianxian-grainoutlets-2023",
    "haidong-reservedepot-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 青冈县 2022 地方储备粮轮换费用补贴 (web page, tab-separated table) ----
    ("qinggang-grainrotation-2022", 1, "rate_mismatch", "prose",
     "全年实际支出76.84万元，预算执行率97.27%。",
     "全年实际支出76.84万元，预算执行率97.72%。",
     "预算执行率97.72%",
     "76.84 / 79.00 = 97.27%; the text says 97.72% (digits transposed; the 自评表 still reads 97.27%)"),
    ("qinggang-grainrotation-2022", 2, "balance_mismatch", "prose",
     "未执行2.16万元为延期轮换",
     "未执行2.61万元为延期轮换",
     "未执行2.61万元",
     "unspent = 79.00 - 76.84 = 2.16 (also 180吨 x 120元/吨); the text says 2.61"),
    ("qinggang-grainrotation-2022", 3, "completion_mismatch", "prose",
     "完成年度计划的97.35%",
     "完成年度计划的97.53%",
     "完成年度计划的97.53%",
     "6620吨 / 6800吨 = 97.35%; the text says 97.53%"),
    ("qinggang-grainrotation-2022", 4, "score_sum_mismatch", "table",
     "有效保障\t有效保障\t10\t10",
     "有效保障\t有效保障\t10\t9",
     "有效保障\t有效保障\t10\t9\t\n\t\t可持续影响指标\t储备粮宜存率\t≥95%\t100%\t10\t10\t\n"
     "\t满意度指标\t服务对象满意度指标\t承储企业满意度\t≥90%\t93%\t10\t10\t\n总分\t\t\t\t\t\t100\t99.33",
     "社会效益 row scored 9 instead of 10: row scores now add up to 98.33 while 总分 (and the text) say 99.33"),
    ("qinggang-grainrotation-2022", 5, "sum_mismatch", "table",
     "其中：当年财政拨款\t73.60\t73.60\t71.44",
     "其中：当年财政拨款\t73.60\t73.06\t71.44",
     "79.00\t76.84\t10\t97.27%\t9.73\n其中：当年财政拨款\t73.60\t73.06",
     "全年预算数 column: 当年财政拨款 73.06 + 上年结转 5.40 + 其他 0.00 = 78.46, 年度资金总额 says 79.00 (should be 73.60)"),
    ("qinggang-grainrotation-2022", 6, "year_mismatch", "prose",
     "结转至2023年继续使用",
     "结转至2022年继续使用",
     "结转至2022年",
     "unspent money of the 2022 budget cannot be carried over into 2022 itself (should be 2023)"),

    # ---- 汝南县 2019 粮库维修改造 (Word -> text, flattened one-cell-per-line tables) ----
    ("runan-granaryrepair-2019", 1, "weight_sum_mismatch", "table",
     "\t88%\n\t10\n\t9.78",
     "\t88%\n\t15\n\t9.78",
     "\t88%\n\t15\n\t9.78\n\t韩庄粮库地坪维修范围偏小，列入下年度计划\n\n\t合计\n\t\n\t\n\t\n\t\n\t100",
     "satisfaction weight typed as 15: the 分值 column now adds up to 105, 合计 says 100"),
    ("runan-granaryrepair-2019", 2, "grade_mismatch", "prose",
     "评价等级为“优秀”",
     "评价等级为“良好”",
     "评价等级为“良好”",
     "99.30 points is in the 优 band (>= 90), not 良"),
    ("runan-granaryrepair-2019", 3, "score_exceeds_weight", "table",
     "\t工程验收合格率\n\t100%\n\t100%\n\t10\n\t10\n\t\n\n\t\n\t时效指标\n\t工程完工时间\n\t2019年11月30日前\n\t2019年11月20日\n\t5\n\t5",
     "\t工程验收合格率\n\t100%\n\t100%\n\t10\n\t5\n\t\n\n\t\n\t时效指标\n\t工程完工时间\n\t2019年11月30日前\n\t2019年11月20日\n\t5\n\t10",
     "2019年11月20日\n\t5\n\t10",
     "scores of the 质量 and 时效 rows swapped: 时效 row scores 10 against a weight of 5 (total unchanged)"),
    ("runan-granaryrepair-2019", 4, "unit_mismatch", "table",
     "\t62.61元/吨\n",
     "\t62.61万元\n",
     "62.61万元",
     "target is a per-ton cost (≤70元/吨) but the actual is written in 万元"),
    ("runan-granaryrepair-2019", 5, "conflicting_values", "prose",
     "结算金额152.00万元",
     "结算金额125.00万元",
     "结算金额125.00万元",
     "the 县国家粮食储备库 settlement is 152.00万元 where it is listed (152.00 + 86.00 + 50.00 = 288.00), 125.00 here"),
    ("runan-granaryrepair-2019", 6, "implausible_rate", "table",
     "\t64.00\n\t—",
     "\t64.00\n\t100",
     "64.00\n\t100",
     "执行率 of the 其他资金 column is 100 although its budget and spending are 0.00 (rate on a zero base)"),

    # ---- 进贤县 2020 优质粮食工程 (PDF text, space-aligned table) ----
    ("jinxian-youzhiliangshi-2020", 1, "average_mismatch", "prose",
     "平均每个中心补助100万元",
     "平均每个中心补助105万元",
     "平均每个中心补助105万元",
     "(120 + 95 + 85) / 3 = 100, the text says 105"),
    ("jinxian-youzhiliangshi-2020", 2, "rate_mismatch", "table",
     "92.13%",
     "92.31%",
     "92.31%",
     "368.50 / 400.00 = 92.13% (score 9.21 follows it); the table says 92.31%"),
    ("jinxian-youzhiliangshi-2020", 3, "sum_mismatch", "prose",
     "支付质检站仪器设备款45.50万元",
     "支付质检站仪器设备款54.50万元",
     "质检站仪器设备款54.50万元",
     "payments 120.00 + 95.00 + 68.00 + 54.50 + 40.00 = 377.50, but 累计支出 is 368.50 (should be 45.50)"),
    ("jinxian-youzhiliangshi-2020", 4, "completion_mismatch", "table",
     "660吨        110.00%",
     "660吨        100.00%",
     "660吨        100.00%",
     "新增日烘干能力 660吨 against ≥600吨 is 110.00%, the table says 100.00%"),
    ("jinxian-youzhiliangshi-2020", 5, "year_mismatch", "prose",
     "截至2020年12月31日",
     "截至2019年12月31日",
     "截至2019年12月31日",
     "spending of the 2020 budget (money issued May 2020) is reported as of 31 Dec 2019"),
    ("jinxian-youzhiliangshi-2020", 6, "unit_mismatch", "prose",
     "检验监测能力建设60.00万元",
     "检验监测能力建设600000.00万元",
     "600000.00万元",
     "the 600000元 item written with the unit 万元: 300.00 + 600000.00 + 40.00 != 400.00, reconciled by reading 60.00万元"),

    # ---- 乾县 2023 粮食应急保障网点建设 (web page -> markdown pipe tables) ----
    ("qianxian-grainoutlets-2023", 1, "balance_mismatch", "table",
     "| 结转结余 | 9.10 |",
     "| 结转结余 | 9.01 |",
     "结转结余 | 9.01",
     "70.00 - 60.90 = 9.10, the table says 9.01"),
    ("qianxian-grainoutlets-2023", 2, "weight_sum_mismatch", "table",
     "| 部分建立 | 15 | 10.5 |",
     "| 部分建立 | 20 | 10.5 |",
     "部分建立 | 20 | 10.5 | 运营补贴机制尚未明确 |\n| 满意度指标 | 服务对象满意度指标 | 城乡居民满意度 | ≥90% | 86% | 10 | 9.56 | 加强宣传，提高知晓度 |\n| 总分 | | | | | 100",
     "可持续影响 weight typed as 20: weights add up to 105 (效益 35), 总分 says 100"),
    ("qianxian-grainoutlets-2023", 3, "grade_mismatch", "prose",
     "评价等级为良好",
     "评价等级为优秀",
     "评价等级为优秀",
     "89.14 points is in the 良 band (80 <= s < 90), not 优"),
    ("qianxian-grainoutlets-2023", 4, "conflicting_values", "prose",
     "已建成的19个网点",
     "已建成的18个网点",
     "已建成的18个网点",
     "19 outlets were built (11 new + 8 upgraded; table 19个), here 18"),
    ("qianxian-grainoutlets-2023", 5, "score_exceeds_weight", "table",
     "| 19个 | 15 | 14.25 | 1个网点选址调整，2024年3月验收 |\n| 产出指标 | 数量指标 | 认定粮食应急加工企业 | ≥2家 | 2家 | 10 | 10 |",
     "| 19个 | 10 | 14.25 | 1个网点选址调整，2024年3月验收 |\n| 产出指标 | 数量指标 | 认定粮食应急加工企业 | ≥2家 | 2家 | 15 | 10 |",
     "19个 | 10 | 14.25",
     "weights of the two 数量 rows swapped: the 网点 row scores 14.25 against a weight of 10 (sums unchanged)"),
    ("qianxian-grainoutlets-2023", 6, "average_mismatch", "prose",
     "平均日加工能力100吨",
     "平均日加工能力110吨",
     "平均日加工能力110吨",
     "(120 + 80) / 2 = 100, the text says 110"),

    # ---- 海东市 2024 市级应急物资储备库运行经费 (Word table copied with full-width bars) ----
    ("haidong-reservedepot-2024", 1, "implausible_rate", "prose",
     "资金到位率100%",
     "资金到位率120%",
     "资金到位率120%",
     "a 到位率 above 100% is impossible (72.00 / 60.00: the 年初 budget used as base)"),
    ("haidong-reservedepot-2024", 2, "score_sum_mismatch", "prose",
     "产出指标49.95分",
     "产出指标49.59分",
     "99.75分，其中预算执行9.80分、产出指标49.59分",
     "9.80 + 49.59 + 30 + 10 = 99.39, stated 99.75 (产出 rows add up to 49.95)"),
    ("haidong-reservedepot-2024", 3, "completion_mismatch", "table",
     "｜97.5%｜99.49%｜",
     "｜97.5%｜99.94%｜",
     "97.5%｜99.94%",
     "97.5% / 98% = 99.49%, the table says 99.94%"),
    ("haidong-reservedepot-2024", 4, "rate_mismatch", "table",
     "｜10｜98.00%｜9.80",
     "｜10｜97.24%｜9.80",
     "97.24%",
     "70.56 / 72.00 = 98.00% (score 9.80), the table says 97.24%"),
    ("haidong-reservedepot-2024", 5, "unit_mismatch", "table",
     "｜≤12小时｜8小时｜",
     "｜≤12小时｜100%｜",
     "≤12小时｜100%",
     "target is a time in hours, the actual a percentage"),
    ("haidong-reservedepot-2024", 6, "conflicting_values", "prose",
     "救灾物资23种5.32万件（套）",
     "救灾物资23种5.23万件（套）",
     "23种5.23万件（套）",
     "the stock is 5.32万件（套） in 产出 and in the table (106.40% of 5万), 5.23 here"),
]


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    for pid in PROJECTS:
        read(f"{pid}-clean.txt")
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            clean = read(f"{pid}-clean.txt")
            count = clean.count(old)
            if count != 1:
                raise SystemExit(f"{pid}-e{n}: old string matches {count} times")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{pid}-e{n}: value not in the error case")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(EDITS)} with an error)")


if __name__ == "__main__":
    main()
