"""Data types of the scored 绩效自评表 (``chains.score``): rules, rows, the table, problems.

Every number is a ``Decimal`` rounded ROUND_HALF_UP to 2 places (``q2``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from chains.score.target_values import Direction
from chains.vocabulary import GRADE_BANDS

Severity = Literal["error", "warning", "info"]
Judgement = Literal["achieved", "partly_achieved", "not_achieved"]

Q2 = Decimal("0.01")
HUNDRED = Decimal(100)
ZERO = Decimal(0)


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
    ``over_completion``: ``"flag"`` (default) asks for a reason when A exceeds T by more than the threshold;
    ``"deduct"`` also applies the MOF rule for a target set too low: the score loses the deviation beyond
    the threshold, w × (1 − (偏差率 − threshold)), never below 0.
    """

    execution_weight: Decimal | None = None
    default_execution_weight: Decimal = Decimal(10)
    lte_rule: Literal["ratio", "linear"] = "ratio"
    deviation_threshold: Decimal = Decimal(20)  # percent above target that needs a reason
    over_completion: Literal["flag", "deduct"] = "flag"
    execution_explain_below: Decimal = Decimal(90)  # execution rate (%) below which a reason is required
    grade_bands: tuple[tuple[Decimal, str], ...] = GRADE_BANDS
    qualitative_bands: tuple[tuple[str, Decimal], ...] = (
        ("achieved", Decimal("0.8")),
        ("partly_achieved", Decimal("0.6")),
        ("not_achieved", Decimal(0)),
    )


#: the rules as rules.md states them, with our defaults where it leaves a choice
DEFAULT_RULES = ScoringRules()


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
    #: where ``total`` comes from: the user's, the rows' sum, the sub-projects' mean score, or nowhere
    total_source: Literal["stated", "rows", "components"] | None = None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def to_dict(self) -> dict[str, object]:
        def num(v: Decimal | None) -> str | None:
            return None if v is None else str(v)

        return {
            "rows": [
                {
                    "level1": r.level1, "level2": r.level2, "name": r.name, "target": r.target,
                    "actual": r.actual, "weight": num(r.weight), "direction": r.direction,
                    "completion": num(r.completion), "deviation": num(r.deviation),
                    "computed_score": num(r.computed_score), "stated_score": num(r.stated_score),
                    "score_used": num(r.score_used), "judgement": r.judgement,
                    "needs_explanation": r.needs_explanation, "explained": r.explained,
                    "deviation_note": r.deviation_note, "flags": list(r.flags),
                }
                for r in self.rows
            ],
            "execution": {
                "annual": num(self.execution.annual), "spent": num(self.execution.spent),
                "weight": num(self.execution.weight), "weight_source": self.execution.weight_source,
                "rate": num(self.execution.rate), "received_rate": num(self.execution.received_rate),
                "balance": num(self.execution.balance), "needs_explanation": self.execution.needs_explanation,
                "computed_score": num(self.execution.computed_score),
                "stated_score": num(self.execution.stated_score),
                "score_used": num(self.execution.score_used), "flags": list(self.execution.flags),
            },
            "max_score": num(self.max_score),
            "total_computed": num(self.total_computed),
            "total_stated": num(self.total_stated),
            "total": num(self.total),
            "total_source": self.total_source,
            "grade": self.grade,
            "grade_computed": self.grade_computed,
            "problems": [
                {"code": p.code, "severity": p.severity, "message": p.message, "field": p.field}
                for p in self.problems
            ],
        }  # fmt: skip
