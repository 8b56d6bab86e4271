#!/usr/bin/env python3
"""Build the n144 error cases and labels.jsonl from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
`where` says whether the slip sits in the prose or in a table (自评表 / 资金表).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

SOURCES = [
    'qingfeng-veterantrain-2022',
    'poyang-liangai-2021',
    'pubei-fuju-2023',
    'jishishan-liushou-2019',
    'xingtang-ertongkangfu-2024',
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---------------- 清丰县 退役士兵职业技能培训 2022 (Henan; flattened Word table)
    ('qingfeng-veterantrain-2022', 1, 'balance_mismatch', 'prose',
     '年末结余3.88万元', '年末结余3.38万元', '年末结余3.38万元',
     'received 78.40 − spent 74.52 = 3.88万元, stated 3.38万元'),
    ('qingfeng-veterantrain-2022', 2, 'sum_mismatch', 'prose',
     '电工54人', '电工45人', '电工45人',
     'majors 86 + 45 + 48 + 52 + 30 + 42 = 303, but the sentence says 312 trainees in total'),
    ('qingfeng-veterantrain-2022', 3, 'average_mismatch', 'prose',
     '平均每期52人', '平均每期55人', '平均每期55人',
     '312 trainees in 6 classes: mean 52 per class, stated 55'),
    ('qingfeng-veterantrain-2022', 4, 'implausible_rate', 'table',
     '上年结转资金\n\t0\n\t0\n\t0\n\t—\n\t—',
     '上年结转资金\n\t0\n\t0\n\t0\n\t—\n\t100%',
     '上年结转资金\n\t0\n\t0\n\t0\n\t—\n\t100%',
     '上年结转资金 is 0 / 0 / 0: an execution rate of 100% on a zero base'),
    ('qingfeng-veterantrain-2022', 5, 'score_exceeds_weight', 'table',
     '312人\n\t10\n\t10\n\t超额完成年度目标\n\n\t\n\t\n\t开设培训专业数\n\t≥5个\n\t6个\n\t5\n\t5',
     '312人\n\t10\n\t5\n\t超额完成年度目标\n\n\t\n\t\n\t开设培训专业数\n\t≥5个\n\t6个\n\t5\n\t10',
     '开设培训专业数\n\t≥5个\n\t6个\n\t5\n\t10',
     'scores of two adjacent rows entered in each other\'s place: 开设培训专业数 分值5 得分10 (total 97.51 unchanged)'),
    ('qingfeng-veterantrain-2022', 6, 'year_mismatch', 'table',
     '（2022年度）', '（2021年度）', '（2021年度）',
     'the 自评表 of the 2022 report is headed 2021年度 (last year\'s template)'),

    # ---------------- 鄱阳县 农村妇女“两癌”检查 2021 (Jiangxi; web page, full-width ｜ table)
    ('poyang-liangai-2021', 1, 'conflicting_values', 'prose',
     '项目资金140.00万元', '项目资金104.00万元', '项目资金104.00万元',
     'opening evaluates 104.00万元 while the funds section and the table give the same project budget as 140.00万元'),
    ('poyang-liangai-2021', 2, 'completion_mismatch', 'prose',
     '的102.40%', '的104.20%', '完成年度任务（10000人）的104.20%',
     '10240 / 10000 = 102.40%, stated 104.20%'),
    ('poyang-liangai-2021', 3, 'average_mismatch', 'prose',
     '平均每个筛查点2560人', '平均每个筛查点2650人', '平均每个筛查点2650人',
     '(3860 + 2540 + 1980 + 1860) / 4 = 2560, stated 2650'),
    ('poyang-liangai-2021', 4, 'unit_mismatch', 'table',
     '乳腺癌检查人数｜≥10000人｜10130人', '乳腺癌检查人数｜≥10000人｜101.30%', '乳腺癌检查人数｜≥10000人｜101.30%',
     'target in 人, actual typed as a percentage (the completion rate)'),
    ('poyang-liangai-2021', 5, 'weight_sum_mismatch', 'table',
     '97.30%｜10｜10', '97.30%｜15｜10', '97.30%｜15｜10',
     '随访率 weight 15: 产出 weights add to 55 (stated 50) and all weights to 105, 总分 row says 100'),
    ('poyang-liangai-2021', 6, 'score_sum_mismatch', 'table',
     '98.50%｜10｜9.85', '98.50%｜10｜9.58', '98.50%｜10｜9.58',
     'row scores now add to 99.04 (产出 49.58), stated total 99.31 (产出 49.85)'),

    # ---------------- 浦北县 残疾人辅助器具适配 2023 (Guangxi; tab-separated rows with 完成率 column)
    ('pubei-fuju-2023', 1, 'completion_mismatch', 'table',
     '1058人\t96.18%', '1058人\t96.81%', '1058人\t96.81%',
     '1058 / 1100 = 96.18%, stated 96.81%'),
    ('pubei-fuju-2023', 2, 'grade_mismatch', 'prose',
     '评价等级为良好', '评价等级为优秀', '评价等级为优秀',
     'total 89.74 is in the 良 band (80 ≤ s < 90)'),
    ('pubei-fuju-2023', 3, 'score_sum_mismatch', 'table',
     '部分建立\t—\t15\t9\t', '部分建立\t—\t15\t10\t', '部分建立\t—\t15\t10',
     'row scores now add to 90.74 (效益 24.77), stated total 89.74 (效益 23.77)'),
    ('pubei-fuju-2023', 4, 'sum_mismatch', 'table',
     '其中：当年财政拨款\t45.00\t49.30\t41.38', '其中：当年财政拨款\t45.00\t49.30\t41.83',
     '其中：当年财政拨款\t45.00\t49.30\t41.83',
     '全年执行数: 41.83 + 3.50 + 0.00 = 45.33, 年度资金总额 says 44.88'),
    ('pubei-fuju-2023', 5, 'conflicting_values', 'prose',
     '全年共为全县1,058名', '全年共为全县1,085名', '1,085名持证残疾人',
     'beneficiaries 1,085 here, 1,058 in the follow-up, coverage sentence, goal block and table'),
    ('pubei-fuju-2023', 6, 'unit_mismatch', 'table',
     '≤30个工作日\t36个工作日', '≤30个工作日\t83.33%', '≤30个工作日\t83.33%',
     'target in 工作日, actual typed as a percentage'),

    # ---------------- 积石山县 农村留守儿童关爱服务 2019 (Gansu; PDF text, space-separated rows)
    ('jishishan-liushou-2019', 1, 'rate_mismatch', 'table',
     '35.72 10 94.00% 9.40', '35.72 10 84.00% 9.40', '35.72 10 84.00%',
     '35.72 / 38.00 = 94.00%, stated 84.00%'),
    ('jishishan-liushou-2019', 2, 'balance_mismatch', 'prose',
     '年末结余2.28万元', '年末结余2.82万元', '年末结余2.82万元',
     '38.00 − 35.72 = 2.28万元, stated 2.82万元'),
    ('jishishan-liushou-2019', 3, 'grade_mismatch', 'table',
     '自评等级 良', '自评等级 优', '自评等级 优',
     'total 89.43 is in the 良 band'),
    ('jishishan-liushou-2019', 4, 'weight_sum_mismatch', 'prose',
     '产出指标50分', '产出指标60分', '产出指标60分',
     'level weights 10 + 60 + 30 + 10 = 110 although the sentence says 满分100分 (产出 rows in the table add to 50)'),
    ('jishishan-liushou-2019', 5, 'score_exceeds_weight', 'table',
     '420名 10 10\n数量指标 培训儿童主任人次 ≥150人次 156人次 5 5',
     '420名 10 5\n数量指标 培训儿童主任人次 ≥150人次 156人次 5 10',
     '156人次 5 10',
     'scores of two adjacent rows swapped: 培训儿童主任人次 分值5 得分10 (total 89.43 unchanged)'),
    ('jishishan-liushou-2019', 6, 'year_mismatch', 'prose',
     '结转至2020年', '结转至2019年', '结转至2019年',
     'the unspent part of the 2019 budget is carried over to 2019 itself'),

    # ---------------- 行唐县 残疾儿童康复救助 2024 (Hebei; ASCII | table with 完成率 column)
    ('xingtang-ertongkangfu-2024', 1, 'sum_mismatch', 'prose',
     '孤独症30名', '孤独症33名', '孤独症33名',
     '8 + 22 + 18 + 41 + 27 + 33 = 149, stated total 146'),
    ('xingtang-ertongkangfu-2024', 2, 'implausible_rate', 'prose',
     '全年实际支出24.00万元，执行率100%', '全年实际支出26.40万元，执行率110.00%', '全年实际支出26.40万元，执行率110.00%',
     'county matching fund 24.00万元 but 26.40万元 spent: execution rate over 100% (arithmetic itself right)'),
    ('xingtang-ertongkangfu-2024', 3, 'unit_mismatch', 'prose',
     '辅助器具适配8.40万元', '辅助器具适配84000万元', '84000万元',
     'the 8.40万元 part (84000元) written with the unit 万元: 92.86 + 8.40 + 3.20 = 104.46 only after rescaling'),
    ('xingtang-ertongkangfu-2024', 4, 'rate_mismatch', 'prose',
     '到位率97.79%', '到位率97.97%', '到位率97.97%',
     '106.20 / 108.60 = 97.79%, stated 97.97%'),
    ('xingtang-ertongkangfu-2024', 5, 'score_sum_mismatch', 'table',
     '75.00% | 10 | 7.50', '75.00% | 10 | 7.05', '75.00% | 10 | 7.05',
     'row scores now add to 94.67 (产出 47.05), stated total 95.12 (产出 47.50)'),
    ('xingtang-ertongkangfu-2024', 6, 'completion_mismatch', 'table',
     '146名 | 104.29%', '146名 | 102.49%', '146名 | 102.49%',
     '146 / 140 = 104.29%, stated 102.49%'),
]


def main():
    labels = []
    clean = {}
    for src in SOURCES:
        with open(os.path.join(CASES, src + '-clean.txt'), encoding='utf-8') as f:
            clean[src] = f.read()
    # remove stale error cases
    for name in os.listdir(CASES):
        m = re.fullmatch(r'(.+)-e\d+\.txt', name)
        if m and m.group(1) in clean:
            os.remove(os.path.join(CASES, name))
    by_src = {src: [] for src in SOURCES}
    for e in EDITS:
        by_src[e[0]].append(e)
    for src in SOURCES:
        labels.append({'case': src + '-clean.txt', 'source': src, 'clean': True, 'expected': []})
        for (s, n, code, where, old, new, value, expl) in sorted(by_src[src], key=lambda x: x[1]):
            text = clean[src]
            k = text.count(old)
            if k != 1:
                sys.exit(f'{src}-e{n}: old text matches {k} times: {old!r}')
            out = text.replace(old, new)
            if value not in out:
                sys.exit(f'{src}-e{n}: value not in case: {value!r}')
            name = f'{src}-e{n}.txt'
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as f:
                f.write(out)
            labels.append({'case': name, 'source': src, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value, 'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print(f'built {sum(1 for r in labels if not r["clean"])} error cases, {len(labels)} labels')


if __name__ == '__main__':
    main()
