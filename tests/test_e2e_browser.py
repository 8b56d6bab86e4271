"""End to end in a real headless Chromium against ``streamlit run app.py`` on 127.0.0.1.

Debian's ``/usr/bin/chromium`` driven by python playwright (never ``playwright install``); Chromium and a
CJK font come from ``scripts/install-browser.sh`` (run by ``make test``). Screenshots are saved under
``test-output/screenshots/`` for a person to look at.
"""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import CHAT_ANSWERS, seed_text

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "test-output" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
ANSWERS = CHAT_ANSWERS

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="需要 Debian chromium：bash scripts/install-browser.sh"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_streamlit(data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ, REPORT_ASSISTANT_DATA_DIR=str(data_dir), HOME=str(data_dir.parent))
    log = open(data_dir.parent / "streamlit.log", "wb")  # noqa: SIM115 - closed with the process
    return subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )


def wait_healthy(url: str, proc: subprocess.Popen[bytes], timeout: float = 60) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if proc.poll() is not None:
            raise RuntimeError("streamlit exited early")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as r:
                if r.status == 200:
                    return time.monotonic() - start
        except OSError:
            time.sleep(0.2)
    raise TimeoutError("streamlit did not start")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    base = tmp_path_factory.mktemp("e2e")
    data = base / "data"
    data.mkdir()
    port = free_port()
    proc = start_streamlit(data, port)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def idle(page: object, timeout: float = 30_000) -> None:
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout)


def shot(page: object, name: str) -> Path:
    """A screenshot of the whole page: Streamlit scrolls inside its main section, so grow the viewport."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / name
    size = page.viewport_size
    height = page.evaluate(
        "Math.max(...Array.from(document.querySelectorAll('[data-testid=stMain], section')).map(e => e.scrollHeight))"
    )
    page.set_viewport_size({"width": size["width"], "height": min(max(int(height), size["height"]), 9000)})
    page.wait_for_timeout(300)
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(size)
    return path


def test_draft_a_report_through_the_chat_and_download_it(server: str, browser: object) -> None:
    import docx

    page = browser.new_page(viewport={"width": 1440, "height": 1000}, accept_downloads=True)
    page.goto(server)
    messages = page.get_by_test_id("stChatMessage")
    messages.first.wait_for(timeout=30_000)
    idle(page)
    assert "项目名称" in messages.first.inner_text()
    shot(page, "01_chat_start.png")
    for text in ANSWERS:
        before = messages.count()
        box = page.get_by_test_id("stChatInputTextArea")
        box.fill(text)
        box.press("Enter")
        page.wait_for_function(
            f"document.querySelectorAll('[data-testid=\"stChatMessage\"]').length >= {before + 2}", timeout=30_000
        )
        idle(page)
    assert "关键数据已基本齐全" in messages.last.inner_text()
    shot(page, "02_chat_figures.png")

    page.get_by_role("button", name="生成草稿").click()
    page.get_by_text("数字核对：错误").wait_for(timeout=30_000)
    idle(page)
    assert page.get_by_text("一、项目基本情况").count() >= 1
    shot(page, "03_draft.png")

    with page.expect_download(timeout=30_000) as info:
        page.get_by_role("button", name="下载 Word（.docx）").click()
    data = Path(info.value.path()).read_bytes()
    document = docx.Document(io.BytesIO(data))
    assert document.tables, "the .docx holds no table"
    cells = "".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "培训人次" in cells and "群众满意度" in cells
    body = "\n".join(p.text for p in document.paragraphs)
    assert "应急通信保障经费" in body and "139" in body
    page.close()


def test_critique_a_pasted_seed_report(server: str, browser: object) -> None:
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    page.goto(server)
    page.get_by_test_id("stChatMessage").first.wait_for(timeout=30_000)
    idle(page)
    page.get_by_text("审阅", exact=True).click()
    page.get_by_text("审阅：粘贴或上传报告").wait_for(timeout=30_000)
    idle(page)
    area = page.get_by_label("或粘贴报告全文")
    area.fill(seed_text("004"))
    area.press("Control+Enter")
    mark = page.locator("mark.ra-error", has_text="587.90%").first
    mark.wait_for(timeout=30_000)
    idle(page)
    assert "执行率" in (mark.get_attribute("title") or "")
    assert page.get_by_text("比率超出合理范围").count() >= 1
    shot(page, "04_critique.png")
    page.close()


def test_phrasing_search_in_the_browser(server: str, browser: object) -> None:
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    page.goto(server)
    page.get_by_test_id("stChatMessage").first.wait_for(timeout=30_000)
    idle(page)
    page.get_by_text("范文", exact=True).click()
    page.get_by_text("范文：看看别人是怎么写的").wait_for(timeout=30_000)
    idle(page)
    page.get_by_label("想写什么内容").fill("资金使用 存在的问题 整改")
    page.get_by_role("button", name="检索").click()
    page.get_by_test_id("stCode").first.wait_for(timeout=30_000)
    idle(page)
    assert page.get_by_text("来源：").count() >= 1
    page.get_by_text("在原文中查看").first.click()
    page.locator("mark.ra-info").first.wait_for(timeout=10_000)
    shot(page, "05_phrasing.png")
    page.close()


def test_corpus_page_lists_the_sample_reports(server: str, browser: object) -> None:
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    page.goto(server)
    page.get_by_test_id("stChatMessage").first.wait_for(timeout=30_000)
    idle(page)
    page.get_by_text("语料库", exact=True).click()
    page.get_by_text("已索引的报告", exact=True).wait_for(timeout=60_000)
    idle(page, timeout=60_000)
    page.get_by_label("输入一段描述，查看检索结果和得分").fill("应急救援 资金 执行率")
    page.get_by_label("输入一段描述，查看检索结果和得分").press("Enter")
    page.get_by_text("相似报告", exact=True).wait_for(timeout=30_000)
    idle(page)
    assert page.get_by_test_id("stDataFrame").count() >= 1
    shot(page, "06_corpus.png")
    page.close()
