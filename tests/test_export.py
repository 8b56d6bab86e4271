"""Export: a real .docx in the 公文 look with the 自评表 as a Word table, and Markdown with the same table."""

from __future__ import annotations

from io import BytesIO

import pytest
from docx import Document
from docx.oxml.ns import qn

from chains.draft.markdown import blocks, to_markdown
from chains.draft.offline import draft_offline
from chains.draft.types import Draft, SectionDraft
from chains.export import to_docx
from chains.ingest.figures_file import load_figures

from .conftest import DEV

DEV_FIGURES = sorted((DEV / "figures").glob("*.json"))


def east_asia(run) -> str | None:
    rfonts = run._element.rPr.rFonts
    return rfonts.get(qn("w:eastAsia")) if rfonts is not None else None


@pytest.fixture(scope="module")
def anju():
    draft = draft_offline(load_figures(DEV / "figures" / "anju-foodsafety-2021.json"))
    return draft, Document(BytesIO(to_docx(draft)))


def test_docx_opens_and_holds_the_title_headings_and_body(anju):
    draft, doc = anju
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == draft.title
    for section in draft.sections:
        assert section.title in texts
    assert "待补充：存在的问题及原因。" in texts
    assert doc.core_properties.title == draft.title


def test_docx_holds_the_self_evaluation_table_with_a_header_row(anju):
    draft, doc = anju
    assert len(doc.tables) == 2  # 预算执行情况, 绩效指标
    funds, indicators = doc.tables
    assert [c.text for c in funds.rows[0].cells] == ["项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    assert [c.text for c in funds.rows[1].cells][:4] == ["年度资金总额", "—", "2.38", "2.38"]
    header = [c.text for c in indicators.rows[0].cells]
    assert header[:3] == ["一级指标", "二级指标", "三级指标"] and header[6] == "得分"
    assert indicators.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert len(indicators.rows) == 1 + 9 + 1 + 1  # header, nine indicators, the unlisted rest (待补充), 总分
    # the listed weights (44 with the execution row's 10) are part of the table: the rest is a slot, the total 100
    assert [c.text for c in indicators.rows[-2].cells][2:7] == ["其余指标（关键数据未列出）", *["待补充"] * 4]
    assert [c.text for c in indicators.rows[-1].cells][5:7] == ["100.00", "100.00"]
    assert indicators.style.name == "Table Grid"


def test_docx_sets_the_east_asian_fonts_of_a_government_document(anju):
    draft, doc = anju
    by_text = {p.text: p for p in doc.paragraphs}
    title = by_text[draft.title]
    assert title.alignment == 1  # centred
    assert east_asia(title.runs[0]) == "方正小标宋简体" and title.runs[0].font.bold
    assert title.runs[0].font.name == "宋体"
    assert east_asia(by_text["一、项目基本情况"].runs[0]) == "黑体"
    assert east_asia(by_text["（一）项目概况"].runs[0]) == "楷体_GB2312"
    body = by_text["待补充：存在的问题及原因。"].runs[0]
    assert east_asia(body) == "仿宋_GB2312" and body.font.size.pt == 16
    normal = doc.styles["Normal"].element.rPr.rFonts
    assert normal.get(qn("w:eastAsia")) == "仿宋_GB2312"


def test_docx_footer_has_a_page_number_field(anju):
    _, doc = anju
    footer = doc.sections[0].footer._element
    instr = [el.text for el in footer.iter(qn("w:instrText"))]
    assert instr == [" PAGE "]
    kinds = [el.get(qn("w:fldCharType")) for el in footer.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"]


@pytest.mark.parametrize("path", DEV_FIGURES, ids=lambda p: p.stem)
def test_every_dev_draft_exports_to_docx_and_markdown(path):
    draft = draft_offline(load_figures(path))
    doc = Document(BytesIO(to_docx(draft)))
    assert doc.tables and doc.tables[0].rows[1].cells[0].text == "年度资金总额"
    md = to_markdown(draft)
    assert md.startswith(f"# {draft.title}\n")
    assert "| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|\n" in md
    assert "| 一级指标 | 二级指标 | 三级指标 |" in md


def test_markdown_has_headings_by_level_and_the_table():
    draft = Draft(
        title="某项目2023年度项目支出绩效自评报告",
        sections=[
            SectionDraft("a", "一、基本情况", 1, ""),
            SectionDraft("b", "（一）项目概况", 2, "第一段。\n第二段。"),
            SectionDraft("t", "附件：项目支出绩效自评表", 1, "说明\n甲｜乙\n1｜2|3\n总分｜100"),
        ],
    )
    md = to_markdown(draft)
    assert "## 一、基本情况\n\n### （一）项目概况\n\n第一段。\n\n第二段。\n" in md
    assert "| 甲 | 乙 |\n|---|---|\n| 1 | 2\\|3 |\n| 总分 | 100 |\n" in md


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("段落", [("para", ["段落"])]),
        ("a｜b\nc｜d", [("table", ["a｜b", "c｜d"])]),
        ("名称：x｜年度：2023\n说明", [("para", ["名称：x　年度：2023"]), ("para", ["说明"])]),
        ("甲\na｜b\nc｜d\n乙", [("para", ["甲"]), ("table", ["a｜b", "c｜d"]), ("para", ["乙"])]),
        ("| 指标 | 得分 |\n|---|:---:|\n| a | 1 |", [("table", ["| 指标 | 得分 |", "| a | 1 |"])]),
    ],
)
def test_lines_with_cell_separators_become_tables(text, expected):
    assert list(blocks(text)) == expected


def test_gaps_left_for_the_user_are_highlighted_in_word(anju):
    _, doc = anju
    para = next(p for p in doc.paragraphs if "待核实：" in p.text)
    marked = [r.text for r in para.runs if r.font.highlight_color is not None]
    assert marked and all(t.startswith("待核实：") for t in marked)
    plain = next(p for p in doc.paragraphs if p.text.startswith("食品监管补助资金由"))
    assert all(r.font.highlight_color is None for r in plain.runs)


def test_a_markdown_table_written_by_a_model_becomes_a_word_table():
    draft = Draft(title="标题", sections=[SectionDraft("x", "一、情况", 1, "说明如下：\n| 指标 | 得分 |\n|---|---|\n| 满意度 | 10 |")])
    doc = Document(BytesIO(to_docx(draft)))
    assert [[c.text for c in r.cells] for r in doc.tables[0].rows] == [["指标", "得分"], ["满意度", "10"]]
