"""Section-aware chunks: exact spans, never across sections, a valid section type on every chunk."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from chains.ingest.chunking import CHUNK_SIZE, chunk_report, is_table_line, section_types, sections_of
from chains.ingest.clean import clean_text
from chains.ingest.reports import content_hash, iter_reports, load_report
from chains.ingest.types import Chunk, Report, ReportMeta
from tests.conftest import ROOT

CORPUS = ROOT / "corpus"


def make_report(text: str, source: str = "r.txt", year: int | None = 2023) -> Report:
    text = clean_text(text)
    return Report(ReportMeta(source=source, year=year, department="某局", category="emergency"), text, content_hash(text))


def chunk_by_heading(chunks: list[Chunk], heading: str) -> list[Chunk]:
    return [c for c in chunks if c.heading == heading]


# --- invariants, checked on generated reports and on the whole sample corpus ----------------------

HEADINGS = [
    "一、项目概况", "（一）项目基本情况", "（二）项目绩效目标", "二、项目资金使用情况", "（一）资金到位情况",
    "三、项目实施及管理情况", "四、项目绩效情况", "（一）项目产出情况", "（二）项目效益情况",
    "五、评价结论", "六、存在的问题", "七、改进措施及建议", "附件1.项目支出绩效自评表",
]
SENTENCES = [
    "资金到位及时，预算执行率100%。", "全年执行139万元，", "按期完成年度目标；", "群众满意度达到95%。\n",
    "项目资金专款专用，未发现挤占挪用。\n\n", "预算执行率预算执行率预算执行率。", "资金资金资金",
    "下一步将加强预算绩效管理，提高资金使用效益，确保项目按计划推进。",
]
# sentences repeated a few times make long, repetitive sections: the hard case for locating splitter pieces
SENTENCE = st.builds(lambda sentence, times: sentence * times, st.sampled_from(SENTENCES), st.integers(1, 12))
TABLE_ROW = st.builds(
    lambda name, value: f"一级指标：产出指标；三级指标：{name}；年度指标值：{value}",
    st.sampled_from(["检查次数", "培训人次", "合格率"]),
    st.sampled_from(["100%", "12次", "≥95%"]),
)
BODY = st.lists(st.one_of(st.lists(SENTENCE, min_size=1, max_size=30).map("".join), TABLE_ROW), max_size=6).map("\n".join)
REPORTS = st.builds(
    lambda title, sections: title + "\n" + "\n".join(f"{h}\n{b}" for h, b in sections),
    st.sampled_from(["", "2023年度某某县应急管理局项目支出绩效自评报告", "附件2\n项目支出绩效自评报告\n为加强管理，现报告如下。"]),
    st.lists(st.tuples(st.sampled_from(HEADINGS), BODY), max_size=10),
)


def assert_chunk_invariants(report: Report, chunks: list[Chunk]) -> None:
    text = report.text
    sections = sections_of(text)
    allowed = set(section_types())
    first_section = min((s[0] for s in sections), default=len(text))
    own = [(0, first_section, "")] + [(s[2], s[3], s[4]) for s in sections]
    for i, chunk in enumerate(chunks):
        start, end = chunk.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == chunk.text
        assert chunk.text == chunk.text.strip()
        assert len(chunk.text) <= CHUNK_SIZE
        assert chunk.section_type in allowed
        assert chunk.chunk_id == f"{report.content_hash[:16]}:{i}"
        assert chunk.source == report.meta.source and chunk.year == report.meta.year
        # never across a section boundary: no heading starts strictly inside a chunk …
        assert not any(start < s[0] < end for s in sections)
        # … and every chunk lies inside one section's body (or before the first heading)
        (section_type,) = [kind for lo, hi, kind in own if lo <= start and end <= hi]
        # a chunk takes its section's type, except table rows inside any section, which are "table"
        if chunk.section_type != section_type:
            assert chunk.section_type == "table"
            assert all(is_table_line(line) for line in chunk.text.splitlines() if line.strip())
    # every character of the report outside heading lines is in some chunk
    covered = bytearray(len(text))
    for lo, hi in [(s[0], s[2]) for s in sections] + [c.span for c in chunks]:
        covered[lo:hi] = b"\x01" * (hi - lo)
    missed = [k for k, ch in enumerate(text) if not covered[k] and not ch.isspace()]
    assert not missed, [text[max(0, k - 10) : k + 10] for k in missed[:3]]
    assert [c.span for c in chunks] == sorted(c.span for c in chunks)


@settings(max_examples=120, deadline=None)
@given(REPORTS)
def test_generated_reports_chunk_within_sections_with_exact_spans(raw: str) -> None:
    report = make_report(raw)
    assert_chunk_invariants(report, chunk_report(report))


def test_sample_corpus_chunks_keep_the_invariants() -> None:
    reports, _ = iter_reports([CORPUS])
    assert len(reports) == len([p for p in CORPUS.iterdir() if p.name != "README.md"]) >= 135
    for report in reports:
        chunks = chunk_report(report)
        assert chunks, report.meta.source
        assert_chunk_invariants(report, chunks)
        assert all(c.department == report.meta.department and c.category == report.meta.category for c in chunks)


# --- behaviour on real reports -------------------------------------------------------------------


def test_short_sections_are_one_chunk_tagged_by_their_heading() -> None:
    chunks = chunk_report(load_report(CORPUS / "2023-sichuan-panzhihua-dongqu-emergency-safety-station-000.txt"))
    (problems,) = chunk_by_heading(chunks, "（二）存在的问题")
    assert (problems.section_type, problems.text) == ("problems", "无。")
    (advice,) = chunk_by_heading(chunks, "（三）相关建议")
    assert advice.section_type == "suggestions"


def test_long_section_is_split_into_pieces_with_a_small_overlap() -> None:
    body = "".join(f"第{i}项工作按计划推进，资金使用规范，群众满意度达到95%。" for i in range(60))
    report = make_report(f"一、项目概况\n本项目由县应急管理局实施。\n二、项目绩效情况\n{body}\n三、存在的问题\n无。")
    pieces = chunk_by_heading(chunk_report(report), "二、项目绩效情况")
    assert len(pieces) >= 3
    assert all(len(p.text) <= CHUNK_SIZE for p in pieces)
    assert all(p.text.endswith("。") for p in pieces)  # split at sentence ends, not mid-sentence
    for before, after in zip(pieces, pieces[1:], strict=False):
        assert after.span[0] <= before.span[1]  # overlapping or adjacent, never a gap
    assert pieces[0].span[0] == report.text.index(body) and pieces[-1].span[1] == report.text.index(body) + len(body)


def test_table_rows_become_table_chunks_under_their_section_heading() -> None:
    report = load_report(CORPUS / "2021-shanxi-xinzhou-emergency-inspection-003.docx")
    chunks = chunk_report(report)
    tables = [c for c in chunks if c.section_type == "table"]
    assert {c.heading for c in tables} >= {"（二）预算执行情况", "（二）项目产出情况", "附件1.项目支出绩效自评表"}
    funds = next(c for c in tables if c.heading == "（二）预算执行情况")
    assert funds.text.startswith("项目：年初预算资金；行次：(1)；年度总金额(万元)：98.65")
    # prose before the table in the same section stays with the section's own type
    assert any(c.heading == "（一）项目概况" and c.section_type != "table" for c in chunks)


def test_table_split_keeps_whole_rows() -> None:
    rows = "\n".join(f"一级指标：产出指标；三级指标：第{i}项检查任务完成情况；年度指标值：{i}次；实际完成值：{i}次" for i in range(40))
    report = make_report(f"附件1.项目支出绩效自评表\n{rows}\n")
    tables = [c for c in chunk_report(report) if c.section_type == "table"]
    assert len(tables) >= 3
    lines = [line for c in tables for line in c.text.splitlines()]
    assert all(line.startswith("一级指标：产出指标；") and line.endswith("次") for line in lines)
    assert lines == rows.splitlines()  # every row exactly once: no overlap between table chunks


def test_preamble_before_the_first_heading_is_an_overview_chunk_without_heading() -> None:
    preamble = "为全面实施预算绩效管理，进一步加强财政支出管理，强化部门支出责任，切实提高财政资金使用效益和管理水平，现将本单位绩效自评情况报告如下。"
    report = make_report(f"附件2\n项目支出绩效自评报告\n{preamble}\n一、项目概况\n正文。")
    first = chunk_report(report)[0]
    assert (first.section_type, first.heading) == ("overview", "")
    assert first.text.endswith(preamble)


def test_chunk_metadata_has_no_none_values_for_chroma() -> None:
    report = make_report("一、项目概况\n正文。", year=None)
    (chunk,) = chunk_report(report)
    assert None not in chunk.metadata().values()
    assert chunk.metadata()["year"] == -1


def test_empty_report_has_no_chunks() -> None:
    assert chunk_report(make_report("")) == []


def test_a_very_long_repetitive_section_is_covered_end_to_end() -> None:
    report = make_report("一、项目概况\n" + "资金到位。" * 30000)  # ~330 pieces of identical text
    chunks = chunk_report(report)
    assert len(chunks) > 300
    assert chunks[0].span[0] == report.text.index("资金")
    assert chunks[-1].span[1] == len(report.text.rstrip())
    assert all(after.span[0] <= before.span[1] for before, after in zip(chunks, chunks[1:], strict=False))
