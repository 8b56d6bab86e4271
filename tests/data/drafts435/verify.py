#!/usr/bin/env python3
"""verify.py - checks the labelled set in this directory (standard library only).

1. labels.jsonl: every case exists, every value occurs in its case, each error case differs from its
   clean draft in one short contiguous place that overlaps the label value, every code of errors.md
   section A (codes 1-13) is used at least twice.
2. Arithmetic: for each project a small model reads the stated figures out of the text (regular
   expressions anchored on the surrounding words) and redoes every identity with decimal.Decimal and the
   tolerance of rules.md section 8 (a value with d decimals matches c iff |c - v| <= 0.5*10^-d).
   Clean drafts: every check (errors and the score-rule warnings) must pass.
   Error cases: the labelled code must fail and no other error-level code may fail.
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
WARN_CODES = ['score_rule_mismatch']

EPS = D('1e-9')


class ExtractError(Exception):
    pass


def tol(d):
    return D('0.5') * (D(10) ** -d) + EPS


class N:
    """A stated figure: value, number of decimals as written, unit, raw text."""

    def __init__(self, raw):
        self.raw = raw
        m = re.fullmatch(r'\s*(≥|≤|=|＞|＜|>=|<=|>|<)?\s*(-?\d+(?:\.\d+)?)\s*(.*?)\s*', raw.replace(',', ''))
        if not m:
            raise ExtractError('not a number: %r' % raw)
        self.sign = m.group(1)
        s = m.group(2)
        self.v = D(s)
        self.d = len(s.split('.')[1]) if '.' in s else 0
        self.unit = m.group(3)

    def __repr__(self):
        return self.raw


def q(raw):
    """Parse an indicator value; None when qualitative."""
    try:
        n = N(raw)
    except ExtractError:
        return None
    n.dir = {'≥': 'gte', '>=': 'gte', '＞': 'gte', '>': 'gte', '≤': 'lte', '<=': 'lte', '＜': 'lte',
             '<': 'lte', '=': 'eq', None: 'eq'}[n.sign]
    return n


def r2(x):
    return x.quantize(D('0.01'), rounding=ROUND_HALF_UP)


def band(total):
    if total >= 90:
        return '优'
    if total >= 80:
        return '良'
    if total >= 60:
        return '中'
    return '差'


GRADE_WORDS = {'优': '优', '优秀': '优', '良': '良', '良好': '良', '中': '中', '中等': '中', '一般': '中', '合格': '中',
               '差': '差', '较差': '差', '不合格': '差'}

SCALES = [D('1e-4'), D('1e4'), D('1e-8'), D('1e8')]


class Ck:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.out = []  # (code, severity, ok, message)

    # ---- extraction -------------------------------------------------------------------------------
    def m(self, pat, flags=re.M):
        ms = list(re.finditer(pat, self.t, flags))
        if len(ms) != 1:
            raise ExtractError('%r matched %d times' % (pat, len(ms)))
        return ms[0]

    def n(self, pat, g=1):
        return N(self.m(pat).group(g))

    def ns(self, pat):
        return [N(x) for x in self.m(pat).groups()]

    def all(self, pat):
        return [mm for mm in re.finditer(pat, self.t, re.M)]

    # ---- results ----------------------------------------------------------------------------------
    def res(self, code, ok, msg, sev='error'):
        self.out.append((code, sev, bool(ok), msg))

    def ident(self, code, f, figs, msg):
        vals = [x.v for x in figs]
        if f(vals):
            return self.res(code, True, msg)
        for i in range(len(vals)):
            for sc in SCALES:
                v2 = list(vals)
                v2[i] = v2[i] * sc
                if f(v2):
                    return self.res('unit_mismatch', False, msg + ' [reconciled by rescaling %s]' % figs[i].raw)
        return self.res(code, False, msg)

    def sum(self, total, parts, msg, code='sum_mismatch'):
        t = tol(total.d)
        self.ident(code, lambda v: abs(sum(v[1:]) - v[0]) <= t, [total] + parts,
                   '%s: %s = %s' % (msg, total.raw, ' + '.join(p.raw for p in parts)))

    def diff(self, stated, a, b, msg, code='balance_mismatch'):
        t = tol(stated.d)
        self.ident(code, lambda v: abs(v[1] - v[2] - v[0]) <= t, [stated, a, b],
                   '%s: %s = %s - %s' % (msg, stated.raw, a.raw, b.raw))

    def rate(self, stated, num, den, msg, code='rate_mismatch'):
        if den.v == 0:
            return self.zero(stated.raw, msg)
        t = tol(stated.d)
        self.ident(code, lambda v: v[2] != 0 and abs(v[1] / v[2] * 100 - v[0]) <= t, [stated, num, den],
                   '%s: %s = %s / %s' % (msg, stated.raw, num.raw, den.raw))
        self.pct(stated, msg)

    def same(self, a, b, msg, code='conflicting_values'):
        t = tol(min(a.d, b.d))
        self.ident(code, lambda v: abs(v[0] - v[1]) <= t, [a, b], '%s: %s vs %s' % (msg, a.raw, b.raw))

    def avg(self, stated, items, msg):
        t = tol(stated.d)
        self.ident('average_mismatch', lambda v: abs(sum(v[1:]) / len(v[1:]) - v[0]) <= t, [stated] + items,
                   '%s: %s = mean(%s)' % (msg, stated.raw, ', '.join(i.raw for i in items)))

    def completion(self, stated, actual, target, msg):
        """stated completion (%) against rules §5."""
        c = comp_value(target, actual)
        if c is None:
            return
        self.res('completion_mismatch', abs(c - stated.v) <= tol(stated.d),
                 '%s: %s vs computed %s' % (msg, stated.raw, r2(c)))

    def pct(self, stated, msg):
        self.res('implausible_rate', D(0) <= stated.v <= 100, '%s: %s within [0, 100]' % (msg, stated.raw))

    def zero(self, raw, msg):
        self.res('implausible_rate', raw.strip() in ('—', '-', '0', '0.00', '0%', ''),
                 '%s: rate on a zero base printed %r' % (msg, raw))

    def year_eq(self, y, msg, want=None):
        want = self.year if want is None else want
        self.res('year_mismatch', int(y) == want, '%s: %s vs %s' % (msg, y, want))

    def years(self):
        """Generic year checks (rules I14)."""
        for mm in self.all(r'(\d{4})年度'):
            self.year_eq(mm.group(1), 'evaluation year %r' % mm.group(0))
        for mm in self.all(r'结转(?:至|到)?(\d{4})年'):
            self.year_eq(mm.group(1), 'carry-over %r goes to the next year' % mm.group(0), self.year + 1)
        for mm in self.all(r'(\d{4})年12月提前下达'):
            self.year_eq(mm.group(1), 'advance %r issued in the December before' % mm.group(0), self.year - 1)
        for mm in self.all(r'截至(\d{4})年'):
            self.year_eq(mm.group(1), 'cut-off %r' % mm.group(0))
        for mm in self.all(r'^(\d{4})年\d{1,2}月\d{1,2}日$|^发布时间：(\d{4})-'):
            self.year_eq(mm.group(1) or mm.group(2), 'report dated %r (the following year)' % mm.group(0), self.year + 1)

    def targets(self, R, pairs):
        """pairs: (row name, figure stated in the text) - the same target in text and table."""
        for name, fig in pairs:
            self.same(N(R[name].target), fig, 'target of %s text vs table' % name)


def comp_value(target, actual):
    T, A = q(target), q(actual)
    if T is None or A is None or T.unit != A.unit:
        return None
    if T.dir == 'lte':
        return D(100) if A.v <= T.v else T.v / A.v * 100
    if T.v == 0:
        return None
    return A.v / T.v * 100


class Row:
    def __init__(self, name, level, target, actual, w, s, comp=None):
        self.name, self.level, self.target, self.actual = name, level, target, actual
        self.w, self.s, self.comp = N(w), N(s), (N(comp) if comp is not None else None)


def mof_row(ck, name, level):
    """MOF / Sichuan / Hubei layout: ... NAME target actual weight score [note]"""
    mm = ck.m(r'^(?:.*? )?' + re.escape(name) + r' (\S+) (\S+) (\S+) (\S+)(?: \S+)?$')
    return Row(name, level, mm.group(1), mm.group(2), mm.group(3), mm.group(4))


def sx_row(ck, name, level):
    """Shanxi layout: ... NAME weight target actual completion score [note]"""
    mm = ck.m(r'^(?:.*? )?' + re.escape(name) + r' (\S+) (\S+) (\S+) (\S+) (\S+)(?: \S+)?$')
    return Row(name, level, mm.group(2), mm.group(3), mm.group(1), mm.group(5), mm.group(4))


def indicator_checks(ck, rows, ex, table_weight_total, totals, grades, level_w=None, level_s=None):
    """rows: indicator rows; ex: dict(w, s, rate, spent, budget) of the execution row;
    totals: stated total scores (N); grades: stated grade words; level_w/level_s: stated level weights/scores
    keyed by 'exec'/'产出'/'效益'/'满意度'."""
    # weights
    wsum = ex['w'].v + sum(r.w.v for r in rows)
    ck.res('weight_sum_mismatch', wsum == 100, 'sum of weights %s = 100' % wsum)
    ck.res('weight_sum_mismatch', wsum == table_weight_total.v,
           'sum of weights %s = stated %s' % (wsum, table_weight_total.raw))
    if level_w:
        ck.res('weight_sum_mismatch', sum(v.v for v in level_w.values()) == 100,
               'stated level weights add to 100: %s' % [v.raw for v in level_w.values()])
        for lv, wv in level_w.items():
            got = ex['w'].v if lv == 'exec' else sum(r.w.v for r in rows if r.level == lv)
            ck.res('weight_sum_mismatch', got == wv.v, 'level %s weight %s = rows %s' % (lv, wv.raw, got))
    # execution row
    ck.res('score_exceeds_weight', D(0) <= ex['s'].v <= ex['w'].v, 'execution score within weight')
    ck.rate(ex['rate'], ex['spent'], ex['budget'], 'execution rate in the table')
    exp1 = ex['w'].v * min(ex['spent'].v / ex['budget'].v, D(1))
    exp2 = ex['w'].v * min(ex['rate'].v / 100, D(1))
    ck.res('score_rule_mismatch', abs(exp1 - ex['s'].v) <= tol(ex['s'].d) or abs(exp2 - ex['s'].v) <= tol(ex['s'].d),
           'execution score %s vs %s' % (ex['s'].raw, r2(exp1)), 'warning')
    # rows
    for r in rows:
        ck.res('score_exceeds_weight', D(0) <= r.s.v <= r.w.v, '%s: score %s within weight %s' % (r.name, r.s.raw, r.w.raw))
        T, A = q(r.target), q(r.actual)
        if (T is None) != (A is None) or (T is not None and T.unit != A.unit):
            ck.res('unit_mismatch', False, '%s: target %s vs actual %s' % (r.name, r.target, r.actual))
            continue
        ck.res('unit_mismatch', True, '%s units' % r.name)
        if T is None:  # qualitative
            ok = r.actual == r.target and r.w.v * D('0.8') <= r.s.v <= r.w.v
            ck.res('score_rule_mismatch', ok, '%s qualitative band' % r.name, 'warning')
            continue
        if r.comp is not None:
            ck.completion(r.comp, r.actual, r.target, '%s completion' % r.name)
        c = comp_value(r.target, r.actual)
        exp = r.w.v * min(c / 100, D(1))
        ok = abs(exp - r.s.v) <= tol(r.s.d)
        if r.comp is not None:
            ok = ok or abs(r.w.v * min(r.comp.v / 100, D(1)) - r.s.v) <= tol(r.s.d)
        ck.res('score_rule_mismatch', ok, '%s: score %s vs rule %s' % (r.name, r.s.raw, r2(exp)), 'warning')
        if A.unit == '%' and ('满意' in r.name or '率' in r.name):
            ck.pct(A, '%s actual' % r.name)
    # totals
    ssum = ex['s'].v + sum(r.s.v for r in rows)
    for t in totals:
        ck.res('score_sum_mismatch', abs(ssum - t.v) <= tol(t.d), 'sum of scores %s vs stated total %s' % (ssum, t.raw))
    if level_s:
        tot = sum(v.v for v in level_s.values())
        for t in totals:
            ck.res('score_sum_mismatch', abs(tot - t.v) <= tol(t.d),
                   'stated level scores %s add to %s' % ([v.raw for v in level_s.values()], t.raw))
        for lv, sv in level_s.items():
            got = ex['s'].v if lv == 'exec' else sum(r.s.v for r in rows if r.level == lv)
            ck.res('score_sum_mismatch', abs(got - sv.v) <= tol(sv.d), 'level %s score %s = rows %s' % (lv, sv.raw, got))
    for g in grades:
        for t in totals:
            ck.res('grade_mismatch', GRADE_WORDS[g] == band(t.v), 'grade %s for total %s' % (g, t.raw))


def funds_block(ck, weight_col=True):
    """MOF funds block: 年度资金总额 / 当年财政拨款 / 上年结转资金 / 其他资金 rows."""
    tot = ck.m(r'^年度资金总额 (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)$')
    cur = ck.m(r'^其中：(?:当年|本年)财政拨款 (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)$')
    cry = ck.m(r'^上年结转资金 (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)$')
    oth = ck.m(r'^其他资金 (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)$')
    for i, col in enumerate(['年初预算数', '全年预算数', '全年执行数']):
        ck.sum(N(tot.group(i + 1)), [N(cur.group(i + 1)), N(cry.group(i + 1)), N(oth.group(i + 1))],
               'funds block %s' % col)
    for mm, nm in ((cur, '当年财政拨款'), (cry, '上年结转资金'), (oth, '其他资金')):
        cell = mm.group(5)
        budget, spent = N(mm.group(2)), N(mm.group(3))
        if budget.v == 0:
            ck.zero(cell, nm + ' rate')
        elif cell not in ('—', '-'):
            ck.rate(N(cell), spent, budget, nm + ' rate')
    return dict(initial=N(tot.group(1)), annual=N(tot.group(2)), spent=N(tot.group(3)), w=N(tot.group(4)),
                rate=N(tot.group(5)), s=N(tot.group(6)), budget=N(tot.group(2)),
                cur=[N(cur.group(i)) for i in (1, 2, 3)], cry=[N(cry.group(i)) for i in (1, 2, 3)])


def project_table(ck, rows, cols, total_col, part_cols, count_col=None, share_col=None, sep=' '):
    """Funds table whose rows are projects; rows: names incl. '合计' last; cols: column names."""
    data = {}
    for name in rows:
        mm = ck.m(r'^' + re.escape(name) + ''.join(re.escape(sep) + r'(\S+)' for _ in cols) + r'$')
        data[name] = dict(zip(cols, mm.groups()))
    for name in rows:
        d = data[name]
        ck.sum(N(d[total_col]), [N(d[c]) for c in part_cols], 'project table row %s' % name)
        if share_col:
            ck.rate(N(d[share_col]), N(d[part_cols[0]]), N(d[total_col]), 'project table %s share' % name)
    for c in ([count_col] if count_col else []) + [total_col] + part_cols:
        ck.sum(N(data[rows[-1]][c]), [N(data[r][c]) for r in rows[:-1]], 'project table column %s' % c)
    return {k: {c: N(v) if re.match(r'^-?\d', v) else v for c, v in d.items()} for k, d in data.items()}


# =====================================================================================================
# project models
# =====================================================================================================

def m_sc(ck):
    ck.years()
    f = funds_block(ck)
    # prose: budget build-up, 到位, execution, carry-over
    ini, adv, cty = ck.ns(r'年初预算安排奖补资金(-?[\d.]+%?)万元，其中省财政\d{4}年12月提前下达的中央和省级奖补资金(-?[\d.]+%?)万元、县级配套(-?[\d.]+%?)万元')
    add = ck.n(r'追加第二批资金(-?[\d.]+%?)万元')
    ann = ck.n(r'全年预算调整为(-?[\d.]+%?)万元')
    ck.sum(ini, [adv, cty], '年初预算 = 提前下达 + 县级配套')
    ck.sum(ann, [ini, add], '全年预算 = 年初 + 追加')
    ck.same(ini, f['initial'], '年初预算 text vs table')
    ck.same(ann, f['annual'], '全年预算 text vs table')
    rec, rrate = ck.ns(r'(-?[\d.]+%?)万元已全部拨入乡镇财政所一事一议专账，资金到位率(-?[\d.]+%?)')
    ck.rate(rrate, rec, ann, '资金到位率')
    spent, erate, carry = ck.ns(r'全年支付奖补资金(-?[\d.]+%?)万元，预算执行率(-?[\d.]+%?)；未支付的(-?[\d.]+%?)万元')
    ck.rate(erate, spent, ann, '执行率 in text')
    ck.same(spent, f['spent'], '执行数 text vs table')
    ck.diff(carry, rec, spent, '结转 = 到位 - 执行')
    # project table
    pt = project_table(ck, ['道路硬化', '小型桥梁', '小型水利', '合计'],
                       ['n', 'inv', 'aid', 'cash', 'labour', 'other', 'share'], 'inv', ['aid', 'cash', 'labour', 'other'],
                       count_col='n', share_col='share')
    tot = pt['合计']
    ck.same(tot['aid'], ann, '奖补合计 vs 全年预算')
    ck.same(ck.n(r'全年实施项目(\d+)个，资金构成'), tot['n'], 'project count')
    # outputs
    km, kmt = ck.ns(r'全年硬化村内道路(-?[\d.]+%?)公里，完成年度目标的(-?[\d.]+%?)；')
    tgt = ck.n(r'硬化村内道路(-?[\d.]+%?)公里以上')
    done, allp = ck.ns(r'(\d+)个项目中(\d+)个当年完工')[::-1]
    bridges = ck.ns(r'分别获得奖补(-?[\d.]+%?)万元、(-?[\d.]+%?)万元、(-?[\d.]+%?)万元、(-?[\d.]+%?)万元、(-?[\d.]+%?)万元，平均每座(-?[\d.]+%?)万元')
    ck.avg(bridges[-1], bridges[:-1], 'average bridge award')
    sat = ck.n(r'受益群众满意度为(-?[\d.]+%?)，')
    ck.pct(sat, 'satisfaction in text')
    # self-evaluation table
    rows = [mof_row(ck, '村内道路硬化里程', '产出'), mof_row(ck, '小型桥梁建设', '产出'), mof_row(ck, '山坪塘及渠道整治', '产出'),
            mof_row(ck, '竣工验收合格率', '产出'), mof_row(ck, '项目当年完工率', '产出'), mof_row(ck, '财政奖补占总投资比例', '产出'),
            mof_row(ck, '受益人口', '效益'), mof_row(ck, '带动筹资筹劳及社会投入', '效益'), mof_row(ck, '建后管护责任落实率', '效益'),
            mof_row(ck, '受益群众满意度', '满意度')]
    R = {r.name: r for r in rows}
    ck.rate(N(R['项目当年完工率'].actual), done, allp, '当年完工率')
    ck.same(N(R['财政奖补占总投资比例'].actual), tot['share'], '奖补占比 table vs project table')
    ck.sum(N(R['带动筹资筹劳及社会投入'].actual), [tot['cash'], tot['labour'], tot['other']], '带动投入')
    ck.same(N(R['受益群众满意度'].actual), sat, 'satisfaction text vs table')
    ck.same(N(R['村内道路硬化里程'].actual), km, 'road km text vs table')
    ck.completion(kmt, R['村内道路硬化里程'].actual, '≥' + tgt.raw + '公里', 'road completion in text')
    tw, tt = ck.ns(r'^总分 (\S+) (\S+)$')
    tp = ck.n(r'本项目得分(-?[\d.]+%?)分')
    grade = ck.m(r'评价等级为(优秀|良好|中等|合格|较差|差|优|良|中)').group(1)
    g = ck.ns(r'硬化村内道路(-?[\d.]+%?)公里以上，新建小型桥梁(\d+)座，整治山坪塘及灌溉渠道(\d+)处；财政奖补占项目总投资的比例不超过(\d+%)，'
              r'带动村民筹资筹劳及社会投入(\d+)万元以上，受益群众满意度不低于(\d+%)')
    ck.targets(R, zip(['村内道路硬化里程', '小型桥梁建设', '山坪塘及渠道整治', '财政奖补占总投资比例', '带动筹资筹劳及社会投入',
                       '受益群众满意度'], g))
    ck.same(N(R['受益群众满意度'].target), ck.n(r'未达到(\d+%)的目标'), 'satisfaction target restated')
    nb, ponds, canals = ck.ns(r'建成小型桥梁(\d+)座，整治山坪塘(\d+)口、灌溉渠道(\d+)条')
    ck.same(N(R['小型桥梁建设'].actual), nb, 'bridges built text vs table')
    ck.sum(N(R['山坪塘及渠道整治'].actual), [ponds, canals], 'ponds + canals')
    n2, d2, b2 = ck.ns(r'实际完成情况：全年实施项目(\d+)个，(\d+)个当年完工，.*?桥梁完成(\d+)座')
    ck.same(n2, tot['n'], '年度总体目标 project count')
    ck.same(d2, done, '年度总体目标 completed projects')
    ck.same(b2, nb, '年度总体目标 bridges')
    ck.same(ck.n(r'小型桥梁 (\d+) 268'), N(R['小型桥梁建设'].target), 'bridges planned (project table) vs target')
    ck.same(ck.n(r'小型水利 (\d+) 205'), N(R['山坪塘及渠道整治'].target), 'water works planned (project table) vs target')
    indicator_checks(ck, rows, f, tw, [tt, tp], [grade])


def m_jx(ck):
    ck.years()
    f = funds_block(ck)
    intro = ck.n(r'一事一议财政奖补资金(-?[\d.]+%?)万元的使用')
    ck.same(intro, f['annual'], 'amount evaluated (intro) vs 全年预算')
    ini, adv, cty, add, cry, ann = ck.ns(
        r'年初预算(-?[\d.]+%?)万元，由\d{4}年12月提前下达的中央农村综合改革转移支付资金(-?[\d.]+%?)万元和县级安排的(-?[\d.]+%?)万元组成；'
        r'\d{4}年6月省级追加(-?[\d.]+%?)万元；另有上年结转资金(-?[\d.]+%?)万元，全年预算共计(-?[\d.]+%?)万元')
    ck.sum(ini, [adv, cty], '年初预算 = 提前下达 + 县级')
    ck.sum(ann, [ini, add, cry], '全年预算 = 年初 + 追加 + 上年结转')
    ck.same(ini, f['initial'], '年初预算 text vs table')
    ck.same(ann, f['annual'], '全年预算 text vs table')
    ck.same(cry, f['cry'][1], '上年结转 text vs table')
    ck.rate(ck.n(r'年内全部到位，到位率(-?[\d.]+%?)。'), ann, ann, '到位率 (全部到位)')
    spent, bal = ck.ns(r'全年支出(-?[\d.]+%?)万元，结余(-?[\d.]+%?)万元')
    ck.same(spent, f['spent'], '执行数 text vs table')
    ck.diff(bal, ann, spent, '结余 = 到位 - 执行')
    pt = project_table(ck, ['村组道路硬化', '便民桥', '山塘及灌溉渠道', '合计'],
                       ['n', 'scale', 'inv', 'aid', 'cash', 'labour', 'other'], 'inv', ['aid', 'cash', 'labour', 'other'],
                       count_col='n', sep='\t')
    tot = pt['合计']
    ck.same(tot['aid'], f['cur'][1], '奖补合计 vs 当年财政拨款')
    shares = ck.ns(r'财政奖补占项目总投资的(-?[\d.]+%?)，道路、桥梁、水利三类项目分别为(-?[\d.]+%?)、(-?[\d.]+%?)、(-?[\d.]+%?)。')
    ck.rate(shares[0], tot['aid'], tot['inv'], 'overall 奖补占比')
    for s, k in zip(shares[1:], ['村组道路硬化', '便民桥', '山塘及灌溉渠道']):
        ck.rate(s, pt[k]['aid'], pt[k]['inv'], '%s 奖补占比' % k)
    n, n19, inc = ck.ns(r'共实施项目(\d+)个，.*?较2019年（(\d+)个项目）增加(\d+)个')
    ck.same(n, tot['n'], 'project count')
    ck.diff(inc, n, n19, 'increase over 2019', code='sum_mismatch')
    km, tkm, kmc = ck.ns(r'硬化村组道路(-?[\d.]+%?)公里，为年度计划(-?[\d.]+%?)公里的(-?[\d.]+%?)；')
    ck.completion(kmc, km.raw + '公里', '≥' + tkm.raw + '公里', 'road completion in text')
    allp, done, drate = ck.ns(r'(\d+)个项目中(\d+)个当年完工，完工率(-?[\d.]+%?)；')
    ck.rate(drate, done, allp, '完工率 in text')
    lev = ck.n(r'撬动村民筹资筹劳和社会投入(-?[\d.]+%?)万元')
    ck.sum(lev, [tot['cash'], tot['labour'], tot['other']], '撬动投入')
    sat = ck.n(r'受益群众满意度为(-?[\d.]+%?)，')
    ck.pct(sat, 'satisfaction in text')
    for mm in ck.all(r'(?:道路|桥梁)项目满意度(\d+(?:\.\d+)?%)'):
        ck.pct(N(mm.group(1)), 'sub-satisfaction')
    rows = [mof_row(ck, '村组道路硬化里程', '产出'), mof_row(ck, '便民桥建设', '产出'), mof_row(ck, '山塘及灌溉渠道整修', '产出'),
            mof_row(ck, '工程验收合格率', '产出'), mof_row(ck, '项目当年完工率', '产出'), mof_row(ck, '财政奖补占总投资比例', '产出'),
            mof_row(ck, '受益行政村数', '效益'), mof_row(ck, '撬动村民筹资筹劳及社会投入', '效益'),
            mof_row(ck, '已建项目管护机制建立率', '效益'), mof_row(ck, '受益群众满意度', '满意度')]
    R = {r.name: r for r in rows}
    ck.same(N(R['项目当年完工率'].actual), drate, '完工率 text vs table')
    ck.same(N(R['财政奖补占总投资比例'].actual), shares[0], '奖补占比 text vs table')
    ck.same(N(R['撬动村民筹资筹劳及社会投入'].actual), lev, '撬动投入 text vs table')
    ck.same(N(R['受益群众满意度'].actual), sat, 'satisfaction text vs table')
    ck.same(N(R['村组道路硬化里程'].actual), km, 'road km text vs table')
    tw, tt = ck.ns(r'^总分 (\S+) (\S+) 自评等级：\S+$')
    tp = ck.n(r'项目自评得分(-?[\d.]+%?)分（满分100分）')
    grade = ck.m(r'自评等级：(\S+)$').group(1)
    g = ck.ns(r'硬化村组道路(\d+)公里以上，新建便民桥(\d+)座，整修山塘及灌溉渠道(\d+)处；工程验收合格率(\d+%)，当年完工率(\d+%)以上；'
              r'财政奖补占总投资比例不超过(\d+%)；受益群众满意度(\d+%)以上')
    ck.targets(R, zip(['村组道路硬化里程', '便民桥建设', '山塘及灌溉渠道整修', '工程验收合格率', '项目当年完工率', '财政奖补占总投资比例',
                       '受益群众满意度'], g))
    ck.same(N(R['村组道路硬化里程'].target), tkm, 'road plan restated')
    nb, ponds, canals = ck.ns(r'建成便民桥(\d+)座，.*?整修山塘(\d+)口、灌溉渠道(\d+)条')
    ck.same(N(R['便民桥建设'].actual), nb, 'bridges built text vs table')
    ck.sum(N(R['山塘及灌溉渠道整修'].actual), [ponds, canals], 'ponds + canals')
    ck.same(pt['村组道路硬化']['scale'], km, 'road km project table vs text')
    ck.same(pt['便民桥']['scale'], N(R['便民桥建设'].target), 'bridges planned vs target')
    ck.same(pt['山塘及灌溉渠道']['scale'], N(R['山塘及灌溉渠道整修'].target), 'water works planned vs target')
    v1, v2 = ck.ns(r'覆盖11个乡镇（场）(\d+)个行政村'), ck.n(r'项目惠及(\d+)个行政村')
    ck.same(v1[0], N(R['受益行政村数'].actual), 'villages covered vs table')
    ck.same(v2, N(R['受益行政村数'].actual), 'villages benefiting vs table')
    n2, d2, b2 = ck.ns(r'实际完成情况：(\d+)个项目中(\d+)个当年完工，.*?便民桥完成(\d+)座')
    ck.same(n2, allp, '年度总体目标 project count')
    ck.same(d2, done, '年度总体目标 completed projects')
    ck.same(b2, nb, '年度总体目标 bridges')
    indicator_checks(ck, rows, f, tw, [tt, tp], [grade])


def m_hb(ck):
    ck.years()
    ck.year_eq(ck.m(r'^（(\d{4})年度）$').group(1), 'table year')
    f = funds_block(ck)
    ini, adv, cty, add, ann = ck.ns(
        r'年初预算(-?[\d.]+%?)万元（\d{4}年12月提前下达的中央资金(-?[\d.]+%?)万元和县级配套(-?[\d.]+%?)万元），年中追加(-?[\d.]+%?)万元，全年预算(-?[\d.]+%?)万元')
    ck.sum(ini, [adv, cty], '年初预算 = 提前下达 + 县级')
    ck.sum(ann, [ini, add], '全年预算 = 年初 + 追加')
    src = ck.ns(r'按来源分，中央资金(-?[\d.]+%?)万元、省级资金(-?[\d.]+%?)万元、县级配套(-?[\d.]+%?)万元')
    ck.sum(ann, src, '全年预算 by source')
    ck.same(ini, f['initial'], '年初预算 text vs table')
    ck.same(ann, f['annual'], '全年预算 text vs table')
    ck.rate(ck.n(r'资金全部到位，到位率(-?[\d.]+%?)。'), ann, ann, '到位率 (全部到位)')
    spent, carry = ck.ns(r'全年支出(-?[\d.]+%?)万元，未支出的(-?[\d.]+%?)万元')
    ck.same(spent, f['spent'], '执行数 text vs table')
    ck.diff(carry, ann, spent, '结转 = 预算 - 执行')
    pt = project_table(ck, ['村内道路硬化', '小型桥梁', '塘堰整治', '路灯及文体设施', '合计'],
                       ['n', 'inv', 'aid', 'cash', 'labour', 'other'], 'inv', ['aid', 'cash', 'labour', 'other'],
                       count_col='n', sep='\t')
    tot = pt['合计']
    ck.same(tot['aid'], ann, '奖补合计 vs 全年预算')
    ck.same(ck.n(r'全县实施项目(\d+)个'), tot['n'], 'project count')
    v = ck.ns(r'总投资(-?[\d.]+%?)万元，其中财政奖补(-?[\d.]+%?)万元、村民筹资(-?[\d.]+%?)万元、筹劳折资(-?[\d.]+%?)万元、村集体投入(-?[\d.]+%?)万元')
    ck.sum(v[0], v[1:], 'sample village funding')
    sp, spr = ck.ns(r'实地抽查项目(\d+)个，占项目总数的(-?[\d.]+%?)。')
    ck.rate(spr, sp, tot['n'], 'spot-check share')
    km = ck.n(r'硬化村内道路(-?[\d.]+%?)公里，路面')
    per = ck.n(r'每公里平均总投资约(-?[\d.]+%?)万元')
    ck.avg(per, [N(str(pt['村内道路硬化']['inv'].v / km.v))], 'average cost per km (approximate)')
    done = ck.ns(r'(\d+)个项目中(\d+)个当年完工，已完工')
    lev, short = ck.ns(r'撬动村民筹资筹劳及社会投入(-?[\d.]+%?)万元，较目标少(-?[\d.]+%?)万元')
    ck.sum(lev, [tot['cash'], tot['labour'], tot['other']], '撬动投入')
    scores = ck.ns(r'评分分别为(\d+)、(\d+)、(\d+)、(\d+)、(\d+)、(\d+)分，平均(-?[\d.]+%?)分')
    ck.avg(scores[-1], scores[:-1], 'average spot-check score')
    sat, sat0, up = ck.ns(r'群众满意度为(-?[\d.]+%?)，比2020年的(-?[\d.]+%?)提高(-?[\d.]+%?)个百分点')
    ck.diff(up, sat, sat0, 'satisfaction increase', code='sum_mismatch')
    ck.pct(sat, 'satisfaction in text')
    ppl = ck.n(r'直接受益群众约(-?[\d.]+%?)万人')
    rows = [mof_row(ck, '村内道路硬化里程', '产出'), mof_row(ck, '小型桥梁', '产出'), mof_row(ck, '塘堰整治', '产出'),
            mof_row(ck, '竣工验收合格率', '产出'), mof_row(ck, '项目当年完工率', '产出'), mof_row(ck, '财政奖补占总投资比例', '产出'),
            mof_row(ck, '受益群众', '效益'), mof_row(ck, '撬动村民筹资筹劳及社会投入', '效益'), mof_row(ck, '建后管护机制', '效益'),
            mof_row(ck, '群众满意度', '满意度')]
    R = {r.name: r for r in rows}
    ck.rate(N(R['项目当年完工率'].actual), done[1], done[0], '当年完工率')
    ck.rate(N(R['财政奖补占总投资比例'].actual), tot['aid'], tot['inv'], '奖补占比')
    ck.same(N(R['撬动村民筹资筹劳及社会投入'].actual), lev, '撬动投入 text vs table')
    ck.diff(short, N(R['撬动村民筹资筹劳及社会投入'].target), lev, 'shortfall against target', code='sum_mismatch')
    ck.same(N(R['群众满意度'].actual), sat, 'satisfaction text vs table')
    ck.same(N(R['受益群众'].actual), ppl, 'beneficiaries text vs table')
    ck.same(N(R['村内道路硬化里程'].actual), N(km.raw + '公里'), 'road km text vs table')
    tw, tt = ck.ns(r'^总分 (\S+) (\S+)$')
    lv = ck.ns(r'预算执行指标得(-?[\d.]+%?)分，产出指标得(-?[\d.]+%?)分，效益指标得(-?[\d.]+%?)分，满意度指标得(-?[\d.]+%?)分，项目自评得分(-?[\d.]+%?)分')
    lw = ck.ns(r'预算执行按(\d+)分计分.*?产出（(\d+)分）、效益（(\d+)分）和满意度（(\d+)分）')
    grade = ck.m(r'评价等级为“(\S+?)”').group(1)
    g = ck.ns(r'硬化村内道路(\d+)公里、建设小型桥梁(\d+)座、整治塘堰(\d+)口；竣工验收合格率(\d+%)，当年完工率不低于(\d+%)；'
              r'财政奖补占总投资比例不高于(\d+%)；受益群众(\d+)万人以上，撬动村民筹资筹劳及社会投入(\d+)万元以上，群众满意度(\d+%)以上')
    ck.targets(R, zip(['村内道路硬化里程', '小型桥梁', '塘堰整治', '竣工验收合格率', '项目当年完工率', '财政奖补占总投资比例', '受益群众',
                       '撬动村民筹资筹劳及社会投入', '群众满意度'], g))
    nb, nt, nl = ck.ns(r'建成小型桥梁(\d+)座，整治塘堰(\d+)口，新增蓄水约\d+万立方米；建成路灯及文体设施(\d+)处')
    ck.same(N(R['小型桥梁'].actual), nb, 'bridges text vs table')
    ck.same(N(R['塘堰整治'].actual), nt, 'ponds text vs table')
    ck.same(pt['小型桥梁']['n'], nb, 'bridges project table vs text')
    ck.same(pt['塘堰整治']['n'], nt, 'ponds project table vs text')
    ck.same(pt['路灯及文体设施']['n'], nl, 'lighting project table vs text')
    n2, d2 = ck.ns(r'实际完成情况：.*?(\d+)个项目中(\d+)个当年完工，撬动')
    ck.same(n2, done[0], '年度总体目标 project count')
    ck.same(d2, done[1], '年度总体目标 completed projects')
    ck.diff(ck.n(r'未支出的[\d.]+万元为(\d+)个在建项目'), done[0], done[1], 'projects still under construction', code='sum_mismatch')
    indicator_checks(ck, rows, f, tw, [tt, lv[4]], [grade],
                     level_w=dict(zip(['exec', '产出', '效益', '满意度'], lw)),
                     level_s=dict(zip(['exec', '产出', '效益', '满意度'], lv[:4])))


SX_COLS = ['total', 'sub', 'central', 'prov', 'city', 'county', 'carry', 'other']


def sx_funds(ck):
    rows = {}
    for key, label in (('1', '年初预算资金'), ('2', '全年预算资金'), ('3', '实际到位资金'), ('4', '全年执行资金'),
                       ('5', '资金结余'), ('6', '预算到位率'), ('7', '预算执行率\\(%\\)')):
        mm = ck.m(r'^\t' + label + r'\n\t\(' + key + r'\)\S*\n' + r'\n'.join([r'\t(\S*)'] * 8) + r'$')
        rows[key] = dict(zip(SX_COLS, mm.groups()))
    for k in '12345':
        r = rows[k]
        ck.sum(N(r['total']), [N(r['sub']), N(r['carry']), N(r['other'])], 'funds table (%s) 总 = 小计 + 结转 + 其他' % k)
        ck.sum(N(r['sub']), [N(r['central']), N(r['prov']), N(r['city']), N(r['county'])],
               'funds table (%s) 小计 = 中央 + 省 + 市 + 县' % k)
    for c in SX_COLS:
        ck.diff(N(rows['5'][c]), N(rows['3'][c]), N(rows['4'][c]), 'funds table (5)=(3)-(4) %s' % c)
        for k, num in (('6', '3'), ('7', '4')):
            den = N(rows['2'][c])
            if den.v == 0:
                ck.zero(rows[k][c], 'funds table (%s) %s' % (k, c))
            else:
                ck.rate(N(rows[k][c]), N(rows[num][c]), den, 'funds table (%s) %s' % (k, c))
    return {k: {c: N(v) for c, v in r.items()} for k, r in rows.items()}


def m_sx(ck):
    ck.years()
    fr = sx_funds(ck)
    ini, adv, cty, cry = ck.ns(r'年初预算(-?[\d.]+%?)万元，含\d{4}年12月提前下达的中央资金(-?[\d.]+%?)万元、县级配套(-?[\d.]+%?)万元和上年结转(-?[\d.]+%?)万元')
    addc, addp = ck.ns(r'年内追加中央资金(-?[\d.]+%?)万元、省级资金(-?[\d.]+%?)万元')
    ck.sum(ini, [adv, cty, cry], '年初预算 build-up')
    ck.same(ini, fr['1']['total'], '年初预算 text vs table')
    ck.sum(fr['2']['total'], [ini, addc, addp], '全年预算 = 年初 + 追加')
    ck.sum(fr['2']['central'], [adv, addc], '中央资金 = 提前下达 + 追加')
    ck.same(addp, fr['2']['prov'], '省级资金 text vs table')
    ck.same(cry, fr['2']['carry'], '上年结转 text vs table')
    ck.same(ck.n(r'全年执行(-?[\d.]+%?)万元。'), fr['4']['total'], '执行数 text vs table')
    n, nr, nb, nw, inv0 = ck.ns(r'实施项目(\d+)个，其中道路硬化(\d+)个、便民桥(\d+)座、排洪渠及旱井(\d+)处，总投资(-?[\d.]+%?)万元')
    ck.sum(n, [nr, nb, nw], 'project count by type')
    km, more = ck.ns(r'硬化村内道路(-?[\d.]+%?)公里，比计划多(-?[\d.]+%?)公里')
    tkm = ck.n(r'硬化村内道路(-?[\d.]+%?)公里以上')
    ck.diff(more, km, tkm, 'km above plan', code='sum_mismatch')
    allp, done = ck.ns(r'(\d+)个项目中(\d+)个当年完工')
    ck.same(allp, n, 'project count')
    inv, aid, share = ck.ns(r'项目总投资(-?[\d.]+%?)万元，财政奖补(-?[\d.]+%?)万元，占(-?[\d.]+%?)。')
    ck.same(inv0, inv, 'total investment (overview vs outputs)')
    ck.rate(share, aid, inv, '奖补占比')
    ck.same(aid, fr['2']['sub'], '财政奖补 vs 财政资金小计')
    ppl = ck.n(r'项目受益人口(-?[\d.]+%?)万人，')
    lev = ck.ns(r'带动村民筹资(-?[\d.]+%?)万元、筹劳折资(-?[\d.]+%?)万元、村集体及社会投入(-?[\d.]+%?)万元，合计(-?[\d.]+%?)万元')
    ck.sum(lev[3], lev[:3], '带动投入')
    sat = ck.n(r'受益群众满意度(-?[\d.]+%?)，低于')
    ck.pct(sat, 'satisfaction in text')
    rows = [sx_row(ck, '硬化村内道路', '产出'), sx_row(ck, '新建（改建）便民桥', '产出'), sx_row(ck, '整治排洪渠及旱井', '产出'),
            sx_row(ck, '工程验收合格率', '产出'), sx_row(ck, '项目当年完工率', '产出'), sx_row(ck, '财政奖补占项目总投资比例', '产出'),
            sx_row(ck, '受益人口', '效益'), sx_row(ck, '带动村民筹资筹劳及社会投资', '效益'), sx_row(ck, '落实管护责任的项目比例', '效益'),
            sx_row(ck, '受益群众满意度', '满意度')]
    R = {r.name: r for r in rows}
    ex_m = ck.m(r'^预算执行指标 预算执行指标 预算执行率 (\S+) (\S+) (\S+) (\S+) (\S+)$')
    ex = dict(w=N(ex_m.group(1)), rate=N(ex_m.group(3)), s=N(ex_m.group(5)), spent=fr['4']['total'], budget=fr['2']['total'])
    ck.completion(N(ex_m.group(4)), ex_m.group(3), ex_m.group(2), 'execution completion')
    ck.same(ex['rate'], fr['7']['total'], 'execution rate 附件1 vs funds table')
    ck.rate(N(R['项目当年完工率'].actual), done, allp, '当年完工率')
    ck.same(N(R['财政奖补占项目总投资比例'].actual), share, '奖补占比 text vs table')
    ck.same(N(R['硬化村内道路'].actual), N(km.raw + '公里'), 'road km text vs table')
    ck.same(N(R['受益人口'].actual), ppl, 'beneficiaries text vs table')
    ck.same(N(R['带动村民筹资筹劳及社会投资'].actual), lev[3], '带动投入 text vs table')
    ck.same(N(R['受益群众满意度'].actual), sat, 'satisfaction text vs table')
    tw, tt = ck.ns(r'^合计 (\S+) (\S+)$')
    tp = ck.n(r'自评总得分(-?[\d.]+%?)分')
    lw = ck.ns(r'按照预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分分配权重')
    ls = ck.ns(r'其中预算执行得分(-?[\d.]+%?)分、产出指标得分(-?[\d.]+%?)分、效益指标得分(-?[\d.]+%?)分、满意度指标得分(-?[\d.]+%?)分')
    grade = ck.m(r'属于“(\S+?)”').group(1)
    g = ck.ns(r'硬化村内道路(\d+)公里以上，建设便民桥(\d+)座，整治排洪渠及旱井(\d+)处；财政奖补占总投资比例不超过(\d+%)；受益人口(-?[\d.]+)万人以上；'
              r'受益群众满意度(\d+%)以上')
    ck.targets(R, zip(['硬化村内道路', '新建（改建）便民桥', '整治排洪渠及旱井', '财政奖补占项目总投资比例', '受益人口', '受益群众满意度'], g))
    ck.same(N(R['受益群众满意度'].target), ck.n(r'低于(\d+%)的目标'), 'satisfaction target restated')
    ck.same(N(R['新建（改建）便民桥'].target), nb, 'bridges planned (overview) vs target')
    ck.same(N(R['整治排洪渠及旱井'].target), nw, 'water works planned (overview) vs target')
    ck.same(N(R['新建（改建）便民桥'].actual), ck.n(r'便民桥(\d+)座全部建成'), 'bridges built text vs table')
    ck.same(N(R['整治排洪渠及旱井'].actual), ck.n(r'排洪渠及旱井完成(\d+)处'), 'water works done text vs table')
    ww, rr = ck.ns(r'结余资金主要是(\d+)处旱井和(\d+)条道路未完工')
    ck.sum(allp, [done, ww, rr], 'projects = completed + unfinished')
    indicator_checks(ck, rows, ex, tw, [tt, tp], [grade],
                     level_w=dict(zip(['exec', '产出', '效益', '满意度'], lw)),
                     level_s=dict(zip(['exec', '产出', '效益', '满意度'], ls)))


def m_hn(ck):
    ck.years()
    f = funds_block(ck)
    intro = ck.n(r'一事一议财政奖补资金(-?[\d.]+%?)万元开展了绩效自评')
    ck.same(intro, f['annual'], 'amount evaluated (intro) vs 全年预算')
    cur, adv, prov, cty, cry = ck.ns(
        r'当年安排奖补资金(-?[\d.]+%?)万元，其中\d{4}年12月提前下达的中央农村综合改革转移支付资金(-?[\d.]+%?)万元、\d{4}年省级资金(-?[\d.]+%?)万元、'
        r'县级配套(-?[\d.]+%?)万元；另有\d{4}年结转资金(-?[\d.]+%?)万元')
    ck.sum(cur, [adv, prov, cty], '当年奖补 by source')
    ck.same(cur, f['cur'][1], '当年奖补 text vs table')
    ck.same(cry, f['cry'][1], '上年结转 text vs table')
    ck.sum(f['initial'], [adv, cty], '年初预算 = 提前下达中央 + 县级')
    rows7 = {}
    for k, lab, pat in (('1', '年初预算数', '1'), ('2', '全年预算数', '2'), ('3', '实际到位数', '3'), ('4', '全年执行数', '4'),
                        ('5', '结余结转', '5=3-4'), ('6', '资金到位率', '6=3/2'), ('7', '预算执行率', '7=4/2')):
        rows7[k] = ck.n(r'^' + lab + ' ' + re.escape(pat) + r' (\S+)$')
    ck.same(rows7['1'], f['initial'], '行次 table (1) vs 自评表')
    ck.same(rows7['2'], f['annual'], '行次 table (2) vs 自评表')
    ck.same(rows7['4'], f['spent'], '行次 table (4) vs 自评表')
    ck.diff(rows7['5'], rows7['3'], rows7['4'], '行次 (5)=(3)-(4)')
    ck.rate(rows7['6'], rows7['3'], rows7['2'], '行次 (6)=(3)/(2)')
    ck.rate(rows7['7'], rows7['4'], rows7['2'], '行次 (7)=(4)/(2)')
    ck.same(rows7['7'], f['rate'], '执行率 行次 table vs 自评表')
    v = ck.ns(r'全年实施项目(\d+)个，其中村内道路硬化(\d+)个、(-?[\d.]+%?)公里，奖补资金(-?[\d.]+%?)万元；小型桥梁(\d+)座，奖补资金(-?[\d.]+%?)万元；'
              r'小型水利(\d+)处（山塘清淤(\d+)口、渠道防渗(\d+)条），奖补资金(-?[\d.]+%?)万元。(\d+)个项目当年完工')
    n, nr, km, ar, nb, ab, nw, nw1, nw2, aw, done = v
    ck.sum(n, [nr, nb, nw], 'project count by type')
    ck.sum(nw, [nw1, nw2], 'water projects by kind')
    ck.sum(cur, [ar, ab, aw], '奖补 by type')
    inv, share = ck.ns(r'项目总投资(-?[\d.]+%?)万元，财政奖补占(-?[\d.]+%?)。')
    ck.rate(share, cur, inv, '奖补占比')
    pt = project_table(ck, ['村内道路硬化', '小型桥梁', '小型水利', '合计'],
                       ['n', 'scale', 'inv', 'aid', 'villagers', 'other'], 'inv', ['aid', 'villagers', 'other'], count_col='n')
    tot = pt['合计']
    ck.same(tot['inv'], inv, '总投资 text vs table')
    ck.same(tot['aid'], cur, '奖补 text vs table')
    ck.same(tot['n'], n, 'project count text vs table')
    for k, a in (('村内道路硬化', ar), ('小型桥梁', ab), ('小型水利', aw)):
        ck.same(pt[k]['aid'], a, '%s 奖补 text vs table' % k)
    cash, lab, oth = ck.ns(r'带动村民筹资(-?[\d.]+%?)万元、筹劳折资(-?[\d.]+%?)万元、村集体和社会捐赠(-?[\d.]+%?)万元')
    ck.sum(tot['villagers'], [cash, lab], '筹资筹劳 = 筹资 + 筹劳')
    ck.same(oth, tot['other'], '捐赠 text vs table')
    ppl = ck.n(r'受益人口(-?[\d.]+%?)万人。')
    sat, s1, s2 = ck.ns(r'受益群众满意度(-?[\d.]+%?)，其中对工程质量的满意度(-?[\d.]+%?)、对资金公示的满意度(-?[\d.]+%?)，')
    for s in (sat, s1, s2):
        ck.pct(s, 'satisfaction in text')
    care = ck.n(r'建后管护制度落实率(-?[\d.]+%?)，未达')
    rows = [mof_row(ck, '村内道路硬化', '产出'), mof_row(ck, '小型桥梁', '产出'), mof_row(ck, '小型水利设施', '产出'),
            mof_row(ck, '验收合格率', '产出'), mof_row(ck, '当年完工率', '产出'), mof_row(ck, '财政奖补占总投资比例', '产出'),
            mof_row(ck, '受益人口', '效益'), mof_row(ck, '带动村民筹资筹劳及社会投入', '效益'), mof_row(ck, '建后管护制度落实率', '效益'),
            mof_row(ck, '受益群众满意度', '满意度')]
    R = {r.name: r for r in rows}
    ck.rate(N(R['当年完工率'].actual), done, n, '当年完工率')
    ck.same(N(R['财政奖补占总投资比例'].actual), share, '奖补占比 text vs table')
    ck.sum(N(R['带动村民筹资筹劳及社会投入'].actual), [tot['villagers'], tot['other']], '带动投入')
    ck.sum(inv, [cur, N(R['带动村民筹资筹劳及社会投入'].actual)], '总投资 = 奖补 + 带动投入')
    ck.same(N(R['受益人口'].actual), ppl, 'beneficiaries text vs table')
    ck.same(N(R['受益群众满意度'].actual), sat, 'satisfaction text vs table')
    ck.same(N(R['建后管护制度落实率'].actual), care, '管护落实率 text vs table')
    ck.same(N(R['村内道路硬化'].actual), N(km.raw + '公里'), 'road km text vs table')
    tw, tt = ck.ns(r'^总分 (\S+) (\S+)$')
    tp = ck.n(r'项目自评得分(-?[\d.]+%?)分')
    grade = ck.m(r'评价等级为“(\S+?)”').group(1)
    g = ck.ns(r'硬化村内道路(\d+)公里、建设小型桥梁(\d+)座、整治小型水利设施(\d+)处；当年完工率(\d+%)以上；财政奖补占总投资比例不超过(\d+%)；'
              r'受益人口(\d+)万人以上；受益群众满意度(\d+%)以上')
    ck.targets(R, zip(['村内道路硬化', '小型桥梁', '小型水利设施', '当年完工率', '财政奖补占总投资比例', '受益人口', '受益群众满意度'], g))
    ck.same(N(R['建后管护制度落实率'].target), ck.n(r'未达(\d+%)的目标'), '管护 target restated')
    ck.same(N(R['小型桥梁'].actual), nb, 'bridges text vs table')
    ck.same(N(R['小型水利设施'].actual), nw, 'water works text vs table')
    for k, rn in (('村内道路硬化', '村内道路硬化'), ('小型桥梁', '小型桥梁'), ('小型水利', '小型水利设施')):
        ck.same(pt[k]['scale'], N(R[rn].actual), '%s scale project table vs 自评表' % k)
    ck.diff(ck.n(r'当年完工，另(\d+)个跨年'), n, done, 'projects carried into next year', code='sum_mismatch')
    indicator_checks(ck, rows, f, tw, [tt, tp], [grade])


MODELS = {
    'sc-ningnan-yishiyiyi-2018': (m_sc, 2018),
    'jx-dayu-yishiyiyi-2020': (m_jx, 2020),
    'hb-tuanfeng-yishiyiyi-2021': (m_hb, 2021),
    'sx-jixian-yishiyiyi-2023': (m_sx, 2023),
    'hn-dongan-yishiyiyi-2024': (m_hn, 2024),
}


def run_model(source, text):
    fn, year = MODELS[source]
    ck = Ck(text, year)
    fn(ck)
    return ck.out


# =====================================================================================================

def main():
    problems = []

    def fail(msg):
        problems.append(msg)
        print('FAIL', msg)

    labels = [json.loads(line) for line in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if line.strip()]
    by_case = {l['case']: l for l in labels}
    files = sorted(x for x in os.listdir(CASES) if x.endswith('.txt'))
    if sorted(by_case) != files:
        fail('labels and case files differ: %s' % (set(by_case) ^ set(files)))
    code_count = {c: 0 for c in CODES}
    for l in labels:
        if set(l) != {'case', 'source', 'clean', 'expected'}:
            fail('%s: keys %s' % (l['case'], sorted(l)))
        text = open(os.path.join(CASES, l['case']), encoding='utf-8').read()
        clean_text = open(os.path.join(CASES, l['source'] + '-clean.txt'), encoding='utf-8').read()
        if l['clean']:
            if l['expected']:
                fail('%s: clean case with labels' % l['case'])
            if text != clean_text:
                fail('%s: clean flag but differs' % l['case'])
            if not 2800 <= len(text) <= 3400:
                fail('%s: length %d outside 2800-3400' % (l['case'], len(text)))
            continue
        if len(l['expected']) != 1:
            fail('%s: expected exactly one label' % l['case'])
        # one contiguous short difference
        p = 0
        while p < min(len(text), len(clean_text)) and text[p] == clean_text[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean_text)) - p and text[-1 - s] == clean_text[-1 - s]:
            s += 1
        a, b = p, len(text) - s
        if text == clean_text or b - a > 30 or (len(clean_text) - s) - p > 30:
            fail('%s: difference [%d,%d) is not one short place' % (l['case'], a, b))
        for e in l['expected']:
            if set(e) != {'code', 'severity', 'value', 'explanation'}:
                fail('%s: label keys %s' % (l['case'], sorted(e)))
            if e['code'] not in CODES or e['severity'] != 'error':
                fail('%s: code/severity %s/%s' % (l['case'], e['code'], e['severity']))
            code_count[e['code']] = code_count.get(e['code'], 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(e['value']), text)]
            if not occ:
                fail('%s: value %r not in case' % (l['case'], e['value']))
            if len(occ) != 1:
                fail('%s: value %r occurs %d times' % (l['case'], e['value'], len(occ)))
            if not any(o < max(b, a + 1) and o + len(e['value']) > a for o in occ):
                fail('%s: value %r does not overlap the change [%d,%d)' % (l['case'], e['value'], a, b))
    for c, k in code_count.items():
        if k < 2:
            fail('code %s used %d times' % (c, k))

    # arithmetic
    for l in labels:
        text = open(os.path.join(CASES, l['case']), encoding='utf-8').read()
        try:
            out = run_model(l['source'], text)
        except ExtractError as ex:
            fail('%s: extraction failed: %s' % (l['case'], ex))
            continue
        failing = [(c, sev, msg) for c, sev, ok, msg in out if not ok]
        if l['clean']:
            for c, sev, msg in failing:
                fail('%s: clean draft fails %s (%s): %s' % (l['case'], c, sev, msg))
            print('%-45s %4d checks, all pass' % (l['case'], len(out)))
        else:
            want = {e['code'] for e in l['expected']}
            got = {c for c, sev, msg in failing if sev == 'error'}
            if got != want:
                fail('%s: expected %s, error-level failures %s: %s' % (l['case'], sorted(want), sorted(got),
                                                                     [m for c, s, m in failing]))
            else:
                print('%-45s fails %-22s %s' % (l['case'], ','.join(sorted(got)),
                                               '; '.join(m for c, s, m in failing if s == 'error')[:150]))
    print('codes:', ', '.join('%s=%d' % kv for kv in code_count.items()))
    if problems:
        print('%d problem(s)' % len(problems))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
