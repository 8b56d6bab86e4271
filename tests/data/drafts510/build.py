#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts510 from the clean drafts and the edit list below.

Each edit is exact: `old` must occur exactly once in the clean draft and is replaced by `new`;
`value` is the labelled substring of the resulting case (it must occur there exactly once).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

PROJECTS = ['mengcun-yanjiandi-2019', 'wuyuan-yanjianhua-2021', 'pingluo-nongyebumen-2022',
            'qianguo-sudayanjian-2024', 'yanqi-yanjiandi-2025']

# (source, n, code, old, new, value, explanation)
EDITS = [
    # ---- A 孟村 2019
    ('mengcun-yanjiandi-2019', 1, 'rate_mismatch',
     '334.37       92.88%', '334.37       93.88%', '93.88%',
     '资金表省级资金行执行率：334.37 / 360.00 = 92.88%，表中写成93.88%'),
    ('mengcun-yanjiandi-2019', 2, 'sum_mismatch',
     '土壤调理剂及有机肥212.75万元', '土壤调理剂及有机肥221.75万元',
     '暗管排盐工程486.20万元、土壤调理剂及有机肥221.75万元、灌排渠系配套375.42万元、田间道路140.00万元，合计1214.37万元',
     '支出结构 486.20 + 221.75 + 375.42 + 140.00 = 1223.37，所列合计为1214.37'),
    ('mengcun-yanjiandi-2019', 3, 'score_exceeds_weight',
     '105.00%\n\t10\n\t10\n\t\n\n\t总分\n\t\n\t\n\t\n\t\n\t\n\t100\n\t98.40',
     '105.00%\n\t10\n\t11\n\t\n\n\t总分\n\t\n\t\n\t\n\t\n\t\n\t100\n\t99.40',
     '105.00%\n\t10\n\t11',
     '自评表受益群众满意度行：分值10，得分11，超过分值（总分随之改为99.40，得分合计仍相符）'),
    ('mengcun-yanjiandi-2019', 4, 'grade_mismatch',
     '本项目绩效自评等级为“优”', '本项目绩效自评等级为“良”', '本项目绩效自评等级为“良”',
     '自评表总分98.40分，属于90分（含）以上的“优”档，结论写成“良”'),
    ('mengcun-yanjiandi-2019', 5, 'unit_mismatch',
     '\t34.2公里\n', '\t95.00%\n', '≥36公里\n\t95.00%',
     '配套灌排渠道：年度指标值≥36公里，实际完成值填成95.00%（百分比），单位不一致，无法计算完成率'),
    ('mengcun-yanjiandi-2019', 6, 'year_mismatch',
     '结转至2020年', '结转至2019年', '结转至2019年',
     '2019年度报告中的结余结转到评价年度本身（应为结转至2020年）'),
    # ---- B 五原 2021
    ('wuyuan-yanjianhua-2021', 1, 'balance_mismatch',
     '年末未支出124.44万元', '年末未支出142.44万元', '年末未支出142.44万元',
     '全年预算2856.40 - 全年执行2731.96 = 124.44（资金全部到位），写成142.44'),
    ('wuyuan-yanjianhua-2021', 2, 'score_sum_mismatch',
     '3416户      106.75%  10    10', '3416户      106.75%  10    9', '106.75%  10    9',
     '受益农户数行得分改为9后，9.56 + 各行得分 = 97.20，自评表总分和结论仍为98.20'),
    ('wuyuan-yanjianhua-2021', 3, 'weight_sum_mismatch',
     '102.04%  10    10', '102.04%  12    10', '102.04%  12',
     '工程质量验收合格率分值改为12，分值合计 10 + 92 = 102，不等于总分100'),
    ('wuyuan-yanjianhua-2021', 4, 'average_mismatch',
     '2.6、3.1、2.5', '2.6、3.4、2.5', '分别为2.4、2.9、2.6、3.4、2.5、2.7g/kg，平均2.70g/kg',
     '6个监测点 (2.4+2.9+2.6+3.4+2.5+2.7)/6 = 2.75，所写平均值为2.70'),
    ('wuyuan-yanjianhua-2021', 5, 'conflicting_values',
     '改良剂9270吨', '改良剂9720吨', '9720吨',
     '正文施用改良剂9720吨，自评表实际完成值为9270吨（完成率103.00%按9270吨计算）'),
    ('wuyuan-yanjianhua-2021', 6, 'completion_mismatch',
     '106.75%', '107.65%', '107.65%',
     '受益农户数 3416 / 3200 = 106.75%，完成率写成107.65%'),
    # ---- C 平罗 2022 部门整体
    ('pingluo-nongyebumen-2022', 1, 'rate_mismatch',
     '94.55%', '95.45%', '95.45%',
     '盐碱地综合改良项目 1815.42 / 1920.00 = 94.55%，表中写成95.45%'),
    ('pingluo-nongyebumen-2022', 2, 'sum_mismatch',
     '3600.00万元、1580.00万元', '3600.00万元、1850.00万元', '分别为3600.00万元、1850.00万元、2630.37万元',
     '3600.00 + 1850.00 + 2630.37 = 8080.37，项目支出为7810.37'),
    ('pingluo-nongyebumen-2022', 3, 'implausible_rate',
     '收回288份，回收率96.00%', '收回318份，回收率106.00%', '收回318份，回收率106.00%',
     '发放300份却收回318份，回收率106.00%（计算无误但超过100%，不可能）'),
    ('pingluo-nongyebumen-2022', 4, 'year_mismatch',
     '截至2022年12月31日', '截至2021年12月31日', '截至2021年12月31日',
     '2022年度部门整体支出报告，全年支出的截止日期写成2021年12月31日'),
    ('pingluo-nongyebumen-2022', 5, 'score_exceeds_weight',
     '94.20', '104.20', '104.20',
     '盐碱地综合改良项目自评得分104.20，超过分值100（未给平均分，其他合计不受影响）'),
    ('pingluo-nongyebumen-2022', 6, 'conflicting_values',
     '全年新建高标准农田3.2万亩', '全年新建高标准农田3.5万亩', '全年新建高标准农田3.5万亩',
     '产出部分写3.5万亩，自评表实际完成值和自评结论均为3.2万亩'),
    # ---- D 前郭 2024
    ('qianguo-sudayanjian-2024', 1, 'balance_mismatch',
     '结余207.20万元', '结余270.20万元', '结余270.20万元',
     '已到位1600.00 - 全年支出1392.80 = 207.20，写成270.20'),
    ('qianguo-sudayanjian-2024', 2, 'score_sum_mismatch',
     '92.00%    10     9.20', '92.00%    10     9.02', '9.02',
     '暗管排盐控制面积行得分写成9.02，各行得分合计89.53，自评表总分和结论仍为89.71'),
    ('qianguo-sudayanjian-2024', 3, 'grade_mismatch',
     '评价等级为“良好”', '评价等级为“优秀”', '评价等级为“优秀”',
     '自评得分89.71分在80（含）—90分之间，应为“良好”，写成“优秀”'),
    ('qianguo-sudayanjian-2024', 4, 'unit_mismatch',
     '300.00万元、148.00万元，', '300.00万元、1480000万元，', '1480000万元',
     '县级资金148万元按元填写（1480000元）却标为万元：分别所列之和与1648.00万元及资金块县级148.00不符，按10^4换算后恰好相符'),
    ('qianguo-sudayanjian-2024', 5, 'completion_mismatch',
     '101.58%', '105.18%', '105.18%',
     '工程验收合格率 96.5 / 95 = 101.58%，完成率写成105.18%'),
    ('qianguo-sudayanjian-2024', 6, 'implausible_rate',
     '其他资金     0.00         0.00         0.00         —      —',
     '其他资金     0.00         0.00         0.00         —      100.00%',
     '0.00         —      100.00%',
     '其他资金全年预算0.00万元，执行率却填100.00%：零基数上的比率'),
    # ---- E 焉耆 2025
    ('yanqi-yanjiandi-2025', 1, 'weight_sum_mismatch',
     '97.14%    8      7.77', '97.14%    9      7.77', '97.14%    9',
     '新建改造渠道长度分值改为9，分值合计101，不等于总分100'),
    ('yanqi-yanjiandi-2025', 2, 'average_mismatch',
     '62、71、58、69公斤', '62、71、85、69公斤', '分别为62、71、85、69公斤，平均65公斤',
     '(62 + 71 + 85 + 69) / 4 = 71.75，所写平均值为65'),
    ('yanqi-yanjiandi-2025', 3, 'sum_mismatch',
     '分别为2400.00万元、720.00万元', '分别为2400.00万元、702.00万元', '分别为2400.00万元、702.00万元、300.00万元',
     '2400.00 + 702.00 + 300.00 = 3402.00，全年预算为3420.00（自治区资金应为600.00 + 120.00 = 720.00）'),
    ('yanqi-yanjiandi-2025', 4, 'completion_mismatch',
     '105.42%', '104.52%', '104.52%',
     '铺设排盐暗管 126.5 / 120 = 105.42%，完成率写成104.52%'),
    ('yanqi-yanjiandi-2025', 5, 'conflicting_values',
     '铺设排盐暗管126.5公里', '铺设排盐暗管162.5公里', '铺设排盐暗管162.5公里',
     '产出部分写162.5公里，自评表实际完成值为126.5公里（完成率105.42%按126.5计算）'),
    ('yanqi-yanjiandi-2025', 6, 'rate_mismatch',
     '97.22%', '92.72%', '92.72%',
     '灌排渠系配套 941.30 / 968.20 = 97.22%，表中写成92.72%'),
]


def main():
    labels = []
    for src in PROJECTS:
        with open(os.path.join(CASES, src + '-clean.txt'), encoding='utf-8') as fh:
            clean = fh.read()
        labels.append({'case': src + '-clean.txt', 'source': src, 'clean': True, 'expected': []})
        for (s, n, code, old, new, value, expl) in [e for e in EDITS if e[0] == src]:
            if clean.count(old) != 1:
                sys.exit('%s-e%d: old %r occurs %d times in the clean draft' % (src, n, old, clean.count(old)))
            case = clean.replace(old, new)
            if case.count(value) != 1:
                sys.exit('%s-e%d: value %r occurs %d times in the case' % (src, n, value, case.count(value)))
            name = '%s-e%d.txt' % (src, n)
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as fh:
                fh.write(case)
            labels.append({'case': name, 'source': src, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value, 'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print('built %d cases' % len(labels))


if __name__ == '__main__':
    main()
