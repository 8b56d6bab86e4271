#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts257 from the clean drafts.

Every edit is an exact old -> new replacement that must match the clean draft exactly once.
The error case is the clean draft with that one replacement applied; its label carries one
expected finding whose `value` is a short substring of the error case containing the changed figure.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE / "cases"

SOURCES = [
    "sd-yiyuan-danganshuzihua-2021",
    "hn-yanling-hongsedangan-2022",
    "sx-zuoquan-xianzhi-2020",
    "gz-meitan-kufang-2023",
    "js-liyang-bumenzhengti-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- Shandong, 沂源县档案馆, archive digitisation 2021 (MOF table) ---
    ("sd-yiyuan-danganshuzihua-2021", 1, "rate_mismatch", "text",
     "当年支出7.46万元，执行率93.25%", "当年支出7.46万元，执行率93.52%",
     "执行率93.52%", "省级补助 7.46 / 8.00 = 93.25%, stated 93.52%"),
    ("sd-yiyuan-danganshuzihua-2021", 2, "sum_mismatch", "table",
     "其中：当年财政拨款｜60.00｜68.00", "其中：当年财政拨款｜66.00｜68.00",
     "当年财政拨款｜66.00", "年初预算数 column: 66.00 + 7.00 + 0.00 = 73.00, but 年度资金总额 is 67.00 (also in the text)"),
    ("sd-yiyuan-danganshuzihua-2021", 3, "score_exceeds_weight", "table",
     "｜3462人次｜15｜15｜—\n效益指标｜可持续影响指标｜数字档案异地备份｜完成｜部分完成｜15｜11｜",
     "｜3462人次｜15｜16｜—\n效益指标｜可持续影响指标｜数字档案异地备份｜完成｜部分完成｜15｜10｜",
     "3462人次｜15｜16", "社会效益 row scored 16 against its weight 15 (可持续影响 lowered to 10 so 效益 still 26 and the total still 95.65)"),
    ("sd-yiyuan-danganshuzihua-2021", 4, "unit_mismatch", "table",
     "≤0.50元/画幅｜0.48元/画幅", "≤0.50元/画幅｜96%",
     "0.50元/画幅｜96%", "target is a unit price in 元/画幅, actual given as a percentage"),
    ("sd-yiyuan-danganshuzihua-2021", 5, "grade_mismatch", "text",
     "自评得分95.65分，等级为“优”", "自评得分95.65分，等级为“良”",
     "等级为“良”", "95.65 is in the 优 band (90–100)"),
    ("sd-yiyuan-danganshuzihua-2021", 6, "balance_mismatch", "text",
     "全年未支出2.64万元", "全年未支出2.46万元",
     "未支出2.46万元", "全年预算 75.00 − 实际支出 72.36 = 2.64"),

    # --- Hunan, 炎陵县档案馆, red archives collection 2022 (prose only) ---
    ("hn-yanling-hongsedangan-2022", 1, "balance_mismatch", "text",
     "预算执行率92.83%，结余2.15万元", "预算执行率92.83%，结余2.51万元",
     "结余2.51万元", "到位 30.00 − 支出 27.85 = 2.15"),
    ("hn-yanling-hongsedangan-2022", 2, "average_mismatch", "text",
     "平均每批85.5件", "平均每批88.5件",
     "平均每批88.5件", "(96 + 88 + 105 + 53) / 4 = 85.5"),
    ("hn-yanling-hongsedangan-2022", 3, "score_exceeds_weight", "text",
     "社会效益（20分）得20分；可持续影响（10分）得7分", "社会效益（20分）得21分；可持续影响（10分）得6分",
     "社会效益（20分）得21分", "社会效益 scored 21 against its weight 20 (可持续影响 lowered to 6 so the total still reads 95.28)"),
    ("hn-yanling-hongsedangan-2022", 4, "conflicting_values", "text",
     "展览共吸引6120人次参观", "展览共吸引6210人次参观",
     "6210人次", "section 四（四） gives the exhibition visitors as 6120人次"),
    ("hn-yanling-hongsedangan-2022", 5, "implausible_rate", "text",
     "服务对象满意度为96.5%", "服务对象满意度为106.5%",
     "满意度为106.5%", "a satisfaction rate cannot exceed 100%"),
    ("hn-yanling-hongsedangan-2022", 6, "completion_mismatch", "text",
     "实际征集342件，完成率114%", "实际征集342件，完成率104%",
     "完成率104%", "342 / 300 = 114%"),

    # --- Shanxi, 左权县地方志办公室, county chronicle 2020 (Shanxi layout) ---
    ("sx-zuoquan-xianzhi-2020", 1, "weight_sum_mismatch", "table",
     "志稿评审通过率｜10｜100%", "志稿评审通过率｜15｜100%",
     "志稿评审通过率｜15", "weights now 10 + 55 + 30 + 10 = 105 (产出 rows 55, not 50)"),
    ("sx-zuoquan-xianzhi-2020", 2, "rate_mismatch", "table",
     "(7)=(4)/(2)｜93.02｜92.15", "(7)=(4)/(2)｜93.02｜92.51",
     "93.02｜92.51", "财政资金小计 36.86 / 40.00 = 92.15%"),
    ("sx-zuoquan-xianzhi-2020", 3, "grade_mismatch", "text",
     "总得分94.30分，属于“优秀”", "总得分94.30分，属于“良好”",
     "属于“良好”", "94.30 is in the 优 band (90–100)"),
    ("sx-zuoquan-xianzhi-2020", 4, "completion_mismatch", "table",
     "160万字｜106.67%", "160万字｜106.76%",
     "160万字｜106.76%", "160 / 150 = 106.67%"),
    ("sx-zuoquan-xianzhi-2020", 5, "implausible_rate", "table",
     "92.15｜0｜100｜0｜91.03", "92.15｜100｜100｜0｜91.03",
     "92.15｜100｜100", "中央级 column: budget 0.00 and spending 0.00, yet an execution rate of 100 on a zero base"),
    ("sx-zuoquan-xianzhi-2020", 6, "conflicting_values", "text",
     "全年累计收集整理入志资料160万字", "全年累计收集整理入志资料106万字",
     "入志资料106万字", "the 产出 table gives 业绩值 160万字 for the same indicator"),

    # --- Guizhou, 湄潭县档案馆, repository refit 2023 (MOF table + sub-item table) ---
    ("gz-meitan-kufang-2023", 1, "sum_mismatch", "table",
     "安防监控及门禁系统｜8.50", "安防监控及门禁系统｜8.05",
     "门禁系统｜8.05", "58.00 + 31.00 + 18.50 + 8.05 + 4.00 = 119.55, 合计 120.00"),
    ("gz-meitan-kufang-2023", 2, "unit_mismatch", "text",
     "首期款20000元", "首期款20000万元",
     "20000万元", "the first payment is 2.00万元 (= 20000元, table); 20000万元 is off by 10^4"),
    ("gz-meitan-kufang-2023", 3, "average_mismatch", "text",
     "4间库房平均为18.95℃", "4间库房平均为18.59℃",
     "平均为18.59℃", "(18.6 + 19.2 + 18.9 + 19.1) / 4 = 18.95"),
    ("gz-meitan-kufang-2023", 4, "score_sum_mismatch", "table",
     "总分｜｜｜｜｜100｜97.47", "总分｜｜｜｜｜100｜97.74",
     "100｜97.74", "9.47 + 50 + 15 + 13 + 10 = 97.47"),
    ("gz-meitan-kufang-2023", 5, "conflicting_values", "table",
     "≥600平方米｜640平方米", "≥600平方米｜604平方米",
     "604平方米", "the text gives the refitted area as 640平方米 (three times)"),
    ("gz-meitan-kufang-2023", 6, "year_mismatch", "table",
     "项目支出绩效自评表（2023年度）", "项目支出绩效自评表（2022年度）",
     "自评表（2022年度）", "the report, funds and works are for 2023; the 2022 advance issue does not make it a 2022 table"),

    # --- Jiangsu, 溧阳市档案馆, department-wide 2024 ---
    ("js-liyang-bumenzhengti-2024", 1, "sum_mismatch", "table",
     "公用经费｜41.60｜41.60", "公用经费｜46.10｜41.60",
     "公用经费｜46.10", "年初预算数: 人员 312.40 + 公用 46.10 = 358.50, 基本支出 354.00"),
    ("js-liyang-bumenzhengti-2024", 2, "average_mismatch", "text",
     "平均得分94.75分", "平均得分95.75分",
     "平均得分95.75分", "(96 + 98 + 97 + 88) / 4 = 94.75"),
    ("js-liyang-bumenzhengti-2024", 3, "weight_sum_mismatch", "table",
     "年鉴出版｜1部｜1部｜100%｜6｜6", "年鉴出版｜1部｜1部｜100%｜8｜6",
     "年鉴出版｜1部｜1部｜100%｜8", "weights now total 102 (产出 52)"),
    ("js-liyang-bumenzhengti-2024", 4, "year_mismatch", "text",
     "截至2024年12月31日，馆藏档案", "截至2023年12月31日，馆藏档案",
     "截至2023年12月31日", "year-end holdings of the 2024 report dated to 2023 (and compared with 2023年末 in the same sentence)"),
    ("js-liyang-bumenzhengti-2024", 5, "completion_mismatch", "table",
     "83.6万页｜104.50%", "83.6万页｜105.40%",
     "105.40%", "83.6 / 80 = 104.50%"),
    ("js-liyang-bumenzhengti-2024", 6, "score_sum_mismatch", "text",
     "自评得分98.95分", "自评得分98.59分",
     "98.59分", "9.90 + 50 + 29.05 + 10 = 98.95 (table rows give the same)"),
]


def build():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = (CASES / clean_name).read_text(encoding="utf-8")
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            k = clean.count(old)
            if k != 1:
                raise SystemExit(f"{src}-e{n}: old string matches {k} times: {old!r}")
            case = clean.replace(old, new)
            if value not in case:
                raise SystemExit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            (CASES / name).write_text(case, encoding="utf-8")
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    build()
