#!/usr/bin/env python3
"""Re-read the figures of every case from its text and redo the arithmetic (rules.md §7 identities,
§8 tolerance from the stated decimals, ROUND_HALF_UP). Stdlib + decimal only.

A clean draft must break no identity; an error case must break exactly the identity of its label
(the set of failing codes equals the labelled code). Also checks the labels themselves: `value` occurs
exactly once in the case, and each error case is one contiguous edit (<= 40 characters) of its clean draft.
Prints OK when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
NUM = r'(\d[\d,]*(?:\.\d+)?)'
TEN4 = Decimal(10000)


class StructureError(Exception):
    pass


class N:
    """A number as stated: value and the decimals it was written with."""

    def __init__(self, raw):
        self.raw = raw
        t = raw.replace(',', '')
        self.v = Decimal(t)
        self.d = len(t.split('.')[1]) if '.' in t else 0

    def tol(self):
        return Decimal('0.5') * Decimal(10) ** (-self.d) + Decimal('1e-9')

    def agrees(self, c):
        return abs(Decimal(c) - self.v) <= self.tol()

    def __repr__(self):
        return self.raw


def to_wan(n, unit):
    """Amount in 万元 from a stated number and its money unit."""
    if unit == '元':
        return n.v / TEN4
    if unit == '亿元':
        return n.v * TEN4
    return n.v


def band(score):
    if score >= 90:
        return '优'
    if score >= 80:
        return '良'
    if score >= 60:
        return '中'
    return '差'


GRADE = {'优': '优', '优秀': '优', '良': '良', '良好': '良', '中': '中', '中等': '中', '合格': '中',
         '差': '差', '较差': '差'}


class Ctx:
    def __init__(self, name, text, year):
        self.name = name
        self.text = text
        self.year = year
        self.fails = []
        self.lines = text.split('\n')

    # ---------- reading ----------
    def m(self, pattern):
        found = list(re.finditer(pattern, self.text))
        if len(found) != 1:
            raise StructureError('%s: pattern %r matched %d times' % (self.name, pattern, len(found)))
        return found[0]

    def nums(self, pattern):
        mm = self.m(pattern)
        return [N(g) if g and re.fullmatch(r'\d[\d,]*(?:\.\d+)?', g) else g for g in mm.groups()]

    def num(self, pattern):
        return self.nums(pattern)[0]

    def row(self, prefix):
        found = [ln for ln in self.lines if ln.startswith(prefix)]
        if len(found) != 1:
            raise StructureError('%s: row %r found %d times' % (self.name, prefix, len(found)))
        return found[0].split('\t')

    # ---------- checking ----------
    def fail(self, code, msg):
        self.fails.append((code, msg))

    def eq(self, code, stated, computed, msg):
        if not stated.agrees(computed):
            self.fail(code, '%s: stated %s, computed %s' % (msg, stated.raw, Decimal(computed).quantize(Decimal('0.0001'))))

    def rate(self, stated, num, den, msg, code='rate_mismatch'):
        """stated: N or a cell string ('—', '', '0' tolerated on a zero base)."""
        if isinstance(stated, str):
            s = stated.strip().rstrip('%')
            if s in ('', '—', '-'):
                if den != 0:
                    self.fail(code, '%s: rate missing on a non-zero base' % msg)
                return
            stated = N(s)
        if den == 0:
            if stated.v != 0:
                self.fail('implausible_rate', '%s: rate %s%% on a zero base' % (msg, stated.raw))
            return
        c = num / den * 100
        if stated.v > 100 or stated.v < 0:
            self.fail('implausible_rate', '%s: rate %s%% outside [0, 100]' % (msg, stated.raw))
            return
        self.eq(code, stated, c, msg)

    def total(self, stated, parts, msg, code='sum_mismatch', stated_unit_scale=None):
        """stated total (N, in 万元 or a count) vs the sum of parts (Decimals). A slip reconciled exactly by
        rescaling one part or the total by 10^4 / 10^8 is a unit slip, not a sum slip."""
        s = sum(parts, Decimal(0))
        if stated.agrees(s):
            return
        for k, p in enumerate(parts):
            for f in (TEN4, 1 / TEN4, TEN4 * TEN4, 1 / (TEN4 * TEN4)):
                if p != 0 and stated.agrees(s - p + p * f):
                    self.fail('unit_mismatch', '%s: part %d off by a power of ten' % (msg, k))
                    return
        for f in (TEN4, TEN4 * TEN4):
            if stated.v != 0 and (abs(stated.v / f - s) <= stated.tol() / f or abs(stated.v * f - s) <= stated.tol() * f):
                self.fail('unit_mismatch', '%s: total off by a power of ten' % msg)
                return
        self.fail(code, '%s: stated %s, sum %s' % (msg, stated.raw, s))

    def same(self, a, av, b, bv, msg):
        """Same quantity stated twice (a, b as N; av, bv normalised values)."""
        if abs(av - bv) <= max(a.tol(), b.tol()):
            return
        for f in (TEN4, TEN4 * TEN4):
            if av and bv and (av / bv == f or bv / av == f):
                self.fail('unit_mismatch', '%s: %s vs %s differ by a power of ten' % (msg, a.raw, b.raw))
                return
        self.fail('conflicting_values', '%s: %s vs %s' % (msg, a.raw, b.raw))

    def same_n(self, a, b, msg):
        self.same(a, a.v, b, b.v, msg)


def cell_n(c):
    c = c.strip().rstrip('%')
    if c in ('', '—', '-'):
        return Decimal(0)
    return N(c).v


# ---------------------------------------------------------------------------------------------
# generic: the indicator table, the stated totals and grades, the years
# ---------------------------------------------------------------------------------------------
VAL = re.compile(r'^(≥|≤|＞|＜|>=|<=|=|不低于|不少于|不超过|不高于)?\s*(\d[\d,]*(?:\.\d+)?)\s*(.*)$')


def parse_val(s):
    s = s.strip()
    if re.search(r'\d{4}年\d{1,2}月', s):
        return None
    mm = VAL.match(s)
    if not mm:
        return None
    sign, num, unit = mm.groups()
    direction = 'lte' if sign in ('≤', '＜', '<=', '不超过', '不高于') else 'gte'
    return direction, N(num), unit.strip()


def indicator_table(cx, extra=()):
    """Parse the tab table whose header has 三级指标; check I6, I7, I8, I13, I5 on it.
    extra: (weight N, score N) pairs scored outside the table (the MOF funds block)."""
    hi = [i for i, ln in enumerate(cx.lines) if '三级指标' in ln and '\t' in ln]
    if len(hi) != 1:
        raise StructureError('%s: indicator header found %d times' % (cx.name, len(hi)))
    hi = hi[0]
    head = cx.lines[hi].split('\t')

    def col(*names):
        for k, h in enumerate(head):
            if h in names:
                return k
        return None
    c_name = col('三级指标')
    c_t = col('年度指标值', '目标值', '指标值')
    c_a = col('实际完成值', '业绩值', '完成值')
    c_c = col('完成率')
    c_w = col('分值', '权重')
    c_s = col('得分')
    rows, total = [], None
    for ln in cx.lines[hi + 1:]:
        cells = ln.split('\t')
        if cells[0] in ('合计', '总分'):
            total = cells + [''] * (len(head) - len(cells))
            break
        cells += [''] * (len(head) - len(cells))
        rows.append(cells)
    if total is None:
        raise StructureError('%s: no 合计 row' % cx.name)
    byname = {}
    sw, ss = Decimal(0), Decimal(0)
    for cells in rows:
        name = cells[c_name]
        byname[name] = cells
        w, s = N(cells[c_w]), N(cells[c_s])
        sw += w.v
        ss += s.v
        if s.v > w.v or s.v < 0:
            cx.fail('score_exceeds_weight', '%s: score %s, weight %s' % (name, s.raw, w.raw))
        t, a = parse_val(cells[c_t]), parse_val(cells[c_a])
        if t is None or a is None:
            if (t is None) != (a is None) and re.search(r'\d', cells[c_t] + cells[c_a]):
                cx.fail('unit_mismatch', '%s: target %r vs actual %r' % (name, cells[c_t], cells[c_a]))
            continue
        (dr, tn, tu), (_, an, au) = t, a
        if tu != au:
            cx.fail('unit_mismatch', '%s: target unit %r, actual unit %r' % (name, tu, au))
            continue
        if au == '%' and ('率' in name or '满意度' in name) and (an.v > 100 or an.v < 0):
            cx.fail('implausible_rate', '%s: %s%%' % (name, an.raw))
        if c_c is not None and cells[c_c].strip() not in ('', '—'):
            comp = N(cells[c_c].rstrip('%'))
            if dr == 'lte':
                c = Decimal(100) if an.v <= tn.v else tn.v / an.v * 100
            else:
                c = an.v / tn.v * 100
            cx.eq('completion_mismatch', comp, c, '%s completion' % name)
    for w, s in extra:
        sw += w.v
        ss += s.v
    tw, ts = N(total[c_w]), N(total[c_s])
    if sw != tw.v or tw.v != 100:
        cx.fail('weight_sum_mismatch', 'weights sum %s, stated %s' % (sw, tw.raw))
    cx.eq('score_sum_mismatch', ts, ss, 'table total')
    cx.table_total = ts
    cx.row_sum = ss
    return byname, (c_t, c_a, c_c, c_w, c_s)


def totals_and_grades(cx):
    stated = []
    for ln in cx.lines:
        if '\t' in ln:
            continue
        tot = None
        for mm in re.finditer(r'(?:自评得分|本项目得分|综合得分)' + NUM + '分', ln):
            tot = N(mm.group(1))
            cx.eq('score_sum_mismatch', tot, cx.row_sum, 'stated total')
            stated.append(tot)
        for mm in re.finditer(r'等级为[“"]?(优秀|良好|中等|较差|合格|优|良|中|差)', ln):
            base = tot if tot is not None else cx.table_total
            if GRADE[mm.group(1)] != band(base.v):
                cx.fail('grade_mismatch', 'grade %s for %s' % (mm.group(1), base.raw))
    if not stated:
        raise StructureError('%s: no stated total' % cx.name)


def years(cx):
    y = cx.year
    for ln in cx.lines[:3]:
        for mm in re.finditer(r'(\d{4})年度', ln):
            if int(mm.group(1)) != y:
                cx.fail('year_mismatch', 'title year %s' % mm.group(1))
    for mm in re.finditer(r'结转至(\d{4})年', cx.text):
        if int(mm.group(1)) <= y:
            cx.fail('year_mismatch', 'carried over to %s' % mm.group(1))
    for mm in re.finditer(r'截至(\d{4})年12月31日', cx.text):
        if int(mm.group(1)) != y:
            cx.fail('year_mismatch', 'as of the end of %s' % mm.group(1))
    for mm in re.finditer(r'(\d{4})年(\d{1,2})月，[^。；\n]{0,30}?下达', cx.text):
        yy, mo = int(mm.group(1)), int(mm.group(2))
        if not (yy == y or (yy == y - 1 and mo == 12)):
            cx.fail('year_mismatch', 'issued %s-%s' % (yy, mo))


def table_rows(cx, prefixes):
    return [cx.row(p) for p in prefixes]


def sub_table(cx, prefixes, total_prefix, cols, rate_col, num_col, den_col, label):
    """Rows with amount columns `cols`, a rate column; check each rate and the column sums."""
    rows = table_rows(cx, prefixes)
    tot = cx.row(total_prefix)
    for r in rows + [tot]:
        cx.rate(r[rate_col], cell_n(r[num_col]), cell_n(r[den_col]), '%s %s rate' % (label, r[1] or r[0]))
    for c in cols:
        cx.total(N(tot[c]), [cell_n(r[c]) for r in rows], '%s column %d' % (label, c))
    return rows, tot


def indicator(byname, name, k):
    return byname[name][k]


# ---------------------------------------------------------------------------------------------
# per project: the figures of each draft, read from its text
# ---------------------------------------------------------------------------------------------
def p_tj(cx):
    # MOF funds block: label, 年初, 全年, 执行, 分值, 执行率, 得分
    tot = cx.row('年度资金总额\t')
    comp = [cx.row('其中：当年财政拨款\t'), cx.row('上年结转资金\t'), cx.row('其他资金\t')]
    for c in (1, 2, 3):
        cx.total(N(tot[c]), [cell_n(r[c]) for r in comp], 'funds block column %d' % c)
    for r in [tot] + comp:
        cx.rate(r[5], cell_n(r[3]), cell_n(r[2]), 'funds block %s' % r[0])
    byname, (c_t, c_a, c_c, c_w, c_s) = indicator_table(cx, extra=[(N(tot[4]), N(tot[6]))])
    totals_and_grades(cx)
    years(cx)
    # prose: budget build-up
    ini = cx.num(r'项目年初预算' + NUM + '万元')
    add = cx.num(r'下达市级水务发展补助资金' + NUM + '万元')
    carry = cx.num(r'上年结转' + NUM + '万元。调整后')
    annual, fiscal, carry2 = cx.nums(r'调整后全年预算为' + NUM + '万元，其中当年财政拨款' + NUM + '万元、上年结转资金' + NUM + '万元')
    cx.total(annual, [ini.v, add.v, carry.v], 'prose 年初 + 追加 + 结转')
    cx.total(annual, [fiscal.v, carry2.v], 'prose 当年 + 结转')
    cx.same_n(annual, N(tot[2]), 'prose vs funds block 全年预算')
    cx.same_n(fiscal, N(comp[0][2]), 'prose vs funds block 当年财政拨款')
    cx.same_n(ini, N(tot[1]), 'prose vs funds block 年初')
    recv, recv_rate = cx.nums(r'全年预算资金' + NUM + '万元全部到位，资金到位率' + NUM + '%')
    cx.rate(recv_rate, recv.v, annual.v, 'prose 到位率')
    spent, srate = cx.nums(r'项目实际支出' + NUM + '万元，预算执行率' + NUM + '%')
    cx.rate(srate, spent.v, annual.v, 'prose 执行率')
    fs, fr = cx.nums(r'当年财政拨款支出' + NUM + '万元，执行率' + NUM + '%')
    cx.rate(fr, fs.v, fiscal.v, 'prose 当年财政拨款执行率')
    cs, cr = cx.nums(r'上年结转资金支出' + NUM + '万元，执行率' + NUM + '%')
    cx.rate(cr, cs.v, carry2.v, 'prose 上年结转执行率')
    cx.total(spent, [fs.v, cs.v], 'prose 执行 components')
    cx.same_n(spent, N(tot[3]), 'prose vs funds block 执行')
    # sub-item table: 序号, 子项目, 全年预算, 实际支出, 执行率
    rows, st = sub_table(cx, ['1\t', '2\t', '3\t', '4\t'], '\t合计\t', (2, 3), 4, 3, 2, 'sub-items')
    cx.same_n(N(st[2]), annual, 'sub-item total vs 全年预算')
    cx.same_n(N(st[3]), spent, 'sub-item total vs 执行')
    settle, pct, retain, paid, unit = cx.nums(r'结算价' + NUM + '万元，按合同约定预留' + NUM + '%质保金' + NUM + '万元，年内支付工程进度款' + NUM + '(元|万元)')
    cx.eq('rate_mismatch', retain, settle.v * pct.v / 100, '质保金 5%')
    paid_w = to_wan(paid, unit)
    cx.total(settle, [retain.v, paid_w], '结算价 = 质保金 + 已付')
    cx.same(paid, paid_w, N(rows[0][3]), N(rows[0][3]).v, 'paid vs 管网 spending')
    k, amt, avg = cx.nums(r'取水点建设' + NUM + '处共支出' + NUM + '万元，平均每处' + NUM + '万元')
    cx.eq('average_mismatch', avg, amt.v / k.v, 'per 取水点')
    cx.same_n(amt, N(rows[2][3]), '取水点 spending')
    bal = cx.num(r'项目年末结余' + NUM + '万元')
    cx.eq('balance_mismatch', bal, recv.v - N(st[3]).v, '结余 = 到位 - 执行')
    # outputs in prose vs the table
    L, Lc = cx.nums(r'新建再生水管网' + NUM + '公里，完成年度目标的' + NUM + '%')
    t = parse_val(indicator(byname, '新建再生水管网长度', c_t))[1]
    cx.eq('completion_mismatch', Lc, L.v / t.v * 100, 'prose 管网 completion')
    cx.same_n(L, parse_val(indicator(byname, '新建再生水管网长度', c_a))[1], '管网 length')
    P, Pc = cx.nums(r'建成水质在线监测点' + NUM + '个，完成年度目标的' + NUM + '%')
    t = parse_val(indicator(byname, '建成水质在线监测点', c_t))[1]
    cx.eq('completion_mismatch', Pc, P.v / t.v * 100, 'prose 监测点 completion')
    V, Vc, V0, dV = cx.nums(r'再生水利用量' + NUM + '万立方米，完成年度目标的' + NUM + '%，比2017年的' + NUM + '万立方米同比增加' + NUM + '万立方米')
    t = parse_val(indicator(byname, '再生水利用量', c_t))[1]
    cx.eq('completion_mismatch', Vc, V.v / t.v * 100, 'prose 利用量 completion')
    cx.total(dV, [V.v, -V0.v], '同比增加')
    cx.same_n(V, parse_val(indicator(byname, '再生水利用量', c_a))[1], '利用量')
    r1, r0, dr = cx.nums(r'再生水利用率' + NUM + '%，比上年（' + NUM + '%）提高' + NUM + '个百分点')
    cx.total(dr, [r1.v, -r0.v], '利用率 change')
    cx.same_n(r1, parse_val(indicator(byname, '再生水利用率', c_a))[1], '利用率')
    G, Gc = cx.nums(r'替代地下水开采量' + NUM + '万立方米，完成年度目标的' + NUM + '%')
    t = parse_val(indicator(byname, '替代地下水开采量', c_t))[1]
    cx.eq('completion_mismatch', Gc, G.v / t.v * 100, 'prose 替代地下水 completion')
    cx.same_n(G, parse_val(indicator(byname, '替代地下水开采量', c_a))[1], '替代地下水')
    cx.same_n(cx.num(r'出水水质达标率' + NUM + '%，高于'), parse_val(indicator(byname, '再生水出水水质达标率', c_a))[1], '水质达标率')
    cx.same_n(cx.num(r'满意度为' + NUM + '%'), parse_val(indicator(byname, '用水单位及周边群众满意度', c_a))[1], '满意度')
    cx.rate(cx.num(r'预算执行率' + NUM + '%，未执行部分'), N(st[3]).v, N(st[2]).v, 'problems 执行率')


def p_he(cx):
    byname, (c_t, c_a, c_c, c_w, c_s) = indicator_table(cx)
    totals_and_grades(cx)
    years(cx)
    ini = cx.num(r'年初预算安排' + NUM + '万元')
    prov = cx.num(r'专项资金' + NUM + '万元（冀财')
    carry = cx.num(r'上年结转资金' + NUM + '万元，为2019年')
    annual, a1, a2, a3 = cx.nums(r'全年预算' + NUM + '万元，其中市级资金' + NUM + '万元、省级资金' + NUM + '万元、上年结转资金' + NUM + '万元')
    cx.total(annual, [ini.v, prov.v, carry.v], '年初 + 追加 + 结转')
    cx.total(annual, [a1.v, a2.v, a3.v], 'sources')
    cx.same_n(ini, a1, '市级'); cx.same_n(prov, a2, '省级'); cx.same_n(carry, a3, '结转')
    recv, rr = cx.nums(r'实际到位' + NUM + '万元，到位率' + NUM + '%')
    cx.rate(rr, recv.v, annual.v, '到位率')
    spent, sr = cx.nums(r'全年实际支出' + NUM + '万元，预算执行率' + NUM + '%')
    cx.rate(sr, spent.v, annual.v, '执行率')
    rows, st = sub_table(cx, ['再生水厂运行补助\t', '再生水水质监测及计量核查\t'], '合计\t1', (1, 2), 3, 2, 1, 'sub-items')
    cx.same_n(N(st[1]), annual, 'sub-item total vs 全年预算')
    cx.same_n(N(st[2]), spent, 'sub-item total vs 执行')
    plants = table_rows(cx, ['1\t', '2\t', '3\t', '4\t'])
    pt = cx.row('\t合计\t')
    for c in (2, 3, 4, 5):
        cx.total(N(pt[c]), [cell_n(r[c]) for r in plants], 'plant table column %d' % c)
    cx.same_n(N(pt[5]), N(rows[0][2]), 'plant subsidies vs 运行补助 spending')
    davg, savg = cx.nums(r'4座再生水厂平均日产水' + NUM + '万立方米，平均每座厂补助' + NUM + '万元')
    cx.eq('average_mismatch', davg, sum(cell_n(r[3]) for r in plants) / 4, 'average daily output')
    cx.eq('average_mismatch', savg, sum(cell_n(r[5]) for r in plants) / 4, 'average subsidy')
    cap = cx.num(r'东部再生水厂（设计规模' + NUM + '立方米/日）')
    cx.same(cap, cap.v, N(plants[0][2]), N(plants[0][2]).v * TEN4, '东部 design capacity')
    east = cx.num(r'补助水量最大，全年' + NUM + '万立方米')
    cx.same_n(east, N(plants[0][4]), '东部 volume')
    bal, b1, b2 = cx.nums(r'项目结余' + NUM + '万元，其中运行补助结余' + NUM + '万元、水质监测结余' + NUM + '万元')
    cx.eq('balance_mismatch', bal, recv.v - spent.v, '结余')
    cx.total(bal, [b1.v, b2.v], '结余 components')
    cx.eq('balance_mismatch', b1, N(rows[0][1]).v - N(rows[0][2]).v, '运行补助结余')
    cx.eq('balance_mismatch', b2, N(rows[1][1]).v - N(rows[1][2]).v, '水质监测结余')
    vol = cx.num(r'全年供给用户再生水' + NUM + '万立方米')
    cx.same_n(vol, parse_val(indicator(byname, '再生水利用量', c_a))[1], '利用量 prose vs table')
    cx.same_n(vol, N(pt[4]), '利用量 prose vs plant table')
    k, kt, kc = cx.nums(r'出水水质抽检' + NUM + '次，完成年度目标（' + NUM + '次）的' + NUM + '%')
    cx.eq('completion_mismatch', kc, k.v / kt.v * 100, 'prose 抽检 completion')
    cx.same_n(k, parse_val(indicator(byname, '水质抽检次数', c_a))[1], '抽检')
    cx.same_n(cx.num(r'出水水质达标率' + NUM + '%，未达标'), parse_val(indicator(byname, '出水水质达标率', c_a))[1], '达标率')
    ww, ur, uc = cx.nums(r'污水处理量' + NUM + '亿立方米，再生水利用率' + NUM + '%，高于30%的年度目标，完成率' + NUM + '%')
    cx.rate(ur, vol.v, ww.v * TEN4, '再生水利用率')
    t = parse_val(indicator(byname, '市区再生水利用率', c_t))[1]
    cx.eq('completion_mismatch', uc, ur.v / t.v * 100, 'prose 利用率 completion')
    cx.same_n(ur, parse_val(indicator(byname, '市区再生水利用率', c_a))[1], '利用率')
    g, gt, gc = cx.nums(r'减少深层地下水开采量' + NUM + '万立方米，完成年度目标（' + NUM + '万立方米）的' + NUM + '%')
    cx.eq('completion_mismatch', gc, g.v / gt.v * 100, 'prose 地下水 completion')
    cx.same_n(g, parse_val(indicator(byname, '减少地下水开采量', c_a))[1], '地下水')
    cx.same_n(cx.num(r'全年运行' + NUM + '天'), parse_val(indicator(byname, '再生水厂年运行天数', c_a))[1], '运行天数')
    ex = byname['预算执行率']
    cx.rate(N(ex[c_a].rstrip('%')), spent.v, annual.v, 'table 预算执行率')
    cx.same_n(cx.num(r'形成结余' + NUM + '万元'), b1, '运行补助结余 (problems)')
    cx.same_n(cx.num(r'减少地下水开采量完成' + NUM + '%'), gc, '地下水 completion (problems)')


def p_sx(cx):
    byname, (c_t, c_a, c_c, c_w, c_s) = indicator_table(cx)
    totals_and_grades(cx)
    years(cx)
    ini = cx.num(r'年初预算' + NUM + '万元，全部为市级')
    cen, prov, carry, annual = cx.nums(r'追加中央水利发展资金' + NUM + '万元、省级节水专项及地下水超采治理资金' + NUM + '万元，上年结转' + NUM + '万元，调整后全年预算' + NUM + '万元')
    cx.total(annual, [ini.v, cen.v, prov.v, carry.v], '年初 + 追加 + 结转')
    cx.total(cx.num(r'中央和省级补助资金合计' + NUM + '万元'), [cen.v, prov.v], '中央 + 省级')
    recv, rr, spent, sr, bal, b1, b2 = cx.nums(r'实际到位资金' + NUM + '万元，到位率' + NUM + '%；全年执行' + NUM + '万元，执行率' + NUM + '%；年末结余' + NUM + '万元，其中财政拨款结余' + NUM + '万元、上年结转资金结余' + NUM + '万元')
    cx.rate(rr, recv.v, annual.v, '到位率')
    cx.rate(sr, spent.v, annual.v, '执行率')
    cx.eq('balance_mismatch', bal, recv.v - spent.v, '结余')
    cx.total(bal, [b1.v, b2.v], '结余 components')
    # Shanxi table: 项目, 行次, 总, 小计, 中央, 省, 市, 县区, 结转, 其他
    R = {k: cx.row(p) for k, p in [(1, '年初预算资金\t'), (2, '全年预算资金\t'), (3, '实际到位资金\t'),
                                   (4, '全年执行资金\t'), (5, '资金结余\t'), (6, '预算到位率'), (7, '预算执行率（%）')]}
    for k in range(1, 6):
        r = R[k]
        cx.total(N(r[2]), [cell_n(r[3]), cell_n(r[8]), cell_n(r[9])], 'row (%d) total' % k)
        cx.total(N(r[3]), [cell_n(r[c]) for c in (4, 5, 6, 7)], 'row (%d) 小计' % k)
    for c in range(2, 10):
        if R[5][c].strip() != '':
            cx.eq('balance_mismatch', N(R[5][c]), cell_n(R[3][c]) - cell_n(R[4][c]), '(5) column %d' % c)
        if R[2][c].strip() == '' and R[6][c].strip() == '' and R[7][c].strip() == '':
            continue
        cx.rate(R[6][c], cell_n(R[3][c]), cell_n(R[2][c]), '(6) column %d' % c)
        cx.rate(R[7][c], cell_n(R[4][c]), cell_n(R[2][c]), '(7) column %d' % c)
    cx.same_n(ini, N(R[1][2]), '年初'); cx.same_n(annual, N(R[2][2]), '全年'); cx.same_n(recv, N(R[3][2]), '到位')
    cx.same_n(spent, N(R[4][2]), '执行'); cx.same_n(bal, N(R[5][2]), '结余')
    cx.same_n(cen, N(R[2][4]), '中央'); cx.same_n(prov, N(R[2][5]), '省级'); cx.same_n(carry, N(R[2][8]), '结转')
    cx.same_n(b2, N(R[5][8]), '结转结余'); cx.same_n(b1, N(R[5][3]), '财政拨款结余')
    # 基本/项目支出 table
    base = cx.row('一、基本支出\t'); pers = cx.row('其中：人员经费\t'); pub = cx.row('公用经费\t')
    proj = cx.row('二、项目支出\t')
    items = table_rows(cx, ['1.节水型社会建设\t', '2.城市再生水利用及管网改造补助\t', '3.水资源管理及取用水监测\t',
                            '4.河湖长制及水域岸线管理\t', '5.地下水超采区综合治理\t'])
    tot = cx.row('合计\t3')
    for r in [base, pers, pub, proj, tot] + items:
        cx.rate(r[3], cell_n(r[2]), cell_n(r[1]), 'expenditure %s' % r[0])
    for c in (1, 2):
        cx.total(N(base[c]), [cell_n(pers[c]), cell_n(pub[c])], '基本支出 col %d' % c)
        cx.total(N(proj[c]), [cell_n(r[c]) for r in items], '项目支出 col %d' % c)
        cx.total(N(tot[c]), [cell_n(base[c]), cell_n(proj[c])], '合计 col %d' % c)
    cx.same_n(N(tot[1]), annual, '合计 全年'); cx.same_n(N(tot[2]), spent, '合计 执行')
    staff, avg = cx.nums(r'在职人员' + NUM + '人，人均公用经费' + NUM + '万元')
    cx.eq('average_mismatch', avg, cell_n(pub[1]) / staff.v, '人均公用经费')
    cx.same_n(staff, cx.num(r'2021年末核定编制62名，在职人员' + NUM + '人'), '在职人员')
    s3, s0, d3 = cx.nums(r'“三公”经费支出' + NUM + '万元，较上年' + NUM + '万元减少' + NUM + '万元')
    cx.total(d3, [s0.v, -s3.v], '三公 change')
    cx.same_n(s3, parse_val(indicator(byname, '“三公”经费支出', c_a))[1], '三公')
    cx.same_n(cx.num(r'节水宣传等，全年执行' + NUM + '万元'), N(items[0][2]), '节水型社会建设 spending')
    pb, ps, pbal = cx.nums(r'再生水用户接入补助，全年预算' + NUM + '万元，实际支出' + NUM + '万元，结余' + NUM + '万元')
    cx.same_n(pb, N(items[1][1]), '再生水 budget'); cx.same_n(ps, N(items[1][2]), '再生水 spending')
    cx.eq('balance_mismatch', pbal, pb.v - ps.v, '再生水 结余')
    cx.rate(cx.num(r'未建设，执行率' + NUM + '%'), cell_n(items[2][2]), cell_n(items[2][1]), '监测 执行率')
    cx.rate(cx.num(r'专项整治，执行率' + NUM + '%'), cell_n(items[3][2]), cell_n(items[3][1]), '河湖 执行率')
    cx.rate(cx.num(r'继续使用，执行率' + NUM + '%'), cell_n(items[4][2]), cell_n(items[4][1]), '地下水 执行率')
    cx.rate(cx.num(r'项目支出执行率' + NUM + '%'), cell_n(proj[2]), cell_n(proj[1]), 'problems 项目支出执行率')
    cx.rate(cx.num(r'项目执行率仅' + NUM + '%'), cell_n(items[4][2]), cell_n(items[4][1]), 'problems 地下水执行率')
    ex = byname['部门预算执行率']
    cx.rate(N(ex[c_a].rstrip('%')), spent.v, annual.v, 'table 预算执行率')
    cx.same_n(cx.num(r'新建取用水在线计量监测点' + NUM + '个，部分'), parse_val(indicator(byname, '新建取用水在线计量监测点', c_a))[1], '监测点')
    for pat, name in [(r'全年创建' + NUM + '家，完成年度目标的' + NUM + '%', '创建节水型单位（企业）'),
                      (r'城市再生水利用量' + NUM + '万立方米，完成年度目标的' + NUM + '%', '城市再生水利用量'),
                      (r'全年压采地下水' + NUM + '万立方米，完成年度目标的' + NUM + '%', '地下水超采区压采量')]:
        a, c = cx.nums(pat)
        t = parse_val(indicator(byname, name, c_t))[1]
        cx.eq('completion_mismatch', c, a.v / t.v * 100, 'prose %s completion' % name)
        cx.same_n(a, parse_val(indicator(byname, name, c_a))[1], name)
    cx.same_n(cx.num(r'再生水利用率' + NUM + '%，低于'), parse_val(indicator(byname, '城市再生水利用率', c_a))[1], '利用率')
    cx.same_n(cx.num(r'社会公众满意度' + NUM + '%，略低'), parse_val(indicator(byname, '社会公众满意度', c_a))[1], '满意度')


def p_nm(cx):
    byname, (c_t, c_a, c_c, c_w, c_s) = indicator_table(cx)
    totals_and_grades(cx)
    years(cx)
    ini0 = cx.num(r'项目年初预算' + NUM + '万元（包财预')
    add0 = cx.num(r'下达节水型社会建设专项资金' + NUM + '万元')
    annual, ini, add, carry = cx.nums(r'全年预算' + NUM + '万元，其中年初预算' + NUM + '万元、年中追加自治区节水专项资金' + NUM + '万元、上年结转' + NUM + '万元')
    cx.total(annual, [ini.v, add.v, carry.v], '年初 + 追加 + 结转')
    cx.same_n(ini0, ini, '年初'); cx.same_n(add0, add, '追加')
    recv, rr, late = cx.nums(r'实际到位' + NUM + '万元，到位率' + NUM + '%，自治区追加资金中' + NUM + '万元于')
    cx.rate(rr, recv.v, annual.v, '到位率')
    cx.total(late, [annual.v, -recv.v], '未到位 = 全年 - 到位')
    spent, sr, bal = cx.nums(r'全年实际支出' + NUM + '万元，预算执行率' + NUM + '%；结余' + NUM + '万元')
    cx.rate(sr, spent.v, annual.v, '执行率')
    cx.eq('balance_mismatch', bal, recv.v - spent.v, '结余 = 到位 - 执行')
    rows, st = sub_table(cx, ['县域节水型社会达标建设奖补\t', '节水载体创建奖补\t', '再生水利用配套设施补助\t', '节水宣传及用水统计调查\t'],
                         '合计\t1,', (1, 2), 3, 2, 1, 'sub-items')
    cx.same_n(N(st[1]), annual, 'sub total vs 全年'); cx.same_n(N(st[2]), spent, 'sub total vs 执行')
    names = ['昆都仑区', '青山区', '东河区', '九原区', '石拐区', '白云鄂博矿区', '土默特右旗', '固阳县', '达尔罕茂明安联合旗']
    dist = table_rows(cx, [n + '\t' for n in names])
    dt = cx.row('合计\t480')
    for c in (1, 2, 3):
        cx.total(N(dt[c]), [cell_n(r[c]) for r in dist], 'district column %d' % c)
    cx.same_n(N(dt[1]), N(rows[0][2]), '达标奖补 vs spending')
    cx.same_n(N(dt[3]), N(rows[1][2]), '载体奖补 vs spending')
    g = cx.nums(r'分别奖补' + NUM + '万元、' + NUM + '万元、' + NUM + '万元、' + NUM + '万元、' + NUM + '万元，共' + NUM + '万元，平均每个旗县区' + NUM + '万元')
    parts, tot5, avg = g[:5], g[5], g[6]
    cx.total(tot5, [p.v for p in parts], '5 旗县区 sum')
    cx.eq('average_mismatch', avg, sum(p.v for p in parts) / 5, '5 旗县区 average')
    for p, nm in zip(parts, ['九原区', '石拐区', '土默特右旗', '固阳县', '达尔罕茂明安联合旗']):
        cx.same_n(p, N(dist[names.index(nm)][1]), '%s 奖补' % nm)
    cx.same_n(tot5, N(dt[1]), '达标奖补 total')
    cx.same_n(cx.num(r'再生水利用配套设施补助全年支出' + NUM + '万元'), N(rows[2][2]), '再生水补助 spending')
    for pat, name in [(r'节水载体' + NUM + '个，完成年度目标的' + NUM + '%', '新创建节水载体'),
                      (r'新建再生水配套管网' + NUM + '公里，完成年度目标的' + NUM + '%', '新建再生水配套管网'),
                      (r'全市再生水利用量' + NUM + '万立方米（约0.94亿立方米），完成年度目标的' + NUM + '%', '再生水利用量'),
                      (r'压减地下水开采量' + NUM + '万立方米，完成年度目标的' + NUM + '%', '压减地下水开采量')]:
        a, c = cx.nums(pat)
        t = parse_val(indicator(byname, name, c_t))[1]
        cx.eq('completion_mismatch', c, a.v / t.v * 100, 'prose %s completion' % name)
        cx.same_n(a, parse_val(indicator(byname, name, c_a))[1], name)
    cx.same_n(cx.num(r'节水载体' + NUM + '个，完成'), N(dt[2]), '载体 count')
    v0, dv = cx.nums(r'比2022年的' + NUM + '万立方米同比增加' + NUM + '万立方米')
    vol = parse_val(indicator(byname, '再生水利用量', c_a))[1]
    cx.total(dv, [vol.v, -v0.v], '同比增加')
    pa = cx.num(r'节水载体平均奖补' + NUM + '万元/个')
    cx.eq('average_mismatch', pa, N(dt[3]).v / N(dt[2]).v, '载体 average')
    cx.same_n(pa, parse_val(indicator(byname, '节水载体平均奖补标准', c_a))[1], '载体 average table')
    cx.same_n(cx.num(r'出水水质达标率' + NUM + '%，高于'), parse_val(indicator(byname, '再生水出水水质达标率', c_a))[1], '达标率')
    cx.same_n(cx.num(r'城市再生水利用率' + NUM + '%，高于'), parse_val(indicator(byname, '城市再生水利用率', c_a))[1], '利用率')
    cx.same_n(cx.num(r'万元工业增加值用水量' + NUM + '立方米，控制'), parse_val(indicator(byname, '万元工业增加值用水量', c_a))[1], '工业用水')
    cx.same_n(cx.num(r'满意度为' + NUM + '%'), parse_val(indicator(byname, '受奖补单位和用水户满意度', c_a))[1], '满意度')
    ex = byname['预算执行率']
    cx.rate(N(ex[c_a].rstrip('%')), spent.v, annual.v, 'table 预算执行率')
    cx.rate(cx.num(r'预算执行率' + NUM + '%，一是'), spent.v, annual.v, 'problems 执行率')
    cx.same_n(cx.num(NUM + '万元次年1月才到位'), late, '未到位 (problems)')
    cx.same_n(cx.num(r'自治区追加资金' + NUM + '万元次年到位'), late, '未到位 (table note)')
    cx.same_n(cx.num(r'新建再生水配套管网' + NUM + '公里，未完成'), parse_val(indicator(byname, '新建再生水配套管网', c_a))[1], '管网 (problems)')


def p_ha(cx):
    byname, (c_t, c_a, c_c, c_w, c_s) = indicator_table(cx)
    totals_and_grades(cx)
    years(cx)
    ini = cx.num(r'项目年初预算' + NUM + '万元')
    add = cx.num(r'下达中央水利发展资金' + NUM + '万元')
    cut = cx.num(r'调减公共机构节水改造预算' + NUM + '万元')
    carry = cx.num(r'上年结转资金' + NUM + '万元')
    annual = cx.num(r'调整后全年预算' + NUM + '万元')
    cx.total(annual, [ini.v, add.v, -cut.v, carry.v], '年初 + 追加 - 调减 + 结转')
    spent, sr, bal = cx.nums(r'全年实际支出' + NUM + '万元，预算执行率' + NUM + '%，结余' + NUM + '万元')
    cx.rate(sr, spent.v, annual.v, '执行率')
    cx.eq('balance_mismatch', bal, annual.v - spent.v, '结余 (资金全部到位)')
    rows, st = sub_table(cx, ['1\t', '2\t', '3\t', '4\t'], '\t合计\t', (2, 3, 4), 5, 4, 3, 'sub-projects')
    cx.same_n(N(st[2]), ini, 'sub 年初'); cx.same_n(N(st[3]), annual, 'sub 全年'); cx.same_n(N(st[4]), spent, 'sub 执行')
    cx.total(N(rows[1][3]), [cell_n(rows[1][2]), add.v], '管网 年初 + 中央资金')
    cx.total(N(rows[2][3]), [cell_n(rows[2][2]), -cut.v, carry.v], '节水改造 年初 - 调减 + 结转')
    g = cx.nums(r'生态补水' + NUM + '万立方米，完成年度目标的' + NUM + '%，其中许昌市污水净化中心' + NUM + '万立方米、屯南污水处理厂' + NUM + '万立方米、邓庄污水处理厂' + NUM + '万立方米，平均每座水源厂' + NUM + '万立方米')
    vol, vc, p1, p2, p3, avg = g
    t = parse_val(indicator(byname, '再生水生态补水量', c_t))[1]
    cx.eq('completion_mismatch', vc, vol.v / t.v * 100, 'prose 补水 completion')
    cx.total(vol, [p1.v, p2.v, p3.v], '补水 by plant')
    cx.eq('average_mismatch', avg, (p1.v + p2.v + p3.v) / 3, '补水 per plant')
    ta = parse_val(indicator(byname, '再生水生态补水量', c_a))
    if ta is not None and ta[2] == '万立方米':
        cx.same_n(vol, ta[1], '补水量 prose vs table')
    for pat, name in [(r'新建再生水配套管网' + NUM + '公里，完成年度目标的' + NUM + '%', '新建再生水配套管网'),
                      (r'完成公共机构节水改造' + NUM + '家，完成年度目标的' + NUM + '%', '完成节水改造公共机构')]:
        a, c = cx.nums(pat)
        t = parse_val(indicator(byname, name, c_t))[1]
        cx.eq('completion_mismatch', c, a.v / t.v * 100, 'prose %s completion' % name)
        cx.same_n(a, parse_val(indicator(byname, name, c_a))[1], name)
    cost, unit_cost = cx.nums(r'生态补水运行费' + NUM + '万元，折合运行成本' + NUM + '元/立方米')
    cx.same_n(cost, N(rows[0][4]), '补水运行费 vs spending')
    cx.eq('average_mismatch', unit_cost, cost.v / vol.v, '运行成本 元/立方米')
    cx.same_n(unit_cost, parse_val(indicator(byname, '生态补水运行成本', c_a))[1], '运行成本')
    cx.same_n(cx.num(r'全年水质达标率' + NUM + '%'), parse_val(indicator(byname, '再生水出水水质达标率', c_a))[1], '达标率')
    cx.same_n(cx.num(r'年节水量' + NUM + '万立方米，按'), parse_val(indicator(byname, '公共机构年节水量', c_a))[1], '节水量')
    ww, rv, ur = cx.nums(r'污水处理量' + NUM + '万立方米，再生水利用量' + NUM + '万立方米，再生水利用率' + NUM + '%')
    cx.rate(ur, rv.v, ww.v, '再生水利用率')
    cx.same_n(ur, parse_val(indicator(byname, '中心城区再生水利用率', c_a))[1], '利用率')
    cx.same_n(cx.num(r'生态基流保障' + NUM + '天'), parse_val(indicator(byname, '城区河道生态基流保障天数', c_a))[1], '基流')
    cx.same_n(cx.num(r'满意度' + NUM + '%。'), parse_val(indicator(byname, '沿河群众及用水单位满意度', c_a))[1], '满意度')
    cx.rate(cx.num(r'节水宣传及计量监管执行率' + NUM + '%'), cell_n(rows[3][4]), cell_n(rows[3][3]), 'problems 宣传执行率')
    cx.same_n(cx.num(r'节水改造只完成' + NUM + '家'), parse_val(indicator(byname, '完成节水改造公共机构', c_a))[1], '节水改造 (problems)')
    ex = byname['预算执行率']
    cx.rate(N(ex[c_a].rstrip('%')), spent.v, annual.v, 'table 预算执行率')


PROJECTS = {
    'tj-jinghai-zaishengshui-2018': (2018, p_tj),
    'he-cangzhou-zaishengshuichang-2020': (2020, p_he),
    'sx-jinzhong-shuiwuju-bumen-2021': (2021, p_sx),
    'nm-baotou-jieshuixingshehui-2023': (2023, p_nm),
    'ha-xuchang-zaishengshui-2025': (2025, p_ha),
}


def run(case, text):
    src = re.sub(r'-(clean|e\d+)\.txt$', '', case)
    year, fn = PROJECTS[src]
    cx = Ctx(case, text, year)
    fn(cx)
    return cx.fails


def edit_span(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if ln.strip()]
    problems = []
    files = sorted(f for f in os.listdir(CASES) if f.endswith('.txt'))
    if sorted(l['case'] for l in labels) != files:
        problems.append('labels.jsonl and cases/ do not list the same files')
    codes = {}
    for lab in labels:
        text = open(os.path.join(CASES, lab['case']), encoding='utf-8').read()
        try:
            fails = run(lab['case'], text)
        except StructureError as e:
            problems.append('structure: %s' % e)
            continue
        want = {e['code'] for e in lab['expected']}
        got = {c for c, _ in fails}
        if got != want:
            problems.append('%s: expected %s, failing %s' % (lab['case'], sorted(want), fails))
        for e in lab['expected']:
            codes[e['code']] = codes.get(e['code'], 0) + 1
            if text.count(e['value']) != 1:
                problems.append('%s: value %r occurs %d times' % (lab['case'], e['value'], text.count(e['value'])))
        if not lab['clean']:
            clean = open(os.path.join(CASES, lab['source'] + '-clean.txt'), encoding='utf-8').read()
            i, ja, jb = edit_span(clean, text)
            if max(ja - i, jb - i) > 40 or ja - i + jb - i == 0:
                problems.append('%s: edit span %d/%d characters' % (lab['case'], ja - i, jb - i))
            v = lab['expected'][0]['value']
            k = text.find(v)
            if not (k <= jb and k + len(v) >= i):
                problems.append('%s: value does not touch the edit' % lab['case'])
    if problems:
        print('\n'.join(problems))
        print('FAIL (%d)' % len(problems))
        sys.exit(1)
    print('codes: ' + ', '.join('%s %d' % kv for kv in sorted(codes.items())))
    print('OK')


if __name__ == '__main__':
    main()
