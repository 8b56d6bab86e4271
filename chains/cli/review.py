"""``report-assistant review PATH... [-o 审阅结果.xlsx|.html|.csv|.json] [--workers N] [--dismissed FILE]``:
a folder of reports in, a reviewer's worksheet out (``chains.review``).

Every file is read once on a pool of worker processes; a progress bar on stderr shows done/total, rate
and time left. Ctrl-C stops the batch, writes what is done and says so (exit 130). Exit status otherwise:
0 when no report has an error, 1 when one has, 2 when a file could not be reviewed (灰).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

DEFAULT_OUTPUT = Path("审阅结果.xlsx")
_BAR = "审阅 {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} 份 [用时 {elapsed}，剩余 {remaining}，{rate_fmt}]"


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "review",
        help="批量审阅：文件夹、压缩包中的全部报告 → 一张审阅结果表",
        description=(
            "批量审阅绩效自评报告：读取文件夹（含子文件夹）、.zip 压缩包和通配符匹配的全部 .docx、.pdf、.txt、.md 报告"
            "（UTF-8 或 GB18030），逐份核对数字并给出审阅提示，输出每份报告一行的审阅结果表（红：有错误；黄：只有疑似问题；"
            "绿：未发现错误；灰：无法审阅，附原因）和逐条问题清单。退出码：0 未发现错误，1 有报告存在错误，2 有文件无法审阅，"
            "130 被中断（已完成的部分照常写出）。"
        ),
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="报告文件、文件夹、.zip 压缩包或通配符（如 \"报告/**/*.docx\"）")
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        default=DEFAULT_OUTPUT,
        metavar="审阅结果.xlsx",
        help="输出文件，格式由扩展名决定：.xlsx、.html（单个离线网页）、.csv、.json；默认 审阅结果.xlsx",
    )
    p.add_argument("--workers", type=int, default=None, metavar="N", help="并行审阅的进程数，默认为本机 CPU 核数")
    p.add_argument(
        "--dismissed",
        type=Path,
        default=None,
        metavar="FILE",
        help="忽略清单（JSON 列表）：其中标记为“不是问题”的发现显示为已忽略、不计为问题；运行后写回该文件（补上文件名和说明）",
    )
    return p


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from chains.errors import InputError
    from chains.review import default_workers, review_sources, write
    from chains.review.dismissals import load, save
    from chains.review.inputs import collect
    from chains.review.output import check_target

    target = check_target(args.output)
    if args.workers is not None and args.workers < 1:
        raise InputError("--workers 至少为 1。")
    dismissals = load(args.dismissed) if args.dismissed is not None else []
    sources = collect(args.paths)
    if not sources:
        raise InputError("没有找到要审阅的文件。")
    workers = args.workers or default_workers()
    tqdm.monitor_interval = 0  # no monitor thread in a process that forks its workers
    with tqdm(total=len(sources), file=sys.stderr, unit="份", bar_format=_BAR, dynamic_ncols=True) as bar:
        batch = review_sources(
            sources,
            workers=workers,
            dismissals=dismissals,
            keep_text=target.suffix.lower() in (".html", ".htm"),
            progress=lambda done, _total: bar.update(done - bar.n),
        )
    written = write(batch, target)
    if args.dismissed is not None:
        save(args.dismissed, batch)
    _report(batch, written, args.dismissed)
    if batch.interrupted:
        missing = batch.total - len(batch.reports)
        print(f"已中断：已审阅 {len(batch.reports)} / {batch.total} 份，结果已写入 {written[0]}；其余 {missing} 份未审阅。", file=sys.stderr)
        return 130
    return batch.exit_code()


def _report(batch: Any, written: list[Path], dismissed: Path | None) -> None:
    out = sys.stdout
    rate = len(batch.reports) / batch.seconds if batch.seconds > 0 else 0.0
    out.write(f"{batch.headline()}（{batch.seconds:.1f} 秒，{rate:.0f} 份/秒）\n")
    for path in written:
        out.write(f"已写入 {path}\n")
    if dismissed is not None:
        matched = len(batch.matched())
        out.write(f"忽略清单 {dismissed}：{len(batch.dismissals)} 条，本批次匹配 {matched} 条\n")
