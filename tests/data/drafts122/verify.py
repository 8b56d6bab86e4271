#!/usr/bin/env python3
"""Verify set n122.

1. every label value occurs in its case; labels cover every case file; codes as required;
2. every error case differs from its clean draft in one place (one contiguous edit, at most
   two adjacent lines, e.g. two score cells pasted one row off);
3. the arithmetic of every clean draft is redone from the text itself: the pandoc simple
   tables are parsed (display-width columns) and checked (rates, sums, balances, execution
   score, weights, scores, subtotals, completion, units, scoring rule), and project-specific
   statements in the prose are re-computed (sources, 年初+追加, balances, completion,
   per-unit amounts, averages, level scores, grade, years, repeated figures);
4. the same checks are run on every error case, and at least one must fail there.
Prints OK at the end when everything holds.
"""
import difflib
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
REQUIRED = ['rate_mismatch', 'balance_mismatch', 'sum_mismatch', 'score_sum_mismatch',
            'score_exceeds_weight', 'weight_sum_mismatch', 'grade_mismatch', 'average_mismatch',
            'conflicting_values', 'implausible_rate', 'unit_mismatch', 'year_mismatch',
            'completion_mismatch']

D = Decimal


def dec(s):
    return s if isinstance(s, D) else D(str(s).replace(',', ''))


def ndec(s):
    s = s.replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


def r2(x):
    return x.quantize(D('0.01'), rounding=ROUND_HALF_UP)


def close(stated, computed):
    """stated is a string as written; tolerance from its decimals (rules.md §8)."""
    v = dec(stated.rstrip('%'))
    d = ndec(stated.rstrip('%'))
    return abs(computed - v) <= D('0.5') * D(10) ** (-d) + D('1e-9')


class Fail(Exception):
    pass


class Checker:
    def __init__(self, text):
        self.text = text
        self.failures = []
        self.n = 0

    def ok(self, cond, msg):
        self.n += 1
        if not cond:
            self.failures.append(msg)

    def one(self, pattern, flags=re.S):
        ms = list(re.finditer(pattern, self.text, flags))
        if len(ms) != 1:
            raise Fail(f'pattern matched {len(ms)} times: {pattern}')
        return ms[0]

    def all(self, pattern):
        return [m.group(1) for m in re.finditer(pattern, self.text)]


# ---------------------------------------------------------------- pandoc simple tables
DASH = re.compile(r'^ *-+( +-+)+ *$')


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in ('W', 'F') else 1 for c in s)


def split_cells(line, spans):
    cells = [''] * len(spans)
    for m in re.finditer(r'\S+', line):
        a = dw(line[:m.start()])
        b = a + dw(m.group())
        best, bov = None, 0
        for i, (s, e) in enumerate(spans):
            ov = min(b, e) - max(a, s)
            if ov > bov:
                best, bov = i, ov
        if best is None:  # token in a gap: nearest column
            best = min(range(len(spans)), key=lambda i: min(abs(a - spans[i][1]), abs(b - spans[i][0])))
        cells[best] += m.group()
    return cells


def parse_tables(text):
    lines = text.split('\n')
    out, i = [], 0
    while i < len(lines):
        if DASH.match(lines[i]):
            dash = lines[i]
            spans = [(m.start(), m.end()) for m in re.finditer(r'-+', dash)]
            h0 = i
            while h0 > 0 and lines[h0 - 1].strip():
                h0 -= 1
            j = i + 1
            while j < len(lines) and lines[j] != dash:
                j += 1
            if j == len(lines):
                raise Fail(f'table at line {i + 1} has no closing dashed line')
            hcells = [split_cells(l, spans) for l in lines[h0:i]]
            header = [''.join(h[k] for h in hcells) for k in range(len(spans))]
            rows = [split_cells(l, spans) for l in lines[i + 1:j]]
            out.append({'header': header, 'rows': rows, 'line': i + 1})
            i = j + 1
        else:
            i += 1
    return out


NUM = re.compile(r'^-?\d+(?:\.\d+)?%?$')


def isnum(c):
    return bool(NUM.match(c))


def col(header, *keys, exclude=()):
    for k, h in enumerate(header):
        if any(x in h for x in keys) and not any(x in h for x in exclude):
            return k
    return None


def check_exec_table(ck, t, tag):
    h = t['header']
    cb = col(h, '全年预算', '预算资金')
    cs = col(h, '实际支出', '全年执行数')
    cr = col(h, '执行率')
    ci = col(h, '年初预算')
    cu = col(h, '未支出')
    cw = col(h, '分值')
    cg = col(h, '得分')
    rows = t['rows']
    total_idx = [k for k, r in enumerate(rows) if '合计' in r or '年度资金总额' in r[0]]
    ck.ok(len(total_idx) == 1, f'{tag}: one total row')
    for r in rows:
        lab = ''.join(r[:3])
        b, s = r[cb], r[cs]
        if isnum(b) and isnum(s):
            bd, sd = dec(b), dec(s)
            if bd == 0:
                ck.ok(r[cr] in ('—', '', '0', '0.00%'), f'{tag} {lab}: rate on zero budget {r[cr]}')
            else:
                rate = sd / bd * 100
                ck.ok(rate <= 100, f'{tag} {lab}: spending above budget')
                if isnum(r[cr]):
                    ck.ok(close(r[cr], rate), f'{tag} {lab}: rate {r[cr]} vs {r2(rate)}')
                    ck.ok(dec(r[cr].rstrip('%')) <= 100, f'{tag} {lab}: rate above 100%')
                if cu is not None and isnum(r[cu]):
                    ck.ok(dec(r[cu]) == bd - sd, f'{tag} {lab}: 未支出 {r[cu]} vs {bd - sd}')
                if cg is not None and isnum(r[cg]):
                    ck.ok(dec(r[cg]) == r2(dec(r[cw]) * min(rate / 100, D(1))), f'{tag} {lab}: execution score')
        elif isnum(r[cr]):
            ck.ok(False, f'{tag} {lab}: rate {r[cr]} without amounts')
    if len(total_idx) == 1:
        tot = rows[total_idx[0]]
        comps = [r for k, r in enumerate(rows) if k != total_idx[0]]
        for c in [x for x in (ci, cb, cs, cu) if x is not None]:
            if not isnum(tot[c]):
                continue
            vals = [r[c] for r in comps]
            if all(v in ('—', '') for v in vals):
                continue
            ssum = sum((dec(v) for v in vals if isnum(v)), D(0))
            ck.ok(ssum == dec(tot[c]), f'{tag}: column {h[c]} sums to {ssum}, total {tot[c]}')
    return total_idx and rows[total_idx[0]]


def parse_val(s):
    m = re.match(r'^(≥|≤|=)?(\d+(?:\.\d+)?)(.*)$', s)
    if not m:
        return None
    return (m.group(1) or '='), D(m.group(2)), m.group(3)


DATE = re.compile(r'^(\d{4})年(\d{1,2})月(\d{1,2})日')


def check_indicator_table(ck, t, tag, ext_weight, ext_score):
    h = t['header']
    ct, ca = col(h, '年度指标值'), col(h, '实际完成值')
    cc, cw, cg = col(h, '完成率'), col(h, '分值'), col(h, '得分')
    groups, cur, total = [], None, None
    regular = []
    has_exec_row = False
    for r in t['rows']:
        l1, l2 = r[0], r[1]
        if l1 in ('总分', '合计'):
            total = r
            continue
        if l1:
            cur = l1
        if l2 == '小计':
            groups.append((cur, r))
            continue
        if not isnum(r[cw]):
            continue
        regular.append((cur, r))
        if '预算执行' in l1 + l2 + r[2]:
            has_exec_row = True
        w, g = dec(r[cw]), dec(r[cg])
        name = r[2] or l1
        ck.ok(D(0) <= g <= w, f'{tag} {name}: score {g} outside [0, {w}]')
        is_date = bool(DATE.match(r[ct]) or DATE.match(r[ca]))
        tv, av = (None, None) if is_date else (parse_val(r[ct]), parse_val(r[ca]))
        comp = None
        if tv and av:
            sign, T, tu = tv
            _, A, au = av
            ck.ok(tu == au, f'{tag} {name}: unit of target {r[ct]} vs actual {r[ca]}')
            if tu == au:
                if sign == '≤':
                    comp = D(100) if A <= T else T / A * 100
                else:
                    comp = A / T * 100
                exp = r2(w * min(comp / 100, D(1)))
                ck.ok(g == exp, f'{tag} {name}: score {g} vs rule {exp}')
        elif tv and not av:
            ck.ok(False, f'{tag} {name}: numeric target {r[ct]} with non-numeric actual {r[ca]}')
        elif is_date:
            mt, ma = DATE.match(r[ct]), DATE.match(r[ca])
            ck.ok(bool(mt and ma), f'{tag} {name}: date target vs actual {r[ca]}')
            if mt and ma:
                ok = tuple(map(int, ma.groups())) <= tuple(map(int, mt.groups()))
                ck.ok(g == (w if ok else g), f'{tag} {name}: date row score')
        else:  # qualitative
            if r[ca] == '部分达成':
                ck.ok(w * D('0.6') <= g < w * D('0.8'), f'{tag} {name}: partly achieved band')
            elif r[ca] == '达成':
                ck.ok(w * D('0.8') <= g <= w, f'{tag} {name}: achieved band')
            else:
                ck.ok(False, f'{tag} {name}: unknown qualitative value {r[ca]}')
        if cc is not None:
            if comp is None:
                ck.ok(r[cc] in ('—', ''), f'{tag} {name}: completion for qualitative row')
            else:
                ck.ok(isnum(r[cc]) and close(r[cc], comp), f'{tag} {name}: completion {r[cc]} vs {r2(comp)}')
    for g_name, row in groups:
        ws = sum((dec(r[cw]) for n, r in regular if n == g_name), D(0))
        ss = sum((dec(r[cg]) for n, r in regular if n == g_name), D(0))
        ck.ok(ws == dec(row[cw]), f'{tag} {g_name} subtotal weight {row[cw]} vs {ws}')
        ck.ok(ss == dec(row[cg]), f'{tag} {g_name} subtotal score {row[cg]} vs {ss}')
        ck.ok(dec(row[cg]) <= dec(row[cw]), f'{tag} {g_name} subtotal score above weight')
    ck.ok(total is not None, f'{tag}: total row')
    wsum = sum((dec(r[cw]) for _, r in regular), D(0))
    ssum = sum((dec(r[cg]) for _, r in regular), D(0))
    if not has_exec_row:
        wsum += ext_weight
        ssum += ext_score
    if groups:  # subtotal rows + ungrouped rows must give the total as well
        grouped = {g for g, _ in groups}
        wsub = sum((dec(r[cw]) for _, r in groups), D(0)) + sum((dec(r[cw]) for n, r in regular if n not in grouped), D(0))
        ssub = sum((dec(r[cg]) for _, r in groups), D(0)) + sum((dec(r[cg]) for n, r in regular if n not in grouped), D(0))
        ck.ok(wsub + (0 if has_exec_row else ext_weight) == D(100), f'{tag}: subtotal weights give {wsub}')
        ck.ok(ssub + (0 if has_exec_row else ext_score) == dec(total[cg]), f'{tag}: subtotal scores give {ssub}')
    ck.ok(wsum == D(100), f'{tag}: weights sum to {wsum}')
    ck.ok(total is not None and dec(total[cw]) == D(100), f'{tag}: total weight')
    ck.ok(total is not None and ssum == dec(total[cg]), f'{tag}: scores sum to {ssum}, total {total and total[cg]}')
    levels = {}
    for n, r in regular:
        key = '预算执行' if '预算执行' in n else n
        levels.setdefault(key, [D(0), D(0)])
        levels[key][0] += dec(r[cw])
        levels[key][1] += dec(r[cg])
    return dec(total[cg]) if total else None, levels, {r[2]: r for _, r in regular}


def check_tables(ck):
    tabs = parse_tables(ck.text)
    ext_w = ext_s = D(0)
    funds_total = None
    exec_tables = [t for t in tabs if col(t['header'], '执行率') is not None]
    ind_tables = [t for t in tabs if col(t['header'], '三级指标') is not None]
    ck.ok(len(ind_tables) == 1, 'exactly one indicator table')
    for k, t in enumerate(exec_tables):
        tot = check_exec_table(ck, t, f'table@{t["line"]}')
        cw, cg = col(t['header'], '分值'), col(t['header'], '得分')
        if cw is not None and tot and isnum(tot[cw]):
            ext_w, ext_s = dec(tot[cw]), dec(tot[cg])
        if '年初预算' in ''.join(t['header']):
            funds_total = tot, t['header']
    total, levels, rows = check_indicator_table(ck, ind_tables[0], 'indicators', ext_w, ext_s)
    if ext_w:
        levels['预算执行'] = [ext_w, ext_s]
    return dict(total=total, levels=levels, rows=rows, funds=funds_total, exec_tables=exec_tables)


# ---------------------------------------------------------------- prose helpers
def band(s):
    if s >= 90:
        return '优'
    if s >= 80:
        return '良'
    if s >= 60:
        return '中'
    return '差'


def check_common(ck, year, tb):
    t = ck.text
    # title year and the 自评表 year
    title = t.split('\n\n')[0]
    ck.ok(str(year) + '年' in title, 'title year')
    for y in re.findall(r'（(\d{4})年度）', t):
        ck.ok(int(y) == year, f'table year {y}')
    for y in re.findall(r'截至(\d{4})年12月31日', t):
        ck.ok(int(y) == year, f'截至 {y} in a {year} report')
    for y in re.findall(r'结转至(\d{4})年', t):
        ck.ok(int(y) > year, f'结转至 {y} in a {year} report')
    for y, m in re.findall(r'(\d{4})年(\d{1,2})月(?:分两批)?(?:提前下达|追加)', t):
        ck.ok(int(y) == year or (int(y) == year - 1 and int(m) == 12), f'funds issued {y}-{m}')
    # grade: every stated grade fits the band of the table total
    grades = re.findall(r'等级为“?(优秀|良好|优|良|中等|中|差)', t)
    ck.ok(len(grades) >= 1, 'a grade is stated')
    for g in grades:
        ck.ok(g[0] == band(tb['total']), f'grade {g} for total {tb["total"]}')
    # every 'X分' total stated in the conclusion equals the table total
    for s in re.findall(r'(?:综合得分|自评得分|总得分|本项目得分|合计)(\d+\.\d+)分', t):
        ck.ok(dec(s) == tb['total'], f'stated total {s} vs table {tb["total"]}')
    # every satisfaction-like percentage is at most 100
    for s in re.findall(r'满意度(?:分别为)?[^，。]*?(\d+(?:\.\d+)?)%', t):
        ck.ok(dec(s) <= 100, f'satisfaction {s}% above 100')


def level_sentence(ck, tb, pattern):
    """pattern groups: exec, output, benefit, satisfaction, total (any order given by names)."""
    m = ck.one(pattern)
    g = {k: dec(v) for k, v in m.groupdict().items()}
    ck.ok(g['e'] + g['o'] + g['b'] + g['s'] == g['t'], f'level scores {g} do not add up')
    lv = tb['levels']
    ck.ok(g['e'] == lv['预算执行'][1], 'execution score text vs table')
    ck.ok(g['o'] == lv['产出指标'][1], f'output score text {g["o"]} vs table {lv["产出指标"][1]}')
    ck.ok(g['b'] == lv['效益指标'][1], 'benefit score text vs table')
    ck.ok(g['s'] == lv['满意度指标'][1], 'satisfaction score text vs table')
    ck.ok(g['t'] == tb['total'], 'total text vs table')


def actual_of(tb, name):
    r = tb['rows'][name]
    return r


def same(ck, label, values):
    vals = [dec(v) for v in values]
    ck.ok(len(vals) >= 2 and len(set(vals)) == 1, f'{label}: values differ {values}')


def rate_ok(ck, label, stated, num, den):
    ck.ok(close(stated, dec(num) / dec(den) * 100), f'{label}: {stated} vs {num}/{den}')


def funds_cols(tb):
    tot, h = tb['funds']
    return dec(tot[col(h, '年初预算')]), dec(tot[col(h, '全年预算')]), dec(tot[col(h, '全年执行')])


def table_total(tb, which):
    """(budget, spent) of the 合计 row of the sub-project table."""
    for t in tb['exec_tables']:
        if '年初预算' in ''.join(t['header']):
            continue
        h = t['header']
        for r in t['rows']:
            if '合计' in r:
                return dec(r[col(h, '全年预算', '预算资金')]), dec(r[col(h, '实际支出', '全年执行数')])
    raise Fail('no sub-project table')


def sub_row(tb, name):
    for t in tb['exec_tables']:
        h = t['header']
        for r in t['rows']:
            if any(name in c for c in r):
                return {'budget': dec(r[col(h, '全年预算', '预算资金')]),
                        'spent': dec(r[col(h, '实际支出', '全年执行数')])}
    raise Fail(f'no sub-project row {name}')


def ind_actual(tb, name):
    r = tb['rows'][name]
    return parse_val(r[4])[1], parse_val(r[3])[1]


# ---------------------------------------------------------------- project checks
def p_dongxiang(ck):
    tb = check_tables(ck)
    check_common(ck, 2021, tb)
    ini, ann, spent = funds_cols(tb)
    m = ck.one(r'产业发展项目资金([\d,.]+)万元，其中：中央衔接资金([\d,.]+)万元、省级衔接资金([\d,.]+)万元、县级衔接资金([\d,.]+)万元')
    tot, c, p, x = (dec(v) for v in m.groups())
    ck.ok(c + p + x == tot, 'sources add up')
    ck.ok(tot == ann, 'sources total = 全年预算')
    m = ck.one(r'年初预算([\d,.]+)万元，由(\d{4})年12月提前下达的中央资金([\d,.]+)万元、省级资金([\d,.]+)万元和县本级年初安排的([\d,.]+)万元组成；.*?追加中央资金([\d,.]+)万元、省级资金([\d,.]+)万元，调整后全年预算([\d,.]+)万元')
    i0, _, c0, p0, x0, c1, p1, a1 = (dec(v) for v in m.groups())
    ck.ok(c0 + p0 + x0 == i0, '年初 composition')
    ck.ok(i0 == ini, '年初 text vs table')
    ck.ok(i0 + c1 + p1 == a1 == ann, '年初 + 追加 = 全年')
    ck.ok(c0 + c1 == c, 'central 提前+追加'); ck.ok(p0 + p1 == p, 'provincial 提前+追加'); ck.ok(x0 == x, 'county')
    m = ck.one(r'项目资金([\d,.]+)万元已全部到位，到位率(\d+)%')
    ck.ok(dec(m.group(1)) == ann and close(m.group(2) + '%', D(100)), '到位')
    m = ck.one(r'实际支出([\d,.]+)万元，预算执行率([\d.]+%)，较\d{4}年同类项目执行率（([\d.]+)%）提高([\d.]+)个百分点')
    ck.ok(dec(m.group(1)) == spent, 'spent text vs table')
    rate_ok(ck, 'execution rate text', m.group(2), spent, ann)
    ck.ok(dec(m.group(2)[:-1]) - dec(m.group(3)) == dec(m.group(4)), 'difference to last year')
    m = ck.one(r'未支出资金([\d,.]+)万元')
    ck.ok(dec(m.group(1)) == ann - spent, f'balance {m.group(1)} vs {ann - spent}')
    # per-head subsidy: every mention in 元 and equal; heads x rate = money
    prices = re.findall(r'每只(\d+)(万元|元)', ck.text)
    ck.ok(len(prices) == 2 and all(u == '元' for _, u in prices), f'per-head unit {prices}')
    heads, target = ind_actual(tb, '补栏基础母羊数量')
    paid = dec(ck.one(r'共兑付补助资金([\d,.]+)万元').group(1))
    for pr, u in prices:
        mult = D(10000) if u == '万元' else D(1)
        ck.ok(heads * dec(pr) * mult / 10000 == paid, f'{heads} x {pr}{u} vs {paid}万元')
    ck.ok(paid == sub_row(tb, '东乡贡羊')['spent'], 'subsidy paid = sub-project spending')
    ck.ok(target * 800 / 10000 == sub_row(tb, '东乡贡羊')['budget'], 'target heads x 800 = budget')
    # completion statements
    m = ck.one(r'基础母羊([\d,]+)只，完成年度目标的([\d.]+%)')
    ck.ok(dec(m.group(1)) == heads, 'heads text vs table'); rate_ok(ck, 'heads completion', m.group(2), heads, target)
    tgt = dec(ck.one(r'补栏基础母羊不少于([\d,]+)只').group(1)); ck.ok(tgt == target, 'target heads text vs table')
    ck.ok(dec(ck.one(r'比计划少(\d+)只').group(1)) == target - heads, 'shortfall')
    m = ck.one(r'扩繁基地([\d,]+)亩，完成率([\d.]+%)')
    a, t_ = ind_actual(tb, '种薯扩繁基地面积'); ck.ok(dec(m.group(1)) == a, 'seed base area'); rate_ok(ck, 'seed base', m.group(2), a, t_)
    m = ck.one(r'户均增收([\d,]+)元，完成年度目标的([\d.]+%)')
    a, t_ = ind_actual(tb, '脱贫户户均增收'); ck.ok(dec(m.group(1)) == a, 'income'); rate_ok(ck, 'income completion', m.group(2), a, t_)
    same(ck, 'households', re.findall(r'带动脱贫户和监测户([\d,]+)户', ck.text) + [str(ind_actual(tb, '带动脱贫户和监测户')[0])])
    m = ck.one(r'有效问卷(\d+)份，其中表示满意的(\d+)份，受益群众满意度([\d.]+%)')
    rate_ok(ck, 'satisfaction', m.group(3), m.group(2), m.group(1))
    same(ck, 'satisfaction', [m.group(3)[:-1], str(ind_actual(tb, '受益群众满意度')[0])])
    same(ck, 'seed quality', re.findall(r'脱毒种薯合格率(\d+)%', ck.text) + [str(ind_actual(tb, '脱毒种薯合格率')[0])])
    level_sentence(ck, tb, r'预算执行率得分(?P<e>[\d.]+)分、产出指标得分(?P<o>[\d.]+)分、效益指标得分(?P<b>[\d.]+)分、满意度指标得分(?P<s>[\d.]+)分，合计(?P<t>[\d.]+)分')
    b, s = table_total(tb, 'sub')
    ck.ok(b == ann and s == spent, 'sub-project total = funds block')
    # year-end summary line repeats actual values
    m = ck.one(r'补栏母羊(\d+)只，建成种薯基地(\d+)亩、日光温室(\d+)座、冷藏保鲜库(\d+)座，户均增收(\d+)元')
    ck.ok(dec(m.group(1)) == heads and dec(m.group(5)) == ind_actual(tb, '脱贫户户均增收')[0], 'summary line')


def p_xunhua(ck):
    tb = check_tables(ck)
    check_common(ck, 2022, tb)
    ini, ann, spent = funds_cols(tb)
    m = ck.one(r'年初预算([\d.]+)万元，包括(\d{4})年12月提前下达的中央资金([\d.]+)万元、省级资金([\d.]+)万元和县级资金([\d.]+)万元；年内追加中央资金([\d.]+)万元、省级资金([\d.]+)万元，全年预算调整为([\d.]+)万元，中央资金占全年预算的([\d.]+%)')
    i0, _, c0, p0, x0, c1, p1, a1 = (dec(v) for v in m.groups()[:8])
    ck.ok(c0 + p0 + x0 == i0 == ini, '年初 composition')
    ck.ok(i0 + c1 + p1 == a1 == ann, '年初 + 追加 = 全年')
    rate_ok(ck, 'central share', m.group(9), c0 + c1, a1)
    ck.ok(dec(ck.one(r'共安排衔接推进乡村振兴补助资金([\d.]+)万元').group(1)) == ann, 'total funds')
    m = ck.one(r'全年实际支出([\d.]+)万元，预算执行率([\d.]+%)，结余资金([\d.]+)万元')
    ck.ok(dec(m.group(1)) == spent, 'spent'); rate_ok(ck, 'rate text', m.group(2), spent, ann)
    ck.ok(dec(m.group(3)) == ann - spent, f'balance {m.group(3)} vs {ann - spent}')
    r = [r for r in tb['rows'].values() if r[0] == '预算执行率'][0]
    rate_ok(ck, 'execution row', r[4], spent, ann)
    # per-mu subsidy
    pr = dec(ck.one(r'按每亩(\d+)元标准').group(1))
    area, _ = ind_actual(tb, '线辣椒标准化种植面积')
    ck.ok(pr * area / 10000 == sub_row(tb, '线辣椒')['budget'] == sub_row(tb, '线辣椒')['spent'], 'chili subsidy')
    ck.ok(pr == ind_actual(tb, '线辣椒每亩补助标准')[0], 'chili price vs cost row')
    # weights in the text
    m = ck.one(r'预算执行率（(\d+)分）、产出指标（(\d+)分）、效益指标（(\d+)分）和满意度指标（(\d+)分）')
    ws = [dec(v) for v in m.groups()]
    ck.ok(sum(ws) == 100, f'text weights sum {sum(ws)}')
    lv = tb['levels']
    ck.ok(ws == [lv['预算执行'][0], lv['产出指标'][0], lv['效益指标'][0], lv['满意度指标'][0]], 'text weights vs table')
    # completion statements (targets from 年度目标 sentence)
    tg = ck.one(r'建设线辣椒标准化种植基地(\d+)亩、花椒提质增效(\d+)亩，新建牛羊暖棚(\d+)座，购置安装加工设备(\d+)台（套），开展实用技术培训(\d+)人次；带动脱贫户和监测户(\d+)户以上，受益农户户均增收(\d+)元以上，受益群众满意度(\d+)%以上')
    tg = [dec(v) for v in tg.groups()]
    names = ['线辣椒标准化种植面积', '花椒提质增效面积', '新建牛羊暖棚', '加工设备安装', '技术培训人次',
             '带动脱贫户和监测户', '受益农户户均增收', '受益群众满意度']
    for v, n in zip(tg, names):
        ck.ok(v == ind_actual(tb, n)[1], f'target {n} text vs table')
    m = ck.one(r'花椒提质增效(\d+)亩，完成年度目标的([\d.]+%)')
    ck.ok(dec(m.group(1)) == ind_actual(tb, '花椒提质增效面积')[0], 'pepper area'); rate_ok(ck, 'pepper', m.group(2), m.group(1), tg[1])
    m = ck.one(r'暖棚(\d+)座，完成年度目标的([\d.]+%)，另有(\d+)座')
    ck.ok(dec(m.group(1)) == ind_actual(tb, '新建牛羊暖棚')[0], 'sheds'); rate_ok(ck, 'sheds', m.group(2), m.group(1), tg[2])
    ck.ok(dec(m.group(1)) + dec(m.group(3)) == tg[2], 'sheds remaining')
    m = ck.one(r'安装(\d+)台（套），其余(\d+)台（套）')
    ck.ok(dec(m.group(1)) + dec(m.group(2)) == tg[3], 'equipment remaining')
    m = ck.one(r'培训(\d+)人次，完成年度目标的([\d.]+%)')
    rate_ok(ck, 'training', m.group(2), m.group(1), tg[4])
    m = ck.one(r'(\d+)个子项目中(\d+)个按期完工，按期完工率(\d+)%')
    rate_ok(ck, 'on-time', m.group(3) + '%', m.group(2), m.group(1))
    ck.ok(dec(m.group(3)) == ind_actual(tb, '子项目按期完工率')[0], 'on-time vs table')
    m = ck.one(r'户均增收(\d+)元，低于(\d+)元的年度目标，比\d{4}年全县同类项目户均增收(\d+)元减少(\d+)元')
    ck.ok(dec(m.group(1)) == ind_actual(tb, '受益农户户均增收')[0], 'income')
    ck.ok(dec(m.group(3)) - dec(m.group(1)) == dec(m.group(4)), 'income vs last year')
    ck.ok(dec(ck.one(r'带动脱贫户和监测户(\d+)户，').group(1)) == ind_actual(tb, '带动脱贫户和监测户')[0], 'households')
    ck.ok(dec(ck.one(r'干椒亩均产量(\d+)公斤').group(1)) == ind_actual(tb, '线辣椒干椒亩均产量')[0], 'yield')
    m = ck.one(r'满意度分别为([\d.%、]+)，平均满意度为([\d.]+)%')
    items = [dec(v) for v in re.findall(r'([\d.]+)%', m.group(1))]
    ck.ok(len(items) == 5 and all(v <= 100 for v in items), 'items')
    ck.ok(close(m.group(2), sum(items) / len(items)), f'average {m.group(2)} vs {sum(items) / len(items)}')
    ck.ok(dec(m.group(2)) == ind_actual(tb, '受益群众满意度')[0], 'average vs table')
    b, s = table_total(tb, 'sub'); ck.ok(b == ann and s == spent, 'sub-project total = funds')


def p_zhongning(ck):
    tb = check_tables(ck)
    check_common(ck, 2023, tb)
    ini, ann, spent = funds_cols(tb)
    m = ck.one(r'项目全年预算([\d.]+)万元，其中中央资金([\d.]+)万元、自治区资金([\d.]+)万元、县级资金([\d.]+)万元')
    a, c, p, x = (dec(v) for v in m.groups())
    ck.ok(c + p + x == a == ann, 'sources add up')
    m = ck.one(r'年初预算([\d.]+)万元，由(\d{4})年12月提前下达的中央资金([\d.]+)万元、自治区提前下达([\d.]+)万元和县级配套([\d.]+)万元构成；\d{4}年\d+月追加中央资金([\d.]+)万元、自治区资金([\d.]+)万元')
    i0, _, c0, p0, x0, c1, p1 = (dec(v) for v in m.groups())
    ck.ok(c0 + p0 + x0 == i0 == ini, f'年初 composition {c0}+{p0}+{x0} vs {i0}')
    ck.ok(c0 + c1 == c and p0 + p1 == p and x0 == x, '提前 + 追加 = sources')
    ck.ok(i0 + c1 + p1 == ann, '年初 + 追加 = 全年')
    m = ck.one(r'累计支出([\d.]+)万元，全年预算执行率([\d.]+%)，结余([\d.]+)万元')
    ck.ok(dec(m.group(1)) == spent, 'spent'); rate_ok(ck, 'rate text', m.group(2), spent, ann)
    ck.ok(dec(m.group(3)) == ann - spent, 'balance')
    # per-unit standards against the sub-project table
    rows = {}
    for t in tb['exec_tables']:
        if '补助标准' in ''.join(t['header']):
            for r in t['rows']:
                rows[r[0]] = r
    def unit_amount(r, q):
        m_ = re.match(r'^(\d+(?:\.\d+)?)(元|万元)/', r[2])
        v = dec(m_.group(1)) * (D(1) if m_.group(2) == '万元' else D('0.0001'))
        return v * q
    r = rows['枸杞基地水肥一体化提质改造']; ck.ok(unit_amount(r, dec(r[1][:-1])) == dec(r[3]), 'fertigation budget')
    r = rows['枸杞病虫害绿色防控']; ck.ok(unit_amount(r, dec(r[1][:-1])) == dec(r[3]), 'pest budget')
    area = ind_actual(tb, '病虫害绿色防控面积')[0]; ck.ok(unit_amount(r, area) == dec(r[4]), 'pest spending = actual area x 80')
    r = rows['枸杞烘干（制干）设施']; ck.ok(unit_amount(r, dec(r[1][:-1])) == dec(r[3]), 'dryer budget')
    per = dec(r[4]) / dec(r[1][:-1]); ck.ok(per == ind_actual(tb, '烘干设施每套补助')[0], f'per set {per}')
    same(ck, 'per set', re.findall(r'实际每套补助([\d.]+)万元', ck.text) + [str(per)])
    ck.ok(dec(r[1][:-1]) == ind_actual(tb, '烘干（制干）设施')[1], 'dryer target')
    m = ck.one(r'绿色防控([\d,]+)亩，完成率([\d.]+%)')
    a_, t_ = ind_actual(tb, '病虫害绿色防控面积'); ck.ok(dec(m.group(1)) == a_, 'pest area'); rate_ok(ck, 'pest completion', m.group(2), a_, t_)
    ck.ok(dec(ck.one(r'减少(\d+)亩').group(1)) == t_ - a_, 'pest shortfall')
    same(ck, 'fertigation price', re.findall(r'按每亩(\d+)元标准补助', ck.text) + [str(ind_actual(tb, '水肥一体化亩均补助')[0])])
    m = ck.one(r'有效问卷(\d+)份，表示满意的(\d+)份，受益农户满意度([\d.]+%)')
    rate_ok(ck, 'satisfaction', m.group(3), m.group(2), m.group(1))
    ck.ok(dec(m.group(3)[:-1]) == ind_actual(tb, '受益农户满意度')[0], 'satisfaction vs table')
    m = ck.one(r'分项看，(.*?)。')
    for v in re.findall(r'([\d.]+)%', m.group(1)):
        ck.ok(dec(v) <= 100, f'sub satisfaction {v}%')
    ck.ok(dec(ck.one(r'亩均增收(\d+)元').group(1)) == ind_actual(tb, '枸杞亩均增收')[0], 'income')
    ck.ok(dec(ck.one(r'带动农户(\d+)户').group(1)) == ind_actual(tb, '带动农户户数')[0], 'households')
    level_sentence(ck, tb, r'项目自评得分(?P<t>[\d.]+)分，其中预算执行率得(?P<e>[\d.]+)分，产出指标得(?P<o>[\d.]+)分，效益指标得(?P<b>[\d.]+)分，满意度指标得(?P<s>[\d.]+)分')
    b, s = table_total(tb, 'sub'); ck.ok(b == ann and s == spent, 'sub-project total = funds')


def p_weiyuan(ck):
    tb = check_tables(ck)
    check_common(ck, 2024, tb)
    ini, ann, spent = funds_cols(tb)
    tot, h = tb['funds']
    m = ck.one(r'当年安排衔接资金([\d.]+)万元，其中中央资金([\d.]+)万元、省级资金([\d.]+)万元、县级资金([\d.]+)万元；另有(\d{4})年结转资金([\d.]+)万元，全年预算合计([\d.]+)万元')
    cur, c, p, x, _, carry, a = (dec(v) for v in m.groups())
    ck.ok(c + p + x == cur, 'current-year sources'); ck.ok(cur + carry == a == ann, 'current + carry-over = 全年')
    m = ck.one(r'年初预算([\d.]+)万元，其中(\d{4})年12月提前下达中央资金([\d.]+)万元、省级资金([\d.]+)万元，县级安排([\d.]+)万元，上年结转([\d.]+)万元；年中追加中央资金([\d.]+)万元、省级资金([\d.]+)万元，合计追加([\d.]+)万元')
    i0, _, c0, p0, x0, k0, c1, p1, add = (dec(v) for v in m.groups())
    ck.ok(c0 + p0 + x0 + k0 == i0 == ini, '年初 composition')
    ck.ok(c1 + p1 == add, '追加 sum'); ck.ok(i0 + add == ann, '年初 + 追加 = 全年')
    ck.ok(c0 + c1 == c and p0 + p1 == p and x0 == x and k0 == carry, '提前 + 追加 = sources')
    m = ck.one(r'项目全年执行([\d.]+)万元，预算执行率([\d.]+%)。其中当年资金执行([\d.]+)万元，执行率([\d.]+%)；上年结转资金([\d.]+)万元全部支出')
    ck.ok(dec(m.group(1)) == spent, 'spent'); rate_ok(ck, 'rate', m.group(2), spent, ann)
    rate_ok(ck, 'current-year rate', m.group(4), m.group(3), cur)
    ck.ok(dec(m.group(3)) + dec(m.group(5)) == spent, 'current + carry spent')
    ck.ok(dec(ck.one(r'差额([\d.]+)万元').group(1)) == ann - spent, 'balance')
    same(ck, 'total spending', re.findall(r'(?:全年执行|实际总成本)([\d.]+)万元', ck.text) + [str(spent), str(ind_actual(tb, '项目总成本')[0])])
    same(ck, 'budget', re.findall(r'全年预算([\d.]+)万元以内', ck.text) + [str(ann), str(ind_actual(tb, '项目总成本')[1])])
    r = [r for r in tb['rows'].values() if r[0] == '预算执行'][0]
    rate_ok(ck, 'execution row', r[4], spent, ann)
    m = ck.one(r'当年繁育原原种(\d+)万粒，完成年度目标的(\d+)%')
    a_, t_ = ind_actual(tb, '马铃薯原原种产量'); ck.ok(dec(m.group(1)) == a_, 'minitubers'); rate_ok(ck, 'minitubers', m.group(2) + '%', a_, t_)
    m = ck.one(r'加工设备(\d+)台（套），完成年度目标的(\d+)%，剩余(\d+)台')
    a_, t_ = ind_actual(tb, '初加工设备购置'); ck.ok(dec(m.group(1)) == a_, 'equipment'); rate_ok(ck, 'equipment', m.group(2) + '%', a_, t_)
    ck.ok(a_ + dec(m.group(3)) == t_, 'equipment remaining')
    m = ck.one(r'亩产分别为([\d公斤、]+)，平均亩产(\d+)公斤')
    items = [dec(v) for v in re.findall(r'(\d+)公斤', m.group(1))]
    ck.ok(close(m.group(2), sum(items) / len(items)), f'average {m.group(2)} vs {sum(items) / len(items)}')
    ck.ok(dec(ck.one(r'亩均收入(\d+)元').group(1)) == ind_actual(tb, '中药材亩均收入')[0], 'income')
    ck.ok(dec(ck.one(r'带动脱贫户和监测户(\d+)户。').group(1)) == ind_actual(tb, '带动脱贫户和监测户')[0], 'households')
    ck.ok(dec(ck.one(r'受益农户满意度([\d.]+)%').group(1)) == ind_actual(tb, '受益农户满意度')[0], 'satisfaction')
    tg = ck.one(r'建设中药材标准化种植基地(\d+)亩、良种繁育基地(\d+)亩，建成马铃薯原原种繁育网棚(\d+)亩，年繁育原原种(\d+)万粒以上，购置中药材产地初加工设备(\d+)台（套），带动脱贫户和监测户(\d+)户以上')
    for v, n in zip(tg.groups(), ['中药材标准化种植面积', '良种繁育基地面积', '原原种繁育网棚', '马铃薯原原种产量', '初加工设备购置', '带动脱贫户和监测户']):
        ck.ok(dec(v) == ind_actual(tb, n)[1], f'target {n}')
    b, s = table_total(tb, 'sub'); ck.ok(b == ann and s == spent, 'sub-project total = funds')
    # the 当年/结转 split of the sub-project table agrees with the funds block
    t = [t for t in tb['exec_tables'] if '资金性质' in ''.join(t['header'])][0]
    cb, cs = col(t['header'], '全年预算'), col(t['header'], '全年执行')
    fb = {r[0]: r for r in [t for t in tb['exec_tables'] if '年初预算' in ''.join(t['header'])][0]['rows']}
    for kind, label in (('当年资金', '当年财政拨款'), ('上年结转', '上年结转资金')):
        bsum = sum((dec(r[cb]) for r in t['rows'] if r[2] == kind), D(0))
        ssum = sum((dec(r[cs]) for r in t['rows'] if r[2] == kind), D(0))
        ck.ok(bsum == dec(fb[label][2]) and ssum == dec(fb[label][3]), f'{kind} rows vs funds block')


def p_gonghe(ck):
    tb = check_tables(ck)
    check_common(ck, 2025, tb)
    ini, ann, spent = funds_cols(tb)
    m = ck.one(r'项目全年预算([\d.]+)万元，其中中央衔接资金([\d.]+)万元、省级衔接资金([\d.]+)万元、州级衔接资金([\d.]+)万元、县级衔接资金([\d.]+)万元')
    a, c, p, z, x = (dec(v) for v in m.groups())
    ck.ok(c + p + z + x == a == ann, f'sources {c}+{p}+{z}+{x} vs {a}')
    m = ck.one(r'年初预算([\d.]+)万元（(\d{4})年12月提前下达中央资金([\d.]+)万元、省级资金([\d.]+)万元，县级安排([\d.]+)万元），年内追加中央资金([\d.]+)万元、省级资金([\d.]+)万元和州级资金([\d.]+)万元，合计追加([\d.]+)万元')
    i0, _, c0, p0, x0, c1, p1, z1, add = (dec(v) for v in m.groups())
    ck.ok(c0 + p0 + x0 == i0 == ini, '年初 composition'); ck.ok(c1 + p1 + z1 == add, '追加 sum')
    ck.ok(i0 + add == ann, '年初 + 追加 = 全年'); ck.ok(c0 + c1 == c and p0 + p1 == p and z1 == z and x0 == x, 'sources by level')
    ck.ok(dec(ck.one(r'项目资金([\d.]+)万元已全部拨付到位').group(1)) == ann, 'received')
    m = ck.one(r'累计支出([\d.]+)万元，预算执行率([\d.]+%)，低于\d{4}年度同类项目执行率([\d.]+)%')
    ck.ok(dec(m.group(1)) == spent, 'spent'); rate_ok(ck, 'rate', m.group(2), spent, ann)
    ck.ok(dec(m.group(2)[:-1]) < dec(m.group(3)), 'lower than last year')
    ck.ok(dec(ck.one(r'未支出资金([\d.]+)万元').group(1)) == ann - spent, 'balance')
    m = ck.one(r'全年共为(\d+)只种公羊兑付补助资金([\d.]+)万元，为(\d+)亩燕麦饲草种植兑付补助([\d.]+)万元')
    heads, money, mu, money2 = (dec(v) for v in m.groups())
    prices = re.findall(r'每只补助(\d+)(元|万元)', ck.text)
    ck.ok(len(prices) == 2 and all(u == '元' for _, u in prices), f'ram price units {prices}')
    same(ck, 'ram price', [v for v, _ in prices] + [str(ind_actual(tb, '种公羊每只补助标准')[0])])
    price = dec(prices[0][0]); mprice = dec(ck.one(r'按每亩(\d+)元标准').group(1))
    ck.ok(heads * price / 10000 == money == sub_row(tb, '藏羊本品种选育')['spent'], 'ram subsidy')
    ck.ok(mu * mprice / 10000 == money2 == sub_row(tb, '燕麦饲草')['spent'], 'oat subsidy')
    ck.ok(ind_actual(tb, '调换藏羊种公羊')[1] * price / 10000 == sub_row(tb, '藏羊本品种选育')['budget'], 'ram budget')
    ck.ok(ind_actual(tb, '燕麦饲草种植面积')[1] * mprice / 10000 == sub_row(tb, '燕麦饲草')['budget'], 'oat budget')
    ck.ok(heads == ind_actual(tb, '调换藏羊种公羊')[0] and mu == ind_actual(tb, '燕麦饲草种植面积')[0], 'counts vs table')
    ck.ok(price == ind_actual(tb, '种公羊每只补助标准')[0], 'price vs cost row')
    m = ck.one(r'调换藏羊种公羊(\d+)只，新建暖棚及储草棚(\d+)座，种植燕麦饲草(\d+)亩，完成牛羊肉分割加工生产线改造(\d+)条，开展技术培训(\d+)人次')
    for v, n in zip(m.groups(), ['调换藏羊种公羊', '新建暖棚及储草棚', '燕麦饲草种植面积', '加工生产线改造', '技术培训人次']):
        ck.ok(dec(v) == ind_actual(tb, n)[0], f'{n} text vs table')
    m = ck.one(r'项目整体完工率(\d+)%，未达到(\d+)%的目标')
    ck.ok((dec(m.group(1)), dec(m.group(2))) == ind_actual(tb, '年底项目完工率'), 'completion rate vs table')
    ck.ok(dec(ck.one(r'户均增收(\d+)元，低于').group(1)) == ind_actual(tb, '受益户户均增收')[0], 'income')
    ck.ok(dec(ck.one(r'带动脱贫户和监测户(\d+)户。').group(1)) == ind_actual(tb, '带动脱贫户和监测户')[0], 'households')
    m = ck.one(r'有效问卷(\d+)份，表示满意的(\d+)份，受益牧户满意度([\d.]+%)')
    rate_ok(ck, 'satisfaction', m.group(3), m.group(2), m.group(1))
    ck.ok(dec(m.group(3)[:-1]) == ind_actual(tb, '受益牧户满意度')[0], 'satisfaction vs table')
    level_sentence(ck, tb, r'预算执行率得(?P<e>[\d.]+)分，产出指标得(?P<o>[\d.]+)分，效益指标得(?P<b>[\d.]+)分，满意度指标得(?P<s>[\d.]+)分，总得分(?P<t>[\d.]+)分')
    b, s = table_total(tb, 'sub'); ck.ok(b == ann and s == spent, 'sub-project total = funds')


PROJECTS = {
    'dongxiang-gongyang-2021': p_dongxiang,
    'xunhua-xianlajiao-2022': p_xunhua,
    'zhongning-gouqi-2023': p_zhongning,
    'weiyuan-zhongyaocai-2024': p_weiyuan,
    'gonghe-niuyang-2025': p_gonghe,
}


def run_checks(src, text):
    ck = Checker(text)
    try:
        PROJECTS[src](ck)
    except Fail as e:
        ck.failures.append(f'structure: {e}')
    except (KeyError, IndexError, TypeError, AttributeError, ArithmeticError) as e:
        ck.failures.append(f'structure: {type(e).__name__}: {e}')
    return ck


def one_place(clean, case):
    ops = [o for o in difflib.SequenceMatcher(None, clean, case, autojunk=False).get_opcodes() if o[0] != 'equal']
    if not ops:
        return False, 'identical to clean'
    a, b = ops[0][1], ops[-1][2]
    first = clean.count('\n', 0, a)
    last = clean.count('\n', 0, max(a, b - 1))
    changed = sum(max(o[2] - o[1], o[4] - o[3]) for o in ops)
    if last - first > 1:
        return False, f'changes span lines {first + 1}-{last + 1}'
    if changed > 16:
        return False, f'{changed} characters changed'
    return True, f'line {first + 1}, {changed} chars'


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith('.txt'))
    if sorted(r['case'] for r in labels) != files:
        problems.append('labels.jsonl does not list exactly the case files')
    codes = Counter(e['code'] for r in labels for e in r['expected'])
    for c in REQUIRED:
        if codes[c] < 2:
            problems.append(f'code {c} occurs {codes[c]} times')
    clean_texts = {}
    for src in PROJECTS:
        t = open(os.path.join(CASES, f'{src}-clean.txt'), encoding='utf-8').read()
        clean_texts[src] = t
        if not 3000 <= len(t) <= 9000:
            problems.append(f'{src}: clean draft has {len(t)} characters')
        ck = run_checks(src, t)
        if ck.failures:
            problems += [f'{src}-clean: {m}' for m in ck.failures]
        print(f'{src}-clean: {len(t)} chars, {ck.n} arithmetic checks passed' if not ck.failures else f'{src}-clean: FAILED')
    for r in labels:
        text = open(os.path.join(CASES, r['case']), encoding='utf-8').read()
        if r['clean']:
            if r['expected']:
                problems.append(f'{r["case"]}: clean case with expected findings')
            continue
        if len(r['expected']) != 1:
            problems.append(f'{r["case"]}: expected must hold exactly one error')
        for e in r['expected']:
            if e['value'] not in text:
                problems.append(f'{r["case"]}: value not found: {e["value"]!r}')
            if e['severity'] != 'error' or e['code'] not in REQUIRED:
                problems.append(f'{r["case"]}: bad code/severity')
        ok, where = one_place(clean_texts[r['source']], text)
        if not ok:
            problems.append(f'{r["case"]}: not a single-place edit ({where})')
        ck = run_checks(r['source'], text)
        if not ck.failures:
            problems.append(f'{r["case"]}: no arithmetic check fails on the error case')
        print(f'{r["case"]}: {r["expected"][0]["code"]}; edit at {where}; caught by: {ck.failures[0] if ck.failures else "-"}')
    if problems:
        print('\n'.join('PROBLEM ' + p for p in problems))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
