#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case = its clean draft with exactly one edit: an exact old -> new replacement whose `old`
must occur exactly once in the clean draft.  `value` is the label: an exact substring of the error case
that contains the changed figure (or word).
Standard library only.  Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

PROJECTS = [
    'hb-wufeng-hulinyuan-2021',
    'ah-yuexi-linzhangzhi-2019',
    'sc-mabian-hulinyuan-2023',
    'sx-jingle-xunlin-2022',
    'fj-taining-linyeju-bumen-2024',
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 湖北 五峰 2021 生态护林员管护补助 -------------------------------------------------------------
    ('hb-wufeng-hulinyuan-2021', 1, 'rate_mismatch', 'prose',
     '实际支出17.96万元，执行率97.08%', '实际支出17.96万元，执行率97.80%',
     '执行率97.80%',
     '巡护装备子项: 17.96 / 18.50 = 97.08%, stated 97.80%'),
    ('hb-wufeng-hulinyuan-2021', 2, 'balance_mismatch', 'prose',
     '年末结余3.08万元', '年末结余3.80万元',
     '年末结余3.80万元',
     '到位567.00 − 执行563.92 = 3.08万元, stated 3.80万元'),
    ('hb-wufeng-hulinyuan-2021', 3, 'average_mismatch', 'prose',
     '平均每名护林员管护3328.57亩', '平均每名护林员管护3382.57亩',
     '管护3382.57亩',
     '186.4万亩 / 560人 = 3328.57亩, stated 3382.57亩'),
    ('hb-wufeng-hulinyuan-2021', 4, 'score_sum_mismatch', 'table',
     '｜87.5%｜6｜5.25｜', '｜87.5%｜6｜5.52｜',
     '87.5%｜6｜5.52',
     'row scores now add up to 99.31 (19.89 + 39.52 + 30 + 9.9), stated total 99.04 (table and text)'),
    ('hb-wufeng-hulinyuan-2021', 5, 'unit_mismatch', 'table',
     '｜≥550户｜560户｜', '｜≥550户｜100%｜',
     '≥550户｜100%',
     '带动脱贫户稳定增收户数: target in 户, actual given as a percentage'),
    ('hb-wufeng-hulinyuan-2021', 6, 'conflicting_values', 'table',
     '｜100%｜87.5%｜6｜', '｜100%｜78.5%｜6｜',
     '100%｜78.5%',
     '培训覆盖率 is 78.5% in the table but 87.5% in the text (490 / 560 = 87.5%)'),

    # ---- 安徽 岳西 2019 林长制工作经费及生态护林员补助 -------------------------------------------------------
    ('ah-yuexi-linzhangzhi-2019', 1, 'conflicting_values', 'table',
     '｜≥1200人次｜1386人次｜', '｜≥1200人次｜1368人次｜',
     '≥1200人次｜1368人次',
     '三级林长巡林 is 1368人次 in the table but 1386人次 in the text (115.5% of 1200)'),
    ('ah-yuexi-linzhangzhi-2019', 2, 'weight_sum_mismatch', 'table',
     '｜≥90%｜84.6%｜8｜7.52｜', '｜≥90%｜84.6%｜9｜7.52｜',
     '84.6%｜9｜7.52',
     '分值 now add up to 101 (10 + 51 + 30 + 10), stated 100'),
    ('ah-yuexi-linzhangzhi-2019', 3, 'grade_mismatch', 'prose',
     '评价结论为“优”', '评价结论为“良”',
     '评价结论为“良”',
     'total 99 is in the 优 band (90–100)'),
    ('ah-yuexi-linzhangzhi-2019', 4, 'score_exceeds_weight', 'table',
     '｜480块｜480块｜8｜8｜', '｜480块｜480块｜8｜8.3｜',
     '480块｜8｜8.3',
     '更新林长公示牌: score 8.3 above its weight 8 (row scores now 99.35, still 99 at the whole-point total)'),
    ('ah-yuexi-linzhangzhi-2019', 5, 'average_mismatch', 'prose',
     '实际人均发放8953.13元', '实际人均发放8935.13元',
     '人均发放8935.13元',
     '286.50万元 / 320人 = 8953.13元, stated 8935.13元'),
    ('ah-yuexi-linzhangzhi-2019', 6, 'unit_mismatch', 'prose',
     '每块造价320元', '每块造价320万元',
     '每块造价320万元',
     '480块 × 320元 = 15.36万元; 320万元 is off by 10^4'),

    # ---- 四川 马边 2023 生态护林员补助资金 --------------------------------------------------------------
    ('sc-mabian-hulinyuan-2023', 1, 'completion_mismatch', 'prose',
     '完成目标的102.57%', '完成目标的105.27%',
     '完成目标的105.27%',
     '管护面积 271.8 / 265万亩 = 102.57%, stated 105.27%'),
    ('sc-mabian-hulinyuan-2023', 2, 'implausible_rate', 'table',
     '｜%｜96.2｜', '｜%｜106.2｜',
     '%｜106.2',
     '脱贫人口占护林员比例 106.2%: a share cannot exceed 100%'),
    ('sc-mabian-hulinyuan-2023', 3, 'score_sum_mismatch', 'table',
     '｜12｜8.20｜APP', '｜12｜8.02｜APP',
     '12｜8.02',
     'scores now add up to 91.72 (9.70 + 52.02 + 30), stated 91.90 (table and text)'),
    ('sc-mabian-hulinyuan-2023', 4, 'balance_mismatch', 'prose',
     '未支出的37.58万元', '未支出的35.78万元',
     '未支出的35.78万元',
     '1236.00 − 1198.42 = 37.58万元, stated 35.78万元'),
    ('sc-mabian-hulinyuan-2023', 5, 'year_mismatch', 'prose',
     '结转至2024年使用', '结转至2023年使用',
     '结转至2023年',
     'the unspent part of the 2023 budget is carried over to 2023 itself'),
    ('sc-mabian-hulinyuan-2023', 6, 'sum_mismatch', 'table',
     '财政资金｜1128.60｜1236.00｜', '财政资金｜1128.60｜1263.00｜',
     '财政资金｜1128.60｜1263.00',
     '全年预算数 column: 1263.00 + 0 + 0 + 0 = 1263.00, stated 年度资金总额 1236.00'),

    # ---- 山西 静乐 2022 林长巡林护林及生态护林员管护补助 -----------------------------------------------------
    ('sx-jingle-xunlin-2022', 1, 'implausible_rate', 'table',
     '\t100\t100\t0\t37.50\t100\t0\n预算执行率', '\t100\t100\t100\t37.50\t100\t0\n预算执行率',
     '100\t100\t100\t37.50',
     '预算到位率 row, 市级 column: 100 on a zero base (市级 全年预算 0)'),
    ('sx-jingle-xunlin-2022', 2, 'rate_mismatch', 'table',
     '\t86.89\t', '\t88.69\t',
     '100\t88.69',
     '预算执行率 省级: 78.20 / 90.00 = 86.89%, stated 88.69'),
    ('sx-jingle-xunlin-2022', 3, 'completion_mismatch', 'table',
     '\t80.4%\t84.63%\t', '\t80.4%\t86.43%\t',
     '80.4%\t86.43%',
     '网格化管护覆盖率: 80.4 / 95 = 84.63%, stated 86.43%'),
    ('sx-jingle-xunlin-2022', 4, 'sum_mismatch', 'table',
     '年初预算资金\t(1)\t642.00\t642.00\t520.00\t', '年初预算资金\t(1)\t642.00\t642.00\t502.00\t',
     '642.00\t502.00',
     '年初预算资金 row: 财政资金小计 642.00, but 502.00 + 90.00 + 0 + 32.00 = 624.00'),
    ('sx-jingle-xunlin-2022', 5, 'score_exceeds_weight', 'prose',
     '得分最高的乡镇95分', '得分最高的乡镇105分',
     '得分最高的乡镇105分',
     'township assessment score 105 above the stated maximum (考核满分100分)'),
    ('sx-jingle-xunlin-2022', 6, 'unit_mismatch', 'table',
     '护林员补助按季兑付率\t6\t100%\t100%\t', '护林员补助按季兑付率\t6\t100%\t4次\t',
     '100%\t4次',
     '护林员补助按季兑付率: target in %, actual given as a count (4次)'),

    # ---- 福建 泰宁 2024 部门整体支出 -------------------------------------------------------------------
    ('fj-taining-linyeju-bumen-2024', 1, 'grade_mismatch', 'prose',
     '等级为良', '等级为优',
     '等级为优',
     'total 89.62 is below 90: 良, not 优'),
    ('fj-taining-linyeju-bumen-2024', 2, 'average_mismatch', 'prose',
     '平均自评得分93.8分', '平均自评得分94.8分',
     '平均自评得分94.8分',
     '(95.5 + 97.0 + 96.0 + 88.5 + 92.0) / 5 = 93.8, stated 94.8'),
    ('fj-taining-linyeju-bumen-2024', 3, 'year_mismatch', 'prose',
     '数据截至2024年12月31日', '数据截至2023年12月31日',
     '截至2023年12月31日',
     'the 2024 report states its figures as at 31 Dec 2023'),
    ('fj-taining-linyeju-bumen-2024', 4, 'rate_mismatch', 'table',
     '| 104.00 | 89.66% |', '| 104.00 | 86.96% |',
     '104.00 | 86.96%',
     '林业有害生物防治: 104.00 / 116.00 = 89.66%, stated 86.96%'),
    ('fj-taining-linyeju-bumen-2024', 5, 'sum_mismatch', 'prose',
     '上年结转234.00万元', '上年结转243.00万元',
     '上年结转243.00万元',
     '财政拨款2612.35 + 上年结转243.00 = 2855.35, stated 全年预算2846.35'),
    ('fj-taining-linyeju-bumen-2024', 6, 'weight_sum_mismatch', 'table',
     '预算绩效管理 | 10 | 9.5', '预算绩效管理 | 12 | 9.5',
     '预算绩效管理 | 12',
     '分值 now add up to 102, stated 100'),
]


def main():
    labels = []
    for pid in PROJECTS:
        with open(os.path.join(CASES, pid + '-clean.txt'), encoding='utf-8') as f:
            clean = f.read()
        labels.append({'case': pid + '-clean.txt', 'source': pid, 'clean': True, 'expected': []})
        edits = sorted([e for e in EDITS if e[0] == pid], key=lambda e: e[1])
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], pid
        for (_, n, code, where, old, new, value, expl) in edits:
            k = clean.count(old)
            if k != 1:
                sys.exit(f'{pid}-e{n}: old text occurs {k} times: {old!r}')
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit(f'{pid}-e{n}: label value occurs {text.count(value)} times: {value!r}')
            name = f'{pid}-e{n}.txt'
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as f:
                f.write(text)
            labels.append({'case': name, 'source': pid, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value,
                                         'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print(f'built {sum(1 for r in labels if not r["clean"])} error cases, {len(labels)} labels')


if __name__ == '__main__':
    main()
