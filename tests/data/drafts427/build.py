#!/usr/bin/env python3
"""Build the 30 error cases and labels.jsonl from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is the label span text: a short exact substring of the error case around the changed figure. (A value may
also be given as (start, end) markers, spanning from the first to the end of the second; no edit uses this now.)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

PROJECTS = [
    'sx-pingyao-zhongcaibanan-2021',
    'hb-tianmen-gongshangjianding-2020',
    'sc-jiangyou-zhongcaiyuan-bumen-2023',
    'hn-lianyuan-tiaojiezhongcai-2019',
    'fj-fuqing-gongshangrending-2024',
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 平遥 (Shanxi layout, 2021) ----
    ('sx-pingyao-zhongcaibanan-2021', 1, 'rate_mismatch', 'table',
     '预算执行率(%)\t(7)=(4)/(2)\t95.40\t95.40\t0\t100\t0\t94.62\t0\t0',
     '预算执行率(%)\t(7)=(4)/(2)\t95.40\t95.40\t0\t100\t0\t94.26\t0\t0',
     '0\t94.26\t0',
     '县区级 column of row (7)=(4)/(2): 42.58 / 45.00 = 94.62%, printed 94.26'),
    ('sx-pingyao-zhongcaibanan-2021', 2, 'implausible_rate', 'table',
     '预算到位率(%)\t(6)=(3)/(2)\t100\t100\t0\t100',
     '预算到位率(%)\t(6)=(3)/(2)\t100\t100\t100\t100',
     '(6)=(3)/(2)\t100\t100\t100',
     '中央级 column has a zero budget (row (2) = 0) yet its 到位率 reads 100: a rate on a zero base'),
    ('sx-pingyao-zhongcaibanan-2021', 3, 'average_mismatch', 'prose',
     '平均每庭157件', '平均每庭175件', '平均每庭175件',
     '(182 + 161 + 128) / 3 = 157, stated 175'),
    ('sx-pingyao-zhongcaibanan-2021', 4, 'score_sum_mismatch', 'table',
     '10\t9.83\t8件因委托鉴定', '10\t9.38\t8件因委托鉴定', '10\t9.38\t8件',
     'row scores now add up to 98.92, the 合计 row and the text say 99.37 (审限内结案率 row 9.83 -> 9.38)'),
    ('sx-pingyao-zhongcaibanan-2021', 5, 'conflicting_values', 'prose',
     '办案经费52.6万元', '办案经费56.2万元', '办案经费56.2万元',
     'the evaluated fund is 52.60万元 in the funds table and in 全年预算资金合计52.60万元; the opening says 56.2'),
    ('sx-pingyao-zhongcaibanan-2021', 6, 'year_mismatch', 'prose',
     '结转至2022年', '结转至2021年', '结转至2021年',
     'the 2021 balance is carried over to 2021 itself; carry-over must go to a later year (2022)'),

    # ---- 天门 (Hubei style, execution worth 20, 2020) ----
    ('hb-tianmen-gongshangjianding-2020', 1, 'sum_mismatch', 'table',
     '其中：当年财政拨款\t68.00', '其中：当年财政拨款\t63.00', '当年财政拨款\t63.00',
     '年初 column: 63.00 + 3.50 + 0 = 66.50, but 年度资金总额 年初 is 71.50 (and 58 + 10 = 68 in the text)'),
    ('hb-tianmen-gongshangjianding-2020', 2, 'rate_mismatch', 'prose',
     '结案率98.14%', '结案率98.41%', '结案率98.41%',
     '846 conclusions / 862 applications = 98.14%, stated 98.41%'),
    ('hb-tianmen-gongshangjianding-2020', 3, 'implausible_rate', 'table',
     '其他资金\t0\t0\t0\t—\t—\t—', '其他资金\t0\t0\t0\t—\t100%\t—', '0\t0\t—\t100%',
     '其他资金 has a zero budget and zero spending, its 执行率 cell reads 100%: a rate on a zero base'),
    ('hb-tianmen-gongshangjianding-2020', 4, 'unit_mismatch', 'prose',
     '鉴定专家劳务费17.45万元', '鉴定专家劳务费174500万元', '174500万元',
     '250元 x 698人次 = 174500元 = 17.45万元; the amount in 元 is labelled 万元 (off by 10^4), which also breaks the spending breakdown 60.73'),
    ('hb-tianmen-gongshangjianding-2020', 5, 'completion_mismatch', 'table',
     '108.46%', '108.64%', '108.64%',
     '劳动能力鉴定人次 705 / 650 = 108.46%, stated 108.64%'),
    ('hb-tianmen-gongshangjianding-2020', 6, 'grade_mismatch', 'prose',
     '评价等级为“优”', '评价等级为“良”', '评价等级为“良”',
     'total 97.92 is in the 优 band (>= 90)'),

    # ---- 江油 (Sichuan, 部门整体, 2023) ----
    ('sc-jiangyou-zhongcaiyuan-bumen-2023', 1, 'balance_mismatch', 'prose',
     '年末结余7.68万元', '年末结余7.86万元', '结余7.86万元',
     '299.05 - 291.37 = 7.68, stated 7.86'),
    ('sc-jiangyou-zhongcaiyuan-bumen-2023', 2, 'sum_mismatch', 'prose',
     '欠薪争议速裁专项15.30万元', '欠薪争议速裁专项13.50万元', '速裁专项13.50万元',
     '42.50 + 13.50 + 12.60 + 10.00 = 78.60, but the project budget is 80.40 (67.80 + 12.60)'),
    ('sc-jiangyou-zhongcaiyuan-bumen-2023', 3, 'weight_sum_mismatch', 'table',
     '117.71%\t10\t10', '117.71%\t12\t10', '117.71%\t12\t10',
     'indicator weights now add up to 92, the 合计 row says 90 (90 + 10 for execution = 100)'),
    ('sc-jiangyou-zhongcaiyuan-bumen-2023', 4, 'completion_mismatch', 'table',
     '117.71%', '117.17%', '117.17%',
     '速裁程序办结案件 412 / 350 = 117.71%, stated 117.17%'),
    ('sc-jiangyou-zhongcaiyuan-bumen-2023', 5, 'year_mismatch', 'prose',
     '结转2024年', '结转2023年', '结转2023年',
     'the 2023 balance is carried over to 2023 itself; it must go to a later year (2024)'),
    ('sc-jiangyou-zhongcaiyuan-bumen-2023', 6, 'rate_mismatch', 'prose',
     '项目支出执行率91.03%', '项目支出执行率93.01%', '执行率93.01%',
     '73.19 / 80.40 = 91.03%, stated 93.01%'),

    # ---- 涟源 (Hunan outline, 2019, whole-point total) ----
    ('hn-lianyuan-tiaojiezhongcai-2019', 1, 'score_exceeds_weight', 'table',
     '≤200元\t200元\t100.00%\t5\t5', '≤200元\t200元\t100.00%\t5\t5.4', '100.00%\t5\t5.4',
     '每件仲裁办案补助 row: score 5.4 above its weight 5 (the whole-point total 88 still holds within the 0.5 tolerance: sum 88.40)'),
    ('hn-lianyuan-tiaojiezhongcai-2019', 2, 'average_mismatch', 'prose',
     '平均每个1.95万元', '平均每个1.59万元', '平均每个1.59万元',
     '(2.5 + 2.0 + 1.8 + 1.5) / 4 = 1.95, stated 1.59'),
    ('hn-lianyuan-tiaojiezhongcai-2019', 3, 'sum_mismatch', 'table',
     '其中：当年财政拨款\t50.00\t50.00\t35.37', '其中：当年财政拨款\t50.00\t50.00\t35.73', '50.00\t35.73',
     '全年执行数 column: 35.73 + 4.20 + 0 = 39.93, but 年度资金总额 执行 is 39.57'),
    ('hn-lianyuan-tiaojiezhongcai-2019', 4, 'conflicting_values', 'prose',
     '当事人满意度85%', '当事人满意度88%', '满意度88%',
     'the self-evaluation table gives 当事人满意度 85.0% (score 9.44 = 10 x 85/90); the text says 88%'),
    ('hn-lianyuan-tiaojiezhongcai-2019', 5, 'balance_mismatch', 'prose',
     '年末结余14.63万元', '年末结余16.43万元', '结余16.43万元',
     '54.20 - 39.57 = 14.63, stated 16.43'),
    ('hn-lianyuan-tiaojiezhongcai-2019', 6, 'unit_mismatch', 'table',
     '≥30人次\t36人次', '≥30人次\t100%', '≥30人次\t100%',
     'target in 人次, actual given as a percentage: completion cannot be computed'),

    # ---- 福清 (Fujian, web-page copy, 2024, whole-point total) ----
    ('fj-fuqing-gongshangrending-2024', 1, 'score_exceeds_weight', 'table',
     '7862.45万元\t104.83%\t10\t10', '7862.45万元\t104.83%\t10\t10.4', '104.83%\t10\t10.4',
     '追讨欠薪 row: score 10.4 above its weight 10 (sums 95.4 / 效益 28.4 still round to the stated 95 / 28)'),
    ('fj-fuqing-gongshangrending-2024', 2, 'grade_mismatch', 'prose',
     '本项目自评得分95分，等级为优', '本项目自评得分95分，等级为良', '等级为良',
     'total 95 is in the 优 band (>= 90)'),
    ('fj-fuqing-gongshangrending-2024', 3, 'weight_sum_mismatch', 'table',
     '1587件\t105.80%\t8\t8', '1587件\t105.80%\t10\t8', '105.80%\t10\t8',
     '受理工伤认定申请 weight 8 -> 10: weights now add up to 102, the 合计 row says 100'),
    ('fj-fuqing-gongshangrending-2024', 4, 'conflicting_values', 'table',
     '工伤认定申请1587件，仲裁结案率', '工伤认定申请1578件，仲裁结案率', '工伤认定申请1578件',
     '年度总体目标 实际完成情况 in the table says 1578 applications; text and indicator row say 1587'),
    ('fj-fuqing-gongshangrending-2024', 5, 'score_sum_mismatch', 'prose',
     '产出指标47.4分', '产出指标44.7分', '产出指标44.7分',
     '9.6 + 44.7 + 28 + 10 = 92.3, stated total 95; the 产出 rows of the table add up to 47.40'),
    ('fj-fuqing-gongshangrending-2024', 6, 'implausible_rate', 'prose',
     '回访满意率97.6%', '回访满意率107.6%', '回访满意率107.6%',
     'a satisfaction rate cannot exceed 100%'),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f'{pid}-clean.txt'
        with open(os.path.join(CASES, clean_name), encoding='utf-8') as fh:
            clean = fh.read()
        labels.append({'case': clean_name, 'source': pid, 'clean': True, 'expected': []})
        edits = sorted((e for e in EDITS if e[0] == pid), key=lambda e: e[1])
        assert len(edits) == 6, (pid, len(edits))
        for _, n, code, where, old, new, value, expl in edits:
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f'{pid}-e{n}: old string matches {cnt} times: {old!r}')
            text = clean.replace(old, new)
            if isinstance(value, tuple):   # span from the changed figure to the total it breaks
                start, end = value
                if text.count(start) != 1:
                    raise SystemExit(f'{pid}-e{n}: start marker matches {text.count(start)} times')
                i = text.index(start)
                j = text.index(end, i) + len(end)
                value = text[i:j]
            if value not in text:
                raise SystemExit(f'{pid}-e{n}: value not in error case: {value!r}')
            name = f'{pid}-e{n}.txt'
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as fh:
                fh.write(text)
            labels.append({'case': name, 'source': pid, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value,
                                         'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print(f'built {len(labels)} cases')


if __name__ == '__main__':
    main()
