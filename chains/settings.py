"""One settings object, read from the environment (and, in the app, ``st.secrets``).

Every setting is declared once in ``SETTINGS`` with its environment name, default and help text;
``tests/test_settings.py`` fails when one is missing from the README. ``REPORT_ASSISTANT_DATA_DIR``
moves all stored state (index, drafts, conversations, logs).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(
        default=Path("data"),
        metadata={"env": "REPORT_ASSISTANT_DATA_DIR", "help": "所有存储状态（索引、草稿、对话）的目录"},
    )
    corpus_dir: Path = field(
        default=Path("corpus"),
        metadata={"env": "REPORT_ASSISTANT_CORPUS_DIR", "help": "首次使用时建立索引的样本报告目录"},
    )
    openai_api_key: str = field(
        default="", metadata={"env": "OPENAI_API_KEY", "help": "OpenAI 兼容接口的密钥；为空则使用离线模板", "secret": True}
    )
    openai_base_url: str = field(
        default="", metadata={"env": "OPENAI_BASE_URL", "help": "OpenAI 兼容接口地址（DeepSeek、Qwen、vLLM、Ollama 等）"}
    )
    openai_model: str = field(default="gpt-4o-mini", metadata={"env": "OPENAI_MODEL", "help": "模型名称"})
    llm_timeout: float = field(
        default=60.0, metadata={"env": "REPORT_ASSISTANT_LLM_TIMEOUT", "help": "单次模型调用超时（秒）"}
    )
    llm_max_retries: int = field(
        default=1, metadata={"env": "REPORT_ASSISTANT_LLM_MAX_RETRIES", "help": "模型调用失败后的重试次数"}
    )
    embedder: str = field(
        default="hash",
        metadata={"env": "REPORT_ASSISTANT_EMBEDDER", "help": "向量化方式：hash（离线字符 n-gram）或 openai"},
    )
    embedding_model: str = field(
        default="text-embedding-3-small",
        metadata={"env": "REPORT_ASSISTANT_EMBEDDING_MODEL", "help": "embedder=openai 时的向量模型"},
    )
    chroma_host: str = field(
        default="", metadata={"env": "CHROMA_HOST", "help": "Chroma 服务器地址；为空则使用内嵌数据库"}
    )
    chroma_port: int = field(default=8000, metadata={"env": "CHROMA_PORT", "help": "Chroma 服务器端口"})

    @property
    def llm_configured(self) -> bool:
        """A model is used only when a key is set; a local server takes any non-empty key."""
        return bool(self.openai_api_key)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, secrets: Mapping[str, object] | None = None) -> Settings:
        """Read settings from ``env`` (default ``os.environ``), then ``secrets`` for unset names."""
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        for f in fields(cls):
            name = f.metadata["env"]
            raw = env.get(name)
            if (raw is None or raw == "") and secrets is not None and name in secrets:
                raw = str(secrets[name])
            if raw is None or raw == "":
                continue
            kind = type(f.default)
            try:
                values[f.name] = kind(raw) if kind is not str else raw
            except ValueError:
                from chains.errors import ConfigError

                raise ConfigError(f"环境变量 {name} 的值“{raw}”无效，应为{_kind_name(kind)}。") from None
        return cls(**values)  # type: ignore[arg-type]


def _kind_name(kind: type) -> str:
    return {int: "整数", float: "数字", Path: "路径"}.get(kind, "文本")


def documented_settings() -> list[tuple[str, str, str]]:
    """(environment name, default, help) of every setting, for the README and ``--help``."""
    out = []
    for f in fields(Settings):
        default = "" if f.metadata.get("secret") else str(f.default)
        out.append((f.metadata["env"], default, f.metadata["help"]))
    return out
