"""Categories: figures files tag the kind of spending freely; the index infers a fixed set from the text.
``canonical_category`` maps the first onto the second so filters and "same kind" agree."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chains.ingest.metadata import CATEGORY_KEYWORDS, CATEGORY_LABELS, canonical_category
from chains.ingest.reports import load_report
from tests.conftest import DATA, DEV

DRAFTS = DATA / "drafts"


@pytest.mark.parametrize(
    "figures", sorted((DEV / "figures").glob("*.json")) + sorted((DRAFTS / "figures").glob("*.json")),
    ids=lambda p: p.stem,
)
def test_each_figures_tag_names_the_category_inferred_from_its_report(figures) -> None:
    """The dev and drafts sets: a figures file and the clean report written from it."""
    tag = json.loads(figures.read_text(encoding="utf-8"))["category"]
    case = figures.parent.parent / "cases" / f"{figures.stem}-clean.txt"
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
        ("disabled_children_rehabilitation", "welfare"),
        ("ecological_forest_rangers", "environment"),
        ("rural_water_supply", "water"),
        ("public_fitness_facilities", "culture"),
        ("legal_aid", "justice"),
        ("veterans_care", "veterans"),
        ("employment_subsidy", "employment"),
        ("public_health", "health"),
        ("水利水务", "water"),
        ("退役军人", "veterans"),
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


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("騰沖市林業和草原局2024年度部門整體支出績效自評\n一、部門概況", "environment"),  # traditional characters
        ("一、績效目標(biāo)分解下達(dá)情況\n農(nóng)機(jī)購置補貼項目", "agriculture"),  # pinyin glosses
        ("兴宁市司法局法律援助专项经费绩效自评报告\n一、项目概况", "justice"),
        ("县退役军人事务局优抚对象走访慰问资金绩效自评报告\n一、项目概况", "veterans"),
        ("县人力资源和社会保障局就业补助资金绩效自评报告\n一、项目概况", "employment"),
        ("县水务局农村饮水安全工程维修养护项目绩效自评报告\n一、项目概况", "water"),
        ("无为市危房改造转移支付2022年度绩效自评报告\n一、项目概况", "housing"),
    ],
)
def test_reports_of_the_new_kinds_of_department_get_their_category(text: str, category: str) -> None:
    from chains.ingest.metadata import infer_category, title_block

    assert infer_category("".join(title_block(text)), text) == category
