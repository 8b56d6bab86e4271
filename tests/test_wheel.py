"""A real package: the wheel, installed on its own into a fresh virtualenv, runs every command from any folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import DEV, ROOT, seed_path

pytestmark = pytest.mark.slow


def sh(*argv: str | Path, cwd: Path, env: dict[str, str] | None = None, timeout: int = 900) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in argv], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``pip install <wheel>`` (not editable) into a new virtualenv; the bin folder of that virtualenv."""
    work = tmp_path_factory.mktemp("wheel")
    built = sh(sys.executable, "-m", "pip", "wheel", ROOT, "--no-deps", "-q", "-w", work / "dist", cwd=work)
    assert built.returncode == 0, built.stderr
    (wheel,) = (work / "dist").glob("report_assistant-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "chains/cli/check.py" in names and "chains/check/rules/base.py" in names
    assert "chains/prompts/specs/project_self_evaluation/outline.toml" in names
    venv = work / "venv"
    assert sh(sys.executable, "-m", "venv", venv, cwd=work).returncode == 0
    # the same versions as the test environment, so pip resolves at once (from its cache when it can)
    frozen = sh(sys.executable, "-m", "pip", "freeze", "--exclude-editable", cwd=work).stdout
    (work / "constraints.txt").write_text(frozen, encoding="utf-8")
    pip = sh(venv / "bin" / "python", "-m", "pip", "install", "-q", wheel, "-c", work / "constraints.txt", cwd=work)
    assert pip.returncode == 0, pip.stderr[-2000:]
    return venv / "bin"


@pytest.fixture
def elsewhere(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """An unrelated folder, with the installed environment's data under it and no source tree on the path."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["REPORT_ASSISTANT_DATA_DIR"] = str(tmp_path / "data")
    env["HOME"] = str(tmp_path)
    return tmp_path, env


def test_the_wheel_imports_from_site_packages_not_the_source_tree(installed: Path, elsewhere: tuple[Path, dict[str, str]]) -> None:
    cwd, env = elsewhere
    where = sh(installed / "python", "-c", "import chains; print(chains.__file__)", cwd=cwd, env=env)
    assert "site-packages" in where.stdout and str(ROOT) not in where.stdout


def test_check_and_score(installed: Path, elsewhere: tuple[Path, dict[str, str]]) -> None:
    cwd, env = elsewhere
    report = shutil.copy(seed_path("004"), cwd / "报告.txt")
    checked = sh(installed / "report-assistant", "check", "--json", report, cwd=cwd, env=env)
    assert checked.returncode == 1, checked.stderr
    codes = {f["code"] for f in json.loads(checked.stdout)["findings"]}
    assert "implausible_rate" in codes
    figures = shutil.copy(DEV / "figures" / "leiyang-school-2022.json", cwd / "figures.json")
    scored = sh(installed / "report-assistant", "score", figures, cwd=cwd, env=env)
    assert scored.returncode == 0, scored.stderr
    assert "总分" in scored.stdout


def test_draft_offline_to_word(installed: Path, elsewhere: tuple[Path, dict[str, str]]) -> None:
    cwd, env = elsewhere
    figures = shutil.copy(DEV / "figures" / "anju-foodsafety-2021.json", cwd / "figures.json")
    drafted = sh(installed / "report-assistant", "draft", "--offline", "-o", "x.docx", figures, cwd=cwd, env=env)
    assert drafted.returncode in (0, 1), drafted.stderr  # 1: the figures' own inconsistencies are reported
    assert "已写入 x.docx" in drafted.stderr
    assert "word/document.xml" in zipfile.ZipFile(cwd / "x.docx").namelist()


def test_index_then_search(installed: Path, elsewhere: tuple[Path, dict[str, str]]) -> None:
    cwd, env = elsewhere
    reports = cwd / "reports"
    reports.mkdir()
    for case in sorted(DEV.glob("cases/*-clean.txt")):
        shutil.copy(case, reports / case.name)
    indexed = sh(installed / "report-assistant", "index", "--quiet", reports, cwd=cwd, env=env)
    assert indexed.returncode == 0, indexed.stderr
    found = sh(installed / "report-assistant", "search", "phrasing", "--section", "problems", "--json",
               "预算执行", "进度", "偏慢", cwd=cwd, env=env)
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout), found.stdout
