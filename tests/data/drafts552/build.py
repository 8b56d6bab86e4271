#!/usr/bin/env python3
"""Build drafts552: the 30 error cases and labels.jsonl from the five clean drafts.

Each error case = its clean draft with exactly one edit (old -> new, old occurs exactly once in the
clean draft). The label's value is an exact substring of the error case that contains the changed
figure and occurs exactly once there. Run `python3 build.py && python3 verify.py`.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "wudi-jianhubuzhu-2019",
    "libo-jingzhangguanli-2021",
    "luoning-yanzhongjingzhang-2022",
    "lingyuan-jingweizhongxin-bumen-2024",
    "yongshou-jianhubuzhu-2025",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 无棣 2019 (项目支出; funds table with 到位/结余, township table with 乡镇平均 row)
    ("wudi-jianhubuzhu-2019", 1, "sum_mismatch", "prose, 二(二) breakdown of 19.18",
     "应急处置3.28万元", "应急处置3.82万元", "应急处置3.82万元",
     "随访管理补助 12.40 + 应急处置 3.82 + 免费体检 3.50 = 19.72, but the stated whole is 19.18万元 (应急处置 should be 3.28)"),
    ("wudi-jianhubuzhu-2019", 2, "average_mismatch", "table 2, 海丰街道 人均发放",
     "110100\t1146.88", "110100\t1148.68", "1148.68",
     "海丰街道 110100元 / 96人 = 1146.88元, stated 1148.68 (still inside the 1,134.85–1,150.00 range quoted in the text)"),
    ("wudi-jianhubuzhu-2019", 3, "rate_mismatch", "prose, 二(二) sub-rate of the subsidy budget",
     "占该部分预算的95.48%", "占该部分预算的95.84%", "占该部分预算的95.84%",
     "监护补助 102.16 / 监护补助预算 107.00 = 95.48%, stated 95.84%"),
    ("wudi-jianhubuzhu-2019", 4, "grade_mismatch", "prose, 四 conclusion",
     "评价等级为优。", "评价等级为良。", "评价等级为良",
     "total 98.99 lies in the 优 band (90 ≤ s ≤ 100), stated 良"),
    ("wudi-jianhubuzhu-2019", 5, "year_mismatch", "prose, 二(二) carry-over",
     "结转至2020年", "结转至2019年", "结转至2019年",
     "the 2019 balance of 7.26万元 is carried over to 2019 itself; money carried over goes to a later year (2020)"),
    ("wudi-jianhubuzhu-2019", 6, "unit_mismatch", "prose, 三(一) amount in 元 labelled 万元",
     "人月，计1,021,600元", "人月，计1,021,600万元", "1,021,600万元",
     "10,216人月 × 100元 = 1,021,600元 = 102.16万元 (table 2 合计 1021600元; 二(二) 102.16万元); the 元 figure is labelled 万元, off by 10^4"),
    # ---- 荔波 2021 (项目支出; no 年初/结余 columns, zero-base 其他资金 row, 自评表 without 偏差 column)
    ("libo-jingzhangguanli-2021", 1, "balance_mismatch", "prose, 二 year-end balance",
     "年末结余3.45万元", "年末结余3.54万元", "年末结余3.54万元",
     "到位 52.40 − 执行 48.95 = 3.45万元 (all 县级配套: 28.00 − 24.55 = 3.45), stated 3.54"),
    ("libo-jingzhangguanli-2021", 2, "completion_mismatch", "table 3, 监护补助发放人数 完成率",
     "417人\t104.25%", "417人\t102.45%", "102.45%",
     "actual 417人 / target ≥400人 = 104.25%, stated 102.45%"),
    ("libo-jingzhangguanli-2021", 3, "score_exceeds_weight", "table 3, 规范管理率 row (with 面访率 row below)",
     "89.60%\t101.82%\t10\t10\n\t\t面访率\t≥80%\t86.09%\t107.61%\t5\t5",
     "89.60%\t101.82%\t10\t11\n\t\t面访率\t≥80%\t86.09%\t107.61%\t5\t4",
     "89.60%\t101.82%\t10\t11",
     "规范管理率 scored 11 against a weight of 10; the next row (面访率) was lowered from 5 to 4 in the same edit, so the scores still add up to 99.09"),
    ("libo-jingzhangguanli-2021", 4, "conflicting_values", "prose, 一(二) county appropriation",
     "县财政安排配套资金28.00万元", "县财政安排配套资金26.00万元", "县财政安排配套资金26.00万元",
     "table 1 gives 县级配套资金 全年预算 = 到位 = 28.00万元 (28.00 − 24.55 = 3.45 结余), the text says 26.00"),
    ("libo-jingzhangguanli-2021", 5, "implausible_rate", "table 1, 其他资金 执行率",
     "其他资金\t0.00\t0.00\t0.00\t—\t—", "其他资金\t0.00\t0.00\t0.00\t—\t100.00%", "0.00\t—\t100.00%",
     "执行率 100.00% printed on a zero base (其他资金 全年预算 0.00万元); a rate on a zero base is undefined (—)"),
    ("libo-jingzhangguanli-2021", 6, "weight_sum_mismatch", "table 3, 时效指标 weight",
     "按季度发放\t—\t5\t5", "按季度发放\t—\t6\t5", "按季度发放\t—\t6\t5",
     "weights now sum to 101 (时效 5 → 6) while 合计 says 100"),
    # ---- 洛宁 2022 (项目支出; 结转下年 column, 18-township table + separate 乡镇平均 table)
    ("luoning-yanzhongjingzhang-2022", 1, "score_sum_mismatch", "table 4, 合计 得分",
     "\t100\t98.71", "\t100\t98.17", "98.17",
     "row scores 8.85 + 50 + 10 + 9.86 + 10 + 10 = 98.71 (as the text says), table total 98.17"),
    ("luoning-yanzhongjingzhang-2022", 2, "completion_mismatch", "prose, 三(二) follow-up visits",
     "完成率103.15%", "完成率101.35%", "完成率101.35%",
     "5,364人次 / 5,200人次 = 103.15%, stated 101.35%"),
    ("luoning-yanzhongjingzhang-2022", 3, "average_mismatch", "table 3, 在册患者 乡镇平均",
     "在册患者（人）\t1331\t73.94", "在册患者（人）\t1331\t79.34", "1331\t79.34",
     "1,331 registered patients / 18 townships = 73.94, stated 79.34"),
    ("luoning-yanzhongjingzhang-2022", 4, "unit_mismatch", "table 4, 在册患者规范管理人数 实际完成值",
     "≥1150人\t1224人", "≥1150人\t91.96%", "≥1150人\t91.96%",
     "target in 人 (≥1150人), actual written as a percentage (91.96%, the 规范管理率); completion cannot be computed"),
    ("luoning-yanzhongjingzhang-2022", 5, "sum_mismatch", "table 1, 县级财政 年初预算数",
     "县级财政\t75.00", "县级财政\t78.00", "县级财政\t78.00",
     "年初预算数 column: 22.00 + 0.00 + 78.00 + 0.00 = 100.00, stated total 97.00 (also 97.00 in the text)"),
    ("luoning-yanzhongjingzhang-2022", 6, "conflicting_values", "prose, 三(一) registered patients",
     "全县在册严重精神障碍患者1,331人", "全县在册严重精神障碍患者1,313人", "患者1,313人",
     "table 2 合计 and table 3 give 1331 registered patients, the text says 1,313"),
    # ---- 凌源 2024 (部门整体支出; hierarchical funds table, 小计 rows, 万元店镇 in a place name)
    ("lingyuan-jingweizhongxin-bumen-2024", 1, "rate_mismatch", "table 1, 免费服药补助 执行率",
     "16.16\t73.45%", "16.16\t74.35%", "74.35%",
     "16.16 / 22.00 = 73.45%, stated 74.35%"),
    ("lingyuan-jingweizhongxin-bumen-2024", 2, "balance_mismatch", "prose, 二 year-end balance",
     "年末结余22.97万元", "年末结余29.27万元", "年末结余29.27万元",
     "全年预算 648.90 − 全年执行 625.93 = 22.97万元, stated 29.27"),
    ("lingyuan-jingweizhongxin-bumen-2024", 3, "weight_sum_mismatch", "table 3, 产出指标小计 分值",
     "产出指标小计\t\t\t\t\t\t40\t40", "产出指标小计\t\t\t\t\t\t45\t40", "产出指标小计\t\t\t\t\t\t45\t40",
     "产出 rows weigh 8 + 6 + 8 + 8 + 4 + 3 + 3 = 40, subtotal says 45; first-level weights 10 + 45 + 40 + 10 = 105"),
    ("lingyuan-jingweizhongxin-bumen-2024", 4, "score_sum_mismatch", "prose, 五 conclusion total",
     "绩效自评得分99.26分", "绩效自评得分99.62分", "99.62分",
     "table 3 scores 9.65 + 40 + 39.61 + 10 = 99.26, the text says 99.62"),
    ("lingyuan-jingweizhongxin-bumen-2024", 5, "year_mismatch", "prose, 三(一) reference date",
     "截至2024年12月31日", "截至2023年12月31日", "截至2023年12月31日",
     "year-end figures of the 2024 report dated 2023-12-31"),
    ("lingyuan-jingweizhongxin-bumen-2024", 6, "implausible_rate", "table 3, 患者家属满意度",
     "96.20%\t106.89%", "102.60%\t114.00%", "102.60%\t114.00%",
     "satisfaction 102.60% is above 100% (the completion 102.60 / 90 = 114.00% was changed with it and is consistent)"),
    # ---- 永寿 2025 (项目支出; total 89.71 = 良好, lte met at the limit, qualitative 部分达成)
    ("yongshou-jianhubuzhu-2025", 1, "score_exceeds_weight", "table 3, 患者规范管理率 row (with 面访率 row below)",
     "92.42%\t97.28%\t10\t9.73\n\t\t患者面访率\t≥90%\t88.71%\t98.57%\t5\t4.93",
     "92.42%\t97.28%\t10\t10.73\n\t\t患者面访率\t≥90%\t88.71%\t98.57%\t5\t3.93",
     "97.28%\t10\t10.73",
     "患者规范管理率 scored 10.73 against a weight of 10; 面访率 lowered from 4.93 to 3.93 in the same edit, so the scores still add up to 89.71"),
    ("yongshou-jianhubuzhu-2025", 2, "grade_mismatch", "prose, 五 conclusion",
     "评价等级为良好", "评价等级为优秀", "评价等级为优秀",
     "total 89.71 is below 90: 良 band (80 ≤ s < 90), stated 优秀"),
    ("yongshou-jianhubuzhu-2025", 3, "completion_mismatch", "table 3, 监护补助发放人数 完成率",
     "294人\t81.67%", "294人\t86.17%", "86.17%",
     "actual 294人 / target ≥360人 = 81.67%, stated 86.17%"),
    ("yongshou-jianhubuzhu-2025", 4, "conflicting_values", "prose, 三 subsidised patients",
     "享受监护补助的患者294人", "享受监护补助的患者249人", "患者249人",
     "table 2 合计 and table 3 give 294 subsidised patients, the text says 249"),
    ("yongshou-jianhubuzhu-2025", 5, "unit_mismatch", "prose, 一(二) county appropriation",
     "监护补助资金60.00万元", "监护补助资金600000万元", "600000万元",
     "table 1 县级财政 年初预算 60.00万元 = 600,000元; the 元 figure is labelled 万元, off by 10^4"),
    ("yongshou-jianhubuzhu-2025", 6, "average_mismatch", "prose, 三 patients per township",
     "在册患者88.57人", "在册患者85.87人", "85.87人",
     "620 registered patients / 7 镇（街道） = 88.57, stated 85.87"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = src + "-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            assert clean.count(old) == 1, (src, n, "old occurs %d times" % clean.count(old))
            text = clean.replace(old, new)
            assert text.count(value) == 1, (src, n, "value occurs %d times" % text.count(value))
            name = "%s-e%d.txt" % (src, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print("built %d cases (%d error cases)" % (len(labels), len(EDITS)))


if __name__ == "__main__":
    main()
