"""The deterministic number checker: ``check(text, figures=None) -> CheckResult``.

Pure: no I/O, no langchain, no Streamlit. (Being built in issue 2: this placeholder keeps the
signature the drafter and the app call.)
"""

from __future__ import annotations

from typing import Any

from .figures import Figures
from .findings import CheckResult


def check(text: str, figures: Figures | dict[str, Any] | None = None) -> CheckResult:
    return CheckResult(text, [])
