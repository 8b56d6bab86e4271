#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of set n392 from the clean drafts.

Each error case = its clean draft with exactly one exact old -> new replacement (the old string
must occur exactly once in the clean draft). The label value must occur in the error case.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

SOURCES = [
    'he-nangong-qidaimei-2019',
    'sx-zhangzi-qingjiequnuan-2020',
    'sd-gaoqing-meigaidian-2021',
    'ha-xunxian-sthjfenju-2022',
    'gs-lingtai-qingjiequnuan-2024',
]

# (source, suffix, code, where, old, new, value, explanation)
EDITS = [
    # ---- 河北 南宫市住建局 2019 (web page, 元 funds table with 行次, MOF 附件1) ----
    ('he-nangong-qidaimei-2019', 'e1', 'average_mismatch', 'prose',
     '年均2,880户', '年均2,980户', '年均2,980户',
     'two-year average of 2,640 (2018) and 3,120 (2019) 气代煤 households is 2,880, stated 2,980'),
    ('he-nangong-qidaimei-2019', 'e2', 'rate_mismatch', 'table',
     '100.00%\t68.92%', '100.00%\t69.82%', '69.82%',
     '市本级 column of the 元 table: (7)=(4)/(2) = 1,378,400.00 / 2,000,000.00 = 68.92%, stated 69.82%'),
    ('he-nangong-qidaimei-2019', 'e3', 'unit_mismatch', 'prose',
     '共842.40万元', '共8,424,000万元', '共8,424,000万元',
     '3,120户 x 2,700元 = 8,424,000元 = 842.40万元; the 元 figure is labelled 万元 (off by 10^4), '
     'which also breaks 三项合计1,500.00万元 - rescaling this one amount reconciles both'),
    ('he-nangong-qidaimei-2019', 'e4', 'implausible_rate', 'table',
     '≥90%\t93.5%', '≥90%\t103.5%', '103.5%',
     'satisfaction (改造户满意度) cannot exceed 100%'),
    ('he-nangong-qidaimei-2019', 'e5', 'grade_mismatch', 'prose',
     '评价等级为“优”', '评价等级为“良”', '评价等级为“良”',
     'total 98.12 lies in the 优 band (90-100), stated 良'),
    ('he-nangong-qidaimei-2019', 'e6', 'score_sum_mismatch', 'table',
     '776户\t15\t13.53', '776户\t15\t13.35', '13.35',
     'row scores now sum to 9.59 + 15 + 13.35 + 10 x 6 = 97.94, 总分 still reads 98.12 (as does the text)'),

    # ---- 山西 长子分局 2020 (seed-003 style: bookmarks, flattened cells, 行次 formulas, 完成率) ----
    ('sx-zhangzi-qingjiequnuan-2020', 'e1', 'implausible_rate', 'table',
     '\t100\n\t0\n\n\t预算执行率(%)', '\t100\n\t100\n\n\t预算执行率(%)', '100\n\n\t预算执行率(%)',
     '其他资金 column has no budget (全年预算 blank/0), yet its 预算到位率 (6)=(3)/(2) now prints 100: '
     'a non-zero rate on a zero base (the 0 printed in the clean draft is tolerated)'),
    ('sx-zhangzi-qingjiequnuan-2020', 'e2', 'completion_mismatch', 'table',
     '\t88.76%\n', '\t87.76%\n', '87.76%',
     '煤改电 1642户 / ≥1850户 = 88.76%, stated 87.76% (score 13.31 still follows 88.76%)'),
    ('sx-zhangzi-qingjiequnuan-2020', 'e3', 'score_exceeds_weight', 'table',
     '\t104.00%\n\t5\n', '\t104.00%\n\t5.5\n', '104.00%\n\t5.5',
     '改造工程验收合格率 row: score 5.5 above its weight 5 (the rounded total 98分 still covers the '
     'sum 98.32, so no sum error)'),
    ('sx-zhangzi-qingjiequnuan-2020', 'e4', 'year_mismatch', 'table',
     '附件1.项目支出绩效自评表（2020年度）', '附件1.项目支出绩效自评表（2021年度）', '自评表（2021年度）',
     'the 2020 report attaches a self-evaluation table labelled 2021年度'),
    ('sx-zhangzi-qingjiequnuan-2020', 'e5', 'conflicting_values', 'prose',
     '完成煤改气改造2400户', '完成煤改气改造2040户', '完成煤改气改造2040户',
     '煤改气 households done: 2040户 in the analysis vs 2400户 in 附件1 (实际 2400户, 完成率100%) '
     'and the plan'),
    ('sx-zhangzi-qingjiequnuan-2020', 'e6', 'weight_sum_mismatch', 'table',
     '\t淘汰燃煤锅炉台数\n\t10\n', '\t淘汰燃煤锅炉台数\n\t12\n', '淘汰燃煤锅炉台数\n\t12',
     'weights now sum to 102 (10 + 15 + 10 + 12 + 5 + 10 + 15 + 15 + 10)'),

    # ---- 山东 高青县住建局 2021 (PDF copy, MOF outline and 附件 自评表) ----
    ('sd-gaoqing-meigaidian-2021', 'e1', 'sum_mismatch', 'prose',
     '省级458.80万元', '省级485.80万元', '省级485.80万元',
     '中央800.00 + 省级485.80 + 县级300.00 = 1,585.80, but 当年财政拨款 is 1,558.80万元'),
    ('sd-gaoqing-meigaidian-2021', 'e2', 'balance_mismatch', 'prose',
     '年末结余资金61.50万元', '年末结余资金65.10万元', '结余资金65.10万元',
     '全年预算1,621.20 - 全年执行1,559.70 = 61.50万元, stated 65.10'),
    ('sd-gaoqing-meigaidian-2021', 'e3', 'rate_mismatch', 'prose',
     '执行率96.05%', '执行率96.50%', '执行率96.50%',
     '当年财政拨款 1,497.30 / 1,558.80 = 96.05%, stated 96.50%'),
    ('sd-gaoqing-meigaidian-2021', 'e4', 'completion_mismatch', 'prose',
     '完成率92.83%', '完成率93.28%', '完成率93.28%',
     '煤改气 2,655户 of 2,860户 = 92.83%, stated 93.28%'),
    ('sd-gaoqing-meigaidian-2021', 'e5', 'weight_sum_mismatch', 'table',
     '燃气管网通达村数 ≥36个 36个 10 10', '燃气管网通达村数 ≥36个 36个 12 10', '36个 12 10',
     'weights now sum to 102 (10 + 15 + 15 + 12 + 10 + 10 + 10 + 10 + 10)'),
    ('sd-gaoqing-meigaidian-2021', 'e6', 'year_mismatch', 'prose',
     '全部结转至2022年', '全部结转至2021年', '结转至2021年',
     'the unspent part of the 2021 budget is carried over to 2021 itself'),

    # ---- 河南 浚县分局 2022 部门整体 (browser copy, 元 table with 行次, average of project scores) ----
    ('ha-xunxian-sthjfenju-2022', 'e1', 'average_mismatch', 'prose',
     '平均得分94.33分', '平均得分94.67分', '平均得分94.67分',
     '(97 + 94 + 92) / 3 = 94.33, stated 94.67'),
    ('ha-xunxian-sthjfenju-2022', 'e2', 'sum_mismatch', 'table',
     '13,880,000.00', '13,580,000.00', '13,580,000.00',
     '年初预算数: 基本支出5,984,200.00 + 项目支出13,580,000.00 = 19,564,200.00, 合计 reads 19,864,200.00'),
    ('ha-xunxian-sthjfenju-2022', 'e3', 'score_exceeds_weight', 'table',
     '8.46万元\t5\t5', '8.46万元\t5\t5.4', '8.46万元\t5\t5.4',
     '“三公”经费控制 row: score 5.4 above its weight 5 (the whole-point total 99分 still covers the sum 99.37)'),
    ('ha-xunxian-sthjfenju-2022', 'e4', 'conflicting_values', 'prose',
     '年内完成改造的3,180户中', '年内完成改造的3,108户中', '完成改造的3,108户',
     '双替代 households completed: 3,108 in section 四 vs 3,180 in section 二 (980 + 2,200) and the table'),
    ('ha-xunxian-sthjfenju-2022', 'e5', 'unit_mismatch', 'table',
     '≥230天\t236天', '≥230天\t64.7%', '≥230天\t64.7%',
     '空气质量优良天数: target in days, actual given as a percentage (优良天数比例), completion cannot be computed'),
    ('ha-xunxian-sthjfenju-2022', 'e6', 'balance_mismatch', 'prose',
     '节余5.56万元', '节余5.65万元', '节余5.65万元',
     '监测运维 164.20 - 158.64 = 5.56万元, stated 5.65'),

    # ---- 甘肃 灵台县住建局 2024 (PDF copy, MOF table with (A)/(B)/(B/A) and 完成率 column, grade 良) ----
    ('gs-lingtai-qingjiequnuan-2024', 'e1', 'grade_mismatch', 'prose',
     '评价等级为“良”', '评价等级为“优”', '评价等级为“优”',
     'total 88.39 lies in the 良 band (80-90), stated 优'),
    ('gs-lingtai-qingjiequnuan-2024', 'e2', 'score_sum_mismatch', 'table',
     '86.67% 8 6.93', '86.67% 8 6.39', '86.67% 8 6.39',
     'row scores now sum to 87.85, 合计 (and the text) still read 88.39'),
    ('gs-lingtai-qingjiequnuan-2024', 'e3', 'conflicting_values', 'prose',
     '已改造的342户中', '已改造的324户中', '已改造的324户',
     '煤改电 households done: 324 in section 五 vs 342 paid (273.60万元) and in the table'),
    ('gs-lingtai-qingjiequnuan-2024', 'e4', 'balance_mismatch', 'prose',
     '年末未支出资金124.00万元', '年末未支出资金142.00万元', '未支出资金142.00万元',
     '项目资金总额805.00 - 全年支出681.00 = 124.00万元, stated 142.00'),
    ('gs-lingtai-qingjiequnuan-2024', 'e5', 'completion_mismatch', 'table',
     '78.0% 86.67%', '78.0% 87.67%', '87.67%',
     '采暖季前完工率 78.0% / ≥90% = 86.67%, stated 87.67% (score 6.93 still follows 86.67%)'),
    ('gs-lingtai-qingjiequnuan-2024', 'e6', 'rate_mismatch', 'table',
     '636.00 — 83.68%', '636.00 — 83.86%', '83.86%',
     '当年财政拨款 execution (B/A) = 636.00 / 760.00 = 83.68%, stated 83.86%'),
]


def main():
    labels = []
    for src in SOURCES:
        clean = open(os.path.join(CASES, src + '-clean.txt'), encoding='utf-8').read()
        labels.append({'case': src + '-clean.txt', 'source': src, 'clean': True, 'expected': []})
        for (s, suf, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            n = clean.count(old)
            if n != 1:
                raise SystemExit('%s-%s: old string occurs %d times: %r' % (src, suf, n, old))
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit('%s-%s: value not in error case: %r' % (src, suf, value))
            name = '%s-%s.txt' % (src, suf)
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as f:
                f.write(text)
            labels.append({'case': name, 'source': src, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value,
                                         'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    print('wrote %d cases (%d errors)' % (len(labels), len(EDITS)))


if __name__ == '__main__':
    main()
