#!/usr/bin/env python3
"""Verify the n427 set (standard library only).

1. every label value occurs in its case; each error case differs from its clean draft in one contiguous place
   that overlaps the label value; each code of errors.md §A occurs >= 2 times;
2. redo the arithmetic of every draft: all checks pass on the clean drafts; on an error case the labelled code
   fails and no other error-level code fails.
Tolerance follows rules.md §8: a stated value with d decimals matches a computed c iff |c - v| <= 0.5*10^-d.
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
EPS = D('1e-9')
NUM = r'(\d+(?:\.\d+)?)'


class StructureError(Exception):
    pass


class Num:
    """A stated number: value, decimals as written, unit; money is normalised to 万元 in .wan."""

    def __init__(self, s, unit=''):
        s = s.strip().replace(',', '')
        m = re.fullmatch(r'(-?\d+(?:\.(\d+))?)(.*)', s)
        if not m:
            raise StructureError(f'not a number: {s!r}')
        self.raw = s
        self.v = D(m.group(1))
        self.d = len(m.group(2) or '')
        self.unit = (m.group(3) or unit).strip()
        self.money = self.unit in ('万元', '元')

    @property
    def wan(self):
        return self.v / 10000 if self.unit == '元' else self.v

    def scaled(self, k):
        n = Num.__new__(Num)
        n.__dict__.update(self.__dict__)
        n.v = self.v * k
        return n

    def __repr__(self):
        return self.raw


def tol(n):
    return D(5) * D(10) ** (-(n.d + 1)) + EPS


def near(c, n):
    """computed value c (万元 for money) agrees with stated Num n, judged in n's own unit and decimals."""
    c = D(c)
    if n.unit == '元':
        c = c * 10000
    return abs(c - n.v) <= tol(n)


def same(a, b):
    """two stated values of one quantity agree (at the coarser precision)."""
    if a.unit == b.unit or not (a.money and b.money):
        return abs(a.v - b.v) <= max(tol(a), tol(b))
    ta = tol(a) / (10000 if a.unit == '元' else 1)
    tb = tol(b) / (10000 if b.unit == '元' else 1)
    return abs(a.wan - b.wan) <= max(ta, tb)


def val(n):
    return n.wan if n.money else n.v


def pct(a, b):
    return D(val(a) if isinstance(a, Num) else a) / D(val(b) if isinstance(b, Num) else b) * 100


def grade(total):
    t = val(total)
    return '优' if t >= 90 else '良' if t >= 80 else '中' if t >= 60 else '差'


def one(text, pat):
    ms = list(re.finditer(pat, text))
    if len(ms) != 1:
        raise StructureError(f'{len(ms)} matches for {pat!r}')
    return ms[0]


def N(text, pat, g=1, unit=''):
    m = one(text, pat)
    return Num(m.group(g), unit)


def money(text, pat):
    """pattern with two groups: number, unit (万元|元)."""
    m = one(text, pat)
    return Num(m.group(1) + m.group(2))


def row(text, label):
    """cells of the tab-separated line starting with label (label cell excluded)."""
    ls = [l for l in text.split('\n') if l.split('\t')[0] == label]
    if len(ls) != 1:
        raise StructureError(f'{len(ls)} rows labelled {label!r}')
    return ls[0].split('\t')[1:]


def cell(c):
    c = c.strip()
    if c in ('', '—', '-'):
        return None
    return Num(c)


# ---------------------------------------------------------------- indicator tables

DIRS = {'≥': 'gte', '＞': 'gte', '>': 'gte', '>=': 'gte', '≤': 'lte', '＜': 'lte', '<': 'lte', '<=': 'lte',
        '=': 'eq', '＝': 'eq'}


def parse_measure(s, unit=''):
    s = s.strip()
    m = re.fullmatch(r'(≥|≤|＞|＜|>=|<=|=|＝)?\s*(\d+(?:\.\d+)?)\s*(.*)', s)
    if not m:
        return None, None
    return (DIRS[m.group(1)] if m.group(1) else None), Num(m.group(2), (m.group(3) or unit).strip())


def table(text):
    lines = text.split('\n')
    hs = [i for i, l in enumerate(lines) if '三级指标\t' in l]
    if len(hs) != 1:
        raise StructureError(f'{len(hs)} indicator headers')
    head = lines[hs[0]].split('\t')

    def col(*names):
        for nm in names:
            if nm in head:
                return head.index(nm)
        return None

    c = dict(name=col('三级指标'), target=col('年度指标值', '目标值', '指标值'), actual=col('实际完成值', '业绩值'),
             comp=col('完成率'), w=col('分值', '权重'), s=col('得分', '指标得分'), dir=col('指标性质'),
             unit=col('度量单位'), l1=col('一级指标'))
    rows, total = [], None
    for l in lines[hs[0] + 1:]:
        if not l.strip():
            break
        cells = l.split('\t')
        if cells[0] in ('合计', '总分'):
            nums = [Num(x) for x in cells[1:] if re.fullmatch(r'\d+(?:\.\d+)?', x.strip())]
            total = {'w': nums[-2], 's': nums[-1]}
            break
        r = {k: (cells[v] if v is not None and v < len(cells) else '') for k, v in c.items()}
        r['line'] = l
        rows.append(r)
    for r in rows:
        unit = r['unit'].strip() if c['unit'] is not None else ''
        if c['dir'] is not None:
            d = DIRS.get(r['dir'].strip())
            _, T = parse_measure(r['target'], unit)
        else:
            d, T = parse_measure(r['target'])
        _, A = parse_measure(r['actual'], unit)
        if T is not None and d is None:
            d = 'eq'
        r['d'], r['T'], r['A'] = d, T, A
        r['W'], r['S'] = Num(r['w']), Num(r['s'])
        r['C'] = cell(r['comp']) if r['comp'] else None
    return rows, total


def trow(rows, name):
    rs = [r for r in rows if r['name'] == name]
    if len(rs) != 1:
        raise StructureError(f'{len(rs)} table rows named {name!r}')
    return rs[0]


def table_checks(rows, total, extra_w=None, extra_s=None, total_has_extra=False, blocks=None):
    """generic checks of an indicator table; returns list of (code, message)."""
    out = []
    for r in rows:
        if r['S'].v > r['W'].v or r['S'].v < 0:
            out.append(('score_exceeds_weight', f"{r['name']}: score {r['S']} vs weight {r['W']}"))
        T, A = r['T'], r['A']
        if T is None or A is None:
            continue
        if T.unit != A.unit:
            out.append(('unit_mismatch', f"{r['name']}: target unit {T.unit!r}, actual unit {A.unit!r}"))
            continue
        if A.unit == '%' and ('率' in r['name'] or '满意度' in r['name']) and A.v > 100:
            out.append(('implausible_rate', f"{r['name']}: {A.raw}"))
        if r['C'] is None:
            continue
        if r['d'] == 'lte':
            comp = D(100) if A.v <= T.v else T.v / A.v * 100
        elif T.v == 0:
            comp = D(100) if A.v <= 0 else D(0)
        else:
            comp = A.v / T.v * 100
        if not near(comp, r['C']):
            out.append(('completion_mismatch', f"{r['name']}: stated {r['C']}, computed {comp:.4f}"))
    sw = sum(r['W'].v for r in rows)
    ss = sum(r['S'].v for r in rows)
    if total_has_extra:
        sw += extra_w.v
        ss += extra_s.v
    if total is not None:
        if not near(sw, total['w']):
            out.append(('weight_sum_mismatch', f'weights {sw} vs total row {total["w"]}'))
        if not near(ss, total['s']):
            out.append(('score_sum_mismatch', f'scores {ss} vs total row {total["s"]}'))
    full_w = sw + (extra_w.v if (extra_w is not None and not total_has_extra) else 0)
    if full_w != 100:
        out.append(('weight_sum_mismatch', f'all weights add up to {full_w}'))
    if blocks:
        for l1, stated in blocks.items():
            s = sum(r['S'].v for r in rows if r['l1'] == l1)
            if not near(s, stated):
                out.append(('score_sum_mismatch', f'{l1}: rows {s} vs stated {stated}'))
    return out


def tcmp(prose, cellnum, unit):
    """prose figure vs table 实际完成值 of the same indicator. unit: the prose unit (None: money, carried by the
    Num). A table value in another unit is not the same measure here (the table's unit check reports it)."""
    pu = prose.unit if unit is None else unit
    if cellnum.unit != pu:
        return True
    return same(prose, cellnum)


# ---------------------------------------------------------------- check machinery

class Ctx:
    def __init__(self, text):
        self.text = text
        self.f = {}
        self.checks = []   # (code, msg, fn, keys)
        self.direct = []   # (code, msg) failures found directly

    def __setitem__(self, k, v):
        self.f[k] = v

    def __getitem__(self, k):
        return self.f[k]

    def c(self, code, msg, fn, *keys):
        self.checks.append((code, msg, fn, keys))

    def run(self):
        fails = list(self.direct)
        for code, msg, fn, keys in self.checks:
            try:
                ok = fn(self.f)
            except ArithmeticError:
                ok = False
            if ok:
                continue
            # most specific explanation: an amount off by 10^4 (元 written as 万元, or the reverse)
            fixed = False
            for k in keys:
                n = self.f.get(k)
                if isinstance(n, Num) and n.money:
                    for s in (D('0.0001'), D(10000)):
                        g = dict(self.f)
                        g[k] = n.scaled(s)
                        try:
                            if fn(g):
                                fixed = True
                        except Exception:
                            pass
            fails.append(('unit_mismatch' if fixed else code, msg))
        return fails


def year_checks(x, year, text):
    for m in re.finditer(r'结转(?:至|到)?(\d{4})年', text):
        y = int(m.group(1))
        if y <= year:
            x.direct.append(('year_mismatch', f'carry-over to {y} in a {year} report'))
    for m in re.finditer(r'(\d{4})年12月提前下达', text):
        if int(m.group(1)) != year - 1:
            x.direct.append(('year_mismatch', f'advance issued {m.group(1)}-12 for {year}'))
    for m in re.finditer(r'截至(\d{4})年12月31日', text):
        if int(m.group(1)) != year:
            x.direct.append(('year_mismatch', f'figures as at {m.group(1)}-12-31 in a {year} report'))


# ---------------------------------------------------------------- per-draft arithmetic

def pingyao(t):
    x = Ctx(t)
    year = 2021
    if one(t, r'\n(\d{4})年度劳动人事争议仲裁办案经费项目绩效自评报告').group(1) != str(year):
        x.direct.append(('year_mismatch', 'title year'))
    year_checks(x, year, t)
    R = {k: [cell(c) for c in row(t, lab)[1:]] for k, lab in
         [(1, '年初预算资金'), (2, '全年预算资金'), (3, '实际到位资金'), (4, '全年执行资金'), (5, '资金结余'),
          (6, '预算到位率(%)'), (7, '预算执行率(%)')]}
    # columns: 0 total, 1 subtotal, 2 central, 3 prov, 4 city, 5 county, 6 carry, 7 other
    for k in (1, 2, 3, 4, 5):
        x.c('sum_mismatch', f'row {k} total = subtotal + carry + other',
            lambda f, k=k: near(val(R[k][1]) + val(R[k][6]) + val(R[k][7]), R[k][0]))
        x.c('sum_mismatch', f'row {k} subtotal = sum of levels',
            lambda f, k=k: near(sum(val(R[k][j]) for j in (2, 3, 4, 5)), R[k][1]))
    for j in range(8):
        x.c('balance_mismatch', f'(5)=(3)-(4) col {j}', lambda f, j=j: near(val(R[3][j]) - val(R[4][j]), R[5][j]))
        if R[2][j].v == 0:
            for k in (6, 7):
                if R[k][j] is not None and R[k][j].v != 0:
                    x.direct.append(('implausible_rate', f'rate row {k} col {j} on a zero base'))
        else:
            x.c('rate_mismatch', f'(6) col {j}', lambda f, j=j: near(pct(R[3][j], R[2][j]), R[6][j]))
            x.c('rate_mismatch', f'(7) col {j}', lambda f, j=j: near(pct(R[4][j], R[2][j]), R[7][j]))
    x['open'] = money(t, r'办案经费' + NUM + r'(万元)的使用')
    x['init'] = money(t, r'年初安排办案经费' + NUM + r'(万元)')
    x['prov'] = money(t, r'补助资金' + NUM + r'(万元)，')
    x['budget'] = money(t, r'全年预算资金合计' + NUM + r'(万元)')
    x['spent'] = money(t, r'全年执行' + NUM + r'(万元)')
    x['bal'] = money(t, r'年末结余' + NUM + r'(万元)')
    x.c('conflicting_values', 'opening amount = 全年预算', lambda f: same(f['open'], R[2][0]), 'open')
    x.c('conflicting_values', 'county initial', lambda f: same(f['init'], R[1][5]), 'init')
    x.c('conflicting_values', 'provincial', lambda f: same(f['prov'], R[2][3]), 'prov')
    x.c('conflicting_values', 'budget text/table', lambda f: same(f['budget'], R[2][0]), 'budget')
    x.c('sum_mismatch', 'init + prov = budget', lambda f: near(val(f['init']) + val(f['prov']), f['budget']),
        'init', 'prov', 'budget')
    x.c('conflicting_values', 'spent text/table', lambda f: same(f['spent'], R[4][0]), 'spent')
    x.c('conflicting_values', 'balance text/table', lambda f: same(f['bal'], R[5][0]), 'bal')
    x.c('balance_mismatch', 'balance = budget - spent', lambda f: near(val(f['budget']) - val(f['spent']), f['bal']),
        'budget', 'spent', 'bal')
    items = ['仲裁员办案补贴', '庭审设备及网络运维', '案卷印制及法律文书送达', '兼职仲裁员和调解员培训', '基层调解组织业务指导',
             '办公及差旅等其他支出']
    for i, it in enumerate(items):
        x[f'it{i}'] = money(t, it + NUM + r'(万元)')
    x.c('sum_mismatch', 'spending breakdown', lambda f: near(sum(val(f[f'it{i}']) for i in range(6)), f['spent']),
        'spent', *[f'it{i}' for i in range(6)])
    x['acc'] = N(t, r'全年共受理劳动人事争议案件(\d+)件')
    x['acc0'] = N(t, r'2020年为(\d+)件')
    x['yoy'] = N(t, r'同比增长' + NUM + r'%（2020年')
    x.c('rate_mismatch', '案件同比', lambda f: near(pct(f['acc'], f['acc0']) - 100, f['yoy']))
    m = one(t, r'分别为(\d+)件、(\d+)件、(\d+)件、(\d+)件、(\d+)件')
    x.c('sum_mismatch', 'case types', lambda f: near(sum(D(g) for g in m.groups()), f['acc']))
    x['closed'] = N(t, r'全年审结案件(\d+)件')
    x['crate'] = N(t, r'结案率' + NUM + '%。')
    x.c('rate_mismatch', '结案率', lambda f: near(pct(f['closed'], f['acc']), f['crate']))
    x['med'] = N(t, r'以调解方式结案(\d+)件')
    x['medr'] = N(t, r'调解成功率' + NUM + '%')
    x.c('rate_mismatch', '调解成功率', lambda f: near(pct(f['med'], f['closed']), f['medr']))
    x['inl'] = N(t, r'在法定审限内审结(\d+)件')
    x['inlr'] = N(t, r'占结案数的' + NUM + '%')
    x.c('rate_mismatch', '审限内', lambda f: near(pct(f['inl'], f['closed']), f['inlr']))
    x['late'] = N(t, r'(\d+)件因委托鉴定')
    x.c('sum_mismatch', 'closed - in limit = late', lambda f: near(f['closed'].v - f['inl'].v, f['late']))
    m3 = one(t, r'三个仲裁庭分别审结(\d+)件、(\d+)件、(\d+)件，平均每庭' + NUM + '件')
    x.c('sum_mismatch', 'courts sum', lambda f: near(sum(D(g) for g in m3.groups()[:3]), f['closed']))
    x.c('average_mismatch', 'courts average', lambda f: near(sum(D(g) for g in m3.groups()[:3]) / 3, Num(m3.group(4))))
    x['per'] = money(t, r'每结案一件' + NUM + r'(元)')
    x['paid'] = money(t, r'全年计发' + NUM + r'(万元)')
    x.c('sum_mismatch', '400元 x 471件', lambda f: near(val(f['per']) * f['closed'].v, f['paid']), 'per', 'paid')
    x.c('conflicting_values', 'subsidy paid = breakdown', lambda f: same(f['paid'], f['it0']), 'paid', 'it0')
    x['rec'] = money(t, r'经济补偿等' + NUM + r'(万元)')
    x['rec0'] = money(t, r'较上年的' + NUM + r'(万元)')
    x['recy'] = N(t, r'万元增长' + NUM + '%')
    x.c('rate_mismatch', '追回同比', lambda f: near(pct(f['rec'], f['rec0']) - 100, f['recy']), 'rec', 'rec0')
    x['sat'] = N(t, r'当事人满意度' + NUM + '%。')
    x['total'] = N(t, r'总得分' + NUM + '分')
    g = one(t, r'评价等级为“(.)”').group(1)
    x.c('grade_mismatch', 'grade', lambda f: grade(f['total']) == g)
    rows, total = table(t)
    x.direct += table_checks(rows, total)
    goal = one(t, r'2\.项目年度目标：[^\n]*').group(0)
    for pat, name in [(r'受理案件不少于(\d+)件', '受理劳动人事争议案件数'), (r'结案率不低于' + NUM + '%', '仲裁结案率'),
                      (r'审限内结案率达到' + NUM + '%', '审限内结案率'), (r'不少于' + NUM + '万元', '为劳动者追回经济损失'),
                      (r'满意度' + NUM + '%以上', '当事人满意度')]:
        n = N(goal, pat)
        x.c('conflicting_values', f'goal target {name}', lambda f, n=n, name=name: n.v == trow(rows, name)['T'].v)
    ex = trow(rows, '预算执行率')
    x.c('conflicting_values', 'execution rate funds/indicator', lambda f: same(ex['A'], R[7][0]))
    x.c('conflicting_values', 'total text/table', lambda f: same(f['total'], total['s']))
    for key, name, u in [('acc', '受理劳动人事争议案件数', '件'), ('crate', '仲裁结案率', '%'), ('inlr', '审限内结案率', '%'),
                         ('rec', '为劳动者追回经济损失', None), ('medr', '案件调解成功率', '%'), ('sat', '当事人满意度', '%'),
                         ('per', '每件案件办案补贴', None)]:
        x.c('conflicting_values', f'{name} text/table',
            lambda f, key=key, name=name, u=u: tcmp(f[key], trow(rows, name)['A'], u),
            key)
    return x.run()


def tianmen(t):
    x = Ctx(t)
    year = 2020
    if one(t, r'\n(\d{4})年度工伤认定及劳动能力鉴定工作经费').group(1) != str(year):
        x.direct.append(('year_mismatch', 'title year'))
    year_checks(x, year, t)
    F = {k: [cell(c) for c in row(t, lab)] for k, lab in
         [('tot', '年度资金总额'), ('cur', '其中：当年财政拨款'), ('car', '上年结转资金'), ('oth', '其他资金')]}
    # columns: 0 年初 1 全年 2 执行 3 分值 4 执行率 5 得分
    for j in (0, 1, 2):
        x.c('sum_mismatch', f'funds col {j}',
            lambda f, j=j: near(val(F['cur'][j]) + val(F['car'][j]) + val(F['oth'][j]), F['tot'][j]))
    for k in ('tot', 'cur', 'car', 'oth'):
        if F[k][1].v == 0:
            if F[k][4] is not None and F[k][4].v != 0:
                x.direct.append(('implausible_rate', f'{k}: rate on a zero budget'))
        elif F[k][4] is not None:
            x.c('rate_mismatch', f'{k} 执行率', lambda f, k=k: near(pct(F[k][2], F[k][1]), F[k][4]))
    x['init'] = money(t, r'年初预算' + NUM + r'(万元)，其中')
    x['city'] = money(t, r'市级财政安排' + NUM + r'(万元)')
    x['prov'] = money(t, r'劳动能力鉴定补助资金' + NUM + r'(万元)')
    x['carry'] = money(t, r'上年结转资金' + NUM + r'(万元)。')
    x['cut'] = money(t, r'调减市级资金' + NUM + r'(万元)')
    x['budget'] = money(t, r'调整后全年预算' + NUM + r'(万元)')
    x.c('sum_mismatch', 'initial = city + prov + carry',
        lambda f: near(val(f['city']) + val(f['prov']) + val(f['carry']), f['init']), 'init', 'city', 'prov', 'carry')
    x.c('sum_mismatch', 'city + prov = 当年财政拨款 年初', lambda f: near(val(f['city']) + val(f['prov']), F['cur'][0]),
        'city', 'prov')
    x.c('sum_mismatch', 'initial - cut = annual', lambda f: near(val(f['init']) - val(f['cut']), f['budget']),
        'init', 'cut', 'budget')
    x.c('sum_mismatch', '当年财政拨款 年初 - cut = 全年', lambda f: near(val(F['cur'][0]) - val(f['cut']), F['cur'][1]), 'cut')
    x.c('conflicting_values', 'initial text/table', lambda f: same(f['init'], F['tot'][0]), 'init')
    x.c('conflicting_values', 'annual text/table', lambda f: same(f['budget'], F['tot'][1]), 'budget')
    x.c('conflicting_values', 'carry text/table', lambda f: same(f['carry'], F['car'][1]), 'carry')
    x['carry2'] = money(t, r'上年结转资金' + NUM + r'(万元)已全部使用')
    x.c('conflicting_values', 'carry-over twice', lambda f: same(f['carry'], f['carry2']), 'carry', 'carry2')
    x['ew'] = N(t, r'预算执行率占(\d+)分')
    x['rw'] = N(t, r'其余(\d+)分')
    x.c('weight_sum_mismatch', 'stated weights 20 + 80', lambda f: f['ew'].v + f['rw'].v == 100)
    x['spent'] = money(t, r'全年实际支出' + NUM + r'(万元)')
    x['erate'] = N(t, r'全年实际支出[\d.]+万元，预算执行率' + NUM + '%')
    x['curspent'] = money(t, r'当年财政拨款支出' + NUM + r'(万元)')
    x.c('rate_mismatch', '执行率 text', lambda f: near(pct(f['spent'], f['budget']), f['erate']), 'spent', 'budget')
    x.c('conflicting_values', 'spent text/table', lambda f: same(f['spent'], F['tot'][2]), 'spent')
    x.c('conflicting_values', '执行率 text/table', lambda f: same(f['erate'], F['tot'][4]))
    x.c('conflicting_values', 'current spent text/table', lambda f: same(f['curspent'], F['cur'][2]), 'curspent')
    items = ['鉴定专家劳务费', '鉴定体检及辅助检查费', '工伤认定调查取证差旅费', '鉴定场所及信息系统维护费', '文书印制及送达费',
             '业务培训费']
    for i, it in enumerate(items):
        x[f'it{i}'] = money(t, it + NUM + r'(万元)')
    x.c('sum_mismatch', 'spending breakdown', lambda f: near(sum(val(f[f'it{i}']) for i in range(6)), f['spent']),
        'spent', *[f'it{i}' for i in range(6)])
    x['per'] = money(t, r'按每人次' + NUM + r'(元)')
    x['ppl'] = N(t, r'元、(\d+)人次结算')
    x.c('sum_mismatch', '250元 x 698人次', lambda f: near(val(f['per']) * f['ppl'].v, f['it0']), 'per', 'it0')
    x['left'] = money(t, r'未支出的' + NUM + r'(万元)')
    x.c('balance_mismatch', 'unspent = budget - spent', lambda f: near(val(f['budget']) - val(f['spent']), f['left']),
        'budget', 'spent', 'left')
    x['acc'] = N(t, r'全年受理工伤认定申请(\d+)件')
    x['acc0'] = N(t, r'2019年为(\d+)件')
    x['yoy'] = N(t, r'同比下降' + NUM + '%')
    x.c('rate_mismatch', '申请同比', lambda f: near(100 - pct(f['acc'], f['acc0']), f['yoy']))
    x['yes'] = N(t, r'认定工伤（含视同工伤）决定(\d+)件')
    x['no'] = N(t, r'不予认定工伤决定(\d+)件')
    x['stop'] = N(t, r'另有(\d+)件因需等待')
    x.c('sum_mismatch', 'applications by outcome', lambda f: near(f['yes'].v + f['no'].v + f['stop'].v, f['acc']))
    x['concl'] = N(t, r'全年共作出工伤认定结论(\d+)件')
    x.c('sum_mismatch', 'conclusions = yes + no', lambda f: near(f['yes'].v + f['no'].v, f['concl']))
    x['crate'] = N(t, r'结案率' + NUM + '%')
    x.c('rate_mismatch', '结案率', lambda f: near(pct(f['concl'], f['acc']), f['crate']))
    x['inl'] = N(t, r'时限内作出的(\d+)件')
    x['inlr'] = N(t, r'时限内作出的\d+件，占' + NUM + '%')
    x.c('rate_mismatch', '时限内比例', lambda f: near(pct(f['inl'], f['concl']), f['inlr']))
    x['late'] = N(t, r'(\d+)件因调查取证困难超期')
    x.c('sum_mismatch', 'conclusions - in limit = late', lambda f: near(f['concl'].v - f['inl'].v, f['late']))
    x['web'] = N(t, r'网上申办的(\d+)件')
    x['webr'] = N(t, r'占受理总数的' + NUM + '%')
    x.c('rate_mismatch', '网上申办率', lambda f: near(pct(f['web'], f['acc']), f['webr']))
    x['jd'] = N(t, r'受理劳动能力鉴定申请(\d+)人次')
    m = one(t, r'分别为(\d+)人次、(\d+)人次、(\d+)人次')
    x.c('sum_mismatch', 'appraisal types', lambda f: near(sum(D(g) for g in m.groups()), f['jd']))
    x['jdc'] = N(t, r'全年作出鉴定结论(\d+)人次')
    x['jdl'] = N(t, r'其余(\d+)人次')
    x.c('sum_mismatch', 'appraisals done + left', lambda f: near(f['jdc'].v + f['jdl'].v, f['jd']))
    x.c('conflicting_values', 'appraisals paid = done', lambda f: same(f['ppl'], f['jdc']))
    x['ben'] = money(t, r'工伤保险待遇' + NUM + r'(万元)')
    x['ben0'] = money(t, r'较2019年的' + NUM + r'(万元)')
    x['beny'] = N(t, r'万元增长' + NUM + '%')
    x.c('rate_mismatch', '待遇同比', lambda f: near(pct(f['ben'], f['ben0']) - 100, f['beny']), 'ben', 'ben0')
    mq = one(t, r'满意度分别为' + NUM + '%、' + NUM + '%、' + NUM + '%、' + NUM + '%，全年平均' + NUM + '%')
    x['sat'] = Num(mq.group(5))
    x.c('average_mismatch', 'quarterly average', lambda f: near(sum(D(g) for g in mq.groups()[:4]) / 4, f['sat']))
    x['total'] = N(t, r'本项目自评得分' + NUM + '分')
    g = one(t, r'评价等级为“(.)”').group(1)
    x.c('grade_mismatch', 'grade', lambda f: grade(f['total']) == g)
    rows, total = table(t)
    x.direct += table_checks(rows, total)
    goal = one(t, r'（三）绩效目标\n[^\n]*').group(0)
    for pat, name in [(r'申请不少于(\d+)件', '工伤认定申请受理件数'), (r'鉴定不少于(\d+)人次', '劳动能力鉴定人次'),
                      (r'撤销不超过(\d+)件', '工伤认定决定被复议或诉讼撤销件数'), (r'满意度达到' + NUM + '%以上', '工伤职工及用人单位满意度')]:
        n = N(goal, pat)
        x.c('conflicting_values', f'goal target {name}', lambda f, n=n, name=name: n.v == trow(rows, name)['T'].v)
    ex = trow(rows, '预算执行率')
    x.c('conflicting_values', 'execution rate funds/indicator', lambda f: same(ex['A'], F['tot'][4]))
    x.c('conflicting_values', 'execution weight funds/indicator', lambda f: same(ex['W'], F['tot'][3]))
    x.c('conflicting_values', 'execution weight text/table', lambda f: same(f['ew'], ex['W']))
    x.c('conflicting_values', 'execution score funds/indicator', lambda f: same(ex['S'], F['tot'][5]))
    x.c('conflicting_values', 'total text/table', lambda f: same(f['total'], total['s']))
    for key, name, u in [('acc', '工伤认定申请受理件数', '件'), ('jd', '劳动能力鉴定人次', '人次'),
                         ('inlr', '法定时限内作出认定决定比例', '%'), ('per', '劳动能力鉴定人均专家劳务费', None),
                         ('ben', '工伤职工享受工伤保险待遇金额', None), ('webr', '工伤认定网上申办率', '%'),
                         ('sat', '工伤职工及用人单位满意度', '%')]:
        x.c('conflicting_values', f'{name} text/table',
            lambda f, key=key, name=name, u=u: tcmp(f[key], trow(rows, name)['A'], u),
            key)
    return x.run()


def jiangyou(t):
    x = Ctx(t)
    year = 2023
    if one(t, r'^江油市劳动人事争议仲裁院(\d{4})年度部门整体').group(1) != str(year):
        x.direct.append(('year_mismatch', 'title year'))
    year_checks(x, year, t)
    F = {k: [cell(c) for c in row(t, lab)] for k, lab in
         [('tot', '年度资金总额'), ('fin', '其中：财政资金'), ('sp', '财政专户管理资金'), ('unit', '单位资金'), ('oth', '其他资金')]}
    for j in (0, 1, 2):
        x.c('sum_mismatch', f'funds col {j}',
            lambda f, j=j: near(sum(val(F[k][j]) for k in ('fin', 'sp', 'unit', 'oth')), F['tot'][j]))
    for k in F:
        if F[k][1].v == 0:
            if F[k][4] is not None and F[k][4].v != 0:
                x.direct.append(('implausible_rate', f'{k}: rate on a zero budget'))
        elif F[k][4] is not None:
            x.c('rate_mismatch', f'{k} 执行率', lambda f, k=k: near(pct(F[k][2], F[k][1]), F[k][4]))
    x['init'] = money(t, r'部门年初预算' + NUM + r'(万元)')
    x['basic'] = money(t, r'财政拨款，其中基本支出' + NUM + r'(万元)（人员经费')
    x['staff'] = money(t, r'（人员经费' + NUM + r'(万元)、公用经费[\d.]+万元），项目支出')
    x['pub'] = money(t, r'公用经费' + NUM + r'(万元)），项目支出')
    x['proj0'] = money(t, r'项目支出' + NUM + r'(万元)。年中')
    x['add'] = money(t, r'智慧仲裁庭建设补助资金' + NUM + r'(万元)')
    x['budget'] = money(t, r'调整后全年预算' + NUM + r'(万元)')
    x['proj'] = money(t, r'调整后项目支出预算' + NUM + r'(万元)')
    x.c('sum_mismatch', 'staff + public = basic', lambda f: near(val(f['staff']) + val(f['pub']), f['basic']),
        'staff', 'pub', 'basic')
    x.c('sum_mismatch', 'basic + project = initial', lambda f: near(val(f['basic']) + val(f['proj0']), f['init']),
        'basic', 'proj0', 'init')
    x.c('sum_mismatch', 'initial + added = annual', lambda f: near(val(f['init']) + val(f['add']), f['budget']),
        'init', 'add', 'budget')
    x.c('sum_mismatch', 'project initial + added = project annual',
        lambda f: near(val(f['proj0']) + val(f['add']), f['proj']), 'proj0', 'add', 'proj')
    x.c('sum_mismatch', 'basic + project annual = annual', lambda f: near(val(f['basic']) + val(f['proj']), f['budget']),
        'basic', 'proj', 'budget')
    items = ['劳动人事争议仲裁办案经费', '欠薪争议速裁专项', '智慧仲裁庭建设', '兼职仲裁员及调解员培训']
    for i, it in enumerate(items):
        x[f'it{i}'] = money(t, it + NUM + r'(万元)[、。]')
    x.c('sum_mismatch', 'project items', lambda f: near(sum(val(f[f'it{i}']) for i in range(4)), f['proj']),
        'proj', *[f'it{i}' for i in range(4)])
    x.c('conflicting_values', 'added = 智慧仲裁庭 item', lambda f: same(f['add'], f['it2']), 'add', 'it2')
    x.c('conflicting_values', 'initial text/table', lambda f: same(f['init'], F['tot'][0]), 'init')
    x.c('conflicting_values', 'annual text/table', lambda f: same(f['budget'], F['tot'][1]), 'budget')
    x['spent'] = money(t, r'全年支出' + NUM + r'(万元)')
    x['erate'] = N(t, r'全年支出[\d.]+万元，预算执行率' + NUM + '%')
    x.c('rate_mismatch', '执行率 text', lambda f: near(pct(f['spent'], f['budget']), f['erate']), 'spent', 'budget')
    x.c('conflicting_values', 'spent text/table', lambda f: same(f['spent'], F['tot'][2]), 'spent')
    x.c('conflicting_values', '执行率 text/table', lambda f: same(f['erate'], F['tot'][4]))
    x['bspent'] = money(t, r'%。其中基本支出' + NUM + r'(万元)')
    x['sspent'] = money(t, r'%。其中基本支出[\d.]+万元（人员经费' + NUM + r'(万元)')
    x['pspent'] = money(t, r'公用经费' + NUM + r'(万元)），执行率')
    x['brate'] = N(t, r'），执行率' + NUM + '%')
    x['prspent'] = money(t, r'；项目支出' + NUM + r'(万元)')
    x['prrate'] = N(t, r'项目支出执行率' + NUM + '%')
    x.c('sum_mismatch', 'basic spent = staff + public', lambda f: near(val(f['sspent']) + val(f['pspent']), f['bspent']),
        'sspent', 'pspent', 'bspent')
    x.c('sum_mismatch', 'spent = basic + project', lambda f: near(val(f['bspent']) + val(f['prspent']), f['spent']),
        'bspent', 'prspent', 'spent')
    x.c('rate_mismatch', 'basic rate', lambda f: near(pct(f['bspent'], f['basic']), f['brate']), 'bspent', 'basic')
    x.c('rate_mismatch', 'project rate', lambda f: near(pct(f['prspent'], f['proj']), f['prrate']), 'prspent', 'proj')
    x['bal'] = money(t, r'年末结余' + NUM + r'(万元)')
    x.c('balance_mismatch', 'balance = annual - spent', lambda f: near(val(f['budget']) - val(f['spent']), f['bal']),
        'budget', 'spent', 'bal')
    x['per'] = money(t, r'按每件' + NUM + r'(元)标准')
    x['closed'] = N(t, r'全年审结(\d+)件，共计')
    x['paid'] = money(t, r'共计发放' + NUM + r'(万元)')
    x.c('sum_mismatch', '300元 x 921件', lambda f: near(val(f['per']) * f['closed'].v, f['paid']), 'per', 'paid')
    x['acc'] = N(t, r'共受理劳动人事争议案件(\d+)件')
    x['acc0'] = N(t, r'较2022年的(\d+)件')
    x['yoy'] = N(t, r'件增长' + NUM + '%')
    x.c('rate_mismatch', '案件同比', lambda f: near(pct(f['acc'], f['acc0']) - 100, f['yoy']))
    m = one(t, r'分别为(\d+)件、(\d+)件、(\d+)件、(\d+)件、(\d+)件')
    x.c('sum_mismatch', 'case types', lambda f: near(sum(D(g) for g in m.groups()), f['acc']))
    x['fast'] = N(t, r'适用速裁程序办结(\d+)件')
    x['days'] = N(t, r'速裁案件平均审理' + NUM + '天')
    x['closed2'] = N(t, r'全年审结案件(\d+)件')
    x.c('conflicting_values', 'closed twice', lambda f: same(f['closed'], f['closed2']))
    x['crate'] = N(t, r'结案率' + NUM + '%')
    x.c('rate_mismatch', '结案率', lambda f: near(pct(f['closed2'], f['acc']), f['crate']))
    x['med'] = N(t, r'以调解方式结案(\d+)件')
    x['medr'] = N(t, r'调解成功率' + NUM + '%')
    x.c('rate_mismatch', '调解成功率', lambda f: near(pct(f['med'], f['closed2']), f['medr']))
    x['arb'] = N(t, r'(\d+)名专职仲裁员人均')
    x['arb2'] = N(t, r'其中专职仲裁员(\d+)名')
    x['avg'] = N(t, r'人均审结' + NUM + '件')
    x.c('average_mismatch', '人均审结', lambda f: near(f['closed2'].v / f['arb'].v, f['avg']))
    x.c('conflicting_values', 'arbitrators twice', lambda f: same(f['arb'], f['arb2']))
    x['rec'] = money(t, r'挽回经济损失' + NUM + r'(万元)')
    x['rec0'] = money(t, r'2022年为' + NUM + r'(万元)')
    x['recy'] = N(t, r'同比增长' + NUM + '%')
    x.c('rate_mismatch', '挽回同比', lambda f: near(pct(f['rec'], f['rec0']) - 100, f['recy']), 'rec', 'rec0')
    x['courts'] = N(t, r'智慧仲裁庭(\d+)个已于')
    x['sat'] = N(t, r'当事人满意度' + NUM + '%')
    x['ew'] = N(t, r'预算执行情况(\d+)分，得')
    x['es'] = N(t, r'预算执行情况\d+分，得' + NUM + '分')
    x['iw'] = N(t, r'绩效指标(\d+)分，得')
    x['is'] = N(t, r'绩效指标\d+分，得' + NUM + '分')
    x['total'] = N(t, r'自评得分' + NUM + '分')
    g = one(t, r'自评得分[\d.]+分，等级为(.)。').group(1)
    x.c('grade_mismatch', 'grade', lambda f: grade(f['total']) == g)
    x.c('score_sum_mismatch', 'execution + indicators = total', lambda f: near(f['es'].v + f['is'].v, f['total']))
    x.c('weight_sum_mismatch', 'stated weights add to 100', lambda f: f['ew'].v + f['iw'].v == 100)
    x.c('conflicting_values', 'execution weight text/table', lambda f: same(f['ew'], F['tot'][3]))
    x.c('conflicting_values', 'execution score text/table', lambda f: same(f['es'], F['tot'][5]))
    x['ded1'] = N(t, r'扣' + NUM + '分；预算')
    x['ded2'] = N(t, r'结转扣' + NUM + '分')
    rows, total = table(t)
    x.direct += table_checks(rows, total, extra_w=F['tot'][3], extra_s=F['tot'][5])
    x.c('conflicting_values', 'indicator weights text/table', lambda f: same(f['iw'], total['w']))
    x.c('score_sum_mismatch', 'indicator scores text/table', lambda f: same(f['is'], total['s']))
    med_row = trow(rows, '案件调解成功率')
    x.c('score_sum_mismatch', '调解 deduction', lambda f: near(med_row['W'].v - med_row['S'].v, f['ded1']))
    x.c('score_sum_mismatch', 'execution deduction', lambda f: near(F['tot'][3].v - F['tot'][5].v, f['ded2']))
    for key, name, u in [('acc', '受理劳动人事争议案件', '件'), ('fast', '速裁程序办结案件', '件'), ('crate', '仲裁结案率', '%'),
                         ('days', '速裁案件平均审理天数', '天'), ('rec', '为劳动者挽回经济损失', None),
                         ('medr', '案件调解成功率', '%'), ('courts', '智慧仲裁庭建成投用', '个'), ('sat', '当事人满意度', '%'),
                         ('pspent', '公用经费支出', None)]:
        x.c('conflicting_values', f'{name} text/table',
            lambda f, key=key, name=name, u=u: tcmp(f[key], trow(rows, name)['A'], u), key)
    x.c('conflicting_values', '公用经费 target = budget', lambda f: same(f['pub'], trow(rows, '公用经费支出')['T']), 'pub')
    return x.run()


def lianyuan(t):
    x = Ctx(t)
    year = 2019
    if one(t, r'\n(\d{4})年度劳动人事争议调解仲裁专项资金绩效自评报告').group(1) != str(year):
        x.direct.append(('year_mismatch', 'title year'))
    if one(t, r'年度：(\d{4})年').group(1) != str(year):
        x.direct.append(('year_mismatch', 'table year'))
    year_checks(x, year, t)
    F = {k: [cell(c) for c in row(t, lab)] for k, lab in
         [('tot', '年度资金总额'), ('cur', '其中：当年财政拨款'), ('car', '上年结转资金'), ('oth', '其他资金')]}
    for j in (0, 1, 2):
        x.c('sum_mismatch', f'funds col {j}',
            lambda f, j=j: near(val(F['cur'][j]) + val(F['car'][j]) + val(F['oth'][j]), F['tot'][j]))
    for k in F:
        if F[k][1].v == 0:
            if F[k][4] is not None and F[k][4].v != 0:
                x.direct.append(('implausible_rate', f'{k}: rate on a zero budget'))
        elif F[k][4] is not None:
            x.c('rate_mismatch', f'{k} 执行率', lambda f, k=k: near(pct(F[k][2], F[k][1]), F[k][4]))
    x['budget'] = money(t, r'全年预算' + NUM + r'(万元)，由三部分')
    x['prov'] = money(t, r'补助资金' + NUM + r'(万元)（2018年')
    x['city'] = money(t, r'市本级财政安排' + NUM + r'(万元)')
    x['carry'] = money(t, r'2018年结转资金' + NUM + r'(万元)')
    x.c('sum_mismatch', 'budget = prov + city + carry',
        lambda f: near(val(f['prov']) + val(f['city']) + val(f['carry']), f['budget']), 'budget', 'prov', 'city', 'carry')
    x.c('sum_mismatch', 'prov + city = 当年财政拨款', lambda f: near(val(f['prov']) + val(f['city']), F['cur'][1]),
        'prov', 'city')
    x.c('conflicting_values', 'budget text/table', lambda f: same(f['budget'], F['tot'][1]), 'budget')
    x.c('conflicting_values', 'carry text/table', lambda f: same(f['carry'], F['car'][1]), 'carry')
    x.c('sum_mismatch', '未作调整: 年初 = 全年', lambda f: same(F['tot'][0], F['tot'][1]))
    x['spent'] = money(t, r'实际支出' + NUM + r'(万元)')
    x['erate'] = N(t, r'实际支出[\d.]+万元，预算执行率' + NUM + '%')
    x.c('rate_mismatch', '执行率 text', lambda f: near(pct(f['spent'], f['budget']), f['erate']), 'spent', 'budget')
    x.c('conflicting_values', 'spent text/table', lambda f: same(f['spent'], F['tot'][2]), 'spent')
    x.c('conflicting_values', '执行率 text/table', lambda f: same(f['erate'], F['tot'][4]))
    items = ['乡镇调解中心规范化建设补助', '仲裁办案补助', '标准化仲裁庭设备购置', '案件送达及公告费', '业务培训费', '办公及其他费用']
    for i, it in enumerate(items):
        x[f'it{i}'] = money(t, it + NUM + r'(万元)')
    x.c('sum_mismatch', 'spending breakdown', lambda f: near(sum(val(f[f'it{i}']) for i in range(6)), f['spent']),
        'spent', *[f'it{i}' for i in range(6)])
    x['per'] = money(t, r'按每结案一件' + NUM + r'(元)')
    x['pcs'] = N(t, r'元，共(\d+)件')
    x.c('sum_mismatch', '200元 x 604件', lambda f: near(val(f['per']) * f['pcs'].v, f['it1']), 'per', 'it1')
    x['bal'] = money(t, r'年末结余' + NUM + r'(万元)')
    x.c('balance_mismatch', 'balance = budget - spent', lambda f: near(val(f['budget']) - val(f['spent']), f['bal']),
        'budget', 'spent', 'bal')
    x['acc'] = N(t, r'全年受理劳动人事争议案件(\d+)件')
    x['acc0'] = N(t, r'2018年为(\d+)件')
    x['yoy'] = N(t, r'同比增长' + NUM + '%（2018年为\d+件')
    x.c('rate_mismatch', '案件同比', lambda f: near(pct(f['acc'], f['acc0']) - 100, f['yoy']))
    m = one(t, r'案件分别为(\d+)件、(\d+)件')
    x.c('sum_mismatch', 'case types', lambda f: near(sum(D(g) for g in m.groups()), f['acc']))
    x['closed'] = N(t, r'全年结案(\d+)件')
    x.c('conflicting_values', 'closed = paid cases', lambda f: same(f['closed'], f['pcs']))
    x['crate'] = N(t, r'全年结案\d+件，结案率' + NUM + '%')
    x.c('rate_mismatch', '结案率', lambda f: near(pct(f['closed'], f['acc']), f['crate']))
    x['inl'] = N(t, r'审限内结案(\d+)件')
    x['inlr'] = N(t, r'审限内结案\d+件，审限内结案率' + NUM + '%')
    x.c('rate_mismatch', '审限内结案率', lambda f: near(pct(f['inl'], f['closed']), f['inlr']))
    x['late'] = N(t, r'(\d+)件因委托鉴定延期')
    x.c('sum_mismatch', 'closed - in limit = late', lambda f: near(f['closed'].v - f['inl'].v, f['late']))
    mg = one(t, r'分别补助' + NUM + '万元、' + NUM + '万元、' + NUM + '万元、' + NUM + '万元，平均每个' + NUM + '万元')
    x.c('average_mismatch', 'grant average', lambda f: near(sum(D(g) for g in mg.groups()[:4]) / 4, Num(mg.group(5))))
    x.c('sum_mismatch', 'grants = breakdown', lambda f: near(sum(D(g) for g in mg.groups()[:4]), f['it0']), 'it0')
    x['centres'] = N(t, r'全年完成[^，。]*?(\d+)个乡镇（街道）调解中心')
    x.c('sum_mismatch', 'number of grants = centres', lambda f: f['centres'].v == 4)
    x['rec'] = money(t, r'经济补偿金等' + NUM + r'(万元)')
    x['rec0'] = money(t, r'2018年为' + NUM + r'(万元)')
    x['recy'] = N(t, r'同比增长' + NUM + '%（2018年为[\d.]+万元')
    x.c('rate_mismatch', '追回同比', lambda f: near(pct(f['rec'], f['rec0']) - 100, f['recy']), 'rec', 'rec0')
    x['med'] = N(t, r'调解结案(\d+)件')
    x['medr'] = N(t, r'调解成功率' + NUM + '%；')
    x['medr2'] = N(t, r'调解成功率只有' + NUM + '%')
    x.c('rate_mismatch', '调解成功率', lambda f: near(pct(f['med'], f['closed']), f['medr']))
    x.c('conflicting_values', '调解成功率 twice', lambda f: same(f['medr'], f['medr2']))
    x['local'] = N(t, r'全年调处劳动争议(\d+)件')
    x['sat'] = N(t, r'当事人满意度' + NUM + '%。')
    x['total'] = N(t, r'综合得分' + NUM + '分')
    g1 = one(t, r'自评等级为“(.)”').group(1)
    g2 = one(t, r'自评等级：(.)').group(1)
    rows, total = table(t)
    goal = one(t, r'（三）项目绩效目标\n[^\n]*').group(0)
    for pat, name in [(r'案件(\d+)件以上', '受理劳动人事争议案件'), (r'结案率' + NUM + '%以上', '仲裁结案率'),
                      (r'审限内结案率' + NUM + '%', '审限内结案率'), (r'完成(\d+)个乡镇', '乡镇（街道）调解中心规范化建设'),
                      (r'和(\d+)个标准化仲裁庭', '标准化仲裁庭建设'), (r'劳动报酬等' + NUM + '万元以上', '为劳动者追回劳动报酬等'),
                      (r'满意度不低于' + NUM + '%', '当事人满意度')]:
        n = N(goal, pat)
        x.c('conflicting_values', f'goal target {name}', lambda f, n=n, name=name: n.v == trow(rows, name)['T'].v)
    x.c('grade_mismatch', 'grade text', lambda f: grade(f['total']) == g1)
    x['sew'] = N(t, r'预算执行(\d+)分，产出')
    x['siw'] = N(t, r'满意度指标合计(\d+)分')
    x.c('conflicting_values', 'execution weight text/table', lambda f: same(f['sew'], F['tot'][3]))
    x.c('weight_sum_mismatch', 'indicator weights text/table', lambda f: near(sum(r['W'].v for r in rows), f['siw']))
    x['courts'] = N(t, r'建成标准化仲裁庭(\d+)个')
    x.c('grade_mismatch', 'grade table', lambda f: grade(total['s']) == g2)
    x.c('conflicting_values', 'total text/table', lambda f: same(f['total'], total['s']))
    x.direct += table_checks(rows, total, extra_w=F['tot'][3], extra_s=F['tot'][5], total_has_extra=True)
    for key, name, u in [('acc', '受理劳动人事争议案件', '件'), ('crate', '仲裁结案率', '%'),
                         ('inlr', '审限内结案率', '%'), ('per', '每件仲裁办案补助', None), ('rec', '为劳动者追回劳动报酬等', None),
                         ('medr', '仲裁调解成功率', '%'), ('local', '基层调解组织调处劳动争议', '件'), ('sat', '当事人满意度', '%'),
                         ('courts', '标准化仲裁庭建设', '个')]:
        x.c('conflicting_values', f'{name} text/table',
            lambda f, key=key, name=name, u=u: tcmp(f[key], trow(rows, name)['A'], u),
            key)
    x.c('conflicting_values', 'centres text/table', lambda f: same(f['centres'], trow(rows, '乡镇（街道）调解中心规范化建设')['A']))
    return x.run()


def fuqing(t):
    x = Ctx(t)
    year = 2024
    if one(t, r'^福清市人力资源和社会保障局(\d{4})年度').group(1) != str(year):
        x.direct.append(('year_mismatch', 'title year'))
    year_checks(x, year, t)
    x['init'] = money(t, r'年初预算' + NUM + r'(万元)')
    x['add'] = money(t, r'建设补助' + NUM + r'(万元)，全年')
    x['budget'] = money(t, r'全年预算调整为' + NUM + r'(万元)')
    x.c('sum_mismatch', 'initial + added = annual', lambda f: near(val(f['init']) + val(f['add']), f['budget']),
        'init', 'add', 'budget')
    x['spent'] = money(t, r'全年支出' + NUM + r'(万元)')
    x['erate'] = N(t, r'全年支出[\d.]+万元，预算执行率' + NUM + '%')
    x.c('rate_mismatch', '执行率 text', lambda f: near(pct(f['spent'], f['budget']), f['erate']), 'spent', 'budget')
    items = ['劳动人事争议仲裁办案及兼职仲裁员补贴', '工伤认定调查及劳动能力鉴定费', '“一站式”联调中心建设', '信息系统运维及文书送达',
             '业务培训和宣传']
    for i, it in enumerate(items):
        x[f'it{i}'] = money(t, it + NUM + r'(万元)')
    x.c('sum_mismatch', 'spending breakdown', lambda f: near(sum(val(f[f'it{i}']) for i in range(5)), f['spent']),
        'spent', *[f'it{i}' for i in range(5)])
    x.c('conflicting_values', 'added = centre item', lambda f: same(f['add'], f['it2']), 'add', 'it2')
    x['left'] = money(t, r'未支出的' + NUM + r'(万元)')
    x.c('balance_mismatch', 'unspent = budget - spent', lambda f: near(val(f['budget']) - val(f['spent']), f['left']),
        'budget', 'spent', 'left')
    x['per1'] = money(t, r'办案补贴按每件' + NUM + r'(元)标准')
    x['n1'] = N(t, r'承办案件(\d+)件')
    x['pay1'] = money(t, r'发放' + NUM + r'(万元)；')
    x.c('sum_mismatch', '200元 x 618件', lambda f: near(val(f['per1']) * f['n1'].v, f['pay1']), 'per1', 'pay1')
    x['per2'] = money(t, r'按每件' + NUM + r'(元)包干')
    x['n2'] = N(t, r'全年作出认定结论(\d+)件，支出')
    x['pay2'] = money(t, r'支出' + NUM + r'(万元)。\n')
    x.c('sum_mismatch', '150元 x 1552件', lambda f: near(val(f['per2']) * f['n2'].v, f['pay2']), 'per2', 'pay2')
    x['acc'] = N(t, r'全年受理劳动人事争议案件(\d+)件，比')
    x['acc0'] = N(t, r'比2023年的(\d+)件')
    x['yoy'] = N(t, r'件增长' + NUM + '%')
    x.c('rate_mismatch', '案件同比', lambda f: near(pct(f['acc'], f['acc0']) - 100, f['yoy']))
    m = one(t, r'其他争议分别为(\d+)件、(\d+)件、(\d+)件、(\d+)件、(\d+)件')
    x.c('sum_mismatch', 'case types', lambda f: near(sum(D(g) for g in m.groups()), f['acc']))
    x['closed'] = N(t, r'仲裁院全年结案(\d+)件')
    x['crate'] = N(t, r'结案率' + NUM + '%，以调解')
    x.c('rate_mismatch', '结案率', lambda f: near(pct(f['closed'], f['acc']), f['crate']))
    x['med'] = N(t, r'以调解方式结案(\d+)件')
    x['medr'] = N(t, r'调解率' + NUM + '%。')
    x.c('rate_mismatch', '调解率', lambda f: near(pct(f['med'], f['closed']), f['medr']))
    x['rec'] = money(t, r'经济补偿' + NUM + r'(万元)，同比')
    x['rec0'] = money(t, r'2023年为' + NUM + r'(万元)')
    x['recy'] = N(t, r'同比下降' + NUM + '%')
    x.c('rate_mismatch', '追讨同比', lambda f: near(100 - pct(f['rec'], f['rec0']), f['recy']), 'rec', 'rec0')
    x['gs'] = N(t, r'全年受理工伤认定申请(\d+)件')
    x['gsc'] = N(t, r'作出认定结论(\d+)件，其中')
    x.c('conflicting_values', 'conclusions twice', lambda f: same(f['gsc'], f['n2']))
    x['yes'] = N(t, r'认定工伤(\d+)件')
    x['no'] = N(t, r'不予认定(\d+)件')
    x['stop'] = N(t, r'另有(\d+)件依法中止')
    x.c('sum_mismatch', 'conclusions = yes + no', lambda f: near(f['yes'].v + f['no'].v, f['gsc']))
    x.c('sum_mismatch', 'applications = conclusions + suspended', lambda f: near(f['gsc'].v + f['stop'].v, f['gs']))
    mi = one(t, r'其他行业的申请分别为(\d+)件、(\d+)件、(\d+)件、(\d+)件')
    x.c('sum_mismatch', 'applications by industry', lambda f: near(sum(D(g) for g in mi.groups()), f['gs']))
    x['inl'] = N(t, r'在法定时限内作出决定(\d+)件')
    x['inlr'] = N(t, r'作出决定\d+件，占' + NUM + '%')
    x.c('rate_mismatch', '时限内办结率', lambda f: near(pct(f['inl'], f['gsc']), f['inlr']))
    x['wrong'] = N(t, r'撤销(\d+)件，纠错率')
    x['wrongr'] = N(t, r'纠错率约' + NUM + '%')
    x.c('rate_mismatch', '纠错率', lambda f: near(pct(f['wrong'], f['gsc']), f['wrongr']))
    x['firms'] = N(t, r'覆盖企业(\d+)家')
    x['sat'] = N(t, r'综合满意度' + NUM + '%')
    x['call'] = N(t, r'回访满意率' + NUM + '%')
    if x['call'].v > 100:
        x.direct.append(('implausible_rate', f"回访满意率 {x['call'].raw}"))
    x['bexec'] = N(t, r'预算执行' + NUM + '分、')
    x['bout'] = N(t, r'产出指标' + NUM + '分、')
    x['bben'] = N(t, r'效益指标' + NUM + '分、')
    x['bsat'] = N(t, r'满意度指标' + NUM + '分，')
    x['total'] = N(t, r'自评得分' + NUM + '分')
    g = one(t, r'自评得分\d+分，等级为(.)').group(1)
    x.c('grade_mismatch', 'grade', lambda f: grade(f['total']) == g)
    x.c('score_sum_mismatch', 'block scores add to total',
        lambda f: near(f['bexec'].v + f['bout'].v + f['bben'].v + f['bsat'].v, f['total']))
    rows, total = table(t)
    x.direct += table_checks(rows, total, blocks={'预算执行': x['bexec'], '产出指标': x['bout'], '效益指标': x['bben'],
                                                  '满意度指标': x['bsat']})
    x.c('conflicting_values', 'total text/table', lambda f: same(f['total'], total['s']))
    ex = trow(rows, '预算执行率')
    x.c('conflicting_values', 'execution rate text/table', lambda f: same(f['erate'], ex['A']))
    # goal block of the table restates figures
    gl = one(t, r'实际完成情况：[^\n]*').group(0)
    x['g_acc'] = N(gl, r'劳动人事争议案件(\d+)件')
    x['g_gs'] = N(gl, r'工伤认定申请(\d+)件')
    x['g_cr'] = N(gl, r'仲裁结案率' + NUM + '%')
    x['g_inl'] = N(gl, r'办结率' + NUM + '%')
    x['g_rec'] = money(gl, r'经济补偿' + NUM + r'(万元)')
    for a, b in [('g_acc', 'acc'), ('g_gs', 'gs'), ('g_cr', 'crate'), ('g_inl', 'inlr'), ('g_rec', 'rec')]:
        x.c('conflicting_values', f'goal block {a}', lambda f, a=a, b=b: same(f[a], f[b]), a, b)
    gt = one(t, r'预期目标：[^\t]*').group(0)
    tg = [('不少于(\d+)件、工伤', '受理劳动人事争议案件'), ('工伤认定申请不少于(\d+)件', '受理工伤认定申请'),
          ('结案率不低于' + NUM + '%', '仲裁结案率'), ('经济补偿不少于' + NUM + '万元', '为劳动者追讨欠薪及经济补偿')]
    for pat, name in tg:
        n = N(gt, pat)
        x.c('conflicting_values', f'goal target {name}', lambda f, n=n, name=name: n.v == trow(rows, name)['T'].v)
    for key, name, u in [('acc', '受理劳动人事争议案件', '件'), ('gs', '受理工伤认定申请', '件'), ('crate', '仲裁结案率', '%'),
                         ('wrongr', '工伤认定决定纠错率', '%'), ('inlr', '工伤认定法定时限内办结率', '%'),
                         ('per2', '工伤认定单件调查费用', None), ('rec', '为劳动者追讨欠薪及经济补偿', None), ('medr', '仲裁调解率', '%'),
                         ('firms', '工伤预防宣传培训覆盖企业', '家'), ('sat', '当事人及工伤职工满意度', '%')]:
        x.c('conflicting_values', f'{name} text/table',
            lambda f, key=key, name=name, u=u: tcmp(f[key], trow(rows, name)['A'], u),
            key)
    return x.run()


DRAFTS = {
    'sx-pingyao-zhongcaibanan-2021': pingyao,
    'hb-tianmen-gongshangjianding-2020': tianmen,
    'sc-jiangyou-zhongcaiyuan-bumen-2023': jiangyou,
    'hn-lianyuan-tiaojiezhongcai-2019': lianyuan,
    'fj-fuqing-gongshangrending-2024': fuqing,
}


def diff_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j   # clean [i, ea), error [i, eb)


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
    files = sorted(os.listdir(CASES))
    if sorted(r['case'] for r in labels) != files:
        problems.append('labels.jsonl and cases/ do not list the same files')
    count = {c: 0 for c in CODES}
    clean_text = {}
    for r in labels:
        if r['clean']:
            clean_text[r['source']] = open(os.path.join(CASES, r['case']), encoding='utf-8').read()
    n_prose = n_table = 0
    for r in labels:
        text = open(os.path.join(CASES, r['case']), encoding='utf-8').read()
        fn = DRAFTS[r['source']]
        try:
            fails = fn(text)
        except StructureError as e:
            problems.append(f"{r['case']}: structure: {e}")
            continue
        codes = {c for c, _ in fails}
        if r['clean']:
            if r['expected']:
                problems.append(f"{r['case']}: clean case with expected findings")
            if fails:
                problems.append(f"{r['case']}: clean draft fails: {fails}")
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f"{r['case']}: length {n} outside 2800-3400")
            continue
        if len(r['expected']) != 1:
            problems.append(f"{r['case']}: expected one label")
            continue
        lab = r['expected'][0]
        code, value = lab['code'], lab['value']
        if code not in CODES or lab['severity'] != 'error':
            problems.append(f"{r['case']}: bad code/severity {code}/{lab['severity']}")
        count[code] = count.get(code, 0) + 1
        if text.count(value) < 1:
            problems.append(f"{r['case']}: value not found: {value!r}")
            continue
        if text.count(value) > 1:
            problems.append(f"{r['case']}: value occurs {text.count(value)} times: {value!r}")
        clean = clean_text[r['source']]
        s, ea, eb = diff_region(clean, text)
        if s >= eb and s >= ea:
            problems.append(f"{r['case']}: identical to clean draft")
            continue
        if '\n' in clean[s:ea] or '\n' in text[s:eb] or eb - s > 30:
            problems.append(f"{r['case']}: change not a small contiguous edit: {clean[s:ea]!r} -> {text[s:eb]!r}")
        vpos = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(p < max(eb, s + 1) and s < p + len(value) for p in vpos):
            problems.append(f"{r['case']}: value does not overlap the edit at [{s},{eb})")
        if code not in codes:
            problems.append(f"{r['case']}: labelled {code} does not fail; failures: {fails}")
        others = codes - {code}
        if others:
            problems.append(f"{r['case']}: other codes fail: {[f for f in fails if f[0] != code]}")
    for c in CODES:
        if count[c] < 2:
            problems.append(f'code {c} used {count[c]} times (< 2)')
    for p in problems:
        print('FAIL', p)
    print('per code:', ', '.join(f'{c}={count[c]}' for c in CODES))
    if problems:
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
