"""Ingest speed: read → clean → metadata → section chunks, per file kind, in one run.

Measures the ingest half of indexing (no embedding, no Chroma): ``chains.ingest.reports.load_report`` then
``chains.ingest.chunking.chunk_report`` over the sample corpus (.txt and .docx), a PDF written from a
sample report, and synthetic .txt reports (``bench/synthetic.py``). Prints reports/s, ms/report
and chunks/report per kind, and the share of each stage for .txt, against the issue's target of
≥ 50 reports/s for the whole index build (so ingest must leave most of the budget to embedding).

    .venv/bin/python bench/bench_ingest.py [--synthetic 500] [--repeat 5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

TARGET_REPORTS_PER_S = 50.0


def _timed(files: list[Path], repeat: int) -> tuple[float, int]:
    from chains.ingest.chunking import chunk_report
    from chains.ingest.reports import load_report

    chunks = 0
    start = time.perf_counter()
    for _ in range(repeat):
        for path in files:
            chunks += len(chunk_report(load_report(path)))
    return time.perf_counter() - start, chunks


def _stage(label: str, fn: Callable[[], object], n: int) -> tuple[str, float]:
    start = time.perf_counter()
    fn()
    return label, (time.perf_counter() - start) / n * 1000


def _pdf_from(text: str) -> bytes:
    """A text-layer PDF of ``text`` (one line per text line; a CID font with a ToUnicode map)."""
    from tests.make_documents import make_pdf

    return make_pdf([line for line in text.splitlines() if line.strip()][:60])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synthetic", type=int, default=500, help="synthetic .txt reports to generate")
    parser.add_argument("--repeat", type=int, default=5, help="passes over the sample corpus")
    args = parser.parse_args(argv)

    from chains.ingest.chunking import chunk_report
    from chains.ingest.clean import clean_text
    from chains.ingest.documents import read_document
    from chains.ingest.metadata import extract_metadata
    from chains.ingest.reports import load_report

    corpus = ROOT / "corpus"
    txt = sorted(corpus.glob("*.txt"))
    docx = sorted(corpus.glob("*.docx"))
    chunk_report(load_report(txt[0]))  # imports (langchain splitters, jieba-free) outside the timings

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pdf = folder / "sample.pdf"
        pdf.write_bytes(_pdf_from(load_report(txt[0]).text))
        import synthetic

        synth = synthetic.write(args.synthetic, folder / "synthetic")

        rows = []
        for kind, files, repeat in [
            (".txt (sample corpus)", txt, args.repeat),
            (".docx (sample corpus, 6 tables)", docx, args.repeat),
            (".pdf (text layer)", [pdf], args.repeat * 4),
            (f".txt (synthetic ×{len(synth)})", synth, 1),
        ]:
            seconds, chunks = _timed(files, repeat)
            n = len(files) * repeat
            rows.append((kind, n / seconds, seconds / n * 1000, chunks / n))

        reports = [load_report(p) for p in txt]
        n = len(txt) * args.repeat
        stages = [
            _stage("read", lambda: [read_document(p, bind_headers=True) for _ in range(args.repeat) for p in txt], n),
            _stage("clean", lambda: [clean_text(r.text) for _ in range(args.repeat) for r in reports], n),
            _stage("metadata", lambda: [extract_metadata(r.text, "x") for _ in range(args.repeat) for r in reports], n),
            _stage("chunk", lambda: [chunk_report(r) for _ in range(args.repeat) for r in reports], n),
        ]

    print(f"ingest benchmark — {time.strftime('%Y-%m-%d %H:%M')} — python {sys.version.split()[0]}")
    print(f"{'kind':38} {'reports/s':>10} {'ms/report':>10} {'chunks/report':>14}")
    for kind, rate, ms, per in rows:
        print(f"{kind:38} {rate:10.1f} {ms:10.2f} {per:14.1f}")
    print("stages for the sample .txt reports (ms/report): " + ", ".join(f"{k} {v:.2f}" for k, v in stages))
    synth_rate = rows[-1][1]
    print(
        f"index-build target {TARGET_REPORTS_PER_S:.0f} reports/s leaves {1000 / TARGET_REPORTS_PER_S:.0f} ms/report; "
        f"ingest uses {1000 / synth_rate:.1f} ms of it on synthetic .txt ({1000 / synth_rate / (1000 / TARGET_REPORTS_PER_S):.0%})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
