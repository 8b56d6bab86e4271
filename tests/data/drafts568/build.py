#!/usr/bin/env python3
"""Write the error cases and labels.jsonl of drafts568 from the clean drafts and the edit list below.

Each edit is (old, new, code, value, explanation): `old` occurs exactly once in the clean draft and is replaced by
`new` (one contiguous change); `value` is the substring of the error case that carries the changed figure.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

PROJECTS = ['sn-baoji-canchu-2018', 'hb-yichang-wuni-2020', 'fj-quanzhou-cgj-bumen-2022',
            'yn-qujing-wuni-2023', 'js-changzhou-canchu-2025']

EDITS = {
    'sn-baoji-canchu-2018': [
        ('项目全年执行540.19万元，执行率88.85%', '项目全年执行540.19万元，执行率88.58%',
         'rate_mismatch', '执行率88.58%',
         '5,401,916.00 / 6,080,000.00 = 88.85% (as in both tables), stated 88.58%'),
        ('市级财政资金528.00万元', '市级财政资金582.00万元',
         'sum_mismatch', '市级财政资金582.00万元',
         '582.00 + 80.00 = 662.00, but the sources are said to make up the 全年预算 of 608.00万元 (市级 should be 528.00)'),
        ('陈仓餐厨处理站｜2,486.20｜2,601.84｜2,794.56｜2,709.52｜10,592.12｜2,648.03',
         '陈仓餐厨处理站｜2,486.20｜2,601.84｜2,794.56｜2,709.52｜10,592.12｜2,684.03',
         'average_mismatch', '陈仓餐厨处理站｜2,486.20｜2,601.84｜2,794.56｜2,709.52｜10,592.12｜2,684.03',
         '季度平均 of 陈仓: 10,592.12 / 4 = 2,648.03, stated 2,684.03'),
        ('评价等级为“优”', '评价等级为“良”',
         'grade_mismatch', '评价等级为“良”',
         'total 98.43 is in the 优 band (>= 90)'),
        ('餐厨垃圾无害化处置量｜≥28000吨｜28,815.88吨｜15｜15', '餐厨垃圾无害化处置量｜≥28000吨｜100%｜15｜15',
         'unit_mismatch', '产出指标｜数量指标｜餐厨垃圾无害化处置量｜≥28000吨｜100%｜15｜15',
         'target in 吨, actual given as a percentage (the quarterly table gives 28,815.88吨)'),
        ('结转至2019年', '结转至2018年',
         'year_mismatch', '结转至2018年',
         'unspent money of the 2018 budget carried over to 2018 itself; must be a later year'),
    ],
    'hb-yichang-wuni-2020': [
        ('结余19.32万元', '结余19.23万元',
         'balance_mismatch', '结余19.23万元',
         '到位 1,120.00 - 执行 1,100.68 (11,200,000.00 - 11,006,802.40 元) = 19.32, stated 19.23'),
        ('污泥无害化处置量\t≥36000吨\t37,493.28吨\t104.15%', '污泥无害化处置量\t≥36000吨\t37,493.28吨\t101.45%',
         'completion_mismatch', '产出指标\t数量指标\t污泥无害化处置量\t≥36000吨\t37,493.28吨\t101.45%\t15\t15\t',
         '37,493.28 / 36000 = 104.15%, stated 101.45%'),
        ('绩效自评得分99.45分', '绩效自评得分99.54分',
         'score_sum_mismatch', '绩效自评得分99.54分',
         'row scores (table 合计) sum to 99.45, text states 99.54'),
        ('已建立联单+地磅+季度核量制度，达成\t—\t10\t10', '已建立联单+地磅+季度核量制度，达成\t—\t12\t10',
         'weight_sum_mismatch', '效益指标\t可持续影响指标\t污泥处置长效监管机制\t建立\t已建立联单+地磅+季度核量制度，达成\t—\t12\t10\t',
         'weights now total 102 against the 合计 of 100 (长效监管机制 10 -> 12)'),
        ('仅6,467.36吨', '仅6,476.36吨',
         'conflicting_values', '仅6,476.36吨',
         'the quarterly table gives 第一季度 合计 6,467.36吨 (2,318.40 + 3,102.64 + 1,046.32)'),
        ('≥90%\t96.4%\t107.11%', '≥90%\t101.4%\t112.67%',
         'implausible_rate', '满意度指标\t服务对象满意度指标\t污水处理厂满意度\t≥90%\t101.4%\t112.67%\t10\t10\t',
         'satisfaction 101.4% is above 100% (completion recomputed consistently: 101.4 / 90 = 112.67%)'),
    ],
    'fj-quanzhou-cgj-bumen-2022': [
        ('上年结转资金220.00万元', '上年结转资金200.00万元',
         'sum_mismatch', '上年结转资金200.00万元',
         '8,904.35 + 1,220.00 + 200.00 = 10,324.35 ≠ 全年预算 10,344.35'),
        ('11,982,004.00\t90.43%', '11,982,004.00\t94.03%',
         'rate_mismatch', '城市污水处理厂污泥处置补贴\t13,800,000.00\t13,250,000.00\t11,982,004.00\t94.03%',
         '11,982,004.00 / 13,250,000.00 = 90.43%, stated 94.03%'),
        ('季度平均10,321.60吨', '季度平均10,231.60吨',
         'average_mismatch', '季度平均10,231.60吨',
         '(9,826.40 + 10,315.76 + 10,748.32 + 10,395.92) / 4 = 10,321.60, stated 10,231.60'),
        ('91.5%\t101.67%\t10\t10\n合计\t\t\t\t\t\t100\t97.38\n本部门自评得分97.38分',
         '91.5%\t101.67%\t10\t10.17\n合计\t\t\t\t\t\t100\t97.55\n本部门自评得分97.55分',
         'score_exceeds_weight', '满意度指标\t服务对象满意度指标\t市民满意度\t≥90%\t91.5%\t101.67%\t10\t10.17',
         'score 10.17 above the weight 10 (101.67% scored without the cap); 合计 and the line below raised with it so the sum still holds'),
        ('截至2022年12月31日', '截至2021年12月31日',
         'year_mismatch', '截至2021年12月31日',
         'the 2022 department report dates its execution figures to the end of 2021'),
        ('等级为“优”', '等级为“良”',
         'grade_mismatch', '等级为“良”',
         'total 97.38 is in the 优 band (>= 90)'),
    ],
    'yn-qujing-wuni-2023': [
        ('≥98%｜92.4%｜94.29%', '≥98%｜92.4%｜96.29%',
         'completion_mismatch', '产出指标｜质量指标｜转运联单完整率｜≥98%｜92.4%｜96.29%｜10｜9.43｜联单填报不规范',
         '92.4 / 98 = 94.29%, stated 96.29%'),
        ('结余101.69万元', '结余101.96万元',
         'balance_mismatch', '结余101.96万元',
         '到位 772.00 - 执行 670.31 (7,720,000.00 - 6,703,056.00 元) = 101.69, stated 101.96'),
        ('城区水环境改善｜明显改善｜达成｜—｜5｜5', '城区水环境改善｜明显改善｜达成｜—｜6｜5',
         'weight_sum_mismatch', '效益指标｜社会效益指标｜城区水环境改善｜明显改善｜达成｜—｜6｜5｜',
         'weights now total 101 against the 合计 of 100 (城区水环境改善 5 -> 6)'),
        ('第二污水处理厂补贴220.37万元', '第二污水处理厂补贴2,203,665.60万元',
         'unit_mismatch', '2,203,665.60万元',
         'the 元 amount of the settlement table (2,203,665.60元 = 220.37万元) written with the unit 万元: off by 10^4'),
        ('上年结转资金｜0.00｜0.00｜0.00｜0.00｜—', '上年结转资金｜0.00｜0.00｜0.00｜0.00｜100.00%',
         'implausible_rate', '上年结转资金｜0.00｜0.00｜0.00｜0.00｜100.00%',
         'execution rate 100.00% on a 0.00 budget (zero base)'),
        ('联单完整率92.4%。', '联单完整率94.2%。',
         'conflicting_values', '联单完整率94.2%',
         'the self-evaluation table gives 转运联单完整率 92.4% (and scores it so)'),
    ],
    'js-changzhou-canchu-2025': [
        ('到位率98.86%', '到位率98.68%',
         'rate_mismatch', '到位率98.68%',
         '3,040.00 / 3,075.00 = 98.86%, stated 98.68%'),
        ('追加180.00万元', '追加118.00万元',
         'sum_mismatch', '追加118.00万元',
         '2,960.00 + 118.00 - 65.00 = 3,013.00 ≠ 调整后全年预算 3,075.00 (= 30,750,000.00元 in the table)'),
        ('≥90%｜93.1%｜103.44%', '≥90%｜93.1%｜104.34%',
         'completion_mismatch', '效益指标｜生态效益指标｜餐厨废弃物资源化利用率｜≥90%｜93.1%｜104.34%｜10｜10',
         '93.1 / 90 = 103.44%, stated 104.34%'),
        ('合计｜｜｜｜｜｜100｜99.36', '合计｜｜｜｜｜｜100｜99.63',
         'score_sum_mismatch', '合计｜｜｜｜｜｜100｜99.63',
         'row scores sum to 99.36 (as the line below says), table total 99.63'),
        ('105.11%｜10｜10\n合计｜｜｜｜｜｜100｜99.36\n自评得分99.36分',
         '105.11%｜10｜10.51\n合计｜｜｜｜｜｜100｜99.87\n自评得分99.87分',
         'score_exceeds_weight', '满意度指标｜服务对象满意度指标｜餐饮服务单位满意度｜≥90%｜94.6%｜105.11%｜10｜10.51',
         'score 10.51 above the weight 10 (105.11% scored without the cap); 合计 and the line below raised with it so the sum still holds'),
        ('合计\t35,799.28\t37,178.40\t39,719.04\t38,298.08\t150,994.80\t37,748.70',
         '合计\t35,799.28\t37,178.40\t39,719.04\t38,298.08\t150,994.80\t37,478.70',
         'average_mismatch', '合计\t35,799.28\t37,178.40\t39,719.04\t38,298.08\t150,994.80\t37,478.70',
         '季度平均 of the 合计 row: 150,994.80 / 4 = 37,748.70, stated 37,478.70'),
    ],
}


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f'{pid}-clean.txt'
        with open(os.path.join(CASES, clean_name), encoding='utf-8') as fh:
            clean = fh.read()
        labels.append({'case': clean_name, 'source': pid, 'clean': True, 'expected': []})
        for i, (old, new, code, value, expl) in enumerate(EDITS[pid], 1):
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f'{pid} e{i}: edit anchor occurs {n} times')
            text = clean.replace(old, new)
            name = f'{pid}-e{i}.txt'
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as fh:
                fh.write(text)
            labels.append({'case': name, 'source': pid, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value, 'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + '\n')
    print(f'wrote {len(labels)} labels')


if __name__ == '__main__':
    main()
