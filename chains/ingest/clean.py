"""Clean conversion artifacts out of report text before it is chunked and indexed.

Contract: ``clean_text`` returns the text that becomes ``Report.text``; every chunk span and every
search-result span is an offset into *this cleaned text*, never into the file as stored. There is
no map back to the raw file: the cleaned text is what the app shows around a passage, and it reads
like the report did in Word.

What is cleaned (each step is visible in its own function and test):

* ``[bookmark: _GoBack]`` / ``[bookmark: _Toc…]`` markers left by docx→text converters;
* stray page-number lines (``8``, ``- 8 -``, ``第 8 页``, ``8/12``);
* trailing tabs and spaces, indentation, runs of blank lines;
* for PDFs only (``unwrap=True``), lines broken at the page margin are joined again;
* Markdown marks (``## 一、概况``, ``**加粗**``, images, pipe tables with their ``|---|`` rule);
* tabs inside a line are column separators (tab-delimited rows become ``｜`` rows);
* tables flattened one cell per line (``\\t<cell>`` lines, rows separated by blank lines) are
  rebuilt into rows, and every table — rebuilt, or written as ``｜``-joined rows — becomes one line
  per data row bound to its headers (``chains.ingest.word_tables``: ``表头：值；表头：值``).

The published wording is never changed: numbers and sentences, including their errors, stay as
they are.
"""

from __future__ import annotations

import re

from chains.ingest.word_tables import CELL_SEP, bound_lines, fill_down, span_header

BOOKMARK_RE = re.compile(r"\[bookmark:[^\]\n]*\]")
PAGE_NUMBER_RE = re.compile(
    r"^\s*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3}|\d{1,3})\s*$"
)
_TAB_LINE_RE = re.compile(r"^[ \u3000]*\t")


def clean_text(text: str, *, unwrap: bool = False) -> str:
    """The cleaned text of a report (see the module docstring for what changes).

    ``unwrap`` rejoins lines a PDF text layer broke at the page margin (use it for PDFs only:
    in Word or text files a line break is the author's).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = remove_bookmarks(text)
    lines = [line if _TAB_LINE_RE.match(line) else line.strip(" \t\u3000\xa0") for line in text.split("\n")]
    lines = [_markdown_line(line) for line in lines if not _MD_RULE_RE.match(line)]
    lines = [line for line in lines if not is_page_number(line)]
    if unwrap:
        lines = unwrap_lines(lines)
    lines = rebuild_tab_tables(lines)
    lines = [_tabs_to_cells(line) for line in lines]
    lines = bind_bar_tables(lines)
    return _collapse_blank_lines(lines)


_HEADING_START_RE = re.compile(
    r"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.）)](?!\d)|附件|附表)"
)
_LINE_END = "。！？；：:;!?…”’）)】"
MIN_WRAPPED_LINE = 15


def unwrap_lines(lines: list[str]) -> list[str]:
    """Join a line to the next when the first was cut at the margin, not at the end of a thought.

    A line is continued when it is at least ``MIN_WRAPPED_LINE`` characters, is not a heading, and
    does not end with closing punctuation; the next line must be text (not blank, a heading, a
    table row or a tab cell).
    """
    out: list[str] = []
    for line in lines:
        if out and _continues(out[-1], line):
            out[-1] += line
        else:
            out.append(line)
    return out


def _continues(previous: str, line: str) -> bool:
    if len(previous) < MIN_WRAPPED_LINE or previous.endswith(tuple(_LINE_END)):
        return False
    if _HEADING_START_RE.match(previous) and len(previous) < 40:
        return False
    if not line.strip() or _TAB_LINE_RE.match(line) or CELL_SEP in line or CELL_SEP in previous:
        return False
    return not _HEADING_START_RE.match(line)


def remove_bookmarks(text: str) -> str:
    while True:  # removing one marker can join the halves of another
        cleaned = BOOKMARK_RE.sub("", text)
        if cleaned == text:
            return text
        text = cleaned


def is_page_number(line: str) -> bool:
    """A line holding nothing but a page number (tab-prefixed table cells are never page numbers)."""
    return not _TAB_LINE_RE.match(line) and bool(PAGE_NUMBER_RE.match(line))


def rebuild_tab_tables(lines: list[str]) -> list[str]:
    """Rebuild tables flattened one cell per line into header-bound row lines.

    A flattened table is a run of ``\\t<cell>`` lines; a blank line ends a row. Leading one-cell
    rows are captions (``附件1.项目支出绩效自评表``) and are kept as plain lines. A run that does
    not look like a table (fewer than two rows of two cells) keeps its text, untabbed.
    """
    out: list[str] = []
    for segment in split_flat_tables(lines):
        if isinstance(segment, str):
            out.append(segment)
        else:
            out.extend(_render_flat_table(segment))
    return out


def split_flat_tables(lines: list[str]) -> list[str | list[list[str]]]:
    """Lines, with each run of flattened table lines replaced by its rows of cell texts."""
    out: list[str | list[list[str]]] = []
    i = 0
    while i < len(lines):
        if not _TAB_LINE_RE.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        rows: list[list[str]] = []
        row: list[str] = []
        while i < len(lines):
            line = lines[i]
            if _TAB_LINE_RE.match(line):
                row.append(_markdown_line(line.split("\t", 1)[1].strip()).strip())
                i += 1
            elif not line.strip() and i + 1 < len(lines) and _TAB_LINE_RE.match(lines[i + 1]):
                if row:
                    rows.append(row)
                row = []
                i += 1
            else:
                break
        if row:
            rows.append(row)
        out.append(rows)
    return out


def _render_flat_table(rows: list[list[str]]) -> list[str]:
    captions: list[str] = []
    while rows and len(rows[0]) < 2:
        captions.extend(cell for cell in rows.pop(0) if cell and not is_page_number(cell))
    if len(rows) < 2:
        return captions + [CELL_SEP.join(r) for r in rows if any(r)]
    lines = [*captions]
    head = span_header(rows[0], rows[1])
    if head is not None:
        header_grid, _width = head
        grid = header_grid + fill_down(rows[2:], header_rows=0)  # origins (r, c) never clash with ("h0", k)
    else:
        grid = fill_down(rows, header_rows=1)
    lines.extend(bound_lines(grid))
    return [*lines, ""]


_MD_HEADING_RE = re.compile(r"^#{1,6}\s+")
_MD_RULE_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")  # |---|:--:| (and ---)
_MD_IMAGE_RE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_EMPHASIS_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def _markdown_line(line: str) -> str:
    """Markdown (pandoc and the like) to plain report text: heading marks, bold, images, pipe tables."""
    if not line or _TAB_LINE_RE.match(line):
        return line
    line = _MD_IMAGE_RE.sub("", _MD_HEADING_RE.sub("", line))
    line = _MD_EMPHASIS_RE.sub(r"\2", line)
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3:
        return CELL_SEP.join(cell.strip() for cell in stripped[1:-1].split("|"))
    return line


def _tabs_to_cells(line: str) -> str:
    """A tab inside a line separates columns (tab-delimited export): make it a ``｜`` cell separator."""
    if "\t" not in line:
        return line
    return CELL_SEP.join(cell.strip() for cell in line.strip().split("\t"))


def bind_bar_tables(lines: list[str]) -> list[str]:
    """Runs of two or more ``｜``-joined lines become header-bound rows (first line = header)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if CELL_SEP not in lines[i]:
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and CELL_SEP in lines[j]:
            j += 1
        block = [line.split(CELL_SEP) for line in lines[i:j]]
        if len(block) >= 2 and len(block[0]) >= 2:
            out.extend(bound_lines(fill_down(block, header_rows=1)))
        else:
            out.extend(lines[i:j])
        i = j
    return out


def _collapse_blank_lines(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if not line.strip():
            if out and out[-1] != "":
                out.append("")
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n" if out else ""
