"""Words that decide what a figure is of: 项目支出 is the project's spending unless the report also speaks of 基本支出
(a department's report, where it is a kind of spending); a use rate worked out on the money that arrived is judged on
that money or not at all; a received rate after 应到位 is on what was due; a year in a recommendation is a plan."""

from __future__ import annotations

from chains.check import check


def errors(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).findings if f.severity == "error"]


def test_in_a_projects_report_its_xiangmu_zhichu_is_what_it_spent() -> None:
    text = ("项目全年预算1,750.00万元，资金到位1,750.00万元，到位率100%。"
            "截至2024年12月31日，项目支出1,723.87万元，执行率{r}，结余26.13万元。\n")
    assert errors(text.format(r="98.51%")) == []
    assert errors(text.format(r="98.15%")) == [("rate_mismatch", "98.15%")]
    assert errors(text.replace("项目支出", "本项目支出").format(r="98.15%")) == [("rate_mismatch", "98.15%")]


def test_in_a_departments_report_xiangmu_zhichu_is_a_kind_of_spending_with_its_own_budget() -> None:
    text = ("部门全年预算1,750.00万元，其中基本支出预算500.00万元。"
            "全年支出1,700.00万元，其中基本支出480.00万元；项目支出1,220.00万元，执行率97.60%。\n")
    assert errors(text) == []


def test_a_use_rate_on_the_money_that_arrived_is_not_judged_on_the_budget() -> None:
    text = ("项目年初预算680.00万元，年内未调整。\n"
            "截至2019年12月31日，项目支出643.20万元，预算执行率94.59%，按到位资金计算的资金使用率为98.95%。\n")
    assert errors(text) == []
    # the budget's own rate is still judged
    assert errors(text.replace("94.59%", "95.49%")) == [("rate_mismatch", "95.49%")]


def test_a_received_rate_after_what_was_due_and_what_arrived_is_on_what_was_due() -> None:
    text = ("项目资金实际到位5,531.50万元，到位率98.34%。其中中央和省级资金全部到位；"
            "区级配套资金应到位880.00万元，实际到位786.60万元，到位率{r}，差额93.40万元延至2024年安排。\n")
    assert errors(text.format(r="89.39%")) == []
    assert errors(text.format(r="89.93%")) == [("rate_mismatch", "89.93%")]


def test_a_sources_rate_named_again_after_its_spending_is_on_that_sources_budget_not_on_what_arrived() -> None:
    text = ("年初预算共计220.0000万元，其中省级补助资金120.0000万元、县级预算安排100.0000万元。\n"
            "全年实际到位285.0000万元。县级资金到位85.0000万元，未到位15.0000万元。\n"
            "全年实际支出259.5800万元；其中县级资金支出71.2440万元，县级资金执行率{r}。\n")
    assert errors(text.format(r="71.24%")) == []
    assert errors(text.format(r="83.82%")) == []  # on the 85.0000 that arrived: a use rate, not wrong
    assert errors(text.format(r="71.42%")) == [("rate_mismatch", "71.42%")]


def test_a_recommendation_for_next_years_money_is_no_money_of_another_year() -> None:
    text = ("2020年度法律援助项目支出绩效自评报告\n全年预算68.50万元，2020年3月下达，全年支出65.62万元。\n"
            "（二）建议市财政局在2021年上半年拨付市级配套资金。\n")
    assert not [f for f in check(text).findings if f.code == "year_mismatch"]
    assert [f.code for f in check(text.replace("2020年3月下达", "2021年3月下达")).findings] == ["year_mismatch"]


def test_what_a_subsidy_actually_paid_out_is_what_it_spent() -> None:
    text = ("项目全年预算428.46万元。截至2022年12月31日，项目实际拨付补助资金409.96万元，其中区级资金300.00万元、"
            "省级资金109.96万元，预算执行率{r}。\n")
    assert errors(text.format(r="95.68%")) == []
    assert errors(text.format(r="96.58%")) == [("rate_mismatch", "96.58%")]


def test_one_sub_projects_rate_is_not_set_against_the_forms_rate() -> None:
    table = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n|---|---|---|---|---|---|---|\n"
             "| 预算执行 | 预算执行率 | 预算执行率 | 100% | 93.89% | 10 | 9.39 |\n")
    text = table + "二是个别课题经费支出偏慢，JWK2023-Y04课题支出率仅为65.95%。\n"
    assert not [f for f in check(text).findings if f.code == "conflicting_values"]
    assert {f.code for f in check(text.replace("JWK2023-Y04课题支出率", "项目预算执行率")).findings
            if f.severity == "error"} == {"conflicting_values"}
