#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of the n340 set from the clean drafts.

Each edit is one exact old -> new replacement that must match exactly once in the clean draft.
`figure` is the changed figure with enough context to identify the quantity; it must occur exactly once in
the clean draft (twice for conflicting_values, where the figure is meant to be stated twice).  The two
score_exceeds_weight edits change two adjacent table cells in one contiguous place (the row that exceeds its
weight and the next row, lowered by the same amount so that the stated total still holds); for them
`figure` is None.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')

SOURCES = ['xj-yumin-hubianyuan-2020', 'yn-jiangcheng-dibiancunzhai-2022', 'gx-ningming-bianjingcun-2018',
           'hlj-fuyuan-jiewu-2019', 'xz-jilong-bianminbuzhu-2024']

# (source, n, code, where, old, new, value, explanation, figure)
EDITS = [
    # ---- A: Xinjiang, tab-separated Word copy
    ('xj-yumin-hubianyuan-2020', 1, 'rate_mismatch', 'table',
     '1261.50\t10\t97.04%\t9.70', '1261.50\t10\t97.40%\t9.70', '97.40%\t9.70',
     '年度资金总额 row: 1261.50 / 1300.00 = 97.04%, stated 97.40%', '97.04%'),
    ('xj-yumin-hubianyuan-2020', 2, 'balance_mismatch', 'prose',
     '年末未执行38.50万元', '年末未执行36.50万元', '未执行36.50万元',
     'unexecuted = 全年预算 1,300.00 - 全年支出 1,261.50 = 38.50万元, stated 36.50', '38.50'),
    ('xj-yumin-hubianyuan-2020', 3, 'unit_mismatch', 'table',
     '补助按月足额发放率\t100%\t100%', '补助按月足额发放率\t100%\t12次', '100%\t12次',
     'target is a rate (100%), the actual is written as a count (12次): completion cannot be computed',
     '补助按月足额发放率\t100%\t100%'),
    ('xj-yumin-hubianyuan-2020', 4, 'completion_mismatch', 'prose',
     '为年度目标的115.69%', '为年度目标的115.96%', '年度目标的115.96%',
     '10,412次 / 9,000次 = 115.69%, stated 115.96%', '115.69%'),
    ('xj-yumin-hubianyuan-2020', 5, 'score_exceeds_weight', 'table',
     '≥95%\t98.45%\t10\t10\t\n\t\t时效指标\t补助按月足额发放率\t100%\t100%\t10\t10',
     '≥95%\t98.45%\t10\t11\t\n\t\t时效指标\t补助按月足额发放率\t100%\t100%\t10\t9',
     '98.45%\t10\t11',
     '岗前培训考核合格率 scores 11 against a weight of 10 (the next row is lowered to 9, so the total 97.20 still adds up)',
     None),
    ('xj-yumin-hubianyuan-2020', 6, 'year_mismatch', 'prose',
     '已结转至2021年继续使用', '已结转至2020年继续使用', '结转至2020年',
     'money left from the 2020 budget is carried over into 2020 itself; the carry-over year must be 2021 or later',
     '结转至2021年'),
    # ---- B: Yunnan, PDF copy with runs of spaces
    ('yn-jiangcheng-dibiancunzhai-2022', 1, 'sum_mismatch', 'table',
     '其中：当年财政拨款    2200.00', '其中：当年财政拨款    2100.00', '当年财政拨款    2100.00',
     '年初预算数 column: 2100.00 + 0.00 + 0.00 = 2100.00, but 年度资金总额 is 2200.00',
     '其中：当年财政拨款    2200.00'),
    ('yn-jiangcheng-dibiancunzhai-2022', 2, 'implausible_rate', 'table',
     '≥90%    85.50%', '≥90%    105.50%', '105.50%',
     'satisfaction cannot exceed 100%', '85.50%'),
    ('yn-jiangcheng-dibiancunzhai-2022', 3, 'average_mismatch', 'prose',
     '平均每村516万元', '平均每村526万元', '平均每村526万元',
     '(548 + 512 + 520 + 500 + 500) / 5 = 516万元, stated 526', '516万元'),
    ('yn-jiangcheng-dibiancunzhai-2022', 4, 'grade_mismatch', 'prose',
     '评价等级为良好', '评价等级为优秀', '评价等级为优秀',
     'total 89.81 lies in the 良 band (80 <= s < 90), stated 优秀', '评价等级为良好'),
    ('yn-jiangcheng-dibiancunzhai-2022', 5, 'score_sum_mismatch', 'table',
     '84%    8    7.47', '84%    8    7.74', '84%    8    7.74',
     'row scores now add up to 90.08 (8.55 + 48.14 + 23.89 + 9.5), stated total 89.81 in table and text', '7.47'),
    ('yn-jiangcheng-dibiancunzhai-2022', 6, 'conflicting_values', 'prose',
     '新建改造村内道路18.6公里；', '新建改造村内道路16.8公里；', '村内道路16.8公里',
     'the text gives 16.8公里 of village roads, the 自评表 18.6公里 for the same indicator', '18.6公里'),
    # ---- C: Guangxi, full-width bars, funds table with 行次
    ('gx-ningming-bianjingcun-2018', 1, 'rate_mismatch', 'prose',
     '支出占到位资金的95.18%', '支出占到位资金的95.81%', '到位资金的95.81%',
     'spent / received = 1,066.00 / 1,120.00 = 95.18% (and 1,066.00 / 1,150.00 = 92.70%), stated 95.81%', '95.18%'),
    ('gx-ningming-bianjingcun-2018', 2, 'sum_mismatch', 'prose',
     '安全饮水工程210.00万元', '安全饮水工程201.00万元', '安全饮水工程201.00万元',
     'uses 640.00 + 201.00 + 180.00 + 120.00 = 1,141.00, stated 全年预算 1,150.00', '210.00'),
    ('gx-ningming-bianjingcun-2018', 3, 'weight_sum_mismatch', 'table',
     '｜3座｜3座｜100.00%｜7｜7｜', '｜3座｜3座｜100.00%｜9｜7｜', '100.00%｜9｜7',
     '便民桥 weight 9: the 分值 column now adds up to 102, stated 合计 100', '｜3座｜3座｜100.00%｜7｜7｜'),
    ('gx-ningming-bianjingcun-2018', 4, 'completion_mismatch', 'table',
     '32.5公里｜101.56%', '32.5公里｜101.65%', '101.65%',
     '32.5公里 / 32公里 = 101.56%, stated 101.65%', '101.56%'),
    ('gx-ningming-bianjingcun-2018', 5, 'unit_mismatch', 'prose',
     '便民桥180.00万元', '便民桥1800000万元', '便民桥1800000万元',
     'the 便民桥 amount is written in 元 (1,800,000) with the unit 万元; rescaled by 10^-4 the uses add up to 1,150.00',
     '180.00万元'),
    ('gx-ningming-bianjingcun-2018', 6, 'year_mismatch', 'table',
     '（2018年度）', '（2019年度）', '（2019年度）',
     'the 自评表 claims 2019 while the report and the table title evaluate 2018', '（2018年度）'),
    # ---- D: Heilongjiang, department overall report, one cell per line
    ('hlj-fuyuan-jiewu-2019', 1, 'average_mismatch', 'prose',
     '平均94.17分', '平均94.71分', '平均94.71分',
     '(96.5 + 92 + 94) / 3 = 94.17, stated 94.71', '94.17'),
    ('hlj-fuyuan-jiewu-2019', 2, 'balance_mismatch', 'prose',
     '界标界桩维护经费结余3.64万元', '界标界桩维护经费结余3.46万元', '结余3.46万元',
     '界标界桩维护: 56.00 - 52.36 = 3.64万元, stated 3.46', '3.64'),
    ('hlj-fuyuan-jiewu-2019', 3, 'rate_mismatch', 'table',
     '\t97.54\n\t100\n\t94.53', '\t97.54\n\t100\n\t94.35', '100\n\t94.35',
     'row (7)=(4)/(2), 项目支出: 149.36 / 158.00 = 94.53, stated 94.35', '94.53'),
    ('hlj-fuyuan-jiewu-2019', 4, 'conflicting_values', 'prose',
     '界江巡查27次', '界江巡查29次', '界江巡查29次',
     'the text gives 29 river patrols, the 自评表 27次 (completion 112.50% = 27/24)', '27次'),
    ('hlj-fuyuan-jiewu-2019', 5, 'score_exceeds_weight', 'table',
     '\t5\n\t100%\n\t100%\n\t100.00%\n\t5\n\t\n\n\t\n\t成本指标\n\t界桩单桩平均维护成本\n\t10\n\t≤1.2万元\n\t1.01万元\n\t100.00%\n\t10',
     '\t5\n\t100%\n\t100%\n\t100.00%\n\t6\n\t\n\n\t\n\t成本指标\n\t界桩单桩平均维护成本\n\t10\n\t≤1.2万元\n\t1.01万元\n\t100.00%\n\t9',
     '涉界事件处置及时率\n\t5\n\t100%\n\t100%\n\t100.00%\n\t6',
     '涉界事件处置及时率 scores 6 against a weight of 5 (the next row is lowered to 9, so the total 99.56 still adds up)',
     None),
    ('hlj-fuyuan-jiewu-2019', 6, 'grade_mismatch', 'table',
     '\t评价等级\n\t优', '\t评价等级\n\t良', '评价等级\n\t良',
     'total 99.56 lies in the 优 band, the table states 良', '评价等级\n\t优'),
    # ---- E: Tibet, web page, single spaces between cells
    ('xz-jilong-bianminbuzhu-2024', 1, 'implausible_rate', 'prose',
     '一线边民满意度97.40%', '一线边民满意度107.40%', '一线边民满意度107.40%',
     'a satisfaction rate cannot exceed 100%', '97.40%'),
    ('xz-jilong-bianminbuzhu-2024', 2, 'weight_sum_mismatch', 'table',
     '3200元/人·年 3200元/人·年 5 5', '3200元/人·年 3200元/人·年 6 5', '3200元/人·年 6 5',
     'weights now add up to 101 (二线边民补助标准 6), stated 总分 100', '3200元/人·年 3200元/人·年 5 5'),
    ('xz-jilong-bianminbuzhu-2024', 3, 'score_sum_mismatch', 'table',
     '≥95% 80% 10 8.42', '≥95% 80% 10 8.24', '80% 10 8.24',
     'row scores now add up to 95.09, stated total 95.27 in table and text', '8.42'),
    ('xz-jilong-bianminbuzhu-2024', 4, 'completion_mismatch', 'prose',
     '完成目标的100.84%', '完成目标的100.48%', '完成目标的100.48%',
     '3,126人 / 3,100人 = 100.84%, stated 100.48%', '100.84%'),
    ('xz-jilong-bianminbuzhu-2024', 5, 'sum_mismatch', 'prose',
     '自治区配套360.00万元', '自治区配套306.00万元', '自治区配套306.00万元',
     '2,800.00 + 306.00 + 60.00 = 3,166.00, stated 全年预算 3,220.00 (and 年初 3,160.00 = 中央 + 自治区 no longer holds)',
     '360.00'),
    ('xz-jilong-bianminbuzhu-2024', 6, 'conflicting_values', 'table',
     '≥90% 96.2% 10 10', '≥90% 92.6% 10 10', '92.6%',
     'the 自评表 gives satisfaction 92.6%, the text 综合满意度96.20% for the same indicator', '96.2'),
]


def main():
    labels = []
    by_src = {}
    for e in EDITS:
        by_src.setdefault(e[0], []).append(e)
    for src in SOURCES:
        clean = open(os.path.join(CASES, src + '-clean.txt'), encoding='utf-8').read()
        labels.append({'case': src + '-clean.txt', 'source': src, 'clean': True, 'expected': []})
        edits = sorted(by_src[src], key=lambda e: e[1])
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], src
        for _, n, code, where, old, new, value, expl, figure in edits:
            assert clean.count(old) == 1, (src, n, 'old string must match exactly once', old)
            if figure is not None:
                want = 2 if code == 'conflicting_values' else 1
                assert clean.count(figure) == want, (src, n, 'figure occurs %d times' % clean.count(figure), figure)
            text = clean.replace(old, new)
            assert text.count(value) == 1, (src, n, 'label value must occur once', value)
            name = '%s-e%d.txt' % (src, n)
            with open(os.path.join(CASES, name), 'w', encoding='utf-8') as fh:
                fh.write(text)
            labels.append({'case': name, 'source': src, 'clean': False,
                           'expected': [{'code': code, 'severity': 'error', 'value': value, 'explanation': expl}]})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + '\n')
    where = {}
    for e in EDITS:
        where[e[3]] = where.get(e[3], 0) + 1
    print('built %d cases (%d clean, %d errors); prose %d, table %d' % (
        len(labels), len(SOURCES), len(EDITS), where.get('prose', 0), where.get('table', 0)))


if __name__ == '__main__':
    main()
