"""Scoring follows rules.md §4–§6; every worked example of §5 is a row here."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from chains.figures import Figures
from chains.ingest.figures_file import load_figures
from chains.score import (
    ScoringRules,
    execution_rate,
    execution_score,
    grade_for,
    judge_qualitative,
    q2,
    score_figures,
)

from .conftest import DEV

D = Decimal


def figures(budget=None, indicators=None, **extra) -> Figures:
    data = {"project_name": "测试项目", "year": 2023, **extra}
    if budget is not None:
        data["budget"] = budget
    if indicators is not None:
        data["indicators"] = indicators
    return Figures.from_dict(data)


def one_row(target, actual, weight, rules=None, **more):
    ind = {"level1": "产出指标", "level2": "数量指标", "name": "指标", "target": target, "actual": actual,
           "weight": weight, **more}  # fmt: skip
    table = score_figures(figures(indicators=[ind]), rules or ScoringRules())
    return table.rows[0]


# -- execution -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("annual", "spent", "weight", "rate", "score"),
    [
        (139.00, 125.10, 10, D("90.00"), D("9.00")),  # §5 worked example
        (10.00, 58.79, 10, D("587.90"), D("10.00")),  # over 100%: capped at the weight
        (37.24, 32.1, 20, D("86.20"), D("17.24")),  # Hubei-style 20 points
        (16.0, 10.01, 10, D("62.56"), D("6.26")),
        (0, 0, 10, None, None),  # zero budget: undefined, never 100%
    ],
)
def test_execution_rate_and_score(annual, spent, weight, rate, score):
    r = execution_rate(D(str(spent)), D(str(annual)))
    assert r == rate
    assert execution_score(r, D(weight)) == score


def test_execution_over_budget_is_flagged_implausible_and_needs_a_reason():
    table = score_figures(figures(budget={"annual": 10.00, "spent": 58.79}))
    assert table.execution.rate == D("587.90")
    assert table.execution.computed_score == D("10.00")
    assert table.execution.needs_explanation
    assert any(p.code == "implausible_rate" and p.severity == "error" for p in table.problems)


def test_execution_below_90_percent_needs_a_reason():
    table = score_figures(figures(budget={"annual": 139, "spent": 100}))
    assert table.execution.needs_explanation
    assert any(p.code == "deviation_unexplained" for p in table.problems)


def test_zero_budget_leaves_rate_undefined():
    table = score_figures(figures(budget={"annual": 0, "spent": 0}))
    assert table.execution.rate is None and table.execution.computed_score is None


def test_missing_execution_amount_is_a_problem_not_a_guess():
    table = score_figures(figures(budget={"annual": 100}))
    assert table.execution.rate is None
    assert any(p.field == "budget.spent" and p.code == "missing_figure" for p in table.problems)


# -- quantitative indicators ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "actual", "weight", "direction", "completion", "score", "explain"),
    [
        ("≥300家次", "270家次", 10, "gte", D("90.00"), D("9.00"), True),  # unmet: proportional, reason
        ("≥100次", "135次", 10, "gte", D("135.00"), D("10.00"), True),  # +35% > 20%: reason
        ("≥100次", "115次", 10, "gte", D("115.00"), D("10.00"), False),  # +15%: fine
        ("≤130万元", "98.65万元", 12.5, "lte", D("100.00"), D("12.50"), False),  # reverse, met
        ("≤10天", "12天", 5, "lte", D("83.33"), D("4.17"), True),  # reverse, missed, rule (a)
        ("重大事故 = 0起", "1起", 5, "eq", None, D("0.00"), True),  # eq zero, missed
        ("0次", "0次", 3, "eq", None, D("3.00"), False),  # bare zero met
        ("100%", "96%", 4, "eq", D("96.00"), D("3.84"), True),  # bare number: like gte
        ("不低于98%", "99%", 10, "gte", D("101.02"), D("10.00"), False),
        ("95%以上", "90%", 10, "gte", D("94.74"), D("9.47"), True),
        ("＜＝730次", "800次", 10, "lte", D("91.25"), D("9.13"), True),
    ],
)
def test_quantitative_indicator(target, actual, weight, direction, completion, score, explain):
    row = one_row(target, actual, weight)
    assert row.direction == direction
    assert row.completion == completion
    assert row.computed_score == score
    assert row.score_used == score
    assert row.needs_explanation is explain
    assert ("需说明偏差原因" in row.flags) is explain


def test_lte_linear_rule_is_configurable():
    row = one_row("≤10天", "12天", 5, ScoringRules(lte_rule="linear"))
    assert row.computed_score == D("4.00")  # (b) 5 × (1 − 2/10)
    assert one_row("≤10天", "25天", 5, ScoringRules(lte_rule="linear")).computed_score == D("0.00")


def test_deviation_threshold_is_configurable():
    assert one_row("≥100次", "115次", 10, ScoringRules(deviation_threshold=D(10))).needs_explanation
    assert not one_row("≥100次", "135次", 10, ScoringRules(deviation_threshold=D(50))).needs_explanation


@pytest.mark.parametrize(("actual", "score"), [("135次", D("8.50")), ("115次", D("10.00")), ("300次", D("0.00"))])
def test_over_completion_deduction_is_configurable(actual, score):
    rules = ScoringRules(over_completion="deduct")
    assert one_row("≥100次", actual, 10, rules).computed_score == score  # 135: 10 × (1 − (35 − 20)%)
    assert one_row("≥100次", actual, 10).computed_score == D("10.00")  # default: flag only


def test_a_deviation_note_answers_the_explanation():
    row = one_row("≥300家次", "270家次", 10, deviation_note="受疫情影响部分检查延期")
    assert row.needs_explanation and row.explained
    assert "需说明偏差原因" not in row.flags


def test_units_that_differ_are_not_scored():
    row = one_row("≤130万元", "98.65%", 12.5)
    assert row.computed_score is None
    assert any("单位" in f for f in row.flags)


def test_scores_are_never_above_the_weight_nor_below_zero():
    assert one_row("≥10个", "-5个", 10).computed_score == D("0.00")
    assert one_row("≥10个", "1000个", 10).computed_score == D("10.00")


# -- qualitative indicators -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "actual", "judgement", "score", "flagged"),
    [
        ("效果明显", "效果明显", "achieved", D("10.00"), False),
        ("达成年度指标", "部分达成年度指标并具有一定效果", "partly_achieved", D("6.00"), True),
        ("达成年度指标", "未达成年度指标且效果较差", "not_achieved", D("0.00"), True),
        ("逐步提高", "有所提高", "achieved", D("10.00"), False),
        ("2021年12月31日", "2021年12月20日", "achieved", D("10.00"), False),  # deadline met
        ("2021年12月31日", "2022年3月1日", "partly_achieved", D("6.00"), True),  # deadline missed
    ],
)
def test_qualitative_indicator_bands(target, actual, judgement, score, flagged):
    row = one_row(target, actual, 10)
    assert row.judgement == judgement
    assert row.computed_score == score
    assert any("档次下限" in f for f in row.flags) is flagged


def test_unclear_qualitative_actual_is_not_scored_but_asked():
    assert judge_qualitative("达成", "见附件") is None
    row = one_row("达成", "见附件", 10)
    assert row.computed_score is None and any("请确认" in f for f in row.flags)


# -- stated scores, totals, weights ---------------------------------------------------------------


def test_stated_scores_are_kept_and_disagreements_reported():
    row = one_row("≥90%", "98%", 10, score=9.8)
    assert row.score_used == D("9.8") and row.computed_score == D("10.00")
    assert any("按评分规则应得10.00分" in f for f in row.flags)


def test_stated_score_above_weight_is_an_error():
    table = score_figures(figures(indicators=[{"name": "满意度", "level1": "满意度指标", "weight": 10, "score": 12}]))
    assert any(p.code == "score_exceeds_weight" and p.severity == "error" for p in table.problems)


def standard_table(satisfaction=True, **extra):
    inds = [
        {"level1": "产出指标", "level2": "数量指标", "name": "检查次数", "target": "≥300家次", "actual": "270家次", "weight": 50},
        {"level1": "效益指标", "level2": "社会效益指标", "name": "事故", "target": "0起", "actual": "0起", "weight": 30},
    ]
    if satisfaction:
        inds.append({"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "满意度", "target": "≥90%",
                     "actual": "95%", "weight": 10})  # fmt: skip
    else:
        inds[0]["weight"] = 60
    return figures(budget={"annual": 139.00, "spent": 125.10}, indicators=inds, **extra)


def test_total_and_grade_are_computed_from_the_rows():
    table = score_figures(standard_table())
    # 9.00 execution + 45.00 + 30 + 10
    assert table.total_computed == D("94.00") and table.total == D("94.00")
    assert table.grade == "优" and table.max_score == D("100.00")
    assert not [p for p in table.problems if p.code == "weight_nonstandard"]


def test_missing_satisfaction_indicator_is_valid_when_weights_sum_to_100():
    table = score_figures(standard_table(satisfaction=False))
    codes = {p.code for p in table.problems}
    assert "weight_sum_mismatch" not in codes and "weight_nonstandard" not in codes
    assert any("未设置满意度指标" in p.message and p.severity == "info" for p in table.problems)
    assert table.total == D("93.00")  # 9.00 + 60 × 0.9 + 30


def test_weights_must_sum_to_100():
    data = standard_table().to_dict()
    data["indicators"][2]["weight"] = 8
    table = score_figures(Figures.from_dict(data))
    assert any(p.code == "weight_sum_mismatch" and "98.00" in p.message for p in table.problems)
    assert table.total_computed is None  # no total over an incomplete table


def test_stated_total_is_kept_and_checked_against_the_rows():
    table = score_figures(standard_table(total_score=98, grade="优秀"))
    assert table.total == D("98.00") and table.total_computed == D("94.00")
    assert any(p.code == "score_sum_mismatch" for p in table.problems)
    assert table.grade == "优秀"


def test_stated_grade_that_disagrees_with_the_band_is_an_error():
    table = score_figures(standard_table(total_score=94, grade="良好"))
    assert any(p.code == "grade_mismatch" and "优" in p.message for p in table.problems)


def test_grade_without_total_is_reported():
    table = score_figures(figures(grade="优"))
    assert any(p.code == "grade_without_score" for p in table.problems)


def test_a_total_the_rows_cannot_reach_is_an_error():
    data = json.loads((DEV / "figures" / "anju-foodsafety-2021.json").read_text(encoding="utf-8"))
    table = score_figures(Figures.from_dict(data))
    assert any(p.code == "score_sum_mismatch" and "无法得到" in p.message for p in table.problems)
    assert any(p.code == "weight_sum_mismatch" for p in table.problems)
    assert table.total == D("100.00") and table.grade == "优"  # the user's figures are kept


def test_execution_row_given_as_an_indicator_is_used():
    inds = [
        {"level1": "预算执行率", "name": "预算执行率", "weight": 10, "score": 10},
        {"level1": "产出指标", "name": "a", "target": "≥1个", "actual": "1个", "weight": 90},
    ]
    table = score_figures(figures(budget={"annual": 100, "spent": 80}, indicators=inds))
    assert table.execution.from_indicator == 0 and len(table.rows) == 1
    assert table.execution.computed_score == D("8.00") and table.execution.score_used == D("10")
    assert any(p.code == "score_rule_mismatch" for p in table.problems)


def test_table_scored_without_separate_execution_block_when_rows_make_100():
    data = json.loads((DEV / "figures" / "guangshui-roads-2021.json").read_text(encoding="utf-8"))
    table = score_figures(Figures.from_dict(data))
    assert table.execution.weight == D("0.00")
    assert table.total_computed == D("95.00") == table.total
    assert not [p for p in table.problems if p.severity == "error"]


# -- grade bands and rounding ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "grade"),
    [("100", "优"), ("90.00", "优"), ("89.99", "良"), ("80", "良"), ("79.99", "中"), ("60", "中"), ("59.99", "差"), ("0", "差")],
)
def test_grade_bands_have_inclusive_lower_bounds(total, grade):
    assert grade_for(D(total)) == grade


@pytest.mark.parametrize(("value", "rounded"), [("2.345", "2.35"), ("2.335", "2.34"), ("4.1666", "4.17"), ("0.005", "0.01")])
def test_rounding_is_half_up_not_bankers(value, rounded):
    assert q2(D(value)) == D(rounded)


@pytest.mark.parametrize("path", sorted((DEV / "figures").glob("*.json")), ids=lambda p: p.stem)
def test_every_dev_project_scores_without_raising(path):
    table = score_figures(load_figures(path))
    assert table.execution.annual is not None
    json.dumps(table.to_dict(), ensure_ascii=False)


@pytest.mark.parametrize(
    ("target", "actual", "code"),
    [
        ("2021年12月31日", "350天", "unit_mismatch"),  # a deadline answered with a count
        ("≤130万元", "98.65%", "unit_mismatch"),
        ("≥95%", "101%", "implausible_rate"),  # a rate cannot exceed 100%
    ],
)
def test_impossible_rows_are_errors(target, actual, code):
    ind = {"level1": "产出指标", "name": "验收合格率", "target": target, "actual": actual, "weight": 10}
    table = score_figures(figures(indicators=[ind]))
    assert any(p.code == code and p.severity == "error" for p in table.problems)


def test_stated_total_that_the_stated_row_scores_exceed_is_an_error():
    inds = [{"level1": "产出指标", "name": "a", "weight": 30, "score": 30}, {"level1": "效益指标", "name": "b", "weight": 30,
             "score": 25}]  # fmt: skip
    table = score_figures(figures(indicators=inds, total_score=50))
    assert any(p.code == "score_sum_mismatch" and "已超过自评总分" in p.message for p in table.problems)


def test_stated_total_unequal_to_fully_scored_rows_cannot_be_verified():
    inds = [{"level1": "产出指标", "name": "a", "weight": 51, "score": 4}]
    table = score_figures(figures(indicators=inds, total_score=6))
    assert any(p.code == "score_sum_mismatch" and "无法核实差额" in p.message for p in table.problems)


def test_one_truth_the_execution_score_comes_from_the_unrounded_rate() -> None:
    """10 × 79.6 / 85 = 9.36 (not 10 × 93.65% = 9.37); the checker accepts both, as published reports do both."""
    from chains.check import check
    from chains.figures import Figures
    from chains.score import score_figures

    figures = Figures.from_dict({"project_name": "农村供水维护", "year": 2024, "budget": {"annual": 85, "spent": 79.6},
                                 "indicators": [{"level1": "产出指标", "name": "维护水站", "target": "≥10个",
                                                 "actual": "10个", "weight": 90}]})
    table = score_figures(figures)
    assert (str(table.execution.rate), str(table.total)) == ("93.65", "99.36")
    row = "项目资金（万元）｜全年预算数｜全年执行数｜分值｜执行率｜得分\n年度资金总额｜85.00｜79.60｜10.00｜93.65%｜{s}\n"
    assert not check(row.format(s="9.36")).findings
    assert not check(row.format(s="9.37")).findings
    assert [f.code for f in check(row.format(s="9.30")).findings] == ["score_rule_mismatch"]
