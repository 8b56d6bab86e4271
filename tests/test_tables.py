"""Table rows rebuilt from text: pipe rows, Markdown rows, tab-flattened Word tables (seed 003), header roles."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chains.text.report_tables import find_tables
from chains.text.table_model import column_role

from .conftest import seed_text


@pytest.mark.parametrize(
    "header, role",
    [
        ("分值", "weight"), ("权重", "weight"), ("得分", "score"), ("自评分", "score"), ("指标得分", "score"),
        ("年度指标值", "target"), ("目标值", "target"), ("实际完成值", "actual"), ("业绩值", "actual"),
        ("完成率", "completion_rate"), ("全年预算数", "annual_budget"), ("年初预算数", "initial_budget"),
        ("全年执行数", "spent"), ("执行率", "execution_rate"), ("预算执行率(%)", "execution_rate"),
        ("三级指标", "name"), ("目标指标", "name"), ("一级指标", "level1"), ("二级指标", "level2"),
        ("偏差原因分析及改进措施", "deviation_note"), ("备注", None), ("", None),
    ],
)
def test_header_text_names_the_column(header: str, role: str | None) -> None:
    assert column_role(header) == role


def test_pipe_rows_give_cells_with_spans_into_the_text() -> None:
    text = "前言\n一级指标｜三级指标｜分值｜得分\n产出指标｜检查次数｜50｜48\n合计｜｜100｜95\n后记"
    (table,) = find_tables(text)
    assert table.kind == "pipe" and table.roles == {0: "level1", 1: "name", 2: "weight", 3: "score"}
    rows = table.data_rows()
    assert [r.texts for r in rows] == [["产出指标", "检查次数", "50", "48"], ["合计", "", "100", "95"]]
    for row in table.rows:
        for cell in row.cells:
            assert text[cell.span[0] : cell.span[1]] == cell.text
    assert rows[1].is_total() and not rows[0].is_total()
    score = table.number(rows[0], "score")
    assert score is not None and score.value == 48 and text[score.span[0] : score.span[1]] == "48"


def test_markdown_rows_drop_the_rule_and_the_edge_pipes() -> None:
    text = "| 三级指标 | 目标值 | 实际完成值 |\n|---|---|---|\n| 培训次数 | ≥10次 | 12次 |\n"
    (table,) = find_tables(text)
    assert [r.texts for r in table.rows] == [["三级指标", "目标值", "实际完成值"], ["培训次数", "≥10次", "12次"]]
    assert table.number(table.data_rows()[0], "target").comparator == "gte"


def test_flattened_word_table_of_seed_003_is_rebuilt_row_by_row() -> None:
    text = seed_text("003")
    tables = find_tables(text)
    annex = [t for t in tables if t.col("completion_rate") is not None]
    assert len(annex) == 1
    rows = annex[0].data_rows()
    assert len(rows) == 8
    cost = next(r for r in rows if r.name_in(annex[0]) == "督查检查工作中产生的费用")
    assert [c.text for c in cost.cells][3:8] == ["12.5", "＜＝130万元", "98.65%", "98.65%", "12.5"]
    assert text[cost.cells[5].span[0] : cost.cells[5].span[1]] == "98.65%"
    assert cost.cells[5].span == (3139, 3145)


def test_seed_003_funds_table_keeps_empty_cells_in_place() -> None:
    (funds,) = [t for t in find_tables(seed_text("003")) if t.header_index is None]
    by_label = {r.label: r for r in funds.rows}
    assert len(by_label["预算到位率"].cells) == len(by_label["全年预算资金"].cells) == 10
    assert by_label["预算到位率"].cells[3].span == (724, 725)


def test_plain_prose_has_no_table() -> None:
    assert find_tables("一、项目概况\n本项目预算100万元。\n二、绩效目标\n完成检查300次。") == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1２.%｜|\t\n \n-:")), max_size=200))
def test_cells_always_quote_the_text(text: str) -> None:
    for table in find_tables(text):
        for row in table.rows:
            for cell in row.cells:
                assert 0 <= cell.span[0] <= cell.span[1] <= len(text)
                assert text[cell.span[0] : cell.span[1]] == cell.text


def test_stacked_blocks_without_blank_lines_split_at_each_header() -> None:
    text = (
        "项目名称｜某工程\n主管部门｜某局｜实施单位｜某中心\n"
        "项目资金｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分\n年度资金总额｜260｜300｜285｜10｜95%｜9.5\n"
        "年度总体目标｜预期目标｜实际完成情况\n｜完成12处｜完成12处\n"
        "一级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n产出指标｜维修工程｜12处｜12处｜90｜90\n"
    )
    tables = find_tables(text)
    assert [t.header_index for t in tables] == [None, 0, 0, 0]
    funds, goals, indicators = tables[1:]
    assert funds.col("execution_rate") == 5 and funds.col("weight") == 4
    assert goals.col("target") == 1 and goals.col("actual") == 2
    assert indicators.col("weight") == 4 and [r.texts[1] for r in indicators.data_rows()] == ["维修工程"]
