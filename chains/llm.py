"""The drafting backends, chosen by one factory: ``build_llm(settings) -> Backend``.

Two real backends behind the same small interface:

- ``OfflineBackend`` — the template drafter (``chains.draft.offline``); the default when no key is set, and
  what the pipeline falls back to, section by section, when the endpoint fails.
- ``OpenAIBackend`` — ``ChatOpenAI`` (langchain-openai) against any OpenAI-compatible endpoint
  (``OPENAI_API_KEY`` / ``OPENAI_BASE_URL`` / ``OPENAI_MODEL``), always with ``timeout`` and
  ``max_retries`` from the settings (never the library's 600 s default).

``backend_error(exc)`` turns whatever the openai/httpx stack raised (refused, timed out, 429, 5xx,
garbled JSON, stream cut) into a ``BackendError`` with a Chinese message and a short ``kind``.
langchain and openai are imported lazily: importing this module costs nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

from chains.errors import BackendError, ConfigError
from chains.settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from langchain_openai import ChatOpenAI

BackendKind = Literal["offline", "llm"]
PROMPTS = Path(str(resources.files("chains") / "prompts"))

#: exception kinds → short Chinese label used in notices
FAILURE_LABELS: dict[str, str] = {
    "refused": "无法连接",
    "timeout": "超时",
    "rate_limit": "限流（429）",
    "auth": "密钥无效",
    "not_found": "模型或地址不存在",
    "server": "服务端错误",
    "malformed": "返回格式无效",
    "cut": "输出中断",
    "empty": "返回内容为空",
    "not_chinese": "输出不是中文",
}


@dataclass(frozen=True)
class BackendStatus:
    """What the app shows about the backend: ``label`` (“离线模板” or the model name) and why."""

    kind: BackendKind
    label: str
    detail: str

    def __str__(self) -> str:
        return f"{self.label}（{self.detail}）"


class Backend(Protocol):
    """A drafting backend. ``kind == "offline"`` drafts from templates; ``"llm"`` has a chat model."""

    kind: BackendKind
    status: BackendStatus


@dataclass(frozen=True)
class OfflineBackend:
    """The template drafter as a backend: deterministic, instant, never fails on a network."""

    reason: str = "未设置 OPENAI_API_KEY"
    kind: BackendKind = field(default="offline", init=False)

    @property
    def status(self) -> BackendStatus:
        return BackendStatus("offline", "离线模板", self.reason)


@dataclass(frozen=True)
class OpenAIBackend:
    """An OpenAI-compatible chat endpoint, reached through langchain's ``ChatOpenAI``."""

    settings: Settings
    kind: BackendKind = field(default="llm", init=False)

    @property
    def model_name(self) -> str:
        return self.settings.openai_model

    @property
    def endpoint(self) -> str:
        return self.settings.openai_base_url or "https://api.openai.com/v1"

    @property
    def status(self) -> BackendStatus:
        s = self.settings
        return BackendStatus(
            "llm",
            s.openai_model,
            f"OpenAI 兼容接口 {self.endpoint}，超时 {s.llm_timeout:g} 秒，最多重试 {s.llm_max_retries} 次",
        )

    def chat_model(self, *, http_async_client: Any = None, **kwargs: Any) -> ChatOpenAI:
        """A configured ``ChatOpenAI``.

        Pass ``http_async_client`` (``async_http_client()``, closed by the caller) to keep its connections on
        one event loop: langchain otherwise caches one async client per process across loops.
        """
        from langchain_openai import ChatOpenAI

        s = self.settings
        options: dict[str, Any] = {
            "model": s.openai_model,
            "api_key": s.openai_api_key or "EMPTY",
            "timeout": s.llm_timeout,
            "max_retries": s.llm_max_retries,
            "stream_chunk_timeout": s.llm_timeout,  # else a stalled stream waits 120 s per chunk
            "temperature": 0.3,
        }
        if s.openai_base_url:
            options["base_url"] = s.openai_base_url
        if http_async_client is not None:
            options["http_async_client"] = http_async_client
        options.update(kwargs)
        return ChatOpenAI(**options)


def async_http_client() -> Any:
    """An async HTTP client of the kind the installed openai SDK expects (httpx or httpx2)."""
    import openai

    return openai.DefaultAsyncHttpxClient()


def build_llm(settings: Settings | None = None, *, offline: bool = False) -> OfflineBackend | OpenAIBackend:
    """The backend the settings ask for: the model when a key is set, else the offline drafter."""
    settings = settings or Settings.from_env()
    if offline:
        return OfflineBackend("已选择离线模式")
    if not settings.llm_configured:
        return OfflineBackend("未设置 OPENAI_API_KEY")
    if settings.llm_timeout <= 0:
        raise ConfigError("REPORT_ASSISTANT_LLM_TIMEOUT 必须大于 0 秒。")
    if settings.llm_max_retries < 0:
        raise ConfigError("REPORT_ASSISTANT_LLM_MAX_RETRIES 不能为负数。")
    return OpenAIBackend(settings)


def _causes(exc: BaseException) -> list[BaseException]:
    out: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and cur not in out and len(out) < 10:
        out.append(cur)
        cur = cur.__cause__ or cur.__context__
    return out


def backend_failure(exc: BaseException) -> str | None:
    """The failure kind of an exception raised by a model call, or ``None`` when it is not one.

    Transport errors are recognised by class name along the cause chain: openai 3 runs on ``httpx2``,
    older releases on ``httpx``, and both name their errors alike.
    """
    import openai

    if isinstance(exc, BackendError):
        return str(getattr(exc, "kind", "server"))
    names = {type(c).__name__ for c in _causes(exc)}
    if isinstance(exc, openai.APITimeoutError) or any("Timeout" in n for n in names):
        return "timeout"
    if isinstance(exc, openai.APIConnectionError) or names & _TRANSPORT_ERRORS:
        if names & {"RemoteProtocolError", "ReadError", "IncompleteRead", "ChunkedEncodingError"}:
            return "cut"
        return "refused"
    if isinstance(exc, openai.RateLimitError):
        return "rate_limit"
    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        return "auth"
    if isinstance(exc, openai.NotFoundError):
        return "not_found"
    if isinstance(exc, openai.APIStatusError):
        return "server"
    if isinstance(exc, openai.APIResponseValidationError | json.JSONDecodeError):
        return "malformed"
    return None


_TRANSPORT_ERRORS = {"RemoteProtocolError", "ReadError", "ConnectError", "ConnectionRefusedError", "WriteError",
                     "NetworkError", "ProtocolError", "LocalProtocolError"}


def backend_error(exc: BaseException, settings: Settings | None = None, kind: str | None = None) -> BackendError:
    """A ``BackendError`` with a Chinese message saying what failed and what to do; ``.kind`` names it."""
    if isinstance(exc, BackendError):
        return exc
    kind = kind or backend_failure(exc) or "server"
    s = settings or Settings()
    url = s.openai_base_url or "https://api.openai.com/v1"
    status = getattr(exc, "status_code", None)
    messages = {
        "refused": f"无法连接模型服务 {url}（连接被拒绝或网络不通），请检查 OPENAI_BASE_URL 和网络。",
        "timeout": f"模型服务在 {s.llm_timeout:g} 秒内没有响应（超时），请稍后再试或调大 REPORT_ASSISTANT_LLM_TIMEOUT。",
        "rate_limit": "模型服务限流（HTTP 429），请稍后再试。",
        "auth": f"模型服务拒绝了密钥（HTTP {status}），请检查 OPENAI_API_KEY。",
        "not_found": f"模型服务找不到模型 {s.openai_model} 或接口地址（HTTP 404），请检查 OPENAI_MODEL 和 OPENAI_BASE_URL。",
        "server": f"模型服务返回错误（HTTP {status or '未知'}），请稍后再试。",
        "malformed": "模型服务返回的数据格式无效（不是合法的 JSON）。",
        "cut": "模型输出中途中断（连接被关闭）。",
        "empty": "模型没有返回任何内容。",
    }
    err = BackendError(messages[kind])
    err.kind = kind  # type: ignore[attr-defined]
    return err


# -- structured extraction for the app's chat (optional) ---------------------------------------------

_EXTRACT_FIELDS: dict[str, tuple[str, str]] = {
    # flat field → (figures path, Chinese description for the function schema)
    "project_name": ("project_name", "项目名称"),
    "department": ("department", "主管部门或实施单位"),
    "year": ("year", "评价年度（四位年份）"),
    "initial": ("budget.initial", "年初预算数（万元）"),
    "annual": ("budget.annual", "全年预算数（万元）"),
    "received": ("budget.received", "实际到位资金（万元）"),
    "spent": ("budget.spent", "全年执行数（万元）"),
    "total_score": ("total_score", "自评总分"),
    "grade": ("grade", "评价等级（优/良/中/差）"),
}


def extract_figures_llm(text: str, settings: Settings) -> dict[str, Any]:
    """Key figures stated in ``text``, read by the model through a function call.

    Returns a partial dict in the shape of the figures schema (only what the text states). Raises
    ``BackendError`` when the endpoint fails; the caller keeps its deterministic extraction.
    """
    from typing import Optional

    from pydantic import Field, create_model

    backend = build_llm(settings)
    if not isinstance(backend, OpenAIBackend):
        raise BackendError("未配置模型（OPENAI_API_KEY 为空），无法用模型提取关键数据。")
    types = {"project_name": str, "department": str, "year": int, "grade": str}
    schema = create_model(  # type: ignore[call-overload]
        "KeyFigures",
        __doc__="从用户的话中读出的项目关键数据；没有说到的字段留空。",
        **{
            name: (Optional[types.get(name, float)], Field(default=None, description=desc))  # noqa: UP045
            for name, (_, desc) in _EXTRACT_FIELDS.items()
        },
    )
    instruction = (PROMPTS / "drafting" / "extract.md").read_text(encoding="utf-8")
    model = backend.chat_model().with_structured_output(schema, method="function_calling")
    try:
        result = model.invoke([("system", instruction), ("user", text)])
    except Exception as exc:
        kind = backend_failure(exc)
        if kind is None and not _is_parse_error(exc):
            raise
        raise backend_error(exc, settings, kind or "malformed") from None
    if result is None:  # no usable function call: garbled arguments or a plain-text answer
        raise backend_error(ValueError("no tool call"), settings, "malformed")
    values = result.model_dump(exclude_none=True)
    out: dict[str, Any] = {}
    for name, value in values.items():
        path = _EXTRACT_FIELDS[name][0].split(".")
        target = out
        for part in path[:-1]:
            target = target.setdefault(part, {})
        target[path[-1]] = value
    return out


def _is_parse_error(exc: BaseException) -> bool:
    from langchain_core.exceptions import OutputParserException
    from pydantic import ValidationError

    return isinstance(exc, OutputParserException | ValidationError | ValueError)


# -- what a model returned, cleaned ------------------------------------------------------------


def clean_output(text: str, title: str) -> str:
    """Model text without code fences, Markdown heading marks, or a repeated section heading."""
    t = text.strip()
    t = re.sub(r"^```[a-zA-Z]*\n?|\n?```$", "", t).strip()
    lines = t.splitlines()
    bare = bare_title(title)
    while lines and lines[0].strip().lstrip("#").strip() in {title.strip(), bare} and bare:
        lines.pop(0)
    cleaned = [re.sub(r"^#{1,6}\s+", "", ln).replace("**", "") for ln in lines]
    return "\n".join(cleaned).strip()


def bare_title(title: str) -> str:
    return re.sub(r"^[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*", "", title).strip()
