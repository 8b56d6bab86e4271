"""Shapes the writers of the eighteenth session brought (issue 10, false alarms and misses of the held-out-style sets
that are general ways of writing a report): each is a test here, beside the clean form it must leave alone."""

from __future__ import annotations

from chains.check import check


def findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, text[f.span[0] : f.span[1]]) for f in check(text).findings]


def coded(text: str, code: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[0] == code]


# -- "其中当年财政拨款执行率…": a part's rate, judged on its row of the funds table -------------------------------------

PART_RATE = (
    "2023年度农机购置补贴项目支出绩效自评报告\n"
    "截至2023年12月31日，全年共兑付补贴资金1437.62万元，预算执行率96.71%，其中当年财政拨款执行率{rate}%，"
    "上年结转资金已全部兑付完毕。\n"
    "项目资金（万元）｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分\n"
    "年度资金总额｜1260.00｜1486.50｜1437.62｜10｜96.71%｜9.67\n"
    "其中：当年财政拨款｜1260.00｜1386.50｜1337.62｜—｜—｜—\n"
    "上年结转资金｜0.00｜100.00｜100.00｜—｜—｜—\n"
)


def test_a_parts_rate_after_the_whole_agrees_with_its_row() -> None:
    # 1337.62 / 1386.50 = 96.47%; the whole's 96.71% is 1437.62 / 1486.50
    assert coded(PART_RATE.format(rate="96.47"), "rate_mismatch") == []


def test_a_parts_rate_after_the_whole_is_held_to_its_row() -> None:
    assert coded(PART_RATE.format(rate="96.74"), "rate_mismatch") == [("rate_mismatch", "error", "96.74%")]


def test_a_parts_rate_over_a_hundred_is_said_once_as_impossible() -> None:
    assert [f[0] for f in findings(PART_RATE.format(rate="115.00")) if f[2] == "115.00%"] == ["implausible_rate"]


# -- a price per unit before the spending is no budget ("每套350元，支出42.00万元，执行率100%") ---------------------------

PRICED_ITEMS = (
    "2018年项目实际支出108.36万元，预算执行率90.30%。其中：新建房屋白蚁预防支出46.20万元，执行率96.25%；"
    "既有房屋白蚁灭治支出20.16万元，执行率67.20%；白蚁监测装置安装1200套，每套350元，支出42.00万元，执行率100%。"
    "年末结余11.64万元，结转至2019年。\n"
)


def test_a_price_each_before_an_items_spending_is_not_its_budget() -> None:
    assert coded(PRICED_ITEMS, "rate_mismatch") == []


def test_a_budget_before_an_items_spending_still_gives_its_rate() -> None:
    text = "县级资金110万元，支出50万元，支出率45.54%。\n"
    assert coded(text, "rate_mismatch") == [("rate_mismatch", "error", "45.54%")]


# -- a Markdown table that repeats the level on every row, its 小计 rows closing each level ---------------------------

LEVELS = (
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
    "|---|---|---|---|---|---|---|\n"
    "| 预算执行 | 预算执行率 | 项目资金执行率 | 100% | 95.20% | 10 | 9.52 |\n"
    "| 产出指标 | 数量指标 | 互市申报单受理量 | ≥5万份 | 5.82万份 | 25 | 25 |\n"
    "| 产出指标 | 质量指标 | 申报单据差错率 | ≤2% | 1.6% | 15 | 15 |\n"
    "| 产出指标 | 小计 | | | | {output} | 40 |\n"
    "| 效益指标 | 经济效益指标 | 互市贸易额 | ≥10亿元 | 12.76亿元 | 25 | 25 |\n"
    "| 效益指标 | 经济效益指标 | 落地加工企业 | ≥10家 | 8家 | 15 | 12 |\n"
    "| 效益指标 | 小计 | | | | 40 | {benefit} |\n"
    "| 满意度指标 | 服务对象满意度指标 | 边民满意度 | ≥90% | 94.2% | 10 | 10 |\n"
    "| 合计 | | | | | 100 | 96.52 |\n"
)


def test_a_levels_closing_subtotals_agree_with_its_rows() -> None:
    assert [f for f in findings(LEVELS.format(output=40, benefit=37)) if f[1] == "error"] == []


def test_a_levels_closing_subtotal_score_is_held_to_its_rows() -> None:
    assert coded(LEVELS.format(output=40, benefit=35), "score_sum_mismatch") == [("score_sum_mismatch", "error", "35")]


def test_a_levels_closing_subtotal_weight_is_held_to_its_rows() -> None:
    assert coded(LEVELS.format(output=45, benefit=37), "weight_sum_mismatch") == [("weight_sum_mismatch", "error", "45")]


def test_a_subtotal_that_heads_its_levels_rows_is_not_read_as_closing_the_rows_above() -> None:
    headed = (
        "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
        "产出指标｜小计｜｜｜｜50｜48.96\n"
        "产出指标｜数量指标｜文物安全巡查次数｜≥5000次｜5760次｜30｜30\n"
        "产出指标｜数量指标｜档案编制完成数｜≥48处｜43处｜20｜18.96\n"
        "效益指标｜小计｜｜｜｜40｜38.88\n"
        "效益指标｜社会效益指标｜文物安全责任事故｜=0起｜0起｜40｜38.88\n"
        "满意度指标｜服务对象满意度｜群众满意度｜≥90%｜95%｜10｜10\n"
        "合计｜｜｜｜｜100｜97.84\n"
    )
    assert [f for f in findings(headed) if f[0] in ("score_sum_mismatch", "weight_sum_mismatch")] == []


# -- an average price per unit of weight, its money and quantity in its sentence ------------------------------------

PRICE = "2019年全县收购烤烟27340担，折合136.70万公斤，完成计划的105.15%；收购总额3753.78万元，均价{price}元/公斤。\n"


def test_an_average_price_that_is_the_money_over_the_weight_holds() -> None:
    assert coded(PRICE.format(price="27.46"), "average_mismatch") == []


def test_an_average_price_is_the_money_over_the_weight() -> None:
    assert coded(PRICE.format(price="27.64"), "average_mismatch") == [("average_mismatch", "error", "27.64元")]


def test_last_years_price_and_prices_of_two_things_are_left_alone() -> None:
    assert coded("上年收购24860担、收购总额3000.00万元、均价26.12元/公斤。\n", "average_mismatch") == []
    two = "轮出小麦1.20万吨、收入2856.00万元，轮出均价2380元/吨、轮入均价2450元/吨。\n"
    assert coded(two, "average_mismatch") == []


def test_a_price_in_another_unit_than_the_quantity_is_not_converted() -> None:
    assert coded("收购烤烟27340担，收购总额3753.78万元，均价27.46元/公斤。\n", "average_mismatch") == []


# -- a list naming every period of the year breaks down the figure right before it ----------------------------------

QUARTERS = "1.数量指标。全年确认并无害化处理病害猪1150头，一至四季度分别为312头、286头、{third}头、298头。\n"


def test_the_quarters_of_the_year_add_up_to_the_years_count() -> None:
    assert coded(QUARTERS.format(third=254), "sum_mismatch") == []


def test_the_quarters_of_the_year_that_miss_the_years_count_are_a_sum_mismatch() -> None:
    assert coded(QUARTERS.format(third=245), "sum_mismatch") == [
        ("sum_mismatch", "error", "1150头，一至四季度分别为312头、286头、245头、298头")]


def test_some_quarters_only_or_a_figure_between_are_no_breakdown_of_the_year() -> None:
    assert coded("全年兑付补贴100.00万元，一至三季度分别为20.00万元、30.00万元、25.00万元。\n", "sum_mismatch") == []
    text = "全年兑付补贴100.00万元，其中中央资金60.00万元，一至四季度分别为20.00万元、30.00万元、25.00万元、20.00万元。\n"
    assert coded(text, "sum_mismatch") == []


# -- an average over a count after a total and its listed parts is the total's ---------------------------------------

PER_PLANT = "全年确认并无害化处理病害猪1700头，一至四季度分别为486头、402头、375头、437头，6家企业平均每家{mean}头；2019年为1536头。\n"


def test_an_average_after_a_total_and_its_parts_is_over_the_total() -> None:
    assert coded(PER_PLANT.format(mean="283.3"), "average_mismatch") == []
    assert coded(PER_PLANT.format(mean="238.3"), "average_mismatch") == [("average_mismatch", "error", "238.3头")]


def test_a_count_before_the_parts_makes_them_the_items_averaged() -> None:
    text = "第三方机构对6座煤矿开展现场核查3轮，分别发现问题27条、18条、9条，平均每轮18条，均已督促企业整改到位。\n"
    assert coded(text, "average_mismatch") == []


# -- a source's spending said in the clause after its money came in ("省级资金全部到位，支出98.60万元") -----------------

SOURCE_SPENT = (
    "项目年初预算156.00万元，其中省级资金110.00万元、县级配套资金46.00万元，年度内预算未作调整。省级资金全部到位，"
    "支出98.60万元，执行率89.64%；县级配套资金到位40.60万元，到位率88.26%，支出33.25万元，执行率72.28%。\n"
    "项目资金（万元）｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分\n"
    "年度资金总额｜156.00｜156.00｜131.85｜10｜84.52%｜8.45\n"
)


def test_a_sources_spending_after_its_money_came_in_is_not_the_projects() -> None:
    assert coded(SOURCE_SPENT, "conflicting_values") == []


def test_the_projects_spending_said_alone_is_still_held_to_the_table() -> None:
    text = "项目年初预算156.00万元。全年支出138.15万元，执行率88.56%。\n" + SOURCE_SPENT.split("\n", 1)[1]
    assert coded(text, "conflicting_values") == [("conflicting_values", "error", "138.15万元")]


# -- pairs (对) are counted: a couple is a unit of marriage registration ------------------------------------------------

def test_pairs_are_a_count_and_their_average_per_event_is_checked() -> None:
    text = "全年举办集体婚礼4场，参加新人分别为36对、42对、28对、50对，共156对，平均每场{mean}对。\n"
    assert coded(text.format(mean=39), "average_mismatch") == []
    assert coded(text.format(mean=41), "average_mismatch") == [("average_mismatch", "error", "41对")]


def test_dui_after_a_number_as_a_word_is_no_unit() -> None:
    from chains.text.numbers import extract_numbers

    assert [(m.raw, m.unit) for m in extract_numbers("与2对接单位、12对照组，登记2,415对。")] == [
        ("2", ""), ("12", ""), ("2,415对", "对")]


# -- the projects' average score: an unscored project row, or the scores in a paragraph per project --------------------

PROJECT_TABLE = (
    "表1  2022年度项目支出自评情况（单位：万元）\n"
    "序号\t项目名称\t全年预算数\t全年执行数\t执行率\t自评得分\t等级\n"
    "1\t驻村帮扶工作队工作经费\t286.40\t281.95\t98.45%\t96.5\t优\n"
    "2\t东西部协作项目管理经费\t48.00\t41.76\t87.00%\t88.0\t良\n"
    "3\t脱贫人口小额信贷贴息\t1120.00\t1093.28\t97.61%\t95.0\t优\n"
    "4\t乡村振兴项目库建设经费\t0.00\t0.00\t—\t—\t—\n"
    "合计\t\t1454.40\t1416.99\t97.43%\t—\t—\n"
    "（二）项目自评得分。3个参与评分项目的平均得分{mean}分。\n"
)


def test_an_unscored_project_row_is_left_out_of_the_projects_average() -> None:
    assert coded(PROJECT_TABLE.format(mean="93.17"), "average_mismatch") == []
    assert coded(PROJECT_TABLE.format(mean="93.71"), "average_mismatch") == [("average_mismatch", "error", "93.71分")]


PARAGRAPHS = (
    "我局对纳入预算管理的4个项目全部开展了单位自评，四个项目平均自评得分{mean}分，自评等级均为优。\n"
    "（一）婚姻登记服务项目。预算46.00万元，支出44.16万元，执行率96.00%，自评95分。\n"
    "（二）婚俗改革宣传项目。预算18.50万元，支出17.39万元，执行率94.00%，自评92分。\n"
    "（三）婚姻家庭辅导服务项目。预算32.00万元，全部支出，执行率100%，自评98分。\n"
    "（四）城乡低保本级配套资金。预算260.00万元，支出254.28万元，执行率97.80%，自评94分。\n"
    "部门整体支出绩效自评得分98分，等级为优。\n"
)


def test_the_projects_average_said_before_a_paragraph_per_project() -> None:
    assert coded(PARAGRAPHS.format(mean="94.75"), "average_mismatch") == []
    assert coded(PARAGRAPHS.format(mean="94.57"), "average_mismatch") == [("average_mismatch", "error", "94.57分")]


# -- a growth rate whose earlier figure follows it in brackets ("同比下降28.77%（2023年为890起）") -----------------------

GROWTH = "2024年度反诈宣传项目支出绩效自评报告\n2024年全市共立案电信网络诈骗案件642起，同比下降{rate}%（2023年为890起）；破获电诈案件205起，同比上升13.89%（上年180起）。\n"


def test_a_growth_rate_with_last_years_figure_in_brackets_holds() -> None:
    assert coded(GROWTH.format(rate="27.87"), "rate_mismatch") == []


def test_a_growth_rate_with_last_years_figure_in_brackets_is_checked() -> None:
    assert coded(GROWTH.format(rate="28.77"), "rate_mismatch") == [("rate_mismatch", "error", "28.77%")]


def test_a_bracketed_figure_of_another_year_is_no_earlier_figure() -> None:
    assert coded(GROWTH.format(rate="28.77").replace("2023年为", "2021年为"), "rate_mismatch") == []


# -- a source's rate on its budget after the year's change ("调整后…其中县级配套58.00万元") -------------------------------

ADJUSTED_SOURCE = (
    "项目年初预算260.00万元，其中省级财政专项资金180.00万元，县级配套资金80.00万元。8月份，县财政相应调减县级配套资金"
    "22.00万元，调整后全年预算238.00万元，其中县级配套58.00万元。\n"
    "截至2018年12月31日，全年支出226.46万元，预算执行率95.15%。分来源看，省级资金支出180.00万元，执行率100%；"
    "县级配套资金支出46.46万元，执行率{rate}%。\n"
)


def test_a_sources_rate_is_on_its_budget_after_the_change() -> None:
    assert coded(ADJUSTED_SOURCE.format(rate="80.10"), "rate_mismatch") == []


def test_a_sources_rate_off_its_budget_after_the_change_is_an_error() -> None:
    assert coded(ADJUSTED_SOURCE.format(rate="86.10"), "rate_mismatch") == [("rate_mismatch", "error", "86.10%")]


# -- a 其中 part named by its clause ("其中城区子项目支出118.50万元，执行率…") on the budget said for it ----------------------

SUB_PROJECTS = (
    "2018年度无障碍改造项目支出绩效自评报告\n"
    "2018年项目预算200.00万元。城区子项目预算130.00万元，全部为市级财政资金；农村子项目预算70.00万元。\n"
    "截至2018年12月31日，全年支出188.50万元，预算执行率94.25%。其中城区子项目支出118.50万元，执行率{rate}%；"
    "农村子项目支出70.00万元，执行率100%。\n"
)


def test_a_named_parts_rate_on_the_budget_said_for_it_holds() -> None:
    assert coded(SUB_PROJECTS.format(rate="91.15"), "rate_mismatch") == []


def test_a_named_parts_rate_off_the_budget_said_for_it_is_an_error() -> None:
    assert coded(SUB_PROJECTS.format(rate="91.51"), "rate_mismatch") == [("rate_mismatch", "error", "91.51%")]


# -- a column headed 全年支出 is the spending column ---------------------------------------------------------------------

CATEGORY_TABLE = (
    "2024年度部门预算执行情况表（单位：万元）\n"
    "支出类别｜年初预算｜全年预算｜全年支出｜执行率\n"
    "基本支出｜486.30｜498.62｜498.62｜100%\n"
    "项目支出｜336.50｜356.50｜347.83｜{rate}%\n"
)


def test_a_row_rate_under_a_column_headed_quannian_zhichu_holds() -> None:
    assert coded(CATEGORY_TABLE.format(rate="97.57"), "rate_mismatch") == []


def test_a_row_rate_under_a_column_headed_quannian_zhichu_is_checked() -> None:
    assert coded(CATEGORY_TABLE.format(rate="97.75"), "rate_mismatch") == [("rate_mismatch", "error", "97.75%")]


# -- a part broken down into its uses, or a list cut by the copy's line break: no parts of the total ------------------

USES = (
    "全年实际支出70.17万元，预算执行率92.33%。其中财政资金支出64.57万元，主要用于：扶持作品8部（件），每部（件）资助8000元，"
    "计6.40万元；惠民巡演6场19.20万元，每场3.20万元；主题展览3场12.80万元；内刊编印及网络推广10.67万元；"
    "采风创作及文艺骨干研修{last}万元。\n"
)


def test_a_part_and_the_uses_it_was_spent_on_are_no_parts_of_the_total() -> None:
    assert coded(USES.format(last="15.50"), "sum_mismatch") == []


WRAPPED = (
    "1.数量。受疫情影响，体检工作集中在6月至11月开展。全年\n"
    "完成重点人群职业健康检查5386人次，分别为陶瓷制造业4,127人次、矿山开采512人次、其\n"
    "他行业747人次，体检人次完成率89.77%。\n"
)


def test_a_list_that_goes_on_past_the_copys_line_break_is_not_read_short() -> None:
    assert coded(WRAPPED, "sum_mismatch") == []


def test_a_list_that_ends_in_its_line_is_still_held_to_its_total() -> None:
    text = "全年完成重点人群职业健康检查5386人次，其中陶瓷制造业4,127人次、矿山开采512人次、其他行业774人次。\n"
    assert [f[:2] for f in coded(text, "sum_mismatch")] == [("sum_mismatch", "error")]


# -- last year's average of the projects' scores is no average of this year's ------------------------------------------

LAST_YEARS_MEAN = (
    "2024年度司法局部门整体支出绩效自评报告\n"
    "项目名称｜全年预算｜全年执行｜执行率｜自评得分\n"
    "人民调解以案定补经费｜60.00｜58.80｜98.00%｜96.50\n"
    "法律援助经费｜40.00｜38.80｜97.00%｜95.20\n"
    "社区矫正及安置帮教经费｜30.00｜26.70｜89.00%｜92.80\n"
    "3个项目自评得分均在90分以上。上年（2023年）3个项目平均得分为{last}分，本年有所提高。\n"
)


def test_last_years_average_score_beside_this_years_table_is_left_alone() -> None:
    assert coded(LAST_YEARS_MEAN.format(last="93.90"), "average_mismatch") == []


def test_this_years_average_score_beside_the_table_is_still_checked() -> None:
    text = LAST_YEARS_MEAN.format(last="93.90").replace("上年（2023年）3个项目平均得分为93.90分，本年有所提高", "3个项目平均得分为93.90分")
    assert coded(text, "average_mismatch") == [("average_mismatch", "error", "93.90分")]


# -- the year's spending broken down by use in a sentence of its own ("分用途看，…") --------------------------------------

BY_USE = (
    "全年实际支出34.62万元，预算执行率96.17%。分来源看，县级资金支出28.62万元，执行率95.40%；省级追加的6.00万元当年全部"
    "支出。分用途看，兑付以案定补补贴30.08万元，调解员业务培训2.64万元，调解卷宗印制及年度表彰{last}万元。\n"
)


def test_the_uses_of_the_years_spending_add_up_to_it() -> None:
    assert coded(BY_USE.format(last="1.90"), "sum_mismatch") == []


def test_uses_that_miss_the_years_spending_are_a_sum_mismatch() -> None:
    assert [f[:2] for f in coded(BY_USE.format(last="1.09"), "sum_mismatch")] == [("sum_mismatch", "error")]


def test_a_parts_uses_an_items_budgets_and_two_lists_are_not_held_to_the_year() -> None:
    part = "全年实际支出817.35万元。其中中央资金支出765.35万元，按用途分：服务中心185.00万元，物流体系580.35万元。\n"
    budgets = "全年支出36.15万元。按用途分：价格监测服务费预算18.00万元，支出8.40万元；运维费预算14.00万元，支出13.20万元。\n"
    two = "全年实际支出242.27万元。按用途分，发放国家助学金203.95万元，拨付免学费补助资金38.32万元；按学期分，春季学期支出121.64万元，秋季学期支出120.63万元。\n"
    assert [coded(t, "sum_mismatch") for t in (part, budgets, two)] == [[], [], []]


# -- a funds table whose rows under the total are two breakdowns of it (by kind, then by source) ---------------------

TWO_BREAKDOWNS = (
    "单位：万元\n"
    "项目｜行次｜年初预算数｜全年预算数｜全年支出数｜执行率\n"
    "合计｜1｜2796.20｜3140.15｜3066.26｜97.65%\n"
    "基本支出｜2｜486.20｜497.35｜497.35｜100%\n"
    "项目支出｜3｜2310.00｜2642.80｜2568.91｜97.20%\n"
    "其中：一般公共预算拨款｜4｜2796.20｜2978.45｜2904.56｜97.52%\n"
    "上年结转｜5｜0｜161.70｜{carried}｜100%\n"
)


def test_two_breakdowns_of_the_total_under_it_are_not_one_list_of_sources() -> None:
    assert coded(TWO_BREAKDOWNS.format(carried="161.70"), "sum_mismatch") == []


def test_a_source_row_that_breaks_both_lists_is_still_a_sum_mismatch() -> None:
    assert coded(TWO_BREAKDOWNS.format(carried="116.70"), "sum_mismatch") != []
