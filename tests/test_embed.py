"""The offline embedder: deterministic, normalised, good enough on Chinese, and never Chroma's default."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest

from chains.errors import BackendError, ConfigError
from chains.retrieval.embed import HashEmbedder, OpenAIEmbedder, build_embedder, chroma_function, hash_embed
from chains.settings import Settings
from tests.conftest import ROOT


def cos(a: str, b: str) -> float:
    v = hash_embed([a, b])
    return float(v[0] @ v[1])


def test_vectors_are_unit_length_float32_of_the_declared_dimension() -> None:
    vecs = HashEmbedder(384).embed(["预算执行率为98.65%", "绩效目标", "a"])
    assert vecs.shape == (3, 384)
    assert vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)


@pytest.mark.parametrize("text", ["", "   ", "。，、！", "\x00"])
def test_text_without_characters_gets_a_fixed_unit_vector_not_zeros(text: str) -> None:
    vec = hash_embed([text])[0]
    assert np.isclose(np.linalg.norm(vec), 1.0)
    assert np.array_equal(vec, hash_embed([""])[0])


def test_same_text_gives_the_same_vector_in_another_process() -> None:
    text = "2023年度攀枝花市东区应急管理局项目支出绩效自评报告"
    here = hash_embed([text])[0]
    code = (
        "import json,sys; from chains.retrieval.embed import hash_embed; "
        f"print(json.dumps(hash_embed([{text!r}])[0].tolist()))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert np.allclose(here, np.array(json.loads(out.stdout), dtype=np.float32))


def test_batching_does_not_change_a_text_vector() -> None:
    texts = ["资金到位率100%", "群众满意度95%", "预算执行率偏低的原因"]
    together = hash_embed(texts)
    for i, t in enumerate(texts):
        assert np.allclose(together[i], hash_embed([t])[0])


@pytest.mark.parametrize(
    ("query", "closer", "farther"),
    [
        ("预算执行率偏低", "本年度预算执行率为36.43%，执行进度偏慢", "社会满意度测评取得95%好评"),
        ("资金到位情况", "省级资金已全部到位，资金到位率100%", "道路养护验收合格率未达标"),
        ("存在的问题", "存在的问题：绩效指标量化不够", "学校正常运转所需的商品和服务支出"),
        ("卫星电话使用费", "3部卫星电话年服务费8.62万元", "敬老院运营补贴48万元"),
    ],
)
def test_related_chinese_text_is_closer_than_unrelated(query: str, closer: str, farther: str) -> None:
    assert cos(query, closer) > cos(query, farther)


def test_full_width_digits_and_letters_embed_like_ascii() -> None:
    assert np.allclose(hash_embed(["１３９万元ＡＢ"])[0], hash_embed(["139万元ab"])[0])


@pytest.mark.parametrize(
    ("embedder", "expected"),
    [("hash", HashEmbedder), ("", HashEmbedder), ("openai", OpenAIEmbedder), ("OpenAI", OpenAIEmbedder)],
)
def test_settings_choose_the_embedder(embedder: str, expected: type) -> None:
    assert isinstance(build_embedder(replace(Settings(), embedder=embedder)), expected)


def test_unknown_embedder_setting_is_a_config_error_in_chinese() -> None:
    with pytest.raises(ConfigError, match="REPORT_ASSISTANT_EMBEDDER"):
        build_embedder(replace(Settings(), embedder="bge"))


def test_chroma_function_round_trips_through_its_config() -> None:
    ef = chroma_function(HashEmbedder(256))
    rebuilt = type(ef).build_from_config(ef.get_config())
    assert ef.name() == "report_assistant_hash"
    assert np.allclose(np.asarray(rebuilt(["绩效目标"])[0]), HashEmbedder(256).embed(["绩效目标"])[0])


def test_a_collection_reopens_in_a_new_process_without_any_default_embedder(tmp_path: Path) -> None:
    """Indexing, querying and reopening never load Chroma's default ONNX embedder (nor onnxruntime)."""
    script = f"""
import sys, json
from dataclasses import replace
from pathlib import Path
from chains.settings import Settings
from chains.retrieval.index import open_index, ensure_index
from chains.retrieval.search import Retriever
s = replace(Settings.from_env(), data_dir=Path({str(tmp_path / 'data')!r}), corpus_dir=Path({str(ROOT / 'corpus')!r}))
mode = sys.argv[1]
if mode == "build":
    idx = ensure_index(s)
else:
    import chromadb
    from chromadb.config import Settings as CS
    from chains.retrieval.embed import register_chroma_functions
    register_chroma_functions()
    client = chromadb.PersistentClient(path=str(s.data_dir / "chroma"), settings=CS(anonymized_telemetry=False))
    col = client.get_collection("reports")  # no embedding_function given: rebuilt from the stored config
    print("EF", col.configuration_json["embedding_function"]["name"])
    col.query(query_texts=["应急通信保障经费"], n_results=1)
    idx = open_index(s)
r = Retriever(idx).example_phrasing("problems", "绩效指标量化不够", 1)
print("HITS", len(r))
print("ONNX", any(m.startswith("onnxruntime") for m in sys.modules))
"""
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "ANONYMIZED_TELEMETRY": "False", "HF_HUB_OFFLINE": "1"}
    for mode in ("build", "reopen"):
        out = subprocess.run(
            [sys.executable, "-c", script, mode], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
        )
        assert out.returncode == 0, out.stderr[-2000:]
        assert "ONNX False" in out.stdout
        assert "HITS 1" in out.stdout
    assert "EF report_assistant_hash" in out.stdout
    assert not (home / ".cache" / "chroma").exists()  # where the default model would be downloaded


# -- optional OpenAI-compatible embeddings, against a real local HTTP server ------------------------


class _EmbeddingsHandler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802 - http.server API
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append((self.path, body))  # type: ignore[attr-defined]
        if self.server.fail:  # type: ignore[attr-defined]
            self.send_response(500)
            self.end_headers()
            return
        data = [
            {"object": "embedding", "index": i, "embedding": hash_embed([t], 32)[0].tolist()}
            for i, t in enumerate(body["input"])
        ]
        payload = json.dumps({"object": "list", "data": data, "model": body["model"],
                              "usage": {"prompt_tokens": 1, "total_tokens": 1}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def embeddings_server() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _EmbeddingsHandler)
    server.requests = []  # type: ignore[attr-defined]
    server.fail = False  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_openai_embedder_calls_the_configured_endpoint_and_normalises(embeddings_server: ThreadingHTTPServer) -> None:
    url = f"http://127.0.0.1:{embeddings_server.server_address[1]}/v1"
    settings = replace(Settings(), embedder="openai", openai_base_url=url, openai_api_key="EMPTY",
                       embedding_model="test-embed")
    embedder = build_embedder(settings)
    vecs = embedder.embed(["绩效目标", "资金到位率"])
    assert vecs.shape == (2, 32) and embedder.dim == 32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    path, body = embeddings_server.requests[0]  # type: ignore[attr-defined]
    assert path == "/v1/embeddings" and body["model"] == "test-embed"
    assert embedder.name == "openai-test-embed"


def test_a_failing_embeddings_endpoint_is_a_backend_error_naming_it(embeddings_server: ThreadingHTTPServer) -> None:
    embeddings_server.fail = True  # type: ignore[attr-defined]
    url = f"http://127.0.0.1:{embeddings_server.server_address[1]}/v1"
    embedder = OpenAIEmbedder("test-embed", base_url=url, api_key="EMPTY", timeout=5, max_retries=0)
    with pytest.raises(BackendError, match="127.0.0.1"):
        embedder.embed(["绩效目标"])
