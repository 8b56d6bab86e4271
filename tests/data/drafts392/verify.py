#!/usr/bin/env python3
"""Verify the n392 set (clean-heating / coal-boiler subsidy self-evaluation reports).

Standard library only; all arithmetic in decimal.Decimal with the tolerance of rules.md §8
(a stated value with d decimals matches a computed value c iff |c - v| <= 0.5 * 10^-d).

1. every label value occurs in its case;
2. every error case differs from its clean draft in one contiguous place that overlaps the label value;
3. every code of errors.md §A 1-13 is used at least twice;
4. the arithmetic of every clean draft is redone (all checks must pass);
5. the arithmetic of every error case is redone: the labelled code must fail and no other
   error-level code may fail (score_rule_mismatch is a warning and is only reported).
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
CODES13 = ['rate_mismatch', 'balance_mismatch', 'sum_mismatch', 'score_sum_mismatch',
           'score_exceeds_weight', 'weight_sum_mismatch', 'grade_mismatch', 'average_mismatch',
           'conflicting_values', 'implausible_rate', 'unit_mismatch', 'year_mismatch',
           'completion_mismatch']
WARNINGS = {'score_rule_mismatch'}
N = r'([0-9][0-9,]*(?:\.[0-9]+)?)'
WAN = D('0.0001')          # 元 -> 万元
HUNDRED = D(100)


class AnchorError(Exception):
    pass


def dec(s):
    return D(str(s).replace(',', '').replace('%', '').strip())


def nd(s):
    s = str(s).replace(',', '').replace('%', '').strip()
    return len(s.split('.')[1]) if '.' in s else 0


def tol(s):
    return D('0.5') * (D(10) ** -nd(s)) + D('1e-9')


def r2(x):
    return x.quantize(D('0.01'), rounding=ROUND_HALF_UP)


def grade_of(total):
    if total >= 90:
        return '优'
    if total >= 80:
        return '良'
    if total >= 60:
        return '中'
    return '差'


GRADE_WORDS = {'优': '优', '优秀': '优', '良': '良', '良好': '良', '中': '中', '中等': '中', '一般': '中',
               '合格': '中', '差': '差', '较差': '差', '不合格': '差'}


def parse_val(s):
    """'≥3,000户' -> (Decimal(3000), '户', approx); dates/qualitative -> (None, s, False)."""
    s = s.strip()
    approx = False
    for p in ('≥', '≤', '＞', '＜', '>=', '<=', '='):
        if s.startswith(p):
            s = s[len(p):]
    if s.startswith('约') or s.startswith('近'):
        approx = True
        s = s[1:]
    if re.match(r'^\d{4}年\d{1,2}月', s):
        return None, 'date', False
    m = re.match(r'^([0-9][0-9,]*(?:\.[0-9]+)?)(.*)$', s)
    if not m:
        return None, s, False
    return m.group(1), m.group(2), approx


class Ctx:
    def __init__(self, text):
        self.t = text
        self.fails = []   # (code, message)

    # ---- extraction -------------------------------------------------------------
    def g(self, pat, flags=0):
        ms = list(re.finditer(pat, self.t, flags))
        if len(ms) != 1:
            raise AnchorError('%d matches for %r' % (len(ms), pat))
        return ms[0].groups()

    def g1(self, pat, flags=0):
        return self.g(pat, flags)[0]

    def line_with(self, needle):
        ls = [l for l in self.t.split('\n') if needle in l]
        if len(ls) != 1:
            raise AnchorError('%d lines contain %r' % (len(ls), needle))
        return ls[0]

    def tabrow(self, cell):
        """tab-separated row that has a cell equal to `cell`; returns the cells after it."""
        rows = [l.split('\t') for l in self.t.split('\n')]
        hits = [r for r in rows if cell in r]
        if len(hits) != 1:
            raise AnchorError('%d tab rows with cell %r' % (len(hits), cell))
        r = hits[0]
        return r[r.index(cell) + 1:]

    def tabrow0(self, first):
        """tab-separated row whose first cell equals `first`; returns the cells after it."""
        rows = [l.split('\t') for l in self.t.split('\n')]
        hits = [r for r in rows if r[0] == first and len(r) > 1]
        if len(hits) != 1:
            raise AnchorError('%d tab rows starting with %r' % (len(hits), first))
        return hits[0][1:]

    def spacerow(self, cell):
        rows = [l.split(' ') for l in self.t.split('\n')]
        hits = [r for r in rows if cell in r]
        if len(hits) != 1:
            raise AnchorError('%d space rows with cell %r' % (len(hits), cell))
        r = hits[0]
        return r[r.index(cell) + 1:]

    def flatrow(self, cell):
        """seed-003 style flattened table: one cell per line ('\\t' + cell), blank line between rows."""
        blocks = []
        for b in self.t.split('\n\n'):
            lines = b.split('\n')
            if lines and all(l.lstrip(' ').startswith('\t') for l in lines if l != ''):
                blocks.append([l.lstrip(' ')[1:] for l in lines if l != ''])
        hits = [b for b in blocks if cell in b]
        if len(hits) != 1:
            raise AnchorError('%d flat rows with cell %r' % (len(hits), cell))
        b = hits[0]
        return b[b.index(cell) + 1:]

    # ---- checks -----------------------------------------------------------------
    def fail(self, code, msg):
        self.fails.append((code, msg))

    def _rescale_fix(self, terms, target_fn):
        """terms: list of Decimal; target_fn(list)->bool. True if rescaling one term by 10^±4/10^±8 fixes."""
        for i in range(len(terms)):
            for f in (D('0.0001'), D('10000'), D('0.00000001'), D('100000000')):
                t2 = list(terms)
                t2[i] = t2[i] * f
                if target_fn(t2):
                    return True
        return False

    def sum_(self, total, parts, ft=D(1), fp=None, what='', code='sum_mismatch'):
        """total (string) == sum(parts) after multiplying by unit factors."""
        fp = fp or [D(1)] * len(parts)
        vals = [dec(total) * ft] + [dec(p) * f for p, f in zip(parts, fp)]
        tl = tol(total) * ft          # inputs are exact as written (rules §8); only the total is rounded

        def ok(v):
            return abs(v[0] - sum(v[1:])) <= tl
        if ok(vals):
            return
        code2 = 'unit_mismatch' if self._rescale_fix(vals, ok) else code
        self.fail(code2, '%s: %s != %s' % (what, total, ' + '.join(parts)))

    def diff(self, res, a, b, what='', code='sum_mismatch'):
        """res == a - b"""
        if abs(dec(res) - (dec(a) - dec(b))) > tol(res):
            self.fail(code, '%s: %s != %s - %s' % (what, res, a, b))

    def prod(self, amount, count, unit_price, f_amount=D(1), f_price=WAN, what=''):
        """amount (万元 after f_amount) == count * unit_price(元) / 10^4"""
        a = dec(amount) * f_amount
        c = dec(count) * dec(unit_price) * f_price
        tl = tol(amount) * f_amount + D('1e-9')

        def ok(v):
            return abs(v[0] - v[1]) <= tl
        if ok([a, c]):
            return
        code = 'unit_mismatch' if self._rescale_fix([a, c], ok) else 'sum_mismatch'
        self.fail(code, '%s: %s != %s x %s' % (what, amount, count, unit_price))

    def eq(self, a, b, fa=D(1), fb=D(1), what='', code='conflicting_values'):
        va, vb = dec(a) * fa, dec(b) * fb
        if abs(va - vb) <= max(tol(a) * fa, tol(b) * fb):
            return
        fixed = self._rescale_fix([va, vb], lambda v: abs(v[0] - v[1]) <= max(tol(a) * fa, tol(b) * fb))
        self.fail('unit_mismatch' if fixed else code, '%s: %s vs %s' % (what, a, b))

    def rate(self, stated, num, den, fn=D(1), fd=D(1), what='', zero_ok=('0', '—', '')):
        """stated % == num/den*100 ; zero base -> only '0'/'—'/blank allowed (else implausible)."""
        s = stated.replace('%', '').strip()
        if dec(den) * fd == 0:
            if s not in zero_ok and dec(s) != 0:
                self.fail('implausible_rate', '%s: rate %s on a zero base' % (what, stated))
            return
        c = dec(num) * fn / (dec(den) * fd) * HUNDRED
        if dec(s) > HUNDRED:
            self.fail('implausible_rate', '%s: rate %s over 100%%' % (what, stated))
        if abs(c - dec(s)) > tol(s):
            self.fail('rate_mismatch', '%s: stated %s, computed %s' % (what, stated, r2(c)))

    def bound100(self, stated, what=''):
        s = stated.replace('%', '').strip()
        if dec(s) > HUNDRED or dec(s) < 0:
            self.fail('implausible_rate', '%s: %s outside [0, 100%%]' % (what, stated))

    def mean(self, stated, items, what=''):
        c = sum(dec(i) for i in items) / len(items)
        if abs(c - dec(stated)) > tol(stated):
            self.fail('average_mismatch', '%s: stated %s, mean %s' % (what, stated, r2(c)))

    def year(self, stated, expected, rel='eq', what=''):
        y = int(stated)
        if (rel == 'eq' and y != expected) or (rel == 'gt' and y <= expected):
            self.fail('year_mismatch', '%s: %s (evaluation year %d)' % (what, stated, expected))

    def grade(self, word, total, what='grade'):
        if GRADE_WORDS[word] != grade_of(dec(total)):
            self.fail('grade_mismatch', '%s: %s for total %s' % (what, word, total))

    def exec_score(self, score, weight, rate_str, what='execution score'):
        r = dec(rate_str.replace('%', '')) / HUNDRED
        exp = dec(weight) * min(r, D(1))
        if abs(exp - dec(score)) > tol(score) + D('0.005'):
            self.fail('score_rule_mismatch', '%s: %s vs %s' % (what, score, r2(exp)))

    def indicators(self, rows, total=None, exec_row=None, what='', wtotal=None):
        """rows: dicts with name, kind (gte/lte/eq0/qual/date), target, actual, weight, score,
        optional completion, pct (actual is a rate bounded by 100%).
        exec_row: (weight, score) of the execution line. total: stated total score string."""
        weights = []
        scores = []
        if exec_row:
            weights.append(dec(exec_row[0]))
            scores.append(dec(exec_row[1]))
            if dec(exec_row[1]) > dec(exec_row[0]) or dec(exec_row[1]) < 0:
                self.fail('score_exceeds_weight', 'execution: %s > %s' % (exec_row[1], exec_row[0]))
        for r in rows:
            w, s = dec(r['weight']), dec(r['score'])
            weights.append(w)
            scores.append(s)
            if s > w or s < 0:
                self.fail('score_exceeds_weight', '%s: score %s, weight %s' % (r['name'], r['score'], r['weight']))
            if r['kind'] in ('qual', 'date'):
                continue
            tv, tu, _ = parse_val(r['target'])
            av, au, approx = parse_val(r['actual'])
            if tu != au:
                self.fail('unit_mismatch', '%s: target %s vs actual %s' % (r['name'], r['target'], r['actual']))
                continue
            if r.get('pct'):
                self.bound100(r['actual'], r['name'])
            T, A = dec(tv), dec(av)
            if r['kind'] == 'gte':
                comp = A / T * HUNDRED
            elif r['kind'] == 'lte':
                comp = HUNDRED if A <= T else T / A * HUNDRED
            else:  # eq0
                comp = HUNDRED if A == 0 else D(0)
            if 'completion' in r:
                cs = r['completion'].replace('%', '')
                if abs(comp - dec(cs)) > tol(cs):
                    self.fail('completion_mismatch', '%s: stated %s, computed %s' % (r['name'], r['completion'], r2(comp)))
            exp = w * min(comp / HUNDRED, D(1))
            if abs(exp - s) > tol(r['score']) + D('0.005'):
                self.fail('score_rule_mismatch', '%s: score %s, rule gives %s' % (r['name'], r['score'], r2(exp)))
        if sum(weights) != 100:
            self.fail('weight_sum_mismatch', '%sweights sum to %s' % (what, sum(weights)))
        if wtotal is not None and dec(wtotal) != 100:
            self.fail('weight_sum_mismatch', '%sstated weight total %s' % (what, wtotal))
        if total is not None:
            if abs(sum(scores) - dec(total)) > tol(total):
                self.fail('score_sum_mismatch', '%sscores sum to %s, stated %s' % (what, sum(scores), total))


# =====================================================================================
# he-nangong-qidaimei-2019
# =====================================================================================
def check_nangong(c):
    Y = 2019
    tot, cen, prov, city = c.g(r'2019年项目资金' + N + r'万元，其中中央大气污染防治资金' + N + r'万元、省级资金' + N + r'万元、市本级配套' + N + r'万元')
    c.sum_(tot, [cen, prov, city], what='sources')
    gas_n, gas_p, gas_amt, gas_u = c.g(r'气代煤' + N + r'户、每户补助' + N + r'元，共' + N + r'(万元|元)')
    el_n, el_p, el_amt = c.g(r'电代煤' + N + r'户、每户补助' + N + r'元，共' + N + r'万元')
    third = c.g1(r'第三方验收及监理经费' + N + r'万元')
    all3 = c.g1(r'三项合计' + N + r'万元')
    fg = WAN if gas_u == '元' else D(1)
    c.prod(gas_amt, gas_n, gas_p, f_amount=fg, what='气代煤 subsidy')
    c.prod(el_amt, el_n, el_p, what='电代煤 subsidy')
    c.sum_(all3, [gas_amt, el_amt, third], fp=[fg, D(1), D(1)], what='three items')
    c.eq(all3, tot, what='三项合计 vs 项目资金')
    # yuan table
    rows = {}
    for k, name in [(1, '年初预算数'), (2, '全年预算数'), (3, '实际到位数'), (4, '全年执行数'), (5, '结余')]:
        cells = c.tabrow0(name)
        rows[k] = cells[1:5]
        c.sum_(rows[k][0], rows[k][1:], what='yuan table row (%d)' % k)
    r6 = c.tabrow0('到位率')[1:5]
    r7 = c.tabrow0('执行率')[1:5]
    for j, col in enumerate(['合计', '中央', '省级', '市本级']):
        c.diff(rows[5][j], rows[3][j], rows[4][j], what='balance ' + col, code='balance_mismatch')
        c.rate(r6[j], rows[3][j], rows[2][j], what='到位率 ' + col)
        c.rate(r7[j], rows[4][j], rows[2][j], what='执行率 ' + col)
    # "全年预算未作调整" => initial == annual
    for j in range(4):
        c.eq(rows[1][j], rows[2][j], what='no adjustment', code='rate_mismatch')
    c.eq(tot, rows[2][0], fb=WAN, what='项目资金 vs table')
    c.eq(cen, rows[2][1], fb=WAN, what='中央 vs table')
    c.eq(prov, rows[2][2], fb=WAN, what='省级 vs table')
    c.eq(city, rows[2][3], fb=WAN, what='市本级 vs table')
    spent, prate = c.g(r'项目全年执行资金' + N + r'万元，预算执行率' + N + r'%')
    c.eq(spent, rows[4][0], fb=WAN, what='执行 prose vs table')
    c.rate(prate, spent, tot, what='prose 执行率')
    left, left_n = c.g(r'市本级配套资金尚余' + N + r'万元，为' + N + r'户电代煤补助')
    c.diff(left, dec(rows[2][3]) * WAN, dec(rows[4][3]) * WAN, what='市本级 balance', code='balance_mismatch')
    c.prod(left, left_n, el_p, what='84户 x 7,400')
    c.year(c.g1(r'已结转至(\d{4})年继续使用'), Y, 'gt', 'carry-forward')
    # outputs
    done, tgt, pct = c.g(r'气代煤实际完成' + N + r'户，为年度目标（' + N + r'户）的' + N + r'%')
    if abs(dec(done) / dec(tgt) * HUNDRED - dec(pct)) > tol(pct):
        c.fail('completion_mismatch', '气代煤 %s/%s vs %s%%' % (done, tgt, pct))
    last_gas, last_el = c.g(r'完成气代煤' + N + r'户、电代煤' + N + r'户，本年度')
    more = c.g1(r'较上一采暖季多' + N + r'户')
    c.sum_(done, [last_gas, more], what='gas vs last season')
    cum, avg = c.g(r'两年累计完成气代煤' + N + r'户，年均' + N + r'户')
    c.sum_(cum, [last_gas, done], what='two-year total')
    c.mean(avg, [last_gas, done], what='two-year average')
    inst, acc = c.g(r'电代煤' + N + r'户全部完成设备安装，其中' + N + r'户通过联合验收')
    c.sum_(inst, [acc, left_n], what='installed = accepted + carried')
    c.eq(inst, el_n, what='电代煤 households')
    # MOF table
    fr = c.tabrow('年度资金总额')
    cur = c.tabrow('其中：当年财政拨款')
    co = c.tabrow('上年结转资金')
    ot = c.tabrow('其他资金')
    for j in range(3):
        c.sum_(fr[j], [cur[j], co[j], ot[j]], what='MOF funds column %d' % j)
    c.eq(fr[1], tot, what='MOF 全年 vs prose')
    c.eq(fr[2], spent, what='MOF 执行 vs prose')
    c.eq(fr[0], fr[1], what='no adjustment (MOF)', code='rate_mismatch')
    c.rate(fr[4], fr[2], fr[1], what='MOF 执行率')
    c.rate(cur[4], cur[2], cur[1], what='MOF 当年 执行率')
    c.eq(fr[4], prate, what='执行率 MOF vs prose')
    c.exec_score(fr[5], fr[3], fr[4])
    names = [('气代煤改造户数', 'gte', 0), ('电代煤改造验收户数', 'gte', 0), ('改造工程验收合格率', 'gte', 1),
             ('具备供暖条件时间', 'date', 0), ('替代散煤量', 'gte', 0), ('取暖安全责任事故', 'eq0', 0),
             ('设备正常运行率', 'gte', 1), ('改造户满意度', 'gte', 1)]
    rows_i = []
    for nm, kind, pct in names:
        cl = c.tabrow(nm)
        rows_i.append(dict(name=nm, kind=kind, target=cl[0], actual=cl[1], weight=cl[2], score=cl[3], pct=pct))
    c.eq(rows_i[0]['actual'].rstrip('户'), done, what='气代煤 table vs prose')
    c.eq(rows_i[1]['actual'].rstrip('户'), acc, what='电代煤 table vs prose')
    tl = c.tabrow('总分')
    wtot, total = [x for x in tl if x][:2]
    c.indicators(rows_i, total=total, exec_row=(fr[3], fr[5]), wtotal=wtot)
    ptotal, gword = c.g(r'项目综合得分' + N + r'分，评价等级为“(.{1,2})”')
    c.eq(ptotal, total, what='total prose vs table')
    c.grade(gword, ptotal)
    c.year(c.g1(r'项目支出绩效自评表\n（(\d{4})年度）'), Y, 'eq', 'table year')
    # targets and actuals restated in the text
    tg = c.g(r'完成气代煤改造不少于' + N + r'户、电代煤改造验收不少于' + N + r'户；改造工程验收合格率不低于' + N + r'%；(\d{4})年11月15日前改造户全部具备供暖条件；替代散煤' + N + r'万吨以上，改造户满意度达到' + N + r'%以上')
    c.eq(tg[0], tgt, what='gas target')
    c.eq(tg[0], rows_i[0]['target'].lstrip('≥').rstrip('户'), what='gas target table')
    c.eq(tg[1], rows_i[1]['target'].lstrip('≥').rstrip('户'), what='el target table')
    c.eq(tg[1], el_n, what='el target = planned')
    c.eq(tg[2], rows_i[2]['target'].lstrip('≥').rstrip('%'), what='quality target')
    c.year(tg[3], Y, 'eq', 'deadline year')
    c.eq(tg[4], rows_i[4]['target'].lstrip('≥').rstrip('万吨'), what='coal target')
    c.eq(tg[5], rows_i[7]['target'].lstrip('≥').rstrip('%'), what='satisfaction target')
    c.eq(c.g1(r'抽检改造工程合格率' + N + r'%'), rows_i[2]['actual'].rstrip('%'), what='quality actual')
    c.eq(c.g1(r'全年替代散煤约' + N + r'万吨'), rows_i[4]['actual'].lstrip('约').rstrip('万吨'), what='coal actual')
    c.eq(c.g1(r'回访显示设备正常运行率' + N + r'%'), rows_i[6]['actual'].rstrip('%'), what='running rate')
    for y in re.findall(r'(\d{4})年11月1\d日', c.t):
        c.year(y, Y, 'eq', 'heating dates')
    c.eq(c.g1(r'电网增容滞后，' + N + r'户结转下年验收'), left_n, what='carried households (table note)')
    c.eq(c.g1(r'结转的' + N + r'户电代煤补助将在'), left_n, what='carried households (section 七)')
    c.year(c.g1(r'户电代煤补助将在(\d{4})年采暖季前'), Y, 'gt', 'carry-over season')
    c.eq(c.g1(r'（(\d{4})年度）我市完成气代煤'), str(Y - 1), what='last season year', code='year_mismatch')


# =====================================================================================
# sx-zhangzi-qingjiequnuan-2020
# =====================================================================================
def check_zhangzi(c):
    Y = 2020
    el_p, el_n, el_amt = c.g(r'煤改电每户补助' + N + r'元，计划' + N + r'户，需资金' + N + r'万元')
    gas_p, gas_n, gas_amt = c.g(r'煤改气每户补助' + N + r'元，计划' + N + r'户，需资金' + N + r'万元')
    bn, bt, bp, b_amt, b_avg = c.g(r'淘汰燃煤锅炉' + N + r'台、合计' + N + r'蒸吨，按每蒸吨' + N + r'万元补助，需资金' + N + r'万元，平均单台容量' + N + r'蒸吨')
    grid = c.g1(r'配套电网增容补助' + N + r'万元')
    allsum = c.g1(r'以上合计' + N + r'万元')
    c.prod(el_amt, el_n, el_p, what='煤改电 plan')
    c.prod(gas_amt, gas_n, gas_p, what='煤改气 plan')
    c.prod(b_amt, bt, bp, f_price=D(1), what='boiler plan')
    if abs(dec(bt) / dec(bn) - dec(b_avg)) > tol(b_avg):
        c.fail('average_mismatch', 'boiler average %s/%s vs %s' % (bt, bn, b_avg))
    c.sum_(allsum, [el_amt, gas_amt, b_amt, grid], what='plan total')
    # funds table (flattened)
    keys = ['年初预算资金', '全年预算资金', '实际到位资金', '全年执行资金', '资金结余', '预算到位率(%)', '预算执行率(%)']
    R = {}
    for i, k in enumerate(keys, 1):
        cells = c.flatrow(k)[1:]          # drop 行次
        R[i] = [x if x != '' else '0' for x in cells]
    # columns: 0 total, 1 subtotal, 2 central, 3 prov, 4 city, 5 county, 6 carry-over, 7 other
    for i in range(1, 6):
        c.sum_(R[i][0], [R[i][1], R[i][6], R[i][7]], what='row %d total' % i)
        c.sum_(R[i][1], R[i][2:6], what='row %d fiscal subtotal' % i)
    for j in range(8):
        c.diff(R[5][j], R[3][j], R[4][j], what='balance col %d' % j, code='balance_mismatch')
        c.rate(R[6][j], R[3][j], R[2][j], what='到位率 col %d' % j)
        c.rate(R[7][j], R[4][j], R[2][j], what='执行率 col %d' % j)
    c.eq(allsum, R[1][1], what='plan total vs fiscal subtotal')
    tot, fis, carry = c.g(r'2020年项目全年预算资金' + N + r'万元，其中当年财政资金' + N + r'万元、2019年结转资金' + N + r'万元')
    c.eq(tot, R[2][0], what='全年预算 prose vs table')
    c.eq(fis, R[2][1], what='当年财政 prose vs table')
    c.eq(carry, R[2][6], what='结转 prose vs table')
    spent, prate = c.g(r'全年执行' + N + r'万元，预算执行率' + N + r'%。')
    c.eq(spent, R[4][0], what='执行 prose vs table')
    c.eq(prate, R[7][0], what='执行率 prose vs table')
    crate = c.g1(r'县级配套资金执行' + N + r'%')
    c.eq(crate, R[7][5], what='县级执行率 prose vs table')
    left, left_n = c.g(r'未支出的' + N + r'万元为' + N + r'户煤改电补助')
    c.eq(left, R[5][5], what='county balance prose vs table')
    c.prod(left, left_n, el_p, what='208户 x 6000')
    c.year(c.g1(r'经县政府同意结转(\d{4})年继续使用'), Y, 'gt', 'carry-forward')
    # outputs prose
    el_done, more = c.g(r'全年完成煤改电' + N + r'户，比上年多' + N + r'户')
    last_el, last_gas = c.g(r'2019年度全县完成煤改电' + N + r'户、煤改气' + N + r'户')
    c.sum_(el_done, [last_el, more], what='煤改电 vs last year')
    c.sum_(el_n, [el_done, left_n], what='planned = done + deferred')
    gas_done = c.g1(r'完成煤改气改造' + N + r'户')
    b_done, b_more = c.g(r'拆除淘汰燃煤锅炉' + N + r'台，比年度目标多' + N + r'台')
    sc, sr = c.g(r'预算执行率' + N + r'%，按10分权重计得' + N + r'分')
    c.eq(sc, R[7][0], what='执行率 analysis vs table')
    # 附件1
    ex = c.flatrow('预算执行率')      # weight, target, actual, completion, score, note
    c.eq(ex[2].rstrip('%'), R[7][0], what='执行率 附件1 vs funds table')
    c.rate(ex[3], ex[2].replace('%', ''), ex[1].replace('%', ''), what='execution completion')
    c.exec_score(ex[4], ex[0], ex[2])
    c.eq(sr, ex[4], what='execution score prose vs table')
    names = [('煤改电改造户数', 'gte', 0), ('煤改气改造户数', 'gte', 0), ('淘汰燃煤锅炉台数', 'gte', 0),
             ('改造工程验收合格率', 'gte', 1), ('煤改电户均设备补贴', 'lte', 0), ('削减散煤使用量', 'gte', 0),
             ('改造设备运行正常率', 'gte', 1), ('改造户满意度', 'gte', 1)]
    rows = []
    for nm, kind, pct in names:
        cl = c.flatrow(nm)
        rows.append(dict(name=nm, kind=kind, weight=cl[0], target=cl[1], actual=cl[2], completion=cl[3],
                         score=cl[4], pct=pct))
    c.eq(rows[0]['actual'].rstrip('户'), el_done, what='煤改电 table vs prose')
    c.eq(rows[0]['target'].lstrip('≥').rstrip('户'), el_n, what='煤改电 target vs plan')
    c.eq(rows[1]['target'].lstrip('≥').rstrip('户'), gas_n, what='煤改气 target vs plan')
    c.eq(gas_done, rows[1]['actual'].rstrip('户'), what='煤改气 analysis vs table')
    c.eq(rows[2]['actual'].rstrip('台'), bn, what='boilers table vs plan')
    c.eq(b_done, bn, what='boilers prose vs plan')
    c.sum_(b_done, [rows[2]['target'].lstrip('≥').rstrip('台'), b_more], what='boilers above target')
    total, gword = c.g(r'项目总得分' + N + r'分，评价等级为“(.{1,2})”')
    c.indicators(rows, total=total, exec_row=(ex[0], ex[4]))
    c.grade(gword, total)
    c.year(c.g1(r'附件1\.项目支出绩效自评表（(\d{4})年度）'), Y, 'eq', 'table year')
    c.year(c.g1(r'长子分局(\d{4})年度清洁取暖'), Y, 'eq', 'title year')
    tg = c.g(r'完成煤改电' + N + r'户、煤改气' + N + r'户，淘汰燃煤锅炉不少于' + N + r'台；改造工程验收合格率不低于' + N + r'%；煤改电户均设备补贴不超过' + N + r'元；削减散煤使用量' + N + r'万吨以上；改造户满意度不低于' + N + r'%')
    for i, (k, strip) in enumerate([(0, '户'), (1, '户'), (2, '台'), (3, '%'), (4, '元/户'), (5, '万吨'), (7, '%')]):
        c.eq(tg[i], rows[k]['target'].lstrip('≥≤').replace(strip, ''), what='target restated %d' % i)
    c.eq(tg[4], el_p, what='per-household cap = standard')
    c.eq(c.g1(r'合格率' + N + r'%。煤改电户均'), rows[3]['actual'].rstrip('%'), what='quality actual')
    c.eq(c.g1(r'煤改电户均设备补贴' + N + r'元，未超出'), rows[4]['actual'].replace('元/户', ''), what='per-household actual')
    coal, coal_approx = c.g(r'全年削减散煤' + N + r'万吨，近' + N + r'万吨')
    c.eq(coal, rows[5]['actual'].rstrip('万吨'), what='coal actual')
    if abs(dec(coal) - dec(coal_approx)) > tol(coal_approx):
        c.fail('conflicting_values', 'approximation 近%s vs %s' % (coal_approx, coal))
    c.eq(c.g1(r'已改造设备运行正常率' + N + r'%'), rows[6]['actual'].rstrip('%'), what='running rate')
    c.eq(c.g1(r'改造户满意度' + N + r'%。'), rows[7]['actual'].rstrip('%'), what='satisfaction')
    for pat in (r'采暖季前完工，' + N + r'户不具备', r'不同步，' + N + r'户煤改电', r'电网增容滞后，' + N + r'户顺延'):
        c.eq(c.g1(pat), left_n, what='deferred households')
    c.year(c.g1(r'确保(\d{4})年采暖季前全部完成'), Y, 'gt', 'next season')
    c.year(c.g1(r'项目实施计划：(\d{4})年4月'), Y, 'eq', 'plan year')
    c.year(c.g1(r'下达的(\d{4})年冬季清洁取暖'), Y, 'eq', 'task year')
    c.eq(c.g1(r'(\d{4})年结转资金'), str(Y - 1), what='carry-over source year', code='year_mismatch')


# =====================================================================================
# sd-gaoqing-meigaidian-2021
# =====================================================================================
def check_gaoqing(c):
    Y = 2021
    ini, cur0, carry0, add, ann = c.g(r'年初预算' + N + r'万元，其中当年财政拨款' + N + r'万元、2020年结转资金' + N + r'万元；6月省级追加清洁取暖奖补资金' + N + r'万元，调整后全年预算' + N + r'万元')
    c.sum_(ini, [cur0, carry0], what='initial budget')
    c.sum_(ann, [ini, add], what='annual budget')
    cur, cen, prov, cty = c.g(r'全年当年财政拨款' + N + r'万元，其中中央' + N + r'万元、省级' + N + r'万元、县级' + N + r'万元')
    c.sum_(cur, [cen, prov, cty], what='sources of 当年财政拨款')
    c.sum_(cur, [cur0, add], what='当年财政拨款 = initial + 追加')
    gn, gp, ga = c.g(r'安排煤改气' + N + r'户，每户' + N + r'元，计' + N + r'万元')
    en, ep, ea = c.g(r'煤改电' + N + r'户，每户' + N + r'元，计' + N + r'万元')
    vn, vp, va = c.g(r'村内燃气管网建设奖补' + N + r'个村，每村' + N + r'万元，计' + N + r'万元')
    c.prod(ga, gn, gp, what='煤改气')
    c.prod(ea, en, ep, what='煤改电')
    c.prod(va, vn, vp, f_price=D(1), what='管网')
    c.sum_(cur, [ga, ea, va], what='components of 当年财政拨款')
    lo, hi = c.g(r'每户' + N + r'元至' + N + r'元不等')
    if not (dec(lo) <= min(dec(gp), dec(ep)) and max(dec(gp), dec(ep)) <= dec(hi)):
        c.fail('conflicting_values', 'range %s-%s vs %s/%s' % (lo, hi, gp, ep))
    spent, prate, cspent, crate, cs2, crate2 = c.g(r'项目全年执行' + N + r'万元，预算执行率' + N + r'%；其中当年财政拨款执行' + N + r'万元，执行率' + N + r'%，上年结转资金' + N + r'万元全部支出，执行率' + N + r'%')
    c.rate(prate, spent, ann, what='overall 执行率')
    c.rate(crate, cspent, cur, what='当年财政拨款 执行率')
    c.rate(crate2, cs2, carry0, what='结转 执行率')
    c.eq(cs2, carry0, what='结转 spent')
    c.sum_(spent, [cspent, cs2], what='spent components')
    bal = c.g1(r'年末结余资金' + N + r'万元')
    c.diff(bal, ann, spent, what='year-end balance', code='balance_mismatch')
    c.year(c.g1(r'全部结转至(\d{4})年继续用于煤改气补助'), Y, 'gt', 'carry-forward')
    for y in re.findall(r'截至(\d{4})年12月31日', c.t):
        c.year(y, Y, 'eq', 'as-of date')
    # outputs prose
    gdone, gcomp = c.g(r'全年完成煤改气' + N + r'户，完成率' + N + r'%')
    if abs(dec(gdone) / dec(gn) * HUNDRED - dec(gcomp)) > tol(gcomp):
        c.fail('completion_mismatch', '煤改气 %s/%s vs %s%%' % (gdone, gn, gcomp))
    rest = c.g1(r'尚有' + N + r'户因燃气主管道')
    c.sum_(gn, [gdone, rest], what='煤改气 planned = done + deferred')
    edone, ecomp = c.g(r'煤改电完成' + N + r'户，完成率' + N + r'%')
    if abs(dec(edone) / dec(en) * HUNDRED - dec(ecomp)) > tol(ecomp):
        c.fail('completion_mismatch', '煤改电 %s/%s vs %s%%' % (edone, en, ecomp))
    qual = c.g1(r'工程验收合格率' + N + r'%。')
    coal = c.g1(r'全年替代散煤' + N + r'万吨，略低于')
    heat_last, heat = c.g(r'清洁取暖率由上年的' + N + r'%提高到' + N + r'%')
    sat = c.g1(r'抽样调查改造户满意度' + N + r'%')
    # table
    fr = c.spacerow('年度资金总额')
    cr = c.spacerow('其中：当年财政拨款')
    co = c.spacerow('上年结转资金')
    ot = c.spacerow('其他资金')
    for j in range(3):
        c.sum_(fr[j], [cr[j], co[j], ot[j]], what='MOF column %d' % j)
    c.eq(fr[0], ini, what='年初 table vs prose')
    c.eq(fr[1], ann, what='全年 table vs prose')
    c.eq(fr[2], spent, what='执行 table vs prose')
    c.eq(cr[1], cur, what='当年 table vs prose')
    c.eq(cr[2], cspent, what='当年执行 table vs prose')
    c.rate(fr[4], fr[2], fr[1], what='MOF 执行率')
    c.eq(fr[4].rstrip('%'), prate, what='执行率 table vs prose')
    c.exec_score(fr[5], fr[3], fr[4])
    names = [('煤改气改造户数', 'gte', 0), ('煤改电改造户数', 'gte', 0), ('燃气管网通达村数', 'gte', 0),
             ('改造工程验收合格率', 'gte', 1), ('替代散煤量', 'gte', 0), ('农村地区清洁取暖率', 'gte', 1),
             ('改造户取暖安全事故', 'eq0', 0), ('改造户满意度', 'gte', 1)]
    rows = []
    for nm, kind, pct in names:
        cl = c.spacerow(nm)
        rows.append(dict(name=nm, kind=kind, target=cl[0], actual=cl[1], weight=cl[2], score=cl[3], pct=pct))
    c.eq(rows[0]['actual'].rstrip('户'), gdone, what='煤改气 table vs prose')
    c.eq(rows[1]['actual'].rstrip('户'), edone, what='煤改电 table vs prose')
    c.eq(rows[3]['actual'].rstrip('%'), qual, what='合格率 table vs prose')
    c.eq(rows[4]['actual'].rstrip('万吨'), coal, what='散煤 table vs prose')
    c.eq(rows[5]['actual'].rstrip('%'), heat, what='取暖率 table vs prose')
    c.eq(rows[7]['actual'].rstrip('%'), sat, what='满意度 table vs prose')
    c.bound100(heat_last, 'last year heating rate')
    wtot, total = c.spacerow('总分')[:2]
    c.indicators(rows, total=total, exec_row=(fr[3], fr[5]), wtotal=wtot)
    ptotal, gword = c.g(r'本项目自评得分' + N + r'分，评价等级为“(.{1,2})”')
    c.eq(ptotal, total, what='total prose vs table')
    c.grade(gword, ptotal)
    c.year(c.g1(r'项目支出绩效自评表\n（(\d{4})年度）'), Y, 'eq', 'table year')
    tg = c.g(r'年度目标为：完成煤改气' + N + r'户、煤改电' + N + r'户，' + N + r'个村燃气管网通达；工程验收合格率' + N + r'%以上；替代散煤' + N + r'万吨以上，农村地区清洁取暖率达到' + N + r'%以上；改造户满意度' + N + r'%以上')
    for i, (k, strip) in enumerate([(0, '户'), (1, '户'), (2, '个'), (3, '%'), (4, '万吨'), (5, '%'), (7, '%')]):
        c.eq(tg[i], rows[k]['target'].lstrip('≥').replace(strip, ''), what='target restated %d' % i)
    c.eq(tg[0], gn, what='gas target = plan')
    c.eq(tg[1], en, what='el target = plan')
    c.eq(tg[2], vn, what='villages target = plan')
    c.eq(c.g1(r'完成率100%。' + N + r'个村燃气管网全部通达'), rows[2]['actual'].rstrip('个'), what='villages actual')
    g1, g2 = c.g(r'体目标 完成煤改气' + N + r'户、煤改电' + N + r'户，')
    c.eq(g1, gn, what='goal cell gas')
    c.eq(g2, en, what='goal cell el')
    a1, a2 = c.g(r'完成煤改电' + N + r'户、煤改气' + N + r'户，\n')
    c.eq(a1, edone, what='goal cell el done')
    c.eq(a2, gdone, what='goal cell gas done')
    v1, cg, v2, ca = c.g(r'\n' + N + r'个村燃气管网通达，替代散煤' + N + r'万吨 ' + N + r'个村管网通达，替代散煤' + N + r'万吨')
    c.eq(v1, vn, what='goal cell villages')
    c.eq(cg, tg[4], what='goal cell coal target')
    c.eq(v2, rows[2]['actual'].rstrip('个'), what='goal cell villages done')
    c.eq(ca, coal, what='goal cell coal done')
    c.eq(c.g1(r'主管道审批延误，' + N + r'户'), rest, what='deferred households (table)')
    c.eq(c.g1(r'确保' + N + r'户在下一采暖季前通气'), rest, what='deferred households (suggestions)')
    c.year(c.g1(r'将结转资金纳入(\d{4})年项目'), Y, 'gt', 'carry-over year (suggestions)')
    c.eq(c.g1(r'(\d{4})年度我县已完成'), str(Y - 1), what='last-year year', code='year_mismatch')
    c.eq(c.g1(r'(\d{4})年结转资金'), str(Y - 1), what='carry-over source year', code='year_mismatch')


# =====================================================================================
# ha-xunxian-sthjfenju-2022 (department)
# =====================================================================================
def check_xunxian(c):
    Y = 2022
    ini, add, ann = c.g(r'部门年初预算' + N + r'万元，年中追加' + N + r'万元（[^）]*）[，,]全年预算' + N + r'万元')
    c.sum_(ann, [ini, add], what='annual = initial + 追加')
    T = {}
    for k in ['合计', '一、基本支出', '其中：人员经费', '公用经费', '二、项目支出']:
        T[k] = c.tabrow(k)[1:]          # drop 行次: [年初, 全年, 执行, 执行率]
    for j in range(3):
        c.sum_(T['合计'][j], [T['一、基本支出'][j], T['二、项目支出'][j]], what='total column %d' % j)
        c.sum_(T['一、基本支出'][j], [T['其中：人员经费'][j], T['公用经费'][j]], what='basic column %d' % j)
    for k in T:
        c.rate(T[k][3], T[k][2], T[k][1], what='执行率 ' + k)
    c.eq(ini, T['合计'][0], fb=WAN, what='年初 prose vs table')
    c.eq(ann, T['合计'][1], fb=WAN, what='全年 prose vs table')
    spent, rate_all, basic, pspent, prate = c.g(r'全年支出' + N + r'万元，预算执行率' + N + r'%。其中基本支出' + N + r'万元全部执行；项目支出执行' + N + r'万元，执行率' + N + r'%')
    c.eq(spent, T['合计'][2], fb=WAN, what='执行 prose vs table')
    c.eq(rate_all, T['合计'][3].rstrip('%'), what='执行率 prose vs table')
    c.eq(basic, T['一、基本支出'][2], fb=WAN, what='basic spent prose vs table')
    c.eq(basic, T['一、基本支出'][1], fb=WAN, what='basic fully spent', code='rate_mismatch')
    c.eq(pspent, T['二、项目支出'][2], fb=WAN, what='project spent prose vs table')
    c.eq(prate, T['二、项目支出'][3].rstrip('%'), what='project rate prose vs table')
    ptot, b1, b2, b3 = c.g(r'项目支出全年预算' + N + r'万元，分别为燃煤锅炉淘汰补助' + N + r'万元、“双替代”清洁取暖补助' + N + r'万元、大气环境自动监测站运维经费' + N + r'万元')
    c.sum_(ptot, [b1, b2, b3], what='project budgets')
    c.eq(ptot, T['二、项目支出'][1], fb=WAN, what='project budget prose vs table')
    bp, bcnt, bton, bamt, brate = c.g(r'按每蒸吨' + N + r'万元的标准，对' + N + r'台锅炉合计' + N + r'蒸吨拆除改造给予补助，共' + N + r'万元，年内全部兑付，执行率' + N + r'%')
    c.prod(bamt, bton, bp, f_price=D(1), what='boiler subsidy')
    c.eq(bamt, b1, what='boiler amount')
    c.rate(brate, bamt, b1, what='boiler 执行率')
    ep, gp = c.g(r'煤改电每户补助' + N + r'元、煤改气每户补助' + N + r'元')
    en, ea, gn, ga = c.g(r'计划煤改电' + N + r'户' + N + r'万元、煤改气' + N + r'户' + N + r'万元')
    c.prod(ea, en, ep, what='煤改电 plan')
    c.prod(ga, gn, gp, what='煤改气 plan')
    c.sum_(b2, [ea, ga], what='双替代 budget')
    s2, r2_, left, left_n = c.g(r'全年支出' + N + r'万元，执行率' + N + r'%；剩余' + N + r'万元为' + N + r'户煤改电补助')
    c.rate(r2_, s2, b2, what='双替代 执行率')
    c.diff(left, b2, s2, what='双替代 carry-forward', code='balance_mismatch')
    c.prod(left, left_n, ep, what='120户 x 6000')
    c.year(c.g1(r'设备未通过验收，结转(\d{4})年继续使用'), Y, 'gt', 'carry-forward')
    edone, gdone, both = c.g(r'全年完成煤改电' + N + r'户、煤改气' + N + r'户，合计' + N + r'户')
    c.sum_(both, [edone, gdone], what='双替代 households')
    c.sum_(en, [edone, left_n], what='煤改电 planned = done + carried')
    c.eq(gdone, gn, what='煤改气 done = planned')
    s3, r3, sav = c.g(r'全年支出' + N + r'万元，执行率' + N + r'%，运维合同按考核结果结算，节余' + N + r'万元')
    c.rate(r3, s3, b3, what='监测 执行率')
    c.diff(sav, b3, s3, what='监测 savings', code='balance_mismatch')
    c.sum_(pspent, [bamt, s2, s3], what='project spending')
    scap, sgot, car, rec = c.g(r'“三公”经费预算' + N + r'万元，实际支出' + N + r'万元，其中公务用车运行维护费' + N + r'万元、公务接待费' + N + r'万元')
    c.sum_(sgot, [car, rec], what='三公 components')
    p1, p2, p3, pavg = c.g(r'燃煤锅炉淘汰补助' + N + r'分、“双替代”清洁取暖补助' + N + r'分、大气环境自动监测站运维经费' + N + r'分，三个项目平均得分' + N + r'分')
    c.mean(pavg, [p1, p2, p3], what='project average')
    for p in (p1, p2, p3):
        if grade_of(dec(p)) != '优':
            c.fail('grade_mismatch', 'project %s not 优 but stated 均为“优”' % p)
    # department table
    names = [('“三公”经费控制', 'lte', 0), ('资金使用合规性', 'qual', 0), ('淘汰燃煤锅炉台数', 'gte', 0),
             ('“双替代”改造户数', 'gte', 0), ('PM2.5年均浓度', 'lte', 0), ('空气质量优良天数', 'gte', 0),
             ('群众满意度', 'gte', 1)]
    ex = c.tabrow('预算执行率')
    c.eq(ex[1].rstrip('%'), rate_all, what='执行率 dept table vs prose')
    c.exec_score(ex[3], ex[2], ex[1])
    rows = []
    for nm, kind, pct in names:
        cl = c.tabrow(nm)
        rows.append(dict(name=nm, kind=kind, target=cl[0], actual=cl[1], weight=cl[2], score=cl[3], pct=pct))
    c.eq(rows[0]['target'].lstrip('≤').rstrip('万元'), scap, what='三公 cap')
    c.eq(rows[0]['actual'].rstrip('万元'), sgot, what='三公 actual')
    c.eq(rows[2]['actual'].rstrip('台'), bcnt, what='boilers table vs prose')
    c.eq(rows[3]['actual'].rstrip('户').replace(',', ''), both, what='双替代 table vs prose')
    c.sum_(rows[3]['target'].lstrip('≥').rstrip('户'), [en, gn], what='双替代 target = plan')
    restated = c.g1(r'年内完成改造的' + N + r'户中')
    c.eq(restated, rows[3]['actual'].rstrip('户'), what='双替代 problems vs table')
    pm, pm_last, pm_down = c.g(r'PM2.5年均浓度' + N + r'微克/立方米，较2021年的' + N + r'微克/立方米下降' + N + r'微克/立方米')
    c.sum_(pm_last, [pm, pm_down], what='PM2.5 drop')
    c.eq(pm, rows[4]['actual'].split('微克')[0], what='PM2.5 table vs prose')
    sat = c.g1(r'入户问卷调查群众满意度' + N + r'%')
    c.eq(sat, rows[6]['actual'].rstrip('%'), what='satisfaction')
    total, gword = c.g(r'部门整体支出绩效得分' + N + r'分，等级为“(.{1,2})”')
    c.indicators(rows, total=total, exec_row=(ex[2], ex[3]), what='dept table: ')
    c.grade(gword, total)
    ded = c.g1(r'未完成年度计划，扣' + N + r'分')
    c.diff(ded, rows[3]['weight'], rows[3]['score'], what='deduction 双替代')
    last_score, up = c.g(r'部门整体支出自评得分为' + N + r'分，本年度提高' + N + r'分')
    c.sum_(total, [last_score, up], what='score increase')
    c.year(c.g1(r'部门整体支出绩效自评表（(\d{4})年度）'), Y, 'eq', 'table year')
    k1, k2, k3, k4 = c.g(r'淘汰县域内剩余燃煤锅炉' + N + r'台（合计' + N + r'蒸吨）；在卫贤、小河等镇继续推进农村“双替代”，计划煤改电' + N + r'户、煤改气' + N + r'户')
    c.eq(k1, bcnt, what='boilers planned')
    c.eq(k2, bton, what='steam tons planned')
    c.eq(k3, en, what='煤改电 planned')
    c.eq(k4, gn, what='煤改气 planned')
    c.eq(k1, rows[2]['target'].lstrip('≥').rstrip('台'), what='boiler target')
    c.eq(c.g1(N + r'台燃煤锅炉于10月31日前'), bcnt, what='boilers removed')
    g1, g2, g3 = c.g(r'年均浓度控制在' + N + r'微克/立方米以内，空气质量优良天数不少于' + N + r'天；“三公”经费不超过预算；群众满意度达到' + N + r'%以上')
    c.eq(g1, rows[4]['target'].lstrip('≤').split('微克')[0], what='PM2.5 target')
    c.eq(g2, rows[5]['target'].lstrip('≥').rstrip('天'), what='good-days target')
    c.eq(g3, rows[6]['target'].lstrip('≥').rstrip('%'), what='satisfaction target')
    c.year(c.g1(r'结转资金将于(\d{4})年采暖季前'), Y, 'gt', 'carry-over season')
    c.eq(c.g1(r'(\d{4})年我县完成“双替代”'), str(Y - 1), what='last-year year', code='year_mismatch')


# =====================================================================================
# gs-lingtai-qingjiequnuan-2024
# =====================================================================================
def check_lingtai(c):
    Y = 2024
    ini, cen, adv_y, cty, add_, cur = c.g(r'项目年初预算' + N + r'万元，其中中央大气污染防治资金' + N + r'万元已于(\d{4})年12月提前下达，县级配套' + N + r'万元；2024年6月省级追加' + N + r'万元后，当年财政拨款全年预算为' + N + r'万元')
    c.sum_(ini, [cen, cty], what='initial budget')
    c.sum_(cur, [ini, add_], what='annual 当年财政拨款')
    c.year(adv_y, Y - 1, 'eq', 'advance issued in the December before')
    carry, tot = c.g(r'另有2023年结转的煤改气入户工程尾款' + N + r'万元，项目资金总额' + N + r'万元')
    c.sum_(tot, [cur, carry], what='total funds')
    en, ep, ea = c.g(r'煤改电' + N + r'户，每户补助' + N + r'元，计' + N + r'万元')
    gn, gp, ga = c.g(r'煤改气' + N + r'户，每户补助' + N + r'元，计' + N + r'万元')
    bn, bp, bsize, bpt, ba = c.g(r'燃煤锅炉' + N + r'台，每台补助' + N + r'万元（均为' + N + r'蒸吨/小时，折合每蒸吨' + N + r'万元），计' + N + r'万元')
    pub = c.g1(r'政策宣传及第三方评估' + N + r'万元')
    c.prod(ea, en, ep, what='煤改电 plan')
    c.prod(ga, gn, gp, what='煤改气 plan')
    c.prod(ba, bn, bp, f_price=D(1), what='boiler plan')
    if abs(dec(bp) / dec(bsize) - dec(bpt)) > tol(bpt):
        c.fail('average_mismatch', 'per-steam-ton %s/%s vs %s' % (bp, bsize, bpt))
    c.sum_(cur, [ea, ga, ba, pub], what='components of 当年财政拨款')
    spent, prate, cspent, cs2 = c.g(r'全年支出' + N + r'万元，预算执行率' + N + r'%，其中当年财政拨款支出' + N + r'万元，上年结转资金' + N + r'万元已全部支出')
    c.sum_(spent, [cspent, cs2], what='spent components')
    c.eq(cs2, carry, what='carry-over fully spent')
    c.rate(prate, spent, tot, what='overall 执行率')
    e_done, e_amt, g_done, g_amt, b_done, b_amt, p_amt = c.g(r'煤改电兑付' + N + r'户' + N + r'万元，煤改气兑付' + N + r'户' + N + r'万元，锅炉拆改补助' + N + r'台' + N + r'万元，宣传及评估费' + N + r'万元')
    c.prod(e_amt, e_done, ep, what='煤改电 paid')
    c.prod(g_amt, g_done, gp, what='煤改气 paid')
    c.prod(b_amt, b_done, bp, f_price=D(1), what='boilers paid')
    c.sum_(cspent, [e_amt, g_amt, b_amt, p_amt], what='当年 spending breakdown')
    left = c.g1(r'年末未支出资金' + N + r'万元')
    c.diff(left, tot, spent, what='year-end unspent', code='balance_mismatch')
    c.year(c.g1(r'相应补助已申请结转(\d{4})年继续使用'), Y, 'gt', 'carry-forward')
    rem_b = c.g1(r'(\d+)台锅炉所在单位')
    c.sum_(bn, [b_done, rem_b], what='boilers planned = done + open')
    qual, ontime = c.g(r'抽查改造户合格率' + N + r'%；受通电时间推迟影响，采暖季前完工率仅为' + N + r'%')
    cov, up, cov_last = c.g(r'清洁取暖覆盖率' + N + r'%，较上年提高' + N + r'个百分点（2023年为' + N + r'%）')
    c.sum_(cov, [cov_last, up], what='coverage increase')
    run = c.g1(r'已改造设备正常运行率' + N + r'%')
    b_last, b_now = c.g(r'在用燃煤锅炉由上年末的' + N + r'台减少到' + N + r'台')
    c.diff(b_now, b_last, b_done, what='boilers left')
    sat = c.g1(r'改造户300户，满意度' + N + r'%')
    low = c.g1(r'四是预算执行率只有' + N + r'%')
    c.eq(low, prate, what='执行率 problems vs funds')
    restated = c.g1(r'已改造的' + N + r'户中')
    # table
    fr = c.spacerow('年度资金总额')
    cr = c.spacerow('其中：当年财政拨款')
    co = c.spacerow('上年结转资金')
    ot = c.spacerow('其他资金')
    for j in range(3):
        c.sum_(fr[j], [cr[j], co[j], ot[j]], what='MOF column %d' % j)
    c.rate(fr[4], fr[2], fr[1], what='MOF total 执行率')
    c.rate(cr[4], cr[2], cr[1], what='MOF 当年 执行率')
    c.rate(co[4], co[2], co[1], what='MOF 结转 执行率')
    c.eq(fr[1], tot, what='全年 table vs prose')
    c.eq(fr[2], spent, what='执行 table vs prose')
    c.eq(cr[0], ini, what='年初 table vs prose')
    c.eq(cr[1], cur, what='当年 table vs prose')
    c.eq(cr[2], cspent, what='当年执行 table vs prose')
    c.eq(co[0], carry, what='结转 年初 table vs prose')
    c.eq(fr[4].rstrip('%'), prate, what='执行率 table vs prose')
    c.exec_score(fr[5], fr[3], fr[4])
    names = [('煤改电改造户数', 'gte', 0), ('煤改气改造户数', 'gte', 0), ('拆改燃煤锅炉台数', 'gte', 0),
             ('改造验收合格率', 'gte', 1), ('采暖季前完工率', 'gte', 1), ('替代散煤量', 'gte', 0),
             ('县城建成区清洁取暖覆盖率', 'gte', 1), ('设备正常运行率', 'gte', 1), ('改造户满意度', 'gte', 1)]
    rows = []
    for nm, kind, pct in names:
        cl = c.spacerow(nm)
        rows.append(dict(name=nm, kind=kind, target=cl[0], actual=cl[1], completion=cl[2], weight=cl[3],
                         score=cl[4], pct=pct))
    c.eq(rows[0]['actual'].rstrip('户'), e_done, what='煤改电 table vs paid')
    c.eq(restated, e_done, what='煤改电 problems vs paid')
    c.eq(rows[0]['target'].lstrip('≥').rstrip('户'), en, what='煤改电 target vs plan')
    c.eq(rows[1]['actual'].rstrip('户'), g_done, what='煤改气')
    c.eq(rows[2]['actual'].rstrip('台'), b_done, what='boilers')
    c.eq(rows[3]['actual'].rstrip('%'), qual, what='合格率')
    c.eq(rows[4]['actual'].rstrip('%'), ontime, what='完工率')
    coal = c.g1(r'全年替代散煤' + N + r'吨')
    c.eq(rows[5]['actual'].rstrip('吨'), coal, what='散煤')
    c.eq(rows[6]['actual'].rstrip('%'), cov, what='覆盖率')
    c.eq(rows[7]['actual'].rstrip('%'), run, what='运行率')
    c.eq(rows[8]['actual'].rstrip('%'), sat, what='满意度')
    wtot, total = c.spacerow('合计')[:2]
    c.indicators(rows, total=total, exec_row=(fr[3], fr[5]), wtotal=wtot)
    ptotal, gword = c.g(r'本项目综合得分' + N + r'分，评价等级为“(.{1,2})”')
    c.eq(ptotal, total, what='total prose vs table')
    c.grade(gword, ptotal)
    c.year(c.g1(r'(\d{4})年度项目支出绩效自评表'), Y, 'eq', 'table year')
    tg = c.g(r'年度目标为煤改电' + N + r'户、煤改气' + N + r'户、拆改燃煤锅炉' + N + r'台，改造验收合格率不低于' + N + r'%，采暖季前完工率不低于' + N + r'%')
    c.eq(tg[0], en, what='el target = plan')
    c.eq(tg[1], gn, what='gas target = plan')
    c.eq(tg[2], bn, what='boiler target = plan')
    for i, (k, strip) in enumerate([(0, '户'), (1, '户'), (2, '台'), (3, '%'), (4, '%')]):
        c.eq(tg[i], rows[k]['target'].lstrip('≥').replace(strip, ''), what='target restated %d' % i)
    c.eq(b_last, bn, what='boilers in use at the end of last year = planned')
    c.eq(c.g1(r'部分煤改电户和' + N + r'台锅炉拆改未完工'), rem_b, what='open boilers')
    c.eq(c.g1(r'满意度' + N + r'%，未达到'), sat, what='satisfaction')
    c.eq(c.g1(r'未达到' + N + r'%的目标'), rows[8]['target'].lstrip('≥').rstrip('%'), what='satisfaction target')
    c.year(c.g1(r'建立周调度机制，(\d{4})年采暖季前'), Y, 'gt', 'next season')
    c.eq(c.g1(r'另有(\d{4})年结转的'), str(Y - 1), what='carry-over source year', code='year_mismatch')
    c.eq(c.g1(r'上一采暖季（(\d{4})年度）'), str(Y - 1), what='last season year', code='year_mismatch')


CHECKERS = {
    'he-nangong-qidaimei-2019': check_nangong,
    'sx-zhangzi-qingjiequnuan-2020': check_zhangzi,
    'sd-gaoqing-meigaidian-2021': check_gaoqing,
    'ha-xunxian-sthjfenju-2022': check_xunxian,
    'gs-lingtai-qingjiequnuan-2024': check_lingtai,
}


def run(source, text):
    c = Ctx(text)
    CHECKERS[source](c)
    return c.fails


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
    counts = {}
    where = {}
    for lab in labels:
        path = os.path.join(CASES, lab['case'])
        text = open(path, encoding='utf-8').read()
        src = lab['source']
        clean = open(os.path.join(CASES, src + '-clean.txt'), encoding='utf-8').read()
        try:
            fails = run(src, text)
        except Exception as e:   # anchor not found, unparsable cell, ...
            problems.append('%s: %s %s' % (lab['case'], type(e).__name__, e))
            continue
        err_codes = sorted({f[0] for f in fails if f[0] not in WARNINGS})
        warns = [f for f in fails if f[0] in WARNINGS]
        if lab['clean']:
            if lab['expected']:
                problems.append('%s: clean case with labels' % lab['case'])
            if fails:
                problems.append('%s: clean draft fails %s' % (lab['case'], fails))
            if text != clean:
                problems.append('%s: differs from itself?' % lab['case'])
            print('%-44s clean  checks pass' % lab['case'])
            continue
        if len(lab['expected']) != 1:
            problems.append('%s: expected exactly one label' % lab['case'])
            continue
        e = lab['expected'][0]
        code = e['code']
        counts[code] = counts.get(code, 0) + 1
        if code not in CODES13:
            problems.append('%s: code %s not in the 13' % (lab['case'], code))
        if e['severity'] != 'error':
            problems.append('%s: severity must be error' % lab['case'])
        val = e['value']
        occ = [m.start() for m in re.finditer(re.escape(val), text)]
        if not occ:
            problems.append('%s: value %r not in case' % (lab['case'], val))
        # one contiguous difference
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
            s += 1
        d0, d1 = p, len(text) - s       # changed region in the error case
        if text == clean:
            problems.append('%s: identical to clean' % lab['case'])
        if not any(o < max(d1, d0 + 1) and d0 < o + len(val) for o in occ):
            problems.append('%s: value %r does not overlap the edit [%d,%d)' % (lab['case'], val, d0, d1))
        if err_codes != [code]:
            problems.append('%s: labelled %s, checks give %s: %s' % (lab['case'], code, err_codes, fails))
        print('%-44s %-22s fails=%s%s' % (lab['case'], code, err_codes,
                                           ('  (warnings: %s)' % ', '.join(w[1] for w in warns)) if warns else ''))
    for code in CODES13:
        if counts.get(code, 0) < 2:
            problems.append('code %s used %d times (< 2)' % (code, counts.get(code, 0)))
    print()
    print('counts per code:', json.dumps(counts, ensure_ascii=False, sort_keys=True))
    if problems:
        print()
        for p in problems:
            print('PROBLEM:', p)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
