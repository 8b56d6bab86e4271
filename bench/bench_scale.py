"""Scale: index build rate, query latency (both modes) and peak memory on a generated corpus.

Generates N synthetic reports (default 10,000 ≈ 210,000 chunks; ``bench/synthetic.py``, fixed seed),
indexes them with ``Index.update`` (chunking, jieba, embedding, Chroma, manifest — reading files is
ingestion's cost and not included), then times ``example_phrasing`` and ``similar_reports`` queries.
Each mode runs in its own process so peak memory (``resource.getrusage``) is per mode; in server mode
the bench starts its own ``chroma run`` and also reports the server's peak memory. Baseline measured in
the same run: a plain ``rank_bm25`` ``BM25Okapi`` over the same chunk tokens (what langchain's
``BM25Retriever`` uses), queried for the same phrasing queries.

Targets on the 2-core machine: ≥ 50 reports/s indexed, p95 ≤ 100 ms per query at 10,000 reports.

    .venv/bin/python bench/bench_scale.py [--reports N] [--modes embedded,server] [--queries Q] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

TARGET_RATE = 50.0
TARGET_P95_MS = 100.0
SECTIONS = ("problems", "suggestions", "funds", "outputs", "goals", "implementation", "benefits")


def _queries(n: int, seed: int = 7) -> tuple[list[tuple[str, str]], list[dict[str, Any]]]:
    from synthetic import GENERIC, TOPICS

    rng = random.Random(seed)
    phrasing: list[tuple[str, str]] = []
    for _ in range(n):
        section = rng.choice(SECTIONS)
        _cat, dept, project, kws = rng.choice(TOPICS)
        sentence = rng.choice(GENERIC[section])
        text = sentence.format(
            dept=dept, region="某县", project=project, year=2023, unit="项", budget="100.00", spent="90.00",
            rate="90.00", upper="50.00", local="50.00", left="10.00", n1=10, n2=100, n3=3, n4=2, n5=90,
            p1=95, p2=90, p3=100, score=90, grade="优", **{f"kw{j}": kws[j] for j in range(5)},
        )
        cut = rng.randint(len(text) // 2, len(text))  # a partial, reworded-looking query
        phrasing.append((section, text[:cut]))
    similar = []
    for _ in range(n):
        category, dept, project, kws = rng.choice(TOPICS)
        similar.append({"project_name": project, "department": f"某县{dept}", "year": rng.randint(2019, 2024),
                        "category": category, "content": "、".join(rng.sample(kws, 3)),
                        "budget": {"annual": round(rng.uniform(5, 3000), 2)}})
    return phrasing, similar


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start_server(path: Path) -> tuple[subprocess.Popen[bytes], int]:
    import httpx

    port = _free_port()
    log = (path / "chroma.log").open("wb")
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "chroma"), "run", "--path", str(path / "server"), "--host", "127.0.0.1",
         "--port", str(port)], stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1).status_code == 200:
                return proc, port
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("chroma run did not start")


def _vm_hwm_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def child(mode: str, n: int, n_queries: int, processes: int, baseline: bool) -> dict[str, Any]:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    from synthetic import generate

    from chains.retrieval.index import open_index
    from chains.retrieval.search import Retriever
    from chains.settings import Settings

    out: dict[str, Any] = {"mode": mode, "reports": n}
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        settings = replace(Settings.from_env({}), data_dir=tmpdir / "data")
        server = None
        if mode == "server":
            server, port = _start_server(tmpdir)
            settings = replace(settings, chroma_host="127.0.0.1", chroma_port=port)
        try:
            t = time.perf_counter()
            reports = generate(n)
            out["generate_s"] = round(time.perf_counter() - t, 1)
            index = open_index(settings)
            t = time.perf_counter()
            summary = index.update([(None, reports, False)], processes=processes)
            build = time.perf_counter() - t
            out.update(chunks=summary.chunks, index_s=round(build, 1), reports_per_s=round(n / build, 1),
                       chunks_per_s=round(summary.chunks / build))
            del reports
            retriever = Retriever(index)
            t = time.perf_counter()
            retriever._load()  # BM25 built from the stored tokens and saved beside the index
            out["bm25_build_s"] = round(time.perf_counter() - t, 1)
            t = time.perf_counter()
            Retriever(index)._load()  # as a restarted app: BM25 loaded from disk
            out["bm25_load_s"] = round(time.perf_counter() - t, 1)
            phrasing, similar = _queries(n_queries)
            for name, calls in (
                ("phrasing", [lambda s=s, q=q: retriever.example_phrasing(s, q, 5) for s, q in phrasing]),
                ("similar", [lambda f=f: retriever.similar_reports(f, 5) for f in similar]),
            ):
                calls[0]()  # warm-up
                times, empty = [], 0
                for call in calls:
                    t = time.perf_counter()
                    res = call()
                    times.append((time.perf_counter() - t) * 1000)
                    empty += not res
                out[f"{name}_p50_ms"] = round(statistics.median(times), 1)
                out[f"{name}_p95_ms"] = round(_pct(times, 95), 1)
                out[f"{name}_empty"] = empty
            if baseline:
                from rank_bm25 import BM25Okapi

                cols = index.store.chunk_table()
                t = time.perf_counter()
                bm = BM25Okapi([toks or [""] for toks in cols["tokens"]])
                out["rank_bm25_build_s"] = round(time.perf_counter() - t, 1)
                from chains.retrieval.lexical import tokenize

                times = []
                for _s, q in phrasing[:20]:
                    t = time.perf_counter()
                    bm.get_top_n(tokenize(q), cols["chunk_id"], n=5)
                    times.append((time.perf_counter() - t) * 1000)
                out["rank_bm25_p50_ms"] = round(statistics.median(times), 1)
                out["rank_bm25_p95_ms"] = round(_pct(times, 95), 1)
            usage = resource.getrusage(resource.RUSAGE_SELF)
            out["peak_rss_mb"] = round(usage.ru_maxrss / 1024)
            out["workers_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
            if server is not None:
                out["server_peak_rss_mb"] = round(_vm_hwm_mb(server.pid) or 0)
        finally:
            if server is not None:
                server.send_signal(signal.SIGTERM)
                try:
                    server.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    server.kill()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--modes", default="embedded,server")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.reports, args.queries, args.processes, not args.no_baseline)))
        return 0
    rows = []
    for mode in args.modes.split(","):
        cmd = [sys.executable, __file__, "--child", mode, "--reports", str(args.reports), "--queries",
               str(args.queries), "--processes", str(args.processes)] + (["--no-baseline"] if args.no_baseline else [])
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            print(proc.stderr[-3000:], file=sys.stderr)
            return 1
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    meta = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "cpus": os.cpu_count(),
            "load_avg": os.getloadavg()[0]}
    if args.json:
        print(json.dumps({**meta, "runs": rows}, ensure_ascii=False, indent=1))
    else:
        print(f"{meta['date']}  {meta['cpus']} CPUs, load average {meta['load_avg']:.1f}; {args.reports} reports, "
              f"{args.queries} queries per mode, {args.processes} worker processes")
        keys = ["chunks", "index_s", "reports_per_s", "chunks_per_s", "bm25_build_s", "bm25_load_s", "phrasing_p50_ms",
                "phrasing_p95_ms", "phrasing_empty", "similar_p50_ms", "similar_p95_ms", "similar_empty",
                "rank_bm25_build_s", "rank_bm25_p50_ms", "rank_bm25_p95_ms", "peak_rss_mb", "workers_peak_rss_mb",
                "server_peak_rss_mb"]
        print(f"{'':22}" + "".join(f"{r['mode']:>12}" for r in rows))
        for k in keys:
            if any(k in r for r in rows):
                print(f"{k:22}" + "".join(f"{r.get(k, ''):>12}" for r in rows))
    ok = all(
        r["reports_per_s"] >= TARGET_RATE and r["phrasing_p95_ms"] <= TARGET_P95_MS and r["similar_p95_ms"] <= TARGET_P95_MS
        for r in rows
    )
    print(f"targets (≥{TARGET_RATE:.0f} reports/s, p95 ≤ {TARGET_P95_MS:.0f} ms): {'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
