"""Shapes the writers of the eleventh session brought (issue 10, misses of the held-out-style sets that are general
ways of laying out a department's funds table): each is a test here, beside the clean form it must leave alone."""

from __future__ import annotations

from chains.check import check


def findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, text[f.span[0] : f.span[1]]) for f in check(text).findings]


def errors(text: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[1] == "error"]


# -- a row broken down by the 其中 rows under it -------------------------------------------------------------------

DEPARTMENT = """二、部门收支情况
全年支出322.88万元，预算执行率98.78%。各类支出明细如下（单位：万元）：
项目｜年初预算数｜全年预算数｜全年执行数｜执行率
支出合计｜312.46｜326.86｜322.88｜98.78%
一、基本支出｜{basic}｜272.86｜271.51｜99.51%
其中：人员经费｜231.20｜245.60｜245.60｜100.00%
公用经费｜{public}｜27.26｜25.91｜95.05%
二、项目支出｜54.00｜54.00｜51.37｜95.13%
其中：劳动保障监察执法专项｜36.00｜36.00｜34.12｜94.78%
根治欠薪专项工作经费｜18.00｜18.00｜17.25｜95.83%
三、绩效目标完成情况
"""


def test_the_parts_of_basic_spending_must_add_up_to_it_in_every_column() -> None:
    assert errors(DEPARTMENT.format(basic="258.46", public="27.26")) == []
    # 人员经费 + 公用经费 = 231.20 + 27.62 ≠ 258.46, while 基本支出 + 项目支出 = 312.46: the part is the slip
    text = DEPARTMENT.format(basic="258.46", public="27.62")
    found = check(text).findings
    sums = [f for f in found if f.code == "sum_mismatch"]
    assert [(f.severity, text[f.span[0] : f.span[1]]) for f in sums] == [("error", "27.62")]
    assert "27.26" in sums[0].message and "基本支出" in sums[0].message
    assert sums[0].related  # the parts it added


def test_the_row_itself_is_blamed_when_its_rank_misses_the_total_through_it_too() -> None:
    # 基本支出 258.64: neither its parts (258.46) nor 基本支出 + 项目支出 (312.64 ≠ 312.46) agree with it
    text = DEPARTMENT.format(basic="258.64", public="27.26")
    assert ("sum_mismatch", "error", "258.64") in errors(text)


PROJECTS = """二、部门收支情况
项目｜年初预算数｜全年预算数｜全年执行数｜执行率
合计｜1286.40｜1542.75｜1498.36｜97.12%
基本支出｜598.20｜612.35｜612.35｜100.00%
项目支出｜688.20｜930.40｜886.01｜95.23%
其中：河长制工作经费｜126.00｜126.00｜120.50｜95.63%
山塘整治｜300.00｜356.00｜342.10｜96.10%
"""


def test_a_qi_zhong_that_lists_some_projects_only_is_no_breakdown() -> None:
    # 126.00 + 300.00 of 688.20: the two named projects, not all of them, in every column
    assert [f for f in findings(PROJECTS) if f[0] == "sum_mismatch"] == []


# -- which row of a sum is wrong: two neighbouring digits changed places --------------------------------------------

SWAPPED = """（二）支出情况
支出项目｜年初预算数｜全年预算数｜全年支出数｜执行率
合计｜4875.20｜5346.80｜5198.46｜97.23%
基本支出｜1245.80｜1302.50｜1286.34｜98.76%
其中：人员经费｜1068.40｜1112.70｜1102.58｜99.09%
公用经费｜177.40｜189.80｜183.76｜96.82%
项目支出｜{projects}｜4044.30｜3912.12｜96.73%
"""


def test_the_row_whose_digits_swapped_back_make_the_total_hold_is_the_one_pointed_at() -> None:
    assert errors(SWAPPED.format(projects="3629.40")) == []
    text = SWAPPED.format(projects="3692.40")
    sums = [f for f in check(text).findings if f.code == "sum_mismatch"]
    assert [(f.severity, text[f.span[0] : f.span[1]]) for f in sums] == [("error", "3692.40")]
    assert "3629.40" in sums[0].message and "颠倒" in sums[0].message


TWO_BREAKDOWNS = """附件：部门整体支出绩效自评表（2024年度）
资金情况（万元）｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分
年度资金总额｜748.20｜798.86｜770.97｜10｜96.51%｜9.65
按收入性质分：一般公共预算｜748.20｜786.86｜758.97｜—｜—｜—
其他资金｜0.00｜12.00｜12.00｜—｜—｜—
按支出性质分：基本支出｜{basic}｜412.36｜409.12｜—｜—｜—
项目支出｜350.00｜386.50｜361.85｜—｜—｜—
"""


def test_every_breakdown_of_the_total_is_added_up_not_only_the_first() -> None:
    assert errors(TWO_BREAKDOWNS.format(basic="398.20")) == []
    text = TWO_BREAKDOWNS.format(basic="389.20")
    assert [f for f in errors(text) if f[0] == "sum_mismatch"] == [("sum_mismatch", "error", "389.20")]


# -- one row of a table in 万元 written in 元 --------------------------------------------------------------------------

SCHOOLS = """二、资金使用情况（单位：万元）
序号｜学校｜维修内容｜面积（平方米）｜预算｜支出｜进度
1｜西华池镇中心小学｜屋面防水｜1,200｜98.50｜98.50｜已完工
2｜板桥初级中学｜学生宿舍改造｜1,480｜132.40｜119.16｜已完工
3｜吉岘乡中心小学｜厕所改造｜310｜{cell}｜20.46｜已完工
合计｜｜｜2,990｜266.90｜238.12｜
"""


def test_a_row_in_yuan_in_a_column_in_wan_yuan_is_a_unit_slip_not_a_wrong_total() -> None:
    assert errors(SCHOOLS.format(cell="36.00")) == []
    found = errors(SCHOOLS.format(cell="360000.00"))
    assert found == [("unit_mismatch", "error", "360000.00")]


# -- a rate in the sentence that sets out the goals is a target ------------------------------------------------------

GOALS = """一、基本情况
部门整体绩效目标为：全年采集交换涉税信息12万条以上，乡镇电子税务局业务替代率达到85%，纳税人满意度不低于90%。
（四）自评工作开展情况
二、绩效目标实现情况
通过涉税信息比对，协助增收税款1632.4万元；乡镇电子税务局业务替代率{rate}，未达到85%的目标。
"""


def test_a_rate_in_the_sentence_that_sets_out_the_goals_is_no_earlier_statement_of_the_result() -> None:
    assert [f for f in findings(GOALS.format(rate="82.6%")) if f[0] == "conflicting_values"] == []


RESTATED = """二、绩效目标实现情况
乡镇电子税务局业务替代率达到86.2%，较上年提高3个百分点。
三、综合评价
综上，乡镇电子税务局业务替代率达到{rate}，线上办税成为主渠道。
"""


def test_a_result_rate_stated_twice_with_two_values_is_still_a_conflict() -> None:
    assert [f for f in findings(RESTATED.format(rate="86.2%")) if f[0] == "conflicting_values"] == []
    # the restatement is taken as the slip; nothing in the report settles it, so the first is marked 疑似 as well
    assert [f for f in findings(RESTATED.format(rate="84.1%")) if f[0] == "conflicting_values"] == [
        ("conflicting_values", "warning", "达到86.2%"), ("conflicting_values", "error", "达到84.1%")]


# -- the total's parts written above it, its sources under it -----------------------------------------------------------

ABOVE = """部门预算执行情况（单位：万元）
支出类别｜年初预算数｜全年预算数｜全年执行数｜执行率
基本支出｜{basic}｜452.15｜452.15｜100.00%
项目支出｜173.80｜237.60｜212.23｜89.32%
合计｜612.40｜689.75｜664.38｜96.32%
其中：一般公共预算财政拨款｜612.40｜689.75｜664.38｜96.32%
政府性基金预算财政拨款｜0.00｜0.00｜0.00｜—
"""


def test_the_parts_written_above_a_total_with_its_sources_under_it_are_added_up_too() -> None:
    assert errors(ABOVE.format(basic="438.60")) == []
    assert [f for f in errors(ABOVE.format(basic="438.06")) if f[0] == "sum_mismatch"] == [
        ("sum_mismatch", "error", "438.06")]


# -- one printed formula's slip written in the total column and its only source's ---------------------------------

FORMULA = """项目资金情况（单位：万元）
项目            行次           合计          财政拨款    上年结转    其他资金
全年预算资金    (2)            12.00         12.00       0           0
实际到位资金    (3)            12.00         12.00       0           0
全年执行资金    (4)            9.84          9.84        0           0
资金结余        (5)=(3)-(4)    {balance}          {balance}        0           0
"""


def test_a_formulas_slip_repeated_in_the_total_and_its_only_source_is_one_finding() -> None:
    assert errors(FORMULA.format(balance="2.16")) == []
    found = errors(FORMULA.format(balance="2.61"))
    assert [code for code, _, _ in found] == ["balance_mismatch"]


# -- prose completion against a target written as a bound ----------------------------------------------------------------


def test_a_target_written_as_a_bound_is_the_target_of_the_completion_rate_after_it() -> None:
    line = "（3）培训农民和基层社骨干不少于500人次，实际培训420人次，完成率{rate}，分值10分，得8.40分。\n"
    assert errors(line.format(rate="84%")) == []
    assert errors(line.format(rate="82%")) == [("completion_mismatch", "error", "82%")]


def test_one_figure_is_never_both_the_target_and_what_was_done() -> None:
    assert errors("培训农民不少于500人次，实际培训600人次以上，完成率120%。\n") == []


# -- what was left unpaid, whatever it consists of -------------------------------------------------------------------------

UNPAID = "项目年初预算250.00万元，资金全部到位。截至2023年12月31日，实际支出231.25万元。未支付的{left}万元为冷库工程质量保证金。\n"


def test_an_amount_left_unpaid_is_the_projects_balance_even_when_said_to_be_a_deposit() -> None:
    assert errors(UNPAID.format(left="18.75")) == []
    assert errors(UNPAID.format(left="17.85")) == [("balance_mismatch", "error", "17.85万元")]


# -- weights and scores of the levels -----------------------------------------------------------------------------------

WEIGHTS = """按照预算执行10分、产出指标50分、效益指标30分、满意度指标10分设置权重，其中效益指标中出所学员就业率15分、所内戒治秩序及社会效果15分。
经综合评定，本项目预算执行得8.12分，产出指标得46.43分，效益指标得{effect}分，满意度指标得10分。
"""


def test_an_indicator_named_with_a_social_effect_is_no_first_level_weight() -> None:
    assert errors(WEIGHTS.format(effect="19.80")) == []
    assert errors(WEIGHTS.format(effect="31.80")) == [("score_exceeds_weight", "error", "31.80")]


LEVELS = """一级指标｜二级指标｜三级指标｜指标值｜实际完成值｜分值｜得分
预算执行｜预算执行率｜部门预算执行率｜100%｜97.74%｜10｜9.77
产出指标｜数量指标｜法律援助案件办结数｜≥900件｜846件｜20｜18.80
产出指标｜质量指标｜人民调解成功率｜≥96%｜98.3%｜{weight}｜15
产出指标｜时效指标｜社区矫正衔接报到及时率｜100%｜100%｜15｜15
产出指标小计｜｜｜｜｜50｜48.80
效益指标｜社会效益｜社区矫正对象再犯罪率｜≤0.2%｜0.13%｜30｜30
效益指标小计｜｜｜｜｜30｜30
满意度指标｜服务对象满意度｜群众满意度｜≥95%｜96.2%｜10｜10
合计｜｜｜｜｜100｜98.57
"""


def test_a_level_that_misses_its_rows_while_the_levels_add_up_to_the_total_has_a_row_typed_wrong() -> None:
    assert errors(LEVELS.format(weight="15")) == []
    text = LEVELS.format(weight="17")
    found = [f for f in check(text).findings if f.code == "weight_sum_mismatch"]
    assert len(found) == 1 and found[0].severity == "error"
    pointed = text[found[0].span[0] : found[0].span[1]]
    assert "｜17｜" in pointed and "产出指标小计" not in pointed  # the rows, not the 小计's 50


def test_a_score_right_after_its_own_weight_may_be_written_without_the_word_score() -> None:
    line = "查处超限超载车辆642辆，该项分值8分，得{score}分；卸载转运超限货物3480吨。\n"
    assert errors(line.format(score="8")) == []
    assert errors(line.format(score="10")) == [("score_exceeds_weight", "error", "10")]


# -- a rate of the target for an indicator that is itself a rate -----------------------------------------------------------

SATISFACTION = """（三）满意度情况
共发放问卷400份，收回有效问卷375份，其中表示满意的330份，满意度为88%，为年度指标值的{rate}。
项目支出绩效自评表
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜偏差原因
满意度指标｜服务对象满意度指标｜沿线群众满意度｜≥90%｜88%｜10｜9.78｜宣传不够
"""


def test_a_rates_share_of_its_target_is_judged_against_the_forms_row_for_that_rate() -> None:
    assert errors(SATISFACTION.format(rate="97.78%")) == []
    assert errors(SATISFACTION.format(rate="97.87%")) == [("completion_mismatch", "error", "97.87%")]


# -- a text figure against the 自评表's: the side the report bears out is kept (eleventh session) ------------------------

TALENT = """二、资金安排情况
由于部分岗位报名人数不足，计划引进人数由70人调整为64人。
三、项目绩效情况
全年引进急需紧缺人才{text}人，其中博士研究生2人、硕士研究生18人、本科42人。
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜偏差原因
产出指标｜数量指标｜引进急需紧缺人才数量｜≥60人｜{table}人｜15｜15｜
"""


def test_the_table_cell_is_blamed_when_the_texts_own_parts_add_up_to_the_texts_figure() -> None:
    assert [f for f in findings(TALENT.format(text="62", table="62")) if f[0] == "conflicting_values"] == []
    # 64 stands in the text too, but as a plan; 2 + 18 + 42 = 62 bears the text out
    assert [f for f in findings(TALENT.format(text="62", table="64")) if f[0] == "conflicting_values"] == [
        ("conflicting_values", "error", "64人")]


GIRLS = """（二）产出完成情况
1.资助人数。全年共资助春蕾女童500人，完成年度目标的104.17%，较2022年的460人增加40人。
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜偏差原因
产出指标｜数量指标｜资助春蕾女童人数｜≥480人｜{table}人｜15｜15｜—
"""


def test_last_years_figure_in_the_texts_sentence_does_not_make_the_tables_figure_a_part() -> None:
    assert [f for f in findings(GIRLS.format(table="500")) if f[0] == "conflicting_values"] == []
    assert [f for f in findings(GIRLS.format(table="460")) if f[0] == "conflicting_values"] == [
        ("conflicting_values", "error", "460人")]


def test_minutes_are_a_unit_so_a_rate_written_for_them_is_a_unit_slip_not_a_completion() -> None:
    table = """一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜完成率｜分值｜得分
产出指标｜时效指标｜突发事件首发时间｜≤30分钟｜{actual}｜100%｜5｜5
产出指标｜数量指标｜发布稿件｜≥3000条｜3120条｜104.00%｜10｜10
"""
    assert errors(table.format(actual="25分钟")) == []
    assert errors(table.format(actual="100%")) == [("unit_mismatch", "error", "100%")]


# -- a total broken down item by item after 其中, one item to a clause between semicolons ----------------------------------

ITEMS = ("全年实际支出127.66万元，预算执行率94.70%。其中：购置疫苗冰箱32台，每台1.45万元，计46.40万元；安装冷链温度自动监测"
         "终端48套，每套3900元，计18.72万元；县级冷库维护及电费{item}万元；疫苗配送及冷藏车运行费用28.90万元；新冠病毒疫苗"
         "临时接种点冷链保障12.30万元。\n")


def test_items_between_semicolons_with_counts_and_prices_add_up_to_the_total_before_them() -> None:
    assert errors(ITEMS.format(item="21.34")) == []
    text = ITEMS.format(item="21.43")
    found = [f for f in check(text).findings if f.code == "sum_mismatch"]
    assert [(f.severity, text[f.span[0] : f.span[1]]) for f in found] == [("error", "21.43万元")]
    assert "21.34" in found[0].message


def test_items_that_add_up_to_another_amount_of_the_sentence_before_are_its_breakdown() -> None:
    text = ("2.项目支出50.26万元，全年预算60.50万元，执行率83.07%。其中：希望工程圆梦助学18.40万元，资助本科新生29名、每人"
            "5000元；青少年主题教育活动14.36万元；基层团组织建设9.80万元；青年志愿服务7.70万元。\n")
    assert [f for f in findings(text) if f[0] == "sum_mismatch"] == []


# -- an average per head of the count its words name -------------------------------------------------------------------

WAGES = ("项目建设共吸纳当地群众务工412人，其中建档立卡贫困人口236人；发放劳务报酬104.40万元，占中央资金的17.40%，"
         "务工群众人均增收{mean}元。\n")


def test_an_average_per_worker_is_over_the_count_its_words_name_not_the_count_nearest_the_money() -> None:
    assert findings(WAGES.format(mean="2,534")) == []
    found = findings(WAGES.format(mean="2,354"))
    assert found == [("average_mismatch", "warning", "2,354元")]  # 疑似: the income gained taken as the wages paid
    assert "412人" in next(f.message for f in check(WAGES.format(mean="2,354")).findings)


def test_an_actual_far_above_a_percent_target_is_said_as_its_share_of_the_target() -> None:
    table = """一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜偏差原因
效益指标｜经济效益指标｜脱贫人口人均纯收入增幅｜≥10%｜12.60%｜10｜10｜
"""
    (message,) = [f.message for f in check(table).findings if f.code == "deviation_unexplained"]
    assert "年度指标值的126%" in message and "超出年度指标值26%" not in message


# -- round 39 at first sight --------------------------------------------------------------------------------------------


def test_a_normal_deviation_is_no_grade() -> None:
    text = "经自评，总分98.61分，评价等级为优。\n发放人数超出目标2.96个百分点，主要是高龄人口增长快于预期，属于正常偏差；其余指标完成。\n"
    assert errors(text) == []
    assert errors("经自评，总分98.61分，评价等级为差。\n") == [("grade_mismatch", "error", "差")]


def test_an_earlier_years_average_after_this_years_is_compared_with_not_worked_out() -> None:
    text = "全旗6个固定监测样地当年亩产干草分别为68、75、59、82、71、65公斤，平均{mean}公斤，高于2020年的平均66公斤。\n"
    assert errors(text.format(mean="70")) == []
    assert errors(text.format(mean="72")) == [("average_mismatch", "error", "72公斤")]


NO_TOTAL_ROW = """一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜偏差原因
预算执行率｜预算执行率｜预算执行率｜100%｜100%｜10｜10｜—
产出指标｜数量指标｜防治面积｜≥3.5万亩｜3.62万亩｜20｜20｜—
产出指标｜质量指标｜松材线虫病发生面积｜≤3.2万亩｜3.46万亩｜{w}｜9.25｜疫情反弹
产出指标｜时效指标｜防治及时率｜≥95%｜98%｜20｜20｜—
效益指标｜生态效益指标｜林木保存率｜≥90%｜95%｜30｜30｜—
满意度指标｜服务对象满意度指标｜林农满意度｜≥90%｜92%｜10｜10｜—
"""


def test_weights_over_100_without_a_total_row_point_at_the_weight_the_rows_score_shows_raised() -> None:
    assert [f for f in errors(NO_TOTAL_ROW.format(w="10")) if f[0] == "weight_sum_mismatch"] == []
    # ≤3.2 against 3.46: 10 × 3.2 ÷ 3.46 = 9.25 — the row earns 9.25 of 10, not of 15
    assert [f for f in errors(NO_TOTAL_ROW.format(w="15")) if f[0] == "weight_sum_mismatch"] == [
        ("weight_sum_mismatch", "error", "15")]


def test_a_cell_written_in_another_unit_than_its_target_is_one_finding_not_also_a_conflict_with_the_text() -> None:
    text = """2.质量指标。全年森林火灾受害率0.12‰，控制在0.9‰以内。
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分
产出指标｜质量指标｜森林火灾受害率｜≤0.9‰｜{actual}｜10｜10
"""
    assert errors(text.format(actual="0.12‰")) == []
    assert errors(text.format(actual="0.12%")) == [("unit_mismatch", "error", "0.12%")]


SHANXI = """项目｜行次｜年度总金额(万元)｜财政资金小计｜中央级｜省级｜市级｜县区级｜上年结转资金(万元)｜其他资金(万元)
年初预算资金｜(1)｜1460.00｜1400.00｜1200.00｜0.00｜0.00｜{county}｜60.00｜0.00
全年预算资金｜(2)｜1860.00｜1800.00｜1200.00｜400.00｜0.00｜200.00｜60.00｜0.00
"""


def test_a_subtotal_the_years_total_bears_out_points_at_its_levels() -> None:
    assert errors(SHANXI.format(county="200.00")) == []
    text = SHANXI.format(county="250.00")
    found = [f for f in check(text).findings if f.code == "sum_mismatch"]
    assert len(found) == 1 and text[found[0].span[0] : found[0].span[1]].endswith("250.00")
    assert "1400.00" not in text[found[0].span[0] : found[0].span[1]]


def test_a_text_rate_its_own_line_contradicts_is_a_rate_slip_when_the_form_agrees_with_the_arithmetic() -> None:
    text = """全年预算186.40万元，资金全部到位。全年拨付贴息资金178.56万元，预算执行率{rate}。
项目资金（万元）｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分
年度资金总额｜158.50｜186.40｜178.56｜10｜95.79%｜9.58
"""
    assert errors(text.format(rate="95.79%")) == []
    assert errors(text.format(rate="95.97%")) == [("rate_mismatch", "error", "95.97%")]


def test_a_share_of_people_measured_or_managed_cannot_pass_100_percent() -> None:
    assert errors("首诊测血压率达到99.5%，高血压规范管理率达到72%。\n") == []
    assert errors("首诊测血压率达到995%，高血压规范管理率达到72%。\n") == [("implausible_rate", "error", "达到995%")]


# -- round 40 at first sight -------------------------------------------------------------------------------------------


def test_a_round_amount_is_not_a_product_only_within_its_rounding() -> None:
    text = ("精品民宿奖补中，甲级民宿8家每家9万元，乙级民宿16家每家5.25万元，24家平均每家6.5万元。农家乐提升改造每家奖补2万元，"
            "全年接待游客1750人次。\n")
    assert errors(text) == []


def test_an_average_over_the_count_it_names_is_not_the_mean_of_the_items_listed() -> None:
    text = ("1.个人防护装备。全年购置个人防护装备252套，其中灭火防护服120套、抢险救援服60套、防护头盔及配套手套靴72套，"
            "4个站（队）平均配发{mean}套。\n")
    assert errors(text.format(mean="63")) == []  # 252 ÷ 4, not (120 + 60 + 72) ÷ 3


def test_a_budget_before_its_adjustment_is_no_second_statement_of_the_years_budget() -> None:
    text = ("年初预算460.00万元，按照市政府压减一般性支出的要求调减31.40万元，全年预算428.60万元。\n"
            "2023年市财政局批复本项目预算460.00万元，年中调整为428.60万元，全年支付401.27万元，预算执行率93.62%。\n")
    assert [f for f in findings(text) if f[0] == "conflicting_values"] == []  # not even 疑似
