"""What the side panel shows beside the chat: known / missing figures, computed funds, table rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from chains.conversation.extract import LABELS, as_json_number, fmt_money, get_path, has_value, money_display
from chains.vocabulary import ISSUE_LABELS


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


#: The editable indicator table's columns: indicator field → Chinese column name.
INDICATOR_COLUMNS = {
    "level1": "一级指标",
    "level2": "二级指标",
    "name": "三级指标",
    "target": "年度指标值",
    "actual": "实际完成值",
    "weight": "分值",
    "score": "得分",
    "deviation_note": "偏差原因",
}
#: each column's width in pixels: the eight fit the page's full width at 1366×768 (no sideways scrolling)
INDICATOR_WIDTHS = {"一级指标": 92, "二级指标": 100, "三级指标": 190, "年度指标值": 105, "实际完成值": 105,
                    "分值": 64, "得分": 64, "偏差原因": 140}
#: rows tall enough for the grid to wrap a long name onto three lines (Streamlit wraps above 64 px)
INDICATOR_ROW_HEIGHT = 66


def indicator_grid_height(rows: int, most: int = 8) -> int:
    """Pixels for the header, ``rows`` rows and the add-row line; past ``most`` rows the grid scrolls inside
    (eight rows of three lines and the header fit in a 768-pixel-high window)."""
    return 36 + (min(rows, most) + 1) * INDICATOR_ROW_HEIGHT + 2
#: what each column's header explains on hover
INDICATOR_HELP = {
    "一级指标": "产出指标、效益指标或满意度指标",
    "二级指标": "如数量指标、质量指标、时效指标、社会效益指标",
    "三级指标": "指标名称（必填：没有名称的行不保存）",
    "年度指标值": "年初设定的目标，如 ≥300人次",
    "实际完成值": "年度实际完成情况，如 320人次",
    "分值": "该指标的权重分（0–100）",
    "得分": "自评得分（0–100，不超过分值）",
    "偏差原因": "未完成或超额完成时说明原因",
}


def indicator_records(rows: list[dict[str, Any]], columns: dict[str, str] = INDICATOR_COLUMNS) -> list[dict[str, Any]]:
    """Indicator dicts → rows of the editable table (Chinese column names; None where not stated)."""
    return [{zh: r.get(key) for key, zh in columns.items()} for r in rows]


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


def conversation_title(figures: dict[str, Any]) -> str:
    """The title a conversation is listed under: '<year> <project>' or 新的对话."""
    title = str(figures.get("project_name") or "新的对话")
    return f"{figures['year']} {title}" if figures.get("year") else title


def funds_metrics(figures: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, value as shown) for the three computed funds figures; — where undefined."""
    s = funds_summary(figures)
    rate, rrate, balance = s["execution_rate"], s["received_rate"], s["balance"]
    return [
        ("预算执行率", "—" if rate is None else f"{rate}%"),
        ("资金到位率", "—" if rrate is None else f"{rrate}%"),
        ("结余（万元）", "—" if balance is None else f"{balance:,.2f}"),
    ]


#: How a pre-draft issue is labelled in the panel, by severity (as ``chains.validate.summarize``).


@dataclass
class ScorePanel:
    """What the side panel shows once project and year are known: total, grade, rows, pre-draft issues."""

    total: str
    grade: str
    rows: list[dict[str, str]] = field(default_factory=list)
    issues: list[tuple[str, str, str]] = field(default_factory=list)  # (severity, label, message)
    completion: list[tuple[str, float]] = field(default_factory=list)  # (short name, completion %) for the chart


def score_panel(figures: dict[str, Any]) -> ScorePanel | None:
    """The scored table and ``validate_figures`` issues (most serious first); None before project and year.

    Figures the schema rejects give one 需核实 issue with the Chinese reason instead of a score.
    """
    from chains.errors import FiguresError
    from chains.figures import Figures
    from chains.score import score_figures
    from chains.score.validate import validate_figures

    if not figures.get("project_name") or not figures.get("year"):
        return None
    try:
        model = Figures.from_dict(figures)
    except FiguresError as exc:
        return ScorePanel("—", "—", issues=[("error", ISSUE_LABELS["error"], str(exc))])
    table = score_figures(model)
    issues = [(p.severity, ISSUE_LABELS.get(p.severity, "提示"), p.message) for p in validate_figures(model, table)]
    rows = [
        {
            "指标": r.name,
            "完成率": "—" if r.completion is None else f"{r.completion}%",
            "分值": "" if r.weight is None else str(r.weight),
            "得分": "—" if r.score_used is None else str(r.score_used),
        }
        for r in table.rows
    ]
    completion = [(r.name[:12], float(r.completion)) for r in table.rows if r.completion is not None]
    return ScorePanel(
        total="—" if table.total is None else str(table.total),
        grade=table.grade or "—",
        rows=rows,
        issues=issues,
        completion=completion,
    )


def amounts_for_chart(figures: dict[str, Any]) -> dict[str, float]:
    """全年预算 / 实际到位 / 全年执行 (万元) that are known, in that order."""
    b = figures.get("budget") or {}
    amounts = {"全年预算": b.get("annual"), "实际到位": b.get("received"), "全年执行": b.get("spent")}
    return {k: float(v) for k, v in amounts.items() if isinstance(v, int | float)}


def bar_chart_spec(values: dict[str, float] | list[tuple[str, float]], unit: str, label_suffix: str = "") -> dict[str, Any]:
    """A Vega-Lite horizontal bar chart with a name on every bar and its value at the bar's end.

    One row of ``step`` pixels per bar (the chart grows with the bars instead of dropping names that would
    overlap); names longer than eight characters wrap onto a second line; the value axis leaves room for
    the value written after the longest bar.
    """
    pairs = list(values.items()) if isinstance(values, dict) else list(values)
    rows, seen = [], set()
    for name, v in pairs:
        shown, k = name, 1
        while shown in seen:  # two bars of one name would be drawn as one
            k += 1
            shown = f"{name}（{k}）"
        seen.add(shown)
        rows.append({"名称": shown, "数值": v, "标注": f"{v:,.2f}".rstrip("0").rstrip(".") + label_suffix})
    top = max([0.0, *(v for _n, v in pairs)]) or 1.0
    wrap = "length(datum.label) > 8 ? [substring(datum.label, 0, 8), substring(datum.label, 8)] : datum.label"
    return {
        "data": {"values": rows},
        "height": {"step": 34},
        "encoding": {
            "y": {"field": "名称", "type": "nominal", "sort": None, "title": None,
                  "axis": {"labelOverlap": False, "labelLimit": 200, "labelExpr": wrap, "labelFontSize": 12}},
            "x": {"field": "数值", "type": "quantitative", "title": unit, "scale": {"domain": [0, top * 1.2]}},
        },
        "layer": [
            {"mark": {"type": "bar", "tooltip": True}},
            {"mark": {"type": "text", "align": "left", "baseline": "middle", "dx": 4, "fontSize": 12},
             "encoding": {"text": {"field": "标注"}}},
        ],
    }
