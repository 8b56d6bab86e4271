"""The funds part of the template context: sources (labelled for the region), spending by source, the parts
of the project (``components``), what is left unspent and the adjustments.

Nothing is claimed that the figures do not say: money left over is 结余 only when the figures call it
结余, otherwise it is 未支出 / 未执行 with its cause and destination left as 【…】 slots (issue 13).
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from chains.figures import FIELD_NAMES_ZH, Figures, dec
from chains.score import ExecutionRow, ScoreTable, execution_rate, grade_for, q2

SOURCE_LABELS: dict[str, str] = {
    "central": "中央资金",
    "provincial": "省级资金",
    "municipal": "市级资金",
    "county": "县区级资金",
    "carryover": "上年结转资金",
    "other": "其他资金",
    "higher_level": "上级资金",
    "fiscal": "当年财政拨款",
    "unit_funds": "单位资金",
    "special_account": "财政专户管理资金",
}
#: keys of the figures that describe where they come from, not the project (never written, never "unused")
METADATA_KEYS = frozenset({"id", "source_url", "source_title", "published", "notes"})
#: the parts of a sub-project (``components`` as a list) the drafter writes
COMPONENT_KEYS = ("name", "budget", "received", "spent", "score", "grade")


def number_text(value: Decimal | float | int) -> str:
    """An amount as printed: every decimal the figures carry, at least two (309 → 309.00, 0.123 → 0.123)."""
    d = dec(value)
    assert d is not None
    exponent = d.as_tuple().exponent
    places = max(2, -exponent if isinstance(exponent, int) else 2)
    return f"{d:.{places}f}"


def money_text(value: float | int | Decimal | None, unit: str) -> str | None:
    return None if value is None else f"{number_text(value)}{unit}"


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float | Decimal) and not isinstance(v, bool)


def source_labels(region: str | None) -> dict[str, str]:
    """Source labels that fit the region: 自治区级 in an autonomous region, 州级 / 盟级, 旗级 / 县级 / 区级."""
    labels = dict(SOURCE_LABELS)
    r = (region or "").strip()
    if "自治区" in r:
        labels["provincial"] = "自治区级资金"
    if "自治州" in r:
        labels["municipal"] = "州级资金"
    elif r.endswith("盟") or "盟" in r.replace("联盟", ""):
        labels["municipal"] = "盟级资金"
    if r.endswith("旗"):
        labels["county"] = "旗级资金"
    elif r.endswith("县"):
        labels["county"] = "县级资金"
    elif r.endswith("区") and not r.endswith("自治区"):
        labels["county"] = "区级资金"
    return labels


def adjustment(ex: ExecutionRow, unit: str) -> str | None:
    if ex.initial is None or ex.annual is None:
        return None
    diff = ex.annual - ex.initial
    if diff == 0:
        return "年中未调整预算"
    verb = "追加" if diff > 0 else "调减"
    return f"年中{verb}预算{number_text(abs(diff))}{unit}"


def says_balance(figures: Figures) -> bool:
    """Whether the figures themselves call money 结余 (anywhere but their provenance notes)."""
    data = {k: v for k, v in figures.to_dict().items() if k not in METADATA_KEYS}
    return "结余" in json.dumps(data, ensure_ascii=False)


def balance_text(ex: ExecutionRow, unit: str, balance_named: bool) -> str | None:
    """What is left: 无结余 only when everything received was spent; 结余 only when the figures say so."""
    if ex.spent is None:
        return None
    if ex.received is not None:
        left = ex.received - ex.spent
        if left == 0:
            return "到位资金已全部支出，无结余。"
        if left < 0:
            return None  # spent more than received: a note to verify (chains.draft.notes)
        if balance_named:
            return f"结余资金{number_text(left)}{unit}，【结余原因及处理方式：待补充】。"
        return (f"到位资金中尚有{number_text(left)}{unit}未支出，【未支出原因：待补充】，"
                "【资金去向（结转下年使用或按规定收回）：待补充】。")
    if ex.annual is None or ex.annual == 0:
        return None
    unspent = ex.annual - ex.spent
    if unspent == 0:
        return "全年预算已全部执行。"
    if unspent > 0:
        return (f"未执行资金{number_text(unspent)}{unit}，【未执行原因：待补充】，"
                "【资金去向（结转下年使用或按规定收回）：待补充】。")
    return None  # spending above the budget: a note to verify


def funds_notes(ex: ExecutionRow) -> list[str]:
    """Sentences of the funds section beside the amounts (the reasons are asked for under 存在的问题)."""
    if ex.rate is not None and ex.rate < Decimal(90):
        return ["预算执行率低于90%，原因见本报告“存在的问题”部分。"]
    if ex.rate is not None and ex.rate > Decimal(100):
        return ["全年执行数超过全年预算数，原因见本报告“存在的问题”部分。"]
    return []


def sources(figures: Figures, unit: str) -> list[dict[str, str]]:
    if figures.sources is None:
        return []
    labels = source_labels(figures.region)
    out = []
    for key, value in figures.sources.model_dump(exclude_unset=True).items():
        if _is_number(value):
            label = labels.get(key) or FIELD_NAMES_ZH.get(key) or f"其他来源（{key}）"
            out.append({"key": key, "label": label, "amount": money_text(value, unit) or ""})
    return out


def spent_by_source(figures: Figures) -> tuple[list[dict[str, str]], dict[str, str] | None, str | None]:
    """``spent_by_source`` as rows of a small table (来源, 全年预算数, 全年执行数, 执行率) with its 合计 row.

    Written only when every source has its budget and its spending and the columns add up to the budget
    figures (else a reader — and the checker — would take a part for the whole): ``(rows, total, None)``;
    otherwise ``([], None, why)`` and the reason goes to the 审核意见.
    """
    raw = (figures.model_extra or {}).get("spent_by_source")
    if not isinstance(raw, dict) or not raw:
        return [], None, None
    budget = figures.sources.model_dump(exclude_unset=True) if figures.sources is not None else {}
    keys = [k for k in budget if k in raw] + [k for k in raw if k not in budget]
    if not all(_is_number(budget.get(k)) and _is_number(raw.get(k)) for k in keys) or set(budget) - set(raw):
        return [], None, "分资金来源的支出（spent_by_source）与资金来源（sources）不能逐项对应"
    labels = source_labels(figures.region)
    rows, budgets, spents = [], Decimal(0), Decimal(0)
    for k in keys:
        b, sp = dec(budget[k]) or Decimal(0), dec(raw[k]) or Decimal(0)
        budgets, spents = budgets + b, spents + sp
        rate = execution_rate(sp, b)
        rows.append({"label": labels.get(k) or FIELD_NAMES_ZH.get(k) or f"其他来源（{k}）", "budget": number_text(b),
                     "spent": number_text(sp), "rate": f"{rate}%" if rate is not None else "—"})
    annual = dec(figures.budget.annual) if figures.budget else None
    spent = dec(figures.budget.spent) if figures.budget else None
    if (annual is not None and annual != budgets) or (spent is not None and spent != spents):
        return [], None, (f"分资金来源的预算合计{number_text(budgets)}、支出合计{number_text(spents)}"
                          "与全年预算数、全年执行数不一致")
    rate = execution_rate(spents, budgets)
    total = {"budget": number_text(budgets), "spent": number_text(spents), "rate": f"{rate}%" if rate is not None else "—"}
    return rows, total, None


def components(figures: Figures, unit: str) -> list[dict[str, str]]:
    """``components`` given as {名称: 金额}: ``[{name, amount}]``."""
    raw = (figures.model_extra or {}).get("components")
    if not isinstance(raw, dict):
        return []
    return [{"name": str(name), "amount": money_text(v, unit) or ""} for name, v in raw.items() if _is_number(v)]


def components_total(figures: Figures, unit: str) -> str | None:
    raw = (figures.model_extra or {}).get("components")
    if not isinstance(raw, dict):
        return None
    values = [dec(v) for v in raw.values() if _is_number(v)]
    if len(values) < 2:
        return None
    return money_text(sum((v for v in values if v is not None), Decimal(0)), unit)


def component_parts(figures: Figures, table: ScoreTable) -> dict[str, Any]:
    """``components`` given as a list of sub-projects: table rows of their money (a 合计 row when the parts
    add up to the budget figures) and one sentence with their scores and, when they are what is scored
    (``score_figures`` takes their mean as the total), the mean. Scores stay out of the table: a score
    column is read as the 自评表."""
    raw = (figures.model_extra or {}).get("components")
    out: dict[str, Any] = {"component_parts": [], "component_count": 0, "component_total": None, "component_scores": None}
    if not isinstance(raw, list):
        return out
    every = [p for p in raw if isinstance(p, dict) and p.get("name")]
    nested = _nested(every)
    for i, p in enumerate(every):
        rate = execution_rate(_dec(p.get("spent")), _dec(p.get("budget")))
        lead = "其中：" if i in nested else ""
        out["component_parts"].append({
            "name": lead + str(p["name"]), "budget": _cell(p.get("budget")), "received": _cell(p.get("received")),
            "spent": _cell(p.get("spent")), "rate": f"{rate}%" if rate is not None else "—",
        })  # fmt: skip
    parts = [p for i, p in enumerate(every) if i not in nested]
    out["component_count"] = len(parts)
    sums = {k: _sum(parts, k) for k in ("budget", "received", "spent")}
    given = {"budget": "annual", "received": "received", "spent": "spent"}
    budget = figures.budget.model_dump() if figures.budget is not None else {}
    agree = all(sums[k] is None or budget.get(given[k]) is None or sums[k] == _dec(budget.get(given[k])) for k in sums)
    if not agree:
        out["component_note"] = "各子项目的预算、到位或执行数合计与关键数据中的总数不一致，子项目表未列合计行"
    if len(parts) > 1 and agree:
        rate = execution_rate(sums["spent"], sums["budget"])
        out["component_total"] = {k: _cell(v) for k, v in sums.items()} | {"rate": f"{rate}%" if rate is not None else "—"}
    scored = [(str(p["name"]), _dec(p.get("score")), p.get("grade")) for p in parts if _is_number(p.get("score"))]
    if scored:
        items = "，".join(f"{n}{q2(v)}分" + (f"（{g or grade_for(q2(v), table.rules)}）") for n, v, g in scored if v is not None)
        mean = f"，平均{table.total}分" if table.total_source == "components" and table.total is not None else ""
        out["component_scores"] = f"各子项目自评得分：{items}{mean}。"
    return out


def _nested(parts: list[dict[str, Any]]) -> set[int]:
    """Indices of the parts that are items of the part before them: "项目支出 174.26" followed by three parts whose
    budgets (and spending, when given) add up to exactly its own."""
    out: set[int] = set()
    i = 0
    while i < len(parts):
        end = _items_end(parts, i)
        out |= set(range(i + 1, end))
        i = end if end > i + 1 else i + 1
    return out


def _items_end(parts: list[dict[str, Any]], i: int) -> int:
    for key in ("budget", "spent"):
        if _dec(parts[i].get(key)) is None:
            return 0
    for end in range(i + 3, len(parts) + 1):
        run = parts[i + 1 : end]
        if all(_sum(run, k) == _dec(parts[i].get(k)) for k in ("budget", "spent")):
            return end
    return 0


def _dec(v: Any) -> Decimal | None:
    return dec(v) if _is_number(v) else None


def _cell(v: Any) -> str:
    return number_text(v) if _is_number(v) else "—"


def _sum(parts: list[dict[str, Any]], key: str) -> Decimal | None:
    values = [p.get(key) for p in parts]
    if not all(_is_number(v) for v in values):
        return None
    return sum((dec(v) or Decimal(0) for v in values), Decimal(0))
