"""Text copied out of a PDF: lines cut at the page's width, inside sentences and between a number and its unit
("县级配套资金96.00\\n万元"), with each page's header and footer ("第 1 页 共 4 页", "— 3 —", the department's name
again) between them. ``reflowed`` joins the cut lines and drops the page furniture, so that the text reads as the
report was written; like ``markup.plain`` it returns where each character came from, so findings point into the
text as given.

A line is only joined to the next when the text is plainly a hard-wrapped copy (most of its long lines end near one
width, without a sentence's end) and the line itself runs to that width: paragraphs, headings, lists and tables keep
their breaks.
"""

from __future__ import annotations

import re
from collections import Counter

_FOOTER = re.compile(r"^\s*(?:第\s*\d{1,3}\s*页\s*(?:[，,/]?\s*共\s*\d{1,3}\s*页)?|[—–\-－]+\s*\d{1,3}\s*[—–\-－]+"
                     r"|\d{1,3}\s*/\s*\d{1,3}|[-－]?\s*\d{1,3}\s*[-－]?)\s*$")
_ENDS_SENTENCE = "。！？!?：:"
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[、.．](?!\d)|附件|附表"
                      r"|[①②③④⑤⑥⑦⑧⑨⑩])")
_SEPARATORS = re.compile(r"[|｜\t]|\S {2,}\S")
_MIN_LINES = 8
_FIGURE_START = re.compile(r"\s*[\d０-９]")


def reflowed(text: str) -> tuple[str, list[int]] | None:
    """(the text with cut lines joined and page furniture dropped, the offset in ``text`` of each of its characters
    and one past the end), or None when ``text`` is no hard-wrapped copy."""
    if text.count("\n") * 80 < len(text):
        return None  # lines longer than a page is wide on average: no copy cut at its width (the quick test first)
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return None
    chars = _char_width(lines)
    furniture = _furniture(lines)
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    out: list[str] = []
    where: list[int] = []
    prev: int | None = None
    for i, line in enumerate(lines):
        if i in furniture or not line.strip():
            continue
        if prev is not None:
            gap = range(prev + 1, i)
            page_break = any(j in furniture for j in gap)
            if not (_runs_on(lines[prev], width, line, chars) and not _HEADING.match(line) and not _table_line(line)
                    and (page_break or not any(not lines[j].strip() for j in gap))):
                # the break stays, with the blank lines that are the text's own (a page break's are not)
                for j in (prev, *(j for j in gap if j not in furniture and not page_break)):
                    out.append("\n")
                    where.append(starts[j + 1] - 1)
        else:
            for j in range(i):  # blank lines before the first line
                out.append("\n")
                where.append(starts[j + 1] - 1)
        out.append(line)
        where.extend(range(starts[i], starts[i] + len(line)))
        prev = i
    if prev is not None and prev + 1 < len(lines):
        out.append("\n")
        where.append(starts[prev + 1] - 1)
    where.append(len(text))
    shown = "".join(out)
    return (shown, where) if shown != text else None


def _wrap_width(lines: list[str]) -> int | None:
    """The display width the copy was cut at, when most long lines end near it without a sentence's end."""
    long = [ln.rstrip() for ln in lines if len(ln.strip()) >= 16 and not _table_line(ln)]
    if len(long) < _MIN_LINES or max(len(ln) for ln in long) > 120:
        return None  # a paragraph per line: no copy cut at a page's width
    widths = Counter(_display_width(ln) for ln in long)
    width = max(widths, key=lambda w: (sum(c for v, c in widths.items() if w - _slack(w) <= v <= w), w))
    near = [ln for ln in long if width - _slack(width) <= _display_width(ln) <= width + 1]
    cut = [ln for ln in near if ln[-1] not in _ENDS_SENTENCE]
    return width if len(near) >= 0.4 * len(long) and len(cut) >= 0.6 * len(near) else None


def _slack(width: int) -> int:
    """How far short of the width a cut line may end: a page justifies its lines, a hand copy cuts them near it."""
    return max(3, width // 7)


def _table_line(line: str) -> bool:
    """A table's row: bars or tabs, a run of spaces between cells, or single spaces between words at two places or
    more ("项目资金 年初预算数 全年预算数"; "43 800元" only sets a figure's thousands apart)."""
    if " " not in line.strip():
        return "\t" in line or "|" in line or "｜" in line
    if _SEPARATORS.search(line):
        return True
    body = line.strip()
    gaps = [i for i, c in enumerate(body) if c == " " and not (body[i - 1].isdigit() and body[i + 1].isdigit())]
    return len(gaps) >= 2


def _display_width(line: str) -> int:
    """Columns on the page: a Chinese character (three bytes in UTF-8) takes two, a digit or a Latin letter one."""
    return len(line) + (len(line.encode("utf-8")) - len(line)) // 2


def _runs_on(line: str, width: int, following: str, chars: int | None = None) -> bool:
    """Whether ``line`` was cut at the page's width: it ends near it, or a figure too wide for the rest of the line
    went to the next ("…省级配套资金" over "180.00万元，…"); or, in a copy cut at a number of characters, it holds
    that many; a sentence's end closes it either way."""
    body = line.rstrip()
    slack = 12 if _FIGURE_START.match(following) else _slack(width)
    return (_display_width(body) >= width - slack or chars is not None and len(body) >= chars) \
        and body[-1] not in _ENDS_SENTENCE and not _table_line(line)


def _char_width(lines: list[str]) -> int | None:
    """The number of characters a copy cut its lines at, when most long lines hold just that many (a copy cut by
    characters, not by the page's width: a line of figures is narrower, yet as long)."""
    long = [len(ln.rstrip()) for ln in lines if len(ln.strip()) >= 16 and not _table_line(ln)]
    if len(long) < _MIN_LINES:
        return None
    chars, n = Counter(long).most_common(1)[0]
    return chars if n >= 0.4 * len(long) and chars >= 20 else None


def _furniture(lines: list[str]) -> set[int]:
    """Page footers ("第 1 页 共 4 页", "— 3 —") and the header line each page repeats after them."""
    footers = {i for i, ln in enumerate(lines) if ln.strip() and _FOOTER.match(ln) and not _a_cell(lines, i)}
    if len(footers) < 1:
        return set()
    counts = Counter(ln.strip() for ln in lines if ln.strip())
    out = set(footers)
    for i in footers:
        # the header after a footer: a line the pages repeat; a table's 续表 and its header row said again
        first = True
        for j in range(i + 1, min(i + 6, len(lines))):
            if not lines[j].strip():
                continue
            if _CONTINUED.match(lines[j]) or counts[lines[j].strip()] >= 2 and (first or _CONTINUED.match(lines[j - 1])):
                out.add(j)
                first = False
                continue
            break
    return out


_BARE_NUMBER = re.compile(r"\s*\d{1,3}\s*$")


def _a_cell(lines: list[str], i: int) -> bool:
    """A bare number among a table's cells, one per line ("\t431.64" / "\t10" / "\t95.92%"): a figure, no page number.
    A page number stands between lines of text, or tab-free after the page's last line."""
    if not _BARE_NUMBER.fullmatch(lines[i]):
        return False
    before = next((ln for ln in reversed(lines[max(0, i - 3) : i]) if ln.strip()), "")
    after = next((ln for ln in lines[i + 1 : i + 4] if ln.strip()), "")
    # (or right after a figure: "基本达成⏎10⏎8⏎基层推广不平衡，…" is a weight, a score and a row's long note)
    return lines[i].startswith("\t") or len(before.strip()) < 16 and len(after.strip()) < 16 \
        or _FIGURE_CELL.fullmatch(before.strip()) is not None


_FIGURE_CELL = re.compile(r"\d{1,4}(?:\.\d{1,2})?%?")


_CONTINUED = re.compile(r"^\s*[（(]?续(?:表|上表|前表)?[）)]?\s*(?:[\d一二三四五六七八九十]+)?\s*$")
