"""The figures a conversation fills: labels, paths into the figures dict, money display, confirmations.

Pure, and shared by the readers (``extract``, ``money``), the conversation and the side panel. Amounts
are kept in 万元, the unit of the figures schema.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

LABELS: dict[str, str] = {
    "project_name": "项目名称",
    "year": "评价年度",
    "department": "主管部门/实施单位",
    "budget.initial": "年初预算数",
    "budget.annual": "全年预算数",
    "budget.received": "实际到位资金",
    "budget.spent": "全年执行数",
    "sources": "资金来源",
    "sources.central": "中央资金",
    "sources.provincial": "省级资金",
    "sources.municipal": "市级资金",
    "sources.county": "县区级资金",
    "sources.carryover": "上年结转资金",
    "sources.other": "其他资金",
    "goals": "年度总体目标",
    "indicators": "绩效指标",
    "problems": "存在的问题",
    "content": "项目主要内容",
    "measures": "改进措施",
}
MONEY_PATHS = {p for p in LABELS if p.startswith(("budget.", "sources."))}


def has_value(figures: dict[str, Any], path: str) -> bool:
    value = get_path(figures, path)
    if path in ("problems", "measures"):
        return value is not None  # [] means “none”, an answer
    if isinstance(value, dict):
        return any(v is not None for v in value.values())
    return value not in (None, "", [])


def get_path(figures: dict[str, Any], path: str) -> Any:
    cur: Any = figures
    for part in path.split("."):
        if not isinstance(cur, dict):
            return None
        cur = cur.get(part)
    return cur


def set_path(figures: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    cur = figures
    for part in parts[:-1]:
        nxt = cur.get(part)
        if not isinstance(nxt, dict):
            nxt = {}
            cur[part] = nxt
        cur = nxt
    cur[parts[-1]] = value


def as_json_number(value: Decimal) -> int | float:
    value = value.normalize()
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def fmt_money(value: Any) -> str:
    if value is None:
        return "—"
    d = Decimal(str(value))
    return f"{d:,.2f} 万元" if d != d.to_integral_value() else f"{int(d):,} 万元"


def money_display(path: str, value: Any) -> str:
    if path in MONEY_PATHS:
        return fmt_money(value)
    return str(value)


@dataclass
class Extraction:
    """What one answer said: figure updates, notes to echo, and questions to confirm first."""

    updates: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    questions: list[dict[str, Any]] = field(default_factory=list)
    flags: dict[str, bool] = field(default_factory=dict)


def confirmation(path: str, value: Any, question: str) -> dict[str, Any]:
    return {"path": path, "value": value, "question": question}
