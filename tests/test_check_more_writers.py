"""Shapes the writers of the fifth session brought (issue 10, drafts97–111 on first sight): each miss that is a
general way of writing a report is a test here, beside the clean form it must leave alone."""

from __future__ import annotations

from chains.check import check


def errors(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).errors]


def test_a_grade_in_straight_quotes_after_a_combined_score_is_checked() -> None:
    text = ("五、自评结论\n经自评，本项目综合评分95.82分，评价等级为\"{grade}\"，较2022年度（87.50分，良）提高8.32分。\n")
    assert errors(text.format(grade="优")) == []
    assert ("grade_mismatch", "良") in errors(text.format(grade="良"))


def test_a_sources_budget_and_what_it_spent_are_one_part_of_the_spending() -> None:
    text = ("截至2024年12月31日，项目实际支出272.63万元，执行率76.41%。其中：中央资金186.80万元已支出162.63万元，"
            "支出率87.06%；省级资金60万元已全部支出；县级资金110万元支出50万元，支出率45.45%。\n")
    assert [e for e in errors(text) if e[0] == "sum_mismatch"] == []
    assert ("rate_mismatch", "87.60%") in errors(text.replace("87.06%", "87.60%"))


def test_a_rate_after_an_amount_and_what_of_it_was_spent_is_their_quotient() -> None:
    text = "县级资金110万元，支出50万元，支出率{rate}；全年预算24.0000万元，支出{spent}万元，执行率94.3%。\n"
    assert errors(text.format(rate="45.45%", spent="22.6350")) == []
    assert ("rate_mismatch", "45.54%") in errors(text.format(rate="45.54%", spent="22.6350"))
    # an amount off by 10^4 is named as such, not as a wrong rate
    assert [e[0] for e in errors(text.format(rate="45.45%", spent="226350"))] == ["unit_mismatch"]


def test_a_part_named_for_a_county_medical_community_is_still_a_part() -> None:
    # 医共体 holds a 共, which is no 共计 restating the total
    text = ("全年预算835.00万元。资金按用途分为：乡镇卫生院医疗设备配置480万元、村卫生室标准化建设150万元、"
            "基层卫生人才培训95万元、县域医共体信息化建设{last}万元。\n")
    assert errors(text.format(last="110")) == []
    assert ("sum_mismatch" in {code for code, _ in errors(text.format(last="100"))})
