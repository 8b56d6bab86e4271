#!/usr/bin/env python3
"""Build the n191 error cases and labels.jsonl from the clean drafts in cases/.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# source id -> list of (code, old, new, value, explanation, where)
EDITS = {
    "rudong-correction-2022": [
        ("rate_mismatch", "实际支出93.10万元，预算执行率95.00%", "实际支出93.10万元，预算执行率95.90%",
         "预算执行率95.90%", "93.10 / 98.00 = 95.00%, prose states 95.90%", "prose"),
        ("unit_mismatch", "集中教育学习人次\t≥3600人次\t3912人次", "集中教育学习人次\t≥3600人次\t108.67%",
         "集中教育学习人次\t≥3600人次\t108.67%", "target in 人次, actual entered as a percentage (the completion rate)", "table"),
        ("implausible_rate", "手机定位签到率99.6%", "手机定位签到率996%",
         "签到率996%", "decimal point dropped: a sign-in rate of 996% is impossible", "prose"),
        ("average_mismatch", "季末平均在册409人", "季末平均在册419人",
         "季末平均在册419人", "(412 + 398 + 405 + 421) / 4 = 409, stated 419", "prose"),
        ("year_mismatch", "结转至2023年继续使用", "结转至2022年继续使用",
         "结转至2022年", "2022 report: unspent money cannot be carried over into 2022 itself (should be 2023)", "prose"),
        ("score_sum_mismatch", "≥95%\t92%\t10\t9.68", "≥95%\t92%\t10\t9.58",
         "92%\t10\t9.58", "row scores now add to 99.08, table and text state 99.18", "table"),
    ],
    "yongchuan-antidrug-2021": [
        ("sum_mismatch", "禁毒宣传38.50万元", "禁毒宣传36.50万元",
         "禁毒宣传36.50万元", "36.50 + 45.60 + 40.00 + 18.25 = 140.35, not the 142.35 spent", "prose"),
        ("score_exceeds_weight",
         "\t136场\n\t10\n\t10\n\t结合宣传月增加场次，超额完成\n\n\t\n\t\n\t吸毒人员毛发检测人次\n\t≥1200人次\n\t1260人次\n\t10\n",
         "\t136场\n\t8\n\t10\n\t结合宣传月增加场次，超额完成\n\n\t\n\t\n\t吸毒人员毛发检测人次\n\t≥1200人次\n\t1260人次\n\t12\n",
         "136场\n\t8\n\t10", "宣传场次 row: score 10 above its weight 8 (weights of two rows re-split 8/12, totals unchanged)", "table"),
        ("conflicting_values", "全年完成吸毒人员毛发检测1260人次", "全年完成吸毒人员毛发检测1206人次",
         "毛发检测1206人次", "1206人次 in the overview vs 1260人次 in the table and the quarterly figures", "prose"),
        ("grade_mismatch", "\t自评等级\n\t优", "\t自评等级\n\t良",
         "自评等级\n\t良", "total 99.49 is in the 优 band (≥90)", "table"),
        ("completion_mismatch", "完成年度目标的113.33%", "完成年度目标的131.33%",
         "完成年度目标的131.33%", "136 / 120 = 113.33%, stated 131.33%", "prose"),
        ("balance_mismatch", "年末结转7.65万元", "年末结转6.75万元",
         "年末结转6.75万元", "150.00 - 142.35 = 7.65, stated 6.75", "prose"),
    ],
    "yizhou-detention-2023": [
        ("rate_mismatch", "\t97.08\n", "\t97.80\n",
         "97.80", "财政资金小计 执行率 (7)=(4)/(2) = 219.40 / 226.00 = 97.08, printed 97.80", "table"),
        ("balance_mismatch", "年末结余6.60万元", "年末结余6.06万元",
         "年末结余6.06万元", "236.00 - 229.40 = 6.60, stated 6.06", "prose"),
        ("implausible_rate", "(6)=(3)/(2)\n\t100\n\t100\n\t0\n", "(6)=(3)/(2)\n\t100\n\t100\n\t100\n",
         "(6)=(3)/(2)\n\t100\n\t100\n\t100", "到位率 100 in the 中央级 column, which has no budget (zero base)", "table"),
        ("score_exceeds_weight",
         "在押人员非正常死亡\n\t15\n\t=0起\n\t0起\n\t100.00%\n\t15\n\t\n\n\t\n\t可持续影响指标\n\t深挖犯罪线索（条）\n\t15\n",
         "在押人员非正常死亡\n\t12.5\n\t=0起\n\t0起\n\t100.00%\n\t15\n\t\n\n\t\n\t可持续影响指标\n\t深挖犯罪线索（条）\n\t17.5\n",
         "在押人员非正常死亡\n\t12.5\n\t=0起\n\t0起\n\t100.00%\n\t15",
         "效益 weights re-split 12.5/17.5: 非正常死亡 row scores 15 above its weight 12.5", "table"),
        ("completion_mismatch", "\t111.11%\n", "\t101.11%\n",
         "101.11%", "200 / 180 = 111.11%, printed 101.11%", "table"),
        ("year_mismatch", "截至2023年12月31日，全年执行资金229.40万元", "截至2022年12月31日，全年执行资金229.40万元",
         "截至2022年12月31日", "2023 report states its execution as of 2022-12-31", "prose"),
    ],
    "dashiqiao-trafficcam-2020": [
        ("unit_mismatch", "通信线路租赁费12.48万元", "通信线路租赁费124800万元",
         "124800万元", "元 figure labelled 万元: 26 × 400 × 12 = 124800元 = 12.48万元; items must add to 55.68", "prose"),
        ("score_sum_mismatch", "效益指标得分30分", "效益指标得分28分",
         "效益指标得分28分", "9.60 + 49.84 + 28 + 10 = 97.44, stated total 99.44", "prose"),
        ("average_mismatch", "96.2%、97.1%、96.5%、97.4%，全年平均96.8%", "96.2%、97.1%、95.6%、97.4%，全年平均96.8%",
         "96.2%、97.1%、95.6%、97.4%，全年平均96.8%", "mean of the quarters is now 96.575%, stated 96.8%", "prose"),
        ("year_mismatch", "（2020年度）", "（2021年度）",
         "（2021年度）", "自评表 headed 2021 in the 2020 report", "table"),
        ("weight_sum_mismatch", "≤24小时 18小时 10 10", "≤24小时 18小时 12 10",
         "18小时 12 10", "weights now add to 102 (产出 52)", "table"),
        ("conflicting_values", "采集交通违法数据 ≥8万起 9.12万起", "采集交通违法数据 ≥8万起 9.21万起",
         "9.21万起", "table 9.21万起 vs 9.12万起 in the text and in 实际完成情况", "table"),
    ],
    "nanxiong-legalservice-2024": [
        ("grade_mismatch", "等级为良", "等级为优",
         "等级为优", "88.97 is in the 良 band (80–90)", "prose"),
        ("completion_mismatch", "全年提供法律咨询服务10800人次，完成率90.00%", "全年提供法律咨询服务10800人次，完成率96.00%",
         "10800人次，完成率96.00%", "10800 / 12000 = 90.00%, stated 96.00%", "prose"),
        ("sum_mismatch", "人民调解“以案定补”｜9.60｜15.60", "人民调解“以案定补”｜6.90｜15.60",
         "以案定补”｜6.90", "年初预算 column: 116.00 + 18.40 + 6.90 + 6.00 = 147.30, 合计 150.00", "table"),
        ("weight_sum_mismatch", "｜≥95%｜96.3%｜10｜10｜", "｜≥95%｜96.3%｜15｜10｜",
         "96.3%｜15｜10", "weights now add to 105 (产出 55)", "table"),
        ("unit_mismatch", "｜≥1500宗｜1620宗｜", "｜≥1500宗｜108%｜",
         "≥1500宗｜108%", "target in 宗, actual entered as a percentage", "table"),
        ("rate_mismatch", "｜12.60｜80.77%", "｜12.60｜87.07%",
         "12.60｜87.07%", "12.60 / 15.60 = 80.77%, printed 87.07%", "table"),
    ],
}


def main():
    labels = []
    for src, edits in EDITS.items():
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for i, (code, old, new, value, expl, _where) in enumerate(edits, 1):
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src} e{i}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new)
            name = f"{src}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
