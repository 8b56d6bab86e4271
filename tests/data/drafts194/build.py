#!/usr/bin/env python3
"""Build the n194 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in its clean draft;
it produces cases/<source>-eN.txt with that single change and one label line.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "jiaoling-yingjiguangbo-2022",
    "huitong-senlinxiaofang-2021",
    "yongjing-fangxun-2019",
    "tj-hedong-yingjiju-2023",
    "laian-yingjiwuzi-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # 1 蕉岭县 基层应急广播 2022 (MOF table)
    ("jiaoling-yingjiguangbo-2022", 1, "rate_mismatch", "prose",
     "执行率95.78%", "执行率95.87%", "执行率95.87%",
     "当年财政拨款 258.60 / 270.00 = 95.78%, stated 95.87% (digits swapped)"),
    ("jiaoling-yingjiguangbo-2022", 2, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—", "0.00｜—｜100.00%",
     "execution rate 100.00% printed for 其他资金 whose budget is 0.00: a rate on a zero base"),
    ("jiaoling-yingjiguangbo-2022", 3, "year_mismatch", "prose",
     "截至2022年12月31日，项目实际支出", "截至2021年12月31日，项目实际支出", "截至2021年12月31日",
     "2022 report: the spending cut-off must be 2022年12月31日, not 2021"),
    ("jiaoling-yingjiguangbo-2022", 4, "unit_mismatch", "table",
     "平台升级改造｜1个｜1个", "平台升级改造｜1个｜100%", "1个｜100%",
     "target 1个 (count) but actual 100% (percentage): completion cannot be computed"),
    ("jiaoling-yingjiguangbo-2022", 5, "sum_mismatch", "prose",
     "当年县级资金120.00万元", "当年县级资金102.00万元", "当年县级资金102.00万元",
     "150.00 + 102.00 + 25.00 = 277.00, not the 295.00 全年预算 (county share is 100.00 + 20.00 = 120.00)"),
    ("jiaoling-yingjiguangbo-2022", 6, "score_exceeds_weight", "table",
     "终端安装验收合格率｜≥98%｜100%｜7｜7｜\n产出指标｜质量指标｜终端平均在线率｜≥95%｜93.6%｜8｜7.88｜",
     "终端安装验收合格率｜≥98%｜100%｜7｜7.88｜\n产出指标｜质量指标｜终端平均在线率｜≥95%｜93.6%｜8｜7｜",
     "100%｜7｜7.88",
     "scores of two adjacent rows swapped: 验收合格率 scored 7.88 against a weight of 7 (total still 99.49)"),

    # 2 会同县 森林消防队伍 2021 (Hunan outline + attached table)
    ("huitong-senlinxiaofang-2021", 1, "balance_mismatch", "prose",
     "年末结余9.60万元", "年末结余6.90万元", "结余6.90万元",
     "386.00 - 376.40 = 9.60, stated 6.90"),
    ("huitong-senlinxiaofang-2021", 2, "average_mismatch", "prose",
     "全年平均89.5分", "全年平均90.5分", "全年平均90.5分",
     "(86 + 88 + 91 + 93) / 4 = 89.5, stated 90.5"),
    ("huitong-senlinxiaofang-2021", 3, "score_sum_mismatch", "table",
     "13.33%｜10｜7.50｜", "13.33%｜10｜7.05｜", "13.33%｜10｜7.05",
     "row scores now add to 9.75 + 50 + 27.05 + 10 = 96.80, but the total reads 97.25 (table and text)"),
    ("huitong-senlinxiaofang-2021", 4, "completion_mismatch", "table",
     "｜7次｜116.67%", "｜7次｜106.67%", "7次｜106.67%",
     "7 / 6 = 116.67%, stated 106.67%"),
    ("huitong-senlinxiaofang-2021", 5, "grade_mismatch", "prose",
     "97.25分，评价等级为“优”", "97.25分，评价等级为“良”", "评价等级为“良”",
     "97.25 is in the 优 band (>= 90), stated 良"),
    ("huitong-senlinxiaofang-2021", 6, "weight_sum_mismatch", "table",
     "队员培训考核合格率｜≥95%｜97.78%｜5｜5｜", "队员培训考核合格率｜≥95%｜97.78%｜6｜5｜", "97.78%｜6｜5",
     "weights now add to 101 (产出 rows 51 instead of 50)"),

    # 3 永靖县 防汛抗旱 2019 (table with 完成率 column, body funds table)
    ("yongjing-fangxun-2019", 1, "completion_mismatch", "table",
     "1650亩｜82.50%", "1650亩｜85.20%", "1650亩｜85.20%",
     "1650 / 2000 = 82.50%, stated 85.20%"),
    ("yongjing-fangxun-2019", 2, "rate_mismatch", "table",
     "85.71%｜81.71%", "85.71%｜81.17%", "85.71%｜81.17%",
     "县级配套 28.60 / 35.00 = 81.71%, stated 81.17%"),
    ("yongjing-fangxun-2019", 3, "balance_mismatch", "prose",
     "年末结余4.60万元", "年末结余4.06万元", "结余4.06万元",
     "到位 195.00 - 支出 190.40 = 4.60, stated 4.06"),
    ("yongjing-fangxun-2019", 4, "year_mismatch", "prose",
     "中央资金于2019年6月追加下达", "中央资金于2018年6月追加下达", "2018年6月追加下达",
     "money added to the 2019 budget cannot be issued in June 2018 (only a December advance is allowed)"),
    ("yongjing-fangxun-2019", 5, "sum_mismatch", "table",
     "当年财政拨款｜138.00｜188.00", "当年财政拨款｜183.00｜188.00", "当年财政拨款｜183.00",
     "年初预算数: 183.00 + 12.00 + 0.00 = 195.00, total row reads 150.00 (should be 138.00)"),
    ("yongjing-fangxun-2019", 6, "unit_mismatch", "table",
     "≥2万条｜2.3万条｜115.00%", "≥2万条｜2.3万元｜115.00%", "2.3万元",
     "target in 万条 (sandbags), actual written in 万元"),

    # 4 天津市河东区 应急管理局 部门整体 2023
    ("tj-hedong-yingjiju-2023", 1, "average_mismatch", "prose",
     "季度平均339家次", "季度平均393家次", "季度平均393家次",
     "(312 + 356 + 338 + 350) / 4 = 339, stated 393"),
    ("tj-hedong-yingjiju-2023", 2, "sum_mismatch", "table",
     "95.00｜84.60", "95.00｜86.40", "95.00｜86.40",
     "执行数 296.84 + 236.52 + 86.40 + 84.40 = 704.16, 合计 reads 702.36"),
    ("tj-hedong-yingjiju-2023", 3, "conflicting_values", "table",
     "≤28.50万元｜24.36万元", "≤28.50万元｜24.63万元", "24.63万元",
     "“三公”经费 actual 24.63万元 in the table, 24.36万元 in the text (28.50 - 24.36 = 14.53% drop)"),
    ("tj-hedong-yingjiju-2023", 4, "score_exceeds_weight", "table",
     "｜6｜5.91｜3起案件因听证等原因超期，加强办案期限预警\n产出指标｜成本指标｜“三公”经费支出｜≤28.50万元｜24.36万元｜5｜5｜",
     "｜6｜5｜3起案件因听证等原因超期，加强办案期限预警\n产出指标｜成本指标｜“三公”经费支出｜≤28.50万元｜24.36万元｜5｜5.91｜",
     "24.36万元｜5｜5.91",
     "scores of two adjacent rows swapped: “三公”经费 row scored 5.91 against a weight of 5 (total still 99.61)"),
    ("tj-hedong-yingjiju-2023", 5, "unit_mismatch", "prose",
     "执法装备，支出84.20万元", "执法装备，支出842000万元", "842000万元",
     "842000 is the amount in 元 (84.20万元 in the table) written with the unit 万元: off by 10^4"),
    ("tj-hedong-yingjiju-2023", 6, "rate_mismatch", "table",
     "702.36｜—｜91.72%", "702.36｜—｜92.71%", "92.71%",
     "项目支出 702.36 / 765.80 = 91.72%, stated 92.71%"),

    # 5 来安县 应急物资储备 2024 (funds and indicators in prose only)
    ("laian-yingjiwuzi-2024", 1, "implausible_rate", "prose",
     "综合满意度为96.5%", "综合满意度为106.5%", "综合满意度为106.5%",
     "a satisfaction rate cannot exceed 100%"),
    ("laian-yingjiwuzi-2024", 2, "conflicting_values", "prose",
     "采购支出共计128.50万元", "采购支出共计125.80万元", "125.80万元",
     "物资采购 spending is 128.50万元 in the funds paragraph, 125.80万元 in the 成本指标 paragraph"),
    ("laian-yingjiwuzi-2024", 3, "weight_sum_mismatch", "prose",
     "产出指标50分、效益指标30分", "产出指标55分、效益指标30分", "产出指标55分",
     "10 + 55 + 30 + 10 = 105, and the 产出 indicators carry 5 x 10 = 50"),
    ("laian-yingjiwuzi-2024", 4, "score_sum_mismatch", "prose",
     "效益指标29.2分", "效益指标29.7分", "效益指标29.7分",
     "效益 items 10 + 9.2 + 10 = 29.2; parts 9.52 + 50 + 29.7 + 10 = 99.22, total reads 98.72"),
    ("laian-yingjiwuzi-2024", 5, "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好", "评价等级为良好",
     "98.72 is in the 优 band (>= 90), stated 良好"),
    ("laian-yingjiwuzi-2024", 6, "completion_mismatch", "prose",
     "完成率92.00%", "完成率96.00%", "完成率96.00%",
     "4600 / 5000 = 92.00%, stated 96.00%"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def write(path, text):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            clean = read(os.path.join(CASES, clean_name))
            count = clean.count(old)
            if count != 1:
                raise SystemExit(f"{src}-e{n}: old text matches {count} times: {old!r}")
            text = clean.replace(old, new, 1)
            name = f"{src}-e{n}.txt"
            write(os.path.join(CASES, name), text)
            if value not in text:
                raise SystemExit(f"{name}: value {value!r} not in the case")
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases and "
          f"{sum(1 for r in labels if r['clean'])} clean cases; labels.jsonl written")


if __name__ == "__main__":
    main()
