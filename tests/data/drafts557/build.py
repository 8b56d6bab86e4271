#!/usr/bin/env python3
"""Builds cases/<id>-e1..e6.txt and labels.jsonl from the clean drafts and the edit list below.
Each edit: (case suffix, code, old, new, value, explanation). `old` must occur exactly once in the clean draft;
`value` must occur exactly once in the resulting case and overlap the edited span."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

EDITS = {
    "qingxin-dimingbiaozhi-2021": [
        ("e1", "rate_mismatch", "预算执行率96.26%，", "预算执行率96.62%，", "预算执行率96.62%",
         "prose execution rate: 200.80 / 208.60 = 96.26%, stated 96.62%"),
        ("e2", "balance_mismatch", "结余7.80万元", "结余8.70万元", "结余8.70万元",
         "到位 208.60 − 执行 200.80 = 7.80, stated 8.70"),
        ("e3", "sum_mismatch", "龙颈镇\t243\t35", "龙颈镇\t234\t35", "龙颈镇\t234",
         "township rows now sum to 1797 signs, 合计 row says 1806"),
        ("e4", "score_sum_mismatch", "自评得分97.57分", "自评得分98.57分", "自评得分98.57分",
         "row scores sum to 97.57 (table 合计 97.57), prose total 98.57 (same 优 band)"),
        ("e5", "grade_mismatch", "评价等级为优", "评价等级为良", "评价等级为良",
         "total 97.57 is in the 优 band (≥90)"),
        ("e6", "year_mismatch", "结转至2022年", "结转至2021年", "结转至2021年",
         "unspent money of the 2021 budget cannot be carried to 2021 itself; must be a later year"),
    ],
    "xinning-dimingchengguo-2019": [
        ("e1", "score_exceeds_weight", "11个月\t100%\t5\t5\n", "11个月\t100%\t5\t5.3\n", "11个月\t100%\t5\t5.3",
         "时效指标 row scored 5.3 against a weight of 5 (table total stated in whole points, 99.32 still rounds to 99)"),
        ("e2", "weight_sum_mismatch", "1500册\t100.00%\t10\t10", "1500册\t100.00%\t12\t10", "1500册\t100.00%\t12\t10",
         "weights now total 102 (编印地名录 row 12 instead of 10) while the 合计 row says 100"),
        ("e3", "average_mismatch", "平均每个设置标志106.00块", "平均每个设置标志116.00块", "平均每个设置标志116.00块",
         "636 signs / 6 townships = 106.00"),
        ("e4", "conflicting_values", "共设置各类地名标志636块", "共设置各类地名标志663块", "共设置各类地名标志663块",
         "sign table 合计, township 合计 and the indicator table all give 636块"),
        ("e5", "implausible_rate", "抽检合格率98.50%", "抽检合格率108.50%", "抽检合格率108.50%",
         "a pass rate cannot exceed 100%"),
        ("e6", "unit_mismatch", "地名数据库维护费12.00万元", "地名数据库维护费120000万元", "120000万元",
         "the 12.00万元 item written as its 元 figure with unit 万元; 61.40 + 30.00 + 12.00 = 103.40 only after rescaling by 10^4"),
    ],
    "yinan-xiangcunzhuming-2024": [
        ("e1", "completion_mismatch", "954块\t95.40%", "954块\t94.50%", "954块\t94.50%",
         "954 / 1000 = 95.40%, stated 94.50%"),
        ("e2", "rate_mismatch", "到位率100.00%", "到位率98.00%", "到位率98.00%",
         "到位 138.00 / 全年预算 138.00 = 100.00%"),
        ("e3", "balance_mismatch", "结余25.15万元", "结余21.55万元", "结余21.55万元",
         "138.00 − 112.85 = 25.15, stated 21.55"),
        ("e4", "sum_mismatch", "乡村地名信息采集费22.00万元", "乡村地名信息采集费20.00万元", "乡村地名信息采集费20.00万元",
         "104.00 + 20.00 + 12.00 = 136.00, stated total 138.00"),
        ("e5", "grade_mismatch", "评价等级为良", "评价等级为优", "评价等级为优",
         "total 88.36 is in the 良 band (80–90)"),
        ("e6", "unit_mismatch", "≥150处\t129处", "≥150处\t86%", "≥150处\t86%",
         "target counted in 处, actual given as a percentage: completion cannot be computed"),
    ],
    "mianzhu-minzhengju-2022": [
        ("e1", "score_sum_mismatch", "达成年度指标\t—\t15\t14.6", "达成年度指标\t—\t15\t13.6", "达成年度指标\t—\t15\t13.6",
         "row scores now sum to 97.97, 合计 and prose say 99 (score 13.6 stays inside the 达成 band 12–15)"),
        ("e2", "score_exceeds_weight", "104.56%\t10\t10\n", "104.56%\t10\t10.4\n", "104.56%\t10\t10.4",
         "满意度 row scored 10.4 against a weight of 10 (sum 99.37 still rounds to the stated 99)"),
        ("e3", "weight_sum_mismatch", "102.04%\t5\t5", "102.04%\t6\t5", "102.04%\t6\t5",
         "weights now total 101 (时效指标 row 6 instead of 5)"),
        ("e4", "average_mismatch", "平均涉及地名14.14处", "平均涉及地名15.14处", "平均涉及地名15.14处",
         "99 places / 7 townships = 14.14"),
        ("e5", "conflicting_values", "全年预算1324.80万元，主要用于", "全年预算1342.80万元，主要用于", "全年预算1342.80万元",
         "funds table and section 二 give 全年预算 1324.80万元"),
        ("e6", "completion_mismatch", "4386人\t104.43%", "4386人\t104.34%", "4386人\t104.34%",
         "4386 / 4200 = 104.43%, stated 104.34%"),
    ],
    "yudu-dimingbiaozhi-2025": [
        ("e1", "implausible_rate", "其他资金\t0.00\t0.00\t0.00\t—", "其他资金\t0.00\t0.00\t0.00\t100.00%",
         "其他资金\t0.00\t0.00\t0.00\t100.00%", "execution rate printed on a zero budget base"),
        ("e2", "year_mismatch", "2025年度绩效自评表", "2024年度绩效自评表", "2024年度绩效自评表",
         "the report and all budget sentences are for 2025; the table claims 2024"),
        ("e3", "unit_mismatch", "全年执行128.27万元", "全年执行1282700万元", "1282700万元",
         "128.27万元 written as its 元 figure with unit 万元 (funds table 128.27)"),
        ("e4", "sum_mismatch", "上年结转资金\t0.00\t6.80", "上年结转资金\t6.80\t6.80", "上年结转资金\t6.80",
         "年初 column: 120.00 + 6.80 + 0.00 = 126.80, total row says 120.00"),
        ("e5", "rate_mismatch", "121.47\t96.40%", "121.47\t96.04%", "121.47\t96.04%",
         "121.47 / 126.00 = 96.40%, stated 96.04%"),
        ("e6", "completion_mismatch", "完成率116.00%，", "完成率106.00%，", "完成率106.00%",
         "5.8 / 5 万人次 = 116.00%, stated 106.00% (table row says 116.00%)"),
    ],
}


def main():
    if not os.path.exists(os.path.join(CASES, "qingxin-dimingbiaozhi-2021-clean.txt")):
        subprocess.check_call([sys.executable, os.path.join(HERE, "make_clean.py")])
    lines = []
    for pid, edits in EDITS.items():
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        lines.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for suf, code, old, new, value, expl in edits:
            assert clean.count(old) == 1, (pid, suf, old)
            text = clean.replace(old, new)
            assert text.count(value) == 1, (pid, suf, value)
            with open(os.path.join(CASES, f"{pid}-{suf}.txt"), "w", encoding="utf-8") as f:
                f.write(text)
            lines.append({"case": f"{pid}-{suf}.txt", "source": pid, "clean": False,
                          "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"built {len(lines)} cases")


if __name__ == "__main__":
    main()
