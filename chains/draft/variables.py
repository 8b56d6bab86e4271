"""The values a section template (or a model prompt) is filled from: ``build_context(figures, table)``.

Every value is text as it will be printed, or ``None``/empty when the figures do not give it, so a
template can say 待补充 instead of guessing. Amounts keep every decimal the figures carry (at least two,
rules §8), rates and scores are printed with two decimals. The variables are listed in
``prompts/specs/README.md``; a new spec may use any of them. The funds values come from
``chains.draft.funds``, the results in prose and the shortfall skeletons from ``chains.draft.results``;
notes to verify never enter the context (``chains.draft.notes``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from chains.draft.funds import (
    SOURCE_LABELS,
    adjustment,
    balance_text,
    component_parts,
    components,
    components_total,
    funds_notes,
    money_text,
    number_text,
    says_balance,
    sources,
    spent_by_source,
)
from chains.draft.notes import extra_facts
from chains.draft.results import group_of, lost_line, pct, problem_context, score_text, shortfalls, summary
from chains.figures import Figures
from chains.score import ScoreRow, ScoreTable, score_figures

HUNDRED = Decimal(100)

__all__ = ["NOT_SEPARATE", "SOURCE_LABELS", "build_context", "money_text", "number_text", "pct", "score_text"]

#: the execution cells of a scheme that scores execution inside other rows (决策/过程/产出/效益)
NOT_SEPARATE = "—（不单列）"


def build_context(figures: Figures, table: ScoreTable | None = None) -> dict[str, Any]:
    """Every variable a template may use; see ``prompts/specs/README.md``."""
    table = table if table is not None else score_figures(figures)
    unit = figures.money_unit
    b = figures.budget
    ex = table.execution
    ctx: dict[str, Any] = {
        "project_name": figures.project_name,
        "year": figures.year,
        "title_year": "" if str(figures.year) in figures.project_name else f"{figures.year}年度",
        "department": figures.department,
        "region": figures.region,
        "category": figures.category,
        "content": figures.content,
        "goals": figures.goals,
        "unit": unit,
        "initial": money_text(b.initial, unit) if b else None,
        "annual": money_text(b.annual, unit) if b else None,
        "received": money_text(b.received, unit) if b else None,
        "spent": money_text(b.spent, unit) if b else None,
        "received_rate": pct(ex.received_rate),
        "execution_rate": pct(ex.rate),
        "signature_unit": figures.department,
        "signature_date": "年 月 日",
        "extra_facts": extra_facts(figures),
        "indicator_count": len(table.rows),
    }
    ctx["adjustment"] = adjustment(ex, unit)
    ctx["balance_text"] = balance_text(ex, unit, says_balance(figures))
    ctx["sources"] = sources(figures, unit)
    ctx["source_rows"], ctx["source_total"], _ = spent_by_source(figures)
    ctx["components"] = components(figures, unit)
    ctx["components_total"] = components_total(figures, unit)
    ctx.update(component_parts(figures, table))
    ctx["funds_notes"] = funds_notes(ex)

    separate = ex.weight_source != "none"
    ctx["execution_separate"] = separate
    ctx["execution_weight"] = score_text(ex.weight) if separate else None
    ctx["execution_score"] = score_text(ex.score_used) if separate else None
    ctx.update(_indicator_context(table))

    ctx["level1_scores"] = _level1_scores(table)
    ctx["total_score"] = score_text(table.total)
    ctx["grade"] = table.grade
    ctx["grade_note"] = _grade_note(table)
    ctx["score_parts"] = _score_parts(table, ctx["execution_rate"], ctx["level1_scores"])
    ctx["max_score"] = score_text(table.max_score)
    found = shortfalls(table, unit, ctx["annual"], ctx["spent"])
    ctx["lost_points"] = lost_line(table, found)
    ctx.update(problem_context(figures, table, found))
    ctx["other_notes"] = []
    ctx.update(_table_cells(table, unit))
    return ctx


def _indicator_context(table: ScoreTable) -> dict[str, Any]:
    """Rows by group, each group's results in prose, and what to say of a group with no rows."""
    ctx: dict[str, Any] = {}
    rows = [_row(r) for r in table.rows]
    groups: dict[str, list[dict[str, Any]]] = {"outputs": [], "benefits": [], "satisfaction": [], "other": []}
    scored: dict[str, list[ScoreRow]] = {"outputs": [], "benefits": [], "satisfaction": [], "other": []}
    for r, row in zip(table.rows, rows, strict=True):
        groups[group_of(r)].append(row)
        scored[group_of(r)].append(r)
    # rows with a target, or weighted rows still owing one (scored process rows such as 项目决策 carry none)
    ctx["target_rows"] = [
        row for r, row in zip(table.rows, rows, strict=True) if r.target or (r.weight is not None and r.stated_score is None)
    ]
    ctx["target_groups"] = _by_level1(ctx["target_rows"])
    for name in groups:
        ctx[f"{name}_rows"] = groups[name]
    first = next((g for g in ("outputs", "benefits", "satisfaction") if scored[g]), None)
    for name in ("outputs", "benefits", "satisfaction"):
        ctx[f"{name}_summary"] = summary(scored[name], name, first=name == first)
    ctx["other_summary"] = _other_summary(scored["other"], _level1_scores(table))
    ctx["outputs_missing"] = "待补充：产出指标（数量、质量、时效、成本）的年度指标值和实际完成值。"
    ctx["benefits_missing"] = _merged_into(table, "效益", "效益指标") or (
        "待补充：效益指标（经济、社会、生态效益及可持续影响）的年度指标值和实际完成情况。")
    ctx["satisfaction_missing"] = _satisfaction_missing(table)
    return ctx


def _satisfaction_missing(table: ScoreTable) -> str:
    """What to say when no row is a satisfaction indicator — never that there is none unless the table shows it."""
    if not table.rows:
        return "待补充：服务对象满意度指标的年度指标值和实际完成值（关键数据未提供绩效指标）。"
    merged = _merged_into(table, "满意", "服务对象满意度指标")
    if merged:
        return merged
    return "本项目自评表未设置满意度指标。【如开展了服务对象满意度调查，请补充调查方式和结果】"


def _merged_into(table: ScoreTable, word: str, what: str) -> str | None:
    """A group with no rows of its own whose indicators are scored inside a combined row (“产出、效益、满意度
    指标（合计）”): say so, and leave the results to be written."""
    inside = next((r for r in table.rows if group_of(r) == "other" and word in r.level1 + r.level2 + r.name), None)
    if inside is None:
        return None
    path = "—".join(p for p in (inside.level1, inside.level2) if p)
    return f"{what}未单列，已并入{path}“{inside.name}”计分。【{what}的完成情况：待补充】"


def _other_summary(rows: list[ScoreRow], levels: list[dict[str, str]]) -> list[str]:
    """Rows outside 产出/效益/满意度 (决策, 过程, 管理 …) in one sentence per 一级指标, with the weight and
    score of the whole 一级指标 when ``_level1_scores`` has them (never a partial sum)."""
    order: dict[str, list[ScoreRow]] = {}
    for r in rows:
        order.setdefault(r.level1 or "其他指标", []).append(r)
    sums = {lv["name"]: f"，分值{lv['weight']}分，得分{lv['score']}分" for lv in levels}
    return [f"{level}类指标" + "、".join(f"“{r.name}”" for r in group) + f"{sums.get(level, '')}。"
            for level, group in order.items()]


# -- pieces ----------------------------------------------------------------------------------------


def _row(r: ScoreRow) -> dict[str, Any]:
    remarks: list[str] = []
    if r.deviation_note:
        remarks.append(f"偏差原因：{r.deviation_note.rstrip('。')}。")
    for flag in r.flags:
        if flag == "需说明偏差原因":
            if r.judgement in ("partly_achieved", "not_achieved"):
                remarks.append("待补充：未完全达成的原因。")
            elif r.deviation is not None and r.deviation > 0:
                remarks.append("待补充：超额完成的原因（是否目标设置偏低）。")
            else:
                remarks.append("待补充：未完成的原因。")
        elif flag == "缺少实际完成值":
            remarks.append("待补充：实际完成值。")
        elif flag == "缺少年度指标值":
            remarks.append("待补充：年度指标值。")
        # other flags are notes to verify: the 审核意见 list (chains.draft.notes), never the body
    path = "—".join(p for p in (r.level1, r.level2) if p)
    return {
        "level1": r.level1,
        "level2": r.level2,
        "path": path,
        "name": r.name,
        "target": r.target,
        "actual": r.actual,
        "completion": pct(r.completion),
        "weight": score_text(r.weight),
        "score": score_text(r.score_used),
        "deviation_note": r.deviation_note,
        "remark": "".join(remarks),
        "flags": list(r.flags),
    }


def _level1_scores(table: ScoreTable) -> list[dict[str, str]]:
    """Weight and score per 一级指标, only for levels whose every weighted row has a score (no partial sums)."""
    order: list[str] = []
    groups: dict[str, list[ScoreRow]] = {}
    for r in table.rows:
        if r.level1 and r.level1 not in groups:
            order.append(r.level1)
        groups.setdefault(r.level1, []).append(r)
    out = []
    for name in order:
        rows = [r for r in groups[name] if r.weight is not None]  # unweighted rows are details of a block
        if rows and all(r.score_used is not None for r in rows):
            weight = sum((r.weight for r in rows if r.weight is not None), Decimal(0))
            score = sum((r.score_used for r in rows if r.score_used is not None), Decimal(0))
            out.append({"name": name, "weight": score_text(weight) or "", "score": score_text(score) or ""})
    return out


def _by_level1(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows grouped by 一级指标 in the order they first appear: ``[{level1, rows}]``."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault(r["level1"] or "其他指标", []).append(r)
    return [{"level1": k, "rows": v} for k, v in groups.items()]


def _score_parts(table: ScoreTable, rate: str | None, levels: list[dict[str, str]]) -> list[str]:
    """How the total is made up: the execution score (as ``score_figures`` has it), then each 一级指标."""
    if table.total_source == "components":
        return []  # the total is the sub-projects' mean, shown in their table
    ex = table.execution
    parts = []
    if ex.weight_source == "none" and rate:
        parts.append(f"预算执行率{rate}（不单列计分）")
    elif ex.score_used is not None and rate:
        parts.append(f"预算执行率{rate}，得分{score_text(ex.score_used)}分（分值{score_text(ex.weight)}分）")
    return parts + [f"{lv['name']}得分{lv['score']}分（分值{lv['weight']}分）" for lv in levels]


def _grade_note(table: ScoreTable) -> str | None:
    if table.total_source == "components":
        return "总分为各子项目自评得分的平均值。"
    if table.total_stated is None and table.total_computed is not None:
        return "总分由各项得分按评分规则计算。"
    return None


#: 万元 per unit of the figures: the 自评表 is in 万元 (MOF layout), converted exactly
_TO_WAN = {"元": Decimal("0.0001"), "万元": Decimal(1), "亿元": Decimal(10000)}


def _table_cells(table: ScoreTable, unit: str) -> dict[str, Any]:
    """The 自评表 cells: execution weight, score, total and grade exactly as ``score_figures`` has them."""
    ex = table.execution
    dash = "—"
    separate = ex.weight_source != "none"

    factor = _TO_WAN.get(unit, Decimal(1))

    def amount(v: Decimal | None) -> str:
        return dash if v is None else number_text((v * factor).normalize() if factor != 1 else v)

    cells: dict[str, Any] = {
        "table_unit": "万元",
        "initial_cell": amount(ex.initial),
        "annual_cell": amount(ex.annual),
        "spent_cell": amount(ex.spent),
        "execution_weight_cell": score_text(ex.weight) if separate else NOT_SEPARATE,
        "execution_rate_cell": pct(ex.rate) or dash,
        "execution_score_cell": (score_text(ex.score_used) or dash) if separate else NOT_SEPARATE,
    }
    # weights given for some rows only: the others' weights and scores are still to fill, not absent
    partial = any(r.weight is not None for r in table.rows) and any(r.weight is None for r in table.rows)
    owed = "待补充" if partial else dash
    table_rows = []
    for r in table.rows:
        note = _note_cell(r)
        table_rows.append(
            {
                "level1": r.level1 or dash,
                "level2": r.level2 or dash,
                "name": r.name,
                "target_cell": r.target or "待补充",
                "actual_cell": r.actual or "待补充",
                "weight_cell": score_text(r.weight) or owed,
                "score_cell": score_text(r.score_used) or (owed if r.weight is None else dash),
                "note_cell": note,
            }
        )
    cells["table_rows"] = table_rows
    weights = sum((r.weight for r in table.rows if r.weight is not None), Decimal(0))
    shown_max = weights + (ex.weight if separate else Decimal(0))
    weighted = any(r.weight is not None for r in table.rows)
    # weights short of 100 with every row weighted: the figures list part of the table; the rest is a slot
    cells["rows_missing"] = weighted and shown_max < HUNDRED and all(r.weight is not None for r in table.rows)
    full = cells["rows_missing"] or partial and shown_max < HUNDRED
    cells["max_score_cell"] = score_text(HUNDRED if full else shown_max) if weighted else dash
    cells["total_cell"] = score_text(table.total) or "待补充"
    notes = []
    if any(r.stated_score is None and r.computed_score is not None for r in table.rows):
        notes.append("注：未填报得分的指标，得分按评分规则计算。")
    cells["table_notes"] = notes
    return cells


def _note_cell(r: ScoreRow) -> str:
    """The 偏差原因分析 cell: the user's note, else what is still owed."""
    if r.deviation_note:
        return r.deviation_note
    if "需说明偏差原因" in r.flags:
        return "待补充"
    return ""
