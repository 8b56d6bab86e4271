"""Weights set out in a sentence (rules §4) add up like the indicator table's: the four first-level weights to
100, each first-level weight to the second-level weights listed for it."""

from __future__ import annotations

import pytest

from chains.check import check

BRACKETS = ("本次自评满分100分，设预算执行10分、产出指标50分（数量指标20分、质量指标15分、时效指标10分、成本指标5分）、"
            "效益指标30分（经济效益10分、社会效益10分、可持续影响10分）、满意度指标10分。")
BELOW = ("本次自评采用百分制，设预算执行10分、产出指标50分、效益指标30分、满意度指标10分。"
         "其中产出指标下设数量指标20分、质量指标15分、时效指标10分、成本指标5分；效益指标下设社会效益指标15分、可持续影响指标15分。")


def weight_errors(text: str) -> list[str]:
    return [text[f.span[0] : f.span[1]] for f in check(text).findings
            if f.code == "weight_sum_mismatch" and f.severity == "error"]


@pytest.mark.parametrize("text", [BRACKETS, BELOW])
def test_weights_that_add_up_say_nothing(text: str) -> None:
    assert weight_errors(text) == []


@pytest.mark.parametrize("text", [BRACKETS, BELOW])
def test_a_second_level_weight_that_breaks_its_parent_is_named_with_its_siblings(text: str) -> None:
    found = weight_errors(text.replace("质量指标15分", "质量指标16分"))
    assert found == ["数量指标20分、质量指标16分、时效指标10分、成本指标5分"]


def test_a_first_level_weight_off_is_said_once_at_the_first_level() -> None:
    found = weight_errors(BRACKETS.replace("效益指标30分", "效益指标35分"))
    assert len(found) == 1 and "效益指标35分" in found[0] and found[0].startswith("预算执行10分")


def test_a_stated_whole_other_than_100_is_the_whole() -> None:
    assert weight_errors("本项目满分为90分，设预算执行10分、产出指标40分、效益指标30分、满意度指标10分。") == []


def test_the_total_score_in_the_weights_sentence_is_not_their_whole() -> None:
    text = ("按照“预算执行率10分、产出指标50分、效益指标30分、满意度指标10分”的权重，我馆对各项指标逐项打分，预算执行率得"
            "9.28分，产出指标得49.40分，效益指标得30分，满意度指标得10分，自评总分98.68分，评价等级为“优”。")
    assert weight_errors(text) == []


@pytest.mark.parametrize("text", [
    # scores, not weights
    "项目自评得分95分，其中预算执行得10分、产出指标48分、效益指标27分、满意度指标10分。",
    "经评价，预算执行扣1分，产出指标扣2分，效益指标扣1分，满意度指标扣1分。",
    # a partial first-level list: nothing to add up
    "设产出指标50分、效益指标30分。",
    # items that are not levels of the indicator system
    "设产出指标50分（培训20分、宣传16分、时效指标10分、成本指标5分）。",
])
def test_what_is_not_a_full_set_of_weights_is_left_alone(text: str) -> None:
    assert weight_errors(text) == []


def test_second_level_weights_after_fen_wei_belong_to_the_first_level_before_them() -> None:
    text = ("本次自评按百分制评分，其中预算执行率10分；产出指标50分，分为数量指标20分、质量指标15分、时效指标5分、成本指标{c}分；"
            "效益指标30分，分为经济效益指标10分、社会效益指标20分；满意度指标10分。")
    assert weight_errors(text.format(c="10")) == []
    assert weight_errors(text.format(c="12")) == ["数量指标20分、质量指标15分、时效指标5分、成本指标12分"]


def score_errors(text: str) -> list[str]:
    return [text[f.span[0] : f.span[1]] for f in check(text).findings
            if f.code == "score_sum_mismatch" and f.severity == "error"]


SCORES = "综上，本项目预算执行得分9.68分，产出指标得分48.86分，效益指标得分{e}分，满意度指标得分10分，自评总得分97.54分，评价等级为“优”。"


def test_first_level_scores_in_a_sentence_add_up_to_the_total_said_after_them() -> None:
    assert score_errors(SCORES.format(e="29")) == []
    found = score_errors(SCORES.format(e="28"))
    assert len(found) == 1 and found[0].startswith("预算执行得分9.68分") and found[0].endswith("97.54分")


def test_scores_of_some_levels_only_are_not_added_up() -> None:
    assert score_errors("产出指标得分48.86分，效益指标得分28分，自评总得分97.54分。") == []


def test_a_first_level_score_in_prose_above_the_weight_the_report_gives_it() -> None:
    weights = "按照项目支出绩效评价指标体系，预算执行分值10分、产出指标50分、效益指标30分、满意度指标10分。"
    scores = "经自评，预算执行得分9.30分，产出指标得分48分，效益指标得分{e}分，满意度指标得分{s}分，总分96.50分。"
    assert [f for f in check(weights + scores.format(e="29.2", s="10")).findings if f.severity == "error"] == []
    (f,) = [f for f in check(weights + scores.format(e="28.2", s="11")).findings if f.code == "score_exceeds_weight"]
    text = weights + scores.format(e="28.2", s="11")
    assert text[f.span[0] : f.span[1]] == "11" and "满意度指标" in f.message and "10" in f.message


def test_scores_listed_in_turn_after_the_level_names() -> None:
    text = ("其中产出指标分值50分、效益指标分值30分，满意度指标分值10分。\n"
            "预算执行、产出、效益、满意度四项一级指标得分依次为9.93分、49分、28.02分、{s}分，合计{t}分。")
    assert [f for f in check(text.format(s="10", t="96.95")).findings if f.severity == "error"] == []
    assert "score_exceeds_weight" in [f.code for f in check(text.format(s="11", t="97.95")).findings]


def test_a_first_level_score_right_after_its_own_weight_in_a_sentence() -> None:
    text = ("自评得分为：预算执行率10分得9.70分，产出指标50分得{v}分，效益指标30分得28.25分，满意度指标10分得9.50分，"
            "合计{t}分，评价等级为优秀。")
    wrong = text.format(v="51", t="98.45")
    assert [(f.code, wrong[f.span[0] : f.span[1]]) for f in check(wrong).findings] == [("score_exceeds_weight", "51")]
    assert check(text.format(v="49", t="96.45")).findings == []


def test_weights_listed_after_qizhong_add_up_to_the_level_before_them() -> None:
    first = "自评实行百分制。预算执行率10分；产出指标50分，其中数量指标{q}分、质量指标15分、时效指标5分、成本指标5分；效益指标30分；满意度指标10分。"
    assert check(first.format(q=25)).findings == []
    assert [f.code for f in check(first.format(q=20)).findings] == ["weight_sum_mismatch"]
    second = "数量指标分值25分，其中秸秆还田面积{a}分、离田利用量15分，两项分别按完成比例计得9.90分和14.85分。"
    assert check(second.format(a=10)).findings == []
    assert [f.code for f in check(second.format(a=15)).findings] == ["weight_sum_mismatch"]


def test_first_level_scores_listed_after_words_of_scoring_add_up_to_their_total() -> None:
    text = "经逐项评分，预算执行率9.72分、产出指标{p}分、效益指标29.80分、满意度指标10分，合计98.68分，评价等级为优。"
    assert [f for f in check(text.format(p="49.16")).findings if f.severity == "error"] == []
    assert [f.code for f in check(text.format(p="49.61")).findings if f.severity == "error"] == ["score_sum_mismatch"]


def test_first_level_scores_listed_after_the_total_they_make_up_are_scores_not_weights() -> None:
    text = "本项目自评总分90.00分，其中预算执行率9.85分、产出指标45分、效益指标25.96分、满意度指标{s}分，评价等级为“优秀”。"
    assert [f for f in check(text.format(s="9.19")).findings if f.severity == "error"] == []
    (f,) = [f for f in check(text.format(s="9.29")).findings if f.severity == "error"]
    assert f.code == "score_sum_mismatch" and f.expected == "90.10分"
