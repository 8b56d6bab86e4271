"""App timings in a real headless Chromium against ``streamlit run app.py`` (prints figures, no asserts).

1. Server start → health endpoint answers → first chat message rendered in the browser.
2. Pasting a 5,000-character report into 审阅 → highlighted findings (``mark.ra-error``) shown and the
   script idle (target ≤ 1 s), beside the baseline measured in the same run: ``critique()`` (and
   ``check()``) alone on the same text, in process. The difference is the page's own cost
   (websocket round trip, rerun of the script, rendering).

Run: ``.venv/bin/python bench/bench_app.py [--runs 7]``. Needs /usr/bin/chromium (scripts/install-browser.sh).
"""

from __future__ import annotations

import argparse
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEEDS = ROOT / "tests" / "data" / "seeds"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def report_5000() -> str:
    """Seed 004 (with its 587.90% error) followed by seed 002, cut to 5,000 characters."""
    text = (SEEDS.glob("004_*.txt").__next__().read_text(encoding="utf-8") + "\n"
            + SEEDS.glob("002_*.txt").__next__().read_text(encoding="utf-8"))
    return text[:5000]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def in_process(text: str, runs: int) -> tuple[float, float]:
    from chains.check import check
    from chains.critique import critique
    from chains.ingest.reports import iter_reports

    # the page compares with every indexed report (boilerplate across the corpus): so does the baseline
    corpus = {r.meta.source: r.text for r in iter_reports([ROOT / "corpus"])[0]}
    critique(text, corpus_texts=corpus)  # warm caches (jieba, regexes) as the server is warm
    t_crit, t_check = [], []
    for _ in range(runs):
        t = time.perf_counter()
        critique(text, corpus_texts=corpus)
        t_crit.append(time.perf_counter() - t)
        t = time.perf_counter()
        check(text)
        t_check.append(time.perf_counter() - t)
    return statistics.median(t_crit), statistics.median(t_check)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    text = report_5000()
    crit, chk = in_process(text, args.runs)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)  # launched first: not timed
        page = browser.new_page(viewport={"width": 1440, "height": 1000})
        data = Path(tmp) / "data"
        data.mkdir()
        port = free_port()
        env = dict(os.environ, REPORT_ASSISTANT_DATA_DIR=str(data), HOME=tmp)
        for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "CHROMA_HOST"):
            env.pop(name, None)
        t0 = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            while True:
                try:
                    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1):
                        break
                except OSError:
                    time.sleep(0.05)
            t_health = time.monotonic() - t0
            t1 = time.monotonic()
            page.goto(url)
            page.get_by_test_id("stChatMessage").first.wait_for(timeout=60_000)
            t_first = time.monotonic() - t0
            t_page = time.monotonic() - t1
            page.wait_for_selector(IDLE)
            page.get_by_text("审阅", exact=True).click()
            page.wait_for_selector(IDLE)
            area = page.get_by_label("或粘贴报告全文")
            rounds = []
            for i in range(args.runs + 1):
                variant = text[:-1] + "。　"[i % 2]  # a different text each time, so the page reruns
                area.fill(variant)
                t = time.monotonic()
                area.press("Control+Enter")
                page.wait_for_function(
                    "() => { const m = document.querySelector('mark.ra-error');"
                    " const app = document.querySelector('[data-testid=stApp]');"
                    " return m && app.getAttribute('data-test-script-state') === 'notRunning'; }",
                    timeout=60_000,
                )
                if i:  # the first paste also imports the critique modules in the server: a warm-up
                    rounds.append(time.monotonic() - t)
                area.fill("")
                area.press("Control+Enter")
                page.wait_for_function("() => !document.querySelector('mark.ra-error')", timeout=60_000)
                page.wait_for_selector(IDLE)
            browser.close()
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    print(f"bench_app — {time.strftime('%Y-%m-%d %H:%M')} · {platform.machine()} · {os.cpu_count()} cores · "
          f"Python {platform.python_version()}")
    print(f"server start → health endpoint:            {t_health:6.2f} s")
    print(f"server start → first chat message in page:  {t_first:6.2f} s  (page load after health {t_page:.2f} s)")
    print(f"5,000-char paste → highlighted findings, browser round trip (median of {len(rounds)}): "
          f"{statistics.median(rounds) * 1000:7.0f} ms  (min {min(rounds) * 1000:.0f}, max {max(rounds) * 1000:.0f}; "
          "target ≤ 1000 ms)")
    print(f"baseline, same text in process: critique() {crit * 1000:7.1f} ms · check() {chk * 1000:6.1f} ms")
    print(f"page overhead over critique(): {(statistics.median(rounds) - crit) * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
