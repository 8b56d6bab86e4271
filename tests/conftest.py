"""Shared fixtures: every test runs with its own data directory and no model configured."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The domain docs, seeds and labelled dev cases live in shared/ beside the project (as in CI).
SHARED = Path(os.environ.get("REPORT_ASSISTANT_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"
DEV = SHARED / "eval" / "dev"

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


def pytest_configure(config: pytest.Config) -> None:
    if not (SHARED / "seeds").is_dir():
        raise pytest.UsageError(
            f"shared/ not found at {SHARED}: the tests read its seeds and labelled cases. Clone the project "
            "beside shared/ (as CI does) or set REPORT_ASSISTANT_SHARED to its path."
        )

