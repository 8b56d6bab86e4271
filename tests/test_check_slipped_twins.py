"""Two statements of one figure whose digits changed places ("4320人" / "4230人"): the 疑似 goes on the one the
report bears out less — the other is stated again, or its own sentence or table row works it out (a sum, a count
times a price, a rate, a daily average, a margin over the target) — and, when neither is borne out, on the text's
figure rather than the 自评表's, with the 自评表's marked 疑似 as well (both places are to be checked)."""

from __future__ import annotations

from chains.check import check


def doubts(text: str) -> list[str]:
    return [text[f.span[0] : f.span[1]] for f in check(text).findings
            if f.code == "conflicting_values" and f.severity == "warning"]


_FORM = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n|---|---|---|---|---|---|---|\n"
         "| 产出指标 | 数量指标 | {name} | {target} | {actual} | 10 | 10 |\n")


def test_the_texts_figure_is_doubted_when_neither_is_borne_out() -> None:
    text = ("全年举办培训班24期，培训高素质农民1,263人。\n"
            + _FORM.format(name="高素质农民培训人数", target="≥1,200人", actual="1,236人"))
    assert doubts(text) == ["1,263人", "1,236人"]
    first, other = (f for f in check(text).findings if f.code == "conflicting_values")
    assert "前后颠倒" in first.message and other.related == (first.span,)


def test_a_row_that_works_its_count_out_bears_it_out() -> None:
    text = ("7月又遭受4轮强降雨，全县紧急转移安置群众4320人。\n\n"
            "救助类别\t人数\t补助标准\t金额（万元）\n紧急转移安置\t4230人\t100元/人\t42.30\n")
    assert doubts(text) == ["4320人"]


def test_a_figure_stated_twice_bears_itself_out_against_one_stated_once() -> None:
    text = ("2022年全年筹集保障性租赁住房3,820套，完成年度任务。\n"
            "经核实，全年筹集保障性租赁住房3,280套，惠及新市民、青年人。\n"
            + _FORM.format(name="保障性租赁住房筹集套数", target="≥3,600套", actual="3820套"))
    assert doubts(text) == ["3,280套"]


def test_a_daily_average_beside_the_years_figure_bears_it_out() -> None:
    text = ("全年清运生活垃圾98,550吨，日均270吨，清运单价49.32元/吨。\n"
            + _FORM.format(name="生活垃圾清运量", target="≥95,000吨", actual="95,850吨"))
    assert doubts(text) == ["95,850吨"]


def test_a_margin_over_a_target_stated_elsewhere_bears_the_figure_out() -> None:
    text = ("全县共登记法人单位2,846个、产业活动单位3,205个，法人单位登记数超过目标46个。\n"
            + _FORM.format(name="法人单位登记数", target="≥2800个", actual="2864个"))
    assert doubts(text) == ["2864个"]


def test_a_growth_rate_on_last_years_figure_bears_it_out() -> None:
    text = ("全年检查生产经营单位1,186家次，较上年1,052家次增长12.74%。\n"
            + _FORM.format(name="检查生产经营单位家次", target="≥1,000家次", actual="1,168家次"))
    # the row's name read without its unit (检查生产经营单位) stands in the text: the growth rate bears the text out
    found = [(f.severity, text[f.span[0] : f.span[1]]) for f in check(text).findings if f.code == "conflicting_values"]
    assert found == [("error", "1,168家次")]


def test_a_tables_bare_cell_in_a_row_named_as_the_text_names_it_is_the_same_figure() -> None:
    text = ("全县参战参试退役人员824人，全年按季度足额发放定期抚恤补助。\n\n"
            "类别\t人数\t月标准（元）\t金额（元）\n参战参试退役人员\t842\t650\t6,567,600.00\n"
            "经核实，参战参试退役人员补助按842人测算并发放。\n")
    assert doubts(text) == ["824人"]


def test_figures_of_one_list_are_items_not_a_slip() -> None:
    text = ("全年完成抽查628批次（一至四季度分别为102、186、215、125批次，季度平均157批次）。\n"
            "其中第四季度完成125批次，全部按期报送。\n")
    assert doubts(text) == []


def test_a_cell_written_to_other_places_is_another_figure() -> None:
    text = ("人均康复训练耗材1.86万元，按标准足额保障。\n\n"
            "康复机构\t儿童人数\t补助标准（元）\n县康复中心\t168\t18,600\n")
    assert doubts(text) == []


def errors(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).findings if f.severity == "error"]


def test_a_rate_whose_own_amounts_give_its_restatement_is_the_wrong_one() -> None:
    text = ("县级配套资金20.00万元实际支出16.36万元，其中第六届农牧民运动会12.86万元、社会体育指导员培训3.50万元，"
            "县级配套资金执行率8.18%。\n\n六、存在的问题\n县级配套资金执行率81.80%，结余3.64万元，费用测算偏宽。\n")
    found = [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).findings]
    assert found == [("rate_mismatch", "8.18%")]


def test_a_daily_average_is_over_the_days_the_venue_was_open() -> None:
    text = ("2023年度美术馆免费开放项目绩效自评报告\n\n全年开放307天，接待观众27.36万人次，日均接待观众{d}人次。\n")
    assert errors(text.format(d="891")) == []
    assert errors(text.format(d="819")) == [("average_mismatch", "819人次")]


def test_a_tables_bare_amount_with_decimals_is_the_same_figure_as_the_texts() -> None:
    text = ("2020年“三公”经费支出控制良好，其中公务接待费3.82万元，较上年下降。\n\n"
            "表3 “三公”经费支出情况（万元）\n项目\t预算数\t支出数\n公务用车运行维护费\t12.00\t11.46\n"
            "公务接待费\t4.00\t3.28\n合计\t16.00\t14.74\n")
    assert doubts(text) == ["3.82万元", "3.28"]  # (the table's as well: nothing bears either out)
