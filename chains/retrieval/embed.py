"""Text → vector, offline by default.

The default embedder hashes character n-grams (1–3) of the normalised text into a fixed number of
dimensions (signed feature hashing, sublinear term frequency, L2-normalised). It needs no model
weights, is deterministic across processes and machines (no Python ``hash``), and works well on
Chinese, where character bigrams and trigrams carry most of the meaning (预算 / 执行率 / 满意度).

``OpenAIEmbedder`` is used only when ``Settings.embedder == "openai"``.

Chroma needs an ``EmbeddingFunction`` on every collection it opens, or it falls back to its
default ONNX model, which it downloads. ``HashEmbeddingFunction`` and ``OpenAIEmbeddingFunction``
wrap our embedders for Chroma and are registered (``register_chroma_functions``) so a collection
can be reopened in a new process. The index always computes vectors itself and hands Chroma the
arrays; the embedding function is there so Chroma never needs a default one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

if TYPE_CHECKING:
    from chains.settings import Settings

HASH_EMBEDDER_NAME = "report_assistant_hash"
OPENAI_EMBEDDER_NAME = "report_assistant_openai"
# 384, not 256: 256 inserts ~30% faster into Chroma but its extra hash collisions cost dense quality
# (bench/bench_retrieval.py: similar-report dense MRR 1.000 → 0.942; weak true matches fall under the floor).
DEFAULT_DIM = 384

_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_K = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9))
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
# Unigrams are frequent and say little on their own; bigrams and trigrams carry the words.
_NGRAM_WEIGHTS = (0.4, 1.0, 1.0)


class Embedder(Protocol):
    """What the index needs from an embedder: a stable name, a dimension, and batched vectors."""

    @property
    def name(self) -> str: ...

    @property
    def dim(self) -> int: ...

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """``(len(texts), dim)`` float32 array of L2-normalised vectors."""
        ...


def normalise(text: str) -> str:
    """NFKC (full-width digits and letters → ASCII) and lower case, so １３９万 and 139万 agree."""
    return unicodedata.normalize("NFKC", text).lower()


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser, vectorised (uint64 arithmetic wraps, as intended)."""
    x = x ^ (x >> np.uint64(30))
    x = x * _M1
    x = x ^ (x >> np.uint64(27))
    x = x * _M2
    return x ^ (x >> np.uint64(31))


def _codepoints(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """All texts' code points joined with 0 separators, and the text index of every position.

    Whitespace and punctuation become 0 too: n-grams never span them.
    """
    joined = normalise("\x00".join(t.replace("\x00", " ") for t in texts) + "\x00")
    cps = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    breaks = cps == 0
    doc = np.cumsum(breaks) - breaks  # index of the text each position belongs to
    # Break characters: ASCII controls/space/punctuation, CJK and full-width punctuation, spaces.
    is_break = (
        (cps < 48)
        | ((cps >= 58) & (cps <= 64))
        | ((cps >= 91) & (cps <= 96))
        | ((cps >= 123) & (cps <= 127))
        | ((cps >= 0x2000) & (cps <= 0x206F))
        | ((cps >= 0x3000) & (cps <= 0x303F))
        | ((cps >= 0xFF00) & (cps <= 0xFF0F))
        | ((cps >= 0xFF1A) & (cps <= 0xFF20))
        | (cps == 0xA0)
    )
    cps = np.where(is_break, np.uint64(0), cps)
    return cps, doc.astype(np.int64)


def hash_embed(texts: Sequence[str], dim: int = DEFAULT_DIM) -> np.ndarray:
    """Signed feature hashing of character 1–3-grams; rows are L2-normalised float32."""
    n = len(texts)
    if n == 0:
        return np.zeros((0, dim), dtype=np.float32)
    cps, doc = _codepoints(texts)
    flat_parts: list[np.ndarray] = []
    weight_parts: list[np.ndarray] = []
    length = len(cps)
    for order in (1, 2, 3):
        if length < order:
            break
        m = length - order + 1
        valid = np.ones(m, dtype=bool)
        h = np.full(m, np.uint64(order), dtype=np.uint64)
        for i in range(order):
            part = cps[i : i + m]
            valid &= part != 0
            h = h + part * _K[i]
        h = _mix(h)
        idx = np.nonzero(valid)[0]
        if idx.size == 0:
            continue
        hv = h[idx]
        bucket = (hv % np.uint64(dim)).astype(np.int64)
        sign = np.where((hv >> np.uint64(63)) == 0, 1.0, -1.0) * _NGRAM_WEIGHTS[order - 1]
        flat_parts.append(doc[idx] * dim + bucket)
        weight_parts.append(sign)
    if not flat_parts:
        counts = np.zeros(n * dim)
    else:
        counts = np.bincount(np.concatenate(flat_parts), weights=np.concatenate(weight_parts), minlength=n * dim)
    vec = counts.reshape(n, dim)
    vec = np.sign(vec) * np.log1p(np.abs(vec))  # sublinear tf: long texts do not drown short ones
    norms = np.linalg.norm(vec, axis=1)
    empty = norms == 0
    if empty.any():
        vec[empty, 0] = 1.0  # a fixed unit vector: Chroma rejects zero vectors for cosine space
        norms[empty] = 1.0
    return (vec / norms[:, None]).astype(np.float32)


class HashEmbedder:
    """The offline default: deterministic, dependency-free beyond numpy, ~1 ms per short text."""

    def __init__(self, dim: int = DEFAULT_DIM) -> None:
        if dim < 16:
            raise ValueError("dim must be at least 16")
        self._dim = dim

    @property
    def name(self) -> str:
        return f"hash-ngram13-v2-{self._dim}"  # v2: heading + text are embedded

    @property
    def dim(self) -> int:
        return self._dim

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return hash_embed(list(texts), self._dim)


class OpenAIEmbedder:
    """Embeddings from an OpenAI-compatible ``/v1/embeddings`` endpoint (configured, never a default)."""

    def __init__(
        self, model: str, base_url: str = "", api_key: str = "", timeout: float = 60.0, max_retries: int = 1
    ) -> None:
        self.model = model
        self.base_url = base_url
        self._api_key = api_key or "EMPTY"
        self._timeout = timeout
        self._max_retries = max_retries
        self._dim: int | None = None
        self._client: Any = None

    @property
    def name(self) -> str:
        return f"openai-{self.model}"

    @property
    def dim(self) -> int:
        if self._dim is None:
            self._dim = int(self.embed(["维度探测"]).shape[1])
        return self._dim

    def embed(self, texts: Sequence[str], batch: int = 64) -> np.ndarray:
        import openai

        from chains.errors import BackendError

        if self._client is None:
            self._client = openai.OpenAI(
                api_key=self._api_key,
                base_url=self.base_url or None,
                timeout=self._timeout,
                max_retries=self._max_retries,
            )
        rows: list[list[float]] = []
        try:
            for start in range(0, len(texts), batch):
                part = [t if t.strip() else " " for t in texts[start : start + batch]]
                response = self._client.embeddings.create(model=self.model, input=part)
                rows.extend(item.embedding for item in sorted(response.data, key=lambda d: d.index))
        except openai.APIError as exc:
            where = self.base_url or "默认地址"
            raise BackendError(f"向量接口（{where}，模型 {self.model}）调用失败：{exc}。请检查 OPENAI_BASE_URL 和密钥。") from None
        if not rows:
            return np.zeros((0, self._dim or 0), dtype=np.float32)
        arr = np.asarray(rows, dtype=np.float32)
        norms = np.linalg.norm(arr, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        arr = arr / norms
        self._dim = arr.shape[1]
        return arr


def build_embedder(settings: Settings) -> Embedder:
    """The embedder chosen by ``Settings.embedder`` (``hash`` by default, or ``openai``)."""
    from chains.errors import ConfigError

    kind = settings.embedder.strip().lower()
    if kind in ("hash", ""):
        return HashEmbedder()
    if kind == "openai":
        return OpenAIEmbedder(
            model=settings.embedding_model,
            base_url=settings.openai_base_url,
            api_key=settings.openai_api_key,
            timeout=settings.llm_timeout,
            max_retries=settings.llm_max_retries,
        )
    raise ConfigError(f"REPORT_ASSISTANT_EMBEDDER 的值“{settings.embedder}”无效，应为 hash 或 openai。")


# -- Chroma adapters ------------------------------------------------------------------------------

_REGISTERED = False


def register_chroma_functions() -> None:
    """Make Chroma able to rebuild our embedding functions from a stored collection config."""
    global _REGISTERED
    if _REGISTERED:
        return
    from chromadb.utils.embedding_functions import register_embedding_function

    register_embedding_function(_hash_function_class())
    register_embedding_function(_openai_function_class())
    _REGISTERED = True


def chroma_function(embedder: Embedder) -> Any:
    """The Chroma ``EmbeddingFunction`` for ``embedder`` (registered, so collections reopen)."""
    register_chroma_functions()
    if isinstance(embedder, HashEmbedder):
        return _hash_function_class()(dim=embedder.dim)
    if isinstance(embedder, OpenAIEmbedder):
        return _openai_function_class()(model=embedder.model, base_url=embedder.base_url, embedder=embedder)
    raise TypeError(f"no Chroma adapter for {type(embedder).__name__}")


_CLASSES: dict[str, type] = {}


def _hash_function_class() -> type:
    if "hash" in _CLASSES:
        return _CLASSES["hash"]
    from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space

    class HashEmbeddingFunction(EmbeddingFunction[Documents]):
        """Chroma face of ``HashEmbedder``."""

        def __init__(self, dim: int = DEFAULT_DIM) -> None:
            self._embedder = HashEmbedder(dim)

        def __call__(self, input: Documents) -> Embeddings:
            return list(self._embedder.embed(list(input)))

        @staticmethod
        def name() -> str:
            return HASH_EMBEDDER_NAME

        def get_config(self) -> dict[str, Any]:
            return {"dim": self._embedder.dim}

        @staticmethod
        def build_from_config(config: dict[str, Any]) -> HashEmbeddingFunction:
            return HashEmbeddingFunction(dim=int(config.get("dim", DEFAULT_DIM)))

        def default_space(self) -> Space:
            return "cosine"

        def supported_spaces(self) -> list[Space]:
            return ["cosine", "ip", "l2"]

    _CLASSES["hash"] = HashEmbeddingFunction
    return HashEmbeddingFunction


def _openai_function_class() -> type:
    if "openai" in _CLASSES:
        return _CLASSES["openai"]
    from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space

    class OpenAIEmbeddingFunction(EmbeddingFunction[Documents]):
        """Chroma face of ``OpenAIEmbedder``; the key is read from settings, never stored."""

        def __init__(self, model: str, base_url: str = "", embedder: OpenAIEmbedder | None = None) -> None:
            self._model = model
            self._base_url = base_url
            self._embedder = embedder

        def __call__(self, input: Documents) -> Embeddings:
            if self._embedder is None:
                from chains.settings import Settings

                s = Settings.from_env()
                self._embedder = OpenAIEmbedder(self._model, self._base_url or s.openai_base_url, s.openai_api_key)
            return list(self._embedder.embed(list(input)))

        @staticmethod
        def name() -> str:
            return OPENAI_EMBEDDER_NAME

        def get_config(self) -> dict[str, Any]:
            return {"model": self._model, "base_url": self._base_url}

        @staticmethod
        def build_from_config(config: dict[str, Any]) -> OpenAIEmbeddingFunction:
            return OpenAIEmbeddingFunction(model=str(config.get("model", "")), base_url=str(config.get("base_url", "")))

        def default_space(self) -> Space:
            return "cosine"

        def supported_spaces(self) -> list[Space]:
            return ["cosine", "ip", "l2"]

    _CLASSES["openai"] = OpenAIEmbeddingFunction
    return OpenAIEmbeddingFunction
