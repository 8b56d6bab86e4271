#!/usr/bin/env python3
"""Write the error cases (cases/<id>-eN.txt) and labels.jsonl from the clean drafts and the edit list.

Each edit replaces one substring `old` (occurring exactly once in the clean draft) with `new`;
`value` is the exact substring of the error case that carries the changed figure (for a table edit,
the whole table line — for the Sichuan one-cell-a-line copy, the row's cells from the first
non-empty cell on; for the Word-HTML copies, the source line holding the <tr>).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

GZ = 'jx-ganzhou-pinlvjiance-2018'
QJ = 'yn-qujing-wxdglj-bumen-2021'
MY = 'sc-mianyang-beidou-2023'
YC = 'hb-yichang-wxdbeidou-2020'
ZB = 'sd-zibo-beidou-2025'
PROJECTS = [GZ, QJ, MY, YC, ZB]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 赣州 2018 (Word page saved as HTML, MOF 自评表) ----
    (GZ, 1, 'rate_mismatch', 'table',
     '<td>178.47</td><td>—</td><td>92.95%</td>', '<td>178.47</td><td>—</td><td>95.92%</td>',
     '<tr><td colspan=3>其中：当年财政拨款</td><td>180.00</td><td>192.00</td><td>178.47</td><td>—</td><td>95.92%</td><td>—</td></tr>',
     '当年财政拨款 178.47/192.00 = 92.95%, stated 95.92%'),
    (GZ, 2, 'balance_mismatch', 'prose',
     '年末结转<span lang=EN-US>13.53</span>', '年末结转<span lang=EN-US>13.35</span>',
     '年末结转<span lang=EN-US>13.35</span>',
     '全年预算 205.00 − 支出 191.47 = 13.53, stated 13.35'),
    (GZ, 3, 'completion_mismatch', 'table',
     '<td>86.5%</td><td>96.11%</td>', '<td>86.5%</td><td>91.61%</td>',
     '<tr><td>重点频段监测覆盖率</td><td>≥90%</td><td>86.5%</td><td>91.61%</td><td>10</td><td>9.61</td><td>边远山区覆盖不足，拟争取新建小型站</td></tr>',
     '86.5/90 = 96.11%, stated 91.61%'),
    (GZ, 4, 'average_mismatch', 'prose',
     '季度平均1096.5小时', '季度平均1069.5小时',
     '季度平均1069.5小时',
     '(1012 + 1096 + 1135 + 1143)/4 = 1096.5, stated 1069.5'),
    (GZ, 5, 'unit_mismatch', 'prose',
     '单台11.08万元', '单台110800万元',
     '单台110800万元',
     'the 元 figure 110800 written with 万元: 2 × 110800万元 ≠ 22.16万元; reconciles exactly after ÷10^4'),
    (GZ, 6, 'grade_mismatch', 'prose',
     '评价等级为“优”', '评价等级为“良”',
     '评价等级为“良”',
     'total 98.95 is in the 优 band (≥ 90)'),
    # ---- 曲靖 2021 部门整体 (Word page saved as HTML) ----
    (QJ, 1, 'sum_mismatch', 'prose',
     '无线电干扰查处及宣传32.00万元', '无线电干扰查处及宣传23.00万元',
     '无线电干扰查处及宣传23.00万元',
     'project lines 78.00 + 39.60 + 58.00 + 23.00 + 12.80 = 211.40 ≠ 项目支出全年预算 220.40'),
    (QJ, 2, 'rate_mismatch', 'prose',
     '支出204.12万元，执行率92.61%', '支出204.12万元，执行率96.21%',
     '执行率96.21%',
     '项目支出 204.12/220.40 = 92.61%, stated 96.21%'),
    (QJ, 3, 'implausible_rate', 'table',
     '<td>0.00</td><td>—</td><td>—</td><td>—</td></tr>', '<td>0.00</td><td>—</td><td>100.00%</td><td>—</td></tr>',
     '<tr><td colspan=2>其他资金</td><td>0.00</td><td>0.00</td><td>0.00</td><td>—</td><td>100.00%</td><td>—</td></tr>',
     'execution rate 100.00% printed on a 0.00 budget (其他资金)'),
    (QJ, 4, 'conflicting_values', 'prose',
     '注册用户1466户', '注册用户1646户',
     '注册用户1646户',
     'the 自评表 gives 北斗定位服务注册用户 1466户'),
    (QJ, 5, 'year_mismatch', 'prose',
     '已结转至2022年使用', '已结转至2021年使用',
     '已结转至2021年使用',
     'unspent 2021 money carried over to 2021 itself; it can only go to a later year'),
    (QJ, 6, 'average_mismatch', 'prose',
     '费12.02万元', '费12.20万元',
     '12.20万元',
     '人员经费 276.50 / 23人 = 12.02, stated 12.20'),
    # ---- 绵阳 2023 (Sichuan outline, one cell a line, 指标性质/度量单位) ----
    (MY, 1, 'weight_sum_mismatch', 'table',
     '\t地质灾害北斗监测点\n\t≥\n\t30\n\t个\n\t32\n\t10\n',
     '\t地质灾害北斗监测点\n\t≥\n\t30\n\t个\n\t32\n\t12\n',
     '\t地质灾害北斗监测点\n\t≥\n\t30\n\t个\n\t32\n\t12\n\t10',
     'weights now total 102 (绩效指标 92 against 90): 地质灾害北斗监测点 10 → 12'),
    (MY, 2, 'score_sum_mismatch', 'table',
     '\t总分\n\t100\n\t98.88', '\t总分\n\t100\n\t98.38',
     '\t总分\n\t100\n\t98.38',
     '9.48 + row scores 89.40 = 98.88, table total 98.38 (text keeps 98.88)'),
    (MY, 3, 'unit_mismatch', 'table',
     '\t人次\n\t1126\n', '\t人次\n\t100%\n',
     '\t北斗应用培训\n\t≥\n\t800\n\t人次\n\t100%\n\t5\n\t5',
     'target in 人次 (≥800), actual given as a percentage'),
    (MY, 4, 'completion_mismatch', 'prose',
     '完成年度目标的94.00%', '完成年度目标的97.00%',
     '完成年度目标的97.00%',
     '94台 of ≥100台 = 94.00%, stated 97.00%'),
    (MY, 5, 'rate_mismatch', 'prose',
     '执行率94.57%', '执行率95.47%',
     '执行率95.47%',
     '财政资金 326.28/345.00 = 94.57%, stated 95.47%'),
    (MY, 6, 'year_mismatch', 'prose',
     '截至2023年12月31日', '截至2022年12月31日',
     '截至2022年12月31日',
     'spending of the 2023 report dated to the end of 2022'),
    # ---- 宜昌 2020 (Hubei goal-block table, tab-separated) ----
    (YC, 1, 'score_exceeds_weight', 'table',
     '100%\t8\t8\t\n\t\t时效指标\t干扰投诉响应时间\t≤2小时\t2.5小时\t8\t6.40',
     '100%\t8\t8.80\t\n\t\t时效指标\t干扰投诉响应时间\t≤2小时\t2.5小时\t8\t5.60',
     '\t\t质量指标\t干扰查处率\t≥95%\t100%\t8\t8.80\t\n\t\t时效指标\t干扰投诉响应时间\t≤2小时\t2.5小时\t8\t5.60',
     '干扰查处率 scored 8.80 against a weight of 8 (the next row lowered 6.40 → 5.60, so block and total still read 28.40 / 96.79)'),
    (YC, 2, 'weight_sum_mismatch', 'table',
     '纳入日常运行\t8\t8', '纳入日常运行\t10\t8',
     '\t效益指标\t可持续影响指标\t示范平台持续运行\t长期稳定运行\t纳入日常运行\t10\t8\t',
     '目标2 block weights 37 against 35; all weights 102'),
    (YC, 3, 'implausible_rate', 'table',
     '≥90%\t91.5%', '≥90%\t101.5%',
     '目标3：服务对象满意（15分）\t满意度指标\t服务对象满意度指标\t无线电用户满意度\t≥90%\t101.5%\t8\t8\t',
     'satisfaction 101.5% is above 100%'),
    (YC, 4, 'balance_mismatch', 'prose',
     '年末资金结余12.46万元', '年末资金结余12.64万元',
     '年末资金结余12.64万元',
     '到位 276.00 − 支出 263.54 = 12.46, stated 12.64'),
    (YC, 5, 'score_sum_mismatch', 'prose',
     '自评总分96.79分', '自评总分97.69分',
     '自评总分97.69分',
     '18.69 + 28.40 + 34.84 + 14.86 = 96.79, stated 97.69'),
    (YC, 6, 'grade_mismatch', 'table',
     '自评等级\t优', '自评等级\t良',
     '自评等级\t良',
     'total 96.79 is in the 优 band (≥ 90)'),
    # ---- 淄博 2025 (plain text, ｜ tables, 亿元 and 万元 mixed) ----
    (ZB, 1, 'sum_mismatch', 'prose',
     '企业自筹8,900万元', '企业自筹8,600万元',
     '企业自筹8,600万元',
     '3,600 + 8,600 = 12,200万元 ≠ 总投资 1.25亿元 (12,500万元)'),
    (ZB, 2, 'score_exceeds_weight', 'table',
     '105.78%｜5｜5｜\n｜｜农机合作社满意度｜≥90%｜93.6%｜104.00%｜5｜5｜',
     '105.78%｜5｜5.5｜\n｜｜农机合作社满意度｜≥90%｜93.6%｜104.00%｜5｜4.5｜',
     '满意度指标｜服务对象满意度指标｜交通企业满意度｜≥90%｜95.2%｜105.78%｜5｜5.5｜\n｜｜农机合作社满意度｜≥90%｜93.6%｜104.00%｜5｜4.5｜',
     '交通企业满意度 scored 5.5 against a weight of 5 (the next row lowered 5 → 4.5, so the total still reads 98.92)'),
    (ZB, 3, 'conflicting_values', 'prose',
     '日均服务调用62.3万次', '日均服务调用63.2万次',
     '日均服务调用63.2万次',
     'the 自评表 gives 平台日均服务调用 62.3万次'),
    (ZB, 4, 'completion_mismatch', 'table',
     '14个｜116.67%', '14个｜116.76%',
     '产出指标｜数量指标｜平台接入行业应用｜≥12个｜14个｜116.76%｜8｜8｜',
     '14/12 = 116.67%, stated 116.76%'),
    (ZB, 5, 'unit_mismatch', 'prose',
     '新增产值3.4亿元', '新增产值3.4万元',
     '新增产值3.4万元',
     '亿元 written as 万元: the 自评表 gives 3.4亿元 and 3.4 − 2.8 = 0.6亿元 only holds in 亿元 (off by 10^4)'),
    (ZB, 6, 'year_mismatch', 'prose',
     '2025年年初预算1,200.00万元', '2024年年初预算1,200.00万元',
     '2024年年初预算1,200.00万元',
     'the 2025 report states the budget as 2024年年初预算'),
]


def main():
    labels = []
    clean = {p: open(os.path.join(CASES, p + '-clean.txt'), encoding='utf-8').read() for p in PROJECTS}
    for p in PROJECTS:
        labels.append({'case': p + '-clean.txt', 'source': p, 'clean': True, 'expected': []})
        for (pid, n, code, where, old, new, value, expl) in EDITS:
            if pid != p:
                continue
            text = clean[p]
            assert text.count(old) == 1, (p, n, old, text.count(old))
            err = text.replace(old, new)
            assert err.count(value) == 1, (p, n, value, err.count(value))
            name = '%s-e%d.txt' % (p, n)
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as f:
                f.write(err)
            labels.append({'case': name, 'source': p, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value, 'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    print('wrote %d cases' % len(labels))


if __name__ == '__main__':
    main()
