"""Shapes the writers of the seventeenth session brought (issue 10, false alarms and misses of the held-out-style sets
that are general ways of writing a report): each is a test here, beside the clean form it must leave alone."""

from __future__ import annotations

from pathlib import Path

from chains.check import check


def findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, text[f.span[0] : f.span[1]]) for f in check(text).findings]


def coded(text: str, code: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[0] == code]


# -- a category's rate, its spending said in words ("全部支出") -------------------------------------------------------

CATEGORIES = (
    "二、预算执行\n2023年部门年初预算756.50万元，年中追加后全年预算782.68万元；全年支出757.48万元，整体预算执行率96.78%。"
    "分类看，基本支出全年预算292.18万元，全部支出，执行率{basic}%；项目支出全年预算490.50万元，支出465.30万元，"
    "执行率{project}%。\n"
)


def test_a_categorys_rate_with_its_spending_in_words_is_not_the_departments() -> None:
    # 757.48 / 756.50 is 100.13%: the whole's rate on its initial budget, but this 100% is 基本支出's
    assert findings(CATEGORIES.format(basic="100", project="94.86")) == []


def test_the_other_categorys_rate_is_still_checked_on_its_own_amounts() -> None:
    assert coded(CATEGORIES.format(basic="100", project="94.68"), "rate_mismatch") == [
        ("rate_mismatch", "error", "94.68%")]


# -- a sub-project's score in prose, its row in a table --------------------------------------------------------------

SUB_PROJECTS = (
    "一、基本情况\n项目支出安排3个子项目：秸秆综合利用补助全年预算486万元，已全部兑付；废旧农膜回收网点建设预算128.5万元，"
    "支出119.26万元，执行率92.81%，自评得分{score}分，有3个网点未完工；面源污染监测预算38万元，支出25.20万元，执行率66.32%。\n"
    "二、部门整体自评\n部门整体支出绩效自评表\n一级指标｜三级指标｜分值｜得分\n预算执行｜预算执行率｜10｜9.5\n"
    "产出指标｜回收网点建设数量｜50｜48.5\n效益指标｜秸秆综合利用率｜30｜30\n满意度指标｜农户满意度｜10｜10\n合计｜｜100｜98\n"
    "部门整体支出自评得分98分，等级为优。\n"
    "三、子项目自评情况\n子项目\t全年预算（万元）\t支出（万元）\t执行率\t分值\t自评得分\n"
    "秸秆综合利用补助\t486.00\t486.00\t100.00%\t100\t99\n废旧农膜回收网点建设\t128.50\t119.26\t92.81%\t100\t95\n"
    "面源污染监测\t38.00\t25.20\t66.32%\t100\t89\n"
)


def test_a_sub_projects_score_whose_row_the_table_gives_is_not_the_reports_total() -> None:
    assert coded(SUB_PROJECTS.format(score="95"), "score_sum_mismatch") == []


def test_the_reports_own_total_is_still_held_to_its_table() -> None:
    text = SUB_PROJECTS.format(score="95").replace("自评得分98分", "自评得分97分")
    assert coded(text, "score_sum_mismatch") == [("score_sum_mismatch", "error", "97分")]


# -- a breakdown after a change within the year ----------------------------------------------------------------------

ADJUSTED = (
    "（一）预算收入\n年初预算286.45万元，年中因调资和上级追加项目资金增加26.42万元，其中基本支出追加7.52万元、项目支出追加"
    "{project}万元。按资金来源划分，中央转移支付28.55万元、省级资金9.80万元、县级财政资金274.52万元。\n"
)


def test_the_parts_after_an_increase_within_the_year_break_the_increase_down() -> None:
    assert coded(ADJUSTED.format(project="18.90"), "sum_mismatch") == []
    assert coded(ADJUSTED.format(project="19.90"), "sum_mismatch") == [
        ("sum_mismatch", "error", "26.42万元，其中基本支出追加7.52万元、项目支出追加19.90万元")]


def test_sources_after_an_increase_within_the_year_are_not_held_to_the_initial_budget() -> None:
    # 28.55 + 9.80 + 274.52 = 312.87 = 286.45 + 26.42, the adjusted budget the text never states
    assert findings(ADJUSTED.format(project="18.90")) == []


def test_a_breakdown_after_last_years_amount_and_the_change_still_makes_up_this_years_total() -> None:
    text = ("2023年项目共安排资金1,870.00万元，比2022年的1,642.50万元增加227.50万元，增长13.85%。资金来源为：中央衔接资金"
            "1,120.00万元、自治区衔接资金{region}万元、市级衔接资金90.00万元、县本级财政174.00万元。\n")
    assert coded(text.format(region="486.00"), "sum_mismatch") == []
    assert [f[0] for f in coded(text.format(region="468.00"), "sum_mismatch")] == ["sum_mismatch"]


# -- a title that gives the span of a project lasting several years -------------------------------------------------


def test_a_title_with_the_projects_span_evaluates_the_year_said_with_nian_du() -> None:
    text = ("随州市曾都区人民武装部\n民兵应急分队军事训练保障项目（2020—2022年）2021年度绩效自评报告\n一、项目概况\n"
            "本报告只对2021年度安排和使用的资金进行自评。年末未支出的4.68万元结转至2022年支付。\n")
    assert coded(text, "year_mismatch") == []
    assert coded(text.replace("只对2021年度", "只对2020年度"), "year_mismatch") != []


# -- a sentence that opens with last year ----------------------------------------------------------------------------

LAST_YEAR_PARAGRAPH = (
    "二级民兵应急分队训练2021年度绩效自评报告\n一、绩效目标完成情况\n项目绩效自评表\n"
    "一级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n产出指标｜参训民兵人数｜≥450人｜480人｜20｜20\n"
    "二、上年对照\n{opening}受疫情影响，第一期训练推迟到6月，全年参训民兵452人，考核合格434人。\n"
)


def test_a_count_in_a_sentence_that_opens_with_last_year_is_last_years() -> None:
    assert coded(LAST_YEAR_PARAGRAPH.format(opening="2020年"), "conflicting_values") == []


def test_a_count_in_a_sentence_that_opens_with_this_year_is_still_held_to_the_table() -> None:
    assert ("conflicting_values", "error", "452人") in coded(LAST_YEAR_PARAGRAPH.format(opening="2021年"),
                                                          "conflicting_values")


# -- the remainders of two kinds of money ----------------------------------------------------------------------------

TWO_KINDS = (
    "（一）资金申报情况。年初批复财政资金36.00万元，学员缴纳的学费作为单位资金2.40万元一并纳入预算；7月追加补助4.80万元，"
    "调整后预算43.20万元，其中财政资金40.80万元。\n（二）资金使用情况。财政资金全部到位，全年支出39.62万元：教师课酬"
    "17.28万元，分校补助4.80万元，场地租赁8.40万元，教材3.96万元，展演活动5.18万元。学费资金支出2.16万元，用于演出服装。"
    "财政资金结余1.18万元已于年底收回区财政，{rest}结转下年使用。\n"
)


def test_the_remainders_of_two_kinds_of_money_are_each_a_part() -> None:
    assert coded(TWO_KINDS.format(rest="学费结余0.24万元"), "balance_mismatch") == []


def test_a_single_remainder_is_still_held_to_the_budget_less_the_spending() -> None:
    text = "（一）资金情况\n调整后预算43.20万元，全年支出39.62万元，执行率91.71%。年末结余0.24万元结转下年使用。\n"
    assert coded(text, "balance_mismatch") == [("balance_mismatch", "error", "0.24万元")]


# -- what each spent, over a budget ----------------------------------------------------------------------------------

VILLAGES = "（一）示范村建设。项目年度预算210.00万元，用于8个示范村的道路和文化广场建设，平均每村{verb}{mean}万元。\n"


def test_an_average_of_spending_is_not_held_to_a_budget() -> None:
    assert coded(VILLAGES.format(verb="支出", mean="25.17"), "average_mismatch") == []


def test_an_average_of_the_budget_is_still_held_to_it() -> None:
    assert coded(VILLAGES.format(verb="安排", mean="25.17"), "average_mismatch") == [
        ("average_mismatch", "error", "25.17万元")]


# -- a total row with the grade in its last cell ---------------------------------------------------------------------

GRADED_TOTAL = (
    "部门整体支出绩效自评表\n一级指标｜二级指标｜分值｜得分\n投入｜预算编制与目标设定｜10｜9\n过程｜预算执行率｜20｜19.34\n"
    "产出｜重点工作任务完成情况｜40｜38.5\n效益｜社会效益｜20｜20\n效益｜服务对象满意度｜10｜9.5\n合计｜{weight}｜{score}｜等级：优\n"
)


def test_a_total_row_that_leaves_out_its_blank_cell_puts_its_figures_under_the_weight_and_the_score() -> None:
    assert findings(GRADED_TOTAL.format(weight="100", score="96.34")) == []
    assert coded(GRADED_TOTAL.format(weight="100", score="95.34"), "score_sum_mismatch") != []


# -- an indicator named with 数, said without it ---------------------------------------------------------------------

CLASSES = (
    "一、完成情况\n全年开设班级{said}个，培训学员2436人次。\n"
    "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t实际完成值\t分值\t得分\n"
    "产出指标\t数量指标\t开设班级数\t≥\t45\t个\t48\t15\t15\n\t\t学员人次\t≥\t2200\t人次\t2436\t85\t85\n"
    "总分\t\t\t\t\t\t\t100\t100\n"
)


def test_an_indicator_named_with_shu_is_found_in_the_text_without_it() -> None:
    assert findings(CLASSES.format(said="48")) == []
    assert ("conflicting_values", "error", "46个") in coded(CLASSES.format(said="46"), "conflicting_values")


def test_an_index_keeps_its_shu() -> None:
    text = ("一、完成情况\n全年空气质量指45个。\n一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分\n"
            "效益指标\t生态效益\t空气质量指数\t≤50\t48\t100\t100\n总分\t\t\t\t\t100\t100\n")
    assert coded(text, "conflicting_values") == []


# -- a PDF's single-space 自评表 with the goal blocks in its first column (Hubei's layout) ---------------------------

GOAL_COLUMN = (
    "安陆市老年大学办学经费2020年度绩效自评报告\n一、项目概况\n项目保障老年大学正常办学和乡镇老年学校补助。\n"
    "附件\n项目支出绩效自评表\n"
    "项目名称 老年大学办学及乡镇老年学校补助经费 年度：{year}年\n主管部门 安陆市委老干部局 实施单位 安陆市老年大学\n"
    "年度目标 一级指标 二级指标 三级指标 分值 年度指标值 实际完成值 完成率(%) 得分 偏差原因\n"
    "预算执行（20分） 预算执行率 20 100% 87.90% 87.90 17.58 疫情停课，课酬等未支出\n"
    "目标一：保障老年大学正常办学（40分） 产出指标 数量指标 开设班级数 10 ≥40个 36个 90.00 9.00 春季学期停课\n"
    "学员人次 10 ≥2000人次 1780人次 {completion} 8.90 春季学期停课\n线上课程 {weight} ≥60节 70节 116.67 5.00 停课期间增开线上课程\n"
    "质量指标 学员结业率 10 ≥90% 91.5% 101.67 10.00\n时效指标 课酬发放及时率 5 100% 100% 100.00 5.00\n"
    "目标二：乡镇老年学校补助（30分） 产出指标 数量指标 补助乡镇老年学校 10 =14所 14所 100.00 10.00\n"
    "质量指标 补助资金拨付到位率 10 100% 100% 100.00 10.00\n"
    "成本指标 线上教学平台运维费 10 ≤4.5万元 4.68万元 96.15 9.62 线上课程增加，运维费超支\n"
    "目标三：学员满意（10分） 满意度指标 服务对象满意度 学员满意度 10 ≥90% 94.6% 105.11 10.00\n合计 100 95.10\n"
)


def test_a_single_space_table_with_a_goal_column_is_read() -> None:
    clean = GOAL_COLUMN.format(year="2020", completion="89.00", weight="5")
    assert [f for f in findings(clean) if f[1] == "error"] == []
    assert [f[0] for f in findings(GOAL_COLUMN.format(year="2020", completion="98.00", weight="5"))
            if f[1] == "error"] == ["completion_mismatch"]
    assert [f[0] for f in findings(GOAL_COLUMN.format(year="2020", completion="89.00", weight="6"))
            if f[1] == "error"] == ["weight_sum_mismatch"]


def test_the_year_field_of_a_form_copied_with_single_spaces_is_read() -> None:
    assert coded(GOAL_COLUMN.format(year="2021", completion="89.00", weight="5"), "year_mismatch") == [
        ("year_mismatch", "error", "2021年")]


# -- a report with no title: the year in the project's name ----------------------------------------------------------


def test_a_report_without_a_title_takes_its_year_from_the_projects_name() -> None:
    text = ("一、项目的基本情况\n项目名称：2021年少数民族特色村寨保护与发展项目\n主管单位：县民族宗教事务局\n"
            "二、项目资金使用情况\n截至{year}年12月31日，全年执行资金229.45万元。\n")
    assert coded(text.format(year="2021"), "year_mismatch") == []
    assert coded(text.format(year="2020"), "year_mismatch") == [("year_mismatch", "error", "截至2020年12月31日")]


# -- a fund's rate, its year's budget in the funds table -------------------------------------------------------------

FISCAL = (
    "（二）资金情况\n项目年初预算1,680.00万元，其中财政资金1,260.00万元、企业自筹420.00万元。10月市财政追加市级配套58.50万元，"
    "全年预算调整为1,738.50万元。全年执行1,667.62万元，其中财政资金执行1,247.62万元，财政资金执行率{rate}%。\n"
    "项目资金（万元）｜年初预算数｜全年预算数｜全年执行数\n年度资金总额｜1,680.00｜1,738.50｜1,667.62\n"
    "其中：财政资金｜1,260.00｜1,318.50｜1,247.62\n其他资金｜420.00｜420.00｜420.00\n"
)


def test_a_funds_rate_is_read_on_its_row_of_the_funds_table_not_on_the_whole() -> None:
    # 1,247.62 / 1,318.50 = 94.62%: the fund's budget after the 追加 the text names under 市级配套
    assert coded(FISCAL.format(rate="94.62"), "rate_mismatch") == []


def test_a_funds_rate_that_no_budget_of_it_gives_is_still_reported() -> None:
    assert [f[2] for f in coded(FISCAL.format(rate="96.42"), "rate_mismatch")] == ["96.42%"]


# -- "已全部支出" and a later item's spending -------------------------------------------------------------------------

ALL_SPENT = (
    "（一）基本支出\n基本支出预算412.36万元，其中人员经费356.20万元、日常公用经费56.16万元，全年已全部支出。"
    "“三公”经费支出5.82万元，控制在年初预算以内。\n"
)


def test_all_spent_is_not_held_to_a_later_sentences_item() -> None:
    assert coded(ALL_SPENT, "balance_mismatch") == []


def test_all_spent_is_still_held_to_the_spending_before_it() -> None:
    text = "（一）基本支出\n基本支出预算412.36万元，全年支出400.36万元，已全部支出。\n"
    assert [f[2] for f in coded(text, "balance_mismatch")] == ["已全部支出"]


# -- counts in 航次 and other units of trips -------------------------------------------------------------------------


def test_an_average_per_quarter_of_trips_listed_in_turn_is_checked() -> None:
    text = "全年开展海域海岛巡查156航次，四个季度分别为34、41、45、36航次，季均{mean}航次，发现并制止非法占用海域行为9宗。\n"
    assert coded(text.format(mean="39"), "average_mismatch") == []
    assert coded(text.format(mean="40"), "average_mismatch") == [("average_mismatch", "error", "40航次")]


# -- an average of the rates in the second of two lists in turn ------------------------------------------------------

OCCUPANCY = ("全市公租房1,520套，分别位于城北安居苑640套、药都家园512套、福城小区368套，三个小区年末入住率分别为96.2%、91.5%、"
             "88.7%，平均入住率{mean}%。\n")


def test_an_average_of_the_one_list_of_rates_is_their_mean() -> None:
    assert coded(OCCUPANCY.format(mean="92.13"), "average_mismatch") == []
    assert coded(OCCUPANCY.format(mean="93.12"), "average_mismatch") == [("average_mismatch", "error", "93.12%")]


def test_an_average_of_rates_weighed_by_the_counts_listed_before_them_holds() -> None:
    # (640×96.2 + 512×91.5 + 368×88.7) / 1,520 = 92.80
    assert coded(OCCUPANCY.format(mean="92.80"), "average_mismatch") == []


# -- a project's own 自评表 under its heading in a department's report ------------------------------------------------

PROJECT_FORMS = (
    "文成县应急管理局2024年度部门整体支出绩效自评报告\n一、部门基本情况\n2024年部门全年预算1,412.75万元，全年支出1,369.26万元，"
    "预算执行率96.92%。\n三、项目自评情况\n（一）应急避难场所提升改造项目（满分100分）\n"
    "一级指标｜二级指标｜三级指标｜指标值｜完成值｜分值｜得分\n预算执行｜预算执行率｜预算执行率｜100%｜{rate}｜10｜9.70\n"
    "产出｜数量｜提升改造避难场所｜≥8处｜8处｜90｜90\n合计｜｜｜｜｜100｜99.70\n"
)


def test_a_projects_execution_rate_in_its_own_table_is_not_the_departments() -> None:
    assert coded(PROJECT_FORMS.format(rate="97.00%"), "conflicting_values") == []


def test_a_table_under_no_projects_heading_is_still_held_to_the_texts_rate() -> None:
    text = PROJECT_FORMS.format(rate="97.00%").replace("（一）应急避难场所提升改造项目（满分100分）\n", "")
    assert ("conflicting_values", "error", "97.00%") in coded(text, "conflicting_values")


# -- energy saved is no fund's remainder -----------------------------------------------------------------------------


def test_money_saved_on_electricity_is_not_a_balance() -> None:
    text = ("二、资金情况\n全年到位资金538.40万元，支出514.70万元，结余23.70万元。\n三、效益\n全年节约用电57.5万千瓦时，"
            "按0.64元/千瓦时计，节约电费36.8万元；另一批路灯年节约用电126.4万千瓦时，按0.55元/千瓦时计节约电费约69.5万元。\n")
    assert coded(text, "balance_mismatch") == []


def test_a_saving_of_funds_is_still_a_balance() -> None:
    text = "二、资金情况\n全年到位资金538.40万元，支出514.70万元，节约资金33.70万元。\n"
    assert coded(text, "balance_mismatch") == [("balance_mismatch", "error", "33.70万元")]


# -- a completion rate named for one item of a list ------------------------------------------------------------------

ORPHANS = (
    "二、绩效目标\n孤儿保障人数不少于60人，事实无人抚养儿童保障人数不少于120人。\n三、完成情况\n"
    "年末保障孤儿64人、事实无人抚养儿童124人，孤儿保障人数完成率{rate}%，事实无人抚养儿童保障人数完成率103.33%。\n"
)


def test_a_completion_rate_is_of_the_listed_item_its_clause_names() -> None:
    assert findings(ORPHANS.format(rate="106.67")) == []
    assert coded(ORPHANS.format(rate="106.76"), "completion_mismatch") == [("completion_mismatch", "error", "106.76%")]


# -- a table of projects grouped by source, with each group's 小计 ---------------------------------------------------

GROUPED = (
    "资金来源\t项目名称\t全年预算数\t全年执行数\t执行率\n"
    "市级补助\t宅基地制度改革试点工作经费\t120.00\t114.60\t95.50%\n市级补助\t闲置农房盘活利用奖补资金\t80.00\t80.00\t100.00%\n"
    "市级小计\t\t200.00\t194.60\t—\n区级安排\t集体产权制度改革工作经费\t92.30\t86.10\t93.28%\n"
    "区级安排\t宅基地审批监管及巡查\t64.00\t57.60\t90.00%\n区级安排\t农经统计审计及仲裁\t{last}\t55.54\t99.18%\n"
    "区级小计\t\t212.30\t199.24\t—\n合计\t\t412.30\t393.84\t95.52%\n"
)


def test_a_groups_subtotal_is_not_one_more_part_of_the_total() -> None:
    assert coded(GROUPED.format(last="56.00"), "sum_mismatch") == []


def test_a_wrong_row_under_grouped_subtotals_still_breaks_the_total() -> None:
    assert [f[0] for f in coded(GROUPED.format(last="65.00"), "sum_mismatch")] == ["sum_mismatch"]


# -- each project's score and grade in one sentence of a department's report, and their average ----------------------

PROJECT_SCORES = (
    "文成县应急管理局2024年度部门整体支出绩效自评报告\n三、项目自评情况\n经自评，应急避难场所提升改造项目得分99.28分，"
    "等级为优；应急物资储备及轮换项目得分89.64分，等级为{grade}；防汛防台应急保障项目得分99.52分，等级为优；"
    "3个项目平均得分{mean}分。\n"
)


def test_a_projects_grade_in_a_department_report_is_held_to_the_projects_own_score() -> None:
    assert findings(PROJECT_SCORES.format(grade="良", mean="96.15")) == []
    assert coded(PROJECT_SCORES.format(grade="优", mean="96.15"), "grade_mismatch") == [("grade_mismatch", "error", "优")]


def test_the_average_of_the_projects_scores_said_before_it_is_checked() -> None:
    assert coded(PROJECT_SCORES.format(grade="良", mean="96.51"), "average_mismatch") == [
        ("average_mismatch", "error", "96.51分")]


# -- a page's footer and running head inside a single-space 自评表 -----------------------------------------------------

PAGED = (
    "安陆市城市管理执法局2020年度项目绩效自评报告\n一、项目概况\n项目保障城区路灯管护和LED节能改造。\n表2 绩效指标完成及评分情况\n"
    "年度目标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因\n预算执行 预算执行率 100% 95.51% 20 19.10\n"
    "目标1 产出指标 数量指标 管护路灯数量 ≥7200盏 7350盏 {weight} 10\n产出指标 质量指标 主次干道亮灯率 ≥98% 99.2% 10 10\n"
    "产出指标 时效指标 故障报修处置时限 ≤24小时 26小时 10 9.23 疫情期间维修人员不足\n效益指标 社会效益指标 夜间照明投诉量 ≤60件 48件 10 10\n"
    "— 2 —\n安陆市城市管理执法局2020年度项目绩效自评报告\n"
    "目标2 产出指标 数量指标 LED节能改造数量 ≥1500盏 1450盏 10 9.67 道路管网施工，50盏未安装\n"
    "产出指标 成本指标 改造单价 ≤1200元/盏 1166元/盏 10 10\n效益指标 经济效益指标 年节约电费 ≥18万元 18.6万元 10 10\n"
    "目标3 满意度指标 服务对象满意度指标 市民满意度 ≥85% 91.2% 10 10\n合计 100 98\n"
)


def test_a_page_break_inside_a_single_space_table_does_not_end_it() -> None:
    assert [f for f in findings(PAGED.format(weight="10")) if f[1] == "error"] == []
    assert [f[0] for f in findings(PAGED.format(weight="12")) if f[1] == "error"] == ["weight_sum_mismatch"]


# -- a product's factor is no part of a breakdown --------------------------------------------------------------------


def test_the_price_of_a_product_is_not_one_of_the_parts() -> None:
    text = ("全年共支出{total}万元。其中春季学期按4元×26,475人×72天核拨762.48万元，秋季学期按4元×26,153人×100天核拨"
            "1,046.12万元。\n")
    # (4元 + 762.48 + 4元 + 1,046.12 was the sum the old reading asked for)
    assert coded(text.format(total="1,808.60"), "sum_mismatch") == []


# -- the last goal block's table carries the 合计 of them all ----------------------------------------------------------

LAST_BLOCK = (
    "预算执行情况（20分）｜全年预算数（万元）｜全年执行数（万元）｜执行率｜分值｜得分\n"
    "校车运营补助｜234.40｜229.91｜98.08%｜20｜19.62\n年度目标一：保障农村学生安全乘车（40分）\n"
    "一级指标｜二级指标｜三级指标｜指标值｜实际完成值｜分值｜得分\n产出指标｜数量指标｜运营校车数量｜≥60辆｜62辆｜20｜20\n"
    "产出指标｜时效指标｜学生单程乘车时间｜≤45分钟｜48分钟｜20｜18.76\n年度目标二：减轻农村家庭接送负担（40分）\n"
    "一级指标｜二级指标｜三级指标｜指标值｜实际完成值｜分值｜得分\n产出指标｜数量指标｜乘车学生人数｜≥3300人｜3206人｜{weight}｜19.43\n"
    "满意度指标｜服务对象满意度指标｜学生及家长满意度｜≥90%｜92%｜20｜20\n合计｜｜｜｜｜100｜97.81\n"
)


def test_the_last_blocks_table_with_the_whole_total_is_held_to_its_heading() -> None:
    assert [f for f in findings(LAST_BLOCK.format(weight="20")) if f[1] == "error"] == []
    assert [f[0] for f in findings(LAST_BLOCK.format(weight="25")) if f[1] == "error"] == ["weight_sum_mismatch"]


# -- "其中财政资金执行率": a part's rate by its words ------------------------------------------------------------------

PART_RATE = (
    "截至2019年12月31日，项目全年执行资金56.08万元，预算执行率94.57%，其中财政资金执行率{rate}%。\n"
    "项目资金（万元）｜年初预算数｜全年预算数｜全年执行数\n年度资金总额｜59.30｜59.30｜56.08\n"
    "其中：财政资金｜52.80｜52.80｜49.79\n其他资金｜6.50｜6.50｜6.29\n"
)


def test_a_parts_rate_by_its_words_is_held_to_its_row_not_to_the_whole() -> None:
    assert coded(PART_RATE.format(rate="94.30"), "rate_mismatch") == []  # 49.79 / 52.80
    assert coded(PART_RATE.format(rate="95.30"), "rate_mismatch") == [("rate_mismatch", "error", "95.30%")]


# -- a grade band said as a range of scores --------------------------------------------------------------------------


def test_a_band_of_scores_said_with_han_is_no_total() -> None:
    text = ("附表\n一级指标｜二级指标｜分值｜得分\n产出｜数量｜60｜58.98\n效益｜社会效益｜40｜31\n合计｜｜100｜89.98\n"
            "五、评价结论\n经自评，本项目综合得分见附表，处于80分（含）至90分区间，评价等级为“良”。\n")
    assert coded(text, "score_sum_mismatch") == []


# -- rates that cannot exceed a hundred ------------------------------------------------------------------------------


def test_an_on_time_arrival_rate_cannot_exceed_a_hundred() -> None:
    text = "从完成情况看，全年没有发生校车责任交通事故，学生乘车按时到校率为{rate}%。\n"
    assert coded(text.format(rate="99.2"), "implausible_rate") == []
    assert coded(text.format(rate="109.2"), "implausible_rate") == [("implausible_rate", "error", "109.2%")]


# -- an average over as many figures as its count counts, said before it ---------------------------------------------


def test_an_average_over_the_two_terms_said_before_it_is_their_mean() -> None:
    text = "春季学期受益学生9,650人，秋季学期9,462人，两个学期平均受益学生{mean}人；与2017年的10,126人相比有所减少。\n"
    assert coded(text.format(mean="9,556"), "average_mismatch") == []
    assert coded(text.format(mean="9,565"), "average_mismatch") == [("average_mismatch", "error", "9,565人")]


def test_a_sub_projects_score_under_its_heading_is_not_the_reports_total() -> None:
    text = ("项目名称｜全年预算（万元）｜执行（万元）｜执行率｜自评得分\n户用沼气池后续管护项目｜48.00｜46.32｜96.50%｜95.50\n"
            "沼气服务网点运营补助项目｜36.00｜36.00｜100.00%｜98.00\n部门整体自评表\n一级指标｜二级指标｜分值｜得分\n"
            "产出｜数量｜60｜58.2\n效益｜社会效益｜40｜39\n合计｜｜100｜97.2\n"
            "（一）户用沼气池后续管护项目。全年预算48.00万元，执行46.32万元，执行率96.50%，自评得分95.50分。全年入户巡查8650户。\n")
    assert coded(text, "score_sum_mismatch") == []


# -- the MOF funds block copied from a PDF with single spaces ---------------------------------------------------------

PDF_FUNDS = (
    "二、资金情况\n全年支出681.00万元，预算执行率{rate}%，其中当年财政拨款支出636.00万元，上年结转资金45.00万元已全部支出。"
    "年末未支出资金124.00万元。\n七、附表\n项目名称 2024年度冬季清洁取暖改造项目\n"
    "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n（万元） （A） （B） （B/A）\n"
    "年度资金总额 605.00 805.00 681.00 10 84.60% 8.46\n其中：当年财政拨款 560.00 760.00 636.00 — 83.68% —\n"
    "上年结转资金 45.00 45.00 45.00 — 100.00% —\n其他资金 0.00 0.00 0.00 — — —\n"
)


def test_a_single_space_funds_block_with_a_units_line_is_read() -> None:
    text = "项目年初预算560万元，当年财政拨款全年预算为760.00万元。另有上年结转资金45万元。\n" + PDF_FUNDS
    assert [f for f in findings(text.format(rate="84.60")) if f[1] == "error"] == []
    assert ("rate_mismatch", "error", "84.06%") in findings(text.format(rate="84.06"))


# -- a table of the sources, no total row ----------------------------------------------------------------------------


def test_the_first_row_of_a_table_of_sources_is_one_source_not_the_whole() -> None:
    text = ("全年预算340万元，实际到位332万元，到位率97.65%；全年支出324.80万元，预算执行率95.53%。分资金来源执行情况如下（单位：万元）：\n"
            "资金来源  全年预算数  实际到位数  全年执行数  结余  执行率\n中央预算内投资  240.00  240.00  240.00  0.00  100.00%\n"
            "省级补助资金  60.00  60.00  52.80  7.20  88.00%\n市级配套资金  40.00  32.00  32.00  0.00  80.00%\n")
    assert coded(text, "conflicting_values") == []


# -- a source's payment rate (支付率) --------------------------------------------------------------------------------


def test_a_sources_payment_rate_is_held_to_that_sources_budget() -> None:
    text = ("项目总投资325万元，其中中央预算内投资260万元、区级配套资金65万元。分资金来源看，中央预算内投资支付260万元，支付率100%；"
            "区级配套资金支付38.40万元，支付率{rate}%，未支付的26.60万元为设备购置尾款。\n")
    assert coded(text.format(rate="59.08"), "rate_mismatch") == []
    assert coded(text.format(rate="59.80"), "rate_mismatch") == [("rate_mismatch", "error", "59.80%")]


# -- a projects' table closed by its 合计 and then its mean row --------------------------------------------------------

PROJECTS_TABLE = (
    "| 项目名称 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 项目自评得分 |\n"
    "| 慢性病综合防控示范区建设 | 80.00 | 126.50 | 119.84 | 94.74% | 94.7 |\n| 高血压糖尿病患者规范管理督导 | 60.00 | 88.20 | 86.93 | 98.56% | 97.3 |\n"
    "| 免疫规划及冷链运转 | 95.00 | 102.36 | 99.87 | 97.57% | 96.2 |\n| 新冠肺炎疫情防控 | 120.00 | 231.15 | 231.15 | 100.00% | 98.0 |\n"
    "| 重大传染病及地方病防治 | 30.00 | 42.00 | 41.42 | 98.62% | 93.6 |\n| 合计 | {total} | 590.21 | 579.21 | 98.14% | — |\n"
    "| 项目平均得分 | — | — | — | — | {mean} |\n"
)


def test_a_total_row_followed_by_a_mean_row_is_still_the_columns_sum() -> None:
    assert findings(PROJECTS_TABLE.format(total="385.00", mean="95.96")) == []
    assert coded(PROJECTS_TABLE.format(total="358.00", mean="95.96"), "sum_mismatch") == [("sum_mismatch", "error", "358.00")]


def test_a_mean_row_with_dashes_in_its_other_cells_is_read() -> None:
    assert coded(PROJECTS_TABLE.format(total="385.00", mean="96.95"), "average_mismatch") == [
        ("average_mismatch", "error", "96.95")]


# -- the budget arranged at the start of the year, words between 年初 and 安排 ------------------------------------------

def test_a_budget_arranged_at_the_start_of_the_year_is_the_initial_one() -> None:
    # "年初市级财政安排项目预算60.00万元。…经市财政局批复追加后，项目全年预算为75.00万元": the budget before the 追加
    case = Path(__file__).parent / "data/drafts394/cases/ha-xinzheng-weiquanyuanzhu-2019-clean.txt"
    assert coded(case.read_text(encoding="utf-8"), "conflicting_values") == []


def test_a_budget_restated_at_the_start_of_the_year_is_still_the_years() -> None:
    text = "全年预算由年初的5420.00万元调整为5860.00万元，全年支出5800.00万元，执行率{rate}%。\n"
    assert coded(text.format(rate="98.98"), "rate_mismatch") == []
    assert [f[0] for f in coded(text.format(rate="98.89"), "rate_mismatch")] == ["rate_mismatch"]
