"""The drafting conversation: which figure to ask for next, and free answers → key figures.

Pure: no I/O, no Streamlit, no model. ``answer(state, text)`` takes the user's reply, extracts every
figure it can find deterministically (``amounts.parse_amounts`` reads spoken and written amounts
exactly; keywords in the same clause say which quantity a number states), asks about anything
approximate, computed or ambiguous instead of guessing (a 是/不是 question with the value it implies),
echoes every figure it records, and appends the assistant's next question. Corrections in any
wording at any step change the figure. The page only renders ``state.messages``.

Figures are kept as a plain dict in the shape of ``shared/schema/figures.schema.json`` (amounts in
万元) so that a half-filled conversation (no project name yet) can be stored and reloaded.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

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
    money_display,
    parse_indicator_line,
    set_path,
    split_items,
)
from chains.vocabulary import says_no_problem

# -- the order of questions -------------------------------------------------------------------

#: step → (figures path it fills, question). Order is the natural order of a 自评表.
STEPS: list[tuple[str, str, str]] = [
    ("project_name", "project_name", "您好！我来帮您起草**项目支出绩效自评报告**。先请告诉我**项目名称**。"),
    ("year", "year", "这是哪一年度的自评？（例如 2023）"),
    ("department", "department", "项目的**主管部门或实施单位**是？"),
    (
        "budget",
        "budget.annual",
        "项目的**全年预算数**（调整后）是多少？可以一次说完，例如“预算139万，3月全部到位，年底支出完了”。"
        "年初预算与全年预算不同时请一并说明。",
    ),
    ("received", "budget.received", "**实际到位资金**是多少？（例如“到位139万元”或“全部到位”）"),
    ("spent", "budget.spent", "全年**实际支出（执行数）**是多少？（例如“支出125.1万元”或“全部支出”）"),
    (
        "sources",
        "sources",
        "**资金来源**是怎样构成的？例如“中央100万，县级39万”。不清楚可回答“跳过”。",
    ),
    ("content", "content", "项目的**主要内容和资金用途**是什么？（例如“用于应急通信设备维护、人员培训和演练”）"),
    ("goals", "goals", "项目的**年度总体目标**是什么？一两句话即可。"),
    (
        "indicators",
        "indicators",
        "请给出**绩效指标**，每行一条：名称、年度指标值、实际完成值、分值，例如\n\n"
        "`培训人次，≥300人次，320人次，10分`\n\n"
        "也可以在右侧表格里直接填写或上传绩效自评表。填完请回答“好了”。",
    ),
    ("problems", "problems", "项目**存在哪些问题**？多条用分号隔开；确实没有可回答“无”。"),
    ("measures", "measures", "针对存在的问题，下一步有哪些**改进措施**？多条用分号隔开；没有可回答“无”。"),
]
STEP_KEYS = [s[0] for s in STEPS]
REQUIRED = {"project_name", "year"}
DONE = "done"
DONE_MESSAGE = (
    "关键数据已基本齐全。请在右侧核对已知、缺失和计算出的数据（指标表可直接修改），"
    "然后点击 **生成草稿**。之后仍可随时补充或更正，例如“全年预算改为150万”。"
)


#: 是 / 对的，就是这个数 — a yes, with words after it but no figure of its own (“是，79.6万” is a new answer)
YES = re.compile(
    r"^\s*(是|是的|对|对的|没错|确认|正确|嗯|好|好的|可以|yes|y|ok)"
    r"(?:[。！!.]?\s*$|[，,。！!.\s]+[^0-9０-９零一二两三四五六七八九十百千万亿]*$)",
    re.I,
)
NO = re.compile(r"^\s*(不是|不对|错|错了|否|no|n)[。！!.]?\s*$", re.I)
SKIP = re.compile(r"^\s*(跳过|不清楚|不知道|暂无|略|没有|无|不详|pass|skip)[。！!.]?\s*$", re.I)
FINISHED = re.compile(r"^\s*(好了|好|完成|完了|就这些|没有了|没了|结束|跳过|ok)[。！!.]?\s*$", re.I)


# -- state ------------------------------------------------------------------------------------


@dataclass
class ChatState:
    """Everything the conversation knows; ``to_dict``/``from_dict`` round-trip it through the store."""

    messages: list[dict[str, str]] = field(default_factory=list)
    figures: dict[str, Any] = field(default_factory=dict)
    step: str = "project_name"
    pending: list[dict[str, Any]] = field(default_factory=list)  # questions waiting for 是/不是
    skipped: list[str] = field(default_factory=list)
    flags: dict[str, bool] = field(default_factory=dict)  # received_all / spent_all before a budget is known

    def to_dict(self) -> dict[str, Any]:
        return copy.deepcopy(asdict(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChatState:
        names = {"messages", "figures", "step", "pending", "skipped", "flags"}
        return cls(**copy.deepcopy({k: v for k, v in data.items() if k in names}))


def new_chat(figures: dict[str, Any] | None = None) -> ChatState:
    """A fresh conversation opened by the first question (or the first missing figure)."""
    state = ChatState(figures=copy.deepcopy(figures or {}))
    state.step = next_step(state)
    state.messages.append({"role": "assistant", "content": question_for(state.step)})
    return state


def question_for(step: str) -> str:
    for key, _path, question in STEPS:
        if key == step:
            return question
    return DONE_MESSAGE


def step_path(step: str) -> str:
    return next((p for k, p, _ in STEPS if k == step), "")


def next_step(state: ChatState) -> str:
    """First step whose figure is still missing and that the user has not skipped."""
    for key, path, _q in STEPS:
        if key in state.skipped:
            continue
        if not has_value(state.figures, path):
            return key
    return DONE



_NAME_PREFIX = re.compile(r"^(项目名称|项目名|名称|项目)?\s*(是|为|叫|叫做|:|：)\s*")
_DEPT_PREFIX = re.compile(r"^(主管部门|实施单位|单位|部门)?\s*(是|为|:|：)\s*")


# -- one turn ---------------------------------------------------------------------------------

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
    _apply_flags(state, said)
    _check_plausible(state)
    return _reply(state, said)


def _answer_pending(state: ChatState, text: str, said: list[str]) -> ChatState | None:
    """是/不是 to the waiting question; any other answer drops the questions and is read afresh (None)."""
    item = state.pending[0]
    if YES.match(text):
        state.pending.pop(0)
        set_path(state.figures, item["path"], item["value"])
        said.append(f"{LABELS.get(item['path'], item['path'])}：{money_display(item['path'], item['value'])}")
        _apply_flags(state, said)
        _check_plausible(state)
        return _reply(state, said)
    if NO.match(text):
        state.pending.pop(0)
        state.messages.append(
            {"role": "assistant", "content": f"好的，请重新告诉我{LABELS.get(item['path'], '这项数据')}。"}
        )
        if item["path"] in MONEY_PATHS or item["path"] == "year":
            state.step = next((k for k, p, _ in STEPS if p == item["path"]), state.step)
        return state
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


def _say(state: ChatState, content: str) -> ChatState:
    state.messages.append({"role": "assistant", "content": content})
    return state


def _step_project_name(state: ChatState, step: str, text: str, ex: Extraction, said: list[str]) -> None:
    if not (ex.updates.keys() - {"year"}) and not ex.questions:
        name = _NAME_PREFIX.sub("", text).strip().rstrip("。")
        state.figures["project_name"] = name
        said.insert(0, f"项目名称：{name}")


def _step_year(state: ChatState, step: str, text: str, ex: Extraction, said: list[str]) -> ChatState | None:
    if not _got_figure(ex):
        return _say(state, "请告诉我四位数的年度，例如 2023。")
    return None


def _step_department(state: ChatState, step: str, text: str, ex: Extraction, said: list[str]) -> None:
    if not _got_figure(ex):
        dept = _DEPT_PREFIX.sub("", text).strip().rstrip("。")
        state.figures["department"] = dept
        said.append(f"主管部门/实施单位：{dept}")


def _step_money(state: ChatState, step: str, text: str, ex: Extraction, said: list[str]) -> ChatState | None:
    """budget / received / spent / sources: an amount, or 跳过."""
    if _got_figure(ex):
        return None
    if SKIP.match(text):
        state.skipped.append(step)
        if step == "budget":
            state.skipped.extend(["received", "spent"])
        return None
    return _say(state, "没有读出金额。请带上单位，例如“139万元”；不清楚可回答“跳过”。")


def _step_prose(state: ChatState, step: str, text: str, ex: Extraction, said: list[str]) -> None:
    """content / goals: the answer itself, unless it is 跳过 (or a correction of a figure)."""
    if ex.updates or ex.questions:
        return
    if SKIP.match(text):
        state.skipped.append(step)
    else:
        state.figures[step] = text
        said.append(f"{LABELS[step]}已记录")


def _step_list(state: ChatState, step: str, text: str, ex: Extraction, said: list[str]) -> None:
    """problems / measures: items split at 分号; 无 is an answer (an empty list)."""
    if ex.updates or ex.questions:
        return
    state.figures[step] = [] if says_no_problem(text) else split_items(text)
    said.append(f"{LABELS[step]}：" + ("无" if not state.figures[step] else f"{len(state.figures[step])} 条"))


def _step_indicators(state: ChatState, step: str, text: str, ex: Extraction, said: list[str]) -> ChatState:
    if ex.updates or ex.questions:  # a correction of a figure (“支出写错了，是79.6万”), not an indicator line
        _check_plausible(state)
        if state.pending:
            return _reply(state, said)
        return _say(state, "已记录：" + "；".join(said) + "。继续输入下一条指标，或回答“好了”进入下一步。")
    if FINISHED.match(text) or SKIP.match(text):
        if not state.figures.get("indicators"):
            state.skipped.append("indicators")
        state.step = "problems"
        return _reply(state, said, force_next=True)
    rows = [r for r in (parse_indicator_line(line) for line in text.splitlines()) if r]
    if rows:
        state.figures.setdefault("indicators", []).extend(rows)
        n = len(state.figures["indicators"])
        said.append(f"新增 {len(rows)} 条指标（共 {n} 条）")
        return _say(state, "已记录：" + "；".join(said) + "。继续输入下一条指标，或回答“好了”进入下一步。")
    return _say(
        state,
        "没能读出指标。请按“名称，年度指标值，实际完成值，分值”每行一条输入，"
        "例如“培训人次，≥300人次，320人次，10分”；或回答“好了”跳过。",
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
    "indicators": _step_indicators,
    "problems": _step_list,
    "measures": _step_list,
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
        elif str(old) != str(value) and not any(p["path"] == path for p in state.pending):
            state.pending.append(
                confirmation(path, value, f"模型读出的{LABELS[path]}是 {money_display(path, value)}，与已记录的 "
                         f"{money_display(path, old)} 不同。改为 {money_display(path, value)} 吗？（回答“是”或“不是”）")
            )
    if said or state.pending:
        _apply_flags(state, said)
        note = ("模型补充识别：" + "；".join(said) + "。") if said else ""
        question = state.pending[0]["question"] if state.pending else ""
        if state.pending:
            state.step = step_for_path(state.pending[0]["path"]) or state.step
        else:
            state.step = next_step(state)
        if note or question:
            state.messages.append({"role": "assistant", "content": "\n\n".join(x for x in (note, question) if x)})
    return state


def step_for_path(path: str) -> str | None:
    return next((k for k, p, _ in STEPS if p == path), None)


def _apply_flags(state: ChatState, said: list[str]) -> None:
    budget = state.figures.get("budget") or {}
    base = budget.get("annual")
    if state.flags.get("received_all") and base is not None:
        state.flags.pop("received_all")
        set_path(state.figures, "budget.received", base)
        said.append(f"实际到位资金：{fmt_money(base)}（全部到位）")
    if state.flags.get("spent_all") and base is not None:
        state.flags.pop("spent_all")
        set_path(state.figures, "budget.spent", base)
        said.append(f"全年执行数：{fmt_money(base)}（全部支出）")


def _check_plausible(state: ChatState) -> None:
    budget = state.figures.get("budget") or {}
    annual = budget.get("annual")
    for key, label in (("received", "实际到位资金"), ("spent", "全年执行数")):
        value = budget.get(key)
        if annual is not None and value is not None and Decimal(str(value)) > Decimal(str(annual)):
            already = any(p["path"] == f"budget.{key}" for p in state.pending)
            if not already and not state.flags.get(f"confirmed_{key}"):
                state.flags[f"confirmed_{key}"] = True
                state.pending.append(
                    confirmation(
                        f"budget.{key}",
                        value,
                        f"{label} {fmt_money(value)} 超过全年预算数 {fmt_money(annual)}，"
                        "这是正确的吗？回答“是”确认，或告诉我正确的金额。",
                    )
                )


def _reply(state: ChatState, said: list[str], force_next: bool = False) -> ChatState:
    parts = []
    recorded = [s for s in said if "？" not in s]
    if recorded:
        parts.append("已记录：" + "；".join(recorded) + "。")
    parts.extend(s for s in said if "？" in s)  # what could not be placed, said back as a question
    if state.pending:
        parts.append(state.pending[0]["question"])
    else:
        state.step = next_step(state) if not force_next or state.step != "problems" else "problems"
        if force_next and has_value(state.figures, "problems"):
            state.step = next_step(state)
        parts.append(question_for(state.step))
    state.messages.append({"role": "assistant", "content": "\n\n".join(parts)})
    return state



# -- the indicator table and imports ----------------------------------------------------------


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

