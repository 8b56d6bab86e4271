"""参考表述 offline (issue 13 item 3): under each section still to be filled, up to two passages of the most
similar indexed reports, same category first, each naming its source, its numbers made 【】 slots; kept out
of the text the checker reads until the user accepts one.

The index is built in the test's own data folder from the five clean dev reports (``reports_dir``): one of
them (耒阳市第四中学) is an education report, the others are roads, food safety, environment and welfare.
"""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from chains.check import check
from chains.cli import main
from chains.draft import draft_report
from chains.draft.examples import (
    MAX_EXAMPLES,
    REFERENCE,
    Example,
    accept_example,
    index_examples,
    slot_numbers,
    to_fill,
)
from chains.draft.markdown import to_markdown
from chains.draft.spec import load_spec
from chains.draft.types import Draft
from chains.export import REFERENCE_STYLE, to_docx
from chains.figures import Figures
from chains.ingest.figures_file import load_figures
from chains.retrieval.search import Retriever, get_retriever
from chains.settings import Settings
from chains.ui.draft_view import edit_section
from tests.conftest import DATA

EDUCATION = DATA / "drafting" / "figures" / "education-studentaid-2023.json"  # category education
DIGIT = re.compile(r"[0-9０-９]")
SPEC = load_spec()


@pytest.fixture
def settings(reports_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("REPORT_ASSISTANT_CORPUS_DIR", str(reports_dir))  # the index is built from these
    return Settings.from_env()


@pytest.fixture
def retriever(settings: Settings) -> Retriever:
    return get_retriever(settings)


@pytest.fixture
def figures() -> Figures:
    return load_figures(EDUCATION)


@pytest.fixture
def drafts(settings: Settings, retriever: Retriever, figures: Figures) -> tuple[Draft, Draft]:
    """(without examples, with examples from the index) of the same figures, offline."""
    return draft_report(figures, settings), draft_report(figures, settings, examples_for=index_examples(retriever))


# -- numbers → slots --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("预算139万元", "预算【金额】万元"),
        ("执行率约95.5%以上", "执行率约【比例】%以上"),
        ("培训不低于300人次", "培训不低于【数量】人次"),
        ("2023年3月31日全部到位", "【日期】全部到位"),
        ("2021年度项目", "【年份】年度项目"),
        ("百分之九十五", "百分之【比例】"),
        ("得分92分", "得分【分值】分"),
        ("１,234.5万元左右", "【金额】万元左右"),
        ("６０％", "【比例】％"),
        ("第1季度", "第【数值】季度"),
        ("1、加强管理\n（2）完善制度", "一、加强管理\n（二）完善制度"),  # numbering stays numbering
        ("依据财预〔2020〕10号文件", "依据财预〔【数值】〕【数值】号文件"),
        ("三是加强监管", "三是加强监管"),  # an ordinal word is no number of the other project
    ],
)
def test_every_number_becomes_a_slot_and_the_words_around_it_stay(text: str, expected: str) -> None:
    assert slot_numbers(text) == expected


# -- the draft ------------------------------------------------------------------------------------------


def test_sections_still_to_be_filled_get_at_most_two_passages_each(drafts: tuple[Draft, Draft]) -> None:
    _, draft = drafts
    specs = {s.key: s for s in SPEC.sections}
    with_examples = [s for s in draft.sections if s.examples]
    assert len(with_examples) >= 2
    for section in draft.sections:
        assert len(section.examples) <= MAX_EXAMPLES
        if section.examples:  # only under sections that still have a 待补充 or a 【…】 slot
            assert to_fill(section, specs[section.key]), section.key
    assert not any(s.examples for s in draft.sections if specs[s.key].template_only or specs[s.key].group)


def test_each_passage_names_its_source_and_keeps_no_digit(drafts: tuple[Draft, Draft]) -> None:
    _, draft = drafts
    for example in (e for s in draft.sections for e in s.examples):
        assert not DIGIT.search(example.text), example.text
        assert "【" in example.text or len(example.text) > 10
        assert example.unit and example.year and example.title
        assert example.label.startswith(f"{REFERENCE}（来自：{example.unit}，{example.year}年度，{example.title}；")
        assert example.label.endswith("非本项目数据，采用前请改写）")


def test_passages_of_the_same_category_come_first(drafts: tuple[Draft, Draft]) -> None:
    _, draft = drafts
    shown = [s.examples for s in draft.sections if s.examples]
    for examples in shown:
        flags = [e.same_category for e in examples]
        assert flags == sorted(flags, reverse=True)
    # the one education report leads wherever it has a passage of the section's kind
    firsts = [examples[0] for examples in shown if any(e.unit == "耒阳市第四中学" for e in examples)]
    assert firsts and all(e.unit == "耒阳市第四中学" and e.same_category for e in firsts)
    assert not any(e.same_category for examples in shown for e in examples if e.unit != "耒阳市第四中学")


def test_the_lookup_puts_the_project_s_category_first_whatever_the_ranking(retriever: Retriever) -> None:
    lookup = index_examples(retriever)
    query = "自评小组 招投标文件 施工合同"  # closest to the roads report, the school's passage ranked last
    ranked = [e.unit for e in lookup("implementation", query, "")]
    assert ranked[0] == "广水市交通运输局" and ranked[-1] == "耒阳市第四中学"
    for category, unit in (("education", "耒阳市第四中学"), ("roads", "广水市交通运输局"),
                           ("environment", "九华山风景区环境监测站")):
        found = lookup("implementation", query, category)
        assert found[0].unit == unit and found[0].same_category, (category, found[:1])
        assert [e.same_category for e in found] == [True] + [False] * (len(found) - 1)
        assert len({e.source for e in found}) == len(found)  # one passage per report
    assert not any(e.same_category for e in lookup("implementation", query, ""))


def test_the_text_and_the_findings_are_those_of_the_draft_without_an_index(drafts: tuple[Draft, Draft]) -> None:
    plain, draft = drafts
    assert any(s.examples for s in draft.sections) and not any(s.examples for s in plain.sections)
    assert draft.text == plain.text
    assert [f.to_dict() for f in draft.findings] == [f.to_dict() for f in plain.findings]
    for example in (e for s in draft.sections for e in s.examples):
        assert example.text not in draft.text


def test_an_accepted_passage_joins_the_section_and_the_checker_reads_it(
    drafts: tuple[Draft, Draft], figures: Figures
) -> None:
    _, draft = drafts
    # the education report's passage on running the funds carries an amount and a rate, now slots
    i, j = next((i, j) for i, s in enumerate(draft.sections) for j, e in enumerate(s.examples)
                if "【金额】万元，预算执行率【比例】%" in e.text)
    passage = draft.sections[i].examples[j].text
    before = draft.text
    accept_example(draft, i, j, figures)
    assert draft.sections[i].text.endswith(passage) and draft.text != before
    assert passage not in [e.text for e in draft.sections[i].examples]
    start = draft.text.index(passage)
    assert not [f for f in draft.findings if start <= f.span[0] < start + len(passage)]  # slots: nothing to judge
    assert [f.to_dict() for f in draft.findings] == [f.to_dict() for f in check(draft.text, figures).findings]
    # the user fills the slots with the other project's figures: the checker holds them against this one's
    filled = draft.sections[i].text.replace("【金额】万元，预算执行率【比例】%", "87.06万元，预算执行率36.43%")
    edit_section(draft, i, filled, figures)
    start = draft.text.index("87.06万元，预算执行率36.43%")
    assert [f for f in draft.findings if start <= f.span[0] < start + 30], [f.code for f in draft.findings]


# -- Markdown, Word, the command line -----------------------------------------------------------------


def test_markdown_shows_each_passage_as_a_quoted_block_under_its_section(drafts: tuple[Draft, Draft]) -> None:
    plain, draft = drafts
    md = to_markdown(draft)
    for section in (s for s in draft.sections if s.examples):
        after = md.index(f"# {section.title}\n") if section.title else 0
        for example in section.examples:
            block = f"> **{example.label}**\n>\n> "
            assert block in md[after:]
            nxt = [md.index(f"# {s.title}\n", after + 1) for s in draft.sections
                   if s.title and md.find(f"# {s.title}\n", after + 1) > 0]
            assert md.index(block, after) < min(nxt, default=len(md))  # before the next heading
    unquoted = re.sub(r"(?m)^>.*\n\n?", "", md)
    assert unquoted == to_markdown(plain)


def test_word_shows_each_passage_as_a_labelled_shaded_block_under_its_section(drafts: tuple[Draft, Draft]) -> None:
    _, draft = drafts
    doc = Document(BytesIO(to_docx(draft)))
    paragraphs = doc.paragraphs
    texts = [p.text for p in paragraphs]
    for section in (s for s in draft.sections if s.examples):
        heading = texts.index(section.title)
        following = [k for k, p in enumerate(paragraphs) if k > heading and p.style.name.startswith("Heading")]
        end = following[0] if following else len(paragraphs)
        for example in section.examples:
            at = texts.index(example.label, heading)
            assert at < end  # under its own section
            label, first = paragraphs[at], paragraphs[at + 1]
            assert label.style.name == first.style.name == REFERENCE_STYLE
            for p in (label, first):
                shd = p._p.pPr.find(qn("w:shd"))
                assert shd is not None and shd.get(qn("w:fill")) not in (None, "auto", "FFFFFF")
            assert first.text == example.text.splitlines()[0]
            slots = [r.text for r in first.runs if r.font.highlight_color is not None]
            assert all(t.startswith("【") for t in slots)
    body = [p for p in paragraphs if p.style.name == "Normal"]
    assert not any(p._p.pPr is not None and p._p.pPr.find(qn("w:shd")) is not None for p in body)


def test_the_offline_command_prints_the_passages_unless_told_not_to(
    settings: Settings, retriever: Retriever, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["draft", str(EDUCATION), "--offline"]) == 0
    out, err = capsys.readouterr()
    assert f"> **{REFERENCE}（来自：耒阳市第四中学，2022年度，" in out
    quoted = [ln for ln in out.splitlines() if ln.startswith("> ") and not ln.startswith("> **")]
    assert quoted and not any(DIGIT.search(ln) for ln in quoted)
    assert f"{REFERENCE}：" in err and "非本项目数据" in err
    assert main(["draft", str(EDUCATION), "--offline", "--no-examples"]) == 0
    plain, _ = capsys.readouterr()
    assert REFERENCE not in plain
    assert re.sub(r"(?m)^>.*\n\n?", "", out) == plain


def test_an_example_survives_a_round_trip_through_json() -> None:
    e = Example("【金额】万元", "某局", 2022, "某报告", "a.txt", True)
    assert Example.from_dict(e.to_dict()) == e
