#!/usr/bin/env python3
"""Verify the set: labels, single contiguous edits, code coverage, and the arithmetic of every case.

For every case the arithmetic of its project is redone from the text (regexes anchored on the wording of
that project; tables rebuilt from their own layout). Each check carries an error code of errors.md §A
(or the warning `score_rule_mismatch`). A clean draft must pass every check; an error case must fail at
least one check of its labelled code and no check of any other error-level code.
Tolerance (rules.md §8): a stated value with d decimals matches a computed c iff |c − v| ≤ 0.5·10^−d.
Standard library only (decimal.Decimal). Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, getcontext

getcontext().prec = 40
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

CODES13 = ['rate_mismatch', 'balance_mismatch', 'sum_mismatch', 'score_sum_mismatch', 'score_exceeds_weight',
           'weight_sum_mismatch', 'grade_mismatch', 'average_mismatch', 'conflicting_values', 'implausible_rate',
           'unit_mismatch', 'year_mismatch', 'completion_mismatch']
WARNING_CODES = {'score_rule_mismatch'}


class ParseError(Exception):
    pass


# ---------------------------------------------------------------------------------------------- numbers
def ndec(s):
    s = str(s)
    return len(s.split('.')[1]) if '.' in s else 0


def within(stated, computed):
    """stated: string as written; computed: Decimal."""
    v = D(stated)
    tol = D('0.5') * (D(10) ** -ndec(stated)) + D('1e-9')
    return abs(D(computed) - v) <= tol


def wan(a):
    """amount (numstr, unit) -> Decimal in 万元"""
    n, u = a
    v = D(n)
    return {'元': v / 10000, '万元': v, '亿元': v * 10000}[u]


def in_unit(v_wan, unit):
    return {'元': v_wan * 10000, '万元': v_wan, '亿元': v_wan / 10000}[unit]


def amt_ok(a, v_wan):
    return within(a[0], in_unit(v_wan, a[1]))


def grade_of(total):
    t = D(total)
    if t >= 90:
        return '优'
    if t >= 80:
        return '良'
    if t >= 60:
        return '中'
    return '差'


GRADE_NORMAL = {'优': '优', '优秀': '优', '良': '良', '良好': '良', '中': '中', '中等': '中', '一般': '中', '合格': '中',
                '差': '差', '较差': '差', '不合格': '差'}


# ---------------------------------------------------------------------------------------------- checker
class Ck:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.res = []  # (code, ok, desc)

    # --- finding text
    def one(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseError(f'{pat!r}: {len(ms)} matches')
        return ms[0]

    def all(self, pat):
        return list(re.finditer(pat, self.t))

    def amt(self, pat):
        """pat with two groups: number, unit"""
        m = self.one(pat)
        return (m.group(1), m.group(2))

    def num(self, pat):
        return self.one(pat).group(1)

    def ck(self, code, ok, desc):
        self.res.append((code, bool(ok), desc))

    # --- identities
    def linear(self, code, target, terms, desc):
        """target amount == sum(coef * amount). Falls back to unit_mismatch when rescaling ONE amount by 10^±4
        reconciles the identity (errors.md #11 b: the most specific explanation wins)."""
        def total(scale_idx=None, f=D(1)):
            s = D(0)
            for i, (c, a) in enumerate(terms):
                v = wan(a) * (f if i == scale_idx else 1)
                s += D(c) * v
            return s
        if amt_ok(target, total()):
            self.ck(code, True, desc)
            return
        for f in (D(10000), D('0.0001')):
            for i in range(len(terms)):
                if amt_ok(target, total(i, f)):
                    self.ck('unit_mismatch', False, desc + f' (reconciled by rescaling term {i})')
                    return
            tv = wan(target) * f
            if abs(tv - total()) <= D('0.5') * D(10) ** -ndec(target[0]) * f + D('1e-9'):
                self.ck('unit_mismatch', False, desc + ' (reconciled by rescaling the total)')
                return
        self.ck(code, False, desc + f': computed {total()} 万元, stated {target}')

    def count_sum(self, code, total, parts, desc):
        s = sum(D(p) for p in parts)
        self.ck(code, within(total, s), f'{desc}: {"+".join(parts)} = {s}, stated {total}')

    def rate(self, stated, num, den, desc, code='rate_mismatch'):
        num, den = D(num), D(den)
        if den == 0:
            self.ck('implausible_rate', D(stated) == 0, f'{desc}: zero base, stated {stated}')
            return
        c = num / den * 100
        self.ck(code, within(stated, c), f'{desc}: {c:.4f}%, stated {stated}%')

    def balance(self, stated, a, b, desc):
        c = wan(a) - wan(b)
        self.ck('balance_mismatch', amt_ok(stated, c), f'{desc}: {c}, stated {stated}')

    def average(self, stated, items, desc, divisor=None):
        items = [D(x) for x in items]
        c = sum(items) / (divisor if divisor is not None else len(items))
        self.ck('average_mismatch', within(stated, c), f'{desc}: {c}, stated {stated}')

    def same(self, values, desc):
        """conflicting_values: all mentions of one quantity agree (numeric, unit-normalised when given)."""
        vals = [D(v) for v in values]
        ok = all(abs(v - vals[0]) <= D('0.5') * D(10) ** -min(ndec(x) for x in values) + D('1e-9') for v in vals)
        self.ck('conflicting_values', ok, f'{desc}: {values}')

    def grade(self, total, word, desc):
        self.ck('grade_mismatch', GRADE_NORMAL[word] == grade_of(total), f'{desc}: {total} -> {word}')

    # --- years (I14)
    def years(self):
        y = self.year
        for m in self.all(r'(\d{4})年度'):
            self.ck('year_mismatch', int(m.group(1)) == y, f'年度 mention {m.group(0)}')
        for m in self.all(r'截至(\d{4})年12月31日'):
            self.ck('year_mismatch', int(m.group(1)) == y, f'截至 {m.group(0)}')
        for m in self.all(r'基准日为(\d{4})年12月31日'):
            self.ck('year_mismatch', int(m.group(1)) == y, f'基准日 {m.group(0)}')
        for m in self.all(r'结转至(\d{4})年'):
            self.ck('year_mismatch', int(m.group(1)) > y, f'carry-over {m.group(0)}')
        for m in self.all(r'年度[：:]\s*(\d{4})'):
            self.ck('year_mismatch', int(m.group(1)) == y, f'table year {m.group(0)}')
        # money issued: in the evaluation year, or in December of the year before (advance)
        for m in self.all(r'(\d{4})年(\d{1,2})月(?:[^。；\n]{0,12}?)(?:下达|到位)'):
            yy, mm = int(m.group(1)), int(m.group(2))
            ok = yy == y or (yy == y - 1 and mm == 12)
            self.ck('year_mismatch', ok, f'issue date {m.group(0)}')
        for m in self.all(r'(?:资金下达|下达项目资金)[：:]?\s*(\d{4})年(\d{1,2})月'):
            yy, mm = int(m.group(1)), int(m.group(2))
            self.ck('year_mismatch', yy == y or (yy == y - 1 and mm == 12), f'issue {m.group(0)}')

    # --- prose rates must lie in [0, 100] (I5)
    def prose_rates(self):
        for line in self.t.split('\n'):
            if '｜' in line or '\t' in line:
                continue
            for m in re.finditer(r'(率|满意度|密度)((?:[^\d。；\n]{0,8}?))((?:\d+(?:\.\d+)?%[、和及与]?)+)', line):
                if '完成率' in m.group(0) or '高于' in m.group(2):
                    continue
                for p in re.findall(r'(\d+(?:\.\d+)?)%', m.group(3)):
                    self.ck('implausible_rate', D(p) <= 100, f'rate {m.group(0)}')


# ---------------------------------------------------------------------------------------------- indicator rows
SIGNS = [('≥', 'gte'), ('>=', 'gte'), ('不低于', 'gte'), ('不少于', 'gte'), ('≤', 'lte'), ('<=', 'lte'),
         ('不超过', 'lte'), ('不高于', 'lte'), ('=', 'eq')]


def parse_val(s):
    s = s.strip()
    direction = None
    for k, v in SIGNS:
        if s.startswith(k):
            direction, s = v, s[len(k):].strip()
            break
    m = re.match(r'^(\d+(?:\.\d+)?)(.*)$', s)
    if not m:
        return None
    return direction, m.group(1), m.group(2).strip()


def completion(tv, av):
    direction, t, _ = tv
    _, a, _ = av
    t, a = D(t), D(a)
    if direction == 'lte':
        return D(100) if a <= t else t / a * 100
    if t == 0:
        return None
    return a / t * 100


def rule_score(tv, av, w):
    direction, t, _ = tv
    _, a, _ = av
    t, a, w = D(t), D(a), D(w)
    if direction == 'lte':
        return w if a <= t else w * t / a
    if t == 0:
        return w if a <= 0 else D(0)
    return w * min(D(1), a / t)


def check_rows(c, rows, total_weight=None, total_score=None, exec_rate=None):
    """rows: dicts with l1, name, target, actual, weight, score, completion (opt). The first row may be the
    execution row (is_exec). Returns (sum_w, sum_s, per_l1_scores)."""
    sw, ss = D(0), D(0)
    per_l1 = {}
    for r in rows:
        w, s = D(r['weight']), D(r['score'])
        sw += w
        ss += s
        per_l1[r['l1']] = per_l1.get(r['l1'], D(0)) + s
        c.ck('score_exceeds_weight', D(0) <= s <= w, f'{r["name"]}: score {s} weight {w}')
        tv, av = parse_val(r['target']), parse_val(r['actual'])
        if tv and av:
            tu, au = tv[2], av[2]
            if tu and au and tu != au:
                c.ck('unit_mismatch', False, f'{r["name"]}: target unit {tu!r}, actual unit {au!r}')
                continue
            c.ck('unit_mismatch', True, f'{r["name"]}: units')
            if au == '%' and re.search(r'率|满意度|密度', r['name']):
                c.ck('implausible_rate', D(av[1]) <= 100, f'{r["name"]}: actual {av[1]}%')
            comp = completion(tv, av)
            if r.get('completion') not in (None, '', '—') and comp is not None:
                st = r['completion'].rstrip('%')
                c.ck('completion_mismatch', within(st, comp), f'{r["name"]}: completion {comp:.4f}, stated {st}')
            exp = rule_score(tv, av, w)
            ok = within(r['score'], exp)
            if r.get('is_exec') and exec_rate is not None:   # rules §8: a score from the printed rate is also fine
                ok = ok or within(r['score'], w * min(D(1), D(exec_rate) / 100))
            c.ck('score_rule_mismatch', ok, f'{r["name"]}: rule score {exp:.4f}, stated {r["score"]}')
        elif tv is None and av is None:
            # qualitative: achieved band [80%, 100%] of the weight
            c.ck('score_rule_mismatch', w * D('0.8') <= s <= w, f'{r["name"]}: qualitative {s}/{w}')
    if total_weight is not None:
        c.ck('weight_sum_mismatch', within(total_weight, sw), f'Σ weights {sw}, stated {total_weight}')
    c.ck('weight_sum_mismatch', sw == 100, f'Σ weights {sw} must be 100')
    if total_score is not None:
        c.ck('score_sum_mismatch', within(total_score, ss), f'Σ scores {ss}, stated {total_score}')
    return sw, ss, per_l1


def bar_rows(block):
    """｜-separated lines -> list of cell lists"""
    return [ln.split('｜') for ln in block.strip('\n').split('\n') if ln.strip()]


def tab_rows(block):
    return [ln.split('\t') for ln in block.strip('\n').split('\n') if ln.strip()]


def flat_rows(block):
    """one cell per line (tab-indented), blank line between rows"""
    out = []
    for chunk in block.strip('\n').split('\n\n'):
        cells = [ln[1:] if ln.startswith('\t') else ln for ln in chunk.split('\n')]
        out.append(cells)
    return out


def between(text, start, end=None):
    i = text.index(start) + len(start)
    if end is None:
        return text[i:]
    return text[i:text.index(end, i)]


# ---------------------------------------------------------------------------------------------- projects
def p_suiping(t):
    c = Ck(t, 2018)
    A = c.amt
    ini = A(r'项目年初预算(\d+\.\d+)(万元)')
    cen = A(r'其中中央补助(\d+\.\d+)(万元)、省级')
    prov = A(r'省级补助(\d+\.\d+)(万元)、县级配套')
    cty1 = A(r'县级配套(\d+\.\d+)(万元)。中央资金')
    add = A(r'追加县级配套(\d+\.\d+)(万元)')
    ann = A(r'全年预算调整为(\d+\.\d+)(万元)')
    c.linear('sum_mismatch', ini, [(1, cen), (1, prov), (1, cty1)], '年初 = 中央+省+县')
    c.linear('sum_mismatch', ann, [(1, ini), (1, add)], '全年 = 年初+追加')
    adv = A(r'中央资金中(\d+\.\d+)(万元)已于')
    rest = A(r'其余(\d+\.\d+)(万元)于')
    c.linear('sum_mismatch', cen, [(1, adv), (1, rest)], '中央 = 提前下达+其余')
    spent = A(r'全年支出(\d+\.\d+)(万元)，其中')
    loss = A(r'病害猪损失补贴(\d+(?:\.\d+)?)(万元|元)')
    proc = A(r'无害化处理费用补贴(\d+(?:\.\d+)?)(万元|元)')
    subs = A(r'两项补贴合计(\d+\.\d+)(万元)')
    sup = A(r'监管工作经费(\d+\.\d+)(万元)')
    vet = A(r'驻场官方兽医补助(\d+\.\d+)(万元)')
    kit = A(r'检测试剂及快检耗材(\d+\.\d+)(万元)')
    train = A(r'培训宣传(\d+\.\d+)(万元)')
    heads = c.num(r'全年确认并无害化处理病害猪(\d+)头')
    std_loss = A(r'按每头(\d+)(元)给予损失补贴')
    std_proc = A(r'每头(\d+)(元)给予无害化处理费用补贴')
    c.linear('sum_mismatch', subs, [(1, loss), (1, proc)], '两项补贴合计')
    c.linear('sum_mismatch', spent, [(1, subs), (1, sup)], '全年支出 = 补贴+监管经费')
    c.linear('sum_mismatch', sup, [(1, vet), (1, kit), (1, train)], '监管经费构成')
    m = c.one(r'（(\d+)人，每人每年(\d+)(元)）')
    c.linear('sum_mismatch', vet, [(m.group(1), (m.group(2), m.group(3)))], '驻场补助 = 人数×标准')
    c.linear('sum_mismatch', loss, [(heads, std_loss)], '损失补贴 = 头数×800元')
    c.linear('sum_mismatch', proc, [(heads, std_proc)], '处理费补贴 = 头数×80元')
    cty_spent = A(r'县级配套资金支出(\d+\.\d+)(万元)')
    c.linear('sum_mismatch', spent, [(1, cen), (1, prov), (1, cty_spent)], '中央、省级全部支出 + 县级支出')
    c.rate(c.num(r'县级配套资金支出\d+\.\d+万元，执行率(\d+\.\d+)%'), wan(cty_spent), wan(cty1) + wan(add), '县级执行率')
    c.balance(A(r'年末结余(\d+\.\d+)(万元)'), ann, spent, '结余 = 到位(全部到位) − 支出')
    # quarters, enterprises, averages
    q = c.one(r'一至四季度分别为(\d+)头、(\d+)头、(\d+)头、(\d+)头')
    c.count_sum('sum_mismatch', heads, list(q.groups()), '四个季度之和')
    e = c.one(r'抽检分别为(\d+)批次、(\d+)批次、(\d+)批次和(\d+)批次，合计(\d+)批次，平均每家(\d+(?:\.\d+)?)批次')
    c.count_sum('sum_mismatch', e.group(5), list(e.groups()[:4]), '4家企业抽检之和')
    c.average(e.group(6), e.groups()[:4], '平均每家抽检批次')
    c.count_sum('sum_mismatch', c.num(r'全年抽检批次比目标少(\d+)批次'), ['480', '-' + e.group(5)], '比目标少')
    last = c.one(r'2017年全县确认病害猪(\d+)头、兑付补贴(\d+\.\d+)(万元)')
    c.linear('sum_mismatch', (last.group(2), last.group(3)), [(last.group(1), ('880', '元'))], '2017年补贴 = 头数×880元')
    c.count_sum('sum_mismatch', c.num(r'本年处理量比上年增加(\d+)头'), [heads, '-' + last.group(1)], '比上年增加')
    sv = c.one(r'收回有效问卷(\d+)份，其中表示满意的(\d+)份，满意度(\d+(?:\.\d+)?)%')
    c.rate(sv.group(3), sv.group(2), sv.group(1), '满意度 = 满意份数/有效份数')
    # conflicting mentions
    c.same([heads, c.num(r'全年(\d+)头病害猪均'), c.num(r'病害猪无害化处理数量｜≥1000头｜(\d+)头')], '病害猪头数')
    c.same([e.group(5), c.num(r'｜≥480批次｜(\d+)批次｜')], '抽检批次')
    c.same([c.num(r'兑付的比例为(\d+\.\d+)%'), c.num(r'｜≥95%｜(\d+\.\d+)%｜')], '兑付比例')
    c.same([c.num(r'主动申报率(\d+\.\d+)%，比上年'), c.num(r'申报率｜≥90%｜(\d+\.\d+)%')], '申报率')
    c.same([sv.group(3), c.num(r'满意度｜≥90%｜(\d+\.\d+)%')], '满意度')
    # funds block
    fb = c.one(r'年度资金总额｜(\S+?)｜(\S+?)｜(\S+?)｜(\d+)｜(\d+\.\d+)%｜(\S+)\n')
    cur = c.one(r'其中：当年财政拨款｜(\S+?)｜(\S+?)｜(\S+?)｜')
    car = c.one(r'上年结转资金｜(\S+?)｜(\S+?)｜(\S+?)｜')
    oth = c.one(r'其他资金｜(\S+?)｜(\S+?)｜(\S+?)｜')
    for i in range(3):
        c.linear('sum_mismatch', (fb.group(i + 1), '万元'),
                 [(1, (cur.group(i + 1), '万元')), (1, (car.group(i + 1), '万元')), (1, (oth.group(i + 1), '万元'))],
                 f'资金总额 column {i}')
    c.same([fb.group(1), ini[0]], '年初预算 text/table')
    c.same([fb.group(2), ann[0]], '全年预算 text/table')
    c.same([fb.group(3), spent[0]], '全年执行 text/table')
    c.rate(fb.group(5), fb.group(3), fb.group(2), '执行率 (funds block)')
    # indicator rows
    block = between(t, '偏差原因分析及改进措施\n', '\n总分')
    rows = [{'l1': 'exec', 'name': '预算执行率', 'target': '100%', 'actual': fb.group(5) + '%', 'weight': fb.group(4),
             'score': fb.group(6), 'is_exec': True}]
    for cells in bar_rows(block):
        rows.append({'l1': cells[0], 'name': cells[2], 'target': cells[3], 'actual': cells[4], 'weight': cells[5],
                     'score': cells[6], 'completion': cells[7]})
    tot = c.one(r'总分｜｜｜｜｜(\d+)｜(\d+(?:\.\d+)?)｜')
    check_rows(c, rows, tot.group(1), tot.group(2), exec_rate=fb.group(5))
    st = c.one(r'自评得分(\d+(?:\.\d+)?)分，评价等级为“(.+?)”')
    c.same([st.group(1), tot.group(2)], '总分 text/table')
    c.grade(st.group(1), st.group(2), '等级')
    c.years()
    c.prose_rates()
    return c


def p_ningxiang(t):
    c = Ck(t, 2020)
    A = c.amt
    ini = A(r'当年财政拨款年初预算(\d+\.\d+)(万元)')
    cen = A(r'其中中央补助(\d+\.\d+)(万元)、省级')
    prov = A(r'省级补助(\d+\.\d+)(万元)、市本级')
    city = A(r'市本级(\d+\.\d+)(万元)；')
    add1 = A(r'追加中央资金(\d+\.\d+)(万元)')
    add2 = A(r'追加市本级资金(\d+\.\d+)(万元)')
    cur = A(r'当年财政拨款调整为(\d+\.\d+)(万元)')
    car = A(r'2019年结转的(\d+\.\d+)(万元)')
    ann = A(r'项目全年预算(\d+\.\d+)(万元)')
    c.linear('sum_mismatch', ini, [(1, cen), (1, prov), (1, city)], '年初 = 中央+省+市')
    c.linear('sum_mismatch', cur, [(1, ini), (1, add1), (1, add2)], '当年拨款 = 年初+追加')
    c.linear('sum_mismatch', ann, [(1, cur), (1, car)], '全年 = 当年拨款+结转')
    c.same([car[0], c.num(r'上年结转资金(\d+(?:\.\d+)?)万元为2019年')], '上年结转 (6.20 / 6.2)')
    c.same([cen[0], c.num(r'年初预算中的中央补助(\d+\.\d+)万元已于')], '中央年初')
    spent = A(r'全年支出(\d+\.\d+)(万元)，预算执行率')
    c.rate(c.num(r'全年支出\d+\.\d+万元，预算执行率(\d+\.\d+)%'), wan(spent), wan(ann), '执行率 (prose)')
    cur_sp = A(r'其中当年财政拨款支出(\d+\.\d+)(万元)')
    c.linear('sum_mismatch', spent, [(1, cur_sp), (1, car)], '支出 = 当年拨款支出 + 结转全部使用')
    loss = A(r'病害猪损失补助(\d+\.\d+)(万元)')
    proc = A(r'无害化处理费用补助(\d+\.\d+)(万元)')
    subs = A(r'两项合计(\d+\.\d+)(万元)')
    sup = A(r'屠宰环节监管经费(\d+\.\d+)(万元)')
    lab = c.one(r'劳务补助(\d+\.\d+)(万元)（(\d+)人，每人每月(\d+)(元)）')
    asf = c.one(r'自检抽查费(\d+\.\d+)(万元)（每次(\d+)(元)）')
    lean = c.one(r'检测费(\d+\.\d+)(万元)（每批次(\d+)(元)）')
    heads = c.num(r'全年确认并无害化处理病害猪(\d+)头')
    c.linear('sum_mismatch', subs, [(1, loss), (1, proc)], '两项补助合计')
    c.linear('sum_mismatch', spent, [(1, subs), (1, sup)], '支出 = 补助+监管经费')
    c.linear('sum_mismatch', sup, [(1, (lab.group(1), lab.group(2))), (1, (asf.group(1), asf.group(2))),
                                   (1, (lean.group(1), lean.group(2)))], '监管经费构成')
    c.linear('sum_mismatch', (lab.group(1), lab.group(2)), [(int(lab.group(3)) * 12, (lab.group(4), lab.group(5)))],
             '劳务 = 人数×月标准×12')
    n_asf = c.num(r'开展屠宰环节非洲猪瘟自检抽查(\d+)次')
    c.linear('sum_mismatch', (asf.group(1), asf.group(2)), [(n_asf, (asf.group(3), asf.group(4)))], '自检费 = 次数×单价')
    n_lean = c.num(r'“瘦肉精”抽检(\d+)批次')
    c.linear('sum_mismatch', (lean.group(1), lean.group(2)), [(n_lean, (lean.group(3), lean.group(4)))], '检测费 = 批次×单价')
    c.linear('sum_mismatch', loss, [(heads, (c.num(r'损失补助每头(\d+)元'), '元'))], '损失补助 = 头数×标准')
    c.linear('sum_mismatch', proc, [(heads, (c.num(r'处理费用补助每头(\d+)元'), '元'))], '处理补助 = 头数×标准')
    c.balance(A(r'年末结余(\d+\.\d+)(万元)'), ann, spent, '结余 = 全年(全部到位) − 支出')
    q = c.one(r'一至四季度分别为(\d+)头、(\d+)头、(\d+)头、(\d+)头，(\d+)家企业平均每家(\d+(?:\.\d+)?)头')
    c.count_sum('sum_mismatch', heads, list(q.groups()[:4]), '四个季度之和')
    c.average(q.group(6), [heads], '平均每家', divisor=D(q.group(5)))
    # table
    head = c.one(r'说明：预算执行率分值(\d+)分，按执行率乘以分值计分；产出、效益、满意度指标分值合计(\d+)分')
    block = between(t, '偏差原因分析及改进措施\n', '\n合计')
    rows = []
    for cells in tab_rows(block):
        r = {'l1': cells[0], 'name': cells[2], 'target': cells[3], 'actual': cells[4], 'weight': cells[5],
             'score': cells[6]}
        if cells[0] == '预算执行':
            r['weight'] = head.group(1)          # 分值 only in the heading line above the table
            r['is_exec'] = True
            exec_row = cells
        rows.append(r)
    c.ck('weight_sum_mismatch', sum(D(r['weight']) for r in rows if not r.get('is_exec')) == D(head.group(2)),
         'rows other than 预算执行 vs the 90 of the heading')
    tot = c.one(r'\n合计\t\t\t\t\t(\d+)\t(\d+(?:\.\d+)?)\t')
    exec_rate = exec_row[4].rstrip('%')
    check_rows(c, rows, tot.group(1), tot.group(2), exec_rate=exec_rate)
    c.rate(exec_rate, wan(spent), wan(ann), '执行率 (table)')
    c.same([exec_rate, c.num(r'预算执行率(\d+\.\d+)%，其中')], '执行率 text/table')
    c.same([heads, c.num(r'病害猪无害化处理数量\t≥1500头\t(\d+)头')], '病害猪头数')
    c.same([n_asf, c.num(r'自检抽查\t≥360次\t(\d+)次')], '自检次数')
    c.same([c.num(r'兑付及时率(\d+\.\d+)%，未达到'), c.num(r'兑付及时率\t≥98%\t(\d+\.\d+)%')], '兑付及时率')
    c.same([c.num(r'抽检合格率(\d+\.\d+)%，群众'), c.num(r'抽检合格率\t≥98%\t(\d+\.\d+)%')], '抽检合格率')
    c.same([c.num(r'问卷180份，满意度(\d+\.\d+)%'), c.num(r'货主满意度\t≥90%\t(\d+\.\d+)%')], '满意度')
    pt = c.num(r'项目自评得分(\d+(?:\.\d+)?)分')
    c.same([pt, tot.group(2)], '总分 text/table')
    c.ck('score_sum_mismatch', within(pt, sum(D(r['score']) for r in rows)), '总分 (text) vs Σ rows')
    c.grade(tot.group(2), c.num(r'评价等级\t(\S+)'), '等级')
    c.years()
    c.prose_rates()
    return c


def p_qingxu(t):
    c = Ck(t, 2021)
    A = c.amt
    # funds table (flattened, 行次 and printed formulas)
    F = {r[0]: r for r in flat_rows(between(t, '（二）预算执行情况\n', '\n\n全年执行'))}
    cols = range(2, 10)      # 年度总金额, 小计, 中央, 省, 市, 县, 结转, 其他
    for key in ['年初预算资金', '全年预算资金', '实际到位资金', '全年执行资金', '资金结余']:
        r = F[key]
        c.linear('sum_mismatch', (r[2], '万元'), [(1, (r[3], '万元')), (1, (r[8], '万元')), (1, (r[9], '万元'))],
                 f'{key}: 总额 = 小计+结转+其他')
        c.linear('sum_mismatch', (r[3], '万元'), [(1, (r[i], '万元')) for i in range(4, 8)], f'{key}: 小计 = 各级')
    for i in cols:
        c.balance((F['资金结余'][i], '万元'), (F['实际到位资金'][i], '万元'), (F['全年执行资金'][i], '万元'),
                  f'(5)=(3)-(4) col {i}')
        c.rate(F['预算到位率(%)'][i], F['实际到位资金'][i], F['全年预算资金'][i], f'(6)=(3)/(2) col {i}')
        c.rate(F['预算执行率(%)'][i], F['全年执行资金'][i], F['全年预算资金'][i], f'(7)=(4)/(2) col {i}')
    # prose funds
    iss = A(r'县财政局下达项目资金(\d+\.\d+)(万元)')
    parts = c.one(r'其中中央资金(\d+\.\d+)万元、省级资金(\d+\.\d+)万元、县级资金(\d+\.\d+)万元')
    add = A(r'追加县级资金(\d+\.\d+)(万元)')
    ann = A(r'全年预算(\d+\.\d+)(万元)，截至\d{4}年12月31日全部到位')
    c.linear('sum_mismatch', iss, [(1, (p, '万元')) for p in parts.groups()], '下达 = 中央+省+县')
    c.linear('sum_mismatch', ann, [(1, iss), (1, add)], '全年 = 下达+追加')
    c.same([iss[0], F['年初预算资金'][2]], '年初 text/table')
    c.same([parts.group(1), F['年初预算资金'][4]], '中央 text/table')
    c.same([parts.group(2), F['年初预算资金'][5]], '省级 text/table')
    c.same([parts.group(3), F['年初预算资金'][7]], '县级 text/table')
    c.same([ann[0], F['全年预算资金'][2]], '全年 text/table')
    spent = A(r'全年执行(\d+\.\d+)(万元)，其中')
    c.same([spent[0], F['全年执行资金'][2]], '执行 text/table')
    heads = c.num(r'全年确认病害猪(\d+)头')
    terms = [A(r'病害猪损失补助(\d+\.\d+)(万元)'), A(r'无害化处理补助(\d+\.\d+)(万元)'),
             A(r'驻场协检员劳务(\d+\.\d+)(万元)'), A(r'检测费(\d+\.\d+)(万元)'), A(r'视频监控运维(\d+\.\d+)(万元)')]
    c.linear('sum_mismatch', spent, [(1, x) for x in terms], '执行构成')
    m = c.one(r'（(\d+)人，每人每年(\d+(?:\.\d+)?)(万元)）')
    c.linear('sum_mismatch', terms[2], [(m.group(1), (m.group(2), m.group(3)))], '劳务 = 人数×标准')
    c.linear('sum_mismatch', terms[0], [(heads, (c.num(r'按每头(\d+)元补助损失'), '元'))], '损失补助')
    c.linear('sum_mismatch', terms[1], [(heads, (c.num(r'每头(\d+)元补助无害化处理费用'), '元'))], '处理补助')
    q = c.one(r'一至四季度分别为(\d+)头、(\d+)头、(\d+)头、(\d+)头')
    c.count_sum('sum_mismatch', heads, list(q.groups()), '四个季度之和')
    e = c.one(r'抽检分别为(\d+)批次、(\d+)批次、(\d+)批次，平均每家(\d+(?:\.\d+)?)批次')
    c.average(e.group(4), e.groups()[:3], '平均每家抽检')
    # 附件1 (flattened)
    R = flat_rows(between(t, '附件1.项目支出绩效自评表\n'))
    rows, l1 = [], None
    for cells in R[1:]:
        if cells[0] == '合计':
            tot = cells
            continue
        l1 = cells[0] or l1
        rows.append({'l1': l1, 'name': cells[2], 'weight': cells[3], 'target': cells[4], 'actual': cells[5],
                     'completion': cells[6], 'score': cells[7], 'is_exec': l1 == '预算执行指标'})
    exec_rate = rows[0]['actual'].rstrip('%')
    sw, ss, per = check_rows(c, rows, tot[3], tot[7], exec_rate=exec_rate)
    c.same([exec_rate, F['预算执行率(%)'][2]], '执行率 附件1/funds table')
    c.count_sum('sum_mismatch', c.num(r'\t(\d+)批次\n\t104'), list(e.groups()[:3]), '3家抽检之和 = 附件1 业绩值')
    c.same([heads, c.num(r'全年(\d+)头病害猪及其产品'), c.num(r'\t≥180头\n\t(\d+)头')], '病害猪头数')
    c.same([c.num(r'平均用时(\d+)天'), c.num(r'\t≤30天\n\t(\d+)天')], '兑付用时')
    c.same([c.num(r'制度落实率(\d+\.\d+)%，1家'), c.num(r'\t≥90%\n\t(\d+\.\d+)%\n\t96')], '制度落实率')
    c.same([c.num(r'问卷120份，满意度(\d+)%'), c.num(r'\t≥90%\n\t(\d+)%\n\t105.56')], '满意度')
    s = c.one(r'综合得分(\d+\.\d+)分，等级为(\S\S)。其中预算执行得分(\d+\.\d+)分，产出指标得分(\d+(?:\.\d+)?)分，'
              r'效益指标得分(\d+(?:\.\d+)?)分，满意度指标得分(\d+(?:\.\d+)?)分')
    c.ck('score_sum_mismatch', within(s.group(1), ss), f'综合得分 {s.group(1)} vs Σ {ss}')
    c.ck('score_sum_mismatch', within(s.group(1), sum(D(x) for x in s.groups()[2:])), '综合得分 = 四项之和')
    for g, key in zip(s.groups()[2:], ['预算执行指标', '产出指标', '效益指标', '满意度指标']):
        c.ck('score_sum_mismatch', within(g, per[key]), f'{key} subtotal {g} vs rows {per[key]}')
    c.grade(s.group(1), s.group(2), '等级')
    c.years()
    c.prose_rates()
    return c


def p_jiajiang(t):
    c = Ck(t, 2022)
    A = c.amt
    ini = A(r'项目年初批复预算(\d+\.\d+)(万元)')
    add = A(r'追加县级资金(\d+\.\d+)(万元)')
    ann = A(r'调整后全年预算(\d+\.\d+)(万元)')
    cen = A(r'包括中央补助(\d+\.\d+)(万元)')
    prov = A(r'省级补助(\d+\.\d+)(万元)和')
    cty = A(r'县级资金(\d+\.\d+)(万元)。\n')
    c.linear('sum_mismatch', ann, [(1, ini), (1, add)], '全年 = 年初+追加')
    c.linear('sum_mismatch', ann, [(1, cen), (1, prov), (1, cty)], '全年 = 中央+省+县')
    rec = A(r'全年到位(\d+\.\d+)(万元)，到位率')
    c.rate(c.num(r'到位率(\d+)%'), wan(rec), wan(ann), '到位率')
    spent = A(r'全年执行(\d+\.\d+)(万元)，执行率')
    c.rate(c.num(r'全年执行\d+\.\d+万元，执行率(\d+\.\d+)%'), wan(spent), wan(ann), '执行率')
    heads = c.num(r'全年确认并无害化处理病害猪(\d+)头')
    loss = A(r'病害猪损失补助(\d+\.\d+)(万元)')
    proc = A(r'无害化处理费用补助(\d+\.\d+)(万元)')
    lab = c.one(r'驻场协检员劳务(\d+\.\d+)(万元)（(\d+)人，每人每月(\d+)(万元|元)）')
    lean = c.one(r'抽检费(\d+\.\d+)(万元)（每批次(\d+)(元)）')
    asf = A(r'消毒费用(\d+\.\d+)(万元)')
    labA, leanA = (lab.group(1), lab.group(2)), (lean.group(1), lean.group(2))
    c.linear('sum_mismatch', spent, [(1, loss), (1, proc), (1, labA), (1, leanA), (1, asf)], '执行构成')
    c.linear('sum_mismatch', labA, [(int(lab.group(3)) * 12, (lab.group(4), lab.group(5)))], '劳务 = 人数×12×月标准')
    n_lean = c.num(r'全年“瘦肉精”抽检(\d+)批次')
    c.linear('sum_mismatch', leanA, [(n_lean, (lean.group(3), lean.group(4)))], '抽检费 = 批次×单价')
    c.linear('sum_mismatch', loss, [(heads, (c.num(r'损失补助每头(\d+)元'), '元'))], '损失补助')
    c.linear('sum_mismatch', proc, [(heads, (c.num(r'处理费用补助每头(\d+)元'), '元'))], '处理补助')
    cty_rate = c.num(r'县级资金执行率(\d+\.\d+)%')
    c.rate(cty_rate, wan(spent) - wan(cen) - wan(prov), wan(cty), '县级执行率 (中央、省级全部支出)')
    c.balance(A(r'未执行的(\d+\.\d+)(万元)'), ann, spent, '未执行 = 全年 − 执行')
    q = c.one(r'一至四季度分别为(\d+)头、(\d+)头、(\d+)头、(\d+)头')
    c.count_sum('sum_mismatch', heads, list(q.groups()), '四个季度之和')
    c.count_sum('sum_mismatch', c.num(r'比目标少(\d+)批次'), ['720', '-' + n_lean], '比目标少')
    # funds block (Sichuan rows)
    fb = c.one(r'年度资金总额\t(\S+)\t(\S+)\t(\S+)\t(\d+)\t(\d+\.\d+)%\t(\S+)\n')
    subs = [c.one(r'\n' + k + r'\t(\S+)\t(\S+)\t(\S+)\t') for k in ['其中：财政资金', '财政专户管理资金', '单位资金', '其他资金']]
    for i in range(3):
        c.linear('sum_mismatch', (fb.group(i + 1), '万元'), [(1, (s.group(i + 1), '万元')) for s in subs],
                 f'年度资金总额 column {i}')
    c.rate(fb.group(5), fb.group(3), fb.group(2), '执行率 (B/A)')
    c.same([fb.group(1), ini[0]], '年初 text/table')
    c.same([fb.group(2), ann[0]], '全年 text/table')
    c.same([fb.group(3), spent[0]], '执行 text/table')
    c.same([fb.group(5), c.num(r'本项目预算执行率(\d+\.\d+)%')], '执行率 text/table')
    c.same([fb.group(6), c.num(r'执行率\d+\.\d+%，得分(\d+(?:\.\d+)?)分')], '执行得分 text/table')
    block = between(t, '未完成原因分析\n', '\n总分')
    rows = [{'l1': 'exec', 'name': '预算执行率', 'target': '100%', 'actual': fb.group(5) + '%', 'weight': fb.group(4),
             'score': fb.group(6), 'is_exec': True}]
    for cells in tab_rows(block):
        l1, l2, name, sign, tv, unit, av, w, s = cells[:9]
        if sign == '定性':
            target, actual = tv, av
        else:
            target, actual = f'{ {"≥": "≥", "≤": "≤", "=": "="}[sign]}{tv}{unit}', f'{av}{unit}'
        rows.append({'l1': l1, 'name': name, 'target': target, 'actual': actual, 'weight': w, 'score': s})
    tot = c.one(r'\n总分\t\t\t\t\t\t\t(\d+)\t(\d+(?:\.\d+)?)\t')
    check_rows(c, rows, tot.group(1), tot.group(2), exec_rate=fb.group(5))
    c.same([heads, c.num(r'处理数量\t≥\t400\t头\t(\d+)\t')], '病害猪头数')
    c.same([n_lean, c.num(r'抽检批次\t≥\t720\t批次\t(\d+)\t')], '瘦肉精批次')
    c.same([c.num(r'季度兑付率(\d+\.\d+)%，第三季度'), c.num(r'兑付率\t≥\t90\t%\t(\d+(?:\.\d+)?)\t')], '兑付率')
    c.same([c.num(r'抽检合格率(\d+\.\d+)%，群众'), c.num(r'抽检合格率\t≥\t98\t%\t(\d+(?:\.\d+)?)\t')], '抽检合格率')
    pt = c.num(r'；自评得分(\d+(?:\.\d+)?)分。')
    box = c.one(r'评价结论\t.*?自评得分(\d+(?:\.\d+)?)分，等级：(\S+)')
    c.same([pt, tot.group(2), box.group(1)], '总分 text/table')
    c.grade(tot.group(2), box.group(2), '等级')
    c.years()
    c.prose_rates()
    return c


def p_hulan(t):
    c = Ck(t, 2024)
    A = c.amt
    ini = A(r'年初预算(\d+\.\d+)(万元)，其中基本支出')
    basic = A(r'其中基本支出(\d+\.\d+)(万元)，项目支出')
    proj0 = A(r'项目支出(\d+\.\d+)(万元)。9月')
    add = A(r'项目追加(\d+\.\d+)(万元)')
    ann = A(r'全年预算调整为(\d+\.\d+)(万元)')
    c.same([add[0], c.num(r'本年追加(\d+(?:\.\d+)?)万元')], '追加 (80.00 / 80)')
    c.linear('sum_mismatch', ini, [(1, basic), (1, proj0)], '年初 = 基本+项目')
    c.linear('sum_mismatch', ann, [(1, ini), (1, add)], '全年 = 年初+追加')
    spent = A(r'全年支出(\d+\.\d+)(万元)，部门预算执行率')
    c.rate(c.num(r'部门预算执行率(\d+\.\d+)%'), wan(spent), wan(ann), '部门执行率')
    bsp = A(r'基本支出(\d+\.\d+)(万元)全部执行')
    c.same([bsp[0], basic[0]], '基本支出')
    staff = c.one(r'人员经费(\d+\.\d+)(万元)、公用经费(\d+\.\d+)(万元)')
    c.linear('sum_mismatch', bsp, [(1, (staff.group(1), '万元')), (1, (staff.group(3), '万元'))], '基本 = 人员+公用')
    psp = A(r'项目支出(\d+\.\d+)(万元)，执行率')
    c.linear('sum_mismatch', spent, [(1, bsp), (1, psp)], '支出 = 基本+项目')
    c.rate(c.num(r'项目支出\d+\.\d+万元，执行率(\d+\.\d+)%'), wan(psp), wan(proj0) + wan(add), '项目执行率')
    pb = c.one(r'全年预算分别为(\d+\.\d+)万元、(\d+\.\d+)万元和(\d+\.\d+)万元，分别支出(\d+\.\d+)万元、(\d+\.\d+)万元和'
               r'(\d+\.\d+)万元，执行率分别为(\d+\.\d+)%、(\d+\.\d+)%和(\d+\.\d+)%')
    g = pb.groups()
    c.linear('sum_mismatch', (str(wan(proj0) + wan(add)), '万元'), [(1, (x, '万元')) for x in g[0:3]], '项目预算之和')
    c.linear('sum_mismatch', psp, [(1, (x, '万元')) for x in g[3:6]], '项目支出之和')
    for i in range(3):
        c.rate(g[6 + i], g[3 + i], g[i], f'项目{i + 1}执行率')
    c.balance(A(r'未执行的(\d+\.\d+)(万元)'), ann, spent, '未执行 = 全年 − 支出')
    heads = c.num(r'屠宰环节全年确认病害猪(\d+)头')
    q = c.one(r'一至四季度分别为(\d+)头、(\d+)头、(\d+)头、(\d+)头')
    c.count_sum('sum_mismatch', heads, list(q.groups()), '四个季度之和')
    std = c.one(r'按每头(\d+)元（损失补助(\d+)元、无害化处理费用补助(\d+)元）兑付(\d+\.\d+)(万元)')
    c.count_sum('sum_mismatch', std.group(1), [std.group(2), std.group(3)], '880 = 800+80')
    c.linear('sum_mismatch', (std.group(4), std.group(5)), [(heads, (std.group(1), '元'))], '屠宰环节补助 = 头数×880元')
    farm = c.one(r'集中收集处理病死猪(\d+)头，按每头(\d+)元兑付处理费用补助(\d+\.\d+)(万元)')
    c.linear('sum_mismatch', (farm.group(3), farm.group(4)), [(farm.group(1), (farm.group(2), '元'))], '养殖环节补助')
    c.linear('sum_mismatch', (g[4], '万元'), [(1, (std.group(4), std.group(5))), (1, (farm.group(3), farm.group(4)))],
             '无害化项目支出 = 屠宰+养殖环节')
    sc = c.one(r'3个项目的自评得分分别为(\d+(?:\.\d+)?)分、(\d+(?:\.\d+)?)分和(\d+(?:\.\d+)?)分，平均(\d+(?:\.\d+)?)分')
    c.average(sc.group(4), sc.groups()[:3], '项目平均分')
    ded = c.one(r'质量安全监管项目扣(\d+(?:\.\d+)?)分.*?补助项目扣(\d+(?:\.\d+)?)分.*?强制免疫项目扣(\d+(?:\.\d+)?)分')
    for i in range(3):
        c.count_sum('sum_mismatch', ded.group(i + 1), ['100', '-' + sc.group(i + 1)], f'扣分 {i + 1}')
    sg = c.one(r'“三公”经费支出(\d+\.\d+)万元.*?年初预算(\d+\.\d+)万元节约(\d+\.\d+)万元')
    c.balance((sg.group(3), '万元'), (sg.group(2), '万元'), (sg.group(1), '万元'), '三公节约')
    n_test = c.num(r'非洲猪瘟检测(\d+)批次')
    c.count_sum('sum_mismatch', c.num(r'比年度目标少(\d+)批次'), ['2400', '-' + n_test], '比目标少')
    # table
    block = between(t, '偏差原因分析\n', '\n合计')
    rows = []
    for cells in tab_rows(block):
        rows.append({'l1': cells[0], 'name': cells[2], 'target': cells[3], 'actual': cells[4], 'weight': cells[5],
                     'score': cells[6], 'is_exec': cells[0] == '预算执行'})
    tot = c.one(r'\n合计\t\t\t\t\t(\d+)\t(\d+(?:\.\d+)?)\t')
    exec_rate = rows[0]['actual'].rstrip('%')
    check_rows(c, rows, tot.group(1), tot.group(2), exec_rate=exec_rate)
    c.rate(exec_rate, wan(spent), wan(ann), '执行率 (table)')
    c.same([exec_rate, c.num(r'部门预算执行率(\d+\.\d+)%')], '执行率 text/table')
    c.same([rows[0]['score'], c.num(r'预算执行率得分(\d+\.\d+)分')], '执行得分 text/table')
    c.same([heads, c.num(r'处理数量\t≥3600头\t(\d+)头')], '病害猪头数')
    c.same([n_test, c.num(r'检测批次\t≥2400批次\t(\d+)批次')], '检测批次')
    c.same([c.num(r'应免密度(\d+\.\d+)%；'), c.num(r'应免密度\t≥90%\t(\d+\.\d+)%')], '应免密度')
    c.same([c.num(r'问卷300份，满意度(\d+\.\d+)%'), c.num(r'企业满意度\t≥90%\t(\d+\.\d+)%')], '满意度')
    st = c.one(r'部门整体支出自评得分(\d+\.\d+)分，等级为(\S)')
    c.same([st.group(1), tot.group(2)], '总分 text/table')
    c.grade(st.group(1), st.group(2), '等级')
    c.years()
    c.prose_rates()
    return c


PROJECT_CHECKS = {
    'ha-suiping-binghaizhu-2018': p_suiping,
    'hn-ningxiang-tuzaijianguan-2020': p_ningxiang,
    'sx-qingxu-tuzaizhiliang-2021': p_qingxu,
    'sc-jiajiang-tuzaibuzhu-2022': p_jiajiang,
    'hl-hulan-xumubumen-2024': p_hulan,
}


# ---------------------------------------------------------------------------------------------- main
def diff_span(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if ln.strip()]
    files = sorted(os.listdir(CASES))
    if sorted(r['case'] for r in labels) != files:
        problems.append('labels.jsonl and cases/ do not list the same files')
    codes = Counter()
    cleans = {}
    for r in labels:
        if r['clean']:
            cleans[r['source']] = open(os.path.join(CASES, r['case']), encoding='utf-8').read()
    if len(cleans) != 5:
        problems.append(f'{len(cleans)} clean drafts, expected 5')
    for pid, text in cleans.items():
        n = len(text)
        if not 2800 <= n <= 3400:
            problems.append(f'{pid}: clean draft has {n} characters (want 2800–3400)')
    for r in labels:
        path = os.path.join(CASES, r['case'])
        text = open(path, encoding='utf-8').read()
        fn = PROJECT_CHECKS[r['source']]
        try:
            res = fn(text).res
        except (ParseError, ValueError, KeyError, IndexError) as ex:
            problems.append(f'{r["case"]}: parse failure {ex!r}')
            continue
        failed = [(code, desc) for code, ok, desc in res if not ok]
        failed_err = {code for code, _ in failed if code not in WARNING_CODES}
        if r['clean']:
            if r['expected']:
                problems.append(f'{r["case"]}: clean case with expectations')
            for code, desc in failed:
                problems.append(f'{r["case"]}: clean draft fails {code}: {desc}')
            continue
        exp = r['expected']
        if len(exp) != 1:
            problems.append(f'{r["case"]}: {len(exp)} expected findings, want 1')
            continue
        e = exp[0]
        codes[e['code']] += 1
        if e['severity'] != 'error' or e['code'] not in CODES13:
            problems.append(f'{r["case"]}: bad code/severity {e["code"]}/{e["severity"]}')
        cnt = text.count(e['value'])
        if cnt != 1:
            problems.append(f'{r["case"]}: value {e["value"]!r} occurs {cnt} times')
        clean = cleans[r['source']]
        p, _, end_b = diff_span(clean, text)
        if p == len(clean) and p == len(text):
            problems.append(f'{r["case"]}: identical to clean draft')
        else:
            vi = text.find(e['value'])
            if not (vi < max(end_b, p + 1) and p < vi + len(e['value'])):
                problems.append(f'{r["case"]}: the edit [{p},{end_b}) does not overlap the value at {vi}')
        if e['code'] not in failed_err:
            problems.append(f'{r["case"]}: labelled {e["code"]} but no such check fails '
                            f'(failing: {sorted(failed_err) or "none"})')
        others = failed_err - {e['code']}
        if others:
            detail = '; '.join(f'{c}: {d}' for c, d in failed if c in others)
            problems.append(f'{r["case"]}: other error codes fail too: {detail}')
    for code in CODES13:
        if codes[code] < 2:
            problems.append(f'code {code} used {codes[code]} times (< 2)')
    for code in codes:
        if code not in CODES13:
            problems.append(f'unknown code {code}')
    print(f'{len(labels)} cases, {sum(codes.values())} labelled errors; per code: '
          + ', '.join(f'{k}={codes[k]}' for k in CODES13))
    if problems:
        for p in problems:
            print('FAIL', p)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
