"""Drafting speed: concurrent sections against one-after-another, and the offline drafter.

    .venv/bin/python bench/bench_draft.py [--latency 1.0] [--repeat 20] [--figures PATH]

With the local OpenAI-compatible test server (``tests/openai_server.py``) adding ``--latency`` seconds to
every call, a full draft is timed with all sections in flight together (the default) and, as the
baseline measured in the same run, with ``max_concurrency=1`` (sections drafted one after another,
same code path). Targets: concurrent ≤ 2 s at 1 s latency (against ≈ N s sequential); offline draft
≤ 200 ms. The server's request log shows how far the calls overlapped. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEV = ROOT / "tests" / "data" / "dev" / "figures"

from chains.draft import draft_report  # noqa: E402
from chains.draft.offline import draft_offline  # noqa: E402
from chains.figures import Figures  # noqa: E402
from chains.ingest.figures_file import load_figures  # noqa: E402
from chains.settings import Settings  # noqa: E402
from tests.openai_server import OpenAIServer  # noqa: E402


def timed_draft(figures: Figures, settings: Settings, **kw: object) -> tuple[float, int, float]:
    """(seconds, model calls, seconds during which every call was in flight together)."""
    with OpenAIServer(latency=float(kw.pop("latency"))) as server:  # type: ignore[arg-type]
        s = replace(settings, openai_base_url=server.base_url)
        t = time.perf_counter()
        draft = draft_report(figures, s, **kw)  # type: ignore[arg-type]
        elapsed = time.perf_counter() - t
        requests = server.chat_requests()
    assert draft.backend == "llm", draft.notices
    overlap = min(r.finished or 0 for r in requests) - max(r.started for r in requests)
    return elapsed, len(requests), max(0.0, overlap)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--latency", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--figures", type=Path, default=DEV / "guangshui-roads-2021.json")
    args = parser.parse_args()

    figures = load_figures(args.figures)
    with tempfile.TemporaryDirectory() as tmp:
        settings = replace(Settings(), data_dir=Path(tmp), openai_api_key="EMPTY", openai_model="test-model",
                           llm_timeout=30.0, llm_max_retries=0)
        print(f"bench_draft  {time.strftime('%Y-%m-%d %H:%M %Z')}  {platform.python_implementation()} "
              f"{platform.python_version()}  {os.cpu_count()} cores  figures={args.figures.name}")

        timed_draft(figures, settings, latency=0.0)  # warm-up: imports, templates, checker caches

        conc, calls, overlap = timed_draft(figures, settings, latency=args.latency)
        conc_json, _, _ = timed_draft(figures, settings, latency=args.latency, stream=False)
        seq, seq_calls, _ = timed_draft(figures, settings, latency=args.latency, max_concurrency=1)
        print(f"model draft, {args.latency:g} s latency per call, {calls} sections to the model (SSE unless noted):")
        print(f"  concurrent (all sections in flight)   {conc:6.2f} s   calls overlapped for {overlap:.2f} s"
              f"   target ≤ 2 s: {'met' if conc <= 2 else 'NOT met'}")
        print(f"  concurrent, non-streaming (JSON)      {conc_json:6.2f} s")
        print(f"  sequential (max_concurrency=1)        {seq:6.2f} s   ({seq_calls} calls; ≈ N × latency = "
              f"{seq_calls * args.latency:.0f} s)")
        print(f"  speed-up                              {seq / conc:6.1f} ×")

        offline_only = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            draft_offline(figures)
            offline_only.append(time.perf_counter() - t)
        offline_full = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            draft_report(figures, replace(settings, openai_api_key=""))
            offline_full.append(time.perf_counter() - t)
        med_only = statistics.median(offline_only) * 1000
        med_full = statistics.median(offline_full) * 1000
        print(f"offline draft (median of {args.repeat}):")
        print(f"  draft_offline (templates)             {med_only:6.1f} ms   target ≤ 200 ms: "
              f"{'met' if med_only <= 200 else 'NOT met'}")
        print(f"  draft_report, offline backend         {med_full:6.1f} ms   (+ numbers check, repeat pass, run record)"
              f"   target ≤ 200 ms: {'met' if med_full <= 200 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
