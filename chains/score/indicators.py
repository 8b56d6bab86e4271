"""The scoring rules of rules.md §5–§6 as small pure functions, and the scoring of one indicator row."""

from __future__ import annotations

from decimal import Decimal

from chains.figures import Indicator, dec
from chains.score.target_values import Direction, ParsedValue, parse_date, parse_value
from chains.score.types import (
    DEFAULT_RULES,
    HUNDRED,
    NEEDS_EXPLANATION,
    ZERO,
    Judgement,
    ScoreRow,
    ScoringRules,
    q2,
)
from chains.vocabulary import GRADE_SYNONYMS, grade_of


def grade_for(total: Decimal, rules: ScoringRules = DEFAULT_RULES) -> str:
    """§6 band of a total; lower bounds inclusive (90.00 → 优, 89.99 → 良)."""
    return grade_of(total, rules.grade_bands)


def normalise_grade(label: str | None) -> str | None:
    """优秀 → 优, 良好 → 良 …; ``None`` for a label outside the vocabulary."""
    if label is None:
        return None
    return GRADE_SYNONYMS.get(label.strip().removesuffix("等").removesuffix("级"))


def execution_rate(spent: Decimal | None, annual: Decimal | None, exact: bool = False) -> Decimal | None:
    """r in percent, 2 decimals (``exact``: unrounded, what a score is computed from, rules §5/§8); undefined
    (``None``) on a zero or missing budget — never 100%."""
    if spent is None or annual is None or annual == 0:
        return None
    rate = spent / annual * HUNDRED
    return rate if exact else q2(rate)


def execution_score(rate: Decimal | None, weight: Decimal) -> Decimal | None:
    """weight × min(r, 100%), from the unrounded rate: 10 × 79.6 / 85 = 9.36, not 10 × 93.65% = 9.37."""
    if rate is None:
        return None
    return q2(weight * min(max(rate, ZERO), HUNDRED) / HUNDRED)


def quantitative_score(
    direction: Direction, target: Decimal, actual: Decimal, weight: Decimal, rules: ScoringRules = DEFAULT_RULES
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


def is_execution_row(ind: Indicator) -> bool:
    text = (ind.level1 or "") + (ind.name or "")
    return "预算执行" in text or (ind.name or "").strip() in ("执行率", "资金执行率")


def _fmt(v: Decimal) -> str:
    return f"{q2(v)}"


def score_indicator(index: int, ind: Indicator, rules: ScoringRules = DEFAULT_RULES) -> ScoreRow:
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
        if parse_date(ind.target) or parse_date(ind.actual):
            row.flags.append("实际完成值单位与年度指标值单位不一致（一个是日期、一个是数值）")
        else:
            row.flags.append("年度指标值与实际完成值一个是数值、一个是文字，无法计算完成率")
    for label, v in (("年度指标值", t), ("实际完成值", a)):
        if v is not None and v.unit == "%" and v.value > 100 and ("率" in row.name or "满意" in row.name):
            row.flags.append(f"{label}{_fmt(v.value)}%超过100%，比率不可能超过100%")
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
        row.flags.append(f"实际完成值单位（{a.unit}）与年度指标值单位（{t.unit}）不一致")
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
        if rules.over_completion == "deduct" and row.weight is not None:
            excess = (row.deviation - rules.deviation_threshold) / HUNDRED
            row.computed_score = q2(max(row.weight * (1 - excess), ZERO))


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
