"""``report-assistant index [PATH...] [--rebuild]``: bring the retrieval index up to date.

Files or folders (default: ``corpus/``, or ``REPORT_ASSISTANT_CORPUS_DIR``); only changed files are
re-indexed, files gone from an indexed folder are dropped, ``--rebuild`` starts from nothing
(and recovers a deleted or damaged index directory). Prints a tqdm progress bar on a terminal and
a summary naming skipped files and duplicates.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "index",
        help="建立或更新范文检索索引（只处理有变化的文件）",
        description="读取报告（.txt .md .docx .pdf），按章节切分并建立检索索引。默认读取 corpus/ 目录。",
    )
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="报告文件或文件夹；默认 corpus/")
    p.add_argument("--rebuild", action="store_true", help="清空后重建索引（索引损坏或更换向量方式时使用）")
    p.add_argument("--quiet", action="store_true", help="不显示进度条")
    p.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
        help="切分和分词使用的进程数（默认为 CPU 核数；报告较多时才会启用）",
    )
    return p


def run(args: argparse.Namespace) -> int:
    from chains.cli.common import settings_for
    from chains.errors import InputError
    from chains.retrieval.index import open_index

    settings = settings_for(args)
    paths = list(args.paths) or [Path(settings.corpus_dir)]
    missing = [str(p) for p in paths if not p.exists()]
    if missing and len(missing) == len(paths):
        raise InputError(f"找不到要索引的文件或文件夹：{'、'.join(missing)}。")
    index = open_index(settings, rebuild=args.rebuild)
    bar = _Bar(enabled=not args.quiet and sys.stderr.isatty())
    try:
        summary = index.index_paths(paths, rebuild=args.rebuild, on_progress=bar, processes=max(1, args.jobs))
    finally:
        bar.close()
    for line in summary.lines():
        print(line)
    return 0


class _Bar:
    """tqdm behind the ``on_progress(done, total, message)`` protocol."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._bar: Any = None

    def __call__(self, done: int, total: int, message: str) -> None:
        if not self.enabled or total <= 0:
            return
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit="份", desc="索引", file=sys.stderr)
        self._bar.n = done
        self._bar.set_postfix_str(message[-30:], refresh=False)
        self._bar.refresh()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
