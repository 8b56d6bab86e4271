#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts495 from the clean drafts.

Each edit is (case suffix, code, old, new, value, where, explanation): `old` must occur exactly
once in the clean draft and is replaced by `new` (one contiguous slip); `value` is the exact
substring of the resulting case that carries the error (it must occur exactly once there).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "hunyuan-liangzhongbutie-2021",
    "guanling-zhonggongniuzhan-2019",
    "longchang-zhonggongzhuzhan-bumen-2023",
    "suixian-zhongzhuzhan-2020",
    "balinyouqi-rouniuliangzhong-2025",
]

EDITS = {
    "hunyuan-liangzhongbutie-2021": [
        ("e1", "rate_mismatch", "\t99.33\n\t0\n\t78.40", "\t99.33\n\t0\n\t87.40",
         "87.40", "funds table, row (7) 县区级 column",
         "(7)=(4)/(2) for 县区级: 7.84 / 10.00 = 78.40%, printed 87.40"),
        ("e2", "implausible_rate", "(6)=(3)/(2)\n\t100\n\t100\n\t0", "(6)=(3)/(2)\n\t100\n\t100\n\t100",
         "(6)=(3)/(2)\n\t100\n\t100\n\t100", "funds table, row (6) 中央级 column",
         "到位率 100 printed in the 中央级 column although 中央 全年预算 and 到位 are both empty (zero base)"),
        ("e3", "completion_mismatch", "9460头\n\t105.11%", "9460头\n\t101.51%",
         "9460头\n\t101.51%", "附件1, 肉牛冷配改良头数 完成率",
         "9460 / 9000 = 105.11%, stated 101.51%"),
        ("e4", "year_mismatch", " 2020年12月，省财政提前下达", " 2019年12月，省财政提前下达",
         "2019年12月，省财政提前下达", "prose 三、1",
         "2021 funds issued in December 2019: an advance may only come in the December before the evaluation year (2020)"),
        ("e5", "average_mismatch", "平均58.17%", "平均58.71%",
         "平均58.71%", "prose 三、3",
         "(61.2 + 57.4 + 55.9) / 3 = 58.17%, stated 58.71%"),
        ("e6", "conflicting_values", "全年完成肉牛冷配改良9,460头", "全年完成肉牛冷配改良9,640头",
         "全年完成肉牛冷配改良9,640头", "prose 三、2",
         "prose says 9,640头 improved, 附件1 actual is 9460头"),
    ],
    "guanling-zhonggongniuzhan-2019": [
        ("e1", "sum_mismatch", "设计、监理等其他费用6.20万元", "设计、监理等其他费用6.02万元",
         "其他费用6.02万元", "prose 四（二）2",
         "156.80 + 86.45 + 33.00 + 6.02 = 282.27 ≠ 累计支出 282.45"),
        ("e2", "score_exceeds_weight", "\t93.8%\t10\t10\t\n总分\t\t\t\t\t100\t96.22",
         "\t93.8%\t10\t10.42\t\n总分\t\t\t\t\t100\t96.64",
         "93.8%\t10\t10.42", "附件 自评表, 养殖户满意度 row (and the table total recomputed)",
         "satisfaction scored 10.42 (= 10 × 93.8/90, uncapped) on a weight of 10; total recomputed to 96.64 so the sum still holds"),
        ("e3", "weight_sum_mismatch", "\t13个\t10\t10\t", "\t13个\t12\t10\t",
         "13个\t12\t10", "附件 自评表, 冷配改良覆盖乡镇数 分值",
         "weights 10 + 50 + 32 + 10 = 102 ≠ 100 (row weight 12 instead of 10)"),
        ("e4", "grade_mismatch", "评价等级为“优”", "评价等级为“良”",
         "评价等级为“良”", "prose 三",
         "total 96.22 (and '90分（含）以上') is in the 优 band, stated 良"),
        ("e5", "implausible_rate", "养殖户满意度\t≥90%\t93.8%", "养殖户满意度\t≥90%\t103.8%",
         "养殖户满意度\t≥90%\t103.8%", "附件 自评表, 养殖户满意度 实际完成值",
         "satisfaction of 103.8% is above 100%"),
        ("e6", "unit_mismatch", "种公牛引进33.00万元", "种公牛引进33.00元",
         "种公牛引进33.00元", "prose 四（二）2",
         "12头 × 2.75万元 = 33.00万元 written as 33.00元 (off by 10^4); the breakdown sum is reconciled by the same rescaling"),
    ],
    "longchang-zhonggongzhuzhan-bumen-2023": [
        ("e1", "rate_mismatch", "执行率98.63%", "执行率96.83%",
         "执行率96.83%", "prose 二（二）",
         "财政拨款 383.45 / 388.76 = 98.63%, stated 96.83%"),
        ("e2", "conflicting_values", "全年供应种公猪精液38,460份", "全年供应种公猪精液34,860份",
         "全年供应种公猪精液34,860份", "prose 三（二）1",
         "prose says 34,860份 supplied, the table actual is 38460份"),
        ("e3", "score_sum_mismatch", "38.20  5  4.78", "38.20  5  4.87",
         "38.20  5  4.87", "自评表, 单位公用经费 得分",
         "row scores now sum to 99.30, stated 总分 99.21"),
        ("e4", "average_mismatch", "平均98.17分", "平均98.71分",
         "平均98.71分", "prose 三（三）",
         "(98.5 + 96 + 100) / 3 = 98.17, stated 98.71"),
        ("e5", "year_mismatch", "已结转至2024年", "已结转至2023年",
         "已结转至2023年", "prose 二（二）",
         "unspent 2023 money carried over 'to 2023': carry-over must go to a later year"),
        ("e6", "unit_mismatch", "头  186  10  10", "头  100%  10  10",
         "头  100%", "自评表, 隆昌猪保种核心群母猪存栏 实际完成值",
         "度量单位 头 (target ≥180头) but the actual is written as 100%"),
    ],
    "suixian-zhongzhuzhan-2020": [
        ("e1", "balance_mismatch", "结余6.14万元", "结余6.41万元",
         "结余6.41万元", "prose 二",
         "到位 146.00 − 支出 139.86 = 6.14, stated 6.41"),
        ("e2", "completion_mismatch", "58800份\t98.00%", "58800份\t96.00%",
         "58800份\t96.00%", "附表, 年供应精液 完成率",
         "58800 / 60000 = 98.00%, stated 96.00%"),
        ("e3", "score_exceeds_weight", "\t101.53%\t10\t10\t\n\n合计\t\t\t\t\t\t100\t96.85",
         "\t101.53%\t10\t10.15\t\n\n合计\t\t\t\t\t\t100\t97.00",
         "101.53%\t10\t10.15", "附表, 精液检测合格率 得分 (and the table total recomputed)",
         "score 10.15 (= 10 × 101.53%, uncapped) on a weight of 10; total recomputed to 97.00 so the sum still holds"),
        ("e4", "weight_sum_mismatch", "\t106.67%\t10\t10\t", "\t106.67%\t12\t10\t",
         "106.67%\t12\t10", "附表, 引进种公猪 分值",
         "目标2 weights 12 + 10 + 10 + 10 = 42 ≠ 40 and all weights sum to 102"),
        ("e5", "sum_mismatch", "14,100份", "14,700份",
         "14,700份", "prose 三（二）",
         "16,200 + 15,400 + 14,700 + 13,100 = 59,400 ≠ 合计 58,800"),
        ("e6", "rate_mismatch", "到位率97.33%", "到位率96.33%",
         "到位率96.33%", "prose 二",
         "到位 146.00 / 全年预算 150.00 = 97.33%, stated 96.33%"),
    ],
    "balinyouqi-rouniuliangzhong-2025": [
        ("e1", "grade_mismatch", "评价等级为“良”", "评价等级为“优”",
         "评价等级为“优”", "prose 四",
         "total 88.55 is in the 良 band (80–90), stated 优"),
        ("e2", "score_sum_mismatch", "55.2%\t92.00%\t10\t9.20", "55.2%\t92.00%\t10\t9.02",
         "92.00%\t10\t9.02", "附件 自评表, 冷配情期受胎率 得分",
         "row scores now sum to 88.37, stated 总分 88.55 (prose and table)"),
        ("e3", "conflicting_values", "完成冷配改良母牛27,540头", "完成冷配改良母牛27,450头",
         "完成冷配改良母牛27,450头", "prose 三（一）",
         "prose says 27,450头, the table actual is 27540头"),
        ("e4", "unit_mismatch", "冻精补贴57.60万元", "冻精补贴576000万元",
         "冻精补贴576000万元", "prose 二（二）",
         "38,400剂 × 15元 = 576,000元 = 57.60万元, written as 576000万元 (a 元 figure labelled 万元)"),
        ("e5", "completion_mismatch", "27540头\t91.80%", "27540头\t98.10%",
         "27540头\t98.10%", "附件 自评表, 冷配改良母牛 完成率",
         "27540 / 30000 = 91.80%, stated 98.10%"),
        ("e6", "balance_mismatch", "未支出39.48万元", "未支出39.84万元",
         "未支出39.84万元", "prose 二（二）",
         "全年预算 210.00 − 支出 170.52 = 39.48 carried over, stated 39.84"),
    ],
}


def main():
    labels = []
    for src in SOURCES:
        clean = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for suffix, code, old, new, value, where, expl in EDITS[src]:
            if clean.count(old) != 1:
                raise SystemExit(f"{src}-{suffix}: old text occurs {clean.count(old)} times")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                raise SystemExit(f"{src}-{suffix}: value occurs {text.count(value)} times")
            name = f"{src}-{suffix}.txt"
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
