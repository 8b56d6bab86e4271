#!/usr/bin/env python3
"""Verify the n481 set (standard library only).

1. every label value occurs in its case; every error case differs from its clean draft in one contiguous place that
   overlaps the label value; the changed figure (build.py `fig`) occurs once in the error case;
2. every code of errors.md §A is labelled at least twice;
3. the arithmetic of every draft is redone from the text (facts read by regular expressions and table cells):
   in a clean draft every check passes; in an error case the labelled code fails and no other error-level code fails.

Tolerance (rules.md §8): a stated value with d decimals matches a computed value c iff |c - v| <= 0.5*10^-d (+1e-9).
Money is normalised to 万元, counts in 万件 to 件; a failing sum/product/rate that is reconciled exactly by rescaling
one money amount by 10^4 is reported as unit_mismatch (errors.md #11 b).
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import build  # noqa: E402  (edit list: fig / where / code)

CODES = ['rate_mismatch', 'balance_mismatch', 'sum_mismatch', 'score_sum_mismatch', 'score_exceeds_weight',
         'weight_sum_mismatch', 'grade_mismatch', 'average_mismatch', 'conflicting_values', 'implausible_rate',
         'unit_mismatch', 'year_mismatch', 'completion_mismatch']
WARNING_CODES = {'score_rule_mismatch'}
EPS = D('1e-9')
MONEY = {'元': D('0.0001'), '万元': D(1), '亿元': D(10000), '元/件': D('0.0001'), '万元/件': D(1)}
COUNT = {'万件': D(10000), '件': D(1)}


class Fact:
    def __init__(self, raw, kind='num', value=None, dec=0, unit='', direction=None, text=''):
        self.raw, self.kind, self.value, self.dec, self.unit, self.dir, self.text = \
            raw, kind, value, dec, unit, direction, text

    @property
    def scale(self):
        return MONEY.get(self.unit) or COUNT.get(self.unit) or D(1)

    @property
    def v(self):  # normalised value
        return self.value * self.scale

    @property
    def tol(self):  # normalised tolerance of the stated value
        return D(5) * D(10) ** (-(self.dec + 1)) * self.scale + EPS

    def is_money(self):
        return self.unit in MONEY


def parse_number(raw, unit=''):
    s = raw.replace(',', '')
    dec = len(s.split('.')[1]) if '.' in s else 0
    return Fact(raw, 'num', D(s), dec, unit or '')


SIGN = [('≥', 'gte'), ('>=', 'gte'), ('＞＝', 'gte'), ('不低于', 'gte'), ('不少于', 'gte'),
        ('≤', 'lte'), ('<=', 'lte'), ('＜＝', 'lte'), ('不超过', 'lte'), ('不高于', 'lte')]


def parse_cell(s):
    s = s.strip()
    if s in ('', '—', '-', '－', '/'):
        return Fact(s, 'dash')
    m = re.fullmatch(r'(\d{4})年(\d{1,2})月(\d{1,2})日(前|以前)?', s)
    if m:
        y, mo, d = (int(m.group(i)) for i in (1, 2, 3))
        return Fact(s, 'date', D(y * 10000 + mo * 100 + d), 0, 'date', 'lte' if m.group(4) else 'eq')
    direction = None
    for sign, dr in SIGN:
        if s.startswith(sign):
            direction, s2 = dr, s[len(sign):]
            break
    else:
        s2 = s
    m = re.fullmatch(r'([0-9][0-9,]*(?:\.[0-9]+)?)\s*(\S*)', s2)
    if m:
        f = parse_number(m.group(1), m.group(2))
        f.raw, f.dir = s, direction or 'eq'
        return f
    return Fact(s, 'text', text=s)


def split_cells(line):
    if '\t' in line:
        cells = line.split('\t')
    elif '｜' in line:
        cells = line.split('｜')
    else:
        cells = re.split(r' {2,}', line)
    return [c.strip() for c in cells if c.strip()]


def find_row(text, key):
    hits = []
    for line in text.split('\n'):
        cells = split_cells(line)
        if key in cells and len(cells) > 1:
            hits.append(cells)
    if len(hits) != 1:
        raise LookupError(f'table row {key!r} found {len(hits)} times')
    return hits[0]


def cell(text, key, off):
    cells = find_row(text, key)
    i = len(cells) - 1 - cells[::-1].index(key)  # the 三级 name when 二级 and 三级 read the same
    return parse_cell(cells[i + off]) if i + off < len(cells) else Fact('', 'dash')


def read_fact(text, spec):
    """spec: regex (group 1 number, optional group 2 unit) | ('cell', key, offset) | ('text', regex)."""
    if isinstance(spec, tuple) and spec[0] == 'cell':
        return cell(text, spec[1], spec[2])
    if isinstance(spec, tuple) and spec[0] == 'text':
        ms = list(re.finditer(spec[1], text))
        if len(ms) != 1:
            raise LookupError(f'pattern {spec[1]!r} matched {len(ms)} times')
        return Fact(ms[0].group(1), 'text', text=ms[0].group(1))
    ms = list(re.finditer(spec, text))
    if len(ms) != 1:
        raise LookupError(f'pattern {spec!r} matched {len(ms)} times')
    m = ms[0]
    unit = m.group(2) if m.re.groups >= 2 else ''
    return parse_number(m.group(1), unit)


def q2(x):
    return x.quantize(D('0.01'), rounding=ROUND_HALF_UP)


def close(stated, computed):
    return abs(stated.v - computed) <= stated.tol


GRADES = [('优', 90, 101), ('良', 80, 90), ('中', 60, 80), ('差', -1, 60)]
GRADE_WORD = {'优': '优', '优秀': '优', '良': '良', '良好': '良', '中': '中', '中等': '中', '一般': '中', '合格': '中',
              '差': '差', '较差': '差', '不合格': '差'}


def band(total):
    for g, lo, hi in GRADES:
        if lo <= total < hi:
            return g


def completion(t, a):
    if t.dir == 'lte':
        return D(100) if a.value <= t.value else t.value / a.value * 100
    return a.value / t.value * 100


class Checker:
    def __init__(self, text, spec):
        self.text, self.spec = text, spec
        self.F = {k: read_fact(text, v) for k, v in spec['facts'].items()}
        self.fails = []  # (code, message)

    def fail(self, code, msg):
        self.fails.append((code, msg))

    # ---- helpers with unit-rescale detection -------------------------------------------------------------
    def _with_rescale(self, code, names, ok_fn, msg):
        if ok_fn(self.F):
            return
        for n in names:
            f = self.F[n]
            if f.kind == 'num' and f.is_money():
                for k in (D(10000), D('0.0001')):
                    g = Fact(f.raw, 'num', f.value * k, f.dec, f.unit)
                    G = dict(self.F)
                    G[n] = g
                    if ok_fn(G):
                        self.fail('unit_mismatch', f'{n}={f.raw}{f.unit} reconciles {msg} only if rescaled by {k}')
                        return
        self.fail(code, msg)

    def run(self):
        for chk in self.spec['checks']:
            kind, code, *args = chk
            getattr(self, 'c_' + kind)(code, *args)
        for tbl in self.spec.get('tables', []):
            self.table(tbl)
        return self.fails

    def c_sum(self, code, total, parts):
        self._with_rescale(code, [total] + parts,
                           lambda F: close(F[total], sum(F[p].v for p in parts)),
                           f'{total} = sum({", ".join(parts)})')

    def c_diff(self, code, stated, a, b):
        self._with_rescale(code, [stated, a, b], lambda F: close(F[stated], F[a].v - F[b].v),
                           f'{stated} = {a} - {b}')

    def c_rate(self, code, stated, num, den):
        if self.F[den].v == 0:
            return
        self._with_rescale(code, [num, den], lambda F: close(F[stated], F[num].v / F[den].v * 100),
                           f'{stated} = {num}/{den}')

    def c_growth(self, code, stated, cur, prev):
        self._with_rescale(code, [cur, prev], lambda F: close(F[stated], (F[cur].v / F[prev].v - 1) * 100),
                           f'{stated} = {cur}/{prev} - 1')

    def c_prod(self, code, stated, a, b):
        self._with_rescale(code, [stated, a, b], lambda F: close(F[stated], F[a].v * F[b].v),
                           f'{stated} = {a} x {b}')

    def c_dot(self, code, stated, counts, prices):
        names = [stated] + counts + prices
        self._with_rescale(code, names,
                           lambda F: close(F[stated], sum(F[c].v * F[p].v for c, p in zip(counts, prices))),
                           f'{stated} = sum of counts x prices')

    def c_avg(self, code, stated, items):
        c = sum(self.F[i].v for i in items) / len(items)
        if not close(self.F[stated], c):
            self.fail(code, f'{stated}={self.F[stated].raw} but mean is {c}')

    def c_same(self, code, a, b):
        fa, fb = self.F[a], self.F[b]
        if fa.kind == 'text' or fb.kind == 'text':
            ok = GRADE_WORD.get(fa.text, fa.text) == GRADE_WORD.get(fb.text, fb.text)
        elif fa.kind != fb.kind or (fa.kind == 'num' and fa.unit and fb.unit and fa.unit != fb.unit
                                      and fa.scale == 1 and fb.scale == 1):
            ok = False
        else:
            ok = abs(fa.v - fb.v) <= max(fa.tol, fb.tol)
        if not ok:
            self.fail(code, f'{a}={fa.raw} vs {b}={fb.raw}')

    def c_range(self, code, f, lo=0, hi=100):
        x = self.F[f]
        if x.kind == 'num' and not (lo <= x.value <= hi):
            self.fail(code, f'{f}={x.raw} outside [{lo},{hi}]')

    def c_order(self, code, a, b):
        if self.F[a].v > self.F[b].v + EPS:
            self.fail(code, f'{a} > {b}')

    def c_zero(self, code, rate, base):
        r, b = self.F[rate], self.F[base]
        if b.kind == 'num' and b.v == 0 and r.kind == 'num' and r.value != 0:
            self.fail(code, f'{rate}={r.raw} on a zero base {base}')

    def c_year_eq(self, code, f, year):
        if self.F[f].value != year:
            self.fail(code, f'{f}={self.F[f].raw} is not {year}')

    def c_year_gt(self, code, f, year):
        if not self.F[f].value > year:
            self.fail(code, f'{f}={self.F[f].raw} is not after {year}')

    def c_grade(self, code, g, total):
        word = GRADE_WORD.get(self.F[g].text)
        if word != band(self.F[total].value):
            self.fail(code, f'grade {self.F[g].text} vs total {self.F[total].raw} ({band(self.F[total].value)})')

    def c_exec_score(self, code, score, weight, rate):
        s, w, r = self.F[score], self.F[weight], self.F[rate]
        if not close(s, w.v * min(r.v, D(100)) / 100):
            self.fail(code, f'execution score {s.raw} vs {w.raw} x {r.raw}%')

    def c_rows_sum(self, code, stated, table_idx, rows):
        tbl = self.spec['tables'][table_idx]
        c = sum(cell(self.text, r, tbl['cols']['s']).v for r in rows)
        if not close(self.F[stated], c):
            self.fail(code, f'{stated}={self.F[stated].raw} but rows add to {c}')

    # ---- indicator table ---------------------------------------------------------------------------------
    def table(self, tbl):
        cols = tbl['cols']
        wsum, ssum = D(0), D(0)
        for name in tbl['rows']:
            t, a = cell(self.text, name, cols['t']), cell(self.text, name, cols['a'])
            w, s = cell(self.text, name, cols['w']), cell(self.text, name, cols['s'])
            c = cell(self.text, name, cols['c']) if 'c' in cols else Fact('', 'dash')
            wsum += w.v
            ssum += s.v
            if s.value < 0 or s.value > w.value:
                self.fail('score_exceeds_weight', f'{name}: score {s.raw} > weight {w.raw}')
            # units
            comparable = False
            if t.kind == 'text' or a.kind == 'text':
                pass
            elif t.kind != a.kind or t.unit != a.unit:
                self.fail('unit_mismatch', f'{name}: target {t.raw} vs actual {a.raw}')
            else:
                comparable = True
            # completion
            if comparable and c.kind == 'num' and t.kind == 'num':
                comp = completion(t, a)
                if not close(c, comp):
                    self.fail('completion_mismatch', f'{name}: completion {c.raw} vs {q2(comp)}')
            # score rule (warning)
            if comparable and t.kind == 'num':
                comp = completion(t, a)
                exp = [w.value * min(comp, D(100)) / 100]
                if c.kind == 'num':
                    exp.append(w.value * min(c.value, D(100)) / 100)
                if not any(close(s, e) for e in exp):
                    self.fail('score_rule_mismatch', f'{name}: score {s.raw} vs {[str(q2(e)) for e in exp]}')
            elif comparable and t.kind == 'date':
                if a.value <= t.value and s.value != w.value:
                    self.fail('score_rule_mismatch', f'{name}: date met but score {s.raw}')
            elif a.kind == 'text':
                frac = s.value / w.value
                lo, hi = (D('0.6'), D('0.8')) if '部分' in a.text else (D('0.8'), D('1'))
                if not (lo <= frac <= hi):
                    self.fail('score_rule_mismatch', f'{name}: qualitative score {s.raw} outside band')
        for wf, sf in tbl.get('extra', []):
            wsum += self.F[wf].v
            ssum += self.F[sf].v
        tw = cell(self.text, tbl['total'][0], tbl['total'][1])
        ts = cell(self.text, tbl['total'][0], tbl['total'][2])
        if wsum != D(100) or tw.value != D(100):
            self.fail('weight_sum_mismatch', f'weights add to {wsum}, total row says {tw.raw}')
        if not close(ts, ssum):
            self.fail('score_sum_mismatch', f'scores add to {ssum}, total row says {ts.raw}')


# ================================================================================================================
# Specs: facts (exactly one match each) and checks per project.
# ================================================================================================================
N = r'(\d+(?:\.\d+)?)'
SPECS = {}

# ---------------------------------------------------------------- P1 光山 2020 (MOF outline, one indicator table)
T1 = dict(cols=dict(t=1, a=2, c=3, w=4, s=5),
          rows=['预算执行率', '新建村级服务站点', '补贴快件数量', '电商培训人次', '村级站点运营率', '补贴资金拨付及时率',
                '单件快递配送补贴', '农村产品网络零售额增长率', '带动农村就业人数', '快递进村覆盖率', '站点经营户满意度'],
          total=('合计', 1, 2))
SPECS['ha-guangshan-dianshangzhan-2020'] = dict(
    year=2020,
    tables=[T1],
    facts=dict(
        title_year=r'^光山县商务局(\d{4})年度',
        init_total=r'项目年初预算' + N + r'万元',
        init_c=r'综合示范资金' + N + r'万元',
        init_x=r'县级配套资金' + N + r'万元。年中',
        add=r'追加县级配套资金' + N + r'万元',
        ann_total=r'全年预算调整为' + N + r'万元',
        ann_c=r'（中央' + N + r'万元、县级',
        ann_x=r'、县级' + N + r'万元）',
        adv=r'中央资金中有' + N + r'万元已于2019年12月提前下达',
        adv2=r'其余' + N + r'万元于2020年5月下达',
        recv=r'全年实际到位资金' + N + r'万元',
        recv_rate=r'到位率' + N + r'%',
        spent=r'全年实际支出' + N + r'万元',
        sp_logi=r'其中物流配送补贴' + N + r'万元',
        sp_ops=r'站点运营补助' + N + r'万元',
        sp_new=r'新建站点建设补助' + N + r'万元',
        sp_train=r'电商培训及品牌推广' + N + r'万元',
        sp_c=r'中央资金支出' + N + r'万元',
        rate_c=r'中央资金支出[\d.]+万元，执行率' + N + r'%',
        sp_x=r'县级资金支出' + N + r'万元',
        rate_x=r'县级资金支出[\d.]+万元，执行率' + N + r'%',
        rate_all=r'项目总体执行率' + N + r'%',
        bal=r'年末结余' + N + r'万元',
        carry_year=r'结转至(\d{4})年',
        ops_n=r'考核合格的(\d+)个站点',
        ops_per=r'每个补助(\d+)(元|万元)',
        st_old=r'2019年底全县已建成村级服务站点(\d+)个',
        st_new=r'2020年新建(\d+)个',
        st_all=r'全县合计(\d+)个',
        tw1=r'分别为(\d+)个、\d+个、\d+个、\d+个',
        tw2=r'分别为\d+个、(\d+)个、\d+个、\d+个',
        tw3=r'分别为\d+个、\d+个、(\d+)个、\d+个',
        tw4=r'分别为\d+个、\d+个、\d+个、(\d+)个',
        per_new=r'一次性给予建设补助' + N + r'(万元)',
        st_end=r'年末(\d+)个站点中',
        st_ops=r'中正常运营(\d+)个',
        op_rate=r'运营率' + N + r'%；',
        idle=r'停业的(\d+)个站点',
        idle2=r'仍有(\d+)个站点停业',
        down=r'下行到村快件' + N + r'(万件)、',
        up=r'上行农产品快件' + N + r'(万件)',
        pk_all=r'合计' + N + r'(万件)',
        per_pk=r'每件补贴' + N + r'(元)',
        train_n=r'培训(\d+)人次',
        sales=r'农村产品网络零售额([\d,]+)(万元)',
        sales_yi=r'约' + N + r'(亿元)',
        sales_prev=r'比2019年的([\d,]+)(万元)',
        growth=r'万元增长' + N + r'%',
        jobs=r'共带动(\d+)人就业',
        cover=r'快递进村覆盖率' + N + r'%。',
        q_back=r'回收(\d+)份',
        q_sat=r'满意和比较满意(\d+)份',
        sat=r'满意度' + N + r'%。',
        total_p=r'自评得分' + N + r'分',
        grade_p=('text', r'评价等级为(优|良|中|差)'),
        grade_t=('text', r'自评等级：(优|良|中|差)'),
        t_total=('cell', '合计', 2),
        t_exec=('cell', '预算执行率', 2),
        t_new=('cell', '新建村级服务站点', 2),
        t_pk=('cell', '补贴快件数量', 2),
        t_train=('cell', '电商培训人次', 2),
        t_oprate=('cell', '村级站点运营率', 2),
        t_perpk=('cell', '单件快递配送补贴', 2),
        t_growth=('cell', '农村产品网络零售额增长率', 2),
        t_jobs=('cell', '带动农村就业人数', 2),
        t_cover=('cell', '快递进村覆盖率', 2),
        t_sat=('cell', '站点经营户满意度', 2),
    ),
    checks=[
        ('year_eq', 'year_mismatch', 'title_year', 2020),
        ('year_gt', 'year_mismatch', 'carry_year', 2020),
        ('sum', 'sum_mismatch', 'init_total', ['init_c', 'init_x']),
        ('sum', 'sum_mismatch', 'ann_total', ['init_total', 'add']),
        ('sum', 'sum_mismatch', 'ann_total', ['ann_c', 'ann_x']),
        ('sum', 'sum_mismatch', 'ann_x', ['init_x', 'add']),
        ('sum', 'sum_mismatch', 'ann_c', ['adv', 'adv2']),
        ('sum', 'sum_mismatch', 'spent', ['sp_logi', 'sp_ops', 'sp_new', 'sp_train']),
        ('sum', 'sum_mismatch', 'spent', ['sp_c', 'sp_x']),
        ('sum', 'sum_mismatch', 'st_all', ['st_old', 'st_new']),
        ('sum', 'sum_mismatch', 'st_new', ['tw1', 'tw2', 'tw3', 'tw4']),
        ('sum', 'sum_mismatch', 'pk_all', ['down', 'up']),
        ('sum', 'sum_mismatch', 'st_end', ['st_ops', 'idle']),
        ('prod', 'sum_mismatch', 'sp_logi', 'down', 'per_pk'),
        ('prod', 'sum_mismatch', 'sp_ops', 'ops_n', 'ops_per'),
        ('prod', 'sum_mismatch', 'sp_new', 'st_new', 'per_new'),
        ('rate', 'rate_mismatch', 'recv_rate', 'recv', 'ann_total'),
        ('rate', 'rate_mismatch', 'rate_c', 'sp_c', 'ann_c'),
        ('rate', 'rate_mismatch', 'rate_x', 'sp_x', 'ann_x'),
        ('rate', 'rate_mismatch', 'rate_all', 'spent', 'ann_total'),
        ('rate', 'rate_mismatch', 't_exec', 'spent', 'ann_total'),
        ('rate', 'rate_mismatch', 'op_rate', 'st_ops', 'st_end'),
        ('rate', 'rate_mismatch', 'sat', 'q_sat', 'q_back'),
        ('growth', 'rate_mismatch', 'growth', 'sales', 'sales_prev'),
        ('diff', 'balance_mismatch', 'bal', 'recv', 'spent'),
        ('order', 'implausible_rate', 'spent', 'recv'),
        ('order', 'implausible_rate', 'recv', 'ann_total'),
        *[('range', 'implausible_rate', f) for f in
          ['recv_rate', 'rate_c', 'rate_x', 'rate_all', 'op_rate', 'sat', 'cover', 't_sat', 't_cover', 't_exec']],
        ('same', 'conflicting_values', 'sales_yi', 'sales'),
        ('same', 'conflicting_values', 'idle', 'idle2'),
        ('same', 'conflicting_values', 'ops_n', 'st_ops'),
        ('same', 'conflicting_values', 'rate_all', 't_exec'),
        ('same', 'conflicting_values', 'st_new', 't_new'),
        ('same', 'conflicting_values', 'down', 't_pk'),
        ('same', 'conflicting_values', 'train_n', 't_train'),
        ('same', 'conflicting_values', 'op_rate', 't_oprate'),
        ('same', 'conflicting_values', 'per_pk', 't_perpk'),
        ('same', 'conflicting_values', 'growth', 't_growth'),
        ('same', 'conflicting_values', 'jobs', 't_jobs'),
        ('same', 'conflicting_values', 'cover', 't_cover'),
        ('same', 'conflicting_values', 'sat', 't_sat'),
        ('same', 'conflicting_values', 'total_p', 't_total'),
        ('same', 'conflicting_values', 'grade_p', 'grade_t'),
        ('grade', 'grade_mismatch', 'grade_p', 'total_p'),
        ('grade', 'grade_mismatch', 'grade_t', 't_total'),
    ],
)

# ---------------------------------------------------------------- P2 苍溪 2022 (Sichuan outline, 10 + 90)
T2 = dict(cols=dict(t=2, a=3, c=4, w=5, s=6),
          rows=['村级电商服务站点数量', '补贴到村快件量', '站点正常运营率', '补贴兑付周期', '单件配送补贴标准', '农产品网络销售额',
                '带动脱贫户增收', '快件到村时限', '站点经营户满意度', '农村消费者满意度'],
          total=('总分（含预算执行）', 1, 2), extra=[('f_w', 'f_s')])
FUNDS2 = {}
for key, tag in [('年度资金总额', 'f'), ('其中：财政资金', 'g'), ('财政专户管理资金', 'h'), ('单位资金', 'u'), ('其他资金', 'o')]:
    for off, col in [(1, 'init'), (2, 'ann'), (3, 'spent'), (5, 'rate')]:
        FUNDS2[f'{tag}_{col}'] = ('cell', key, off)
FUNDS2['f_w'] = ('cell', '年度资金总额', 4)
FUNDS2['f_s'] = ('cell', '年度资金总额', 6)
SPECS['sc-cangxi-wuliubutie-2022'] = dict(
    year=2022,
    tables=[T2],
    facts=dict(
        FUNDS2,
        title_year=r'^苍溪县(\d{4})年度',
        st_over=r'全县建成村级电商服务站点(\d+)个',
        goal_sales=r'网络销售额达到' + N + r'(亿元)',
        init_total=r'年初批复预算' + N + r'万元',
        init_c=r'中央财政资金' + N + r'万元',
        init_p=r'省级财政资金' + N + r'万元',
        init_x=r'县级财政资金' + N + r'万元',
        add=r'追加县级资金' + N + r'万元',
        ann_total=r'全年预算' + N + r'万元',
        recv=r'全年到位资金' + N + r'万元',
        cut_year=r'截至(\d{4})年12月31日',
        spent=r'实际支出' + N + r'万元',
        rate=r'预算执行率' + N + r'%',
        bal=r'结余' + N + r'万元',
        carry_year=r'结转至(\d{4})年',
        sp_logi=r'快递物流配送补贴' + N + r'万元',
        pk=r'全年核定补贴到村快件' + N + r'(万件)',
        per_pk=r'每件' + N + r'(元)）',
        sp_ops=r'站点运营补助' + N + r'万元',
        ops_n=r'正常营业的(\d+)个站点',
        ops_per=r'每个补助(\d+)(元|万元)',
        sp_train=r'经营户培训' + N + r'万元',
        new_all=r'新建的(\d+)个站点',
        tw1=r'分别为(\d+)个、\d+个、\d+个、\d+个',
        tw2=r'分别为\d+个、(\d+)个、\d+个、\d+个',
        tw3=r'分别为\d+个、\d+个、(\d+)个、\d+个',
        tw4=r'分别为\d+个、\d+个、\d+个、(\d+)个',
        hub1=r'分别为' + N + r'(万件)、[\d.]+万件、[\d.]+万件',
        hub2=r'分别为[\d.]+万件、' + N + r'(万件)、[\d.]+万件',
        hub3=r'分别为[\d.]+万件、[\d.]+万件、' + N + r'(万件)',
        hub_avg=r'平均' + N + r'(万件)',
        ops_n2=r'正常营业的站点为(\d+)个',
        op_rate=r'站点正常运营率' + N + r'%',
        pk2=r'全年补贴到村快件' + N + r'(万件)，',
        pk_comp=r'为目标的' + N + r'%',
        cycle=r'平均兑付周期为(\d+)(天)',
        to_village=r'到村平均时限' + N + r'(天)',
        sales=r'网络销售额(\d+)(万元)',
        sales_prev=r'较2021年的(\d+)(万元)',
        growth=r'万元增长' + N + r'%',
        sales_comp=r'只完成目标的' + N + r'%',
        hh=r'带动脱贫户增收(\d+)户',
        sat1=r'站点经营户满意度' + N + r'%，',
        sat2=r'农村消费者满意度' + N + r'%。',
        total_p=r'自评得分' + N + r'分',
        grade_p=('text', r'评价等级为(优|良|中|差)'),
        t_total=('cell', '总分（含预算执行）', 2),
        t_st=('cell', '村级电商服务站点数量', 3),
        t_pk=('cell', '补贴到村快件量', 3),
        t_pk_c=('cell', '补贴到村快件量', 4),
        t_pk_target=('cell', '补贴到村快件量', 2),
        t_oprate=('cell', '站点正常运营率', 3),
        t_cycle=('cell', '补贴兑付周期', 3),
        t_per=('cell', '单件配送补贴标准', 3),
        t_sales_t=('cell', '农产品网络销售额', 2),
        t_sales=('cell', '农产品网络销售额', 3),
        t_sales_c=('cell', '农产品网络销售额', 4),
        t_hh=('cell', '带动脱贫户增收', 3),
        t_vill=('cell', '快件到村时限', 3),
        t_sat1=('cell', '站点经营户满意度', 3),
        t_sat2=('cell', '农村消费者满意度', 3),
    ),
    checks=[
        ('year_eq', 'year_mismatch', 'title_year', 2022),
        ('year_eq', 'year_mismatch', 'cut_year', 2022),
        ('year_gt', 'year_mismatch', 'carry_year', 2022),
        ('sum', 'sum_mismatch', 'init_total', ['init_c', 'init_p', 'init_x']),
        ('sum', 'sum_mismatch', 'ann_total', ['init_total', 'add']),
        ('sum', 'sum_mismatch', 'spent', ['sp_logi', 'sp_ops', 'sp_train']),
        ('sum', 'sum_mismatch', 'new_all', ['tw1', 'tw2', 'tw3', 'tw4']),
        ('prod', 'sum_mismatch', 'sp_logi', 'pk', 'per_pk'),
        ('prod', 'sum_mismatch', 'sp_ops', 'ops_n', 'ops_per'),
        ('avg', 'average_mismatch', 'hub_avg', ['hub1', 'hub2', 'hub3']),
        ('rate', 'rate_mismatch', 'rate', 'spent', 'ann_total'),
        ('rate', 'rate_mismatch', 'op_rate', 'ops_n2', 't_st'),
        ('rate', 'rate_mismatch', 'pk_comp', 'pk2', 't_pk_target'),
        ('rate', 'rate_mismatch', 'sales_comp', 'sales', 't_sales_t'),
        ('growth', 'rate_mismatch', 'growth', 'sales', 'sales_prev'),
        ('diff', 'balance_mismatch', 'bal', 'recv', 'spent'),
        ('order', 'implausible_rate', 'spent', 'recv'),
        ('order', 'implausible_rate', 'recv', 'ann_total'),
        *[('range', 'implausible_rate', f) for f in ['rate', 'op_rate', 'sat1', 'sat2', 'f_rate', 'g_rate']],
        *[('zero', 'implausible_rate', f'{t}_rate', f'{t}_ann') for t in 'hou'],
        # funds table
        ('same', 'conflicting_values', 'f_init', 'init_total'),
        ('same', 'conflicting_values', 'f_ann', 'ann_total'),
        ('same', 'conflicting_values', 'f_spent', 'spent'),
        ('same', 'conflicting_values', 'f_rate', 'rate'),
        *[('sum', 'sum_mismatch', f'f_{c}', [f'{t}_{c}' for t in 'ghuo']) for c in ('init', 'ann', 'spent')],
        ('rate', 'rate_mismatch', 'f_rate', 'f_spent', 'f_ann'),
        ('rate', 'rate_mismatch', 'g_rate', 'g_spent', 'g_ann'),
        ('exec_score', 'score_rule_mismatch', 'f_s', 'f_w', 'f_rate'),
        # text <-> table
        ('same', 'conflicting_values', 'st_over', 't_st'),
        ('same', 'conflicting_values', 'ops_n', 'ops_n2'),
        ('same', 'conflicting_values', 'pk', 'pk2'),
        ('same', 'conflicting_values', 'pk', 't_pk'),
        ('same', 'conflicting_values', 'op_rate', 't_oprate'),
        ('same', 'conflicting_values', 'cycle', 't_cycle'),
        ('same', 'conflicting_values', 'per_pk', 't_per'),
        ('same', 'conflicting_values', 'goal_sales', 't_sales_t'),
        ('same', 'conflicting_values', 'sales', 't_sales'),
        ('same', 'conflicting_values', 'sales_comp', 't_sales_c'),
        ('same', 'conflicting_values', 'pk_comp', 't_pk_c'),
        ('same', 'conflicting_values', 'hh', 't_hh'),
        ('same', 'conflicting_values', 'to_village', 't_vill'),
        ('same', 'conflicting_values', 'sat1', 't_sat1'),
        ('same', 'conflicting_values', 'sat2', 't_sat2'),
        ('same', 'conflicting_values', 'total_p', 't_total'),
        ('grade', 'grade_mismatch', 'grade_p', 'total_p'),
    ],
)

# ---------------------------------------------------------------- P3 康县 2019 (MOF outline, tab-separated tables)
T3 = dict(cols=dict(t=1, a=2, c=3, w=4, s=5),
          rows=['新建乡镇电商服务站', '村级服务点运营补贴覆盖', '进村配送快件量', '村级服务点正常运营率', '补贴资金兑付完成时间',
                '单件配送补贴标准', '农村产品网络零售额', '带动建档立卡贫困户增收', '站点长效运营机制', '站点经营户及群众满意度'],
          total=('总分', 1, 2), extra=[('f_w', 'f_s')])
OUT3 = T3['rows'][:6]
BEN3 = T3['rows'][6:9]
SAT3 = T3['rows'][9:]
FUNDS3 = {}
for key, tag in [('年度资金总额', 'f'), ('其中：当年财政拨款', 'g'), ('上年结转资金', 'h'), ('其他资金', 'o')]:
    for off, col in [(1, 'init'), (2, 'ann'), (3, 'spent'), (5, 'rate')]:
        FUNDS3[f'{tag}_{col}'] = ('cell', key, off)
FUNDS3['f_w'] = ('cell', '年度资金总额', 4)
FUNDS3['f_s'] = ('cell', '年度资金总额', 6)
SPECS['gs-kangxian-dianshangjinxiang-2019'] = dict(
    year=2019,
    tables=[T3],
    facts=dict(
        FUNDS3,
        title_year=r'^康县商务局(\d{4})年度',
        total_funds=r'项目资金共' + N + r'万元',
        cur=r'其中当年财政拨款' + N + r'万元',
        cur_c=r'中央财政专项资金' + N + r'万元',
        cur_x=r'县级配套资金' + N + r'万元',
        carry_in=r'上年结转资金' + N + r'万元（为',
        carry_src=r'（为(\d{4})年示范项目结余）',
        cut_year=r'截至(\d{4})年12月31日',
        spent=r'项目累计支出' + N + r'万元',
        rate_all=r'总体执行率' + N + r'%',
        carry_used=r'上年结转的' + N + r'万元全部用完',
        cur_spent=r'当年财政拨款支出' + N + r'万元',
        sp1=r'进村配送补贴' + N + r'万元',
        sp2=r'村级服务点运营补贴' + N + r'万元',
        sp3=r'乡镇电商服务站建设' + N + r'万元',
        sp4=r'电商培训' + N + r'万元',
        unspent=r'未支出的' + N + r'万元',
        carry_year=r'结转至(\d{4})年',
        new_n=r'全年新建乡镇电商服务站(\d+)个',
        per_new=r'每个补助' + N + r'(万元)',
        pts_all=r'全县(\d+)个村级服务点中',
        pts_ops=r'全年正常运营(\d+)个',
        op_rate=r'运营率' + N + r'%。',
        c1=r'服务点分别为(\d+)个、\d+个、\d+个',
        c2=r'服务点分别为\d+个、(\d+)个、\d+个',
        c3=r'服务点分别为\d+个、\d+个、(\d+)个',
        p1=r'每个(\d+)(元)、\d+元、\d+元',
        p2=r'每个\d+元、(\d+)(元)、\d+元',
        p3=r'每个\d+元、\d+元、(\d+)(元)',
        k1=r'快件分别为' + N + r'(万件)、[\d.]+万件、[\d.]+万件',
        k2=r'快件分别为[\d.]+万件、' + N + r'(万件)、[\d.]+万件',
        k3=r'快件分别为[\d.]+万件、[\d.]+万件、' + N + r'(万件)',
        k_avg=r'平均每家' + N + r'(万件)',
        k_all=r'合计' + N + r'(万件)',
        per_pk=r'按每件' + N + r'(元)补贴',
        train=r'电商技能培训(\d+)人次',
        idle=r'有(\d+)个服务点全年未能正常运营',
        sales=r'网络零售额(\d+)(万元)，比',
        sales_prev=r'比2018年的(\d+)(万元)',
        growth=r'万元增长' + N + r'%',
        hh=r'吸纳就业，带动建档立卡贫困户(\d+)户',
        q_sent=r'共发放满意度调查问卷(\d+)份',
        q_back=r'收回有效问卷(\d+)份',
        q_sat=r'满意(\d+)份',
        sat=r'满意度' + N + r'%。',
        p_exec=r'预算执行率得分' + N + r'分',
        p_out=r'产出指标得分' + N + r'分',
        p_ben=r'效益指标得分' + N + r'分',
        p_sat=r'满意度指标得分' + N + r'分',
        total_p=r'综合得分' + N + r'分',
        grade_p=('text', r'评价等级为(优|良|中|差)'),
        grade_t=('text', r'评价等级：(优|良|中|差)'),
        t_total=('cell', '总分', 2),
        t_new=('cell', '新建乡镇电商服务站', 2),
        t_cover=('cell', '村级服务点运营补贴覆盖', 2),
        t_pk=('cell', '进村配送快件量', 2),
        t_oprate=('cell', '村级服务点正常运营率', 2),
        t_per=('cell', '单件配送补贴标准', 2),
        t_sales=('cell', '农村产品网络零售额', 2),
        t_hh=('cell', '带动建档立卡贫困户增收', 2),
        t_sat=('cell', '站点经营户及群众满意度', 2),
    ),
    checks=[
        ('year_eq', 'year_mismatch', 'title_year', 2019),
        ('year_eq', 'year_mismatch', 'cut_year', 2019),
        ('year_gt', 'year_mismatch', 'carry_year', 2019),
        ('year_eq', 'year_mismatch', 'carry_src', 2018),
        ('sum', 'sum_mismatch', 'total_funds', ['cur', 'carry_in']),
        ('sum', 'sum_mismatch', 'cur', ['cur_c', 'cur_x']),
        ('sum', 'sum_mismatch', 'spent', ['carry_used', 'cur_spent']),
        ('sum', 'sum_mismatch', 'spent', ['sp1', 'sp2', 'sp3', 'sp4']),
        ('sum', 'sum_mismatch', 'pts_all', ['pts_ops', 'idle']),
        ('sum', 'sum_mismatch', 'pts_ops', ['c1', 'c2', 'c3']),
        ('sum', 'sum_mismatch', 'k_all', ['k1', 'k2', 'k3']),
        *[('sum', 'sum_mismatch', f'f_{c}', [f'{t}_{c}' for t in 'gho']) for c in ('init', 'ann', 'spent')],
        ('prod', 'sum_mismatch', 'sp1', 'k_all', 'per_pk'),
        ('prod', 'sum_mismatch', 'sp3', 'new_n', 'per_new'),
        ('dot', 'sum_mismatch', 'sp2', ['c1', 'c2', 'c3'], ['p1', 'p2', 'p3']),
        ('diff', 'balance_mismatch', 'unspent', 'total_funds', 'spent'),
        ('rate', 'rate_mismatch', 'rate_all', 'spent', 'total_funds'),
        ('rate', 'rate_mismatch', 'op_rate', 'pts_ops', 'pts_all'),
        ('rate', 'rate_mismatch', 'sat', 'q_sat', 'q_back'),
        ('growth', 'rate_mismatch', 'growth', 'sales', 'sales_prev'),
        *[('rate', 'rate_mismatch', f'{t}_rate', f'{t}_spent', f'{t}_ann') for t in 'fgh'],
        *[('range', 'implausible_rate', f) for f in ['rate_all', 'op_rate', 'sat', 'f_rate', 'g_rate', 'h_rate']],
        ('zero', 'implausible_rate', 'o_rate', 'o_ann'),
        ('order', 'implausible_rate', 'spent', 'total_funds'),
        ('avg', 'average_mismatch', 'k_avg', ['k1', 'k2', 'k3']),
        ('exec_score', 'score_rule_mismatch', 'f_s', 'f_w', 'f_rate'),
        ('sum', 'score_sum_mismatch', 'total_p', ['p_exec', 'p_out', 'p_ben', 'p_sat']),
        ('rows_sum', 'score_sum_mismatch', 'p_out', 0, OUT3),
        ('rows_sum', 'score_sum_mismatch', 'p_ben', 0, BEN3),
        ('rows_sum', 'score_sum_mismatch', 'p_sat', 0, SAT3),
        ('same', 'conflicting_values', 'p_exec', 'f_s'),
        ('same', 'conflicting_values', 'f_init', 'total_funds'),
        ('same', 'conflicting_values', 'f_ann', 'total_funds'),
        ('same', 'conflicting_values', 'f_spent', 'spent'),
        ('same', 'conflicting_values', 'f_rate', 'rate_all'),
        ('same', 'conflicting_values', 'g_ann', 'cur'),
        ('same', 'conflicting_values', 'g_init', 'cur'),
        ('same', 'conflicting_values', 'g_spent', 'cur_spent'),
        ('same', 'conflicting_values', 'h_ann', 'carry_in'),
        ('same', 'conflicting_values', 'h_spent', 'carry_used'),
        ('same', 'conflicting_values', 'q_sent', 'q_back'),
        ('same', 'conflicting_values', 't_new', 'new_n'),
        ('same', 'conflicting_values', 't_cover', 'pts_ops'),
        ('same', 'conflicting_values', 't_pk', 'k_all'),
        ('same', 'conflicting_values', 't_oprate', 'op_rate'),
        ('same', 'conflicting_values', 't_per', 'per_pk'),
        ('same', 'conflicting_values', 't_sales', 'sales'),
        ('same', 'conflicting_values', 't_hh', 'hh'),
        ('same', 'conflicting_values', 't_sat', 'sat'),
        ('same', 'conflicting_values', 'total_p', 't_total'),
        ('same', 'conflicting_values', 'grade_p', 'grade_t'),
        ('grade', 'grade_mismatch', 'grade_p', 'total_p'),
        ('grade', 'grade_mismatch', 'grade_t', 't_total'),
    ],
)

# ---------------------------------------------------------------- P4 田东 2023 (funds block with sources, 10 + 90)
T4 = dict(cols=dict(t=1, a=2, c=3, w=4, s=5),
          rows=['村级站点运营补贴', '到村快件补贴量', '电商培训', '站点正常运营率', '补贴兑付周期', '单件寄递补贴',
                '农产品网络零售额', '带动就业人数', '站点长效运营机制', '站点经营户及群众满意度'],
          total=('总分', 1, 2), extra=[('f_w', 'f_s')])
FUNDS4 = {}
for key, tag in [('年度资金总额', 'f'), ('其中：中央资金', 'c'), ('自治区资金', 'r'), ('县级资金', 'x')]:
    for off, col in [(1, 'init'), (2, 'ann'), (3, 'spent'), (5, 'rate')]:
        FUNDS4[f'{tag}_{col}'] = ('cell', key, off)
FUNDS4['f_w'] = ('cell', '年度资金总额', 4)
FUNDS4['f_s'] = ('cell', '年度资金总额', 6)
SPECS['gx-tiandong-jidiwuliu-2023'] = dict(
    year=2023,
    tables=[T4],
    facts=dict(
        FUNDS4,
        title_year=r'^田东县商务局\n(\d{4})年度',
        yr_end=r'截至(\d{4})年末',
        st_over=r'纳入补贴管理的村级电商服务站点(\d+)个',
        new_n=r'本年新增的(\d+)个站点',
        nw1=r'各为(\d+)个、\d+个、\d+个',
        nw2=r'各为\d+个、(\d+)个、\d+个',
        nw3=r'各为\d+个、\d+个、(\d+)个',
        init_total=r'项目年初预算' + N + r'万元',
        add=r'追加县级资金' + N + r'万元',
        ann_total=r'全年预算' + N + r'万元',
        ann_c=r'中央财政资金' + N + r'万元',
        ann_r=r'自治区财政资金' + N + r'万元',
        ann_x=r'县级财政资金' + N + r'万元',
        recv_rate=r'资金到位率' + N + r'%',
        spent=r'全年实际支出' + N + r'万元',
        rate=r'预算执行率' + N + r'%',
        sp1=r'寄递物流补贴' + N + r'万元',
        sp2=r'站点运营补助' + N + r'万元',
        sp3=r'电商培训' + N + r'万元',
        x_spent_p=r'当年仅支出' + N + r'万元',
        unspent=r'未支出的' + N + r'万元',
        carry_year=r'结转至(\d{4})年',
        st_all=r'(\d+)个站点中，全年正常运营',
        st_ops=r'全年正常运营的有(\d+)个',
        op_rate=r'站点正常运营率' + N + r'%。',
        ops_per=r'每个发放运营补助(\d+)(元|万元)',
        ops_n=r'全年补助(\d+)个站点',
        pk=r'全年补贴到村快件' + N + r'(万件)',
        per_pk=r'每件补贴' + N + r'(元)',
        pk_comp=r'补贴件数仅为目标的' + N + r'%',
        train=r'等培训(\d+)人次',
        cycle=r'平均兑付周期为(\d+)(天)',
        goal_sales=r'网络零售额达到' + N + r'(亿元)',
        sales=r'网络零售额(\d+)(万元)，较',
        sales_prev=r'较2022年的(\d+)(万元)',
        growth=r'万元增长' + N + r'%',
        sales_comp=r'只完成年度目标的' + N + r'%',
        jobs=r'带动就业(\d+)人。',
        q_sent=r'发放满意度问卷(\d+)份',
        q_back=r'问卷收回(\d+)份',
        q_sat=r'其中满意(\d+)份',
        sat=r'满意度' + N + r'%。',
        total_p=r'自评得分' + N + r'分',
        idle=r'(\d+)个站点全年未能正常运营',
        grade_t=('text', r'评价等级：(优|良|中|差)'),
        t_total=('cell', '总分', 2),
        t_ops=('cell', '村级站点运营补贴', 2),
        t_pk_target=('cell', '到村快件补贴量', 1),
        t_pk=('cell', '到村快件补贴量', 2),
        t_pk_c=('cell', '到村快件补贴量', 3),
        t_train=('cell', '电商培训', 2),
        t_oprate=('cell', '站点正常运营率', 2),
        t_cycle=('cell', '补贴兑付周期', 2),
        t_per=('cell', '单件寄递补贴', 2),
        t_sales_target=('cell', '农产品网络零售额', 1),
        t_sales=('cell', '农产品网络零售额', 2),
        t_sales_c=('cell', '农产品网络零售额', 3),
        t_jobs=('cell', '带动就业人数', 2),
        t_sat=('cell', '站点经营户及群众满意度', 2),
    ),
    checks=[
        ('year_eq', 'year_mismatch', 'title_year', 2023),
        ('year_eq', 'year_mismatch', 'yr_end', 2023),
        ('year_gt', 'year_mismatch', 'carry_year', 2023),
        ('sum', 'sum_mismatch', 'ann_total', ['init_total', 'add']),
        ('sum', 'sum_mismatch', 'ann_total', ['ann_c', 'ann_r', 'ann_x']),
        ('sum', 'sum_mismatch', 'spent', ['sp1', 'sp2', 'sp3']),
        ('sum', 'sum_mismatch', 'new_n', ['nw1', 'nw2', 'nw3']),
        ('sum', 'sum_mismatch', 'st_all', ['st_ops', 'idle']),
        *[('sum', 'sum_mismatch', f'f_{c}', [f'{t}_{c}' for t in 'crx']) for c in ('init', 'ann', 'spent')],
        ('sum', 'sum_mismatch', 'x_ann', ['x_init', 'add']),
        ('prod', 'sum_mismatch', 'sp1', 'pk', 'per_pk'),
        ('prod', 'sum_mismatch', 'sp2', 'ops_n', 'ops_per'),
        ('diff', 'balance_mismatch', 'unspent', 'ann_total', 'spent'),
        ('rate', 'rate_mismatch', 'rate', 'spent', 'ann_total'),
        *[('rate', 'rate_mismatch', f'{t}_rate', f'{t}_spent', f'{t}_ann') for t in 'fcrx'],
        ('rate', 'rate_mismatch', 'op_rate', 'st_ops', 'st_all'),
        ('rate', 'rate_mismatch', 'pk_comp', 'pk', 't_pk_target'),
        ('rate', 'rate_mismatch', 'sales_comp', 'sales', 't_sales_target'),
        ('rate', 'rate_mismatch', 'sat', 'q_sat', 'q_back'),
        ('growth', 'rate_mismatch', 'growth', 'sales', 'sales_prev'),
        *[('range', 'implausible_rate', f) for f in ['recv_rate', 'rate', 'op_rate', 'sat', 'f_rate', 'c_rate',
                                                      'r_rate', 'x_rate']],
        ('order', 'implausible_rate', 'spent', 'ann_total'),
        ('exec_score', 'score_rule_mismatch', 'f_s', 'f_w', 'f_rate'),
        ('same', 'conflicting_values', 'st_over', 'st_all'),
        ('same', 'conflicting_values', 'ops_n', 'st_ops'),
        ('same', 'conflicting_values', 'f_init', 'init_total'),
        ('same', 'conflicting_values', 'f_ann', 'ann_total'),
        ('same', 'conflicting_values', 'f_spent', 'spent'),
        ('same', 'conflicting_values', 'f_rate', 'rate'),
        ('same', 'conflicting_values', 'c_ann', 'ann_c'),
        ('same', 'conflicting_values', 'r_ann', 'ann_r'),
        ('same', 'conflicting_values', 'x_ann', 'ann_x'),
        ('same', 'conflicting_values', 'x_spent', 'x_spent_p'),
        ('same', 'conflicting_values', 'q_sent', 'q_back'),
        ('same', 'conflicting_values', 't_ops', 'ops_n'),
        ('same', 'conflicting_values', 't_pk', 'pk'),
        ('same', 'conflicting_values', 't_pk_c', 'pk_comp'),
        ('same', 'conflicting_values', 't_train', 'train'),
        ('same', 'conflicting_values', 't_oprate', 'op_rate'),
        ('same', 'conflicting_values', 't_cycle', 'cycle'),
        ('same', 'conflicting_values', 't_per', 'per_pk'),
        ('same', 'conflicting_values', 't_sales_target', 'goal_sales'),
        ('same', 'conflicting_values', 't_sales', 'sales'),
        ('same', 'conflicting_values', 't_sales_c', 'sales_comp'),
        ('same', 'conflicting_values', 't_jobs', 'jobs'),
        ('same', 'conflicting_values', 't_sat', 'sat'),
        ('same', 'conflicting_values', 'total_p', 't_total'),
        ('grade', 'grade_mismatch', 'grade_t', 't_total'),
    ],
)

# ---------------------------------------------------------------- P5 永和 2024 (department report, Shanxi tables)
T5 = dict(cols=dict(w=1, t=2, a=3, c=4, s=5),
          rows=['部门预算执行率', '运营补助站点数', '补贴到村快件量', '乡镇商贸中心改造数量', '站点正常运营率', '快件到村时限',
                '单件配送补贴', '“三公”经费支出', '农村网络零售额增长率', '带动就业人数', '快递进村覆盖率', '服务对象满意度'],
          total=('合计', 1, 2))
OUT5 = T5['rows'][1:8]
BEN5 = T5['rows'][8:11]
FUNDS5 = {}
for key, tag in [('年初预算资金', 'y1'), ('全年预算资金', 'y2'), ('实际到位资金', 'y3'), ('全年执行资金', 'y4'),
                 ('资金结余', 'y5'), ('预算到位率(%)', 'y6'), ('预算执行率(%)', 'y7')]:
    for off, col in [(2, 't'), (3, 'b'), (4, 'p')]:
        FUNDS5[f'{tag}{col}'] = ('cell', key, off)
SPECS['sx-yonghe-shangwuju-bumen-2024'] = dict(
    year=2024,
    tables=[T5],
    facts=dict(
        FUNDS5,
        title_year=r'^永和县商务局(\d{4})年度',
        init_total=r'部门年初预算' + N + r'万元',
        init_b=r'其中基本支出' + N + r'万元',
        init_p=r'、项目支出' + N + r'万元。',
        add_b=r'增加基本支出' + N + r'万元',
        add_p=r'追加中央快递物流配送补贴资金' + N + r'万元',
        ann_total=r'全年预算' + N + r'万元，全部拨付到位',
        spent=r'全年执行' + N + r'万元',
        rate=r'部门预算执行率' + N + r'%',
        rate_b=r'基本支出执行率' + N + r'%',
        bal=r'年末结余' + N + r'万元',
        carry_year=r'结转至(\d{4})年',
        ann_p=r'项目支出全年预算' + N + r'万元',
        cen=r'中央财政服务业发展资金' + N + r'万元',
        cen_add=r'含年中追加' + N + r'万元',
        cty=r'县级财政资金' + N + r'万元',
        pb1=r'全年预算分别为' + N + r'万元、[\d.]+万元、[\d.]+万元',
        pb2=r'全年预算分别为[\d.]+万元、' + N + r'万元、[\d.]+万元',
        pb3=r'全年预算分别为[\d.]+万元、[\d.]+万元、' + N + r'万元',
        p_spent=r'全年项目支出执行' + N + r'万元',
        e1=r'农村电商服务站点运营补助' + N + r'万元',
        e2=r'快递物流配送补贴' + N + r'万元',
        e3=r'乡镇商贸中心改造' + N + r'万元',
        st_all=r'全县(\d+)个村级电商服务站点中',
        st_ops=r'中正常运营(\d+)个',
        op_rate=r'运营率' + N + r'%。',
        per_st=r'按每个(\d+)(元|万元)发放',
        pk=r'全年补贴到村快件' + N + r'(万件)',
        per_pk=r'每件补贴' + N + r'(元)',
        rate_e2=r'配送补贴执行率' + N + r'%',
        hub1=r'分别为' + N + r'(万件)、[\d.]+万件、[\d.]+万件',
        hub2=r'分别为[\d.]+万件、' + N + r'(万件)、[\d.]+万件',
        hub3=r'分别为[\d.]+万件、[\d.]+万件、' + N + r'(万件)',
        hrs=r'到村平均时限(\d+)(小时)',
        n_proj=r'实施项目(\d+)个',
        s1=r'得分分别为(\d+)分、\d+分、\d+分',
        s2=r'得分分别为\d+分、(\d+)分、\d+分',
        s3=r'得分分别为\d+分、\d+分、(\d+)分',
        s_avg=r'平均' + N + r'分',
        sangong=r'“三公”经费支出' + N + r'(万元)，控制',
        sales=r'网络零售额(\d+)(万元)，较',
        sales_prev=r'较2023年的(\d+)(万元)',
        growth=r'万元增长' + N + r'%',
        jobs=r'带动就业(\d+)人；',
        cover=r'快递进村覆盖率' + N + r'%。',
        q_sent=r'发放问卷(\d+)份',
        q_sat=r'满意(\d+)份',
        sat=r'满意度' + N + r'%。',
        p_exec=r'预算执行得分' + N + r'分',
        p_out=r'产出指标得分' + N + r'分',
        p_ben=r'效益指标得分' + N + r'分',
        p_satsc=r'满意度指标得分' + N + r'分',
        total_p=r'合计' + N + r'分',
        grade_p=('text', r'等级为(优秀|良好|中等|较差)'),
        grade_t=('text', r'等级：(优秀|良好|中等|较差)'),
        t_total=('cell', '合计', 2),
        t_exec=('cell', '部门预算执行率', 3),
        t_exec_s=('cell', '部门预算执行率', 5),
        t_exec_w=('cell', '部门预算执行率', 1),
        t_ops=('cell', '运营补助站点数', 3),
        t_pk=('cell', '补贴到村快件量', 3),
        t_mall=('cell', '乡镇商贸中心改造数量', 3),
        t_oprate=('cell', '站点正常运营率', 3),
        t_hrs=('cell', '快件到村时限', 3),
        t_per=('cell', '单件配送补贴', 3),
        t_sangong=('cell', '“三公”经费支出', 3),
        t_growth=('cell', '农村网络零售额增长率', 3),
        t_jobs=('cell', '带动就业人数', 3),
        t_cover=('cell', '快递进村覆盖率', 3),
        t_sat=('cell', '服务对象满意度', 3),
    ),
    checks=[
        ('year_eq', 'year_mismatch', 'title_year', 2024),
        ('year_gt', 'year_mismatch', 'carry_year', 2024),
        ('sum', 'sum_mismatch', 'init_total', ['init_b', 'init_p']),
        ('sum', 'sum_mismatch', 'ann_total', ['init_total', 'add_b', 'add_p']),
        ('sum', 'sum_mismatch', 'ann_p', ['cen', 'cty']),
        ('sum', 'sum_mismatch', 'ann_p', ['pb1', 'pb2', 'pb3']),
        ('sum', 'sum_mismatch', 'p_spent', ['e1', 'e2', 'e3']),
        ('sum', 'sum_mismatch', 'spent', ['y4b', 'p_spent']),
        ('sum', 'sum_mismatch', 'pk', ['hub1', 'hub2', 'hub3']),
        ('sum', 'sum_mismatch', 'y2b', ['y1b', 'add_b']),
        ('sum', 'sum_mismatch', 'y2p', ['y1p', 'add_p']),
        *[('sum', 'sum_mismatch', f'y{i}t', [f'y{i}b', f'y{i}p']) for i in range(1, 6)],
        ('prod', 'sum_mismatch', 'e1', 'st_ops', 'per_st'),
        ('prod', 'sum_mismatch', 'e2', 'pk', 'per_pk'),
        ('diff', 'balance_mismatch', 'bal', 'ann_total', 'spent'),
        *[('diff', 'balance_mismatch', f'y5{c}', f'y3{c}', f'y4{c}') for c in 'tbp'],
        ('rate', 'rate_mismatch', 'rate', 'spent', 'ann_total'),
        ('rate', 'rate_mismatch', 'rate_b', 'y4b', 'y2b'),
        ('rate', 'rate_mismatch', 'rate_e2', 'e2', 'pb2'),
        ('rate', 'rate_mismatch', 'op_rate', 'st_ops', 'st_all'),
        ('rate', 'rate_mismatch', 'sat', 'q_sat', 'q_sent'),
        ('growth', 'rate_mismatch', 'growth', 'sales', 'sales_prev'),
        *[('rate', 'rate_mismatch', f'y6{c}', f'y3{c}', f'y2{c}') for c in 'tbp'],
        *[('rate', 'rate_mismatch', f'y7{c}', f'y4{c}', f'y2{c}') for c in 'tbp'],
        *[('range', 'implausible_rate', f) for f in ['rate', 'rate_b', 'rate_e2', 'op_rate', 'sat', 'cover',
                                                      'y6t', 'y6b', 'y6p', 'y7t', 'y7b', 'y7p']],
        ('order', 'implausible_rate', 'spent', 'ann_total'),
        ('avg', 'average_mismatch', 's_avg', ['s1', 's2', 's3']),
        ('exec_score', 'score_rule_mismatch', 'p_exec', 't_exec_w', 'rate'),
        ('sum', 'score_sum_mismatch', 'total_p', ['p_exec', 'p_out', 'p_ben', 'p_satsc']),
        ('rows_sum', 'score_sum_mismatch', 'p_out', 0, OUT5),
        ('rows_sum', 'score_sum_mismatch', 'p_ben', 0, BEN5),
        ('rows_sum', 'score_sum_mismatch', 'p_satsc', 0, ['服务对象满意度']),
        ('same', 'conflicting_values', 'p_exec', 't_exec_s'),
        ('same', 'conflicting_values', 'y1t', 'init_total'),
        ('same', 'conflicting_values', 'y1b', 'init_b'),
        ('same', 'conflicting_values', 'y1p', 'init_p'),
        ('same', 'conflicting_values', 'y2t', 'ann_total'),
        ('same', 'conflicting_values', 'y2p', 'ann_p'),
        ('same', 'conflicting_values', 'y4t', 'spent'),
        ('same', 'conflicting_values', 'y4p', 'p_spent'),
        ('same', 'conflicting_values', 'y5t', 'bal'),
        ('same', 'conflicting_values', 'y7t', 'rate'),
        ('same', 'conflicting_values', 'y7b', 'rate_b'),
        ('same', 'conflicting_values', 'pb2', 'cen'),
        ('same', 'conflicting_values', 'cen_add', 'add_p'),
        ('same', 'conflicting_values', 't_exec', 'rate'),
        ('same', 'conflicting_values', 't_ops', 'st_ops'),
        ('same', 'conflicting_values', 't_pk', 'pk'),
        ('same', 'conflicting_values', 't_mall', 'n_proj'),
        ('same', 'conflicting_values', 't_oprate', 'op_rate'),
        ('same', 'conflicting_values', 't_hrs', 'hrs'),
        ('same', 'conflicting_values', 't_per', 'per_pk'),
        ('same', 'conflicting_values', 't_sangong', 'sangong'),
        ('same', 'conflicting_values', 't_growth', 'growth'),
        ('same', 'conflicting_values', 't_jobs', 'jobs'),
        ('same', 'conflicting_values', 't_cover', 'cover'),
        ('same', 'conflicting_values', 't_sat', 'sat'),
        ('same', 'conflicting_values', 'total_p', 't_total'),
        ('same', 'conflicting_values', 'grade_p', 'grade_t'),
        ('grade', 'grade_mismatch', 'grade_p', 'total_p'),
        ('grade', 'grade_mismatch', 'grade_t', 't_total'),
    ],
)


# ================================================================================================================
def main():
    problems = []
    labels = [json.loads(line) for line in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
    edits = {f'{pid}-e{i}.txt': e for pid, es in build.EDITS.items() for i, e in enumerate(es, 1)}
    counts = {c: 0 for c in CODES}
    where = {'prose': 0, 'table': 0}
    clean_text = {}
    for rec in labels:
        if rec['clean']:
            t = open(os.path.join(HERE, 'cases', rec['case']), encoding='utf-8').read()
            clean_text[rec['source']] = t
            if not 2800 <= len(t) <= 3400:
                problems.append(f'{rec["case"]}: length {len(t)} outside 2800-3400')
    for rec in labels:
        name, pid = rec['case'], rec['source']
        text = open(os.path.join(HERE, 'cases', name), encoding='utf-8').read()
        spec = SPECS[pid]
        try:
            fails = Checker(text, spec).run()
        except LookupError as exc:
            problems.append(f'{name}: cannot read facts: {exc}')
            continue
        if rec['clean']:
            if rec['expected']:
                problems.append(f'{name}: clean case with labels')
            for code, msg in fails:
                problems.append(f'{name}: clean draft fails {code}: {msg}')
            continue
        if len(rec['expected']) != 1:
            problems.append(f'{name}: expected exactly one label')
            continue
        lab = rec['expected'][0]
        code, value = lab['code'], lab['value']
        if lab.get('severity') != 'error' or code not in CODES:
            problems.append(f'{name}: bad label {lab}')
            continue
        counts[code] += 1
        e = edits[name]
        where[e['where']] += 1
        # label value and the single contiguous change
        n_val = text.count(value)
        if n_val != 1:
            problems.append(f'{name}: label value occurs {n_val} times')
        n_fig = text.count(e['fig'])
        if n_fig != 1:
            problems.append(f'{name}: changed figure {e["fig"]!r} occurs {n_fig} times')
        clean = clean_text[pid]
        pre = len(os.path.commonprefix([clean, text]))
        room = min(len(clean), len(text)) - pre
        suf = min(len(os.path.commonprefix([clean[::-1], text[::-1]])), room)
        r_text = (pre, len(text) - suf)       # the changed place in the error case
        r_clean = (pre, len(clean) - suf)     # the same place in the clean draft
        if text == clean:
            problems.append(f'{name}: identical to its clean draft')
        if clean[:r_clean[0]] + text[r_text[0]:r_text[1]] + clean[r_clean[1]:] != text:
            problems.append(f'{name}: not one contiguous change')
        if max(r_text[1] - r_text[0], r_clean[1] - r_clean[0]) > 40:
            problems.append(f'{name}: the changed place spans more than 40 characters')
        v0 = text.find(value)
        if not (v0 < max(r_text[1], r_text[0] + 1) and r_text[0] < v0 + len(value)):
            problems.append(f'{name}: change {r_text} does not overlap the label value at {v0}')
        # arithmetic
        failed = {c for c, _ in fails if c not in WARNING_CODES}
        if code not in failed:
            problems.append(f'{name}: labelled {code} does not fail the arithmetic; fails: {fails}')
        extra = failed - {code}
        if extra:
            problems.append(f'{name}: other error codes fail too: {sorted(extra)}: {fails}')
    for c, n in counts.items():
        if n < 2:
            problems.append(f'code {c} labelled {n} times (< 2)')
    print('cases:', len(labels), ' errors per code:', ', '.join(f'{c}={n}' for c, n in counts.items()))
    print('slips in prose / table:', where['prose'], '/', where['table'])
    for p in problems:
        print('PROBLEM:', p)
    if problems:
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
