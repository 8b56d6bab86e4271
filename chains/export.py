"""Export a ``Draft`` to Word: ``to_docx(draft) -> bytes`` in the usual 公文 look (Markdown: ``chains.draft.markdown``).

Word: A4 with 公文 margins; title in 方正小标宋简体 (宋体 as the Latin fallback) 二号 bold centred;
headings in Word's own heading styles (标题 1–3, i.e. Heading 1–3, so the navigation pane shows the outline),
restyled after GB/T 9704: 一级标题 黑体 三号, 二级标题 楷体_GB2312 三号, 三级标题 仿宋_GB2312 三号 bold, black,
without theme fonts; body 仿宋_GB2312 三号 (16 pt) with a two-character first-line indent and 28 pt line
spacing, every run (and the Normal style) with ``w:hint="eastAsia"`` so full-width punctuation and the
quotation marks Word counts as Latin (“ ” ‘ ’ — …) are set in the same Chinese font; page numbers (a PAGE field) centred in the footer. Text without a
heading (the 开头语, the 落款) is printed as it is, the 落款 right-aligned; the 附件 starts a new page.
Every block of consecutive lines with cells separated by ``｜`` (how the drafters write the 绩效自评表)
becomes a real table whose first line is the header row (repeated on each page), with columns sized by
what they hold (三级指标 wide) and no row split across pages. Every gap left for the user — 待补充：…,
待核实：…, 【…】 slots, 年 月 日, instructions such as 请据实填写 (``chains.draft.gaps``) — is highlighted
in yellow, in paragraphs and table cells. The 参考表述 offered for a section still to be filled
(``SectionDraft.examples``) follow its text as a shaded, bordered block in 楷体 (paragraph style 参考表述),
each headed by its label (source; 非本项目数据，采用前请改写). The 审核意见 (``Draft.review_notes``) follow on
a page of their own, headed as not part of the report. East Asian font names are set through ``w:eastAsia`` so Word shows
Chinese text in the named font.
"""

from __future__ import annotations

import re
from io import BytesIO
from typing import Any

from chains.draft.examples import Example
from chains.draft.gaps import split_gaps
from chains.draft.markdown import REVIEW_HEADING, blocks, split_cells
from chains.draft.types import Draft, SectionDraft

TITLE_FONT = "方正小标宋简体"
TITLE_LATIN = "宋体"
H1_FONT = "黑体"
H2_FONT = "楷体_GB2312"
BODY_FONT = "仿宋_GB2312"
#: Word's built-in heading styles by outline level: (East Asian font, bold), after GB/T 9704
HEADING_STYLES = {1: (H1_FONT, False), 2: (H2_FONT, False), 3: (BODY_FONT, True)}
REFERENCE_STYLE = "参考表述"
REFERENCE_FONT = H2_FONT
REFERENCE_FILL = "E8EEF4"  # a pale blue-grey: set off from the body, distinct from the yellow of the gaps
SIZE_REFERENCE = 14  # 四号
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
#: the elements a paragraph's properties may hold after w:shd, in schema order (w:pBdr comes right before it)
_AFTER_SHD = (
    "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
    "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
    "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)
_AFTER_PBDR = ("w:shd", *_AFTER_SHD)


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

    _styles(doc)
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
        for example in section.examples:
            _reference(doc, example)

    if draft.review_notes:
        _review_page(doc, draft.review_notes)
    _page_number_footer(sec)
    buf = BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _styles(doc: Any) -> None:
    """Normal in 仿宋 三号; Heading 1–3 (outline levels 1–3 in the navigation pane) restyled after GB/T 9704;
    the 参考表述 paragraph style. Theme fonts and colours of the template are removed throughout."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    _document_defaults(doc)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(SIZE_BODY)
    normal.font.name = BODY_FONT
    _east_asia(normal.element, BODY_FONT)
    for level, (font, bold) in HEADING_STYLES.items():
        style = doc.styles[f"Heading {level}"]
        style.font.name, style.font.size, style.font.bold, style.font.italic = font, Pt(SIZE_BODY), bold, False
        style.font.color.rgb = RGBColor(0, 0, 0)
        _east_asia(style.element, font)
        style.paragraph_format.first_line_indent = Pt(SIZE_BODY * 2)
        style.paragraph_format.keep_with_next = True
        _line_spacing(style)
    ref = doc.styles.add_style(REFERENCE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    ref.base_style = normal
    ref.font.name, ref.font.size = REFERENCE_FONT, Pt(SIZE_REFERENCE)
    _east_asia(ref.element, REFERENCE_FONT)
    ref.paragraph_format.line_spacing = Pt(24)
    ref.paragraph_format.left_indent = ref.paragraph_format.right_indent = Pt(SIZE_REFERENCE)
    _shade(ref.element.get_or_add_pPr())


def _document_defaults(doc: Any) -> None:
    """The document defaults name 仿宋 rather than the template's theme fonts (text without a style of its own)."""
    from docx.oxml.ns import qn

    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
    rfonts = rpr.find(f"{qn('w:rPr')}/{qn('w:rFonts')}") if rpr is not None else None
    if rfonts is not None:
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            rfonts.set(qn(attr), BODY_FONT)
        rfonts.set(qn("w:hint"), "eastAsia")
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attr), None)


def _heading(doc: Any, section: SectionDraft) -> None:
    level = min(max(section.level, 1), max(HEADING_STYLES))
    heading = doc.add_paragraph(style=f"Heading {level}")
    heading.paragraph_format.page_break_before = bool(_APPENDIX.match(section.title))  # the 附件 on its own page
    font, bold = HEADING_STYLES[level]
    _run(heading, section.title, font, SIZE_BODY, bold=bold)


def _reference(doc: Any, example: Example) -> None:
    """A 参考表述 under its section: its label, then the passage (slots highlighted), shaded and bordered."""
    from docx.shared import Pt

    label = doc.add_paragraph(style=REFERENCE_STYLE)
    _shade(label._p.get_or_add_pPr())
    label.paragraph_format.keep_with_next = True
    _run(label, example.label, REFERENCE_FONT, SIZE_REFERENCE, bold=True)
    for line in example.text.splitlines():
        if line.strip():
            p = doc.add_paragraph(style=REFERENCE_STYLE)
            _shade(p._p.get_or_add_pPr())
            p.paragraph_format.first_line_indent = Pt(SIZE_REFERENCE * 2)
            _gapped(p, line.strip(), SIZE_REFERENCE, REFERENCE_FONT)


def _shade(ppr: Any) -> None:
    """Paragraph shading and a box border (consecutive paragraphs with the same border share one box)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for tag in ("w:pBdr", "w:shd"):
        old = ppr.find(qn(tag))
        if old is not None:
            ppr.remove(old)
    border = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        for k, v in (("w:val", "single"), ("w:sz", "4"), ("w:space", "4"), ("w:color", "8EA9C1")):
            el.set(qn(k), v)
        border.append(el)
    shd = OxmlElement("w:shd")
    for k, v in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", REFERENCE_FILL)):
        shd.set(qn(k), v)
    ppr.insert_element_before(border, *_AFTER_PBDR)
    ppr.insert_element_before(shd, *_AFTER_SHD)


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
    rfonts.set(qn("w:hint"), "eastAsia")  # “ ” — … (Latin to Word) in the Chinese font too
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
    """Exactly 28 pt, nothing before or after (``paragraph``: a paragraph or a paragraph style)."""
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(28)
    fmt.space_before = fmt.space_after = Pt(0)


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
