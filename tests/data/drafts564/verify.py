#!/usr/bin/env python3
"""Re-read every figure of the drafts564 cases from the text and redo the arithmetic.

stdlib + decimal only.  For every case the identities of rules.md §7 (I1-I14) are
recomputed with the tolerance of §8 (from the decimals of the stated number,
ROUND_HALF_UP conventions).  Clean drafts must break none; each error case must
break exactly its labelled code.  Also checked: each label's `value` occurs once in
its case, and each error case differs from its clean draft by one contiguous edit of
at most 40 characters that overlaps the value.  Prints OK on success.

`score_rule_mismatch` (rules §5 scoring, a warning code) is checked on the clean
drafts only: two kinds of error case (score_exceeds_weight, weight_sum_mismatch)
necessarily leave one row scored off the rule.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
WAN = D(10000)


# ---------------------------------------------------------------- numbers
def val(s):
    return D(str(s).replace(',', ''))


def ndec(s):
    s = str(s).replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


def tol(s):
    return D(5) * D(10) ** (-ndec(s) - 1) + D('1e-9')


def agree(computed, stated):
    return abs(D(computed) - val(stated)) <= tol(stated)


def same(a, b):
    return abs(val(a) - val(b)) <= max(tol(a), tol(b))


class Ctx:
    def __init__(self, text, year):
        self.text = text
        self.year = year
        self.found = []      # (code, message)
        self.warn = []       # score_rule_mismatch

    def add(self, code, msg):
        self.found.append((code, msg))

    def grab(self, pattern, n=None):
        """exactly one match of pattern; returns its groups (strings)."""
        ms = list(re.finditer(pattern, self.text, re.S))
        if len(ms) != 1:
            raise AssertionError('pattern %r matched %d times' % (pattern, len(ms)))
        g = ms[0].groups()
        return g if len(g) != 1 else g[0]

    # -------- identities
    def eq_amount(self, a, b, what):
        """two statements of one amount (both in 万元)."""
        if same(a, b):
            return
        if abs(val(a) / WAN - val(b)) <= tol(b) or abs(val(b) / WAN - val(a)) <= tol(a):
            self.add('unit_mismatch', '%s: %s vs %s (off by 10^4)' % (what, a, b))
        else:
            self.add('conflicting_values', '%s: %s vs %s' % (what, a, b))

    def eq_value(self, a, b, what):
        if not same(a, b):
            self.add('conflicting_values', '%s: %s vs %s' % (what, a, b))

    def sum_(self, parts, total, what, signs=None):
        signs = signs or [1] * len(parts)
        s = sum(sg * val(p) for sg, p in zip(signs, parts))
        if abs(s - val(total)) <= tol(total):
            return
        for i, p in enumerate(parts):  # one part written in 元 with the unit 万元?
            s2 = s - signs[i] * val(p) + signs[i] * val(p) / WAN
            if abs(s2 - val(total)) <= tol(total):
                self.add('unit_mismatch', '%s: part %s off by 10^4' % (what, p))
                return
        self.add('sum_mismatch', '%s: %s = %s, stated %s' % (what, ' + '.join(parts), s, total))

    def rate(self, num, den, stated, what):
        if val(den) == 0:
            if stated not in ('—', '-', '0', '0%') and val(stated.rstrip('%')) != 0:
                self.add('implausible_rate', '%s: rate %s on a zero base' % (what, stated))
            return
        st = stated.rstrip('%')
        c = val(num) / val(den) * 100
        if val(st) > 100 or c > 100 + tol(st):
            self.add('implausible_rate', '%s: %s (computed %.4f)' % (what, stated, c))
            return
        if agree(c, st):
            return
        for cc in (val(num) / WAN / val(den) * 100, val(num) / (val(den) / WAN) * 100):
            if agree(cc, st):
                self.add('unit_mismatch', '%s: rate %s reconciled by 10^4' % (what, stated))
                return
        self.add('rate_mismatch', '%s: %s/%s = %.4f%%, stated %s' % (what, num, den, c, stated))

    def pct_range(self, stated, what):
        if val(stated.rstrip('%')) > 100:
            self.add('implausible_rate', '%s: %s above 100%%' % (what, stated))

    def balance(self, a, b, bal, what):
        c = val(a) - val(b)
        if abs(c - val(bal)) <= tol(bal):
            return
        if abs(c - val(bal) / WAN) <= tol(bal) / WAN:
            self.add('unit_mismatch', '%s: %s off by 10^4' % (what, bal))
            return
        self.add('balance_mismatch', '%s: %s - %s = %s, stated %s' % (what, a, b, c, bal))

    def avg(self, parts, stated, what):
        c = sum(val(p) for p in parts) / len(parts)
        if not agree(c, stated):
            self.add('average_mismatch', '%s: mean %.4f, stated %s' % (what, c, stated))

    def product(self, n, unit_yuan, total_wan, what, approx=False):
        """n × per-unit (元) = total (万元)."""
        c = val(n) * val(unit_yuan) / WAN
        if abs(c - val(total_wan)) <= tol(total_wan):
            return
        if abs(c * WAN - val(total_wan)) <= tol(total_wan):
            self.add('unit_mismatch', '%s: %s万元 is a 元 figure' % (what, total_wan))
            return
        self.add('sum_mismatch', '%s: %s × %s元 = %s万元, stated %s' % (what, n, unit_yuan, c, total_wan))

    def completion_count(self, actual, target, stated, what):
        c = val(actual) / val(target) * 100
        if not agree(c, stated.rstrip('%')):
            self.add('completion_mismatch', '%s: %s/%s = %.4f%%, stated %s' % (what, actual, target, c, stated))

    def years(self, issue_dates=()):
        y = self.year
        for m in re.finditer(r'截至(\d{4})年12月31日', self.text):
            if int(m.group(1)) != y:
                self.add('year_mismatch', '截至%s年12月31日 in the %d report' % (m.group(1), y))
        for m in re.finditer(r'结转至(\d{4})年', self.text):
            if int(m.group(1)) <= y:
                self.add('year_mismatch', '结转至%s年 in the %d report' % (m.group(1), y))
        for (yy, mm) in issue_dates:
            yy, mm = int(yy), int(mm)
            if not (yy == y or (yy == y - 1 and mm == 12)):
                self.add('year_mismatch', 'funds issued %d年%d月 for %d' % (yy, mm, y))

    def grade(self, total, label):
        t = val(total)
        band = '优' if t >= 90 else '良' if t >= 80 else '中' if t >= 60 else '差'
        lab = {'优秀': '优', '良好': '良', '中等': '中', '合格': '中', '一般': '中', '较差': '差'}.get(label, label)
        if lab != band:
            self.add('grade_mismatch', 'total %s is %s, stated %s' % (total, band, label))


# ---------------------------------------------------------------- tables
def md_cells(line):
    s = line.strip()
    if s.startswith('|'):
        s = s[1:]
    if s.endswith('|'):
        s = s[:-1]
    return [c.strip() for c in s.split('|')]


VAL_RE = re.compile(r'^(≥|≤|=|＞|＜|>=|<=)?\s*([\d,]+(?:\.\d+)?)\s*(.*)$')


def parse_value(s):
    m = VAL_RE.match(s)
    if not m:
        return None
    sign, num, unit = m.groups()
    d = {'≥': 'gte', '>=': 'gte', '＞': 'gte', '≤': 'lte', '<=': 'lte', '＜': 'lte'}.get(sign or '', 'eq')
    return d, num, unit.strip()


def self_eval_table(ctx):
    """Markdown 自评表: returns dict with rows, totals, execution row."""
    lines = ctx.text.split('\n')
    idx = [i for i, l in enumerate(lines) if l.startswith('|') and '一级指标' in l and '得分' in l]
    assert len(idx) == 1, 'need one 自评表'
    i = idx[0]
    head = md_cells(lines[i])
    col = {k: head.index(k) for k in ('一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分')}
    ccol = head.index('完成率') if '完成率' in head else None
    rows, subs, total = [], {}, None
    cur1 = cur2 = ''
    j = i + 2
    while j < len(lines) and lines[j].startswith('|'):
        c = md_cells(lines[j])
        j += 1
        c0 = c[col['一级指标']]
        if '小计' in c0:
            subs[c0.replace('小计', '')] = (c[col['分值']], c[col['得分']])
            continue
        if c0 == '合计':
            total = (c[col['分值']], c[col['得分']])
            continue
        cur1 = c0 or cur1
        cur2 = c[col['二级指标']] or cur2
        rows.append(dict(l1=cur1, l2=cur2, name=c[col['三级指标']], target=c[col['年度指标值']],
                         actual=c[col['实际完成值']], comp=c[ccol] if ccol is not None else None,
                         w=c[col['分值']], s=c[col['得分']]))
    # I6 weights, I7 sums
    for g, (w, s) in subs.items():
        gr = [r for r in rows if r['l1'] == g]
        ws = sum(val(r['w']) for r in gr)
        ss = sum(val(r['s']) for r in gr)
        if abs(ws - val(w)) > tol(w):
            ctx.add('weight_sum_mismatch', '%s: rows %s, 小计 %s' % (g, ws, w))
        if abs(ss - val(s)) > tol(s):
            ctx.add('score_sum_mismatch', '%s: rows %s, 小计 %s' % (g, ss, s))
        if val(s) > val(w) or val(s) < 0:
            ctx.add('score_exceeds_weight', '%s 小计 %s > %s' % (g, s, w))
    tw, ts = total
    allw = sum(val(r['w']) for r in rows)
    alls = sum(val(r['s']) for r in rows)
    if abs(allw - val(tw)) > tol(tw) or val(tw) != 100:
        ctx.add('weight_sum_mismatch', 'all rows %s, 合计 %s' % (allw, tw))
    if abs(alls - val(ts)) > tol(ts):
        ctx.add('score_sum_mismatch', 'all rows %s, 合计 %s' % (alls, ts))
    exe = None
    for r in rows:
        w, s = val(r['w']), val(r['s'])
        if s > w or s < 0:
            ctx.add('score_exceeds_weight', '%s: %s > %s' % (r['name'], r['s'], r['w']))
        t = parse_value(r['target'])
        a = parse_value(r['actual'])
        if r['l1'] == '预算执行':
            exe = r
        if not t or not a:
            continue
        tdir, tnum, tunit = t
        _, anum, aunit = a
        if tunit != aunit:
            ctx.add('unit_mismatch', '%s: target %s, actual %s' % (r['name'], r['target'], r['actual']))
            continue
        if aunit == '%' and val(anum) > 100:
            ctx.add('implausible_rate', '%s: %s' % (r['name'], r['actual']))
        T, A = val(tnum), val(anum)
        if tdir == 'lte':
            comp = D(100) if A <= T else T / A * 100
        elif T == 0:
            comp = None
        else:
            comp = A / T * 100
        if r['comp'] is not None:
            if comp is None:
                if r['comp'] not in ('—', '-', '/'):
                    ctx.add('completion_mismatch', '%s: stated %s, expected —' % (r['name'], r['comp']))
            elif r['comp'] in ('—', '-', '/') or not agree(comp, r['comp'].rstrip('%')):
                ctx.add('completion_mismatch', '%s: %.4f%%, stated %s' % (r['name'], comp, r['comp']))
        # rules §5 score (warning only)
        if comp is None:
            exp = w if A <= 0 else D(0)
        else:
            exp = w * min(comp, D(100)) / 100
        alt = w * min(val(r['comp'].rstrip('%')), D(100)) / 100 if r['comp'] not in (None, '—') else exp
        if not (agree(exp, r['s']) or agree(alt, r['s'])):
            ctx.warn.append(('score_rule_mismatch', '%s: expected %.2f, stated %s' % (r['name'], exp, r['s'])))
    return dict(rows=rows, subs=subs, total=total, exe=exe,
                by={r['name']: r for r in rows})


def fw_tables(text):
    """blocks of lines separated by the full-width bar ｜."""
    out, cur = [], []
    for line in text.split('\n'):
        if '｜' in line:
            cur.append(line)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return [[[c.strip(' \t') for c in l.split('｜')] for l in b] for b in out]


def fw_check(ctx, block):
    """sums, row rates and row balances of a ｜ table. Returns {label: {role: str}}."""
    head = block[0]
    lab = 1 if head[0] == '序号' else 0
    roles = {}
    for k, h in enumerate(head):
        if '年初预算' in h:
            roles['init'] = k
        elif '全年预算' in h or '下达' in h or '安排' in h:
            roles['budget'] = k
        elif '实际支出' in h or '全年执行' in h:
            roles['spent'] = k
        elif '执行率' in h:
            roles['rate'] = k
        elif '结转' in h:
            roles['bal'] = k
    rows, total = [], None
    parent = None
    for c in block[1:]:
        name = c[lab]
        if c[0] == '合计' or name == '合计':
            total = c
            continue
        child = name.startswith('其中') or name.startswith('　')
        name = name.replace('其中：', '').strip('　 ')
        r = dict(name=name, cells=c, child=child, kids=[])
        if child and parent is not None:
            parent['kids'].append(r)
        else:
            parent = r
        rows.append(r)
    top = [r for r in rows if not r['child']]
    for role in ('init', 'budget', 'spent', 'bal'):
        if role not in roles:
            continue
        k = roles[role]
        if total is not None:
            ctx.sum_([r['cells'][k] for r in top], total[k], '｜table %s column' % head[k])
        for p in top:
            if p['kids']:
                ctx.sum_([r['cells'][k] for r in p['kids']], p['cells'][k], '｜table %s %s' % (p['name'], head[k]))
    for r in rows + ([dict(name='合计', cells=total)] if total else []):
        c = r['cells']
        if 'rate' in roles:
            ctx.rate(c[roles['spent']], c[roles['budget']], c[roles['rate']], '｜table rate %s' % r['name'])
        if 'bal' in roles:
            ctx.balance(c[roles['budget']], c[roles['spent']], c[roles['bal']], '｜table 结转 %s' % r['name'])
    res = {r['name']: {role: r['cells'][k] for role, k in roles.items()} for r in rows}
    if total:
        res['合计'] = {role: total[k] for role, k in roles.items()}
    return res


def alloc(seg):
    """'A96.00万元、B56.00万元（文号）' -> [(name, amount)]."""
    seg = re.sub(r'（[^（）]*〔\d{4}〕\d+号）$', '', seg.strip())
    out = []
    for item in seg.split('、'):
        m = re.match(r'^(.*?)(\d+\.\d+)万元$', item.strip())
        assert m, 'alloc item %r' % item
        out.append(m.groups())
    return out


def link_alloc(ctx, items, table, role='budget'):
    for name, amt in items:
        keys = [k for k in table if k == name or name.endswith(k) or k.endswith(name)]
        assert len(keys) == 1, (name, keys)
        ctx.eq_amount(amt, table[keys[0]][role], 'prose vs table %s' % name)


def total_links(ctx, tab, prose_total, label):
    ctx.sum_([r['s'] for r in tab['rows']], prose_total, '%s vs Σ 得分' % label)
    if abs(sum(val(r['s']) for r in tab['rows']) - val(prose_total)) > tol(prose_total):
        # sum_ reports sum_mismatch; for totals the code is score_sum_mismatch
        ctx.found[-1] = ('score_sum_mismatch', ctx.found[-1][1])


# ---------------------------------------------------------------- projects
def p_yongfeng(ctx):
    t = ctx.grab
    init = t(r'年初预算(\d+\.\d+)万元')
    b1, iy, im = t(r'第一批福彩公益金(\d+\.\d+)万元（(\d{4})年(\d+)月下达）')
    cinit = t(r'县本级福彩公益金(\d+\.\d+)万元。')
    add = t(r'追加预算(\d+\.\d+)万元')
    cut = t(r'调减县本级安排(\d+\.\d+)万元')
    annual, prov, county = t(r'调整后全年预算(\d+\.\d+)万元，其中省级(\d+\.\d+)万元、县级(\d+\.\d+)万元')
    rec, recr = t(r'到位资金(\d+\.\d+)万元，到位率(\d+(?:\.\d+)?%)')
    spent, rate = t(r'全年实际支出(\d+\.\d+)万元，预算执行率(\d+\.\d+%)')
    bal = t(r'资金结余(\d+\.\d+)万元')
    bt = t(r'第一批资金(\d+\.\d+)万元，支出(\d+\.\d+)万元，执行率(\d+\.\d+%)；第二批资金(\d+\.\d+)万元，支出(\d+\.\d+)万元，'
           r'执行率(\d+\.\d+%)；县本级资金(\d+\.\d+)万元，支出(\d+\.\d+)万元，执行率(\d+\.\d+%)')
    g1, g2, g3 = t(r'第一批资金安排(.*?)；第二批资金安排(.*?)；县本级资金安排(.*?)。')
    ctx.years([(iy, im)])
    ctx.sum_([b1, cinit], init, '年初 = 第一批 + 县本级')
    ctx.sum_([init, add, cut], annual, '年初 + 追加 − 调减', [1, 1, -1])
    ctx.sum_([prov, county], annual, '省级 + 县级')
    ctx.sum_([cinit, cut], county, '县级 年初 − 调减', [1, -1])
    ctx.eq_amount(b1, bt[0], '第一批')
    ctx.eq_amount(add, bt[3], '第二批 = 追加')
    ctx.eq_amount(county, bt[6], '县本级')
    ctx.sum_([bt[0], bt[3]], prov, '第一批 + 第二批 = 省级')
    ctx.sum_([bt[0], bt[3], bt[6]], annual, '批次合计')
    ctx.sum_([bt[1], bt[4], bt[7]], spent, '批次支出合计')
    for k in (0, 3, 6):
        ctx.rate(bt[k + 1], bt[k], bt[k + 2], '批次执行率')
    ctx.rate(rec, annual, recr, '到位率')
    ctx.rate(spent, annual, rate, '预算执行率')
    ctx.balance(rec, spent, bal, '结余')
    tabs = fw_tables(ctx.text)
    assert len(tabs) == 1
    ft = fw_check(ctx, tabs[0])
    ctx.eq_amount(ft['合计']['budget'], annual, '表1 合计 下达')
    ctx.eq_amount(ft['合计']['spent'], spent, '表1 合计 支出')
    for items, amt in ((alloc(g1), bt[0]), (alloc(g2), bt[3]), (alloc(g3), bt[6])):
        ctx.sum_([a for _, a in items], amt, '子项目分配')
        link_alloc(ctx, items, ft)
    p = t(r'分别支出(\d+\.\d+)万元、(\d+\.\d+)万元、(\d+\.\d+)万元、(\d+\.\d+)万元，平均每所(\d+\.\d+)万元，其余4所共支出(\d+\.\d+)万元')
    ctx.avg(p[:4], p[4], '4所中心敬老院')
    ctx.sum_(list(p[:4]) + [p[5]], ft['乡镇敬老院维修改造']['spent'], '8所敬老院支出')
    cost = t(r'8所敬老院平均改造成本(\d+\.\d+)万元')
    ctx.avg([str(val(ft['乡镇敬老院维修改造']['spent']) / 8)], cost, '平均改造成本')
    ctx.product(14, val(t(r'每个(\d+\.\d+)万元，主要用于')) * WAN, ft['农村幸福院运营补助']['spent'], '幸福院补助')
    ctx.product(4, val(t(r'每个补助(\d+\.\d+)万元；')) * WAN, ft['居家养老服务站建设']['spent'], '服务站补助')
    tab = self_eval_table(ctx)
    ctx.rate(spent, annual, tab['exe']['actual'], '自评表 预算执行率')
    ctx.eq_value(tab['by']['敬老院平均改造成本']['actual'].replace('万元/所', ''), cost, '平均改造成本')
    for name, pat in (('特困人员集中供养率', r'集中供养率达到(\d+\.\d+)%'), ('农村留守老人互助服务覆盖率', r'互助服务覆盖率达到(\d+\.\d+)%'),
                      ('资助设施正常运转率', r'正常运转率(\d+\.\d+)%'), ('服务对象满意度', r'服务对象满意度为(\d+\.\d+)%')):
        ctx.eq_value(tab['by'][name]['actual'].rstrip('%'), t(pat), name)
    ctx.completion_count('4', '5', t(r'完成年度目标的(\d+%)'), '服务站')
    sc = t(r'该项按比例得(\d+\.\d+)分')
    ctx.eq_value(sc, tab['by']['居家养老服务站建成数']['s'], '服务站得分')
    r2, s2 = t(r'预算执行率(\d+\.\d+%)，得(\d+\.\d+)分')
    ctx.rate(spent, annual, r2, '结论 执行率')
    ctx.eq_value(s2, tab['exe']['s'], '执行得分')
    total, grade = t(r'综合得分(\d+\.\d+)分，评价等级为“(.)”')
    total_links(ctx, tab, total, '结论总分')
    ctx.grade(total, grade)
    ctx.grade(tab['total'][1], grade)
    ctx.rate(ft['公益性公墓改造']['spent'], ft['公益性公墓改造']['budget'], t(r'公益性公墓改造执行率仅(\d+\.\d+%)'), '问题 公墓')


def p_xihua(ctx):
    t = ctx.grab
    init = t(r'公益金年初预算(\d+\.\d+)万元')
    b1, iy, im = t(r'第一批福彩公益金(\d+\.\d+)万元（周财社〔2019〕118号，(\d{4})年(\d+)月下达）')
    cinit = t(r'县本级福彩公益金(\d+\.\d+)万元（西财预')
    y2, m2, b2 = t(r'(\d{4})年(\d+)月，市财政局下达第二批福彩公益金(\d+\.\d+)万元')
    annual = t(r'全年预算调整为(\d+\.\d+)万元')
    up, county = t(r'上级福彩公益金(\d+\.\d+)万元，县本级福彩公益金(\d+\.\d+)万元。')
    g1, g2, g3 = t(r'第一批安排(.*?)；第二批安排(.*?)；县本级资金安排(.*?)。')
    rec, recr = t(r'资金到位(\d+\.\d+)万元，到位率(\d+%)')
    spent, rate = t(r'全年支出(\d+\.\d+)万元，预算执行率(\d+\.\d+%)')
    un, un1, un2 = t(r'未支出(\d+\.\d+)万元，其中居家和社区养老服务照料中心(\d+\.\d+)万元、节地生态安葬奖补(\d+\.\d+)万元')
    ctx.years([(iy, im), (y2, m2)])
    ctx.sum_([b1, cinit], init, '年初 = 第一批 + 县本级')
    ctx.sum_([init, b2], annual, '年初 + 第二批')
    ctx.sum_([up, county], annual, '上级 + 县本级')
    ctx.sum_([b1, b2], up, '两批 = 上级')
    ctx.eq_amount(cinit, county, '县本级')
    ctx.rate(rec, annual, recr, '到位率')
    ctx.rate(spent, annual, rate, '预算执行率')
    ctx.balance(rec, spent, un, '未支出')
    ctx.sum_([un1, un2], un, '结转构成')
    tabs = fw_tables(ctx.text)
    assert len(tabs) == 1
    ft = fw_check(ctx, tabs[0])
    ctx.eq_amount(ft['合计']['budget'], annual, '表1 合计 安排')
    ctx.eq_amount(ft['合计']['spent'], spent, '表1 合计 支出')
    for items, amt in ((alloc(g1), b1), (alloc(g2), b2), (alloc(g3), county)):
        ctx.sum_([a for _, a in items], amt, '批次安排')
        link_alloc(ctx, items, ft)
    zl = ft['居家和社区养老服务照料中心建设']
    az = ft['节地生态安葬奖补']
    ctx.balance(zl['budget'], zl['spent'], un1, '照料中心结转')
    ctx.balance(az['budget'], az['spent'], un2, '安葬奖补结转')
    ctx.eq_amount(t(r'投入(\d+\.\d+)万元完成县社会福利中心'), ft['敬老院消防安全改造']['spent'], '消防改造投入')
    yuan, wan = t(r'每个(\d+)元（(\d+\.\d+)万元）')
    ctx.eq_amount(str(val(yuan) / WAN), wan, '幸福院补助标准')
    ctx.product(45, yuan, ft['农村幸福院运营补助']['spent'], '幸福院补助')
    n, n1, n2, more = t(r'资助孤残儿童(\d+)人，其中大学新生(\d+)人、中小学生(\d+)人，比年度指标多(\d+)人')
    s1, s2 = t(r'大学新生每人(\d+)元、中小学生每人(\d+)元')
    ctx.sum_([n1, n2], n, '助学人数')
    ctx.sum_([str(val(n1) * val(s1) / WAN), str(val(n2) * val(s2) / WAN)], ft['孤残儿童“福彩圆梦”助学']['spent'], '助学金')
    hh, per = t(r'慰问困难群众(\d+)户，每户(\d+)元')
    ctx.product(hh, per, ft['“福彩暖冬”临时救助']['spent'], '暖冬')
    tab = self_eval_table(ctx)
    ctx.sum_([tab['by']['资助孤残儿童人数']['target'].lstrip('≥').rstrip('人'), more], n, '多5人')
    ctx.rate(spent, annual, tab['exe']['actual'], '自评表 预算执行率')
    ctx.completion_count('1', '2', t(r'完成年度目标的(\d+%)'), '照料中心')
    a, r = t(r'45个农村幸福院中(\d+)个持续运营，持续运营率(\d+\.\d+%)')
    ctx.rate(a, '45', r, '持续运营率')
    for name, pat in (('特困人员集中供养率', r'集中供养率达到(\d+\.\d+)%'), ('节地生态安葬率', r'节地生态安葬率(\d+\.\d+)%，'),
                      ('农村幸福院持续运营率', r'持续运营率(\d+\.\d+)%'), ('服务对象满意度', r'服务对象满意度(\d+\.\d+)%')):
        ctx.eq_value(tab['by'][name]['actual'].rstrip('%'), t(pat), name)
    ctx.pct_range(t(r'回访满意率(\d+(?:\.\d+)?%)'), '回访满意率')
    total, grade = t(r'自评得分(\d+\.\d+)分，评价等级为“(.)”')
    total_links(ctx, tab, total, '结论总分')
    ctx.grade(total, grade)
    ctx.grade(tab['total'][1], grade)


def p_jinyun(ctx):
    t = ctx.grab
    init = t(r'2021年年初预算(\d+\.\d+)万元')
    b1, iy, im = t(r'第一批省级福彩公益金(\d+\.\d+)万元（浙财社〔2020〕87号，(\d{4})年(\d+)月下达）')
    cinit = t(r'县本级福彩公益金(\d+\.\d+)万元。')
    add = t(r'县财政追加预算(\d+\.\d+)万元')
    cut = t(r'调减(\d+\.\d+)万元')
    annual, prov, county = t(r'调整后全年预算(\d+\.\d+)万元，其中省级福彩公益金(\d+\.\d+)万元、县本级(\d+\.\d+)万元')
    g1, g2, g3 = t(r'第一批省级资金安排(.*?)；第二批省级资金安排(.*?)；县本级资金安排(.*?)。')
    rec, recr = t(r'(\d+\.\d+)万元资金全部到位，到位率(\d+%)')
    spent, rate = t(r'全年实际支出(\d+\.\d+)万元，预算执行率(\d+\.\d+%)')
    un = t(r'尚未支出(\d+\.\d+)万元')
    ctx.years([(iy, im)])
    ctx.sum_([b1, cinit], init, '年初 = 第一批 + 县本级')
    ctx.sum_([init, add, cut], annual, '年初 + 追加 − 调减', [1, 1, -1])
    ctx.sum_([prov, county], annual, '省级 + 县本级')
    ctx.sum_([b1, add], prov, '两批 = 省级')
    ctx.sum_([cinit, cut], county, '县本级 年初 − 调减', [1, -1])
    ctx.eq_amount(rec, annual, '到位 = 全年预算 (全部到位)')
    ctx.rate(rec, annual, recr, '到位率')
    ctx.rate(spent, annual, rate, '预算执行率')
    ctx.balance(rec, spent, un, '尚未支出')
    tabs = fw_tables(ctx.text)
    assert len(tabs) == 1
    ft = fw_check(ctx, tabs[0])
    ctx.eq_amount(ft['合计']['budget'], annual, '表1 合计 下达')
    ctx.eq_amount(ft['合计']['spent'], spent, '表1 合计 支出')
    for items, amt in ((alloc(g1), b1), (alloc(g2), add), (alloc(g3), county)):
        ctx.sum_([a for _, a in items], amt, '批次安排')
        link_alloc(ctx, items, ft)
    p = t(r'实际支出分别为(\d+\.\d+)万元、(\d+\.\d+)万元、(\d+\.\d+)万元、(\d+\.\d+)万元，平均每个(\d+\.\d+)万元')
    ctx.avg(p[:4], p[4], '4个示范型中心')
    ctx.sum_(list(p[:4]), ft['示范型居家养老服务中心建设']['spent'], '4个示范型中心支出')
    n, amt = t(r'为(\d+)名困境儿童发放助学金(\d+(?:\.\d+)?)万元')
    ctx.eq_amount(amt, ft['困境儿童助学']['spent'], '助学金')
    std = t(r'按每人每年(\d+)元标准')
    ctx.product(n, std, amt, '助学金 = 人数 × 标准')
    ctx.product(24, val(t(r'按每个(\d+\.\d+)万元标准')) * WAN, ft['星级居家养老服务照料中心提升']['spent'], '星级照料中心')
    ctx.product(9, val(t(r'建设儿童之家9个，每个补助(\d+\.\d+)万元')) * WAN, ft['儿童之家建设']['spent'], '儿童之家')
    hh, per = t(r'慰问困难群众(\d+)户，每户(\d+)元')
    ctx.product(hh, per, ft['“福彩送温暖”困难群众慰问']['spent'], '送温暖')
    ctx.rate(ft['公益性骨灰堂建设补助']['spent'], ft['公益性骨灰堂建设补助']['budget'], t(r'当年执行率(\d+\.\d+%)'), '问题 骨灰堂')
    tab = self_eval_table(ctx)
    ctx.rate(spent, annual, tab['exe']['actual'], '自评表 预算执行率')
    ctx.eq_value(tab['by']['困境儿童助学人数']['actual'].rstrip('人'), n, '助学人数')
    ctx.eq_value(tab['by']['困境儿童助学标准']['actual'].replace('元/人·年', ''), std, '助学标准')
    for name, pat in (('照料中心持续运营率', r'持续运营率(\d+\.\d+)%'), ('服务对象满意度', r'服务对象满意度(\d+\.\d+)%'),
                      ('骨灰堂建设进度', r'骨灰堂建设进度(\d+)%'), ('乡镇（街道）居家养老服务中心覆盖率', r'覆盖率(\d+)%；')):
        ctx.eq_value(tab['by'][name]['actual'].rstrip('%'), t(pat), name)
    total, grade = t(r'自评得分(\d+\.\d+)分，等级为(优秀|良好|中等|较差)')
    total_links(ctx, tab, total, '结论总分')
    ctx.grade(total, grade)
    ctx.grade(tab['total'][1], grade)


def p_yaoan(ctx):
    t = ctx.grab
    init, ib, ip = t(r'部门年初预算([\d,]+\.\d+)万元，其中基本支出([\d,]+\.\d+)万元、项目支出([\d,]+\.\d+)万元')
    add = t(r'年度执行中追加([\d,]+\.\d+)万元')
    cut = t(r'调减(\d+\.\d+)万元，为县级统筹')
    annual = t(r'调整后全年预算([\d,]+\.\d+)万元')
    gen, fund, carry_in = t(r'一般公共预算拨款([\d,]+\.\d+)万元，政府性基金预算拨款（福利彩票公益金）(\d+\.\d+)万元，上年结转资金(\d+\.\d+)万元')
    spent, rate = t(r'12月31日，全年支出([\d,]+\.\d+)万元，预算执行率(\d+\.\d+%)')
    last, diff = t(r'比2022年部门决算支出([\d,]+\.\d+)万元增加([\d,]+\.\d+)万元')
    carry = t(r'年末结转资金(\d+\.\d+)万元')
    ctx.years()
    ctx.sum_([ib, ip], init, '年初 = 基本 + 项目')
    ctx.sum_([init, add, cut], annual, '年初 + 追加 − 调减', [1, 1, -1])
    ctx.sum_([gen, fund, carry_in], annual, '资金来源')
    ctx.sum_([last, diff], spent, '比上年增加')
    ctx.rate(spent, annual, rate, '部门预算执行率')
    ctx.balance(annual, spent, carry, '年末结转')
    tabs = fw_tables(ctx.text)
    assert len(tabs) == 2
    t1 = fw_check(ctx, tabs[0])
    t2 = fw_check(ctx, tabs[1])
    ctx.eq_amount(t1['合计']['init'], init, '表1 年初')
    ctx.eq_amount(t1['基本支出']['init'], ib, '表1 基本 年初')
    ctx.eq_amount(t1['项目支出']['init'], ip, '表1 项目 年初')
    ctx.eq_amount(t1['合计']['budget'], annual, '表1 全年')
    ctx.eq_amount(t1['合计']['spent'], spent, '表1 执行')
    tot, b1, y1, m1 = t(r'共(\d+\.\d+)万元：第一批(\d+\.\d+)万元于(\d{4})年(\d+)月提前下达')
    b2, y2, m2 = t(r'第二批(\d+\.\d+)万元于(\d{4})年(\d+)月下达')
    g1 = t(r'提前下达（楚财社〔2022〕146号），安排(.*?)；第二批')
    g2 = t(r'下达（楚财社〔2023〕58号），安排(.*?)。全年支出')
    fs, fr, fc = t(r'。全年支出(\d+\.\d+)万元，执行率(\d+\.\d+%)，结转(\d+\.\d+)万元')
    ctx.years([(y1, m1), (y2, m2)])
    ctx.eq_amount(tot, fund, '福彩公益金 = 政府性基金')
    ctx.sum_([b1, b2], tot, '两批')
    for items, amt in ((alloc(g1), b1), (alloc(g2), b2)):
        ctx.sum_([a for _, a in items], amt, '批次安排')
        link_alloc(ctx, items, t2)
    ctx.rate(fs, tot, fr, '福彩执行率')
    ctx.balance(tot, fs, fc, '福彩结转')
    ctx.eq_amount(t2['合计']['budget'], tot, '表2 下达')
    ctx.eq_amount(t2['合计']['spent'], fs, '表2 支出')
    ctx.eq_amount(t2['合计']['bal'], fc, '表2 结转')
    ctx.eq_amount(t(r'完成投资(\d+\.\d+)万元'), t2['县社会福利院失能照护楼改造']['spent'], '照护楼投资')
    ctx.product(12, val(t(r'每个补助(\d+\.\d+)万元')) * WAN, t2['农村互助养老服务点建设']['spent'], '服务点')
    hh, per = t(r'为(\d+)户特殊困难老年人家庭实施适老化改造，户均补助(\d+)元')
    ctx.product(hh, per, t2['特殊困难老年人家庭适老化改造']['spent'], '适老化')
    ctx.rate(fs, tot, t(r'福彩公益金执行率(\d+\.\d+%)，低于'), '问题 福彩执行率')
    tab = self_eval_table(ctx)
    ctx.rate(spent, annual, tab['exe']['actual'], '自评表 预算执行率')
    tgt = tab['by']['适老化改造户数']['target'].lstrip('≥').rstrip('户')
    ctx.sum_([hh, t(r'未完成的(\d+)户')], tgt, '适老化户数')
    ctx.completion_count(hh, tgt, t(r'完成年度目标的(\d+\.\d+%)'), '适老化完成率')
    for name, pat in (('城乡低保保障人数', r'保障城乡低保对象(\d+)人'), ('特困人员供养人数', r'特困人员(\d+)人，'),
                      ('困境儿童关爱服务人数', r'关爱服务覆盖(\d+)人'), ('失能特困人员集中照护率', r'集中照护率达到(\d+\.\d+)%'),
                      ('节地生态安葬率', r'节地生态安葬率(\d+\.\d+)%'), ('社会救助政策知晓率', r'政策知晓率(\d+\.\d+)%'),
                      ('适老化改造户数', r'为(\d+)户特殊困难')):
        ctx.eq_value(re.sub(r'[^\d.]', '', tab['by'][name]['actual']), t(pat), name)
    total, grade = t(r'自评得分(\d+\.\d+)分，自评等级为(优|良|中|差)')
    total_links(ctx, tab, total, '结论总分')
    ctx.grade(total, grade)
    ctx.grade(tab['total'][1], grade)


def p_zhangwu(ctx):
    t = ctx.grab
    init, iy, im, b1, cinit = t(r'年初预算(\d+\.\d+)万元，包括(\d{4})年(\d+)月提前下达的第一批中央和省级福彩公益金(\d+\.\d+)万元'
                               r'（辽财社〔2024〕286号）和县本级福彩公益金(\d+\.\d+)万元')
    b2 = t(r'转下第二批中央和省级福彩公益金(\d+\.\d+)万元')
    add = t(r'县财政追加预算(\d+\.\d+)万元')
    cut = t(r'调减县本级安排(\d+\.\d+)万元')
    annual, cen, prov, county = t(r'调整后全年预算(\d+\.\d+)万元，其中中央专项彩票公益金(\d+\.\d+)万元、省级(\d+\.\d+)万元、县级(\d+\.\d+)万元')
    g1, g2, g3 = t(r'第一批资金安排(.*?)；第二批资金安排(.*?)；县本级资金安排(.*?)。')
    crec, cun, rec, recr = t(r'县级资金到位(\d+\.\d+)万元，尚有(\d+\.\d+)万元未到位，全年实际到位资金(\d+\.\d+)万元，资金到位率(\d+\.\d+%)')
    spent, rate = t(r'全年实际支出(\d+\.\d+)万元，预算执行率(\d+\.\d+%)')
    bal = t(r'结余资金(\d+\.\d+)万元')
    ctx.years([(iy, im)])
    ctx.sum_([b1, cinit], init, '年初 = 第一批 + 县本级')
    ctx.eq_amount(b2, add, '第二批 = 追加')
    ctx.sum_([init, add, cut], annual, '年初 + 追加 − 调减', [1, 1, -1])
    ctx.sum_([cen, prov, county], annual, '中央 + 省级 + 县级')
    ctx.sum_([b1, b2], str(val(cen) + val(prov)), '两批 = 中央 + 省级')
    ctx.sum_([cinit, cut], county, '县级 年初 − 调减', [1, -1])
    ctx.sum_([crec, cun], county, '县级 到位 + 未到位')
    ctx.sum_([cen, prov, crec], rec, '到位构成')
    ctx.rate(rec, annual, recr, '到位率')
    ctx.rate(spent, annual, rate, '预算执行率')
    ctx.balance(rec, spent, bal, '结余')
    tabs = fw_tables(ctx.text)
    assert len(tabs) == 1
    ft = fw_check(ctx, tabs[0])
    ctx.eq_amount(ft['合计']['budget'], annual, '表 合计 安排')
    ctx.eq_amount(ft['合计']['spent'], spent, '表 合计 支出')
    for items, amt in ((alloc(g1), b1), (alloc(g2), b2), (alloc(g3), county)):
        ctx.sum_([a for _, a in items], amt, '批次安排')
        link_alloc(ctx, items, ft)
    ctx.product(32, val(t(r'按每个(\d+\.\d+)万元标准拨付')) * WAN, ft['农村互助幸福院运营补贴']['spent'], '幸福院')
    ctx.eq_amount(t(r'足额拨付运营补贴(\d+\.\d+)万元'), ft['农村互助幸福院运营补贴']['spent'], '幸福院补贴')
    std = t(r'按每人(\d+)元标准')
    n = t(r'资助困境儿童(\d+)人，每人')
    ctx.product(n, std, ft['困境儿童关爱与“福彩助学”']['spent'], '助学')
    hh, per = t(r'慰问困难群众(\d+)户，每户(\d+)元')
    ctx.product(hh, per, ft['“福彩暖冬”临时救助']['spent'], '暖冬')
    meals, mavg = t(r'老年助餐服务(\d+)人次，月均约(\d+)人次')
    if abs(val(meals) / 12 - val(mavg)) > D('0.5') + D('0.5') / 12:
        ctx.add('average_mismatch', '月均 %s' % mavg)
    a, b, r1 = t(r'(\d+)个乡镇中(\d+)个设有老年助餐点，覆盖率(\d+\.\d+%)')
    ctx.rate(b, a, r1, '助餐点覆盖率')
    a, b, r2 = t(r'(\d+)个幸福院中(\d+)个常态化运营，持续运营率(\d+\.\d+%)')
    ctx.rate(b, a, r2, '持续运营率')
    tab = self_eval_table(ctx)
    ctx.rate(spent, annual, tab['exe']['actual'], '自评表 预算执行率')
    for name, pat in (('助餐服务人次', r'老年助餐服务(\d+)人次，月均'), ('助学困境儿童人数', r'资助困境儿童(\d+)人，每人'),
                      ('康复辅具适配人数', r'为(\d+)名残疾人'), ('农村特困失能人员集中照护率', r'集中照护率达到(\d+\.\d+)%'),
                      ('老年助餐点乡镇覆盖率', r'覆盖率(\d+\.\d+)%'), ('互助幸福院持续运营率', r'持续运营率(\d+\.\d+)%'),
                      ('服务对象满意度', r'服务对象满意度(\d+\.\d+)%'), ('运营补贴幸福院数量', r'对(\d+)个农村互助幸福院足额')):
        ctx.eq_value(re.sub(r'[^\d.]', '', tab['by'][name]['actual']), t(pat), name)
    ctx.completion_count('5', '6', t(r'建成数完成(\d+\.\d+%)'), '服务站完成率')
    ctx.completion_count('307', '320', t(r'适配人数完成(\d+\.\d+%)'), '辅具完成率')
    pe, po, pb, ps, total, grade = t(r'预算执行指标得分(\d+\.\d+)分，产出指标得分(\d+\.\d+)分，效益指标得分(\d+)分，'
                                     r'满意度指标得分(\d+)分，综合得分(\d+\.\d+)分，自评等级为(优|良|中|差)')
    ctx.eq_value(pe, tab['exe']['s'], '执行得分')
    ctx.eq_value(po, tab['subs']['产出指标'][1], '产出得分')
    ctx.eq_value(pb, tab['subs']['效益指标'][1], '效益得分')
    ctx.eq_value(ps, tab['subs']['满意度指标'][1], '满意度得分')
    ctx.sum_([pe, po, pb, ps], total, '分项得分合计')
    if ctx.found and ctx.found[-1][0] == 'sum_mismatch' and ctx.found[-1][1].startswith('分项得分合计'):
        ctx.found[-1] = ('score_sum_mismatch', ctx.found[-1][1])
    total_links(ctx, tab, total, '结论总分')
    ctx.grade(total, grade)
    ctx.grade(tab['total'][1], grade)


PROJECTS = {
    'jx-yongfeng-fucaigongyijin-2018': (2018, p_yongfeng),
    'ha-xihua-fucaizizhu-2020': (2020, p_xihua),
    'zj-jinyun-fucaigongyijin-2021': (2021, p_jinyun),
    'yn-yaoan-minzhengju-bumen-2023': (2023, p_yaoan),
    'ln-zhangwu-fucaigongyijin-2025': (2025, p_zhangwu),
}


def run(path, pid):
    year, fn = PROJECTS[pid]
    text = open(path, encoding='utf-8').read()
    m = re.search(r'(\d{4})年度', text[:80])
    ctx = Ctx(text, year)
    if not m or int(m.group(1)) != year:
        ctx.add('year_mismatch', 'title year')
    fn(ctx)
    return ctx


def edit_span(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
    bad = []
    assert len(labels) == 35, len(labels)
    counts = {}
    for lab in labels:
        pid = lab['source']
        path = os.path.join(CASES, lab['case'])
        ctx = run(path, pid)
        codes = sorted(set(c for c, _ in ctx.found))
        if lab['clean']:
            if codes or ctx.warn or lab['expected']:
                bad.append((lab['case'], ctx.found, ctx.warn))
            n = len(ctx.text)
            if not 2500 <= n <= 6000:
                bad.append((lab['case'], 'length %d' % n))
            continue
        exp = lab['expected']
        if len(exp) != 1:
            bad.append((lab['case'], 'expected list'))
            continue
        e = exp[0]
        counts[e['code']] = counts.get(e['code'], 0) + 1
        if codes != [e['code']]:
            bad.append((lab['case'], e['code'], ctx.found))
        text = ctx.text
        if text.count(e['value']) != 1:
            bad.append((lab['case'], 'value occurs %d times' % text.count(e['value'])))
        clean = open(os.path.join(CASES, pid + '-clean.txt'), encoding='utf-8').read()
        i, ja, jb = edit_span(clean, text)
        if max(ja - i, jb - i) > 40 or ja < i and jb < i:
            bad.append((lab['case'], 'edit length %d/%d' % (ja - i, jb - i)))
        vpos = text.find(e['value'])
        if not (vpos < max(jb, i + 1) and i < vpos + len(e['value'])):
            bad.append((lab['case'], 'edit does not overlap value'))
        if e['severity'] != 'error':
            bad.append((lab['case'], 'severity'))
    codes13 = ['rate_mismatch', 'sum_mismatch', 'balance_mismatch', 'completion_mismatch', 'score_sum_mismatch',
               'weight_sum_mismatch', 'score_exceeds_weight', 'grade_mismatch', 'conflicting_values',
               'average_mismatch', 'implausible_rate', 'unit_mismatch', 'year_mismatch']
    for c in codes13:
        if counts.get(c, 0) < 2:
            bad.append(('set', 'code %s used %d times' % (c, counts.get(c, 0))))
    if sum(counts.values()) != 30:
        bad.append(('set', 'errors %d' % sum(counts.values())))
    if bad:
        for b in bad:
            print('FAIL', b)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
