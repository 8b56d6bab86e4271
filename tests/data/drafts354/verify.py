#!/usr/bin/env python3
"""Verify the n354 set (school sports and student health).

Standard library only; all arithmetic with decimal.Decimal and the tolerance of rules.md section 8
(a stated value with d decimals is consistent with a computed value c iff |c - v| <= 0.5 * 10^-d).

Checks:
  1. labels.jsonl has one line per case file; every label value occurs in its case;
  2. each error case differs from its clean draft in one contiguous place that overlaps the label value,
     and the changed figure occurs only once in the error case;
  3. every one of the 13 error codes is used at least twice;
  4. the arithmetic of every clean draft is redone: no check may fail (warnings must pass too);
  5. the arithmetic of every error case is redone: the labelled code must fail and no other
     error-level code may fail.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

CODES = ['rate_mismatch', 'balance_mismatch', 'sum_mismatch', 'score_sum_mismatch',
         'score_exceeds_weight', 'weight_sum_mismatch', 'grade_mismatch', 'average_mismatch',
         'conflicting_values', 'implausible_rate', 'unit_mismatch', 'year_mismatch',
         'completion_mismatch']

D = Decimal
NUM = r'(\d+(?:\.\d+)?)'


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- helpers
def dec(s):
    return D(str(s).replace(',', ''))


def ndp(s):
    s = str(s)
    return len(s.split('.')[1]) if '.' in s else 0


def close(stated, computed):
    """stated: the string as printed (no unit); computed: Decimal."""
    tol = D('0.5') * (D(10) ** -ndp(stated)) + D('1e-9')
    return abs(D(computed) - dec(stated)) <= tol


def q2(x):
    return D(x).quantize(D('0.01'), ROUND_HALF_UP)


def one(text, pattern, flags=0):
    ms = list(re.finditer(pattern, text, flags))
    if len(ms) != 1:
        raise ParseError(f'pattern matched {len(ms)} times: {pattern}')
    return ms[0]


def grade_of(total):
    t = D(total)
    if t >= 90:
        return '优'
    if t >= 80:
        return '良'
    if t >= 60:
        return '中'
    return '差'


GRADE_WORDS = {'优': '优', '优秀': '优', '良': '良', '良好': '良', '中': '中', '中等': '中',
               '一般': '中', '合格': '中', '差': '差', '较差': '差', '不合格': '差'}


class Checker:
    def __init__(self, year):
        self.year = year
        self.fails = []   # (code, message) error level
        self.warns = []   # (code, message) warning level (score_rule_mismatch)

    def chk(self, code, ok, msg):
        if not ok:
            self.fails.append((code, msg))

    def warn(self, code, ok, msg):
        if not ok:
            self.warns.append((code, msg))

    # -- identities
    def same(self, a, b, what):
        """I11: the same quantity stated twice must agree (strings compared as numbers)."""
        self.chk('conflicting_values', dec(a) == dec(b), f'{what}: {a} vs {b}')

    def total(self, parts, total, what):
        """I4: total = sum of components."""
        s = sum((dec(p) for p in parts), D(0))
        self.chk('sum_mismatch', close(total, s), f'{what}: sum {s} vs stated {total}')

    def rate(self, stated_pct, num, den, what):
        """I1/I2: stated rate vs num/den; a rate above 100% is implausible instead."""
        if dec(stated_pct) > 100:
            self.chk('implausible_rate', False, f'{what}: {stated_pct}% above 100%')
            return
        c = dec(num) / dec(den) * 100
        self.chk('rate_mismatch', close(stated_pct, c), f'{what}: {num}/{den} = {c:.4f}% vs {stated_pct}%')
        self.chk('implausible_rate', c <= 100, f'{what}: computed rate {c:.2f}% above 100%')

    def balance(self, stated, received, spent, what):
        c = dec(received) - dec(spent)
        self.chk('balance_mismatch', close(stated, c), f'{what}: {received}-{spent} = {c} vs {stated}')

    def product(self, stated_wan, factors, unit_of_product, what):
        """count x unit price = amount in 万元; a 10^4 slip is unit_mismatch (errors.md 11b)."""
        p = D(1)
        for f in factors:
            p *= dec(f)
        c = p / D(10000) if unit_of_product == '元' else p
        if close(stated_wan, c):
            return
        for k in (D(10000), D('0.0001')):
            if close(stated_wan, c * k):
                self.chk('unit_mismatch', False, f'{what}: {c} vs {stated_wan}万元, off by a power of ten')
                return
        self.chk('sum_mismatch', False, f'{what}: product {c} vs stated {stated_wan}')

    def average(self, stated, items, what):
        c = sum((dec(i) for i in items), D(0)) / len(items)
        self.chk('average_mismatch', close(stated, c), f'{what}: mean {c} vs {stated}')

    def carry_year(self, y, what):
        self.chk('year_mismatch', int(y) > self.year, f'{what}: carried to {y}, evaluation year {self.year}')

    def asof_year(self, y, what):
        self.chk('year_mismatch', int(y) == self.year, f'{what}: 截至{y}年 in a {self.year} report')

    def grade(self, total, word, what):
        g = GRADE_WORDS.get(word)
        if g is None:
            raise ParseError(f'unknown grade word {word}')
        self.chk('grade_mismatch', g == grade_of(dec(total)), f'{what}: total {total} graded {word}')

    def score_sum(self, scores, stated, what):
        s = sum((dec(x) for x in scores), D(0))
        self.chk('score_sum_mismatch', close(stated, s), f'{what}: sum {s} vs stated {stated}')

    def weight_sum(self, weights, stated, what):
        s = sum((dec(x) for x in weights), D(0))
        self.chk('weight_sum_mismatch', s == dec(stated), f'{what}: weights sum {s} vs {stated}')

    def exec_score(self, score, weight, rate_pct, num, den, what):
        """execution score = weight x min(rate,100%); accept the printed or the unrounded rate."""
        self.chk('score_exceeds_weight', D(0) <= dec(score) <= dec(weight), f'{what}: score {score} > weight {weight}')
        r1 = min(dec(num) / dec(den), D(1))
        r2 = min(dec(rate_pct) / 100, D(1))
        ok = close(score, dec(weight) * r1) or close(score, dec(weight) * r2)
        self.warn('score_rule_mismatch', ok, f'{what}: execution score {score}')


# ---------------------------------------------------------------- indicators
DATE_RE = re.compile(r'(\d{4})年(\d{1,2})月(\d{1,2})日')


def parse_target(s):
    s = s.strip()
    m = DATE_RE.search(s)
    if m:
        return ('date', D(0), 'date', m.groups())
    m = re.match(r'^(≥|≤|=|＞|＜|不少于|不低于|不超过|低于)?\s*' + NUM + r'\s*(.*)$', s)
    if not m:
        return ('qual', None, None, s)
    sign = m.group(1) or '='
    direction = {'≥': 'gte', '不少于': 'gte', '不低于': 'gte', '＞': 'gte',
                 '≤': 'lte', '不超过': 'lte', '＜': 'lte', '低于': 'lte', '=': 'eq'}[sign]
    return (direction, dec(m.group(2)), m.group(3).strip(), None)


def parse_actual(s):
    s = s.strip()
    m = DATE_RE.search(s)
    if m:
        return ('date', D(0), 'date', m.groups())
    m = re.match(r'^' + NUM + r'\s*(.*)$', s)
    if not m:
        return ('qual', None, None, s)
    return ('num', dec(m.group(1)), m.group(2).strip(), None)


def completion_of(direction, T, A):
    if direction in ('gte', 'eq'):
        if T == 0:
            return D(100) if A <= 0 else D(0)
        return A / T * 100
    if direction == 'lte':
        return D(100) if A <= T else T / A * 100
    return None


def check_indicator(c, row):
    """row: dict name, target, actual, weight, score, completion (optional, may be '—')."""
    name = row['name']
    w, s = dec(row['weight']), dec(row['score'])
    c.chk('score_exceeds_weight', D(0) <= s <= w, f'{name}: score {s} vs weight {w}')
    tdir, T, tunit, tdate = parse_target(row['target'])
    akind, A, aunit, adate = parse_actual(row['actual'])
    # units (I13)
    if tdir == 'date':
        c.chk('unit_mismatch', akind == 'date', f'{name}: target is a date, actual {row["actual"]}')
    elif tdir != 'qual':
        c.chk('unit_mismatch', akind == 'num' and aunit == tunit,
              f'{name}: target unit {tunit!r} vs actual {row["actual"]!r}')
    units_ok = (tdir == 'date' and akind == 'date') or (tdir not in ('date', 'qual') and akind == 'num' and aunit == tunit)
    # plausibility of a rate (I5)
    if akind == 'num' and aunit == '%' and ('率' in name or '满意度' in name):
        c.chk('implausible_rate', D(0) <= A <= 100, f'{name}: actual {A}% outside [0,100]')
    comp_str = row.get('completion')
    if comp_str and comp_str not in ('—', '-', ''):
        cs = comp_str.rstrip('%')
        if tdir not in ('date', 'qual') and units_ok:
            comp = completion_of(tdir, T, A)
            c.chk('completion_mismatch', close(cs, comp), f'{name}: completion {comp:.4f}% vs {comp_str}')
    # score rule (warning only)
    if units_ok and tdir not in ('qual',):
        if tdir == 'date':
            exp = w if tuple(int(x) for x in adate) <= tuple(int(x) for x in tdate) else None
            c.warn('score_rule_mismatch', exp is None or close(row['score'], exp), f'{name}: score {s}')
        else:
            comp = completion_of(tdir, T, A)
            exp = w * min(comp, D(100)) / 100
            c.warn('score_rule_mismatch', close(row['score'], exp), f'{name}: score {s}, expected {exp:.4f}')
    elif tdir == 'qual':
        achieved = row['actual'].strip() in (row['target'].strip(), '基本' + row['target'].strip())
        if achieved:
            c.warn('score_rule_mismatch', w * D('0.8') <= s <= w, f'{name}: qualitative achieved, score {s}')


def group_weights(rows, key='level1'):
    g = {}
    for r in rows:
        g.setdefault(r[key], []).append(r)
    return g


# ---------------------------------------------------------------- table readers
def pipe_rows(text):
    out = []
    for line in text.split('\n'):
        if line.startswith('|'):
            out.append([x.strip() for x in line.strip().strip('|').split('|')])
    return out


def tab_rows(text):
    return [line.split('\t') for line in text.split('\n') if '\t' in line]


def space_rows(text, header_first):
    """rows of a space-aligned table that starts with a line beginning with header_first."""
    lines = text.split('\n')
    start = [i for i, l in enumerate(lines) if l.startswith(header_first + ' ')]
    if len(start) != 1:
        raise ParseError(f'table {header_first} found {len(start)} times')
    rows = []
    for l in lines[start[0]:]:
        if not l.strip():
            break
        rows.append(re.split(r' {2,}', l.strip()))
    return rows


def flat_rows(text):
    """one cell per line (tab-indented), blank line between rows; merged cells are empty lines."""
    blocks = text.split('\n\n')
    rows = []
    for b in blocks:
        lines = b.split('\n')
        if all(l.startswith('\t') for l in lines if l != ''):
            rows.append([l[1:].strip() if l.startswith('\t') else l.strip() for l in lines if l != ''])
    return rows


def funds_block(c, rows, total_name, comp_names, cols, what):
    """MOF funds block. rows: dict name -> list of cells (年初, 全年, 执行, 分值, 执行率, 得分)."""
    tot = rows[total_name]
    for j in cols:
        c.total([rows[n][j] for n in comp_names], tot[j], f'{what} column {j}')
    return tot


# ---------------------------------------------------------------- projects
def p_mingshan(t):
    c = Checker(2021)
    m = one(t, r'公办中小学' + NUM + r'所（小学' + NUM + r'所、初中' + NUM + r'所、普通高中' + NUM + r'所）')
    schools = m.group(1)
    c.total(m.groups()[1:], schools, 'schools by stage')
    enrolled = one(t, r'在籍学生' + NUM + r'人').group(1)
    m = one(t, r'实际参测学生' + NUM + r'人，因伤病免测' + NUM + r'人，测试覆盖率' + NUM + '%')
    tested, exempt, cover = m.groups()
    c.total([tested, exempt], enrolled, 'enrolled = tested + exempt')
    c.rate(cover, tested, enrolled, 'test coverage')
    init = one(t, r'年初批复预算' + NUM + r'万元').group(1)
    add = one(t, r'补助资金' + NUM + r'万元，相应调增').group(1)
    carry = one(t, r'抽测复核尾款' + NUM + r'万元结转本年').group(1)
    annual = one(t, r'调整后全年预算' + NUM + r'万元').group(1)
    c.total([init, add, carry], annual, 'annual budget = initial + added + carry-over')
    c.same(one(t, r'省级' + NUM + r'万元补助资金作了补充').group(1), add, 'provincial subsidy restated')
    m = one(t, r'全年预算资金' + NUM + r'万元全部到位，到位率' + NUM + '%')
    c.same(m.group(1), annual, 'annual budget in two sentences')
    received = m.group(1)
    c.rate(m.group(2), received, annual, 'received rate')
    m = one(t, r'全年实际支出' + NUM + r'万元，分别用于(.*?)。')
    spent, items = m.group(1), re.findall(NUM + r'万元', m.group(2))
    if len(items) != 5:
        raise ParseError('items')
    c.total(items, spent, 'spending items')
    c.same(items[4], carry, 'carry-over paid')
    per = one(t, r'生均测试成本' + NUM + r'元。').group(1)
    c.average(per, [dec(spent) * 10000 / dec(tested)], 'per-student cost')
    bal = one(t, r'年末结余' + NUM + r'万元').group(1)
    c.balance(bal, received, spent, 'year-end balance')
    c.carry_year(one(t, r'结转至(\d{4})年').group(1), 'balance')
    std_prose = one(t, r'学生体质健康达标率' + NUM + r'%，分学段看').group(1)
    excel_prose = one(t, r'优良率为' + NUM + '%').group(1)
    m = one(t, r'运动处方干预在' + NUM + r'所学校开展，较计划少' + NUM + r'所')
    rx_prose, rx_short = m.groups()
    n_test_schools = one(t, NUM + r'所学校全部开展测试').group(1)
    c.same(n_test_schools, schools, 'schools tested')
    m = one(t, r'预算执行情况' + NUM + r'分、绩效指标' + NUM + r'分（产出指标' + NUM + r'分、效益指标' + NUM + r'分）')
    w_exec, w_perf, w_out, w_ben = m.groups()
    c.weight_sum([w_exec, w_perf], '100', 'execution + indicators')
    c.weight_sum([w_out, w_ben], w_perf, 'output + benefit = indicators')
    m = one(t, r'本项目自评得分' + NUM + r'分，评价等级为(\S\S)')
    total_prose, grade_word = m.groups()
    c.grade(total_prose, grade_word, 'grade')

    rows = flat_rows(t[t.index('附件：'):])
    funds = {r[0]: r[1:] for r in rows if r[0] in ('年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金')}
    tot = funds_block(c, funds, '年度资金总额', ['其中：当年财政拨款', '上年结转资金', '其他资金'], [0, 1, 2], 'funds')
    c.same(tot[0], init, 'initial budget text/table')
    c.same(tot[1], annual, 'annual budget text/table')
    c.same(tot[2], spent, 'spent text/table')
    c.same(funds['上年结转资金'][1], carry, 'carry-over text/table')
    c.rate(tot[4].rstrip('%'), tot[2], tot[1], 'execution rate (table)')
    c.exec_score(tot[5], tot[3], tot[4].rstrip('%'), tot[2], tot[1], 'execution score')
    ind = []
    l1 = l2 = ''
    total_row = None
    for r in rows:
        if len(r) == 8 and r[0] != '一级指标':
            if r[0] == '总分':
                total_row = r
                continue
            l1 = r[0] or l1
            l2 = r[1] or l2
            ind.append(dict(level1=l1, level2=l2, name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6]))
    if len(ind) != 9 or total_row is None:
        raise ParseError('indicator rows')
    for r in ind:
        check_indicator(c, r)
    g = group_weights(ind)
    c.weight_sum([r['weight'] for r in g['产出指标']], w_out, '产出 weights')
    c.weight_sum([r['weight'] for r in g['效益指标']], w_ben, '效益 weights')
    c.weight_sum([tot[3]] + [r['weight'] for r in ind], total_row[5], 'all weights vs 总分 row')
    c.weight_sum([tot[3]], w_exec, 'execution weight')
    c.chk('weight_sum_mismatch', dec(total_row[5]) == 100, 'total weight 100')
    c.score_sum([tot[5]] + [r['score'] for r in ind], total_row[6], 'table total')
    c.score_sum([tot[5]] + [r['score'] for r in ind], total_prose, 'text total')
    c.same(total_prose, total_row[6], 'total text/table')
    byname = {r['name']: r for r in ind}
    c.same(byname['学生体质测试覆盖率']['actual'].rstrip('%'), cover, 'coverage text/table')
    c.same(byname['学生体质健康达标率']['actual'].rstrip('%'), std_prose, '达标率 text/table')
    c.same(byname['学生体质健康优良率']['actual'].rstrip('%'), excel_prose, '优良率 text/table')
    c.same(byname['开展运动处方干预学校数']['actual'].rstrip('所'), rx_prose, '运动处方 schools text/table')
    c.total([rx_prose, rx_short], byname['开展运动处方干预学校数']['target'].lstrip('≥').rstrip('所'), '运动处方 shortfall')
    c.same(byname['参加监测学校数']['actual'].rstrip('所'), schools, 'schools text/table')
    c.same(byname['生均测试成本']['actual'].rstrip('元'), per, 'per-student cost text/table')
    return c


def p_huaan(t):
    c = Checker(2019)
    m = one(t, r'特色学校' + NUM + r'所，其中原有' + NUM + r'所，\d{4}年新认定' + NUM + r'所')
    n_sch = m.group(1)
    c.total([m.group(2), m.group(3)], n_sch, 'schools old + new')
    m = one(t, r'省级按每校' + NUM + r'万元的标准补助，共' + NUM + r'万元，其中(\d{4})年(\d+)月提前下达' + NUM
            + r'万元，(\d{4})年\d+月追加下达' + NUM + r'万元；县级配套' + NUM + r'万元')
    per_school, prov, adv_y, adv_m, adv, add_y, add, county = m.groups()
    c.product(prov, [per_school, n_sch], '万元', 'provincial = schools x 3万元')
    c.total([adv, add], prov, 'provincial advance + added')
    c.chk('year_mismatch', (int(adv_y) == 2019) or (int(adv_y) == 2018 and int(adv_m) == 12), 'advance issue date')
    c.chk('year_mismatch', int(add_y) == 2019, 'added issue year')
    init = one(t, r'年初预算' + NUM + r'万元，即').group(1)
    c.total([county, adv], init, 'initial = county + advance')
    m = one(t, r'维修尾款' + NUM + r'万元，全年预算调整为' + NUM + r'万元')
    carry, annual = m.groups()
    c.total([county, prov, carry], annual, 'annual = county + provincial + carry-over')
    m = one(t, r'专项资金全部到位，全年支出' + NUM + r'万元，年末结余' + NUM + r'万元')
    spent, bal = m.groups()
    c.balance(bal, annual, spent, 'balance (all received)')
    total_prose = one(t, r'综合得分' + NUM + r'分').group(1)
    m = one(t, r'外聘教练(\d+)名，每人每月补助(\d+)元，按(\d+)个月计发，共' + NUM + r'万元')
    c.product(m.group(4), [m.group(1), m.group(2), m.group(3)], '元', 'coach allowance')
    coach = m.group(4)
    m = one(t, r'全年支出中，(.*?)。')
    items = re.findall(NUM + r'万元', m.group(1))
    if len(items) != 4:
        raise ParseError('items')
    c.total(items, spent, 'spending items')
    c.same(items[3], coach, 'coach allowance twice')
    m = one(t, r'分别完成' + NUM + r'场、' + NUM + r'场、' + NUM + r'场、' + NUM + r'场，平均每个组别' + NUM + r'场')
    games = m.groups()[:4]
    c.average(m.group(5), games, 'games per group')
    trained = one(t, r'培训体育教师和教练员' + NUM + r'人次').group(1)
    m = one(t, r'课余足球训练的学生为' + NUM + r'人，未达到' + NUM + r'人')
    trainees, trainees_target = m.groups()
    fit = one(t, r'体质达标率达' + NUM + '%').group(1)

    rows = pipe_rows(t)
    funds = {r[0]: r[1:] for r in rows if r[0] in ('年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金')}
    tot = funds_block(c, funds, '年度资金总额', ['其中：当年财政拨款', '上年结转资金', '其他资金'], [0, 1, 2], 'funds')
    c.same(tot[0], init, 'initial text/table')
    c.same(tot[1], annual, 'annual text/table')
    c.same(tot[2], spent, 'spent text/table')
    c.same(funds['上年结转资金'][1], carry, 'carry-over text/table')
    c.total([county, prov], funds['其中：当年财政拨款'][1], 'appropriation = county + provincial')
    c.rate(tot[4].rstrip('%'), tot[2], tot[1], 'execution rate')
    c.exec_score(tot[5], tot[3], tot[4].rstrip('%'), tot[2], tot[1], 'execution score')
    ind = [dict(level1=r[0], level2=r[1], name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6])
           for r in rows if len(r) == 8 and r[0] not in ('一级指标', '总分')]
    tr = [r for r in rows if r[0] == '总分']
    if len(ind) != 10 or len(tr) != 1:
        raise ParseError('indicator rows')
    tr = tr[0]
    for r in ind:
        check_indicator(c, r)
    g = group_weights(ind)
    c.weight_sum([r['weight'] for r in g['产出指标']], '50', '产出 weights (default 50)')
    c.weight_sum([r['weight'] for r in g['效益指标']], '30', '效益 weights (default 30)')
    c.weight_sum([r['weight'] for r in g['满意度指标']], '10', '满意度 weights (default 10)')
    c.weight_sum([tot[3]] + [r['weight'] for r in ind], tr[5], 'all weights vs 总分 row')
    c.chk('weight_sum_mismatch', dec(tr[5]) == 100, 'total weight 100')
    scores = [tot[5]] + [r['score'] for r in ind]
    c.score_sum(scores, tr[6], 'table total')
    c.score_sum(scores, total_prose, 'text total')
    c.same(total_prose, tr[6], 'total text/table')
    c.grade(tr[6], one(tr[7], r'评价等级：(\S+)').group(1), 'grade (table)')
    b = {r['name']: r for r in ind}
    c.same(b['校园足球特色学校数']['actual'].rstrip('所'), n_sch, 'schools text/table')
    c.same(b['每校补助标准']['actual'].rstrip('万元'), per_school, 'per-school standard text/table')
    c.total(games, b['县级校园足球联赛场次']['actual'].rstrip('场'), 'games by group = total')
    c.same(b['体育教师及教练员培训']['actual'].rstrip('人次'), trained, 'trained text/table')
    c.same(b['参加课余足球训练学生数']['actual'].rstrip('人'), trainees, 'trainees text/table')
    c.same(b['参加课余足球训练学生数']['target'].lstrip('≥').rstrip('人'), trainees_target, 'trainee target')
    c.same(b['特色学校学生体质达标率']['actual'].rstrip('%'), fit, '达标率 text/table')
    return c


def p_shenze(t):
    c = Checker(2022)
    m = one(t, r'年初预算' + NUM + r'万元，其中省级补助' + NUM + r'万元、县级资金' + NUM + r'万元，年度内未作调整')
    init, prov, county = m.groups()
    c.total([prov, county], init, 'initial = provincial + county')
    recv_rate = one(t, r'资金全部到位，到位率' + NUM + '%').group(1)
    m = one(t, r'全年实际支出' + NUM + r'万元：(.*?)。')
    spent, items = m.group(1), re.findall(NUM + r'万元', m.group(2))
    if len(items) != 5:
        raise ParseError('items')
    c.total(items, spent, 'spending items')
    m = one(t, r'省级补助' + NUM + r'万元全部支出，执行率' + NUM + '%')
    c.same(m.group(1), prov, 'provincial amount')
    c.rate(m.group(2), m.group(1), prov, 'provincial execution')
    m = one(t, r'县级资金支出' + NUM + r'万元，执行率' + NUM + '%')
    county_spent = m.group(1)
    c.rate(m.group(2), county_spent, county, 'county execution')
    c.total([prov, county_spent], spent, 'spent = provincial + county')
    bal = one(t, r'未支出的' + NUM + r'万元').group(1)
    c.carry_year(one(t, r'已结转(\d{4})年').group(1), 'balance')
    m = one(t, r'在籍学生' + NUM + r'人，春、秋两季共筛查' + NUM + r'人次，按每人次' + NUM + r'(万?)元结算')
    students, screenings, price, wan = m.groups()
    c.product(screenings, [students, 2], '万元', 'two screenings per student')
    c.product(items[0], [screenings, price], '万元' if wan else '元', 'screening fee = visits x price')
    m = one(t, r'预算执行率' + NUM + r'分、产出指标' + NUM + r'分、效益指标' + NUM + r'分、满意度指标' + NUM + r'分')
    w_exec, w_out, w_ben, w_sat = m.groups()
    c.weight_sum(m.groups(), '100', 'level-1 weights in text')
    m = one(t, r'秋季筛查于(\d+)月(\d+)日全部结束')
    autumn = m.groups()
    rooms = one(t, NUM + r'间教室完成照明改造').group(1)
    trainings = one(t, r'全年举办专题培训' + NUM + r'场').group(1)
    m = one(t, r'原计划在\d+月举办的' + NUM + r'场因疫情防控取消')
    cancelled = m.group(1)
    arch = one(t, r'建档率' + NUM + r'%，').group(1)
    m = one(t, r'总体近视率为' + NUM + r'%，较(\d{4})年的' + NUM + r'%下降' + NUM + r'个百分点')
    my_now, my_year, my_last, my_drop = m.groups()
    c.chk('year_mismatch', int(my_year) == 2021, 'last-year comparison year')
    c.chk('sum_mismatch', close(my_drop, dec(my_last) - dec(my_now)), 'myopia drop')
    outdoor = one(t, r'户外活动时间为' + NUM + r'小时').group(1)
    m = one(t, r'家长满意度' + NUM + r'%，学生满意度' + NUM + '%')
    sat_p, sat_s = m.groups()
    m = one(t, r'自评得分' + NUM + r'分，评价等级为(\S\S)')
    total_prose, gw = m.groups()
    c.grade(total_prose, gw, 'grade')

    rows = tab_rows(t)
    funds = {r[0]: r[1:] for r in rows if r[0] in ('年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金')}
    tot = funds_block(c, funds, '年度资金总额', ['其中：当年财政拨款', '上年结转资金', '其他资金'], [0, 1, 2], 'funds')
    c.same(tot[0], init, 'initial text/table')
    c.same(tot[2], spent, 'spent text/table')
    c.chk('rate_mismatch', dec(tot[0]) == dec(tot[1]), '未作调整 but 年初 != 全年')
    c.rate(recv_rate, tot[1], tot[1], 'received rate (all arrived)')
    c.balance(bal, tot[1], tot[2], 'unspent')
    c.rate(tot[4].rstrip('%'), tot[2], tot[1], 'execution rate (table)')
    c.exec_score(tot[5], tot[3], tot[4].rstrip('%'), tot[2], tot[1], 'execution score')
    c.same(tot[3], w_exec, 'execution weight text/table')
    ind = [dict(level1=r[0], level2=r[1], name=r[2], target=r[3], actual=r[4], completion=r[5], weight=r[6], score=r[7])
           for r in rows if len(r) == 9 and r[0] not in ('一级指标', '合计')]
    tr = [r for r in rows if r[0] == '合计']
    if len(ind) != 11 or len(tr) != 1:
        raise ParseError('indicator rows')
    tr = tr[0]
    for r in ind:
        check_indicator(c, r)
    g = group_weights(ind)
    c.weight_sum([r['weight'] for r in g['产出指标']], w_out, '产出 weights')
    c.weight_sum([r['weight'] for r in g['效益指标']], w_ben, '效益 weights')
    c.weight_sum([r['weight'] for r in g['满意度指标']], w_sat, '满意度 weights')
    c.weight_sum([tot[3]] + [r['weight'] for r in ind], tr[6], 'all weights vs 合计')
    c.chk('weight_sum_mismatch', dec(tr[6]) == 100, 'total weight 100')
    scores = [tot[5]] + [r['score'] for r in ind]
    c.score_sum(scores, tr[7], 'table total')
    c.score_sum(scores, total_prose, 'text total')
    c.same(total_prose, tr[7], 'total text/table')
    b = {r['name']: r for r in ind}
    c.same(b['视力筛查人次']['actual'].rstrip('人次'), screenings, 'screenings text/table')
    c.same(b['教室照明改造间数']['actual'].rstrip('间'), rooms, 'rooms text/table')
    c.average(b['单间教室照明改造成本']['actual'].rstrip('万元'), [dec(items[1]) / dec(rooms)], 'cost per room')
    c.same(b['近视防控专题培训场次']['actual'].rstrip('场'), trainings, 'trainings text/table')
    c.total([trainings, cancelled], b['近视防控专题培训场次']['target'].lstrip('≥').rstrip('场'), 'planned trainings')
    c.same(b['学生视力健康档案建档率']['actual'].rstrip('%'), arch, 'archive rate text/table')
    c.same(b['学生总体近视率较上年下降']['actual'].rstrip('个百分点'), my_drop, 'myopia drop text/table')
    c.same(b['学生日均户外活动时间']['actual'].rstrip('小时'), outdoor, 'outdoor time text/table')
    c.same(b['家长满意度']['actual'].rstrip('%'), sat_p, 'parents text/table')
    c.same(b['学生满意度']['actual'].rstrip('%'), sat_s, 'students text/table')
    ad = DATE_RE.search(b['秋季视力筛查完成时间']['actual'])
    if ad:
        c.chk('conflicting_values', (int(ad.group(2)), int(ad.group(3))) == (int(autumn[0]), int(autumn[1])),
              'autumn screening end date text/table')
        c.chk('year_mismatch', int(ad.group(1)) == 2022, 'autumn screening year')
    return c


def p_majiang(t):
    c = Checker(2023)
    n_sch = one(t, r'我县' + NUM + r'所农村义务教育学校').group(1)
    pupils = one(t, r'受益学生' + NUM + r'人。').group(1)
    m = one(t, r'每生每天' + NUM + r'元，按全年在校' + NUM + r'天计，每生每年' + NUM + r'元')
    day, days, year_std = m.groups()
    c.product(year_std, [day, days, 10000], '元', 'yearly standard = daily x days')  # compare in 元
    annual = one(t, r'项目全年预算' + NUM + r'万元').group(1)
    m = one(t, r'中央膳食补助资金' + NUM + r'万元，由(\d{4})年(\d+)月提前下达的' + NUM + r'万元和(\d{4})年\d+月追加的' + NUM + r'万元组成')
    central, adv_y, adv_m, adv, add_y, add = m.groups()
    c.total([adv, add], central, 'central = advance + added')
    c.chk('year_mismatch', int(adv_y) == 2023 or (int(adv_y) == 2022 and int(adv_m) == 12), 'advance issue date')
    c.chk('year_mismatch', int(add_y) == 2023, 'added issue year')
    c.product(central, [pupils, year_std], '元', 'central = pupils x 1000元')
    canteen = one(t, r'食堂运转补助' + NUM + r'万元，').group(1)
    m = one(t, r'按' + NUM + r'名工勤人员每人每年' + NUM + r'万元核定')
    c.product(canteen, [m.group(1), m.group(2)], '万元', 'canteen staff')
    carry = one(t, r'另有上年结转资金' + NUM + r'万元').group(1)
    c.total([central, canteen, carry], annual, 'annual budget components')
    recv_rate = one(t, r'资金到位率' + NUM + '%').group(1)
    m = one(t, r'全年支出' + NUM + r'万元，执行率' + NUM + '%')
    spent, exec_rate = m.groups()
    m = one(t, r'截至(\d{4})年12月31日，中央膳食补助资金结余' + NUM + r'万元')
    c.asof_year(m.group(1), 'year-end balance')
    bal_c = m.group(2)
    c.carry_year(one(t, r'结转至(\d{4})年').group(1), 'balance')
    m = one(t, r'综合得分' + NUM + r'分，其中预算执行' + NUM + r'分、产出指标' + NUM + r'分、效益指标' + NUM
            + r'分、满意度指标' + NUM + r'分，评价等级为(\S)')
    total_prose, s_exec, s_out, s_ben, s_sat, gw = m.groups()
    c.score_sum([s_exec, s_out, s_ben, s_sat], total_prose, 'level scores in text')
    c.grade(total_prose, gw, 'grade')
    dist = one(t, r'统一配送率' + NUM + r'%，原因').group(1)
    m = one(t, r'营养不良检出率由上年的' + NUM + r'%下降到' + NUM + '%')
    mal_last, mal_now = m.groups()
    canteen_std = one(t, r'食堂标准化建设达标率' + NUM + r'%，未达').group(1)
    m = one(t, r'全年发现的' + NUM + r'条问题中，' + NUM + r'条已按期整改，整改率' + NUM + '%')
    iss, fixed, fix_rate = m.groups()
    c.rate(fix_rate, fixed, iss, 'rectification rate')

    F = {r[0]: r[1:] for r in space_rows(t, '资金来源')[1:]}
    comps = ['中央膳食补助资金', '县级食堂运转补助', '上年结转资金']
    for j in range(5):
        c.total([F[n][j] for n in comps], F['合计'][j], f'funds column {j}')
    for n in comps + ['合计']:
        c.balance(F[n][4], F[n][2], F[n][3], f'balance {n}')
    c.same(F['合计'][1], annual, 'annual text/table')
    c.same(F['中央膳食补助资金'][1], central, 'central text/table')
    c.same(F['中央膳食补助资金'][0], adv, 'central initial = advance')
    c.same(F['县级食堂运转补助'][1], canteen, 'canteen text/table')
    c.same(F['上年结转资金'][1], carry, 'carry-over text/table')
    c.same(F['合计'][3], spent, 'spent text/table')
    c.same(F['中央膳食补助资金'][4], bal_c, 'central balance text/table')
    c.rate(recv_rate, F['合计'][2], F['合计'][1], 'received rate')
    c.rate(exec_rate, F['合计'][3], F['合计'][1], 'execution rate (text)')

    R = space_rows(t, '一级指标')
    ind, tr = [], None
    for r in R[1:]:
        if r[0] == '合计':
            tr = r
            continue
        if len(r) != 8:
            raise ParseError(f'row {r}')
        ind.append(dict(level1=r[0], level2=r[1], name=r[2], target=r[3], actual=r[4], completion=r[5], weight=r[6], score=r[7]))
    if len(ind) != 12 or tr is None:
        raise ParseError('indicator rows')
    for r in ind:
        check_indicator(c, r)
    c.weight_sum([r['weight'] for r in ind], tr[1], 'all weights vs 合计')
    c.chk('weight_sum_mismatch', dec(tr[1]) == 100, 'total weight 100')
    c.score_sum([r['score'] for r in ind], tr[2], 'table total')
    c.same(total_prose, tr[2], 'total text/table')
    g = group_weights(ind)
    for lvl, s in (('预算执行', s_exec), ('产出指标', s_out), ('效益指标', s_ben), ('满意度指标', s_sat)):
        c.score_sum([r['score'] for r in g[lvl]], s, f'{lvl} level score text vs rows')
    b = {r['name']: r for r in ind}
    ex = b['预算执行率']
    c.same(ex['actual'].rstrip('%'), exec_rate, 'execution rate text/table')
    c.rate(ex['actual'].rstrip('%'), F['合计'][3], F['合计'][1], 'execution rate (table)')
    c.exec_score(ex['score'], ex['weight'], ex['actual'].rstrip('%'), F['合计'][3], F['合计'][1], 'execution score')
    c.same(b['受益学生人数']['actual'].rstrip('人'), pupils, 'pupils text/table')
    c.same(b['实施营养改善计划学校数']['actual'].rstrip('所'), n_sch, 'schools text/table')
    c.same(b['膳食补助标准']['actual'].split('元')[0], day, 'daily standard text/table')
    c.same(b['大宗食材统一配送率']['actual'].rstrip('%'), dist, 'distribution rate text/table')
    c.same(b['学生营养不良检出率']['actual'].rstrip('%'), mal_now, 'malnutrition text/table')
    c.same(b['学校食堂标准化建设达标率']['actual'].rstrip('%'), canteen_std, 'canteen standard text/table')
    Q = space_rows(t, '季度')
    qs = [r for r in Q[1:] if r[0].startswith('第')]
    qtot = [r for r in Q if r[0] == '合计'][0]
    qavg = [r for r in Q if r[0] == '季均'][0]
    for j in (1, 2, 3):
        c.total([r[j] for r in qs], qtot[j], f'checks column {j}')
        c.average(qavg[j], [r[j] for r in qs], f'quarterly average column {j}')
    c.same(qtot[2], iss, 'issues text/table')
    c.same(qtot[3], fixed, 'fixed text/table')
    return c


def p_jiangyuan(t):
    c = Checker(2024)
    m = one(t, r'为不少于' + NUM + r'所中小学配备体育器材不少于' + NUM + r'件（套）')
    goal_sch, goal_items = m.groups()
    m = one(t, r'江源区现有中小学' + NUM + r'所，其中城区学校' + NUM + r'所、农村学校' + NUM + r'所')
    all_sch = m.group(1)
    c.total([m.group(2), m.group(3)], all_sch, 'schools urban + rural')
    init = one(t, r'项目年初预算' + NUM + r'万元').group(1)
    m = one(t, r'补助资金' + NUM + r'万元，用于本项目，全年预算调整为' + NUM + r'万元，资金全部到位')
    add, annual = m.groups()
    c.total([init, add], annual, 'annual = initial + provincial')
    c.same(one(t, NUM + r'万元省级资金\d+月才下达').group(1), add, 'provincial funds restated')
    m = one(t, r'全年实际支出' + NUM + r'万元，包括器材采购' + NUM + r'万元、安装调试' + NUM + r'万元、场地划线及局部改造' + NUM + r'万元')
    spent, buy, inst, site = m.groups()
    c.total([buy, inst, site], spent, 'spending items')
    bal = one(t, r'年末结余' + NUM + r'万元').group(1)
    c.balance(bal, annual, spent, 'balance (all received)')
    c.carry_year(one(t, r'已结转至(\d{4})年').group(1), 'balance')
    m = one(t, NUM + r'所配备学校中，农村学校' + NUM + r'所、城区学校' + NUM + r'所；农村学校配备器材' + NUM
            + r'件（套），城区学校配备' + NUM + r'件（套）')
    eq_sch, r_sch, u_sch, r_items, u_items = m.groups()
    c.total([r_sch, u_sch], eq_sch, 'equipped schools rural + urban')
    left = one(t, r'仍有' + NUM + r'所学校未纳入本次配备').group(1)
    c.total([eq_sch, left], all_sch, 'equipped + not equipped')
    m = one(t, r'满分' + NUM + r'分，其中预算执行' + NUM + r'分、产出指标' + NUM + r'分、效益指标' + NUM + r'分、满意度指标' + NUM + r'分')
    full, w = m.group(1), m.groups()[1:]
    c.weight_sum(w, full, 'level-1 weights in text')
    sec = t[t.index('四、绩效指标完成及评分情况'):t.index('五、自评结论')]
    heads = list(re.finditer(r'（[一二三四]）(\S+?)（' + NUM + r'分）', sec))
    if len(heads) != 4:
        raise ParseError('headings')
    for h, wt in zip(heads, w):
        c.same(h.group(2), wt, f'heading weight {h.group(1)}')
    c.weight_sum([h.group(2) for h in heads], full, 'heading weights')
    # execution
    m = one(sec, r'全年支出' + NUM + r'万元，预算执行率' + NUM + r'%，得' + NUM + r'分')
    c.same(m.group(1), spent, 'spent twice')
    c.rate(m.group(2), spent, annual, 'execution rate')
    c.exec_score(m.group(3), heads[0].group(2), m.group(2), spent, annual, 'execution score')
    scores = [m.group(3)]
    # items per heading
    blocks = []
    for i, h in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(sec)
        blocks.append(sec[h.end():end])
    items = {}
    for i, blk in enumerate(blocks[1:], start=1):
        its = list(re.finditer(r'\d\.(\S+?)（' + NUM + r'分）：(.*?)得' + NUM + r'分', blk))
        c.weight_sum([x.group(2) for x in its], heads[i].group(2), f'items under {heads[i].group(1)}')
        for x in its:
            c.chk('score_exceeds_weight', D(0) <= dec(x.group(4)) <= dec(x.group(2)),
                  f'{x.group(1)}: score {x.group(4)} vs weight {x.group(2)}')
            items[x.group(1)] = (x.group(2), x.group(3), x.group(4))
            scores.append(x.group(4))
    if len(items) != 10:
        raise ParseError('items')
    # details
    wt, body, sc = items['配备学校数']
    m = one(body, r'目标' + NUM + r'所，实际为' + NUM + r'所学校配备了器材，完成率' + NUM + '%')
    c.same(m.group(1), goal_sch, 'school target twice')
    c.same(m.group(2), eq_sch, 'equipped schools twice')
    check_indicator(c, dict(name='配备学校数', target='≥' + m.group(1) + '所', actual=m.group(2) + '所',
                            completion=m.group(3) + '%', weight=wt, score=sc))
    wt, body, sc = items['器材配备数量']
    m = one(body, r'目标不少于' + NUM + r'件（套），实际配备' + NUM + r'件（套），完成率' + NUM + '%')
    c.same(m.group(1), goal_items, 'item target twice')
    c.total([r_items, u_items], m.group(2), 'items rural + urban')
    check_indicator(c, dict(name='器材配备数量', target='≥' + m.group(1) + '件', actual=m.group(2) + '件',
                            completion=m.group(3) + '%', weight=wt, score=sc))
    wt, body, sc = items['器材一次验收合格率']
    m = one(body, r'目标' + NUM + r'%，实际' + NUM + '%')
    check_indicator(c, dict(name='器材一次验收合格率', target='≥' + m.group(1) + '%', actual=m.group(2) + '%', weight=wt, score=sc))
    wt, body, sc = items['安装完成时间']
    m = one(body, r'目标(\d{4})年(\d+)月(\d+)日前，实际(\d+)月(\d+)日')
    check_indicator(c, dict(name='安装完成时间', target=f'{m.group(1)}年{m.group(2)}月{m.group(3)}日前',
                            actual=f'{m.group(1)}年{m.group(4)}月{m.group(5)}日', weight=wt, score=sc))
    wt, body, sc = items['校均器材采购成本']
    m = one(body, r'目标不超过' + NUM + r'万元，实际' + NUM + r'万元')
    c.average(m.group(2), [dec(buy) / dec(eq_sch)], 'procurement cost per school')
    check_indicator(c, dict(name='校均器材采购成本', target='≤' + m.group(1) + '万元', actual=m.group(2) + '万元', weight=wt, score=sc))
    wt, body, sc = items['学校体育课器材满足率']
    m = one(body, r'目标' + NUM + r'%以上，抽查结果为' + NUM + '%')
    check_indicator(c, dict(name='学校体育课器材满足率', target='≥' + m.group(1) + '%', actual=m.group(2) + '%', weight=wt, score=sc))
    wt, body, sc = items['学生体质健康测试优良率提高幅度']
    m = one(body, r'目标较上年提高' + NUM + r'个百分点以上，(\d{4})年优良率' + NUM + r'%，上年为' + NUM + r'%，提高' + NUM + r'个百分点')
    c.chk('year_mismatch', int(m.group(2)) == 2024, '优良率 year')
    c.chk('sum_mismatch', close(m.group(5), dec(m.group(3)) - dec(m.group(4))), '优良率 increase')
    check_indicator(c, dict(name='优良率提高幅度', target='≥' + m.group(1) + '个百分点', actual=m.group(5) + '个百分点', weight=wt, score=sc))
    wt, body, sc = items['器材管理制度建设']
    c.warn('score_rule_mismatch', '达成年度指标' in body and dec(sc) >= dec(wt) * D('0.8'), 'qualitative')
    for nm, word in (('师生满意度', '高于'), ('家长满意度', '低于')):
        wt, body, sc = items[nm]
        m = one(body, r'调查结果' + NUM + r'%，' + word + NUM + r'%的目标')
        check_indicator(c, dict(name=nm, target='≥' + m.group(2) + '%', actual=m.group(1) + '%', weight=wt, score=sc))
        c.chk('conflicting_values', (dec(m.group(1)) >= dec(m.group(2))) == (word == '高于'), f'{nm}: 高于/低于')
    m = one(t, r'本项目自评得分' + NUM + r'分，评价等级为(\S\S)')
    c.score_sum(scores, m.group(1), 'total')
    c.grade(m.group(1), m.group(2), 'grade')
    return c


PROJECTS = {
    'sc-mingshan-tizhijiance-2021': p_mingshan,
    'fj-huaan-xiaoyuanzuqiu-2019': p_huaan,
    'he-shenze-jinshifangkong-2022': p_shenze,
    'gz-majiang-yingyangcan-2023': p_majiang,
    'jl-jiangyuan-tiyuqicai-2024': p_jiangyuan,
}


# ---------------------------------------------------------------- driver
def count_fig(text, fig):
    pat = re.escape(fig)
    if fig[0].isdigit():
        pat = r'(?<![\d.])' + pat
    if fig[-1].isdigit():
        pat = pat + r'(?![\d])(?!\.\d)'
    return len(re.findall(pat, text))


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
    sys.path.insert(0, HERE)
    sys.dont_write_bytecode = True
    from build import EDITS
    meta = {f'{e[0]}-e{e[1]}.txt': {'code': e[2], 'where': e[3], 'fig': e[6]} for e in EDITS}
    files = sorted(f for f in os.listdir(CASES) if f.endswith('.txt'))
    if sorted(l['case'] for l in labels) != files:
        problems.append('labels.jsonl and cases/ do not list the same files')
    code_count = {k: 0 for k in CODES}
    where_count = {}
    for lab in labels:
        text = open(os.path.join(CASES, lab['case']), encoding='utf-8').read()
        src = lab['source']
        if src not in PROJECTS:
            problems.append(f'{lab["case"]}: unknown source')
            continue
        n = len(text)
        if lab['clean']:
            if not (2700 <= n <= 3500):
                problems.append(f'{lab["case"]}: length {n}')
        for e in lab['expected']:
            if e['value'] not in text:
                problems.append(f'{lab["case"]}: value not found: {e["value"]!r}')
            if e['code'] not in CODES or e['severity'] != 'error':
                problems.append(f'{lab["case"]}: bad code/severity')
            code_count[e['code']] = code_count.get(e['code'], 0) + 1
        try:
            c = PROJECTS[src](text)
        except ParseError as ex:
            problems.append(f'{lab["case"]}: parse error: {ex}')
            continue
        fail_codes = sorted(set(code for code, _ in c.fails))
        if lab['clean']:
            if lab['expected']:
                problems.append(f'{lab["case"]}: clean case with labels')
            if c.fails or c.warns:
                problems.append(f'{lab["case"]}: clean draft fails: {c.fails + c.warns}')
            continue
        if len(lab['expected']) != 1:
            problems.append(f'{lab["case"]}: expected exactly one label')
            continue
        code = lab['expected'][0]['code']
        value = lab['expected'][0]['value']
        if fail_codes != [code]:
            problems.append(f'{lab["case"]}: labelled {code}, checks failing: {c.fails}')
        # one contiguous difference overlapping the label value
        clean = open(os.path.join(CASES, src + '-clean.txt'), encoding='utf-8').read()
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        d0, d1 = p, len(text) - s
        if d1 <= d0:
            problems.append(f'{lab["case"]}: no difference from clean draft')
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(o < d1 and o + len(value) > d0 for o in occ):
            problems.append(f'{lab["case"]}: label value does not overlap the edit [{d0},{d1})')
        mt = meta.get(lab['case'])
        if mt is None or mt['code'] != code:
            problems.append(f'{lab["case"]}: edit list in build.py disagrees')
        else:
            where_count[mt['where']] = where_count.get(mt['where'], 0) + 1
            k = count_fig(text, mt['fig'])
            if k != 1:
                problems.append(f'{lab["case"]}: changed figure {mt["fig"]!r} occurs {k} times')
            if mt['fig'] not in value:
                problems.append(f'{lab["case"]}: changed figure not inside the value')
            fpos = [m.start() for m in re.finditer(re.escape(mt['fig']), text)]
            if not any(f < d1 and f + len(mt['fig']) > d0 for f in fpos):
                problems.append(f'{lab["case"]}: changed figure not at the edit')
    for k in CODES:
        if code_count.get(k, 0) < 2:
            problems.append(f'code {k} used {code_count.get(k, 0)} times (< 2)')
    extra = set(code_count) - set(CODES)
    if extra:
        problems.append(f'unknown codes {extra}')
    print('cases:', len(labels), ' errors per code:', ', '.join(f'{k}={code_count[k]}' for k in CODES))
    print('where:', where_count)
    if problems:
        for p in problems:
            print('FAIL', p)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
