"""A ``Draft`` as Markdown, and the blocks (paragraphs, ``｜`` tables) both Markdown and Word are built from.

The 审核意见 (``Draft.review_notes``) follow the report after a rule, under a heading that says they are not
part of it (``REVIEW_HEADING``); Word puts them on a page of their own. The 参考表述 of a section still to be
filled (``SectionDraft.examples``) follow its text as a quoted block headed by where they come from
(``Example.label``); Word shades them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from chains.draft.types import Draft
from chains.vocabulary import CELL_SEP

#: heading of the notes to the drafter, printed after the report (never part of the body)
REVIEW_HEADING = "审核意见（供起草人核实，不属于报告正文，提交前请删除）"
_MD_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")


def _is_row(line: str) -> bool:
    s = line.strip()
    return CELL_SEP in s or (len(s) > 2 and s.startswith("|") and s.endswith("|"))


def blocks(text: str) -> Iterator[tuple[str, list[str]]]:
    """("para", [line]) or ("table", [row lines]) in order; a table is ≥ 2 consecutive rows.

    A row has cells separated by ``｜`` (our drafters) or is a Markdown table line ``| a | b |`` (a model
    may write one); Markdown rule lines (``|---|---|``) are dropped.
    """
    lines = [ln for ln in text.splitlines() if ln.strip() and not _MD_RULE.match(ln.strip())]
    i = 0
    while i < len(lines):
        if _is_row(lines[i]):
            j = i
            while j < len(lines) and _is_row(lines[j]):
                j += 1
            if j - i >= 2:
                yield "table", lines[i:j]
            else:
                yield "para", [lines[i].replace(CELL_SEP, "　")]
            i = j
        else:
            yield "para", [lines[i]]
            i += 1


def split_cells(line: str) -> list[str]:
    s = line.strip()
    if CELL_SEP in s:
        return [c.strip() for c in s.split(CELL_SEP)]
    return [c.strip() for c in s.strip("|").split("|")]


# -- Markdown ----------------------------------------------------------------------------------------


def to_markdown(draft: Draft) -> str:
    out = [f"# {draft.title}", ""]
    for section in draft.sections:
        if section.title:  # the 开头语 and the 落款 are printed without a heading
            out += [f"{'#' * (section.level + 1)} {section.title}", ""]
        for kind, lines in blocks(section.text):
            if kind == "para":
                out += [lines[0], ""]
                continue
            rows = [split_cells(ln) for ln in lines]
            width = max(len(r) for r in rows)
            rows = [r + [""] * (width - len(r)) for r in rows]
            out.append("| " + " | ".join(_md_cell(c) for c in rows[0]) + " |")
            out.append("|" + "---|" * width)
            out += ["| " + " | ".join(_md_cell(c) for c in r) + " |" for r in rows[1:]]
            out.append("")
        for example in section.examples:
            out += reference_block(example.label, example.text) + [""]
    if draft.review_notes:
        out += ["---", "", f"## {REVIEW_HEADING}", ""]
        out += [f"{i}. {note}" for i, note in enumerate(draft.review_notes, 1)] + [""]
    return "\n".join(out).rstrip() + "\n"


def reference_block(label: str, text: str) -> list[str]:
    """A 参考表述 as Markdown: a quoted block, its label in bold, one quoted paragraph per line."""
    out = [f"> **{label}**"]
    for line in text.splitlines():
        if line.strip():
            out += [">", f"> {line.strip()}"]
    return out


def _md_cell(cell: str) -> str:
    return cell.replace("|", "\\|") or " "
