"""The page fixes of issue 11 item 7 without a browser: the chart spec, the grid's size, the Chinese for
Streamlit's own words, and what the app hands Streamlit (AppTest). ``tests/test_e2e_page.py`` checks the
same fixes in Chromium at 1366×768."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from chains.conversation.panel import (
    INDICATOR_COLUMNS,
    INDICATOR_HELP,
    INDICATOR_ROW_HEIGHT,
    INDICATOR_WIDTHS,
    bar_chart_spec,
    indicator_grid_height,
)
from chains.ui import page_chrome
from tests.conftest import ROOT
from tests.test_app import ANSWERS, DEV_FIGURES, app, chat_through, no_failure

# -- a label on every bar ------------------------------------------------------------------------------


def test_every_bar_is_a_row_with_its_name_and_its_value_written_after_it() -> None:
    names = [f"第{i}项指标名称较长需要换行" for i in range(12)]
    spec = bar_chart_spec([(n, 100.0 + i) for i, n in enumerate(names)], "%", "%")
    rows = spec["data"]["values"]
    assert [r["名称"] for r in rows] == names and rows[3]["标注"] == "103%"
    assert spec["height"] == {"step": 34}  # the chart grows with its bars: no name is dropped for overlapping
    axis = spec["encoding"]["y"]["axis"]
    assert axis["labelOverlap"] is False and spec["encoding"]["y"]["sort"] is None
    assert "substring" in axis["labelExpr"]  # a long name wraps onto a second line
    bar, text = spec["layer"]
    assert bar["mark"]["type"] == "bar" and text["mark"]["type"] == "text"
    assert text["encoding"]["text"]["field"] == "标注"
    assert spec["encoding"]["x"]["scale"]["domain"][1] > max(r["数值"] for r in rows)  # room for the values


def test_two_bars_of_one_name_stay_two_bars() -> None:
    rows = bar_chart_spec([("培训人次", 100.0), ("培训人次", 90.0)], "%")["data"]["values"]
    assert [r["名称"] for r in rows] == ["培训人次", "培训人次（2）"]


def test_amounts_are_labelled_without_trailing_zeros() -> None:
    rows = bar_chart_spec({"全年预算": 139.0, "全年执行": 1234.5}, "万元")["data"]["values"]
    assert [r["标注"] for r in rows] == ["139", "1,234.5"]
    assert bar_chart_spec({}, "万元")["data"]["values"] == []


# -- the indicator grid fits ----------------------------------------------------------------------------


def test_the_indicator_columns_fit_the_page_width_at_1366() -> None:
    assert list(INDICATOR_WIDTHS) == list(INDICATOR_COLUMNS.values()) == list(INDICATOR_HELP)
    main = 1366 - 300 - 2 * 80  # the sidebar and the main block's padding (906 px measured in Chromium)
    assert sum(INDICATOR_WIDTHS.values()) + 40 <= main  # plus the row-marker column
    assert INDICATOR_ROW_HEIGHT > 64  # Streamlit wraps a cell's text only in rows taller than 4rem
    assert indicator_grid_height(0) < indicator_grid_height(3) < indicator_grid_height(8) == indicator_grid_height(30)
    assert indicator_grid_height(30) <= 768 - 68  # the whole grid is in view at once


# -- Streamlit's own words in Chinese ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("Upload", "上传"),
        ("200MB per file", "单个文件不超过 200MB"),
        ("Drag and drop files here", "拖放文件到这里"),
        ("Remove 报告.docx", "移除 报告.docx"),
        ("Select all", "全选"),
        ("Copy to clipboard", "复制到剪贴板"),
        ("Add row", "添加一行"),
        ("Show/hide columns", "显示/隐藏列"),
        ("Download as CSV", "下载为 CSV"),
        ("Fullscreen", "全屏"),
        ("Choose an option", "请选择"),
        ("Press Enter to apply", "按回车键确认"),
        (" Search ", " 搜索 "),
    ],
)
def test_streamlit_words_have_chinese(english: str, chinese: str) -> None:
    assert page_chrome.chinese(english) == chinese


@pytest.mark.parametrize("text", ["产出指标", "Uploaded", "Search engine", "上传", "", "Removed"])
def test_only_whole_streamlit_strings_are_replaced(text: str) -> None:
    assert page_chrome.chinese(text) is None


def test_the_script_carries_every_rule_and_the_page_style() -> None:
    html = page_chrome.chrome_html()
    assert "<script>" in html and "MutationObserver" in html
    rules = json.loads(re.search(r"const rules = (\[.*?\])\.map", html, re.S).group(1))  # type: ignore[union-attr]
    assert [tuple(r) for r in rules] == page_chrome.RULES
    for pattern, _to in page_chrome.RULES:
        re.compile(pattern)  # the same syntax in JavaScript: no Python-only constructs
        assert "(?P" not in pattern and "(?<" not in pattern
    assert "white-space: pre-line" in html  # a chat message keeps its lines
    assert "display: none" in html and page_chrome.CARRIER in html


# -- what the app hands Streamlit --------------------------------------------------------------------------


def html_bodies(at: AppTest) -> list[str]:
    return [e.proto.body for e in at.get("html")]


def test_the_draft_page_uses_blank_cells_wrapping_tables_and_the_chinese_script() -> None:
    at = chat_through(app(), ANSWERS[:8])
    assert any("MutationObserver" in body for body in html_bodies(at))
    (editor,) = at.data_editor  # the one grid on the page: the indicator editor
    assert len(at.dataframe) == 1 and editor.proto.HasField("placeholder") and editor.proto.placeholder == ""  # an empty cell is blank, not "None"
    known = at.table[0].value
    assert list(known.columns) == ["项目", "内容"] and "应急通信保障经费" in list(known["内容"])
    assert [t.label for t in at.tabs] == ["数据概览", "导入导出", "相似报告"]  # the grid is full width, not in a tab


def test_the_draft_charts_label_every_bar() -> None:
    at = chat_through(app(), ANSWERS)
    at.button(key="generate").click().run()
    no_failure(at)
    specs = [json.loads(c.proto.spec) for c in at.get("vega_lite_chart")]
    assert len(specs) == 2
    for spec in specs:
        layers = [layer["mark"]["type"] for layer in spec["layer"]]
        assert layers == ["bar", "text"] and spec["encoding"]["y"]["axis"]["labelOverlap"] is False
        assert spec["layer"][1]["encoding"]["text"]["field"] == "标注"  # the value written after each bar


def test_an_edit_in_the_grid_is_saved_and_the_next_edit_is_not_lost() -> None:
    at = app()
    at.file_uploader(key="figures_json").set_value(
        ("figures.json", DEV_FIGURES.read_bytes(), "application/json")
    ).run()
    no_failure(at)
    key = f"indicators_{at.session_state['editor_version']}"
    base = at.session_state["indicator_base"]
    at.session_state[key] = {"edited_rows": {0: {"偏差原因": "按计划完成"}}, "added_rows": [], "deleted_rows": []}
    at.run()
    no_failure(at)
    rows = at.session_state["chat"]["figures"]["indicators"]
    assert rows[0]["deviation_note"] == "按计划完成"
    assert at.session_state["indicator_base"] == base  # the grid keeps its data: Streamlit keeps the widget
    second = {0: {"偏差原因": "按计划完成", "得分": 1.5}}  # the widget sends all its edits so far
    at.session_state[key] = {"edited_rows": second, "added_rows": [], "deleted_rows": []}
    at.run()
    rows = at.session_state["chat"]["figures"]["indicators"]
    assert rows[0]["deviation_note"] == "按计划完成" and rows[0]["score"] == 1.5


def test_corpus_grids_leave_missing_years_blank() -> None:
    at = app()
    at.sidebar.radio[0].set_value("语料库").run()
    no_failure(at)
    frames: list[Any] = list(at.dataframe)
    assert frames and all(f.proto.HasField("placeholder") and f.proto.placeholder == "" for f in frames)


def test_the_readme_screenshots_exist_and_are_ones_the_browser_test_takes() -> None:
    """The browser test writes its 1366×768 screenshots to test-output/ (like every browser test); the README
    shows copies kept in docs/screenshots/: each one it shows exists and is a shot that test takes."""
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.findall(r"docs/screenshots/(page_[\w]+\.png)", readme)
    taken = (ROOT / "tests" / "test_e2e_page.py").read_text(encoding="utf-8")
    assert shown
    for name in shown:
        assert (ROOT / "docs" / "screenshots" / name).is_file(), name
        assert name.removesuffix(".png").removesuffix("_1366x768") in taken, name
