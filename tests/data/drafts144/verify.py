#!/usr/bin/env python3
"""Verify the n144 set.

1. Every clean draft: redo the arithmetic (funds, rates, sums, balances, averages, completion rates,
   weights, scores, total, grade, years, units, implausible rates, known amounts).  No check may fail.
2. Every error case: differs from its clean draft in one contiguous place, the label value occurs in
   it and overlaps that place, and at least one of the arithmetic checks now fails.
3. labels.jsonl: one line per case, codes from errors.md §A, each of the 13 codes at least twice.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

sys.dont_write_bytecode = True
import build  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
CODES = ['rate_mismatch', 'balance_mismatch', 'sum_mismatch', 'score_sum_mismatch', 'score_exceeds_weight',
         'weight_sum_mismatch', 'grade_mismatch', 'average_mismatch', 'conflicting_values', 'implausible_rate',
         'unit_mismatch', 'year_mismatch', 'completion_mismatch']
FUND_NAMES = ['年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金']
NUM = r'(\d[\d,]*(?:\.\d+)?)'


# ------------------------------------------------------------------ numbers and tolerance (rules.md §8)
def d(s):
    return D(str(s).replace(',', '').replace('%', '').strip())


def decimals(s):
    s = str(s).replace(',', '').replace('%', '').strip()
    return len(s.split('.')[1]) if '.' in s else 0


def close(stated, computed, approx=False):
    """stated string vs computed Decimal, tolerance half a unit of the stated last digit."""
    tol = D('0.5') * D(10) ** -decimals(stated) + D('1e-9')
    return abs(d(stated) - D(computed)) <= tol


def rnd(x, n=2):
    return D(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def band(total):
    t = D(total)
    return '优' if t >= 90 else '良' if t >= 80 else '中' if t >= 60 else '差'


GRADE_WORDS = {'优': '优', '优秀': '优', '良': '良', '良好': '良', '中': '中', '中等': '中', '一般': '中',
               '合格': '中', '差': '差', '较差': '差', '不合格': '差'}


class Checker:
    def __init__(self, name, text):
        self.name, self.text, self.fails, self.n = name, text, [], 0

    def ok(self, cond, msg):
        self.n += 1
        if not cond:
            self.fails.append(msg)
        return cond

    def one(self, pat, group=1):
        """All matches of pat must give the same value; returns it (or None and a failure)."""
        ms = [m.group(group) if isinstance(group, int) else m.groups() for m in re.finditer(pat, self.text)]
        if not ms:
            self.fails.append(f'pattern not found: {pat}')
            return None
        if any(m != ms[0] for m in ms):
            self.fails.append(f'same quantity stated differently: {pat} -> {ms}')
        return ms[0]

    def groups(self, pat):
        m = re.search(pat, self.text, re.S)
        if not m:
            self.fails.append(f'pattern not found: {pat}')
            return None
        return m.groups()

    def eq(self, a, b, msg):
        return self.ok(a is not None and b is not None and d(a) == d(b), f'{msg}: {a} vs {b}')

    def rate(self, stated, num, den, msg):
        if stated is None or num is None or den is None:
            return self.ok(False, msg + ': missing figure')
        return self.ok(close(stated, d(num) / d(den) * 100), f'{msg}: stated {stated}%, computed '
                       f'{rnd(d(num) / d(den) * 100)}%')

    def total(self, parts, stated, msg):
        if stated is None or any(p is None for p in parts):
            return self.ok(False, msg + ': missing figure')
        return self.ok(sum(d(p) for p in parts) == d(stated), f'{msg}: {" + ".join(map(str, parts))} '
                       f'= {sum(d(p) for p in parts)}, stated {stated}')

    def avg(self, items, stated, msg):
        if stated is None or any(i is None for i in items):
            return self.ok(False, msg + ': missing figure')
        m = sum(d(i) for i in items) / len(items)
        return self.ok(close(stated, m), f'{msg}: mean {rnd(m)}, stated {stated}')


# ------------------------------------------------------------------ table parsers (one per layout)
def parse_flat(text):
    """Word table flattened: one tab-indented cell per line, blank line between rows."""
    rows = []
    start = text.find('\t项目名称')
    for block in text[start:].split('\n\n'):
        cells = [ln[1:] for ln in block.split('\n') if ln.startswith('\t')]
        if cells:
            rows.append(cells)
    return rows


def parse_split(sep):
    def parser(text):
        rows = []
        for ln in text.split('\n'):
            if sep == '|':
                if ln.startswith('| '):
                    rows.append([c.strip() for c in ln.strip().strip('|').split('|')])
            elif sep in ln:
                rows.append(ln.split(sep))
        return rows
    return parser


PDF_ROW = re.compile(r'^(?:(产出指标|效益指标|满意度指标) )?(\S*指标) (\S+) (\S+) (\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)(?: (.*))?$')


def table_from_rows(rows, has_comp):
    """Normalise rows into funds / indicators / totals."""
    t = {'funds': {}, 'ind': [], 'total_w': None, 'total_s': None, 'grade': None}
    in_ind, l1 = False, ''
    for r in rows:
        cells = [c.strip() for c in r]
        name = next((c for c in cells[:2] if c in FUND_NAMES), None)
        if name and not in_ind:
            i = cells.index(name)
            t['funds'][name] = cells[i + 1:i + 7]
            continue
        if cells and cells[0] == '一级指标':
            in_ind = True
            continue
        if cells and cells[0] == '总分':
            nums = [c for c in cells[1:] if c]
            t['total_w'], t['total_s'] = nums[0], nums[1]
            in_ind = False
            continue
        if in_ind:
            n = 9 if has_comp else 8
            cells = (cells + [''] * n)[:n]
            if cells[0]:
                l1 = cells[0]
            row = {'l1': l1, 'l2': cells[1], 'l3': cells[2], 'target': cells[3], 'actual': cells[4]}
            if has_comp:
                row.update(comp=cells[5], w=cells[6], s=cells[7])
            else:
                row.update(comp=None, w=cells[5], s=cells[6])
            t['ind'].append(row)
    return t


def parse_pdf(text):
    t = {'funds': {}, 'ind': [], 'total_w': None, 'total_s': None, 'grade': None}
    lines = text.split('\n')
    in_ind, l1 = False, ''
    for ln in lines:
        parts = ln.split(' ')
        if parts[0] in FUND_NAMES and not in_ind:
            t['funds'][parts[0]] = parts[1:7]
        elif ln.startswith('一级指标 二级指标'):
            in_ind = True
        elif ln.startswith('总分 '):
            t['total_w'], t['total_s'] = parts[1], parts[2]
            in_ind = False
        elif ln.startswith('自评等级 '):
            t['grade'] = parts[1]
        elif in_ind:
            m = PDF_ROW.match(ln)
            if m:
                if m.group(1):
                    l1 = m.group(1)
                t['ind'].append({'l1': l1, 'l2': m.group(2), 'l3': m.group(3), 'target': m.group(4),
                                 'actual': m.group(5), 'comp': None, 'w': m.group(6), 's': m.group(7)})
    return t


# ------------------------------------------------------------------ indicator values
DATE = re.compile(r'\d{4}年\d{1,2}月\d{1,2}日')
VAL = re.compile(r'(\d+(?:\.\d+)?)(%|[^\d\s，,、；;|｜]*)')


def parse_value(s):
    """-> (direction, [(number, unit)]) or None for a qualitative value."""
    if DATE.search(s):
        return ('date', [])
    vals = [(D(n), u) for n, u in VAL.findall(s)]
    if not vals:
        return None
    direction = 'lte' if ('≤' in s or '＜' in s) else 'gte'
    return (direction, vals)


def completion(target, actual):
    direction, tv = target
    _, av = actual
    T, A = tv[0][0], av[0][0]
    if direction == 'lte':
        return D(100) if A <= T else T / A * 100
    return A / T * 100


# ------------------------------------------------------------------ generic checks
def generic_checks(c, t, year, amounts):
    text = c.text
    f = t['funds']
    c.ok(all(n in f for n in FUND_NAMES), f'funds block incomplete: {list(f)}')
    if all(n in f for n in FUND_NAMES):
        for col, label in [(0, '年初预算数'), (1, '全年预算数'), (2, '全年执行数')]:
            c.total([f[n][col] for n in FUND_NAMES[1:]], f['年度资金总额'][col], f'funds {label}: components vs 年度资金总额')
        for n in FUND_NAMES:
            rate = f[n][4]
            if d(f[n][1]) == 0:
                c.ok(rate in ('—', '-', ''), f'{n}: rate {rate} on a zero budget')
            elif rate not in ('—', '-', ''):
                c.rate(rate, f[n][2], f[n][1], f'{n}: 执行率')
                c.ok(d(rate) <= 100, f'{n}: 执行率 {rate} over 100%')
        tot = f['年度资金总额']
        c.eq(tot[3], 10, '预算执行率 分值')
        r = d(tot[2]) / d(tot[1])
        c.ok(close(tot[5], 10 * min(r, D(1))) or close(tot[5], 10 * min(d(tot[4]) / 100, D(1))),
             f'预算执行率 得分 {tot[5]} vs 10 × {rnd(r * 100)}%')
        exec_w, exec_s = d(tot[3]), d(tot[5])
    else:
        exec_w, exec_s = D(0), D(0)

    ind = t['ind']
    c.ok(len(ind) >= 6, f'only {len(ind)} indicator rows parsed')
    sw = exec_w + sum(d(r['w']) for r in ind)
    ss = exec_s + sum(d(r['s']) for r in ind)
    c.ok(sw == 100, f'weights add to {sw}, not 100')
    c.ok(t['total_w'] is not None and d(t['total_w']) == sw, f'总分 分值 {t["total_w"]} vs sum {sw}')
    c.ok(t['total_s'] is not None and close(t['total_s'], ss), f'总分 得分 {t["total_s"]} vs sum of rows {ss}')
    for r in ind:
        c.ok(D(0) <= d(r['s']) <= d(r['w']), f'{r["l3"]}: 得分 {r["s"]} outside 0..分值 {r["w"]}')
        tv, av = parse_value(r['target']), parse_value(r['actual'])
        if tv is None or av is None:
            c.ok(tv is None, f'{r["l3"]}: quantitative target {r["target"]} with qualitative actual {r["actual"]}')
            continue
        if tv[0] == 'date' or av[0] == 'date':
            c.ok(tv[0] == av[0] == 'date', f'{r["l3"]}: date target {r["target"]} vs actual {r["actual"]}')
            continue
        c.ok([u for _, u in tv[1]] == [u for _, u in av[1]],
             f'{r["l3"]}: unit of target {r["target"]} differs from actual {r["actual"]}')
        if [u for _, u in tv[1]] != [u for _, u in av[1]]:
            continue
        if len(tv[1]) > 1:   # several standards in one cell: each must be met
            c.ok(all(a <= tt for (tt, _), (a, _) in zip(tv[1], av[1])), f'{r["l3"]}: standard exceeded')
            comp = D(100)
        else:
            comp = completion(tv, av)
        if r['comp'] not in (None, '', '—'):
            c.ok(close(r['comp'], comp), f'{r["l3"]}: 完成率 {r["comp"]} vs computed {rnd(comp)}%')
        exp = d(r['w']) * min(comp / 100, D(1))
        exp2 = d(r['w']) * min(d(r['comp']) / 100, D(1)) if r['comp'] not in (None, '', '—') else exp
        c.ok(close(r['s'], exp) or close(r['s'], exp2), f'{r["l3"]}: 得分 {r["s"]} vs rule {rnd(exp)}')
        if av[1][0][1] == '%' and ('满意' in r['l3'] or '率' in r['l3']):
            c.ok(av[1][0][0] <= 100, f'{r["l3"]}: rate {r["actual"]} over 100%')

    # level sums stated in prose (得分 and 分值)
    levels = {'产出指标': '产出指标', '效益指标': '效益指标', '满意度指标': '满意度指标'}
    for lv in levels:
        rows = [r for r in ind if r['l1'] == lv]
        for m in re.finditer(lv + r'得(?:分)?(\d+(?:\.\d+)?)分', text):
            c.ok(close(m.group(1), sum(d(r['s']) for r in rows)),
                 f'prose {lv} score {m.group(1)} vs rows {sum(d(r["s"]) for r in rows)}')
    for m in re.finditer(r'预算执行率得(?:分)?(\d+(?:\.\d+)?)分', text):
        c.ok(close(m.group(1), exec_s), f'prose 预算执行率 score {m.group(1)} vs {exec_s}')
    for sent in re.findall(r'[^。]*权重[^。]*。', text):
        ws = dict((k, D(v)) for k, v in re.findall(r'(预算执行率|产出指标|效益指标|满意度指标)(\d+)分', sent))
        if ws:
            c.ok(sum(ws.values()) == 100, f'prose level weights add to {sum(ws.values())}')
            mfull = re.search(r'满分(\d+)分', sent)
            if mfull:
                c.ok(sum(ws.values()) == D(mfull.group(1)), f'prose level weights vs 满分{mfull.group(1)}分')
            for lv, w in ws.items():
                if lv == '预算执行率':
                    c.ok(w == exec_w, f'prose 预算执行率 weight {w} vs table {exec_w}')
                else:
                    tw = sum(d(r['w']) for r in ind if r['l1'] == lv)
                    c.ok(w == tw, f'prose {lv} weight {w} vs table rows {tw}')

    # total and grade
    total = t['total_s']
    for m in re.finditer(r'(?:自评得分|综合得分|自评总分|综合自评得分)(\d+(?:\.\d+)?)分', text):
        c.ok(total is not None and d(m.group(1)) == d(total), f'prose total {m.group(1)} vs table {total}')
    grades = re.findall(r'(?:评价等级为|自评等级 )“?(优秀|良好|中等|一般|合格|较差|不合格|优|良|中|差)', text)
    c.ok(bool(grades), 'no grade stated')
    for g in grades:
        c.ok(total is not None and GRADE_WORDS[g] == band(d(total)), f'grade {g} vs total {total} ({band(d(total))})')

    # years
    for m in re.finditer(r'（(\d{4})年度）|(\d{4})年度项目支出绩效自评表', text):
        y = m.group(1) or m.group(2)
        c.ok(int(y) == year, f'自评表 year {y} vs {year}')
    for y in re.findall(r'截至(\d{4})年12月31日', text):
        c.ok(int(y) == year, f'截至{y}年12月31日 in a {year} report')
    for y in re.findall(r'结转至(\d{4})年', text):
        c.ok(int(y) == year + 1, f'结转至{y}年 in a {year} report')

    # rates that cannot exceed 100%
    for kind, v in re.findall(r'(执行率|到位率|满意度|使用率|合格率|随访率|覆盖率|知晓率|早诊率|有效率|及时率)(?:为|达)?(\d+(?:\.\d+)?)%', text):
        c.ok(D(v) <= 100, f'{kind} {v}% over 100%')

    # every 万元 amount must be one of the project's amounts
    for v in re.findall(NUM + r'万元', text):
        c.ok(d(v) in amounts, f'unknown amount {v}万元')


# ------------------------------------------------------------------ project checks
def p_qingfeng(c, t):
    f = t['funds']['年度资金总额'] if '年度资金总额' in t['funds'] else [None] * 6
    init = c.one(r'年初预算安排退役士兵职业技能培训经费' + NUM + '万元')
    add = c.one(r'退役士兵教育培训补助资金' + NUM + r'万元，调整后')
    annual = c.one(r'调整后全年预算' + NUM + '万元')
    c.total([init, add], annual, '年初 + 追加 = 全年预算')
    recv, recv_rate = c.one(r'全年资金到位' + NUM + r'万元，到位率' + NUM + '%', None)
    c.rate(recv_rate, recv, annual, '到位率')
    spent, rate = c.one(r'项目实际支出' + NUM + r'万元，预算执行率' + NUM + '%', None)
    c.rate(rate, spent, annual, '预算执行率')
    c.eq(f[0], init, 'table 年初预算数 vs prose')
    c.eq(f[1], annual, 'table 全年预算数 vs prose')
    c.eq(f[2], spent, 'table 全年执行数 vs prose')
    c.eq(f[4], rate, 'table 执行率 vs prose')
    parts = []
    for item in ['培训费', '生活补助', '鉴定费']:
        g = c.groups(item + NUM + r'万元（(\d+)人×(\d+)元/人）')
        if g:
            c.ok(d(g[0]) * 10000 == d(g[1]) * d(g[2]), f'{item}: {g[1]}×{g[2]}元 vs {g[0]}万元')
            parts.append(g[0])
    c.total(parts, spent, '支出明细 vs 实际支出')
    c.rate(c.one(r'占实际支出的' + NUM + '%'), parts[0] if parts else None, spent, '培训费占比')
    bal = c.one(r'年末结余' + NUM + '万元')
    c.ok(bal is not None and d(bal) == d(recv) - d(spent), f'结余 {bal} vs 到位 {recv} − 执行 {spent}')
    classes = c.one(r'全年分(\d+)期开班')
    g = c.groups(r'共培训自主就业退役士兵(\d+)人，平均每期(\d+)人，其中(.+?)，开设培训专业(\d+)个')
    if g:
        total, avg, detail, nmaj = g
        c.avg([total] * 1, avg * 1, 'dummy') if False else None
        c.ok(close(avg, d(total) / d(classes)), f'平均每期 {avg} vs {total}/{classes}')
        majors = re.findall(r'(\d+)人', detail)
        c.total(majors, total, '各专业人数 vs 培训人数')
        c.eq(len(majors), nmaj, '专业个数')
        row = next(r for r in t['ind'] if r['l3'] == '培训退役士兵人数')
        c.eq(row['actual'].rstrip('人'), total, 'table 培训人数 vs prose')
        c.rate(c.one(r'完成年度目标的' + NUM + '%'), total, row['target'].strip('≥人'), '培训人数完成率')
        last, inc = c.one(r'比2021年的(\d+)人增加(\d+)人', None)
        c.eq(d(total) - d(last), inc, '比上年增加')
        ok_n, ok_r = c.one(r'结业考核合格(\d+)人，合格率' + NUM + '%', None)
        c.rate(ok_r, ok_n, total, '结业考核合格率')
        exam, cert, cert_r = c.one(r'参加职业技能鉴定(\d+)人，取得职业技能等级证书(\d+)人，取证率（取证人数/参加鉴定人数）' + NUM + '%', None)
        c.rate(cert_r, cert, exam, '取证率')
        c.eq(exam, c.one(r'鉴定费[\d.]+万元（(\d+)人'), '鉴定人数 vs 鉴定费人数')
        c.eq(d(total) - d(exam), c.one(r'有(\d+)名学员因已就业'), '未参加鉴定人数')
        job, job_r = c.one(r'实现就业创业(\d+)人，就业率' + NUM + '%', None)
        c.rate(job_r, job, total, '就业率')
    back, sat_n, sat_r = c.one(r'回收(\d+)份，其中满意及基本满意(\d+)份，满意度' + NUM + '%', None)
    c.rate(sat_r, sat_n, back, '满意度')
    sus = next(r for r in t['ind'] if r['l2'] == '可持续影响指标')
    c.eq(d(sus['w']) - d(sus['s']), c.one(r'可持续影响指标扣(\d+)分'), '可持续影响指标扣分')
    for l3, pat in [('职业技能鉴定取证率', r'取证率（取证人数/参加鉴定人数）' + NUM + '%'),
                    ('参训退役士兵就业率', r'就业率' + NUM + '%'), ('参训退役士兵满意度', r'满意度' + NUM + '%'),
                    ('结业考核合格率', r'合格率' + NUM + '%')]:
        row = next(r for r in t['ind'] if r['l3'] == l3)
        c.eq(row['actual'], c.one(pat) + '%' if c.one(pat) else None, f'table {l3} vs prose')


def p_poyang(c, t):
    f = t['funds'].get('年度资金总额', [None] * 6)
    intro = c.one(r'项目资金' + NUM + r'万元的使用')
    adv, county, init = c.one(r'检查补助资金' + NUM + r'万元，加上县级配套资金' + NUM + r'万元，年初预算' + NUM + '万元', None)
    c.total([adv, county], init, '提前下达 + 县级配套 = 年初预算')
    add, annual, upper, county2 = c.one(r'省级追加补助资金' + NUM + r'万元，全年预算' + NUM + r'万元，其中中央及省级补助' + NUM + r'万元、县级配套' + NUM + '万元', None)
    c.total([init, add], annual, '年初 + 追加 = 全年预算')
    c.total([upper, county2], annual, '资金来源 vs 全年预算')
    c.total([adv, add], upper, '中央及省级补助')
    c.eq(county, county2, '县级配套')
    c.eq(intro, annual, '开头评价金额 vs 全年预算')
    spent, rate = c.one(r'全年实际支出' + NUM + r'万元，预算执行率' + NUM + '%', None)
    c.rate(rate, spent, annual, '预算执行率')
    c.eq(f[0], init, 'table 年初预算数')
    c.eq(f[1], annual, 'table 全年预算数')
    c.eq(f[2], spent, 'table 全年执行数')
    c.eq(f[4], rate, 'table 执行率')
    cx, cxu, rx, rxu = c.one(r'宫颈癌检查经费' + NUM + r'万元（每例(\d+)元）、乳腺癌检查经费' + NUM + r'万元（每例(\d+)元）', None)
    n_c, tgt, comp_c = c.one(r'完成宫颈癌检查(\d+)人，完成年度任务（(\d+)人）的' + NUM + '%', None)
    n_r, comp_r = c.one(r'完成乳腺癌检查(\d+)人，完成' + NUM + '%', None)
    c.ok(d(cx) * 10000 == d(n_c) * d(cxu), f'宫颈癌经费 {cx} vs {n_c}×{cxu}')
    c.ok(d(rx) * 10000 == d(n_r) * d(rxu), f'乳腺癌经费 {rx} vs {n_r}×{rxu}')
    c.total([cx, rx], spent, '检查经费 vs 实际支出')
    bal = c.one(r'结余' + NUM + r'万元，按规定结转')
    c.ok(bal is not None and d(bal) == d(annual) - d(spent), f'结余 {bal} vs {annual} − {spent}')
    c.rate(comp_c, n_c, tgt, '宫颈癌完成率')
    c.rate(comp_r, n_r, tgt, '乳腺癌完成率')
    g = c.groups(r'宫颈癌检查分别完成(\d+)人、(\d+)人、(\d+)人、(\d+)人，平均每个筛查点(\d+)人')
    if g:
        c.total(g[:4], n_c, '各筛查点 vs 宫颈癌检查人数')
        c.avg(g[:4], g[4], '平均每个筛查点')
    last, inc = c.one(r'2020年全县宫颈癌检查(\d+)人，今年增加(\d+)人', None)
    c.eq(d(n_c) - d(last), inc, '比上年增加')
    pos, fol, fol_r, lost = c.one(r'可疑阳性病例(\d+)例，已随访(\d+)例，随访率' + NUM + r'%，其余(\d+)例', None)
    c.rate(fol_r, fol, pos, '随访率')
    c.eq(d(pos) - d(fol), lost, '失访')
    rec, ontime, ontime_r = c.groups(r'共形成个案记录(\d+)份，.*?录入信息系统的(\d+)份，录入及时率' + NUM + '%')
    c.total([n_c, n_r], rec, '个案记录数')
    c.rate(ontime_r, ontime, rec, '录入及时率')
    cc, bc, early, early_r = c.one(r'确诊宫颈癌及癌前病变(\d+)例、乳腺癌(\d+)例，其中早期病例(\d+)例，早诊率' + NUM + '%', None)
    c.rate(early_r, early, d(cc) + d(bc), '早诊率')
    sv, kn, kn_r = c.one(r'抽样调查(\d+)名适龄妇女，知晓“两癌”防治知识的(\d+)人，知晓率' + NUM + '%', None)
    c.rate(kn_r, kn, sv, '知晓率')
    ph, sat, sat_r = c.one(r'电话回访受检妇女(\d+)人，表示满意的(\d+)人，满意度' + NUM + '%', None)
    c.rate(sat_r, sat, ph, '满意度')
    for l3, val in [('宫颈癌检查人数', n_c + '人'), ('乳腺癌检查人数', n_r + '人'), ('可疑阳性病例随访率', fol_r + '%'),
                    ('检查信息录入及时率', ontime_r + '%'), ('“两癌”早诊率', early_r + '%'),
                    ('适龄妇女“两癌”防治知识知晓率', kn_r + '%'), ('受检妇女满意度', sat_r + '%')]:
        row = next(r for r in t['ind'] if r['l3'] == l3)
        c.ok(row['actual'] == val, f'table {l3} {row["actual"]} vs prose {val}')


def p_pubei(c, t):
    f = t['funds']
    init = c.one(r'2023年年初预算' + NUM + '万元')
    add, carry, annual = c.one(r'辅具适配补助资金' + NUM + r'万元，加上2022年结转资金' + NUM + r'万元，全年预算' + NUM + '万元', None)
    c.total([init, add, carry], annual, '年初 + 追加 + 结转 = 全年预算')
    spent, rate, buy, svc, bal = c.one(r'全年支出' + NUM + r'万元，执行率' + NUM + r'%，其中辅具采购' + NUM + r'万元、评估适配及配送服务' + NUM + r'万元；年末结余' + NUM + '万元', None)
    c.rate(rate, spent, annual, '执行率')
    c.total([buy, svc], spent, '支出明细')
    c.ok(d(bal) == d(annual) - d(spent), f'结余 {bal} vs {annual} − {spent}')
    tot = f.get('年度资金总额', [None] * 6)
    c.eq(tot[0], init, 'table 年初')
    c.eq(tot[1], annual, 'table 全年')
    c.eq(tot[2], spent, 'table 执行')
    c.eq(tot[4], rate, 'table 执行率')
    c.total([init, add], f['其中：当年财政拨款'][1], 'table 当年财政拨款 全年预算')
    c.eq(f['上年结转资金'][1], carry, 'table 上年结转资金')
    people = [m for m in re.findall(r'为全县([\d,]+)名|适配后回访([\d,]+)人|年内已适配([\d,]+)人|为(\d+)名持证残疾人适配', c.text)]
    people = [next(x for x in g if x) for g in people]
    row = next(r for r in t['ind'] if r['l3'] == '受益残疾人数')
    c.ok(len(people) == 4 and len({d(p) for p in people} | {d(row['actual'].rstrip('人'))}) == 1,
         f'beneficiaries stated as {people} and {row["actual"]}')
    n = row['actual'].rstrip('人')
    g = c.groups(r'适配辅助器具([\d,]+)件，其中(.+?)。')
    if g:
        c.total(re.findall(r'(\d+)件', g[1]), g[0], '各类辅具件数')
        pieces = g[0]
        c.eq(next(r for r in t['ind'] if r['l3'] == '辅助器具适配数量')['actual'].rstrip('件'), pieces, 'table 件数')
        last, inc = c.one(r'比2022年的([\d,]+)件增加(\d+)件', None)
        c.eq(d(pieces) - d(last), inc, '比上年增加')
        approx = c.one(r'件均成本约(\d+)元')
        c.ok(abs(d(buy) * 10000 / d(pieces) - d(approx)) <= D('0.5'), f'件均成本约{approx}元')
    ok_n, ok_r = c.one(r'适配合格([\d,]+)人，合格率' + NUM + '%', None)
    c.rate(ok_r, ok_n, n, '合格率')
    c.ok(close(c.one(r'人均适配费用' + NUM + '元'), d(spent) * 10000 / d(n)), '人均适配费用')
    need, done, cov, gap = c.one(r'需求的持证残疾人([\d,]+)人，年内已适配([\d,]+)人，适配率' + NUM + r'%，比目标低' + NUM + '个百分点', None)
    c.rate(cov, done, need, '适配率')
    c.eq(D(90) - d(cov), gap, '比目标低')
    v, s, sr = c.one(r'回访(\d+)名受助残疾人，满意(\d+)人，满意度' + NUM + '%', None)
    c.rate(sr, s, v, '满意度')
    c.eq(c.one(r'平均为(\d+)个工作日'), next(r for r in t['ind'] if r['l3'] == '申请至发放周期')['actual'].rstrip('个工作日'), '发放周期')


def p_jishishan(c, t):
    f = t['funds'].get('年度资金总额', [None] * 6)
    init = c.one(r'年初预算安排' + NUM + '万元')
    add, annual = c.one(r'建设补助资金' + NUM + r'万元，全年预算' + NUM + '万元', None)
    c.total([init, add], annual, '年初 + 追加 = 全年预算')
    g = c.groups(r'全年实际支出' + NUM + r'万元，其中：“儿童之家”建设补助' + NUM + r'万元（(\d+)个×' + NUM + r'万元），关爱服务活动经费' + NUM + r'万元，结对帮扶学习生活用品' + NUM + r'万元（(\d+)名×(\d+)元），儿童主任培训费' + NUM + r'万元（(\d+)人次×(\d+)元）')
    spent = g[0] if g else None
    if g:
        c.ok(d(g[1]) == d(g[2]) * d(g[3]), '儿童之家补助')
        c.ok(d(g[5]) * 10000 == d(g[6]) * d(g[7]), '结对帮扶用品')
        c.ok(d(g[8]) * 10000 == d(g[9]) * d(g[10]), '培训费')
        c.total([g[1], g[4], g[5], g[8]], spent, '支出明细')
    bal = c.one(r'年末结余' + NUM + '万元')
    c.ok(bal is not None and d(bal) == d(annual) - d(spent), f'结余 {bal} vs {annual} − {spent}')
    c.eq(f[0], init, 'table 年初')
    c.eq(f[1], annual, 'table 全年')
    c.eq(f[2], spent, 'table 执行')
    passed, failed, acc = c.one(r'(\d+)个一次性通过，(\d+)个因活动室面积不达标正在整改，验收合格率' + NUM + '%', None)
    c.rate(acc, passed, d(passed) + d(failed), '验收合格率')
    c.eq(d(passed) + d(failed), 12, '儿童之家个数')
    act, served, avg = c.one(r'开展关爱服务活动(\d+)场次，服务留守儿童([\d,]+)人次，平均每场(\d+)人次', None)
    c.ok(close(avg, d(served) / d(act)), f'平均每场 {avg} vs {served}/{act}')
    pair, last, inc = c.one(r'结对帮扶留守儿童(\d+)名，比2018年的(\d+)名增加(\d+)名', None)
    c.eq(d(pair) - d(last), inc, '比上年增加')
    reg, guard, gr = c.one(r'登记在册农村留守儿童([\d,]+)名，落实有效监护([\d,]+)名，监护责任落实率' + NUM + '%', None)
    c.rate(gr, guard, reg, '监护责任落实率')
    sv, sat, sr = c.one(r'抽样调查(\d+)人，满意(\d+)人，满意度' + NUM + '%', None)
    c.rate(sr, sat, sv, '满意度')
    c.eq(c.one(r'延后(\d+)天'), 20, '12月20日 − 11月30日')
    for l3, val in [('开展关爱服务活动场次', act + '场次'), ('结对帮扶留守儿童人数', pair + '名'),
                    ('“儿童之家”验收合格率', acc + '%'), ('留守儿童监护责任落实率', gr + '%'),
                    ('留守儿童及监护人满意度', sr + '%')]:
        row = next(r for r in t['ind'] if r['l3'] == l3)
        c.ok(row['actual'] == val, f'table {l3} {row["actual"]} vs prose {val}')


def p_xingtang(c, t):
    f = t['funds'].get('年度资金总额', [None] * 6)
    adv, county, init = c.one(r'（残疾儿童康复救助）' + NUM + r'万元，县财政安排配套资金' + NUM + r'万元，年初预算' + NUM + '万元', None)
    c.total([adv, county], init, '年初预算')
    add1, add2, annual = c.one(r'追加中央补助资金' + NUM + r'万元、省级补助资金' + NUM + r'万元，全年预算' + NUM + '万元', None)
    c.total([init, add1, add2], annual, '全年预算')
    recv, recv_r, missing = c.one(r'实际到位资金' + NUM + r'万元，到位率' + NUM + r'%，省级补助资金中有' + NUM + '万元', None)
    c.rate(recv_r, recv, annual, '到位率')
    c.ok(d(recv) == d(annual) - d(missing), f'到位 {recv} vs {annual} − {missing}')
    cf, cs, cr = c.one(r'其中县级配套资金' + NUM + r'万元，全年实际支出' + NUM + r'万元，执行率' + NUM + '%', None)
    c.eq(cf, county, '县级配套资金')
    c.rate(cr, cs, cf, '县级配套执行率')
    c.ok(d(cs) <= d(cf), f'县级配套 spent {cs} > {cf}')
    spent, rate = c.one(r'全年支出' + NUM + r'万元，预算执行率' + NUM + '%', None)
    c.rate(rate, spent, annual, '预算执行率')
    tr, share, aid, op = c.one(r'康复训练补助' + NUM + r'万元，占' + NUM + r'%；辅助器具适配' + NUM + r'万元；人工耳蜗植入及矫治手术补助' + NUM + '万元', None)
    c.total([tr, aid, op], spent, '支出明细')
    c.rate(share, tr, spent, '康复训练补助占比')
    bal = c.one(r'结余' + NUM + '万元')
    c.ok(bal is not None and d(bal) == d(recv) - d(spent), f'结余 {bal} vs 到位 {recv} − {spent}')
    c.eq(f[0], init, 'table 年初')
    c.eq(f[1], annual, 'table 全年')
    c.eq(f[2], spent, 'table 执行')
    c.eq(f[4], rate, 'table 执行率')
    c.eq(c.one(r'未到位的' + NUM + '万元'), missing, '未到位资金')
    g = c.groups(r'全年共救助残疾儿童(\d+)名，其中(.+?)，超额')
    n = g[0] if g else None
    if g:
        c.total(re.findall(r'(\d+)名', g[1]), n, '各类别人数')
    last, inc = c.one(r'2023年救助(\d+)名，今年增加(\d+)名', None)
    c.eq(d(n) - d(last), inc, '比上年增加')
    eff, eff_r = c.one(r'的(\d+)名，康复训练有效率' + NUM + '%', None)
    c.rate(eff_r, eff, n, '有效率')
    pc, pc_yuan = c.one(r'人均救助费用' + NUM + r'万元（约(\d+)元）', None)
    c.ok(close(pc, d(spent) / d(n)), f'人均救助费用 {pc} vs {spent}/{n}')
    c.ok(abs(d(spent) * 10000 / d(n) - d(pc_yuan)) <= D('0.5'), f'约{pc_yuan}元')
    elig, inc2, cov, rest = c.one(r'符合救助条件的残疾儿童(\d+)名，已纳入救助(\d+)名，覆盖率' + NUM + r'%；其余(\d+)名', None)
    c.rate(cov, inc2, elig, '覆盖率')
    c.eq(d(elig) - d(inc2), rest, '未纳入')
    c.eq(inc2, n, '纳入救助人数')
    sat, sat_r = c.one(r'家长全部进行满意度调查，满意(\d+)名，满意度' + NUM + '%', None)
    c.rate(sat_r, sat, n, '满意度')
    for l3, val in [('救助残疾儿童人数', n + '名'), ('康复训练有效率', eff_r + '%'), ('人均救助费用', pc + '万元'),
                    ('残疾儿童基本康复服务覆盖率', cov + '%'), ('残疾儿童家长满意度', sat_r + '%')]:
        row = next(r for r in t['ind'] if r['l3'] == l3)
        c.ok(row['actual'] == val, f'table {l3} {row["actual"]} vs prose {val}')


def A(*xs):
    return {D(x) for x in xs}


PROJECTS = {
    'qingfeng-veterantrain-2022': dict(year=2022, parse=lambda x: table_from_rows(parse_flat(x), False), fn=p_qingfeng,
                                       amounts=A('60.00', '18.40', '78.40', '74.52', '56.16', '15.60', '2.76', '3.88')),
    'poyang-liangai-2021': dict(year=2021, parse=lambda x: table_from_rows(parse_split('｜')(x), False), fn=p_poyang,
                                amounts=A('140.00', '100.00', '20.00', '120.00', '132.46', '71.68', '60.78', '7.54')),
    'pubei-fuju-2023': dict(year=2023, parse=lambda x: table_from_rows(parse_split('\t')(x), True), fn=p_pubei,
                            amounts=A('45.00', '4.30', '3.50', '52.80', '44.88', '41.46', '3.42', '7.92')),
    'jishishan-liushou-2019': dict(year=2019, parse=parse_pdf, fn=p_jishishan,
                                   amounts=A('30.00', '8.00', '38.00', '35.72', '18.00', '1.5', '9.86', '6.30', '1.56', '2.28')),
    'xingtang-ertongkangfu-2024': dict(year=2024, parse=lambda x: table_from_rows(parse_split('|')(x), True), fn=p_xingtang,
                                       amounts=A('48.00', '24.00', '72.00', '12.00', '24.60', '108.60', '106.20', '2.40',
                                                 '104.46', '92.86', '8.40', '3.20', '1.74', '0.72', '1.2')),
}


def run_checks(src, text):
    spec = PROJECTS[src]
    c = Checker(src, text)
    try:
        t = spec['parse'](text)
        generic_checks(c, t, spec['year'], spec['amounts'])
        spec['fn'](c, t)
    except Exception as e:  # a broken parse is a failed check, never a crash
        c.fails.append(f'exception {type(e).__name__}: {e}')
    return c


def changed_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    q = 0
    while q < min(len(a), len(b)) - p and a[len(a) - 1 - q] == b[len(b) - 1 - q]:
        q += 1
    return p, len(a) - q, len(b) - q


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
    cases = sorted(n for n in os.listdir(CASES) if n.endswith('.txt'))
    if sorted(l['case'] for l in labels) != cases:
        problems.append('labels.jsonl and cases/ do not list the same files')
    clean = {}
    for src in PROJECTS:
        text = open(os.path.join(CASES, src + '-clean.txt'), encoding='utf-8').read()
        clean[src] = text
        if not 3000 <= len(text) <= 5000:
            problems.append(f'{src}: clean draft has {len(text)} characters')
        c = run_checks(src, text)
        print(f'{src}-clean: {c.n} checks, {len(c.fails)} failed')
        for fmsg in c.fails:
            problems.append(f'{src}-clean: {fmsg}')
    counts = {k: 0 for k in CODES}
    where = {'prose': 0, 'table': 0}
    for e in build.EDITS:
        where[e[3]] += 1
    for lab in labels:
        if lab['clean']:
            if lab['expected']:
                problems.append(f'{lab["case"]}: clean case with expected findings')
            continue
        src = lab['source']
        text = open(os.path.join(CASES, lab['case']), encoding='utf-8').read()
        if len(lab['expected']) != 1:
            problems.append(f'{lab["case"]}: expected {len(lab["expected"])} findings, want 1')
        for ex in lab['expected']:
            if ex['code'] not in CODES:
                problems.append(f'{lab["case"]}: unknown code {ex["code"]}')
            counts[ex['code']] = counts.get(ex['code'], 0) + 1
            if ex['severity'] != 'error':
                problems.append(f'{lab["case"]}: severity {ex["severity"]}')
            p, ea, eb = changed_region(clean[src], text)
            if eb <= p and ea <= p:
                problems.append(f'{lab["case"]}: identical to the clean draft')
            if max(ea - p, eb - p) > 120:
                problems.append(f'{lab["case"]}: changed region is {max(ea - p, eb - p)} characters long')
            occ = [m.start() for m in re.finditer(re.escape(ex['value']), text)]
            if not occ:
                problems.append(f'{lab["case"]}: value {ex["value"]!r} not in case')
            elif not any(s < max(eb, p + 1) and s + len(ex['value']) > p for s in occ):
                problems.append(f'{lab["case"]}: value does not overlap the changed place')
        c = run_checks(src, text)
        if not c.fails:
            problems.append(f'{lab["case"]}: no arithmetic check fails')
        print(f'{lab["case"]}: {lab["expected"][0]["code"]:22s} -> {len(c.fails)} check(s) fail, e.g. {c.fails[0] if c.fails else "-"}')
    for k in CODES:
        if counts.get(k, 0) < 2:
            problems.append(f'code {k} occurs {counts.get(k, 0)} times (< 2)')
    print('codes:', ', '.join(f'{k}={counts[k]}' for k in CODES))
    print('injected in prose:', where['prose'], 'in tables:', where['table'])
    if problems:
        print('\nPROBLEMS:')
        for pmsg in problems:
            print(' -', pmsg)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
