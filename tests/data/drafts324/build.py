#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the five clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in its clean draft.
Each error case gets exactly one edit, i.e. one changed figure or word.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

SOURCES = [
    'gs-ganzhou-zhizhong-2022',
    'ah-lixin-zhongzichoujian-2019',
    'hb-jingzhou-quyushiyan-2023',
    'gz-congjiang-zhongzhipucha-2020',
    'ha-yanjin-liangfan-2024',
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- Gansu, Ganzhou: seed-production county award, full-width bar table ---
    ('gs-ganzhou-zhizhong-2022', 1, 'implausible_rate', 'table',
     '其他资金｜0.00｜0.00｜0.00｜—｜—｜—', '其他资金｜0.00｜0.00｜0.00｜—｜100%｜—',
     '0.00｜—｜100%',
     '其他资金 has 全年预算数 0.00 and 全年执行数 0.00: an execution rate of 100% on a zero base is impossible'),
    ('gs-ganzhou-zhizhong-2022', 2, 'year_mismatch', 'table',
     '2022年度项目支出绩效自评表', '2021年度项目支出绩效自评表',
     '2021年度项目支出绩效自评表',
     'the report and all its budget sentences are for 2022; the attached 自评表 claims 2021'),
    ('gs-ganzhou-zhizhong-2022', 3, 'sum_mismatch', 'prose',
     '种子加工设备补助300.00万元', '种子加工设备补助350.00万元',
     '种子加工设备补助350.00万元',
     'allocation of the 1000.00万元 current-year money: 520.00 + 350.00 + 80.00 + 100.00 = 1050.00, not 1000.00'),
    ('gs-ganzhou-zhizhong-2022', 4, 'grade_mismatch', 'prose',
     '评价等级为“优”', '评价等级为“良”',
     '评价等级为“良”',
     'total 99.14 is in the 优 band (90-100), not 良'),
    ('gs-ganzhou-zhizhong-2022', 5, 'weight_sum_mismatch', 'table',
     '2.62亿公斤｜10｜10', '2.62亿公斤｜12｜10',
     '2.62亿公斤｜12｜10',
     'weights now 10 (execution) + 50 + 32 + 10 = 102, while the 总分 row says 100'),
    ('gs-ganzhou-zhizhong-2022', 6, 'score_sum_mismatch', 'table',
     '｜10｜9.47｜', '｜10｜9.74｜',
     '｜10｜9.74',
     'row scores 9.67 + 49.74 + 30 + 10 = 99.41, the 总分 row (and the text) say 99.14'),

    # --- Anhui, Lixin: seed quality sampling, ASCII pipe table ---
    ('ah-lixin-zhongzichoujian-2019', 1, 'completion_mismatch', 'table',
     '| 320个 | 106.67% |', '| 320个 | 93.75% |',
     '320个 | 93.75%',
     'target >=300个, actual 320个: completion 320/300 = 106.67%; 93.75% is the inverted ratio'),
    ('ah-lixin-zhongzichoujian-2019', 2, 'score_exceeds_weight', 'table',
     '| 102.31% | 10 | 10 |', '| 102.31% | 10 | 10.23 |',
     '| 10 | 10.23',
     'score 10.23 above the weight 10 (102.31% applied without a cap); the sum 97.18 still rounds to the stated whole-point total 97'),
    ('ah-lixin-zhongzichoujian-2019', 3, 'rate_mismatch', 'prose',
     '预算执行率94.50%', '预算执行率95.40%',
     '预算执行率95.40%',
     '45.36 / 48.00 = 94.50%, stated 95.40%'),
    ('ah-lixin-zhongzichoujian-2019', 4, 'conflicting_values', 'prose',
     '全年印发种子质量宣传资料1.2万份', '全年印发种子质量宣传资料2.1万份',
     '宣传资料2.1万份',
     'the indicator table gives 1.2万份 for the same leaflets (completion 120.00% of >=1万份)'),
    ('ah-lixin-zhongzichoujian-2019', 5, 'average_mismatch', 'prose',
     '平均每个点90份', '平均每个点95份',
     '平均每个点95份',
     '(86 + 92 + 78 + 104 + 90) / 5 = 90, stated 95'),
    ('ah-lixin-zhongzichoujian-2019', 6, 'unit_mismatch', 'table',
     '| 12.60 |', '| 126000 |',
     '126000',
     '126000 (元) entered in the 万元 column: 12.60 + 24.80 + 5.16 + 2.80 = 45.36 holds only with 12.60万元; the most specific explanation of the broken sum'),

    # --- Hubei, Jingzhou: variety regional trials, tab-separated tables, execution worth 20 ---
    ('hb-jingzhou-quyushiyan-2023', 1, 'rate_mismatch', 'table',
     '82.94\t95.88%', '82.94\t95.58%',
     '82.94\t95.58%',
     '合计 row: 82.94 / 86.50 = 95.88%, stated 95.58%'),
    ('hb-jingzhou-quyushiyan-2023', 2, 'balance_mismatch', 'prose',
     '尚余3.56万元', '尚余3.65万元',
     '尚余3.65万元',
     'provincial funds 41.30 - 37.74 = 3.56 (also 86.50 - 82.94 = 3.56), stated 3.65'),
    ('hb-jingzhou-quyushiyan-2023', 3, 'conflicting_values', 'prose',
     '推广面积达到56.3万亩', '推广面积达到65.3万亩',
     '推广面积达到65.3万亩',
     'the indicator table gives 56.3万亩 for the same 推广面积 (completion 112.60%)'),
    ('hb-jingzhou-quyushiyan-2023', 4, 'completion_mismatch', 'table',
     '56.3万亩\t112.60%', '56.3万亩\t121.60%',
     '56.3万亩\t121.60%',
     'target >=50万亩, actual 56.3万亩: completion 112.60%, stated 121.60%'),
    ('hb-jingzhou-quyushiyan-2023', 5, 'unit_mismatch', 'table',
     '≥3个\t3个\t100.00%', '≥3个\t100%\t100.00%',
     '≥3个\t100%',
     'target counted in 个 (试验基地数), actual given as a percentage'),
    ('hb-jingzhou-quyushiyan-2023', 6, 'score_sum_mismatch', 'prose',
     '效益指标得28分', '效益指标得29分',
     '效益指标得29分',
     '效益 rows score 8 + 10 + 10 = 28; 19.18 + 40 + 29 + 10 = 98.18 against the stated 97.18'),

    # --- Guizhou, Congjiang: germplasm census, space-aligned tables, whole-point total ---
    ('gz-congjiang-zhongzhipucha-2020', 1, 'sum_mismatch', 'table',
     '20.00         15.00     5.00', '20.00         15.00     6.00',
     '15.00     6.00',
     '年初预算资金 row: 15.00 + 6.00 + 0.00 + 0.00 = 21.00, 年度总金额 says 20.00'),
    ('gz-congjiang-zhongzhipucha-2020', 2, 'weight_sum_mismatch', 'table',
     '3个               100.00%    5       5', '3个               100.00%    6       5',
     '100.00%    6       5',
     'weights now 10 + 51 + 30 + 10 = 101'),
    ('gz-congjiang-zhongzhipucha-2020', 3, 'score_exceeds_weight', 'table',
     '107.22%    10      10\n', '107.22%    10      10.72\n',
     '107.22%    10      10.72',
     'score 10.72 above the weight 10 (107.22% applied without a cap); the sum 98.25 still rounds to the stated whole-point total 98'),
    ('gz-congjiang-zhongzhipucha-2020', 4, 'implausible_rate', 'table',
     '71.50    0\n', '71.50    100\n',
     '71.50    100',
     'column 其他 has 全年预算资金 0.00 and 执行 0.00: an execution rate of 100 on a zero base is impossible'),
    ('gz-congjiang-zhongzhipucha-2020', 5, 'year_mismatch', 'prose',
     '截至2020年12月31日', '截至2021年12月31日',
     '截至2021年12月31日',
     'a 2020 report (dated 2021-02) gives its spending as of 31 Dec 2021'),
    ('gz-congjiang-zhongzhipucha-2020', 6, 'grade_mismatch', 'prose',
     '评价等级为优', '评价等级为良',
     '评价等级为良',
     'total 98 is in the 优 band, not 良'),

    # --- Henan, Yanjin: department-wide report of a seed multiplication centre, prose only ---
    ('ha-yanjin-liangfan-2024', 1, 'average_mismatch', 'prose',
     '平均94.75分', '平均95.75分',
     '平均95.75分',
     '(96.5 + 98 + 93 + 91.5) / 4 = 94.75, stated 95.75'),
    ('ha-yanjin-liangfan-2024', 2, 'balance_mismatch', 'prose',
     '尾款16.75万元', '尾款17.65万元',
     '尾款17.65万元',
     'the only unspent money: 436.80 - 420.05 = 16.75 (project 238.20 - 221.45 = 16.75), stated 17.65'),
    ('ha-yanjin-liangfan-2024', 3, 'conflicting_values', 'prose',
     '完成核心繁育基地1200亩', '完成核心繁育基地1020亩',
     '核心繁育基地1020亩',
     'the same core base is 1200亩 in the unit overview'),
    ('ha-yanjin-liangfan-2024', 4, 'rate_mismatch', 'prose',
     '预算执行率96.17%', '预算执行率96.71%',
     '预算执行率96.71%',
     '420.05 / 436.80 = 96.17%, stated 96.71%'),
    ('ha-yanjin-liangfan-2024', 5, 'unit_mismatch', 'prose',
     '每亩补贴20元', '每亩补贴20万元',
     '每亩补贴20万元',
     'per-mu subsidy written in 万元: 20元 x 2.71万亩 = 54.20万元 holds only with 元'),
    ('ha-yanjin-liangfan-2024', 6, 'sum_mismatch', 'prose',
     '原种提纯复壮项目42.50万元', '原种提纯复壮项目45.20万元',
     '原种提纯复壮项目45.20万元',
     'project budgets 126.00 + 45.20 + 54.20 + 15.50 = 240.90, stated 项目支出 238.20'),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f'{src}-clean.txt'
        with open(os.path.join(CASES, clean_name), encoding='utf-8') as f:
            clean = f.read()
        labels.append({'case': clean_name, 'source': src, 'clean': True, 'expected': []})
        edits = sorted((e for e in EDITS if e[0] == src), key=lambda e: e[1])
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], src
        for (_, n, code, where, old, new, value, expl) in edits:
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f'{src}-e{n}: old string occurs {cnt} times: {old!r}')
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f'{src}-e{n}: value not in case: {value!r}')
            name = f'{src}-e{n}.txt'
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as f:
                f.write(text)
            labels.append({'case': name, 'source': src, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value,
                                         'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + '\n')
    print(f'built {len(labels)} cases')


if __name__ == '__main__':
    main()
