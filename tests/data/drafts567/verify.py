#!/usr/bin/env python3
"""Re-read every figure from each draft's text and redo the arithmetic (rules.md §7 I1–I14, §8 tolerance).
Clean drafts must break no identity; each error case must break only its labelled one.
Also checks the labels: one contiguous edit (<= 40 chars) per error case, `value` occurs once and covers the edit.
stdlib + decimal only."""
import json
import os
import re
import sys
from decimal import Decimal as D, getcontext

getcontext().prec = 28
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

NUM = r'([0-9][0-9,]*(?:\.[0-9]+)?)'
PCT = r'([0-9][0-9,]*(?:\.[0-9]+)?%)'
DASH = {'—', '-', '–', '／', '/', ''}


def num(s):
    return D(s.replace(',', '').replace('%', '').replace('‰', '').strip())


def decs(s):
    s = s.replace(',', '').replace('%', '').replace('‰', '').strip()
    return len(s.split('.')[1]) if '.' in s else 0


def close(stated, computed):
    tol = D('0.5') * (D(10) ** -decs(stated)) + D('1e-9')
    return abs(num(stated) - computed) <= tol


class Chk:
    def __init__(self, case):
        self.case = case
        self.fails = []

    def fail(self, code, msg):
        self.fails.append((code, msg))

    # --- identities -------------------------------------------------------
    def eq(self, code, stated, computed, what, money=False):
        """stated (string as written) must equal computed within the stated decimals."""
        if close(stated, computed):
            return True
        v = num(stated)
        if money and (abs(v / 10000 - computed) <= D('0.005') or abs(v * 10000 - computed) <= D('0.5')):
            self.fail('unit_mismatch', f'{what}: {stated} reconciles with {computed} only after rescaling by 10^4')
            return False
        self.fail(code, f'{what}: stated {stated}, computed {computed:.4f}')
        return False

    def same(self, code, a, b, what, money=False):
        """two statements of one quantity"""
        return self.eq(code, a, num(b), what, money)

    def total(self, code, total, parts, what):
        """total = sum(parts); a part off by 10^4 is a unit slip"""
        s = sum((num(p) for p in parts), D(0))
        if close(total, s):
            return
        for i, p in enumerate(parts):
            for k in (D(10000), D(1) / D(10000)):
                alt = s - num(p) + num(p) / k
                if abs(alt - num(total)) <= D('0.005'):
                    self.fail('unit_mismatch', f'{what}: part {p} off by 10^4')
                    return
        self.eq(code, total, s, what, money=True)

    def rate(self, stated, numer, denom, what):
        if stated.strip() in DASH:
            return
        v = num(stated)
        if denom == 0:
            if v != 0:
                self.fail('implausible_rate', f'{what}: {stated} on a zero base')
            return
        c = numer / denom * 100
        if not close(stated, c):
            self.fail('rate_mismatch', f'{what}: stated {stated}, computed {c:.4f}%')
        elif v > 100:
            self.fail('implausible_rate', f'{what}: {stated} above 100%')

    def grade(self, total, g):
        t = num(total)
        band = '优' if t >= 90 else '良' if t >= 80 else '中' if t >= 60 else '差'
        alias = {'优秀': '优', '良好': '良', '中等': '中', '一般': '中', '合格': '中', '较差': '差', '不合格': '差'}
        if alias.get(g, g) != band:
            self.fail('grade_mismatch', f'total {total} is {band}, stated {g}')


# --- text access -------------------------------------------------------------

def pdf_lines(text, footer):
    return [l for l in text.split('\n') if not re.fullmatch(footer, l)]


def find_line(lines, pred, start=0):
    for i in range(start, len(lines)):
        if pred(lines[i]):
            return i
    raise ValueError('marker not found')


def blocks(lines):
    out, cur = [], []
    for l in lines:
        if l.strip() == '':
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(l)
    if cur:
        out.append(cur)
    return out


def html_rows(html):
    rows = []
    for tr in re.findall(r'<tr[^>]*>(.*?)</tr>', html, re.S):
        cells = []
        for c in re.findall(r'<td[^>]*>(.*?)</td>', tr, re.S):
            c = re.sub(r'<[^>]+>', '', c).replace('&nbsp;', '')
            cells.append(re.sub(r'\s+', '', c))
        rows.append([c for c in cells if c != ''])
    return rows


def html_prose(html):
    h = re.sub(r'<table.*?</table>', '', html, flags=re.S)
    h = re.sub(r'<style>.*?</style>', '', h, flags=re.S)
    h = re.sub(r'<[^>]+>', '', h).replace('&nbsp;', '')
    return h.replace('\n', '')


LEVELS = {'产出指标', '效益指标', '满意度指标', '预算执行', '数量指标', '质量指标', '时效指标', '成本指标',
          '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '服务对象满意度指标'}
L1 = {'产出指标', '效益指标', '满意度指标', '预算执行'}
VAL = re.compile(r'^(≥|≤|＞|＜|>|<|=|＝)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(.*)$')


def indicators(rows, cols):
    out, l1 = [], None
    for r in rows:
        cells = list(r)
        while cells and cells[0] in LEVELS:
            c = cells.pop(0)
            if c in L1:
                l1 = c
        d = {'l1': l1, 'name': cells[0]}
        for k, v in zip(cols, cells[1:]):
            d[k] = v
        out.append(d)
    return out


def pval(s):
    """(direction, value, unit) of a target/actual cell; None if qualitative or a date"""
    if s is None or re.search(r'\d{4}年', s):
        return None
    m = VAL.match(s)
    if not m:
        return None
    dirn = {'≥': 'gte', '＞': 'gte', '>': 'gte', '≤': 'lte', '＜': 'lte', '<': 'lte'}.get(m.group(1) or '', 'eq')
    return dirn, num(m.group(2)), m.group(3)


def completion(dirn, t, a):
    if dirn == 'lte':
        return D(100) if a <= t else t / a * 100
    if t == 0:
        return D(100) if a <= 0 else D(0)
    return a / t * 100


def check_indicators(c, inds, exec_w=None, exec_s=None, total=None, unitcol=False):
    """weights, scores, completion, units, ranges of an indicator table"""
    ws, ss = [], []
    if exec_w is not None:
        ws.append(exec_w)
        ss.append(exec_s)
        if num(exec_s) > num(exec_w) or num(exec_s) < 0:
            c.fail('score_exceeds_weight', f'execution score {exec_s} > {exec_w}')
    for d in inds:
        ws.append(d['w'])
        ss.append(d['s'])
        if num(d['s']) > num(d['w']) or num(d['s']) < 0:
            c.fail('score_exceeds_weight', f"{d['name']}: score {d['s']} > weight {d['w']}")
        if unitcol:                                   # Sichuan: 性质 | 指标值 | 度量单位 | 实际完成值
            if d['nat'] == '定性':
                continue
            t, unit = num(d['t']), d['u']
            a = pval(d['a'])
            if a is None:
                continue
            if a[2] not in ('', unit):
                c.fail('unit_mismatch', f"{d['name']}: target in {unit}, actual {d['a']}")
                continue
            dirn = 'lte' if d['nat'] == '≤' else 'gte'
            if unit == '%' and a[1] > 100:
                c.fail('implausible_rate', f"{d['name']}: {d['a']}% above 100%")
            d['dirn'], d['T'], d['A'] = dirn, t, a[1]
            continue
        t, a = pval(d['t']), pval(d['a'])
        if t is None or a is None:
            continue
        if t[2] != a[2]:
            c.fail('unit_mismatch', f"{d['name']}: target {d['t']} vs actual {d['a']}")
            continue
        if a[2] == '%' and a[1] > 100:
            c.fail('implausible_rate', f"{d['name']}: {d['a']} above 100%")
        d['dirn'], d['T'], d['A'] = t[0], t[1], a[1]
        if d.get('c') and d['c'] not in DASH:
            comp = completion(t[0], t[1], a[1])
            if not close(d['c'], comp):
                alt = completion(t[0], t[1], a[1] / 10000)
                if close(d['c'], alt):
                    c.fail('unit_mismatch', f"{d['name']}: actual {d['a']} off by 10^4 (completion {d['c']})")
                else:
                    c.fail('completion_mismatch', f"{d['name']}: stated {d['c']}, computed {comp:.4f}%")
    sw = sum((num(w) for w in ws), D(0))
    if sw != 100:
        c.fail('weight_sum_mismatch', f'weights sum to {sw}')
    s_all = sum((num(s) for s in ss), D(0))
    if total is not None:
        if num(total[0]) != sw:
            c.fail('weight_sum_mismatch', f'stated weight total {total[0]}, rows sum to {sw}')
        c.eq('score_sum_mismatch', total[1], s_all, 'table total score')
    return s_all


def row_of(inds, name):
    for d in inds:
        if d['name'] == name:
            return d
    raise KeyError(name)


def cv_actual(c, inds, name, stated, what):
    """a prose restatement of a table actual; skipped when the table cell's unit is itself broken"""
    d = row_of(inds, name)
    if 'A' not in d:
        return
    c.eq('conflicting_values', stated, d['A'], what)


def cv_target_completion(c, inds, name, actual_s, comp_s, what):
    d = row_of(inds, name)
    if 'T' not in d:
        return
    comp = completion(d['dirn'], d['T'], num(actual_s))
    c.eq('completion_mismatch', comp_s, comp, what)


def years(c, prose):
    y = int(re.search(r'(20\d\d)年度', prose).group(1))
    for m in re.finditer(r'结转至(20\d\d)年', prose):
        if int(m.group(1)) <= y:
            c.fail('year_mismatch', f'carried over to {m.group(1)} in the {y} report')
    for m in re.finditer(r'截至(20\d\d)年12月31日', prose):
        if int(m.group(1)) != y:
            c.fail('year_mismatch', f'截至{m.group(1)}年 in the {y} report')
    for m in re.finditer(r'于(20\d\d)年12月提前下达', prose):
        if int(m.group(1)) != y - 1:
            c.fail('year_mismatch', f'advance issued {m.group(1)} for {y}')
    for m in re.finditer(r'(20\d\d)年(?:项目|我局)?年初预算', prose):
        if int(m.group(1)) != y:
            c.fail('year_mismatch', f'{m.group(1)}年 年初预算 in the {y} report')
    return y


def grades(c, prose):
    for m in re.finditer(r'得分' + NUM + r'分[^。]{0,6}?(?:评价)?等级为“(.{1,3}?)”', prose):
        c.grade(m.group(1), m.group(2))


def one(prose, pat):
    ms = re.findall(pat, prose)
    if len(ms) != 1:
        raise ValueError(f'pattern {pat!r} matched {len(ms)} times')
    return ms[0]


def funds_rows(blks, names):
    return {b[0]: b[1:] for b in blks if b[0] in names}


# --- projects ----------------------------------------------------------------

def p_chongyi(c, text):
    L = pdf_lines(text, r'— \d+ —')
    ti = find_line(L, lambda l: l == '2018年度项目支出绩效自评表')
    prose = ''.join(L[:ti - 1])
    tb = blocks(L[ti:])
    F = funds_rows(tb, {'年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金'})
    tot, fis, car, oth = F['年度资金总额'], F['其中：当年财政拨款'], F['上年结转资金'], F['其他资金']
    for k in range(3):
        c.total('sum_mismatch', tot[k], [fis[k], car[k], oth[k]], f'funds column {k}')
    for nm, r in F.items():
        c.rate(r[4], num(r[2]), num(r[1]), f'funds {nm} 执行率')
    hi = next(i for i, b in enumerate(tb) if '三级指标' in b)
    ti2 = next(i for i, b in enumerate(tb) if b[0] == '总分')
    inds = indicators(tb[hi + 1:ti2], ['t', 'a', 'w', 's'])
    s_all = check_indicators(c, inds, tot[3], tot[5], tb[ti2][1:3])
    # prose: funds
    y0, f0, o0 = one(prose, r'年初预算' + NUM + r'万元，其中当年财政拨款' + NUM + r'万元（.*?其他资金' + NUM + r'万元。')
    c.total('sum_mismatch', y0, [f0, o0], '年初预算 = 财政拨款 + 其他')
    add = one(prose, r'追加森林公园建设补助' + NUM + '万元')
    cut = one(prose, r'调减' + NUM + '万元')
    yA, fA, oA = one(prose, r'调整后全年预算' + NUM + r'万元，其中当年财政拨款' + NUM + r'万元、其他资金' + NUM + '万元')
    c.eq('sum_mismatch', yA, num(y0) + num(add) - num(cut), '年初 + 追加 − 调减 = 全年', money=True)
    c.total('sum_mismatch', yA, [fA, oA], '全年 = 财政拨款 + 其他')
    c.eq('sum_mismatch', fA, num(f0) + num(add) - num(cut), '财政拨款 年初 + 追加 − 调减', money=True)
    rec, rr = one(prose, r'到位资金' + NUM + r'万元，到位率' + PCT)
    c.rate(rr, num(rec), num(yA), '到位率')
    ex, er = one(prose, r'全年实际支出' + NUM + r'万元，预算执行率' + PCT)
    c.rate(er, num(ex), num(yA), 'prose 执行率')
    fx, fr = one(prose, r'当年财政拨款支出' + NUM + r'万元，执行率' + PCT)
    c.rate(fr, num(fx), num(fA), 'prose 财政拨款执行率')
    ox, orr = one(prose, r'其他资金支出' + NUM + r'万元，执行率' + PCT)
    c.rate(orr, num(ox), num(oA), 'prose 其他资金执行率')
    c.total('sum_mismatch', ex, [fx, ox], '支出 = 财政拨款 + 其他')
    items = re.findall(r'\d\.[^\d。：]{2,16}?支出' + NUM + '万元', prose)
    if len(items) != 5:
        raise ValueError(items)
    c.total('sum_mismatch', fx, items, '五项支出合计')
    wan, yuan = one(prose, r'维护支出' + NUM + r'万元（' + NUM + '元）')
    c.eq('conflicting_values', yuan, num(wan) * 10000, '万元 vs 元')
    n, std, pay = one(prose, r'护林员(\d+)名，按每人每年' + NUM + r'万元的标准发放劳务补助' + NUM + '万元')
    c.eq('sum_mismatch', pay, num(n) * num(std), '护林员 人数 × 标准', money=True)
    bal = one(prose, r'年末结余' + NUM + '万元')
    c.eq('balance_mismatch', bal, num(yA) - num(ex), '结余 = 全年预算 − 支出', money=True)
    # table vs prose (same quantities)
    c.same('conflicting_values', tot[1], yA, 'table 全年 vs prose')
    c.same('conflicting_values', tot[2], ex, 'table 执行 vs prose')
    c.same('conflicting_values', tot[4], er, 'table 执行率 vs prose')
    a, p = one(prose, r'巡护里程(\d+)公里，完成年度指标的' + PCT)
    cv_actual(c, inds, '巡护里程', a, 'prose 巡护里程')
    cv_target_completion(c, inds, '巡护里程', a, p, 'prose 巡护里程 完成率')
    a, p = one(prose, r'维护游步道' + NUM + r'公里，完成年度指标的' + PCT)
    cv_actual(c, inds, '游步道维护长度', a, 'prose 游步道')
    cv_target_completion(c, inds, '游步道维护长度', a, p, 'prose 游步道 完成率')
    for a in re.findall(r'更新标识标牌(\d+)块[，；]', prose):
        cv_actual(c, inds, '更新标识标牌', a, 'prose 标识标牌')
    cv_actual(c, inds, '有害生物成灾率', one(prose, r'成灾率为' + NUM + '‰'), 'prose 成灾率')
    cv_actual(c, inds, '防火设施完好率', one(prose, r'防火设施完好率' + NUM + '%'), 'prose 完好率')
    now, last, g = one(prose, r'接待游客' + NUM + r'万人次，比2017年的' + NUM + r'万人次增长' + PCT)
    cv_actual(c, inds, '年接待游客人次', now, 'prose 游客')
    c.rate(g, num(now) - num(last), num(last), '游客增长率')
    cv_actual(c, inds, '森林覆盖率', one(prose, r'森林覆盖率' + NUM + '%，比上年'), 'prose 覆盖率')
    sent, got, rr2 = one(prose, r'发放问卷(\d+)份，收回有效问卷(\d+)份，回收率' + PCT)
    c.rate(rr2, num(got), num(sent), '问卷回收率')
    cv_actual(c, inds, '游客满意度', one(prose, r'游客满意度' + NUM + '%。'), 'prose 满意度')
    # prose scores
    es, os_, bs, ms_, ts = one(prose, r'预算执行得分' + NUM + r'分，产出指标得分' + NUM + r'分，效益指标得分' + NUM +
                               r'分，满意度指标得分' + NUM + r'分，自评得分' + NUM + '分')
    c.same('conflicting_values', es, tot[5], 'prose 预算执行得分 vs table')
    for lab, v in (('产出指标', os_), ('效益指标', bs), ('满意度指标', ms_)):
        c.eq('score_sum_mismatch', v, sum((num(d['s']) for d in inds if d['l1'] == lab), D(0)), f'prose {lab}得分')
    c.eq('score_sum_mismatch', ts, s_all, 'prose 自评得分')
    grades(c, prose)
    years(c, prose)


def p_huangsang(c, text):
    L = pdf_lines(text, r'第 \d+ 页，共 \d+ 页')
    fs = find_line(L, lambda l: l == '单位：万元')
    fe = find_line(L, lambda l: l == '（二）基本支出情况', fs)
    ts = find_line(L, lambda l: l.endswith('部门整体支出绩效自评表') and '附件' not in l)
    prose = ''.join(L[:fs] + L[fe:ts - 1])
    F = funds_rows(blocks(L[fs:fe]), {'合计', '一、基本支出', '其中：人员经费', '公用经费', '二、项目支出'})
    for nm, r in F.items():
        c.eq('sum_mismatch', r[2], num(r[0]) + num(r[1]), f'funds {nm} 年初 + 调整', money=True)
        c.eq('balance_mismatch', r[5], num(r[2]) - num(r[3]), f'funds {nm} 结转结余', money=True)
        c.rate(r[4], num(r[3]), num(r[2]), f'funds {nm} 执行率')
    for k in (0, 1, 2, 3, 5):
        c.total('sum_mismatch', F['合计'][k], [F['一、基本支出'][k], F['二、项目支出'][k]], f'合计 col {k}')
        c.total('sum_mismatch', F['一、基本支出'][k], [F['其中：人员经费'][k], F['公用经费'][k]], f'基本 col {k}')
    tb = blocks(L[ts + 1:])
    hi = next(i for i, b in enumerate(tb) if '三级指标' in b)
    ti = next(i for i, b in enumerate(tb) if b[0] == '合计')
    inds = indicators(tb[hi + 1:ti], ['t', 'a', 'c', 'w', 's'])
    s_all = check_indicators(c, inds, None, None, tb[ti][1:3])
    ex_row = row_of(inds, '预算执行率')
    c.same('conflicting_values', ex_row['a'], F['合计'][4], 'table 预算执行率 vs funds')
    # prose funds
    y0, b0, p0 = one(prose, r'年初预算' + NUM + r'万元，其中基本支出' + NUM + r'万元、项目支出' + NUM + '万元')
    c.total('sum_mismatch', y0, [b0, p0], '年初 = 基本 + 项目')
    add = one(prose, r'年中追加.*?' + NUM + '万元')
    cut = one(prose, r'调减公用经费' + NUM + '万元')
    yA = one(prose, r'调整后全年预算' + NUM + '万元')
    c.eq('sum_mismatch', yA, num(y0) + num(add) - num(cut), '年初 + 追加 − 调减 = 全年', money=True)
    ex, er = one(prose, r'全年实际支出' + NUM + r'万元，预算执行率' + PCT)
    c.rate(er, num(ex), num(yA), 'prose 执行率')
    c.eq('balance_mismatch', one(prose, r'年末结转结余' + NUM + '万元'), num(yA) - num(ex), '结转结余', money=True)
    c.same('conflicting_values', F['合计'][2], yA, 'funds 全年 vs prose')
    c.same('conflicting_values', F['合计'][3], ex, 'funds 支出 vs prose')
    bx, px, gx = one(prose, r'基本支出' + NUM + r'万元，其中人员经费' + NUM + r'万元.*?公用经费' + NUM + '万元')
    c.total('sum_mismatch', bx, [px, gx], 'prose 基本 = 人员 + 公用')
    c.same('conflicting_values', bx, F['一、基本支出'][3], 'prose 基本支出 vs funds')
    c.same('conflicting_values', gx, F['公用经费'][3], 'prose 公用经费 vs funds')
    c.eq('conflicting_values', gx, row_of(inds, '公用经费支出')['A'], 'prose 公用经费 vs table actual')
    c.same('conflicting_values', row_of(inds, '公用经费支出')['t'].lstrip('≤').replace('万元', ''),
           F['公用经费'][2], 'cost cap vs 公用经费 budget')
    s3, d3, r3 = one(prose, r'“三公”经费支出' + NUM + r'万元，比2019年减少' + NUM + r'万元，下降' + PCT)
    c.rate(r3, num(d3), num(s3) + num(d3), '三公 下降率')
    c.total('sum_mismatch', s3, list(one(prose, r'其中公务用车运行维护费' + NUM + r'万元、公务接待费' + NUM + '万元')),
            '三公 components')
    pb, pe, pr = one(prose, r'项目支出全年预算' + NUM + r'万元，实际支出' + NUM + r'万元，执行率' + PCT)
    c.rate(pr, num(pe), num(pb), 'prose 项目支出执行率')
    c.same('conflicting_values', pb, F['二、项目支出'][2], 'prose 项目预算 vs funds')
    c.same('conflicting_values', pe, F['二、项目支出'][3], 'prose 项目支出 vs funds')
    items = re.findall(r'\d\.[^：。]{2,20}：预算' + NUM + r'万元，支出' + NUM + r'万元，执行率' + PCT, prose)
    if len(items) != 5:
        raise ValueError(items)
    for b, e, r in items:
        c.rate(r, num(e), num(b), f'item {b}')
    c.total('sum_mismatch', pb, [i[0] for i in items], 'items budget')
    c.total('sum_mismatch', pe, [i[1] for i in items], 'items spending')
    n, std, pay = one(prose, r'生态护林员(\d+)名，按每人每年' + NUM + r'万元标准发放劳务补助' + NUM + '万元')
    c.eq('sum_mismatch', pay, num(n) * num(std), '护林员 人数 × 标准', money=True)
    lst, tot, avg = one(prose, r'巡护里程分别为(.*?)，合计' + NUM + r'公里，站均' + NUM + '公里')
    parts = re.findall(NUM + '公里', lst)
    c.total('sum_mismatch', tot, parts, '管护站巡护里程')
    c.eq('average_mismatch', avg, sum((num(p) for p in parts), D(0)) / len(parts), '站均巡护里程')
    cv_actual(c, inds, '巡护里程', tot, 'prose 巡护里程')
    cv_actual(c, inds, '日常巡护人次', one(prose, r'日常巡护(\d+)人次'), 'prose 巡护人次')
    cv_actual(c, inds, '监测样线调查', one(prose, r'监测样线调查(\d+)条'), 'prose 样线')
    cv_actual(c, inds, '布设红外相机', one(prose, r'布设红外相机(\d+)台'), 'prose 红外相机')
    cv_actual(c, inds, '巡护数据上报及时率', one(prose, r'上报及时率' + NUM + '%'), 'prose 及时率')
    cv_actual(c, inds, '自然保护宣传受众', one(prose, r'受众(\d+)人次'), 'prose 受众')
    cv_actual(c, inds, '签订社区共管协议村数', one(prose, r'与周边(\d+)个村'), 'prose 共管村')
    cv_actual(c, inds, '周边社区群众满意度', one(prose, r'群众满意度' + NUM + '%'), 'prose 满意度')
    cv_actual(c, inds, '森林覆盖率', one(prose, r'保护区森林覆盖率' + NUM + '%'), 'prose 覆盖率')
    ts_ = one(prose, r'自评得分' + NUM + '分')
    c.eq('score_sum_mismatch', ts_, s_all, 'prose 自评得分')
    grades(c, prose)
    years(c, prose)


def p_yingjing(c, text):
    L = pdf_lines(text, r'- \d+ -')
    ti = find_line(L, lambda l: l == '项目支出绩效目标自评表')
    prose = ''.join(L[:ti - 1])
    tb = blocks(L[ti:])
    F = funds_rows(tb, {'年度资金总额', '其中：财政资金', '财政专户管理资金', '单位资金', '其他资金'})
    for k in range(2):
        c.total('sum_mismatch', F['年度资金总额'][k], [F[n][k] for n in
                ('其中：财政资金', '财政专户管理资金', '单位资金', '其他资金')], f'funds col {k}')
    for nm, r in F.items():
        c.rate(r[3], num(r[1]), num(r[0]), f'funds {nm} 执行率')
    tot = F['年度资金总额']
    hi = next(i for i, b in enumerate(tb) if '三级指标' in b)
    ti2 = next(i for i, b in enumerate(tb) if b[0] == '总分')
    inds = indicators(tb[hi + 1:ti2], ['nat', 't', 'u', 'a', 'w', 's'])
    s_all = check_indicators(c, inds, tot[2], tot[4], tb[ti2][1:3], unitcol=True)
    y0, cty, prv = one(prose, r'年初预算' + NUM + r'万元，其中县级财政资金' + NUM + r'万元，省级林业草原发展资金' + NUM + '万元')
    c.total('sum_mismatch', y0, [cty, prv], '年初 = 县级 + 省级')
    add = one(prose, r'追加' + NUM + '万元')
    yA = one(prose, r'调整后全年预算' + NUM + '万元')
    c.eq('sum_mismatch', yA, num(y0) + num(add), '年初 + 追加 = 全年', money=True)
    sub = re.findall(NUM + '万元', one(prose, r'项目预算按子项目分为(.*?)。'))
    c.total('sum_mismatch', yA, sub, '子项目预算')
    rec, rr = one(prose, r'项目资金到位' + NUM + r'万元，到位率' + PCT)
    c.rate(rr, num(rec), num(yA), '到位率')
    ex, er = one(prose, r'项目资金支出' + NUM + r'万元，执行率' + PCT)
    c.rate(er, num(ex), num(yA), 'prose 执行率')
    spent = re.findall(r'支出' + NUM + '万元', one(prose, r'其中(巡护监测支出.*?)。'))
    c.total('sum_mismatch', ex, spent, '子项目支出')
    c.eq('balance_mismatch', one(prose, r'未支付的' + NUM + '万元'), num(yA) - num(ex), '未支付 = 全年 − 支出', money=True)
    n, m, pay = one(prose, r'巡护人员(\d+)名，按每人每月' + NUM + r'元发放巡护补助，全年计' + NUM + '万元')
    c.eq('sum_mismatch', pay, num(n) * num(m) * 12 / 10000, '巡护补助 人数 × 月标准 × 12', money=True)
    parts = []
    for what, pat in (('界桩', r'界桩(\d+)根，每根' + NUM + r'元，计' + NUM + '万元'),
                      ('界碑', r'界碑(\d+)块，每块' + NUM + r'元，计' + NUM + '万元'),
                      ('标识牌', r'标识标牌(\d+)块，每块' + NUM + r'元，计' + NUM + '万元')):
        q, p, amt = one(prose, pat)
        c.eq('sum_mismatch', amt, num(q) * num(p) / 10000, f'{what} 数量 × 单价', money=True)
        parts.append(amt)
        if what == '界桩':
            c.eq('conflicting_values', p, row_of(inds, '界桩单价')['A'], 'prose 界桩单价 vs table')
    c.total('sum_mismatch', one(prose, r'勘界立标支出' + NUM + '万元'), parts, '勘界立标明细')
    c.same('conflicting_values', tot[0], yA, 'table 全年 vs prose')
    c.same('conflicting_values', tot[1], ex, 'table 执行 vs prose')
    c.same('conflicting_values', tot[4], one(prose, r'预算执行得分' + NUM + '分'), 'prose 执行得分 vs table')
    q, p = one(prose, r'埋设界桩(\d+)根，完成年度指标的' + PCT)
    cv_actual(c, inds, '埋设界桩', q, 'prose 界桩')
    cv_target_completion(c, inds, '埋设界桩', q, p, 'prose 界桩 完成率')
    cv_actual(c, inds, '界桩设置位置符合率', one(prose, r'符合率' + NUM + '%'), 'prose 符合率')
    cv_actual(c, inds, '设立界碑', one(prose, r'设立界碑(\d+)块，其余'), 'prose 界碑')
    now, last, inc = one(prose, r'全年巡护' + NUM + r'公里，比2020年的' + NUM + r'公里增加' + NUM + '公里')
    cv_actual(c, inds, '巡护里程', now, 'prose 巡护里程')
    c.eq('sum_mismatch', inc, num(now) - num(last), '巡护里程增量')
    cv_actual(c, inds, '布设红外相机', one(prose, r'布设红外相机(\d+)台，有效监测数据获取率\d'), 'prose 红外相机')
    a, p = one(prose, r'有效监测数据获取率' + NUM + r'%，完成年度指标的' + PCT)
    cv_actual(c, inds, '有效监测数据获取率', a, 'prose 获取率')
    cv_target_completion(c, inds, '有效监测数据获取率', a, p, 'prose 获取率 完成率')
    cv_actual(c, inds, '监测到国家重点保护野生动物', one(prose, r'拍摄到国家重点保护野生动物(\d+)种'), 'prose 物种数')
    cv_actual(c, inds, '社区群众满意度', one(prose, r'社区群众满意度' + NUM + '%，'), 'prose 满意度')
    c.eq('score_sum_mismatch', one(prose, r'自评得分' + NUM + '分'), s_all, 'prose 自评得分')
    grades(c, prose)
    years(c, prose)


def p_lafashan(c, text):
    prose = html_prose(text)
    rows = html_rows(re.search(r'<table.*?</table>', text, re.S).group(0))
    F = {r[0]: r[1:] for r in rows if r and r[0] in {'年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金'}}
    tot, fis, car, oth = F['年度资金总额'], F['其中：当年财政拨款'], F['上年结转资金'], F['其他资金']
    for k in range(3):
        c.total('sum_mismatch', tot[k], [fis[k], car[k], oth[k]], f'funds column {k}')
    for nm, r in F.items():
        c.rate(r[4], num(r[2]), num(r[1]), f'funds {nm} 执行率')
    hi = next(i for i, r in enumerate(rows) if '三级指标' in r)
    ti = next(i for i, r in enumerate(rows) if r and r[0] == '总分')
    body = [r[1:] if r[0] == '绩效指标' else r for r in rows[hi + 1:ti]]
    inds = indicators(body, ['t', 'a', 'w', 's'])
    s_all = check_indicators(c, inds, tot[3], tot[5], rows[ti][1:3])
    y0, f0, k0 = one(prose, r'年初预算' + NUM + r'万元，其中当年财政拨款' + NUM + r'万元、2022年结转资金' + NUM + '万元')
    c.total('sum_mismatch', y0, [f0, k0], '年初 = 财政拨款 + 结转')
    add = one(prose, r'追加森林防火补助资金' + NUM + '万元')
    yA, fA, kA = one(prose, r'全年预算' + NUM + r'万元（当年财政拨款' + NUM + r'万元、上年结转资金' + NUM + '万元）')
    c.eq('sum_mismatch', yA, num(y0) + num(add), '年初 + 追加 = 全年（未调减）', money=True)
    c.total('sum_mismatch', yA, [fA, kA], '全年 = 财政拨款 + 结转')
    c.eq('sum_mismatch', fA, num(f0) + num(add), '财政拨款 年初 + 追加', money=True)
    ex, er = one(prose, r'全年执行' + NUM + r'万元，预算执行率' + PCT)
    c.rate(er, num(ex), num(yA), 'prose 执行率')
    for r in re.findall(r'是预算执行率' + PCT, prose):
        c.rate(r, num(ex), num(yA), 'prose 执行率 restated')
    fx, fr = one(prose, r'当年财政拨款执行' + NUM + r'万元，执行率' + PCT)
    c.rate(fr, num(fx), num(fA), 'prose 财政拨款执行率')
    kx = one(prose, r'上年结转资金' + NUM + '万元全部支出')
    c.total('sum_mismatch', ex, [fx, kx], '执行 = 财政拨款 + 结转')
    c.eq('balance_mismatch', one(prose, r'年末结余' + NUM + '万元'), num(yA) - num(ex), '结余 = 全年 − 执行', money=True)
    items = re.findall(r'(?:看，|；)([^，；]{2,10}?)预算' + NUM + r'万元(?:（[^）]*）)?，支出' + NUM + '万元', prose)
    if len(items) != 4:
        raise ValueError(items)
    c.total('sum_mismatch', yA, [i[1] for i in items], '分项目预算')
    c.total('sum_mismatch', ex, [i[2] for i in items], '分项目支出')
    n, std = one(prose, r'聘用专职护林员(\d+)名，人均年补助' + NUM + '万元')
    c.eq('sum_mismatch', [i[2] for i in items if i[0] == '资源管护'][0], num(n) * num(std), '护林员 人数 × 补助',
         money=True)
    c.same('conflicting_values', tot[1], yA, 'table 全年 vs prose')
    c.same('conflicting_values', tot[2], ex, 'table 执行 vs prose')
    c.same('conflicting_values', tot[4], er, 'table 执行率 vs prose')
    a, p = one(prose, r'维护防火通道' + NUM + r'公里，仅完成年度指标的' + PCT)
    cv_actual(c, inds, '防火通道维护里程', a, 'prose 防火通道')
    cv_target_completion(c, inds, '防火通道维护里程', a, p, 'prose 防火通道 完成率')
    a, p = one(prose, r'有害生物防治' + NUM + r'公顷，完成年度指标的' + PCT)
    cv_actual(c, inds, '有害生物防治面积', a, 'prose 防治面积')
    cv_target_completion(c, inds, '有害生物防治面积', a, p, 'prose 防治面积 完成率')
    cv_actual(c, inds, '有害生物成灾率', one(prose, r'有害生物成灾率' + NUM + '‰'), 'prose 成灾率')
    cv_actual(c, inds, '防治作业验收合格率', one(prose, r'验收合格率' + NUM + '%'), 'prose 合格率')
    cv_actual(c, inds, '防火期值班到岗率', one(prose, r'值班到岗率' + NUM + '%'), 'prose 到岗率')
    lst, avg = one(prose, r'参演人数分别为(.*?)，平均' + NUM + '人')
    parts = re.findall(NUM + '人', lst)
    c.eq('average_mismatch', avg, sum((num(p) for p in parts), D(0)) / len(parts), '演练平均人数')
    cv_actual(c, inds, '森林火灾受害率', one(prose, r'森林火灾受害率' + NUM + '‰'), 'prose 受害率')
    cv_actual(c, inds, '森林覆盖率', one(prose, r'公园森林覆盖率' + NUM + '%'), 'prose 覆盖率')
    cv_actual(c, inds, '年接待游客', one(prose, r'全年接待游客' + NUM + '万人次，未达到'), 'prose 游客')
    cv_actual(c, inds, '游客满意度', one(prose, r'游客满意度' + NUM + '%，'), 'prose 满意度')
    c.eq('score_sum_mismatch', one(prose, r'自评得分' + NUM + '分'), s_all, 'prose 自评得分')
    grades(c, prose)
    years(c, prose)


def p_zhushan(c, text):
    L = pdf_lines(text, r'第\d+页')
    fs = find_line(L, lambda l: l.startswith('表1'))
    fe = find_line(L, lambda l: l.startswith('分子项目看'), fs)
    ts = find_line(L, lambda l: l == '项目支出绩效自评表')
    prose = ''.join(L[:fs] + L[fe:ts - 1])
    F = funds_rows(blocks(L[fs:fe]), {'合计', '中央资金', '省级资金', '县级资金'})
    for nm, r in F.items():
        c.rate(r[4], num(r[2]), num(r[1]), f'funds {nm} 到位率')
        c.rate(r[5], num(r[3]), num(r[1]), f'funds {nm} 执行率')
        c.eq('balance_mismatch', r[6], num(r[2]) - num(r[3]), f'funds {nm} 结余', money=True)
    for k in (0, 1, 2, 3, 6):
        c.total('sum_mismatch', F['合计'][k], [F[n][k] for n in ('中央资金', '省级资金', '县级资金')], f'col {k}')
    tb = blocks(L[ts:])
    hi = next(i for i, b in enumerate(tb) if '三级指标' in b)
    ti = next(i for i, b in enumerate(tb) if b[0] == '合计')
    inds = indicators(tb[hi + 1:ti], ['t', 'a', 'c', 'w', 's'])
    s_all = check_indicators(c, inds, None, None, tb[ti][1:3])
    ex_row = row_of(inds, '预算执行率')
    c.same('conflicting_values', ex_row['a'], F['合计'][5], 'table 预算执行率 vs funds')
    y0, ce, pr, co = one(prose, r'年初预算' + NUM + r'万元，其中中央林业草原生态保护恢复资金' + NUM + r'万元.*?省级资金' +
                         NUM + r'万元、县级资金' + NUM + '万元')
    c.total('sum_mismatch', y0, [ce, pr, co], '年初 = 中央 + 省 + 县')
    add = one(prose, r'追加中央资金' + NUM + '万元')
    cut = one(prose, r'县级资金调减' + NUM + '万元')
    yA = one(prose, r'调整后全年预算' + NUM + '万元')
    c.eq('sum_mismatch', yA, num(y0) + num(add) - num(cut), '年初 + 追加 − 调减 = 全年', money=True)
    rec, rr = one(prose, r'实际到位资金' + NUM + r'万元，到位率' + PCT)
    c.rate(rr, num(rec), num(yA), '到位率')
    c.eq('balance_mismatch', one(prose, r'尚有' + NUM + '万元未到位'), num(yA) - num(rec), '未到位 = 全年 − 到位', money=True)
    ex, er = one(prose, r'实际支出' + NUM + r'万元，预算执行率' + PCT)
    c.rate(er, num(ex), num(yA), 'prose 执行率')
    c.eq('balance_mismatch', one(prose, r'结余' + NUM + '万元，已结转'), num(rec) - num(ex), '结余 = 到位 − 支出', money=True)
    for k, v in ((0, y0), (1, yA), (2, rec), (3, ex)):
        c.same('conflicting_values', F['合计'][k], v, f'funds 合计 col {k} vs prose')
    items = re.findall(r'([^，；。]{2,20}?)预算' + NUM + r'万元、支出' + NUM + '万元', prose)
    if len(items) != 5:
        raise ValueError(items)
    c.total('sum_mismatch', yA, [i[1] for i in items], '子项目预算')
    c.total('sum_mismatch', ex, [i[2] for i in items], '子项目支出')
    now, last, g = one(prose, r'巡护里程' + NUM + r'公里，较2024年的' + NUM + r'公里增长' + PCT)
    cv_actual(c, inds, '年度巡护里程', now, 'prose 巡护里程')
    c.rate(g, num(now) - num(last), num(last), '巡护里程增长率')
    cv_actual(c, inds, '管护自然保护地面积', one(prose, r'全年管护自然保护地' + NUM + '公顷'), 'prose 面积')
    cv_actual(c, inds, '固定监测样地复查', one(prose, r'复查固定监测样地(\d+)个，\d'), 'prose 样地')
    cv_actual(c, inds, '红外相机有效布设', one(prose, r'有效布设红外相机(\d+)台；'), 'prose 红外相机')
    cv_actual(c, inds, '自然教育活动', one(prose, r'开展自然教育活动(\d+)场次，'), 'prose 自然教育')
    cv_actual(c, inds, '巡护轨迹上传率', one(prose, r'巡护轨迹上传率' + NUM + '%，'), 'prose 上传率')
    cv_actual(c, inds, '监测数据有效率', one(prose, r'监测数据有效率' + NUM + '%，'), 'prose 有效率')
    cv_actual(c, inds, '问题线索处置及时率', one(prose, r'处置及时率' + NUM + '%。'), 'prose 及时率')
    cv_actual(c, inds, '森林覆盖率', one(prose, r'森林覆盖率' + NUM + '%，红豆杉'), 'prose 覆盖率')
    cv_actual(c, inds, '破坏自然保护地案件', one(prose, r'破坏自然保护地案件(\d+)起，已'), 'prose 案件')
    cv_actual(c, inds, '生态监测体系持续运行', one(prose, r'已连续运行(\d+)年'), 'prose 运行年限')
    es, ind_s, ts_ = one(prose, r'预算执行得分' + NUM + r'分，绩效指标得分' + NUM + r'分，自评总分' + NUM + '分')
    c.same('conflicting_values', es, ex_row['s'], 'prose 执行得分 vs table')
    c.eq('score_sum_mismatch', ind_s, sum((num(d['s']) for d in inds if d['l1'] != '预算执行'), D(0)),
         'prose 绩效指标得分')
    c.eq('score_sum_mismatch', ts_, s_all, 'prose 自评总分')
    for m in re.finditer(r'总分' + NUM + r'分，评价等级为“(.{1,3}?)”', prose):
        c.grade(m.group(1), m.group(2))
    years(c, prose)


PROJECTS = {
    'jx-chongyi-yangling-2018': p_chongyi,
    'hn-huangsang-bhq-bumen-2020': p_huangsang,
    'sc-yingjing-baohudi-2021': p_yingjing,
    'jl-jiaohe-lafashan-2023': p_lafashan,
    'hb-zhushan-baohudi-2025': p_zhushan,
}


def run(case):
    pid = re.sub(r'-(clean|e\d+)\.txt$', '', case)
    with open(os.path.join(CASES, case), encoding='utf-8') as f:
        text = f.read()
    c = Chk(case)
    PROJECTS[pid](c, text)
    return c.fails


def edit_span(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j          # clean[i:ea] -> err[i:eb]


def main():
    ok = True
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
    assert len(labels) == 35, len(labels)
    counts = {}
    for lab in labels:
        case = lab['case']
        fails = run(case)
        codes = sorted({f[0] for f in fails})
        if lab['clean']:
            if fails:
                ok = False
                print('FAIL clean', case, fails)
            continue
        exp = lab['expected']
        assert len(exp) == 1 and exp[0]['severity'] == 'error'
        code = exp[0]['code']
        counts[code] = counts.get(code, 0) + 1
        if codes != [code]:
            ok = False
            print('FAIL', case, 'expected', code, 'got', fails)
        elif len(fails) > 2:
            ok = False
            print('FAIL', case, 'too many findings', fails)
        clean = open(os.path.join(CASES, lab['source'] + '-clean.txt'), encoding='utf-8').read()
        err = open(os.path.join(CASES, case), encoding='utf-8').read()
        i, ea, eb = edit_span(clean, err)
        if max(ea - i, eb - i) > 40 or (ea == i and eb == i):
            ok = False
            print('FAIL edit size', case, ea - i, eb - i)
        v = exp[0]['value']
        if err.count(v) != 1:
            ok = False
            print('FAIL value not unique/absent', case, err.count(v))
        else:
            s = err.index(v)
            if not (s <= i and eb <= s + len(v)):
                ok = False
                print('FAIL value does not cover the edit', case)
    if len(counts) != 13 or min(counts.values()) < 2 or sum(counts.values()) != 30:
        ok = False
        print('FAIL code coverage', counts)
    if ok:
        print('OK')
    else:
        sys.exit(1)


if __name__ == '__main__':
    if len(sys.argv) > 1:
        for cs in sys.argv[1:]:
            print(cs, run(cs))
    else:
        main()
