"""What the side panel shows beside the chat: known / missing figures, computed funds, table rows."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from .chat_extract import LABELS, as_json_number, fmt_money, get_path, has_value, money_display


def field_status(figures: dict[str, Any]) -> tuple[list[tuple[str, str]], list[str]]:
    """(known: [(label, value as shown)], missing: [label]) for the side panel."""
    known: list[tuple[str, str]] = []
    missing: list[str] = []
    for path in (
        "project_name",
        "year",
        "department",
        "budget.initial",
        "budget.annual",
        "budget.received",
        "budget.spent",
        "sources",
        "content",
        "goals",
        "indicators",
        "problems",
        "measures",
    ):
        value = get_path(figures, path)
        if not has_value(figures, path):
            if path != "budget.initial":
                missing.append(LABELS[path])
            continue
        if path == "sources":
            shown = "，".join(
                f"{LABELS.get('sources.' + k, k + '资金')[:-2]} {fmt_money(v) if isinstance(v, int | float) else v}"
                for k, v in value.items()
                if v is not None
            )
        elif path == "indicators":
            shown = f"{len(value)} 条"
        elif path in ("problems", "measures"):
            shown = "无" if not value else f"{len(value)} 条"
        elif path in ("goals", "content"):
            shown = value if len(value) <= 30 else value[:30] + "…"
        else:
            shown = money_display(path, value)
        known.append((LABELS[path], shown))
    return known, missing


def funds_summary(figures: dict[str, Any]) -> dict[str, Decimal | None]:
    """执行率, 到位率 (percent) and 结余 (万元) from the budget figures; None where undefined."""
    b = figures.get("budget") or {}

    def d(key: str) -> Decimal | None:
        return None if b.get(key) is None else Decimal(str(b[key]))

    annual, received, spent = d("annual"), d("received"), d("spent")
    rate = (spent / annual * 100).quantize(Decimal("0.01")) if annual and spent is not None else None
    rrate = (received / annual * 100).quantize(Decimal("0.01")) if annual and received is not None else None
    base = received if received is not None else annual
    balance = (base - spent) if base is not None and spent is not None else None
    return {"execution_rate": rate, "received_rate": rrate, "balance": balance}


def rows_from_table(
    records: list[dict[str, Any]], columns: dict[str, str], original: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """Rows of the editable table (Chinese column names) → indicator dicts; empty rows dropped.

    Fields the table does not show (extra fields of an imported figures file) are kept from the
    ``original`` row at the same position, so editing the table never loses data.
    """
    out: list[dict[str, Any]] = []
    for i, rec in enumerate(records):
        base = original[i] if original and i < len(original) else {}
        row: dict[str, Any] = {k: v for k, v in base.items() if k not in columns}
        for key, zh in columns.items():
            value = rec.get(zh)
            if value is None or (isinstance(value, float) and value != value):  # NaN from pandas
                continue
            if key in ("weight", "score"):
                try:
                    row[key] = as_json_number(Decimal(str(value)))
                except InvalidOperation:
                    continue
            else:
                text = str(value).strip()
                if text:
                    row[key] = text
        if row.get("name"):
            out.append({k: row[k] for k in [*base, *row] if k in row} if base else row)
    return out
