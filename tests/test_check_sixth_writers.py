"""Shapes the writers of the sixth session brought (issue 10, round 18 on first sight: department-wide reports,
student aid, forestry, public health, old-community renovation): each miss or false alarm that is a general way of
writing a report is a test here, beside the clean form it must leave alone."""

from __future__ import annotations

from chains.check import check
from chains.text.report_tables import find_tables


def errors(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).errors]


DEPARTMENT_FUNDS = """（二）基本支出和项目支出（单位：万元）
| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |
|---|---|---|---|---|
| 基本支出 | 1,896.80 | 1,912.36 | 1,905.84 | 99.66% |
| 　人员经费 | 1,672.64 | 1,688.20 | 1,687.05 | 99.93% |
| 　公用经费 | 224.16 | 224.16 | 218.79 | 97.60% |
| 项目支出 | 250.00 | 476.16 | 396.12 | 83.19% |
| 合计 | 2,146.80 | 2,388.52 | {spent} | 96.38% |
"""


def test_a_row_broken_down_by_the_rows_under_it_stands_for_them_in_the_columns_sum() -> None:
    # 基本支出 = 人员经费 + 公用经费 in every column: the 合计 adds 基本支出 and 项目支出, not all four rows
    assert [e for e in errors(DEPARTMENT_FUNDS.format(spent="2,301.96")) if e[0] == "sum_mismatch"] == []
    wrong = DEPARTMENT_FUNDS.format(spent="2,310.96")
    assert ("sum_mismatch", "2,310.96") in errors(wrong)


TWO_FORMS = """附件1：2023年度部门整体支出绩效自评表
｜一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜
｜预算执行｜预算执行率｜预算执行率｜100%｜98.6%｜20｜19.72｜
｜产出指标｜数量指标｜食品安全监督抽检批次｜≥3000批次｜3126批次｜40｜40｜
｜效益指标｜社会效益指标｜食品安全评价性抽检合格率｜≥98%｜98.7%｜{weight}｜{weight}｜
｜满意度指标｜服务对象满意度｜群众满意度｜≥90%｜93.5%｜{rest}｜{rest}｜
｜合计｜｜｜｜｜100｜99.72｜

附件2：2023年度项目支出绩效自评表（食品安全监督抽检经费）
｜一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜
｜预算执行｜预算执行率｜预算执行率｜100%｜99.2%｜10｜9.92｜
｜产出指标｜数量指标｜食品安全监督抽检批次｜≥3000批次｜3126批次｜60｜60｜
｜效益指标｜社会效益指标｜食品安全评价性抽检合格率｜≥98%｜98.7%｜15｜15｜
｜满意度指标｜服务对象满意度｜被抽检单位满意度｜≥90%｜95%｜15｜15｜
｜合计｜｜｜｜｜100｜99.92｜
"""


def test_two_whole_self_evaluation_forms_weigh_one_indicator_each_their_own_way() -> None:
    assert errors(TWO_FORMS.format(weight="8", rest="32")) == []
    # the actual value is one fact, whichever form states it
    slipped = TWO_FORMS.format(weight="8", rest="32").replace("98.7%｜15", "97.8%｜15")
    assert ("conflicting_values", "97.8%") in errors(slipped)


def test_a_weight_typed_wrong_on_a_row_short_of_its_target_takes_the_blame_when_its_share_shows_it() -> None:
    form = """一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分
预算执行,预算执行率,预算执行率,100%,97.62%,10,9.76
产出指标,数量指标,改造老旧小区数量,=8个,8个,40,40
产出指标,时效指标,完工时间,2023年11月30日前,2023年12月15日,10,8
效益指标,可持续影响指标,小区物业管理覆盖率,≥80%,75%,{w},9.38
满意度指标,服务对象满意度指标,居民满意度,≥90%,95.20%,30,30
合计,,,,,100,97.14
"""
    assert errors(form.format(w="10")) == []
    # 10 × 75 ÷ 80 = 9.38: the row's score shows its weight is 10, not 12 (the date row, 10 against 8, shows nothing)
    wrong = form.format(w="12")
    found = [f for f in check(wrong).errors if f.code == "weight_sum_mismatch"]
    assert [wrong[f.span[0] : f.span[1]] for f in found] == ["12"]
    assert "若为10" in found[0].message


def test_a_met_target_of_none_happening_takes_the_blame_for_a_raised_weight() -> None:
    form = """一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
预算执行\t预算执行率\t预算执行率\t100%\t99.57%\t10\t9.96
产出指标\t数量指标\t办理贷款人数\t≥5000人\t5646人\t50\t50
效益指标\t社会效益指标\t因经济困难失学的大学新生人数\t0人\t0人\t{w}\t10
满意度指标\t服务对象满意度指标\t贷款学生及家长满意度\t≥90%\t95.2%\t30\t30
总分\t\t\t\t\t100\t99.96
"""
    assert errors(form.format(w="10")) == []
    assert errors(form.format(w="15")) == [("weight_sum_mismatch", "15")]


def test_an_indicator_named_in_a_sentence_that_also_states_the_tables_figure_agrees_with_it() -> None:
    text = """（四）满意度指标完成情况
两所学校共发放问卷600份，一中受助学生满意度97.8％，民族中学96.6％，两校平均{mean}，达到不低于95％的目标。

一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
满意度指标\t服务对象满意度\t受助学生满意度\t≥95％\t97.2％\t10\t10
"""
    assert [e for e in errors(text.format(mean="97.2％")) if e[0] == "conflicting_values"] == []


def test_parts_that_break_down_the_year_s_money_before_what_was_carried_in_are_no_short_sum() -> None:
    text = ("2021年下达生态公益林补偿资金1428.03万元，加上2020年结转的公共管护资金12.36万元，2021年项目全年预算数为"
            "{total}万元。\n按用途分，损失性补偿资金1328.40万元（66.42万亩×20元/亩），公共管护资金99.63万元"
            "（66.42万亩×1.5元/亩）。\n")
    assert [e for e in errors(text.format(total="1440.39")) if e[0] == "sum_mismatch"] == []


CSV_FUNDS = """资金来源,年初预算数,全年预算数,实际到位,全年执行数,执行率
中央补助资金,"2,860.00","2,860.00","2,860.00","2,812.46",{rate}
市级补助资金,"1,200.00","1,350.00","1,350.00","1,318.70",97.68%
区级配套资金,800.00,640.00,640.00,603.28,94.26%
合计,"4,860.00","4,850.00","4,850.00","4,734.44",97.62%
"""


def test_a_csv_sheet_with_quoted_thousands_is_read_cell_by_cell() -> None:
    (table,) = find_tables(CSV_FUNDS.format(rate="98.34%"))
    assert table.rows[1].texts == ["中央补助资金", "2,860.00", "2,860.00", "2,860.00", "2,812.46", "98.34%"]
    assert errors(CSV_FUNDS.format(rate="98.34%")) == []
    assert ("rate_mismatch", "98.43%") in errors(CSV_FUNDS.format(rate="98.43%"))


def test_a_csv_row_whose_note_holds_a_chinese_comma_stays_in_its_sheet() -> None:
    sheet = """一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因分析及改进措施
产出指标,时效指标,完工时间,2023年11月30日前,2023年12月15日,8,6,管线迁改审批及降雨影响，推迟15天
产出指标,成本指标,每平方米改造成本,≤210元,194.19元,8,8,
合计,,,,,16,14,
"""
    (table,) = find_tables(sheet)
    assert [r.texts[2] for r in table.data_rows()] == ["完工时间", "每平方米改造成本", ""]


STATIONS = """| 序号 | 站点 | 等级 | 建筑面积(㎡) | 总投资 | 省级补助 | 县级配套 | 乡镇及企业自筹 |
|---|---|---|---|---|---|---|---|
| 1 | 官舟镇客运站 | 一级 | 1860 | 236.48 | 120.00 | 36.00 | 80.48 |
| 2 | 谯家镇客运站 | 二级 | 1120 | 158.70 | 80.00 | 24.00 | 54.70 |
| 3 | 甘溪镇客运站 | 二级 | 1050 | 149.26 | 80.00 | 24.00 | 45.26 |
| 4 | 塘坝镇客运站 | 三级 | 520 | 72.35 | 40.00 | 12.00 | 20.35 |
| 5 | 夹石镇客运站 | 三级 | 480 | 68.90 | 40.00 | 12.00 | 16.90 |
| 合计 | | | {area} | 685.69 | 360.00 | 108.00 | 217.69 |
"""


def test_rows_that_add_up_by_the_standards_they_follow_are_no_breakdown() -> None:
    # 80.00 = 40.00 + 40.00 and 24.00 = 12.00 + 12.00, but not in the other columns: five stations, none nested
    assert errors(STATIONS.format(area="5030")) == []
    assert ("sum_mismatch", "5300") in errors(STATIONS.format(area="5300"))


def test_a_slip_inside_a_breakdown_leaves_the_column_uncertain_not_wrong() -> None:
    table = """科目｜全年预算（万元）｜执行数（万元）
一、直接费用｜280.90｜265.10
材料费｜{material}｜98.35
劳务费｜177.40｜166.75
二、间接费用｜45.50｜44.48
管理费｜27.20｜26.28
绩效支出｜18.30｜18.20
合计｜326.40｜309.58
"""
    assert errors(table.format(material="103.50")) == []
    # 直接费用 no longer adds up in its budget column: which row slipped is not read with certainty, no sum is wrong
    assert [e for e in errors(table.format(material="105.30")) if e[1] in ("326.40", "309.58")] == []


def test_a_group_numbered_like_those_that_add_up_must_add_up_too() -> None:
    table = """序号｜项目名称｜资金规模（万元）｜已拨付（万元）
一｜产业发展类｜300.00｜280.00
1｜肉牛养殖示范场｜200.00｜190.00
2｜冷链仓储物流中心｜100.00｜90.00
二｜基础设施类｜{group}｜160.00
3｜村道硬化｜120.00｜110.00
4｜饮水巩固提升｜60.00｜50.00
合计｜｜480.00｜440.00
"""
    assert errors(table.format(group="180.00")) == []
    wrong = table.format(group="190.00")  # the group's figure retyped: its rows say 180.00, the 合计 says 480.00 − 300.00
    found = [f for f in check(wrong).errors if f.code == "sum_mismatch"]
    assert [wrong[f.span[0] : f.span[1]] for f in found] == ["190.00"]
    assert "基础设施类" in found[0].message


def test_a_completion_rate_with_its_target_in_brackets_and_thousands_separators() -> None:
    text = "全年受助学生1,084人，完成年度目标（≥1,000人）的{rate}，资助资金全部按时发放。\n"
    assert errors(text.format(rate="108.40％")) == []
    assert ("completion_mismatch", "104.80％") in errors(text.format(rate="104.80％"))


def test_a_share_of_counts_with_the_parts_own_details_in_brackets() -> None:
    text = "2023年春季学期资助学生1,410人（一中862人、民族中学548人），占春季学期在校生3,586人的{rate}；秋季学期另行统计。\n"
    assert errors(text.format(rate="39.32％")) == []
    assert errors(text.format(rate="39.23％")) == [("rate_mismatch", "39.23％")]


NUMBERED_FORM = """全年执行数：12026.35万元
执行率：97.07%
分值：10分　得分：9.71分
绩效指标：
1、产出指标-数量指标-居民电子健康档案建档率：年度指标值≥90%，实际完成值93.1%，完成率103.44%，分值30分，得分30分。
2、产出指标-质量指标-肺结核患者管理率：年度指标值≥90%，实际完成值95.4%，完成率106.00%，分值20分，得分20分。
3、效益指标-社会效益指标-重点人群家庭医生签约率：年度指标值≥75%，实际完成值71.2%，完成率94.93%，分值30分，得分28.48分。
4、满意度指标-服务对象满意度指标-服务对象满意度：年度指标值≥85%，实际完成值92.7%，完成率109.06%，分值10分，得分10分。
分值合计：100分
得分合计：{total}分
"""


def test_a_numbered_list_of_indicators_closed_by_its_total_lines_with_the_execution_fields_above() -> None:
    # the 预算执行率 row's 分值/得分 are the funds block's named fields: 10 + 30 + 20 + 30 + 10 = 100
    assert errors(NUMBERED_FORM.format(total="98.19")) == []
    assert errors(NUMBERED_FORM.format(total="98.91")) == [("score_sum_mismatch", "98.91分")]


SIMPLE = """表1 子项目资金安排及支出情况

  序号  子项目名称              实施地点           全年预算  实际支出  执行率
                                                   （万元）  （万元）
  ----- ----------------------- ----------------- --------- --------- -------
  1     东乡贡羊基础母羊补栏    锁南等12个乡镇       620.00    612.00  98.71%
  2     马铃薯脱毒种薯扩繁基地  龙泉等5个乡镇        286.50    280.16  {rate}
        合计                                         906.50    892.16  98.42%
  ----- ----------------------- ----------------- --------- --------- -------
"""


def test_a_pandoc_simple_table_is_read_by_its_dashes() -> None:
    (table,) = find_tables(SIMPLE.format(rate="97.79%"))
    assert table.rows[0].texts == ["序号", "子项目名称", "实施地点", "全年预算（万元）", "实际支出（万元）", "执行率"]
    assert table.rows[3].texts == ["", "合计", "", "906.50", "892.16", "98.42%"]  # blank cells stay blank
    assert errors(SIMPLE.format(rate="97.79%")) == []
    assert ("rate_mismatch", "97.97%") in errors(SIMPLE.format(rate="97.97%"))


def test_a_scans_stray_space_after_the_decimal_point_of_a_rate() -> None:
    text = "全年预算3,240.00万元，实际支出3,018.46万元，预算执行率93. {d}%。\n1. 95%的受益群众表示满意。\n"
    assert errors(text.format(d="16")) == []
    assert errors(text.format(d="61")) == [("rate_mismatch", "93. 61%")]


def test_the_execution_weight_in_a_funds_block_not_read_leaves_the_weights_sum_unjudged() -> None:
    # the funds block's rows run numbers with spaces in them ("2 860.00"): its 分值 10 cannot be read, so the
    # indicators' 90 against the stated 100 says nothing
    form = """项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 2 860.00 3 240.00 3 018.46 10 93.16% 9.32
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分
产出指标 数量指标 渠道衬砌改造长度 ≥45公里 43.8公里 50 48.67
效益指标 社会效益指标 改善灌溉面积 ≥12.6万亩 12.6万亩 30 30
满意度指标 服务对象满意度指标 受益群众满意度 ≥95% 93.5% 10 9.84
总分 100 97.83
"""
    assert [e for e in errors(form) if e[0] == "weight_sum_mismatch"] == []


TRANSPOSED = """2020年城乡医疗救助补助资金全年预算{annual}万元，已全额拨入医疗救助资金专户。
项目\t中央\t省级\t市级\t县级\t合计
年初预算\t1,236.00\t412.00\t60.00\t380.00\t2,088.00
全年预算\t1,517.00\t468.00\t60.00\t420.00\t2,465.00
实际支出\t1,517.00\t461.36\t60.00\t364.82\t2,403.18
执行率\t100.00%\t98.58%\t100.00%\t86.86%\t97.49%
"""


def test_a_funds_table_by_source_gives_the_projects_figures_in_its_total_column() -> None:
    assert errors(TRANSPOSED.format(annual="2,465.00")) == []  # not 1,517.00, 中央's
    slipped = TRANSPOSED.format(annual="2,456.00")
    assert [(f.code, f.severity, slipped[f.span[0] : f.span[1]]) for f in check(slipped).findings] == [
        ("conflicting_values", "warning", "2,456.00万元"), ("conflicting_values", "warning", "2,465.00")]


def test_a_source_row_typed_wrong_takes_the_blame_when_the_text_bears_out_the_total_and_the_other_source() -> None:
    form = """｜项目资金（万元）｜年初预算数｜全年预算数｜全年执行数｜
｜年度资金总额｜400.00｜410.00｜408.60｜
｜其中：当年财政拨款｜394.00｜404.00｜{part}｜
｜上年结转资金｜6.00｜6.00｜6.00｜

项目年初预算400.00万元，其中当年财政拨款394.00万元、上年结转资金6.00万元。全年支出408.60万元，预算执行率99.66%。
"""
    assert errors(form.format(part="402.60")) == []
    assert errors(form.format(part="402.06")) == [("sum_mismatch", "402.06")]


def test_a_figure_said_to_reach_so_much_is_a_fact_that_can_be_transposed() -> None:
    text = """｜一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜完成率｜分值｜得分｜
｜产出指标｜数量指标｜垃圾收集点位覆盖数｜≥1,260个｜1,284个｜101.90%｜5｜5｜

通过新设和改造垃圾收集点，覆盖收集点位达到{n}个。城区生活垃圾全部做到日产日清。
"""
    assert check(text.format(n="1,284")).findings == []
    slipped = text.format(n="1,248")
    found = [f for f in check(slipped).findings if f.code == "conflicting_values"]
    assert [slipped[f.span[0] : f.span[1]] for f in found] == ["达到1,248个"]
    assert "此处为1,248个" in found[0].message


def test_money_carried_in_between_the_initial_and_the_annual_budget_may_be_part_of_it() -> None:
    text = ("2023年县财政年初安排本项目预算45.00万元；6月，县财政追加4.00万元；另有2022年结转资金3.80万元纳入本年使用，"
            "全年预算合计{annual}万元，资金全部到位。\n")
    assert errors(text.format(annual="52.80")) == []
    assert ("sum_mismatch", "53.80万元") in errors(text.format(annual="53.80"))


def test_a_line_number_row_is_no_row_of_figures() -> None:
    table = """资金来源｜全年预算数｜实际到位数｜实际支出数｜结余
行次｜(2)｜(3)｜(4)｜(5)=(3)-(4)
省级补助｜12.00｜12.00｜12.00｜0
市级补助｜6.00｜6.00｜5.40｜0.60
县级财政｜30.00｜27.50｜26.38｜1.12
合计｜48.00｜45.50｜{spent}｜1.72
"""
    assert errors(table.format(spent="43.78")) == []
    assert ("sum_mismatch", "43.87") in errors(table.format(spent="43.87"))


FORM = """一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分
预算执行｜预算执行率｜预算执行率｜100%｜98.24%｜10｜9.82
产出指标｜数量指标｜建立家政用工对接企业｜≥5家｜4家｜{firms}｜4
产出指标｜时效指标｜项目建设完成时间｜2019年11月30日前｜2019年11月28日｜{time}｜5
产出指标｜质量指标｜培训合格率｜≥90%｜96%｜40｜40
满意度指标｜服务对象满意度｜参训学员满意度｜≥90%｜97.18%｜40｜40
总分｜｜｜｜｜100｜98.82
"""


def test_a_weight_typed_too_low_or_too_high_takes_the_blame_when_its_row_shows_it() -> None:
    assert errors(FORM.format(firms="5", time="5")) == []
    # 5 × 4 ÷ 5 = 4: the row's score shows its weight is 5, not 4
    assert errors(FORM.format(firms="4", time="5")) == [("weight_sum_mismatch", "4")]
    # met before its deadline, full marks are 5: not 6
    assert errors(FORM.format(firms="5", time="6")) == [("weight_sum_mismatch", "6")]


def test_a_forms_year_cell_between_bars_is_the_year_it_claims() -> None:
    text = """陇县供销合作社联合社2019年度部门整体支出绩效自评报告

一、部门基本情况
陇县供销合作社联合社承担农村电子商务服务、农资供应等职能，2019年全年预算311.40万元。

附件：陇县供销合作社联合社2019年度部门整体支出绩效自评表
部门名称｜陇县供销合作社联合社｜{field}｜{year}年
"""
    for field in ("年度", "预算年度"):
        assert errors(text.format(field=field, year="2019")) == []
        assert errors(text.format(field=field, year="2018")) == [("year_mismatch", "2018年")]


def test_an_average_after_a_list_when_an_earlier_respectively_lists_no_figures() -> None:
    text = ("先后组织初审、复审和终审三次评审，分别邀请省、市方志专家参加，三次评审专家组综合评分分别为87分、90分和94分，"
            "平均{mean}分。\n")
    assert errors(text.format(mean="90.33")) == []
    assert errors(text.format(mean="90.67")) == [("average_mismatch", "90.67分")]


def test_of_a_total_spent_a_sources_grant_followed_by_what_it_executed_counts_what_it_executed() -> None:
    text = ("截至2022年12月31日，项目全年执行149.37万元，预算执行率94.18%。其中当年财政拨款150.00万元，执行{grant}万元，"
            "执行率93.85%；上年结转资金8.60万元，全部执行。\n")
    assert [e for e in errors(text.format(grant="140.77")) if e[0] == "sum_mismatch"] == []


def test_parts_followed_by_the_rest_named_without_its_figure_are_not_all_of_them() -> None:
    text = ("调整后全年预算2346.80万元，其中中央补助资金1628.00万元、市级补助资金482.00万元，其余为县级配套资金。"
            "按用途分，老旧小区改造配套基础设施1844.80万元，公租房租赁补贴312.00万元。\n")
    assert [e for e in errors(text) if e[0] == "sum_mismatch"] == []


DEPARTMENT = """表1 部门支出预算执行情况（单位：万元）
项目｜年初预算数｜全年预算数｜全年执行数｜执行率
支出合计｜452.60｜486.20｜473.02｜97.29%
一、基本支出｜306.60｜314.20｜312.64｜99.50%
其中：人员经费｜270.40｜277.00｜276.18｜99.70%
公用经费｜36.20｜37.20｜36.46｜98.01%
二、项目支出｜146.00｜172.00｜160.38｜93.24%
其中：执法装备购置｜60.00｜68.00｜66.38｜97.62%
执法车辆运行维护｜46.00｜54.00｜47.60｜88.15%
超限检测站运行｜40.00｜50.00｜46.40｜92.80%

执法车辆运行维护项目得分较低，主要是执行率88.15%，且车辆平均车龄较长。

一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分
预算执行｜预算执行率｜部门预算执行率｜100%｜97.29%｜10｜9.73
"""


def test_a_departments_rows_broken_down_and_one_items_rate_said_in_the_text() -> None:
    # 基本支出 = 人员经费 + 公用经费 and 项目支出 = its three projects: the total adds the two; 88.15% is one project's
    assert errors(DEPARTMENT) == []
    assert ("rate_mismatch", "93.24%") in errors(DEPARTMENT.replace("｜160.38｜93.24%", "｜160.83｜93.24%"))


def test_a_funds_total_over_sources_broken_down_by_the_rows_under_them() -> None:
    table = """支出类别｜年初预算数｜全年预算数｜全年执行数｜执行率
合计｜708.40｜767.40｜{spent}｜98.22%
基本支出｜612.40｜628.90｜628.90｜100.00%
其中：人员经费｜548.20｜561.70｜561.70｜100.00%
公用经费｜64.20｜67.20｜67.20｜100.00%
项目支出｜96.00｜138.50｜124.86｜90.15%
"""
    assert errors(table.format(spent="753.76")) == []
    assert ("sum_mismatch", "735.76") in errors(table.format(spent="735.76"))


def test_a_list_whose_last_item_went_unread_is_not_short_of_its_total() -> None:
    text = ("特困人员救助供养资金年初预算1268.00万元，年中追加94.56万元，全年预算1362.56万元。按资金来源分，中央财政困难群众救助"
            "补助资金812.00万元（其中2019年12月提前下达560.00万元），省级补助336.00万元，市级补助65.00万元，县级财政安排{county}万元。\n")
    assert [e for e in errors(text.format(county="149.56")) if e[0] == "sum_mismatch"] == []


def test_people_besides_the_total_are_no_part_of_it() -> None:
    text = "核定事业编制48名，2024年末在职在编人员45人，其中专业技术人员38人，另有退休人员21人。\n"
    assert errors(text) == []


def test_an_average_per_counted_unit_of_one_amount_when_the_sentence_gives_two() -> None:
    text = ("其中应急车辆购置预算72.00万元，实际支出72.00万元，执行率100%，共购置负压救护车2辆，平均每辆{mean}万元，"
            "配备给县人民医院。\n")
    assert errors(text.format(mean="36.00")) == []


def test_the_levels_scores_added_up_in_the_text_are_no_total() -> None:
    text = ("经自评，本项目预算执行率得分9.50分，产出、效益、满意度指标合计得分87.78分，自评总分97.28分，评价等级为“优”。\n"
            "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
            "预算执行｜预算执行率｜预算执行率｜100%｜95.00%｜10｜9.50\n"
            "产出指标｜数量指标｜评审项目数｜≥120个｜126个｜50｜50\n"
            "效益指标｜经济效益｜审减率｜≥5%｜5.6%｜30｜27.78\n"
            "满意度指标｜服务对象满意度｜送审单位满意度｜≥90%｜96%｜10｜10\n"
            "合计｜｜｜｜｜100｜97.28\n")
    assert [e for e in errors(text) if e[0] == "score_sum_mismatch"] == []
