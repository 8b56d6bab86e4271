#!/usr/bin/env python3
"""Write the error cases (cases/<id>-eN.txt) and labels.jsonl from the clean drafts and the edit list.

Each error case is its clean draft with exactly one contiguous edit (<= 40 characters) that breaks
one identity of rules.md §7.  `value` is an exact substring of the error case that contains the
changed figure and occurs once (for a table edit: the whole table row, or the HTML <tr> line).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

H = 'sn-hanzhong-pingjiashangdian-2019'
Y = 'js-yancheng-cailanzi-2020'
X = 'yn-yuxi-shangwuju-bumen-2022'
J = 'hl-jiamusi-shucaichubei-2023'
W = 'gx-wuzhou-pingjiashangdian-2025'
ORDER = [H, Y, X, J, W]

# (project, code, where, old, new, value, explanation)   value None = the <tr> line holding the edit
EDITS = [
    (H, 'rate_mismatch', 'table',
     '其中：当年财政拨款\n300.00\n340.00\n326.40\n—\n96.00%', '其中：当年财政拨款\n300.00\n340.00\n326.40\n—\n69.00%',
     '其中：当年财政拨款\n300.00\n340.00\n326.40\n—\n69.00%\n—',
     '自评表 当年财政拨款 row: 326.40 / 340.00 = 96.00%, stated 69.00%'),
    (H, 'balance_mismatch', 'prose',
     '13.60万元，已于2020年1月', '16.30万元，已于2020年1月', '16.30万元，已于2020年1月由市财政收回',
     'all 340.00 received, 326.40 spent: balance 13.60, stated 16.30'),
    (H, 'score_sum_mismatch', 'table',
     '总分\n100\n99.22', '总分\n100\n99.42', '总分\n100\n99.42',
     'row scores 9.60 + 49.62 + 30 + 10 = 99.22, table total 99.42'),
    (H, 'grade_mismatch', 'prose',
     '评价等级为“优”', '评价等级为“良”', '评价等级为“良”',
     'total 99.22 is in the 优 band (>= 90), stated 良'),
    (H, 'year_mismatch', 'prose',
     '截至2019年\n12月31日', '截至2018年\n12月31日', '到位率100%。截至2018年',
     'execution of the 2019 budget dated 2018-12-31; the evaluation year is 2019'),
    (H, 'average_mismatch', 'prose',
     '年平均94.5分', '年平均95.4分', '年平均95.4分',
     '(92.5 + 94.0 + 95.5 + 96.0) / 4 = 94.5, stated 95.4'),

    (Y, 'sum_mismatch', 'table',
     '<td colspan=2>上年结转资金</td><td>40.00</td>', '<td colspan=2>上年结转资金</td><td>45.00</td>', None,
     '年初预算数 column: 460.00 + 45.00 + 0.00 = 505.00, but 年度资金总额 is 500.00'),
    (Y, 'completion_mismatch', 'table',
     '<td>83.33%</td>', '<td>88.33%</td>', None,
     '农贸市场改造 10 of >= 12: completion 83.33%, stated 88.33%'),
    (Y, 'weight_sum_mismatch', 'table',
     '<td>115.33%</td><td>5</td>', '<td>115.33%</td><td>6</td>', None,
     'weights now total 101 (保供投放量 5 -> 6) against 总分 100'),
    (Y, 'conflicting_values', 'prose',
     '累计组织投放蔬菜3460吨', '累计组织投放蔬菜3640吨', '累计组织投放蔬菜3640吨',
     'the 自评表 (and its 实际完成情况 cell) give 3460吨 for the same 保供投放量'),
    (Y, 'unit_mismatch', 'table',
     '<td>100%</td><td>100%</td><td>100.00%</td>', '<td>100%</td><td>10个</td><td>100.00%</td>', None,
     '验收合格率: target in %, actual given as a count (10个)'),
    (Y, 'rate_mismatch', 'prose',
     '执行率93.10%；', '执行率91.30%；', '全年执行651.70万元，执行率91.30%',
     '651.70 / 700.00 = 93.10%, stated 91.30%'),

    (X, 'rate_mismatch', 'prose',
     '执行率91.53%。年末', '执行率95.13%。年末', '498.36万元，执行率95.13%',
     '项目支出 498.36 / 544.50 = 91.53%, stated 95.13%'),
    (X, 'sum_mismatch', 'prose',
     '公用经费91.70万元', '公用经费97.10万元', '公用经费97.10万元',
     '人员经费 776.50 + 公用经费 97.10 = 873.60, but 基本支出 is 868.20'),
    (X, 'implausible_rate', 'table',
     '其他资金\n0.00\n0.00\n0.00\n—', '其他资金\n0.00\n0.00\n0.00\n100.00%', '其他资金\n0.00\n0.00\n0.00\n100.00%',
     'execution rate 100.00% printed on a 0.00 budget'),
    (X, 'conflicting_values', 'prose',
     '运营补贴支出121.06万元', '运营补贴支出112.06万元', '平价商店运营补贴支出112.06万元',
     '表2 gives 平价商店运营补贴 全年执行数 121.06'),
    (X, 'average_mismatch', 'prose',
     '均得分94.50分', '均得分94.05分', '均得分94.05分',
     '(94.35 + 96.20 + 91.80 + 95.65) / 4 = 94.50, stated 94.05'),
    (X, 'year_mismatch', 'prose',
     '至2023年继续使用', '至2022年继续使用', '至2022年继续使用',
     'unspent 2022 money carried over to 2022 itself; must be a later year'),

    (J, 'completion_mismatch', 'table',
     '1860吨\n93.00%', '1860吨\n90.30%', '淡季平价投放蔬菜数量\n≥2000吨\n1860吨\n90.30%\n10\n9.30',
     '1860 / 2000 = 93.00%, stated 90.30%'),
    (J, 'unit_mismatch', 'table',
     '≤180元/吨\n180元/吨', '≤180元/吨\n144.00万元', '储备费用补贴标准\n≤180元/吨\n144.00万元\n100.00%\n10\n10',
     'target per ton (元/吨), actual given as the total in 万元'),
    (J, 'score_exceeds_weight', 'table',
     '10\n—\n承储企业数量\n≥6家\n6家\n100.00%\n5\n5', '9.5\n—\n承储企业数量\n≥6家\n6家\n100.00%\n5\n5.5',
     '承储企业数量\n≥6家\n6家\n100.00%\n5\n5.5',
     '承储企业数量 scored 5.5 against a weight of 5 (储备规模 lowered 10 -> 9.5 in the same edit, so the total still reads 98.58)'),
    (J, 'weight_sum_mismatch', 'table',
     '2023年11月25日\n—\n5', '2023年11月25日\n—\n6', '储备蔬菜入库完成时间\n2023年11月30日前\n2023年11月25日\n—\n6\n5',
     'weights now total 101 (入库完成时间 5 -> 6) against 合计 100'),
    (J, 'grade_mismatch', 'prose',
     '“优秀”（2022年度', '“良好”（2022年度', '“良好”（2022年度为97.20分）',
     'total 98.58 is in the 优 band (>= 90), stated 良好'),
    (J, 'balance_mismatch', 'prose',
     '结余13.20万元，为市级', '结余12.30万元，为市级', '结余12.30万元',
     '240.00 received − 226.80 spent = 13.20, stated 12.30'),

    (W, 'score_exceeds_weight', 'table',
     '10\n—\n平价销售蔬菜品种数\n≥15个\n18个\n120.00%\n5\n5', '9.5\n—\n平价销售蔬菜品种数\n≥15个\n18个\n120.00%\n5\n5.5',
     '平价销售蔬菜品种数\n≥15个\n18个\n120.00%\n5\n5.5',
     '品种数 scored 5.5 against a weight of 5 (平价商店数量 lowered 10 -> 9.5 in the same edit, so the total still reads 98.67)'),
    (W, 'sum_mismatch', 'prose',
     '节假日保供追加45.00万元', '节假日保供追加54.00万元', '节假日保供追加54.00万元',
     '年初 180.00 + 追加 54.00 = 234.00, but 全年预算 is 225.00'),
    (W, 'completion_mismatch', 'table',
     '468吨\n93.60%', '468吨\n96.30%', '节假日平价保供投放量\n≥500吨\n468吨\n96.30%\n10\n9.36',
     '468 / 500 = 93.60%, stated 96.30%'),
    (W, 'unit_mismatch', 'prose',
     '平均每家4.88万元', '平均每家48800万元', '平均每家48800万元',
     '146.40万元 / 30 = 4.88万元 (48,800元) written as 48800 with the unit 万元: off by 10^4'),
    (W, 'score_sum_mismatch', 'table',
     '合计\n100\n98.67', '合计\n100\n98.76', '合计\n100\n98.76',
     'row scores sum to 98.67, table total 98.76'),
    (W, 'implausible_rate', 'table',
     '94.5%\n105.00%', '104.5%\n116.11%', '消费者满意度\n≥90%\n104.5%\n116.11%\n10\n10',
     'satisfaction 104.5% is above 100% (completion recomputed consistently: 104.5 / 90 = 116.11%)'),
]


def main():
    labels, table = [], []
    count = {}
    for pid in ORDER:
        labels.append({'case': pid + '-clean.txt', 'source': pid, 'clean': True, 'expected': []})
        clean = open(os.path.join(CASES, pid + '-clean.txt'), encoding='utf-8').read()
        n = 0
        for (p, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            n += 1
            if clean.count(old) != 1:
                sys.exit('%s e%d: old text occurs %d times' % (pid, n, clean.count(old)))
            text = clean.replace(old, new)
            if value is None:
                k = text.index(new)
                a = text.rfind('\n', 0, k) + 1
                b = text.index('\n', k)
                value = text[a:b]
            if text.count(value) != 1:
                sys.exit('%s e%d: value occurs %d times' % (pid, n, text.count(value)))
            name = '%s-e%d.txt' % (pid, n)
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as fh:
                fh.write(text)
            labels.append({'case': name, 'source': pid, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value, 'explanation': expl}]})
            table.append((name, code, where, expl))
            count[code] = count.get(code, 0) + 1
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + '\n')
    print('%d cases, %d errors; per code: %s' % (len(labels), len(table),
          ', '.join('%s %d' % kv for kv in sorted(count.items()))))


if __name__ == '__main__':
    main()
