#!/usr/bin/env python3
"""Build the n109 error cases and labels.jsonl from the five clean drafts.

Each edit below is an exact old -> new replacement applied to one clean draft; `old` must occur
exactly once in that draft.  `value` is a short substring of the error case that contains the
changed figure (the scorer accepts a finding whose span overlaps an occurrence of it).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

PROJECTS = [
    'fujin-gbnt-2019',
    'keyouqian-gbnt-2020',
    'dehui-gbnt-2022',
    'bayan-gbnt-2023',
    'kailu-gbnt-2025',
]

# (project, error no., code, old, new, value, explanation)
EDITS = [
    # ---------------- fujin-gbnt-2019 (Heilongjiang, 富锦市农业农村局) ----------------
    ('fujin-gbnt-2019', 1, 'rate_mismatch',
     '执行率71.66%', '执行率76.16%', '执行率76.16%',
     'municipal matching funds paid 16,123,500.00元 = 1,612.35万元 of 2,250.00万元 = 71.66%, stated 76.16%'),
    ('fujin-gbnt-2019', 2, 'sum_mismatch',
     '省级财政资金4,050.00万元', '省级财政资金4,005.00万元', '省级财政资金4,005.00万元',
     '16,200.00 + 4,005.00 + 2,250.00 = 22,455.00, stated total 22,500.00万元 (province share 4,050.00 transposed)'),
    ('fujin-gbnt-2019', 3, 'grade_mismatch',
     '评价等级为“优秀”', '评价等级为“良好”', '评价等级为“良好”',
     'total 97.32 is in the 优 band (>= 90); 良好 is wrong'),
    ('fujin-gbnt-2019', 4, 'unit_mismatch',
     '实际支付16,123,500.00元', '实际支付16,123,500.00万元', '16,123,500.00万元',
     'a 元 amount labelled 万元: 16,123,500.00元 = 1,612.35万元 fits the 71.66% rate and the 637.65万元 left unpaid; as 万元 it is 10^4 too large'),
    ('fujin-gbnt-2019', 5, 'completion_mismatch',
     '完成年度目标的103.44%', '完成年度目标的104.34%', '104.34%',
     'canals 192.4公里 against target >=186公里 = 103.44%, stated 104.34%'),
    ('fujin-gbnt-2019', 6, 'year_mismatch',
     '结转至2020年支付', '结转至2019年支付', '结转至2019年',
     'unspent money of the 2019 budget cannot be carried over into 2019 itself; should be 2020'),

    # ---------------- keyouqian-gbnt-2020 (Inner Mongolia, 科尔沁右翼前旗农牧局) ----------------
    ('keyouqian-gbnt-2020', 1, 'balance_mismatch',
     '结余387.58万元', '结余378.58万元', '结余378.58万元',
     'received 12,356.00 - spent 11,968.42 = 387.58万元, stated 378.58'),
    ('keyouqian-gbnt-2020', 2, 'score_sum_mismatch',
     '1.26万人       5     5', '1.26万人       5     4', '1.26万人       5     4',
     'row scores now add to 9.59 + 86.92 = 96.51 while the table total and the text say 97.51'),
    ('keyouqian-gbnt-2020', 3, 'weight_sum_mismatch',
     '≥95%         100%           10    10', '≥95%         100%           15    10', '≥95%         100%           15',
     'weights now add to 10 + 95 = 105 (产出 55) while the total row says 100'),
    ('keyouqian-gbnt-2020', 4, 'average_mismatch',
     '察尔森镇94.5%', '察尔森镇95.4%', '察尔森镇95.4%',
     '(95.0 + 96.5 + 97.0 + 95.4 + 96.0 + 97.2) / 6 = 96.18%, stated average 96.03%'),
    ('keyouqian-gbnt-2020', 5, 'conflicting_values',
     '2020年度全旗共完成高标准农田建设8.0万亩', '2020年度全旗共完成高标准农田建设8.6万亩', '高标准农田建设8.6万亩',
     'the area built is 8.0万亩 everywhere else (overview, outputs, table actual value)'),
    ('keyouqian-gbnt-2020', 6, 'implausible_rate',
     '        上年结转资金  0.00        0.00             0.00             —     —              —',
     '        上年结转资金  0.00        0.00             0.00             —     100.00%        —',
     '0.00             —     100.00%',
     'an execution rate of 100.00% printed for 上年结转资金 whose budget is 0.00 (rate on a zero base)'),

    # ---------------- dehui-gbnt-2022 (Jilin, 德惠市农业农村局) ----------------
    ('dehui-gbnt-2022', 1, 'rate_mismatch',
     '16,845.30   —     90.57%', '16,845.30   —     90.75%', '90.75%',
     'current-year appropriation 16,845.30 / 18,600.00 = 90.57%, stated 90.75%'),
    ('dehui-gbnt-2022', 2, 'score_exceeds_weight',
     '2.4万亩                 5     4      有机肥采购延迟，0.6万亩转入2023年春季实施\n'
     '                                新建及改造排水沟渠          ≥96公里           88.6公里                10    9.23   2个标段',
     '2.4万亩                 5     9.23   有机肥采购延迟，0.6万亩转入2023年春季实施\n'
     '                                新建及改造排水沟渠          ≥96公里           88.6公里                10    4      2个标段',
     '2.4万亩                 5     9.23',
     'scores of two adjacent rows swapped: 土壤改良 now scores 9.23 against a weight of 5 (total unchanged at 89.01)'),
    ('dehui-gbnt-2022', 3, 'grade_mismatch',
     '评价等级为良好', '评价等级为优秀', '评价等级为优秀',
     'total 89.01 is in the 良 band (80 <= s < 90); 优秀 needs 90'),
    ('dehui-gbnt-2022', 4, 'unit_mismatch',
     '≥96公里           88.6公里                10', '≥96公里           92.29%                  10', '≥96公里           92.29%',
     'actual value of a length target (公里) written as a percentage (the completion rate), so completion cannot be computed'),
    ('dehui-gbnt-2022', 5, 'year_mismatch',
     '截至2022年12月31日，项目累计支出', '截至2021年12月31日，项目累计支出', '截至2021年12月31日',
     'spending of the 2022 evaluation year reported as at 31 Dec 2021'),
    ('dehui-gbnt-2022', 6, 'sum_mismatch',
     '14,200.00', '14,020.00', '14,020.00',
     'year-start total 14,020.00 but components 13,640.00 + 560.00 + 0.00 = 14,200.00'),

    # ---------------- bayan-gbnt-2023 (Heilongjiang, 巴彦县农业农村局) ----------------
    ('bayan-gbnt-2023', 1, 'balance_mismatch',
     '结余1,276.32万元', '结余1,267.32万元', '结余1,267.32万元',
     'received 28,410.00 - spent 27,133.68 = 1,276.32万元, stated 1,267.32'),
    ('bayan-gbnt-2023', 2, 'score_sum_mismatch',
     '96.00%   5     4.8', '96.00%   5     4.6', '96.00%   5     4.6',
     'row scores now add to 98.51 while 合计, 自评得分 and the text say 98.71'),
    ('bayan-gbnt-2023', 3, 'weight_sum_mismatch',
     '104.00%  5     5', '104.00%  10    5', '104.00%  10',
     'weights now add to 105 (产出 55) while 合计 says 100'),
    ('bayan-gbnt-2023', 4, 'completion_mismatch',
     '97.43%', '97.34%', '97.34%',
     'canals 204.6公里 against >=210公里 = 97.43%, stated 97.34%'),
    ('bayan-gbnt-2023', 5, 'conflicting_values',
     '2023年全县建成高标准农田12.18万亩', '2023年全县建成高标准农田12.81万亩', '高标准农田12.81万亩',
     'the 2023 area built is 12.18万亩 in the output analysis and the table (and 2,227.72元/亩 = 27,133.68/12.18)'),
    ('bayan-gbnt-2023', 6, 'average_mismatch',
     '98.90分', '98.09分', '98.09分',
     '(98.50 + 98.09 + 98.73) / 3 = 98.44, stated average 98.71'),

    # ---------------- kailu-gbnt-2025 (Inner Mongolia, 开鲁县农牧局) ----------------
    ('kailu-gbnt-2025', 1, 'implausible_rate',
     '86.4%                 10', '864%                  10', '864%',
     'satisfaction of 864% is impossible (decimal point dropped from 86.4%)'),
    ('kailu-gbnt-2025', 2, 'score_exceeds_weight',
     '96%                   10    9.6    2处渠道衬砌返工\n'
     '            时效指标            项目完工时间        2025年10月31日前  2个片区未完工         5     2      初步',
     '96%                   10    2      2处渠道衬砌返工\n'
     '            时效指标            项目完工时间        2025年10月31日前  2个片区未完工         5     9.6    初步',
     '2个片区未完工         5     9.6',
     'scores of two adjacent rows swapped: 项目完工时间 now scores 9.6 against a weight of 5 (total unchanged at 79.89)'),
    ('kailu-gbnt-2025', 3, 'unit_mismatch',
     '其中开鲁县1.95亿元', '其中开鲁县1.95万元', '开鲁县1.95万元',
     'the county allocation is the project fund 19,500.00万元 = 1.95亿元; written 万元 it is 10^4 too small'),
    ('kailu-gbnt-2025', 4, 'completion_mismatch',
     '完成率92.33%', '完成率93.23%', '完成率93.23%',
     'canals 79.4公里 against >=86公里 = 92.33%, stated 93.23%'),
    ('kailu-gbnt-2025', 5, 'conflicting_values',
     '工程质量合格率96%，有2处', '工程质量合格率98%，有2处', '工程质量合格率98%',
     'the quality pass rate is 96% in the 自评表 (and its score 9.6 = 10 x 96%); the text says 98%'),
    ('kailu-gbnt-2025', 6, 'year_mismatch',
     '（2025年度）', '（2024年度）', '（2024年度）',
     'the self-evaluation table is headed 2024 in the 2025 report (title, budget and spending are 2025)'),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f'{pid}-clean.txt'
        with open(os.path.join(CASES, clean_name), encoding='utf-8') as fh:
            clean = fh.read()
        labels.append({'case': clean_name, 'source': pid, 'clean': True, 'expected': []})
        for (p, n, code, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            count = clean.count(old)
            if count != 1:
                sys.exit(f'{pid}-e{n}: old string occurs {count} times, expected exactly once: {old!r}')
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f'{pid}-e{n}: value {value!r} not in the error case')
            name = f'{pid}-e{n}.txt'
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as fh:
                fh.write(text)
            labels.append({'case': name, 'source': pid, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value,
                                         'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + '\n')
    print(f'built {sum(1 for l in labels if not l["clean"])} error cases, {len(labels)} labels')


if __name__ == '__main__':
    main()
