#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean
draft; the new text and the label value must each occur exactly once in the result.
Standard library only.  Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

A = 'jx-huichang-huanglongbing-2021'
B = 'zj-huangyan-guoyuangaizao-2019'
C = 'ln-donggang-caomeipeng-2022'
D = 'gx-wuming-guoshulenglian-2020'
E = 'sc-pujiang-guoyepinpai-2024'
PROJECTS = [A, B, C, D, E]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- A: Jiangxi 2021, tables one cell per line
    (A, 1, 'completion_mismatch', 'table',
     '\t13260株\n\t110.50%', '\t13260株\n\t101.50%', '101.50%',
     '清除病树 13260株 / 目标12000株 = 110.50%, stated 101.50%'),
    (A, 2, 'rate_mismatch', 'table',
     '\t100\n\t81.85\n\t100', '\t100\n\t81.58\n\t100', '81.58',
     '县级 column, row (7)=(4)/(2): 98.22 / 120.00 = 81.85, stated 81.58'),
    (A, 3, 'year_mismatch', 'table',
     '2021年度项目支出绩效自评表', '2020年度项目支出绩效自评表', '2020年度项目支出绩效自评表',
     'the report and its budget sentences are for 2021, the attached 自评表 claims 2020'),
    (A, 4, 'unit_mismatch', 'prose',
     '按每株25元的标准', '按每株25万元的标准', '每株25万元',
     'per-plant standard is 25元 (33.15万元 / 13260株 = 25元, table ≤25元/株); written as 25万元, off by 10^4'),
    (A, 5, 'average_mismatch', 'prose',
     '平均2.05%', '平均2.15%', '平均2.15%',
     '(1.6 + 2.2 + 1.9 + 2.5) / 4 = 2.05%, stated 2.15%'),
    (A, 6, 'grade_mismatch', 'prose',
     '评价等级为优秀', '评价等级为良好', '评价等级为良好',
     'total 99.17 is in the 优 band (≥90), stated 良好'),
    # ---- B: Zhejiang 2019, tab-separated 附件1
    (B, 1, 'score_exceeds_weight', 'table',
     '2019年11月20日\t5\t5\t\n\t\t成本指标\t亩均改造补助\t≤1800元/亩\t1800元/亩\t10\t10',
     '2019年11月20日\t5\t7\t\n\t\t成本指标\t亩均改造补助\t≤1800元/亩\t1800元/亩\t10\t8',
     '2019年11月20日\t5\t7',
     'time row scored 7 against a weight of 5 (the next row, 成本, was lowered to 8 in the same slip, so the total still reads 99.23)'),
    (B, 2, 'implausible_rate', 'table',
     '其他资金\t0.00\t0.00\t0.00\t—\t—\t—', '其他资金\t0.00\t0.00\t0.00\t—\t100%\t—', '0.00\t—\t100%',
     '其他资金 budget is 0.00: an execution rate of 100% on a zero base'),
    (B, 3, 'weight_sum_mismatch', 'table',
     '2436亩\t15\t15', '2436亩\t16\t15', '2436亩\t16\t15',
     'weights now total 101 (产出 rows 51 against the 50 stated in the text)'),
    (B, 4, 'conflicting_values', 'prose',
     '提质改造2436亩、配套', '提质改造2346亩、配套', '提质改造2346亩',
     'the improved area is 2436亩 in the table, the subsidy sentence and the town breakdown (860 + 938 + 638); the conclusion says 2346亩'),
    (B, 5, 'rate_mismatch', 'prose',
     '全年执行548.35万元，执行率96.74%', '全年执行548.35万元，执行率97.64%', '执行率97.64%',
     '548.35 / 566.80 = 96.74%, stated 97.64%'),
    (B, 6, 'year_mismatch', 'table',
     '（2019年度）', '（2018年度）', '（2018年度）',
     'the report is for 2019 (title, 截至2019年12月31日) but the 自评表 header claims 2018年度'),
    # ---- C: Liaoning 2022, saved web page with HTML residue
    (C, 1, 'sum_mismatch', 'prose',
     '丹东市级160万元', '丹东市级150万元', '丹东市级150万元',
     '500 + 150 + 200 = 850 ≠ 全年预算 860 (and 100 + 60 = 160 for the Dandong share)'),
    (C, 2, 'score_sum_mismatch', 'table',
     '<td>100</td><td>99.38</td>', '<td>100</td><td>99.83</td>', '<td>99.83</td>',
     'row scores 9.80 + 15 + 10 + 10 + 5 + 10 + 10 + 9.58 + 10 + 10 = 99.38, 总分 row says 99.83'),
    (C, 3, 'unit_mismatch', 'table',
     '<td>&ge;98%</td><td>99.6%</td>', '<td>&ge;98%</td><td>764栋</td>', '<td>764栋</td>',
     'target is a rate (≥98%), actual a count of greenhouses (764栋): completion cannot be computed'),
    (C, 4, 'implausible_rate', 'prose',
     '其中新建户满意度96.7%', '其中新建户满意度106.7%', '新建户满意度106.7%',
     'a satisfaction rate above 100%'),
    (C, 5, 'average_mismatch', 'prose',
     '平均每镇103.3栋', '平均每镇130.3栋', '平均每镇130.3栋',
     '(126 + 98 + 86) / 3 = 103.3, stated 130.3'),
    (C, 6, 'rate_mismatch', 'table',
     '<td>842.70</td><td>—</td><td>97.99%</td>', '<td>842.70</td><td>—</td><td>97.90%</td>', '<td>97.90%</td>',
     '当年财政拨款 842.70 / 860.00 = 97.99%, stated 97.90%'),
    # ---- D: Guangxi 2020, PDF text, table flattened with spaces
    (D, 1, 'grade_mismatch', 'prose',
     '自评等级为“优”', '自评等级为“良”', '自评等级为“良”',
     'total 90.00 is in the 优 band (90 inclusive), stated 良'),
    (D, 2, 'score_exceeds_weight', 'table',
     '≥95% 100% 10 10\n时效指标 设施按期完工率 ≥95% 85.29% 10 8.98',
     '≥95% 100% 10 11\n时效指标 设施按期完工率 ≥95% 85.29% 10 7.98',
     '100% 10 11',
     'quality row scored 11 against a weight of 10 (the next row lowered from 8.98 to 7.98 in the same slip, so the sums still hold)'),
    (D, 3, 'balance_mismatch', 'prose',
     '未支出的164.70', '未支出的146.70', '未支出的146.70',
     '1350.00 - 1185.30 = 164.70, stated 146.70'),
    (D, 4, 'sum_mismatch', 'table',
     '其中：当年财政拨款 1200.00', '其中：当年财政拨款 1120.00', '当年财政拨款 1120.00',
     '年初预算数 column: 1120.00 + 0.00 + 0.00 ≠ 年度资金总额 1200.00'),
    (D, 5, 'completion_mismatch', 'prose',
     '为年度目标的85.00%', '为年度目标的83.50%', '为年度目标的83.50%',
     '34个 / 目标40个 = 85.00%, stated 83.50%'),
    (D, 6, 'weight_sum_mismatch', 'table',
     '150元 10 10', '150元 12 10', '150元 12 10',
     'weights now total 102 (产出 rows 52 against the 50 stated in the text)'),
    # ---- E: Sichuan 2024, department-wide, pipe tables
    (E, 1, 'average_mismatch', 'prose',
     '平均自评得分93.10分', '平均自评得分91.30分', '平均自评得分91.30分',
     '(96 + 94 + 92.5 + 95 + 88) / 5 = 93.10, stated 91.30'),
    (E, 2, 'sum_mismatch', 'table',
     '| 项目支出 | 574.10 |', '| 项目支出 | 547.10 |', '| 项目支出 | 547.10 |',
     '年初预算数 column: 412.30 + 547.10 = 959.40 ≠ 年度资金总额 986.40'),
    (E, 3, 'completion_mismatch', 'table',
     '28.5亿元 | 81.43%', '28.5亿元 | 84.13%', '28.5亿元 | 84.13%',
     '28.5 / 35 = 81.43%, stated 84.13%'),
    (E, 4, 'conflicting_values', 'prose',
     '品牌带动5260户果农', '品牌带动5620户果农', '5620户',
     'households reached: 5260户 in the 自评表, 5620户 in the text'),
    (E, 5, 'score_sum_mismatch', 'prose',
     '自评得分89.66分', '自评得分86.96分', '自评得分86.96分',
     'row scores (and the group scores 9.60 + 53.92 + 26.14) add up to 89.66, the text says 86.96'),
    (E, 6, 'balance_mismatch', 'prose',
     '结转45.25万元', '结转45.52万元', '结转45.52万元',
     'project spending 720.30 - 675.05 = 45.25 unspent, stated 45.52'),
]


def main():
    labels = []
    for pid in PROJECTS:
        with open(os.path.join(CASES, pid + '-clean.txt'), encoding='utf-8') as fh:
            clean = fh.read()
        labels.append({'case': pid + '-clean.txt', 'source': pid, 'clean': True, 'expected': []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            if clean.count(old) != 1:
                sys.exit('%s-e%d: old text matches %d times' % (pid, n, clean.count(old)))
            text = clean.replace(old, new)
            if text.count(new) != 1:
                sys.exit('%s-e%d: new text occurs %d times' % (pid, n, text.count(new)))
            if text.count(value) != 1:
                sys.exit('%s-e%d: value occurs %d times' % (pid, n, text.count(value)))
            name = '%s-e%d.txt' % (pid, n)
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as fh:
                fh.write(text)
            labels.append({'case': name, 'source': pid, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value,
                                         'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print('built %d cases (%d clean, %d with one error)'
          % (len(labels), sum(r['clean'] for r in labels), sum(not r['clean'] for r in labels)))


if __name__ == '__main__':
    main()
