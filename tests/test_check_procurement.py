"""A purchase's savings in one sentence: 采购预算 − 合同金额 = 节约资金, and 节支率 = 节约资金 ÷ 采购预算; the saving is
no balance of the project's budget."""

from __future__ import annotations

from chains.check import check

TENDER = ("项目采用公开招标方式，采购预算96.0000万元，合同金额91.2000万元，节约资金{saved}万元，节支率{rate}。"
          "合同于2022年5月签订，2022年支付首期款（60%）54.7200万元。")


def errors(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).findings if f.severity == "error"]


def test_savings_that_add_up_are_no_balance_of_the_budget() -> None:
    assert errors(TENDER.format(saved="4.8000", rate="5.0%")) == []


def test_savings_off_the_budget_less_the_contract() -> None:
    assert errors(TENDER.format(saved="4.0800", rate="5.0%")) == [("balance_mismatch", "4.0800万元")]


def test_a_saving_rate_off_the_saving_over_the_budget() -> None:
    assert errors(TENDER.format(saved="4.8000", rate="6.0%")) == [("rate_mismatch", "6.0%")]
    # 4.8 ÷ 91.2 = 5.26%: a rate on the contract amount is another way of counting, not a slip
    assert errors(TENDER.format(saved="4.8000", rate="5.3%")) == []
