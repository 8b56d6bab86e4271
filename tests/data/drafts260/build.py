#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts260 from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is the exact substring of the error case that a finding must overlap (it contains the changed figure).
`where` says whether the slip sits in the prose or in a table (for the README balance only).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "midu-yanqu-2021",
    "shiqian-chaye-2022",
    "lichuan-huanglian-2023",
    "shunchang-shiyongjun-2019",
    "meixian-mihoutao-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 云南弥渡 2021 烟区基础设施 (web page, tab-separated table; table total printed as whole points "98")
    ("midu-yanqu-2021", 1, "rate_mismatch", "prose",
     "实际支出468.36万元，执行率95.58%", "实际支出468.36万元，执行率95.85%",
     "执行率95.85%",
     "当年财政拨款 468.36 / 490.00 = 95.58%, stated 95.85% (digits transposed)"),
    ("midu-yanqu-2021", 2, "sum_mismatch", "table",
     "其中：当年财政拨款\t480.00\t490.00", "其中：当年财政拨款\t408.00\t490.00",
     "年度资金总额\t480.00\t520.00\t498.36\t10\t95.84%\t9.58\n其中：当年财政拨款\t408.00",
     "年初预算数 column: 408.00 + 0.00 + 0.00 = 408.00, but 年度资金总额 says 480.00 (digits transposed in the 当年财政拨款 row)"),
    ("midu-yanqu-2021", 3, "score_exceeds_weight", "table",
     "312口\t10\t10\t", "312口\t10\t10.4\t",
     "312口\t10\t10.4",
     "新建小水窖: score 10.4 above its weight 10 (312/300 = 104% not capped); the whole-point total 98 still holds within rounding (97.92 -> 98.32)"),
    ("midu-yanqu-2021", 4, "year_mismatch", "prose",
     "已按规定结转至2022年继续使用", "已按规定结转至2021年继续使用",
     "结转至2021年",
     "unspent money of the 2021 budget cannot be carried over into 2021 itself (should be 2022)"),
    ("midu-yanqu-2021", 5, "average_mismatch", "prose",
     "平均每镇42座", "平均每镇44座",
     "其中弥城镇42座、红岩镇48座、新街镇36座，平均每镇44座",
     "(42 + 48 + 36) / 3 = 42, stated 44"),
    ("midu-yanqu-2021", 6, "unit_mismatch", "table",
     "≥18公里\t17.2公里\t10\t9.56", "≥18公里\t95.56%\t10\t9.56",
     "≥18公里\t95.56%",
     "新修机耕路: target in 公里, actual written as a percentage (the completion rate) instead of 17.2公里"),

    # ---- 贵州石阡 2022 茶产业发展 (Word copy, flattened table: one cell per line)
    ("shiqian-chaye-2022", 1, "balance_mismatch", "prose",
     "项目结余资金147.60万元", "项目结余资金174.60万元",
     "结余资金174.60万元",
     "760.00 received - 612.40 spent = 147.60, stated 174.60"),
    ("shiqian-chaye-2022", 2, "weight_sum_mismatch", "table",
     "\t2360人次\n\t6\n\t6\n", "\t2360人次\n\t8\n\t6\n",
     "2360人次\n\t8\n\t6",
     "茶农技术培训 weight typed 8 instead of 6: weights now total 102 (产出 52)"),
    ("shiqian-chaye-2022", 3, "grade_mismatch", "prose",
     "评价等级为“良好”", "评价等级为“优秀”",
     "本项目综合得分89.27分，评价等级为“优秀”",
     "89.27 lies in the 良 band (80 <= s < 90), stated 优秀"),
    ("shiqian-chaye-2022", 4, "completion_mismatch", "prose",
     "完成低产茶园改造3900亩，完成率78.00%", "完成低产茶园改造3900亩，完成率87.00%",
     "完成低产茶园改造3900亩，完成率87.00%",
     "3900 / 5000 = 78.00%, stated 87.00%"),
    ("shiqian-chaye-2022", 5, "conflicting_values", "table",
     "\t2360人次\n\t6\n", "\t2630人次\n\t6\n",
     "2630人次",
     "table gives 2630人次 trained, the report text and the goal block give 2360人次"),
    ("shiqian-chaye-2022", 6, "implausible_rate", "table",
     "\t上年结转资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t—\n", "\t上年结转资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t100%\n",
     "上年结转资金\n\t0.00\n\t0.00\n\t0.00\n\t—\n\t100%",
     "执行率 100% printed for 上年结转资金 whose budget is 0.00: a rate on a zero base"),

    # ---- 湖北利川 2023 黄连种植基地 (PDF copy, space-separated cells, wrapped lines; total only in the table)
    ("lichuan-huanglian-2023", 1, "rate_mismatch", "table",
     "352.00 10 97.78% 9.78", "352.00 10 97.87% 9.78",
     "97.87%",
     "352.00 / 360.00 = 97.78%, table prints 97.87%"),
    ("lichuan-huanglian-2023", 2, "score_sum_mismatch", "table",
     "总分 100 97.95", "总分 100 97.59",
     "总分 100 97.59",
     "row scores add to 97.95 (9.78 + 49.17 + 29 + 10), total printed 97.59"),
    ("lichuan-huanglian-2023", 3, "sum_mismatch", "prose",
     "恩施州级配套40.00万元", "恩施州级配套46.00万元",
     "360.00万元，其中省级衔接资金200.00万元、恩施州级配套46.00万元、利川\n市级配套120.00万元",
     "200.00 + 46.00 + 120.00 = 366.00, the 全年预算 it breaks down is 360.00"),
    ("lichuan-huanglian-2023", 4, "year_mismatch", "table",
     "项目支出绩效自评表\n（2023年度）", "项目支出绩效自评表\n（2022年度）",
     "（2022年度）",
     "the attached table claims the 2022 budget year; the report, its funds and indicators are 2023"),
    ("lichuan-huanglian-2023", 5, "unit_mismatch", "prose",
     "产地烘干房建设48.00万元", "产地烘干房建设480000万元",
     "480000万元",
     "the 480000元 (48.00万元) for 6 drying houses written with the unit 万元: off by 10^4; 6 x 8万元 = 48 and the parts add to 360.00 only with 48.00"),
    ("lichuan-huanglian-2023", 6, "completion_mismatch", "prose",
     "完成率83.33%", "完成率88.33%",
     "完成率88.33%",
     "产地烘干房 5 / 6 = 83.33%, stated 88.33%"),

    # ---- 福建顺昌 2019 食用菌产业 (web page, full-width ｜ table; total printed as whole points "89")
    ("shunchang-shiyongjun-2019", 1, "grade_mismatch", "prose",
     "评价等级为“良好”", "评价等级为“优秀”",
     "综合得分89分，评价等级为“优秀”",
     "89 lies in the 良 band (80 <= s < 90), stated 优秀"),
    ("shunchang-shiyongjun-2019", 2, "score_exceeds_weight", "table",
     "｜5200吨｜10｜10｜", "｜5200吨｜10｜10.4｜",
     "5200吨｜10｜10.4",
     "菌渣资源化利用量: score 10.4 above its weight 10 (5200/5000 = 104% not capped); the whole-point total 89 still holds (88.97 -> 89.37)"),
    ("shunchang-shiyongjun-2019", 3, "average_mismatch", "prose",
     "平均每个基地1873.33吨", "平均每个基地1837.33吨",
     "分别为1860吨、2140吨、1620吨，平均每个基地1837.33吨",
     "(1860 + 2140 + 1620) / 3 = 1873.33, stated 1837.33"),
    ("shunchang-shiyongjun-2019", 4, "implausible_rate", "table",
     "｜≥90%｜93%｜10｜10｜", "｜≥90%｜103.33%｜10｜10｜",
     "103.33%",
     "菇农满意度 103.33% is above 100% (the clerk typed the completion 93/90 into the actual column)"),
    ("shunchang-shiyongjun-2019", 5, "conflicting_values", "prose",
     "培训菇农860人次", "培训菇农680人次",
     "培训菇农680人次",
     "the text says 680人次 trained, the table 860人次"),
    ("shunchang-shiyongjun-2019", 6, "weight_sum_mismatch", "table",
     "菇棚验收合格率｜100%｜100%｜5｜5｜", "菇棚验收合格率｜100%｜100%｜8｜5｜",
     "菇棚验收合格率｜100%｜100%｜8",
     "菇棚验收合格率 weight typed 8 instead of 5: weights now total 103 (产出 53)"),

    # ---- 陕西眉县 2024 猕猴桃标准园 (seed-003 style: 行次 funds table, small indicator tables with 完成率; total only in the text)
    ("meixian-mihoutao-2024", 1, "completion_mismatch", "table",
     "\t≥10%\t8%\t80.00%\t4", "\t≥10%\t8%\t125.00%\t4",
     "8%\t125.00%",
     "化肥使用量减少: 8 / 10 = 80.00%, 完成率 printed 125.00% (ratio inverted)"),
    ("meixian-mihoutao-2024", 2, "score_sum_mismatch", "prose",
     "总得分98.1分", "总得分98.6分",
     "总得分98.6分",
     "indicator scores add to 98.1 (9.60 + 49.5 + 29 + 10), text says 98.6"),
    ("meixian-mihoutao-2024", 3, "balance_mismatch", "prose",
     "实际兑付185.60万元，结余14.40万元", "实际兑付185.60万元，结余14.04万元",
     "标准园建设补助资金200.00万元，实际兑付185.60万元，结余14.04万元",
     "200.00 - 185.60 = 14.40, stated 14.04"),
    ("meixian-mihoutao-2024", 4, "rate_mismatch", "table",
     "\t0\t79.20\t100\t0", "\t0\t97.20\t100\t0",
     "97.20",
     "县区级 预算执行率 (7)=(4)/(2): 39.60 / 50.00 = 79.20, printed 97.20"),
    ("meixian-mihoutao-2024", 5, "conflicting_values", "prose",
     "标准园亩均收入1.26万元", "标准园亩均收入1.62万元",
     "标准园亩均收入1.62万元",
     "the text gives 1.62万元 per mu, the 效益 table 1.26万元"),
    ("meixian-mihoutao-2024", 6, "implausible_rate", "table",
     "\t90.00\t0\t79.20", "\t90.00\t100\t79.20",
     "90.00\t100\t79.20",
     "市级 column has no budget (blank / 0), yet its 预算执行率 prints 100: a rate on a zero base"),
]


def main():
    labels = []
    seen = {}
    for src in PROJECTS:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            key = (s, n)
            if key in seen:
                sys.exit(f"duplicate edit {key}")
            seen[key] = True
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old string matches {cnt} times, must match exactly once: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-e{n}: value {value!r} does not occur in the error case")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases and {len(labels)} labels")


if __name__ == "__main__":
    main()
