#!/usr/bin/env python3
"""Verify the n109 set.

1. labels.jsonl: one line per case file, every label value occurs in its case, each of the 13 codes of
   errors.md section A is used at least twice, clean cases expect nothing.
2. Each error case differs from its clean draft in one place (one contiguous changed region).
3. The arithmetic of every clean draft is redone from the text itself: funds tables (sums, rates, balances,
   execution score), the 自评表 (weights, scores, totals, completion, score rule, units, grade), and
   project-specific statements in the text (sources add up, 元/万元/亿元 conversions, per-亩 figures,
   averages, completion rates, repeated figures, years).  Every check must pass on the clean drafts.
4. As a sanity check the same checks are run on every error case: each must fail at least one of them.
Prints OK at the end.
"""
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
CODES = ['rate_mismatch', 'balance_mismatch', 'sum_mismatch', 'score_sum_mismatch', 'score_exceeds_weight',
         'weight_sum_mismatch', 'grade_mismatch', 'average_mismatch', 'conflicting_values', 'implausible_rate',
         'unit_mismatch', 'year_mismatch', 'completion_mismatch']
PROJECTS = {'fujin-gbnt-2019': 2019, 'keyouqian-gbnt-2020': 2020, 'dehui-gbnt-2022': 2022,
            'bayan-gbnt-2023': 2023, 'kailu-gbnt-2025': 2025}
NUM = r'(\d[\d,]*(?:\.\d+)?)'


# ------------------------------------------------------------------ helpers
def n(s):
    return D(s.replace(',', ''))


def decs(s):
    s = s.replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


def close(stated, computed):
    """stated: the string as written; computed: Decimal. Tolerance from the stated decimals (rules §8)."""
    return abs(D(computed) - n(stated)) <= D('0.5') * D(10) ** -decs(stated) + D('1e-9')


def r2(x):
    return D(x).quantize(D('0.01'), rounding=ROUND_HALF_UP)


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in s)


def band(total):
    t = D(total)
    return '优' if t >= 90 else '良' if t >= 80 else '中' if t >= 60 else '差'


GRADE_NORM = {'优秀': '优', '优': '优', '良好': '良', '良': '良', '中等': '中', '中': '中', '一般': '中',
              '合格': '中', '差': '差', '较差': '差', '不合格': '差'}


class Checker:
    def __init__(self, text, name):
        self.t = text
        self.name = name
        self.fails = []
        self.count = 0

    def ok(self, cond, msg):
        self.count += 1
        if not cond:
            self.fails.append(msg)
        return cond

    def g(self, pat):
        """Groups of the first match of pat; a missing pattern is a failure (returns None)."""
        m = re.search(pat, self.t, re.S)
        self.ok(m is not None, f'pattern not found: {pat}')
        return m.groups() if m else None

    def all(self, pat):
        return re.findall(pat, self.t)

    def rate(self, stated, num, den, what):
        return self.ok(den != 0 and close(stated, D(num) / D(den) * 100),
                       f'{what}: {num}/{den} -> {stated}%')

    def eq(self, a, b, what):
        """a stated string (or Decimal) equal to computed b within a's decimals"""
        if isinstance(a, str):
            return self.ok(close(a, b), f'{what}: stated {a}, computed {b}')
        return self.ok(abs(D(a) - D(b)) <= D('0.005'), f'{what}: {a} vs {b}')


# ------------------------------------------------------------------ table parsing
def cells(line):
    out = []
    for m in re.finditer(r'\S+(?: \S+)*', line):
        out.append((dw(line[:m.start()]), m.group()))
    return out


def parse_table(lines, i):
    """lines[i] is a header; returns (columns, rows) where rows are dicts name->cell, stopping at a blank."""
    cols = cells(lines[i])
    rows = []
    j = i + 1
    while j < len(lines) and lines[j].strip():
        row = {}
        for pos, txt in cells(lines[j]):
            col = None
            for cpos, cname in cols:
                if cpos <= pos:
                    col = cname
            if col is None:
                col = cols[0][1]
            row[col] = (row[col] + ' ' + txt) if col in row else txt
        rows.append(row)
        j += 1
    return [c for _, c in cols], rows


def find_col(cols, *prefixes):
    for p in prefixes:
        for c in cols:
            if c.startswith(p):
                return c
    return None


VAL = re.compile(r'^(≥|≤|>=|<=|＞|＜)?\s*(\d[\d,]*(?:\.\d+)?)([^\d]*)$')


def parse_val(s):
    m = VAL.match(s or '')
    if not m:
        return None
    sign, num, unit = m.groups()
    d = 'lte' if sign in ('≤', '<=', '＜') else 'gte'
    return d, n(num), unit.strip()


def check_self_table(c, year):
    """Generic checks of the 项目支出绩效自评表 (the part after its last heading). Returns a summary."""
    t = c.t
    k = t.rfind('项目支出绩效自评表')
    c.ok(k >= 0, 'no 自评表')
    lines = t[k:].split('\n')
    weights, scores = D(0), D(0)
    levels = {}
    total_w = total_s = None
    ind_rows = {}
    exec_score = None
    for i, line in enumerate(lines):
        if '分值' not in line or '得分' not in line:
            continue
        cols, rows = parse_table(lines, i)
        wc, sc = find_col(cols, '分值'), find_col(cols, '得分')
        if find_col(cols, '全年预算数'):
            # MOF funds block
            a0, a1, a2 = find_col(cols, '年初预算数'), find_col(cols, '全年预算数'), find_col(cols, '全年执行数')
            rc, first = find_col(cols, '执行率'), cols[0]
            tot = None
            parts = []
            for r in rows:
                lab = r.get(first, '')
                if a1 not in r:
                    continue
                budget, spent = n(r[a1]), n(r[a2])
                if budget == 0:
                    c.ok(r.get(rc) in ('—', '-', '/', ''), f'funds row {lab}: rate on a zero base {r.get(rc)}')
                else:
                    c.ok(r.get(rc, '').endswith('%'), f'funds row {lab}: no rate')
                    c.rate(r[rc].rstrip('%'), spent, budget, f'funds row {lab} 执行率')
                    c.ok(spent <= budget, f'funds row {lab}: spent above budget')
                if lab.startswith('年度资金总额'):
                    tot = r
                else:
                    parts.append(r)
            c.ok(tot is not None, 'no 年度资金总额 row')
            if tot:
                for col in (a0, a1, a2):
                    c.eq(tot[col], sum(n(p[col]) for p in parts), f'funds {col} 总额 = Σ components')
                w = n(tot[wc])
                rate_s = tot[rc].rstrip('%')
                exact = w * min(n(tot[a2]) / n(tot[a1]), D(1))
                c.ok(close(tot[sc], exact) or close(tot[sc], w * min(n(rate_s) / 100, D(1))),
                     f'execution score {tot[sc]} vs {exact}')
                c.ok(n(tot[sc]) <= w, 'execution score above weight')
                weights += w
                scores += n(tot[sc])
                levels['预算执行'] = (w, n(tot[sc]))
                exec_score = tot[sc]
            continue
        # indicator table
        tc, ac = find_col(cols, '年度指标值', '目标值'), find_col(cols, '实际完成值', '实际值')
        cc = find_col(cols, '完成率')
        name_c = find_col(cols, '三级指标')
        lvl = None
        for r in rows:
            first = r.get(cols[0], '')
            if first in ('总分', '合计'):
                total_w, total_s = r.get(wc), r.get(sc)
                continue
            if first:
                lvl = first
            if wc not in r:
                continue
            w, s = n(r[wc]), n(r[sc])
            weights += w
            scores += s
            lw, ls = levels.get(lvl, (D(0), D(0)))
            levels[lvl] = (lw + w, ls + s)
            nm = r.get(name_c, '')
            ind_rows[nm] = r
            c.ok(D(0) <= s <= w, f'row {nm}: score {s} outside [0, {w}]')
            tv, av = parse_val(r.get(tc)), parse_val(r.get(ac))
            if tv and (r.get(tc, '').endswith('前') or '年' in r.get(tc, '')):
                tv = None
            if tv is None:
                continue   # qualitative or date target
            c.ok(av is not None and av[2] == tv[2],
                 f'row {nm}: unit of actual {r.get(ac)!r} differs from target {r.get(tc)!r}')
            if av is None or av[2] != tv[2]:
                continue
            if av[2] == '%':
                c.ok(D(0) <= av[1] <= 100, f'row {nm}: implausible percentage {r.get(ac)}')
            d, T, _ = tv
            A = av[1]
            if d == 'gte':
                comp = A / T * 100
                exp_s = w * min(A / T, D(1))
            else:
                comp = D(100) if A <= T else T / A * 100
                exp_s = w if A <= T else w * T / A
            if cc and cc in r:
                c.ok(close(r[cc].rstrip('%'), comp), f'row {nm}: completion {r[cc]} vs {comp:.4f}')
            c.ok(close(r[sc], exp_s), f'row {nm}: score {r[sc]} vs rule {exp_s:.4f}')
    c.ok(total_w is not None, 'no total row')
    if total_w is not None:
        c.eq(total_w, weights, 'Σ 分值 = total row 分值')
        c.ok(n(total_w) == 100, 'total weight is not 100')
        c.eq(total_s, scores, 'Σ 得分 = total row 得分')
    total = total_s
    # total stated in the text, grade band
    for v in re.findall(r'(?:自评得分|自评总得分|自评总分|绩效自评得分|总得分|取平均值)(?:为)?' + NUM + '分', t):
        c.ok(total is not None and n(v) == n(total), f'total in text {v} vs table {total}')
    grades = re.findall(r'(?:评价等级|自评等级)(?:为|：)?[“"]?(优秀|良好|中等|较差|优|良|中|差)', t)
    grades += re.findall(r'属于[“"](优秀|良好|中等|较差|优|良|中|差)[”"]', t)
    c.ok(len(grades) > 0, 'no grade stated')
    for gname in grades:
        c.ok(total is not None and GRADE_NORM[gname] == band(n(total)), f'grade {gname} vs total {total}')
    # years
    for y in re.findall(r'（(\d{4})年度）', t):
        c.ok(int(y) == year, f'table year {y} vs {year}')
    for y in re.findall(r'截至(\d{4})年12月31日', t):
        c.ok(int(y) == year, f'截至 {y} vs {year}')
    for y in re.findall(r'结转(?:至)?(\d{4})年', t):
        c.ok(int(y) == year + 1, f'结转 {y} vs {year + 1}')
    for y in re.findall(r'(\d{4})年度高标准农田', t):
        c.ok(int(y) == year, f'project year {y} vs {year}')
    return {'total': total, 'levels': levels, 'rows': ind_rows, 'exec_score': exec_score}


def actual(info, name):
    r = info['rows'].get(name)
    if r is None:
        return None
    for k in ('实际完成值', '实际值'):
        if k in r:
            return r[k]
    return None


def target(info, name):
    r = info['rows'].get(name)
    return None if r is None else (r.get('年度指标值') or r.get('目标值'))


def nv(s):
    """number in a cell like '≥186公里' or '192.4公里'"""
    m = re.search(r'\d[\d,]*(?:\.\d+)?', s or '')
    return n(m.group()) if m else D('NaN')


def text_table(c, header_start, *also):
    lines = c.t.split('\n')
    for i, line in enumerate(lines):
        if line.strip().startswith(header_start) and all(a in line for a in also):
            return parse_table(lines, i)
    c.ok(False, f'table {header_start} not found')
    return [], []


def level_text(c, info, m):
    """m: (exec, output, benefit, satisfaction[, total]) scores stated in the text"""
    if not m:
        return
    lv = info['levels']
    keys = ['预算执行', '产出指标', '效益指标', '满意度指标']
    for k, v in zip(keys, m[:4]):
        c.ok(k in lv and n(v) == lv[k][1], f'text {k} score {v} vs table {lv.get(k)}')
    if len(m) > 4:
        c.eq(m[4], sum(n(v) for v in m[:4]), 'text level scores add to total')


# ------------------------------------------------------------------ project checks
def p_fujin(c, info):
    t = c.t
    src = c.g(r'项目资金' + NUM + r'万元，其中：中央财政农田建设补助资金' + NUM + r'万元、省级财政资金' + NUM
              + r'万元、市级配套资金' + NUM + '万元')
    adj = c.g(r'年初预算' + NUM + r'万元，2019年7月市财政追加市级配套资金' + NUM + r'万元，调整后全年预算为' + NUM + '万元')
    arr = c.g(r'到位资金' + NUM + r'万元，资金到位率' + NUM + '%')
    spent = c.g(r'全年实际支出' + NUM + r'万元，预算执行率' + NUM + '%')
    city = c.g(r'市级配套资金实际支付' + NUM + r'(元|万元)，执行率' + NUM + '%')
    unpaid = c.g(r'尚未支付的' + NUM + '万元')
    std = c.g(r'新建高标准农田建设任务(\d+)万亩.*?亩均财政投入标准' + NUM + r'元测算，项目计划总投资' + NUM + '万元')
    if not all([src, adj, arr, spent, city, unpaid, std]):
        return
    total, cen, prov, mun = map(n, src)
    c.eq(src[0], cen + prov + mun, 'sources add up to the project total')
    c.eq(adj[2], n(adj[0]) + n(adj[1]), '年初 + 追加 = 全年')
    c.ok(n(adj[2]) == total and n(adj[1]) == mun, 'full-year budget = project total, 追加 = municipal share')
    c.eq(arr[0], n(adj[2]), '到位 = 全年预算 (到位率100%)')
    c.rate(arr[1], n(arr[0]), n(adj[2]), '到位率')
    c.rate(spent[1], n(spent[0]), n(adj[2]), '执行率 in text')
    city_wan = n(city[0]) / 10000 if city[1] == '元' else n(city[0])
    c.rate(city[2], city_wan, mun, '市级配套执行率')
    c.eq(unpaid[0], n(arr[0]) - n(spent[0]), 'unpaid = 到位 - 支出')
    c.eq(unpaid[0], mun - city_wan, 'unpaid = municipal share - municipal paid')
    c.eq(std[2], n(std[0]) * n(std[1]), 'planned total (万元) = area (万亩) x per-mu standard (元/亩)')
    area = nv(actual(info, '新建高标准农田面积'))
    c.eq(actual(info, '亩均财政投入').split('元')[0], n(spent[0]) * 10000 / (area * 10000), '亩均 actual = spent / area')
    for pat, row in [(r'灌排渠道' + NUM + r'公里，完成年度目标的' + NUM + '%', '新建及改造灌排渠道'),
                     (r'田间道路' + NUM + r'公里，完成年度目标的' + NUM + '%', '新建田间道路'),
                     (r'新增粮食综合生产能力' + NUM + r'万斤，为年度目标的' + NUM + '%', '新增粮食综合生产能力'),
                     (r'受益农户' + NUM + r'户，完成目标的' + NUM + '%', '项目区受益农户')]:
        m = c.g(pat)
        if m:
            c.rate(m[1], n(m[0]), nv(target(info, row)), f'text completion {row}')
            c.ok(n(m[0]) == nv(actual(info, row)), f'text {row} {m[0]} vs table {actual(info, row)}')
    for v in re.findall(r'灌排渠道' + NUM + '公里', t):
        c.ok(n(v) == D('192.4'), f'canal length {v} differs')
    for v in re.findall(r'新建高标准农田(\d+\.\d+)万亩', t):
        c.ok(n(v) == area, f'area {v} differs from table {area}')
    sat = c.g(r'收回有效问卷(\d+)份，其中表示满意的(\d+)份，群众满意度为' + NUM + '%')
    if sat:
        c.rate(sat[2], n(sat[1]), n(sat[0]), 'satisfaction = satisfied / valid')
        c.ok(n(sat[2]) == nv(actual(info, '项目区群众满意度')), 'satisfaction text vs table')
    for v in re.findall(r'群众满意度(?:为)?(\d+\.\d+)%', t):
        c.ok(n(v) == D('95.6'), f'satisfaction {v} differs')
    level_text(c, info, c.g(r'预算执行率得' + NUM + r'分，产出指标得' + NUM + r'分，效益指标得' + NUM + r'分，满意度指标得'
                              + NUM + r'分，自评总得分' + NUM + '分'))
    m = c.g(r'时效指标扣(\d+)分')
    r = info['rows'].get('项目完工时间')
    if m and r:
        c.ok(n(r['分值']) - n(r['得分']) == n(m[0]), 'timeliness deduction')
    m = c.g(r'扣(\d+\.\d+)分')
    r = info['rows'].get('工程管护责任落实率')
    if m and r:
        c.ok(n(r['分值']) - n(r['得分']) == n(m[0]), 'maintenance deduction')


def p_keyouqian(c, info):
    t = c.t
    src = c.g(r'项目总投资' + NUM + r'万元，亩均财政投入' + NUM + r'元。按资金来源分：中央财政资金' + NUM
              + r'万元，自治区财政资金' + NUM + r'万元，盟级配套资金' + NUM + r'万元，旗级配套资金' + NUM + '万元')
    area = c.g(r'建设高标准农田' + NUM + r'万亩，其中高效节水灌溉' + NUM + '万亩')
    init = c.g(r'年初预算安排中央和自治区资金' + NUM + '万元')
    full = c.g(r'全年预算调整为' + NUM + '万元')
    arr = c.g(r'实际到位资金' + NUM + r'万元，到位率' + NUM + '%')
    short = c.g(r'旗级配套资金尚有' + NUM + '万元未到位')
    spent = c.g(r'全年实际支出' + NUM + r'万元，预算执行率' + NUM + '%')
    bal = c.g(r'结余' + NUM + '万元')
    if not all([src, area, init, full, arr, short, spent, bal]):
        return
    total = n(src[0])
    c.eq(src[0], sum(n(x) for x in src[2:]), 'sources add up')
    c.eq(src[1], total * 10000 / (n(area[0]) * 10000), '亩均 = total / area')
    c.eq(init[0], n(src[2]) + n(src[3]), '年初 = 中央 + 自治区')
    c.eq(full[0], total, '全年预算 = total')
    c.rate(arr[1], n(arr[0]), total, '到位率')
    c.rate(spent[1], n(spent[0]), total, '执行率')
    c.eq(bal[0], n(arr[0]) - n(spent[0]), '结余 = 到位 - 支出')
    cols, rows = text_table(c, '资金来源')
    if rows:
        byname = {r['资金来源']: r for r in rows}
        parts = [r for r in rows if r['资金来源'] != '合计']
        tot = byname.get('合计')
        for col in ('年初预算', '全年预算', '实际到位', '实际支出'):
            c.eq(tot[col], sum(n(r[col]) for r in parts), f'source table {col} 合计')
        for r in rows:
            c.rate(r['执行率'].rstrip('%'), n(r['实际支出']), n(r['全年预算']), f'source table {r["资金来源"]} 执行率')
            c.ok(n(r['实际支出']) <= n(r['实际到位']) <= n(r['全年预算']), f'source table ordering {r["资金来源"]}')
        c.ok(n(tot['年初预算']) == n(init[0]) and n(tot['全年预算']) == total and n(tot['实际到位']) == n(arr[0])
             and n(tot['实际支出']) == n(spent[0]), 'source table totals vs text')
        for key, i in (('中央财政资金', 2), ('自治区财政资金', 3), ('盟级配套资金', 4), ('旗级配套资金', 5)):
            c.ok(n(byname[key]['全年预算']) == n(src[i]), f'source table {key} vs text')
        qi = byname['旗级配套资金']
        c.eq(short[0], n(qi['全年预算']) - n(qi['实际到位']), 'banner funds not received')
    for v in re.findall(r'旗级配套资金' + NUM + '万元未', t):
        c.ok(n(v) == n(short[0]), 'banner shortfall restated differently')
    for v in re.findall(r'高标准农田(?:建设)?(\d+\.\d+)万亩', t):
        c.ok(n(v) == n(area[0]), f'area {v} differs from {area[0]}')
    for v in re.findall(r'高效节水灌溉(\d+\.\d+)万亩', t):
        c.ok(n(v) == n(area[1]), f'water-saving area {v} differs')
    c.ok(nv(actual(info, '新建高标准农田面积')) == n(area[0]), 'table area vs text')
    c.eq(actual(info, '亩均财政投入').split('元')[0], n(spent[0]) / n(area[0]), '亩均 actual = spent / area')
    m = c.g(r'机电井(\d+)眼，完成目标的' + NUM + '%')
    if m:
        c.rate(m[1], n(m[0]), nv(target(info, '新打及修复机电井')), 'well completion')
    m = c.g(r'受益人口' + NUM + r'万人，完成目标的' + NUM + '%')
    if m:
        c.rate(m[1], n(m[0]), nv(target(info, '项目区受益人口')), 'population completion')
    m = c.g(r'(\d+)个标段中(\d+)个按期完工，按期完工率(\d+)%')
    if m:
        c.rate(m[2], n(m[1]), n(m[0]), 'on-time rate')
        c.ok(n(m[2]) == nv(actual(info, '工程按期完工率')), 'on-time rate text vs table')
    m = c.g(r'各镇满意度分别为：(.*?)，平均满意度' + NUM + '%')
    if m:
        vals = [n(v) for v in re.findall(r'(\d+\.\d+)%', m[0])]
        c.ok(len(vals) == 6, 'six towns expected')
        c.eq(m[1], sum(vals) / len(vals), 'average satisfaction = mean of towns')
        c.ok(n(m[1]) == nv(actual(info, '受益群众满意度')), 'average satisfaction vs table')
    for v in re.findall(r'满意度' + NUM + '%', t):
        c.ok(n(v) in (D('96.03'),), f'satisfaction {v} differs')
    level_text(c, info, c.g(r'预算执行率得' + NUM + r'分，产出指标得' + NUM + r'分，效益指标得' + NUM + r'分，满意度指标得'
                              + NUM + r'分，自评总分' + NUM + '分'))


def p_dehui(c, info):
    t = c.t
    cur = c.g(r'当年财政资金' + NUM + r'万元，按(\d+)万亩计亩均财政投入' + NUM + '元')
    src = c.g(r'中央财政农田建设补助资金' + NUM + r'万元.*?省级财政资金' + NUM + r'万元.*?市级配套资金' + NUM + '万元')
    co = c.g(r'2021年项目结转资金' + NUM + '万元')
    init = c.g(r'年初预算安排当年财政资金' + NUM + r'万元（中央提前下达资金和市级配套资金），上年结转' + NUM + '万元')
    full = c.g(r'全年预算为' + NUM + '万元')
    spent = c.g(r'项目累计支出' + NUM + r'万元，预算执行率' + NUM + '%')
    unpaid = c.g(r'未支出的' + NUM + '万元')
    sec = c.g(r'全年预算' + NUM + r'万元，执行' + NUM + r'万元，执行率' + NUM + r'%，按“执行率×分值”计算得' + NUM + '分')
    if not all([cur, src, co, init, full, spent, unpaid, sec]):
        return
    c.eq(cur[0], sum(n(x) for x in src), 'current-year sources add up')
    c.eq(cur[2], n(cur[0]) / n(cur[1]), '亩均 = current funds / area')
    c.eq(init[0], n(src[0]) + n(src[2]), '年初 current = 中央 + 市级')
    c.ok(n(init[1]) == n(co[0]), 'carry-over restated differently')
    c.eq(full[0], n(cur[0]) + n(co[0]), '全年 = current + carry-over')
    c.rate(spent[1], n(spent[0]), n(full[0]), '执行率')
    c.eq(unpaid[0], n(full[0]) - n(spent[0]), 'unspent = 全年(到位) - 支出')
    for v in re.findall(r'尚有' + NUM + '万元未支出', t):
        c.ok(n(v) == n(unpaid[0]), 'unspent restated differently')
    c.ok(n(sec[0]) == n(full[0]) and n(sec[1]) == n(spent[0]) and n(sec[2]) == n(spent[1]), 'section 4 funds restated')
    c.ok(n(sec[3]) == n(info['exec_score']), 'section 4 execution score vs table')
    # funds table rows vs text
    k = t.rfind('项目支出绩效自评表')
    lines = t[k:].split('\n')
    for i, line in enumerate(lines):
        if line.startswith('项目资金'):
            cols, rows = parse_table(lines, i)
            byl = {r['项目资金（万元）'].replace('其中：', '').strip(): r for r in rows}
            cy = byl['当年财政拨款']
            c.ok(n(cy['年初预算数']) == n(init[0]) and n(cy['全年预算数']) == n(cur[0]), 'funds table current row vs text')
            cr = byl['上年结转资金']
            c.ok(n(cr['年初预算数']) == n(co[0]) and n(cr['全年预算数']) == n(co[0]) and n(cr['全年执行数']) == n(co[0]),
                 'carry-over row vs text (fully spent)')
            c.ok(n(byl['年度资金总额']['全年执行数']) == n(spent[0]), 'funds table total spent vs text')
            c.eq(actual(info, '亩均财政投入').split('元')[0], n(cy['全年执行数']) / n(cur[1]), '亩均 actual')
    for pat, row in [(r'土壤改良完成' + NUM + r'万亩，完成目标的' + NUM + '%', '土壤改良（黑土地保护）面积'),
                     (r'排水沟渠' + NUM + r'公里，完成目标的' + NUM + '%', '新建及改造排水沟渠'),
                     (r'受益农户' + NUM + r'户，完成目标的' + NUM + '%', '受益农户')]:
        m = c.g(pat)
        if m:
            c.rate(m[1], n(m[0]), nv(target(info, row)), f'text completion {row}')
    m = c.g(r'剩余' + NUM + '万亩转入')
    if m:
        c.eq(m[0], nv(target(info, '土壤改良（黑土地保护）面积')) - nv(actual(info, '土壤改良（黑土地保护）面积')),
             'remaining soil area')
    for v in re.findall(r'排水沟渠(\d+\.\d+)公里', t):
        c.ok(n(v) == D('88.6'), f'drain length {v} differs')
    c.ok(nv(actual(info, '新建及改造排水沟渠')) == D('88.6'), 'table drain length vs text')
    for v in re.findall(r'土壤改良(\d+\.\d+)万亩', t):
        c.ok(n(v) == D('2.4'), 'soil area differs')
    sat = c.g(r'收回有效问卷(\d+)份，其中满意(\d+)份，项目区农户满意度' + NUM + '%')
    if sat:
        c.rate(sat[2], n(sat[1]), n(sat[0]), 'satisfaction')
        c.ok(n(sat[2]) == nv(actual(info, '项目区农户满意度')), 'satisfaction text vs table')
    level_text(c, info, c.g(r'预算执行率得' + NUM + r'分，产出指标得' + NUM + r'分，效益指标得' + NUM + r'分，满意度指标得'
                              + NUM + '分'))
    w = c.g(r'权重分别为(\d+)分、(\d+)分、(\d+)分和(\d+)分')
    if w:
        for k2, v in zip(['预算执行', '产出指标', '效益指标', '满意度指标'], w):
            c.ok(info['levels'].get(k2, (None,))[0] == n(v), f'weight of {k2}')


def p_bayan(c, info):
    t = c.t
    src = c.g(r'项目总投资' + NUM + r'万元，亩均投资' + NUM + r'元。其中财政资金' + NUM + r'万元（中央财政资金' + NUM
              + r'万元、省级财政资金' + NUM + r'万元、县级配套资金' + NUM + r'万元），新型农业经营主体自筹资金' + NUM
              + r'万元。中央资金按每亩' + NUM + r'元、省级资金按每亩' + NUM + '元')
    area = c.g(r'新建高标准农田建设任务(\d+)万亩，其中高效节水灌溉(\d+)万亩')
    if not (src and area):
        return
    total, per, fis, cen, prov, cty, oth, pc, pp = map(n, src)
    A = n(area[0])
    c.eq(src[2], cen + prov + cty, 'fiscal subtotal')
    c.eq(src[0], fis + oth, 'total = fiscal + self-raised')
    c.eq(src[1], total / A, '亩均 = total / area')
    c.eq(cen, pc * A, 'central = per-mu x area')
    c.eq(prov, pp * A, 'provincial = per-mu x area')
    cols, rows = text_table(c, '项目', '行次')
    tab = {r['行次']: r for r in rows}
    amount_cols = cols[2:]
    for key in ('(1)', '(2)', '(3)', '(4)'):
        r = tab[key]
        c.eq(r['财政资金小计'], n(r['中央']) + n(r['省级']) + n(r['县级']), f'{key} 小计')
        c.eq(r['年度总金额'], n(r['财政资金小计']) + n(r['其他资金']), f'{key} 总金额')
    for key, num in (('(5)=(3)/(2)', '(3)'), ('(6)=(4)/(2)', '(4)')):
        for col in amount_cols:
            den = n(tab['(2)'][col])
            if den == 0:
                c.ok(n(tab[key][col]) == 0, f'{key} {col} on zero base')
            else:
                c.rate(tab[key][col], n(tab[num][col]), den, f'{key} {col}')
                c.ok(n(tab[key][col]) <= 100, f'{key} {col} above 100')
    c.ok(n(tab['(2)']['年度总金额']) == total and n(tab['(2)']['中央']) == cen and n(tab['(2)']['省级']) == prov
         and n(tab['(2)']['县级']) == cty and n(tab['(2)']['其他资金']) == oth, 'funds table (2) vs text')
    m = c.g(r'年初预算为中央和省级提前下达资金' + NUM + '万元')
    if m:
        c.ok(n(m[0]) == n(tab['(1)']['年度总金额']) == cen + prov, 'year-start budget')
    m = c.g(r'全年预算' + NUM + '万元')
    if m:
        c.ok(n(m[0]) == total, 'full-year budget restated')
    m = c.g(r'自筹资金实际到位' + NUM + '万元')
    if m:
        c.ok(n(m[0]) == n(tab['(3)']['其他资金']), 'self-raised received')
    m = c.g(r'全年执行资金' + NUM + r'万元，执行率' + NUM + '%')
    if m:
        c.ok(n(m[0]) == n(tab['(4)']['年度总金额']), 'spent restated')
        c.rate(m[1], n(m[0]), total, '执行率 in text')
    m = c.g(r'年末资金结余' + NUM + '万元')
    if m:
        c.eq(m[0], n(tab['(3)']['年度总金额']) - n(tab['(4)']['年度总金额']), '结余 = 到位 - 执行')
    m = c.g(r'自筹资金到位率仅为' + NUM + r'%，执行率' + NUM + '%')
    if m:
        c.ok(n(m[0]) == n(tab['(5)=(3)/(2)']['其他资金']) and n(m[1]) == n(tab['(6)=(4)/(2)']['其他资金']),
             'self-raised rates text vs table')
    m = c.g(r'县级配套资金执行率' + NUM + '%')
    if m:
        c.ok(n(m[0]) == n(tab['(6)=(4)/(2)']['县级']), 'county rate text vs table')
    ex = info['rows'].get('预算执行率')
    if ex:
        c.ok(n(ex['实际值'].rstrip('%')) == n(tab['(6)=(4)/(2)']['年度总金额']), 'execution row vs funds table')
    built = nv(actual(info, '建成高标准农田面积'))
    for v in re.findall(r'建成高标准农田(\d+\.\d+)万亩', t):
        c.ok(n(v) == built, f'area built {v} differs from table {built}')
    m = c.g(r'完成率' + NUM + '%')
    if m:
        c.rate(m[0], built, nv(target(info, '建成高标准农田面积')), 'area completion in text')
    c.eq(actual(info, '亩均投资').split('元')[0], n(tab['(4)']['年度总金额']) / built, '亩均 actual = spent / built area')
    for v in re.findall(r'亩均投资' + NUM + '元，', t):
        c.ok(n(v) == nv(actual(info, '亩均投资')), 'per-mu restated')
    for pat, row in [(r'新建改造渠道(\d+\.\d+)公里', '新建改造渠道'), (r'田间道路' + NUM + '公里。', '新建田间道路'),
                     (r'新增粮食产能' + NUM + '万斤，', '新增粮食产能'), (r'受益农户' + NUM + '户，', '受益农户'),
                     (r'按期完工率' + NUM + '%', '项目按期完工率')]:
        for v in re.findall(pat, t):
            c.ok(n(v) == nv(actual(info, row)), f'{row} text {v} vs table')
    m = c.g(r'各镇满意度分别为(.*?)，5镇平均' + NUM + '%')
    if m:
        vals = [n(v) for v in re.findall(r'(\d+\.\d+)%', m[0])]
        c.ok(len(vals) == 5, 'five towns')
        c.eq(m[1], sum(vals) / len(vals), 'average satisfaction')
        c.ok(n(m[1]) == nv(actual(info, '受益群众满意度')), 'average satisfaction vs table')
    m = c.g(r'分别为' + NUM + r'分、' + NUM + r'分、' + NUM + r'分，取平均值' + NUM + '分')
    if m:
        c.eq(m[3], sum(n(v) for v in m[:3]) / 3, 'average of three raters')


def p_kailu(c, info):
    t = c.t
    src = c.g(r'项目资金' + NUM + r'万元，亩均财政投入' + NUM + r'元。其中：中央财政资金' + NUM + r'万元（' + NUM + r'元），每亩'
              + NUM + r'元；自治区财政资金' + NUM + r'万元（' + NUM + r'元），每亩' + NUM + r'元；县级配套资金' + NUM
              + r'万元（' + NUM + r'元），每亩' + NUM + '元')
    plan = c.g(r'计划新建高标准农田' + NUM + r'万亩（' + NUM + '亩）')
    alloc = c.g(r'其中开鲁县' + NUM + r'(亿元|万元|元)')
    if not (src and plan and alloc):
        return
    total, per = n(src[0]), n(src[1])
    parts = [(n(src[2]), n(src[3]), n(src[4])), (n(src[5]), n(src[6]), n(src[7])), (n(src[8]), n(src[9]), n(src[10]))]
    A = n(plan[0])
    c.ok(n(plan[1]) == A * 10000, 'plan area 万亩 vs 亩')
    c.eq(src[0], sum(p[0] for p in parts), 'sources add up')
    c.eq(src[1], total / A, '亩均 = total / plan area')
    c.eq(src[1], sum(p[2] for p in parts), '亩均 = Σ per-mu shares')
    for wan, yuan, pm in parts:
        c.eq(wan, yuan / 10000, '元 figure = 万元 figure')
        c.eq(wan, pm * A, 'share = per-mu x area')
    scale = {'亿元': D(10000), '万元': D(1), '元': D('0.0001')}[alloc[1]]
    c.eq(n(alloc[0]) * scale, total, 'county allocation = project funds')
    init = c.g(r'年初预算' + NUM + '万元')
    full = c.g(r'全年预算' + NUM + '万元')
    if init and full:
        c.eq(init[0], parts[0][0] + parts[1][0], '年初 = 中央 + 自治区')
        c.eq(full[0], total, '全年 = total')
    sp = c.g(r'项目实际支出' + NUM + r'万元（' + NUM + r'元），预算执行率' + NUM + '%')
    if not sp:
        return
    spent = n(sp[0])
    c.eq(sp[0], n(sp[1]) / 10000, 'spent 元 = 万元')
    c.rate(sp[2], spent, total, '执行率')
    s3 = 0
    for key, i in (('中央资金', 0), ('自治区资金', 1), ('县级配套资金', 2)):
        m = c.g(key + r'支出' + NUM + r'万元，执行率' + NUM + '%')
        if m:
            c.rate(m[1], n(m[0]), parts[i][0], f'{key} 执行率')
            s3 += n(m[0])
    c.eq(sp[0], s3, 'spending by source adds up')
    m = c.g(r'未支出资金' + NUM + '万元')
    if m:
        c.eq(m[0], total - spent, 'unspent = 全年(到位) - 支出')
    built = c.g(r'全年新建高标准农田' + NUM + r'万亩（' + NUM + r'亩），完成计划的' + NUM + '%')
    if built:
        c.ok(n(built[1]) == n(built[0]) * 10000, 'built area 万亩 vs 亩')
        c.rate(built[2], n(built[0]), A, 'area completion')
        c.ok(n(built[0]) == nv(actual(info, '新建高标准农田面积')), 'built area text vs table')
        m = c.g(r'共' + NUM + '万亩因初步设计')
        if m:
            c.eq(m[0], A - n(built[0]), 'area carried to next year')
        c.eq(actual(info, '亩均财政投入').split('元')[0], spent / n(built[0]), '亩均 actual = spent / built area')
        m = c.g(r'亩均财政投入' + NUM + '元，低于')
        if m:
            c.ok(n(m[0]) == nv(actual(info, '亩均财政投入')), 'per-mu text vs table')
    m = c.g(r'工程质量合格率' + NUM + '%，有')
    if m:
        c.ok(n(m[0]) == nv(actual(info, '工程质量合格率')), 'quality pass rate text vs table')
    m = c.g(r'灌排渠道' + NUM + r'公里，完成率' + NUM + '%')
    if m:
        c.rate(m[1], n(m[0]), nv(target(info, '新建改造灌排渠道')), 'canal completion')
        c.ok(n(m[0]) == nv(actual(info, '新建改造灌排渠道')), 'canal text vs table')
    m = c.g(r'项目受益农牧户' + NUM + r'户，完成目标的' + NUM + '%')
    if m:
        c.rate(m[1], n(m[0]), nv(target(info, '受益农牧户')), 'households completion')
        c.ok(n(m[0]) == nv(actual(info, '受益农牧户')), 'households text vs table')
    cols, rows = text_table(c, '评价内容')
    if rows:
        body = [r for r in rows if r['评价内容'] != '合计']
        tot = [r for r in rows if r['评价内容'] == '合计'][0]
        c.eq(tot['分值'], sum(n(r['分值']) for r in body), 'summary weights')
        c.eq(tot['得分'], sum(n(r['得分']) for r in body), 'summary scores')
        c.ok(n(tot['得分']) == n(info['total']), 'summary total vs 自评表')
        for r in body:
            key = '预算执行' if r['评价内容'] == '预算执行率' else r['评价内容']
            lv = info['levels'].get(key)
            c.ok(lv is not None and lv[0] == n(r['分值']) and lv[1] == n(r['得分']), f'summary {key} vs 自评表 {lv}')


PROJECT_CHECKS = {'fujin-gbnt-2019': p_fujin, 'keyouqian-gbnt-2020': p_keyouqian, 'dehui-gbnt-2022': p_dehui,
                  'bayan-gbnt-2023': p_bayan, 'kailu-gbnt-2025': p_kailu}


def run_checks(text, pid, name):
    c = Checker(text, name)
    try:
        info = check_self_table(c, PROJECTS[pid])
        PROJECT_CHECKS[pid](c, info)
    except Exception as exc:   # a parse failure counts as a failed check
        c.ok(False, f'exception {type(exc).__name__}: {exc}')
    return c


# ------------------------------------------------------------------ main
def main():
    problems = []
    with open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith('.txt'))
    if sorted(l['case'] for l in labels) != files:
        problems.append('labels.jsonl and cases/ do not list the same files')
    if len(files) != 35:
        problems.append(f'expected 35 case files, found {len(files)}')
    code_count = {k: 0 for k in CODES}
    texts = {f: open(os.path.join(CASES, f), encoding='utf-8').read() for f in files}
    for lab in labels:
        text = texts.get(lab['case'], '')
        if lab['source'] not in PROJECTS or not lab['case'].startswith(lab['source'] + '-'):
            problems.append(f'{lab["case"]}: bad source')
        if lab['clean']:
            if lab['expected'] != [] or not lab['case'].endswith('-clean.txt'):
                problems.append(f'{lab["case"]}: clean case with expectations')
            continue
        if len(lab['expected']) != 1:
            problems.append(f'{lab["case"]}: expected exactly one injected error')
        for e in lab['expected']:
            if e['code'] not in CODES:
                problems.append(f'{lab["case"]}: unknown code {e["code"]}')
            else:
                code_count[e['code']] += 1
            if e.get('severity') != 'error':
                problems.append(f'{lab["case"]}: severity must be error')
            if not e.get('value') or e['value'] not in text:
                problems.append(f'{lab["case"]}: value {e.get("value")!r} not in the case')
            if not e.get('explanation'):
                problems.append(f'{lab["case"]}: no explanation')
        # one place
        clean = texts.get(lab['source'] + '-clean.txt', '')
        if text == clean:
            problems.append(f'{lab["case"]}: identical to the clean draft')
            continue
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
            s += 1
        region_c, region_e = clean[p:len(clean) - s], text[p:len(text) - s]
        if len(region_c) > 200 or len(region_e) > 200:
            problems.append(f'{lab["case"]}: changed region too long ({len(region_c)}/{len(region_e)} chars)')
        v = lab['expected'][0]['value'] if lab['expected'] else ''
        vpos = [m.start() for m in re.finditer(re.escape(v), text)] if v else []
        if not any(q <= len(text) - s and q + len(v) >= p for q in vpos):
            problems.append(f'{lab["case"]}: label value does not cover the changed place')
    for k, cnt in code_count.items():
        if cnt < 2:
            problems.append(f'code {k} used {cnt} times (< 2)')
    # arithmetic of the clean drafts
    total_checks = 0
    for pid in PROJECTS:
        name = pid + '-clean.txt'
        text = texts.get(name, '')
        if not 3000 <= len(text) <= 9000:
            problems.append(f'{name}: length {len(text)} outside 3,000-9,000')
        c = run_checks(text, pid, name)
        total_checks += c.count
        for f in c.fails:
            problems.append(f'{name}: {f}')
    # sanity: each error case breaks at least one check
    for lab in labels:
        if lab['clean']:
            continue
        c = run_checks(texts[lab['case']], lab['source'], lab['case'])
        if not c.fails:
            problems.append(f'{lab["case"]}: no arithmetic check fails on the injected error')
        elif '-v' in sys.argv:
            print(f'{lab["case"]:32s} {lab["expected"][0]["code"]:22s} -> ' + ' | '.join(c.fails))
    for pr in problems:
        print('PROBLEM:', pr)
    if problems:
        sys.exit(1)
    print(f'{len(files)} cases, {sum(code_count.values())} injected errors, {total_checks} arithmetic checks on the '
          f'clean drafts passed')
    print('OK')


if __name__ == '__main__':
    main()
