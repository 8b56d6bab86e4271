#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs (exactly once) in its case;
2. every error case differs from its clean draft in one contiguous place that overlaps the label value;
3. every one of the 13 error codes of errors.md section A is used at least twice;
4. the arithmetic of every clean draft is redone by the per-draft checks below: nothing may fail,
   not even the warning-level score-rule checks;
5. the same checks on every error case: the labelled code must fail and no other error-level code.

Tolerance follows rules.md section 8: a stated value with d decimals agrees with a computed c when
|c - v| <= 0.5 * 10^-d (+1e-9). Amounts are compared in 万元. Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

CODES = ['rate_mismatch', 'balance_mismatch', 'sum_mismatch', 'score_sum_mismatch',
         'score_exceeds_weight', 'weight_sum_mismatch', 'grade_mismatch', 'average_mismatch',
         'conflicting_values', 'implausible_rate', 'unit_mismatch', 'year_mismatch',
         'completion_mismatch']
TENK = D(10000)
DASHES = ('—', '-', '－', '')


class ExtractError(Exception):
    pass


# ---------------------------------------------------------------- helpers

def one(t, pat):
    ms = list(re.finditer(pat, t))
    if len(ms) != 1:
        raise ExtractError(f'pattern {pat!r} matched {len(ms)} times')
    return ms[0]


def many(t, pat, n=None):
    ms = list(re.finditer(pat, t))
    if not ms or (n is not None and len(ms) != n):
        raise ExtractError(f'pattern {pat!r} matched {len(ms)} times (want {n})')
    return ms


NUM = re.compile(r'-?\d+(?:\.\d+)?')


def _first(s):
    m = NUM.search(s.replace(',', ''))
    if not m:
        raise ExtractError(f'no number in {s!r}')
    return m.group(0)


def places(s):
    """decimals of the first number written in s ('98.65%' -> 2, '139万元' -> 0)."""
    f = _first(s)
    return len(f.split('.', 1)[1]) if '.' in f else 0


def N(s):
    """the first number written in s, exact ('≥2.5亿公斤' -> 2.5)."""
    return D(_first(s))


def agrees(stated, computed):
    tol = D('0.5') * (D(10) ** -places(stated)) + D('1e-9')
    return abs(N(stated) - D(computed)) <= tol


def fmt(x):
    return str(D(x).quantize(D('0.0001')))


GRADES = [(D(90), ('优', '优秀')), (D(80), ('良', '良好')), (D(60), ('中', '中等', '一般', '合格')),
          (D(-1), ('差', '较差', '不合格'))]


def band(total):
    for lo, names in GRADES:
        if total >= lo:
            return names
    return GRADES[-1][1]


class R:
    """Collects findings: (code, severity, message)."""

    def __init__(self):
        self.f = []

    def add(self, code, msg, sev='error'):
        self.f.append((code, sev, msg))

    def eq(self, code, stated, computed, msg, sev='error'):
        if not agrees(stated, computed):
            self.add(code, f'{msg}: stated {stated}, computed {fmt(computed)}', sev)

    def same(self, values, msg):
        """Same quantity stated several times: all values equal (after unit normalisation)."""
        nums = [N(v) if isinstance(v, str) else D(v) for v in values]
        if max(nums) != min(nums):
            self.add('conflicting_values', f'{msg}: {values}')

    def total(self, total, parts, msg, code='sum_mismatch'):
        """total (string) = sum of parts (strings); a single 10^4 slip is reported as unit_mismatch."""
        vals = [N(p) for p in parts]
        if agrees(total, sum(vals)):
            return
        for i in range(len(vals)):
            for k in (TENK, 1 / TENK):
                alt = vals[:i] + [vals[i] / k] + vals[i + 1:]
                if agrees(total, sum(alt)):
                    self.add('unit_mismatch', f'{msg}: part {parts[i]} is off by 10^4')
                    return
        for k in (TENK, 1 / TENK):
            if abs(N(total) / k - sum(vals)) <= D('0.5') * (D(10) ** -places(total)):
                self.add('unit_mismatch', f'{msg}: total {total} is off by 10^4')
                return
        self.add(code, f'{msg}: stated {total}, sum {fmt(sum(vals))}')

    def product(self, stated, factors, msg, code='average_mismatch'):
        """stated = product of factors (Decimals, already in compatible units); a 10^4 slip -> unit_mismatch."""
        p = D(1)
        for x in factors:
            p *= x
        if agrees(stated, p):
            return
        for k in (TENK, 1 / TENK):
            if agrees(stated, p / k):
                self.add('unit_mismatch', f'{msg}: off by 10^4 (stated {stated}, computed {fmt(p)})')
                return
        self.add(code, f'{msg}: stated {stated}, computed {fmt(p)}')

    def rate(self, stated, num, den, msg):
        """stated rate (string, percent) = num / den * 100."""
        num, den = D(num), D(den)
        if den == 0:
            if stated.strip() in DASHES or N(stated) == 0:
                return
            self.add('implausible_rate', f'{msg}: rate {stated} on a zero base')
            return
        c = num / den * 100
        if not agrees(stated, c):
            self.add('rate_mismatch', f'{msg}: stated {stated}, computed {fmt(c)}')
        elif N(stated) > 100:
            self.add('implausible_rate', f'{msg}: rate {stated} above 100%')

    def balance(self, stated, a, b, msg):
        if not agrees(stated, D(a) - D(b)):
            self.add('balance_mismatch', f'{msg}: stated {stated}, computed {fmt(D(a) - D(b))}')

    def grade(self, total, label, msg):
        if label not in band(N(total)):
            self.add('grade_mismatch', f'{msg}: total {total} graded {label}')

    def year(self, stated, expected, msg, rel='eq'):
        y = int(stated)
        ok = {'eq': y == expected, 'gt': y > expected, 'prev': y == expected - 1}[rel]
        if not ok:
            self.add('year_mismatch', f'{msg}: {y} (evaluation year {expected}, rule {rel})')

    def exceeds(self, score, weight, msg):
        s, w = N(score), N(weight)
        if s > w or s < 0:
            self.add('score_exceeds_weight', f'{msg}: score {score} / weight {weight}')

    def exec_score(self, score, weight, rate_stated, rate_computed, msg):
        """score = weight * min(rate, 100%); accepted from the printed or the unrounded rate (warning)."""
        w = N(weight)
        cands = [w * min(D(rate_computed), D(100)) / 100]
        if rate_stated.strip() not in DASHES:
            cands.append(w * min(N(rate_stated), D(100)) / 100)
        if not any(agrees(score, c) for c in cands):
            self.add('score_rule_mismatch', f'{msg}: score {score}, expected {fmt(cands[0])}', 'warning')


# ---------------------------------------------------------------- indicator rows

SIGNS = ['≥', '≤', '＞＝', '＜＝', '>=', '<=', '＞', '＜', '>', '<', '=']
DATE = re.compile(r'(\d{4})年(\d{1,2})月(\d{1,2})日(前)?')


def parse_val(s):
    s = s.strip()
    m = DATE.fullmatch(s)
    if m:
        return 'date', (int(m.group(1)), int(m.group(2)), int(m.group(3))), '日期'
    s2 = s
    for sg in SIGNS:
        if s2.startswith(sg):
            s2 = s2[len(sg):]
            break
    m = re.fullmatch(r'(\d+(?:\.\d+)?)(.*)', s2)
    if m:
        return 'num', D(m.group(1)), m.group(2).strip()
    return 'qual', None, None


def direction(target):
    t = target.strip()
    if t.startswith(('≤', '＜', '<')) or DATE.fullmatch(t):
        return 'lte'
    if t.startswith(('≥', '＞', '>')):
        return 'gte'
    return 'eq'


def check_rows(r, rows):
    """rows: dicts with name, target, actual, weight, score and optionally completion."""
    for row in rows:
        name = row['name']
        r.exceeds(row['score'], row['weight'], f'row {name}')
        tk, tv, tu = parse_val(row['target'])
        ak, av, au = parse_val(row['actual'])
        comparable = False
        if tk != 'qual' and ak != 'qual':
            if tk != ak or tu != au:
                r.add('unit_mismatch', f'row {name}: target {row["target"]} vs actual {row["actual"]}')
            else:
                comparable = True
        if ak == 'num' and au == '%' and av > 100 and ('率' in name or '满意度' in name):
            r.add('implausible_rate', f'row {name}: actual {row["actual"]} above 100%')
        comp = None
        if comparable and tk == 'num':
            d = direction(row['target'])
            if d == 'lte':
                comp = D(100) if av <= tv else tv / av * 100
            elif tv > 0:
                comp = av / tv * 100
        stated_comp = row.get('completion', '—').strip()
        if stated_comp not in DASHES and comp is not None:
            r.eq('completion_mismatch', stated_comp, comp, f'row {name} completion')
        # score rule (warning): quantitative rows only
        w = N(row['weight'])
        exp = []
        if comp is not None:
            exp.append(w * min(comp, D(100)) / 100)
            if stated_comp not in DASHES:
                exp.append(w * min(N(stated_comp), D(100)) / 100)
        elif comparable and tk == 'date':
            exp.append(w if av <= tv else D(0))
        if exp and not any(agrees(row['score'], e) for e in exp):
            r.add('score_rule_mismatch', f'row {name}: score {row["score"]}, expected {fmt(exp[0])}', 'warning')


def sum_str(vals):
    return sum(N(v) for v in vals)


# ---------------------------------------------------------------- draft 1: Gansu, full-width bars

def check_gs(t):
    r, Y = R(), 2022
    r.year(one(t, r'\n(\d{4})年度制种大县奖励资金项目支出绩效自评报告').group(1), Y, 'title')
    r.year(one(t, r'(\d{4})年度项目支出绩效自评表').group(1), Y, 'table caption')
    for m in many(t, r'截至(\d{4})年12月31日'):
        r.year(m.group(1), Y, '截至')
    for m in many(t, r'结转至(\d{4})年'):
        r.year(m.group(1), Y, '结转至', 'gt')
    r.year(one(t, r'于(\d{4})年12月以甘财农').group(1), Y, 'advance issue', 'prev')

    def row(label):
        return one(t, r'(?m)^' + re.escape(label) + r'｜(.*)$').group(1).split('｜')

    tot, cur, car, oth = row('年度资金总额'), row('其中：当年财政拨款'), row('上年结转资金'), row('其他资金')
    for col, nm in ((0, '年初预算数'), (1, '全年预算数'), (2, '全年执行数')):
        r.total(tot[col], [cur[col], car[col], oth[col]], f'funds table {nm}')
    r.rate(tot[4], N(tot[2]), N(tot[1]), 'funds table 执行率')
    for sub, nm in ((cur, '当年财政拨款'), (car, '上年结转资金'), (oth, '其他资金')):
        if sub[4].strip() not in DASHES:
            r.rate(sub[4], N(sub[2]), N(sub[1]), f'funds table {nm} 执行率')
    r.exceeds(tot[5], tot[3], 'execution score')
    r.exec_score(tot[5], tot[3], tot[4], N(tot[2]) / N(tot[1]) * 100, 'execution score')

    init = one(t, r'项目年初预算(\d+\.\d+)万元').group(1)
    carry = one(t, r'未支付完的(\d+\.\d+)万元作为上年结转资金').group(1)
    annual = one(t, r'全年预算数调整为(\d+\.\d+)万元').group(1)
    r.total(annual, [init, carry], 'annual budget = initial + carry-over')
    r.same([init, tot[0], cur[0]], '年初预算')
    r.same([carry, car[1]], '上年结转')
    m = one(t, r'全年预算资金(\d+\.\d+)万元已全部到位，到位率(\d+)%')
    r.same([annual, tot[1], m.group(1)], '全年预算')
    r.rate(m.group(2), N(m.group(1)), N(annual), '到位率')
    issued = one(t, r'提前下达我区(\d+)万元').group(1)
    r.same([issued, cur[1]], '当年下达奖励资金')
    m = one(t, r'当年资金安排为：高标准制种田建设(\d+\.\d+)万元、种子加工设备补助(\d+\.\d+)万元、'
               r'种子质量检测能力提升(\d+\.\d+)万元、制种保险保费补贴(\d+\.\d+)万元')
    alloc = [m.group(i) for i in range(1, 5)]
    r.total(cur[1], alloc, 'current-year allocation')
    m = one(t, r'按每亩(\d+)元的标准执行，全年承保制种面积(\d+\.\d+)万亩，补贴资金(\d+\.\d+)万元')
    r.product(m.group(3), [N(m.group(1)) / TENK, N(m.group(2)) * TENK], 'premium subsidy = 元/亩 x 亩')
    r.same([m.group(3), alloc[3]], '保费补贴')
    m = one(t, r'项目累计支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%')
    spent = m.group(1)
    r.rate(m.group(2), N(spent), N(annual), 'prose 执行率')
    r.same([spent, tot[2]], '全年执行数')
    r.same([m.group(2), tot[4], one(t, r'预算执行率(\d+\.\d+)%，除基础设施').group(1)], '执行率')
    unspent = one(t, r'未支出的(\d+\.\d+)万元').group(1)
    r.balance(unspent, annual, spent, 'unspent (carried forward)')
    r.balance(unspent, cur[1], cur[2], 'unspent current-year money')
    r.balance(one(t, r'，(\d+\.\d+)万元未能在年内支出').group(1), annual, spent, 'unspent in problems')
    m = one(t, r'面积(\d+\.\d+)万亩，比上年的(\d+\.\d+)万亩增加(\d+\.\d+)万亩')
    r.eq('sum_mismatch', m.group(3), N(m.group(1)) - N(m.group(2)), 'increase on last year')
    area = one(t, r'全年新建和改造高标准制种田(\d+\.\d+)万亩').group(1)
    cost = one(t, r'亩均建设成本(\d+\.\d+)元').group(1)
    r.product(cost, [N(alloc[0]) * TENK / (N(area) * TENK)], 'cost per mu = 520.00万元 / 2.15万亩')

    ind = []
    for m in many(t, r'(?m)^(产出指标|效益指标|满意度指标)｜(.*)$'):
        c = m.group(2).split('｜')
        ind.append({'l1': m.group(1), 'l2': c[0], 'name': c[1], 'target': c[2], 'actual': c[3],
                    'weight': c[4], 'score': c[5]})
    check_rows(r, ind)
    by = {x['name']: x for x in ind}
    r.same([area + '万亩', by['高标准制种田建设面积']['actual']], 'area')
    r.same([cost, N(by['高标准制种田亩均建设成本']['actual'].rstrip('元'))], 'cost per mu')
    r.same([one(t, r'种子产量达到(\d+\.\d+)亿公斤').group(1), N(by['全区玉米种子产量']['actual'].rstrip('亿公斤'))], 'seed output')
    r.same([one(t, r'亩均增收(\d+)元').group(1), N(by['制种农户亩均增收']['actual'].rstrip('元'))], 'income')
    r.same([one(t, r'满意度为(\d+\.\d+)%').group(1), N(by['制种企业和农户满意度']['actual'])], 'satisfaction')
    m = one(t, r'当年完工率为(\d+)%，比目标低(\d+)个百分点')
    r.same([m.group(1), N(by['基础设施项目当年完工率']['actual'])], 'completion share')
    r.eq('sum_mismatch', m.group(2), N(by['基础设施项目当年完工率']['target'].lstrip('≥')) - N(m.group(1)), 'gap')
    total_row = one(t, r'(?m)^总分｜｜｜｜｜(\d+)｜(\d+(?:\.\d+)?)｜').groups()
    wsum = N(tot[3]) + sum_str(x['weight'] for x in ind)
    if wsum != 100 or N(total_row[0]) != 100:
        r.add('weight_sum_mismatch', f'weights sum {wsum}, 总分 row {total_row[0]}')
    r.eq('score_sum_mismatch', total_row[1], N(tot[5]) + sum_str(x['score'] for x in ind), 'table total')
    prose_total = one(t, r'综合自评得分(\d+\.\d+)分').group(1)
    r.same([prose_total, total_row[1]], 'total score')
    r.grade(prose_total, one(t, r'评价等级为“(.)”').group(1), 'grade')
    return r


# ---------------------------------------------------------------- draft 2: Anhui, ASCII pipes

def check_ah(t):
    r, Y = R(), 2019
    r.year(one(t, r'\n(\d{4})年度农作物种子质量监督抽检项目绩效自评报告').group(1), Y, 'title')
    r.year(one(t, r'开展(\d{4})年度项目支出绩效自评').group(1), Y, 'notice')
    r.year(one(t, r'已于(\d{4})年1月由县财政收回').group(1), Y + 1, 'return of balance')
    m = one(t, r'项目全年预算(\d+\.\d+)万元，其中省级种子质量监督抽查补助资金(\d+\.\d+)万元、县级配套资金(\d+\.\d+)万元')
    budget, prov, cnty = m.groups()
    r.total(budget, [prov, cnty], 'budget by source')
    m = one(t, r'全年实际支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%')
    spent = m.group(1)
    rate_stated = m.group(2)
    r.rate(rate_stated, N(spent), N(budget), '执行率')
    m = one(t, r'县级配套资金支出(\d+\.\d+)万元，执行率(\d+\.\d+)%')
    r.rate(m.group(2), N(m.group(1)), N(cnty), '县级 执行率')
    r.total(spent, [prov, m.group(1)], 'spent = provincial (all spent) + county')
    r.balance(one(t, r'结余资金(\d+\.\d+)万元').group(1), budget, spent, 'balance')

    exp = {}
    for m in many(t, r'(?m)^\| (样品购置及封样运输|委托检测费|田间种植鉴定|宣传培训|合计) \| ([^|]*?) \|'):
        exp[m.group(1)] = m.group(2)
    r.total(exp['合计'], [exp[k] for k in ('样品购置及封样运输', '委托检测费', '田间种植鉴定', '宣传培训')],
            'expense table')
    r.same([exp['合计'], spent], 'spent')

    m = one(t, r'全年监督抽检样品(\d+)个，其中小麦(\d+)个、玉米(\d+)个、水稻(\d+)个')
    samples = m.group(1)
    r.total(samples, [m.group(2), m.group(3), m.group(4)], 'samples by crop')
    n_crop = {'小麦': m.group(2), '玉米': m.group(3), '水稻': m.group(4)}
    per = one(t, r'平均每个样品的委托检测费用为(\d+)元').group(1)
    r.product(per, [N(exp['委托检测费']) * TENK / N(samples)], 'fee per sample')
    m = one(t, r'分别快检样品(\d+)份、(\d+)份、(\d+)份、(\d+)份和(\d+)份，平均每个点(\d+)份，合计(\d+)份，比年度目标少(\d+)份')
    pts = [m.group(i) for i in range(1, 6)]
    r.eq('average_mismatch', m.group(6), sum_str(pts) / len(pts), 'quick tests per point')
    r.total(m.group(7), pts, 'quick tests total')
    quick_total, quick_gap = m.group(7), m.group(8)
    m = one(t, r'(\d+)个样品中检测合格(\d+)个，合格率(\d+\.\d+)%，比2018年的(\d+\.\d+)%提高(\d+\.\d+)个百分点')
    r.same([m.group(1), samples], 'samples')
    passed, pass_rate = m.group(2), m.group(3)
    r.rate(pass_rate, N(passed), N(samples), '合格率')
    r.eq('sum_mismatch', m.group(5), N(pass_rate) - N(m.group(4)), 'change on 2018')
    ok = []
    for crop in ('小麦', '玉米', '水稻'):
        mm = one(t, crop + r'合格(\d+)个，合格率(\d+\.\d+)%')
        r.rate(mm.group(2), N(mm.group(1)), N(n_crop[crop]), f'{crop} 合格率')
        ok.append(mm.group(1))
    r.total(passed, ok, 'passed by crop')
    r.eq('sum_mismatch', one(t, r'检出的(\d+)个不合格样品').group(1), N(samples) - N(passed), 'failed samples')
    m = one(t, r'发放问卷(\d+)份，收回有效问卷(\d+)份，其中表示满意的(\d+)份')
    sat = one(t, r'满意度为(\d+\.\d+)%').group(1)
    r.rate(sat, N(m.group(3)), N(m.group(2)), 'satisfaction')
    if N(m.group(2)) > N(m.group(1)):
        r.add('sum_mismatch', 'valid questionnaires exceed those sent')

    m = one(t, r'（一）预算执行（(\d+)分）：[^\n]*?得(\d+\.\d+)分')
    w_exec, s_exec = m.groups()
    r.exceeds(s_exec, w_exec, 'execution')
    r.exec_score(s_exec, w_exec, rate_stated, N(spent) / N(budget) * 100, 'execution')
    w_ind = one(t, r'（二）绩效指标（(\d+)分）').group(1)
    blocks = {}
    for m in many(t, r'(?m)^(产出指标|效益指标|满意度指标)（(\d+)分）$'):
        blocks[m.group(1)] = m.group(2)
    ind = []
    for m in many(t, r'(?m)^\| (产出指标|效益指标|满意度指标) \|(.*)\|$'):
        c = [x.strip() for x in m.group(2).split('|')]
        ind.append({'l1': m.group(1), 'l2': c[0], 'name': c[1], 'target': c[2], 'actual': c[3],
                    'completion': c[4], 'weight': c[5], 'score': c[6]})
    check_rows(r, ind)
    for l1, w in blocks.items():
        s = sum_str(x['weight'] for x in ind if x['l1'] == l1)
        if s != N(w):
            r.add('weight_sum_mismatch', f'{l1} rows {s} vs heading {w}')
    if sum_str(blocks.values()) != N(w_ind) or N(w_exec) + N(w_ind) != 100:
        r.add('weight_sum_mismatch', f'blocks {list(blocks.values())}, indicators {w_ind}, execution {w_exec}')
    total = one(t, r'项目自评得分(\d+(?:\.\d+)?)分').group(1)
    r.eq('score_sum_mismatch', total, N(s_exec) + sum_str(x['score'] for x in ind), 'total')
    r.grade(total, one(t, r'评价等级为(.)').group(1), 'grade')

    by = {x['name']: x for x in ind}
    r.same([samples + '个', by['监督抽检样品数量']['actual']], 'samples')
    r.same([quick_total + '份', by['快检样品数量']['actual']], 'quick tests')
    r.eq('sum_mismatch', quick_gap, N(by['快检样品数量']['target'].lstrip('≥').rstrip('份')) - N(quick_total), 'gap to target')
    r.same([pass_rate, by['抽检样品合格率']['actual']], '合格率')
    r.same([per, by['单个样品委托检测费用']['actual'].rstrip('元')], 'fee per sample')
    r.same([one(t, r'平均在(\d+)个工作日内出具').group(1), by['检测报告出具时限']['actual'].rstrip('个工作日')], 'days')
    r.same([one(t, r'全年印发种子质量宣传资料(\d+(?:\.\d+)?)万份').group(1), by['种子质量宣传资料发放']['actual'].rstrip('万份')], 'leaflets')
    r.same([sat, by['种子经营户和农户满意度']['actual']], 'satisfaction')
    return r


# ---------------------------------------------------------------- draft 3: Hubei, tabs

def check_hb(t):
    r, Y = R(), 2023
    r.year(one(t, r'\n(\d{4})年度农作物品种区域试验项目支出绩效自评报告').group(1), Y, 'title')
    r.year(one(t, r'截至(\d{4})年12月31日').group(1), Y, '截至')
    for m in many(t, r'结转至(\d{4})年'):
        r.year(m.group(1), Y, '结转至', 'gt')
    m = one(t, r'年初预算(\d+\.\d+)万元，其中全国农业技术推广服务中心下达国家区试试验费(\d+\.\d+)万元，'
               r'省种子管理局下达省级区试经费(\d+\.\d+)万元，单位自筹(\d+\.\d+)万元')
    init, nat0, prov0, own0 = m.groups()
    r.total(init, [nat0, prov0, own0], 'initial budget by source')
    m = one(t, r'追加试验经费(\d+\.\d+)万元，项目全年预算调整为(\d+(?:\.\d+)?)万元')
    add, annual = m.groups()
    r.total(annual, [init, add], 'annual = initial + addition')

    def row(label):
        return one(t, r'(?m)^' + re.escape(label) + r'\t(\d.*)$').group(1).split('\t')

    rows = {k: row(k) for k in ('国家区试试验费', '省级区试经费', '单位自筹', '合计')}
    for col, nm in ((0, '年初预算数'), (1, '全年预算数'), (2, '全年执行数')):
        r.total(rows['合计'][col], [rows[k][col] for k in ('国家区试试验费', '省级区试经费', '单位自筹')],
                f'execution table {nm}')
    for k, c in rows.items():
        r.rate(c[3], N(c[2]), N(c[1]), f'{k} 执行率')
    tot = rows['合计']
    r.exceeds(tot[5], tot[4], 'execution score')
    r.exec_score(tot[5], tot[4], tot[3], N(tot[2]) / N(tot[1]) * 100, 'execution score')
    w_exec_head = one(t, r'（一）预算执行情况（(\d+)分）').group(1)
    if N(w_exec_head) != N(tot[4]):
        r.add('weight_sum_mismatch', f'execution heading {w_exec_head} vs table {tot[4]}')
    r.same([init, tot[0]], '年初预算')
    r.same([annual, tot[1]], '全年预算')
    r.same([nat0, rows['国家区试试验费'][0]], 'national initial')
    r.same([prov0, rows['省级区试经费'][0]], 'provincial initial')
    r.eq('sum_mismatch', add, N(rows['省级区试经费'][1]) - N(rows['省级区试经费'][0]), 'addition = provincial increase')
    m = one(t, r'项目支出(\d+\.\d+)万元，其中国家区试试验费(\d+\.\d+)万元、省级区试经费(\d+\.\d+)万元、单位自筹资金(\d+\.\d+)万元')
    spent = m.group(1)
    r.total(spent, [m.group(2), m.group(3), m.group(4)], 'spending by source')
    r.same([spent, tot[2]], 'spent')
    r.same([m.group(3), rows['省级区试经费'][2]], 'provincial spent')
    m = one(t, r'省级区试经费执行率(\d+\.\d+)%，尚余(\d+\.\d+)万元')
    r.same([m.group(1), rows['省级区试经费'][3]], 'provincial rate')
    r.balance(m.group(2), rows['省级区试经费'][1], rows['省级区试经费'][2], 'provincial balance')
    r.balance(m.group(2), annual, spent, 'total balance')

    head80 = one(t, r'（二）绩效指标完成情况（(\d+)分）').group(1)
    ind = []
    for m in many(t, r'(?m)^(产出指标|效益指标|满意度指标)\t(.*)$'):
        c = m.group(2).split('\t')
        ind.append({'l1': m.group(1), 'l2': c[0], 'name': c[1], 'target': c[2], 'actual': c[3],
                    'completion': c[4], 'weight': c[5], 'score': c[6]})
    check_rows(r, ind)
    sub = one(t, r'(?m)^合计\t\t\t\t\t\t(\d+)\t(\d+(?:\.\d+)?)\t$').groups()
    grand = one(t, r'(?m)^综合得分（含预算执行）\t\t\t\t\t\t(\d+)\t(\d+(?:\.\d+)?)\t$').groups()
    wsum = sum_str(x['weight'] for x in ind)
    if wsum != N(sub[0]) or wsum != N(head80) or N(tot[4]) + wsum != 100 or N(grand[0]) != 100:
        r.add('weight_sum_mismatch', f'indicator weights {wsum}, 合计 {sub[0]}, heading {head80}, execution {tot[4]}')
    r.eq('score_sum_mismatch', sub[1], sum_str(x['score'] for x in ind), '合计 row')
    r.eq('score_sum_mismatch', grand[1], N(tot[5]) + N(sub[1]), '综合得分 row')
    m = one(t, r'预算执行得(\d+\.\d+)分，产出指标(\d+)分全部得满分，效益指标得(\d+(?:\.\d+)?)分，'
               r'满意度指标得(\d+(?:\.\d+)?)分，项目综合得分(\d+\.\d+)分，自评等级为(.)')
    pe, po, pb, ps, ptot, grade = m.groups()
    r.same([pe, tot[5]], 'execution score')
    for l1, stated in (('产出指标', po), ('效益指标', pb), ('满意度指标', ps)):
        r.eq('score_sum_mismatch', stated, sum_str(x['score'] for x in ind if x['l1'] == l1), f'{l1} block score')
    if sum_str(x['weight'] for x in ind if x['l1'] == '产出指标') != N(po):
        r.add('weight_sum_mismatch', f'产出 weight {po}')
    r.eq('score_sum_mismatch', ptot, N(pe) + N(po) + N(pb) + N(ps), 'prose total')
    r.same([ptot, grand[1]], 'total')
    r.grade(ptot, grade, 'grade')

    by = {x['name']: x for x in ind}
    n_var = by['参试品种（含对照）数量']['actual'].rstrip('个')
    r.same([one(t, r'共安排参试品种（含对照）(\d+)个').group(1), n_var], 'varieties')
    cost = by['每个参试品种平均试验成本']['actual'].rstrip('元')
    r.product(cost, [N(spent) * TENK / N(n_var)], 'cost per variety')
    approx = one(t, r'平均每个参试品种的试验成本约(\d+)元').group(1)
    if abs(N(approx) - N(spent) * TENK / N(n_var)) > D(1):   # 约: +- one unit of the last digit
        r.add('average_mismatch', 'approximate cost per variety')
    m = one(t, r'区试共(\d+)组，比计划多(\d+)组')
    r.same([m.group(1), by['承担区试组别']['actual'].rstrip('组')], 'groups')
    r.eq('sum_mismatch', m.group(2), N(m.group(1)) - N(by['承担区试组别']['target'].lstrip('≥').rstrip('组')), 'groups over plan')
    m = one(t, r'推荐通过审定品种(\d+)个，比目标少(\d+)个')
    r.same([m.group(1), by['推荐通过审定品种数量']['actual'].rstrip('个')], 'recommended')
    r.eq('sum_mismatch', m.group(2), N(by['推荐通过审定品种数量']['target'].lstrip('≥').rstrip('个')) - N(m.group(1)), 'shortfall')
    r.same([one(t, r'推广面积达到(\d+\.\d+)万亩').group(1), by['区域内主推品种推广面积']['actual'].rstrip('万亩')], 'area')
    r.same([one(t, r'综合满意度为(\d+)%').group(1), by['委托单位及育种单位满意度']['actual']], 'satisfaction')
    return r


# ---------------------------------------------------------------- draft 4: Guizhou, runs of spaces

def check_gz(t):
    r, Y = R(), 2020
    r.year(one(t, r'\n(\d{4})年度第三次全国农作物种质资源普查与收集行动项目绩效自评报告').group(1), Y, 'title')
    r.year(one(t, r'中央资金于(\d{4})年12月提前下达').group(1), Y, 'advance issue', 'prev')
    r.year(one(t, r'已于(\d{4})年1月按规定收回').group(1), Y + 1, 'return of balance')

    def row(label):
        return re.split(r'\s{2,}', one(t, r'(?m)^' + re.escape(label) + r'\s.*$').group(0).strip())

    f = {k: row(k) for k in ('年初预算资金', '全年预算资金', '实际到位资金', '全年执行资金', '资金结余',
                             '预算到位率(%)', '预算执行率(%)')}
    for k in ('年初预算资金', '全年预算资金', '实际到位资金', '全年执行资金'):
        r.total(f[k][2], f[k][3:7], f'funds table {k}')
    for col in range(2, 7):
        r.balance(f['资金结余'][col], f['实际到位资金'][col], f['全年执行资金'][col], f'funds table 结余 col {col}')
        r.rate(f['预算到位率(%)'][col], N(f['实际到位资金'][col]), N(f['全年预算资金'][col]), f'到位率 col {col}')
        r.rate(f['预算执行率(%)'][col], N(f['全年执行资金'][col]), N(f['全年预算资金'][col]), f'执行率 col {col}')
    init = one(t, r'项目年初预算(\d+\.\d+)万元').group(1)
    m = one(t, r'追加普查工作经费(\d+\.\d+)万元，全年预算调整为(\d+\.\d+)万元')
    add, annual = m.groups()
    r.total(annual, [init, add], 'annual = initial + addition')
    r.same([init, f['年初预算资金'][2]], '年初预算')
    r.same([annual, f['全年预算资金'][2]], '全年预算')
    r.eq('sum_mismatch', add, N(f['全年预算资金'][5]) - N(f['年初预算资金'][5]), 'county addition')
    m = one(t, r'截至(\d{4})年12月31日，项目支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%')
    r.year(m.group(1), Y, '截至')
    spent, rate = m.group(2), m.group(3)
    r.rate(rate, N(spent), N(annual), 'prose 执行率')
    r.same([spent, f['全年执行资金'][2]], 'spent')
    r.same([rate, f['预算执行率(%)'][2]], 'rate')
    r.balance(one(t, r'县级追加经费结余(\d+\.\d+)万元').group(1), f['实际到位资金'][5], f['全年执行资金'][5], 'county balance')
    r.same([one(t, r'执行率仅为(\d+\.\d+)%').group(1), f['预算执行率(%)'][5]], 'county rate')

    ind = []
    for m in many(t, r'(?m)^(预算执行|产出指标|效益指标|满意度指标)\s{2,}.*$'):
        c = re.split(r'\s{2,}', m.group(0).strip())
        if len(c) != 8:
            raise ExtractError(f'indicator row with {len(c)} cells: {c}')
        ind.append({'l1': c[0], 'l2': c[1], 'name': c[2], 'target': c[3], 'actual': c[4],
                    'completion': c[5], 'weight': c[6], 'score': c[7]})
    check_rows(r, ind)
    wsum = sum_str(x['weight'] for x in ind)
    if wsum != 100:
        r.add('weight_sum_mismatch', f'weights sum {wsum}')
    total = one(t, r'综合得分(\d+(?:\.\d+)?)分').group(1)
    r.eq('score_sum_mismatch', total, sum_str(x['score'] for x in ind), 'total')
    r.grade(total, one(t, r'评价等级为(.)').group(1), 'grade')

    by = {x['name']: x for x in ind}
    r.same([rate, by['预算执行率']['actual']], 'rate in indicator table')
    r.same([spent, by['普查与征集经费支出']['actual'].rstrip('万元')], 'spent in indicator table')
    r.same([annual, by['普查与征集经费支出']['target'].lstrip('≤').rstrip('万元')], 'budget cap')
    r.same([one(t, r'全县(\d+)个乡镇全部完成普查').group(1), by['完成普查的乡镇数']['actual'].rstrip('个')], 'townships')
    m = one(t, r'共征集种质资源(\d+)份，其中粮食作物(\d+)份、蔬菜(\d+)份、经济作物及其他(\d+)份')
    collected = m.group(1)
    r.total(collected, [m.group(2), m.group(3), m.group(4)], 'collected by type')
    r.same([collected, by['征集种质资源份数']['actual'].rstrip('份')], 'collected')
    m = one(t, r'已入库（圃）保存(\d+)份，其余(\d+)份')
    r.total(collected, [m.group(1), m.group(2)], 'stored + pending')
    r.rate(by['征集资源入库（圃）保存率']['actual'], N(m.group(1)), N(collected), 'storage rate')
    m = one(t, r'疑似新资源(\d+)份，比目标少(\d+)份')
    r.same([m.group(1), by['发现特色或疑似新资源份数']['actual'].rstrip('份')], 'new resources')
    r.eq('sum_mismatch', m.group(2), N(by['发现特色或疑似新资源份数']['target'].lstrip('≥').rstrip('份')) - N(m.group(1)), 'shortfall')
    r.same([one(t, r'原计划(\d+)人次').group(1), by['培训普查人员']['target'].lstrip('≥').rstrip('人次')], 'training target')
    r.same([one(t, r'实际培训(\d+)人次').group(1), by['培训普查人员']['actual'].rstrip('人次')], 'training')
    r.same([one(t, r'满意度为(\d+\.\d+)%').group(1), by['农户及基层农技人员满意度']['actual']], 'satisfaction')
    return r


# ---------------------------------------------------------------- draft 5: Henan, prose only

def check_ha(t):
    r, Y = R(), 2024
    r.year(one(t, r'^延津县良种繁育中心(\d{4})年度部门整体支出绩效自评报告').group(1), Y, 'title')
    r.year(one(t, r'做好(\d{4})年度预算绩效自评').group(1), Y, 'notice')
    for m in many(t, r'结转至(\d{4})年'):
        r.year(m.group(1), Y, '结转至', 'gt')
    m = one(t, r'全年预算(\d+\.\d+)万元（含年中追加），其中基本支出(\d+\.\d+)万元[^；]*；项目支出(\d+\.\d+)万元，'
               r'包括小麦良种繁育基地建设项目(\d+\.\d+)万元、原种提纯复壮项目(\d+\.\d+)万元、'
               r'良种统一供种补贴项目(\d+\.\d+)万元和种子质量自检项目(\d+\.\d+)万元')
    budget, basic, proj = m.group(1), m.group(2), m.group(3)
    projects = [m.group(i) for i in range(4, 8)]
    r.total(budget, [basic, proj], 'budget = basic + project')
    r.total(proj, projects, 'project budgets')
    subsidy_budget = projects[2]
    m = one(t, r'其中人员经费(\d+\.\d+)万元、公用经费(\d+\.\d+)万元')
    r.total(basic, [m.group(1), m.group(2)], 'basic = personnel + running')
    m = one(t, r'省级现代种业提升工程补助资金(\d+\.\d+)万元、县级财政资金(\d+\.\d+)万元')
    r.total(proj, [m.group(1), m.group(2)], 'project by source')
    m = one(t, r'全年实际支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%，比2023年的(\d+\.\d+)万元增加(\d+\.\d+)万元，增长(\d+\.\d+)%')
    spent, rate, last, inc, growth = m.groups()
    r.rate(rate, N(spent), N(budget), '执行率')
    r.eq('sum_mismatch', inc, N(spent) - N(last), 'increase on 2023')
    r.rate(growth, N(spent) - N(last), N(last), 'growth on 2023')
    m = one(t, r'其中基本支出(\d+\.\d+)万元，执行率(\d+)%；项目支出(\d+\.\d+)万元，执行率(\d+\.\d+)%')
    bs, br, ps, pr = m.groups()
    r.rate(br, N(bs), N(basic), 'basic 执行率')
    r.rate(pr, N(ps), N(proj), 'project 执行率')
    r.total(spent, [bs, ps], 'spent = basic + project')
    tail = one(t, r'尾款(\d+\.\d+)万元').group(1)
    r.balance(tail, proj, ps, 'project unspent')
    r.balance(tail, budget, spent, 'total unspent')
    m = one(t, r'高产示范方(\d+\.\d+)万亩实行良种统一供种，每亩补贴(\d+)(万元|元)，发放补贴资金(\d+\.\d+)万元')
    per = N(m.group(2)) / (TENK if m.group(3) == '元' else 1)
    r.product(m.group(4), [per, N(m.group(1)) * TENK], 'subsidy = per mu x area')
    r.same([m.group(4), subsidy_budget], 'subsidy')
    m = one(t, r'自检样品(\d+)份，其中小麦样品(\d+)份、玉米及大豆样品(\d+)份')
    r.total(m.group(1), [m.group(2), m.group(3)], 'self-test samples')
    r.same([x.group(1) for x in many(t, r'核心繁育基地(\d+)亩', 2)], 'core base area')
    m = one(t, r'预算执行指标(\d+)分，得(\d+(?:\.\d+)?)分；产出指标(\d+)分，得(\d+(?:\.\d+)?)分；'
               r'效益指标(\d+)分，得(\d+(?:\.\d+)?)分；满意度指标(\d+)分，得(\d+(?:\.\d+)?)分，'
               r'合计(\d+(?:\.\d+)?)分，自评等级为(.)')
    g = m.groups()
    weights, scores = [g[0], g[2], g[4], g[6]], [g[1], g[3], g[5], g[7]]
    if sum_str(weights) != 100:
        r.add('weight_sum_mismatch', f'weights {weights}')
    for w, s in zip(weights, scores):
        r.exceeds(s, w, 'department block')
    r.eq('score_sum_mismatch', g[8], sum_str(scores), 'department total')
    r.grade(g[8], g[9], 'department grade')
    r.exec_score(g[1], g[0], rate, N(spent) / N(budget) * 100, 'department execution score')
    sat = one(t, r'综合满意度为(\d+)%').group(1)
    r.exec_score(g[7], g[6], sat, N(sat), 'satisfaction score')
    m = one(t, r'自评得分分别为(\d+(?:\.\d+)?)分、(\d+(?:\.\d+)?)分、(\d+(?:\.\d+)?)分和(\d+(?:\.\d+)?)分，平均(\d+(?:\.\d+)?)分')
    ps4 = [m.group(i) for i in range(1, 5)]
    r.eq('average_mismatch', m.group(5), sum_str(ps4) / 4, 'average project score')
    for s in ps4:
        r.exceeds(s, '100', 'project score')
        if '优' not in band(N(s)):
            r.add('grade_mismatch', f'project score {s} is not 优 although all are said to be 优')
    return r


CHECKS = {
    'gs-ganzhou-zhizhong-2022': check_gs,
    'ah-lixin-zhongzichoujian-2019': check_ah,
    'hb-jingzhou-quyushiyan-2023': check_hb,
    'gz-congjiang-zhongzhipucha-2020': check_gz,
    'ha-yanjin-liangfan-2024': check_ha,
}


# ---------------------------------------------------------------- driver

def main():
    problems = []
    labels = [json.loads(line) for line in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
    if len(labels) != 35:
        problems.append(f'{len(labels)} labels, expected 35')
    codes = Counter()
    for lab in labels:
        name = lab['case']
        text = open(os.path.join(CASES, name), encoding='utf-8').read()
        check = CHECKS[lab['source']]
        try:
            findings = check(text).f
        except (ExtractError, KeyError, IndexError, ArithmeticError) as e:
            problems.append(f'{name}: extraction failed: {type(e).__name__} {e}')
            continue
        if lab['clean']:
            if lab['expected']:
                problems.append(f'{name}: clean case with expectations')
            if findings:
                problems.append(f'{name}: clean draft fails: {findings}')
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f'{name}: length {n} outside 2800-3400')
            continue
        if len(lab['expected']) != 1:
            problems.append(f'{name}: expected exactly one label')
            continue
        exp = lab['expected'][0]
        code, value = exp['code'], exp['value']
        codes[code] += 1
        if code not in CODES or exp['severity'] != 'error':
            problems.append(f'{name}: bad code/severity {code}/{exp["severity"]}')
        if text.count(value) != 1:
            problems.append(f'{name}: value occurs {text.count(value)} times: {value!r}')
        clean = open(os.path.join(CASES, lab['source'] + '-clean.txt'), encoding='utf-8').read()
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        d0, d1 = p, len(text) - s          # changed region in the error case
        if text == clean or d1 <= d0:
            problems.append(f'{name}: no changed characters in the error case')
        v0 = text.find(value)
        if not (v0 < max(d1, d0 + 1) and d0 < v0 + len(value)):
            problems.append(f'{name}: change [{d0},{d1}) does not overlap value at {v0}')
        if d1 - d0 > 12:
            problems.append(f'{name}: changed region unusually long ({d1 - d0} chars)')
        failing = {c for (c, sev, _) in findings if sev == 'error'}
        if code not in failing:
            problems.append(f'{name}: labelled {code} does not fail (findings: {findings})')
        extra = failing - {code}
        if extra:
            problems.append(f'{name}: other error codes fail: {sorted(extra)} ({findings})')
    for c in CODES:
        if codes[c] < 2:
            problems.append(f'code {c} used {codes[c]} times (< 2)')
    for c in codes:
        if c not in CODES:
            problems.append(f'unknown code {c}')
    if problems:
        for pr in problems:
            print('FAIL', pr)
        sys.exit(1)
    print(f'{len(labels)} cases, codes: ' + ', '.join(f'{c}={codes[c]}' for c in CODES))
    print('OK')


if __name__ == '__main__':
    main()
