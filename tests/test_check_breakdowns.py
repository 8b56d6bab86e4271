"""Whose breakdown a 其中 list is, and which figure of the text an indicator or a table's rate is compared with."""

from __future__ import annotations

from chains.check import check


def errors(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).findings if f.severity == "error"]


def test_a_qizhong_opening_its_own_sentence_breaks_down_the_amount_it_adds_up_to() -> None:
    text = ("部门全年支出2950.02万元，预算执行率97.88%，结余资金64.03万元。"
            "其中基本支出684.07万元，执行率99.52%；项目支出{p}万元，执行率97.39%。")
    assert errors(text.format(p="2265.95")) == []
    # straight after its total the 其中 is the total's own
    assert errors("调整后全年预算200.00万元，其中：家庭教育83.00万元、权益维护95.00万元、宣传37.00万元。年初预算215.00万元。")


def test_a_count_that_says_what_it_includes_is_at_most_doubted_against_its_parts() -> None:
    text = "年度绩效指标共11项（含预算执行率），其中产出指标6项、效益指标3项、满意度指标1项。"
    assert errors(text) == []


def test_an_average_is_no_total_of_the_years_listed_after_it() -> None:
    text = "2022年至2024年累计发放扶助资金1821.24万元，年均607.08万元，其中2022年587.16万元、2023年609.36万元、2024年624.72万元。"
    assert errors(text) == []


def test_the_tables_rate_stated_anywhere_in_the_text_is_not_contradicted_by_a_programmes_rate() -> None:
    table = ("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
             "过程\t预算执行\t预算执行率\t100%\t97.88%\t10\t9.79\n")
    text = ("2021年度部门整体支出绩效自评报告\n部门全年支出2950.02万元，预算执行率{r}，结余资金64.03万元。"
            "其中基本支出684.07万元，执行率99.52%；项目支出2265.95万元，执行率97.39%。\n" + table)
    assert [c for c, _ in errors(text.format(r="97.88%"))] == []
    assert [c for c, _ in errors(text.format(r="97.78%"))] == ["conflicting_values"]


def test_a_figure_after_words_of_its_own_is_another_quantity_than_the_indicator() -> None:
    table = ("一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
             "产出指标｜数量指标｜参保胶农户数｜≥8000户｜8,415户｜10｜10\n")
    assert errors("县热带作物服务中心对参保胶农开展电话和入户回访400户，满意366户。\n" + table) == []
    assert errors("全年参保胶农共8,145户。\n" + table) == [("conflicting_values", "8,145户")]


def test_spending_of_an_item_is_not_the_projects_when_the_text_states_the_tables_figure_elsewhere() -> None:
    table = "资金来源\t全年预算数\t全年执行数\t执行率\n合计\t26,277,200.00\t25,514,300.00\t97.10%\n"
    text = ("截至2023年12月31日，部门全年支出{s}万元，预算执行率97.10%。\n" + table +
            "（五）防汛抗旱和水资源管理\n更新储备编织袋、救生衣、冲锋舟等防汛物资，支出78.60万元；新安装取水计量设施126处。\n")
    assert [c for c, _ in errors(text.format(s="2551.43"))] == []


def test_a_completion_rate_is_of_the_figure_right_before_it() -> None:
    text = "原计划举办培训15期、每期40人；全年实际举办12期、每期45人，共培训蜂农540人次，完成计划的90.00%。"
    assert errors(text) == []
    plain = "计划举办培训15期，实际举办12期，完成计划的{r}。"
    assert errors(plain.format(r="80.00%")) == []
    assert [c for c, _ in errors(plain.format(r="90.00%"))] == ["completion_mismatch"]


def test_a_target_and_an_actual_either_side_of_a_semicolon_are_two_subjects() -> None:
    text = ("全年接待游客110.4万人次，但未达到120万人次的目标；研学活动参与学生2,640人次，完成目标的88.00%。")
    assert errors(text) == []


def test_a_funds_table_captioned_in_yuan_is_read_in_yuan_against_the_texts_wan() -> None:
    text = ("项目全年预算262.40万元。截至2020年12月31日，项目支出255.58万元，预算执行率97.40%，结余{b}万元。"
            "资金执行情况如下（单位：元）：\n\n"
            "项目               年初预算数      全年预算数      全年执行数      执行率\n"
            "年度资金总额       2,224,000.00    2,624,000.00    2,555,800.00    97.40%\n"
            "  当年财政拨款     2,100,000.00    2,500,000.00    2,431,800.00    97.27%\n"
            "  上年结转资金       124,000.00      124,000.00      124,000.00   100.00%\n")
    assert errors(text.format(b="6.82")) == []
    assert [c for c, _ in errors(text.format(b="8.62"))] == ["balance_mismatch"]


def test_unit_costs_and_bounds_are_no_parts_of_a_total() -> None:
    text = "作业道实际单位造价15.00万元/公里，低于15.5万元/公里的控制值；培训按每人次150元标准开支，共计14.40万元。"
    assert errors(text) == []


def test_the_last_item_of_one_list_is_not_the_total_of_the_next() -> None:
    text = ("2025年项目全年预算656.00万元，其中当年财政拨款627.60万元、上年结转资金28.40万元。当年财政拨款中，抢险加固工程"
            "480.00万元、保护员补助51.60万元、监测与巡查36.00万元、宣传展示60.00万元；按来源分，中央资金400.00万元，"
            "市级财政资金136.00万元，区级财政资金{d}万元。")
    assert errors(text.format(d="91.60")) == []
    nested = "项目预算236.50万元，其中当年财政拨款218.50万元、上年结转资金18.00万元。当年财政拨款中，中央资金96.00万元、省级资金{p}万元、县级资金70.00万元。"
    assert errors(nested.format(p="52.50")) == []
    assert [c for c, _ in errors(nested.format(p="85.50"))] == ["sum_mismatch"]


def test_a_rate_per_unit_in_brackets_and_a_planned_item_are_not_the_amount_restated() -> None:
    text = ("按用途分：禁牧补助648.00万元（86.40万亩×7.5元/亩），草畜平衡奖励531.40万元（212.56万亩×2.5元/亩），"
            "绩效评价奖励资金85.00万元，草原生态管护员补助42.00万元。\n"
            "绩效评价奖励资金执行78.36万元，用于草原监测设备购置32.46万元、培训18.90万元、宣传27.00万元。\n")
    assert errors(text) == []


def test_a_remainder_given_back_is_not_the_fund_restated() -> None:
    text = ("2018年7月，“保险+期货”试点项目支持资金180.00万元到位。\n"
            "未支出的144.00万元中，财政资金115.20万元已由县财政局收回统筹，试点项目支持资金28.80万元按协议退回。\n")
    assert errors(text) == []


def test_an_items_figure_under_the_indicators_name_is_not_the_indicator_when_the_text_states_the_tables() -> None:
    table = ("一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
             "效益指标｜经济效益｜带动消费｜≥1.2亿元｜1.26亿元｜10｜10\n")
    text = ("（三）电动自行车以旧换新。全年完成以旧换新1,860辆，兑付补贴93.00万元，带动消费641.70万元。\n"
            "（二）效益指标。三个子项目合计带动消费{v}万元，完成目标的105.00%。\n" + table)
    assert errors(text.format(v="12,600.53")) == []


def test_a_completion_rate_after_an_actual_whose_target_only_the_table_gives() -> None:
    table = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n|---|---|---|---|---|---|---|\n"
             "| 产出指标 | 数量指标 | 山塘综合整治座数 | ≥28座 | 26座 | 15 | 13.93 |\n")
    text = "1. 数量。全年完成山塘综合整治26座，完成率{r}，其中屋顶山塘11座全部完成。\n" + table
    assert errors(text.format(r="92.86%")) == []
    assert errors(text.format(r="92.68%")) == [("completion_mismatch", "92.68%")]


def test_a_target_bound_by_not_lower_than_is_the_targets_own() -> None:
    text = "全县草原综合植被盖度为57.3%，但未达到不低于58%的目标，完成率{r}。"
    assert errors(text.format(r="98.79%")) == []
    assert errors(text.format(r="101.22%")) == [("completion_mismatch", "101.22%")]


def test_rates_in_turn_are_not_the_rate_of_the_figure_before_them() -> None:
    text = "年度计划抢险加固城墙1,260米、敌台3座。完成城墙抢险加固1,050米、敌台2座，分别完成计划的83.33%和66.67%。"
    assert errors(text) == []


def test_a_loans_balance_and_a_table_of_years_are_not_the_projects_figures() -> None:
    text = ("项目全年预算1286.40万元，实际支出1272.54万元，结余13.86万元。\n"
            "截至2018年末，全市创业担保贷款余额58,362.00万元，较2017年末的49,216.00万元增长18.58%。\n")
    assert errors(text) == []
    years = ("2020年度基础测绘项目绩效自评报告\n全年实际支出372.48万元，预算执行率96.50%。\n"
             "年度  全年预算  实际支出  执行率(%)\n2018年  360.00  351.26  97.57\n2019年  410.00  402.35  98.13\n"
             "2020年  386.00  372.48  96.50\n")
    assert errors(years) == []


def test_another_rate_named_execution_rate_is_not_the_tables_budget_execution() -> None:
    table = ("一级指标    二级指标    三级指标    年度指标值    实际完成值    分值    得分\n"
             "预算执行    预算执行    预算执行率    100%    97.61%    10    9.76\n"
             "预算执行    预算管理    政府采购执行率    100%    100%    5    5\n")
    text = "经自评，部门预算执行率97.61%。运动会资金未全部到位，执行率90.55%。\n" + table
    assert [c for c, _ in errors(text)] == []


def test_a_breakdown_by_source_that_goes_on_after_a_semicolon_is_at_most_doubted() -> None:
    text = ("全年预算73.70万元，全年支出72.28万元，预算执行率98.07%。按资金来源分：省级资金18.00万元、上年结转资金3.20万元全部支出；"
            "县级资金全年预算52.50万元，支出51.08万元，执行率97.30%。")
    assert errors(text) == []


def test_a_levels_score_after_the_words_for_the_total_is_not_the_total() -> None:
    table = ("一级指标｜二级指标｜三级指标｜分值｜得分\n预算执行｜预算执行｜预算执行率｜10｜9.81\n产出指标｜数量指标｜调解案件数｜50｜44.32\n"
             "效益指标｜社会效益｜调解成功率｜30｜15.81\n满意度指标｜满意度｜当事人满意度｜10｜9.53\n总分｜｜｜100｜79.47\n")
    text = "自评得分：预算执行9.81分、产出指标44.32分、效益指标15.81分、满意度指标9.53分，合计79.47分，评价等级为“中等”。\n"
    assert errors(text + table) == []


def test_a_price_and_its_payment_are_no_two_parts_of_a_total() -> None:
    text = ("香溪渡口码头改造合同价12.00万元，已支付10.80万元，支付率90.00%，其余为质保金；"
            "归州、沙镇溪、泄滩3处渡口改造合同价合计26.00万元，已支付22.00万元。")
    assert errors(text) == []
    listed = "省级下拨护理费3.89万元；市级下拨护理费3.89万元；全年应执行数为{t}万元。"
    assert errors(listed.format(t="7.78")) == []
    assert [c for c, _ in errors(listed.format(t="7.79"))] == ["sum_mismatch"]


def test_a_categorys_rate_is_not_set_against_the_projects_amounts() -> None:
    text = ("全年预算1325.60万元，支出1286.47万元，预算执行率97.05%，其中基本支出执行率98.93%，项目支出执行率91.73%。\n"
            "项目名称\t全年预算（万元）\t支出（万元）\t执行率\t自评得分\n法律援助经费\t96.50\t88.92\t92.15%\t92.10\n"
            "社区矫正经费\t54.30\t49.68\t91.49%\t95.80\n"
            "我局2025年度部门整体支出自评得分96.87分。\n")
    assert errors(text) == []


def test_completion_of_each_indicators_target_is_no_one_rate_stated_twice() -> None:
    text = ("1.全年完成强检计量器具检定9624台件，完成年度指标值的80.20%。\n"
            "3.完成医用测温设备免费检定校准1860支，完成年度指标值的124.00%。\n"
            "3.全年为企业和医疗卫生机构减免检定费用71.36万元，完成年度指标值的89.20%。\n")
    assert errors(text) == []


def test_the_total_row_just_under_a_space_aligned_table_confirms_the_texts_total() -> None:
    rows = ["一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分",
            "预算执行  预算执行  预算执行率  100%  96.50%  10  9.65",
            "产出指标  数量指标  地形图更新面积  ≥120平方公里  126.4平方公里  50  50",
            "效益指标  社会效益指标  数据服务次数  ≥150次  173次  30  30",
            "满意度指标  服务对象满意度指标  满意度  ≥95%  93.8%  10  {s}",
            "合计                100  99.52", "", "经自评，项目得分99.52分，评价等级为优。"]
    text = "\n".join(rows) + "\n"
    assert errors(text.format(s="9.87")) == []


def test_questionnaires_valid_and_satisfied_are_subsets_not_parts() -> None:
    text = "共发放问卷782份，其中有效问卷775份，表示满意的744份，满意度96.00%。"
    assert errors(text) == []
    parts = "全县1,215户，其中建档立卡贫困户738户、低保户{n}户、特困户209户。"
    assert errors(parts.format(n="268")) == []
    assert [c for c, _ in errors(parts.format(n="286"))] == ["sum_mismatch"]


def test_scores_listed_after_words_of_scoring_are_not_weights() -> None:
    text = ("本项目评分指标体系设置预算执行率10分、产出指标50分、效益指标30分、满意度指标10分，合计100分。"
            "经逐项评分，预算执行率9.72分、产出指标49.16分、效益指标29.80分、满意度指标10分，合计98.68分。")
    assert errors(text) == []


def test_money_not_yet_paid_is_a_remainder_and_its_restatement_is_that_part() -> None:
    text = ("全年预算1,211,839,000.00元，实际支出1,186,952,418.36元。全年预算与实际支出的差额为24,886,581.64元。其中，"
            "扩建工程按合同进度尚未支付的20,156,300.00元结转至2023年继续使用；其余4,730,281.64元已收回。\n"
            "五、存在的问题\n（一）重点工程进度滞后，形成结转资金20,156,300.00元。\n")
    assert errors(text) == []


def test_batches_of_a_source_are_not_parts_of_the_total_beside_the_sources() -> None:
    text = ("2021年度项目全年预算820.00万元，其中：中央资金560.00万元，2020年12月22日提前下达420.00万元，2021年5月11日下达"
            "140.00万元；自治区资金150.00万元；日喀则市资金60.00万元；县级资金{c}万元。")
    assert errors(text.format(c="50.00")) == []
    assert [c for c, _ in errors(text.format(c="55.00"))] == ["sum_mismatch"]


def test_a_source_row_the_checker_cannot_name_cuts_the_sources_short() -> None:
    table = ("项目          年初预算            全年预算            全年执行            执行率\n"
             "年度资金总额  470.00              820.00              801.36              97.73%\n"
             "中央资金      420.00              560.00              552.40              98.64%\n"
             "自治区资金    0.00                150.00              150.00              100.00%\n"
             "日喀则市资金  0.00                60.00               54.60               91.00%\n"
             "县级资金      50.00               50.00               44.36               88.72%\n")
    assert errors(table) == []


def test_last_years_score_given_for_comparison_is_neither_the_total_nor_a_second_year() -> None:
    text = ("2020年度病死畜禽无害化处理项目绩效自评报告\n自评总得分91.68分，等级为“优”。2019年度本项目自评得分86.5分，"
            "等级为良好，2020年较上年提高5.18分。\n")
    assert errors(text) == []


def test_last_years_score_in_brackets_is_an_aside_not_a_second_year() -> None:
    text = ("天津市武清区2023年度数字化转型项目绩效自评报告\n一、概况\n本项目{y}年度自评得分98.71分，评价等级为优。"
            "（2022年度本项目自评得分88.40分，等级良。）\n")
    assert errors(text.format(y=2023)) == []
    assert errors(text.format(y=2022)) == [("year_mismatch", "2022年")]


def test_money_not_yet_settled_is_a_remainder() -> None:
    text = ("全年预算与支出的差额为7,688,323.55元。其中建设项目尚未结算的工程款6,120,000.00元结转至2020年继续使用，"
            "其余1,568,323.55元已由市财政收回。\n（一）建设项目进度滞后，形成结转资金6,120,000.00元。\n"
            "全年预算627,522,600.00元，实际支出619,834,276.45元。\n")
    assert errors(text) == []


def test_an_average_per_round_is_not_taken_over_the_total_of_the_rounds() -> None:
    text = "全年组织4次入户抽查，分别抽查312户、298户、305户、321户，共抽查1236户，平均每次{a}户。"
    assert errors(text.format(a="309")) == []
    assert [c for c, _ in errors(text.format(a="390"))] == ["average_mismatch"]


def test_money_added_for_an_indicator_is_not_the_indicators_value() -> None:
    table = ("一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
             "产出指标｜成本指标｜基本生活标准｜≥13728元｜13728元｜10｜10\n")
    text = "第一次于2024年7月，因提高基本生活标准追加1265600.00元。\n" + table
    assert errors(text) == []


def test_the_texts_rate_beside_the_tables_spending_is_checked_on_the_tables_budget() -> None:
    table = ("| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|\n"
             "| 年度资金总额 | 2,580,000.00 | 2,671,200.00 | 2,635,812.40 | 10 | 98.68% | 9.87 |\n")
    text = "全年实际支出2,635,812.40元，预算执行率{r}。\n" + table
    assert errors(text.format(r="98.68%")) == []
    assert errors(text.format(r="95.28%")) == [("rate_mismatch", "95.28%")]


def test_a_rate_only_the_budget_before_its_adjustment_gives_is_on_the_wrong_base() -> None:
    text = ("2020年年初预算186452300.00元。年内追加2353440.00元，全年预算188805740.00元。\n"
            "全年实际支出185936482.27元，预算执行率{r}。\n")
    assert errors(text.format(r="98.48%")) == []
    assert errors(text.format(r="99.72%")) == [("rate_mismatch", "99.72%")]


def test_the_wrong_base_is_seen_when_the_years_budget_is_restated_beside_the_rate() -> None:
    text = ("项目年初预算480.00万元，9月调减30.00万元，全年预算450.00万元。\n"
            "全年预算450.00万元，实际支出407.45万元，预算执行率{r}。\n")
    assert errors(text.format(r="90.54%")) == []
    assert errors(text.format(r="84.89%")) == [("rate_mismatch", "84.89%")]
    # over 100% on the budget before the cut: doubted as over 100%, not a rate on the wrong base
    over = text.replace("407.45", "490.00").format(r="102.08%")
    assert [(f.code, f.severity) for f in check(over).findings] == [("implausible_rate", "warning")]


def test_items_giving_two_measures_in_turn_break_down_only_the_measure_the_total_names() -> None:
    text = ("工程结算送审金额42,254,693.86元，审定金额40,858,938.35元，审减金额1,395,755.51元，审减率3.30%。"
            "其中一标段送审17,652,318.40元、审减547,756.22元；二标段送审14,386,905.10元、审减428,664.45元；"
            "三标段送审10,215,470.36元、审减{v}元。")
    assert errors(text.format(v="419,334.84")) == []
    found = errors(text.format(v="419,384.84"))
    assert [code for code, _ in found] == ["sum_mismatch"] and "419,384.84" in found[0][1]


def test_a_total_worked_out_from_rates_per_unit_is_no_total_of_the_items_before_a_semicolon() -> None:
    text = ("规范化建设支出中，界标114块、警示牌38块共计228 000元，隔离防护网6.2公里682 000元，视频监控点位维护11 600元；"
            "水质监测支出中，县级水源地24批次按每批次8 500元结算，乡镇级水源地76批次按每批次3 000元结算，合计432 000元。")
    assert errors(text) == []
    # items that each state their own amount still add up across the semicolon
    listed = "全年新建旅游厕所15座，每座补助22万元，计330.00万元；改扩建旅游厕所12座，每座补助10万元，计102.00万元，合计{t}万元。"
    assert errors(listed.format(t="432.00")) == []
    assert [code for code, _ in errors(listed.format(t="450.00"))] == ["sum_mismatch"]


def test_a_count_broken_down_is_added_up_in_its_own_unit_only() -> None:
    text = "举办培训12场，其中线下5场、线上{n}场，培训1,320人次，场均110人次。"
    assert errors(text.format(n=7)) == []
    assert [code for code, _ in errors(text.format(n=8))] == ["sum_mismatch"]


def test_parts_in_brackets_named_in_a_short_word_add_up_to_the_figure_before_them() -> None:
    assert errors("新建堤防8.64公里（左岸4.86公里、右岸3.78公里）。") == []
    assert [code for code, _ in errors("新建堤防8.64公里（左岸4.86公里、右岸3.87公里）。")] == ["sum_mismatch"]
    assert [code for code, _ in errors("接受社会赞助45.60万元（现金32.00万元、实物折价16.30万元）。")] == ["sum_mismatch"]
    # rates per unit in brackets are no parts
    assert errors("发放补助45.60万元（人均0.30万元、户均0.80万元）。") == []


def test_a_forms_year_field_other_than_the_reports_year() -> None:
    text = ("巫溪县人民检察院2018年度部门整体支出绩效自评报告\n一、基本情况\n本院2018年度部门整体支出绩效自评情况如下。\n"
            "部门整体支出绩效自评表\n填报单位：巫溪县人民检察院\t年度：{y}年\t金额单位：万元\n")
    assert errors(text.format(y=2018)) == []
    assert errors(text.format(y=2017)) == [("year_mismatch", "2017年")]


def test_a_budget_worked_out_from_named_amounts_listed_after_it() -> None:
    text = "全年预算180.00万元，按体检增项147.56万元、报告打印送达4.34万元、质控及信息化{v}万元测算。"
    assert errors(text.format(v="28.10")) == []
    assert [code for code, _ in errors(text.format(v="28.70"))] == ["sum_mismatch"]


def test_items_giving_their_spending_and_budget_in_turn_add_up_in_the_measure_that_makes_the_total() -> None:
    text = ("4.北京援青项目1,136.40万元。其中寄宿制学校设施改善项目支出812.60万元，预算860.00万元，执行率94.49%；"
            "教师能力提升培训项目支出323.80万元，预算340.00万元，执行率95.24%。")
    assert errors(text) == []


def test_a_rate_in_brackets_is_the_rate_of_the_amount_before_them_on_the_budget_they_give() -> None:
    text = "三公经费支出31.26万元，其中公务用车运行维护费29.86万元，公务接待费1.40万元（预算1.50万元，执行率{r}），因公出国（境）费用0元。"
    assert errors(text.format(r="93.33%")) == []
    assert errors(text.format(r="95.33%")) == [("rate_mismatch", "95.33%")]


def test_a_total_its_own_clause_adds_up_to_takes_no_parts_from_the_clauses_before() -> None:
    text = ("上海援疆资金480.00万元于2019年3月全额拨付到位；自治区就业补助资金72.00万元于8月到位；县级配套资金分两次拨付，"
            "2019年4月15日拨付60.00万元、2019年10月18日拨付{v}万元，合计到位108.00万元。")
    assert errors(text.format(v="48.00")) == []
    assert [code for code, _ in errors(text.format(v="46.00"))] == ["sum_mismatch"]


def test_parts_after_baokuo_and_counts_listed_one_after_another() -> None:
    text = "基本支出409.87万元，执行率99.40%，包括人员经费356.20万元、公用经费{v}万元。"
    assert errors(text.format(v="53.67")) == []
    assert [code for code, _ in errors(text.format(v="53.76"))] == ["sum_mismatch"]
    # small counts after a larger one are parts of the list, not its batches
    counts = "设置33个三级绩效指标，包括23个数量指标、2个质量指标、1个时效指标、1个成本指标、1个经济效益指标、1个社会效益指标、" \
             "1个生态效益指标、1个可持续影响指标、2个满意度指标。"
    assert [f for f in check(counts).findings if f.code == "sum_mismatch"] == []


def test_an_attached_tables_year_against_a_title_written_over_several_lines() -> None:
    text = ("寿阳县农业农村局\n2019年度谷子产业项目\n绩效自评报告\n一、基本情况\n本项目2019年度执行情况如下。\n"
            "附件1\n{y}年度项目支出绩效自评表\n")
    assert errors(text.format(y=2019)) == []
    assert errors(text.format(y=2018)) == [("year_mismatch", "2018年")]


def test_a_tables_year_on_the_line_under_its_title() -> None:
    text = ("齐河县农业农村局2023年度农机购置与应用补贴项目绩效自评报告\n一、基本情况\n本项目2023年度执行情况如下。\n"
            "附件\n项目支出绩效自评表\n（{y}年度）\n")
    assert errors(text.format(y=2023)) == []
    assert errors(text.format(y=2022)) == [("year_mismatch", "2022年")]


def findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity or "", text[f.span[0] : f.span[1]]) for f in check(text).findings]


def test_a_figure_off_by_more_than_twice_what_its_arithmetic_gives_is_only_doubted() -> None:
    # a slip of the pen moves a figure a little; a gap this wide says the parts or the base were misread
    row = "| 资金来源 | 年初预算数 | 全年预算数 | 到位数 | 执行数 | 执行率 |\n| --- | --- | --- | --- | --- | --- |\n"
    text = row + "| 旗级配套资金 | 580.00 | 580.00 | 580.00 | 391.85 | {r} |\n"
    assert findings(text.format(r="67.56%")) == []
    assert findings(text.format(r="67.86%")) == [("rate_mismatch", "error", "67.86%")]
    (code, severity, _), = findings(text.format(r="17.34%"))
    assert (code, severity) == ("rate_mismatch", "warning")
    assert "相差一倍以上" in check(text.format(r="17.34%")).findings[0].message


def test_a_decimal_point_slipped_is_a_slip_however_wide_the_gap() -> None:
    assert findings("全年预算100.00万元，支出98.00万元，执行率9.80%。") == [("rate_mismatch", "error", "9.80%")]


def test_a_part_equal_to_its_total_is_the_total_restated() -> None:
    text = "项目批复总投资61.8万元，其中中央财政资金{c}万元，县财政配套资金30.9万元，2021年度中央下达资金61.8万元。"
    assert errors(text.format(c="30.9")) == []
    assert errors(text.format(c="31.2")) == [("sum_mismatch", "61.8万元，其中中央财政资金31.2万元，县财政配套资金30.9万元")]


def test_a_total_before_its_parts_takes_those_up_to_the_first_semicolon_when_the_rest_overshoot() -> None:
    text = ("下达我县2020年度移民后扶资金2272万元，其中：中央资金{c}万元，省级资金519万元；"
            "用于直发直补资金609.22万元、项目扶持资金138.78万元、切块项目资金1524万元。")
    assert errors(text.format(c="1753")) == []
    assert errors(text.format(c="1756")) == [("sum_mismatch", "2272万元，其中：中央资金1756万元，省级资金519万元")]


def test_a_rate_far_from_the_years_budget_but_near_an_amount_of_its_own_paragraph_is_judged_on_that_amount() -> None:
    text = ("2022年度安排专项资金23,834万元，支持项目709个。\n"
            "本次现场评价项目215个，评价金额为9,653.00万元。截至2022年12月31日，专项资金到位8,084.06万元，到位率{r}%。")
    assert errors(text.format(r="83.75")) == []
    (f,) = [f for f in check(text.format(r="86.75")).findings if f.severity == "error"]
    assert f.code == "rate_mismatch" and f.expected == "83.75%" and "9,653.00万元" in f.message


def test_a_forms_grade_is_judged_on_the_evaluated_years_total_not_on_last_years() -> None:
    text = ("经综合评价，本项目2019年度自评得分92.42分，自评等级为“优”。2018年度本项目自评得分为88.50分，评定为良好。\n"
            "项目支出绩效自评表\n总分\t\t\t\t\t\t100\t92.42\t\n自评等级\t{g}\n")
    assert errors(text.format(g="优")) == []
    assert [code for code, _ in errors(text.format(g="良"))] == ["grade_mismatch"]


def test_a_county_finances_own_money_is_one_source_not_the_projects_budget() -> None:
    text = ("项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
            "年度资金总额\t567.60\t750.00\t735.00\t10\t98.00%\t9.80\n"
            "中央资金共计705.00万元。县财政年初安排配套资金45.00万元，年内实际到位30.00万元，到位率66.67%。\n")
    assert errors(text) == []


def test_a_rate_by_which_the_target_was_passed_is_no_completion_rate() -> None:
    table = "| 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- |\n| 技能等级认定人数 | ≥6,000人 | 6,640人 |\n"
    text = table + "重点群体就业技能培训3,210人，较目标少390人。技能等级认定6,640人，超额完成目标的10.67%。\n"
    assert errors(text) == []


def test_a_figure_restated_in_brackets_in_another_unit_leaves_the_completion_to_the_figure_before_it() -> None:
    table = ("| 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- |\n| 验收合格面积 | ≥12000亩 | 11485亩 |\n"
             "| 新增林地面积 | ≥750公顷 | 765.67公顷 |\n")
    text = table + "经县级检查验收，合格面积11485亩（765.67公顷），完成年度指标的{r}%。\n"
    assert errors(text.format(r="95.71")) == []
    assert errors(text.format(r="104.48")) == [("completion_mismatch", "104.48%")]


def test_a_balance_of_one_item_against_the_whole_years_budget_is_only_doubted() -> None:
    text = ("全年预算385.00万元。其中工作经费32.20万元，主要用于草原监测，实际支出29.86万元，结余{b}万元。")
    found = [(f.code, f.severity) for f in check(text.format(b="2.43")).findings if f.code == "balance_mismatch"]
    assert ("balance_mismatch", "error") not in found
    # spent the whole budget and still a balance: certain
    assert errors("州级补助资金2.00万元，截至2023年12月31日，资金已使用2.00万元，结余3万元。") == [("balance_mismatch", "3万元")]


def test_an_item_of_the_years_spending_named_again_beside_its_budget_is_only_doubted() -> None:
    text = ("我局对2019年度中央财政森林抚育补助项目开展了自评，现将自评情况报告如下。\n"
            "2018年12月，自治区财政厅提前下达2019年中央财政森林抚育补助315.00万元，县财政安排作业设计及检查验收经费9.00万元，"
            "加上2018年结转的森林抚育补助尾款30.00万元，年初预算354.00万元。2019年9月，追加下达森林抚育补助135.00万元，"
            "全年预算489.00万元。\n"
            "1.资金到位及执行。全年预算489.00万元，实际到位489.00万元，到位率100%。全年支出407.45万元，预算执行率83.32%。"
            "其中：国有林场抚育补助180.00万元，已全额拨付；集体公益林抚育预付款189.00万元；上年结转的2018年度尾款30.00万元；"
            "作业设计及检查验收经费8.45万元。\n")
    assert errors(text) == []


def test_one_terms_figure_is_not_the_years_indicator_and_a_figure_its_brackets_bear_out_is_the_texts() -> None:
    table = "| 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- |\n| 资助寄宿生人次 | ≥44,000人次 | {a}人次 |\n"
    text = table + "春季学期资助寄宿生22,100人次（小学12,480人次、初中9,620人次），秋季学期资助22,058人次。\n"
    assert errors(text.format(a="44,158")) == []
    turned = table.replace("资助寄宿生人次", "免学费资助人次") + "免学费资助788人次（春季386人次、秋季402人次）。\n"
    assert errors(turned.format(a="788")) == []
    # the table's cell is the odd one out: the text's figure is the sum of its own parts
    assert errors(turned.format(a="878")) == [("conflicting_values", "878人次")]


def test_an_amount_in_wan_yuan_out_of_all_proportion_to_the_projects_money_is_a_doubted_unit_slip() -> None:
    text = ("全年预算1,480.00万元，实际支出1,456.32万元。技师96人，每人3,000元，补贴28.80万元；"
            "高级技师22人，每人4,000元，补贴{v}。")
    (f,) = [f for f in check(text.format(v="88000万元")).findings if f.code == "unit_mismatch"]
    assert f.severity == "warning" and f.expected == "8.80万元"
    assert [f for f in check(text.format(v="8.80万元")).findings if f.code == "unit_mismatch"] == []
    # what the money brought about is measured against nothing
    assert [f for f in check("全年预算1,480.00万元，带动社会投资88000万元。").findings if f.code == "unit_mismatch"] == []


def test_amounts_given_in_turn_add_up_to_the_total_named_in_the_next_clause() -> None:
    text = ("按季度看，城乡低保金第一至第四季度分别发放690.12万元、{q}万元、720.86万元、726.16万元，"
            "全年累计发放城乡低保金2,832.54万元。")
    assert errors(text.format(q="695.40")) == []
    assert [code for code, _ in errors(text.format(q="659.40"))] == ["sum_mismatch"]


def test_two_halves_of_a_pair_make_the_whole_count() -> None:
    text = "完成记账调查户{t}户，其中城镇150户、农村201户。"
    assert errors(text.format(t="351")) == []
    assert errors(text.format(t="360")) == [("sum_mismatch", "360户，其中城镇150户、农村201户")]


def test_an_amount_left_unpaid_goes_on_the_list_of_what_was_carried_forward() -> None:
    text = "年末结转{t}万元，其中工程质量保证金44.74万元、刘家沟和甄家湾两座中型坝未结算资金65.81万元，均结转2026年支付。"
    assert [f for f in check(text.format(t="110.55")).findings if f.code == "sum_mismatch"] == []
    assert [f.code for f in check(text.format(t="113.25")).findings if f.code == "sum_mismatch"] == ["sum_mismatch"]


def test_a_source_that_received_more_than_its_budget_has_an_implausible_rate() -> None:
    text = "省级补助资金150.00万元，实际到位{r}万元，到位率{p}；市本级资金按用款计划拨付。全年预算资金834.00万元全部到位。"
    assert errors(text.format(r="150.00", p="100%")) == []
    assert errors(text.format(r="165.00", p="110%")) == [("implausible_rate", "110%")]


def test_a_retention_rate_over_a_hundred_is_implausible_and_a_two_for_a_copied_ge_only_doubted() -> None:
    assert errors("参加以工代训的8,420名职工中，年末仍在岗8,601人，稳岗率102.15%。") == [("implausible_rate", "102.15%")]
    found = [(f.code, f.severity) for f in check("年度总体目标：1:适龄儿童国家免疫规划接种率290%。").findings]
    assert found == [("implausible_rate", "warning")]


def test_two_neighbouring_digits_changed_over_against_a_figure_stated_twice_is_doubted() -> None:
    text = ("建设内容：清淤疏浚8.6公里。绩效目标：完成清淤疏浚8.6公里。\n全年完成清淤疏浚{v}公里，验收合格。")
    slipped = text.format(v="6.8")
    found = [(f.code, f.severity, slipped[f.span[0] : f.span[1]]) for f in check(slipped).findings]
    assert ("conflicting_values", "warning", "6.8公里") in found
    assert check(text.format(v="8.6")).findings == []
    # other figures that share their digits are no slip
    assert [f for f in check("上年资金执行率为93.01%。本年执行率为91.30%，与上年执行率91.30%相比有所下降。").findings
            if "颠倒" in f.message] == []


def test_a_years_money_issued_two_years_early_and_a_forms_year_field_with_its_du() -> None:
    head = "关于2022年度营养改善计划项目支出绩效自评报告\n"
    text = head + "中央膳食补助资金7,980.00万元于{y}年12月由《省财政厅关于提前下达2022年城乡义务教育补助经费预算的通知》提前下达。\n"
    assert errors(text.format(y="2021")) == []
    assert [code for code, _ in errors(text.format(y="2020"))] == ["year_mismatch"]
    form = ("关于2019年度高效节水灌溉项目支出绩效自评报告\n一、项目概况\n2019年新建高效节水灌溉面积1.2万亩。\n"
            "附件：项目支出绩效自评表\n主管部门：唐县农业农村局        年度：{y}年度\n")
    assert errors(form.format(y="2019")) == []
    assert [code for code, _ in errors(form.format(y="2018"))] == ["year_mismatch"]


def test_last_years_grade_in_brackets_is_not_this_years() -> None:
    assert errors("自评得分99.26分，比上年的86.50分提高12.76分，本年度评价等级为优（上年为良）。") == []
    assert [code for code, _ in errors("自评得分99.26分，本年度评价等级为良。")] == ["grade_mismatch"]


def test_the_bounds_of_a_target_and_another_years_figure_are_no_indicator_values() -> None:
    table = ("| 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- |\n| 村级经费占比 | 35%～45% | 40.00% |\n"
             "| 救助残疾儿童人数 | ≥140人 | 148人 |\n")
    text = ("关于2023年度残疾儿童康复救助项目支出绩效自评报告\n" + table
            + "绩效目标：村级经费占比35%～45%。2022年度救助残疾儿童131人，2023年救助人数增加17人。\n")
    assert errors(text) == []


def test_a_table_of_the_three_public_costs_is_not_the_projects_funds() -> None:
    text = ("关于2024年度部门整体支出绩效自评报告\n2024年全年支出46,125.15万元，预算执行率95.07%。\n（三）“三公”经费情况\n"
            "2024年“三公”经费预算35.00万元，实际支出28.23万元。\n"
            "项目｜2024年预算数｜2024年支出数｜执行率｜2023年支出数\n合计｜35.00｜28.23｜80.66%｜31.74\n")
    assert errors(text) == []


def test_money_paid_to_those_a_count_counts_is_at_most_doubted_against_the_years_spending() -> None:
    text = ("全年实际支出1,221.00万元，其中兑付深松作业补助1,209.00万元，支付远程监测平台服务费7.20万元、作业核查工作经费4.80万元，"
            "预算执行率88.03%。\n全年共公示3批，累计兑付作业主体168个，兑付资金1,209.00万元，未发现虚报冒领的情况。\n")
    assert errors(text) == []


def test_prizes_of_so_much_each_are_no_parts_to_add_as_written() -> None:
    text = ("篮球赛一等奖3,000元、二等奖2,000元、三等奖1,000元，广场舞大赛一等奖1,500元、二等奖2名各1,000元、三等奖3名各600元，"
            "其余7场赛事以奖品为主，共支出12,100.00元。")
    assert errors(text) == []


def test_an_amount_beside_its_own_rate_on_the_other_is_its_spending_of_that_budget() -> None:
    text = ("年初预算100,000.00元，其中职工技能竞赛55,000.00元、“夏季送清凉”45,000.00元。\n"
            "1.职工技能竞赛支出54,120.40元，执行率98.40%。其中获奖职工奖金20,400.00元，评委及裁判劳务费10,800.00元，"
            "竞赛耗材16,920.40元，实操场地租赁6,000.00元。\n")
    assert errors(text) == []


def test_a_budget_column_merged_over_two_reads_its_second_row_as_initial_and_year_budgets() -> None:
    text = ("表1  2023年度项目资金安排及执行情况（单位：万元）\n项目\t预算数\t\t实际到位\t实际支出\t结余\t执行率\n"
            "\t年初\t全年\t\t\t\t\n收运服务费\t1971.00\t2040.00\t2040.00\t2025.28\t14.72\t{r}\n"
            "焚烧处理费\t2409.00\t2490.00\t2490.00\t2481.27\t8.73\t99.65%\n"
            "合计\t4380.00\t4530.00\t4530.00\t4506.55\t23.45\t99.48%\n")
    assert errors(text.format(r="99.28%")) == []
    assert [code for code, _ in errors(text.format(r="99.82%"))] == ["rate_mismatch"]


def test_last_years_daily_average_and_an_average_of_every_list_it_names() -> None:
    assert errors("关于2018年度环卫项目支出绩效自评报告\n全年清运生活垃圾114026吨，日均312.4吨，较2017年的日均296.8吨增长5.26%。") == []
    text = "季度考核得分标段一分别为88.2分、89.0分、88.5分、87.5分，标段二分别为89.4分、87.7分、90.5分、86.0分，两个标段全年平均{v}分。"
    assert errors(text.format(v="88.35")) == []
    assert [code for code, _ in errors(text.format(v="88.6"))] == ["average_mismatch"]


def test_a_balance_of_what_arrived_takes_what_arrived_and_a_carry_forward_short_of_the_rest_is_doubted() -> None:
    text = "全年预算300.00万元，实际到位259.16万元，支出252.36万元，年末到位资金结余{b}万元。"
    assert errors(text.format(b="6.80")) == []
    assert [code for code, _ in errors(text.format(b="8.60"))] == ["balance_mismatch"]
    carried = "全年预算960.00万元，实际支出815.90万元。\n七、其他需要说明的问题\n结转资金125.40万元已向区财政局报备。"
    assert [(f.code, f.severity) for f in check(carried).findings if f.code == "balance_mismatch"] == [
        ("balance_mismatch", "warning")]


def test_a_rate_that_is_an_indicators_value_named_in_its_clause_is_that_indicators() -> None:
    table = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- | --- | --- |\n"
             "| 产出指标 | 时效指标 | 当年出资计划完成率 | ≥95% | 91.67% |\n")
    text = table + "新材料产业投资基金计划实缴5,000.00万元，实际实缴3,500.00万元，当年出资计划完成率为91.67%。\n"
    assert errors(text) == []


def test_of_two_amounts_with_the_same_digits_the_one_in_wan_yuan_beyond_the_whole_budget_is_the_slip() -> None:
    text = ("全年预算4650.00万元，实际支出4623.00万元。每发现1宗问题扣款500元，全年共发现问题97宗，扣款48500元。\n"
            "全年应付收运服务费2030.13万元，扣除考核扣款48500万元后实际支付2025.28万元。")
    assert errors(text) == [("unit_mismatch", "48500万元")]


def test_a_figure_with_a_unit_the_reader_does_not_know_gives_no_part_of_itself() -> None:
    table = ("| 三级指标 | 年度指标值 | 实际完成值 | 完成率 |\n| --- | --- | --- | --- |\n"
             "| 新增数字资源 | ≥3.0TB | 3.4TB | 113.33% |\n")
    assert errors(table) == []


def test_a_change_is_no_actual_and_a_cost_per_visit_in_the_text_makes_the_tables_wan_yuan_the_slip() -> None:
    text = ("| 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- |\n| 图书外借册次 | ≥160万册次 | 156.80万册次 |\n"
            "| 每人次免费开放成本 | ≤3.00元 | 2.26万元 |\n"
            "全年外借156.80万册次，较上年的148.25万册次增长5.77%，完成年度目标的98.00%。\n"
            "按全年到馆人次测算，每人次免费开放成本2.26元，低于3.00元的控制标准。\n")
    assert errors(text) == [("unit_mismatch", "2.26万元")]


def test_a_breakdown_in_a_sentence_of_its_own_after_a_qizhong_list_is_of_the_whole() -> None:
    text = ("全年支出504.70万元，预算执行率83.22%。其中上年结转资金支出186.50万元，执行率100%；当年财政拨款支出318.20万元，"
            "执行率75.76%。按片区分，阿尔乡镇片区支出312.40万元，执行率87.19%；四合城镇片区支出192.30万元，执行率77.48%。")
    assert [code for code, _ in errors(text) if code == "sum_mismatch"] == []


def test_a_score_table_read_to_less_than_half_its_total_is_only_doubted() -> None:
    text = ("| 一级指标 | 三级指标 | 分值 | 得分 |\n| --- | --- | --- | --- |\n| 产出指标 | 办案数量 | 20 | 20 |\n"
            "| 效益指标 | 受援人满意度 | 18 | 17.51 |\n| 合计 | | 100 | 98.82 |\n")
    found = [(f.code, f.severity) for f in check(text).findings if f.code in ("weight_sum_mismatch", "score_sum_mismatch")]
    assert found and all(severity == "warning" for _, severity in found)


def test_a_vouchers_face_and_a_sources_own_rate_and_a_rounds_figures_are_no_project_figures() -> None:
    assert errors("面额设置为：综合券满100元减30元、满200元减60元。全年发放消费券资金200万元。") == []
    table = ("| 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- |\n| 预算执行率 | 100% | 96.43% |\n")
    assert errors(table + "全年预算数1,120,000元，执行1,080,016元。\n3.省级补助执行率92.23%。原因：合同年末签订。\n") == []
    rounds = ("全年带动汽车销售15,897.60万元。\n第一期：兑付补贴191.60万元，带动汽车销售5,276.40万元。\n"
              "第三期：兑付补贴149.20万元，带动汽车销售4,102.30万元。\n")
    assert errors(rounds) == []


def test_another_years_balance_is_not_this_years() -> None:
    text = "关于2024年度部门整体支出绩效自评报告\n全年预算3,442,600.00元，实际支出3,391,363.20元，结余51,236.80元。2023年结余为{b}元。"
    assert errors(text.format(b="48,120.00")) == []


def test_a_score_after_its_own_weight_above_it_and_a_report_rate_over_a_hundred() -> None:
    text = "（3）强震动台运行率：目标≥95%，实际97.2%，分值5分，得分{v}分。"
    assert errors(text.format(v="5")) == []
    assert errors(text.format(v="7.22")) == [("score_exceeds_weight", "7.22")]
    assert errors("全年发生ML≥3.0地震37次，正式速报39次，速报率105.41%。") == [("implausible_rate", "105.41%")]


def test_an_item_in_wan_yuan_among_items_in_yuan_out_of_all_proportion_is_a_doubted_slip() -> None:
    text = ("全年预算424,185.60元。其中观测员补助54,000.00元（15人×12个月×300元）；宏观观测员补助34,560.00元；"
            "设备维修及备件96,748.00万元。")
    found = [(f.code, f.severity) for f in check(text).findings if f.code == "unit_mismatch"]
    assert found == [("unit_mismatch", "warning")]


def test_a_part_then_zhan_the_whole_de_the_share_is_part_over_whole() -> None:
    text = "补贴金额合计644.96万元，占保费总额827.00万元的{p}，低于80%的补贴比例。"
    assert errors(text.format(p="77.99%")) == []
    assert errors(text.format(p="78.99%")) == [("rate_mismatch", "78.99%")]


def test_an_indicator_named_in_a_line_of_the_years_targets_gives_its_target() -> None:
    table = ("| 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- |\n| 整治背街小巷数量 | 1,500条（±5%） | 1,532条 |\n")
    text = table + "年度指标：整治背街小巷1,500条（允许浮动±5%，即1,425—1,575条）；工程验收合格率100%。\n"
    assert errors(text) == []


def test_a_years_budget_after_its_additions_takes_the_initial_budget_and_its_own_qizhong_parts() -> None:
    text = ("年初县级预算安排30.0000万元。年中下达中央水利发展资金168.0000万元、省级配套资金42.0000万元，"
            "调整后全年预算共计240.0000万元，其中中央168.0000万元、省级42.0000万元、县级{c}万元。")
    assert errors(text.format(c="30.0000")) == []
    # short of it, the 其中 may list only some: a doubt on those three parts
    (f,) = [f for f in check(text.format(c="20.0000")).findings if f.code == "sum_mismatch"]
    assert f.severity == "warning" and f.expected == "230.0000万元"


def test_a_space_aligned_score_table_short_of_its_total_is_only_doubted() -> None:
    rows = ["一级指标    二级指标    三级指标        年度指标值  实际完成值  分值  得分",
            "产出指标    数量指标    加固堤防长度    ≥12公里     12.3公里    30    30",
            "            质量指标    工程验收合格率  100%        100%        20    20",
            "效益指标                受益人口        ≥3万人      3.2万人     30    30",
            "合计                                                            100   98.68"]
    found = [(f.code, f.severity) for f in check("\n".join(rows) + "\n").findings if f.code.endswith("sum_mismatch")]
    assert found and all(severity == "warning" for _, severity in found)


def test_a_rate_on_the_budget_before_its_adjustment_is_seen_beside_other_budgets_of_parts() -> None:
    text = ("年初预算2,650.00万元，年中追加226.40万元，全年预算2,876.40万元。其中免费开放补助1,250.00万元。\n"
            "全年支出2,618.55万元，预算执行率{r}。\n")
    assert errors(text.format(r="91.04%")) == []
    assert errors(text.format(r="98.81%")) == [("rate_mismatch", "98.81%")]
    # a source's rate on that source's own budget before its adjustment is not the project's
    source = "县财政年初安排配套资金45.00万元，全年预算120.00万元，年内实际到位30.00万元，到位率66.67%。\n"
    assert errors(source) == []


def test_one_sources_columns_written_as_a_sentence_are_not_parts() -> None:
    text = ("年度资金总额：年初预算数150.00万元，全年预算数180.00万元，全年执行数172.46万元。其中当年财政拨款年初150.00万元、"
            "全年180.00万元、执行172.46万元；上年结转资金0万元；其他资金0万元。\n")
    assert errors(text) == []


def test_a_part_of_a_part_listed_beside_it_is_not_added_twice() -> None:
    text = "截至2022年12月31日，项目共支出226.80万元，其中财政资金支出196.80万元、县级衔接资金支出46.80万元、自筹资金支出30.00万元。\n"
    assert [code for code, _ in errors(text)] == []


def test_a_change_of_a_price_per_unit_is_no_total_to_average() -> None:
    text = "采用避雨栽培后，每斤收购价比露地红提高0.8元。项目带动农户412户，户均增收3260元，达到年度目标。\n"
    assert errors(text) == []


def test_the_governments_money_listed_beside_its_levels_is_checked_against_them() -> None:
    text = ("2019年全年预算1303.79万元。按来源分，当年财政拨款1241.79万元，其中中央车购税资金690.00万元、省级交通专项资金"
            "366.00万元、县级配套资金{c}万元；上年结转资金62.00万元。\n")
    assert errors(text.format(c="185.79")) == []
    assert [code for code, _ in errors(text.format(c="158.79"))] == ["sum_mismatch"]


def test_a_gap_to_a_target_in_yuan_is_no_twin_of_an_amount_in_wan_yuan() -> None:
    text = ("项目年初预算100.00万元，其中省级资金60.00万元、县级财政资金40.00万元。\n"
            "三个合作社社员户均增收分别为2140元、1960元和1780元，平均1960元，比2000元的目标差40元。\n")
    assert errors(text) == []
