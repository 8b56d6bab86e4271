#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of set n115 from the clean drafts.

Each edit is one exact old -> new replacement applied to a clean draft (cases/<source>-clean.txt);
`old` must occur exactly once in the clean draft and `value` must occur in the resulting case.
Writes cases/<source>-e<n>.txt and labels.jsonl (clean case first, then e1..e6 per source).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

SOURCES = [
    'gs-zhuanglang-podigeng-2018',
    'nx-yuanzhou-xiaoliuyu-2020',
    'gs-anding-podigeng-2022',
    'sn-suide-xiaoliuyu-2023',
    'sn-yichuan-podigeng-2024',
]

# grid-table rows used by the two-cell swaps (score_exceeds_weight)
ZL_B = '+------------+----------+--------------+------------+------------+------+-------+----------------+\n'
SD_B = '+------------+----------+--------------+------------+------------+---------+------+-------+----------+\n'

EDITS = [
    # ---------------- 庄浪县 2018 坡耕地 ----------------
    dict(src='gs-zhuanglang-podigeng-2018', n=1, code='rate_mismatch',
         old='支出率58.60%', new='支出率56.80%', value='支出率56.80%',
         why='county matching funds: 61.53 spent of 105.00 received = 58.60%, stated 56.80% (digits transposed)'),
    dict(src='gs-zhuanglang-podigeng-2018', n=2, code='sum_mismatch',
         old='| 4.85     | 690      |', new='| 4.85     | 609      |', value='4.85     | 609',
         why='表1 受益农户 780 + 609 + 720 + 546 = 2,655, but the 合计 row (and text/indicator) says 2,736; 南湖镇 should be 690'),
    dict(src='gs-zhuanglang-podigeng-2018', n=3, code='unit_mismatch',
         old='工程监理费30.24万元', new='工程监理费302400万元', value='302400万元',
         why='监理费 copied in 元 (302,400元 = 30.24万元) but labelled 万元; the itemised spending only adds to 合计1,846.53万元 after rescaling this one item by 10^4'),
    dict(src='gs-zhuanglang-podigeng-2018', n=4, code='grade_mismatch',
         old='评价等级为"优秀"', new='评价等级为"良好"', value='评价等级为"良好"',
         why='综合得分99.66 lies in the 优 band (>= 90); 良好 is wrong (the table footer still says 优)'),
    dict(src='gs-zhuanglang-podigeng-2018', n=5, code='score_exceeds_weight',
         old='| 15   | 15    | 无偏差         |\n' + ZL_B +
             '| 产出指标   | 数量指标 | 配套田间道路 | ≥18公里    | 18.45公里  | 10   | 10    |',
         new='| 15   | 10    | 无偏差         |\n' + ZL_B +
             '| 产出指标   | 数量指标 | 配套田间道路 | ≥18公里    | 18.45公里  | 10   | 15    |',
         value='18.45公里  | 10   | 15',
         why='配套田间道路 row: 分值10, 得分15 (the scores of 坡改梯面积 and 配套田间道路 were pasted into each other\'s rows, so the total still reads 99.66)'),
    dict(src='gs-zhuanglang-podigeng-2018', n=6, code='year_mismatch',
         old='截至2018年12月31日', new='截至2017年12月31日', value='截至2017年12月31日',
         why='the 2018 report gives its 到位/支出 figures as of 2017-12-31 (last year\'s template); must be 2018-12-31'),

    # ---------------- 原州区 2020 小流域 ----------------
    dict(src='nx-yuanzhou-xiaoliuyu-2020', n=1, code='completion_mismatch',
         old='| 78.6%      | 92.47%  |', new='| 78.6%      | 94.27%  |', value='94.27%',
         why='造林成活率 target >=85%, actual 78.6%: completion 78.6/85 = 92.47%, stated 94.27%'),
    dict(src='nx-yuanzhou-xiaoliuyu-2020', n=2, code='implausible_rate',
         old='| 3.其他资金   | 0.00       | 0.00       | 0.00       | —    | —      |',
         new='| 3.其他资金   | 0.00       | 0.00       | 0.00       | —    | 100%   |',
         value='3.其他资金   | 0.00       | 0.00       | 0.00       | —    | 100%',
         why='其他资金 has a 0.00 budget and 0.00 spending; an execution rate of 100% on a zero base is impossible (should be —)'),
    dict(src='nx-yuanzhou-xiaoliuyu-2020', n=3, code='weight_sum_mismatch',
         old='| 2020年11月 | 100%    | 5    |', new='| 2020年11月 | 100%    | 6    |', value='100%    | 6    | 5',
         why='工程完工时限 weight 6: 产出 weights now 51 and all weights 10 + 51 + 30 + 10 = 101, while the 合计 row says 100'),
    dict(src='nx-yuanzhou-xiaoliuyu-2020', n=4, code='balance_mismatch',
         old='年末结转资金82.70万元', new='年末结转资金87.20万元', value='87.20万元',
         why='年度资金总额 2,070.00 - 全年执行 1,987.30 = 82.70万元 carried to 2021, stated 87.20'),
    dict(src='nx-yuanzhou-xiaoliuyu-2020', n=5, code='average_mismatch',
         old='平均每条小流域650.00万元', new='平均每条小流域605.00万元', value='605.00万元',
         why='(720.00 + 677.80 + 552.20) / 3 = 650.00万元 per watershed, stated 605.00'),
    dict(src='nx-yuanzhou-xiaoliuyu-2020', n=6, code='conflicting_values',
         old='受益人口1.26万人，改善', new='受益人口1.62万人，改善', value='受益人口1.62万人',
         why='the 自评表 gives 受益人口 1.26万人 (completion 105.00% of >=1.2万人); the text now says 1.62万人'),

    # ---------------- 安定区 2022 坡耕地 ----------------
    dict(src='gs-anding-podigeng-2022', n=1, code='rate_mismatch',
         old='到位率97.78%', new='到位率97.87%', value='到位率97.87%',
         why='到位 2,640.00 / 全年预算 2,700.00 = 97.78%, stated 97.87%'),
    dict(src='gs-anding-podigeng-2022', n=2, code='score_sum_mismatch',
         old='效益指标27.20分', new='效益指标27.02分', value='效益指标27.02分',
         why='效益 rows score 9.00 + 8.80 + 4.40 + 5 = 27.20; with 27.02 the parts 7.70 + 44.60 + 27.02 + 10 = 89.32 do not give the stated 89.50'),
    dict(src='gs-anding-podigeng-2022', n=3, code='grade_mismatch',
         old='评价等级为“良好”', new='评价等级为“优秀”', value='评价等级为“优秀”',
         why='自评得分89.50 < 90 is 良 (the table footer says 良); 优秀 needs >= 90'),
    dict(src='gs-anding-podigeng-2022', n=4, code='implausible_rate',
         old='| 96.3%      |', new='| 963%       |', value='963%',
         why='工程质量合格率 963% (decimal point dropped from 96.3%) is above 100%'),
    dict(src='gs-anding-podigeng-2022', n=5, code='unit_mismatch',
         old='| 22.5公里   |', new='| 90%        |', value='≥25公里    | 90%',
         why='配套田间道路 target >=25公里 but actual written as 90% (the completion rate) instead of 22.5公里'),
    dict(src='gs-anding-podigeng-2022', n=6, code='average_mismatch',
         old='42、47、44', new='42、41、44', value='42、41、44',
         why='样地 yields 42, 41, 44, 48, 44 average 43.8公斤, stated 平均45公斤 (second sample was 47)'),

    # ---------------- 绥德县 2023 小流域 ----------------
    dict(src='sn-suide-xiaoliuyu-2023', n=1, code='completion_mismatch',
         old='104.71%', new='107.41%', value='107.41%',
         why='受益人口 7120 / 6800 = 104.71%, stated 107.41%'),
    dict(src='sn-suide-xiaoliuyu-2023', n=2, code='conflicting_values',
         old='新建谷坊16座，修建生产道路12.6公里，较计划', new='新建谷坊18座，修建生产道路12.6公里，较计划',
         value='新建谷坊18座',
         why='谷坊 is 16座 in the 项目概况, the goals and the 自评表 (16座, 100.00%); the output section says 18座'),
    dict(src='sn-suide-xiaoliuyu-2023', n=3, code='year_mismatch',
         old='已结转至2024年使用', new='已结转至2023年使用', value='结转至2023年',
         why='the balance of the 2023 budget cannot be carried over to 2023 itself; it goes to 2024'),
    dict(src='sn-suide-xiaoliuyu-2023', n=4, code='sum_mismatch',
         old='经济林210.00万元', new='经济林201.00万元', value='经济林201.00万元',
         why='486.00 + 372.00 + 201.00 + 42.00 + 67.50 + 318.50 + 129.00 = 1,616.00 ≠ 批复总投资1,625.00 (经济林 140公顷 = 2,100亩 × 1,000元 = 210.00)'),
    dict(src='sn-suide-xiaoliuyu-2023', n=5, code='score_exceeds_weight',
         old='| 112.00% | 8    | 8     |          |\n'
             '|            |          | 沙           |            |            |         |      |       |          |\n'
             + SD_B + '| 效益指标   | 社会效益 | 受益人口     | ≥6800人    | 7120人     | 104.71% | 5    |',
         new='| 112.00% | 5    | 8     |          |\n'
             '|            |          | 沙           |            |            |         |      |       |          |\n'
             + SD_B + '| 效益指标   | 社会效益 | 受益人口     | ≥6800人    | 7120人     | 104.71% | 8    |',
         value='112.00% | 5    | 8',
         why='年减少入黄泥沙 row: 分值5, 得分8 (the weights of this row and 受益人口 were swapped, so weights still total 100 and scores 98.78)'),
    dict(src='sn-suide-xiaoliuyu-2023', n=6, code='weight_sum_mismatch',
         old='产出指标45分', new='产出指标50分', value='产出指标50分',
         why='stated weights 10 + 50 + 35 + 10 = 105, not the stated 合计100分; the table 产出 rows add to 45'),

    # ---------------- 宜川县 2024 坡耕地 ----------------
    dict(src='sn-yichuan-podigeng-2024', n=1, code='balance_mismatch',
         old='尚未支付598.50万元', new='尚未支付589.50万元', value='589.50万元',
         why='到位 1,425.00 - 支出 826.50 = 598.50万元 unpaid/carried over, stated 589.50'),
    dict(src='sn-yichuan-podigeng-2024', n=2, code='score_sum_mismatch',
         old='| 9.6公里    | 10   | 6.40  |', new='| 9.6公里    | 10   | 6.04  |', value='6.04',
         why='田间道路 score 6.04: rows now add to 75.48 (产出 36.84), not the stated 75.84 / 产出37.20'),
    dict(src='sn-yichuan-podigeng-2024', n=3, code='unit_mismatch',
         old='亩均投资1,900元', new='亩均投资1,900万元', value='1,900万元',
         why='per-亩 investment 1,425.00万元 / 7,500亩 = 1,900元; written as 1,900万元 it is off by 10^4'),
    dict(src='sn-yichuan-podigeng-2024', n=4, code='year_mismatch',
         old='于2024年9月下达', new='于2023年9月下达', value='2023年9月',
         why='central money of the 2024 budget said to be issued in 2023年9月: neither the evaluation year nor the December advance before it; the 追加 to the 2024 budget and "9月份才下达…12月中旬起停工" place it in September 2024'),
    dict(src='sn-yichuan-podigeng-2024', n=5, code='grade_mismatch',
         old='评价等级为中等', new='评价等级为良好', value='评价等级为良好',
         why='综合评分75.84 lies in the 60-80 band: 中 (the table says 中), not 良好'),
    dict(src='sn-yichuan-podigeng-2024', n=6, code='conflicting_values',
         old='受益农户1,020户。', new='受益农户1,200户。', value='受益农户1,200户',
         why='the 自评表 gives 受益农户 1020户 (score 3.40 = 5 × 1020/1500); the text says 1,200户'),
]


def main():
    labels = []
    ok = True
    for src in SOURCES:
        with open(os.path.join(CASES, f'{src}-clean.txt'), encoding='utf-8') as fh:
            clean = fh.read()
        labels.append({'case': f'{src}-clean.txt', 'source': src, 'clean': True, 'expected': []})
        for e in sorted((e for e in EDITS if e['src'] == src), key=lambda e: e['n']):
            cnt = clean.count(e['old'])
            if cnt != 1:
                print(f"{src}-e{e['n']}: old string occurs {cnt} times", file=sys.stderr)
                ok = False
                continue
            case = clean.replace(e['old'], e['new'])
            if e['value'] not in case:
                print(f"{src}-e{e['n']}: value not in case", file=sys.stderr)
                ok = False
            name = f"{src}-e{e['n']}.txt"
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as fh:
                fh.write(case)
            labels.append({'case': name, 'source': src, 'clean': False,
                           'expected': [{'code': e['code'], 'severity': 'error',
                                         'value': e['value'], 'explanation': e['why']}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print(f'built {sum(1 for r in labels if not r["clean"])} error cases, {len(labels)} labels')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
