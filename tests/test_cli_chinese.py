"""The command line speaks Chinese: usage, option help and argparse's own error lines."""

from __future__ import annotations

import pytest

from chains.cli import COMMANDS, main

ENGLISH = ("usage:", "show this help", "positional arguments", "options:", "error:", "the following arguments",
           "unrecognized arguments", "invalid choice", "show program's version")


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    out = capsys.readouterr()
    return int(stop.value.code or 0), out.out + out.err


@pytest.mark.parametrize("argv", [["--help"], *[[c, "--help"] for c in COMMANDS]])
def test_every_help_page_is_chinese(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, text = run(argv, capsys)
    assert code == 0
    assert "用法：" in text and "显示本帮助并退出" in text
    assert not [w for w in ENGLISH if w in text]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["check"], "缺少必需的参数：FILE"),
        (["check", "--nope", "x.txt"], "无法识别的参数：--nope"),
        (["frobnicate"], "无效的选项：'frobnicate'"),
        (["score", "x.json", "--lte-rule", "cubic"], "无效的选项：'cubic'"),
        (["search", "similar", "-k"], "需要一个值"),
    ],
)
def test_argument_errors_are_chinese(argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, text = run(argv, capsys)
    assert code == 2
    assert expected in text and "错误：" in text
    assert not [w for w in ENGLISH if w in text]


def test_argparse_is_english_again_outside_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    run(["--help"], capsys)
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]


def test_the_top_level_help_lists_every_setting(capsys: pytest.CaptureFixture[str]) -> None:
    from chains.settings import documented_settings

    _code, text = run(["--help"], capsys)
    assert "环境变量" in text
    assert all(name in text for name, _default, _help in documented_settings())
