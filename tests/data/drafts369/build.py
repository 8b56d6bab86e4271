#!/usr/bin/env python3
"""Build the 30 error cases and labels.jsonl from the five clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
Each error case gets one edit (one changed figure or word; the two score_exceeds_weight cases move
points between two adjacent table rows, so that the total still adds up).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

SC = 'sc-hejiang-jinyuxunhu-2019'
JX = 'jx-duchang-tuibuguodu-2020'
HB = 'hb-honghu-jinbuxunhang-2021'
HN = 'hn-huarong-tuibuyanglao-2022'
AH = 'ah-wangjiang-yuzhengzhan-bumen-2023'
SOURCES = [SC, JX, HB, HN, AH]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- sc-hejiang 2019 (Sichuan layout: 预算执行 10 + 绩效指标 90)
    (SC, 1, 'weight_sum_mismatch', 'table',
     '42人        +16.67%       8     8',
     '42人        +16.67%       10    8',
     '+16.67%       10',
     '护渔员配备人数 weight raised 8 -> 10: indicator weights now 92, with 预算执行率 10 the weights total 102, not the 100 of the 合计 row'),
    (SC, 2, 'score_exceeds_weight', 'table',
     '+1.5个百分点  8     8\n                    案率\n          时效指标  护渔员补助按季  100%        100%          100%        持平          8     8',
     '+1.5个百分点  8     9\n                    案率\n          时效指标  护渔员补助按季  100%        100%          100%        持平          8     7',
     '+1.5个百分点  8     9',
     '违法案件查处结案率 scored 9 against a weight of 8 (the next row 及时率 lowered 8 -> 7 so that the total still reads 96.92)'),
    (SC, 3, 'unit_mismatch', 'table',
     '1,085元     −6.14%',
     '1,085万元   −6.14%',
     '1,085万元',
     '单航次燃油及维修成本: target ≤1,200元 and last year 1,156元, actual written 1,085万元; 37.11万元 / 342航次 = 1,085元, so the actual is off by 10^4'),
    (SC, 4, 'rate_mismatch', 'prose',
     '执行率94.02%',
     '执行率94.20%',
     '执行率94.20%',
     '财政资金 103.42 / 110 = 94.02%, stated 94.20%'),
    (SC, 5, 'year_mismatch', 'prose',
     '结转至2020年',
     '结转至2019年',
     '结转至2019年',
     'the unspent 6.58万元 of the 2019 budget is carried over into 2019 itself; a carry-over must go to a later year (2020)'),
    (SC, 6, 'average_mismatch', 'prose',
     '人均领取1.30万元',
     '人均领取1.36万元',
     '人均领取1.36万元',
     '护渔员补助 54.72万元 / 42 名护渔员 = 1.30万元 per person, stated 1.36万元'),

    # --- jx-duchang 2020 (MOF outline, 完成率 column)
    (JX, 1, 'balance_mismatch', 'prose',
     '年末结余16.06万元',
     '年末结余16.60万元',
     '年末结余16.60万元',
     '到位 1,365.00 (800 + 400 + 165) - 执行 1,348.94 = 16.06万元, stated 16.60万元'),
    (JX, 2, 'sum_mismatch', 'prose',
     '工作经费18.26万元',
     '工作经费18.62万元',
     '工作经费18.62万元',
     'components 815.40 + 466.08 + 49.20 + 18.62 = 1,349.30, but 全年实际支出 is 1,348.94万元'),
    (JX, 3, 'conflicting_values', 'prose',
     '共核定退捕渔民2,718人',
     '共核定退捕渔民2,781人',
     '核定退捕渔民2,781人',
     'the number of 退捕渔民 is 2,781 in 项目概况 but 2,718 where the 过渡期生活补助 is paid (2,718 × 3,000元 = 815.40万元) and in the indicator table'),
    (JX, 4, 'completion_mismatch', 'table',
     '97.34%        102.46%',
     '97.34%        104.26%',
     '104.26%',
     '参保率 target ≥95%, actual 97.34%: completion 97.34 / 95 = 102.46%, stated 104.26%'),
    (JX, 5, 'score_sum_mismatch', 'table',
     '+180.93%      10    10',
     '+180.93%      10    9',
     '+180.93%      10    9',
     '回收处置退捕渔船 row scored 9: row scores now add to 97.23 (产出 48.46), but the 合计 row and the text give 98.23 (产出 49.46)'),
    (JX, 6, 'implausible_rate', 'table',
     '其他资金        0.00        0.00        0.00        —         —',
     '其他资金        0.00        0.00        0.00        —         100.00%',
     '—         100.00%',
     '其他资金 has a zero budget (0.00) yet shows 执行率 100.00%: a rate on a zero base'),

    # --- hb-honghu 2021 (Hubei layout: 预算执行 20 + 绩效指标 80)
    (HB, 1, 'grade_mismatch', 'prose',
     '评价等级为优秀',
     '评价等级为良好',
     '评价等级为良好',
     'total 97.95 is in the 优 band (≥90), stated 良好'),
    (HB, 2, 'unit_mismatch', 'prose',
     '无人机3台126,000元',
     '无人机3台126,000万元',
     '无人机3台126,000万元',
     '执法装备购置 18.40万元 = 12.60万元 (126,000元) + 5.80万元 (58,000元); the drone amount is labelled 万元, off by 10^4'),
    (HB, 3, 'implausible_rate', 'prose',
     '巡航频次的满意度为97.3%',
     '巡航频次的满意度为107.3%',
     '满意度为107.3%',
     'a satisfaction rate above 100%'),
    (HB, 4, 'rate_mismatch', 'table',
     '176.35      —     95.32%',
     '176.35      —     93.52%',
     '93.52%',
     '当年财政拨款 执行率 176.35 / 185.00 = 95.32%, stated 93.52%'),
    (HB, 5, 'sum_mismatch', 'table',
     '当年财政拨款  150.00',
     '当年财政拨款  105.00',
     '当年财政拨款  105.00',
     '年初预算数 column: 105.00 + 12.80 + 0.00 = 117.80, but 年度资金总额 年初 is 162.80 (and 185.00 - 35 追加 = 150)'),
    (HB, 6, 'year_mismatch', 'table',
     '（2021年度）',
     '（2020年度）',
     '（2020年度）',
     'the 自评表 is headed 2020年度 while the report, its budget and its figures are for 2021'),

    # --- hn-huarong 2022 (Hunan outline, 完成率 column)
    (HN, 1, 'average_mismatch', 'prose',
     '人均补贴2,692元',
     '人均补贴2,962元',
     '人均补贴2,962元',
     '768.96万元 / 2,856人 = 2,692元 per person, stated 2,962元'),
    (HN, 2, 'conflicting_values', 'prose',
     '已有412名',
     '已有421名',
     '已有421名退捕渔民',
     'text says 421 退捕渔民 draw a monthly pension, the indicator table gives 412人 (completion 103.00%, +15.73% on 356)'),
    (HN, 3, 'sum_mismatch', 'prose',
     '县级配套280万元',
     '县级配套250万元',
     '县级配套250万元',
     '省级 520 + 县级 250 = 770, stated 合计800万元 (also 年初 555.36 ≠ 260 + 250 + 15.36)'),
    (HN, 4, 'completion_mismatch', 'table',
     '412人         103.00%',
     '412人         130.00%',
     '130.00%',
     '按月领取养老金人数 target ≥400人, actual 412人: completion 103.00%, stated 130.00%'),
    (HN, 5, 'score_exceeds_weight', 'table',
     '15    12.5   县级配套依赖年\n          响指标    障长效机制                                                                                     度预算，需建立\n                                                                                                                   稳定投入机制\n满意度指  服务对象  退捕渔民满意度  ≥90%          88.6%         98.44%    90.3%         −1.7个百分点  10    9.84   部分渔民期望提',
     '15    11.84  县级配套依赖年\n          响指标    障长效机制                                                                                     度预算，需建立\n                                                                                                                   稳定投入机制\n满意度指  服务对象  退捕渔民满意度  ≥90%          88.6%         98.44%    90.3%         −1.7个百分点  10    10.50  部分渔民期望提',
     '−1.7个百分点  10    10.50',
     '退捕渔民满意度 scored 10.50 against a weight of 10 (the 长效机制 row above lowered 12.5 -> 11.84 so that the total still reads 96.89)'),
    (HN, 6, 'weight_sum_mismatch', 'table',
     '94.86%        +1.53个百分   15    15',
     '94.86%        +1.53个百分   16    15',
     '+1.53个百分   16',
     '参保率 weight 15 -> 16: 效益 weights 31, all weights (incl. 预算执行 10) total 101, not 100'),

    # --- ah-wangjiang 2023 (部门整体支出)
    (AH, 1, 'score_sum_mismatch', 'prose',
     '产出指标得分49.79分',
     '产出指标得分48.79分',
     '产出指标得分48.79分',
     '9.68 + 48.79 + 27.34 + 9.92 = 95.73, stated 总分96.73 (the 产出 rows of the table add to 49.79)'),
    (AH, 2, 'rate_mismatch', 'prose',
     '社保补助执行率93.67%',
     '社保补助执行率96.37%',
     '社保补助执行率96.37%',
     '退捕渔民就业帮扶及社保补助 251.50 / 268.50 = 93.67%, stated 96.37%'),
    (AH, 3, 'unit_mismatch', 'prose',
     '珍稀鱼类苗种7.60万元',
     '珍稀鱼类苗种7.60元',
     '珍稀鱼类苗种7.60元',
     '27.40万元 = 19.80万元 + 7.60万元; the second part is written 7.60元, off by 10^4'),
    (AH, 4, 'grade_mismatch', 'table',
     '评价等级：优',
     '评价等级：良',
     '评价等级：良',
     'the 合计 row of the 自评表 gives 96.73 (优 band) with 评价等级：良'),
    (AH, 5, 'balance_mismatch', 'table',
     '251.50    10.50',
     '251.50    10.05',
     '251.50    10.05',
     '退捕渔民就业帮扶及社保补助: 到位 262.00 - 支出 251.50 = 10.50, 结转结余 column says 10.05'),
    (AH, 6, 'conflicting_values', 'table',
     '≥24次         27次',
     '≥24次         25次',
     '≥24次         25次',
     '联合执法行动次数 is 25次 in the 自评表 but 27次 in the text (三、（一）)'),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f'{src}-clean.txt'), encoding='utf-8') as fh:
            clean = fh.read()
        labels.append({'case': f'{src}-clean.txt', 'source': src, 'clean': True, 'expected': []})
        mine = sorted((e for e in EDITS if e[0] == src), key=lambda e: e[1])
        assert [e[1] for e in mine] == [1, 2, 3, 4, 5, 6], (src, [e[1] for e in mine])
        for (_, n, code, where, old, new, value, expl) in mine:
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f'{src}-e{n}: old string matches {cnt} times: {old!r}')
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f'{src}-e{n}: value not in error case: {value!r}')
            name = f'{src}-e{n}.txt'
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as fh:
                fh.write(text)
            labels.append({'case': name, 'source': src, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value,
                                         'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + '\n')
    print(f'built {len(labels)} cases ({sum(1 for l in labels if not l["clean"])} with errors)')


if __name__ == '__main__':
    main()
