"""A report that sets this year beside last year: a table with a column per year (项目｜2017年｜2018年｜增减额｜增减幅度)
holds each year's own rate, and "其中中央资金957.86万元，兑付921.28万元" gives a part's budget and then its spending."""

from __future__ import annotations

from chains.check import check


def errors(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).findings if f.severity == "error"]


def test_a_table_with_a_column_per_year_holds_each_years_own_rate() -> None:
    text = ("主要指标与2017年对比如下：\n项目｜2017年｜2018年｜增减额｜增减幅度\n"
            "全年预算资金（万元）｜1,462.00｜1,583.60｜121.60｜8.32%\n"
            "兑付补贴资金（万元）｜1,378.40｜1,542.80｜164.40｜11.93%\n"
            "预算执行率｜94.28%｜97.42%｜3.14个百分点｜—\n补贴机具（台、套）｜783｜842｜59｜7.54%\n")
    assert errors(text) == []


def test_a_parts_budget_then_its_spending_are_not_two_parts() -> None:
    text = ("截至2021年12月31日，累计兑付补贴资金961.28万元，预算执行率96.33%。其中中央资金（含上年结转）957.86万元，"
            "兑付921.28万元，兑付率96.18%；省级累加补贴资金40.00万元全部兑付。\n")
    assert errors(text) == []
