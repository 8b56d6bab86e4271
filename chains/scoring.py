"""Scoring of the 项目支出绩效自评表 by ``shared/domain/rules.md`` §4–§6: ``score_figures(figures) -> ScoreTable``.

Pure: no I/O. Every number is a ``Decimal`` rounded ROUND_HALF_UP to 2 places. Scores the user gave are
kept (``score_used``) and every disagreement with the rules is reported in ``row.flags`` and
``table.problems``; nothing is silently "corrected". Values that cannot be computed stay ``None``
(printed "—" or 待补充 by the drafter), never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from .figures import Figures, Indicator, dec
from .target_values import Direction, ParsedValue, parse_date, parse_value

Severity = Literal["error", "warning", "info"]
Judgement = Literal["achieved", "partly_achieved", "not_achieved"]

Q2 = Decimal("0.01")
HUNDRED = Decimal(100)
ZERO = Decimal(0)

#: grade labels as the rules name them; synonyms map onto these (rules §6)
GRADE_SYNONYMS: dict[str, str] = {
    "优": "优", "优秀": "优",
    "良": "良", "良好": "良",
    "中": "中", "中等": "中", "一般": "中", "合格": "中",
    "差": "差", "较差": "差", "不合格": "差",
}  # fmt: skip

NEEDS_EXPLANATION = "需说明偏差原因"


def q2(value: Decimal) -> Decimal:
    """Round to 2 decimals, 四舍五入 (ROUND_HALF_UP), never banker's rounding."""
    return value.quantize(Q2, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class ScoringRules:
    """The configurable parts of the rules (rules.md marks them **[ours]** or local).

    ``execution_weight=None`` means: the weight of an indicator row named 预算执行率 if there is one; 0 when
    the indicator weights already sum to 100 (tables that score execution inside another block); else 10.
    ``lte_rule``: ``"ratio"`` = (a) w × T/A (default), ``"linear"`` = (b) w × (1 − (A−T)/T), 0 once A ≥ 2T.
    """

    execution_weight: Decimal | None = None
    default_execution_weight: Decimal = Decimal(10)
    lte_rule: Literal["ratio", "linear"] = "ratio"
    deviation_threshold: Decimal = Decimal(20)  # percent above target that needs a reason
    execution_explain_below: Decimal = Decimal(90)  # execution rate (%) below which a reason is required
    grade_bands: tuple[tuple[Decimal, str], ...] = (
        (Decimal(90), "优"),
        (Decimal(80), "良"),
        (Decimal(60), "中"),
        (Decimal(0), "差"),
    )
    qualitative_bands: tuple[tuple[str, Decimal], ...] = (
        ("achieved", Decimal("0.8")),
        ("partly_achieved", Decimal("0.6")),
        ("not_achieved", Decimal(0)),
    )


@dataclass(frozen=True)
class Problem:
    """Something about the figures as a whole that a user must know (weights, totals, missing parts).

    ``code`` is from the finding vocabulary (``chains.findings.CODES``); ``field`` names the figure involved.
    """

    code: str
    severity: Severity
    message: str
    field: str = ""


@dataclass
class ScoreRow:
    """One indicator row of the table, with what the rules compute beside what the user stated."""

    index: int  # position in ``figures.indicators``
    level1: str
    level2: str
    name: str
    target: str | None
    actual: str | None
    weight: Decimal | None
    direction: Direction | None
    completion: Decimal | None  # percent, 2 decimals; may exceed 100 (over-achievement)
    deviation: Decimal | None  # percent (A − T)/T
    computed_score: Decimal | None
    stated_score: Decimal | None
    score_used: Decimal | None
    judgement: Judgement | None = None
    deviation_note: str | None = None
    needs_explanation: bool = False
    explained: bool = False
    flags: list[str] = field(default_factory=list)

    @property
    def score_source(self) -> Literal["stated", "computed"] | None:
        if self.stated_score is not None:
            return "stated"
        return "computed" if self.computed_score is not None else None


@dataclass
class ExecutionRow:
    """The 预算执行率 row: r = 全年执行数 / 全年预算数 × 100%."""

    initial: Decimal | None
    annual: Decimal | None
    spent: Decimal | None
    received: Decimal | None
    weight: Decimal
    rate: Decimal | None  # percent, 2 decimals; None when undefined (zero or missing budget)
    received_rate: Decimal | None
    balance: Decimal | None  # received − spent, else annual − spent
    computed_score: Decimal | None
    stated_score: Decimal | None
    score_used: Decimal | None
    from_indicator: int | None = None  # index of the indicator row that is the execution row, if any
    weight_source: Literal["figures", "rules", "none"] = "rules"  # "none": execution scored inside other rows
    needs_explanation: bool = False
    flags: list[str] = field(default_factory=list)


@dataclass
class ScoreTable:
    rows: list[ScoreRow]
    execution: ExecutionRow
    max_score: Decimal  # Σ 分值 including execution
    total_computed: Decimal | None  # Σ score_used when every weighted row has a score
    total_stated: Decimal | None
    total: Decimal | None  # the total used: stated if given, else computed
    grade_computed: str | None  # band of ``total``
    grade_stated: str | None
    grade: str | None  # stated if given, else computed
    problems: list[Problem] = field(default_factory=list)
    rules: ScoringRules = field(default_factory=ScoringRules)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def to_dict(self) -> dict[str, Any]:
        def num(v: Decimal | None) -> str | None:
            return None if v is None else str(v)

        return {
            "rows": [
                {
                    "level1": r.level1, "level2": r.level2, "name": r.name, "target": r.target,
                    "actual": r.actual, "weight": num(r.weight), "direction": r.direction,
                    "completion": num(r.completion), "deviation": num(r.deviation),
                    "computed_score": num(r.computed_score), "stated_score": num(r.stated_score),
                    "score_used": num(r.score_used), "flags": list(r.flags),
                }
                for r in self.rows
            ],
            "execution": {
                "annual": num(self.execution.annual), "spent": num(self.execution.spent),
                "weight": num(self.execution.weight), "rate": num(self.execution.rate),
                "computed_score": num(self.execution.computed_score),
                "stated_score": num(self.execution.stated_score),
                "score_used": num(self.execution.score_used), "flags": list(self.execution.flags),
            },
            "max_score": num(self.max_score),
            "total_computed": num(self.total_computed),
            "total_stated": num(self.total_stated),
            "total": num(self.total),
            "grade": self.grade,
            "grade_computed": self.grade_computed,
            "problems": [
                {"code": p.code, "severity": p.severity, "message": p.message, "field": p.field}
                for p in self.problems
            ],
        }  # fmt: skip


# -- rules as small pure functions --------------------------------------------------------------


def grade_for(total: Decimal, rules: ScoringRules = ScoringRules()) -> str:
    """§6 band of a total; lower bounds inclusive (90.00 → 优, 89.99 → 良)."""
    for lower, label in rules.grade_bands:
        if total >= lower:
            return label
    return rules.grade_bands[-1][1]


def normalise_grade(label: str | None) -> str | None:
    """优秀 → 优, 良好 → 良 …; ``None`` for a label outside the vocabulary."""
    if label is None:
        return None
    return GRADE_SYNONYMS.get(label.strip().removesuffix("等").removesuffix("级"))


def execution_rate(spent: Decimal | None, annual: Decimal | None) -> Decimal | None:
    """r in percent, 2 decimals; undefined (``None``) on a zero or missing budget — never 100%."""
    if spent is None or annual is None or annual == 0:
        return None
    return q2(spent / annual * HUNDRED)


def execution_score(rate: Decimal | None, weight: Decimal) -> Decimal | None:
    """weight × min(r, 100%)."""
    if rate is None:
        return None
    return q2(weight * min(max(rate, ZERO), HUNDRED) / HUNDRED)


def quantitative_score(
    direction: Direction, target: Decimal, actual: Decimal, weight: Decimal, rules: ScoringRules = ScoringRules()
) -> tuple[Decimal | None, Decimal]:
    """(completion %, score) of a quantitative indicator (§5). Completion is ``None`` where undefined (T = 0)."""
    a = max(actual, ZERO)
    if direction == "lte":
        if a <= target:
            return HUNDRED, q2(weight)
        completion = q2(target / a * HUNDRED) if a else None
        if rules.lte_rule == "linear":
            raw = weight * (1 - (a - target) / target) if target else ZERO
        else:
            raw = weight * target / a
        return completion, q2(min(max(raw, ZERO), weight))
    if direction == "eq" and target == 0:
        return None, q2(weight) if a <= 0 else q2(ZERO)
    # gte, or eq with T > 0 (scored like gte)
    if target == 0:
        return None, q2(weight)
    completion = q2(a / target * HUNDRED)
    raw = weight if a >= target else weight * a / target
    return completion, q2(min(max(raw, ZERO), weight))


_ACHIEVED_WORDS = ("达成", "完成", "达到", "实现", "满意", "明显", "良好", "提高", "提升", "符合", "合格", "是", "有效")
_PARTLY_WORDS = ("部分", "基本", "一定", "较好")
_NOT_WORDS = ("未", "没有", "较差", "不满意", "否", "未完成", "未达")


def judge_qualitative(target: str | None, actual: str | None) -> Judgement | None:
    """Achieved / partly / not, from the words of the actual (and identity with the target)."""
    if not actual:
        return None
    a = actual.strip()
    if target is not None and a == target.strip():
        return "achieved"
    if any(w in a for w in _NOT_WORDS):
        return "not_achieved"
    if any(w in a for w in _PARTLY_WORDS):
        return "partly_achieved"
    if any(w in a for w in _ACHIEVED_WORDS):
        return "achieved"
    return None


# -- the table ------------------------------------------------------------------------------------


def _is_execution_row(ind: Indicator) -> bool:
    text = (ind.level1 or "") + (ind.name or "")
    return "预算执行" in text or (ind.name or "").strip() in ("执行率", "资金执行率")


def _fmt(v: Decimal) -> str:
    return f"{q2(v)}"


def score_indicator(index: int, ind: Indicator, rules: ScoringRules = ScoringRules()) -> ScoreRow:
    """Score one indicator row; flags say what a reviewer would ask about."""
    weight = dec(ind.weight)
    stated = dec(ind.score)
    row = ScoreRow(
        index=index,
        level1=(ind.level1 or "").strip(),
        level2=(ind.level2 or "").strip(),
        name=ind.name.strip(),
        target=ind.target,
        actual=ind.actual,
        weight=weight,
        direction=None,
        completion=None,
        deviation=None,
        computed_score=None,
        stated_score=stated,
        score_used=stated,
    )
    row.deviation_note = (ind.deviation_note or "").strip() or None
    row.explained = row.deviation_note is not None
    t = parse_value(ind.target) if ind.target else None
    a = parse_value(ind.actual) if ind.actual else None
    if t is not None and a is not None:
        _score_quantitative(row, t, a, rules)
    elif ind.target and ind.actual and (parse_date(ind.target) and parse_date(ind.actual)):
        _score_deadline(row, ind.target, ind.actual, rules)
    elif ind.target and ind.actual and t is None and a is None:
        _score_qualitative(row, rules)
    elif ind.target and ind.actual:
        row.direction = t.direction if t else "qualitative"
        row.flags.append("年度指标值与实际完成值一个是数值、一个是文字，无法计算完成率，待核实")
    else:
        if t is not None:
            row.direction = t.direction
        elif ind.target:
            row.direction = "qualitative"
        if not ind.target and weight is not None and stated is None:
            row.flags.append("缺少年度指标值")
        if not ind.actual and ind.target:
            row.flags.append("缺少实际完成值")
    if stated is not None and weight is not None and stated > weight:
        row.flags.append(f"得分{_fmt(stated)}超过分值{_fmt(weight)}")
    if stated is not None and row.computed_score is not None and stated != row.computed_score:
        row.flags.append(f"按评分规则应得{_fmt(row.computed_score)}分，填报{_fmt(stated)}分")
    if row.score_used is None:
        row.score_used = row.computed_score
    if row.needs_explanation and not row.explained:
        row.flags.append(NEEDS_EXPLANATION)
    return row


def _score_quantitative(row: ScoreRow, t: ParsedValue, a: ParsedValue, rules: ScoringRules) -> None:
    row.direction = t.direction
    if t.unit != a.unit and t.unit and a.unit:
        row.flags.append(f"实际完成值单位（{a.unit}）与年度指标值单位（{t.unit}）不一致，待核实")
        return
    if row.weight is None:
        completion, _ = quantitative_score(t.direction, t.value, a.value, Decimal(1), rules)
        row.completion = completion
    else:
        row.completion, row.computed_score = quantitative_score(t.direction, t.value, a.value, row.weight, rules)
    if t.value != 0:
        row.deviation = q2((a.value - t.value) / t.value * HUNDRED)
    met = (a.value <= t.value) if t.direction == "lte" else (a.value >= t.value)
    if t.direction == "eq" and t.value == 0:
        met = a.value <= 0
    if not met:
        row.needs_explanation = True
    elif t.direction != "lte" and row.deviation is not None and row.deviation > rules.deviation_threshold:
        row.needs_explanation = True
        row.flags.append(f"超额完成{_fmt(row.deviation)}%，超过{rules.deviation_threshold}%，需说明是否目标设置偏低")


def _score_deadline(row: ScoreRow, target: str, actual: str, rules: ScoringRules) -> None:
    row.direction = "lte"
    td, ad = parse_date(target), parse_date(actual)
    assert td is not None and ad is not None
    judgement: Judgement = "achieved" if ad <= td else "partly_achieved"
    _apply_judgement(row, judgement, rules)


def _score_qualitative(row: ScoreRow, rules: ScoringRules) -> None:
    row.direction = "qualitative"
    judgement = judge_qualitative(row.target, row.actual)
    if judgement is None:
        row.flags.append("定性指标完成情况表述不明确，请确认达成档次")
        return
    _apply_judgement(row, judgement, rules)


def _apply_judgement(row: ScoreRow, judgement: Judgement, rules: ScoringRules) -> None:
    row.judgement = judgement
    if judgement != "achieved":
        row.needs_explanation = True
    if row.weight is None:
        return
    if judgement == "achieved":
        row.computed_score = q2(row.weight)
        return
    lower = dict(rules.qualitative_bands)[judgement]
    row.computed_score = q2(row.weight * lower)
    label = "部分达成" if judgement == "partly_achieved" else "未达成"
    row.flags.append(f"定性指标{label}，暂按档次下限计{_fmt(row.computed_score)}分，请确认")


def score_figures(figures: Figures, rules: ScoringRules = ScoringRules()) -> ScoreTable:
    """The scored 绩效自评表 of ``figures``. Pure; never raises on incomplete figures."""
    indicators = list(figures.indicators or [])
    exec_index = next((i for i, ind in enumerate(indicators) if _is_execution_row(ind)), None)
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
    complete = bool(weighted) and max_score == HUNDRED and all(p is not None for p in parts)
    total_computed = q2(sum(parts, ZERO)) if complete else None  # type: ignore[arg-type]
    total_stated = dec(figures.total_score)
    total_stated = q2(total_stated) if total_stated is not None else None
    total = total_stated if total_stated is not None else total_computed
    _total_problems(total_stated, total_computed, max_score, problems)

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
    )


def _flag_code(flag: str) -> tuple[str, Severity]:
    if flag == NEEDS_EXPLANATION:
        return "deviation_unexplained", "warning"
    if "超过分值" in flag:
        return "score_exceeds_weight", "error"
    if "单位" in flag:
        return "unit_mismatch", "warning"
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
    computed = execution_score(rate, weight)
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
        problems.append(Problem("balance_mismatch", "warning", "全年执行数大于实际到位资金，需核实", "budget.spent"))
    if received is not None and annual is not None and received > annual:
        problems.append(Problem("implausible_rate", "warning", "实际到位资金大于全年预算数，需核实", "budget.received"))
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
    stated: Decimal | None, computed: Decimal | None, max_score: Decimal, problems: list[Problem]
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
