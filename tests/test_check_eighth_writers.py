"""Shapes the writers of the eighth session brought (issue 10, round 26 on first sight: ecology and environment,
veterans affairs, science and statistics, forestry and grassland, public health): each miss or false alarm that is a
general way of writing a report is a test here, beside the clean form it must leave alone."""

from __future__ import annotations

from chains.check import check


def errors(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).errors]


# -- a completion rate whose target is the 自评表 row's, not another indicator's a sentence before ------------------

RUNNING = """三、绩效目标完成情况
全市农村生活污水治理率由31.2%提高到36.8%，超过35%的年度目标。年末抽查，设施正常运行率93%，为年度目标的{rate}，主要是提升泵发生故障。
项目支出绩效自评表
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分
效益指标｜生态效益指标｜农村生活污水治理率｜≥35%｜36.8%｜10｜10
效益指标｜可持续影响指标｜设施正常运行率｜≥95%｜93%｜10｜9.79
"""


def test_a_completion_rate_is_of_its_own_rows_target_not_of_another_indicators_target_a_sentence_before() -> None:
    assert errors(RUNNING.format(rate="97.89%")) == []
    assert ("completion_mismatch", "98.89%") in errors(RUNNING.format(rate="98.89%"))


# -- a rate per unit paid in parts over the years: each part is in 元 of its own ------------------------------------

INSTALMENTS = """一、项目概况
全年预算1100.00万元，其中2019年度新增任务第一次补助400.00万元（含种苗造林费150.00万元）。
补助标准为每亩1500元，分三次兑付，第一年800元（含种苗造林费300元）、第三年300元、第五年400元。
"""


def test_the_parts_of_a_rate_per_unit_in_yuan_are_no_slip_of_a_wan_amount_with_the_same_digits() -> None:
    assert errors(INSTALMENTS) == []
    slip = INSTALMENTS.replace("第一次补助400.00万元", "第一次补助400.00万元，已拨付400元")
    assert ("unit_mismatch", "400元") in errors(slip)


# -- averages of concentrations ------------------------------------------------------------------------------------

AIR = "全区3个空气自动监测站PM2.5年均浓度分别为35、37、38微克/立方米，平均{mean}微克/立方米，较上年下降3微克/立方米。\n"


def test_an_average_of_concentrations_is_the_mean_of_the_stations_listed_before_it() -> None:
    assert errors(AIR.format(mean="36.67")) == []
    assert ("average_mismatch", "36微克/立方米") in errors(AIR.format(mean="36"))


YEARLY = ("2019年全市PM2.5年均浓度59微克/立方米，较2018年的64微克/立方米下降7.81%，比58微克/立方米的目标高1微克/立方米；"
          "PM10年均浓度108微克/立方米，未达到105微克/立方米的目标，其中采暖季超标明显。\n")


def test_a_yearly_average_takes_no_parts_from_another_sentences_list() -> None:
    assert errors(YEARLY) == []


# -- one slip in a list of scores reported once -------------------------------------------------------------------

SCORED = ("四、自评结论\n根据自评表逐项评分，预算执行率得分8.3分、产出指标得分47.6分、效益指标得分{benefit}分、满意度指标得分9.5分，"
          "合计89.90分，扣10.10分，评价等级为“良”。\n")


def test_a_list_of_level_scores_that_misses_its_total_is_one_finding_over_the_list() -> None:
    assert errors(SCORED.format(benefit="24.5")) == []
    found = [f for f in check(SCORED.format(benefit="25.4")).errors if f.code == "score_sum_mismatch"]
    assert len(found) == 1
    assert "25.4" in SCORED.format(benefit="25.4")[found[0].span[0] : found[0].span[1]]


# -- last year's spending is no base of this year's balance -------------------------------------------------------

DEPARTMENT = """二、部门整体支出情况
2022年全年预算数1312.74万元，均为区级财政拨款。上年（2021年）中心全年支出1198.37万元。
2022年全年支出{spent}万元，执行率95.53%。
未执行资金58.68万元，已由区财政收回。
"""


def test_last_years_spending_named_beside_this_years_is_no_base_of_the_balance() -> None:
    assert errors(DEPARTMENT.format(spent="1254.06")) == []
    assert [c for c, _ in errors(DEPARTMENT.format(spent="1245.06"))] != []


# -- completion rates in a report that gives its targets only among its goals ----------------------------------------

GOALS = """（三）绩效目标。年度绩效目标为：选派农业科技特派员不少于45名，培训农民不少于3000人次，建立科技示范基地不少于10个。
三、绩效目标完成情况
共培训农民2610人次（安仁镇920人次、朝邑镇870人次、韦林镇820人次），三镇平均870人次，完成率{rate}。
"""


def test_a_completion_rate_without_a_table_is_of_the_target_its_goals_name_in_the_same_words() -> None:
    assert errors(GOALS.format(rate="87%")) == []
    assert ("completion_mismatch", "78%") in errors(GOALS.format(rate="78%"))


def test_a_completion_rate_after_an_average_is_of_the_total_not_the_average() -> None:
    text = ("目标：采集土壤和地下水样品不少于200个。\n采样分三批进行，共采集土壤和地下水样品216个，平均每个地块24个，"
            "样品数量完成率{rate}。\n")
    assert errors(text.format(rate="108%")) == []
    assert ("completion_mismatch", "118%") in errors(text.format(rate="118%"))


def test_people_counted_in_ming_and_in_ren_are_one_unit_for_a_completion_rate() -> None:
    text = "全年为2986名重点优抚对象发放抚恤补助，完成年度目标（2950人）的{rate}。\n"
    assert errors(text.format(rate="101.22%")) == []
    assert ("completion_mismatch", "102.12%") in errors(text.format(rate="102.12%"))


# -- a table's row of averages under its rows, and an enterprise counted as a 户 -------------------------------------

PROJECTS = """项目名称｜全年预算数｜全年执行数｜执行率｜项目自评得分
军休干部服务管理经费｜318.60｜296.42｜93.04%｜96.5
军休所房屋及设施维修｜142.84｜121.63｜85.15%｜91.0
军休干部文体活动经费｜65.00｜53.86｜82.86%｜87.5
合计｜526.44｜471.91｜89.64%｜—
项目平均自评得分｜｜｜｜{mean}
"""


def test_a_tables_row_of_averages_is_the_mean_of_the_rows_above_it() -> None:
    assert errors(PROJECTS.format(mean="91.67")) == []
    assert ("average_mismatch", "91.76") in errors(PROJECTS.format(mean="91.76"))


def test_an_indicator_named_for_an_average_is_no_row_of_averages() -> None:
    text = """一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分
产出指标｜数量指标｜出车次数｜≥1200次｜1288次｜10｜10
产出指标｜质量指标｜城区到达现场时间｜≤15分钟｜12.8分钟｜10｜10
产出指标｜时效指标｜农村平均到达现场时间｜≤30分钟｜33.5分钟｜4｜3.58
"""
    assert errors(text) == []


def test_an_average_per_household_of_enterprises_counted_in_jia() -> None:
    text = "经审核，57家企业共兑现创新券118.56万元，户均{mean}万元。\n"
    assert errors(text.format(mean="2.08")) == []
    assert ("average_mismatch", "2.18万元") in errors(text.format(mean="2.18"))


# -- a table's sum that misses its total, when the total is borne out: pointed at the rows --------------------------

TABLE = """一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分
预算执行率｜预算执行率｜预算执行率｜100%｜97.23%｜{w_exec}｜9.72
产出指标｜数量指标｜培训人数｜≥500人｜520人｜30｜30
产出指标｜质量指标｜取证率｜≥80%｜85%｜{w_quality}｜{s_quality}
效益指标｜社会效益指标｜就业率｜≥60%｜66%｜30｜29.88
满意度指标｜服务对象满意度指标｜学员满意度｜≥90%｜95%｜10｜10
合计｜｜｜｜｜100｜98.60
自评得分98.60分，评价等级为优。
"""


def _finding(text: str, code: str) -> str:
    found = [f for f in check(text).errors if f.code == code]
    assert len(found) == 1
    return text[found[0].span[0] : found[0].span[1]]


def test_scores_that_miss_a_total_the_text_states_again_point_at_the_rows() -> None:
    assert errors(TABLE.format(w_exec="10", w_quality="20", s_quality="19")) == []
    where = _finding(TABLE.format(w_exec="10", w_quality="20", s_quality="18.5"), "score_sum_mismatch")
    assert "18.5" in where and where.endswith("98.60")


def test_weights_that_miss_a_total_of_100_point_at_the_rows() -> None:
    where = _finding(TABLE.format(w_exec="10", w_quality="21", s_quality="19"), "weight_sum_mismatch")
    assert "21" in where and where.endswith("100")
    # a weight the level's usual one shows wrong is pointed at alone
    assert _finding(TABLE.format(w_exec="11", w_quality="20", s_quality="19"), "weight_sum_mismatch") == "11"


COLUMN = """学校名称｜改造面积（平方米）｜预算（万元）｜已支付（万元）｜进度
城关小学｜1,200｜120.00｜{paid}｜完工
吉岘乡中心小学｜860｜86.00｜80.52｜完工
太白中学｜1,050｜110.00｜63.00｜在建
合计｜｜316.00｜315.62｜
截至2019年12月31日，项目累计支付315.62万元。
"""


def test_a_column_that_misses_a_total_the_text_states_again_points_at_the_rows() -> None:
    assert errors(COLUMN.format(paid="172.10")) == []
    where = _finding(COLUMN.format(paid="171.20"), "sum_mismatch")
    assert where.startswith("171.20") and where.endswith("315.62")
    # a total the text does not state again is where the finding points, unless one cell's swapped digits make it hold
    alone = COLUMN.format(paid="170.00").replace("累计支付315.62万元", "累计支付的款项见上表")
    assert _finding(alone, "sum_mismatch") == "315.62"
    swapped = COLUMN.format(paid="171.20").replace("累计支付315.62万元", "累计支付的款项见上表")
    assert _finding(swapped, "sum_mismatch") == "171.20"


# -- words that name a fund or a loan, not what was left over --------------------------------------------------------

def test_a_fund_named_jieyu_liuyong_is_spent_when_its_sentence_says_so() -> None:
    text = ("2022年度结余留用资金预算186.40万元。截至2022年12月31日，各医疗机构实际使用结余留用资金171.52万元，"
            "执行率92.02%，结余{left}万元。\n")
    assert errors(text.format(left="14.88")) == []
    assert ("balance_mismatch", "14.58万元") in errors(text.format(left="14.58"))


def test_a_loan_balance_is_no_balance_of_the_project() -> None:
    text = ("全年到位贴息资金386.50万元，实际支出373.35万元，结余13.15万元。\n"
            "截至2024年12月31日，全县脱贫人口小额信贷余额12650.00万元，涉及脱贫户2846户。\n")
    assert errors(text) == []


def test_a_completion_column_is_not_judged_when_target_and_actual_are_in_different_units() -> None:
    text = """一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜完成率｜分值｜得分
产出指标｜数量指标｜救助人次｜≥6500人次｜6600人次｜101.54%｜40｜40
产出指标｜成本指标｜重特大疾病年度救助限额｜≤5万元/人｜100%｜100%｜10｜10
"""
    assert [code for code, _ in errors(text)] == ["unit_mismatch"]


FUNDS = """项目资金（万元）｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分
年度资金总额｜600.00｜680.00｜652.80｜10｜96.00%｜9.60
其中：当年财政拨款｜600.00｜640.00｜{own}｜—｜—｜—
上年结转资金｜0.00｜40.00｜36.80｜—｜—｜—
其他资金｜0.00｜0.00｜0.00｜—｜—｜—
全年实际支出652.80万元，执行率96.00%。
"""


def test_sources_that_miss_a_funds_total_the_text_states_again_point_at_the_sources() -> None:
    assert errors(FUNDS.format(own="616.00")) == []
    where = _finding(FUNDS.format(own="660.00"), "sum_mismatch")
    assert where.startswith("660.00") and where.endswith("36.80")
    # and at the one source whose two neighbouring digits swapped back make the total hold (661.00 for 616.00)
    assert _finding(FUNDS.format(own="661.00"), "sum_mismatch") == "661.00"


def test_a_rectification_rate_cannot_pass_100_percent() -> None:
    text = "管理诊断12家次，诊断企业问题整改率{rate}。\n"
    assert errors(text.format(rate="92%")) == []
    assert ("implausible_rate", "192%") in errors(text.format(rate="192%"))


def test_an_average_of_two_listed_terms_and_an_average_per_town_of_three_named_towns() -> None:
    terms = "春季学期资助1,086人次、秋季学期资助1,122人次，两个学期平均每学期资助{mean}人次；全年累计资助2,208人次。\n"
    assert errors(terms.format(mean="1,104")) == []
    assert ("average_mismatch", "1,140人次") in errors(terms.format(mean="1,140"))
    towns = "全年新建波形护栏86.5公里，全部集中在三个重点乡镇，分别为32.5公里、28.0公里、26.0公里，平均每镇{mean}公里。\n"
    assert errors(towns.format(mean="28.83")) == []
    assert ("average_mismatch", "28.38公里") in errors(towns.format(mean="28.38"))
