#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one replacement `old -> new`; `old` must occur exactly once
in the clean draft. `value` (the label) is an exact substring of the error case that contains the changed figure;
`fig` is the changed figure itself (checked by verify.py to occur once in the error case).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

# project id -> list of six edits (e1 ... e6)
EDITS = {
    'ha-guangshan-dianshangzhan-2020': [
        dict(code='rate_mismatch', where='prose',
             old='县级资金支出68.80万元，执行率86.00%', new='县级资金支出68.80万元，执行率88.60%',
             value='执行率88.60%', fig='88.60%',
             what='county-funds execution rate 86.00% -> 88.60%',
             explanation='county funds spent 68.80 of a county budget of 80.00 (60.00 + 20.00 added): 86.00%, stated 88.60%'),
        dict(code='sum_mismatch', where='prose',
             old='电商培训及品牌推广46.32万元', new='电商培训及品牌推广46.23万元',
             value='品牌推广46.23万元', fig='46.23',
             what='training item 46.32 -> 46.23',
             explanation='93.78 + 85.50 + 43.20 + 46.23 = 268.71, but the spending total is 268.80'),
        dict(code='completion_mismatch', where='table',
             old='312.6万件   104.20%', new='312.6万件   102.40%',
             value='312.6万件   102.40%', fig='102.40%',
             what='completion of 补贴快件数量 104.20% -> 102.40%',
             explanation='actual 312.6万件 / target 300万件 = 104.20%, stated 102.40%'),
        dict(code='score_exceeds_weight', where='table',
             old='115.75%  5     5     直播', new='115.75%  5     5.4   直播',
             value='115.75%  5     5.4', fig='5.4',
             what='score of 电商培训人次 5 -> 5.4 (weight 5)',
             explanation='row score 5.4 above its weight 5; the row scores now add to 98.4, which the whole-point total "98" still covers (rules §8), so only the row is wrong'),
        dict(code='year_mismatch', where='prose',
             old='已按规定结转至2021年', new='已按规定结转至2020年',
             value='结转至2020年', fig='结转至2020年',
             what='carry-over year 2021 -> 2020',
             explanation='the unspent 11.20万元 of the 2020 budget cannot be carried over into 2020 itself; it goes to 2021'),
        dict(code='unit_mismatch', where='prose',
             old='每个补助5000元', new='每个补助5000万元',
             value='每个补助5000万元', fig='5000万元',
             what='per-station subsidy 5000元 -> 5000万元',
             explanation='171 stations x 5000元 = 85.50万元 (the stated 站点运营补助); written as 5000万元 the amount is off by 10^4'),
    ],
    'sc-cangxi-wuliubutie-2022': [
        dict(code='balance_mismatch', where='prose',
             old='结余36.60万元', new='结余38.60万元',
             value='结余38.60万元', fig='38.60',
             what='balance 36.60 -> 38.60',
             explanation='195.00 received - 158.40 spent = 36.60, stated 38.60'),
        dict(code='weight_sum_mismatch', where='table',
             old='1.6天       100.00%  7     7', new='1.6天       100.00%  9     7',
             value='1.6天       100.00%  9', fig='100.00%  9 ',
             what='weight of 快件到村时限 7 -> 9',
             explanation='weights now add to 102 (10 execution + 92 indicators) instead of 100'),
        dict(code='grade_mismatch', where='prose',
             old='评价等级为良', new='评价等级为优',
             value='评价等级为优', fig='评价等级为优',
             what='grade 良 -> 优',
             explanation='89.91 is below 90, so the grade is 良, not 优'),
        dict(code='implausible_rate', where='table',
             old='单位资金          0.00        0.00        0.00        —     —       —',
             new='单位资金          0.00        0.00        0.00        —     100%    —',
             value='0.00        —     100%', fig='100%',
             what='execution rate of the zero 单位资金 row — -> 100%',
             explanation='a rate on a zero base (全年预算 0.00, 执行 0.00) cannot be 100%'),
        dict(code='conflicting_values', where='prose',
             old='全县建成村级电商服务站点218个', new='全县建成村级电商服务站点228个',
             value='电商服务站点228个', fig='228',
             what='station count in the overview 218 -> 228',
             explanation='the table gives 218个 村级电商服务站点 (and 196 / 218 = 89.91% 运营率); the overview now says 228个'),
        dict(code='average_mismatch', where='prose',
             old='平均1.01万件', new='平均1.10万件',
             value='平均1.10万件', fig='1.10万件',
             what='average daily volume 1.01 -> 1.10',
             explanation='(1.26 + 0.94 + 0.83) / 3 = 1.01, stated 1.10'),
    ],
    'gs-kangxian-dianshangjinxiang-2019': [
        dict(code='score_sum_mismatch', where='table',
             old='15630万元\t86.83%\t10\t8.68', new='15630万元\t86.83%\t10\t8.86',
             value='86.83%\t10\t8.86', fig='8.86',
             what='score of 农村产品网络零售额 8.68 -> 8.86',
             explanation='row scores now add to 86.97 (效益 22.66), but the total is 86.79 and the text gives 效益 22.48'),
        dict(code='completion_mismatch', where='table',
             old='128.4万件\t85.60%', new='128.4万件\t86.50%',
             value='128.4万件\t86.50%', fig='86.50%',
             what='completion of 进村配送快件量 85.60% -> 86.50%',
             explanation='128.4 / 150 = 85.60%, stated 86.50%'),
        dict(code='rate_mismatch', where='table',
             old='97.35\t—\t74.88%', new='97.35\t—\t74.58%',
             value='97.35\t—\t74.58%', fig='74.58%',
             what='execution rate of 当年财政拨款 74.88% -> 74.58%',
             explanation='97.35 / 130.00 = 74.88%, stated 74.58%'),
        dict(code='unit_mismatch', where='table',
             old='2019年12月31日前\t2019年12月20日', new='2019年12月31日前\t100%',
             value='12月31日前\t100%', fig='100%',
             what='actual of 补贴资金兑付完成时间 2019年12月20日 -> 100%',
             explanation='the target is a date (2019年12月31日前) and the actual a percentage'),
        dict(code='year_mismatch', where='prose',
             old='截至2019年12月31日', new='截至2020年12月31日',
             value='截至2020年12月31日', fig='2020年12月31日',
             what='cut-off date 2019-12-31 -> 2020-12-31',
             explanation='the spending of the 2019 report is counted to 2020年12月31日; it must be the evaluation year 2019'),
        dict(code='average_mismatch', where='prose',
             old='平均每家42.8万件', new='平均每家48.2万件',
             value='平均每家48.2万件', fig='48.2',
             what='average per company 42.8 -> 48.2',
             explanation='(62.4 + 38.7 + 27.3) / 3 = 42.8, stated 48.2'),
    ],
    'gx-tiandong-jidiwuliu-2023': [
        dict(code='sum_mismatch', where='table',
             old='县级资金        40.00', new='县级资金        46.00',
             value='县级资金        46.00', fig='46.00',
             what='initial budget of 县级资金 40.00 -> 46.00',
             explanation='年初预算 column: 150.00 + 30.00 + 46.00 = 226.00, but 年度资金总额 is 220.00'),
        dict(code='grade_mismatch', where='table',
             old='评价等级：中', new='评价等级：良',
             value='评价等级：良', fig='评价等级：良',
             what='grade 中 -> 良',
             explanation='total 78 lies in 60-80, grade 中'),
        dict(code='score_exceeds_weight', where='table',
             old='0.35元      100.00%  10    10', new='0.35元      100.00%  10    10.4',
             value='100.00%  10    10.4', fig='10.4',
             what='score of 单件寄递补贴 10 -> 10.4 (weight 10)',
             explanation='row score 10.4 above its weight 10; the row scores now add to 78.4, which the whole-point total "78" still covers (rules §8)'),
        dict(code='balance_mismatch', where='prose',
             old='未支出的75.20万元', new='未支出的72.50万元',
             value='未支出的72.50万元', fig='72.50',
             what='unspent amount 75.20 -> 72.50',
             explanation='236.00 - 160.80 = 75.20, stated 72.50'),
        dict(code='conflicting_values', where='prose',
             old='纳入补贴管理的村级电商服务站点167个', new='纳入补贴管理的村级电商服务站点176个',
             value='电商服务站点176个', fig='176',
             what='station count in the overview 167 -> 176',
             explanation='section 四 gives 167个站点 (134 operating, 80.24%, 33 idle); the overview now says 176个'),
        dict(code='implausible_rate', where='prose',
             old='资金到位率100%', new='资金到位率110%',
             value='资金到位率110%', fig='110%',
             what='到位率 100% -> 110%',
             explanation='a 到位率 cannot exceed 100%'),
    ],
    'sx-yonghe-shangwuju-bumen-2024': [
        dict(code='weight_sum_mismatch', where='table',
             old='乡镇商贸中心改造数量  5     ≥3个', new='乡镇商贸中心改造数量  6     ≥3个',
             value='乡镇商贸中心改造数量  6', fig='数量  6 ',
             what='weight of 乡镇商贸中心改造数量 5 -> 6',
             explanation='weights now add to 101; 产出 block 51 instead of 50'),
        dict(code='score_sum_mismatch', where='prose',
             old='产出指标得分49.75分', new='产出指标得分49.57分',
             value='产出指标得分49.57分', fig='49.57',
             what='output block score 49.75 -> 49.57',
             explanation='9.53 + 49.57 + 28.4 + 10 = 97.50, stated 97.68; the 产出 rows of the table add to 49.75'),
        dict(code='rate_mismatch', where='prose',
             old='配送补贴执行率87.08%', new='配送补贴执行率87.80%',
             value='执行率87.80%', fig='87.80%',
             what='execution rate of 快递物流配送补贴 87.08% -> 87.80%',
             explanation='146.30 / 168.00 = 87.08%, stated 87.80%'),
        dict(code='sum_mismatch', where='prose',
             old='乡镇商贸中心改造67.00万元', new='乡镇商贸中心改造76.00万元',
             value='乡镇商贸中心改造76.00万元', fig='76.00',
             what='spending of 乡镇商贸中心改造 67.00 -> 76.00',
             explanation='118.56 + 146.30 + 76.00 = 340.86, but the project spending total is 331.86'),
        dict(code='conflicting_values', where='table',
             old='≤48小时    36小时', new='≤48小时    30小时',
             value='≤48小时    30小时', fig='30小时',
             what='actual of 快件到村时限 in the table 36小时 -> 30小时',
             explanation='the text gives 快件到村平均时限36小时; the table now says 30小时 (still within ≤48, so completion and score are unchanged)'),
        dict(code='completion_mismatch', where='table',
             old='418.0万件  104.50%', new='418.0万件  105.40%',
             value='418.0万件  105.40%', fig='105.40%',
             what='completion of 补贴到村快件量 104.50% -> 105.40%',
             explanation='418.0 / 400 = 104.50%, stated 105.40%'),
    ],
}

SOURCE = 'n481'


def main():
    lines = []
    for pid, edits in EDITS.items():
        assert len(edits) == 6, pid
        clean_name = f'{pid}-clean.txt'
        with open(os.path.join(CASES, clean_name), encoding='utf-8') as f:
            clean = f.read()
        lines.append(dict(case=clean_name, source=pid, clean=True, expected=[]))
        for i, e in enumerate(edits, 1):
            n = clean.count(e['old'])
            if n != 1:
                raise SystemExit(f'{pid} e{i}: old string occurs {n} times: {e["old"]!r}')
            text = clean.replace(e['old'], e['new'])
            name = f'{pid}-e{i}.txt'
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as f:
                f.write(text)
            lines.append(dict(case=name, source=pid, clean=False, expected=[dict(
                code=e['code'], severity='error', value=e['value'], explanation=e['explanation'])]))
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for rec in lines:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print(f'built {len(lines)} cases')


if __name__ == '__main__':
    main()
