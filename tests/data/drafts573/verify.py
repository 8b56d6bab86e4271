#!/usr/bin/env python3
"""Re-read the figures of every draft from its text and redo the arithmetic (stdlib + decimal).

Clean drafts must break no identity; each error case must break exactly the one code it is
labelled with (labels.jsonl).  Identities follow /work/shared/domain/rules.md §7, tolerance §8:
a stated value with d decimals matches a computed value c iff |c - v| <= 0.5 * 10^-d.
Prints OK when everything holds, otherwise the offending cases and checks.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

FOOTER = re.compile(r'^\s*(?:[—－-]\s*\d+\s*[—－-]|第\s*\d+\s*页\s*共\s*\d+\s*页)\s*$')
PH = {
    '{N}': r'(-?\d[\d,]*(?:\.\d+)?)',          # number as written
    '{P}': r'(\d[\d.]*%)',                    # percentage
    '{Y}': r'(\d{4})',                        # year
    '{G}': r'(优秀|良好|中等|合格|较差|不合格|优|良|中|差)',
}


class ParseError(Exception):
    pass


# ---------------------------------------------------------------------------- text
class _H(HTMLParser):
    BLOCK = {'p', 'td', 'th', 'tr', 'br', 'div', 'table', 'li', 'h1', 'h2', 'h3'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ('head', 'style', 'script', 'title'):
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in ('head', 'style', 'script', 'title'):
            self.skip -= 1
        elif tag in self.BLOCK:
            self.out.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data.replace('\xa0', ' ').replace('\n', ' '))


def to_text(raw):
    if raw.lstrip().startswith('<html'):
        h = _H()
        h.feed(raw)
        raw = ''.join(h.out)
    lines = [ln.strip() for ln in raw.split('\n')]
    lines = [ln for ln in lines if ln and not FOOTER.match(ln)]
    return '\n' + '\n'.join(lines) + '\n'


def pat(template):
    parts = [p for p in re.split(r'(\{[NPYG]\})', template) if p]
    out = []
    for p in parts:
        out.append(PH[p] if p in PH else r'\n?'.join(re.escape(ch) for ch in p))
    return r'\n?'.join(out)


def grab(t, template):
    ms = list(re.finditer(pat(template), t))
    if len(ms) != 1:
        raise ParseError('%d matches for %r' % (len(ms), template))
    g = ms[0].groups()
    return g if len(g) > 1 else g[0]


def row(t, name, n, occ=None):
    """Cells following a table row's label (label may be wrapped over several lines)."""
    rx = r'\n' + r'\n?'.join(re.escape(ch) for ch in name) + r'(?=\n)'
    ms = list(re.finditer(rx, t))
    if occ is None and len(ms) != 1:
        raise ParseError('%d rows labelled %r' % (len(ms), name))
    m = ms[occ or 0]
    cells = t[m.end() + 1:].split('\n')[:n]
    return cells


# ---------------------------------------------------------------------------- numbers
def num(s):
    return D(re.sub(r'[^\d.\-]', '', s.replace(',', '')))


def decimals(s):
    m = re.search(r'\d[\d,]*(?:\.(\d+))?', s)
    return len(m.group(1)) if m and m.group(1) else 0


def close(stated, computed, approx=False):
    d = decimals(stated)
    tol = D('0.5') * D(10) ** -d
    if approx:
        tol = D(10) ** -d
    return abs(num(stated) - computed) <= tol + D('1e-9')


def q2(x):
    return x.quantize(D('0.01'), ROUND_HALF_UP)


QTY = re.compile(r'^(≥|≤|＞|＜|>=|<=|=|不低于|不少于|不超过|不高于)?\s*(\d[\d,]*(?:\.\d+)?)\s*(.*)$')
DATE = re.compile(r'\d{4}年\d{1,2}月')


def qty(s):
    """('date', None, None) | (direction, value, unit) | None for qualitative."""
    s = s.strip()
    if DATE.search(s):
        return ('date', None, 'date')
    m = QTY.match(s)
    if not m:
        return None
    sign, v, unit = m.groups()
    if sign in ('≥', '＞', '>=', '不低于', '不少于'):
        d = 'gte'
    elif sign in ('≤', '＜', '<=', '不超过', '不高于'):
        d = 'lte'
    else:
        d = 'eq'
    return (d, num(v), unit.strip())


def band(total):
    if total >= 90:
        return '优'
    if total >= 80:
        return '良'
    if total >= 60:
        return '中'
    return '差'


GRADE = {'优': '优', '优秀': '优', '良': '良', '良好': '良', '中': '中', '中等': '中', '合格': '中',
         '差': '差', '较差': '差', '不合格': '差'}


# ---------------------------------------------------------------------------- checks
class V:
    def __init__(self):
        self.fails = []

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def _scaled(self, stated, computed):
        v = num(stated)
        if v == 0 or computed == 0:
            return False
        tol = D('0.5') * D(10) ** -decimals(stated) + D('1e-9')
        for k in (D(10000), D(1) / D(10000), D(100000000), D(1) / D(100000000)):
            if abs(v - computed * k) <= tol:
                return True
        return False

    def same(self, stated, ref, msg, approx=False):
        """Same quantity stated twice (I11); off by 10^4/10^8 -> unit_mismatch (b)."""
        ref = num(ref) if isinstance(ref, str) else ref
        if close(stated, ref, approx):
            return
        if self._scaled(stated, ref):
            self.fail('unit_mismatch', '%s: %s is %s rescaled' % (msg, stated, ref))
        else:
            self.fail('conflicting_values', '%s: %s vs %s' % (msg, stated, ref))

    def total(self, stated, parts, msg):
        """I4: a total equals the sum of its components (parts may be Decimals or strings)."""
        vals = [num(p) if isinstance(p, str) else p for p in parts]
        c = sum(vals, D(0))
        if close(stated, c):
            return
        if self._scaled(stated, c):
            self.fail('unit_mismatch', '%s: %s vs %s' % (msg, stated, c))
            return
        for i, p in enumerate(parts):
            if isinstance(p, str):
                rest = c - vals[i]
                if self._scaled(p, num(stated) - rest):
                    self.fail('unit_mismatch', '%s: component %s rescaled' % (msg, p))
                    return
        self.fail('sum_mismatch', '%s: %s vs %s' % (msg, stated, c))

    def rate(self, stated, a, b, msg):
        """I1/I2/I5: stated rate = a / b; zero base must print '—'."""
        a = num(a) if isinstance(a, str) else a
        b = num(b) if isinstance(b, str) else b
        s = stated.strip()
        if b == 0:
            if s in ('—', '-', '/', '0', '0%', '0.00%'):
                return
            self.fail('implausible_rate', '%s: %s on a zero base' % (msg, s))
            return
        if s in ('—', '-', '/'):
            self.fail('rate_mismatch', '%s: rate missing' % msg)
            return
        c = a / b * 100
        if not close(s, c):
            self.fail('rate_mismatch', '%s: %s vs %.4f%%' % (msg, s, c))
        elif num(s) > 100:
            self.fail('implausible_rate', '%s: %s over 100%%' % (msg, s))

    def balance(self, stated, a, b, msg):
        a = num(a) if isinstance(a, str) else a
        b = num(b) if isinstance(b, str) else b
        if not close(stated, a - b):
            self.fail('balance_mismatch', '%s: %s vs %s' % (msg, stated, a - b))

    def average(self, stated, items, msg, approx=False, divisor=None):
        vals = [num(x) if isinstance(x, str) else x for x in items]
        c = sum(vals, D(0)) / (divisor if divisor is not None else len(vals))
        if close(stated, c, approx):
            return
        if self._scaled(stated, c):
            self.fail('unit_mismatch', '%s: %s vs %s rescaled' % (msg, stated, c))
        else:
            self.fail('average_mismatch', '%s: %s vs %.4f' % (msg, stated, c))

    def year(self, y, rule, ey, msg, month=None):
        y = int(y)
        ok = {'eq': y == ey, 'gt': y > ey,
              'adv': y == ey or (y == ey - 1 and month is not None and int(month) == 12)}[rule]
        if not ok:
            self.fail('year_mismatch', '%s: %s (evaluation year %d, rule %s)' % (msg, y, ey, rule))

    def grade(self, total, g, msg):
        if band(num(total)) != GRADE[g]:
            self.fail('grade_mismatch', '%s: %s -> %s, stated %s' % (msg, total, band(num(total)), g))

    # ---- indicator table
    def indicators(self, rows, exec_w, exec_s, weight_total, totals, satisfaction=()):
        """rows: {name: dict(target, actual, [rate], weight, score)}"""
        ws, ss = [num(exec_w)], [num(exec_s)]
        self.cap(exec_w, exec_s, '预算执行率')
        for name, r in rows.items():
            w, s = r['weight'], r['score']
            ws.append(num(w))
            ss.append(num(s))
            self.cap(w, s, name)
            T, A = qty(r['target']), qty(r['actual'])
            unit_ok = True
            if T is not None and A is not None and T[2] != A[2]:
                self.fail('unit_mismatch', '%s: target %s, actual %s' % (name, r['target'], r['actual']))
                unit_ok = False
            elif (T is None) != (A is None):
                self.fail('unit_mismatch', '%s: target %s, actual %s' % (name, r['target'], r['actual']))
                unit_ok = False
            if name in satisfaction and A is not None and A[2] == '%' and A[1] > 100:
                self.fail('implausible_rate', '%s: satisfaction %s' % (name, r['actual']))
            st = r.get('rate')
            if st is not None and st.strip() not in ('—', '-', '/') and unit_ok and T and A and T[0] != 'date':
                d, t, a = T[0], T[1], A[1]
                if d == 'lte':
                    c = D(100) if a <= t else t / a * 100
                elif t == 0:
                    c = D(100) if a <= 0 else D(0)
                else:
                    c = a / t * 100
                if not close(st, c):
                    self.fail('completion_mismatch', '%s: %s vs %.4f%%' % (name, st, c))
        if sum(ws) != 100 or not close(weight_total, sum(ws)):
            self.fail('weight_sum_mismatch', 'weights sum to %s, stated %s' % (sum(ws), weight_total))
        for lab, tot in totals:
            if not close(tot, sum(ss)):
                self.fail('score_sum_mismatch', '%s: %s vs row sum %s' % (lab, tot, sum(ss)))
        return sum(ss)

    def cap(self, w, s, name):
        if num(s) > num(w) or num(s) < 0:
            self.fail('score_exceeds_weight', '%s: score %s, weight %s' % (name, s, w))


def levels(t, names, cols, start=None):
    return {n: dict(zip(cols, row(t, n, len(cols)))) for n in names}


# ---------------------------------------------------------------------------- projects
def hanzhong(t):
    v = V()
    EY = 2019
    init = grab(t, '年初预算安排平价商店建设运营补贴资金{N}万元')
    c1, c2, c3 = grab(t, '其中运营补贴{N}万元、价差补贴{N}万元、价格监测及信息发布{N}万元')
    v.total(init, [c1, c2, c3], '年初预算构成')
    add = grab(t, '市财政追加资金{N}万元')
    a1, a2 = grab(t, '其中{N}万元用于节日平价保供，{N}万元用于补充价差补贴')
    v.total(add, [a1, a2], '追加构成')
    annual = grab(t, '调整后全年预算{N}万元')
    v.total(annual, [init, add], '年初 + 追加 = 全年')
    recv, recv_rate = grab(t, '全年预算资金{N}万元已全部到位，到位率{P}')
    v.same(recv, annual, '全年预算（到位句）')
    v.rate(recv_rate, recv, annual, '到位率')
    y, spent, rate, bal = grab(t, '截至{Y}年12月31日，实际支出{N}万元，预算执行率{P}，结余{N}万元')
    v.year(y, 'eq', EY, '截至日期')
    v.rate(rate, spent, annual, '预算执行率（正文）')
    v.balance(bal, recv, spent, '结余')
    # sub-items
    b1 = grab(t, '1.平价商店运营补贴。预算{N}万元')
    month, std, n = grab(t, '按每家每月{N}元（全年{N}万元）标准对{N}家')
    v.same(std, num(month) * 12 / 10000, '运营补贴标准 元/月 vs 万元/年')
    v.total(b1, [num(std) * num(n)], '运营补贴预算 = 标准 × 家数')
    nd = grab(t, '其中{N}家商店第三季度考核不合格')
    ded = grab(t, '各扣减{N}万元')
    s1, r1, avg1 = grab(t, '实际支出{N}万元，执行率{P}，每家平均约{N}万元')
    v.total(s1, [num(b1) - num(nd) * num(ded)], '运营补贴支出 = 预算 − 扣减')
    v.rate(r1, s1, b1, '运营补贴执行率')
    v.average(avg1, [num(s1)], '每家平均运营补贴', approx=True, divisor=num(n))
    b2, s2, r2 = grab(t, '2.平价销售价差补贴。预算{N}万元，按四个季度考核结果拨付{N}万元，执行率{P}')
    v.rate(r2, s2, b2, '价差补贴执行率')
    b3 = grab(t, '3.价格监测及信息发布。预算{N}万元')
    s3, r3 = grab(t, '和信息发布，支出{N}万元，执行率{P}')
    v.rate(r3, s3, b3, '监测执行率')
    b4 = grab(t, '4.节日平价保供。预算{N}万元')
    s4, r4 = grab(t, '运输及价差补贴，支出{N}万元，执行率{P}')
    v.rate(r4, s4, b4, '保供执行率')
    v.total(annual, [b1, b2, b3, b4], '分项预算合计')
    v.total(spent, [s1, s2, s3, s4], '分项支出合计')
    v.same(b1, c1, '运营补贴预算')
    v.total(b2, [c2, a2], '价差补贴 = 年初 + 追加')
    v.same(b3, c3, '监测预算')
    v.same(b4, a1, '保供预算')
    # store counts
    stores, last, inc = grab(t, '全市共有平价商店{N}家，比2018年末的{N}家增加{N}家')
    v.total(stores, [last, inc], '平价商店 = 上年 + 增加')
    d1, d2, d3 = grab(t, '其中汉台区{N}家、南郑区{N}家、城固县{N}家')
    v.total(stores, [d1, d2, d3], '分县区家数')
    v.same(n, stores, '补贴家数')
    qs = grab(t, '分别为{N}分、{N}分、{N}分、{N}分，全年平均{N}分')
    v.average(qs[4], qs[:4], '季度考核平均分')
    # funds block of the 自评表
    F = {k: row(t, k, 6) for k in ('年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金')}
    tot = F['年度资金总额']
    v.same(tot[0], init, '自评表 年初预算数')
    v.same(tot[1], annual, '自评表 全年预算数')
    v.same(tot[2], spent, '自评表 全年执行数')
    for col in range(3):
        v.total(tot[col], [F[k][col] for k in ('其中：当年财政拨款', '上年结转资金', '其他资金')], '资金总额 = 来源之和 col%d' % col)
    for k, r in F.items():
        v.rate(r[4], r[2], r[1], '自评表 %s 执行率' % k)
    # indicators
    cols = ('target', 'actual', 'weight', 'score')
    out = ['平价商店数量', '平价销售基本品种数', '价格监测周报报送期数', '重点品种价格低于周边市场幅度', '补贴资金拨付及时率', '每家平价商店年度运营补贴']
    ben = ['带动平价销售“菜篮子”产品数量', '为市民节省买菜支出', '平价商店运营机制']
    sat = ['市民满意度']
    R = levels(t, out + ben + sat, cols)
    wt, st = row(t, '总分', 2)
    es, os_, bs, ss, ptot, g = grab(t, '预算执行率得分{N}分，产出指标得分{N}分，效益指标得分{N}分，满意度指标得分{N}分，自评得分{N}分，评价等级为“{G}”')
    v.indicators(R, tot[3], tot[5], wt, [('自评表总分', st), ('正文自评得分', ptot)], satisfaction=sat)
    v.same(es, tot[5], '预算执行率得分')
    for lab, val, names in (('产出', os_, out), ('效益', bs, ben), ('满意度', ss, sat)):
        if not close(val, sum(num(R[k]['score']) for k in names)):
            v.fail('score_sum_mismatch', '%s指标得分 %s' % (lab, val))
    v.grade(ptot, g, '正文等级')
    v.grade(st, g, '自评表总分对应等级')
    # restatements in the text
    v.same(grab(t, '全年{N}家平价商店正常运营（目标'), R['平价商店数量']['actual'], '运营家数')
    v.same(grab(t, '平价销售基本品种平均{N}个'), R['平价销售基本品种数']['actual'], '品种数')
    v.same(grab(t, '实际报送{N}期'), R['价格监测周报报送期数']['actual'], '周报期数')
    v.same(grab(t, '比周边农贸市场低{P}'), R['重点品种价格低于周边市场幅度']['actual'], '价格低于幅度')
    avg2, cap = grab(t, '运营补贴每家平均{N}万元，未超过{N}万元/家的标准')
    v.same(avg2, R['每家平价商店年度运营补贴']['actual'], '每家运营补贴')
    v.average(avg2, [num(s1)], '每家平均运营补贴（成本）', divisor=num(n))
    v.same(cap, std, '运营补贴标准')
    v.same(grab(t, '产品约{N}万吨'), R['带动平价销售“菜篮子”产品数量']['actual'], '销售量', approx=True)
    v.same(grab(t, '节省买菜支出{N}万元'), R['为市民节省买菜支出']['actual'], '节省支出')
    v.same(grab(t, '市民满意度{P}'), R['市民满意度']['actual'], '满意度')
    v.same(grab(t, '报送价格监测周报{N}期'), R['价格监测周报报送期数']['actual'], '自评表目标完成情况 周报')
    return v


def yancheng(t):
    v = V()
    EY = 2020
    init = grab(t, '年初预算{N}万元（含2019年结转资金）')
    prov = grab(t, '保供专项资金{N}万元（苏财工贸')
    annual = grab(t, '调整后全年预算{N}万元')
    v.total(annual, [init, prov], '年初 + 省级下达 = 全年')
    y, spent, rate = grab(t, '截至{Y}年12月31日，全年执行{N}万元，执行率{P}')
    v.year(y, 'eq', EY, '截至日期')
    v.rate(rate, spent, annual, '执行率（正文）')
    unexec = grab(t, '未执行{N}万元')
    v.balance(unexec, annual, spent, '未执行')
    v.year(grab(t, '结转至{Y}年按进度拨付'), 'gt', EY, '结转年度')
    b1 = grab(t, '1.农贸市场标准化改造奖补{N}万元')
    n1 = grab(t, '对验收合格的{N}个农贸市场')
    s1, r1, avg1 = grab(t, '共拨付{N}万元，执行率{P}，平均每个市场{N}万元')
    v.rate(r1, s1, b1, '农贸市场执行率')
    v.average(avg1, [num(s1)], '平均每个市场', divisor=num(n1))
    b2 = grab(t, '2.社区便民菜店建设补助{N}万元')
    std, std_y, n2, s2, r2 = grab(t, '按每家{N}万元（{N}元）标准补助新建（改造）便民菜店{N}家，支出{N}万元，执行率{P}')
    v.same(std_y, num(std) * 10000, '单店补助 元')
    v.total(s2, [num(std) * num(n2)], '便民菜店补助 = 标准 × 家数')
    v.rate(r2, s2, b2, '便民菜店执行率')
    b3 = grab(t, '3.疫情期间蔬菜保供及储备补贴{N}万元')
    r3 = grab(t, '全额支出，执行率{P}')
    v.rate(r3, b3, b3, '保供执行率')
    b4, s4, r4 = grab(t, '4.价格监测及追溯体系运维{N}万元。支出{N}万元，执行率{P}')
    v.rate(r4, s4, b4, '运维执行率')
    v.total(annual, [b1, b2, b3, b4], '分项预算合计')
    v.total(spent, [s1, s2, b3, s4], '分项支出合计')
    v.balance(grab(t, '尾款{N}万元未在年内结算'), b4, s4, '运维尾款')
    # funds block
    F = {k: row(t, k, 6) for k in ('年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金')}
    tot = F['年度资金总额']
    v.same(tot[0], init, '自评表 年初预算数')
    v.same(tot[1], annual, '自评表 全年预算数')
    v.same(tot[2], spent, '自评表 全年执行数')
    for col in range(3):
        v.total(tot[col], [F[k][col] for k in ('其中：当年财政拨款', '上年结转资金', '其他资金')], '资金总额 = 来源之和 col%d' % col)
    for k, r in F.items():
        v.rate(r[4], r[2], r[1], '自评表 %s 执行率' % k)
    v.total(F['其中：当年财政拨款'][1], [F['其中：当年财政拨款'][0], prov], '当年拨款 = 年初 + 省级')
    cols = ('target', 'actual', 'rate', 'weight', 'score')
    names = ['完成标准化改造农贸市场数量', '新建（改造）社区便民菜店', '疫情期间组织蔬菜保供投放量', '农贸市场改造验收合格率',
             '保供蔬菜调运到位时间', '便民菜店单店补助标准', '主要“菜篮子”产品价格涨幅', '城区便民菜店（农贸市场）15分钟覆盖率',
             '农贸市场长效管理机制', '市民满意度']
    R = levels(t, names, cols)
    wt, st = row(t, '总分', 2)
    ptot, g = grab(t, '项目总得分{N}分，评价等级为“{G}”')
    v.indicators(R, tot[3], tot[5], wt, [('自评表总分', st), ('正文总得分', ptot)], satisfaction=['市民满意度'])
    v.grade(ptot, g, '正文等级')
    v.grade(st, g, '自评表总分对应等级')
    v.same(grab(t, '全年完成{N}个农贸市场标准化改造'), R['完成标准化改造农贸市场数量']['actual'], '改造市场数')
    v.same(n1, R['完成标准化改造农贸市场数量']['actual'], '验收合格市场数')
    v.same(grab(t, '新建（改造）社区便民菜店{N}家；'), R['新建（改造）社区便民菜店']['actual'], '便民菜店数')
    v.same(n2, R['新建（改造）社区便民菜店']['actual'], '补助家数')
    v.same(grab(t, '累计组织投放蔬菜{N}吨'), R['疫情期间组织蔬菜保供投放量']['actual'], '保供投放量')
    v.same(grab(t, '保供蔬菜平均{N}小时调运到位'), R['保供蔬菜调运到位时间']['actual'], '调运时间')
    v.same(grab(t, '产品价格涨幅{P}，比2019年'), R['主要“菜篮子”产品价格涨幅']['actual'], '价格涨幅')
    v.same(grab(t, '15分钟覆盖率{P}，较上年'), R['城区便民菜店（农贸市场）15分钟覆盖率']['actual'], '覆盖率')
    v.same(grab(t, '市民满意度{P}。'), R['市民满意度']['actual'], '满意度')
    v.same(std, R['便民菜店单店补助标准']['actual'], '单店补助标准')
    # completion restated in the problems section
    r0 = R['完成标准化改造农贸市场数量']
    c = qty(r0['actual'])[1] / qty(r0['target'])[1] * 100
    if not close(grab(t, '改造数量指标完成率{P}'), c):
        v.fail('completion_mismatch', '正文完成率')
    return v


def yuxi(t):
    v = V()
    EY = 2022
    init, b_i, p_i = grab(t, '年初预算{N}万元，其中基本支出{N}万元、项目支出{N}万元')
    v.total(init, [b_i, p_i], '年初预算构成')
    add = grab(t, '年中追加{N}万元')
    cut, annual = grab(t, '调减{N}万元，全年预算{N}万元')
    v.total(annual, [num(init), num(add), -num(cut)], '年初 + 追加 − 调减 = 全年')
    b_a, pers, pub, p_a = grab(t, '基本支出{N}万元（人员经费{N}万元、公用经费{N}万元），项目支出{N}万元')
    v.total(b_a, [pers, pub], '基本支出 = 人员 + 公用')
    v.total(annual, [b_a, p_a], '全年 = 基本 + 项目')
    fisc, carry = grab(t, '当年财政拨款{N}万元，上年结转{N}万元。')
    v.total(annual, [fisc, carry], '全年 = 当年拨款 + 上年结转')
    spent, rate = grab(t, '全年支出{N}万元，预算执行率{P}')
    v.rate(rate, spent, annual, '部门预算执行率')
    b_s, b_r = grab(t, '其中基本支出{N}万元，执行率{P}')
    v.rate(b_r, b_s, b_a, '基本支出执行率')
    p_s, p_r = grab(t, '项目支出{N}万元，执行率{P}')
    v.rate(p_r, p_s, p_a, '项目支出执行率（正文）')
    v.total(spent, [b_s, p_s], '支出 = 基本 + 项目')
    cf, cy = grab(t, '年末结转{N}万元，均为项目资金，结转至{Y}年')
    v.balance(cf, annual, spent, '年末结转')
    v.balance(cf, p_a, p_s, '项目结转')
    v.year(cy, 'gt', EY, '结转年度')
    last_cf, cf2 = grab(t, '结转资金由2021年的{N}万元下降至{N}万元')
    v.same(cf2, cf, '结转资金（其他说明）')
    # table 1
    F = {k: row(t, k, 4) for k in ('支出合计', '基本支出', '项目支出', '资金来源：当年财政拨款', '上年结转', '其他资金')}
    for col, ref in ((0, init), (1, annual), (2, spent)):
        v.same(F['支出合计'][col], ref, '表1 合计 col%d' % col)
        v.total(F['支出合计'][col], [F['基本支出'][col], F['项目支出'][col]], '表1 合计 = 基本 + 项目 col%d' % col)
        v.total(F['支出合计'][col], [F[k][col] for k in ('资金来源：当年财政拨款', '上年结转', '其他资金')], '表1 合计 = 来源 col%d' % col)
    for col, ref in ((0, b_i), (1, b_a), (2, b_s)):
        v.same(F['基本支出'][col], ref, '表1 基本支出 col%d' % col)
    for col, ref in ((0, p_i), (1, p_a), (2, p_s)):
        v.same(F['项目支出'][col], ref, '表1 项目支出 col%d' % col)
    v.same(F['资金来源：当年财政拨款'][1], fisc, '表1 当年拨款')
    v.same(F['上年结转'][1], carry, '表1 上年结转')
    for k, r in F.items():
        v.rate(r[3], r[2], r[1], '表1 %s 执行率' % k)
    # table 2
    P = ['“菜篮子”工程专项（农贸市场提升改造及产销对接）', '平价商店运营补贴', '生活必需品市场监测及应急保供', '商贸流通及消费促进工作经费']
    T2 = {k: row(t, k, 4) for k in P + ['项目合计']}
    for k in P:
        v.rate(T2[k][2], T2[k][1], T2[k][0], '表2 %s 执行率' % k)
    v.total(T2['项目合计'][0], [T2[k][0] for k in P], '表2 预算合计')
    v.total(T2['项目合计'][1], [T2[k][1] for k in P], '表2 执行合计')
    v.rate(T2['项目合计'][2], T2['项目合计'][1], T2['项目合计'][0], '表2 合计执行率')
    v.same(T2['项目合计'][0], p_a, '表2 项目预算')
    v.same(T2['项目合计'][1], p_s, '表2 项目执行')
    sc = grab(t, '4个项目自评得分分别为{N}分、{N}分、{N}分、{N}分，平均得分{N}分')
    for k, s in zip(P, sc[:4]):
        v.same(s, T2[k][3], '项目得分 %s' % k)
    v.average(sc[4], sc[:4], '项目平均得分')
    v.same(grab(t, '平价商店运营补贴支出{N}万元'), T2['平价商店运营补贴'][1], '平价商店运营补贴支出')
    v.rate(grab(t, '应急保供项目执行率{P}'), T2['生活必需品市场监测及应急保供'][1], T2['生活必需品市场监测及应急保供'][0], '应急保供执行率（正文）')
    # table 3
    cols = ('target', 'actual', 'weight', 'score')
    names = ['支持农贸市场提升改造数量', '平价蔬菜直销点数量', '生活必需品价格监测周报', '促消费活动场次', '平价蔬菜价格低于市场均价幅度',
             '项目资金拨付及时率', '“三公”经费支出', '社会消费品零售总额增速', '城区“15分钟便民生活圈”覆盖率', '生活必需品应急保供机制',
             '服务对象满意度']
    R = levels(t, names, cols)
    ex = row(t, '预算执行率', 4)
    v.rate(ex[1], spent, annual, '表3 预算执行率')
    wt, st = row(t, '合计', 2)
    ptot, g = grab(t, '绩效自评得分{N}分，评价等级为“{G}”')
    v.indicators(R, ex[2], ex[3], wt, [('表3 合计', st), ('正文自评得分', ptot)], satisfaction=['服务对象满意度'])
    v.grade(ptot, g, '正文等级')
    v.grade(st, g, '表3 合计对应等级')
    nm, last, inc = grab(t, '平价蔬菜直销点达到{N}个，较2021年的{N}个增加{N}个')
    v.same(nm, R['平价蔬菜直销点数量']['actual'], '直销点数')
    v.total(nm, [last, inc], '直销点 = 上年 + 增加')
    v.same(grab(t, '支持{N}个农贸市场完成提升改造'), R['支持农贸市场提升改造数量']['actual'], '改造市场数')
    v.same(grab(t, '比市场均价低{P}'), R['平价蔬菜价格低于市场均价幅度']['actual'], '价格低于幅度')
    v.same(grab(t, '价格监测周报{N}期'), R['生活必需品价格监测周报']['actual'], '周报期数')
    v.same(grab(t, '等促消费活动{N}场'), R['促消费活动场次']['actual'], '活动场次')
    v.same(grab(t, '社会消费品零售总额同比增长{P}'), R['社会消费品零售总额增速']['actual'], '零售额增速')
    a3, t3 = grab(t, '“三公”经费支出{N}万元，控制在年初预算{N}万元以内')
    v.same(a3, R['“三公”经费支出']['actual'], '三公经费')
    v.same(t3, R['“三公”经费支出']['target'], '三公经费预算')
    v.same(grab(t, '项目资金拨付及时率{P}'), R['项目资金拨付及时率']['actual'], '拨付及时率')
    v.same(grab(t, '便民生活圈”覆盖率{P}'), R['城区“15分钟便民生活圈”覆盖率']['actual'], '覆盖率')
    v.same(grab(t, '服务对象满意度{P}'), R['服务对象满意度']['actual'], '满意度')
    return v


def jiamusi(t):
    v = V()
    EY = 2023
    init, annual = grab(t, '年初预算{N}万元，年内预算未作调整，全年预算{N}万元')
    v.same(annual, init, '未作调整 ⇒ 年初 = 全年')
    prov, dy, ay, am = grab(t, '省级冬春蔬菜储备补助资金{N}万元（黑财指〔{Y}〕1186号，{Y}年{N}月提前下达）')
    v.year(ay, 'adv', EY, '省级资金下达', month=am)
    city = grab(t, '市级配套资金{N}万元')
    v.total(annual, [prov, city], '全年 = 省级 + 市级')
    v.rate(grab(t, '资金全部到位，到位率{P}'), annual, annual, '到位率')
    y, spent, rate, bal = grab(t, '截至{Y}年12月31日，实际支出{N}万元，预算执行率{P}，结余{N}万元')
    v.year(y, 'eq', EY, '截至日期')
    v.rate(rate, spent, annual, '预算执行率（正文）')
    v.balance(bal, annual, spent, '结余（正文）')
    v.year(grab(t, '结转至{Y}年使用'), 'gt', EY, '结转年度')
    b1, task, std, s1, s1y, r1 = grab(t, '（1）储备费用补贴。预算{N}万元，按储备任务{N}吨、每吨{N}元标准拨付承储企业，支出{N}万元（{N}元），执行率{P}')
    v.total(b1, [num(task) * num(std) / 10000], '储备费用 = 任务 × 标准')
    v.same(s1y, num(s1) * 10000, '储备费用 元')
    v.rate(r1, s1, b1, '储备费用执行率')
    b2, s2 = grab(t, '（2）储备损耗补贴。预算{N}万元，按实际出库量和核定损耗率据实结算，支出{N}万元')
    b3, s3 = grab(t, '（3）淡季平价投放补贴。预算{N}万元，支出{N}万元')
    b4, s4 = grab(t, '（4）储备监管及质量抽检。预算{N}万元，支出{N}万元')
    v.total(annual, [b1, b2, b3, b4], '分项预算合计')
    v.total(spent, [s1, s2, s3, s4], '分项支出合计')
    F = {k: row(t, k, 5, occ=0 if k == '合计' else None) for k in ('合计', '省级资金', '市级资金')}
    for col in range(5):
        if col == 3:
            continue
        v.total(F['合计'][col], [F['省级资金'][col], F['市级资金'][col]], '表1 合计 col%d' % col)
    for k, r in F.items():
        v.rate(r[3], r[2], r[0], '表1 %s 执行率' % k)
        v.balance(r[4], r[1], r[2], '表1 %s 结余' % k)
    v.same(F['合计'][0], annual, '表1 全年预算')
    v.same(F['合计'][1], annual, '表1 到位（全部到位）')
    v.same(F['合计'][2], spent, '表1 支出')
    v.same(F['省级资金'][0], prov, '表1 省级')
    v.same(F['市级资金'][0], city, '表1 市级')
    v.rate(grab(t, '市级资金执行率{P}'), F['市级资金'][2], F['市级资金'][0], '市级执行率（正文）')
    st6 = grab(t, '分别储备{N}吨、{N}吨、{N}吨、{N}吨、{N}吨、{N}吨，合计{N}吨，超出任务{N}吨，平均每家约{N}吨')
    v.total(st6[6], st6[:6], '六家储备合计')
    v.total(st6[7], [num(st6[6]) - num(task)], '超出任务')
    v.average(st6[8], st6[:6], '平均每家储备', approx=True)
    kinds = grab(t, '大白菜{N}吨、土豆{N}吨、萝卜{N}吨、大葱和洋葱等{N}吨')
    v.total(st6[6], kinds, '分品种合计')
    v.year(grab(t, '储备蔬菜于{Y}年11月25日全部入库'), 'eq', EY, '入库日期')
    cols = ('target', 'actual', 'rate', 'weight', 'score')
    names = ['冬春蔬菜政府储备规模', '承储企业数量', '淡季平价投放蔬菜数量', '储备蔬菜抽检合格率', '储备蔬菜入库完成时间',
             '储备费用补贴标准', '投放期间储备蔬菜价格低于市场均价幅度', '冬春淡季主要蔬菜断档脱销次数', '政府储备蔬菜轮换投放机制',
             '承储企业及市民满意度']
    R = levels(t, names, cols)
    ex = row(t, '预算执行率', 5, occ=1)
    v.rate(ex[1], spent, annual, '自评表 预算执行率')
    v.rate(ex[2], spent, annual, '自评表 预算执行完成率')
    wt, st = row(t, '合计', 2, occ=1)
    ptot, g = grab(t, '本项目自评得分{N}分，评价等级为“{G}”')
    v.indicators(R, ex[3], ex[4], wt, [('自评表合计', st), ('正文自评得分', ptot)], satisfaction=['承储企业及市民满意度'])
    v.grade(ptot, g, '正文等级')
    v.grade(st, g, '自评表合计对应等级')
    v.same(st6[6], R['冬春蔬菜政府储备规模']['actual'], '储备规模')
    v.same(task, R['冬春蔬菜政府储备规模']['target'], '储备任务')
    v.same(std, R['储备费用补贴标准']['target'], '补贴标准')
    v.same(grab(t, '抽检32批次，合格率{P}'), R['储备蔬菜抽检合格率']['actual'], '抽检合格率')
    rel, ly, lrel = grab(t, '平价投放上一储备周期的蔬菜{N}吨（{Y}年同期投放{N}吨）')
    v.same(rel, R['淡季平价投放蔬菜数量']['actual'], '投放量')
    tgt = grab(t, '未完成{N}吨的投放目标')
    v.same(tgt, R['淡季平价投放蔬菜数量']['target'], '投放目标')
    v.total(grab(t, '减少投放{N}吨'), [num(tgt) - num(rel)], '少投放量')
    v.same(grab(t, '比市场均价低{P}'), R['投放期间储备蔬菜价格低于市场均价幅度']['actual'], '价格低于幅度')
    v.same(grab(t, '综合满意度{P}'), R['承储企业及市民满意度']['actual'], '满意度')
    return v


def wuzhou(t):
    v = V()
    EY = 2025
    init = grab(t, '年初预算{N}万元（梧财预')
    ay, add, annual = grab(t, '{Y}年1月为做好春节、国庆等节假日保供追加{N}万元，全年预算{N}万元')
    v.year(ay, 'eq', EY, '追加时间')
    v.total(annual, [init, add], '年初 + 追加 = 全年')
    recv, rr = grab(t, '实际到位{N}万元，到位率{P}')
    v.rate(rr, recv, annual, '到位率')
    miss = grab(t, '用于国庆保供的{N}万元因财政资金调度原因未拨付')
    v.total(annual, [recv, miss], '全年 = 到位 + 未拨付')
    y, spent, rate, bal = grab(t, '截至{Y}年12月31日，实际支出{N}万元，预算执行率{P}，结余{N}万元')
    v.year(y, 'eq', EY, '截至日期')
    v.rate(rate, spent, annual, '预算执行率（正文）')
    v.balance(bal, recv, spent, '结余（正文）')
    K = ['平价商店运营补贴', '节假日平价保供补贴', '价格监测及管理经费']
    F = {k: row(t, k, 5) for k in K}
    F['合计'] = row(t, '合计', 5, occ=0)
    for col in (0, 1, 2, 4):
        v.total(F['合计'][col], [F[k][col] for k in K], '表1 合计 col%d' % col)
    for k, r in F.items():
        v.rate(r[3], r[2], r[0], '表1 %s 执行率' % k)
        v.balance(r[4], r[1], r[2], '表1 %s 结余' % k)
    v.same(F['合计'][0], annual, '表1 全年预算')
    v.same(F['合计'][1], recv, '表1 到位')
    v.same(F['合计'][2], spent, '表1 支出')
    v.same(F['合计'][4], bal, '表1 结余')
    stores, last, inc, d1, d2, d3 = grab(t, '2025年全市平价商店{N}家，较2024年的{N}家增加{N}家，其中万秀区{N}家、长洲区{N}家、龙圩区{N}家')
    v.total(stores, [last, inc], '平价商店 = 上年 + 增加')
    v.total(stores, [d1, d2, d3], '分城区家数')
    std, month = grab(t, '每家每年{N}万元（每月约{N}元）')
    v.same(month, num(std) * 10000 / 12, '每月补贴', approx=True)
    n, nd, ded, s1, avg = grab(t, '，{N}家平价商店中有{N}家因第二季度抽查价格高于承诺价格各扣减{N}万元，全年实际拨付{N}万元，平均每家{N}万元')
    v.total(s1, [num(std) * num(n) - num(nd) * num(ded)], '运营补贴 = 标准 × 家数 − 扣减')
    v.same(s1, F['平价商店运营补贴'][2], '运营补贴支出')
    v.average(avg, [num(s1)], '每家平均运营补贴', divisor=num(n))
    v.rate(grab(t, '节假日平价保供补贴执行率{P}'), F['节假日平价保供补贴'][2], F['节假日平价保供补贴'][0], '保供执行率（正文）')
    r3, sav = grab(t, '价格监测及管理经费执行率{P}，主要是价格采集终端更新改为租赁方式，节约{N}万元')
    v.rate(r3, F['价格监测及管理经费'][2], F['价格监测及管理经费'][0], '监测执行率（正文）')
    v.balance(sav, F['价格监测及管理经费'][0], F['价格监测及管理经费'][2], '监测经费节约')
    v.same(grab(t, '国庆保供资金{N}万元未到位；'), miss, '未到位资金')
    cols = ('target', 'actual', 'rate', 'weight', 'score')
    names = ['平价商店数量', '平价销售蔬菜品种数', '节假日平价保供投放量', '平价商店价格低于周边市场幅度', '补贴资金季度拨付及时率',
             '平价商店年度运营补贴标准', '居民购买平价蔬菜节约支出', '重点品种日均供应达标率', '平价商店长效运营机制', '消费者满意度']
    R = levels(t, names, cols)
    ex = row(t, '预算执行率', 5, occ=1)
    v.rate(ex[1], spent, annual, '自评表 预算执行率')
    v.rate(ex[2], spent, annual, '自评表 预算执行完成率')
    wt, st = row(t, '合计', 2, occ=1)
    ptot, g = grab(t, '项目自评得分{N}分，评价等级为“{G}”')
    v.indicators(R, ex[3], ex[4], wt, [('自评表合计', st), ('正文自评得分', ptot)], satisfaction=['消费者满意度'])
    v.grade(ptot, g, '正文等级')
    v.grade(st, g, '自评表合计对应等级')
    v.same(grab(t, '全年{N}家平价商店均正常运营'), R['平价商店数量']['actual'], '平价商店数')
    v.same(n, R['平价商店数量']['actual'], '补贴家数')
    v.same(grab(t, '平价销售蔬菜品种平均{N}个'), R['平价销售蔬菜品种数']['actual'], '品种数')
    sp, gq, tot, tg = grab(t, '春节投放平价蔬菜{N}吨、国庆投放{N}吨，合计{N}吨，未达到{N}吨的目标')
    v.total(tot, [sp, gq], '保供投放合计')
    v.same(tot, R['节假日平价保供投放量']['actual'], '保供投放量')
    v.same(tg, R['节假日平价保供投放量']['target'], '保供投放目标')
    v.same(grab(t, '比周边农贸市场平均低{P}'), R['平价商店价格低于周边市场幅度']['actual'], '价格低于幅度')
    v.same(grab(t, '节约支出{N}万元，较2024年'), R['居民购买平价蔬菜节约支出']['actual'], '节约支出')
    v.same(grab(t, '日均供应达标率{P}'), R['重点品种日均供应达标率']['actual'], '供应达标率')
    v.same(avg, R['平价商店年度运营补贴标准']['actual'], '每家运营补贴（成本指标）')
    v.same(std, R['平价商店年度运营补贴标准']['target'], '运营补贴标准')
    return v


PROJECTS = {
    'sn-hanzhong-pingjiashangdian-2019': hanzhong,
    'js-yancheng-cailanzi-2020': yancheng,
    'yn-yuxi-shangwuju-bumen-2022': yuxi,
    'hl-jiamusi-shucaichubei-2023': jiamusi,
    'gx-wuzhou-pingjiashangdian-2025': wuzhou,
}


def run(path):
    raw = open(path, encoding='utf-8').read()
    pid = re.sub(r'-(clean|e\d+)\.txt$', '', os.path.basename(path))
    return PROJECTS[pid](to_text(raw)).fails


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
    bad = 0
    for lab in labels:
        path = os.path.join(CASES, lab['case'])
        raw = open(path, encoding='utf-8').read()
        try:
            fails = run(path)
        except ParseError as e:
            print('PARSE', lab['case'], e)
            bad += 1
            continue
        got = {c for c, _ in fails}
        want = {e['code'] for e in lab['expected'] if e['severity'] == 'error'}
        if got != want:
            bad += 1
            print('FAIL', lab['case'], 'expected', sorted(want), 'got', sorted(got))
            for c, m in fails:
                print('   ', c, m)
        for e in lab['expected']:
            if raw.count(e['value']) != 1:
                bad += 1
                print('VALUE', lab['case'], 'value occurs %d times: %r' % (raw.count(e['value']), e['value']))
        if '-e' in lab['case']:
            clean = open(os.path.join(CASES, lab['source'] + '-clean.txt'), encoding='utf-8').read()
            i = 0
            while i < min(len(raw), len(clean)) and raw[i] == clean[i]:
                i += 1
            j = 0
            while j < min(len(raw), len(clean)) - i and raw[-1 - j] == clean[-1 - j]:
                j += 1
            span = max(len(raw), len(clean)) - i - j
            if len(clean) - i - j > 40 or len(raw) - i - j > 40:
                bad += 1
                print('EDIT', lab['case'], 'edit longer than 40 characters')
            for e in lab['expected']:
                k = raw.find(e['value'])
                if not (k <= len(raw) - j and k + len(e['value']) >= i):
                    bad += 1
                    print('VALUE', lab['case'], 'value does not cover the edit')
    if bad:
        print('NOT OK (%d problems)' % bad)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    if len(sys.argv) > 1:
        for p in sys.argv[1:]:
            for c, m in run(p):
                print(c, m)
    else:
        main()
