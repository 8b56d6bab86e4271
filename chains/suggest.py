"""Model suggestions per section for the critique mode — advice only, never a changed number.

``suggest_sections(text, settings)`` splits the report by its own headings (``chains.outline``), asks
the configured OpenAI-compatible model (``chains.llm``) for up to three suggestions per section,
concurrently, and keeps a suggestion only when every number in it already appears in that section
(so a suggestion can never introduce or alter a figure). A section whose call fails carries the
Chinese failure message; when every call fails, a ``BackendError`` is raised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import BackendError
from .settings import Settings

PROMPT = Path(__file__).resolve().parent.parent / "prompts" / "review" / "suggest.md"
MAX_SECTIONS = 12
MAX_BODY = 2500
MIN_BODY = 10
NO_SUGGESTION = "无修改建议"


@dataclass
class SectionSuggestion:
    """Suggestions for one section; ``dropped`` counts those refused for stating a number."""

    title: str
    suggestions: list[str] = field(default_factory=list)
    dropped: int = 0
    error: str | None = None


def numbers_agree(suggestion: str, source: str) -> bool:
    """True when every number written in ``suggestion`` is also written in ``source``."""
    from .numbers import extract_numbers

    allowed = {(m.value, m.unit) for m in extract_numbers(source)} | {m.raw for m in extract_numbers(source)}
    for m in extract_numbers(suggestion):
        if m.raw not in allowed and (m.value, m.unit) not in allowed:
            return False
    return True


def parse_suggestions(answer: str) -> list[str]:
    """``- 建议一\\n- 建议二`` → ["建议一", "建议二"] (at most 3, “无修改建议” dropped)."""
    out = []
    for line in answer.splitlines():
        line = re.sub(r"^\s*(?:[-*•·]|\d+[.、)）])\s*", "", line).strip()
        if line and NO_SUGGESTION not in line:
            out.append(line)
    return out[:3]


def sections_to_review(text: str) -> list[tuple[str, str]]:
    """(title, body) of the sections worth a suggestion: headed, with some body text."""
    from .outline import split_sections

    out = []
    for s in split_sections(text):
        if s.heading is None:
            continue
        body = text[s.body_span[0] : s.body_span[1]].strip()
        if len(body) >= MIN_BODY:
            out.append((s.heading.title, body[:MAX_BODY]))
    return out[:MAX_SECTIONS]


def suggest_sections(text: str, settings: Settings) -> list[SectionSuggestion]:
    """Suggestions for each section of ``text`` from the configured model (see module docstring)."""
    from .llm import OpenAIBackend, backend_error, build_llm

    backend = build_llm(settings)
    if not isinstance(backend, OpenAIBackend):
        raise BackendError("未配置模型（OPENAI_API_KEY 为空），无法给出修改建议。")
    sections = sections_to_review(text)
    if not sections:
        return []
    system = PROMPT.read_text(encoding="utf-8")
    model = backend.chat_model(temperature=0.2)
    prompts = [[("system", system), ("user", f"章节标题：{title}\n\n章节正文：\n{body}")] for title, body in sections]
    answers = model.batch(prompts, config={"max_concurrency": 4}, return_exceptions=True)
    out: list[SectionSuggestion] = []
    failures: list[BackendError] = []
    for (title, body), answer in zip(sections, answers, strict=True):
        item = SectionSuggestion(title)
        if isinstance(answer, BaseException):
            err = backend_error(answer, settings)
            failures.append(err)
            item.error = str(err)
        else:
            for s in parse_suggestions(str(getattr(answer, "content", answer))):
                if numbers_agree(s, body):
                    item.suggestions.append(s)
                else:
                    item.dropped += 1
        out.append(item)
    if failures and len(failures) == len(out):
        raise failures[0]
    return out
