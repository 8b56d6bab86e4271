"""Linking prose figures to the quantity they state (glossary names), their subject and sub-item."""

from __future__ import annotations

import pytest

from chains.text.numbers import extract_numbers
from chains.text.quantities import link_mentions, subject_compatible


def linked(text: str) -> dict[str, tuple]:
    return {lk.mention.raw: (lk.quantity, lk.subject, lk.scope, lk.component_of) for lk in
            link_mentions(text, extract_numbers(text))}


@pytest.mark.parametrize(
    "text, raw, quantity",
    [
        ("年初预算数120万元", "120万元", "initial_budget"),
        ("全年预算数139.00万元", "139.00万元", "annual_budget"),
        ("2022年预算批复976万元", "976万元", "approved_budget"),
        ("实际到位经费788.82万元", "788.82万元", "received"),
        ("省级下达我县福利彩票公益金113万元", "113万元", "issued"),
        ("全年执行数125.10万元", "125.10万元", "spent"),
        ("全年共支付省级彩票公益金113万元", "113万元", "spent"),
        ("年末结余5.99万元", "5.99万元", "balance"),
        ("未使用的151.94万元按规定结转", "151.94万元", "balance"),
        ("预算执行率达到587.90%", "达到587.90%", "execution_rate"),
        ("资金到位率100%", "100%", "received_rate"),
        ("满意度达98%", "98%", "satisfaction"),
        ("自评得分98分", "98分", "total_score"),
        ("总得分98分", "98分", "total_score"),
        ("总分100分，自评得分95分", "100分", "max_score"),
        ("各项目平均自评分数为98分", "98分", "average"),
        ("年中追加预算20万元", "20万元", "budget_adjustment"),
        ("项目总投资500万元", "500万元", "total_investment"),
        ("按生均1000元的标准", "1000元", "unit_price"),
        ("上年结余10万元", "10万元", "carryover"),
    ],
)
def test_quantity_word_before_the_figure(text: str, raw: str, quantity: str) -> None:
    assert linked(text)[raw][0] == quantity


def test_a_word_taken_by_a_nearer_figure_is_not_reused() -> None:
    # 执行 belongs to 10.01万元; the rate after it is linked by its own word
    got = linked("2021年实际执行10.01万元，预算执行率63%，年末结余5.99万元。")
    assert got["10.01万元"][0] == "spent" and got["63%"][0] == "execution_rate" and got["5.99万元"][0] == "balance"


def test_figures_after_qizhong_are_components_of_the_total() -> None:
    items = link_mentions(t := "项目预算16万元，其中运行维护费10万元、电费6万元。", extract_numbers(t))
    assert [lk.component_of for lk in items] == [None, 0, 0]
    assert all(lk.quantity == "annual_budget" for lk in items)


def test_qizhong_opening_its_own_sentence_still_breaks_down_the_total() -> None:
    items = link_mentions(t := "全年预算数400万元。其中：市级资金300万元，上年结转资金100万元。", extract_numbers(t))
    assert [lk.component_of for lk in items] == [None, 0, 0]


def test_parts_before_heji_belong_to_the_total() -> None:
    items = link_mentions(t := "设备运维198.30万元，扬尘治理174.26万元，合计372.56万元。", extract_numbers(t))
    assert [lk.component_of for lk in items] == [2, 2, None]


def test_numbered_sub_item_paragraph_is_its_own_scope() -> None:
    got = linked("1.养老机构运营补贴项目。下达资金48万元。\n2.社会工作服务站项目。下达资金15万元。\n全年共支付113万元。")
    assert got["48万元"][2] == "养老机构运营补贴项目"
    assert got["15万元"][2] == "社会工作服务站项目"
    assert got["113万元"][2] == ""


def test_section_paragraphs_are_not_sub_items() -> None:
    got = linked("2.预算安排及使用情况。项目预算16万元。")
    assert got["16万元"][2] == ""


@pytest.mark.parametrize(
    "a, b, same",
    [("彩票公益金", "福利彩票公益金", True), ("安全生产专项业务资金", "安全生产专项业务资金", True),
     ("甲项目", "乙项目", False), ("", "资金", False)],
)
def test_subjects_compare_by_their_head(a: str, b: str, same: bool) -> None:
    assert subject_compatible(a, b) is same


def test_table_figures_are_left_to_the_table_rules() -> None:
    text = "前言预算100万元。\n一级指标｜分值｜得分\n产出｜50｜48\n"
    found = extract_numbers(text)
    start = text.index("一级指标")
    items = link_mentions(text, found, [(start, len(text))])
    assert [lk.mention.raw for lk in items] == ["100万元"]
