#!/usr/bin/env python3
"""Re-check every case of drafts536 from its text alone (standard library + decimal).

For each draft the figures are read back from the text -- generic parsing of every table
(funds blocks, indicator tables, Shanxi 行次 table) plus anchored regular expressions for the
prose figures listed in SPEC -- and every identity of rules.md section 7 is recomputed with the
tolerance of section 8 (ROUND_HALF_UP, half a unit of the stated decimals).

Requirements checked:
  * each clean draft: 1,500-5,000 characters, no error finding and no warning;
  * each error case: exactly the labelled code among error findings, no warning, and the
    finding's figures overlap the injected edit;
  * labels: value occurs exactly once, the case differs from its clean draft by one contiguous
    edit of at most 40 characters that overlaps the value, every code of errors.md section A
    used at least twice.
Prints OK when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP, getcontext

getcontext().prec = 40
HERE = os.path.dirname(os.path.abspath(__file__))
NUM = r'(\d[\d,]*(?:\.\d+)?)'
CODES_A = ['rate_mismatch', 'balance_mismatch', 'sum_mismatch', 'score_sum_mismatch',
           'score_exceeds_weight', 'weight_sum_mismatch', 'grade_mismatch', 'average_mismatch',
           'conflicting_values', 'implausible_rate', 'unit_mismatch', 'year_mismatch',
           'completion_mismatch']


class ParseError(Exception):
    pass


class Fig:
    """A number read from the text: value, decimals as written, span."""

    def __init__(self, raw, start):
        self.raw = raw
        s = raw.replace(',', '')
        self.v = D(s)
        self.d = len(s.split('.')[1]) if '.' in s else 0
        self.span = (start, start + len(raw))

    def __repr__(self):
        return self.raw


def tol(d):
    return D(5) * D(10) ** (-(d + 1)) + D('1e-9')


def close(c, f):
    """computed value c consistent with stated figure f (rules section 8)."""
    return abs(c - f.v) <= tol(f.d)


def fig(text, rx):
    ms = list(re.finditer(rx, text, re.M))
    if len(ms) != 1:
        raise ParseError('%d matches for %r' % (len(ms), rx))
    m = ms[0]
    return Fig(m.group(1), m.start(1))


def figs_in(text, rx):
    """All numbers inside group 1 of the (unique) match of rx."""
    ms = list(re.finditer(rx, text, re.M))
    if len(ms) != 1:
        raise ParseError('%d matches for %r' % (len(ms), rx))
    m = ms[0]
    out = [Fig(x.group(1), m.start(1) + x.start(1)) for x in re.finditer(NUM, m.group(1))]
    if len(out) < 2:
        raise ParseError('list too short for %r' % rx)
    return out


def cell(prefix, idx, sep='｜', full=False):
    """Regex for the number in the idx-th cell after a row prefix (row starts a line).
    full=True: the cells before it must be non-empty (tells a funds row from a score row)."""
    q = '+' if full else '*'
    if sep == '|':
        return (r'^' + re.escape(prefix) + r'(?: \|[^|\n]%s){%d} \| *[≥≤]? *' % (q, idx - 1)) + NUM
    esep = re.escape(sep)
    return (r'^' + re.escape(prefix) + r'(?:%s[^%s\n]%s){%d}%s[≥≤]?' % (esep, esep, q, idx - 1, esep)) + NUM


# ---------------------------------------------------------------- findings
class Finding:
    def __init__(self, code, spans, msg, sev='error'):
        self.code, self.spans, self.msg, self.sev = code, spans, msg, sev

    def __repr__(self):
        return '%s[%s] %s %s' % (self.code, self.sev, self.spans, self.msg)


RESCALE = [D('0.0001'), D('10000'), D('0.00000001'), D('100000000')]


def sum_check(out, parts, total, code='sum_mismatch', signs=None):
    signs = signs or [1] * len(parts)
    s = sum(sg * p.v for sg, p in zip(signs, parts))
    if close(s, total):
        return
    spans = [p.span for p in parts] + [total.span]
    for i, p in enumerate(parts):  # a single amount off by a power of ten: unit_mismatch
        for k in RESCALE:
            if close(s - signs[i] * p.v + signs[i] * p.v * k, total):
                out.append(Finding('unit_mismatch', [p.span], '%s x %s reconciles the sum' % (p.raw, k)))
                return
    for k in RESCALE:
        if abs(s - total.v * k) <= tol(total.d) * k:
            out.append(Finding('unit_mismatch', [total.span], '%s x %s reconciles the sum' % (total.raw, k)))
            return
    out.append(Finding(code, spans, 'parts %s give %s, stated %s' % (parts, s, total.raw)))


def rate_check(out, num, den, rate, code='rate_mismatch'):
    if den.v == 0:
        if rate.v != 0:
            out.append(Finding('implausible_rate', [rate.span], 'rate on a zero base'))
        return
    c = num.v / den.v * 100
    bad = not close(c, rate)
    if bad:
        for f, other in ((num, den), (den, num)):
            for k in RESCALE:
                cc = (num.v * (k if f is num else 1)) / (den.v * (k if f is den else 1)) * 100
                if close(cc, rate):
                    out.append(Finding('unit_mismatch', [f.span], 'rescaled %s reconciles the rate' % f.raw))
                    return
        out.append(Finding(code, [num.span, den.span, rate.span], '%s/%s = %.4f%%, stated %s' % (num, den, c, rate.raw)))
    if rate.v > 100 + tol(rate.d) or c > 100 + D('1e-9'):
        out.append(Finding('implausible_rate', [num.span, den.span, rate.span], 'rate above 100%%: %s' % rate.raw))


def eq_check(out, a, b, scale=D(1)):
    bv = b.v * scale
    d = min(a.d, b.d + (len(str(scale).split('.')[1]) if '.' in str(scale) else 0))
    if abs(a.v - bv) <= tol(d):
        return
    for k in RESCALE:
        if abs(a.v - bv * k) <= tol(d) * max(1, k) or abs(a.v * k - bv) <= tol(d) * max(1, k):
            out.append(Finding('unit_mismatch', [a.span, b.span], '%s vs %s off by a power of ten' % (a, b)))
            return
    out.append(Finding('conflicting_values', [a.span, b.span], '%s vs %s' % (a.raw, b.raw)))


GRADES = {'优': '优', '优秀': '优', '良': '良', '良好': '良', '中': '中', '中等': '中', '一般': '中',
          '合格': '中', '差': '差', '较差': '差', '不合格': '差'}


def band(total):
    if total >= 90:
        return '优'
    if total >= 80:
        return '良'
    if total >= 60:
        return '中'
    return '差'


# ---------------------------------------------------------------- tables
SEPS = ('｜', '\t')


def table_blocks(text):
    """Consecutive table lines -> list of rows; a row is a list of (cell_text, start_offset)."""
    blocks, cur = [], []
    pos = 0
    for line in text.split('\n'):
        start = pos
        pos += len(line) + 1
        is_md = line.startswith('|')
        sep = '|' if is_md else ('｜' if '｜' in line else ('\t' if '\t' in line else None))
        if sep is None:
            if cur:
                blocks.append(cur)
                cur = []
            continue
        body, off = line, start
        if is_md:
            body = line.strip()
            body = body[1:-1] if body.endswith('|') else body[1:]
            off = start + 1
        cells, o = [], off
        for c in body.split(sep):
            lead = len(c) - len(c.lstrip())
            cells.append((c.strip(), o + lead))
            o += len(c) + 1
        if all(re.fullmatch(r'-*', c) for c, _ in cells):
            continue  # markdown separator row
        cur.append(cells)
    if cur:
        blocks.append(cur)
    return blocks


def colmap(header):
    m = {}
    for i, (h, _) in enumerate(header):
        if h in ('三级指标', '指标'):
            m['name'] = i
        elif '指标值' in h or '目标值' in h:
            m['target'] = i
        elif '实际完成值' in h or '业绩值' in h:
            m['actual'] = i
        elif '完成率' in h:
            m['rate'] = i
        elif h in ('分值', '权重'):
            m['weight'] = i
        elif '得分' in h:
            m['score'] = i
        elif h == '指标性质':
            m['dir'] = i
        elif h == '度量单位':
            m['unit'] = i
        elif '年初预算' in h:
            m['initial'] = i
        elif '全年预算' in h:
            m['annual'] = i
        elif '全年执行' in h:
            m['spent'] = i
        elif '执行率' in h:
            m['erate'] = i
        elif h == '行次':
            m['rowno'] = i
    return m


def numcell(cells, i):
    """Fig if the cell is a plain number (optionally with %), else None."""
    if i is None or i >= len(cells):
        return None
    c, o = cells[i]
    m = re.fullmatch(NUM + r'%?', c)
    return Fig(m.group(1), o) if m else None


SIGNWORDS = [('≥', 'gte'), ('>=', 'gte'), ('＞', 'gte'), ('不低于', 'gte'), ('不少于', 'gte'),
             ('≤', 'lte'), ('<=', 'lte'), ('＜', 'lte'), ('不超过', 'lte'), ('不高于', 'lte'), ('=', 'eq')]


def split_value(c, o):
    """'≥30,000张' -> (direction, Fig, unit); None when not quantitative."""
    direction = 'eq'
    for w, dname in SIGNWORDS:
        if c.startswith(w):
            direction, c, o = dname, c[len(w):], o + len(w)
            break
    m = re.fullmatch(NUM + r'(.*)', c)
    if not m:
        return None
    return direction, Fig(m.group(1), o), m.group(2).strip()


class Ctx:
    def __init__(self):
        self.weights, self.scores = [], []          # Figs of weighted rows
        self.total_weights, self.total_scores = [], []  # stated totals


def check_tables(text, out, ctx):
    for rows in table_blocks(text):
        header, body = rows[0], rows[1:]
        m = colmap(header)
        if 'rowno' in m:
            shanxi_funds(header, body, out)
            continue
        funds = 'annual' in m and 'spent' in m
        if funds:
            funds_table(m, body, out)
        for cells in body:
            first = next((c for c, _ in cells if c), '')
            w = numcell(cells, m.get('weight'))
            s = numcell(cells, m.get('score'))
            if first in ('合计', '总分', '总计') and not funds:
                if w:
                    ctx.total_weights.append(w)
                if s:
                    ctx.total_scores.append(s)
                continue
            if w is not None and s is not None:
                ctx.weights.append(w)
                ctx.scores.append(s)
                if s.v > w.v or s.v < 0:
                    out.append(Finding('score_exceeds_weight', [w.span, s.span], 'score %s, weight %s' % (s.raw, w.raw)))
            if 'target' in m and 'actual' in m:
                indicator_row(m, cells, w, s, out)


def indicator_row(m, cells, w, s, out):
    tc, to = cells[m['target']]
    ac, ao = cells[m['actual']]
    name = cells[m['name']][0] if 'name' in m else ''
    unitcol = cells[m['unit']][0] if 'unit' in m else None
    if 'dir' in m:
        dcell = cells[m['dir']][0]
        if dcell == '定性':
            return
        tc = dcell + tc
        to -= len(dcell)
    t = split_value(tc, to)
    a = split_value(ac, ao)
    if t is None or a is None:
        return  # qualitative row
    direction, T, tunit = t
    _, A, aunit = a
    if unitcol is not None and unitcol not in ('—', ''):
        tunit = tunit or unitcol
        aunit = aunit or unitcol
    if tunit != aunit:
        out.append(Finding('unit_mismatch', [(to, to + len(tc)), (ao, ao + len(ac))],
                           '%s: target unit %r, actual unit %r' % (name, tunit, aunit)))
        return
    if aunit == '%' and A.v > 100 and ('率' in name or '满意度' in name):
        out.append(Finding('implausible_rate', [A.span], '%s: %s%% above 100%%' % (name, A.raw)))
    if direction == 'lte':
        comp = D(100) if A.v <= T.v else T.v / A.v * 100
    elif T.v == 0:
        comp = D(100) if A.v <= 0 else D(0)
    else:
        comp = max(A.v, D(0)) / T.v * 100
    R = numcell(cells, m.get('rate'))
    if R is not None and not close(comp, R):
        out.append(Finding('completion_mismatch', [T.span, A.span, R.span],
                           '%s: completion %.4f%%, stated %s' % (name, comp, R.raw)))
    if w is not None and s is not None:
        cands = [w.v * min(comp, D(100)) / 100]
        if R is not None:
            cands.append(w.v * min(R.v, D(100)) / 100)
        if not any(close(c, s) for c in cands):
            out.append(Finding('score_rule_mismatch', [s.span], '%s: expected %s' % (name, cands), 'warning'))


def funds_table(m, body, out):
    total, comps = body[0], body[1:]
    for key in ('initial', 'annual', 'spent'):
        if key not in m or not comps:
            continue
        tf = numcell(total, m[key])
        parts = [numcell(c, m[key]) for c in comps]
        if tf is None or any(p is None for p in parts):
            continue
        sum_check(out, parts, tf)
    for cells in body:
        a, sp = numcell(cells, m['annual']), numcell(cells, m['spent'])
        rc = cells[m['erate']] if 'erate' in m else None
        if a is None or sp is None or rc is None:
            continue
        if a.v == 0:
            if rc[0] not in ('—', '-', '', '0', '0%', '0.00%'):
                out.append(Finding('implausible_rate', [(rc[1], rc[1] + len(rc[0]))], 'rate on a zero base'))
            continue
        r = numcell(cells, m['erate'])
        if r is None:
            out.append(Finding('rate_mismatch', [(rc[1], rc[1] + len(rc[0]))], 'no rate printed for a non-zero base'))
            continue
        rate_check(out, sp, a, r)
        w, s = numcell(cells, m.get('weight')), numcell(cells, m.get('score'))
        if w is not None and s is not None:
            cands = [w.v * min(sp.v / a.v, D(1)), w.v * min(r.v, D(100)) / 100]
            if not any(close(c, s) for c in cands):
                out.append(Finding('score_rule_mismatch', [s.span], 'execution score expected %s' % cands, 'warning'))


def shanxi_funds(header, body, out):
    """Seed-003 layout: rows (1)..(7), columns 总额, 小计, 中央, 省, 市, 县区, 上年结转, 其他."""
    ri = colmap(header)['rowno']
    rows = {}
    for cells in body:
        key = re.match(r'\((\d)\)', cells[ri][0])
        if key:
            rows[int(key.group(1))] = cells[ri + 1:]

    def val(r, j):
        c, o = rows[r][j]
        if c == '':
            return Fig('0', o), True
        return Fig(c, o), False

    if sorted(rows) != [1, 2, 3, 4, 5, 6, 7] or any(len(r) != 8 for r in rows.values()):
        raise ParseError('Shanxi funds table: rows %s' % sorted(rows))
    ncol = len(rows[1])
    for r in (1, 2, 3, 4, 5):  # components
        total, sub = val(r, 0)[0], val(r, 1)[0]
        sum_check(out, [sub, val(r, 6)[0], val(r, 7)[0]], total)
        sum_check(out, [val(r, j)[0] for j in (2, 3, 4, 5)], sub)
    for j in range(ncol):
        bal = val(5, j)[0]
        sum_check(out, [val(3, j)[0], val(4, j)[0]], bal, code='balance_mismatch', signs=[1, -1])
        for r, num in ((6, 3), (7, 4)):
            rate = val(r, j)[0]
            base = val(2, j)[0]
            if base.v == 0:
                if rate.v != 0:
                    out.append(Finding('implausible_rate', [rate.span], 'rate %s on a zero base' % rate.raw))
                continue
            rate_check(out, val(num, j)[0], base, rate)


# ---------------------------------------------------------------- spec checks
def run_spec(text, spec, out, ctx):
    Y = spec['year']
    for chk in spec['checks']:
        kind = chk[0]
        g = lambda rx: fig(text, rx)
        if kind == 'sum':
            parts = [g(p) for p in chk[1]]
            sum_check(out, parts, g(chk[2]), signs=chk[3] if len(chk) > 3 else None)
        elif kind == 'sum_list':
            sum_check(out, figs_in(text, chk[1]), g(chk[2]))
        elif kind == 'diff':  # a - b = c
            sum_check(out, [g(chk[1]), g(chk[2])], g(chk[3]), code=chk[4], signs=[1, -1])
        elif kind == 'balance':
            sum_check(out, [g(chk[1]), g(chk[2])], g(chk[3]), code='balance_mismatch', signs=[1, -1])
        elif kind == 'rate':
            rate_check(out, g(chk[1]), g(chk[2]), g(chk[3]))
        elif kind == 'growth':
            new, old, r = g(chk[1]), g(chk[2]), g(chk[3])
            c = (new.v - old.v) / old.v * 100
            if not close(c, r):
                out.append(Finding('rate_mismatch', [new.span, old.span, r.span], 'growth %.4f%%, stated %s' % (c, r.raw)))
        elif kind == 'completion':
            T, A, R = g(chk[1]), g(chk[2]), g(chk[3])
            if chk[4] == 'lte':
                c = D(100) if A.v <= T.v else T.v / A.v * 100
            else:
                c = A.v / T.v * 100
            if not close(c, R):
                out.append(Finding('completion_mismatch', [T.span, A.span, R.span], 'completion %.4f%%, stated %s' % (c, R.raw)))
        elif kind in ('avg', 'avg_list'):
            items = [g(x) for x in chk[1]] if kind == 'avg' else figs_in(text, chk[1])
            a = g(chk[2])
            c = sum(i.v for i in items) / len(items)
            if not close(c, a):
                out.append(Finding('average_mismatch', [i.span for i in items] + [a.span], 'mean %.4f, stated %s' % (c, a.raw)))
        elif kind == 'quot':  # total / count = average
            t, n, a = g(chk[1]), g(chk[2]), g(chk[3])
            c = t.v / n.v
            if not close(c, a):
                out.append(Finding('average_mismatch', [t.span, n.span, a.span], '%s/%s = %.4f, stated %s' % (t, n, c, a.raw)))
        elif kind == 'eq':
            eq_check(out, g(chk[1]), g(chk[2]), chk[3] if len(chk) > 3 else D(1))
        elif kind == 'year':
            ms = list(re.finditer(chk[1], text, re.M))
            if len(ms) != 1:
                raise ParseError('%d matches for %r' % (len(ms), chk[1]))
            mm = ms[0]
            y = int(mm.group(1))
            rel = chk[2]
            ok = {'eq': y == Y, 'gt': y > Y,
                  'issue': y == Y or (y == Y - 1 and mm.lastindex and int(mm.group(2)) == 12)}[rel]
            if not ok:
                out.append(Finding('year_mismatch', [mm.span(1)], '%d with relation %s to %d' % (y, rel, Y)))
        elif kind == 'total':
            ctx.total_scores.append(g(chk[1]))
        elif kind == 'grade':
            ctx.grades = getattr(ctx, 'grades', []) + [chk[1]]
        elif kind == 'rule':  # score = weight x min(rate, 100%)
            w, s, r = g(chk[1]), g(chk[2]), g(chk[3])
            c = w.v * min(r.v, D(100)) / 100
            if not close(c, s):
                out.append(Finding('score_rule_mismatch', [s.span], 'expected %s' % c, 'warning'))
        else:
            raise ValueError(kind)


def check(text, spec):
    out, ctx = [], Ctx()
    check_tables(text, out, ctx)
    run_spec(text, spec, out, ctx)
    if not ctx.weights or not ctx.total_scores:
        raise ParseError('no weighted rows or no stated total')
    sw = sum(w.v for w in ctx.weights)
    ss = sum(s.v for s in ctx.scores)
    wspans = [w.span for w in ctx.weights]
    if sw != 100:
        out.append(Finding('weight_sum_mismatch', wspans, 'weights sum to %s' % sw))
    for tw in ctx.total_weights:
        if tw.v != sw:
            out.append(Finding('weight_sum_mismatch', wspans + [tw.span], 'weights %s, stated total %s' % (sw, tw.raw)))
    for ts in ctx.total_scores:
        if not close(ss, ts):
            out.append(Finding('score_sum_mismatch', [s.span for s in ctx.scores] + [ts.span],
                               'scores sum to %s, stated %s' % (ss, ts.raw)))
    for rx in getattr(ctx, 'grades', []):
        ms = list(re.finditer(rx, text, re.M))
        if len(ms) != 1:
            raise ParseError('%d matches for %r' % (len(ms), rx))
        gtext = ms[0].group(1)
        for ts in ctx.total_scores:
            if GRADES[gtext] != band(ts.v):
                out.append(Finding('grade_mismatch', [ms[0].span(1)], '%s for total %s' % (gtext, ts.raw)))
                break
    return out


# ---------------------------------------------------------------- per-draft specs
GRADE_RX = r'(优秀|良好|中等|一般|合格|较差|不合格|优|良|中|差)'

SPEC = {}

SPEC['gd-changan-juzhuzheng-2019'] = dict(year=2019, checks=[
    ('year', r'^(\d{4})年度流动人口服务管理', 'eq'),
    ('year', r'(\d{4})年分局部门预算', 'eq'),
    ('sum', ['本项目年初预算' + NUM + '万元', '追加预算' + NUM + '万元', '上年结转资金' + NUM + '万元（'],
     '全年预算数为' + NUM + '万元'),
    ('eq', '上年结转资金' + NUM + '万元（', '万元（' + NUM + '元）', D('0.0001')),
    ('rate', '资金实际到位' + NUM + '万元', '全年预算数为' + NUM + '万元', '到位率' + NUM + '%'),
    ('rate', '全年执行' + NUM + '万元，预算', '全年预算数为' + NUM + '万元', '预算执行率' + NUM + '%，其中'),
    ('sum', ['协管员经费' + NUM, '制证及耗材费用' + NUM, '信息采集经费' + NUM, '宣传培训及其他' + NUM],
     '全年执行' + NUM + '万元，预算'),
    ('balance', '资金实际到位' + NUM + '万元', '全年执行' + NUM + '万元，预算', '未执行' + NUM + '万元'),
    ('sum', ['居住证卡片采购' + NUM + '万元', '结余' + NUM + '万元已上缴'], '未执行' + NUM + '万元'),
    ('year', r'结转至(\d{4})年', 'gt'),
    ('eq', '本项目年初预算' + NUM, cell('年度资金总额', 1)),
    ('eq', '全年预算数为' + NUM, cell('年度资金总额', 2)),
    ('eq', '全年执行' + NUM + '万元，预算', cell('年度资金总额', 3)),
    ('eq', '预算执行率' + NUM + '%，其中', cell('年度资金总额', 5)),
    ('eq', '上年结转资金' + NUM + '万元（', cell('上年结转资金', 2)),
    ('eq', '居住证不少于' + NUM + '张', cell('产出指标｜数量指标｜居住证受理办理量', 1)),
    ('eq', '流动人口信息不少于' + NUM + '人次', cell('产出指标｜数量指标｜流动人口信息采集登记', 1)),
    ('eq', '出租屋不少于' + NUM + '间次', cell('产出指标｜数量指标｜出租屋巡查登记', 1)),
    ('eq', '时限不超过' + NUM + '个工作日', cell('产出指标｜时效指标｜居住证办结时限', 1)),
    ('eq', '满意度不低于' + NUM + '%', cell('满意度指标｜服务对象满意度指标｜办证群众满意度', 1)),
    ('sum', ['新办' + NUM + '张', '换领' + NUM + '张', '补领' + NUM + '张'], '全年共办理居住证' + NUM + '张'),
    ('eq', '全年共办理居住证' + NUM + '张', cell('产出指标｜数量指标｜居住证受理办理量', 2)),
    ('growth', '全年共办理居住证' + NUM + '张', '较2018年的' + NUM + '张', '增长' + NUM + '%'),
    ('eq', '采集登记流动人口信息' + NUM + '人次', cell('产出指标｜数量指标｜流动人口信息采集登记', 2)),
    ('eq', '信息准确率' + NUM + '%', cell('产出指标｜质量指标｜流动人口信息准确率', 2)),
    ('eq', '制证合格率' + NUM + '%', cell('产出指标｜质量指标｜居住证制证合格率', 2)),
    ('eq', '巡查登记出租屋' + NUM + '间次', cell('产出指标｜数量指标｜出租屋巡查登记', 2)),
    ('eq', '压缩至' + NUM + '个工作日', cell('产出指标｜时效指标｜居住证办结时限', 2)),
    ('eq', '签注当日办结率' + NUM + '%', cell('产出指标｜时效指标｜居住证签注当日办结率', 2)),
    ('eq', '制证成本' + NUM + '元/张，低于', cell('产出指标｜成本指标｜单张居住证制证成本', 2)),
    ('eq', '低于' + NUM + '元/张的控制目标', cell('产出指标｜成本指标｜单张居住证制证成本', 1)),
    ('eq', '同比下降' + NUM + '%', cell('效益指标｜社会效益指标｜涉流动人口刑事案件立案数同比下降', 2)),
    ('eq', '隐患整改率' + NUM + '%', cell('效益指标｜社会效益指标｜出租屋治安隐患整改率', 2)),
    ('eq', '全年满意度为' + NUM + '%', cell('满意度指标｜服务对象满意度指标｜办证群众满意度', 2)),
    ('avg_list', '回访满意率分别为([^，]+)，', '平均' + NUM + '%'),
    ('total', '综合自评得分' + NUM + '分'),
    ('grade', '评价等级为' + GRADE_RX),
])

T = '\t'
SPEC['zj-beilun-xinjumin-2021'] = dict(year=2021, checks=[
    ('year', r'^宁波市公安局北仑分局(\d{4})年度', 'eq'),
    ('year', r'分局(\d{4})年部门整体支出', 'eq'),
    ('year', r'资金于(\d{4})年(\d+)月', 'issue'),
    ('year', r'结转至(\d{4})年', 'gt'),
    ('sum', ['年初预算安排' + NUM, '追加预算' + NUM, '调减' + NUM], '全年预算' + NUM + '万元。', [1, 1, -1]),
    ('rate', '拨付到位' + NUM, '全年预算' + NUM + '万元。', '到位率' + NUM + '%'),
    ('rate', '全年支出' + NUM, '全年预算' + NUM + '万元。', '预算执行率' + NUM + '%，分别'),
    ('sum', ['居住证制证及卡片耗材费' + NUM + '万元', '新居民协管员经费' + NUM, '信息系统维护费' + NUM, '宣传培训及其他' + NUM],
     '全年支出' + NUM),
    ('balance', '拨付到位' + NUM, '全年支出' + NUM, '年末结余' + NUM),
    ('quot', '新居民协管员经费' + NUM, '协管员' + NUM + '名', '人均年经费' + NUM + '万元'),
    ('eq', '制证成本为' + NUM + '元', cell(T + '成本指标' + T + '单张居住证制证成本', 2, T)),
    ('completion', '年度目标' + NUM + '张超额', '全年办理居住证' + NUM + '张，较', '完成率' + NUM + '%；', 'gte'),
    ('eq', '居住证不少于' + NUM + '张', cell('产出指标' + T + '数量指标' + T + '居住证办理量', 1, T)),
    ('eq', '新居民信息不少于' + NUM + '人次', cell(T + T + '新居民信息登记', 1, T)),
    ('eq', '房屋信息不少于' + NUM + '套', cell(T + T + '出租房屋信息采集', 1, T)),
    ('eq', '时限不超过' + NUM + '个工作日', cell(T + '时效指标' + T + '居住证办结时限', 1, T)),
    ('eq', '承诺的' + NUM + '个工作日', cell(T + '时效指标' + T + '居住证办结时限', 1, T)),
    ('eq', '满意度不低于' + NUM + '%', cell('满意度指标' + T + '服务对象满意度指标' + T + '新居民满意度', 1, T)),
    ('eq', '和' + NUM + '个新居民服务站', T + NUM + '个站全年运行'),
    ('eq', '年度目标' + NUM + '张超额', cell('产出指标' + T + '数量指标' + T + '居住证办理量', 1, T)),
    ('eq', '全年办理居住证' + NUM + '张，较', cell('产出指标' + T + '数量指标' + T + '居住证办理量', 2, T)),
    ('growth', '全年办理居住证' + NUM + '张，较', '2020年全区办理居住证' + NUM + '张', '同比增长' + NUM + '%'),
    ('avg_list', '分别办理居住证([^，]+)，平均', '平均每站' + NUM + '张'),
    ('eq', '新居民信息登记' + NUM + '人次', cell(T + T + '新居民信息登记', 2, T)),
    ('eq', '房屋信息采集' + NUM + '套', cell(T + T + '出租房屋信息采集', 2, T)),
    ('eq', '压缩到' + NUM + '个工作日', cell(T + '时效指标' + T + '居住证办结时限', 2, T)),
    ('eq', '证件差错率' + NUM + '%', cell(T + '质量指标' + T + '居住证证件差错率', 2, T)),
    ('eq', '积分制服务受益新居民' + NUM + '人次', cell('效益指标' + T + '社会效益指标' + T + '积分制服务受益人次', 2, T)),
    ('eq', '新居民满意度' + NUM + '%', cell('满意度指标' + T + '服务对象满意度指标' + T + '新居民满意度', 2, T)),
    ('eq', '用工单位满意度' + NUM + '%', cell(T + T + '用工单位满意度', 2, T)),
    ('eq', '预算执行率' + NUM + '%，分别', cell('预算执行' + T + '预算执行率' + T + '预算执行率', 2, T)),
    ('total', '自评得分' + NUM + '分'),
    ('grade', '评价等级为' + GRADE_RX),
])

P = '|'
SPEC['sc-shuangliu-liudongrenkou-2023'] = dict(year=2023, checks=[
    ('year', r'^成都市公安局双流区分局(\d{4})年度', 'eq'),
    ('year', r'截至(\d{4})年12月31日', 'eq'),
    ('year', r'分局(\d{4})年部门整体支出', 'eq'),
    ('sum', ['其中财政资金' + NUM, '单位资金' + NUM + '万元。'], '本项目年初预算' + NUM),
    ('diff', '本项目年初预算' + NUM, '调减财政资金' + NUM, '调整后全年预算' + NUM, 'sum_mismatch'),
    ('diff', '其中财政资金' + NUM, '调减财政资金' + NUM, cell('| 其中：财政资金', 2, P), 'sum_mismatch'),
    ('rate', '全年实际执行' + NUM, '调整后全年预算' + NUM, '预算执行率' + NUM + '%，其中'),
    ('sum', ['财政资金执行' + NUM, '单位资金执行' + NUM], '全年实际执行' + NUM),
    ('balance', '调整后全年预算' + NUM, '全年实际执行' + NUM, '年末结余' + NUM),
    ('balance', cell('| 其中：财政资金', 2, P), '财政资金执行' + NUM, '年末结余' + NUM),
    ('eq', '本项目年初预算' + NUM, cell('| 年度资金总额', 1, P)),
    ('eq', '调整后全年预算' + NUM, cell('| 年度资金总额', 2, P)),
    ('eq', '全年实际执行' + NUM, cell('| 年度资金总额', 3, P)),
    ('eq', '预算执行率' + NUM + '%，其中', cell('| 年度资金总额', 5, P)),
    ('eq', '本项目预算执行率' + NUM + '%', cell('| 年度资金总额', 5, P)),
    ('eq', '财政资金执行' + NUM, cell('| 其中：财政资金', 3, P)),
    ('sum', ['东升派出所' + NUM, '西航港派出所' + NUM, '九江派出所' + NUM, '黄水派出所' + NUM,
             '派出所合计' + NUM], '全年受理居住证' + NUM + '张'),
    ('eq', '居住证不少于' + NUM + '张', cell('| 产出指标 | 数量指标 | 居住证受理量', 2, P)),
    ('eq', '流动人口信息不少于' + NUM + '人次', cell('| 产出指标 | 数量指标 | 流动人口信息登记', 2, P)),
    ('eq', '居住证签注不少于' + NUM + '件', cell('| 产出指标 | 数量指标 | 居住证签注', 2, P)),
    ('eq', '时限不超过' + NUM + '个工作日', cell('| 产出指标 | 时效指标 | 居住证办理时限', 2, P)),
    ('eq', '网上可办率不低于' + NUM + '%', cell('| 效益指标 | 社会效益指标 | 流动人口服务事项网上可办率', 2, P)),
    ('eq', '全年受理居住证' + NUM + '张', cell('| 产出指标 | 数量指标 | 居住证受理量', 4, P)),
    ('eq', '登记流动人口信息' + NUM + '人次', cell('| 产出指标 | 数量指标 | 流动人口信息登记', 4, P)),
    ('eq', '居住证信息准确率' + NUM, cell('| 产出指标 | 质量指标 | 居住证信息准确率', 4, P)),
    ('eq', '平均办理时限为' + NUM, cell('| 产出指标 | 时效指标 | 居住证办理时限', 4, P)),
    ('eq', '单张制证成本' + NUM + '元', cell('| 产出指标 | 成本指标 | 单张居住证制证成本', 4, P)),
    ('eq', '网上可办率达到' + NUM + '%', cell('| 效益指标 | 社会效益指标 | 流动人口服务事项网上可办率', 4, P)),
    ('eq', '治安案件同比下降' + NUM + '%', cell('| 效益指标 | 社会效益指标 | 涉流动人口治安案件同比下降', 4, P)),
    ('avg_list', '满意度分别为([^，]+)，平均', '平均' + NUM + '%'),
    ('total', '自评得分' + NUM + '分'),
    ('grade', '评价等级为' + GRADE_RX),
])

SPEC['sd-jiaozhou-gongan-bumen-2024'] = dict(year=2024, checks=[
    ('year', r'^胶州市公安局(\d{4})年度', 'eq'),
    ('year', r'截至(\d{4})年12月31日', 'eq'),
    ('year', r'(\d{4})年我局部门整体支出', 'eq'),
    ('year', r'结转至(\d{4})年', 'gt'),
    ('diff', '全年预算' + NUM + '万元，较年初', '部门整体支出年初预算' + NUM, '增加' + NUM + '万元', 'sum_mismatch'),
    ('rate', '全年执行' + NUM + '万元，部门', '全年预算' + NUM + '万元，较年初', '部门整体预算执行率' + NUM + '%'),
    ('eq', '部门整体支出年初预算' + NUM, cell('合计', 1, full=True)),
    ('eq', '全年预算' + NUM + '万元，较年初', cell('合计', 2, full=True)),
    ('eq', '全年执行' + NUM + '万元，部门', cell('合计', 3, full=True)),
    ('eq', '部门整体预算执行率' + NUM + '%', cell('合计', 4, full=True)),
    ('balance', cell('项目支出', 2), cell('项目支出', 3), '项目支出未执行' + NUM),
    ('rate', '执行' + NUM + '万元，执行率', '办理项目全年预算' + NUM, '，执行率' + NUM + '%；'),
    ('rate', '实际支出' + NUM, '设备购置预算' + NUM, '执行率' + NUM + '%，制证'),
    ('eq', '单价每台' + NUM + '万元', '万元（' + NUM + '元）', D('0.0001')),
    ('sum_list', '分别办理居住证([^，]+)，季度平均', cell('居住证办理量', 2)),
    ('avg_list', '分别办理居住证([^，]+)，季度平均', '季度平均' + NUM + '张'),
    ('eq', '登记流动人口信息' + NUM + '人次', cell('流动人口信息登记', 2)),
    ('eq', '登记出租房屋' + NUM + '间', cell('出租房屋登记', 2)),
    ('eq', '控制在' + NUM + '个工作日以内', cell('居住证办结时限', 2)),
    ('diff', cell('居住证办结时限', 1), cell('居住证办结时限', 2), '缩短' + NUM + '个工作日', 'sum_mismatch'),
    ('eq', '份，满意度' + NUM + '%', cell('服务对象满意度', 2)),
    ('rule', cell('投入｜预算执行｜预算执行率', 1), cell('投入｜预算执行｜预算执行率', 2), '部门整体预算执行率' + NUM + '%'),
    ('rule', cell('产出｜重点工作｜居住证办理量', 1), cell('产出｜重点工作｜居住证办理量', 2), cell('居住证办理量', 3)),
    ('rule', cell('产出｜重点工作｜流动人口信息登记', 1), cell('产出｜重点工作｜流动人口信息登记', 2), cell('流动人口信息登记', 3)),
    ('rule', cell('产出｜重点工作｜出租房屋登记', 1), cell('产出｜重点工作｜出租房屋登记', 2), cell('出租房屋登记', 3)),
    ('rule', cell('效益｜满意度｜服务对象满意度', 1), cell('效益｜满意度｜服务对象满意度', 2), cell('服务对象满意度', 3)),
    ('total', '自评得分' + NUM + '分'),
    ('grade', '评价等级为' + GRADE_RX),
])

SPEC['sx-yuci-juzhuzheng-2025'] = dict(year=2025, checks=[
    ('year', r'^晋中市公安局榆次分局(\d{4})年度', 'eq'),
    ('year', r'分局(\d{4})年部门预算', 'eq'),
    ('year', r'^(\d{4})年区财政局批复', 'eq'),
    ('year', r'已于(\d{4})年(\d+)月提前下达', 'issue'),
    ('year', r'区级资金[\d.]+万元于(\d{4})年(\d+)月下达', 'issue'),
    ('sum', ['其中省级资金' + NUM, '区级资金' + NUM + '万元于'], '本项目年初预算' + NUM),
    ('sum', ['本项目年初预算' + NUM, '追加居住证制证设备维护经费' + NUM, '加上上年结转资金' + NUM],
     '全年预算' + NUM + '万元。全年执行'),
    ('rate', '全年执行' + NUM + '万元，执行率', '全年预算' + NUM + '万元。全年执行', '，执行率' + NUM + '%，分别'),
    ('sum', ['制证耗材' + NUM, '协管员劳务费' + NUM, '服务站运维' + NUM, '信息系统运维' + NUM],
     '全年执行' + NUM + '万元，执行率'),
    ('balance', '全年预算' + NUM + '万元。全年执行', '全年执行' + NUM + '万元，执行率', '结余' + NUM + '万元为区级资金'),
    ('eq', '结余' + NUM + '万元为区级资金', cell('资金结余｜(5)=(3)-(4)', 6)),
    ('eq', '本项目年初预算' + NUM, cell('年初预算资金｜(1)', 1)),
    ('eq', '其中省级资金' + NUM, cell('年初预算资金｜(1)', 4)),
    ('eq', '全年预算' + NUM + '万元。全年执行', cell('全年预算资金｜(2)', 1)),
    ('eq', '加上上年结转资金' + NUM, cell('全年预算资金｜(2)', 7)),
    ('eq', '全年执行' + NUM + '万元，执行率', cell('全年执行资金｜(4)', 1)),
    ('eq', '，执行率' + NUM + '%，分别', cell('预算执行率(%)｜(7)=(4)/(2)', 1)),
    ('eq', cell('预算执行指标｜预算执行率', 3), cell('预算执行率(%)｜(7)=(4)/(2)', 1)),
    ('eq', '以及' + NUM + '个流动人口服务站', NUM + '个服务站全年开放'),
    ('eq', '全年办理居住证' + NUM + '张', cell('数量指标｜居住证办理量', 3)),
    ('eq', '居住证不少于' + NUM + '张', cell('数量指标｜居住证办理量', 2)),
    ('eq', '信息不少于' + NUM + '人次', cell('数量指标｜流动人口信息登记', 2)),
    ('eq', '合格率不低于' + NUM + '%', cell('质量指标｜居住证制证合格率', 2)),
    ('eq', '时限不超过' + NUM + '个工作日', cell('时效指标｜居住证办结时限', 2)),
    ('eq', '事项办理不少于' + NUM + '件', cell('社会效益指标｜流动人口公共服务事项办理', 2)),
    ('eq', '满意度不低于' + NUM + '%', cell('服务对象满意度指标｜办证群众满意度', 2)),
    ('eq', '登记流动人口信息' + NUM + '人次', cell('数量指标｜流动人口信息登记', 3)),
    ('eq', '单价上涨至' + NUM + '元', cell('成本指标｜单张居住证卡片成本', 3)),
    ('eq', '超出' + NUM + '元的成本控制目标', cell('成本指标｜单张居住证卡片成本', 2)),
    ('eq', '公共服务事项' + NUM + '件', cell('社会效益指标｜流动人口公共服务事项办理', 3)),
    ('eq', '办证群众满意度' + NUM + '%', cell('服务对象满意度指标｜办证群众满意度', 3)),
    ('total', '总得分' + NUM + '分'),
    ('grade', '属于“' + GRADE_RX + '”'),
])


# ---------------------------------------------------------------- driver
def edit_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s  # old [p, ea), new [p, eb)


def overlaps(span, region):
    s, e = span
    rs, re_ = region
    if re_ == rs:
        re_ = rs + 1
    return s < re_ and rs < e


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
    code_count = {c: 0 for c in CODES_A}
    cleans = {}
    for rec in labels:
        if rec['clean']:
            cleans[rec['source']] = open(os.path.join(HERE, 'cases', rec['case']), encoding='utf-8').read()
    if len(labels) != 35 or len(cleans) != 5:
        problems.append('expected 35 labels and 5 clean drafts, got %d / %d' % (len(labels), len(cleans)))
    for rec in labels:
        name = rec['case']
        text = open(os.path.join(HERE, 'cases', name), encoding='utf-8').read()
        spec = SPEC[rec['source']]
        try:
            found = check(text, spec)
        except ParseError as exc:
            problems.append('%s: parse error %s' % (name, exc))
            continue
        errs = [f for f in found if f.sev == 'error']
        warns = [f for f in found if f.sev != 'error']
        if warns:
            problems.append('%s: warnings %s' % (name, warns))
        if rec['clean']:
            if rec['expected']:
                problems.append('%s: clean case with expected findings' % name)
            if not 1500 <= len(text) <= 5000:
                problems.append('%s: length %d' % (name, len(text)))
            if errs:
                problems.append('%s: clean draft fails %s' % (name, errs))
            continue
        if len(rec['expected']) != 1:
            problems.append('%s: expected exactly one label' % name)
            continue
        exp = rec['expected'][0]
        code, value = exp['code'], exp['value']
        if exp.get('severity') != 'error' or code not in code_count:
            problems.append('%s: bad label %s' % (name, exp))
            continue
        code_count[code] += 1
        codes = sorted({f.code for f in errs})
        if codes != [code]:
            problems.append('%s: labelled %s, checker codes %s %s' % (name, code, codes, errs))
        clean = cleans[rec['source']]
        p, ea, eb = edit_region(clean, text)
        if ea - p > 40 or eb - p > 40 or (ea == p and eb == p):
            problems.append('%s: edit not a single change of <= 40 characters (%d -> %d)' % (name, ea - p, eb - p))
        occ = [i for i in range(len(text)) if text.startswith(value, i)]
        if len(occ) != 1:
            problems.append('%s: value %r occurs %d times' % (name, value, len(occ)))
        elif not overlaps((occ[0], occ[0] + len(value)), (p, eb)):
            problems.append('%s: value does not overlap the edit' % name)
        hits = [f for f in errs if f.code == code and any(overlaps(s, (p, eb)) for s in f.spans)]
        if not hits:
            problems.append('%s: no %s finding touches the edited figure' % (name, code))
    for c, n in code_count.items():
        if n < 2:
            problems.append('code %s used %d times' % (c, n))
    if problems:
        for pr in problems:
            print('FAIL', pr)
        print('%d problem(s)' % len(problems))
        return 1
    print('codes:', ', '.join('%s=%d' % kv for kv in code_count.items()))
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
