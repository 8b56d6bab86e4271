"""Figures in and out of a conversation: a figures file imported or downloaded, the model's reading.

Kept apart from ``chains.conversation.chat`` (the conversation itself) so that module stays small.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from chains.conversation.chat import ChatState, merge_model_figures, next_step, question_for


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
MODEL_UNAVAILABLE = "模型暂时不可用，已用规则识别数据；起草时会自动改用离线模板。"


def read_with_model(state: ChatState, text: str, settings: Any) -> tuple[ChatState, str | None]:
    """Merge the model's structured reading of ``text`` when a model is configured.

    Returns (state, notice): the notice is ``MODEL_UNAVAILABLE`` when the endpoint failed (the state is
    then unchanged), None otherwise. Never raises for a failing endpoint.
    """
    if not settings.llm_configured:
        return state, None
    from chains.errors import ReportError
    from chains.llm import extract_figures_llm

    try:
        model = extract_figures_llm(text, settings)
    except ReportError:
        return state, MODEL_UNAVAILABLE
    return merge_model_figures(state, model), None
