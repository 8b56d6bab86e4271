#!/usr/bin/env python3
"""build.py - makes every error case and labels.jsonl from the clean drafts and the edit list below.

Each edit is an exact old -> new replacement that must match exactly once in its clean draft; the label
value is a short exact substring of the error case that contains the changed figure or word.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

SOURCES = ['sc-ningnan-yishiyiyi-2018', 'jx-dayu-yishiyiyi-2020', 'hb-tuanfeng-yishiyiyi-2021',
           'sx-jixian-yishiyiyi-2023', 'hn-dongan-yishiyiyi-2024']

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- Sichuan, 宁南县 2018 ---------------------------------------------------------------------------
    ('sc-ningnan-yishiyiyi-2018', 1, 'rate_mismatch', 'prose',
     '资金到位率100%', '资金到位率92.07%', '资金到位率92.07%',
     '1100.00万元 received of the 1100万元 annual budget is 100%; 92.07% is the execution rate copied into the 到位率'),
    ('sc-ningnan-yishiyiyi-2018', 2, 'sum_mismatch', 'table',
     '15.60 27.30 50.00', '15.60 23.70 50.00', '15.60 23.70 50.00',
     '小型桥梁 row: 176.00 + 15.60 + 23.70 + 50.00 = 265.30, not 268.90; 筹劳折资 column 141.20 + 23.70 + 36.15 = 201.05, not 204.65 (was 27.30)'),
    ('sc-ningnan-yishiyiyi-2018', 3, 'year_mismatch', 'prose',
     '结转至2019年继续使用', '结转至2018年继续使用', '结转至2018年',
     'money left from the 2018 budget cannot be carried over to 2018 itself (should be 2019)'),
    ('sc-ningnan-yishiyiyi-2018', 4, 'score_exceeds_weight', 'table',
     '93.1% 10 9.8 ', '93.1% 10 10.2 ', '93.1% 10 10.2',
     '受益群众满意度 scored 10.2 on a weight of 10; the row sum 98.34 still rounds to the whole-point total 98, so only the row is wrong'),
    ('sc-ningnan-yishiyiyi-2018', 5, 'unit_mismatch', 'table',
     '≥8万人 8.6万人', '≥8万人 107.5%', '≥8万人 107.5%',
     'target in 万人, actual in % (the completion 8.6/8 was typed into the actual cell): completion cannot be computed'),
    ('sc-ningnan-yishiyiyi-2018', 6, 'average_mismatch', 'prose',
     '平均每座30.3万元', '平均每座31.3万元', '平均每座31.3万元',
     '(32 + 28.5 + 30 + 26 + 35) / 5 = 30.3'),
    # --- Jiangxi, 大余县 2020 ----------------------------------------------------------------------------
    ('jx-dayu-yishiyiyi-2020', 1, 'balance_mismatch', 'prose',
     '结余27.72万元', '结余22.72万元', '结余22.72万元',
     '736.00 received - 708.28 spent = 27.72'),
    ('jx-dayu-yishiyiyi-2020', 2, 'implausible_rate', 'table',
     '其他资金 0.00 0.00 0.00 — — —', '其他资金 0.00 0.00 0.00 — 100% —', '0.00 0.00 0.00 — 100%',
     'execution rate printed for 其他资金 whose budget is 0.00: a rate on a zero base'),
    ('jx-dayu-yishiyiyi-2020', 3, 'grade_mismatch', 'table',
     '自评等级：优', '自评等级：良', '自评等级：良',
     'total 97.77 is in the 优 band (90 and above)'),
    ('jx-dayu-yishiyiyi-2020', 4, 'completion_mismatch', 'prose',
     '26公里的110%', '26公里的101%', '26公里的101%',
     '28.6 km against the 26 km plan is 110%'),
    ('jx-dayu-yishiyiyi-2020', 5, 'conflicting_values', 'prose',
     '奖补资金736万元的使用', '奖补资金763万元的使用', '奖补资金763万元',
     'the amount evaluated is the 全年预算 736.00万元 stated in the funds text and the 自评表'),
    ('jx-dayu-yishiyiyi-2020', 6, 'weight_sum_mismatch', 'table',
     '≥25个 26个 10 10', '≥25个 26个 15 10', '26个 15 10',
     '受益行政村数 weight 15: the weights now total 105 against the stated 100'),
    # --- Hubei, 团风县 2021 ------------------------------------------------------------------------------
    ('hb-tuanfeng-yishiyiyi-2021', 1, 'score_sum_mismatch', 'table',
     '405.2万元 10 9.65', '405.2万元 10 9.56', '405.2万元 10 9.56',
     'row scores now add to 98.23 (效益 29.56), while the total and the text say 98.32 (效益 29.65)'),
    ('hb-tuanfeng-yishiyiyi-2021', 2, 'rate_mismatch', 'table',
     '20 93.84% 18.77', '20 98.34% 18.77', '98.34%',
     '814.52 / 868.00 = 93.84%'),
    ('hb-tuanfeng-yishiyiyi-2021', 3, 'unit_mismatch', 'prose',
     '村民筹资4.2万元', '村民筹资42000万元', '村民筹资42000万元',
     'the 4.2万元 (42000元) contribution written with the unit 万元: 36 + 42000 + 6.6 + 10 != 56.8, reconciled exactly by 10^4'),
    ('hb-tuanfeng-yishiyiyi-2021', 4, 'average_mismatch', 'prose',
     '平均94.33分', '平均95.33分', '平均95.33分',
     '(96 + 92 + 98 + 94 + 95 + 91) / 6 = 94.33'),
    ('hb-tuanfeng-yishiyiyi-2021', 5, 'sum_mismatch', 'prose',
     '省级资金208万元', '省级资金218万元', '省级资金218万元',
     '520 + 218 + 140 = 878, not the 868万元 annual budget'),
    ('hb-tuanfeng-yishiyiyi-2021', 6, 'year_mismatch', 'table',
     '（2021年度）', '（2020年度）', '（2020年度）',
     'the 自评表 claims 2020 while the report and its budget are for 2021'),
    # --- Shanxi, 吉县 2023 -------------------------------------------------------------------------------
    ('sx-jixian-yishiyiyi-2023', 1, 'rate_mismatch', 'table',
     '\t93.37\n', '\t96.37\n', '96.37',
     'funds table row (7)=(4)/(2), 省级 column: 168.06 / 180.00 = 93.37%'),
    ('sx-jixian-yishiyiyi-2023', 2, 'completion_mismatch', 'table',
     '25公里 104.17%', '25公里 104.71%', '25公里 104.71%',
     '25 km against ≥24 km is 104.17%'),
    ('sx-jixian-yishiyiyi-2023', 3, 'sum_mismatch', 'table',
     '\t486.50\n\t450.00\n', '\t486.50\n\t405.00\n', '405.00',
     'row (1) 财政资金小计 405.00 != 300.00 + 0 + 0 + 150.00 = 450.00, and 486.50 != 405.00 + 36.50 + 0'),
    ('sx-jixian-yishiyiyi-2023', 4, 'conflicting_values', 'prose',
     '总投资1189.6万元', '总投资1198.6万元', '总投资1198.6万元',
     'the output section gives 项目总投资1189.60万元 (and 750 / 1189.60 = 63.05%)'),
    ('sx-jixian-yishiyiyi-2023', 5, 'weight_sum_mismatch', 'prose',
     '效益指标30分', '效益指标35分', '效益指标35分',
     'stated level weights 10 + 50 + 35 + 10 = 105, and the 效益 rows of 附件1 carry 30'),
    ('sx-jixian-yishiyiyi-2023', 6, 'score_sum_mismatch', 'prose',
     '产出指标得分48.76分', '产出指标得分48.67分', '产出指标得分48.67分',
     'the 产出 rows of 附件1 add to 48.76, and 9.44 + 48.67 + 30 + 9.53 = 97.64, not the stated 97.73'),
    # --- Hunan, 东安县 2024 ------------------------------------------------------------------------------
    ('hn-dongan-yishiyiyi-2024', 1, 'implausible_rate', 'prose',
     '工程质量的满意度96.4%', '工程质量的满意度106.4%', '满意度106.4%',
     'a satisfaction rate cannot exceed 100%'),
    ('hn-dongan-yishiyiyi-2024', 2, 'grade_mismatch', 'prose',
     '评价等级为“优”', '评价等级为“良”', '评价等级为“良”',
     'total 99 is in the 优 band'),
    ('hn-dongan-yishiyiyi-2024', 3, 'score_exceeds_weight', 'table',
     '96.2% 10 9.82', '96.2% 10 10.12', '96.2% 10 10.12',
     '建后管护制度落实率 scored 10.12 on a weight of 10; row sum 99.41 still rounds to the whole-point total 99'),
    ('hn-dongan-yishiyiyi-2024', 4, 'balance_mismatch', 'table',
     '5=3-4 53.54', '5=3-4 35.54', '5=3-4 35.54',
     '行次 5 = 3 - 4: 1052.30 - 998.76 = 53.54'),
    ('hn-dongan-yishiyiyi-2024', 5, 'conflicting_values', 'prose',
     '奖补资金1052.3万元开展', '奖补资金1025.3万元开展', '奖补资金1025.3万元',
     'the funds tables give 全年预算数 1052.30万元 for the same money'),
    ('hn-dongan-yishiyiyi-2024', 6, 'score_sum_mismatch', 'table',
     '94.08% 10 9.8 ', '94.08% 10 8.9 ', '94.08% 10 8.9',
     'row scores now add to 98.21, stated total 99 (text and table)'),
]


def main():
    labels = []
    for src in SOURCES:
        clean = open(os.path.join(CASES, src + '-clean.txt'), encoding='utf-8').read()
        labels.append({'case': src + '-clean.txt', 'source': src, 'clean': True, 'expected': []})
        for (s, n, code, where, old, new, value, expl) in [e for e in EDITS if e[0] == src]:
            k = clean.count(old)
            if k != 1:
                raise SystemExit('%s e%d: old %r matches %d times' % (src, n, old, k))
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit('%s e%d: value %r not in the error case' % (src, n, value))
            name = '%s-e%d.txt' % (src, n)
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as fh:
                fh.write(text)
            labels.append({'case': name, 'source': src, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value, 'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + '\n')
    print('built %d cases (%d errors)' % (len(labels), len(EDITS)))


if __name__ == '__main__':
    main()
