#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft cases/<id>-clean.txt gets six copies <id>-e1.txt ... -e6.txt, each with exactly one
injected slip: an exact old -> new replacement that must match the clean draft exactly once.
`value` (the label) must be a substring of the error case that contains the changed figure.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sx-zezhou-zhucanbutie-2021",
    "zj-longyou-shequshitang-2023",
    "sc-nanxi-zhongyangchufang-2019",
    "hn-longhui-yanglaozhongxin-2022",
    "gd-qingcheng-zhucanshipin-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- Shanxi, Zezhou, 2021: funds table and 附件1 one cell per line (tab-indented)
    ("sx-zezhou-zhucanbutie-2021", 1, "rate_mismatch", "table",
     "\t(6)=(3)/(2)\n\t95.01\n", "\t(6)=(3)/(2)\n\t95.10\n", "95.10",
     "预算到位率 (6)=(3)/(2), column 年度总金额: 228.40 / 240.40 = 95.01%, the cell reads 95.10"),
    ("sx-zezhou-zhucanbutie-2021", 2, "completion_mismatch", "table",
     "\t5820人\n\t97.00%\n", "\t5820人\n\t79.00%\n", "79.00%",
     "受益老年人数: actual 5820人 / target ≥6000人 = 97.00%, 完成率 reads 79.00%"),
    ("sx-zezhou-zhucanbutie-2021", 3, "weight_sum_mismatch", "table",
     "\t补贴资金按季度拨付及时率\n\t5\n", "\t补贴资金按季度拨付及时率\n\t6\n", "拨付及时率\n\t6",
     "时效指标 weight 5 -> 6: the 附件1 weights now total 101 instead of 100"),
    ("sx-zezhou-zhucanbutie-2021", 4, "year_mismatch", "prose",
     "结转至2022年", "结转至2021年", "结转至2021年",
     "unspent money of the 2021 budget cannot be carried over to 2021 itself; should be 2022"),
    ("sx-zezhou-zhucanbutie-2021", 5, "average_mismatch", "prose",
     "平均12.4元/餐", "平均12.6元/餐", "平均12.6元",
     "(12 + 13 + 12 + 14 + 11) / 5 = 12.4, stated 12.6"),
    ("sx-zezhou-zhucanbutie-2021", 6, "score_sum_mismatch", "prose",
     "总得分98.41分", "总得分98.14分", "总得分98.14分",
     "附件1 scores 9.12+15+10+10+4.74+10+14.55+15+10 = 98.41, stated total 98.14"),
    # ---- Zhejiang, Longyou, 2023: MOF 附件1 tab-separated
    ("zj-longyou-shequshitang-2023", 1, "sum_mismatch", "table",
     "其中：当年财政拨款\t360.00\t", "其中：当年财政拨款\t306.00\t", "当年财政拨款\t306.00",
     "年初预算数 column: 年度资金总额 360.00 but its components are 306.00 + — + — = 306.00"),
    ("zj-longyou-shequshitang-2023", 2, "score_exceeds_weight", "table",
     "就餐老年人满意度\t≥92%\t95.2%\t10\t10\t", "就餐老年人满意度\t≥92%\t95.2%\t10\t10.35\t", "10\t10.35",
     "满意度 row scored 10 × 95.2/92 = 10.35 above its weight 10 (the whole-point total 99 still rounds from 99.18)"),
    ("zj-longyou-shequshitang-2023", 3, "grade_mismatch", "prose",
     "评价等级为\"优\"", "评价等级为\"良\"", "评价等级为\"良\"",
     "total 99 lies in the 优 band (90-100), stated 良"),
    ("zj-longyou-shequshitang-2023", 4, "implausible_rate", "prose",
     "对菜品口味的满意度为91.8%", "对菜品口味的满意度为101.8%", "满意度为101.8%",
     "a satisfaction rate cannot exceed 100%"),
    ("zj-longyou-shequshitang-2023", 5, "conflicting_values", "prose",
     "助餐服务覆盖老年人8650人", "助餐服务覆盖老年人8560人", "8560人",
     "covered elderly: 8560人 in the text, 8650人/8650名 in the 自评表 (goal and indicator rows)"),
    ("zj-longyou-shequshitang-2023", 6, "unit_mismatch", "prose",
     "计72.36万元", "计723600万元", "723600万元",
     "the 就餐补贴 (24.12万餐次 × 3元 = 72.36万元 = 723600元) written with the unit 万元: off by 10^4; "
     "180.00+144.00+72.36+4.90 = 401.26 only with 72.36"),
    # ---- Sichuan, Nanxi, 2019: 自评表 copied from PDF, single spaces between cells
    ("sc-nanxi-zhongyangchufang-2019", 1, "balance_mismatch", "prose",
     "结余7.44万元", "结余7.64万元", "结余7.64万元",
     "财政资金 到位 196.80 - 执行 189.36 = 7.44, stated 7.64"),
    ("sc-nanxi-zhongyangchufang-2019", 2, "unit_mismatch", "table",
     "食品安全检查次数 ≥ 24 次 26 5 5", "食品安全检查次数 ≥ 24 次 100% 5 5", "次 100%",
     "target in 次 (≥24, 度量单位 次) but actual given as 100%: completion cannot be computed"),
    ("sc-nanxi-zhongyangchufang-2019", 3, "rate_mismatch", "prose",
     "执行率96.22%", "执行率96.62%", "执行率96.62%",
     "财政资金 执行 189.36 / 全年预算 196.80 = 96.22%, stated 96.62%"),
    ("sc-nanxi-zhongyangchufang-2019", 4, "completion_mismatch", "prose",
     "完成年度目标的106.20%", "完成年度目标的102.60%", "102.60%",
     "31.86万份 / 30万份 = 106.20%, stated 102.60%"),
    ("sc-nanxi-zhongyangchufang-2019", 5, "year_mismatch", "prose",
     "结转至2020年", "结转至2019年", "结转至2019年",
     "the 2019 balance cannot be carried over to 2019 itself; should be 2020"),
    ("sc-nanxi-zhongyangchufang-2019", 6, "weight_sum_mismatch", "table",
     "配送覆盖助餐点 ≥ 18 个 18 10 10", "配送覆盖助餐点 ≥ 18 个 18 12 10", "18 12 10",
     "weight 10 -> 12: 分值 now total 102 (10 + 92), the 总分 row still says 100"),
    # ---- Hunan, Longhui, 2022 (部门整体): web page, table with ｜
    ("hn-longhui-yanglaozhongxin-2022", 1, "average_mismatch", "prose",
     "平均95分", "平均94分", "平均94分",
     "(96 + 95 + 91 + 98) / 4 = 95, stated 94"),
    ("hn-longhui-yanglaozhongxin-2022", 2, "balance_mismatch", "prose",
     "年末结余23.50万元", "年末结余25.30万元", "结余25.30万元",
     "全年预算 587.50 - 实际支出 564.00 = 23.50, stated 25.30"),
    ("hn-longhui-yanglaozhongxin-2022", 3, "sum_mismatch", "prose",
     "老年助餐服务补贴168.00万元", "老年助餐服务补贴186.00万元", "186.00万元",
     "项目支出预算 373.80 but 186.00 + 120.00 + 58.80 + 27.00 = 391.80"),
    ("hn-longhui-yanglaozhongxin-2022", 4, "score_exceeds_weight", "table",
     "224次｜5｜5", "224次｜5｜5.6", "224次｜5｜5.6",
     "row scored 5 × 224/200 = 5.6 above its weight 5 (Σ 99.4 still rounds to the stated whole-point total 99)"),
    ("hn-longhui-yanglaozhongxin-2022", 5, "grade_mismatch", "table",
     "评价等级｜优秀", "评价等级｜良好", "评价等级｜良好",
     "total 99 lies in the 优 band, the table says 良好"),
    ("hn-longhui-yanglaozhongxin-2022", 6, "implausible_rate", "table",
     "老年人满意度｜≥90%｜94%", "老年人满意度｜≥90%｜104%", "≥90%｜104%",
     "satisfaction 104% is above 100%"),
    # ---- Guangdong, Qingcheng, 2024: web page, 自评表 one cell per line
    ("gd-qingcheng-zhucanshipin-2024", 1, "conflicting_values", "prose",
     "完成快速检测2232批次", "完成快速检测2322批次", "2322批次",
     "快速检测 2322批次 in the text, 2232批次 in the 自评表"),
    ("gd-qingcheng-zhucanshipin-2024", 2, "completion_mismatch", "table",
     "2232批次\n93.00%\n", "2232批次\n96.00%\n", "96.00%",
     "快速检测批次: 2232 / 2400 = 93.00%, 完成率 reads 96.00%"),
    ("gd-qingcheng-zhucanshipin-2024", 3, "score_sum_mismatch", "table",
     "100\n99.19\n", "100\n99.91\n", "99.91",
     "9.54 + 10 + 10 + 4.65 + 10 + 5 + 10 + 15 + 15 + 10 = 99.19, 总分 reads 99.91"),
    ("gd-qingcheng-zhucanshipin-2024", 4, "rate_mismatch", "prose",
     "执行率94.96%", "执行率95.96%", "执行率95.96%",
     "区级资金 45.58 / 48.00 = 94.96%, stated 95.96%"),
    ("gd-qingcheng-zhucanshipin-2024", 5, "year_mismatch", "table",
     "项目支出绩效自评表\n\n（2024年度）", "项目支出绩效自评表\n\n（2023年度）", "（2023年度）",
     "the 自评表 claims 2023 for a report on the 2024 budget year"),
    ("gd-qingcheng-zhucanshipin-2024", 6, "unit_mismatch", "table",
     "市级补助资金\n0.00\n4.60\n4.60\n", "市级补助资金\n0.00\n4.60\n46000\n", "46000",
     "市级补助资金 全年执行数 written in 元 (46000) in a 万元 table: off by 10^4; 45.58 + 4.60 = 50.18 only with 4.60"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            k = clean.count(old)
            if k != 1:
                raise SystemExit("%s-e%d: old string matches %d times" % (pid, n, k))
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit("%s-e%d: value not in case" % (pid, n))
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("built %d cases" % len(labels))


if __name__ == "__main__":
    main()
