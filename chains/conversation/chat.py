"""The drafting conversation: free answers → key figures, in the formal register, nothing dropped.

Pure: no I/O, no Streamlit, no model. ``answer(state, text)`` takes the user's reply, extracts every
figure it can find deterministically (``amounts.parse_amounts`` reads spoken and written amounts
exactly; keywords in the same clause say which quantity a number states), asks about anything
approximate, computed or ambiguous instead of guessing (a 是/不是 question with the value it implies),
echoes every figure it records, says back whatever it could not place, and appends the assistant's
next question. Corrections in any wording at any step change the figure; changes such as
“项目名称改为…” or “删除第二个问题” are applied by ``edits``. Names, units, problems and measures are put
in the formal register (``register``) and the name and unit are shown back once for confirmation;
indicators get their levels (``levels``) and deviation reasons (``indicators``). Skip words (跳过, 先不填,
以后再说, 无) are recorded as skipped — the draft says 待补充 — and never stored as the answer's text.
The page and ``report-assistant chat`` only render ``state.messages``.

Figures are kept as a plain dict in the shape of ``shared/schema/figures.schema.json`` (amounts in
万元) so that a half-filled conversation (no project name yet) can be stored and reloaded. The state and
the order of the steps live in ``chains.conversation.flow`` and are re-exported here.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from chains.conversation.edits import apply_edit
from chains.conversation.extract import (
    LABELS,
    MONEY_PATHS,
    Extraction,
    as_json_number,
    confirmation,
    extract_figures,
    fmt_money,
    get_path,
    has_value,
    is_filler,
    money_display,
    set_path,
    unplaced_clauses,
)
from chains.conversation.flow import (
    DONE,
    DONE_MESSAGE,
    FINISHED,
    MORE_INDICATORS,
    NO,
    REQUIRED,
    SKIP,
    STEP_KEYS,
    STEPS,
    YES,
    ChatState,
    apply_flags,
    check_plausible,
    first_hard,
    label_of,
    new_chat,
    next_step,
    question_for,
    reply,
    say,
    soft,
    step_for_path,
    step_path,
)
from chains.conversation.indicators import (
    answer_choice,
    is_reason,
    place_reason,
    split_reason,
    step_indicators,
)
from chains.conversation.register import changed, formal, formal_items
from chains.vocabulary import says_no_problem

__all__ = [
    "DONE", "DONE_MESSAGE", "FINISHED", "NO", "REQUIRED", "SKIP", "STEPS", "STEP_KEYS", "YES", "ChatState",
    "answer", "apply_table", "merge_model_figures", "new_chat", "next_step", "question_for", "step_for_path",
    "step_path",
]  # fmt: skip

_NAME_LABEL = re.compile(r"^(?:项目名称|项目名|名称)\s*[:：]\s*")
_NONE = re.compile(r"没有|没什么|没啥|暂无")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_DEPT_LABEL = re.compile(r"^(?:主管部门|实施单位|单位|部门)\s*[:：]\s*")
#: “存在的问题：跳过”: the question's own name before a skip word
_STEP_LABEL = re.compile(
    r"^\s*(?:存在的问题|问题|改进措施|措施|主要内容|项目主要内容|内容|年度总体目标|总体目标|目标|资金来源|来源|"
    r"主管部门|实施单位|单位|部门|项目名称)\s*[:：]\s*"
)
_CLAUSE = re.compile(r"[，,；;。！!、\s]+")
_LATER = re.compile(r"^(?:回头|以后|稍后|之后|晚点|过后|后面)再(?:填|补|补充|说|写)(?:吧|了)?$")


def _skips(text: str) -> bool:
    """Only skip words: “跳过”, “存在的问题：跳过”, “跳过，以后再说”, “先不填吧，回头再补” — never a real answer."""
    body = _STEP_LABEL.sub("", text.strip())
    clauses = [c for c in _CLAUSE.split(body) if c]
    return bool(clauses) and all(SKIP.match(c) or _LATER.match(c) for c in clauses)

#: A step's handler: (state, step, text, extraction, said) → None to go on to the shared ending
#: (flags, plausibility, the next question), or the finished state when the step answers on its own.
StepHandler = Callable[[ChatState, str, str, Extraction, list[str]], ChatState | None]


def answer(state: ChatState, text: str) -> ChatState:
    """The user's reply → a new state with the figures it states and the assistant's next message."""
    state = ChatState.from_dict(state.to_dict())
    text = text.strip()
    if not text:
        return state
    state.messages.append({"role": "user", "content": text})
    said: list[str] = []
    edit = apply_edit(state, text)
    if edit is not None:
        return _after_edit(state, edit)
    if state.pending:
        done = _answer_pending(state, text, said)
        if done is not None:
            return done
    step = state.step
    ex = extract_figures(text, step, state.figures)
    _record_extraction(state, ex, said)
    handler = STEP_HANDLERS.get(step)
    done = handler(state, step, text, ex, said) if handler else None
    if done is not None:
        return done
    apply_flags(state, said)
    check_plausible(state)
    return reply(state, said)


def _after_edit(state: ChatState, echo: str) -> ChatState:
    """Echo the change, then the question still waiting, or the current step's question."""
    hard = first_hard(state)
    if hard is not None:
        return say(state, f"已修改：{echo}。\n\n{hard['question']}")
    if state.step == "indicators":
        return say(state, f"已修改：{echo}。{MORE_INDICATORS}")
    if state.step != DONE and has_value(state.figures, step_path(state.step)):
        state.step = next_step(state)  # the change answered the question being asked
    return say(state, f"已修改：{echo}。\n\n{question_for(state.step)}")


def _answer_pending(state: ChatState, text: str, said: list[str]) -> ChatState | None:
    """是/不是 to the waiting question; any other answer drops the questions and is read afresh (None)."""
    item = state.pending[0]
    if item.get("choose"):
        if answer_choice(state, item, text, said):
            return reply(state, said)
    elif YES.match(text):
        state.pending.pop(0)
        if item.get("soft"):
            said.append(f"{label_of(item['path'])}已确认")
        else:
            set_path(state.figures, item["path"], item["value"])
            said.append(f"{LABELS.get(item['path'], item['path'])}：{money_display(item['path'], item['value'])}")
        apply_flags(state, said)
        check_plausible(state)
        return reply(state, said)
    elif NO.match(text):
        state.pending.pop(0)
        if item["path"] == "indicators.levels":
            return say(state, "好的，请说明要修改的指标，例如“第2条指标改为质量指标”。")
        step = step_for_path(item["path"])
        if step is not None and (item.get("soft") or item["path"] in MONEY_PATHS or item["path"] == "year"):
            state.step = step
        return say(state, f"好的，请重新告诉我{LABELS.get(item['path'], '这项数据')}。")
    state.pending.clear()  # a new answer replaces the question
    return None


def _record_extraction(state: ChatState, ex: Extraction, said: list[str]) -> None:
    """Store the figures, flags and questions read from the answer; echo each figure in ``said``."""
    for path, value in ex.updates.items():
        old = get_path(state.figures, path)
        set_path(state.figures, path, value)
        label = LABELS.get(path, path)
        if old not in (None, value):
            said.append(f"{label}由 {money_display(path, old)} 改为 {money_display(path, value)}")
        else:
            said.append(f"{label}：{money_display(path, value)}")
    state.flags.update(ex.flags)
    said.extend(ex.notes)
    state.pending.extend(ex.questions)


def _got_figure(ex: Extraction) -> bool:
    return bool(ex.updates or ex.flags or ex.questions or ex.notes)


def _confirm_once(state: ChatState, path: str, raw: str, value: str) -> None:
    """The formal name or unit, shown back once; the original words too when the rules changed them."""
    label = "项目名称" if path == "project_name" else "主管部门/实施单位"
    note = f"（已按公文写法整理，原话：“{raw}”）" if changed(raw, value) else ""
    state.pending.append(soft(path, value, f"{label}记为“{value}”{note}，对吗？不对请直接说“{label[:4]}改为……”。"))


def _step_project_name(state: ChatState, step: str, text: str, ex: Extraction, said: list[str]) -> ChatState | None:
    if (ex.updates.keys() - {"year"}) or ex.questions:
        return None
    if _skips(text):
        return say(state, "项目名称是必填的，请告诉我项目名称（之后可以说“项目名称改为……”修改）。")
    raw = _NAME_LABEL.sub("", text).strip()
    name = formal(raw, "name") or raw.rstrip("。")
    if not _HAN.search(name):
        return say(state, "请告诉我项目的中文名称，例如“2024年青山县农村饮水工程维修养护项目”。")
    state.figures["project_name"] = name
    said.insert(0, f"项目名称：{name}")
    _confirm_once(state, "project_name", raw, name)
    return None


def _step_year(state: ChatState, step: str, text: str, ex: Extraction, said: list[str]) -> ChatState | None:
    if not _got_figure(ex):
        return say(state, "请告诉我四位数的年度，例如 2023。")
    return None


def _step_department(state: ChatState, step: str, text: str, ex: Extraction, said: list[str]) -> ChatState | None:
    if _got_figure(ex):
        return None
    if _skips(text):
        state.skipped.append(step)
        return None
    raw = _DEPT_LABEL.sub("", text).strip()
    dept = formal(raw, "unit") or raw.rstrip("。")
    if not _HAN.search(dept):
        say(state, "请告诉我主管部门或实施单位的名称，例如“县水利局”；不清楚可回答“跳过”。")
        return state
    state.figures["department"] = dept
    said.append(f"主管部门/实施单位：{dept}")
    _confirm_once(state, "department", raw, dept)
    return None


def _step_money(state: ChatState, step: str, text: str, ex: Extraction, said: list[str]) -> ChatState | None:
    """budget / received / spent / sources: an amount, or 跳过; what else was said is said back."""
    if _skips(text) and not _got_figure(ex):
        state.skipped.append(step)
        if step == "budget":
            state.skipped.extend(["received", "spent"])
        said.append(f"{label_of(step_path(step))}：跳过（草稿中标注待补充）")
        return None
    loose = unplaced_clauses(text, step)
    for clause in loose:
        _say_back(state, clause, said)
    if _got_figure(ex):
        return None
    if loose:
        return say(state, "\n\n".join([*(s for s in said if "？" in s), "没有读出金额。请带上单位，例如“139万元”；"
                                       "不清楚可回答“跳过”。"]))
    return say(state, "没有读出金额。请带上单位，例如“139万元”；不清楚可回答“跳过”。")


def _say_back(state: ChatState, clause: str, said: list[str]) -> None:
    """One clause nothing could take: kept in ``state.unplaced`` and asked about."""
    state.unplaced.append(clause)
    if is_reason(clause):
        _rest, reason = split_reason(clause)
        note = formal(reason or clause, "reason")
        said.append(f"这句里的“{note}”记为哪个指标的偏差原因？（录入绩效指标时会再问）")
    else:
        said.append(f"这句里的“{clause}”没有记为任何数据，它是哪一项？")


def _step_prose(state: ChatState, step: str, text: str, ex: Extraction, said: list[str]) -> None:
    """content / goals: the answer in the formal register, unless it is a skip word (or a correction)."""
    if ex.updates or ex.questions:
        return
    if _skips(text):
        state.skipped.append(step)
        said.append(f"{LABELS[step]}：跳过（草稿中标注待补充）")
    else:
        state.figures[step] = formal(text, step) or text
        said.append(f"{LABELS[step]}已记录")


def _step_list(state: ChatState, step: str, text: str, ex: Extraction, said: list[str]) -> None:
    """problems / measures: the items in the formal register; a skip word (无 too) leaves them to 待补充."""
    if ex.updates or ex.questions:
        return
    body = _STEP_LABEL.sub("", text.strip())
    if _skips(text) or says_no_problem(body):
        none = says_no_problem(body) or bool(_NONE.search(body))
        if none:
            state.figures[step] = []  # “无” is kept as an empty list; the draft still says 待补充
        state.skipped.append(step)
        said.append(f"{LABELS[step]}：{'无' if none else '跳过'}（草稿中标注待补充）")
        return
    state.figures[step] = formal_items(text)
    said.append(f"{LABELS[step]}：{len(state.figures[step])} 条")


def _step_done(state: ChatState, step: str, text: str, ex: Extraction, said: list[str]) -> None:
    """After the last question: a figure, a reason for an indicator, or said back — never dropped."""
    if _got_figure(ex) or YES.match(text) or FINISHED.match(text) or is_filler(text):
        return
    _rest, reason = split_reason(text)
    if reason is not None and state.figures.get("indicators"):
        said.extend(place_reason(state, text, reason, said))
        return
    state.unplaced.append(text)
    said.append(
        f"这句里的“{text}”没有记为任何数据。它属于哪一项？可以说“补充一个问题：……”"
        "“第2条指标的偏差原因是……”或“主要内容改为……”？"
    )


#: step → what its answer does beyond the figures ``extract_figures`` read (steps not listed: nothing).
STEP_HANDLERS: dict[str, StepHandler] = {
    "project_name": _step_project_name,
    "year": _step_year,
    "department": _step_department,
    "budget": _step_money,
    "received": _step_money,
    "spent": _step_money,
    "sources": _step_money,
    "content": _step_prose,
    "goals": _step_prose,
    "indicators": step_indicators,
    "problems": _step_list,
    "measures": _step_list,
    DONE: _step_done,
}


def merge_model_figures(state: ChatState, model: dict[str, Any]) -> ChatState:
    """Add what the model read from the last answer: new fields directly, disagreements as questions."""
    state = ChatState.from_dict(state.to_dict())
    flat: list[tuple[str, Any]] = []
    for key, value in model.items():
        if isinstance(value, dict):
            flat.extend((f"{key}.{k}", v) for k, v in value.items())
        else:
            flat.append((key, value))
    said = []
    for path, value in flat:
        if path not in LABELS or value in (None, ""):
            continue
        if path in MONEY_PATHS:
            try:
                value = as_json_number(Decimal(str(value)))
            except InvalidOperation:
                continue
        old = get_path(state.figures, path)
        if old is None:
            set_path(state.figures, path, value)
            said.append(f"{LABELS[path]}：{money_display(path, value)}")
        elif str(old) != str(value) and not any(p["path"] == path and not p.get("soft") for p in state.pending):
            state.pending[:] = [p for p in state.pending if p["path"] != path]  # asked now, with both readings
            state.pending.append(
                confirmation(path, value, f"模型读出的{LABELS[path]}是 {money_display(path, value)}，与已记录的 "
                         f"{money_display(path, old)} 不同。改为 {money_display(path, value)} 吗？（回答“是”或“不是”）")
            )
    state.pending.sort(key=lambda p: bool(p.get("soft")))
    hard = first_hard(state)
    if said or hard:
        apply_flags(state, said)
        note = ("模型补充识别：" + "；".join(said) + "。") if said else ""
        question = hard["question"] if hard else ""
        state.step = (step_for_path(hard["path"]) or state.step) if hard else next_step(state)
        if note or question:
            state.messages.append({"role": "assistant", "content": "\n\n".join(x for x in (note, question) if x)})
    return state


def apply_table(
    state: ChatState,
    indicators: list[dict[str, Any]],
    budget: dict[str, Any] | None = None,
    total_score: Any = None,
) -> ChatState:
    """An imported 绩效自评表: its indicators replace the table; budget figures fill what is missing."""
    state = ChatState.from_dict(state.to_dict())
    state.figures["indicators"] = copy.deepcopy(indicators)
    said = [f"导入 {len(indicators)} 条绩效指标"]
    for key, value in (budget or {}).items():
        path = f"budget.{key}"
        if get_path(state.figures, path) is None:
            set_path(state.figures, path, value)
            said.append(f"{LABELS[path]}：{fmt_money(value)}")
    if total_score is not None and state.figures.get("total_score") is None:
        state.figures["total_score"] = total_score
        said.append(f"自评总分：{total_score}")
    if state.step == "indicators":
        state.step = next_step(state)
    state.messages.append(
        {"role": "assistant", "content": "已从绩效自评表" + "；".join(said) + "。\n\n" + question_for(state.step)}
    )
    return state
