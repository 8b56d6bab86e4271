"""A rate of counts stated right after the counts it comes from: the later count over the earlier, or what is left
once those that failed are taken out. Read only when the rate's own word names what the later count counts."""

from __future__ import annotations

from chains.check import check


def found(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).findings if f.severity == "error"]


def test_a_pass_rate_is_those_who_passed_over_those_who_sat() -> None:
    text = "2023届毕业生参加护士执业资格考试1,236人，通过1,147人，通过率{r}，高于90%的目标。\n"
    assert found(text.format(r="92.80%")) == []
    assert found(text.format(r="92.08%")) == [("rate_mismatch", "92.08%")]


def test_a_pass_rate_after_the_failures_is_what_is_left() -> None:
    text = "全年共抽检212批次，不合格9批次，合格率{r}。\n"
    assert found(text.format(r="95.75%")) == []
    assert found(text.format(r="95.50%")) == [("rate_mismatch", "95.50%")]


def test_a_satisfaction_over_a_hundred_per_cent_cannot_be() -> None:
    text = "回收有效问卷486份，表示满意的473份，满意度{r}。\n"
    assert found(text.format(r="97.33%")) == []
    assert found(text.format(r="102.75%")) == [("implausible_rate", "102.75%")]


def test_counts_of_other_things_or_of_a_target_are_not_what_the_rate_is_of() -> None:
    assert found("发放问卷500份，收回482份，参保农户满意度88.6%。\n") == []  # questionnaires, not the satisfied
    assert found("新建或改扩建校内实训室9个，目标8个，完成率112.50%。\n") == []  # a target: ``completion``
    assert found("计划改造6座，年内完成4座，项目执行率80.00%。\n") == []  # money's rate, not the bridges'
