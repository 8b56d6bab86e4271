"""Tables bound to their headers (``chains.ingest.word_tables``): merged cells once, every value under its header."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from chains.ingest.word_tables import (
    BOUND_ROW_RE,
    Cell,
    bound_lines,
    fill_down,
    header_row_count,
    span_header,
)


def grid_from_rows(rows: list[list[str]]) -> list[list[Cell]]:
    """A grid from plain cell texts with no merge information (each cell its own origin)."""
    return [[Cell(" ".join(text.split()), (r, c)) for c, text in enumerate(row)] for r, row in enumerate(rows)]


def test_plain_table_rows_become_key_value_lines() -> None:
    grid = grid_from_rows([["指标", "目标值", "实际值"], ["培训人次", "100", "120"], ["满意度", "95%", ""]])
    assert bound_lines(grid) == ["指标：培训人次；目标值：100；实际值：120", "指标：满意度；目标值：95%"]


def test_a_table_with_only_a_header_or_a_merged_header_keeps_bar_rows() -> None:
    assert bound_lines(grid_from_rows([["项目", "金额"]])) == ["项目｜金额"]
    caption = Cell("附表", "t")
    assert bound_lines([[caption, caption], [Cell("a", 1), Cell("b", 2)]]) == ["附表", "a｜b"]


def test_separators_inside_cells_cannot_break_the_row_format() -> None:
    grid = grid_from_rows([["说明：", "值"], ["甲；乙", "1"]])
    (line,) = bound_lines(grid)
    assert line == "说明：甲，乙；值：1"
    assert BOUND_ROW_RE.match(line)


def test_span_header_rebuilds_a_flattened_two_row_header() -> None:
    first = ["项目", "财政资金", "其他"]
    second = ["", "中央", "省级", ""]
    head = span_header(first, second)
    assert head is not None
    grid, width = head
    assert width == 4
    body = fill_down([["预算", "60", "40", "5"]], header_rows=0)
    assert header_row_count(grid + body) == 2
    assert bound_lines(grid + body) == ["项目：预算；财政资金/中央：60；财政资金/省级：40；其他：5"]


def test_span_header_refuses_rows_that_do_not_line_up() -> None:
    assert span_header(["a", "b", "c"], ["x", "", "y", "z", ""]) is None
    assert span_header(["a", "b"], ["x", "y"]) is None


@st.composite
def merged_grids(draw: st.DrawFn) -> tuple[list[list[Cell]], int]:
    """A header row of distinct names and data rows with random horizontal and vertical merges."""
    width = draw(st.integers(2, 6))
    rows = draw(st.integers(1, 6))
    header = [Cell(f"列{c}", ("h", c)) for c in range(width)]
    grid = [header]
    counter = 0
    for r in range(rows):
        row: list[Cell] = []
        c = 0
        while c < width:
            span = draw(st.integers(1, width - c))
            if r > 0 and draw(st.booleans()) and grid[-1][c].origin != ("h", c):
                above = grid[-1][c]  # vertical merge: continue the cell above
                row.append(above)
                c += 1
                continue
            counter += 1
            cell = Cell(f"值{counter}号", ("v", counter))  # no value is a substring of another
            row.extend([cell] * span)
            c += span
        grid.append(row)
    return grid, width


@given(merged_grids())
def test_each_merged_cell_appears_once_per_row_under_a_header_name(case: tuple[list[list[Cell]], int]) -> None:
    grid, _width = case
    lines = bound_lines(grid)
    data = [row for row in grid[1:] if len({c.origin for c in row}) > 1]
    assert len(lines) == len(grid) - 1
    for row, line in zip(grid[1:], lines, strict=True):
        values = {cell.text for cell in row}
        for value in values:
            assert line.count(value) == 1
        if row in data:
            assert BOUND_ROW_RE.match(line)
            for pair in line.split("；"):
                key, value = pair.split("：")
                assert key.startswith("列") and value.startswith("值")
        assert "列" not in line or row in data
