#!/usr/bin/env python3
"""Re-read every figure from the drafts' text and redo the arithmetic (stdlib + decimal only).

Clean drafts must break no identity (and draw no score-rule warning); each error case must break
exactly its labelled identity (the code in labels.jsonl) and no other error-level identity.
Identities follow /work/shared/domain/rules.md §7 (I1–I14), tolerance follows §8 (half a unit of
the stated value's last decimal, ROUND_HALF_UP arithmetic with Decimal).
"""
import html
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
N = r'(\d[\d,]*(?:\.\d+)?)'          # a number as written (thousands commas allowed)
SCALES = [Decimal(10) ** k for k in (4, -4, 8, -8)]
WARN = {'score_rule_mismatch'}
ALL_A = ['rate_mismatch', 'sum_mismatch', 'balance_mismatch', 'completion_mismatch', 'score_sum_mismatch',
         'weight_sum_mismatch', 'score_exceeds_weight', 'grade_mismatch', 'conflicting_values',
         'average_mismatch', 'implausible_rate', 'unit_mismatch', 'year_mismatch']


def D(s):
    return Decimal(str(s).replace(',', ''))


def dp(s):
    s = str(s).replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


def tol(s):
    return Decimal(5) * Decimal(10) ** (-dp(s) - 1) + Decimal('1e-9')


def close(s, c):
    return abs(D(s) - c) <= tol(s)


def q2(x):
    return x.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)


def money(num, unit):
    """amount in 万元"""
    v = D(num)
    return {'元': v / 10000, '万元': v, '亿元': v * 10000}[unit]


def grade_of(total):
    t = D(total)
    return '优' if t >= 90 else '良' if t >= 80 else '中' if t >= 60 else '差'


class V:
    def __init__(self, name, text):
        self.name, self.text = name, text
        self.fail = {}

    def add(self, code, msg):
        self.fail.setdefault(code, []).append(msg)

    # ---- extraction -------------------------------------------------------------------------
    def one(self, pat, text=None, flags=0):
        text = self.text if text is None else text
        ms = list(re.finditer(pat, text, flags))
        if len(ms) != 1:
            raise ValueError('%s: pattern %r matched %d times' % (self.name, pat, len(ms)))
        return ms[0].groups()

    # ---- identities -------------------------------------------------------------------------
    def rate(self, code, stated, num, den, what, cap=True):
        """I1/I2/I5: stated rate (string, % implied) = num/den*100."""
        den = D(den) if not isinstance(den, Decimal) else den
        num = D(num) if not isinstance(num, Decimal) else num
        s = stated.strip().rstrip('%')
        if den == 0:
            if s not in ('—', '-', '', '0'):
                self.add('implausible_rate', '%s: rate %s on a zero base' % (what, stated))
            return
        if s in ('—', '-', ''):
            return
        c = num / den * 100
        if cap and D(s) > 100:
            self.add('implausible_rate', '%s: %s%% above 100%%' % (what, s))
            return
        if not close(s, c):
            self.add(code, '%s: stated %s%%, computed %s%%' % (what, s, q2(c)))

    def total(self, code, stated, parts, what, sub=()):
        """I4 (and differences): stated = sum(parts) - sum(sub); one amount off by 10^4/10^8 -> unit."""
        st = D(stated) if not isinstance(stated, Decimal) else stated
        ps = [D(p) if not isinstance(p, Decimal) else p for p in parts]
        ss = [D(p) if not isinstance(p, Decimal) else p for p in sub]
        c = sum(ps, Decimal(0)) - sum(ss, Decimal(0))
        t = tol(stated) if isinstance(stated, str) else Decimal('0.005')
        if abs(st - c) <= t:
            return
        # unit reconciliation: rescale one amount
        items = [('t', st)] + [('p', p) for p in ps] + [('s', p) for p in ss]
        for i, (kind, x) in enumerate(items):
            for k in SCALES:
                y = x * k
                vals = [(kd, (y if j == i else z)) for j, (kd, z) in enumerate(items)]
                tt = [z for kd, z in vals if kd == 't'][0]
                cc = sum((z for kd, z in vals if kd == 'p'), Decimal(0)) - sum((z for kd, z in vals if kd == 's'), Decimal(0))
                if abs(tt - cc) <= max(t, Decimal('0.005')):
                    self.add('unit_mismatch', '%s: reconciles only after rescaling %s by %s' % (what, x, k))
                    return
        self.add(code, '%s: stated %s, computed %s' % (what, st, c))

    def same(self, a, b, what, code='conflicting_values'):
        """I11: two statements of one quantity (Decimals in the same base unit)."""
        a = D(a) if not isinstance(a, Decimal) else a
        b = D(b) if not isinstance(b, Decimal) else b
        if a == b:
            return
        if b != 0 and any(a == b * k for k in SCALES):
            self.add('unit_mismatch', '%s: %s vs %s (off by a power of ten)' % (what, a, b))
            return
        self.add(code, '%s: %s vs %s' % (what, a, b))

    def avg(self, stated, items, what):
        c = sum((D(x) for x in items), Decimal(0)) / len(items)
        if not close(stated, c):
            self.add('average_mismatch', '%s: stated %s, mean %s' % (what, stated, q2(c)))

    def avg2(self, stated, total, n, what):
        c = D(total) / D(n)
        if not close(stated, c):
            self.add('average_mismatch', '%s: stated %s, %s/%s = %s' % (what, stated, total, n, q2(c)))

    def grade(self, g, total, what):
        if g.strip()[0] != grade_of(total):
            self.add('grade_mismatch', '%s: grade %s for total %s' % (what, g, total))

    def year(self, y, expect, what, rel='=='):
        y, e = int(y), int(expect)
        ok = {'==': y == e, '>': y > e, '<=': y <= e, 'adv': y in (e - 1, e)}[rel]
        if not ok:
            self.add('year_mismatch', '%s: %s (evaluation year %s)' % (what, y, e))

    def exec_score(self, score, weight, spent, budget, what):
        r = min(D(spent) / D(budget), Decimal(1))
        if not close(score, D(weight) * r):
            self.add('score_rule_mismatch', '%s: score %s, rule %s' % (what, score, q2(D(weight) * r)))

    # ---- indicator rows ---------------------------------------------------------------------
    def indicator(self, name, target, actual, comp, weight, score, unit_col=None, nature=None):
        w, s = D(weight), D(score)
        if s > w or s < 0:
            self.add('score_exceeds_weight', '%s: score %s, weight %s' % (name, score, weight))
        if nature == '定性' or re.search(r'\d{4}年\d{1,2}月', target + actual):
            return
        mt = re.fullmatch(r'(≥|≤|=|＞|＜|>|<)?\s*(\d[\d,]*(?:\.\d+)?)\s*(.*)', target.strip())
        ma = re.fullmatch(r'(\d[\d,]*(?:\.\d+)?)\s*(.*)', actual.strip())
        if not mt or not ma:
            return  # qualitative
        sign = nature if nature in ('≥', '≤', '=') else (mt.group(1) or '=')
        T, ut = D(mt.group(2)), (mt.group(3) or unit_col or '').strip()
        A, ua = D(ma.group(1)), ma.group(2).strip()
        if unit_col is not None:
            ut = unit_col
            if ua == '':
                ua = unit_col
        if ua != ut:
            self.add('unit_mismatch', '%s: target in %r, actual in %r' % (name, ut, ua))
            return
        if ut == '%' and A > 100:
            self.add('implausible_rate', '%s: %s%% above 100%%' % (name, A))
        if sign in ('≤', '＜', '<'):
            c = Decimal(100) if A <= T else T / A * 100
            rule = w if A <= T else w * T / A
        elif sign == '=' and T == 0:
            c = None
            rule = w if A <= 0 else Decimal(0)
        else:
            c = A / T * 100
            rule = w * min(A / T, Decimal(1))
        if comp is not None and comp.strip() not in ('—', '-', '') and c is not None:
            if not close(comp.strip().rstrip('%'), c):
                self.add('completion_mismatch', '%s: stated %s, computed %s%%' % (name, comp, q2(c)))
        if not close(score, rule):
            self.add('score_rule_mismatch', '%s: score %s, rule %s' % (name, score, q2(rule)))


# ------------------------------------------------------------------------------------------------
# layout readers
def html_prose(t):
    s = re.sub(r'<table.*?</table>', '', t, flags=re.S)
    s = re.sub(r'<head>.*?</head>', '', s, flags=re.S)
    s = s.replace('\n', '')
    s = s.replace('</p>', '\n').replace('<br>', '')
    s = re.sub(r'<[^>]+>', '', s)
    s = html.unescape(s).replace('\xa0', '')
    return s


def html_rows(t):
    rows = []
    for tr in re.findall(r'<tr[^>]*>(.*?)</tr>', t, flags=re.S):
        cells = [html.unescape(re.sub(r'<[^>]+>', '', c)).replace('\xa0', '').replace('\n', '').strip()
                 for c in re.findall(r'<td[^>]*>(.*?)</td>', tr, flags=re.S)]
        rows.append(cells)
    return rows


def cell_rows(t):
    """Sichuan copy: one cell a line, tab-indented, blank line between rows."""
    rows = []
    for block in t.split('\n\n'):
        lines = [l for l in block.split('\n') if l.startswith('\t')]
        if lines:
            rows.append([l[1:] for l in lines])
    return rows


def find_row(rows, first, idx=0):
    hits = [r for r in rows if len(r) > idx and r[idx] == first]
    if len(hits) != 1:
        raise ValueError('row %r found %d times' % (first, len(hits)))
    return hits[0]


def funds_block(v, rows, labels, budget_col=2):
    """MOF funds block: label | 年初 | 全年 | 执行 | 分值 | 执行率 | 得分 ; first label is the total."""
    R = [find_row(rows, l) for l in labels]
    for col, nm in ((1, '年初'), (2, '全年'), (3, '执行')):
        v.total('sum_mismatch', R[0][col], [r[col] for r in R[1:]], '资金表%s列合计' % nm)
    for r in R:
        v.rate('rate_mismatch', r[5], r[3], r[2], '资金表%s执行率' % r[0])
    return R


# ------------------------------------------------------------------------------------------------
def check_ganzhou(v):
    t = v.text
    P = html_prose(t)
    rows = html_rows(t)
    Y = v.one(r'赣州市无线电管理局(\d{4})年度', P)[0]
    v.year(v.one(r'附件：(\d{4})年度项目支出绩效自评表', P)[0], Y, '附件年度')
    F = funds_block(v, rows, ['年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金'])
    tot, fin, car = F[0], F[1], F[2]
    v.exec_score(tot[6], tot[4], tot[3], tot[2], '预算执行得分')
    y1, init = v.one(r'(\d{4})年年初预算' + N + '万元', P)
    v.year(y1, Y, '年初预算年度')
    add, = v.one(r'追加' + N + '万元', P)
    carry, annual = v.one(r'上年结转资金' + N + '万元，全年预算' + N + '万元', P)
    v.total('sum_mismatch', annual, [init, add, carry], '年初+追加+结转=全年预算')
    v.same(D(init), D(tot[1]), '年初预算 文/表')
    v.same(D(annual), D(tot[2]), '全年预算 文/表')
    v.same(D(carry), D(car[2]), '上年结转 文/表')
    yj, = v.one(r'截至(\d{4})年12月31日，资金全部到位', P)
    v.year(yj, Y, '截至日期')
    r_dw, = v.one(r'到位率' + N + '%', P)
    v.rate('rate_mismatch', r_dw, D(annual), D(annual), '到位率（全部到位）')
    spent, r_ex = v.one(r'全年实际支出' + N + '万元，预算执行率' + N + '%', P)
    v.rate('rate_mismatch', r_ex, spent, annual, '预算执行率（正文）')
    v.same(D(spent), D(tot[3]), '全年执行 文/表')
    fs, = v.one(r'当年财政拨款支出' + N + '万元', P)
    v.same(D(fs), D(fin[3]), '财政拨款支出 文/表')
    cy, cu = v.one(r'上年结转资金' + N + '(元|万元)已全部支出', P)
    v.same(money(cy, cu), D(car[3]), '上年结转支出 文/表')
    v.same(money(cy, cu), D(car[2]), '上年结转全部支出')
    items = re.findall(r'\d\.([^\d；。]+?)预算' + N + '万元，支出' + N + '万元，执行率' + N + '%', P)
    if len(items) != 4:
        raise ValueError('items %d' % len(items))
    v.total('sum_mismatch', annual, [i[1] for i in items], '分项目预算合计')
    v.total('sum_mismatch', spent, [i[2] for i in items], '分项目支出合计')
    for nm, b, s, r in items:
        v.rate('rate_mismatch', r, s, b, '%s执行率' % nm)
    cnt, price = v.one(r'购置便携式监测接收机(\d+)台，单台' + N + '万', P)
    v.total('sum_mismatch', items[3][2], [D(price) * D(cnt)], '接收机台数×单价=设备更新支出')
    bal, = v.one(r'年末结转' + N + '万元', P)
    v.total('balance_mismatch', bal, [annual], '年末结转=全年预算-支出', sub=[spent])
    v.year(v.one(r'结转至(\d{4})年', P)[0], Y, '结转年度', '>')
    # indicator table
    hdr = [i for i, r in enumerate(rows) if r and r[0] == '一级指标'][0]
    ind = [r for r in rows[hdr + 1:] if len(r) >= 7 and r[0] != '总分']
    lvl, levels = None, {}
    for r in ind:
        if r[0] in ('产出指标', '效益指标', '满意度指标'):
            lvl = r[0]
        levels.setdefault(lvl, []).append(r)
        v.indicator(r[-7], r[-6], r[-5], r[-4], r[-3], r[-2])
    total_row = find_row(rows, '总分')
    wsum = D(tot[4]) + sum(D(r[-3]) for r in ind)
    v.total('weight_sum_mismatch', total_row[1], [wsum], '分值合计（表）')
    v.total('weight_sum_mismatch', '100', [wsum], '分值合计=100')
    ssum = D(tot[6]) + sum(D(r[-2]) for r in ind)
    v.total('score_sum_mismatch', total_row[2], [ssum], '得分合计（表）')
    es, o, b, s, T, g = v.one(r'预算执行得分' + N + '分，产出指标得分' + N + '分，效益指标得分' + N + '分，满意度指标得分' + N +
                              '分，自评总分' + N + '分，评价等级为“(.)”', P)
    v.total('score_sum_mismatch', es, [D(tot[6])], '预算执行得分 文/表')
    for st, key in ((o, '产出指标'), (b, '效益指标'), (s, '满意度指标')):
        v.total('score_sum_mismatch', st, [D(r[-2]) for r in levels[key]], '%s得分小计' % key)
    v.total('score_sum_mismatch', T, [ssum], '自评总分（正文）')
    v.grade(g, T, '正文等级')
    # prose restatements of indicator values
    byname = {r[-7]: r for r in ind}
    q = v.one(r'全年累计监测(\d+)小时（2017年为(\d+)小时），其中一季度(\d+)小时、二季度(\d+)小时、三季度(\d+)小时、四季度(\d+)小时，季度平均' + N + '小时', P)
    v.total('sum_mismatch', q[0], q[2:6], '四季度监测时长合计')
    v.avg(q[6], q[2:6], '季度平均监测时长')
    v.same(D(q[0]), D(byname['重点频段监测时长'][-5].rstrip('小时')), '监测时长 文/表')
    n23, y17, n17, inc = v.one(r'受理有害干扰申诉(\d+)件，全部查处，查处率100%（(\d{4})年受理(\d+)件，同比增加(\d+)件）', P)
    v.total('sum_mismatch', inc, [n23], '干扰申诉同比增加', sub=[n17])
    ks, hd, gong = v.one(r'考试保障(\d+)场次、重大活动保障(\d+)场次，共(\d+)场次', P)
    v.total('sum_mismatch', gong, [ks, hd], '保障场次合计')
    v.same(D(gong), D(byname['考试及重大活动保障场次'][-5].rstrip('场次')), '保障场次 文/表')
    avgc, capc = v.one(r'监测站运维成本平均每座' + N + '万元，控制在每座' + N + '万元以内', P)
    nst, = v.one(r'全市现有固定监测站(\d+)座', P)
    v.avg2(avgc, items[0][2], nst, '每座运维成本')
    v.same(D(avgc), D(byname['监测站年均运维成本'][-5].split('万')[0]), '每座运维成本 文/表')
    v.same(D(capc), D(byname['监测站年均运维成本'][-6].lstrip('≤').split('万')[0]), '运维成本上限 文/表')
    cov, = v.one(r'重点频段监测覆盖率' + N + '%，未达到', P)
    v.same(D(cov), D(byname['重点频段监测覆盖率'][-5].rstrip('%')), '覆盖率 文/表')
    av, = v.one(r'监测数据可用率' + N + '%。', P)
    v.same(D(av), D(byname['监测数据可用率'][-5].rstrip('%')), '可用率 文/表')
    sat, = v.one(r'无线电用户满意度' + N + '%', P)
    if D(sat) > 100:
        v.add('implausible_rate', '满意度 %s%%' % sat)
    v.same(D(sat), D(byname['无线电用户满意度'][-5].rstrip('%')), '满意度 文/表')


def check_qujing(v):
    t = v.text
    P = html_prose(t)
    rows = html_rows(t)
    Y = v.one(r'曲靖市无线电管理局(\d{4})年度部门整体支出绩效自评报告', P)[0]
    v.year(v.one(r'附件：(\d{4})年度部门整体支出绩效自评表', P)[0], Y, '附件年度')
    F = funds_block(v, rows, ['年度资金总额', '其中：财政拨款', '上年结转资金', '其他资金'])
    tot, fin, car = F[0], F[1], F[2]
    v.exec_score(tot[6], tot[4], tot[3], tot[2], '预算执行得分')
    y1, init, basic, per, pub, proj = v.one(r'(\d{4})年年初预算' + N + '万元，其中基本支出' + N + '万元（人员经费' + N +
                                            '万元、公用经费' + N + '万元），项目支出' + N + '万元', P)
    v.year(y1, Y, '年初预算年度')
    v.total('sum_mismatch', basic, [per, pub], '年初基本支出=人员+公用')
    v.total('sum_mismatch', init, [basic, proj], '年初预算=基本+项目')
    v.same(D(init), D(tot[1]), '年初预算 文/表')
    add, addc, addn = v.one(r'年中追加' + N + '万元，其中上年结转资金' + N + '万元、建党100周年无线电安全保障经费' + N + '万元', P)
    v.total('sum_mismatch', add, [addc, addn], '追加=结转+新增')
    cut, = v.one(r'调减公用经费' + N + '万元', P)
    annual, afin, acar = v.one(r'调整后全年预算' + N + '万元，其中财政拨款' + N + '万元、上年结转资金' + N + '万元', P)
    v.total('sum_mismatch', annual, [init, add], '年初+追加-调减=全年', sub=[cut])
    v.total('sum_mismatch', annual, [afin, acar], '全年=财政拨款+结转')
    v.same(D(annual), D(tot[2]), '全年预算 文/表')
    v.same(D(afin), D(fin[2]), '财政拨款 文/表')
    v.same(D(acar), D(car[2]), '上年结转 文/表')
    v.same(D(addc), D(acar), '追加中的上年结转')
    spent, rex, last, inc = v.one(r'全年支出' + N + '万元，预算执行率' + N + '%，比2020年度决算支出' + N + '万元增加' + N + '万元', P)
    v.rate('rate_mismatch', rex, spent, annual, '预算执行率（正文）')
    v.total('sum_mismatch', inc, [spent], '同比增加', sub=[last])
    v.same(D(spent), D(tot[3]), '全年支出 文/表')
    bsp, psp, pubb, pubs, rpub = v.one(r'其中：基本支出' + N + '万元，人员经费' + N + '万元全部支出，公用经费全年预算' + N +
                                       '万元、支出' + N + '万元，执行率' + N + '%', P)
    v.total('sum_mismatch', bsp, [psp, pubs], '基本支出=人员+公用（执行）')
    v.total('sum_mismatch', pubb, [pub], '公用经费全年=年初-调减', sub=[cut])
    v.rate('rate_mismatch', rpub, pubs, pubb, '公用经费执行率')
    projb, projs, rproj = v.one(r'项目支出全年预算' + N + '万元、支出' + N + '万元，执行率' + N + '%', P)
    v.rate('rate_mismatch', rproj, projs, projb, '项目支出执行率')
    v.total('sum_mismatch', projb, [proj, add], '项目支出全年=年初+追加')
    v.total('sum_mismatch', annual, [per, pubb, projb], '全年=人员+公用+项目')
    v.total('sum_mismatch', spent, [bsp, projs], '支出=基本+项目')
    staff, avgp = v.one(r'在职人员(\d+)人，人均人员经费' + N + '万元', P)
    v.avg2(avgp, psp, staff, '人均人员经费')
    seg, = v.one(r'项目支出分别为：(.*?)。', P)
    items = re.findall(r'([^；：]+?)' + N + '万元，支出' + N + '万元', seg)
    if len(items) != 5:
        raise ValueError('items %d' % len(items))
    v.total('sum_mismatch', projb, [i[1] for i in items], '项目支出分项预算合计')
    v.total('sum_mismatch', projs, [i[2] for i in items], '项目支出分项支出合计')
    v.same(D(items[4][1]), D(acar), '上年结转项目')
    bal, = v.one(r'年末结转' + N + '万元', P)
    v.total('balance_mismatch', bal, [annual], '年末结转=全年-支出', sub=[spent])
    v.year(v.one(r'结转至(\d{4})年', P)[0], Y, '结转年度', '>')
    # indicator table (no completion column)
    hdr = [i for i, r in enumerate(rows) if r and r[0] == '一级指标'][0]
    ind = [r for r in rows[hdr + 1:] if len(r) >= 6 and r[0] != '合计']
    lvl, levels = None, {}
    for r in ind:
        if r[0] in ('产出指标', '效益指标', '满意度指标'):
            lvl = r[0]
        levels.setdefault(lvl, []).append(r)
        v.indicator(r[-6], r[-5], r[-4], None, r[-3], r[-2])
    byname = {r[-6]: r for r in ind}
    total_row = find_row(rows, '合计')
    wsum = D(tot[4]) + sum(D(r[-3]) for r in ind)
    v.total('weight_sum_mismatch', total_row[1], [wsum], '分值合计（表）')
    v.total('weight_sum_mismatch', '100', [wsum], '分值合计=100')
    ssum = D(tot[6]) + sum(D(r[-2]) for r in ind)
    v.total('score_sum_mismatch', total_row[2], [ssum], '得分合计（表）')
    es, o, b, s, T, g = v.one(r'预算执行率得分' + N + '分，产出指标得分' + N + '分，效益指标得分' + N + '分，满意度得分' + N +
                              '分，自评总分' + N + '分，等级为“(.)”', P)
    v.total('score_sum_mismatch', es, [D(tot[6])], '预算执行得分 文/表')
    for st, key in ((o, '产出指标'), (b, '效益指标'), (s, '满意度指标')):
        v.total('score_sum_mismatch', st, [D(r[-2]) for r in levels[key]], '%s得分小计' % key)
    v.total('score_sum_mismatch', T, [ssum], '自评总分（正文）')
    v.grade(g, T, '正文等级')
    # restatements
    a1, a2 = v.one(r'(\d+)座固定监测站和(\d+)座北斗地基增强站', P)
    v.same(D(a1), D(byname['固定监测站运行数量'][-4].rstrip('座')), '监测站数 文/表')
    v.same(D(a2), D(byname['北斗地基增强站运行数量'][-4].rstrip('座')), '增强站数 文/表')
    bz, more = v.one(r'无线电安全保障(\d+)次，比年初目标多(\d+)次', P)
    v.same(D(bz), D(byname['重大活动及考试保障次数'][-4].rstrip('次')), '保障次数 文/表')
    v.total('sum_mismatch', more, [bz], '比目标多', sub=[D(byname['重大活动及考试保障次数'][-5].lstrip('≥').rstrip('次'))])
    sl, cc, rcc, tm = v.one(r'受理有害干扰申诉(\d+)件，查处(\d+)件，查处率' + N + '%，平均处理时间' + N + '个工作日', P)
    v.rate('rate_mismatch', rcc, cc, sl, '查处率')
    v.same(D(rcc), D(byname['有害干扰查处率'][-4].rstrip('%')), '查处率 文/表')
    v.same(D(tm), D(byname['干扰申诉处理时限'][-4].replace('个工作日', '')), '处理时间 文/表')
    ky, kt = v.one(r'北斗定位服务可用率' + N + '%，略低于' + N + '%的目标', P)
    v.same(D(ky), D(byname['北斗定位服务可用率'][-4].rstrip('%')), '可用率 文/表')
    v.same(D(kt), D(byname['北斗定位服务可用率'][-5].lstrip('≥').rstrip('%')), '可用率目标 文/表')
    zc, = v.one(r'注册用户(\d+)户', P)
    v.same(D(zc), D(byname['北斗定位服务注册用户'][-4].rstrip('户')), '注册用户 文/表')
    zq, = v.one(r'台站数据库数据准确率' + N + '%', P)
    v.same(D(zq), D(byname['台站数据库数据准确率'][-4].rstrip('%')), '准确率 文/表')
    ff, sh, my = v.one(r'发放问卷(\d+)份，收回(\d+)份，服务对象满意度' + N + '%', P)
    if D(my) > 100:
        v.add('implausible_rate', '满意度 %s%%' % my)
    v.same(D(my), D(byname['服务对象满意度'][-4].rstrip('%')), '满意度 文/表')
    v.same(D(pubs), D(byname['公用经费支出'][-4].replace('万元', '')), '公用经费支出 文/表')
    v.same(D(pubb), D(byname['公用经费支出'][-5].lstrip('≤').replace('万元', '')), '公用经费上限 文/表')


def check_mianyang(v):
    t = v.text
    Y = v.one(r'^绵阳市经济和信息化局\n(\d{4})年度', flags=re.M)[0]
    body, tab = t.split('附件：项目支出绩效自评表')
    rows = cell_rows(tab)
    v.year(v.one(r'（(\d{4})年度）', tab)[0], Y, '自评表年度')
    F = funds_block(v, rows, ['年度资金总额', '其中：财政资金', '财政专户管理资金', '单位资金', '其他资金'])
    tot, fin, zh, dw = F[0], F[1], F[2], F[3]
    v.exec_score(tot[6], tot[4], tot[3], tot[2], '预算执行得分')
    init, = v.one(r'批复年初预算' + N + '万元', body)
    add, = v.one(r'补助资金' + N + '万元', body)
    cut, = v.one(r'调减' + N + '万元', body)
    unit, = v.one(r'安排单位资金' + N + '万元', body)
    annual, afin, aunit = v.one(r'调整后全年预算' + N + '万元，其中财政资金' + N + '万元、单位资金' + N + '万元', body)
    v.total('sum_mismatch', afin, [init, add], '财政资金=年初+省级-调减', sub=[cut])
    v.total('sum_mismatch', annual, [afin, aunit], '全年=财政+单位')
    v.same(D(unit), D(aunit), '单位资金')
    v.same(D(init), D(tot[1]), '年初预算 文/表')
    v.same(D(annual), D(tot[2]), '全年预算 文/表')
    v.same(D(afin), D(fin[2]), '财政资金 文/表')
    v.same(D(aunit), D(dw[2]), '单位资金 文/表')
    dwz, = v.one(r'项目资金' + N + '万元已全部到位', body)
    v.same(D(dwz), D(annual), '到位资金')
    yj, spent, rex, fsp, rfin, usp = v.one(r'截至(\d{4})年12月31日，项目实际支出' + N + '万元，预算执行率' + N +
                                           '%；其中财政资金支出' + N + '万元，执行率' + N + '%，单位资金支出' + N + '万元', body)
    v.year(yj, Y, '截至日期')
    v.rate('rate_mismatch', rex, spent, annual, '预算执行率（正文）')
    v.rate('rate_mismatch', rfin, fsp, afin, '财政资金执行率（正文）')
    v.total('sum_mismatch', spent, [fsp, usp], '支出=财政+单位')
    v.same(D(spent), D(tot[3]), '支出 文/表')
    v.same(D(fsp), D(fin[3]), '财政资金支出 文/表')
    v.same(D(usp), D(dw[3]), '单位资金支出 文/表')
    items = re.findall(r'（\d）([^（]+?)预算' + N + '万元，支出' + N + '万元', body)
    if len(items) != 4:
        raise ValueError('items %d' % len(items))
    v.total('sum_mismatch', annual, [i[1] for i in items], '分项目预算合计')
    v.total('sum_mismatch', spent, [i[2] for i in items], '分项目支出合计')
    pw, py, pn = v.one(r'按每台' + N + '万元（' + N + '元）的标准对(\d+)台', body)
    v.same(money(py, '元'), D(pw), '补贴标准 万元/元')
    v.total('sum_mismatch', items[1][2], [D(pw) * D(pn)], '补贴台数×标准')
    jn, javg = v.one(r'建成监测点(\d+)个，平均每个' + N + '万元', body)
    v.avg2(javg, items[2][2], jn, '监测点平均造价')
    bal, b1, b2, b3, b4 = v.one(r'年末结余' + N + '万元，其中农机终端补贴' + N + '万元、CORS运维' + N + '万元、培训' + N +
                                '万元、监测点' + N + '万元', body)
    v.total('balance_mismatch', bal, [annual], '结余=全年-支出', sub=[spent])
    v.total('sum_mismatch', bal, [b1, b2, b3, b4], '结余构成')
    for bx, it in ((b1, items[1]), (b2, items[0]), (b3, items[3]), (b4, items[2])):
        v.total('balance_mismatch', bx, [it[1]], '%s结余' % it[0], sub=[it[2]])
    v.year(v.one(r'结转至(\d{4})年', body)[0], Y, '结转年度', '>')
    # indicator table (Sichuan: 指标性质 / 度量单位 columns)
    ind = [r for r in rows if len(r) == 11 and r[1] != '一级指标']
    for r in ind:
        v.indicator(r[3], r[5], r[7], None, r[8], r[9], unit_col=r[6], nature=r[4])
    byname = {r[3]: r for r in ind}
    total_row = find_row(rows, '总分')
    wsum = D(tot[4]) + sum(D(r[8]) for r in ind)
    v.total('weight_sum_mismatch', total_row[1], [wsum], '分值合计（表）')
    v.total('weight_sum_mismatch', '100', [wsum], '分值合计=100')
    v.total('weight_sum_mismatch', '90', [D(r[8]) for r in ind], '绩效指标分值=90')
    isum = sum(D(r[9]) for r in ind)
    ssum = D(tot[6]) + isum
    v.total('score_sum_mismatch', total_row[2], [ssum], '得分合计（表）')
    es, isc, T, g = v.one(r'预算执行得分' + N + '分，绩效指标得分' + N + '分，自评得分' + N + '分，评价等级为“(.)”', body)
    v.total('score_sum_mismatch', es, [D(tot[6])], '预算执行得分 文/表')
    v.total('score_sum_mismatch', isc, [isum], '绩效指标得分')
    v.total('score_sum_mismatch', T, [ssum], '自评得分（正文）')
    v.grade(g, T, '正文等级')
    box, = v.one(r'预算执行率' + N + '%。', tab)
    v.rate('rate_mismatch', box, tot[3], tot[2], '评价结论栏执行率')
    # restatements
    xj, zs, y22, jq = v.one(r'新建CORS基站(\d+)个，全市基站总数达到(\d+)个（(\d{4})年末为(\d+)个）', body)
    v.total('sum_mismatch', zs, [jq, xj], '基站累计数')
    v.same(D(xj), D(byname['新建北斗CORS基站'][7]), '新建基站 文/表')
    tg, wc = v.one(r'推广农机自动驾驶终端(\d+)台，完成年度目标的' + N + '%', body)
    r_nj = byname['农机自动驾驶终端推广数量']
    v.same(D(tg), D(r_nj[7]), '终端数 文/表')
    v.same(D(tg), D(pn), '终端数 补贴/推广')
    if not close(wc, D(tg) / D(r_nj[5]) * 100):
        v.add('completion_mismatch', '终端推广完成率 %s%% vs %s' % (wc, q2(D(tg) / D(r_nj[5]) * 100)))
    dz, = v.one(r'建成地质灾害北斗监测点(\d+)个', body)
    v.same(D(dz), D(byname['地质灾害北斗监测点'][7]), '监测点 文/表')
    v.same(D(dz), D(jn), '监测点 资金/产出')
    ky, = v.one(r'CORS定位服务可用率' + N + '%。', body)
    v.same(D(ky), D(byname['CORS定位服务可用率'][7]), '可用率 文/表')
    jb, = v.one(r'节本增效' + N + '元/亩', body)
    v.same(D(jb), D(byname['农机作业节本增效'][7]), '节本增效 文/表')
    fg, = v.one(r'监测预警覆盖率' + N + '%；', body)
    v.same(D(fg), D(byname['地灾隐患点监测预警覆盖率'][7]), '覆盖率 文/表')
    zc, zq, zz = v.one(r'注册用户(\d+)户，较2022年末的(\d+)户增加(\d+)户', body)
    v.total('sum_mismatch', zz, [zc], '注册用户增加', sub=[zq])
    v.same(D(zc), D(byname['高精度定位服务注册用户'][7]), '注册用户 文/表')
    my, = v.one(r'用户满意度' + N + '%', body)
    if D(my) > 100:
        v.add('implausible_rate', '满意度 %s%%' % my)
    v.same(D(my), D(byname['用户满意度'][7]), '满意度 文/表')
    bz, = v.one(r'执行(' + N[1:-1] + r')万元/台的标准', body)
    v.same(D(bz), D(byname['农机终端补贴标准'][7]), '补贴标准 文/表')


def check_yichang(v):
    t = v.text
    Y = v.one(r'^宜昌市经济和信息化局\n(\d{4})年度', flags=re.M)[0]
    body, tab = t.split('附件：项目支出绩效自评表')
    v.year(v.one(r'^（(\d{4})年度）', tab, flags=re.M)[0], Y, '自评表年度')
    rows = [l.split('\t') for l in tab.split('\n') if '\t' in l]
    F = funds_block(v, rows, ['年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金'])
    tot = F[0]
    v.exec_score(tot[6], tot[4], tot[3], tot[2], '预算执行得分')
    init, = v.one(r'年初预算' + N + '万元，均为市级财政资金', body)
    prov, = v.one(r'省级无线电管理补助资金' + N + '万元', body)
    cut, = v.one(r'调减' + N + '万元', body)
    annual, city, prov2 = v.one(r'调整后全年预算' + N + '万元，其中市级' + N + '万元、省级' + N + '万元', body)
    v.total('sum_mismatch', annual, [init, prov], '年初+省级-调减=全年', sub=[cut])
    v.total('sum_mismatch', annual, [city, prov2], '全年=市级+省级')
    v.same(D(prov), D(prov2), '省级资金')
    v.same(D(init), D(tot[1]), '年初预算 文/表')
    v.same(D(annual), D(tot[2]), '全年预算 文/表')
    pdw, cdw, wdw = v.one(r'省级资金' + N + '万元全部到位，市级资金到位' + N + '万元，' + N + '万元因', body)
    v.same(D(pdw), D(prov2), '省级到位')
    v.total('sum_mismatch', city, [cdw, wdw], '市级=到位+未拨付')
    recv, rdw = v.one(r'全年实际到位' + N + '万元，到位率' + N + '%', body)
    v.total('sum_mismatch', recv, [pdw, cdw], '到位=省级+市级')
    v.rate('rate_mismatch', rdw, recv, annual, '到位率')
    yj, spent, rex = v.one(r'截至(\d{4})年12月31日，全年支出' + N + '万元，预算执行率' + N + '%', body)
    v.year(yj, Y, '截至日期')
    v.rate('rate_mismatch', rex, spent, annual, '预算执行率（正文）')
    v.same(D(spent), D(tot[3]), '支出 文/表')
    seg, = v.one(r'其中：(无线电监测设施运维.*?)。', body)
    items = re.findall(r'([^：；]+?)预算' + N + '万元，支出' + N + '万元', seg)
    if len(items) != 4:
        raise ValueError('items %d' % len(items))
    v.total('sum_mismatch', annual, [i[1] for i in items], '分项目预算合计')
    v.total('sum_mismatch', spent, [i[2] for i in items], '分项目支出合计')
    zd, ztc, hwc, dj, ji, pt = v.one(r'共安装终端(\d+)台，其中渣土车(\d+)台、环卫车(\d+)台，每台购置安装费(\d+)元，计(\d+)元；监管平台建设支出' +
                                     N + '万元', body)
    v.total('sum_mismatch', zd, [ztc, hwc], '终端数=渣土车+环卫车')
    v.total('sum_mismatch', ji, [D(zd) * D(dj)], '终端数×单价')
    v.total('sum_mismatch', items[1][2], [money(ji, '元'), D(pt)], '北斗示范支出=终端+平台')
    jy, jz = v.one(r'年末资金结余' + N + '万元，已结转至(\d{4})年', body)
    v.total('balance_mismatch', jy, [recv], '结余=到位-支出', sub=[spent])
    v.year(jz, Y, '结转年度', '>')
    # goal-block indicator table
    hdr = [i for i, r in enumerate(rows) if r[0] == '年度目标'][0]
    ind, blocks, cur = [], {}, None
    for r in rows[hdr + 1:]:
        if r[0] in ('总分', '自评等级'):
            continue
        if r[0]:
            cur = r[0]
            blocks[cur] = (D(v.one(r'（(\d+)分）', cur)[0]), [])
        blocks[cur][1].append(r)
        ind.append(r)
        v.indicator(r[3], r[4], r[5], None, r[6], r[7])
    byname = {r[3]: r for r in ind}
    for k, (bw, rs) in blocks.items():
        v.total('weight_sum_mismatch', bw, [D(r[6]) for r in rs], '%s分值' % k[:3])
    v.total('weight_sum_mismatch', '80', [bw for bw, rs in blocks.values()], '目标分值合计=80')
    total_row = find_row(rows, '总分')
    wsum = D(tot[4]) + sum(D(r[6]) for r in ind)
    v.total('weight_sum_mismatch', total_row[1], [wsum], '分值合计（表）')
    v.total('weight_sum_mismatch', '100', [wsum], '分值合计=100')
    ssum = D(tot[6]) + sum(D(r[7]) for r in ind)
    v.total('score_sum_mismatch', total_row[2], [ssum], '得分合计（表）')
    gr = find_row(rows, '自评等级')[1]
    v.grade(gr, total_row[2], '表内等级')
    es, erate, g1, g2, g3, T = v.one(r'预算执行得分' + N + '分（20×' + N + '%），目标1得分' + N + '分、目标2得分' + N + '分、目标3得分' + N +
                                     '分，自评总分' + N + '分', body)
    v.rate('rate_mismatch', erate, spent, annual, '评分说明中的执行率')
    v.total('score_sum_mismatch', es, [D(tot[6])], '预算执行得分 文/表')
    for st, (k, (bw, rs)) in zip((g1, g2, g3), blocks.items()):
        v.total('score_sum_mismatch', st, [D(r[7]) for r in rs], '%s得分' % k[:3])
    v.total('score_sum_mismatch', T, [ssum], '自评总分（正文）')
    v.grade(gr, T, '表内等级/正文总分')
    # restatements
    jc, = v.one(r'全年重点频段监测(\d+)小时', body)
    v.same(D(jc), D(byname['重点频段监测时长'][5].rstrip('小时')), '监测时长 文/表')
    xy, = v.one(r'干扰投诉平均响应时间' + N + '小时', body)
    v.same(D(xy), D(byname['干扰投诉响应时间'][5].rstrip('小时')), '响应时间 文/表')
    az, cj = v.one(r'安装北斗终端(\d+)台，形成渣土运输监管、环卫作业监管、长江岸线巡查(\d+)个示范应用场景', body)
    v.same(D(az), D(byname['安装北斗终端'][5].rstrip('台')), '终端数 文/表')
    v.same(D(az), D(zd), '终端数 资金/产出')
    v.same(D(cj), D(byname['示范应用场景'][5].rstrip('个')), '场景数 文/表')
    zx, = v.one(r'终端平均在线率' + N + '%', body)
    v.same(D(zx), D(byname['终端在线率'][5].rstrip('%')), '在线率 文/表')
    cb, cbx = v.one(r'单台终端购置安装成本(\d+)元，低于(\d+)元', body)
    v.same(D(cb), D(byname['单台终端购置安装成本'][5].rstrip('元')), '单台成本 文/表')
    v.same(D(cb), D(dj), '单台成本 资金/产出')
    v.same(D(cbx), D(byname['单台终端购置安装成本'][4].lstrip('≤').rstrip('元')), '成本上限 文/表')
    m2, m2t = v.one(r'北斗示范用户满意度' + N + '%，未达到' + N + '%的目标', body)
    if D(m2) > 100:
        v.add('implausible_rate', '北斗示范用户满意度 %s%%' % m2)
    v.same(D(m2), D(byname['北斗示范用户满意度'][5].rstrip('%')), '北斗示范用户满意度 文/表')
    v.same(D(m2t), D(byname['北斗示范用户满意度'][4].lstrip('≥').rstrip('%')), '满意度目标 文/表')
    g_text = [r for r in rows if r[0] == '' and len(r) == 3][0][2]
    a, b, c = v.one(r'监测(\d+)小时.*?安装北斗终端(\d+)台，形成(\d+)个', g_text)
    v.same(D(a), D(jc), '总体目标栏 监测时长')
    v.same(D(b), D(az), '总体目标栏 终端数')
    v.same(D(c), D(cj), '总体目标栏 场景数')


def check_zibo(v):
    t = v.text
    Y = v.one(r'^淄博市工业和信息化局\n(\d{4})年度', flags=re.M)[0]
    body, tab = t.split('附件：')
    v.year(v.one(r'^(\d{4})年度项目支出绩效自评表', tab, flags=re.M)[0], Y, '自评表年度')
    rows = [l.split('｜') for l in t.split('\n') if '｜' in l]
    ztz, cz, zc = v.one(r'项目总投资' + N + '亿元，其中市级财政资金' + N + '万元（分三年安排）、企业自筹' + N + '万元', body)
    v.total('sum_mismatch', money(ztz, '亿元'), [D(cz), D(zc)], '总投资=财政+自筹')
    y1, init, a1, adv, c1 = v.one(r'(\d{4})年年初预算' + N + '万元，其中当年财政拨款' + N + '万元（[^）]*?于(\d{4})年12月提前下达），上年结转资金' +
                                  N + '万元', body)
    v.year(y1, Y, '年初预算年度')
    v.year(adv, Y, '提前下达年度', 'adv')
    v.total('sum_mismatch', init, [a1, c1], '年初=拨款+结转')
    add, = v.one(r'追加' + N + '万元', body)
    annual, ayi, a2, c2 = v.one(r'全年预算' + N + '万元（' + N + '亿元），其中当年财政拨款' + N + '万元、上年结转资金' + N + '万元', body)
    v.total('sum_mismatch', annual, [init, add], '年初+追加=全年')
    v.total('sum_mismatch', annual, [a2, c2], '全年=拨款+结转')
    v.total('sum_mismatch', a2, [a1, add], '拨款全年=年初+追加')
    v.same(money(ayi, '亿元'), D(annual), '全年预算 亿元/万元')
    v.same(D(c1), D(c2), '上年结转 年初/全年')
    F = funds_block(v, rows, ['年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金'])
    tot, fin, car = F[0], F[1], F[2]
    v.exec_score(tot[6], tot[4], tot[3], tot[2], '预算执行得分')
    v.same(D(init), D(tot[1]), '年初 文/表')
    v.same(D(annual), D(tot[2]), '全年 文/表')
    v.same(D(a1), D(fin[1]), '拨款年初 文/表')
    v.same(D(a2), D(fin[2]), '拨款全年 文/表')
    v.same(D(c2), D(car[2]), '结转 文/表')
    yj, spent, rex, fsp, csp = v.one(r'截至(\d{4})年12月31日，全年支出' + N + '万元，预算执行率' + N + '%。其中当年财政拨款支出' + N +
                                     '万元，上年结转资金' + N + '万元全部支出', body)
    v.year(yj, Y, '截至日期')
    v.rate('rate_mismatch', rex, spent, annual, '预算执行率（正文）')
    v.total('sum_mismatch', spent, [fsp, csp], '支出=拨款+结转')
    v.same(D(csp), D(c2), '结转全部支出')
    v.same(D(spent), D(tot[3]), '支出 文/表')
    v.same(D(fsp), D(fin[3]), '拨款支出 文/表')
    v.same(D(csp), D(car[3]), '结转支出 文/表')
    # sub-project table
    hs = [i for i, r in enumerate(rows) if r[0] == '子项目'][0]
    subs = []
    for r in rows[hs + 1:]:
        if r[0] == '合计':
            hj = r
            break
        subs.append(r)
    for r in subs + [hj]:
        v.rate('rate_mismatch', r[3], r[2], r[1], '%s执行率' % r[0])
    v.total('sum_mismatch', hj[1], [r[1] for r in subs], '子项目预算合计')
    v.total('sum_mismatch', hj[2], [r[2] for r in subs], '子项目支出合计')
    v.same(D(hj[1]), D(annual), '子项目合计=全年预算')
    v.same(D(hj[2]), D(spent), '子项目合计=支出')
    sub = {r[0]: r for r in subs}
    gj, cz2, gong, mei, ji = v.one(r'完成公交车(\d+)辆、出租车(\d+)辆北斗终端升级，共' + N + '辆，每辆' + N + '元，计' + N + '元', body)
    v.total('sum_mismatch', gong, [gj, cz2], '终端升级车辆合计')
    v.total('sum_mismatch', ji, [D(gong) * D(mei)], '车辆×单价')
    v.same(money(ji, '元'), D(sub['北斗+智慧交通'][2]), '智慧交通支出 元/万元')
    jn, javg = v.one(r'干扰监测网建成监测站(\d+)座，平均每座' + N + '万元', body)
    v.avg2(javg, sub['北斗频段干扰监测网'][2], jn, '每座监测站平均')
    bal, jz = v.one(r'年末未支出' + N + '万元，.*?已结转至(\d{4})年', body)
    v.total('balance_mismatch', bal, [annual], '未支出=全年-支出', sub=[spent])
    v.year(jz, Y, '结转年度', '>')
    # indicator table
    hi = [i for i, r in enumerate(rows) if r[0] == '一级指标'][0]
    ind = []
    for r in rows[hi + 1:]:
        if r[0] == '合计':
            trow = r
            break
        ind.append(r)
        v.indicator(r[2], r[3], r[4], r[5], r[6], r[7])
    byname = {r[2]: r for r in ind}
    wsum = D(tot[4]) + sum(D(r[6]) for r in ind)
    v.total('weight_sum_mismatch', trow[6], [wsum], '分值合计（表）')
    v.total('weight_sum_mismatch', '100', [wsum], '分值合计=100')
    ssum = D(tot[6]) + sum(D(r[7]) for r in ind)
    v.total('score_sum_mismatch', trow[7], [ssum], '得分合计（表）')
    T, g = v.one(r'自评得分' + N + '分，评价等级为“(.)”', body)
    v.total('score_sum_mismatch', T, [ssum], '自评得分（正文）')
    v.grade(g, T, '正文等级')
    # restatements
    jr, = v.one(r'等行业应用(\d+)个；', body)
    v.same(D(jr), D(byname['平台接入行业应用'][4].rstrip('个')), '接入应用 文/表')
    sj, = v.one(r'；完成公交、出租车北斗终端升级' + N + '辆；', body)
    v.same(D(sj), D(byname['公交出租车终端升级'][4].rstrip('辆')), '终端升级 文/表')
    v.same(D(sj), D(gong), '终端升级 资金/产出')
    v.same(D(mei), D(byname['单车终端升级成本'][4].split('元')[0]), '单车成本 文/表')
    mj, *qx, pj = v.one(r'作业面积' + N + '万亩，其中临淄、桓台、高青、沂源、淄川分别为' + N + '、' + N + '、' + N + '、' + N + '、' + N +
                        '万亩，平均每个区县' + N + '万亩', body)
    v.total('sum_mismatch', mj, qx, '五区县作业面积合计')
    v.avg(pj, qx, '区县平均作业面积')
    v.same(D(mj), D(byname['北斗农机作业面积'][4].rstrip('万亩')), '作业面积 文/表')
    zs, = v.one(r'；建成GNSS干扰监测站(\d+)座。', body)
    v.same(D(zs), D(byname['GNSS干扰监测站'][4].rstrip('座')), '监测站 文/表')
    v.same(D(zs), D(jn), '监测站 资金/产出')
    ky, = v.one(r'平台服务可用率' + N + '%', body)
    v.same(D(ky), D(byname['平台服务可用率'][4].rstrip('%')), '可用率 文/表')
    cz_, czu, y24, cz24, zj = v.one(r'新增产值' + N + '(亿元|万元)，(\d{4})年为' + N + '亿元，同比增加' + N + '亿元', body)
    v.total('sum_mismatch', money(zj, '亿元'), [money(cz_, czu)], '产值同比增加', sub=[money(cz24, '亿元')])
    v.same(money(cz_, czu), money(byname['带动北斗产业新增产值'][4].rstrip('亿元'), '亿元'), '新增产值 文/表')
    dy, = v.one(r'日均服务调用' + N + '万次', body)
    v.same(D(dy), D(byname['平台日均服务调用'][4].rstrip('万次')), '日均调用 文/表')
    s1, s2 = v.one(r'满意度分别为' + N + '%和' + N + '%', body)
    for m, nm in ((s1, '交通企业满意度'), (s2, '农机合作社满意度')):
        if D(m) > 100:
            v.add('implausible_rate', '%s %s%%' % (nm, m))
        v.same(D(m), D(byname[nm][4].rstrip('%')), '%s 文/表' % nm)


PROJECTS = {
    'jx-ganzhou-pinlvjiance-2018': check_ganzhou,
    'yn-qujing-wxdglj-bumen-2021': check_qujing,
    'sc-mianyang-beidou-2023': check_mianyang,
    'hb-yichang-wxdbeidou-2020': check_yichang,
    'sd-zibo-beidou-2025': check_zibo,
}


def run(pid, text, name):
    v = V(name, text)
    PROJECTS[pid](v)
    return v.fail


def edit_span(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
    if len(labels) != 35:
        problems.append('labels.jsonl has %d lines' % len(labels))
    counts = {}
    for lab in labels:
        pid = lab['source']
        path = os.path.join(CASES, lab['case'])
        text = open(path, encoding='utf-8').read()
        try:
            fail = run(pid, text, lab['case'])
        except Exception as e:  # a pattern no longer matches
            problems.append('%s: parse error %s' % (lab['case'], e))
            continue
        errs = {c for c in fail if c not in WARN}
        if lab['clean']:
            if fail:
                problems.append('%s: clean draft breaks %s' % (lab['case'], fail))
            if lab['expected']:
                problems.append('%s: clean case with labels' % lab['case'])
            n = len(text)
            if not 2500 <= n <= 6000:
                problems.append('%s: length %d' % (lab['case'], n))
            continue
        exp = lab['expected']
        if len(exp) != 1:
            problems.append('%s: %d labels' % (lab['case'], len(exp)))
            continue
        code = exp[0]['code']
        counts[code] = counts.get(code, 0) + 1
        if errs != {code}:
            problems.append('%s: expected {%s}, got %s' % (lab['case'], code, {c: fail[c] for c in fail}))
        clean = open(os.path.join(CASES, pid + '-clean.txt'), encoding='utf-8').read()
        s, e_old, e_new = edit_span(clean, text)
        if max(e_old - s, e_new - s) > 40 or e_new < s:
            problems.append('%s: edit spans %d/%d chars' % (lab['case'], e_old - s, e_new - s))
        val = exp[0]['value']
        if text.count(val) != 1:
            problems.append('%s: value occurs %d times' % (lab['case'], text.count(val)))
        else:
            p = text.index(val)
            if not (p < max(e_new, s + 1) and p + len(val) > s):
                problems.append('%s: value does not cover the edit' % lab['case'])
        if exp[0]['severity'] != 'error':
            problems.append('%s: severity' % lab['case'])
    for c in ALL_A:
        if counts.get(c, 0) < 2:
            problems.append('code %s used %d times' % (c, counts.get(c, 0)))
    if sum(counts.values()) != 30:
        problems.append('%d errors in all' % sum(counts.values()))
    if problems:
        print('\n'.join(problems))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    if len(sys.argv) > 1:   # debug: python3 verify.py <case file>
        f = sys.argv[1]
        pid = re.sub(r'-(clean|e\d)\.txt$', '', os.path.basename(f))
        print(json.dumps(run(pid, open(f, encoding='utf-8').read(), f), ensure_ascii=False, indent=1))
    else:
        main()
