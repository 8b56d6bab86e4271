#!/usr/bin/env python3
"""Verify the n340 test set (border defence / border-area livelihood).

Standard library only.  For every case in labels.jsonl:
  * the label value occurs exactly once in the case text;
  * an error case differs from its clean draft in one contiguous place that overlaps the label value;
  * the arithmetic of the draft is redone from the text (per-draft specs below):
      clean case  -> no check may fail (errors and warnings alike);
      error case  -> the labelled code fails and no other error-level code fails
                     (warnings such as score_rule_mismatch are allowed).
  * each of the 13 codes of errors.md section A (1-13) is labelled at least twice.
Prints OK at the end, or the problems and exits 1.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
CODES = ['rate_mismatch', 'balance_mismatch', 'sum_mismatch', 'score_sum_mismatch',
         'score_exceeds_weight', 'weight_sum_mismatch', 'grade_mismatch', 'average_mismatch',
         'conflicting_values', 'implausible_rate', 'unit_mismatch', 'year_mismatch',
         'completion_mismatch']
D = Decimal
H = D(100)
SCALES = [D('1e4'), D('1e-4'), D('1e8'), D('1e-8')]
NUM = r'(\d[\d,]*(?:\.\d+)?)'


# ---------------------------------------------------------------- numbers
def N(s):
    s = str(s).strip().replace(',', '').replace('%', '')
    return D(s)


def places(s):
    s = str(s).strip().replace(',', '').replace('%', '')
    return len(s.split('.')[1]) if '.' in s else 0


def tol(s, approx=False):
    t = D('0.5') * (D(10) ** -places(s))
    if approx:          # 约/左右: never flag within one unit of the last digit
        t = t * 2
    return t + D('1e-9')


def ok(stated, computed, approx=False):
    return abs(D(computed) - N(stated)) <= tol(stated, approx)


def q2(x):
    return D(x).quantize(D('0.01'), rounding=ROUND_HALF_UP)


VAL = re.compile(r'^(≥|≤|＞|＜|>=|<=|>|<|=)?\s*(\d[\d,]*(?:\.\d+)?)\s*(.*)$')


def pv(s):
    """Parse an indicator value: (direction, number, unit, numstr) or None (qualitative)."""
    m = VAL.match(s.strip())
    if not m:
        return None
    sign, n, unit = m.groups()
    if sign in ('≥', '＞', '>=', '>'):
        d = 'gte'
    elif sign in ('≤', '＜', '<=', '<'):
        d = 'lte'
    else:
        d = 'eq'
    return d, N(n), unit.strip(), n


GRADE = {'优': '优', '优秀': '优', '良': '良', '良好': '良', '中': '中', '中等': '中', '一般': '中',
         '合格': '中', '差': '差', '较差': '差', '不合格': '差'}


def band(total):
    total = D(total)
    if total >= 90:
        return '优'
    if total >= 80:
        return '良'
    if total >= 60:
        return '中'
    return '差'


class Spec(Exception):
    pass


# ---------------------------------------------------------------- table readers
def row_cells(text, label, split):
    """Cells after `label` on the single line where `label` is a whole cell."""
    hits = []
    for line in text.split('\n'):
        cells = split(line)
        if label in cells:
            hits.append(cells[cells.index(label) + 1:])
    if len(hits) != 1:
        raise Spec('row %r found %d times' % (label, len(hits)))
    return [c.strip() for c in hits[0]]


SPLIT_TAB = lambda l: l.split('\t')
SPLIT_PDF = lambda l: re.split(r' {2,}', l.strip())
SPLIT_PIPE = lambda l: l.split('｜')
SPLIT_SPACE = lambda l: l.strip().split(' ')


def blocks(text):
    """One-cell-per-line tables: consecutive tab-indented lines form a row."""
    out, cur = [], []
    for line in text.split('\n'):
        if line.startswith('\t'):
            cur.append(line[1:])
        else:
            if cur:
                out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


# ---------------------------------------------------------------- checker
class Check:
    def __init__(self, text):
        self.t = text
        self.fails = []

    def fail(self, code, msg, sev='error'):
        self.fails.append((code, sev, msg))

    # regex helpers ------------------------------------------------------
    def one(self, pat):
        ms = re.findall(pat, self.t)
        if len(ms) != 1:
            raise Spec('pattern %r matched %d times' % (pat, len(ms)))
        return ms[0]

    def many(self, pat, n=None):
        ms = re.findall(pat, self.t)
        if not ms or (n is not None and len(ms) != n):
            raise Spec('pattern %r matched %d times' % (pat, len(ms)))
        return ms

    # identities -----------------------------------------------------------
    def sum_(self, what, total_s, parts_s):
        parts = [N(p) for p in parts_s]
        s = sum(parts, D(0))
        if ok(total_s, s):
            return
        for i, p in enumerate(parts):
            for f in SCALES:
                if ok(total_s, s - p + p * f):
                    return self.fail('unit_mismatch', '%s: part %s off by a power of ten' % (what, parts_s[i]))
        for f in SCALES:
            if abs(N(total_s) * f - s) <= tol(total_s) * f:
                return self.fail('unit_mismatch', '%s: total %s off by a power of ten' % (what, total_s))
        self.fail('sum_mismatch', '%s: %s = %s, stated %s' % (what, ' + '.join(parts_s), s, total_s))

    def product(self, what, total_s, factors, divisor=D(1), approx=False):
        c = D(1)
        for f in factors:
            c *= N(f)
        c = c / divisor
        if ok(total_s, c, approx):
            return
        for f in SCALES:
            if ok(total_s, c * f, approx):
                return self.fail('unit_mismatch', '%s: %s off by a power of ten' % (what, total_s))
        self.fail('sum_mismatch', '%s: computed %s, stated %s' % (what, c, total_s))

    def rate(self, what, stated_s, num_s, den_s):
        num, den = N(num_s), N(den_s)
        st = stated_s.strip()
        if den == 0:
            if st in ('—', '-', '', '0'):
                return
            return self.fail('implausible_rate', '%s: rate %s on a zero base' % (what, st))
        if st in ('—', '-', ''):
            return self.fail('rate_mismatch', '%s: rate missing on a non-zero base' % what)
        c = num / den * H
        if ok(st, c):
            if c > H + D('1e-9'):
                self.fail('implausible_rate', '%s: %s%% above 100%%' % (what, st))
            return
        for f in SCALES:
            if ok(st, num * f / den * H) or ok(st, num / (den * f) * H):
                return self.fail('unit_mismatch', '%s: an amount is off by a power of ten' % what)
        self.fail('rate_mismatch', '%s: %s/%s = %s%%, stated %s' % (what, num_s, den_s, q2(c), st))

    def bal(self, what, stated_s, a_s, b_s):
        c = N(a_s) - N(b_s)
        if ok(stated_s, c):
            return
        for f in SCALES:
            if ok(stated_s, c * f):
                return self.fail('unit_mismatch', '%s: %s off by a power of ten' % (what, stated_s))
        self.fail('balance_mismatch', '%s: %s - %s = %s, stated %s' % (what, a_s, b_s, c, stated_s))

    def eq(self, what, a_s, b_s, approx=False):
        a, b = N(a_s), N(b_s)
        if ok(a_s, b, approx) or ok(b_s, a, approx):
            return
        for f in SCALES:
            if ok(a_s, b * f) or ok(b_s, a * f):
                return self.fail('unit_mismatch', '%s: %s vs %s off by a power of ten' % (what, a_s, b_s))
        self.fail('conflicting_values', '%s: %s vs %s' % (what, a_s, b_s))

    def avg(self, what, stated_s, items=None, num=None, den=None, approx=False):
        c = sum((N(i) for i in items), D(0)) / len(items) if items is not None else N(num) / N(den)
        if ok(stated_s, c, approx):
            return
        for f in SCALES:
            if ok(stated_s, c * f, approx):
                return self.fail('unit_mismatch', '%s: %s off by a power of ten' % (what, stated_s))
        self.fail('average_mismatch', '%s: computed %s, stated %s' % (what, q2(c), stated_s))

    def comp(self, what, stated_s, actual_s, target_s, direction='gte'):
        a, t = N(actual_s), N(target_s)
        c = (H if a <= t else t / a * H) if direction == 'lte' else a / t * H
        if not ok(stated_s, c):
            self.fail('completion_mismatch', '%s: %s/%s = %s%%, stated %s' % (what, actual_s, target_s, q2(c), stated_s))

    def pct_range(self, what, s):
        v = N(s)
        if v > H or v < 0:
            self.fail('implausible_rate', '%s: %s outside [0, 100%%]' % (what, s))

    def grade(self, total_s, word):
        g = GRADE.get(word.strip())
        if g is None:
            raise Spec('unknown grade %r' % word)
        if g != band(N(total_s)):
            self.fail('grade_mismatch', 'total %s is %s, stated %s' % (total_s, band(N(total_s)), word))

    def year(self, what, cond):
        if not cond:
            self.fail('year_mismatch', what)

    def exec_score(self, what, weight_s, score_s, rate_stated, num_s, den_s):
        w, sc = N(weight_s), N(score_s)
        if sc > w or sc < 0:
            self.fail('score_exceeds_weight', '%s: score %s, weight %s' % (what, score_s, weight_s))
        r1 = min(N(num_s) / N(den_s), D(1))
        r2 = min(N(rate_stated) / H, D(1))
        if not (ok(score_s, w * r1) or ok(score_s, w * r2)):
            self.fail('score_rule_mismatch', '%s: %s x rate gives %s, stated %s' % (what, weight_s, q2(w * r1), score_s),
                      'warning')

    def indicators(self, rows, extra_weights, extra_scores, total_weight_s, totals, satisfaction=()):
        """rows: dicts name/target/actual/weight/score[/completion]."""
        wsum = sum((N(r['weight']) for r in rows), D(0)) + sum((N(w) for w in extra_weights), D(0))
        if wsum != N(total_weight_s) or wsum != H:
            self.fail('weight_sum_mismatch', 'weights add up to %s (stated %s)' % (wsum, total_weight_s))
        ssum = sum((N(r['score']) for r in rows), D(0)) + sum((N(s) for s in extra_scores), D(0))
        for tot in totals:
            if not ok(tot, ssum):
                self.fail('score_sum_mismatch', 'row scores add up to %s, stated total %s' % (ssum, tot))
        for r in rows:
            w, sc = N(r['weight']), N(r['score'])
            if sc > w or sc < 0:
                self.fail('score_exceeds_weight', '%s: score %s above weight %s' % (r['name'], r['score'], r['weight']))
            if r['name'] in satisfaction:
                av = pv(r['actual'])
                if av and av[2] == '%':
                    self.pct_range(r['name'], r['actual'])
            tg, ac = pv(r['target']), pv(r['actual'])
            if tg is None or ac is None:
                continue                      # qualitative row: only score <= weight
            if tg[2] != ac[2]:
                self.fail('unit_mismatch', '%s: target unit %r, actual unit %r' % (r['name'], tg[2], ac[2]))
                continue
            d, T, A = tg[0], tg[1], ac[1]
            if d == 'lte':
                c = H if A <= T else T / A * H
                rule = w if A <= T else w * T / A
            elif T == 0:
                c = None
                rule = w if A <= 0 else D(0)
            else:
                c = A / T * H
                rule = w if A >= T else w * max(A, D(0)) / T
            if r.get('completion') not in (None, ''):
                if c is not None and not ok(r['completion'], c):
                    self.fail('completion_mismatch', '%s: completion %s%%, stated %s' % (r['name'], q2(c), r['completion']))
            alt = None
            if r.get('completion') not in (None, ''):
                alt = w * min(N(r['completion']) / H, D(1))
            if not (ok(r['score'], rule) or (alt is not None and ok(r['score'], alt))):
                self.fail('score_rule_mismatch', '%s: rule gives %s, stated %s' % (r['name'], q2(rule), r['score']),
                          'warning')


def years_of(check, pat):
    return [int(y) for y in re.findall(pat, check.t)]


def common_years(c, year, advance=True, carry=True):
    for y in years_of(c, r'(\d{4})年度'):
        c.year('evaluation year %d stated where %d is evaluated' % (y, year), y == year)
    for y in years_of(c, r'截至(\d{4})年12月31日'):
        c.year('截至%d年12月31日 in a %d report' % (y, year), y == year)
    if advance:
        for y in years_of(c, r'(\d{4})年12月(?:以)?提前下达'):
            c.year('advance issued in December %d for %d' % (y, year), y == year - 1)
    if carry:
        for y in years_of(c, r'结转(?:至)?(\d{4})年'):
            c.year('carry-forward to %d in a %d report' % (y, year), y > year)


# ================================================================ draft A: Xinjiang, tab-separated
def check_xj(text):
    c = Check(text)
    T = lambda lab: row_cells(text, lab, SPLIT_TAB)
    tot, cur, car, oth = T('年度资金总额'), T('其中：当年财政拨款'), T('上年结转资金'), T('其他资金')
    for k, col in enumerate(['年初', '全年', '执行']):
        c.sum_('funds %s' % col, tot[k], [cur[k], car[k], oth[k]])
    for nm, r in (('总额', tot), ('当年财政拨款', cur), ('上年结转', car), ('其他资金', oth)):
        c.rate('%s 执行率' % nm, r[4], r[2], r[1])
    c.exec_score('预算执行', tot[3], tot[5], tot[4], tot[2], tot[1])
    # prose funds
    ini = c.one(r'年初预算' + NUM + r'万元，其中中央资金')
    cen, reg, cty = c.one(r'其中中央资金' + NUM + r'万元、自治区资金' + NUM + r'万元、县级资金' + NUM + r'万元')
    add = c.one(r'县级追加' + NUM + '万元')
    cf = c.one(r'上年结转的' + NUM + '万元')
    ann = c.one(r'全年预算调整为' + NUM + '万元')
    c.sum_('年初预算 by source', ini, [cen, reg, cty])
    c.sum_('全年预算 = 年初 + 追加 + 结转', ann, [ini, add, cf])
    c.eq('年初预算 text/table', ini, tot[0])
    c.eq('全年预算 text/table', ann, tot[1])
    c.eq('上年结转 text/table', cf, car[1])
    adv, rest = c.one(r'中央资金中' + NUM + r'万元已于\d{4}年12月提前下达，其余' + NUM + '万元')
    c.sum_('中央资金 = 提前下达 + 其余', cen, [adv, rest])
    spent = c.one(r'全年支出' + NUM + '万元')
    c.eq('全年支出 text/table', spent, tot[2])
    sub, equip, train, ins = c.one(r'护边员补助' + NUM + r'万元、装备购置' + NUM + r'万元、培训' + NUM +
                                   r'万元、意外伤害保险' + NUM + '万元')
    c.sum_('支出 by use', spent, [sub, equip, train, ins])
    cr = c.one(r'中央和自治区资金' + NUM + '万元已全部支出')
    c.sum_('中央和自治区资金', cr, [cen, reg])
    cb, cs = c.one(r'县级资金（含上年结转）' + NUM + r'万元，支出' + NUM + '万元')
    c.sum_('县级资金（含上年结转）', cb, [cty, add, cf])
    c.sum_('total spending = 中央和自治区 + 县级', spent, [cr, cs])
    for r in c.many(r'执行率(?:仅)?' + NUM + '%', 2):
        c.rate('县级资金执行率', r, cs, cb)
    c.bal('年末未执行', c.one(r'年末未执行' + NUM + '万元'), ann, spent)
    # outputs
    people = c.one(r'全年在岗护边员' + NUM + '人')
    last, inc = c.one(r'比2019年的' + NUM + r'人增加' + NUM + '人')
    c.sum_('人数增加', people, [last, inc])
    std = c.one(r'补助按每人每月' + NUM + '元标准')
    c.product('护边员补助 = 人数 × 标准 × 12', sub, [people, std, '12'], D(10000))
    c.avg('人均保费', c.one(r'人均保费约' + NUM + '元'), num=str(N(ins) * 10000), den=people, approx=True)
    patrol = c.one(r'巡边踏查' + NUM + r'次，为年度目标的')
    ptarget = c.one(r'巡边踏查不少于' + NUM + '次')
    c.comp('巡边踏查完成率', c.one(r'为年度目标的' + NUM + '%'), patrol, ptarget)
    passed, prate = c.one(r'考核合格' + NUM + r'人，合格率' + NUM + '%')
    trained = c.one(r'参训' + NUM + '人次')
    c.rate('培训合格率', prate, passed, trained)
    income = c.one(r'家庭年人均增收' + NUM + '元，完成')
    itarget = c.one(r'家庭年人均增收不少于' + NUM + '元')
    c.comp('增收完成率', c.one(r'完成目标的' + NUM + '%'), income, itarget)
    cases_n = c.one(r'协助处置涉边案（事）件' + NUM + '起')
    sat = c.one(r'满意度为' + NUM + '%')
    c.pct_range('满意度 (text)', sat)
    # indicator table
    names = ['在岗护边员人数', '巡边踏查次数', '岗前培训考核合格率', '补助按月足额发放率', '护边员补助标准',
             '涉边案（事）件发生数', '护边员家庭年人均增收', '群防群治长效机制', '护边员满意度']
    rows = []
    for nm in names:
        r = T(nm)
        rows.append(dict(name=nm, target=r[0], actual=r[1], weight=r[2], score=r[3]))
    total = T('总分')
    total = [x for x in total if x]
    prose_total = c.one(r'综合得分' + NUM + '分')
    c.indicators(rows, [tot[3]], [tot[5]], total[0], [total[1], prose_total], satisfaction=['护边员满意度'])
    c.grade(prose_total, c.one(r'评价等级为"(.)"'))
    # text <-> table
    R = {r['name']: r for r in rows}
    def same(what, prose_s, cell):
        p = pv(cell)
        if p is not None and p[2] in ('人', '次', '%', '元', '起', '元/人·月'):
            c.eq(what, prose_s, p[3])
    same('在岗人数', people, R['在岗护边员人数']['actual'])
    same('巡边踏查次数', patrol, R['巡边踏查次数']['actual'])
    same('巡边目标', ptarget, R['巡边踏查次数']['target'])
    if pv(R['岗前培训考核合格率']['actual']) and pv(R['岗前培训考核合格率']['actual'])[2] == '%':
        c.eq('培训合格率', prate, R['岗前培训考核合格率']['actual'])
    same('补助标准', std, R['护边员补助标准']['actual'])
    same('增收', income, R['护边员家庭年人均增收']['actual'])
    same('涉边案件', cases_n, R['涉边案（事）件发生数']['actual'])
    same('满意度', sat, R['护边员满意度']['actual'])
    goals = c.one(r'年度指标：在岗护边员不少于' + NUM + r'人；巡边踏查不少于[\d,]+次；岗前培训考核合格率不低于' + NUM +
                  r'%；补助标准每人每月' + NUM + r'元；涉边案（事）件不超过' + NUM + r'起；护边员家庭年人均增收不少于[\d,]+元；护边员满意度不低于' +
                  NUM + '%')
    for g, nm in zip(goals, ['在岗护边员人数', '岗前培训考核合格率', '护边员补助标准', '涉边案（事）件发生数', '护边员满意度']):
        c.eq('目标 %s text/table' % nm, g, pv(R[nm]['target'])[3])
    c.eq('目标 增收 text/table', itarget, pv(R['护边员家庭年人均增收']['target'])[3])
    common_years(c, 2020)
    c.year('report dated before the evaluation year ends', all(y >= 2021 for y in years_of(c, r'填报日期：(\d{4})年')))
    return c.fails


# ================================================================ draft B: Yunnan, PDF runs of spaces
def check_yn(text):
    c = Check(text)
    T = lambda lab: row_cells(text, lab, SPLIT_PDF)
    tot, cur, car, oth = T('年度资金总额'), T('其中：当年财政拨款'), T('上年结转资金'), T('其他资金')
    for k, col in enumerate(['年初', '全年', '执行']):
        c.sum_('funds %s' % col, tot[k], [cur[k], car[k], oth[k]])
    for nm, r in (('总额', tot), ('当年财政拨款', cur), ('上年结转', car), ('其他资金', oth)):
        c.rate('%s 执行率' % nm, r[4], r[2], r[1])
    c.exec_score('预算执行', tot[3], tot[5], tot[4], tot[2], tot[1])
    ini, prov, cty = c.one(r'年初预算' + NUM + r'万元，其中省级资金' + NUM + r'万元、县级资金' + NUM + '万元')
    c.sum_('年初预算 by source', ini, [prov, cty])
    c.eq('年初预算 text/table', ini, tot[0])
    city = c.one(r'市级财政追加' + NUM + '万元')
    hd = c.one(r'沪滇协作资金安排' + NUM + '万元')
    ann = c.one(r'全年预算' + NUM + '万元')
    c.sum_('全年预算 = 年初 + 市级 + 沪滇', ann, [ini, city, hd])
    c.eq('全年预算 text/table', ann, tot[1])
    c.eq('沪滇协作 text/table', hd, oth[1])
    vill = c.one(r'整董镇曼滩村' + NUM + r'万元，曲水镇怒那村' + NUM + r'万元、拉珠村' + NUM + r'万元，康平镇中平村' +
                 NUM + r'万元，嘉禾乡联合村' + NUM + '万元')
    c.sum_('村寨安排合计', ann, list(vill))
    c.avg('平均每村', c.one(r'平均每村' + NUM + '万元'), items=list(vill))
    spent, rate = c.one(r'项目支出' + NUM + r'万元，预算执行率' + NUM + '%')
    c.eq('项目支出 text/table', spent, tot[2])
    c.rate('预算执行率 (text)', rate, spent, ann)
    fs, fr = c.one(r'财政资金支出' + NUM + r'万元，执行率' + NUM + '%')
    c.eq('财政资金支出 text/table', fs, cur[2])
    c.rate('财政资金执行率 (text)', fr, fs, cur[1])
    c.eq('沪滇协作支出', c.one(r'沪滇协作资金' + NUM + '万元已全部支出'), oth[2])
    c.bal('未支出', c.one(r'未支出的' + NUM + '万元'), ann, spent)
    per, hh, tot_yard = c.one(r'按每户' + NUM + r'元标准兑付，共' + NUM + r'户、' + NUM + '万元')
    c.product('庭院改造补助', tot_yard, [per, hh], D(10000))
    road = c.one(r'新建改造村内道路' + NUM + '公里；')
    done, ontime = c.one(r'按期完工' + NUM + r'个，按期完工率' + NUM + '%')
    c.rate('按期完工率', ontime, done, c.one(NUM + r'个子项目中按期完工'))
    times, pay = c.one(r'累计' + NUM + r'人次，支付劳务报酬' + NUM + '万元')
    c.avg('每人次劳务报酬', c.one(r'每人次约' + NUM + '元'), num=str(N(pay) * 10000), den=times, approx=True)
    stab = c.one(r'常住人口稳定率' + NUM + '%')
    nv5, has = c.one(NUM + r'个村寨中已有' + NUM + '个村')
    mrate = c.one(r'建后管护机制建立率' + NUM + '%')
    c.rate('管护机制建立率', mrate, has, nv5)
    c.eq('村寨数', nv5, str(len(vill)))
    names = ['新建改造村内道路', '农房风貌提升户数', '村级综合服务及活动场所', '工程竣工验收合格率', '子项目按期完工率',
             '庭院改造户均补助', '带动边民务工收入', '抵边村寨常住人口稳定率', '建后管护机制建立率', '边民满意度']
    rows = []
    for nm in names:
        r = T(nm)
        rows.append(dict(name=nm, target=r[0], actual=r[1], weight=r[2], score=r[3]))
    total = T('总分')
    prose_total = c.one(r'综合得分' + NUM + '分')
    c.indicators(rows, [tot[3]], [tot[5]], total[0], [total[1], prose_total], satisfaction=['边民满意度'])
    c.grade(prose_total, c.one(r'评价等级为(..)'))
    R = {r['name']: r for r in rows}
    c.eq('道路里程 text/table', road, pv(R['新建改造村内道路']['actual'])[3])
    c.eq('按期完工率 text/table', ontime, pv(R['子项目按期完工率']['actual'])[3])
    c.eq('务工收入 text/table', pay, pv(R['带动边民务工收入']['actual'])[3])
    c.eq('稳定率 text/table', stab, pv(R['抵边村寨常住人口稳定率']['actual'])[3])
    c.eq('管护机制 text/table', mrate, pv(R['建后管护机制建立率']['actual'])[3])
    c.eq('户均补助 text/table', per, pv(R['庭院改造户均补助']['actual'])[3])
    c.eq('庭院改造户数 text/table', hh, pv(R['农房风貌提升户数']['actual'])[3])
    goals = c.one(r'新建改造村内道路不少于' + NUM + r'公里，完成农房风貌提升' + NUM + r'户，建成村级综合服务及活动场所' + NUM +
                  r'个，工程竣工验收合格率' + NUM + r'%，子项目按期完工率不低于' + NUM + r'%；带动边民务工收入' + NUM +
                  r'万元以上，抵边村寨常住人口稳定率不低于' + NUM + r'%，建后管护机制全部建立，边民满意度不低于' + NUM + '%')
    for g, nm in zip(goals, ['新建改造村内道路', '农房风貌提升户数', '村级综合服务及活动场所', '工程竣工验收合格率', '子项目按期完工率',
                             '带动边民务工收入', '抵边村寨常住人口稳定率', '边民满意度']):
        c.eq('目标 %s text/table' % nm, g, pv(R[nm]['target'])[3])
    c.eq('管护机制目标', '100', pv(R['建后管护机制建立率']['target'])[3])
    c.sum_('村寨数 = 已建立 + 其余', nv5, [has, c.one(r'督促其余' + NUM + '个村')])
    c.eq('未建成活动场所', c.one(NUM + r'个村管护制度未出台'), c.one(r'督促其余' + NUM + '个村'))
    common_years(c, 2022)
    c.year('report dated before the evaluation year ends', all(y >= 2023 for y in years_of(c, r'\n(\d{4})年\d{1,2}月\d{1,2}日\n')))
    return c.fails


# ================================================================ draft C: Guangxi, full-width bars
def check_gx(text):
    c = Check(text)
    T = lambda lab: row_cells(text, lab, SPLIT_PIPE)
    rows_f = {k: T(k)[1:] for k in ('年初预算数', '全年预算数', '实际到位数', '实际支出数', '资金结余', '到位率(%)', '执行率(%)')}
    cols = ['合计', '中央', '自治区', '市级', '县级', '其他']
    for k in ('年初预算数', '全年预算数', '实际到位数', '实际支出数'):
        r = rows_f[k]
        c.sum_('%s 合计' % k, r[0], r[1:6])
    for i, col in enumerate(cols):
        c.bal('(5) %s' % col, rows_f['资金结余'][i], rows_f['实际到位数'][i], rows_f['实际支出数'][i])
        c.rate('(6) %s' % col, rows_f['到位率(%)'][i], rows_f['实际到位数'][i], rows_f['全年预算数'][i])
        c.rate('(7) %s' % col, rows_f['执行率(%)'][i], rows_f['实际支出数'][i], rows_f['全年预算数'][i])
    ann = c.one(r'项目全年预算' + NUM + '万元')
    cen, reg, cty = c.one(r'兴边富民行动）' + NUM + r'万元，自治区配套' + NUM + r'万元，县级配套' + NUM + '万元')
    c.sum_('全年预算 by source', ann, [cen, reg, cty])
    c.eq('全年预算 text/table', ann, rows_f['全年预算数'][0])
    c.eq('县级配套 text/table', cty, rows_f['全年预算数'][4])
    c.eq('中央 text/table', cen, rows_f['全年预算数'][1])
    c.eq('自治区 text/table', reg, rows_f['全年预算数'][2])
    add = c.one(r'其中县级配套' + NUM + '万元为年中追加')
    c.bal('县级追加', add, rows_f['全年预算数'][4], rows_f['年初预算数'][4])
    uses = c.one(r'屯级道路硬化' + NUM + r'万元、安全饮水工程' + NUM + r'万元、便民桥' + NUM + r'万元、村级文化活动场所' + NUM + '万元')
    c.sum_('全年预算 by use', ann, list(uses))
    rec, rrate = c.one(r'实际到位' + NUM + r'万元，到位率' + NUM + '%')
    c.eq('到位 text/table', rec, rows_f['实际到位数'][0])
    c.rate('到位率 (text)', rrate, rec, ann)
    c.bal('未到位', c.one(r'尚有' + NUM + '万元未到位'), ann, rec)
    sp, erate, srate = c.one(r'实际支出' + NUM + r'万元，预算执行率' + NUM + r'%，支出占到位资金的' + NUM + '%')
    c.eq('支出 text/table', sp, rows_f['实际支出数'][0])
    c.rate('预算执行率 (text)', erate, sp, ann)
    c.rate('支出占到位资金 (text, base 到位)', srate, sp, rec)
    c.bal('资金结余 (text)', c.one(r'资金结余' + NUM + r'万元，其中'), rec, sp)
    c.sum_('中央和自治区结余', c.one(r'中央和自治区资金结余' + NUM + '万元'), [rows_f['资金结余'][1], rows_f['资金结余'][2]])
    c.eq('县级结余 text/table', c.one(r'县级资金结余' + NUM + '万元'), rows_f['资金结余'][4])
    km = c.one(r'完成屯级道路硬化' + NUM + r'公里，平均')
    ktarget = c.one(r'完成屯级道路硬化' + NUM + r'公里以上')
    c.avg('每公里造价 (text)', c.one(r'每公里造价约' + NUM + '万元'), num=uses[0], den=km, approx=True)
    done, ontime = c.one(r'按期完工' + NUM + r'个，按期完工率' + NUM + '%')
    c.rate('按期完工率', ontime, done, c.one(NUM + r'个子项目中按期完工'))
    people = c.one(r'惠及边境群众' + NUM + '万人')
    cost = c.one(r'运输成本降低约' + NUM + '元')
    sat = c.one(r'群众满意度' + NUM + '%')
    names = ['预算执行率', '屯级道路硬化里程', '安全饮水工程', '便民桥', '工程验收合格率', '子项目按期完工率', '道路硬化每公里造价',
             '受益户年均运输成本降低', '受益边境群众人数', '设施设计使用年限', '受益群众满意度']
    rows = []
    for nm in names:
        if nm == '预算执行率':
            line = [l for l in text.split('\n') if l.startswith('预算执行｜')]
            if len(line) != 1:
                raise Spec('execution row')
            r = line[0].split('｜')[3:]
        else:
            r = T(nm)
        rows.append(dict(name=nm, target=r[0], actual=r[1], completion=r[2], weight=r[3], score=r[4]))
    total = [l for l in text.split('\n') if l.startswith('合计｜')]
    if len(total) != 1:
        raise Spec('total row')
    total = [x for x in total[0].split('｜')[1:] if x]
    prose_total = c.one(r'综合自评得分' + NUM + '分')
    c.indicators(rows, [], [], total[0], [total[1], prose_total], satisfaction=['受益群众满意度'])
    c.grade(prose_total, c.one(r'等级为(..)'))
    R = {r['name']: r for r in rows}
    c.eq('执行率 indicator/funds', pv(R['预算执行率']['actual'])[3], rows_f['执行率(%)'][0])
    c.eq('道路里程 text/table', km, pv(R['屯级道路硬化里程']['actual'])[3])
    c.eq('道路目标 text/table', ktarget, pv(R['屯级道路硬化里程']['target'])[3])
    goals = c.one(r'建设安全饮水工程' + NUM + r'处、便民桥' + NUM + r'座，工程验收合格率' + NUM + r'%，子项目按期完工率不低于' + NUM +
                  r'%，道路硬化每公里造价控制在' + NUM + r'万元以内；受益边境群众' + NUM + r'万人以上，群众满意度不低于' + NUM + '%')
    for g, nm in zip(goals, ['安全饮水工程', '便民桥', '工程验收合格率', '子项目按期完工率', '道路硬化每公里造价', '受益边境群众人数',
                             '受益群众满意度']):
        c.eq('目标 %s text/table' % nm, g, pv(R[nm]['target'])[3])
    water, bridges = c.one(r'建成安全饮水工程' + NUM + r'处、便民桥' + NUM + '座')
    c.eq('饮水工程 text/table', water, pv(R['安全饮水工程']['actual'])[3])
    c.eq('便民桥 text/table', bridges, pv(R['便民桥']['actual'])[3])
    nsub = c.one(NUM + r'个子项目中按期完工')
    c.sum_('子项目 = 按期 + 推迟', nsub, [done, c.one(r'另有' + NUM + '个子项目受雨季影响')])
    c.eq('子项目数', nsub, c.one(r'共安排子项目' + NUM + '个'))
    c.eq('设计使用年限', c.one(r'设施按不少于' + NUM + '年'), pv(R['设施设计使用年限']['target'])[3])
    c.avg('每公里造价 (table)', pv(R['道路硬化每公里造价']['actual'])[3], num=uses[0], den=km)
    c.eq('按期完工率 text/table', ontime, pv(R['子项目按期完工率']['actual'])[3])
    c.eq('受益群众 text/table', people, pv(R['受益边境群众人数']['actual'])[3])
    c.eq('运输成本 text/table', cost, pv(R['受益户年均运输成本降低']['actual'])[3], approx=True)
    c.eq('满意度 text/table', sat, pv(R['受益群众满意度']['actual'])[3])
    c.pct_range('满意度 (text)', sat)
    common_years(c, 2018)
    c.year('report dated before the evaluation year ends', all(y >= 2019 for y in years_of(c, r'填报日期：(\d{4})年')))
    return c.fails


# ================================================================ draft D: Heilongjiang, one cell per line
def check_hlj(text):
    c = Check(text)
    B = blocks(text)
    def blk(label, idx=0):
        hits = [b for b in B if len(b) > idx and b[idx] == label]
        if len(hits) != 1:
            raise Spec('block %r found %d times' % (label, len(hits)))
        return hits[0]
    f = {k: blk(k)[2:] for k in ('年初预算数', '全年预算数', '实际到位数', '实际支出数', '结余', '到位率(%)', '执行率(%)')}
    for k in ('年初预算数', '全年预算数', '实际到位数', '实际支出数'):
        c.sum_('%s 合计' % k, f[k][0], f[k][1:3])
    for i, col in enumerate(['合计', '基本支出', '项目支出']):
        c.bal('(5) %s' % col, f['结余'][i], f['实际到位数'][i], f['实际支出数'][i])
        c.rate('(6) %s' % col, f['到位率(%)'][i], f['实际到位数'][i], f['全年预算数'][i])
        c.rate('(7) %s' % col, f['执行率(%)'][i], f['实际支出数'][i], f['全年预算数'][i])
    ini, basic0, proj0 = c.one(r'年初预算' + NUM + r'万元，其中基本支出' + NUM + r'万元、项目支出' + NUM + '万元')
    c.sum_('年初预算 (text)', ini, [basic0, proj0])
    c.eq('年初 text/table', ini, f['年初预算数'][0])
    c.eq('年初基本 text/table', basic0, f['年初预算数'][1])
    c.eq('年初项目 text/table', proj0, f['年初预算数'][2])
    addb = c.one(r'追加基本支出' + NUM + '万元')
    addp = c.one(r'追加项目支出' + NUM + '万元')
    c.sum_('全年基本 = 年初 + 追加', f['全年预算数'][1], [basic0, addb])
    c.sum_('全年项目 = 年初 + 追加', f['全年预算数'][2], [proj0, addp])
    ann = c.one(r'全年预算' + NUM + '万元')
    c.eq('全年 text/table', ann, f['全年预算数'][0])
    sp, rate = c.one(r'全年支出' + NUM + r'万元，预算执行率' + NUM + '%')
    c.eq('支出 text/table', sp, f['实际支出数'][0])
    c.rate('预算执行率 (text)', rate, sp, ann)
    bsp = c.one(r'其中基本支出' + NUM + '万元全部支出')
    c.eq('基本支出 text/table', bsp, f['实际支出数'][1])
    c.eq('基本支出全部支出', bsp, f['全年预算数'][1])
    psp = c.one(r'项目支出' + NUM + r'万元。基本支出中')
    c.eq('项目支出 text/table', psp, f['实际支出数'][2])
    pers, pub = c.one(r'人员经费' + NUM + r'万元、公用经费' + NUM + '万元')
    c.sum_('基本支出 by type', bsp, [pers, pub])
    pb = c.one(r'界务管理工作经费' + NUM + r'万元、界标界桩维护经费' + NUM + r'万元（含年中追加部分）和中俄边界联合检查经费' + NUM + '万元')
    ps = c.one(r'分别支出' + NUM + r'万元、' + NUM + r'万元和' + NUM + '万元')
    pr = c.one(r'执行率依次为' + NUM + r'%、' + NUM + r'%和' + NUM + '%')
    c.sum_('项目预算 by project', f['全年预算数'][2], list(pb))
    c.sum_('项目支出 by project', f['实际支出数'][2], list(ps))
    for i, nm in enumerate(['界务管理', '界标界桩维护', '联合检查']):
        c.rate('%s 执行率' % nm, pr[i], ps[i], pb[i])
    c.bal('界标界桩维护结余', c.one(r'界标界桩维护经费结余' + NUM + '万元'), pb[1], ps[1])
    now3, last3, diff3 = c.one(r'“三公”经费支出' + NUM + r'万元，比2018年的' + NUM + r'万元减少' + NUM + '万元')
    c.bal('三公经费减少', diff3, last3, now3)
    patrol = c.one(r'界江巡查' + NUM + '次')
    nbound = c.one(r'检查维护界标界桩' + NUM + '个')
    allb, good, grate = c.one(NUM + r'个界桩中' + NUM + r'个完好，完好率' + NUM + '%')
    c.eq('界桩数', nbound, allb)
    c.rate('界桩完好率', grate, good, allb)
    sat = c.one(r'满意度' + NUM + '%')
    c.pct_range('满意度 (text)', sat)
    scores = c.one(r'自评得分分别为' + NUM + r'分、' + NUM + r'分和' + NUM + '分')
    c.avg('项目平均自评得分', c.one(r'平均' + NUM + '分'), items=list(scores))
    for s in scores:
        c.grade(s, '优秀')      # "均达到优秀等次"
    # indicator table
    names = ['预算执行率', '界标界桩巡查维护数量', '界江巡查次数', '界务档案归档完整率', '涉界事件处置及时率', '界桩单桩平均维护成本',
             '涉界事件发生数', '界桩完好率', '中俄界务联络机制运行情况', '边境群众满意度']
    rows = []
    for nm in names:
        b = blk(nm, 2)
        rows.append(dict(name=nm, weight=b[3], target=b[4], actual=b[5], completion=b[6], score=b[7]))
    tb = blk('总分')
    prose_total = c.one(r'部门整体支出自评得分' + NUM + '分')
    c.indicators(rows, [], [], tb[3], [tb[7], prose_total], satisfaction=['边境群众满意度'])
    c.grade(tb[7], blk('评价等级')[1])
    R = {r['name']: r for r in rows}
    c.eq('执行率 indicator/funds', pv(R['预算执行率']['actual'])[3], f['执行率(%)'][0])
    c.eq('执行率 indicator/text', pv(R['预算执行率']['actual'])[3], rate)
    c.eq('界江巡查 text/table', patrol, pv(R['界江巡查次数']['actual'])[3])
    c.eq('界桩数 text/table', nbound, pv(R['界标界桩巡查维护数量']['actual'])[3])
    c.eq('完好率 text/table', grate, pv(R['界桩完好率']['actual'])[3])
    c.eq('满意度 text/table', sat, pv(R['边境群众满意度']['actual'])[3])
    c.eq('完好率目标 text/table', c.one(r'界桩完好率未达到' + NUM + '%的目标'), pv(R['界桩完好率']['target'])[3])
    c.eq('涉界事件 text/table', c.one(r'处置涉界事件' + NUM + '起'), pv(R['涉界事件发生数']['actual'])[3])
    c.sum_('界桩 = 完好 + 倾斜', allb, [good, c.one(r'另' + NUM + '个受春季冰排撞击倾斜')])
    c.avg('单桩平均维护成本', pv(R['界桩单桩平均维护成本']['actual'])[3], num=ps[1], den=nbound)
    common_years(c, 2019)
    c.year('report dated before the evaluation year ends', all(y >= 2020 for y in years_of(c, r'\n(\d{4})年\d{1,2}月\d{1,2}日\n')))
    return c.fails


# ================================================================ draft E: Tibet, web page, single spaces
def check_xz(text):
    c = Check(text)
    T = lambda lab: row_cells(text, lab, SPLIT_SPACE)
    tot, cur, car, oth = T('年度资金总额'), T('其中：当年财政拨款'), T('上年结转资金'), T('其他资金')
    for k, col in enumerate(['年初', '全年', '执行']):
        c.sum_('funds %s' % col, tot[k], [cur[k], car[k], oth[k]])
    for nm, r in (('总额', tot), ('当年财政拨款', cur), ('上年结转', car), ('其他资金', oth)):
        c.rate('%s 执行率' % nm, r[4], r[2], r[1])
    c.exec_score('预算执行', tot[3], tot[5], tot[4], tot[2], tot[1])
    ini = c.one(r'年初预算' + NUM + '万元')
    ann, cen, reg, cf = c.one(r'全年预算' + NUM + r'万元，其中中央补助资金' + NUM + r'万元、自治区配套' + NUM + r'万元、上年结转' + NUM + '万元')
    c.sum_('全年预算 by source', ann, [cen, reg, cf])
    c.sum_('年初预算 = 中央 + 自治区', ini, [cen, reg])
    c.eq('年初 text/table', ini, tot[0])
    c.eq('全年 text/table', ann, tot[1])
    c.eq('上年结转 text/table', cf, car[1])
    sp, rate = c.one(r'全年支出' + NUM + r'万元，预算执行率' + NUM + '%')
    c.eq('支出 text/table', sp, tot[2])
    c.rate('预算执行率 (text)', rate, sp, ann)
    s1, n1 = c.one(r'发放一线边民补助' + NUM + r'万元（' + NUM + '人）')
    s2, n2 = c.one(r'发放二线边民补助' + NUM + r'万元（' + NUM + '人）')
    std1 = c.one(r'一线边民每人每年' + NUM + '元')
    std2 = c.one(r'二线边民每人每年' + NUM + '元')
    c.product('一线补助 = 人数 × 标准', s1, [n1, std1], D(10000))
    c.product('二线补助 = 人数 × 标准', s2, [n2, std2], D(10000))
    subs = c.one(r'补助合计' + NUM + '万元')
    c.sum_('补助合计', subs, [s1, s2])
    work = c.one(r'工作经费' + NUM + '万元')
    c.sum_('全年支出 = 补助 + 工作经费', sp, [subs, work])
    c.bal('年末结余', c.one(r'年末结余' + NUM + '万元'), ann, sp)
    n1b = c.one(r'一线边民补助' + NUM + r'人，完成目标的')
    c.eq('一线人数', n1b, n1)
    t1 = c.one(r'一线边民补助不少于' + NUM + '人')
    c.comp('一线完成率', c.one(r'完成目标的' + NUM + '%'), n1b, t1)
    n2b = c.one(r'二线边民补助' + NUM + r'人，均经')
    c.eq('二线人数', n2b, n2)
    nv = c.one(r'全县' + NUM + r'个行政村（居）中')
    c.eq('行政村数', nv, c.one(r'全县辖行政村（居）' + NUM + '个'))
    ontime, trate = c.one(r'下半年批次' + NUM + r'个按期发放，\d+个因人员信息比对延迟约\d+天，发放及时率' + NUM + '%')
    c.rate('发放及时率', trate, ontime, nv)
    stab = c.one(r'常住人口稳定率' + NUM + '%')
    per = c.one(r'人均获得补助约' + NUM + '元')
    c.avg('人均补助', per, num=str(N(subs) * 10000), den=str(N(n1) + N(n2)), approx=True)
    sat1 = c.one(r'一线边民满意度' + NUM + '%')
    sat2 = c.one(r'二线边民满意度' + NUM + '%')
    sat = c.one(r'综合满意度' + NUM + '%')
    for s in (sat1, sat2, sat):
        c.pct_range('满意度 (text)', s)
    names = ['一线边民补助人数', '二线边民补助人数', '补助对象识别准确率', '补助资金发放及时率', '一线边民补助标准', '二线边民补助标准',
             '抵边村常住人口稳定率', '边民人均补助性收入', '边民守土固边意识', '边民满意度']
    rows = []
    for nm in names:
        r = T(nm)
        rows.append(dict(name=nm, target=r[0], actual=r[1], weight=r[2], score=r[3]))
    total = T('总分')
    prose_total = c.one(r'综合得分' + NUM + '分')
    c.indicators(rows, [tot[3]], [tot[5]], total[0], [total[1], prose_total], satisfaction=['边民满意度'])
    c.grade(prose_total, c.one(r'评价等级为(.)'))
    R = {r['name']: r for r in rows}
    c.eq('一线人数 text/table', n1, pv(R['一线边民补助人数']['actual'])[3])
    c.eq('一线目标 text/table', t1, pv(R['一线边民补助人数']['target'])[3])
    c.eq('二线人数 text/table', n2, pv(R['二线边民补助人数']['actual'])[3])
    c.eq('一线标准 text/table', std1, pv(R['一线边民补助标准']['actual'])[3])
    c.eq('二线标准 text/table', std2, pv(R['二线边民补助标准']['actual'])[3])
    c.eq('及时率 text/table', trate, pv(R['补助资金发放及时率']['actual'])[3])
    c.eq('稳定率 text/table', stab, pv(R['抵边村常住人口稳定率']['actual'])[3])
    c.eq('人均补助 text/table', per, pv(R['边民人均补助性收入']['actual'])[3], approx=True)
    c.eq('满意度 text/table', sat, pv(R['边民满意度']['actual'])[3])
    goals = c.one(r'二线边民不少于' + NUM + r'人，补助对象识别准确率' + NUM + r'%，资金发放及时率不低于' + NUM +
                  r'%，抵边村常住人口稳定率不低于' + NUM + r'%，边民人均补助性收入不低于' + NUM + r'元，边民满意度不低于' + NUM + '%')
    for g, nm in zip(goals, ['二线边民补助人数', '补助对象识别准确率', '补助资金发放及时率', '抵边村常住人口稳定率', '边民人均补助性收入',
                             '边民满意度']):
        c.eq('目标 %s text/table' % nm, g, pv(R[nm]['target'])[3])
    c.eq('及时率目标', c.one(r'未达到' + NUM + '%的目标'), goals[2])
    c.eq('稳定率目标', c.one(r'略低于' + NUM + '%的目标'), goals[3])
    c.eq('识别准确率', c.one(r'识别准确率' + NUM + '%。'), pv(R['补助对象识别准确率']['actual'])[3])
    late = c.one(r'个按期发放，' + NUM + '个因人员信息比对延迟')
    c.sum_('行政村 = 按期 + 延迟', nv, [ontime, late])
    c.eq('延迟村数', late, c.one(r'延迟的' + NUM + '个村'))
    common_years(c, 2024)
    c.year('page published before the evaluation year ends', all(y >= 2025 for y in years_of(c, r'发布时间：(\d{4})-')))
    return c.fails


SPECS = {
    'xj-yumin-hubianyuan-2020': check_xj,
    'yn-jiangcheng-dibiancunzhai-2022': check_yn,
    'gx-ningming-bianjingcun-2018': check_gx,
    'hlj-fuyuan-jiewu-2019': check_hlj,
    'xz-jilong-bianminbuzhu-2024': check_xz,
}


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s          # region in b


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
    counts = {k: 0 for k in CODES}
    seen = set()
    for lab in labels:
        case, src = lab['case'], lab['source']
        seen.add(case)
        path = os.path.join(CASES, case)
        text = open(path, encoding='utf-8').read()
        try:
            fails = SPECS[src](text)
        except Spec as e:
            problems.append('%s: cannot read the draft: %s' % (case, e))
            continue
        errs = sorted({code for code, sev, msg in fails if sev == 'error'})
        if lab['clean']:
            if lab['expected']:
                problems.append('%s: clean case with expectations' % case)
            if fails:
                problems.append('%s: clean draft fails: %s' % (case, fails))
            continue
        if len(lab['expected']) != 1:
            problems.append('%s: expected exactly one label' % case)
            continue
        exp = lab['expected'][0]
        if exp['code'] not in CODES or exp['severity'] != 'error':
            problems.append('%s: bad code/severity %s/%s' % (case, exp['code'], exp['severity']))
        counts[exp['code']] = counts.get(exp['code'], 0) + 1
        v = exp['value']
        n = text.count(v)
        if n != 1:
            problems.append('%s: label value %r occurs %d times' % (case, v, n))
            continue
        clean = open(os.path.join(CASES, src + '-clean.txt'), encoding='utf-8').read()
        if clean == text:
            problems.append('%s: identical to its clean draft' % case)
            continue
        p, e = diff_region(clean, text)
        i = text.index(v)
        if not (i < max(e, p + 1) and i + len(v) > p):
            problems.append('%s: change [%d,%d) does not overlap the label value at [%d,%d)' % (case, p, e, i, i + len(v)))
        if e - p > 120:
            problems.append('%s: changed region too long (%d chars)' % (case, e - p))
        if errs != [exp['code']]:
            problems.append('%s: labelled %s, checks fail with %s (%s)' % (
                case, exp['code'], errs, [m for c_, s_, m in fails if s_ == 'error']))
    files = {f for f in os.listdir(CASES) if f.endswith('.txt')}
    if files != seen:
        problems.append('cases without labels or labels without cases: %s' % sorted(files ^ seen))
    for k in CODES:
        if counts.get(k, 0) < 2:
            problems.append('code %s labelled %d times (< 2)' % (k, counts.get(k, 0)))
    print('cases: %d (%d clean, %d with one error)' % (len(labels), sum(l['clean'] for l in labels),
                                                       sum(not l['clean'] for l in labels)))
    print('labels per code: ' + ', '.join('%s=%d' % (k, counts[k]) for k in CODES))
    if problems:
        for pr in problems:
            print('PROBLEM', pr)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
