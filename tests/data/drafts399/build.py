#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one replacement (old -> new); `old` must occur exactly once
in the clean draft. `value` is the short substring of the error case that carries the changed figure.
Standard library only. Run from this directory:  python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

PROJECTS = [
    'ha-suiping-binghaizhu-2018',
    'hn-ningxiang-tuzaijianguan-2020',
    'sx-qingxu-tuzaizhiliang-2021',
    'sc-jiajiang-tuzaibuzhu-2022',
    'hl-hulan-xumubumen-2024',
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 河南 遂平 2018 -------------------------------------------------------------------------------------
    ('ha-suiping-binghaizhu-2018', 1, 'rate_mismatch', 'table',
     '｜10｜96.30%｜9.63', '｜10｜96.03%｜9.63', '96.03%',
     '执行率 in the funds block: 115.56 / 120.00 = 96.30%, the table states 96.03%'),
    ('ha-suiping-binghaizhu-2018', 2, 'sum_mismatch', 'prose',
     '254头、298头', '245头、298头', '245头',
     'quarters 312 + 286 + 245 + 298 = 1141头, the same sentence gives the year total 1150头'),
    ('ha-suiping-binghaizhu-2018', 3, 'completion_mismatch', 'table',
     '｜9.5｜95.00%｜', '｜9.5｜90.50%｜', '90.50%',
     '“瘦肉精”抽检 456 of ≥480 批次: completion 95.00%, the row states 90.50%'),
    ('ha-suiping-binghaizhu-2018', 4, 'unit_mismatch', 'prose',
     '无害化处理费用补贴92000元', '无害化处理费用补贴92000万元', '92000万元',
     '1150头 × 80元 = 92000元 (9.20万元); labelled 万元, 92.00 + 92000 no longer gives 101.20万元 — '
     'rescaling this one amount by 10^4 reconciles the sum and the per-head product'),
    ('ha-suiping-binghaizhu-2018', 5, 'conflicting_values', 'prose',
     '全年1150头病害猪均', '全年1510头病害猪均', '全年1510头病害猪',
     'the same year count is 1150头 in 产出 (sum of the quarters) and in the 自评表 实际完成值'),
    ('ha-suiping-binghaizhu-2018', 6, 'balance_mismatch', 'prose',
     '年末结余4.44万元', '年末结余4.34万元', '结余4.34万元',
     'all 120.00万元 arrived and 115.56万元 was spent: balance 4.44万元, stated 4.34万元'),
    # ---- 湖南 宁乡 2020 -------------------------------------------------------------------------------------
    ('hn-ningxiang-tuzaijianguan-2020', 1, 'score_exceeds_weight', 'table',
     '94.08%\t5\t4.8\t', '94.08%\t5\t5.2\t', '94.08%\t5\t5.2',
     '时效 row: score 5.2 above its weight 5 (the whole-point total 98 still matches the row sum 98.4 at d=0)'),
    ('hn-ningxiang-tuzaijianguan-2020', 2, 'weight_sum_mismatch', 'table',
     '预算执行率分值10分', '预算执行率分值15分', '预算执行率分值15分',
     'heading line above the table: 15 + 90 (产出、效益、满意度) = 105, 合计 100; the rows carry 90'),
    ('hn-ningxiang-tuzaijianguan-2020', 3, 'average_mismatch', 'prose',
     '平均每家283.3头', '平均每家238.3头', '平均每家238.3头',
     '1700头 / 6家 = 283.3头, stated 238.3头'),
    ('hn-ningxiang-tuzaijianguan-2020', 4, 'balance_mismatch', 'prose',
     '年末结余3.55万元', '年末结余3.45万元', '结余3.45万元',
     '180.00 − 176.45 = 3.55万元, stated 3.45万元'),
    ('hn-ningxiang-tuzaijianguan-2020', 5, 'implausible_rate', 'prose',
     '记录完整率98.5%', '记录完整率108.5%', '完整率108.5%',
     'a completeness rate of sampled records cannot exceed 100%'),
    ('hn-ningxiang-tuzaijianguan-2020', 6, 'grade_mismatch', 'table',
     '评价等级\t优', '评价等级\t良', '评价等级\t良',
     'total 98 is in the 优 band (90–100), the table says 良'),
    # ---- 山西 清徐 2021 -------------------------------------------------------------------------------------
    ('sx-qingxu-tuzaizhiliang-2021', 1, 'rate_mismatch', 'table',
     '\t83.38\n', '\t83.83\n', '83.83',
     'row (7)=(4)/(2), 县区级 column: 21.68 / 26.00 = 83.38%, printed 83.83'),
    ('sx-qingxu-tuzaizhiliang-2021', 2, 'score_sum_mismatch', 'table',
     '\t14.4\n', '\t14.1\n', '14.1',
     '附件1 rows now sum to 98.56 (效益 29.1) against 合计 98.86 and the 效益 29.4 / 总分 98.86 stated in 二'),
    ('sx-qingxu-tuzaizhiliang-2021', 3, 'completion_mismatch', 'table',
     '\t108.33%\n', '\t103.33%\n', '103.33%',
     '195头 against ≥180头: completion 108.33%, printed 103.33%'),
    ('sx-qingxu-tuzaizhiliang-2021', 4, 'average_mismatch', 'prose',
     '平均每家208批次', '平均每家218批次', '平均每家218批次',
     '(236 + 212 + 176) / 3 = 208批次, stated 218批次'),
    ('sx-qingxu-tuzaizhiliang-2021', 5, 'year_mismatch', 'prose',
     '截至2021年12月31日全部到位', '截至2020年12月31日全部到位', '截至2020年12月31日',
     'the 2021 budget (80.00万元, 9月追加) is said to be fully received by 31 Dec 2020: a second evaluation year '
     'claimed for the same figure'),
    ('sx-qingxu-tuzaizhiliang-2021', 6, 'conflicting_values', 'prose',
     '全年195头病害猪及其产品', '全年159头病害猪及其产品', '全年159头病害猪',
     'the year count is 195头 in 产出 (sum of the quarters) and in 附件1'),
    # ---- 四川 夹江 2022 -------------------------------------------------------------------------------------
    ('sc-jiajiang-tuzaibuzhu-2022', 1, 'score_exceeds_weight', 'table',
     '\t86.4\t5\t4.8\t', '\t86.4\t5\t5.2\t', '86.4\t5\t5.2',
     '时效 row: score 5.2 above its weight 5 (row sum 97.4 still reads 97 at whole-point precision)'),
    ('sc-jiajiang-tuzaibuzhu-2022', 2, 'unit_mismatch', 'prose',
     '每人每月2400元', '每人每月2400万元', '每人每月2400万元',
     '6人 × 12月 × 2400元 = 17.28万元; written as 万元 the labour cost is off by exactly 10^4'),
    ('sc-jiajiang-tuzaibuzhu-2022', 3, 'rate_mismatch', 'prose',
     '县级资金执行率85.00%', '县级资金执行率88.50%', '执行率88.50%',
     '中央 and 省级 fully spent, so 县级 spent 91.20 − 46.00 − 18.00 = 27.20 of 32.00 = 85.00%'),
    ('sc-jiajiang-tuzaibuzhu-2022', 4, 'grade_mismatch', 'table',
     '等级：优', '等级：良', '等级：良',
     'self-score 97 is in the 优 band'),
    ('sc-jiajiang-tuzaibuzhu-2022', 5, 'sum_mismatch', 'prose',
     '消毒费用25.82万元', '消毒费用28.52万元', '28.52万元',
     '34.40 + 3.44 + 17.28 + 10.26 + 28.52 = 93.90万元, the stated 全年执行 is 91.20万元'),
    ('sc-jiajiang-tuzaibuzhu-2022', 6, 'conflicting_values', 'table',
     '\t批次\t684\t', '\t批次\t648\t', '批次\t648',
     'the report gives 684批次 (and 684 × 150元 = 10.26万元); the table says 648'),
    # ---- 黑龙江 呼兰 2024 (部门整体) ------------------------------------------------------------------------
    ('hl-hulan-xumubumen-2024', 1, 'average_mismatch', 'prose',
     '平均96.70分', '平均96.07分', '平均96.07分',
     '(96.5 + 95.4 + 98.2) / 3 = 96.70, stated 96.07'),
    ('hl-hulan-xumubumen-2024', 2, 'implausible_rate', 'prose',
     '集中收集覆盖率100%', '集中收集覆盖率110%', '覆盖率110%',
     'a coverage rate cannot exceed 100%'),
    ('hl-hulan-xumubumen-2024', 3, 'year_mismatch', 'prose',
     '结转至2025年', '结转至2024年', '结转至2024年',
     'unspent money of the 2024 budget cannot be carried over to 2024 itself'),
    ('hl-hulan-xumubumen-2024', 4, 'score_sum_mismatch', 'table',
     '\t9.65\t', '\t9.56\t', '9.56',
     'row scores now add to 99.30, 合计 and the report state 99.39'),
    ('hl-hulan-xumubumen-2024', 5, 'weight_sum_mismatch', 'table',
     '区域性重大动物疫情\t0起\t0起\t10\t10', '区域性重大动物疫情\t0起\t0起\t15\t10', '0起\t0起\t15',
     'weights now add to 105 (效益 35), 合计 says 100'),
    ('hl-hulan-xumubumen-2024', 6, 'unit_mismatch', 'table',
     '驻场监管\t5家\t5家', '驻场监管\t5家\t100%', '5家\t100%',
     'target counted in 家, actual given as a percentage: completion cannot be computed'),
]


def main():
    labels = []
    by_project = {}
    for e in EDITS:
        by_project.setdefault(e[0], []).append(e)
    for pid in PROJECTS:
        clean_name = f'{pid}-clean.txt'
        clean = open(os.path.join(CASES, clean_name), encoding='utf-8').read()
        labels.append({'case': clean_name, 'source': pid, 'clean': True, 'expected': []})
        for (_, n, code, where, old, new, value, expl) in sorted(by_project[pid], key=lambda e: e[1]):
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f'{pid}-e{n}: old string occurs {cnt} times: {old!r}')
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f'{pid}-e{n}: value not in error case: {value!r}')
            name = f'{pid}-e{n}.txt'
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as f:
                f.write(text)
            labels.append({'case': name, 'source': pid, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value,
                                         'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print(f'built {len(labels)} cases ({sum(1 for r in labels if not r["clean"])} with one error)')


if __name__ == '__main__':
    main()
