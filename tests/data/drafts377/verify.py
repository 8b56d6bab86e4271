#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case;
2. each error case differs from its clean draft in one contiguous place that overlaps the label value;
3. every code of errors.md section A (1-13) is used at least twice;
4. the arithmetic of every clean draft is redone (all checks must pass, warnings included);
5. the arithmetic of every error case is redone: the labelled code must fail and no other
   error-level code may fail (warning-level checks such as the row scoring rule may fail).
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

CODES = ['rate_mismatch', 'balance_mismatch', 'sum_mismatch', 'score_sum_mismatch',
         'score_exceeds_weight', 'weight_sum_mismatch', 'grade_mismatch', 'average_mismatch',
         'conflicting_values', 'implausible_rate', 'unit_mismatch', 'year_mismatch',
         'completion_mismatch']
SCALES = [D(10000), D('0.0001'), D(100000000), D('0.00000001')]
NUM = r'([\d.]+)'


# ---------------------------------------------------------------- numbers
def num(s):
    s = str(s).strip().replace(',', '')
    if s.endswith('%'):
        s = s[:-1]
    return D(s)


def is_num(s):
    return re.fullmatch(r'\d+(\.\d+)?%?', str(s).strip()) is not None


def ndp(s):
    s = str(s).strip().rstrip('%')
    return len(s.split('.')[1]) if '.' in s else 0


def close(stated, computed):
    """stated string vs computed Decimal, tolerance from the stated decimals (rules 8)."""
    return abs(num(stated) - D(computed)) <= D('0.5') * (D(10) ** -ndp(stated)) + D('1e-9')


def grade_of(total):
    t = D(total)
    if t >= 90:
        return '优'
    if t >= 80:
        return '良'
    if t >= 60:
        return '中'
    return '差'


def grade_norm(word):
    return {'优秀': '优', '良好': '良', '中等': '中', '一般': '中', '合格': '中',
            '较差': '差', '不合格': '差'}.get(word, word)


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, text):
        self.t = text
        self.res = []

    def g(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise AssertionError(f'pattern {pat!r} matched {len(ms)} times')
        gr = ms[0].groups()
        return gr if len(gr) > 1 else gr[0]

    def add(self, code, ok, desc, level='error'):
        self.res.append((code, level, bool(ok), desc))

    # same quantity stated twice
    def same(self, a, b, desc, code='conflicting_values'):
        if is_num(a) and is_num(b):
            ok = close(a, num(b)) or close(b, num(a))
            if not ok and any(close(a, num(b) * k) for k in SCALES):
                code = 'unit_mismatch'
        else:
            ok = a == b
        self.add(code, ok, f'{desc}: {a} vs {b}')

    # total = sum(parts)
    def sum(self, total, parts, desc, code='sum_mismatch'):
        vals = [num(p) for p in parts]
        ok = close(total, sum(vals))
        if not ok:
            for i in range(len(vals)):
                for k in SCALES:
                    alt = vals[:i] + [vals[i] * k] + vals[i + 1:]
                    if close(total, sum(alt)):
                        code = 'unit_mismatch'
            for k in SCALES:
                if abs(num(total) * k - sum(vals)) <= D('0.5') * (D(10) ** -ndp(total)) * k + D('1e-9'):
                    code = 'unit_mismatch'
        self.add(code, ok, f'{desc}: {total} vs {"+".join(parts)} = {sum(vals)}')

    # amount (万元) = count x unit price (元)
    def prod(self, amount, count, price, desc):
        c = num(count) * num(price) / D(10000)
        ok = close(amount, c)
        code = 'sum_mismatch'
        if not ok and any(close(amount, c * k) for k in SCALES):
            code = 'unit_mismatch'
        self.add(code, ok, f'{desc}: {count} x {price}元 = {c}万元 vs {amount}')

    # rate = numer / denom
    def rate(self, rate, numer, denom, desc):
        if num(denom) == 0:
            self.add('implausible_rate', rate.strip() in ('—', '-', '0', ''), f'{desc}: rate {rate} on a zero base')
            return
        c = num(numer) / num(denom) * 100
        ok = close(rate, c)
        code = 'rate_mismatch'
        if not ok:
            for k in SCALES:
                if close(rate, num(numer) * k / num(denom) * 100) or close(rate, num(numer) / (num(denom) * k) * 100):
                    code = 'unit_mismatch'
        self.add(code, ok, f'{desc}: {numer}/{denom} = {c:.4f}% vs {rate}')
        self.add('implausible_rate', num(rate) <= 100 + D('1e-9') and c <= 100 + D('1e-9'),
                 f'{desc}: rate {rate} ({numer} of {denom}) must not exceed 100%')

    def balance(self, stated, a, b, desc):
        self.add('balance_mismatch', close(stated, num(a) - num(b)), f'{desc}: {a} - {b} vs {stated}')

    def avg(self, stated, items, desc):
        m = sum(num(x) for x in items) / len(items)
        self.add('average_mismatch', close(stated, m), f'{desc}: mean {m:.4f} vs {stated}')

    def completion(self, stated, direction, T, A, desc):
        c = completion_of(direction, num(T), num(A))
        self.add('completion_mismatch', close(stated, c), f'{desc}: {c:.4f}% vs {stated}')

    def year(self, ok, desc):
        self.add('year_mismatch', ok, desc)


def completion_of(direction, T, A):
    if direction == 'lte':
        return D(100) if A <= T else T / A * 100
    return A / T * 100


# ---------------------------------------------------------------- tables
def rows(text, pred):
    out = []
    for line in text.split('\n'):
        if '｜' not in line:
            continue
        cells = line.split('｜')
        if pred(cells):
            out.append(cells)
    return out


def one_row(text, first):
    rs = rows(text, lambda c: c[0] == first)
    if len(rs) != 1:
        raise AssertionError(f'row {first!r} found {len(rs)} times')
    return rs[0]


DATE = re.compile(r'\d{4}年\d{1,2}月')


def parse_target(s):
    s = s.strip()
    if DATE.search(s):
        return {'kind': 'date'}
    m = re.fullmatch(r'(≥|≤|=|＞|＜|>=|<=)?\s*(\d+(?:\.\d+)?)\s*(.*)', s)
    if m:
        sign = m.group(1) or '='
        d = {'≥': 'gte', '＞': 'gte', '>=': 'gte', '≤': 'lte', '＜': 'lte', '<=': 'lte', '=': 'eq'}[sign]
        return {'kind': 'num', 'dir': d, 'value': m.group(2), 'unit': m.group(3).strip()}
    if DATE.search(s):
        return {'kind': 'date'}
    return {'kind': 'qual'}


def parse_actual(s):
    s = s.strip()
    m = re.fullmatch(r'(\d+(?:\.\d+)?)\s*(.*)', s)
    if m and not DATE.search(s):
        return {'kind': 'num', 'value': m.group(1), 'unit': m.group(2).strip()}
    if DATE.search(s):
        return {'kind': 'date'}
    return {'kind': 'qual', 'text': s}


def indicator_checks(ctx, items, partial_band=(D('0.6'), D('0.8')), lte_rule='ratio'):
    """items: dicts with name, target, actual, weight, score and optional completion."""
    for it in items:
        w, s = num(it['weight']), num(it['score'])
        ctx.add('score_exceeds_weight', D(0) <= s <= w, f"{it['name']}: score {it['score']} vs weight {it['weight']}")
        T, A = parse_target(it['target']), parse_actual(it['actual'])
        unit_ok = True
        if T['kind'] == 'num':
            unit_ok = A['kind'] == 'num' and A['unit'] == T['unit']
        elif T['kind'] == 'date':
            unit_ok = A['kind'] == 'date'
        ctx.add('unit_mismatch', unit_ok, f"{it['name']}: target {it['target']} vs actual {it['actual']}")
        if T['kind'] == 'num' and unit_ok:
            t, a = num(T['value']), num(A['value'])
            if T['dir'] == 'eq' and t == 0:
                exp = w if a <= 0 else D(0)
            elif T['dir'] == 'lte':
                exp = w if a <= t else w * t / a
            else:
                exp = w * min(a / t, D(1))
            rate_based = w * min(D(str(it.get('completion', '0')).rstrip('%') or '0') / 100, D(1)) \
                if is_num(it.get('completion', '')) else None
            ok = close(it['score'], exp) or (rate_based is not None and close(it['score'], rate_based))
            ctx.add('score_rule_mismatch', ok, f"{it['name']}: score {it['score']} vs rule {exp:.4f}", level='warning')
            if is_num(it.get('completion', '')):
                ctx.completion(it['completion'], T['dir'], T['value'], A['value'], it['name'])
        elif T['kind'] in ('qual', 'date') and A['kind'] in ('qual', 'date'):
            txt = it['actual']
            lo, hi = (partial_band[0] * w, partial_band[1] * w) if ('部分' in txt) else (D('0.8') * w, w)
            ok = lo <= s <= hi if '部分' not in txt else lo <= s < hi
            ctx.add('score_rule_mismatch', ok, f"{it['name']}: qualitative score {it['score']} band [{lo},{hi}]", level='warning')


def block_sum(items, key, level):
    return sum(num(it[key]) for it in items if it['level1'] == level)


def fmt(d):
    return format(D(d).normalize(), 'f')


def funds_rows(ctx, names):
    F = {}
    for key, first in names.items():
        F[key] = one_row(ctx.t, first)
    return F


def funds_block_checks(ctx, F, parts):
    """MOF/Sichuan funds block: cells = name, 年初, 全年, 执行, 分值, 执行率, 得分."""
    for col, label in ((1, '年初预算数'), (2, '全年预算数'), (3, '全年执行数')):
        ctx.sum(F['total'][col], [F[p][col] for p in parts], f'funds {label} column')
    for key in ['total'] + parts:
        r = F[key]
        if key != 'total' and r[5].strip() == '—' and num(r[2]) != 0:
            continue  # sub-row rate not printed
        ctx.rate(r[5], r[3], r[2], f'funds row {r[0]} 执行率')
    r = F['total']
    rr = min(num(r[3]) / num(r[2]), D(1))
    ctx.add('score_rule_mismatch', close(r[6], num(r[4]) * rr) or close(r[6], num(r[4]) * min(num(r[5]) / 100, D(1))),
            f'execution score {r[6]}', level='warning')


def mof_items(text, levels, cols, level_of=None):
    items = []
    for c in rows(text, lambda c: any(c[0].startswith(l) for l in levels)):
        it = {'level1': level_of(c[0]) if level_of else c[0], 'name': c[cols['name']]}
        for k, i in cols.items():
            if k != 'name':
                it[k] = c[i]
        items.append(it)
    return items


# ---------------------------------------------------------------- project 1
def p_luyi(ctx):
    t = ctx.t
    F = funds_rows(ctx, {'total': '年度资金总额', 'cur': '其中：当年财政拨款', 'carry': '上年结转资金', 'other': '其他资金'})
    funds_block_checks(ctx, F, ['cur', 'carry', 'other'])
    items = mof_items(t, ('产出指标', '效益指标', '满意度指标'),
                      {'name': 2, 'target': 3, 'actual': 4, 'weight': 5, 'score': 6})
    indicator_checks(ctx, items)
    tot = one_row(t, '总分')
    ws = [it['weight'] for it in items] + [F['total'][4]]
    ctx.sum(tot[5], ws, 'weights', code='weight_sum_mismatch')
    ctx.add('weight_sum_mismatch', num(tot[5]) == 100, 'total weight 100')
    ctx.sum(tot[6], [it['score'] for it in items] + [F['total'][6]], 'scores', code='score_sum_mismatch')
    wp = ctx.g(r'预算执行率占(\d+)分，产出指标占(\d+)分，效益指标占(\d+)分，满意度指标占(\d+)分')
    ctx.add('weight_sum_mismatch', num(wp[0]) == num(F['total'][4]), 'exec weight text vs table')
    for lv, v in zip(('产出指标', '效益指标', '满意度指标'), wp[1:]):
        ctx.add('weight_sum_mismatch', num(v) == block_sum(items, 'weight', lv), f'{lv} weight text vs table')
    # prose funds
    add = ctx.g(r'县财政追加预算' + NUM + '万元')
    ctx.sum(F['cur'][2], [F['cur'][1], add], '当年财政拨款 全年 = 年初 + 追加')
    init = ctx.g(r'项目年初预算(\d+)万元')
    ctx.same(init, F['total'][1], '年初预算 text vs table')
    carry = ctx.g(r'其中上年结转资金' + NUM + '万元')
    ctx.same(carry, F['carry'][1], '上年结转 text vs table')
    annual = ctx.g(r'调整后全年预算为' + NUM + '万元')
    ctx.same(annual, F['total'][2], '全年预算 text vs table')
    ctx.sum(annual, [init, add], '全年 = 年初 + 追加')
    spent = ctx.g(r'项目实际支出' + NUM + '万元')
    ctx.same(spent, F['total'][3], '执行数 text vs table')
    ctx.rate(ctx.g(r'预算执行率' + NUM + '%'), spent, annual, 'text 执行率')
    cur = ctx.g(r'其中当年财政拨款(\d+)万元，支出' + NUM + r'万元，执行率' + NUM + '%')
    ctx.same(cur[0], F['cur'][2], '当年财政拨款 全年 text vs table')
    ctx.same(cur[1], F['cur'][3], '当年财政拨款 执行 text vs table')
    ctx.rate(cur[2], cur[1], cur[0], 'text 当年财政拨款 执行率')
    ctx.add('rate_mismatch', num(F['carry'][3]) == num(F['carry'][2]), '上年结转 已全部使用')
    ctx.balance(ctx.g(r'未支出的' + NUM + '万元'), annual, spent, '未支出 (全部到位)')
    ctx.year(int(ctx.g(r'已结转至(\d{4})年继续使用')) > 2019, 'carry-over goes to a later year')
    ctx.year(ctx.g(r'截至(\d{4})年12月31日') == '2019', '截至 year')
    ctx.year(ctx.g(r'鹿邑县民政局(\d{4})年度地名标志设置项目') == '2019', 'title year')
    ctx.year(ctx.g(r'项目支出绩效自评表（(\d{4})年度）') == '2019', 'table year')
    a = ctx.g(r'村（社区）地名标志(\d+)块，中标单价(\d+)元/块，计' + NUM + '万元')
    b = ctx.g(r'街路巷标志牌(\d+)块，单价(\d+)元/块，计' + NUM + '万元')
    c = ctx.g(r'门牌(\d+)块，单价(\d+)元/块，计' + NUM + '万元')
    for x, nm in ((a, '村名标志'), (b, '街路巷牌'), (c, '门牌')):
        ctx.prod(x[2], x[0], x[1], nm)
    d = ctx.g(r'地名信息库更新' + NUM + '万元')
    e = ctx.g(r'标准地名录编印' + NUM + '万元')
    ctx.sum(spent, [a[2], b[2], c[2], d, e], '支出明细 = 实际支出')
    byname = {it['name']: it for it in items}
    x = ctx.g(r'全年设置村（社区）地名标志(\d+)块，完成年度计划(\d+)块的' + NUM + '%')
    ctx.completion(x[2], 'gte', x[1], x[0], '村名标志 completion (text)')
    y = ctx.g(r'设置街路巷标志牌(\d+)块，完成率' + NUM + '%')
    ctx.completion(y[1], 'gte', parse_target(byname['街路巷标志牌设置数量']['target'])['value'], y[0], '街路巷牌 completion (text)')
    z = ctx.g(r'安装门牌(\d+)块，完成计划的' + NUM + '%')
    tz = parse_target(byname['门牌安装数量']['target'])['value']
    ctx.completion(z[1], 'gte', tz, z[0], '门牌 completion (text)')
    ctx.sum(tz, [z[0], ctx.g(r'差额(\d+)块')], '门牌 target = actual + 差额')
    ctx.same(x[1], parse_target(byname['村（社区）地名标志设置数量']['target'])['value'], '村名标志 target')
    for val, nm in ((x[0], '村（社区）地名标志设置数量'), (a[0], '村（社区）地名标志设置数量'), (b[0], '街路巷标志牌设置数量'),
                    (y[0], '街路巷标志牌设置数量'), (c[0], '门牌安装数量'), (z[0], '门牌安装数量'),
                    (a[1], '村名标志单价'), (c[1], '门牌单价'),
                    (ctx.g(r'验收合格率' + NUM + '%，'), '标志安装验收合格率'),
                    (ctx.g(r'标准地名使用率达到' + NUM + '%，群众问路'), '标准地名使用率'),
                    (ctx.g(r'群众满意度为' + NUM + '%'), '群众满意度')):
        ctx.same(val, parse_actual(byname[nm]['actual'])['value'], f'{nm} text vs table')
    total = ctx.g(r'综合得分' + NUM + '分')
    ctx.same(total, tot[6], 'total text vs table')
    ctx.add('grade_mismatch', grade_norm(ctx.g(r'评价等级为“(.)”')) == grade_of(num(tot[6])), 'grade vs total')


# ---------------------------------------------------------------- project 2
def p_yudu(ctx):
    t = ctx.t
    F = funds_rows(ctx, {'total': '年度资金总额', 'cur': '其中：当年财政拨款', 'carry': '上年结转资金', 'other': '其他资金'})
    funds_block_checks(ctx, F, ['cur', 'carry', 'other'])
    items = mof_items(t, ('产出指标', '效益指标', '满意度指标'),
                      {'name': 2, 'target': 3, 'actual': 4, 'weight': 5, 'score': 6})
    indicator_checks(ctx, items)
    tot = one_row(t, '合计')
    ctx.sum(tot[5], [it['weight'] for it in items] + [F['total'][4]], 'weights', code='weight_sum_mismatch')
    ctx.add('weight_sum_mismatch', num(tot[5]) == 100, 'total weight 100')
    ctx.sum(tot[6], [it['score'] for it in items] + [F['total'][6]], 'scores', code='score_sum_mismatch')
    byname = {it['name']: it for it in items}
    act = lambda nm: parse_actual(byname[nm]['actual'])['value']
    yr, amt = ctx.g(r'(\d{4})年3月，县财政下达本项目预算(\d+)万元')
    ctx.year(yr == '2021', 'budget issued in the evaluation year')
    ctx.same(amt, F['total'][1], '下达 vs 年初')
    both = ctx.g(r'全年预算数与年初预算数均为' + NUM + '万元')
    ctx.same(both, F['total'][1], '年初 text vs table')
    ctx.same(both, F['total'][2], '全年 text vs table')
    dw = ctx.g(r'当年到位' + NUM + r'万元，到位率(\d+)%')
    ctx.rate(dw[1], dw[0], F['total'][2], '到位率')
    sp = ctx.g(r'全年支出' + NUM + r'万元，预算执行率' + NUM + '%')
    ctx.rate(sp[1], sp[0], F['total'][2], 'text 执行率')
    ctx.same(sp[0], F['total'][3], '执行数 text vs table')
    ctx.balance(ctx.g(r'结余' + NUM + '万元已于年底交回'), dw[0], sp[0], '结余')
    last = ctx.g(r'2020年本项目预算' + NUM + r'万元，执行' + NUM + r'万元，执行率' + NUM + '%')
    ctx.rate(last[2], last[1], last[0], '2020 执行率 (last year)')
    parts = [ctx.g(r'联检外业交通及测量补助' + NUM + '万元'), ctx.g(r'界桩维修更换' + NUM + '万元'),
             ctx.g(r'成果资料整理' + NUM + '万元'), ctx.g(r'联谊活动' + NUM + '万元')]
    ctx.sum(sp[0], parts, '支出构成 = 全年支出')
    new = ctx.g(r'新埋设界桩(\d+)颗，单价(\d+)元/颗')
    rep = ctx.g(r'维修界桩(\d+)颗，费用分别为([^；]+?)，平均每颗(\d+)元')
    fees = re.findall(r'(\d+)元', rep[1])
    ctx.add('sum_mismatch', len(fees) == int(rep[0]), 'number of listed repair fees')
    ctx.avg(rep[2], fees, 'average repair fee')
    ctx.sum(parts[1], [fmt(num(new[0]) * num(new[1]) / 10000)] + [fmt(num(f) / 10000) for f in fees], '界桩维修更换 amount')
    tot_rep = ctx.g(r'维修更换界桩(\d+)颗')
    ctx.sum(tot_rep, [new[0], rep[0]], '维修更换 = 新埋 + 维修')
    ctx.same(tot_rep, act('损毁界桩维修更换数量'), '维修更换 text vs table')
    ctx.same(new[1], act('新埋设界桩单价'), '界桩单价 text vs table')
    ln = ctx.g(r'共' + NUM + r'公里的联检，其中于瑞线' + NUM + r'公里、于会线' + NUM + '公里')
    ctx.sum(ln[0], [ln[1], ln[2]], '联检里程')
    ctx.same(ln[0], act('县级界线联检里程'), '里程 text vs table')
    zh = ctx.g(r'检查界桩(\d+)颗，其中于瑞线(\d+)颗、于会线(\d+)颗')
    ctx.sum(zh[0], [zh[1], zh[2]], '界桩检查数')
    ctx.same(zh[0], act('界桩检查数量'), '界桩检查 text vs table')
    ctx.same(ctx.g(r'知晓率为' + NUM + '%'), act('沿线群众界线法规知晓率'), '知晓率 text vs table')
    ctx.same(ctx.g(r'满意度为' + NUM + '%'), act('沿线乡镇及群众满意度'), '满意度 text vs table')
    ctx.same(ctx.g(r'联检成果于(\d{4}年\d+月\d+日)上报'), byname['联检成果上报时间']['actual'], '上报日期 text vs table')
    total = ctx.g(r'综合得分' + NUM + '分')
    ctx.same(total, tot[6], 'total text vs table')
    ctx.add('grade_mismatch', ctx.g(r'评价等级为(优|良|中|差)') == grade_of(num(tot[6])), 'grade vs total')
    ctx.year(ctx.g(r'于都县民政局\n(\d{4})年度行政区域界线') == '2021', 'title year')
    ctx.year(ctx.g(r'联检成果于(\d{4})年') == '2021', 'report date of results within the year')


# ---------------------------------------------------------------- project 3
def p_yushe(ctx):
    t = ctx.t
    cols = ['合计', '中央', '省级', '市级', '县区级', '上年结转', '其他']
    R = {}
    for r in rows(t, lambda c: len(c) == 9 and re.fullmatch(r'\(\d\)', c[1] or '') is not None):
        R[r[1]] = r[2:9]
    assert sorted(R) == ['(2)', '(3)', '(4)', '(5)', '(6)', '(7)'], sorted(R)
    for k in ('(2)', '(3)', '(4)', '(5)'):
        ctx.sum(R[k][0], R[k][1:], f'funds row {k} 合计')
    for i, c in enumerate(cols):
        ctx.balance(R['(5)'][i], R['(3)'][i], R['(4)'][i], f'(5)=(3)-(4) {c}')
        ctx.rate(R['(6)'][i], R['(3)'][i], R['(2)'][i], f'(6)=(3)/(2) {c}')
        ctx.rate(R['(7)'][i], R['(4)'][i], R['(2)'][i], f'(7)=(4)/(2) {c}')
    p = ctx.g(r'项目全年预算' + NUM + r'万元，其中省级补助资金' + NUM + r'万元（已于(\d{4})年12月提前下达），县级配套资金'
              + NUM + r'万元（(\d{4})年3月拨付）')
    ctx.sum(p[0], [p[1], p[3]], '全年预算 = 省级 + 县级')
    ctx.same(p[0], R['(2)'][0], '全年预算 text vs table')
    ctx.same(p[1], R['(2)'][2], '省级 text vs table')
    ctx.same(p[3], R['(2)'][4], '县级 text vs table')
    ctx.year(p[2] in ('2021', '2022'), 'advance in the December before the year')
    ctx.year(p[4] == '2022', '县级拨付 year')
    spent = ctx.g(r'全年支出' + NUM + '万元')
    ctx.same(spent, R['(4)'][0], '支出 text vs table')
    ctx.year(int(ctx.g(r'已结转至(\d{4})年支付')) > 2022, 'carry-over year')
    ctx.year(ctx.g(r'截至(\d{4})年12月31日') == '2022', '截至 year')
    ctx.year(ctx.g(r'榆社县民政局(\d{4})年度乡村地名标志') == '2022', 'title year')
    det = {r[0]: r for r in rows(t, lambda c: len(c) == 4 and c[0] not in ('支出内容',))}
    amounts = []
    for nm, r in det.items():
        if nm == '合计':
            continue
        amounts.append(r[3])
        if r[1] != '—':
            ctx.prod(r[3], re.match(r'\d+', r[1]).group(0), r[2], f'detail {nm}')
    ctx.sum(det['合计'][3], amounts, 'detail 合计')
    ctx.same(det['合计'][3], R['(4)'][0], 'detail 合计 vs (4)')
    items = mof_items(t, ('预算执行', '产出指标', '效益指标', '满意度指标'),
                      {'name': 2, 'target': 3, 'actual': 4, 'completion': 5, 'weight': 6, 'score': 7})
    indicator_checks(ctx, items)
    tot = [r for r in rows(t, lambda c: c[0] == '合计' and len(c) == 8)][0]
    ctx.sum(tot[6], [it['weight'] for it in items], 'weights', code='weight_sum_mismatch')
    ctx.add('weight_sum_mismatch', num(tot[6]) == 100, 'total weight 100')
    ctx.sum(tot[7], [it['score'] for it in items], 'scores', code='score_sum_mismatch')
    byname = {it['name']: it for it in items}
    ctx.same(byname['预算执行率']['actual'].rstrip('%'), R['(7)'][0], 'exec rate table vs funds')
    wp = ctx.g(r'评分按预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分')
    sp = ctx.g(r'其中预算执行得' + NUM + r'分，产出指标得' + NUM + r'分，效益指标得' + NUM + r'分，满意度指标得' + NUM + '分')
    for lv, w, s in zip(('预算执行', '产出指标', '效益指标', '满意度指标'), wp, sp):
        ctx.add('weight_sum_mismatch', num(w) == block_sum(items, 'weight', lv), f'{lv} weight text vs table')
        ctx.add('score_sum_mismatch', close(s, block_sum(items, 'score', lv)), f'{lv} score text vs table')
    total = ctx.g(r'本项目总得分' + NUM + '分')
    ctx.sum(total, list(sp), 'text total = text block scores', code='score_sum_mismatch')
    ctx.same(total, tot[7], 'total text vs table')
    ctx.add('grade_mismatch', grade_norm(ctx.g(r'等级为(优秀|良好|中等|较差)')) == grade_of(num(tot[7])), 'grade vs total')
    ex = ctx.g(r'总体执行率' + NUM + r'%，得' + NUM + '分')
    ctx.same(ex[0], R['(7)'][0], 'exec rate text vs table')
    ctx.same(ex[1], byname['预算执行率']['score'], 'exec score text vs table')
    act = lambda nm: parse_actual(byname[nm]['actual'])['value']
    tgt = lambda nm: parse_target(byname[nm]['target'])['value']
    base = ctx.g(r'为(\d+)个行政村设置了村名牌，全县(\d+)个行政村中尚有(\d+)个未设置')
    ctx.sum(base[1], [base[0], base[2]], '272 = 86 + 186')
    ctx.same(base[2], tgt('行政村村名牌设置数量'), '未设置 vs target')
    ctx.same(ctx.g(r'全年为(\d+)个行政村设置了村名牌'), act('行政村村名牌设置数量'), '村名牌 text vs table')
    zr = ctx.g(r'设置自然村（组）地名标志(\d+)块，比目标多(\d+)块')
    ctx.same(zr[0], act('自然村（组）地名标志设置数量'), '自然村标志 text vs table')
    ctx.sum(zr[0], [tgt('自然村（组）地名标志设置数量'), zr[1]], '240 = 230 + 10')
    ctx.same(ctx.g(r'标准地名规范使用率' + NUM + '%。'), act('标准地名规范使用率'), '使用率 text vs table')
    ctx.same(ctx.g(r'推送纠错信息(\d+)条，'), act('导航平台地名纠错条数'), '纠错 text vs table')
    ctx.same(ctx.g(r'村民满意度' + NUM + '%'), act('村民满意度'), '满意度 text vs table')
    pr = ctx.g(r'村名牌中标价(\d+)元/块，自然村标志(\d+)元/块')
    ctx.same(pr[0], act('村名牌单价'), '村名牌单价 text vs table')
    ctx.same(pr[1], act('自然村标志单价'), '自然村标志单价 text vs table')
    ctx.same(pr[0], det['行政村村名牌'][2], '村名牌单价 text vs detail')
    ctx.same(pr[1], det['自然村（组）地名标志'][2], '自然村标志单价 text vs detail')


# ---------------------------------------------------------------- project 4
def p_cangxi(ctx):
    t = ctx.t
    F = funds_rows(ctx, {'total': '年度资金总额', 'fin': '其中：财政资金', 'sp': '财政专户管理资金', 'unit': '单位资金', 'other': '其他资金'})
    funds_block_checks(ctx, F, ['fin', 'sp', 'unit', 'other'])
    items = []
    for c in rows(t, lambda c: c[0] in ('产出指标', '效益指标')):
        sign, val, unit, actual = c[3], c[4], c[5], c[6]
        if sign == '定性':
            target, act_s = val, actual
        else:
            target = (sign if sign != '=' else '=') + val + unit
            act_s = actual if not is_num(actual) or actual.endswith('%') else actual + unit
        items.append({'level1': c[0], 'name': c[2], 'target': target, 'actual': act_s, 'weight': c[7], 'score': c[8]})
    indicator_checks(ctx, items)
    ws = [it['weight'] for it in items] + [F['total'][4]]
    ctx.add('weight_sum_mismatch', close('100', sum(num(w) for w in ws)), 'weights total 100')
    wp = ctx.g(r'评分采用预算执行率(\d+)分、绩效指标(\d+)分的方式，绩效指标中产出指标(\d+)分、效益指标(\d+)分')
    ctx.add('weight_sum_mismatch', num(wp[0]) == num(F['total'][4]), 'exec weight text vs table')
    ctx.add('weight_sum_mismatch', num(wp[1]) == num(wp[2]) + num(wp[3]), '90 = 60 + 30')
    ctx.add('weight_sum_mismatch', num(wp[2]) == block_sum(items, 'weight', '产出指标'), '产出 weight text vs table')
    ctx.add('weight_sum_mismatch', num(wp[3]) == block_sum(items, 'weight', '效益指标'), '效益 weight text vs table')
    total = ctx.g(r'综合得分' + NUM + '分')
    ctx.sum(total, [it['score'] for it in items] + [F['total'][6]], 'scores', code='score_sum_mismatch')
    ctx.add('grade_mismatch', ctx.g(r'自评等级：(优|良|中|差)') == grade_of(num(total)), 'grade vs total')
    init = ctx.g(r'项目年初预算' + NUM + '万元')
    ctx.same(init, F['total'][1], '年初 text vs table')
    adj = ctx.g(r'县财政据此追加预算' + NUM + '万元')
    annual = ctx.g(r'全年预算调整为' + NUM + '万元')
    ctx.sum(annual, [init, adj], '全年 = 年初 + 追加')
    ctx.same(annual, F['total'][2], '全年 text vs table')
    ctx.year(ctx.g(r'(\d{4})年6月，省级下达') == '2024', '追加 year')
    dw = ctx.g(r'全年资金到位' + NUM + r'万元，到位率(\d+)%')
    ctx.rate(dw[1], dw[0], annual, '到位率')
    sp = ctx.g(r'全年支出' + NUM + r'万元，执行率' + NUM + '%')
    ctx.rate(sp[1], sp[0], annual, 'text 执行率')
    ctx.same(sp[0], F['total'][3], '执行 text vs table')
    pv = ctx.g(r'省级界线联检补助资金' + NUM + r'万元，当年支出' + NUM + r'万元，执行率(\d+)%')
    ctx.rate(pv[2], pv[1], pv[0], '省级补助 执行率')
    ctx.same(pv[0], adj, '省级补助 = 追加')
    ctx.balance(ctx.g(r'未执行的' + NUM + '万元'), dw[0], sp[0], '未执行 = 到位 - 支出')
    ctx.year(int(ctx.g(r'已结转至(\d{4})年支付')) > 2024, 'carry-over year')
    ctx.year(ctx.g(r'截至(\d{4})年12月31日') == '2024', '截至 year')
    ctx.year(ctx.g(r'苍溪县(\d{4})年区划地名工作经费项目支出') == '2024', 'title year')
    ly = ctx.g(r'2023年同类经费预算' + NUM + r'万元，支出' + NUM + r'万元，执行率' + NUM + '%')
    ctx.rate(ly[2], ly[1], ly[0], '2023 执行率 (last year)')
    jz = ctx.g(r'维护界桩(\d+)颗，单价(\d+)元/颗，计' + NUM + '万元')
    bz = ctx.g(r'设置乡村地名标志(\d+)块，单价(\d+)元/块，计' + NUM + '万元')
    ctx.prod(jz[2], jz[0], jz[1], '界桩维护')
    ctx.prod(bz[2], bz[0], bz[1], '乡村地名标志')
    ctx.sum(sp[0], [ctx.g(r'界线联检外业及成果整理' + NUM + '万元'), jz[2], bz[2],
                    ctx.g(r'地名文化宣传及数据库维护' + NUM + '万元'), ctx.g(r'平安边界创建活动' + NUM + '万元')],
            '支出构成 = 全年支出')
    byname = {it['name']: it for it in items}
    act = lambda nm: parse_actual(byname[nm]['actual'])['value']
    tgt = lambda nm: parse_target(byname[nm]['target'])['value']
    ctx.same(jz[0], act('界桩维护数量'), '界桩 text vs table')
    ctx.same(bz[0], act('乡村地名标志设置数量'), '标志 text vs table')
    ctx.same(jz[1], act('界桩维护单价'), '界桩单价 text vs table')
    ctx.same(bz[1], act('乡村地名标志单价'), '标志单价 text vs table')
    j2 = ctx.g(r'维护界桩(\d+)颗，比目标多(\d+)颗')
    ctx.sum(j2[0], [tgt('界桩维护数量'), j2[1]], '32 = 30 + 2')
    b2 = ctx.g(r'设置乡村地名标志(\d+)块，较目标少(\d+)块')
    ctx.sum(tgt('乡村地名标志设置数量'), [b2[0], b2[1]], '260 = 250 + 10')
    ctx.same(ctx.g(r'覆盖行政村比例达到' + NUM + '%'), act('地名标志覆盖行政村比例'), '覆盖比例 text vs table')


# ---------------------------------------------------------------- project 5
def p_xianning(ctx):
    t = ctx.t
    items = mof_items(t, ('预算执行', '目标'), {'name': 2, 'target': 3, 'actual': 4, 'weight': 5, 'score': 6},
                      level_of=lambda s: s.split('：')[0])
    indicator_checks(ctx, items, partial_band=(D('0.5'), D('0.8')))
    tot = one_row(t, '合计')
    ctx.sum(tot[5], [it['weight'] for it in items], 'weights', code='weight_sum_mismatch')
    ctx.add('weight_sum_mismatch', num(tot[5]) == 100, 'total weight 100')
    ctx.sum(tot[6], [it['score'] for it in items], 'scores', code='score_sum_mismatch')
    ctx.add('weight_sum_mismatch', num(ctx.g(r'预算执行占(\d+)分')) == block_sum(items, 'weight', '预算执行'), 'exec weight')
    ctx.add('weight_sum_mismatch', num(ctx.g(r'三项年度目标共占(\d+)分')) ==
            sum(block_sum(items, 'weight', l) for l in ('目标一', '目标二', '目标三')), 'goal weights')
    sc = ctx.g(r'预算执行得' + NUM + r'分；目标一得' + NUM + r'分，目标二得' + NUM + r'分，目标三得' + NUM
               + r'分；总分' + NUM + r'分，评价等级为(优秀|良好|中等|较差)')
    for lv, s in zip(('预算执行', '目标一', '目标二', '目标三'), sc[:4]):
        ctx.add('score_sum_mismatch', close(s, block_sum(items, 'score', lv)), f'{lv} score text vs table')
    ctx.sum(sc[4], list(sc[:4]), 'text total = blocks', code='score_sum_mismatch')
    ctx.same(sc[4], tot[6], 'total text vs table')
    ctx.add('grade_mismatch', grade_norm(sc[5]) == grade_of(num(tot[6])), 'grade vs total')
    f = ctx.g(r'(\d{4})年年初预算' + NUM + r'万元，其中基本支出' + NUM + r'万元、项目支出' + NUM + '万元')
    ctx.year(f[0] == '2018', 'budget year')
    ctx.year(ctx.g(r'咸宁市地名服务中心(\d{4})年度部门整体') == '2018', 'title year')
    ctx.sum(f[1], [f[2], f[3]], '年初 = 基本 + 项目')
    adj = ctx.g(r'追加城区街路巷标志补设经费' + NUM + '万元')
    an = ctx.g(r'全年预算调整为' + NUM + r'万元，其中项目支出' + NUM + '万元')
    ctx.sum(an[0], [f[1], adj], '全年 = 年初 + 追加')
    ctx.sum(an[1], [f[3], adj], '项目全年 = 项目年初 + 追加')
    sp = ctx.g(r'全年支出' + NUM + r'万元，预算执行率' + NUM + '%')
    ctx.rate(sp[1], sp[0], an[0], '部门 执行率')
    byname = {it['name']: it for it in items}
    act = lambda nm: parse_actual(byname[nm]['actual'])['value']
    tgt = lambda nm: parse_target(byname[nm]['target'])['value']
    ctx.same(sp[1], act('部门预算执行率'), 'exec rate text vs table')
    bs = ctx.g(r'基本支出' + NUM + r'万元，执行率(\d+)%，其中人员经费' + NUM + r'万元、日常公用经费' + NUM + '万元')
    ctx.rate(bs[1], bs[0], f[2], '基本支出 执行率')
    ctx.sum(bs[0], [bs[2], bs[3]], '基本支出 = 人员 + 公用')
    pj = ctx.g(r'项目支出' + NUM + r'万元，执行率' + NUM + '%')
    ctx.rate(pj[1], pj[0], an[1], '项目支出 执行率')
    ctx.sum(sp[0], [bs[0], pj[0]], '支出 = 基本 + 项目')
    ctx.balance(ctx.g(r'年末结余' + NUM + '万元'), an[0], sp[0], '结余 = 全年预算 - 支出')
    ctx.year(int(ctx.g(r'结转至(\d{4})年使用')) > 2018, 'carry-over year')
    bz = ctx.g(r'街路巷标志(\d+)块，单价(\d+)元/块，计' + NUM + '万元')
    jz = ctx.g(r'维护界桩(\d+)颗，按每颗(\d+)元计' + NUM + '万元')
    ctx.prod(bz[2], bz[0], bz[1], '街路巷标志')
    ctx.prod(jz[2], jz[0], jz[1], '界桩维护')
    ctx.sum(pj[0], [bz[2], ctx.g(r'市辖区界线联检' + NUM + '万元'), jz[2], ctx.g(r'地名审核技术服务' + NUM + '万元'),
                    ctx.g(r'地名文化宣传' + NUM + '万元')], '项目支出构成')
    n = ctx.g(r'全年开展(\d+)次服务满意度抽样')
    sat = re.findall(r'([\d.]+)%', ctx.g(r'满意度分别为([^。]+)。'))
    ctx.add('sum_mismatch', len(sat) == int(n), 'number of samples')
    ctx.avg(act('服务对象满意度（4次抽样平均）'), sat, 'satisfaction average (table)')
    cp = ctx.g(r'标准地名审核办结(\d+)件，为年度目标(\d+)件的(\d+)%')
    ctx.completion(cp[2], 'gte', cp[1], cp[0], '审核办结 completion (text)')
    ctx.same(cp[0], act('标准地名审核办结数'), '办结 text vs table')
    ctx.same(cp[1], tgt('标准地名审核办结数'), '办结 target text vs table')
    ctx.same(ctx.g(r'全年完成(\d+)块'), act('城区街路巷标志新设及更换数量'), '标志数 text vs table')
    ctx.same(bz[0], act('城区街路巷标志新设及更换数量'), '标志数 detail vs table')
    ctx.same(bz[1], act('标志单价'), '单价 text vs table')
    ctx.same(ctx.g(r'城区标志完好率' + NUM + '%'), act('标志完好率'), '完好率 text vs table')
    ctx.same(ctx.g(r'居民满意度' + NUM + '%'), act('沿街单位和居民满意度'), '居民满意度 text vs table')
    ctx.same(ctx.g(r'审核平均办理时长为(\d+)个工作日'), act('审核平均办理时长'), '时长 text vs table')
    ctx.same(ctx.g(r'全年更新数据(\d+)条'), act('地名信息库数据更新条数'), '更新条数 text vs table')
    ctx.same(ctx.g(r'共(\d+)公里'), act('市辖区界线联检里程'), '联检里程 text vs table')
    jw = ctx.g(r'计划维护界桩(\d+)颗，实际完成(\d+)颗，另(\d+)颗')
    ctx.sum(jw[0], [jw[1], jw[2]], '20 = 18 + 2')
    ctx.same(jw[1], act('界桩维护数量'), '界桩 text vs table')
    ctx.same(jw[0], tgt('界桩维护数量'), '界桩 target text vs table')
    ctx.same(jz[0], jw[1], '界桩 count detail vs text')


PROJECTS = {
    'ha-luyi-dimingbiaozhi-2019': p_luyi,
    'jx-yudu-jiexianlianjian-2021': p_yudu,
    'sx-yushe-xiangcundiming-2022': p_yushe,
    'sc-cangxi-quhuadiming-2024': p_cangxi,
    'hb-xianning-dimingzhongxin-2018': p_xianning,
}


def run_checks(pid, text):
    ctx = Ctx(text)
    PROJECTS[pid](ctx)
    return ctx.res


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def main():
    fails = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
    assert len(labels) == 35, len(labels)
    counts = {c: 0 for c in CODES}
    where_counts = {}
    n_checks = 0
    for rec in labels:
        pid = rec['source']
        text = open(os.path.join(CASES, rec['case']), encoding='utf-8').read()
        clean = open(os.path.join(CASES, pid + '-clean.txt'), encoding='utf-8').read()
        try:
            res = run_checks(pid, text)
        except (AssertionError, ArithmeticError, KeyError, IndexError, ValueError) as e:
            fails.append(f"{rec['case']}: extraction failed: {e}")
            continue
        n_checks += len(res)
        failed = [r for r in res if not r[2]]
        if rec['clean']:
            if rec['expected']:
                fails.append(f"{rec['case']}: clean case with labels")
            if not (2800 <= len(text) <= 3400):
                fails.append(f"{rec['case']}: length {len(text)} outside 2800-3400")
            for code, level, ok, desc in failed:
                fails.append(f"{rec['case']}: clean draft fails {code} ({level}): {desc}")
            continue
        if len(rec['expected']) != 1:
            fails.append(f"{rec['case']}: expected exactly one label")
            continue
        lab = rec['expected'][0]
        code, value = lab['code'], lab['value']
        if code not in CODES or lab['severity'] != 'error':
            fails.append(f"{rec['case']}: bad code/severity {code}/{lab['severity']}")
        counts[code] = counts.get(code, 0) + 1
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not occ:
            fails.append(f"{rec['case']}: label value not found: {value!r}")
        (cs, ce), (es, ee) = diff_region(clean, text)
        if es == ee == cs == ce:
            fails.append(f"{rec['case']}: identical to its clean draft")
        if ee - es > 120 or ce - cs > 120:
            fails.append(f"{rec['case']}: edit region too large ({ce - cs}/{ee - es} chars)")
        lo, hi = es, max(ee, es + 1)
        if not any(o < hi and lo < o + len(value) for o in occ):
            fails.append(f"{rec['case']}: edit [{es},{ee}) does not overlap label value {value!r}")
        if not any(c == code for c, lv, ok, d in failed):
            fails.append(f"{rec['case']}: labelled code {code} does not fail")
        for c, lv, ok, d in failed:
            if lv == 'error' and c != code:
                fails.append(f"{rec['case']}: unlabelled error {c}: {d}")
    for c in CODES:
        if counts.get(c, 0) < 2:
            fails.append(f'code {c} used {counts.get(c, 0)} times (< 2)')
    print('codes:', ', '.join(f'{c}={counts[c]}' for c in CODES))
    print(f'cases={len(labels)} checks_run={n_checks}')
    if fails:
        for f in fails:
            print('FAIL', f)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
