"""Shapes the writers of the twenty-fifth session brought (issue 10, misses and false alarms of the held-out-style sets
that are general ways of writing a report): each is a test here, beside the slip of the same shape it must still find."""

from __future__ import annotations

from decimal import Decimal

from chains.check import check
from chains.text.numbers import extract_numbers


def findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, text[f.span[0] : f.span[1]]) for f in check(text).findings]


def coded(text: str, code: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[0] == code]


# -- "分别为…、农民工工资支付监管平台运维费24.60万元、…": a listed item whose name holds a verb -----------------------------

LISTED = ("2022年劳动保障监察大队部门整体支出绩效自评报告\n一、预算执行情况\n"
          "项目支出全年预算120.20万元，分别为劳动保障监察执法经费52.00万元、根治欠薪专项补助26.00万元、"
          "农民工工资支付监管平台运维费{fee}万元、执法记录仪及执法车辆运行费17.60万元。\n")


def test_a_listed_item_whose_name_holds_a_verb_stays_on_the_list() -> None:
    assert coded(LISTED.format(fee="24.60"), "sum_mismatch") == []


def test_a_slip_in_that_item_is_still_found() -> None:
    assert [f[:2] for f in coded(LISTED.format(fee="42.60"), "sum_mismatch")] == [("sum_mismatch", "error")]


def test_the_verb_before_a_fee_after_its_total_still_says_what_was_paid() -> None:
    text = "项目预算100.00万元，其中执法经费50.00万元、补助26.00万元，已支付监管平台运维费14.00万元。\n"
    # the spending is no part: the 其中 list stops short of the budget, which says only 疑似
    assert [f[:2] for f in coded(text, "sum_mismatch")] == [("sum_mismatch", "warning")]


# -- "人均1250元" after a line of amounts: one of them (not the line's 合计) over the count gives it -----------------------

FUND = ("2025年根治欠薪项目绩效自评报告\n一、资金使用情况\n全年执行112.74万元，预算执行率95.38%。自治区补助资金合计35.00万元，"
        "已支出33.25万元，支出率95.00%。执行数中，欠薪隐患排查第三方服务费38.40万元，欠薪应急周转金垫付22.50万元，"
        "根治欠薪宣传培训费14.20万元。应急周转金为9个项目先行垫付农民工工资，涉及农民工180人，人均{mean}元。\n")


def test_an_average_that_one_of_the_lines_amounts_gives_is_left_alone() -> None:
    assert coded(FUND.format(mean="1250"), "average_mismatch") == []


def test_an_average_that_none_of_them_gives_is_still_found() -> None:
    assert [f[:3] for f in coded(FUND.format(mean="1520"), "average_mismatch")] == [
        ("average_mismatch", "error", "1520元")]


# -- 共性指标 30 + 个性指标 70: a department scored in two tables, each with its 小计 ------------------------------------

TWO_TABLES = ("2022年职业技能鉴定中心部门整体支出绩效自评报告\n"
              "表3 部门整体支出绩效自评表——共性指标\n二级指标｜三级指标｜指标值｜实际值｜分值｜得分\n"
              "预算执行｜预算执行率｜100%｜96.15%｜10｜9.61\n预算执行｜结转结余率｜≤5%｜3.85%｜10｜10\n"
              "资产管理｜固定资产利用率｜≥95%｜98.6%｜10｜10\n小计｜｜｜｜30｜29.61\n\n"
              "表4 部门整体支出绩效自评表——个性指标\n一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
              "产出指标｜数量指标｜职业技能等级认定人数｜≥5000人｜5120人｜{w}｜30\n"
              "效益指标｜社会效益指标｜取证人员就业率｜≥85%｜86.5%｜20｜20\n"
              "满意度指标｜服务对象满意度指标｜考生满意度｜≥90%｜93.3%｜10｜10\n小计｜｜｜｜｜70｜60\n\n"
              "四、自评结论\n共性指标得分29.61分，个性指标得分60分，部门整体支出绩效自评综合得分{total}分，评价等级为优。\n")


def test_the_tables_of_common_and_own_indicators_make_the_hundred_together() -> None:
    text = TWO_TABLES.format(w="40", total="89.61")
    assert coded(text, "weight_sum_mismatch") == [] and coded(text, "score_sum_mismatch") == []


def test_a_row_off_its_tables_subtotal_is_still_found() -> None:
    assert [f[:2] for f in coded(TWO_TABLES.format(w="50", total="89.61"), "weight_sum_mismatch")] == [
        ("weight_sum_mismatch", "error")]


def test_a_total_off_the_two_subtotals_is_still_found() -> None:
    assert [f[:3] for f in coded(TWO_TABLES.format(w="40", total="98.61"), "score_sum_mismatch")] == [
        ("score_sum_mismatch", "error", "98.61分")]


# -- units ----------------------------------------------------------------------------------------------------------


def test_five_thousand_ten_thousands_of_yuan_are_five_thousand_wan() -> None:
    (m,) = extract_numbers("项目总投资5千万元")
    assert (m.raw, m.value, m.unit) == ("5千万元", Decimal(5000), "万元")


def test_five_thousand_yuan_are_still_half_a_wan() -> None:
    (m,) = extract_numbers("补助3千元")
    assert (m.value, m.unit) == (Decimal("0.3"), "万元")


def test_the_part_tables_title_may_stand_a_blank_line_above_it() -> None:
    text = TWO_TABLES.format(w="40", total="89.61").replace("——个性指标\n", "——个性指标\n\n")
    assert coded(text, "weight_sum_mismatch") == [] and coded(text, "score_sum_mismatch") == []


# -- "省级专项资金于2021年4月下达，实际到位100.00万元，到位率100%": a source, the sentence's subject, and its own rate ------

ARRIVED = ("2021年中蜂产业发展项目绩效自评报告\n一、资金情况\n2021年项目年初预算150.00万元，其中省级中蜂产业发展专项资金"
           "100.00万元、县级配套资金50.00万元；年中将2020年结转资金12.36万元纳入本年预算，全年预算数为162.36万元。"
           "省级专项资金于2021年4月下达，实际到位100.00万元，到位率{rate}。\n")


def test_a_sources_arrival_rate_on_its_own_budget_is_left_alone() -> None:
    assert coded(ARRIVED.format(rate="100%"), "rate_mismatch") == []


def test_a_sources_arrival_rate_that_nothing_gives_is_still_found() -> None:
    assert [f[:3] for f in coded(ARRIVED.format(rate="96%"), "rate_mismatch")] == [("rate_mismatch", "error", "96%")]


# -- "项目｜2022年度｜2023年度｜增减": the funds compared over two years, the report's year in its column --------------------

YEARS = ("2023年蜂业服务中心部门整体支出绩效自评报告\n一、预算执行\n全年预算412.30万元。全年实际支出{spent}万元，"
         "整体预算执行率95.72%。\n（二）与上年对比\n项目\t2022年度\t2023年度\t增减\n全年预算数（万元）\t398.70\t412.30\t13.60\n"
         "全年执行数（万元）\t381.26\t394.65\t13.39\n预算执行率\t95.63%\t95.72%\t—\n")


def test_the_text_agrees_with_the_column_of_the_reports_year() -> None:
    assert coded(YEARS.format(spent="394.65"), "conflicting_values") == []


def test_the_text_off_the_column_of_the_reports_year_is_still_found() -> None:
    found = coded(YEARS.format(spent="349.65"), "conflicting_values")
    assert ("conflicting_values", "error", "349.65万元") in found


# -- "金额24.65万元，平均每笔45.92万元" beside the table's "24.65亿元": the total's unit slipped, not the average's -------------

LOANS = ("2024年住房公积金管理中心部门整体支出绩效自评报告\n一、业务情况\n全年发放个人住房贷款5,368笔、金额24.65{unit}，"
         "平均每笔45.92万元。\n二、自评表\n｜一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜\n"
         "｜产出指标｜数量指标｜个人住房贷款发放额｜≥25亿元｜24.65亿元｜10｜9.86｜\n")


def test_a_total_whose_digits_stand_elsewhere_in_another_unit_is_the_slip() -> None:
    assert [f[:3] for f in coded(LOANS.format(unit="万元"), "unit_mismatch")] == [("unit_mismatch", "error", "24.65万元")]


def test_the_total_in_its_right_unit_is_left_alone() -> None:
    assert coded(LOANS.format(unit="亿元"), "unit_mismatch") == [] and coded(LOANS.format(unit="亿元"), "average_mismatch") == []


# -- a 自评表 copied a cell a line whose last rows and the funds block's were not read, with no 合计 read ---------------

def _flat(last_rows: str) -> str:
    return ("2022年中心血站部门整体支出绩效自评报告\n四、自评结论\n本单位2022年度部门整体支出自评得分{total}分，评价等级为“优秀”。\n"
            "附件\n部门整体支出绩效自评表\n预算执行\n分值\n10\n执行率\n95.25%\n得分\n9.52\n"
            "一级指标\n二级指标\n三级指标\n指标值\n实际完成值\n分值\n得分\n"
            "产出指标\n数量指标\n无偿献血人次\n≥11.5万人次\n11.86万人次\n40\n40\n"
            "效益指标\n社会效益指标\n临床用血供应保障率\n≥98%\n99.6%\n30\n30\n"
            "满意度指标\n服务对象满意度指标\n用血医疗机构满意度\n≥95%\n96.8%\n10\n10\n" + last_rows)


def test_a_table_short_of_the_hundred_with_no_total_read_is_not_summed_against_the_text() -> None:
    text = _flat("献血者满意度\n≥95%\n98.2%\n10\n9.67\n合计\n100\n99.19\n自评等级\n优秀\n").replace("{total}", "99.19")
    assert [f for f in coded(text, "score_sum_mismatch") if f[1] == "error"] == []


# -- "合计    100    97.41" printed under a space-aligned table whose rows were not all read --------------------------

def test_a_total_printed_under_a_table_and_the_texts_are_both_shown_as_suspected() -> None:
    text = ("2021年课后服务项目绩效自评报告\n三、综合评价\n经自评，本项目得分97.11分，评价等级为“优”。\n四、自评表\n"
            "一级指标    二级指标    三级指标    年度指标值    实际完成值    分值    得分\n"
            "产出指标    数量指标    学校覆盖率    100%    100%    40    40\n"
            "效益指标    社会效益    学生参与率    ≥85%    88.36%    30    30\n"
            "                        家长满意度    ≥90%    94.6%    10    10\n"
            "合计    100    97.41\n")
    found = coded(text, "score_sum_mismatch")
    assert {(c, s, v) for c, s, v in found} == {("score_sum_mismatch", "warning", "97.11分"), ("score_sum_mismatch", "warning", "97.41")}


# -- "分别为…项目96.00万元、支付蜂农养殖补助资金项目78.40万元、…": a listed project named for what it pays -------------------

PROJECTS = ("2023年项目支出预算226.10万元，共4个项目，分别为中蜂良种繁育场建设项目96.00万元、支付蜂农养殖补助资金项目78.40万元、"
            "采购蜂产品质量检测设备项目{third}万元、蜂业技术培训及品牌推广项目20.00万元。\n")


def test_a_listed_project_named_for_a_payment_is_a_part() -> None:
    assert [f[:2] for f in coded(PROJECTS.format(third="37.10"), "sum_mismatch")] == [("sum_mismatch", "error")]


def test_the_list_that_adds_up_is_left_alone() -> None:
    assert coded(PROJECTS.format(third="31.70"), "sum_mismatch") == []


# -- "6个县（市、区）平均每县改造94户" under a table of the counties with its 合计 -----------------------------------------

COUNTIES = ("县（市、区）   任务户数   完成户数   支出金额（万元）\n爱辉区               75         78              43.06\n"
            "北安市              120        124              68.32\n合计                195        202             111.38\n\n"
            "2个县（市、区）平均每县支出{money}万元，平均每县完成{done}户。\n")


def test_averages_over_the_rows_of_the_table_above_are_left_alone_when_a_column_gives_them() -> None:
    assert coded(COUNTIES.format(money="55.69", done="101"), "average_mismatch") == []


def test_averages_over_the_rows_of_the_table_above_that_no_column_gives_are_found() -> None:
    assert [f[:3] for f in coded(COUNTIES.format(money="65.69", done="111"), "average_mismatch")] == [
        ("average_mismatch", "error", "65.69万元"), ("average_mismatch", "error", "111户")]


def test_an_average_of_the_task_column_is_read_against_the_task() -> None:
    assert coded(COUNTIES.format(money="55.69", done="101").replace("平均每县完成101户", "平均每县任务97.5户"),
                 "average_mismatch") == []


# -- Hubei: the funds block as fields, "分值：20" before "执行率：", and the goals listed above one table of them all ---

def _hubei(weight: str) -> str:
    return ("2025年社科项目绩效自评报告\n预算执行情况\n全年预算数：126.50万元\n全年执行数：119.42万元\n分值：20\n执行率：94.40%\n"
            "得分：18.88\n\n2025年度项目绩效自评表\n目标1：资助社科研究课题（40分）\n目标2：开展社会科学普及（40分）\n"
            "年度目标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            f"目标1\t产出指标\t数量指标\t资助社科研究课题数\t≥45项\t50项\t{weight}\t30\n"
            "\t效益指标\t社会效益指标\t成果获领导批示\t≥12项\t12项\t10\t10\n"
            "目标2\t产出指标\t数量指标\t举办社科普及活动\t≥150场\t168场\t30\t30\n"
            "\t满意度指标\t服务对象满意度指标\t社会公众满意度\t≥90%\t91.2%\t10\t10\n合计\t\t\t\t\t\t100\t98.88\n")


def test_goals_listed_above_one_table_with_the_funds_fields_make_the_hundred() -> None:
    assert coded(_hubei("30"), "weight_sum_mismatch") == []


def test_a_row_weight_off_the_hundred_there_is_still_found() -> None:
    assert [f[:2] for f in coded(_hubei("35"), "weight_sum_mismatch")] == [("weight_sum_mismatch", "error")]


# -- "其中预算执行得分9.52分，产出指标得分58.90分，效益指标得分27分，合计96.32分" with the 自评表 bearing out 96.32 --------

LEVELS = ("2024年调解中心运行项目绩效自评报告\n二、自评表\n｜一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜\n"
          "｜预算执行｜预算执行率｜预算执行率｜100%｜95.20%｜10｜9.52｜\n｜产出指标｜数量指标｜调解案件数｜≥600件｜640件｜60｜59.80｜\n"
          "｜效益指标｜社会效益指标｜调解成功率｜≥90%｜93%｜30｜27｜\n｜合计｜｜｜｜｜100｜96.32｜\n"
          "三、结论\n经自评，其中预算执行得分9.52分，产出指标得分{output}分，效益指标得分27分，合计96.32分，评价等级为“优”。\n")


def test_a_levels_score_off_the_total_the_table_bears_out_is_pointed_at_with_the_levels() -> None:
    found = coded(LEVELS.format(output="58.90"), "score_sum_mismatch")
    assert [(c, s) for c, s, _ in found] == [("score_sum_mismatch", "error")] and "58.90分" in found[0][2]


def test_the_levels_that_add_up_are_left_alone() -> None:
    assert coded(LEVELS.format(output="59.80"), "score_sum_mismatch") == []


# -- the text's total, the 自评表's rows, and one row's score off its completion: that row is pointed at -------------------

ROWS = ("2024年社科普及项目绩效自评报告\n四、自评结论\n项目自评总得分98.58分，评价等级为“优秀”。\n五、自评表\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        "产出指标\t数量指标\t社科普及基地年开放天数\t≥200天\t186天\t15\t{score}\n"
        "\t\t举办普及活动\t≥100场\t120场\t45\t45\n效益指标\t社会效益指标\t受众人次\t≥10万人次\t12万人次\t30\t30\n"
        "满意度指标\t服务对象满意度指标\t公众满意度\t≥90%\t95%\t10\t9.63\n")


def test_a_rows_score_that_misses_its_completion_by_the_gap_is_the_one_pointed_at() -> None:
    assert [f[:3] for f in coded(ROWS.format(score="13.59"), "score_sum_mismatch")] == [
        ("score_sum_mismatch", "error", "13.59")]


def test_the_rows_that_add_up_to_the_texts_total_are_left_alone() -> None:
    assert coded(ROWS.format(score="13.95"), "score_sum_mismatch") == []


# -- a 自评表 copied a cell a line with 权重 before 目标值 and 业绩值, a note's tail on its own line, a page number far right --

YUNNAN = ("附件1.项目支出绩效自评表\n一级指标\n二级指标\n目标指标\n权重\n目标值\n业绩值\n完成率\n指标得分\n偏差原因分析及改进措施\n"
          "预算执行指标\n预算执行指标\n预算执行率\n10\n100%\n94.83%\n94.83%\n9.48\n市级资金未全部到位\n"
          "产出指标\n数量指标\n核酸检测标本数\n30\n≥85000份\n80140份\n94.28%\n28.28\n受疫情影响团体献\n血取消\n"
          "核酸检测覆盖率\n20\n100%\n100%\n100.00%\n20\n"
          "时效指标\n检测报告发放时间\n10\n≤24小时\n30小时\n80.00%\n8.00\n3月设备故障送检\n\n"
          "                                                   4\n"
          "效益指标\n社会效益\n输血传播传染病事件\n20\n=0起\n0起\n100.00%\n20\n"
          "满意度指标\n服务对象满意度指标\n用血医疗机构满意\n度\n{weight}\n≥90%\n86.4%\n96.00%\n9.60\n报告时效待改进\n"
          "合计\n100\n95.36\n")


def test_a_flat_table_with_the_weight_before_the_target_is_read_whole() -> None:
    from chains.check import read

    tables = [t for t in read(YUNNAN.format(weight="10")).tables if t.col("weight") is not None]
    assert len(tables) == 1 and len(tables[0].data_rows()) == 7  # six indicators and the 合计
    assert [r.name_in(tables[0]) for r in tables[0].data_rows()][1:3] == ["核酸检测标本数", "核酸检测覆盖率"]


def test_its_weights_are_summed_against_its_total() -> None:
    assert coded(YUNNAN.format(weight="10"), "weight_sum_mismatch") == []
    assert [f[:2] for f in coded(YUNNAN.format(weight="12"), "weight_sum_mismatch")] == [("weight_sum_mismatch", "error")]


# -- "全年发放监护补助50.79万元": the item a verb pays, not the project's spending against the funds table ---------------

PAID = ("2025年监护补助项目绩效自评报告\n一、资金情况\n项目资金（万元）｜年初预算数｜全年预算数｜全年执行数｜执行率\n"
        "年度资金总额｜80.00｜80.00｜62.25｜77.81%\n二、使用情况\n中央补助资金用于随访管理补助；省级补助和县级财政资金用于发放监护补助，"
        "全年发放监护补助50.79万元，即省级8.00万元、县级42.79万元。\n")


def test_an_item_paid_is_not_the_projects_spending() -> None:
    assert coded(PAID, "conflicting_values") == []


def test_the_projects_spending_off_the_table_is_still_found() -> None:
    text = PAID + "全年执行60.25万元。\n"
    assert ("conflicting_values", "error", "60.25万元") in coded(text, "conflicting_values")


# -- "…253.56万元（国家基本水文站14处，平均每站9.60万元；水位站22处，平均每站1.30万元）": each group's own average -------

def test_a_groups_average_inside_a_bracket_of_several_is_not_over_the_whole() -> None:
    text = "执行资金中，测站运行维护253.56万元（国家基本水文站14处，平均每站9.60万元；水位站22处，平均每站1.30万元；其余为雨量站）。\n"
    assert coded(text, "average_mismatch") == []


def test_an_average_over_the_whole_outside_a_bracket_is_still_read() -> None:
    assert [f[:2] for f in coded("测站运行维护253.56万元，运维测站14处，平均每处19.60万元。\n", "average_mismatch")] == [
        ("average_mismatch", "error")]


# -- a PDF copy: the funds block as "分值⏎10", a row named like a level ("献血者满意度"), a blank line after the header ------

def _pdf(last_weight: str) -> str:
    return ("附件\n部门整体支出绩效自评表\n预算执行\n分值\n10\n执行率\n95.25%\n得分\n9.52\n"
            "一级指标\n二级指标\n三级指标\n指标值\n实际完成值\n分值\n得分\n偏差原因分析及改进措施\n\n"
            "产出指标\n数量指标\n无偿献血人次\n≥11.5万人次\n11.86万人次\n50\n50\n\n"
            "效益指标\n社会效益指标\n临床用血供应保障率\n≥98%\n99.6%\n30\n30\n"
            "满意度指标\n服务对象满意度指标\n用血医疗机构满意度\n≥95%\n96.8%\n5\n5\n"
            f"献血者满意度\n≥95%\n98.2%\n{last_weight}\n5\n合计\n100\n99.52\n")


def test_a_pdf_copys_funds_fields_and_rows_make_the_hundred() -> None:
    assert coded(_pdf("5"), "weight_sum_mismatch") == [] and coded(_pdf("5"), "score_sum_mismatch") == []


def test_a_weight_off_the_hundred_there_is_found() -> None:
    assert [f[:2] for f in coded(_pdf("7"), "weight_sum_mismatch")] == [("weight_sum_mismatch", "error")]


# -- a funds block a cell a line whose last source row stands right above a page's footer --------------------------------

def test_the_funds_blocks_last_row_before_a_page_footer_is_read() -> None:
    text = ("项目资金（万元）\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n年度资金总额：\n85.00\n91.00\n82.58\n10\n"
            "90.75%\n9.07\n其中：当年财政拨款\n85.00\n85.00\n76.58\n—\n—\n—\n上年结转资金\n0.00\n0.00\n0.00\n—\n—\n—\n"
            "其他资金\n0.00\n6.00\n6.00\n—\n—\n—\n— 3 —\n一级指标\n")
    assert coded(text, "sum_mismatch") == []
