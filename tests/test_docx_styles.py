"""Word styles (issue 11 item 8): headings in Word's own heading styles (标题 1–3 = Heading 1–3), so the
navigation pane shows the outline, set in the GB/T 9704 fonts (黑体 / 楷体 / 仿宋 bold); the body in 仿宋,
full-width punctuation and Chinese quotation marks in the same font.
"""

from __future__ import annotations

from io import BytesIO

import pytest
from docx import Document
from docx.oxml.ns import qn

from chains.draft.offline import draft_offline
from chains.draft.types import Draft, SectionDraft
from chains.export import to_docx
from chains.ingest.figures_file import load_figures
from tests.conftest import DEV

THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
#: heading level → (style, outline level in Word (0-based), East Asian font, bold)
HEADINGS = {
    1: ("Heading 1", 0, "黑体", False),
    2: ("Heading 2", 1, "楷体_GB2312", False),
    3: ("Heading 3", 2, "仿宋_GB2312", True),
}
BODY = "仿宋_GB2312"
FULL_WIDTH = "，。：；（）、！？“”《》—…"


@pytest.fixture(scope="module")
def report():
    draft = draft_offline(load_figures(DEV / "figures" / "anju-foodsafety-2021.json"))
    return draft, Document(BytesIO(to_docx(draft)))


@pytest.fixture(scope="module")
def three_levels():
    draft = Draft(title="某项目2023年度项目支出绩效自评报告", sections=[
        SectionDraft("a", "一、项目基本情况", 1, ""),
        SectionDraft("b", "（一）项目概况", 2, "项目由“某局”组织实施：全年预算100万元（含中央资金）。"),
        SectionDraft("c", "1．立项依据", 3, "依据某文件——《某办法》……"),
    ])
    return draft, Document(BytesIO(to_docx(draft)))


def rfonts(element):  # noqa: ANN001, ANN201 - an rPr-bearing oxml element; its w:rFonts
    rpr = element.find(qn("w:rPr"))
    return rpr.find(qn("w:rFonts")) if rpr is not None else None


def outline_level(style) -> int | None:  # noqa: ANN001
    ppr = style.element.find(qn("w:pPr"))
    lvl = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
    return int(lvl.get(qn("w:val"))) if lvl is not None else None


def test_every_heading_is_a_word_heading_style_in_outline_order(report) -> None:  # noqa: ANN001
    draft, doc = report
    headings = [(p.text, p.style.name) for p in doc.paragraphs if p.style.name.startswith("Heading")]
    expected = [(s.title, HEADINGS[s.level][0]) for s in draft.sections if s.title]
    assert headings == expected  # the navigation pane lists exactly the outline
    assert {name for _, name in headings} == {"Heading 1", "Heading 2"}


@pytest.mark.parametrize("level", sorted(HEADINGS))
def test_heading_styles_carry_their_outline_level_and_gb9704_font(three_levels, level: int) -> None:  # noqa: ANN001
    _, doc = three_levels
    name, outline, font, bold = HEADINGS[level]
    style = doc.styles[name]
    assert outline_level(style) == outline
    fonts = rfonts(style.element)
    assert fonts.get(qn("w:eastAsia")) == font and fonts.get(qn("w:ascii")) == font
    assert not [a for a in THEME_ATTRS if fonts.get(qn(a)) is not None]  # no theme font overrides the name
    assert bool(style.font.bold) is bold and not style.font.italic
    assert str(style.font.color.rgb) == "000000" and style.font.color.theme_color is None
    assert style.font.size.pt == 16  # 三号
    paragraph = next(p for p in doc.paragraphs if p.style.name == name)
    assert paragraph.runs[0].font.bold in (None, bold)


def test_the_body_is_fangsong_and_so_is_its_full_width_punctuation(three_levels) -> None:  # noqa: ANN001
    _, doc = three_levels
    normal = rfonts(doc.styles["Normal"].element)
    assert normal.get(qn("w:eastAsia")) == BODY and normal.get(qn("w:ascii")) == BODY
    assert normal.get(qn("w:hint")) == "eastAsia"
    defaults = doc.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    assert defaults.get(qn("w:eastAsia")) == BODY
    assert not [a for a in THEME_ATTRS if defaults.get(qn(a)) is not None]
    runs = [r for p in doc.paragraphs if p.style.name == "Normal" for r in p.runs if set(r.text) & set(FULL_WIDTH)]
    assert len(runs) >= 2 and any("“" in r.text for r in runs) and any("——" in r.text for r in runs)
    for run in runs:
        fonts = rfonts(run._element)
        # “ ” — … are Latin to Word unless hinted: with the hint and 仿宋 in every slot they stay 仿宋
        assert {fonts.get(qn(a)) for a in ("w:eastAsia", "w:ascii", "w:hAnsi")} == {BODY}, run.text
        assert fonts.get(qn("w:hint")) == "eastAsia"


def test_heading_runs_with_punctuation_keep_the_heading_font(report) -> None:  # noqa: ANN001
    _, doc = report
    heading = next(p for p in doc.paragraphs if p.text.startswith("（一）"))
    fonts = rfonts(heading.runs[0]._element)
    assert fonts.get(qn("w:eastAsia")) == "楷体_GB2312" and fonts.get(qn("w:hint")) == "eastAsia"
