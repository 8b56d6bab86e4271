"""``report-assistant draft``: every dev project to .docx and .md, exit codes, bad input, a model behind it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from chains.check import check
from chains.cli import main
from chains.draft.offline import draft_offline
from chains.draft.spec import load_spec
from chains.ingest.figures_file import load_figures
from chains.score.validate import validate_figures
from tests.conftest import DEV, ROOT
from tests.openai_server import OpenAIServer, closed_port

DEV_FIGURES = sorted((DEV / "figures").glob("*.json"))
TITLES = [s.title for s in load_spec().sections]


def expected_exit(path: Path) -> int:
    """1 when the draft carries an error-severity finding or the figures an error to verify, else 0."""
    figures = load_figures(path)
    to_verify = any(p.severity == "error" for p in validate_figures(figures))
    return 1 if check(draft_offline(figures).text, figures).errors or to_verify else 0


@pytest.mark.parametrize("path", DEV_FIGURES, ids=[p.stem for p in DEV_FIGURES])
def test_every_dev_project_drafts_offline_to_word_with_the_table(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import docx

    out = tmp_path / "报告.docx"
    code = main(["draft", str(path), "-o", str(out), "--offline"])
    assert code == expected_exit(path)
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    figures = load_figures(path)
    assert figures.project_name in text
    for title in TITLES:
        assert title in text
    assert document.tables, "the 绩效自评表 is a real Word table"
    cells = {c.text for t in document.tables for row in t.rows for c in row.cells}
    assert "全年预算数" in cells and "三级指标" in cells
    err = capsys.readouterr().err
    assert "起草方式：离线模板" in err and f"已写入 {out}" in err


@pytest.mark.parametrize("path", DEV_FIGURES, ids=[p.stem for p in DEV_FIGURES])
def test_every_dev_project_drafts_offline_to_markdown(path: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    code = main(["draft", str(path), "-o", str(out), "--offline"])
    assert code == expected_exit(path)
    md = out.read_text(encoding="utf-8")
    figures = load_figures(path)
    assert draft_offline(figures).title in md
    for title in TITLES:
        assert title in md
    assert "|" in md  # the table as a Markdown table


def test_validation_issues_come_first_then_progress_then_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = DEV / "figures" / "anju-foodsafety-2021.json"  # weights short of 100: the figures carry errors
    code = main(["draft", str(path), "-o", str(tmp_path / "r.md")])
    err = capsys.readouterr().err
    issues = validate_figures(load_figures(path))
    assert code == 1
    first_issue = err.index(issues[0].message)
    assert first_issue < err.index("起草方式") < err.index(f"[1/{len(TITLES)}]") < err.index("数字核对")
    assert "不等于100分" in err  # the weights short of 100, said before drafting


def test_without_output_the_markdown_goes_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    path = DEV / "figures" / "minle-welfarelottery-2023.json"
    assert main(["draft", str(path)]) == 0
    captured = capsys.readouterr()
    assert load_figures(path).project_name in captured.out
    assert "起草方式" not in captured.out  # diagnostics stay on stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"project_name": "道路养护", "year": 2023, "budget": {"annual": -5}}', "全年预算数必须是非负数"),
        ('{"project_name": "道路养护"}', "评价年度不能为空"),
        ('{"project_name": "道路养护", "year": 23}', "评价年度应为四位年份"),
        ("{not json", "不是有效的 JSON"),
        ("[1, 2]", "关键数据应为 JSON 对象"),
    ],
    ids=["negative-budget", "missing-year", "bad-year", "bad-json", "not-an-object"],
)
def test_bad_figures_exit_2_with_the_chinese_field_message(
    content: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "figures.json"
    path.write_text(content, encoding="utf-8")
    out = tmp_path / "r.docx"
    assert main(["draft", str(path), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not out.exists()


def test_a_missing_figures_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", str(tmp_path / "nope.json")]) == 2
    assert "无法读取关键数据文件" in capsys.readouterr().err


def test_an_unknown_output_type_exits_2_before_drafting(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = DEV_FIGURES[0]
    assert main(["draft", str(path), "-o", str(tmp_path / "r.pdf")]) == 2
    err = capsys.readouterr().err
    assert ".docx" in err and ".md" in err and "起草方式" not in err


def test_an_unknown_report_type_exits_2_naming_the_ones_there_are(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["draft", str(DEV_FIGURES[0]), "--spec", "nope", "-o", str(tmp_path / "r.md")]) == 2
    err = capsys.readouterr().err
    assert "nope" in err and "project_self_evaluation" in err and "关键数据检查" not in err


@pytest.mark.parametrize("spec", ["sichuan", "hunan", "shanxi"])
def test_other_report_types_draft_in_their_own_outline(spec: str, tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    main(["draft", str(DEV / "figures" / "minle-welfarelottery-2023.json"), "--spec", spec, "-o", str(out)])
    md = out.read_text(encoding="utf-8")
    for section in load_spec(spec).sections:
        assert section.title in md


def test_the_command_runs_as_a_real_process() -> None:
    result = subprocess.run([sys.executable, "-m", "chains", "draft", "/nonexistent/figures.json"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "无法读取关键数据文件" in result.stderr and "Traceback" not in result.stderr


# -- with a model behind it ------------------------------------------------------------------------------


@pytest.mark.server
def test_with_a_key_the_model_drafts_and_offline_overrides_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = DEV / "figures" / "minle-welfarelottery-2023.json"
    with OpenAIServer() as server:
        monkeypatch.setenv("OPENAI_API_KEY", "EMPTY")
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("OPENAI_MODEL", "test-model")
        assert main(["draft", str(path), "-o", str(tmp_path / "m.md"), "--no-examples"]) == 0
        err = capsys.readouterr().err
        asked = len(server.chat_requests())
        # without examples on both sides: the offline draft would otherwise carry its 参考表述 (tests/test_examples.py)
        assert main(["draft", str(path), "-o", str(tmp_path / "o.md"), "--offline", "--no-examples"]) == 0
        assert len(server.chat_requests()) == asked  # --offline sent nothing
    assert asked > 0
    assert "起草方式：test-model" in err and "（模型）" in err
    assert (tmp_path / "m.md").read_text(encoding="utf-8") == (tmp_path / "o.md").read_text(encoding="utf-8")


@pytest.mark.server
def test_an_unreachable_model_still_writes_the_report_with_notices(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = DEV / "figures" / "minle-welfarelottery-2023.json"
    monkeypatch.setenv("OPENAI_API_KEY", "EMPTY")
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{closed_port()}/v1")
    out = tmp_path / "r.docx"
    assert main(["draft", str(path), "-o", str(out), "--no-examples"]) == 0
    err = capsys.readouterr().err
    assert "模型调用失败" in err and "无法连接" in err and "已改用离线模板" in err
    assert out.stat().st_size > 0
