"""Scoring of the 项目支出绩效自评表 by ``shared/domain/rules.md`` §4–§6: ``score_figures(figures) -> ScoreTable``.

Pure: no I/O. Every number is a ``Decimal`` rounded ROUND_HALF_UP to 2 places. Scores the user gave are
kept (``score_used``) and every disagreement with the rules is reported in ``row.flags`` and
``table.problems``; nothing is silently "corrected". Values that cannot be computed stay ``None``
(printed "—" or 待补充 by the drafter), never guessed. The types live in ``chains.score.types``, the
per-row rules in ``chains.score.indicators``; both are re-exported here.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from chains.figures import Figures, dec
from chains.score.indicators import (
    execution_rate,
    execution_score,
    grade_for,
    is_execution_row,
    judge_qualitative,
    normalise_grade,
    quantitative_score,
    score_indicator,
)
from chains.score.types import (
    DEFAULT_RULES,
    HUNDRED,
    NEEDS_EXPLANATION,
    Q2,
    ZERO,
    ExecutionRow,
    Judgement,
    Problem,
    ScoreRow,
    ScoreTable,
    ScoringRules,
    Severity,
    q2,
)
from chains.vocabulary import total_rounded

__all__ = [
    "DEFAULT_RULES", "HUNDRED", "NEEDS_EXPLANATION", "Q2", "ZERO", "ExecutionRow", "Judgement", "Problem",
    "ScoreRow", "ScoreTable", "ScoringRules", "Severity", "execution_rate", "execution_score", "grade_for",
    "judge_qualitative", "normalise_grade", "q2", "quantitative_score", "score_figures", "score_indicator",
    "component_mean",
]  # fmt: skip


def score_figures(figures: Figures, rules: ScoringRules = DEFAULT_RULES) -> ScoreTable:
    """The scored 绩效自评表 of ``figures``. Pure; never raises on incomplete figures."""
    indicators = list(figures.indicators or [])
    exec_index = next((i for i, ind in enumerate(indicators) if is_execution_row(ind)), None)
    rows = [score_indicator(i, ind, rules) for i, ind in enumerate(indicators) if i != exec_index]
    problems: list[Problem] = []

    weights = [r.weight for r in rows if r.weight is not None]
    indicator_weight_sum = sum(weights, ZERO)
    if exec_index is not None:
        exec_weight = dec(indicators[exec_index].weight) or rules.default_execution_weight
    elif rules.execution_weight is not None:
        exec_weight = rules.execution_weight
    elif weights and indicator_weight_sum == HUNDRED:
        exec_weight = ZERO
    else:
        exec_weight = rules.default_execution_weight
    execution = _execution_row(figures, exec_weight, exec_index, rules, problems)
    if exec_index is not None:
        execution.weight_source = "figures"
    elif rules.execution_weight is None and exec_weight == 0:
        execution.weight_source = "none"

    max_score = q2(indicator_weight_sum + exec_weight)
    _weight_problems(figures, rows, execution, max_score, problems)

    for r in rows:
        for flag in r.flags:
            code, severity = _flag_code(flag)
            problems.append(Problem(code, severity, f"“{r.name}”：{flag}", f"indicators[{r.index}]"))

    weighted = [r for r in rows if r.weight is not None]
    parts = [r.score_used for r in weighted]
    if execution.weight:
        parts.append(execution.score_used)
    # A computed total only where the weights are complete: a sum over part of the table is no total.
    known = [p for p in parts if p is not None]
    complete = bool(weighted) and max_score == HUNDRED and len(known) == len(parts)
    total_computed = q2(sum(known, ZERO)) if complete else None
    total_stated = _stated_total(figures, total_computed, problems)
    total_computed, total_source = _total_source(figures, total_stated, total_computed)
    total = total_stated if total_stated is not None else total_computed
    scored = [r.score_used for r in rows if r.score_used is not None]
    rows_sum = q2(sum(scored, ZERO)) if scored else None
    all_scored = bool(weighted) and all(r.score_used is not None for r in weighted)
    _total_problems(total_stated, total_computed, max_score, rows_sum, all_scored, problems)

    grade_stated = figures.grade.strip() if figures.grade else None
    grade_computed = grade_for(total, rules) if total is not None else None
    grade = grade_stated or grade_computed
    if grade_stated and total is None:
        problems.append(Problem("grade_without_score", "warning", f"填报了评价等级“{grade_stated}”但没有自评总分，等级无法核实", "grade"))
    elif grade_stated and grade_computed and normalise_grade(grade_stated) != grade_computed:
        problems.append(
            Problem(
                "grade_mismatch", "error",
                f"评价等级“{grade_stated}”与总分{total}分不符，按评分等级应为“{grade_computed}”", "grade",
            )
        )  # fmt: skip
    if total is None:
        problems.append(Problem("missing_figure", "warning", "缺少自评总分，且各项得分不全，无法计算", "total_score"))
    return ScoreTable(
        rows=rows,
        execution=execution,
        max_score=max_score,
        total_computed=total_computed,
        total_stated=total_stated,
        total=total,
        grade_computed=grade_computed,
        grade_stated=grade_stated,
        grade=grade,
        problems=problems,
        rules=rules,
        total_source=total_source,
    )


def _stated_total(figures: Figures, computed: Decimal | None, problems: list[Problem]) -> Decimal | None:
    """The stated total, or None when it is the rows' sum written with fewer decimals (98 for 97.60)."""
    raw = dec(figures.total_score)
    if raw is not None and computed is not None and raw != computed and total_rounded(raw, computed):
        problems.append(Problem("total_rounded", "info", f"自评总分填报为{raw}分，为各项得分合计{computed}分的取整，"
                                f"报告按{computed}分书写", "total_score"))  # fmt: skip
        return None
    return q2(raw) if raw is not None else None


def _total_source(
    figures: Figures, stated: Decimal | None, computed: Decimal | None
) -> tuple[Decimal | None, Literal["stated", "rows", "components"] | None]:
    """The computed total and where the total comes from; sub-projects scored on their own give their mean."""
    if stated is not None:
        return computed, "stated"
    if computed is not None:
        return computed, "rows"
    mean = component_mean(figures)
    return (mean, "components") if mean is not None else (None, None)


def component_mean(figures: Figures) -> Decimal | None:
    """The mean score of the sub-projects (``components`` as a list of parts), when every part has a score.

    A project funded in several streams, each scored on its own table, is scored as their mean (rules §7 I10,
    seed 004: (98 + 100 + 98) / 3 = 98.67).
    """
    parts = (figures.model_extra or {}).get("components")
    if not isinstance(parts, list) or not parts:
        return None
    scores = [p.get("score") if isinstance(p, dict) else None for p in parts]
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in scores):
        return None
    values = [dec(v) for v in scores]
    return q2(sum((v for v in values if v is not None), ZERO) / len(values))


def _flag_code(flag: str) -> tuple[str, Severity]:
    if flag == NEEDS_EXPLANATION:
        return "deviation_unexplained", "warning"
    if "超过分值" in flag:
        return "score_exceeds_weight", "error"
    if "比率不可能" in flag:
        return "implausible_rate", "error"
    if "单位" in flag:
        return "unit_mismatch", "error"  # errors.md: a completion that cannot be computed is an error
    if "按评分规则" in flag or "档次" in flag:
        return "score_rule_mismatch", "warning" if "按评分规则" in flag else "info"
    if "超额完成" in flag:
        return "deviation_unexplained", "info"
    return "missing_figure", "warning"


def _execution_row(
    figures: Figures, weight: Decimal, exec_index: int | None, rules: ScoringRules, problems: list[Problem]
) -> ExecutionRow:
    b = figures.budget
    annual = dec(b.annual) if b else None
    spent = dec(b.spent) if b else None
    received = dec(b.received) if b else None
    initial = dec(b.initial) if b else None
    rate = execution_rate(spent, annual)
    received_rate = execution_rate(received, annual)
    computed = execution_score(execution_rate(spent, annual, exact=True), weight)
    stated = None
    if exec_index is not None:
        stated = dec((figures.indicators or [])[exec_index].score)
    if received is not None:
        balance = received - spent if spent is not None else None
    else:
        balance = annual - spent if annual is not None and spent is not None else None
    row = ExecutionRow(
        initial=initial, annual=annual, spent=spent, received=received, weight=q2(weight), rate=rate,
        received_rate=received_rate, balance=balance, computed_score=computed, stated_score=stated,
        score_used=stated if stated is not None else computed, from_indicator=exec_index,
    )  # fmt: skip
    if annual is None:
        problems.append(Problem("missing_figure", "warning", "缺少全年预算数，无法计算预算执行率", "budget.annual"))
    if spent is None:
        problems.append(Problem("missing_figure", "warning", "缺少全年执行数，无法计算预算执行率", "budget.spent"))
    if annual == 0:
        row.flags.append("全年预算数为0，预算执行率无法计算")
        problems.append(Problem("implausible_rate", "warning", "全年预算数为0，预算执行率无法计算（显示为“—”）", "budget.annual"))
    if rate is not None and rate > HUNDRED:
        row.needs_explanation = True
        row.flags.append(f"执行数超过预算（执行率{rate}%），得分按满分封顶，需说明原因")
        problems.append(
            Problem("implausible_rate", "error", f"全年执行数超过全年预算数，预算执行率{rate}%，需核实并说明原因", "budget.spent")
        )
    elif rate is not None and rate < rules.execution_explain_below:
        row.needs_explanation = True
        row.flags.append(f"预算执行率{rate}%，低于{rules.execution_explain_below}%，需说明原因")
        problems.append(
            Problem(
                "deviation_unexplained", "warning",
                f"预算执行率{rate}%，低于{rules.execution_explain_below}%，报告中需说明原因", "budget.spent",
            )
        )  # fmt: skip
    if received is not None and spent is not None and spent > received:
        problems.append(Problem("implausible_rate", "error", "全年执行数大于实际到位资金，需核实", "budget.spent"))
    if received is not None and annual is not None and received > annual:
        problems.append(
            Problem("implausible_rate", "error", "实际到位资金大于全年预算数，到位率超过100%，需核实", "budget.received")
        )
    if stated is not None and computed is not None and stated != computed:
        row.flags.append(f"按评分规则应得{computed}分，填报{stated}分")
        problems.append(
            Problem("score_rule_mismatch", "warning", f"预算执行率得分填报{q2(stated)}分，按评分规则应为{computed}分", "indicators")
        )
    if stated is not None and stated > weight:
        problems.append(Problem("score_exceeds_weight", "error", f"预算执行率得分{q2(stated)}超过分值{q2(weight)}", "indicators"))
    return row


def _weight_problems(
    figures: Figures, rows: list[ScoreRow], execution: ExecutionRow, max_score: Decimal, problems: list[Problem]
) -> None:
    if not rows:
        problems.append(Problem("missing_figure", "warning", "未填报绩效指标，自评表不完整", "indicators"))
        return
    unweighted = [r for r in rows if r.weight is None]
    if len(unweighted) == len(rows):
        problems.append(Problem("missing_figure", "warning", "各绩效指标均未填报分值，无法计分", "indicators"))
        return
    if max_score != HUNDRED:
        rows_sum = q2(max_score - execution.weight)
        if execution.weight_source == "rules":
            message = (
                f"各指标分值合计{rows_sum}分，加上预算执行率分值{execution.weight}分（关键数据未给出，按常规计）"
                f"共{max_score}分，不等于100分"
            )
        else:
            message = f"分值合计为{max_score}分（含预算执行率{execution.weight}分），不等于100分"
        problems.append(Problem("weight_sum_mismatch", "error", message, "indicators"))
    level1s = {r.level1 for r in rows}
    has_satisfaction = any("满意" in (r.level1 + r.level2 + r.name) for r in rows)
    if not has_satisfaction:
        problems.append(
            Problem(
                "missing_figure" if max_score != HUNDRED else "indicator_definition", "info",
                "未设置满意度指标" + ("，分值合计为100，符合规定（满意度分值已并入其他指标）" if max_score == HUNDRED else ""),
                "indicators",
            )
        )  # fmt: skip
    standard = {"产出指标": Decimal(50), "效益指标": Decimal(30), "满意度指标": Decimal(10)}
    if has_satisfaction and max_score == HUNDRED:
        sums: dict[str, Decimal] = {}
        for r in rows:
            if r.weight is not None:
                sums[r.level1] = sums.get(r.level1, ZERO) + r.weight
        if sums != standard or execution.weight != 10:
            problems.append(
                Problem("weight_nonstandard", "info", "一级指标权重与常规的 10/50/30/10 不同（允许，仅提示）", "indicators")
            )
    elif not has_satisfaction and max_score == HUNDRED and not level1s <= {"产出指标", "效益指标"}:
        problems.append(Problem("weight_nonstandard", "info", "一级指标设置与常规的产出/效益/满意度不同（允许，仅提示）", "indicators"))


def _total_problems(
    stated: Decimal | None,
    computed: Decimal | None,
    max_score: Decimal,
    rows_sum: Decimal | None,
    all_scored: bool,
    problems: list[Problem],
) -> None:
    if stated is not None and stated > max_score:
        problems.append(
            Problem(
                "score_sum_mismatch", "error",
                f"自评总分{stated}分超过各项分值合计{max_score}分，表内各行无法得到该总分，需补全指标或核实总分",
                "total_score",
            )
        )  # fmt: skip
    elif stated is not None and computed is not None and stated != computed:
        problems.append(
            Problem("score_sum_mismatch", "error", f"自评总分{stated}分与各项得分合计{computed}分不符", "total_score")
        )
    elif stated is not None and computed is None and rows_sum is not None and rows_sum > stated:
        problems.append(
            Problem("score_sum_mismatch", "error", f"各指标得分合计{rows_sum}分已超过自评总分{stated}分", "total_score")
        )
    elif stated is not None and computed is None and rows_sum is not None and all_scored and rows_sum != stated:
        problems.append(
            Problem(
                "score_sum_mismatch", "error",
                f"自评总分{stated}分与表内各指标得分合计{rows_sum}分不一致（预算执行率得分未给出，无法核实差额）",
                "total_score",
            )
        )  # fmt: skip
