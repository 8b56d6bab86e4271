"""Loading reports from files and folders: cleaned text, stable hashes, skipped files with reasons."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chains.errors import InputError
from chains.ingest.reports import Skipped, content_hash, iter_reports, load_report, report_from_bytes
from tests.conftest import ROOT, SEEDS
from tests.make_documents import make_indicator_docx, make_pdf

CORPUS = ROOT / "corpus"
REPORT = "一、项目概况\n本项目全年预算数139万元。\n二、存在的问题\n无。\n"


def test_load_report_cleans_text_and_names_source_relative_to_root(tmp_path: Path) -> None:
    folder = tmp_path / "2023" / "应急"
    folder.mkdir(parents=True)
    path = folder / "r.txt"
    path.write_text("[bookmark: _GoBack]" + REPORT + "\n8\n", encoding="utf-8")
    report = load_report(path, root=tmp_path)
    assert report.meta.source == "2023/应急/r.txt"
    assert report.text == REPORT
    assert report.content_hash == content_hash(report.text)
    assert load_report(path).meta.source == "r.txt"


def test_content_hash_depends_on_text_only() -> None:
    assert content_hash(REPORT) == content_hash(str(REPORT))
    assert content_hash(REPORT) != content_hash(REPORT + "补充")
    assert len(content_hash(REPORT)) == 64


def test_load_report_reads_gbk_docx_and_pdf(tmp_path: Path) -> None:
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(REPORT.encode("gbk"))
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(make_pdf(["一、项目概况", "本项目全年预算数139万元。"]))
    docx = make_indicator_docx(tmp_path / "r.docx")
    assert load_report(gbk).text == REPORT
    assert load_report(pdf).text == "一、项目概况\n本项目全年预算数139万元。\n"
    assert "一级指标：产出指标；二级指标：数量指标" in load_report(docx).text


def test_load_report_refuses_a_file_with_only_artifacts(tmp_path: Path) -> None:
    path = tmp_path / "marks.txt"
    path.write_text("[bookmark: _GoBack]\n\n3\n", encoding="utf-8")
    with pytest.raises(InputError, match="marks.txt"):
        load_report(path)


def test_iter_reports_skips_bad_files_with_named_reasons_and_never_aborts(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "gbk.txt").write_bytes(("一、项目概况\n耒阳市第四中学" + REPORT).encode("gbk"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "corrupt.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 30)
    (tmp_path / "corrupt.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<")
    (tmp_path / "scan.pdf").write_bytes(make_pdf([]))
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 64)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff" + b"\x00" * 64)
    (tmp_path / "~$good.docx").write_bytes(b"\x00" * 162)
    (tmp_path / ".hidden.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "README.md").write_text("# 说明", encoding="utf-8")

    reports, skipped = iter_reports([tmp_path])

    assert sorted(r.meta.source for r in reports) == ["good.txt", "sub/gbk.txt"]
    reasons = {s.source: s.reason for s in skipped}
    assert set(reasons) == {
        "empty.txt", "binary.txt", "corrupt.docx", "corrupt.pdf", "scan.pdf", "old.doc", "photo.jpg", "~$good.docx"
    }
    assert "空文件" in reasons["empty.txt"]
    assert "二进制" in reasons["binary.txt"]
    assert "损坏" in reasons["corrupt.docx"]
    assert "PDF" in reasons["corrupt.pdf"]
    assert "文字识别" in reasons["scan.pdf"]
    assert ".docx" in reasons["old.doc"]
    assert "不支持的文件类型 .jpg" in reasons["photo.jpg"]
    assert "临时文件" in reasons["~$good.docx"]


def test_duplicates_are_loaded_once_and_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text("[bookmark: _GoBack]" + REPORT, encoding="utf-8")  # same once cleaned
    (tmp_path / "c.txt").write_bytes(REPORT.encode("gbk"))
    reports, skipped = iter_reports([tmp_path])
    assert [r.meta.source for r in reports] == ["a.txt"]
    assert skipped == [
        Skipped("b.txt", "与 a.txt 内容相同，只收录一次"),
        Skipped("c.txt", "与 a.txt 内容相同，只收录一次"),
    ]


def test_missing_path_is_skipped_not_raised(tmp_path: Path) -> None:
    reports, skipped = iter_reports([tmp_path / "nope"])
    assert reports == []
    assert skipped[0].reason == "找不到该文件或文件夹"


def test_files_and_folders_can_be_mixed_and_progress_is_reported(tmp_path: Path) -> None:
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "a.txt").write_text(REPORT, encoding="utf-8")
    single = tmp_path / "b.md"
    single.write_text(REPORT.replace("139", "140"), encoding="utf-8")
    calls: list[tuple[int, int, str]] = []
    reports, skipped = iter_reports([tmp_path / "dir", single], progress=lambda *a: calls.append(a))
    assert [r.meta.source for r in reports] == ["a.txt", "b.md"]
    assert skipped == []
    assert calls == [(1, 2, "a.txt"), (2, 2, "b.md")]


SAMPLES = {  # the ten reports the corpus started with (corpus/README.md)
    "2023-sichuan-panzhihua-dongqu-emergency-safety-station-000.txt", "2023-sichuan-panzhihua-dongqu-emergency-comms-001.txt",
    "2022-hunan-linwu-emergency-safety-funds-002.txt", "2021-shanxi-xinzhou-emergency-inspection-003.docx",
    "2024-emergency-department-summary-004.txt", "2021-sichuan-anju-food-safety.txt", "2021-hubei-guangshui-rural-roads.txt",
    "2021-anhui-jiuhuashan-air-monitoring.txt", "2022-hunan-leiyang-school-funds.txt", "2023-gansu-minle-welfare-lottery.txt",
}


def test_corpus_loads_every_file_once_with_nothing_skipped() -> None:
    files = sorted(p.name for p in CORPUS.iterdir() if p.name != "README.md")
    reports, skipped = iter_reports([CORPUS])
    assert skipped == []
    assert sorted(r.meta.source for r in reports) == files
    assert len(files) >= 135 and SAMPLES <= set(files)
    assert len({r.content_hash for r in reports}) == len(files)
    assert {Path(r.meta.source).suffix for r in reports} == {".txt", ".docx"}
    for report in reports:
        assert "[bookmark" not in report.text
        assert "\t" not in report.text


def test_sample_corpus_docx_reads_like_the_cleaned_seed_it_was_built_from() -> None:
    docx = load_report(CORPUS / "2021-shanxi-xinzhou-emergency-inspection-003.docx")
    (seed,) = SEEDS.glob("003_*.txt")
    flattened = load_report(seed)
    table_rows = [line for line in flattened.text.splitlines() if "；" in line and "：" in line]
    assert len(table_rows) >= 20
    assert [line for line in docx.text.splitlines() if line in set(table_rows)] == table_rows


def test_sample_corpus_seeds_keep_their_published_wording() -> None:
    for prefix, name in [("000", "2023-sichuan-panzhihua-dongqu-emergency-safety-station-000.txt"),
                         ("004", "2024-emergency-department-summary-004.txt")]:
        (seed,) = SEEDS.glob(f"{prefix}_*.txt")
        raw = seed.read_text(encoding="utf-8")
        cleaned = (CORPUS / name).read_text(encoding="utf-8")
        assert "".join(raw.replace("[bookmark: _GoBack]", "").split()) == "".join(cleaned.split())


def test_corpus_copy_in_a_temp_folder_gives_the_same_reports(tmp_path: Path) -> None:
    shutil.copytree(CORPUS, tmp_path / "c")
    ours, _ = iter_reports([CORPUS])
    theirs, _ = iter_reports([tmp_path / "c"])
    assert [(r.meta.source, r.content_hash) for r in ours] == [(r.meta.source, r.content_hash) for r in theirs]


def test_report_from_bytes_reads_an_upload_like_a_file(tmp_path: Path) -> None:
    path = make_indicator_docx(tmp_path / "上传.docx")
    from_file = load_report(path)
    from_upload = report_from_bytes(path.read_bytes(), "上传.docx")
    assert (from_upload.text, from_upload.content_hash, from_upload.meta) == (
        from_file.text, from_file.content_hash, from_file.meta
    )
    with pytest.raises(InputError, match="空文件"):
        report_from_bytes(b"", "空.txt")


def test_pdf_reports_get_margin_breaks_joined(tmp_path: Path) -> None:
    pdf = tmp_path / "wrapped.pdf"
    pdf.write_bytes(make_pdf(["一、项目概况", "本项目由县应急管理局负责实施，全年预算数139万元，主要用于应急", "通信保障和救援装备维护。"]))
    assert load_report(pdf).text == "一、项目概况\n本项目由县应急管理局负责实施，全年预算数139万元，主要用于应急通信保障和救援装备维护。\n"
