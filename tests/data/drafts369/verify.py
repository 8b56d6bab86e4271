#!/usr/bin/env python3
"""Verify the n369 test set (standard library only).

1. every label value occurs in its case; every error case differs from its clean draft in one
   contiguous place that overlaps the label value; every code of errors.md §A occurs >= 2 times;
2. the arithmetic of every case is redone from the text itself (regexes on the prose, a
   column parser for the space-aligned tables): a clean draft must pass every check, an error
   case must fail its labelled code and no other error-level code.

Tolerance (rules.md §8): a stated value v with d decimals matches a computed c iff
|c - v| <= 0.5 * 10^-d (+1e-9). Amounts are compared in 万元 after unit normalisation; a
difference that disappears when one amount is rescaled by 10^4 or 10^8 is reported as
unit_mismatch (the most specific explanation), not as sum/rate/conflict.
"""
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal as D, ROUND_HALF_UP, getcontext

getcontext().prec = 40
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

CODES = ['rate_mismatch', 'balance_mismatch', 'sum_mismatch', 'score_sum_mismatch',
         'score_exceeds_weight', 'weight_sum_mismatch', 'grade_mismatch', 'average_mismatch',
         'conflicting_values', 'implausible_rate', 'unit_mismatch', 'year_mismatch',
         'completion_mismatch']

N = r'(\d[\d,]*(?:\.\d+)?)'


# ----------------------------------------------------------------------------- numbers
def dec(s):
    return D(str(s).replace(',', '').replace('−', '-').replace('+', ''))


def places(s):
    s = str(s).replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


def tol(s):
    return D('0.5') * (D(10) ** -places(s)) + D('1e-9')


def close(c, s):
    """computed c (Decimal) consistent with the stated string s."""
    return abs(c - dec(s)) <= tol(s)


def r2(x):
    return x.quantize(D('0.01'), rounding=ROUND_HALF_UP)


FACT = {'万元': D(1), '元': D('0.0001'), '亿元': D(10000)}


class Q:
    """A stated quantity: the string as written and its unit."""

    def __init__(self, s, unit=''):
        self.s = s.replace(',', '')
        self.unit = unit or ''

    @property
    def v(self):
        return dec(self.s)

    @property
    def wan(self):
        return self.v * fact(self.unit)

    def scaled(self, k):
        q = Q(self.s, self.unit)
        q._k = k
        return q

    def __repr__(self):
        return f'{self.s}{self.unit}'


def fact(unit):
    return FACT.get((unit or '').split('/')[0], D(1))


def wan_of(q, k=D(1)):
    return q.v * k * fact(q.unit)


def grade_of(total):
    if total >= 90:
        return '优'
    if total >= 80:
        return '良'
    if total >= 60:
        return '中'
    return '差'


GRADE_WORD = {'优': '优', '优秀': '优', '良': '良', '良好': '良', '中': '中', '中等': '中', '一般': '中',
              '合格': '中', '差': '差', '较差': '差', '不合格': '差'}


# ----------------------------------------------------------------------------- tables
def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in s)


def tokens(line):
    return [(dw(line[:m.start()]), m.group()) for m in re.finditer(r'\S+(?: \S+)*', line)]


def parse_table(text, need, key):
    """Rebuild the rows of a space-aligned table whose header line contains all of `need`.
    A row starts on a line that has a token in column `key`; other lines continue the row."""
    lines = text.split('\n')
    for i, line in enumerate(lines):
        toks = tokens(line)
        names = [t for _, t in toks]
        if all(n in names for n in need):
            break
    else:
        raise KeyError(f'table header {need} not found')
    cols = toks
    starts = [c for c, _ in cols]
    heads = [h for _, h in cols]
    rows = []
    for line in lines[i + 1:]:
        if not line.strip():
            break
        cells = {}
        for c, t in tokens(line):
            j = max(k for k, s in enumerate(starts) if s <= c) if c >= starts[0] else 0
            cells[heads[j]] = cells.get(heads[j], '') + t
        if cells.get(key):
            rows.append(dict(cells))
        elif rows:
            for h, t in cells.items():
                rows[-1][h] = rows[-1].get(h, '') + t
    return heads, rows


def pval(s):
    s = (s or '').strip()
    if not s or s in ('—', '-', '/'):
        return None
    m = re.match(r'^(≥|≤|=|＞|＜|>|<)?([+\-−]?\d[\d,]*(?:\.\d+)?)(.*)$', s)
    if not m:
        return ('qual', s)
    sign, num, unit = m.groups()
    if unit.startswith('年') and '月' in unit:
        return ('date', s)
    return ('num', sign or '', num.replace(',', ''), unit.strip())


# ----------------------------------------------------------------------------- checker
class Check:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.fails = []     # (code, message)
        self.warns = []
        self.n = 0

    # -- extraction
    def m(self, pat, idx=0):
        ms = list(re.finditer(pat.replace('{N}', N), self.t))
        if not ms:
            raise KeyError(f'pattern not found: {pat}')
        return ms[idx].groups()

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def warn(self, code, msg):
        self.warns.append((code, msg))

    # -- unit rescale helper: True if scaling one of the quantities by 10^±4 / 10^±8 makes f() true
    @staticmethod
    def _rescue(qs, f):
        for i in range(len(qs)):
            for k in (D(10000), D('0.0001'), D(100000000), D('0.00000001')):
                ks = [D(1)] * len(qs)
                ks[i] = k
                if f(ks):
                    return True
        return False

    # -- identities
    def sum(self, parts, total, what, code='sum_mismatch'):
        """Σ parts = total (all Q, money normalised to 万元)."""
        self.n += 1
        qs = parts + [total]

        def ok(ks):
            s = sum(wan_of(q, k) for q, k in zip(parts, ks[:-1]))
            return close(s / (fact(total.unit) * ks[-1]), total.s)
        if ok([D(1)] * len(qs)):
            return
        if self._rescue(qs, ok):
            self.fail('unit_mismatch', f'{what}: {parts} vs {total} reconciled only by a 10^4 rescale')
        else:
            self.fail(code, f'{what}: {" + ".join(map(repr, parts))} = '
                            f'{sum(q.wan for q in parts)} != {total}')

    def diff(self, a, b, stated, what, code='sum_mismatch'):
        """a - b = stated (plain counts)."""
        self.n += 1
        if not close(a.v - b.v, stated.s):
            self.fail(code, f'{what}: {a} - {b} != {stated}')

    def prod(self, count, per, total, what, months=1):
        """count × per (元) × months = total (万元)."""
        self.n += 1
        qs = [count, per, total]

        def ok(ks):
            c = count.v * ks[0] * wan_of(per, ks[1]) * months
            return close(c / (fact(total.unit) * ks[2]), total.s)
        if ok([D(1)] * 3):
            return
        if self._rescue(qs, ok):
            self.fail('unit_mismatch', f'{what}: product reconciled only by rescale')
        else:
            self.fail('sum_mismatch', f'{what}: {count} × {per} × {months} != {total}')

    def avg(self, total, count, stated, what):
        """total / count = stated (money normalised)."""
        self.n += 1
        qs = [total, count, stated]

        def ok(ks):
            c = wan_of(total, ks[0]) / (count.v * ks[1])
            return close(c / (fact(stated.unit) * ks[2]), stated.s)
        if ok([D(1)] * 3):
            return
        if self._rescue(qs, ok):
            self.fail('unit_mismatch', f'{what}: average reconciled only by rescale ({stated})')
        else:
            self.fail('average_mismatch', f'{what}: {total}/{count} != {stated}')

    def rate(self, num, den, stated, what, code='rate_mismatch', bounded=True):
        """num / den × 100 = stated (a percent string, or '—')."""
        self.n += 1
        st = stated.strip().rstrip('%')
        if st in ('—', '-', ''):
            return
        if den.v == 0:
            if dec(st) != 0:
                self.fail('implausible_rate', f'{what}: rate {stated} on a zero base')
            return
        if bounded and dec(st) > 100:
            self.fail('implausible_rate', f'{what}: rate {stated} > 100%')
            return
        qs = [num, den]

        def ok(ks):
            return close(wan_of(num, ks[0]) / wan_of(den, ks[1]) * 100, st)
        if ok([D(1), D(1)]):
            return
        if self._rescue(qs, ok):
            self.fail('unit_mismatch', f'{what}: rate reconciled only by rescale')
        else:
            self.fail(code, f'{what}: {num}/{den} = {r2(num.wan / den.wan * 100)}% != {stated}')

    def pct_le_100(self, stated, what):
        self.n += 1
        if dec(stated.rstrip('%')) > 100:
            self.fail('implausible_rate', f'{what}: {stated} > 100%')

    def same(self, a, b, what, code='conflicting_values'):
        """two statements of the same quantity agree (within the coarser decimals)."""
        self.n += 1
        t = max(tol(a.s) * fact(a.unit), tol(b.s) * fact(b.unit))
        if abs(a.wan - b.wan) <= t:
            return
        if self._rescue([a, b], lambda ks: abs(wan_of(a, ks[0]) - wan_of(b, ks[1])) <= t * max(ks)):
            self.fail('unit_mismatch', f'{what}: {a} vs {b} differ by a power of ten')
        else:
            self.fail(code, f'{what}: {a} vs {b}')

    def grade(self, total, word, what):
        self.n += 1
        if GRADE_WORD[word] != grade_of(dec(total)):
            self.fail('grade_mismatch', f'{what}: {total} -> {grade_of(dec(total))}, stated {word}')

    # -- generic year rules (rules.md I14)
    def years(self):
        y = self.year
        for m in re.finditer(r'(\d{4})年度', self.t):
            self.n += 1
            if int(m.group(1)) != y:
                self.fail('year_mismatch', f'"{m.group()}" in a {y} report')
        for m in re.finditer(r'结转(?:[^，。；\n]{0,12}?至)?(\d{4})年(?!结转)', self.t):
            self.n += 1
            if int(m.group(1)) <= y:
                self.fail('year_mismatch', f'carry-over to {m.group(1)} in a {y} report')
        for m in re.finditer(r'(\d{4})年结转', self.t):
            self.n += 1
            if int(m.group(1)) >= y:
                self.fail('year_mismatch', f'carry-in from {m.group(1)} in a {y} report')
        for m in re.finditer(r'截至(\d{4})年12月31日', self.t):
            self.n += 1
            if int(m.group(1)) != y:
                self.fail('year_mismatch', f'截至{m.group(1)}年12月31日 in a {y} report')
        for m in re.finditer(r'(\d{4})年(\d+)月提前下达', self.t):
            self.n += 1
            if not (int(m.group(1)) == y - 1 and int(m.group(2)) == 12):
                self.fail('year_mismatch', f'advance {m.group()} in a {y} report')

    def grades(self, total):
        for m in re.finditer(r'评价等级(?:为|：|:)[“"]?(优秀|良好|中等|不合格|较差|一般|合格|优|良|中|差)', self.t):
            self.grade(total, m.group(1), m.group())

    # -- indicator table (generic)
    def indicators(self, need=('一级指标', '三级指标', '分值', '得分'), exec_w=None, exec_s=None):
        heads, rows = parse_table(self.t, list(need), '分值')
        last_col = next(h for h in heads if '上年' in h or re.match(r'\d{4}年', h))
        grow_col = next((h for h in heads if h in ('同比增减', '增减幅度', '同比')), None)
        comp_col = '完成率' if '完成率' in heads else None
        body, total = [], None
        l1 = ''
        for r in rows:
            if r.get('一级指标'):
                l1 = r['一级指标']
            r['L1'] = l1
            if l1.startswith('合计') or l1.startswith('总分'):
                total = r
            else:
                body.append(r)
        assert total is not None
        # weights and scores
        ws = [dec(r['分值']) for r in body]
        ss = [dec(r['得分']) for r in body]
        for r in body:
            self.n += 1
            if dec(r['得分']) > dec(r['分值']) or dec(r['得分']) < 0:
                self.fail('score_exceeds_weight', f"{r['三级指标']}: score {r['得分']} > weight {r['分值']}")
        wsum = sum(ws) + (dec(exec_w) if exec_w else 0)
        ssum = sum(ss) + (dec(exec_s) if exec_s else 0)
        self.n += 2
        if wsum != 100 or dec(total['分值']) != wsum or dec(total['分值']) != 100:
            self.fail('weight_sum_mismatch', f'weights sum {wsum}, 合计 {total["分值"]}')
        if not close(ssum, total['得分']):
            self.fail('score_sum_mismatch', f'scores sum {ssum}, 合计 {total["得分"]}')
        # rows
        for r in body:
            name = r['三级指标']
            T, A, L = pval(r.get('年度指标值')), pval(r.get('实际完成值')), pval(r.get(last_col))
            if T and A and T[0] == 'num' and A[0] == 'num':
                self.n += 1
                if T[3] != A[3]:
                    self.fail('unit_mismatch', f'{name}: target {r["年度指标值"]} vs actual {r["实际完成值"]}')
                    continue
                t, a = dec(T[2]), dec(A[2])
                if A[3] == '%' and ('率' in name or '满意度' in name):
                    self.pct_le_100(A[2] + '%', name)
                direction = {'≥': 'gte', '＞': 'gte', '>': 'gte', '≤': 'lte', '＜': 'lte', '<': 'lte'}.get(T[1], 'eq')
                if direction == 'lte':
                    comp = D(100) if a <= t else t / a * 100
                else:
                    comp = a / t * 100
                if comp_col and r.get(comp_col) not in (None, '', '—'):
                    self.n += 1
                    if not close(comp, r[comp_col].rstrip('%')):
                        self.fail('completion_mismatch', f'{name}: completion {r2(comp)}% != {r[comp_col]}')
                # score rule (warning only)
                w = dec(r['分值'])
                exp = w if comp >= 100 else w * comp / 100
                if abs(exp - dec(r['得分'])) > D('0.011'):
                    self.warn('score_rule_mismatch', f'{name}: score {r["得分"]}, rule gives {r2(exp)}')
                if comp < 100 and '预算执行' not in name and not r.get('偏差原因分析', r.get('偏差原因', r.get('备注', r.get('偏差原因分析及改进措施', '')))):
                    self.warn('deviation_unexplained', name)
                # growth vs last year
                g = (r.get(grow_col) or '').strip() if grow_col else ''
                if L and L[0] == 'num' and g not in ('', '—'):
                    self.n += 1
                    if L[3] != A[3]:
                        self.fail('unit_mismatch', f'{name}: last year {r[last_col]} vs actual {r["实际完成值"]}')
                        continue
                    lv = dec(L[2])
                    if g == '持平':
                        if lv != a:
                            self.fail('rate_mismatch', f'{name}: 持平 but {lv} -> {a}')
                    elif g.endswith('个百分点'):
                        if not close(a - lv, g[:-4]):
                            self.fail('rate_mismatch', f'{name}: {a} - {lv} != {g}')
                    elif g.endswith('%'):
                        if not close((a - lv) / lv * 100, g[:-1]):
                            self.fail('rate_mismatch', f'{name}: growth {r2((a - lv) / lv * 100)}% != {g}')
                    else:
                        raise ValueError(g)
        self.rows = body
        self.total_row = total
        return body, total

    def row(self, key):
        rs = [r for r in self.rows if key in r['三级指标']]
        assert len(rs) == 1, key
        return rs[0]

    def cellq(self, key, col):
        p = pval(self.row(key)[col])
        return Q(p[2], p[3])

    def level_sum(self, word, col='得分'):
        return sum(dec(r[col]) for r in self.rows if word in r['L1'])


def q(s, unit=''):
    return Q(s, unit)


def funds_rows(ck, need, key):
    heads, rows = parse_table(ck.t, need, key)
    first = heads[0]
    out = {}
    for r in rows:
        name = r[first].replace('其中：', '').strip()
        out[name] = r
    return out


def fund_sums(ck, rows, total, parts, cols):
    for c in cols:
        ck.sum([q(rows[p][c], '万元') for p in parts], q(rows[total][c], '万元'), f'funds {c}')


# ----------------------------------------------------------------------------- projects
def sc_hejiang(t):
    ck = Check(t, 2019)
    ck.years()
    f = funds_rows(ck, ['年初预算数', '全年执行数', '执行率'], '全年预算数')
    parts = ['财政资金', '财政专户管理资金', '单位资金', '其他资金（上年结转）']
    fund_sums(ck, f, '年度资金总额', parts, ['年初预算数', '全年预算数', '全年执行数'])
    for name, r in f.items():
        ck.rate(q(r['全年执行数']), q(r['全年预算数']), r['执行率'], f'funds {name}')
    tot = f['年度资金总额']
    ck.n += 1
    if dec(tot['得分']) > dec(tot['分值']):
        ck.fail('score_exceeds_weight', 'execution score above weight')
    ck.indicators(exec_w=tot['分值'], exec_s=tot['得分'])
    # funds in prose
    a, = ck.m(r'批复本项目县级资金{N}万元')
    b, = ck.m(r'建设补助资金{N}万元')
    c, = ck.m(r'全年预算调整为{N}万元')
    ck.sum([q(a, '万元'), q(b, '万元')], q(c, '万元'), '86 + 24 = 110')
    d, = ck.m(r'结转的禁渔专项资金{N}万元')
    e, = ck.m(r'全年可用资金合计{N}万元')
    ck.sum([q(c, '万元'), q(d, '万元')], q(e, '万元'), '110 + 6.4 = 116.40')
    ck.same(q(a, '万元'), q(f['财政资金']['年初预算数'], '万元'), '县级年初 text/table')
    ck.same(q(c, '万元'), q(f['财政资金']['全年预算数'], '万元'), '财政资金全年 text/table')
    ck.same(q(d, '万元'), q(f['其他资金（上年结转）']['全年预算数'], '万元'), '上年结转 text/table')
    ck.same(q(e, '万元'), q(tot['全年预算数'], '万元'), '全年预算 text/table')
    sp, rt = ck.m(r'全年实际支出{N}万元，预算执行率{N}%')
    ck.rate(q(sp, '万元'), q(e, '万元'), rt, '执行率 (text)')
    ck.same(q(sp, '万元'), q(tot['全年执行数'], '万元'), '支出 text/table')
    ck.same(q(rt, '%'), q(tot['执行率'].rstrip('%'), '%'), '执行率 text/table')
    fb, fs, fr = ck.m(r'其中财政资金{N}万元实际支出{N}万元，执行率{N}%')
    ck.rate(q(fs, '万元'), q(fb, '万元'), fr, '财政资金执行率')
    ck.same(q(fs, '万元'), q(f['财政资金']['全年执行数'], '万元'), '财政资金支出 text/table')
    c1, c2, c3, c4 = ck.m(r'护渔员补助{N}万元、执法船艇燃油及维修{N}万元、执法装备购置{N}万元、宣传培训{N}万元')
    ck.sum([q(x, '万元') for x in (c1, c2, c3, c4)], q(sp, '万元'), 'spending components')
    per, = ck.m(r'每人每月{N}元标准')
    pm, = ck.m(r'全年合计{N}人·月')
    ck.prod(q(pm), q(per, '元'), q(c1, '万元'), '456人·月 × 1,200元')
    old, new, mon = ck.m(r'原有{N}名护渔员全年在岗，年中新聘{N}人自(\d+)月起上岗')
    ck.n += 1
    if dec(old) * 12 + dec(new) * (13 - int(mon)) != dec(pm):
        ck.fail('sum_mismatch', 'person-months')
    np_, av = ck.m(r'{N}名护渔员人均领取{N}万元')
    ck.sum([q(old), q(new)], q(np_), '36 + 6 = 42')
    ck.avg(q(c1, '万元'), q(np_), q(av, '万元'), '人均补助')
    ck.same(q(np_), ck.cellq('护渔员配备人数', '实际完成值'), '护渔员人数 text/table')
    bal, = ck.m(r'年末尚有{N}万元未支付')
    ck.sum([q(sp, '万元'), q(bal, '万元')], q(e, '万元'), 'balance', code='balance_mismatch')
    # outputs
    x, y, z = ck.m(r'全年开展执法巡航{N}航次，比上年的{N}航次增加{N}航次')
    ck.diff(q(x), q(y), q(z), '巡航增加')
    ck.same(q(x), ck.cellq('巡航次数', '实际完成值'), '巡航 text/table')
    ck.same(q(y), ck.cellq('巡航次数', '2018年实际值'), '上年巡航 text/table')
    ck.avg(q(c2, '万元'), q(x), ck.cellq('单航次燃油', '实际完成值'), '单航次燃油及维修成本')
    nets, comp = ck.m(r'清理取缔违规网具{N}张，完成年度目标的{N}%')
    tgt = ck.cellq('违规网具', '年度指标值')
    ck.n += 1
    if not close(dec(nets) / tgt.v * 100, comp):
        ck.fail('completion_mismatch', '网具 completion')
    ck.same(q(nets), ck.cellq('违规网具', '实际完成值'), '网具 text/table')
    c_all, c_done, c_rt = ck.m(r'立案查处违法案件{N}件，已结案{N}件，结案率{N}%')
    ck.rate(q(c_done), q(c_all), c_rt, '结案率')
    ck.same(q(c_rt), ck.cellq('结案率', '实际完成值'), '结案率 text/table')
    n1, n2 = ck.m(r'全年发生非法捕捞案件{N}起，比上年减少{N}起')
    ck.diff(ck.cellq('非法捕捞', '2018年实际值'), q(n1), q(n2), '案件减少')
    ck.same(q(n1), ck.cellq('非法捕捞', '实际完成值'), '案件 text/table')
    f1, f2 = ck.m(r'全年监测到鱼类{N}种，较上年增加{N}种')
    ck.diff(q(f1), ck.cellq('鱼类种类', '2018年实际值'), q(f2), '鱼类增加')
    ck.same(q(f1), ck.cellq('鱼类种类', '实际完成值'), '鱼类 text/table')
    sat, = ck.m(r'护渔员满意度为{N}%')
    ck.pct_le_100(sat + '%', '满意度 text')
    ck.same(q(sat), ck.cellq('满意度', '实际完成值'), '满意度 text/table')
    # scores
    es, isc, ts, g = ck.m(r'预算执行率得分{N}分，绩效指标得分{N}分，总得分{N}分，评价等级为“(.)”')
    ck.sum([q(es), q(isc)], q(ts), 'text score parts', code='score_sum_mismatch')
    ck.sum([q(str(ck.level_sum('')))], q(isc), 'indicator scores vs text', code='score_sum_mismatch')
    ck.same(q(es), q(tot['得分']), 'execution score text/table')
    ck.same(q(ts), q(ck.total_row['得分']), 'total text/table')
    ck.grades(ck.total_row['得分'])
    w90, = ck.m(r'绩效指标{N}分。')
    ck.sum([q(str(ck.level_sum('', '分值')))], q(w90), 'indicator weights vs text', code='weight_sum_mismatch')
    return ck


def jx_duchang(t):
    ck = Check(t, 2020)
    ck.years()
    f = funds_rows(ck, ['全年预算数', '实际到位数', '到位率'], '全年预算数')
    parts = ['中央财政补助', '省级财政补助', '县级财政配套', '其他资金']
    fund_sums(ck, f, '合计', parts, ['全年预算数', '实际到位数', '全年执行数'])
    for name, r in f.items():
        ck.rate(q(r['实际到位数']), q(r['全年预算数']), r['到位率'], f'到位率 {name}')
        ck.rate(q(r['全年执行数']), q(r['全年预算数']), r['执行率'], f'执行率 {name}')
        ck.n += 1
        if not dec(r['全年执行数']) <= dec(r['实际到位数']) <= dec(r['全年预算数']):
            ck.fail('implausible_rate', f'ordering {name}')
    tot = f['合计']
    ck.indicators()
    ex = ck.row('预算执行率')
    ck.same(q(ex['实际完成值'].rstrip('%')), q(tot['执行率'].rstrip('%')), 'exec rate ind/funds')
    # prose funds
    b, c1, c2, c3 = ck.m(r'全年预算{N}万元，其中中央财政补助{N}万元、省级财政补助{N}万元、县级配套{N}万元')
    ck.sum([q(c1, '万元'), q(c2, '万元'), q(c3, '万元')], q(b, '万元'), 'sources')
    for v, row in ((b, '合计'), (c1, '中央财政补助'), (c2, '省级财政补助'), (c3, '县级财政配套')):
        ck.same(q(v, '万元'), q(f[row]['全年预算数'], '万元'), f'{row} text/table')
    a1, _y, _mo, a2 = ck.m(r'提前下达{N}万元，(\d{4})年(\d+)月下达{N}万元')
    ck.sum([q(a1, '万元'), q(a2, '万元')], q(c1, '万元'), '中央 two batches')
    cr, gap, rr = ck.m(r'县级配套到位{N}万元，尚有{N}万元未到位，全部资金到位率{N}%')
    ck.sum([q(cr, '万元'), q(gap, '万元')], q(c3, '万元'), '县级 到位 + 未到位')
    ck.same(q(cr, '万元'), q(f['县级财政配套']['实际到位数'], '万元'), '县级到位 text/table')
    recv = q(str(dec(c1) + dec(c2) + dec(cr)), '万元')
    ck.rate(recv, q(b, '万元'), rr, '到位率 text')
    ck.same(q(rr), q(tot['到位率'].rstrip('%')), '到位率 text/table')
    sp, er = ck.m(r'全年实际支出{N}万元，预算执行率{N}%')
    ck.rate(q(sp, '万元'), q(b, '万元'), er, '执行率 text')
    ck.same(q(sp, '万元'), q(tot['全年执行数'], '万元'), '支出 text/table')
    ck.same(q(er), q(tot['执行率'].rstrip('%')), '执行率 text/table')
    n1, p1, t1 = ck.m(r'向{N}名退捕渔民发放一次性过渡期生活补助，每人{N}元，计{N}万元')
    ck.prod(q(n1), q(p1, '元'), q(t1, '万元'), '过渡期补助')
    n2, p2, t2 = ck.m(r'为{N}名参保退捕渔民发放养老保险缴费补贴，每人每年{N}元，计{N}万元')
    ck.prod(q(n2), q(p2, '元'), q(t2, '万元'), '社保补贴')
    n3, p3, t3 = ck.m(r'开展转产就业技能培训{N}人次，按每人次{N}元计{N}万元')
    ck.prod(q(n3), q(p3, '元'), q(t3, '万元'), '培训')
    t4, = ck.m(r'工作经费{N}万元')
    ck.sum([q(x, '万元') for x in (t1, t2, t3, t4)], q(sp, '万元'), 'spending components')
    bal, = ck.m(r'年末结余{N}万元')
    ck.sum([q(sp, '万元'), q(bal, '万元')], q(tot['实际到位数'], '万元'), 'balance = 到位 - 执行', code='balance_mismatch')
    # people
    core, = ck.m(r'共核定退捕渔民{N}人')
    ck.same(q(core), q(n1), '退捕渔民 概况/补助')
    ck.same(q(n1), ck.cellq('建档立卡', '实际完成值'), '退捕渔民 text/table')
    boats, = ck.m(r'回收处置退捕渔船{N}艘')
    ck.same(q(boats), ck.cellq('回收处置', '实际完成值'), '渔船 text/table')
    ck.same(q(n3), ck.cellq('技能培训', '实际完成值'), '培训 text/table')
    ck.same(q(p3, '元'), ck.cellq('人均成本', '实际完成值'), '培训单价 text/table')
    tr, tc = ck.m(r'全年培训{N}人次，完成目标的{N}%')
    ck.n += 1
    if not close(dec(tr) / ck.cellq('技能培训', '年度指标值').v * 100, tc):
        ck.fail('completion_mismatch', '培训 completion text')
    el, ins, ir, pp = ck.m(r'符合参保条件的{N}名退捕渔民中已参保{N}人，参保率{N}%，比上年提高{N}个百分点')
    ck.rate(q(ins), q(el), ir, '参保率')
    ck.same(q(ins), q(n2), '参保人数')
    ck.same(q(ir), ck.cellq('参保率', '实际完成值'), '参保率 text/table')
    ck.diff(q(ir), ck.cellq('参保率', '2019年值'), q(pp), '参保率 pp', code='rate_mismatch')
    la, jo, jr = ck.m(r'有劳动能力的退捕渔民{N}人中已实现转产就业{N}人，转产就业率{N}%')
    ck.rate(q(jo), q(la), jr, '就业率')
    ck.same(q(jr), ck.cellq('就业率', '实际完成值'), '就业率 text/table')
    rc, rd = ck.m(r'返捕偷捕案件{N}起，比上年减少{N}起')
    ck.diff(ck.cellq('返捕', '2019年值'), q(rc), q(rd), '返捕减少')
    ck.same(q(rc), ck.cellq('返捕', '实际完成值'), '返捕 text/table')
    s0, s1, s2 = ck.m(r'总体满意度{N}%，其中对补助发放的满意度为{N}%，对就业帮扶的满意度为{N}%')
    for s in (s0, s1, s2):
        ck.pct_le_100(s + '%', 'satisfaction text')
    ck.same(q(s0), ck.cellq('满意度', '实际完成值'), '满意度 text/table')
    # scores
    e, o, bn, st, tt, g = ck.m(r'预算执行得分{N}分，产出指标得分{N}分，效益指标得分{N}分，满意度指标得分{N}分，总分{N}分，评价等级为(.)')
    ck.sum([q(x) for x in (e, o, bn, st)], q(tt), 'text score parts', code='score_sum_mismatch')
    for v, w in ((e, '预算执行'), (o, '产出'), (bn, '效益'), (st, '满意度')):
        ck.sum([q(str(ck.level_sum(w)))], q(v), f'{w} rows vs text', code='score_sum_mismatch')
    ck.same(q(tt), q(ck.total_row['得分']), 'total text/table')
    ck.grades(ck.total_row['得分'])
    return ck


def hb_honghu(t):
    ck = Check(t, 2021)
    ck.years()
    f = funds_rows(ck, ['年初预算数', '全年执行数', '执行率'], '全年预算数')
    parts = ['当年财政拨款', '上年结转资金', '其他资金']
    fund_sums(ck, f, '年度资金总额', parts, ['年初预算数', '全年预算数', '全年执行数'])
    for name, r in f.items():
        ck.rate(q(r['全年执行数']), q(r['全年预算数']), r['执行率'], f'funds {name}')
    tot = f['年度资金总额']
    ck.n += 1
    if dec(tot['得分']) > dec(tot['分值']):
        ck.fail('score_exceeds_weight', 'execution score above weight')
    ck.indicators(exec_w=tot['分值'], exec_s=tot['得分'])
    ib, cy, co = ck.m(r'年初预算{N}万元（含(\d{4})年结转{N}万元）')
    ck.same(q(ib, '万元'), q(tot['年初预算数'], '万元'), '年初 text/table')
    ck.same(q(co, '万元'), q(f['上年结转资金']['年初预算数'], '万元'), '结转 text/table')
    add, = ck.m(r'市财政追加{N}万元')
    ab, = ck.m(r'全年预算{N}万元。资金全部')
    ck.sum([q(ib, '万元'), q(add, '万元')], q(ab, '万元'), '年初 + 追加')
    ck.sum([q(f['当年财政拨款']['年初预算数'], '万元'), q(add, '万元')],
           q(f['当年财政拨款']['全年预算数'], '万元'), '当年拨款 年初 + 追加')
    ck.same(q(ab, '万元'), q(tot['全年预算数'], '万元'), '全年 text/table')
    sp, er = ck.m(r'全年支出{N}万元，执行率{N}%')
    ck.rate(q(sp, '万元'), q(ab, '万元'), er, '执行率 text')
    ck.same(q(sp, '万元'), q(tot['全年执行数'], '万元'), '支出 text/table')
    ck.same(q(er), q(tot['执行率'].rstrip('%')), '执行率 text/table')
    fuel, = ck.m(r'执法船艇燃油及维修{N}万元')
    lab, = ck.m(r'协助巡护员劳务补助{N}万元')
    eq_, = ck.m(r'执法装备购置{N}万元')
    cam, = ck.m(r'视频监控系统运维{N}万元')
    pub, = ck.m(r'宣传培训{N}万元')
    ck.sum([q(x, '万元') for x in (fuel, lab, eq_, cam, pub)], q(sp, '万元'), 'spending components')
    nn, per = ck.m(r'聘用协助巡护员{N}名，标准为每人每月{N}元')
    ck.prod(q(nn), q(per, '元'), q(lab, '万元'), '巡护员补助', months=12)
    d1, u1, d2, u2 = ck.m(r'含执法无人机3台{N}(万元|元)、执法记录仪20台{N}(万元|元)')
    ck.sum([q(d1, u1), q(d2, u2)], q(eq_, '万元'), 'equipment')
    bal, = ck.m(r'未使用的{N}万元')
    ck.sum([q(sp, '万元'), q(bal, '万元')], q(ab, '万元'), 'balance', code='balance_mismatch')
    cr, cl, cg = ck.m(r'巡航{N}航次，较上年{N}航次增长{N}%')
    ck.n += 1
    if not close((dec(cr) - dec(cl)) / dec(cl) * 100, cg):
        ck.fail('rate_mismatch', '巡航 growth text')
    ck.same(q(cr), ck.cellq('巡航航次', '实际完成值'), '巡航 text/table')
    ck.same(q(cl), ck.cellq('巡航航次', '上年完成值'), '上年巡航 text/table')
    ops, = ck.m(r'清湖清江专项行动{N}次')
    ck.same(q(ops), ck.cellq('专项行动', '实际完成值'), '行动 text/table')
    mt, md = ck.m(r'接警后平均{N}分钟到达现场，比上年缩短{N}分钟')
    ck.diff(ck.cellq('到达现场', '上年完成值'), q(mt), q(md), '缩短分钟')
    ck.same(q(mt), ck.cellq('到达现场', '实际完成值'), '到场时间 text/table')
    pa, = ck.m(r'折合每航次{N}元')
    ck.avg(q(fuel, '万元'), q(cr), q(pa, '元'), '单航次成本 text')
    ck.same(q(pa, '元'), ck.cellq('单航次燃油', '实际完成值'), '单航次成本 text/table')
    cs, = ck.m(r'全年查处非法捕捞案件{N}起')
    ck.same(q(cs), ck.cellq('发案数', '实际完成值'), '案件 text/table')
    csl, = ck.m(r'比上年{N}起有所下降')
    ck.same(q(csl), ck.cellq('发案数', '上年完成值'), '上年案件 text/table')
    fr, = ck.m(r'监测显示洪湖湖区鱼类资源量比上年增长{N}%')
    ck.same(q(fr), ck.cellq('资源量', '实际完成值'), '资源量 text/table')
    s0, s1, s2 = ck.m(r'综合满意度{N}%，其中对巡航频次的满意度为{N}%，对举报处理的满意度为{N}%')
    for s in (s0, s1, s2):
        ck.pct_le_100(s + '%', 'satisfaction text')
    ck.same(q(s0), ck.cellq('满意度', '实际完成值'), '满意度 text/table')
    w20, w80 = ck.m(r'预算执行率占{N}分、绩效指标占{N}分')
    ck.sum([q(w20), q(w80)], q('100'), 'text weights', code='weight_sum_mismatch')
    ck.same(q(w20), q(tot['分值']), 'execution weight text/table', code='weight_sum_mismatch')
    ck.sum([q(str(ck.level_sum('', '分值')))], q(w80), 'indicator weights vs text', code='weight_sum_mismatch')
    ts, g = ck.m(r'自评得分{N}分，评价等级为(优秀|良好|中等|合格|较差|优|良|中|差)')
    ck.same(q(ts), q(ck.total_row['得分']), 'total text/table')
    ck.grades(ck.total_row['得分'])
    return ck


def hn_huarong(t):
    ck = Check(t, 2022)
    ck.years()
    f = funds_rows(ck, ['年初预算数', '全年执行数', '执行率'], '全年预算数')
    parts = ['当年财政拨款', '上年结转资金', '其他资金']
    fund_sums(ck, f, '年度资金总额', parts, ['年初预算数', '全年预算数', '全年执行数'])
    for name, r in f.items():
        ck.rate(q(r['全年执行数']), q(r['全年预算数']), r['执行率'], f'funds {name}')
    tot = f['年度资金总额']
    ck.n += 1
    if dec(tot['得分']) > dec(tot['分值']):
        ck.fail('score_exceeds_weight', 'execution score above weight')
    ck.indicators(exec_w=tot['分值'], exec_s=tot['得分'])
    reg, scope = ck.m(r'建档立卡退捕渔民{N}人，其中纳入养老保险参保范围的{N}人')
    prov, _y1, adv, _y2, sec, cty, sub, _y3, co, ab = ck.m(
        r'省级补助{N}万元（(\d{4})年12月提前下达{N}万元、(\d{4})年6月下达{N}万元）和县级配套{N}万元，合计{N}万元；加上(\d{4})年结转{N}万元，全年预算{N}万元')
    ck.sum([q(adv, '万元'), q(sec, '万元')], q(prov, '万元'), '省级 two batches')
    ck.sum([q(prov, '万元'), q(cty, '万元')], q(sub, '万元'), '省级 + 县级')
    ck.sum([q(sub, '万元'), q(co, '万元')], q(ab, '万元'), '合计 + 结转')
    ib, = ck.m(r'其中年初预算{N}万元')
    ck.sum([q(adv, '万元'), q(cty, '万元'), q(co, '万元')], q(ib, '万元'), '年初 = 提前下达 + 县级 + 结转')
    ck.sum([q(adv, '万元'), q(cty, '万元')], q(f['当年财政拨款']['年初预算数'], '万元'), '当年拨款 年初 (table)')
    ck.same(q(sub, '万元'), q(f['当年财政拨款']['全年预算数'], '万元'), '当年拨款 text/table')
    ck.same(q(co, '万元'), q(f['上年结转资金']['全年预算数'], '万元'), '结转 text/table')
    ck.same(q(ab, '万元'), q(tot['全年预算数'], '万元'), '全年 text/table')
    ck.same(q(ib, '万元'), q(tot['年初预算数'], '万元'), '年初 text/table')
    sp, er = ck.m(r'全年支出{N}万元，预算执行率{N}%')
    ck.rate(q(sp, '万元'), q(ab, '万元'), er, '执行率 text')
    ck.same(q(sp, '万元'), q(tot['全年执行数'], '万元'), '支出 text/table')
    ck.same(q(er), q(tot['执行率'].rstrip('%')), '执行率 text/table')
    n1, t1, p1 = ck.m(r'为{N}名以灵活就业人员身份参加企业职工基本养老保险的退捕渔民发放补贴{N}万元，每人{N}元')
    ck.prod(q(n1), q(p1, '元'), q(t1, '万元'), '职工养老补贴')
    n2, t2, p2 = ck.m(r'为{N}名参加城乡居民基本养老保险的退捕渔民发放缴费补贴{N}万元，每人{N}元')
    ck.prod(q(n2), q(p2, '元'), q(t2, '万元'), '居民养老补贴')
    ck.same(q(p2, '元'), ck.cellq('人均缴费补贴', '实际完成值'), '居民补贴标准 text/table')
    fee, = ck.m(r'经办费用{N}万元')
    ck.sum([q(t1, '万元'), q(t2, '万元'), q(fee, '万元')], q(sp, '万元'), 'spending components')
    both, ppl, avg = ck.m(r'两类补贴合计{N}万元，惠及{N}人，人均补贴{N}元')
    ck.sum([q(t1, '万元'), q(t2, '万元')], q(both, '万元'), 'two subsidies')
    ck.sum([q(n1), q(n2)], q(ppl), 'people')
    ck.avg(q(both, '万元'), q(ppl), q(avg, '元'), '人均补贴')
    cf, _y4 = ck.m(r'年末结转{N}万元至(\d{4})年')
    ck.sum([q(sp, '万元'), q(cf, '万元')], q(ab, '万元'), 'balance', code='balance_mismatch')
    ns, = ck.m(r'全年补贴{N}人')
    ck.same(q(ns), q(ppl), '补贴人数 text')
    ck.same(q(ns), ck.cellq('补贴人数', '实际完成值'), '补贴人数 text/table')
    pen, = ck.m(r'已有{N}名退捕渔民按月领取养老金')
    ck.same(q(pen), ck.cellq('按月领取', '实际完成值'), '领取养老金 text/table')
    idr, idp = ck.m(r'身份核查准确率{N}%，较上年提高{N}个百分点')
    ck.same(q(idr), ck.cellq('身份核查', '实际完成值'), '核查率 text/table')
    ck.diff(q(idr), ck.cellq('身份核查', '2021年完成值'), q(idp), '核查率 pp', code='rate_mismatch')
    sc2, ins, ir, ipp = ck.m(r'纳入参保范围的{N}人中已参保{N}人，参保率{N}%，比上年提高{N}个百分点')
    ck.same(q(sc2), q(scope), '参保范围 text')
    ck.same(q(ins), q(ppl), '参保人数 = 补贴人数')
    ck.rate(q(ins), q(sc2), ir, '参保率')
    ck.same(q(ir), ck.cellq('参保率', '实际完成值'), '参保率 text/table')
    ck.diff(q(ir), ck.cellq('参保率', '2021年完成值'), q(ipp), '参保率 pp', code='rate_mismatch')
    sat, st = ck.m(r'满意度为{N}%，低于{N}%的目标值')
    ck.pct_le_100(sat + '%', 'satisfaction text')
    ck.same(q(sat), ck.cellq('满意度', '实际完成值'), '满意度 text/table')
    ck.same(q(st), ck.cellq('满意度', '年度指标值'), '满意度目标 text/table')
    ts, g = ck.m(r'自评得分{N}分，评价等级为(.)')
    ck.same(q(ts), q(ck.total_row['得分']), 'total text/table')
    ck.grades(ck.total_row['得分'])
    return ck


def ah_wangjiang(t):
    ck = Check(t, 2023)
    ck.years()
    f = funds_rows(ck, ['支出类别', '年初预算', '全年支出'], '全年预算')
    fund_sums(ck, f, '合计', ['基本支出', '项目支出'], ['年初预算', '全年预算', '全年支出'])
    for name, r in f.items():
        ck.rate(q(r['全年支出']), q(r['全年预算']), r['执行率'], f'dept {name}')
    p = funds_rows(ck, ['项目名称', '实际到位', '结转结余'], '全年预算')
    for name, r in p.items():
        ck.sum([q(r['实际支出'], '万元'), q(r['结转结余'], '万元')], q(r['实际到位'], '万元'),
               f'balance {name}', code='balance_mismatch')
        ck.n += 1
        if not dec(r['实际支出']) <= dec(r['实际到位']) <= dec(r['全年预算']):
            ck.fail('implausible_rate', f'ordering {name}')
    for c1, c2 in (('全年预算', '全年预算'), ('实际支出', '全年支出')):
        ck.sum([q(r[c1], '万元') for r in p.values()], q(f['项目支出'][c2], '万元'), f'projects {c1}')
    ck.indicators()
    ib, = ck.m(r'部门年初预算{N}万元')
    ck.same(q(ib, '万元'), q(f['合计']['年初预算'], '万元'), '年初 text/table')
    ab, sp, er, ly, pp = ck.m(r'调整后全年预算{N}万元；全年支出{N}万元，整体预算执行率{N}%，较上年{N}%提高{N}个百分点')
    ck.rate(q(sp, '万元'), q(ab, '万元'), er, '执行率 text')
    ck.diff(q(er), q(ly), q(pp), '执行率 pp', code='rate_mismatch')
    ck.same(q(ab, '万元'), q(f['合计']['全年预算'], '万元'), '全年 text/table')
    ck.same(q(sp, '万元'), q(f['合计']['全年支出'], '万元'), '支出 text/table')
    ck.same(q(er), q(f['合计']['执行率'].rstrip('%')), '执行率 text/table')
    ck.same(q(er), ck.cellq('预算执行率', '实际完成值'), '执行率 text/indicator table')
    ck.same(q(ly), ck.cellq('预算执行率', '上年实际值'), '上年执行率 text/indicator table')
    bb, br = ck.m(r'基本支出全年预算{N}万元，全部支出，执行率{N}%')
    ck.same(q(bb, '万元'), q(f['基本支出']['全年预算'], '万元'), '基本支出 text/table')
    ck.rate(q(f['基本支出']['全年支出']), q(bb), br, '基本支出执行率 text')
    pb, ps, pr = ck.m(r'项目支出全年预算{N}万元，支出{N}万元，执行率{N}%')
    ck.rate(q(ps, '万元'), q(pb, '万元'), pr, '项目支出执行率 text')
    ck.same(q(pb, '万元'), q(f['项目支出']['全年预算'], '万元'), '项目预算 text/table')
    ck.same(q(ps, '万元'), q(f['项目支出']['全年支出'], '万元'), '项目支出 text/table')
    s3, s3l, s3r = ck.m(r'“三公”经费支出{N}万元，较上年{N}万元下降{N}%')
    ck.n += 1
    if not close((dec(s3l) - dec(s3)) / dec(s3l) * 100, s3r):
        ck.fail('rate_mismatch', '三公 decrease')
    r1, r2_, r3 = ck.m(r'禁捕执法巡查经费执行率{N}%，退捕渔民就业帮扶及社保补助执行率{N}%，增殖放流及资源监测执行率{N}%')
    for rate_s, key in ((r1, '禁捕执法巡查经费'), (r2_, '退捕渔民就业帮扶及社保补助'), (r3, '增殖放流及资源监测')):
        ck.rate(q(p[key]['实际支出']), q(p[key]['全年预算']), rate_s, f'{key} 执行率 text')
    rv, rvr = ck.m(r'社保补助资金到位{N}万元，到位率{N}%')
    pk = p['退捕渔民就业帮扶及社保补助']
    ck.same(q(rv, '万元'), q(pk['实际到位'], '万元'), '到位 text/table')
    ck.rate(q(rv), q(pk['全年预算']), rvr, '到位率 text')
    gaps = [ck.m(r'县级配套资金{N}万元未到位')[0],
            re.search(r'县级配套' + N + '万元未到位', pk['说明']).group(1)]
    for gap in gaps:
        ck.sum([q(pk['实际到位'], '万元'), q(gap, '万元')], q(pk['全年预算'], '万元'), '未到位')
    fs, f1, u1, f2, u2 = ck.m(r'增殖放流及资源监测支出{N}万元，其中四大家鱼苗种{N}(万元|元)、长吻鮠等珍稀鱼类苗种{N}(万元|元)')
    ck.sum([q(f1, u1), q(f2, u2)], q(fs, '万元'), '放流苗种 components')
    ck.same(q(fs, '万元'), q(p['增殖放流及资源监测']['实际支出'], '万元'), '放流支出 text/table')
    gb, ga, gs = ck.m(r'政府采购预算{N}万元，实际采购金额{N}万元，节约资金{N}万元')
    ck.sum([q(ga, '万元'), q(gs, '万元')], q(gb, '万元'), '政府采购节约')
    km, kml, kmg = ck.m(r'全年巡查里程{N}公里，较上年{N}公里增长{N}%')
    ck.n += 1
    if not close((dec(km) - dec(kml)) / dec(kml) * 100, kmg):
        ck.fail('rate_mismatch', '里程 growth text')
    ck.same(q(km), ck.cellq('巡查里程', '实际完成值'), '里程 text/table')
    ck.same(q(kml), ck.cellq('巡查里程', '上年实际值'), '上年里程 text/table')
    jo, = ck.m(r'联合执法行动{N}次')
    ck.same(q(jo), ck.cellq('联合执法', '实际完成值'), '联合执法 text/table')
    cs, csl, csr = ck.m(r'查处非法捕捞案件{N}起，比上年{N}起减少{N}%')
    ck.n += 1
    if not close((dec(csl) - dec(cs)) / dec(csl) * 100, csr):
        ck.fail('rate_mismatch', '案件 decrease text')
    ck.same(q(cs), ck.cellq('发案数', '实际完成值'), '案件 text/table')
    ck.same(q(csl), ck.cellq('发案数', '上年实际值'), '上年案件 text/table')
    hp, hc, hr = ck.m(r'为{N}名退捕渔民提供就业帮扶，完成目标的{N}%，稳定就业率{N}%')
    ck.n += 1
    if not close(dec(hp) / ck.cellq('就业帮扶人数', '年度指标值').v * 100, hc):
        ck.fail('completion_mismatch', '帮扶 completion text')
    ck.same(q(hp), ck.cellq('就业帮扶人数', '实际完成值'), '帮扶 text/table')
    ck.same(q(hr), ck.cellq('稳定就业率', '实际完成值'), '就业率 text/table')
    fy, fyl, fyg = ck.m(r'苗种{N}万尾，较上年{N}万尾增长{N}%')
    ck.n += 1
    if not close((dec(fy) - dec(fyl)) / dec(fyl) * 100, fyg):
        ck.fail('rate_mismatch', '放流 growth text')
    ck.same(q(fy), ck.cellq('苗种数量', '实际完成值'), '放流 text/table')
    sat, st = ck.m(r'满意度{N}%，略低于{N}%的目标')
    ck.pct_le_100(sat + '%', 'satisfaction text')
    ck.same(q(sat), ck.cellq('满意度', '实际完成值'), '满意度 text/table')
    ck.same(q(st), ck.cellq('满意度', '年度指标值'), '满意度目标 text/table')
    w = ck.m(r'预算执行{N}分、产出{N}分、效益{N}分、满意度{N}分')
    ck.sum([q(x) for x in w], q('100'), 'text weights', code='weight_sum_mismatch')
    for v, lv in zip(w, ('预算执行', '产出', '效益', '满意度')):
        ck.same(q(v), q(str(ck.level_sum(lv, '分值'))), f'{lv} weight text/table', code='weight_sum_mismatch')
    e, o, bn, sa, tt, g = ck.m(r'预算执行指标得分{N}分，产出指标得分{N}分，效益指标得分{N}分，满意度指标得分{N}分，总分{N}分，评价等级为(.)')
    ck.sum([q(x) for x in (e, o, bn, sa)], q(tt), 'text score parts', code='score_sum_mismatch')
    for v, lv in ((e, '预算执行'), (o, '产出'), (bn, '效益'), (sa, '满意度')):
        ck.sum([q(str(ck.level_sum(lv)))], q(v), f'{lv} rows vs text', code='score_sum_mismatch')
    ck.same(q(tt), q(ck.total_row['得分']), 'total text/table')
    ck.grades(ck.total_row['得分'])
    return ck


PROJECTS = {
    'sc-hejiang-jinyuxunhu-2019': sc_hejiang,
    'jx-duchang-tuibuguodu-2020': jx_duchang,
    'hb-honghu-jinbuxunhang-2021': hb_honghu,
    'hn-huarong-tuibuyanglao-2022': hn_huarong,
    'ah-wangjiang-yuzhengzhan-bumen-2023': ah_wangjiang,
}


# ----------------------------------------------------------------------------- main
def changed_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
    counts = {c: 0 for c in CODES}
    texts = {}
    for lab in labels:
        with open(os.path.join(CASES, lab['case']), encoding='utf-8') as fh:
            texts[lab['case']] = fh.read()
    assert len(labels) == 35, len(labels)
    for lab in labels:
        t = texts[lab['case']]
        src = lab['source']
        clean = texts[f'{src}-clean.txt']
        if lab['clean']:
            if lab['expected']:
                problems.append(f"{lab['case']}: clean case with labels")
        else:
            if len(lab['expected']) != 1:
                problems.append(f"{lab['case']}: expected exactly one label")
            p, e = changed_region(clean, t)
            if e - p > 400 or p >= len(t):
                problems.append(f"{lab['case']}: changed region [{p},{e}) too large or empty")
            for ex in lab['expected']:
                counts[ex['code']] = counts.get(ex['code'], 0) + 1
                if ex['severity'] != 'error' or ex['code'] not in CODES:
                    problems.append(f"{lab['case']}: bad code/severity {ex}")
                v = ex['value']
                occ = [i for i in range(len(t)) if t.startswith(v, i)]
                if not occ:
                    problems.append(f"{lab['case']}: value {v!r} not in case")
                elif not any(i < e and i + len(v) > p for i in occ):
                    problems.append(f"{lab['case']}: value {v!r} does not overlap the edit [{p},{e})")
                if len(occ) > 1:
                    problems.append(f"{lab['case']}: value {v!r} occurs {len(occ)} times")
        # arithmetic
        try:
            ck = PROJECTS[src](t)
        except Exception as exc:  # a broken parse is a failure of the set
            problems.append(f"{lab['case']}: checker crashed: {exc!r}")
            continue
        failed = sorted({c for c, _ in ck.fails})
        if lab['clean']:
            if failed:
                problems.append(f"{lab['case']}: clean draft fails {ck.fails}")
            if ck.warns:
                problems.append(f"{lab['case']}: clean draft warnings {ck.warns}")
            print(f"{lab['case']:48s} clean  checks={ck.n:3d} fails=0")
        else:
            want = sorted({x['code'] for x in lab['expected']})
            if failed != want:
                problems.append(f"{lab['case']}: expected {want}, arithmetic fails {ck.fails}")
            print(f"{lab['case']:48s} {want[0]:22s} checks={ck.n:3d} -> {'; '.join(m for _, m in ck.fails)[:110]}")
    for c in CODES:
        if counts.get(c, 0) < 2:
            problems.append(f'code {c} used {counts.get(c, 0)} times (< 2)')
    print('per code:', ', '.join(f'{c}={counts[c]}' for c in CODES))
    try:
        sys.path.insert(0, HERE)
        sys.dont_write_bytecode = True
        import build
        where = {}
        for e in build.EDITS:
            where[e[3]] = where.get(e[3], 0) + 1
        print('where:', where)
        if abs(where.get('prose', 0) - where.get('table', 0)) > 4:
            problems.append(f'prose/table split uneven: {where}')
    except ImportError:
        pass
    if problems:
        print('\nPROBLEMS:')
        for pr in problems:
            print(' -', pr)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
