"""What the checker and the critique report: ``Finding`` and ``CheckResult``.

Codes are a fixed vocabulary (``shared/domain/errors.md``): other tools and our own tests depend
on them. Add new codes beside these; never rename one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "info"]

#: code → (default severity, short Chinese title shown in lists and the app)
CODES: dict[str, tuple[Severity, str]] = {
    # A. numeric errors — the fixed vocabulary of the checker
    "rate_mismatch": ("error", "比率与金额不符"),
    "balance_mismatch": ("error", "结余金额不符"),
    "sum_mismatch": ("error", "合计与分项不符"),
    "score_sum_mismatch": ("error", "得分合计不符"),
    "score_exceeds_weight": ("error", "得分超过分值"),
    "weight_sum_mismatch": ("error", "分值合计不为100"),
    "grade_mismatch": ("error", "等级与总分不符"),
    "average_mismatch": ("error", "平均值不符"),
    "conflicting_values": ("error", "同一数据前后不一致"),
    "implausible_rate": ("error", "比率超出合理范围"),
    "unit_mismatch": ("error", "单位错误"),
    "year_mismatch": ("error", "年度不符"),
    "completion_mismatch": ("error", "完成率与目标值、实际值不符"),
    "figure_mismatch": ("error", "与关键数据不一致"),
    "empty_problems": ("warning", "“存在的问题”空泛"),
    # B. quality warnings (critique)
    "score_rule_mismatch": ("warning", "得分与评分规则不符"),
    "weight_nonstandard": ("info", "一级指标权重非标准"),
    "deviation_unexplained": ("warning", "偏差未说明原因"),
    "missing_figure": ("warning", "缺少必要数据"),
    "grade_without_score": ("warning", "有等级无总分"),
    "missing_section": ("warning", "缺少章节或章节为空"),
    "heading_numbering": ("warning", "标题序号不连续"),
    "conversion_artifact": ("warning", "格式转换残留"),
    "boilerplate_text": ("warning", "套话重复"),
    "vague_claim": ("warning", "效果表述缺少数据"),
    "contradictory_statement": ("warning", "前后表述矛盾"),
    "indicator_definition": ("warning", "指标设置不当"),
}


@dataclass(frozen=True)
class Finding:
    """One problem found in a text.

    ``span`` is ``[start, end)`` in Python ``str`` offsets of the *input as given* (never of a
    cleaned copy); ``[0, 0]`` anchors a document-level finding. ``values`` holds the figures
    involved as written (e.g. ``{"budget": "10.00万元", "spent": "58.79万元", "stated": "587.90%"}``);
    ``expected`` is the value the figure should have where one can be computed. ``decisive`` marks a
    wrong figure that changes an outcome (grade band, the score a rate earns).
    """

    code: str
    message: str
    span: tuple[int, int]
    severity: Severity | None = None
    values: dict[str, str] = field(default_factory=dict)
    expected: str | None = None
    decisive: bool = False
    related: tuple[tuple[int, int], ...] = ()

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unknown finding code {self.code!r}")
        if self.severity is None:
            object.__setattr__(self, "severity", CODES[self.code][0])
        s, e = self.span
        if not (0 <= s <= e):
            raise ValueError(f"bad span {self.span!r}")

    @property
    def title(self) -> str:
        return CODES[self.code][1]

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "code": self.code,
            "severity": self.severity,
            "title": self.title,
            "message": self.message,
            "span": [self.span[0], self.span[1]],
            "values": dict(self.values),
            "expected": self.expected,
            "decisive": self.decisive,
        }
        if self.related:
            out["related"] = [list(r) for r in self.related]
        return out


@dataclass
class CheckResult:
    """Findings on one text, sorted by position."""

    text: str
    findings: list[Finding] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.findings.sort(key=lambda f: (f.span[0], f.span[1], f.code))

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity != "error"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def codes(self) -> set[str]:
        return {f.code for f in self.findings}

    def to_dict(self) -> dict[str, object]:
        return {"findings": [f.to_dict() for f in self.findings]}
