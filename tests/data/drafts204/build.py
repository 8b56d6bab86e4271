#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of set n204 from the clean drafts.

Each clean draft is cases/<id>-clean.txt.  EDITS below lists, per draft, six single
replacements (old -> new).  `old` must occur exactly once in the clean draft; the
result is written to cases/<id>-eN.txt and labelled with one expected finding.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# id -> list of (code, place, old, new, value, explanation); place is "table" or "prose"
EDITS = {
    "pujiang-datashare-2022": [
        ("sum_mismatch", "table",
         "其中：当年财政拨款｜86.00｜92.30｜87.96｜",
         "其中：当年财政拨款｜86.00｜92.30｜87.69｜",
         "87.69",
         "执行数 column: 当年财政拨款 87.69 + 上年结转 6.20 + 其他 0.00 = 93.89, but 年度资金总额 is 94.16 (should be 87.96)"),
        ("balance_mismatch", "prose",
         "未支出的4.34万元",
         "未支出的4.43万元",
         "4.43万元",
         "全年预算 98.50 - 实际支出 94.16 = 4.34万元, stated 4.43万元"),
        ("completion_mismatch", "prose",
         "完成年度指标的98.53%",
         "完成年度指标的98.35%",
         "98.35%",
         "按时响应率 93.6% against target ≥95%: 93.6/95 = 98.53%, stated 98.35%"),
        ("score_exceeds_weight", "table",
         "｜1.56亿条｜8｜8｜疫情防控、医保结算数据交换增加，目标偏低，2023年调整\n产出指标｜数量指标｜归集数据目录数｜≥800条｜862条｜6｜6｜",
         "｜1.56亿条｜8｜6｜疫情防控、医保结算数据交换增加，目标偏低，2023年调整\n产出指标｜数量指标｜归集数据目录数｜≥800条｜862条｜6｜8｜",
         "862条｜6｜8",
         "scores of two adjacent rows swapped: 归集数据目录数 gets 8 points against a weight of 6 (total unchanged)"),
        ("weight_sum_mismatch", "table",
         "｜健全｜基本健全｜10｜9｜",
         "｜健全｜基本健全｜11｜9｜",
         "基本健全｜11｜9",
         "weights now add to 101 (效益 rows 10 + 10 + 11 = 31 instead of 30)"),
        ("year_mismatch", "table",
         "附件\n2022年度项目支出绩效自评表",
         "附件\n2021年度项目支出绩效自评表",
         "2021年度项目支出绩效自评表",
         "the report and its funds are for 2022, the attached 自评表 is titled 2021"),
    ],
    "fanxian-hotline-2023": [
        ("rate_mismatch", "prose",
         "按时办结率93.78%",
         "按时办结率93.87%",
         "按时办结率93.87%",
         "按时办结 3.92万件 / 转办工单 4.18万件 = 93.78%, stated 93.87%"),
        ("score_sum_mismatch", "prose",
         "自评得分为98.96分",
         "自评得分为98.69分",
         "98.69分",
         "9.40 + 49.56 + 30 + 10 = 98.96, stated total 98.69"),
        ("weight_sum_mismatch", "prose",
         "分值分别为10分、50分、30分和10分",
         "分值分别为10分、50分、30分和15分",
         "10分、50分、30分和15分",
         "first-level weights 10 + 50 + 30 + 15 = 105, not 100"),
        ("average_mismatch", "prose",
         "全年平均95.1%",
         "全年平均95.6%",
         "全年平均95.6%",
         "(94.2 + 95.6 + 95.0 + 95.6) / 4 = 95.1%, stated 95.6%"),
        ("completion_mismatch", "prose",
         "完成目标的95.63%",
         "完成目标的96.53%",
         "96.53%",
         "回访率 76.5% against target ≥80%: 76.5/80 = 95.63%, stated 96.53%"),
        ("implausible_rate", "prose",
         "目标不低于95%，实际97.3%",
         "目标不低于95%，实际107.3%",
         "107.3%",
         "热线接通率 cannot exceed 100%"),
    ],
    "beibei-govcloud-2021": [
        ("completion_mismatch", "table",
         "｜3360核｜112.00%｜",
         "｜3360核｜121.00%｜",
         "121.00%",
         "vCPU 3360核 against ≥3000核: 3360/3000 = 112.00%, stated 121.00%"),
        ("score_exceeds_weight", "table",
         "｜640TB｜106.67%｜7｜7｜\n产出指标｜质量指标｜云平台服务可用性｜≥99.9%｜99.95%｜100.05%｜8｜8｜",
         "｜640TB｜106.67%｜7｜8｜\n产出指标｜质量指标｜云平台服务可用性｜≥99.9%｜99.95%｜100.05%｜8｜7｜",
         "106.67%｜7｜8",
         "scores of two adjacent rows swapped: 提供存储资源 gets 8 points against a weight of 7 (total unchanged)"),
        ("rate_mismatch", "table",
         "｜373.52｜—｜98.29%｜",
         "｜373.52｜—｜98.92%｜",
         "98.92%",
         "当年财政拨款 373.52 / 380.00 = 98.29%, stated 98.92%"),
        ("conflicting_values", "prose",
         "累计提供vCPU 3360核",
         "累计提供vCPU 3630核",
         "3630核",
         "the text gives 3630核 of vCPU, the indicator table 3360核 (from which 112.00% is computed)"),
        ("balance_mismatch", "prose",
         "剩余6.48万元",
         "剩余6.84万元",
         "6.84万元",
         "全年预算 396.00 - 全年支出 389.52 = 6.48万元, stated 6.84万元"),
        ("grade_mismatch", "prose",
         "评价等级为\"良\"",
         "评价等级为\"优\"",
         "评价等级为\"优\"",
         "total 89.08 is in the 良 band (80 ≤ s < 90), stated 优"),
    ],
    "jiyang-govcentre-2024": [
        ("rate_mismatch", "table",
         "｜287.46｜94.62%",
         "｜287.46｜94.26%",
         "94.26%",
         "项目支出 287.46 / 303.80 = 94.62%, stated 94.26%"),
        ("implausible_rate", "table",
         "｜≥85%｜88.7%｜",
         "｜≥85%｜108.7%｜",
         "108.7%",
         "\"一网通办\"网办率 cannot exceed 100%"),
        ("conflicting_values", "table",
         "｜≥18万件｜21.4万件｜",
         "｜≥18万件｜24.1万件｜",
         "24.1万件",
         "the table gives 全年办件量 24.1万件, the text 21.4万件 (with growth 14.44% over 18.7万件)"),
        ("unit_mismatch", "prose",
         "支出96.48万元",
         "支出964800万元",
         "964800万元",
         "the 劳务派遣 spending in 元 (964800元 = 96.48万元) labelled 万元: items no longer add to 287.46 and 108.00 - 96.48 = 11.52 结余; off by 10^4"),
        ("average_mismatch", "prose",
         "平均每个区域262人次",
         "平均每个区域272人次",
         "平均每个区域272人次",
         "(312 + 268 + 206) / 3 = 262, stated 272"),
        ("year_mismatch", "prose",
         "结转至2025年",
         "结转至2024年",
         "结转至2024年",
         "the unspent part of the 2024 budget is carried over to 2024 itself"),
    ],
    "wulatezhong-elicense-2020": [
        ("unit_mismatch", "table",
         "｜2020年10月31日前｜2020年9月28日｜",
         "｜2020年10月31日前｜100%｜",
         "2020年10月31日前｜100%",
         "target is a date, actual a percentage"),
        ("sum_mismatch", "table",
         "旗本级财政资金｜58.00｜58.00｜46.48｜",
         "旗本级财政资金｜58.00｜58.00｜46.84｜",
         "46.84",
         "执行数 column: 旗本级 46.84 + 自治区补助 6.00 = 52.84, but 年度资金总额 is 52.48 (should be 46.48)"),
        ("score_sum_mismatch", "table",
         "｜100｜87.78｜",
         "｜100｜87.87｜",
         "87.87",
         "8.20 + 10 + 10 + 6 + 10 + 10 + 6.2 + 9.6 + 8 + 9.78 = 87.78, stated total 87.87"),
        ("grade_mismatch", "prose",
         "本项目自评等级为良好",
         "本项目自评等级为优秀",
         "自评等级为优秀",
         "the 自评表 total 87.78 is in the 良 band, stated 优秀"),
        ("average_mismatch", "prose",
         "月均4650次",
         "月均4560次",
         "月均4560次",
         "(3200 + 4300 + 5100 + 6000) / 4 = 4650, stated 4560"),
        ("year_mismatch", "prose",
         "截至2020年12月31日，项目实际支出",
         "截至2021年12月31日，项目实际支出",
         "截至2021年12月31日",
         "the 2020 report states its spending as at 31 December 2021"),
    ],
}

ORDER = ["pujiang-datashare-2022", "fanxian-hotline-2023", "beibei-govcloud-2021",
         "jiyang-govcentre-2024", "wulatezhong-elicense-2020"]


def main():
    labels = []
    for sid in ORDER:
        clean_name = f"{sid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": sid, "clean": True, "expected": []})
        for n, (code, place, old, new, value, expl) in enumerate(EDITS[sid], 1):
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{sid} e{n}: old string occurs {count} times: {old!r}")
            text = clean.replace(old, new, 1)
            name = f"{sid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": sid, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for row in labels:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
