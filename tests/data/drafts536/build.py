#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts536 from the five clean drafts.

Each edit is (case suffix, code, old, new, value, explanation): `old` must occur exactly once in
the clean draft, it is replaced by `new`, and `value` (the labelled substring) must occur exactly
once in the result.  Run `python3 build.py && python3 verify.py`.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

EDITS = {
    'gd-changan-juzhuzheng-2019': [
        ('e1', 'rate_mismatch', '1,279.36｜—｜97.81%', '1,279.36｜—｜97.18%', '1,279.36｜—｜97.18%',
         'funds table, 当年财政拨款: 1,279.36 / 1,308.00 = 97.81%, stated 97.18%'),
        ('e2', 'completion_mismatch', '468,326人次｜104.07%', '468,326人次｜104.70%', '468,326人次｜104.70%',
         'indicator table, 流动人口信息采集登记: 468,326 / 450,000 = 104.07%, stated 104.70%'),
        ('e3', 'sum_mismatch', '换领7,482张', '换领7,428张', '换领7,428张',
         '新办 21,836 + 换领 7,428 + 补领 2,832 = 32,096, stated total 32,150张'),
        ('e4', 'year_mismatch', '结转至2020年', '结转至2019年', '结转至2019年',
         'money left over in the 2019 report is carried over to 2019 itself; it must go to a later year (2020)'),
        ('e5', 'conflicting_values', '巡查登记出租屋57,340间次', '巡查登记出租屋53,740间次', '巡查登记出租屋53,740间次',
         'prose gives 53,740间次 while the indicator table gives 57,340间次 (whose completion 95.57% and score 4.78 follow from 57,340)'),
        ('e6', 'grade_mismatch', '评价等级为优', '评价等级为良', '评价等级为良',
         'total 97.57 (table and text) is in the 优 band (>= 90), stated 良'),
    ],
    'zj-beilun-xinjumin-2021': [
        ('e1', 'score_exceeds_weight',
         '7.5\n\t可持续影响指标\t矛盾纠纷化解\t有效化解\t有效化解\t5\t5',
         '6.5\n\t可持续影响指标\t矛盾纠纷化解\t有效化解\t有效化解\t5\t6',
         '矛盾纠纷化解\t有效化解\t有效化解\t5\t6',
         'row 矛盾纠纷化解 scores 6 against a weight of 5; the qualitative row above lost one point (7.5 -> 6.5) so the total still reads 97.15'),
        ('e2', 'unit_mismatch', '卡片耗材费118.36万元', '卡片耗材费1183600万元', '居住证制证及卡片耗材费1183600万元',
         'the 118.36万元 part (1,183,600元) written with the unit 万元: off by 10^4; 118.36 + 596.40 + 142.57 + 64.40 = 921.73 only with 118.36'),
        ('e3', 'average_mismatch', '平均每站3,174.67张', '平均每站3,147.67张', '平均每站3,147.67张',
         '(3,126 + 2,987 + 3,411) / 3 = 3,174.67, stated 3,147.67'),
        ('e4', 'balance_mismatch', '年末结余23.27万元', '年末结余32.27万元', '年末结余32.27万元',
         'received 945.00 - spent 921.73 = 23.27, stated 32.27'),
        ('e5', 'weight_sum_mismatch', '基本整改到位\t10\t7.5', '基本整改到位\t12\t7.5', '基本整改到位\t12\t7.5',
         'weights now sum to 102 against the stated 合计 100 (出租房屋治安隐患整改 weight 10 -> 12)'),
        ('e6', 'completion_mismatch', '完成率105.67%', '完成率106.57%', '完成率106.57%',
         'prose: 26,418 / 25,000 = 105.67%, stated 106.57%'),
    ],
    'sc-shuangliu-liudongrenkou-2023': [
        ('e1', 'unit_mismatch', '| 件 | 58115 |', '| 件 | 96.86% |', '| 件 | 96.86% |',
         '居住证签注: target ≥60000 件, actual written as a percentage (96.86%); completion cannot be computed'),
        ('e2', 'sum_mismatch', '西航港派出所10,872张', '西航港派出所10,827张', '西航港派出所10,827张',
         '12,436 + 10,827 + 9,615 + 8,904 + 9,379 = 51,161, stated total 51,206张'),
        ('e3', 'score_sum_mismatch', '| 基本建立 | 10 | 8 |', '| 基本建立 | 10 | 7 |', '| 基本建立 | 10 | 7 |',
         'row scores now sum to 96.47 (9.78 + 59.69 + 20 + 7) while 合计 and the text state 97.47'),
        ('e4', 'rate_mismatch', '598.46 | — | 97.66%', '598.46 | — | 97.56%', '598.46 | — | 97.56%',
         'funds table, 财政资金: 598.46 / 612.80 = 97.66%, stated 97.56%'),
        ('e5', 'year_mismatch', '截至2023年12月31日', '截至2024年12月31日', '截至2024年12月31日',
         'a 2023 report states the population figure as of 31 December 2024; it must name the evaluation year'),
        ('e6', 'average_mismatch', '平均96.17%', '平均96.71%', '平均96.71%',
         '(96.1 + 95.4 + 97.0) / 3 = 96.17%, stated 96.71%'),
    ],
    'sd-jiaozhou-gongan-bumen-2024': [
        ('e1', 'score_exceeds_weight',
         '结转结余管理｜5｜4\n过程｜财务管理｜资金使用合规性｜10｜10',
         '结转结余管理｜5｜3\n过程｜财务管理｜资金使用合规性｜10｜11',
         '资金使用合规性｜10｜11',
         'score 11 above weight 10; 结转结余管理 lost one point (4 -> 3) so the total still reads 96.26'),
        ('e2', 'weight_sum_mismatch', '合计｜｜｜100｜96.26', '合计｜｜｜105｜96.26', '合计｜｜｜105',
         'the thirteen weights sum to 100, the 合计 row states 105'),
        ('e3', 'balance_mismatch', '项目支出未执行391.32万元', '项目支出未执行319.32万元', '项目支出未执行319.32万元',
         '项目支出 7,534.20 - 7,142.88 = 391.32, stated 319.32'),
        ('e4', 'implausible_rate', '实际支出35.64万元，执行率99.00%', '实际支出36.36万元，执行率101.00%',
         '实际支出36.36万元，执行率101.00%',
         'spending 36.36 above the 36.00 budget of the equipment item: execution rate 101.00% (arithmetic right, rate over 100%)'),
        ('e5', 'average_mismatch', '季度平均6,580张', '季度平均6,850张', '季度平均6,850张',
         '(5,862 + 7,415 + 6,938 + 6,105) / 4 = 6,580, stated 6,850'),
        ('e6', 'conflicting_values', '登记流动人口信息612,405人次', '登记流动人口信息621,405人次', '登记流动人口信息621,405人次',
         'prose gives 621,405人次 while the indicator table gives 612,405人次 (completion 102.07% follows from 612,405)'),
    ],
    'sx-yuci-juzhuzheng-2025': [
        ('e1', 'implausible_rate', '97.13｜0｜100', '97.13｜100｜100', '97.27｜97.13｜100｜100',
         'funds table row (7) 预算执行率, column 中央级: 100 printed on a zero base (no central money budgeted)'),
        ('e2', 'score_sum_mismatch', '总得分97.16分', '总得分97.61分', '总得分97.61分',
         'row scores 9.73 + 15 + 9.80 + 10 + 10 + 4.63 + 15 + 13 + 10 = 97.16, stated 97.61'),
        ('e3', 'rate_mismatch', '｜96.61｜', '｜96.16｜', '96.16',
         'funds table row (7), 县区级: 320.75 / 332.00 = 96.61%, stated 96.16'),
        ('e4', 'weight_sum_mismatch', '规范化运行｜15｜', '规范化运行｜16｜', '流动人口服务站点规范化运行｜16',
         'weights now sum to 101 (服务站点规范化运行 15 -> 16)'),
        ('e5', 'completion_mismatch', '3265件｜108.83%', '3265件｜103.83%', '3265件｜103.83%',
         '流动人口公共服务事项办理: 3,265 / 3,000 = 108.83%, stated 103.83%'),
        ('e6', 'grade_mismatch', '属于“优秀”', '属于“良好”', '属于“良好”',
         'total 97.16 is in the 优 band (>= 90), stated 良好'),
    ],
}


def main():
    lines = []
    for source, edits in EDITS.items():
        clean = open(os.path.join(CASES, source + '-clean.txt'), encoding='utf-8').read()
        lines.append({'case': source + '-clean.txt', 'source': source, 'clean': True, 'expected': []})
        for suffix, code, old, new, value, expl in edits:
            if clean.count(old) != 1:
                sys.exit('%s-%s: old text occurs %d times' % (source, suffix, clean.count(old)))
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit('%s-%s: value occurs %d times' % (source, suffix, text.count(value)))
            name = '%s-%s.txt' % (source, suffix)
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as fh:
                fh.write(text)
            lines.append({'case': name, 'source': source, 'clean': False,
                          'expected': [{'code': code, 'severity': 'error', 'value': value, 'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for rec in lines:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print('built %d cases' % len(lines))


if __name__ == '__main__':
    main()
