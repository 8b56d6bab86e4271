"""Pre-draft validation: what a user must know about the figures before a draft is written.

``validate_figures(figures) -> list[Problem]``, most serious first. ``error``: the figures disagree with
themselves or the rules (weights short of 100, a total the rows cannot reach, spent > budget, a grade
outside its band) — the draft will mark them 待核实. ``warning``: something the report needs is missing
(execution amount, actual values, total) — the draft will say 待补充. ``info``: allowed but unusual.
Pure: no I/O.
"""

from __future__ import annotations

from decimal import Decimal

from chains.figures import Figures, dec
from chains.score import Problem, ScoreTable, score_figures
from chains.vocabulary import ISSUE_LABELS, says_no_problem

_ORDER = {"error": 0, "warning": 1, "info": 2}


def validate_figures(figures: Figures, table: ScoreTable | None = None) -> list[Problem]:
    table = table if table is not None else score_figures(figures)
    issues: list[Problem] = list(table.problems)
    issues += _missing_for_drafting(figures)
    issues += _funds_consistency(figures)
    issues += _empty_problems(figures, table)
    seen: set[tuple[str, str]] = set()
    unique = []
    for p in issues:
        if (p.code, p.message) not in seen:
            seen.add((p.code, p.message))
            unique.append(p)
    return sorted(unique, key=lambda p: _ORDER[p.severity])


def _missing_for_drafting(figures: Figures) -> list[Problem]:
    out = []
    wanted = [
        ("department", figures.department, "缺少主管部门/实施单位"),
        ("goals", figures.goals, "缺少年度总体目标，“绩效目标”一节将标注待补充"),
        ("content", figures.content, "缺少项目主要内容（资金用途），“项目概况”一节将标注待补充"),
    ]
    for name, value, message in wanted:
        if not value:
            out.append(Problem("missing_figure", "info", message, name))
    if figures.budget is None or figures.budget.annual is None:
        pass  # reported by scoring
    if not figures.problems:
        out.append(Problem("missing_figure", "info", "未填写存在的问题，“存在的问题及原因”一节将标注待补充", "problems"))
    if not figures.measures:
        out.append(Problem("missing_figure", "info", "未填写改进措施，“改进措施”一节将标注待补充", "measures"))
    return out


def _funds_consistency(figures: Figures) -> list[Problem]:
    out: list[Problem] = []
    b = figures.budget
    if b is None:
        out.append(Problem("missing_figure", "warning", "缺少预算数据（全年预算数、全年执行数）", "budget"))
        return out
    annual = dec(b.annual)
    if figures.sources is not None and annual is not None:
        values = [dec(v) for v in figures.sources.model_dump(exclude_unset=True).values() if isinstance(v, int | float)]
        parts = [v for v in values if v is not None]
        total = sum(parts, Decimal(0))
        if parts and total != annual:
            out.append(
                Problem("sum_mismatch", "error", f"各资金来源合计{total}，与全年预算数{annual}不一致", "sources")
            )
    return out




def _empty_problems(figures: Figures, table: ScoreTable) -> list[Problem]:
    stated = [p.strip().rstrip("。") for p in (figures.problems or []) if p and p.strip()]
    if not stated or not all(says_no_problem(p) for p in stated):
        return []
    rate = table.execution.rate
    lost = (rate is not None and rate < 100) or (table.total is not None and table.total < 100)
    if not lost and not any(r.needs_explanation for r in table.rows):
        return []
    return [
        Problem(
            "empty_problems", "warning",
            "“存在的问题”填报为“暂无问题”，但预算执行率或得分未满、或有指标未完成，应如实说明问题及原因", "problems",
        )
    ]  # fmt: skip


def summarize(issues: list[Problem]) -> str:
    """A short Chinese list for the CLI and the app (one line per issue)."""
    label = ISSUE_LABELS
    return "\n".join(f"[{label[p.severity]}] {p.message}" for p in issues)
