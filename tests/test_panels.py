"""What the page shows, decided outside the page: side-panel figures and pre-draft checks
(``chains.conversation.panel``), drafted sections and finding lines (``chains.ui.draft_view``)."""

from __future__ import annotations

from typing import Any

import pytest

from chains.conversation.panel import amounts_for_chart, conversation_title, funds_metrics, score_panel
from chains.draft.types import Draft, SectionDraft
from chains.figures import Figures
from chains.findings import Finding
from chains.ui.draft_view import (
    edit_section,
    ensure_checked,
    finding_line,
    review_line,
    section_views,
    split_findings,
)

FIGURES: dict[str, Any] = {
    "project_name": "应急通信保障经费",
    "year": 2023,
    "budget": {"annual": 139, "received": 139},
    "indicators": [
        {"name": "培训人次", "target": "≥300人次", "actual": "320人次", "weight": 30},
        {"name": "演练次数", "target": "≥4次", "actual": "4次", "weight": 20},
    ],
}


@pytest.mark.parametrize(
    ("figures", "title"),
    [({}, "新的对话"), ({"project_name": "应急通信"}, "应急通信"), ({"project_name": "应急通信", "year": 2023}, "2023 应急通信"),
     ({"year": 2023}, "2023 新的对话")],
)
def test_a_conversation_is_listed_by_year_and_project(figures: dict[str, Any], title: str) -> None:
    assert conversation_title(figures) == title


def test_funds_metrics_show_rates_balance_and_dashes_for_what_is_unknown() -> None:
    assert funds_metrics({"budget": {"annual": 139, "received": 139, "spent": 125.1}}) == [
        ("预算执行率", "90.00%"), ("资金到位率", "100.00%"), ("结余（万元）", "13.90"),
    ]
    assert [v for _, v in funds_metrics({})] == ["—", "—", "—"]


def test_the_panel_waits_for_project_and_year() -> None:
    assert score_panel({"project_name": "应急通信"}) is None


def test_pre_draft_issues_come_most_serious_first_in_chinese() -> None:
    panel = score_panel(FIGURES)
    assert panel is not None
    severities = [sev for sev, _label, _msg in panel.issues]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)
    assert panel.issues[0][:2] == ("error", "需核实") and "分值合计50.00分" in panel.issues[0][2]
    assert ("warning", "待补充", "缺少全年执行数，无法计算预算执行率") in panel.issues
    assert [r["指标"] for r in panel.rows] == ["培训人次", "演练次数"]
    assert [n for n, _ in panel.completion] == ["培训人次", "演练次数"]


def test_figures_the_schema_rejects_become_one_issue_instead_of_a_score() -> None:
    panel = score_panel({"project_name": "应急通信", "year": "明年"})
    assert panel is not None and panel.total == "—"
    assert panel.issues == [("error", "需核实", "关键数据有误：评价年度必须是数字")]


def test_the_chart_shows_known_amounts_in_order() -> None:
    assert amounts_for_chart({"budget": {"spent": 120, "annual": 139}}) == {"全年预算": 139.0, "全年执行": 120.0}
    assert amounts_for_chart({}) == {}


def draft() -> Draft:
    return Draft(
        title="2023年度应急通信保障经费项目支出绩效自评报告",
        sections=[
            SectionDraft("overview", "一、项目基本情况", 1, "全年预算139.00万元。"),
            SectionDraft("performance", "二、绩效目标完成情况", 1, ""),
            SectionDraft("outputs", "（一）产出情况", 2, "培训320人次。"),
            SectionDraft("funds", "三、资金情况", 1, "执行125.10万元，执行率为100.00%。"),
        ],
    )


def test_sections_are_laid_out_with_group_headings_and_their_own_findings() -> None:
    d = draft()
    d = ensure_checked(d, Figures.from_dict({**FIGURES, "budget": {"annual": 139, "received": 139, "spent": 125.1}}))
    views = section_views(d)
    assert [v.group_heading for v in views] == [False, True, False, False]
    funds = views[3]
    assert funds.findings and all(funds.text[f.span[0] : f.span[1]] for f in funds.findings)
    assert "100.00%" in [funds.text[f.span[0] : f.span[1]] for f in funds.findings]
    assert funds.expanded and "处问题" in funds.label and not views[2].expanded
    errors, rest = split_findings(d)
    assert errors and all(f.severity == "error" for f in errors) and all(f.severity != "error" for f in rest)


def test_an_edited_section_is_rechecked_against_the_figures() -> None:
    figures = Figures.from_dict({**FIGURES, "budget": {"annual": 139, "received": 139, "spent": 125.1}})
    d = ensure_checked(draft(), figures)
    assert split_findings(d)[0]
    d = edit_section(d, 3, "执行125.10万元，执行率为90.00%。", figures)
    assert d.sections[3].text == "执行125.10万元，执行率为90.00%。"
    assert not [f for f in d.findings if f.severity == "error"]


def test_finding_lines_name_the_problem_and_the_expected_value() -> None:
    f = Finding("rate_mismatch", "执行率与金额不符", (0, 5), expected="90.00%")
    assert finding_line(f).startswith("- **") and "执行率与金额不符" in finding_line(f)
    assert finding_line(f).endswith("（应为 **90.00%**）")
    row = {"序号": 2, "级别": "错误", "类型": "比率与金额不符", "说明": "不符", "应为": "90.00%"}
    assert review_line(row) == ":red-badge[错误] **[2] 比率与金额不符**：不符　应为 **90.00%**"
    assert review_line({**row, "级别": "信息", "应为": ""}).startswith(":blue-badge[信息]")


def test_streamed_events_become_live_text_finished_sections_and_notices() -> None:
    from types import SimpleNamespace as E

    from chains.ui.draft_view import DraftProgress

    p = DraftProgress(tail=5)
    assert p.update(E(kind="section_started", title="一、概况", text="")) is None
    p.update(E(kind="token", title="一、概况", text="本项目"))
    assert p.update(E(kind="token", title="一、概况", text="全年预算")) == ("live", "**一、概况**\n\n目全年预算")
    assert p.update(E(kind="section_done", title="一、概况", text="")) == ("done", ":green[:material/check:] 一、概况")
    assert p.update(E(kind="notice", title="", text="已改用离线模板")) == ("notice", "已改用离线模板")
    assert p.update(E(kind="notice", title="", text="")) is None and not p.current


def test_indicator_rows_round_trip_through_the_editable_table() -> None:
    from chains.conversation.panel import INDICATOR_COLUMNS, indicator_records, rows_from_table

    rows = [{"name": "培训人次", "target": "≥300人次", "actual": "320人次", "weight": 30, "unit": "人次"}]
    records = indicator_records(rows)
    assert list(records[0]) == list(INDICATOR_COLUMNS.values()) and records[0]["分值"] == 30
    assert records[0]["一级指标"] is None
    assert rows_from_table(records, INDICATOR_COLUMNS, rows) == rows  # fields the table does not show are kept
