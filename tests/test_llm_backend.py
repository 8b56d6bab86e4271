"""The backend factory and the OpenAI-compatible backend, spoken to over real HTTP by the real openai client.

The server is ``tests/openai_server.py``; nothing in langchain or openai is patched.
"""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import openai
import pytest

from chains.errors import BackendError, ConfigError
from chains.llm import (
    OfflineBackend,
    OpenAIBackend,
    backend_error,
    backend_failure,
    build_llm,
    extract_figures_llm,
)
from chains.settings import Settings
from tests.openai_server import OpenAIServer, Reply, closed_port

pytestmark = pytest.mark.server
ROOT = Path(__file__).resolve().parent.parent
CJK = re.compile(r"[\u4e00-\u9fff]")


def settings_for(base_url: str, **kw: object) -> Settings:
    values: dict[str, object] = {"openai_api_key": "EMPTY", "openai_base_url": base_url, "openai_model": "test-model",
                                 "llm_timeout": 20.0, "llm_max_retries": 0}
    values.update(kw)
    return replace(Settings(), **values)  # type: ignore[arg-type]


# -- the factory ------------------------------------------------------------------------------------


def test_without_a_key_the_factory_gives_the_offline_drafter() -> None:
    backend = build_llm(Settings.from_env())
    assert isinstance(backend, OfflineBackend)
    assert backend.kind == "offline"
    assert backend.status.label == "离线模板"
    assert "OPENAI_API_KEY" in backend.status.detail


def test_offline_can_be_chosen_even_with_a_key() -> None:
    backend = build_llm(settings_for("http://127.0.0.1:9/v1"), offline=True)
    assert isinstance(backend, OfflineBackend)
    assert "离线" in str(backend.status)


def test_with_a_key_the_factory_gives_the_model_named_in_the_settings() -> None:
    settings = Settings.from_env({"OPENAI_API_KEY": "sk-x", "OPENAI_BASE_URL": "http://127.0.0.1:1/v1",
                                  "OPENAI_MODEL": "qwen-plus", "REPORT_ASSISTANT_LLM_TIMEOUT": "7"})
    backend = build_llm(settings)
    assert isinstance(backend, OpenAIBackend)
    assert backend.status.label == "qwen-plus"
    assert "http://127.0.0.1:1/v1" in backend.status.detail and "7 秒" in backend.status.detail


def test_the_chat_model_never_keeps_the_600_second_default_timeout() -> None:
    model = OpenAIBackend(settings_for("http://127.0.0.1:1/v1", llm_timeout=3.5, llm_max_retries=2)).chat_model()
    assert model.request_timeout == 3.5
    assert model.max_retries == 2
    assert model.model_name == "test-model"


@pytest.mark.parametrize(("field", "value"), [("llm_timeout", 0.0), ("llm_max_retries", -1)])
def test_nonsense_limits_are_a_config_error(field: str, value: float) -> None:
    with pytest.raises(ConfigError):
        build_llm(settings_for("http://127.0.0.1:1/v1", **{field: value}))


# -- talking to the local server ---------------------------------------------------------------------


def test_a_non_streaming_answer_arrives_whole() -> None:
    with OpenAIServer(replies=["本项目按计划实施。"]) as server:
        model = OpenAIBackend(settings_for(server.base_url)).chat_model()
        answer = model.invoke("请写一句话。")
    assert answer.content == "本项目按计划实施。"
    (request,) = server.chat_requests()
    assert request.stream is False
    assert "请写一句话。" in request.prompt


def test_a_streamed_answer_arrives_in_pieces_that_join_up() -> None:
    text = "全年预算数为100.00万元，全年执行数为95.00万元，预算执行率为95.00%。"

    async def collect(model: object) -> list[str]:
        return [c.content async for c in model.astream("写资金情况")]  # type: ignore[attr-defined]

    with OpenAIServer(replies=[text], chunk_size=5) as server:
        pieces = asyncio.run(collect(OpenAIBackend(settings_for(server.base_url)).chat_model()))
    assert "".join(pieces) == text
    assert len([p for p in pieces if p]) >= 3
    assert server.chat_requests()[0].stream is True


FAULTS = [
    # (server mode, failure kind, words the Chinese message must contain)
    ("timeout", "timeout", "超时"),
    ("stall", "timeout", "超时"),
    ("429", "rate_limit", "429"),
    ("500", "server", "500"),
    ("malformed", "malformed", "格式无效"),
    ("cut", "cut", "中断"),
]


@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
@pytest.mark.parametrize(("mode", "kind", "words"), FAULTS, ids=[f[0] for f in FAULTS])
def test_each_endpoint_failure_becomes_a_chinese_backend_error(mode: str, kind: str, words: str, stream: bool) -> None:
    with OpenAIServer(mode=mode, hang_seconds=5, replies=["这是一段足够长、可以在中途被截断的中文回复文本。"]) as server:
        settings = settings_for(server.base_url, llm_timeout=0.5 if mode in ("timeout", "stall") else 20.0)
        model = OpenAIBackend(settings).chat_model()
        with pytest.raises(Exception) as info:
            if stream:
                list(model.stream("你好"))
            else:
                model.invoke("你好")
    assert backend_failure(info.value) == kind
    err = backend_error(info.value, settings)
    assert isinstance(err, BackendError)
    assert err.kind == kind  # type: ignore[attr-defined]
    assert words in str(err) and CJK.search(str(err))


def test_a_closed_port_is_a_refused_connection() -> None:
    settings = settings_for(f"http://127.0.0.1:{closed_port()}/v1")
    with pytest.raises(Exception) as info:
        OpenAIBackend(settings).chat_model().invoke("你好")
    err = backend_error(info.value, settings)
    assert err.kind == "refused"  # type: ignore[attr-defined]
    assert "无法连接" in str(err) and settings.openai_base_url in str(err)


def test_bounded_retries_ride_over_one_server_error() -> None:
    with OpenAIServer(mode="500", fault_times=1, replies=["重试后成功。"]) as server:
        model = OpenAIBackend(settings_for(server.base_url, llm_max_retries=1)).chat_model()
        answer = model.invoke("你好")
    assert answer.content == "重试后成功。"
    assert [r.outcome for r in server.chat_requests()] == ["500", "ok"]


def test_with_no_retries_one_failure_is_final() -> None:
    with OpenAIServer(mode="429") as server:
        model = OpenAIBackend(settings_for(server.base_url, llm_max_retries=0)).chat_model()
        with pytest.raises(openai.RateLimitError):
            model.invoke("你好")
    assert len(server.chat_requests()) == 1


# -- structured output through a function call ----------------------------------------------------------


def test_figures_are_extracted_through_a_function_call() -> None:
    call = {"name": "KeyFigures", "arguments": {"project_name": "农村道路养护", "year": 2023, "annual": 120.5,
                                                "spent": 118.0}}
    with OpenAIServer(replies=[Reply(tool_call=call)]) as server:
        figures = extract_figures_llm("农村道路养护项目2023年全年预算120.5万元，执行118万元。", settings_for(server.base_url))
    assert figures == {"project_name": "农村道路养护", "year": 2023, "budget": {"annual": 120.5, "spent": 118.0}}
    (request,) = server.chat_requests()
    assert request.body["tools"][0]["function"]["name"] == "KeyFigures"
    assert "万元" in request.prompt


def test_garbled_function_arguments_are_a_backend_error() -> None:
    with OpenAIServer(replies=[Reply(tool_call={"name": "KeyFigures", "arguments": '{"year": '})]) as server:
        with pytest.raises(BackendError) as info:
            extract_figures_llm("2023年", settings_for(server.base_url))
    assert info.value.kind == "malformed"  # type: ignore[attr-defined]


def test_extraction_without_a_model_says_so() -> None:
    with pytest.raises(BackendError, match="OPENAI_API_KEY"):
        extract_figures_llm("2023年", Settings())


# -- the server as another process (how the app's tests start it) -------------------------------------


def _start(*args: str) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen([sys.executable, "-m", "tests.openai_server", "--port", "0", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    assert line.startswith("READY "), line
    return proc, line.removeprefix("READY ")


def test_the_server_runs_as_a_command_and_logs_requests_for_other_processes() -> None:
    import httpx

    proc, url = _start("--latency", "0")
    try:
        answer = OpenAIBackend(settings_for(url)).chat_model().invoke("你好")
        log = httpx.get(url + "/_requests").json()
    finally:
        proc.terminate()
        proc.wait(10)
    assert answer.content == "这是测试模型的回复。"
    assert log[0]["body"]["messages"][0]["content"] == "你好"


def test_the_server_command_can_refuse_connections() -> None:
    proc, url = _start("--mode", "refuse")
    try:
        with pytest.raises(Exception) as info:
            OpenAIBackend(settings_for(url)).chat_model().invoke("你好")
    finally:
        proc.terminate()
        proc.wait(10)
    assert backend_failure(info.value) == "refused"


def test_a_server_in_another_process_can_be_scripted_over_http() -> None:
    import httpx

    proc, url = _start()
    try:
        httpx.post(url + "/_queue", json=[{"content": "脚本回复一。"}, {"content": "脚本回复二。"}])
        model = OpenAIBackend(settings_for(url)).chat_model()
        first = model.invoke("你好").content
        httpx.post(url + "/_mode", json={"mode": "429", "fault_times": 1})
        with pytest.raises(openai.RateLimitError):
            model.invoke("你好")
        second = model.invoke("你好").content  # the fault covered one call only
        outcomes = [r["outcome"] for r in httpx.get(url + "/_requests").json()]
    finally:
        proc.terminate()
        proc.wait(10)
    assert (first, second) == ("脚本回复一。", "脚本回复二。")
    assert outcomes == ["ok", "429", "ok"]


def test_latency_is_applied_to_every_call_and_visible_in_the_log() -> None:
    with OpenAIServer(latency=0.3, replies=["一。", "二。"]) as server:
        model = OpenAIBackend(settings_for(server.base_url)).chat_model()
        model.invoke("你好")
        model.invoke("你好")
    for r in server.chat_requests():
        assert r.finished is not None and r.finished - r.started >= 0.3
