#!/usr/bin/env python3
"""Verify the set: labels, single contiguous edits, code coverage, and the arithmetic of every case.

For each draft the arithmetic is redone from the text itself (figures are read with anchored regular
expressions and from the indicator tables). Every check carries the error code it would raise.
Clean drafts: every check must pass (warnings included). Error cases: the labelled code must fail and
no other error-level check may fail (the warning `score_rule_mismatch` may).
Standard library only; numbers are decimal.Decimal; tolerance follows rules.md §8.
"""
import json
import os
import re
import sys
from decimal import Decimal, getcontext

getcontext().prec = 34

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

ERROR_CODES = {
    'rate_mismatch', 'balance_mismatch', 'sum_mismatch', 'score_sum_mismatch', 'score_exceeds_weight',
    'weight_sum_mismatch', 'grade_mismatch', 'average_mismatch', 'conflicting_values', 'implausible_rate',
    'unit_mismatch', 'year_mismatch', 'completion_mismatch',
}
NUM = r'(\d[\d,]*(?:\.\d+)?)'
MU = r'(万元|亿元|元)'
GRADE = r'(优秀|良好|中等|一般|合格|较差|不合格|优|良|中|差)'
MONEY = {'元': Decimal('0.0001'), '万元': Decimal(1), '亿元': Decimal(10000)}
SPLIT = re.compile(r'｜|\t| {2,}')


class ParseError(Exception):
    pass


def N(s):
    return Decimal(str(s).replace(',', ''))


def dp(s):
    s = str(s).replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


def tol(s):
    return Decimal('0.5') * (Decimal(10) ** -dp(s)) + Decimal('1e-9')


def close(s, c):
    return abs(N(s) - c) <= tol(s)


class M:
    """A money amount as written: number string + unit."""

    def __init__(self, s, unit='万元'):
        self.s, self.unit = s, unit

    @property
    def v(self):
        return N(self.s) * MONEY[self.unit]

    @property
    def t(self):
        return tol(self.s) * MONEY[self.unit]

    def __repr__(self):
        return f'{self.s}{self.unit}'


def val(x):
    return x.v if isinstance(x, M) else N(x)


def tl(x):
    return x.t if isinstance(x, M) else tol(x)


def grade_of(total):
    if total >= 90:
        return '优'
    if total >= 80:
        return '良'
    if total >= 60:
        return '中'
    return '差'


GRADE_NORM = {'优秀': '优', '优': '优', '良好': '良', '良': '良', '中等': '中', '一般': '中', '合格': '中',
              '中': '中', '较差': '差', '不合格': '差', '差': '差'}


class Check:
    def __init__(self, text, year):
        self.t = text
        self.Y = year
        self.res = []

    # ---------------------------------------------------------------- reading
    def m(self, pat):
        ms = list(re.finditer(pat, self.t, re.M))
        if len(ms) != 1:
            raise ParseError(f'{len(ms)} matches for {pat!r}')
        return ms[0]

    def g(self, pat):
        return self.m(pat).groups()

    def cells(self, name):
        hits = []
        for line in self.t.split('\n'):
            cs = [c.strip() for c in SPLIT.split(line.strip())]
            if name in cs:
                hits.append(cs)
        if len(hits) != 1:
            raise ParseError(f'table row {name!r} found {len(hits)} times')
        cs = hits[0]
        i = len(cs) - 1 - cs[::-1].index(name)
        return [c for c in cs[i + 1:]]

    def line_cells(self, pat):
        line = self.m(pat).group(0)
        return [c.strip() for c in SPLIT.split(line.strip()) if c.strip()]

    # ---------------------------------------------------------------- recording
    def add(self, code, ok, msg, sev='error'):
        self.res.append((code, sev, bool(ok), msg))

    # ---------------------------------------------------------------- arithmetic checks
    def rate(self, stated, num, den, what, code='rate_mismatch'):
        c = val(num) / val(den) * 100
        self.add(code, close(stated, c), f'{what}: {num}/{den} = {c:.4f}% vs stated {stated}%')

    def _rescue(self, items, test):
        """unit_mismatch if rescaling one money amount by 10^4 or 10^8 reconciles the identity."""
        for i, it in enumerate(items):
            if not isinstance(it, M):
                continue
            for f in (Decimal(10000), Decimal('0.0001'), Decimal(10 ** 8), Decimal('1e-8')):
                vals = [x.v if isinstance(x, M) else N(x) for x in items]
                vals[i] = vals[i] * f
                if test(vals):
                    return True
        return False

    def total(self, tot, parts, what, code='sum_mismatch'):
        items = [tot] + list(parts)
        t = tl(tot)

        def test(vals):
            return abs(vals[0] - sum(vals[1:])) <= t
        vals = [val(x) for x in items]
        if test(vals):
            self.add(code, True, what)
            return
        c = 'unit_mismatch' if self._rescue(items, test) else code
        self.add(c, False, f'{what}: {tot} vs sum {sum(vals[1:])}')

    def product(self, amount, expected, what):
        """amount (M, in 万元 after normalisation) = expected (Decimal, 万元)."""
        items = [amount]

        def test(vals):
            return abs(vals[0] - expected) <= amount.t
        if test([amount.v]):
            self.add('sum_mismatch', True, what)
            return
        c = 'unit_mismatch' if self._rescue(items, test) else 'sum_mismatch'
        self.add(c, False, f'{what}: {amount} vs {expected}')

    def balance(self, stated, a, b, what):
        c = val(a) - val(b)
        self.add('balance_mismatch', abs(val(stated) - c) <= tl(stated), f'{what}: {a} - {b} = {c} vs {stated}')

    def diff(self, stated, a, b, what, code='sum_mismatch'):
        c = N(a) - N(b)
        self.add(code, close(stated, c), f'{what}: {a} - {b} = {c} vs {stated}')

    def avg(self, stated, items, what):
        c = sum(N(x) for x in items) / len(items)
        self.add('average_mismatch', close(stated, c), f'{what}: mean {c:.4f} vs {stated}')

    def same(self, what, *xs):
        vals = [val(x) for x in xs]
        t = max(tl(x) for x in xs)
        ok = all(abs(v - vals[0]) <= t for v in vals)
        self.add('conflicting_values', ok, f'{what}: {xs}')

    def pct(self, s, what):
        self.add('implausible_rate', Decimal(0) <= N(s) <= 100, f'{what}: {s}% must lie in [0, 100]')

    def completion(self, stated, actual, target, what):
        c = N(actual) / N(target) * 100
        self.add('completion_mismatch', close(stated, c), f'{what}: {actual}/{target} = {c:.4f}% vs {stated}%')

    def grade(self, total, word, what='grade'):
        self.add('grade_mismatch', GRADE_NORM[word] == grade_of(N(total)), f'{what}: {total} -> {word}')

    def year_is(self, y, expected, what):
        self.add('year_mismatch', int(y) == expected, f'{what}: {y} vs {expected}')

    def year_after(self, y, what):
        self.add('year_mismatch', int(y) > self.Y, f'{what}: carry-over to {y} in the {self.Y} report')

    # ---------------------------------------------------------------- indicator tables
    @staticmethod
    def parse_q(s):
        if re.search(r'\d+月\d+日', s):
            return ('date', None, None)
        if not re.search(r'\d', s) or s in ('—', '-'):
            return ('qual', None, None)
        mm = re.match(r'^(≥|≤|＞＝|＜＝|>=|<=|＞|＜)?\s*(\d[\d,]*(?:\.\d+)?)(.*)$', s)
        if not mm:
            return ('qual', None, None)
        sign, n, unit = mm.groups()
        d = 'eq'
        if sign in ('≥', '＞＝', '>=', '＞'):
            d = 'gte'
        elif sign in ('≤', '＜＝', '<=', '＜'):
            d = 'lte'
        return (d, n, unit.strip())

    def exec_score(self, weight, score, rate_s, num=None, den=None, what='execution score'):
        w = N(weight)
        cands = [w * min(N(rate_s), Decimal(100)) / 100]
        if num is not None:
            cands.append(w * min(val(num) / val(den), Decimal(1)))
        self.add('score_exceeds_weight', Decimal(0) <= N(score) <= w, f'{what}: {score} of {weight}')
        self.add('score_rule_mismatch', any(close(score, c) for c in cands),
                 f'{what}: {score} vs {cands}', sev='warning')
        self.pct(rate_s, what + ' rate')

    def indicator_table(self, groups, has_rate, exec_ws, total_pat, level_weights=None):
        """groups: {level1: [names]}; exec_ws: (weight, score) strings of the execution line."""
        rows = {}
        for lvl, names in groups.items():
            for name in names:
                cs = self.cells(name)
                if has_rate:
                    tgt, act, rate, wgt, sc = cs[:5]
                else:
                    tgt, act, wgt, sc = cs[:4]
                    rate = None
                rows[name] = dict(lvl=lvl, target=tgt, actual=act, rate=rate, weight=wgt, score=sc)
        tot_w, tot_s = self.g(total_pat)
        ew, es = exec_ws
        weights = [N(ew)] + [N(r['weight']) for r in rows.values()]
        scores = [N(es)] + [N(r['score']) for r in rows.values()]
        self.add('weight_sum_mismatch', sum(weights) == N(tot_w) == 100,
                 f'weights sum {sum(weights)} vs total {tot_w}')
        self.add('score_sum_mismatch', abs(sum(scores) - N(tot_s)) <= tol(tot_s),
                 f'scores sum {sum(scores)} vs total {tot_s}')
        if level_weights:
            for lvl, lw in level_weights.items():
                if lvl == '预算执行':
                    s = N(ew)
                else:
                    s = sum(N(r['weight']) for r in rows.values() if r['lvl'] == lvl)
                self.add('weight_sum_mismatch', s == N(lw), f'level {lvl}: {s} vs {lw}')
        for name, r in rows.items():
            w, sc = N(r['weight']), N(r['score'])
            self.add('score_exceeds_weight', Decimal(0) <= sc <= w, f'{name}: score {sc} weight {w}')
            dt, tn, tu = self.parse_q(r['target'])
            da, an, au = self.parse_q(r['actual'])
            if dt in ('date', 'qual') or da in ('date', 'qual'):
                if dt == 'qual' and da != 'qual' or dt == 'date' and da != 'date':
                    self.add('unit_mismatch', False, f'{name}: {r["target"]} vs {r["actual"]}')
                    continue
                self.add('score_rule_mismatch', sc == w, f'{name}: qualitative/date row scored {sc} of {w}',
                         sev='warning')
                if has_rate:
                    self.add('completion_mismatch', r['rate'] in ('—', '-', '100%', '100.00%'),
                             f'{name}: completion {r["rate"]}')
                continue
            if tu != au:
                self.add('unit_mismatch', False, f'{name}: target unit {tu!r} vs actual unit {au!r}')
                continue
            self.add('unit_mismatch', True, name)
            if tu == '%':
                self.pct(an, f'{name} actual')
            T, A = N(tn), N(an)
            if dt == 'eq' and T == 0:
                met = A <= 0
                comp = None
                exp = w if met else Decimal(0)
            elif dt == 'lte':
                met = A <= T
                comp = Decimal(100) if met else T / A * 100
                exp = w if met else w * T / A
            else:
                met = A >= T
                comp = A / T * 100
                exp = w if met else w * A / T
            cands = [exp]
            if has_rate and r['rate'] not in ('—', '-'):
                if comp is None:
                    self.add('completion_mismatch', False, f'{name}: completion on a zero target')
                else:
                    self.add('completion_mismatch', close(r['rate'].rstrip('%'), comp),
                             f'{name}: completion {comp:.4f}% vs {r["rate"]}')
                    cands.append(w * min(N(r['rate'].rstrip('%')), Decimal(100)) / 100)
            self.add('score_rule_mismatch', any(close(r['score'], c) for c in cands),
                     f'{name}: score {r["score"]} vs {cands}', sev='warning')
        return rows, tot_w, tot_s


def qn(cell):
    """number string of a table cell such as '≥4000吨' or '86.73%'."""
    mm = re.search(r'\d[\d,]*(?:\.\d+)?', cell)
    if not mm:
        raise ParseError(f'no number in {cell!r}')
    return mm.group(0)


# ==================================================================== draft 1: Xinjiang Manas 2022
def check_manas(c):
    Y = 2022
    (y,) = c.g(r'^(\d{4})年度农田废旧地膜回收利用项目支出绩效自评报告$')
    c.year_is(y, Y, 'title year')
    (y,) = c.g(r'关于开展(\d{4})年度农业相关')
    c.year_is(y, Y, 'notice year')
    (y,) = c.g(r'^（(\d{4})年度）$')
    c.year_is(y, Y, 'table year')
    area, cotton, other, used = c.g(r'地膜覆盖面积' + NUM + r'万亩，其中棉花' + NUM + r'万亩、加工番茄和玉米等其他作物'
                                    + NUM + r'万亩，全年地膜使用量' + NUM + r'吨')
    c.total(area, [cotton, other], 'coverage area')
    t_rec, t_mech, t_rate, t_util, t_resid, t_sat = c.g(
        r'全年回收废旧地膜' + NUM + r'吨以上，完成残膜机械化回收作业' + NUM + r'万亩以上，当季地膜回收率达到' + NUM
        + r'%以上，回收残膜资源化利用率不低于' + NUM + r'%，耕层残膜残留量控制在每亩' + NUM + r'千克以内，种植户满意度不低于'
        + NUM + r'%')
    ya, adv = c.g(r'(\d{4})年12月提前下达中央农业资源及生态保护补助资金（地膜回收部分）' + NUM + r'万元')
    c.year_is(ya, Y - 1, 'advance issued the December before')
    init, cen, reg, cty = c.g(r'年初批复项目预算' + NUM + r'万元，其中中央资金' + NUM + r'万元、自治区资金' + NUM
                              + r'万元、县级配套' + NUM + r'万元')
    c.total(init, [cen, reg, cty], 'initial budget by source')
    c.same('central funds', adv, cen)
    add, annual = c.g(r'追加县级配套资金' + NUM + r'万元，全年预算调整为' + NUM + r'万元')
    c.total(annual, [init, add], 'annual budget = initial + addition')
    yr, recv, recv_rate = c.g(r'截至(\d{4})年12月31日，项目资金' + NUM + r'万元全部到位，到位率' + NUM + r'%')
    c.year_is(yr, Y, 'as-of date')
    c.same('received = annual (全部到位)', recv, annual)
    c.rate(recv_rate, recv, annual, '到位率')
    c.pct(recv_rate, '到位率')
    spent, exec_rate = c.g(r'全年支出' + NUM + r'万元，预算执行率' + NUM + r'%')
    c.rate(exec_rate, spent, annual, '执行率 (text)')
    c.pct(exec_rate, '执行率 (text)')
    a1, u1, q1, p1 = c.g(r'网点收购补贴' + NUM + MU + r'，按核定收购量' + NUM + r'吨、每吨' + NUM + r'元兑付')
    a2, u2, q2, p2 = c.g(r'再生加工利用补贴' + NUM + MU + r'，按企业加工利用量' + NUM + r'吨、每吨' + NUM + r'元兑付')
    a3, u3, n3, p3 = c.g(r'残膜回收机购置补贴' + NUM + MU + r'，共补贴回收机' + NUM + r'台，每台' + NUM + r'万元')
    a4, u4 = c.g(r'工作经费' + NUM + MU)
    A1, A2, A3, A4 = M(a1, u1), M(a2, u2), M(a3, u3), M(a4, u4)
    c.total(M(spent), [A1, A2, A3, A4], 'spending breakdown')
    c.product(A1, N(q1) * N(p1) / 10000, 'collection subsidy = t x 元/吨')
    c.product(A2, N(q2) * N(p2) / 10000, 'processing subsidy = t x 元/吨')
    c.product(A3, N(n3) * N(p3), 'machine subsidy = units x 万元')
    (bal,) = c.g(r'年末结余' + NUM + r'万元')
    c.balance(bal, recv, spent, 'year-end balance')
    (ycf,) = c.g(r'结转至(\d{4})年')
    c.year_after(ycf, 'carry-over')
    npts, = c.g(r'共设固定回收网点' + NUM + r'个')
    (avgpt,) = c.g(r'平均每个网点收购残膜' + NUM + r'吨')
    spring, autumn, rec = c.g(r'春播前清理和秋季回收分别回收残膜' + NUM + r'吨和' + NUM + r'吨，合计' + NUM + r'吨')
    c.total(rec, [spring, autumn], 'recovered tonnes by season')
    c.add('average_mismatch', close(avgpt, N(rec) / N(npts)), f'per-point average {avgpt}')
    mech, mc, mo = c.g(r'残膜机械化回收作业' + NUM + r'万亩，其中棉田和其他作物分别为' + NUM + r'万亩和' + NUM + r'万亩')
    c.total(mech, [mc, mo], 'mechanised area by crop')
    (demo,) = c.g(r'全生物降解地膜试验示范' + NUM + r'万亩')
    rr, rr_last, pp = c.g(r'当季地膜回收率' + NUM + r'%，较上年的' + NUM + r'%提高' + NUM + r'个百分点')
    c.rate(rr, rec, used, '回收率 (text)')
    c.pct(rr, '回收率')
    c.diff(pp, rr, rr_last, 'percentage-point change', code='rate_mismatch')
    c.same('recovered tonnes (funds vs implementation)', q1, rec)
    (util,) = c.g(r'全年加工利用' + NUM + r'吨')
    c.same('processed tonnes', util, q2)
    (value,) = c.g(r'全年新增产值' + NUM + r'万元')
    jobs, jobs_t = c.g(r'带动就业' + NUM + r'人，未达到' + NUM + r'人的目标')
    c.add('conflicting_values', N(jobs) < N(jobs_t), 'jobs said to miss the target')
    resid, resid_last, resid_d = c.g(r'平均残留量' + NUM + r'千克/亩，较上年的' + NUM + r'千克/亩下降' + NUM + r'千克/亩')
    c.diff(resid_d, resid_last, resid, 'residue decrease')
    ttot, word = c.g(r'本项目\d{4}年度自评得分' + NUM + r'分，评价等级为“' + GRADE + r'”')
    (yt,) = c.g(r'本项目(\d{4})年度自评得分')
    c.year_is(yt, Y, 'conclusion year')
    # funds block of the table
    f_tot = c.cells('年度资金总额')
    f_cur = c.cells('其中：当年财政拨款')
    f_co = c.cells('上年结转资金')
    f_ot = c.cells('其他资金')
    for i, col in enumerate(['initial', 'annual', 'spent']):
        c.total(f_tot[i], [f_cur[i], f_co[i], f_ot[i]], f'funds table column {col}')
    c.same('initial budget text/table', init, f_tot[0])
    c.same('annual budget text/table', annual, f_tot[1])
    c.same('spent text/table', spent, f_tot[2])
    ew, er, es = f_tot[3], f_tot[4].rstrip('%'), f_tot[5]
    c.rate(er, f_tot[2], f_tot[1], '执行率 (table)')
    c.same('执行率 text/table', exec_rate, er)
    c.exec_score(ew, es, er, f_tot[2], f_tot[1])
    groups = {
        '产出': ['废旧地膜回收量', '残膜机械化回收作业面积', '全生物降解地膜示范面积', '补贴残膜回收机数量',
               '当季地膜回收率', '回收残膜资源化利用率', '秋季回收完成时间', '网点收购补贴标准'],
        '效益': ['回收加工新增产值', '带动就业人数', '耕层残膜残留量', '长效回收机制'],
        '满意度': ['种植户满意度'],
    }
    rows, tw, ts = c.indicator_table(groups, False, (ew, es), r'^总分\s+' + NUM + r'\s+' + NUM + r'$')
    R = lambda n, k='actual': qn(rows[n][k])
    c.same('recovered tonnes text/table', rec, R('废旧地膜回收量'))
    c.same('mechanised area text/table', mech, R('残膜机械化回收作业面积'))
    c.same('demo area text/table', demo, R('全生物降解地膜示范面积'))
    c.same('machines text/table', n3, R('补贴残膜回收机数量'))
    c.same('recovery rate text/table', rr, R('当季地膜回收率'))
    c.rate(R('回收残膜资源化利用率'), util, rec, '资源化利用率 (table)')
    c.same('subsidy per tonne text/table', p1, R('网点收购补贴标准'))
    c.same('output value text/table', value, R('回收加工新增产值'))
    c.same('jobs text/table', jobs, R('带动就业人数'))
    c.same('residue text/table', resid, R('耕层残膜残留量'))
    c.same('target tonnes', t_rec, R('废旧地膜回收量', 'target'))
    c.same('target area', t_mech, R('残膜机械化回收作业面积', 'target'))
    c.same('target recovery rate', t_rate, R('当季地膜回收率', 'target'))
    c.same('target utilisation', t_util, R('回收残膜资源化利用率', 'target'))
    c.same('target residue', t_resid, R('耕层残膜残留量', 'target'))
    c.same('target satisfaction', t_sat, R('种植户满意度', 'target'))
    c.same('jobs target', jobs_t, R('带动就业人数', 'target'))
    c.same('total text/table', ttot, ts)
    c.grade(ttot, word)


# ==================================================================== draft 2: Shandong Qihe 2020
def check_qihe(c):
    Y = 2020
    (y,) = c.g(r'^齐河县农业农村局(\d{4})年度农作物秸秆综合利用项目$')
    c.year_is(y, Y, 'title year')
    (y,) = c.g(r'关于开展(\d{4})年度项目支出绩效自评')
    c.year_is(y, Y, 'notice year')
    total, y1, b1, y2, b2 = c.g(r'共' + NUM + r'万元，分两批下达：(\d{4})年12月提前下达' + NUM + r'万元，(\d{4})年6月下达'
                                + NUM + r'万元')
    c.year_is(y1, Y - 1, 'advance issued the December before')
    c.year_is(y2, Y, 'second batch')
    c.total(total, [b1, b2], 'two batches')
    init, annual = c.g(r'年初按提前下达数批复预算' + NUM + r'万元，6月调增为全年预算' + NUM + r'万元')
    c.same('initial = advance', init, b1)
    c.same('annual = total', annual, total)
    t_rate, t_area, t_off, t_pts, t_sat = c.g(
        r'全县秸秆综合利用率达到' + NUM + r'%以上；完成秸秆深翻还田作业' + NUM + r'万亩以上；离田收储秸秆' + NUM
        + r'万吨以上；新建规模化收储点' + NUM + r'处；全年不发生秸秆焚烧火点；受益农户满意度' + NUM + r'%以上')
    yr, recv, recv_rate = c.g(r'截至(\d{4})年12月31日，项目资金' + NUM + r'万元全部到位，到位率' + NUM + r'%')
    c.year_is(yr, Y, 'as-of date')
    c.same('received = annual', recv, annual)
    c.rate(recv_rate, recv, annual, '到位率')
    c.pct(recv_rate, '到位率')
    spent, exec_rate = c.g(r'累计支出' + NUM + r'万元，执行率' + NUM + r'%')
    c.rate(exec_rate, spent, annual, '执行率 (text)')
    c.pct(exec_rate, '执行率 (text)')
    a1, u1, area1, p1 = c.g(r'深翻还田作业补助' + NUM + MU + r'，按核定面积' + NUM + r'万亩、每亩' + NUM + r'元计算')
    a2, u2, q2, p2 = c.g(r'离田收储补助' + NUM + MU + r'，按收储量' + NUM + r'万吨、每吨' + NUM + r'元计算')
    a3, u3, n3, p3 = c.g(r'收储点建设补助' + NUM + MU + r'，' + NUM + r'处各补助' + NUM + r'万元')
    a4, u4 = c.g(r'技术培训、监测与宣传费用' + NUM + MU)
    A1, A2, A3, A4 = M(a1, u1), M(a2, u2), M(a3, u3), M(a4, u4)
    c.total(M(spent), [A1, A2, A3, A4], 'spending breakdown')
    c.product(A1, N(area1) * N(p1), 'deep-tillage subsidy = 万亩 x 元/亩')
    c.product(A2, N(q2) * N(p2), 'off-field subsidy = 万吨 x 元/吨')
    c.product(A3, N(n3) * N(p3), 'storage points = points x 万元')
    (bal,) = c.g(r'结余' + NUM + r'万元，主要是')
    c.balance(bal, recv, spent, 'balance')
    coll, used, ur, ur_last, pp = c.g(r'秸秆可收集量' + NUM + r'万吨，综合利用量' + NUM + r'万吨，综合利用率' + NUM
                                      + r'%，较上年的' + NUM + r'%提高' + NUM + r'个百分点')
    c.rate(ur, used, coll, '综合利用率')
    c.pct(ur, '综合利用率')
    c.diff(pp, ur, ur_last, 'percentage-point change', code='rate_mismatch')
    f1, f2, f3, f4, f5, share = c.g(r'利用量分别为' + NUM + r'万吨、' + NUM + r'万吨、' + NUM + r'万吨、' + NUM
                                    + r'万吨和' + NUM + r'万吨，肥料化利用占综合利用量的' + NUM + r'%')
    c.total(used, [f1, f2, f3, f4, f5], 'five uses')
    c.rate(share, f1, used, '肥料化 share')
    area2, qual, qual_t = c.g(r'全年完成秸秆深翻还田' + NUM + r'万亩，作业质量抽查合格率' + NUM + r'%，低于' + NUM + r'%的目标')
    c.pct(qual, '合格率')
    c.add('conflicting_values', N(qual) < N(qual_t), 'quality rate said to be below target')
    (npts,) = c.g(r'新建规模化收储点' + NUM + r'处，全部投入运行')
    s = c.g(r'全年分别收储秸秆' + NUM + r'、' + NUM + r'、' + NUM + r'、' + NUM + r'、' + NUM + r'、' + NUM
            + r'万吨，平均每处' + NUM + r'万吨')
    c.avg(s[6], s[:6], 'average per storage point')
    c.total(q2, list(s[:6]), 'storage by point = off-field tonnes')
    c.add('sum_mismatch', len(s[:6]) == int(N(npts)) == int(N(n3)), 'number of storage points')
    h1, h2 = c.g(r'机收率分别达到' + NUM + r'%和' + NUM + r'%')
    c.pct(h1, 'wheat harvest mechanisation')
    c.pct(h2, 'maize harvest mechanisation')
    inc, over = c.g(r'全年增收' + NUM + r'万元，超出目标' + NUM + r'%')
    om, om_before, om_d = c.g(r'有机质含量' + NUM + r'克/千克，较项目实施前的' + NUM + r'克/千克提高' + NUM + r'克/千克')
    c.diff(om_d, om, om_before, 'organic matter increase')
    (sat,) = c.g(r'受益农户满意度' + NUM + r'%。')
    c.pct(sat, 'satisfaction (text)')
    ttot, word = c.g(r'项目得分' + NUM + r'分，评价等级为' + GRADE)
    ex = c.cells('资金执行率')
    et, ea, erate, ew, es = ex[:5]
    c.same('执行率 text/table', exec_rate, qn(ea))
    c.rate(qn(ea), spent, annual, '执行率 (table)')
    c.completion(erate.rstrip('%'), qn(ea), qn(et), 'execution completion')
    c.exec_score(ew, es, qn(ea), M(spent), M(annual))
    groups = {
        '产出': ['秸秆深翻还田作业面积', '秸秆离田收储量', '新建规模化收储点', '秸秆综合利用率', '深翻作业质量抽查合格率',
               '作业补助兑付完成时间', '深翻还田补助标准', '离田收储补助标准'],
        '效益': ['秸秆收储主体增收', '秸秆焚烧火点数', '项目区土壤有机质含量', '秸秆收储运长效机制'],
        '满意度': ['受益农户满意度'],
    }
    rows, tw, ts = c.indicator_table(groups, True, (ew, es), r'^合计[｜\s]+' + NUM + r'[｜\s]+' + NUM + r'[｜\s]*$')
    R = lambda n, k='actual': qn(rows[n][k])
    c.same('deep-tillage area (funds, outputs, table)', area1, area2, R('秸秆深翻还田作业面积'))
    c.same('off-field tonnes funds/table', q2, R('秸秆离田收储量'))
    c.same('storage points', n3, R('新建规模化收储点'))
    c.same('utilisation rate text/table', ur, R('秸秆综合利用率'))
    c.same('quality rate text/table', qual, R('深翻作业质量抽查合格率'))
    c.same('subsidy per mu', p1, R('深翻还田补助标准'))
    c.same('subsidy per tonne', p2, R('离田收储补助标准'))
    c.same('income text/table', inc, R('秸秆收储主体增收'))
    c.completion(str(N(over) + 100), inc, R('秸秆收储主体增收', 'target'), 'income over target (%)')
    c.same('organic matter text/table', om, R('项目区土壤有机质含量'))
    c.same('satisfaction text/table', sat, R('受益农户满意度'))
    c.same('target utilisation', t_rate, R('秸秆综合利用率', 'target'))
    c.same('target area', t_area, R('秸秆深翻还田作业面积', 'target'))
    c.same('target off-field', t_off, R('秸秆离田收储量', 'target'))
    c.same('target points', t_pts, R('新建规模化收储点', 'target'))
    c.same('target satisfaction', t_sat, R('受益农户满意度', 'target'))
    c.same('quality target', qual_t, R('深翻作业质量抽查合格率', 'target'))
    c.same('total text/table', ttot, ts)
    c.grade(ttot, word)


# ==================================================================== draft 3: Ningxia Pengyang 2023
def check_pengyang(c):
    Y = 2023
    (y,) = c.g(r'^彭阳县农业农村局(\d{4})年度废旧农膜回收利用项目支出绩效自评报告$')
    c.year_is(y, Y, 'title year')
    (y,) = c.g(r'绩效自评表（(\d{4})年度）')
    c.year_is(y, Y, 'table year')
    area, corn, pot, used, per_mu = c.g(r'地膜覆盖面积' + NUM + r'万亩，其中玉米' + NUM + r'万亩、马铃薯及露地蔬菜' + NUM
                                        + r'万亩，地膜使用量' + NUM + r'吨，亩均用量约' + NUM + r'千克')
    c.total(area, [corn, pot], 'coverage area')
    approx = N(used) * 1000 / (N(area) * 10000)
    c.add('average_mismatch', abs(approx - N(per_mu)) <= tol(per_mu) * 2, f'approx per-mu use {approx}')
    tot, cur, cen, yc, reg, yr_, co = c.g(
        r'项目资金总额' + NUM + r'万元，其中当年财政拨款' + NUM + r'万元（中央资金' + NUM + r'万元于(\d{4})年12月提前下达，自治区资金'
        + NUM + r'万元于(\d{4})年4月下达），上年结转资金' + NUM + r'万元')
    c.year_is(yc, Y - 1, 'advance issued the December before')
    c.year_is(yr_, Y, 'provincial funds issued')
    c.total(tot, [cur, co], 'total = current + carry-over')
    c.total(cur, [cen, reg], 'current = central + provincial')
    init, annual = c.g(r'年初预算' + NUM + r'万元，自治区资金下达后调整为' + NUM + r'万元')
    c.total(init, [cen, co], 'initial = advance central + carry-over')
    c.total(annual, [init, reg], 'annual = initial + provincial')
    c.same('annual = total', annual, tot)
    yr, spent, exec_rate = c.g(r'截至(\d{4})年12月31日资金全部到位，全年支出' + NUM + r'万元，总体执行率' + NUM + r'%')
    c.year_is(yr, Y, 'as-of date')
    c.rate(exec_rate, spent, annual, '执行率 (text)')
    c.pct(exec_rate, '执行率')
    cur_spent, cur_rate = c.g(r'当年财政拨款支出' + NUM + r'万元，执行率' + NUM + r'%')
    c.rate(cur_rate, cur_spent, cur, '当年财政拨款执行率')
    c.pct(cur_rate, '当年财政拨款执行率')
    c.total(spent, [cur_spent, co], 'spent = current spent + carry-over (全部支出)')
    bal, ycf = c.g(r'未支出的' + NUM + r'万元为部分回收补贴尚在公示期，已结转至(\d{4})年')
    c.balance(bal, annual, spent, 'unspent')
    c.year_after(ycf, 'carry-over')
    a1, u1, ar1, p1 = c.g(r'加厚高强度地膜补贴' + NUM + MU + r'（' + NUM + r'万亩，每亩' + NUM + r'元）')
    a2, u2, q2, p2 = c.g(r'废旧农膜回收补贴' + NUM + MU + r'（回收量' + NUM + r'吨，每吨' + NUM + r'元）')
    n3, a3, u3, p3 = c.g(r'新建村级回收网点' + NUM + r'个，补助' + NUM + MU + r'（每个' + NUM + r'万元）')
    a4, u4 = c.g(r'宣传等支出' + NUM + MU)
    A1, A2, A3, A4 = M(a1, u1), M(a2, u2), M(a3, u3), M(a4, u4)
    c.total(M(spent), [A1, A2, A3, A4], 'spending breakdown')
    c.product(A1, N(ar1) * N(p1), 'film subsidy = 万亩 x 元/亩')
    c.product(A2, N(q2) * N(p2) / 10000, 'recovery subsidy = t x 元/吨')
    c.product(A3, N(n3) * N(p3), 'points = n x 万元')
    t_area, t_rec, t_rate, t_util, t_sat = c.g(
        r'推广加厚高强度地膜' + NUM + r'万亩以上，回收废旧农膜' + NUM + r'吨以上，当季回收率不低于' + NUM
        + r'%，回收农膜资源化利用率不低于' + NUM + r'%，农户满意度达到' + NUM + r'%以上')
    ttot, word = c.g(r'项目综合得分' + NUM + r'分，评价等级为' + GRADE)
    f_tot = c.cells('年度资金总额')
    f_cur = c.cells('其中：当年财政拨款')
    f_co = c.cells('上年结转资金')
    f_ot = c.cells('其他资金')
    for i, col in enumerate(['initial', 'annual', 'spent']):
        c.total(f_tot[i], [f_cur[i], f_co[i], f_ot[i]], f'funds table column {col}')
    c.same('initial text/table', init, f_tot[0])
    c.same('annual text/table', annual, f_tot[1])
    c.same('spent text/table', spent, f_tot[2])
    c.same('current annual text/table', cur, f_cur[1])
    c.same('current initial = advance', cen, f_cur[0])
    c.same('current spent text/table', cur_spent, f_cur[2])
    c.same('carry-over text/table', co, f_co[0], f_co[1])
    c.balance(Decimal(0), f_co[1], f_co[2], 'carry-over fully spent (上年结转资金已全部支出)')
    ew, er, es = f_tot[3], f_tot[4].rstrip('%'), f_tot[5]
    c.rate(er, f_tot[2], f_tot[1], '执行率 (table)')
    c.same('执行率 text/table', exec_rate, er)
    c.exec_score(ew, es, er, f_tot[2], f_tot[1])
    groups = {
        '产出': ['加厚高强度地膜推广面积', '废旧农膜回收量', '新建村级回收网点', '废旧农膜回收率', '加厚地膜质量抽检合格率',
               '回收补贴兑付及时率', '加厚地膜亩均补贴', '回收补贴标准'],
        '效益': ['亩均节本增效', '带动回收从业人员', '废旧农膜资源化利用率', '农膜回收长效机制'],
        '满意度': ['农户满意度'],
    }
    rows, tw, ts = c.indicator_table(groups, True, (ew, es), r'^合计\s+' + NUM + r'\s+' + NUM + r'$')
    R = lambda n, k='actual': qn(rows[n][k])
    (ar2,) = c.g(r'全年推广加厚高强度地膜' + NUM + r'万亩')
    c.same('film area (funds, outputs, table)', ar1, ar2, R('加厚高强度地膜推广面积'))
    rec, spring, autumn, rr, yl, rr_last, pp = c.g(
        r'回收废旧农膜' + NUM + r'吨，其中春季清理' + NUM + r'吨、秋季回收' + NUM + r'吨，回收率' + NUM + r'%，较(\d{4})年的'
        + NUM + r'%提高' + NUM + r'个百分点')
    c.year_is(yl, Y - 1, 'previous-year comparison')
    c.total(rec, [spring, autumn], 'recovered by season')
    c.same('recovered tonnes (funds, outputs, table)', q2, rec, R('废旧农膜回收量'))
    c.rate(rr, rec, used, '回收率 (text)')
    c.pct(rr, '回收率')
    c.diff(pp, rr, rr_last, 'percentage-point change', code='rate_mismatch')
    c.same('recovery rate text/table', rr, R('废旧农膜回收率'))
    hi, lo = c.g(r'回收率最高的城阳乡为' + NUM + r'%，最低的冯庄乡为' + NUM + r'%')
    c.pct(hi, 'highest township rate')
    c.pct(lo, 'lowest township rate')
    (ql,) = c.g(r'地膜质量抽检合格率为' + NUM + r'%')
    c.same('quality text/table', ql, R('加厚地膜质量抽检合格率'))
    (gran,) = c.g(r'再生颗粒' + NUM + r'吨')
    c.rate(R('废旧农膜资源化利用率'), gran, rec, '资源化利用率 (table)')
    (save,) = c.g(r'覆膜地块亩均节本增效' + NUM + r'元')
    c.same('saving text/table', save, R('亩均节本增效'))
    (ppl,) = c.g(r'项目带动' + NUM + r'人从事')
    c.same('workers text/table', ppl, R('带动回收从业人员'))
    c.same('points', n3, R('新建村级回收网点'))
    c.same('subsidy per mu', p1, R('加厚地膜亩均补贴'))
    c.same('subsidy per tonne', p2, R('回收补贴标准'))
    c.same('target area', t_area, R('加厚高强度地膜推广面积', 'target'))
    c.same('target tonnes', t_rec, R('废旧农膜回收量', 'target'))
    c.same('target rate', t_rate, R('废旧农膜回收率', 'target'))
    c.same('target utilisation', t_util, R('废旧农膜资源化利用率', 'target'))
    c.same('target satisfaction', t_sat, R('农户满意度', 'target'))
    c.same('total text/table', ttot, ts)
    c.grade(ttot, word)


# ==================================================================== draft 4: Jilin Lishu 2024 (department)
def check_lishu(c):
    Y = 2024
    (y,) = c.g(r'^梨树县农业农村局(\d{4})年度部门整体支出绩效自评报告$')
    c.year_is(y, Y, 'title year')
    staff, adm, ins = c.g(r'在职人员' + NUM + r'人，其中行政人员' + NUM + r'人、事业人员' + NUM + r'人')
    c.total(staff, [adm, ins], 'staff')
    init, init_b, init_p = c.g(r'年初部门预算' + NUM + r'万元，其中基本支出' + NUM + r'万元、项目支出' + NUM + r'万元')
    c.total(init, [init_b, init_p], 'initial budget')
    ann, ann_b, ann_p = c.g(r'全年预算调整为' + NUM + r'万元，其中基本支出' + NUM + r'万元、项目支出' + NUM + r'万元')
    c.total(ann, [ann_b, ann_p], 'annual budget')
    spent, er, sp_b, sp_p = c.g(r'全年支出' + NUM + r'万元，预算执行率' + NUM + r'%。其中基本支出' + NUM
                                + r'万元，全部用于人员工资和机关运转；项目支出' + NUM + r'万元')
    c.total(spent, [sp_b, sp_p], 'spending')
    c.rate(er, spent, ann, '执行率 (text)')
    c.pct(er, '执行率')
    c.balance(Decimal(0), ann_b, sp_b, 'basic budget fully spent (全部用于)')
    tb = c.cells('基本支出')
    tp = c.cells('项目支出')
    tt = c.line_cells(r'^合计\s+' + NUM + r'\s+' + NUM + r'\s+' + NUM + r'\s+' + NUM + r'%$')[1:]
    for i, col in enumerate(['initial', 'annual', 'spent']):
        c.total(tt[i], [tb[i], tp[i]], f'funds table column {col}')
    for lab, row in (('basic', tb), ('project', tp), ('total', tt)):
        c.rate(row[3].rstrip('%'), row[2], row[1], f'执行率 {lab} (table)')
        c.pct(row[3].rstrip('%'), f'执行率 {lab}')
    for a, b, what in ((init, tt[0], 'initial'), (ann, tt[1], 'annual'), (spent, tt[2], 'spent'),
                       (init_b, tb[0], 'initial basic'), (init_p, tp[0], 'initial project'),
                       (ann_b, tb[1], 'annual basic'), (ann_p, tp[1], 'annual project'),
                       (sp_b, tb[2], 'spent basic'), (sp_p, tp[2], 'spent project'),
                       (er, tt[3].rstrip('%'), '执行率')):
        c.same(f'{what} text/table', a, b)
    p = c.g(r'保护性耕作实施补助' + NUM + r'万元、秸秆综合利用（离田）补助' + NUM + r'万元、农田残膜回收及面源污染防治' + NUM
            + r'万元、其他农业生产发展项目' + NUM + r'万元，分别支出' + NUM + r'万元、' + NUM + r'万元、' + NUM + r'万元和' + NUM + r'万元')
    c.total(ann_p, p[:4], 'project budgets')
    c.total(sp_p, p[4:], 'project spending')
    std, plan_a, act_a = c.g(r'补助标准为每亩' + NUM + r'元，计划面积' + NUM + r'万亩，经县乡两级核验实际补助' + NUM + r'万亩')
    c.product(M(p[0]), N(std) * N(plan_a), 'conservation tillage budget = 万亩 x 元/亩')
    c.product(M(p[4]), N(std) * N(act_a), 'conservation tillage spent = 万亩 x 元/亩')
    std2, plan_t, act_t = c.g(r'秸秆离田补助按每吨' + NUM + r'元计算，计划' + NUM + r'万吨，实际离田利用' + NUM + r'万吨')
    c.product(M(p[1]), N(std2) * N(plan_t), 'off-field budget = 万吨 x 元/吨')
    c.product(M(p[5]), N(std2) * N(act_t), 'off-field spent = 万吨 x 元/吨')
    (bal,) = c.g(r'年末未支出资金' + NUM + r'万元全部为项目资金')
    c.balance(bal, ann, spent, 'unspent')
    c.balance(bal, ann_p, sp_p, 'unspent = project budget - project spending')
    (ycf,) = c.g(r'结转至(\d{4})年')
    c.year_after(ycf, 'carry-over')
    s3, s3b, s3d, car, rec = c.g(r'“三公”经费支出' + NUM + r'万元，较年初预算' + NUM + r'万元节约' + NUM
                                 + r'万元，其中公务用车运行维护费' + NUM + r'万元、公务接待费' + NUM + r'万元')
    c.balance(s3d, s3b, s3, '三公 saving')
    c.total(s3, [car, rec], '三公 components')
    sc = c.g(r'得分分别为' + NUM + r'分、' + NUM + r'分、' + NUM + r'分和' + NUM + r'分，平均' + NUM + r'分，其中(\d)个项目为优、(\d)个项目为良')
    c.avg(sc[4], sc[:4], 'average project score')
    c.add('grade_mismatch', sum(1 for x in sc[:4] if N(x) >= 90) == int(sc[5])
          and sum(1 for x in sc[:4] if 80 <= N(x) < 90) == int(sc[6]), 'grade counts of projects')
    lw = c.g(r'预算执行、产出、效益和满意度分值分别为' + NUM + r'分、' + NUM + r'分、' + NUM + r'分和' + NUM + r'分')
    c.add('weight_sum_mismatch', sum(N(x) for x in lw) == 100, 'level weights in text sum to 100')
    area2, qual = c.g(r'全年完成保护性耕作作业' + NUM + r'万亩，作业质量合格率' + NUM + r'%')
    coll, used, cover, off, ur, ur_last, pp = c.g(
        r'秸秆可收集量' + NUM + r'万吨，综合利用量' + NUM + r'万吨，其中覆盖还田和离田利用分别为' + NUM + r'万吨和' + NUM
        + r'万吨，综合利用率' + NUM + r'%，较上年的' + NUM + r'%提高' + NUM + r'个百分点')
    c.total(used, [cover, off], 'utilisation by route')
    c.rate(ur, used, coll, '综合利用率')
    c.pct(ur, '综合利用率')
    c.diff(pp, ur, ur_last, 'percentage-point change', code='rate_mismatch')
    film, film_t = c.g(r'全年回收农田残膜' + NUM + r'吨，未完成' + NUM + r'吨的目标')
    c.add('conflicting_values', N(film) < N(film_t), 'film said to miss the target')
    save, om, sat = c.g(r'亩均节本增效' + NUM + r'元；全县土壤监测点平均有机质含量' + NUM + r'克/千克；服务对象满意度' + NUM + r'%')
    c.pct(sat, 'satisfaction (text)')
    ttot, word = c.g(r'自评得分' + NUM + r'分，评价等级为' + GRADE)
    ex = c.cells('部门预算执行率')
    et, ea, ew, es = ex[:4]
    c.same('执行率 text/indicator table', er, qn(ea))
    c.exec_score(ew, es, qn(ea), M(spent), M(ann))
    groups = {
        '产出': ['保护性耕作实施面积', '秸秆离田利用量', '农田残膜回收量', '保护性耕作作业合格率', '秸秆综合利用率',
               '补助资金兑付完成时间', '保护性耕作亩均补助'],
        '效益': ['亩均节本增效', '监测点土壤有机质含量', '预算绩效管理制度'],
        '满意度': ['服务对象满意度'],
    }
    rows, tw, ts = c.indicator_table(groups, False, (ew, es), r'^合计\s+' + NUM + r'\s+' + NUM + r'$',
                                     level_weights={'预算执行': lw[0], '产出': lw[1], '效益': lw[2], '满意度': lw[3]})
    R = lambda n, k='actual': qn(rows[n][k])
    c.same('tillage area (funds, outputs, table)', act_a, area2, R('保护性耕作实施面积'))
    c.same('off-field tonnes (funds, outputs, table)', act_t, off, R('秸秆离田利用量'))
    c.same('film text/table', film, R('农田残膜回收量'))
    c.same('film target', film_t, R('农田残膜回收量', 'target'))
    c.same('quality text/table', qual, R('保护性耕作作业合格率'))
    c.same('utilisation text/table', ur, R('秸秆综合利用率'))
    c.same('subsidy per mu', std, R('保护性耕作亩均补助'))
    c.same('saving text/table', save, R('亩均节本增效'))
    c.same('organic matter text/table', om, R('监测点土壤有机质含量'))
    c.same('satisfaction text/table', sat, R('服务对象满意度'))
    c.same('total text/table', ttot, ts)
    c.grade(ttot, word)


# ==================================================================== draft 5: Henan Huaxian 2019
def check_huaxian(c):
    Y = 2019
    (y,) = c.g(r'^滑县(\d{4})年度农作物秸秆综合利用试点项目绩效自评报告$')
    c.year_is(y, Y, 'title year')
    (y,) = c.g(r'绩效自评表（(\d{4})年度）')
    c.year_is(y, Y, 'table year')
    (y,) = c.g(r'。(\d{4})年我县被确定为')
    c.year_is(y, Y, 'pilot year')
    pc, pt, ps = c.g(r'计划新建秸秆收储中心' + NUM + r'个、离田收储秸秆' + NUM + r'万吨、青贮饲料化利用' + NUM + r'万吨')
    tot, cen, cty, b1, b2 = c.g(r'项目资金' + NUM + r'万元，其中中央财政资金' + NUM + r'万元、县级配套资金' + NUM
                                + r'万元；中央资金分两批下达，分别为' + NUM + r'万元和' + NUM + r'万元')
    c.total(tot, [cen, cty], 'funds by source')
    c.total(cen, [b1, b2], 'central batches')
    pl = c.g(r'收储中心建设补助' + NUM + r'万元（每个' + NUM + r'万元）；离田收储补贴' + NUM + r'万元（每吨' + NUM
             + r'元）；青贮饲料化利用补贴' + NUM + r'万元（每吨' + NUM + r'元）；技术推广、监测评价及宣传' + NUM + r'万元')
    c.total(tot, [pl[0], pl[2], pl[4], pl[6]], 'planned breakdown')
    c.product(M(pl[0]), N(pc) * N(pl[1]), 'planned centres = n x 万元')
    c.product(M(pl[2]), N(pt) * N(pl[3]), 'planned off-field = 万吨 x 元/吨')
    c.product(M(pl[4]), N(ps) * N(pl[5]), 'planned silage = 万吨 x 元/吨')
    recv, recv_rate = c.g(r'资金到位' + NUM + r'万元，到位率' + NUM + r'%')
    c.rate(recv_rate, recv, tot, '到位率')
    c.pct(recv_rate, '到位率')
    yr, spent, er = c.g(r'截至(\d{4})年12月31日实际支出' + NUM + r'万元，预算执行率' + NUM + r'%')
    c.year_is(yr, Y, 'as-of date')
    c.rate(er, spent, tot, '执行率 (text)')
    c.pct(er, '执行率')
    sp = c.g(r'收储中心建设补助' + NUM + r'万元（已验收' + NUM + r'个）；离田收储补贴' + NUM + r'万元（' + NUM
             + r'万吨）；青贮饲料化利用补贴' + NUM + r'万元（' + NUM + r'万吨）；技术推广等' + NUM + r'万元')
    c.total(spent, [sp[0], sp[2], sp[4], sp[6]], 'spending breakdown')
    c.product(M(sp[0]), N(sp[1]) * N(pl[1]), 'centres paid = n x 万元')
    c.product(M(sp[2]), N(sp[3]) * N(pl[3]), 'off-field paid = 万吨 x 元/吨')
    c.product(M(sp[4]), N(sp[5]) * N(pl[5]), 'silage paid = 万吨 x 元/吨')
    un = c.g(r'未支出的' + NUM + r'万元中，收储中心' + NUM + r'万元、离田收储补贴' + NUM + r'万元、青贮补贴' + NUM
             + r'万元、技术推广' + NUM + r'万元，已结转至(\d{4})年')
    c.balance(un[0], recv, spent, 'unspent')
    c.total(un[0], un[1:5], 'unspent by item')
    for i, (a, b) in enumerate(((pl[0], sp[0]), (pl[2], sp[2]), (pl[4], sp[4]), (pl[6], sp[6]))):
        c.balance(un[1 + i], a, b, f'unspent item {i + 1}')
    c.year_after(un[5], 'carry-over')
    built, comp_rate = c.g(r'建成并验收收储中心' + NUM + r'个，完工率' + NUM + r'%')
    c.rate(comp_rate, built, pc, '完工率')
    c.same('centres built', built, sp[1])
    k1, k2, k3, ksum = c.g(r'年收储能力分别为' + NUM + r'万吨、' + NUM + r'万吨和' + NUM + r'万吨，合计' + NUM + r'万吨')
    c.total(ksum, [k1, k2, k3], 'capacity of the three centres')
    off, off_pct = c.g(r'离田收储秸秆' + NUM + r'万吨，完成年度目标的' + NUM + r'%')
    c.completion(off_pct, off, pt, 'off-field completion (text)')
    (sil,) = c.g(r'；青贮饲料化利用' + NUM + r'万吨。')
    h1, h2 = c.g(r'小麦机收率达到' + NUM + r'%，玉米机收率达到' + NUM + r'%')
    c.pct(h1, 'wheat harvest mechanisation')
    c.pct(h2, 'maize harvest mechanisation')
    u = c.g(r'秸秆可收集量' + NUM + r'万吨，综合利用量' + NUM + r'万吨，其中肥料化、饲料化利用分别为' + NUM + r'万吨和' + NUM
            + r'万吨，燃料化等其他方式' + NUM + r'万吨；综合利用率' + NUM + r'%，较上年的' + NUM + r'%提高' + NUM + r'个百分点')
    c.total(u[1], u[2:5], 'utilisation by route')
    c.rate(u[5], u[1], u[0], '综合利用率')
    c.pct(u[5], '综合利用率')
    c.diff(u[7], u[5], u[6], 'percentage-point change', code='rate_mismatch')
    inc, inc_t = c.g(r'收储主体增收' + NUM + r'万元，未达到' + NUM + r'万元的目标')
    c.add('conflicting_values', N(inc) < N(inc_t), 'income said to miss the target')
    hh, sat = c.g(r'随机抽访农户' + NUM + r'户，满意度' + NUM + r'%')
    c.pct(sat, 'satisfaction (text)')
    ttot, word = c.g(r'项目综合得分' + NUM + r'分，评价等级为' + GRADE)
    ex = c.cells('资金执行率')
    et, ea, ew, es = ex[:4]
    c.same('执行率 text/table', er, qn(ea))
    c.exec_score(ew, es, qn(ea), M(spent), M(tot))
    groups = {
        '产出': ['新建秸秆收储中心', '秸秆离田收储量', '青贮饲料化利用量', '秸秆综合利用率', '收储中心建设完工率',
               '离田收储补贴标准', '收储中心建设补助标准'],
        '效益': ['收储主体增收', '秸秆焚烧火点', '综合利用率提高幅度', '秸秆收储运体系'],
        '满意度': ['农户满意度'],
    }
    rows, tw, ts = c.indicator_table(groups, False, (ew, es), r'^合计\s+' + NUM + r'\s+' + NUM + r'$')
    R = lambda n, k='actual': qn(rows[n][k])
    c.same('centres text/table', built, R('新建秸秆收储中心'))
    c.same('centres target', pc, R('新建秸秆收储中心', 'target'))
    c.same('off-field tonnes (funds, outputs, table)', sp[3], off, R('秸秆离田收储量'))
    c.same('off-field target', pt, R('秸秆离田收储量', 'target'))
    c.same('silage (funds, outputs, table)', sp[5], sil, R('青贮饲料化利用量'))
    c.same('silage target', ps, R('青贮饲料化利用量', 'target'))
    c.same('utilisation text/table', u[5], R('秸秆综合利用率'))
    c.same('completion rate text/table', comp_rate, R('收储中心建设完工率'))
    c.same('subsidy per tonne', pl[3], R('离田收储补贴标准'))
    c.same('subsidy per centre', pl[1], R('收储中心建设补助标准'))
    c.same('income text/table', inc, R('收储主体增收'))
    c.same('income target', inc_t, R('收储主体增收', 'target'))
    c.same('pp change text/table', u[7], R('综合利用率提高幅度'))
    c.same('satisfaction text/table', sat, R('农户满意度'))
    c.same('total text/table', ttot, ts)
    c.grade(ttot, word)


CHECKERS = {
    'xj-manas-canmo-2022': (check_manas, 2022),
    'sd-qihe-jiegan-2020': (check_qihe, 2020),
    'nx-pengyang-nongmo-2023': (check_pengyang, 2023),
    'jl-lishu-bumen-2024': (check_lishu, 2024),
    'ha-huaxian-jiegan-2019': (check_huaxian, 2019),
}


def run_checks(src, text):
    fn, year = CHECKERS[src]
    c = Check(text, year)
    fn(c)
    return c.res


def diff_region(a, b):
    """[start, end) in b of the single region where b differs from a."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s


def main():
    problems = []
    labels = [json.loads(line) for line in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if line.strip()]
    if len(labels) != 35:
        problems.append(f'expected 35 labelled cases, got {len(labels)}')
    files = sorted(os.listdir(CASES))
    if sorted(r['case'] for r in labels) != files:
        problems.append('labels.jsonl and cases/ do not list the same files')
    counts = {}
    clean_text = {}
    where = {}
    for rec in labels:
        if rec['clean']:
            clean_text[rec['source']] = open(os.path.join(CASES, rec['case']), encoding='utf-8').read()
    if set(clean_text) != set(CHECKERS):
        problems.append('clean drafts do not match the checkers')
    for src, text in clean_text.items():
        n = len(text)
        if not 2800 <= n <= 3400:
            problems.append(f'{src}: clean draft has {n} characters (2800-3400 wanted)')
        try:
            res = run_checks(src, text)
        except ParseError as e:
            problems.append(f'{src}-clean: parse error {e}')
            continue
        bad = [r for r in res if not r[2]]
        for r in bad:
            problems.append(f'{src}-clean: check failed [{r[0]}/{r[1]}] {r[3]}')
        print(f'{src}-clean: {len(res)} checks, {len(bad)} failed')
    for rec in labels:
        if rec['clean']:
            if rec['expected'] != []:
                problems.append(f'{rec["case"]}: clean case with findings')
            continue
        case = rec['case']
        text = open(os.path.join(CASES, case), encoding='utf-8').read()
        exp = rec['expected']
        if len(exp) != 1:
            problems.append(f'{case}: expected exactly one finding')
            continue
        e = exp[0]
        if set(e) != {'code', 'severity', 'value', 'explanation'}:
            problems.append(f'{case}: label keys {sorted(e)}')
        if e['code'] not in ERROR_CODES or e['severity'] != 'error':
            problems.append(f'{case}: code/severity {e["code"]}/{e["severity"]}')
        counts[e['code']] = counts.get(e['code'], 0) + 1
        occ = [m.start() for m in re.finditer(re.escape(e['value']), text)]
        if len(occ) != 1:
            problems.append(f'{case}: value occurs {len(occ)} times')
        clean = clean_text[rec['source']]
        if text == clean:
            problems.append(f'{case}: identical to the clean draft')
            continue
        if e['value'] in clean:
            problems.append(f'{case}: value also occurs in the clean draft (does not carry the change)')
        s, t = diff_region(clean, text)
        if not any(o < t and s < o + len(e['value']) for o in occ):
            problems.append(f'{case}: changed region [{s},{t}) does not overlap the value')
        try:
            res = run_checks(rec['source'], text)
        except ParseError as err:
            problems.append(f'{case}: parse error {err}')
            continue
        failed = {r[0] for r in res if not r[2] and r[1] == 'error'}
        if failed != {e['code']}:
            detail = [f'[{r[0]}] {r[3]}' for r in res if not r[2] and r[1] == 'error']
            problems.append(f'{case}: failing error codes {sorted(failed)} != {{{e["code"]}}}: {detail}')
        warn = [r[3] for r in res if not r[2] and r[1] != 'error']
        print(f'{case}: {e["code"]} fails as labelled' + (f' (+{len(warn)} warning)' if warn else ''))
    for code in sorted(ERROR_CODES):
        if counts.get(code, 0) < 2:
            problems.append(f'code {code} used {counts.get(code, 0)} times (< 2)')
    print('per code:', ', '.join(f'{k}={counts.get(k, 0)}' for k in sorted(ERROR_CODES)))
    if problems:
        print('\nPROBLEMS:')
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
