"""Indicators written in a sentence with their weights in brackets and their scores: no score above its weight, and a
level named with its weight before a colon holds its items' weights and scores."""

from __future__ import annotations

from chains.check import check


def errors(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).findings if f.severity == "error"]


_LEVEL = ("产出指标（40分）得{total}分：专职网格员在岗数（15分），目标不少于240名，实际248名，得15分；网格事件办结率（15分），"
          "目标不低于97%，实际98.31%，得{s}分；网格员入户走访（{w}分），目标不少于12万户次（每户2次），实际11.4万户次，"
          "完成率95.00%，得9.50分。\n")


def test_a_level_written_in_a_sentence_that_adds_up() -> None:
    assert errors(_LEVEL.format(total="39.50", s="15", w="10")) == []


def test_an_items_score_above_its_weight() -> None:
    found = errors(_LEVEL.format(total="40.63", s="16.13", w="10"))
    assert ("score_exceeds_weight", "16.13分") in found


def test_items_weights_that_do_not_make_the_levels() -> None:
    assert errors(_LEVEL.format(total="39.50", s="15", w="15")) == [("weight_sum_mismatch", "40")]


def test_items_scores_that_do_not_make_the_levels_score() -> None:
    assert errors(_LEVEL.format(total="38.50", s="15", w="10")) == [("score_sum_mismatch", "38.50")]


def test_a_level_with_an_item_not_read_is_left_alone() -> None:
    text = "产出指标50分：覆盖率（20分），目标100%，实际100%，得20分；讲座场次（15分）按场次计分；意见书（15分），实际327份，得15分。\n"
    assert errors(text) == []


def test_the_levels_scores_in_a_sentence_add_up_to_the_total_after_them() -> None:
    text = "经自评，预算执行得分9.59分、产出指标得分{o}分、效益指标得分23.86分，合计89.85分，评价等级为“良”。\n"
    assert errors(text.format(o="56.40")) == []
    assert errors(text.format(o="58.40")) == [("score_sum_mismatch", "89.85分")]


def test_a_run_of_levels_scores_with_one_not_read_is_left_alone() -> None:
    text = "项目决策得分10分，过程指标得分18.78分，产出指标得分38分，效益指标得分30分，总分96.78分，评价等级为优秀。\n"
    assert errors(text) == []
