#!/usr/bin/env python3
"""Write cases/<id>-e1..e6.txt and labels.jsonl from the clean drafts and the edit list below.
Each edit replaces one unique snippet `old` of the clean draft by `new` (one contiguous change, <= 40 chars).
`value` is either an explicit substring of the error case or ROW: the whole table row(s) touched by the edit
(PDF copies: the cell lines between blank lines, page footers excluded; HTML: the <tr>…</tr> block)."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
ROW = 'ROW'
FOOTER = re.compile(r'^(— \d+ —|第 \d+ 页，共 \d+ 页|- \d+ -|第\d+页)$')

PROJECTS = ['jx-chongyi-yangling-2018', 'hn-huangsang-bhq-bumen-2020', 'sc-yingjing-baohudi-2021',
            'jl-jiaohe-lafashan-2023', 'hb-zhushan-baohudi-2025']

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    ('jx-chongyi-yangling-2018', 1, 'rate_mismatch', 'funds block, 当年财政拨款 执行率',
     '206.58\n—\n93.90%', '206.58\n—\n96.90%', ROW,
     '当年财政拨款 206.58 / 220.00 = 93.90%, stated 96.90%'),
    ('jx-chongyi-yangling-2018', 2, 'balance_mismatch', 'prose 资金结余',
     '年末结余14.02万元', '年末结余12.04万元', '年末结余12.04万元',
     '全年预算 232.00 − 实际支出 217.98 = 14.02 (all funds received), stated 12.04'),
    ('jx-chongyi-yangling-2018', 3, 'score_exceeds_weight', 'indicator table, 巡护里程 score (+ next row)',
     '9366公里\n8\n8\n\n游步道维护长度\n≥18公里\n16.5公里\n8\n7.33',
     '9366公里\n8\n8.5\n\n游步道维护长度\n≥18公里\n16.5公里\n8\n6.83', ROW,
     '巡护里程 scored 8.5 against a weight of 8 (游步道 lowered 7.33 → 6.83 in the same span, so the 98.73 total '
     'and the 产出 subtotal 49.33 still hold)'),
    ('jx-chongyi-yangling-2018', 4, 'grade_mismatch', 'prose 自评结论',
     '评价等级为“优”', '评价等级为“良”', '评价等级为“良”',
     'total 98.73 is in the 优 band (≥ 90), stated 良'),
    ('jx-chongyi-yangling-2018', 5, 'year_mismatch', 'prose 结余 carried over',
     '转至2019年，继续用于', '转至2018年，继续用于', '转至2018年，继续用于游步道修复',
     'unspent 2018 money carried over to 2018 itself; must go to a later year (2019)'),
    ('jx-chongyi-yangling-2018', 6, 'implausible_rate', 'funds block, 上年结转资金 执行率',
     '上年结转资金\n0.00\n0.00\n0.00\n—\n—\n—', '上年结转资金\n0.00\n0.00\n0.00\n—\n100.00%\n—', ROW,
     'execution rate 100.00% printed on a 0.00 budget (no carry-over); a rate on a zero base is undefined'),

    ('hn-huangsang-bhq-bumen-2020', 1, 'sum_mismatch', 'prose 预算调整',
     '调减公用经费21.60万元', '调减公用经费12.60万元', '调减公用经费12.60万元',
     '年初 1,026.40 + 追加 186.00 − 调减 12.60 = 1,199.80, but 全年预算 is 1,190.80 (调减 21.60 in the funds table)'),
    ('hn-huangsang-bhq-bumen-2020', 2, 'conflicting_values', 'prose 科研监测',
     '外相机126台，获取', '外相机162台，获取', '外相机162台，获取有效照片和视频约2.1万份',
     'the 自评表 gives 布设红外相机 126台 (105.00% of ≥120台); prose says 162台'),
    ('hn-huangsang-bhq-bumen-2020', 3, 'completion_mismatch', 'indicator table, 日常巡护人次 完成率',
     '4960人次\n103.33%', '4960人次\n103.03%', ROW,
     '4960 / 4800 = 103.33%, stated 103.03%'),
    ('hn-huangsang-bhq-bumen-2020', 4, 'weight_sum_mismatch', 'indicator table, 布设红外相机 分值',
     '126台\n105.00%\n5\n5', '126台\n105.00%\n6\n5', ROW,
     'weights now total 101 (布设红外相机 5 → 6) against the stated 100'),
    ('hn-huangsang-bhq-bumen-2020', 5, 'average_mismatch', 'prose 站均巡护里程',
     '站均3,100公里', '站均3,010公里', '站均3,010公里',
     '(3,260 + 2,980 + 3,415 + 2,745) / 4 = 3,100, stated 3,010'),
    ('hn-huangsang-bhq-bumen-2020', 6, 'unit_mismatch', 'prose 生态护林员劳务补助',
     '劳务补助96.00万元', '劳务补助960000万元', '劳务补助960000万元',
     '96名 × 1万元 = 96.00万元 (960000元); the 元 figure is written with the unit 万元, off by 10^4'),

    ('sc-yingjing-baohudi-2021', 1, 'score_sum_mismatch', 'indicator table, 设立界碑 得分',
     '14\n6\n5.25', '14\n6\n5.52', ROW,
     'row scores now sum to 97.83 (界碑 5.25 → 5.52, still ≤ 6) while the table and the text state 97.56'),
    ('sc-yingjing-baohudi-2021', 2, 'rate_mismatch', 'prose 资金使用',
     '执行率94.66%', '执行率96.44%', '执行率96.44%',
     '187.42 / 198.00 = 94.66%, stated 96.44%'),
    ('sc-yingjing-baohudi-2021', 3, 'unit_mismatch', 'indicator table, 巡护里程 实际完成值',
     '公里\n6380\n8', '公里\n100%\n8', ROW,
     'target 6000 in 公里 (度量单位 column), actual given as a percentage'),
    ('sc-yingjing-baohudi-2021', 4, 'year_mismatch', 'prose 资金使用',
     '截至2021年12月31日', '截至2020年12月31日', '截至2020年12月31日',
     'spending of the 2021 budget reported as at the end of 2020'),
    ('sc-yingjing-baohudi-2021', 5, 'sum_mismatch', 'prose 子项目支出',
     '调查支出32.26', '调查支出36.26', '生物多样性调查支出36.26',
     '80.16 + 58.50 + 36.26 + 16.50 = 191.42, but 项目资金支出 is 187.42'),
    ('sc-yingjing-baohudi-2021', 6, 'completion_mismatch', 'prose 项目完成情况',
     '87.33%，主要是', '83.73%，主要是', '83.73%，主要是汛期部分相机进水',
     '有效监测数据获取率 78.6% / 90% = 87.33%, stated 83.73%'),

    ('jl-jiaohe-lafashan-2023', 1, 'balance_mismatch', 'prose 资金情况',
     '年末结余<span lang=EN-US>26.58</span>', '年末结余<span lang=EN-US>26.85</span>',
     '年末结余<span lang=EN-US>26.85</span>万元',
     '全年预算 313.60 − 执行 287.02 = 26.58, stated 26.85'),
    ('jl-jiaohe-lafashan-2023', 2, 'score_sum_mismatch', 'prose 综合评价',
     '<span lang=EN-US>87.28</span>分，', '<span lang=EN-US>87.82</span>分，',
     '<span lang=EN-US>87.82</span>分，评价等级为“良”',
     'row scores (incl. execution 9.15) sum to 87.28, as the table total says; the text states 87.82'),
    ('jl-jiaohe-lafashan-2023', 3, 'weight_sum_mismatch', '自评表 (HTML), 防火通道维护里程 分值',
     '15公里</p></td>\n  <td width=40><p class=MsoNormal align=center>6</p>',
     '15公里</p></td>\n  <td width=40><p class=MsoNormal align=center>8</p>', ROW,
     'weights now total 102 (防火通道维护里程 6 → 8) against the stated 100'),
    ('jl-jiaohe-lafashan-2023', 4, 'grade_mismatch', 'prose 综合评价',
     '评价等级为“良”', '评价等级为“优”', '评价等级为“优”',
     'total 87.28 is in the 良 band (80 ≤ s < 90), stated 优'),
    ('jl-jiaohe-lafashan-2023', 5, 'conflicting_values', 'prose 效益情况',
     '全年接待游客<span lang=EN-US>16.8</span>', '全年接待游客<span lang=EN-US>18.6</span>',
     '全年接待游客<span lang=EN-US>18.6</span>万人次',
     'the 自评表 gives 年接待游客 16.8万人次 (scored 4.48 = 8 × 16.8/30); prose says 18.6万人次'),
    ('jl-jiaohe-lafashan-2023', 6, 'average_mismatch', 'prose 扑火演练',
     '<span lang=EN-US>94</span>人。', '<span lang=EN-US>96</span>人。', '<span lang=EN-US>96</span>人。',
     '(86 + 92 + 104) / 3 = 94, stated 平均96人'),

    ('hb-zhushan-baohudi-2025', 1, 'score_exceeds_weight', 'indicator table, 年度巡护里程 得分 (+ next row)',
     '15620公里\n104.13%\n6\n6\n\n固定监测样地复查\n≥30个\n28个\n93.33%\n5\n4.67',
     '15620公里\n104.13%\n6\n6.5\n\n固定监测样地复查\n≥30个\n28个\n93.33%\n5\n4.17', ROW,
     '年度巡护里程 scored 6.5 against a weight of 6 (样地复查 lowered 4.67 → 4.17 in the same span, so the 98.61 '
     'total and the 79.67 indicator subtotal still hold)'),
    ('hb-zhushan-baohudi-2025', 2, 'rate_mismatch', 'funds table, 县级资金 到位率',
     '62.40\n89.14%\n89.14%', '62.40\n98.14%\n89.14%', ROW,
     '县级 到位 62.40 / 全年 70.00 = 89.14%, stated 98.14%'),
    ('hb-zhushan-baohudi-2025', 3, 'sum_mismatch', 'prose 分子项目',
     '92.50万元；生态监测', '95.20万元；生态监测', '95.20万元；生态监测预算76.00万元',
     '134.26 + 95.20 + 70.12 + 21.80 + 17.50 = 338.88, but 实际支出 is 336.18'),
    ('hb-zhushan-baohudi-2025', 4, 'completion_mismatch', 'indicator table, 自然教育活动 完成率',
     '26场次\n108.33%', '26场次\n103.83%', ROW,
     '26 / 24 = 108.33%, stated 103.83%'),
    ('hb-zhushan-baohudi-2025', 5, 'unit_mismatch', 'indicator table, 巡护员人均补助 实际完成值',
     '≤2.0万元/人·年\n2.0万元/人·年', '≤2.0万元/人·年\n20000万元/人·年', ROW,
     'actual 20000 (元) labelled 万元/人·年: off by 10^4 against the ≤2.0万元 cap and its 100.00% completion'),
    ('hb-zhushan-baohudi-2025', 6, 'implausible_rate', 'indicator table, 周边群众满意度 实际完成值',
     '96.8%\n107.56%', '103.5%\n115.00%', ROW,
     'satisfaction 103.5% is above 100% (completion 103.5/90 = 115.00% edited with it, so only the range breaks)'),
]


def row_value(text, s, e):
    """whole table row(s) around text[s:e]"""
    if '<tr>' in text[:s]:
        a = text.rindex(' <tr>', 0, s)
        b = text.index('</tr>', e) + len('</tr>')
        return text[a:b]
    a = text.rfind('\n\n', 0, s) + 2
    b = text.find('\n\n', e)
    lines = text[a:b].split('\n')
    while lines and FOOTER.match(lines[0]):
        lines.pop(0)
    return '\n'.join(lines)


def main():
    labels = []
    for pid in PROJECTS:
        clean = open(os.path.join(CASES, f'{pid}-clean.txt'), encoding='utf-8').read()
        labels.append({'case': f'{pid}-clean.txt', 'source': pid, 'clean': True, 'expected': []})
        for p, n, code, where, old, new, value, expl in EDITS:
            if p != pid:
                continue
            assert clean.count(old) == 1, (pid, n, old, clean.count(old))
            s = clean.index(old)
            err = clean[:s] + new + clean[s + len(old):]
            i = 0
            while old[i] == new[i]:
                i += 1
            j = 0
            while old[-1 - j] == new[-1 - j] and j < min(len(old), len(new)) - i:
                j += 1
            changed = max(len(old) - i - j, len(new) - i - j)
            assert 0 < changed <= 40, (pid, n, changed)
            if value == ROW:
                value = row_value(err, s + i, s + len(new) - j)
            assert err.count(value) == 1, (pid, n, value, err.count(value))
            vs = err.index(value)
            assert vs <= s + i and s + len(new) - j <= vs + len(value), (pid, n, 'value misses edit')
            case = f'{pid}-e{n}.txt'
            with open(os.path.join(CASES, case), 'w', encoding='utf-8') as f:
                f.write(err)
            labels.append({'case': case, 'source': pid, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value, 'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    print(f'wrote {len(labels)} labels')


if __name__ == '__main__':
    main()
