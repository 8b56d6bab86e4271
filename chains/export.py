"""Export a ``Draft`` to Word: ``to_docx(draft) -> bytes`` in the usual 公文 look (Markdown: ``chains.draft.markdown``).

Word: A4 with 公文 margins; title in 方正小标宋简体 (宋体 as the Latin fallback) 二号 bold centred;
一级标题 黑体 三号, 二级标题 楷体_GB2312 三号; body 仿宋_GB2312 三号 (16 pt) with a two-character first-line
indent and 28 pt line spacing; page numbers (a PAGE field) centred in the footer. Text without a
heading (the 开头语, the 落款) is printed as it is, the 落款 right-aligned; the 附件 starts a new page.
Every block of consecutive lines with cells separated by ``｜`` (how the drafters write the 绩效自评表)
becomes a real table whose first line is the header row (repeated on each page), with columns sized by
what they hold (三级指标 wide) and no row split across pages. Every gap left for the user — 待补充：…,
待核实：…, 【…】 slots, 年 月 日, instructions such as 请据实填写 (``chains.draft.gaps``) — is highlighted
in yellow, in paragraphs and table cells. The 审核意见 (``Draft.review_notes``) follow on a page of their
own, headed as not part of the report. East Asian font names are set through ``w:eastAsia`` so Word shows
Chinese text in the named font.
"""

from __future__ import annotations

import re
from io import BytesIO
from typing import Any

from chains.draft.gaps import split_gaps
from chains.draft.markdown import REVIEW_HEADING, blocks, split_cells
from chains.draft.types import Draft, SectionDraft

TITLE_FONT = "方正小标宋简体"
TITLE_LATIN = "宋体"
H1_FONT = "黑体"
H2_FONT = "楷体_GB2312"
BODY_FONT = "仿宋_GB2312"
SIZE_TITLE = 22  # 二号
SIZE_BODY = 16  # 三号
SIZE_TABLE = 10.5  # 五号
TEXT_WIDTH_CM = 15.6  # A4 less the 公文 margins
#: relative column widths by header cell: the indicator name is the long one (issue 13)
COLUMN_WEIGHTS = {
    "三级指标": 3.2, "子项目": 3.0, "偏差原因分析及改进措施": 2.6, "年度指标值": 1.8, "实际完成值": 1.8,
    "项目": 2.0, "一级指标": 1.4, "二级指标": 1.6, "分值": 1.0, "得分": 1.0, "执行率": 1.3, "自评得分": 1.2,
    "评价等级": 1.2,
}  # fmt: skip
_APPENDIX = re.compile(r"^附件")


# -- Word ----------------------------------------------------------------------------------------------


def to_docx(draft: Draft) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    normal = doc.styles["Normal"]
    normal.font.size = Pt(SIZE_BODY)
    normal.font.name = BODY_FONT
    _east_asia(normal.element, BODY_FONT)
    doc.core_properties.title = draft.title
    doc.core_properties.language = "zh-CN"

    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = Pt(SIZE_BODY)
    _run(title, draft.title, TITLE_FONT, SIZE_TITLE, bold=True, latin=TITLE_LATIN)

    for section in draft.sections:
        if section.title:
            _heading(doc, section)
        signature = section.key == "signature"
        for n, (kind, lines) in enumerate(blocks(section.text)):
            if kind == "para":
                p = doc.add_paragraph()
                _line_spacing(p)
                if signature:  # the 落款: unit and date flush right, set off from the body
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    p.paragraph_format.space_before = Pt(SIZE_BODY * 2 if n == 0 else 0)
                else:
                    p.paragraph_format.first_line_indent = Pt(SIZE_BODY * 2)
                _gapped(p, lines[0], SIZE_BODY)
            else:
                _table(doc, [split_cells(ln) for ln in lines])

    if draft.review_notes:
        _review_page(doc, draft.review_notes)
    _page_number_footer(sec)
    buf = BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _heading(doc: Any, section: SectionDraft) -> None:
    from docx.shared import Pt

    heading = doc.add_paragraph()
    heading.paragraph_format.first_line_indent = Pt(SIZE_BODY * 2)
    heading.paragraph_format.keep_with_next = True
    heading.paragraph_format.page_break_before = bool(_APPENDIX.match(section.title))  # the 附件 on its own page
    _line_spacing(heading)
    font = H1_FONT if section.level <= 1 else H2_FONT
    _run(heading, section.title, font, SIZE_BODY, bold=section.level > 1)
    _outline_level(heading, section.level)


def _gapped(paragraph: Any, text: str, size: float, font: str = BODY_FONT) -> None:
    """``text`` as runs, every placeholder and instruction highlighted."""
    from docx.enum.text import WD_COLOR_INDEX

    for piece, gap in split_gaps(text):
        run = _run(paragraph, piece, font, size)
        if gap:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _review_page(doc: Any, notes: list[str]) -> None:
    """The 审核意见 on a last page of their own, every note highlighted: to verify, then delete."""
    from docx.enum.text import WD_COLOR_INDEX
    from docx.shared import Pt

    head = doc.add_paragraph()
    head.paragraph_format.page_break_before = True
    head.paragraph_format.keep_with_next = True
    _line_spacing(head)
    _run(head, REVIEW_HEADING, H1_FONT, SIZE_BODY)
    for i, note in enumerate(notes, 1):
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(SIZE_BODY * 2)
        _line_spacing(p)
        _run(p, f"{i}. ", BODY_FONT, SIZE_BODY)
        _run(p, note, BODY_FONT, SIZE_BODY).font.highlight_color = WD_COLOR_INDEX.YELLOW


def _east_asia(element: Any, font: str) -> None:
    from docx.oxml.ns import qn

    rpr = element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), font)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)


def _run(paragraph: Any, text: str, font: str, size: float, bold: bool = False, latin: str | None = None) -> Any:
    from docx.shared import Pt, RGBColor

    run = paragraph.add_run(text)
    run.font.name = latin or font
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.color.rgb = RGBColor(0, 0, 0)
    _east_asia(run._element, font)
    return run


def _line_spacing(paragraph: Any) -> None:
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(28)
    fmt.space_before = fmt.space_after = Pt(0)


def _outline_level(paragraph: Any, level: int) -> None:
    """Navigation-pane level without the built-in heading styles (their theme fonts and colours)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = paragraph._p.get_or_add_pPr()
    el = OxmlElement("w:outlineLvl")
    el.set(qn("w:val"), str(max(0, level - 1)))
    ppr.append(el)


def _table(doc: Any, rows: list[list[str]]) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    width = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = column_widths(rows[0] + [""] * (width - len(rows[0])))
    for j, w in enumerate(widths):
        table.columns[j].width = w
    for i, cells in enumerate(rows):
        row = table.rows[i]
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))  # a row is never split across pages
        for j in range(width):
            cell = row.cells[j]
            cell.width = widths[j]
            text = cells[j] if j < len(cells) else ""
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if i == 0 else WD_ALIGN_PARAGRAPH.LEFT
            if i == 0:
                _run(p, text, H1_FONT, SIZE_TABLE, bold=False)
            else:
                _gapped(p, text, SIZE_TABLE)
    header = table.rows[0]._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    header.append(flag)
    doc.add_paragraph()


def column_widths(header: list[str]) -> list[Any]:
    """Column widths (EMU) from the header cells: 三级指标 wide, 分值/得分 narrow, the text width filled."""
    from docx.shared import Cm

    weights = [COLUMN_WEIGHTS.get(h.strip(), 1.4) for h in header]
    total = sum(weights)
    return [Cm(TEXT_WIDTH_CM * w / total) for w in weights]


def _page_number_footer(section: Any) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, "— ", BODY_FONT, 14)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        run = _run(p, "", BODY_FONT, 14)  # one field part per run, as Word writes them
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == " PAGE ":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._element.append(el)
    _run(p, " —", BODY_FONT, 14)
    p.paragraph_format.space_before = Pt(0)
