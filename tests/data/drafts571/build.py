#!/usr/bin/env python3
"""Write the error cases (cases/<id>-eN.txt) and labels.jsonl from the clean drafts and the edit list.

Each edit replaces one substring `old` (occurring exactly once in the clean draft) by `new`; the changed
span is at most 40 characters. `value` is either given or, for table edits ('line'), the whole table line
that carries the changed figure.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

TJ = 'tj-jinghai-zaishengshui-2018'
HE = 'he-cangzhou-zaishengshuichang-2020'
SX = 'sx-jinzhong-shuiwuju-bumen-2021'
NM = 'nm-baotou-jieshuixingshehui-2023'
HA = 'ha-xuchang-zaishengshui-2025'
ORDER = [TJ, HE, SX, NM, HA]

# (source, n, code, old, new, value ('line' = the table line of the edit), where, explanation)
EDITS = [
    (TJ, 1, 'rate_mismatch', '142.38\t91.27%', '142.38\t92.17%', 'line', 'table',
     'sub-item table: 取水点 142.38/156.00 = 91.27%, stated 92.17%'),
    (TJ, 2, 'balance_mismatch', '项目年末结余78.04万元', '项目年末结余78.40万元', '项目年末结余78.40万元', 'prose',
     '到位 1,265.40 - 执行 1,187.36 = 78.04, stated 78.40'),
    (TJ, 3, 'score_exceeds_weight', '10\t10\n总分\t\t\t\t\t\t100\t98.38\n经自评，本项目得分98.38',
     '10\t10.5\n总分\t\t\t\t\t\t100\t98.88\n经自评，本项目得分98.88', 'line', 'table',
     'satisfaction row scored 10.5 against a weight of 10 (table total and the sentence below raised with it to 98.88, so the sum still holds)'),
    (TJ, 4, 'grade_mismatch', '评价等级为“优”', '评价等级为“良”', '评价等级为“良”', 'prose',
     '98.38 is in the 优 band (>= 90)'),
    (TJ, 5, 'year_mismatch', '已按规定结转至2019年使用', '已按规定结转至2018年使用', '结转至2018年', 'prose',
     'unspent 2018 money carried over to 2018 itself; it must go to a later year'),
    (TJ, 6, 'unit_mismatch', '年内支付工程进度款7,725,800元', '年内支付工程进度款7,725,800万元', '7,725,800万元', 'prose',
     'the 元 figure 7,725,800 (= 772.58万元, the 管网 spending and 813.24 - 40.66) labelled 万元: off by 10^4'),

    (HE, 1, 'average_mismatch', '平均每座厂补助420.75万元', '平均每座厂补助402.75万元', '平均每座厂补助402.75万元', 'prose',
     '(726.00 + 459.20 + 312.30 + 185.50) / 4 = 420.75, stated 402.75'),
    (HE, 2, 'sum_mismatch', '\t合计\t24\t', '\t合计\t26\t', 'line', 'table',
     'plant table: design capacities 10 + 6 + 5 + 3 = 24万立方米/日, 合计 stated 26'),
    (HE, 3, 'completion_mismatch', '3,366万立方米\t105.19%', '3,366万立方米\t105.91%', 'line', 'table',
     '3,366 / 3,200 = 105.19%, stated 105.91%'),
    (HE, 4, 'conflicting_values', '补助水量最大，全年1,452.0万立方米', '补助水量最大，全年1,425.0万立方米', '全年1,425.0万立方米', 'prose',
     'the plant table gives 东部再生水厂 1,452.0万立方米 (and 726.00万元 at 0.50元/立方米)'),
    (HE, 5, 'implausible_rate', '≥90%\t93.6%\t104.00%', '≥90%\t103.6%\t115.11%', 'line', 'table',
     'user satisfaction 103.6% is above 100% (completion recomputed consistently: 103.6/90 = 115.11%)'),
    (HE, 6, 'weight_sum_mismatch', '108.33%\t6\t6', '108.33%\t8\t6', 'line', 'table',
     'weights now total 102 (水质抽检次数 6 -> 8)'),

    (SX, 1, 'rate_mismatch', '\t100\t91.95\t', '\t100\t95.91\t', 'line', 'table',
     'row (7) 省级: 248.36 / 270.10 = 91.95, stated 95.91'),
    (SX, 2, 'balance_mismatch', '实际支出523.86万元，结余16.14万元', '实际支出523.86万元，结余16.41万元', '结余16.41万元', 'prose',
     '再生水 project: 540.00 - 523.86 = 16.14, stated 16.41'),
    (SX, 3, 'implausible_rate', '(6)=(3)/(2)\t100\t100\t100\t100\t100\t\t100\t—', '(6)=(3)/(2)\t100\t100\t100\t100\t100\t\t100\t100',
     'line', 'table', 'row (6) 其他资金: 到位率 100 on a 0.00 budget'),
    (SX, 4, 'score_sum_mismatch', '综合得分89.71分', '综合得分89.17分', '综合得分89.17分', 'prose',
     'row scores (and the table total) sum to 89.71, stated 89.17'),
    (SX, 5, 'grade_mismatch', '等级为“良好”', '等级为“优秀”', '等级为“优秀”', 'prose',
     '89.71 is in the 良 band (80 <= s < 90)'),
    (SX, 6, 'unit_mismatch', '≥3个\t3个\t', '≥3个\t100%\t', 'line', 'table',
     'target in 个, actual given as a percentage'),

    (NM, 1, 'sum_mismatch', '上年结转72.60万元', '上年结转76.20万元', '上年结转76.20万元', 'prose',
     '800.00 + 350.00 + 76.20 = 1,226.20, but 全年预算 is 1,222.60'),
    (NM, 2, 'average_mismatch', '平均每个旗县区96.00万元', '平均每个旗县区98.00万元', '平均每个旗县区98.00万元', 'prose',
     '(120 + 70 + 110 + 90 + 90) / 5 = 96.00, stated 98.00'),
    (NM, 3, 'completion_mismatch', '完成年度目标的115.00%', '完成年度目标的111.50%', '完成年度目标的111.50%', 'prose',
     '46 / 40 = 115.00%, stated 111.50%'),
    (NM, 4, 'year_mismatch', '截至2023年12月31日', '截至2022年12月31日', '截至2022年12月31日', 'prose',
     'the 到位 figures of the 2023 report dated to the end of 2022'),
    (NM, 5, 'conflicting_values', '配套设施补助全年支出320.95万元', '配套设施补助全年支出302.95万元', '全年支出302.95万元', 'prose',
     'the sub-project table gives 再生水利用配套设施补助 320.95万元 (and 84.46% of 380.00)'),
    (NM, 6, 'score_exceeds_weight', '10\t10\n合计\t\t\t\t\t100\t98.27\n自评得分98.27',
     '10\t10.6\n合计\t\t\t\t\t100\t98.87\n自评得分98.87', 'line', 'table',
     'satisfaction row scored 10.6 against a weight of 10 (table total and the sentence below raised with it to 98.87)'),

    (HA, 1, 'rate_mismatch', '预算执行率96.82%', '预算执行率98.62%', '预算执行率98.62%', 'prose',
     '2,874.12 / 2,968.50 = 96.82%, stated 98.62%'),
    (HA, 2, 'sum_mismatch', '再生水生态补水运行\t900.00\t900.00', '再生水生态补水运行\t960.00\t900.00', 'line', 'table',
     '年初 column: 960.00 + 1,100.00 + 300.00 + 100.00 = 2,460.00, 合计 2,400.00'),
    (HA, 3, 'completion_mismatch', '15.6公里\t104.00%', '15.6公里\t106.00%', 'line', 'table',
     '15.6 / 15 = 104.00%, stated 106.00%'),
    (HA, 4, 'unit_mismatch', '≥2,000万立方米\t2,136万立方米', '≥2,000万立方米\t5.85万立方米/日', 'line', 'table',
     'target a volume in 万立方米, actual given as a daily flow in 万立方米/日'),
    (HA, 5, 'score_sum_mismatch', '\t100\t99.08', '\t100\t99.80', 'line', 'table',
     'row scores sum to 99.08, table total stated 99.80'),
    (HA, 6, 'weight_sum_mismatch', '90.00%\t6\t5.40', '90.00%\t8\t5.40', 'line', 'table',
     'weights now total 102 (完成节水改造公共机构 6 -> 8)'),
]


def main():
    labels = []
    for src in ORDER:
        clean = open(os.path.join(CASES, src + '-clean.txt'), encoding='utf-8').read()
        labels.append({'case': src + '-clean.txt', 'source': src, 'clean': True, 'expected': []})
        for (s, n, code, old, new, value, where, expl) in [e for e in EDITS if e[0] == src]:
            assert clean.count(old) == 1, (src, n, old)
            k = clean.index(old)
            text = clean[:k] + new + clean[k + len(old):]
            # the changed span
            i = 0
            while old[i] == new[i]:
                i += 1
            j = 0
            while old[-1 - j] == new[-1 - j]:
                j += 1
            assert len(old) - i - j <= 40 and len(new) - i - j <= 40, (src, n)
            if value == 'line':
                p = k + i
                a = text.rfind('\n', 0, p) + 1
                b = text.find('\n', p)
                value = text[a:b]
            assert text.count(value) == 1, (src, n, value)
            name = '%s-e%d.txt' % (src, n)
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as f:
                f.write(text)
            labels.append({'case': name, 'source': src, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value, 'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + '\n')
    print('wrote %d cases' % len(labels))


if __name__ == '__main__':
    main()
