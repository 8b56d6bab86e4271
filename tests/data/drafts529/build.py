#!/usr/bin/env python3
"""Build the error cases (-e1 … -e6) and labels.jsonl from the clean drafts and the edit list.

Each edit is (code, old, new, value, where, explanation): `old` must occur exactly once in the
clean draft and is replaced by `new`; `value` must occur exactly once in the resulting case and
contain the changed figure. Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "js-chongchuan-ebikecharge-2023",
    "fj-longwen-chongdianchangsuo-2019",
    "sc-jingyang-ebikecharge-2021",
    "hb-shashi-ebikecharge-2024",
    "gd-pengjiang-zhujian-bumen-2025",
]

EDITS = {
    "js-chongchuan-ebikecharge-2023": [
        ("rate_mismatch", "82.56         98.29%", "82.56         98.92%", "98.92%",
         "表2 钟秀街道 执行率 (table)",
         "钟秀街道 82.56 / 84.00 = 98.29%, stated 98.92% (digits swapped)"),
        ("sum_mismatch", "文峰街道720个", "文峰街道702个", "文峰街道702个",
         "四（一）产出 充电口分街道列举 (prose)",
         "580 + 500 + 702 + 476 + 560 = 2818, but the stated total is 2,836个 (文峰 720 written 702)"),
        ("score_sum_mismatch", "423台｜105.75%｜5｜5", "423台｜105.75%｜5｜4", "423台｜105.75%｜5｜4",
         "表3 安装智能充电桩 得分 (table)",
         "row scores now add to 98.51 while 合计 and the text say 99.51"),
        ("grade_mismatch", "评价等级为优。", "评价等级为良。", "评价等级为良",
         "五 自评结论 (prose)",
         "total 99.51 is in the 优 band (>= 90), stated 良"),
        ("conflicting_values", "全年安装智能充电桩423台", "全年安装智能充电桩432台", "智能充电桩432台",
         "四（一）产出 (prose)",
         "the same output is 423台 in 表3 (实际完成值, basis of 105.75%), prose says 432台"),
        ("year_mismatch", "结转至2024年继续使用", "结转至2023年继续使用", "结转至2023年",
         "二（二）资金执行及结转 (prose)",
         "unspent 2023 money is carried over into 2023 itself; it must go to a later year (2024)"),
    ],
    "fj-longwen-chongdianchangsuo-2019": [
        ("balance_mismatch", "年末结余8.54万元", "年末结余8.45万元", "结余8.45万元",
         "二（二）资金执行 (prose)",
         "到位 228.00 - 执行 219.46 = 8.54, stated 8.45"),
        ("weight_sum_mismatch", "楼道违规充电隐患清理      10", "楼道违规充电隐患清理      15",
         "楼道违规充电隐患清理      15",
         "表3 楼道违规充电隐患清理 分值 (table)",
         "weights now add to 105 (10 raised to 15) against the 合计 100"),
        ("average_mismatch", "平均每个街道（镇）日均975车次", "平均每个街道（镇）日均957车次", "日均957车次",
         "四（二）效益 (prose)",
         "(1260 + 980 + 1120 + 540) / 4 = 975, stated 957"),
        ("implausible_rate", "其他资金    0.00          0.00          0.00          —",
         "其他资金    0.00          0.00          0.00          100.00%",
         "其他资金    0.00          0.00          0.00          100.00%",
         "表1 其他资金 执行率 (table)",
         "an execution rate of 100.00% printed on a zero budget (0.00); the cell should be —"),
        ("completion_mismatch", "1072个        111.67%", "1072个        110.67%", "110.67%",
         "表3 新增充电口 完成率 (table)",
         "1072 / 960 = 111.67%, stated 110.67%"),
        ("unit_mismatch", "92具          115.00%", "100%          115.00%", "≥80具         100%",
         "表3 配置灭火器 实际完成值 (table)",
         "target is a count (≥80具), the actual is written as a percentage (100%): completion cannot be computed"),
    ],
    "sc-jingyang-ebikecharge-2021": [
        ("rate_mismatch", "95.67%、93.03%", "95.67%、90.33%", "90.33%",
         "二（二）分街道执行率列举 (prose)",
         "八角井街道 66.98 / 72.00 = 93.03%, stated 90.33%"),
        ("unit_mismatch", "（900,000元）", "（900,000万元）", "900,000万元",
         "二（一）资金申报及批复 (prose)",
         "市级补助 90.00万元 restated as 900,000万元 instead of 900,000元: off by 10^4"),
        ("score_sum_mismatch", "电动自行车火灾起数\t≤\t10\t起\t6\t100.00%\t10\t10",
         "电动自行车火灾起数\t≤\t10\t起\t6\t100.00%\t10\t9",
         "电动自行车火灾起数\t≤\t10\t起\t6\t100.00%\t10\t9",
         "自评表 电动自行车火灾起数 得分 (table)",
         "row scores (with the execution score 9.54) now add to 98.07 while 总分 and the text say 99.07"),
        ("conflicting_values", "清理楼道违规停放充电2,316处", "清理楼道违规停放充电2,361处", "违规停放充电2,361处",
         "四（二）项目效益情况 (prose)",
         "the same output is 2316处 in the 自评表 (basis of 115.80%), prose says 2,361处"),
        ("completion_mismatch", "2316\t115.80%", "2316\t111.58%", "111.58%",
         "自评表 清理楼道违规停放充电 完成率 (table)",
         "2316 / 2000 = 115.80%, stated 111.58%"),
        ("year_mismatch", "截至2021年12月31日", "截至2020年12月31日", "截至2020年12月31日",
         "二（二）资金计划、到位及使用 (prose)",
         "the 2021 report states its spending as of 31 Dec 2020, before the evaluation year"),
    ],
    "hb-shashi-ebikecharge-2024": [
        ("balance_mismatch", "结余8.00万元", "结余8.50万元", "结余8.50万元",
         "二（二）资金执行 (prose)",
         "区消防救援大队 安排 35.00 (表2) - 支出 27.00 = 8.00, stated 8.50"),
        ("sum_mismatch", "胜利街道｜9｜216｜38.00", "胜利街道｜9｜216｜36.00", "胜利街道｜9｜216｜36.00",
         "表2 胜利街道 安排资金 (table)",
         "安排资金 column now adds to 263.00 against 合计 265.00"),
        ("score_exceeds_weight", "95.00%｜10｜9.50\n可持续｜长效运维机制｜全面建立｜部分建立｜—｜10｜6",
         "95.00%｜10｜10.50\n可持续｜长效运维机制｜全面建立｜部分建立｜—｜10｜5",
         "居民满意度｜≥90%｜85.5%｜95.00%｜10｜10.50",
         "表3 居民满意度 得分 (table; one point moved from the next row)",
         "score 10.50 above the weight 10; the next row was lowered 6 -> 5 so the total 88.96 still adds up"),
        ("average_mismatch", "平均每个街道建成11.2处", "平均每个街道建成12.1处", "平均每个街道建成12.1处",
         "四（一）产出 (prose)",
         "(12 + 10 + 14 + 9 + 11) / 5 = 11.2, stated 12.1"),
        ("implausible_rate", "满意率91.3%", "满意率101.3%", "满意率101.3%",
         "四（三）满意度 (prose)",
         "a satisfaction rate above 100%"),
        ("grade_mismatch", "评价等级为良好", "评价等级为优秀", "评价等级为优秀",
         "五 自评结果 (prose)",
         "total 88.96 is in the 良 band (80 <= s < 90), stated 优秀"),
    ],
    "gd-pengjiang-zhujian-bumen-2025": [
        ("score_exceeds_weight", "1754个｜103.18%｜8｜8\n产出｜安装智能充电桩｜≥220台｜224台｜101.82%｜7｜7",
         "1754个｜103.18%｜8｜9\n产出｜安装智能充电桩｜≥220台｜224台｜101.82%｜7｜6",
         "1754个｜103.18%｜8｜9",
         "自评表 新增充电口 得分 (table; one point moved from the next row)",
         "score 9 above the weight 8; the next row was lowered 7 -> 6 so the total 98.85 still adds up"),
        ("weight_sum_mismatch", "37260户｜103.50%｜10｜10", "37260户｜103.50%｜12｜10", "37260户｜103.50%｜12｜10",
         "自评表 燃气入户安全检查 分值 (table)",
         "weights now add to 102 against the 合计 100"),
        ("rate_mismatch", "1280.15｜99.51%", "1280.15｜99.15%", "99.15%",
         "表1 基本支出 执行率 (table)",
         "1280.15 / 1286.40 = 99.51%, stated 99.15%"),
        ("sum_mismatch", "北街街道          12            288             36",
         "北街街道          12            288             38",
         "北街街道          12            288             38",
         "表3 北街街道 充电桩 (table)",
         "充电桩 column now adds to 226 against 合计 224"),
        ("conflicting_values", "处、充电口1,754个", "处、充电口1,745个", "充电口1,745个",
         "三 重点项目情况 (prose)",
         "the same output is 1754个 in 表3 and in the 自评表, prose says 1,745个"),
        ("balance_mismatch", "未支出的132.11万元", "未支出的123.11万元", "未支出的123.11万元",
         "二（一）预算收支 (prose)",
         "全年预算 3,120.58 - 支出 2,988.47 = 132.11, stated 123.11"),
    ],
}


def main():
    labels = []
    for src in SOURCES:
        clean_path = os.path.join(CASES, src + "-clean.txt")
        clean = open(clean_path, encoding="utf-8").read()
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        edits = EDITS[src]
        if len(edits) != 6:
            sys.exit("%s: %d edits, expected 6" % (src, len(edits)))
        for k, (code, old, new, value, where, expl) in enumerate(edits, 1):
            if clean.count(old) != 1:
                sys.exit("%s e%d: old %r occurs %d times in the clean draft" % (src, k, old, clean.count(old)))
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit("%s e%d: value %r occurs %d times" % (src, k, value, text.count(value)))
            name = "%s-e%d.txt" % (src, k)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases" % len(labels))


if __name__ == "__main__":
    main()
