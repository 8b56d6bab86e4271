"""With a model configured: the answers the rules put in the formal register, rewritten by the model.

The rules (``register``) only remove fillers and first-person chatter. With a model configured, each text
the last answer committed (the project name, the unit, the content, the goals, each problem and measure, a
deviation reason) is sent once to the model with ``chains/prompts/intake/formal_rewrite.md`` and the
rules' text between the base-text markers. The model's answer is used only when it passes the numbers
guard (``chains.draft.guard``: no number added, dropped or changed, years and counts included), is one
non-empty paragraph of Chinese and is not much longer than the rules' text; otherwise the rules' text
stays and a notice says why. An endpoint that fails (refused, timed out, HTTP error …) never reaches the
user as an error: the rules' text stays, with a notice. Offline (no key) nothing is sent.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from chains.conversation.flow import ChatState
from chains.conversation.register import formal, formal_items
from chains.llm import PROMPTS, OpenAIBackend, backend_error, backend_failure, clean_output

PROMPT_FILE = PROMPTS / "intake" / "formal_rewrite.md"
BASE_START, BASE_END = "【基础稿开始】", "【基础稿结束】"
FIELD_NAMES = {
    "name": "项目名称", "unit": "主管部门或实施单位", "item": "存在的问题或改进措施中的一条", "content": "项目主要内容",
    "goals": "年度总体目标", "reason": "绩效指标未完成（偏差）的原因",
}  # fmt: skip
MAX_GROWTH = 2.0  #: an answer longer than twice the rules' text (plus a few characters) is no rewrite
KEPT = "已保留规则整理的写法"
_LEAD = re.compile(r"^(?:改写(?:后|结果)?|润色(?:后|结果)?|公文(?:写法|语体)?|输出)[：:]\s*")


@dataclass(frozen=True)
class Rewrite:
    """The text for the report: the model's rewrite, or the rules' text (``offline``) and why (``notice``)."""

    text: str
    offline: str
    notice: str | None = None
    failure: str | None = None  #: the endpoint's failure kind (refused, timeout, server …), when it failed

    @property
    def by_model(self) -> bool:
        return self.notice is None and self.text != self.offline


def rewrite_formal(text: str, field: str, backend: Any, label: str = "") -> Rewrite:
    """``text`` (already in the formal register for ``field``) rewritten by the model behind ``backend``.

    Offline backends send nothing and return ``text``. Never raises for a failing endpoint."""
    label = label or FIELD_NAMES[field]
    if not isinstance(backend, OpenAIBackend) or not text.strip():
        return Rewrite(text, text)
    instruction = PROMPT_FILE.read_text(encoding="utf-8")
    ask = f"内容：{FIELD_NAMES[field]}\n{BASE_START}\n{text}\n{BASE_END}"
    try:
        got = backend.chat_model().invoke([("system", instruction), ("user", ask)])
    except Exception as exc:  # noqa: BLE001 - whatever the endpoint does, the rules' text stands
        kind = backend_failure(exc) or "server"
        why = str(backend_error(exc, backend.settings, kind))
        return Rewrite(text, text, f"模型润色“{label}”未成功：{why}{KEPT}。", kind)
    content = got.content if isinstance(got.content, str) else ""
    answer = tidy(content)
    problem = check_rewrite(text, answer)
    if problem is not None:
        return Rewrite(text, text, f"模型对“{label}”的改写{problem}，未采用，{KEPT}：“{text}”。")
    return Rewrite(answer, text)


def tidy(answer: str) -> str:
    """The model's answer without fences, a leading “改写后：”, quotes or a final full stop."""
    out = clean_output(answer, "")
    out = _LEAD.sub("", out.strip()).strip().strip("“”\"'「」")
    out = _LEAD.sub("", out).strip()
    return out.rstrip("。.；;，, ").strip()  # like the rules' text: no final full stop


def check_rewrite(offline: str, answer: str) -> str | None:
    """Why the model's ``answer`` cannot replace the rules' ``offline`` text, or None when it can."""
    from chains.draft.guard import mostly_chinese, numbers_guard, unsupported_numbers
    from chains.text.numbers import extract_numbers

    if not answer.strip():
        return "为空"
    if "\n" in answer.strip():
        return "不止一段"
    if not mostly_chinese(answer):
        return "不是中文"
    if len(answer) > max(len(offline) * MAX_GROWTH, len(offline) + 10):
        return f"过长（{len(answer)} 字，整理稿 {len(offline)} 字）"
    added = [str(f.values.get("stated", "")) for f in numbers_guard([], unsupported_numbers(answer, offline))]
    dropped = [str(f.values.get("stated", "")) for f in numbers_guard([], unsupported_numbers(offline, answer))]
    if not added and not dropped:  # years, dates and counts in words, which the guard leaves to the checker
        before = Counter(m.value.normalize() for m in extract_numbers(offline))
        after = Counter(m.value.normalize() for m in extract_numbers(answer))
        added = [m.raw for m in extract_numbers(answer) if after[m.value.normalize()] > before[m.value.normalize()]]
        dropped = [m.raw for m in extract_numbers(offline) if before[m.value.normalize()] > after[m.value.normalize()]]
    if added or dropped:
        parts = [f"{word}{'、'.join(f'“{r}”' for r in dict.fromkeys(raws))}" for word, raws in
                 (("多出", added), ("缺少", dropped)) if raws]
        return "改动了数字（" + "，".join(parts) + "）"
    return None


# -- which texts the last answer committed ------------------------------------------------------------

_BOUNDARY = re.compile(r"[，,。；;：:、\s为是成叫做到由]")
_CLAUSE_END = re.compile(r"[，,。；;]")


@dataclass(frozen=True)
class Target:
    """A text in the figures: where it is (``key``), its register field and how the chat names it."""

    key: tuple[str | int, ...]
    field: str
    label: str
    value: str


def committed(text: str, figures: dict[str, Any]) -> list[Target]:
    """The texts in ``figures`` that the rules made from ``text`` (the answer just given), in figures order."""
    starts = [0, *(m.end() for m in _BOUNDARY.finditer(text))]
    suffixes = {text[a:].strip() for a in starts} - {""}
    cands: dict[str, set[str]] = {f: set() for f in ("name", "unit", "content", "goals", "item", "reason")}
    for s in suffixes:
        bare = s.strip("“”\"'").rstrip("。.")
        for f in ("name", "unit", "content", "goals"):
            cands[f].update((formal(s, f), formal(bare, f), bare))
        cands["item"].update((formal(s, "item"), *formal_items(s)))
    ends = sorted({len(text), *(m.start() for m in _CLAUSE_END.finditer(text))})
    for a in starts:
        for b in ends:
            if b > a:
                cands["reason"].add(formal(text[a:b], "reason"))
    out: list[Target] = []
    for key, field, label in (("project_name", "name", "项目名称"), ("department", "unit", "主管部门/实施单位"),
                              ("content", "content", "项目主要内容"), ("goals", "goals", "年度总体目标")):
        value = figures.get(key)
        if isinstance(value, str) and value in cands[field]:
            out.append(Target((key,), field, label, value))
    for key, label in (("problems", "问题"), ("measures", "措施")):
        for i, item in enumerate(figures.get(key) or []):
            if isinstance(item, str) and item in cands["item"]:
                out.append(Target((key, i), "item", f"第{i + 1}条{label}", item))
    for i, row in enumerate(figures.get("indicators") or []):
        note = row.get("deviation_note") if isinstance(row, dict) else None
        if isinstance(note, str) and note in cands["reason"]:
            out.append(Target(("indicators", i, "deviation_note"), "reason", f"第{i + 1}条指标的偏差原因", note))
    return out


def _store(figures: dict[str, Any], key: tuple[str | int, ...], value: str) -> None:
    cur: Any = figures
    for part in key[:-1]:
        cur = cur[part]
    cur[key[-1]] = value


def rewrite_answer(state: ChatState, text: str, backend: Any) -> tuple[ChatState, str | None]:
    """The texts ``text`` committed, rewritten by the model: (new state, notice or None).

    What the model changed is said back in the chat (anything can still be changed there); the name and
    unit waiting for their confirmation take the new wording. After an endpoint failure nothing more is sent."""
    if not isinstance(backend, OpenAIBackend):
        return state, None
    targets = committed(text, state.figures)
    if not targets:
        return state, None
    state = ChatState.from_dict(state.to_dict())
    said: list[str] = []
    notices: list[str] = []
    for t in targets:
        done = rewrite_formal(t.value, t.field, backend, t.label)
        if done.notice:
            notices.append(done.notice)
        if done.failure:
            break
        if not done.by_model:
            continue
        _store(state.figures, t.key, done.text)
        said.append(f"{t.label}“{t.value}”改为“{done.text}”")
        for p in state.pending:
            if p.get("soft") and len(t.key) == 1 and p["path"] == t.key[0] and p["value"] == t.value:
                p["value"] = done.text
    if said:
        state.messages.append({"role": "assistant", "content": "已请模型按公文语体润色（数字未改动）："
                               + "；".join(said) + "。不合适可以直接说“……改为……”。"})
    return state, "\n".join(dict.fromkeys(notices)) or None
