#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one edit (one exact old -> new replacement, the old string
must occur exactly once in the clean draft).  The label value is an exact substring of the error case that
contains the changed figure or word.  Run: python3 build.py && python3 verify.py
"""
import json
import os

ROOT = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(ROOT, "cases")

# id -> list of edits: (code, where, old, new, value, explanation)
EDITS = {
    "sx-hongtong-jiuzhuzhan-2021": [
        ("rate_mismatch", "table",
         "\t94.52\n",
         "\t95.42\n",
         "95.42",
         "funds table row (7) 县区级: 全年执行 62.38 / 全年预算 66.00 = 94.52%, printed 95.42"),
        ("sum_mismatch", "table",
         "\t(1)\n\t86.00\n\t86.00\n\t\n\t20.00",
         "\t(1)\n\t86.00\n\t86.00\n\t\n\t26.00",
         "(1)\n\t86.00\n\t86.00\n\t\n\t26.00",
         "funds table row (1) 年初预算: 财政资金小计 86.00 but 省级 26.00 + 县区级 66.00 = 92.00"),
        ("completion_mismatch", "table",
         "\t88.6%\n\t104.24%",
         "\t88.6%\n\t102.44%",
         "88.6%\n\t102.44%",
         "附件1 返乡（寻亲）成功率: 88.6% / 85% = 104.24%, stated 102.44%"),
        ("average_mismatch", "prose",
         "季度平均261.5人次",
         "季度平均216.5人次",
         "季度平均216.5人次",
         "(268 + 231 + 247 + 300) / 4 = 261.5, stated 216.5"),
        ("grade_mismatch", "prose",
         "属于“优秀”",
         "属于“良好”",
         "95.90分，属于“良好”",
         "total 95.90 is in the 优 band (>= 90), stated 良好"),
        ("year_mismatch", "prose",
         " 2021年全年预算资金104.50万元",
         " 2020年全年预算资金104.50万元",
         "2020年全年预算资金104.50万元",
         "the budget sentence of the 2021 report (title, 附件1 and table all 2021) names 2020"),
    ],
    "sc-dazhou-tongchuan-jiuzhu-2023": [
        ("score_exceeds_weight", "table",
         "441\t15\t15\t\n\t\t可持续影响指标\t救助管理长效机制\t定性\t健全\t—\t基本健全\t15\t12\t",
         "441\t15\t16\t\n\t\t可持续影响指标\t救助管理长效机制\t定性\t健全\t—\t基本健全\t15\t11\t",
         "441\t15\t16",
         "返乡及寻亲成功人数: score 16 above its weight 15 (next row lowered 12 -> 11 so the total still reads 96.28)"),
        ("weight_sum_mismatch", "table",
         "\t25\t10\t10\t",
         "\t25\t12\t10\t",
         "25\t12\t10",
         "时效指标 weight 12: weights now total 102 (execution 10 + indicators 92) against 合计 100"),
        ("sum_mismatch", "prose",
         "受助人员生活费及医疗救治费21.30万元",
         "受助人员生活费及医疗救治费21.80万元",
         "受助人员生活费及医疗救治费21.80万元",
         "12.46 + 21.80 + 2.97 + 16.64 = 53.87, stated total 全年支出 53.37"),
        ("unit_mismatch", "prose",
         "区财政追加预算7.60万元",
         "区财政追加预算76000万元",
         "76000万元",
         "the 7.60万元 addition written as 76000 (元) with the unit 万元: 48.00 + 76000 != 55.60, reconciled by 10^4"),
        ("conflicting_values", "prose",
         "全年救助流浪乞讨人员587人次",
         "全年救助流浪乞讨人员578人次",
         "救助流浪乞讨人员578人次",
         "prose 578人次 vs 587 in the 自评表 (the figure the 14.68 score is computed from)"),
        ("score_sum_mismatch", "table",
         "基本健全\t15\t12\t",
         "基本健全\t15\t13\t",
         "基本健全\t15\t13\t部门联动转介机制仍需完善\n合计\t\t\t\t\t\t\t\t100\t96.28",
         "9.60 + 15 + 14.68 + 10 + 10 + 10 + 15 + 13 = 97.28, 合计 (and text) 96.28"),
    ],
    "hn-yueyang-zhiliuanzhi-2022": [
        ("implausible_rate", "table",
         "<td>其他资金</td><td>0.00</td><td>0.00</td><td>0.00</td><td>—</td><td>—</td>",
         "<td>其他资金</td><td>0.00</td><td>0.00</td><td>0.00</td><td>—</td><td>100.00%</td>",
         "0.00</td><td>—</td><td>100.00%",
         "其他资金 全年预算 0.00: an execution rate of 100.00% on a zero base"),
        ("rate_mismatch", "prose",
         "到位率100%",
         "到位率98%",
         "到位率98%",
         "到位 131.80 / 全年预算 131.80 = 100%, stated 98%"),
        ("balance_mismatch", "prose",
         "未执行的7.14万元",
         "未执行的7.41万元",
         "未执行的7.41万元",
         "到位 131.80 - 支出 124.66 = 7.14, stated 7.41"),
        ("average_mismatch", "prose",
         "平均每家9.5人",
         "平均每家9.8人",
         "平均每家9.8人",
         "(12 + 9 + 10 + 7) / 4 = 9.5, stated 9.8"),
        ("unit_mismatch", "table",
         "<td>滞留人员DNA采集比对覆盖率</td><td>100%</td><td>100%</td>",
         "<td>滞留人员DNA采集比对覆盖率</td><td>100%</td><td>38人</td>",
         "<td>100%</td><td>38人",
         "DNA采集比对覆盖率: target in %, actual in 人"),
        ("year_mismatch", "table",
         "（2022年度）",
         "（2021年度）",
         "（2021年度）",
         "自评表 header says 2021年度 in the 2022 report"),
    ],
    "hb-xiaogan-jiuzhuzhan-bumen-2020": [
        ("grade_mismatch", "prose",
         "等级为“良”",
         "等级为“优”",
         "89.21分，等级为“优”",
         "89.21 is in the 良 band (80 <= s < 90), stated 优"),
        ("score_exceeds_weight", "table",
         "35分钟 4.29\n服务对象满意度 10 ≥90% 94% 10\n",
         "35分钟 5.29\n服务对象满意度 10 ≥90% 94% 9\n",
         "35分钟 5.29",
         "巡查到场时间: score 5.29 above its weight 5 (satisfaction row lowered 10 -> 9 so 小计 24.29 and 合计 still hold)"),
        ("weight_sum_mismatch", "table",
         "人均返乡交通补助 5 ≤300元",
         "人均返乡交通补助 8 ≤300元",
         "人均返乡交通补助 8 ≤300元 268元 5\n小计 25 19.83",
         "目标2 weights 10 + 10 + 8 = 28 against 小计 25 (and 合计 103 against 100)"),
        ("implausible_rate", "table",
         "≥90% 94% 10",
         "≥90% 104% 10",
         "≥90% 104%",
         "服务对象满意度 104%: a satisfaction rate above 100%"),
        ("conflicting_values", "prose",
         "全年共救助流浪乞讨人员1236人次",
         "全年共救助流浪乞讨人员1263人次",
         "救助流浪乞讨人员1263人次",
         "text 1263人次 vs 1236人次 in 表2 (the figure the 8.24 score is computed from)"),
        ("sum_mismatch", "table",
         "项目支出 85.60 18.50",
         "项目支出 58.60 18.50",
         "项目支出 58.60 18.50 104.10",
         "表1 年初: 226.80 + 58.60 = 285.40 against 合计 312.40; row 58.60 + 18.50 = 77.10 against 104.10"),
    ],
    "fj-jiaocheng-liulangjiuzhu-2019": [
        ("score_sum_mismatch", "table",
         "96.2% | 10 | 10 | \n总分",
         "96.2% | 10 | 9.5 | \n总分",
         "96.2% | 10 | 9.5 | \n总分 |  |  |  |  |  | 100 | 96.75",
         "9.25 + 50 + 15 + 12.5 + 9.5 = 96.25, 总分 (and text) 96.75"),
        ("completion_mismatch", "prose",
         "完成年度目标的113.00%",
         "完成年度目标的131.00%",
         "完成年度目标的131.00%",
         "452 / 400 = 113.00%, stated 131.00%"),
        ("year_mismatch", "prose",
         "结转至2020年使用",
         "结转至2019年使用",
         "结转至2019年使用",
         "the 2019 balance is carried over to 2019 itself"),
        ("implausible_rate", "prose",
         "重点区域覆盖率100%",
         "重点区域覆盖率110%",
         "重点区域覆盖率110%",
         "a coverage rate above 100%"),
        ("unit_mismatch", "table",
         "≤1300元 | 1268元",
         "≤1300元 | 97.5%",
         "≤1300元 | 97.5%",
         "人均救助支出: target in 元, actual in %"),
        ("balance_mismatch", "prose",
         "年末结余4.65万元",
         "年末结余4.56万元",
         "年末结余4.56万元",
         "全年预算 62.00 - 执行 57.35 = 4.65, stated 4.56"),
    ],
}

ORDER = [
    "sx-hongtong-jiuzhuzhan-2021",
    "sc-dazhou-tongchuan-jiuzhu-2023",
    "hn-yueyang-zhiliuanzhi-2022",
    "hb-xiaogan-jiuzhuzhan-bumen-2020",
    "fj-jiaocheng-liulangjiuzhu-2019",
]


def main():
    labels = []
    for sid in ORDER:
        clean_name = f"{sid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": sid, "clean": True, "expected": []})
        for i, (code, where, old, new, value, expl) in enumerate(EDITS[sid], 1):
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{sid} e{i}: old string occurs {n} times")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{sid} e{i}: value not in error case")
            if text.count(value) != 1:
                raise SystemExit(f"{sid} e{i}: value occurs {text.count(value)} times")
            name = f"{sid}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": sid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
