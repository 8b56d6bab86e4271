#!/usr/bin/env python3
"""Build the 30 error cases and labels.jsonl of this set from the five clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in its clean draft;
`value` is the exact substring of the error case that carries the changed figure or word.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sx-kelan-puhuiyuan-2021",
    "hn-longhui-gongbankuorong-2023",
    "sc-yilong-xueqianzizhu-2019",
    "gs-kangle-youjiaopeixun-2022",
    "jx-poyang-zhongxinyuan-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- Shanxi, Kelan 2021: funds table with sources as rows, stages as columns (space-aligned PDF copy)
    ("sx-kelan-puhuiyuan-2021", 1, "rate_mismatch", "table",
     "55.36  3.24  100%  94.47%", "55.36  3.24  100%  97.44%", "97.44%",
     "省级资金 row: 全年执行 55.36 / 全年预算 58.60 = 94.47%, the 执行率 cell reads 97.44%"),
    ("sx-kelan-puhuiyuan-2021", 2, "completion_mismatch", "table",
     "4380人  104.29%", "4380人  102.49%", "4380人  102.49%",
     "受益在园幼儿人数: actual 4380 / target 4200 = 104.29%, 完成率 cell reads 102.49%"),
    ("sx-kelan-puhuiyuan-2021", 3, "weight_sum_mismatch", "table",
     "87.6%  103.06%  10  10", "87.6%  103.06%  12  10", "103.06%  12  10",
     "普惠性幼儿园覆盖率 weight 12: 产出 weights now 52 against the stated 50, all weights 102 against the 合计 100"),
    ("sx-kelan-puhuiyuan-2021", 4, "unit_mismatch", "table",
     "≥14所  14所", "≥14所  100%", "≥14所  100%",
     "补助普惠性民办幼儿园数量: target in 所, actual written as a percentage"),
    ("sx-kelan-puhuiyuan-2021", 5, "sum_mismatch", "prose",
     "保育设备23.66万元", "保育设备26.36万元", "保育设备26.36万元",
     "147.60 + 94.50 + 26.36 = 268.46, but 三项合计265.76万元 (the table's 全年执行 is 265.76)"),
    ("sx-kelan-puhuiyuan-2021", 6, "conflicting_values", "prose",
     "毛入园率达到92.3%", "毛入园率达到93.2%", "毛入园率达到93.2%",
     "学前三年毛入园率 is 92.3% in the 自评表 (完成率 102.56% = 92.3/90) but 93.2% in the text"),

    # --- Hunan, Longhui 2023: MOF 自评表 with full-width bars
    ("hn-longhui-gongbankuorong-2023", 1, "sum_mismatch", "table",
     "｜138.50｜135.40｜", "｜138.50｜153.40｜", "138.50｜153.40",
     "全年执行数 column: 1216.87 + 153.40 + 60.00 = 1430.27, 年度资金总额 reads 1412.27"),
    ("hn-longhui-gongbankuorong-2023", 2, "score_sum_mismatch", "table",
     "｜达到预期｜10｜9｜", "｜达到预期｜10｜8｜", "达到预期｜10｜8",
     "row scores now add up to 9.55 + 46.67 + 28 + 10 = 94.22, the 总分 row and the text say 95.22"),
    ("hn-longhui-gongbankuorong-2023", 3, "conflicting_values", "table",
     "｜≥45%｜46.8%｜", "｜≥45%｜48.6%｜", "48.6%",
     "公办园在园幼儿占比 is 46.8% in the text (41.2% + 5.6 points) but 48.6% in the 自评表"),
    ("hn-longhui-gongbankuorong-2023", 4, "score_exceeds_weight", "prose",
     "自评得分93.5分（满分100分）", "自评得分103.5分（满分100分）", "103.5分（满分100分）",
     "last year's (一期) score 103.5 above its stated maximum of 100"),
    ("hn-longhui-gongbankuorong-2023", 5, "year_mismatch", "prose",
     "结转至2024年支付", "结转至2023年支付", "结转至2023年",
     "the unspent part of the 2023 budget is carried over to 2023 itself (should be a later year)"),
    ("hn-longhui-gongbankuorong-2023", 6, "average_mismatch", "prose",
     "平均每所230个", "平均每所203个", "平均每所203个",
     "(360 + 180 + 150) / 3 = 230 学位 per kindergarten, stated 203"),

    # --- Sichuan, Yilong 2019: tab-separated tables, 10 + 90 scoring, grade inside the table
    ("sc-yilong-xueqianzizhu-2019", 1, "unit_mismatch", "table",
     "52.00\t50.10", "52.00\t501000", "501000",
     "县级资金 全年执行 written in 元 (501000) in a 万元 table: 300.60 + 150.30 + 50.10 = 501.00 only after dividing by 10^4"),
    ("sc-yilong-xueqianzizhu-2019", 2, "weight_sum_mismatch", "table",
     "资助对象识别准确率\t=\t100\t%\t100\t10\t10", "资助对象识别准确率\t=\t100\t%\t100\t12\t10", "100\t12\t10",
     "资助对象识别准确率 weight 12: weights now total 102 (执行 10 + 92)"),
    ("sc-yilong-xueqianzizhu-2019", 3, "grade_mismatch", "table",
     "自评等级\t优", "自评等级\t良", "自评等级\t良",
     "自评得分 98.37 is in the 优 band (≥ 90)"),
    ("sc-yilong-xueqianzizhu-2019", 4, "balance_mismatch", "table",
     "结余资金（万元）\t19.00", "结余资金（万元）\t18.00", "结余资金（万元）\t18.00",
     "全年预算 520.00 - 全年执行 501.00 = 19.00, stated 18.00"),
    ("sc-yilong-xueqianzizhu-2019", 5, "implausible_rate", "prose",
     "家长满意度96.8%", "家长满意度106.8%", "家长满意度106.8%",
     "a satisfaction rate above 100% (建档立卡贫困户 sub-group)"),
    ("sc-yilong-xueqianzizhu-2019", 6, "conflicting_values", "prose",
     "受助幼儿家长满意度94.2%", "受助幼儿家长满意度92.4%", "家长满意度92.4%",
     "受助幼儿家长满意度 is 94.2 in the 自评表 but 92.4% in the text"),

    # --- Gansu, Kangle 2022: prose only
    ("gs-kangle-youjiaopeixun-2022", 1, "rate_mismatch", "prose",
     "预算执行率92.71%", "预算执行率97.21%", "预算执行率97.21%",
     "89.37 / 96.40 = 92.71%, stated 97.21% (the 9.27 points follow the true rate)"),
    ("gs-kangle-youjiaopeixun-2022", 2, "balance_mismatch", "prose",
     "年末结余7.03万元", "年末结余7.30万元", "结余7.30万元",
     "96.40 (all received) - 89.37 = 7.03, stated 7.30"),
    ("gs-kangle-youjiaopeixun-2022", 3, "average_mismatch", "prose",
     "平均每期46.5人", "平均每期45.6人", "平均每期45.6人",
     "(46 + 48 + 45 + 47) / 4 = 46.5, stated 45.6"),
    ("gs-kangle-youjiaopeixun-2022", 4, "score_sum_mismatch", "prose",
     "合计97.96分", "合计97.69分", "合计97.69分",
     "9.27 + 50 + 28.69 + 10 = 97.96, stated 97.69"),
    ("gs-kangle-youjiaopeixun-2022", 5, "implausible_rate", "prose",
     "的占97.3%", "的占107.3%", "占107.3%",
     "a share of respondents above 100%"),
    ("gs-kangle-youjiaopeixun-2022", 6, "year_mismatch", "prose",
     "已于2021年12月提前下达", "已于2020年12月提前下达", "2020年12月提前下达",
     "money for the 2022 budget issued in advance in December 2020 (an advance can only come in December 2021)"),

    # --- Jiangxi, Poyang 2024: full-width bars, sub-project funds table, total stated in whole points
    ("jx-poyang-zhongxinyuan-2024", 1, "score_exceeds_weight", "table",
     "｜108.33%｜8｜8｜", "｜108.33%｜8｜8.67｜", "108.33%｜8｜8.67",
     "新增学位 scored 8 × 108.33% = 8.67 above its weight 8 (row sum 96.26 still rounds to the stated 96)"),
    ("jx-poyang-zhongxinyuan-2024", 2, "completion_mismatch", "table",
     "12460平方米｜103.83%", "12460平方米｜103.38%", "12460平方米｜103.38%",
     "新增建筑面积: 12460 / 12000 = 103.83%, 完成率 cell reads 103.38%"),
    ("jx-poyang-zhongxinyuan-2024", 3, "sum_mismatch", "table",
     "｜新建｜820.00｜", "｜新建｜802.00｜", "802.00",
     "年初预算数 column: 802 + 780 + 320 + 270 = 2172, 合计 (and text) 2190.00"),
    ("jx-poyang-zhongxinyuan-2024", 4, "rate_mismatch", "table",
     "｜254.36｜87.71%", "｜254.36｜87.17%", "254.36｜87.17%",
     "游城乡: 254.36 / 290.00 = 87.71%, stated 87.17%"),
    ("jx-poyang-zhongxinyuan-2024", 5, "grade_mismatch", "prose",
     "等级为优", "等级为良", "等级为良",
     "综合得分 96 is in the 优 band"),
    ("jx-poyang-zhongxinyuan-2024", 6, "completion_mismatch", "prose",
     "的103.11%", "的101.31%", "1480台（套）的101.31%",
     "1526 / 1480 = 103.11%, stated 101.31%"),
]


def main():
    labels = []
    by_project = {p: [] for p in PROJECTS}
    for e in EDITS:
        by_project[e[0]].append(e)
    for p in PROJECTS:
        clean_name = f"{p}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": p, "clean": True, "expected": []})
        for (_, n, code, where, old, new, value, expl) in sorted(by_project[p], key=lambda e: e[1]):
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{p}-e{n}: old string matches {cnt} times: {old!r}")
            if old == new:
                sys.exit(f"{p}-e{n}: old and new are equal")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{p}-e{n}: value not in case: {value!r}")
            name = f"{p}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": p, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with an injected error)")


if __name__ == "__main__":
    main()
