#!/usr/bin/env python3
"""Verify this labelled set (standard library only, decimal.Decimal, ROUND_HALF_UP tolerance of rules.md §8).

1. every label value occurs in its case; each error case differs from its clean draft in one contiguous
   place that overlaps the label value; every code of errors.md §A (1-13) is used at least twice;
2. the arithmetic of every clean draft is redone: all checks must pass;
3. the arithmetic of every error case is redone: the labelled code must fail and no other error-level code
   may fail (score_rule_mismatch is a warning and is only reported).

The checks are written per draft (the drafts are ours): figures are pulled out with patterns that must match
exactly once, so an edit can change a figure but not make a check silently disappear.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

CODES = ['rate_mismatch', 'balance_mismatch', 'sum_mismatch', 'score_sum_mismatch', 'score_exceeds_weight',
         'weight_sum_mismatch', 'grade_mismatch', 'average_mismatch', 'conflicting_values', 'implausible_rate',
         'unit_mismatch', 'year_mismatch', 'completion_mismatch']
WARNINGS = ['score_rule_mismatch']

MONEY = {'元': D('0.0001'), '万元': D(1), '亿元': D(10000)}


class StructureError(Exception):
    pass


def places(raw):
    return len(raw.split('.')[1]) if '.' in raw else 0


def tol(raw):
    return D('0.5') * D(10) ** (-places(raw)) + D('1e-9')


class Q:
    """A stated quantity: the number as written and its unit (money units are normalised to 万元)."""

    def __init__(self, raw, unit='', k=D(1)):
        self.raw = raw.replace(',', '')
        self.unit = unit
        self.k = k                      # rescaling used when testing a unit slip
        self.n = D(self.raw) * k

    @property
    def v(self):
        return self.n * MONEY.get(self.unit, D(1))

    def scaled(self, f):
        return Q(self.raw, self.unit, self.k * f)

    def close(self, computed):
        """computed is in base units (万元 for money)."""
        c = computed / MONEY.get(self.unit, D(1))
        return abs(c - self.n) <= tol(self.raw) * self.k

    def __repr__(self):
        return self.raw + self.unit


def r2(x):
    return x


class Checker:
    def __init__(self, text, name):
        self.t = text
        self.name = name
        self.fails = []      # (code, message)
        self.warns = []

    # ---- extraction ---------------------------------------------------------------------------------
    def m(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise StructureError(f'{self.name}: pattern {pat!r} matched {len(ms)} times')
        return ms[0]

    def q(self, pat, unit=None, grp=1):
        mt = self.m(pat)
        raw = mt.group(grp)
        if unit is None:
            unit = mt.group(grp + 1) if mt.re.groups > grp else ''
        return Q(raw, unit)

    def all(self, pat):
        return list(re.finditer(pat, self.t))

    def table(self, header_pat, sep, stop_pat=None):
        """Rows after the header line until a line without the separator (or stop_pat)."""
        lines = self.t.split('\n')
        idx = [i for i, ln in enumerate(lines) if re.search(header_pat, ln)]
        if len(idx) != 1:
            raise StructureError(f'{self.name}: table header {header_pat!r} found {len(idx)} times')
        rows = []
        for ln in lines[idx[0] + 1:]:
            if sep not in ln or (stop_pat and re.search(stop_pat, ln)):
                break
            rows.append([c.strip() for c in ln.split(sep)])
        return rows

    # ---- checks -------------------------------------------------------------------------------------
    def fail(self, code, msg):
        self.fails.append((code, msg))

    def rel(self, code, msg, stated, fn, *inputs):
        """stated must equal fn(inputs) (values in base units). A failure that disappears when exactly one
        money amount is rescaled by 10^4 is reported as unit_mismatch (errors.md #11 b)."""
        if stated.close(fn(*[i.v for i in inputs])):
            return
        qs = [stated] + list(inputs)
        for i, qq in enumerate(qs):
            if qq.unit not in MONEY:
                continue
            for f in (D(10000), D('0.0001')):
                if i > 0 and abs(qq.v * f) <= tol(stated.raw) * MONEY.get(stated.unit, D(1)):
                    continue      # rescaling to a negligible amount proves nothing
                alt = [x.scaled(f) if j == i else x for j, x in enumerate(qs)]
                if alt[0].close(fn(*[x.v for x in alt[1:]])):
                    self.fail('unit_mismatch', f'{msg}: {qq!r} off by a power of ten')
                    return
        self.fail(code, f'{msg}: stated {stated!r}, computed {fn(*[i.v for i in inputs])}')

    def same(self, msg, *qs):
        """The same quantity stated several times (conflicting_values; unit_mismatch when units differ)."""
        a = qs[0]
        for b in qs[1:]:
            am, bm = a.unit in MONEY, b.unit in MONEY
            if a.unit != b.unit and not (am and bm):
                self.fail('unit_mismatch', f'{msg}: {a!r} vs {b!r} in different units')
                continue
            if abs(a.v - b.v) <= max(tol(a.raw) * MONEY.get(a.unit, 1), tol(b.raw) * MONEY.get(b.unit, 1)):
                continue
            if am and bm and (abs(a.v * 10000 - b.v) < D('1e-6') or abs(a.v - b.v * 10000) < D('1e-6')):
                self.fail('unit_mismatch', f'{msg}: {a!r} vs {b!r} differ by 10^4')
                continue
            self.fail('conflicting_values', f'{msg}: {a!r} vs {b!r}')

    def rate(self, msg, stated, num, den, code='rate_mismatch'):
        """stated % = num/den; zero base: only 0 (or blank) tolerated; any rate > 100 is implausible."""
        if stated.n > 100:
            self.fail('implausible_rate', f'{msg}: {stated!r}% over 100')
            return
        if den.v == 0:
            if stated.n != 0:
                self.fail('implausible_rate', f'{msg}: {stated!r}% on a zero base')
            return
        self.rel(code, msg, stated, lambda a, b: a / b * 100, num, den)

    def le(self, code, msg, a, b):
        if a.n > b.n:
            self.fail(code, f'{msg}: {a!r} > {b!r}')

    def grade(self, total, label):
        s = total.n
        band = '优' if s >= 90 else '良' if s >= 80 else '中' if s >= 60 else '差'
        norm = {'优': '优', '优秀': '优', '良': '良', '良好': '良', '中': '中', '中等': '中', '一般': '中',
                '合格': '中', '差': '差', '较差': '差', '不合格': '差'}[label]
        if norm != band:
            self.fail('grade_mismatch', f'total {total!r} is {band}, stated {label}')

    def rate_words(self):
        for mt in re.finditer(r'(执行率|到位率|满意度|覆盖率|处置率|合格率|达标率|销号率|整改率|到岗率|占比)'
                              r'(?:为|达到|只有|是)?(\d+(?:\.\d+)?)%', self.t):
            if D(mt.group(2)) > 100:
                self.fail('implausible_rate', f'{mt.group(0)} over 100%')

    def years(self, y):
        head = '\n'.join(self.t.split('\n')[:3])
        for mt in re.finditer(r'(\d{4})年度', head):
            if int(mt.group(1)) != y:
                self.fail('year_mismatch', f'title year {mt.group(1)} vs {y}')
        for mt in re.finditer(r'结转至(\d{4})年', self.t):
            if int(mt.group(1)) <= y:
                self.fail('year_mismatch', f'{mt.group(0)} in the {y} report')
        for mt in re.finditer(r'截至(\d{4})年(?:12月31日|底)', self.t):
            if int(mt.group(1)) != y:
                self.fail('year_mismatch', f'{mt.group(0)} in the {y} report')
        tail = self.t.rstrip().split('\n')[-1]
        mt = re.match(r'(\d{4})年\d{1,2}月', tail)
        if not mt:
            raise StructureError(f'{self.name}: no report date on the last line')
        if int(mt.group(1)) not in (y, y + 1):
            self.fail('year_mismatch', f'report dated {mt.group(0)} for {y}')

    # ---- indicator rows -----------------------------------------------------------------------------
    @staticmethod
    def parse_val(s):
        mt = re.match(r'^(≥|≤|=|＞|＜)?\s*(\d+(?:\.\d+)?)\s*(.*)$', s)
        if not mt:
            return None
        sign, num, unit = mt.groups()
        return sign or '', num, unit

    def indicator(self, name, target, actual, weight, score, completion=None, unit_col=None, sign_col=None):
        """One indicator row: SE, I, U, CM, and the score rule (warning)."""
        w, sc = Q(weight), Q(score)
        if sc.n > w.n or sc.n < 0:
            self.fail('score_exceeds_weight', f'{name}: score {score} vs weight {weight}')
        pt, pa = self.parse_val(target), self.parse_val(actual)
        if pt is None or pa is None:
            if pt is None and pa is None and target == actual and sc.n != w.n:
                self.warns.append(('score_rule_mismatch', f'{name}: qualitative achieved, {score}/{weight}'))
            return
        sign = sign_col if sign_col is not None else pt[0]
        tu = unit_col if unit_col is not None else pt[2]
        au = unit_col if unit_col is not None else pa[2]
        if unit_col is None and pt[2] != pa[2]:
            self.fail('unit_mismatch', f'{name}: target {target} vs actual {actual}')
            return
        T, A = D(pt[1]), D(pa[1])
        if au == '%' and A > 100:
            self.fail('implausible_rate', f'{name}: actual {actual} over 100%')
        if sign in ('≤', '＜'):
            comp = D(100) if A <= T else T / A * 100
            rule = w.n if A <= T else w.n * T / A
        else:
            comp = A / T * 100
            rule = w.n if A >= T else w.n * A / T
        if completion is not None:
            cq = Q(completion.rstrip('%'))
            if not cq.close(comp):
                self.fail('completion_mismatch', f'{name}: completion {completion}, computed {comp:.4f}')
        if not sc.close(rule):
            self.warns.append(('score_rule_mismatch', f'{name}: score {score}, rule gives {rule:.4f}'))

    def exec_score(self, weight, score, spent, budget):
        r = spent.v / budget.v
        rule = Q(weight).n * min(r, D(1))
        if not Q(score).close(rule):
            self.warns.append(('score_rule_mismatch', f'execution score {score}, rule gives {rule:.4f}'))


def sumf(*xs):
    return sum(xs, D(0))


# =====================================================================================================
# per-draft checks
# =====================================================================================================

def check_wufeng(c):
    W = '万元'
    q = c.q
    init = q(r'年初预算(\d+\.\d+)(万元)，全部为')
    add = q(r'追加意外伤害保险、巡护装备和培训经费(\d+\.\d+)(万元)')
    annual = q(r'全年预算调整为(\d+\.\d+)(万元)')
    central = q(r'中央财政林业草原生态保护恢复资金(\d+\.\d+)(万元)')
    prov = q(r'省级林业专项资金(\d+\.\d+)(万元)')
    persons = q(r'（(\d+)人×\d+元）', '')
    std = q(r'（\d+人×(\d+)(元)）')
    c.rel('sum_mismatch', '年初预算 = 人数×标准', init, lambda a, b: a * b, persons, std)
    c.rel('sum_mismatch', '年初 + 追加 = 全年', annual, sumf, init, add)
    c.rel('sum_mismatch', '中央 + 省级 = 全年', annual, sumf, central, prov)
    c.rate('到位率', q(r'到位率(\d+)%', ''), annual, annual)
    spent = q(r'全年支出(\d+\.\d+)(万元)')
    c.rate('预算执行率 (text)', q(r'全年支出[\d.]+万元，预算执行率(\d+\.\d+)%', ''), spent, annual)
    labor = q(r'其中劳务补助(\d+\.\d+)(万元)')
    ins = q(r'意外伤害保险(\d+\.\d+)(万元)')
    ins_u = q(r'每人投保(\d+)(元)')
    equip = q(r'巡护装备(\d+\.\d+)(万元)，培训')
    train = q(r'培训(\d+\.\d+)(万元)。')
    c.rel('sum_mismatch', '执行构成', spent, sumf, labor, ins, equip, train)
    c.rel('sum_mismatch', '保险 = 人数×每人', ins, lambda a, b: a * b, persons, ins_u)
    less = q(r'少支出(\d+\.\d+)(万元)')
    c.rel('balance_mismatch', '劳务少支出 = 预算 − 实发', less, lambda a, b: a - b, init, labor)
    months = q(r'共空岗(\d+)个人月', '')
    monthly = q(r'即每月(\d+)(元)')
    c.rel('sum_mismatch', '空岗人月 × 月标准', less, lambda a, b: a * b, months, monthly)
    c.rel('sum_mismatch', '月标准×12 = 年标准', std, lambda a: a * 12, monthly)
    bal = q(r'年末结余(\d+\.\d+)(万元)')
    c.rel('balance_mismatch', '结余 = 到位 − 执行', bal, lambda a, b: a - b, annual, spent)
    eq_budget = q(r'该子项预算(\d+\.\d+)(万元)')
    eq_spent = q(r'实际支出(\d+\.\d+)(万元)，执行率')
    c.same('巡护装备支出', equip, eq_spent)
    c.rate('巡护装备执行率', q(r'实际支出[\d.]+万元，执行率(\d+\.\d+)%', ''), eq_spent, eq_budget)
    c.same('全年预算 (结论)', annual, q(r'全年预算(\d+(?:\.\d+)?)(万元)，执行'))
    c.same('全年执行 (结论)', spent, q(r'万元，执行(\d+\.\d+)(万元)，自评'))
    # outputs
    area = q(r'落实管护责任面积(\d+\.\d+)(万亩)')
    onduty = q(r'全年在岗护林员(\d+)人', '')
    c.same('在岗人数', persons, onduty)
    avg_area = q(r'平均每名护林员管护(\d+\.\d+)亩', '')
    c.rel('average_mismatch', '人均管护面积', avg_area, lambda a, n: a * 10000 / n, area, onduty)
    c.rel('completion_mismatch', '巡山完成率', q(r'5万人次的(\d+\.\d+)%', ''),
          lambda a, b: a / b * 100, q(r'累计巡山(\d+\.\d+)万人次', ''), q(r'年度目标(\d+)万人次', ''))
    trained = q(r'培训护林员(\d+)人', '')
    cover = q(r'培训覆盖率(\d+\.\d+)%', '')
    c.rate('培训覆盖率', cover, trained, onduty)
    found = q(r'问题线索(\d+)条', '')
    done = q(r'已处置(\d+)条', '')
    c.rate('处置率', q(r'处置率(\d+\.\d+)%', ''), done, found)
    c.rel('sum_mismatch', '未处置条数', q(r'其余(\d+)条', ''), lambda a, b: a - b, found, done)
    avg_pay = q(r'年人均劳务补助(\d+\.\d+)(元)')
    c.rel('average_mismatch', '人均劳务补助', avg_pay, lambda a, n: a / n, labor, onduty)
    onduty_rate = q(r'护林员巡护到岗率(\d+\.\d+)%', '')
    sat1 = q(r'护林员满意度(\d+\.\d+)%', '')
    sat2 = q(r'林区群众满意度(\d+\.\d+)%', '')
    cover_forest = q(r'全县森林覆盖率(\d+\.\d+)%', '')
    c.rate_words()
    # table
    rows = c.table(r'^一级指标｜二级指标｜三级指标', '｜')
    body = {r[2]: r for r in rows if r[0] != '合计'}
    total_row = [r for r in rows if r[0] == '合计']
    if len(total_row) != 1 or len(rows) != 14:
        raise StructureError('wufeng table shape')
    tot = total_row[0]
    ex = body['全年执行数/全年预算数']
    c.rate('预算执行率 (table)', Q(ex[4].rstrip('%')), spent, annual)
    c.same('执行率 text/table', q(r'全年支出[\d.]+万元，预算执行率(\d+\.\d+)%', ''), Q(ex[4].rstrip('%')))
    c.le('score_exceeds_weight', '预算执行', Q(ex[6]), Q(ex[5]))
    c.exec_score(ex[5], ex[6], spent, annual)
    for name, r in body.items():
        if r is ex:
            continue
        c.indicator(name, r[3], r[4], r[5], r[6])

    def act(name):
        pv = c.parse_val(body[name][4])
        return Q(pv[1], pv[2]) if pv else None
    c.same('护林员人数', Q(persons.raw, '人'), act('选聘生态护林员人数'))
    c.same('管护面积', area, act('落实管护责任面积'))
    c.same('到岗率', Q(onduty_rate.raw, '%'), act('护林员巡护到岗率'))
    c.same('培训覆盖率', Q(cover.raw, '%'), act('护林员培训覆盖率'))
    c.same('人均劳务补助', avg_pay, act('护林员年人均劳务补助'))
    c.same('森林覆盖率', Q(cover_forest.raw, '%'), act('森林覆盖率'))
    c.same('护林员满意度', Q(sat1.raw, '%'), act('护林员满意度'))
    c.same('群众满意度', Q(sat2.raw, '%'), act('林区群众满意度'))
    weights = [Q(r[5]) for r in body.values()]
    scores = [Q(r[6]) for r in body.values()]
    c.rel('weight_sum_mismatch', 'Σ分值', Q(tot[5]), lambda *x: sumf(*x), *weights)
    if Q(tot[5]).n != 100:
        c.fail('weight_sum_mismatch', 'total weight not 100')
    split_exec = q(r'按照预算执行(\d+)分', '')
    split_ind = q(r'绩效指标(\d+)分的评分办法', '')
    c.rel('weight_sum_mismatch', '预算执行分值 (text/table)', split_exec, lambda a: a, Q(ex[5]))
    c.rel('weight_sum_mismatch', '绩效指标分值 (text/table)', split_ind, lambda *x: sumf(*x),
          *[Q(r[5]) for r in body.values() if r is not ex])
    total_txt = q(r'自评得分(\d+\.\d+)分', '')
    c.rel('score_sum_mismatch', 'Σ得分 (table)', Q(tot[6]), lambda *x: sumf(*x), *scores)
    c.rel('score_sum_mismatch', 'Σ得分 (text)', total_txt, lambda *x: sumf(*x), *scores)
    c.same('总分 text/table', total_txt, Q(tot[6]))
    c.grade(total_txt, c.m(r'自评等级为“(.+?)”').group(1))
    c.years(2021)


def check_yuexi(c):
    q = c.q
    c.rel('sum_mismatch', '三级林长', q(r'共计(\d+)名', ''), sumf,
          q(r'县级林长(\d+)名', ''), q(r'乡级林长(\d+)名', ''), q(r'村级林长(\d+)名', ''))
    persons = q(r'2019年聘用生态护林员(\d+)人', '')
    c.rel('sum_mismatch', '护林员增加', persons, sumf, q(r'比2018年的(\d+)人', ''), q(r'增加(\d+)人', ''))
    init = q(r'年初预算(\d+\.\d+)(万元)，其中')
    cur0 = q(r'其中当年财政拨款(\d+\.\d+)(万元)')
    carry0 = q(r'、上年结转资金(\d+\.\d+)(万元)；')
    c.rel('sum_mismatch', '年初 = 拨款 + 结转', init, sumf, cur0, carry0)
    add = q(r'追加林长公示牌更新经费(\d+\.\d+)(万元)')
    annual = q(r'后，全年预算(\d+\.\d+)(万元)')
    c.rel('sum_mismatch', '年初 + 追加 = 全年', annual, sumf, init, add)
    spent = q(r'全年执行(\d+\.\d+)(万元)')
    rate_txt = q(r'全年执行[\d.]+万元，预算执行率(\d+\.\d+)%', '')
    c.rate('执行率 (text)', rate_txt, spent, annual)
    unspent = q(r'年末未支出(\d+\.\d+)(万元)')
    fwd = q(r'其中(\d+\.\d+)(万元)结转至2020年')
    back = q(r'，(\d+\.\d+)(万元)收回县财政')
    c.rel('balance_mismatch', '未支出 = 全年 − 执行', unspent, lambda a, b: a - b, annual, spent)
    c.rel('sum_mismatch', '未支出 = 结转 + 收回', unspent, sumf, fwd, back)
    cur = q(r'当年财政拨款(\d+\.\d+)(万元)中')
    hly_b = q(r'护林员补助(\d+\.\d+)(万元)（')
    hly_n = q(r'（(\d+)人×\d+元）', '')
    hly_std = q(r'每人每年补助(\d+)(元)')
    c.same('补助标准', hly_std, q(r'（\d+人×(\d+)(元)）'))
    c.rel('sum_mismatch', '护林员补助 = 人数×标准', hly_b, lambda a, b: a * b, hly_n, hly_std)
    c.same('护林员人数', persons, hly_n)
    hly_s = q(r'实际发放(\d+\.\d+)(万元)')
    c.rel('average_mismatch', '人均发放', q(r'实际人均发放(\d+\.\d+)(元)'), lambda a, n: a / n, hly_s, hly_n)
    lz_b = q(r'林长制工作经费(\d+\.\d+)(万元)，实际支出')
    lz_s = q(r'实际支出(\d+\.\d+)(万元)，执行率[\d.]+%。上年结转')
    c.rate('林长制工作经费执行率', q(r'实际支出[\d.]+万元，执行率(\d+\.\d+)%。上年结转', ''), lz_s, lz_b)
    c.rel('sum_mismatch', '当年拨款 = 护林员 + 林长制', cur, sumf, hly_b, lz_b)
    c.rel('balance_mismatch', '当年结转 = 拨款 − 支出', fwd, lambda a, b, d: a - b - d, cur, hly_s, lz_s)
    carry_cut = q(r'核减(\d+\.\d+)(万元)')
    carry_paid = q(r'实际支付(\d+\.\d+)(万元)')
    c.same('上年结转', carry0, q(r'上年结转的(\d+\.\d+)(万元)'))
    c.rel('balance_mismatch', '结转实付 = 结转 − 核减', carry_paid, lambda a, b: a - b, carry0, carry_cut)
    c.same('核减/收回', carry_cut, back)
    sign_b = q(r'追加的(\d+\.\d+)(万元)全部用于')
    c.same('公示牌追加', add, sign_b)
    n_sign = q(r'全年更新(\d+)块', '')
    unit_price = q(r'每块造价(\d+)(元|万元)')
    sign_s = q(r'实际支出(\d+\.\d+)(万元)，执行率[\d.]+%，节余')
    c.rel('sum_mismatch', '公示牌支出 = 块数×单价', sign_s, lambda n, p: n * p, n_sign, unit_price)
    c.rate('公示牌执行率', q(r'实际支出[\d.]+万元，执行率(\d+\.\d+)%，节余', ''), sign_s, sign_b)
    patrol = q(r'全年巡林(\d+)人次', '')
    c.rel('completion_mismatch', '巡林完成率', q(r'人次的(\d+\.\d+)%', ''), lambda a, b: a / b * 100,
          patrol, q(r'为年度目标(\d+)人次', ''))
    fix_rate = q(r'整改销号率(\d+\.\d+)%', '')
    c.rate('整改销号率', fix_rate, q(r'已整改销号(\d+)个', ''), q(r'等问题(\d+)个', ''))
    sat = q(r'满意度(\d+\.\d+)%，略低于', '')
    fire = q(r'全年森林火灾受害率(\d+\.\d+)(‰)')
    c.rate_words()
    # funds block
    frows = c.table(r'^项目资金（万元）｜年初预算数', '｜', stop_pat=r'^一级指标')
    fb = {r[0]: r for r in frows}
    if set(fb) != {'年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金'}:
        raise StructureError('yuexi funds block')
    for col, label in ((1, '年初'), (2, '全年'), (3, '执行')):
        c.rel('sum_mismatch', f'资金总额{label}', Q(fb['年度资金总额'][col], '万元'), sumf,
              *[Q(fb[k][col], '万元') for k in ('其中：当年财政拨款', '上年结转资金', '其他资金')])
    tot = fb['年度资金总额']
    c.same('年初预算', init, Q(tot[1], '万元'))
    c.same('全年预算', annual, Q(tot[2], '万元'))
    c.same('全年执行', spent, Q(tot[3], '万元'))
    c.same('年初拨款', cur0, Q(fb['其中：当年财政拨款'][1], '万元'))
    c.same('全年拨款', cur, Q(fb['其中：当年财政拨款'][2], '万元'))
    c.rel('sum_mismatch', '拨款执行 = 护林员 + 林长制', Q(fb['其中：当年财政拨款'][3], '万元'), sumf, hly_s, lz_s)
    c.same('结转年初', carry0, Q(fb['上年结转资金'][1], '万元'), Q(fb['上年结转资金'][2], '万元'))
    c.same('结转执行', carry_paid, Q(fb['上年结转资金'][3], '万元'))
    c.rate('执行率 (table)', Q(tot[5].rstrip('%')), Q(tot[3], '万元'), Q(tot[2], '万元'))
    c.same('执行率 text/table', rate_txt, Q(tot[5].rstrip('%')))
    c.le('score_exceeds_weight', '预算执行', Q(tot[6]), Q(tot[4]))
    c.exec_score(tot[4], tot[6], Q(tot[3], '万元'), Q(tot[2], '万元'))
    # indicators
    rows = c.table(r'^一级指标｜二级指标｜三级指标', '｜')
    body = {r[2]: r for r in rows if r[0] != '总分'}
    tr = [r for r in rows if r[0] == '总分']
    if len(tr) != 1 or len(body) != 10:
        raise StructureError('yuexi table shape')
    for name, r in body.items():
        c.indicator(name, r[3], r[4], r[5], r[6])

    def act(name):
        pv = c.parse_val(body[name][4])
        return Q(pv[1], pv[2])
    c.same('巡林人次', Q(patrol.raw, '人次'), act('三级林长巡林'))
    c.same('整改销号率', Q(fix_rate.raw, '%'), act('巡林发现问题整改销号率'))
    c.same('满意度', Q(sat.raw, '%'), act('护林员及林区群众满意度'))
    c.same('火灾受害率', fire, act('森林火灾受害率'))
    c.same('护林员人数', Q(persons.raw, '人'), act('聘用生态护林员'))
    c.same('公示牌块数', Q(n_sign.raw, '块'), act('更新林长公示牌'))
    pv = c.parse_val(body['护林员年补助标准'][4])
    c.same('护林员补助标准', hly_std, Q(pv[1], pv[2].replace('/人', '')))
    weights = [Q(tot[4])] + [Q(r[5]) for r in body.values()]
    scores = [Q(tot[6])] + [Q(r[6]) for r in body.values()]
    c.rel('weight_sum_mismatch', 'Σ分值', Q(tr[0][5]), lambda *x: sumf(*x), *weights)
    if Q(tr[0][5]).n != 100:
        c.fail('weight_sum_mismatch', 'total weight not 100')
    total_txt = q(r'本项目自评得分(\d+(?:\.\d+)?)分', '')
    c.rel('score_sum_mismatch', 'Σ得分 (table)', Q(tr[0][6]), lambda *x: sumf(*x), *scores)
    c.rel('score_sum_mismatch', 'Σ得分 (text)', total_txt, lambda *x: sumf(*x), *scores)
    c.same('总分 text/table', total_txt, Q(tr[0][6]))
    c.grade(total_txt, c.m(r'评价结论为“(.+?)”').group(1))
    c.years(2019)


def check_mabian(c):
    q = c.q
    central = q(r'生态保护恢复资金(\d+\.\d+)(万元)')
    prov = q(r'省级安排(\d+\.\d+)(万元)')
    init = q(r'构成年初预算(\d+\.\d+)(万元)')
    c.rel('sum_mismatch', '年初 = 中央 + 省级', init, sumf, central, prov)
    add = q(r'省级追加巡护装备及培训资金(\d+\.\d+)(万元)')
    annual = q(r'全年预算调整为(\d+\.\d+)(万元)')
    c.rel('sum_mismatch', '年初 + 追加 = 全年', annual, sumf, init, add)
    recv = q(r'全年预算资金(\d+\.\d+)(万元)全部到位')
    c.same('全年预算', annual, recv)
    c.rate('到位率', q(r'到位率(\d+)%', ''), recv, annual)
    spent = q(r'全年实际支出(\d+\.\d+)(万元)')
    rate_txt = q(r'预算执行率(\d+\.\d+)%，其中', '')
    c.rate('执行率 (text)', rate_txt, spent, annual)
    hly = q(r'其中护林员补助(\d+\.\d+)(万元)')
    ins = q(r'意外伤害保险(\d+\.\d+)(万元)（')
    ins_u = q(r'（每人(\d+)(元|万元)）')
    eq_s = q(r'巡护装备及培训(\d+\.\d+)(万元)。')
    c.rel('sum_mismatch', '执行构成', spent, sumf, hly, ins, eq_s)
    unspent = q(r'未支出的(\d+\.\d+)(万元)')
    c.rel('balance_mismatch', '未支出 = 全年 − 执行', unspent, lambda a, b: a - b, annual, spent)
    persons = q(r'续聘和新聘生态护林员(\d+)人', '')
    std = q(r'每人每年(\d+)(元)')
    monthly = q(r'按每月(\d+)(元)核算')
    c.rel('sum_mismatch', '月标准×12 = 年标准', std, lambda a: a * 12, monthly)
    c.rel('sum_mismatch', '保险 = 人数×每人', ins, lambda a, b: a * b, persons, ins_u)
    hly_b = q(r'护林员补助预算(\d+\.\d+)(万元)')
    c.same('人数', persons, q(r'（(\d+)人×\d+元）', ''))
    c.same('标准', std, q(r'（\d+人×(\d+)(元)）'))
    c.rel('sum_mismatch', '补助预算 = 人数×标准', hly_b, lambda a, b: a * b, persons, std)
    c.same('实际兑付', hly, q(r'实际兑付(\d+\.\d+)(万元)'))
    less = q(r'少支出的(\d+\.\d+)(万元)')
    c.rel('balance_mismatch', '少支出 = 预算 − 兑付', less, lambda a, b: a - b, hly_b, hly)
    c.rel('sum_mismatch', '空岗人月×月标准', less, lambda a, b: a * b, q(r'共(\d+)个人月', ''), monthly)
    eq_b = q(r'巡护装备及培训资金预算(\d+\.\d+)(万元)')
    c.same('装备预算', add, eq_b)
    c.same('装备支出', eq_s, q(r'年内支付(\d+\.\d+)(万元)'))
    c.rate('装备执行率', q(r'年内支付[\d.]+万元，执行率(\d+\.\d+)%', ''), eq_s, eq_b)
    area = q(r'全年落实管护面积(\d+\.\d+)(万亩)')
    c.same('责任区个数', persons, q(r'全县(\d+)个管护责任区', ''))
    c.rel('average_mismatch', '人均管护面积', q(r'平均每名护林员管护(\d+\.\d+)亩', ''),
          lambda a, n: a * 10000 / n, area, persons)
    area_t = q(r'落实管护责任面积(\d+)万亩以上', '')
    c.rel('completion_mismatch', '管护面积完成率', q(r'完成目标的(\d+\.\d+)%', ''),
          lambda a, b: a / b * 100, area, area_t)
    c.rel('completion_mismatch', '巡护完成率', q(r'为年度目标的(\d+\.\d+)%', ''),
          lambda a, b: a / b * 100, q(r'累计巡护(\d+\.\d+)万人次', ''), q(r'全年巡护(\d+)万人次以上', ''))
    inc = q(r'护林员人均增收(\d+\.\d+)(元)')
    c.rel('average_mismatch', '人均增收', inc, lambda a, n: a / n, hly, persons)
    up = q(r'上传合格率为(\d+\.\d+)%', '')
    days = q(r'补助兑付用时(\d+)天', '')
    fire = q(r'受害率(\d+\.\d+)(‰)')
    c.rate_words()
    # funds block
    frows = c.table(r'^项目资金（万元）｜年初预算数', '｜', stop_pat=r'^一级指标')
    fb = {r[0]: r for r in frows}
    if set(fb) != {'年度资金总额', '财政资金', '财政专户管理资金', '单位资金', '其他资金'}:
        raise StructureError('mabian funds block')
    for col, label in ((1, '年初'), (2, '全年'), (3, '执行')):
        c.rel('sum_mismatch', f'资金总额{label}', Q(fb['年度资金总额'][col], '万元'), sumf,
              *[Q(fb[k][col], '万元') for k in ('财政资金', '财政专户管理资金', '单位资金', '其他资金')])
    tot = fb['年度资金总额']
    c.same('年初', init, Q(tot[1], '万元'))
    c.same('全年', annual, Q(tot[2], '万元'))
    c.same('执行', spent, Q(tot[3], '万元'))
    c.rate('执行率 (table)', Q(tot[5].rstrip('%')), Q(tot[3], '万元'), Q(tot[2], '万元'))
    c.same('执行率 text/table', rate_txt, Q(tot[5].rstrip('%')))
    c.le('score_exceeds_weight', '预算执行', Q(tot[6]), Q(tot[4]))
    c.exec_score(tot[4], tot[6], Q(tot[3], '万元'), Q(tot[2], '万元'))
    rows = c.table(r'^一级指标｜二级指标｜三级指标｜指标性质', '｜')
    body = {r[2]: r for r in rows if r[0] != '合计'}
    tr = [r for r in rows if r[0] == '合计']
    if len(tr) != 1 or len(body) != 8:
        raise StructureError('mabian table shape')
    for name, r in body.items():
        c.indicator(name, r[4], r[6], r[7], r[8], unit_col=r[5], sign_col=r[3])
    c.same('人数', Q(persons.raw), Q(body['续聘及新聘生态护林员'][6]))
    c.same('管护面积', Q(area.raw), Q(body['落实管护责任面积'][6]))
    c.same('上传合格率', up, Q(body['巡护轨迹上传合格率'][6]))
    c.same('兑付天数', days, Q(body['季度补助兑付时限'][6]))
    c.same('补助标准', Q(std.raw), Q(body['护林员补助标准'][6]))
    c.same('人均增收', Q(inc.raw), Q(body['护林员人均增收'][6]))
    c.same('火灾受害率', Q(fire.raw), Q(body['管护区森林火灾受害率'][6]))
    weights = [Q(tot[4])] + [Q(r[7]) for r in body.values()]
    scores = [Q(tot[6])] + [Q(r[8]) for r in body.values()]
    c.rel('weight_sum_mismatch', 'Σ分值', Q(tr[0][7]), lambda *x: sumf(*x), *weights)
    if Q(tr[0][7]).n != 100:
        c.fail('weight_sum_mismatch', 'total weight not 100')
    c.rel('weight_sum_mismatch', '预算执行分值 (text)', q(r'按预算执行(\d+)分', ''), lambda a: a, Q(tot[4]))
    c.rel('weight_sum_mismatch', '绩效指标分值 (text)', q(r'绩效指标(\d+)分评分', ''), lambda *x: sumf(*x),
          *[Q(r[7]) for r in body.values()])
    total_txt = q(r'自评得分(\d+\.\d+)分', '')
    c.rel('score_sum_mismatch', 'Σ得分 (table)', Q(tr[0][8]), lambda *x: sumf(*x), *scores)
    c.rel('score_sum_mismatch', 'Σ得分 (text)', total_txt, lambda *x: sumf(*x), *scores)
    c.same('总分 text/table', total_txt, Q(tr[0][8]))
    c.grade(total_txt, c.m(r'等级为(优|良|中|差)').group(1))
    c.years(2023)
    adv = c.m(r'(\d{4})年12月，省财政厅提前下达(\d{4})年')
    if int(adv.group(1)) != 2022 or int(adv.group(2)) != 2023:
        c.fail('year_mismatch', f'advance {adv.group(0)}')


def check_jingle(c):
    q = c.q
    persons = q(r'全县聘用生态护林员(\d+)人', '')
    std = q(r'每人每年补助(\d+)(元)')
    c.rel('average_mismatch', '人均管护面积', q(r'人均管护面积(\d+(?:\.\d+)?)亩', ''),
          lambda a, n: a * 10000 / n, q(r'林地面积(\d+\.\d+)万亩', ''), persons)
    rows = c.table(r'^项目\t行次\t', '\t')
    fb = {r[0]: r for r in rows}
    keys = ['年初预算资金', '全年预算资金', '实际到位资金', '全年执行资金', '资金结余', '预算到位率(%)', '预算执行率(%)']
    if list(fb) != keys or any(len(r) != 10 for r in rows):
        raise StructureError('jingle funds table shape')

    def cell(k, j):
        return Q(fb[k][j], '万元')
    # columns: 2 total, 3 小计, 4 中央, 5 省, 6 市, 7 县, 8 上年结转, 9 其他
    for k in keys[:5]:
        c.rel('sum_mismatch', f'{k} 总额 = 小计 + 结转 + 其他', cell(k, 2), sumf, cell(k, 3), cell(k, 8), cell(k, 9))
        c.rel('sum_mismatch', f'{k} 小计 = 中央 + 省 + 市 + 县', cell(k, 3), sumf, *[cell(k, j) for j in (4, 5, 6, 7)])
    for j in range(2, 10):
        c.rel('balance_mismatch', f'(5)=(3)-(4) col {j}', cell('资金结余', j), lambda a, b: a - b,
              cell('实际到位资金', j), cell('全年执行资金', j))
        c.rate(f'(6)=(3)/(2) col {j}', Q(fb['预算到位率(%)'][j]), cell('实际到位资金', j), cell('全年预算资金', j))
        c.rate(f'(7)=(4)/(2) col {j}', Q(fb['预算执行率(%)'][j]), cell('全年执行资金', j), cell('全年预算资金', j))
    c.rel('sum_mismatch', '中央 = 人数×标准', cell('全年预算资金', 4), lambda a, b: a * b, persons, std)
    carry = q(r'上年结转资金(\d+\.\d+)(万元)是')
    c.same('上年结转', carry, cell('全年预算资金', 8))
    c.rel('sum_mismatch', '上年结转 = 人数×每人', carry, lambda a, b: a * b,
          q(r'第四季度(\d+)名护林员', ''), q(r'（每人(\d+)(元)）'))
    c.same('省级结余', q(r'省级资金结余的(\d+\.\d+)(万元)'), cell('资金结余', 5))
    c.same('县级预算', q(r'年初预算(\d+\.\d+)(万元)，受县级'), cell('年初预算资金', 7))
    county_recv = q(r'实际到位(\d+\.\d+)(万元)，已全部支出')
    c.same('县级到位', county_recv, cell('实际到位资金', 7))
    c.same('县级执行', county_recv, cell('全年执行资金', 7))
    signs = q(r'更新林长公示牌(\d+)块、', '')
    sign_amt = q(r'支出(\d+\.\d+)(万元)，林长制考核')
    c.rel('sum_mismatch', '公示牌 = 块数×单价', sign_amt, lambda a, b: a * b, signs, q(r'每块(\d+)(元)'))
    c.rel('sum_mismatch', '县级 = 公示牌 + 考核宣传', county_recv, sumf, sign_amt,
          q(r'考核和宣传支出(\d+\.\d+)(万元)'))
    # indicator table
    rows = c.table(r'^一级指标\t二级指标\t三级指标\t权重', '\t')
    body = {r[2]: r for r in rows if r[0] != '合计'}
    tr = [r for r in rows if r[0] == '合计']
    if len(tr) != 1 or len(body) != 11 or any(len(r) != 8 for r in rows):
        raise StructureError('jingle indicator table shape')
    ex = body['预算执行率']
    annual, spent = cell('全年预算资金', 2), cell('全年执行资金', 2)
    c.rate('执行率 (indicator table)', Q(ex[5].rstrip('%')), spent, annual)
    c.same('执行率 funds/indicator', Q(fb['预算执行率(%)'][2]), Q(ex[5].rstrip('%')))
    c.rel('completion_mismatch', '执行率完成率', Q(ex[6].rstrip('%')), lambda a, b: a / b * 100, spent, annual)
    c.le('score_exceeds_weight', '预算执行', Q(ex[7]), Q(ex[3]))
    c.exec_score(ex[3], ex[7], spent, annual)
    for name, r in body.items():
        if r is ex:
            continue
        c.indicator(name, r[4], r[5], r[3], r[7], completion=r[6])

    def act(name):
        pv = c.parse_val(body[name][5])
        return Q(pv[1], pv[2])
    c.same('护林员人数', Q(persons.raw, '人'), act('聘用生态护林员'))
    c.same('巡林次数', q(r'全年巡林(\d+)(次)'), act('三级林长巡林次数'))
    c.same('公示牌', Q(signs.raw, '块'), q(r'公示牌只更新了(\d+)(块)'), act('更新林长公示牌'))
    fixr = q(r'整改率(\d+)%，未整改', '')
    c.rate('整改率', fixr, q(r'整改(\d+)个', ''), q(r'发现问题(\d+)个', ''))
    c.same('整改率', Q(fixr.raw, '%'), act('巡林发现问题整改率'))
    c.same('补助标准', std, act('人均管护补助标准'))
    c.same('增收户数', q(r'(\d+)(户)脱贫户通过'), act('带动脱贫户增收户数'))
    c.same('火灾受害率', q(r'受害率(\d+\.\d+)(‰)'), act('森林火灾受害率'))
    c.same('网格覆盖率', q(r'网格化管护覆盖率为(\d+\.\d+)(%)'), act('林长制网格化管护覆盖率'))
    c.same('满意度', q(r'满意度(\d+\.\d+)(%)，群众'), act('服务对象满意度'))
    c.rel('completion_mismatch', '无人机巡护完成率', q(r'完成率(\d+\.\d+)%。', ''), lambda a, b: a / b * 100,
          q(r'完成巡护(\d+)架次', ''), q(r'年度计划(\d+)架次', ''))
    full = q(r'考核满分(\d+)分', '')
    hi, lo = q(r'得分最高的乡镇(\d+)分', ''), q(r'最低的(\d+)分', '')
    c.le('score_exceeds_weight', '乡镇考核最高分', hi, full)
    c.le('score_exceeds_weight', '乡镇考核最低分', lo, full)
    c.rate_words()
    weights = [Q(r[3]) for r in body.values()]
    scores = [Q(r[7]) for r in body.values()]
    c.rel('weight_sum_mismatch', 'Σ权重', Q(tr[0][3]), lambda *x: sumf(*x), *weights)
    if Q(tr[0][3]).n != 100:
        c.fail('weight_sum_mismatch', 'total weight not 100')
    total_txt = q(r'绩效自评总得分(\d+\.\d+)分', '')
    c.rel('score_sum_mismatch', 'Σ得分 (table)', Q(tr[0][7]), lambda *x: sumf(*x), *scores)
    c.rel('score_sum_mismatch', 'Σ得分 (text)', total_txt, lambda *x: sumf(*x), *scores)
    c.same('总分 text/table', total_txt, Q(tr[0][7]))
    c.grade(total_txt, c.m(r'评价等级为“(.+?)”').group(1))
    c.years(2022)


def check_taining(c):
    q = c.q
    c.rel('sum_mismatch', '各级林长', q(r'各级林长(\d+)名', ''), sumf,
          q(r'县级林长(\d+)名', ''), q(r'乡级林长(\d+)名', ''), q(r'村级林长(\d+)名', ''))
    persons = q(r'聘用生态护林员(\d+)人，管护', '')
    c.same('护林员人数', persons, q(r'全县聘用生态护林员(\d+)人，补助', ''))
    c.rel('average_mismatch', '人均管护面积', q(r'人均管护面积(\d+\.\d+)亩', ''),
          lambda a, n: a * 10000 / n, q(r'生态公益林(\d+\.\d+)万亩', ''), persons)
    init = q(r'年初预算(\d+\.\d+)(万元)')
    add = q(r'有害生物防治资金(\d+\.\d+)(万元)')
    annual = q(r'全年预算(\d+\.\d+)(万元)，其中')
    c.rel('sum_mismatch', '年初 + 追加', annual, sumf, init, add)
    c.rel('sum_mismatch', '拨款 + 结转', annual, sumf, q(r'财政拨款(\d+\.\d+)(万元)'), q(r'上年结转(\d+\.\d+)(万元)'))
    basic_b = q(r'基本支出(\d+\.\d+)(万元)，项目支出')
    proj_b = q(r'项目支出(\d+\.\d+)(万元)。')
    c.rel('sum_mismatch', '基本 + 项目', annual, sumf, basic_b, proj_b)
    spent = q(r'全年支出(\d+\.\d+)(万元)，预算执行率')
    c.rate('部门执行率', q(r'全年支出[\d.]+万元，预算执行率(\d+\.\d+)%', ''), spent, annual)
    basic_s = q(r'其中基本支出(\d+\.\d+)(万元)')
    proj_s = q(r'项目支出(\d+\.\d+)(万元)，执行率')
    c.rel('sum_mismatch', '执行 基本 + 项目', spent, sumf, basic_s, proj_s)
    c.rate('基本支出执行率', q(r'其中基本支出[\d.]+万元，执行率(\d+\.\d+)%', ''), basic_s, basic_b)
    proj_rate = q(r'项目支出[\d.]+万元，执行率(\d+\.\d+)%', '')
    c.rate('项目支出执行率', proj_rate, proj_s, proj_b)
    c.rel('balance_mismatch', '未支出 = 全年 − 执行', q(r'未支出的(\d+\.\d+)(万元)'), lambda a, b: a - b, annual, spent)
    fwd = q(r'建设资金(\d+\.\d+)(万元)因工程跨年')
    c.same('防火结转', fwd, q(r'尾款(\d+\.\d+)(万元)'))
    # project table
    rows = c.table(r'^项目名称 \| 全年预算数', '|')
    pb = {r[0]: r for r in rows}
    names = ['林长制工作经费', '生态护林员管护补助', '天然林停伐管护补助', '森林防火专项', '林业有害生物防治']
    if list(pb) != names + ['合计']:
        raise StructureError('taining project table shape')
    for n in names:
        r = pb[n]
        c.rate(f'{n} 执行率', Q(r[3].rstrip('%')), Q(r[2], '万元'), Q(r[1], '万元'))
        c.le('score_exceeds_weight', f'{n} 自评得分', Q(r[4]), Q('100'))
    tot = pb['合计']
    c.rel('sum_mismatch', '项目预算合计', Q(tot[1], '万元'), sumf, *[Q(pb[n][1], '万元') for n in names])
    c.rel('sum_mismatch', '项目执行合计', Q(tot[2], '万元'), sumf, *[Q(pb[n][2], '万元') for n in names])
    c.rate('项目合计执行率', Q(tot[3].rstrip('%')), Q(tot[2], '万元'), Q(tot[1], '万元'))
    c.same('项目预算', proj_b, Q(tot[1], '万元'))
    c.same('项目执行', proj_s, Q(tot[2], '万元'))
    c.same('项目执行率', proj_rate, Q(tot[3].rstrip('%')))
    c.rel('average_mismatch', '项目平均自评得分', q(r'平均自评得分(\d+(?:\.\d+)?)分', ''),
          lambda *x: sumf(*x) / len(x), *[Q(pb[n][4]) for n in names])
    # sub-projects in prose
    c.rel('completion_mismatch', '林长巡林完成率', q(r'完成率(\d+\.\d+)%；', ''), lambda a, b: a / b * 100,
          q(r'巡林(\d+)人次，年度目标', ''), q(r'年度目标为(\d+)人次', ''))
    found, done = q(r'发现问题(\d+)个', ''), q(r'整改销号(\d+)个', '')
    c.rate('销号率', q(r'销号率(\d+\.\d+)%', ''), done, found)
    c.rel('sum_mismatch', '未销号个数', q(r'未销号的(\d+)个', ''), lambda a, b: a - b, found, done)
    std = q(r'每人每年(\d+)(元)')
    monthly = q(r'（每月(\d+)(元)）')
    c.rel('sum_mismatch', '月×12 = 年', std, lambda a: a * 12, monthly)
    ins_u = q(r'意外伤害保险(\d+)(元)')
    hly_b = q(r'合计预算(\d+\.\d+)(万元)')
    c.same('护林员预算', hly_b, Q(pb['生态护林员管护补助'][1], '万元'))
    c.rel('sum_mismatch', '护林员预算 = 人数×(标准 + 保险)', hly_b, lambda n, s, i: n * (s + i), persons, std, ins_u)
    paid, prem = q(r'全年发放补助(\d+\.\d+)(万元)'), q(r'支付保险费(\d+\.\d+)(万元)')
    c.rel('sum_mismatch', '保险费 = 人数×每人', prem, lambda n, i: n * i, persons, ins_u)
    c.rel('sum_mismatch', '护林员执行 = 补助 + 保险', Q(pb['生态护林员管护补助'][2], '万元'), sumf, paid, prem)
    less = q(r'补助少发的(\d+\.\d+)(万元)')
    c.rel('balance_mismatch', '少发 = 人数×标准 − 发放', less, lambda n, s, p: n * s - p, persons, std, paid)
    c.rel('sum_mismatch', '空岗人月×月标准', less, lambda a, b: a * b, q(r'空岗(\d+)个人月', ''), monthly)
    fb_, fs_ = q(r'该项目预算(\d+\.\d+)(万元)'), q(r'全年支出(\d+\.\d+)(万元)，执行率[\d.]+%，执行偏低')
    c.same('防火预算', fb_, Q(pb['森林防火专项'][1], '万元'))
    c.same('防火执行', fs_, Q(pb['森林防火专项'][2], '万元'))
    fr1 = q(r'全年支出[\d.]+万元，执行率(\d+\.\d+)%，执行偏低', '')
    fr2 = q(r'执行率只有(\d+\.\d+)%', '')
    c.rate('防火执行率', fr1, fs_, fb_)
    c.same('防火执行率', fr1, fr2, Q(pb['森林防火专项'][3].rstrip('%')))
    c.rel('balance_mismatch', '防火结转 = 预算 − 执行', fwd, lambda a, b: a - b, fb_, fs_)
    c.rate_words()
    # department score table
    rows = c.table(r'^一级指标 \| 二级指标 \| 分值', '|')
    body = [r for r in rows if r[0] != '合计']
    tr = [r for r in rows if r[0] == '合计']
    if len(tr) != 1 or len(body) != 8:
        raise StructureError('taining score table shape')
    for r in body:
        c.le('score_exceeds_weight', r[1], Q(r[3]), Q(r[2]))
    ex = [r for r in body if r[1] == '预算执行率'][0]
    c.exec_score(ex[2], ex[3], spent, annual)
    sat = [r for r in body if r[1] == '服务对象满意度'][0]
    c.indicator('服务对象满意度', '≥' + q(r'目标值不低于(\d+)%', '').raw + '%',
                q(r'实际为(\d+\.\d+)%', '').raw + '%', sat[2], sat[3])
    c.rel('weight_sum_mismatch', 'Σ分值', Q(tr[0][2]), lambda *x: sumf(*x), *[Q(r[2]) for r in body])
    if Q(tr[0][2]).n != 100:
        c.fail('weight_sum_mismatch', 'total weight not 100')
    total_txt = q(r'自评得分(\d+\.\d+)分，等级', '')
    scores = [Q(r[3]) for r in body]
    c.rel('score_sum_mismatch', 'Σ得分 (table)', Q(tr[0][3]), lambda *x: sumf(*x), *scores)
    c.rel('score_sum_mismatch', 'Σ得分 (text)', total_txt, lambda *x: sumf(*x), *scores)
    c.same('总分 text/table', total_txt, Q(tr[0][3]))
    c.grade(total_txt, c.m(r'等级为(优|良|中|差)').group(1))
    c.years(2024)


SPECS = {
    'hb-wufeng-hulinyuan-2021': check_wufeng,
    'ah-yuexi-linzhangzhi-2019': check_yuexi,
    'sc-mabian-hulinyuan-2023': check_mabian,
    'sx-jingle-xunlin-2022': check_jingle,
    'fj-taining-linyeju-bumen-2024': check_taining,
}


def run(pid, text, name):
    c = Checker(text, name)
    SPECS[pid](c)
    return c


def main():
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if ln.strip()]
    problems = []
    cleans = {}
    for rec in labels:
        if rec['clean']:
            cleans[rec['source']] = open(os.path.join(CASES, rec['case']), encoding='utf-8').read()
    if set(cleans) != set(SPECS):
        problems.append(f'clean drafts {sorted(cleans)} vs specs {sorted(SPECS)}')
    counts = {k: 0 for k in CODES}
    n_err = 0
    for rec in labels:
        name, pid = rec['case'], rec['source']
        text = open(os.path.join(CASES, name), encoding='utf-8').read()
        n = len(text)
        if not (2700 <= n <= 3500):
            problems.append(f'{name}: length {n} characters')
        try:
            c = run(pid, text, name)
        except StructureError as e:
            problems.append(f'{name}: structure: {e}')
            continue
        failed = {code for code, _ in c.fails}
        if rec['clean']:
            if rec['expected']:
                problems.append(f'{name}: clean case with labels')
            if c.fails:
                problems.append(f'{name}: clean draft fails: {c.fails}')
            if c.warns:
                problems.append(f'{name}: clean draft warnings: {c.warns}')
            continue
        n_err += 1
        if len(rec['expected']) != 1:
            problems.append(f'{name}: expected exactly one label')
            continue
        lab = rec['expected'][0]
        code, value = lab['code'], lab['value']
        if code not in CODES or lab['severity'] != 'error':
            problems.append(f'{name}: bad code/severity {code}/{lab["severity"]}')
            continue
        counts[code] += 1
        # label value and the single contiguous edit
        if text.count(value) < 1:
            problems.append(f'{name}: label value not in the case: {value!r}')
            continue
        clean = cleans[pid]
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        ds, de = p, len(text) - s          # differing region in the error case
        if ds >= de and len(clean) == len(text):
            problems.append(f'{name}: identical to its clean draft')
            continue
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(o < max(de, ds + 1) and ds < o + len(value) for o in occ):
            problems.append(f'{name}: label value does not overlap the edit [{ds},{de})')
        if de - ds > 40 or (len(clean) - s) - p > 40:
            problems.append(f'{name}: edit region too large ({de - ds} chars)')
        # arithmetic
        if code not in failed:
            problems.append(f'{name}: labelled {code} does not fail; fails: {c.fails}')
        other = failed - {code}
        if other:
            problems.append(f'{name}: other error codes fail: {[f for f in c.fails if f[0] != code]}')
        warn_note = f'  (warnings: {len(c.warns)})' if c.warns else ''
        print(f'{name:42s} {code:22s} ok{warn_note}')
    for k, v in counts.items():
        if v < 2:
            problems.append(f'code {k} used {v} times (< 2)')
    if n_err != 30:
        problems.append(f'{n_err} error cases, expected 30')
    print('counts:', ', '.join(f'{k}={v}' for k, v in counts.items()))
    if problems:
        print('\nPROBLEMS:')
        for p_ in problems:
            print(' -', p_)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
