"""``report-assistant chat``: the drafting chat in a terminal, scripted by piping recorded conversations.

Each ``tests/data/chat/<name>.txt`` is one colloquial conversation, one message per line, as a county
clerk types it; ``<name>.json`` holds the figures it must give (worked out by hand: 85 × 100% = 85,
七十九万六 = 79.60, 139 × 90% = 125.10, 一百二十三万四千五 corrected to 123.5 …). A value still waiting
for its 是 at the end of input is kept under ``unconfirmed``, never written as a figure.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from chains.cli import main
from chains.figures import Figures
from tests.conftest import ROOT

CHATS = ROOT / "tests" / "data" / "chat"
CONVERSATIONS = sorted(p.stem for p in CHATS.glob("*.txt"))
SCHEMA = json.loads((ROOT / "tests" / "data" / "schema" / "figures.schema.json").read_text(encoding="utf-8"))


def run_chat(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], text: str, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    code = main(["chat", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_there_are_three_recorded_conversations() -> None:
    assert CONVERSATIONS == ["farmer_training", "sanitation", "water_supply"]


@pytest.mark.parametrize("name", CONVERSATIONS)
def test_a_piped_conversation_gives_its_figures(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "figures.json"
    text = (CHATS / f"{name}.txt").read_text(encoding="utf-8")
    code, out, err = run_chat(monkeypatch, capsys, text, "-o", str(out_file))
    assert code == 0, err
    got = json.loads(out_file.read_text(encoding="utf-8"))
    assert got == json.loads((CHATS / f"{name}.json").read_text(encoding="utf-8"))
    jsonschema.validate(got, SCHEMA)  # the extra keys (unconfirmed, skipped, unplaced) are allowed
    Figures.from_dict(got)
    assert f"关键数据已写入 {out_file}" in err
    # every message is echoed and answered; the page's own instructions are not
    assert out.count("\n> ") == len([ln for ln in text.splitlines() if ln.strip()])
    assert "**" not in out and "右侧" not in out


def test_the_issue_conversation_reads_every_figure_exactly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (CHATS / "water_supply.txt").read_text(encoding="utf-8")
    _code, out, _err = run_chat(monkeypatch, capsys, text, "-o", str(tmp_path / "f.json"))
    assert "全年执行数“七十九万六”是约数（大概）。按 79.60 万元 记录吗？" in out
    assert "已记录：全年执行数：79.60 万元" in out
    assert "这句里的“下半年降雨偏多”记为哪个指标的偏差原因？" in out
    assert "项目名称记为“青山县农村饮水工程维修养护项目”" in out and "原话：“我们这个是青山县" in out
    got = json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))
    assert got["indicators"][2]["deviation_note"] == "下半年降雨偏多"
    assert not got["project_name"].startswith("我们") and "在干" not in got["department"]
    assert got["problems"] == ["资金到位较晚", "工程验收合格率未达标"] and "measures" not in got


def test_a_value_awaiting_confirmation_is_kept_and_marked_unconfirmed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "f.json"
    code, _out, err = run_chat(monkeypatch, capsys, "项目A\n2024\n县水利局\n预算85万\n到位大概80万左右\n", "-o", str(out_file))
    got = json.loads(out_file.read_text(encoding="utf-8"))
    assert code == 0 and got["budget"] == {"annual": 85}  # not used as a figure
    [waiting] = got["unconfirmed"]
    assert (waiting["field"], waiting["label"], waiting["value"]) == ("budget.received", "实际到位资金", 80)
    assert "约数" in waiting["question"] and "待确认（未写入正式字段）：实际到位资金 80" in err


def test_a_conversation_continues_from_its_figures_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The unconfirmed value is asked again; a 是 makes it a figure."""
    out_file = tmp_path / "f.json"
    code, out, _err = run_chat(
        monkeypatch, capsys, "是\n", "--figures", str(CHATS / "farmer_training.json"), "-o", str(out_file)
    )
    got = json.loads(out_file.read_text(encoding="utf-8"))
    assert code == 0 and "按 125 万元 记录吗" in out.split("\n> ")[0]
    assert got["budget"]["received"] == 125 and "unconfirmed" not in got
    assert got["skipped"] == ["sources", "goals"]


def test_dash_writes_the_figures_to_stdout(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run_chat(monkeypatch, capsys, "项目A\n2024\n", "-o", "-", "--quiet")
    assert code == 0 and "\n> " not in out
    figures = json.loads(out[out.index("\n{") :])
    assert figures == {"project_name": "项目A", "year": 2024}


def test_without_output_nothing_is_written_and_it_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _out, err = run_chat(monkeypatch, capsys, "项目A\n")
    assert code == 0 and "未指定 -o" in err and list(tmp_path.iterdir()) == []


def test_typed_interactively_each_message_gets_a_prompt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal("项目A\n2024\n"))
    assert main(["chat", "-o", str(tmp_path / "f.json")]) == 0
    out = capsys.readouterr().out
    assert out.count("你> ") == 3  # two answers and the end of input
    assert json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))["year"] == 2024


def test_ctrl_c_still_writes_what_was_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Interrupted(io.StringIO):
        def __iter__(self):  # type: ignore[override]
            yield "项目A\n"
            raise KeyboardInterrupt

    monkeypatch.setattr(sys, "stdin", Interrupted())
    assert main(["chat", "-o", str(tmp_path / "f.json")]) == 130
    assert json.loads((tmp_path / "f.json").read_text(encoding="utf-8")) == {"project_name": "项目A"}


def test_a_real_pipe_into_the_command(tmp_path: Path) -> None:
    """``report-assistant chat -o f.json < conversation.txt`` as a shell runs it (bytes, not a StringIO)."""
    out_file = tmp_path / "f.json"
    with (CHATS / "sanitation.txt").open("rb") as stdin:
        done = subprocess.run(
            [sys.executable, "-m", "chains", "chat", "-o", str(out_file)],
            stdin=stdin, capture_output=True, cwd=ROOT, timeout=120, check=False,
        )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert json.loads(out_file.read_text(encoding="utf-8")) == json.loads(
        (CHATS / "sanitation.json").read_text(encoding="utf-8")
    )
    assert "已记录：全年执行数：192.30 万元" in done.stdout.decode("utf-8")


def test_gb18030_input_is_read(tmp_path: Path) -> None:
    out_file = tmp_path / "f.json"
    done = subprocess.run(
        [sys.executable, "-m", "chains", "chat", "-o", str(out_file)],
        input="县级应急物资储备项目\n2024\n".encode("gb18030"), capture_output=True, cwd=ROOT, timeout=120,
        check=False,
    )
    assert done.returncode == 0
    assert json.loads(out_file.read_text(encoding="utf-8")) == {"project_name": "县级应急物资储备项目", "year": 2024}
