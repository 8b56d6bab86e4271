#!/usr/bin/env python3
"""Verify the n371 test set (standard library only, decimal.Decimal).

1. every label value occurs in its case;
2. each error case differs from its clean draft in one contiguous place that overlaps the label value;
3. each of the 13 error codes of errors.md section A occurs at least twice;
4. the arithmetic of every draft is redone: all checks pass on the clean drafts; on an error case the
   labelled code fails and no other error-level code fails (score_rule_mismatch is a warning).
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

CODES = ['rate_mismatch', 'balance_mismatch', 'sum_mismatch', 'score_sum_mismatch', 'score_exceeds_weight',
         'weight_sum_mismatch', 'grade_mismatch', 'average_mismatch', 'conflicting_values', 'implausible_rate',
         'unit_mismatch', 'year_mismatch', 'completion_mismatch']
WARNING_CODES = {'score_rule_mismatch'}


class ParseError(Exception):
    pass


# ----------------------------------------------------------------------------------------------- numbers
def num(s):
    return D(s.replace(',', '').strip())


def ndp(s):
    s = s.replace(',', '').strip()
    return len(s.split('.')[1]) if '.' in s else 0


def close(stated, computed):
    """rules.md section 8: |c - v| <= 0.5 * 10^-d (+1e-9), d counted in the stated string."""
    v = num(stated)
    return abs(D(computed) - v) <= D('0.5') * (D(10) ** -ndp(stated)) + D('1e-9')


def q2(x):
    return D(x).quantize(D('0.01'), rounding=ROUND_HALF_UP)


def one(pat, t, flags=0):
    ms = list(re.finditer(pat, t, flags))
    if len(ms) != 1:
        raise ParseError(f'pattern matched {len(ms)} times: {pat}')
    return ms[0]


def cell_amount(c):
    c = c.strip()
    return D(0) if c in ('', '—', '-') else num(c)


# ----------------------------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, text):
        self.t = text
        self.res = []  # (code, ok, msg)

    def add(self, code, ok, msg):
        self.res.append((code, bool(ok), msg))

    def failing(self):
        return sorted({c for c, ok, _ in self.res if not ok})

    def fail_msgs(self):
        return [f'{c}: {m}' for c, ok, m in self.res if not ok]


def chk_sum(ctx, label, total, parts):
    """total and parts are (number string, unit) with unit '万元' or '元' or '' (plain numbers).
    If the identity fails but is restored by rescaling exactly one amount by 10^4, the finding is unit_mismatch."""
    def val(x, scale=D(1)):
        s, u = x
        v = num(s) * scale
        return v / D(10000) if u == '元' else v
    comp = sum((val(p) for p in parts), D(0))
    if close(total[0], comp * (D(10000) if total[1] == '元' else D(1))):
        ctx.add('sum_mismatch', True, label)
        return
    items = [total] + list(parts)
    for i in range(len(items)):
        for sc in (D(10000), D('0.0001')):
            tot = val(items[0], sc if i == 0 else D(1))
            s = sum((val(p, sc if j + 1 == i else D(1)) for j, p in enumerate(parts)), D(0))
            if abs(tot - s) <= D('0.005'):
                ctx.add('unit_mismatch', False, f'{label}: amount {items[i][0]}{items[i][1]} off by 10^4')
                return
    ctx.add('sum_mismatch', False, f'{label}: {"+".join(p[0] for p in parts)} = {comp} != {total[0]}')


def chk_eq(ctx, code, label, stated, computed):
    ok = close(stated, computed)
    ctx.add(code, ok, f'{label}: stated {stated}, computed {q2(computed)}')


def chk_rate(ctx, label, stated, numer, denom, code='rate_mismatch'):
    """stated is a percent string (no % sign); numer/denom Decimals."""
    if denom == 0:
        ok = stated.strip() in ('', '—', '-', '0')
        ctx.add('implausible_rate', ok, f'{label}: rate {stated} on a zero base')
        return
    c = numer / denom * 100
    ctx.add(code, close(stated, c), f'{label}: stated {stated}%, computed {q2(c)}%')
    ctx.add('implausible_rate', num(stated) <= 100, f'{label}: rate {stated}% above 100%')


def chk_same(ctx, label, values):
    vals = [num(v) for v in values]
    ok = all(v == vals[0] for v in vals)
    ctx.add('conflicting_values', ok, f'{label}: {values}')


def grade_of(total):
    t = num(total)
    if t >= 90:
        return '优'
    if t >= 80:
        return '良'
    if t >= 60:
        return '中'
    return '差'


GRADE_WORDS = {'优': '优', '优秀': '优', '良': '良', '良好': '良', '中': '中', '中等': '中', '一般': '中', '合格': '中',
               '差': '差', '较差': '差', '不合格': '差'}


def chk_grade(ctx, total, word):
    ok = GRADE_WORDS[word] == grade_of(total)
    ctx.add('grade_mismatch', ok, f'total {total} graded {word}')


def chk_avg(ctx, label, stated, items):
    m = sum((num(i) for i in items), D(0)) / len(items)
    ctx.add('average_mismatch', close(stated, m), f'{label}: stated {stated}, mean {q2(m)}')


def chk_year_later(ctx, label, y, eval_year):
    ctx.add('year_mismatch', int(y) > eval_year, f'{label}: {y} vs evaluation year {eval_year}')


def chk_year_same(ctx, label, y, eval_year):
    ctx.add('year_mismatch', int(y) == eval_year, f'{label}: {y} vs evaluation year {eval_year}')


# ----------------------------------------------------------------------------------------------- indicators
QUAL = 'qual'


def parse_q(s):
    s = s.strip().replace(' ', '')
    if re.match(r'^\d{4}年', s):
        return ('date', None, 'date')
    m = re.match(r'^(≥|≤|＞|＜|>=|<=|=)?([\d.,]+)(.*)$', s)
    if not m:
        return (QUAL, None, None)
    sign = m.group(1) or '='
    d = {'≥': 'gte', '>=': 'gte', '＞': 'gte', '≤': 'lte', '<=': 'lte', '＜': 'lte', '=': 'eq'}[sign]
    return (d, num(m.group(2)), m.group(3))


def completion(direction, T, A):
    if direction == 'lte':
        return D(100) if A <= T else T / A * 100
    if direction == 'eq' and T == 0:
        return D(100) if A <= 0 else D(0)
    if T == 0:
        return D(100) if A >= 0 else D(0)
    return max(A, D(0)) / T * 100


def tnum(target):
    dt, T, _ = parse_q(target)
    return T


def chk_goal(ctx, label, stated, target):
    chk_same(ctx, f'目标值 {label}', [stated, str(tnum(target))])


def chk_indicators(ctx, rows, total_weight, total_score, exec_rate=None):
    """rows: dicts with name, target, actual, weight, score, completion (str or None), exec (bool)."""
    wsum = sum((num(r['weight']) for r in rows), D(0))
    ctx.add('weight_sum_mismatch', wsum == 100, f'weights sum {wsum}')
    if total_weight is not None:
        ctx.add('weight_sum_mismatch', close(total_weight, wsum), f'weights sum {wsum} vs stated {total_weight}')
    ssum = sum((num(r['score']) for r in rows), D(0))
    ctx.add('score_sum_mismatch', close(total_score, ssum), f'scores sum {ssum} vs stated {total_score}')
    for r in rows:
        w, s = num(r['weight']), num(r['score'])
        ctx.add('score_exceeds_weight', D(0) <= s <= w, f'{r["name"]}: score {s} weight {w}')
        if r.get('exec'):
            a = r['actual'].rstrip('%')
            if exec_rate is not None:
                chk_eq(ctx, 'rate_mismatch', f'{r["name"]} 业绩值', a, exec_rate)
            ctx.add('implausible_rate', num(a) <= 100, f'{r["name"]} {a}% > 100%')
            if r.get('completion') not in (None, '', '—'):
                chk_eq(ctx, 'completion_mismatch', f'{r["name"]} 完成率', r['completion'].rstrip('%'),
                       num(a) / num(r['target'].rstrip('%')) * 100)
            rate = exec_rate if exec_rate is not None else num(a)
            ok = close(r['score'], w * min(rate, D(100)) / 100) or close(r['score'], w * min(num(a), D(100)) / 100)
            ctx.add('score_rule_mismatch', ok, f'{r["name"]} execution score')
            continue
        dt, T, ut = parse_q(r['target'])
        da, A, ua = parse_q(r['actual'])
        if dt == QUAL:
            ok = w * D('0.6') <= s <= w
            ctx.add('score_rule_mismatch', ok, f'{r["name"]} qualitative score {s} of {w}')
            continue
        if dt == 'date':
            ok_unit = da == 'date'
            ctx.add('unit_mismatch', ok_unit, f'{r["name"]}: target {r["target"]} actual {r["actual"]}')
            if ok_unit:
                ctx.add('score_rule_mismatch', s == w, f'{r["name"]} date indicator met, score {s} of {w}')
            continue
        ok_unit = da not in (QUAL, 'date') and ua == ut
        ctx.add('unit_mismatch', ok_unit, f'{r["name"]}: target {r["target"]} actual {r["actual"]}')
        if not ok_unit:
            continue
        if ut == '%' and ('率' in r['name'] or '满意度' in r['name']):
            ctx.add('implausible_rate', A <= 100, f'{r["name"]}: {A}% > 100%')
        c = completion(dt, T, A)
        stated_c = r.get('completion')
        if stated_c not in (None, '', '—'):
            chk_eq(ctx, 'completion_mismatch', f'{r["name"]} 完成率', stated_c.rstrip('%'), c)
        exp = [w * min(c, D(100)) / 100]
        if stated_c not in (None, '', '—'):
            exp.append(w * min(num(stated_c.rstrip('%')), D(100)) / 100)
        ctx.add('score_rule_mismatch', any(close(r['score'], e) for e in exp), f'{r["name"]} score {s}, expected {q2(exp[0])}')


# ----------------------------------------------------------------------------------------------- helpers
def grab(t, pat, n=1, flags=0):
    m = one(pat, t, flags)
    return m.group(n) if n == 1 else m.groups()


def flat_blocks(region):
    rows = []
    for block in region.split('\n\n'):
        cells = [l[1:] for l in block.split('\n') if l.startswith('\t')]
        if cells:
            rows.append(cells)
    return rows


# ================================================================================================ Shanxi
def check_sx(t):
    ctx = Ctx(t)
    Y = int(grab(t, r'山阴县农业农村局(\d{4})年度秸秆综合利用项目支出绩效自评报告'))
    ctx.add('year_mismatch', Y == 2021, f'title year {Y}')
    # funds table
    region = t[t.index('（二）预算执行情况'):t.index('说明：')]
    fr = {r[0]: r for r in flat_blocks(region)}
    names = ['年初预算资金', '全年预算资金', '实际到位资金', '全年执行资金', '资金结余', '预算到位率', '预算执行率(%)']
    for n in names:
        if n not in fr or len(fr[n]) != 10:
            raise ParseError(f'funds row {n}')
    A = {n: [c for c in fr[n][2:]] for n in names}  # total, 小计, 中央, 省, 市, 县, 结转, 其他
    cols = ['年度总金额', '小计', '中央级', '省级', '市级', '县区级', '上年结转', '其他']
    for n in names[:5]:
        r = A[n]
        z = lambda c: c if c.strip() else '0'
        chk_sum(ctx, f'{n} 小计', (z(r[1]), ''), [(z(r[i]), '') for i in (2, 3, 4, 5)])
        chk_sum(ctx, f'{n} 总额', (z(r[0]), ''), [(z(r[i]), '') for i in (1, 6, 7)])
    for i, col in enumerate(cols):
        b2, b3, b4 = (cell_amount(A[n][i]) for n in names[1:4])
        chk_eq(ctx, 'balance_mismatch', f'(5) {col}', A['资金结余'][i] or '0', b3 - b4)
        chk_rate(ctx, f'(6) {col}', A['预算到位率'][i], b3, b2)
        chk_rate(ctx, f'(7) {col}', A['预算执行率(%)'][i], b4, b2)
    tot = {n: cell_amount(A[n][0]) for n in names[:5]}
    # prose on funds
    d = grab(t, r'全年预算资金比年初多([\d.]+)万元')
    chk_eq(ctx, 'sum_mismatch', '比年初多', d, tot['全年预算资金'] - tot['年初预算资金'])
    chk_same(ctx, '上年结转', [d, A['全年预算资金'][6]])
    y = grab(t, r'是(\d{4})年结转的秸秆综合利用资金')
    ctx.add('year_mismatch', int(y) == Y - 1, f'结转 from {y}')
    p1, p2, p3 = grab(t, r'离田补助([\d.]+)万元、收储点建设补助([\d.]+)万元、宣传培训与台账监测([\d.]+)万元', 0)
    chk_sum(ctx, '执行资金构成', (A['全年执行资金'][0], '万元'), [(p1, '万元'), (p2, '万元'), (p3, '万元')])
    bal = grab(t, r'年末结余([\d.]+)万元均为当年中央及县级资金')
    chk_eq(ctx, 'balance_mismatch', '年末结余', bal, tot['实际到位资金'] - tot['全年执行资金'])
    chk_sum(ctx, '结余构成', (bal, ''), [(A['资金结余'][2], ''), (A['资金结余'][5], '')])
    chk_year_later(ctx, '结转至', grab(t, r'结转至(\d{4})年'), Y)
    c260, c40 = grab(t, r'秸秆综合利用方向）(\d+)万元，县财政配套(\d+)万元', 0)
    c260b, c40b = grab(t, r'下达中央资金(\d+)万元，县级配套资金(\d+)万元', 0)
    chk_same(ctx, '中央资金', [c260, c260b, A['全年预算资金'][2]])
    chk_same(ctx, '县级资金', [c40, c40b, A['全年预算资金'][5]])
    chk_rate(ctx, '资金到位率', grab(t, r'资金到位率(\d+)%'), tot['实际到位资金'], tot['全年预算资金'])
    std, qty, amt = grab(t, r'按每吨(\d+)元的标准对([\d.]+)万吨离田秸秆兑付补助([\d.]+)万元', 0)
    chk_eq(ctx, 'sum_mismatch', '离田补助=标准x数量', amt, num(std) * num(qty))
    chk_same(ctx, '离田补助', [amt, p1])
    n_pt, per = grab(t, r'秸秆收储点(\d+)个，每个补助(\d+)万元', 0)
    chk_eq(ctx, 'sum_mismatch', '收储点补助', p2, num(n_pt) * num(per))
    er = grab(t, r'预算执行率为([\d.]+)%')
    chk_rate(ctx, '预算执行率(正文)', er, tot['全年执行资金'], tot['全年预算资金'])
    chk_same(ctx, '执行率', [er, A['预算执行率(%)'][0]])
    cr = grab(t, r'其中中央资金执行([\d.]+)%')
    chk_rate(ctx, '中央执行率(正文)', cr, cell_amount(A['全年执行资金'][2]), cell_amount(A['全年预算资金'][2]))
    xr = grab(t, r'执行([\d.]+)%。\n2.产出')
    chk_rate(ctx, '县级执行率(正文)', xr, cell_amount(A['全年执行资金'][5]), cell_amount(A['全年预算资金'][5]))
    un = grab(t, r'年末有([\d.]+)万元未支付')
    chk_eq(ctx, 'balance_mismatch', '县级未支付', un, cell_amount(A['全年预算资金'][5]) - cell_amount(A['全年执行资金'][5]))
    # indicator table
    region = t[t.index('附件1.项目支出绩效自评表'):]
    rows = flat_blocks(region.split('\n', 1)[1])
    ind = []
    total_w = total_s = None
    for r in rows:
        if len(r) != 9:
            raise ParseError(f'附件1 row {r}')
        if r[0] == '一级指标':
            continue
        if r[0] == '合计':
            total_w, total_s = r[3], r[7]
            continue
        ind.append({'name': r[2], 'weight': r[3], 'target': r[4], 'actual': r[5], 'completion': r[6],
                    'score': r[7], 'exec': r[2] == '预算执行率'})
    exec_rate = tot['全年执行资金'] / tot['全年预算资金'] * 100
    chk_indicators(ctx, ind, total_w, total_s, exec_rate)
    I = {r['name']: r for r in ind}
    g92 = grab(t, r'全县秸秆综合利用率稳定在(\d+)%以上')
    chk_goal(ctx, '利用率', g92, I['秸秆综合利用率']['target'])
    ga, gl, gp, gs_, gm = grab(t, r'完成秸秆综合利用面积(\d+)万亩以上，离田利用秸秆(\d+)万吨以上，扶持收储点(\d+)个，补助标准不高于每吨(\d+)元，农户满意度不低于(\d+)%', 0)
    chk_goal(ctx, '面积', ga, I['秸秆综合利用面积']['target'])
    chk_goal(ctx, '离田量', gl, I['秸秆离田利用量']['target'])
    chk_same(ctx, '收储点数量', [gp, n_pt])
    chk_goal(ctx, '补助标准', gs_, I['离田补助标准']['target'])
    chk_same(ctx, '离田补助标准', [std, I['离田补助标准']['actual'].replace('元/吨', '')])
    chk_goal(ctx, '满意度', gm, I['农户满意度']['target'])
    # prose on results
    total, grade = grab(t, r'自评总得分([\d.]+)分，等级为“(\S+?)”', 0)
    chk_grade(ctx, total, grade)
    chk_same(ctx, '总得分', [total, total_s])
    d1, d2, d3 = grab(t, r'预算执行率扣([\d.]+)分，秸秆综合利用率未达目标扣([\d.]+)分，长效机制指标扣([\d.]+)分', 0)
    chk_eq(ctx, 'score_sum_mismatch', '扣分合计', total, D(100) - num(d1) - num(d2) - num(d3))
    chk_eq(ctx, 'score_sum_mismatch', '执行扣分', d1, num(I['预算执行率']['weight']) - num(I['预算执行率']['score']))
    chk_eq(ctx, 'score_sum_mismatch', '利用率扣分', d2, num(I['秸秆综合利用率']['weight']) - num(I['秸秆综合利用率']['score']))
    chk_eq(ctx, 'score_sum_mismatch', '长效机制扣分', d3, num(I['秸秆收储利用长效机制']['weight']) - num(I['秸秆收储利用长效机制']['score']))
    a, b, c = grab(t, r'秸秆综合利用面积([\d.]+)万亩，比2020年的([\d.]+)万亩增加([\d.]+)万亩', 0)
    chk_eq(ctx, 'sum_mismatch', '面积增加', c, num(a) - num(b))
    chk_same(ctx, '利用面积', [a, I['秸秆综合利用面积']['actual'].replace('万亩', '')])
    lt = grab(t, r'离田利用秸秆([\d.]+)万吨，主要用于')
    chk_same(ctx, '离田量', [lt, qty, I['秸秆离田利用量']['actual'].replace('万吨', '')])
    r1, r0, pp, gap = grab(t, r'秸秆综合利用率为([\d.]+)%，比上年的([\d.]+)%提高([\d.]+)个百分点，但仍比目标低([\d.]+)个百分点', 0)
    chk_eq(ctx, 'sum_mismatch', '利用率提高', pp, num(r1) - num(r0))
    chk_eq(ctx, 'sum_mismatch', '比目标低', gap, num(I['秸秆综合利用率']['target'].strip('≥%')) - num(r1))
    chk_same(ctx, '利用率', [r1, I['秸秆综合利用率']['actual'].rstrip('%')])
    inc, over = grab(t, r'增收(\d+)万元，超出目标值([\d.]+)%', 0)
    T = num(I['带动农户和收储主体增收']['target'].strip('≥万元'))
    chk_eq(ctx, 'completion_mismatch', '超出目标', over, (num(inc) - T) / T * 100)
    chk_same(ctx, '增收', [inc, I['带动农户和收储主体增收']['actual'].replace('万元', '')])
    sat = grab(t, r'农户满意度([\d.]+)%。')
    chk_same(ctx, '满意度', [sat, I['农户满意度']['actual'].rstrip('%')])
    ctx.add('implausible_rate', num(sat) <= 100, '满意度')
    ry = grab(t, r'\n(\d{4})年3月18日')
    ctx.add('year_mismatch', int(ry) in (Y, Y + 1), f'report date {ry}')
    return ctx


# ================================================================================================ Gansu
def check_gs(t):
    ctx = Ctx(t)
    Y = int(grab(t, r'\n(\d{4})年度废旧农膜回收利用项目支出绩效自评报告'))
    ctx.add('year_mismatch', Y == 2020, f'title year {Y}')
    chk_year_same(ctx, '自评表年度', grab(t, r'项目支出绩效自评表（(\d{4})年度）'), Y)
    F = {}
    for key, pat in [('total', r'(?m)^年度资金总额 (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)$'),
                     ('fiscal', r'(?m)^其中：当年财政拨款 (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)$'),
                     ('carry', r'(?m)^上年结转资金 (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)$'),
                     ('other', r'(?m)^其他资金 (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)$')]:
        F[key] = grab(t, pat, 0)
    for i, col in enumerate(['年初预算数', '全年预算数', '全年执行数']):
        chk_sum(ctx, f'年度资金总额 {col}', (F['total'][i], ''), [(F[k][i], '') for k in ('fiscal', 'carry', 'other')])
    for k in ('total', 'fiscal', 'carry', 'other'):
        rate = F[k][4]
        budget, spent = cell_amount(F[k][1]), cell_amount(F[k][2])
        if budget == 0:
            ctx.add('implausible_rate', rate in ('—', '0', '0%', '0.00%'), f'{k}: rate {rate} on zero base')
        elif rate != '—':
            chk_rate(ctx, f'{k} 执行率', rate.rstrip('%'), spent, budget)
    B, S = num(F['total'][1]), num(F['total'][2])
    ok = close(F['total'][5], 10 * min(S / B, D(1))) or close(F['total'][5], 10 * min(num(F['total'][4].rstrip('%')), D(100)) / 100)
    ctx.add('score_rule_mismatch', ok, 'execution score')
    ctx.add('score_exceeds_weight', num(F['total'][5]) <= num(F['total'][3]), 'execution score <= 10')
    names = ['废旧农膜回收量', '新建村级回收网点', '当季地膜回收率', '补贴资金兑付及时率', '回收补贴标准', '当季地膜残留量',
             '农民科学用膜回收意识', '废旧农膜回收利用体系', '农户满意度']
    ind = [{'name': 'exec', 'weight': F['total'][3], 'score': F['total'][5], 'exec': True,
            'actual': F['total'][4], 'target': '100%'}]
    for n in names:
        tg, ac, w, s = grab(t, r'(?m) ' + re.escape(n) + r' (\S+) (\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)(?: \S.*)?$', 0)
        ind.append({'name': n, 'target': tg, 'actual': ac, 'weight': w, 'score': s, 'completion': None})
    tw, ts = grab(t, r'(?m)^总分 (\S+) (\S+)$', 0)
    chk_indicators(ctx, ind, tw, ts, S / B * 100)
    I = {r['name']: r for r in ind}
    g80 = grab(t, r'当季地膜回收率稳定在(\d+)%以上')
    chk_goal(ctx, '回收率', g80, I['当季地膜回收率']['target'])
    gq, gp, gs_, gr, gm = grab(t, r'年度目标：回收废旧农膜(\d+)吨以上，新建村级回收网点(\d+)个以上，回收补贴标准不超过每吨(\d+)元，当季地膜残留量控制在每亩([\d.]+)公斤以内，农户满意度(\d+)%以上', 0)
    chk_goal(ctx, '回收量', gq, I['废旧农膜回收量']['target'])
    chk_goal(ctx, '网点', gp, I['新建村级回收网点']['target'])
    chk_goal(ctx, '补贴标准', gs_, I['回收补贴标准']['target'])
    chk_goal(ctx, '残留量', gr, I['当季地膜残留量']['target'])
    chk_goal(ctx, '满意度', gm, I['农户满意度']['target'])
    tq2, tp2, tr2 = grab(t, r'预期目标：回收废旧农膜(\d+)吨以上，新建村级回收网点(\d+)个以上，回收率稳定在(\d+)%以上', 0)
    chk_goal(ctx, '回收量(表)', tq2, I['废旧农膜回收量']['target'])
    chk_goal(ctx, '网点(表)', tp2, I['新建村级回收网点']['target'])
    chk_goal(ctx, '回收率(表)', tr2, I['当季地膜回收率']['target'])
    we, wo, wb, ws = grab(t, r'预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分', 0)
    chk_eq(ctx, 'weight_sum_mismatch', '一级权重合计', '100', num(we) + num(wo) + num(wb) + num(ws))
    chk_eq(ctx, 'weight_sum_mismatch', '执行权重', we, num(I['exec']['weight']))
    for lab, v, ns in (('产出', wo, names[:5]), ('效益', wb, names[5:8]), ('满意度', ws, names[8:])):
        chk_eq(ctx, 'weight_sum_mismatch', f'{lab}权重', v, sum((num(I[n]['weight']) for n in ns), D(0)))
    # prose funds
    c, y0, p, ini, add, cf, ann = grab(t, r'补助资金(\d+)万元（(\d{4})年12月提前下达），省级财政资金(\d+)万元，年初合计安排(\d+)万元；7月市级追加(\d+)万元；另有\d{4}年结转资金([\d.]+)万元。全年预算([\d.]+)万元', 0)
    ctx.add('year_mismatch', int(y0) == Y - 1, f'advance issued {y0}')
    chk_sum(ctx, '年初安排', (ini, ''), [(c, ''), (p, '')])
    chk_same(ctx, '年初预算', [ini, F['total'][0]])
    chk_sum(ctx, '当年财政拨款全年', (F['fiscal'][1], ''), [(ini, ''), (add, '')])
    chk_same(ctx, '上年结转', [cf, F['carry'][1]])
    chk_sum(ctx, '全年预算', (ann, ''), [(ini, ''), (add, ''), (cf, '')])
    chk_same(ctx, '全年预算', [ann, F['total'][1]])
    cy = grab(t, r'另有(\d{4})年结转资金')
    ctx.add('year_mismatch', int(cy) == Y - 1, f'carry-over from {cy}')
    chk_rate(ctx, '到位率', grab(t, r'当年全部到位，到位率(\d+)%'), num(ann), B)
    spent = grab(t, r'项目全年执行资金([\d.]+)万元')
    chk_same(ctx, '执行资金', [spent, F['total'][2]])
    total, grade = grab(t, r'自评得分([\d.]+)分，评价等级为“(\S+?)”', 0)
    chk_grade(ctx, total, grade)
    chk_same(ctx, '总分', [total, ts])
    d1, d2, d3 = grab(t, r'回收量未达年度目标，扣([\d.]+)分；预算未全部执行，扣([\d.]+)分；农民用膜回收意识指标扣([\d.]+)分', 0)
    chk_eq(ctx, 'score_sum_mismatch', '扣分合计', total, D(100) - num(d1) - num(d2) - num(d3))
    chk_eq(ctx, 'score_sum_mismatch', '回收量扣分', d1, num(I['废旧农膜回收量']['weight']) - num(I['废旧农膜回收量']['score']))
    chk_eq(ctx, 'score_sum_mismatch', '执行扣分', d2, num(I['exec']['weight']) - num(I['exec']['score']))
    chk_eq(ctx, 'score_sum_mismatch', '意识扣分', d3, num(I['农民科学用膜回收意识']['weight']) - num(I['农民科学用膜回收意识']['score']))
    npt, per, amt1 = grab(t, r'新建村级回收网点(\d+)个，每个补助([\d.]+)万元，计([\d.]+)万元', 0)
    chk_eq(ctx, 'sum_mismatch', '网点补助', amt1, num(npt) * num(per))
    std, amt2 = grab(t, r'按每吨(\d+)元标准对回收加工企业兑付回收补贴([\d.]+)万元', 0)
    chk_same(ctx, '回收补贴标准', [std, I['回收补贴标准']['actual'].replace('元/吨', '')])
    amt3 = grab(t, r'网点运行支出([\d.]+)万元')
    chk_sum(ctx, '支出构成', (F['total'][2], '万元'), [(amt1, '万元'), (amt2, '万元'), (amt3, '万元')])
    bal = grab(t, r'年末结余([\d.]+)万元')
    chk_eq(ctx, 'balance_mismatch', '年末结余', bal, num(ann) - S)
    chk_year_later(ctx, '结转至', grab(t, r'结转至(\d{4})年'), Y)
    e1, e2, e3, tq, av, cp, q19, inc = grab(t, r'分别为([\d,]+)吨、([\d,]+)吨和([\d,]+)吨，合计([\d,]+)吨，平均每家([\d.]+)吨，回收量完成年度目标的([\d.]+)%，比2019年的(\d+)吨增加(\d+)吨', 0)
    chk_sum(ctx, '企业收购合计', (tq, ''), [(e1, ''), (e2, ''), (e3, '')])
    chk_avg(ctx, '平均每家', av, [e1, e2, e3])
    T3000 = num(I['废旧农膜回收量']['target'].strip('≥吨'))
    chk_eq(ctx, 'completion_mismatch', '回收量完成率', cp, num(tq) / T3000 * 100)
    chk_eq(ctx, 'sum_mismatch', '比2019年增加', inc, num(tq) - num(q19))
    chk_eq(ctx, 'sum_mismatch', '回收补贴=标准x数量', amt2, num(std) * num(tq) / 10000)
    gq, gp, gr = grab(t, r'实际完成情况：回收废旧农膜(\d+)吨，新建网点(\d+)个，当季回收率([\d.]+)%', 0)
    chk_same(ctx, '回收量', [tq, gq, I['废旧农膜回收量']['actual'].rstrip('吨')])
    np2 = grab(t, r'全年新建村级回收网点(\d+)个，超额完成任务')
    chk_same(ctx, '新建网点', [npt, np2, gp, I['新建村级回收网点']['actual'].rstrip('个')])
    r1, r0, pp = grab(t, r'当季地膜回收率([\d.]+)%，较上年的([\d.]+)%提高([\d.]+)个百分点', 0)
    chk_eq(ctx, 'sum_mismatch', '回收率提高', pp, num(r1) - num(r0))
    chk_same(ctx, '回收率', [r1, gr, I['当季地膜回收率']['actual'].rstrip('%')])
    res = grab(t, r'当季地膜残留量平均每亩([\d.]+)公斤')
    chk_same(ctx, '残留量', [res, I['当季地膜残留量']['actual'].replace('公斤/亩', '')])
    sat = grab(t, r'问卷调查农户满意度为([\d.]+)%')
    chk_same(ctx, '满意度', [sat, I['农户满意度']['actual'].rstrip('%')])
    ctx.add('implausible_rate', num(sat) <= 100, '满意度')
    ry = grab(t, r'\n(\d{4})年4月20日')
    ctx.add('year_mismatch', int(ry) in (Y, Y + 1), f'report date {ry}')
    return ctx


# ================================================================================================ Sichuan
def check_sc(t):
    ctx = Ctx(t)
    Y = int(grab(t, r'\n(\d{4})年度仁寿县农业农村局项目支出'))
    ctx.add('year_mismatch', Y == 2023, f'title year {Y}')
    chk_year_same(ctx, '自评表年度', grab(t, r'绩效自评表（(\d{4})年度）'), Y)
    F = {}
    for key, lab in [('total', '年度资金总额'), ('fiscal', '其中：财政资金'), ('special', '财政专户管理资金'),
                     ('unit', '单位资金'), ('other', '其他资金')]:
        F[key] = grab(t, r'(?m)^' + re.escape(lab) + r'\t(\S+)\t(\S+)\t(\S+)\t(\S+)\t(\S+)\t(\S+)$', 0)
    for i, col in enumerate(['年初', '全年', '执行']):
        chk_sum(ctx, f'资金总额 {col}', (F['total'][i], ''), [(F[k][i], '') for k in ('fiscal', 'special', 'unit', 'other')])
    for k in F:
        if k != 'total' and F[k][4] != '—':
            chk_rate(ctx, f'{k} 执行率', F[k][4].rstrip('%'), cell_amount(F[k][2]), cell_amount(F[k][1]))
    B, S = num(F['total'][1]), num(F['total'][2])
    names = ['秸秆综合利用量', '秸秆离田收储量', '扶持秸秆利用市场主体', '秸秆综合利用率', '补助资金兑付时间',
             '离田收储补助标准', '秸秆露天焚烧火点', '带动农户和经营主体增收', '受益主体满意度']
    ind = [{'name': '预算执行率', 'weight': F['total'][3], 'score': F['total'][5], 'exec': True,
            'actual': F['total'][4], 'target': '100%'}]
    for n in names:
        sg, v, u, ac, w, s = grab(t, r'(?m)\t' + re.escape(n) + r'\t(\S+)\t(\S+)\t(\S+)\t(\S+)\t(\S+)\t(\S+)\t', 0)
        ind.append({'name': n, 'target': sg + v + u, 'actual': ac + u, 'weight': w, 'score': s, 'completion': None})
    tw, ts = grab(t, r'(?m)^总分\t(\S+)\t(\S+)$', 0)
    chk_indicators(ctx, ind, tw, ts, S / B * 100)
    I = {r['name']: r for r in ind}
    we, wi = grab(t, r'“预算执行率(\d+)分、绩效指标(\d+)分”', 0)
    chk_eq(ctx, 'weight_sum_mismatch', '执行权重', we, num(I['预算执行率']['weight']))
    chk_eq(ctx, 'weight_sum_mismatch', '绩效指标权重', wi, sum((num(I[n]['weight']) for n in names), D(0)))
    g93 = grab(t, r'全县秸秆综合利用率稳定在(\d+)%以上')
    chk_goal(ctx, '利用率', g93, I['秸秆综合利用率']['target'])
    gg = grab(t, r'年度目标：秸秆综合利用量(\d+)万吨以上，离田收储量(\d+)万吨以上，扶持市场主体(\d+)个以上，离田收储补助不高于每吨(\d+)元，带动增收(\d+)万元以上，受益主体满意度(\d+)%以上', 0)
    for n, v in zip(['秸秆综合利用量', '秸秆离田收储量', '扶持秸秆利用市场主体', '离田收储补助标准', '带动农户和经营主体增收', '受益主体满意度'], gg):
        chk_goal(ctx, n, v, I[n]['target'])
    chk_goal(ctx, '收储量(正文)', grab(t, r'未完成(\d+)万吨的目标'), I['秸秆离田收储量']['target'])
    chk_goal(ctx, '满意度(正文)', grab(t, r'满意度未达到(\d+)%的目标'), I['受益主体满意度']['target'])
    chk_goal(ctx, '焚烧火点', grab(t, r'秸秆露天焚烧火点为(\d+)。'), I['秸秆露天焚烧火点']['target'])
    val = lambda n: I[n]['actual'].replace(I[n]['target'].lstrip('≥≤=').lstrip('0123456789.'), '')
    # prose
    dec0 = grab(t, r'申报项目预算(\d+)万元')
    ini, cen, cty, add, ann = grab(t, r'年初批复项目预算([\d.]+)万元，其中中央财政资金([\d.]+)万元、县级配套资金([\d.]+)万元。8月省级追加秸秆综合利用资金([\d.]+)万元，调整后全年预算([\d.]+)万元', 0)
    chk_same(ctx, '年初预算', [dec0, ini, F['total'][0]])
    chk_sum(ctx, '年初构成', (ini, ''), [(cen, ''), (cty, '')])
    chk_sum(ctx, '调整后预算', (ann, ''), [(ini, ''), (add, '')])
    ann2 = grab(t, r'全年到位资金([\d.]+)万元')
    chk_same(ctx, '全年预算', [ann, ann2, F['total'][1]])
    chk_rate(ctx, '到位率', grab(t, r'资金到位率(\d+)%'), num(ann2), B)
    ctx.add('year_mismatch', int(grab(t, r'中央资金于(\d{4})年12月提前下达')) == Y - 1, 'advance')
    ctx.add('year_mismatch', int(grab(t, r'县级配套资金于(\d{4})年4月到位')) == Y, '县级到位')
    ctx.add('year_mismatch', int(grab(t, r'省级追加资金于(\d{4})年9月到位')) == Y, '省级到位')
    cy, sp, a1, a2, a3u = grab(t, r'截至(\d{4})年12月31日，项目支出([\d.]+)万元，其中离田收储补助([\d.]+)万元、扶持市场主体([\d.]+)万元、台账监测和禁烧宣传([\d.]+(?:万元|元))', 0)
    chk_year_same(ctx, '截至', cy, Y)
    a3, u3 = re.match(r'([\d.]+)(万元|元)', a3u).groups()
    chk_sum(ctx, '支出构成', (sp, '万元'), [(a1, '万元'), (a2, '万元'), (a3, u3)])
    chk_same(ctx, '执行数', [sp, F['total'][2]])
    bal = grab(t, r'年末未支出([\d.]+)万元')
    chk_eq(ctx, 'balance_mismatch', '年末未支出', bal, num(ann2) - num(sp))
    n8, per8 = grab(t, r'共扶持(\d+)个，每个补助(\d+)万元', 0)
    chk_eq(ctx, 'sum_mismatch', '扶持主体补助', a2, num(n8) * num(per8))
    chk_same(ctx, '扶持主体', [n8, I['扶持秸秆利用市场主体']['actual'].rstrip('个')])
    g = grab(t, r'全年秸秆综合利用量([\d.]+)万吨，其中肥料化([\d.]+)万吨、饲料化([\d.]+)万吨、基料化([\d.]+)万吨、燃料化([\d.]+)万吨、原料化([\d.]+)万吨', 0)
    chk_sum(ctx, '五料化', (g[0], ''), [(x, '') for x in g[1:]])
    chk_same(ctx, '利用量', [g[0], I['秸秆综合利用量']['actual'].replace('万吨', '')])
    r1, r0, pp = grab(t, r'综合利用率([\d.]+)%，较2022年的([\d.]+)%提高([\d.]+)个百分点', 0)
    chk_eq(ctx, 'sum_mismatch', '利用率提高', pp, num(r1) - num(r0))
    gr, gq = grab(t, r'\t秸秆综合利用率([\d.]+)%，离田收储([\d.]+)万吨', 0)
    chk_same(ctx, '利用率', [r1, gr, I['秸秆综合利用率']['actual'].rstrip('%')])
    q, std = grab(t, r'离田收储秸秆([\d.]+)万吨，按每吨(\d+)元标准兑付补助', 0)
    chk_eq(ctx, 'sum_mismatch', '收储补助=标准x数量', a1, num(q) * num(std))
    chk_same(ctx, '收储补助标准', [std, I['离田收储补助标准']['actual'].replace('元/吨', '')])
    chk_same(ctx, '离田收储量', [q, gq, I['秸秆离田收储量']['actual'].replace('万吨', '')])
    inc = grab(t, r'带动农户和经营主体增收(\d+)万元')
    chk_same(ctx, '增收', [inc, I['带动农户和经营主体增收']['actual'].replace('万元', '')])
    sat = grab(t, r'抽样调查受益主体满意度(\d+(?:\.\d+)?)%')
    chk_same(ctx, '满意度', [sat, I['受益主体满意度']['actual'].rstrip('%')])
    ctx.add('implausible_rate', num(sat) <= 100, '满意度')
    total, grade = grab(t, r'自评得分([\d.]+)分，评价等级为(\S)。', 0)
    chk_grade(ctx, total, grade)
    chk_same(ctx, '总分', [total, ts])
    return ctx


# ================================================================================================ Xinjiang
def check_xj(t):
    ctx = Ctx(t)
    Y = int(grab(t, r'尉犁县农业农村局(\d{4})年度农田残膜回收与利用项目绩效自评报告'))
    ctx.add('year_mismatch', Y == 2018, f'title year {Y}')
    chk_year_same(ctx, '自评表年度', grab(t, r'项目支出绩效自评表（(\d{4})年度）'), Y)
    chk_year_same(ctx, '自评通知年度', grab(t, r'关于做好(\d{4})年度财政支出项目绩效自评工作的通知'), Y)
    F = {}
    for key, lab in [('total', '年度资金总额'), ('fiscal', '其中：当年财政拨款'), ('carry', '上年结转资金'), ('other', '其他资金')]:
        F[key] = grab(t, r'(?m)^' + re.escape(lab) + r'\t(\S+)\t(\S+)\t(\S+)\t(\S+)\t(\S+)\t(\S+)$', 0)
    for i, col in enumerate(['年初', '全年', '执行']):
        chk_sum(ctx, f'资金总额 {col}', (F['total'][i], ''), [(F[k][i], '') for k in ('fiscal', 'carry', 'other')])
    for k in F:
        if k != 'total' and F[k][4] != '—':
            chk_rate(ctx, f'{k} 执行率', F[k][4].rstrip('%'), cell_amount(F[k][2]), cell_amount(F[k][1]))
    B, S = num(F['total'][1]), num(F['total'][2])
    names = ['残膜回收作业面积', '补贴残膜回收机', '乡镇残膜回收站点', '当季残膜回收率', '作业完成时间', '作业补助标准',
             '耕层残膜量', '带动农机手增收', '残膜回收利用长效机制', '农户满意度']
    groups = {'产出': names[:6], '效益': names[6:9], '满意度': names[9:]}
    ind = [{'name': '预算执行率', 'weight': F['total'][3], 'score': F['total'][5], 'exec': True,
            'actual': F['total'][4], 'target': '100%'}]
    for n in names:
        tg, ac, w, s = grab(t, r'(?m)\t' + re.escape(n) + r'\t(\S+)\t(\S+)\t(\S+)\t(\S+)\t', 0)
        ind.append({'name': n, 'target': tg, 'actual': ac, 'weight': w, 'score': s, 'completion': None})
    tw, ts = grab(t, r'(?m)^总分\t(\S+)\t\t(\S+)$', 0)
    chk_indicators(ctx, ind, tw, ts, S / B * 100)
    I = {r['name']: r for r in ind}
    gg = grab(t, r'完成机械化残膜回收作业面积(\d+)万亩以上，补贴残膜回收机(\d+)台，乡镇残膜回收站点覆盖(\d+)个乡镇，当季残膜回收率(\d+)%以上，耕层残膜量控制在每亩(\d+)公斤以内', 0)
    for n, v in zip(['残膜回收作业面积', '补贴残膜回收机', '乡镇残膜回收站点', '当季残膜回收率', '耕层残膜量'], gg):
        chk_goal(ctx, n, v, I[n]['target'])
    # prose
    c, cty = grab(t, r'自治区下达农田残膜污染治理资金(\d+)万元，县财政配套(\d+)万元', 0)
    ini = grab(t, r'项目年初预算(\d+)万元，年内未调整')
    chk_sum(ctx, '年初构成', (ini, ''), [(c, ''), (cty, '')])
    chk_same(ctx, '年初预算', [ini, F['total'][0]])
    chk_same(ctx, '未调整', [F['total'][0], F['total'][1]])
    ctx.add('year_mismatch', int(grab(t, r'自治区资金于(\d{4})年4月下达')) == Y, '下达')
    rec, rr = grab(t, r'全年到位(\d+)万元，到位率(\d+)%', 0)
    chk_rate(ctx, '到位率', rr, num(rec), B)
    sp, er = grab(t, r'全年支出([\d.]+)万元，预算执行率([\d.]+)%', 0)
    chk_same(ctx, '执行数', [sp, F['total'][2]])
    chk_rate(ctx, '执行率(正文)', er, num(sp), B)
    chk_same(ctx, '执行率', [er, F['total'][4].rstrip('%')])
    nm, per, a1 = grab(t, r'残膜回收机(\d+)台，按每台([\d.]+)万元给予补贴，计([\d.]+)万元', 0)
    chk_eq(ctx, 'sum_mismatch', '机具补贴', a1, num(nm) * num(per))
    std, area, a2 = grab(t, r'按每亩(\d+)元补助，补助面积([\d.]+)万亩，计([\d.]+)万元', 0)
    chk_eq(ctx, 'sum_mismatch', '作业补助=标准x面积', a2, num(std) * num(area))
    chk_same(ctx, '作业补助标准', [std, I['作业补助标准']['actual'].replace('元/亩', '')])
    a3 = grab(t, r'回收站点运行维护及宣传培训([\d.]+)万元')
    chk_sum(ctx, '支出构成', (sp, '万元'), [(a1, '万元'), (a2, '万元'), (a3, '万元')])
    bal = grab(t, r'年末结余([\d.]+)万元')
    chk_eq(ctx, 'balance_mismatch', '年末结余', bal, num(rec) - num(sp))
    chk_year_later(ctx, '结转', grab(t, r'已结转(\d{4})年'), Y)
    a45, a62 = grab(t, r'机械化作业面积由([\d.]+)万亩扩大到([\d.]+)万亩', 0)
    k0, k1 = grab(t, r'回收机具保有量由(\d+)台增加到(\d+)台', 0)
    chk_sum(ctx, '机具保有量', (k1, ''), [(k0, ''), (nm, '')])
    pa, pm, ps, pr, pt = grab(t, r'完成机械化残膜回收作业面积([\d.]+)万亩；补贴残膜回收机(\d+)台；建成并运行乡镇残膜回收站点(\d+)个；经抽样测定，当季残膜回收率([\d.]+)%，低于(\d+)%的年度目标', 0)
    chk_same(ctx, '作业面积', [a62, pa, area, I['残膜回收作业面积']['actual'].replace('万亩', '')])
    chk_same(ctx, '回收机', [nm, pm, I['补贴残膜回收机']['actual'].rstrip('台')])
    chk_same(ctx, '站点', [ps, I['乡镇残膜回收站点']['actual'].rstrip('个')])
    chk_same(ctx, '回收率', [pr, I['当季残膜回收率']['actual'].rstrip('%')])
    chk_same(ctx, '回收率目标', [pt, I['当季残膜回收率']['target'].strip('≥%')])
    ctx.add('implausible_rate', num(pr) <= 100, '回收率')
    m1, m0, dd = grab(t, r'耕层残膜量平均每亩([\d.]+)公斤，比2017年监测的每亩([\d.]+)公斤下降([\d.]+)公斤', 0)
    chk_eq(ctx, 'sum_mismatch', '残膜量下降', dd, num(m0) - num(m1))
    chk_same(ctx, '残膜量', [m1, I['耕层残膜量']['actual'].replace('公斤/亩', '')])
    inc, more = grab(t, r'带动农机手增收(\d+)万元，比目标多(\d+)万元', 0)
    chk_eq(ctx, 'sum_mismatch', '比目标多', more, num(inc) - num(I['带动农机手增收']['target'].strip('≥万元')))
    chk_same(ctx, '增收', [inc, I['带动农机手增收']['actual'].replace('万元', '')])
    total, grade = grab(t, r'综合得分([\d.]+)分，评价等级为(\S+?)。', 0)
    chk_grade(ctx, total, grade)
    chk_same(ctx, '总分', [total, ts])
    se, so, sb, ss = grab(t, r'预算执行得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分', 0)
    chk_eq(ctx, 'score_sum_mismatch', '分项合计', total, num(se) + num(so) + num(sb) + num(ss))
    chk_eq(ctx, 'score_sum_mismatch', '执行得分', se, num(F['total'][5]))
    for lab, v in (('产出', so), ('效益', sb), ('满意度', ss)):
        chk_eq(ctx, 'score_sum_mismatch', f'{lab}得分', v, sum((num(I[n]['score']) for n in groups[lab]), D(0)))
    ctx.add('year_mismatch', int(grab(t, r'发布时间：(\d{4})-')) in (Y, Y + 1), 'publication date')
    return ctx


# ================================================================================================ Jilin
def check_jl(t):
    ctx = Ctx(t)
    Y = int(grab(t, r'公主岭市农业农村局(\d{4})年度部门整体支出绩效自评报告'))
    ctx.add('year_mismatch', Y == 2022, f'title year {Y}')
    g = grab(t, r'(\d{4})年部门年初预算([\d,.]+)万元，其中基本支出([\d,.]+)万元、项目支出([\d,.]+)万元。年中追加中央秸秆综合利用补助资金等([\d.]+)万元，调整工资及社保缴费基数增加([\d.]+)万元，全年预算([\d,.]+)万元，比年初增加([\d.]+)万元。全年支出([\d,.]+)万元，部门预算执行率([\d.]+)%。其中基本支出全年预算([\d,.]+)万元，支出([\d,.]+)万元，执行率([\d.]+)%；项目支出全年预算([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+)%。年末结余([\d.]+)万元，其中基本支出([\d.]+)万元，项目支出([\d.]+)万元', 0)
    (yy, ini, ini_b, ini_p, add_p, add_b, ann, inc, spent, rate, ann_b, sp_b, rate_b, ann_p, sp_p, rate_p,
     bal, bal_b, bal_p) = g
    chk_year_same(ctx, '预算年度', yy, Y)
    chk_sum(ctx, '年初构成', (ini, ''), [(ini_b, ''), (ini_p, '')])
    chk_sum(ctx, '调整合计', (inc, ''), [(add_p, ''), (add_b, '')])
    chk_sum(ctx, '全年=年初+调整', (ann, ''), [(ini, ''), (inc, '')])
    chk_sum(ctx, '全年构成', (ann, ''), [(ann_b, ''), (ann_p, '')])
    chk_sum(ctx, '项目全年', (ann_p, ''), [(ini_p, ''), (add_p, '')])
    chk_sum(ctx, '基本全年', (ann_b, ''), [(ini_b, ''), (add_b, '')])
    chk_sum(ctx, '支出构成', (spent, ''), [(sp_b, ''), (sp_p, '')])
    chk_sum(ctx, '结余构成', (bal, ''), [(bal_b, ''), (bal_p, '')])
    chk_rate(ctx, '部门执行率', rate, num(spent), num(ann))
    chk_rate(ctx, '基本执行率', rate_b, num(sp_b), num(ann_b))
    chk_rate(ctx, '项目执行率', rate_p, num(sp_p), num(ann_p))
    chk_eq(ctx, 'balance_mismatch', '结余', bal, num(ann) - num(spent))
    chk_eq(ctx, 'balance_mismatch', '基本结余', bal_b, num(ann_b) - num(sp_b))
    chk_eq(ctx, 'balance_mismatch', '项目结余', bal_p, num(ann_p) - num(sp_p))
    # sub-project table
    subs = ['秸秆综合利用（离田）补助', '废旧农膜回收网点建设', '保护性耕作作业补助', '秸秆禁烧巡查及宣传', '农业面源污染监测']
    R = {}
    for n in subs:
        R[n] = grab(t, r'(?m)^' + re.escape(n) + r'\t(\S+)\t(\S+)\t(\S+)\t(\S+)\t(\S+)$', 0)
    tb, tsp, trate = grab(t, r'(?m)^合计\t(\S+)\t(\S+)\t(\S+)\t—\t—$', 0)
    chk_sum(ctx, '子项目预算合计', (tb, ''), [(R[n][0], '') for n in subs])
    chk_sum(ctx, '子项目支出合计', (tsp, ''), [(R[n][1], '') for n in subs])
    chk_rate(ctx, '子项目合计执行率', trate.rstrip('%'), num(tsp), num(tb))
    chk_same(ctx, '项目支出全年', [ann_p, tb])
    chk_same(ctx, '项目支出执行', [sp_p, tsp])
    for n in subs:
        b, s, r, w, sc = R[n]
        chk_rate(ctx, f'{n} 执行率', r.rstrip('%'), num(s), num(b))
        ctx.add('score_exceeds_weight', D(0) <= num(sc) <= num(w), f'{n}: score {sc} of {w}')
        ctx.add('weight_sum_mismatch', num(w) == 100, f'{n}: 子项目满分 {w}')
    avg = grab(t, r'5个子项目平均得分(\d+(?:\.\d+)?)分')
    chk_avg(ctx, '子项目平均得分', avg, [R[n][4] for n in subs])
    b1 = grab(t, r'秸秆综合利用（离田）补助全年预算(\d+(?:\.\d+)?)万元，已全部兑付')
    chk_same(ctx, '离田补助预算', [b1, R[subs[0]][0]])
    chk_same(ctx, '全部兑付', [R[subs[0]][0], R[subs[0]][1]])
    b2, s2, r2, sc2, n3 = grab(t, r'废旧农膜回收网点建设预算([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+)%，自评得分(\d+)分，有(\d+)个网点', 0)
    chk_same(ctx, '网点建设预算', [b2, R[subs[1]][0]])
    chk_same(ctx, '网点建设支出', [s2, R[subs[1]][1]])
    chk_rate(ctx, '网点建设执行率(正文)', r2, num(s2), num(b2))
    chk_same(ctx, '网点建设得分', [sc2, R[subs[1]][4]])
    b5, s5, r5, sc5 = grab(t, r'农业面源污染监测预算(\d+(?:\.\d+)?)万元，因第三方检测合同于11月才签订，仅支出([\d.]+)万元，执行率([\d.]+)%，自评得分(\d+)分', 0)
    chk_same(ctx, '监测预算', [b5, R[subs[4]][0]])
    chk_same(ctx, '监测支出', [s5, R[subs[4]][1]])
    chk_rate(ctx, '监测执行率(正文)', r5, num(s5), num(b5))
    chk_same(ctx, '监测得分', [sc5, R[subs[4]][4]])
    cf, cy, back = grab(t, r'废旧农膜回收网点建设资金([\d.]+)万元已结转至(\d{4})年用于在建网点，其余([\d.]+)万元由市财政收回', 0)
    chk_eq(ctx, 'balance_mismatch', '网点结转', cf, num(R[subs[1]][0]) - num(R[subs[1]][1]))
    chk_eq(ctx, 'balance_mismatch', '收回', back, sum((num(R[n][0]) - num(R[n][1]) for n in subs[2:]), D(0)))
    chk_sum(ctx, '项目结余去向', (bal_p, ''), [(cf, ''), (back, '')])
    chk_year_later(ctx, '结转至', cy, Y)
    # department table
    names = ['部门预算执行率', '秸秆离田利用量', '新建废旧农膜回收网点', '保护性耕作作业面积', '补助资金兑付及时率',
             '秸秆综合利用率', '废旧农膜回收率', '秸秆露天焚烧火点', '农户满意度']
    ind = []
    for n in names:
        tg, ac, cp, w, s = grab(t, r'(?m)^\S+｜' + re.escape(n) + r'｜(\S+?)｜(\S+?)｜(\S+?)｜(\S+?)｜(\S+)$', 0)
        ind.append({'name': n, 'target': tg, 'actual': ac, 'completion': cp, 'weight': w, 'score': s,
                    'exec': n == '部门预算执行率'})
    tw, ts = grab(t, r'(?m)^合计｜｜｜｜｜(\S+?)｜(\S+)$', 0)
    chk_indicators(ctx, ind, tw, ts, num(spent) / num(ann) * 100)
    I = {r['name']: r for r in ind}
    we, wo, wb, ws = grab(t, r'按预算执行(\d+)分、产出(\d+)分、效益(\d+)分、满意度(\d+)分', 0)
    chk_eq(ctx, 'weight_sum_mismatch', '一级权重合计', '100', num(we) + num(wo) + num(wb) + num(ws))
    for lab, v, ns in (('执行', we, names[:1]), ('产出', wo, names[1:5]), ('效益', wb, names[5:8]), ('满意度', ws, names[8:])):
        chk_eq(ctx, 'weight_sum_mismatch', f'{lab}权重', v, sum((num(I[n]['weight']) for n in ns), D(0)))
    chk_same(ctx, '部门执行率', [rate, I['部门预算执行率']['actual'].rstrip('%')])
    total, grade = grab(t, r'部门整体支出自评得分([\d.]+)分，等级为(\S)。', 0)
    chk_grade(ctx, total, grade)
    chk_same(ctx, '总分', [total, ts])
    short = grab(t, r'回收网点少建(\d+)个')
    chk_eq(ctx, 'sum_mismatch', '少建', short, num(I['新建废旧农膜回收网点']['target'].strip('≥个')) - num(I['新建废旧农膜回收网点']['actual'].rstrip('个')))
    q1, q0, dq = grab(t, r'全年离田利用秸秆([\d.]+)万吨，比2021年的([\d.]+)万吨增加([\d.]+)万吨', 0)
    chk_eq(ctx, 'sum_mismatch', '离田增加', dq, num(q1) - num(q0))
    chk_same(ctx, '离田量', [q1, I['秸秆离田利用量']['actual'].replace('万吨', '')])
    std, amt, approx = grab(t, r'按每亩(\d+)元标准兑付([\d.]+)万元，补助面积约([\d.]+)万亩', 0)
    chk_same(ctx, '保护性耕作支出', [amt, R[subs[2]][1]])
    c = num(amt) / num(std)
    half = D('0.5') * D(10) ** -ndp(approx)
    ctx.add('sum_mismatch', num(approx) - half <= c <= num(approx) + half, f'约{approx}万亩 vs {c}')
    npt = grab(t, r'新建村级废旧农膜回收网点(\d+)个')
    chk_same(ctx, '新建网点', [npt, I['新建废旧农膜回收网点']['actual'].rstrip('个')])
    lr, hr, ht = grab(t, r'全市秸秆综合利用率([\d.]+)%，废旧农膜回收率([\d.]+)%，未达到(\d+)%的目标', 0)
    chk_same(ctx, '利用率', [lr, I['秸秆综合利用率']['actual'].rstrip('%')])
    chk_same(ctx, '回收率', [hr, I['废旧农膜回收率']['actual'].rstrip('%')])
    chk_same(ctx, '回收率目标', [ht, I['废旧农膜回收率']['target'].strip('≥%')])
    sat = grab(t, r'农户满意度([\d.]+)%，主要意见')
    chk_same(ctx, '满意度', [sat, I['农户满意度']['actual'].rstrip('%')])
    ctx.add('implausible_rate', num(sat) <= 100, '满意度')
    ry = grab(t, r'\n(\d{4})年3月28日')
    ctx.add('year_mismatch', int(ry) in (Y, Y + 1), f'report date {ry}')
    return ctx


CHECKERS = {
    'sx-shanyin-jiegan-2021': check_sx,
    'gs-lintao-feimohuishou-2020': check_gs,
    'sc-renshou-jieganzonghe-2023': check_sc,
    'xj-yuli-dimohuishou-2018': check_xj,
    'jl-gongzhuling-nongyebumen-2022': check_jl,
}


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
    problems = []
    counts = {c: 0 for c in CODES}
    where = {}
    texts = {}
    for rec in labels:
        texts[rec['case']] = open(os.path.join(CASES, rec['case']), encoding='utf-8').read()
    if len(labels) != 35 or sum(1 for r in labels if r['clean']) != 5:
        problems.append(f'expected 35 cases / 5 clean, got {len(labels)}')
    for rec in labels:
        name, pid, t = rec['case'], rec['source'], texts[rec['case']]
        clean = texts[f'{pid}-clean.txt']
        try:
            ctx = CHECKERS[pid](t)
        except ParseError as e:
            problems.append(f'{name}: parse error {e}')
            continue
        failing = [c for c in ctx.failing() if c not in WARNING_CODES]
        if rec['clean']:
            if rec['expected']:
                problems.append(f'{name}: clean case with labels')
            if failing:
                problems.append(f'{name}: clean draft fails {failing}: {ctx.fail_msgs()}')
            warn = [c for c in ctx.failing() if c in WARNING_CODES]
            if warn:
                problems.append(f'{name}: clean draft has warnings {ctx.fail_msgs()}')
            continue
        if len(rec['expected']) != 1:
            problems.append(f'{name}: expected exactly one label')
            continue
        lab = rec['expected'][0]
        code, value = lab['code'], lab['value']
        if code not in CODES or lab['severity'] != 'error':
            problems.append(f'{name}: bad code/severity {code}')
        counts[code] = counts.get(code, 0) + 1
        if value not in t:
            problems.append(f'{name}: value not in case')
            continue
        # one contiguous difference overlapping the value
        p = 0
        while p < min(len(t), len(clean)) and t[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(t), len(clean)) - p and t[len(t) - 1 - s] == clean[len(clean) - 1 - s]:
            s += 1
        d0, d1 = p, len(t) - s
        if d0 >= d1 and len(t) == len(clean):
            problems.append(f'{name}: identical to clean draft')
        occ = [m.start() for m in re.finditer(re.escape(value), t)]
        if len(occ) != 1:
            problems.append(f'{name}: label value occurs {len(occ)} times')
        if not any(o < max(d1, d0 + 1) and o + len(value) > d0 for o in occ):
            problems.append(f'{name}: difference [{d0},{d1}) does not overlap the label value')
        if code not in failing:
            problems.append(f'{name}: labelled {code} does not fail; failing={failing}')
        others = [c for c in failing if c != code]
        if others:
            problems.append(f'{name}: other error codes fail {others}: {ctx.fail_msgs()}')
        where[name] = (code, d0, d1)
    for c in CODES:
        if counts.get(c, 0) < 2:
            problems.append(f'code {c} used {counts.get(c, 0)} times (< 2)')
    for pr in problems:
        print('PROBLEM:', pr)
    print('codes:', ', '.join(f'{c}={counts[c]}' for c in CODES))
    if problems:
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
