"""Deterministic passes over model output: clean-up, the numbers guard's comparison, repeated sentences.

Pure: no I/O, no langchain.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from chains.draft.types import SectionDraft
from chains.findings import Finding
from chains.llm import bare_title

MIN_REPEAT_CHARS = 15  # shorter sentences (“项目按计划实施。”) may repeat legitimately
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]?")
_NORMALISE = re.compile(r"[\s，,、：:“”\"'（）()《》。！？；]")


def cut_at_other_heading(text: str, other_titles: Sequence[str]) -> tuple[str, str | None]:
    """The text up to the first line that is another section's heading, and that heading (or ``None``).

    A model that goes on to write the next section must not change the outline or repeat that section:
    everything from the foreign heading on is dropped.
    """
    heads = {t.strip() for t in other_titles if t.strip()} | {bare_title(t) for t in other_titles if bare_title(t)}
    lines = text.splitlines()
    for i, line in enumerate(lines):
        bare = line.strip().lstrip("#").strip().rstrip("：:")
        if bare in heads:
            return "\n".join(lines[:i]).strip(), bare
    return text, None


def mostly_chinese(text: str) -> bool:
    """True when Chinese characters clearly outnumber Latin letters (the report must be Chinese)."""
    cjk = len(_CJK.findall(text))
    return cjk >= 2 and cjk >= 2 * len(_LATIN.findall(text))


def new_errors(candidate: Sequence[Finding], baseline: Sequence[Finding]) -> list[Finding]:
    """Error findings of the model's text that the verified base text does not have.

    Compared per code by count (spans and wording differ between the two texts): a ``figure_mismatch``
    is always new, since the base text is built from the figures.
    """
    base = Counter(f.code for f in baseline if f.severity == "error")
    seen: Counter[str] = Counter()
    out = []
    for f in candidate:
        if f.severity != "error":
            continue
        seen[f.code] += 1
        if f.code == "figure_mismatch" or seen[f.code] > base[f.code]:
            out.append(f)
    return out


GUARDED_KINDS = ("money", "percent", "score")  # plus counts written in Arabic digits
_DIGIT = re.compile(r"[0-9０-９]")


def unsupported_numbers(text: str, sources: str) -> list[Finding]:
    """Amounts, rates, scores and counts in ``text`` that appear nowhere in ``sources``.

    ``sources`` is everything the model was given as fact (the figures, the scored table, the verified base
    text). A number found only elsewhere — made up, or copied from an example passage — is a
    ``figure_mismatch``. Values are compared as numbers, in the normalised unit or as written.
    """
    from chains.text.numbers import extract_numbers

    known: set[object] = set()
    for m in extract_numbers(sources):
        known.update((m.value.normalize(), m.number.normalize()))
    findings = []
    for m in extract_numbers(text):
        guarded = m.kind in GUARDED_KINDS or (m.kind == "count" and _DIGIT.search(m.raw) is not None)
        if not guarded or m.value.normalize() in known or m.number.normalize() in known:
            continue
        findings.append(
            Finding(
                code="figure_mismatch",
                message=f"“{m.raw}”在关键数据、绩效自评表和基础稿中都找不到：数字只能取自关键数据，不得自行编造或照抄范文。",
                span=m.span,
                values={"stated": m.raw},
            )
        )
    return findings


def numbers_guard(found: Sequence[Finding], unsupported: Sequence[Finding]) -> list[Finding]:
    """The numbers guard, for a section or a whole draft: the checker's findings, plus the numbers that stand in
    none of the sources the model was given, where no error of the checker covers them already."""
    errors = [f.span for f in found if f.severity == "error"]
    return [*found, *(u for u in unsupported if not any(a < u.span[1] and u.span[0] < b for a, b in errors))]


def shift(findings: Sequence[Finding], offset: int) -> list[Finding]:
    """Findings on a section's text moved to positions in the whole draft's text."""
    from dataclasses import replace

    return [
        replace(f, span=(f.span[0] + offset, f.span[1] + offset),
                related=tuple((a + offset, b + offset) for a, b in f.related))
        for f in findings
    ]


def _norm(sentence: str) -> str:
    return _NORMALISE.sub("", sentence)


def section_offsets(title: str, sections: Sequence[SectionDraft]) -> list[int]:
    """Start offset of each section's body in ``Draft.text`` (same layout as ``Draft.text``)."""
    pos = len(title) + 2  # title + "\n" + "" + "\n"
    out = []
    for s in sections:
        if s.title:  # text without a heading (开头语, 落款) has no heading line
            pos += len(s.title) + 1
        out.append(pos)
        if s.text:
            pos += len(s.text) + 1
    return out


def repeated_sentences(title: str, sections: Sequence[SectionDraft]) -> list[Finding]:
    """A ``boilerplate_text`` warning for every sentence that appears in more than one section.

    Spans point into ``Draft.text``: the finding sits on the later occurrence, ``related`` on the first.
    """
    offsets = section_offsets(title, sections)
    first: dict[str, tuple[int, tuple[int, int]]] = {}  # normalised sentence → (section index, span)
    findings = []
    for i, (s, base) in enumerate(zip(sections, offsets, strict=True)):
        for m in _SENTENCE.finditer(s.text):
            norm = _norm(m.group())
            if len(norm) < MIN_REPEAT_CHARS:
                continue
            lead = len(m.group()) - len(m.group().lstrip())
            span = (base + m.start() + lead, base + m.end())
            if norm not in first:
                first[norm] = (i, span)
                continue
            j, first_span = first[norm]
            if j == i:
                continue
            findings.append(
                Finding(
                    code="boilerplate_text",
                    message=f"“{sections[i].title}”与“{sections[j].title}”有相同的句子，请删去其一或改写。",
                    span=span,
                    related=(first_span,),
                )
            )
    return findings
