"""Real test documents built at test time: .docx with python-docx, .pdf written by hand.

No PDF writer is installed (reportlab is not a dependency), so ``make_pdf`` writes a minimal
one-page PDF byte by byte: a Type0 font with Identity-H encoding and a ToUnicode CMap, which is
exactly what pypdf's text extraction reads for Chinese text.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def make_pdf(lines: Sequence[str]) -> bytes:
    """A one-page PDF whose text layer holds ``lines`` (no lines: a page with no text, like a scan)."""
    return make_pdf_pages([lines])


def make_pdf_pages(pages: Sequence[Sequence[str]]) -> bytes:
    """A PDF with one page per entry of ``pages``, each holding its lines in the text layer."""
    chars = sorted({ch for lines in pages for line in lines for ch in line}) or [" "]
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(chars)} beginbfchar\n"
        + "".join(f"<{ord(c):04X}> <{ord(c):04X}>\n" for c in chars)
        + "endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end\n"
    ).encode()
    contents = []
    for lines in pages:
        ops = ["BT", "/F1 12 Tf", "14 TL", "50 780 Td"]
        ops += ["<" + "".join(f"{ord(c):04X}" for c in line) + "> Tj T*" for line in lines]
        ops.append("ET")
        contents.append("\n".join(ops).encode())
    n = len(pages)
    font, cid_font, to_unicode = 3 + 2 * n, 4 + 2 * n, 5 + 2 * n
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(n)), n),
    ]
    for i, content in enumerate(contents):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (4 + 2 * i, font)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objects += [
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H "
        b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cid_font, to_unicode),
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def make_indicator_docx(path: Path) -> Path:
    """A report with a paragraph, an indicator table with merged cells, and a closing paragraph.

    Table (4 columns)::

        一级指标 | 二级指标 | 三级指标     | 年度指标值
        产出指标 | 数量指标 | 监督检查次数 | 100次        ← 产出指标 merged down over two rows
         (merged)| 质量指标 | 考核合格率   | 100%
        满意度指标 (merged across 2) | 群众满意度 | 95%
    """
    import docx

    document = docx.Document()
    document.add_paragraph("一、项目概况")
    document.add_paragraph("本项目全年预算数139万元。")
    table = document.add_table(rows=4, cols=4)
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值"]):
        table.cell(0, c).text = text
    table.cell(1, 1).text, table.cell(1, 2).text, table.cell(1, 3).text = "数量指标", "监督检查次数", "100次"
    table.cell(2, 1).text, table.cell(2, 2).text, table.cell(2, 3).text = "质量指标", "考核合格率", "100%"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "产出指标"
    table.cell(3, 0).merge(table.cell(3, 1)).text = "满意度指标"
    table.cell(3, 2).text, table.cell(3, 3).text = "群众满意度", "95%"
    document.add_paragraph("二、存在的问题")
    document.add_paragraph("无。")
    document.save(path)
    return path


def make_two_row_header_docx(path: Path) -> Path:
    """A funds table whose header spans two rows: 财政资金 over 中央/省级; 项目 and 合计 merged down."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=4, cols=4)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "项目"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "财政资金"
    table.cell(1, 1).text, table.cell(1, 2).text = "中央", "省级"
    table.cell(0, 3).merge(table.cell(1, 3)).text = "合计(万元)"
    for r, row in enumerate([["全年预算资金", "60", "40", "100"], ["全年执行资金", "55", "40", "95"]], start=2):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(path)
    return path


def make_tricky_docx(path: Path) -> Path:
    """Word features that plain readers lose or double: a content control (``w:sdt``) holding a
    paragraph and a table, a tracked insertion and deletion, and a text box with its fallback copy."""
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    document = docx.Document()
    body = document.element.body
    sect = body[-1]  # keep w:sectPr last
    sect.addprevious(parse_xml(f'<w:p {w}><w:r><w:t>一、项目概况</w:t></w:r></w:p>'))
    sect.addprevious(
        parse_xml(
            f"<w:p {w}><w:r><w:t>全年预算数</w:t></w:r>"
            "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>100</w:delText></w:r></w:del>"
            "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>139</w:t></w:r></w:ins>"
            "<w:r><w:t>万元。</w:t></w:r></w:p>"
        )
    )
    sect.addprevious(
        parse_xml(
            f"<w:sdt {w}><w:sdtPr/><w:sdtContent>"
            "<w:p><w:r><w:t>二、存在的问题</w:t></w:r></w:p>"
            "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
            "<w:tr><w:tc><w:p><w:r><w:t>问题</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>原因</w:t></w:r></w:p></w:tc></w:tr>"
            "<w:tr><w:tc><w:p><w:r><w:t>资金到位晚</w:t></w:r></w:p></w:tc>"
            "<w:tc><w:p><w:r><w:t>上级拨付</w:t></w:r></w:p><w:p><w:r><w:t>较晚</w:t></w:r></w:p></w:tc></w:tr>"
            "</w:tbl></w:sdtContent></w:sdt>"
        )
    )
    sect.addprevious(
        parse_xml(
            f"<w:p {w} {mc}><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>"
            "<w:p><w:r><w:t>文本框说明</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
            "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框说明</w:t></w:r></w:p></w:txbxContent>"
            "</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
        )
    )
    document.save(path)
    return path


def make_report_docx(text: str, path: Path) -> Path:
    """A Word document of a text report: its ``｜`` lines become one real table, the rest paragraphs."""
    import docx

    document = docx.Document()
    lines = text.split("\n")
    k = 0
    while k < len(lines):
        if "｜" not in lines[k]:
            document.add_paragraph(lines[k])
            k += 1
            continue
        rows = []
        while k < len(lines) and "｜" in lines[k]:
            rows.append(lines[k].split("｜"))
            k += 1
        table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r, cells in enumerate(rows):
            for c, cell in enumerate(cells):
                table.cell(r, c).text = cell
    document.save(path)
    return path
