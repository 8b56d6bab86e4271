#!/usr/bin/env python3
"""Verify this labelled set (standard library only, decimal.Decimal).

1. every label value occurs in its case; every error case differs from its clean draft in
   one contiguous place that overlaps the label value; every code is used >= 2 times;
2. the arithmetic of every draft is redone from its text: clean drafts must pass every
   check; an error case must fail the labelled code and no other error-level code.
Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
CODES = ['rate_mismatch', 'balance_mismatch', 'sum_mismatch', 'score_sum_mismatch', 'score_exceeds_weight',
         'weight_sum_mismatch', 'grade_mismatch', 'average_mismatch', 'conflicting_values', 'implausible_rate',
         'unit_mismatch', 'year_mismatch', 'completion_mismatch']

# ---------------------------------------------------------------- numbers
FW = str.maketrans('０１２３４５６７８９．％', '0123456789.%')   # 1:1, keeps offsets
CN_DIG = {'零': 0, '〇': 0, '一': 1, '壹': 1, '二': 2, '贰': 2, '两': 2, '三': 3, '叁': 3, '四': 4, '肆': 4,
          '五': 5, '伍': 5, '六': 6, '陆': 6, '七': 7, '柒': 7, '八': 8, '捌': 8, '九': 9, '玖': 9}
CN_UNIT = {'十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000}
NUM = r'[0-9.,]+'
CNUM = r'[0-9.,零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟]+'


def cn2int(s):
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIG:
            cur = CN_DIG[ch]
        elif ch in CN_UNIT:
            total += (cur or 1) * CN_UNIT[ch]
            cur = 0
        else:
            raise ValueError(s)
    return total + cur


def num(s):
    s = s.translate(FW).replace(',', '')
    if re.fullmatch(r'[0-9.]+', s):
        return D(s)
    return D(cn2int(s))


def decs(s):
    s = s.translate(FW)
    return len(s.split('.')[1]) if '.' in s and re.fullmatch(r'[0-9.,]+', s) else 0


def tol(s):
    return D('0.5') * D(10) ** (-decs(s)) + D('1e-9')


def close(stated, computed):
    return abs(D(computed) - num(stated)) <= tol(stated)


def q2(x):
    return D(x).quantize(D('0.01'), rounding=ROUND_HALF_UP)


SCALE = {'元': D('0.0001'), '万元': D(1), '亿元': D(10000)}


def wan(s, unit):
    return num(s) * SCALE[unit]


# ---------------------------------------------------------------- results
class Res:
    def __init__(self):
        self.items = []           # (code, ok, desc, severity)

    def add(self, code, ok, desc, sev='error'):
        self.items.append((code, bool(ok), desc, sev))

    def fails(self, sev='error'):
        return [(c, d) for (c, ok, d, s) in self.items if not ok and s == sev]


def one(t, pat, flags=0):
    ms = list(re.finditer(pat, t, flags))
    if len(ms) != 1:
        raise LookupError(f'pattern matched {len(ms)} times: {pat}')
    return ms[0]


def rescale_fixes(amounts, test):
    """amounts: list of (str, unit); test(list_of_values_in_wan) -> bool.
    True if rescaling exactly one amount by 10^4 / 10^-4 makes the identity hold."""
    vals = [wan(s, u) for s, u in amounts]
    for i in range(len(vals)):
        for f in (D(10000), D('0.0001')):
            v2 = list(vals)
            v2[i] = vals[i] * f
            if test(v2):
                return True
    return False


def sum_check(r, desc, total, parts, code='sum_mismatch'):
    """total, parts: (str, unit); amounts compared in 万元; tolerance from the total as written."""
    amts = [total] + list(parts)

    def ok(vals):
        t_unit_scale = SCALE[total[1]]
        return abs(sum(vals[1:]) - vals[0]) <= tol(total[0]) * t_unit_scale

    good = ok([wan(s, u) for s, u in amts])
    if not good and rescale_fixes(amts, ok):
        code = 'unit_mismatch'
    r.add(code, good, desc)


def prod_check(r, desc, total, count, per, code='sum_mismatch'):
    """total (str, unit) = count (str) x per (str, unit)."""
    amts = [total, per]
    c = num(count)

    def ok(vals):
        return abs(c * vals[1] - vals[0]) <= tol(total[0]) * SCALE[total[1]]

    good = ok([wan(s, u) for s, u in amts])
    if not good and rescale_fixes(amts, ok):
        code = 'unit_mismatch'
    r.add(code, good, desc)


def diff_check(r, desc, a, b, d, code='sum_mismatch'):
    """a - b = d (plain numbers, same unit)."""
    r.add(code, close(d, num(a) - num(b)), desc)


def rate_check(r, desc, stated, numer, denom, code='rate_mismatch'):
    """stated: percent string without %, numer/denom: Decimal-able."""
    n, dd = D(numer), D(denom)
    if num(stated) > 100:
        r.add('implausible_rate', False, desc + ' (over 100%)')
        return
    if dd == 0:
        r.add('implausible_rate', num(stated) == 0, desc + ' (zero base)')
        return
    r.add(code, close(stated, n / dd * 100), desc)


def balance_check(r, desc, stated, avail, spent):
    r.add('balance_mismatch', close(stated, D(avail) - D(spent)), desc)


def same(r, desc, a, b, code='conflicting_values'):
    r.add(code, num(a) == num(b), desc)


def avg_check(r, desc, stated, items):
    vals = [num(x) for x in items]
    r.add('average_mismatch', close(stated, sum(vals) / len(vals)), desc)


def band(total):
    total = D(total)
    if total >= 90:
        return '优'
    if total >= 80:
        return '良'
    if total >= 60:
        return '中'
    return '差'


GRADE_WORD = {'优': '优', '优秀': '优', '良': '良', '良好': '良', '中': '中', '中等': '中', '合格': '中', '一般': '中',
              '差': '差', '较差': '差', '不合格': '差'}


def grade_check(r, desc, word, total):
    r.add('grade_mismatch', GRADE_WORD[word] == band(num(total)), desc)


def score_max_check(r, desc, score, maximum):
    s = num(score)
    r.add('score_exceeds_weight', D(0) <= s <= num(maximum), desc)


def year_checks(r, year, t):
    """carry-over goes to a later year; 截至...12月31日 names the evaluation year; advances come the December before."""
    for m in re.finditer(r'结转至(\d{4})年', t):
        r.add('year_mismatch', int(m.group(1)) > year, f'结转至{m.group(1)}年 in a {year} report')
    for m in re.finditer(r'截至(\d{4})年12月31日', t):
        r.add('year_mismatch', int(m.group(1)) == year, f'截至{m.group(1)}年12月31日 in a {year} report')
    for m in re.finditer(r'(\d{4})年12月提前下达', t):
        r.add('year_mismatch', int(m.group(1)) == year - 1, f'advance issued {m.group(1)}-12 for {year}')


# ---------------------------------------------------------------- indicator rows
VAL = re.compile(r'^([≥≤=＞＜>]?)\s*([0-9.]+)\s*(.*)$')


def parse_val(s):
    s = s.strip().translate(FW)
    m = VAL.match(s)
    if not m or re.search(r'\d{4}年', s):
        return None
    return m.group(1), m.group(2), m.group(3).strip()


def direction(sign):
    return {'≥': 'gte', '＞': 'gte', '>': 'gte', '≤': 'lte', '＜': 'lte', '=': 'eq', '': 'eq'}[sign]


def completion(target, actual):
    sign, tv, tu = parse_val(target)
    _, av, au = parse_val(actual)
    T, A = D(tv), D(av)
    if direction(sign) == 'lte':
        return D(100) if A <= T else T / A * 100
    return A / T * 100


def rows_checks(r, rows, totals, level_scores=None, level_weights=None):
    """rows: dicts with l1, name, target, actual, weight, score, optional completion; the execution row has
    kind='exec' and rate/budget/spent. totals: list of stated total strings."""
    wsum = sum(num(x['weight']) for x in rows)
    r.add('weight_sum_mismatch', wsum == 100, f'weights sum {wsum}')
    ssum = sum(num(x['score']) for x in rows)
    for tot in totals:
        r.add('score_sum_mismatch', close(tot, ssum), f'scores sum {ssum} vs stated {tot}')
    for lvl, stated in (level_scores or {}).items():
        s = sum(num(x['score']) for x in rows if x['l1'] == lvl)
        r.add('score_sum_mismatch', close(stated, s), f'{lvl} scores sum {s} vs stated {stated}')
    for lvl, stated in (level_weights or {}).items():
        s = sum(num(x['weight']) for x in rows if x['l1'] == lvl)
        r.add('weight_sum_mismatch', num(stated) == s, f'{lvl} weights sum {s} vs stated {stated}')
    for x in rows:
        w, s = num(x['weight']), num(x['score'])
        r.add('score_exceeds_weight', D(0) <= s <= w, f"{x['name']}: score {s} weight {w}")
        if x.get('kind') == 'exec':
            rate_check(r, f"{x['name']} execution rate", x['rate'], num(x['spent']), num(x['budget']))
            rr = min(num(x['spent']) / num(x['budget']), D(1))
            r.add('score_rule_mismatch', close(x['score'], w * rr) or close(x['score'], w * min(num(x['rate']) / 100, D(1))),
                  f"{x['name']} execution score", 'warning')
            continue
        pt, pa = parse_val(x['target']), parse_val(x['actual'])
        if pa and pa[2] == '%':
            r.add('implausible_rate', D(pa[1]) <= 100, f"{x['name']}: {x['actual']} over 100%")
        if pt and pa:
            r.add('unit_mismatch', pt[2] == pa[2], f"{x['name']}: units {pt[2]!r} vs {pa[2]!r}")
            if pt[2] != pa[2]:
                continue
            comp = completion(x['target'], x['actual'])
            if x.get('completion') not in (None, '—'):
                r.add('completion_mismatch', close(x['completion'].rstrip('%'), comp),
                      f"{x['name']}: completion {x['completion']} vs {q2(comp)}")
            exp = w * min(comp / 100, D(1))
            r.add('score_rule_mismatch', close(x['score'], exp), f"{x['name']}: score {s} vs rule {q2(exp)}",
                  'warning')
        elif pt is None and pa is None:
            if x['actual'] in ('达成年度指标',) or x['actual'] == x['target']:
                r.add('score_rule_mismatch', w * D('0.8') <= s <= w, f"{x['name']}: qualitative", 'warning')
    return ssum


def goal_checks(r, t, pat, names, by, field='target'):
    """numbers of one text sentence (pattern groups) = the table's target (or actual) of the named rows."""
    m = one(t, pat)
    for g, name in zip(m.groups(), names):
        if name is None:
            continue
        pv = parse_val(by[name][field])
        r.add('conflicting_values', pv is not None and num(g) == num(pv[1]), f'{name} {field}: text {g} vs table')


def cells_rows(lines, sep):
    return [[c.strip() for c in re.split(sep, ln)] for ln in lines]


LEVEL1 = ('产出指标', '效益指标', '满意度指标')


# ================================================================ A: Guangxi Yizhou 2020
def check_A(t):
    r, Y = Res(), 2020
    M = lambda p: one(t, p)
    # --- years
    r.add('year_mismatch', int(M(r'\n(\d{4})年度桑园提质增效补助项目支出绩效自评报告').group(1)) == Y, 'title year')
    r.add('year_mismatch', int(M(r'（(\d{4})年度）').group(1)) == Y, 'table year')
    r.add('year_mismatch', int(M(r'农业农村局\n(\d{4})年3月15日').group(1)) in (Y, Y + 1), 'report date')
    year_checks(r, Y, t)
    # --- funds prose
    m = M(rf'项目年初预算({NUM})万元，其中当年财政拨款({NUM})万元、上年结转资金({NUM})万元')
    init, init_app, init_co = m.groups()
    sum_check(r, 'initial = appropriation + carry-over', (init, '万元'), [(init_app, '万元'), (init_co, '万元')])
    m = M(rf'追加下达第二批蚕桑产业发展资金({CNUM})万元，全年预算调整为({NUM})万元，资金全部到位，到位率({NUM})%')
    add, annual, recv_rate = m.groups()
    sum_check(r, 'annual = initial + addition', (annual, '万元'), [(init, '万元'), (add, '万元')])
    rate_check(r, '到位率 (all received)', recv_rate, num(annual), num(annual))
    m = M(rf'当年财政拨款({NUM})万元按来源分，中央财政农业生产发展资金({NUM})万元、自治区财政资金({NUM})万元、区本级财政资金({NUM})万元')
    app, c1, c2, c3 = m.groups()
    sum_check(r, 'appropriation by source', (app, '万元'), [(c1, '万元'), (c2, '万元'), (c3, '万元')])
    sum_check(r, 'annual = appropriation + carry-over', (annual, '万元'), [(app, '万元'), (init_co, '万元')])
    m = M(rf'全年实际支出({NUM})万元，预算执行率({NUM})%')
    spent, exec_rate = m.groups()
    rate_check(r, 'execution rate', exec_rate, num(spent), num(annual))
    m = M(rf'其中当年财政拨款支出({NUM})万元，执行率({NUM})%；上年结转资金({NUM})万元已全部支出')
    spent_app, rate_app, spent_co = m.groups()
    rate_check(r, 'appropriation execution rate', rate_app, num(spent_app), num(app))
    same(r, 'carry-over fully spent = carry-over budget', spent_co, init_co, 'balance_mismatch')
    sum_check(r, 'spent = appropriation spent + carry-over spent', (spent, '万元'), [(spent_app, '万元'), (spent_co, '万元')])
    m = M(rf'低产桑园提质改造补助({NUM})万元，新植桑园桑苗补助({NUM})万元，小蚕共育室补助({NUM})万元，病虫害统防统治药物及技术培训({NUM})万元')
    u1, u2, u3, u4 = m.groups()
    sum_check(r, 'spending by use', (spent, '万元'), [(u1, '万元'), (u2, '万元'), (u3, '万元'), (u4, '万元')])
    bal = M(rf'年末未支出({NUM})万元').group(1)
    balance_check(r, 'unspent = annual - spent', bal, num(annual), num(spent))
    # --- outputs prose
    m = M(rf'提质改造({NUM})亩，为年度目标的({NUM})%，按每亩({NUM})(万元|元)标准兑付改造补助({NUM})(万元|元)')
    area, comp, per, per_u, paid, paid_u = m.groups()
    tgt_area = M(rf'完成低产桑园提质改造({NUM})亩以上').group(1)
    r.add('completion_mismatch', close(comp, num(area) / num(tgt_area) * 100), 'upgrading completion (text)')
    prod_check(r, 'upgrading subsidy = area x per-mu rate', (paid, paid_u), area, (per, per_u))
    r.add('conflicting_values', wan(paid, paid_u) == wan(u1, '万元'), 'upgrading subsidy 247.80 vs 247.8')
    m = M(rf'新植桑园({NUM})亩，按每亩({NUM})(万元|元)补助桑苗款')
    prod_check(r, 'seedling subsidy', (u2, '万元'), m.group(1), (m.group(2), m.group(3)))
    new_area = m.group(1)
    m = M(rf'小蚕共育室({NUM})座，每座补助({NUM})(万元|元)')
    prod_check(r, 'co-rearing room subsidy', (u3, '万元'), m.group(1), (m.group(2), m.group(3)))
    rooms = m.group(1)
    trained = M(rf'培训蚕农({NUM})人次；').group(1)
    surv = M(rf'桑苗成活率({NUM})%').group(1)
    m = M(rf'亩桑产茧量({NUM})公斤，比2019年的({NUM})公斤增加({NUM})公斤，增长({NUM})%')
    yld, yld0, inc, gr = m.groups()
    diff_check(r, 'yield increase', yld, yld0, inc)
    rate_check(r, 'yield growth', gr, num(yld) - num(yld0), num(yld0))
    income = M(rf'亩桑蚕茧收入({NUM})元').group(1)
    hh = M(rf'项目覆盖蚕农({NUM})户').group(1)
    ipm = M(rf'统防统治覆盖率({NUM})%，未达到').group(1)
    sat = M(rf'问卷显示蚕农满意度为({NUM})%').group(1)
    # --- prose scores and grade
    m = M(rf'项目总得分({NUM})分，评价等级为“(\w)”。其中预算执行率得分({NUM})分，产出指标得分({NUM})分，效益指标得分({NUM})分，满意度指标得分({NUM})分')
    tot_p, grade, s_exec_p, s_out, s_ben, s_sat = m.groups()
    grade_check(r, 'grade in text', grade, tot_p)
    r.add('score_sum_mismatch', close(tot_p, sum(num(x) for x in (s_exec_p, s_out, s_ben, s_sat))), 'level scores in text sum to total')
    # --- table
    lines = [ln for ln in t.split('\n') if '｜' in ln]
    rows = cells_rows(lines, '｜')
    fund = {c[0]: c for c in rows if c[0] in ('年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金')}
    tot = fund['年度资金总额']
    for k in (1, 2, 3):
        sum_check(r, f'funds column {k}', (tot[k], '万元'),
                  [(fund[n][k], '万元') for n in ('其中：当年财政拨款', '上年结转资金', '其他资金')])
    same(r, 'initial text/table', init, tot[1]); same(r, 'annual text/table', annual, tot[2])
    same(r, 'spent text/table', spent, tot[3]); same(r, 'rate text/table', exec_rate, tot[5].rstrip('%'))
    same(r, 'app initial', init_app, fund['其中：当年财政拨款'][1]); same(r, 'app annual', app, fund['其中：当年财政拨款'][2])
    same(r, 'app spent', spent_app, fund['其中：当年财政拨款'][3])
    same(r, 'carry-over', init_co, fund['上年结转资金'][2])
    ind = []
    ind.append(dict(kind='exec', l1='预算执行', name='预算执行率', weight=tot[4], score=tot[6], rate=tot[5].rstrip('%'),
                    spent=tot[3], budget=tot[2]))
    for c in rows:
        if c[0] in LEVEL1 and len(c) >= 7:
            ind.append(dict(l1=c[0], name=c[2], target=c[3], actual=c[4], weight=c[5], score=c[6]))
    total_t = [c for c in rows if c[0] == '总分'][0][6]
    rows_checks(r, ind, [total_t, tot_p], level_scores={'产出指标': s_out, '效益指标': s_ben, '满意度指标': s_sat})
    same(r, 'total text/table', tot_p, total_t)
    same(r, 'execution score text/table', s_exec_p, tot[6])
    by = {x['name']: x for x in ind}
    for name, val in (('低产桑园提质改造面积', area), ('新植桑园桑苗补助面积', new_area), ('新建（改造）小蚕共育室', rooms),
                      ('蚕农技术培训', trained), ('新植桑园桑苗成活率', surv), ('项目区亩桑产茧量', yld),
                      ('亩桑蚕茧收入', income), ('带动蚕农户数', hh), ('桑园病虫害统防统治覆盖率', ipm), ('蚕农满意度', sat)):
        same(r, f'{name} text/table', val, parse_val(by[name]['actual'])[1])
    same(r, 'area target text/table', tgt_area, parse_val(by['低产桑园提质改造面积']['target'])[1])
    goal_checks(r, t, rf'完成低产桑园提质改造({NUM})亩以上、新植桑园({NUM})亩以上，新建（改造）小蚕共育室({NUM})座，培训蚕农({NUM})人次以上；'
                      rf'项目区亩桑产茧量达到({NUM})公斤以上，带动蚕农({NUM})户以上，蚕农满意度不低于({NUM})%',
                ['低产桑园提质改造面积', '新植桑园桑苗补助面积', '新建（改造）小蚕共育室', '蚕农技术培训', '项目区亩桑产茧量',
                 '带动蚕农户数', '蚕农满意度'], by)
    goal_checks(r, t, rf'预期目标：改造低产桑园({NUM})亩、新植桑园({NUM})亩、建设共育室({NUM})座',
                ['低产桑园提质改造面积', '新植桑园桑苗补助面积', '新建（改造）小蚕共育室'], by)
    goal_checks(r, t, rf'实际完成情况：改造({NUM})亩、新植({NUM})亩、共育室({NUM})座，亩桑产茧量({NUM})公斤',
                ['低产桑园提质改造面积', '新植桑园桑苗补助面积', '新建（改造）小蚕共育室', '项目区亩桑产茧量'], by, 'actual')
    goal_checks(r, t, rf'未达到({NUM})%的目标值', ['桑园病虫害统防统治覆盖率'], by)
    r.add('weight_sum_mismatch', num([c for c in rows if c[0] == '总分'][0][5]) == 100, 'stated weight total 100')
    pc = parse_val(by['桑园改造亩均补助']['actual'])
    r.add('conflicting_values' if per_u == '元' else 'unit_mismatch', num(per) == num(pc[1]) and per_u == '元',
          'per-mu rate text/table')
    return r


# ================================================================ B: Sichuan Yanting 2022
def check_B(t):
    r, Y = Res(), 2022
    M = lambda p: one(t, p)
    r.add('year_mismatch', int(M(r'\n(\d{4})年度小蚕共育及蚕茧质量提升补助项目绩效自评报告').group(1)) == Y, 'title year')
    r.add('year_mismatch', int(M(r'（(\d{4})年度）').group(1)) == Y, 'table year')
    r.add('year_mismatch', int(M(r'农业农村局\n(\d{4})年2月20日').group(1)) in (Y, Y + 1), 'report date')
    r.add('year_mismatch', int(M(r'(\d{4})年8月，省级追加下达').group(1)) == Y, 'addition year')
    year_checks(r, Y, t)
    m = M(rf'项目年初批复({NUM})万元（省级({NUM})万元、县级({NUM})万元）')
    init, prov, cty = m.groups()
    sum_check(r, 'initial = provincial + county', (init, '万元'), [(prov, '万元'), (cty, '万元')])
    m = M(rf'省级追加下达({NUM})万元，调整后全年预算为({NUM})万元')
    add, annual = m.groups()
    sum_check(r, 'annual = initial + addition', (annual, '万元'), [(init, '万元'), (add, '万元')])
    m = M(rf'实际支出({NUM})万元，预算执行率({NUM})%')
    spent, rate = m.groups()
    rate_check(r, 'execution rate (text)', rate, num(spent), num(annual))
    m = M(rf'春季共育({NUM})万张，夏秋季共育({NUM})万张，按每张({NUM})(万元|元)标准补助共育户({NUM})(万元|元)')
    sp, au, per, per_u, paid, paid_u = m.groups()
    boxes = M(rf'个共育点共育小蚕({NUM})万张').group(1)
    r.add('sum_mismatch', close(boxes, num(sp) + num(au)), 'boxes by season (万张)')
    prod_check(r, 'co-rearing subsidy = boxes x rate', (paid, paid_u), str(num(boxes) * 10000), (per, per_u))
    m = M(rf'补助标准化收购站点改造({NUM})万元（({NUM})个站点，每个({NUM})万元）')
    st_paid, st_n, st_per = m.groups()
    prod_check(r, 'station subsidy', (st_paid, '万元'), st_n, (st_per, '万元'))
    drug = M(rf'采购消毒药品及开展培训({NUM})万元').group(1)
    sum_check(r, 'spending by use', (spent, '万元'), [(paid, paid_u), (st_paid, '万元'), (drug, '万元')])
    saved = M(rf'节约资金({NUM})万元').group(1)
    balance_check(r, 'savings returned = annual - spent', saved, num(annual), num(spent))
    m = M(rf'在({NUM})个共育点共育小蚕')
    pts = m.group(1)
    m = M(rf'({NUM})个共育点中有({NUM})个保持常年运营')
    same(r, 'number of points', m.group(1), pts)
    running = m.group(2)
    trained = M(rf'培训蚕农({NUM})人次，没有达到({NUM})人次').group(1)
    surv = M(rf'共育小蚕成活率({NUM})%').group(1)
    upper = M(rf'鲜茧上车茧率({NUM})%').group(1)
    m = M(rf'全县张种产茧量({NUM})公斤，比2021年的({NUM})公斤提高({NUM})公斤')
    yld, yld0, inc = m.groups()
    diff_check(r, 'yield increase', yld, yld0, inc)
    m = M(rf'分别为({NUM})公斤、({NUM})公斤和({NUM})公斤，平均({NUM})公斤')
    avg_check(r, 'three towns average', m.group(4), m.group(1, 2, 3))
    m = M(rf'全县蚕茧销售收入({NUM})万元，比上年的({NUM})万元增长({NUM})%')
    inc1, inc0, g = m.groups()
    rate_check(r, 'income growth', g, num(inc1) - num(inc0), num(inc0))
    hh = M(rf'带动({NUM})户蚕农增收').group(1)
    sat = M(rf'满意度为({NUM})%').group(1)
    r.add('implausible_rate', num(sat) <= 100, 'satisfaction <= 100%')
    tot_p = M(rf'综合自评得分({NUM})分').group(1)
    # --- table (tab separated)
    rows = cells_rows([ln for ln in t.split('\n') if '\t' in ln], '\t')
    fund = {c[0]: c for c in rows if c[0] in ('年度资金总额', '其中：财政资金', '财政专户管理资金', '单位资金', '其他资金')}
    tot = fund['年度资金总额']
    for k in (1, 2, 3):
        sum_check(r, f'funds column {k}', (tot[k], '万元'),
                  [(fund[n][k], '万元') for n in ('其中：财政资金', '财政专户管理资金', '单位资金', '其他资金')])
    rate_check(r, 'fiscal funds rate', fund['其中：财政资金'][5].rstrip('%'), num(fund['其中：财政资金'][3]),
               num(fund['其中：财政资金'][2]))
    same(r, 'initial text/table', init, tot[1]); same(r, 'annual text/table', annual, tot[2])
    same(r, 'spent text/table', spent, tot[3]); same(r, 'rate text/table', rate, tot[5].rstrip('%'))
    ind = [dict(kind='exec', l1='预算执行', name='预算执行率', weight=tot[4], score=tot[6], rate=tot[5].rstrip('%'),
                spent=tot[3], budget=tot[2])]
    for c in rows:
        if c[0] in LEVEL1 and len(c) >= 9:
            ind.append(dict(l1=c[0], name=c[2], target=c[3] + c[4] + c[5], actual=c[6] + c[5], weight=c[7], score=c[8]))
    total_t = [c for c in rows if c[0] == '总分'][0][2]
    rows_checks(r, ind, [total_t, tot_p])
    same(r, 'total text/table', tot_p, total_t)
    m = M(r'自评等级：(\w)')
    grade_check(r, 'grade in table', m.group(1), total_t)
    by = {x['name']: x for x in ind}
    av = lambda n: parse_val(by[n]['actual'])[1]
    for name, val in (('小蚕共育蚕种张数', boxes), ('蚕农技术培训', trained), ('共育小蚕成活率', surv), ('鲜茧上车茧率', upper),
                      ('张种产茧量', yld), ('全县蚕茧销售收入', inc1), ('带动蚕农户数', hh), ('小蚕共育补助标准', per)):
        same(r, f'{name} text/table', val, av(name))
    r.add('conflicting_values' if per_u == '元' else 'unit_mismatch', per_u == '元', 'per-box rate unit text/table')
    goal_checks(r, t, rf'全年完成小蚕共育({NUM})万张以上，改造标准化蚕茧收购站点({NUM})个，培训蚕农({NUM})人次以上；共育小蚕成活率不低于({NUM})%，'
                      rf'鲜茧上车茧率不低于({NUM})%；全县张种产茧量达到({NUM})公斤以上，带动蚕农({NUM})户以上',
                ['小蚕共育蚕种张数', '标准化收购站点改造', '蚕农技术培训', '共育小蚕成活率', '鲜茧上车茧率', '张种产茧量', '带动蚕农户数'], by)
    goal_checks(r, t, rf'没有达到({NUM})人次的目标', ['蚕农技术培训'], by)
    goal_checks(r, t, rf'\t完成小蚕共育({NUM})万张、收购站点改造({NUM})个', ['小蚕共育蚕种张数', '标准化收购站点改造'], by)
    goal_checks(r, t, rf'\t共育小蚕({NUM})万张，改造站点({NUM})个，张种产茧量({NUM})公斤', ['小蚕共育蚕种张数', '标准化收购站点改造', '张种产茧量'],
                by, 'actual')
    same(r, 'stations text/table', M(rf'完成({NUM})个收购站点标准化改造').group(1), parse_val(by['标准化收购站点改造']['actual'])[1])
    r.add('weight_sum_mismatch', num([c for c in rows if c[0] == '总分'][0][1]) == 100, 'stated weight total 100')
    r.add('rate_mismatch', close(av('共育点持续运营率'), num(running) / num(pts) * 100), 'running points rate 46/48')
    return r


# ================================================================ C: Shaanxi Shiquan 2019 (flattened tables)
def flat_rows(t):
    rows = []
    for chunk in t.split('\n\n'):
        cells = [ln[1:] for ln in chunk.split('\n') if ln.startswith('\t')]
        if cells:
            rows.append([c.strip() for c in cells])
    return rows


def check_C(t):
    r, Y = Res(), 2019
    M = lambda p: one(t, p)
    r.add('year_mismatch', int(M(r'\n(\d{4})年度蚕茧收购补贴及桑园建设项目绩效自评报告').group(1)) == Y, 'title year')
    r.add('year_mismatch', int(M(r'评价年度：(\d{4})年').group(1)) == Y, 'table year')
    r.add('year_mismatch', int(M(r'农业农村局\n(\d{4})年2月').group(1)) in (Y, Y + 1), 'report date')
    r.add('year_mismatch', int(M(r'\n(\d{4})年项目预算').group(1)) == Y, 'budget year')
    year_checks(r, Y, t)
    rows = flat_rows(t)
    hdr = [i for i, c in enumerate(rows) if c[0] in ('项目', '一级指标')]
    frows = {c[0]: c for c in rows[hdr[0] + 1:hdr[1]]}
    irows = rows[hdr[1] + 1:]
    cols = ['合计', '省级', '市级', '县级', '上年结转', '其他']
    F = lambda name, k: frows[name][2 + k]
    for name in ('预算资金', '到位资金', '实际支出', '结余资金'):
        sum_check(r, f'{name}: total = sources', (F(name, 0), '万元'), [(F(name, k), '万元') for k in range(1, 6)])
    for k, col in enumerate(cols):
        balance_check(r, f'(5)=(3)-(4) {col}', F('结余资金', k), num(F('到位资金', k)), num(F('实际支出', k)))
        rate_check(r, f'(6)=(3)/(2) {col}', F('到位率(%)', k), num(F('到位资金', k)), num(F('预算资金', k)))
        rate_check(r, f'(7)=(4)/(2) {col}', F('执行率(%)', k), num(F('实际支出', k)), num(F('预算资金', k)))
    # --- prose funds
    m = M(rf'项目预算({NUM})万元，其中省级资金({CNUM})万元、市级资金({NUM})万元、县级配套资金({NUM})万元，资金当年全部到位')
    bud, pv, ct, cy = m.groups()
    sum_check(r, 'budget by source (text)', (bud, '万元'), [(pv, '万元'), (ct, '万元'), (cy, '万元')])
    for k, v in ((0, bud), (1, pv), (2, ct), (3, cy)):
        same(r, f'budget {cols[k]} text/table', v, F('预算资金', k))
    r.add('rate_mismatch', num(F('到位资金', 0)) == num(F('预算资金', 0)), '全部到位 => received = budget')
    r.add('conflicting_values', num(F('预算资金', 4)) == 0, '没有上年结转资金 => carry-over column 0')
    m = M(rf'截至2019年9月30日累计支出({NUM})万元，支出进度({NUM})%；至年底实际支出({NUM})万元')
    sep, prog, spent = m.groups()
    rate_check(r, 'spending progress at 30 Sept', prog, num(sep), num(bud))
    same(r, 'spent text/table', spent, F('实际支出', 0))
    same(r, 'county spent text/table', M(rf'县级配套资金支出({NUM})万元').group(1), F('实际支出', 3))
    m = M(rf'未支出部分为({NUM})亩新建桑园未通过验收而未拨付的补助（每亩({NUM})(万元|元)）')
    fail_area, per_mu, per_mu_u = m.groups()
    prod_check(r, 'county balance = failed area x rate', (F('结余资金', 3), '万元'), fail_area, (per_mu, per_mu_u),
               'balance_mismatch')
    # --- prose outputs / benefits
    m = M(rf'收购合格鲜茧({NUM})吨，按每公斤({NUM})元标准兑付收购补贴({NUM})万元')
    cocoon, per_kg, p1 = m.groups()
    prod_check(r, 'purchase subsidy', (p1, '万元'), str(num(cocoon) * 1000), (per_kg, '元'))
    m = M(rf'新建高效桑园通过验收({NUM})亩，每亩补助({NUM})元，兑付({NUM})万元，另有({NUM})亩')
    acc, per2, p2, fail2 = m.groups()
    prod_check(r, 'new mulberry subsidy', (p2, '万元'), acc, (per2, '元'))
    same(r, 'failed area', fail2, fail_area)
    same(r, 'per-mu rate', per2, per_mu)
    m = M(rf'扶持小蚕共育点({NUM})个，平均每点补助({NUM})万元，计({NUM})万元')
    npts, avgp, p3 = m.groups()
    r.add('average_mismatch', close(avgp, num(p3) / num(npts)), 'average per point')
    p4 = M(rf'技术培训及蚕茧质量检测支出({NUM})万元').group(1)
    sum_check(r, 'spending by use', (spent, '万元'), [(p1, '万元'), (p2, '万元'), (p3, '万元'), (p4, '万元')])
    m = M(rf'分别为每公斤({NUM})元和({NUM})元，两季平均({NUM})元；其中春茧均价比2018年同期的({NUM})元提高({NUM})元')
    spr, aut, avg, spr0, d = m.groups()
    avg_check(r, 'two-season average price', avg, [spr, aut])
    diff_check(r, 'spring price increase', spr, spr0, d)
    m = M(rf'全年收购量比2018年的({NUM})吨增加({NUM})吨，增长({NUM})%')
    c0, inc, g = m.groups()
    diff_check(r, 'purchase increase', cocoon, c0, inc)
    rate_check(r, 'purchase growth', g, num(inc), num(c0))
    m = M(rf'蚕农售茧收入({NUM})万元，带动({NUM})户蚕农')
    income, hh = m.groups()
    sat = M(rf'蚕农满意度为({NUM})%').group(1)
    r.add('implausible_rate', num(sat) <= 100, 'satisfaction <= 100%')
    cyc = M(rf'兑付周期平均({NUM})天').group(1)
    tgt_new = M(rf'新建高效桑园({NUM})亩，扶持').group(1)
    # --- prose scores
    m = M(rf'项目自评总得分({NUM})分，等级为(\w\w)。其中预算执行得分({NUM})分，产出指标得分({NUM})分，效益指标和满意度指标均得满分')
    tot_p, grade, s_exec, s_out = m.groups()
    grade_check(r, 'grade in text', grade, tot_p)
    # --- indicator table
    ind, l1 = [], None
    for c in irows:
        if c[0] == '合计':
            total_t, wtot = c[7], c[6]
            continue
        l1 = c[0] or l1
        if l1 == '预算执行':
            ind.append(dict(kind='exec', l1=l1, name=c[2], weight=c[6], score=c[7], rate=c[4].rstrip('%'),
                            spent=F('实际支出', 0), budget=F('预算资金', 0)))
            r.add('completion_mismatch', close(c[5].rstrip('%'), completion(c[3], c[4])), 'execution completion')
            same(r, 'execution rate funds/indicator table', c[4].rstrip('%'), F('执行率(%)', 0))
        else:
            ind.append(dict(l1=l1, name=c[2], target=c[3], actual=c[4], completion=c[5], weight=c[6], score=c[7]))
    r.add('weight_sum_mismatch', num(wtot) == sum(num(x['weight']) for x in ind), 'stated weight total')
    rows_checks(r, ind, [total_t, tot_p], level_scores={'产出指标': s_out})
    for lv in ('效益指标', '满意度指标'):
        sc = sum(num(x['score']) for x in ind if x['l1'] == lv)
        wt = sum(num(x['weight']) for x in ind if x['l1'] == lv)
        r.add('score_sum_mismatch', sc == wt, f'{lv} full marks as stated')
    same(r, 'total text/table', tot_p, total_t)
    by = {x['name']: x for x in ind}
    same(r, 'exec score text/table', s_exec, by['预算执行率']['score'])
    av = lambda n: parse_val(by[n]['actual'])[1]
    for name, val in (('鲜茧收购量', cocoon), ('新建高效桑园面积', acc), ('小蚕共育点数量', npts), ('蚕农售茧收入', income),
                      ('带动蚕农户数', hh), ('蚕农满意度', sat), ('收购补贴兑付周期', cyc)):
        same(r, f'{name} text/table', val, av(name))
    same(r, 'new-mulberry target text/table', tgt_new, parse_val(by['新建高效桑园面积']['target'])[1])
    r.add('sum_mismatch', num(tgt_new) == num(acc) + num(fail_area), 'target area = accepted + failed')
    goal_checks(r, t, rf'收购合格鲜茧({NUM})吨以上，新建高效桑园({NUM})亩，扶持小蚕共育点({NUM})个以上；补贴资金在收购后({NUM})天内兑付到户；'
                      rf'蚕农售茧收入({NUM})万元以上，带动蚕农({NUM})户以上，蚕农满意度({NUM})%以上',
                ['鲜茧收购量', '新建高效桑园面积', '小蚕共育点数量', '收购补贴兑付周期', '蚕农售茧收入', '带动蚕农户数', '蚕农满意度'], by)
    goal_checks(r, t, rf'均在({NUM})天以内', ['收购补贴兑付周期'], by)
    same(r, 'failed area in problems', M(rf'一是({NUM})亩新建桑园桑苗成活率不达标').group(1), fail_area)
    return r


# ================================================================ D: Chongqing Qianjiang 2023 (department-wide)
def check_D(t):
    r, Y = Res(), 2023
    M = lambda p: one(t, p)
    r.add('year_mismatch', int(M(r'\n(\d{4})年度部门整体支出绩效自评报告').group(1)) == Y, 'title year')
    r.add('year_mismatch', int(M(r'推广站\n(\d{4})年3月12日').group(1)) in (Y, Y + 1), 'report date')
    r.add('year_mismatch', int(M(r'\n(\d{4})年年初预算').group(1)) == Y, 'budget year')
    year_checks(r, Y, t)
    m = M(rf'年初预算({NUM})万元，上年结转({CNUM})万元，年中追加蚕桑产业发展项目资金({NUM})万元，全年预算({NUM})万元')
    init, co, add, annual = m.groups()
    sum_check(r, 'annual = initial + carry-over + addition', (annual, '万元'), [(init, '万元'), (co, '万元'), (add, '万元')])
    m = M(rf'与2022年全年预算({NUM})万元相比，增加({NUM})万元')
    diff_check(r, 'increase on 2022', annual, m.group(1), m.group(2))
    m = M(rf'全年支出({NUM})万元，预算执行率({NUM})%。按支出性质分，基本支出({NUM})(万元|元)，项目支出({NUM})万元；'
          rf'基本支出中人员经费({NUM})万元、公用经费({NUM})万元；项目支出中对个人和家庭的补助({NUM})万元，商品和服务支出({NUM})万元')
    spent, rate, basic, basic_u, proj, staff, office, grants, goods = m.groups()
    rate_check(r, 'department execution rate', rate, num(spent), num(annual))
    sum_check(r, 'spent = basic + project', (spent, '万元'), [(basic, basic_u), (proj, '万元')])
    sum_check(r, 'basic = staff + office', (basic, basic_u), [(staff, '万元'), (office, '万元')])
    sum_check(r, 'project = grants + goods', (proj, '万元'), [(grants, '万元'), (goods, '万元')])
    m = M(rf'年末结转({NUM})万元，主要是小蚕共育补助项目({NUM})万元')
    bal, bal_cy = m.groups()
    balance_check(r, 'carry-over = annual - spent', bal, num(annual), num(spent))
    # --- project table
    lines = [ln for ln in t.split('\n') if ' | ' in ln]
    rows = cells_rows(lines, r'\s*\|\s*')
    hp = [i for i, c in enumerate(rows) if c[0] == '项目名称'][0]
    hi = [i for i, c in enumerate(rows) if c[0] == '一级指标'][0]
    prows = rows[hp + 1:hi]
    projects = [c for c in prows if c[0] != '合计']
    ptot = [c for c in prows if c[0] == '合计'][0]
    for k in (1, 2):
        sum_check(r, f'projects column {k}', (ptot[k], '万元'), [(c[k], '万元') for c in projects])
    for c in projects + [ptot]:
        rate_check(r, f'{c[0]} execution rate', c[3].rstrip('%'), num(c[2]), num(c[1]))
    for c in projects:
        score_max_check(r, f'{c[0]} score out of 100', c[4], '100')
        grade_check(r, f'{c[0]} grade', c[5], c[4])
    pm = M(rf'共实施4个项目，全年预算({NUM})万元，执行({NUM})万元')
    same(r, 'project budget text/table', pm.group(1), ptot[1]); same(r, 'project spent text/table', pm.group(2), ptot[2])
    same(r, 'project spending text/table', proj, ptot[2])
    pb = {c[0]: c for c in projects}
    balance_check(r, 'co-rearing project carry-over', bal_cy, num(pb['小蚕共育补助'][1]), num(pb['小蚕共育补助'][2]))
    balance_check(r, 'carry-over = project budgets - project spending', bal, num(ptot[1]), num(ptot[2]))
    m = M(rf'按每张({NUM})元标准兑付共育补助({NUM})万元，其余({NUM})万元')
    per, paid, rest = m.groups()
    sum_check(r, 'co-rearing project spending', (pb['小蚕共育补助'][2], '万元'), [(paid, '万元'), (rest, '万元')])
    # --- indicator table
    ind = []
    for c in rows[hi + 1:]:
        if c[0] == '合计':
            total_t, wtot = c[6], c[5]
            continue
        if c[0] == '预算执行':
            ind.append(dict(kind='exec', l1=c[0], name=c[2], weight=c[5], score=c[6], rate=c[4].rstrip('%'),
                            spent=spent, budget=annual))
            same(r, 'rate text/table', rate, c[4].rstrip('%'))
        else:
            ind.append(dict(l1=c[0], name=c[2], target=c[3], actual=c[4], weight=c[5], score=c[6]))
    r.add('weight_sum_mismatch', num(wtot) == sum(num(x['weight']) for x in ind), 'stated weight total')
    m = M(rf'自评得分({NUM})分，等级为(\w)。其中预算执行得分({NUM})分，产出指标得分({NUM})分，效益指标得分({NUM})分，满意度指标得分({NUM})分')
    tot_p, grade, s_exec, s_out, s_ben, s_sat = m.groups()
    grade_check(r, 'grade in text', grade, tot_p)
    r.add('score_sum_mismatch', close(tot_p, sum(num(x) for x in (s_exec, s_out, s_ben, s_sat))), 'level scores in text')
    rows_checks(r, ind, [total_t, tot_p], level_scores={'产出指标': s_out, '效益指标': s_ben, '满意度指标': s_sat})
    same(r, 'total text/table', tot_p, total_t)
    by = {x['name']: x for x in ind}
    same(r, 'exec score text/table', s_exec, by['部门预算执行率']['score'])
    av = lambda n: parse_val(by[n]['actual'])[1]
    boxes = M(rf'全年共育小蚕({NUM})万张，低于({NUM})万张的目标').group(1)
    same(r, 'boxes text/table', boxes, av('小蚕共育张数'))
    prod_check(r, 'co-rearing subsidy = boxes x rate', (paid, '万元'), str(num(boxes) * 10000), (per, '元'))
    same(r, 'per-box rate text/table', per, av('小蚕共育每张补助标准'))
    same(r, 'seedlings text/table', M(rf'出圃优质嫁接桑苗({NUM})万株').group(1), av('桑苗出圃量'))
    m = M(rf'全区蚕农售茧收入({NUM})亿元，户均约({NUM})万元')
    same(r, 'income text/table', m.group(1), av('蚕农售茧收入'))
    r.add('average_mismatch', close(m.group(2), num(m.group(1)) * 10000 / num(av('带动蚕农户数'))), 'income per household')
    same(r, 'cocoon output text/table', M(rf'全区蚕茧产量({NUM})吨，比上年').group(1), av('全区蚕茧产量'))
    goal_checks(r, t, rf'计划繁育出圃优质桑苗({NUM})万株以上，完成小蚕共育({NUM})万张以上，对全区收购站点开展鲜茧质量抽检({NUM})批次以上，'
                      rf'推动全区蚕茧产量稳定在({NUM})吨以上，带动({NUM})户以上',
                ['桑苗出圃量', '小蚕共育张数', '蚕茧收购质量抽检批次', '全区蚕茧产量', '带动蚕农户数'], by)
    goal_checks(r, t, rf'低于({NUM})万张的目标', ['小蚕共育张数'], by)
    return r


# ================================================================ E: Jiangsu Dongtai 2018 (space-aligned table)
def check_E(t):
    r, Y = Res(), 2018
    M = lambda p: one(t, p)
    r.add('year_mismatch', int(M(r'\n(\d{4})年度省级蚕桑产业提质增效项目绩效自评报告').group(1)) == Y, 'title year')
    r.add('year_mismatch', int(M(r'指导站\n(\d{4})年4月10日').group(1)) in (Y, Y + 1), 'report date')
    r.add('year_mismatch', int(M(r'其中(\d{4})年省级蚕桑产业发展专项资金').group(1)) == Y, 'budget year')
    year_checks(r, Y, t)
    m = M(rf'项目资金({NUM})万元，其中\d{{4}}年省级蚕桑产业发展专项资金({NUM})万元、市级配套资金({CNUM})万元，上年结转资金({NUM})万元')
    bud, prov, city, co = m.groups()
    sum_check(r, 'budget = provincial + city + carry-over', (bud, '万元'), [(prov, '万元'), (city, '万元'), (co, '万元')])
    m = M(rf'全年实际支出({NUM})万元，执行率({NUM})%')
    spent, rate = m.groups()
    rate_check(r, 'execution rate (text)', rate, num(spent), num(bud))
    m = M(rf'完成桑园提质改造({NUM})亩（富安、安丰、三仓三个镇分别为({NUM})亩、({NUM})亩和({NUM})亩），按每亩({NUM})(万元|元)补助({NUM})万元')
    area, a1, a2, a3, per1, per1_u, pay1 = m.groups()
    r.add('sum_mismatch', num(area) == num(a1) + num(a2) + num(a3), 'area by town')
    prod_check(r, 'upgrading subsidy', (pay1, '万元'), area, (per1, per1_u))
    m = M(rf'补助小蚕共育({NUM})万张，每张({NUM})元，计({NUM})万元')
    boxes, per2, pay2 = m.groups()
    prod_check(r, 'co-rearing subsidy', (pay2, '万元'), str(num(boxes) * 10000), (per2, '元'))
    m = M(rf'对优质鲜茧按每公斤({NUM})元奖补，共奖补鲜茧({NUM})吨、({NUM})万元')
    per3, tons, pay3 = m.groups()
    prod_check(r, 'quality-cocoon award', (pay3, '万元'), str(num(tons) * 1000), (per3, '元'))
    pay4 = M(rf'技术培训、绿色防控物资等支出({NUM})万元').group(1)
    sum_check(r, 'spending by use', (spent, '万元'), [(pay1, '万元'), (pay2, '万元'), (pay3, '万元'), (pay4, '万元')])
    bal = M(rf'项目结余({NUM})万元').group(1)
    balance_check(r, 'balance = budget - spent', bal, num(bud), num(spent))
    surv = M(rf'共育小蚕成活率({NUM})%，鲜茧上车茧率({NUM})%').groups()
    ipm = M(rf'桑园绿色防控覆盖率({NUM})%，减少').group(1)
    m = M(rf'带动蚕桑户({NUM})户，比目标少({NUM})户')
    hh, short = m.groups()
    # --- table
    rows = cells_rows([ln for ln in t.split('\n') if '  ' in ln], r' {2,}')
    fund = {c[0]: c for c in rows if c[0] in ('年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金')}
    tot = fund['年度资金总额']
    for k in (1, 2, 3):
        sum_check(r, f'funds column {k}', (tot[k], '万元'),
                  [(fund[n][k], '万元') for n in ('其中：当年财政拨款', '上年结转资金', '其他资金')])
    r.add('rate_mismatch', num(tot[1]) == num(tot[2]), '年中未调整预算 => initial = annual')
    same(r, 'budget text/table', bud, tot[2]); same(r, 'spent text/table', spent, tot[3])
    same(r, 'rate text/table', rate, tot[5].rstrip('%'))
    same(r, 'carry-over text/table', co, fund['上年结转资金'][2])
    sum_check(r, 'appropriation = provincial + city', (fund['其中：当年财政拨款'][2], '万元'), [(prov, '万元'), (city, '万元')])
    ind = [dict(kind='exec', l1='预算执行', name='预算执行率', weight=tot[4], score=tot[6], rate=tot[5].rstrip('%'),
                spent=tot[3], budget=tot[2])]
    for c in rows:
        if c[0] in LEVEL1 and len(c) >= 7:
            ind.append(dict(l1=c[0], name=c[2], target=c[3], actual=c[4], weight=c[5], score=c[6]))
    total_t = [c for c in rows if c[0] == '总分'][0][2]
    m = M(rf'自评得分({NUM})分，等级为(\w\w)。其中预算执行得分({NUM})分，产出指标得分({NUM})分，效益指标得分({NUM})分，满意度指标得分({NUM})分')
    tot_p, grade, s_exec, s_out, s_ben, s_sat = m.groups()
    grade_check(r, 'grade in text', grade, tot_p)
    r.add('score_sum_mismatch', close(tot_p, sum(num(x) for x in (s_exec, s_out, s_ben, s_sat))), 'level scores in text')
    rows_checks(r, ind, [total_t, tot_p], level_scores={'产出指标': s_out, '效益指标': s_ben, '满意度指标': s_sat})
    same(r, 'total text/table', tot_p, total_t)
    same(r, 'exec score text/table', s_exec, tot[6])
    by = {x['name']: x for x in ind}
    av = lambda n: parse_val(by[n]['actual'])[1]
    for name, val in (('桑园提质改造面积', area), ('小蚕共育张数', boxes), ('优质鲜茧奖补数量', tons), ('共育小蚕成活率', surv[0]),
                      ('鲜茧上车茧率', surv[1]), ('带动蚕桑户数', hh), ('桑园绿色防控覆盖率', ipm), ('小蚕共育每张补助', per2)):
        same(r, f'{name} text/table', val, av(name))
    diff_check(r, 'households short of target', parse_val(by['带动蚕桑户数']['target'])[1], hh, short)
    goal_checks(r, t, rf'完成桑园提质改造({NUM})亩以上，小蚕共育({NUM})万张以上，奖补优质鲜茧({NUM})吨以上；共育小蚕成活率达到({NUM})%以上；'
                      rf'张种产茧量达到({NUM})公斤以上，带动蚕桑户({NUM})户以上，蚕农满意度达到({NUM})%以上',
                ['桑园提质改造面积', '小蚕共育张数', '优质鲜茧奖补数量', '共育小蚕成活率', '张种产茧量', '带动蚕桑户数', '蚕农满意度'], by)
    r.add('weight_sum_mismatch', num([c for c in rows if c[0] == '总分'][0][1]) == 100, 'stated weight total 100')
    m = M(rf'(\d{{4}})年度本项目自评得分({NUM})分（满分({NUM})分）')
    r.add('year_mismatch', int(m.group(1)) == Y - 1, "last year's score is for the previous year")
    score_max_check(r, "last year's total", m.group(2), m.group(3))
    return r


# ================================================================ driver
CHECKERS = {
    'gx-yizhou-sangyuan-2020': check_A,
    'sc-yanting-xiaocangongyu-2022': check_B,
    'sn-shiquan-canjian-2019': check_C,
    'cq-qianjiang-cansangzhan-2023': check_D,
    'js-dongtai-sangyuantizhi-2018': check_E,
}


def diff_region(a, b):
    """[start, end) in b of the single contiguous region where b differs from a."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s, a[p:len(a) - s], b[p:len(b) - s]


def run(text):
    t = text.translate(FW)
    assert len(t) == len(text)
    return t


def main():
    problems = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if ln.strip()]
    files = sorted(os.listdir(CASES))
    if sorted(l['case'] for l in labels) != files:
        problems.append('labels.jsonl and cases/ list different files')
    code_count = Counter()
    where = Counter()
    for lab in labels:
        name = lab['case']
        text = open(os.path.join(CASES, name), encoding='utf-8').read()
        src = lab['source']
        clean = open(os.path.join(CASES, f'{src}-clean.txt'), encoding='utf-8').read()
        n = len(text)
        if not (2700 <= n <= 3500):
            problems.append(f'{name}: length {n}')
        try:
            res = CHECKERS[src](run(text))
        except Exception as ex:      # a pattern no longer matches: the check itself is broken
            problems.append(f'{name}: extraction failed: {ex!r}')
            continue
        fails = res.fails('error')
        failed_codes = {c for c, _ in fails}
        if lab['clean']:
            if lab['expected']:
                problems.append(f'{name}: clean case with expected findings')
            if text != clean:
                problems.append(f'{name}: clean case differs from draft')
            if fails:
                problems.append(f'{name}: clean draft fails {fails}')
            warns = res.fails('warning')
            if warns:
                problems.append(f'{name}: clean draft fails warning-level rule checks {warns}')
            print(f'{name:45s} clean  checks={len(res.items):3d} ok')
            continue
        exp = lab['expected']
        if len(exp) != 1:
            problems.append(f'{name}: expected exactly one label')
            continue
        e = exp[0]
        code_count[e['code']] += 1
        if e['code'] not in CODES or e['severity'] != 'error':
            problems.append(f'{name}: bad code/severity {e}')
        v = e['value']
        occ = [m.start() for m in re.finditer(re.escape(v), text)]
        if not occ:
            problems.append(f'{name}: value not found: {v!r}')
        s, en, old, new = diff_region(clean, text)
        if s == en and old == '':
            problems.append(f'{name}: identical to clean draft')
        if not any(o < max(en, s + 1) and s < o + len(v) for o in occ):
            problems.append(f'{name}: diff region [{s},{en}) {new!r} does not overlap value {v!r}')
        if e['code'] not in failed_codes:
            problems.append(f'{name}: labelled {e["code"]} does not fail; failures: {fails}')
        other = failed_codes - {e['code']}
        if other:
            problems.append(f'{name}: other error codes fail: {[f for f in fails if f[0] in other]}')
        print(f'{name:45s} {e["code"]:22s} {old!r:>14} -> {new!r:<16} failing checks={len(fails)}')
    for c in CODES:
        if code_count[c] < 2:
            problems.append(f'code {c} used {code_count[c]} times (< 2)')
    print('codes:', dict(code_count))
    if problems:
        print('\n'.join('PROBLEM: ' + p for p in problems))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
