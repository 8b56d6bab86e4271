"""Pure computation for indexing: each batch of reports' chunks, jieba tokens and vectors.

Nothing here touches Chroma or the store, so batches can be prepared in forked worker processes
while the parent writes the previous one (``prepared_batches``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np

from chains.ingest.types import Chunk, Report
from chains.retrieval.embed import Embedder, HashEmbedder
from chains.retrieval.index_store import with_heading

Prepared = tuple[list[list[Chunk]], list[list[str]], np.ndarray, np.ndarray]


def embedding_text(chunk: Chunk) -> str:
    """Heading + text of a chunk: what its vector and its BM25 tokens are computed from."""
    return with_heading(chunk.heading, chunk.text)


def chunk_and_tokenize(
    reports: list[Report], chunker: Callable[[Report], list[Chunk]]
) -> tuple[list[list[Chunk]], list[str], list[list[str]]]:
    """Chunks per report; and, for every chunk in order, the text it is embedded from and its jieba tokens."""
    from chains.retrieval.lexical import tokenize

    per_report = [chunker(r) for r in reports]
    texts = [embedding_text(c) for chunks in per_report for c in chunks]
    return per_report, texts, [tokenize(t) for t in texts]


def store_rows(
    keyed: Sequence[tuple[str, Report]], per_report: list[list[Chunk]], tokens: list[list[str]]
) -> list[tuple[str, Report, list[str], list[Chunk], list[list[str]]]]:
    """``IndexStore.add_many`` rows: each report with its chunks, their tokens and all its tokens."""
    rows = []
    pos = 0
    for (key, report), chunks in zip(keyed, per_report, strict=True):
        ctoks = tokens[pos : pos + len(chunks)]
        pos += len(chunks)
        rows.append((key, report, [t for toks in ctoks for t in toks], chunks, ctoks))
    return rows


def prepare_batch(reports: list[Report], embedder: Embedder, chunker: Callable[[Report], list[Chunk]]) -> Prepared:
    """Pure computation for a batch: chunks per report, jieba tokens and vectors per chunk, report vectors."""
    per_report, texts, tokens = chunk_and_tokenize(reports, chunker)
    vectors = embedder.embed(texts) if texts else np.zeros((0, embedder.dim), dtype=np.float32)
    report_vectors = embedder.embed([r.text for r in reports])
    return per_report, tokens, vectors, report_vectors


def prepared_batches(
    batches: list[list[tuple[str, Report]]],
    embedder: Embedder,
    chunker: Callable[[Report], list[Chunk]],
    processes: int,
) -> Iterator[Prepared]:
    """Chunks, tokens and vectors of each batch, in order; in worker processes when worthwhile.

    Forked workers run the pure-Python chunking and jieba (they never touch Chroma, whose
    threads a fork does not copy) while this process writes the previous batch; at most
    ``2 * processes`` batches are in flight so memory stays bounded. Fork, not forkserver or
    spawn: those re-run the caller's ``__main__``, which a Streamlit page or a script without a
    ``__main__`` guard cannot survive.
    """
    parallel = processes > 1 and len(batches) > 2 and isinstance(embedder, HashEmbedder)
    if not parallel:
        for batch in batches:
            yield prepare_batch([r for _k, r in batch], embedder, chunker)
        return
    import multiprocessing as mp
    from collections import deque

    from chains.retrieval.lexical import tokenizer

    tokenizer()  # load jieba's dictionary once, before forking, so workers share it
    ctx = mp.get_context("fork")
    with ctx.Pool(processes) as pool:
        pending: deque[Any] = deque()
        todo = iter(batches)
        for batch in todo:
            pending.append(pool.apply_async(prepare_batch, ([r for _k, r in batch], embedder, chunker)))
            if len(pending) >= 2 * processes:
                break
        while pending:
            result = pending.popleft().get()
            nxt = next(todo, None)
            if nxt is not None:
                pending.append(pool.apply_async(prepare_batch, ([r for _k, r in nxt], embedder, chunker)))
            yield result
