"""The conversation's state and order: which figure to ask for next, and how a reply is put together.

Pure: no I/O. ``chains.conversation.chat`` reads the user's answers; this module holds what every
step shares: the table of steps, :class:`ChatState`, the next question, and the reply that echoes
what was recorded, says back what could not be placed and asks what waits for a 是/不是.

A question waiting for a 是/不是 is *hard* (the value is not stored until confirmed: an approximation, a
share, a bare number) or *soft* (``"soft": True``: the value is stored and shown back once for
confirmation — the project name, the unit, the inferred indicator levels — and the conversation goes on).
"""

from __future__ import annotations

import copy
import re
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

from chains.conversation.fields import LABELS, confirmation, fmt_money, has_value, set_path

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
        "也可以在对话下方的“绩效指标表”里直接填写，或上传绩效自评表。填完请回答“好了”。",
    ),
    ("problems", "problems", "项目**存在哪些问题**？多条用分号隔开；确实没有可回答“无”。"),
    ("measures", "measures", "针对存在的问题，下一步有哪些**改进措施**？多条用分号隔开；没有可回答“无”。"),
]
STEP_KEYS = [s[0] for s in STEPS]
REQUIRED = {"project_name", "year"}
DONE = "done"
DONE_MESSAGE = (
    "关键数据已基本齐全。请在右侧核对已知、缺失和计算出的数据（指标可在对话下方的“绩效指标表”中直接修改），"
    "然后点击 **生成草稿**。之后仍可随时补充或更正，例如“全年预算改为150万”“项目名称改为……”"
    "“删除第二个问题”。"
)
MORE_INDICATORS = "继续输入下一条指标，或回答“好了”进入下一步。"

#: 是 / 对的，就是这个数 — a yes, with words after it but no figure of its own (“是，79.6万” is a new answer)
YES = re.compile(
    r"^\s*(是|是的|对|对的|没错|确认|正确|嗯|好|好的|可以|yes|y|ok)"
    r"(?:[。！!.]?\s*$|[，,。！!.\s]+[^0-9０-９零一二两三四五六七八九十百千万亿]*$)",
    re.I,
)
NO = re.compile(r"^\s*(不是|不对|错|错了|否|no|n)[。！!.]?\s*$", re.I)
#: skip words: recorded as skipped (the draft says 待补充), never stored as the answer's text
SKIP = re.compile(
    r"^\s*(?:(?:这个|这项|这一项|资金来源|来源|总体目标|目标|主要内容|内容|存在的问题|问题|改进措施|措施|单位|部门)"
    r"(?:就|也|先|暂时)?[，,\s]*)?"
    r"(跳过|先跳过|不清楚|不知道|暂无|暂时没有|目前没有|还没有|没什么|没啥|略|没有|无|不详|先不填|暂不填|以后再说|回头再说|稍后再填|以后再填|"
    r"先空着|待定|pass|skip)(?:吧|了)?[。！!.]?\s*$",
    re.I,
)
FINISHED = re.compile(r"^\s*(好了|好|完成|完了|就这些|没有了|没了|结束|跳过|ok)[。！!.]?\s*$", re.I)


@dataclass
class ChatState:
    """Everything the conversation knows; ``to_dict``/``from_dict`` round-trip it through the store."""

    messages: list[dict[str, str]] = field(default_factory=list)
    figures: dict[str, Any] = field(default_factory=dict)
    step: str = "project_name"
    pending: list[dict[str, Any]] = field(default_factory=list)  # questions waiting for 是/不是
    skipped: list[str] = field(default_factory=list)
    flags: dict[str, bool] = field(default_factory=dict)  # received_all / spent_all before a budget is known
    unplaced: list[str] = field(default_factory=list)  # what was said back because it could not be placed

    def to_dict(self) -> dict[str, Any]:
        return copy.deepcopy(asdict(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChatState:
        names = {"messages", "figures", "step", "pending", "skipped", "flags", "unplaced"}
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


def step_for_path(path: str) -> str | None:
    return next((k for k, p, _ in STEPS if p == path), None)


def next_step(state: ChatState) -> str:
    """First step whose figure is still missing and that the user has not skipped."""
    for key, path, _q in STEPS:
        if key in state.skipped:
            continue
        if not has_value(state.figures, path):
            return key
    return DONE


def soft(path: str, value: Any, question: str) -> dict[str, Any]:
    """A value already stored, shown back once for confirmation while the conversation goes on."""
    return {**confirmation(path, value, question), "soft": True}


def first_hard(state: ChatState) -> dict[str, Any] | None:
    return next((p for p in state.pending if not p.get("soft")), None)


def say(state: ChatState, content: str) -> ChatState:
    state.messages.append({"role": "assistant", "content": content})
    return state


def reply(state: ChatState, said: list[str], force_next: bool = False) -> ChatState:
    """Echo what was recorded, say back what could not be placed, then ask the waiting or next question."""
    parts = []
    recorded = [s for s in said if "？" not in s]
    if recorded:
        parts.append("已记录：" + "；".join(recorded) + "。")
    parts.extend(s for s in said if "？" in s)  # what could not be placed, said back as a question
    state.pending.sort(key=lambda p: bool(p.get("soft")))  # hard questions first: they are answered first
    hard = first_hard(state)
    if hard is not None:
        parts.append(hard["question"])
    else:
        state.step = next_step(state) if not force_next or state.step != "problems" else "problems"
        if force_next and has_value(state.figures, "problems"):
            state.step = next_step(state)
        for p in state.pending:
            if not p.get("asked"):
                p["asked"] = True
                parts.append(p["question"])
        parts.append(question_for(state.step))
    state.messages.append({"role": "assistant", "content": "\n\n".join(parts)})
    return state


def apply_flags(state: ChatState, said: list[str]) -> None:
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


def check_plausible(state: ChatState) -> None:
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


def label_of(path: str) -> str:
    return LABELS.get(path, {"indicators.levels": "指标分类", "indicators.deviation_note": "偏差原因"}.get(path, path))
