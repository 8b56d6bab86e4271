"""Pre-draft validation tells the user what is missing or inconsistent, in Chinese, most serious first."""

from __future__ import annotations

import pytest

from chains.figures import Figures
from chains.ingest.figures_file import load_figures
from chains.score.validate import summarize, validate_figures

from .conftest import DEV

FULL = {
    "project_name": "应急通信保障项目",
    "department": "某县应急管理局",
    "year": 2023,
    "goals": "保障应急通信畅通",
    "content": "购置卫星电话",
    "budget": {"initial": 100, "annual": 100, "received": 100, "spent": 95},
    "sources": {"county": 100},
    "indicators": [
        {"level1": "产出指标", "level2": "数量指标", "name": "购置数量", "target": "≥10台", "actual": "10台", "weight": 50},
        {"level1": "效益指标", "level2": "社会效益指标", "name": "通信中断", "target": "0次", "actual": "0次", "weight": 30},
        {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "满意度", "target": "≥90%", "actual": "95%",
         "weight": 10},
    ],
    "total_score": 99.5,
    "grade": "优",
    "problems": ["部分设备到货较晚"],
    "measures": ["提前开展采购"],
}


def with_(**changes):
    data = {**FULL, **changes}
    return Figures.from_dict({k: v for k, v in data.items() if v is not None})


def codes(figures, severity=None):
    return {p.code for p in validate_figures(figures) if severity is None or p.severity == severity}


def test_complete_consistent_figures_have_no_errors_or_warnings():
    issues = validate_figures(with_())
    assert [p for p in issues if p.severity != "info"] == []


@pytest.mark.parametrize(
    ("changes", "code", "severity", "words"),
    [
        ({"indicators": FULL["indicators"][:2]}, "weight_sum_mismatch", "error", "90.00"),
        ({"total_score": 100}, "score_sum_mismatch", "error", "99.50"),
        ({"budget": {"annual": 100}}, "missing_figure", "warning", "全年执行数"),
        ({"budget": {"annual": 100, "spent": 120}}, "implausible_rate", "error", "超过"),
        ({"grade": "良好"}, "grade_mismatch", "error", "优"),
        ({"sources": {"county": 60, "central": 30}}, "sum_mismatch", "error", "90"),
        ({"budget": {"annual": 100, "spent": 50}}, "deviation_unexplained", "warning", "50.00%"),
        ({"goals": None}, "missing_figure", "info", "年度总体目标"),
    ],
)
def test_validation_reports_what_the_user_must_know(changes, code, severity, words):
    issues = validate_figures(with_(**changes))
    assert any(p.code == code and p.severity == severity and words in p.message for p in issues), summarize(issues)


def test_stated_score_disagreeing_with_the_rules_is_reported():
    inds = [dict(i) for i in FULL["indicators"]]
    inds[2]["score"] = 8  # 95% ≥ 90% earns the full 10
    issues = validate_figures(with_(indicators=inds))
    assert any(p.code == "score_rule_mismatch" and "应得10.00分" in p.message for p in issues)


def test_issues_are_sorted_errors_first_and_summarized_in_chinese():
    issues = validate_figures(with_(indicators=FULL["indicators"][:2], goals=None))
    order = [p.severity for p in issues]
    assert order == sorted(order, key=["error", "warning", "info"].index)
    text = summarize(issues)
    assert text.splitlines()[0].startswith("[需核实]")


def test_anju_weights_short_of_100_and_unreachable_total_are_errors():
    issues = validate_figures(load_figures(DEV / "figures" / "anju-foodsafety-2021.json"))
    errors = {p.code for p in issues if p.severity == "error"}
    assert errors == {"weight_sum_mismatch", "score_sum_mismatch"}
    assert any("34.00" in p.message and "关键数据未给出" in p.message for p in issues)


def test_missing_execution_amount_and_indicator_actuals_are_warned():
    issues = validate_figures(load_figures(DEV / "figures" / "jiuhuashan-airmonitor-2021.json"))
    messages = summarize(issues)
    assert "缺少实际完成值" in messages and "62.56%" in messages


def test_no_problems_stated_while_points_were_lost_is_warned():
    issues = validate_figures(load_figures(DEV / "figures" / "leiyang-school-2022.json"))
    assert any(p.code == "empty_problems" and p.severity == "warning" for p in issues)
    assert not any(p.code == "empty_problems" for p in validate_figures(with_(problems=["暂无问题"], budget={
        "annual": 100, "spent": 100}, total_score=100)))
