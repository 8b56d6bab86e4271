"""Text that still carries a web page's markup, read as the page shows it, with a map back to every offset.

A report copied from a saved page keeps its tags and entities: ``执行率为<b>587.90%</b>``, ``10.00&nbsp;万元``,
``<tr><td>预算</td><td>10</td></tr>``. ``plain(text)`` gives the text without them (a block tag ends a line, a
table cell ends with ``｜``, an entity is its character) and, for every character of that text, the offset of
the character of ``text`` it stands for, so findings on the plain text point into the text as given.
``None`` when the text has no markup (the usual case: one search and done).
"""

from __future__ import annotations

import bisect
import html
import re

_MARKUP = re.compile(
    r"<(?P<close>/?)(?P<tag>[a-zA-Z][a-zA-Z0-9]{0,9})\b[^<>]{0,300}?/?>"  # a tag
    r"|<!--.*?-->"  # a comment
    r"|<![A-Za-z][^<>]{0,300}>|<\?[^<>]{0,300}\?>"  # <!DOCTYPE html>, <?xml …?>
    r"|&(?:[a-zA-Z]{2,8}|#\d{2,6}|#[xX][0-9a-fA-F]{2,5});",  # an entity
    re.DOTALL,
)
_LINE_TAGS = frozenset({"p", "br", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
                        "article", "blockquote", "pre", "ul", "ol", "dd", "dt", "caption", "thead", "tbody"})
_CELL_TAGS = frozenset({"td", "th"})
#: a table's own tags: the line breaks and indents between them are the page source's, not the table's
_STRUCTURE = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th"})
#: entities that stand for a space of some width
_SPACES = frozenset({"\xa0", "\u2002", "\u2003", "\u2009", "\u3000"})


def plain(text: str) -> tuple[str, list[int]] | None:
    """``(plain text, offset in text of each plain character + one past the end)``, or ``None`` without markup."""
    if "<" not in text and "&" not in text:
        return None
    out: list[str] = []
    where: list[int] = []
    pos = 0
    found = False
    grid = _Grid()
    for m in _MARKUP.finditer(text):
        replacement = _replacement(m)
        if replacement is None:
            continue
        replacement = grid.cells(m, replacement)
        structure = (m.group("tag") or "").lower() in _STRUCTURE
        if replacement == "\n" and text.startswith(("\n", "\r\n"), m.end()) and not structure:
            replacement = ""  # "</p>\n": the line ends once
        if replacement == "\n" and (m.group("tag") or "").lower() == "br" \
                and "\t" in text[text.rfind("\n", 0, m.start()) + 1 : m.start()]:
            replacement = " "  # "…｜15\t赛事热度高<br>各村自发报名": a break inside a tab-parted row's cell keeps the row on its line
        if replacement == "\n" and structure and not m.group("close") and _at_line_start(out, text[pos : m.start()]):
            replacement = ""  # "<table>" opening a line already: no empty line before the table
        found = True
        if not (structure and text[pos : m.start()].isspace()):  # "</tr>\n<tr>\n<td>": one row a line, no gaps
            out.append(text[pos : m.start()])
            where.extend(range(pos, m.start()))
        out.append(replacement)
        where.extend([m.start()] * len(replacement))
        pos = m.end()
    if not found:
        return None
    out.append(text[pos:])
    where.extend(range(pos, len(text)))
    where.append(len(text))
    return _soft_wraps(text, "".join(out), where)


_BLOCK_AFTER = re.compile(r"[ \t]*<(?:/?(?:" + "|".join(sorted(_LINE_TAGS | _CELL_TAGS | _STRUCTURE)) + r")\b|!--)", re.IGNORECASE)
_PARAGRAPH = re.compile(r"<p[\s>]", re.IGNORECASE)
_PARAGRAPH_END = re.compile(r"</p\s*>", re.IGNORECASE)
_NOT_WRAPPED = frozenset(" \t\n\r｜>")


def _soft_wraps(text: str, shown: str, where: list[int]) -> tuple[str, list[int]]:
    """The page source's own line breaks inside a paragraph ("…经自评，本项目自评得分\n<span>87.82</span>分"), which a
    browser shows as no break: taken out with the indent after them, so a sentence reads whole."""
    if "\n" not in shown or "<pre" in text or _PARAGRAPH.search(text) is None:
        return shown, where
    opens = [m.start() for m in _PARAGRAPH.finditer(text)]
    closes = [m.start() for m in _PARAGRAPH_END.finditer(text)]
    keep = [True] * len(shown)
    for k, ch in enumerate(shown):
        if ch != "\n" or k == 0 or text[where[k]] != "\n" or shown[k - 1] in _NOT_WRAPPED:
            continue
        src = where[k]
        a, b = bisect.bisect_left(opens, src), bisect.bisect_left(closes, src)
        if a == 0 or b and closes[b - 1] > opens[a - 1]:
            continue  # not inside a paragraph the page opened
        if text[src - 1 : src] == ">" and _block_before(text, src):
            continue  # "</p>⏎": the page's line ends there
        if _BLOCK_AFTER.match(text, src + 1):
            continue
        nxt = k + 1
        while nxt < len(shown) and shown[nxt] in " \t\u3000" and text[where[nxt]] == shown[nxt]:
            nxt += 1
        if nxt >= len(shown) or shown[nxt] in _NOT_WRAPPED:
            continue
        for j in range(k, nxt):
            keep[j] = False
    if all(keep):
        return shown, where
    return "".join(c for c, kept in zip(shown, keep, strict=False) if kept), \
        [w for w, kept in zip(where, [*keep, True], strict=True) if kept]


def _block_before(text: str, src: int) -> bool:
    """Whether the tag that ends right before ``src`` is a block's (a line of the page ends there)."""
    opened = text.rfind("<", 0, src)
    tag = re.match(r"</?([a-zA-Z][a-zA-Z0-9]{0,9})", text[opened:src]) if opened >= 0 else None
    return tag is None or tag.group(1).lower() in _LINE_TAGS | _CELL_TAGS | _STRUCTURE


def _at_line_start(out: list[str], before: str) -> bool:
    """Whether the plain text so far (``out``, then ``before`` unless it is blank and dropped) ends a line."""
    tail = before if before and not before.isspace() else next((c for c in reversed(out) if c.strip(" \t")), "")
    return not tail or tail.rstrip(" \t").endswith("\n")


_SPAN = re.compile(r"\b(colspan|rowspan)\s*=\s*[\"']?(\d{1,2})", re.IGNORECASE)


class _Grid:
    """The cells a table's merged cells cover: ``<td colspan="3">`` ends with three ``｜``, and a row under a
    ``rowspan`` cell gets an empty cell where it stands, so every row keeps its columns."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.in_cell = False
        self.col = 0
        self.width = 1  # columns of the open cell
        self.width_before = 1  # columns of the cell before it
        self.row_open = False
        self.covered: dict[int, int] = {}  # column → rows below still covered by a rowspan cell above
        self.new: dict[int, int] = {}

    def cells(self, m: re.Match[str], replacement: str) -> str:
        tag = (m.group("tag") or "").lower()
        closing = bool(m.group("close"))
        # "<tr><td>年度资金总额<td>180.00<td>196.40": a cell left open ends where the next one opens (HTML allows it)
        unclosed = self.in_cell and tag in _CELL_TAGS and not closing and self.col > 0
        if tag in _CELL_TAGS:
            self.in_cell = not closing
        elif self.in_cell and tag in _LINE_TAGS and tag not in _STRUCTURE:
            return ""  # "<td>年初预算<br>(1)</td>": a break inside a cell keeps the row on its line
        if tag == "table":
            self.reset()
        elif tag == "tr" and not closing:
            ended = self.col > 0 and self.row_open  # "<tr>…<td>10\n<tr>": a row left open ends where the next opens
            self.col, self.row_open, self.in_cell = 0, True, False
            return "\n" + replacement if ended else replacement
        elif tag == "tr":
            self.row_open = False
            last = max(self.covered, default=-1)
            fill = "".join("｜" for c in range(self.col, last + 1) if self.covered.get(c))
            self.covered = {c: n - 1 for c, n in self.covered.items() if n > 1} | self.new
            self.new = {}
            return fill + replacement
        elif tag in _CELL_TAGS and not closing:
            fill = ""
            while self.covered.get(self.col):
                fill += "｜"
                self.col += 1
            spans = {k.lower(): int(v) for k, v in _SPAN.findall(m.group(0))}
            self.width_before = self.width
            self.width = max(1, spans.get("colspan", 1))
            if spans.get("rowspan", 1) > 1:
                self.new.update({c: spans["rowspan"] - 1 for c in range(self.col, self.col + self.width)})
            self.col += self.width
            return ("｜" * self.width_before if unclosed else "") + fill + replacement
        elif tag in _CELL_TAGS:
            return replacement * self.width
        return replacement


def _replacement(m: re.Match[str]) -> str | None:
    token = m.group(0)
    if token.startswith("&"):
        char = html.unescape(token)
        if char == token:
            return None  # not an entity html knows: leave the text as it is
        return " " if char in _SPACES else char
    if token.startswith(("<!", "<?")):
        return ""
    tag = (m.group("tag") or "").lower()
    if tag in _CELL_TAGS:
        return "｜" if m.group("close") else ""
    if tag in _LINE_TAGS:
        return "\n" if m.group("close") or tag in ("br", "table") else ""
    return ""


def moved(span: tuple[int, int], where: list[int]) -> tuple[int, int]:
    """A ``[start, end)`` span of the plain text as a span of the text as given."""
    s, e = span
    start = where[min(s, len(where) - 1)]
    end = where[e - 1] + 1 if e > s else start
    return start, max(start, end)


_HIDDEN = re.compile(r"<(script|style|head|noscript|template)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)


def page_text(html_text: str) -> str:
    """The words a saved web page shows: scripts, styles and the head dropped, tags and entities read as
    ``plain`` reads them, runs of blank lines closed up."""
    shown = _HIDDEN.sub("", html_text)
    page = plain(shown)
    text = page[0] if page is not None else shown
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
