"""Shapes the writers of the twenty-second session brought (issue 10, misses and false alarms of the held-out-style sets
that are general ways of writing a report): each is a test here, beside the clean form it must leave alone."""

from __future__ import annotations

from chains.check import check


def findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, text[f.span[0] : f.span[1]]) for f in check(text).findings]


def coded(text: str, code: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[0] == code]


def errors(text: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[1] == "error"]


# -- "…633.66万元，其中基本支出…、项目支出…。按资金来源分，…": the same whole broken down a second time ---------------------

SECOND = ("2022年部门整体支出绩效自评报告\n2022年部门年初预算604.40万元，其中基本支出286.40万元、项目支出318.00万元。"
          "年内追加23.50万元，全年预算调整为633.66万元，其中基本支出292.16万元、项目支出341.50万元。按资金来源分，"
          "一般公共预算拨款545.36万元、政府性基金预算拨款（彩票公益金）{fund}万元、上年结转资金15.20万元。\n")


def test_a_whole_broken_down_again_by_source_adds_up_to_it() -> None:
    assert [f[:2] for f in coded(SECOND.format(fund="73.01"), "sum_mismatch")] == [("sum_mismatch", "error")]


def test_a_second_breakdown_that_makes_the_whole_is_left_alone() -> None:
    assert errors(SECOND.format(fund="73.10")) == []


def test_spending_by_source_is_no_breakdown_of_the_budget() -> None:
    text = ("全年预算633.66万元，其中基本支出292.16万元、项目支出341.50万元。分资金来源看，一般公共预算支出530.00万元、"
            "政府性基金支出70.00万元。\n")
    assert errors(text) == []


# -- "资金分别用于：…" lists the spending before it -----------------------------------------------------------------

USES = ("2023年度项目支出绩效自评报告\n全年执行1,334.76万元，资金分别用于：生猪良种补贴312.00万元（按每头40元对78,000头能繁母猪进行补贴）、"
        "规模猪场粪污处理设施建设补助486.50万元（共50个场，平均每场9.73万元）、生猪屠宰加工冷链设施补助300.00万元、"
        "动物防疫及非洲猪瘟防控{item}万元。\n")


def test_the_uses_the_money_went_to_add_up_to_the_spending() -> None:
    assert [f[:2] for f in coded(USES.format(item="263.26"), "sum_mismatch")] == [("sum_mismatch", "error")]
    assert errors(USES.format(item="236.26")) == []


# -- averages ----------------------------------------------------------------------------------------------------


def test_the_bounds_of_what_each_got_are_no_total_of_the_average() -> None:
    text = "规模养殖场粪污处理设施改造补助278.40万元，共补助29个场，单场补助5万元至15万元不等，平均每场{mean}万元。\n"
    assert [f[:2] for f in coded(text.format(mean="9.8"), "average_mismatch")] == [("average_mismatch", "error")]
    assert errors(text.format(mean="9.60")) == []


TIERS = "机构运营补贴按机构规模分档核定：A类机构3家，每家15.00万元；B类机构5家，每家10.20万元，8家机构平均每家{mean}万元。\n"


def test_an_average_over_tiers_is_their_money_over_their_count() -> None:
    found = coded(TIERS.format(mean="12.50"), "average_mismatch")
    assert [f[:2] for f in found] == [("average_mismatch", "error")]
    assert found[0][2].startswith("3家") and found[0][2].endswith("12.50万元")  # the tiers and the mean, any may be the slip
    assert errors(TIERS.format(mean="12.00")) == []


def test_tiers_counted_in_ge_for_villages() -> None:
    text = "一类村4个，每村补助2000元；二类村6个，每村补助1500元，10个村平均每村{mean}元。\n"
    assert [f[:2] for f in coded(text.format(mean="1800"), "average_mismatch")] == [("average_mismatch", "error")]
    assert errors(text.format(mean="1700")) == []


# -- "绩效指标90分（产出指标60分、效益指标30分）": the indicators' share of the points ---------------------------------------

WEIGHTS = "本项目按预算执行情况10分、绩效指标90分（产出指标{output}分、效益指标30分）设置分值，未单设满意度指标。\n"


def test_the_indicators_points_are_their_first_levels_points() -> None:
    assert [f[:2] for f in coded(WEIGHTS.format(output="65"), "weight_sum_mismatch")] == [("weight_sum_mismatch", "error")]
    assert errors(WEIGHTS.format(output="60")) == []


# -- a text budget a stated top-up and carry-over apart from the table's --------------------------------------------

TOPPED = ("2022年度项目支出绩效自评报告\n2022年县财政批复本项目预算100.00万元，7月追加20.00万元，全年批复120.00万元，"
          "实际到位120.00万元，到位率100%；加上2021年结转资金6.40万元，全年可用资金126.40万元。\n"
          "项目资金（万元）｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分\n"
          "年度资金总额｜100.00｜126.40｜{spent}｜10｜79.75%｜7.97\n")


def test_a_budget_two_stated_changes_apart_from_the_tables_is_the_years_first() -> None:
    assert coded(TOPPED.format(spent="100.80"), "conflicting_values") == []


# -- a sources table whose 市级 row equals the 省级 row above it, and a nought after -------------------------------------

SOURCES = ("2019年度项目支出绩效自评报告\n资金来源｜年初预算数｜全年预算数｜全年执行数｜执行率\n"
           "年度资金总额｜280.00｜310.00｜302.40｜97.55%\n其中：中央资金｜168.00｜186.00｜186.00｜100.00%\n"
           "省级资金｜56.00｜62.00｜62.00｜100.00%\n市级资金｜{city}｜62.00｜54.40｜87.74%\n上年结转资金｜0.00｜0.00｜0.00｜—\n")


def test_a_row_the_same_as_the_one_above_and_a_nought_are_no_breakdown_of_it() -> None:
    assert coded(SOURCES.format(city="56.00"), "sum_mismatch") == []
    assert [f[:2] for f in coded(SOURCES.format(city="65.00"), "sum_mismatch")] == [("sum_mismatch", "error")]


def test_sources_in_brackets_and_a_list_by_use_after_are_two_breakdowns() -> None:
    text = ("全年执行211.80万元（中央150.00万元、自治区46.00万元、县级15.80万元），执行率93.72%；其中免学费补助176.50万元，"
            "认定补贴{item}万元。\n")
    assert errors(text.format(item="35.30")) == []
    assert [f[:2] for f in coded(text.format(item="53.30"), "sum_mismatch")] == [("sum_mismatch", "error")]


# -- the four levels' scores after 综合评价, or after the total and its grade ------------------------------------------


def test_the_levels_scores_after_a_comprehensive_evaluation_add_up_to_their_total() -> None:
    text = "综合评价，本项目预算执行9.13分、产出指标{output}分、效益指标30分、满意度指标10分，合计98.71分，等级为优秀。\n"
    assert [f[:2] for f in coded(text.format(output="49.85"), "score_sum_mismatch")] == [("score_sum_mismatch", "error")]
    assert errors(text.format(output="49.58")) == []


def test_the_levels_scores_after_the_total_and_its_grade_add_up_to_it() -> None:
    text = "本项目自评得分89.16分，评价等级为良。其中预算执行9.37分、产出指标{output}分、效益指标22.09分、满意度指标9.58分。\n"
    assert [f[:2] for f in coded(text.format(output="48.21"), "score_sum_mismatch")] == [("score_sum_mismatch", "error")]
    assert errors(text.format(output="48.12")) == []


def test_the_levels_weights_after_the_total_are_no_scores() -> None:
    text = "本项目自评得分99.45分，等级为优。其中预算执行指标权重10分，产出指标50分，效益指标30分，满意度指标10分。\n"
    assert errors(text) == []


# -- "（二）产出指标（分值55分，得49.2分）" over "1.…：分值15分，…得15分" ------------------------------------------------

LEVELS = ("三、绩效指标完成情况\n（一）预算执行（分值10分）：预算执行率93.99%，得9.40分。\n（二）产出指标（分值{output}分，得49.2分）\n"
          "1.保费补贴企业数：分值15分，目标不少于100家，实际110家，完成率110.00%，得15分。\n"
          "2.支持企业参加境内外展会：分值10分，目标不少于50家次，实际46家次，完成率92.00%，得9.2分。\n"
          "3.补贴审核准确率：分值10分，目标100%，实际100%，完成率100.00%，得10分。\n"
          "4.补贴资金拨付时间：分值5分，目标2022年12月31日前，实际2022年12月16日全部拨付，得5分。\n"
          "5.单户保费补贴上限：分值10分，目标不超过20万元，实际最高20万元，完成率100.00%，得10分。\n"
          "（三）效益指标（分值30分，得29分）\n1.投保企业出口额：分值10分，目标不低于25亿元，实际27.85亿元，得10分。\n"
          "2.带动就业：分值20分，目标不少于3000人，实际3100人，得19分。\n四、存在的问题\n")


def test_a_level_heading_weighs_its_numbered_indicators() -> None:
    assert [f[:2] for f in coded(LEVELS.format(output="55"), "weight_sum_mismatch")] == [("weight_sum_mismatch", "error")]
    assert coded(LEVELS.format(output="50"), "weight_sum_mismatch") == []


# -- money of another account, money not drawn, and people asked ---------------------------------------------------


def test_an_accounts_balance_is_no_balance_of_the_project() -> None:
    text = ("全年预算调整为560.00万元。全年执行524.18万元，预算执行率93.60%。未执行的35.82万元已结转至2020年。\n"
            "保证金不列入本项目预算，单独核算。年初专户余额18,520.30万元；全年新收缴保证金18,652.30万元，返还保证金15,408.70万元，"
            "年末专户余额21,763.90万元。\n")
    assert coded(text, "balance_mismatch") == []


def test_money_not_drawn_is_left_over_not_spent() -> None:
    text = ("2022年度项目支出绩效自评报告\n全年预算300.00万元，预算执行率62.13%。周转金按需动用、不要求全部支出，"
            "未动用的113.60万元结转至2023年继续作为周转金使用。\n"
            "项目资金（万元）｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分\n"
            "年度资金总额｜300.00｜300.00｜186.40｜10｜62.13%｜6.21\n")
    assert coded(text, "conflicting_values") == []


def test_the_people_asked_are_no_count_of_the_people_helped() -> None:
    text = ("2022年度项目支出绩效自评报告\n通过电话回访受助农民工290人，普遍认可周转金的做法。\n"
            "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
            "产出指标｜数量指标｜受助农民工人数｜≥300人｜326人｜50｜50\n"
            "效益指标｜社会效益指标｜欠薪案件办结率｜≥95%｜98%｜40｜40\n"
            "满意度指标｜服务对象满意度｜农民工满意度｜≥90%｜95%｜10｜10\n合计｜｜｜｜｜100｜100\n")
    assert coded(text, "conflicting_values") == []


# -- round 93: 绩效指标 over a 其中 list, scores each out of the same, an advance for "我县", kinds by trade ----------------


def test_the_indicators_points_over_their_first_levels_in_a_qizhong_list() -> None:
    text = "自评按预算执行情况10分、绩效指标{points}分设置，其中产出指标60分、效益指标30分，本项目未设满意度指标。\n"
    found = coded(text.format(points="85"), "weight_sum_mismatch")
    assert [f[:2] for f in found] == [("weight_sum_mismatch", "error")] and found[0][2].startswith("绩效指标85分")
    assert errors(text.format(points="90")) == []


def test_scores_in_turn_after_points_each_stay_within_them() -> None:
    text = "3.建后管护机制（定性）：达成年度指标。\n第2、3项分值各10分，分别得{scores}。\n"
    assert coded(text.format(scores="10.5分、8.5分"), "score_exceeds_weight") == [("score_exceeds_weight", "error", "10.5分")]
    assert errors(text.format(scores="10分、9分")) == []


def test_money_for_the_year_issued_two_years_early_to_our_county() -> None:
    text = "2021年度项目支出绩效自评报告\n{y}年12月，省财政提前下达我县2021年畜禽良种补贴资金72.00万元。\n"
    assert [f[:2] for f in coded(text.format(y="2019"), "year_mismatch")] == [("year_mismatch", "error")]
    assert coded(text.format(y="2020"), "year_mismatch") == []


def test_each_trades_cases_and_money_add_up_to_the_years() -> None:
    text = ("全年动用周转金垫付欠薪14起，惠及农民工326人，垫付金额186.40万元。分行业看，建筑领域9起、垫付128.60万元，"
            "其他行业{n}起、垫付57.80万元。\n")
    assert [f[:2] for f in coded(text.format(n="6"), "sum_mismatch")] == [("sum_mismatch", "error")]
    assert errors(text.format(n="5")) == []


# -- round 94: a daily average over the period its line states; levels other than the four among the scores -------------


def test_a_daily_average_is_over_the_days_of_the_period_said_before_it() -> None:
    text = ("2023年度项目支出绩效自评报告\n2023年春运自1月7日起至2月15日止，共40天。全县投入营运客车405辆；累计发班21600班次，"
            "日均540班次；发送旅客62.40万人次，日均{mean}万人次，较2022年春运的48.00万人次增长30.00%。\n")
    assert coded(text.format(mean="1.65"), "average_mismatch") == [("average_mismatch", "error", "1.65万人次")]
    assert errors(text.format(mean="1.56")) == []


def test_a_department_schemes_other_levels_among_the_scores_leave_the_four_unsummed() -> None:
    text = ("经自评，部门整体支出绩效自评得分98.68分，评价等级为“优”。其中预算执行10分得9.75分，预算管理20分得19分，"
            "产出指标40分得39.93分，效益指标20分得20分，满意度指标10分得10分。\n")
    assert errors(text) == []


# -- a 项目支出 row after the sources (its 按支出性质分 line lost), prizes so much each by grade ---------------------------


def test_a_kind_of_spending_after_the_sources_is_no_source() -> None:
    text = ("年度预算申请            年初预算数      全年预算数      全年执行数      分值      执行率      得分\n"
            "年度资金总额            486.30          512.70          498.36          10        97.20%      9.72\n"
            "其中：当年财政拨款      486.30          504.10          489.76          —         97.16%      —\n"
            "      上年结转资金      0.00            8.60            8.60            —         100.00%     —\n"
            "      其他资金          0.00            0.00            0.00            —         —           —\n"
            "按支出性质分            基本支出        368.50          368.50          365.12          —         99.08%      —\n"
            "                        项目支出        117.80          144.20          133.24          —         92.40%      —\n")
    assert coded(text, "sum_mismatch") == []


def test_prizes_by_grade_at_a_standard_each_are_no_parts_of_their_total() -> None:
    text = "对获奖选手按金牌20000元、银牌10000元、铜牌5000元标准奖励，共5.50万元；参赛差旅及耗材11.40万元。\n"
    assert errors(text) == []


# -- round 95: the year's total after a list in turn, a budget a stated top-up from the year's, the total after the last
# weight, a mean per item of a list with its 合计 ------------------------------------------------------------------


def test_the_years_total_after_the_quarters_is_no_quarter() -> None:
    text = "一至四季度分别排查调处矛盾纠纷86件、104件、97件、93件，全年380件，季均{mean}件；调处成功368件。\n"
    assert errors(text.format(mean="95")) == []
    assert [f[:2] for f in coded(text.format(mean="59"), "average_mismatch")] == [("average_mismatch", "error")]


def test_a_fund_a_stated_top_up_apart_from_its_years_budget_is_no_conflict() -> None:
    text = ("一、项目概况\n攀枝花市2024年航线补贴资金960.00万元，用于培育4条航线。\n二、项目资金申报及使用情况\n"
            "2023年12月，市财政局提前下达2024年航线补贴资金800.00万元，作为年初预算；2024年6月，省级民航发展补助资金追加160.00万元，"
            "全年预算960.00万元，其中市级资金800.00万元、省级资金160.00万元。\n")
    assert coded(text, "conflicting_values") == []


def test_the_total_after_the_last_weight_is_no_score_of_that_item() -> None:
    text = "本项目预算执行情况分值10分、绩效指标分值90分，自评得分94.29分，评价等级为优。\n"
    assert errors(text) == []


def test_a_mean_per_item_of_a_list_in_turn_with_its_total() -> None:
    text = "新建中心日烘干能力分别为300吨、400吨、240吨、360吨、200吨，合计1500吨，平均每个中心日烘干能力{mean}吨。\n"
    assert coded(text.format(mean="320"), "average_mismatch") == [("average_mismatch", "error", "320吨")]
    assert errors(text.format(mean="300")) == []
