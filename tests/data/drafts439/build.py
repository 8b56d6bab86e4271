#!/usr/bin/env python3
"""Build the 30 error cases and labels.jsonl of this set from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is the exact substring of the error case that carries the slip (it must contain the changed figure).
Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

ORDER = [
    'xj-manas-canmo-2022',
    'sd-qihe-jiegan-2020',
    'nx-pengyang-nongmo-2023',
    'jl-lishu-bumen-2024',
    'ha-huaxian-jiegan-2019',
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ------------------------------------------------------------------ Xinjiang Manas 2022
    ('xj-manas-canmo-2022', 1, 'rate_mismatch', 'table',
     '87.31%', '83.71%',
     '回收残膜资源化利用率    ≥80%        83.71%',
     '资源化利用率 = 加工利用量3650吨 / 回收量4180.6吨 = 87.31%; the table states 83.71%'),
    ('xj-manas-canmo-2022', 2, 'balance_mismatch', 'prose',
     '年末结余35.28万元', '年末结余35.82万元',
     '年末结余35.82万元',
     '到位720万元 − 支出684.72万元 = 35.28万元, stated 35.82万元'),
    ('xj-manas-canmo-2022', 3, 'score_exceeds_weight', 'table',
     '86.73%       8     8\n                            回收残膜资源化利用率    ≥80%        87.31%       6     6',
     '86.73%       8     9\n                            回收残膜资源化利用率    ≥80%        87.31%       6     5',
     '当季地膜回收率          ≥85%        86.73%       8     9',
     '当季地膜回收率: score 9 above its weight 8 (the next row was lowered 6 → 5 so the total still reads 99.03)'),
    ('xj-manas-canmo-2022', 4, 'grade_mismatch', 'prose',
     '评价等级为“优”', '评价等级为“良”',
     '评价等级为“良”',
     'total 99.03 lies in the 优 band (90–100), stated 良'),
    ('xj-manas-canmo-2022', 5, 'implausible_rate', 'table',
     '≥90%        93.6%', '≥90%        103.6%',
     '种植户满意度            ≥90%        103.6%',
     'a satisfaction rate cannot exceed 100%'),
    ('xj-manas-canmo-2022', 6, 'year_mismatch', 'prose',
     '结转至2023年继续用于', '结转至2022年继续用于',
     '结转至2022年',
     'the unspent 35.28万元 of the 2022 budget is carried over into 2022 itself; a carry-over goes to a later year (2023)'),
    # ------------------------------------------------------------------ Shandong Qihe 2020
    ('sd-qihe-jiegan-2020', 1, 'completion_mismatch', 'table',
     '30.45万亩｜101.50%', '30.45万亩｜105.10%',
     '秸秆深翻还田作业面积｜≥30万亩｜30.45万亩｜105.10%',
     'completion 30.45 / 30 = 101.50%, stated 105.10%'),
    ('sd-qihe-jiegan-2020', 2, 'sum_mismatch', 'prose',
     '118.42万吨、19.65万吨', '118.42万吨、19.56万吨',
     '118.42万吨、19.56万吨、7.36万吨、1.87万吨和3.53万吨',
     '118.42 + 19.56 + 7.36 + 1.87 + 3.53 = 150.74万吨, but the 综合利用量 is 150.83万吨'),
    ('sd-qihe-jiegan-2020', 3, 'average_mismatch', 'prose',
     '平均每处0.87万吨', '平均每处0.78万吨',
     '平均每处0.78万吨',
     '(1.2 + 0.8 + 0.8 + 1.0 + 0.6 + 0.8) / 6 = 0.87万吨, stated 0.78万吨'),
    ('sd-qihe-jiegan-2020', 4, 'weight_sum_mismatch', 'table',
     '5.2万吨｜104.00%｜8｜8', '5.2万吨｜104.00%｜9｜8',
     '秸秆离田收储量｜≥5万吨｜5.2万吨｜104.00%｜9',
     'weight of 秸秆离田收储量 raised 8 → 9: the weights now total 101 while the 合计 row reads 100'),
    ('sd-qihe-jiegan-2020', 5, 'unit_mismatch', 'prose',
     '离田收储补助260.00万元', '离田收储补助2600000万元',
     '离田收储补助2600000万元',
     '5.2万吨 × 50元/吨 = 2,600,000元 = 260.00万元: the 元 figure is written with the unit 万元 (off by 10^4), which also breaks the 986.40万元 breakdown'),
    ('sd-qihe-jiegan-2020', 6, 'conflicting_values', 'prose',
     '全年完成秸秆深翻还田30.45万亩', '全年完成秸秆深翻还田30.54万亩',
     '深翻还田30.54万亩',
     'the same 深翻还田 area is 30.45万亩 in the subsidy sentence (×20元 = 609.00万元) and in the table'),
    # ------------------------------------------------------------------ Ningxia Pengyang 2023
    ('nx-pengyang-nongmo-2023', 1, 'sum_mismatch', 'prose',
     '马铃薯及露地蔬菜7.3万亩', '马铃薯及露地蔬菜7.8万亩',
     '马铃薯及露地蔬菜7.8万亩',
     '玉米29.5万亩 + 马铃薯及露地蔬菜7.8万亩 = 37.3万亩, but the 地膜覆盖面积 is 36.8万亩'),
    ('nx-pengyang-nongmo-2023', 2, 'completion_mismatch', 'table',
     '2286.5吨    103.93%', '2286.5吨    103.39%',
     '废旧农膜回收量          ≥2200吨     2286.5吨    103.39%',
     'completion 2286.5 / 2200 = 103.93%, stated 103.39%'),
    ('nx-pengyang-nongmo-2023', 3, 'score_sum_mismatch', 'table',
     '96.20%   5     4.81', '96.20%   5     4.18',
     '96.2%       96.20%   5     4.18',
     'row scores now add up to 98.43 (9.42 + 49.18 + 30 + 9.83), the 合计 and the text say 99.06'),
    ('nx-pengyang-nongmo-2023', 4, 'rate_mismatch', 'prose',
     '执行率93.93%', '执行率93.39%',
     '执行率93.39%',
     '当年财政拨款 execution 497.82 / 530 = 93.93%, stated 93.39%'),
    ('nx-pengyang-nongmo-2023', 5, 'year_mismatch', 'table',
     '绩效自评表（2023年度）', '绩效自评表（2022年度）',
     '自评表（2022年度）',
     'the 自评表 of the 2023 report is headed 2022年度'),
    ('nx-pengyang-nongmo-2023', 6, 'conflicting_values', 'prose',
     '全年推广加厚高强度地膜12.4万亩', '全年推广加厚高强度地膜14.2万亩',
     '加厚高强度地膜14.2万亩',
     'the promoted area is 12.4万亩 in the funds sentence (×22元 = 272.80万元) and in the table'),
    # ------------------------------------------------------------------ Jilin Lishu 2024 (department)
    ('jl-lishu-bumen-2024', 1, 'average_mismatch', 'prose',
     '平均92.80分', '平均92.08分',
     '平均92.08分',
     '(96.5 + 94.2 + 91.8 + 88.7) / 4 = 92.80, stated 92.08'),
    ('jl-lishu-bumen-2024', 2, 'score_exceeds_weight', 'table',
     '60.54万吨       8     8\n                            农田残膜回收量        ≥600吨            584吨           6     5.84',
     '60.54万吨       8     8.5\n                            农田残膜回收量        ≥600吨            584吨           6     5.34',
     '秸秆离田利用量        ≥60万吨           60.54万吨       8     8.5',
     '秸秆离田利用量: score 8.5 above its weight 8 (the next row was lowered 5.84 → 5.34 so the total still reads 99.61)'),
    ('jl-lishu-bumen-2024', 3, 'weight_sum_mismatch', 'table',
     '22.6克/千克     10    10', '22.6克/千克     12    10',
     '监测点土壤有机质含量  ≥22.0克/千克      22.6克/千克     12',
     'weight raised 10 → 12: weights now total 102 (效益 32 against the 30 stated in the text), 合计 reads 100'),
    ('jl-lishu-bumen-2024', 4, 'balance_mismatch', 'prose',
     '未支出资金286.54万元', '未支出资金268.54万元',
     '未支出资金268.54万元',
     '12486.30 − 12199.76 = 286.54万元, stated 268.54万元'),
    ('jl-lishu-bumen-2024', 5, 'conflicting_values', 'table',
     '≥60万吨           60.54万吨', '≥60万吨           60.45万吨',
     '秸秆离田利用量        ≥60万吨           60.45万吨',
     'the 离田利用量 is 60.54万吨 twice in the text (×30元 = 1816.20万元; 328.20 + 60.54 = 388.74) but 60.45万吨 in the table'),
    ('jl-lishu-bumen-2024', 6, 'rate_mismatch', 'table',
     '10873.46    97.43%', '10873.46    97.34%',
     '10873.46    97.34%',
     '项目支出 execution 10873.46 / 11160.00 = 97.43%, stated 97.34%'),
    # ------------------------------------------------------------------ Henan Huaxian 2019
    ('ha-huaxian-jiegan-2019', 1, 'unit_mismatch', 'table',
     '≥22万吨       16.5万吨', '≥22万吨       16.5万亩',
     '秸秆离田收储量        ≥22万吨       16.5万亩',
     'target in 万吨, actual in 万亩: completion cannot be computed'),
    ('ha-huaxian-jiegan-2019', 2, 'score_sum_mismatch', 'table',
     '5.8万吨       6     5.35', '5.8万吨       6     5.53',
     '青贮饲料化利用量      ≥6.5万吨      5.8万吨       6     5.53',
     'row scores now add up to 86.33, the 合计 and the text say 86.15'),
    ('ha-huaxian-jiegan-2019', 3, 'implausible_rate', 'prose',
     '小麦机收率达到99.1%', '小麦机收率达到109.1%',
     '小麦机收率达到109.1%',
     'a harvest mechanisation rate (share of the wheat area) cannot exceed 100%'),
    ('ha-huaxian-jiegan-2019', 4, 'grade_mismatch', 'prose',
     '评价等级为良好', '评价等级为优秀',
     '评价等级为优秀',
     'total 86.15 lies in the 良 band (80–90), stated 优秀'),
    ('ha-huaxian-jiegan-2019', 5, 'year_mismatch', 'table',
     '绩效自评表（2019年度）', '绩效自评表（2018年度）',
     '自评表（2018年度）',
     'the attached 自评表 of the 2019 report is headed 2018年度'),
    ('ha-huaxian-jiegan-2019', 6, 'completion_mismatch', 'prose',
     '完成年度目标的75%', '完成年度目标的78%',
     '完成年度目标的78%',
     '16.5万吨 / 22万吨 = 75%, stated 78%'),
]


def main():
    clean = {}
    for src in ORDER:
        with open(os.path.join(CASES, f'{src}-clean.txt'), encoding='utf-8') as f:
            clean[src] = f.read()
    labels = []
    for src in ORDER:
        labels.append({'case': f'{src}-clean.txt', 'source': src, 'clean': True, 'expected': []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            text = clean[src]
            cnt = text.count(old)
            if cnt != 1:
                sys.exit(f'{src}-e{n}: old string matches {cnt} times: {old!r}')
            out = text.replace(old, new)
            if out.count(value) != 1:
                sys.exit(f'{src}-e{n}: value occurs {out.count(value)} times in the error case: {value!r}')
            with open(os.path.join(CASES, f'{src}-e{n}.txt'), 'w', encoding='utf-8') as f:
                f.write(out)
            labels.append({'case': f'{src}-e{n}.txt', 'source': src, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value,
                                         'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print(f'built {len(labels)} cases ({sum(1 for r in labels if not r["clean"])} with errors)')


if __name__ == '__main__':
    main()
