"""Batch review speed: ``report-assistant review`` on 1,000 reports against one ``report-assistant check`` per file.

    .venv/bin/python bench/bench_review.py [--reports 1000] [--workers N] [--baseline-sample 50]

1. Generates ``--reports`` reports from the repository's own (``tests/data/seeds``, the clean drafts of
   ``tests/data/dev/cases``, ``corpus/*.txt``), keeping only bases on which ``critique`` finds no error:
   every money amount is multiplied by one integer factor (sums, rates and unit prices still hold), every
   year is shifted by the same 0–2 years, and the layout varies — UTF-8 text, GB18030 text with CRLF line
   ends, Markdown, Word (.docx with real tables) and a few PDFs. About 20% get one injected error (a stated
   execution rate, total score or grade changed), chosen per base so that ``critique`` does flag it.
2. Reviews the folder with ``chains.review.review_paths`` (the function the CLI calls, with its process
   pool) in a fresh child process, and writes the xlsx worksheet; prints reports/s, CPU time and peak
   memory (the child's own and its workers').
3. Baseline, in the same run: one ``report-assistant check FILE`` process per file, on a sample of
   ``--baseline-sample`` files of the same mix, one after another and two at a time; the time for all
   files is extrapolated from the sample (printed as such).
Timing varies with the machine's other load; both sides are measured in the same run, and the bench prints
how many CPUs a pure-Python loop really got just before the review (other processes take their share).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_RATE, TARGET_SPEEDUP = 300.0, 10.0
INJECTED_SHARE = 0.2
LAYOUTS = (("txt", 45), ("gb18030", 15), ("md", 10), ("docx", 25), ("pdf", 5))
_MONEY = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?=\s*(?:万元|元|亿元))")
_YEAR = re.compile(r"(?<![\d.])(20[12]\d)(?=\s*(?:年|-|—|－|～|至))")
_INJECT = (
    (re.compile(r"(执行率(?:为|达到|达)?)(\d+(?:\.\d+)?)(%)"), lambda v: v - 7 if v >= 20 else v + 7),
    (re.compile(r"((?:自评得分|自评总分|总得分)(?:为)?)(\d+(?:\.\d+)?)(分)"), lambda v: v - 25 if v >= 60 else v + 25),
    (re.compile(r"((?:等级|等次)为)(优|良|中|差)()"), None),
)


def bases() -> list[tuple[str, str]]:
    """(name, text) of every repository report on which ``critique`` finds no error."""
    from chains.critique import critique

    files = sorted((ROOT / "tests/data/seeds").glob("*.txt")) + sorted((ROOT / "tests/data/dev/cases").glob("*-clean.txt"))
    files += sorted((ROOT / "corpus").glob("*.txt"))
    out = []
    for f in files:
        text = f.read_text(encoding="utf-8")
        if critique(text).ok:
            out.append((f.stem, text))
    return out


def scaled(text: str, factor: int, years: int) -> str:
    def money(m: re.Match[str]) -> str:
        whole = int(m.group(1).replace(",", ""))
        frac = m.group(2) or ""
        cents = (whole * 10 ** (len(frac) - 1) + int(frac[1:] or 0)) * factor if frac else whole * factor
        if not frac:
            return str(cents)
        digits = len(frac) - 1
        return f"{cents // 10**digits}.{cents % 10**digits:0{digits}d}"

    return _YEAR.sub(lambda m: str(int(m.group(1)) + years), _MONEY.sub(money, text))


def injected(text: str) -> str | None:
    """The text with one stated figure changed so that ``critique`` reports an error; ``None`` if none works."""
    from chains.critique import critique

    for pattern, change in _INJECT:
        m = pattern.search(text)
        if not m:
            continue
        if change is None:
            new = {"优": "差", "良": "差", "中": "优", "差": "优"}[m.group(2)]
        else:
            value = float(m.group(2))
            new = f"{change(value):g}"
        mutated = text[: m.start(2)] + new + text[m.end(2) :]
        if not critique(mutated).ok:
            return mutated
    return None


def generate(n: int, folder: Path, seed: int = 12) -> dict[str, int]:
    """Write ``n`` reports into ``folder``; return how many of each layout and how many carry an error."""
    rng = random.Random(seed)
    sources = bases()
    injectable = [(name, text) for name, text in sources if injected(text) is not None]
    layouts = [name for name, weight in LAYOUTS for _ in range(weight)]
    counts: dict[str, int] = {"injected": 0}
    for k in range(n):
        inject = rng.random() < INJECTED_SHARE
        name, text = (injectable if inject else sources)[k % len(injectable if inject else sources)]
        text = scaled(text, rng.choice((1, 1, 2, 3, 5)), rng.choice((0, 0, 1, 2)))
        if inject and (bad := injected(text)) is not None:
            text, counts["injected"] = bad, counts["injected"] + 1
        layout = rng.choice(layouts)
        counts[layout] = counts.get(layout, 0) + 1
        _write(folder / f"{k // 100:02d}" / f"{k:04d}-{name}", layout, text)
    return counts


def _write(stem: Path, layout: str, text: str) -> None:
    stem.parent.mkdir(parents=True, exist_ok=True)
    if layout == "txt":
        stem.with_suffix(".txt").write_text(text, encoding="utf-8")
    elif layout == "gb18030":
        stem.with_suffix(".txt").write_bytes(text.replace("\n", "\r\n").encode("gb18030", errors="replace"))
    elif layout == "md":
        stem.with_suffix(".md").write_text(text, encoding="utf-8")
    elif layout == "docx":
        from tests.make_documents import make_report_docx

        make_report_docx(text, stem.with_suffix(".docx"))
    else:
        from tests.make_documents import make_pdf_pages

        lines = [line for line in text.split("\n") if line.strip()]
        stem.with_suffix(".pdf").write_bytes(make_pdf_pages([lines[i : i + 45] for i in range(0, len(lines), 45)]))


def child(folder: Path, workers: int, out: Path) -> dict[str, Any]:
    """The measured side: the review as the CLI runs it, in this fresh process, then the xlsx written."""
    from chains.review import review_paths, write

    t0, cpu0 = time.perf_counter(), os.times()
    batch = review_paths([folder], workers=workers)
    seconds, cpu = time.perf_counter() - t0, os.times()  # the workers are reaped: their CPU time is counted
    t1 = time.perf_counter()
    write(batch, out)
    statuses = batch.status_counts()
    return {
        "reports": len(batch.reports),
        "seconds": seconds,
        "write_seconds": time.perf_counter() - t1,
        "cpu_seconds": cpu.user - cpu0.user + cpu.children_user - cpu0.children_user + cpu.system - cpu0.system,
        "status": dict(statuses),
        "peak_rss_mb": vm_hwm_mb(),  # this process's own peak (ru_maxrss would count the bench's pages before exec)
        "workers_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def vm_hwm_mb(pid: str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


_PEAK_OF = (
    "import os, subprocess, sys\n"
    "p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    "print(os.wait4(p.pid, 0)[2].ru_maxrss)"
)


def peak_of_one_check(path: Path) -> float:
    """Peak memory (MB) of one ``report-assistant check`` process, started from a small wrapper process so
    that the bench's own pages (counted by Linux in a child's ru_maxrss until exec) do not inflate it."""
    exe = Path(sys.executable).with_name("report-assistant")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "chains"]
    out = subprocess.run([sys.executable, "-c", _PEAK_OF, *cmd, "check", str(path)], capture_output=True, text=True)
    return int(out.stdout.strip()) / 1024


def baseline(files: list[Path], parallel: int) -> float:
    """Seconds per file of one ``report-assistant check`` process per file, ``parallel`` at a time."""
    exe = Path(sys.executable).with_name("report-assistant")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "chains"]

    def one(path: Path) -> int:
        return subprocess.run([*cmd, "check", str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode

    t = time.perf_counter()
    with ThreadPoolExecutor(parallel) as pool:
        list(pool.map(one, files))
    return (time.perf_counter() - t) / len(files)


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def effective_cores(workers: int, n: int = 2_000_000) -> float:
    """How many CPUs this run really gets: the same pure-Python loop once alone, then ``workers`` at once
    (other processes on the machine take their share; 2.0 on an idle 2-CPU machine)."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_spin, [1000] * workers))  # start the workers
        t = time.perf_counter()
        pool.submit(_spin, n).result()
        alone = time.perf_counter() - t
        t = time.perf_counter()
        list(pool.map(_spin, [n] * workers))
        together = time.perf_counter() - t
    return workers * alone / together


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=None, help="review processes (default: every CPU)")
    parser.add_argument("--baseline-sample", type=int, default=50)
    parser.add_argument("--child", nargs=2, metavar=("FOLDER", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    from chains.review import default_workers

    workers = args.workers or default_workers()
    if args.child:
        print(json.dumps(child(Path(args.child[0]), workers, Path(args.child[1]))))
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-review-") as tmp:
        folder = Path(tmp) / "reports"
        t = time.perf_counter()
        counts = generate(args.reports, folder)
        files = sorted(p for p in folder.rglob("*") if p.is_file())
        print(f"generated {len(files)} reports in {time.perf_counter() - t:.1f} s from the repository's reports: "
              + ", ".join(f"{k} {v}" for k, v in counts.items()) + f"; machine: {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}")
        cores = effective_cores(workers)
        proc = subprocess.run([sys.executable, __file__, "--child", str(folder), str(Path(tmp) / "审阅结果.xlsx"),
                               "--workers", str(workers)], capture_output=True, text=True, check=True)
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        rate = r["reports"] / r["seconds"]
        print(f"review (review_paths, {workers} worker processes): {r['reports']} reports in {r['seconds']:.2f} s = "
              f"{rate:.0f} reports/s (CPU {r['cpu_seconds']:.1f} s); writing the xlsx {r['write_seconds']:.2f} s; "
              f"statuses {r['status']}; CPUs effectively available just before: {cores:.1f} of {workers}")
        print(f"  peak memory: main process {r['peak_rss_mb']:.0f} MB; largest worker {r['workers_peak_rss_mb']:.0f} MB "
              "(resident, most of it pages shared with the main process)")
        sample = random.Random(3).sample(files, min(args.baseline_sample, len(files)))
        per_file, per_file2 = baseline(sample, 1), baseline(sample, workers)
        rss = max(peak_of_one_check(path) for path in sample[:3])
        print(f"baseline (one `report-assistant check` process per file), timed on a sample of {len(sample)} files and "
              f"extrapolated to {len(files)}: {per_file * len(files):.0f} s = {1 / per_file:.1f} reports/s one at a time; "
              f"{per_file2 * len(files):.0f} s = {1 / per_file2:.1f} reports/s {workers} at a time; peak memory {rss:.0f} MB per process")
        print(f"speed-up: {rate * per_file:.1f}x against one at a time, {rate * per_file2:.1f}x against {workers} at a time "
              f"(target >= {TARGET_SPEEDUP:.0f}x); {rate:.0f} reports/s (target >= {TARGET_RATE:.0f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
