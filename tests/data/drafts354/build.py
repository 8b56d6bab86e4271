#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts cases/<id>-clean.txt.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
`fig` is the changed figure (it must occur once in the error case and lie inside `value`);
`value` is the label value (an exact substring of the error case).
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

PROJECTS = [
    'sc-mingshan-tizhijiance-2021',
    'fj-huaan-xiaoyuanzuqiu-2019',
    'he-shenze-jinshifangkong-2022',
    'gz-majiang-yingyangcan-2023',
    'jl-jiangyuan-tiyuqicai-2024',
]

# (project, n, code, where, old, new, fig, value, explanation)
EDITS = [
    # --- sc-mingshan-tizhijiance-2021 (one cell per line) ---
    ('sc-mingshan-tizhijiance-2021', 1, 'rate_mismatch', 'table',
     '\t52.93\n\t10\n\t96.24%\n', '\t52.93\n\t10\n\t96.42%\n', '96.42%', '96.42%',
     '年度资金总额 row: 全年执行数 52.93 / 全年预算数 55.00 = 96.24%, stated 96.42%'),
    ('sc-mingshan-tizhijiance-2021', 2, 'year_mismatch', 'prose',
     '已申请结转至2022年', '已申请结转至2021年', '结转至2021年', '结转至2021年',
     'the unspent 2.07万元 of the 2021 budget is carried to 2021 itself; a carry-over goes to a later year (2022)'),
    ('sc-mingshan-tizhijiance-2021', 3, 'unit_mismatch', 'table',
     '\t2021年12月31日前\n\t2021年11月26日\n', '\t2021年12月31日前\n\t35天\n', '35天', '2021年12月31日前\n\t35天',
     '测试数据上报完成时间: target is a date, actual is given in 天 (days early), so the two cannot be compared'),
    ('sc-mingshan-tizhijiance-2021', 4, 'sum_mismatch', 'table',
     '\t51.80\n\t49.73\n', '\t51.80\n\t47.93\n', '47.93', '47.93',
     '全年执行数 column: 当年财政拨款 47.93 + 上年结转资金 3.20 + 其他资金 0.00 = 51.13, but 年度资金总额 is 52.93 (should be 49.73)'),
    ('sc-mingshan-tizhijiance-2021', 5, 'weight_sum_mismatch', 'table',
     '\t参加监测学校数\n\t=38所\n\t38所\n\t10\n', '\t参加监测学校数\n\t=38所\n\t38所\n\t15\n', '15', '38所\n\t15',
     '参加监测学校数 weight 15: 产出 weights sum to 65 against the stated 产出指标60分, all weights to 105 against 100'),
    ('sc-mingshan-tizhijiance-2021', 6, 'conflicting_values', 'prose',
     '优良率为31.2%', '优良率为32.1%', '32.1%', '优良率为32.1%',
     'the 2021 优良率 is 32.1% in the text but 31.2% in the 自评表 (and 9.45 = 10 x 31.2/33 is scored from 31.2)'),
    # --- fj-huaan-xiaoyuanzuqiu-2019 (ASCII pipes) ---
    ('fj-huaan-xiaoyuanzuqiu-2019', 1, 'score_sum_mismatch', 'table',
     '| ≥60人次 | 64人次 | 5 | 5 |', '| ≥60人次 | 64人次 | 5 | 4 |', '64人次 | 5 | 4', '64人次 | 5 | 4',
     'row scores now add to 97.06 (9.59 + 49 + 28.47 + 10), the stated total is 98.06'),
    ('fj-huaan-xiaoyuanzuqiu-2019', 2, 'average_mismatch', 'prose',
     '平均每个组别31.5场', '平均每个组别33.5场', '33.5场', '平均每个组别33.5场',
     '(42 + 26 + 36 + 22) / 4 = 31.5, stated 33.5'),
    ('fj-huaan-xiaoyuanzuqiu-2019', 3, 'implausible_rate', 'table',
     '| ≥90% | 95.2% |', '| ≥90% | 105.2% |', '105.2%', '105.2%',
     'a satisfaction rate of 105.2% is above 100%'),
    ('fj-huaan-xiaoyuanzuqiu-2019', 4, 'grade_mismatch', 'table',
     '评价等级：优 |', '评价等级：良 |', '评价等级：良', '评价等级：良',
     'total 98.06 lies in the 优 band (>= 90), stated 良'),
    ('fj-huaan-xiaoyuanzuqiu-2019', 5, 'balance_mismatch', 'prose',
     '年末结余1.73万元', '年末结余1.37万元', '1.37万元', '结余1.37万元',
     'all 42.35万元 arrived, 40.62万元 spent: balance 42.35 - 40.62 = 1.73, stated 1.37'),
    ('fj-huaan-xiaoyuanzuqiu-2019', 6, 'sum_mismatch', 'table',
     '| 40.00 | 38.27 |', '| 40.00 | 38.72 |', '38.72', '38.72',
     '全年执行数 column: 38.72 + 2.35 + 0.00 = 41.07, but 年度资金总额 is 40.62 (should be 38.27)'),
    # --- he-shenze-jinshifangkong-2022 (tab-separated) ---
    ('he-shenze-jinshifangkong-2022', 1, 'completion_mismatch', 'table',
     '7场\t87.50%\t', '7场\t85.70%\t', '85.70%', '7场\t85.70%',
     '近视防控专题培训场次: 7 / 8 = 87.50%, stated 85.70%'),
    ('he-shenze-jinshifangkong-2022', 2, 'score_exceeds_weight', 'table',
     '91.8%\t102.00%\t5\t5\t', '91.8%\t102.00%\t5\t5.1\t', '5.1', '102.00%\t5\t5.1',
     '学生满意度 scored 5.1 against a weight of 5 (completion 102% not capped); the whole-point total 98 still rounds from 98.1'),
    ('he-shenze-jinshifangkong-2022', 3, 'rate_mismatch', 'prose',
     '执行率94.20%', '执行率94.02%', '94.02%', '执行率94.02%',
     '县级资金 53.13 / 56.40 = 94.20%, stated 94.02%'),
    ('he-shenze-jinshifangkong-2022', 4, 'unit_mismatch', 'prose',
     '按每人次8元结算', '按每人次8万元结算', '8万元', '每人次8万元',
     '23560人次 x 8元 = 188480元 = 18.85万元 (视力筛查服务); written 8万元 the price is off by 10^4'),
    ('he-shenze-jinshifangkong-2022', 5, 'weight_sum_mismatch', 'table',
     '1.8小时\t90.00%\t10\t9\t', '1.8小时\t90.00%\t15\t9\t', '15', '90.00%\t15\t9',
     '学生日均户外活动时间 weight 15: 效益 weights sum to 35 against 效益指标30分, all weights to 105 against the 合计 100'),
    ('he-shenze-jinshifangkong-2022', 6, 'conflicting_values', 'table',
     '前\t2022年11月18日\t', '前\t2022年11月28日\t', '2022年11月28日', '2022年11月28日',
     'the autumn screening ended 11月18日 according to the text, 2022年11月28日 in the table'),
    # --- gz-majiang-yingyangcan-2023 (runs of spaces) ---
    ('gz-majiang-yingyangcan-2023', 1, 'completion_mismatch', 'table',
     '87.6%       97.33%', '87.6%       93.73%', '93.73%', '93.73%',
     '大宗食材统一配送率: 87.6 / 90 = 97.33%, stated 93.73%'),
    ('gz-majiang-yingyangcan-2023', 2, 'average_mismatch', 'table',
     '季均      29  ', '季均      27  ', '27', '季均      27',
     '季均检查食堂次数: 116 / 4 = 29, stated 27'),
    ('gz-majiang-yingyangcan-2023', 3, 'year_mismatch', 'prose',
     '截至2023年12月31日', '截至2022年12月31日', '2022年12月31日', '截至2022年12月31日',
     'the year-end balance of the 2023 budget is dated 截至2022年12月31日; it must name the evaluation year 2023'),
    ('gz-majiang-yingyangcan-2023', 4, 'score_sum_mismatch', 'prose',
     '效益指标29.46分', '效益指标29.64分', '29.64分', '效益指标29.64分',
     '9.75 + 49.87 + 29.64 + 10 = 99.26, stated 99.08; the table rows of 效益 add to 29.46'),
    ('gz-majiang-yingyangcan-2023', 5, 'weight_sum_mismatch', 'table',
     '46所        100.00%  10    10', '46所        100.00%  16    10', '16', '100.00%  16',
     '实施营养改善计划学校数 weight 16: 产出 weights add to 56 and all weights to 106 against the 合计 100'),
    ('gz-majiang-yingyangcan-2023', 6, 'conflicting_values', 'prose',
     '下降到5.2%', '下降到5.7%', '5.7%', '下降到5.7%',
     '学生营养不良检出率 is 5.7% in the text, 5.2% in the indicator table'),
    # --- jl-jiangyuan-tiyuqicai-2024 (prose only) ---
    ('jl-jiangyuan-tiyuqicai-2024', 1, 'implausible_rate', 'prose',
     '抽查结果为97.2%', '抽查结果为107.2%', '107.2%', '抽查结果为107.2%',
     'a 器材满足率 of 107.2% is above 100%'),
    ('jl-jiangyuan-tiyuqicai-2024', 2, 'grade_mismatch', 'prose',
     '评价等级为优秀', '评价等级为良好', '良好', '评价等级为良好',
     'total 97 lies in the 优 band (>= 90), stated 良好'),
    ('jl-jiangyuan-tiyuqicai-2024', 3, 'balance_mismatch', 'prose',
     '年末结余7.25万元', '年末结余7.52万元', '7.52万元', '结余7.52万元',
     '全年预算 128.60 fully received, 121.35 spent: balance 7.25, stated 7.52'),
    ('jl-jiangyuan-tiyuqicai-2024', 4, 'score_exceeds_weight', 'prose',
     '高于90%的目标，得5分', '高于90%的目标，得5.19分', '5.19分', '得5.19分',
     '师生满意度 (5分) scored 5.19 (93.4/90 = 103.78% not capped); the whole-point total 97 still rounds from 97.19'),
    ('jl-jiangyuan-tiyuqicai-2024', 5, 'completion_mismatch', 'prose',
     '完成率106.20%', '完成率102.60%', '102.60%', '完成率102.60%',
     '器材配备数量: 3186 / 3000 = 106.20%, stated 102.60%'),
    ('jl-jiangyuan-tiyuqicai-2024', 6, 'sum_mismatch', 'prose',
     '安装调试5.35万元', '安装调试3.55万元', '3.55万元', '安装调试3.55万元',
     '108.90 + 3.55 + 7.10 = 119.55, but the total spent is 121.35 (should be 5.35)'),
]


def main():
    for f in os.listdir(CASES):
        if f.endswith('.txt') and not f.endswith('-clean.txt'):
            os.remove(os.path.join(CASES, f))
    labels = []
    for pid in PROJECTS:
        with open(os.path.join(CASES, pid + '-clean.txt'), encoding='utf-8') as f:
            clean = f.read()
        labels.append({'case': pid + '-clean.txt', 'source': pid, 'clean': True, 'expected': []})
        for (p, n, code, where, old, new, fig, value, expl) in [e for e in EDITS if e[0] == pid]:
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f'{p}-e{n}: old string matches {cnt} times: {old!r}')
            err = clean.replace(old, new, 1)
            if value not in err:
                raise SystemExit(f'{p}-e{n}: value not in case: {value!r}')
            if fig not in value:
                raise SystemExit(f'{p}-e{n}: fig not in value')
            name = f'{p}-e{n}.txt'
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as f:
                f.write(err)
            labels.append({'case': name, 'source': p, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value,
                                         'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    print(f'built {len(labels)} cases ({len(EDITS)} with one error each)')


if __name__ == '__main__':
    main()
