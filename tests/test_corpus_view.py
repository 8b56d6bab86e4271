"""The corpus page's glue: the preview is exactly what gets indexed, removal goes through ``Index.remove``,
and the critique gets every indexed report's text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chains.ingest.chunking import chunk_report
from chains.ingest.reports import load_report
from chains.retrieval.index import REPORTS_COLLECTION, open_index
from chains.settings import Settings
from chains.ui.corpus_view import corpus_texts, list_indexed, preview_sections, remove_indexed, save_upload
from tests.conftest import DEV

ROOT = Path(__file__).resolve().parent.parent
WORD_REPORT = ROOT / "corpus" / "2021-shanxi-xinzhou-emergency-inspection-003.docx"


@pytest.mark.parametrize("path", [WORD_REPORT, ROOT / "corpus" / "2024-emergency-department-summary-004.txt"])
def test_the_preview_lists_exactly_the_chunks_the_index_stores(path: Path) -> None:
    chunks = chunk_report(load_report(path))
    rows = preview_sections(path.read_bytes(), path.name)
    assert [(r["章节类型"], r["字数"]) for r in rows] == [(c.section_type, len(c.text)) for c in chunks]


def test_word_tables_in_the_preview_carry_their_header_row() -> None:
    rows = preview_sections(WORD_REPORT.read_bytes(), WORD_REPORT.name)
    tables = [c for c in chunk_report(load_report(WORD_REPORT)) if c.section_type == "table"]
    assert tables and sum(r["章节类型"] == "table" for r in rows) == len(tables)


@pytest.fixture
def indexed(tmp_path: Path) -> tuple[Settings, object]:
    settings = Settings.from_env()
    folder = tmp_path / "reports"
    folder.mkdir()
    for case in sorted(DEV.glob("cases/*-clean.txt"))[:3]:
        shutil.copy(case, folder / case.name.replace("-clean", ""))
    index = open_index(settings)
    index.index_paths([folder])
    return settings, index


def test_removing_reports_drops_them_from_chroma_and_the_store_and_bumps_the_generation(
    indexed: tuple[Settings, object],
) -> None:
    settings, index = indexed
    rows = list_indexed(index)
    before = index.store.generation()  # type: ignore[attr-defined]
    assert remove_indexed(index, settings, [rows[0]["key"]]) == 1
    assert [r["key"] for r in list_indexed(index)] == [r["key"] for r in rows[1:]]
    assert rows[0]["key"] not in set(index.collection(REPORTS_COLLECTION).get(include=[])["ids"])  # type: ignore[attr-defined]
    assert index.store.generation() > before  # type: ignore[attr-defined]
    assert remove_indexed(index, settings, ["no-such-report"]) == 0


def test_removing_an_uploaded_report_deletes_its_file(indexed: tuple[Settings, object]) -> None:
    settings, index = indexed
    text = sorted(DEV.glob("cases/*-clean.txt"))[-1].read_text(encoding="utf-8")  # not indexed yet
    path = save_upload(settings, "../新报告.txt", text.encode("utf-8"))
    assert path.parent.name == "uploads"
    index.index_paths([path.parent])  # type: ignore[attr-defined]
    key = next(r["key"] for r in list_indexed(index) if r["来源"] == "上传")
    assert remove_indexed(index, settings, [key]) == 1
    assert not path.exists()


def test_corpus_texts_give_every_indexed_report_by_source(indexed: tuple[Settings, object]) -> None:
    _settings, index = indexed
    texts = corpus_texts(index)
    assert sorted(texts) == sorted(r["文件"] for r in list_indexed(index))
    assert all(len(t) > 200 for t in texts.values())


def test_phrasing_form_fields_become_filters_and_results_a_header_line() -> None:
    from types import SimpleNamespace

    from chains.retrieval.search import Filters
    from chains.ui.corpus_view import passage_header, phrasing_filters

    assert phrasing_filters(None, None, "  ") == Filters()
    assert phrasing_filters(2021.0, 2023.0, " 应急 ") == Filters(year_from=2021, year_to=2023, department="应急")
    assert phrasing_filters(None, None, "", "education") == Filters(category="教育")
    res = SimpleNamespace(section="problems", heading="", source="a.txt", year=None, score=0.5)
    assert passage_header(1, res) == "**1. 存在的问题**　来源：`a.txt` · 章节：存在的问题 · 年度：不详 · 相关度 0.50"


def test_the_indexed_table_hides_keys_and_offers_each_report_for_removal() -> None:
    from chains.ui.corpus_view import indexed_table

    rows = [{"key": "/x/uploads/a.txt", "文件": "a.txt", "来源": "上传"}, {"key": "/c/b.txt", "文件": "b.txt", "来源": "样本库"}]
    shown, choices = indexed_table(rows)
    assert all("key" not in r for r in shown) and [r["文件"] for r in shown] == ["a.txt", "b.txt"]
    assert choices == {"a.txt（上传）": "/x/uploads/a.txt", "b.txt（样本库）": "/c/b.txt"}
