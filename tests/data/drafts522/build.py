#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts522 from the clean drafts.

Each edit is (case suffix, code, old, new, value, where, explanation):
  old    exact text that occurs once in the clean draft and is replaced by new (one contiguous edit);
  value  exact substring of the resulting case that carries the changed figure (occurs once);
  where  position for the README table (text / table).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
T = "\t"

EDITS = {
    "putuo-shorepower-2019": [
        ("e1", "rate_mismatch", "全年预算执行率96.58%", "全年预算执行率95.68%", "全年预算执行率95.68%",
         "text, score line above the indicator table",
         "700.20 / 725.00 = 96.58%, the score line states 95.68%"),
        ("e2", "average_mismatch", "平均每套893.33千伏安", "平均每套839.33千伏安", "平均每套839.33千伏安",
         "text, 资金使用情况",
         "(1,250 + 800 + 630) / 3 = 893.33千伏安, stated 839.33"),
        ("e3", "sum_mismatch", "补助资金160.00万元", "补助资金166.00万元", "补助资金166.00万元",
         "text, 预算安排及调整",
         "年初 565.00 + 追加 166.00 = 731.00 ≠ 全年预算 725.00 (also 当年财政拨款 520.00 + 166.00 ≠ 680.00)"),
        ("e4", "conflicting_values", "完成低压岸电泊位改造14个", "完成低压岸电泊位改造16个", "完成低压岸电泊位改造16个",
         "text, 产出情况",
         "the text says 16 berths were converted, the indicator table (and the 16.85万元 average of 235.90万元) 14"),
        ("e5", "score_exceeds_weight",
         "船公司满意度\t≥90%\t95.0%\t105.56%\t5\t5\n\t\t船员满意度\t≥90%\t92.0%\t102.22%\t5\t5",
         "船公司满意度\t≥90%\t95.0%\t105.56%\t5\t5.5\n\t\t船员满意度\t≥90%\t92.0%\t102.22%\t5\t4.5",
         "船公司满意度\t≥90%\t95.0%\t105.56%\t5\t5.5",
         "table, 满意度 rows",
         "船公司满意度 scored 5.5 on a weight of 5 (船员满意度 lowered to 4.5, so the total still reads 98.46)"),
        ("e6", "year_mismatch", "结转至2020年使用", "结转至2019年使用", "结转至2019年使用",
         "text, 资金到位及执行",
         "unspent 2019 money cannot be carried over to 2019 itself"),
    ],
    "jiaocheng-shorepower-2021": [
        ("e1", "balance_mismatch", "未兑付的11.58万元", "未兑付的15.18万元", "未兑付的15.18万元",
         "text, 资金使用",
         "150.00 − 138.42 = 11.58万元 unpaid, stated 15.18"),
        ("e2", "implausible_rate",
         "  上年结转资金        0.00         0.00         0.00       —",
         "  上年结转资金        0.00         0.00         0.00     100.00%",
         "上年结转资金        0.00         0.00         0.00     100.00%",
         "table (space-aligned funds table), 上年结转资金 row",
         "execution rate 100.00% printed on a zero budget (0.00 / 0.00): must be —"),
        ("e3", "completion_mismatch", "2,652艘次\t110.50%", "2,652艘次\t105.50%", "2,652艘次\t105.50%",
         "table, 靠港船舶使用岸电艘次 row",
         "2,652 / 2,400 = 110.50%, stated 105.50% (score 10 unaffected: capped at the weight either way)"),
        ("e4", "unit_mismatch", "用电补贴57.28万元", "用电补贴572800万元", "用电补贴572800万元",
         "text, 资金使用",
         "572,800元 written with the unit 万元: 57.28 + 75.60 + 5.54 = 138.42 and 286.40万千瓦时 × 0.20元 = 57.28万元 hold again after ÷10^4"),
        ("e5", "grade_mismatch", "评价等级为优", "评价等级为良", "评价等级为良",
         "text, 自评结果",
         "total 98.44 is in the 优 band (≥ 90)"),
        ("e6", "weight_sum_mismatch", "补贴审核准确率\t=100%\t100%\t100.00%\t10", "补贴审核准确率\t=100%\t100%\t100.00%\t12",
         "补贴审核准确率\t=100%\t100%\t100.00%\t12",
         "table, 补贴审核准确率 row",
         "weights now 10 + 92 = 102 (≠ 合计 100); the text still says the other indicators weigh 90"),
    ],
    "zigui-shorepower-2023": [
        ("e1", "rate_mismatch", "93.83\t84.46", "93.83\t84.64", "93.83\t84.64",
         "table, (7)=(4)/(2) row, 县级资金 column",
         "139.36 / 165.00 = 84.46%, stated 84.64"),
        ("e2", "balance_mismatch", "结余18.04万元", "结余18.40万元", "结余18.40万元",
         "text, 资金安排、到位及执行",
         "到位 616.80 − 支出 598.76 = 18.04万元, stated 18.40"),
        ("e3", "sum_mismatch", "年初预算\t(1)\t526.80", "年初预算\t(1)\t526.08", "年初预算\t(1)\t526.08",
         "table, (1) 年初预算 row, 合计 column",
         "300.00 + 0.00 + 180.00 + 46.80 + 0.00 = 526.80, 合计 stated 526.08"),
        ("e4", "weight_sum_mismatch", "96.8%\t5\t5", "96.8%\t8\t5", "岸电设施正常运行率\t≥95%\t96.8%\t8",
         "table, 岸电设施正常运行率 row",
         "效益 rows now weigh 10 + 10 + 8 = 28 against the 效益指标 line's 25, and all weights 20 + 83 = 103"),
        ("e5", "implausible_rate", "84.46\t100.00\t—", "84.46\t100.00\t100.00",
         "(7)=(4)/(2)\t94.77\t100.00\t93.83\t84.46\t100.00\t100.00",
         "table, (7)=(4)/(2) row, 其他资金 column",
         "execution rate 100 printed for 其他资金 whose budget is 0.00: a rate on a zero base"),
        ("e6", "score_sum_mismatch", "100\t97.79", "100\t97.97", "总分（含预算执行）\t\t\t\t\t100\t97.97",
         "table, 总分 row",
         "18.95 + 44 + 25 + 9.84 = 97.79, the table total reads 97.97 (the text keeps 97.79)"),
    ],
    "qinnan-shorepower-2024": [
        ("e1", "completion_mismatch", "102.67%", "106.27%", "106.27%",
         "table (space-aligned), 船东船员满意度 row",
         "92.4 / 90 = 102.67%, stated 106.27% (score 10 unaffected: capped at the weight)"),
        ("e2", "average_mismatch", "平均每个港区49.20万千瓦时", "平均每个港区49.02万千瓦时", "平均每个港区49.02万千瓦时",
         "text, 效益",
         "(68.40 + 52.16 + 44.72 + 31.52) / 4 = 49.20万千瓦时, stated 49.02"),
        ("e3", "sum_mismatch", "运维及检测费42.92万元", "运维及检测费49.22万元", "运维及检测费49.22万元",
         "text, 资金使用",
         "59.04 + 182.00 + 49.22 = 290.26 ≠ 全年支出 283.96"),
        ("e4", "unit_mismatch", "104艘             86.67%", "86.67%            86.67%",
         "兑付补贴船舶数量      ≥120艘            86.67%",
         "table (space-aligned), 兑付补贴船舶数量 row",
         "target in 艘 (≥120艘), actual written as a percentage (86.67%): completion cannot be computed"),
        ("e5", "score_sum_mismatch", "本项目自评得分88.13分", "本项目自评得分88.31分", "本项目自评得分88.31分",
         "text, conclusion under the table",
         "7.77 + 45.83 + 24.53 + 10 = 88.13, the text says 88.31 (table total still 88.13; grade 良 unaffected)"),
        ("e6", "year_mismatch", "自治区于2023年12月提前下达", "自治区于2022年12月提前下达", "自治区于2022年12月提前下达",
         "text, 预算及到位",
         "money for the 2024 budget issued in December 2022: neither the evaluation year nor the December before it"),
    ],
    "lanshan-transport-2025": [
        ("e1", "average_mismatch", "平均自评得分92.55分", "平均自评得分92.25分", "平均自评得分92.25分",
         "text, under the project table",
         "(93.50 + 95.20 + 92.80 + 88.70) / 4 = 92.55, stated 92.25"),
        ("e2", "conflicting_values", "全年船舶靠港使用岸电3,284艘次", "全年船舶靠港使用岸电3,248艘次",
         "全年船舶靠港使用岸电3,248艘次",
         "text, 重点项目绩效情况",
         "the text gives 3,248 ship calls, the indicator table 3,284"),
        ("e3", "score_exceeds_weight",
         "船舶经营人满意度\t≥90%\t94.1%\t104.56%\t5\t5\n\t\t沿线群众满意度\t≥90%\t92.3%\t102.56%\t5\t5",
         "船舶经营人满意度\t≥90%\t94.1%\t104.56%\t5\t5.5\n\t\t沿线群众满意度\t≥90%\t92.3%\t102.56%\t5\t4.5",
         "船舶经营人满意度\t≥90%\t94.1%\t104.56%\t5\t5.5",
         "table, 满意度 rows",
         "船舶经营人满意度 scored 5.5 on a weight of 5 (沿线群众满意度 lowered to 4.5, so the total still reads 98.70)"),
        ("e4", "grade_mismatch", "评价等级为优秀", "评价等级为良好", "评价等级为良好",
         "text, 自评结论",
         "total 98.70 is in the 优 band (≥ 90)"),
        ("e5", "year_mismatch", "自评表（2025年度）", "自评表（2024年度）", "自评表（2024年度）",
         "table caption",
         "the 自评表 is captioned 2024年度 in a 2025年度 report"),
        ("e6", "implausible_rate", "收回有效问卷248份，有效回收率95.38%", "收回有效问卷268份，有效回收率103.08%",
         "收回有效问卷268份，有效回收率103.08%",
         "text, 满意度调查",
         "268 valid questionnaires out of 260 issued: 回收率 103.08% (arithmetic right, rate over 100%)"),
    ],
}


def main():
    labels = []
    for source, edits in EDITS.items():
        clean_name = source + "-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": source, "clean": True, "expected": []})
        for suffix, code, old, new, value, where, expl in edits:
            if clean.count(old) != 1:
                raise SystemExit("%s %s: old text occurs %d times" % (source, suffix, clean.count(old)))
            text = clean.replace(old, new)
            if text.count(value) != 1:
                raise SystemExit("%s %s: value occurs %d times" % (source, suffix, text.count(value)))
            name = "%s-%s.txt" % (source, suffix)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": source, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print("built %d cases" % len(labels))


if __name__ == "__main__":
    main()
