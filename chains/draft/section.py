"""One section through the model, and what a drafting run shares between its sections.

``model_section`` runs the section's LCEL chain (``prompt | ChatOpenAI | StrOutputParser``), streams its
tokens out as events, applies the numbers guard (check against the figures; error findings the verified
base text does not have → re-ask once with them; what remains is noted, never hidden), and falls back to
the base text with a notice when the endpoint fails or answers empty or non-Chinese text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from chains.check import check
from chains.draft.guard import (
    cut_at_other_heading,
    mostly_chinese,
    new_errors,
    numbers_guard,
    unsupported_numbers,
)
from chains.draft.prompts import (
    findings_text,
    passage_dict,
    section_inputs,
    section_instruction,
    section_prompt,
)
from chains.draft.runs import RunStore
from chains.draft.types import Draft, SectionDraft
from chains.errors import BackendError
from chains.figures import Figures
from chains.findings import Finding
from chains.llm import OfflineBackend, OpenAIBackend, backend_error, backend_failure, clean_output
from chains.settings import Settings

log = logging.getLogger("report_assistant.draft")
EventKind = Literal["section_started", "token", "section_done", "notice", "draft_done"]


@dataclass(frozen=True)
class DraftEvent:
    """One step of a drafting run. ``text`` is the token, the notice, or the section's final text."""

    kind: EventKind
    key: str = ""
    title: str = ""
    text: str = ""
    section: SectionDraft | None = None
    draft: Draft | None = None  # only on ``draft_done`` (``iter_draft``)


OnEvent = Callable[[DraftEvent], None]


def ignore(event: DraftEvent) -> None:
    return None


@dataclass
class Run:
    """Everything one drafting run shares between its section tasks."""

    figures: Figures
    settings: Settings
    backend: OfflineBackend | OpenAIBackend
    spec: Any
    table: Any
    base: Draft
    emit: OnEvent
    store: RunStore
    stream: bool
    system: str
    resumed: dict[str, SectionDraft] = field(default_factory=dict)  # sections saved by an earlier attempt
    requests: dict[str, str] = field(default_factory=dict)  # key → the user's extra request (redraft)
    passages: dict[str, list[Any]] = field(default_factory=dict)
    attempts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def section_sources(run: Run, base: SectionDraft) -> str:
    """Everything given to the model as fact for a section: its numbers are the only ones it may write."""
    from chains.draft.prompts import figures_json, table_text

    return "\n".join((figures_json(run.figures), table_text(run.table, run.figures.money_unit), base.text,
                      run.requests.get(base.key, "")))


def guard_findings(run: Run, base: SectionDraft, text: str) -> list[Finding]:
    """The checker's findings on a model text, plus numbers found in none of the sources it was given."""
    return numbers_guard(check(text, run.figures).findings, unsupported_numbers(text, section_sources(run, base)))


async def model_section(run: Run, model: Any, spec_section: Any, base: SectionDraft, index: int) -> SectionDraft:
    from langchain_core.output_parsers import StrOutputParser

    run.emit(DraftEvent("section_started", base.key, base.title))
    section = spec_section
    if run.requests.get(base.key):
        instruction = f"{section_instruction(section)}\n\n用户对本章节的补充要求：{run.requests[base.key]}"
        section = with_instruction(spec_section, instruction)
    inputs = section_inputs(
        report_title=run.base.title, section=section, sections=run.spec.sections, figures=run.figures,
        table=run.table, passages=run.passages.get(base.key, []), base_text=base.text,
    )
    attempts: list[dict[str, Any]] = []
    notices: list[str] = []
    try:
        chain = section_prompt(run.system) | model | StrOutputParser()
        text = await call_model(run, chain, inputs, base, notices)
        found = guard_findings(run, base, text)
        attempts.append({"text": text, "findings": [f.to_dict() for f in found]})
        baseline = check(base.text, run.figures).findings  # after the call: checks never delay a request
        bad = new_errors(found, baseline)
        if bad:
            run.emit(DraftEvent("notice", base.key, base.title,
                                f"“{base.title}”模型稿有 {len(bad)} 处数字与关键数据不一致，正在要求模型改正。"))
            repair = section_prompt(run.system, repair=True) | model | StrOutputParser()
            repair_inputs = {**inputs, "first_answer": text, "findings": findings_text(bad, text)}
            text = await call_model(run, repair, repair_inputs, base, notices)
            found = guard_findings(run, base, text)
            attempts.append({"text": text, "findings": [f.to_dict() for f in found], "repair": True})
            left = new_errors(found, baseline)
            if left:
                notices.append(f"模型改正后本节仍有 {len(left)} 处数字与关键数据不一致，已列入核对结果，请人工核对。")
            else:
                notices.append(f"模型稿原有 {len(bad)} 处数字与关键数据不一致，已要求模型改正，改正后核对通过。")
        result = replace(base, text=text, backend="llm", notices=notices)
    except Exception as exc:
        if backend_failure(exc) is None:
            raise
        err = backend_error(exc, run.settings)
        result = replace(base, backend="offline",
                         notices=[f"模型调用失败（{str(err).rstrip('。')}），本节已改用离线模板起草。"])
    run.attempts[base.key] = attempts
    for n in result.notices:
        run.emit(DraftEvent("notice", base.key, base.title, f"“{base.title}”：{n}"))
    run.emit(DraftEvent("section_done", base.key, base.title, result.text, result))
    run.store.save_section(index, result, {"base_text": base.text, "attempts": attempts,
                                           "passages": [passage_dict(p) for p in run.passages.get(base.key, [])]})
    return result


async def call_model(
    run: Run, chain: Any, inputs: dict[str, str], base: SectionDraft, notices: list[str]
) -> str:
    """One model answer as clean section text; empty or non-Chinese answers are failures.

    What was changed in the answer (text under another section's heading dropped) goes to ``notices``.
    """
    try:
        if run.stream:
            parts = []
            async for piece in chain.astream(inputs):
                if piece:
                    parts.append(piece)
                    run.emit(DraftEvent("token", base.key, base.title, piece))
            raw = "".join(parts)
        else:
            raw = await chain.ainvoke(inputs)
    except Exception as exc:
        if backend_failure(exc) is not None:
            raise
        # anything else the client stack raised on this answer (e.g. a 200 without ``choices``) means the
        # endpoint sent something that is not a chat completion
        log.warning("unusable model answer for section %s", base.key, exc_info=True)
        raise backend_error(exc, run.settings, "malformed") from exc
    text = clean_output(raw, base.title)
    others = [s.title for s in run.spec.sections if s.key != base.key]
    text, foreign = cut_at_other_heading(text, others)
    if foreign:
        notices.append(f"模型越过本节写到了“{foreign}”，该部分已删去（提纲固定，不得增改）。")
    if not text:
        raise rejected("empty", run)
    if not mostly_chinese(text):
        raise rejected("not_chinese", run)
    return text


def rejected(kind: str, run: Run) -> BackendError:
    messages = {"empty": "模型没有返回任何内容。", "not_chinese": "模型输出的不是中文。"}
    err = BackendError(messages[kind])
    err.kind = kind  # type: ignore[attr-defined]
    return err


def with_instruction(section: Any, instruction: str) -> Any:
    """A copy of a spec section with another instruction text (spec sections may be frozen dataclasses)."""
    try:
        return replace(section, instruction=instruction)
    except TypeError:

        class _Section:
            pass

        copy = _Section()
        copy.__dict__.update(vars(section))
        copy.instruction = instruction  # type: ignore[attr-defined]
        return copy
