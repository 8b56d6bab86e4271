#!/usr/bin/env python3
"""Write the error cases cases/<id>-eN.txt and labels.jsonl from the clean drafts and the edit list.

Each edit replaces one substring `old` (which must occur exactly once in the clean draft) by `new`;
`value` is the labelled substring of the error case (it must contain the changed figure and occur once).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
T = '\t'

HB = 'hb-xingtang-naiye-2018'
HLJ = 'hlj-kedong-nainiubutie-2020'
GS = 'gs-ganzhou-naiye-2021'
XJ = 'xj-hutubi-xumubumen-2023'
NX = 'nx-litong-nainiu-2025'
SP = '<span lang=EN-US>'

# (source, code, where, old, new, value, explanation)
EDITS = [
    # ---- 行唐 2018
    (HB, 'rate_mismatch', 'table',
     '县级财政资金｜280,000.00｜180,000.00｜180,000.00｜163,500.00｜90.83%｜16,500.00',
     '县级财政资金｜280,000.00｜180,000.00｜180,000.00｜163,500.00｜90.38%｜16,500.00',
     '县级财政资金｜280,000.00｜180,000.00｜180,000.00｜163,500.00｜90.38%｜16,500.00',
     '表1 县级: 163,500.00/180,000.00 = 90.83%, stated 90.38%'),
    (HB, 'sum_mismatch', 'prose', '县级调减10.00万元', '县级调减16.00万元', '县级调减16.00万元',
     '360.00 + 17.20 - 16.00 = 361.20, but 调整后全年预算 is 367.20 (table: 3,672,000.00元)'),
    (HB, 'score_exceeds_weight', 'table',
     '｜8｜8｜\n｜｜｜补助成母牛头数｜≥8000头｜8460头｜105.75%｜6｜6｜',
     '｜8｜9｜\n｜｜｜补助成母牛头数｜≥8000头｜8460头｜105.75%｜6｜5｜',
     '目标1｜产出指标｜数量指标｜升级改造规模奶牛场数量｜≥7个｜7个｜100.00%｜8｜9｜',
     'score 9 above its weight 8 (the next row lowered 6 -> 5 in the same edit, so the total 99.64 still holds)'),
    (HB, 'average_mismatch', 'prose', '平均每季度33.5批次', '平均每季度35.3批次', '平均每季度35.3批次',
     '(32 + 35 + 30 + 37)/4 = 33.5, stated 35.3'),
    (HB, 'year_mismatch', 'prose', '结转至2019年', '结转至2018年', '结转至2018年',
     'unspent 2018 money carried over to 2018 itself; must be a later year'),
    (HB, 'conflicting_values', 'prose', '兑付补助资金169.20万元', '兑付补助资金196.20万元', '兑付补助资金196.20万元',
     '表2 gives 规模奶牛场升级改造补助 1,692,000.00元 = 169.20万元 (8,460头 × 200元/头)'),
    # ---- 克东 2020 (HTML)
    (HLJ, 'grade_mismatch', 'prose', '等级为“良好”', '等级为“优秀”', '等级为“优秀”',
     'total 87.09 is in the 良 band (80 ≤ s < 90)'),
    (HLJ, 'balance_mismatch', 'prose',
     '年末结余' + SP + '181</span>' + SP + '.36</span>万元', '年末结余' + SP + '183</span>' + SP + '.16</span>万元',
     '年末结余' + SP + '183</span>' + SP + '.16</span>万元',
     '到位 5,320,000.00 - 执行 3,506,400.00 = 1,813,600.00元 = 181.36万元, stated 183.16'),
    (HLJ, 'implausible_rate', 'table',
     '<tr><td>其他资金</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>—</td></tr>',
     '<tr><td>其他资金</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>100.00%</td></tr>',
     '<tr><td>其他资金</td><td>0.00</td><td>0.00</td><td>0.00</td><td>0.00</td><td>100.00%</td></tr>',
     'execution rate 100.00% on a 0.00 budget (其他资金)'),
    (HLJ, 'unit_mismatch', 'prose', '为3个场兑付贷款贴息38.64万元', '为3个场兑付贷款贴息386400万元', '兑付贷款贴息386400万元',
     'the 386,400元 interest subsidy (表2) written with the unit 万元: off by 10^4 (should be 38.64万元)'),
    (HLJ, 'weight_sum_mismatch', 'table',
     '<tr><td>质量指标</td><td>检疫合格率</td><td>100%</td><td>100%</td><td>8</td><td>8</td></tr>',
     '<tr><td>质量指标</td><td>检疫合格率</td><td>100%</td><td>100%</td><td>10</td><td>8</td></tr>',
     '<tr><td>质量指标</td><td>检疫合格率</td><td>100%</td><td>100%</td><td>10</td><td>8</td></tr>',
     'weights now total 102 (检疫合格率 8 -> 10) against 合计 100'),
    (HLJ, 'completion_mismatch', 'prose', '完成目标的' + SP + '97.69%</span>', '完成目标的' + SP + '96.79%</span>',
     '完成目标的' + SP + '96.79%</span>', '生鲜乳产量 12.7/13 = 97.69%, stated 96.79%'),
    # ---- 甘州 2021 (tab tables)
    (GS, 'score_sum_mismatch', 'table', T.join(['总分', '', '', '', '', '', '', '100', '99.47', '']),
     T.join(['总分', '', '', '', '', '', '', '100', '99.74', '']), T.join(['总分', '', '', '', '', '', '', '100', '99.74', '']),
     'row scores (9.94 + 89.53) add up to 99.47, table total 99.74'),
    (GS, 'completion_mismatch', 'table',
     T.join(['6120头', '94.15%', '8', '7.53']),
     T.join(['6120头', '91.45%', '8', '7.53']),
     T.join(['目标3', '产出指标', '数量指标', '生产性能测定奶牛头数', '≥6500头', '6120头', '91.45%', '8', '7.53',
             '疫情防控暂停采样，2022年一季度补测']),
     '6120/6500 = 94.15%, stated 91.45%'),
    (GS, 'sum_mismatch', 'table',
     T.join(['高产优质苜蓿基地建设', '600元/亩', '10,300亩', '6,180,000.00', '6,180,000.00']),
     T.join(['高产优质苜蓿基地建设', '600元/亩', '10,300亩', '6,810,000.00', '6,180,000.00']),
     T.join(['高产优质苜蓿基地建设', '600元/亩', '10,300亩', '6,810,000.00', '6,180,000.00']),
     '表2 全年预算: 6,810,000 + 2,550,000 + 975,000 = 10,335,000, 合计 9,705,000.00'),
    (GS, 'implausible_rate', 'table',
     T.join(['满意度', '满意度指标', '服务对象满意度指标', '养殖场户满意度', '≥90%', '96.1%', '106.78%', '10', '10', '']),
     T.join(['满意度', '满意度指标', '服务对象满意度指标', '养殖场户满意度', '≥90%', '106.1%', '117.89%', '10', '10', '']),
     T.join(['满意度', '满意度指标', '服务对象满意度指标', '养殖场户满意度', '≥90%', '106.1%', '117.89%', '10', '10', '']),
     'satisfaction 106.1% is above 100% (completion recomputed consistently: 106.1/90 = 117.89%)'),
    (GS, 'rate_mismatch', 'prose', '预算执行率99.41%', '预算执行率99.14%', '预算执行率99.14%',
     '9,648,000/9,705,000 = 99.41%, stated 99.14%'),
    (GS, 'average_mismatch', 'prose', '场均170头', '场均175头', '场均175头',
     '(220 + 180 + 160 + 150 + 140)/5 = 170, stated 175'),
    # ---- 呼图壁 2023 部门整体 (HTML)
    (XJ, 'average_mismatch', 'prose', '平均98.59分', '平均98.95分', '平均98.95分',
     '(99.52 + 98.60 + 97.45 + 98.80)/4 = 98.59, stated 98.95'),
    (XJ, 'rate_mismatch', 'table',
     '<tr><td>&nbsp;&nbsp;公用经费</td><td>860,000.00</td><td>860,000.00</td><td>842,' + SP + '300.00</span></td><td>97.94%</td></tr>',
     '<tr><td>&nbsp;&nbsp;公用经费</td><td>860,000.00</td><td>860,000.00</td><td>842,' + SP + '300.00</span></td><td>97.49%</td></tr>',
     '<tr><td>&nbsp;&nbsp;公用经费</td><td>860,000.00</td><td>860,000.00</td><td>842,' + SP + '300.00</span></td><td>97.49%</td></tr>',
     '公用经费 842,300.00/860,000.00 = 97.94%, stated 97.49%'),
    (XJ, 'year_mismatch', 'prose', '截至2023年12月31日', '截至2022年12月31日', '截至2022年12月31日',
     'execution figures of the 2023 report dated to the end of 2022'),
    (XJ, 'score_sum_mismatch', 'prose', '自评得分' + SP + '99.67</span>分', '自评得分' + SP + '99.76</span>分',
     '部门整体支出自评得分' + SP + '99.76</span>分', 'row scores add up to 99.67 (table 合计 99.67), stated 99.76'),
    (XJ, 'conflicting_values', 'prose', '项目支出' + SP + '720.00</span>万元', '项目支出' + SP + '702.00</span>万元',
     '奶牛养殖补贴项目支出' + SP + '702.00</span>万元',
     '表1 gives 奶牛养殖补贴 全年执行数 7,200,000.00元 = 720.00万元 (1200头 × 4000元 + 8场 × 30万元)'),
    (XJ, 'weight_sum_mismatch', 'table',
     '<tr><td>培训养殖户</td><td>≥800人次</td><td>865人次</td><td>6</td><td>6</td></tr>',
     '<tr><td>培训养殖户</td><td>≥800人次</td><td>865人次</td><td>8</td><td>6</td></tr>',
     '<tr><td>培训养殖户</td><td>≥800人次</td><td>865人次</td><td>8</td><td>6</td></tr>',
     'weights now total 102 (培训养殖户 6 -> 8) against 合计 100'),
    # ---- 利通 2025
    (NX, 'score_exceeds_weight', 'table',
     '生鲜乳抽检批次｜≥200批次｜216批次｜108.00%｜4｜4｜\n｜｜质量指标｜运输车监管覆盖率｜100%｜100%｜100.00%｜4｜4｜',
     '生鲜乳抽检批次｜≥200批次｜216批次｜108.00%｜4｜5｜\n｜｜质量指标｜运输车监管覆盖率｜100%｜100%｜100.00%｜4｜3｜',
     '目标4｜产出指标｜数量指标｜生鲜乳抽检批次｜≥200批次｜216批次｜108.00%｜4｜5｜',
     'score 5 above its weight 4 (the next row lowered 4 -> 3 in the same edit, so the total 99.57 still holds)'),
    (NX, 'grade_mismatch', 'prose', '评价等级为"优"', '评价等级为"良"', '评价等级为"良"',
     'total 99.57 is in the 优 band (≥ 90)'),
    (NX, 'unit_mismatch', 'table',
     '目标3｜产出指标｜数量指标｜淘汰低产奶牛头数｜≥2200头｜2300头｜104.55%｜8｜8｜',
     '目标3｜产出指标｜数量指标｜淘汰低产奶牛头数｜≥2200头｜100%｜104.55%｜8｜8｜',
     '目标3｜产出指标｜数量指标｜淘汰低产奶牛头数｜≥2200头｜100%｜104.55%｜8｜8｜',
     'target in 头, actual given as a percentage'),
    (NX, 'balance_mismatch', 'prose', '年末结转9.94万元', '年末结转9.49万元', '年末结转9.49万元',
     '8,260,000.00 - 8,160,600.00 = 99,400.00元 = 9.94万元, stated 9.49'),
    (NX, 'year_mismatch', 'prose', '结转至2026年', '结转至2025年', '结转至2025年',
     'unspent 2025 money carried over to 2025 itself; must be a later year'),
    (NX, 'implausible_rate', 'table', '｜上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—', '｜上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%｜—',
     '｜上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%｜—', 'execution rate 100.00% on a 0.00 上年结转 budget'),
]

ORDER = [HB, HLJ, GS, XJ, NX]


def main():
    labels, counter = [], {}
    for src in ORDER:
        clean = open(os.path.join(CASES, src + '-clean.txt'), encoding='utf-8').read()
        labels.append({'case': src + '-clean.txt', 'source': src, 'clean': True, 'expected': []})
        for (s, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            k = counter[src] = counter.get(src, 0) + 1
            if clean.count(old) != 1:
                raise SystemExit('%s e%d: old text occurs %d times' % (src, k, clean.count(old)))
            text = clean.replace(old, new)
            if text.count(value) != 1:
                raise SystemExit('%s e%d: value occurs %d times' % (src, k, text.count(value)))
            name = '%s-e%d.txt' % (src, k)
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as fh:
                fh.write(text)
            labels.append({'case': name, 'source': src, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value, 'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + '\n')
    print('wrote %d cases' % len(labels))


if __name__ == '__main__':
    main()
