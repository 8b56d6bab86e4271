"""A report on several sub-projects (a 政法委's six, a greening contract's lots): their summary table's 合计 row gives
the average score, not the sum, and the table's totals are theirs, not the project's; one lot's figure is not the
indicator's; a budgeted item and its spending are two measures."""

from __future__ import annotations

from chains.check import check


def errors(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).findings if f.severity == "error"]


_SUMMARY = ("各子项目汇总情况如下（单位：万元）：\n子项目｜预算数｜执行数｜执行率｜自评得分\n"
            "全科网格建设经费｜486.00｜481.35｜99.04%｜99.26\n平安建设｜120.00｜116.42｜97.02%｜99.70\n"
            "矛盾纠纷调处化解中心建设｜148.55｜112.95｜76.04%｜89.43\n合计｜754.55｜710.72｜94.19%｜{total}\n"
            "注：合计行自评得分按各子项目预算数加权平均计算。\n")


def test_a_summary_of_sub_projects_gives_their_weighted_average_score() -> None:
    assert errors(_SUMMARY.format(total="97.39")) == []


def test_a_summary_total_neither_average_gives_is_an_average_mismatch() -> None:
    assert errors(_SUMMARY.format(total="98.48")) == [("average_mismatch", "98.48")]


def test_the_sub_projects_totals_are_not_the_departments_budget() -> None:
    text = "全年预算1,198.94万元，其中区级财政拨款1,190.94万元、市级专项补助8.00万元。\n" + _SUMMARY.format(total="97.39")
    assert errors(text) == []


def test_a_list_of_averages_is_no_average_of_the_rest() -> None:
    text = "四个标段全年考核平均得分分别为92.4分、90.8分、88.6分和91.4分，平均90.80分。\n"
    assert errors(text) == []
    assert errors(text.replace("平均90.80分", "平均91.80分")) == [("average_mismatch", "91.80分")]


def test_one_lots_figure_is_not_the_indicators() -> None:
    text = ("一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
            "效益指标｜社会效益｜标段年度考核平均得分｜≥90分｜91.50分｜10｜10\n\n"
            "（二）三标段年度考核平均得分89.4分，扣款9.32万元。\n")
    assert errors(text) == []


def test_a_budgeted_item_and_its_spending_are_two_measures() -> None:
    text = ("2023年年初预算600.00万元，其中资助资金合计570.00万元；评审组织及培训经费30.00万元。\n"
            "截至年底，评审组织及培训经费支出20.75万元。\n")
    assert errors(text) == []


def test_a_line_number_in_a_printed_form_is_no_figure() -> None:
    text = ("项目　　　　　行次　　合计　　　省级\n全年预算数　　(2)　　　950.00　　120.00\n实际到位数　　(3)　　　920.00　　120.00\n"
            "实际支出数　　(4)　　　901.16　　120.00\n结余(5)=(3)-(4)　　(5)　　　18.84　　　0.00\n")
    assert errors(text) == []
