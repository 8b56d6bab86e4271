"""One figure stated twice in the text, or in the text and the 自评表, with two values: ``conflicting_values``
when both statements certainly name the same thing."""

from __future__ import annotations

import pytest

from chains.check import check

RATE_TWICE = ("（三）效益指标。全市主要农作物耕种收综合机械化率达到98.1%，比上年提高0.6个百分点。\n"
              "综上，项目总体实现了年度目标，全市主要农作物耕种收综合机械化率达到{v}，农机装备结构进一步优化。")


def conflicts(text: str) -> list[tuple[str, str]]:
    return [(f.severity or "", text[f.span[0] : f.span[1]]) for f in check(text).findings
            if f.code == "conflicting_values"]


def test_a_rate_restated_under_the_same_name_with_another_value_is_an_error_at_the_restatement() -> None:
    # nothing in the report settles which is right: the first statement is marked 疑似 as well
    assert conflicts(RATE_TWICE.format(v="98.7%")) == [("warning", "达到98.1%"), ("error", "达到98.7%")]
    assert conflicts(RATE_TWICE.format(v="98.1%")) == []
    assert conflicts(RATE_TWICE.format(v="98.10%")) == []


@pytest.mark.parametrize("text", [
    # the target, not the actual
    "目标全市综合机械化率达到97%。全市主要农作物耕种收综合机械化率达到98.1%。",
    # two years
    "2019年全市主要农作物耕种收综合机械化率达到97.5%。2020年全市主要农作物耕种收综合机械化率达到98.1%。",
    # a short name is no identity
    "合格率为98%。合格率为99%。",
    # a bound
    "全市主要农作物耕种收综合机械化率达到97%以上。全市主要农作物耕种收综合机械化率达到98.1%。",
])
def test_rates_that_are_not_one_statement_said_twice_are_left_alone(text: str) -> None:
    assert conflicts(text) == []


def test_a_coverage_above_100_is_implausible_not_a_second_value() -> None:
    text = "重点优抚对象走访覆盖率100%。\n共走访慰问优抚对象5910人次，重点优抚对象走访覆盖率110%，达到年度目标。"
    codes = {f.code for f in check(text).findings}
    assert "implausible_rate" in codes and "conflicting_values" not in codes


TABLE = "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n产出指标｜数量指标｜值班律师提供法律帮助人次｜≥3000人次｜3516人次｜10｜10\n"


def test_an_indicator_named_in_the_text_with_a_word_inside_its_name() -> None:
    assert conflicts("值班律师全年提供法律帮助3156人次。\n" + TABLE) == [("error", "3156人次"), ("warning", "3516人次")]
    assert conflicts("值班律师全年提供法律帮助3516人次。\n" + TABLE) == []
    assert conflicts("值班律师全年提供法律帮助目标3000人次。\n" + TABLE) == []


FUNDS = ("项目资金（万元）｜年初预算数｜全年预算数｜全年执行数｜执行率\n"
         "合计｜356.00｜356.00｜291.20｜82%\n"
         "省级体彩公益金｜200.00｜200.00｜200.00｜100%\n"
         "南通市级资金｜56.00｜56.00｜56.00｜100%\n"
         "如皋市级资金｜100.00｜100.00｜35.20｜35%\n")


def test_a_funding_source_named_in_the_text_against_its_row_in_the_funds_table() -> None:
    said = "省体育局、省财政厅下达我市省级体育彩票公益金{v}万元（苏体经〔2019〕22号）。\n"
    assert conflicts(said.format(v="220.00") + FUNDS) == [("error", "220.00万元")]
    assert conflicts(said.format(v="200.00") + FUNDS) == []
    # a batch of the allocation is a part of it
    assert conflicts("省财政厅提前下达我市省级体育彩票公益金120.00万元。\n" + FUNDS) == []


def test_a_rate_in_the_goals_section_is_a_target_however_it_is_worded() -> None:
    text = ("二、绩效目标\n城区生活垃圾回收利用率达到35%，居民垃圾分类知晓率达到80%。\n"
            "四、绩效完成情况\n城区生活垃圾回收利用率31%，居民垃圾分类知晓率70%，均未达到年度目标。")
    assert conflicts(text) == []


def test_amounts_of_several_items_of_a_kind_are_no_conflict_a_slip_between_two_is() -> None:
    items = ("1、烈士纪念设施维修项目：预算35.3万元，全年实际支付35.3万元。2、陵园环境整治项目：预算20万元，全年实际支付20万元。"
             "3、整体提升改造工程项目：预算1616万元，全年实际支付1616万元。")
    assert [c for c in check(items).findings if c.code == "conflicting_values"] == []
    slip = "省财政厅下达农机购置补助资金246.2万元。\n项目资金执行情况：省财政厅下达农机购置补助资金246.5万元，已全部使用。"
    assert conflicts(slip) == [("error", "246.5万元")]


def test_an_indicator_the_text_gives_twice_is_wrong_in_the_table() -> None:
    table = "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n产出指标｜数量指标｜惠及居民户数｜≥2,300户｜2,361户｜7｜7\n"
    text = "项目涉及居民2,316户。\n完成12个小区的改造，惠及居民2,316户，户均改造投入2.10万元。\n" + table
    assert conflicts(text) == [("error", "2,361户")]


def test_a_part_with_its_own_sources_in_brackets_adds_up_to_them() -> None:
    text = ("调整后全年预算690.00万元，其中当年财政拨款675.00万元（中央衔接资金435.00万元、自治区级{r}万元、县级60.00万元）、"
            "上年结转资金15.00万元。")
    assert not [f for f in check(text.format(r="180.00")).findings if f.severity == "error"]
    found = [(f.code, f.severity) for f in check(text.format(r="108.00")).findings]
    assert found == [("sum_mismatch", "error")]


def test_a_completion_rate_in_the_text_against_the_target_in_the_self_evaluation_table() -> None:
    table = "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n产出指标｜数量指标｜补助学生人次｜≥4,300人次｜4,464人次｜15｜15\n"
    text = "全年补助春季学期学生2,146人次、秋季学期学生2,318人次，共计4,464人次，完成年度目标的{r}。\n" + table
    assert [(f.code, text.format(r="103.18%")[f.span[0]:f.span[1]]) for f in check(text.format(r="103.18%")).findings
            if f.code == "completion_mismatch"] == [("completion_mismatch", "103.18%")]
    assert not [f for f in check(text.format(r="103.81%")).findings if f.code == "completion_mismatch"]


def test_a_list_of_parts_goes_on_past_a_part_s_own_details_in_brackets() -> None:
    text = ("实际支出1,243,952.60元，预算执行率96.70%。其中劳务补助734,400.00元（共选聘612人，人均1,200.00元），"
            "宣传经费{v}，培训经费118,360.00元，设备购置214,800.00元，办公及资料印刷79,872.60元。")
    assert not [f for f in check(text.format(v="96,520.00元")).findings if f.severity == "error"]
    found = [(f.code, f.severity) for f in check(text.format(v="96,520.00万元")).findings]
    assert found == [("unit_mismatch", "error")]


NUMBERED = ("全年支出7,342,180.00元，预算执行率90%。其中：\n1．生活垃圾清运服务费4,860,000.00元；\n2．分类设施设备购置1,326,480.00元；\n"
            "3．督导员补贴{v}（36名督导员，每人每月1,500元）；\n4．宣传培训507,700.00元。\n")


def test_a_numbered_list_on_the_lines_after_qizhong_is_the_parts_of_the_total_before_it() -> None:
    assert not [f for f in check(NUMBERED.format(v="648,000.00元")).findings if f.severity == "error"]
    assert [(f.code, f.severity) for f in check(NUMBERED.format(v="64.80元")).findings] == [("unit_mismatch", "error")]
    assert [(f.code, f.severity) for f in check(NUMBERED.format(v="684,000.00元")).findings] == [("sum_mismatch", "error")]


def test_a_budget_not_adjusted_is_no_adjustment() -> None:
    text = "2025年全年预算8,186,500.00元，年中未作调整，其中省级补助资金2,400,000.00元，市级财政资金{v}元，上年结转186,500.00元。"
    assert not [f for f in check(text.format(v="5,600,000.00")).findings if f.severity == "error"]
    assert [f.code for f in check(text.format(v="5,800,000.00")).findings if f.severity == "error"] == ["sum_mismatch"]


def test_a_list_with_a_masked_or_subtracted_part_cannot_be_added_up() -> None:
    masked = ("下达给我单位资金1.53万元，其中：退耕还林抚育 点击查看>> 万元，国家级森林生态效益补偿资金调减2.66万元，"
              "造林补助2.42万元，公益林2.88万元，生态林补助1.12万元。")
    assert not [f for f in check(masked).findings if f.code == "sum_mismatch"]


def test_a_detail_in_brackets_is_no_total_for_the_parts_after_it() -> None:
    text = ("截至2024年末，示范项目资金已使用36,948.11万元，其中：中央财政补助资金9,965.68万元（含待支付合同进度款1436.8万元），"
            "地方财政配套补助资金21,106.24万元，其他资金渠道{v}万元。")
    assert not [f for f in check(text.format(v="5,876.19")).findings if f.severity == "error"]
    assert [f.code for f in check(text.format(v="5,886.19")).findings if f.severity == "error"] == ["sum_mismatch"]


def test_sources_of_a_budget_after_adjustment_are_not_an_adjustment_nor_rivals_of_what_arrived() -> None:
    text = ("示范项目总预算36,620万元，经调整后资金的来源为：中央财政补助10,000万元，省级财政补助5,000万元，地市财政补助15920万元，"
            "其他资金渠道5700万元。\n截至2024年末，示范项目资金已到位36,982.43万元，其中：中央财政补助资金10,000万元，"
            "地方财政配套补助资金21,106.24万元，其他资金渠道5,876.19万元。")
    assert not [f for f in check(text).findings if f.severity == "error"]


def test_a_budget_change_dated_before_the_evaluated_year_is_doubtful() -> None:
    text = "扎兰屯市2022年度人工影响天气项目绩效自评报告\n2022年全年预算60万元。{y}年8月，为应对持续干旱，市本级追加10万元用于补充火箭弹。"
    found = [(f.code, f.severity) for f in check(text.format(y="2021")).findings if f.code == "year_mismatch"]
    assert found == [("year_mismatch", "warning")]
    assert not [f for f in check(text.format(y="2022")).findings if f.code == "year_mismatch"]


def test_a_count_said_again_with_its_digits_swapped_is_doubtful() -> None:
    text = ("四、绩效完成情况\n1.数量指标。全年开展人工增雨（雪）作业74次，完成目标的123.3%。\n"
            "五、自评结论\n全年开展增雨（雪）作业{v}次、防雹作业24次，未发生安全事故。")
    assert conflicts(text.format(v="47")) == [("warning", "74次"), ("warning", "47次")]  # (both: neither borne out)
    assert conflicts(text.format(v="74")) == []
    assert conflicts(text.format(v="52")) == []  # another figure altogether: perhaps another thing


def test_a_list_goes_on_after_a_part_s_average_across_a_semicolon() -> None:
    text = ("全年支出132.16万元，预算执行率82.6%。其中购置高炮人雨弹2,400发，支出33.60万元；购置火箭弹240枚，支出62.40万元；"
            "作业人员补贴24.96万元，共26名作业人员，人均9,600元；作业装备年检及维护11.20万元。")
    assert not [f for f in check(text).findings if f.code == "sum_mismatch"]


def test_a_rate_per_head_per_month_is_no_total_to_average() -> None:
    text = "专职消防员经费按48名专职消防员、每人每月6,000元发放，人均年经费7.20万元。"
    assert not [f for f in check(text).findings if f.code == "average_mismatch"]


def test_a_department_s_figures_are_not_a_project_table_s() -> None:
    text = ("# 西青区红十字会2023年度部门整体支出及重点项目绩效自评报告\n"
            "2023年部门全年预算486.30万元。全年部门支出合计467.94万元，整体预算执行率96.22%。\n"
            "## 三、红十字事业发展专项绩效自评\n"
            "| 子项目 | 全年预算（万元） | 实际支出（万元） | 执行率 |\n|:---|---:|---:|---:|\n"
            "| AED配置 | 150.00 | 148.20 | 98.80% |\n| 人道救助 | 118.00 | 107.94 | 91.47% |\n"
            "| 合计 | 268.00 | 256.14 | 95.57% |\n")
    assert not [f for f in check(text).findings if f.severity == "error"]


def test_an_indicator_in_the_text_off_by_ten_thousand_is_a_unit_slip() -> None:
    table = "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n产出指标｜数量指标｜审计资金总额｜≥8亿元｜9.26亿元｜10｜10\n"
    text = "全年审计资金总额{v}，审减金额4316万元。\n" + table
    assert [(f.code, f.severity) for f in check(text.format(v="９．２６万元")).findings] == [("unit_mismatch", "error")]
    assert not check(text.format(v="9.26亿元")).findings


def test_sources_listed_by_their_kind_and_the_one_written_in_wan_among_yuan() -> None:
    text = ("年中共追加资金620000元，其中2021年6月拉萨市财政下达市级配套资金120000元。\n"
            "调整后全年预算1436500元，按资金来源分别为中央财政资金860000元、自治区级资金240000元、拉萨市级配套资金{v}、"
            "区级财政配套资金180000元、上年结转资金36500元。")
    assert [(f.code, text.format(v="120000万元")[f.span[0]:f.span[1]])
            for f in check(text.format(v="120000万元")).findings] == [("unit_mismatch", "120000万元")]
    assert not [f for f in check(text.format(v="120000元")).findings if f.severity == "error"]


def test_a_count_stated_once_whose_swapped_digits_stand_twice_elsewhere_is_doubtful() -> None:
    text = ("项目在全区布设高清视频监控点位，共{v}路。\n新建监控点位2,860路，每路3,000元，合计858.00万元。\n"
            "产出指标｜数量指标｜新建监控点位｜≥2,800路｜2,860路｜10｜10\n")
    assert conflicts(text.format(v="2,680")) == [("warning", "2,680路")]
    assert conflicts(text.format(v="2,860")) == []


def test_a_budget_change_is_dated_by_its_own_date_not_an_earlier_one() -> None:
    text = "2021年度雨露计划项目绩效自评报告\n中央衔接资金2020年12月提前下达360.00万元，2021年6月追加下达75.00万元。"
    assert not [f for f in check(text).findings if f.code == "year_mismatch"]
    late = "2021年度雨露计划项目绩效自评报告\n2020年4月，受疫情影响部分培训取消，经财政局同意调减区级财政资金15.00万元。"
    assert [f.severity for f in check(late).findings if f.code == "year_mismatch"] == ["warning"]


def test_the_self_evaluation_table_attached_with_last_year_s_title() -> None:
    text = ("顺义区人防办2023年度项目支出绩效自评报告\n\n一、项目基本情况\n本项目2023年全年预算520万元，全年执行500万元。\n\n"
            "附表：{y}年度项目支出绩效自评表\n")
    assert [f.code for f in check(text.format(y="2022")).findings] == ["year_mismatch"]
    assert not [f for f in check(text.format(y="2023")).findings if f.code == "year_mismatch"]


def test_items_after_ji_with_gong_after_them_add_up_to_it() -> None:
    text = ("2023年共安排支出项目4个，即驻京驻肥工作组经费{v}万元、信访接待矛盾纠纷排查59万元、人民调解委员10万元、"
            "市本级涉法涉诉救助资金30万元，共219万元，具体项目情况说明如下：")
    assert not [f for f in check(text.format(v="120")).findings if f.severity == "error"]
    assert [f.code for f in check(text.format(v="123")).findings if f.severity == "error"] == ["sum_mismatch"]


def test_one_source_s_spending_is_not_the_project_s_nor_an_item_s_plan_its_spending() -> None:
    text = ("年初预算300万元，年中追加150万元，全年预算450万元。\n分项安排为：化肥淡季储备补贴144万元，为农服务中心建设180万元，"
            "测土配方施肥服务66万元。\n三、资金使用及管理情况\n全年支出396.85万元，执行率88.19%。\n"
            "（二）为农服务中心建设150.00万元；\n（四）测土配方施肥服务42.85万元。\n"
            "按资金来源分，省级、潍坊市级补助资金已全部支出，本级资金支出246.85万元，本级资金执行率82.28%。")
    assert not [f for f in check(text).findings if f.severity == "error"]


def test_savings_of_a_tender_are_no_budget_balance() -> None:
    text = "项目全年支出1,398,460元。预算金额31.08亿元，成交金额28.65亿元，节约资金2.43亿元，节资率7.82%。"
    assert not [f for f in check(text).findings if f.code == "balance_mismatch"]


def test_weights_in_a_sentence_that_goes_on_to_the_score() -> None:
    text = "按照预算执行率10分、产出指标50分、效益指标{e}分、满意度指标10分的权重，经逐项评分，本项目得分96.05分，评价等级为优。"
    assert not [f for f in check(text.format(e="30")).findings if f.code == "weight_sum_mismatch"]
    assert [f.code for f in check(text.format(e="20")).findings if f.severity == "error"] == ["weight_sum_mismatch"]


def test_the_project_s_score_and_its_grade() -> None:
    assert [f.code for f in check("经自评，本项目得分94.65分，评价等级为良。").findings] == ["grade_mismatch"]
    assert not check("经自评，本项目得分94.65分，评价等级为优。").findings


def test_a_balance_carried_over_into_the_evaluated_year_itself() -> None:
    text = "休宁县科协2018年度项目支出绩效自评报告\n\n一、基本情况\n年末结余3.22万元，结转{y}年继续使用。\n"
    assert [f.code for f in check(text.format(y="2018")).findings] == ["year_mismatch"]
    assert not check(text.format(y="2019")).findings


def test_a_completion_rate_in_the_deviation_note_of_its_row() -> None:
    text = ("一级指标  二级指标    三级指标        年度指标值  实际完成值  分值  得分   偏差原因分析及改进措施\n"
            "产出指标  数量指标    主体班次举办期  ≥16期       14期        10    8.75   完成率{r}，上半年主体班次暂停\n"
            "满意度指标 满意度指标 学员满意度      ≥90%        95%         90    90     无\n")
    assert [f.code for f in check(text.format(r="78.50%")).findings if f.severity == "error"] == ["completion_mismatch"]
    assert not [f for f in check(text.format(r="87.50%")).findings if f.code == "completion_mismatch"]


def test_an_enrolment_rate_above_100_in_the_table() -> None:
    table = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n|---|---|---|---|---|---|---|\n"
             "| 效益指标 | 社会效益指标 | 受资助大学新生入学报到率 | ≥95% | {v} | 10 | 10 |\n")
    assert [f.code for f in check(table.format(v="100.8%")).findings] == ["implausible_rate"]
    assert not check(table.format(v="98.4%")).findings


COLON = ("年中上级追加资金共计40.00万元：5月省科协下达基层科普行动计划补助资金15.00万元；7月中央财政科普惠农兴村计划奖补资金{v}；"
         "9月市科协下达市级科普经费5.00万元。")


def test_a_colon_after_a_total_opens_its_parts_over_semicolons() -> None:
    assert not [f for f in check(COLON.format(v="20.00万元")).findings if f.severity == "error"]
    assert [f.code for f in check(COLON.format(v="20.00元")).findings if f.severity == "error"] == ["unit_mismatch"]


def test_a_new_level_with_its_change_is_no_part_of_the_increase() -> None:
    text = "年中调增18.50万元：8月团市委争取下达市级阵地建设补助12.00万元；社会捐赠实际到账31.50万元，较年初预计调增6.50万元。"
    assert not [f for f in check(text).findings if f.severity == "error"]


def test_a_daily_average_over_the_days_the_report_states() -> None:
    text = "2024年度政务服务项目绩效自评报告\n全年366天，热线全天候运行。全年受理群众诉求326458件，日均{v}件。"
    assert [f.code for f in check(text.format(v="894")).findings] == ["average_mismatch"]
    assert not check(text.format(v="892")).findings


def test_the_rest_after_a_listed_part_is_the_last_part() -> None:
    text = "年末结余{t}元。其中，评标室建设项目质保金31,540元按合同约定结转2023年支付，其余161,000元已上缴市财政。"
    assert not [f for f in check(text.format(t="192,540")).findings if f.severity == "error"]
    assert [f.code for f in check(text.format(t="147,540")).findings if f.severity == "error"] == ["sum_mismatch"]


def test_rates_of_one_source_or_kind_of_spending_are_not_the_project_s() -> None:
    text = ("2021年全年预算500.30万元，全年支出466.48万元，预算执行率93.24%。分来源看，中央资金支出380.12万元，执行率95.03%；"
            "省级资金支出81.36万元，执行率90.40%；市级配套支出50.00万元；上年结转20.00万元全部支出。")
    assert not [f for f in check(text).findings if f.severity == "error"]


def test_monthly_averages_side_by_side_are_no_totals() -> None:
    text = "全年生活补贴月均发放3120人，护理补贴月均发放4250人，受益残疾人共计7370人。"
    assert not [f for f in check(text).findings if f.code == "average_mismatch"]


def test_a_department_report_s_own_funds_table_against_its_project_spending_rate() -> None:
    text = ("翁牛特旗动物疫病预防控制中心2024年度部门整体支出绩效自评报告\n"
            "全年支出1,634.92万元，部门预算执行率96.05%。基本支出486.30万元全部执行；项目支出1,148.62万元，执行率94.47%。\n"
            "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|\n"
            "| 年度资金总额 | 1,566.30 | 1,702.10 | 1,634.92 | 10 | 96.05% | 9.61 |\n")
    assert not [f for f in check(text).findings if f.severity == "error"]


def test_plain_bar_rows_keep_their_empty_first_cell() -> None:
    rows = ["一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因",
            "产出指标 | 数量指标 | 建成高标准农田面积 | ≥5.0万亩 | 4.7万亩 | 40 | 37.6 | 片区延期",
            " |  | 新打机电井 | ≥150眼 | 156眼 | 20 | 20 | ",
            "效益指标 | 经济效益指标 | 粮食产能提升 | ≥100斤/亩 | 110斤/亩 | 30 | 30 | ",
            "满意度指标 | 服务对象满意度指标 | 农民满意度 | ≥90% | 93.8% | 10 | 10 | ",
            "总分 |  |  |  |  | 100 | {t} | 优"]
    text = "\n".join(rows) + "\n"
    assert not [f for f in check(text.format(t="97.6")).findings if f.severity == "error"]
    assert [f.code for f in check(text.format(t="96.6")).findings if f.severity == "error"] == ["score_sum_mismatch"]


def test_a_count_of_the_same_people_stated_twice_with_two_digits_swapped_is_doubtful() -> None:
    text = ("2022年全县在岗保洁员1,286人，保洁面积985万平方米。\n"
            "建立了三级考核体系，{n}名保洁员全部购买意外伤害保险。")
    assert check(text.format(n="1,286")).findings == []
    f, other = check(text.format(n="1,268")).findings  # the restatement, and the first as well: neither borne out
    assert (f.code, f.severity) == ("conflicting_values", "warning") and "1,286人" in f.message
    assert (other.code, other.severity, other.related) == ("conflicting_values", "warning", (f.span,))


def test_three_digits_swapped_only_count_when_both_name_the_same_thing() -> None:
    named = "新增农村网商186户，未达到200户的目标。\n实际完成情况：新增农村网商168户。\n自评表：新增农村网商｜≥200户｜186户"
    assert [f.code for f in check(named).findings] == ["conflicting_values"]
    apart = "新建站点186个。\n培训班学员168个批次完成结业。\n自评表：新建站点｜≥180个｜186个"
    assert [f for f in check(apart).findings if f.code == "conflicting_values"] == []


def test_a_count_of_four_digits_restated_with_two_swapped_under_a_shared_word_is_doubtful() -> None:
    text = ("全年清运集镇生活垃圾4380吨，日均清运12吨。\n一是农村人居环境明显改善。全镇年清运垃圾{n}吨，集镇环境保持整洁。")
    assert check(text.format(n="4380")).findings == []
    assert [(f.code, f.severity) for f in check(text.format(n="4830")).findings] == [("conflicting_values", "warning")] * 2
    apart = "全年清运集镇生活垃圾4380吨。\n新建储粮仓库容量4830吨。"
    assert check(apart).findings == []


def test_an_amount_stated_once_with_its_digits_swapped_against_the_same_amount_elsewhere_is_doubted() -> None:
    text = ("项目资金451.50万元，其中中央资金260.50万元、省级资金96.00万元、州级资金40.00万元、县级资金55.00万元。\n"
            "全年到位项目资金451.50万元。\n三、绩效目标完成情况\n本年度包虫病防治项目资金{v}万元全部用于筛查和治疗。\n")
    assert [f for f in check(text.format(v="451.50")).findings if f.code == "conflicting_values"] == []
    found = [f for f in check(text.format(v="415.50")).findings if f.code == "conflicting_values"]
    assert [(f.severity, text.format(v="415.50")[f.span[0] : f.span[1]]) for f in found] == [("warning", "415.50万元")]
