"""Shapes the writers of the sixteenth session brought (issue 10, misses of the held-out-style sets that are general
ways of writing a report): each is a test here, beside the clean form it must leave alone."""

from __future__ import annotations

from chains.check import check


def findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, text[f.span[0] : f.span[1]]) for f in check(text).findings]


def coded(text: str, code: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[0] == code]


# -- an average per a noun counted in another paragraph ("平均每个派出所") -----------------------------------------------

STATIONS = (
    "一、项目概况\n由局反诈中心牵头，全县24个派出所分片组织宣传。年底抽取5个派出所进行实地核查。\n"
    "二、产出\n全年开展反诈宣传活动462场，平均每个派出所{mean}场，其中进校园86场。\n"
)


def test_an_average_per_a_counted_noun_takes_the_count_of_them_all_from_another_paragraph() -> None:
    assert coded(STATIONS.format(mean="19.25"), "average_mismatch") == []
    # 462 / 24 = 19.25: the sample of five is not what the average is per
    assert coded(STATIONS.format(mean="19.52"), "average_mismatch") == [("average_mismatch", "warning", "19.52场")]


def test_a_noun_with_its_bracketed_other_name_is_the_same_noun() -> None:
    text = ("一、概况\n在全县9个镇（街道）开展城乡居民健康素养监测，每个镇（街道）抽取2个村（居）委会。\n"
            "二、产出\n全年完成有效问卷1458份，平均每个镇（街道）{mean}份。\n")
    assert coded(text.format(mean="162"), "average_mismatch") == []
    assert coded(text.format(mean="126"), "average_mismatch") == [("average_mismatch", "warning", "126份")]


# -- a balance said as 尚余 -----------------------------------------------------------------------------------------


def test_money_said_to_be_still_left_is_a_balance() -> None:
    text = "二、资金情况\n全年预算50.70万元，全年执行49.37万元，执行率97.38%。年末尚余{left}万元，已按规定结转下年使用。\n"
    assert coded(text.format(left="1.33"), "balance_mismatch") == []
    assert coded(text.format(left="1.23"), "balance_mismatch") == [("balance_mismatch", "error", "1.23万元")]


# -- a part's budget in the sentence after a department's rate ------------------------------------------------------

DEPARTMENT = (
    "（一）收入情况\n2023年部门收入合计1286.45万元。\n（二）支出情况\n"
    "截至2023年12月31日，部门全年支出1208.73万元，其中基本支出612.38万元、项目支出596.35万元，部门预算执行率{rate}%。"
    "基本支出全年预算646.45万元，执行率94.73%。\n"
)


def test_a_budget_below_the_spending_in_the_next_sentence_is_a_parts_not_the_rates_base() -> None:
    assert coded(DEPARTMENT.format(rate="93.96"), "rate_mismatch") == []


def test_a_rate_against_its_own_sentences_budget_is_still_checked() -> None:
    text = "全年预算646.45万元，全年支出612.38万元，执行率{rate}%。\n"
    assert coded(text.format(rate="94.73"), "rate_mismatch") == []
    assert coded(text.format(rate="97.43"), "rate_mismatch") == [("rate_mismatch", "error", "97.43%")]


# -- an average whose total is named in the funds' uses, beside a product of another item ----------------------------

UPKEEP = (
    "三、资金使用\n按用途分：查验场地保洁183.60万元，监管设备维保265.40万元，水电暖128.77万元。\n"
    "查验场地保洁按面积计费，标准为每平方米每月0.85元，保洁面积18万平方米，全年12个月计183.60万元。"
    "全年纳入维保的监管设备583台套，平均每台套{mean}元。\n"
)


def test_an_amount_worked_out_from_a_price_in_the_sentence_before_is_not_the_averages_total() -> None:
    # 265.40万元 / 583 = 4552.32元; 183.60万元 is the cleaning's, worked out from its price in the sentence before
    assert coded(UPKEEP.format(mean="4552"), "average_mismatch") == []


def test_the_amount_whose_name_the_averages_sentence_spells_is_its_total() -> None:
    assert coded(UPKEEP.format(mean="4525"), "average_mismatch") == [("average_mismatch", "warning", "4525元")]


# -- a range and a bound after an average are no list of its items ----------------------------------------------------


def test_a_range_and_a_bound_after_an_average_are_no_items_of_it() -> None:
    text = ("补贴航线平均客座率77.3%，各航线客座率在71%—84%之间，其中北京、上海航线全年客座率均在80%以上。\n")
    assert coded(text, "average_mismatch") == []


def test_the_items_listed_after_an_average_are_still_averaged() -> None:
    text = "三条航线平均客座率{mean}%，分别为71%、84%、80%。\n"
    assert coded(text.format(mean="78.33"), "average_mismatch") == []
    assert coded(text.format(mean="77.3"), "average_mismatch") == [("average_mismatch", "error", "77.3%")]


# -- a thing's verdict (志稿评定为合格) is not the project's grade -----------------------------------------------------

VERDICT = "本项目自评得分93.09分，等级为优。\n5位评审专家对志稿质量的评分平均93.4分，{who}评定为合格。\n"


def test_a_things_verdict_is_not_the_projects_grade() -> None:
    assert coded(VERDICT.format(who="志稿"), "grade_mismatch") == []


def test_the_projects_own_grade_said_with_the_same_word_is_still_checked() -> None:
    assert coded(VERDICT.format(who="本项目综合"), "grade_mismatch") == [("grade_mismatch", "error", "合格")]


# -- a balance said as 尚有…未支出 -------------------------------------------------------------------------------------

STILL = "全年预算655.20万元，全年执行641.37万元，执行率97.89%。截至2023年12月31日{who}尚有{left}万元未支出，已结转下年。\n"


def test_money_said_to_be_still_unspent_is_a_balance() -> None:
    assert coded(STILL.format(who="", left="13.83"), "balance_mismatch") == []
    assert coded(STILL.format(who="", left="13.38"), "balance_mismatch") == [("balance_mismatch", "error", "13.38万元")]


def test_what_is_still_unspent_of_last_years_carried_money_is_no_balance_of_this_years_budget() -> None:
    assert coded(STILL.format(who="，上年结转资金", left="9.20"), "balance_mismatch") == []


# -- the projects' average under their table, one project not scored ---------------------------------------------------

PROJECTS = (
    "序号\t项目名称\t全年预算（万元）\t执行数（万元）\t执行率\t自评得分\t等级\n"
    "1\t查验场地运维\t268.00\t262.64\t98.00%\t96.5\t优\n"
    "2\t监管设备维护\t156.00\t149.76\t96.00%\t93.2\t优\n"
    "3\t查验设施维修\t84.50\t71.83\t85.01%\t84.6\t良\n"
    "4\t电子信息平台运行维护\t48.00\t48.00\t100.00%\t97.5\t优\n"
    "5\t联检楼应急维修\t0.00\t0.00\t—\t—\t—\n"
    "合计\t\t556.50\t532.23\t95.64%\t—\t—\n"
    "4个参评项目平均自评得分{mean}分，3个项目等级为优、1个项目为良。\n"
)


def test_the_projects_average_leaves_out_a_project_not_scored() -> None:
    assert coded(PROJECTS.format(mean="92.95"), "average_mismatch") == []
    assert coded(PROJECTS.format(mean="92.59"), "average_mismatch") == [("average_mismatch", "error", "92.59分")]


# -- a month's average of the year's total said with 累计 -------------------------------------------------------------


def test_a_monthly_average_of_a_total_said_with_accumulated_is_over_the_years_months() -> None:
    text = "2020年度口岸运维项目绩效自评报告\n对监控设备累计维护保养264次，月均{mean}次。\n"
    assert coded(text.format(mean="22"), "average_mismatch") == []
    assert coded(text.format(mean="24"), "average_mismatch") == [("average_mismatch", "error", "24次")]


def test_an_accumulated_total_since_the_start_is_over_other_months() -> None:
    text = "2020年度口岸运维项目绩效自评报告\n项目实施以来累计维护保养264次，月均24次。\n"
    assert coded(text, "average_mismatch") == []


# -- an approved budget, an adjustment and the adjusted budget ---------------------------------------------------------

CUT = "经市财政批复航线运营补贴资金1500万元；年中因航线减班，经市政府同意调减{cut}万元，调整后全年预算为1380万元。\n"


def test_an_approved_budget_less_its_cut_is_the_adjusted_budget() -> None:
    assert findings(CUT.format(cut="120")) == []
    assert coded(CUT.format(cut="130"), "sum_mismatch") == [("sum_mismatch", "error", "1380万元")]


def test_a_cut_written_in_yuan_with_the_unit_wan_is_a_unit_slip() -> None:
    assert coded(CUT.format(cut="1200000"), "unit_mismatch") == [("unit_mismatch", "error", "1200000万元")]


def test_a_standard_approved_per_item_is_no_start_of_the_budget() -> None:
    text = ("补充更新经费按书屋个数核定，中央补助每个书屋1500元、省级补助500元，316个书屋共63.20万元，列入年初预算。"
            "县财政追加运维经费6.00万元，全年预算69.20万元。\n")
    assert coded(text, "sum_mismatch") == []


# -- a table of sections each scored out of 100, the funds block's weight after it ------------------------------------

SECTIONS = (
    "标段\t管护范围\t管护面积(平方米)\t年管护费(万元)\t考核分值\t考核得分\n"
    "一标段\t彭祖公园\t168000\t87.36\t100\t95.5\n"
    "二标段\t滨江绿道\t138500\t72.02\t100\t{second}\n"
    "三标段\t城区游园\t117000\t60.84\t100\t96.0\n"
    "合计\t\t423500\t220.22\t—\t—\n"
    "三个标段考核得分均在90分以上。\n"
    "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "年度资金总额\t330.40\t356.00\t348.58\t10\t97.92%\t9.79\n"
)


def test_sections_each_scored_out_of_100_are_no_weights_of_one_total() -> None:
    assert [f for f in findings(SECTIONS.format(second="92.0")) if f[1] == "error"] == []


def test_a_section_scored_above_its_100_is_still_found() -> None:
    assert coded(SECTIONS.format(second="106.0"), "score_exceeds_weight") == [("score_exceeds_weight", "error", "106.0")]


# -- which side of a text-table conflict: a count priced in its sentence; a cost the text states elsewhere -------------

SERVICES = (
    "资金按用途分别用于翻译员补贴、按次手语翻译服务和技能培训，支出依次为12.96万元、4.68万元和2.84万元。"
    "按次服务每次补贴150元，全年按需提供手语翻译服务312次。\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t数量指标\t按需手语翻译服务次数\t≥280次\t{actual}次\t10\t10\n"
)


def test_a_count_whose_price_gives_an_amount_of_the_report_is_borne_out_and_the_table_is_blamed() -> None:
    assert coded(SERVICES.format(actual="312"), "conflicting_values") == []
    assert coded(SERVICES.format(actual="321"), "conflicting_values") == [("conflicting_values", "error", "321次")]


AUDIT = (
    "清查审计服务采用公开招标方式采购，最高限价52.00万元，中标价47.60万元。"
    "全年支出65.86万元，其中清查审计服务费45.22万元、系统数据清理费12.80万元。\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t成本指标\t清查审计服务费\t≤52万元\t47.60万元\t10\t10\n"
)


def test_a_cost_rows_amount_the_text_states_elsewhere_is_not_contradicted_by_what_was_paid() -> None:
    assert coded(AUDIT, "conflicting_values") == []


# -- verdicts of tests, and last year's results published, are no grade or second year -------------------------------


def test_a_security_tests_verdict_is_not_the_projects_grade() -> None:
    text = "本项目自评得分96.81分，等级为优。\n终验测试用例全部通过，等保三级测评结论为合格。\n"
    assert coded(text, "grade_mismatch") == []


def test_last_years_results_published_this_year_are_no_second_evaluation_year() -> None:
    text = ("2024年度部门整体支出绩效自评报告\n一、基本情况\n"
            "（二）绩效管理。{year}年度部门整体和项目支出自评结果已按要求在市政府门户网站公开。\n")
    assert coded(text.format(year="2023"), "year_mismatch") == []
    text = "2024年度部门整体支出绩效自评报告\n一、基本情况\n我局组织对2023年度项目支出开展绩效自评，自评结果如下。\n"
    assert coded(text, "year_mismatch") == [("year_mismatch", "error", "2023年")]


# -- a 自评表 split into goal blocks, each under a heading that gives its points ----------------------------------------

BLOCKS = (
    "项目资金\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "年度资金总额\t420.00\t580.00\t561.73\t20\t96.85%\t19.37\n"
    "年度目标1：建成2座公交充电站（40分）\n"
    "一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t数量指标\t新建公交充电桩数量\t≥20个\t20个\t{w}\t10\n"
    "产出指标\t质量指标\t充电站竣工验收合格率\t=100%\t100%\t10\t10\n"
    "产出指标\t时效指标\t充电站建设工期\t≤150天\t168天\t10\t8.93\n"
    "效益指标\t社会效益指标\t公交车辆平均充电等待时间\t≤30分钟\t24分钟\t10\t10\n"
    "年度目标2：保障56辆新能源公交车正常运营（40分）\n"
    "一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t数量指标\t享受运营补贴的新能源公交车数\t≥56辆\t56辆\t10\t10\n"
    "产出指标\t成本指标\t单车年度运营补贴标准\t≤5万元\t5万元\t5\t5\n"
    "效益指标\t社会效益指标\t公交日均客运量\t≥1.8万人次\t1.35万人次\t10\t7.5\n"
    "效益指标\t可持续影响指标\t公交服务连续运营\t全年正常运营\t部分达成\t5\t3\n"
    "满意度指标\t服务对象满意度指标\t乘客满意度\t≥90%\t93.4%\t10\t10\n"
)


def test_a_goal_blocks_weights_add_up_to_its_headings_points_not_to_100() -> None:
    assert coded(BLOCKS.format(w="10"), "weight_sum_mismatch") == []
    # pointed at the block's weights, from the first (raised) to the last
    ((code, severity, said),) = coded(BLOCKS.format(w="15"), "weight_sum_mismatch")
    assert (severity, said[:3], said[-2:]) == ("error", "15\t", "10")


# -- 节约 is saved money, not "about"; a share eaten (食用率) cannot pass 100% -----------------------------------------


def test_money_saved_is_no_approximation_and_its_rate_is_checked() -> None:
    text = "升级改造项目采用公开招标，招标控制价108.00万元，中标价98.40万元，节约9.60万元，节约率{rate}%。\n"
    assert coded(text.format(rate="8.89"), "rate_mismatch") == []
    assert coded(text.format(rate="8.98"), "rate_mismatch") == [("rate_mismatch", "error", "8.98%")]


def test_an_items_saving_is_not_what_is_left_of_the_budget() -> None:
    text = ("全年预算240.00万元，实际支出228.80万元。智慧管理系统结算6.00万元，节约2.00万元。"
            "年末结余资金11.20万元，已按规定上缴市财政。\n")
    assert coded(text, "balance_mismatch") == []


def test_the_share_of_households_eating_iodised_salt_cannot_pass_100() -> None:
    text = ("| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 |\n"
            "| 效益指标 | 社会效益指标 | 居民合格碘盐食用率 | ≥ | 90 | % | {actual} | 15 | 15 |\n")
    assert coded(text.format(actual="96.3"), "implausible_rate") == []
    assert coded(text.format(actual="103.6"), "implausible_rate") == [("implausible_rate", "error", "103.6")]


def test_the_yue_of_jieyue_is_no_mark_of_approximation() -> None:
    from chains.text.numbers import extract_numbers

    saved, about = extract_numbers("节约9.60万元，约5万元")
    assert (saved.raw, saved.approx, about.raw, about.approx) == ("9.60万元", False, "约5万元", True)


# -- figures given in turn (分别…依次为…) ------------------------------------------------------------------------------


def test_amounts_given_in_turn_for_the_listed_uses_add_up_to_the_total_before_them() -> None:
    text = "全年财政资金39.6万元，分别来源于中央资金、省级资金和县本级预算，金额依次为14.4万元、{x}万元和15.6万元。\n"
    assert findings(text.format(x="9.6")) == []
    assert coded(text.format(x="6.9"), "sum_mismatch")[0][:2] == ("sum_mismatch", "error")


def test_a_list_given_in_turn_of_another_length_than_its_names_is_left_alone() -> None:
    text = "全年财政资金39.6万元，分别来源于中央资金、省级资金和县本级预算，其中两笔依次为14.4万元和6.9万元。\n"
    assert coded(text, "sum_mismatch") == []


def test_each_rate_given_in_turn_is_its_spending_over_its_budget() -> None:
    text = ("部门项目支出包括界务管理工作经费62.00万元、界标界桩维护经费56.00万元（含年中追加部分）和中俄边界联合检查经费"
            "40.00万元，分别支出60.20万元、52.36万元和36.80万元，执行率依次为97.10%、{r}%和92.00%。\n")
    assert findings(text.format(r="93.50")) == []
    assert coded(text.format(r="93.05"), "rate_mismatch") == [("rate_mismatch", "error", "93.05%")]
    text = ("共实施5个项目，预算分别为38万元、12.5万元、21.6万元、14.35万元和8万元，执行数依次为36.4万元、11.26万元、"
            "21.6万元、12.05万元和7.3万元，执行率依次为95.79%、90.08%、100%、{r}%和91.25%。\n")
    assert coded(text.format(r="83.97"), "rate_mismatch") == []
    assert coded(text.format(r="89.37"), "rate_mismatch") == [("rate_mismatch", "error", "89.37%")]


# -- a score column out of 100; a transfer's rate ---------------------------------------------------------------------


def test_a_score_column_headed_out_of_100_holds_scores_not_weights() -> None:
    text = ("项目名称｜资金来源｜全年预算数｜全年执行数｜执行率｜项目自评得分（满分100分）\n"
            "生猪屠宰检疫及驻场监管经费｜县级｜28.40｜28.40｜100%｜98.5\n"
            "屠宰环节病害猪无害化处理补助｜中央｜21.12｜15.84｜75.00%｜88.6\n"
            "动物检疫票证及监督执法经费｜省级｜9.80｜9.80｜100%｜96\n")
    assert coded(text, "weight_sum_mismatch") == []
    from chains.check import read

    (table,) = read(text).tables
    assert (table.col("score"), table.col("weight")) == (5, None)


def test_the_rate_of_a_central_transfer_is_that_sources_not_the_departments() -> None:
    text = ("全年支出305.63万元。中央转移支付资金支出21.31万元，执行率74.64%；省级和县级资金全部支出。\n"
            "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
            "预算执行｜预算执行率｜部门预算执行率｜100%｜97.69%｜10｜9.77\n")
    assert coded(text, "conflicting_values") == []


# -- a space-aligned table whose cells wrap onto lines of their own; last year's column --------------------------------

WRAPPED = (
    "一级指标  二级指标  三级指标        年度指标值  2018年实际值  实际完成值  同比增减      分值  得分\n"
    "产出指标  数量指标  禁渔执法巡航次  ≥300航次    286航次       342航次     +19.58%       10    10\n"
    "                    数\n"
    "                    护渔员配备人数  ≥40人       36人          42人        +16.67%       8     {score}\n"
    "                    清理取缔违规网  ≥500张      612张         468张       −23.53%       8     7.49\n"
    "                    具\n"
)


def test_a_space_aligned_table_goes_on_past_a_cells_wrapped_words() -> None:
    from chains.check import read

    tables = [t for t in read(WRAPPED.format(score="8")).tables if t.col("weight") is not None]
    assert [len(t.data_rows()) for t in tables] == [3]
    assert coded(WRAPPED.format(score="9"), "score_exceeds_weight") == [("score_exceeds_weight", "error", "9")]


def test_last_years_actual_column_is_not_this_years() -> None:
    from chains.check import read

    (table,) = [t for t in read(WRAPPED.format(score="8")).tables if t.col("weight") is not None]
    assert table.col("actual") == 5
