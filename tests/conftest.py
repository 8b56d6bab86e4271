"""Shared fixtures: every test runs with its own data directory and no model configured."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Seeds, labelled cases and the figures schema live in the repository (tests/data/README.md).
DATA = ROOT / "tests" / "data"
SEEDS = DATA / "seeds"
DEV = DATA / "dev"

#: one conversation that ends with complete key figures (used by the AppTest and browser tests)
CHAT_ANSWERS = [
    "应急通信保障经费",
    "2023",
    "市应急管理局",
    "预算139万，3月全部到位，年底支出完了",
    "中央100万，县级39万",
    "用于应急通信设备维护、人员培训和应急演练",
    "保障全市应急通信畅通，完成应急通信培训和演练",
    "培训人次，≥300人次，320人次，30分\n演练次数，≥4次，4次，20分\n通信保障率，≥95%，98%，30分\n群众满意度，≥90%，95%，10分",
    "好了",
    "无",
    "加强设备巡检；完善演练评估机制",
]

_ENV_TO_CLEAR = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "OPENAI_MODEL",
    "CHROMA_HOST",
    "CHROMA_PORT",
    "REPORT_ASSISTANT_EMBEDDER",
)


@pytest.fixture(autouse=True)
def isolated_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """All stored state goes to a fresh temp folder; the offline backend is the default."""
    data = tmp_path / "data"
    monkeypatch.setenv("REPORT_ASSISTANT_DATA_DIR", str(data))
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    for name in _ENV_TO_CLEAR:
        monkeypatch.delenv(name, raising=False)
    return data


DEV_CASES = sorted(DEV.glob("cases/*-clean.txt"))


def copy_dev_reports(folder: Path) -> Path:
    """The five clean dev reports, copied into ``folder`` as ``<project>-<year>.txt``."""
    folder.mkdir(parents=True, exist_ok=True)
    for case in DEV_CASES:
        shutil.copy(case, folder / case.name.replace("-clean", ""))
    return folder


@pytest.fixture
def reports_dir(tmp_path: Path) -> Path:
    """A folder of the five clean dev reports (what the index, search and sync tests index)."""
    return copy_dev_reports(tmp_path / "reports")


def seed_path(prefix: str) -> Path:
    """The seed report whose file name starts with ``prefix`` (e.g. ``"004"``)."""
    (path,) = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    return path


def seed_text(prefix: str) -> str:
    return seed_path(prefix).read_text(encoding="utf-8")


# A real `chroma run` server, started once per session for the retrieval tests (tests/chroma_server.py).
from tests.chroma_server import chroma_server  # noqa: E402, F401

# ---- the repository stands alone: no test opens a file outside it -------------------------------
_ALLOWED_ROOTS: list[str] = []
_BESIDE: list[str] = []  # folders beside the repository that hold other projects or shared data
OUTSIDE_OPENS: list[str] = []


def _under(path: str, root: str) -> bool:
    return path == root or path.startswith(root + os.sep)


def _outside(path: str) -> bool:
    if _under(path, _REPO):
        return False
    if any(_under(path, b) for b in _BESIDE):
        return True
    return not any(_under(path, root) for root in _ALLOWED_ROOTS)


def _audit(event: str, args: tuple) -> None:
    if event != "open" or not _ALLOWED_ROOTS:
        return
    target = args[0]
    if isinstance(target, int):
        return
    try:
        path = os.path.realpath(os.fsdecode(target))
    except (TypeError, ValueError):
        return
    if _outside(path):
        OUTSIDE_OPENS.append(path)


_REPO = os.path.realpath(ROOT)


def _beside_the_repository() -> list[str]:
    """Sibling folders that are another checkout or a shared data folder (../shared): never to be read."""
    out = []
    for sibling in ROOT.parent.iterdir():
        try:
            if sibling.resolve() == ROOT or not sibling.is_dir():
                continue
            if sibling.name == "shared" or any((sibling / marker).exists() for marker in (".git", "seeds", "eval")):
                out.append(os.path.realpath(sibling))
        except OSError:
            continue
    return out


def pytest_configure(config: pytest.Config) -> None:
    """Every file a test opens must be in the repository, a temp folder, the environment or the system, and
    never in a folder beside the repository that holds another checkout or shared data."""
    import site
    import sys
    import tempfile

    roots = {Path(tempfile.gettempdir()), Path(sys.prefix), Path(sys.base_prefix), Path.home()}
    roots |= {Path(p) for p in site.getsitepackages()}
    roots |= {Path(p) for p in ("/usr", "/lib", "/lib64", "/etc", "/dev", "/proc", "/sys", "/run", "/var")}
    _ALLOWED_ROOTS[:] = sorted({os.path.realpath(r) for r in roots if str(r) not in ("", "/")})
    _BESIDE[:] = _beside_the_repository()
    sys.addaudithook(_audit)


@pytest.fixture(autouse=True)
def stays_inside_the_repository() -> Iterator[None]:
    before = len(OUTSIDE_OPENS)
    yield
    opened = OUTSIDE_OPENS[before:]
    del OUTSIDE_OPENS[before:]
    if opened:
        pytest.fail(f"the test opened files outside the repository: {sorted(set(opened))[:5]}")
