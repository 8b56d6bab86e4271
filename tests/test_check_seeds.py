"""The real seed reports: every error of errors.md §C is found where it is, and nothing false on 000/001."""

from __future__ import annotations

from functools import cache

import pytest

from chains.check import check
from chains.findings import CheckResult

from .conftest import seed_text


@cache
def result(seed: str) -> CheckResult:
    return check(seed_text(seed))


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def found(seed: str, code: str, span: tuple[int, int]) -> bool:
    return any(f.code == code and overlaps(f.span, span) for f in result(seed).findings)


# errors.md §C, every error-severity row (seed, code, span)
SEED_ERRORS = [
    ("002", "conflicting_values", (252, 260)),  # 693.62万元 vs 788.82万元
    ("003", "weight_sum_mismatch", (3311, 3312)),  # weights sum to 98; satisfaction 8
    ("003", "rate_mismatch", (724, 725)),  # 到位率 小计 printed 0, expected 100
    ("003", "unit_mismatch", (1420, 1424)),  # ＜＝730次 vs 100% (body)
    ("003", "unit_mismatch", (2964, 2968)),  # same, 附件1
    ("003", "unit_mismatch", (1559, 1563)),  # ＜＝130万元 vs 100% (body)
    ("003", "unit_mismatch", (3139, 3145)),  # ＜＝130万元 vs 98.65% (附件1)
    ("003", "conflicting_values", (3139, 3145)),  # 98.65% vs 100% in the body table
    ("003", "completion_mismatch", (3147, 3153)),  # 完成率 98.65% for a met ≤ target
    ("004", "implausible_rate", (328, 335)),  # 587.90%: 58.79 spent of 10.00
    ("004", "implausible_rate", (1225, 1232)),  # 587.90% restated
    ("004", "implausible_rate", (1290, 1294)),  # 100% on a 0.00万元 budget
    ("004", "average_mismatch", (933, 936)),  # 98 vs mean 98.67
]


@pytest.mark.parametrize("seed, code, span", SEED_ERRORS, ids=[f"{s}-{c}-{a}" for s, c, (a, _) in SEED_ERRORS])
def test_every_seed_error_of_the_catalogue_is_found_at_its_span(seed: str, code: str, span: tuple[int, int]) -> None:
    assert found(seed, code, span), [(f.code, f.span) for f in result(seed).findings]


@pytest.mark.parametrize("seed, span", [("000", (2649, 2651)), ("001", (2562, 2564)), ("003", (2454, 2470))])
def test_problems_section_that_says_nothing_is_a_warning(seed: str, span: tuple[int, int]) -> None:
    hits = [f for f in result(seed).findings if f.code == "empty_problems" and overlaps(f.span, span)]
    assert hits and all(f.severity == "warning" for f in hits)


@pytest.mark.parametrize("seed", ["000", "001"])
def test_seeds_without_numeric_errors_get_no_error(seed: str) -> None:
    assert result(seed).errors == []


def test_seed_004_execution_rate_message_gives_the_arithmetic() -> None:
    (f,) = [f for f in result("004").findings if f.code == "implausible_rate" and overlaps(f.span, (328, 335))]
    assert "10.00万元" in f.message and "58.79万元" in f.message and "587.90%" in f.message
    assert f.decisive


def test_seed_004_zero_budget_is_not_a_separate_mention_inside_ten() -> None:
    # "0.00万元" inside "10.00万元" [190,197] must not be read as a zero budget
    assert not any(overlaps(f.span, (190, 197)) for f in result("004").errors)


def test_seed_003_zero_base_source_columns_are_tolerated() -> None:
    # the 中央/省/县 columns print 0 as a rate on an empty base: not implausible
    assert not [f for f in result("003").findings if f.code == "implausible_rate"]


def test_seed_002_approved_and_received_are_different_quantities() -> None:
    assert not [f for f in result("002").errors if "976" in f.message]


def test_spans_quote_the_seed_text() -> None:
    for seed in ("000", "001", "002", "003", "004"):
        text = seed_text(seed)
        for f in result(seed).findings:
            assert 0 <= f.span[0] <= f.span[1] <= len(text)
