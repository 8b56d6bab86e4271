"""Issue 11 item 3, the model part: answers in the formal register rewritten by the model, numbers guarded.

Spoken to over real HTTP (``tests/openai_server.py``) by the real openai client through langchain; nothing
of the project is patched. ``tests/data/chat/colloquial_model.jsonl`` holds the 20 recorded colloquial
answers of ``tests/test_chat.py`` with what the rules make of them (``after``) and a model's 公文 wording
(``model``), which the test server answers with.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from chains.conversation.chat import answer
from chains.conversation.files import MODEL_UNAVAILABLE, read_with_model
from chains.conversation.register import formal, formal_items
from chains.conversation.rewrite import KEPT, PROMPT_FILE, rewrite_answer, rewrite_formal
from chains.llm import OfflineBackend, OpenAIBackend
from chains.settings import Settings
from tests.openai_server import OpenAIServer, RecordedRequest, Reply, base_text, change_numbers, closed_port
from tests.test_chat import REGISTER, UP_TO_PROBLEMS, at_step

pytestmark = pytest.mark.server
DATA = Path(__file__).resolve().parent / "data" / "chat" / "colloquial_model.jsonl"
RECORDED = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
PROBLEMS = "一是一是资金到得有点晚，二是工程验收合格率没达标"
GOALS = "我们今年的目标是确保专项资金139万元全部用于设备更新，资金使用率100%吧"


def settings_for(base_url: str, **kw: object) -> Settings:
    values: dict[str, object] = {"openai_api_key": "EMPTY", "openai_base_url": base_url, "openai_model": "test-model",
                                 "llm_timeout": 20.0, "llm_max_retries": 0}
    values.update(kw)
    return replace(Settings(), **values)  # type: ignore[arg-type]


def no_figures(request: RecordedRequest) -> Reply | None:
    """The structured reading of the chat: a function call that reads nothing (the rules have it all)."""
    tools = request.body.get("tools")
    if not tools:
        return None
    return Reply(tool_call={"name": tools[0]["function"]["name"], "arguments": {}})


def writer(wording: dict[str, str]) -> Any:
    """A model that reads nothing and rewrites the base text it is given as ``wording`` says (else echoes)."""

    def respond(request: RecordedRequest) -> Reply:
        read = no_figures(request)
        if read is not None:
            return read
        base = base_text(request) or ""
        return Reply(content=wording.get(base, base))

    return respond


def rewrites(server: OpenAIServer) -> list[RecordedRequest]:
    return [r for r in server.chat_requests() if not r.body.get("tools")]


@pytest.fixture(scope="module")
def model_server() -> Iterator[OpenAIServer]:
    with OpenAIServer(responder=writer({r["after"]: r["model"] for r in RECORDED})) as server:
        yield server


# -- the 20 recorded answers: said → the rules → the model ------------------------------------------


def test_the_recorded_answers_are_the_twenty_of_the_offline_test() -> None:
    assert len(RECORDED) == 20
    assert [(r["field"], r["said"], r["after"]) for r in RECORDED] == list(REGISTER)
    fields = {r["field"] for r in RECORDED}
    assert fields == {"name", "unit", "item", "content", "goals", "reason"}


@pytest.mark.parametrize("row", RECORDED, ids=[r["said"][:12] for r in RECORDED])
def test_a_recorded_answer_before_after_the_rules_and_after_the_model(
    row: dict[str, str], model_server: OpenAIServer
) -> None:
    said, field, after, wording = row["said"], row["field"], row["after"], row["model"]
    assert (formal_items(said) if field == "item" else [formal(said, field)]) == [after]  # offline: the rules
    seen = len(model_server.chat_requests())
    done = rewrite_formal(after, field, OpenAIBackend(settings_for(model_server.base_url)))
    assert done.text == wording and done.notice is None and done.offline == after
    assert done.by_model == (wording != after)
    numbers = re.findall(r"[0-9]+", said)
    assert re.findall(r"[0-9]+", after) == numbers == re.findall(r"[0-9]+", done.text)
    sent = model_server.chat_requests()[seen:]
    assert len(sent) == 1 and base_text(sent[0]) == after
    assert sent[0].messages[0]["content"] == PROMPT_FILE.read_text(encoding="utf-8")


def test_the_rewrite_prompt_is_a_file_beside_the_register_rules() -> None:
    from chains.conversation.register import RULES_FILE

    assert PROMPT_FILE.parent == RULES_FILE.parent and PROMPT_FILE.suffix == ".md"
    text = PROMPT_FILE.read_text(encoding="utf-8")
    assert "公文" in text and "数字" in text and "名称" in text and "不得增加" in text


# -- in the chat ---------------------------------------------------------------------------------------


def test_the_model_s_wording_of_the_problems_reaches_the_figures_and_the_draft() -> None:
    from chains.draft.offline import draft_offline
    from chains.figures import Figures

    wording = {"资金到位较晚": "项目资金到位时间较晚", "工程验收合格率未达标": "部分工程验收合格率未达到预期"}
    with OpenAIServer(responder=writer(wording)) as server:
        state = answer(at_step("problems", dict(UP_TO_PROBLEMS)), PROBLEMS)
        assert state.figures["problems"] == ["资金到位较晚", "工程验收合格率未达标"]  # the rules first
        after, notice = read_with_model(state, PROBLEMS, settings_for(server.base_url))
        sent = [base_text(r) for r in rewrites(server)]
    assert notice is None
    assert after.figures["problems"] == ["项目资金到位时间较晚", "部分工程验收合格率未达到预期"]
    assert sent == ["资金到位较晚", "工程验收合格率未达标"]  # one request per item the answer committed
    said = after.messages[-1]["content"]
    assert "第1条问题“资金到位较晚”改为“项目资金到位时间较晚”" in said and "改为……" in said
    sections = {s.key: s.text for s in draft_offline(Figures.from_dict(after.figures)).sections}
    assert "项目资金到位时间较晚" in sections["problems"]


def test_the_unit_waiting_for_its_confirmation_takes_the_model_s_wording_and_can_be_changed() -> None:
    said = "主管是县水利局，具体是县农村供水管理站在干"
    wording = {"县水利局、县农村供水管理站": "县水利局（县农村供水管理站具体实施）"}
    with OpenAIServer(responder=writer(wording)) as server:
        state = answer(at_step("department", {"project_name": "农村饮水工程维修养护", "year": 2024}), said)
        state, notice = read_with_model(state, said, settings_for(server.base_url))
        assert notice is None and state.figures["department"] == "县水利局（县农村供水管理站具体实施）"
        assert [p["value"] for p in state.pending if p["path"] == "department"] == [state.figures["department"]]
        confirmed = answer(state, "是")
        assert confirmed.figures["department"] == "县水利局（县农村供水管理站具体实施）"
        changed = answer(state, "主管部门改为县水利局")  # anything can be changed in the chat
        assert changed.figures["department"] == "县水利局"


def test_an_answer_that_commits_no_text_sends_no_rewrite() -> None:
    with OpenAIServer(responder=writer({})) as server:
        state = answer(at_step("budget"), "预算139万")
        after, notice = read_with_model(state, "预算139万", settings_for(server.base_url))
        assert notice is None and rewrites(server) == [] and len(server.chat_requests()) == 1


def test_a_label_quotes_and_the_final_full_stop_around_the_model_s_sentence_are_dropped() -> None:
    with OpenAIServer(replies=["改写后：“项目资金到位时间较晚。”"]) as server:
        done = rewrite_formal("资金到位较晚", "item", OpenAIBackend(settings_for(server.base_url)))
    assert done.text == "项目资金到位时间较晚" and done.by_model


# -- rejected by the guard: the rules' text stays, with a notice ---------------------------------------


@pytest.mark.parametrize(
    ("wrong", "why"),
    [
        (change_numbers, "多出“146万元”"),  # the test server's number changer: 139万元 → 146万元, 100% → 107%
        (lambda t: t.replace("139万元", "一百四十万元"), "多出“一百四十万元”"),
        (lambda t: t.replace("，资金使用率100%", ""), "缺少“100%”"),
        (lambda t: "2024年" + t, "多出“2024年”"),
    ],
    ids=["money-changed", "money-in-words", "percent-dropped", "year-added"],
)
def test_a_rewrite_that_changes_a_number_is_rejected_and_the_rules_text_kept(wrong: Any, why: str) -> None:
    rules = formal(GOALS, "goals")
    assert rules == "确保专项资金139万元全部用于设备更新，资金使用率100%"
    with OpenAIServer(responder=writer({rules: wrong(rules)})) as server:
        state = answer(at_step("goals"), GOALS)
        after, notice = read_with_model(state, GOALS, settings_for(server.base_url))
        assert len(rewrites(server)) == 1
    assert after.figures["goals"] == rules and after.messages == state.messages
    assert notice is not None and "改动了数字" in notice and why in notice and KEPT in notice and rules in notice


@pytest.mark.parametrize(
    ("reply", "why"),
    [
        ("", "为空"),
        ("项目资金到位较晚。\n\n二、改进措施", "不止一段"),
        ("项目资金到位较晚，" + "严重影响了项目的整体推进和预期绩效目标的全面实现" * 2, "过长"),
        ("Funds arrived late.", "不是中文"),
    ],
    ids=["empty", "two-paragraphs", "too-long", "english"],
)
def test_a_rewrite_that_is_no_sentence_of_the_report_is_rejected(reply: str, why: str) -> None:
    with OpenAIServer(replies=[reply]) as server:
        done = rewrite_formal("资金到位较晚", "item", OpenAIBackend(settings_for(server.base_url)), "第1条问题")
    assert done.text == "资金到位较晚" and not done.by_model and done.failure is None
    assert done.notice is not None and why in done.notice and "第1条问题" in done.notice and KEPT in done.notice


# -- a failing endpoint: the rules' text stays, with a notice; never an error -------------------------


@pytest.mark.parametrize(
    ("mode", "kind", "says"),
    [("500", "server", "HTTP 500"), ("429", "rate_limit", "限流"), ("timeout", "timeout", "超时"),
     ("malformed", "malformed", "格式无效"), ("refuse", "refused", "无法连接")],
)
def test_a_failing_endpoint_falls_back_to_the_rules_text_with_a_chinese_notice(mode: str, kind: str, says: str) -> None:
    server = None if mode == "refuse" else OpenAIServer(mode=mode, hang_seconds=5).start()
    try:
        url = server.base_url if server else f"http://127.0.0.1:{closed_port()}/v1"
        backend = OpenAIBackend(settings_for(url, llm_timeout=1.0))
        done = rewrite_formal("今后加强宣传", "item", backend, "第1条措施")
    finally:
        if server:
            server.stop()
    assert done.text == done.offline == "今后加强宣传" and done.failure == kind
    assert done.notice is not None and done.notice.startswith("模型润色“第1条措施”未成功：")
    assert says in done.notice and done.notice.endswith(KEPT + "。")


def test_in_the_chat_a_refused_connection_leaves_the_rules_text_and_says_so() -> None:
    state = answer(at_step("problems", dict(UP_TO_PROBLEMS)), PROBLEMS)
    after, notice = read_with_model(state, PROBLEMS, settings_for(f"http://127.0.0.1:{closed_port()}/v1"))
    assert notice == MODEL_UNAVAILABLE and "整理公文写法" in notice and after.to_dict() == state.to_dict()


def test_a_model_without_function_calls_still_rewrites_and_an_error_then_stops_the_rewrites() -> None:
    """The reading fails (a plain answer where a function call was asked), the first rewrite gets a 500: the
    rules' items stay, both notices are given, and the second item is not sent to a failing endpoint."""
    with OpenAIServer(replies=["好的", Reply(mode="500")]) as server:
        state = answer(at_step("problems", dict(UP_TO_PROBLEMS)), PROBLEMS)
        after, notice = read_with_model(state, PROBLEMS, settings_for(server.base_url))
        sent = server.chat_requests()
    assert len(sent) == 2 and base_text(sent[1]) == "资金到位较晚"
    assert after.figures["problems"] == ["资金到位较晚", "工程验收合格率未达标"]
    assert notice is not None and MODEL_UNAVAILABLE in notice and "HTTP 500" in notice and KEPT in notice


# -- offline: nothing is sent -----------------------------------------------------------------------------


def test_offline_nothing_is_sent_and_nothing_changes() -> None:
    with OpenAIServer(responder=writer({"资金到位较晚": "项目资金到位时间较晚"})) as server:
        no_key = settings_for(server.base_url, openai_api_key="")
        state = answer(at_step("problems", dict(UP_TO_PROBLEMS)), PROBLEMS)
        assert read_with_model(state, PROBLEMS, no_key) == (state, None)
        assert rewrite_answer(state, PROBLEMS, OfflineBackend()) == (state, None)
        done = rewrite_formal("资金到位较晚", "item", OfflineBackend())
        assert done.text == "资金到位较晚" and done.notice is None and not done.by_model
        assert server.requests == []
