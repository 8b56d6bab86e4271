"""Shapes the writers of the nineteenth session brought (issue 10, false alarms and misses of the held-out-style sets
that are general ways of writing a report): each is a test here, beside the clean form it must leave alone."""

from __future__ import annotations

from chains.check import check


def findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, text[f.span[0] : f.span[1]]) for f in check(text).findings]


def coded(text: str, code: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[0] == code]


# -- a Sichuan 自评表 copied from a PDF with single spaces: a qualitative row's empty 度量单位 cell dropped --------------

SICHUAN = (
    "2023年度项目支出绩效自评表\n"
    "项目名称 急难型临时救助资金\n"
    "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
    "年度资金总额 260.00 310.00 302.76 10 97.66% 9.77\n"
    "其中：财政资金 260.00 310.00 302.76 — 97.66% —\n"
    "绩效指标 一级指标 二级指标 三级指标 指标性质 指标值 度量单位 实际完成值 分值 得分 未完成原因分析\n"
    "产出指标 数量指标 临时救助人次 ≥ 1200 人次 1526 15 15 汛期灾后救助需求增加\n"
    "乡镇先行救助人次 ≥ 300 人次 348 10 10\n"
    "质量指标 救助对象审核准确率 ≥ 98 % 99.3 10 10\n"
    "时效指标 急难型救助先行救助时限 ≤ 24 小时 18 10 10\n"
    "成本指标 一般情形单人次救助金额 ≤ 5000 元 5000 {cost} 5\n"
    "效益指标 社会效益指标 急难事件未获及时救助情况 = 0 起 0 15 15\n"
    "可持续影响指标 与低保、特困等制度衔接 定性 有效衔接 达成年度指标 10 {kept}\n"
    "满意度指标 服务对象满意度指标 受助群众满意度 ≥ 90 % {satisfied} 15 15\n"
    "总分 100 {total}\n"
)


def sichuan(cost: str = "5", kept: str = "9", satisfied: str = "96.8", total: str = "98.77") -> str:
    return SICHUAN.format(cost=cost, kept=kept, satisfied=satisfied, total=total)


def test_a_sichuan_table_with_a_qualitative_row_is_read_and_clean() -> None:
    assert [f for f in findings(sichuan()) if f[1] == "error"] == []


def test_a_sichuan_tables_weights_are_added_up_over_its_qualitative_row() -> None:
    assert ("weight_sum_mismatch", "error", "6") in findings(sichuan(cost="6"))


def test_a_sichuan_tables_scores_are_added_up_over_its_qualitative_row() -> None:
    assert [f[0] for f in findings(sichuan(kept="8")) if f[1] == "error"] == ["score_sum_mismatch"]


def test_a_sichuan_tables_rates_are_read_in_their_own_column() -> None:
    assert ("implausible_rate", "error", "106.8") in findings(sichuan(satisfied="106.8"))


def test_a_qualitative_row_with_a_figure_for_its_target_is_no_row_without_a_unit() -> None:
    # the dropped cell is read as the unit only when the target holds no figure: here the columns are unknown
    text = sichuan().replace("定性 有效衔接 达成年度指标 10", "定性 95 达成年度指标 10")
    assert [f for f in findings(text) if f[0] in ("weight_sum_mismatch", "score_sum_mismatch")] == []


# -- the year's periods listed with the unit written once, after the last ------------------------------------------

PERIODS = "全年累计救助1183人次（2020年为1027人次、151.36万元），一至四季度分别为268、301、{q3}、335人次。\n"


def test_periods_with_the_unit_written_once_add_up_to_the_years_count() -> None:
    assert coded(PERIODS.format(q3="279"), "sum_mismatch") == []


def test_periods_with_the_unit_written_once_that_do_not_add_up_are_reported() -> None:
    assert [f[0] for f in coded(PERIODS.format(q3="297"), "sum_mismatch")] == ["sum_mismatch"]


def test_last_years_figures_in_brackets_are_not_what_the_periods_break_down() -> None:
    text = "全年累计救助1183人次（2020年为1027人次），一至四季度分别为268、301、279、335人次。\n"
    assert coded(text, "sum_mismatch") == []


def test_an_average_is_not_worked_out_from_last_years_figures_in_brackets() -> None:
    text = ("全年执行176.58万元。\n"
            "全年累计救助1183人次（2020年为1027人次、151.36万元），一至四季度分别为268、301、279、335人次。"
            "平均每人次救助1493元。\n")
    assert coded(text, "average_mismatch") == []


# -- a completion rate after the periods' list, with the target in brackets ----------------------------------------

COMPLETION = "全年审批临时救助1318人次，一至四季度分别为296、318、327、377人次，完成年度目标（1100人次）的{rate}%。\n"


def test_a_completion_rate_after_a_list_of_periods_is_of_the_years_figure() -> None:
    assert coded(COMPLETION.format(rate="119.82"), "completion_mismatch") == []


def test_a_wrong_completion_rate_after_a_list_of_periods_is_reported() -> None:
    assert coded(COMPLETION.format(rate="118.92"), "completion_mismatch") == [
        ("completion_mismatch", "error", "118.92%")]


# -- "各预拨…3万元，共36.00万元": each one's amount, then all of it --------------------------------------------------

PETTY_CASH = ("全县12个乡镇年初各预拨临时救助备用金3万元，共36.00万元，全年通过备用金先行救助支出33.45万元，"
              "年末结余{left}万元，已全部收回县级专户。\n")


def test_the_petty_cashs_balance_is_what_all_got_less_what_was_spent() -> None:
    assert coded(PETTY_CASH.format(left="2.55"), "balance_mismatch") == []


def test_a_wrong_petty_cash_balance_is_reported() -> None:
    assert coded(PETTY_CASH.format(left="2.45"), "balance_mismatch") == [("balance_mismatch", "error", "2.45万元")]


def test_a_petty_cash_balance_is_not_judged_on_the_projects_budget() -> None:
    text = ("全年预算182.40万元，全年执行176.58万元，执行率96.81%。\n"
            "各乡镇使用备用金先行救助，年末余额2.45万元，已收回县级专户。\n")
    assert coded(text, "balance_mismatch") == []


# -- a tab-separated detail table whose blank 备注 cells the copy dropped at the end of a row ------------------------

DETAIL = ("表1 2018年临时救助分类支出情况\n"
          "救助类型\t救助人次\t支出金额（万元）\t备注\n"
          "急难型\t327\t61.85\t含慈善捐赠资金\n"
          "支出型\t719\t{spent}\t主要为大病医疗自付费用\n"
          "合计\t1046\t167.12\t\n")


def test_a_tab_table_whose_total_row_drops_its_blank_note_adds_up() -> None:
    assert coded(DETAIL.format(spent="105.27"), "sum_mismatch") == []


def test_a_tab_table_whose_total_row_drops_its_blank_note_is_added_up() -> None:
    assert [f[0] for f in coded(DETAIL.format(spent="150.27"), "sum_mismatch")] == ["sum_mismatch"]


# -- a column headed "执行得分(分值10)": scores out of 10, no weights ------------------------------------------------

PROJECTS = ("表1 项目支出执行及自评情况（万元）\n"
            "项目名称 全年预算 全年执行 执行得分(分值10) 自评得分\n"
            "办班经费 96.00 93.70 9.76 96.5\n"
            "教学点建设经费 38.00 36.10 9.50 94\n"
            "线上课程经费 24.00 23.11 9.63 95.5\n"
            "合计 158.00 152.91 — —\n")


def test_a_score_column_out_of_ten_is_no_column_of_weights() -> None:
    assert [f for f in findings(PROJECTS) if f[0] in ("score_exceeds_weight", "weight_sum_mismatch")] == []


# -- rates that cannot pass 100%: 放行率, 防效 --------------------------------------------------------------------


def test_a_first_call_release_rate_over_a_hundred_is_impossible() -> None:
    text = "全年申请过闸船舶7,528艘次，一次放行7,612艘次，一次放行率101.12%。\n"
    assert [f[0] for f in findings(text) if f[2].endswith("101.12%")] == ["implausible_rate"]


def test_a_control_efficacy_over_a_hundred_is_impossible() -> None:
    text = "全部疫点实施专业化防控，支出23.85万元，防后复查活蚁巢防效达到102.6%。\n"
    assert [f[0] for f in findings(text) if "102.6%" in f[2]] == ["implausible_rate"]


def test_a_control_efficacy_under_a_hundred_is_left_alone() -> None:
    text = "全部疫点实施专业化防控，支出23.85万元，防后复查活蚁巢防效达到96.2%。\n"
    assert findings(text) == []


# -- "余下的…万元": what was left ------------------------------------------------------------------------------------

LEFT = ("全年预算合计84.35万元。资金全部到位，到位率100%。全年实际支出81.95万元，执行率97.15%。"
        "余下的{left}万元为智慧教室设备质保金，结转至2023年继续使用。\n")


def test_what_is_left_over_is_the_budget_less_the_spending() -> None:
    assert coded(LEFT.format(left="2.40"), "balance_mismatch") == []


def test_a_wrong_amount_left_over_is_reported() -> None:
    assert coded(LEFT.format(left="2.04"), "balance_mismatch") == [("balance_mismatch", "error", "2.04万元")]


# -- a remainder said in two parts, one clause each ------------------------------------------------------------

SPLIT = ("全年预算286.40万元，全年支出282.96万元，预算执行率98.80%。公证信息化建设项目因二期设备到货延迟，"
         "未支出的{first}万元结转至2021年；公证费减免补偿结余0.64万元，年底已按规定交回财政。\n")


def test_a_remainder_in_two_parts_adds_up_to_the_budget_less_the_spending() -> None:
    assert coded(SPLIT.format(first="2.80"), "balance_mismatch") == []


def test_a_remainder_whose_parts_do_not_add_up_is_still_judged() -> None:
    assert coded(SPLIT.format(first="2.08"), "balance_mismatch") != []


# -- lists averaged: the unit written once (闸次), the last item joined by 和 -------------------------------------

def test_the_quarters_average_with_the_unit_written_once_is_worked_out() -> None:
    text = "全年过闸6,550闸次，一至四季度分别为1,326、1,748、1,905、1,571闸次，四个季度平均{avg}闸次。\n"
    assert coded(text.format(avg="1,637.5"), "average_mismatch") == []
    assert coded(text.format(avg="1,673.5"), "average_mismatch") == [("average_mismatch", "error", "1,673.5闸次")]


def test_a_list_whose_last_item_is_joined_by_he_is_averaged() -> None:
    text = "4次调查的螺口密度依次为每平方米2.6头、2.1头、1.4头和1.1头，平均每平方米{avg}头。\n"
    assert coded(text.format(avg="1.8"), "average_mismatch") == []
    assert coded(text.format(avg="1.6"), "average_mismatch") == [("average_mismatch", "error", "1.6头")]


# -- "本级结余1.28万元": one source's balance -------------------------------------------------------------------------

def test_a_levels_own_balance_is_not_the_balance_of_another_sources_money() -> None:
    text = ("本级财政资金支出130.72万元，执行率99.03%；中央补助资金20.00万元，支出15.00万元，执行率75.00%，"
            "未使用的5.00万元结转至2025年继续使用，本级结余1.28万元已交回财政。\n")
    assert coded(text, "balance_mismatch") == []


# -- 户均增收: the total said after the average, and a count stated elsewhere ----------------------------------------

AFTER = "项目带动农户1120户（2018年960户），户均增收{avg}元，累计增收470.4万元。\n"


def test_an_average_with_its_total_said_right_after_it_agrees() -> None:
    assert coded(AFTER.format(avg="4200"), "average_mismatch") == []


def test_an_average_with_its_total_said_right_after_it_is_judged() -> None:
    assert coded(AFTER.format(avg="4020"), "average_mismatch") == [("average_mismatch", "error", "4020元")]


def test_an_average_over_a_count_of_the_paragraph_before_leaves_out_last_years_and_its_parts() -> None:
    text = ("项目带动农户865户（上年712户），其中脱贫户和监测户236户。"
            "据乡镇林业站入户统计，种植户累计增收256.04万元，户均增收{avg}元。\n")
    assert coded(text.format(avg="2960"), "average_mismatch") == []
    assert [f[:2] for f in coded(text.format(avg="2690"), "average_mismatch")] == [("average_mismatch", "warning")]


# -- 到训率: those who came of those called ---------------------------------------------------------------------------

def test_an_attendance_rate_is_those_who_came_over_those_called() -> None:
    text = "通知参训208人，实际到训200人，到训率{rate}%。\n"
    assert coded(text.format(rate="96.15"), "rate_mismatch") == []
    assert coded(text.format(rate="96.51"), "rate_mismatch") == [("rate_mismatch", "error", "96.51%")]


# -- a weight slip under a 合计 of 90 (the funds block worth the other 10): pointed at its row -------------------------

SUBTOTAL = (
    "预算执行情况（单位：万元）\n"
    "\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "年度资金总额\t286.45\t299.05\t291.37\t10\t97.43%\t9.74\n"
    "其中：财政资金\t286.45\t299.05\t291.37\t—\t97.43%\t—\n"
    "财政专户管理资金\t0\t0\t0\t—\t—\t—\n"
    "单位资金\t0\t0\t0\t—\t—\t—\n"
    "其他资金\t0\t0\t0\t—\t—\t—\n"
    "\n"
    "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t实际完成值\t完成率\t分值\t得分\t未完成原因分析\n"
    "产出指标\t数量指标\t受理劳动人事争议案件\t≥\t850\t件\t958\t112.71%\t10\t10\t\n"
    "产出指标\t数量指标\t速裁程序办结案件\t≥\t350\t件\t412\t117.71%\t{weight}\t10\t\n"
    "产出指标\t质量指标\t仲裁结案率\t≥\t95\t%\t96.14\t101.20%\t10\t10\t\n"
    "产出指标\t时效指标\t速裁案件平均审理天数\t≤\t15\t天\t13.6\t100%\t10\t10\t\n"
    "产出指标\t成本指标\t公用经费支出\t≤\t22.33\t万元\t21.86\t100%\t10\t10\t\n"
    "效益指标\t社会效益指标\t为劳动者挽回经济损失\t≥\t3000\t万元\t3215.60\t107.19%\t10\t10\t\n"
    "效益指标\t社会效益指标\t案件调解成功率\t≥\t65\t%\t61.24\t94.22%\t10\t9.42\t部分用人单位经营困难，调解意愿不足\n"
    "效益指标\t可持续影响指标\t智慧仲裁庭建成投用\t≥\t2\t个\t2\t100%\t10\t10\t\n"
    "效益指标\t满意度指标\t当事人满意度\t≥\t90\t%\t95.2\t105.78%\t10\t10\t\n"
    "合计\t\t\t\t\t\t\t\t90\t{total}\t\n"
    "\n"
)


def test_a_tables_weights_under_a_total_of_ninety_agree() -> None:
    assert coded(SUBTOTAL.format(weight="10", total="89.42"), "weight_sum_mismatch") == []


def test_a_raised_weight_under_a_total_of_ninety_is_pointed_at_its_row() -> None:
    assert coded(SUBTOTAL.format(weight="12", total="89.42"), "weight_sum_mismatch") == [
        ("weight_sum_mismatch", "error", "12")]


# -- 按类别分: a count broken down by kind in a sentence of its own ------------------------------------------------

KINDS = ("全年救助2386人次，完成年度目标的119.30%，比2018年的2154人次增加232人次。按类别分，流浪人员1124人次、"
         "乞讨人员398人次、走失人员{lost}人次（含疑似精神障碍、智力障碍人员）、受灾及其他临时遇困人员333人次。\n")


def test_the_kinds_of_a_count_add_up_to_it() -> None:
    assert coded(KINDS.format(lost="531"), "sum_mismatch") == []


def test_kinds_that_do_not_add_up_to_the_count_before_them_are_reported() -> None:
    assert [f[0] for f in coded(KINDS.format(lost="513"), "sum_mismatch")] == ["sum_mismatch"]


def test_kinds_said_to_be_only_some_are_not_added_up() -> None:
    text = KINDS.format(lost="513").replace("受灾及其他临时遇困人员333人次", "受灾人员333人次等")
    assert coded(text, "sum_mismatch") == []


# -- a title naming its year in brackets, the way a programme is named ---------------------------------------------

PROGRAMME = ("内乡县教师进修学校\n"
             "“国培计划（2018）”乡村教师培训项目支出绩效自评报告\n"
             "2018年项目全年预算112.4万元，上年结转资金16.40万元，为2017年度工作坊研修项目未支出部分。\n"
             "本报告所列数据截至{year}年12月31日。\n")


def test_a_programmes_year_in_brackets_is_the_year_the_title_names() -> None:
    assert coded(PROGRAMME.format(year="2018"), "year_mismatch") == []


def test_a_date_of_another_year_than_the_programmes_is_reported() -> None:
    assert [f[0] for f in coded(PROGRAMME.format(year="2017"), "year_mismatch")] == ["year_mismatch"]


def test_a_documents_number_in_the_title_names_no_year() -> None:
    text = ("项目支出绩效自评表\n(2023年度)\n项目名称 昌州财行(2022)10号 国家统计局调查队专项经费\n"
            "截至2023年12月31日，本项目完成住户数据产品120人。\n")
    assert coded(text, "year_mismatch") == []


# -- completion rates in turn ("分别完成目标任务的105%和106%"), each against its 自评表 row ---------------------------

IN_TURN = ("全年遴选示范户1050户、培训基层农技人员156人，分别完成目标任务的105%和{rate}%。\n"
           "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
           "产出指标｜数量指标｜遴选农业科技示范户｜≥1000户｜1050户｜10｜10\n"
           "产出指标｜数量指标｜培训基层农技人员｜≥150人｜156人｜10｜10\n")


def test_completion_rates_in_turn_agree_with_their_rows() -> None:
    assert coded(IN_TURN.format(rate="104"), "completion_mismatch") == []


def test_a_completion_rate_in_turn_is_held_to_its_rows_target() -> None:
    assert coded(IN_TURN.format(rate="106"), "completion_mismatch") == [("completion_mismatch", "error", "106%")]


def test_rates_in_turn_leave_last_years_figures_in_brackets_out() -> None:
    text = IN_TURN.replace("遴选示范户1050户、", "遴选示范户1050户（2022年为980户）、").format(rate="106")
    assert coded(text, "completion_mismatch") == [("completion_mismatch", "error", "106%")]


# -- round 82's clean drafts: an item's own balance, a rate of two amounts added up, several projects' scores ---------

DEPARTMENT = ("2023年部门全年预算612.48万元，其中基本支出203.16万元、项目支出409.32万元；全年支出598.62万元，"
              "部门整体预算执行率97.74%。\n"
              "疗养方面，组织重点优抚对象短期疗养126人次（上年118人次），因部分对象身体原因未能成行，项目结余5.57万元。\n")


def test_an_items_balance_in_the_paragraph_given_to_it_is_not_the_departments() -> None:
    assert coded(DEPARTMENT, "balance_mismatch") == []


def test_the_departments_balance_is_still_judged() -> None:
    text = DEPARTMENT + "部门年末结余13.68万元。\n"
    assert coded(text, "balance_mismatch") == [("balance_mismatch", "error", "13.68万元")]


ARRIVED = ("本项目为县级常年性项目，年初预算60万元。县财政统一压减一般性支出，本项目调减2万元；上年结转资金8.80万元"
           "纳入本年使用，全年预算66.80万元。县财政实际拨付到位58.00万元，加上上年结转8.80万元，资金到位率{rate}%。\n")


def test_a_rate_of_two_amounts_added_up_is_theirs() -> None:
    assert coded(ARRIVED.format(rate="100"), "rate_mismatch") == []


def test_a_wrong_rate_of_two_amounts_added_up_is_reported() -> None:
    assert [f[0] for f in coded(ARRIVED.format(rate="86.38"), "rate_mismatch")] == ["rate_mismatch"]


SEVERAL = ("本年度3个项目均开展了单位自评。青少年公益课程项目全年执行66.92万元，自评得分96.5分；校外实践教育活动项目"
           "自评得分91.8分；场馆设施设备维护项目自评得分98分。\n"
           "评价内容｜分值｜自评得分\n"
           "预算执行率｜10｜9.50\n"
           "产出指标｜50｜48.50\n"
           "效益指标｜30｜30\n"
           "满意度指标｜10｜10\n"
           "合计｜100｜98\n")


def test_several_projects_scores_in_one_paragraph_are_not_the_reports_total() -> None:
    assert coded(SEVERAL, "score_sum_mismatch") == []
