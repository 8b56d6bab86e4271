#!/usr/bin/env python3
"""Re-read the figures of every drafts568 case from its text and redo the arithmetic (stdlib + decimal only).

Clean drafts must break no identity; each error case must break exactly its labelled one (a score above its
weight necessarily also breaks the scoring rule of that row: that is not counted as a second identity).
Also checks the edit itself: one contiguous change of at most 40 characters, and a `value` that occurs once in
the error case and covers the change. Prints OK when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
N = r'(\d[\d,]*(?:\.\d+)?)'
WAN = D(10000)

SECTION_A = ['rate_mismatch', 'balance_mismatch', 'sum_mismatch', 'score_sum_mismatch', 'weight_sum_mismatch',
             'score_exceeds_weight', 'grade_mismatch', 'average_mismatch', 'conflicting_values', 'implausible_rate',
             'unit_mismatch', 'year_mismatch', 'completion_mismatch']


class ParseError(Exception):
    pass


def dec(s):
    return D(s.replace(',', ''))


def ndp(s):
    s = s.replace(',', '').rstrip('%')
    return len(s.split('.')[1]) if '.' in s else 0


def tol(s):
    return D('0.5') * D(10) ** -ndp(s) + D('1e-9')


def close(s, c):
    return abs(D(c) - dec(s.rstrip('%'))) <= tol(s)


def r2(x):
    return D(x).quantize(D('0.01'), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = D(total)
    return '优' if t >= 90 else '良' if t >= 80 else '中' if t >= 60 else '差'


GRADE_NORM = {'优': '优', '优秀': '优', '良': '良', '良好': '良', '中': '中', '中等': '中', '一般': '中',
              '合格': '中', '差': '差', '较差': '差', '不合格': '差'}


class Check:
    def __init__(self, text):
        self.text = text
        self.fails = []

    # --- reading -------------------------------------------------------------------------------------------
    def one(self, pat):
        m = re.findall(pat, self.text)
        if len(m) != 1:
            raise ParseError(f'pattern {pat!r} matched {len(m)} times')
        return m[0]

    def all(self, pat):
        m = re.findall(pat, self.text)
        if not m:
            raise ParseError(f'pattern {pat!r} matched nothing')
        return m

    # --- comparing -----------------------------------------------------------------------------------------
    def flag(self, code, msg):
        self.fails.append((code, msg))

    def eq(self, code, stated, computed, msg):
        if not close(stated, computed):
            self.flag(code, f'{msg}: stated {stated}, computed {r2(computed)}')

    def approx(self, code, stated, lo, hi, msg):
        """stated is an approximation (约…): its own half-unit interval must meet [lo, hi]."""
        v, t = dec(stated), tol(stated)
        if v + t < min(lo, hi) or v - t > max(lo, hi):
            self.flag(code, f'{msg}: stated 约{stated}, range {r2(lo)}–{r2(hi)}')

    def money(self, stated_wan, yuan, msg):
        """A 万元 figure of the text against the same amount in 元 in a table. Returns the value in 万元 to use
        downstream: rescaled when the figure is the 元 amount written with the unit 万元 (unit_mismatch)."""
        if close(stated_wan, D(yuan) / WAN):
            return dec(stated_wan)
        if dec(stated_wan) == D(yuan):
            self.flag('unit_mismatch', f'{msg}: {stated_wan}万元 is the 元 amount {yuan}')
            return dec(stated_wan) / WAN
        self.flag('conflicting_values', f'{msg}: text {stated_wan}万元, table {yuan}元')
        return dec(stated_wan)

    def rate(self, stated, num, den, msg, code='rate_mismatch'):
        if D(den) == 0:
            if stated not in ('—', '-', '0', '0%', '0.00%'):
                self.flag('implausible_rate', f'{msg}: rate {stated} on a zero base')
            return
        if stated in ('—', '-'):
            self.flag(code, f'{msg}: rate missing on a non-zero base')
            return
        self.eq(code, stated, D(num) / D(den) * 100, msg)
        if dec(stated.rstrip('%')) > 100:
            self.flag('implausible_rate', f'{msg}: rate {stated} above 100%')


# ------------------------------------------------------------------------------------------------- tables
def tables(text):
    out, cur = [], []
    for line in text.split('\n'):
        cells = None
        if '｜' in line:
            cells = line.split('｜')
        elif '\t' in line:
            cells = line.split('\t')
        if cells is not None and len(cells) >= 3:
            cur.append([c.strip() for c in cells])
        else:
            if cur:
                out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def find(tabs, *kw):
    """(table, index of header row) for the one table holding a row with every keyword as a cell."""
    hits = []
    for t in tabs:
        for i, row in enumerate(t):
            if all(k in row for k in kw):
                hits.append((t, i))
    if len(hits) != 1:
        raise ParseError(f'table with {kw} found {len(hits)} times')
    return hits[0]


def body(t, i):
    """rows after header i up to and including the 合计 row."""
    rows = []
    for row in t[i + 1:]:
        rows.append(row)
        if row[0] == '合计':
            return rows
    raise ParseError('table without 合计 row')


def col_sums(ck, rows, idxs, label):
    tot = rows[-1]
    for j in idxs:
        ck.eq('sum_mismatch', tot[j], sum(dec(r[j]) for r in rows[:-1]), f'{label} 合计 column {j}')


def quarter_table(ck, tabs, label):
    t, i = find(tabs, '第一季度', '季度平均')
    rows = body(t, i)
    plants = {}
    for row in rows:
        q = [dec(x) for x in row[1:5]]
        ck.eq('sum_mismatch', row[5], sum(q), f'{label} {row[0]} 四季度之和')
        ck.eq('average_mismatch', row[6], dec(row[5]) / 4, f'{label} {row[0]} 季度平均')
        if row[0] != '合计':
            plants[row[0]] = dec(row[5])
    col_sums(ck, rows, [1, 2, 3, 4, 5], f'{label} quarterly table')
    tot = rows[-1]
    return plants, [dec(x) for x in tot[1:5]], dec(tot[5])


def subsidy_table(ck, tabs, plants, label):
    t, i = find(tabs, t_header(tabs)[0])
    rows = body(t, i)
    amts = {}
    for row in rows[:-1]:
        ck.eq('sum_mismatch', row[3], dec(row[1]) * dec(row[2]), f'{label} {row[0]} 吨位×标准')
        ck.eq('conflicting_values', row[1], plants[row[0]], f'{label} {row[0]} 处置量 vs quarterly table')
        amts[row[0]] = dec(row[3])
    col_sums(ck, rows, [1, 3], f'{label} settlement table')
    return amts, dec(rows[-1][3]), dec(rows[-1][1])


def t_header(tabs):
    for t in tabs:
        for row in t:
            for c in row:
                if c.startswith('补贴标准'):
                    return [c]
    raise ParseError('no settlement table')


# ----------------------------------------------------------------------------------------- indicator table
VAL = re.compile(r'(\d[\d,]*(?:\.\d+)?)(?:[—～~-](\d[\d,]*(?:\.\d+)?))?(.*)')


def parse_val(s):
    s = s.strip()
    d = 'eq'
    if s[:1] in '≥＞>':
        d, s = 'gte', s[1:]
    elif s[:1] in '≤＜<':
        d, s = 'lte', s[1:]
    elif s[:1] in '=＝':
        s = s[1:]
    m = VAL.fullmatch(s)
    if not m:
        return None
    lo = dec(m.group(1))
    hi = dec(m.group(2)) if m.group(2) else lo
    return {'dir': d, 'lo': lo, 'hi': hi, 'unit': m.group(3).strip(), 'str': m.group(1)}


def indicator_table(ck, tabs, extra_w=D(0), extra_s=D(0)):
    t, i = find(tabs, '三级指标', '分值', '得分')
    hdr = t[i]
    iT, iA, iW, iS = hdr.index('年度指标值'), hdr.index('实际完成值'), hdr.index('分值'), hdr.index('得分')
    iC = hdr.index('完成率') if '完成率' in hdr else None
    rows = body(t, i)
    W, S = extra_w, extra_s
    info = {}
    for row in rows[:-1]:
        name, w, s = row[2], dec(row[iW]), dec(row[iS])
        W += w
        S += s
        exceeded = s > w or s < 0
        if exceeded:
            ck.flag('score_exceeds_weight', f'{name}: score {row[iS]} against weight {row[iW]}')
        T, A = parse_val(row[iT]), parse_val(row[iA])
        info[name] = A
        cstated = row[iC] if iC is not None else None
        if T is None:  # qualitative
            lo, hi = (D('0.6') * w, D('0.8') * w) if '部分' in row[iA] else (D('0.8') * w, w)
            ok = lo <= s < hi if '部分' in row[iA] else lo <= s <= hi
            if not exceeded and not ok:
                ck.flag('score_rule', f'{name}: qualitative score {s} outside band')
            if cstated not in (None, '—'):
                ck.flag('completion_mismatch', f'{name}: completion on a qualitative row')
            continue
        if A is None or A['unit'] != T['unit']:
            ck.flag('unit_mismatch', f'{name}: target {row[iT]} vs actual {row[iA]}')
            info[name] = None
            continue
        if A['unit'] == '%' and A['hi'] > 100:
            ck.flag('implausible_rate', f'{name}: actual {row[iA]} above 100%')
        tv = T['lo']
        if T['dir'] == 'lte':
            a = A['hi']
            c = D(100) if a <= tv else tv / a * 100
        elif tv == 0:
            a = A['hi']
            c = None
        else:
            a = A['lo']
            c = a / tv * 100
        if c is None:
            exp = w if a <= 0 else D(0)
            if cstated not in (None, '—', '100%'):
                ck.flag('completion_mismatch', f'{name}: completion {cstated} on a zero target')
        else:
            exp = w * min(c / 100, D(1))
            if cstated is not None:
                if cstated == '—':
                    ck.flag('completion_mismatch', f'{name}: completion missing')
                else:
                    ck.eq('completion_mismatch', cstated, c, f'{name} 完成率')
        if not exceeded:
            ok = close(row[iS], exp)
            if not ok and cstated not in (None, '—'):
                ok = close(row[iS], w * min(dec(cstated.rstrip('%')) / 100, D(1)))
            if not ok:
                ck.flag('score_rule', f'{name}: score {row[iS]}, rule gives {r2(exp)}')
    tot = rows[-1]
    ck.eq('weight_sum_mismatch', tot[iW], W, '分值合计 vs rows')
    if W != 100:
        ck.flag('weight_sum_mismatch', f'weights sum to {W}, not 100')
    ck.eq('score_sum_mismatch', tot[iS], S, '得分合计 vs rows')
    return info, S


def total_and_grade(ck, S, pat):
    total, grade = ck.one(pat)
    ck.eq('score_sum_mismatch', total, S, 'total in text vs row scores')
    if GRADE_NORM[grade] != grade_of(dec(total)):
        ck.flag('grade_mismatch', f'grade {grade} for total {total}')


def actual_eq(ck, info, name, value, msg, code='conflicting_values'):
    A = info.get(name)
    if A is None:  # unit already reported for this row
        return
    ck.eq(code, A['str'], value, msg)


def years(ck, Y):
    title = '\n'.join(ck.text.split('\n')[:3])
    ty = re.findall(r'(\d{4})年度', title)
    if not ty or int(ty[0]) != Y:
        raise ParseError('title year')
    for y in re.findall(r'截至(\d{4})年12月31日', ck.text):
        if int(y) != Y:
            ck.flag('year_mismatch', f'截至{y}年12月31日 in a {Y} report')
    for y in re.findall(r'结转至(\d{4})年', ck.text):
        if int(y) <= Y:
            ck.flag('year_mismatch', f'结转至{y}年 in a {Y} report')
    for y in re.findall(r'(\d{4})年(?:项目|该项目|部门)年初预算', ck.text):
        if int(y) != Y:
            ck.flag('year_mismatch', f'{y}年年初预算 in a {Y} report')


def funds_rows(ck, tabs, kw, cols, label):
    """generic funds table: cols maps name -> index; checks row rates/balances and column sums."""
    t, i = find(tabs, *kw)
    rows = body(t, i)
    out = {}
    for row in rows:
        out[row[0]] = row
    return rows, out


# -------------------------------------------------------------------------------------------------- P1
def check_p1(text):
    ck = Check(text)
    years(ck, 2018)
    tabs = tables(text)
    A0 = ck.one(r'年初预算' + N + r'万元（宝财预')
    add = ck.one(r'追加处置补贴' + N + r'万元')
    cut = ck.one(r'下浮调减' + N + r'万元')
    A = ck.one(r'调整后全年预算' + N + r'万元')
    ck.eq('sum_mismatch', A, dec(A0) + dec(add) - dec(cut), '年初+追加-调减')
    s1 = ck.one(r'其中市级财政资金' + N + r'万元')
    s2 = ck.one(r'省级生态环境保护专项资金' + N + r'万元。')
    ck.eq('sum_mismatch', A, dec(s1) + dec(s2), '资金来源之和')
    R, Rr = ck.one(r'全年预算资金' + N + r'万元已全部到位，资金到位率' + N + '%')
    ck.eq('conflicting_values', R, dec(A), '全部到位 restates 全年预算')
    ck.rate(Rr + '%', dec(R), dec(A), '到位率')
    E, Er, B = ck.one(r'项目全年执行' + N + r'万元，执行率' + N + r'%，结余' + N + '万元')
    # funds table 元
    rows, by = funds_rows(ck, tabs, ('调整数', '结余'), None, 'P1 funds')
    for row in rows:
        ck.eq('sum_mismatch', row[3], dec(row[1]) + dec(row[2]), f'{row[0]} 年初+调整')
        ck.rate(row[5], dec(row[4]), dec(row[3]), f'{row[0]} 执行率')
        ck.eq('balance_mismatch', row[6], dec(row[3]) - dec(row[4]), f'{row[0]} 结余')
    col_sums(ck, rows, [1, 2, 3, 4, 6], 'P1 funds')
    tot = by['合计']
    ck.money(A0, dec(tot[1]), '年初预算')
    ck.money(A, dec(tot[3]), '全年预算')
    ck.eq('sum_mismatch', tot[2], (dec(add) - dec(cut)) * WAN, '调整数合计 vs 追加-调减')
    ck.money(E, dec(tot[4]), '执行数')
    ck.rate(Er + '%', dec(tot[4]), dec(tot[3]), '执行率 (text)')
    ck.eq('balance_mismatch', B, (dec(R) * WAN - dec(tot[4])) / WAN, '结余 (text)')
    # quarterly + settlement
    plants, cols, g = quarter_table(ck, tabs, 'P1')
    amts, sub, gq = subsidy_table(ck, tabs, plants, 'P1')
    ck.eq('conflicting_values', str(gq), g, 'settlement 合计 吨位')
    tg, ta = ck.one(r'共处置餐厨垃圾' + N + r'吨，季度平均' + N + '吨')
    ck.eq('conflicting_values', tg, g, 'text total tonnage')
    ck.eq('average_mismatch', ta, dec(tg) / 4, 'text quarterly average')
    ck.approx('rate_mismatch', ck.one(r'比2017年增长约' + N + '%'), (g / D('24150') - 1) * 100,
              (g / D('24050') - 1) * 100, 'growth on 约2.41万吨')
    ck.eq('conflicting_values', ck.one(r'全年最高的' + N + '吨'), cols[2], 'Q3 peak')
    ck.eq('conflicting_values', ck.one(r'最低，为' + N + '吨'), cols[0], 'Q1 low')
    ts, price = ck.one(r'处置补贴合计' + N + r'万元，折合综合补贴单价' + N + '元/吨')
    ck.money(ts, sub, 'subsidy total')
    ck.eq('average_mismatch', price, sub / g, '综合补贴单价')
    ck.money(ck.one(r'第三方监管服务费' + N + '万元'), dec(by['计量称重及第三方监管'][4]), '监管费')
    n, short = ck.one(r'餐饮服务单位' + N + r'家，较年初目标少' + N + '家')
    ck.eq('sum_mismatch', short, 1200 - dec(n), '少…家')
    ck.eq('completion_mismatch', ck.one(r'完成目标的' + N + '%'), dec(n) / 1200 * 100, 'text completion')
    pr = ck.one(r'全年达标排放率' + N + '%')
    # self-evaluation table: funds block
    fb = [row for t in tabs for row in t if row[0] in ('年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金')]
    fb = {row[0]: row for row in fb if len(row) == 7}
    fz = fb['年度资金总额']
    for j, k in ((1, 1), (2, 3), (3, 4)):
        ck.eq('conflicting_values', fz[j], dec(tot[k]), f'自评表 funds column {j} vs funds table')
        ck.eq('sum_mismatch', fz[j], sum(dec(fb[k2][j]) for k2 in ('其中：当年财政拨款', '上年结转资金', '其他资金')),
              f'自评表 funds column {j} components')
    ck.rate(fz[5], dec(fz[3]), dec(fz[2]), '自评表 执行率')
    if not (close(fz[6], D(fz[4]) * dec(fz[3]) / dec(fz[2])) or close(fz[6], D(fz[4]) * dec(fz[5].rstrip('%')) / 100)):
        ck.flag('score_rule', 'execution score')
    info, S = indicator_table(ck, tabs, dec(fz[4]), dec(fz[6]))
    actual_eq(ck, info, '餐厨垃圾无害化处置量', g, '自评表 处置量')
    actual_eq(ck, info, '纳入收运的餐饮服务单位', dec(n), '自评表 餐饮单位')
    actual_eq(ck, info, '综合补贴单价', sub / g, '自评表 综合单价', 'average_mismatch')
    actual_eq(ck, info, '沼液预处理后达标排放率', dec(pr), '自评表 达标排放率')
    total_and_grade(ck, S, r'综合得分' + N + r'分，评价等级为“(.)”')
    return ck.fails


# -------------------------------------------------------------------------------------------------- P2
def check_p2(text):
    ck = Check(text)
    years(ck, 2020)
    tabs = tables(text)
    A0 = ck.one(r'年初预算' + N + r'万元（宜财预')
    cut = ck.one(r'调减' + N + r'万元')
    carry = ck.one(r'加上年结转资金' + N + r'万元')
    A = ck.one(r'全年预算' + N + r'万元。')
    ck.eq('sum_mismatch', A, dec(A0) - dec(cut) + dec(carry), '年初-调减+结转')
    R, Rr = ck.one(r'实际到位资金' + N + r'万元，到位率' + N + '%')
    nr = ck.one(r'未到位的' + N + r'万元')
    E, Er, B = ck.one(r'全年执行' + N + r'万元，执行率' + N + r'%，结余' + N + '万元')
    rows, by = funds_rows(ck, tabs, ('资金来源', '调整数'), None, 'P2 funds')
    for row in rows:
        ck.eq('sum_mismatch', row[3], dec(row[1]) + dec(row[2]), f'{row[0]} 年初+调整')
        ck.rate(row[6], dec(row[5]), dec(row[3]), f'{row[0]} 执行率')
        if dec(row[5]) > dec(row[4]):
            ck.flag('implausible_rate', f'{row[0]} spent above received')
    col_sums(ck, rows, [1, 2, 3, 4, 5], 'P2 funds')
    tot = by['合计']
    ck.money(A0, dec(tot[1]), '年初预算')
    ck.money(A, dec(tot[3]), '全年预算')
    ck.money(R, dec(tot[4]), '到位')
    ck.money(E, dec(tot[5]), '执行')
    ck.eq('sum_mismatch', tot[2], (dec(carry) - dec(cut)) * WAN, '调整数合计')
    ck.money(carry, dec(by['上年结转资金'][3]), '上年结转')
    ck.rate(Rr + '%', dec(tot[4]), dec(tot[3]), '到位率')
    ck.eq('sum_mismatch', nr, (dec(tot[3]) - dec(tot[4])) / WAN, '未到位')
    ck.rate(Er + '%', dec(tot[5]), dec(tot[3]), '执行率 (text)')
    ck.eq('balance_mismatch', B, (dec(tot[4]) - dec(tot[5])) / WAN, '结余 (text)')
    plants, cols, g = quarter_table(ck, tabs, 'P2')
    amts, sub, gq = subsidy_table(ck, tabs, plants, 'P2')
    ck.eq('conflicting_values', str(gq), g, 'settlement 合计 吨位')
    X, Y = ck.one(r'执行数中，污泥处置补贴' + N + r'万元，污泥转运联单监管及泥质检测费' + N + '万元')
    x = ck.money(X, sub, '处置补贴 (text)')
    ck.eq('sum_mismatch', E, x + dec(Y), '补贴+监管费 = 执行')
    tg, last, inc = ck.one(r'全年共接收处置污泥' + N + r'吨，比2019年的' + N + r'吨增加' + N + '吨')
    ck.eq('conflicting_values', tg, g, 'text total tonnage')
    ck.eq('sum_mismatch', tg, dec(last) + dec(inc), '2019年+增加')
    ck.eq('conflicting_values', ck.one(r'仅' + N + '吨'), cols[0], 'Q1 text')
    ck.eq('average_mismatch', ck.one(r'季度平均处置量' + N + '吨'), g / 4, 'text quarterly average')
    qs = ck.one(r'季度平均补贴约' + N + '万元')
    ck.approx('average_mismatch', qs, sub / 4 / WAN, sub / 4 / WAN, 'quarterly subsidy')
    info, S = indicator_table(ck, tabs)
    actual_eq(ck, info, '污泥无害化处置量', g, '自评表 处置量')
    actual_eq(ck, info, '预算执行率', dec(tot[5]) / dec(tot[3]) * 100, '自评表 执行率', 'rate_mismatch')
    actual_eq(ck, info, '处置产物含水率', dec(ck.one(r'含水率全年平均' + N + '%')), '含水率 text')
    for v in ck.all(r'联单执行率' + N + '%，'):
        actual_eq(ck, info, '污泥转运联单执行率', dec(v), '联单执行率 text')
    total_and_grade(ck, S, r'绩效自评得分' + N + r'分，等级为(优|良|中|差)')
    return ck.fails


# -------------------------------------------------------------------------------------------------- P3
def check_p3(text):
    ck = Check(text)
    years(ck, 2022)
    tabs = tables(text)
    A0, add, cut, A = ck.one(r'年初预算' + N + r'万元，年中追加' + N + r'万元（[^）]*），调减' + N + r'万元（[^）]*），全年预算' + N + '万元')
    ck.eq('sum_mismatch', A, dec(A0) + dec(add) - dec(cut), '年初+追加-调减')
    s1, s2, s3 = ck.one(r'一般公共预算拨款' + N + r'万元，政府性基金预算拨款' + N + r'万元，上年结转资金' + N + '万元')
    ck.eq('sum_mismatch', A, dec(s1) + dec(s2) + dec(s3), '资金来源之和')
    ck.one(r'全年预算资金已全部到位，到位率(100)%')
    E, Er, B = ck.one(r'部门全年支出' + N + r'万元，预算执行率' + N + r'%，结余' + N + '万元')
    E1, E2 = ck.one(r'其中基本支出' + N + r'万元，项目支出' + N + '万元')
    cz = ck.one(r'餐厨垃圾处置补贴' + N + r'万元按规定结转至')
    rows, by = funds_rows(ck, tabs, ('项目', '年初预算', '全年预算', '执行数', '执行率'), None, 'P3 funds')
    for row in rows:
        ck.rate(row[4], dec(row[3]), dec(row[2]), f'{row[0]} 执行率')
    col_sums(ck, rows, [1, 2, 3], 'P3 funds')
    tot = by['合计']
    ck.money(A0, dec(tot[1]), '年初预算')
    ck.money(A, dec(tot[2]), '全年预算')
    ck.eq('sum_mismatch', str(dec(tot[2]) - dec(tot[1])), (dec(add) - dec(cut)) * WAN, '追加-调减 vs table')
    ck.money(E, dec(tot[3]), '全年支出')
    ck.rate(Er + '%', dec(tot[3]), dec(tot[2]), '执行率 (text)')
    ck.eq('balance_mismatch', B, (dec(tot[2]) - dec(tot[3])) / WAN, '结余 (text, 到位=预算)')
    ck.eq('sum_mismatch', E, dec(E1) + dec(E2), '基本+项目')
    ck.money(E1, dec(by['人员经费'][3]) + dec(by['公用经费'][3]), '基本支出')
    cc = by['餐厨垃圾收运处置补贴']
    ck.eq('balance_mismatch', cz, (dec(cc[2]) - dec(cc[3])) / WAN, '餐厨 结转')
    plants, cols, g = quarter_table(ck, tabs, 'P3')
    amts, sub, gq = subsidy_table(ck, tabs, plants, 'P3')
    ck.eq('conflicting_values', str(gq), g, 'settlement 合计 吨位')
    ck.eq('conflicting_values', str(sub), dec(cc[3]), 'settlement total vs funds row')
    ck.eq('conflicting_values', ck.one(r'全年处置餐厨垃圾' + N + '吨，日均约'), g, 'text tonnage')
    ck.money(ck.one(r'全年核拨处置补贴' + N + '万元'), sub, 'text subsidy')
    p = ck.one(r'综合单价约' + N + '元/吨')
    ck.approx('average_mismatch', p, sub / g, sub / g, '综合单价')
    last, gr = ck.one(r'2021年全年处置量为' + N + r'吨，同比增长' + N + '%')
    ck.eq('rate_mismatch', gr, (g / dec(last) - 1) * 100, '同比增长')
    std = ck.one(r'补贴标准' + N + r'元/吨。四个季度')
    q1, q2, q3, q4, st, sa, samt = ck.one(r'四个季度分别处置污泥' + N + r'吨、' + N + r'吨、' + N + r'吨、' + N +
                                          r'吨，全年合计' + N + r'吨，季度平均' + N + r'吨，核拨补贴' + N + '元')
    ck.eq('sum_mismatch', st, sum(dec(x) for x in (q1, q2, q3, q4)), 'sludge quarters')
    ck.eq('average_mismatch', sa, dec(st) / 4, 'sludge quarterly average')
    ck.eq('sum_mismatch', samt, dec(st) * dec(std), 'sludge 吨位×标准')
    jc, pt = ck.one(r'转运监管费' + N + r'万元，项目合计支出' + N + '万元')
    ck.eq('sum_mismatch', pt, dec(samt) / WAN + dec(jc), 'sludge item total')
    wn = by['城市污水处理厂污泥处置补贴']
    ck.money(pt, dec(wn[3]), 'sludge item vs funds table')
    ck.rate(ck.one(r'执行率仍只有' + N + '%') + '%', dec(wn[3]), dec(wn[2]), 'sludge rate (text)')
    info, S = indicator_table(ck, tabs)
    actual_eq(ck, info, '预算执行率', dec(tot[3]) / dec(tot[2]) * 100, '自评表 执行率', 'rate_mismatch')
    actual_eq(ck, info, '餐厨垃圾收运处置量', g, '自评表 餐厨')
    actual_eq(ck, info, '城市污泥无害化处置量', dec(st), '自评表 污泥')
    actual_eq(ck, info, '餐厨垃圾资源化利用率', dec(ck.one(r'资源化利用率' + N + '%，未达到')), '资源化利用率 text')
    total_and_grade(ck, S, r'本部门自评得分' + N + r'分，等级为“(.)”')
    return ck.fails


# -------------------------------------------------------------------------------------------------- P4
def check_p4(text):
    ck = Check(text)
    years(ck, 2023)
    tabs = tables(text)
    A0 = ck.one(r'年初预算' + N + r'万元（曲财建')
    add = ck.one(r'追加' + N + r'万元')
    cut = ck.one(r'调减' + N + r'万元')
    A = ck.one(r'全年预算' + N + r'万元。')
    ck.eq('sum_mismatch', A, dec(A0) + dec(add) - dec(cut), '年初+追加-调减')
    R, Rr = ck.one(r'全年预算资金' + N + r'万元全部到位，到位率' + N + '%')
    ck.eq('conflicting_values', R, dec(A), '全部到位')
    E, Er, B = ck.one(r'全年执行' + N + r'万元，执行率' + N + r'%；结余' + N + '万元')
    X, Y = ck.one(r'执行数中，污泥处置补贴' + N + r'万元，泥质检测及运输监管费' + N + '万元')
    rows, by = funds_rows(ck, tabs, ('资金来源', '实际到位'), None, 'P4 funds')
    for row in rows:
        ck.rate(row[5], dec(row[4]), dec(row[2]), f'{row[0]} 执行率')
        if dec(row[4]) > dec(row[3]):
            ck.flag('implausible_rate', f'{row[0]} spent above received')
    col_sums(ck, rows, [1, 2, 3, 4], 'P4 funds')
    tot = by['合计']
    ck.money(A0, dec(tot[1]), '年初预算')
    ck.money(A, dec(tot[2]), '全年预算')
    ck.money(R, dec(tot[3]), '到位')
    ck.money(E, dec(tot[4]), '执行')
    ck.money(add, dec(by['省级补助资金'][2]), '省级追加')
    ck.eq('sum_mismatch', by['市级财政资金'][2], (dec(A0) - dec(cut)) * WAN, '市级 年初-调减')
    ck.rate(Rr + '%', dec(tot[3]), dec(tot[2]), '到位率')
    ck.rate(Er + '%', dec(tot[4]), dec(tot[2]), '执行率 (text)')
    ck.eq('balance_mismatch', B, (dec(tot[3]) - dec(tot[4])) / WAN, '结余 (text)')
    plants, cols, g = quarter_table(ck, tabs, 'P4')
    amts, sub, gq = subsidy_table(ck, tabs, plants, 'P4')
    ck.eq('conflicting_values', str(gq), g, 'settlement 合计 吨位')
    x = ck.money(X, sub, '处置补贴 (text)')
    ck.eq('sum_mismatch', E, x + dec(Y), '补贴+监管费 = 执行')
    target = ck.one(r'计划处置中心城区污泥' + N + '吨以上')
    tg, tp = ck.one(r'全年处置污泥' + N + r'吨，完成年度目标的' + N + '%')
    ck.eq('conflicting_values', tg, g, 'text tonnage')
    ck.eq('completion_mismatch', tp, dec(tg) / dec(target) * 100, 'text completion')
    p1, p2, p3 = ck.one(r'其中，第一污水处理厂补贴' + N + r'万元，第二污水处理厂补贴' + N + r'万元，西城污水处理厂补贴' + N + '万元')
    v = [ck.money(p1, amts['第一污水处理厂'], '第一厂补贴 text'),
         ck.money(p2, amts['第二污水处理厂'], '第二厂补贴 text'),
         ck.money(p3, amts['西城污水处理厂'], '西城厂补贴 text')]
    ck.eq('sum_mismatch', X, sum(v), '三厂补贴之和')
    info, S = indicator_table(ck, tabs)
    actual_eq(ck, info, '预算执行率', dec(tot[4]) / dec(tot[2]) * 100, '自评表 执行率', 'rate_mismatch')
    actual_eq(ck, info, '污泥处置量', g, '自评表 处置量')
    actual_eq(ck, info, '发酵产物含水率', dec(ck.one(r'含水率全年平均' + N + '%')), '含水率 text')
    actual_eq(ck, info, '转运联单完整率', dec(ck.one(r'联单完整率' + N + '%。')), '联单完整率 text')
    actual_eq(ck, info, '发酵产物资源化利用率', dec(ck.one(r'比例为' + N + '%')), '资源化 text')
    actual_eq(ck, info, '发酵产物资源化利用率', dec(ck.one(r'资源化利用率只有' + N + '%')), '资源化 text 2')
    total_and_grade(ck, S, r'本项目自评得分' + N + r'分，评价等级为“(.)”')
    return ck.fails


# -------------------------------------------------------------------------------------------------- P5
def check_p5(text):
    ck = Check(text)
    years(ck, 2025)
    tabs = tables(text)
    A0, adv, advy = ck.one(r'年初预算' + N + r'万元（常财预〔2025〕3号），其中' + N + r'万元已于(\d{4})年12月提前下达')
    if dec(adv) > dec(A0):
        ck.flag('sum_mismatch', 'advance above 年初预算')
    if int(advy) != 2024:
        ck.flag('year_mismatch', f'advance issued in {advy}')
    add = ck.one(r'追加' + N + r'万元')
    cut = ck.one(r'调减' + N + r'万元')
    A = ck.one(r'调整后全年预算' + N + r'万元')
    ck.eq('sum_mismatch', A, dec(A0) + dec(add) - dec(cut), '年初+追加-调减')
    R, Rr, nr = ck.one(r'全年到位资金' + N + r'万元，到位率' + N + r'%，未到位' + N + '万元')
    ck.rate(Rr + '%', dec(R), dec(A), '到位率')
    ck.eq('sum_mismatch', nr, dec(A) - dec(R), '未到位')
    E, Er, B = ck.one(r'全年支出' + N + r'万元，预算执行率' + N + r'%，到位资金结余' + N + '万元')
    rows, by = funds_rows(ck, tabs, ('未执行数',), None, 'P5 funds')
    for row in rows:
        ck.rate(row[3], dec(row[2]), dec(row[1]), f'{row[0]} 执行率')
        ck.eq('balance_mismatch', row[4], dec(row[1]) - dec(row[2]), f'{row[0]} 未执行数')
    col_sums(ck, rows, [1, 2, 4], 'P5 funds')
    tot = by['合计']
    ck.money(A, dec(tot[1]), '全年预算')
    ck.money(E, dec(tot[2]), '全年支出')
    ck.rate(Er + '%', dec(tot[2]), dec(tot[1]), '执行率 (text)')
    ck.eq('balance_mismatch', B, dec(R) - dec(tot[2]) / WAN, '结余 (text)')
    pl = by['收运监管平台运维']
    ck.rate(ck.one(r'监管平台运维执行率仅' + N + '%') + '%', dec(pl[2]), dec(pl[1]), '平台执行率 text')
    plants, cols, g = quarter_table(ck, tabs, 'P5')
    amts, sub, gq = subsidy_table(ck, tabs, plants, 'P5')
    ck.eq('conflicting_values', str(gq), g, 'settlement 合计 吨位')
    for name, item in (('市餐厨废弃物综合处置中心', '综合处置中心处置补贴'), ('武进区餐厨垃圾处理厂', '武进区处理厂处置补贴'),
                       ('金坛区餐厨垃圾处理站', '金坛区处理站处置补贴')):
        ck.eq('conflicting_values', str(amts[name]), dec(by[item][2]), f'{name} settlement vs funds table')
    tg, ta = ck.one(r'全年收运处置餐厨废弃物' + N + r'吨（约' + N + '万吨）')
    ck.eq('conflicting_values', tg, g, 'text tonnage')
    ck.approx('conflicting_values', ta, g / WAN, g / WAN, '约…万吨')
    last, inc = ck.one(r'2024年全年处置量为' + N + r'吨，同比增加' + N + '吨')
    ck.eq('sum_mismatch', tg, dec(last) + dec(inc), '2024年+增加')
    ts, price = ck.one(r'全年结算处置补贴' + N + r'万元，综合补贴单价' + N + '元/吨')
    ck.money(ts, sub, 'text subsidy')
    ck.eq('average_mismatch', price, sub / g, '综合补贴单价')
    n, short = ck.one(r'餐饮服务单位' + N + r'家，较目标少' + N + '家')
    target = ck.one(r'覆盖餐饮服务单位' + N + '家，沼液')
    ck.eq('sum_mismatch', short, dec(target) - dec(n), '少…家')
    ck.eq('completion_mismatch', ck.one(r'完成目标的' + N + '%'), dec(n) / dec(target) * 100, 'text completion')
    info, S = indicator_table(ck, tabs)
    actual_eq(ck, info, '预算执行率', dec(tot[2]) / dec(tot[1]) * 100, '自评表 执行率', 'rate_mismatch')
    actual_eq(ck, info, '餐厨废弃物收运处置量', g, '自评表 处置量')
    actual_eq(ck, info, '覆盖餐饮服务单位', dec(n), '自评表 餐饮单位')
    actual_eq(ck, info, '综合补贴单价', sub / g, '自评表 综合单价', 'average_mismatch')
    actual_eq(ck, info, '工业级混合油脂产量', dec(ck.one(r'生产工业级混合油脂' + N + '吨')), '油脂 text')
    for v in ck.all(r'达标排放率' + N + '%'):
        actual_eq(ck, info, '沼液预处理出水达标排放率', dec(v), '达标排放率 text')
    total_and_grade(ck, S, r'自评得分' + N + r'分，评价等级为“(.)”')
    return ck.fails


CHECKERS = {'sn-baoji-canchu-2018': check_p1, 'hb-yichang-wuni-2020': check_p2,
            'fj-quanzhou-cgj-bumen-2022': check_p3, 'yn-qujing-wuni-2023': check_p4,
            'js-changzhou-canchu-2025': check_p5}


def edit_span(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
    codes = Counter()
    cleans = {}
    for lab in labels:
        if lab['clean']:
            cleans[lab['source']] = open(os.path.join(CASES, lab['case']), encoding='utf-8').read()
    for lab in labels:
        name = lab['case']
        text = open(os.path.join(CASES, name), encoding='utf-8').read()
        try:
            fails = CHECKERS[lab['source']](text)
        except ParseError as e:
            problems.append(f'{name}: parse error {e}')
            continue
        got = {c for c, _ in fails}
        if 'score_exceeds_weight' in got:
            got.discard('score_rule')
        if lab['clean']:
            if not 2500 <= len(text) <= 6000:
                problems.append(f'{name}: length {len(text)}')
            if got:
                problems.append(f'{name}: clean draft breaks {fails}')
            continue
        exp = lab['expected']
        if len(exp) != 1:
            problems.append(f'{name}: {len(exp)} expected findings')
            continue
        code, value = exp[0]['code'], exp[0]['value']
        codes[code] += 1
        if got != {code}:
            problems.append(f'{name}: labelled {code}, verify finds {sorted(got)}: {fails}')
        clean = cleans[lab['source']]
        s, e_clean, e_err = edit_span(clean, text)
        if e_clean - s > 40 or e_err - s > 40:
            problems.append(f'{name}: edit spans {e_clean - s}/{e_err - s} characters')
        if text.count(value) != 1:
            problems.append(f'{name}: value occurs {text.count(value)} times')
        else:
            vs = text.index(value)
            if not (vs < max(e_err, s + 1) and s < vs + len(value)):
                problems.append(f'{name}: value does not cover the edit')
            if value in clean:
                problems.append(f'{name}: value also in the clean draft')
    for c in SECTION_A:
        if codes[c] < 2:
            problems.append(f'code {c} used {codes[c]} times')
    if sum(codes.values()) != 30 or len(labels) != 35:
        problems.append(f'{sum(codes.values())} errors, {len(labels)} labels')
    if problems:
        print('\n'.join(problems))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
