#!/usr/bin/env python3
"""Check labels, one-place diffs, and redo the arithmetic of every clean draft."""
import json, os, difflib
from decimal import Decimal as D, ROUND_HALF_UP
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__)); C = os.path.join(HERE, 'cases')
def rd(n): return open(os.path.join(C, n), encoding='utf-8').read()
def q(x, d=2): return str(D(x).quantize(D(1).scaleb(-d), rounding=ROUND_HALF_UP))
def pct(a, b, d=2): return q(D(a) / D(b) * 100, d) + '%'
def S(*xs): return q(sum(D(x) for x in xs))
def grade(s):
    s = D(s); return '优' if s >= 90 else '良' if s >= 80 else '中' if s >= 60 else '差'
fails = []
def need(src, cond, msg):
    if not cond: fails.append(f'{src}: {msg}')
def has(src, text, *subs):
    for s in subs: need(src, s in text, f'missing {s!r}')
def check_scores(src, t, weights, scores, total, grade_word):
    need(src, sum(D(w) for w in weights) == 100, f'weights sum {sum(D(w) for w in weights)}')
    for w, s in zip(weights, scores): need(src, D(s) <= D(w), f'score {s} > weight {w}')
    need(src, S(*scores) == total, f'scores sum {S(*scores)} != {total}')
    need(src, grade(total) == grade_word, 'grade'); has(src, t, total)
# --- zhenning 2022
src = 'zhenning-mushroom-2022'; t = rd(src + '-clean.txt')
need(src, S('640.00', '40.00') == '680.00' and S('616.00', '36.80') == '652.80' and S('600.00','0.00') == '600.00', 'fund components')
need(src, S(450, 130, 60) == '640.00', 'sources'); need(src, S('680.00', '-652.80') == '27.20', 'carry-over')
has(src, t, '652.80｜10｜' + pct('652.80', '680.00') + '｜' + q(D(10) * D('652.80') / D('680.00')), '预算执行率' + pct('652.80', '680.00'), '结余27.20万元结转至2023年')
has(src, t, '完成年度目标的' + pct(286, 300), '完成率' + pct(126, 120), '江龙镇基地新建大棚70个，简嘎乡基地新建大棚56个，两个基地合计126个')
need(src, 70 + 56 == 126 and 300 - 286 == 14, 'counts')
need(src, q(D(10) * 286 / 300) == '9.53', 'row score'); has(src, t, '286人｜10｜9.53', '效益指标得分29.53分')
need(src, S(10, '9.53', 10) == '29.53', 'benefit block')
check_scores(src, t, [10, 15, 10, 10, 10, 5, 10, 10, 10, 10], ['9.60', 15, 10, 10, 10, 5, 10, '9.53', 10, 10], '99.13', '优')
has(src, t, '评价等级为“优”', '自评得分99.13分')
# --- tongwei 2021
src = 'tongwei-yigongdaizhen-2021'; t = rd(src + '-clean.txt')
need(src, S(500, 50) == '550.00' and S('550.00', '-528.60') == '21.40', 'budget/balance')
has(src, t, '结余21.40万元', '预算执行率' + pct('528.60', '550.00'), '528.60 10 96.11% ' + q(D(10) * D('528.60') / D('550.00')))
has(src, t, '劳务报酬96.80万元，占中央以工代赈资金的' + pct('96.80', 500))
need(src, D('96.80') * 10000 / 242 == 4000 and q(D('4.9') + D('3.7'), 1) == '8.6' and 3500 - 3260 == 240, 'derived')
has(src, t, '人均获得劳务报酬4000元', '8.6公里', '少240人', '3260人 10 ' + q(D(10) * 3260 / 3500))
check_scores(src, t, [10, 15, 10, 10, 5, 10, 10, 10, 10, 10], ['9.61', 15, 10, 10, 5, 10, 10, '9.31', 10, 10], '98.92', '优')
has(src, t, '等级为“优”', '自评得分98.92分', '≥90% 96.5% 10 10')
# --- yudu 2023
src = 'yudu-yulu-2023'; t = rd(src + '-clean.txt')
need(src, S(300, 120, '49.20') == '469.20' and S('228.00', '241.20') == '469.20' and S('480.00', '-469.20') == '10.80', 'funds')
need(src, D(1520) * 1500 / 10000 == D('228.00') and D(1608) * 1500 / 10000 == D('241.20'), 'standard×people')
has(src, t, '平均每学期补助' + str((1520 + 1608) // 2) + '人', '全年共补助' + str(1520 + 1608) + '人次', '增加' + str(3128 - 2876) + '人次', '剔除已毕业、休学、不符合条件的412条')
need(src, 3540 - 412 == 3128 and (1520 + 1608) % 2 == 0, 'counts')
has(src, t, '预算执行率' + pct('469.20', '469.20'), '10\t100.00%\t10', '调减预算10.80万元', '截至2023年12月31日')
for tgt, act, c in [(3000, 3128, '3128人次\t'), (90, '86.4', '86.4%\t'), (95, '97.3', '97.3%\t'), (95, '98.1', '98.1%\t')]:
    has(src, t, c + pct(act, tgt))
has(src, t, '完成率' + pct('86.4', 90), '3000人次的' + pct(3128, 3000), '\t15\t' + q(D(15) * D('86.4') / 90))
check_scores(src, t, [10, 15, 10, 5, 5, 15, 15, 15, 10], [10, 15, 10, 5, 5, 15, '14.40', 15, 10], '99.40', '优')
has(src, t, '效益指标29.40分', '评价等级为优', '1500元/人·学期\t1500元/人·学期\t100%')
# --- fuping 2024
src = 'fuping-microcredit-2024'; t = rd(src + '-clean.txt')
need(src, S(260, 60, 30) == '350.00' and S(260, 80, '46.50') == '386.50' and S(260, 80, '33.35') == '373.35', 'fund components')
need(src, S(350, 20, '16.50') == '386.50', 'adjustment')
need(src, S('215.42', '96.38', '61.55') == '373.35' and S('88.20', '95.10', '91.45', '98.60') == '373.35', 'bank/quarter sums')
has(src, t, '季度平均贴息' + q(S('88.20', '95.10', '91.45', '98.60') and D('373.35') / 4) + '万元', '合计373.35万元', '预算执行率' + pct('373.35', '386.50'))
has(src, t, '\t373.35\n\t' + S('386.50', '-373.35') + '\n\t' + pct('373.35', '386.50')[:-1], '\t33.35\n\t13.15\n\t' + pct('33.35', '46.50')[:-1])
has(src, t, '户均贷款约' + q(D(12650) / 2846) + '万元', '兑付及时率100%', '\t33.8%\n\t10\n\t' + q(D(10) * D('33.8') / 35))
check_scores(src, t, [10, 15, 10, 10, 15, 10, 10, 10, 10], ['9.66', 15, 10, 10, 15, 10, '9.66', 10, 10], '99.32', '优')
has(src, t, '\t自评等级\n\t优', '自评得分99.32分')
# --- youyang 2020
src = 'youyang-fanpin-2020'; t = rd(src + '-clean.txt')
need(src, S(200, 20) == '220.00' and S('220.00', '16.00') == '236.00' and S('212.92', '16.00') == '228.92' and S('236.00', '-228.92') == '7.08', 'funds')
need(src, 742 + 544 == 1286 and 638 + 412 + 236 == 1286 and q(D('2289200') / 1286, 0) == '1780', 'counts')
has(src, t, '执行率' + pct('228.92', '236.00'), '| 228.92 | 10 | 97.00% | ' + q(D(10) * D('228.92') / D('236.00')), '未执行7.08万元', '已结转至2021年')
has(src, t, '完成率' + pct(638, 600), '的' + pct(816, 900), '816户 | 10 | ' + q(D(10) * 816 / 900), '纳入监测对象1286户4537人', '新纳入监测对象1286户', '2020年度项目支出绩效自评表')
check_scores(src, t, [10, 15, 10, 10, 10, 5, 10, 10, 10, 10], ['9.70', 15, 10, 10, 10, 5, 10, '9.07', 10, 10], '98.77', '优')
has(src, t, '效益29.07分', '自评等级为“优”')
# --- labels and diffs
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
codes = Counter()
for lab in labels:
    text = rd(lab['case'])
    n = len(text)
    need(lab['case'], 3000 <= n <= 9000, f'length {n}')
    if lab['clean']:
        need(lab['case'], lab['expected'] == [], 'clean with labels'); continue
    clean = rd(lab['source'] + '-clean.txt')
    ops = [o for o in difflib.SequenceMatcher(None, clean, text, autojunk=False).get_opcodes() if o[0] != 'equal']
    need(lab['case'], len(ops) >= 1 and ops[-1][1] - ops[0][2] <= 20, f'differs in more than one place: {ops}')
    for e in lab['expected']:
        need(lab['case'], e['value'] in text, f'value {e["value"]!r} not in case'); codes[e['code']] += 1
ALL = 'rate_mismatch balance_mismatch sum_mismatch score_sum_mismatch score_exceeds_weight weight_sum_mismatch grade_mismatch average_mismatch conflicting_values implausible_rate unit_mismatch year_mismatch completion_mismatch'.split()
for c in ALL: need('codes', codes[c] >= 2, f'{c} occurs {codes[c]}')
need('cases', len(labels) == 35, f'{len(labels)} cases')
if fails:
    print('\n'.join(fails)); raise SystemExit(1)
print('OK')
