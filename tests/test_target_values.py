"""Reading 年度指标值 / 实际完成值 cells: direction, value, unit; deadlines; text is qualitative."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chains.figures import Indicator
from chains.score import ScoringRules, grade_for, score_indicator
from chains.score.target_values import parse_date, parse_value

D = Decimal


@pytest.mark.parametrize(
    ("cell", "value", "unit", "direction"),
    [
        ("≥300家次", D(300), "家次", "gte"),
        ("不少于 95%", D(95), "%", "gte"),
        ("95%以上", D(95), "%", "gte"),
        ("达到100%", D(100), "%", "gte"),
        ("≤130万元", D(130), "万元", "lte"),
        ("＜＝730次", D(730), "次", "lte"),
        ("控制在10天以内", D(10), "天", "lte"),
        ("= 0起", D(0), "起", "eq"),
        ("300公里", D(300), "公里", "eq"),
        ("-5个", D(-5), "个", "eq"),
    ],
)
def test_quantitative_cells(cell, value, unit, direction):
    parsed = parse_value(cell)
    assert parsed is not None
    assert (parsed.value, parsed.unit, parsed.direction) == (value, unit, direction)


@pytest.mark.parametrize("cell", ["已完成", "逐步提高", "效果明显", "", "   ", None, "≥90%且≤95%", "2021年12月31日"])
def test_text_dates_and_ambiguous_cells_are_not_quantitative(cell):
    assert parse_value(cell) is None


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("2021年12月31日", date(2021, 12, 31)), ("2022年6月", date(2022, 6, 30)), ("2023-03-01", date(2023, 3, 1)),
     ("2024年2月", date(2024, 2, 29)), ("已完成", None), ("2021年13月", None)],
)  # fmt: skip
def test_deadline_cells(cell, expected):
    assert parse_date(cell) == expected


cells = st.one_of(
    st.text(max_size=12),
    st.builds(
        lambda sign, n, unit: f"{sign}{n}{unit}",
        st.sampled_from(["", "≥", "≤", "＜＝", "不低于", "="]),
        st.decimals(0, 10**6, places=2, allow_nan=False, allow_infinity=False),
        st.sampled_from(["", "%", "次", "万元", "天", "家次"]),
    ),
)


@given(target=cells, actual=cells, weight=st.none() | st.integers(0, 60) | st.floats(0, 60))
def test_any_row_scores_within_zero_and_its_weight_without_raising(target, actual, weight):
    row = score_indicator(0, Indicator(name="指标", target=target, actual=actual, weight=weight))
    if row.computed_score is not None:
        assert row.weight is not None and D(0) <= row.computed_score <= row.weight.quantize(D("0.01"))
        assert row.computed_score == row.computed_score.quantize(D("0.01"))


def test_grade_bands_are_configurable_for_a_regional_platform():
    platform = ScoringRules(grade_bands=((D(80), "优"), (D(70), "良"), (D(60), "中"), (D(0), "差")))
    assert grade_for(D(80), platform) == "优" and grade_for(D("79.99"), platform) == "良"
