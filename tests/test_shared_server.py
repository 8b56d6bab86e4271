"""Two machines, one ``chroma run`` server: what one indexes or removes, the other finds or stops
finding within a second, without indexing anything itself (its manifest, chunks and BM25 are rebuilt
from the server)."""

from __future__ import annotations

import shutil
import time
from dataclasses import replace
from pathlib import Path

from chains.ingest.reports import load_report
from chains.retrieval.index import ensure_index, open_index
from chains.retrieval.search import SYNC_INTERVAL, Retriever
from chains.settings import Settings
from tests.chroma_server import ChromaServer
from tests.conftest import seed_path


def machine(server: ChromaServer, data_dir: Path, corpus: Path) -> Settings:
    return replace(Settings.from_env({}), data_dir=data_dir, corpus_dir=corpus, chroma_host=server.host,
                   chroma_port=server.port)



def test_a_second_machine_finds_what_the_first_indexed_and_stops_finding_what_it_removed(
    chroma_server: ChromaServer, tmp_path: Path, reports_dir: Path
) -> None:
    chroma_server.wipe()
    empty_corpus = tmp_path / "no-corpus"
    a = open_index(machine(chroma_server, tmp_path / "a", empty_corpus))
    a.index_paths([reports_dir])

    b = ensure_index(machine(chroma_server, tmp_path / "b", empty_corpus))  # nothing indexed on b
    assert b.store.report_count() == 5
    on_b = Retriever(b)
    top = on_b.similar_reports("福利彩票公益金支持养老机构", k=3)
    assert top[0].source == "minle-welfarelottery-2023.txt"
    passage = on_b.example_phrasing("suggestions", "按路况评定结果分配养护资金，优先保障重点路段", k=1)[0]
    assert passage.source == "guangshui-roads-2021.txt"
    assert load_report(reports_dir / passage.source, reports_dir).text[passage.span[0] : passage.span[1]] == passage.text

    # The first machine indexes one more report, then removes another: b's running retriever follows.
    extra = tmp_path / "more"
    extra.mkdir()
    shutil.copy(seed_path("001"), extra / "emergency-comms-2023.txt")
    a.index_paths([extra])
    time.sleep(SYNC_INTERVAL)  # b checks the server at most once a second
    assert on_b.similar_reports("海事卫星电话和视频会商系统的通信服务费", k=1)[0].source == "emergency-comms-2023.txt"
    removed = next(key for key in a.store.manifest() if key.endswith("minle-welfarelottery-2023.txt"))
    assert a.remove([removed]) == 1
    time.sleep(SYNC_INTERVAL)
    assert all(r.source != "minle-welfarelottery-2023.txt" for r in on_b.similar_reports("福利彩票公益金支持养老机构", k=5))
    assert b.store.report_count() == 5


def test_an_embedded_index_is_never_synced(tmp_path: Path, reports_dir: Path) -> None:
    settings = replace(Settings.from_env({}), data_dir=tmp_path / "d")
    index = open_index(settings)
    index.index_paths([reports_dir])
    assert index.sync() is False and index.store.report_count() == 5
