#!/usr/bin/env python3
"""Verify the n476 test set (standard library only).

1. every label value occurs (exactly once) in its case;
2. every error case differs from its clean draft in one contiguous place that overlaps the label value,
   and a changed figure occurs only once in the clean draft (except conflicting_values);
3. every one of the 13 error codes of errors.md §A occurs at least twice;
4. the arithmetic of every draft is redone from its text: in a clean draft all checks pass; in an error
   case the labelled code fails and no other error-level code fails (warnings such as score_rule_mismatch
   may fail in an error case, never in a clean one).
Tolerance: rules.md §8 (a stated value with d decimals matches c iff |c - v| <= 0.5 * 10^-d).
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as Dec, getcontext

getcontext().prec = 34
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

ERROR_CODES = ['rate_mismatch', 'balance_mismatch', 'sum_mismatch', 'score_sum_mismatch',
               'score_exceeds_weight', 'weight_sum_mismatch', 'grade_mismatch', 'average_mismatch',
               'conflicting_values', 'implausible_rate', 'unit_mismatch', 'year_mismatch',
               'completion_mismatch']
WARNING_CODES = ['score_rule_mismatch']


class SpecError(Exception):
    pass


# ---------------------------------------------------------------- numbers
def N(s):
    return Dec(str(s).replace(',', ''))


def nd(s):
    s = str(s).replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


def close(stated, computed):
    """rules §8: stated value v (d decimals) is consistent with computed c iff |c - v| <= 0.5*10^-d."""
    return abs(Dec(computed) - N(stated)) <= Dec('0.5') * Dec(10) ** (-nd(stated)) + Dec('1e-9')


def one(t, pat):
    ms = list(re.finditer(pat, t))
    if len(ms) != 1:
        raise SpecError(f'pattern {pat!r} matched {len(ms)} times')
    g = ms[0].groups()
    return g[0] if len(g) == 1 else g


UNIT_WAN = {'元': Dec(1) / Dec(10000), '万元': Dec(1), '亿元': Dec(10000)}
GRADE_NORM = {'优': '优', '优秀': '优', '良': '良', '良好': '良', '中': '中', '中等': '中', '合格': '中',
              '一般': '中', '差': '差', '较差': '差', '不合格': '差'}


def band(total):
    total = N(total)
    if total >= 90:
        return '优'
    if total >= 80:
        return '良'
    if total >= 60:
        return '中'
    return '差'


class Ck:
    def __init__(self):
        self.res = []

    def add(self, code, name, ok):
        self.res.append((code, name, bool(ok)))

    def sum_(self, name, total, parts, code='sum_mismatch'):
        self.add(code, name, close(total, sum((N(p) for p in parts), Dec(0))))

    def pct(self, name, stated):
        """a rate that cannot exceed 100% (execution, 到位, satisfaction, survival, data validity)"""
        v = N(stated)
        self.add('implausible_rate', name + ' within [0,100]', Dec(0) <= v <= Dec(100))
        return Dec(0) <= v <= Dec(100)

    def rate(self, name, stated, num, den, code='rate_mismatch', bounded=True):
        if bounded and not self.pct(name, stated):
            return  # the most specific explanation: implausible_rate
        self.add(code, name, close(stated, N(num) / N(den) * 100))

    def avg(self, name, stated, total, count):
        self.add('average_mismatch', name, close(stated, N(total) / N(count)))

    def conf(self, name, a, b):
        self.add('conflicting_values', name, N(a) == N(b))

    def product(self, name, pairs, total, total_unit='万元'):
        """Σ quantity × per-unit amount = total; an amount off by 10^4 / 10^8 is a unit slip."""
        comp = sum((N(q) * N(p) * UNIT_WAN[u] for q, p, u in pairs), Dec(0)) / UNIT_WAN[total_unit]
        if close(total, comp):
            self.add('sum_mismatch', name, True)
            return
        for i, (q, p, u) in enumerate(pairs):
            for f in (Dec(10000), Dec(1) / Dec(10000), Dec(10) ** 8, Dec(1) / Dec(10) ** 8):
                alt = comp - N(q) * N(p) * UNIT_WAN[u] / UNIT_WAN[total_unit] * (1 - f)
                if close(total, alt):
                    self.add('unit_mismatch', f'{name}: per-unit amount {p}{u} off by a power of ten', False)
                    return
        self.add('sum_mismatch', name, False)

    def year(self, name, ok):
        self.add('year_mismatch', name, ok)


# ---------------------------------------------------------------- tables
SIGN = {'≥': 'gte', '≤': 'lte', '': 'eq'}


def pval(s):
    m = re.search(r'(\d{4})年(\d{1,2})月(\d{1,2})日', s)
    if m:
        return {'kind': 'date', 'date': tuple(int(x) for x in m.groups())}
    m = re.match(r'^([≥≤]?)(\d[\d,]*(?:\.\d+)?)(.*)$', s)
    if not m:
        return {'kind': 'qual', 'text': s}
    return {'kind': 'num', 'dir': SIGN[m.group(1)], 'num': m.group(2), 'val': N(m.group(2)),
            'unit': m.group(3)}


def cells(t, name):
    pat = r'(?m)^(?:[^\n]*? )?' + re.escape(name) + r' {2,}([^\n]+)$'
    ms = list(re.finditer(pat, t))
    if len(ms) != 1:
        raise SpecError(f'table row {name!r} found {len(ms)} times')
    return re.split(r' {2,}', ms[0].group(1).strip())


def subtotal_rows(t, label):
    return [m.groups() for m in re.finditer(r'(?m)^ *' + re.escape(label) + r' {2,}(\S+) {2,}(\S+) *$', t)]


def indicator_table(ck, t, rows, subs, exec_w, exec_s, total_label=None, comp_col=False):
    """rows: [(name, level)]; subs: {level: (label, index)}. Returns parsed rows and level subtotals."""
    parsed = {}
    lev_rows = {}
    for name, lev in rows:
        c = cells(t, name)
        i = 2
        comp = None
        if comp_col:
            comp = c[2]
            i = 3
        w, s = c[i], c[i + 1]
        tg, ac = pval(c[0]), pval(c[1])
        parsed[name] = {'target': c[0], 'actual': c[1], 'comp': comp, 'w': w, 's': s, 't': tg, 'a': ac}
        lev_rows.setdefault(lev, []).append(name)
        # score within [0, weight]
        ck.add('score_exceeds_weight', f'{name}: score <= weight', Dec(0) <= N(s) <= N(w))
        expected = None
        if tg['kind'] == 'num' and ac['kind'] == 'num':
            if tg['unit'] != ac['unit']:
                ck.add('unit_mismatch', f'{name}: unit of actual ({ac["unit"]}) = unit of target ({tg["unit"]})',
                       False)
            else:
                ck.add('unit_mismatch', f'{name}: units agree', True)
                T, A = tg['val'], ac['val']
                if tg['dir'] == 'lte':
                    cr = Dec(100) if A <= T else T / A * 100
                    expected = N(w) if A <= T else N(w) * T / A
                else:
                    cr = A / T * 100
                    expected = N(w) if A >= T else N(w) * A / T
                if comp is not None and comp != '—':
                    ck.add('completion_mismatch', f'{name}: 完成率 {comp}', close(comp.rstrip('%'), cr))
                if ac['unit'] == '%':
                    ck.pct(f'{name}: actual', ac['num'])
        elif tg['kind'] == 'date' and ac['kind'] == 'date':
            expected = N(w) if ac['date'] <= tg['date'] else Dec(0)
        elif tg['kind'] == 'qual':
            expected = N(w)
        if expected is not None:
            ok = close(s, expected)
            if not ok and comp not in (None, '—'):
                ok = close(s, N(w) * min(N(comp.rstrip('%')), Dec(100)) / 100)
            ck.add('score_rule_mismatch', f'{name}: score follows rules §5', ok)
    levels = {}
    for lev, (label, idx) in subs.items():
        found = subtotal_rows(t, label)
        if len(found) <= idx:
            raise SpecError(f'subtotal {label!r}#{idx} not found')
        sw, ss = found[idx]
        levels[lev] = (sw, ss)
        names = lev_rows[lev]
        ck.add('weight_sum_mismatch', f'{label}: Σ weights',
               sum((N(parsed[n]['w']) for n in names), Dec(0)) == N(sw))
        ck.sum_(f'{label}: Σ scores', ss, [parsed[n]['s'] for n in names], code='score_sum_mismatch')
        ck.add('score_exceeds_weight', f'{label}: score <= weight', Dec(0) <= N(ss) <= N(sw))
    wsum = sum((N(v[0]) for v in levels.values()), Dec(0)) + N(exec_w)
    ck.add('weight_sum_mismatch', 'Σ level weights + execution = 100', wsum == 100)
    total = None
    if total_label:
        tw, ts = one(t, r'(?m)^' + re.escape(total_label) + r' {2,}(\S+) {2,}(\S+) *$')
        ck.add('weight_sum_mismatch', 'total weight 100', N(tw) == 100 and wsum == N(tw))
        ck.sum_('total score = Σ levels + execution', ts, [v[1] for v in levels.values()] + [exec_s],
                code='score_sum_mismatch')
        total = ts
    return parsed, levels, total


def level_sentence(ck, parts, total, exec_s, levels, order, table_total=None):
    """The sentence giving the four levels' scores before the total."""
    ck.conf('sentence: execution score = table', parts[0], exec_s)
    for p, lev in zip(parts[1:], order):
        ck.conf(f'sentence: {lev} score = table subtotal', p, levels[lev][1])
    ck.sum_('sentence: total = Σ four levels', total, parts, code='score_sum_mismatch')
    if table_total is not None:
        ck.conf('sentence total = table total', total, table_total)


def grade(ck, total, word):
    ck.add('grade_mismatch', f'grade {word} for {total}', GRADE_NORM.get(word) == band(total))


def funds_exec(ck, stated_rate, spent, budget, weight, score):
    ck.rate('table 执行率', stated_rate.rstrip('%'), spent, budget)
    r = min(N(spent) / N(budget), Dec(1))
    ok = close(score, N(weight) * r) or close(score, N(weight) * min(N(stated_rate.rstrip('%')), Dec(100)) / 100)
    ck.add('score_rule_mismatch', 'execution score = weight × rate', ok)


def act(p, name):
    return p[name]['a']['num']


# ---------------------------------------------------------------- A 江西 靖安 2021
def spec_jingan(t, ck):
    Y = 2021
    ck.year('title year', int(one(t, r'^[^\n]*\n(\d{4})年度森林康养基地')) == Y)
    ck.year('table header year', int(one(t, r'（(\d{4})年度）')) == Y)
    ck.year('截至 date', int(one(t, r'截至(\d{4})年12月31日')) == Y)
    ck.year('carry-forward to a later year', int(one(t, r'已结转至(\d{4})年')) > Y)
    ck.year('carry-in from the previous year', int(one(t, r'另有(\d{4})年结转')) == Y - 1)
    ck.year('report dated in or after the year', int(one(t, r'\n(\d{4})年\d{1,2}月\d{1,2}日\n\n附件')) >= Y)
    b0, prov, cty = one(t, r'批复项目预算([\d.,]+)万元，其中省级林业改革发展资金([\d.,]+)万元、县级配套资金([\d.,]+)万元')
    ck.sum_('年初预算 = 省级 + 县级', b0, [prov, cty])
    add = one(t, r'追加县级配套([\d.,]+)万元')
    cin = one(t, r'一期步道尾款资金([\d.,]+)万元')
    annual = one(t, r'全年预算资金合计([\d.,]+)万元')
    ck.sum_('全年预算 = 年初 + 追加 + 上年结转', annual, [b0, add, cin])
    ck.conf('省级资金 300 = 300.00', one(t, r'省级资金([\d.,]+)万元分3月'), prov)
    crecv = one(t, r'县级配套资金([\d.,]+)万元按工程进度')
    ck.sum_('县级到位 = 县级年初 + 追加', crecv, [cty, add])
    ck.rate('到位率', one(t, r'资金到位率([\d.]+)%'), N(prov) + N(crecv) + N(cin), annual)
    spent = one(t, r'全年实际支出([\d.,]+)万元')
    pc = one(t, r'支付一期步道尾款([\d.,]+)万元')
    cur = one(t, r'当年资金支出([\d.,]+)万元')
    ck.sum_('支出 = 结转资金支出 + 当年资金支出', spent, [pc, cur])
    items = one(t, r'康养步道工程([\d.]+)万元、林相改造补助([\d.]+)万元、康养驿站([\d.]+)万元、'
                   r'标识导览系统([\d.]+)万元、负氧离子监测及智慧导览设备([\d.]+)万元')
    ck.sum_('当年支出明细', cur, items)
    bal = one(t, r'年末尚未支付的([\d.]+)万元')
    ck.add('balance_mismatch', '未支付 = 全年预算 - 支出', close(bal, N(annual) - N(spent)))
    contract = one(t, r'合同价([\d.]+)万元')
    ck.add('sum_mismatch', '首付30%', close(one(t, r'首付款30%，计([\d.]+)万元'), N(contract) * Dec('0.30')))
    ck.add('sum_mismatch', '付至95% = 步道工程支出', close(items[0], N(contract) * Dec('0.95')))
    ck.add('balance_mismatch', '质保金5% = 未支付', close(bal, N(contract) * Dec('0.05')))
    per, unit = one(t, r'按每亩([\d,]+)(元|万元)兑现补助')
    a1, a2 = one(t, r'宝峰片区([\d,]+)亩、中源片区([\d,]+)亩')
    area = one(t, r'完成林相改造([\d,]+)亩')
    ck.sum_('片区面积合计', area, [a1, a2])
    ck.product('林相改造补助 = 面积 × 每亩标准', [(area, per, unit)], items[1])
    planted, surv, sr = one(t, r'彩叶树种([\d,]+)株，年底核查成活([\d,]+)株，成活率([\d.]+)%')
    ck.rate('成活率', sr, surv, planted)
    hh, avg, tot = one(t, r'带动农户(\d+)户，户均增收([\d,]+)元，合计增收([\d.]+)万元')
    ck.avg('户均增收', avg, N(tot) * 10000, hh)
    v, v0, gr = one(t, r'游客([\d.]+)万人次，较2020年的([\d.]+)万人次增长([\d.]+)%')
    ck.rate('游客增长率', gr, N(v) - N(v0), v0, bounded=False)
    n, k, sat = one(t, r'有效问卷(\d+)份，其中满意和基本满意(\d+)份，满意度([\d.]+)%')
    ck.rate('满意度', sat, k, n)
    # funds block
    ft = cells(t, '年度资金总额')
    r1, r2, r3 = cells(t, '其中：当年财政拨款'), cells(t, '上年结转资金'), cells(t, '其他资金')
    for i, col in enumerate(['年初预算数', '全年预算数', '全年执行数']):
        ck.sum_(f'funds table {col}', ft[i], [r1[i], r2[i], r3[i]])
    funds_exec(ck, ft[4], ft[2], ft[1], ft[3], ft[5])
    ck.conf('table 全年预算 = text', ft[1], annual)
    ck.conf('table 全年执行 = text', ft[2], spent)
    ck.conf('table 当年拨款年初 = text', r1[0], b0)
    ck.sum_('table 当年拨款全年 = 年初 + 追加', r1[1], [b0, add])
    ck.conf('table 当年拨款执行 = text', r1[2], cur)
    ck.conf('table 上年结转 = text', r2[1], cin)
    ck.conf('table 上年结转执行 = text', r2[2], pc)
    rows = [('新建森林康养步道', 'out'), ('林相改造面积', 'out'), ('新建康养驿站', 'out'), ('工程验收合格率', 'out'),
            ('彩叶苗木成活率', 'out'), ('主体工程完工时间', 'out'), ('步道每公里造价', 'out'),
            ('带动农户数', 'ben'), ('年接待康养游客', 'ben'), ('基地森林覆盖率', 'ben'), ('基地管护机制', 'ben'),
            ('游客满意度', 'sat')]
    subs = {'out': ('产出指标小计', 0), 'ben': ('效益指标小计', 0), 'sat': ('满意度指标小计', 0)}
    p, lv, total = indicator_table(ck, t, rows, subs, ft[3], ft[5], total_label='总分')
    ck.conf('trail length text = table', one(t, r'二期新建森林康养步道([\d.]+)公里'), act(p, '新建森林康养步道'))
    ck.conf('林相改造 text = table', area, act(p, '林相改造面积'))
    ck.conf('成活率 text = table', sr, act(p, '彩叶苗木成活率'))
    ck.conf('带动农户 text = table', hh, act(p, '带动农户数'))
    ck.conf('游客 text = table', v, act(p, '年接待康养游客'))
    ck.conf('满意度 text = table', sat, act(p, '游客满意度'))
    ck.conf('覆盖率 text = table', one(t, r'提高到([\d.]+)%'), act(p, '基地森林覆盖率'))
    ck.conf('步道目标 text = table', one(t, r'康养步道不少于([\d.]+)公里'), p['新建森林康养步道']['t']['num'])
    ck.conf('游客目标 text = table', one(t, r'接待森林康养游客(\d+)万人次，带动'), p['年接待康养游客']['t']['num'])
    comp = one(t, r'只完成年度目标的([\d.]+)%')
    ck.add('completion_mismatch', '游客接待完成率', close(comp, N(v) / p['年接待康养游客']['t']['val'] * 100))
    *parts, stot, gw = one(t, r'分别得([\d.]+)分、([\d.]+)分、([\d.]+)分和([\d.]+)分，总分([\d.]+)分，自评等级为“(.)”')
    level_sentence(ck, parts, stot, ft[5], lv, ['out', 'ben', 'sat'], total)
    grade(ck, stot, gw)


# ---------------------------------------------------------------- B 福建 尤溪 2019
def spec_youxi(t, ck):
    Y = 2019
    ck.year('title year', int(one(t, r'^尤溪县林业局(\d{4})年度')) == Y)
    ck.year('截至 date', int(one(t, r'截至(\d{4})年12月31日')) == Y)
    ck.year('carry-forward to a later year', int(one(t, r'结转至(\d{4})年')) > Y)
    ck.year('advance issue in the December before', int(one(t, r'于(\d{4})年12月提前下达')) == Y - 1)
    ck.year('county money issued in the year', int(one(t, r'县级配套资金于(\d{4})年4月拨付')) == Y)
    ck.year('last year comparison', int(one(t, r'比(\d{4})年户均增收')) == Y - 1)
    ck.year('published after the year', int(one(t, r'发布时间：(\d{4})-')) >= Y)
    kinds = {}
    for key, pat in [('jxl', r'金线莲仿野生种植基地([\d,]+)亩，每亩补助([\d,]+)(元|万元)，计([\d.]+)万元'),
                     ('lz', r'灵芝段木栽培基地([\d,]+)亩，每亩补助([\d,]+)(元|万元)，计([\d.]+)万元'),
                     ('zy', r'中药材基地([\d,]+)亩，每亩补助([\d,]+)(元|万元)，计([\d.]+)万元'),
                     ('bee', r'林下养蜂([\d,]+)箱，每箱补助([\d,]+)(元|万元)，计([\d.]+)万元')]:
        q, per, u, amt = one(t, pat)
        kinds[key] = (q, per, u, amt)
        ck.product(f'{key} 补助 = 数量 × 标准', [(q, per, u)], amt)
    ck.sum_('四类补助合计', one(t, r'四类合计补助([\d.]+)万元'), [k[3] for k in kinds.values()])
    ck.sum_('种植类面积合计', one(t, r'种植类基地面积共([\d,]+)亩'), [kinds[k][0] for k in ('jxl', 'lz', 'zy')])
    budget, c, pv, cty = one(t, r'项目全年预算([\d.]+)万元，年初一次性批复，年内未作调整，其中中央财政林业改革发展资金([\d.]+)万元、'
                                r'省级林业专项资金([\d.]+)万元、县级配套资金([\d.]+)万元')
    ck.sum_('全年预算 = 中央 + 省 + 县', budget, [c, pv, cty])
    ck.rate('到位率', one(t, r'资金到位率([\d.]+)%'), N(c) + N(pv) + N(cty), budget)
    spent, er = one(t, r'项目实际支出([\d.]+)万元，预算执行率([\d.]+)%')
    ck.rate('执行率', er, spent, budget)
    sub, tr, br = one(t, r'示范基地建设补助([\d.]+)万元，技术培训([\d.]+)万元，产品检测认证及品牌推介([\d.]+)万元')
    ck.sum_('支出明细', spent, [sub, tr, br])
    ck.sum_('补助 = 四类合计', sub, [k[3] for k in kinds.values()])
    p60 = one(t, r'先兑付60%，计([\d.]+)万元')
    p40 = one(t, r'兑付其余40%，计([\d.]+)万元')
    ck.add('sum_mismatch', '首批60%', close(p60, N(sub) * Dec('0.6')))
    ck.add('sum_mismatch', '尾款40%', close(p40, N(sub) * Dec('0.4')))
    ck.sum_('两次兑付合计', sub, [p60, p40])
    bal = one(t, r'年末结余([\d.]+)万元')
    ck.add('balance_mismatch', '结余 = 预算 - 支出', close(bal, N(budget) - N(spent)))
    nper, ncost = one(t, r'培训林农(\d+)人次，人均培训成本(\d+)元')
    ck.avg('人均培训成本', ncost, N(tr) * 10000, nper)
    s0, s1, sr = one(t, r'抽查中药材基地种苗([\d.]+)万株，成活([\d.]+)万株，成活率([\d.]+)%')
    ck.rate('成活率', sr, s1, s0)
    hh, avg, tot = one(t, r'带动农户(\d+)户，户均增收([\d,]+)元，合计增收([\d.]+)万元')
    ck.avg('户均增收', avg, N(tot) * 10000, hh)
    prev, diff = one(t, r'比2018年户均增收([\d,]+)元多([\d,]+)元')
    ck.add('sum_mismatch', '比上年多', N(avg) - N(prev) == N(diff))
    vn, vk, sat = one(t, r'回访受益农户(\d+)户，表示满意的(\d+)户，满意度([\d.]+)%')
    ck.rate('满意度', sat, vk, vn)
    # funds table
    ft = cells(t, '合计')
    rc, rp, rx = cells(t, '其中：中央资金'), cells(t, '省级资金'), cells(t, '县级资金')
    for i, col in enumerate(['年初预算数', '全年预算数', '全年执行数']):
        ck.sum_(f'funds table {col}', ft[i], [rc[i], rp[i], rx[i]])
    ck.add('rate_mismatch', '未作调整 ⇒ 年初 = 全年', N(ft[0]) == N(ft[1]))
    funds_exec(ck, ft[3], ft[2], ft[1], ft[4], ft[5])
    ck.conf('table 全年预算 = text', ft[1], budget)
    ck.conf('table 执行 = text', ft[2], spent)
    ck.conf('table 执行率 = text', ft[3].rstrip('%'), er)
    ck.conf('table 中央 = text', rc[1], c)
    ck.conf('table 省级 = text', rp[1], pv)
    ck.conf('table 县级 = text', rx[1], cty)
    rows = [('金线莲种植面积', 'out'), ('中药材种植面积', 'out'), ('林下养蜂规模', 'out'), ('技术培训期数', 'out'),
            ('种苗成活率', 'out'), ('基地验收合格率', 'out'), ('补助兑付时间', 'out'), ('中药材每亩补助', 'out'),
            ('人均培训成本', 'out'), ('户均增收', 'ben'), ('带动农户数', 'ben'), ('经营区森林覆盖率', 'ben'),
            ('辐射带动新增面积', 'ben'), ('受益农户满意度', 'sat')]
    subs = {'out': ('小计', 0), 'ben': ('小计', 1), 'sat': ('小计', 2)}
    p, lv, _ = indicator_table(ck, t, rows, subs, ft[4], ft[5], total_label=None, comp_col=True)
    ck.conf('金线莲 text = table', kinds['jxl'][0], act(p, '金线莲种植面积'))
    ck.conf('中药材 text = table', kinds['zy'][0], act(p, '中药材种植面积'))
    ck.conf('养蜂 text = table', kinds['bee'][0], act(p, '林下养蜂规模'))
    ck.conf('中药材每亩补助 text = table', kinds['zy'][1], act(p, '中药材每亩补助'))
    ck.conf('培训期数 text = table', one(t, r'举办技术培训(\d+)期，'), act(p, '技术培训期数'))
    ck.conf('成活率 text = table', sr, act(p, '种苗成活率'))
    ck.conf('人均培训成本 text = table', ncost, act(p, '人均培训成本'))
    ck.conf('户均增收 text = table', avg, act(p, '户均增收'))
    ck.conf('带动农户 text = table', hh, act(p, '带动农户数'))
    ck.conf('覆盖率 text = table', one(t, r'森林覆盖率保持在([\d.]+)%'), act(p, '经营区森林覆盖率'))
    ck.conf('辐射面积 text = table', one(t, r'新发展林下经济(\d+)亩'), act(p, '辐射带动新增面积'))
    ck.conf('满意度 text = table', sat, act(p, '受益农户满意度'))
    ck.add('year_mismatch', '兑付日期 text = table', p['补助兑付时间']['a']['date'][0] == Y)
    *parts, stot, gw = one(t, r'预算执行率得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，'
                              r'满意度指标得([\d.]+)分，综合得分([\d.]+)分，评价等级为“(.)”')
    level_sentence(ck, parts, stot, ft[5], lv, ['out', 'ben', 'sat'])
    grade(ck, stot, gw)


# ---------------------------------------------------------------- C 湖北 罗田 2023
def spec_luotian(t, ck):
    Y = 2023
    ck.year('title year', int(one(t, r'^罗田县林业局(\d{4})年度')) == Y)
    ck.year('table header year', int(one(t, r'项目支出绩效自评表（(\d{4})年度）')) == Y)
    ck.year('截至 date', int(one(t, r'截至(\d{4})年6月30日')) == Y)
    ck.year('carry-forward to a later year', int(one(t, r'结转至(\d{4})年')) > Y)
    ck.year('money issued in the year', int(one(t, r'中央和省级资金于(\d{4})年3月下达')) == Y)
    ck.year('report dated in or after the year', int(one(t, r'\n(\d{4})年\d{1,2}月\d{1,2}日\n\n附件')) >= Y)
    b0, add, annual = one(t, r'项目年初预算([\d.]+)万元；10月，县财政追加县级配套资金([\d.]+)万元，全年预算([\d.]+)万元')
    ck.sum_('全年预算 = 年初 + 追加', annual, [b0, add])
    c, pv, cty = one(t, r'中央财政林业改革发展资金([\d.]+)万元、省级林业专项资金([\d.]+)万元、县级财政资金([\d.]+)万元')
    ck.sum_('全年预算 = 中央 + 省 + 县', annual, [c, pv, cty])
    h, hr = one(t, r'项目支付([\d.]+)万元，上半年支出进度([\d.]+)%')
    ck.rate('上半年支出进度', hr, h, annual)
    spent, er = one(t, r'全年实际支出([\d.]+)万元，预算执行率([\d.]+)%')
    ck.rate('执行率', er, spent, annual)
    items = one(t, r'茯苓种植补助([\d.]+)万元，天麻种植补助([\d.]+)万元，茯苓菌种统一采购([\d.]+)万元，'
                   r'基地作业道及排水设施([\d.]+)万元，技术培训和品牌推介([\d.]+)万元')
    ck.sum_('支出明细', spent, items)
    fa, fper, fu, famt = one(t, r'([\d,]+)亩分布在九资河、河铺等5个乡镇，按每亩([\d,]+)(元|万元)标准补助，计([\d.]+)万元')
    ck.product('茯苓补助 = 面积 × 标准', [(fa, fper, fu)], famt)
    ck.conf('茯苓补助 = 支出明细', famt, items[0])
    t1, t2, t3, tav, tper, tu, tamt = one(
        t, r'面积分别为([\d,]+)亩、([\d,]+)亩、([\d,]+)亩，平均每镇([\d,]+)亩，按每亩([\d,]+)(元|万元)补助，计([\d.]+)万元')
    ck.avg('天麻平均每镇面积', tav, N(t1) + N(t2) + N(t3), 3)
    tarea = one(t, r'天麻林下种植基地([\d,]+)亩')
    ck.sum_('天麻面积 = 三镇之和', tarea, [t1, t2, t3])
    ck.product('天麻补助 = 面积 × 标准', [(tarea, tper, tu)], tamt)
    ck.conf('天麻补助 = 支出明细', tamt, items[1])
    ct = one(t, r'中标合同金额([\d.]+)万元')
    ck.conf('菌种合同 = 支出明细', ct, items[2])
    ck.add('sum_mismatch', '预付40%', close(one(t, r'签订后预付40%，计([\d.]+)万元'), N(ct) * Dec('0.4')))
    ck.add('sum_mismatch', '其余60%', close(one(t, r'支付其余60%，计([\d.]+)万元'), N(ct) * Dec('0.6')))
    fdone, fcomp = one(t, r'建成茯苓林下种植基地([\d,]+)亩，完成年度目标的([\d.]+)%')
    ck.conf('茯苓面积 text', fdone, fa)
    c0, c1, csr = one(t, r'抽查茯苓窖([\d,]+)窖，结苓([\d,]+)窖，下窖成活率([\d.]+)%')
    ck.rate('下窖成活率', csr, c1, c0)
    hh, avg, tot = one(t, r'带动农户(\d+)户参与林下中药材种植，户均增收([\d,]+)元，合计增收([\d.]+)万元')
    ck.avg('户均增收', avg, N(tot) * 10000, hh)
    sn, sk, sat = one(t, r'抽取受益农户(\d+)户开展问卷调查，表示满意的(\d+)户，满意度([\d.]+)%')
    ck.rate('满意度', sat, sk, sn)
    # funds table
    ft = cells(t, '资金总额')
    rc, rp, rx = cells(t, '其中：中央资金'), cells(t, '省级资金'), cells(t, '县级资金')
    for i, col in enumerate(['年初预算数', '全年预算数', '实际到位数', '全年执行数']):
        ck.sum_(f'funds table {col}', ft[i], [rc[i], rp[i], rx[i]])
    ck.add('balance_mismatch', 'table 结余 = 到位 - 执行', close(ft[4], N(ft[2]) - N(ft[3])))
    ck.add('rate_mismatch', '全部到位 ⇒ 到位 = 全年预算', N(ft[2]) == N(ft[1]))
    for r, nm in ((rc, '中央'), (rp, '省级'), (rx, '县级')):
        ck.rate(f'{nm} 执行率', r[5].rstrip('%'), r[3], r[1])
    ck.sum_('县级 全年 = 年初 + 追加', rx[1], [rx[0], add])
    funds_exec(ck, ft[5], ft[3], ft[1], ft[6], ft[7])
    ck.conf('table 年初 = text', ft[0], b0)
    ck.conf('table 全年 = text', ft[1], annual)
    ck.conf('table 执行 = text', ft[3], spent)
    ck.conf('table 执行率 = text', ft[5].rstrip('%'), er)
    ck.conf('table 中央 = text', rc[1], c)
    ck.conf('table 省级 = text', rp[1], pv)
    ck.conf('table 县级 = text', rx[1], cty)
    rows = [('茯苓种植面积', 'out'), ('天麻种植面积', 'out'), ('标准化示范基地', 'out'), ('菌种检验合格率', 'out'),
            ('茯苓下窖成活率', 'out'), ('菌种下窖时间', 'out'), ('茯苓每亩补助', 'out'),
            ('户均增收', 'ben'), ('带动农户数', 'ben'), ('基地林地保有量', 'ben'), ('订单收购企业', 'ben'),
            ('农户满意度', 'sat')]
    subs = {'out': ('产出小计', 0), 'ben': ('效益小计', 0), 'sat': ('满意度小计', 0)}
    p, lv, total = indicator_table(ck, t, rows, subs, ft[6], ft[7], total_label='合计')
    ck.add('completion_mismatch', '茯苓完成率', close(fcomp, N(fdone) / p['茯苓种植面积']['t']['val'] * 100))
    ck.conf('茯苓面积 text = table', fdone, act(p, '茯苓种植面积'))
    ck.conf('茯苓目标 text = table', one(t, r'建设茯苓林下种植基地([\d,]+)亩以上'), p['茯苓种植面积']['t']['num'])
    ck.conf('天麻面积 text = table', tarea, act(p, '天麻种植面积'))
    ck.conf('成活率 text = table', csr, act(p, '茯苓下窖成活率'))
    ck.conf('每亩补助 text = table', fper, act(p, '茯苓每亩补助'))
    ck.conf('户均增收 text = table', avg, act(p, '户均增收'))
    ck.conf('带动农户 text = table', hh, act(p, '带动农户数'))
    ck.conf('满意度 text = table', sat, act(p, '农户满意度'))
    ck.add('year_mismatch', '下窖日期 text = table',
           one(t, r'茯苓菌种于(\d{4})年5月26日全部下窖') == str(p['菌种下窖时间']['a']['date'][0]))
    *parts, stot, gw = one(t, r'分别得([\d.]+)分、([\d.]+)分、([\d.]+)分、([\d.]+)分，自评总分([\d.]+)分，等级为“(.)”')
    level_sentence(ck, parts, stot, ft[7], lv, ['out', 'ben', 'sat'], total)
    grade(ck, stot, gw)


# ---------------------------------------------------------------- D 四川 洪雅 2020
def spec_hongya(t, ck):
    Y = 2020
    ck.year('title year', int(one(t, r'^[^\n]*\n(\d{4})年度玉屏山')) == Y)
    ck.year('table header year', int(one(t, r'附表：项目支出绩效自评表（(\d{4})年度）')) == Y)
    ck.year('截至 date', int(one(t, r'截至(\d{4})年12月31日')) == Y)
    ck.year('carry-forward to a later year', int(one(t, r'结转(\d{4})年支付')) > Y)
    ck.year('implementation period', int(one(t, r'实施期为(\d{4})年3月')) == Y)
    ck.year('money issued in the year', int(one(t, r'省级资金于(\d{4})年4月全额到位')) == Y)
    b0, f0, prov, cty, unitf = one(t, r'项目年初预算([\d.]+)万元，其中财政资金([\d.]+)万元（省级林业改革发展资金([\d.]+)万元、'
                                     r'县级财政资金([\d.]+)万元），县国有林场单位资金([\d.]+)万元')
    ck.sum_('年初 = 财政 + 单位', b0, [f0, unitf])
    ck.sum_('财政 = 省 + 县', f0, [prov, cty])
    cut, annual, f1 = one(t, r'调减([\d.]+)万元，调整后项目预算([\d.]+)万元，其中财政资金([\d.]+)万元')
    ck.add('sum_mismatch', '调整后财政资金 = 年初 - 调减', close(f1, N(f0) - N(cut)))
    ck.sum_('调整后预算 = 财政 + 单位', annual, [f1, unitf])
    ck.add('sum_mismatch', '调减后县级 = 县级 - 调减', close(one(t, r'调减后的县级资金([\d.]+)万元'), N(cty) - N(cut)))
    spent, er, fs, us = one(t, r'项目累计支出([\d.]+)万元，预算执行率([\d.]+)%，其中财政资金支出([\d.]+)万元、单位资金支出([\d.]+)万元')
    ck.rate('执行率', er, spent, annual)
    ck.sum_('支出 = 财政 + 单位', spent, [fs, us])
    items = one(t, r'步道及驿站工程([\d.]+)万元，林分补植改造([\d.]+)万元，负氧离子在线监测站([\d.]+)万元，'
                   r'标识导览系统([\d.]+)万元，基地管护及宣传推介([\d.]+)万元')
    ck.sum_('支出明细', spent, items)
    bal = one(t, r'年末未支付的([\d.]+)万元')
    ck.add('balance_mismatch', '未支付 = 预算 - 支出', close(bal, N(annual) - N(spent)))
    contract = one(t, r'合同价([\d.]+)万元，合同约定')
    ck.add('sum_mismatch', '首付30%', close(one(t, r'首付款30%即([\d.]+)万元'), N(contract) * Dec('0.3')))
    ck.add('sum_mismatch', '付至95% = 工程支出', close(items[0], N(contract) * Dec('0.95')))
    ck.add('balance_mismatch', '质保金5% = 未支付', close(bal, N(contract) * Dec('0.05')))
    per, u, area, amt = one(t, r'林分补植按每亩([\d,]+)(元|万元)标准核算，补植改造([\d,]+)亩，共计([\d.]+)万元')
    ck.product('补植 = 面积 × 标准', [(area, per, u)], amt)
    ck.conf('补植金额 = 支出明细', amt, items[1])
    p0, p1, sr = one(t, r'树种([\d,]+)株，经秋季核查成活([\d,]+)株，成活率([\d.]+)%')
    ck.rate('成活率', sr, p1, p0)
    ck.pct('监测数据有效率', one(t, r'数据有效率([\d.]+)%'))
    trail = one(t, r'全年新建康养步道([\d.]+)公里')
    area2 = one(t, r'完成补植改造([\d,]+)亩')
    ck.conf('补植面积 text', area2, area)
    vis = one(t, r'全年接待康养游客([\d.]+)万人次')
    jobs = one(t, r'带动周边农户就业(\d+)人；')
    hh, avg, tot = one(t, r'(\d+)户农户发展农家乐和康养民宿，户均增收([\d.]+)万元，合计增收([\d.]+)万元')
    ck.avg('户均增收', avg, tot, hh)
    sn, sk, sat = one(t, r'有效样本(\d+)份，满意及基本满意(\d+)份，满意度([\d.]+)%')
    ck.rate('满意度', sat, sk, sn)
    # funds table
    ft = cells(t, '年度资金总额')
    rf, rs, ru, ro = cells(t, '其中：财政资金'), cells(t, '财政专户管理资金'), cells(t, '单位资金'), cells(t, '其他资金')
    for i, col in enumerate(['年初预算数', '全年预算数', '全年执行数']):
        ck.sum_(f'funds table {col}', ft[i], [rf[i], rs[i], ru[i], ro[i]])
    funds_exec(ck, ft[4], ft[2], ft[1], ft[3], ft[5])
    ck.conf('table 年初 = text', ft[0], b0)
    ck.conf('table 全年 = text', ft[1], annual)
    ck.conf('table 执行 = text', ft[2], spent)
    ck.conf('table 执行率 = text', ft[4].rstrip('%'), er)
    ck.conf('table 财政年初 = text', rf[0], f0)
    ck.conf('table 财政全年 = text', rf[1], f1)
    ck.conf('table 财政执行 = text', rf[2], fs)
    ck.conf('table 单位资金 = text', ru[1], unitf)
    rows = [('新建康养步道', 'out'), ('驿站建筑面积', 'out'), ('补植改造面积', 'out'), ('工程验收合格率', 'out'),
            ('补植成活率', 'out'), ('工程完工时间', 'out'), ('工程合同价', 'out'),
            ('年接待康养游客', 'ben'), ('带动农户就业', 'ben'), ('森林覆盖率提高', 'ben'), ('设施管护制度', 'ben'),
            ('游客满意度', 'sat')]
    subs = {'out': ('产出指标小计', 0), 'ben': ('效益指标小计', 0), 'sat': ('满意度指标小计', 0)}
    p, lv, total = indicator_table(ck, t, rows, subs, ft[3], ft[5], total_label='总分')
    ck.conf('步道 text = table', trail, act(p, '新建康养步道'))
    ck.conf('补植面积 text = table', area, act(p, '补植改造面积'))
    ck.conf('成活率 text = table', sr, act(p, '补植成活率'))
    ck.conf('合同价 text = table', contract, act(p, '工程合同价'))
    ck.conf('游客 text = table', vis, act(p, '年接待康养游客'))
    ck.conf('就业 text = table', jobs, act(p, '带动农户就业'))
    ck.conf('满意度 text = table', sat, act(p, '游客满意度'))
    ck.conf('步道目标 text = table', one(t, r'新建康养步道不少于(\d+)公里'), p['新建康养步道']['t']['num'])
    ck.conf('驿站目标 text = table', one(t, r'驿站建筑面积不少于([\d,]+)平方米'), p['驿站建筑面积']['t']['num'])
    ck.add('year_mismatch', '完工日期 text = table',
           one(t, r'工程于(\d{4})年11月20日完工') == str(p['工程完工时间']['a']['date'][0]))
    *parts, stot, gw = one(t, r'项目预算执行率得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，'
                              r'满意度指标得([\d.]+)分，自评总分([\d.]+)分，等级为(.)。')
    level_sentence(ck, parts, stot, ft[5], lv, ['out', 'ben', 'sat'], total)
    grade(ck, stot, gw)


# ---------------------------------------------------------------- E 河南 新县 2024 (部门整体)
def spec_xinxian(t, ck):
    Y = 2024
    ck.year('title year', int(one(t, r'^新县林业局(\d{4})年度部门整体')) == Y)
    ck.year('table header year', int(one(t, r'部门整体支出绩效自评表（(\d{4})年度）')) == Y)
    ck.year('carry-forward to a later year', int(one(t, r'结转至(\d{4})年')) > Y)
    ck.year('staff at the end of the year', int(one(t, r'(\d{4})年末在职人员')) == Y)
    ck.year('last year comparison', int(one(t, r'（(\d{4})年为10.8万人次）')) == Y - 1)
    ck.year('report dated in or after the year', int(one(t, r'\n(\d{4})年\d{1,2}月\d{1,2}日\n\n附件')) >= Y)
    annual, fisc, cin, oth = one(t, r'全年预算([\d,.]+)万元，其中一般公共预算财政拨款([\d,.]+)万元、上年结转([\d.]+)万元、其他收入([\d.]+)万元')
    ck.sum_('全年预算 = 拨款 + 结转 + 其他', annual, [fisc, cin, oth])
    b0, add = one(t, r'年初预算([\d,.]+)万元，年中追加林下经济和森林康养项目资金([\d.]+)万元')
    ck.sum_('全年预算 = 年初 + 追加', annual, [b0, add])
    spent, er = one(t, r'全年支出([\d,.]+)万元，部门预算执行率([\d.]+)%')
    ck.rate('部门执行率', er, spent, annual)
    bs, pers, pub, bb, br = one(t, r'基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元），预算([\d.]+)万元，执行率([\d.]+)%')
    ck.sum_('基本支出 = 人员 + 公用', bs, [pers, pub])
    ck.rate('基本支出执行率', br, bs, bb)
    ps, pb, pr = one(t, r'项目支出([\d.]+)万元，预算([\d.]+)万元，执行率([\d.]+)%')
    ck.rate('项目支出执行率', pr, ps, pb)
    ck.sum_('支出 = 基本 + 项目', spent, [bs, ps])
    ck.sum_('预算 = 基本 + 项目', annual, [bb, pb])
    items = one(t, r'林下经济发展([\d.]+)万元，森林康养基地建设([\d.]+)万元，森林防火([\d.]+)万元，国土绿化([\d.]+)万元')
    ck.sum_('项目支出明细', ps, items)
    ck.add('balance_mismatch', '结转 = 预算 - 支出', close(one(t, r'年末结转资金([\d.]+)万元'), N(annual) - N(spent)))
    newa, comp = one(t, r'全年新发展林下经济([\d,]+)亩，完成年度任务的([\d.]+)%')
    k1 = one(t, r'油茶林下套种黄精([\d,]+)亩，每亩补助([\d,]+)(元|万元)')
    k2 = one(t, r'中药材([\d,]+)亩，每亩补助([\d,]+)(元|万元)')
    k3 = one(t, r'林下养鸡基地([\d,]+)亩，每亩补助([\d,]+)(元|万元)')
    ck.sum_('三类面积 = 新发展面积', newa, [k1[0], k2[0], k3[0]])
    ck.product('三类补助合计', [k1, k2, k3], one(t, r'三类基地补助资金共([\d.]+)万元'))
    ent = one(t, r'经营主体达到(\d+)家')
    hh, avg, tot = one(t, r'带动农户([\d,]+)户（其中脱贫户\d+户）参与林下种养，户均增收([\d,]+)元，合计增收([\d.]+)万元')
    ck.avg('户均增收', avg, N(tot) * 10000, hh)
    trail = one(t, r'新建康养步道([\d.]+)公里')
    ct = one(t, r'工程合同价([\d.]+)万元')
    ck.add('sum_mismatch', '预付25%', close(one(t, r'预付25%（([\d.]+)万元）'), N(ct) * Dec('0.25')))
    ck.add('sum_mismatch', '尾款10%', close(one(t, r'剩余10%（([\d.]+)万元）'), N(ct) * Dec('0.10')))
    vis, gr, vis0 = one(t, r'接待康养游客([\d.]+)万人次，同比增长([\d.]+)%（2023年为([\d.]+)万人次）')
    ck.rate('游客同比增长', gr, N(vis) - N(vis0), vis0, bounded=False)
    fire = one(t, r'森林火灾受害率([\d.]+)‰')
    plant = one(t, r'完成人工造林([\d,]+)亩')
    s0, s1, sr = one(t, r'栽植苗木([\d.]+)万株，经核查成活([\d.]+)万株，成活率([\d.]+)%')
    ck.rate('造林成活率', sr, s1, s0)
    # funds table
    ft = cells(t, '部门预算合计')
    rb, rp = cells(t, '其中：基本支出'), cells(t, '项目支出')
    for i, col in enumerate(['年初预算数', '全年预算数', '全年执行数']):
        ck.sum_(f'funds table {col}', ft[i], [rb[i], rp[i]])
    ck.sum_('项目 全年 = 年初 + 追加', rp[1], [rp[0], add])
    funds_exec(ck, ft[4], ft[2], ft[1], ft[3], ft[5])
    ck.conf('table 年初 = text', ft[0], b0)
    ck.conf('table 全年 = text', ft[1], annual)
    ck.conf('table 执行 = text', ft[2], spent)
    ck.conf('table 执行率 = text', ft[4].rstrip('%'), er)
    ck.conf('table 基本预算 = text', rb[1], bb)
    ck.conf('table 基本执行 = text', rb[2], bs)
    ck.conf('table 项目预算 = text', rp[1], pb)
    ck.conf('table 项目执行 = text', rp[2], ps)
    rows = [('新发展林下经济面积', 'out'), ('康养步道建设长度', 'out'), ('完成人工造林面积', 'out'), ('造林成活率', 'out'),
            ('康养工程验收合格率', 'out'), ('补助兑付时间', 'out'), ('油茶林下每亩补助', 'out'),
            ('带动农户户均增收', 'ben'), ('康养基地年接待游客', 'ben'), ('森林火灾受害率', 'ben'),
            ('林下经济经营主体', 'ben'), ('群众满意度', 'sat')]
    subs = {'out': ('产出指标小计', 0), 'ben': ('效益指标小计', 0), 'sat': ('满意度指标小计', 0)}
    p, lv, total = indicator_table(ck, t, rows, subs, ft[3], ft[5], total_label='总分')
    ck.add('completion_mismatch', '林下经济完成率', close(comp, N(newa) / p['新发展林下经济面积']['t']['val'] * 100))
    ck.conf('新发展面积 text = table', newa, act(p, '新发展林下经济面积'))
    ck.conf('步道 text = table', trail, act(p, '康养步道建设长度'))
    ck.conf('造林 text = table', plant, act(p, '完成人工造林面积'))
    ck.conf('成活率 text = table', sr, act(p, '造林成活率'))
    ck.conf('每亩补助 text = table', k1[1], act(p, '油茶林下每亩补助'))
    ck.conf('户均增收 text = table', avg, act(p, '带动农户户均增收'))
    ck.conf('户均增收目标 text = table', one(t, r'户均增收未达到([\d,]+)元的目标'), p['带动农户户均增收']['t']['num'])
    ck.conf('游客 text = table', vis, act(p, '康养基地年接待游客'))
    ck.conf('火灾受害率 text = table', fire, act(p, '森林火灾受害率'))
    ck.conf('经营主体 text = table', ent, act(p, '林下经济经营主体'))
    ck.conf('经营主体目标 text = table', one(t, r'经营主体少于(\d+)家的目标'), p['林下经济经营主体']['t']['num'])
    *parts, stot = one(t, r'分别得([\d.]+)分、([\d.]+)分、([\d.]+)分、([\d.]+)分，总分([\d.]+)分')
    level_sentence(ck, parts, stot, ft[5], lv, ['out', 'ben', 'sat'], total)
    grade(ck, total, one(t, r'(?m)^自评等级 {2,}(\S+)'))


SPECS = {
    'jx-jingan-senlinkangyang-2021': spec_jingan,
    'fj-youxi-linxiajingji-2019': spec_youxi,
    'hb-luotian-linxiayaocai-2023': spec_luotian,
    'sc-hongya-kangyangbudao-2020': spec_hongya,
    'ha-xinxian-linyeju-bumen-2024': spec_xinxian,
}


# ---------------------------------------------------------------- structural checks
def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s   # [p, ea) in a, [p, eb) in b


NUM_TOKEN = re.compile(r'\d[\d,]*(?:\.\d+)?')


def token_at(text, start, end):
    """the whole number token around [start, end) if the changed span touches digits"""
    i, j = start, end
    while i > 0 and (text[i - 1].isdigit() or text[i - 1] in ',.'):
        i -= 1
    while j < len(text) and (text[j].isdigit() or text[j] in ',.'):
        j += 1
    tok = text[i:j].strip().strip(',.')
    return tok if re.fullmatch(r'\d[\d,]*(?:\.\d+)?', tok) else None


def main():
    problems = []
    labels = [json.loads(line) for line in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if line.strip()]
    texts = {}
    for rec in labels:
        texts[rec['case']] = open(os.path.join(CASES, rec['case']), encoding='utf-8').read()
    listed = set(os.listdir(CASES))
    if listed != set(texts):
        problems.append(f'cases/ and labels.jsonl disagree: {sorted(listed ^ set(texts))}')
    code_count = {c: 0 for c in ERROR_CODES}
    n_clean = n_err = 0
    for rec in labels:
        name, src = rec['case'], rec['source']
        text = texts[name]
        clean = texts[f'{src}-clean.txt']
        if rec['clean']:
            n_clean += 1
            if rec['expected']:
                problems.append(f'{name}: clean case with expected findings')
        else:
            n_err += 1
            if len(rec['expected']) != 1:
                problems.append(f'{name}: expected exactly one label')
                continue
            lab = rec['expected'][0]
            if lab['code'] not in ERROR_CODES or lab['severity'] != 'error':
                problems.append(f'{name}: bad code/severity {lab}')
                continue
            code_count[lab['code']] += 1
            cnt = text.count(lab['value'])
            if cnt != 1:
                problems.append(f'{name}: value {lab["value"]!r} occurs {cnt} times')
                continue
            vs = text.index(lab['value'])
            ve = vs + len(lab['value'])
            p, ea, eb = diff_region(clean, text)
            if p == len(clean) and p == len(text):
                problems.append(f'{name}: identical to the clean draft')
                continue
            if eb - p > 40 or ea - p > 40:
                problems.append(f'{name}: edit region too long ({clean[p:ea]!r} -> {text[p:eb]!r})')
            if not (max(vs, p) < min(ve, max(eb, p + 1))):
                problems.append(f'{name}: edit at [{p},{eb}) does not overlap value at [{vs},{ve})')
            if lab['code'] != 'conflicting_values':
                tok = token_at(clean, p, max(ea, p + 1))
                small_int = tok is not None and '.' not in tok and len(tok.replace(',', '')) <= 2
                year_tok = tok is not None and re.fullmatch(r'(19|20)\d\d', tok) is not None
                if tok and not small_int and not year_tok:
                    n_occ = sum(1 for m in NUM_TOKEN.finditer(clean) if m.group(0).strip(',.') == tok)
                    if n_occ != 1:
                        problems.append(f'{name}: changed figure {tok} occurs {n_occ} times in the clean draft')
        # arithmetic
        ck = Ck()
        try:
            SPECS[src](text, ck)
        except SpecError as e:
            problems.append(f'{name}: spec error: {e}')
            continue
        failing = [(c, n) for c, n, ok in ck.res if not ok]
        if rec['clean']:
            for c, n in failing:
                problems.append(f'{name}: clean draft fails {c}: {n}')
        else:
            code = rec['expected'][0]['code']
            fcodes = {c for c, _ in failing if c in ERROR_CODES}
            if code not in fcodes:
                problems.append(f'{name}: labelled {code} does not fail (failing: {sorted(fcodes)})')
            other = fcodes - {code}
            if other:
                problems.append(f'{name}: other error codes fail: '
                                + '; '.join(f'{c}: {n}' for c, n in failing if c in other))
        rec['_n_checks'] = len(ck.res)
    for c, n in code_count.items():
        if n < 2:
            problems.append(f'code {c} used {n} times (< 2)')
    print(f'{n_clean} clean + {n_err} error cases; checks per case: '
          + ', '.join(sorted({str(r.get("_n_checks")) for r in labels})))
    print('codes: ' + ', '.join(f'{c}={n}' for c, n in code_count.items()))
    if problems:
        for pr in problems:
            print('FAIL', pr)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
