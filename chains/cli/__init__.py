"""``report-assistant`` command line: one thin user of the library in ``chains``.

Each subcommand lives in ``chains/cli/<name>.py`` with ``add_parser(subparsers)`` and
``run(args) -> int``; heavy libraries (chromadb, langchain) are imported inside ``run`` so that
``report-assistant check`` starts fast. Errors become messages here and only here.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
import traceback
from pathlib import Path

from chains import __version__
from chains.cli.common import add_data_dir, settings_for
from chains.cli.zh import chinese_argparse
from chains.errors import ReportError
from chains.settings import documented_settings

COMMANDS = ("check", "review", "index", "search", "score", "draft", "chat")


def settings_help() -> str:
    """The environment settings, listed under the top-level help."""
    lines = ["环境变量（设置）："]
    for name, default, help_text in documented_settings():
        lines.append(f"  {name:<34} {help_text}" + (f"（默认 {default}）" if default else ""))
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="report-assistant",
        description="项目支出绩效自评报告助手：起草、核对数字、检索范文。",
        epilog=settings_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}", help="显示版本号并退出")
    sub = parser.add_subparsers(dest="command", metavar="命令")
    for name in COMMANDS:
        module = importlib.import_module(f"chains.cli.{name}")
        p = module.add_parser(sub)
        p.set_defaults(_run=module.run)
        if not any(a.dest == "data_dir" for a in p._actions):
            add_data_dir(p)
    return parser


def main(argv: list[str] | None = None) -> int:
    with chinese_argparse():
        parser = build_parser()
        args = parser.parse_args(argv)
        if not getattr(args, "_run", None):
            parser.print_help()
            return 2
    try:
        return int(args._run(args) or 0)
    except ReportError as err:
        print(f"错误：{err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception:  # the one place an unexpected failure becomes a message
        logging.getLogger("report_assistant").debug("unexpected error", exc_info=True)
        log = _write_crash_log(args)
        print(f"内部错误：操作未完成。详细信息已写入 {log}，请将该文件发给维护人员。", file=sys.stderr)
        return 1


def _write_crash_log(args: argparse.Namespace) -> Path:
    try:
        directory = settings_for(args).data_dir / "logs"
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / "crash.log"
        with path.open("a", encoding="utf-8") as fh:
            fh.write(traceback.format_exc() + "\n")
        return path
    except Exception:
        return Path("(无法写入日志)")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
