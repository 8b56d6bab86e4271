#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean
draft; each error case carries exactly one injected arithmetic slip.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

PROJECTS = [
    'ha-luyi-dimingbiaozhi-2019',
    'jx-yudu-jiexianlianjian-2021',
    'sx-yushe-xiangcundiming-2022',
    'sc-cangxi-quhuadiming-2024',
    'hb-xianning-dimingzhongxin-2018',
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 鹿邑县 2019 地名标志设置 (MOF outline, MOF table) ----
    ('ha-luyi-dimingbiaozhi-2019', 1, 'rate_mismatch', 'prose',
     '支出118.87万元，执行率94.34%', '支出118.87万元，执行率93.44%', '执行率93.44%',
     '当年财政拨款: spent 118.87 / 126 = 94.34%, stated 93.44% (this sub-rate is printed only in the text)'),
    ('ha-luyi-dimingbiaozhi-2019', 2, 'sum_mismatch', 'table',
     '其中：当年财政拨款｜107.40｜', '其中：当年财政拨款｜107.04｜', '当年财政拨款｜107.04',
     '年初预算 column: 107.04 + 12.60 + 0.00 = 119.64, but 年度资金总额 is 120.00 (and 107.04 + 追加18.60 = 125.64, not the 126.00 全年 figure)'),
    ('ha-luyi-dimingbiaozhi-2019', 3, 'completion_mismatch', 'prose',
     '完成年度计划520块的103.08%', '完成年度计划520块的130.08%', '520块的130.08%',
     '536 signs against a target of 520 = 103.08%, stated 130.08%'),
    ('ha-luyi-dimingbiaozhi-2019', 4, 'score_sum_mismatch', 'table',
     '｜建立｜已建立｜10｜9｜', '｜建立｜已建立｜10｜8.5｜', '已建立｜10｜8.5',
     'row scores now add to 9.49 + 49.79 + 28.5 + 10 = 97.78, but 总分 (table and text) is 98.28'),
    ('ha-luyi-dimingbiaozhi-2019', 5, 'unit_mismatch', 'prose',
     '单价18元/块，计26.28万元', '单价18元/块，计262800万元', '262800万元',
     '14600 × 18元 = 262800元 = 26.28万元: the 元 amount is labelled 万元 (off by 10^4); the 支出明细 no longer adds to 131.47'),
    ('ha-luyi-dimingbiaozhi-2019', 6, 'year_mismatch', 'prose',
     '已结转至2020年继续使用', '已结转至2019年继续使用', '结转至2019年',
     'money left over from the 2019 budget cannot be carried over into 2019 itself (should be a later year)'),

    # ---- 于都县 2021 县级界线联检 (Hunan-like outline, MOF table) ----
    ('jx-yudu-jiexianlianjian-2021', 1, 'balance_mismatch', 'prose',
     '结余2.16万元已于年底交回县财政', '结余2.61万元已于年底交回县财政', '结余2.61万元',
     'received 36.00 − spent 33.84 = 2.16, stated 2.61'),
    ('jx-yudu-jiexianlianjian-2021', 2, 'weight_sum_mismatch', 'table',
     '界桩完好率｜≥95%｜100%｜6｜6｜', '界桩完好率｜≥95%｜100%｜7｜6｜', '界桩完好率｜≥95%｜100%｜7｜6',
     'weights now total 101 (产出 rows 51 + 10 + 30 + 10) while 合计 says 100'),
    ('jx-yudu-jiexianlianjian-2021', 3, 'grade_mismatch', 'prose',
     '评价等级为优。', '评价等级为良。', '评价等级为良',
     'total 97.18 lies in the 优 band (90–100)'),
    ('jx-yudu-jiexianlianjian-2021', 4, 'implausible_rate', 'table',
     '上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—', '上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%｜—', '0.00｜—｜100.00%',
     'an execution rate of 100.00% on a 0.00 budget (rate on a zero base)'),
    ('jx-yudu-jiexianlianjian-2021', 5, 'average_mismatch', 'prose',
     '平均每颗850元', '平均每颗880元', '平均每颗880元',
     '(780 + 820 + 900 + 860 + 790 + 950) / 6 = 850, stated 880'),
    ('jx-yudu-jiexianlianjian-2021', 6, 'conflicting_values', 'prose',
     '知晓率为88%', '知晓率为86%', '知晓率为86%',
     'the same indicator is 88% in the 自评表 (and scored 9.78 = 10 × 88/90); the text now says 86%'),

    # ---- 榆社县 2022 乡村地名标志 (Shanxi outline, 行次 funds table, 完成率 column) ----
    ('sx-yushe-xiangcundiming-2022', 1, 'rate_mismatch', 'table',
     '｜100｜0｜92.14｜0｜0', '｜100｜0｜92.41｜0｜0', '92.41',
     '县区级 (7)=(4)/(2): 39.16 / 42.50 = 92.14%, printed 92.41'),
    ('sx-yushe-xiangcundiming-2022', 2, 'sum_mismatch', 'table',
     '地名数据库维护及导航纠错｜—｜—｜8.60', '地名数据库维护及导航纠错｜—｜—｜8.06', '导航纠错｜—｜—｜8.06',
     '支出明细: 26.04 + 12.48 + 6.44 + 8.06 + 5.60 = 58.62, but 合计 is 59.16'),
    ('sx-yushe-xiangcundiming-2022', 3, 'completion_mismatch', 'table',
     '｜240块｜104.35%｜', '｜240块｜104.53%｜', '240块｜104.53%',
     '240 / 230 = 104.35%, printed 104.53%'),
    ('sx-yushe-xiangcundiming-2022', 4, 'score_exceeds_weight', 'table',
     '｜97.3%｜102.42%｜10｜10\n效益指标｜可持续影响指标｜标志管护责任落实｜村级管护全覆盖｜已落实｜—｜10｜8.5',
     '｜97.3%｜102.42%｜10｜10.5\n效益指标｜可持续影响指标｜标志管护责任落实｜村级管护全覆盖｜已落实｜—｜10｜8',
     '102.42%｜10｜10.5',
     'score 10.5 above the weight 10 (the next, qualitative row was lowered 8.5 → 8 so the totals still read 97.17 / 27.7)'),
    ('sx-yushe-xiangcundiming-2022', 5, 'year_mismatch', 'prose',
     '截至2022年12月31日', '截至2021年12月31日', '截至2021年12月31日',
     'a 2022 report states its year-end position as at 31 Dec 2021'),
    ('sx-yushe-xiangcundiming-2022', 6, 'unit_mismatch', 'table',
     '｜≥3000条｜3126条｜104.20%｜', '｜≥3000条｜104.20%｜104.20%｜', '≥3000条｜104.20%',
     '业绩值 is a percentage while the 目标值 counts records (条): completion cannot be computed'),

    # ---- 苍溪县 2024 区划地名工作经费 (Sichuan outline and 10 + 90 table, no satisfaction line) ----
    ('sc-cangxi-quhuadiming-2024', 1, 'unit_mismatch', 'table',
     '｜186｜公里｜186.5｜', '｜186｜公里｜100.27%｜', '公里｜100.27%',
     'actual value given as a percentage in a row measured in 公里'),
    ('sc-cangxi-quhuadiming-2024', 2, 'implausible_rate', 'prose',
     '当年支出4.80万元，执行率100%', '当年支出5.04万元，执行率105%', '当年支出5.04万元，执行率105%',
     '5.04 spent of a 4.80 provincial grant: execution rate over 100% (arithmetic right, rate impossible)'),
    ('sc-cangxi-quhuadiming-2024', 3, 'weight_sum_mismatch', 'table',
     '｜元/块｜860｜8｜8｜', '｜元/块｜860｜9｜8｜', '860｜9｜8',
     'weights now 10 + 61 + 30 = 101 (产出 61 against the 60 stated in the text)'),
    ('sc-cangxi-quhuadiming-2024', 4, 'grade_mismatch', 'table',
     '自评等级：优', '自评等级：良', '自评等级：良',
     'total 98.12 lies in the 优 band'),
    ('sc-cangxi-quhuadiming-2024', 5, 'conflicting_values', 'prose',
     '比例达到96.2%', '比例达到92.6%', '比例达到92.6%',
     'the same indicator is 96.2 (%) in the 自评表'),
    ('sc-cangxi-quhuadiming-2024', 6, 'score_sum_mismatch', 'prose',
     '综合得分98.12分', '综合得分98.21分', '综合得分98.21分',
     'row scores add to 9.50 + 59.62 + 29 = 98.12, stated 98.21'),

    # ---- 咸宁市地名服务中心 2018 部门整体 (Hubei-style 20 + 80 goal blocks) ----
    ('hb-xianning-dimingzhongxin-2018', 1, 'average_mismatch', 'table',
     '（4次抽样平均）｜≥90%｜95.2%｜', '（4次抽样平均）｜≥90%｜96.2%｜', '≥90%｜96.2%',
     '(94.6 + 95.8 + 94.9 + 95.5) / 4 = 95.2, table says 96.2'),
    ('hb-xianning-dimingzhongxin-2018', 2, 'score_exceeds_weight', 'table',
     '界线纠纷发生数｜≤1起｜0起｜5｜5\n目标三：区划界线管理｜效益指标｜平安边界创建｜全覆盖｜部分达成｜5｜3.5',
     '界线纠纷发生数｜≤1起｜0起｜5｜5.5\n目标三：区划界线管理｜效益指标｜平安边界创建｜全覆盖｜部分达成｜5｜3',
     '0起｜5｜5.5',
     'score 5.5 above the weight 5 (平安边界创建 lowered 3.5 → 3, still in the partly-achieved band, so 目标三 and the total still read 23 / 96.18)'),
    ('hb-xianning-dimingzhongxin-2018', 3, 'rate_mismatch', 'prose',
     '项目支出67.62万元，执行率91.26%', '项目支出67.62万元，执行率92.16%', '执行率92.16%',
     'project spending 67.62 / project budget 74.10 = 91.26%, stated 92.16%'),
    ('hb-xianning-dimingzhongxin-2018', 4, 'completion_mismatch', 'prose',
     '为年度目标60件的120%', '为年度目标60件的112%', '60件的112%',
     '72 / 60 = 120%, stated 112%'),
    ('hb-xianning-dimingzhongxin-2018', 5, 'conflicting_values', 'table',
     '标志完好率｜≥95%｜97.8%｜', '标志完好率｜≥95%｜98.7%｜', '标志完好率｜≥95%｜98.7%',
     'the text gives the same 城区标志完好率 as 97.8%'),
    ('hb-xianning-dimingzhongxin-2018', 6, 'balance_mismatch', 'prose',
     '年末结余6.48万元', '年末结余6.84万元', '结余6.84万元',
     'annual budget 198.40 − spent 191.92 = 6.48, stated 6.84'),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f'{pid}-clean.txt'
        with open(os.path.join(CASES, clean_name), encoding='utf-8') as fh:
            clean = fh.read()
        labels.append({'case': clean_name, 'source': pid, 'clean': True, 'expected': []})
        edits = sorted((e for e in EDITS if e[0] == pid), key=lambda e: e[1])
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], pid
        for _, n, code, where, old, new, value, expl in edits:
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f'{pid}-e{n}: old string matches {cnt} times: {old!r}')
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f'{pid}-e{n}: label value not in case: {value!r}')
            name = f'{pid}-e{n}.txt'
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as fh:
                fh.write(text)
            labels.append({'case': name, 'source': pid, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error',
                                         'value': value, 'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print(f'built {len(labels)} cases')


if __name__ == '__main__':
    main()
