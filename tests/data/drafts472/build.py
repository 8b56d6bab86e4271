#!/usr/bin/env python3
"""Build the error cases and labels.jsonl from the clean drafts and the edit list below.

Each edit is an exact old -> new replacement that must match exactly once in its clean draft.
Standard library only. Run from any directory: paths are relative to this file.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "hn-liling-yanhuadafei-2020",
    "jx-wanzai-yanhuajianguan-2022",
    "sd-hedong-yanhuadafei-2018",
    "sc-cuiping-jinfangdafei-2023",
    "ah-qiaocheng-yingjiju-bumen-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- Hunan, Liling 2020 (MOF self-evaluation table, full-width bars) ----
    ("hn-liling-yanhuadafei-2020", 1, "implausible_rate", "table",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100%",
     "execution rate 100% printed for 上年结转资金 whose budget and spending are 0.00: a rate on a zero base (should be —)"),
    ("hn-liling-yanhuadafei-2020", 2, "sum_mismatch", "prose",
     "宣传培训费18.51万元", "宣传培训费18.15万元",
     "宣传培训费18.15万元",
     "32.40 + 21.36 + 4.85 + 18.15 + 21.50 = 98.26, but the parts are given as the breakdown of 全年支出98.62万元"),
    ("hn-liling-yanhuadafei-2020", 3, "average_mismatch", "prose",
     "平均每镇249.2家次", "平均每镇251.2家次",
     "平均每镇251.2家次",
     "(286 + 248 + 231 + 264 + 217) / 5 = 249.2, stated 251.2"),
    ("hn-liling-yanhuadafei-2020", 4, "unit_mismatch", "prose",
     "按每件500元兑现奖励", "按每件500万元兑现奖励",
     "每件500万元",
     "97件 × 500元 = 4.85万元 (the 举报奖励 line of the spending breakdown); the per-case reward written in 万元 is off by 10^4"),
    ("hn-liling-yanhuadafei-2020", 5, "rate_mismatch", "prose",
     "整改419处，整改率98.36%", "整改419处，整改率98.63%",
     "整改率98.63%",
     "一般隐患 419 / 426 = 98.36%, stated 98.63% (the overall 431/438 = 98.40% is a different rate)"),
    ("hn-liling-yanhuadafei-2020", 6, "score_sum_mismatch", "table",
     "｜10｜9.94｜", "｜10｜9.49｜",
     "98.40%｜10｜9.49",
     "row scores 9.39 + 10 + 10 + 9.49 + 10 + 10 + 15 + 14.78 + 9.84 = 98.50, stated 总分 98.95"),

    # ---- Jiangxi, Wanzai 2022 (tab-separated table, 完成率 after 得分) ----
    ("jx-wanzai-yanhuajianguan-2022", 1, "completion_mismatch", "table",
     "2268箱\t8\t8\t113.40%", "2268箱\t8\t8\t131.40%",
     "2268箱\t8\t8\t131.40%",
     "2268 / 2000 = 113.40%, stated 131.40%"),
    ("jx-wanzai-yanhuajianguan-2022", 2, "score_exceeds_weight", "table",
     "92.8%\t15\t14.65", "92.8%\t15\t15.05",
     "92.8%\t15\t15.05",
     "score 15.05 above the row weight 15 (the scores now sum to 98.40, which still reads 98 at whole points, so the total is not contradicted)"),
    ("jx-wanzai-yanhuajianguan-2022", 3, "balance_mismatch", "prose",
     "年末未支出资金17.07万元", "年末未支出资金17.70万元",
     "未支出资金17.70万元",
     "全年预算 204.00 (all received) − 支出 186.93 = 17.07, stated 17.70"),
    ("jx-wanzai-yanhuajianguan-2022", 4, "year_mismatch", "prose",
     "已按规定结转至2023年使用", "已按规定结转至2022年使用",
     "结转至2022年使用",
     "the unspent part of the 2022 budget is carried over into 2022 itself; a carry-over must go to a later year (2023)"),
    ("jx-wanzai-yanhuajianguan-2022", 5, "conflicting_values", "prose",
     "培训从业人员3,240人次", "培训从业人员3,420人次",
     "培训从业人员3,420人次",
     "the same quantity is 3240人次 in the indicator table (完成率 108.00%); the body now says 3,420人次"),
    ("jx-wanzai-yanhuajianguan-2022", 6, "weight_sum_mismatch", "table",
     "42家\t8\t8\t105.00%", "42家\t9\t8\t105.00%",
     "42家\t9\t8",
     "weights now total 101 (产出 rows 51 against the 50 implied by the 合计 100)"),

    # ---- Shandong, Hedong 2018 (flattened PDF table, one cell per line) ----
    ("sd-hedong-yanhuadafei-2018", 1, "score_sum_mismatch", "table",
     "\t10\n\t8.33\n", "\t10\n\t8.83\n",
     "72起\n\t10\n\t8.83",
     "row scores 9.2 + 50 + 10 + 8.83 + 9 + 10 = 97.03, stated 合计 96.53"),
    ("sd-hedong-yanhuadafei-2018", 2, "grade_mismatch", "prose",
     "评定为优秀", "评定为良好",
     "评定为良好",
     "96.53 is in the 优 band (90 ≤ s ≤ 100), not 良"),
    ("sd-hedong-yanhuadafei-2018", 3, "unit_mismatch", "table",
     "\t≥24次\n\t26次\n", "\t≥24次\n\t26%\n",
     "≥24次\n\t26%",
     "target is a count (次), actual a percentage: completion cannot be computed"),
    ("sd-hedong-yanhuadafei-2018", 4, "sum_mismatch", "table",
     "\t196\n", "\t169\n",
     "104\n\t7\n\t169",
     "收缴 column 248 + 169 + 215 + 233 + 188 = 1053, 合计 row says 1080"),
    ("sd-hedong-yanhuadafei-2018", 5, "average_mismatch", "table",
     "镇街平均\n\t98\n", "镇街平均\n\t89\n",
     "镇街平均\n\t89",
     "(126 + 104 + 88 + 97 + 75) / 5 = 98, stated 89"),
    ("sd-hedong-yanhuadafei-2018", 6, "rate_mismatch", "table",
     "\t92.00%\n", "\t93.00%\n",
     "100%\n\t93.00%",
     "执行 52.44 / 全年预算 57.00 = 92.00%, table states 93.00%"),

    # ---- Sichuan, Cuiping 2023 (Sichuan table, ASCII bars, 指标性质/度量单位) ----
    ("sc-cuiping-jinfangdafei-2023", 1, "year_mismatch", "table",
     "翠屏区2023年度项目支出绩效自评表", "翠屏区2022年度项目支出绩效自评表",
     "翠屏区2022年度项目支出绩效自评表",
     "the attached table claims 2022 while the report, its budget and all its figures are for 2023"),
    ("sc-cuiping-jinfangdafei-2023", 2, "implausible_rate", "prose",
     "经营户满意度93.6%", "经营户满意度103.6%",
     "经营户满意度103.6%",
     "a satisfaction rate cannot exceed 100%"),
    ("sc-cuiping-jinfangdafei-2023", 3, "balance_mismatch", "prose",
     "年末结余1.32万元", "年末结余1.23万元",
     "结余1.23万元",
     "42.50 (all received) − 41.18 = 1.32, stated 1.23"),
    ("sc-cuiping-jinfangdafei-2023", 4, "completion_mismatch", "prose",
     "完成年度目标的115%", "完成年度目标的125%",
     "完成年度目标的125%",
     "460箱 / 400箱 = 115%, stated 125%"),
    ("sc-cuiping-jinfangdafei-2023", 5, "score_exceeds_weight", "table",
     "| 88.3 | 10 | 9.81 |", "| 88.3 | 10 | 10.21 |",
     "88.3 | 10 | 10.21",
     "score 10.21 above the row weight 10 (the scores now sum to 97.40, which still reads 97 at whole points)"),
    ("sc-cuiping-jinfangdafei-2023", 6, "conflicting_values", "prose",
     "检查零售经营点268家次", "检查零售经营点286家次",
     "检查零售经营点286家次",
     "the indicator table gives 268家次 for the same inspections; the body now says 286家次"),

    # ---- Anhui, Qiaocheng 2024 (department overall, space-aligned tables) ----
    ("ah-qiaocheng-yingjiju-bumen-2024", 1, "weight_sum_mismatch", "table",
     "96.4%  5  5", "96.4%  6  5",
     "96.4%  6  5",
     "weights now total 101 (政府采购执行率 6), 合计 says 100"),
    ("ah-qiaocheng-yingjiju-bumen-2024", 2, "grade_mismatch", "table",
     "评价等级  优", "评价等级  良",
     "评价等级  良",
     "total 96.89 is in the 优 band"),
    ("ah-qiaocheng-yingjiju-bumen-2024", 3, "rate_mismatch", "table",
     "140.21  92.03%", "140.21  92.30%",
     "140.21  92.30%",
     "应急救援队伍建设及物资储备 140.21 / 152.35 = 92.03%, stated 92.30%"),
    ("ah-qiaocheng-yingjiju-bumen-2024", 4, "average_mismatch", "prose",
     "平均91.9分", "平均92.9分",
     "平均92.9分",
     "(94.5 + 95 + 91.5 + 90 + 88.5) / 5 = 91.9, stated 92.9"),
    ("ah-qiaocheng-yingjiju-bumen-2024", 5, "sum_mismatch", "prose",
     "公用经费94.57万元", "公用经费95.47万元",
     "公用经费95.47万元",
     "人员经费 742.18 + 公用经费 95.47 = 837.65, 基本支出 stated 836.75"),
    ("ah-qiaocheng-yingjiju-bumen-2024", 6, "conflicting_values", "prose",
     "群众满意度为88.4%", "群众满意度为84.8%",
     "群众满意度为84.8%",
     "the scoring table gives 群众满意度 88.4% (scored 9.82); the body now says 84.8%"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{pid}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{pid}-e{n}: value not in case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if r['clean'])} clean)")


if __name__ == "__main__":
    main()
