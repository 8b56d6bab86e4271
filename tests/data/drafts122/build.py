#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of set n122 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in its clean
draft; the result is written to cases/<source>-eN.txt.  `value` is the substring of the
error case a checker's finding must overlap (it must occur in the error case).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

SOURCES = [
    'dongxiang-gongyang-2021',
    'xunhua-xianlajiao-2022',
    'zhongning-gouqi-2023',
    'weiyuan-zhongyaocai-2024',
    'gonghe-niuyang-2025',
]

EDITS = {
    'dongxiang-gongyang-2021': [
        dict(code='rate_mismatch',
             old='331.25  96.01%', new='331.25  96.10%',
             value='96.10%',
             explanation='表1 高效日光温室建设: 331.25 / 345.00 = 96.01%, row states 96.10% (digits transposed)'),
        dict(code='sum_mismatch',
             old='省级衔接资金320.00万元', new='省级衔接资金230.00万元',
             value='1,400.00万元，其中：中央衔接资金900.00万元、省级衔接资金230.00万元、县级衔接资金180.00万元',
             explanation='900.00 + 230.00 + 180.00 = 1310.00, not the stated 1,400.00 (provincial share is 250.00 + 70.00 = 320.00)'),
        dict(code='score_sum_mismatch',
             old='产出指标得分49.71分', new='产出指标得分49.17分',
             value='产出指标得分49.17分、效益指标得分29.47分、满意度指标得分10.00分，合计98.95分',
             explanation='9.77 + 49.17 + 29.47 + 10.00 = 98.41, not 98.95; the output rows of the table add up to 49.71'),
        dict(code='unit_mismatch',
             old='基础母羊补栏补助按每只800元标准', new='基础母羊补栏补助按每只800万元标准',
             value='每只800万元',
             explanation='per-head subsidy written in 万元: 7650只 x 800元 = 612.00万元 and the cost row says 800元/只; 800万元 is off by 10^4'),
        dict(code='year_mismatch',
             old='结转至2022年', new='结转至2021年',
             value='结转至2021年',
             explanation='2021 report: unspent money can only be carried over to 2022, not into the evaluation year itself'),
        dict(code='conflicting_values',
             old='带动脱贫户和监测户2,936户', new='带动脱贫户和监测户2,963户',
             value='2,963户',
             explanation='social-benefit text says 2,963 households, the 自评表 actual value is 2936户'),
    ],
    'xunhua-xianlajiao-2022': [
        dict(code='balance_mismatch',
             old='结余资金106.46万元', new='结余资金104.66万元',
             value='结余资金104.66万元',
             explanation='1020.00 - 913.54 = 106.46, stated 104.66'),
        dict(code='score_exceeds_weight',
             old='8   7.60 4户自建进度滞后\n                              加工设备安装          ≥6台（套）    2台（套）       5   1.67',
             new='8   1.67 4户自建进度滞后\n                              加工设备安装          ≥6台（套）    2台（套）       5   7.60',
             value='2台（套）       5   7.60',
             explanation='scores of two adjacent rows pasted one row off: 加工设备安装 now scores 7.60 against a weight of 5 (total unchanged)'),
        dict(code='weight_sum_mismatch',
             old='产出指标（50分）', new='产出指标（40分）',
             value='产出指标（40分）',
             explanation='10 + 40 + 30 + 10 = 90, not 100; the output rows of the table carry 50 points'),
        dict(code='average_mismatch',
             old='82.6%、89.3%', new='85.6%、89.3%',
             value='85.6%、89.3%，平均满意度为88.6%',
             explanation='(91.2 + 89.5 + 90.4 + 85.6 + 89.3) / 5 = 89.2%, stated average 88.6%'),
        dict(code='grade_mismatch',
             old='自评等级为良好', new='自评等级为优秀',
             value='自评等级为优秀',
             explanation='total 87.96 lies in the 80-90 band (良), not 优'),
        dict(code='completion_mismatch',
             old='完成年度目标的95.00%', new='完成年度目标的97.50%',
             value='完成年度目标的97.50%',
             explanation='76 / 80 暖棚 = 95.00%, stated 97.50%'),
    ],
    'zhongning-gouqi-2023': [
        dict(code='rate_mismatch',
             old='全年预算执行率98.34%', new='全年预算执行率98.43%',
             value='98.43%',
             explanation='1278.40 / 1300.00 = 98.34%, sentence states 98.43%'),
        dict(code='implausible_rate',
             old='冷链仓储94.6%', new='冷链仓储104.6%',
             value='冷链仓储104.6%',
             explanation='a satisfaction rate cannot exceed 100%'),
        dict(code='sum_mismatch',
             old='自治区提前下达250.00万元', new='自治区提前下达205.00万元',
             value='年初预算960.00万元，由2022年12月提前下达的中央资金560.00万元、自治区提前下达205.00万元和县级配套150.00万元',
             explanation='560.00 + 205.00 + 150.00 = 915.00, not 960.00 (and 205.00 + 100.00 != 350.00)'),
        dict(code='unit_mismatch',
             old='≥12套             12套', new='≥12套             100%',
             value='≥12套             100%',
             explanation='烘干设施 target is a count of sets (套), actual value given as a percentage'),
        dict(code='completion_mismatch',
             old='完成率98.00%', new='完成率96.00%',
             value='完成率96.00%',
             explanation='19,600 / 20,000 亩 = 98.00%, stated 96.00%'),
        dict(code='year_mismatch',
             old='截至2023年12月31日', new='截至2022年12月31日',
             value='截至2022年12月31日',
             explanation='2023 report: the year-end spending figure must be as of 2023-12-31'),
    ],
    'weiyuan-zhongyaocai-2024': [
        dict(code='balance_mismatch',
             old='差额39.74万元', new='差额37.94万元',
             value='差额37.94万元',
             explanation='950.50 - 910.76 = 39.74, stated 37.94'),
        dict(code='score_sum_mismatch',
             old='50  48.20', new='50  48.02',
             value='50  48.02',
             explanation='output rows add up to 48.20 (8+5+5.40+5+4.80+5+5+5+5), subtotal states 48.02; 9.58+48.02+30+10 = 97.60, not 97.78'),
        dict(code='weight_sum_mismatch',
             old='30     30', new='40     30',
             value='40     30',
             explanation='benefit subtotal weight 40 while its rows carry 10+10+10 = 30; weights now total 110'),
        dict(code='average_mismatch',
             old='平均亩产804公斤', new='平均亩产840公斤',
             value='812公斤、768公斤、845公斤、790公斤、805公斤，平均亩产840公斤',
             explanation='(812+768+845+790+805)/5 = 804, stated 840'),
        dict(code='conflicting_values',
             old='项目实际总成本910.76万元', new='项目实际总成本901.76万元',
             value='项目实际总成本901.76万元',
             explanation='actual total cost/spending is 910.76万元 everywhere else (funds text, tables, cost row)'),
        dict(code='score_exceeds_weight',
             old='1080万粒        6   5.40 网棚建成晚\n                              原原种繁育网棚        ≥60亩        60亩            5      5',
             new='1080万粒        6      5 网棚建成晚\n                              原原种繁育网棚        ≥60亩        60亩            5   5.40',
             value='60亩            5   5.40',
             explanation='scores of two adjacent rows swapped: 原原种繁育网棚 now scores 5.40 against a weight of 5 (total unchanged)'),
    ],
    'gonghe-niuyang-2025': [
        dict(code='implausible_rate',
             old='上年结转资金               0.00        0.00        0.00     —       —',
             new='上年结转资金               0.00        0.00        0.00     — 100.00%',
             value='0.00     — 100.00%',
             explanation='execution rate 100.00% printed for 上年结转资金 whose budget is 0.00 (rate on a zero base)'),
        dict(code='grade_mismatch',
             old='评价等级为“优”', new='评价等级为“良”',
             value='评价等级为“良”',
             explanation='total 90.03 is in the 90-100 band (优); lower bound inclusive'),
        dict(code='rate_mismatch',
             old='252.60  84.20%', new='252.60  82.40%',
             value='82.40%',
             explanation='加工生产线改造: 252.60 / 300.00 = 84.20%, row states 82.40%'),
        dict(code='completion_mismatch',
             old='46座          92.00%', new='46座          94.00%',
             value='94.00%',
             explanation='46 / 50 座 = 92.00%, completion column states 94.00%'),
        dict(code='unit_mismatch',
             old='州级衔接资金40.00万元', new='州级衔接资金400000万元',
             value='400000万元',
             explanation='a 元 figure labelled 万元: 860.00 + 270.00 + 40.00 + 50.00 = 1220.00 only with 400000元 = 40.00万元'),
        dict(code='balance_mismatch',
             old='未支出资金123.40万元', new='未支出资金132.40万元',
             value='未支出资金132.40万元',
             explanation='1220.00 - 1096.60 = 123.40, stated 132.40'),
    ],
}


def main():
    labels = []
    for src in SOURCES:
        clean_name = f'{src}-clean.txt'
        with open(os.path.join(CASES, clean_name), encoding='utf-8') as fh:
            clean = fh.read()
        labels.append({'case': clean_name, 'source': src, 'clean': True, 'expected': []})
        for i, e in enumerate(EDITS[src], 1):
            n = clean.count(e['old'])
            if n != 1:
                sys.exit(f'{src} e{i}: old string matches {n} times: {e["old"]!r}')
            text = clean.replace(e['old'], e['new'])
            if e['value'] not in text:
                sys.exit(f'{src} e{i}: value not in case: {e["value"]!r}')
            name = f'{src}-e{i}.txt'
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as fh:
                fh.write(text)
            labels.append({'case': name, 'source': src, 'clean': False,
                           'expected': [{'code': e['code'], 'severity': 'error',
                                         'value': e['value'], 'explanation': e['explanation']}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print(f'built {sum(1 for r in labels if not r["clean"])} error cases, {len(labels)} labels')


if __name__ == '__main__':
    main()
