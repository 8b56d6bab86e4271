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
