#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts502 from the clean drafts.

Each edit is (old, new, code, value, explanation): `old` must occur exactly once in the clean
draft; the error case is the clean draft with that one occurrence replaced by `new`; `value` is
the exact substring of the error case (occurring once) that carries the changed figure.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "js-kunshan-duitaijiaoliu-2023",
    "gd-xiangzhou-gangaojiaoliu-2019",
    "sc-mianyang-taiban-bumen-2022",
    "hn-changde-gangaotai-2021",
    "sd-weifang-lutaijingmao-2024",
]

EDITS = {
    "js-kunshan-duitaijiaoliu-2023": [
        ("185.32｜—｜96.22%", "185.32｜—｜92.62%", "rate_mismatch",
         "185.32｜—｜92.62%",
         "当年财政拨款 execution rate: 185.32 / 192.60 = 96.22%, stated 92.62%"),
        ("31.20｜5.20", "31.20｜5.60", "average_mismatch",
         "31.20｜5.60",
         "实习就业见习活动 per-event cost: 31.20万元 / 6场 = 5.20万元, stated 5.60"),
        ("运行维护费42.50万元", "运行维护费425000万元", "unit_mismatch",
         "运行维护费425000万元",
         "use breakdown 128.84 + 425000 + 26.38 ≠ 197.72; with 425000 read as 元 (42.50万元) it holds: money unit off by 10^4"),
        ("2530人次｜126.50%", "2530人次｜125.60%", "completion_mismatch",
         "2530人次｜125.60%",
         "参与活动台胞人次: 2530 / 2000 = 126.50%, stated 125.60%"),
        ("结转至2024年继续使用", "结转至2023年继续使用", "year_mismatch",
         "结转至2023年继续使用",
         "unspent money of the 2023 budget is carried to 2023 itself; must be a later year (2024)"),
        ("收回572份，回收率95.33%", "收回632份，回收率105.33%", "implausible_rate",
         "收回632份，回收率105.33%",
         "632 questionnaires returned of 600 issued: 回收率 105.33% is arithmetically right but above 100%"),
    ],
    "gd-xiangzhou-gangaojiaoliu-2019": [
        ("结余1.90万元", "结余1.09万元", "balance_mismatch",
         "结余1.09万元",
         "交流活动经费: 64.00 − 62.10 = 1.90, stated 1.09"),
        ("240\t160\t28.80", "240\t170\t28.80", "sum_mismatch",
         "粤港澳青少年夏令营\t2\t240\t170",
         "其中港澳人员 column: 170 + 60 + 150 + 180 = 560 ≠ 合计 550"),
        ("常态化交流合作机制\t15", "常态化交流合作机制\t16", "weight_sum_mismatch",
         "常态化交流合作机制\t16",
         "weights now total 101 (效益 rows 15 + 16 = 31 against the stated 效益指标权重30分)"),
        ("属于“优秀”", "属于“良好”", "grade_mismatch",
         "属于“良好”",
         "total 97.91 is in the 优 band (≥90), stated 良好"),
        ("(6)=(3)/(2)\t100\t100\t0", "(6)=(3)/(2)\t100\t100\t100", "implausible_rate",
         "预算到位率(%)\t(6)=(3)/(2)\t100\t100\t100",
         "省级 column has a zero budget (0 / 0): a 到位率 of 100 on a zero base is implausible (0 is tolerated)"),
        ("698元\t100%\t12.5", "698元\t100%\t11.5", "score_sum_mismatch",
         "698元\t100%\t11.5",
         "row scores now sum to 96.91 (产出 49), stated 总得分97.91 and 产出 得50分"),
    ],
    "sc-mianyang-taiban-bumen-2022": [
        ("77.62｜94.66%", "77.62｜96.46%", "rate_mismatch",
         "77.62｜96.46%",
         "对台交流活动经费: 77.62 / 82.00 = 94.66%, stated 96.46%"),
        ("部门全年预算数544.45万元", "部门全年预算数545.44万元", "conflicting_values",
         "部门全年预算数545.44万元",
         "overview states 545.44万元; the budget tables and text elsewhere give 544.45万元 for the same 全年预算数"),
        ("103.68%｜10\n｜时效指标｜办理时限｜10｜≤15天｜11天｜100%｜10",
         "103.68%｜11\n｜时效指标｜办理时限｜10｜≤15天｜11天｜100%｜9", "score_exceeds_weight",
         "诉求办结率｜10｜≥95%｜98.50%｜103.68%｜11",
         "诉求办结率 scored 11 against a weight of 10 (办理时限 lowered to 9, so the 产出 and total still read 51.30 / 86.86)"),
        ("新增台资项目落户｜10", "新增台资项目落户｜12", "weight_sum_mismatch",
         "新增台资项目落户｜12",
         "weights now total 102 (效益 rows 32 against 效益指标分值30分; 绩效指标 92 against 90)"),
        ("评价等级为良好", "评价等级为优秀", "grade_mismatch",
         "评价等级为优秀",
         "total 86.86 is in the 良 band (80–90), stated 优秀"),
        ("公用经费｜43.60", "公用经费｜45.60", "sum_mismatch",
         "公用经费｜45.60",
         "年初预算数: 人员经费 342.60 + 公用经费 45.60 = 388.20 ≠ 基本支出 386.20"),
    ],
    "hn-changde-gangaotai-2021": [
        ("分别得15分、15分", "分别得16分、14分", "score_exceeds_weight",
         "分别得16分、14分",
         "交流活动场次 (分值15分) scored 16; 参与人次 lowered to 14 so the 产出 total still reads 49.68"),
        ("平均每场74.67人次", "平均每场76.47人次", "average_mismatch",
         "平均每场76.47人次",
         "672人次 / 9场 = 74.67, stated 76.47"),
        ("结余3.60万元", "结余3.06万元", "balance_mismatch",
         "结余3.06万元",
         "到位 72.00 − 支出 68.40 = 3.60, stated 3.06"),
        ("截至2021年12月31日", "截至2020年12月31日", "year_mismatch",
         "截至2020年12月31日",
         "a 2021 report states its spending as of 31 Dec 2020"),
        ("实际9场，完成率112.50%", "实际100%，完成率112.50%", "unit_mismatch",
         "实际100%，完成率112.50%",
         "交流活动场次: target ≥8场, actual given as 100% — units differ, completion cannot be computed"),
        ("实际6个，完成率120.00%", "实际6个，完成率102.00%", "completion_mismatch",
         "实际6个，完成率102.00%",
         "促成经贸合作意向项目: 6 / 5 = 120.00%, stated 102.00%"),
    ],
    "sd-weifang-lutaijingmao-2024": [
        ("产出指标合计得49.50分", "产出指标合计得49.05分", "score_sum_mismatch",
         "产出指标合计得49.05分",
         "产出 rows 10 + 10 + 9.50 + 10 + 10 = 49.50, stated 49.05"),
        ("共邀请台湾嘉宾620人次参会", "共邀请台湾嘉宾602人次参会", "conflicting_values",
         "共邀请台湾嘉宾602人次参会",
         "overview says 602 Taiwan guests at the 洽谈会 main event; the activity table gives 620 for the same event"),
        ("财政资金结余6.64万元", "财政资金结余6.46万元", "balance_mismatch",
         "财政资金结余6.46万元",
         "当年财政拨款 248.00 − 241.36 = 6.64, stated 6.46"),
        ("\t14\t3150\t1430", "\t14\t3510\t1430", "sum_mismatch",
         "合计\t14\t3510\t1430",
         "参与人数 column: 1860 + 480 + 270 + 540 = 3150, 合计 stated 3510"),
        ("97.30%\t102.42%", "97.30%\t101.42%", "completion_mismatch",
         "97.30%\t101.42%",
         "台胞台企诉求办结率: 97.30 / 95 = 102.42%, stated 101.42%"),
        ("27.50\t—\t91.67%", "27.50\t—\t96.17%", "rate_mismatch",
         "27.50\t—\t96.17%",
         "其他资金 execution rate: 27.50 / 30.00 = 91.67%, stated 96.17%"),
    ],
}


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for i, (old, new, code, value, expl) in enumerate(EDITS[src], 1):
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src} e{i}: old text occurs {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            if text.count(value) != 1:
                sys.exit(f"{src} e{i}: value occurs {text.count(value)} times: {value!r}")
            name = f"{src}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
