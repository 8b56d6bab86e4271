"""The labelled dev set, scored by its own script through the real command line."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from .conftest import DEV


def test_dev_set_recall_precision_and_false_positives() -> None:
    exe = Path(sys.executable).with_name("report-assistant")
    cmd = f"{exe} check --json {{file}}" if exe.exists() else f"{sys.executable} -m chains check --json {{file}}"
    p = subprocess.run(
        [sys.executable, str(DEV / "score.py"), "--cmd", cmd, "--jobs", "2"],
        capture_output=True, text=True, timeout=600, cwd=DEV,
    )
    assert p.returncode == 0, p.stderr
    last = p.stdout.strip().splitlines()[-1]
    m = re.fullmatch(r"recall=([\d.]+) precision=([\d.]+) fp_per_clean=([\d.]+)", last)
    assert m, p.stdout
    recall, precision, fp = map(float, m.groups())
    assert "command failures: 0" in p.stdout, p.stdout
    assert recall >= 0.90, p.stdout
    assert precision >= 0.90, p.stdout
    assert fp <= 0.10, p.stdout
