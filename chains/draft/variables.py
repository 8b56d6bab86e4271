"""The values a section template (or a model prompt) is filled from: ``build_context(figures, table)``.

Every value is text as it will be printed, or ``None``/empty when the figures do not give it, so a
template can say 待补充 instead of guessing. Amounts keep every decimal the figures carry (at least two,
rules §8), rates and scores are printed with two decimals. The variables are listed in
``prompts/specs/README.md``; a new spec may use any of them.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from chains.figures import FIELD_NAMES_ZH, Figures, dec
from chains.score import HUNDRED, ExecutionRow, ScoreRow, ScoreTable, q2, score_figures
from chains.vocabulary import says_no_problem

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
_ORDINALS = "一二三四五六七八九十"

# Problem codes that the conclusion must surface as 待核实 (the figures disagree with themselves or the rules).
_VERIFY_CODES = {
    "weight_sum_mismatch", "score_sum_mismatch", "grade_mismatch", "score_exceeds_weight",
    "score_rule_mismatch", "implausible_rate", "balance_mismatch",
}  # fmt: skip


def number_text(value: Decimal | float | int) -> str:
    """An amount as printed: every decimal the figures carry, at least two (309 → 309.00, 0.123 → 0.123)."""
    d = dec(value)
    assert d is not None
    exponent = d.as_tuple().exponent
    places = max(2, -exponent if isinstance(exponent, int) else 2)
    return f"{d:.{places}f}"


def money_text(value: float | int | Decimal | None, unit: str) -> str | None:
    return None if value is None else f"{number_text(value)}{unit}"


def pct(value: Decimal | None) -> str | None:
    return None if value is None else f"{q2(value)}%"


def score_text(value: Decimal | None) -> str | None:
    return None if value is None else f"{q2(value)}"


def execution_weight_known(table: ScoreTable) -> bool:
    """True when the execution weight comes from the figures or completes a 100-point table."""
    ex = table.execution
    return ex.from_indicator is not None or (table.max_score == HUNDRED and ex.weight > 0)


def build_context(figures: Figures, table: ScoreTable | None = None) -> dict[str, Any]:
    """Every variable a template may use; see ``prompts/specs/README.md``."""
    table = table if table is not None else score_figures(figures)
    unit = figures.money_unit
    b = figures.budget
    ex = table.execution
    ctx: dict[str, Any] = {
        "project_name": figures.project_name,
        "year": figures.year,
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
    }
    ctx["adjustment"] = _adjustment(ex, unit)
    ctx["balance_text"] = _balance_text(ex, unit)
    ctx["sources"] = _sources(figures, unit)
    ctx["components"] = _components(figures, unit)
    ctx["funds_notes"] = _funds_notes(figures, ex, unit)

    known = execution_weight_known(table)
    ctx["execution_weight"] = score_text(ex.weight) if known else None
    ctx["execution_score"] = score_text(ex.score_used) if known else None

    rows = [_row(r) for r in table.rows]
    groups: dict[str, list[dict[str, Any]]] = {"outputs": [], "benefits": [], "satisfaction": [], "other": []}
    for r, row in zip(table.rows, rows, strict=True):
        groups[_group(r)].append(row)
    # rows with a target, or weighted rows still owing one (scored process rows such as 项目决策 carry none)
    ctx["target_rows"] = [
        row for r, row in zip(table.rows, rows, strict=True) if r.target or (r.weight is not None and r.stated_score is None)
    ]
    ctx["target_groups"] = _by_level1(ctx["target_rows"])
    ctx["outputs_rows"] = groups["outputs"]
    ctx["benefits_rows"] = groups["benefits"]
    ctx["satisfaction_rows"] = groups["satisfaction"]
    ctx["other_rows"] = groups["other"]
    ctx["outputs_missing"] = "待补充：产出指标（数量、质量、时效、成本）的年度指标值和实际完成值。"
    ctx["benefits_missing"] = "待补充：效益指标（经济、社会、生态效益及可持续影响）的年度指标值和实际完成情况。"
    ctx["satisfaction_missing"] = (
        "本项目自评表未设置满意度指标。待补充：如开展了服务对象满意度调查，请补充调查方式和结果。"
    )

    ctx["level1_scores"] = _level1_scores(table)
    ctx["total_score"] = score_text(table.total)
    ctx["grade"] = table.grade
    ctx["grade_note"] = _grade_note(table)
    ctx["max_score"] = score_text(table.max_score)
    ctx["to_verify"] = _to_verify(table)
    ctx["problems"] = _enumerate(figures.problems)
    ctx["problem_hints"] = _problem_hints(figures, table)
    ctx["measures"] = _enumerate(figures.measures)
    ctx["other_notes"] = []
    ctx.update(_table_cells(table, known, unit))
    return ctx


# -- pieces ----------------------------------------------------------------------------------------


def _adjustment(ex: ExecutionRow, unit: str) -> str | None:
    if ex.initial is None or ex.annual is None:
        return None
    diff = ex.annual - ex.initial
    if diff == 0:
        return "年中未调整预算"
    verb = "追加" if diff > 0 else "调减"
    return f"年中{verb}预算{number_text(abs(diff))}{unit}"


def _balance_text(ex: ExecutionRow, unit: str) -> str | None:
    if ex.spent is None:
        return None
    if ex.received is not None:
        bal = ex.received - ex.spent
        if bal == 0:
            return "到位资金已全部支出，无结余。"
        if bal > 0:
            return f"结余资金{number_text(bal)}{unit}。待补充：结余原因及处理方式（结转下年或收回）。"
        return "待核实：全年执行数大于实际到位资金。"
    if ex.annual is None or ex.annual == 0:
        return None
    unspent = ex.annual - ex.spent
    if unspent == 0:
        return "全年预算已全部执行。"
    if unspent > 0:
        return f"未执行资金{number_text(unspent)}{unit}。待补充：未执行的原因及资金去向（结转下年或收回）。"
    return None  # spending above the budget: said in funds_notes


def _sources(figures: Figures, unit: str) -> list[dict[str, str]]:
    if figures.sources is None:
        return []
    out = []
    for key, value in figures.sources.model_dump(exclude_unset=True).items():
        if isinstance(value, int | float) and not isinstance(value, bool):
            label = SOURCE_LABELS.get(key) or FIELD_NAMES_ZH.get(key) or f"其他来源（{key}）"
            out.append({"key": key, "label": label, "amount": money_text(value, unit) or ""})
    return out


def _components(figures: Figures, unit: str) -> list[dict[str, str]]:
    raw = (figures.model_extra or {}).get("components")
    if not isinstance(raw, dict):
        return []
    return [
        {"name": str(name), "amount": money_text(v, unit) or ""}
        for name, v in raw.items()
        if isinstance(v, int | float) and not isinstance(v, bool)
    ]


def _funds_notes(figures: Figures, ex: ExecutionRow, unit: str) -> list[str]:
    notes: list[str] = []
    if ex.annual == 0:
        notes.append("待核实：全年预算数为0，预算执行率无法计算。")
    if ex.rate is not None and ex.rate > HUNDRED:
        notes.append("待核实：全年执行数超过全年预算数，预算执行率超过100%，请核实数据并说明原因。")
    elif ex.rate is not None and ex.rate < Decimal(90):
        notes.append("预算执行率低于90%。待补充：执行率偏低的原因。")
    if figures.sources is not None and ex.annual is not None:
        parts = [dec(v) for v in figures.sources.model_dump(exclude_unset=True).values() if isinstance(v, int | float)]
        total = sum((p for p in parts if p is not None), Decimal(0))
        if parts and total != ex.annual:
            notes.append(
                f"待核实：各资金来源合计{number_text(total)}{unit}，与全年预算数{number_text(ex.annual)}{unit}不一致。"
            )
    return notes


def _group(r: ScoreRow) -> str:
    l1, l2 = r.level1, r.level2
    if "产出" in l1:
        return "outputs"
    if "满意" in l1 or "满意" in l2:
        return "satisfaction"
    if "效益" in l1:
        return "benefits"
    if any(w in l2 for w in ("数量", "质量", "时效", "成本")):
        return "outputs"
    if "效益" in l2 or "影响" in l2:
        return "benefits"
    return "other"


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
        elif flag.startswith("超额完成"):
            continue  # said with the 需说明偏差原因 remark, or explained below
        else:
            remarks.append(f"待核实：{flag}。")
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


def _grade_note(table: ScoreTable) -> str | None:
    if table.total_stated is None and table.total_computed is not None:
        return "总分由各项得分按评分规则计算。"
    return None


def _to_verify(table: ScoreTable) -> list[str]:
    out = []
    for p in table.problems:
        if p.code in _VERIFY_CODES and p.severity in ("error", "warning") and not p.field.startswith("indicators["):
            if p.code == "grade_mismatch":  # the draft states one grade only: the user's, flagged
                out.append(f"评价等级“{table.grade_stated}”与自评总分{score_text(table.total)}分所在等级不符，请按评分等级核实。")
                continue
            if p.code == "score_sum_mismatch" and "分值合计" not in p.message:  # one total only: the user's
                out.append(f"自评总分{score_text(table.total)}分与表内各项得分之和不一致，请核实总分或补全各项得分。")
                continue
            out.append(p.message.rstrip("。") + "。")
    if table.grade_stated and table.total is None:
        out.append(f"填报的评价等级“{table.grade_stated}”缺少自评总分，无法核实。")
    return out


def _enumerate(items: list[str] | None) -> list[str]:
    items = [s.strip() for s in (items or []) if s and s.strip()]
    if len(items) <= 1:
        return items
    return [f"{_ORDINALS[i] if i < len(_ORDINALS) else i + 1}是{s}" for i, s in enumerate(items)]


def _problem_hints(figures: Figures, table: ScoreTable) -> list[str]:
    stated = [s.strip() for s in (figures.problems or []) if s and s.strip()]
    empty = not stated or all(says_no_problem(s) for s in stated)
    if not empty:
        return []
    reasons = []
    ex = table.execution
    if ex.rate is not None and ex.rate < HUNDRED:
        reasons.append(f"预算执行率为{pct(ex.rate)}")
    if table.total is not None and table.total < HUNDRED:
        reasons.append(f"自评得分为{score_text(table.total)}分")
    if any(r.needs_explanation for r in table.rows):
        reasons.append("部分指标未完成或偏差较大")
    if not reasons:
        return []
    lead = "关键数据填报“暂无问题”" if stated else "关键数据未列出存在的问题"
    return [f"待核实：{lead}，但{'，'.join(reasons)}，应如实说明存在的问题及原因。"]


#: 万元 per unit of the figures: the 自评表 is in 万元 (MOF layout), converted exactly
_TO_WAN = {"元": Decimal("0.0001"), "万元": Decimal(1), "亿元": Decimal(10000)}


def _table_cells(table: ScoreTable, known: bool, unit: str) -> dict[str, Any]:
    ex = table.execution
    dash = "—"

    factor = _TO_WAN.get(unit, Decimal(1))

    def amount(v: Decimal | None) -> str:
        return dash if v is None else number_text((v * factor).normalize() if factor != 1 else v)

    cells: dict[str, Any] = {
        "table_unit": "万元",
        "initial_cell": amount(ex.initial),
        "annual_cell": amount(ex.annual),
        "spent_cell": amount(ex.spent),
        "execution_weight_cell": score_text(ex.weight) if known else "待补充",
        "execution_rate_cell": pct(ex.rate) or dash,
        "execution_score_cell": (score_text(ex.score_used) or dash) if known else "待补充",
    }
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
                "weight_cell": score_text(r.weight) or dash,
                "score_cell": score_text(r.score_used) or dash,
                "note_cell": note,
            }
        )
    cells["table_rows"] = table_rows
    weights = sum((r.weight for r in table.rows if r.weight is not None), Decimal(0))
    shown_max = weights + (ex.weight if known else Decimal(0))
    cells["max_score_cell"] = score_text(shown_max) if any(r.weight is not None for r in table.rows) else dash
    cells["total_cell"] = score_text(table.total) or "待补充"
    notes = []
    if not known and ex.weight and table.rows:
        notes.append("注：预算执行率的分值未在关键数据中给出，待补充。")
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
