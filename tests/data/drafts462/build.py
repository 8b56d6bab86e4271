#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft lives in cases/<id>-clean.txt.  EDITS lists, per draft, six exact
old -> new replacements (each old string must occur exactly once in the clean draft);
applying one edit to the clean draft gives cases/<id>-eN.txt.  Standard library only.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "ah-jinzhai-zhengbing-2022",
    "sd-pingyi-minbingxunlian-2020",
    "hn-shaodong-youdaijin-2021",
    "gs-minqin-renwubu-bumen-2024",
    "gz-meitan-zhengbingminbing-2018",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 安徽 金寨县 征兵工作经费 2022 ----
    ("ah-jinzhai-zhengbing-2022", 1, "sum_mismatch", "prose",
     "其余17个乡镇20名，合计126名", "其余17个乡镇26名，合计126名",
     "其余17个乡镇26名，合计126名",
     "township counts 27 + 19 + 18 + 14 + 16 + 12 + 26 = 132, stated 合计126名 (the remaining townships had 20)"),
    ("ah-jinzhai-zhengbing-2022", 2, "rate_mismatch", "prose",
     "体检合格率59.94%", "体检合格率59.49%",
     "体检合格率59.49%",
     "187 qualified of 312 examined = 59.94%, stated 59.49%"),
    ("ah-jinzhai-zhengbing-2022", 3, "score_sum_mismatch", "table",
     "| 100 | 99.29 |", "| 100 | 99.92 |",
     "| 100 | 99.92 |",
     "row scores 9.53 + 15 + 10 + 10 + 5 + 5 + 5 + 15 + 14.76 + 10 = 99.29, stated total 99.92"),
    ("ah-jinzhai-zhengbing-2022", 4, "unit_mismatch", "table",
     "| ≥55% | 61.90% |", "| ≥55% | 78人 |",
     "≥55% | 78人",
     "target of 大学生新兵占比 is a percentage, the actual is a head count (78人), completion cannot be computed"),
    ("ah-jinzhai-zhengbing-2022", 5, "completion_mismatch", "prose",
     "任务120名的105.00%", "任务120名的105.83%",
     "任务120名的105.83%",
     "126 recruits against a task of 120 = 105.00%, stated 105.83%"),
    ("ah-jinzhai-zhengbing-2022", 6, "year_mismatch", "prose",
     "结转至2023年", "结转至2022年",
     "结转至2022年",
     "the unspent 2.73万元 of the 2022 budget is carried over to 2022 itself; must be a later year"),

    # ---- 山东 平邑县 基干民兵军事训练经费 2020 ----
    ("sd-pingyi-minbingxunlian-2020", 1, "balance_mismatch", "prose",
     "结余2.24万元", "结余2.42万元",
     "结余2.42万元",
     "92.40 - 90.16 = 2.24万元, stated 2.42万元"),
    ("sd-pingyi-minbingxunlian-2020", 2, "weight_sum_mismatch", "table",
     "2020年9月28日\t10\t10", "2020年9月28日\t12\t10",
     "2020年9月28日\t12",
     "weights now 10 + (10 + 10 + 10 + 12 + 10) + (15 + 15) + 10 = 102, not 100 (时效 row weight 10 -> 12)"),
    ("sd-pingyi-minbingxunlian-2020", 3, "score_exceeds_weight", "table",
     "5次\t15\t15\t汛期降雨偏多，任务增加\n\t可持续影响指标\t应急队伍人员在位率\t≥90%\t93.8%\t15\t15",
     "5次\t15\t16\t汛期降雨偏多，任务增加\n\t可持续影响指标\t应急队伍人员在位率\t≥90%\t93.8%\t15\t14",
     "5次\t15\t16",
     "应急任务 row scored 16 against a weight of 15 (over-achievement rewarded); the next row was lowered to 14 so the total still reads 99.70"),
    ("sd-pingyi-minbingxunlian-2020", 4, "average_mismatch", "prose",
     "人均参训12.34天", "人均参训12.43天",
     "人均参训12.43天",
     "9565人·天 / 775人 = 12.34天, stated 12.43天"),
    ("sd-pingyi-minbingxunlian-2020", 5, "implausible_rate", "table",
     "≥90%\t95.5%", "≥90%\t105.5%",
     "105.5%",
     "satisfaction of 105.5% is above 100%"),
    ("sd-pingyi-minbingxunlian-2020", 6, "conflicting_values", "prose",
     "集中训练775人，训练地点", "集中训练757人，训练地点",
     "集中训练757人",
     "the overview gives 757 trained militia, the training section (420 + 260 + 95 = 775), the goal block and the table give 775"),

    # ---- 湖南 邵东市 义务兵家庭优待金及征兵工作经费 2021 ----
    ("hn-shaodong-youdaijin-2021", 1, "sum_mismatch", "table",
     "｜480.00｜505.00｜483.21｜", "｜480.00｜505.00｜438.21｜",
     "505.00｜438.21",
     "全年执行数 column: 当年财政拨款 438.21 + 上年结转 12.40 + 其他 0.00 = 450.61, 年度资金总额 495.61"),
    ("hn-shaodong-youdaijin-2021", 2, "grade_mismatch", "prose",
     "评价等级为“优秀”", "评价等级为“良好”",
     "评价等级为“良好”",
     "a total of 99.39 lies in the 优 band (>= 90), not 良"),
    ("hn-shaodong-youdaijin-2021", 3, "completion_mismatch", "table",
     "｜93.2%｜98.11%｜", "｜93.2%｜98.81%｜",
     "93.2%｜98.81%",
     "satisfaction 93.2% against a target of >=95% = 98.11%, stated 98.81%"),
    ("hn-shaodong-youdaijin-2021", 4, "rate_mismatch", "table",
     "｜10｜95.79%｜9.58", "｜10｜97.59%｜9.58",
     "97.59%",
     "执行率 495.61 / 517.40 = 95.79%, stated 97.59%"),
    ("hn-shaodong-youdaijin-2021", 5, "unit_mismatch", "prose",
     "每人每年13,200元", "每人每年13,200万元",
     "13,200万元",
     "298 recruits x 13,200元 = 393.36万元; the per-recruit standard is written in 万元, off by 10^4"),
    ("hn-shaodong-youdaijin-2021", 6, "balance_mismatch", "prose",
     "年末结余21.79万元", "年末结余12.79万元",
     "结余12.79万元",
     "517.40 - 495.61 = 21.79万元 (all funds arrived), stated 12.79万元"),

    # ---- 甘肃 民勤县人民武装部 部门整体支出 2024 ----
    ("gs-minqin-renwubu-bumen-2024", 1, "average_mismatch", "table",
     "| 97.57% | 96.97 |", "| 97.57% | 96.79 |",
     "96.79",
     "(97.80 + 98.60 + 94.50) / 3 = 96.97, stated average 96.79"),
    ("gs-minqin-renwubu-bumen-2024", 2, "weight_sum_mismatch", "table",
     "| ≥40场 | 46场 | 10 | 10 |", "| ≥40场 | 46场 | 12 | 10 |",
     "46场 | 12",
     "weights now 10 + 10 + 10 + 10 + 12 + 10 + 15 + 15 + 10 = 102, not 100"),
    ("gs-minqin-renwubu-bumen-2024", 3, "year_mismatch", "prose",
     "截至2024年12月31日，部门全年支出", "截至2023年12月31日，部门全年支出",
     "截至2023年12月31日",
     "spending of the 2024 department budget reported as of 2023-12-31; the evaluation year is 2024"),
    ("gs-minqin-renwubu-bumen-2024", 4, "score_sum_mismatch", "prose",
     "自评得分99.73分", "自评得分99.37分",
     "自评得分99.37分",
     "indicator scores 9.83 + 10 + 10 + 9.9 + 10 + 10 + 15 + 15 + 10 = 99.73, stated 99.37"),
    ("gs-minqin-renwubu-bumen-2024", 5, "implausible_rate", "prose",
     "完好率98.5%", "完好率108.5%",
     "完好率108.5%",
     "an equipment intact rate of 108.5% is above 100%"),
    ("gs-minqin-renwubu-bumen-2024", 6, "conflicting_values", "table",
     "| ≥65人 | 68人 |", "| ≥65人 | 86人 |",
     "≥65人 | 86人",
     "the table gives 86 recruits, the text gives 68 (31 + 37, of whom 44 graduates = 64.71%)"),

    # ---- 贵州 湄潭县 征兵及民兵应急分队训练经费 2018 ----
    ("gz-meitan-zhengbingminbing-2018", 1, "grade_mismatch", "table",
     "评价等级\t优", "评价等级\t良",
     "评价等级\t良",
     "total 99.50 lies in the 优 band (>= 90), the table says 良"),
    ("gz-meitan-zhengbingminbing-2018", 2, "score_exceeds_weight", "table",
     "102.11%\t15\t\n产出指标\t数量指标\t民兵应急分队训练量\t10\t≥2400人·天\t2400人·天\t100.00%\t10\t",
     "102.11%\t15.32\t\n产出指标\t数量指标\t民兵应急分队训练量\t10\t≥2400人·天\t2400人·天\t100.00%\t9.68\t",
     "102.11%\t15.32",
     "征兵任务 row scored 15.32 (= 15 x 102.11%) against a weight of 15; the next row was lowered to 9.68 so the total still reads 99.50"),
    ("gz-meitan-zhengbingminbing-2018", 3, "conflicting_values", "prose",
     "共输送合格新兵97名", "共输送合格新兵79名",
     "输送合格新兵79名",
     "the overview gives 79 recruits, the 征兵 section and the table give 97 (102.11% of a task of 95)"),
    ("gz-meitan-zhengbingminbing-2018", 4, "rate_mismatch", "prose",
     "执行率97.68%", "执行率97.86%",
     "执行率97.86%",
     "征兵 sub-budget 27.35 / 28 = 97.68%, stated 97.86%"),
    ("gz-meitan-zhengbingminbing-2018", 5, "completion_mismatch", "table",
     "58.90%\t107.09%", "58.90%\t107.90%",
     "107.90%",
     "58.90% against a target of >=55% = 107.09%, stated 107.90%"),
    ("gz-meitan-zhengbingminbing-2018", 6, "sum_mismatch", "table",
     "训练器材及耗材\t5.70", "训练器材及耗材\t7.50",
     "训练器材及耗材\t7.50",
     "民兵训练 items 19.20 + 9.60 + 7.50 = 36.30, 小计 34.50"),
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
                raise SystemExit(f"{pid}-e{n}: old string occurs {cnt} times: {old!r}")
            if old == new:
                raise SystemExit(f"{pid}-e{n}: old == new")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{pid}-e{n}: value not in case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
