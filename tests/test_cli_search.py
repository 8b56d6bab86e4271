"""The ``index`` and ``search`` command-line contract that scripts rely on."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from chains.cli import main
from tests.conftest import DEV, ROOT

RESULT_KEYS = {"source", "score", "section", "year", "text", "span"}



def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_index_prints_a_summary_and_a_second_run_changes_nothing(
    capsys: pytest.CaptureFixture[str], reports_dir: Path, tmp_path: Path
) -> None:
    (reports_dir / "empty.txt").write_text("", encoding="utf-8")
    code, out, _ = run(capsys, "index", str(reports_dir), "--data-dir", str(tmp_path / "d"))
    assert code == 0
    assert "新增或更新 5 份" in out and "跳过 1 份" in out and "empty.txt：" in out
    code, out, _ = run(capsys, "index", str(reports_dir), "--data-dir", str(tmp_path / "d"))
    assert code == 0 and "新增或更新 0 份，未变 5 份" in out


def test_index_defaults_to_the_corpus_directory(
    capsys: pytest.CaptureFixture[str], reports_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REPORT_ASSISTANT_CORPUS_DIR", str(reports_dir))
    code, out, _ = run(capsys, "index")
    assert code == 0 and "新增或更新 5 份" in out


def test_index_of_a_missing_path_is_a_chinese_input_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "index", str(tmp_path / "nowhere"))
    assert code == 2 and "找不到要索引的文件或文件夹" in err


def test_search_phrasing_json_has_the_contracted_shape(
    capsys: pytest.CaptureFixture[str], reports_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REPORT_ASSISTANT_CORPUS_DIR", str(reports_dir))  # built on first use
    code, out, _ = run(capsys, "search", "phrasing", "--section", "suggestions", "-k", "2", "--json",
                       "按路况评定结果分配养护资金")
    assert code == 0
    results = json.loads(out)["results"]
    assert 1 <= len(results) <= 2
    first = results[0]
    assert RESULT_KEYS <= set(first)
    assert first["source"] == "guangshui-roads-2021.txt" and first["section"] == "suggestions"
    assert first["year"] == 2021 and isinstance(first["score"], float)
    text = (reports_dir / first["source"]).read_text(encoding="utf-8")
    assert first["text"] in text and first["span"][1] - first["span"][0] == len(first["text"])


def test_search_similar_by_figures_and_by_text(
    capsys: pytest.CaptureFixture[str], reports_dir: Path, tmp_path: Path
) -> None:
    data = ["--data-dir", str(tmp_path / "d")]
    assert run(capsys, "index", str(reports_dir), *data)[0] == 0
    code, out, _ = run(capsys, "search", "similar", "--figures", str(DEV / "figures" / "minle-welfarelottery-2023.json"),
                       "-k", "3", "--json", *data)
    assert code == 0
    results = json.loads(out)["results"]
    assert results[0]["source"] == "minle-welfarelottery-2023.txt" and results[0]["section"] == "report"
    assert RESULT_KEYS <= set(results[0]) and results[0]["why"]
    draft = tmp_path / "draft.txt"
    draft.write_text("本项目为乡村道路建设养护，全年完成养护里程300公里。", encoding="utf-8")
    code, out, _ = run(capsys, "search", *data, "similar", "--text", str(draft), "-k", "1")
    assert code == 0 and out.startswith("1. guangshui-roads-2021.txt（2021年") and "匹配原因" in out


def test_search_filters_by_year_department_and_category(
    capsys: pytest.CaptureFixture[str], reports_dir: Path, tmp_path: Path
) -> None:
    data = ["--data-dir", str(tmp_path / "d")]
    assert run(capsys, "index", str(reports_dir), *data)[0] == 0

    def sources(*argv: str) -> set[str]:
        code, out, _ = run(capsys, "search", *argv, "--json", *data)
        assert code == 0
        return {r["source"] for r in json.loads(out)["results"]}

    assert sources("similar", "--text", str(DEV / "cases" / "leiyang-school-2022-clean.txt"), "--category",
                   "school_operations") == {"leiyang-school-2022.txt"}
    assert sources("phrasing", "--section", "funds", "--category", "教育", "资金使用情况") == {"leiyang-school-2022.txt"}
    assert sources("phrasing", "--section", "problems", "--year-from", "2022", "--year-to", "2023", "存在的问题") <= {
        "leiyang-school-2022.txt", "minle-welfarelottery-2023.txt"}
    assert sources("phrasing", "--section", "problems", "--department", "民政", "幸福院运营经费不稳定") == {
        "minle-welfarelottery-2023.txt"}
    assert "minle-welfarelottery-2023.txt" not in sources(
        "phrasing", "--section", "problems", "--department", "交通", "幸福院运营经费不稳定")


def test_search_with_nothing_similar_says_so(
    capsys: pytest.CaptureFixture[str], reports_dir: Path, tmp_path: Path
) -> None:
    data = ["--data-dir", str(tmp_path / "d")]
    run(capsys, "index", str(reports_dir), *data)
    code, out, _ = run(capsys, "search", "phrasing", "--section", "problems", *data, "红烧肉的做法")
    assert code == 0 and "没有找到足够相似的内容" in out
    code, out, _ = run(capsys, "search", "phrasing", "--section", "problems", "--json", *data, "红烧肉的做法")
    assert json.loads(out)["results"] == [] and "没有找到" in json.loads(out)["message"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["search", "phrasing", "--section", "bogus", "资金"], "未知的章节类型“bogus”"),
        (["search", "phrasing", "--section", "funds", "-k", "0", "资金"], "-k 必须是正整数"),
        (["search", "similar", "--figures", "MISSING.json"], "MISSING.json"),
        (["search", "similar", "--text", "MISSING.txt"], "MISSING.txt"),
    ],
)
def test_bad_search_input_is_a_chinese_message_with_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str, tmp_path: Path
) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2 and message in err and "Traceback" not in err


def test_figures_that_do_not_validate_are_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "f.json"
    bad.write_text(json.dumps({"project_name": "x", "year": 20}), encoding="utf-8")
    code, _, err = run(capsys, "search", "similar", "--figures", str(bad))
    assert code == 2 and "年" in err


def test_an_unreachable_chroma_server_is_named(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("CHROMA_PORT", str(port))
    code, _, err = run(capsys, "search", "phrasing", "--section", "funds", "资金")
    assert code == 2 and f"127.0.0.1:{port}" in err


def test_search_against_a_chroma_server(
    capsys: pytest.CaptureFixture[str], reports_dir: Path, monkeypatch: pytest.MonkeyPatch, chroma_server
) -> None:  # noqa: ANN001
    chroma_server.wipe()
    monkeypatch.setenv("CHROMA_HOST", chroma_server.host)
    monkeypatch.setenv("CHROMA_PORT", str(chroma_server.port))
    assert run(capsys, "index", str(reports_dir))[0] == 0
    code, out, _ = run(capsys, "search", "phrasing", "--section", "goals", "--json", "空气质量优良率目标")
    assert code == 0 and json.loads(out)["results"][0]["source"] == "jiuhuashan-airmonitor-2021.txt"


def _cli(*argv: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REPORT_ASSISTANT_DATA_DIR": str(data)}
    return subprocess.run([sys.executable, "-m", "chains", *argv], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_a_deleted_index_directory_is_explained_and_rebuild_recovers(reports_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert _cli("index", str(reports_dir), data=data).returncode == 0
    shutil.rmtree(data / "chroma")
    broken = _cli("search", "phrasing", "--section", "funds", "资金到位率", data=data)
    assert broken.returncode == 2
    assert "index --rebuild" in broken.stderr and "Traceback" not in broken.stderr
    rebuilt = _cli("index", str(reports_dir), "--rebuild", data=data)
    assert rebuilt.returncode == 0 and "重建完成：新增或更新 5 份" in rebuilt.stdout
    ok = _cli("search", "phrasing", "--section", "funds", "--json", "资金到位率", data=data)
    assert ok.returncode == 0 and json.loads(ok.stdout)["results"]
