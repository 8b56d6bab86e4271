"""Categories: figures files tag the kind of spending freely; the index infers a fixed set from the text.
``canonical_category`` maps the first onto the second so filters and "same kind" agree."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chains.ingest.metadata import CATEGORY_KEYWORDS, CATEGORY_LABELS, canonical_category
from chains.ingest.reports import load_report
from tests.conftest import DEV


@pytest.mark.parametrize("figures", sorted((DEV / "figures").glob("*.json")), ids=lambda p: p.stem)
def test_each_dev_figures_tag_names_the_category_inferred_from_its_report(figures) -> None:
    tag = json.loads(figures.read_text(encoding="utf-8"))["category"]
    case = DEV / "cases" / f"{figures.stem}-clean.txt"
    report = load_report(case, case.parent)
    assert report.meta.category
    assert canonical_category(tag) == report.meta.category


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("emergency_comms", "emergency"),
        ("safety_inspection", "emergency"),
        ("food_safety", "food_safety"),
        ("Education", "education"),
        ("民政福利", "welfare"),
        ("学校公用经费", "education"),
        ("", ""),
        ("  ", ""),
        ("space_program", "space_program"),
    ],
)
def test_canonical_category(written: str, expected: str) -> None:
    assert canonical_category(written) == expected


@pytest.mark.parametrize("category", sorted(CATEGORY_KEYWORDS))
def test_the_index_names_and_the_app_labels_are_their_own_category(category: str) -> None:
    assert canonical_category(category) == category
    assert canonical_category(CATEGORY_LABELS[category]) == category


@given(st.text(max_size=40))
def test_canonical_category_never_raises_and_is_idempotent(text: str) -> None:
    once = canonical_category(text)
    assert canonical_category(once) == once
