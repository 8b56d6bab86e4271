"""Shapes the writers of the fifth session brought (issue 10, drafts97–111 on first sight): each miss that is a
general way of writing a report is a test here, beside the clean form it must leave alone."""

from __future__ import annotations

from chains.check import check


def errors(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).errors]


def test_a_grade_in_straight_quotes_after_a_combined_score_is_checked() -> None:
    text = ("五、自评结论\n经自评，本项目综合评分95.82分，评价等级为\"{grade}\"，较2022年度（87.50分，良）提高8.32分。\n")
    assert errors(text.format(grade="优")) == []
    assert ("grade_mismatch", "良") in errors(text.format(grade="良"))


def test_a_sources_budget_and_what_it_spent_are_one_part_of_the_spending() -> None:
    text = ("截至2024年12月31日，项目实际支出272.63万元，执行率76.41%。其中：中央资金186.80万元已支出162.63万元，"
            "支出率87.06%；省级资金60万元已全部支出；县级资金110万元支出50万元，支出率45.45%。\n")
    assert [e for e in errors(text) if e[0] == "sum_mismatch"] == []
    assert ("rate_mismatch", "87.60%") in errors(text.replace("87.06%", "87.60%"))


def test_a_rate_after_an_amount_and_what_of_it_was_spent_is_their_quotient() -> None:
    text = "县级资金110万元，支出50万元，支出率{rate}；全年预算24.0000万元，支出{spent}万元，执行率94.3%。\n"
    assert errors(text.format(rate="45.45%", spent="22.6350")) == []
    assert ("rate_mismatch", "45.54%") in errors(text.format(rate="45.54%", spent="22.6350"))
    # an amount off by 10^4 is named as such, not as a wrong rate
    assert [e[0] for e in errors(text.format(rate="45.45%", spent="226350"))] == ["unit_mismatch"]


def test_a_part_named_for_a_county_medical_community_is_still_a_part() -> None:
    # 医共体 holds a 共, which is no 共计 restating the total
    text = ("全年预算835.00万元。资金按用途分为：乡镇卫生院医疗设备配置480万元、村卫生室标准化建设150万元、"
            "基层卫生人才培训95万元、县域医共体信息化建设{last}万元。\n")
    assert errors(text.format(last="110")) == []
    assert ("sum_mismatch" in {code for code, _ in errors(text.format(last="100"))})


SPACED = ("一级指标    二级指标            三级指标                  年度指标值   实际完成值     分值  得分   偏差原因分析及改进措施\n"
          "产出指标    数量指标            新建高标准农田面积        ≥8.0万亩     8.0万亩        30    30\n"
          "            时效指标            工程按期完工率            100%         85%            20    17     疫情导致开工推迟\n"
          "效益指标    经济效益指标        项目区粮食亩均增产        ≥50公斤      46公斤         10    9.2    土壤熟化不足\n"
          "            生态效益指标        节水灌溉区灌溉水利用系数  ≥0.75        0.78           {weight}     {score}\n"
          "满意度指标  服务对象满意度指标  受益群众满意度            ≥90%         96.03%         10    10\n")


def test_a_space_aligned_row_blank_at_both_ends_is_read_by_where_its_cells_stand() -> None:
    # the 一级 cell and the 偏差原因 cell are both blank: the figures stand under 年度指标值…得分, not one column right
    assert errors(SPACED.format(weight=30, score=30)) == []
    assert ("score_exceeds_weight", "32") in errors(SPACED.format(weight=30, score=32))


def test_an_actual_said_in_a_phrase_is_no_unit_slip() -> None:
    table = ("一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
             "产出指标｜时效指标｜项目完工时间｜2025年10月31日前｜{actual}｜5｜2\n")
    assert errors(table.format(actual="2个片区未完工")) == []
    assert ("unit_mismatch", "2个") in errors(table.format(actual="2个"))


def test_a_levels_score_said_as_so_much_of_its_weight_is_that_score() -> None:
    text = ("本项目预算执行率得10分中的9.59分，产出指标得分49.89分，效益指标得分29.53分，满意度指标得分9.86分，"
            "综合得分{total}分，评价等级为优。\n")
    assert errors(text.format(total="98.87")) == []
    assert ("score_sum_mismatch" in {code for code, _ in errors(text.format(total="98.78"))})


def test_an_amount_adjusted_to_a_new_figure_is_no_part_of_the_total_after_it() -> None:
    text = ("2018年年初预算245.60万元，其中：上年结转资金215.60万元，县级配套资金三十万元。2018年7月，中央财政下达"
            "国家重点文物保护专项补助资金四百八十万元，当年财政拨款调整为510.00万元，全年预算资金合计725.60万元，全部到位。\n")
    assert errors(text) == []


def test_a_contracts_payments_to_date_are_not_the_years_spending() -> None:
    text = ("截至2018年12月31日，本项目实际支出637.78万元，预算执行率87.90%。\n"
            "截至年底，施工合同累计支付工程款702.40万元（2017年支付104.00万元），占合同价的54.60%。\n")
    assert errors(text) == []
    again = text + "全年实际支出673.78万元。\n"  # the year's spending said again, two digits turned round: noticed,
    # at both places (each is stated once and nothing works either out)
    assert [(f.code, again[f.span[0] : f.span[1]]) for f in check(again).findings] == [
        ("conflicting_values", "637.78万元"), ("conflicting_values", "673.78万元")]


FORM = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 预算执行率 | | | 100% | 96.3% | 10 | 9.63 |\n"
        "| 产出指标 | 数量指标 | 改造供水工程 | ≥18处 | 18处 | 20 | 20 |\n"
        "| | 质量指标 | 工程验收合格率 | ≥95% | 100% | {weight} | 15 |\n"
        "| | 时效指标 | 完工及时率 | ≥90% | 88% | 15 | 14.67 |\n"
        "| 效益指标 | 社会效益指标 | 受益人口 | ≥2.1万人 | 2.2万人 | 30 | 30 |\n"
        "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 94.6% | 10 | 10 |\n"
        "| 合计 | | | | | 100 | 99.30 |\n")


def test_a_weight_raised_on_a_row_that_met_its_target_takes_the_blame_for_the_weights_sum() -> None:
    assert errors(FORM.format(weight=15)) == []
    # 105: the row that met its target but lost exactly the 5 is the weight typed wrong, not the 合计
    text = FORM.format(weight=20)
    (found,) = [f for f in check(text).errors if f.code == "weight_sum_mismatch"]
    assert text[found.span[0] : found.span[1]] == "20" and "工程验收合格率" in text[text.rfind("\n", 0, found.span[0]) : found.span[0]]


def test_a_score_typed_wrong_takes_the_blame_for_the_scores_sum_when_its_completion_shows_it() -> None:
    # 完工及时率 88% of ≥90%: 15 × 88/90 = 14.67; typed 14.76 the scores add to 99.39 against the 合计 99.30
    text = FORM.format(weight=15).replace("| 15 | 14.67 |", "| 15 | 14.76 |")
    (found,) = [f for f in check(text).errors if f.code == "score_sum_mismatch"]
    assert text[found.span[0] : found.span[1]] == "14.76"


def test_of_a_total_spent_a_parts_grant_followed_by_what_it_spent_counts_what_it_spent() -> None:
    text = ("全年实际支出124.60万元，预算执行率95.85%。其中：县图书馆支出20.00万元，主要用于购置图书；县文化馆支出19.35万元，"
            "主要用于群众文化培训；乡镇综合文化站补助资金90.00万元，实际支出{spent}万元，执行率94.72%，用于各站设备购置。\n")
    assert errors(text.format(spent="85.25")) == []
    assert "sum_mismatch" in {c for c, _ in errors(text.format(spent="85.25").replace("19.35万元", "19.53万元"))}


def test_a_completion_rate_is_not_of_one_item_of_a_list_nor_of_the_gap_to_the_target() -> None:
    listed = ("乌兰牧骑全年送演出下基层108场，三个演出小分队分别完成38场、36场、34场，平均每队36场，"
              "演出场次仅完成年度目标150场的72%。\n")
    assert errors(listed) == []
    gap = "全年为2,394人发放抚恤补助，较年度目标2,350人多44人，完成率{rate}，超出部分为新增认定人员。\n"
    assert errors(gap.format(rate="101.87%")) == []
    assert ("completion_mismatch", "101.78%") in errors(gap.format(rate="101.78%"))


def test_a_sources_rate_is_judged_on_its_budget_not_on_a_batch_it_spent_beyond() -> None:
    text = ("2025年项目全年预算1,150.00万元，其中中央财政农业产业融合发展资金1,000.00万元、英德市级配套资金150.00万元。"
            "中央资金800.00万元于2024年12月提前下达，年初预算950.00万元。\n"
            "全年实际支出1,118.26万元，预算执行率97.24%。其中中央资金支出983.26万元，执行率{rate}；"
            "市级配套资金支出135.00万元，执行率90.00%。\n")
    assert errors(text.format(rate="98.33%")) == []
    assert ("rate_mismatch", "98.83%") in errors(text.format(rate="98.83%"))


def test_a_rate_after_a_list_of_sources_spending_is_the_wholes() -> None:
    text = ("全年预算1,350.00万元，其中省级资金800.00万元、县级资金550.00万元。全年支出1,265.40万元，其中省级资金支出"
            "800.00万元、县级资金支出465.40万元，预算执行率93.73%。\n")
    assert errors(text) == []


def test_an_indicators_target_in_yuan_is_no_twin_of_an_amount_in_wan() -> None:
    text = ("批复总投资1,950.00万元，其中中央资金1,500.00万元、自治区资金300.00万元、区级配套150.00万元。\n"
            "项目区农民人均增收285元，未达到300元的目标，主要是新栽经济林尚未进入挂果期。\n")
    assert errors(text) == []


def test_money_carried_in_and_taken_into_this_years_budget_is_no_balance() -> None:
    text = ("中央和省级资金1,500.00万元于2022年12月提前下达；县级配套125.00万元于2023年5月追加，当年全年预算1,625.00万元。"
            "2022年度项目结转资金86.40万元一并纳入年度预算，年度资金总额1,711.40万元。\n"
            "全年执行1,653.20万元，预算执行率96.60%。年末结余{balance}万元，已结转至2024年使用。\n")
    assert errors(text.format(balance="58.20")) == []
    assert ("balance_mismatch", "52.80万元") in errors(text.format(balance="52.80"))


def test_that_much_each_counts_for_each() -> None:
    text = ("优待金按季度发放。第一、二季度各发放187.12万元；第三季度发放236.44万元；第四季度发放241.44万元，"
            "全年合计{total}万元。\n")
    assert errors(text.format(total="852.12")) == []


NAMED_FIELDS = ("指标1　一级指标：产出指标；二级指标：数量指标；三级指标：免费开放场馆数量；年度指标值：=20个；实际完成值：20个；"
                "分值：20；得分：20；偏差原因分析及改进措施：无。\n\n"
                "指标2　一级指标：产出指标；二级指标：数量指标；三级指标：举办公益性文化活动场次；年度指标值：≥600场；实际完成值：612场；"
                "分值：30；得分：30；偏差原因分析及改进措施：无。\n\n"
                "质量指标——指标名称：县级场馆每周开放时间；目标值：≥48小时；业绩值：56小时；分值：{weight}；得分：{score}；偏差原因分析：无\n\n"
                "指标4　一级指标：满意度指标；二级指标：服务对象满意度指标；三级指标：读者满意度；年度指标值：≥90%；实际完成值：96.8%；"
                "分值：10；得分：10；偏差原因分析及改进措施：无。\n")


def test_indicators_as_paragraphs_of_named_fields_are_read_as_the_table_they_are() -> None:
    assert errors(NAMED_FIELDS.format(weight=8, score=8)) == []
    assert ("score_exceeds_weight", "10.22") in errors(NAMED_FIELDS.format(weight=8, score="10.22"))


def test_a_score_above_its_weight_is_named_as_such_and_the_sums_gap_stays_on_the_total() -> None:
    text = FORM.format(weight=15).replace("| 15 | 14.67 |", "| 15 | 146.7 |")
    found = [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).errors]
    assert ("score_exceeds_weight", "146.7") in found and ("score_sum_mismatch", "99.30") in found


def test_a_completion_rate_of_the_plan_with_its_figure_and_of_its_own_sentence() -> None:
    said = "全年完成维修养护工程152处，为年度计划140处的{rate}，超出部分为汛期水毁工程的应急维修。\n"
    assert errors(said.format(rate="108.57%")) == []
    assert ("completion_mismatch", "106.57%") in errors(said.format(rate="106.57%"))
    two = "全年发放抚恤补助1,069人，年度目标1,060人，完成率100.85%；发放定期生活补助1,655人，年度目标1,640人，完成率{rate}。\n"
    assert errors(two.format(rate="100.91%")) == []
    assert ("completion_mismatch", "100.19%") in errors(two.format(rate="100.19%"))


def test_a_grade_is_checked_against_the_score_its_own_sentence_gives() -> None:
    text = "经自评，项目2023年度得分89.02分，评价等级为“{grade}”。\n"
    assert errors(text.format(grade="良")) == []
    assert ("grade_mismatch", "优") in errors(text.format(grade="优"))
    spaced = "预算执行率得分9.71分，产出指标得分41.20分，效益指标得分29.59分，满意度指标得分9.50 分，自评总分 90.00 分，评定等级为\"{grade}\"。\n"
    assert errors(spaced.format(grade="优")) == []
    assert ("grade_mismatch", "良") in errors(spaced.format(grade="良"))


def test_a_lower_is_better_indicator_with_nothing_happened_is_met_in_full() -> None:
    # "≤3起｜0起": met in full, so its 9 of 10 is the score typed wrong when the scores fall 1 short of the 合计
    text = FORM.format(weight=15).replace("| 改造供水工程 | ≥18处 | 18处 | 20 | 20 |", "| 安全责任事故 | ≤3起 | 0起 | 20 | 19 |")
    (found,) = [f for f in check(text).errors if f.code == "score_sum_mismatch"]
    assert text[found.span[0] : found.span[1]] == "19"
