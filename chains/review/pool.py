"""Run a batch: every source reviewed once, on a pool of worker processes, in one command.

``review_sources(sources, workers=N, dismissals=[...], keep_text=..., progress=callback)`` sends the files
to a ``concurrent.futures.ProcessPoolExecutor`` in small chunks (few round trips, even progress), calls
``progress(done, total)`` as chunks come back, and returns a ``Batch`` in the order the files were given.
Sources already known to be unreadable (missing, unsupported) never reach a worker.

Ctrl-C: the workers ignore SIGINT, so the pool stays intact; the main process stops waiting, cancels what
has not started, and returns what is done with ``Batch.interrupted`` set — the caller writes it out.
``workers <= 1`` reviews in this process (same results, no pool).
"""

from __future__ import annotations

import gc
import os
import signal
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path

from chains.review.dismissals import keys
from chains.review.inputs import Source, collect
from chains.review.reviewing import review_source
from chains.review.worksheet import GREY, Batch, Dismissal, ReportRow

Progress = Callable[[int, int], None]  # (done, total)
_MAX_CHUNK = 16
_IN_FLIGHT_PER_WORKER = 4  # chunks queued per worker: enough to keep it busy, few to cancel on Ctrl-C

_dismissed: Mapping[tuple[str, str, str], str] = {}
_keep_text = False


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def review_paths(paths: Iterable[str | Path], **options: object) -> Batch:
    """``review_sources(collect(paths), **options)``: folders, archives and globs as the CLI takes them."""
    return review_sources(collect(paths), **options)  # type: ignore[arg-type]


def review_sources(
    sources: Sequence[Source],
    *,
    workers: int | None = None,
    dismissals: Sequence[Dismissal] = (),
    keep_text: bool = False,
    progress: Progress | None = None,
) -> Batch:
    """Review every source; see the module docstring."""
    started = time.perf_counter()
    total = len(sources)
    workers = default_workers() if workers is None else max(1, workers)
    rows: dict[int, ReportRow] = {}
    tick = progress or (lambda done, total: None)
    todo = [k for k, s in enumerate(sources) if s.problem is None]
    for k, s in enumerate(sources):
        if s.problem is not None:
            rows[k] = review_source(s, {}, keep_text)
    tick(len(rows), total)
    dismissed = keys(list(dismissals))
    interrupted = False
    try:
        if workers == 1 or len(todo) <= 1:
            _init(dismissed, keep_text, ignore_sigint=False)
            for k in todo:
                rows[k] = review_source(sources[k], dismissed, keep_text)
                tick(len(rows), total)
        else:
            _run_pool(sources, todo, workers, dismissed, keep_text, rows, lambda: tick(len(rows), total))
    except KeyboardInterrupt:
        interrupted = True
    reports = [rows[k] for k in sorted(rows)]
    return Batch(reports, total, interrupted or len(reports) < total, list(dismissals), time.perf_counter() - started)


def _run_pool(
    sources: Sequence[Source],
    todo: list[int],
    workers: int,
    dismissed: Mapping[tuple[str, str, str], str],
    keep_text: bool,
    rows: dict[int, ReportRow],
    tick: Callable[[], None],
) -> None:
    size = max(1, min(_MAX_CHUNK, len(todo) // (workers * 8)))
    chunks = [todo[i : i + size] for i in range(0, len(todo), size)]
    gc.freeze()  # the forked workers share this process's objects instead of copying them on first touch
    pool = ProcessPoolExecutor(max_workers=min(workers, len(chunks)), initializer=_init, initargs=(dismissed, keep_text))
    pending: dict[Future[list[ReportRow]], list[int]] = {}
    try:
        queue = iter(chunks)
        for chunk in queue:
            pending[pool.submit(_review_chunk, [sources[k] for k in chunk])] = chunk
            if len(pending) >= workers * _IN_FLIGHT_PER_WORKER:
                break
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                chunk = pending.pop(future)
                rows.update(zip(chunk, _result(future, [sources[k] for k in chunk]), strict=True))
                nxt = next(queue, None)
                if nxt is not None:
                    pending[pool.submit(_review_chunk, [sources[k] for k in nxt])] = nxt
            tick()
    finally:  # on Ctrl-C: keep the chunks that did finish, drop the rest
        for future, chunk in pending.items():
            if future.done() and not future.cancelled() and future.exception() is None:
                rows.update(zip(chunk, future.result(), strict=True))
        pool.shutdown(wait=not pending, cancel_futures=True)
        gc.unfreeze()


def _result(future: Future[list[ReportRow]], chunk: list[Source]) -> list[ReportRow]:
    """The chunk's rows; 灰 rows when its worker died (killed, out of memory) rather than stop the batch."""
    error = future.exception()
    if error is None:
        return future.result()
    reason = f"审阅进程意外退出（{type(error).__name__}），该文件未审阅；请单独检查"
    return [ReportRow(s.name, GREY, reason=reason) for s in chunk]


def _init(dismissed: Mapping[tuple[str, str, str], str], keep_text: bool, ignore_sigint: bool = True) -> None:
    """Each worker's state: the dismissal keys and whether to keep texts; Ctrl-C is the parent's to handle."""
    global _dismissed, _keep_text
    _dismissed, _keep_text = dismissed, keep_text
    if ignore_sigint:
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _review_chunk(chunk: list[Source]) -> list[ReportRow]:
    return [review_source(source, _dismissed, _keep_text) for source in chunk]
