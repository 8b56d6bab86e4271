"""A growth rate beside the two figures it compares: (this year − last year) ÷ last year."""

from __future__ import annotations

from chains.check import check


def errors(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).findings if f.severity == "error"]


def test_a_growth_rate_on_last_years_figure_holds() -> None:
    text = "2020年平台红枣线上销售额1865万元，比2019年的1420万元同比增长{r}，完成年度目标的103.61%。\n"
    assert errors(text.format(r="31.34%")) == []
    assert errors(text.format(r="23.86%")) == [("rate_mismatch", "23.86%")]  # 445 ÷ 1865: this year's base


def test_a_fall_is_measured_the_same_way() -> None:
    text = "全年电信网络诈骗发案840起，较上年1,032起下降{r}，超出年度目标（下降10%）较多。\n"
    assert errors(text.format(r="18.60%")) == []
    assert errors(text.format(r="22.86%")) == [("rate_mismatch", "22.86%")]


def test_a_change_stated_as_an_amount_is_not_the_earlier_figure() -> None:
    text = "“三公”经费支出65.18万元，比上年增加33.10万元，增长103.18%，主要是更新救护及公务用车。\n"
    assert errors(text) == []


def test_a_part_of_a_list_is_not_the_figure_compared() -> None:
    text = ("“三公”经费支出21.35万元，其中公务接待费1.85万元、公务用车运行维护费19.50万元，较2017年的24.60万元下降13.21%。\n")
    assert errors(text) == []


def test_a_change_in_percentage_points_is_no_growth_rate() -> None:
    text = "预算执行率97.42%，比上年的94.28%提高3.14个百分点。\n"
    assert errors(text) == []


def test_a_target_between_the_figures_is_not_the_later_one() -> None:
    text = "全年受理登记业务14236件，完成年度指标值13000件的109.51%，较2018年的12870件增长10.61%。\n"
    assert [f for f in check(text).findings if f.code == "rate_mismatch"] == []
