"""Read reports from disk or upload: .txt/.md (UTF-8 or GB18030), a saved web page (.html), .docx, .pdf → plain text.

I/O lives here so the checker and the drafter stay pure. Every failure is an ``InputError`` whose
message says what is wrong with the file and what to do; nothing here lets a traceback reach a user.

Word tables become one line per row with cells joined by ``｜`` (the convention the checker reads);
a merged cell is emitted once per row, not repeated. With ``bind_headers=True`` (what the corpus
loader asks for) each data row is instead bound to its header cells, ``表头：值；表头：值`` — see
``chains.ingest.word_tables`` for how merged cells and two-row headers are resolved.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from chains.errors import InputError
from chains.ingest.word_tables import Cell, Grid, bound_lines
from chains.text.markup import page_text
from chains.vocabulary import CELL_SEP

MAX_BYTES = 50 * 1024 * 1024
MAX_CHARS = 1_000_000
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
HTML_SUFFIXES = {".html", ".htm"}  # a report saved from the publisher's web page
SUPPORTED = sorted(TEXT_SUFFIXES - {""} | HTML_SUFFIXES | {".docx", ".pdf"})


@dataclass(frozen=True)
class Document:
    """Text of one file and where it came from."""

    name: str
    text: str
    kind: str  # "text" | "html" | "docx" | "pdf"
    encoding: str = "utf-8"


def read_document(path: str | Path, *, bind_headers: bool = False) -> Document:
    """Text of a report file; ``bind_headers`` renders Word tables as header-bound rows."""
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{p} 是文件夹，请给出报告文件。")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{p.name} 有 {size / 1048576:.1f} MB，超过 {MAX_BYTES // 1048576} MB 的上限，请拆分后再检查。")
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"找不到文件 {p}。") from None
    except OSError as exc:
        raise InputError(f"无法读取 {p}：{exc.strerror or exc}") from None
    return read_bytes(data, p.name, bind_headers=bind_headers)


def read_bytes(data: bytes, name: str, *, bind_headers: bool = False) -> Document:
    """Text of an uploaded or read file, chosen by its content (magic bytes), then its suffix.

    A file whose content contradicts its suffix (a PDF saved as ``.docx``) is read for what it
    is; one that is neither (random bytes named ``.pdf``) gets a message naming both.
    """
    suffix = Path(name).suffix.lower()
    if not data or not data.strip():
        raise InputError(f"{name} 是空文件，没有可检查的内容。")
    kind = sniff(data)
    if kind == "pdf":
        return Document(name, _limit(_pdf_text(data, name), name, "pdf"), "pdf")
    if kind == "zip" and (suffix not in TEXT_SUFFIXES or suffix == ""):
        return Document(name, _limit(_docx_text(data, name, bind_headers), name, "docx"), "docx")
    if kind == "ole" and suffix not in TEXT_SUFFIXES:
        raise InputError(f"{name} 是旧版 Word（.doc）或加密的 Office 文件，请在 Word 中另存为 .docx 后再上传。")
    if suffix == ".docx":
        raise InputError(f"{name} 的内容不是 Word（.docx）格式，文件可能已损坏或扩展名有误。请用 Word 打开后另存为 .docx。")
    if suffix == ".pdf":
        raise InputError(f"{name} 的内容不是 PDF 格式（缺少 PDF 文件头），文件可能已损坏或扩展名有误。")
    if suffix == ".doc":
        raise InputError(f"{name} 是旧版 Word（.doc）文件，请在 Word 中另存为 .docx 后再上传。")
    if suffix in HTML_SUFFIXES:
        text, encoding = decode_with_encoding(data, name)
        shown = page_text(text)
        if not shown:
            raise InputError(f"{name} 是网页文件，但其中没有可检查的文字。")
        return Document(name, _limit(shown, name), "html", encoding)
    if suffix not in TEXT_SUFFIXES:
        raise InputError(f"{name}：不支持的文件类型 {suffix}，请使用 {'、'.join(SUPPORTED)}。")
    text, encoding = decode_with_encoding(data, name)
    return Document(name, _limit(text, name), "text", encoding)


def sniff(data: bytes) -> str:
    """``"pdf"``, ``"zip"`` (docx/xlsx…), ``"ole"`` (old .doc/.xls, encrypted Office) or ``""``."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    return ""


def decode_text(data: bytes, name: str = "输入") -> str:
    return decode_with_encoding(data, name)[0]


def decode_with_encoding(data: bytes, name: str = "输入") -> tuple[str, str]:
    """Decode report text: UTF-8 (with or without BOM), else GB18030 (a superset of GBK/GB2312), or
    Big5 when the bytes read as common traditional characters and not as common simplified ones.

    Binary data (NUL bytes, many control characters, or no encoding that yields mostly text) is
    refused with a message rather than turned into mojibake.
    """
    if not data.strip():
        raise InputError(f"{name} 是空文件，没有可检查的内容。")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8-sig", "gb18030", "big5"]
    if b"\x00" in data[:4096] and candidates != ["utf-16"]:
        raise InputError(f"{name} 看起来是二进制文件而不是文本，请上传 .txt、.md、.docx 或 .pdf 格式的报告。")
    for enc in candidates:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            continue  # mojibake (control or private-use characters): try the next encoding
        if enc == "gb18030":
            text, enc = _prefer_big5(data, text)
        return text.replace("\r\n", "\n").replace("\r", "\n"), ("utf-8" if enc == "utf-8-sig" else enc)
    raise InputError(f"{name} 无法识别为文本（不是 UTF-8、GBK/GB18030 或 Big5 编码），请另存为 UTF-8 文本或 .docx 后重试。")


def _prefer_big5(data: bytes, gb_text: str) -> tuple[str, str]:
    """Traditional-Chinese Big5 files also decode as GB18030, into rare characters; keep Big5 when it
    reads as common characters and the GB18030 reading does not."""
    try:
        big5_text = data.decode("big5")
    except UnicodeDecodeError:
        return gb_text, "gb18030"
    gb_common, big5_common = _common_share(gb_text, _common_chars("gb2312")), _common_share(big5_text, _common_chars("big5"))
    if big5_common > 0.9 and big5_common - gb_common > 0.2:
        return big5_text, "big5"
    return gb_text, "gb18030"


_COMMON: dict[str, frozenset[str]] = {}


def _common_chars(encoding: str) -> frozenset[str]:
    """The frequently used level-1 Han characters of GB2312 (3,755) or Big5 (5,401)."""
    if encoding not in _COMMON:
        if encoding == "gb2312":
            codes = (bytes([hi, lo]) for hi in range(0xB0, 0xD8) for lo in range(0xA1, 0xFF))
        else:
            codes = (bytes([hi, lo]) for hi in range(0xA4, 0xC7) for lo in [*range(0x40, 0x7F), *range(0xA1, 0xFF)])
        chars = set()
        for code in codes:
            try:
                chars.add(code.decode(encoding))
            except UnicodeDecodeError:
                continue
        _COMMON[encoding] = frozenset(chars)
    return _COMMON[encoding]


def _common_share(text: str, common: frozenset[str]) -> float:
    han = [ch for ch in text[:5000] if "\u4e00" <= ch <= "\u9fff"]
    return sum(ch in common for ch in han) / len(han) if han else 1.0


#: control characters other than \t \n \f \r, and the private-use area: what mojibake and binary data decode to
_BINARY_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\ue000-\uf8ff]")


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    return len(_BINARY_CHARS.findall(sample)) / len(sample) > 0.02


_EMPTY_HINT = {
    "pdf": "（可能是扫描件或图片）。扫描版 PDF 需要先做文字识别（OCR）后再上传。",
    "docx": "（可能只有图片或是空白文档）。如果正文是图片，请改为文字版本后再上传。",
}


def _limit(text: str, name: str, kind: str = "text") -> str:
    if not text.strip():
        raise InputError(f"{name} 中没有文字内容" + _EMPTY_HINT.get(kind, "。"))
    if len(text) > MAX_CHARS:
        raise InputError(
            f"{name} 有 {len(text):,} 个字符，超过 {MAX_CHARS:,} 字符的上限。"
            "一份自评报告通常不超过 5 万字，请确认是否选错了文件，或拆分后分别检查。"
        )
    return text


def _docx_text(data: bytes, name: str, bind_headers: bool = False) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = set(package.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(f"{name} 不是有效的 Word（.docx）文件，可能已损坏：{type(exc).__name__}。请用 Word 打开后另存一次再试。") from None
    if "word/document.xml" not in members:
        what = "Excel 表格" if "xl/workbook.xml" in members else "PowerPoint 演示文稿" if "ppt/presentation.xml" in members else "ZIP 压缩包"
        raise InputError(f"{name} 是{what}，不是 Word 文档。请上传 .docx、.pdf 或文本格式的报告。")
    try:
        # Only the main part is parsed (styles, numbering, headers add nothing to the text): several times
        # faster than loading the whole package with ``docx.Document``. python-docx's parser gives its own
        # element classes, so its ``Table`` still resolves merged cells.
        from docx.oxml.parser import parse_xml
        from docx.table import Table

        with zipfile.ZipFile(io.BytesIO(data)) as package:
            body = parse_xml(package.read("word/document.xml")).find(f"{_W}body")
        if body is None:
            raise ValueError("word/document.xml has no body")
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError, zlib.error) as exc:
        raise InputError(f"{name} 不是有效的 Word（.docx）文件，可能已损坏：{type(exc).__name__}。请用 Word 打开后另存一次再试。") from None
    except Exception as exc:  # lxml raises its own errors on damaged XML
        raise InputError(f"{name} 无法作为 Word 文档打开（{type(exc).__name__}），文件可能已损坏。") from None
    lines: list[str] = []
    for block in _blocks(body):
        if block.tag == f"{_W}p":
            lines.append(_element_text(block, breaks=True))
        else:
            table = Table(block, None)  # type: ignore[arg-type]  # the parent is only needed for styles
            lines.extend(bound_lines(table_grid(table)) if bind_headers else table_rows(table))
            lines.append("")
    return "\n".join(lines)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _blocks(parent):  # noqa: ANN001, ANN202 - lxml elements
    """Body paragraphs and tables in document order, including those inside content controls
    (``w:sdt``, common in government templates) and custom XML wrappers."""
    for child in parent.iterchildren():
        if child.tag in (f"{_W}p", f"{_W}tbl"):
            yield child
        elif child.tag == f"{_W}sdt":
            for content in child.iterchildren(f"{_W}sdtContent"):
                yield from _blocks(content)
        elif child.tag == f"{_W}customXml":
            yield from _blocks(child)


def _element_text(element, *, breaks: bool) -> str:  # noqa: ANN001 - lxml element
    """The text Word shows for a paragraph or cell, with tracked changes accepted.

    ``w:t`` runs anywhere below (inserted runs, hyperlinks, fields' results, text boxes) count;
    deleted text (``w:delText``) and field codes do not; the ``mc:Fallback`` copy of a text box
    is skipped so its text is not read twice. ``breaks``: line breaks and tabs kept (paragraphs)
    or every run of whitespace made one space (table cells).
    """
    parts: list[str] = []

    def walk(el) -> None:  # noqa: ANN001
        for child in el.iterchildren():
            tag = child.tag
            if tag == f"{_W}t":
                parts.append(child.text or "")
            elif tag == f"{_W}tab":
                parts.append("\t" if breaks else " ")
            elif tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n" if breaks else " ")
            elif tag == f"{_W}p" and parts:
                parts.append("\n" if breaks else " ")
                walk(child)
            elif tag != _MC_FALLBACK and isinstance(tag, str):
                walk(child)

    walk(element)
    text = "".join(parts)
    return text if breaks else " ".join(text.split())


def table_rows(table) -> list[str]:  # noqa: ANN001 - python-docx Table
    """Rows of a Word table as ``｜``-joined lines, each merged cell once per row."""
    rows = []
    for row in table.rows:
        seen: set[int] = set()
        cells = []
        for cell in row.cells:
            key = id(cell._tc)
            if key in seen:
                continue
            seen.add(key)
            cells.append(_tc_text(cell._tc))
        rows.append(CELL_SEP.join(cells))
    return rows


def table_grid(table) -> Grid:  # noqa: ANN001 - python-docx Table
    """A Word table as a grid of ``Cell`` per layout column, merged cells sharing one origin.

    python-docx yields one ``_Cell`` per grid column, the same ``<w:tc>`` for every column a
    horizontal merge spans and the top ``<w:tc>`` for a vertical merge; that element is the origin.
    Grid positions before a row's first cell (``w:gridBefore``) are empty cells of their own.
    """
    grid: Grid = []
    for r, row in enumerate(table.rows):
        cells: list[Cell] = [Cell("", ("before", r, c)) for c in range(row.grid_cols_before)]
        texts: dict[int, str] = {}
        for cell in row.cells:
            tc = cell._tc
            if id(tc) not in texts:
                texts[id(tc)] = _tc_text(tc)
            cells.append(Cell(texts[id(tc)], tc))
        grid.append(cells)
    return grid


def _tc_text(tc) -> str:  # noqa: ANN001 - lxml element of a <w:tc>
    """Text of a table cell, whitespace-normalised (one XML walk: several times faster than
    python-docx's ``cell.text``, which runs an XPath query per paragraph)."""
    return _element_text(tc, breaks=False)


def _pdf_text(data: bytes, name: str) -> str:
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings on damaged files are not for users
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = bool(reader.decrypt(""))  # PasswordType.NOT_DECRYPTED (0) when a password is needed
            except Exception:
                opened = False
            if not opened:
                raise InputError(f"{name} 是加密的 PDF（需要密码才能打开），请先解除密码保护。") from None
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many error types on broken files
        raise InputError(f"{name} 不是有效的 PDF 文件，可能已损坏（{type(exc).__name__}）。") from None
    return "\n".join(drop_running_lines(pages))


def drop_running_lines(pages: list[str]) -> list[str]:
    """Remove running headers and footers: short lines at the top or bottom of most pages.

    A short line that is not a sentence (digits ignored, so "第 3 页" and "第 4 页" are one line),
    first or last on at least 60% of the pages — and on three pages at least — is the page's
    furniture, not the report's text.
    """
    if len(pages) < 3:
        return pages
    split = [page.split("\n") for page in pages]
    counts: dict[str, int] = {}
    for lines in split:
        for key in {_running_key(lines[i]) for i in _edges(lines)} - {""}:
            counts[key] = counts.get(key, 0) + 1
    need = max(3, -(-len(pages) * 3 // 5))
    running = {key for key, n in counts.items() if n >= need}
    if not running:
        return pages
    out = []
    for lines in split:
        drop = {i for i in _edges(lines) if _running_key(lines[i]) in running}
        out.append("\n".join(line for i, line in enumerate(lines) if i not in drop))
    return out


def _edges(lines: list[str]) -> list[int]:
    """Indices of the first and the last non-blank line."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return filled[:1] + filled[-1:] if len(filled) > 2 else []


def _running_key(line: str) -> str:
    line = line.strip()
    if len(line) > 60 or line.endswith(("。", "；", "：")) or "，" in line:
        return ""  # a sentence is text, not a running header
    return "".join("#" if ch.isdigit() else ch for ch in line if not ch.isspace())
