#!/usr/bin/env python3
"""Write the error copies cases/<id>-eN.txt and labels.jsonl from the clean drafts and the edit list.

Each edit replaces one unique snippet `old` of the clean draft by `new` (one contiguous change);
`value` is the exact substring of the error case that carries the error (whole line for table edits).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

PROJECTS = [
    'nx-wuzhong-sbkzhifa-2018',
    'hn-hengyang-jishizhika-2020',
    'ah-bengbu-rsxxzx-bumen-2022',
    'sc-guangan-yikatong-2023',
    'gs-tianshui-sandaika-2025',
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 吴忠 2018 (｜ tables, MOF 自评表)
    ('nx-wuzhong-sbkzhifa-2018', 1, 'rate_mismatch', 'table',
     '其中：当年财政拨款｜240.00｜275.00｜262.48｜—｜95.45%｜—',
     '其中：当年财政拨款｜240.00｜275.00｜262.48｜—｜95.54%｜—',
     '其中：当年财政拨款｜240.00｜275.00｜262.48｜—｜95.54%｜—',
     '自评表 当年财政拨款 row: 262.48/275.00 = 95.45%, stated 95.54%'),
    ('nx-wuzhong-sbkzhifa-2018', 2, 'average_mismatch', 'prose',
     '月均6,369张，较2017年', '月均6,396张，较2017年',
     '全年累计制卡76,428张，月均6,396张',
     '76,428/12 = 6,369 (the monthly table also gives 6,369), stated 6,396'),
    ('nx-wuzhong-sbkzhifa-2018', 3, 'grade_mismatch', 'prose',
     '自评得分99.31分，评价等级为“优”', '自评得分99.31分，评价等级为“良”',
     '自评得分99.31分，评价等级为“良”',
     '99.31 is in the 优 band (≥90)'),
    ('nx-wuzhong-sbkzhifa-2018', 4, 'unit_mismatch', 'prose',
     '（1,252,000元）', '（1,252,000万元）',
     '合同金额125.20万元（1,252,000万元）',
     'the contract amount 125.20万元 is 1,252,000元; labelled 万元 it is off by 10^4'),
    ('nx-wuzhong-sbkzhifa-2018', 5, 'year_mismatch', 'prose',
     '按合同约定结转至2019年支付', '按合同约定结转至2018年支付',
     '按合同约定结转至2018年支付',
     'unspent 2018 money (质保金) carried over to 2018 itself; must be a later year'),
    ('nx-wuzhong-sbkzhifa-2018', 6, 'score_exceeds_weight', 'table',
     '持卡人满意度｜≥90%｜93.6%｜10｜10｜—\n总分｜｜｜｜｜100｜99.31｜\n自评得分99.31分',
     '持卡人满意度｜≥90%｜93.6%｜10｜10.5｜—\n总分｜｜｜｜｜100｜99.81｜\n自评得分99.81分',
     '满意度指标｜服务对象满意度指标｜持卡人满意度｜≥90%｜93.6%｜10｜10.5｜—',
     'satisfaction row scored 10.5 against a weight of 10 (total raised with it to 99.81 in the table and the line below, so the sum still holds)'),
    # ---- 衡阳 2020 (Markdown tables, Hunan outline)
    ('hn-hengyang-jishizhika-2020', 1, 'sum_mismatch', 'prose',
     '调减本项目市级资金66.00万元', '调减本项目市级资金56.00万元',
     '调减本项目市级资金56.00万元',
     '480.00 + 30.00 − 56.00 = 454.00 ≠ 全年预算 444.00 (and 市级 330.00 − 56.00 ≠ 264.00); the cut was 66.00'),
    ('hn-hengyang-jishizhika-2020', 2, 'balance_mismatch', 'prose',
     '结余资金17.14万元', '结余资金17.41万元',
     '年末已到位未支出的结余资金17.41万元',
     '到位 432.00 − 执行 414.86 = 17.14 (and 17.14 + 12.00 = 29.14), stated 17.41'),
    ('hn-hengyang-jishizhika-2020', 3, 'completion_mismatch', 'table',
     '| 97.2% | 99.18% |', '| 97.2% | 98.18% |',
     '| | 可持续影响指标 | 即时制卡设备正常运行率 | ≥98% | 97.2% | 98.18% | 15 | 14.88 |',
     '97.2/98 = 99.18%, stated 98.18%'),
    ('hn-hengyang-jishizhika-2020', 4, 'implausible_rate', 'table',
     '| 即时制卡设备维保 | 0.00 | 0.00 | — |', '| 即时制卡设备维保 | 0.00 | 0.00 | 100.00% |',
     '| 即时制卡设备维保 | 0.00 | 0.00 | 100.00% | 设备在保修期内 |',
     'execution rate 100.00% on a 0.00 budget (zero base: must be —)'),
    ('hn-hengyang-jishizhika-2020', 5, 'weight_sum_mismatch', 'table',
     '| 效益指标（30分） |', '| 效益指标（35分） |',
     '| 效益指标（35分） | 社会效益指标 | 即时制卡服务县（市、区）覆盖率 | 100% | 100% | 100.00% | 15 | 15 |',
     'block weight 35 declared but its rows sum to 15 + 15 = 30; first-level weights now total 105'),
    ('hn-hengyang-jishizhika-2020', 6, 'conflicting_values', 'prose',
     '网点改造及网络专线支出60.56万元', '网点改造及网络专线支出60.65万元',
     '网点改造及网络专线支出60.65万元',
     'the sub-project table gives 网点改造及网络专线 spending 60.56万元'),
    # ---- 蚌埠 2022 部门整体 (｜ tables)
    ('ah-bengbu-rsxxzx-bumen-2022', 1, 'rate_mismatch', 'prose',
     '全年支出1,268.60万元，预算执行率96.30%', '全年支出1,268.60万元，预算执行率96.03%',
     '预算执行率96.03%',
     '1,268.60/1,317.40 = 96.30%, stated 96.03%'),
    ('ah-bengbu-rsxxzx-bumen-2022', 2, 'sum_mismatch', 'table',
     '合计｜1,236.80｜80.60｜', '合计｜1,236.80｜86.00｜',
     '合计｜1,236.80｜86.00｜1,317.40｜1,268.60｜96.30%',
     '调整数 12.60 + 68.00 = 80.60 (and 1,317.40 − 1,236.80 = 80.60), stated 86.00'),
    ('ah-bengbu-rsxxzx-bumen-2022', 3, 'score_sum_mismatch', 'table',
     '合计｜｜｜｜｜｜100｜98.63', '合计｜｜｜｜｜｜100｜98.36',
     '合计｜｜｜｜｜｜100｜98.36',
     'row scores sum to 98.63 (as the text says), table total 98.36'),
    ('ah-bengbu-rsxxzx-bumen-2022', 4, 'average_mismatch', 'prose',
     '人均人员经费15.35万元', '人均人员经费15.53万元',
     '在职人员人均人员经费15.53万元',
     '445.10/29 = 15.35, stated 15.53'),
    ('ah-bengbu-rsxxzx-bumen-2022', 5, 'grade_mismatch', 'prose',
     '评价等级为“优”', '评价等级为“良”',
     '自评得分98.63分，评价等级为“良”',
     '98.63 is in the 优 band (≥90)'),
    ('ah-bengbu-rsxxzx-bumen-2022', 6, 'unit_mismatch', 'table',
     '｜≥40万张｜43.72万张｜', '｜≥40万张｜43.72%｜',
     '产出指标｜数量指标｜电子社保卡新增签发量｜≥40万张｜43.72%｜109.30%｜5｜5',
     'target in 万张, actual given as a percentage'),
    # ---- 广安 2023 (Markdown, Sichuan layout)
    ('sc-guangan-yikatong-2023', 1, 'balance_mismatch', 'prose',
     '年末结余15.98万元', '年末结余15.89万元',
     '年末结余15.89万元',
     '到位 472.00 − 支出 456.02 = 15.98 (as in the funds table), stated 15.89'),
    ('sc-guangan-yikatong-2023', 2, 'completion_mismatch', 'prose',
     '完成年度目标的96.25%', '完成年度目标的96.52%',
     '完成年度目标的96.52%',
     '77 scenes of a target of 80 = 96.25%, stated 96.52%'),
    ('sc-guangan-yikatong-2023', 3, 'conflicting_values', 'prose',
     '项目全年制发第三代社保卡7.95万张', '项目全年制发第三代社保卡7.59万张',
     '项目全年制发第三代社保卡7.59万张',
     'the monthly table gives 79,537张 and the 自评表 7.95万张'),
    ('sc-guangan-yikatong-2023', 4, 'year_mismatch', 'prose',
     '截至2023年12月31日，全市社会保障卡', '截至2022年12月31日，全市社会保障卡',
     '截至2022年12月31日，全市社会保障卡持卡人数达到318.62万人',
     'a year-end figure of the 2023 report dated to the end of 2022'),
    ('sc-guangan-yikatong-2023', 5, 'implausible_rate', 'table',
     '| ≥ | 90 | % | 96.4 |', '| ≥ | 90 | % | 106.4 |',
     '| 满意度指标 | 服务对象满意度指标 | 持卡群众满意度 | ≥ | 90 | % | 106.4 | 10 | 10 | |',
     'satisfaction 106.4% is above 100%'),
    ('sc-guangan-yikatong-2023', 6, 'weight_sum_mismatch', 'prose',
     '效益指标25分', '效益指标30分',
     '绩效指标90分（产出指标55分、效益指标30分、满意度指标10分）',
     '55 + 30 + 10 = 95 ≠ 90 (the table’s 效益 rows weigh 15 + 10 = 25)'),
    # ---- 天水 2025 (Markdown funds tables, ｜ monthly and 自评表)
    ('gs-tianshui-sandaika-2025', 1, 'rate_mismatch', 'prose',
     '资金到位率98.04%', '资金到位率98.40%',
     '资金到位率98.40%',
     '401.00/409.00 = 98.04%, stated 98.40%'),
    ('gs-tianshui-sandaika-2025', 2, 'sum_mismatch', 'table',
     '二季度小计｜41,709', '二季度小计｜41,790',
     '二季度小计｜41,790',
     '13,904 + 14,288 + 13,517 = 41,709 (and the quarters then no longer add to 158,093), stated 41,790'),
    ('gs-tianshui-sandaika-2025', 3, 'average_mismatch', 'table',
     '月均｜13,174', '月均｜13,147',
     '月均｜13,147',
     '158,093/12 = 13,174, stated 13,147'),
    ('gs-tianshui-sandaika-2025', 4, 'conflicting_values', 'prose',
     '数据安全及密钥系统升级支出44.16万元', '数据安全及密钥系统升级支出44.61万元',
     '数据安全及密钥系统升级支出44.61万元',
     'the sub-project table gives 44.16万元 for 数据安全及密钥系统升级'),
    ('gs-tianshui-sandaika-2025', 5, 'score_sum_mismatch', 'prose',
     '自评得分98.12分', '自评得分98.21分',
     '自评得分98.21分',
     'row scores sum to 98.12 (the table total), stated 98.21'),
    ('gs-tianshui-sandaika-2025', 6, 'score_exceeds_weight', 'table',
     '换卡群众满意度｜≥90%｜95.1%｜105.67%｜10｜10\n合计｜｜｜｜｜｜100｜98.12\n自评得分98.12分',
     '换卡群众满意度｜≥90%｜95.1%｜105.67%｜10｜10.6\n合计｜｜｜｜｜｜100｜98.72\n自评得分98.72分',
     '满意度指标｜服务对象满意度指标｜换卡群众满意度｜≥90%｜95.1%｜105.67%｜10｜10.6',
     'satisfaction row scored 10.6 against a weight of 10 (total raised with it to 98.72 in the table and the line below, so the sum still holds)'),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = pid + '-clean.txt'
        clean = open(os.path.join(CASES, clean_name), encoding='utf-8').read()
        labels.append({'case': clean_name, 'source': pid, 'clean': True, 'expected': []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            assert clean.count(old) == 1, (pid, n, 'old not unique', clean.count(old))
            text = clean.replace(old, new)
            assert text.count(value) == 1, (pid, n, 'value not unique', text.count(value))
            name = '%s-e%d.txt' % (pid, n)
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as fh:
                fh.write(text)
            labels.append({'case': name, 'source': pid, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value, 'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + '\n')
    print('wrote %d cases' % len(labels))


if __name__ == '__main__':
    main()
