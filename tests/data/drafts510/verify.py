#!/usr/bin/env python3
"""Independent arithmetic check of the drafts510 set (standard library + decimal only).

For every case the figures are read back from the text (regexes and table parsing written per
project), every identity of rules.md §7 that the draft offers is recomputed with the §8 tolerance,
and the failing identities are mapped to errors.md codes.  Requirements:
  * every clean draft fails no check (and raises no warning);
  * every error case fails its labelled code and no other error code;
  * labels: 35 lines, value occurs exactly once in its case, the case differs from its clean draft
    by one contiguous edit of at most 40 characters that overlaps the value, each §A code >= 2x.
Prints OK on success, otherwise the problems, and exits 1.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
CODES_A = ['rate_mismatch', 'balance_mismatch', 'sum_mismatch', 'score_sum_mismatch', 'score_exceeds_weight',
           'weight_sum_mismatch', 'grade_mismatch', 'average_mismatch', 'conflicting_values', 'implausible_rate',
           'unit_mismatch', 'year_mismatch', 'completion_mismatch']
NUM = r'[0-9][0-9,]*(?:\.[0-9]+)?'
RESCALE = [D('1e-4'), D('1e4'), D('1e-8'), D('1e8')]


class ParseError(Exception):
    pass


# ------------------------------------------------------------------ numbers and tolerance
def dec(s):
    return D(str(s).replace(',', ''))


def ndec(s):
    s = str(s).replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


def tol(s):
    return D('0.5') * D(10) ** -ndec(s) + D('1e-9')


def close(stated, computed):
    """rules §8: stated value v (as written) is consistent with computed c iff |c - v| <= 0.5*10^-d."""
    return abs(D(computed) - dec(stated)) <= tol(stated)


def q2(x):
    return D(x).quantize(D('0.01'), rounding=ROUND_HALF_UP)


UNIT_RE = re.compile(r'^(≥|≤|>=|<=|＞＝|＜＝|＞|＜)?\s*(?:(\d{4})年(\d{1,2})月(\d{1,2})日|(' + NUM + r')(.*))$')


class Q:
    """A table or prose quantity: direction sign, number (string as written), unit."""

    def __init__(self, raw):
        self.raw = raw.strip()
        m = UNIT_RE.match(self.raw)
        if not m:
            raise ParseError('cannot read quantity %r' % raw)
        sign = m.group(1) or ''
        self.dir = 'gte' if sign in ('≥', '>=', '＞＝', '＞') else 'lte' if sign in ('≤', '<=', '＜＝', '＜') else 'eq'
        if m.group(2):
            self.unit = 'date'
            self.num = '%04d%02d%02d' % (int(m.group(2)), int(m.group(3)), int(m.group(4)))
        else:
            self.num = m.group(5)
            self.unit = m.group(6).strip()

    @property
    def v(self):
        return dec(self.num)


# ------------------------------------------------------------------ the checker
class Run:
    def __init__(self, text):
        self.t = text
        self.errors = []     # (code, message)
        self.warnings = []   # (code, message)

    # -- reading
    def one(self, pat, grp=1):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseError('pattern %r matched %d times' % (pat, len(ms)))
        return ms[0].group(grp) if isinstance(grp, int) else ms[0].groups()

    def block(self, start_pat, stop=None):
        """Lines of a space-aligned table: from the header line to the first blank/footer line."""
        lines = self.t.split('\n')
        idx = [i for i, l in enumerate(lines) if re.search(start_pat, l)]
        if len(idx) != 1:
            raise ParseError('table header %r found %d times' % (start_pat, len(idx)))
        out = []
        for l in lines[idx[0] + 1:]:
            if not l.strip() or re.match(r'^(第 \d+ 页|- \d+ -)', l.strip()):
                break
            out.append(l)
        return out

    @staticmethod
    def cells(line):
        return re.split(r'\s{2,}', line.strip())

    def row_by_first(self, lines, label):
        rows = [self.cells(l) for l in lines]
        hit = [r for r in rows if re.sub(r'^其中：', '', r[0]) == label]
        if len(hit) != 1:
            raise ParseError('row %r found %d times' % (label, len(hit)))
        return hit[0][1:]

    def row_by_name(self, lines, name):
        hit = []
        for l in lines:
            c = self.cells(l)
            if name in c:
                k = len(c) - 1 - c[::-1].index(name)
                hit.append(c[k + 1:])
        if len(hit) != 1:
            raise ParseError('indicator %r found %d times' % (name, len(hit)))
        return hit[0]

    # -- reporting
    def err(self, code, msg):
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    # -- identities
    def _rescaled(self, values, test):
        for i in range(len(values)):
            for f in RESCALE:
                vv = list(values)
                vv[i] = vv[i] * f
                if test(vv):
                    return True
        return False

    def sum_(self, total, parts, what, code='sum_mismatch'):
        """I4: total = sum(parts); a mismatch repaired by rescaling one amount by 10^4/10^8 is unit_mismatch."""
        vals = [dec(total)] + [dec(p) for p in parts]
        if close(total, sum(vals[1:])):
            return
        if self._rescaled(vals, lambda vv: abs(vv[0] - sum(vv[1:])) <= tol(total)):
            self.err('unit_mismatch', '%s: %s vs parts %s (one amount off by a power of ten)' % (what, total, parts))
        else:
            self.err(code, '%s: stated %s, parts %s sum to %s' % (what, total, parts, sum(vals[1:])))

    def diff(self, stated, a, b, what, code):
        """stated = a - b (I3 balance or a gap)."""
        if not close(stated, dec(a) - dec(b)):
            self.err(code, '%s: stated %s, %s - %s = %s' % (what, stated, a, b, dec(a) - dec(b)))

    def rate(self, stated, num, den, what, bounded=True):
        """I1/I2: stated rate = num/den*100; zero base; >100% (I5)."""
        if stated in ('—', '-'):
            if dec(den) != 0:
                raise ParseError('%s: rate missing on a non-zero base' % what)
            return
        s = stated.rstrip('%')
        if dec(den) == 0:
            if dec(s) != 0:
                self.err('implausible_rate', '%s: rate %s on a zero base' % (what, stated))
            return
        c = dec(num) / dec(den) * 100
        if not close(s, c):
            vals = [dec(num), dec(den)]
            if self._rescaled(vals, lambda vv: close(s, vv[0] / vv[1] * 100)):
                self.err('unit_mismatch', '%s: rate %s from %s/%s (amount off by a power of ten)' % (what, stated, num, den))
            else:
                self.err('rate_mismatch', '%s: stated %s, computed %s%%' % (what, stated, q2(c)))
            return
        if bounded and dec(s) > 100:
            self.err('implausible_rate', '%s: rate %s above 100%%' % (what, stated))

    def same(self, a, b, what, factor=D(1)):
        """I11: the same quantity stated twice (b*factor converts b into a's unit)."""
        qa, qb = Q(a), Q(b)
        if qa.unit != qb.unit and factor == 1:
            return  # different units: the row's unit check reports it
        va, vb = qa.v, qb.v * factor
        if abs(va - vb) <= max(tol(qa.num), tol(qb.num) * factor):
            return
        if self._rescaled([va, vb], lambda vv: abs(vv[0] - vv[1]) <= max(tol(qa.num), tol(qb.num) * factor)):
            self.err('unit_mismatch', '%s: %s vs %s (off by a power of ten)' % (what, a, b))
        else:
            self.err('conflicting_values', '%s: %s vs %s' % (what, a, b))

    def convert(self, a, b, factor, what, approx=False):
        """the same area written two ways: a = b*factor (亩 = 公顷*15, 亩 = 万亩*10000)."""
        t = tol(a) if not approx else D('0.5') * D(10) ** -ndec(a)
        if abs(dec(a) - dec(b) * factor) > t + D('1e-9'):
            self.err('conflicting_values', '%s: %s vs %s x %s' % (what, a, b, factor))

    def ratio(self, stated, num, den, what, code='average_mismatch'):
        if not close(stated, dec(num) / dec(den)):
            self.err(code, '%s: stated %s, computed %s' % (what, stated, q2(dec(num) / dec(den))))

    def average(self, items, stated, what):
        m = sum(dec(i) for i in items) / len(items)
        if not close(stated, m):
            self.err('average_mismatch', '%s: stated %s, mean of %s = %s' % (what, stated, items, q2(m)))

    def year(self, cond, what):
        if not cond:
            self.err('year_mismatch', what)

    # -- indicator table
    def indicator(self, name, target, actual, comp, weight, score):
        t, a = Q(target), Q(actual)
        if dec(score) > dec(weight) or dec(score) < 0:
            self.err('score_exceeds_weight', '%s: score %s, weight %s' % (name, score, weight))
        if t.unit != a.unit:
            self.err('unit_mismatch', '%s: target %s, actual %s' % (name, target, actual))
            return
        if a.unit == '%' and (name.endswith('率') or '满意度' in name) and a.v > 100:
            self.err('implausible_rate', '%s: %s above 100%%' % (name, actual))
        if t.unit == 'date':
            c = D(100) if (a.v <= t.v if t.dir == 'lte' else a.v >= t.v) else None
            if c is None:
                raise ParseError('%s: date missed, no completion rule' % name)
        elif t.dir == 'lte':
            c = D(100) if a.v <= t.v else t.v / a.v * 100
        else:
            c = a.v / t.v * 100
        if not close(comp.rstrip('%'), c):
            self.err('completion_mismatch', '%s: stated %s, computed %s%%' % (name, comp, q2(c)))
        # §5 scoring (warning only: local rules differ); stated or computed completion accepted
        cands = [c, dec(comp.rstrip('%'))]
        if not any(close(score, dec(weight) * min(x, D(100)) / 100) for x in cands):
            self.warn('score_rule_mismatch', '%s: score %s, weight %s, completion %s' % (name, score, weight, comp))

    def exec_score(self, score, weight, rate_str, num, den, what):
        cands = [dec(num) / dec(den) * 100, dec(rate_str.rstrip('%'))]
        if not any(close(score, dec(weight) * min(x, D(100)) / 100) for x in cands):
            self.warn('score_rule_mismatch', '%s: score %s, weight %s, rate %s' % (what, score, weight, rate_str))

    def totals(self, weights, scores, total_w, total_s_list, what):
        sw = sum(dec(x) for x in weights)
        if sw != 100 or not close(total_w, sw):
            self.err('weight_sum_mismatch', '%s: weights sum to %s (stated %s)' % (what, sw, total_w))
        ss = sum(dec(x) for x in scores)
        for ts in total_s_list:
            if not close(ts, ss):
                self.err('score_sum_mismatch', '%s: scores sum to %s, stated %s' % (what, ss, ts))

    def grade(self, total, label, what):
        s = dec(total)
        band = '优' if s >= 90 else '良' if s >= 80 else '中' if s >= 60 else '差'
        norm = {'优': '优', '优秀': '优', '良': '良', '良好': '良', '中': '中', '中等': '中', '一般': '中', '合格': '中',
                '差': '差', '较差': '差', '不合格': '差'}[label]
        if norm != band:
            self.err('grade_mismatch', '%s: total %s is %s, stated %s' % (what, total, band, label))


def rows_of(r, lines, names):
    out = {}
    for n in names:
        c = r.row_by_name(lines, n)
        if len(c) < 5:
            raise ParseError('indicator %r: too few cells %r' % (n, c))
        out[n] = c[:5]
    return out


# ================================================================== project A: 孟村 2019 (Hebei)
def check_mengcun(r):
    E = 2019
    title = r.one(r'^ \[bookmark: _Toc\d+\]孟村回族自治县农业农村局\n(\d{4})年度')
    r.year(int(title) == E, 'title year %s' % title)
    init, add, annual, yi = r.one(r'年初预算(' + NUM + r')万元，年中省级追加(' + NUM + r')万元，全年预算(' + NUM + r')万元（(' + NUM + r')亿元）', None)
    c_amt, adv_y = r.one(r'农田建设补助资金(' + NUM + r')万元已于(\d{4})年12月提前下达', None)
    p_amt, p_y = r.one(r'省级资金(' + NUM + r')万元分两批于(\d{4})年4月、8月下达', None)
    x_amt, x_y = r.one(r'县级配套资金(' + NUM + r')万元于(\d{4})年5月拨付', None)
    recv_rate = r.one(r'全年资金到位率(' + NUM + r'%)')
    p_exec, p_rate = r.one(r'全年执行(' + NUM + r')万元，执行率(' + NUM + r'%)', None)
    p_bal, carry_y = r.one(r'结余(' + NUM + r')万元为工程质保金及未结算尾款，按合同约定结转至(\d{4})年', None)
    struct = r.one(r'暗管排盐工程(' + NUM + r')万元、土壤调理剂及有机肥(' + NUM + r')万元、灌排渠系配套(' + NUM + r')万元、田间道路(' + NUM + r')万元，合计(' + NUM + r')万元', None)
    r.year(int(adv_y) == E - 1, 'advance issued %s' % adv_y)
    r.year(int(p_y) == E and int(x_y) == E, 'issue years %s %s' % (p_y, x_y))
    r.year(int(carry_y) > E, 'carry-over to %s in a %s report' % (carry_y, E))
    r.sum_(annual, [init, add], '年初+追加=全年')
    r.same(annual, yi, '全年预算 万元 vs 亿元', factor=D(10000))
    r.sum_(annual, [c_amt, p_amt, x_amt], '中央+省级+县级=全年')
    fl = r.block(r'资金来源\s+年初预算数')
    rows = {k: r.row_by_first(fl, k) for k in ['中央资金', '省级资金', '县级资金', '其他资金', '合计']}
    for i, col in enumerate(['年初', '全年', '到位', '执行', None, '结余']):
        if col:
            r.sum_(rows['合计'][i], [rows[k][i] for k in ['中央资金', '省级资金', '县级资金', '其他资金']], '资金表 %s 列' % col)
    for k, v in rows.items():
        r.rate(v[4], v[3], v[1], '资金表 %s 执行率' % k)
        r.diff(v[5], v[2], v[3], '资金表 %s 结余' % k, 'balance_mismatch')
    r.diff(add, rows['省级资金'][1], rows['省级资金'][0], '省级追加', 'sum_mismatch')
    r.same(c_amt, rows['中央资金'][1], '中央资金')
    r.same(p_amt, rows['省级资金'][1], '省级资金')
    r.same(x_amt, rows['县级资金'][1], '县级资金')
    r.same(init, rows['合计'][0], '年初预算')
    r.same(annual, rows['合计'][1], '全年预算')
    r.rate(recv_rate, rows['合计'][2], rows['合计'][1], '到位率')
    r.rate(p_rate, p_exec, annual, '执行率（正文）')
    r.same(p_exec, rows['合计'][3], '全年执行')
    r.same(p_rate, rows['合计'][4], '执行率')
    r.diff(p_bal, rows['合计'][2], p_exec, '结余（正文）', 'balance_mismatch')
    r.same(p_bal, rows['合计'][5], '结余')
    r.sum_(struct[4], list(struct[:4]), '支出结构')
    r.same(struct[4], p_exec, '支出结构合计 vs 全年执行')
    # goals and outputs in prose
    plan_mu, plan_ha = r.one(r'计划改良盐碱地(' + NUM + r')亩（(' + NUM + r')公顷）', None)
    r.convert(plan_mu, plan_ha, 15, '计划面积 亩/公顷')
    act_mu, act_ha, more = r.one(r'全年改良盐碱地(' + NUM + r')亩（(' + NUM + r')公顷），比年度目标多完成(' + NUM + r')亩', None)
    r.convert(act_mu, act_ha, 15, '完成面积 亩/公顷')
    canal, gap = r.one(r'配套灌排渠道(' + NUM + r')公里，尚有(' + NUM + r')公里渠段', None)
    pass_rate = r.one(r'工程验收合格率(' + NUM + r'%)；')
    done_date = r.one(r'其余工程于(\d{4}年\d{1,2}月\d{1,2}日)完工')
    unit_cost = r.one(r'亩均改良成本(' + NUM + r')元')
    salt = r.one(r'降至(' + NUM + r')‰，土壤pH值')
    yld = r.one(r'亩均增产(' + NUM + r')公斤，按当年')
    sat = r.one(r'受益群众满意度(' + NUM + r'%)，')
    county_rate = r.one(r'县级配套资金执行率(' + NUM + r'%)')
    r.same(county_rate, rows['县级资金'][4], '县级执行率')
    r.year(done_date.startswith(str(E)), 'completion date %s' % done_date)
    # indicator table: web-page copy, one cell a line
    tab = r.t[r.t.index('附件1.项目支出绩效自评表'):]
    blocks = [b for b in tab.split('\n\n')[1:]]
    trows = []
    for b in blocks:
        cs = [l[1:] if l.startswith('\t') else l.strip() for l in b.split('\n')]
        cs = [c for c in cs]
        trows.append(cs)
    head = trows[0]
    if head[2] != '三级指标' or head[6] != '分值':
        raise ParseError('A table header %r' % head)
    body = {row[2]: row for row in trows[1:] if row[0] != '总分'}
    tot = [row for row in trows[1:] if row[0] == '总分']
    if len(tot) != 1 or len(body) != 10:
        raise ParseError('A table rows')
    tot_w, tot_s = tot[0][6], tot[0][7]
    weights, scores = [], []
    for name, row in body.items():
        target, actual, comp, w, s = row[3:8]
        weights.append(w)
        scores.append(s)
        if name == '预算执行率':
            r.same(actual, p_rate, '自评表执行率 vs 正文')
            if not close(comp.rstrip('%'), Q(actual).v / Q(target).v * 100):
                r.err('completion_mismatch', '执行率行完成率 %s' % comp)
            r.exec_score(s, w, actual, p_exec, annual, '预算执行率')
            continue
        r.indicator(name, target, actual, comp, w, s)
    r.totals(weights, scores, tot_w, [tot_s], '自评表')
    g = r.one(r'本项目绩效自评等级为“(.{1,2})”')
    r.grade(tot_s, g, '自评等级')
    B = body
    r.same(act_mu + '亩', B['改良盐碱地面积'][4], '完成面积')
    r.diff(more, act_mu, Q(B['改良盐碱地面积'][3]).num, '多完成面积', 'sum_mismatch')
    r.same(canal + '公里', B['配套灌排渠道'][4], '渠道长度')
    r.diff(gap, Q(B['配套灌排渠道'][3]).num, canal, '未完工渠段', 'sum_mismatch')
    r.same(pass_rate, B['工程验收合格率'][4], '验收合格率')
    r.same(done_date, B['工程完工时间'][4], '完工日期')
    r.year(Q(B['工程完工时间'][3]).num.startswith(str(E)), 'time target year')
    r.same(unit_cost + '元', B['亩均改良成本'][4], '亩均成本')
    r.ratio(unit_cost, dec(p_exec) * 10000, Q(B['改良盐碱地面积'][4]).v if Q(B['改良盐碱地面积'][4]).unit == '亩' else dec(act_mu), '亩均成本 = 执行/面积')
    r.same(salt + '‰', B['耕层土壤含盐量'][4], '含盐量')
    r.same(yld + '公斤', B['改良区亩均增产'][4], '亩均增产')
    r.same(sat, B['受益群众满意度'][4], '满意度')
    goals = r.one(r'改良盐碱地不少于(' + NUM + r')亩，配套灌排渠道不少于(' + NUM + r')公里，工程验收合格率不低于(' + NUM + r'%)，改良区耕层土壤含盐量控制在(' + NUM +
                  r')‰以内，亩均增产(' + NUM + r')公斤以上，受益群众满意度不低于(' + NUM + r'%)', None)
    for g_, (n_, u_) in zip(goals, [('改良盐碱地面积', '亩'), ('配套灌排渠道', '公里'), ('工程验收合格率', ''), ('耕层土壤含盐量', '‰'),
                                   ('改良区亩均增产', '公斤'), ('受益群众满意度', '')]):
        r.same(g_ + u_, B[n_][3], '年度目标 vs 自评表指标值：%s' % n_)
    r.same(plan_mu + '亩', B['改良盐碱地面积'][3], '计划面积 vs 指标值')
    r.same(r.one(r'控制在(' + NUM + r')元以内') + '元', B['亩均改良成本'][3], '成本控制目标')


# ================================================================== project B: 五原 2021 (Inner Mongolia)
def check_wuyuan(r):
    E = 2021
    r.year(int(r.one(r'^五原县农业农村局\n(\d{4})年度')) == E, 'title year')
    init, c, a, x, carry_y, carry, annual = r.one(
        r'年初预算(' + NUM + r')万元，全部为当年财政拨款，中央、自治区、县级资金分别为(' + NUM + r')万元、(' + NUM + r')万元、(' + NUM +
        r')万元；(\d{4})年项目未支付的工程尾款(' + NUM + r')万元作为上年结转资金于年中纳入，全年预算(' + NUM + r')万元', None)
    r.year(int(carry_y) == E - 1, 'carry-in year %s' % carry_y)
    r.sum_(init, [c, a, x], '中央+自治区+县级=年初')
    r.sum_(annual, [init, carry], '年初+上年结转=全年')
    recv_rate = r.one(r'资金全部到位，到位率(' + NUM + r'%)')
    r.rate(recv_rate, annual, annual, '到位率（全部到位）')
    y31, p_exec, p_rate = r.one(r'截至(\d{4})年12月31日，全年执行(' + NUM + r')万元，执行率(' + NUM + r'%)', None)
    r.year(int(y31) == E, '截至 %s' % y31)
    r.rate(p_rate, p_exec, annual, '执行率（正文）')
    e_cur, e_carry = r.one(r'其中当年财政拨款执行(' + NUM + r')万元，上年结转资金执行(' + NUM + r')万元', None)
    r.sum_(p_exec, [e_cur, e_carry], '执行分项')
    unspent, fwd_y = r.one(r'年末未支出(' + NUM + r')万元，全部为工程质保金及未结算尾款，结转(\d{4})年继续使用', None)
    r.diff(unspent, annual, p_exec, '未支出', 'balance_mismatch')
    r.year(int(fwd_y) > E, 'carry-forward to %s' % fwd_y)
    r.year(int(r.one(r'附件：(\d{4})年度项目支出绩效自评表')) == E, 'table year')
    fl = r.block(r'项目资金（万元）\s+年初预算数')
    fr = {k: r.row_by_first(fl, k) for k in ['年度资金总额', '当年财政拨款', '上年结转资金', '其他资金']}
    for i, col in [(0, '年初'), (1, '全年'), (2, '执行')]:
        r.sum_(fr['年度资金总额'][i], [fr[k][i] for k in ['当年财政拨款', '上年结转资金', '其他资金']], '资金块 %s' % col)
    for k, v in fr.items():
        r.rate(v[4], v[2], v[1], '资金块 %s 执行率' % k)
    tot_row = fr['年度资金总额']
    r.exec_score(tot_row[5], tot_row[3], tot_row[4], tot_row[2], tot_row[1], '执行率得分')
    r.same(init, tot_row[0], '年初预算')
    r.same(annual, tot_row[1], '全年预算')
    r.same(p_exec, tot_row[2], '全年执行')
    r.same(p_rate, tot_row[4], '执行率')
    r.same(carry, fr['上年结转资金'][1], '上年结转')
    r.same(e_cur, fr['当年财政拨款'][2], '当年拨款执行')
    r.same(e_carry, fr['上年结转资金'][2], '结转执行')
    # prose figures
    plan_ha, plan_mu = r.one(r'计划改良盐碱化耕地(' + NUM + r')公顷（(' + NUM + r')亩）', None)
    r.convert(plan_mu, plan_ha, 15, '计划面积')
    act_ha, act_mu, agent = r.one(r'全年改良盐碱化耕地(' + NUM + r')公顷（(' + NUM + r')亩），施用脱硫石膏等改良剂(' + NUM + r')吨', None)
    r.convert(act_mu, act_ha, 15, '完成面积')
    pass_rate = r.one(r'工程质量验收合格率(' + NUM + r'%)。')
    ontime = r.one(r'按期完工率(' + NUM + r'%)，')
    cost = r.one(r'亩均建设成本(' + NUM + r')元（按全年执行数计算）')
    r.ratio(cost, dec(p_exec) * 10000, act_mu, '亩均建设成本 = 执行/面积')
    pts = r.one(r'改良后耕层含盐量分别为(' + NUM + r')、(' + NUM + r')、(' + NUM + r')、(' + NUM + r')、(' + NUM + r')、(' + NUM + r')g/kg，平均(' + NUM + r')g/kg', None)
    r.average(list(pts[:6]), pts[6], '6个监测点平均含盐量')
    avg2 = r.one(r'耕层土壤含盐量平均降至(' + NUM + r')g/kg')
    yld1 = r.one(r'改良区玉米亩均增产(' + NUM + r')公斤，未达到')
    yld2 = r.one(r'玉米亩均增产(' + NUM + r')公斤。\n')
    hh = r.one(r'项目惠及(' + NUM + r')户农户')
    sat = r.one(r'满意度(' + NUM + r'%)，略低于目标值')
    il = r.block(r'一级指标\s+二级指标\s+三级指标')
    names = ['改良盐碱化耕地面积', '施用脱硫石膏等改良剂', '工程质量验收合格率', '工程按期完工率', '亩均建设成本',
             '改良区玉米亩均增产', '受益农户数', '耕层土壤含盐量', '受益农户满意度']
    rows = rows_of(r, il, names)
    tot = r.row_by_first(il, '总分')
    weights, scores = [tot_row[3]], [tot_row[5]]
    for n in names:
        r.indicator(n, *rows[n])
        weights.append(rows[n][3])
        scores.append(rows[n][4])
    concl, g = r.one(r'本项目自评得分(' + NUM + r')分，评价等级为“(.{1,2})”', None)
    r.totals(weights, scores, tot[-2], [tot[-1], concl], '自评表')
    r.grade(concl, g, '评价结论')
    r.same(act_ha + '公顷', rows['改良盐碱化耕地面积'][1], '改良面积')
    r.same(agent + '吨', rows['施用脱硫石膏等改良剂'][1], '改良剂用量')
    r.same(pass_rate, rows['工程质量验收合格率'][1], '验收合格率')
    r.same(ontime, rows['工程按期完工率'][1], '按期完工率')
    r.same(cost + '元', rows['亩均建设成本'][1], '亩均成本')
    r.same(yld1 + '公斤', rows['改良区玉米亩均增产'][1], '亩均增产')
    r.same(yld2 + '公斤', rows['改良区玉米亩均增产'][1], '亩均增产（目标完成情况）')
    r.same(hh + '户', rows['受益农户数'][1], '受益农户')
    r.same(pts[6] + 'g/kg', rows['耕层土壤含盐量'][1], '平均含盐量')
    r.same(avg2 + 'g/kg', rows['耕层土壤含盐量'][1], '平均含盐量（目标完成情况）')
    r.same(sat, rows['受益农户满意度'][1], '满意度')
    goals = r.one(r'改良盐碱化耕地不少于(' + NUM + r')公顷，施用改良剂不少于(' + NUM + r')吨，工程质量验收合格率不低于(' + NUM + r'%)，亩均建设成本控制在(' + NUM +
                  r')元以内；改良区耕层土壤含盐量降至(' + NUM + r')g/kg以下，玉米亩均增产(' + NUM + r')公斤以上，受益农户不少于(' + NUM +
                  r')户，受益农户满意度不低于(' + NUM + r'%)', None)
    for g_, (n_, u_) in zip(goals, [('改良盐碱化耕地面积', '公顷'), ('施用脱硫石膏等改良剂', '吨'), ('工程质量验收合格率', ''), ('亩均建设成本', '元'),
                                   ('耕层土壤含盐量', 'g/kg'), ('改良区玉米亩均增产', '公斤'), ('受益农户数', '户'), ('受益农户满意度', '')]):
        r.same(g_ + u_, rows[n_][0], '年度目标 vs 自评表指标值：%s' % n_)
    r.same(plan_ha + '公顷', rows['改良盐碱化耕地面积'][0], '计划面积 vs 指标值')
    r.same(r.one(r'年度总体目标：改良盐碱化耕地(' + NUM + r')公顷') + '公顷', rows['改良盐碱化耕地面积'][0], '年度总体目标面积')
    r.same(r.one(r'实际完成情况：改良盐碱化耕地(' + NUM + r')公顷') + '公顷', rows['改良盐碱化耕地面积'][1], '实际完成面积')
    r.same(r.one(r'未达到(' + NUM + r')公斤的目标') + '公斤', rows['改良区玉米亩均增产'][0], '增产目标（正文）')


# ================================================================== project C: 平罗 2022 (Ningxia), 部门整体
def check_pingluo(r):
    E = 2022
    r.year(int(r.one(r'^平罗县农业农村局\n(\d{4})年度部门整体支出')) == E, 'title year')
    ye, staff, adm, inst = r.one(r'(\d{4})年末实有在职人员(' + NUM + r')人，其中行政编制(' + NUM + r')人、事业编制(' + NUM + r')人', None)
    r.year(int(ye) == E, 'staff year')
    r.sum_(staff, [adm, inst], '人员')
    init, add, annual, basic, proj = r.one(
        r'年初预算(' + NUM + r')万元，年中追加(' + NUM + r')万元（[^）]*），全年预算(' + NUM + r')万元，其中基本支出(' + NUM + r')万元、项目支出(' + NUM + r')万元', None)
    r.sum_(annual, [init, add], '年初+追加=全年')
    r.sum_(annual, [basic, proj], '基本+项目=全年')
    src = r.one(r'项目支出中，中央、自治区、县级资金分别为(' + NUM + r')万元、(' + NUM + r')万元、(' + NUM + r')万元', None)
    r.sum_(proj, list(src), '中央+自治区+县级=项目支出')
    y31, spent, rate = r.one(r'截至(\d{4})年12月31日，部门全年支出(' + NUM + r')万元，预算执行率(' + NUM + r'%)', None)
    r.year(int(y31) == E, '截至 %s' % y31)
    r.rate(rate, spent, annual, '部门预算执行率')
    b_exec, b_rate, p_exec, p_rate = r.one(r'其中基本支出(' + NUM + r')万元，执行率(' + NUM + r'%)；项目支出(' + NUM + r')万元，执行率(' + NUM + r'%)', None)
    r.rate(b_rate, b_exec, basic, '基本支出执行率')
    r.rate(p_rate, p_exec, proj, '项目支出执行率')
    r.sum_(spent, [b_exec, p_exec], '基本+项目支出')
    unspent, fwd, fwd_y, back = r.one(r'未支出的(' + NUM + r')万元中，高标准农田工程质保金等(' + NUM + r')万元结转(\d{4})年继续使用，其余(' + NUM + r')万元由县财政收回', None)
    r.diff(unspent, annual, spent, '未支出', 'balance_mismatch')
    r.sum_(unspent, [fwd, back], '结转+收回')
    r.year(int(fwd_y) > E, 'carry-forward to %s' % fwd_y)
    pl = r.block(r'项目名称\s+全年预算数\s+全年执行数')
    pnames = ['高标准农田建设项目', '盐碱地综合改良项目', '农田灌排设施维修养护项目', '其他农业农村业务项目']
    pr = {k: r.row_by_first(pl, k) for k in pnames + ['合计']}
    for i, col in [(0, '预算'), (1, '执行')]:
        r.sum_(pr['合计'][i], [pr[k][i] for k in pnames], '项目表 %s 列' % col)
    for k, v in pr.items():
        r.rate(v[2], v[1], v[0], '项目表 %s 执行率' % k)
        if v[3] != '—':
            if dec(v[4]) > dec(v[3]) or dec(v[4]) < 0:
                r.err('score_exceeds_weight', '%s: 自评得分 %s, 分值 %s' % (k, v[4], v[3]))
    r.same(proj, pr['合计'][0], '项目支出预算')
    r.same(p_exec, pr['合计'][1], '项目支出执行')
    r.same(p_rate, pr['合计'][2], '项目支出执行率')
    # prose outputs
    hs1 = r.one(r'全年新建高标准农田(' + NUM + r')万亩')
    sal = r.one(r'改良盐碱地(' + NUM + r')万亩。')
    pass_rate = r.one(r'工程验收合格率(' + NUM + r'%)。')
    ontime = r.one(r'重点项目按期开工率(' + NUM + r'%)。')
    cost = r.one(r'高标准农田亩均投资(' + NUM + r')元')
    yld = r.one(r'项目区亩均增产(' + NUM + r')公斤')
    salt = r.one(r'耕层含盐量平均降至(' + NUM + r')g/kg')
    hh = r.one(r'全年受益农户(' + NUM + r')户')
    issued, back_n, back_rate, sat = r.one(r'共发放调查问卷(' + NUM + r')份，收回(' + NUM + r')份，回收率(' + NUM + r'%)，服务对象综合满意度(' + NUM + r'%)', None)
    r.rate(back_rate, back_n, issued, '问卷回收率')
    concl, g = r.one(r'部门整体支出绩效自评得分(' + NUM + r')分，评价等级为“(.{1,2})”', None)
    hs2, hs2_ha, hs2_comp = r.one(r'本年度新建高标准农田(' + NUM + r')万亩（约(' + NUM + r')公顷），占全县年度任务的(' + NUM + r'%)', None)
    r.convert(hs2_ha, dec(hs2) * 10000 / 15, 1, '高标准农田 公顷（约）', approx=True)
    il = r.block(r'一级指标\s+二级指标\s+三级指标')
    names = ['部门预算执行率', '新建高标准农田面积', '改良盐碱地面积', '工程验收合格率', '重点项目按期开工率', '高标准农田亩均投资',
             '项目区亩均增产', '改良区耕层含盐量', '受益农户', '服务对象满意度']
    rows = rows_of(r, il, names)
    tot = r.row_by_first(il, '合计')
    weights, scores = [], []
    for n in names:
        row = rows[n]
        weights.append(row[3])
        scores.append(row[4])
        if n == '部门预算执行率':
            r.same(row[1], rate, '自评表执行率 vs 正文')
            if not close(row[2].rstrip('%'), Q(row[1]).v / Q(row[0]).v * 100):
                r.err('completion_mismatch', '执行率行完成率')
            r.exec_score(row[4], row[3], row[1], spent, annual, '部门预算执行率')
            continue
        r.indicator(n, *row)
    r.totals(weights, scores, tot[-2], [tot[-1], concl], '自评表')
    r.grade(concl, g, '自评结论')
    t_hs = rows['新建高标准农田面积']
    r.same(hs1 + '万亩', t_hs[1], '新建高标准农田（产出）')
    r.same(hs2 + '万亩', t_hs[1], '新建高标准农田（结论）')
    if not close(hs2_comp.rstrip('%'), dec(hs2) / Q(t_hs[0]).v * 100):
        r.err('completion_mismatch', '结论中的任务完成比例 %s' % hs2_comp)
    r.same(hs2_comp, t_hs[2], '完成率（结论 vs 表）')
    r.same(sal + '万亩', rows['改良盐碱地面积'][1], '改良盐碱地')
    r.same(pass_rate, rows['工程验收合格率'][1], '验收合格率')
    r.same(ontime, rows['重点项目按期开工率'][1], '按期开工率')
    r.same(cost + '元', rows['高标准农田亩均投资'][1], '亩均投资')
    hs_mu = Q(t_hs[1]).v * 10000 if Q(t_hs[1]).unit == '万亩' else None
    if hs_mu:
        r.ratio(cost, dec(pr['高标准农田建设项目'][1]) * 10000, hs_mu, '亩均投资 = 执行/面积')
    r.same(yld + '公斤', rows['项目区亩均增产'][1], '亩均增产')
    r.same(salt + 'g/kg', rows['改良区耕层含盐量'][1], '含盐量')
    r.same(hh + '户', rows['受益农户'][1], '受益农户')
    r.same(sat, rows['服务对象满意度'][1], '满意度')
    g1, g2 = r.one(r'新建高标准农田(' + NUM + r')万亩以上，改良盐碱地(' + NUM + r')万亩以上', None)
    r.same(g1 + '万亩', t_hs[0], '年度任务：高标准农田')
    r.same(g2 + '万亩', rows['改良盐碱地面积'][0], '年度任务：盐碱地')
    r.same(r.one(r'低于(' + NUM + r')元的控制标准') + '元', rows['高标准农田亩均投资'][0], '亩均投资控制标准')
    r.same(r.one(r'未达到(' + NUM + r')户的目标') + '户', rows['受益农户'][0], '受益农户目标')


# ================================================================== project D: 前郭 2024 (Jilin)
def check_qianguo(r):
    E = 2024
    r.year(int(r.one(r'^(\d{4})年度前郭尔罗斯蒙古族自治县农业农村局')) == E, 'title year')
    budget = r.one(r'项目批复预算(' + NUM + r')万元，全年预算未调整、追加')
    src = r.one(r'中央、省级、县级资金分别为(' + NUM + r')万元、(' + NUM + r')万元、(' + NUM + r')万元', None)
    r.sum_(budget, list(src), '中央+省级+县级')
    per_mu = r.one(r'项目亩均财政投入(' + NUM + r')元（按计划改良面积计算）')
    plan_mu = r.one(r'计划改良苏打盐碱地(' + NUM + r')亩')
    r.ratio(per_mu, dec(budget) * 10000, plan_mu, '亩均财政投入')
    ha, wmu = r.one(r'配套暗管排盐控制面积(' + NUM + r')公顷（(' + NUM + r')万亩）', None)
    r.convert(dec(wmu) * 10000, ha, 15, '暗管面积 公顷/万亩')
    y31, recv, recv_rate, x_recv, x_gap = r.one(
        r'截至(\d{4})年12月31日，资金实际到位(' + NUM + r')万元，到位率(' + NUM + r'%)，其中县级配套资金到位(' + NUM + r')万元，尚有(' + NUM + r')万元未到位', None)
    r.year(int(y31) == E, '截至 %s' % y31)
    r.rate(recv_rate, recv, budget, '到位率')
    p_exec, p_rate = r.one(r'全年支出(' + NUM + r')万元，预算执行率(' + NUM + r'%)，低于90%', None)
    r.rate(p_rate, p_exec, budget, '执行率（正文）')
    bal, fwd_y = r.one(r'已到位未支出资金结余(' + NUM + r')万元，结转(\d{4})年', None)
    r.diff(bal, recv, p_exec, '结余 = 到位 - 执行', 'balance_mismatch')
    r.year(int(fwd_y) > E, 'carry-forward to %s' % fwd_y)
    p_rate2 = r.one(r'一是预算执行率(' + NUM + r'%)，')
    r.same(p_rate2, p_rate, '执行率（问题）')
    r.year(int(r.one(r'附件：项目支出绩效自评表（(\d{4})年度）')) == E, 'table year')
    fl = r.block(r'项目资金（万元）\s+年初预算数')
    parts = ['中央资金', '省级资金', '县级资金', '其他资金']
    fr = {k: r.row_by_first(fl, k) for k in ['年度资金总额'] + parts}
    for i, col in [(0, '年初'), (1, '全年'), (2, '执行')]:
        r.sum_(fr['年度资金总额'][i], [fr[k][i] for k in parts], '资金块 %s' % col)
    for k, v in fr.items():
        r.rate(v[4], v[2], v[1], '资金块 %s 执行率' % k)
    tot_row = fr['年度资金总额']
    if not close(tot_row[0], dec(tot_row[1])):
        r.err('balance_mismatch', '“未调整、追加” but 年初 %s ≠ 全年 %s' % (tot_row[0], tot_row[1]))
    r.exec_score(tot_row[5], tot_row[3], tot_row[4], tot_row[2], tot_row[1], '执行率得分')
    r.diff(x_gap, fr['县级资金'][1], x_recv, '县级未到位', 'sum_mismatch')
    for k, s in zip(parts[:3], src):
        r.same(s, fr[k][1], '%s（正文 vs 表）' % k)
    r.same(budget, tot_row[1], '全年预算')
    r.same(p_exec, tot_row[2], '全年执行')
    r.same(p_rate, tot_row[4], '执行率')
    # prose outputs
    act_mu, act_comp, act_ha, pass_rate, done = r.one(
        r'全年改良苏打盐碱地(' + NUM + r')亩，完成年度目标的(' + NUM + r'%)；暗管排盐控制面积(' + NUM + r')公顷；工程验收合格率(' + NUM + r'%)；年度建设任务完工率(' + NUM + r'%)', None)
    yld, ph, manage = r.one(r'改良区水稻亩均增产(' + NUM + r')公斤，耕层土壤pH值由9.2左右降至(' + NUM + r')，[^；]*；[^。]*管护责任落实率(' + NUM + r'%)', None)
    sat = r.one(r'满意度(' + NUM + r'%)。')
    il = r.block(r'一级指标\s+二级指标\s+三级指标')
    names = ['改良苏打盐碱地面积', '暗管排盐控制面积', '工程验收合格率', '年度建设任务完工率', '改良区水稻亩均增产',
             '耕层土壤pH值', '工程管护责任落实率', '受益农户满意度']
    rows = rows_of(r, il, names)
    tot = r.row_by_first(il, '总分')
    weights, scores = [tot_row[3]], [tot_row[5]]
    for n in names:
        r.indicator(n, *rows[n])
        weights.append(rows[n][3])
        scores.append(rows[n][4])
    concl, g = r.one(r'本项目自评得分(' + NUM + r')分，评价等级为“(.{1,2})”', None)
    r.totals(weights, scores, tot[-2], [tot[-1], concl], '自评表')
    r.grade(concl, g, '评价结论')
    t = rows['改良苏打盐碱地面积']
    r.same(act_mu + '亩', t[1], '改良面积')
    r.same(act_comp, t[2], '完成率（正文 vs 表）')
    if not close(act_comp.rstrip('%'), dec(act_mu) / Q(t[0]).v * 100):
        r.err('completion_mismatch', '正文完成率 %s' % act_comp)
    r.same(act_ha + '公顷', rows['暗管排盐控制面积'][1], '暗管面积')
    r.same(pass_rate, rows['工程验收合格率'][1], '验收合格率')
    r.same(done, rows['年度建设任务完工率'][1], '完工率')
    r.same(yld + '公斤', rows['改良区水稻亩均增产'][1], '亩均增产')
    r.same(ph, rows['耕层土壤pH值'][1], 'pH')
    r.same(manage, rows['工程管护责任落实率'][1], '管护落实率')
    r.same(sat, rows['受益农户满意度'][1], '满意度')
    goals = r.one(r'改良苏打盐碱地不少于(' + NUM + r')亩，暗管排盐控制面积不少于(' + NUM + r')公顷，工程验收合格率不低于(' + NUM + r'%)，年度建设任务完工率不低于(' + NUM +
                  r'%)；改良区水稻亩均增产(' + NUM + r')公斤以上，耕层土壤pH值降至(' + NUM + r')以下，受益农户满意度不低于(' + NUM + r'%)', None)
    for g_, (n_, u_) in zip(goals, [('改良苏打盐碱地面积', '亩'), ('暗管排盐控制面积', '公顷'), ('工程验收合格率', ''), ('年度建设任务完工率', ''),
                                   ('改良区水稻亩均增产', '公斤'), ('耕层土壤pH值', ''), ('受益农户满意度', '')]):
        r.same(g_ + u_, rows[n_][0], '年度目标 vs 自评表指标值：%s' % n_)
    r.same(plan_mu + '亩', rows['改良苏打盐碱地面积'][0], '计划面积 vs 指标值')
    r.same(ha + '公顷', rows['暗管排盐控制面积'][0], '计划暗管面积 vs 指标值')
    r.same(r.one(r'尚未达到(' + NUM + r')的目标'), rows['耕层土壤pH值'][0], 'pH目标（正文）')


# ================================================================== project E: 焉耆 2025 (Xinjiang)
def check_yanqi(r):
    E = 2025
    r.year(int(r.one(r'^焉耆回族自治县农业农村局\n(\d{4})年度')) == E, 'title year')
    plan_ha, plan_wmu = r.one(r'计划改良盐碱地(' + NUM + r')公顷（(' + NUM + r')万亩）', None)
    r.convert(dec(plan_wmu) * 10000, plan_ha, 15, '计划面积')
    init, c1, adv_y, a1, a_add, x_add, annual = r.one(
        r'年初预算(' + NUM + r')万元，其中中央资金(' + NUM + r')万元（(\d{4})年12月提前下达）、自治区资金(' + NUM + r')万元；年中自治区追加(' + NUM +
        r')万元、县级配套(' + NUM + r')万元，全年预算(' + NUM + r')万元', None)
    r.year(int(adv_y) == E - 1, 'advance %s' % adv_y)
    r.sum_(init, [c1, a1], '年初 = 中央+自治区')
    r.sum_(annual, [init, a_add, x_add], '全年 = 年初+追加')
    c2, a2, x2 = r.one(r'全年预算中中央、自治区、县级资金分别为(' + NUM + r')万元、(' + NUM + r')万元、(' + NUM + r')万元', None)
    r.sum_(annual, [c2, a2, x2], '全年 = 中央+自治区+县级')
    r.sum_(a2, [a1, a_add], '自治区 = 年初+追加')
    r.same(c2, c1, '中央资金')
    r.same(x2, x_add, '县级配套')
    p_exec, p_rate, unspent, fwd_y = r.one(r'全年执行(' + NUM + r')万元，执行率(' + NUM + r'%)，未支出的(' + NUM + r')万元为工程质保金，结转(\d{4})年', None)
    r.rate(p_rate, p_exec, annual, '执行率（正文）')
    r.diff(unspent, annual, p_exec, '未支出', 'balance_mismatch')
    r.year(int(fwd_y) > E, 'carry-forward to %s' % fwd_y)
    sl = r.block(r'工程类别\s+全年预算数')
    sub = ['暗管排盐工程', '灌排渠系配套', '土壤改良培肥', '田间道路及防护林']
    sr = {k: r.row_by_first(sl, k) for k in sub + ['合计']}
    for i, col in [(0, '预算'), (1, '执行'), (3, '结转')]:
        r.sum_(sr['合计'][i], [sr[k][i] for k in sub], '分工程 %s 列' % col)
    for k, v in sr.items():
        r.rate(v[2], v[1], v[0], '分工程 %s 执行率' % k)
        r.diff(v[3], v[0], v[1], '分工程 %s 结转' % k, 'balance_mismatch')
    r.same(annual, sr['合计'][0], '全年预算')
    r.same(p_exec, sr['合计'][1], '全年执行')
    r.same(p_rate, sr['合计'][2], '执行率')
    r.same(unspent, sr['合计'][3], '结转')
    # outputs / benefits
    act_ha, act_wmu, pipe, canal, gap = r.one(
        r'全年改良盐碱地(' + NUM + r')公顷（(' + NUM + r')万亩），铺设排盐暗管(' + NUM + r')公里，新建改造渠道(' + NUM + r')公里，尚有(' + NUM + r')公里', None)
    r.convert(dec(act_wmu) * 10000, act_ha, 15, '完成面积')
    pass_rate, done = r.one(r'工程质量验收合格率(' + NUM + r'%)，其余工程于(\d{4}年\d{1,2}月\d{1,2}日)完工', None)
    r.year(done.startswith(str(E)), 'completion date %s' % done)
    cost = r.one(r'亩均投资(' + NUM + r')元。')
    r.ratio(cost, dec(p_exec) * 10000, dec(act_wmu) * 10000, '亩均投资 = 执行/面积')
    y = r.one(r'改良区亩均增产分别为(' + NUM + r')、(' + NUM + r')、(' + NUM + r')、(' + NUM + r')公斤，平均(' + NUM + r')公斤', None)
    r.average(list(y[:4]), y[4], '四乡镇平均增产')
    salt = r.one(r'降至(' + NUM + r')g/kg。')
    manage = r.one(r'工程管护制度落实率(' + NUM + r'%)。')
    sat = r.one(r'受益农户满意度(' + NUM + r'%)。')
    concl, g = r.one(r'经自评，本项目得分(' + NUM + r')分，评价等级为“(.{1,2})”', None)
    il = r.block(r'一级指标\s+二级指标\s+三级指标')
    names = ['预算执行率', '盐碱地改良面积', '铺设排盐暗管长度', '新建改造渠道长度', '工程质量验收合格率', '工程完工时间', '亩均投资',
             '改良区亩均增产', '耕层土壤含盐量', '工程管护制度落实率', '受益农户满意度']
    rows = rows_of(r, il, names)
    tot = r.row_by_first(il, '总分')
    weights, scores = [], []
    for n in names:
        row = rows[n]
        weights.append(row[3])
        scores.append(row[4])
        if n == '预算执行率':
            r.same(row[1], p_rate, '自评表执行率 vs 正文')
            if not close(row[2].rstrip('%'), Q(row[1]).v / Q(row[0]).v * 100):
                r.err('completion_mismatch', '执行率行完成率')
            r.exec_score(row[4], row[3], row[1], p_exec, annual, '预算执行率')
            continue
        r.indicator(n, *row)
    r.totals(weights, scores, tot[-2], [tot[-1], concl], '自评表')
    r.grade(concl, g, '评价结论')
    r.year(Q(rows['工程完工时间'][0]).num.startswith(str(E)), 'time target year')
    r.same(act_ha + '公顷', rows['盐碱地改良面积'][1], '改良面积')
    r.same(pipe + '公里', rows['铺设排盐暗管长度'][1], '暗管长度')
    r.same(canal + '公里', rows['新建改造渠道长度'][1], '渠道长度')
    r.diff(gap, Q(rows['新建改造渠道长度'][0]).num, canal, '未完工渠段', 'sum_mismatch')
    r.same(pass_rate, rows['工程质量验收合格率'][1], '验收合格率')
    r.same(done, rows['工程完工时间'][1], '完工日期')
    r.same(cost + '元', rows['亩均投资'][1], '亩均投资')
    r.same(y[4] + '公斤', rows['改良区亩均增产'][1], '平均增产')
    r.same(salt + 'g/kg', rows['耕层土壤含盐量'][1], '含盐量')
    r.same(manage, rows['工程管护制度落实率'][1], '管护落实率')
    r.same(sat, rows['受益农户满意度'][1], '满意度')
    goals = r.one(r'改良盐碱地不少于(' + NUM + r')公顷，铺设排盐暗管不少于(' + NUM + r')公里，新建改造渠道不少于(' + NUM + r')公里，工程于(\d{4}年\d{1,2}月\d{1,2}日)前完工；改良区耕层土壤含盐量降至(' +
                  NUM + r')g/kg以下，亩均增产(' + NUM + r')公斤以上，受益农户满意度不低于(' + NUM + r'%)', None)
    r.year(goals[3].startswith(str(E)), 'goal date %s' % goals[3])
    for g_, (n_, u_) in zip(goals, [('盐碱地改良面积', '公顷'), ('铺设排盐暗管长度', '公里'), ('新建改造渠道长度', '公里'), ('工程完工时间', ''),
                                   ('耕层土壤含盐量', 'g/kg'), ('改良区亩均增产', '公斤'), ('受益农户满意度', '')]):
        r.same(g_ + u_, rows[n_][0], '年度目标 vs 自评表指标值：%s' % n_)
    r.same(plan_ha + '公顷', rows['盐碱地改良面积'][0], '计划面积 vs 指标值')


PROJECTS = {
    'mengcun-yanjiandi-2019': check_mengcun,
    'wuyuan-yanjianhua-2021': check_wuyuan,
    'pingluo-nongyebumen-2022': check_pingluo,
    'qianguo-sudayanjian-2024': check_qianguo,
    'yanqi-yanjiandi-2025': check_yanqi,
}


def run_checks(source, text):
    r = Run(text)
    PROJECTS[source](r)
    return r


def edit_region(a, b):
    """Common prefix/suffix trimmed: (start, end_in_a, end_in_b)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
    if len(labels) != 35:
        problems.append('labels.jsonl has %d lines, expected 35' % len(labels))
    counts = {c: 0 for c in CODES_A}
    clean_texts = {}
    for src in PROJECTS:
        clean_texts[src] = open(os.path.join(CASES, src + '-clean.txt'), encoding='utf-8').read()
        n = len(clean_texts[src])
        if not 1500 <= n <= 5000:
            problems.append('%s-clean: %d characters' % (src, n))
    seen = set()
    for rec in labels:
        case, src = rec['case'], rec['source']
        seen.add(case)
        text = open(os.path.join(CASES, case), encoding='utf-8').read()
        try:
            r = run_checks(src, text)
        except ParseError as exc:
            problems.append('%s: parse error: %s' % (case, exc))
            continue
        got = sorted({c for c, _ in r.errors})
        if rec['clean']:
            if rec['expected'] or text != clean_texts[src]:
                problems.append('%s: clean label/text mismatch' % case)
            if r.errors or r.warnings:
                problems.append('%s: clean draft fails %s %s' % (case, r.errors, r.warnings))
            continue
        if len(rec['expected']) != 1:
            problems.append('%s: expected must hold exactly one finding' % case)
            continue
        exp = rec['expected'][0]
        code, value = exp['code'], exp['value']
        if exp.get('severity') != 'error' or code not in CODES_A:
            problems.append('%s: bad code/severity %s' % (case, exp))
        counts[code] = counts.get(code, 0) + 1
        if got != [code]:
            problems.append('%s: labelled %s, checks fail %s: %s' % (case, code, got, r.errors))
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if len(occ) != 1:
            problems.append('%s: value %r occurs %d times' % (case, value, len(occ)))
            continue
        a, b = clean_texts[src], text
        s, ea, eb = edit_region(a, b)
        if a == b or max(ea - s, eb - s) > 40:
            problems.append('%s: edit region %d/%d characters' % (case, ea - s, eb - s))
        if a[:s] + b[s:eb] + a[ea:] != b:
            problems.append('%s: not one contiguous edit' % case)
        v0, v1 = occ[0], occ[0] + len(value)
        if not (s < v1 and v0 < max(eb, s + 1)):
            problems.append('%s: edit [%d,%d) does not overlap value [%d,%d)' % (case, s, eb, v0, v1))
    files = {f for f in os.listdir(CASES) if f.endswith('.txt')}
    if files != seen:
        problems.append('cases without labels or labels without cases: %s' % sorted(files ^ seen))
    for c in CODES_A:
        if counts.get(c, 0) < 2:
            problems.append('code %s used %d times (< 2)' % (c, counts.get(c, 0)))
    if problems:
        print('\n'.join(problems))
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
