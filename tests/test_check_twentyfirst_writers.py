"""Shapes the writers of the twenty-first session brought (issue 10, false alarms and misses of the held-out-style sets
that are general ways of writing a report): each is a test here, beside the clean form it must leave alone."""

from __future__ import annotations

from chains.check import check


def findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, text[f.span[0] : f.span[1]]) for f in check(text).findings]


def coded(text: str, code: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[0] == code]


def errors(text: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[1] == "error"]


# -- "12个小蚕共育点全部建成投用，培训人次达到年度目标的108%": the rate of the 人次 it names, not of the 个 before -----------

MEASURE = ("2022年度项目支出绩效自评报告\n全年完成低效桑园改造1800亩，与年度目标持平；发放蚕种补贴31000张，超过30000张的目标；"
           "12个小蚕共育点全部建成投用，培训人次达到年度目标的{rate}。\n"
           "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
           "产出指标｜数量指标｜小蚕共育点建设｜≥12个｜12个｜50｜50\n"
           "效益指标｜社会效益指标｜低效桑园改造｜≥1800亩｜1800亩｜40｜40\n"
           "满意度指标｜服务对象满意度｜蚕农满意度｜≥90%｜95%｜10｜10\n合计｜｜｜｜｜100｜100\n")


def test_a_rate_of_the_measure_its_clause_names_is_not_of_the_count_before() -> None:
    assert coded(MEASURE.format(rate="108%"), "completion_mismatch") == []


# -- "为11个行政村健身点各配置健身路径一套": one for each, not the indicator's actual ------------------------------------

EACH = ("2021年度项目支出绩效自评报告\n场地器材。为11个行政村健身点各配置健身路径{each}，每套10件，中标单价28600元，合计31.46万元。\n"
        "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
        "产出指标｜数量指标｜行政村健身点配置健身路径｜=11套｜{table}｜50｜50\n"
        "效益指标｜社会效益指标｜群众参与健身活动｜≥3.5万人次｜4.2万人次｜40｜40\n"
        "满意度指标｜服务对象满意度｜群众满意度｜≥90%｜95%｜10｜10\n合计｜｜｜｜｜100｜100\n")


def test_so_many_for_each_is_not_the_indicators_actual() -> None:
    assert coded(EACH.format(each="一套", table="11套"), "conflicting_values") == []


def test_all_kinds_of_is_no_each() -> None:
    text = ("2022年度项目支出绩效自评报告\n全年共受理调解各类矛盾纠纷3,188件，其中简易纠纷2,140件、一般纠纷986件、重大疑难纠纷62件。\n"
            "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
            "产出指标｜数量指标｜调解矛盾纠纷数量｜≥3000件｜3138件｜50｜50\n"
            "效益指标｜社会效益指标｜调解成功率｜≥95%｜97.30%｜40｜40\n"
            "满意度指标｜服务对象满意度｜当事人满意度｜≥90%｜95.83%｜10｜10\n合计｜｜｜｜｜100｜100\n")
    assert [f[:2] for f in coded(text, "conflicting_values")] == [("conflicting_values", "error")]


# -- "回收286份，回收率95.33%，群众满意度95.3%": the ratio is the 回收率 it gives, not the satisfaction beside it ------------

SURVEY = ("2020年度项目支出绩效自评报告\n发放问卷300份，回收286份，回收率95.33%，群众满意度{text}。\n"
          "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
          "产出指标｜数量指标｜举办赛事活动｜≥20场｜22场｜50｜50\n"
          "效益指标｜社会效益指标｜参与群众人次｜≥3万人次｜3.2万人次｜40｜40\n"
          "满意度指标｜服务对象满意度｜群众满意度｜≥90%｜93.5%｜10｜10\n合计｜｜｜｜｜100｜100\n")


def test_a_satisfaction_that_merely_rounds_like_the_return_rate_is_not_borne_out_by_it() -> None:
    found = coded(SURVEY.format(text="95.3%"), "conflicting_values")
    assert ("conflicting_values", "error", "95.3%") in found
    assert coded(SURVEY.format(text="93.5%"), "conflicting_values") == []


# -- budget sources: a bracketed aside is no opener of items; money carried in from an earlier year is a source -------

SOURCES = ("2023年度项目支出绩效自评报告\n项目全年预算{total}万元，其中：省级体育彩票公益金50万元（2022年12月提前下达），"
           "州级体育彩票公益金20万元，县级体育彩票公益金30万元，上年结转12.40万元。\n")


def test_three_levels_of_government_are_sources_whatever_they_add_up_to() -> None:
    assert findings(SOURCES.format(total="112.40")) == []
    found = coded(SOURCES.format(total="110.40"), "sum_mismatch")
    assert [f[:2] for f in found] == [("sum_mismatch", "error")]


CARRIED = ("2024年度项目支出绩效自评报告\n2024年全年预算{total}万元，其中：省级重点优抚对象慰问补助20万元，已于2023年12月提前下达；"
           "县级配套55万元于2024年3月拨付到位；2023年结转资金4.6万元。\n")


def test_money_carried_in_from_last_year_after_a_semicolon_is_one_of_the_sources() -> None:
    assert findings(CARRIED.format(total="79.6")) == []
    found = coded(CARRIED.format(total="77.6"), "sum_mismatch")
    assert [f[:2] for f in found] == [("sum_mismatch", "error")]


def test_a_parts_own_items_that_add_up_to_it_are_still_no_parts_of_the_whole() -> None:
    text = ("2020年度部门整体支出绩效自评报告\n全年支出2738.12万元。其中基本支出1598.65万元，执行率99.22%，人员经费1428.90万元全部支出，"
            "公用经费支出169.75万元；项目支出1139.47万元，执行率90.72%。\n")
    assert coded(text, "sum_mismatch") == []


# -- Hubei's scheme: the execution rate's points and the goal blocks' listed in turn make 100 -------------------------

GOALS = ("2020年度项目支出绩效自评报告\n（四）评分情况。预算执行率20分，按执行率乘以20计分；三个年度目标分别为30分、{second}分、20分，"
         "目标内各指标按完成程度计分。经自评，本项目得分96.88分，等级为优。\n")


def test_goal_blocks_and_the_execution_make_the_full_marks() -> None:
    assert findings(GOALS.format(second="30")) == []
    found = coded(GOALS.format(second="35"), "weight_sum_mismatch")
    assert found == [("weight_sum_mismatch", "error", "30分、35分、20分")]


def test_a_rest_stated_is_what_the_goal_blocks_make() -> None:
    text = ("2019年度项目支出绩效自评报告\n预算执行率占20分，得分=20×执行率；其余80分按年度目标分为3个目标块，分值分别为30分、25分、{third}分。\n")
    assert findings(text.format(third="25")) == []
    assert [f[:2] for f in coded(text.format(third="35"), "weight_sum_mismatch")] == [("weight_sum_mismatch", "error")]


# -- tables pasted with single spaces: a 资金来源 header, goal lines between rows, a total row with the grade after it ---

PDF = ("2020年度城镇房屋白蚁防治专项经费绩效自评报告\n（三）资金来源\n资金来源 预算数 到位数 支出数 执行率\n"
       "中央资金 0.00 0.00 0.00 —\n省级资金 40.00 40.00 38.50 {rate}\n市级资金 25.00 25.00 25.00 100.00%\n"
       "县级资金 120.00 112.00 104.36 86.97%\n合计 185.00 177.00 167.86 90.74%\n"
       "附：2020年度项目支出绩效自评表\n年度目标 一级指标 二级指标 三级指标 指标值 实际完成值 分值 得分\n"
       "目标1：新建房屋白蚁预防\n产出指标 数量指标 新建房屋白蚁预防面积 ≥40万平方米 43.60万平方米 30 30\n"
       "产出指标 质量指标 药物施工抽检合格率 ≥98% 99.2% 20 20\n目标2：既有房屋白蚁灭治\n"
       "产出指标 数量指标 既有房屋白蚁灭治户数 ≥450户 412户 30 {score}\n"
       "满意度指标 服务对象满意度指标 群众满意度 ≥90% 93.5% 20 20\n合计 100 97.47 评价等级：优\n")


def test_a_single_spaced_funds_table_with_the_sources_as_rows_is_read() -> None:
    assert errors(PDF.format(rate="96.25%", score="27.47")) == []
    found = coded(PDF.format(rate="96.52%", score="27.47"), "rate_mismatch")
    assert found == [("rate_mismatch", "error", "96.52%")]


def test_a_single_spaced_self_evaluation_table_with_goal_lines_is_read_to_its_total() -> None:
    found = coded(PDF.format(rate="96.25%", score="28.47"), "score_sum_mismatch")
    assert [f[:2] for f in found] == [("score_sum_mismatch", "error")]


def test_a_unit_and_a_figure_run_together_in_a_spaced_table_are_two_cells() -> None:
    table = ("2022年度项目支出绩效自评报告\n一级指标 二级指标 三级指标 指标性质 指标值 度量单位 实际完成值 分值 得分 未完成原因分析\n"
             "产出指标 数量指标 举办县级群众体育赛事活动 ≥ 20 场 23 40 40\n"
             "社会体育指导员培训 ≥ 300 人次285 20 19 部分镇疫情防控，集中培训取消1期\n"
             "效益指标 社会效益指标 参与群众人次 ≥ 5 万人次 5.8 30 30\n总分 90 {total}\n")
    assert errors(table.format(total="89")) == []
    assert [f[:2] for f in coded(table.format(total="88.08"), "score_sum_mismatch")] == [("score_sum_mismatch", "error")]


# -- a web page's <br> inside a tab-parted row keeps the row on its line ---------------------------------------------

def test_a_line_break_tag_inside_a_tab_row_keeps_the_row_whole() -> None:
    text = ("2023年度项目支出绩效自评报告\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因\n"
            "产出指标\t数量指标\t举办赛事\t≥40场\t48场\t40\t40\t赛事热度高<br>各村自发报名\n"
            "效益指标\t社会效益指标\t参与人次\t≥20万人次\t28万人次\t50\t50\t&nbsp;\n"
            "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95.2%\t10\t{score}\t&nbsp;\n"
            "合计\t&nbsp;\t&nbsp;\t&nbsp;\t&nbsp;\t100\t100\t&nbsp;\n")
    assert errors(text.format(score="10")) == []
    assert coded(text.format(score="10.58"), "score_exceeds_weight") == [("score_exceeds_weight", "error", "10.58")]


# -- "另…增办3场，全年共举办23场，完成年度指标的105.00%": the whole done right before the rate ---------------------------

def test_the_whole_done_right_before_a_completion_rate_is_its_actual() -> None:
    text = "2022年度项目支出绩效自评报告\n年初计划的20场赛事全部按期举办，另应群众要求增办3场，全年共举办23场，完成年度指标的{rate}。\n"
    assert errors(text.format(rate="115.00%")) == []
    assert coded(text.format(rate="105.00%"), "completion_mismatch") == [("completion_mismatch", "error", "105.00%")]


# -- "满意或基本满意305人，满意率97.67%": a 满意率 of the counts before it --------------------------------------------------

def test_a_satisfaction_rate_of_the_counts_before_it() -> None:
    text = "2019年度部门整体支出绩效自评报告\n年末通过电话回访抽查优抚对象312人，满意或基本满意305人，满意率{rate}。\n"
    assert errors(text.format(rate="97.76%")) == []
    assert coded(text.format(rate="97.67%"), "rate_mismatch") == [("rate_mismatch", "error", "97.67%")]


# -- "投入、过程、产出、效益四个方面分别得分…，部门整体支出自评得分96.69分" ------------------------------------------------

def test_four_levels_scored_in_turn_make_the_total_after_them() -> None:
    text = ("2019年度部门整体支出绩效自评报告\n投入、过程、产出、效益四个方面分别得分19.5分、29.19分、28.5分、18.5分，"
            "部门整体支出自评得分{total}分，等级为优秀。\n")
    assert errors(text.format(total="95.69")) == []
    assert coded(text.format(total="96.69"), "score_sum_mismatch") == [("score_sum_mismatch", "error", "96.69分")]


def test_three_of_four_levels_in_turn_are_no_total() -> None:
    text = "2019年度部门整体支出绩效自评报告\n投入、过程、产出三个方面分别得分19.5分、29.19分、28.5分，部门整体支出自评得分96.69分。\n"
    assert coded(text, "score_sum_mismatch") == []


# -- "平均自评得分" under projects, one of them with no funds and no score ("—") -----------------------------------------

def test_a_mean_row_leaves_out_the_row_with_no_score() -> None:
    table = ("2019年度部门整体支出绩效自评报告\n序号｜项目名称｜全年预算数（万元）｜全年执行数（万元）｜执行率｜自评得分\n"
             "1｜重点优抚对象抚恤补助｜512.60｜498.12｜97.18%｜96.5\n2｜重点优抚对象节日慰问｜46.80｜46.80｜100%｜98\n"
             "3｜双拥工作经费｜38.40｜35.93｜93.57%｜92.5\n4｜烈士纪念设施维护｜60.00｜50.60｜84.33%｜88\n"
             "5｜退役军人就业创业扶持（年初未安排资金）｜0.00｜0.00｜—｜—\n合计｜｜657.80｜631.45｜95.99%｜\n平均自评得分｜｜｜｜｜{mean}\n")
    assert errors(table.format(mean="93.75")) == []
    assert coded(table.format(mean="94.75"), "average_mismatch") == [("average_mismatch", "error", "94.75")]


# -- round 88: an item's spending said again, an item's average, an item's balance, a rate past an aside -------------

def test_an_items_spending_said_again_is_not_the_projects() -> None:
    text = ("2023年度项目支出绩效自评报告\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
            "年度资金总额\t130.00\t140.00\t132.85\t10\t94.89%\t9.49\n"
            "全年资金到位率100%，预算执行率94.89%。实际支出中，免费基本殡葬服务费用94.92万元，节地生态安葬奖补19.56万元，"
            "殡葬服务站点运行及散埋乱葬整治经费18.37万元。\n全年为1,356具遗体提供了免费基本殡葬服务，支出94.92万元。\n")
    assert coded(text, "conflicting_values") == []


def test_an_average_one_items_amount_and_count_give_is_that_items() -> None:
    text = ("2019年度项目支出绩效自评报告\n生活困难帮扶、助学帮扶和医疗救助分别涉及120户、45名和30户，分别发放18.00万元、9.00万元和7.86万元，"
            "合计34.86万元；生活困难家庭每户1,500元，学生每名2,000元，医疗救助户均{mean}元。\n")
    assert coded(text.format(mean="2,620"), "average_mismatch") == []


def test_an_items_balance_is_its_own_budget_less_its_spending() -> None:
    text = ("2019年度部门整体支出绩效自评报告\n2019年中心年初预算86.50万元，其中基本支出61.30万元（人员经费52.80万元、公用经费8.50万元），"
            "项目支出25.20万元。9月县财政追加经费8.20万元，全年预算94.70万元。\n全年支出92.33万元，预算执行率97.50%。其中基本支出61.01万元，"
            "人员经费52.80万元全部支出，公用经费支出8.21万元，结余{balance}万元；项目支出31.32万元。\n")
    assert coded(text.format(balance="0.29"), "balance_mismatch") == []


def test_a_completion_rate_past_last_years_aside_bears_the_text_out() -> None:
    text = ("2021年度项目支出绩效自评报告\n全年开展个案辅导620场次（2020年为538场次），完成年度目标的103.33%。\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t数量指标\t个案辅导场次\t≥600场次\t602场次\t50\t50\n"
            "效益指标\t社会效益指标\t调解成功率\t≥60%\t65%\t40\t40\n"
            "满意度指标\t服务对象满意度指标\t当事人满意度\t≥90%\t95%\t10\t10\n合计\t\t\t\t\t100\t100\n")
    assert coded(text, "conflicting_values") == [("conflicting_values", "error", "602场次")]


def test_a_single_spaced_table_without_a_second_level_column_is_read() -> None:
    table = ("2023年度部门整体支出绩效自评报告\n一级指标 三级指标 指标值 实际完成值 分值 得分\n投入 预算调整率 ≤10% 8.17% 10 10\n"
             "过程 预算执行率 100% 97.42% 20 19.48\n产出 走访慰问困难归侨侨眷户数 ≥120户 132户 30 30\n"
             "效益 民族团结和侨界和谐稳定 持续巩固 持续巩固 30 29\n满意度 服务对象满意度 ≥90% 93.8% {weight} 10\n合计 100 98.48\n")
    assert errors(table.format(weight="10")) == []
    assert [f[:3] for f in coded(table.format(weight="12"), "weight_sum_mismatch")] == [("weight_sum_mismatch", "error", "12")]


def test_an_evacuation_rate_cannot_pass_a_hundred() -> None:
    text = "2023年度项目支出绩效自评报告\n演练中群众按时撤离率达到{rate}，群众对避难场所位置和疏散路线的知晓程度明显提高。\n"
    assert errors(text.format(rate="98.2%")) == []
    assert [f[:2] for f in coded(text.format(rate="108.2%"), "implausible_rate")] == [("implausible_rate", "error")]


def test_attendance_due_and_attendance_made_give_the_rate() -> None:
    text = "2021年度项目支出绩效自评报告\n两个学期应出勤41280人次，实际出勤38217人次，出勤率{rate}；结业考核合格率97.60%。\n"
    assert errors(text.format(rate="92.58%")) == []
    assert coded(text.format(rate="95.28%"), "rate_mismatch") == [("rate_mismatch", "error", "95.28%")]


# -- round 89: other projects' best and worst, a budget asked for, the execution's points in a funds line's label,
# -- a total above 100, a target said at length, projects' scores after their names -----------------------------------

def test_the_best_and_worst_of_several_projects_are_no_report_total() -> None:
    text = ("2024年度部门整体支出绩效自评报告\n一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
            "产出指标｜数量指标｜执法检查｜≥900家次｜1036家次｜50｜50\n效益指标｜社会效益指标｜安全事故｜0起｜0起｜40｜38\n"
            "满意度指标｜服务对象满意度｜企业满意度｜≥90%｜91.10%｜10｜10\n合计｜｜｜｜｜100｜98\n"
            "5个项目自评得分最高95分、最低88.5分，平均91.9分。\n")
    assert coded(text, "score_sum_mismatch") == []


def test_a_budget_asked_for_is_not_the_years_budget() -> None:
    text = ("2024年度项目支出绩效自评报告\n2. 为全县孕妇免费提供无创产前基因检测，申报2024年项目预算120.00万元。\n"
            "年中追加12.60万元，全年预算调整为132.60万元。\n（二）资金计划。全年预算132.60万元，其中省级补助资金72.00万元、县级资金60.60万元。\n")
    assert coded(text, "conflicting_values") == []


def test_the_execution_points_in_a_funds_lines_label_complete_the_weights() -> None:
    text = ("2020年度项目支出绩效自评报告\n预算执行情况（20分）\t全年预算数（万元）\t80.00\t全年执行数（万元）\t72.48\t执行率\t90.60%\t得分\t18.12\n"
            "年度绩效目标\t指标名称\t分值\t指标值\t实际完成值\t完成率\t得分\n"
            "目标1：产前筛查服务（40分）\t血清学产前筛查例数\t25\t≥3000例\t2864例\t95.47%\t23.87\n"
            "\t高风险孕妇随访率\t15\t≥95%\t97.22%\t102.34%\t15\n"
            "目标2：母婴安全（40分）\t孕产妇死亡率\t25\t≤18/10万\t0/10万\t100%\t25\n"
            "\t孕产妇满意度\t15\t≥90%\t95.80%\t106.44%\t15\n合计\t\t100\t\t\t\t96.99\n")
    assert coded(text, "weight_sum_mismatch") == []


def test_a_total_above_a_hundred_under_a_hundred_point_table() -> None:
    text = ("2023年度项目支出绩效自评报告\n一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
            "产出指标｜数量指标｜扶助人数｜≥1000人｜1046人｜50｜50\n效益指标｜社会效益指标｜发放准确率｜100%｜100%｜40｜40\n"
            "满意度指标｜服务对象满意度｜扶助对象满意度｜≥90%｜96%｜10｜10\n合计｜｜｜｜｜100｜100\n"
            "（上年度该项目自评得分{last}分，等级为优。）\n")
    assert errors(text.format(last="96.50")) == []
    assert coded(text.format(last="106.50"), "score_exceeds_weight") == [("score_exceeds_weight", "error", "106.50分")]


def test_a_total_above_a_hundred_with_no_hundred_point_scale_is_left_alone() -> None:
    text = "2021年度项目支出绩效自评报告\n六安市农业农村局开展自评，自评得分110分。各县区考评结果是：霍邱县110分、舒城县110分。\n"
    assert coded(text, "score_exceeds_weight") == []


def test_a_target_said_at_some_length_is_still_the_target() -> None:
    text = "2018年度项目支出绩效自评报告\n年内计划为特扶对象免费开展健康体检2000人，实际体检2186人，完成率{rate}。\n"
    assert errors(text.format(rate="109.30%")) == []
    assert coded(text.format(rate="109.03%"), "completion_mismatch") == [("completion_mismatch", "error", "109.03%")]


def test_places_listed_after_a_plan_are_no_target() -> None:
    text = ("2018年度项目支出绩效自评报告\n全年运营幸福院12处，计划新建的河东村、小沟村、岭上村3处幸福院因配套设施未完工，未能在年内投入运营，"
            "完成年度目标的80.0%。\n")
    assert coded(text, "completion_mismatch") == []


def test_projects_scores_after_their_names_have_the_mean_said_after_them() -> None:
    text = ("2024年度部门整体支出绩效自评报告\n经自评，运营维护项目99.78分，站点智能化改造项目93.20分，保险及电费项目96.00分，"
            "3个项目平均自评分{mean}分，等级均为优。\n")
    assert errors(text.format(mean="96.33")) == []
    assert coded(text.format(mean="96.63"), "average_mismatch") == [("average_mismatch", "error", "96.63分")]


def test_a_data_validity_rate_cannot_pass_a_hundred() -> None:
    text = "2020年度项目支出绩效自评报告\n负氧离子在线监测站全年运行正常，数据有效率{rate}。\n"
    assert errors(text.format(rate="98.6%")) == []
    assert [f[:2] for f in coded(text.format(rate="108.6%"), "implausible_rate")] == [("implausible_rate", "error")]


# -- round 90: a goal block's 小计 over rows of two levels, a rate its counts give beside its parts, a quoted item's balance

def test_a_goal_blocks_subtotal_closes_every_row_since_the_last() -> None:
    text = ("2020年度项目支出绩效自评报告\n一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t完成率\t分值\t得分\n"
            "产出指标\t数量指标\t维护区域自动站数量\t=62个\t62个\t100%\t40\t40\n小计\t\t\t\t\t\t40\t40\n"
            "目标二：数据服务防灾减灾（50分）\n产出指标\t成本指标\t单站年均维护成本\t≤7000元\t6706.45元\t100%\t20\t20\n"
            "效益指标\t社会效益指标\t为预警发布提供实况支撑\t有效支撑\t达成年度指标\t—\t30\t{score}\n小计\t\t\t\t\t\t50\t47\n"
            "满意度指标\t服务对象满意度指标\t用户单位满意度\t≥90%\t92.00%\t102.22%\t10\t10\n合计\t\t\t\t\t\t100\t97\n")
    assert coded(text.format(score="27"), "score_sum_mismatch") == []
    assert coded(text.format(score="27"), "weight_sum_mismatch") == []
    assert [f[:2] for f in coded(text.format(score="28"), "score_sum_mismatch")] == [("score_sum_mismatch", "error")]


def test_a_rate_its_own_counts_give_is_no_mean_of_the_rates_after_it() -> None:
    text = ("2020年度项目支出绩效自评报告\n全年应到报小时数据544608条，实到540793条，平均到报率99.30%，较2019年的98.87%提高0.43个百分点，"
            "其中汛期（5—9月）到报率99.62%。年末62个站点中运行完好的有61个，完好率98.39%。\n")
    assert coded(text, "average_mismatch") == []


def test_a_quoted_items_balance_is_that_items() -> None:
    text = ("2024年度部门整体支出绩效自评报告\n2024年部门调整后预算843.35万元，全年实际支出832.62万元，总体执行率98.73%。"
            "村（居）法律顾问经费、法律援助办案补贴、人民调解“以案定补”经费、公共法律服务平台运行经费调整后预算分别为86.40万元、52.00万元、"
            "40.20万元和36.00万元，实际支出分别为84.15万元、49.62万元、36.10万元和34.00万元。\n"
            "“以案定补”经费执行率低于90%，主要是12月申报的个案补贴尚未审核完毕，未使用的4.10万元已按规定结转至2025年。\n")
    assert coded(text, "balance_mismatch") == []
