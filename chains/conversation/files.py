"""Figures in and out of a conversation: a figures file imported or downloaded, the model's reading.

Kept apart from ``chains.conversation.chat`` (the conversation itself) so that module stays small.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from chains.conversation.chat import ChatState, merge_model_figures, next_step, question_for
from chains.conversation.fields import LABELS, confirmation
from chains.conversation.flow import first_hard, step_for_path, step_path

#: what a figures file written by ``report-assistant chat`` carries beside the figures themselves
UNCONFIRMED, SKIPPED, UNPLACED = "unconfirmed", "skipped", "unplaced"


def import_figures(state: ChatState, figures: dict[str, Any]) -> ChatState:
    """A figures file (already validated) replaces the figures; the chat says so and asks what is next."""
    state = ChatState.from_dict(state.to_dict())
    state.figures = copy.deepcopy(figures)
    state.step = next_step(state)
    name = figures.get("project_name") or ""
    state.messages.append({"role": "assistant", "content": f"已导入关键数据：{name}。" + question_for(state.step)})
    return state


def figures_file(figures: dict[str, Any]) -> tuple[bytes, str]:
    """(UTF-8 JSON, file name) for downloading the figures."""
    data = json.dumps(figures, ensure_ascii=False, indent=1).encode("utf-8")
    return data, f"{figures.get('project_name') or '关键数据'}.json"


#: Shown when the model could not read an answer; the rule-based reading stands.
MODEL_UNAVAILABLE = "模型暂时不可用，已用规则识别数据、整理公文写法；起草时会自动改用离线模板。"


def read_with_model(state: ChatState, text: str, settings: Any) -> tuple[ChatState, str | None]:
    """Merge the model's structured reading of ``text`` when a model is configured, then let the model put
    the texts the answer committed in the formal register (``rewrite.rewrite_answer``, numbers guarded).

    Returns (state, notice): the notice is ``MODEL_UNAVAILABLE`` when the endpoint failed (the state is
    then unchanged), or says why a rewrite was not used; None otherwise. Never raises for a failing endpoint.
    """
    if not settings.llm_configured:
        return state, None
    from chains.conversation.rewrite import rewrite_answer
    from chains.errors import ReportError
    from chains.llm import build_llm, extract_figures_llm

    notice = None
    try:
        state = merge_model_figures(state, extract_figures_llm(text, settings))
    except ReportError as exc:
        if getattr(exc, "kind", "") != "malformed":  # unreachable: no second request
            return state, MODEL_UNAVAILABLE
        notice = MODEL_UNAVAILABLE  # no function calls: the model may still write
    state, rewritten = rewrite_answer(state, text, build_llm(settings))
    return state, "\n".join(n for n in (notice, rewritten) if n) or None


def figures_for_file(state: ChatState) -> dict[str, Any]:
    """The figures as a file keeps them at the end of a conversation, nothing lost.

    Values still waiting for a 是 are not written into the figures (no draft or score uses them as
    fact) but kept under ``unconfirmed``, each with its field, label, value and the question asked;
    skipped fields are listed under ``skipped`` (the draft says 待补充 there) and what could not be
    placed under ``unplaced``."""
    order = ["project_name", "year", "department", "budget", "sources", "content", "goals", "indicators",
             "problems", "measures"]
    out = {k: copy.deepcopy(state.figures[k]) for k in sorted(state.figures, key=lambda k: (k not in order,
           order.index(k) if k in order else 0))}
    waiting = [
        {"field": p["path"], "label": LABELS.get(p["path"], p["path"]), "value": p["value"], "question": p["question"]}
        for p in state.pending
        if not p.get("soft") and not p.get("choose")
    ]
    if waiting:
        out[UNCONFIRMED] = waiting
    if state.skipped:
        out[SKIPPED] = list(dict.fromkeys(step_path(s) or s for s in state.skipped))
    loose = [*state.unplaced, *(p["value"] for p in state.pending if p.get("choose"))]
    if loose:
        out[UNPLACED] = loose
    return out


def resume(data: dict[str, Any]) -> ChatState:
    """A conversation continued from a figures file (one written by ``figures_for_file`` or any other):
    its unconfirmed values are asked again, its skipped fields stay skipped."""
    figures = copy.deepcopy(data)
    waiting = figures.pop(UNCONFIRMED, None) or []
    skipped = figures.pop(SKIPPED, None) or []
    loose = figures.pop(UNPLACED, None) or []
    state = ChatState(figures=figures, unplaced=[str(x) for x in loose])
    state.skipped = [step_for_path(p) or p for p in skipped]
    for item in waiting:
        if isinstance(item, dict) and item.get("field") and item.get("question"):
            state.pending.append(confirmation(item["field"], item.get("value"), item["question"]))
    state.step = next_step(state)
    hard = first_hard(state)
    if hard is not None:
        state.step = step_for_path(hard["path"]) or state.step
    name = figures.get("project_name") or ""
    opening = f"已载入关键数据：{name}。" if name else ""
    state.messages.append({"role": "assistant", "content": opening + (hard["question"] if hard else question_for(state.step))})
    return state
