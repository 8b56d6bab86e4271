"""Lexical side of retrieval: jieba tokens with a domain dictionary, and BM25 (bm25s) over them.

Tokens are what a reader of these reports would call words: domain terms (预算执行率, 绩效目标,
偏差原因 …) stay whole (plus, search-engine style, the dictionary words inside long words), numbers keep their unit (139万元, 98.65%, 300家次) as one token, and
punctuation and a short list of function words are dropped. Text is NFKC-normalised first so
full-width digits match ASCII ones.

jieba is configured on first use (never at import); its dictionary cache goes to
``$REPORT_ASSISTANT_DATA_DIR/cache`` when that directory can be written, else the system temp dir.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

DOMAIN_TERMS: tuple[str, ...] = (
    "预算执行率", "绩效目标", "偏差原因", "绩效自评", "资金到位率", "资金到位", "预算执行",
    "绩效指标", "产出指标", "效益指标", "满意度指标", "成本指标", "数量指标", "质量指标", "时效指标",
    "社会效益", "经济效益", "生态效益", "可持续影响", "社会效益指标", "经济效益指标", "生态效益指标",
    "可持续影响指标", "服务对象满意度", "满意度", "自评得分", "自评总分", "自评结论", "评价等级",
    "年初预算数", "全年预算数", "全年执行数", "实际到位资金", "上年结转", "结转结余", "结余资金",
    "专项资金", "项目资金", "财政资金", "中央资金", "省级资金", "市级资金", "县级资金", "本级资金",
    "上级资金", "资金使用", "资金管理", "财务管理", "项目管理", "组织实施", "绩效管理",
    "存在的问题", "改进措施", "整改措施", "意见建议", "下一步", "绩效评价", "绩效自评报告",
    "项目支出", "部门预算", "预算绩效管理", "一级指标", "二级指标", "三级指标", "指标值",
    "实际完成值", "年度指标值", "完成率", "执行率", "到位率", "合格率", "覆盖率", "达标率",
    "应急通信", "应急救援", "安全生产", "食品安全", "空气质量", "生均公用经费", "福利彩票",
    "公益金", "政府采购", "监测站", "农村公路", "道路养护",
)

STOPWORDS: frozenset[str] = frozenset(
    "的 了 和 与 及 以及 在 是 为 对 等 由 于 将 把 被 按 其 中 之 也 并 或 而 从 向 上 下 年 月 日 "
    "我 我们 本 该 此 各 个 这 那 有 无 就 都 所 已 已经 进行 开展 通过 根据 按照 一 二 三 四 五 六 七 八 九 十".split()
)

# A number with its unit stays one token: 139万元, 98.65%, ≥300家次, 1000元/生.
_UNITS = (
    "亿元|万元|千元|元/生|元/人|元|%|‰|家次|人次|户次|万人|人|户|家|所|个|次|项|件|台|套|辆|处|座|公里|千米|"
    "平方米|亩|吨|小时|天|分|年度|年|月"
)
_NUM_UNIT = re.compile(rf"\d+(?:[.,]\d+)*(?:\s*(?:{_UNITS}))?")
_KEEP = re.compile(r"[\w%‰]", re.UNICODE)

_lock = threading.Lock()
_tokenizer: Any = None


def _cache_dir() -> Path:
    data = os.environ.get("REPORT_ASSISTANT_DATA_DIR", "")
    for candidate in (Path(data) / "cache" if data else None, Path(tempfile.gettempdir())):
        if candidate is None:
            continue
        try:
            candidate.mkdir(parents=True, exist_ok=True)
            if os.access(candidate, os.W_OK):
                return candidate
        except OSError:
            continue
    return Path(tempfile.gettempdir())


def tokenizer() -> Any:
    """The process-wide jieba ``Tokenizer`` with the domain dictionary (built once, thread-safe)."""
    global _tokenizer
    if _tokenizer is not None:
        return _tokenizer
    with _lock:
        if _tokenizer is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tk = jieba.Tokenizer()
            tk.tmp_dir = str(_cache_dir())
            tk.initialize()
            for term in DOMAIN_TERMS:
                tk.add_word(term, freq=max(tk.FREQ.get(term, 0), 20000))
            _tokenizer = tk
    return _tokenizer


def tokenize(text: str) -> list[str]:
    """Lower-case, NFKC-normalised tokens of ``text`` for BM25 (see module docstring)."""
    tk = tokenizer()
    text = unicodedata.normalize("NFKC", text).lower()
    out: list[str] = []
    pos = 0
    for m in _NUM_UNIT.finditer(text):
        if m.start() > pos:
            _words(tk, text[pos : m.start()], out)
        out.append(m.group(0).replace(",", "").replace(" ", ""))
        pos = m.end()
    if pos < len(text):
        _words(tk, text[pos:], out)
    return out


def _words(tk: Any, piece: str, out: list[str]) -> None:
    # Search-engine mode: a long word also yields the dictionary words inside it, so a query for
    # 执行率 finds 预算执行率 while 预算执行率 itself stays one (rarer, better-scoring) token.
    for word in tk.cut_for_search(piece, HMM=False):
        if word in STOPWORDS or not _KEEP.search(word):
            continue
        out.append(word)


class LexicalIndex:
    """BM25 over token lists; scores for every document so callers can mask by metadata."""

    def __init__(self, retriever: Any, size: int) -> None:
        self._bm25 = retriever
        self.size = size

    @classmethod
    def build(cls, token_lists: Iterable[list[str]]) -> LexicalIndex:
        import bm25s

        corpus = [tokens or [""] for tokens in token_lists]
        retriever = bm25s.BM25()
        if corpus:
            _quiet_bm25s()
            retriever.index(corpus, show_progress=False)
        return cls(retriever, len(corpus))

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        """BM25 score of every document (0 when no query token occurs)."""
        if self.size == 0:
            return np.zeros(0, dtype=np.float32)
        vocab = self._bm25.vocab_dict
        known = [t for t in query_tokens if t in vocab]
        if not known:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(known), dtype=np.float32)

    def idf(self, token: str) -> float:
        """Inverse document frequency of ``token`` in this index (0 when unknown)."""
        vocab = self._bm25.vocab_dict
        if token not in vocab or self.size == 0:
            return 0.0
        tid = vocab[token]
        indptr = self._bm25.scores["indptr"]
        df = int(indptr[tid + 1] - indptr[tid])
        return float(np.log(1 + (self.size - df + 0.5) / (df + 0.5)))

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        if self.size:
            self._bm25.save(str(directory), show_progress=False)
        (directory / "size.txt").write_text(str(self.size), encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> LexicalIndex:
        import bm25s

        size = int((directory / "size.txt").read_text(encoding="utf-8"))
        if size == 0:
            return cls(bm25s.BM25(), 0)
        _quiet_bm25s()
        return cls(bm25s.BM25.load(str(directory), show_progress=False, verbosity=0), size)


def _quiet_bm25s() -> None:
    logging.getLogger("bm25s").setLevel(logging.WARNING)


def presence(lex: LexicalIndex, tokens: list[str], positions: list[int]) -> np.ndarray:
    """``[len(tokens), len(positions)]`` booleans: does document ``positions[j]`` contain ``tokens[i]``."""
    out = np.zeros((len(tokens), len(positions)), dtype=bool)
    if lex.size == 0 or not positions:
        return out
    vocab = lex._bm25.vocab_dict
    indptr = lex._bm25.scores["indptr"]
    indices = lex._bm25.scores["indices"]
    pos = np.asarray(positions)
    for i, token in enumerate(tokens):
        tid = vocab.get(token)
        if tid is None:
            continue
        out[i] = np.isin(pos, indices[indptr[tid] : indptr[tid + 1]])
    return out
