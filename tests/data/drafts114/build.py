#!/usr/bin/env python3
"""Build the n114 error cases and labels.jsonl from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is either a literal substring of the error case, or a (start, end) pair of markers: the
label value is then the case text from the first occurrence of start through the end marker that
follows it.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

SOURCES = ['anyue-fuxu-2018', 'xuanwei-youfu-2020', 'fengdu-youdaijin-2022',
           'quxian-youfu-2023', 'xiangyun-youdaijin-2024']

EDITS = {
    'anyue-fuxu-2018': [
        dict(code='rate_mismatch',
             old='执行率92.33%', new='执行率93.23%', value='执行率93.23%',
             explanation='县级资金执行率 = 253.90 / 275.00 = 92.33%, stated 93.23%'),
        dict(code='sum_mismatch',
             old='第三季度591.47万元', new='第三季度519.47万元',
             value=('第一季度', '合计2,365.90万元'),
             explanation='quarterly payments 591.47 + 591.47 + 519.47 + 591.49 = 2,293.90, stated total 2,365.90'),
        dict(code='score_exceeds_weight',
             old='75 10 7.5 一季度信息比对延迟，发放推迟\n产出指标 成本指标 抚恤补助资金支出 ≤ 2387 万元 2365.90 10 10 —',
             new='75 10 5 一季度信息比对延迟，发放推迟\n产出指标 成本指标 抚恤补助资金支出 ≤ 2387 万元 2365.90 10 12.5 —',
             value='2365.90 10 12.5',
             explanation='成本指标 row scored 12.5 against a weight of 10 (the 时效 row was lowered to 5 so the total still reads 97.41)'),
        dict(code='grade_mismatch',
             old='评价结论 优秀', new='评价结论 良好', value='评价结论 良好',
             explanation='total 97.41 lies in the 优 band (>= 90); the table says 良好'),
        dict(code='unit_mismatch',
             old='23,659,000元', new='23,659,000万元', value='23,659,000万元',
             explanation='the 表1 total 23,659,000 元 (= 2,365.90万元) written with the unit 万元: off by 10^4'),
        dict(code='year_mismatch',
             old='结转至2019年', new='结转至2018年', value='结转至2018年',
             explanation='the unspent part of the 2018 budget is carried forward to 2018 itself; must be a later year (2019)'),
    ],
    'xuanwei-youfu-2020': [
        dict(code='balance_mismatch',
             old='结余30.35万元', new='结余30.53万元', value='结余30.53万元',
             explanation='1,829.00 received - 1,798.65 spent = 30.35, stated 30.53'),
        dict(code='score_sum_mismatch',
             old='15 14.53 偏远', new='15 14.35 偏远',
             value=('14.35', '合计 — — — — 100 99.16'),
             explanation='row scores now sum to 98.98 (优抚政策知晓率 14.35), stated total 99.16'),
        dict(code='weight_sum_mismatch',
             old='105.26% 5 5 无', new='105.26% 6 5 无',
             value=('105.26% 6 5', '合计 — — — — 100 99.16'),
             explanation='weights now total 101 (时效 row 6 instead of 5; 产出 rows 51 against 50), stated 100'),
        dict(code='average_mismatch',
             old='99.58%', new='99.85%', value='99.85%',
             explanation='(100 + 100 + 98.50 + 100 + 99.00 + 100) / 6 = 99.58%, stated 99.85%'),
        dict(code='implausible_rate',
             old='上年结转 0.00 0.00 0.00 0.00 —', new='上年结转 0.00 0.00 0.00 0.00 100.00%',
             value='上年结转 0.00 0.00 0.00 0.00 100.00%',
             explanation='execution rate 100.00% printed on a zero base (上年结转 budget 0.00)'),
        dict(code='completion_mismatch',
             old='4891人 101.90%', new='4891人 101.09%', value='≥4800人 4891人 101.09%',
             explanation='4,891 / 4,800 = 101.90%, stated 101.09%'),
    ],
    'fengdu-youdaijin-2022': [
        dict(code='rate_mismatch',
             old='资金到位率96.44%', new='资金到位率94.64%', value='资金到位率94.64%',
             explanation='到位率 = 1,354.60 / 1,404.60 = 96.44%, stated 94.64%'),
        dict(code='conflicting_values',
             old='1.数量指标。全年为486户', new='1.数量指标。全年为496户', value='全年为496户',
             explanation='households paid are 486 in 一（一）, 表1 小计 and the 自评表, 496 here'),
        dict(code='sum_mismatch',
             old='1320.00 926.81', new='1320.00 962.81',
             value=('年度资金总额 1200.00', '上年结转资金 0.00 84.60 84.60'),
             explanation='全年执行数 components 962.81 + 84.60 + 0.00 = 1,047.41, 年度资金总额 1,011.41'),
        dict(code='unit_mismatch',
             old='优待金发放户数 ≥480户 486户', new='优待金发放户数 ≥480户 100%', value='≥480户 100%',
             explanation='target in 户, actual given as a percentage: completion cannot be computed'),
        dict(code='year_mismatch',
             old='截至2022年12月31日', new='截至2021年12月31日', value='截至2021年12月31日',
             explanation='the 2022 spending (1,011.41万元) is reported as of 2021-12-31 in a 2022 report'),
        dict(code='average_mismatch',
             old='平均每个乡镇\n12户', new='平均每个乡镇\n13户', value='平均每个乡镇\n13户',
             explanation='(12 + 9 + 15 + 10 + 14) / 5 = 12 households, stated 13'),
    ],
    'quxian-youfu-2023': [
        dict(code='balance_mismatch',
             old='结余28.63万元', new='结余26.83万元', value='结余26.83万元',
             explanation='优待金 1,180.00 - 1,151.37 = 28.63, stated 26.83'),
        dict(code='score_sum_mismatch',
             old='93% 8 7.83 宣传存在盲区', new='93% 8 7.38 宣传存在盲区',
             value=('8 7.38', '合计 100 98.69'),
             explanation='row scores now sum to 98.24 (知晓率 7.38), stated total 98.69'),
        dict(code='score_exceeds_weight',
             old='10 9 部分高龄、重残对象困难仍较突出\n效益指标 社会效益指标 优抚政策知晓率 ≥95% 93% 8 7.83',
             new='10 8 部分高龄、重残对象困难仍较突出\n效益指标 社会效益指标 优抚政策知晓率 ≥95% 93% 8 8.83',
             value='93% 8 8.83',
             explanation='知晓率 row scored 8.83 against a weight of 8 (the row above was lowered to 8 so the total still reads 98.69)'),
        dict(code='weight_sum_mismatch',
             old='优抚对象满意度 ≥95% 97.10% 8 8 —', new='优抚对象满意度 ≥95% 97.10% 10 8 —',
             value=('97.10% 10 8', '合计 100 98.69'),
             explanation='weights now total 102 (优抚对象满意度 10 instead of 8; 满意度 rows 17 against 15), stated 100'),
        dict(code='completion_mismatch',
             old='完成率100.91%', new='完成率100.19%', value='年度目标1,640人，完成率100.19%',
             explanation='1,655 / 1,640 = 100.91%, stated 100.19%'),
        dict(code='implausible_rate',
             old='按季度足额发放率 =100% 100%', new='按季度足额发放率 =100% 125%',
             value='按季度足额发放率 =100% 125%',
             explanation='a 足额发放率 of 125% is impossible (the Q3 back pay counted as a fifth payment); text says 100%'),
    ],
    'xiangyun-youdaijin-2024': [
        dict(code='grade_mismatch',
             old='评价等级为“优”', new='评价等级为“良”', value='评价等级为“良”',
             explanation='total 96.99 lies in the 优 band (>= 90)'),
        dict(code='conflicting_values',
             old='4.成本指标：优待金标准为每人每年22,960元', new='4.成本指标：优待金标准为每人每年22,690元',
             value='每人每年22,690元',
             explanation='the 2024 优待金 standard is 22,960元/人·年 in 一（一）, 表1 and the 自评表, 22,690 here'),
        dict(code='rate_mismatch',
             old='全年资金到位870.00万元，到位率100%', new='全年资金到位870.00万元，到位率96.55%',
             value='到位率96.55%',
             explanation='到位率 = 870.00 / 870.00 = 100%, stated 96.55% (840/870)'),
        dict(code='balance_mismatch',
             old='结余17.88万元', new='结余18.78万元', value='结余18.78万元',
             explanation='870.00 - 852.12 = 17.88, stated 18.78'),
        dict(code='completion_mismatch',
             old='101.52%', new='101.25%', value='101.25%',
             explanation='335 / 330 = 101.52%, stated 101.25%'),
        dict(code='unit_mismatch',
             old='≥5% 3.60%', new='≥5% 45人', value='≥5% 45人',
             explanation='target is a growth rate in %, actual given as a head count (人)'),
    ],
}


def resolve_value(text, value):
    if isinstance(value, tuple):
        start, end = value
        i = text.index(start)
        j = text.index(end, i) + len(end)
        return text[i:j]
    return value


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f'{src}-clean.txt'), encoding='utf-8') as fh:
            clean = fh.read()
        labels.append({'case': f'{src}-clean.txt', 'source': src, 'clean': True, 'expected': []})
        for n, e in enumerate(EDITS[src], 1):
            cnt = clean.count(e['old'])
            if cnt != 1:
                raise SystemExit(f'{src}-e{n}: old string matches {cnt} times: {e["old"]!r}')
            case = clean.replace(e['old'], e['new'])
            value = resolve_value(case, e['value'])
            if value not in case:
                raise SystemExit(f'{src}-e{n}: value not in case: {value!r}')
            name = f'{src}-e{n}.txt'
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as fh:
                fh.write(case)
            labels.append({'case': name, 'source': src, 'clean': False,
                           'expected': [{'code': e['code'], 'severity': 'error', 'value': value,
                                         'explanation': e['explanation']}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + '\n')
    print(f'built {len(labels)} cases ({sum(not l["clean"] for l in labels)} with errors)')


if __name__ == '__main__':
    main()
