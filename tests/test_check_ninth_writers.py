"""Shapes the writers of the ninth session brought (issue 10, round 29 on first sight: housing, commerce, justice,
grain reserves, health and family planning): each miss or false alarm that is a general way of writing a report is a
test here, beside the clean form it must leave alone."""

from __future__ import annotations

from pathlib import Path

from chains.check import check


def errors(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).errors]


def findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, text[f.span[0] : f.span[1]]) for f in check(text).findings]


# -- two digits swapped: said once each, under words that share a name of two characters --------------------------

MEMBERS = """一、基本情况
本届县政协现有委员{members}名，全年召开常委会议4次。
二、资金使用情况
委员履职经费全年支出70.80万元，按236名委员计算，人均3000元。
"""


def test_three_digits_swapped_are_doubted_when_the_words_around_both_share_a_name() -> None:
    assert [f for f in findings(MEMBERS.format(members="236")) if f[0] == "conflicting_values"] == []
    swapped = [f for f in findings(MEMBERS.format(members="263")) if f[0] == "conflicting_values"]
    assert swapped and all(f[1] == "warning" for f in swapped)


PENSIONERS = """三、产出情况
2019年全县城乡居民基本养老保险待遇领取人员{text}人，基础养老金按时足额发放。
项目支出绩效自评表
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分
产出指标｜数量指标｜基础养老金按月发放人数｜≥36000人｜36820人｜10｜10
"""


def test_a_count_of_four_digits_or_more_with_two_neighbouring_digits_swapped_is_doubted_whatever_it_is_called() -> None:
    assert [f for f in findings(PENSIONERS.format(text="36820")) if f[0] == "conflicting_values"] == []
    assert ("conflicting_values", "warning", "38620人") in findings(PENSIONERS.format(text="38620")) \
        or ("conflicting_values", "warning", "36820人") in findings(PENSIONERS.format(text="38620"))


ROUND = """一、资金情况
市级补助资金120.00万元用于设备购置，县级配套资金210.00万元用于场地改造。
"""


def test_round_amounts_that_share_their_digits_are_no_swap() -> None:
    assert [f for f in findings(ROUND) if f[0] == "conflicting_values"] == []


# -- a level's items end where the next level begins -----------------------------------------------------------------

LEVELS = ("项目支出绩效自评评分规则，预算执行率（分值10分）得分8.32分；产出指标（分值50分）得分46.90分，其中数量指标（{q}分）"
          "得19.28分、质量指标（10分）得10分、时效指标（10分）得7.62分、成本指标（10分）得10分；效益指标（分值30分）得分24分，"
          "其中社会效益指标（20分）得14分、可持续影响指标（10分）得10分；满意度指标（分值10分）得分10分。自评总分89.22分，"
          "评价等级为良好。\n")


def test_a_levels_items_are_its_own_not_the_next_levels() -> None:
    assert errors(LEVELS.format(q="20")) == []


def test_a_levels_items_with_their_weights_in_brackets_are_summed() -> None:
    found = [e for e in errors(LEVELS.format(q="25")) if e[0] == "weight_sum_mismatch"]
    assert len(found) == 1 and found[0][1].startswith("50分）") and "数量指标（25分）" in found[0][1]


# -- last year's score, compared in the next sentence ---------------------------------------------------------------

LAST_YEAR = """枣阳市商务局2022年度部门整体支出绩效自评报告
一、部门基本情况
全年支出240.00万元。
七、其他需要说明的问题
{year}年度我局部门整体支出自评得分为92.35分，等级为“优”。与上年相比，2022年资金规模扩大，两年得分不完全可比。
"""


def test_last_years_score_compared_in_the_next_sentence_is_no_second_evaluation_year() -> None:
    assert errors(LAST_YEAR.format(year="2021")) == []


# -- "未达到100%": below a bound, no rate of the project ------------------------------------------------------------

SHORT_OF = """二、预算执行情况
全年预算96.00万元，全年支出90.43万元，执行率94.20%，执行率未达到100%，主要是筛查人数少于预算测算人数。
"""


def test_a_rate_said_not_reached_is_no_stated_rate() -> None:
    assert errors(SHORT_OF) == []
    assert ("rate_mismatch", "94.70%") in errors(SHORT_OF.replace("执行率94.20%", "执行率94.70%"))


# -- per mille against per cent: a unit slip, no completion to judge --------------------------------------------------

PER_MILLE = """项目支出绩效自评表
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜完成率｜分值｜得分
效益指标｜社会效益指标｜出生缺陷发生率｜≤12‰｜{actual}｜100.00%｜10｜10
"""


def test_a_completion_is_not_judged_when_target_and_actual_are_per_mille_and_per_cent() -> None:
    assert errors(PER_MILLE.format(actual="9.6‰")) == []
    assert not [e for e in errors(PER_MILLE.format(actual="9.6%")) if e[0] == "completion_mismatch"]


# -- completion rates in prose ---------------------------------------------------------------------------------------

MEDIATION = """三、产出情况
全年各级调委会共调解矛盾纠纷2696件，比上年的2415件增加281件，完成年度目标的{rate}。
项目支出绩效自评表
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分
产出指标｜数量指标｜调解矛盾纠纷件数｜≥2500件｜2696件｜10｜10
"""


def test_a_change_on_last_year_is_neither_target_nor_figure_done() -> None:
    assert errors(MEDIATION.format(rate="107.84%")) == []
    assert ("completion_mismatch", "108.74%") in errors(MEDIATION.format(rate="108.74%"))


ROTATION = """（三）项目产出情况
全年实际完成轮换6620吨，其中玉米4000吨、稻谷2620吨，完成年度计划的{rate}。
项目支出绩效自评表
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分
产出指标｜数量指标｜年度轮换数量｜≥6800吨｜6620吨｜15｜14.60
"""


def test_the_figure_done_is_the_whole_before_its_parts() -> None:
    assert errors(ROTATION.format(rate="97.35%")) == []
    assert ("completion_mismatch", "97.53%") in errors(ROTATION.format(rate="97.53%"))


TRAINING = """（三）项目产出情况
举办托育从业人员培训3期，分别培训32人次、30人次、28人次，共90人次，完成年度目标（80人次）的{rate}，人均培训经费500元。
"""


def test_the_total_after_a_list_is_the_figure_done() -> None:
    assert errors(TRAINING.format(rate="112.5%")) == []
    assert ("completion_mismatch", "102.5%") in errors(TRAINING.format(rate="102.5%"))


TASK = """（三）总体绩效目标完成情况分析
全县1,050户改造任务已全部开工，年底前竣工1,012户，其中拆除重建386户、修缮加固626户，完成率{rate}，未竣工的38户开工较晚。
"""


def test_a_task_set_is_the_target_and_the_parts_after_the_figure_done_are_not_it() -> None:
    assert errors(TASK.format(rate="96.38%")) == []
    assert ("completion_mismatch", "96.83%") in errors(TASK.format(rate="96.83%"))


# -- balances --------------------------------------------------------------------------------------------------------

CARRIED = """（二）项目资金情况
全年预算68.40万元，其中中央补助56.40万元、省级补助7.20万元、县级配套4.80万元。全年实际支出53.60万元，预算执行率78.36%，结转{left}万元至2022年继续使用。
"""


def test_a_budgets_parts_in_a_sentence_before_do_not_split_what_is_carried_forward() -> None:
    assert errors(CARRIED.format(left="14.80")) == []
    assert [f for f in findings(CARRIED.format(left="14.08")) if f[0] == "balance_mismatch" and f[2] == "14.08万元"]


NEAREST = """（二）资金情况
全年预算调整为680万元，资金全部到位。其中，省级追加资金80万元于当月拨付到项目主体，已支付76.80万元，执行率96%。
全年实际支出640.80万元，预算执行率94.24%。按用途分：产地冷库建设补助453.60万元，冷藏车辆购置补助60.00万元，冷链信息平台建设58.40万元，集配中心设备购置68.80万元。年末结余{left}万元，已按规定结转下年。
"""


def test_a_balance_is_what_the_spending_nearest_before_it_leaves() -> None:
    assert errors(NEAREST.format(left="39.20")) == []
    assert ("balance_mismatch", "39.02万元") in errors(NEAREST.format(left="39.02"))


def test_a_funds_balance_over_the_years_is_no_remainder_of_this_years_budget() -> None:
    # "当期结余1174.44万元，上年末累计结余9615.20万元，…累计结余10789.64万元": a medical insurance fund's, over the years
    text = (Path(__file__).parent / "data/drafts76/cases/jianhe-jumin-2021-clean.txt").read_text(encoding="utf-8")
    assert [e for e in errors(text) if e[0] == "balance_mismatch"] == []


# -- round 30: ethnic affairs, earthquake administration, supply and marketing co-ops, education, ecology ---------------

PEERS = """全年建成冷藏保鲜设施11座，新增库容5400吨，分布情况如下：
乡镇｜座数｜库容（吨）｜财政补助（万元）
明水镇｜3｜1500｜62.40
兴仁镇｜2｜1000｜41.60
通达镇｜2｜900｜37.44
双兴镇｜2｜1000｜41.60
永兴镇｜1｜500｜20.80
崇德镇｜1｜500｜20.80
合计｜11｜5400｜{total}
"""


def test_two_rows_that_add_up_to_the_row_above_are_its_peers_when_every_row_adds_up_to_the_total() -> None:
    assert errors(PEERS.format(total="224.64")) == []
    assert [e for e in errors(PEERS.format(total="226.64")) if e[0] == "sum_mismatch"]


KINDERGARTENS = "截至2022年底，全县共有幼儿园128所，其中{parts}，在园幼儿24316人。\n"


def test_two_parts_that_narrow_a_half_of_a_pair_may_be_some_of_the_parts_only() -> None:
    assert errors(KINDERGARTENS.format(parts="公办园39所、普惠性民办园46所")) == []
    assert ("sum_mismatch", "128所，其中公办园39所、民办园46所") in errors(KINDERGARTENS.format(parts="公办园39所、民办园46所"))


WRAPPED_LIST = """一是改造资源教室4间，分别投入9.80万元、
10.20万元、9.60万元、10.40万元，平均每间{mean}万元；二是送教上门62人。
"""


def test_a_list_wrapped_after_its_enumeration_comma_runs_on_into_the_next_line() -> None:
    assert errors(WRAPPED_LIST.format(mean="10.00")) == []
    assert ("average_mismatch", "10.50万元") in errors(WRAPPED_LIST.format(mean="10.50"))


SIGNS = """（一）预算执行情况
全年实际支出44.88万元，年末结转7.92万元。分项看，翻译服务费支出18.60万元（预算19.20万元）；双语标识规范更换支出{signs}万元（预算22.40万元，执行率71.96%）；双语服务培训支出6.20万元（预算6.80万元）；宣传资料编印支出3.96万元（预算4.40万元）。
"""


def test_a_rate_worked_out_of_an_amount_in_the_wrong_unit_is_the_units_slip_only() -> None:
    assert errors(SIGNS.format(signs="16.12")) == []
    found = findings(("三、综合评价结论\n全年预算45.00万元。\n" + SIGNS).format(signs="161200"))
    assert [f for f in found if f[0] == "unit_mismatch" and f[2] == "161200万元"]
    assert not [f for f in found if f[0] == "rate_mismatch"]


SIGNBOARDS = """1.数量指标。全年完成政务文件蒙汉互译138万字，超过目标18万字。规范更换双语标识牌215块，完成率{rate}。
项目支出绩效自评表
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分
产出指标｜数量指标｜规范更换双语标识牌｜≥300块｜215块｜10｜7.17
"""


def test_a_target_and_a_figure_done_of_the_sentences_before_leave_the_rate_to_its_own_sentences_row() -> None:
    assert errors(SIGNBOARDS.format(rate="71.67%")) == []
    assert ("completion_mismatch", "71.76%") in errors(SIGNBOARDS.format(rate="71.76%"))


SAMPLES = """1.数量指标。全年完成地表水手工监测采样412样次，完成率{rate}。
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分
产出指标｜数量指标｜地表水手工监测采样｜≥400样次｜412样次｜8｜8
"""


def test_samples_taken_are_counted_in_yangci() -> None:
    assert errors(SAMPLES.format(rate="103%")) == []
    assert ("completion_mismatch", "130%") in errors(SAMPLES.format(rate="130%"))


LEVEL_SCORES = ("按照县财政局下发的评分办法，预算执行率10分，得8.97分；产出指标50分，得45.87分，其中乡镇服务站数量10分得10分、"
                "村级服务点数量10分得8.67分、培训人次8分得5.20分、验收合格率8分得8分、完成时限7分得7分、补助标准7分得7分；"
                "效益指标30分，得28.32分，其中农村网络零售额10分得10分、带动就业10分得9.20分、站点持续运营率10分得9.12分；"
                "满意度指标10分，得9.83分。"
                "自评总分{total}分，评价等级为优。\n")


def test_the_four_levels_scores_of_a_paragraph_add_up_to_the_total_after_them() -> None:
    assert errors(LEVEL_SCORES.format(total="92.99")) == []
    assert ("score_sum_mismatch", "93.99分") in errors(LEVEL_SCORES.format(total="93.99"))


def test_a_levels_score_said_as_a_part_of_its_weight_is_the_part() -> None:
    text = "本项目预算执行率得10分中的9.59分，产出指标得分49.89分，效益指标得分29.53分，满意度指标得分9.86分，综合得分98.87分，评价等级为优。\n"
    assert errors(text) == []


QUARTERLY = "2022年度八五普法宣传项目支出绩效自评报告\n全年开展主题普法活动96场，平均每季度开展{mean}场，参与群众2万余人次。\n"


def test_an_average_per_quarter_of_the_years_total_is_a_quarter_of_it() -> None:
    assert errors(QUARTERLY.format(mean="24")) == []
    assert ("average_mismatch", "26场") in errors(QUARTERLY.format(mean="26"))


def test_an_actual_in_per_cent_that_meets_its_per_mille_target_only_read_in_per_mille_is_a_unit_slip() -> None:
    assert ("unit_mismatch", "9.6%") in errors(PER_MILLE.format(actual="9.6%"))
    assert ("unit_mismatch", "14.6%") not in errors(PER_MILLE.format(actual="14.6%"))


QUARTERS = "2023年度项目支出绩效自评报告\n全年完成食品安全监督抽检1260批次。一至四季度分别完成268、315、352、325批次，季度平均{mean}批次。\n"


def test_bare_figures_listed_after_a_verb_with_the_unit_once_at_the_end_are_averaged() -> None:
    assert errors(QUARTERS.format(mean="315")) == []
    assert ("average_mismatch", "351批次") in errors(QUARTERS.format(mean="351"))


MONTHS = ("2019年度项目支出绩效自评报告\n全年发布山洪灾害气象风险预警52期，其中汛期（5—9月）各月分别为6期、9期、14期、12期、7期，"
          "共48期，月均{mean}期；非汛期发布4期。\n")


def test_an_average_of_a_list_after_its_other_total_is_of_the_list() -> None:
    assert errors(MONTHS.format(mean="9.6")) == []
    assert ("average_mismatch", "10.4期") in errors(MONTHS.format(mean="10.4"))


SCORERS = ("二、自评工作开展情况\n自评小组3名成员独立打分，分别为98.50分、{second}分、98.73分，取平均值98.71分作为自评得分。\n"
           "三、自评结论\n本项目自评得分98.71分，评价等级为优。\n")


def test_an_item_whose_digits_swapped_back_make_an_average_said_again_hold_is_the_slip() -> None:
    assert errors(SCORERS.format(second="98.90")) == []
    found = [f for f in check(SCORERS.format(second="98.09")).errors if f.code == "average_mismatch"]
    assert len(found) == 1 and SCORERS.format(second="98.09")[found[0].span[0] : found[0].span[1]] == "98.09分"


FERRY = "2018年度渡口项目支出绩效自评报告\n分季度看，一至四季度渡运量分别为8.1万、7.6万、9.4万、8.5万人次，季均{mean}万人次。\n"


def test_a_list_in_ten_thousands_with_the_unit_written_once_at_the_end_is_averaged_in_that_unit() -> None:
    assert errors(FERRY.format(mean="8.4")) == []
    found = [f for f in check(FERRY.format(mean="8.6")).errors if f.code == "average_mismatch"]
    assert len(found) == 1 and "8.40万人次" in found[0].message
