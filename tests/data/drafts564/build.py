#!/usr/bin/env python3
"""Write the 30 error cases of drafts564 and labels.jsonl from the five clean drafts.

Each edit replaces one unique substring `old` of the clean draft by `new` (one
contiguous change of at most 40 characters).  `value` is the labelled substring of
the error case; None means "the whole table line that carries the edit" (for the
score_exceeds_weight edits, which touch two adjacent rows, the row whose score now
exceeds its weight).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

PROJECTS = [
    'jx-yongfeng-fucaigongyijin-2018',
    'ha-xihua-fucaizizhu-2020',
    'zj-jinyun-fucaigongyijin-2021',
    'yn-yaoan-minzhengju-bumen-2023',
    'ln-zhangwu-fucaigongyijin-2025',
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 永丰 2018
    ('jx-yongfeng-fucaigongyijin-2018', 1, 'rate_mismatch', 'prose',
     '支出91.18万元，执行率94.98%', '支出91.18万元，执行率94.89%', '执行率94.89%',
     '第二批资金 91.18/96.00 = 94.98%, stated 94.89%'),
    ('jx-yongfeng-fucaigongyijin-2018', 2, 'balance_mismatch', 'prose',
     '资金结余12.54万元', '资金结余12.45万元', '资金结余12.45万元',
     '到位 300.00 − 支出 287.46 = 12.54, stated 12.45'),
    ('jx-yongfeng-fucaigongyijin-2018', 3, 'score_exceeds_weight', 'table',
     '| 8所 | 8 | 8 |\n|  |  | 补助幸福院数 | ≥14个 | 14个 | 8 | 8 |',
     '| 8所 | 8 | 7 |\n|  |  | 补助幸福院数 | ≥14个 | 14个 | 8 | 9 |', None,
     '补助幸福院数 scored 9 against a weight of 8 (敬老院维修改造数 lowered 8 → 7 in the same edit, so the 小计 48.40 and total 97.98 still hold)'),
    ('jx-yongfeng-fucaigongyijin-2018', 4, 'grade_mismatch', 'prose',
     '评价等级为“优”', '评价等级为“良”', '评价等级为“良”',
     'total 97.98 is in the 优 band (≥ 90)'),
    ('jx-yongfeng-fucaigongyijin-2018', 5, 'unit_mismatch', 'table',
     '| 敬老院维修改造数 | ≥8所 | 8所 |', '| 敬老院维修改造数 | ≥8所 | 100% |', None,
     'target counted in 所, actual given as a percentage'),
    ('jx-yongfeng-fucaigongyijin-2018', 6, 'average_mismatch', 'prose',
     '平均每所15.25万元', '平均每所15.52万元', '平均每所15.52万元',
     '(18.60 + 15.20 + 14.40 + 12.80)/4 = 15.25, stated 15.52'),
    # ---- 西华 2020
    ('ha-xihua-fucaizizhu-2020', 1, 'sum_mismatch', 'table',
     '｜西财预〔2020〕9号｜24.00｜24.00', '｜西财预〔2020〕9号｜24.00｜20.40', None,
     '实际支出 column now sums to 327.85 while the 合计 row (and the text) give 331.45'),
    ('ha-xihua-fucaizizhu-2020', 2, 'conflicting_values', 'prose',
     '投入72.00万元完成', '投入78.00万元完成', '投入78.00万元',
     '敬老院消防安全改造 is 72.00万元 in the allocation list and in 表1 (安排 and 实际支出)'),
    ('ha-xihua-fucaizizhu-2020', 3, 'completion_mismatch', 'table',
     '| 42.6% | 106.50% |', '| 42.6% | 105.60% |', None,
     '42.6/40 = 106.50%, stated 105.60%'),
    ('ha-xihua-fucaizizhu-2020', 4, 'year_mismatch', 'prose',
     '结转至2021年继续使用', '结转至2020年继续使用', '结转至2020年',
     'unspent money of the 2020 budget carried over to 2020 itself; must be a later year'),
    ('ha-xihua-fucaizizhu-2020', 5, 'weight_sum_mismatch', 'table',
     '| 100人 | 105.26% | 6 | 6 |', '| 100人 | 105.26% | 7 | 6 |', None,
     '产出 weights now sum to 51 against the 小计 50; all weights total 101'),
    ('ha-xihua-fucaizizhu-2020', 6, 'implausible_rate', 'prose',
     '回访满意率97.5%', '回访满意率107.5%', '回访满意率107.5%',
     'a satisfaction rate above 100%'),
    # ---- 缙云 2021
    ('zj-jinyun-fucaigongyijin-2021', 1, 'score_sum_mismatch', 'table',
     '| 100 | 98.26 |', '| 100 | 98.62 |', None,
     'row scores sum to 98.26 (9.48 + 48.78 + 30 + 10), table total 98.62'),
    ('zj-jinyun-fucaigongyijin-2021', 2, 'rate_mismatch', 'table',
     '｜26.00｜24.18｜93.00%', '｜26.00｜24.18｜95.00%', None,
     '康复辅具适配 24.18/26.00 = 93.00%, stated 95.00%'),
    ('zj-jinyun-fucaigongyijin-2021', 3, 'sum_mismatch', 'prose',
     '其中省级福彩公益金340.00万元', '其中省级福彩公益金348.00万元', '省级福彩公益金348.00万元',
     '348.00 + 48.00 = 396.00 ≠ 全年预算 388.00; the two batches 208.00 + 132.00 = 340.00'),
    ('zj-jinyun-fucaigongyijin-2021', 4, 'unit_mismatch', 'prose',
     '发放助学金36.00万元', '发放助学金360000万元', '助学金360000万元',
     '36.00万元 written as the 元 figure 360000 with the unit 万元: off by 10^4 against 表1 (36.00) and 180人 × 2000元'),
    ('zj-jinyun-fucaigongyijin-2021', 5, 'average_mismatch', 'prose',
     '平均每个18.10万元', '平均每个18.01万元', '平均每个18.01万元',
     '(21.60 + 19.20 + 17.40 + 14.20)/4 = 18.10, stated 18.01'),
    ('zj-jinyun-fucaigongyijin-2021', 6, 'completion_mismatch', 'table',
     '| 97.2% | 102.32% |', '| 97.2% | 102.23% |', None,
     '97.2/95 = 102.32%, stated 102.23%'),
    # ---- 姚安 2023 部门整体
    ('yn-yaoan-minzhengju-bumen-2023', 1, 'balance_mismatch', 'prose',
     '年末结转资金46.58万元', '年末结转资金45.68万元', '年末结转资金45.68万元',
     '全年预算 5,852.00 − 全年支出 5,805.42 = 46.58, stated 45.68'),
    ('yn-yaoan-minzhengju-bumen-2023', 2, 'year_mismatch', 'prose',
     '截至2023年12月31日', '截至2022年12月31日', '截至2022年12月31日',
     'execution figures of the 2023 report dated to the end of 2022'),
    ('yn-yaoan-minzhengju-bumen-2023', 3, 'grade_mismatch', 'prose',
     '自评等级为优', '自评等级为良', '自评等级为良',
     'total 98.75 is in the 优 band (≥ 90)'),
    ('yn-yaoan-minzhengju-bumen-2023', 4, 'conflicting_values', 'prose',
     '完成投资104.62万元', '完成投资106.42万元', '完成投资106.42万元',
     '表2 gives 县社会福利院失能照护楼改造 实际支出 104.62 (120.00 − 15.38)'),
    ('yn-yaoan-minzhengju-bumen-2023', 5, 'implausible_rate', 'table',
     '| 96.8% |', '| 106.8% |', None,
     'satisfaction 106.8% is above 100%'),
    ('yn-yaoan-minzhengju-bumen-2023', 6, 'weight_sum_mismatch', 'table',
     '| 1063人 | 5 | 5 |', '| 1063人 | 6 | 5 |', None,
     '产出 weights now sum to 51 against the 小计 50; all weights total 101'),
    # ---- 彰武 2025
    ('ln-zhangwu-fucaigongyijin-2025', 1, 'score_exceeds_weight', 'table',
     '|60张|100.00%|6|6|\n|||运营补贴幸福院数量|≥32个|32个|100.00%|5|5|',
     '|60张|100.00%|6|5|\n|||运营补贴幸福院数量|≥32个|32个|100.00%|5|6|', None,
     '运营补贴幸福院数量 scored 6 against a weight of 5 (失能照护床位改造 lowered 6 → 5 in the same edit, so 小计 48.80 and total 98.16 still hold)'),
    ('ln-zhangwu-fucaigongyijin-2025', 2, 'score_sum_mismatch', 'prose',
     '综合得分98.16分', '综合得分98.61分', '综合得分98.61分',
     '9.36 + 48.80 + 30 + 10 = 98.16 (and the table rows sum to 98.16), stated 98.61'),
    ('ln-zhangwu-fucaigongyijin-2025', 3, 'rate_mismatch', 'prose',
     '资金到位率97.33%', '资金到位率97.03%', '资金到位率97.03%',
     '到位 438.00 / 全年预算 450.00 = 97.33%, stated 97.03%'),
    ('ln-zhangwu-fucaigongyijin-2025', 4, 'sum_mismatch', 'prose',
     '省级208.00万元', '省级280.00万元', '省级280.00万元',
     '180.00 + 280.00 + 62.00 = 522.00 ≠ 全年预算 450.00; the two batches 242.00 + 146.00 = 388.00 = 中央 + 省级 needs 208.00'),
    ('ln-zhangwu-fucaigongyijin-2025', 5, 'completion_mismatch', 'table',
     '|38420人次|106.72%|', '|38420人次|107.62%|', None,
     '38420/36000 = 106.72%, stated 107.62%'),
    ('ln-zhangwu-fucaigongyijin-2025', 6, 'unit_mismatch', 'table',
     '|≤2800元/人|2800元/人|', '|≤2800元/人|100%|', None,
     'cost target in 元/人, actual given as a percentage'),
]


def line_at(text, pos):
    s = text.rfind('\n', 0, pos) + 1
    e = text.find('\n', pos)
    return text[s:e if e >= 0 else len(text)]


def main():
    labels = []
    clean = {p: open(os.path.join(CASES, p + '-clean.txt'), encoding='utf-8').read() for p in PROJECTS}
    for p in PROJECTS:
        labels.append({'case': p + '-clean.txt', 'source': p, 'clean': True, 'expected': []})
        for (pid, n, code, where, old, new, value, expl) in EDITS:
            if pid != p:
                continue
            text = clean[p]
            assert text.count(old) == 1, (p, n, old, text.count(old))
            out = text.replace(old, new)
            if value is None:
                # the table line holding the last changed character
                k = 0
                while old[-1 - k] == new[-1 - k]:
                    k += 1
                pos = text.index(old) + len(new) - 1 - k
                value = line_at(out, pos)
            assert out.count(value) == 1, (p, n, value)
            with open(os.path.join(CASES, '%s-e%d.txt' % (p, n)), 'w', encoding='utf-8') as f:
                f.write(out)
            labels.append({'case': '%s-e%d.txt' % (p, n), 'source': p, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value, 'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    print('wrote %d cases' % len(labels))


if __name__ == '__main__':
    main()
