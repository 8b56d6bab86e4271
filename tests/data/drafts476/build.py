#!/usr/bin/env python3
"""Build the 30 error cases and labels.jsonl from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is the exact substring of the error case that carries the slip (checked to occur once).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

SOURCES = [
    'jx-jingan-senlinkangyang-2021',
    'fj-youxi-linxiajingji-2019',
    'hb-luotian-linxiayaocai-2023',
    'sc-hongya-kangyangbudao-2020',
    'ha-xinxian-linyeju-bumen-2024',
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 江西 靖安 森林康养基地 2021 ----
    ('jx-jingan-senlinkangyang-2021', 1, 'balance_mismatch', 'prose',
     '年末尚未支付的13.08万元', '年末尚未支付的13.80万元', '尚未支付的13.80万元',
     'unspent = 481.40 - 468.32 = 13.08万元 (also the 5% retention of the 261.60万元 contract), stated 13.80'),
    ('jx-jingan-senlinkangyang-2021', 2, 'average_mismatch', 'prose',
     '户均增收4,150元', '户均增收4,510元', '户均增收4,510元',
     '56.44万元 / 136户 = 4,150元 per household, stated 4,510'),
    ('jx-jingan-senlinkangyang-2021', 3, 'conflicting_values', 'prose',
     '二期新建森林康养步道8.6公里', '二期新建森林康养步道6.8公里', '森林康养步道6.8公里',
     'the trail built in 2021 is 8.6公里 in the indicator table (实际完成值), 6.8公里 in the text'),
    ('jx-jingan-senlinkangyang-2021', 4, 'rate_mismatch', 'table',
     '97.28%  9.73', '97.82%  9.73', '97.82%  9.73',
     '执行率 = 468.32 / 481.40 = 97.28%, table states 97.82%'),
    ('jx-jingan-senlinkangyang-2021', 5, 'year_mismatch', 'table',
     '（2021年度）', '（2020年度）', '（2020年度）',
     'self-evaluation table headed 2020年度 in the 2021 report (title, budget and 截至2021年12月31日 are 2021)'),
    ('jx-jingan-senlinkangyang-2021', 6, 'weight_sum_mismatch', 'table',
     '3处             6     6', '3处             8     6', '3处             8     6',
     '产出 rows now weigh 8+8+8+8+6+6+8 = 52 against the 产出指标小计 50 (total of weights 102)'),
    # ---- 福建 尤溪 林下经济示范基地 2019 ----
    ('fj-youxi-linxiajingji-2019', 1, 'completion_mismatch', 'table',
     '1580亩          105.33%', '1580亩          103.53%', '1580亩          103.53%',
     '完成率 = 1580 / 1500 = 105.33%, stated 103.53%'),
    ('fj-youxi-linxiajingji-2019', 2, 'unit_mismatch', 'prose',
     '每亩补助1,200元', '每亩补助1,200万元', '每亩补助1,200万元',
     'per-亩 subsidy written in 万元: 360亩 x 1,200万元 would be 432,000万元, not the stated 43.20万元; 1,200元 reconciles it'),
    ('fj-youxi-linxiajingji-2019', 3, 'sum_mismatch', 'prose',
     '种植类基地面积共2,360亩', '种植类基地面积共2,630亩', '面积共2,630亩',
     'planting bases 420 + 360 + 1,580 = 2,360亩, stated 2,630'),
    ('fj-youxi-linxiajingji-2019', 4, 'sum_mismatch', 'table',
     '40.00       31.58', '40.00       35.18', '40.00       35.18',
     'execution column: 150.00 + 60.00 + 35.18 = 245.18 against the 合计 241.58'),
    ('fj-youxi-linxiajingji-2019', 5, 'score_sum_mismatch', 'prose',
     '综合得分98.82分', '综合得分98.28分', '综合得分98.28分',
     '9.66 + 50 + 29.16 + 10 = 98.82, stated 98.28'),
    ('fj-youxi-linxiajingji-2019', 6, 'grade_mismatch', 'prose',
     '评价等级为“优”', '评价等级为“良”', '评价等级为“良”',
     'total 98.82 lies in the 优 band (>= 90)'),
    # ---- 湖北 罗田 林下中药材基地 2023 ----
    ('hb-luotian-linxiayaocai-2023', 1, 'score_exceeds_weight', 'table',
     '520户          8     8     —', '520户          8     8.32  —', '520户          8     8.32',
     'row 带动农户数 scored 8.32 (= 8 x 520/500, not capped) above its weight 8; subtotal 28 and total 97 stay within whole-point rounding'),
    ('hb-luotian-linxiayaocai-2023', 2, 'balance_mismatch', 'table',
     '308.81      16.19', '308.81      16.91', '308.81      16.91',
     '结余 = 到位 325.00 - 执行 308.81 = 16.19, stated 16.91'),
    ('hb-luotian-linxiayaocai-2023', 3, 'sum_mismatch', 'table',
     '县级资金  30.00', '县级资金  35.00', '县级资金  35.00',
     '年初预算 column: 200.00 + 80.00 + 35.00 = 315.00 against the 合计 310.00 (and 35 + 15 追加 != 45)'),
    ('hb-luotian-linxiayaocai-2023', 4, 'completion_mismatch', 'prose',
     '完成年度目标的105%', '完成年度目标的115%', '完成年度目标的115%',
     '1,260亩 / 1,200亩 = 105%, stated 115%'),
    ('hb-luotian-linxiayaocai-2023', 5, 'average_mismatch', 'prose',
     '平均每镇150亩', '平均每镇160亩', '平均每镇160亩',
     '(190 + 160 + 100) / 3 = 150亩, stated 160'),
    ('hb-luotian-linxiayaocai-2023', 6, 'rate_mismatch', 'prose',
     '上半年支出进度43.88%', '上半年支出进度48.38%', '支出进度48.38%',
     '142.60 / 325.00 = 43.88%, stated 48.38%'),
    # ---- 四川 洪雅 森林康养基地配套设施 2020 ----
    ('sc-hongya-kangyangbudao-2020', 1, 'score_exceeds_weight', 'table',
     '8.3万人次       10    10', '8.3万人次       10    10.4', '8.3万人次       10    10.4',
     'row 年接待康养游客 scored 10.4 (= 10 x 8.3/8, not capped) above its weight 10; subtotal 29 and total 99 stay within whole-point rounding'),
    ('sc-hongya-kangyangbudao-2020', 2, 'weight_sum_mismatch', 'table',
     '2020年11月20日  5     5', '2020年11月20日  7     5', '2020年11月20日  7',
     '产出 rows now weigh 10+8+8+8+6+7+5 = 52 against the 产出指标小计 50 (total of weights 102)'),
    ('sc-hongya-kangyangbudao-2020', 3, 'unit_mismatch', 'table',
     '2160平方米', '2160立方米', '2160立方米',
     'target ≥2000平方米 (area), actual given in 立方米: completion cannot be computed'),
    ('sc-hongya-kangyangbudao-2020', 4, 'year_mismatch', 'prose',
     '截至2020年12月31日', '截至2019年12月31日', '截至2019年12月31日',
     'cumulative spending of the 2020 budget dated 截至2019年12月31日; must name the evaluation year 2020'),
    ('sc-hongya-kangyangbudao-2020', 5, 'conflicting_values', 'table',
     '12.4公里        10', '14.2公里        10', '14.2公里',
     'table actual 14.2公里 against 全年新建康养步道12.4公里 in the text'),
    ('sc-hongya-kangyangbudao-2020', 6, 'implausible_rate', 'prose',
     '数据有效率98.6%', '数据有效率108.6%', '数据有效率108.6%',
     'a data-validity rate cannot exceed 100%'),
    # ---- 河南 新县 林业局部门整体 2024 ----
    ('ha-xinxian-linyeju-bumen-2024', 1, 'score_sum_mismatch', 'table',
     '6     5.55', '6     5.85', '37家            6     5.85',
     '效益 rows 9.31 + 8 + 6 + 5.85 = 29.16 against the 效益指标小计 28.86'),
    ('ha-xinxian-linyeju-bumen-2024', 2, 'grade_mismatch', 'table',
     '自评等级    优', '自评等级    良', '自评等级    良',
     'total 98.46 lies in the 优 band (>= 90)'),
    ('ha-xinxian-linyeju-bumen-2024', 3, 'rate_mismatch', 'prose',
     '执行率95.68%', '执行率96.58%', '执行率96.58%',
     '项目支出 721.59 / 754.20 = 95.68%, stated 96.58%'),
    ('ha-xinxian-linyeju-bumen-2024', 4, 'implausible_rate', 'table',
     '≥90%              95.2%', '≥90%              105.2%', '≥90%              105.2%',
     'satisfaction 105.2% is above 100%'),
    ('ha-xinxian-linyeju-bumen-2024', 5, 'conflicting_values', 'prose',
     '新建康养步道6.8公里', '新建康养步道8.6公里', '康养步道8.6公里',
     'text gives 8.6公里 for the phase-II trail, the indicator table 6.8公里'),
    ('ha-xinxian-linyeju-bumen-2024', 6, 'completion_mismatch', 'prose',
     '完成年度任务的105%', '完成年度任务的115%', '完成年度任务的115%',
     '3,150亩 / 3,000亩 = 105%, stated 115%'),
]


def main():
    labels = []
    ok = True
    for src in SOURCES:
        clean_name = f'{src}-clean.txt'
        clean = open(os.path.join(CASES, clean_name), encoding='utf-8').read()
        labels.append({'case': clean_name, 'source': src, 'clean': True, 'expected': []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                print(f'ERROR {src}-e{n}: old {old!r} matches {cnt} times')
                ok = False
                continue
            err = clean.replace(old, new, 1)
            if err.count(value) != 1:
                print(f'ERROR {src}-e{n}: value {value!r} occurs {err.count(value)} times')
                ok = False
            name = f'{src}-e{n}.txt'
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as f:
                f.write(err)
            labels.append({'case': name, 'source': src, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value,
                                         'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print(f'built {len(labels)} cases')
    if not ok:
        sys.exit(1)


# where (prose/table) per case, used by README and verify
WHERE = {f'{s}-e{n}.txt': where for (s, n, code, where, *_rest) in EDITS}

if __name__ == '__main__':
    main()
