"""Model suggestions per section for the critique mode — advice only, never a changed number.

``suggest(text, settings)`` splits the report into its leaf sections (``chains.outline.split_sections``),
asks the configured OpenAI-compatible model (``chains.llm.build_llm``) for clearer wording and missing
content in each section, concurrently (at most ``MAX_CONCURRENCY`` calls in flight), with the prompt
files ``prompts/critique/suggest.md`` (system) and ``suggest_section.md`` (the section).

Numbers guard, deterministic: every number the model writes (``chains.numbers.extract_numbers``) must
already be in that section with the same value and unit; a sentence with any other number is dropped and
the suggestion is marked ``numbers_changed``. So a suggestion can never introduce or alter a figure.

Backends: the offline backend gives ``[]`` (nothing to suggest without a model, and no error). A failed
call becomes a ``BackendError`` with a Chinese message (``chains.llm.backend_error``): when every call
failed it is raised (the app shows it and keeps the critique); otherwise the failed section carries
the message in ``Suggestion.error`` and the other sections keep their suggestions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from chains.errors import BackendError
from chains.llm import (
    PROMPTS,
    OfflineBackend,
    OpenAIBackend,
    backend_error,
    backend_failure,
    build_llm,
    clean_output,
)
from chains.settings import Settings
from chains.text.numbers import extract_numbers
from chains.text.outline import Section, split_sections

if TYPE_CHECKING:  # pragma: no cover
    from langchain_core.prompts import ChatPromptTemplate

__all__ = ["Suggestion", "guard_numbers", "sections_to_review", "suggest", "MAX_CONCURRENCY"]

PROMPT_DIR = PROMPTS / "critique"
MAX_CONCURRENCY = 8  # model calls in flight at once
MAX_SECTIONS = 30  # sections asked about, in document order (a long report's tail is not reviewed)
MIN_BODY = 20  # characters of body text below which a section (a bare parent heading) is skipped
MAX_SECTION_CHARS = 4000  # longer sections are cut in the prompt (the guard still reads all of it)
NO_SUGGESTION = "无修改建议"

_CJK = re.compile(r"[\u4e00-\u9fff]")
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.、)）](?!\d)|[（(]\d{1,2}[)）])\s*")
_SENTENCE = re.compile(r"[^。！？!?；;]+[。！？!?；;]*")


@dataclass(frozen=True)
class Suggestion:
    """The model's suggestion for one section of the report.

    ``title``: the section heading as written; ``span``: ``[start, end)`` of the whole section (heading
    line included) in the text given to ``suggest``; ``text``: the suggestion in Chinese, one ``- `` line
    per point, after the numbers guard (may be "" when every sentence was dropped); ``numbers_changed``:
    the model wrote a number the section does not have, and those sentences were dropped; ``error``: the
    Chinese failure message when this section's call failed (``text`` is then "").
    """

    title: str
    span: tuple[int, int]
    text: str
    numbers_changed: bool = False
    error: str | None = None


def suggest(
    text: str,
    settings: Settings | None = None,
    *,
    backend: OfflineBackend | OpenAIBackend | None = None,
    max_concurrency: int = MAX_CONCURRENCY,
) -> list[Suggestion]:
    """Suggestions for the sections of ``text`` (see the module docstring for the contract).

    Sections where the model has nothing to suggest are left out. Raises ``BackendError`` when every call
    failed, ``ConfigError`` for an invalid timeout or retry setting.
    """
    settings = settings or Settings.from_env()
    backend = backend or build_llm(settings)
    if not isinstance(backend, OpenAIBackend):
        return []
    sections = sections_to_review(text)
    if not sections:
        return []
    from langchain_core.output_parsers import StrOutputParser

    chain = section_prompt() | backend.chat_model(temperature=0.2) | StrOutputParser()
    report_title = _report_title(text)
    inputs = [section_inputs(text, s, report_title) for s in sections]
    answers = chain.batch(inputs, config={"max_concurrency": max(1, max_concurrency)}, return_exceptions=True)
    out: list[Suggestion] = []
    failures: list[BackendError] = []
    for section, answer in zip(sections, answers, strict=True):
        title = section.heading.title if section.heading else ""
        if isinstance(answer, BaseException):
            if not isinstance(answer, Exception):
                raise answer  # KeyboardInterrupt and the like are not endpoint failures
            err = backend_error(answer, backend.settings, backend_failure(answer) or "malformed")
            failures.append(err)
            out.append(Suggestion(title, section.span, "", error=str(err)))
            continue
        kept, changed = guard_numbers(_points(str(answer), title), text[section.span[0] : section.span[1]])
        if kept or changed:
            out.append(Suggestion(title, section.span, kept, numbers_changed=changed))
    if failures and len(failures) == len(sections):
        raise failures[0]
    return out


def sections_to_review(text: str, limit: int = MAX_SECTIONS) -> list[Section]:
    """The sections worth a suggestion, in document order, at most ``limit``.

    The leaf sections of ``split_sections``, with numbered points (level 3–4: ``1.`` ``（1）``) kept
    inside the section above them (``一、`` or ``（一）``), so a list of duties or measures is reviewed as
    one section; the preamble and sections with under ``MIN_BODY`` characters of body are skipped.
    """
    units: list[Section] = []
    for s in split_sections(text):
        h = s.heading
        if h is None:
            continue
        last = units[-1].heading if units else None
        if last is not None and h.level >= 3 and h.level > last.level:
            units[-1] = replace(
                units[-1], span=(units[-1].span[0], s.span[1]), body_span=(units[-1].body_span[0], s.span[1])
            )
        else:
            units.append(s)
    out = [u for u in units if len(re.sub(r"\s", "", text[u.body_span[0] : u.body_span[1]])) >= MIN_BODY]
    return out[:limit]


def section_prompt() -> ChatPromptTemplate:
    """system (``prompts/critique/suggest.md``, literal) + the section (``suggest_section.md``, a template)."""
    from langchain_core.prompts import ChatPromptTemplate, SystemMessagePromptTemplate

    system = (PROMPT_DIR / "suggest.md").read_text(encoding="utf-8").strip()
    human = (PROMPT_DIR / "suggest_section.md").read_text(encoding="utf-8").strip()
    # the system text is literal (it may contain braces): never parsed as a template
    system_message = SystemMessagePromptTemplate.from_template("{system}").format(system=system)
    return ChatPromptTemplate.from_messages([system_message, ("human", human)])


def section_inputs(text: str, section: Section, report_title: str) -> dict[str, str]:
    """The template variables of ``suggest_section.md`` for one section."""
    body = text[section.span[0] : section.span[1]].strip()
    if len(body) > MAX_SECTION_CHARS:
        body = body[:MAX_SECTION_CHARS] + "……（以下从略）"
    title = section.heading.title if section.heading else ""
    return {
        "report_title": report_title or "（无标题）",
        "section_path": " > ".join((*section.path, title)),
        "section_title": title,
        "section_text": body,
    }


def guard_numbers(suggestion: str, section_text: str) -> tuple[str, bool]:
    """``suggestion`` without the sentences that write a number ``section_text`` does not have.

    A number is known when the section has a mention of the same value and unit (“90%” for “90.00%”,
    “139万元” for “1,390,000元”). Returns the kept text (lines without a sentence left are removed) and
    whether anything was dropped.
    """
    known = {(m.value, m.unit) for m in extract_numbers(section_text)}
    changed = False
    lines = []
    for line in suggestion.splitlines():
        kept = []
        for m in _SENTENCE.finditer(line):
            sentence = m.group(0)
            if any((n.value, n.unit) not in known for n in extract_numbers(sentence)):
                changed = True
                continue
            kept.append(sentence)
        rest = "".join(kept).strip()
        if _CJK.search(_BULLET.sub("", rest)):
            lines.append(rest if _BULLET.match(rest) else f"- {rest}")
    return "\n".join(lines), changed


def _points(answer: str, title: str) -> str:
    """The model's answer as ``- `` lines: no code fences or headings, no “无修改建议”, no non-Chinese line."""
    lines = []
    for line in clean_output(answer, title).splitlines():
        point = _BULLET.sub("", line).strip()
        if not point or NO_SUGGESTION in point or not _CJK.search(point):
            continue
        lines.append(f"- {point}")
    return "\n".join(lines)


def _report_title(text: str) -> str:
    """The title lines before the first heading line (``chains.metadata.title_block``), without Word bookmarks."""
    from chains.ingest.metadata import title_block

    first = next((s.span[0] for s in split_sections(text) if s.heading is not None), len(text))
    return re.sub(r"\[bookmark:[^\]\n]*\]", "", "".join(title_block(text[:first])))[:80]
