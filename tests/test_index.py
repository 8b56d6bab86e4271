"""The index: incremental by content hash, bad files skipped with reasons, embedders never mixed,
damage reported with a way out — in embedded mode and against a real ``chroma run`` server."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from chains.errors import ConfigError, IndexUnavailable
from chains.retrieval.embed import HashEmbedder
from chains.retrieval.index import REPORTS_COLLECTION, check_server, ensure_index, open_index, release
from chains.settings import Settings
from tests.chroma_server import mode_settings
from tests.conftest import DEV_CASES

CASES = DEV_CASES


@pytest.fixture(params=["embedded", "server"])
def settings(request: pytest.FixtureRequest, isolated_state: Path) -> Settings:
    return mode_settings(request, isolated_state)  # type: ignore[return-value]


def chroma_ids(index, name: str = REPORTS_COLLECTION) -> set[str]:  # noqa: ANN001
    col = index.collection(name)
    return set(col.get(include=[])["ids"]) if col is not None else set()


def test_first_run_indexes_every_report_and_names_its_chunks(settings: Settings, reports_dir: Path) -> None:
    index = open_index(settings)
    summary = index.index_paths([reports_dir])
    assert sorted(summary.indexed) == sorted(p.name for p in reports_dir.iterdir())
    assert summary.chunks > len(CASES) and not summary.skipped and not summary.removed
    assert len(chroma_ids(index)) == len(CASES)
    assert index.store.report_count() == len(CASES)
    assert summary.lines()[0].startswith("索引完成：新增或更新 5 份")


def test_second_run_touches_nothing_when_no_file_changed(settings: Settings, reports_dir: Path) -> None:
    index = open_index(settings)
    index.index_paths([reports_dir])
    summary = index.index_paths([reports_dir])
    assert summary.indexed == [] and summary.chunks == 0
    assert sorted(summary.unchanged) == sorted(p.name for p in reports_dir.iterdir())


def test_only_the_changed_file_is_reindexed_and_a_removed_file_is_dropped(
    settings: Settings, reports_dir: Path
) -> None:
    index = open_index(settings)
    index.index_paths([reports_dir])
    changed = reports_dir / "leiyang-school-2022.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n七、其他说明\n本报告已经校长办公会审议。\n", encoding="utf-8")
    (reports_dir / "guangshui-roads-2021.txt").unlink()
    old_hash = index.store.manifest()
    summary = index.index_paths([reports_dir])
    assert summary.indexed == ["leiyang-school-2022.txt"]
    assert summary.removed == ["guangshui-roads-2021.txt"]
    assert len(summary.unchanged) == len(CASES) - 2
    manifest = index.store.manifest()
    assert len(manifest) == len(CASES) - 1
    assert {h for _s, h in manifest.values()} != {h for _s, h in old_hash.values()}
    assert len(chroma_ids(index)) == len(CASES) - 1
    # the dropped report's chunks are gone from every section collection
    stale = [k for k in old_hash if k.endswith("guangshui-roads-2021.txt")]
    assert not any(stale[0] in ids for ids in index.store.chunk_ids(stale).values())


def test_a_duplicate_file_is_indexed_once_and_named_in_the_summary(settings: Settings, reports_dir: Path) -> None:
    shutil.copy(reports_dir / "anju-foodsafety-2021.txt", reports_dir / "zz-copy-of-anju.txt")
    index = open_index(settings)
    summary = index.index_paths([reports_dir])
    assert len(chroma_ids(index)) == len(CASES)
    assert summary.duplicates == [("zz-copy-of-anju.txt", "anju-foodsafety-2021.txt")]
    assert any("zz-copy-of-anju.txt：与 anju-foodsafety-2021.txt 内容相同" in line for line in summary.lines())


def test_a_duplicate_of_an_already_indexed_report_in_a_later_run_is_indexed_once(
    settings: Settings, reports_dir: Path, tmp_path: Path
) -> None:
    index = open_index(settings)
    index.index_paths([reports_dir])
    other = tmp_path / "incoming"
    other.mkdir()
    shutil.copy(reports_dir / "minle-welfarelottery-2023.txt", other / "minle.txt")
    summary = index.index_paths([other])
    assert summary.indexed == [] and summary.duplicates == [("minle.txt", "minle-welfarelottery-2023.txt")]
    assert len(chroma_ids(index)) == len(CASES)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "空"),
        ("broken.docx", b"PK\x03\x04 this is not really a zip", "docx"),
        ("binary.pdf", b"\x00\x01\x02\x03" * 200, "PDF"),
        ("table.xlsx", b"whatever", "不支持"),
    ],
)
def test_bad_files_are_skipped_with_a_reason_and_never_abort_the_run(
    settings: Settings, reports_dir: Path, name: str, content: bytes, reason: str
) -> None:
    (reports_dir / name).write_bytes(content)
    summary = open_index(settings).index_paths([reports_dir])
    assert len(summary.indexed) == len(CASES)
    (skipped,) = [s for s in summary.skipped if s[0] == name]
    assert reason.lower() in skipped[1].lower() or reason in skipped[1]
    assert any(line.strip().startswith(f"{name}：") for line in summary.lines())


def test_progress_reaches_the_total(settings: Settings, reports_dir: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    open_index(settings).index_paths([reports_dir], on_progress=lambda d, t, m: calls.append((d, t, m)))
    final = [c for c in calls if c[1] > 0][-1]
    assert final[0] == final[1] == len(CASES)


def test_another_embedder_is_refused_on_the_same_collection(settings: Settings, reports_dir: Path) -> None:
    open_index(settings).index_paths([reports_dir])
    with pytest.raises(ConfigError, match="不能混用") as err:
        open_index(settings, embedder=HashEmbedder(256))
    assert "384" in str(err.value) and "256" in str(err.value) and "--rebuild" in str(err.value)


def test_rebuild_switches_the_embedder(settings: Settings, reports_dir: Path) -> None:
    open_index(settings).index_paths([reports_dir])
    index = open_index(settings, rebuild=True, embedder=HashEmbedder(256))
    summary = index.index_paths([reports_dir], rebuild=True)
    assert len(summary.indexed) == len(CASES) and summary.rebuilt
    assert index.collection(REPORTS_COLLECTION).metadata["dim"] == 256


def test_ensure_index_builds_the_corpus_on_first_use_only(settings: Settings, reports_dir: Path) -> None:
    settings = replace(settings, corpus_dir=reports_dir)
    seen: list[int] = []
    index = ensure_index(settings, on_progress=lambda d, t, m: seen.append(t))
    assert index.store.report_count() == len(CASES) and max(seen) == len(CASES)
    seen.clear()
    ensure_index(settings, on_progress=lambda d, t, m: seen.append(t))
    assert seen == []


# -- damage and recovery (embedded: the directory is ours) -------------------------------------------


@pytest.fixture
def embedded(isolated_state: Path) -> Settings:
    return replace(Settings.from_env(), data_dir=isolated_state)


def test_a_deleted_chroma_directory_is_reported_and_rebuild_recovers(embedded: Settings, reports_dir: Path) -> None:
    open_index(embedded).index_paths([reports_dir])
    release(embedded)  # as after a restart
    shutil.rmtree(embedded.data_dir / "chroma")
    with pytest.raises(IndexUnavailable, match="--rebuild") as err:
        ensure_index(embedded)
    assert "不完整" in str(err.value)
    summary = open_index(embedded, rebuild=True).index_paths([reports_dir], rebuild=True)
    assert len(summary.indexed) == len(CASES)
    ensure_index(embedded)  # healthy again


def test_a_damaged_chroma_database_is_reported_and_rebuild_recovers(embedded: Settings, reports_dir: Path) -> None:
    open_index(embedded).index_paths([reports_dir])
    release(embedded)
    (embedded.data_dir / "chroma" / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)
    with pytest.raises(IndexUnavailable, match="rebuild"):
        ensure_index(embedded)
    index = open_index(embedded, rebuild=True)
    assert len(index.index_paths([reports_dir], rebuild=True).indexed) == len(CASES)


def test_a_damaged_manifest_is_reported_and_rebuild_recovers(embedded: Settings, reports_dir: Path) -> None:
    open_index(embedded).index_paths([reports_dir])
    release(embedded)
    store = next((embedded.data_dir / "index").rglob("store.sqlite"))
    for extra in store.parent.glob("store.sqlite-*"):
        extra.unlink()
    store.write_bytes(b"garbage" * 1000)
    with pytest.raises(IndexUnavailable, match="索引清单.*已损坏"):
        ensure_index(embedded)
    index = open_index(embedded, rebuild=True)
    assert len(index.index_paths([reports_dir], rebuild=True).indexed) == len(CASES)


# -- an unreachable server ------------------------------------------------------------------------


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections and never answers (a hung server or a dropping firewall)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        sock.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(sock.accept()[0])
            except OSError:
                continue

    t = threading.Thread(target=accept, daemon=True)
    t.start()
    yield sock.getsockname()[1]
    stop.set()
    t.join()
    for c in held:
        c.close()
    sock.close()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("kind", ["refused", "silent"])
def test_an_unreachable_server_is_named_within_five_seconds(
    isolated_state: Path, silent_port: int, kind: str
) -> None:
    port = closed_port() if kind == "refused" else silent_port
    settings = replace(Settings.from_env(), data_dir=isolated_state, chroma_host="127.0.0.1", chroma_port=port)
    started = time.monotonic()
    with pytest.raises(IndexUnavailable) as err:
        ensure_index(settings)
    assert time.monotonic() - started < 6.5  # the promise is 5 s; allow for a loaded 2-core machine
    assert f"127.0.0.1:{port}" in str(err.value) and "CHROMA_HOST" in str(err.value)


def test_check_server_accepts_a_live_server(chroma_server) -> None:  # noqa: ANN001
    check_server(chroma_server.host, chroma_server.port)
