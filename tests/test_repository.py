"""The repository stands alone and its tree shows the architecture (issue 9)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import OUTSIDE_OPENS, ROOT

CHAINS = ROOT / "chains"

#: the stages, in the order dependencies point: a module may import its own stage and the ones it lists
ALLOWED: dict[str, set[str]] = {
    "base": set(),
    "text": {"base"},
    "ingest": {"base", "text"},
    "check": {"base", "text"},
    "score": {"base", "text"},
    "critique": {"base", "text", "check", "ingest"},
    "retrieval": {"base", "text", "ingest"},
    "draft": {"base", "text", "check", "score", "retrieval"},  # retrieval: the 参考表述 lookup (draft.examples)
    "export": {"base", "text", "draft"},
    "conversation": {"base", "text", "ingest", "check", "score", "draft"},
    "ui": {"base", "text", "ingest", "check", "score", "critique", "retrieval", "draft", "conversation", "review"},
    "review": {"base", "text", "ingest", "check", "critique"},
    "cli": {"base", "text", "ingest", "check", "score", "critique", "retrieval", "draft", "export", "review",
            "conversation"},
}
BASE = {"errors", "settings", "figures", "findings", "findings_html", "vocabulary", "llm", "sqlite_store"}


def stage(module: str) -> str:
    """``chains.check.rules.base`` → ``check``; ``chains.figures`` → ``base``."""
    parts = module.split(".")
    if len(parts) == 1:
        return "base"
    name = parts[1]
    return "base" if name in BASE or name.startswith("__") else name


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "chains":
                found += [(node.lineno, f"chains.{a.name}") for a in node.names]
            elif node.module.startswith("chains."):
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("chains.")]
        elif isinstance(node, ast.ImportFrom) and node.level:
            found.append((node.lineno, "relative"))
    return found


MODULES = sorted(CHAINS.rglob("*.py"))


def test_every_stage_is_a_known_one() -> None:
    stages = {stage(module_name(p)) for p in MODULES}
    assert stages <= set(ALLOWED), stages - set(ALLOWED)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_dependencies_point_one_way(path: Path) -> None:
    own = stage(module_name(path))
    if own == "base" and path.name == "__main__.py":  # ``python -m chains`` is the command line
        return
    wrong = []
    for line, target in imports_of(path):
        assert target != "relative", f"{path}:{line}: absolute imports only"
        other = stage(target)
        if other != own and other not in ALLOWED[own]:
            wrong.append(f"{path.relative_to(ROOT)}:{line} ({own}) imports {target} ({other})")
    assert not wrong, "\n".join(wrong)


def test_only_the_app_imports_streamlit() -> None:
    users = [p for p in MODULES if "import streamlit" in p.read_text(encoding="utf-8")]
    assert users == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_over_450_lines_and_no_function_over_80(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count("\n") <= 450, f"{path.name}: {text.count(chr(10))} lines"
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno
        and node.end_lineno - node.lineno + 1 > 80
    ]
    assert not long, long


def test_a_file_opened_beside_the_repository_is_caught(tmp_path: Path) -> None:
    """A shared data folder beside the clone (../shared) is out of bounds, wherever the clone is."""
    import tests.conftest as guard

    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "seeds.txt").write_text("x", encoding="utf-8")
    guard._BESIDE.append(str(shared.resolve()))
    before = len(OUTSIDE_OPENS)
    try:
        with open(shared / "seeds.txt", encoding="utf-8") as fh:  # the open itself is what the guard sees
            fh.read()
        caught = OUTSIDE_OPENS[before:]
    finally:
        guard._BESIDE.remove(str(shared.resolve()))
        del OUTSIDE_OPENS[before:]  # the guard must not fail this test for the open it was shown
    assert caught == [str((shared / "seeds.txt").resolve())]


def test_a_file_opened_outside_every_allowed_place_is_caught() -> None:
    outside = Path("/opt/not-in-the-repository.txt")
    before = len(OUTSIDE_OPENS)
    with pytest.raises(OSError):
        open(outside, encoding="utf-8")  # noqa: SIM115 - the open itself is what the guard sees
    caught = OUTSIDE_OPENS[before:]
    del OUTSIDE_OPENS[before:]
    assert caught == [str(outside)]


def test_the_test_data_has_its_provenance_note() -> None:
    note = (ROOT / "tests" / "data" / "README.md").read_text(encoding="utf-8")
    for folder in ("seeds/", "dev/", "schema/"):
        assert folder in note
        assert (ROOT / "tests" / "data" / folder).is_dir()
