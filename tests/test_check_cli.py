"""``report-assistant check`` as a user meets it: real files, real processes, exit codes, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import seed_path

ROOT = Path(__file__).resolve().parent.parent
WRONG = "某县2022年度项目支出绩效自评报告\n全年预算数100.00万元，全年执行数98.65万元，预算执行率98.56%。\n"
RIGHT = "某县2022年度项目支出绩效自评报告\n全年预算数100.00万元，全年执行数98.65万元，预算执行率98.65%。\n"


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("report-assistant")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "chains"]
    return subprocess.run(
        [*cmd, "check", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def no_traceback(p: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in p.stderr and "Traceback" not in p.stdout


def test_a_consistent_report_exits_0(tmp_path: Path) -> None:
    f = tmp_path / "ok.txt"
    f.write_text(RIGHT, encoding="utf-8")
    p = run_cli(f)
    assert p.returncode == 0, p.stderr
    assert "未发现问题" in p.stdout


def test_an_error_exits_1_and_quotes_the_figure_in_context(tmp_path: Path) -> None:
    f = tmp_path / "bad.txt"
    f.write_text(WRONG, encoding="utf-8")
    p = run_cli(f)
    assert p.returncode == 1
    assert "【98.56%】" in p.stdout and "rate_mismatch" in p.stdout and "98.65%" in p.stdout
    no_traceback(p)


def test_json_for_one_file_is_a_findings_object(tmp_path: Path) -> None:
    f = tmp_path / "bad.txt"
    f.write_text(WRONG, encoding="utf-8")
    p = run_cli(f, "--json")
    data = json.loads(p.stdout)
    (finding,) = data["findings"]
    assert finding["code"] == "rate_mismatch" and finding["severity"] == "error"
    s, e = finding["span"]
    assert WRONG[s:e] == "98.56%"
    assert finding["expected"] == "98.65%"


def test_json_for_several_files_lists_each_file(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(RIGHT, encoding="utf-8")
    b.write_text(WRONG, encoding="utf-8")
    p = run_cli(a, b, "--json")
    assert p.returncode == 1
    files = json.loads(p.stdout)["files"]
    assert [Path(x["file"]).name for x in files] == ["a.txt", "b.txt"]
    assert files[0]["findings"] == [] and files[1]["findings"][0]["code"] == "rate_mismatch"


def test_gb18030_text_is_read(tmp_path: Path) -> None:
    f = tmp_path / "gbk.txt"
    f.write_bytes(WRONG.encode("gb18030"))
    p = run_cli(f, "--json")
    assert p.returncode == 1
    assert json.loads(p.stdout)["findings"][0]["code"] == "rate_mismatch"


def test_a_real_docx_is_checked_including_its_table(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("某县2022年度项目支出绩效自评报告")
    d.add_paragraph("本项目自评总分97分。")
    rows = [("一级指标", "分值", "得分"), ("预算执行", "10", "10"), ("产出指标", "50", "48"),
            ("效益指标", "30", "30"), ("满意度指标", "10", "12")]
    table = d.add_table(rows=len(rows), cols=3)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            table.cell(i, j).text = v
    f = tmp_path / "report.docx"
    d.save(f)
    p = run_cli(f, "--json")
    assert p.returncode == 1, p.stderr
    codes = {x["code"] for x in json.loads(p.stdout)["findings"]}
    assert "score_exceeds_weight" in codes


@pytest.mark.parametrize(
    "name, content",
    [
        ("empty.txt", b""),
        ("blank.txt", b"   \n\n"),
        ("garbage.txt", bytes(range(256)) * 40),
        ("broken.docx", b"PK\x03\x04 this is not really a zip archive"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
    ],
)
def test_unusable_input_exits_2_with_a_chinese_message(tmp_path: Path, name: str, content: bytes) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    p = run_cli(f)
    assert p.returncode == 2, (p.returncode, p.stdout, p.stderr)
    assert p.stderr.startswith("错误：") and name in p.stderr
    no_traceback(p)


def test_missing_file_exits_2(tmp_path: Path) -> None:
    p = run_cli(tmp_path / "nope.txt")
    assert p.returncode == 2 and "找不到" in p.stderr
    no_traceback(p)


def test_a_five_megabyte_text_is_refused_or_checked_without_a_traceback(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    block = RIGHT * 40
    f.write_text(block * (5 * 1024 * 1024 // len(block.encode("utf-8")) + 1), encoding="utf-8")
    assert f.stat().st_size >= 5 * 1024 * 1024
    p = run_cli(f)
    assert p.returncode in (0, 2)
    if p.returncode == 2:
        assert "字符" in p.stderr or "MB" in p.stderr
    no_traceback(p)


def test_figures_file_turns_a_difference_into_figure_mismatch(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("某县2022年度项目支出绩效自评报告\n全年预算数139.00万元，实际支出138.00万元，执行率99.28%。\n",
                      encoding="utf-8")
    figures = tmp_path / "f.json"
    figures.write_text(json.dumps({"project_name": "某项目", "year": 2022, "budget": {"annual": 139, "spent": 139}}),
                       encoding="utf-8")
    p = run_cli(report, "--figures", figures, "--json")
    assert p.returncode == 1
    (f,) = json.loads(p.stdout)["findings"]
    assert f["code"] == "figure_mismatch" and f["expected"] == "139万元"


def test_bad_figures_file_exits_2(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(RIGHT, encoding="utf-8")
    figures = tmp_path / "f.json"
    figures.write_text("{not json", encoding="utf-8")
    p = run_cli(report, "--figures", figures)
    assert p.returncode == 2 and "JSON" in p.stderr
    no_traceback(p)


def test_seed_004_from_the_command_line() -> None:
    p = run_cli(seed_path("004"), "--json")
    assert p.returncode == 1
    codes = [x["code"] for x in json.loads(p.stdout)["findings"]]
    assert codes.count("implausible_rate") == 3 and "average_mismatch" in codes
