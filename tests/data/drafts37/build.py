#!/usr/bin/env python3
"""Regenerate the error cases (cases/<id>-eN.txt) and labels.jsonl from the clean drafts.

Each error case = the clean draft with ONE injected inconsistency. An edit is a list of
(anchor, old, new): `anchor` occurs exactly once in the clean draft, `old` occurs once inside
the anchor and is replaced by `new`. Single edits stay within one line and change at most
16 characters; score-row edits may touch two adjacent rows (two edits).

The label `value` is either a literal string or ("span", start, end): the substring of the
error case from the first occurrence of `start` up to and including the first occurrence of
`end` after it (used for sums, score totals and weight totals: changed part .. total, or
total .. changed part).

Pure Python 3, no third-party packages.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "fuxin-smeplatform-2019",
    "baishan-countycommerce-2023",
    "ankang-productquality-2024",
    "danzhou-householdsurvey-2018",
    "tonghua-archivesdigital-2022",
    "yingkou-patentfund-2020",
]

# (project, n, code, edits, value, explanation)
EDITS = [
    # ---------------- A  阜新市工业和信息化局 2019 (one cell per line)
    ("fuxin-smeplatform-2019", 1, "rate_mismatch",
     [("18.50\n14.50\n—\n78.38%", "78.38%", "87.38%")],
     "87.38%",
     "上年结转资金 row: 14.50/18.50 = 78.38%; stated 87.38% (digits transposed when retyped)"),
    ("fuxin-smeplatform-2019", 2, "score_sum_mismatch",
     [("2.64亿元\n10\n8.80\n", "8.80", "8.00")],
     ("span", "8.00\n受银行", "100\n98.30"),
     "融资 row score lowered to 8.00 without updating the total: 9.50 + 50 + (8.00+5+5+10) + 10 = 97.50, stated 98.30"),
    ("fuxin-smeplatform-2019", 3, "unit_mismatch",
     [("宣传推广及资料印制12.98万元", "12.98万元", "129800万元")],
     "129800万元",
     "the 129,800元 item written with the unit 万元 (off by 10^4); 12.98万元 in the 明细 table and in the 139.18 total"),
    ("fuxin-smeplatform-2019", 4, "year_mismatch",
     [("已按规定结转至2020年继续使用", "2020年", "2019年")],
     "结转至2019年",
     "money unspent in 2019 cannot be carried over to 2019; it is carried to 2020"),
    ("fuxin-smeplatform-2019", 5, "average_mismatch",
     [("培训1280人次，平均每期80人次", "每期80", "每期85")],
     "平均每期85人次",
     "1280人次 / 16期 = 80人次 per session, stated 85"),
    # ---------------- B  白山市商务局 2023 (full-width pipes)
    ("baishan-countycommerce-2023", 1, "sum_mismatch",
     [("临江市240.00万元", "240.00", "204.00")],
     "合计1,200.00万元，其中浑江区210.00万元、江源区180.00万元、临江市204.00万元",
     "210 + 180 + 204 + 260 + 150 + 160 = 1,164.00, stated total 1,200.00 (临江市 retyped 204 for 240)"),
    ("baishan-countycommerce-2023", 2, "implausible_rate",
     [("乡镇快递物流站点覆盖率｜≥95%｜100%｜", "100%", "104.88%")],
     "104.88%",
     "coverage computed as 43 stations / 41 towns = 104.88%; a coverage rate cannot exceed 100% (all 41 towns covered = 100%)"),
    ("baishan-countycommerce-2023", 3, "weight_sum_mismatch",
     [("｜6.8%｜8｜6.80｜", "｜8｜6.80", "｜10｜6.80")],
     ("span", "10｜6.80", "｜100"),
     "网络零售 row keeps the template weight 10 instead of 8: weights now total 10 + 50 + 32 + 10 = 102, stated 100"),
    ("baishan-countycommerce-2023", 4, "completion_mismatch",
     [("新建改造乡镇商贸中心7个，完成率116.67%", "116.67%", "85.71%")],
     "完成率85.71%",
     "7个 against a target of 6个 = 116.67%; 85.71% is the inverted ratio 6/7"),
    ("baishan-countycommerce-2023", 5, "conflicting_values",
     [("带动社会投资2,836万元，新增就业", "2,836", "2,386")],
     "2,386万元",
     "带动社会投资 is 2836万元 in the indicator row, 2,386万元 in the goal block (digits swapped)"),
    # ---------------- C  安康市市场监督管理局 2024 (tabs)
    ("ankang-productquality-2024", 1, "balance_mismatch",
     [("年末结余6.65万元", "6.65", "7.65")],
     "结余7.65万元",
     "197.60 - 190.95 = 6.65万元 (185.00 - 178.35 of the current-year money), stated 7.65"),
    ("ankang-productquality-2024", 2, "score_exceeds_weight",
     [("覆盖产品种类\t≥40种\t42种\t5\t5", "\t5\t5", "\t5\t6"),
      ("抽样检验程序合规率\t=100%\t100%\t10\t10", "\t10\t10", "\t10\t9")],
     "覆盖产品种类\t≥40种\t42种\t5\t6",
     "score 6 above the weight 5 (the next row was lowered to 9 so the total still reads 89.63)"),
    ("ankang-productquality-2024", 3, "grade_mismatch",
     [("评价等级为良好", "良好", "优秀")],
     "评价等级为优秀",
     "89.63 is in the 良 band (80 <= s < 90); 优秀 needs 90"),
    ("ankang-productquality-2024", 4, "average_mismatch",
     [("季度平均157批次", "157", "175")],
     "季度平均175批次",
     "(102 + 186 + 215 + 125) / 4 = 157批次, stated 175"),
    # ---------------- D  儋州市统计局 2018 (runs of spaces)
    ("danzhou-householdsurvey-2018", 1, "rate_mismatch",
     [("市本级资金支出53.42万元，执行率95.39%", "95.39%", "62.12%")],
     "执行率62.12%",
     "市本级 53.42/56.00 = 95.39%; 62.12% is 53.42 over the whole budget 86.00 (wrong base)"),
    ("danzhou-householdsurvey-2018", 2, "unit_mismatch",
     [("=100%                        100%          10", " 100% ", " 12期 ")],
     ("span", "=100%      ", "12期"),
     "数据按期上报率: target =100%, actual written as a count (12期); completion cannot be computed"),
    ("danzhou-householdsurvey-2018", 3, "sum_mismatch",
     [("其中城镇150户、农村210户", "210户", "201户")],
     "记账调查户360户，其中城镇150户、农村201户",
     "150 + 201 = 351, stated total 360户"),
    ("danzhou-householdsurvey-2018", 4, "score_sum_mismatch",
     [("10       9.78", "9.78", "9.87")],
     ("span", "9.87", "99.30"),
     "满意度 row retyped 9.87: rows now sum to 99.39, stated total 99.30"),
    # ---------------- E  通化市档案馆 2022 (ASCII pipes)
    ("tonghua-archivesdigital-2022", 1, "balance_mismatch",
     [("尚有12.00万元未支付", "12.00", "21.00")],
     "尚有21.00万元未支付",
     "当年财政拨款 240.00 - 228.00 = 12.00万元 unpaid, stated 21.00 (and 14.70 - 2.70 = 12.00)"),
    ("tonghua-archivesdigital-2022", 2, "weight_sum_mismatch",
     [("| 1,263,500画幅 | 15 | 15 |", "| 15 | 15", "| 20 | 15")],
     ("span", "20 | 15", "| 100"),
     "画幅 row weight raised to 20 without rebalancing: weights total 105, stated 100"),
    ("tonghua-archivesdigital-2022", 3, "completion_mismatch",
     [("| 1,263,500 | 105.29% |", "105.29%", "105.15%")],
     "1,263,500 | 105.15%",
     "1,263,500 / 1,200,000 = 105.29%; 105.15% is the 案卷 rate (8412/8000) copied into the 画幅 row"),
    ("tonghua-archivesdigital-2022", 4, "implausible_rate",
     [("| 其他资金 | 0.00 | 0.00 | 0.00 | — | — |", "| — | — |", "| — | 100.00% |")],
     "其他资金 | 0.00 | 0.00 | 0.00 | — | 100.00%",
     "execution rate 100.00% printed on a zero budget (其他资金 0.00): a rate on a zero base"),
    # ---------------- F  营口市市场监督管理局 2020 (runs of spaces, merged cells blank)
    ("yingkou-patentfund-2020", 1, "grade_mismatch",
     [("自评等级为“优”", "“优”", "“良”")],
     "自评等级为“良”",
     "97.80 is in the 优 band (>= 90); 良 left in from an older report"),
    ("yingkou-patentfund-2020", 2, "conflicting_values",
     [("开展知识产权执法检查46次", "46次", "64次")],
     "开展知识产权执法检查64次",
     "执法检查 is 46次 in the indicator row and in the 支出 table, 64次 in the goal block"),
    ("yingkou-patentfund-2020", 3, "year_mismatch",
     [("项目支出绩效自评表\n（2020年度）", "2020", "2019")],
     "（2019年度）",
     "the 2020 report's self-evaluation table is headed 2019年度 (last year's template left in)"),
    ("yingkou-patentfund-2020", 4, "score_exceeds_weight",
     [("100%             10       10      无", "10      无", "5       无"),
      ("2020年12月18日   5        5       无", "5       无", "10      无")],
     "2020年12月18日   5        10",
     "时效 row: score 10 above its weight 5 (scores of the two adjacent rows swapped; total unchanged)"),
]


def apply_edits(clean, edits):
    text = clean
    for anchor, old, new in edits:
        if clean.count(anchor) != 1:
            raise SystemExit(f"anchor not unique in clean draft: {anchor!r} ({clean.count(anchor)})")
        if anchor.count(old) != 1:
            raise SystemExit(f"old not unique in anchor: {old!r} in {anchor!r}")
        if text.count(anchor) != 1:
            raise SystemExit(f"anchor lost after previous edit: {anchor!r}")
        text = text.replace(anchor, anchor.replace(old, new))
    return text


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    _, start, end = value
    i = text.find(start)
    if i < 0:
        raise SystemExit(f"span start not found: {start!r}")
    j = text.find(end, i + len(start) - 1)
    if j < 0:
        raise SystemExit(f"span end not found: {end!r}")
    return text[i:j + len(end)]


def main():
    labels = []
    for pid in PROJECTS:
        with open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for proj, n, code, edits, value, expl in EDITS:
            if proj != pid:
                continue
            text = apply_edits(clean, edits)
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": resolve_value(text, value),
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} labels ({sum(1 for r in labels if not r['clean'])} error cases)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
