"""Speed of the number checker, printed beside baselines measured in the same run.

    .venv/bin/python bench/bench_check.py [--repeat N]

Figures: median time to check a 5,000-character report (seeds 003+004 cut to 5,000 characters), and
reports per second over the 5 seeds + 21 dev cases. Baselines: a plain regex scan for numbers
(``re.findall``), and ``extract_numbers`` alone (reading without linking or rules). Target ≤ 5 ms per
5,000 characters on one core. Nothing is asserted: timings on a shared machine are noisy.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT / "tests" / "data"  # copies of the shared seeds and dev cases

from chains.check import check  # noqa: E402
from chains.text.numbers import extract_numbers  # noqa: E402

_PLAIN = re.compile(r"\d+(?:\.\d+)?")


def corpus() -> list[str]:
    files = sorted((DATA / "seeds").glob("*.txt")) + sorted((DATA / "dev" / "cases").glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


def median_ms(fn: Callable[[str], object], text: str, repeat: int) -> tuple[float, float]:
    """(median wall-clock ms, median CPU ms of this process). On a shared machine the CPU time is the
    figure to read: it leaves out the time the process waited for a core."""
    for _ in range(20):  # warm caches (compiled regexes, cn2an import) and the CPU
        fn(text)
    wall, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn(text)
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def per_second(fn: Callable[[str], object], texts: list[str], rounds: int) -> float:
    t0 = time.perf_counter()
    for _ in range(rounds):
        for t in texts:
            fn(t)
    return rounds * len(texts) / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    texts = corpus()
    seeds = sorted((DATA / "seeds").glob("*.txt"))
    sample = "".join(p.read_text(encoding="utf-8") for p in seeds[3:5] + seeds[:3])[:5000]
    contenders: list[tuple[str, Callable[[str], object]]] = [
        ("baseline: re.findall numbers", _PLAIN.findall),
        ("baseline: extract_numbers only", extract_numbers),
        ("check()", check),
    ]
    print(f"machine: {platform.machine()} {platform.processor() or ''} cpus={os.cpu_count()} "
          f"python={platform.python_version()} {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"sample: {len(sample)} characters; corpus: {len(texts)} reports, "
          f"{sum(map(len, texts)) // len(texts)} characters on average")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{'':34s} {'wall ms / 5,000 chars':>22s} {'CPU ms / 5,000 chars':>21s} {'reports / s':>12s}")
    for name, fn in contenders:
        wall, cpu = median_ms(fn, sample, args.repeat)
        rps = per_second(fn, texts, args.rounds)
        print(f"{name:34s} {wall:22.3f} {cpu:21.3f} {rps:12.1f}")
    print("target: check() ≤ 5 ms per 5,000 characters on one core")


if __name__ == "__main__":
    main()
