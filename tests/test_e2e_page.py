"""The page at 1366×768 in a real headless Chromium (issue 11, item 7 "Page").

The same server and browser fixtures as ``tests/test_e2e_browser.py`` (Debian ``/usr/bin/chromium`` driven
by python playwright, never ``playwright install``). Each fix is checked on DOM facts — the grid's drawn
text, the chart's SVG marks, element boxes, a paragraph's rendered text — and photographed at 1366×768
into ``test-output/screenshots/`` (``page_*.png``; the README shows copies kept in ``docs/screenshots/``):

- empty grid cells are blank (no "None" drawn on the indicator grid's canvas);
- the 已知 table wraps a long project name inside the page; every completion bar has its name and value;
- a multi-line chat message keeps its lines;
- the indicator grid shows every column and is edited in place: one click on a cell, type, Enter;
- Streamlit's own words (uploader, grid toolbar and menus, file chips) are Chinese.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from chains.conversation.panel import INDICATOR_COLUMNS, score_panel
from tests.conftest import ROOT
from tests.test_e2e_browser import CHROMIUM, browser, idle, server  # noqa: F401 - the fixtures are used by name

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="需要 Debian chromium：bash scripts/install-browser.sh"),
]

VIEWPORT = {"width": 1366, "height": 768}
SHOTS = ROOT / "test-output" / "screenshots"  # the copies in docs/screenshots/ (README) are from one such run
LONG_NAME = "县级应急通信保障体系建设与应急通信设备运行维护专项经费"
#: every string the grid draws on its canvas, recorded before the page's own code runs
RECORD_CANVAS_TEXT = """(() => {
  window.__drawn = [];
  const fill = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
    window.__drawn.push(String(text));
    return fill.call(this, text, ...rest);
  };
})()"""
#: the grid's cell editor is open (a text box of its own has the focus)
EDITING = "['TEXTAREA', 'INPUT'].includes(document.activeElement && document.activeElement.tagName)"
ENGLISH = ("Upload", "per file", "Drag and drop", "Add row", "Show/hide columns", "Download as CSV", "Search",
           "Fullscreen", "Select all", "Copy to clipboard", "Remove ", "Choose an option", "Press Enter")


def figures_file(tmp_path: Path) -> tuple[Path, dict[str, object]]:
    """A dev report's figures with a long project name and seventeen indicators, the first two without 一级/二级指标."""
    from chains.figures import Figures

    data = json.loads((ROOT / "tests/data/dev/figures/anju-foodsafety-2021.json").read_text(encoding="utf-8"))
    data["project_name"] = LONG_NAME
    data["indicators"] = [
        {"name": "群众对应急通信服务的满意度评价", "target": "≥90%", "actual": "95%", "weight": 10},
        {"name": "通信保障率", "target": "≥95%", "actual": "98%"},
        *data["indicators"],
        *({"level1": "产出指标", "level2": "数量指标", "name": name, "target": f"≥{target}", "actual": actual}
          for name, target, actual in [("应急通信培训人次", "300人次", "320人次"), ("应急演练次数", "4次", "4次"),
                                       ("卫星电话配备数量", "20部", "22部"), ("设备完好率", "95%", "97%"),
                                       ("通信网络覆盖率", "90%", "92%"), ("信息报送及时率", "98%", "100%")]),
    ]
    figures = Figures.from_dict(data).to_dict()
    path = tmp_path / "关键数据.json"
    path.write_text(json.dumps(figures, ensure_ascii=False), encoding="utf-8")
    return path, figures


def screenshot(page: object, name: str) -> Path:
    """What a person sees at 1366×768: the viewport, not the whole page."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / name
    page.screenshot(path=str(path))
    width, height = struct.unpack(">II", path.read_bytes()[16:24])  # the PNG header's IHDR
    assert (width, height) == (VIEWPORT["width"], VIEWPORT["height"])
    return path


def open_page(browser: object, server_url: str) -> object:  # noqa: F811
    page = browser.new_page(viewport=VIEWPORT)
    page.add_init_script(RECORD_CANVAS_TEXT)
    page.goto(server_url)
    page.get_by_test_id("stChatMessage").first.wait_for(timeout=30_000)
    idle(page)
    return page


def import_figures(page: object, path: Path) -> None:
    page.get_by_role("tab", name="导入导出").click()
    uploader = page.get_by_test_id("stFileUploader").filter(has_text="导入关键数据")
    uploader.locator("input[type=file]").set_input_files(str(path))
    page.get_by_test_id("stChatMessage").filter(has_text="已导入关键数据").wait_for(timeout=30_000)
    idle(page)


def click(page: object, x: float, y: float) -> None:
    """One click as a person makes it: the pointer comes to rest over the cell first."""
    page.mouse.move(x, y)
    page.wait_for_timeout(300)
    page.mouse.click(x, y)


def within_page(box: dict[str, float]) -> bool:
    return box["x"] >= 0 and box["x"] + box["width"] <= VIEWPORT["width"]


def test_the_known_table_wraps_and_the_grid_is_blank_and_edited_in_place(
    server: str, browser: object, tmp_path: Path  # noqa: F811
) -> None:
    path, _figures = figures_file(tmp_path)
    page = open_page(browser, server)
    import_figures(page, path)

    page.get_by_role("tab", name="数据概览").click()
    known = page.get_by_test_id("stTable").first
    cell = known.locator("td", has_text=LONG_NAME)
    cell.scroll_into_view_if_needed()
    assert cell.inner_text().strip() == LONG_NAME  # the whole name, not cut
    assert within_page(cell.bounding_box()) and within_page(known.bounding_box())
    wrapped = cell.evaluate("e => e.scrollWidth <= e.clientWidth + 1 && e.getClientRects()[0].height > 30")
    assert wrapped, "the long name neither fits nor wraps"
    assert known.evaluate("e => e.scrollWidth <= e.clientWidth + 1")  # no sideways scrolling
    screenshot(page, "page_known_table_1366x768.png")

    grid = page.get_by_test_id("stDataFrame").first
    grid.evaluate("e => e.scrollIntoView({block: 'center'})")
    page.wait_for_timeout(800)
    drawn = set(page.evaluate("window.__drawn"))  # the first rows have no 一级/二级指标, the second no 分值
    assert "产出指标" in drawn and "通信保障率" in drawn  # the recorder sees the grid's cells
    assert "None" not in drawn, "an empty cell shows None"
    scroller = grid.locator(".dvn-scroller").first
    headers = grid.locator("[role=columnheader]").all_text_contents()
    assert headers == list(INDICATOR_COLUMNS.values())
    assert scroller.evaluate("e => e.scrollWidth <= e.clientWidth + 1"), "the grid needs sideways scrolling"
    box = grid.bounding_box()
    assert within_page(box) and box["y"] >= 0 and box["y"] + box["height"] <= VIEWPORT["height"]  # all in view

    # the first row, in place: one click on 得分 and type; one click on 偏差原因, Enter (as with a Chinese
    # input method, whose keys the grid does not see) and type; no double-click, no fullscreen
    idle(page)  # a click the page is still rerunning for is lost: the grid takes keys once the script is idle
    box = grid.bounding_box()
    first_row = box["y"] + 36 + 33
    click(page, box["x"] + box["width"] - 140 - 32, first_row)
    page.keyboard.type("4")
    page.wait_for_function(EDITING, timeout=15_000)  # a busy machine is slow to open the editor
    page.keyboard.press("Enter")
    page.wait_for_function(f"!({EDITING})")
    page.wait_for_timeout(800)
    idle(page)  # the rerun has saved the score; the panels above may have grown: find the grid again
    grid.evaluate("e => e.scrollIntoView({block: 'center'})")
    page.wait_for_timeout(300)
    box = grid.bounding_box()
    first_row = box["y"] + 36 + 33
    click(page, box["x"] + box["width"] - 40, first_row)
    page.keyboard.press("Enter")
    page.wait_for_function(EDITING, timeout=15_000)  # a busy machine is slow to open the editor
    page.keyboard.insert_text("按计划完成")
    page.wait_for_timeout(300)
    assert page.evaluate("document.fullscreenElement") is None
    screenshot(page, "page_indicator_grid_1366x768.png")
    page.keyboard.press("Enter")
    page.wait_for_function(f"!({EDITING})")
    page.wait_for_timeout(500)
    idle(page)
    page.reload()  # what was typed was saved with the conversation
    page.get_by_test_id("stChatMessage").first.wait_for(timeout=30_000)
    idle(page)
    grid = page.get_by_test_id("stDataFrame").first
    grid.evaluate("e => e.scrollIntoView({block: 'center'})")
    page.wait_for_timeout(500)
    grid.click(position={"x": 200, "y": 36 + 33})  # the grid fills its cells' accessible text once focused
    page.wait_for_timeout(300)
    cells = grid.locator("[role=gridcell]").all_text_contents()
    assert "按计划完成" in cells and "4" in cells, cells[:16]
    page.close()


def test_every_completion_bar_is_named_and_labelled_and_lines_are_kept(
    server: str, browser: object, tmp_path: Path  # noqa: F811
) -> None:
    path, figures = figures_file(tmp_path)
    expected = score_panel(figures).completion
    assert len(expected) >= 10
    page = open_page(browser, server)
    import_figures(page, path)
    page.get_by_role("button", name="生成草稿").click()
    page.get_by_text("数字核对：错误").wait_for(timeout=60_000)
    idle(page)
    chart = page.get_by_test_id("stVegaLiteChart").nth(1)  # 资金情况, then 指标完成率
    chart.scroll_into_view_if_needed()
    chart.locator(".mark-text.role-mark text").first.wait_for(timeout=10_000)
    bars = chart.locator(".mark-rect.role-mark path").count()
    values = chart.locator(".mark-text.role-mark text").all_text_contents()
    names = chart.locator(".role-axis-label text").evaluate_all("ts => ts.map(t => t.textContent)")
    assert bars == len(expected) and len(values) == bars
    assert all(v.endswith("%") for v in values)
    for name, _completion in expected:
        assert any(name == n for n in names), f"no label for {name}: {names}"
    assert within_page(chart.bounding_box())
    chart.evaluate("e => e.scrollIntoView({block: 'center'})")
    page.wait_for_timeout(300)
    screenshot(page, "page_completion_chart_1366x768.png")

    lines = ["培训人次，≥300人次，320人次，30分", "演练次数，≥4次，4次，20分", "通信保障率，≥95%，98%，30分"]
    before = page.get_by_test_id("stChatMessage").count()
    box = page.get_by_test_id("stChatInputTextArea")
    box.fill("\n".join(lines))
    box.press("Enter")
    page.wait_for_function(f"document.querySelectorAll('[data-testid=\"stChatMessage\"]').length >= {before + 2}",
                           timeout=30_000)
    idle(page)
    said = page.get_by_test_id("stChatMessage").filter(has_text=lines[0]).filter(has_text=lines[2]).first
    paragraph = said.get_by_test_id("stMarkdownContainer").locator("p").first
    assert paragraph.inner_text().split("\n") == lines  # innerText follows the rendering: kept lines
    said.evaluate("e => e.scrollIntoView({block: 'center'})")
    page.wait_for_timeout(300)
    screenshot(page, "page_multiline_message_1366x768.png")
    page.close()


def english_on_page(page: object) -> list[str]:
    """Streamlit's English words still visible or announced on the page (labels, tooltips, placeholders)."""
    found = page.evaluate(
        """(words) => {
          const out = [];
          const seen = (s) => s && words.some(w => s.includes(w));
          const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (w.nextNode()) {
            const p = w.currentNode.parentElement;
            if (p && !p.closest('script, style, [data-testid=stChatMessage]') && seen(w.currentNode.nodeValue))
              out.push(w.currentNode.nodeValue);
          }
          document.querySelectorAll('[aria-label], [title], [placeholder]').forEach(e => {
            for (const a of ['aria-label', 'title', 'placeholder']) if (seen(e.getAttribute(a))) out.push(e.getAttribute(a));
          });
          return out;
        }""",
        list(ENGLISH),
    )
    return list(found)


def test_streamlit_words_are_chinese(server: str, browser: object, tmp_path: Path) -> None:  # noqa: F811
    path, _figures = figures_file(tmp_path)
    page = open_page(browser, server)
    import_figures(page, path)
    page.get_by_role("tab", name="导入导出").click()
    used = page.get_by_test_id("stFileUploader").filter(has_text="导入关键数据")  # holds the imported file
    assert used.get_by_role("button", name="移除 关键数据.json").count() == 1
    assert used.get_by_role("button", name="添加文件").count() == 1
    empty = page.get_by_test_id("stFileUploader").filter(has_text="导入绩效自评表")
    assert empty.get_by_test_id("stBaseButton-secondary").get_by_test_id("stMarkdownContainer").inner_text() == "上传"
    limit = empty.get_by_test_id("stFileUploaderDropzoneInstructions").inner_text()
    assert "单个文件不超过 200MB" in limit and "XLSX, DOCX" in limit
    assert english_on_page(page) == []
    screenshot(page, "page_uploader_zh_1366x768.png")

    grid = page.get_by_test_id("stDataFrame").first
    grid.scroll_into_view_if_needed()
    grid.hover()
    toolbar = page.get_by_test_id("stElementToolbar").first
    labels = toolbar.locator("button").evaluate_all("bs => bs.map(b => b.getAttribute('aria-label'))")
    assert labels == ["添加一行", "显示/隐藏列", "下载为 CSV", "搜索", "全屏"], labels
    toolbar.get_by_role("button", name="全屏").hover()
    assert page.get_by_test_id("stTooltipContent").last.inner_text().strip() == "全屏"
    toolbar.get_by_role("button", name="显示/隐藏列").click()
    page.get_by_text("全选", exact=True).wait_for(timeout=15_000)
    assert english_on_page(page) == []
    screenshot(page, "page_grid_menu_zh_1366x768.png")
    page.keyboard.press("Escape")

    page.get_by_text("审阅", exact=True).click()
    page.get_by_text("审阅：粘贴或上传报告").wait_for(timeout=30_000)
    idle(page)
    report = tmp_path / "报告.txt"
    report.write_text("项目支出绩效自评报告\n全年预算数100万元，全年执行数90万元，预算执行率为90%。", encoding="utf-8")
    page.get_by_test_id("stFileUploader").locator("input[type=file]").set_input_files(str(report))
    page.get_by_text("报告.txt").first.wait_for(timeout=30_000)
    idle(page)
    remove = page.get_by_test_id("stFileUploader").get_by_role("button", name="移除 报告.txt")
    remove.first.wait_for(timeout=30_000)  # the file's row renders a moment after its name on a busy machine
    assert remove.count() == 1
    assert english_on_page(page) == []
    screenshot(page, "page_review_uploader_zh_1366x768.png")
    page.close()
