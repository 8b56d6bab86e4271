"""Averages stated in prose (rules I10): the total over the count, in the average's own clause run first."""

from __future__ import annotations

import pytest

from chains.check import check


def averages(text: str) -> list[tuple[str, str]]:
    return [(f.severity or "", text[f.span[0] : f.span[1]]) for f in check(text).findings if f.code == "average_mismatch"]


@pytest.mark.parametrize(("text", "wrong", "right"), [
    # 平均每场 over 场次
    ("科技特派员共开展技术培训186场次，培训农民9,672人次，平均每场{v}人次。", "56", "52"),
    # 人均 in a clause run of its own, after other amounts of the line
    ("购置火箭弹240枚，支出62.40万元；作业人员补贴24.96万元，共26名作业人员，人均{v}元；年检维护11.20万元。", "9,060", "9,600"),
    # as many amounts as the count counts, right before the average
    # a count by a measure word and the noun the average is per ("36个行政村" for 平均每村), the total in the sentence before
    ("全年实际支出1,987,200.00元，主要用于支付规划编制服务费。项目共完成36个行政村的规划编制，平均每村{v}元。",
     "52,200.00", "55,200.00"),
    ("储备粮规模20,000吨，由三家企业承储：甲公司承储8,000吨，乙粮库承储7,000吨，丙储备库承储5,000吨，平均每家承储{v}吨。",
     "6,867", "6,667"),
])
def test_an_average_that_is_not_the_total_over_the_count(text: str, wrong: str, right: str) -> None:
    found = averages(text.format(v=wrong))
    assert len(found) == 1 and found[0][0] == "error" and wrong in found[0][1]
    assert averages(text.format(v=right)) == []


def test_the_message_says_the_average_in_its_own_unit() -> None:
    text = "作业人员补贴24.96万元，共26名作业人员，人均9,060元。"
    message = next(f.message for f in check(text).findings if f.code == "average_mismatch")
    assert "9600.00元" in message and "万元÷" in message


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("2022年度消防救援项目绩效自评报告\n全年接处警712起，日均{v}起，出动时间均控制在1分钟以内。", "1.59", "1.95"),
    ("全年办理知识产权维权援助案件137件，补贴金额521.30万元，件均{v}元。", "38,015.09", "38,051.09"),
    ("完成录音录像档案数字化552盘，支出198,600.00元，平均每盘{v}元。", "395.78", "359.78"),
])
def test_averages_per_day_per_case_and_per_item_of_any_unit(text: str, wrong: str, right: str) -> None:
    assert [s for s, _ in averages(text.format(v=wrong))] == ["error"]
    assert averages(text.format(v=right)) == []


def test_an_average_over_a_count_stated_as_its_basis_divides_the_spending_before_it() -> None:
    text = ("截至2021年12月31日，项目资金全部到位，实际支出6,215.38万元，预算执行率90.83%；未支付的627.22万元已结转"
            "2022年继续使用。按18个小区计算，平均每个小区投入{avg}万元。\n")
    assert check(text.format(avg="345.30")).findings == []
    (f,) = check(text.format(avg="354.30")).findings
    assert (f.code, f.severity, f.expected) == ("average_mismatch", "warning", "345.30万元")
    assert f.message.startswith("疑似") and "6,215.38万元" in f.message


def test_an_average_naming_one_part_of_the_spending_divides_that_part() -> None:
    text = ("全年预算620.00万元已全部到位。截至2023年12月31日，实际支出541.30万元，预算执行率87.31%，其中：第三方运维服务费"
            "412.80万元，前端设备电费68.50万元，光纤链路租赁费60.00万元。按全县2460个点位计算，平均每个点位年运维服务费{avg}元。")
    assert check(text.format(avg="1678.05")).findings == []
    (f,) = check(text.format(avg="1687.05")).findings
    assert (f.code, f.severity, f.expected) == ("average_mismatch", "warning", "1678.05元") and "412.80万元" in f.message


def test_an_average_over_a_count_elsewhere_in_the_report_when_that_count_is_the_only_one_of_its_unit() -> None:
    text = ("全年完成送戏下乡演出436场，比目标多16场。\n全年观看群众累计13.6万人次，平均每场观众{avg}人次。\n")
    assert check(text.format(avg="312")).findings == []
    (f,) = check(text.format(avg="321")).findings
    assert (f.code, f.severity) == ("average_mismatch", "warning") and "436场" in f.message


def test_a_part_named_with_the_count_is_what_the_average_divides() -> None:
    text = ("全年支出584.00万元，其中人员经费345.60万元、消防车辆及器材购置186.00万元、训练及营房维护52.40万元。"
            "人员经费按48名专职消防员、每人每月6,000元发放，人均年经费{avg}万元。")
    assert check(text.format(avg="7.20")).findings == []
    assert [f.code for f in check(text.format(avg="7.02")).findings] == ["average_mismatch"]


def test_the_total_marked_as_a_sum_is_what_an_average_divides_when_a_sentence_has_several() -> None:
    text = "全年生活补贴月均发放3120人，护理补贴月均发放4250人，受益残疾人共计7370人，分布于全县17个乡镇，平均每个乡镇{avg}人。"
    assert check(text.format(avg="433.5")).findings == []
    assert [f.code for f in check(text.format(avg="435.3")).findings] == ["average_mismatch"]


def test_an_average_over_the_count_named_like_its_total_elsewhere_in_the_report() -> None:
    text = ("全年培训乡村教师1,606人次，其中集中面授1,230人次、跟岗研修142人次、送教下乡234人次。\n"
            "实际支出171.36万元。其中：集中面授培训98.40万元，人均培训费用{avg}元；跟岗研修42.60万元；平台使用费18.36万元；送教下乡12.00万元。")
    assert check(text.format(avg="800")).findings == []
    (f,) = check(text.format(avg="880")).findings
    assert (f.code, f.severity) == ("average_mismatch", "warning") and "1,230人次" in f.message


def test_an_average_of_a_named_cost_over_the_count_in_its_sentence_divides_that_cost_stated_elsewhere() -> None:
    text = ("全年支出79.12万元，其中宣传品制作21.36万元、禁毒志愿者培训10.46万元、展陈更新47.30万元。\n"
            "全年培训禁毒志愿者及网格员523人次，人均培训费{avg}元。")
    assert check(text.format(avg="200")).findings == []
    (f,) = check(text.format(avg="220")).findings
    assert (f.code, f.severity) == ("average_mismatch", "warning") and "10.46万元" in f.message
    # a cost stated twice with two amounts (budget and spending): no total to divide
    both = "培训费预算12.00万元。\n" + text.replace("全年支出", "全年实际支出")
    assert [f for f in check(both.format(avg="220")).findings if f.code == "average_mismatch"] == []


def test_an_average_in_ten_thousands_of_a_unit_agrees_to_its_own_decimals() -> None:
    text = "补偿公益林面积68.64万亩；全年聘用护林员40名，护林员人均巡护面积{avg}万亩。"
    assert check(text.format(avg="1.72")).findings == []
    assert [f.code for f in check(text.format(avg="1.27")).findings] == ["average_mismatch"]


def test_parts_of_an_average_headcount_and_a_target_after_an_average_are_not_averages() -> None:
    assert check("全年平均在岗受助教师2086人，其中一档412人、二档968人、三档706人。").findings == []
    text = "四个监测点亩均鲜草产量分别为238.4公斤、262.1公斤、247.9公斤、258.0公斤，平均251.6公斤，高于245公斤的目标。"
    assert [f for f in check(text).findings if f.severity == "error"] == []


def test_an_average_followed_by_its_parts_is_their_mean() -> None:
    text = "2022年至2024年累计发放扶助资金1821.24万元，年均{avg}万元，其中2022年587.16万元、2023年609.36万元、2024年624.72万元。"
    assert check(text.format(avg="607.08")).findings == []
    assert [f.code for f in check(text.format(avg="670.08")).findings] == ["average_mismatch"]


def test_an_average_over_as_many_items_as_its_count_listed_before_the_count() -> None:
    text = ("2021年共安排三个村的一事一议项目，分别为：苏区村村道硬化，奖补48.60万元；大同村排水沟建设，奖补36.20万元；"
            "新兴村文化活动室建设，奖补41.80万元。三个村平均每个村{avg}万元。")
    assert check(text.format(avg="42.20")).findings == []
    assert [f.code for f in check(text.format(avg="42.02")).findings] == ["average_mismatch"]


def test_an_average_whose_digits_are_the_mean_in_another_unit_is_a_unit_slip() -> None:
    text = "参保胶农7245户，完成计划的80.50%。\n承保机构共赔付1486.80万元，户均获赔{avg}。"
    assert check(text.format(avg="2052.17元")).findings == []
    assert [f.code for f in check(text.format(avg="2052.17万元")).findings] == ["unit_mismatch"]


def test_a_total_already_named_as_a_unit_slip_explains_the_average_over_it() -> None:
    text = ("项目支出2,671,200.00元，其中宫颈癌检查费1,423,799.60元，乳腺癌检查费1,129,580.40万元（11,742人，人均96.20元），"
            "宣传及随访费117,820.00元。")
    found = [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).findings if f.severity == "error"]
    assert found == [("unit_mismatch", "1,129,580.40万元")]


def test_an_average_right_after_a_list_of_its_unit_is_the_lists_mean() -> None:
    text = "分季度看，第一季度9420头、第二季度7865头、第三季度6318头、第四季度10257头，季度平均处理{a}头。"
    assert check(text.format(a="8465")).findings == []
    assert [f.code for f in check(text.format(a="8645")).findings] == ["average_mismatch"]


def test_an_average_followed_by_groups_each_with_its_count_is_no_total_of_them() -> None:
    # 41 enterprises, 587.35万元: 14.3256万元 each; the groups after 其中 are each group's whole, not the average's parts
    text = ("企业研发补贴项目预算600.0000万元，实际支出587.3500万元，执行率97.9%。补贴企业41家，户均14.3256万元，"
            "其中大型企业6家165.0000万元、中型企业15家247.3500万元、小微企业20家175.0000万元。")
    assert [f for f in check(text).findings if f.severity == "error"] == []


def test_the_count_and_the_total_listed_before_an_average_are_no_list_to_average() -> None:
    text = "全年举办各类文体活动326场，参与群众41.5万人次，其中线下活动88场，参与12.32万人次，平均每场1400人次。"
    assert averages(text) == []


def test_an_average_per_place_of_the_noun_it_names_takes_that_nouns_count() -> None:
    text = "新设和更换界标114块、警示牌38块，合计152块，19处乡镇级水源地平均每处{v}块界标。"
    assert averages(text.format(v=6)) == []
    assert averages(text.format(v=7)) == [("error", "7块")]


def test_an_average_cost_takes_no_other_items_money_from_its_line() -> None:
    text = ("物化补助按每亩195元标准兑付，示范基地10 260亩共计2 000 700.00元；深松整地8 600亩，每亩补助50元；"
            "举办培训36期，每期60人，共2 160人次，人均培训费用85元。")
    assert averages(text) == []


def test_an_average_of_bare_figures_listed_with_the_unit_written_once_at_the_end() -> None:
    text = "5个乡镇专职消防站全年出警分别为126、98、143、87、111起，平均{v}起。"
    assert averages(text.format(v="113")) == []
    assert averages(text.format(v="141.25")) == [("error", "141.25起")]


def test_a_counts_average_takes_no_total_from_another_sentence_of_its_line() -> None:
    text = "报废联合收割机198台，完成年度指标的76.15%。受益农户和经营主体746户，户均报废1.50台、户均获得补贴1.86万元。"
    assert averages(text) == []


def test_the_average_score_of_the_projects_a_table_lists() -> None:
    text = ("各项目自评情况如下：\n序号｜项目名称｜全年预算数（万元）｜全年执行数（万元）｜执行率｜自评得分\n"
            "1｜农村公路养护｜4,860.00｜4,702.35｜96.76%｜95.6\n2｜客运成品油价格补助｜1,286.40｜1,286.40｜100.00%｜98.0\n"
            "3｜通村公路建设｜6,420.00｜5,980.53｜93.15%｜92.4\n合计｜｜12,566.40｜11,969.28｜95.25%｜—\n"
            "3个项目平均自评得分{v}分，其中优秀3个。\n")
    assert averages(text.format(v="95.33")) == []
    assert averages(text.format(v="95.53")) == [("error", "95.53分")]


def test_a_tables_column_of_averages_is_each_rows_amount_over_its_count() -> None:
    text = ("| 机具品目 | 数量（台/套/架） | 补贴资金（万元） | 台均补贴（万元） |\n|---|---|---|---|\n"
            "| 轮式拖拉机 | 428 | 1076.93 | 2.52 |\n| 玉米收获机 | 71 | 386.25 | {v} |\n| 合计 | 499 | 1463.18 | 2.93 |\n")
    assert averages(text.format(v="5.44")) == []
    assert averages(text.format(v="5.18")) == [("error", "5.18")]
    # the amount and the average in two units: nothing to say
    assert averages(text.format(v="5.18").replace("台均补贴（万元）", "台均补贴（元）")) == []


def test_a_yearly_or_quarterly_average_after_amounts_given_in_turn_is_their_mean() -> None:
    text = "2016—2018年项目支出分别为15,862.40万元、16,745.08万元、17,634.12万元，年均{v}万元，项目支出逐年增加。"
    assert [f for f in check(text.format(v="16,747.20")).findings if f.severity == "error"] == []
    assert [f.code for f in check(text.format(v="16,774.20")).findings if f.severity == "error"] == ["average_mismatch"]
    quarters = "第一至第四季度分别发放117.36万元、118.08万元、118.83万元、119.49万元，全年合计473.76万元，季均{v}万元。"
    assert [f for f in check(quarters.format(v="118.44")).findings if f.severity == "error"] == []
    assert [f.code for f in check(quarters.format(v="157.92")).findings if f.severity == "error"] == ["average_mismatch"]
