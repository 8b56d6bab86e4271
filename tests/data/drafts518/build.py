#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts518 from the clean drafts and the edit list below.

Each edit is (case suffix, code, old, new, value, where, explanation): `old` must occur exactly once in the
clean draft and is replaced by `new`; `value` is the labelled substring (it must occur exactly once in the
error case and overlap the edit). The clean drafts themselves are in cases/<id>-clean.txt (written once by
src/draft_*.py; build.py does not touch them).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "ha-luoyang-shzzfuhua-2019",
    "gx-liuzhou-goumaifuwu-2021",
    "sc-mianyang-gongyichuangtou-2023",
    "hb-yichang-shzzzhongxin-bumen-2024",
    "jx-jiujiang-wushelian-2025",
]

EDITS = {
    "ha-luoyang-shzzfuhua-2019": [
        ("e1", "completion_mismatch", "\t108.33%", "\t103.83%", "103.83%", "附件1 自评表, 培训场次 完成率 cell",
         "开展能力建设培训场次: actual 26场 / target ≥24场 = 108.33%, stated 103.83%"),
        ("e2", "balance_mismatch", "年末结余7.38万元", "年末结余7.83万元", "年末结余7.83万元", "funds prose",
         "到位 135.00 - 执行 127.62 = 7.38万元 (funds table row (5) also 7.38), stated 7.83"),
        ("e3", "year_mismatch", "截至2019年12月31日", "截至2018年12月31日", "截至2018年12月31日", "效益 prose",
         "a status 'as at 31 December' in the 2019 report must name 2019; 2018 is the cohort's exit year"),
        ("e4", "sum_mismatch", "基地水电物业费7.36万元", "基地水电物业费6.36万元", "基地水电物业费6.36万元", "funds prose",
         "全年实际支出127.62 = 110.40 + 9.86 + 6.36 = 126.62: the parts no longer add up (should be 7.36)"),
        ("e5", "rate_mismatch", "\t93.58\n", "\t95.38\n", "95.38", "funds table (7)=(4)/(2), 市级 column",
         "市级 执行 107.62 / 全年 115.00 = 93.58%, stated 95.38"),
        ("e6", "unit_mismatch", "（1104000元）", "（1104000万元）", "1104000万元", "funds prose",
         "合同总金额110.40万元 restated as 1104000 with the unit 万元 instead of 元: off by 10^4"),
    ],
    "gx-liuzhou-goumaifuwu-2021": [
        ("e1", "score_exceeds_weight", "93.8%\t104.22%\t10\t10\t&nbsp;\n总分\t\t\t\t\t\t100\t97.48",
         "93.8%\t104.22%\t10\t12\t&nbsp;\n总分\t\t\t\t\t\t100\t99.48", "104.22%\t10\t12", "自评表, 满意度 row (total recalculated)",
         "服务对象满意度 weight 10 scored 12 (the 总分 row was recalculated to 99.48, so the sum still holds)"),
        ("e2", "implausible_rate", "有效回收率97%", "有效回收率107%", "有效回收率107%", "满意度 prose",
         "485 valid of 500 questionnaires: a recovery rate cannot exceed 100% (485/500 = 97%)"),
        ("e3", "unit_mismatch", "2021年10月底前\t2021年9月24日", "2021年10月底前\t100%", "2021年10月底前\t100%",
         "自评表, 时效指标 row", "target is a deadline (2021年10月底前), actual written as a percentage"),
        ("e4", "completion_mismatch", "完成目标的95%", "完成目标的98%", "完成目标的98%", "效益 prose",
         "培育社区社会组织 57家 / target 60家 = 95%, stated 98%"),
        ("e5", "average_mismatch", "平均合同金额48.00万元", "平均合同金额46.00万元", "平均合同金额46.00万元", "合同 prose",
         "4 contracts totalling 192.00万元 (68.00 + 52.00 + 45.60 + 26.40): average 48.00, stated 46.00"),
        ("e6", "conflicting_values", "服务覆盖46个社区", "服务覆盖64个社区", "服务覆盖64个社区", "产出 prose",
         "自评表 gives 服务覆盖社区数 46个; the prose now says 64"),
    ],
    "sc-mianyang-gongyichuangtou-2023": [
        ("e1", "average_mismatch", "平均每个项目4.38万元", "平均每个项目4.83万元", "平均每个项目4.83万元", "资金使用 prose",
         "140.00万元 / 32个 = 4.375 -> 4.38 (ROUND_HALF_UP), stated 4.83"),
        ("e2", "grade_mismatch", "评价等级为“优”", "评价等级为“良”", "评价等级为“良”", "评价结论 prose",
         "total 99.59 is in the 优 band (>= 90)"),
        ("e3", "balance_mismatch", "配套资金结余1.40万元", "配套资金结余1.04万元", "配套资金结余1.04万元",
         "结余 prose (after the page footer)", "配套 20.00 - 支出 18.60 = 1.40万元, stated 1.04"),
        ("e4", "implausible_rate", "财政专户管理资金         0.00           0.00           0.00           —        —",
         "财政专户管理资金         0.00           0.00           0.00           —        100.00%", "—        100.00%",
         "自评表 funds block, 财政专户管理资金 执行率", "a 100.00% execution rate on a zero base (全年预算 0.00)"),
        ("e5", "score_sum_mismatch", "100  99.59", "100  99.95", "99.95", "自评表 总分 row",
         "row scores 9.70 + 12 + 10 + 10 + 7.89 + 10 + 10 + 10 + 10 + 10 = 99.59, 总分 cell 99.95"),
        ("e6", "year_mismatch", "结转至2024年支付", "结转至2023年支付", "结转至2023年支付", "结余 prose",
         "money of the 2023 budget cannot be carried over to 2023 itself (the payment is due in 2024)"),
    ],
    "hb-yichang-shzzzhongxin-bumen-2024": [
        ("e1", "weight_sum_mismatch", "产出指标40分", "产出指标45分", "产出指标45分", "自评结果 prose",
         "stated level weights 20 + 45 + 30 + 10 = 105; the table's 产出 rows weigh 10 + 10 + 10 + 10 = 40"),
        ("e2", "grade_mismatch", "评价等级为“优”", "评价等级为“良”", "评价等级为“良”", "自评结果 prose",
         "total 98.34 is in the 优 band (>= 90)"),
        ("e3", "conflicting_values", "完成社会组织等级评估126家", "完成社会组织等级评估162家",
         "完成社会组织等级评估162家", "产出 prose", "自评表 gives 完成社会组织等级评估数 126家; the prose now says 162"),
        ("e4", "rate_mismatch", "\t91.75%", "\t97.15%", "97.15%", "funds table, 等级评估及年报审计 row",
         "73.40 / 80.00 = 91.75%, stated 97.15%"),
        ("e5", "score_sum_mismatch", "达成年度指标\t—\t10\t9", "达成年度指标\t—\t10\t8.5", "达成年度指标\t—\t10\t8.5",
         "自评表, qualitative row", "qualitative row rescored 8.5 (inside its band) but 合计 98.34 and the prose "
         "total were not updated: row scores now add to 97.84"),
        ("e6", "sum_mismatch", "合同金额均为18.00万元", "合同金额均为16.00万元", "合同金额均为16.00万元", "合同 prose",
         "评估审计 spent 73.40 = 37.40 (评估前两期) + 2 x 18.00 (审计); with 2 x 16.00 the parts add to 69.40"),
    ],
    "jx-jiujiang-wushelian-2025": [
        ("e1", "score_exceeds_weight", "\t107.11%\n\t10\n\t10\n\t\n\n\t总分\n\t\n\t\n\t\n\t\n\t\n\t100\n\t98.12",
         "\t107.11%\n\t10\n\t11\n\t\n\n\t总分\n\t\n\t\n\t\n\t\n\t\n\t100\n\t99.12", "107.11%\n\t10\n\t11",
         "自评表 (one cell a line), 满意度 row (total recalculated)",
         "服务对象满意度 weight 10 scored 11 (the 总分 cell was recalculated to 99.12, so the sum still holds)"),
        ("e2", "weight_sum_mismatch", "达成年度指标\n\t—\n\t10\n\t9", "达成年度指标\n\t—\n\t11\n\t9", "达成年度指标\n\t—\n\t11",
         "自评表, qualitative row", "社区治理参与度 weight 11: the weights add to 101 against the 总分 100"),
        ("e3", "unit_mismatch", "每个项目2000元（0.2万元）", "每个项目2000万元（0.2万元）", "2000万元", "微创投 prose",
         "2000元 written as 2000万元 beside its own restatement 0.2万元: off by 10^4"),
        ("e4", "year_mismatch", "已于2024年12月提前下达", "已于2023年12月提前下达", "已于2023年12月提前下达",
         "资金 prose", "an advance for the 2025 budget is issued in December 2024, not December 2023"),
        ("e5", "rate_mismatch", "\t95.80%", "\t95.08%", "95.08%", "自评表 funds block, 当年财政拨款 执行率",
         "143.70 / 150.00 = 95.80%, stated 95.08%"),
        ("e6", "sum_mismatch", "28.00万元、24.00万元", "26.00万元、24.00万元", "26.00万元", "合同 prose",
         "36.00 + 32.00 + 26.00 + 24.00 + 20.00 = 138.00, stated 合计140.00 (and the 134.00 paid no longer adds up)"),
    ],
}


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for suffix, code, old, new, value, where, expl in EDITS[src]:
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src}-{suffix}: old text occurs {n} times")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit(f"{src}-{suffix}: value occurs {text.count(value)} times")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False, "expected": [
                {"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
