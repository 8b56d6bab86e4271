"""The 批量审阅 page and the 审阅 page at 1366×768, in a real headless Chromium against ``streamlit run`` (issue 12).

The same server and browser as ``tests/test_e2e_browser.py`` (Debian ``/usr/bin/chromium`` driven by python
playwright, never ``playwright install``); screenshots go to ``test-output/screenshots/`` beside that test's.
A zip of ten reports — the five seeds and five dev cases, in folders per unit, one of them a Word file — is
uploaded, reviewed with a progress bar, filtered, one report opened and the worksheet downloaded.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest

from tests.conftest import seed_text
from tests.test_app import TEN_REPORTS, ten_reports_zip
from tests.test_e2e_browser import CHROMIUM, SHOTS, browser, idle, server  # noqa: F401 - the fixtures are used by name

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="需要 Debian chromium：bash scripts/install-browser.sh"),
]

VIEWPORT = {"width": 1366, "height": 768}


def open_mode(page: object, server_url: str, mode: str, heading: str) -> None:
    page.goto(server_url)
    page.get_by_test_id("stChatMessage").first.wait_for(timeout=30_000)
    idle(page)
    page.get_by_text(mode, exact=True).click()
    page.get_by_text(heading).wait_for(timeout=30_000)
    idle(page)


def screenshot(page: object, name: str) -> Path:
    """What a reviewer sees at 1366×768: the viewport, not the whole page."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / name
    page.screenshot(path=str(path))
    width, height = struct.unpack(">II", path.read_bytes()[16:24])  # the PNG header's IHDR
    assert (width, height) == (VIEWPORT["width"], VIEWPORT["height"])
    return path


def test_a_zip_of_ten_reports_is_reviewed_filtered_opened_and_downloaded(
    server: str, browser: object, tmp_path: Path  # noqa: F811
) -> None:
    import openpyxl

    archive = ten_reports_zip(tmp_path)
    page = browser.new_page(viewport=VIEWPORT, accept_downloads=True)
    open_mode(page, server, "批量审阅", "批量审阅：一次上传多份报告或压缩包")
    assert page.get_by_text("还没有审阅过的批次").count() == 1
    page.locator('[data-testid="stFileUploader"] input[type=file]').set_input_files(str(archive))
    page.get_by_text(archive.name).wait_for(timeout=30_000)
    idle(page)
    start = page.get_by_role("button", name="开始审阅")
    page.wait_for_function("b => !b.disabled", arg=start.element_handle(), timeout=10_000)
    start.click()
    page.get_by_text("显示 10 / 10 份").wait_for(timeout=60_000)
    idle(page)
    assert page.get_by_text("审阅完成").count() == 1
    assert page.get_by_test_id("stProgress").count() == 1
    counts = {m.split("：")[0]: int(m.splitlines()[-1]) for m in page.get_by_test_id("stMetric").all_inner_texts()}
    assert sum(counts.values()) == len(TEN_REPORTS) and counts["红"] >= 2 and counts["绿"] >= 3
    screenshot(page, "07_batch_summary_1366x768.png")

    filters = page.get_by_role("toolbar", name="按状态筛选")
    filters.get_by_role("button", name=f"绿 {counts['绿']}").click()  # hide the clean reports
    page.get_by_text(f"显示 {10 - counts['绿']} / 10 份").wait_for(timeout=30_000)
    idle(page)

    combo = page.get_by_role("combobox", name="打开一份报告，查看原文与问题")
    combo.click()
    combo.fill("004_")
    page.get_by_role("option").filter(has_text="004_3801d610b368e742.txt").first.click()
    mark = page.locator("mark.ra-error", has_text="587.90%").first
    mark.wait_for(timeout=30_000)
    idle(page)
    assert "执行率" in (mark.get_attribute("title") or "")
    assert page.get_by_text("提纲覆盖", exact=True).count() == 1
    heading = page.locator("h4", has_text="004_3801d610b368e742.txt").first
    heading.evaluate("el => el.scrollIntoView({block: 'start'})")  # the report's name, figures and text in view
    page.wait_for_timeout(300)
    screenshot(page, "08_batch_report_1366x768.png")

    with page.expect_download(timeout=30_000) as info:
        page.get_by_role("button", name="下载审阅结果（Excel）").click()
    book = openpyxl.load_workbook(io.BytesIO(Path(info.value.path()).read_bytes()))
    files = [row[0] for row in book["报告"].iter_rows(min_row=2, values_only=True)]
    assert len(files) == 10 and all(f.startswith(f"{archive.name}/") for f in files)
    assert info.value.suggested_filename.endswith(".xlsx")
    with page.expect_download(timeout=30_000) as info:
        page.get_by_role("button", name="下载审阅结果（网页，可离线打开）").click()
    html = Path(info.value.path()).read_text(encoding="utf-8")
    assert "587.90%</mark>" in html and html.count('class="ra-report"') == 10

    page.reload()  # a new session on the same server: the batch is still there
    page.get_by_test_id("stChatMessage").first.wait_for(timeout=30_000)
    idle(page)
    page.get_by_text("批量审阅", exact=True).click()
    page.get_by_text("显示 10 / 10 份").wait_for(timeout=30_000)
    page.close()


def test_the_outline_coverage_table_is_not_clipped_at_1366x768(server: str, browser: object) -> None:  # noqa: F811
    page = browser.new_page(viewport=VIEWPORT)
    open_mode(page, server, "审阅", "审阅：粘贴或上传报告")
    area = page.get_by_label("或粘贴报告全文")
    area.fill(seed_text("004"))
    area.press("Control+Enter")
    page.get_by_text("提纲覆盖", exact=True).wait_for(timeout=30_000)
    idle(page)
    table = page.get_by_test_id("stTable").last
    table.scroll_into_view_if_needed()
    geometry = table.evaluate(
        """el => {
            const main = document.querySelector('[data-testid="stMainBlockContainer"]').getBoundingClientRect();
            const box = el.getBoundingClientRect();
            const overflowing = [el, ...el.querySelectorAll('*')].filter(e => e.scrollWidth > e.clientWidth + 1
                && getComputedStyle(e).overflowX !== 'visible');
            const cells = [...el.querySelectorAll('td, th')].filter(c => c.scrollWidth > c.clientWidth + 1);
            return {right: box.right, mainRight: main.right, left: box.left, mainLeft: main.left,
                    overflowing: overflowing.length, cut: cells.map(c => c.textContent),
                    rows: el.querySelectorAll('tbody tr').length, columns: el.querySelectorAll('thead th').length};
        }"""
    )
    assert geometry["left"] >= geometry["mainLeft"] - 1 and geometry["right"] <= geometry["mainRight"] + 1, geometry
    assert geometry["overflowing"] == 0 and geometry["cut"] == [], geometry
    assert geometry["rows"] >= 10 and geometry["columns"] >= 3, geometry
    assert page.get_by_text("报告中的标题").count() >= 1 and page.get_by_text("无独立章节（正文有涉及）").count() >= 1
    screenshot(page, "09_review_outline_1366x768.png")
    page.close()
