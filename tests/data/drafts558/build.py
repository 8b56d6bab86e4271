#!/usr/bin/env python3
"""Build the 30 error cases and labels.jsonl from cases/*-clean.txt and the EDITS list (exact old -> new)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__)); C = os.path.join(HERE, 'cases')
E = 'error'
EDITS = {
 'jx-suichuan-minbingxunlian-2023': [
  ('rate_mismatch', '预算执行率97.08%', '预算执行率96.08%', '预算执行率96.08%', 'prose: 120.86/124.50 = 97.08%, stated 96.08%'),
  ('score_exceeds_weight', '10.00\n\n\n\n\n训练期数\n5\n≥4期\n4期\n100.00%\n5.00', '9.00\n\n\n\n\n训练期数\n5\n≥4期\n4期\n100.00%\n6.00', '4期\n100.00%\n6.00', 'table row 训练期数: score 6.00 > weight 5 (one point moved from the row above, so the total still adds up)'),
  ('year_mismatch', '结转至2024年', '结转至2023年', '结转至2023年', 'a 2023 report carries money over into 2023'),
  ('average_mismatch', '平均90.2分', '平均91.2分', '平均91.2分', '(92+88+95+90+86)/5 = 90.2, stated 91.2'),
  ('completion_mismatch', '93.6%\n98.53%', '93.6%\n97.53%', '97.53%', 'table: 93.6/95 = 98.53%, stated 97.53%'),
  ('implausible_rate', '体检合格率98.7%', '体检合格率108.7%', '体检合格率108.7%', 'a pass rate above 100%'),
 ],
 'hn-sangzhi-renwubu-bumen-2021': [
  ('sum_mismatch', '31.25万元、42.80万元', '32.25万元、42.80万元', '32.25万元', '68.30+32.25+42.80+23.12 = 166.47 ≠ 项目支出165.47'),
  ('balance_mismatch', '年末结余8.08万元', '年末结余8.80万元', '年末结余8.80万元', '410.00 − 401.92 = 8.08, stated 8.80'),
  ('weight_sum_mismatch', '国防教育受众人次\n15\n', '国防教育受众人次\n18\n', '国防教育受众人次\n18', 'weights now total 103'),
  ('grade_mismatch', '评价等级为“优”', '评价等级为“良”', '评价等级为“良”', '98.75 is in the 优 band'),
  ('conflicting_values', '资金支付及时率97.2%', '资金支付及时率97.8%', '资金支付及时率97.8%', 'prose 97.8% vs table 97.2%'),
  ('unit_mismatch', '分别支出68.30万元', '分别支出683000万元', '683000万元', '68.30万元 written as 683000 (元 figure labelled 万元); rescaled, the 分别 list adds up'),
 ],
 'ha-xinxian-guofangdongyuan-2019': [
  ('score_sum_mismatch', '综合得分86.99分', '综合得分87.99分', '综合得分87.99分', 'Σ scores = 86.99, prose total 87.99 (grade band unchanged)'),
  ('rate_mismatch', '到位率97.41%', '到位率97.14%', '到位率97.14%', '56.50/58.00 = 97.41%, stated 97.14%'),
  ('unit_mismatch', '≥2次\n3次', '≥2次\n3%', '≥2次\n3%', 'target in 次, actual in %'),
  ('completion_mismatch', '99.1%\n101.12%', '99.1%\n110.12%', '110.12%', '99.1/98 = 101.12%, stated 110.12%'),
  ('year_mismatch', '截至2019年12月31日', '截至2018年12月31日', '截至2018年12月31日', 'funds position dated in 2018 in a 2019 report'),
  ('weight_sum_mismatch', '演练单次成本\n15\n', '演练单次成本\n16\n', '演练单次成本\n16', 'weights now total 101'),
 ],
 'ah-jinzhai-yingjilian-2022': [
  ('sum_mismatch', '其他资金\n0.00\n6.00\n6.00', '其他资金\n0.00\n6.00\n5.00', '其他资金\n0.00\n6.00\n5.00', '执行 column: 76.58+0.00+5.00 = 81.58 ≠ 82.58'),
  ('implausible_rate', '装备完好率99.2%', '装备完好率109.2%', '装备完好率109.2%', 'rate above 100%'),
  ('conflicting_values', '应急连参训人数126人', '应急连参训人数162人', '应急连参训人数162人', 'prose 162人 vs table 126人'),
  ('score_sum_mismatch', '100\n95.67', '100\n95.76', '100\n95.76', 'table total 95.76, Σ scores 95.67'),
  ('grade_mismatch', '评价等级为“优”', '评价等级为“良好”', '评价等级为“良好”', '95.67 is in the 优 band'),
  ('score_exceeds_weight', '10.00\n\n\n\n\n装备配发套数\n5\n=120套\n120套\n100.00%\n5.00', '9.00\n\n\n\n\n装备配发套数\n5\n=120套\n120套\n100.00%\n6.00', '120套\n100.00%\n6.00', 'row 装备配发套数: score 6.00 > weight 5 (one point moved from the row above, total unchanged)'),
 ],
 'yn-malipo-bianjingminbing-2024': [
  ('balance_mismatch', '结余16.25万元', '结余16.52万元', '结余16.52万元', '236.00 − 219.75 = 16.25, stated 16.52'),
  ('average_mismatch', '平均88.80分', '平均88.60分', '平均88.60分', '(91+87+85+93+88)/5 = 88.80'),
  ('conflicting_values', '执勤天数310天', '执勤天数301天', '执勤天数301天', 'prose 301天 vs table 310天'),
  ('grade_mismatch', '评价等级为“良”', '评价等级为“优”', '评价等级为“优”', '88.53 is in the 良 band'),
  ('year_mismatch', '已结转至2025年', '已结转至2024年', '结转至2024年', 'a 2024 report carries money over into 2024'),
  ('unit_mismatch', '≥260人\n248人', '≥260人\n248%', '≥260人\n248%', 'target in 人, actual in %'),
 ],
}
def main():
    labels = []
    for src, edits in EDITS.items():
        clean = open(os.path.join(C, src + '-clean.txt'), encoding='utf-8').read()
        labels.append({'case': src + '-clean.txt', 'source': src, 'clean': True, 'expected': []})
        for i, (code, old, new, value, expl) in enumerate(edits, 1):
            assert clean.count(old) == 1, (src, old)
            text = clean.replace(old, new)
            assert text.count(value) == 1, (src, value)
            name = f'{src}-e{i}.txt'
            open(os.path.join(C, name), 'w', encoding='utf-8').write(text)
            labels.append({'case': name, 'source': src, 'clean': False,
                           'expected': [{'code': code, 'severity': E, 'value': value, 'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for l in labels: fh.write(json.dumps(l, ensure_ascii=False) + '\n')
    print('built', len(labels), 'cases')
if __name__ == '__main__': main()
