"""Model suggestions per section, over real HTTP to the local OpenAI-compatible test server."""

from __future__ import annotations

import pytest

from chains.errors import BackendError
from chains.settings import Settings
from chains.suggest import numbers_agree, parse_suggestions, sections_to_review, suggest_sections
from tests.openai_server import OpenAIServer, RecordedRequest, closed_port

REPORT = """2023年度应急通信保障经费项目支出绩效自评报告
一、项目基本情况
本项目由市应急管理局实施，全年预算139.00万元，用于应急通信设备维护和培训演练。
二、资金使用情况
全年执行125.10万元，预算执行率为90.00%，资金使用规范。
三、存在的问题
部分工作推进较慢，宣传力度有待加强。
"""


def settings_for(base_url: str) -> Settings:
    return Settings.from_env(
        {
            "OPENAI_API_KEY": "test-key",
            "OPENAI_BASE_URL": base_url,
            "OPENAI_MODEL": "test-model",
            "REPORT_ASSISTANT_LLM_TIMEOUT": "5",
            "REPORT_ASSISTANT_LLM_MAX_RETRIES": "0",
        }
    )


def advisor(request: RecordedRequest) -> str:
    prompt = request.messages[-1]["content"]
    if "资金使用情况" in prompt:
        return "- 请补充资金支付进度的具体数据。\n- 建议将执行率写为100.00%。\n- 执行率90.00%应说明未执行部分的原因。"
    return "- 无修改建议"


@pytest.mark.parametrize(
    ("suggestion", "agrees"),
    [
        ("请补充资金支付进度的具体数据。", True),
        ("执行率90.00%应说明原因。", True),
        ("建议将执行率写为100.00%。", False),
        ("预算应为140万元。", False),
    ],
)
def test_a_suggestion_may_only_repeat_numbers_of_its_section(suggestion: str, agrees: bool) -> None:
    assert numbers_agree(suggestion, "全年执行125.10万元，预算执行率为90.00%。") is agrees


def test_answers_are_parsed_into_at_most_three_lines() -> None:
    assert parse_suggestions("- 甲\n2. 乙\n• 丙\n- 丁") == ["甲", "乙", "丙"]
    assert parse_suggestions("- 无修改建议") == []


def test_sections_are_the_report_s_own_headed_sections() -> None:
    assert [t for t, _b in sections_to_review(REPORT)] == ["项目基本情况", "资金使用情况", "存在的问题"]


@pytest.mark.server
def test_suggestions_per_section_never_change_a_number() -> None:
    with OpenAIServer(responder=advisor) as server:
        result = suggest_sections(REPORT, settings_for(server.base_url))
        assert len(server.chat_requests()) == 3
    by_title = {r.title: r for r in result}
    funds = by_title["资金使用情况"]
    assert funds.suggestions == ["请补充资金支付进度的具体数据。", "执行率90.00%应说明未执行部分的原因。"]
    assert funds.dropped == 1
    assert by_title["存在的问题"].suggestions == [] and by_title["存在的问题"].error is None


@pytest.mark.server
def test_one_failed_section_carries_its_message_and_the_others_still_come() -> None:
    with OpenAIServer(responder=advisor, mode="500", fault_times=1) as server:
        result = suggest_sections(REPORT, settings_for(server.base_url))
    failed = [r for r in result if r.error]
    assert len(failed) == 1 and "模型服务返回错误" in failed[0].error
    assert len(result) == 3 and sum(r.error is None for r in result) == 2


def test_an_unreachable_model_is_one_clear_error() -> None:
    with pytest.raises(BackendError, match="无法连接模型服务"):
        suggest_sections(REPORT, settings_for(f"http://127.0.0.1:{closed_port()}/v1"))


def test_without_a_model_there_are_no_suggestions() -> None:
    with pytest.raises(BackendError, match="未配置模型"):
        suggest_sections(REPORT, Settings.from_env({}))
