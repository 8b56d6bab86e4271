#!/usr/bin/env python3
"""Re-read every figure from the case texts and redo the arithmetic (stdlib + decimal only).

For each case in labels.jsonl: the clean draft must break no identity; an error case must break
only identities of its labelled code, must differ from its clean draft by one contiguous edit of
at most 40 characters, and its label value must occur exactly once and cover the edit.
Identities follow rules.md section 7, tolerance section 8 (decimals of the stated figure, ROUND_HALF_UP).
Internal checks (unit cost, instalments, deductions, score rule) use codes starting with "_":
no case may break them.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
HUNDRED = Decimal(100)
WAN = Decimal(10000)


class ParseError(Exception):
    pass


def N(s):
    """Decimal from a figure as written ("1,236.80", "93.6%", "98.63")."""
    if isinstance(s, (Decimal, int)):
        return Decimal(s)
    s = s.strip().replace(',', '').replace('，', '').rstrip('%')
    return Decimal(s)


def places(s):
    s = s.strip().replace(',', '').rstrip('%')
    return len(s.split('.')[1]) if '.' in s else 0


def close(computed, stated):
    """rules.md 8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals of the stated figure."""
    try:
        v = N(stated)
    except Exception:
        return False
    tol = Decimal('0.5') * (Decimal(10) ** -places(stated)) + Decimal('1e-9')
    return abs(Decimal(computed) - v) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)


VAL = re.compile(r'^(≥|≤|＞|＜|=)?\s*(-?[0-9][0-9,]*(?:\.[0-9]+)?)\s*(.*)$')


def parse_val(s):
    m = VAL.match(s.strip())
    if not m:
        return None
    return m.group(1) or '', m.group(2), m.group(3).strip()


GRADES = {'优': (90, 101), '优秀': (90, 101), '良': (80, 90), '良好': (80, 90),
          '中': (60, 80), '中等': (60, 80), '合格': (60, 80), '差': (0, 60), '较差': (0, 60)}


class V:
    def __init__(self, text):
        self.t = text
        self.f = []

    # ---- reading ----
    def all(self, pat):
        return re.findall(pat, self.t)

    def one(self, pat):
        m = re.findall(pat, self.t)
        if len(m) != 1:
            raise ParseError('%r matched %d times' % (pat, len(m)))
        return m[0]

    def table(self, header_pat, nth=0):
        """Rows (lists of cells) of the table whose header line matches header_pat."""
        lines = self.t.split('\n')
        hits = [i for i, l in enumerate(lines) if is_row(l) and re.search(header_pat, l)]
        if len(hits) <= nth:
            raise ParseError('table %r not found' % header_pat)
        i = hits[nth]
        rows = [cells(lines[i])]
        for l in lines[i + 1:]:
            if not is_row(l):
                break
            if re.match(r'^\|\s*-', l):
                continue
            rows.append(cells(l))
        return rows

    # ---- recording ----
    def add(self, code, msg):
        self.f.append((code, msg))

    def same(self, code, a, b, msg):
        """Two statements of one quantity (strings); b may be in another unit via factor tuples."""
        if N(a) != N(b):
            self.add(code, '%s: %s vs %s' % (msg, a, b))

    def chk(self, code, computed, stated, msg):
        if not close(computed, stated):
            self.add(code, '%s: computed %s, stated %s' % (msg, r2(computed), stated))


def is_row(l):
    return '｜' in l or l.startswith('|')


def cells(l):
    if '｜' in l:
        return [c.strip() for c in l.split('｜')]
    s = l.strip()
    if s.startswith('|'):
        s = s[1:]
    if s.endswith('|'):
        s = s[:-1]
    return [c.strip() for c in s.split('|')]


def col(header, *names):
    for n in names:
        for i, h in enumerate(header):
            if n in h:
                return i
    return None


def rate_cell(v, num, den, stated, msg, code='rate_mismatch'):
    """A rate cell: zero base must print '—' (or 0); otherwise compare; >100% is implausible."""
    if stated in ('—', '-', ''):
        if N(den) != 0:
            v.add(code, msg + ': rate missing on non-zero base')
        return
    if N(den) == 0:
        if N(stated) != 0:
            v.add('implausible_rate', msg + ': rate %s on a zero base' % stated)
        return
    c = N(num) / N(den) * HUNDRED
    if N(stated) > HUNDRED:
        if close(c, stated):
            v.add('implausible_rate', msg + ': rate %s above 100%%' % stated)
            return
    v.chk(code, c, stated, msg)


def money_pair(v, wan, yuan, msg):
    """Same amount in 万元 and in 元 (yuan string carries its own unit label)."""
    m = re.match(r'([0-9,\.]+)(万元|元)$', yuan)
    amt, unit = N(m.group(1)), m.group(2)
    val = amt / WAN if unit == '元' else amt
    if close(val, wan):
        return
    if close(val / WAN, wan) or close(val * WAN, wan):
        v.add('unit_mismatch', '%s: %s vs %s万元 (off by 10^4)' % (msg, yuan, wan))
    else:
        v.add('conflicting_values', '%s: %s vs %s万元' % (msg, yuan, wan))


def grade_check(v, total, grade, msg):
    lo, hi = GRADES[grade]
    if not (lo <= N(total) < hi):
        v.add('grade_mismatch', '%s: %s with grade %s' % (msg, total, grade))


def year_checks(v, year):
    y = int(year)
    for s in v.all(r'截至(\d{4})年12月31日'):
        if int(s) != y:
            v.add('year_mismatch', '截至%s年12月31日 in the %d report' % (s, y))
    for s in v.all(r'结转至(\d{4})年'):
        if int(s) <= y:
            v.add('year_mismatch', 'carried over to %s in the %d report' % (s, y))
    for s in v.all(r'(\d{4})年(?:全年)?(?:实际)?支出'):
        if int(s) != y:
            v.add('year_mismatch', 'spending dated %s in the %d report' % (s, y))


def indicator_table(v, rows, exec_rate=None, sichuan=False, extra_weight=None, extra_score=None):
    """Generic checks of an indicator table. Returns dict with totals and per-name actuals.

    rows[0] is the header. Rows whose first cell starts with 合计/总分 carry the totals.
    exec_rate: exact Decimal execution rate (%) for the 预算执行率 row, if the row is in the table.
    extra_weight/extra_score: execution weight/score kept outside the table (MOF funds block, Sichuan block).
    """
    h = rows[0]
    ci = dict(l1=col(h, '一级'), name=col(h, '三级'), tgt=col(h, '年度指标值', '指标值', '目标值'),
              act=col(h, '实际完成值', '完成值'), comp=col(h, '完成率'), w=col(h, '分值', '权重'),
              s=col(h, '得分'), sign=col(h, '指标性质'), unit=col(h, '度量单位'))
    out = {'actual': {}, 'score': {}, 'weight': {}}
    wsum = Decimal(extra_weight or 0)
    ssum = Decimal(extra_score or 0)
    blocks = {}
    declared = {}
    cur = None
    total_row = None
    for r in rows[1:]:
        if r[0].startswith('合计') or r[0].startswith('总分'):
            total_row = r
            continue
        l1 = r[ci['l1']]
        m = re.search(r'（(\d+)分）', l1)
        if l1:
            cur = re.sub(r'（\d+分）', '', l1)
            if m:
                declared[cur] = m.group(1)
        name = r[ci['name']]
        w, s = r[ci['w']], r[ci['s']]
        wsum += N(w)
        ssum += N(s)
        blocks[cur] = blocks.get(cur, Decimal(0)) + N(w)
        out['actual'][name] = r[ci['act']]
        out['score'][name] = s
        out['weight'][name] = w
        over = N(s) > N(w) or N(s) < 0
        if over:
            v.add('score_exceeds_weight', '%s: score %s, weight %s' % (name, s, w))
        # target / actual
        if sichuan:
            sign, tnum, tunit = r[ci['sign']], r[ci['tgt']], r[ci['unit']]
            pa = parse_val(r[ci['act']])
            if pa is None:
                continue
            _, anum, aunit = pa
            if aunit and aunit != tunit:
                v.add('unit_mismatch', '%s: actual %s, unit column %s' % (name, r[ci['act']], tunit))
                continue
            aunit = tunit
        else:
            pt, pa = parse_val(r[ci['tgt']]), parse_val(r[ci['act']])
            if pt is None or pa is None:
                if (pt is None) != (pa is None):
                    v.add('unit_mismatch', '%s: %s vs %s' % (name, r[ci['tgt']], r[ci['act']]))
                continue
            sign, tnum, tunit = pt
            _, anum, aunit = pa
            if tunit != aunit:
                v.add('unit_mismatch', '%s: target %s, actual %s' % (name, r[ci['tgt']], r[ci['act']]))
                continue
        T, A = N(tnum), N(anum)
        if aunit == '%' and A > HUNDRED:
            v.add('implausible_rate', '%s: %s%% above 100%%' % (name, anum))
        direction = 'lte' if sign in ('≤', '＜') else ('eq0' if T == 0 else 'gte')
        is_exec = '预算执行率' in name
        # completion
        if direction == 'gte':
            comp = A / T * HUNDRED
        elif direction == 'lte':
            comp = HUNDRED if A <= T else T / A * HUNDRED
        else:
            comp = None
        if ci['comp'] is not None:
            stated = r[ci['comp']]
            if comp is None:
                if stated not in ('—', '-'):
                    v.add('completion_mismatch', '%s: completion %s on a zero target' % (name, stated))
            else:
                v.chk('completion_mismatch', comp, stated, name + ' completion')
        # score rule (rules 5)
        Wt = N(w)
        if direction == 'gte':
            exp = Wt if A >= T else Wt * A / T
        elif direction == 'lte':
            exp = Wt if A <= T else Wt * T / A
        else:
            exp = Wt if A == 0 else Decimal(0)
        if is_exec and exec_rate is not None:
            cands = [Wt * min(exec_rate, HUNDRED) / HUNDRED, Wt * min(A, HUNDRED) / HUNDRED]
        else:
            cands = [exp]
        if not over and not any(close(c, s) for c in cands):
            v.add('_score_rule', '%s: score %s, expected %s' % (name, s, r2(cands[0])))
    # weights
    for b, d in declared.items():
        if blocks.get(b) != N(d):
            v.add('weight_sum_mismatch', 'block %s: rows sum %s, declared %s' % (b, blocks.get(b), d))
    if declared:
        dsum = sum(N(x) for x in declared.values()) + Decimal(extra_weight or 0)
        if dsum != HUNDRED:
            v.add('weight_sum_mismatch', 'declared first-level weights sum %s' % dsum)
    if wsum != HUNDRED:
        v.add('weight_sum_mismatch', 'weights sum %s' % wsum)
    if total_row is not None:
        tw = [c for c in total_row[1:] if c]
        if N(tw[0]) != wsum:
            v.add('weight_sum_mismatch', 'total weight %s vs rows %s' % (tw[0], wsum))
        if not close(ssum, tw[1]):
            v.add('score_sum_mismatch', 'total score %s vs rows %s' % (tw[1], ssum))
        out['total'] = tw[1]
    out['ssum'] = ssum
    out['blocks'] = blocks
    return out


# ---------------------------------------------------------------- projects

def p_wuzhong(v):
    Y = '2018'
    year_checks(v, Y)
    ini = v.one(r'项目年初预算([\d,\.]+)万元')
    city, adv, co = v.one(r'其中市本级安排([\d\.]+)万元、自治区于2017年12月提前下达补助资金([\d\.]+)万元、上年结转资金([\d\.]+)万元')
    add1 = v.one(r'自治区追加社保卡发行补助([\d\.]+)万元')
    add2 = v.one(r'市财政根据即时制卡设备采购需要追加([\d\.]+)万元')
    ann = v.one(r'调整后全年预算([\d\.]+)万元')
    v.chk('sum_mismatch', N(city) + N(adv) + N(co), ini, '年初预算 components')
    v.chk('sum_mismatch', N(ini) + N(add1) + N(add2), ann, '年初 + 追加 = 全年')
    rec = v.one(r'到位资金([\d\.]+)万元，到位率')
    rate_cell(v, rec, ann, v.one(r'到位率(\d+(?:\.\d+)?%)'), 'prose 到位率')
    spent = v.one(r'全年实际支出([\d\.]+)万元')
    rate_cell(v, spent, ann, v.one(r'全年实际支出[\d\.]+万元，预算执行率([\d\.]+%)'), 'prose 执行率')
    cur_b, cur_s, cur_r = v.one(r'当年财政拨款([\d\.]+)万元，支出([\d\.]+)万元，执行率([\d\.]+%)')
    co2 = v.one(r'上年结转资金([\d\.]+)万元已全部支出')
    v.same('conflicting_values', co, co2, '上年结转 prose')
    bal = v.one(r'年末结余([\d\.]+)万元')
    v.chk('balance_mismatch', N(rec) - N(spent), bal, '结余 = 到位 - 执行')
    rate_cell(v, cur_s, cur_b, cur_r, 'prose 当年财政拨款 执行率')
    # sub-project table
    rows = v.table(r'子项目｜全年预算')
    body, tot = rows[1:-1], rows[-1]
    v.chk('sum_mismatch', sum(N(r[1]) for r in body), tot[1], 'sub-project budgets')
    v.chk('sum_mismatch', sum(N(r[2]) for r in body), tot[2], 'sub-project spending')
    for r in rows[1:]:
        rate_cell(v, r[2], r[1], r[3], 'sub-project %s' % r[0])
    v.same('conflicting_values', tot[1], ann, 'sub-project total budget vs 全年预算')
    v.same('conflicting_values', tot[2], spent, 'sub-project total spending vs 实际支出')
    sub = {r[0]: r for r in body}
    # contract
    cw, cy = v.one(r'合同金额([\d\.]+)万元（([\d,\.]+(?:万元|元))）')
    money_pair(v, cw, cy, 'contract amount')
    qty, price = v.one(r'约定全年制卡(\d+)万张，合同单价([\d\.]+)元/张')
    v.chk('_unit_cost', N(qty) * WAN * N(price) / WAN, cw, 'contract quantity x price')
    parts = v.all(r'支付(\d+)%，计([\d\.]+)万元')
    qpart = v.one(r'剩余(\d+)%质保金([\d\.]+)万元')
    parts.append(qpart)
    for pct, amt in parts:
        v.chk('_instalment', N(cw) * N(pct) / HUNDRED, amt, 'instalment %s%%' % pct)
    v.chk('_instalment', sum(N(p) for p in [x[0] for x in parts]), '100', 'instalment shares')
    paid = v.one(r'当年累计支付([\d\.]+)万元')
    v.chk('sum_mismatch', N(parts[0][1]) + N(parts[1][1]), paid, 'instalments paid')
    v.same('conflicting_values', paid, sub['社会保障卡制卡服务'][2], 'contract paid vs table')
    v.same('conflicting_values', qpart[1], bal, '质保金 vs 结余')
    # equipment
    n_dev, unit_dev, tot_dev = v.one(r'即时制卡设备经政府采购购置(\d+)台，单价([\d\.]+)万元/台，共计([\d\.]+)万元')
    v.chk('_unit_cost', N(n_dev) * N(unit_dev), tot_dev, 'devices x unit price')
    v.same('conflicting_values', tot_dev, sub['即时制卡设备购置'][2], 'device spending vs table')
    a, b = v.one(r'其中利通区、青铜峡市各(\d+)台，红寺堡区、同心县、盐池县各(\d+)台')
    v.chk('sum_mismatch', 2 * N(a) + 3 * N(b), n_dev, 'devices by county')
    v.same('conflicting_values', v.one(r'费用([\d\.]+)万元；PSAM'), sub['卡管系统运维及密钥管理'][2], '运维 spending')
    # monthly cards
    mrows = v.table(r'月份｜制卡数量')
    months = [r for r in mrows[1:] if r[0].endswith('月') and r[0] != '月均']
    mtot = [r for r in mrows if r[0] == '合计'][0][1]
    mavg = [r for r in mrows if r[0] == '月均'][0][1]
    v.chk('sum_mismatch', sum(N(r[1]) for r in months), mtot, 'monthly sum')
    v.chk('average_mismatch', N(mtot) / 12, mavg, 'table 月均')
    ptot, pavg = v.one(r'全年累计制卡([\d,]+)张，月均([\d,]+)张')
    v.same('conflicting_values', ptot, mtot, 'prose total vs table')
    v.chk('average_mismatch', N(mtot) / 12, pavg, 'prose 月均')
    last, diff = v.one(r'较2017年（([\d\.]+)万张）增加([\d\.]+)万张')
    v.chk('_diff', N(mtot) / WAN - N(last), diff, 'year-on-year increase')
    qs = v.one(r'一季度([\d,]+)张、二季度([\d,]+)张、三季度([\d,]+)张、四季度([\d,]+)张，季均([\d,]+)张')
    mv = [N(r[1]) for r in months]
    for k in range(4):
        v.chk('sum_mismatch', sum(mv[3 * k:3 * k + 3]), qs[k], 'quarter %d' % (k + 1))
    v.chk('average_mismatch', N(mtot) / 4, qs[4], '季均')
    n_inst, per = v.one(r'7—12月共制卡([\d,]+)张（已含在上表中），平均每台([\d,]+)张')
    v.chk('average_mismatch', N(n_inst) / N(n_dev), per, 'per-device average')
    issued, take = v.one(r'全年发放社保卡([\d,]+)张，领卡率([\d\.]+%)')
    rate_cell(v, issued, mtot, take, '领卡率')
    left = v.one(r'年末网点滞留卡片([\d,]+)张')
    v.chk('_diff', N(mtot) - N(issued), left, '滞留卡片')
    bad, qual = v.one(r'报废重制(\d+)张，制卡合格率([\d\.]+%)')
    rate_cell(v, N(mtot) - N(bad), mtot, qual, '合格率')
    days = v.one(r'平均办结时限(\d+)个工作日')
    holders, pop, cov = v.one(r'全市累计持卡([\d\.]+)万人，占常住人口([\d\.]+)万人的([\d\.]+%)')
    rate_cell(v, holders, pop, cov, '持卡覆盖率')
    down = v.one(r'故障停机累计([\d\.]+)小时')
    sent, got, rr, sat = v.one(r'发放问卷(\d+)份，收回有效问卷(\d+)份，有效回收率([\d\.]+%)，持卡人满意度([\d\.]+%)')
    rate_cell(v, got, sent, rr, '问卷回收率')
    # MOF table: funds block
    frows = v.table(r'项目资金（万元）｜年初预算数')
    hdr = frows[0]
    fr = {r[0]: r for r in frows[1:5]}
    tot_r = fr['年度资金总额']
    comps = [fr['其中：当年财政拨款'], fr['上年结转资金'], fr['其他资金']]
    for k, lab in ((1, '年初'), (2, '全年'), (3, '执行')):
        v.chk('sum_mismatch', sum(N(r[k]) for r in comps), tot_r[k], '资金总额 %s column' % lab)
    for r in frows[1:5]:
        rate_cell(v, r[3], r[2], r[5], '自评表 %s' % r[0])
    v.same('conflicting_values', tot_r[1], ini, '自评表 年初')
    v.same('conflicting_values', tot_r[2], ann, '自评表 全年')
    v.same('conflicting_values', tot_r[3], spent, '自评表 执行')
    v.same('conflicting_values', comps[0][2], cur_b, '自评表 当年财政拨款')
    v.same('conflicting_values', comps[0][3], cur_s, '自评表 当年 spending')
    v.same('conflicting_values', comps[1][1], co, '自评表 上年结转')
    ew, es = tot_r[4], tot_r[6]
    exact = N(spent) / N(ann)
    if not (close(N(ew) * exact, es) or close(N(ew) * N(tot_r[5]) / HUNDRED, es)):
        v.add('_score_rule', 'execution score %s' % es)
    # indicator block
    irows = v.table(r'一级指标｜二级指标｜三级指标')
    o = indicator_table(v, irows, extra_weight=ew, extra_score=es)
    act = o['actual']
    pa = parse_val(act['社会保障卡制卡量'])
    if pa and pa[2] == '万张':
        v.chk('conflicting_values', N(mtot) / WAN, pa[1], '制卡量 table vs monthly total')
    for name, stated in (('社会保障卡领卡率', take), ('制卡合格率', qual), ('常住人口持卡覆盖率', cov),
                         ('持卡人满意度', sat), ('卡管系统全年故障停机时间', down + '小时'),
                         ('申领至领卡办结时限', days + '个工作日'), ('制卡单价', price + '元/张'),
                         ('即时制卡设备配置', n_dev + '台')):
        pa = parse_val(act[name])
        ps = parse_val(stated)
        if pa and ps and pa[2] == ps[2]:
            v.same('conflicting_values', pa[1], ps[1], name + ' table vs prose')
    d1, d2 = v.one(r'预算执行率扣([\d\.]+)分，社保卡领卡率扣([\d\.]+)分')
    v.chk('_deduction', N(ew) - N(es), d1, 'execution deduction')
    v.chk('_deduction', N(o['weight']['社会保障卡领卡率']) - N(o['score']['社会保障卡领卡率']), d2, '领卡率 deduction')
    ptotal, grade = v.one(r'自评得分([\d\.]+)分，评价等级为“(.+?)”')
    v.chk('score_sum_mismatch', o['ssum'], ptotal, 'prose total vs row scores')
    grade_check(v, ptotal, grade, 'prose grade')
    grade_check(v, o['total'], grade, 'table total grade')
    if not v.t.split('\n')[1].startswith(Y):
        v.add('year_mismatch', 'title year')


def p_hengyang(v):
    Y = '2020'
    year_checks(v, Y)
    ini = v.one(r'项目年初预算([\d\.]+)万元')
    prov0, city0 = v.one(r'其中省级补助资金([\d\.]+)万元（2019年12月提前下达，湘财社指〔2019〕86号），市级财政资金([\d\.]+)万元')
    add = v.one(r'年中省级追加电子社保卡推广补助([\d\.]+)万元')
    cut = v.one(r'调减本项目市级资金([\d\.]+)万元')
    ann, prov1, city1 = v.one(r'调整后全年预算([\d\.]+)万元，其中省级([\d\.]+)万元、市级([\d\.]+)万元')
    v.chk('sum_mismatch', N(prov0) + N(city0), ini, '年初 components')
    v.chk('sum_mismatch', N(ini) + N(add) - N(cut), ann, '年初 + 追加 - 调减')
    v.chk('sum_mismatch', N(prov1) + N(city1), ann, '全年 components')
    v.chk('sum_mismatch', N(prov0) + N(add), prov1, '省级 after adjustment')
    v.chk('sum_mismatch', N(city0) - N(cut), city1, '市级 after adjustment')
    rec, prov2, city2, miss, rrate = v.one(
        r'实际到位资金([\d\.]+)万元，其中省级资金([\d\.]+)万元全部到位，市级资金到位([\d\.]+)万元，另有市级资金([\d\.]+)万元因财力紧张未拨付，资金到位率([\d\.]+%)')
    v.chk('sum_mismatch', N(prov2) + N(city2), rec, '到位 components')
    v.same('conflicting_values', prov2, prov1, '省级 到位 全部')
    v.chk('sum_mismatch', N(city1) - N(city2), miss, '市级 未到位')
    rate_cell(v, rec, ann, rrate, '到位率')
    spent, erate = v.one(r'全年实际支出([\d\.]+)万元，预算执行率([\d\.]+%)')
    rate_cell(v, spent, ann, erate, 'prose 执行率')
    bal, miss2, carry = v.one(r'结余资金([\d\.]+)万元，与未到位的市级资金([\d\.]+)万元合计([\d\.]+)万元')
    v.same('conflicting_values', miss2, miss, '未到位 restated')
    v.chk('balance_mismatch', N(rec) - N(spent), bal, '结余 = 到位 - 执行')
    v.chk('balance_mismatch', N(bal) + N(miss2), carry, '结转 = 结余 + 未到位')
    v.chk('balance_mismatch', N(ann) - N(spent), carry, '结转 = 全年 - 执行')
    rows = v.table(r'\| 子项目 \| 全年预算')
    body, tot = rows[1:-1], rows[-1]
    v.chk('sum_mismatch', sum(N(r[1]) for r in body), tot[1], 'sub-project budgets')
    v.chk('sum_mismatch', sum(N(r[2]) for r in body), tot[2], 'sub-project spending')
    for r in rows[1:]:
        rate_cell(v, r[2], r[1], r[3], 'sub-project %s' % r[0])
    v.same('conflicting_values', tot[1], ann, 'table budget vs 全年预算')
    v.same('conflicting_values', tot[2], spent, 'table spending vs 实际支出')
    sub = {r[0]: r for r in body}
    cw, cy = v.one(r'合同金额([\d\.]+)万元（([\d,\.]+(?:万元|元))），共')
    money_pair(v, cw, cy, 'device contract')
    sets, uprice = v.one(r'共(\d+)套，单价([\d\.]+)万元/套')
    v.chk('_unit_cost', N(sets) * N(uprice), cw, 'sets x unit price')
    v.same('conflicting_values', cw, sub['即时制卡设备采购'][1], 'contract vs device budget')
    parts = v.all(r'(?:预付|支付)(\d+)%，即([\d\.]+)万元')
    q = v.one(r'余款(\d+)%即([\d\.]+)万元作为质保金')
    for pct, amt in parts + [q]:
        v.chk('_instalment', N(cw) * N(pct) / HUNDRED, amt, 'instalment %s%%' % pct)
    v.chk('_instalment', sum(N(p) for p, _ in parts + [q]), '100', 'shares')
    v.chk('sum_mismatch', sum(N(a) for _, a in parts), sub['即时制卡设备采购'][2], 'instalments paid vs table')
    ncard, cprice, camt, camty = v.one(r'空白卡采购(\d+)万张，单价([\d\.]+)元/张，计([\d\.]+)万元（([\d,\.]+(?:万元|元))）')
    v.chk('_unit_cost', N(ncard) * N(cprice), camt, 'blank cards x price')
    money_pair(v, camt, camty, 'blank card amount')
    v.same('conflicting_values', camt, sub['空白卡及耗材采购'][2], 'blank cards vs table')
    b1, b2 = v.one(r'7月上线首批(\d+)个网点，9月底前其余(\d+)个网点')
    site_spend, nsite = v.one(r'网点改造及网络专线支出([\d\.]+)万元，完成(\d+)个网点')
    v.chk('sum_mismatch', N(b1) + N(b2), nsite, 'sites by batch')
    v.same('conflicting_values', site_spend, sub['网点改造及网络专线'][2], '网点改造 spending prose vs table')
    # quarters
    qrows = v.table(r'\| 季度 \| 制卡总量')
    qb, qt = qrows[1:-1], qrows[-1]
    v.chk('sum_mismatch', sum(N(r[1]) for r in qb), qt[1], 'quarterly cards')
    v.chk('sum_mismatch', sum(N(r[2]) for r in qb), qt[2], 'quarterly instant cards')
    for r in qb:
        v.chk('average_mismatch', N(r[1]) / 3, r[3], '%s 月均' % r[0])
    v.chk('average_mismatch', N(qt[1]) / 12, qt[3], '全年月均')
    pc, tgt, pcomp, last = v.one(r'全年制卡([\d,]+)张，完成年度目标（(\d+)万张）的([\d\.]+%)，较2019年（([\d\.]+)万张）')
    v.same('conflicting_values', pc, qt[1], 'prose cards vs table')
    v.chk('completion_mismatch', N(qt[1]) / WAN / N(tgt) * HUNDRED, pcomp, 'prose completion')
    inst, nsite2, per = v.one(r'其中即时制卡([\d,]+)张，(\d+)个网点平均每个网点([\d,]+)张')
    v.same('conflicting_values', inst, qt[2], 'instant cards prose vs table')
    v.chk('average_mismatch', N(qt[2]) / N(nsite2), per, 'per-site average')
    ecard, over = v.one(r'全年新增签发电子社保卡([\d\.]+)万张，超出年度目标([\d\.]+%)')
    mins, cp = v.one(r'单张卡平均办理时长(\d+)分钟，空白卡采购单价([\d\.]+)元/张')
    v.same('conflicting_values', cp, cprice, 'blank card price')
    up, sat = v.one(r'正常运行率([\d\.]+%)，未达到'), v.one(r'满意度([\d\.]+%)。\n')
    irows = v.table(r'\| 一级指标 \| 二级指标')
    exact = N(spent) / N(ann) * HUNDRED
    o = indicator_table(v, irows, exec_rate=exact)
    act = o['actual']
    rate_cell(v, spent, ann, act['预算执行率'], 'table 执行率')
    v.chk('completion_mismatch', (N(ecard) / N(parse_val(irows[4][3])[1]) - 1) * HUNDRED, over, 'e-card over-achievement')
    checks = (('全年制卡量', None), ('电子社保卡新增签发量', ecard + '万张'),
              ('即时制卡单张办理时长', mins + '分钟'), ('空白卡采购单价', cp + '元/张'),
              ('即时制卡设备正常运行率', up), ('办卡群众满意度', sat), ('新建即时制卡服务网点', nsite + '个'))
    for name, stated in checks:
        pa = parse_val(act[name])
        if name == '全年制卡量':
            if pa and pa[2] == '万张':
                v.chk('conflicting_values', N(qt[1]) / WAN, pa[1], '制卡量 table vs quarterly')
            continue
        ps = parse_val(stated)
        if pa and ps and pa[2] == ps[2]:
            v.same('conflicting_values', pa[1], ps[1], name + ' table vs prose')
    ptotal, grade = v.one(r'本项目自评得分([\d\.]+)分，评价等级为“(.+?)”')
    v.chk('score_sum_mismatch', o['ssum'], ptotal, 'prose total')
    grade_check(v, ptotal, grade, 'prose grade')
    grade_check(v, o['total'], grade, 'table total grade')
    if not v.t.split('\n')[1].startswith(Y):
        v.add('year_mismatch', 'title year')


def p_bengbu(v):
    Y = '2022'
    year_checks(v, Y)
    ini, basic0, proj0 = v.one(r'年初预算([\d,\.]+)万元，全部为一般公共预算财政拨款，其中基本支出([\d\.]+)万元、项目支出([\d\.]+)万元')
    add_p = v.one(r'追加人员经费([\d\.]+)万元')
    add_proj = v.one(r'追加项目支出([\d\.]+)万元')
    ann = v.one(r'调整后全年预算([\d,\.]+)万元')
    v.chk('sum_mismatch', N(basic0) + N(proj0), ini, '年初 = 基本 + 项目')
    v.chk('sum_mismatch', N(ini) + N(add_p) + N(add_proj), ann, '年初 + 追加 = 全年')
    rate_cell(v, ann, ann, v.one(r'资金全部到位，到位率(\d+(?:\.\d+)?%)'), 'prose 到位率 (全部到位)')
    spent, erate = v.one(r'全年支出([\d,\.]+)万元，预算执行率([\d\.]+%)')
    rate_cell(v, spent, ann, erate, 'prose 执行率')
    bal, bal_b, bal_p = v.one(r'年末结转结余([\d\.]+)万元，其中基本支出结余([\d\.]+)万元（公用经费），项目支出结转([\d\.]+)万元')
    v.chk('balance_mismatch', N(ann) - N(spent), bal, '结转结余 = 全年 - 执行')
    v.chk('sum_mismatch', N(bal_b) + N(bal_p), bal, '结转结余 components')
    rows = v.table(r'支出类别｜年初预算')
    R = {r[0].strip('　').replace('其中：', ''): r for r in rows[1:]}
    basic, pers, pub, proj, tot = R['基本支出'], R['人员经费'], R['公用经费'], R['项目支出'], R['合计']
    for k, lab in ((1, '年初'), (2, '调整'), (3, '全年'), (4, '支出')):
        v.chk('sum_mismatch', N(pers[k]) + N(pub[k]), basic[k], '基本 = 人员 + 公用 (%s)' % lab)
        v.chk('sum_mismatch', N(basic[k]) + N(proj[k]), tot[k], '合计 = 基本 + 项目 (%s)' % lab)
    for r in rows[1:]:
        v.chk('sum_mismatch', N(r[1]) + N(r[2]), r[3], '%s 年初 + 调整 = 全年' % r[0])
        rate_cell(v, r[4], r[3], r[5], '%s 执行率' % r[0])
    v.same('conflicting_values', tot[1], ini, '年初 table vs prose')
    v.same('conflicting_values', tot[3], ann, '全年 table vs prose')
    v.same('conflicting_values', tot[4], spent, '支出 table vs prose')
    v.same('conflicting_values', basic[1], basic0, '基本 年初')
    v.same('conflicting_values', proj[1], proj0, '项目 年初')
    v.same('conflicting_values', pers[2], add_p, '人员 追加')
    v.same('conflicting_values', proj[2], add_proj, '项目 追加')
    v.chk('balance_mismatch', N(pub[3]) - N(pub[4]), bal_b, '公用经费结余')
    pers_sp, per_cap = v.one(r'人员经费([\d\.]+)万元全部支出，在职人员人均人员经费([\d\.]+)万元')
    staff = v.one(r'实有在职人员(\d+)人')
    v.same('conflicting_values', pers_sp, pers[4], '人员经费 prose')
    v.chk('average_mismatch', N(pers[4]) / N(staff), per_cap, '人均人员经费')
    v.same('conflicting_values', v.one(r'公用经费支出([\d\.]+)万元'), pub[4], '公用经费 prose')
    s3, last3, dec3 = v.one(r'“三公”经费支出([\d\.]+)万元，全部为公务接待费，较上年([\d\.]+)万元下降([\d\.]+)万元')
    v.chk('_diff', N(last3) - N(s3), dec3, '三公 decrease')
    prow = v.table(r'项目名称｜全年预算')
    pb, pt = prow[1:-1], prow[-1]
    for k, lab in ((1, 'budget'), (2, 'spending'), (4, 'carry')):
        v.chk('sum_mismatch', sum(N(r[k]) for r in pb), pt[k], 'projects %s' % lab)
    for r in prow[1:]:
        rate_cell(v, r[2], r[1], r[3], '%s 执行率' % r[0])
        v.chk('balance_mismatch', N(r[1]) - N(r[2]), r[4], '%s 结转' % r[0])
    v.same('conflicting_values', pt[1], proj[3], 'projects budget vs 项目支出')
    v.same('conflicting_values', pt[2], proj[4], 'projects spending vs 项目支出')
    v.same('conflicting_values', pt[4], bal_p, 'projects carry vs prose')
    P = {r[0]: r for r in pb}
    ncard, cpr, cfee, svc = v.one(r'全年制卡([\d,]+)张，按合同单价([\d\.]+)元/张结算制卡费([\d\.]+)万元，网点发卡及邮寄服务费([\d\.]+)万元')
    v.chk('_unit_cost', N(ncard) * N(cpr) / WAN, cfee, '制卡费')
    v.chk('sum_mismatch', N(cfee) + N(svc), P['社会保障卡制发及服务'][2], '制发及服务 components')
    om, on, oi = v.one(r'运维服务合同金额([\d\.]+)万元，按季度分(.)期支付，每期([\d\.]+)万元')
    v.chk('_instalment', N(oi) * 4, om, '运维 quarterly instalments')
    v.same('conflicting_values', om, P['人社信息系统运维'][2], '运维 paid vs table')
    v.chk('balance_mismatch', N(P['人社信息系统运维'][1]) - N(om), v.one(r'预算与合同价差([\d\.]+)万元结转'), '运维 价差')
    yc = v.one(r'场景接入改造合同金额([\d\.]+)万元')
    yparts = v.all(r'支付(?:剩余)?(\d+)%即([\d\.]+)万元')
    for pct, amt in yparts:
        v.chk('_instalment', N(yc) * N(pct) / HUNDRED, amt, '一卡通 instalment %s%%' % pct)
    ysign = v.one(r'场景标识制作及宣传费用([\d\.]+)万元')
    v.chk('sum_mismatch', N(yparts[0][1]) + N(yparts[1][1]) + N(ysign), P['长三角居民服务“一卡通”应用'][2], '一卡通 spending')
    nt, tp, nd, tpaid, nr, tcarry = v.one(r'计划购置(\d+)台，单价([\d\.]+)万元/台，已到货验收(\d+)台、支付([\d\.]+)万元，其余(\d+)台.*?相应资金([\d\.]+)万元结转')
    T = P['自助服务终端购置']
    v.chk('_unit_cost', N(nt) * N(tp), T[1], 'terminals budget')
    v.chk('_unit_cost', N(nd) * N(tp), tpaid, 'terminals paid')
    v.chk('sum_mismatch', N(nd) + N(nr), nt, 'terminals count')
    v.same('conflicting_values', tpaid, T[2], 'terminals spending')
    v.same('conflicting_values', tcarry, T[4], 'terminals carry')
    # quarters
    qrows = v.table(r'季度｜制卡量')
    qb, qt = qrows[1:-1], qrows[-1]
    v.chk('sum_mismatch', sum(N(r[1]) for r in qb), qt[1], 'quarterly cards')
    v.chk('sum_mismatch', sum(N(r[3]) for r in qb), qt[3], 'quarterly e-cards')
    for r in qb:
        v.chk('average_mismatch', N(r[1]) / 3, r[2], '%s 月均' % r[0])
    v.chk('average_mismatch', N(qt[1]) / 12, qt[2], '全年月均')
    pc, pm, last, inc, pe = v.one(r'全年制卡([\d,]+)张，月均([\d,]+)张，较2021年（([\d\.]+)万张）增加约([\d\.]+)万张；新增签发电子社保卡([\d\.]+)万张')
    v.same('conflicting_values', pc, qt[1], 'cards prose vs table')
    v.same('conflicting_values', ncard, qt[1], 'cards (制卡费) vs table')
    v.chk('average_mismatch', N(qt[1]) / 12, pm, 'prose 月均')
    v.same('conflicting_values', pe, qt[3], 'e-cards prose vs table')
    avail, resp, ntest = v.one(r'可用率([\d\.]+%)，运维响应及时率([\d\.]+%)；完成(\d+)个三级')
    scen, cov = v.one(r'开通社保卡应用场景(\d+)个，未达到.*?覆盖率达到([\d\.]+%)')
    sat = v.one(r'办事群众满意度([\d\.]+%)')
    irows = v.table(r'一级指标｜二级指标｜三级指标')
    o = indicator_table(v, irows, exec_rate=N(spent) / N(ann) * HUNDRED)
    act = o['actual']
    rate_cell(v, spent, ann, act['预算执行率'], 'table 执行率')
    pa = parse_val(act['社会保障卡制卡量'])
    if pa and pa[2] == '万张':
        v.chk('conflicting_values', N(qt[1]) / WAN, pa[1], '制卡量 table vs quarterly')
    for name, stated in (('电子社保卡新增签发量', qt[3] + '万张'),
                         ('等级保护测评系统数', ntest + '个'), ('核心业务系统可用率', avail),
                         ('社保卡制卡单价', cpr + '元/张'), ('“一卡通”应用场景开通数', scen + '个'),
                         ('社保卡持卡人口覆盖率', cov), ('运维响应及时率', resp), ('办事群众满意度', sat)):
        pa, ps = parse_val(act[name]), parse_val(stated)
        if pa and ps and pa[2] == ps[2]:
            v.same('conflicting_values', pa[1], ps[1], name + ' table vs prose')
    wdecl = v.one(r'预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分')
    if sum(N(x) for x in wdecl) != HUNDRED:
        v.add('weight_sum_mismatch', 'declared weights %s' % (wdecl,))
    bl = o['blocks']
    for key, d in (('预算执行', wdecl[0]), ('产出指标', wdecl[1]), ('效益指标', wdecl[2]), ('满意度指标', wdecl[3])):
        if bl.get(key) != N(d):
            v.add('weight_sum_mismatch', 'block %s: table %s, declared %s' % (key, bl.get(key), d))
    ptotal, grade = v.one(r'部门整体支出绩效自评得分([\d\.]+)分，评价等级为“(.+?)”')
    v.chk('score_sum_mismatch', o['ssum'], ptotal, 'prose total')
    grade_check(v, ptotal, grade, 'prose grade')
    grade_check(v, o['total'], grade, 'table total grade')
    d1, d2 = v.one(r'预算执行率（扣([\d\.]+)分）和“一卡通”应用场景开通数（扣([\d\.]+)分）')
    v.chk('_deduction', N(o['weight']['预算执行率']) - N(o['score']['预算执行率']), d1, 'execution deduction')
    v.chk('_deduction', N(o['weight']['“一卡通”应用场景开通数']) - N(o['score']['“一卡通”应用场景开通数']), d2, 'scene deduction')
    r1, r2_ = v.one(r'执行率分别为([\d\.]+%)和([\d\.]+%)')
    v.same('conflicting_values', r1, P['长三角居民服务“一卡通”应用'][3], '一卡通 rate restated')
    v.same('conflicting_values', r2_, T[3], 'terminal rate restated')
    if not v.t.split('\n')[1].startswith(Y):
        v.add('year_mismatch', 'title year')


def p_guangan(v):
    Y = '2023'
    year_checks(v, Y)
    ini, fin0, prov, city, unit0 = v.one(
        r'项目年初预算([\d\.]+)万元，其中财政资金([\d\.]+)万元（省级补助([\d\.]+)万元于2022年12月提前下达，市级财政([\d\.]+)万元），单位资金([\d\.]+)万元')
    add = v.one(r'市财政追加([\d\.]+)万元')
    ann = v.one(r'调整后预算([\d\.]+)万元')
    v.chk('sum_mismatch', N(fin0) + N(unit0), ini, '年初 = 财政 + 单位')
    v.chk('sum_mismatch', N(prov) + N(city), fin0, '财政 = 省 + 市')
    v.chk('sum_mismatch', N(ini) + N(add), ann, '年初 + 追加')
    rec, spent, erate = v.one(r'资金全部到位([\d\.]+)万元，实际支出([\d\.]+)万元，预算执行率([\d\.]+%)')
    v.same('conflicting_values', rec, ann, '全部到位')
    rate_cell(v, spent, ann, erate, 'prose 执行率')
    bal = v.one(r'年末结余([\d\.]+)万元')
    v.chk('balance_mismatch', N(rec) - N(spent), bal, '结余 = 到位 - 执行')
    rows = v.table(r'\| 资金来源 \| 年初预算')
    body, tot = rows[1:-1], rows[-1]
    for k in range(1, 6):
        v.chk('sum_mismatch', sum(N(r[k]) for r in body), tot[k], 'funds column %d' % k)
    for r in rows[1:]:
        v.chk('balance_mismatch', N(r[3]) - N(r[4]), r[5], '%s 结余' % r[0])
        rate_cell(v, r[4], r[2], r[6], '%s 执行率' % r[0])
    R = {r[0]: r for r in body}
    v.chk('sum_mismatch', N(R['财政资金'][2]) - N(R['财政资金'][1]), add, '财政资金 追加')
    for a, b, m in ((tot[1], ini, '年初'), (tot[2], ann, '调整后'), (tot[3], rec, '到位'), (tot[4], spent, '支出'),
                    (R['财政资金'][1], fin0, '财政 年初'), (R['单位资金'][1], unit0, '单位 年初')):
        v.same('conflicting_values', a, b, m + ' table vs prose')
    srows = v.table(r'\| 子项 \| 调整后预算')
    sb, st = srows[1:-1], srows[-1]
    v.chk('sum_mismatch', sum(N(r[1]) for r in sb), st[1], 'sub-item budgets')
    v.chk('sum_mismatch', sum(N(r[2]) for r in sb), st[2], 'sub-item spending')
    for r in srows[1:]:
        rate_cell(v, r[2], r[1], r[3], '%s 执行率' % r[0])
    v.same('conflicting_values', st[1], ann, 'sub-items budget')
    v.same('conflicting_values', st[2], spent, 'sub-items spending')
    S = {r[0]: r for r in sb}
    cw, cy = v.one(r'平台改造及场景接入合同金额([\d\.]+)万元（([\d,\.]+(?:万元|元))）')
    money_pair(v, cw, cy, 'platform contract')
    v.same('conflicting_values', cw, S['“一卡通”平台改造及场景接入'][1], 'contract vs sub-item budget')
    parts = v.all(r'支付(\d+)%即([\d\.]+)万元')
    q = v.one(r'剩余(\d+)%即([\d\.]+)万元为质保金')
    for pct, amt in parts + [q]:
        v.chk('_instalment', N(cw) * N(pct) / HUNDRED, amt, 'instalment %s%%' % pct)
    v.chk('_instalment', sum(N(p) for p, _ in parts + [q]), '100', 'shares')
    paid = v.one(r'全年已支付([\d\.]+)万元')
    v.chk('sum_mismatch', sum(N(a) for _, a in parts), paid, 'instalments paid')
    v.same('conflicting_values', paid, S['“一卡通”平台改造及场景接入'][2], 'paid vs table')
    price = v.one(r'第三代卡制卡合同约定单价([\d\.]+)元/张')
    pcards, fee, feey = v.one(r'全年制发第三代社会保障卡([\d,]+)张，结算制卡费([\d\.]+)万元（([\d,\.]+(?:万元|元))）')
    money_pair(v, fee, feey, '制卡费')
    v.same('conflicting_values', fee, S['第三代社会保障卡制发'][2], '制卡费 vs table')
    mrows = v.table(r'\| 月份 \| 制发量')
    months = [r for r in mrows[1:] if r[0].endswith('月')]
    sub3 = [r for r in mrows if r[0] == '三季度小计'][0][1]
    sub4 = [r for r in mrows if r[0] == '四季度小计'][0][1]
    mtot = [r for r in mrows if r[0] == '合计'][0][1]
    mv = [N(r[1]) for r in months]
    v.chk('sum_mismatch', sum(mv[:3]), sub3, '三季度小计')
    v.chk('sum_mismatch', sum(mv[3:]), sub4, '四季度小计')
    v.chk('sum_mismatch', N(sub3) + N(sub4), mtot, '合计')
    v.same('conflicting_values', pcards, mtot, 'cards prose vs table')
    v.chk('_unit_cost', N(mtot) * N(price) / WAN, fee, '制卡费 = cards x price')
    ma, m3, m4 = v.one(r'月均制发([\d,]+)张，其中三季度月均([\d,]+)张、四季度月均([\d,]+)张')
    v.chk('average_mismatch', N(mtot) / 6, ma, '月均')
    v.chk('average_mismatch', N(sub3) / 3, m3, '三季度月均')
    v.chk('average_mismatch', N(sub4) / 3, m4, '四季度月均')
    nterm = v.one(r'完成全市(\d+)台人社自助服务终端')
    scen, scomp, a, b, c, d = v.one(r'全年接入“一卡通”应用场景(\d+)个，完成年度目标的([\d\.]+%)，其中公交线路(\d+)条、文化场馆和图书馆(\d+)个、旅游景区(\d+)个、定点医药机构(\d+)家')
    v.chk('sum_mismatch', N(a) + N(b) + N(c) + N(d), scen, 'scenes by type')
    qual, mins = v.one(r'卡片个人化合格率([\d\.]+%)，即时制卡平均办理时长(\d+)分钟')
    uses, ucomp = v.one(r'全年川渝“一卡通”用卡([\d\.]+)万人次，完成年度目标的([\d\.]+%)')
    avail = v.one(r'平台运行可用率([\d\.]+%)。')
    ccards, cscen, crate = v.one(r'项目全年制发第三代社保卡([\d\.]+)万张、接入应用场景(\d+)个，预算执行率([\d\.]+%)')
    v.chk('conflicting_values', N(mtot) / WAN, ccards, 'conclusion cards vs monthly total')
    v.same('conflicting_values', cscen, scen, 'conclusion scenes')
    rate_cell(v, spent, ann, crate, 'conclusion 执行率')
    # self-evaluation table
    erows = v.table(r'\| 项目名称 \| 预算数')
    er = erows[1]
    v.same('conflicting_values', er[1], ann, '自评表 预算数')
    v.same('conflicting_values', er[2], spent, '自评表 执行数')
    rate_cell(v, er[2], er[1], er[3], '自评表 执行率')
    ew, es = er[4], er[5]
    exact = N(er[2]) / N(er[1])
    if not (close(N(ew) * exact, es) or close(N(ew) * N(er[3]) / HUNDRED, es)):
        v.add('_score_rule', 'execution score %s' % es)
    irows = v.table(r'\| 一级指标 \| 二级指标 \| 三级指标 \| 指标性质')
    o = indicator_table(v, irows, sichuan=True, extra_weight=ew, extra_score=es)
    act = o['actual']
    h = irows[0]
    tgt = {r[col(h, '三级')]: r[col(h, '指标值')] for r in irows[1:]}
    name_s = '“一卡通”应用场景接入数'
    v.chk('completion_mismatch', N(scen) / N(tgt[name_s]) * HUNDRED, scomp, 'scene completion (prose)')
    name_u = '川渝“一卡通”用卡人次'
    v.chk('completion_mismatch', N(uses) / N(tgt[name_u]) * HUNDRED, ucomp, 'use completion (prose)')
    for name, stated in (('第三代社会保障卡制发量', ccards), (name_s, scen), ('自助服务终端升级数', nterm),
                         ('卡片个人化合格率', qual), ('即时制卡平均办理时长', mins), ('第三代社保卡制卡单价', price),
                         (name_u, uses), ('“一卡通”平台运行可用率', avail)):
        v.same('conflicting_values', act[name], stated.rstrip('%'), name + ' table vs prose')
    wd = v.one(r'预算执行率(\d+)分、绩效指标(\d+)分（产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分）')
    if N(wd[0]) + N(wd[1]) != HUNDRED:
        v.add('weight_sum_mismatch', 'declared 10 + 90')
    if N(wd[2]) + N(wd[3]) + N(wd[4]) != N(wd[1]):
        v.add('weight_sum_mismatch', 'declared first-level weights %s' % (wd,))
    if N(wd[0]) != N(ew):
        v.add('weight_sum_mismatch', 'execution weight')
    for key, d in (('产出指标', wd[2]), ('效益指标', wd[3]), ('满意度指标', wd[4])):
        if o['blocks'].get(key) != N(d):
            v.add('weight_sum_mismatch', 'block %s: table %s, declared %s' % (key, o['blocks'].get(key), d))
    ptotal, grade = v.one(r'项目自评得分([\d\.]+)分，评价等级为“(.+?)”')
    v.chk('score_sum_mismatch', o['ssum'], ptotal, 'prose total')
    grade_check(v, ptotal, grade, 'prose grade')
    grade_check(v, o['total'], grade, 'table total grade')
    if not v.t.split('\n')[1].startswith(Y):
        v.add('year_mismatch', 'title year')


def p_tianshui(v):
    Y = '2025'
    year_checks(v, Y)
    ini, prov0, city0 = v.one(r'项目年初预算([\d\.]+)万元，其中省级补助资金([\d\.]+)万元（2024年12月提前下达，甘财社〔2024〕158号），市级财政资金([\d\.]+)万元')
    add = v.one(r'省级追加“一卡通”受理环境建设补助([\d\.]+)万元')
    ann = v.one(r'调整后全年预算([\d\.]+)万元')
    rec, rrate, miss = v.one(r'实际到位资金([\d\.]+)万元，资金到位率([\d\.]+%)，其中市级资金([\d\.]+)万元未到位')
    v.chk('sum_mismatch', N(prov0) + N(city0), ini, '年初 components')
    v.chk('sum_mismatch', N(ini) + N(add), ann, '年初 + 追加')
    rate_cell(v, rec, ann, rrate, 'prose 到位率')
    v.chk('sum_mismatch', N(ann) - N(rec), miss, '未到位')
    rows = v.table(r'\| 资金来源 \| 年初预算')
    body, tot = rows[1:-1], rows[-1]
    for k in (1, 2, 3):
        v.chk('sum_mismatch', sum(N(r[k]) for r in body), tot[k], 'sources column %d' % k)
    for r in rows[1:]:
        rate_cell(v, r[3], r[2], r[4], '%s 到位率' % r[0])
    R = {r[0]: r for r in body}
    for a, b, m in ((tot[1], ini, '年初'), (tot[2], ann, '全年'), (tot[3], rec, '到位'),
                    (R['省级补助资金'][1], prov0, '省级 年初'), (R['市级财政资金'][1], city0, '市级 年初')):
        v.same('conflicting_values', a, b, m + ' table vs prose')
    v.chk('sum_mismatch', N(R['省级补助资金'][1]) + N(add), R['省级补助资金'][2], '省级 追加')
    v.chk('sum_mismatch', N(R['市级财政资金'][2]) - N(R['市级财政资金'][3]), miss, '市级 未到位')
    spent, erate = v.one(r'全年实际支出([\d\.]+)万元，预算执行率([\d\.]+%)')
    rate_cell(v, spent, ann, erate, 'prose 执行率')
    bal, miss2, carry = v.one(r'结余资金([\d\.]+)万元，加上未到位的([\d\.]+)万元，共计([\d\.]+)万元结转')
    v.chk('balance_mismatch', N(rec) - N(spent), bal, '结余 = 到位 - 执行')
    v.same('conflicting_values', miss2, miss, '未到位 restated')
    v.chk('balance_mismatch', N(bal) + N(miss2), carry, '结转 = 结余 + 未到位')
    srows = v.table(r'\| 子项目 \| 全年预算')
    sb, st = srows[1:-1], srows[-1]
    for k in (1, 2, 4):
        v.chk('sum_mismatch', sum(N(r[k]) for r in sb), st[k], 'sub-items column %d' % k)
    for r in srows[1:]:
        rate_cell(v, r[2], r[1], r[3], '%s 执行率' % r[0])
        v.chk('balance_mismatch', N(r[1]) - N(r[2]), r[4], '%s 未支出' % r[0])
    v.same('conflicting_values', st[1], ann, 'sub-items budget')
    v.same('conflicting_values', st[2], spent, 'sub-items spending')
    v.same('conflicting_values', st[4], carry, 'sub-items unspent vs 结转')
    S = {r[0]: r for r in sb}
    price = v.one(r'合同单价([\d\.]+)元/张，按实际制卡量')
    pc, fee, feey = v.one(r'全年换发第三代社保卡([\d,]+)张，结算制卡费([\d\.]+)万元（([\d,\.]+(?:万元|元))）')
    money_pair(v, fee, feey, '制卡费')
    v.same('conflicting_values', fee, S['第三代社会保障卡换发制卡'][2], '制卡费 vs table')
    cw = v.one(r'受理终端改造合同金额([\d\.]+)万元')
    v.same('conflicting_values', cw, S['“一卡通”受理环境改造'][1], 'contract vs budget')
    parts = v.all(r'(?:预付|支付|支付尾款)(\d+)%即([\d\.]+)万元')
    for pct, amt in parts:
        v.chk('_instalment', N(cw) * N(pct) / HUNDRED, amt, 'instalment %s%%' % pct)
    v.chk('_instalment', sum(N(p) for p, _ in parts), '100', 'shares')
    v.chk('sum_mismatch', N(parts[0][1]) + N(parts[1][1]), S['“一卡通”受理环境改造'][2], 'instalments paid')
    v.same('conflicting_values', parts[2][1], S['“一卡通”受理环境改造'][4], '尾款 vs unspent')
    nterm, ncounty, per = v.one(r'全年完成受理终端改造(\d+)台，(\d+)个县（区）平均每个县（区）约(\d+)台')
    sec, net, svcp, svc, rest = v.one(r'数据安全及密钥系统升级支出([\d\.]+)万元.*?网点服务及宣传支出([\d\.]+)万元，其中合作银行网点换卡服务费按每张([\d\.]+)元标准结算([\d\.]+)万元，其余([\d\.]+)万元')
    v.same('conflicting_values', sec, S['数据安全及密钥系统升级'][2], '密钥 spending prose vs table')
    v.same('conflicting_values', net, S['网点服务及宣传'][2], '网点 spending prose vs table')
    v.chk('sum_mismatch', N(svc) + N(rest), net, '网点 components')
    mrows = v.table(r'月份｜换发量')
    months = [r for r in mrows[1:] if r[0].endswith('月') and r[0] != '月均']
    subs = [r for r in mrows if r[0].endswith('小计')]
    mtot = [r for r in mrows if r[0] == '全年合计'][0][1]
    mavg = [r for r in mrows if r[0] == '月均'][0][1]
    mv = [N(r[1]) for r in months]
    for k in range(4):
        v.chk('sum_mismatch', sum(mv[3 * k:3 * k + 3]), subs[k][1], subs[k][0])
    v.chk('sum_mismatch', sum(N(s[1]) for s in subs), mtot, 'quarters to total')
    v.chk('sum_mismatch', sum(mv), mtot, 'months to total')
    v.chk('average_mismatch', N(mtot) / 12, mavg, 'table 月均')
    v.same('conflicting_values', pc, mtot, 'cards (制卡费) vs table')
    v.chk('_unit_cost', N(mtot) * N(price) / WAN, fee, '制卡费 = cards x price')
    v.chk('_unit_cost', N(mtot) * N(svcp) / WAN, svc, '网点服务费 = cards x 1.20')
    v.chk('average_mismatch', N(nterm) / N(ncounty), per, 'terminals per county')
    pc2, pm, pq = v.one(r'全年换发第三代社保卡([\d,]+)张，月均([\d,]+)张，季均([\d,]+)张')
    v.same('conflicting_values', pc2, mtot, 'cards prose vs table')
    v.chk('average_mismatch', N(mtot) / 12, pm, 'prose 月均')
    v.chk('average_mismatch', N(mtot) / 4, pq, 'prose 季均')
    acc, days = v.one(r'比对准确率([\d\.]+%)，申领至领卡平均(\d+)个工作日')
    scen = v.one(r'全市开通“一卡通”线下用卡场景(\d+)个')
    sat = v.one(r'换卡群众满意度([\d\.]+%)')
    irows = v.table(r'一级指标｜二级指标｜三级指标')
    o = indicator_table(v, irows, exec_rate=N(spent) / N(ann) * HUNDRED)
    act = o['actual']
    rate_cell(v, spent, ann, act['预算执行率'], 'table 执行率')
    pa = parse_val(act['第三代社会保障卡换发量'])
    if pa and pa[2] == '万张':
        v.chk('conflicting_values', N(mtot) / WAN, pa[1], '换发量 table vs monthly')
    for name, stated in (('“一卡通”受理终端改造数', nterm + '台'), ('换发数据比对准确率', acc),
                         ('换发卡申领至领卡时限', days + '个工作日'), ('换发制卡单价', price + '元/张'),
                         ('“一卡通”线下用卡场景数', scen + '个'), ('换卡群众满意度', sat)):
        pa, ps = parse_val(act[name]), parse_val(stated)
        if pa and ps and pa[2] == ps[2]:
            v.same('conflicting_values', pa[1], ps[1], name + ' table vs prose')
    ptotal, grade = v.one(r'自评得分([\d\.]+)分，评价等级为“(.+?)”')
    v.chk('score_sum_mismatch', o['ssum'], ptotal, 'prose total')
    grade_check(v, ptotal, grade, 'prose grade')
    grade_check(v, o['total'], grade, 'table total grade')
    if not v.t.split('\n')[1].startswith(Y):
        v.add('year_mismatch', 'title year')


PROJECTS = {
    'nx-wuzhong-sbkzhifa-2018': p_wuzhong,
    'hn-hengyang-jishizhika-2020': p_hengyang,
    'ah-bengbu-rsxxzx-bumen-2022': p_bengbu,
    'sc-guangan-yikatong-2023': p_guangan,
    'gs-tianshui-sandaika-2025': p_tianshui,
}


def run(source, text):
    v = V(text)
    try:
        PROJECTS[source](v)
    except ParseError as e:
        v.add('_parse', str(e))
    except (ArithmeticError, KeyError, IndexError, ValueError, AttributeError) as e:
        v.add('_crash', repr(e))
    return v.f


def edit_span(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
    counts = {}
    for lab in labels:
        path = os.path.join(CASES, lab['case'])
        text = open(path, encoding='utf-8').read()
        found = run(lab['source'], text)
        codes = {c for c, _ in found}
        if lab['clean']:
            if found or lab['expected']:
                problems.append('%s: clean draft breaks %s' % (lab['case'], found))
            n = len(text)
            if not 2500 <= n <= 6000:
                problems.append('%s: length %d' % (lab['case'], n))
            continue
        exp = lab['expected']
        if len(exp) != 1:
            problems.append('%s: expected one label' % lab['case'])
            continue
        code = exp[0]['code']
        counts[code] = counts.get(code, 0) + 1
        if codes != {code}:
            problems.append('%s: labelled %s, broken %s' % (lab['case'], code, found))
        clean = open(os.path.join(CASES, lab['source'] + '-clean.txt'), encoding='utf-8').read()
        i, ea, eb = edit_span(clean, text)
        if max(ea - i, eb - i) > 40 or (ea - i) + (eb - i) == 0:
            problems.append('%s: edit size %d/%d' % (lab['case'], ea - i, eb - i))
        val = exp[0]['value']
        if text.count(val) != 1:
            problems.append('%s: value occurs %d times' % (lab['case'], text.count(val)))
        else:
            s = text.index(val)
            if not (s < max(eb, i + 1) and i < s + len(val)):
                problems.append('%s: value does not cover the edit' % lab['case'])
    if len(labels) != 35:
        problems.append('%d labels' % len(labels))
    for c in ('rate_mismatch', 'sum_mismatch', 'balance_mismatch', 'completion_mismatch', 'score_sum_mismatch',
              'weight_sum_mismatch', 'score_exceeds_weight', 'grade_mismatch', 'conflicting_values',
              'average_mismatch', 'implausible_rate', 'unit_mismatch', 'year_mismatch'):
        if counts.get(c, 0) < 2:
            problems.append('code %s used %d times' % (c, counts.get(c, 0)))
    if sum(counts.values()) != 30:
        problems.append('%d errors' % sum(counts.values()))
    if problems:
        print('\n'.join(problems))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
