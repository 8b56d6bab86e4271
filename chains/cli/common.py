"""What every subcommand shares: the ``--data-dir`` option and the settings it gives."""

from __future__ import annotations

import argparse
from pathlib import Path

from chains.settings import Settings


def add_data_dir(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--data-dir",
        type=Path,
        metavar="目录",
        default=None,
        help="数据目录（索引、草稿）；默认取环境变量 REPORT_ASSISTANT_DATA_DIR，否则 ./data",
    )


def settings_for(args: argparse.Namespace) -> Settings:
    """Settings from the environment, with ``--data-dir`` taking precedence."""
    settings = Settings.from_env()
    data_dir = getattr(args, "data_dir", None)
    if data_dir is not None:
        from dataclasses import replace

        settings = replace(settings, data_dir=Path(data_dir))
    return settings
