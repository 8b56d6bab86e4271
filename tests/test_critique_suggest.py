"""Model suggestions per section in the critique: over real HTTP to the local OpenAI-compatible test server,
through the real openai client (langchain's ChatOpenAI). A suggestion never carries a number its section
does not have."""

from __future__ import annotations

import re
import subprocess
import sys
import threading

import pytest

from chains import critique
from chains.critique.suggestions import (
    MAX_CONCURRENCY,
    Suggestion,
    guard_numbers,
    section_prompt,
    sections_to_review,
    suggest,
)
from chains.errors import BackendError
from chains.llm import OfflineBackend, build_llm
from chains.settings import Settings
from chains.text.outline import split_sections
from tests.conftest import ROOT
from tests.openai_server import OpenAIServer, RecordedRequest, Reply, closed_port

REPORT = """2023年度应急通信保障经费项目支出绩效自评报告
一、项目基本情况
本项目由市应急管理局实施，全年预算139.00万元，用于应急通信设备维护和培训演练。
二、资金使用情况
全年执行125.10万元，预算执行率为90.00%，资金使用规范，专款专用。
三、存在的问题
部分工作推进较慢，宣传力度有待加强，基层培训覆盖面还不够广。
"""
TITLES = ["项目基本情况", "资金使用情况", "存在的问题"]


def settings_for(base_url: str, timeout: float = 5) -> Settings:
    return Settings.from_env(
        {
            "OPENAI_API_KEY": "test-key",
            "OPENAI_BASE_URL": base_url,
            "OPENAI_MODEL": "test-model",
            "REPORT_ASSISTANT_LLM_TIMEOUT": str(timeout),
            "REPORT_ASSISTANT_LLM_MAX_RETRIES": "0",
        }
    )


def section_of(request: RecordedRequest) -> str:
    """The section text the prompt carries (between the markers of ``suggest_section.md``)."""
    found = re.search(r"【章节开始】\n(.*?)\n【章节结束】", request.last_user, re.S)
    return found.group(1) if found else ""


def advisor(request: RecordedRequest) -> str:
    """A model that advises on the funds section (once changing a number) and has nothing to say elsewhere."""
    section = section_of(request)
    if "资金使用情况" in section:
        return (
            "- 请补充资金支付进度的具体数据。\n"
            "- 建议将执行率写为100.00%。\n"
            "- 执行率90%偏低，应说明未执行部分的原因。"
        )
    if "存在的问题" in section:
        return "- 问题描述较笼统，请写明推进较慢的具体环节和原因。"
    return "- 无修改建议"


# -- the numbers guard (pure) ------------------------------------------------------------------------

SECTION = "二、资金使用情况\n全年执行125.10万元，预算执行率为90.00%，2023年度资金使用规范。"


@pytest.mark.parametrize(
    ("suggestion", "kept", "changed"),
    [
        ("- 请补充资金支付进度的具体数据。", "- 请补充资金支付进度的具体数据。", False),
        ("- 执行率90%应说明原因。", "- 执行率90%应说明原因。", False),  # same value and unit as 90.00%
        ("- 全年执行1,251,000元，表述可更简洁。", "- 全年执行1,251,000元，表述可更简洁。", False),  # 125.1万元
        ("- 2023年度的资金用途请写具体。", "- 2023年度的资金用途请写具体。", False),
        ("- 建议将执行率写为100.00%。", "", True),
        ("- 预算应为140万元。请补充原因分析。", "- 请补充原因分析。", True),
        ("- 请补充用途。\n- 执行率应达到95%。", "- 请补充用途。", True),
        ("- 执行率为90个百分点，请补充三次检查的情况。", "", True),  # a count the section never states
        ("- 90分以上为优。", "", True),  # a score of the same number is another unit
    ],
)
def test_a_sentence_with_a_number_the_section_lacks_is_dropped(suggestion: str, kept: str, changed: bool) -> None:
    assert guard_numbers(suggestion, SECTION) == (kept, changed)


def test_sections_to_review_are_the_headed_sections_with_a_body() -> None:
    text = REPORT + "四、其他需要说明的问题\n无。\n"
    assert [s.heading.title for s in sections_to_review(text) if s.heading] == TITLES


def test_numbered_points_are_reviewed_inside_their_section() -> None:
    text = (
        "某单位项目支出绩效自评报告\n一、单位职能\n（一）主要职责\n"
        "1. 负责本行政区域内的应急管理工作，指导各部门应对突发事件。\n"
        "2. 组织编制应急预案和应急体系建设规划，并组织实施和演练。\n"
        "（二）机构设置\n本单位内设办公室、应急指挥科等五个科室，共有在编人员若干名。\n"
    )
    units = sections_to_review(text)
    assert [u.heading.title for u in units if u.heading] == ["主要职责", "机构设置"]
    duties = text[units[0].span[0] : units[0].span[1]]
    assert duties.startswith("（一）主要职责") and "2. 组织编制" in duties and "机构设置" not in duties


def test_the_prompt_templates_take_exactly_the_section_inputs() -> None:
    assert set(section_prompt().input_variables) == {"report_title", "section_path", "section_title", "section_text"}


# -- through the model ----------------------------------------------------------------------------------


@pytest.mark.server
def test_suggestions_come_per_section_with_title_span_and_the_number_changing_sentence_dropped() -> None:
    with OpenAIServer(responder=advisor) as server:
        result = suggest(REPORT, settings_for(server.base_url))
        assert len(server.chat_requests()) == 3  # one call per section
    spans = {s.heading.title: s.span for s in split_sections(REPORT) if s.heading}
    by_title = {r.title: r for r in result}
    assert list(by_title) == ["资金使用情况", "存在的问题"]  # “无修改建议” leaves the section out
    funds = by_title["资金使用情况"]
    assert funds == Suggestion(
        "资金使用情况",
        spans["资金使用情况"],
        "- 请补充资金支付进度的具体数据。\n- 执行率90%偏低，应说明未执行部分的原因。",
        numbers_changed=True,
    )
    assert REPORT[funds.span[0] : funds.span[1]].startswith("二、资金使用情况")
    problems = by_title["存在的问题"]
    assert problems.numbers_changed is False and problems.error is None
    assert problems.text == "- 问题描述较笼统，请写明推进较慢的具体环节和原因。"


@pytest.mark.server
def test_a_suggestion_made_only_of_changed_numbers_is_kept_empty_and_flagged() -> None:
    with OpenAIServer(replies=["- 建议将预算写为150.00万元。"] * 3) as server:
        result = suggest(REPORT, settings_for(server.base_url), max_concurrency=1)
    assert [(r.title, r.text, r.numbers_changed) for r in result] == [(t, "", True) for t in TITLES]


@pytest.mark.server
def test_prompts_are_chinese_and_carry_the_section_text_and_the_no_number_rule() -> None:
    with OpenAIServer(responder=advisor) as server:
        suggest(REPORT, settings_for(server.base_url))
        requests = server.chat_requests()
    sections = {s.heading.title: REPORT[s.span[0] : s.span[1]].strip() for s in split_sections(REPORT) if s.heading}
    assert sorted(section_of(r) for r in requests) == sorted(sections.values())
    for r in requests:
        system = r.messages[0]
        assert system["role"] == "system" and "不得改动、新增或编造任何数字" in system["content"]
        assert "2023年度应急通信保障经费项目支出绩效自评报告" in r.last_user  # the report's title
        prompt = re.sub(r"\s", "", r.prompt)
        latin = len(re.findall(r"[A-Za-z]", prompt))
        assert len(re.findall(r"[\u4e00-\u9fff]", prompt)) > 5 * latin


@pytest.mark.server
def test_sections_are_asked_concurrently_and_never_more_than_the_bound_at_once() -> None:
    text = "某项目绩效自评报告\n" + "".join(
        f"{n}、第{n}部分\n本部分说明项目实施过程中的管理做法和工作成效，内容较为完整。\n" for n in "一二三四五六七八九十"
    )
    lock = threading.Lock()
    in_flight = peak = 0
    two_at_once = threading.Barrier(2, timeout=20)  # breaks (and the test fails) if calls come one by one

    def hold(request: RecordedRequest) -> str:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
            first = request.index < 2
        try:
            if first:
                two_at_once.wait()
            return "- 请补充工作成效的具体数据。"
        finally:
            with lock:
                in_flight -= 1

    with OpenAIServer(responder=hold) as server:
        result = suggest(text, settings_for(server.base_url, timeout=30))
        assert len(server.chat_requests()) == 10
    assert len(result) == 10 and all(r.error is None for r in result)
    assert 2 <= peak <= MAX_CONCURRENCY


@pytest.mark.server
@pytest.mark.parametrize(
    ("server_options", "timeout", "words"),
    [
        (None, 5, "无法连接"),  # connection refused: nothing listens
        ({"mode": "timeout", "hang_seconds": 10}, 1, "超时"),
        ({"mode": "500"}, 5, "模型服务返回错误"),
    ],
    ids=["refused", "timeout", "server-error"],
)
def test_a_failing_endpoint_is_a_backend_error_with_a_chinese_message(
    server_options: dict | None, timeout: float, words: str
) -> None:
    if server_options is None:
        with pytest.raises(BackendError, match=words) as caught:
            suggest(REPORT, settings_for(f"http://127.0.0.1:{closed_port()}/v1", timeout))
    else:
        with OpenAIServer(**server_options) as server, pytest.raises(BackendError, match=words) as caught:
            suggest(REPORT, settings_for(server.base_url, timeout))
    assert re.search(r"[\u4e00-\u9fff]", str(caught.value))


@pytest.mark.server
def test_one_failed_section_carries_its_message_and_the_others_keep_their_suggestions() -> None:
    with OpenAIServer(replies=[Reply(mode="500"), "- 请补充具体做法。", "- 请补充原因分析。"]) as server:
        result = suggest(REPORT, settings_for(server.base_url), max_concurrency=1)
    assert [r.title for r in result] == TITLES
    assert result[0].text == "" and "模型服务返回错误" in (result[0].error or "")
    assert [r.text for r in result[1:]] == ["- 请补充具体做法。", "- 请补充原因分析。"]


def test_offline_backend_gives_no_suggestions_and_no_error() -> None:
    assert suggest(REPORT, Settings.from_env({})) == []
    assert critique.suggest(REPORT, Settings.from_env({})) == []


@pytest.mark.server
def test_an_offline_backend_passed_explicitly_sends_nothing() -> None:
    with OpenAIServer(responder=advisor) as server:
        assert suggest(REPORT, settings_for(server.base_url), backend=OfflineBackend()) == []
        assert server.chat_requests() == []


@pytest.mark.server
def test_the_critique_module_offers_the_same_call_the_app_makes() -> None:
    with OpenAIServer(responder=advisor) as server:
        settings = settings_for(server.base_url)
        via_critique = critique.suggest(REPORT, settings)
        direct = suggest(REPORT, settings, backend=build_llm(settings))
    assert via_critique == direct and via_critique


def test_importing_the_critique_does_not_load_the_model_stack() -> None:
    code = "import sys, chains.critique; print('chains.critique.suggestions' in sys.modules, 'langchain_core' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
