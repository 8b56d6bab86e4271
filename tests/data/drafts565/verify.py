#!/usr/bin/env python3
"""Re-read every figure of the drafts565 cases from their text and redo the arithmetic.

stdlib + decimal only. For each case of labels.jsonl:
  * clean drafts must break no identity (and every table score must follow rules.md §5);
  * an error case must differ from its clean draft by one contiguous edit of at most 40
    characters, its label `value` must occur exactly once and cover the edit, and the
    identity checks must fail exactly once, with the labelled code.
Prints OK when everything holds, otherwise the problems.
"""
import html
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
NUM = r'[0-9][0-9,]*(?:\.[0-9]+)?'
WAN = D(10000)


# ---------------------------------------------------------------- numbers
def dec(s):
    return D(s.replace(',', ''))


def ndec(s):
    s = s.replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


def half(s):
    return D('0.5') * (D(10) ** -ndec(s))


def close(c, s):
    """computed c is consistent with the stated string s (rules §8)."""
    return abs(c - dec(s)) <= half(s) + D('1e-9')


def r2(x):
    return x.quantize(D('0.01'), rounding=ROUND_HALF_UP)


def wan(s):          # 万元 string -> 元
    return dec(s) * WAN


def pct(s):
    return s.strip().rstrip('%')


# ---------------------------------------------------------------- text
def strip_cell(s):
    s = re.sub(r'<[^>]+>', '', s)
    s = html.unescape(s).replace('\xa0', ' ')
    return s.strip()


def html_table_lines(tbl):
    lines, pending = [], {}
    for tr in re.findall(r'(?is)<tr[^>]*>(.*?)</tr>', tbl):
        cells, col = [], 0
        tds = re.findall(r'(?is)<td([^>]*)>(.*?)</td>', tr)
        i = 0
        while i < len(tds) or col in pending:
            if col in pending:
                pending[col] -= 1
                if pending[col] == 0:
                    del pending[col]
                cells.append('')
                col += 1
                continue
            attrs, body = tds[i]
            i += 1
            rs = re.search(r'rowspan=["\']?(\d+)', attrs)
            cs = re.search(r'colspan=["\']?(\d+)', attrs)
            if rs and int(rs.group(1)) > 1:
                pending[col] = int(rs.group(1)) - 1
            cells.append(strip_cell(body))
            col += 1
            for _ in range(int(cs.group(1)) - 1 if cs else 0):
                cells.append('')
                col += 1
        lines.append('｜'.join(cells))
    return '\n'.join(lines)


def html_to_text(h):
    h = re.sub(r'(?is)<head>.*?</head>', '', h)
    h = h.replace('\r', '').replace('\n', '')
    out, pos = [], 0
    for m in re.finditer(r'(?is)<table.*?</table>', h):
        out.append(block(h[pos:m.start()]))
        out.append(html_table_lines(m.group(0)))
        out.append('')
        pos = m.end()
    out.append(block(h[pos:]))
    return '\n'.join(out)


def block(s):
    s = re.sub(r'(?i)</p>|<br\s*/?>', '\n', s)
    s = re.sub(r'<[^>]+>', '', s)
    s = html.unescape(s).replace('\xa0', ' ')
    return '\n'.join(l.strip() for l in s.split('\n') if l.strip())


# ---------------------------------------------------------------- checks
GRADES = [(D(90), ('优', '优秀')), (D(80), ('良', '良好')), (D(60), ('中', '中等', '一般', '合格')),
          (D(0), ('差', '较差', '不合格'))]


def band(total):
    for lo, names in GRADES:
        if total >= lo:
            return names


class Ck:
    def __init__(self, text, year, sep):
        self.t, self.year, self.sep = text, year, sep
        self.fails, self.rule = [], []
        self.lines = text.split('\n')

    # -- reading
    def one(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ValueError('pattern %r matched %d times' % (pat, len(ms)))
        g = ms[0].groups()
        return g if len(g) > 1 else g[0]

    def table(self, first):
        """rows (lists of cells) of the table whose header's first cell is `first`."""
        for i, l in enumerate(self.lines):
            c = [x.strip() for x in l.split(self.sep)]
            if self.sep in l and c[0] == first:
                rows = [c]
                for l2 in self.lines[i + 1:]:
                    if self.sep not in l2 or not l2.strip():
                        break
                    rows.append([x.strip() for x in l2.split(self.sep)])
                return rows
        raise ValueError('table %r not found' % first)

    @staticmethod
    def bykey(rows, cols):
        head = rows[0]
        idx = {}
        for name, alts in cols.items():
            for a in alts:
                if a in head:
                    idx[name] = head.index(a)
                    break
        out = {}
        for r in rows[1:]:
            key = r[0].strip()
            out[key] = {n: r[i] for n, i in idx.items()}
        return out

    # -- identities
    def fail(self, code, msg):
        self.fails.append((code, msg))

    def rate(self, num, den, s, what):
        s = pct(s)
        if den == 0:
            if s in ('—', '-', '') or dec(s) == 0:
                return
            self.fail('implausible_rate', '%s: rate %s%% on a zero base' % (what, s))
            return
        if s in ('—', '-', ''):
            return
        if dec(s) > 100:
            self.fail('implausible_rate', '%s: rate %s%% above 100%%' % (what, s))
        elif not close(num / den * 100, s):
            self.fail('rate_mismatch', '%s: %s/%s = %s%%, stated %s%%' % (what, num, den, r2(num / den * 100), s))

    @staticmethod
    def _rescaled(vals, target):
        for i, v in enumerate(vals):
            for f in (WAN, 1 / WAN):
                if abs(sum(vals) - v + v * f - target) < D('0.01'):
                    return True
        return False

    def sumeq(self, parts, total, what, signs=None):
        signs = signs or [1] * len(parts)
        vals = [p * s for p, s in zip(parts, signs)]
        if sum(vals) == total:
            return
        if self._rescaled(vals, total) or any(abs(sum(vals) - total * f) < D('0.01') for f in (WAN, 1 / WAN)):
            self.fail('unit_mismatch', '%s: one amount off by 10^4 (%s vs %s)' % (what, sum(vals), total))
        else:
            self.fail('sum_mismatch', '%s: parts give %s, stated %s' % (what, sum(vals), total))

    def same(self, a, b, what):
        if a == b:
            return
        if a * WAN == b or b * WAN == a:
            self.fail('unit_mismatch', '%s: %s vs %s, off by 10^4' % (what, a, b))
        else:
            self.fail('conflicting_values', '%s: %s vs %s' % (what, a, b))

    def balance(self, recv, spent, stated, what):
        if recv - spent == stated:
            return
        if (recv - spent) * WAN == stated or (recv - spent) == stated * WAN:
            self.fail('unit_mismatch', '%s: balance off by 10^4' % what)
        else:
            self.fail('balance_mismatch', '%s: %s - %s = %s, stated %s' % (what, recv, spent, recv - spent, stated))

    def avg(self, items, s, what):
        m = sum(items) / len(items)
        if not close(m, s):
            self.fail('average_mismatch', '%s: mean %s, stated %s' % (what, r2(m), s))

    def completion(self, d, T, A, s, what):
        c = completion_of(d, T, A)
        if c is not None and not close(c, pct(s)):
            self.fail('completion_mismatch', '%s: completion %s%%, stated %s' % (what, r2(c), s))

    def grade(self, total, label, what):
        if label not in band(total):
            self.fail('grade_mismatch', '%s: %s is %s, stated %s' % (what, total, band(total)[0], label))

    def years(self):
        Y = self.year
        for y in re.findall(r'(\d{4})年度', self.t):
            if int(y) != Y:
                self.fail('year_mismatch', 'evaluation year %s, not %s' % (y, Y))
        for y in re.findall(r'截至(\d{4})年12月31日', self.t):
            if int(y) != Y:
                self.fail('year_mismatch', '截至%s年12月31日 in the %s report' % (y, Y))
        for y in re.findall(r'结转至(\d{4})年', self.t):
            if int(y) <= Y:
                self.fail('year_mismatch', '结转至%s年 in the %s report' % (y, Y))
        for y in re.findall(r'(\d{4})年12月提前下达', self.t):
            if int(y) != Y - 1:
                self.fail('year_mismatch', 'advance of %s年12月 for %s' % (y, Y))

    # -- the 自评表
    def funds_block(self):
        for i, l in enumerate(self.lines):
            c = [x.strip() for x in l.split(self.sep)]
            if '年初预算数' in c and '分值' in c and '执行率' in c:
                head = c
                rows = {}
                for l2 in self.lines[i + 1:i + 5]:
                    r = [x.strip() for x in l2.split(self.sep)]
                    lab = [x for x in r if x][0].replace('其中：', '')
                    rows[lab] = {h: r[k] for k, h in enumerate(head) if h}
                break
        else:
            raise ValueError('funds block not found')
        cols = ('年初预算数', '全年预算数', '全年执行数')
        for col in cols:
            self.sumeq([dec(rows[k][col]) for k in ('当年财政拨款', '上年结转资金', '其他资金')],
                       dec(rows['年度资金总额'][col]), '自评表 年度资金总额 %s' % col)
        for k, r in rows.items():
            self.rate(dec(r['全年执行数']), dec(r['全年预算数']), r['执行率'], '自评表 %s 执行率' % k)
        tot = rows['年度资金总额']
        w, sc = dec(tot['分值']), dec(tot['得分'])
        exp = r2(w * min(D(1), dec(tot['全年执行数']) / dec(tot['全年预算数'])))
        if not close(exp, tot['得分']):
            self.rule.append('execution score %s, expected %s' % (tot['得分'], exp))
        if sc > w or sc < 0:
            self.fail('score_exceeds_weight', 'execution score %s above %s' % (sc, w))
        return rows, w, sc

    def indicators(self, extra_w=D(0), extra_s=D(0)):
        for i, l in enumerate(self.lines):
            c = [x.strip() for x in l.split(self.sep)]
            if '三级指标' in c and '得分' in c:
                head, start = c, i
                break
        else:
            raise ValueError('indicator table not found')
        col = lambda *names: next((head.index(n) for n in names if n in head), None)
        cl1, cn, ct, ca = col('一级指标'), col('三级指标'), col('年度指标值', '指标值'), col('实际完成值')
        cc, cw, cs = col('完成率'), col('分值'), col('得分')
        rows, total, lvl1 = [], None, ''
        for l2 in self.lines[start + 1:]:
            r = [x.strip() for x in l2.split(self.sep)]
            r += [''] * (len(head) - len(r))
            if r[0] in ('总分', '合计'):
                total = (r[cw], r[cs])
                break
            lvl1 = r[cl1] or lvl1
            rows.append(dict(l1=lvl1, name=r[cn], T=r[ct], A=r[ca], C=r[cc] if cc is not None else None,
                             w=r[cw], s=r[cs], line=l2))
        for x in rows:
            self.indicator_row(x)
        sw = sum(dec(x['w']) for x in rows) + extra_w
        ss = sum(dec(x['s']) for x in rows) + extra_s
        if sw != 100 or dec(total[0]) != 100:
            self.fail('weight_sum_mismatch', 'weights add up to %s, stated %s' % (sw, total[0]))
        if not close(ss, total[1]):
            self.fail('score_sum_mismatch', 'row scores add up to %s, table total %s' % (ss, total[1]))
        return rows, ss

    def indicator_row(self, x):
        nm, w, s = x['name'], dec(x['w']), dec(x['s'])
        if s > w or s < 0:
            self.fail('score_exceeds_weight', '%s: score %s, weight %s' % (nm, s, w))
        T, A = parse_val(x['T']), parse_val(x['A'])
        x['Tp'], x['Ap'] = T, A
        if T[0] == 'date' or A[0] == 'date':
            if T[0] != A[0]:
                self.fail('unit_mismatch', '%s: target %s, actual %s' % (nm, x['T'], x['A']))
            elif s != w:
                self.rule.append('%s: date met, score %s' % (nm, s))
            return
        if T[0] == 'text' or A[0] == 'text':
            return
        if T[2] != A[2]:
            self.fail('unit_mismatch', '%s: target unit %r, actual unit %r' % (nm, T[2], A[2]))
            return
        if A[2] == '%' and A[1] > 100 and ('率' in nm or '满意' in nm or '比重' in nm):
            self.fail('implausible_rate', '%s: %s above 100%%' % (nm, x['A']))
        if x['C'] not in (None, '', '—'):
            self.completion(T[0], T[1], A[1], x['C'], nm)
        exp = score_of(T[0], T[1], A[1], w)
        if exp is not None and not close(exp, x['s']):
            self.rule.append('%s: score %s, rule gives %s' % (nm, x['s'], exp))

    def level_sum(self, rows, l1, s, what, extra=D(0)):
        tot = sum(dec(x['s']) for x in rows if x['l1'].startswith(l1)) + extra
        if not close(tot, s):
            self.fail('score_sum_mismatch', '%s: rows give %s, stated %s' % (what, tot, s))

    def row(self, rows, name):
        m = [x for x in rows if x['name'] == name]
        if len(m) != 1:
            raise ValueError('indicator %r found %d times' % (name, len(m)))
        return m[0]

    def same_ind(self, rows, name, value, unit, what, field='A'):
        x = self.row(rows, name)
        p = x['Tp'] if field == 'T' else x['Ap']
        if p[0] in ('date', 'text') or p[2] != unit:
            return          # a unit problem in the table row is reported there
        self.same(value, p[1], what)


def parse_val(v):
    v = v.strip()
    if re.search(r'\d{4}年\d{1,2}月', v):
        return ('date', v, '')
    m = re.match(r'^(≥|≤|>=|<=|＞＝|＜＝|=)?\s*(' + NUM + r')\s*(.*)$', v)
    if not m:
        return ('text', v, '')
    d = {'≥': 'gte', '>=': 'gte', '＞＝': 'gte', '≤': 'lte', '<=': 'lte', '＜＝': 'lte'}.get(m.group(1), 'eq')
    return (d, dec(m.group(2)), m.group(3).strip())


def completion_of(d, T, A):
    if d == 'lte':
        return D(100) if A <= T else T / A * 100
    if T == 0:
        return None
    return A / T * 100


def score_of(d, T, A, w):
    if d == 'lte':
        return w if A <= T else r2(w * T / A)
    if T == 0:
        return w if A <= 0 else D(0)
    return r2(w * min(D(1), A / T))


# ---------------------------------------------------------------- projects
def n(s):
    return dec(s)


def hb_xingtang(ck):
    t = ck.table('资金来源')
    T1 = ck.bykey(t, {'y0': ['年初预算数'], 'y': ['全年预算数'], 'r': ['实际到位数'], 'e': ['全年执行数'],
                      'rate': ['执行率'], 'b': ['结余']})
    src = ['中央财政资金', '省级财政资金', '市级财政资金', '县级财政资金']
    for c in ('y0', 'y', 'r', 'e', 'b'):
        ck.sumeq([n(T1[k][c]) for k in src], n(T1['合计'][c]), '表1 %s' % c)
    for k, r in T1.items():
        ck.rate(n(r['e']), n(r['y']), r['rate'], '表1 %s' % k)
        ck.balance(n(r['r']), n(r['e']), n(r['b']), '表1 %s 结余' % k)
    t2 = ck.bykey(ck.table('补助内容'), {'std': ['补助标准'], 'q': ['补助数量'], 'y': ['全年预算数'], 'e': ['实际支出数']})
    items = [k for k in t2 if k != '合计']
    for c in ('y', 'e'):
        ck.sumeq([n(t2[k][c]) for k in items], n(t2['合计'][c]), '表2 %s' % c)
    for k in items:
        m1, m2 = re.match(r'(\d+)元/', t2[k]['std']), re.match(r'(' + NUM + ')', t2[k]['q'])
        if m1:
            ck.sumeq([n(m1.group(1)) * n(m2.group(1))], n(t2[k]['e']), '表2 %s 标准×数量' % k)
    ck.same(n(t2['合计']['y']), n(T1['合计']['y']), '表2/表1 全年预算')
    ck.same(n(t2['合计']['e']), n(T1['合计']['e']), '表2/表1 执行')
    fb, ew, es = ck.funds_block()
    for a, b in (('年初预算数', 'y0'), ('全年预算数', 'y'), ('全年执行数', 'e')):
        ck.same(n(fb['年度资金总额'][a]), n(T1['合计'][b]), '自评表/表1 %s' % a)
    rows, ss = ck.indicators(ew, es)
    G = T1['合计']
    # budget sentences
    y0 = ck.one(r'项目年初预算(' + NUM + ')万元')
    add, cut, y = ck.one(r'年中市级追加(' + NUM + ')万元、县级调减(' + NUM + ')万元，调整后全年预算(' + NUM + ')万元')
    ck.same(wan(y0), n(G['y0']), '年初预算')
    ck.sumeq([wan(y0), wan(add), wan(cut)], wan(y), '年初+追加-调减', [1, 1, -1])
    ck.same(wan(y), n(G['y']), '全年预算')
    c1, adv, c2, c3, c4 = ck.one(r'中央财政资金(' + NUM + ')万元（含2017年12月提前下达的(' + NUM + ')万元），省级财政资金('
                                 + NUM + ')万元，市级财政资金(' + NUM + ')万元，县级财政资金(' + NUM + ')万元')
    ck.sumeq([wan(c1), wan(c2), wan(c3), wan(c4)], wan(y), '来源合计')
    for v, k in zip((c1, c2, c3, c4), src):
        ck.same(wan(v), n(T1[k]['y']), '%s 全年' % k)
    rv, rr = ck.one(r'到位资金(' + NUM + ')万元，到位率(' + NUM + ')%')
    ck.same(wan(rv), n(G['r']), '到位')
    ck.rate(n(G['r']), n(G['y']), rr, '到位率')
    sp, er = ck.one(r'项目实际支出(' + NUM + ')万元，预算执行率(' + NUM + ')%')
    ck.same(wan(sp), n(G['e']), '实际支出')
    ck.rate(n(G['e']), n(G['y']), er, '执行率 (prose)')
    bal, b1, b2 = ck.one(r'结余(' + NUM + ')万元，其中DHI测定补助(' + NUM + ')万元、生鲜乳监测经费(' + NUM + ')万元')
    ck.balance(n(G['r']), n(G['e']), wan(bal), '结余 (prose)')
    ck.sumeq([wan(b1), wan(b2)], wan(bal), '结余构成')
    dhi, mon = t2['奶牛生产性能测定补助'], t2['生鲜乳质量安全监测']
    ck.balance(n(dhi['y']), n(dhi['e']), wan(b1), 'DHI 结余')
    ck.balance(n(mon['y']), n(mon['e']), wan(b2), '监测 结余')
    # outputs
    nfarm = ck.one(r'(\d+)个规模奶牛场全部完成改造')
    heads, paid, avgh = ck.one(r'补助成母牛(' + NUM + ')头，兑付补助资金(' + NUM + ')万元，场均补助成母牛约(' + NUM + ')头')
    ck.same_ind(rows, '升级改造规模奶牛场数量', n(nfarm), '个', '改造牧场数')
    ck.same_ind(rows, '补助成母牛头数', n(heads), '头', '补助头数')
    ck.same(wan(paid), n(t2['规模奶牛场升级改造补助']['e']), '改造补助兑付')
    if not close(n(heads) / n(nfarm), avgh):
        ck.fail('average_mismatch', '场均补助头数: %s/%s, stated 约%s' % (heads, nfarm, avgh))
    ck.same_ind(rows, '存栏100头以上规模养殖比重', n(ck.one(r'规模养殖比重达到(' + NUM + ')%')), '%', '规模比重')
    q, last, inc, cr = ck.one(r'全年参测奶牛(' + NUM + ')头，较2017年的(' + NUM + ')头增加(' + NUM + ')头，完成年度目标的(' + NUM + ')%')
    ck.same_ind(rows, '生产性能测定奶牛头数', n(q), '头', '测定头数')
    x = ck.row(rows, '生产性能测定奶牛头数')
    ck.sumeq([x['Ap'][1], n(last)], n(inc), '测定头数增加', [1, -1])
    ck.completion(x['Tp'][0], x['Tp'][1], x['Ap'][1], cr, '测定头数 (prose)')
    ck.same_ind(rows, '参测牛群305天平均单产', n(ck.one(r'305天平均单产(' + NUM + ')吨')), '吨', '平均单产')
    sil = ck.one(r'收贮全株青贮玉米(' + NUM + ')吨，')
    ck.same_ind(rows, '全株青贮玉米收贮量', n(sil), '吨', '青贮量')
    ck.same(wan(ck.one(r'兑付补贴(' + NUM + ')万元')), n(t2['全株青贮玉米收贮补贴']['e']), '青贮补贴')
    ck.same_ind(rows, '种植户亩均增收', n(ck.one(r'种植户亩均增收(' + NUM + ')元。')), '元', '亩均增收')
    q1, q2, q3, q4, qt, qa = ck.one(r'分别抽检生鲜乳(\d+)、(\d+)、(\d+)、(\d+)批次，全年共(\d+)批次，平均每季度(' + NUM + ')批次')
    ck.sumeq([n(q1), n(q2), n(q3), n(q4)], n(qt), '四季度抽检')
    ck.avg([n(q1), n(q2), n(q3), n(q4)], qa, '季度平均抽检')
    ck.same_ind(rows, '生鲜乳抽检批次', n(qt), '批次', '抽检批次')
    ck.same(n(qt), n(t2['生鲜乳质量安全监测']['q'].replace('批次', '')), '表2 抽检批次')
    got, ok_, sat = ck.one(r'收回(\d+)份，表示满意的(\d+)份，满意度(' + NUM + ')%')
    ck.rate(n(ok_), n(got), sat, '满意度')
    ck.same_ind(rows, '养殖场（户）满意度', n(sat), '%', '满意度')
    a, b, c, d, tot, g = ck.one(r'预算执行(' + NUM + ')分，产出指标(' + NUM + ')分，效益指标(' + NUM + ')分，满意度指标('
                                + NUM + ')分，自评得分(' + NUM + ')分，评价等级为"(\S+?)"')
    ck.same(n(a), es, '执行得分')
    ck.level_sum(rows, '产出', b, '产出得分')
    ck.level_sum(rows, '效益', c, '效益得分')
    ck.level_sum(rows, '满意度', d, '满意度得分')
    if not close(ss, tot):
        ck.fail('score_sum_mismatch', 'prose total %s, rows %s' % (tot, ss))
    if not close(n(a) + n(b) + n(c) + n(d), tot):
        ck.fail('score_sum_mismatch', 'prose parts vs total %s' % tot)
    ck.grade(n(tot), g, '结论')
    ck.grade(n(tot), ck.one(r'评价等级｜(\S+)'), '自评表')
    s1, s0, gr = ck.one(r'存栏(' + NUM + ')万头，较2017年末的(' + NUM + ')万头增加(' + NUM + ')%')
    ck.rate(n(s1) - n(s0), n(s0), gr, '存栏增幅')


def hlj_kedong(ck):
    T1 = ck.bykey(ck.table('资金来源'), {'y0': ['年初预算数'], 'y': ['全年预算数'], 'r': ['实际到位数'],
                                     'e': ['全年执行数'], 'rate': ['执行率']})
    src = ['省级财政资金', '县级财政资金', '其他资金']
    for c in ('y0', 'y', 'r', 'e'):
        ck.sumeq([n(T1[k][c]) for k in src], n(T1['合计'][c]), '表1 %s' % c)
    for k, r in T1.items():
        ck.rate(n(r['e']), n(r['y']), r['rate'], '表1 %s' % k)
    t2 = ck.bykey(ck.table('补贴内容'), {'std': ['补贴标准'], 'q': ['兑付数量'], 'e': ['兑付金额']})
    items = [k for k in t2 if k != '合计']
    ck.sumeq([n(t2[k]['e']) for k in items], n(t2['合计']['e']), '表2 合计')
    for k in items:
        m1 = re.match(r'(\d+)元/', t2[k]['std'])
        if m1:
            ck.sumeq([n(m1.group(1)) * n(re.match(NUM, t2[k]['q']).group(0))], n(t2[k]['e']), '表2 %s' % k)
    G = T1['合计']
    ck.same(n(t2['合计']['e']), n(G['e']), '表2/表1 执行')
    rows, ss = ck.indicators()
    ck.rate(n(G['e']), n(G['y']), ck.row(rows, '预算执行率')['A'], '自评表 预算执行率')
    y0, adv, cty = ck.one(r'项目年初预算(' + NUM + ')万元，其中省级2019年12月提前下达(' + NUM + ')万元、县级配套(' + NUM + ')万元')
    ck.sumeq([wan(adv), wan(cty)], wan(y0), '年初构成')
    ck.same(wan(y0), n(G['y0']), '年初预算')
    ck.same(wan(adv), n(T1['省级财政资金']['y0']), '省级年初')
    ck.same(wan(cty), n(T1['县级财政资金']['y0']), '县级年初')
    a1, a2, y = ck.one(r'年中省级追加(' + NUM + ')万元（黑财指[^〕]*〕\d+号），县级追加(' + NUM + ')万元，全年预算(' + NUM + ')万元')
    ck.sumeq([wan(y0), wan(a1), wan(a2)], wan(y), '年初+追加')
    ck.same(wan(y), n(G['y']), '全年预算')
    p, c, miss, r, rr = ck.one(r'省级资金(' + NUM + ')万元全部到位；县级资金到位(' + NUM + ')万元，因县级财力紧张未到位(' + NUM
                               + ')万元；全年实际到位(' + NUM + ')万元，到位率(' + NUM + ')%')
    ck.same(wan(p), n(T1['省级财政资金']['r']), '省级到位')
    ck.same(wan(c), n(T1['县级财政资金']['r']), '县级到位')
    ck.balance(n(T1['县级财政资金']['y']), wan(c), wan(miss), '县级未到位')
    ck.sumeq([wan(p), wan(c)], wan(r), '到位合计')
    ck.same(wan(r), n(G['r']), '到位')
    ck.rate(n(G['r']), n(G['y']), rr, '到位率')
    sp, er, d1, d2, d3 = ck.one(r'全年支出(' + NUM + ')万元，预算执行率(' + NUM + ')%。其中国内购牛补贴(' + NUM + ')万元，进口购牛补贴('
                                + NUM + ')万元，贷款贴息(' + NUM + ')万元')
    ck.same(wan(sp), n(G['e']), '全年支出')
    ck.rate(n(G['e']), n(G['y']), er, '执行率 (prose)')
    ck.sumeq([wan(d1), wan(d2), wan(d3)], wan(sp), '支出构成')
    for v, k in zip((d1, d2, d3), items):
        ck.same(wan(v), n(t2[k]['e']), '支出 %s' % k)
    bal = ck.one(r'年末结余(' + NUM + ')万元')
    ck.balance(n(G['r']), n(G['e']), wan(bal), '结余')
    heads, cr, dom, imp, icr = ck.one(r'全年补贴购进良种奶牛(' + NUM + ')头，完成年度目标的(' + NUM + ')%；其中国内购进(' + NUM
                                      + ')头，进口(' + NUM + ')头，仅完成进口计划的(' + NUM + ')%')
    x = ck.row(rows, '购进良种奶牛头数')
    ck.same_ind(rows, '购进良种奶牛头数', n(heads), '头', '购进头数')
    ck.completion(x['Tp'][0], x['Tp'][1], x['Ap'][1], cr, '购进头数 (prose)')
    ck.sumeq([n(dom), n(imp)], n(heads), '国内+进口')
    ck.same(n(dom), n(re.match(NUM, t2['国内购进良种奶牛']['q']).group(0)), '国内头数')
    ck.same(n(imp), n(re.match(NUM, t2['进口良种奶牛']['q']).group(0)), '进口头数')
    x = ck.row(rows, '其中：进口奶牛头数')
    ck.same_ind(rows, '其中：进口奶牛头数', n(imp), '头', '进口头数')
    ck.completion(x['Tp'][0], x['Tp'][1], x['Ap'][1], icr, '进口 (prose)')
    ti = ck.one(r'兑付贷款贴息(' + NUM + ')万元')
    ck.same(wan(ti), n(t2['规模奶牛场贷款贴息']['e']), '贴息')
    f1, f2, f3, fa = ck.one(r'各场分别为(' + NUM + ')万元、(' + NUM + ')万元、(' + NUM + ')万元，平均每场(' + NUM + ')万元')
    ck.sumeq([wan(f1), wan(f2), wan(f3)], n(t2['规模奶牛场贷款贴息']['e']), '各场贴息')
    ck.avg([n(f1), n(f2), n(f3)], fa, '场均贴息')
    ck.same_ind(rows, '检疫合格率', n(ck.one(r'购进奶牛检疫合格率(' + NUM + ')%')), '%', '检疫合格率')
    s0 = ck.one(r'2019年末全县奶牛存栏(' + NUM + ')万头')
    s1, inc, gr = ck.one(r'年末全县奶牛存栏(' + NUM + ')万头，较上年末增加(' + NUM + ')万头，增长(' + NUM + ')%')
    ck.same_ind(rows, '奶牛存栏', n(s1), '万头', '存栏')
    ck.sumeq([n(s1), n(s0)], n(inc), '存栏增加', [1, -1])
    ck.rate(n(s1) - n(s0), n(s0), gr, '存栏增幅')
    milk, mcr = ck.one(r'生鲜乳产量(' + NUM + ')万吨，完成目标的(' + NUM + ')%')
    x = ck.row(rows, '生鲜乳产量')
    ck.same_ind(rows, '生鲜乳产量', n(milk), '万吨', '生鲜乳')
    ck.completion(x['Tp'][0], x['Tp'][1], x['Ap'][1], mcr, '生鲜乳 (prose)')
    ck.same_ind(rows, '带动就业', n(ck.one(r'带动就业(' + NUM + ')人，')), '人', '就业')
    got, ok_, sat = ck.one(r'发放问卷(\d+)份，满意(\d+)份，满意度(' + NUM + ')%')
    ck.rate(n(ok_), n(got), sat, '满意度')
    ck.same_ind(rows, '养殖场户满意度', n(sat), '%', '满意度')
    tot, g = ck.one(r'项目得分(' + NUM + ')分，等级为“(\S+?)”')
    if not close(ss, tot):
        ck.fail('score_sum_mismatch', 'prose total %s, rows %s' % (tot, ss))
    ck.grade(n(tot), g, '结论')


def gs_ganzhou(ck):
    T1 = ck.bykey(ck.table('资金来源'), {'y0': ['年初预算数'], 'y': ['全年预算数'], 'r': ['实际到位数'],
                                     'e': ['实际支出数'], 'rate': ['执行率']})
    src = ['中央财政资金', '省级财政资金', '上年结转资金']
    for c in ('y0', 'y', 'r', 'e'):
        ck.sumeq([n(T1[k][c]) for k in src], n(T1['合计'][c]), '表1 %s' % c)
    for k, r in T1.items():
        ck.rate(n(r['e']), n(r['y']), r['rate'], '表1 %s' % k)
    t2 = ck.bykey(ck.table('项目内容'), {'std': ['补助标准'], 'q': ['实施数量'], 'y': ['全年预算数'], 'e': ['实际支出数']})
    items = [k for k in t2 if k != '合计']
    for c in ('y', 'e'):
        ck.sumeq([n(t2[k][c]) for k in items], n(t2['合计'][c]), '表2 %s' % c)
    for k in items:
        m1 = re.match(r'(\d+)元/', t2[k]['std'])
        ck.sumeq([n(m1.group(1)) * n(re.match(NUM, t2[k]['q']).group(0))], n(t2[k]['e']), '表2 %s' % k)
    G = T1['合计']
    ck.same(n(t2['合计']['y']), n(G['y']), '表2/表1 全年')
    ck.same(n(t2['合计']['e']), n(G['e']), '表2/表1 执行')
    fb, ew, es = ck.funds_block()
    for a, b in (('年初预算数', 'y0'), ('全年预算数', 'y'), ('全年执行数', 'e')):
        ck.same(n(fb['年度资金总额'][a]), n(G[b]), '自评表/表1 %s' % a)
        ck.same(n(fb['上年结转资金'][a]), n(T1['上年结转资金'][b]), '自评表/表1 上年结转 %s' % a)
    rows, ss = ck.indicators(ew, es)
    y0, c1, c2, c3, add, y = ck.one(r'年初预算(' + NUM + ')万元，其中中央财政资金(' + NUM + ')万元、省级财政资金(' + NUM
                                    + ')万元、上年结转资金(' + NUM + ')万元；年中省级追加(' + NUM + ')万元，全年预算(' + NUM + ')万元')
    ck.sumeq([wan(c1), wan(c2), wan(c3)], wan(y0), '年初构成')
    ck.sumeq([wan(y0), wan(add)], wan(y), '年初+追加')
    ck.same(wan(y0), n(G['y0']), '年初')
    ck.same(wan(y), n(G['y']), '全年')
    for v, k in zip((c1, c2, c3), src):
        ck.same(wan(v), n(T1[k]['y0']), '%s 年初' % k)
    a1, a2 = ck.one(r'2020年12月提前下达(' + NUM + ')万元、2021年6月下达(' + NUM + ')万元')
    ck.sumeq([wan(a1), wan(a2)], wan(c1), '中央资金下达')
    ck.rate(n(G['r']), n(G['y']), ck.one(r'全部到位，到位率(' + NUM + ')%'), '到位率')
    sp, er, cer = ck.one(r'实际支出(' + NUM + ')万元，预算执行率(' + NUM + ')%。其中中央资金执行率(' + NUM + ')%')
    ck.same(wan(sp), n(G['e']), '实际支出')
    ck.rate(n(G['e']), n(G['y']), er, '执行率 (prose)')
    ck.rate(n(T1['中央财政资金']['e']), n(T1['中央财政资金']['y']), cer, '中央执行率 (prose)')
    cf = ck.one(r'年末结转(' + NUM + ')万元')
    ck.balance(n(G['r']), n(G['e']), wan(cf), '结转')
    ck.balance(n(t2['奶牛生产性能测定']['y']), n(t2['奶牛生产性能测定']['e']), wan(cf), 'DHI 结转')
    b1, b2, b3, bt = ck.one(r'面积分别为(' + NUM + ')亩、(' + NUM + ')亩、(' + NUM + ')亩，共(' + NUM + ')亩')
    ck.sumeq([n(b1), n(b2), n(b3)], n(bt), '基地面积')
    ck.same_ind(rows, '新建苜蓿基地面积', n(bt), '亩', '苜蓿面积')
    y1, y2, y3, ya = ck.one(r'亩产干草分别为(' + NUM + ')吨、(' + NUM + ')吨、(' + NUM + ')吨，平均(' + NUM + ')吨')
    ck.avg([n(y1), n(y2), n(y3)], ya, '平均亩产')
    ck.same_ind(rows, '苜蓿干草亩产', n(ya), '吨', '亩产')
    ck.same_ind(rows, '苜蓿粗蛋白含量', n(ck.one(r'检测粗蛋白含量(' + NUM + ')%')), '%', '粗蛋白')
    mu, tail = ck.one(r'另兑付2020年已验收的(' + NUM + ')亩基地尾款(' + NUM + ')万元')
    ck.same(wan(tail), n(T1['上年结转资金']['e']), '尾款')
    ck.sumeq([n(mu) * 600], wan(tail), '尾款=亩数×600')
    ck.same_ind(rows, '奶牛场优质饲草自给率', n(ck.one(r'提高到(' + NUM + ')%')), '%', '自给率')
    cows, f1, f2, f3, f4, f5, fa, more = ck.one(
        r'引进荷斯坦青年牛(' + NUM + ')头，各场分别引进(\d+)头、(\d+)头、(\d+)头、(\d+)头、(\d+)头，场均(' + NUM
        + ')头，较年度目标多引进(' + NUM + ')头')
    fs = [n(v) for v in (f1, f2, f3, f4, f5)]
    ck.sumeq(fs, n(cows), '各场引进')
    ck.avg(fs, fa, '场均引进')
    ck.same_ind(rows, '引进良种奶牛头数', n(cows), '头', '引进头数')
    x = ck.row(rows, '引进良种奶牛头数')
    ck.sumeq([n(cows), x['Tp'][1]], n(more), '多引进', [1, -1])
    ck.same(wan(ck.one(r'补贴资金(' + NUM + ')万元于')), n(t2['引进良种奶牛补贴']['e']), '引进补贴')
    q, qt, cr, yl, yl0, up = ck.one(r'全年测定奶牛(' + NUM + ')头，完成目标(' + NUM + ')头的(' + NUM + ')%，参测牛群平均单产('
                                    + NUM + ')吨，比2020年的(' + NUM + ')吨提高(' + NUM + ')吨')
    ck.same_ind(rows, '生产性能测定奶牛头数', n(q), '头', '测定头数')
    ck.same_ind(rows, '生产性能测定奶牛头数', n(qt), '头', '测定目标', field='T')
    x = ck.row(rows, '生产性能测定奶牛头数')
    ck.completion(x['Tp'][0], x['Tp'][1], x['Ap'][1], cr, '测定 (prose)')
    ck.same_ind(rows, '参测牛群平均单产', n(yl), '吨', '单产')
    ck.sumeq([n(yl), n(yl0)], n(up), '单产提高', [1, -1])
    s1, s0, g1 = ck.one(r'奶牛存栏(' + NUM + ')万头，较2020年末的(' + NUM + ')万头增长(' + NUM + ')%')
    ck.rate(n(s1) - n(s0), n(s0), g1, '存栏增幅')
    ck.same_ind(rows, '全区奶牛存栏', n(s1), '万头', '存栏')
    m1, m0, g2 = ck.one(r'生鲜乳产量(' + NUM + ')万吨，较上年的(' + NUM + ')万吨增长(' + NUM + ')%')
    ck.rate(n(m1) - n(m0), n(m0), g2, '产量增幅')
    ck.same_ind(rows, '全区生鲜乳产量', n(m1), '万吨', '生鲜乳')
    tot, g = ck.one(r'本项目得分(' + NUM + ')分，评价等级为"(\S+?)"')
    if not close(ss, tot):
        ck.fail('score_sum_mismatch', 'prose total %s, rows %s' % (tot, ss))
    ck.grade(n(tot), g, '结论')
    ck.grade(n(tot), ck.one(r'评价等级\t(\S+)'), '自评表')


def xj_hutubi(ck):
    T1 = ck.bykey(ck.table('项目'), {'y0': ['年初预算数'], 'y': ['全年预算数'], 'e': ['全年执行数'], 'rate': ['执行率']})
    basic, proj = ['人员经费', '公用经费'], ['奶牛养殖补贴', '奶牛生产性能测定', '重大动物疫病强制免疫', '畜牧兽医技术推广培训']
    for c in ('y0', 'y', 'e'):
        ck.sumeq([n(T1[k][c]) for k in basic], n(T1['一、基本支出'][c]), '基本支出 %s' % c)
        ck.sumeq([n(T1[k][c]) for k in proj], n(T1['二、项目支出'][c]), '项目支出 %s' % c)
        ck.sumeq([n(T1['一、基本支出'][c]), n(T1['二、项目支出'][c])], n(T1['合计'][c]), '合计 %s' % c)
    for k, r in T1.items():
        ck.rate(n(r['e']), n(r['y']), r['rate'], '表1 %s' % k)
    G, B, P = T1['合计'], T1['一、基本支出'], T1['二、项目支出']
    rows, ss = ck.indicators()
    ck.rate(n(G['e']), n(G['y']), ck.row(rows, '部门预算执行率')['A'], '自评表 执行率')
    ck.rate(n(T1['公用经费']['e']), n(T1['公用经费']['y']), ck.row(rows, '公用经费控制率')['A'], '公用经费控制率')
    y0, b0, p0 = ck.one(r'年初预算(' + NUM + ')万元，其中基本支出(' + NUM + ')万元、项目支出(' + NUM + ')万元')
    ck.sumeq([wan(b0), wan(p0)], wan(y0), '年初构成')
    ck.same(wan(y0), n(G['y0']), '年初')
    ck.same(wan(b0), n(B['y0']), '基本年初')
    ck.same(wan(p0), n(P['y0']), '项目年初')
    add, a1, a2, cut, y = ck.one(r'年内追加(' + NUM + ')万元（工资调整(' + NUM + ')万元、自治区奶牛养殖补贴(' + NUM
                                 + ')万元），调减技术推广培训经费(' + NUM + ')万元，调整后全年预算(' + NUM + ')万元')
    ck.sumeq([wan(a1), wan(a2)], wan(add), '追加构成')
    ck.sumeq([wan(y0), wan(add), wan(cut)], wan(y), '年初+追加-调减', [1, 1, -1])
    ck.same(wan(y), n(G['y']), '全年')
    ck.sumeq([n(T1['人员经费']['y']), n(T1['人员经费']['y0'])], wan(a1), '工资调整', [1, -1])
    ck.sumeq([n(T1['奶牛养殖补贴']['y']), n(T1['奶牛养殖补贴']['y0'])], wan(a2), '补贴追加', [1, -1])
    ck.sumeq([n(T1['畜牧兽医技术推广培训']['y0']), n(T1['畜牧兽医技术推广培训']['y'])], wan(cut), '推广调减', [1, -1])
    s1, s2, s3 = ck.one(r'中央财政资金(' + NUM + ')万元、自治区财政资金(' + NUM + ')万元、县级财政资金(' + NUM + ')万元')
    ck.sumeq([wan(s1), wan(s2), wan(s3)], wan(y), '来源合计')
    sp, er, be, ber, pe, per = ck.one(r'全年支出(' + NUM + ')万元，预算执行率(' + NUM + ')%。其中基本支出(' + NUM + ')万元，执行率('
                                      + NUM + ')%；项目支出(' + NUM + ')万元，执行率(' + NUM + ')%')
    ck.same(wan(sp), n(G['e']), '全年支出')
    ck.rate(n(G['e']), n(G['y']), er, '执行率 (prose)')
    ck.same(wan(be), n(B['e']), '基本支出')
    ck.rate(n(B['e']), n(B['y']), ber, '基本执行率 (prose)')
    ck.same(wan(pe), n(P['e']), '项目支出')
    ck.rate(n(P['e']), n(P['y']), per, '项目执行率 (prose)')
    un, pc, oc = ck.one(r'年末未支出(' + NUM + ')万元，其中项目资金(' + NUM + ')万元结转至\d{4}年，公用经费结余(' + NUM + ')万元')
    ck.balance(n(G['y']), n(G['e']), wan(un), '未支出')
    ck.balance(n(P['y']), n(P['e']), wan(pc), '项目结转')
    ck.balance(n(T1['公用经费']['y']), n(T1['公用经费']['e']), wan(oc), '公用结余')
    ck.sumeq([wan(pc), wan(oc)], wan(un), '未支出构成')
    cows, std, farms, per_f = ck.one(r'引进荷斯坦良种奶牛(' + NUM + ')头，每头补贴(' + NUM + ')元；对(\d+)个规模奶牛场[^，]*，每场补助('
                                     + NUM + ')万元')
    ck.sumeq([n(cows) * n(std), n(farms) * wan(per_f)], n(T1['奶牛养殖补贴']['e']), '补贴构成')
    ck.same_ind(rows, '引进良种奶牛', n(cows), '头', '引进头数')
    ck.same_ind(rows, '提质改造规模奶牛场', n(farms), '个', '改造场数')
    ck.same_ind(rows, '引进奶牛补贴标准', n(std), '元/头', '补贴标准')
    ck.same(wan(ck.one(r'奶牛养殖补贴项目支出(' + NUM + ')万元')), n(T1['奶牛养殖补贴']['e']), '补贴项目支出')
    st, q, qt, cr = ck.one(r'每头每年(' + NUM + ')元。全年测定奶牛(' + NUM + ')头，完成目标(' + NUM + ')头的(' + NUM + ')%')
    ck.sumeq([n(st) * n(q)], n(T1['奶牛生产性能测定']['e']), '测定补助')
    ck.same_ind(rows, '生产性能测定奶牛', n(q), '头', '测定头数')
    ck.same_ind(rows, '生产性能测定奶牛', n(qt), '头', '测定目标', field='T')
    x = ck.row(rows, '生产性能测定奶牛')
    ck.completion(x['Tp'][0], x['Tp'][1], x['Ap'][1], cr, '测定 (prose)')
    ck.same_ind(rows, '强制免疫抗体合格率', n(ck.one(r'强制免疫抗体合格率(' + NUM + ')%')), '%', '抗体合格率')
    ck.same_ind(rows, '培训养殖户', n(ck.one(r'培训养殖户(' + NUM + ')人次')), '人次', '培训')
    m, s1_ = ck.one(r'生鲜乳产量(' + NUM + ')万吨、奶牛存栏(' + NUM + ')万头')
    ck.same_ind(rows, '全县生鲜乳产量', n(m), '万吨', '生鲜乳')
    ck.same_ind(rows, '全县奶牛存栏', n(s1_), '万头', '存栏')
    s0 = ck.one(r'2022年末奶牛存栏(' + NUM + ')万头')
    gr = ck.one(r'分别比上年增长' + NUM + r'%和(' + NUM + ')%')
    ck.rate(n(s1_) - n(s0), n(s0), gr, '存栏增幅')
    got, ok_, sat = ck.one(r'问卷(\d+)份，满意(\d+)份，满意度(' + NUM + ')%')
    ck.rate(n(ok_), n(got), sat, '满意度')
    ck.same_ind(rows, '养殖场户满意度', n(sat), '%', '满意度')
    p1, p2, p3, p4, pa = ck.one(r'自评得分分别为(' + NUM + ')分、(' + NUM + ')分、(' + NUM + ')分、(' + NUM + ')分，平均(' + NUM + ')分')
    ck.avg([n(p1), n(p2), n(p3), n(p4)], pa, '项目平均分')
    tot, g = ck.one(r'部门整体支出自评得分(' + NUM + ')分，评价等级为“(\S+?)”')
    if not close(ss, tot):
        ck.fail('score_sum_mismatch', 'prose total %s, rows %s' % (tot, ss))
    ck.grade(n(tot), g, '结论')


def nx_litong(ck):
    T1 = ck.bykey(ck.table('资金来源'), {'y0': ['年初预算数'], 'y': ['全年预算数'], 'r': ['到位数'],
                                     'e': ['执行数'], 'rate': ['执行率']})
    src = ['中央财政资金', '自治区财政资金', '区级财政资金']
    for c in ('y0', 'y', 'r', 'e'):
        ck.sumeq([n(T1[k][c]) for k in src], n(T1['合计'][c]), '表1 %s' % c)
    for k, r in T1.items():
        ck.rate(n(r['e']), n(r['y']), r['rate'], '表1 %s' % k)
    t2 = ck.bykey(ck.table('补贴项目'), {'std': ['补贴标准'], 'q': ['实施数量'], 'y': ['全年预算数'], 'e': ['实际支出数']})
    items = [k for k in t2 if k != '合计']
    for c in ('y', 'e'):
        ck.sumeq([n(t2[k][c]) for k in items], n(t2['合计'][c]), '表2 %s' % c)
    for k in items:
        m1 = re.match(r'(\d+)元/', t2[k]['std'])
        if m1:
            ck.sumeq([n(m1.group(1)) * n(re.match(NUM, t2[k]['q']).group(0))], n(t2[k]['e']), '表2 %s' % k)
    G = T1['合计']
    ck.same(n(t2['合计']['y']), n(G['y']), '表2/表1 全年')
    ck.same(n(t2['合计']['e']), n(G['e']), '表2/表1 执行')
    fb, ew, es = ck.funds_block()
    for a, b in (('年初预算数', 'y0'), ('全年预算数', 'y'), ('全年执行数', 'e')):
        ck.same(n(fb['年度资金总额'][a]), n(G[b]), '自评表/表1 %s' % a)
    rows, ss = ck.indicators(ew, es)
    y0, c1, c2, c3, add, cut, y = ck.one(
        r'年初预算(' + NUM + ')万元，其中中央财政资金(' + NUM + ')万元（2024年12月提前下达）、自治区财政资金(' + NUM
        + ')万元、区级财政资金(' + NUM + ')万元；年中自治区追加(' + NUM + ')万元，区级调减(' + NUM + ')万元，全年预算(' + NUM + ')万元')
    ck.sumeq([wan(c1), wan(c2), wan(c3)], wan(y0), '年初构成')
    ck.sumeq([wan(y0), wan(add), wan(cut)], wan(y), '年初+追加-调减', [1, 1, -1])
    ck.same(wan(y0), n(G['y0']), '年初')
    ck.same(wan(y), n(G['y']), '全年')
    for v, k in zip((c1, c2, c3), src):
        ck.same(wan(v), n(T1[k]['y0']), '%s 年初' % k)
    ck.rate(n(G['r']), n(G['y']), ck.one(r'全部到位，到位率(' + NUM + ')%'), '到位率')
    sp, er, cer, qer = ck.one(r'支出(' + NUM + ')万元，预算执行率(' + NUM + ')%，其中中央资金执行率(' + NUM + ')%，区级资金执行率(' + NUM + ')%')
    ck.same(wan(sp), n(G['e']), '支出')
    ck.rate(n(G['e']), n(G['y']), er, '执行率 (prose)')
    ck.rate(n(T1['中央财政资金']['e']), n(T1['中央财政资金']['y']), cer, '中央执行率 (prose)')
    ck.rate(n(T1['区级财政资金']['e']), n(T1['区级财政资金']['y']), qer, '区级执行率 (prose)')
    ck.balance(n(G['r']), n(G['e']), wan(ck.one(r'年末结转(' + NUM + ')万元')), '结转')
    pm, pay, cr = ck.one(r'参配母牛(' + NUM + ')头，兑付补贴(' + NUM + ')万元，经妊娠检查受胎率(' + NUM + ')%')
    ck.same_ind(rows, '性控冻精参配母牛', n(pm), '头', '参配头数')
    ck.same(wan(pay), n(t2['良种繁育（性控冻精）补贴']['e']), '冻精补贴')
    ck.same_ind(rows, '性控冻精受胎率', n(cr), '%', '受胎率')
    q, qt, qc, up, dm, dm0, dd = ck.one(
        r'全年测定奶牛(' + NUM + ')头，完成目标(' + NUM + ')头的(' + NUM + ')%，测定数据上传及时率(' + NUM + ')%；测定牛群平均日产奶量('
        + NUM + ')公斤，较2024年的(' + NUM + ')公斤提高(' + NUM + ')公斤')
    ck.same_ind(rows, '生产性能测定头数', n(q), '头', '测定头数')
    ck.same_ind(rows, '生产性能测定头数', n(qt), '头', '测定目标', field='T')
    x = ck.row(rows, '生产性能测定头数')
    ck.completion(x['Tp'][0], x['Tp'][1], x['Ap'][1], qc, '测定 (prose)')
    ck.same_ind(rows, '数据上传及时率', n(up), '%', '上传及时率')
    ck.same_ind(rows, '测定牛群平均日产奶量', n(dm), '公斤', '日产奶量')
    ck.sumeq([n(dm), n(dm0)], n(dd), '日产奶量提高', [1, -1])
    t1_, t2_, t3_, t4_, tt, ta, tp = ck.one(
        r'金积镇淘汰(\d+)头、古城镇(\d+)头、扁担沟镇(\d+)头、上桥镇(\d+)头，合计(' + NUM + ')头，平均每镇(' + NUM + ')头；补贴(' + NUM + ')万元')
    ts = [n(v) for v in (t1_, t2_, t3_, t4_)]
    ck.sumeq(ts, n(tt), '各镇淘汰')
    ck.avg(ts, ta, '镇均淘汰')
    ck.same_ind(rows, '淘汰低产奶牛头数', n(tt), '头', '淘汰头数')
    ck.same(wan(tp), n(t2['低产奶牛淘汰更新补贴']['e']), '淘汰补贴')
    ck.same_ind(rows, '成母牛平均单产', n(ck.one(r'平均单产提高到(' + NUM + ')吨')), '吨', '单产')
    ch, det = ck.one(r'全年抽检生鲜乳(' + NUM + ')批次，三聚氰胺等违禁添加物检出(' + NUM + ')批次')
    ck.same_ind(rows, '生鲜乳抽检批次', n(ch), '批次', '抽检批次')
    ck.same(n(ch), n(re.match(NUM, t2['生鲜乳质量安全监管']['q']).group(0)), '表2 抽检批次')
    ck.same_ind(rows, '违禁添加物检出', n(det), '批次', '检出')
    s0 = ck.one(r'2024年末全区奶牛存栏(' + NUM + ')万头')
    s1, gr = ck.one(r'年末全区奶牛存栏(' + NUM + ')万头，比上年末增加(' + NUM + ')%')
    ck.same_ind(rows, '全区奶牛存栏', n(s1), '万头', '存栏')
    ck.rate(n(s1) - n(s0), n(s0), gr, '存栏增幅')
    got, ok_, sat = ck.one(r'有效问卷(\d+)份，满意(\d+)份，满意度(' + NUM + ')%')
    ck.rate(n(ok_), n(got), sat, '满意度')
    ck.same_ind(rows, '养殖场户满意度', n(sat), '%', '满意度')
    tot, g = ck.one(r'项目自评得分(' + NUM + ')分，评价等级为"(\S+?)"')
    if not close(ss, tot):
        ck.fail('score_sum_mismatch', 'prose total %s, rows %s' % (tot, ss))
    ck.grade(n(tot), g, '结论')


PROJECTS = {
    'hb-xingtang-naiye-2018': (hb_xingtang, 2018, '｜', False),
    'hlj-kedong-nainiubutie-2020': (hlj_kedong, 2020, '｜', True),
    'gs-ganzhou-naiye-2021': (gs_ganzhou, 2021, '\t', False),
    'xj-hutubi-xumubumen-2023': (xj_hutubi, 2023, '｜', True),
    'nx-litong-nainiu-2025': (nx_litong, 2025, '｜', False),
}


def run(source, raw):
    fn, year, sep, is_html = PROJECTS[source]
    text = html_to_text(raw) if is_html else raw
    ck = Ck(text, year, sep)
    fn(ck)
    ck.years()
    return ck


def one_edit(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
    codes = {}
    for lab in labels:
        path = os.path.join(CASES, lab['case'])
        raw = open(path, encoding='utf-8').read()
        try:
            ck = run(lab['source'], raw)
        except Exception as exc:               # a figure could not be read
            problems.append('%s: %s' % (lab['case'], exc))
            continue
        got = [c for c, _ in ck.fails]
        if lab['clean']:
            if got:
                problems.append('%s: clean draft fails %s' % (lab['case'], ck.fails))
            if ck.rule:
                problems.append('%s: scoring rule %s' % (lab['case'], ck.rule))
            n_ = len(raw) if not PROJECTS[lab['source']][3] else len(
                html.unescape(re.sub(r'<[^>]+>', '', re.sub(r'(?is)<head>.*?</head>', '', raw))))
            if not 2500 <= n_ <= 6000 or len(raw) > 6000:
                problems.append('%s: length %d (file %d)' % (lab['case'], n_, len(raw)))
            continue
        exp = [e['code'] for e in lab['expected']]
        if len(exp) != 1 or got != exp:
            problems.append('%s: expected %s, checks give %s' % (lab['case'], exp, ck.fails))
        codes[exp[0]] = codes.get(exp[0], 0) + 1
        clean = open(os.path.join(CASES, lab['source'] + '-clean.txt'), encoding='utf-8').read()
        i, ea, eb = one_edit(clean, raw)
        if ea - i > 40 or eb - i > 40:
            problems.append('%s: edit spans %d/%d characters' % (lab['case'], ea - i, eb - i))
        val = lab['expected'][0]['value']
        if raw.count(val) != 1:
            problems.append('%s: value occurs %d times' % (lab['case'], raw.count(val)))
        else:
            v0 = raw.index(val)
            if not (v0 <= i and eb <= v0 + len(val)) and not (v0 < eb and i < v0 + len(val)):
                problems.append('%s: value does not cover the edit' % lab['case'])
    need = ['rate_mismatch', 'sum_mismatch', 'balance_mismatch', 'completion_mismatch', 'score_sum_mismatch',
            'weight_sum_mismatch', 'score_exceeds_weight', 'grade_mismatch', 'conflicting_values', 'average_mismatch',
            'implausible_rate', 'unit_mismatch', 'year_mismatch']
    for c in need:
        if codes.get(c, 0) < 2:
            problems.append('code %s used %d times' % (c, codes.get(c, 0)))
    if sum(codes.values()) != 30 or len(labels) != 35:
        problems.append('%d labels, %d errors' % (len(labels), sum(codes.values())))
    if problems:
        print('\n'.join(problems))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
