#!/usr/bin/env python3
"""Verify the n114 set: labels vs cases, one-place edits, and the arithmetic of every clean draft."""
import json
import os
import re
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
CODES = ['rate_mismatch', 'balance_mismatch', 'sum_mismatch', 'score_sum_mismatch', 'score_exceeds_weight',
         'weight_sum_mismatch', 'grade_mismatch', 'average_mismatch', 'conflicting_values', 'implausible_rate',
         'unit_mismatch', 'year_mismatch', 'completion_mismatch']
NUM = re.compile(r'^\d+(?:\.\d+)?$')
problems = []


def fail(msg):
    problems.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding='utf-8') as fh:
        return fh.read()


def dec(s):
    return D(s.replace(',', '').rstrip('%'))


def decimals(s):
    s = s.replace(',', '').rstrip('%')
    return len(s.split('.')[1]) if '.' in s else 0


def close(computed, stated):
    """rules.md §8: stated value with d decimals vs computed value."""
    return abs(D(computed) - dec(stated)) <= D('0.5') * D(10) ** -decimals(stated) + D('1e-9')


def grade_of(total):
    t = D(total)
    return '优' if t >= 90 else '良' if t >= 80 else '中' if t >= 60 else '差'


class Draft:
    def __init__(self, src):
        self.src = src
        self.text = read(f'{src}-clean.txt')
        self.flat = self.text.replace('\n', '')
        self.lines = self.text.split('\n')

    def need(self, s):
        if s not in self.flat:
            fail(f'{self.src}: figure not found in text: {s!r}')

    def rate(self, num, den, stated, pct=True):
        """stated is a substring ending in the figure, e.g. '执行率92.33%'."""
        self.need(stated)
        fig = re.search(r'[\d,]+(?:\.\d+)?%?$', stated).group(0)
        val = D(str(num)) / D(str(den)) * (100 if pct else 1)
        if not close(val, fig):
            fail(f'{self.src}: {stated}: computed {val:.4f}')

    def eq(self, computed, stated_fig, what):
        if not close(D(str(computed)), stated_fig):
            fail(f'{self.src}: {what}: computed {computed}, stated {stated_fig}')

    def total(self, parts, stated_fig, what):
        self.eq(sum(D(str(p)) for p in parts), stated_fig, what)

    def mean(self, items, stated, what):
        self.need(stated)
        fig = re.search(r'[\d,]+(?:\.\d+)?%?', stated[::-1]).group(0)[::-1]
        self.eq(sum(D(str(i)) for i in items) / len(items), fig, what)

    # ---- generic checks of the 自评表 ----
    def table(self):
        L = self.lines
        i = next(k for k, l in enumerate(L) if l.startswith('年度资金总额 '))
        t = L[i].split()
        annual, spent, w_exec, rate, s_exec = t[2], t[3], t[4], t[5], t[6]
        r = dec(spent) / dec(annual) * 100
        if not close(r, rate):
            fail(f'{self.src}: 自评表 执行率 {rate} vs {r:.4f}')
        if dec(spent) > dec(annual):
            fail(f'{self.src}: spent above budget')
        cand = [D(w_exec) * min(r, D(100)) / 100, D(w_exec) * min(dec(rate), D(100)) / 100]
        if not any(close(c, s_exec) for c in cand):
            fail(f'{self.src}: execution score {s_exec} vs {cand}')
        # components of the funds block
        cols = [D(0), D(0), D(0)]
        k = i + 1
        while not L[k].startswith('年度总体目标'):
            parts = L[k].split()
            for c in range(3):
                v = parts[1 + c]
                cols[c] += D(0) if v == '—' else dec(v)
            k += 1
        for c in range(3):
            if cols[c] != dec(t[1 + c]):
                fail(f'{self.src}: funds column {c} components {cols[c]} vs total {t[1 + c]}')
        # indicator rows
        h = next(k for k, l in enumerate(L) if l.startswith('一级指标 '))
        rows, level, k = [], None, h + 1
        while not (L[k].startswith('总分 ') or L[k].startswith('合计 ')):
            parts = L[k].split()
            if parts[0] in ('产出指标', '效益指标', '满意度指标'):
                level = parts[0]
            nums = [p for p in parts if NUM.match(p)]
            w, s = dec(nums[-2]), dec(nums[-1])
            rows.append((level, w, s, L[k]))
            if s > w or s < 0:
                fail(f'{self.src}: score above weight: {L[k]}')
            k += 1
        tot = [p for p in L[k].split() if NUM.match(p)]
        tw, ts = dec(tot[-2]), dec(tot[-1])
        sw = D(w_exec) + sum(r[1] for r in rows)
        ss = dec(s_exec) + sum(r[2] for r in rows)
        if sw != 100 or tw != 100:
            fail(f'{self.src}: weights sum {sw}, stated {tw}')
        if ss != ts:
            fail(f'{self.src}: scores sum {ss}, stated {ts}')
        # text statements of the level scores and the total
        m = re.search(r'预算执行率得([\d.]+)分', self.flat)
        if not m or dec(m.group(1)) != dec(s_exec):
            fail(f'{self.src}: text execution score')
        for lv in ('产出指标', '效益指标', '满意度指标'):
            m = re.search(lv + r'得([\d.]+)分', self.flat)
            sub = sum(r[2] for r in rows if r[0] == lv)
            if not m or dec(m.group(1)) != sub:
                fail(f'{self.src}: text {lv} score {m and m.group(1)} vs rows {sub}')
        m = re.search(r'自评总分([\d.]+)分', self.flat)
        if not m or dec(m.group(1)) != ts:
            fail(f'{self.src}: text total {m and m.group(1)} vs table {ts}')
        # grade, wherever it is stated
        g = grade_of(ts)
        found = re.findall(r'评价等级为“(.+?)”|评价结论 (\S+)|评价等级 (\S+)', self.flat)
        if not found:
            fail(f'{self.src}: no grade')
        for f in found:
            word = ''.join(f)
            if word[0] != g:
                fail(f'{self.src}: grade {word} vs total {ts} ({g})')
        self.rows = rows
        return rows

    def details(self):
        """count x standard = amount for every detail-table row written that way."""
        n = 0
        for l in self.lines:
            p = l.split()
            if len(p) >= 4 and NUM.match(p[-1]) and NUM.match(p[-3]):
                std = p[-2][:-len('元/人·年')] if p[-2].endswith('元/人·年') else p[-2]
                if NUM.match(std) and '.' not in p[-1] and '.' not in std and '.' not in p[-3]:
                    n += 1
                    if int(p[-3]) * int(std) != int(p[-1]):
                        fail(f'{self.src}: {l}: {p[-3]} x {std} != {p[-1]}')
        return n


def score(w, target, actual):
    return D(w) * min(D(str(actual)) / D(str(target)), D(1))


def check_anyue(d):
    d.table(); assert d.details() == 10
    cnt = [36, 92, 684, 46, 18, 35, 22, 168, 1236, 57]
    amt = [1696320, 3003800, 8454240, 881360, 277560, 521500, 300740, 920640, 7267680, 335160]
    d.need('合计 — 2394 — 23659000')
    d.total(cnt, '2394', 'persons'); d.total(amt, '23659000', 'amount 元')
    d.eq(D(23659000) / 10000, '2365.90', '元 -> 万元'); d.need('2,365.90万元'); d.need('23,659,000元')
    for s in ('中央财政提前下达1,650.00万元', '省级财政提前下达380.00万元', '县级财政年初安排260.00万元',
              '年初预算2,290.00万元', '中央第二批资金62.00万元', '省级补助资金20.00万元', '追加15.00万元',
              '调整后全年预算2,387.00万元', '中央1,712.00万元、省级400.00万元、县级275.00万元',
              '中央和省级资金2,112.00万元全部支出', '县级资金支出253.90万元', '结余21.10万元',
              '结转至2019年', '截至2018年12月31日'):
        d.need(s)
    d.total([1650, 380, 260], '2290.00', '年初'); d.total([2290, 62, 20, 15], '2387.00', '全年')
    d.total([1650, 62], '1712.00', '中央'); d.total([380, 20], '400.00', '省级'); d.total([260, 15], '275.00', '县级')
    d.total([1712, 400, 275], '2387.00', '全年 by level'); d.total([1712, 400], '2112.00', '中央+省')
    d.total(['2112.00', '253.90'], '2365.90', 'spent by level')
    d.rate(2387, 2387, '资金到位率100%'); d.rate('2365.90', '2387', '预算执行率99.12%')
    d.rate('253.90', '275', '执行率92.33%')
    d.eq(D('275') - D('253.90'), '21.10', '县级结余'); d.eq(D('2387') - D('2365.90'), '21.10', '结余')
    d.need('第一季度591.47万元、第二季度591.47万元、第三季度591.47万元、第四季度591.49万元（含全年尾差调整），合计2,365.90万元')
    d.total(['591.47', '591.47', '591.47', '591.49'], '2365.90', 'quarters')
    d.need('2017年全县发放抚恤补助2,198.40万元，本年增加167.50万元，增长7.62%')
    d.eq(D('2365.90') - D('2198.40'), '167.50', 'increase'); d.rate('167.50', '2198.40', '增长7.62%')
    d.need('较年度目标2,350人多44人'); d.eq(2394 - 2350, '44', 'over target'); d.rate(2394, 2350, '完成率101.87%')
    d.need('人均年抚恤金达到4.71万元'); d.eq(D(47120) / 10000, '4.71', 'per person 1-4')
    d.need('烈士遗属年抚恤金达到1.92万元'); d.eq(D(19160) / 10000, '1.92', 'per person 烈属')
    d.rate(289, 300, '回收率96.33%'); d.rate(279, 289, '优抚对象满意度96.54%')
    d.eq(score(10, 100, 75), '7.5', '时效 score')
    d.need('优抚对象满意度 ≥ 90 % 96.54 10 10'); d.need('发放抚恤补助2365.90万元')


def check_xuanwei(d):
    d.table(); assert d.details() == 4
    d.need('合计 4891 — 17986500')
    d.total([214, 1527, 86, 128, 2936], '4891', 'persons')
    d.need('农村籍60周岁以上退役士兵 2936 540元/服役年·年 5314140')
    d.eq(9841 * 540, '5314140', 'service years x 540'); d.need('9,841年×540元=5,314,140元')
    d.eq(45 * 12, '540', 'monthly 45'); d.mean([D(9841) / 2936], '人均服役3.35年', 'service years per person')
    d.total([1335360, 10078200, 567600, 691200, 5314140], '17986500', 'amount 元')
    d.eq(D(17986500) / 10000, '1798.65', '元 -> 万元'); d.need('1,798.65万元')
    rows = {'中央财政': ('1380.00', '1420.00', '1420.00', '1420.00', '100.00%'),
            '省级财政': ('220.00', '236.00', '236.00', '236.00', '100.00%'),
            '曲靖市级': ('40.00', '48.00', '48.00', '48.00', '100.00%'),
            '宣威市本级': ('120.00', '125.00', '125.00', '94.65', '75.72%'),
            '上年结转': ('0.00', '0.00', '0.00', '0.00', '—')}
    for k, v in rows.items():
        d.need(k + ' ' + ' '.join(v))
        if v[4] != '—':
            d.rate(v[3], v[1], v[4])
    d.need('合计 1760.00 1829.00 1829.00 1798.65 98.34%')
    for c, tot in enumerate(['1760.00', '1829.00', '1829.00', '1798.65']):
        d.total([v[c] for v in rows.values()], tot, f'表2 column {c}')
    d.rate('1798.65', '1829', '预算执行率98.34%'); d.rate(1829, 1829, '到位率100%')
    d.need('年初预算1,760.00万元，其中中央财政资金1,380.00万元已于2019年12月提前下达')
    d.need('结余30.35万元'); d.eq(D('1829') - D('1798.65'), '30.35', '结余'); d.eq(D('125') - D('94.65'), '30.35', '市本级结余')
    d.need('超过年度目标91人'); d.eq(4891 - 4800, '91', 'over target')
    d.mean([100, 100, '98.50', 100, '99.00', 100], '平均99.58%', 'spot-check accuracy')
    d.mean(['97.20', '96.50', '98.10', '95.80'], '平均96.90%', 'satisfaction')
    d.need('人均约3,677元')
    if abs(D(17986500) / 4891 - 3677) > 1:
        fail('xuanwei: 人均约3,677元')
    comp = [('≥4800人 4891人 101.90%', 4891, 4800), ('100% 100% 100.00%', 100, 100),
            ('≥98% 96% 97.96%', 96, 98), ('≥95% 100% 105.26%', 100, 95),
            ('=6600元/人·年 6600元/人·年 100.00%', 6600, 6600), ('≥95% 92.00% 96.84%', 92, 95),
            ('≥90% 96.90% 107.67%', '96.90', 90)]
    for s, a, t in comp:
        d.rate(a, t, s)
    d.eq(score(10, 98, 96), '9.80', '档案 score'); d.eq(score(15, 95, 92), '14.53', '知晓率 score')
    d.need('结转2021年'); d.need('满意度96.90%')


def check_fengdu(d):
    d.table(); assert d.details() == 6
    d.total([352, 74, 60], '486', 'households'); d.need('小计 486 — 9876100')
    d.total([6497920, 2049060, 1329120], '9876100', '小计 元')
    d.total([9876100, 205000, 6000, 27000], '10114100', '合计 元'); d.need('合计 — — 10114100')
    d.eq(D(10114100) / 10000, '1011.41', '元 -> 万元')
    d.eq(D(18460) * D('1.5'), '27690', '加发50%'); d.eq(D(18460) * D('1.2'), '22152', '加发20%')
    d.need('每年18,460元'); d.need('=18460元/人·年 18460元/人·年'); d.need('标准为18,460元/人·年')
    d.need('2022年全县共为486户义务兵家庭发放优待金，其中普通义务兵家庭352户、大学毕业生义务兵家庭74户、在校大学生义务兵家庭60户')
    d.need('全年为486户义务兵家庭发放优待金，超过480户'); d.need('≥480户 486户')
    d.need('年初预算1,200.00万元'); d.need('补助资金120.00万元'); d.need('2021年结转资金84.60万元')
    d.need('全年预算调整为1,404.60万元'); d.total([1200, 120, '84.60'], '1404.60', '全年预算')
    d.need('县级财政资金实际拨付1,150.00万元，另有50.00万元'); d.eq(1200 - 1150, '50.00', '未到位')
    d.need('全年实际到位资金1,354.60万元'); d.total([1150, 120, '84.60'], '1354.60', '到位')
    d.rate('1354.60', '1404.60', '资金到位率96.44%')
    d.need('全年实际支出1,011.41万元'); d.rate('1011.41', '1404.60', '预算执行率72.01%')
    d.need('结余343.19万元'); d.eq(D('1354.60') - D('1011.41'), '343.19', '结余')
    d.need('兑现奖励金3.30万元'); d.eq(D(6000 + 27000) / 10000, '3.30', 'awards'); d.total([1, 9], '10', 'award persons')
    d.mean([12, 9, 15, 10, 14], '平均每个乡镇12户', 'visits')
    d.rate(233, 250, '满意度93.20%')
    d.eq(score(10, 95, 50), '5.26', '时效'); d.eq(score(10, 90, 85), '9.44', '知晓率'); d.eq(score(10, 95, '93.2'), '9.81', '满意度')
    d.need('截至2022年12月31日'); d.need('结转至2023年')


def check_quxian(d):
    d.table(); assert d.details() == 12
    g1 = ([40, 104, 812, 52, 21, 40], [2318400, 4156880, 12277440, 1349920, 442260, 807600], '一、抚恤补助 1069 — 21352500')
    g2 = ([9, 194, 1388, 64], [170820, 1625720, 11631440, 536320], '二、定期生活补助 1655 — 13964300')
    for c, a, line in (g1, g2):
        d.need(line)
        d.total(c, line.split()[1], 'group persons'); d.total(a, line.split()[3], 'group amount')
    d.need('三、义务兵家庭优待金 518 — 11513700'); d.total([10256400, 1257300], '11513700', '优待金')
    d.total([21352500, 13964300, 11513700], '46830500', '合计 元'); d.need('合计 — — 46830500')
    d.eq(D(46830500) / 10000, '4683.05', '元 -> 万元'); d.need('4,683.05万元')
    d.total([1069, 1655], '2724', 'persons'); d.need('共2,724人'); d.need('2724名')
    d.eq(D(19800) / 2, '9900', '加发50%'); d.need('每人每年加发9,900元')
    for s in ('年初预算4,520.00万元', '中央财政提前下达2,900.00万元', '省级财政提前下达460.00万元',
              '县级财政安排1,160.00万元', '中央追加180.00万元、省级追加30.00万元', '追加20.00万元',
              '调整后全年预算4,750.00万元', '中央3,080.00万元、省级490.00万元、县级1,180.00万元'):
        d.need(s)
    d.total([2900, 460, 1160], '4520.00', '年初'); d.total([4520, 180, 30, 20], '4750.00', '全年')
    d.total([2900, 180], '3080', '中央'); d.total([460, 30], '490', '省'); d.total([1160, 20], '1180', '县')
    d.total([3080, 490, 1180], '4750', 'by level'); d.total([2160, 1410], '3570', 'sub 1+2 = 中央+省')
    d.eq(3080 + 490, '3570', '中央+省')
    sub = [('重点优抚对象抚恤补助 中央、省级 2160.00 2135.25 98.85%', '2135.25', '2160'),
           ('优抚对象定期生活补助 中央、省级 1410.00 1396.43 99.04%', '1396.43', '1410'),
           ('义务兵家庭优待金 县级 1180.00 1151.37 97.57%', '1151.37', '1180'),
           ('合计 — 4750.00 4683.05 98.59%', '4683.05', '4750')]
    for s, a, b in sub:
        d.rate(a, b, s)
    d.total([2160, 1410, 1180], '4750.00', '表2 budget'); d.total(['2135.25', '1396.43', '1151.37'], '4683.05', '表2 spent')
    d.eq(D('2135.25') / 10000 * 10000, '2135.25', 'sub1'); d.eq(D(21352500) / 10000, '2135.25', 'sub1 元')
    d.eq(D(13964300) / 10000, '1396.43', 'sub2 元'); d.eq(D(11513700) / 10000, '1151.37', 'sub3 元')
    d.rate(4750, 4750, '到位率100%'); d.rate('4683.05', '4750', '预算执行率98.59%')
    d.need('全年结余66.95万元'); d.eq(D('4750') - D('4683.05'), '66.95', '结余')
    d.need('中央和省级资金38.32万元'); d.eq(D('2160') - D('2135.25') + D('1410') - D('1396.43'), '38.32', '中央省结余')
    d.need('结余28.63万元'); d.eq(D('1180') - D('1151.37'), '28.63', '县级结余'); d.total(['38.32', '28.63'], '66.95', '结余 split')
    d.rate(1069, 1060, '年度目标1,060人，完成率100.85%'); d.rate(1655, 1640, '年度目标1,640人，完成率100.91%')
    d.rate(518, 510, '年度目标510人，完成率101.57%'); d.rate(93, 95, '完成率97.89%')
    d.rate(301, 310, '满意度97.10%'); d.rate(241, 250, '满意度96.40%')
    d.eq(score(8, 95, 93), '7.83', '知晓率'); d.need('按季度足额发放率 =100% 100% 8 8'); d.need('按季度足额发放率100%'); d.need('结转至2024年'); d.need('截至2023年12月31日')


def check_xiangyun(d):
    d.table(); assert d.details() == 6
    d.total([3742480, 3949120, 562520, 241080, 8000, 18000], '8521200', '合计 元'); d.need('合计 — — 8521200')
    d.eq(D(8521200) / 10000, '852.12', '元 -> 万元'); d.need('全年实际支出852.12万元')
    d.eq(D(22960) / 2, '11480', '加发50%'); d.eq(D(22960) * D('0.3'), '6888', '加发30%')
    d.need('每人每年22,960元；'); d.need('成本指标：优待金标准为每人每年22,960元，与年度目标一致'); d.need('每人每年11,480元'); d.need('每人每年6,888元'); d.need('优待金标准为每人每年22,960元')
    d.need('=22960元/人·年 22960元/人·年')
    d.need('在役义务兵335人，其中2023年入伍、服役第二年的163人，2024年入伍、服役第一年的172人')
    d.total([163, 172], '335', 'soldiers'); d.total([1, 6], '7', 'awards')
    d.need('年初预算840.00万元'); d.need('补助资金30.00万元'); d.need('全年预算调整为870.00万元')
    d.total([840, 30], '870.00', '全年'); d.rate(870, 870, '全年资金到位870.00万元，到位率100%')
    d.rate('852.12', '870', '预算执行率97.94%'); d.need('结余17.88万元'); d.eq(D('870') - D('852.12'), '17.88', '结余')
    d.need('第一、二季度各发放187.12万元'); d.need('第三季度发放236.44万元'); d.need('第四季度发放241.44万元（含立功受奖奖励2.60万元），全年合计852.12万元')
    d.total(['187.12', '187.12', '236.44', '241.44'], '852.12', 'quarters'); d.eq(D(8000 + 18000) / 10000, '2.60', 'awards 万元')
    d.rate(335, 330, '年度目标330人，完成率101.52%')
    d.need('2024年全县适龄青年参军报名1,295人，2023年为1,250人'); d.rate(1295 - 1250, 1250, '增长3.60%')
    d.rate('3.60', 5, '完成率72%'); d.eq(score(10, 5, '3.60'), '7.20', '增长率 score')
    d.rate(189, 200, '政策知晓率94.50%'); d.rate(244, 250, '满意度97.60%')
    d.need('2023年度满意度为96.80%，较上年提高0.80个百分点'); d.eq(D('97.60') - D('96.80'), '0.80', 'pp')
    d.need('≥5% 3.60% 10 7.20')


CHECKS = {'anyue-fuxu-2018': check_anyue, 'xuanwei-youfu-2020': check_xuanwei,
          'fengdu-youdaijin-2022': check_fengdu, 'quxian-youfu-2023': check_quxian,
          'xiangyun-youdaijin-2024': check_xiangyun}


def main():
    with open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith('.txt'))
    if sorted(l['case'] for l in labels) != files:
        fail('labels and case files differ')
    codes = Counter()
    for lab in labels:
        case = read(lab['case'])
        clean = read(lab['source'] + '-clean.txt')
        if lab['clean']:
            if lab['expected'] or case != clean:
                fail(f'{lab["case"]}: clean case with labels or edits')
            n = len(case)
            if not 3000 <= n <= 9000:
                fail(f'{lab["case"]}: length {n}')
            continue
        if len(lab['expected']) != 1:
            fail(f'{lab["case"]}: expected must hold one error')
        exp = lab['expected'][0]
        codes[exp['code']] += 1
        if exp['severity'] != 'error' or exp['code'] not in CODES:
            fail(f'{lab["case"]}: bad code/severity')
        # one contiguous difference
        p = 0
        while p < min(len(case), len(clean)) and case[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(case), len(clean)) - p and case[-1 - s] == clean[-1 - s]:
            s += 1
        a, b = case[p:len(case) - s], clean[p:len(clean) - s]
        if not (a or b) or len(a) > 120 or len(b) > 120:
            fail(f'{lab["case"]}: not a single small edit ({b!r} -> {a!r})')
        v = exp['value']
        occ = [m.start() for m in re.finditer(re.escape(v), case)]
        if not occ:
            fail(f'{lab["case"]}: value not in case: {v!r}')
        elif not any(o < len(case) - s and o + len(v) > p for o in occ):
            fail(f'{lab["case"]}: value does not cover the edit')
        if v in clean:
            fail(f'{lab["case"]}: value also in clean draft: {v!r}')
    for c in CODES:
        if codes[c] < 2:
            fail(f'code {c} used {codes[c]} times')
    for src, fn in CHECKS.items():
        d = Draft(src)
        try:
            fn(d)
        except Exception as exc:  # noqa: BLE001
            fail(f'{src}: check crashed: {exc!r}')
    if problems:
        for m in problems:
            print('FAIL', m)
        raise SystemExit(1)
    print(f'{len(labels)} cases, {sum(codes.values())} injected errors, codes: '
          + ', '.join(f'{c}={codes[c]}' for c in CODES))
    print('OK')


if __name__ == '__main__':
    main()
