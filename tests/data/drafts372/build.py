#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one old->new replacement; the old
string must occur exactly once in the clean draft.  `value` is the exact substring of
the error case that carries the changed figure (used for labelling and scoring).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

A = 'gx-yizhou-sangyuan-2020'
B = 'sc-yanting-xiaocangongyu-2022'
C = 'sn-shiquan-canjian-2019'
Dd = 'cq-qianjiang-cansangzhan-2023'
E = 'js-dongtai-sangyuantizhi-2018'
PROJECTS = [A, B, C, Dd, E]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- A: Guangxi Yizhou, 2020, MOF outline + full-width-bar table
    (A, 1, 'rate_mismatch', 'prose', '执行率97.92%', '执行率97.29%', '执行率97.29%',
     'current-year appropriation: 548.36 / 560 = 97.92%, stated 97.29%'),
    (A, 2, 'balance_mismatch', 'prose', '年末未支出11.64万元', '年末未支出11.46万元', '年末未支出11.46万元',
     'unspent = 全年预算 600 - 执行 588.36 = 11.64万元, stated 11.46万元'),
    (A, 3, 'unit_mismatch', 'prose', '按每亩600元补助桑苗款', '按每亩600万元补助桑苗款', '每亩600万元',
     'seedling subsidy 129万元 for 2150亩 is 600元 per mu; written as 600万元 per mu the product is off by exactly 10^4'),
    (A, 4, 'completion_mismatch', 'prose', '为年度目标的103.25%', '为年度目标的103.52%', '为年度目标的103.52%',
     '8260亩 / 目标8000亩 = 103.25%, stated 103.52%'),
    (A, 5, 'weight_sum_mismatch', 'table', '1620人次｜6｜6｜', '1620人次｜8｜6｜', '1620人次｜8｜6',
     'training row weight 6 -> 8: output weights now 52, all weights 102 instead of 100'),
    (A, 6, 'score_sum_mismatch', 'table', '82.6%｜4｜3.89｜', '82.6%｜4｜3.98｜', '82.6%｜4｜3.98',
     'row scores now sum to 98.79 (benefit block 29.98) while the total is 98.70 (benefit 29.89 in the text)'),
    # --- B: Sichuan Yanting, 2022, Sichuan outline + tab table (10 + 60 + 30)
    (B, 1, 'implausible_rate', 'prose', '满意度为97.3%', '满意度为107.3%', '满意度为107.3%',
     'a satisfaction rate cannot exceed 100%'),
    (B, 2, 'year_mismatch', 'table', '（2022年度）', '（2021年度）', '（2021年度）',
     'the self-evaluation table of the 2022 report is headed 2021年度 (title, funds and report all 2022)'),
    (B, 3, 'average_mismatch', 'prose', '平均42.63公斤', '平均42.36公斤', '平均42.36公斤',
     '(43.6 + 41.2 + 43.1) / 3 = 42.63, stated 42.36'),
    (B, 4, 'sum_mismatch', 'prose', '县级58万元', '县级56万元', '186.00万元（省级128万元、县级56万元）',
     '128 + 56 = 184, stated initial budget 186.00 (table 186.00; 186 + 24.5 = 210.50)'),
    (B, 5, 'grade_mismatch', 'table', '自评等级：优', '自评等级：良', '自评等级：良',
     'total 99.28 is in the 优 band (>= 90), stated 良'),
    (B, 6, 'conflicting_values', 'table', '户\t6215\t7', '户\t6251\t7', '户\t6251',
     'households driven: 6251 in the table, 6215 in the text (带动6215户蚕农增收)'),
    # --- C: Shaanxi Shiquan, 2019, Shanxi-style outline, flattened PDF tables with 完成率
    (C, 1, 'completion_mismatch', 'table', '4186户\n\t104.65%', '4186户\n\t106.45%', '4186户\n\t106.45%',
     '4186户 / 目标4000户 = 104.65%, stated 106.45%'),
    (C, 2, 'implausible_rate', 'table', '\t100\n\t100\n\t0\n\t0\n\n\t执行率(%)', '\t100\n\t100\n\t100\n\t0\n\n\t执行率(%)',
     '100\n\t100\n\t0\n\n\t执行率',
     'funds table row (6) 到位率: column 上年结转 has budget 0 and 到位 0, yet prints 100 (rate on a zero base)'),
    (C, 3, 'weight_sum_mismatch', 'table', '\t32个\n\t100%\n\t8\n\t8', '\t32个\n\t100%\n\t10\n\t8', '32个\n\t100%\n\t10',
     'co-rearing points row weight 8 -> 10: output weights 52, all weights 102'),
    (C, 4, 'rate_mismatch', 'prose', '支出进度60.94%', '支出进度69.04%', '支出进度69.04%',
     'spending to 30 Sept: 216.32 / 355 = 60.94%, stated 69.04%'),
    (C, 5, 'conflicting_values', 'prose', '带动4186户蚕农', '带动4168户蚕农', '带动4168户',
     'households driven: 4168 in the text, 4186 in 附件1'),
    (C, 6, 'average_mismatch', 'prose', '两季平均40.6元', '两季平均40.8元', '两季平均40.8元',
     '(42.8 + 38.4) / 2 = 40.6, stated 40.8'),
    # --- D: Chongqing Qianjiang, 2023, department-wide report, ASCII-bar tables
    (Dd, 1, 'score_exceeds_weight', 'table', '94.46% | 92 | 优', '94.46% | 102 | 优', '94.46% | 102',
     'project self-evaluation score 102 above the maximum 100 (column 自评得分（百分制）)'),
    (Dd, 2, 'unit_mismatch', 'prose', '基本支出268.42万元', '基本支出268.42元', '基本支出268.42元',
     'basic spending 268.42 written in 元: 268.42 + 332.84 = 601.26 and 231.60 + 36.82 = 268.42 only hold in 万元'),
    (Dd, 3, 'balance_mismatch', 'prose', '年末结转11.22万元', '年末结转11.28万元', '年末结转11.28万元',
     '612.48 - 601.26 = 11.22 (projects 344.06 - 332.84 = 11.22), stated 11.28'),
    (Dd, 4, 'year_mismatch', 'prose', '已结转至2024年', '已结转至2023年', '结转至2023年',
     'money left over from the 2023 budget is carried over into 2023 itself'),
    (Dd, 5, 'rate_mismatch', 'table', '112.38 | 94.84%', '112.38 | 94.48%', '112.38 | 94.48%',
     '小蚕共育补助: 112.38 / 118.50 = 94.84%, stated 94.48%'),
    (Dd, 6, 'score_sum_mismatch', 'table', '97.6% | 8 | 8', '97.6% | 8 | 7.5', '97.6% | 8 | 7.5',
     'row scores now sum to 98.89 (output block 49.07) while the total is 99.39 and the text gives output 49.57'),
    # --- E: Jiangsu Dongtai, 2018, MOF table as space-aligned text
    (E, 1, 'grade_mismatch', 'prose', '等级为优秀', '等级为良好', '等级为良好',
     'total 99.63 is in the 优 band (>= 90), stated 良好'),
    (E, 2, 'score_exceeds_weight', 'prose', '自评得分95.5分（满分100分）', '自评得分105.5分（满分100分）',
     '105.5分（满分100分）', "last year's score 105.5 above its stated maximum 100"),
    (E, 3, 'unit_mismatch', 'table', '≥38公斤  39.6公斤', '≥38公斤  39.6%', '≥38公斤  39.6%',
     'target in 公斤 per box of eggs, actual in %: completion cannot be computed'),
    (E, 4, 'implausible_rate', 'table', '≥90%  95.6%', '≥90%  105.6%', '105.6%',
     'a satisfaction rate cannot exceed 100%'),
    (E, 5, 'conflicting_values', 'table', '≥4000亩  4200亩', '≥4000亩  4020亩', '4020亩',
     'mulberry-field upgrading: 4020亩 in the table, 4200亩 in the text (and 1350 + 1420 + 1430 = 4200, 4200 x 200元 = 84万元)'),
    (E, 6, 'sum_mismatch', 'table', '240.00  240.00  233.85', '240.00  240.00  233.58', '240.00  233.58',
     'column 全年执行数: 233.58 + 20.00 + 0.00 = 253.58, stated total 253.85'),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f'{pid}-clean.txt'
        with open(os.path.join(CASES, clean_name), encoding='utf-8') as f:
            clean = f.read()
        labels.append({'case': clean_name, 'source': pid, 'clean': True, 'expected': []})
        edits = sorted([e for e in EDITS if e[0] == pid], key=lambda e: e[1])
        for (_, n, code, where, old, new, value, expl) in edits:
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f'{pid}-e{n}: old string occurs {cnt} times: {old!r}')
            text = clean.replace(old, new)
            if text.count(value) != 1:
                raise SystemExit(f'{pid}-e{n}: value occurs {text.count(value)} times: {value!r}')
            name = f'{pid}-e{n}.txt'
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as f:
                f.write(text)
            labels.append({'case': name, 'source': pid, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value,
                                         'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print(f'built {len(labels)} cases')


if __name__ == '__main__':
    main()
