#!/usr/bin/env python3
"""Build error cases and labels.jsonl from the clean drafts in cases/ plus the edit list below."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(HERE, 'cases')
Z, T, Y, F, O = ('zhenning-mushroom-2022', 'tongwei-yigongdaizhen-2021', 'yudu-yulu-2023',
                 'fuping-microcredit-2024', 'youyang-fanpin-2020')
# (source, n, code, old, new, value, explanation)
EDITS = [
 (Z,1,'rate_mismatch','652.80｜10｜96.00%','652.80｜10｜94.00%','94.00%','table: 652.80/680.00 = 96.00%, stated 94.00%'),
 (Z,2,'sum_mismatch','当年财政拨款｜600.00｜640.00｜616.00','当年财政拨款｜600.00｜640.00｜661.00','640.00｜661.00','table: 661.00 + 36.80 = 697.80 ≠ 全年执行数 652.80'),
 (Z,3,'score_sum_mismatch','总分｜｜｜｜｜100｜99.13','总分｜｜｜｜｜100｜99.31','100｜99.31','table: row scores sum to 99.13, total row 99.31'),
 (Z,4,'grade_mismatch','评价等级为“优”','评价等级为“良”','评价等级为“良”','99.13 is in the 优 band'),
 (Z,5,'completion_mismatch','完成年度目标的95.33%','完成年度目标的93.53%','93.53%','286/300 = 95.33%, stated 93.53%'),
 (Z,6,'year_mismatch','结转至2023年继续使用','结转至2022年继续使用','结转至2022年','2022 report carries money over into 2022 itself'),
 (T,1,'balance_mismatch','结余21.40万元','结余12.40万元','结余12.40万元','550.00 − 528.60 = 21.40, stated 12.40'),
 (T,2,'weight_sum_mismatch','2021年11月20日 5 5','2021年11月20日 10 5','2021年11月20日 10 5','table: 时效 weight 5→10, weights total 105'),
 (T,3,'score_exceeds_weight','工程验收合格率 100% 100% 10 10','工程验收合格率 100% 100% 10 12','100% 10 12','table: score 12 above weight 10'),
 (T,4,'unit_mismatch','其中发放劳务报酬96.80万元','其中发放劳务报酬96.80亿元','96.80亿元','亿元 for 万元: 96.80万元 is 19.36% of 500万元 and 4000元×242人'),
 (T,5,'implausible_rate','≥90% 96.5% 10 10','≥90% 965% 10 10','965%','table: satisfaction 965% (decimal point lost), above 100%'),
 (T,6,'conflicting_values','完成道路硬化8.6公里','完成道路硬化6.8公里','道路硬化6.8公里','road length 8.6公里 elsewhere (overview, table, 4.9+3.7)'),
 (Y,1,'average_mismatch','平均每学期补助1564人','平均每学期补助1546人','平均每学期补助1546人','(1520+1608)/2 = 1564'),
 (Y,2,'completion_mismatch','86.4%\t96.00%','86.4%\t95.00%','86.4%\t95.00%','table: 86.4/90 = 96.00%, stated 95.00%'),
 (Y,3,'unit_mismatch','1500元/人·学期\t1500元/人·学期\t100%','1500元/人·学期\t100%\t100%','1500元/人·学期\t100%','table: target in 元/人·学期, actual a percentage'),
 (Y,4,'weight_sum_mismatch','103.26%\t10\t10','103.26%\t15\t10','103.26%\t15\t10','table: satisfaction weight 15, weights total 105'),
 (Y,5,'year_mismatch','截至2023年12月31日','截至2022年12月31日','截至2022年12月31日','2023 report states payment status as of end of 2022'),
 (Y,6,'score_sum_mismatch','本项目自评得分99.40分','本项目自评得分99.60分','99.60分','10+50+29.40+10 = 99.40 (table total 99.40)'),
 (F,1,'rate_mismatch','预算执行率96.60%','预算执行率96.06%','预算执行率96.06%','373.35/386.50 = 96.60%, stated 96.06%'),
 (F,2,'balance_mismatch','\t373.35\n\t13.15\n','\t373.35\n\t15.13\n','15.13','table: 386.50 − 373.35 = 13.15, stated 15.13'),
 (F,3,'grade_mismatch','\t自评等级\n\t优','\t自评等级\n\t良','良\n','table: 99.32 is in the 优 band'),
 (F,4,'implausible_rate','兑付及时率100%','兑付及时率1000%','1000%','及时率 1000% above 100%'),
 (F,5,'sum_mismatch','邮储银行阜平县支行96.38万元','邮储银行阜平县支行69.38万元','69.38万元','215.42 + 69.38 + 61.55 = 346.35 ≠ 合计373.35'),
 (F,6,'average_mismatch','季度平均贴息93.34万元','季度平均贴息93.43万元','93.43万元','(88.20+95.10+91.45+98.60)/4 = 93.34'),
 (O,1,'score_exceeds_weight','1780元 | 5 | 5 |','1780元 | 5 | 6 |','1780元 | 5 | 6','table: cost row score 6 above weight 5'),
 (O,2,'conflicting_values','新纳入监测对象1286户','新纳入监测对象1268户','1268户','监测对象 1286户 elsewhere (742+544, 638+412+236)'),
 (O,3,'grade_mismatch','自评等级为“优”','自评等级为“良”','自评等级为“良”','98.77 is in the 优 band'),
 (O,4,'unit_mismatch','| ≤15天 | 12天 |','| ≤15天 | 100% |','≤15天 | 100%','table: target in days, actual a percentage'),
 (O,5,'year_mismatch','2020年度项目支出绩效自评表','2021年度项目支出绩效自评表','2021年度项目支出绩效自评表','2020 report, table titled 2021'),
 (O,6,'rate_mismatch','执行率97.00%，未执行','执行率97.70%，未执行','执行率97.70%','228.92/236.00 = 97.00%, stated 97.70%'),
]
SOURCES = [Z, T, Y, F, O]
def main():
    labels = []
    for src in SOURCES:
        clean = open(os.path.join(C, src + '-clean.txt'), encoding='utf-8').read()
        labels.append({'case': src + '-clean.txt', 'source': src, 'clean': True, 'expected': []})
        for s, n, code, old, new, value, expl in EDITS:
            if s != src: continue
            assert clean.count(old) == 1, (src, n, old, clean.count(old))
            text = clean.replace(old, new)
            assert value in text, (src, n, value)
            name = f'{src}-e{n}.txt'
            open(os.path.join(C, name), 'w', encoding='utf-8').write(text)
            labels.append({'case': name, 'source': src, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value, 'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for l in labels: f.write(json.dumps(l, ensure_ascii=False) + '\n')
    print(f'built {len(labels)} cases')
if __name__ == '__main__': main()
