"""Heading numbering: the label grammar (一、 （一） 1. （1） 1） 附件1) and the numbering sequence.

``resolve_headings(text)`` walks the numbered lines of ``text`` and decides which are headings and at
which level, following the sequence of each level; the breaks it meets (skipped, repeated or
style-switched numbers, a first-level heading numbered like a sub-heading) are ``NumberingIssue``s,
which the critique reports. ``chains.text.outline`` builds the heading tree and sections on top of it.
Pure: no I/O; spans index the ORIGINAL text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chains.text.section_types import section_type, title_types

#: style → nominal level
STYLE_LEVELS: dict[str, int] = {
    "cn_dun": 1,  # 一、 一． 一.
    "appendix": 1,  # 附件1. 项目支出绩效自评表
    "cn_paren": 2,  # （一） (一)
    "arabic_dot": 3,  # 1. 1、 1．
    "arabic_paren": 4,  # （1） (1)
    "arabic_rparen": 4,  # 1） 1)
}


@dataclass(frozen=True)
class NumberingIssue:
    """A break in a heading sequence (used by the critique).

    ``kind``: ``skip`` (（一） then （三）), ``repeat`` (3、 twice), ``style_switch`` (（一） then （2）).
    ``span`` is the number label as written; ``expected`` the label that was due (e.g. "（二）").
    """

    span: tuple[int, int]
    heading_span: tuple[int, int]
    kind: str
    label: str
    expected: str
    level: int
    title: str


@dataclass(frozen=True)
class Candidate:
    """A numbered line. ``paragraph``: a long numbered paragraph (no short title) — it keeps the
    numbering sequence going but is not a heading."""

    line_start: int
    span: tuple[int, int]
    label_span: tuple[int, int]
    style: str
    number: int
    title: str
    paragraph: bool = False


_WS = "[ \\t\\u3000\\xa0]"
# leading blanks, Word bookmarks, Markdown heading marks and bold: "[bookmark: _Toc1]", "## ", "**"
_PREFIX = re.compile(rf"{_WS}*(?:\[bookmark:[^\]\n]*\]{_WS}*)*(?:#{{1,6}}{_WS}+)?(?:\*\*)?")
_CN_DIGITS = "一二三四五六七八九十"
_DIGITS = "0-9０-９"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("appendix", re.compile(rf"附件{_WS}*(?P<num>[{_DIGITS}]{{0,2}}){_WS}*[.．、:：]?")),
    ("cn_dun", re.compile(rf"(?P<cn>[{_CN_DIGITS}]{{1,3}}){_WS}*[、．.](?![{_DIGITS}])")),
    ("cn_paren", re.compile(rf"[（(]{_WS}*(?P<cn>[{_CN_DIGITS}]{{1,3}}){_WS}*[）)]{_WS}*[、．.:：]?")),
    ("arabic_paren", re.compile(rf"[（(]{_WS}*(?P<num>[{_DIGITS}]{{1,2}}){_WS}*[）)]{_WS}*[、．.:：]?")),
    ("arabic_rparen", re.compile(rf"(?P<num>[{_DIGITS}]{{1,2}})[）)]")),
    # "1.5万元" is a number, "1．2023年…" a heading: a digit may follow the dot only as a year
    (
        "arabic_dot",
        re.compile(rf"(?P<num>[{_DIGITS}]{{1,2}}){_WS}*[.．、](?![{_DIGITS}](?![{_DIGITS}]{{3}}年))"),
    ),
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_TERMINATORS = "。；;：:，,！？!?"
TITLE_MAX = 40
_LINE_MAX = 50  # a numbered line longer than this with no early terminator is a paragraph


def cn_number(s: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十三 → 23 (headings never go past 99)."""
    vals = {c: i + 1 for i, c in enumerate(_CN_DIGITS[:9])}
    if "十" not in s:
        n = 0
        for c in s:
            n = n * 10 + vals.get(c, 0)
        return n
    tens, _, ones = s.partition("十")
    return (vals.get(tens[-1], 1) if tens else 1) * 10 + (vals.get(ones[0], 0) if ones else 0)


def _arabic(s: str) -> int:
    return int(s.translate(str.maketrans("０１２３４５６７８９", "0123456789")) or "0")


def label_for(style: str, number: int) -> str:
    """The conventional label of ``number`` in ``style`` (for messages: “应为（二）”)."""
    if style in ("cn_dun", "cn_paren"):
        cn = _to_cn(number)
        return f"{cn}、" if style == "cn_dun" else f"（{cn}）"
    if style == "arabic_paren":
        return f"（{number}）"
    if style == "arabic_rparen":
        return f"{number}）"
    if style == "appendix":
        return f"附件{number}"
    return f"{number}."


def _to_cn(n: int) -> str:
    digits = _CN_DIGITS[:9]
    if n <= 0:
        return str(n)
    if n < 10:
        return digits[n - 1]
    if n < 20:
        return "十" + (digits[n - 11] if n > 10 else "")
    if n < 100:
        return digits[n // 10 - 1] + "十" + (digits[n % 10 - 1] if n % 10 else "")
    return str(n)


def _lines(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        out.append((pos, stripped))
        pos += len(raw)
    return out


def _candidate(line_start: int, line: str) -> Candidate | None:
    prefix = _PREFIX.match(line)
    i = prefix.end() if prefix else 0
    for style, pat in _PATTERNS:
        m = pat.match(line, i)
        if not m:
            continue
        groups = m.groupdict()
        if groups.get("cn"):
            number = cn_number(groups["cn"])
        else:
            number = _arabic(groups.get("num") or "")
        j = m.end()
        while j < len(line) and line[j] in " \t\u3000\xa0":
            j += 1
        rest = line[j:]
        if not _CJK.search(rest[:TITLE_MAX]):
            return None
        cut = next((k for k, c in enumerate(rest) if c in _TERMINATORS), -1)
        paragraph = False
        if 0 <= cut <= TITLE_MAX:
            title = rest[:cut].rstrip()
        elif len(rest.rstrip()) <= _LINE_MAX:
            title = rest.rstrip()
        else:
            title, paragraph = rest[:TITLE_MAX], True
        title = title.rstrip("* \t\u3000")  # Markdown bold closing the heading
        if not title or not _CJK.search(title):
            return None
        if style == "appendix" and number == 0:
            number = 1
        label_end = m.end()
        while label_end > i and line[label_end - 1] in " \t\u3000\xa0":
            label_end -= 1
        return Candidate(
            line_start=line_start,
            span=(line_start + i, line_start + j + len(title)),
            label_span=(line_start + i, line_start + label_end),
            style=style,
            number=number,
            title=title,
            paragraph=paragraph,
        )
    return None


_TOP_ONLY = frozenset({"problems", "suggestions", "conclusion"})


def _looks_top_level(title: str, top_title: str) -> bool:
    """A title naming a first-level section (problems, suggestions, conclusion, experience) unlike
    the current first-level section's."""
    kinds = title_types(title)
    if not (kinds & _TOP_ONLY or "经验" in title):
        return False
    return section_type(title) != section_type(top_title) and not (kinds & title_types(top_title) & _TOP_ONLY)


@lru_cache(maxsize=16)
def resolve_headings(text: str) -> tuple[tuple[tuple[Candidate, int], ...], tuple[NumberingIssue, ...]]:
    """Decide which candidates are headings and at which level; collect numbering breaks.

    Cached: the critique asks for headings, numbering and sections of the same text."""
    walk = _Walk(text)
    for line_start, line in _lines(text):
        c = _candidate(line_start, line)
        if c is None:
            continue
        if c.paragraph and c.style in ("cn_dun", "appendix"):
            continue
        if c.style == "appendix":
            walk.accept_top(c, ("appendix", c.number))
        elif c.style == "cn_dun":
            walk.first_level(c, line)
        else:
            walk.sub_level(c)
    return tuple(walk.accepted), tuple(walk.issues)


class _Walk:
    """One pass of ``resolve_headings`` over the numbered lines: the sequence state and what it found."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.seq: dict[int, tuple[str, int]] = {}  # level → (style, last number)
        self.list_run: int | None = None  # an inner 一、二、 list restarting below the main outline
        self.accepted: list[tuple[Candidate, int]] = []
        self.issues: list[NumberingIssue] = []
        self.top_title = ""

    def issue(self, c: Candidate, kind: str, expected: str, level: int) -> None:
        label = self.text[c.label_span[0] : c.label_span[1]]
        self.issues.append(NumberingIssue(c.label_span, c.span, kind, label, expected, level, c.title))

    def accept_top(self, c: Candidate, entry: tuple[str, int]) -> None:
        """``c`` is a first-level heading; the outline restarts below it."""
        self.seq = {1: entry}
        self.list_run = None
        self.accepted.append((c, 1))
        self.top_title = c.title

    def first_level(self, c: Candidate, line: str) -> None:
        """一、 二、 …: the main outline, or an inner list restarting at 一、 inside a section."""
        n = c.number
        main = self.seq.get(1)
        if self.list_run is not None and n == self.list_run + 1:
            # "四、绩效情况" after a list 一、二、三、 inside 三、: a bare title naming a section resumes
            # the outline; anything else continues the list
            bare = self.text[c.span[1] : c.line_start + len(line)].strip(" \t\u3000。") == ""
            if not (main and n == main[1] + 1 and bare and title_types(c.title)):
                self.list_run = n
                return
        if main and main[0] == "cn_dun" and n == 1 and main[1] >= 1 and self.list_run is None:
            self.list_run = 1
            return
        if main and main[0] == "cn_dun":
            expected = main[1] + 1
            if n != expected:
                self.issue(c, "repeat" if n <= main[1] else "skip", label_for("cn_dun", expected), 1)
        elif n != 1 and not main:
            self.issue(c, "skip", label_for("cn_dun", 1), 1)
        self.accept_top(c, ("cn_dun", n))

    def sub_level(self, c: Candidate) -> None:
        """（一） 1. （1） 1）: placed at the level whose sequence it continues, else at its nominal level."""
        nominal = STYLE_LEVELS[c.style]
        own = self.seq.get(nominal)
        level, continues = self._continued_level(c, nominal, own)
        if level == nominal and not continues and self._out_of_sequence(c, nominal, own):
            return
        self.seq = {lv: v for lv, v in self.seq.items() if lv < level}
        self.seq[level] = (c.style, c.number)
        if not c.paragraph:
            self.accepted.append((c, level))

    def _continued_level(self, c: Candidate, nominal: int, own: tuple[str, int] | None) -> tuple[int, bool]:
        """(level, continues): the level whose sequence ``c`` continues — its own, a same-style one
        above, or (a ``style_switch``) one in another style — else its nominal level."""
        n, style = c.number, c.style
        continues = own is not None and own[0] == style and own[1] == n - 1
        if n <= 1 or continues:
            return nominal, continues
        seq = self.seq
        same = [lv for lv in sorted(seq, reverse=True) if lv <= nominal and seq[lv] == (style, n - 1)]
        other = [
            lv
            for lv in sorted(seq, reverse=True)
            if 2 <= lv <= nominal and seq[lv][1] == n - 1 and seq[lv][0] not in (style, "appendix")
        ]
        if same:
            return same[0], True
        if other:
            self.issue(c, "style_switch", label_for(seq[other[0]][0], n), other[0])
            return other[0], True
        return nominal, False

    def _out_of_sequence(self, c: Candidate, level: int, own: tuple[str, int] | None) -> bool:
        """Report a skipped or repeated number; True when ``c`` turned out to be a misnumbered
        first-level heading (then accepted as such)."""
        n, style = c.number, c.style
        if own is not None and own[0] == style:
            expected = own[1] + 1
        elif own is not None and n != 1:
            expected = own[1] + 1
        else:
            expected = 1
        if n == expected:
            return False
        main = self.seq.get(1)
        if not c.paragraph and main is not None and main[0] == "cn_dun" and _looks_top_level(c.title, self.top_title):
            # "3、 主要经验做法、存在的问题" where 五、 is due: a misnumbered first-level heading
            self.issue(c, "wrong_level", label_for(main[0], main[1] + 1), 1)
            self.accept_top(c, (main[0], main[1] + 1))
            return True
        ref_style = own[0] if own is not None else style
        self.issue(c, "repeat" if n < expected else "skip", label_for(ref_style, expected), level)
        return False


def numbering_issues(text: str) -> list[NumberingIssue]:
    """Breaks in the heading numbering: skipped, repeated or style-switched numbers."""
    return list(resolve_headings(text)[1])
