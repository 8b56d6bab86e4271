#!/usr/bin/env python3
"""Build the 30 error cases and labels.jsonl from the five clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

PROJECTS = [
    'sx-shanyin-jiegan-2021',
    'gs-lintao-feimohuishou-2020',
    'sc-renshou-jieganzonghe-2023',
    'xj-yuli-dimohuishou-2018',
    'jl-gongzhuling-nongyebumen-2022',
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- Shanxi, Shanyin 2021 (Shanxi funds table with 行次, 附件1 with 完成率) ----
    ('sx-shanyin-jiegan-2021', 1, 'rate_mismatch', 'table',
     '(7)=(4)/(2)\n\t95.84\n\t95.59', '(7)=(4)/(2)\n\t95.84\n\t95.95',
     '(7)=(4)/(2)\n\t95.84\n\t95.95',
     'funds table row (7) 财政资金小计: 286.76 / 300.00 = 95.59%, stated 95.95'),
    ('sx-shanyin-jiegan-2021', 2, 'year_mismatch', 'prose',
     '结转至2022年', '结转至2021年', '结转至2021年',
     'the 2021 balance is carried over into 2021 itself; must be a later year (2022)'),
    ('sx-shanyin-jiegan-2021', 3, 'completion_mismatch', 'table',
     '107.50%', '105.70%', '105.70%',
     '秸秆离田利用量 actual 12.9万吨 / target 12万吨 = 107.50%, stated 105.70%'),
    ('sx-shanyin-jiegan-2021', 4, 'sum_mismatch', 'prose',
     '宣传培训与台账监测11.26万元', '宣传培训与台账监测12.26万元', '台账监测12.26万元',
     '258.00 + 36.00 + 12.26 = 306.26, but 全年执行资金 is 305.26'),
    ('sx-shanyin-jiegan-2021', 5, 'grade_mismatch', 'prose',
     '等级为“优秀”', '等级为“良好”', '等级为“良好”',
     'total 98.54 is in the 优 band (>= 90), stated 良好'),
    ('sx-shanyin-jiegan-2021', 6, 'weight_sum_mismatch', 'table',
     '项目完成时间\n\t5\n', '项目完成时间\n\t6\n', '项目完成时间\n\t6',
     '附件1 weights now add up to 101 (时效 5 -> 6) against 合计 100'),

    # ---- Gansu, Lintao 2020 (MOF outline, PDF-flattened 附件1) ----
    ('gs-lintao-feimohuishou-2020', 1, 'balance_mismatch', 'prose',
     '年末结余11.22万元', '年末结余12.22万元', '年末结余12.22万元',
     '全年预算(到位) 262.40 - 执行 251.18 = 11.22, stated 12.22'),
    ('gs-lintao-feimohuishou-2020', 2, 'average_mismatch', 'prose',
     '平均每家953.33吨', '平均每家935.33吨', '平均每家935.33吨',
     '(1120 + 960 + 780) / 3 = 953.33, stated 935.33'),
    ('gs-lintao-feimohuishou-2020', 3, 'implausible_rate', 'table',
     '其他资金 0.00 0.00 0.00 — — —', '其他资金 0.00 0.00 0.00 — 100.00% —',
     '其他资金 0.00 0.00 0.00 — 100.00%',
     'execution rate 100.00% printed on a zero budget base (其他资金 全年预算 0.00)'),
    ('gs-lintao-feimohuishou-2020', 4, 'score_sum_mismatch', 'table',
     '≥32个 36个 10 10', '≥32个 36个 10 9', '36个 10 9',
     'row scores now add up to 96.87 (新建网点 10 -> 9) while 总分 reads 97.87'),
    ('gs-lintao-feimohuishou-2020', 5, 'completion_mismatch', 'prose',
     '完成年度目标的95.33%', '完成年度目标的96.33%', '完成年度目标的96.33%',
     '2860 / 3000 = 95.33%, stated 96.33%'),
    ('gs-lintao-feimohuishou-2020', 6, 'conflicting_values', 'prose',
     '全年新建村级回收网点36个，超额', '全年新建村级回收网点38个，超额', '全年新建村级回收网点38个',
     'new village collection points: 38 here, 36 in 项目过程 (36 x 1.5 = 54.00), the goal block and the table'),

    # ---- Sichuan, Renshou 2023 (Sichuan outline, 10 + 90 table with 指标性质/度量单位) ----
    ('sc-renshou-jieganzonghe-2023', 1, 'unit_mismatch', 'prose',
     '台账监测和禁烧宣传10.26万元', '台账监测和禁烧宣传102600万元', '禁烧宣传102600万元',
     'the 10.26万元 item (102600元) is written with the unit 万元: 115.20 + 64.00 + 102600 breaks the 189.46 total, rescaling by 10^4 restores it'),
    ('sc-renshou-jieganzonghe-2023', 2, 'rate_mismatch', 'table',
     '96.27%', '96.72%', '96.72%',
     '189.46 / 196.80 = 96.27%, stated 96.72%'),
    ('sc-renshou-jieganzonghe-2023', 3, 'year_mismatch', 'table',
     '自评表（2023年度）', '自评表（2022年度）', '自评表（2022年度）',
     'the table claims 2022 while the report and all budget sentences are for 2023'),
    ('sc-renshou-jieganzonghe-2023', 4, 'weight_sum_mismatch', 'table',
     '53.8\t15\t15', '53.8\t18\t15', '53.8\t18\t15',
     'weights now add up to 103 (秸秆综合利用量 15 -> 18) against 总分 100'),
    ('sc-renshou-jieganzonghe-2023', 5, 'conflicting_values', 'prose',
     '增收321万元，超过目标值', '增收312万元，超过目标值', '增收312万元',
     'income effect 312万元 in the text, 321 in the table'),
    ('sc-renshou-jieganzonghe-2023', 6, 'balance_mismatch', 'prose',
     '年末未支出7.34万元', '年末未支出7.43万元', '年末未支出7.43万元',
     '196.80 - 189.46 = 7.34, stated 7.43'),

    # ---- Xinjiang, Yuli 2018 (web page copy, MOF 附件1 with tab cells) ----
    ('xj-yuli-dimohuishou-2018', 1, 'score_exceeds_weight', 'table',
     '18台\t10\t10\t\n产出指标\t数量指标\t乡镇残膜回收站点\t≥7个\t7个\t5\t5',
     '18台\t5\t10\t\n产出指标\t数量指标\t乡镇残膜回收站点\t≥7个\t7个\t10\t5',
     '18台\t5\t10',
     'weights of two adjacent rows transposed: 补贴残膜回收机 now weight 5 with score 10 (sums unchanged)'),
    ('xj-yuli-dimohuishou-2018', 2, 'unit_mismatch', 'table',
     '2018年11月底前\t2018年11月', '2018年11月底前\t100%', '2018年11月底前\t100%',
     'target is a date, actual a percentage'),
    ('xj-yuli-dimohuishou-2018', 3, 'implausible_rate', 'table',
     '≥85%\t90%', '≥85%\t109%', '≥85%\t109%',
     'satisfaction 109% is above 100%'),
    ('xj-yuli-dimohuishou-2018', 4, 'balance_mismatch', 'prose',
     '年末结余3.15万元', '年末结余3.51万元', '年末结余3.51万元',
     '150.00 - 146.85 = 3.15, stated 3.51'),
    ('xj-yuli-dimohuishou-2018', 5, 'score_sum_mismatch', 'prose',
     '产出指标得49.59分', '产出指标得49.95分', '产出指标得49.95分',
     'output rows add up to 49.59; with 49.95 the parts give 96.74, not the stated 96.38'),
    ('xj-yuli-dimohuishou-2018', 6, 'grade_mismatch', 'prose',
     '评价等级为优秀', '评价等级为良好', '评价等级为良好',
     'total 96.38 is in the 优 band, stated 良好'),

    # ---- Jilin, Gongzhuling 2022 (部门整体, sub-project table, average) ----
    ('jl-gongzhuling-nongyebumen-2022', 1, 'score_exceeds_weight', 'table',
     '486.00\t486.00\t100.00%\t100\t99', '486.00\t486.00\t100.00%\t100\t101', '100.00%\t100\t101',
     'sub-project score 101 above its 分值 100 (the average 94 still holds within rounding: 472/5 = 94.4)'),
    ('jl-gongzhuling-nongyebumen-2022', 2, 'average_mismatch', 'prose',
     '平均得分94分', '平均得分95分', '平均得分95分',
     '(99 + 95 + 94 + 93 + 89) / 5 = 94, stated 95'),
    ('jl-gongzhuling-nongyebumen-2022', 3, 'rate_mismatch', 'table',
     '45.60\t87.52%', '45.60\t85.72%', '45.60\t85.72%',
     '秸秆禁烧巡查及宣传 45.60 / 52.10 = 87.52%, stated 85.72%'),
    ('jl-gongzhuling-nongyebumen-2022', 4, 'sum_mismatch', 'prose',
     '项目支出820.00万元', '项目支出802.00万元', '项目支出802.00万元',
     '1268.40 + 802.00 = 2070.40, but 年初预算 is 2088.40 (and 802.00 + 94.60 is not 914.60)'),
    ('jl-gongzhuling-nongyebumen-2022', 5, 'completion_mismatch', 'table',
     '105.60%', '106.50%', '106.50%',
     '秸秆离田利用量 26.4 / 25 = 105.60%, stated 106.50%'),
    ('jl-gongzhuling-nongyebumen-2022', 6, 'conflicting_values', 'prose',
     '农户满意度94.5%，主要意见', '农户满意度95.4%，主要意见', '农户满意度95.4%',
     'satisfaction 95.4% in the text, 94.5% in the 部门整体 table'),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f'{pid}-clean.txt'
        with open(os.path.join(CASES, clean_name), encoding='utf-8') as f:
            clean = f.read()
        labels.append({'case': clean_name, 'source': pid, 'clean': True, 'expected': []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f'{pid}-e{n}: old text matches {cnt} times: {old!r}')
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f'{pid}-e{n}: value not in case: {value!r}')
            name = f'{pid}-e{n}.txt'
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as f:
                f.write(text)
            labels.append({'case': name, 'source': pid, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value,
                                         'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print(f'built {len(labels)} cases')


if __name__ == '__main__':
    main()
