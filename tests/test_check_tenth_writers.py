"""Shapes the writers of the tenth session brought (issue 10, the misses of rounds 29–32 that are general ways of
writing a report): each is a test here, beside the clean form it must leave alone."""

from __future__ import annotations

from chains.check import check


def findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, text[f.span[0] : f.span[1]]) for f in check(text).findings]


def conflicts(text: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[0] == "conflicting_values"]


# -- a text figure against the 自评表's: the side the report bears out is kept -----------------------------------------

OUTREACH = """二、绩效目标实现情况
2.社会效益：示范主体通过田间课堂、现场观摩等方式辐射带动周边农户{text}户，完成率108.67%。
项目支出绩效自评表
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜偏差原因
效益指标｜社会效益指标｜辐射带动农户｜≥3000户｜{table}户｜10｜10｜
"""


def test_the_table_cell_is_blamed_when_the_texts_completion_rate_is_its_figure_over_the_rows_target() -> None:
    assert conflicts(OUTREACH.format(text="3260", table="3260")) == []
    found = conflicts(OUTREACH.format(text="3260", table="3620"))
    assert found == [("conflicting_values", "error", "3620户")]
    message = next(f.message for f in check(OUTREACH.format(text="3260", table="3620")).findings
                   if f.code == "conflicting_values")
    assert "108.67%" in message and "3000户" in message


REPAIRS = """二、产出情况
全年对6所学校实施维修改造，维修改造面积{text}平方米，当年完工5所。
项目支出绩效自评表
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因
产出指标\t数量指标\t维修改造面积\t≥12000平方米\t{table}平方米\t10\t9.05\t冬季停工
"""


def test_the_table_cell_is_blamed_when_the_rows_own_score_is_in_proportion_to_the_texts_figure() -> None:
    assert conflicts(REPAIRS.format(text="10,860", table="10860")) == []
    assert conflicts(REPAIRS.format(text="10,860", table="10680")) == [("conflicting_values", "error", "10680平方米")]


def test_without_such_evidence_the_text_figure_is_still_the_one_pointed_at() -> None:
    plain = OUTREACH.replace("，完成率108.67%", "")
    assert conflicts(plain.format(text="3260", table="3620")) == [("conflicting_values", "error", "3260户"),
                                                                  ("conflicting_values", "warning", "3620户")]


CASES = """三、产出情况
1.数量。全年受理并指派法律援助案件{text}件，其中刑事案件400件、民事案件420件、行政案件16件，完成年度目标。
项目支出绩效自评表
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜偏差原因
产出指标｜数量指标｜办理法律援助案件数｜≥800件｜{table}件｜15｜15｜—
"""


def test_a_swap_doubt_points_at_the_figure_whose_own_parts_do_not_add_up_to_it() -> None:
    assert conflicts(CASES.format(text="836", table="836")) == []
    assert conflicts(CASES.format(text="836", table="863")) == [("conflicting_values", "warning", "863件")]


# -- a level's own budget, an addition's own balance, an average per session ----------------------------------------

LEVELS = """一、项目资金情况
项目资金由省级专项资金和县级财政资金组成。省级资金100.00万元于2019年12月提前下达；县级年初安排140.00万元。
项目支出绩效自评表
项目资金（万元）｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分
年度资金总额｜{total}｜240.00｜232.00｜10｜96.67%｜9.67
"""


def test_a_levels_own_budget_said_with_its_verb_is_not_the_projects() -> None:
    assert conflicts(LEVELS.format(total="240.00")) == []


ADDITION = """二、资金使用情况
全年到位资金282.90万元，实际支出274.96万元，执行率97.19%。省级追加的应急治理资金36.50万元实际支出34.20万元，结余{left}万元，原因是1处治理工程结算审减。
"""


def test_an_additions_own_spending_and_balance_in_its_sentence_are_its_own() -> None:
    assert [f for f in findings(ADDITION.format(left="2.30")) if f[0] == "balance_mismatch"] == []


SESSIONS = """三、产出情况
全年委托3家培训机构开展培训，其中盲人按摩培训2期36人、电子商务培训2期48人、家政服务培训1期22人、手工编织培训1期20人、种养殖实用技术培训2期42人，平均每期{mean}人。
"""


def test_an_average_per_session_is_of_the_sessions_each_item_counts() -> None:
    assert [f for f in findings(SESSIONS.format(mean="21")) if f[0] == "average_mismatch"] == []
    assert [f for f in findings(SESSIONS.format(mean="23")) if f[0] == "average_mismatch"] == [
        ("average_mismatch", "error", "23人")]


# -- an average per quarter of a total after its four quarters; completion of a whole and of a target said after ----

QUARTERS = """天津市河东区应急管理局2023年度部门整体支出绩效自评报告
二、产出情况
1.安全生产监管执法。全年分一至四季度检查生产经营单位312家次、356家次、338家次、350家次，合计1356家次，季度平均{mean}家次。
"""


def test_a_quarterly_average_after_four_quarters_and_their_total_is_the_total_over_four() -> None:
    assert [f for f in findings(QUARTERS.format(mean="339")) if f[0] == "average_mismatch"] == []
    assert [f for f in findings(QUARTERS.format(mean="393")) if f[0] == "average_mismatch"] == [
        ("average_mismatch", "error", "393家次")]


CENSUS = """（三）绩效目标
完成全县单位清查，清查单位不少于8500个；选聘普查员和普查指导员不少于700人。
二、绩效目标实现情况
1.清查单位9286个，其中法人单位2814个、产业活动单位603个、个体经营户5869个，完成年度目标的{rate}。
"""


def test_a_completion_rate_after_a_wholes_parts_is_of_the_whole() -> None:
    assert [f for f in findings(CENSUS.format(rate="109.25%")) if f[0] == "completion_mismatch"] == []
    assert [f for f in findings(CENSUS.format(rate="109.52%")) if f[0] == "completion_mismatch"] == [
        ("completion_mismatch", "error", "109.52%")]


SHELTER = """二、绩效目标实现情况
2.现有储备可满足紧急转移安置4600人的基本生活需要，完成率{rate}，未达到5000人的目标，得9.2分（分值10分）。
"""


def test_a_completion_rate_whose_target_is_named_right_after_it() -> None:
    assert [f for f in findings(SHELTER.format(rate="92.00%")) if f[0] == "completion_mismatch"] == []
    assert [f for f in findings(SHELTER.format(rate="96.00%")) if f[0] == "completion_mismatch"] == [
        ("completion_mismatch", "error", "96.00%")]


VISITS = """庆阳市华池县民政局2020年度部门整体支出绩效自评报告
各乡镇儿童督导员全部配备到位，全年四个季度分别走访困境儿童512、498、506、520人次，季度平均{mean}人次。
"""


def test_a_list_written_once_with_its_unit_after_a_verb_and_its_object_is_averaged_not_taken_for_a_total() -> None:
    assert [f for f in findings(VISITS.format(mean="509")) if f[0] == "average_mismatch"] == []
    assert [f for f in findings(VISITS.format(mean="590")) if f[0] == "average_mismatch"] == [
        ("average_mismatch", "error", "590人次")]


# -- a share of the plan is a completion rate; a completion rate's clause names the unit of what was done ---------------

LIFTS = """三、绩效目标实现情况
2024年全区加装电梯开工建设69台，占年度计划72台的{rate}，另有3个单元因低层住户意见未统一暂缓开工。
"""


def test_a_share_of_the_years_plan_is_a_completion_rate() -> None:
    assert findings(LIFTS.format(rate="95.83%")) == []
    assert findings(LIFTS.format(rate="95.38%")) == [("completion_mismatch", "error", "95.38%")]


REPAIRS_DONE = """（三）绩效目标
全年完成维修不少于4000户次，故障维修率不低于98%。
二、绩效目标实现情况
全年受理报修4126户次，完成维修4087户次，故障维修率99.05%，维修户次完成年度目标的{rate}。
"""


def test_a_completion_rate_is_of_the_figure_in_the_unit_its_clause_names() -> None:
    assert [f for f in findings(REPAIRS_DONE.format(rate="102.18%")) if f[0] == "completion_mismatch"] == []
    assert [f for f in findings(REPAIRS_DONE.format(rate="102.81%")) if f[0] == "completion_mismatch"] == [
        ("completion_mismatch", "error", "102.81%")]


TRAINING = """二、产出情况
2.专家培训。分两期举办评审专家培训班，第一期238人次、第二期214人次，合计培训452人次，平均每期{mean}人次。
"""


def test_an_average_per_session_after_a_total_of_sessions_each_named_is_the_total_over_them() -> None:
    assert [f for f in findings(TRAINING.format(mean="226")) if f[0] == "average_mismatch"] == []
    assert [f for f in findings(TRAINING.format(mean="262")) if f[0] == "average_mismatch"] == [
        ("average_mismatch", "error", "262人次")]


# -- a web page's menu path above the title is no title ----------------------------------------------------------

MENU = """首页 > 政务公开 > 财政预决算 > 部门绩效评价
重庆市涪陵区统计局2022年度统计调查监测经费项目支出绩效自评报告
发布日期：2023-05-22　　来源：区统计局
四、自评结论
经自评，本项目预算执行得分8.00分，产出指标得分46分，效益指标得分25.25分，满意度指标得分9.78分，综合得分89.03分，评价等级为“{grade}”。
"""


def test_a_menu_path_naming_department_evaluations_does_not_make_a_project_report_a_departments() -> None:
    assert [f for f in findings(MENU.format(grade="良")) if f[0] == "grade_mismatch"] == []
    assert [f for f in findings(MENU.format(grade="优")) if f[0] == "grade_mismatch"] == [("grade_mismatch", "error", "优")]


VOUCHERS = """二、资金使用情况
2021年共受理兑付申请47家，经审核兑付43家，兑付金额92.10万元，户均兑付{mean}万元，单家企业最高兑付4.80万元。
"""


def test_an_average_per_firm_beside_two_counts_is_doubted_against_the_count_next_to_its_amount() -> None:
    assert [f for f in findings(VOUCHERS.format(mean="2.14")) if f[0] == "average_mismatch"] == []
    assert [f for f in findings(VOUCHERS.format(mean="2.41")) if f[0] == "average_mismatch"] == [
        ("average_mismatch", "warning", "2.41万元")]


# -- the budget's breakdown by use against the spending's; a sub-item named with its amount ------------------------

BY_USE = """一、项目资金情况
按用途分，日常维护保养48.30万元，占全年预算的52.16%；设备设施维修26.40万元；应急排水设备更换7.60万元。
二、资金使用情况
分用途看，日常维护保养支出48.30万元，设备设施维修支出23.96万元，应急排水设备更换支出7.60万元。
"""


def test_an_item_of_the_budgets_breakdown_by_use_is_no_restatement_of_its_spending() -> None:
    assert conflicts(BY_USE) == []


SUBSIDIES = """二、项目资金使用及管理情况
全年支出452.16万元，结余7.84万元。具体支出如下：
1．安家补贴310.00万元。预算320.00万元，执行率96.88%。
2．生活补贴142.16万元。预算140.00万元，执行率101.54%。
项目支出绩效自评表
项目资金（万元）｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分
年度资金总额｜500.00｜460.00｜452.16｜10｜98.30%｜9.83
"""


def test_a_sub_item_named_with_its_amount_has_its_own_execution_rate() -> None:
    assert conflicts(SUBSIDIES) == []


# -- rates that cannot pass 100% ------------------------------------------------------------------------------------

CAPPED = """项目支出绩效自评表
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜偏差原因
产出指标｜质量指标｜应免畜禽免疫密度｜≥90%｜{a}｜10｜10｜—
产出指标｜质量指标｜"一网通办"网办率｜≥85%｜{b}｜10｜10｜—
"""


def test_an_immunisation_density_and_an_online_handling_rate_cannot_pass_100_percent() -> None:
    assert [f for f in findings(CAPPED.format(a="96.3%", b="88.7%")) if f[0] == "implausible_rate"] == []
    found = [f for f in findings(CAPPED.format(a="102.3%", b="108.7%")) if f[0] == "implausible_rate"]
    assert ("implausible_rate", "error", "102.3%") in found and ("implausible_rate", "error", "108.7%") in found
