"""``report-assistant chat [-o figures.json] [--figures F.json] [--model]``: the drafting chat in a terminal.

The same engine as the page (``chains.conversation.chat``): the user's messages are read from standard
input, one per line, typed or piped; each reply is printed. At the end of input (Ctrl-D, or the end of
a piped file) the figures are written with ``-o``: values still awaiting a 是 are kept under
``unconfirmed`` and not used as figures, skipped fields under ``skipped``, what could not be placed
under ``unplaced`` (``chains.conversation.files.figures_for_file``). Ctrl-C also writes what was said.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from chains.errors import InputError

_MARKUP = re.compile(r"\*\*|`")
#: what the page says that a terminal cannot do, and what the terminal says instead
_PAGE_ONLY = {
    "请在右侧核对已知、缺失和计算出的数据（指标可在对话下方的“绩效指标表”中直接修改），然后点击 生成草稿。": (
        "输入结束（Ctrl-D）时写出关键数据，再用 report-assistant draft 生成草稿。"
    ),
    "也可以在对话下方的“绩效指标表”里直接填写，或上传绩效自评表。": "",
}


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "chat",
        help="在终端里对话填写关键数据（与网页“起草”对话相同），结束时写出关键数据文件",
        description=(
            "在终端里对话填写关键数据：每行输入一条回答（可直接输入，也可用管道或重定向传入），"
            "助手的答复逐条打印。输入结束（Ctrl-D，或文件读完）时用 -o 写出关键数据 JSON；"
            "尚待确认的数值不写入正式字段，列在 unconfirmed 中并标明待确认。"
        ),
    )
    p.add_argument(
        "-o", "--output", type=Path, default=None, metavar="figures.json",
        help="输入结束时把关键数据写入此文件；写“-”则输出到标准输出",
    )
    p.add_argument("--figures", type=Path, default=None, metavar="F.json", help="从已有的关键数据文件继续对话")
    p.add_argument("--model", action="store_true", help="同时用已配置的模型识别每条回答（默认只用规则，结果可复现）")
    p.add_argument("--quiet", action="store_true", help="只输出助手的答复，不回显输入的内容")
    return p


def run(args: argparse.Namespace) -> int:
    from chains.conversation.chat import answer, new_chat

    state = _start(args.figures) if args.figures is not None else new_chat()
    out = sys.stdout
    interactive = sys.stdin.isatty()
    settings = None
    if args.model:
        from chains.cli.common import settings_for

        settings = settings_for(args)
    _print_new(out, state.messages, 0)
    interrupted = False
    try:
        for line in _lines(sys.stdin, interactive, out):
            text = line.strip()
            if not text:
                continue
            if not interactive and not args.quiet:
                out.write(f"\n> {text}\n")
            seen = len(state.messages)
            state = answer(state, text)
            if settings is not None:
                state = _with_model(state, text, settings, out)
            _print_new(out, state.messages, seen + 1)
    except KeyboardInterrupt:
        interrupted = True
        out.write("\n已中断，保存已填写的内容。\n")
    _finish(state, args.output, out)
    return 130 if interrupted else 0


def _start(path: Path) -> Any:
    from chains.conversation.files import resume
    from chains.ingest.documents import decode_text

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"无法读取关键数据文件 {path}：{exc.strerror or exc}") from None
    try:
        data = json.loads(decode_text(raw, str(path)))
    except ValueError:
        raise InputError(f"关键数据文件 {path} 不是有效的 JSON。") from None
    if not isinstance(data, dict):
        raise InputError(f"关键数据文件 {path} 应为 JSON 对象（{{...}}）。")
    return resume(data)


def _with_model(state: Any, text: str, settings: Any, out: TextIO) -> Any:
    from chains.conversation.files import read_with_model

    state, notice = read_with_model(state, text, settings)
    if notice:
        out.write(f"（{notice}）\n")
    return state


def _lines(stream: TextIO, interactive: bool, out: TextIO) -> Iterator[str]:
    """One message per line; a prompt before each when typed. Bytes that are not UTF-8 are read as GB18030."""
    if interactive:
        while True:
            out.write("\n你> ")
            out.flush()
            line = stream.readline()
            if not line:
                out.write("\n")
                return
            yield line
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        yield from stream
        return
    for raw in buffer:
        try:
            yield raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            yield raw.decode("gb18030", errors="replace")


def _print_new(out: TextIO, messages: list[dict[str, str]], start: int) -> None:
    for m in messages[start:]:
        if m["role"] == "assistant":
            text = _MARKUP.sub("", m["content"])
            for page, terminal in _PAGE_ONLY.items():
                text = text.replace(page, terminal)
            out.write("\n" + text.strip() + "\n")
    out.flush()


def _finish(state: Any, output: Path | None, out: TextIO) -> None:
    from chains.conversation.fields import LABELS
    from chains.conversation.files import SKIPPED, UNCONFIRMED, UNPLACED, figures_for_file
    from chains.conversation.panel import field_status

    figures = figures_for_file(state)
    _known, missing = field_status(state.figures)
    skipped = [LABELS.get(p, p) for p in figures.get(SKIPPED, [])]
    notes = []
    if figures.get(UNCONFIRMED):
        notes.append("待确认（未写入正式字段）：" + "、".join(f"{w['label']} {w['value']}" for w in figures[UNCONFIRMED]))
    if skipped:
        notes.append("已跳过（草稿中标注待补充）：" + "、".join(skipped))
    if [m for m in missing if m not in skipped]:
        notes.append("尚缺：" + "、".join(m for m in missing if m not in skipped))
    if figures.get(UNPLACED):
        notes.append(f"未能归入任何一项的内容 {len(figures[UNPLACED])} 条，已保存在 {UNPLACED} 中")
    text = json.dumps(figures, ensure_ascii=False, indent=1) + "\n"
    if output is None:
        notes.append("未指定 -o，关键数据未保存（加 -o figures.json 保存）")
    elif str(output) == "-":
        out.write("\n" + text)
    else:
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"无法写入 {output}：{exc.strerror or exc}") from None
        notes.insert(0, f"关键数据已写入 {output}")
    for note in notes:
        print(note, file=sys.stderr)
