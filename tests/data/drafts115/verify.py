#!/usr/bin/env python3
"""Verify set n115.

1. every label value occurs in its case; every error case differs from its clean draft in one
   contiguous place, and that place overlaps an occurrence of the label value; clean cases equal
   the clean drafts and have no expected findings; every code of errors.md §A occurs at least twice;
2. every clean draft is 3,000-9,000 characters;
3. the arithmetic of every clean draft is redone: the funds block and indicator table of the
   自评表 (pandoc grid tables) are parsed and checked (column sums, 执行率, execution score, weights,
   scores, completion rates, gte/lte scoring, total, grade band), and the figures of the text are
   recomputed project by project (sums, rates, balances, averages, conversions 亩/公顷/平方公里,
   per-unit investment, cumulative totals, text = table).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
CODES = ['rate_mismatch', 'balance_mismatch', 'sum_mismatch', 'score_sum_mismatch', 'score_exceeds_weight',
         'weight_sum_mismatch', 'grade_mismatch', 'average_mismatch', 'conflicting_values', 'implausible_rate',
         'unit_mismatch', 'year_mismatch', 'completion_mismatch']
FAIL = []
NUM = re.compile(r'\d[\d,]*(?:\.\d+)?')


def fail(msg):
    FAIL.append(msg)


def D(s):
    return Decimal(s.replace(',', ''))


def decimals(s):
    s = s.replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


def consistent(calc, stated):
    """stated: the number as written; tolerance half a unit of its last digit (rules.md §8)."""
    return abs(Decimal(calc) - D(stated)) <= Decimal('0.5') * Decimal(10) ** -decimals(stated) + Decimal('1e-9')


def r2(x):
    return Decimal(x).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- grid tables
def grid_tables(text):
    tables, block = [], []
    for line in text.split('\n') + ['']:
        if line.startswith('+') and block and block[-1].startswith('+'):
            tables.append(block)  # two border lines in a row: a new table starts
            block = [line]
        elif line.startswith('+') or line.startswith('|'):
            block.append(line)
        elif block:
            tables.append(block)
            block = []
    out = []
    for block in tables:
        rows, cur, header_end = [], [], None
        for line in block:
            if line.startswith('+'):
                if cur:
                    rows.append(cur)
                    cur = []
                if '=' in line:
                    header_end = len(rows)
                continue
            cells = [c.strip() for c in line.strip()[1:-1].split('|')]
            cur = cells if not cur else [a + b for a, b in zip(cur, cells)]
        out.append((rows[:header_end] if header_end else [], rows[header_end:] if header_end else rows))
    return out


def col(header, *names):
    for i, h in enumerate(header):
        if any(n in h for n in names):
            return i
    return None


def check_funds(pid, header, rows):
    h = header[0]
    ci, ca, ce, cw, cr, cs = (col(h, '年初预算'), col(h, '全年预算'), col(h, '全年执行'), col(h, '分值'),
                              col(h, '执行率'), col(h, '得分'))
    val = lambda s: Decimal(0) if s in ('—', '') else D(s)
    total, parts = rows[0], rows[1:]
    if '总额' not in total[0]:
        fail(f'{pid}: funds table first row is not 年度资金总额')
    for c in (ci, ca, ce):
        if sum(val(r[c]) for r in parts) != val(total[c]):
            fail(f'{pid}: funds column {h[c]} parts do not add to the total')
    for r in rows:
        a, e, rate = val(r[ca]), val(r[ce]), r[cr]
        if a == 0:
            if rate != '—':
                fail(f'{pid}: rate on a zero base in row {r[0]}')
            continue
        if not consistent(e / a * 100, rate.rstrip('%')):
            fail(f'{pid}: 执行率 {rate} of row {r[0]} != {e / a * 100:.4f}')
    a, e = val(total[ca]), val(total[ce])
    w, s = D(total[cw]), total[cs]
    calc = w * min(e / a, Decimal(1))
    from_rate = w * min(D(total[cr].rstrip('%')) / 100, Decimal(1))
    if not (consistent(calc, s) or consistent(from_rate, s)):
        fail(f'{pid}: execution score {s} != {calc:.4f}')
    return w, D(s)


DIR = re.compile(r'^(≥|≤|>=|<=)?\s*(\d[\d,]*(?:\.\d+)?)(.*)$')


def check_indicators(pid, header, rows, exec_w, exec_s):
    h = header[0]
    ct, ca, cc, cw, cs = (col(h, '年度指标值', '目标值'), col(h, '实际完成值'), col(h, '完成率'), col(h, '分值'),
                          col(h, '得分'))
    body = [r for r in rows if r[0] not in ('合计', '总分')]
    tot = [r for r in rows if r[0] in ('合计', '总分')]
    if len(tot) != 1:
        fail(f'{pid}: indicator table has no single total row')
        return None
    tot = tot[0]
    ws = sum(D(r[cw]) for r in body) + exec_w
    ss = sum(D(r[cs]) for r in body) + exec_s
    if ws != 100 or D(tot[cw]) != 100:
        fail(f'{pid}: weights add to {ws}, total row says {tot[cw]}')
    if not consistent(ss, tot[cs]):
        fail(f'{pid}: scores add to {ss}, total row says {tot[cs]}')
    # first-level weights stated as 产出指标（50分） in the first column
    level, lw = None, {}
    for r in body:
        if r[0]:
            level = r[0]
        lw[level] = lw.get(level, 0) + D(r[cw])
    for name, w in lw.items():
        m = re.search(r'（(\d+)分）', name)
        if m and D(m.group(1)) != w:
            fail(f'{pid}: level {name} rows weigh {w}')
    for r in body:
        w, s = D(r[cw]), D(r[cs])
        if not (0 <= s <= w):
            fail(f'{pid}: row {r[2]} score {s} outside [0, {w}]')
        mt, ma = DIR.match(r[ct]), DIR.match(r[ca])
        quant = mt and ma and mt.group(3).strip() == ma.group(3).strip() and not ma.group(1)
        if quant:
            t, a, sign = D(mt.group(2)), D(ma.group(2)), mt.group(1) or '='
            if sign in ('≤', '<='):
                comp = Decimal(100) if a <= t else t / a * 100
            else:
                comp = a / t * 100
            exp = w * min(comp / 100, Decimal(1))
            if not consistent(exp, r[cs]):
                fail(f'{pid}: row {r[2]} score {r[cs]} != {exp:.4f}')
            if comp > 120 and r[-1] in ('', '无偏差', '—'):
                fail(f'{pid}: row {r[2]} over-achieved without a reason')
            if comp < 100 and r[-1] in ('', '无偏差', '—'):
                fail(f'{pid}: row {r[2]} missed without a reason')
            if cc is not None and not consistent(comp, r[cc].rstrip('%')):
                fail(f'{pid}: row {r[2]} completion {r[cc]} != {comp:.4f}')
        else:
            if s < w and r[-1] in ('', '无偏差', '—'):
                fail(f'{pid}: qualitative row {r[2]} lost points without a reason')
            if s < w and not (Decimal('0.6') * w <= s < Decimal('0.8') * w):
                fail(f'{pid}: qualitative row {r[2]} score {s} not in the 部分达成 band')
            if cc is not None and r[cc] != '100%' and r[cc] != '100.00%':
                fail(f'{pid}: qualitative row {r[2]} completion {r[cc]}')
    return D(tot[cs])


def band(score):
    return '优' if score >= 90 else '良' if score >= 80 else '中' if score >= 60 else '差'


def check_grade(pid, text, total):
    found = re.findall(r'评价等级(?:为|：)\s*["“]?(优秀|良好|中等|较差|优|良|中|差)', text)
    if not found:
        fail(f'{pid}: no grade stated')
    for g in found:
        if g[0] != band(total):
            fail(f'{pid}: grade {g} for total {total}')
    for m in re.finditer(r'(?:自评得分|综合得分|自评总分|综合评分)(\d+(?:\.\d+)?)分', text):
        if D(m.group(1)) != total:
            fail(f'{pid}: text total {m.group(1)} != table total {total}')


def generic(pid, text):
    tables = grid_tables(text)
    funds = [t for t in tables if t[0] and any('全年执行' in c for c in t[0][0])]
    ind = [t for t in tables if t[0] and any('三级指标' in c for c in t[0][0])]
    if len(funds) != 1 or len(ind) != 1:
        fail(f'{pid}: expected one funds table and one indicator table')
        return
    ew, es = check_funds(pid, *funds[0])
    total = check_indicators(pid, *ind[0], ew, es)
    if total is not None:
        check_grade(pid, text, total)
    return tables


# ---------------------------------------------------------------- per-project figures
class Fig:
    def __init__(self, pid, text):
        self.pid, self.text = pid, text

    def v(self, lit, i=0):
        """the i-th number of a literal that must occur in the text"""
        if lit not in self.text:
            fail(f'{self.pid}: missing "{lit}"')
            return Decimal(0)
        return D(NUM.findall(lit)[i])

    def vs(self, lit):
        if lit not in self.text:
            fail(f'{self.pid}: missing "{lit}"')
            return []
        return [D(x) for x in NUM.findall(lit)]

    def eq(self, desc, calc, lit, i=-1):
        """the i-th number of `lit` (in the text) must equal calc within its decimals"""
        if lit not in self.text:
            fail(f'{self.pid}: missing "{lit}" ({desc})')
            return
        stated = NUM.findall(lit)[i]
        if not consistent(calc, stated):
            fail(f'{self.pid}: {desc}: computed {calc}, stated {stated} in "{lit}"')


def fig_zhuanglang(f):
    v, eq = f.v, f.eq
    budget = v('批复总投资1,890.00万元')
    eq('投资来源', v('中央预算内投资1,575.00万元') + v('省级配套210.00万元') + v('县级配套105.00万元'), '批复总投资1,890.00万元')
    mu = v('坡改梯10,500亩（700公顷')
    eq('亩→公顷', mu / 15, '坡改梯10,500亩（700公顷')
    eq('公顷→平方公里', mu / 15 / 100, '折合7.00平方公里')
    eq('亩均投资(元)', budget * 10000 / mu, '亩均投资1,800元')
    eq('每平方公里投资', budget / (mu / 1500), '每平方公里投资270.00万元')
    eq('中央按亩', 1500 * mu / 10000, '中央预算内投资1,575.00万元')
    eq('累计坡改梯', v('累计完成坡改梯6.84万亩') + mu / 10000, '累计完成坡改梯7.89万亩')
    eq('2017年度 亩→公顷', v('坡改梯1.2万亩（800公顷）') * 10000 / 15, '坡改梯1.2万亩（800公顷）', 1)
    eq('年初=全年(未调整)', v('项目年初预算1,890.00万元'), '全年预算1,890.00万元')
    eq('中央+省级', v('中央预算内投资1,575.00万元') + v('省级配套210.00万元'), '中央和省级资金1,785.00万元由')
    spent = v('实际支出1,846.53万元')
    eq('执行率', spent / budget * 100, '预算执行率97.70%')
    eq('到位率', budget / budget * 100, '到位率100%')
    county_spent = spent - v('中央和省级资金1,785.00万元已全部支出')
    eq('县级支出', county_spent, '县级配套资金支出61.53万元')
    eq('县级支出率', county_spent / v('县级配套资金105.00万元') * 100, '支出率58.60%')
    eq('未支付=到位-支出', budget - spent, '未支付的43.47万元')
    eq('未支付=县级到位-县级支出', v('县级配套资金105.00万元') - county_spent, '未支付的43.47万元')
    parts = ['梯田工程支出1,512.00万元', '田间道路工程支出221.40万元', '勘测设计费37.80万元', '工程监理费30.24万元',
             '项目管理及验收费45.09万元']
    eq('支出结构', sum(v(p) for p in parts), '合计1,846.53万元')
    eq('梯田单价(元/亩)', v('梯田工程支出1,512.00万元') * 10000 / mu, '亩均单价1,440元')
    road = v('配套田间道路18.45公里')
    eq('道路完成率', road / v('配套田间道路18.0公里') * 100, '为计划的102.50%')
    eq('道路每公里造价', v('田间道路工程支出221.40万元') / road, '每公里造价12.00万元')
    eq('抽检合格率', v('其中合格1,100块') / v('抽检田块1,120块') * 100, '合格率98.2%')
    eq('测产平均', sum(f.vs('52、61、55、58、54、56公斤')) / 6, '平均亩均增产56公斤')
    eq('受益户缺口', 2800 - v('受益农户2,736户'), '较年度目标少64户')
    eq('满意度', v('满意的189份') / v('收回200份') * 100, '群众满意度94.5%')
    eq('文本分项得分', v('预算执行率得分9.77分') + v('产出指标得分50分') + v('效益指标得分29.89分') + v('满意度指标得分10分'),
       '综合得分99.66分')
    # 表1 分乡镇 table
    t = [x for x in grid_tables(f.text) if x[0] and x[0][0][0] == '乡镇'][0][1]
    body, tot = t[:-1], t[-1]
    for c in range(1, 6):
        if sum(D(r[c]) for r in body) != D(tot[c]):
            fail(f'{f.pid}: 表1 column {c} does not add up')
    for r in t:
        if not consistent(D(r[2]) / 15, r[3]):
            fail(f'{f.pid}: 表1 亩→公顷 {r[0]}')
    eq('表1合计=正文亩', D(tot[2]), '全年完成坡改梯10,500亩')
    eq('表1合计=正文道路', D(tot[4]), '配套田间道路18.45公里')
    eq('表1合计=正文受益户', D(tot[5]), '受益农户2,736户')
    eq('表1村数', D(tot[1]), '4个乡镇18个行政村')


def fig_yuanzhou(f):
    v, eq = f.v, f.eq
    plan = v('批复综合治理面积32.50平方公里')
    eq('平方公里→公顷', plan * 100, '32.50平方公里（3,250公顷）', 1)
    eq('分流域计划', v('冯庄小流域12.00平方公里') + v('张易小流域11.30平方公里') + v('官厅小流域9.20平方公里'), '批复综合治理面积32.50平方公里')
    eq('措施合计', sum(v(x) for x in ['新修梯田420公顷', '营造水土保持林860公顷', '经济林150公顷', '人工种草300公顷', '封禁治理1,520公顷']),
       '32.50平方公里（3,250公顷）', 1)
    eq('梯田公顷→亩', v('新修梯田420公顷') * 15, '新修梯田420公顷（6,300亩）', 1)
    inv = v('批复总投资1,950.00万元')
    eq('投资来源', v('中央资金1,500.00万元') + v('自治区资金300.00万元') + v('区级配套150.00万元'), '批复总投资1,950.00万元')
    eq('单位面积投资', inv / plan, '单位面积投资60.00万元/平方公里')
    ws = [v('冯庄小流域投资720.00万元'), v('张易小流域677.80万元'), v('官厅小流域552.20万元')]
    eq('分流域投资合计', sum(ws), '批复总投资1,950.00万元')
    eq('平均每条小流域', sum(ws) / 3, '平均每条小流域650.00万元')
    eq('年初预算', v('中央资金1,500.00万元') + v('自治区资金300.00万元'), '编列年初预算1,800.00万元')
    annual = v('编列年初预算1,800.00万元') + v('追加区级配套资金150.00万元')
    eq('全年预算', annual, '当年全年预算1,950.00万元')
    total = annual + v('结转资金120.00万元纳入')
    eq('年度资金总额', total, '年度资金总额2,070.00万元')
    spent_cur, spent_co = v('当年资金支出1,872.30万元'), v('上年结转资金支出115.00万元')
    eq('全年执行', spent_cur + spent_co, '全年执行1,987.30万元')
    eq('执行率', (spent_cur + spent_co) / total * 100, '预算执行率96.00%')
    eq('当年执行率', spent_cur / annual * 100, '执行率96.02%')
    eq('结转执行率', spent_co / 120 * 100, '执行率95.83%')
    eq('结转下年', total - spent_cur - spent_co, '年末结转资金82.70万元')
    done = [v('冯庄小流域12.00平方公里、张易'), v('张易小流域11.06平方公里'), v('官厅小流域9.20平方公里。')]
    eq('分流域完成', sum(done), '完成综合治理面积32.26平方公里')
    eq('完成 平方公里→公顷', sum(done) * 100, '32.26平方公里（3,226公顷）', 1)
    eq('完成率', sum(done) / plan * 100, '为计划的99.26%')
    eq('张易缺口(公顷)', (v('张易小流域11.30平方公里') - v('张易小流域11.06平方公里')) * 100, '张易小流域24公顷')
    eq('单位面积实际投资', spent_cur / sum(done), '单位面积治理投资58.04万元/平方公里')
    eq('治理度平均', sum(f.vs('分别为74.1%、70.6%、72.5%')) / 3, '项目区平均治理度72.4%')
    eq('林草覆盖率提高', v('提高到34.7%') - v('治理前的31.5%'), '提高3.2个百分点')
    eq('累计治理', v('累计完成水土流失综合治理面积1,826.40平方公里') + sum(done), '累计治理水土流失面积达到1,858.66平方公里')
    eq('满意度', v('其中满意221份') / v('收回有效问卷250份') * 100, '受益群众满意度88.4%')
    eq('文本分项得分', v('执行率得分9.60分') + v('产出指标得分49.26分') + v('效益指标得分29.75分') + v('满意度指标得分9.82分'),
       '自评总分98.43分')
    t = [x for x in grid_tables(f.text) if x[0] and x[0][0][0] == '治理措施'][0][1]
    body, tot = t[:-1], t[-1]
    for c in (2, 3):
        if sum(D(r[c]) for r in body) != D(tot[c]):
            fail(f'{f.pid}: 措施表 column {c} does not add up')
    for r in t:
        if not consistent(D(r[3]) / D(r[2]) * 100, r[4].rstrip('%')):
            fail(f'{f.pid}: 措施表 completion {r[0]}')
    eq('措施表=正文', D(tot[3]), '32.26平方公里（3,226公顷）', 1)


def fig_anding(f):
    v, eq = f.v, f.eq
    mu = v('建设旱作梯田\n15,000亩') if '建设旱作梯田\n15,000亩' in f.text else v('完成坡改梯15,000亩')
    eq('亩→公顷', mu / 15, '15,000亩（1,000公顷', 1)
    eq('公顷→平方公里', mu / 1500, '合10平方公里')
    inv = v('总投资\n2,700.00万元')
    eq('投资来源', v('中央资金2,250.00万元、') + v('省级资金300.00万元、') + v('区级配套资金\n150.00万元'), '总投资\n2,700.00万元')
    eq('亩均投资', inv * 10000 / mu, '亩均投资1,800元')
    eq('每平方公里投资', inv / (mu / 1500), '每平方公里投资270.00万元')
    eq('年初预算', v('中央资金2,250.00万元和省级资金300.00万元') + v('省级资金300.00万元于'), '算2,550.00万元')
    annual = v('算2,550.00万元') + v('追加区级配套资金150.00万元')
    eq('全年预算', annual, '全年预算\n2,700.00万元')
    recv = v('实际到位2,640.00万元')
    eq('到位率', recv / annual * 100, '到位率97.78%')
    eq('未到位', annual - recv, '有60.00万元未到位')
    spent = v('全年实际支出2,078.64万元')
    eq('执行率', spent / annual * 100, '预算执行率76.99%')
    eq('结余=到位-支出', recv - spent, '561.36万元，全部结转2023年', 0)
    eq('支出结构', v('梯田工程支出1,953.60万元') + v('田间道路工程支出92.04万元') + v('设计及监理费33.00万元'), '全年实际支出2,078.64万元')
    done = v('完成坡改梯13,200亩')
    eq('梯田支出=亩×单价', done * v('合同单价每亩1,480元') / 10000, '梯田工程支出1,953.60万元')
    eq('完成 亩→公顷', done / 15, '13,200亩（880公顷）', 1)
    eq('完成率', done / mu * 100, '为年度计划的88.00%')
    eq('剩余', mu - done, '剩余1,800亩')
    eq('样地平均', sum(f.vs('42、47、44\n、48、44公斤')) / 5, '平均45公斤')
    eq('累计梯田', v('累计建成水平梯田\n121.6万亩') + done / 10000, '累计建成水平梯田122.92万亩')
    eq('满意度', v('表示满意的366份') / v('收回400份') * 100, '满意度91.5%')
    eq('文本分项得分', v('预算执行7.70') + v('产出指标44.60分') + v('效益指标27.20分') + v('满意度10分'), '自评得分89.50分')
    t = [x for x in grid_tables(f.text) if x[0] and x[0][0][0] == '乡镇'][0][1]
    body, tot = t[:-1], t[-1]
    for c in (1, 2, 3, 5):
        if sum(D(r[c]) for r in body) != D(tot[c]):
            fail(f'{f.pid}: 表1 column {c} does not add up')
    for r in t:
        if not consistent(D(r[2]) / 15, r[3]) or not consistent(D(r[2]) / D(r[1]) * 100, r[4].rstrip('%')):
            fail(f'{f.pid}: 表1 row {r[0]}')
    eq('表1受益户=正文', D(tot[5]), '受益农户\n3,080户')


def fig_suide(f):
    v, eq = f.v, f.eq
    area = v('综合治理面积25.00平方公里（2,500公顷）')
    eq('平方公里→公顷', area * 100, '综合治理面积25.00平方公里（2,500公顷）', 1)
    eq('分流域', v('辛店沟小流域14.20平方公里') + v('桃园沟小流域10.80平方公里'), '综合治理面积25.00平方公里（2,500公顷）', 0)
    eq('措施合计', sum(v(x) for x in ['水平梯田180公顷', '水土保持林620公顷，经济林', '经济林（山地苹果）140公顷', '人工种草210公顷，封禁',
                                      '封禁治理1,350公顷，新建']), '综合治理面积25.00平方公里（2,500公顷）', 1)
    eq('梯田公顷→亩', v('水平梯田180公顷') * 15, '水平梯田180公顷（2,700亩）', 1)
    eq('累计', v('完成小流域综合治理面积161.40平方公里') + v('2023年完成25.00平方公里', 1), '三年累计186.40平方公里')
    inv = v('批复总投资1,625.00万元')
    eq('投资来源', v('中央资金1,300.00万元') + v('省级资金200.00万元') + v('县级配套125.00万元，每'), '批复总投资1,625.00万元')
    eq('每平方公里投资', inv / area, '每平方公里投资65.00万元')
    items = ['梯田工程486.00万元', '水土保持林372.00万元', '经济林210.00万元', '人工种草42.00万元', '封禁治理67.50万元',
             '谷坊及生产道路318.50万元', '独立费用129.00万元']
    eq('分措施投资', sum(v(x) for x in items), '批复总投资1,625.00万元')
    eq('梯田亩均', v('梯田工程486.00万元') * 10000 / (v('水平梯田180公顷') * 15), '水平梯田按每亩1,800元')
    eq('苹果亩均', v('经济林210.00万元') * 10000 / (v('经济林（山地苹果）140公顷') * 15), '山地苹果按每亩1,000元')
    eq('权重', v('预算执行率10分、') + v('产出指标45分') + v('效益指标35分') + v('满意度指标10分，'), '合计100分')
    eq('年初(中央+省级)', v('中央资金1,300.00万元') + v('省级资金200.00万元'), '中央和省级资金1,500.00万元于2022年12月', 0)
    annual = v('中央和省级资金1,500.00万元于2022年12月') + v('县级配套125.00万元于2023年5月')
    eq('当年全年预算', annual, '当年全年预算1,625.00万元')
    total = annual + v('结转资金86.40万元一并')
    eq('年度资金总额', total, '年度资金总额1,711.40万元')
    spent_cur = v('当年资金支出1,566.80万元')
    eq('全年执行', spent_cur + v('上年结转资金86.40万元全部支出'), '全年执行1,653.20万元')
    eq('执行率', v('全年执行1,653.20万元') / total * 100, '预算执行率96.60%')
    eq('当年执行率', spent_cur / annual * 100, '执行率96.42%')
    eq('结余', total - v('全年执行1,653.20万元'), '年末结余58.20万元')
    eq('道路超计划', v('修建生产道路12.6公里，较计划') - 12, '较计划多0.6公里')
    eq('成活率平均', sum(f.vs('分别为80.9%和82.3%')) / 2, '平均81.6%')
    eq('单位面积实际投资', spent_cur / area, '单位面积治理投资62.67万元/平方公里')
    eq('林草覆盖率提高', v('提高到56.8%') - v('治理前的51.3%'), '提高5.5个百分点')
    eq('满意度', v('满意476份') / v('收回500份') * 100, '满意度95.2%')


def fig_yichuan(f):
    v, eq = f.v, f.eq
    mu = v('建设坡改梯7,500亩')
    eq('亩→公顷', mu / 15, '7,500亩（500公顷', 1)
    eq('公顷→平方公里', mu / 1500, '合5平方公里')
    inv = v('批复总投资1,425.00万元')
    eq('投资来源', v('中央资金1,200.00万元、') + v('省级资金150.00万元、') + v('县级配套资金75.00万元，'), '批复总投资1,425.00万元')
    eq('亩均投资', inv * 10000 / mu, '亩均投资1,900元')
    eq('每平方公里投资', inv / (mu / 1500), '每平方公里投资285.00万元')
    eq('年初预算', v('省级资金150.00万元和') + v('县级配套资金75.00万元列入'), '年初预算225.00万元')
    annual = v('年初预算225.00万元') + v('中央资金1,200.00万元于')
    eq('全年预算', annual, '全年预算1,425.00万元')
    spent = v('实际支出826.50万元')
    eq('执行率', spent / annual * 100, '预算执行率58.00%')
    eq('支出结构', v('梯田工程700.80万元') + v('田间道路72.00万元') + v('勘测设计费42.75万元') + v('工程监理费10.95万元'), '实际支出826.50万元')
    eq('未支付', annual - spent, '尚未支付598.50万元')
    done = v('完成坡改梯4,800亩')
    eq('完成 亩→公顷', done / 15, '4,800亩（320公顷）', 1)
    eq('完成占比', done / mu * 100, '占计划的64%')
    eq('分镇', v('壶口镇2,200亩') + v('秋林镇1,600亩') + v('云岩镇1,000亩'), '完成坡改梯4,800亩')
    eq('剩余亩', mu - done, '剩余2,700亩')
    eq('剩余道路', v('配套田间道路15公里') - v('完成田间道路9.6公里'), '5.4公里田间道路')
    eq('梯田支出=亩×单价', done * v('合同单价为1,460元/亩') / 10000, '梯田工程700.80万元')
    eq('累计', v('累计完成坡改梯2.16万亩') + done / 10000, '累计达到2.64万亩')
    eq('满意度', v('满意230份') / v('回收250份') * 100, '群众满意度92.0%')
    eq('文本分项得分', v('预算执行5.80分') + v('产出指标37.20分') + v('效益指标22.84分') + v('满意度指标10分，综合'), '综合评分75.84分')


FIGS = {
    'gs-zhuanglang-podigeng-2018': fig_zhuanglang,
    'nx-yuanzhou-xiaoliuyu-2020': fig_yuanzhou,
    'gs-anding-podigeng-2022': fig_anding,
    'sn-suide-xiaoliuyu-2023': fig_suide,
    'sn-yichuan-podigeng-2024': fig_yichuan,
}

# text figures that must equal the 自评表 (same quantity, same value)
TEXT_TABLE = {
    'gs-zhuanglang-podigeng-2018': [('配套田间道路18.45公里', '18.45公里'), ('合格率98.2%', '98.2%'), ('受益农户2,736户', '2736户'),
                                    ('年减少土壤侵蚀量3.62万吨', '3.62万吨'), ('平均亩均增产56公斤', '56公斤'), ('预算执行率97.70%', '97.70%')],
    'nx-yuanzhou-xiaoliuyu-2020': [('受益人口1.26万人', '1.26万人'), ('造林成活率78.6%', '78.6%'), ('人均增收285元', '285元'),
                                   ('平均治理度72.4%', '72.4%'), ('满意度88.4%', '88.4%'), ('预算执行率96.00%', '96.00%')],
    'gs-anding-podigeng-2022': [('田间道路22.5公里', '22.5公里'), ('年新增保土能力4.4万吨', '4.4万吨'), ('平均45公斤', '45公斤'),
                                ('满意度91.5%', '91.5%'), ('预算执行率76.99%', '76.99%'), ('每亩1,480元', '1480元/亩')],
    'sn-suide-xiaoliuyu-2023': [('新建谷坊16座，修建', '16座'), ('生产道路12.6公里，较', '12.6公里'), ('受益人口7,120人', '7120人'),
                                ('年减少入黄泥沙5.6万吨', '5.6万吨'), ('平均81.6%', '81.6%'), ('满意度95.2%', '95.2%'),
                                ('增加368元', '368元'), ('预算执行率96.60%', '96.60%')],
    'sn-yichuan-podigeng-2024': [('受益农户1,020户', '1020户'), ('完成田间道路9.6公里', '9.6公里'), ('劳务报酬96.5万元', '96.5万元'),
                                 ('保土能力1.6万吨', '1.6万吨'), ('合格率97.5%', '97.5%'), ('满意度92.0%', '92.0%'),
                                 ('预算执行率58.00%', '58.00%')],
}


def check_clean(pid, text):
    if not 3000 <= len(text) <= 9000:
        fail(f'{pid}: length {len(text)} outside 3,000-9,000')
    generic(pid, text)
    FIGS[pid](Fig(pid, text))
    cells = set()
    for header, rows in grid_tables(text):
        for r in rows:
            cells.update(r)
    for lit, cell in TEXT_TABLE[pid]:
        if lit not in text:
            fail(f'{pid}: missing "{lit}"')
        elif D(NUM.findall(lit)[-1]) != D(NUM.findall(cell)[0]) or cell not in cells:
            fail(f'{pid}: text "{lit}" vs table "{cell}"')


def diff_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    with open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') as fh:
        labels = [json.loads(x) for x in fh if x.strip()]
    texts, clean = {}, {}
    for rec in labels:
        with open(os.path.join(CASES, rec['case']), encoding='utf-8') as fh:
            texts[rec['case']] = fh.read()
    for rec in labels:
        if rec['clean']:
            clean[rec['source']] = texts[rec['case']]
    files = sorted(x for x in os.listdir(CASES) if x.endswith('.txt'))
    if files != sorted(texts):
        fail('cases/ and labels.jsonl list different files')
    count = {c: 0 for c in CODES}
    for rec in labels:
        name, text = rec['case'], texts[rec['case']]
        if rec['clean']:
            if rec['expected'] or name != f"{rec['source']}-clean.txt":
                fail(f'{name}: clean case with expectations')
            continue
        if len(rec['expected']) != 1:
            fail(f'{name}: expected exactly one finding')
        base = clean[rec['source']]
        s, e_clean, e_case = diff_region(base, text)
        if text == base or e_case - s > 400 or e_clean - s > 400:
            fail(f'{name}: does not differ from the clean draft in one short place')
        for exp in rec['expected']:
            count[exp['code']] = count.get(exp['code'], 0) + 1
            if exp['code'] not in CODES or exp['severity'] != 'error':
                fail(f'{name}: unexpected code/severity {exp}')
            occ, k = [], text.find(exp['value'])
            while k >= 0:
                occ.append((k, k + len(exp['value'])))
                k = text.find(exp['value'], k + 1)
            if not occ:
                fail(f'{name}: value {exp["value"]!r} not in the case')
            elif not any(a < max(e_case, s + 1) and s < b for a, b in occ):
                fail(f'{name}: value {exp["value"]!r} does not cover the changed place')
    for c, n in count.items():
        if c in CODES and n < 2:
            fail(f'code {c} occurs {n} times')
    for src, text in sorted(clean.items()):
        check_clean(src, text)
    if len(clean) != 5:
        fail('expected five clean drafts')
    for m in FAIL:
        print('FAIL', m)
    print(f'{len(labels)} cases, {len(clean)} clean drafts, codes: ' + ', '.join(f'{c}={count[c]}' for c in CODES))
    if FAIL:
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
