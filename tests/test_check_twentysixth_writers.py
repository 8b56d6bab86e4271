"""Shapes the writers of the twenty-sixth session brought (issue 10, misses and false alarms of the held-out-style sets
that are general ways of writing a report): each is a test here, beside the slip of the same shape it must still find."""

from __future__ import annotations

from chains.check import check


def findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, text[f.span[0] : f.span[1]]) for f in check(text).findings]


def coded(text: str, code: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[0] == code]


# -- a PDF's 自评表 a cell a line: a note wrapped over three lines, then blank lines before the next row --------------

ONE_CELL = ("2023年度民兵训练经费项目绩效自评报告\n\n"
            "一级指标\n二级指标\n三级指标\n权重\n目标值\n业绩值\n完成率\n得分\n偏差原因分析及改进措施\n\n"
            "产出指标\n数量指标\n基干民兵训练人数\n10\n≥480人\n462人\n96.25%\n9.63\n部分基干民兵外出务工，\n"
            "未能按期返乡参训，已\n安排补训\n\n\n\n"
            "训练课目完成数\n10\n≥12个\n12个\n100.00%\n10.00\n\n\n\n\n"
            "质量指标\n训练考核合格率\n10\n≥95%\n93.6%\n{rate}\n9.85\n个别乡镇训练时间\n偏短\n\n\n"
            "时效指标\n训练按期完成率\n5\n=100%\n100%\n100.00%\n5.00\n\n\n")


def test_a_row_after_a_wrapped_note_and_blank_lines_is_read() -> None:
    assert coded(ONE_CELL.format(rate="97.53%"), "completion_mismatch") == [
        ("completion_mismatch", "error", "97.53%")]


def test_the_same_table_with_its_rates_right_says_nothing() -> None:
    assert coded(ONE_CELL.format(rate="98.53%"), "completion_mismatch") == []


def test_a_first_level_named_without_its_word_opens_a_row() -> None:
    text = ("2021年度部门整体支出绩效自评表\n一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n完成率\n分值\n得分\n"
            "预算执行\n预算执行率\n部门预算执行率\n100%\n96.73%\n96.73%\n10\n9.67\n"
            "产出指标\n数量指标\n新建集中充电场所\n≥80处\n86处\n107.50%\n8\n8\n"
            "应急演练\n≥12场次\n11场次\n{rate}\n6\n5.50\n合计\n24\n23.17\n")
    assert coded(text.format(rate="91.67%"), "completion_mismatch") == []
    assert [f[:2] for f in coded(text.format(rate="97.16%"), "completion_mismatch")] == [("completion_mismatch", "error")]


# -- "按期完成率88.5%": a rate named as an indicator of the 自评表, not the quantity's completion ------------------------

ON_TIME = ("2021年度店招店牌整治项目绩效自评报告\n"
           "整治店招店牌866块，未完成900块的目标，按期完成率{rate}，原因是部分门店经营变动频繁。\n"
           "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
           "产出指标｜数量指标｜店招店牌整治数量｜≥900块｜866块｜10｜9.62\n"
           "产出指标｜时效指标｜店招整治按期完成率｜≥95%｜88.5%｜10｜9.32\n")


def test_a_rate_named_as_its_indicator_is_that_indicators_value() -> None:
    assert coded(ON_TIME.format(rate="88.5%"), "completion_mismatch") == []


def test_a_completion_rate_of_the_quantity_is_still_worked_out() -> None:
    text = ON_TIME.replace("按期完成率{rate}", "完成率{rate}").format(rate="88.5%")
    assert [f[:2] for f in coded(text, "completion_mismatch")] == [("completion_mismatch", "error")]


# -- a funds table with the measures as rows and 合计/基本支出/项目支出 as columns -------------------------------------

TRANSPOSED = ("表1  2023年度部门预算收支情况表\n\t\t\t\t单位：万元\n项目\t合计\t基本支出\t项目支出\n"
              "年初预算\t1286.40\t742.60\t543.80\n全年预算\t1418.70\t748.30\t670.40\n实际到位\t1418.70\t748.30\t670.40\n"
              "全年支出\t1365.24\t746.92\t618.32\n结余结转\t{left}\t\t\n")


def test_a_balance_row_under_columns_of_amounts_is_what_arrived_less_what_was_spent() -> None:
    assert coded(TRANSPOSED.format(left="53.46"), "balance_mismatch") == []
    assert coded(TRANSPOSED.format(left="35.46"), "balance_mismatch") == [("balance_mismatch", "error", "35.46")]


# -- "序号｜子项目｜资金文号｜下达金额｜实际支出｜执行率": 下达金额 is the row's budget -------------------------------------

ALLOCATED = ("表1  子项目资金执行情况\n单位：万元\n序号｜子项目｜资金文号｜下达金额｜实际支出｜执行率\n"
             "1｜星级居家养老服务照料中心提升｜缙财社〔2021〕8号｜96.00｜96.00｜100.00%\n"
             "2｜康复辅具适配｜缙财社〔2021〕31号｜26.00｜24.18｜{rate}\n"
             "合计｜｜｜122.00｜120.18｜98.51%\n")


def test_an_allocation_column_is_the_base_of_each_rows_rate() -> None:
    assert coded(ALLOCATED.format(rate="93.00%"), "rate_mismatch") == []
    assert coded(ALLOCATED.format(rate="95.00%"), "rate_mismatch") == [("rate_mismatch", "error", "95.00%")]


# -- a column that misses its 合计 by a swapped cell, also stated in the text: the sum is still reported ---------------

def test_a_column_sum_is_reported_beside_a_doubt_about_a_swapped_twin() -> None:
    text = ("各批次安排社会工作服务站运行24.00万元、临时救助16.00万元。\n表1  资金安排及支出表\n单位：万元\n"
            "序号｜资助项目｜资金文号｜安排资金｜实际支出\n1｜敬老院消防安全改造｜周财社〔2019〕118号｜72.00｜72.00\n"
            "2｜农村幸福院运营补助｜周财社〔2019〕118号｜45.00｜45.00\n3｜社会工作服务站运行｜西财预〔2020〕9号｜24.00｜20.40\n"
            "4｜临时救助｜西财预〔2020〕9号｜16.00｜16.00\n合计｜｜｜157.00｜157.00\n")
    assert [f[:2] for f in coded(text, "sum_mismatch") if f[2] == "20.40"] == [("sum_mismatch", "error")]


# -- a project named as a sentence's subject or a numbered heading, its figure in the next clause ---------------------

PROJECTS = ("表2  项目资金使用情况\n单位：万元\n序号｜资助项目｜资金文号｜安排资金｜实际支出\n"
            "1｜敬老院消防安全改造｜周财社〔2019〕118号｜72.00｜72.00\n2｜县社会福利院失能照护楼改造｜楚财社〔2022〕146号｜120.00｜104.62\n"
            "3｜农村幸福院运营补助｜周财社〔2019〕118号｜45.00｜45.00\n合计｜｜｜237.00｜221.62\n"
            "（三）产出情况\n1. 敬老院消防安全改造。投入{a}万元完成消防喷淋改造。\n"
            "2. 养老服务。县社会福利院失能照护楼改造完成主体和内部装修，完成投资{b}万元，新增护理型床位80张。\n")


def test_a_projects_figure_in_the_clause_after_its_name_is_its_rows() -> None:
    assert coded(PROJECTS.format(a="72.00", b="104.62"), "conflicting_values") == []
    assert [f[:3] for f in coded(PROJECTS.format(a="72.00", b="106.42"), "conflicting_values")] == [
        ("conflicting_values", "error", "106.42万元")]


def test_a_projects_figure_after_its_numbered_heading_is_its_rows() -> None:
    assert [f[:3] for f in coded(PROJECTS.format(a="78.00", b="104.62"), "conflicting_values")] == [
        ("conflicting_values", "error", "78.00万元")]


def test_a_funds_tables_row_labels_name_its_projects() -> None:
    text = ("项目\t年初预算数\t全年预算数\t全年执行数\t执行率\n基本支出\t682.00\t698.40\t696.63\t99.75%\n"
            "奶牛养殖补贴\t500.00\t720.00\t720.00\t100.00%\n防疫经费\t340.00\t340.00\t336.00\t98.82%\n"
            "合计\t1522.00\t1758.40\t1752.63\t99.67%\n全年奶牛养殖补贴项目支出{spent}万元，补贴资金于11月底前全部兑付。\n")
    assert coded(text.format(spent="720.00"), "conflicting_values") == []
    assert [f[:2] for f in coded(text.format(spent="702.00"), "conflicting_values")] == [("conflicting_values", "error")]


# -- "剩余6.00万元于2024年1月到位": the rest of a grant, arriving later, is no balance ----------------------------------

def test_the_rest_of_a_grant_arriving_later_is_no_balance() -> None:
    text = ("项目全年预算82.00万元。区级资金64.00万元全部到位；省级补助年内到位12.00万元，剩余6.00万元于2024年1月到位。"
            "全年实际到位76.00万元，到位率92.68%。截至2023年12月31日，实际支出62.42万元。\n")
    assert coded(text, "balance_mismatch") == []


# -- budget adjustments: "年初部门预算…，年中追加…，调减…，调整后全年预算…" ----------------------------------------------

ADJUSTED = ("2022年度部门整体支出绩效自评报告\n2022年年初部门预算1,286.40万元，其中基本支出742.60万元、项目支出543.80万元。年中追加126.50万元，调减{cut}万元，"
            "调整后全年预算{annual}万元。2021年同一项目预算为1,150.00万元。\n")


def test_a_departments_budget_after_its_changes_adds_up() -> None:
    assert coded(ADJUSTED.format(cut="35.20", annual="1,377.70"), "sum_mismatch") == []
    assert coded(ADJUSTED.format(cut="35.20", annual="1,387.70"), "sum_mismatch") == [
        ("sum_mismatch", "error", "1,387.70万元")]


def test_when_both_budgets_are_borne_out_the_swapped_change_is_the_slip() -> None:
    table = "项目｜年初预算数｜全年预算数｜全年执行数\n年度资金总额｜1,286.40｜1,377.70｜1,342.24\n"
    assert coded(ADJUSTED.format(cut="53.20", annual="1,377.70") + table, "sum_mismatch") == [
        ("sum_mismatch", "error", "53.20万元")]


def test_when_both_budgets_are_borne_out_the_changes_are_pointed_at() -> None:
    text = ("2018年项目年初预算360.00万元，年中市级追加17.20万元、县级调减{cut}万元，调整后全年预算367.20万元。\n"
            "资金来源｜年初预算数（元）｜全年预算数（元）\n合计｜3,600,000.00｜3,672,000.00\n")
    assert coded(text.format(cut="10.00"), "sum_mismatch") == []
    assert coded(text.format(cut="16.00"), "sum_mismatch") == [("sum_mismatch", "error", "17.20万元、县级调减16.00万元")]


# -- averages over the year's quarters, and over the farms a count names --------------------------------------------

def test_a_quarterly_average_of_a_total_written_twice_in_ten_thousands() -> None:
    text = "2022年度政务服务绩效自评报告\n全年办件46.85万件（468,500件），平均每季度办理{mean}万件，完成年度目标的111.55%。\n"
    assert coded(text.format(mean="11.71"), "average_mismatch") == []
    assert coded(text.format(mean="11.17"), "average_mismatch") == [("average_mismatch", "error", "11.17万件")]


def test_a_quarterly_average_after_the_quarters_listed_and_their_total() -> None:
    text = "2018年度奶业振兴项目绩效自评报告\n一至四季度分别抽检生鲜乳32、35、30、37批次，全年共134批次，平均每季度{mean}批次。\n"
    assert coded(text.format(mean="33.5"), "average_mismatch") == []
    assert coded(text.format(mean="35.3"), "average_mismatch") == [("average_mismatch", "error", "35.3批次")]


def test_an_average_per_farm_of_a_count_whose_noun_is_long() -> None:
    text = "全区5个规模奶牛场从区外引进荷斯坦青年牛850头，各场分别引进220头、180头、160头、150头、140头，场均{mean}头。\n"
    assert coded(text.format(mean="170"), "average_mismatch") == []
    assert coded(text.format(mean="175"), "average_mismatch") == [("average_mismatch", "error", "175头")]


def test_a_tables_average_column_over_its_quarters() -> None:
    text = ("| 指标 | 一季度 | 二季度 | 三季度 | 四季度 | 全年 | 季度平均 |\n|---|---|---|---|---|---|---|\n"
            "| 发布信息（条） | 4,826 | 5,317 | 5,092 | 5,581 | 20,816 | {mean} |\n"
            "| 网站访问量（万人次） | 186.4 | 203.7 | 197.2 | 221.5 | 808.8 | 202.2 |\n"
            "| 平台可用率 | 99.95% | 99.97% | 99.96% | 99.96% | 99.96% | — |\n")
    assert coded(text.format(mean="5,204"), "average_mismatch") == []
    assert coded(text.format(mean="5,240"), "average_mismatch") == [("average_mismatch", "error", "5,240")]


def test_a_row_of_averages_under_the_total_row() -> None:
    text = ("街道\t拆除户外广告（处）\t整治店招店牌（块）\t补助金额（万元）\n人民路街道\t42\t188\t34.23\n青山街道\t35\t156\t26.45\n"
            "潇湘街道\t38\t171\t30.14\n合计\t115\t515\t90.82\n平均\t38.33\t{mean}\t30.27\n")
    assert coded(text.format(mean="171.67"), "average_mismatch") == []
    assert coded(text.format(mean="171.76"), "average_mismatch") == [("average_mismatch", "error", "171.76")]


def test_a_changes_total_after_the_changes_is_no_change_of_its_own() -> None:
    text = ("2020年度教师培训项目绩效自评报告\n年初批复项目预算150.00万元，其中财政资金140.00万元、单位资金10.00万元。经县财政局批准，"
            "财政资金调减14.00万元，单位资金因培训场地出租收入增加2.60万元，合计调减11.40万元，调整后预算为{annual}万元。\n")
    assert coded(text.format(annual="138.60"), "sum_mismatch") == []


def test_when_only_the_years_budget_is_borne_out_the_start_and_the_changes_are_pointed_at() -> None:
    text = ("2025年度航标维护项目绩效自评报告\n2025年年初预算700.00万元；年中追加65.00万元；因集中采购节约，调减{cut}万元。"
            "调整后全年预算720.00万元。\n资金来源｜全年预算数｜全年执行数\n合计｜720.00｜684.28\n")
    assert coded(text.format(cut="45.00"), "sum_mismatch") == []
    assert [f[:2] for f in coded(text.format(cut="54.00"), "sum_mismatch")] == [("sum_mismatch", "error")]
    assert coded(text.format(cut="54.00"), "sum_mismatch")[0][2].endswith("调减54.00万元")


def test_an_average_over_the_rows_said_after_their_count() -> None:
    text = ("表2  各街道整治任务完成情况\n街道\t拆除违规户外广告（处）\t规范店招店牌（块）\t补助金额（万元）\n顺河街道\t96\t412\t35.28\n"
            "马路街街道\t74\t356\t30.38\n老街街道\t88\t371\t32.20\n干河陈街道\t57\t283\t23.94\n合计\t315\t1422\t121.80\n\n"
            "4个街道平均拆除违规户外广告78.75处、规范店招店牌{mean}块。\n")
    assert coded(text.format(mean="355.5"), "average_mismatch") == []
    assert coded(text.format(mean="365.5"), "average_mismatch") == [("average_mismatch", "error", "365.5块")]


# -- a funds table a cell a line, no blank line between its rows (a PDF copy) ---------------------------------------

ONE_CELL_FUNDS = ("（二）预算执行情况\n项目\n年初预算数\n全年预算数\n全年执行数\n执行率\n合计\n1286.40\n1429.80\n1382.98\n96.73%\n"
                  "一、基本支出\n742.80\n700.20\n698.62\n99.77%\n二、项目支出\n543.60\n729.60\n684.36\n93.80%\n"
                  "1.电动自行车集中充电设施建设补助\n226.00\n412.00\n386.40\n{rate}\n5.防汛抗旱应急抢险\n0.00\n0.00\n0.00\n{zero}\n"
                  "（三）资金管理情况\n项目资金实行专账核算。\n")


def test_a_funds_table_a_cell_a_line_is_read_row_by_row() -> None:
    assert findings(ONE_CELL_FUNDS.format(rate="93.79%", zero="—")) == []
    assert coded(ONE_CELL_FUNDS.format(rate="97.39%", zero="—"), "rate_mismatch") == [("rate_mismatch", "error", "97.39%")]
    assert coded(ONE_CELL_FUNDS.format(rate="93.79%", zero="100.00%"), "implausible_rate") == [
        ("implausible_rate", "error", "100.00%")]


def test_an_average_per_season_of_three_listed_seasons_is_not_over_four_quarters() -> None:
    text = "2024年度艺术培训项目绩效自评报告\n春、夏、秋三季分别招收学员1,286人次、1,452人次、1,109人次，合计3847人次，季均1,282.33人次。\n"
    assert coded(text, "average_mismatch") == []


def test_changes_dated_by_month_are_changes_of_the_year() -> None:
    text = ("2024年度部门整体支出绩效自评报告\n2024年年初预算386.40万元，其中基本支出86.40万元、项目支出300.00万元。"
            "年中因调整工资标准增加基本支出1.75万元；8月张掖市追加市级临时救助资金50.00万元，11月县级追加急难型救助备用金7.00万元。"
            "全年预算445.15万元，全部为一般公共预算资金。\n")
    assert coded(text, "sum_mismatch") == []


# -- a saving of a kind of spending, a rate of done over received, a rate between the figure and its completion --------

def test_a_kind_of_spendings_saving_is_no_balance_of_the_whole() -> None:
    text = ("全年实际支出1,390.61万元，部门预算执行率96.01%。人员经费全部执行，在职人员人均人员经费19.10万元；"
            "公用经费严格执行过紧日子要求，节约8.54万元。\n项目｜全年预算数｜全年执行数\n合计｜1,448.40｜1,390.61\n")
    assert coded(text, "balance_mismatch") == []


ASSESSED = ("2021年度长期护理保险经办项目绩效自评报告\n"
            "全年受理失能评估申请7,205人次，完成评估6,840人次，评估完成率{rate}。\n"
            "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n产出指标｜数量指标｜完成失能评估人次｜≥6,500人次｜6,840人次｜10｜10\n")


def test_a_rate_of_done_over_received_is_not_the_completion_of_the_target() -> None:
    assert coded(ASSESSED.format(rate="94.93%"), "completion_mismatch") == []
    assert [f[:3] for f in findings(ASSESSED.format(rate="94.39%")) if f[1] == "error"] == [
        ("rate_mismatch", "error", "94.39%")]


def test_a_completion_of_the_rate_right_before_it_is_not_of_an_earlier_count() -> None:
    text = ("2021年度自然保护地项目绩效自评报告\n布设红外相机80台，有效监测数据获取率78.6%，完成年度指标的87.33%，主要是汛期部分相机进水。\n"
            "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n产出指标｜数量指标｜布设红外相机｜≥80台｜80台｜6｜6\n")
    assert coded(text, "completion_mismatch") == []


def test_an_availability_above_a_hundred_percent_cannot_be() -> None:
    text = ("一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜完成率｜分值｜得分\n"
            "产出指标｜质量指标｜平台可用率｜≥99.95%｜{actual}｜{rate}｜8｜8\n")
    assert coded(text.format(actual="99.97%", rate="100.02%"), "implausible_rate") == []
    assert coded(text.format(actual="100.97%", rate="101.02%"), "implausible_rate") == [
        ("implausible_rate", "error", "100.97%")]


def test_a_change_named_far_from_its_amount_is_a_change_of_the_budget() -> None:
    text = ("2020年度部门整体支出绩效自评报告\n2020年我局年初预算1,026.40万元，其中基本支出586.40万元、项目支出440.00万元。"
            "年中追加中央财政林业改革发展资金（国家级自然保护区补助）186.00万元（湘财资环指〔2020〕58号），"
            "按要求调减公用经费12.60万元，调整后全年预算{annual}万元。\n")
    assert coded(text.format(annual="1,199.80"), "sum_mismatch") == []
    found = coded(text.format(annual="1,190.80"), "sum_mismatch")
    assert [f[:3] for f in found] == [("sum_mismatch", "error", "1,190.80万元")]
    assert "＋186.00万元－12.60万元" in next(f.message for f in check(text.format(annual="1,190.80")).findings
                                       if f.code == "sum_mismatch")


# -- 自评表 one field a line, each indicator a block ------------------------------------------------------------------

FIELD_BLOCKS = "".join(
    f"一级指标：{l1}\n二级指标：{l2}\n三级指标：{name}\n年度指标值：{t}\n实际完成值：{a}\n完成率：{r}\n分值：{w}\n得分：{sc}\n\n"
    for l1, l2, name, t, a, r, w, sc in (
        ("产出指标", "数量指标", "文物安全巡查次数", "≥48次", "52次", "{rate}", "30", "30"),
        ("产出指标", "质量指标", "“四有”档案完善率", "100%", "100%", "100.00%", "30", "30"),
        ("效益指标", "社会效益指标", "宣传活动场次", "≥6场", "9场", "150.00%", "30", "30"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "93.2%", "103.56%", "10", "{score}"))) + "总分：100\n自评得分：{total}\n"


def test_indicators_written_one_field_a_line_are_read_as_a_table() -> None:
    assert findings(FIELD_BLOCKS.format(rate="108.33%", score="10", total="100")) == []
    assert coded(FIELD_BLOCKS.format(rate="103.83%", score="10", total="100"), "completion_mismatch") == [
        ("completion_mismatch", "error", "103.83%")]
    assert coded(FIELD_BLOCKS.format(rate="108.33%", score="10.5", total="100.5"), "score_exceeds_weight") == [
        ("score_exceeds_weight", "error", "10.5")]


# -- Sichuan's 自评表 a cell a line: 指标性质, 指标值 and 度量单位 each a line ---------------------------------------------

SPELLED = ("一级指标\n二级指标\n三级指标\n指标性质\n指标值\n度量单位\n实际完成值\n分值\n得分\n未完成原因分析\n"
           "产出指标\n数量指标\n埋设界桩\n≥\n500\n根\n520\n40\n40\n\n设立界碑\n≥\n16\n块\n14\n30\n{score}\n2处界碑点位于地\n质灾害隐患区。\n"
           "巡护里程\n≥\n6000\n{unit}\n6380\n30\n30\n\n总分\n100\n96.25\n")


def test_a_sichuan_table_a_cell_a_line_is_read() -> None:
    assert coded(SPELLED.format(score="26.25", unit="公里"), "score_sum_mismatch") == []
    assert [f[:2] for f in coded(SPELLED.format(score="26.52", unit="公里"), "score_sum_mismatch")] == [
        ("score_sum_mismatch", "error")]


# -- a saved web page whose source wraps a sentence: read as the browser shows it -------------------------------------

def test_a_page_sources_line_break_inside_a_sentence_is_no_break() -> None:
    page = ("<html><body><p class=MsoNormal>全年组织扑火演练3次，参演人数分别为86人、\n92人、104人，平均\n"
            "<span lang=EN-US>{mean}</span>人。</p>\n<p class=MsoNormal>第二段。</p></body></html>")
    assert coded(page.format(mean="94"), "average_mismatch") == []
    assert coded(page.format(mean="96"), "average_mismatch") == [("average_mismatch", "error", "96</span>人")]


def test_a_qualitative_row_of_a_sichuan_table_may_leave_out_its_unit() -> None:
    text = SPELLED.replace("总分\n100\n96.25\n", "可持续影响指标\n运维长效机制\n定性\n健全\n健全\n0\n0\n\n总分\n100\n96.25\n")
    assert coded(text.format(score="26.25", unit="公里"), "weight_sum_mismatch") == []
    assert [f[:2] for f in coded(text.format(score="26.52", unit="公里"), "score_sum_mismatch")] == [
        ("score_sum_mismatch", "error")]


def test_a_sichuan_table_read_in_part_is_not_summed() -> None:
    cut = SPELLED.replace("巡护里程\n≥\n6000\n{unit}\n6380\n30\n30\n\n", "巡护里程（按GPS\n轨迹）\n≥\n6000\n{unit}\n6380\n30\n30\n\n")
    assert coded(cut.format(score="26.25", unit="公里"), "weight_sum_mismatch") == []


# -- an average over the groups that were paid, of a count the sentence breaks into groups ----------------------------

def test_an_average_over_the_groups_paid_is_no_slip() -> None:
    text = ("目前我市设立海外人才工作站16个，2023年度考核A档4个、B档6个、C档5个、不合格1个。"
            "按考核结果拨付运营补助77.00万元，平均每站{mean}万元。\n")
    assert coded(text.format(mean="5.13"), "average_mismatch") == []
    assert [f[:2] for f in coded(text.format(mean="5.31"), "average_mismatch")] == [("average_mismatch", "error")]


# -- a header whose last cell wraps onto a line of its own ("偏差原因分析" / "及改进措施") -------------------------------

WRAPPED_HEAD = ("附表\n2023年度项目支出绩效自评表\n一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n完成率\n分值\n得分\n"
                "偏差原因分析\n及改进措施\n预算执行\n预算执行率\n预算执行率\n100%\n94.50%\n94.50%\n10\n9.45\n储备补贴跨年度\n结算\n"
                "产出指标\n数量指标\n冬春蔬菜政府储备规模\n≥8000吨\n8150吨\n101.88%\n10\n10\n—\n"
                "淡季平价投放蔬菜数量\n≥2000吨\n1860吨\n{rate}\n10\n9.30\n部分投放点客流少\n")


def test_a_header_cell_wrapped_onto_its_own_line_opens_the_rows() -> None:
    assert coded(WRAPPED_HEAD.format(rate="93.00%"), "completion_mismatch") == []
    assert coded(WRAPPED_HEAD.format(rate="90.30%"), "completion_mismatch") == [("completion_mismatch", "error", "90.30%")]


# -- a copy cut at a number of characters: a line of figures is as long, yet narrower on the page --------------------

def test_a_copy_cut_by_characters_reads_its_lines_run_on() -> None:
    filler = "".join(f"　　第{i}段说明平价商店运营管理情况与居民购买便利程度持续提升相关工作落\n实到位情况良好。\n" for i in range(1, 9))
    text = (filler + "　　2.社会效益。我委会同市商务局每季度对平价商店开展一次考核，四个季度考核平均\n"
            "得分分别为92.5分、94.0分、95.5分、96.0分，（2018年为91.8分）全\n年平均{mean}分。\n")
    assert coded(text.format(mean="94.5"), "average_mismatch") == []
    assert [f[:2] for f in coded(text.format(mean="95.4"), "average_mismatch")] == [("average_mismatch", "error")]


# -- a figure restated in brackets in another unit; a kind of spending's own rate ------------------------------------

def test_a_figure_restated_in_brackets_must_be_the_same_figure() -> None:
    text = "三公经费支出1.36万元，其中公务用车运行维护费0.50万元、公务接待费0.86万元（{yuan}元）。\n"
    assert coded(text.format(yuan="8,600"), "conflicting_values") == []
    assert coded(text.format(yuan="6,800"), "conflicting_values") == [("conflicting_values", "error", "0.86万元（6,800元")]
    assert coded(text.format(yuan="86"), "conflicting_values") == []  # (10^4 apart: the unit rules' finding)


def test_a_kind_of_spendings_rate_is_on_its_own_budget() -> None:
    text = ("2018年度部门整体支出绩效自评报告\n全年预算中，基本支出218.46万元，项目支出233.72万元。\n"
            "全年支出436.07万元。其中：基本支出执行218.46万元，执行率100%；项目支出执行217.61万元，项目支出执行率{rate}。\n")
    assert coded(text.format(rate="93.11%"), "rate_mismatch") == []
    assert coded(text.format(rate="91.31%"), "rate_mismatch") == [("rate_mismatch", "error", "91.31%")]


# -- budget changes said with their reasons; the other amounts a budget's walk names --------------------------------

def test_changes_said_with_their_reasons_are_the_budgets() -> None:
    text = ("2025年度轨道交通运营补贴项目绩效自评报告\n1.预算安排。2025年年初预算120,000.00万元；年中因3号线客流培育期延长追加初期运营补贴"
            "9,500.00万元，因票价优惠人次低于测算调减3,400.00万元，调整后全年预算{annual}万元。\n")
    assert coded(text.format(annual="126,100.00"), "sum_mismatch") == []
    assert [f[:2] for f in coded(text.format(annual="125,200.00"), "sum_mismatch")] == [("sum_mismatch", "error")]


def test_a_budgets_walk_may_name_a_grant_and_a_carry_over_besides_its_changes() -> None:
    text = ("2020年度临时救助项目绩效自评报告\n2020年年初县级预算安排200.00万元，上年结转18.60万元；3月，省民政厅下达临时救助补助资金"
            "120.00万元；7月，咸宁市追加市级临时救助资金50.00万元。全年预算388.60万元。\n")
    assert coded(text, "sum_mismatch") == []


# -- a table's rate worked out of two of its columns of counts ------------------------------------------------------

EXAMS = ("考试科目｜考试人次｜合格人次｜合格率\n科目一（理论）｜41260｜33540｜81.29%\n"
         "科目二（场地驾驶技能）｜36815｜24180｜{rate}\n合计｜78075｜57720｜73.93%\n")


def test_a_tables_pass_rate_is_its_passes_over_its_exams() -> None:
    assert findings(EXAMS.format(rate="65.68%")) == []
    assert coded(EXAMS.format(rate="65.86%"), "rate_mismatch") == [("rate_mismatch", "error", "65.86%")]


def test_a_bracket_in_the_same_unit_ten_thousand_times_smaller_is_a_unit_slip() -> None:
    assert coded("全年预算68,000.00万元（6.80亿元），已全部拨付。\n", "unit_mismatch") == []
    assert [f[:2] for f in coded("全年预算68,000.00万元（6.80万元），已全部拨付。\n", "unit_mismatch")] == [("unit_mismatch", "error")]


def test_a_match_rate_above_a_hundred_percent_cannot_be() -> None:
    text = "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n产出指标｜质量指标｜检验比对一致率｜≥98%｜{rate}｜10｜10\n"
    assert coded(text.format(rate="99.2%"), "implausible_rate") == []
    assert coded(text.format(rate="101.67%"), "implausible_rate") == [("implausible_rate", "error", "101.67%")]


# -- a space-aligned table whose rows lost the blanks of their merged level cells (a PDF copy) ------------------------

SPACED_PDF = ("一级指标    二级指标    三级指标    年度指标值    实际完成值    完成率    分值    得分\n"
              "产出指标    数量指标    运营里程    ≥118.7公里    118.7公里    100.00%    30    30\n"
              "年客运量    ≥36000万人次    37125.45万人次    103.13%    30    30\n"
              "质量指标    列车正点率    ≥99.8%    99.93%    100.13%    20    20\n"
              "运行图兑现率    ≥99.8%    99.95%    {rate}    20    20\n")


def test_rows_that_lost_their_merged_cells_blanks_are_placed_from_the_right() -> None:
    assert coded(SPACED_PDF.format(rate="100.15%"), "completion_mismatch") == []
    assert coded(SPACED_PDF.format(rate="101.15%"), "completion_mismatch") == [("completion_mismatch", "error", "101.15%")]


def test_the_budget_after_a_change_is_no_change() -> None:
    text = ("2021年度地名标志项目绩效自评报告\n年初预算180.00万元，年中追加后当年财政拨款196.00万元，加上年结转资金12.60万元，"
            "全年预算208.60万元。\n资金来源｜年初预算数｜全年预算数\n合计｜180.00｜208.60\n")
    assert coded(text, "sum_mismatch") == []


def test_a_pass_rate_beside_a_column_of_failures_is_not_worked_out_of_them() -> None:
    text = ("食品类别｜计划批次｜完成批次｜不合格批次｜合格率\n粮食加工品｜120｜116｜0｜100.00%\n食用油、油脂及其制品｜60｜62｜1｜98.39%\n"
            "合计｜180｜178｜1｜99.44%\n")
    assert coded(text, "rate_mismatch") == []


def test_a_use_rate_on_the_money_that_arrived_is_not_the_execution_rate() -> None:
    text = ("2020年度林下三七种植补助项目绩效自评报告\n全年执行资金168.44万元。若按到位资金计算，资金使用率为85.72%。\n"
            "一级指标  二级指标    三级指标    年度指标值    实际完成值    完成率    分值    得分\n"
            "预算执行  预算执行率  预算执行率  100%    82.57%    82.57%    10    8.26\n"
            "产出指标  数量指标    种植面积    ≥1000亩    1020亩    102.00%    90    90\n")
    assert coded(text, "conflicting_values") == []


def test_an_average_per_round_is_not_the_mean_of_the_kinds_listed() -> None:
    text = ("全年完成巡察4轮，其中常规巡察3轮、机动巡察1轮。巡察党组织104个，其中县直单位党组织38个、乡镇党委4个、"
            "村（社区）党组织62个，平均每轮巡察26个。\n")
    assert coded(text, "average_mismatch") == []


# -- the execution's points said in prose, the table the rest ------------------------------------------------------

def test_a_table_of_the_indicators_points_beside_the_executions_points_in_prose() -> None:
    said = "按照工作方案，预算执行情况{x}分，按“预算执行率×{x}”计分；绩效指标80分，按指标完成情况计分。\n\n"
    table = ("一级指标    二级指标        三级指标                指标值    实际完成值    分值  得分\n"
             "产出指标    数量指标        举办培训班次            ≥26期     28期          30    30\n"
             "            质量指标        学员结业率              ≥98%      99.10%        26    26\n"
             "效益指标    社会效益        委托培训收入            ≥70万元   78.50万元     12    12\n"
             "满意度指标  服务对象满意度  参训学员满意度          ≥95%      96.7%         12    12\n"
             "合计                                                                        80    80\n")
    assert coded(said.format(x="20") + table, "weight_sum_mismatch") == []
    assert [f[:2] for f in coded(said.format(x="10") + table, "weight_sum_mismatch")] == [("weight_sum_mismatch", "error")]


# -- a space between a figure and its unit, and a unit's alternative in brackets ------------------------------------

def test_a_count_or_score_set_apart_from_its_unit_is_read() -> None:
    text = "2018年度救助站项目绩效自评报告\n分季度看，一至四季度分别救助312、286、351、477 人次，季度平均{mean} 人次，四季度救助量明显增加。\n"
    assert coded(text.format(mean="356.50"), "average_mismatch") == []
    assert coded(text.format(mean="365.50"), "average_mismatch") == [("average_mismatch", "error", "365.50 人次")]


def test_a_units_alternative_in_brackets_keeps_the_figure_in_its_list() -> None:
    text = "寒冬送温暖行动分三批次发放棉衣棉被126 件、184 件、97 件（套），合计{total} 件（套）。\n"
    assert coded(text.format(total="407"), "sum_mismatch") == []
    assert [f[:2] for f in coded(text.format(total="371"), "sum_mismatch")] == [("sum_mismatch", "error")]
