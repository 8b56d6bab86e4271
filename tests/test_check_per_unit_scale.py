"""A rate per unit written in 万元 where its paragraph's count and amount show it is in 元."""

from __future__ import annotations

from chains.check import check


def errors(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).findings if f.severity == "error"]


def test_a_subsidy_per_mu_in_wan_yuan_that_only_yuan_makes_add_up() -> None:
    text = "全县完成深松整地24.00万亩，每亩补贴{p}，兑付补贴资金360.00万元。\n"
    assert errors(text.format(p="15元")) == []
    assert errors(text.format(p="15万元")) == [("unit_mismatch", "15万元")]


def test_a_cost_per_square_metre_worked_out_in_yuan() -> None:
    text = "广场总投资315.00万元，建设面积3,500平方米，单位造价{p}/平方米。\n"
    assert errors(text.format(p="900元")) == []
    assert errors(text.format(p="900万元")) == [("unit_mismatch", "900万元")]


def test_a_bound_on_a_rate_per_unit_is_left_alone() -> None:
    text = "车间租金补助每个每年不超过3万元；全年补助车间12个，补助资金36.00万元。\n"
    assert errors(text) == []
