#!/usr/bin/env python3
"""Verify this labelled set (standard library only, decimal.Decimal).

1. every label value occurs (exactly once) in its case;
2. every error case differs from its clean draft in one contiguous place that overlaps the value;
3. every code is used at least twice;
4. the arithmetic of every case is redone from its own text: a clean draft must pass every check,
   an error case must fail the labelled code and no other error-level code.
Prints OK at the end when everything holds.
"""
import html
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
CODES = ['rate_mismatch', 'balance_mismatch', 'sum_mismatch', 'score_sum_mismatch',
         'score_exceeds_weight', 'weight_sum_mismatch', 'grade_mismatch', 'average_mismatch',
         'conflicting_values', 'implausible_rate', 'unit_mismatch', 'year_mismatch',
         'completion_mismatch']
HUNDRED = Decimal(100)
EPS = Decimal('1e-9')
SCALES = [Decimal(10) ** 4, Decimal(10) ** 8, Decimal(10) ** -4, Decimal(10) ** -8]
NUM = re.compile(r'-?\d+(?:\.\d+)?')


# ------------------------------------------------------------------ parsing helpers
def num(s):
    m = NUM.search(s.replace(',', ''))
    if not m:
        raise ValueError('no number in %r' % s)
    return Decimal(m.group())


def decimals(s):
    m = NUM.search(s.replace(',', ''))
    return len(m.group().split('.')[1]) if '.' in m.group() else 0


def tol(s):
    return Decimal('0.5') * Decimal(10) ** -decimals(s) + EPS


def close(stated, computed):
    """rules §8: a stated value with d decimals matches c iff |c - v| <= 0.5 * 10^-d."""
    return abs(num(stated) - computed) <= tol(stated)


UNITS = {  # unit -> (family, factor to the family's base)
    '元': ('money', Decimal('0.0001')), '万元': ('money', Decimal(1)), '亿元': ('money', Decimal(10000)),
    '亩': ('area', Decimal(1)), '万亩': ('area', Decimal(10000)),
    '立方米': ('volume', Decimal(1)), '万立方米': ('volume', Decimal(10000)),
    '%': ('percent', Decimal(1)),
}


def unit_of(s):
    s = html.unescape(s).strip()
    if re.search(r'\d{4}年', s):
        return 'date'
    s = re.sub(r'^[≥≤＞＜><=＝]+', '', s)
    s = NUM.sub('', s, count=1).strip()
    s = re.sub(r'/(株|亩|栋|个)$', '', s)          # 元/株 -> 元 (a per-unit money amount)
    s = re.sub(r'(以上|以内|左右)$', '', s)
    return s


def qty(s):
    """(value in the family's base unit, family) of a figure with its unit."""
    u = unit_of(s)
    fam, f = UNITS.get(u, (u, Decimal(1)))
    return num(s) * f, fam


def direction(target):
    t = html.unescape(target).strip()
    if t[:1] in '≥＞>' or '不低于' in t or '不少于' in t or '以上' in t:
        return 'gte'
    if t[:1] in '≤＜<' or '不超过' in t or '以内' in t:
        return 'lte'
    return 'eq'


def completion(target, actual):
    t, _ = qty(target)
    a, _ = qty(actual)
    if direction(target) == 'lte':
        return HUNDRED if a <= t else t / a * HUNDRED
    return a / t * HUNDRED


def grade_band(total):
    if total >= 90:
        return '优'
    if total >= 80:
        return '良'
    if total >= 60:
        return '中'
    return '差'


GRADE_WORDS = {'优': '优', '优秀': '优', '良': '良', '良好': '良', '中': '中', '中等': '中',
               '一般': '中', '合格': '中', '差': '差', '较差': '差', '不合格': '差'}


def group_of(level1):
    for key in ('预算执行', '产出', '效益', '满意度'):
        if key in level1:
            return key
    raise ValueError('unknown level-1 indicator %r' % level1)


def one(pattern, text, flags=0):
    """Groups of the single match of pattern in text (error if 0 or >1 matches)."""
    ms = list(re.finditer(pattern, text, flags))
    if len(ms) != 1:
        raise ValueError('pattern %r matched %d times' % (pattern, len(ms)))
    return ms[0].groups()


# ------------------------------------------------------------------ table readers
def cells_table(region):
    """One cell per line, tab-indented, blank line between rows (Word → text, seed 003)."""
    rows = []
    for block in re.split(r'\n\n+', region.strip('\n')):
        lines = [ln for ln in block.split('\n') if ln.startswith('\t')]
        if lines:
            rows.append([ln[1:].strip() for ln in lines])
    return rows


def tab_table(region):
    return [ln.split('\t') for ln in region.split('\n') if '\t' in ln]


def html_table(region):
    rows = []
    for tr in re.findall(r'<tr>(.*?)</tr>', region, re.S):
        cells = re.findall(r'<td[^>]*>(.*?)</td>', tr, re.S)
        rows.append([html.unescape(re.sub(r'<br\s*/?>', '', c)).replace('\xa0', ' ').strip()
                     for c in cells])
    return rows


def pipe_table(region):
    return [[c.strip() for c in ln.strip().strip('|').split('|')]
            for ln in region.split('\n') if ln.startswith('|')]


def row(rows, name, col=0):
    hits = [r for r in rows if len(r) > col and r[col] == name]
    if len(hits) != 1:
        raise ValueError('row %r found %d times' % (name, len(hits)))
    return hits[0]


# ------------------------------------------------------------------ the checker
class Checker:
    def __init__(self, year):
        self.year = year
        self.fails = []

    def fail(self, code, msg):
        self.fails.append((code, msg))

    # amounts -------------------------------------------------------------
    def same(self, a, b, what):
        """Two statements of one quantity (I11); a power-of-ten gap is a unit slip (errors #11b)."""
        va, fa = qty(a)
        vb, fb = qty(b)
        if fa != fb:
            self.fail('unit_mismatch', '%s: %s vs %s (different units)' % (what, a, b))
            return
        if abs(va - vb) <= max(tol(a) * qty('1' + unit_of(a))[0], tol(b) * qty('1' + unit_of(b))[0]):
            return
        if vb and any(va == vb * s for s in SCALES):
            self.fail('unit_mismatch', '%s: %s vs %s (off by a power of ten)' % (what, a, b))
        else:
            self.fail('conflicting_values', '%s: %s vs %s' % (what, a, b))

    def sum(self, total, parts, what):
        """total = Σ parts (I4); values already in one unit (Decimal) with stated strings."""
        tv = num(total) if isinstance(total, str) else total
        vals = [num(p) if isinstance(p, str) else p for p in parts]
        s = sum(vals, Decimal(0))
        t = tol(total) if isinstance(total, str) else EPS
        if abs(s - tv) <= t:
            return
        for i, v in enumerate(vals):                       # one part written in the wrong unit?
            for k in SCALES:
                if abs(s - v + v / k - tv) <= t:
                    self.fail('unit_mismatch', '%s: part %s off by a power of ten' % (what, v))
                    return
        self.fail('sum_mismatch', '%s: %s ≠ %s' % (what, ' + '.join(map(str, vals)), tv))

    def money_sum(self, total, parts, what):
        """Like sum() but parts carry their own money units (元/万元/亿元)."""
        tv = qty(total)[0]
        vals = [qty(p)[0] for p in parts]
        s = sum(vals, Decimal(0))
        t = tol(total) * qty('1' + unit_of(total))[0]
        if abs(s - tv) <= t:
            return
        for v in vals + [tv]:
            for k in SCALES:
                alt = s - v + v / k if v is not tv else s
                tt = tv / k if v is tv else tv
                if abs(alt - tt) <= t:
                    self.fail('unit_mismatch', '%s: an amount off by a power of ten' % what)
                    return
        self.fail('sum_mismatch', '%s: Σ %s ≠ %s' % (what, s, tv))

    def product(self, count, per_unit, total, what):
        """count × per-unit amount = total (per-unit = average, I10); money units honoured."""
        c = num(count) if isinstance(count, str) else count
        pu = qty(per_unit)[0]
        tv = qty(total)[0]
        comp = c * pu
        t = tol(total) * qty('1' + unit_of(total))[0]
        if abs(comp - tv) <= t:
            return
        if any(abs(comp / k - tv) <= t for k in SCALES):
            self.fail('unit_mismatch', '%s: %s × %s vs %s (power of ten)' % (what, count, per_unit, total))
        else:
            self.fail('average_mismatch', '%s: %s × %s ≠ %s' % (what, count, per_unit, total))

    def balance(self, stated, a, b, what):
        if not close(stated, num(a) - num(b)):
            self.fail('balance_mismatch', '%s: %s - %s ≠ %s' % (what, a, b, stated))

    def diff(self, stated, a, b, what):
        """A stated difference (下降/提高/少/节约) = a - b."""
        if not close(stated, num(a) - num(b)):
            self.fail('sum_mismatch', '%s: %s - %s ≠ %s' % (what, a, b, stated))

    def average(self, stated, items, what, approx=False):
        vals = [num(i) if isinstance(i, str) else Decimal(i) for i in items]
        m = sum(vals, Decimal(0)) / len(vals)
        if not close(stated, m):
            self.fail('average_mismatch', '%s: mean %s ≠ %s' % (what, m, stated))

    # rates -----------------------------------------------------------------
    def rate(self, stated, numer, denom, what):
        """stated rate = numer / denom (I1, I2); zero base and > 100% are implausible (I5)."""
        n = num(numer) if isinstance(numer, str) else Decimal(numer)
        d = num(denom) if isinstance(denom, str) else Decimal(denom)
        st = stated.strip()
        if d == 0:
            if st in ('—', '-', '–', '', '0', '0%', '0.00%'):
                return
            self.fail('implausible_rate', '%s: %s on a zero base' % (what, st))
            return
        c = n / d * HUNDRED
        if st in ('—', '-', ''):
            self.fail('rate_mismatch', '%s: rate missing, expected %s' % (what, c))
            return
        if num(st) > HUNDRED or num(st) < 0 or c > HUNDRED + EPS:
            self.fail('implausible_rate', '%s: %s (computed %s)' % (what, st, c))
        elif not close(st, c):
            self.fail('rate_mismatch', '%s: %s vs computed %s' % (what, st, c))

    def bounded(self, stated, what):
        v = num(stated)
        if v > HUNDRED or v < 0:
            self.fail('implausible_rate', '%s: %s outside 0–100%%' % (what, stated))

    def comp(self, stated, target, actual, what):
        if not close(stated, completion(target, actual)):
            self.fail('completion_mismatch', '%s: %s vs computed %s' % (what, stated, completion(target, actual)))

    # years -----------------------------------------------------------------
    def year_is(self, y, expected, what):
        if int(y) != expected:
            self.fail('year_mismatch', '%s: %s, expected %s' % (what, y, expected))

    def year_after(self, y, what):
        if int(y) <= self.year:
            self.fail('year_mismatch', '%s: %s is not after %s' % (what, y, self.year))

    # indicator table -------------------------------------------------------
    def indicators(self, rows, total_weight, totals, grades, group_weights, group_scores):
        """rows: dicts level1/name/w/target/actual/comp/score; totals: stated total strings."""
        ws = sum((num(r['w']) for r in rows), Decimal(0))
        if ws != 100 or num(total_weight) != 100:
            self.fail('weight_sum_mismatch', 'Σ weights %s, stated %s' % (ws, total_weight))
        for g, w in group_weights.items():
            gs = sum((num(r['w']) for r in rows if group_of(r['level1']) == g), Decimal(0))
            if gs != num(w):
                self.fail('weight_sum_mismatch', '%s weights %s ≠ %s' % (g, gs, w))
        for r in rows:
            if num(r['score']) > num(r['w']) or num(r['score']) < 0:
                self.fail('score_exceeds_weight', '%s: %s > %s' % (r['name'], r['score'], r['w']))
            if r.get('target') is None:
                continue
            ut, ua = qty(r['target'])[1], qty(r['actual'])[1]
            if ut != ua:
                self.fail('unit_mismatch', '%s: target %s, actual %s' % (r['name'], r['target'], r['actual']))
                continue
            if r.get('comp') and ut != 'date':
                self.comp(r['comp'], r['target'], r['actual'], r['name'])
            if ut == 'percent' and ('满意' in r['name'] or '率' in r['name']):
                self.bounded(r['actual'], r['name'])
        ss = sum((num(r['score']) for r in rows), Decimal(0))
        for t in totals:
            if not close(t, ss):
                self.fail('score_sum_mismatch', 'Σ scores %s, stated total %s' % (ss, t))
        for g, s in group_scores.items():
            gs = sum((num(r['score']) for r in rows if group_of(r['level1']) == g), Decimal(0))
            if not close(s, gs):
                self.fail('score_sum_mismatch', '%s scores Σ %s ≠ %s' % (g, gs, s))
        for t, g in grades:
            if GRADE_WORDS[g] != grade_band(num(t)):
                self.fail('grade_mismatch', 'total %s graded %s' % (t, g))


def count_is(c, stated, items, what):
    if int(stated) != len(items):
        c.fail('sum_mismatch', '%s: stated %s, listed %d' % (what, stated, len(items)))


def weights_from(text, pattern):
    """Group weights stated in the text, e.g. 预算执行10分、产出50分、效益30分、满意度10分."""
    seg = one(pattern, text)[0]
    out = {}
    for key, w in re.findall(r'(预算执行|产出|效益|满意度)\D{0,4}?(\d+)分', seg):
        out[key] = w
    return out


def funds_block(c, rows, labels, cols, what):
    """MOF 附件1 funds block: 年度资金总额 = 当年财政拨款 + 上年结转 + 其他 (+ rates)."""
    total, parts = labels[0], labels[1:]
    for k in cols:
        c.sum(row(rows, total)[k], [row(rows, p)[k] for p in parts], '%s col %d' % (what, k))


# ------------------------------------------------------------------ project A (cells)
def check_A(t):
    year = int(one(r'会昌县果业发展中心(\d{4})年度', t)[0])
    c = Checker(year)
    funds = cells_table(t[t.index('（二）预算执行情况'):t.index('年年初预算安排')])
    ind = cells_table(t[t.index('项目支出绩效自评表\n'):])
    c.year_is(one(r'(\d{4})年度项目支出绩效自评表', t)[0], year, 'table year')
    R = {r[0]: r for r in funds if r[0]}
    r1, r2, r3, r4, r5, r6, r7 = (R[k] for k in ('年初预算资金', '全年预算资金', '实际到位资金', '全年执行资金',
                                                '资金结余', '预算到位率(%)', '预算执行率(%)'))
    # columns: 2 total, 3 小计, 4 中央, 5 省级, 6 县级, 7 上年结转
    for r in (r1, r2, r3, r4, r5):
        c.sum(r[2], [r[3], r[7]], r[0] + ' total')
        c.sum(r[3], [r[4], r[5], r[6]], r[0] + ' 小计')
    for k in range(2, 8):
        c.balance(r5[k], r3[k], r4[k], '结余 col %d' % k)
        c.rate(r6[k], r3[k], r2[k], '到位率 col %d' % k)
        c.rate(r7[k], r4[k], r2[k], '执行率 col %d' % k)
    # prose funds
    y0, ini, prov, cnty = one(r'(\d{4})年年初预算安排(\d+)万元，其中省级资金(\d+)万元、县级配套资金(\d+)万元', t)
    c.year_is(y0, year, '预算年度')
    c.sum(ini, [prov, cnty], '年初预算')
    c.same(ini + '万元', r1[2] + '万元', '年初预算')
    c.same(prov + '万元', r1[5] + '万元', '省级')
    c.same(cnty + '万元', r1[6] + '万元', '县级')
    cen, ycar, car, ann = one(r'中央财政追加黄龙病防控补助(\d+)万元，加上(\d{4})年结转的([\d.]+)万元，全年预算调整为([\d.]+)万元', t)
    c.sum(ann, [ini, cen, car], '全年预算')
    c.year_is(ycar, year - 1, '上年结转')
    c.same(ann + '万元', r2[2] + '万元', '全年预算')
    c.same(cen + '万元', r2[4] + '万元', '中央追加')
    c.same(car + '万元', r2[7] + '万元', '上年结转')
    c.rate(one(r'资金全部到位，到位率(\d+%)', t)[0], r3[2], r2[2], '到位率 text')
    ycut, spent, er = one(r'截至(\d{4})年12月31日累计支出([\d.]+)万元，预算执行率([\d.]+%)', t)
    c.year_is(ycut, year, '截至')
    c.same(spent + '万元', r4[2] + '万元', '执行数')
    c.rate(er, r4[2], r2[2], '执行率 text')
    for k in (4, 5):   # 中央和省级资金当年全部支出
        c.rate('100%', r4[k], r2[k], '全部支出 col %d' % k)
    cr, bal, yfw = one(r'县级配套资金执行率([\d.]+%)，剩余([\d.]+)万元为冬季清园补助，因验收安排在次年1月，已结转至(\d{4})年', t)
    c.rate(cr, r4[6], r2[6], '县级执行率 text')
    c.balance(bal, r3[2], r4[2], '结余 text')
    c.year_after(yfw, '结转至')
    ycar2, car2, ypay = one(r'(\d{4})年结转的([\d.]+)万元为上年秋梢统防的服务费尾款，已于(\d{4})年3月', t)
    c.year_is(ycar2, year - 1, '上年结转 2')
    c.same(car2 + '万元', r2[7] + '万元', '上年结转 2')
    c.year_is(ypay, year, '结转资金支付')
    c.year_is(one(r'实施期为(\d{4})年1月至12月', t)[0], year, '实施期')
    # indicators
    rows, level1 = [], ''
    for r in ind[1:]:
        if r[0] == '总分':
            tw, ts = r[3], r[7]
            continue
        level1 = r[0] or level1
        rows.append(dict(level1=level1, name=r[2], w=r[3], target=r[4], actual=r[5], comp=r[6], score=r[7]))
    by = {r['name']: r for r in rows}
    c.rate(by['预算执行率']['actual'], r4[2], r2[2], '执行率 in 自评表')
    total, grade = one(r'自评总得分([\d.]+)分，评价等级为(\S\S)', t)
    c.indicators(rows, tw, [ts, total], [(total, grade)],
                 weights_from(t, r'按(预算执行\d+分、产出\d+分、效益\d+分、满意度\d+分)'), {})
    # prose outputs / effects
    n, pu, amt = one(r'全年清除黄龙病病树(\d+)株，按每株(\d+万?元)的标准兑付清除补助([\d.]+万元)', t)
    c.same(n + '株', by['清除黄龙病病树']['actual'], '清除株数')
    c.same(pu, by['病树清除补助标准']['actual'], '补助标准')
    c.product(n, pu, amt, '清除补助')
    c.same(one(r'统防统治([\d.]+万亩)；', t)[0], by['柑橘木虱统防统治面积']['actual'], '统防面积')
    c.same(one(r'无病苗木使用比例为([\d.]+%)', t)[0], by['新种果园无病苗木使用率']['actual'], '苗木')
    c.same(one(r'经济损失约(\d+万元)', t)[0], by['挽回柑橘产业经济损失']['actual'], '挽回损失')
    ylast, last, now, drop = one(r'病株率由(\d{4})年的([\d.]+)%降至([\d.]+%)，下降([\d.]+)个百分点', t)
    c.year_is(ylast, year - 1, '上年病株率')
    c.same(now, by['全县黄龙病病株率']['actual'], '病株率')
    c.diff(drop, last, now, '病株率下降')
    items = one(r'病株率分别为([\d.]+)%、([\d.]+)%、([\d.]+)%和([\d.]+)%', t)
    c.average(one(r'，平均([\d.]+%)。', t)[0], items, '4乡镇平均病株率')
    c.same(one(r'培训覆盖率([\d.]+%)', t)[0], by['防控技术培训覆盖率']['actual'], '培训覆盖率')
    sat = one(r'果农满意度([\d.]+%)。', t)[0]
    c.bounded(sat, '满意度 text')
    c.same(sat, by['果农满意度']['actual'], '满意度')
    goals = one(r'全年清除黄龙病病树(\d+)株以上，统防统治面积不少于([\d.]+)万亩，新种果园无病苗木使用率(\d+)%以上，全县病株率控制在([\d.]+)%以内，果农满意度不低于(\d+)%', t)
    for g, u, nm in zip(goals, ('株', '万亩', '%', '%', '%'),
                        ('清除黄龙病病树', '柑橘木虱统防统治面积', '新种果园无病苗木使用率', '全县黄龙病病株率', '果农满意度')):
        c.same(g + u, by[nm]['target'], '目标 ' + nm)
    n_towns = one(r'抽查的(\d+)个重点乡镇病株率', t)[0]
    count_is(c, n_towns, items, '抽查乡镇数')
    if one(r'随机抽查(\d+)个重点乡镇', t)[0] != n_towns:
        c.fail('conflicting_values', '抽查乡镇数')
    c.year_after(one(r'\n(\d{4})年1月，中心成立', t)[0], '自评时间')
    return c


# ------------------------------------------------------------------ project B (tabs)
def check_B(t):
    year = int(one(r'黄岩区(\d{4})年度老果园', t)[0])
    c = Checker(year)
    c.year_is(one(r'（(\d{4})年度）', t)[0], year, 'table year')
    c.year_is(one(r'开展(\d{4})年度财政支出项目绩效自评', t)[0], year, '通知年度')
    c.year_is(one(r'截至(\d{4})年12月31日', t)[0], year, '截至')
    c.year_is(one(r'效益数据来自(\d{4})年秋冬季', t)[0], year, '测产年度')
    tab = tab_table(t[t.index('项目支出绩效自评表'):])
    F = lambda name: row(tab, name, 1)
    tot, cur, car, oth = F('年度资金总额'), F('其中：当年财政拨款'), F('上年结转资金'), F('其他资金')
    for k in (2, 3, 4):
        c.sum(tot[k], [cur[k], car[k], oth[k]], 'funds col %d' % k)
    for r in (tot, cur, car, oth):
        c.rate(r[6], r[4], r[3], r[1] + ' 执行率')
    ini, add, ycar, carry, ann = one(r'项目年初预算(\d+)万元，全部为区级财政资金；7月市级下达柑橘产业提升奖补资金(\d+)万元，连同(\d{4})年结转的([\d.]+)万元，全年预算为([\d.]+)万元', t)
    c.sum(ann, [ini, add, carry], '全年预算')
    c.sum(cur[3], [ini, add], '当年财政拨款 全年')
    c.year_is(ycar, year - 1, '上年结转')
    c.same(ini + '万元', tot[2] + '万元', '年初预算')
    c.same(ann + '万元', tot[3] + '万元', '全年预算')
    c.same(carry + '万元', car[3] + '万元', '上年结转')
    spent, er = one(r'全年执行([\d.]+)万元，执行率([\d.]+%)', t)
    c.same(spent + '万元', tot[4] + '万元', '执行数')
    c.rate(er, tot[4], tot[3], '执行率 text')
    # indicators
    rows, level1 = [], ''
    for r in tab:
        if len(r) >= 8 and r[0] == '' and NUM.fullmatch(r[6] or 'x') and r[3] not in ('三级指标',):
            level1 = r[1] or level1
            rows.append(dict(level1=level1, name=r[3], w=r[6], target=r[4], actual=r[5], score=r[7]))
        if r[0] == '总分':
            tw, ts = r[6], r[7]
    rows.insert(0, dict(level1='预算执行', name='预算执行率', w=tot[5], target=None, actual=None, score=tot[7]))
    by = {r['name']: r for r in rows}
    total, grade = one(r'项目自评得分([\d.]+)分，等级为(\S\S)', t)
    gs = dict(zip(('预算执行', '产出', '效益', '满意度'),
                  one(r'预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分', t)))
    c.indicators(rows, tw, [ts, total], [(total, grade)],
                 weights_from(t, r'按(预算执行率\d+分、产出\d+分、效益\d+分、满意度\d+分)'), gs)
    # prose outputs
    area, pu, sub = one(r'对验收合格的(\d+)亩按每亩(\d+元)兑付改造补助([\d.]+)万元', t)
    c.same(area + '亩', by['老果园提质改造面积']['actual'], '改造面积')
    c.same(pu, by['亩均改造补助']['actual'], '补助标准')
    c.same(one(r'改造补助标准为每亩(\d+元)', t)[0], pu, '补助标准 2')
    c.product(area, pu, sub + '万元', '改造补助')
    w1, w2, carry2, yprev = one(r'水肥一体化设施补助([\d.]+)万元；品种引进及技术培训([\d.]+)万元；上年结转资金([\d.]+)万元用于支付(\d{4})年度', t)
    c.sum(spent, [sub, w1, w2, carry2], '执行数构成')
    c.same(carry2 + '万元', car[4] + '万元', '结转资金支出')
    c.year_is(yprev, year - 1, '上年尾款')
    bal, ypay = one(r'尚余([\d.]+)万元为工程质保金，按合同约定于(\d{4})年11月', t)
    c.balance(bal, tot[3], tot[4], '质保金余额')
    c.year_after(ypay, '质保金支付')
    towns = one(r'北城街道(\d+)亩、头陀镇(\d+)亩、院桥镇(\d+)亩', t)
    c.sum(num(by['老果园提质改造面积']['actual']), list(towns), '镇街分布')
    c.same(one(r'水肥一体化设施建成(\d+亩)', t)[0], by['水肥一体化设施建设面积']['actual'], '水肥一体化')
    c.same(one(r'验收合格率([\d.]+%)', t)[0], by['改造验收合格率']['actual'], '合格率')
    ydone = one(r'全部改造任务于(\d{4})年11月20日前完成', t)[0]
    c.year_is(ydone, year, '完成时间')
    for k in ('target', 'actual'):
        c.year_is(re.match(r'(\d{4})', by['改造任务完成时间'][k]).group(1), year, '时效 ' + k)
    inc, ylast, last = one(r'改造园亩均增收(\d+元)，高于(\d{4})年改造园的(\d+)元', t)
    c.same(inc, by['改造园亩均增收']['actual'], '亩均增收')
    c.same(one(r'改造园亩均增收(\d+元)\n', t)[0], inc, '亩均增收 总体目标')
    c.year_is(ylast, year - 1, '上年增收')
    c.same(one(r'共带动(\d+户)果农', t)[0], by['带动果农户数']['actual'], '带动户数')
    c.same(one(r'较改造前减少([\d.]+%)', t)[0], by['化肥使用量减少比例']['actual'], '化肥')
    sat, sub_sat = one(r'果农满意度([\d.]+%)，其中示范户满意度([\d.]+%)', t)
    c.bounded(sat, '满意度')
    c.bounded(sub_sat, '示范户满意度')
    c.same(sat, by['果农满意度']['actual'], '满意度')
    a2, w2c = one(r'完成老果园提质改造(\d+亩)、配套水肥一体化设施(\d+亩)', t)
    c.same(a2, by['老果园提质改造面积']['actual'], '结论 改造面积')
    c.same(w2c, by['水肥一体化设施建设面积']['actual'], '结论 水肥')
    goals = one(r'完成老果园提质改造(\d+)亩以上，新建水肥一体化设施(\d+)亩以上，改造验收合格率不低于(\d+)%，11月底前完成全部改造任务；改造园亩均增收(\d+)元以上，带动果农(\d+)户，化肥使用量减少(\d+)%以上，果农满意度达到(\d+)%以上', t)
    for g, u, nm in zip(goals, ('亩', '亩', '%', '元', '户', '%', '%'),
                        ('老果园提质改造面积', '水肥一体化设施建设面积', '改造验收合格率', '改造园亩均增收',
                         '带动果农户数', '化肥使用量减少比例', '果农满意度')):
        c.same(g + u, by[nm]['target'], '目标 ' + nm)
    c.same(one(r'\t改造老果园(\d+)亩以上', t)[0] + '亩', by['老果园提质改造面积']['target'], '总体目标 面积')
    if '11月底前' not in by['改造任务完成时间']['target']:
        c.fail('conflicting_values', '完成时限')
    if by['改造任务完成时间']['actual'] != one(r'全部改造任务于(\d{4}年\d+月\d+日)前完成', t)[0]:
        c.fail('conflicting_values', '完成日期')
    for y in re.findall(r'(\d{4})年民生实事', t):
        c.year_is(y, year, '民生实事年度')
    c.year_after(one(r'(\d{4})年\d+月\d+日\n*$', t)[0], '报告日期')
    c.year_after(one(r'小组。(\d{4})年2月', t)[0], '自评时间')
    count_is(c, one(r'实地抽查北城、头陀、院桥(\d)个街道', t)[0], towns, '抽查镇街数')
    if one(r'的(\d+)个改造园', t)[0] != one(r'对(\d+)个抽查园测产', t)[0]:
        c.fail('conflicting_values', '抽查园数')
    if num(one(r'追加的(\d+)万元市级奖补资金已全部用于水肥一体化', t)[0]) > num(w1):
        c.fail('sum_mismatch', '奖补资金大于水肥一体化补助')
    return c


# ------------------------------------------------------------------ project C (HTML)
def check_C(t):
    year = int(one(r'东港市(\d{4})年度草莓', t)[0])
    c = Checker(year)
    c.year_is(one(r'自评表（(\d{4})年度）', t)[0], year, 'table year')
    c.year_is(one(r'<td>(\d{4})年草莓设施', t)[0], year, '项目名称年度')
    c.year_is(one(r'市农业农村局(\d{4})年对新建', t)[0], year, '补助年度')
    tab = html_table(t[t.index('<table'):])
    F = lambda name: row(tab, name, 1)
    tot, cur, car, oth = F('年度资金总额'), F('其中：当年财政拨款'), F('上年结转资金'), F('其他资金')
    for k in (2, 3, 4):
        c.sum(tot[k], [cur[k], car[k], oth[k]], 'funds col %d' % k)
    for r in (tot, cur, car, oth):
        c.rate(r[6], r[4], r[3], r[1] + ' 执行率')
    ini, p1, m1, l1 = one(r'项目年初预算(\d+)万元，其中省级(\d+)万元、丹东市级(\d+)万元、东港市本级(\d+)万元', t)
    c.sum(ini, [p1, m1, l1], '年初预算构成')
    c.same(ini + '万元', tot[2] + '万元', '年初预算')
    add, ann, p2, m2, l2 = one(r'丹东市追加(\d+)万元，全年预算(\d+)万元（省级(\d+)万元、丹东市级(\d+)万元、东港市本级(\d+)万元）', t)
    c.sum(ann, [p2, m2, l2], '全年预算构成')
    c.sum(m2, [m1, add], '丹东市级')
    c.sum(ann, [ini, add], '全年预算')
    c.same(ann + '万元', tot[3] + '万元', '全年预算')
    spent, er = one(r'全年支出([\d.]+)万元，执行率([\d.]+%)', t)
    c.same(spent + '万元', tot[4] + '万元', '执行数')
    c.rate(er, tot[4], tot[3], '执行率 text')
    # indicators
    rows, level1 = [], ''
    hdr = [i for i, r in enumerate(tab) if r and r[0] == '一级指标'][0]
    for r in tab[hdr + 1:]:
        if r[0] == '总分':
            tw, ts = r[5], r[6]
            continue
        level1 = r[0] or level1
        rows.append(dict(level1=level1, name=r[2], w=r[5], target=r[3], actual=r[4], score=r[6]))
    rows.insert(0, dict(level1='预算执行', name='预算执行率', w=tot[5], target=None, actual=None, score=tot[7]))
    by = {r['name']: r for r in rows}
    total, grade = one(r'项目综合得分([\d.]+)分，评价等级为(\S\S)', t)
    c.indicators(rows, tw, [ts, total], [(total, grade)],
                 weights_from(t, r'按照(预算执行\d+分、产出\d+分、效益\d+分、满意度\d+分)'), {})
    n1, pu1, s1 = one(r'新建温室(\d+)栋，按每栋(\d+元)兑付(\d+万元)', t)
    n2, pu2, s2 = one(r'改造温室(\d+)栋，按每栋(\d+元)兑付([\d.]+万元)', t)
    fee = one(r'技术指导及第三方验收费([\d.]+万元)', t)[0]
    c.product(n1, pu1, s1, '新建补助')
    c.product(n2, pu2, s2, '改造补助')
    c.money_sum(spent + '万元', [s1, s2, fee], '支出构成')
    c.same(n1 + '栋', by['新建草莓日光温室']['actual'], '新建栋数')
    c.same(n2 + '栋', by['改造提升老旧温室']['actual'], '改造栋数')
    std1, std2 = one(r'新建温室每栋补助(\d+元)，改造温室（[^）]*）每栋补助(\d+元)', t)
    c.same(std1, pu1, '新建标准')
    c.same(std2, pu2, '改造标准')
    c.same(std1, by['新建温室每栋补助']['actual'], '新建标准 自评表')
    applied, failed = one(r'申报验收的(\d+)栋中有(\d+)栋', t)
    bal = one(r'结余([\d.]+)万元已按规定收回', t)[0]
    c.balance(bal, tot[3], tot[4], '结余')
    towns = one(r'椅圈镇(\d+)栋、孤山镇(\d+)栋、前阳镇(\d+)栋', t)
    c.sum(n1, list(towns), '三镇新建')
    c.average(one(r'平均每镇([\d.]+)栋', t)[0], towns, '镇均新建')
    hh, per = one(r'涉及新建户(\d+)户，户均补助约([\d.]+)万元', t)
    c.average(per, [num(s1) / num(hh)], '户均补助')
    ok_rate = one(r'温室验收合格率([\d.]+%)', t)[0]
    c.rate(ok_rate, num(applied) - num(failed), applied, '验收合格率')
    c.same(ok_rate, by['温室验收合格率']['actual'], '验收合格率')
    c.same(one(r'兑付及时率(\d+%)', t)[0], by['补助资金兑付及时率']['actual'], '兑付及时率')
    c.same(one(r'新增草莓产值(\d+万元)', t)[0], by['新增草莓产值']['actual'], '产值')
    c.same(one(r'带动(\d+户)种植户', t)[0], by['带动种植户']['actual'], '带动户')
    sat, sub_sat = one(r'满意度([\d.]+%)，其中新建户满意度([\d.]+%)', t)
    c.bounded(sat, '满意度')
    c.bounded(sub_sat, '新建户满意度')
    c.same(sat, by['种植户满意度']['actual'], '满意度')
    c.year_after(one(r'发布时间：(\d{4})-', t)[0], '发布时间')
    return c


# ------------------------------------------------------------------ project D (PDF text)
def check_D(t):
    year = int(one(r'\n(\d{4})年度水果产地冷藏保鲜设施建设项目\n', t)[0])
    c = Checker(year)
    c.year_is(one(r'（(\d{4})年度）', t)[0], year, 'table year')
    c.year_is(one(r'截至(\d{4})年12月31日', t)[0], year, '截至')
    c.year_is(one(r'—\n(\d{4})年度水果产地冷藏保鲜设施建设项目支出绩效自评报告', t)[0], year, '页眉')
    F = lambda name: one(r'\n' + name + r' (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)\n', t)
    tot, cur, car, oth = F('年度资金总额'), F('其中：当年财政拨款'), F('上年结转资金'), F('其他资金')
    for k in (0, 1, 2):
        c.sum(tot[k], [cur[k], car[k], oth[k]], 'funds col %d' % k)
    for nm, r in (('总额', tot), ('当年', cur), ('结转', car), ('其他', oth)):
        c.rate(r[4], r[2], r[1], nm + ' 执行率')
    y0, ini, cen, yadv, prov, loc, add, ann = one(
        r'(\d{4})年项目年初预算(\d+)万元，其中中央财政资金(\d+)万元（(\d{4})年12月提前下达）、自治区\s*配套资金(\d+)万元、区本级(\d+)万元；9月区本级追加(\d+)万元，全年预算(\d+)万元', t)
    c.year_is(y0, year, '预算年度')
    c.year_is(yadv, year - 1, '提前下达')
    c.sum(ini, [cen, prov, loc], '年初预算构成')
    c.sum(ann, [ini, add], '全年预算')
    c.same(ini + '万元', tot[0] + '万元', '年初预算')
    c.same(ann + '万元', tot[1] + '万元', '全年预算')
    spent, er = one(r'全年支出([\d.]+)万元，预算执行率([\d.]+%)', t)
    c.same(spent + '万元', tot[2] + '万元', '执行数')
    c.rate(er, tot[2], tot[1], '执行率 text')
    pu, sub, eq, fee = one(r'按每立方米(\d+元)标准兑付建设补助([\d.]+)\s*万元，预冷及分拣配套设备补助([\d.]+)万元，第三方验收及监理费([\d.]+)万元', t)
    c.sum(spent, [sub, eq, fee], '支出构成')
    bal, yfw = one(r'未支出的([\d.]+)\s*万元结转至(\d{4})年', t)
    c.balance(bal, tot[1], tot[2], '结转')
    c.year_after(yfw, '结转至')
    quit_n = one(r'主要是(\d+)家申报主体因融资困难', t)[0]
    # indicators
    names = [('产出', '新建产地冷藏保鲜设施'), ('产出', '新增冷藏库容'), ('产出', '设施验收合格率'),
             ('产出', '设施按期完工率'), ('产出', '每立方米库容补助标准'), ('效益', '错峰销售增加收入'),
             ('效益', '果品采后损耗率'), ('效益', '冷库平均利用率'), ('满意度', '经营主体满意度')]
    rows = [dict(level1='预算执行', name='预算执行率', w=tot[3], target=None, actual=None, score=tot[5])]
    for g, nm in names:
        tg, ac, w, s = one(nm + r' ([≥≤]\S+) (\S+) (\S+) (\S+)', t)
        rows.append(dict(level1=g, name=nm, w=w, target=tg, actual=ac, score=s))
    by = {r['name']: r for r in rows}
    tw, ts = one(r'\n总分 (\S+) (\S+)\n', t)
    total = one(r'项目自评得分([\d.]+)分', t)[0]
    grade = one(r'自评等级为“(\S)”', t)[0]
    gs = dict(zip(('预算执行', '产出', '效益', '满意度'),
                  one(r'预\s*算执行([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分、满意度指标([\d.]+)分', t)))
    c.indicators(rows, tw, [ts, total], [(total, grade)],
                 weights_from(t, r'按照(预算执行\d+分、产出\d+分、效益\d+分、满意度\d+分)'), gs)
    built, cold, ca, pct = one(r'全年新建产地冷藏保鲜设施(\d+)个（其中冷藏库(\d+)个、气调库(\d+)个），为年度目标的([\d.]+%)', t)
    c.sum(built, [cold, ca], '设施构成')
    c.same(built + '个', by['新建产地冷藏保鲜设施']['actual'], '新建设施')
    c.comp(pct, by['新建产地冷藏保鲜设施']['target'], built + '个', '新建设施完成率 text')
    c.diff(quit_n, by['新建产地冷藏保鲜设施']['target'], built, '退出主体数')
    cap, avg = one(r'新增冷\s*藏库容([\d.]+万立方米)，平均每个设施库容(\d+)立方米', t)
    c.same(cap, by['新增冷藏库容']['actual'], '库容')
    c.average(avg, [qty(cap)[0] / num(built)], '平均库容')
    c.product(qty(cap)[0], pu, sub + '万元', '建设补助')
    c.same(pu, by['每立方米库容补助标准']['actual'], '补助标准')
    nall, ontime, otr = one(r'(\d+)个设施全部通过验收，其中(\d+)个在10月底\s*前按期完工，按期完工率([\d.]+%)', t)
    c.rate(otr, ontime, nall, '按期完工率')
    c.same(otr, by['设施按期完工率']['actual'], '按期完工率')
    c.diff(one(r'(\d+)个设施12月完工', t)[0], nall, ontime, '12月完工数')
    c.same(one(r'增加收入(\d+万元)，未达到', t)[0], by['错峰销售增加收入']['actual'], '增收')
    loss, ylast = one(r'损耗率降至([\d.]+%)，(\d{4})年约为', t)
    c.same(loss, by['果品采后损耗率']['actual'], '损耗率')
    c.year_is(ylast, year - 1, '上年损耗')
    c.same(one(r'冷库平均利用率(\d+%)。', t)[0], by['冷库平均利用率']['actual'], '利用率')
    sat = one(r'问卷调查，满意度([\d.]+%)', t)[0]
    c.bounded(sat, '满意度')
    c.same(sat, by['经营主体满意度']['actual'], '满意度')
    goals = one(r'新建产地冷藏保鲜设施(\d+)个以上，新增冷藏库容(\d+)万立方米以上，验收合格率(\d+)%以上；错峰\s*销售增加收入(\d+)万元以上，果品采后损耗率控制在(\d+)%以内，经营主体满意度(\d+)%以上', t)
    for g, u, nm in zip(goals, ('个', '万立方米', '%', '万元', '%', '%'),
                        ('新建产地冷藏保鲜设施', '新增冷藏库容', '设施验收合格率', '错峰销售增加收入',
                         '果品采后损耗率', '经营主体满意度')):
        c.same(g + u, by[nm]['target'], '目标 ' + nm)
    if not num(er) < 90:
        c.fail('rate_mismatch', '执行率低于90% statement')
    for q in re.findall(r'(\d+)家主体(?:中途)?退出', t):
        c.diff(q, by['新建产地冷藏保鲜设施']['target'], built, '退出主体数')
    for q in re.findall(r'全部(\d+)家经营主体|对(\d+)家经营主体', t):
        c.same(''.join(q) + '个', built + '个', '问卷主体数')
    count_is(c, one(r'锣圩(\d)个镇', t)[0], ['双桥', '城厢', '宁武', '锣圩'], '抽查镇数')
    lo, hi = one(r'库容在(\d+)至(\d+)立方米之间', t)
    if not num(lo) <= num(avg) <= num(hi):
        c.fail('average_mismatch', '平均库容不在区间内')
    for y in re.findall(r'(\d{4})年(?:全区沃柑|重点工作)', t):
        c.year_is(y, year, '年度')
    c.year_after(one(r'\n(\d{4})年1月，我局组织', t)[0], '自评时间')
    return c


# ------------------------------------------------------------------ project E (pipes)
def check_E(t):
    year = int(one(r'\n(\d{4})年度部门整体支出绩效自评报告', t)[0])
    c = Checker(year)
    c.year_is(one(r'(\d{4})年末实有', t)[0], year, '人员年度')
    c.year_is(one(r'(\d{4})年中心共实施', t)[0], year, '项目年度')
    tab = pipe_table(t)
    proj = [r for r in tab if len(r) == 6 and r[0] in ('1', '2', '3', '4', '5')]
    ptot = [r for r in tab if r[0] == '合计' and len(r) == 6][0]
    for r in proj:
        c.rate(r[4], r[3], r[2], r[1])
    c.sum(ptot[2], [r[2] for r in proj], '项目预算合计')
    c.sum(ptot[3], [r[3] for r in proj], '项目执行合计')
    c.rate(ptot[4], ptot[3], ptot[2], '项目合计执行率')
    tot, bas, prj = row(tab, '年度资金总额'), row(tab, '其中：基本支出'), row(tab, '项目支出')
    for k in (1, 2, 3):
        c.sum(tot[k], [bas[k], prj[k]], 'funds col %d' % k)
    for r in (tot, bas, prj):
        c.rate(r[5], r[3], r[2], r[0] + ' 执行率')
    c.same(ptot[2] + '万元', prj[2] + '万元', '项目支出 全年预算')
    c.same(ptot[3] + '万元', prj[3] + '万元', '项目支出 执行')
    y0, ini, a1, a2, ann = one(r'(\d{4})年年初预算([\d.]+)万元；年中追加省级果业品牌建设补助资金(\d+)万元、县级电商营销专项([\d.]+)万元，调整后全年预算([\d.]+)万元', t)
    c.year_is(y0, year, '预算年度')
    c.sum(ann, [ini, a1, a2], '全年预算')
    c.sum(prj[2], [prj[1], a1, a2], '项目支出 全年预算 = 年初 + 追加')
    c.same(bas[1] + '万元', bas[2] + '万元', '基本支出未调整')
    c.same(ini + '万元', tot[1] + '万元', '年初预算')
    c.same(ann + '万元', tot[2] + '万元', '全年预算')
    spent, er = one(r'全年支出([\d.]+)万元，预算执行率([\d.]+%)', t)
    c.same(spent + '万元', tot[3] + '万元', '执行数')
    c.rate(er, tot[3], tot[2], '执行率 text')
    bs, pers, pub, br = one(r'基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元），执行率(\d+%)', t)
    c.sum(bs, [pers, pub], '基本支出构成')
    c.same(bs + '万元', bas[3] + '万元', '基本支出')
    c.rate(br, bas[3], bas[2], '基本支出执行率 text')
    ps, pr = one(r'项目支出([\d.]+)万元，执行率([\d.]+%)', t)
    c.same(ps + '万元', prj[3] + '万元', '项目支出')
    c.rate(pr, prj[3], prj[2], '项目支出执行率 text')
    bal, yacc, yfw = one(r'年末项目支出结转([\d.]+)万元，主要是展会推介及电商营销项目部分合同于(\d{4})年1月才完成验收，资金结转至(\d{4})年', t)
    c.balance(bal, prj[2], prj[3], '项目结转')
    c.year_after(yacc, '验收')
    c.year_after(yfw, '结转至')
    nproj = one(r'年中心共实施(\d)个项目', t)[0]
    if int(nproj) != len(proj):
        c.fail('sum_mismatch', '项目个数')
    scores = [r[5] for r in proj]
    avg, hi, lo = one(r'(\d)个项目平均自评得分([\d.]+)分，最高(\d+)分，最低(\d+)分', t)[1:]
    c.average(avg, scores, '项目平均分')
    if num(hi) != max(map(num, scores)) or num(lo) != min(map(num, scores)):
        c.fail('average_mismatch', '最高/最低分')
    pb, pa, sv = one(r'政府采购预算([\d.]+)万元，实际采购金额([\d.]+)万元，节约资金([\d.]+)万元', t)
    c.diff(sv, pb, pa, '采购节约')
    # indicators
    hdr = [i for i, r in enumerate(tab) if r[0] == '一级指标'][0]
    rows, level1 = [dict(level1='预算执行', name='预算执行率', w=tot[4], target='100%', actual=tot[5],
                         comp=None, score=tot[6])], ''
    for r in tab[hdr + 1:]:
        if r[0] == '合计':
            tw, ts = r[3], r[7]
            continue
        level1 = r[0] or level1
        rows.append(dict(level1=level1, name=r[2], w=r[3], target=r[4], actual=r[5], comp=r[6], score=r[7]))
    by = {r['name']: r for r in rows}
    total, grade = one(r'部门整体支出自评得分([\d.]+)分，等级为(\S\S)', t)
    gs = dict(zip(('预算执行', '产出', '效益'),
                  one(r'预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分', t)))
    c.indicators(rows, tw, [ts, total], [(total, grade)],
                 weights_from(t, r'按照(预算执行\d+分、产出指标\d+分、效益指标\d+分)'), gs)
    lic, short = one(r'全年授权(\d+)家经营主体使用“蒲江丑柑”区域公用品牌标识，比年度目标少(\d+)家', t)
    c.same(lic + '家', by['品牌授权使用主体']['actual'], '授权主体')
    c.diff(short, by['品牌授权使用主体']['target'], lic, '授权缺口')
    c.same(one(r'新建绿色标准化基地([\d.]+万亩)', t)[0], by['绿色标准化基地面积']['actual'], '基地面积')
    c.same(one(r'批次，合格率([\d.]+%)', t)[0], by['果品质量安全抽检合格率']['actual'], '抽检合格率')
    on_n = one(r'5个项目中有(\d)个按期完成', t)[0]
    c.rate(by['项目按期完成率']['actual'], on_n, len(proj), '按期完成率')
    prem, ylast, last, up = one(r'溢价(\d+%)，比(\d{4})年的([\d.]+)%提高([\d.]+)个百分点', t)
    c.same(prem, by['品牌果较普通果溢价']['actual'], '溢价')
    c.year_is(ylast, year - 1, '上年溢价')
    c.diff(up, prem, last, '溢价提高')
    c.same(one(r'品牌带动(\d+户)果农', t)[0], by['带动果农户数']['actual'], '带动户数')
    c.same(one(r'品牌价值([\d.]+亿元)，低于', t)[0], by['“蒲江丑柑”品牌价值']['actual'], '品牌价值')
    c.same(by['品牌宣传推介费用']['actual'], proj[0][3] + '万元', '品牌宣传费用 = 品牌建设项目执行数')
    count_is(c, one(r'中心内设综合科、技术推广科、品牌营销科、质量追溯科(\d)个科室', t)[0], [1, 2, 3, 4], '科室数')
    for q in re.findall(r'(\d)个项目(?:平均|中有)', t):
        count_is(c, q, proj, '项目个数')
    if int(one(r'实有在职人员(\d+)人', t)[0]) > int(one(r'核定事业编制(\d+)名', t)[0]):
        c.fail('implausible_rate', '实有人员超编')
    c.year_after(one(r'(\d{4})年\d+月\d+日\n*$', t)[0], '报告日期')
    return c


CHECKS = {
    'jx-huichang-huanglongbing-2021': check_A,
    'zj-huangyan-guoyuangaizao-2019': check_B,
    'ln-donggang-caomeipeng-2022': check_C,
    'gx-wuming-guoshulenglian-2020': check_D,
    'sc-pujiang-guoyepinpai-2024': check_E,
}


def diff_region(a, b):
    """[start, end) in b of the single contiguous place where b differs from a."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s


def main():
    problems = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if ln.strip()]
    counts = Counter()
    for rec in labels:
        name, src = rec['case'], rec['source']
        if not rec['clean'] and rec['expected']:
            counts[rec['expected'][0]['code']] += 1
        text = open(os.path.join(CASES, name), encoding='utf-8').read()
        clean = open(os.path.join(CASES, src + '-clean.txt'), encoding='utf-8').read()
        try:
            res = CHECKS[src](text)
            failed = {code for code, _ in res.fails}
        except Exception as exc:  # a parse failure is a problem of the set
            problems.append('%s: checker could not read the case: %s' % (name, exc))
            continue
        if rec['clean']:
            if rec['expected']:
                problems.append('%s: clean case with labels' % name)
            if text != clean:
                problems.append('%s: clean case differs from its draft' % name)
            if not 2800 <= len(text) <= 3400:
                problems.append('%s: length %d outside 2800–3400' % (name, len(text)))
            if failed:
                problems.append('%s: clean draft fails %s' % (name, res.fails))
            continue
        if len(rec['expected']) != 1:
            problems.append('%s: expected exactly one label' % name)
            continue
        lab = rec['expected'][0]
        code, value = lab['code'], lab['value']
        if code not in CODES or lab['severity'] != 'error':
            problems.append('%s: bad code/severity %s/%s' % (name, code, lab['severity']))
        n = text.count(value)
        if n != 1:
            problems.append('%s: value %r occurs %d times' % (name, value, n))
        start, end = diff_region(clean, text)
        if start >= end:
            problems.append('%s: no difference from the clean draft' % name)
        else:
            i = text.find(value)
            if not (i < end and start < i + len(value)):
                problems.append('%s: the change [%d,%d) does not overlap the value' % (name, start, end))
            # [start, end) is the one place where the texts differ (common prefix and suffix
            # removed); it must be a local slip: one figure or word, or two adjacent cells
            if end - start > 80:
                problems.append('%s: the change spans %d characters' % (name, end - start))
        if code not in failed:
            problems.append('%s: labelled %s does not fail (fails: %s)' % (name, code, res.fails))
        other = failed - {code}
        if other:
            problems.append('%s: other codes fail too: %s' % (name, [f for f in res.fails if f[0] in other]))
    for code in CODES:
        if counts[code] < 2:
            problems.append('code %s used %d times (< 2)' % (code, counts[code]))
    print('cases: %d (%d clean, %d with one error)' % (len(labels), sum(r['clean'] for r in labels),
                                                        sum(not r['clean'] for r in labels)))
    print('per code: ' + ', '.join('%s %d' % (c, counts[c]) for c in CODES))
    if problems:
        print('\n'.join(problems))
        print('FAILED')
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
