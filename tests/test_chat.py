"""The drafting conversation: free answers become key figures; ambiguity is asked, never guessed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chains.conversation.chat import DONE, ChatState, answer, apply_table, merge_model_figures, new_chat
from chains.conversation.extract import extract_figures, parse_indicator_line, split_items
from chains.conversation.panel import field_status, funds_summary, rows_from_table

BASICS = {"project_name": "应急通信保障经费", "year": 2023, "department": "市应急管理局"}


def at_step(step: str, figures: dict | None = None) -> ChatState:
    """A conversation waiting for ``step``, the basics (name, year, department) already known."""
    state = new_chat(dict(BASICS) if figures is None else figures)
    state.step = step
    return state


@pytest.mark.parametrize(
    ("step", "text", "expected"),
    [
        ("budget", "预算139万", {"budget.annual": 139}),
        ("budget", "全年预算139.5万元", {"budget.annual": 139.5}),
        ("budget", "预算一百三十九万元", {"budget.annual": 139}),
        ("budget", "预算1,390,000元", {"budget.annual": 139}),
        ("budget", "年初预算120万，调整后139万", {"budget.initial": 120, "budget.annual": 139}),
        ("budget", "预算139万，到位130万，支出125.1万", {"budget.annual": 139, "budget.received": 130, "budget.spent": 125.1}),
        ("received", "到位100万元", {"budget.received": 100}),
        ("received", "100万", {"budget.received": 100}),
        ("spent", "实际支出98.65万元", {"budget.spent": 98.65}),
        ("sources", "中央100万，县级39万", {"sources.central": 100, "sources.county": 39}),
        ("sources", "省级资金50万、市级20万、上年结转5万", {"sources.provincial": 50, "sources.municipal": 20, "sources.carryover": 5}),
        ("year", "2023", {"year": 2023}),
        ("year", "2023年度", {"year": 2023}),
    ],
)
def test_free_answers_state_figures(step: str, text: str, expected: dict) -> None:
    ex = extract_figures(text, step)
    assert ex.updates == expected
    assert not ex.questions


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("3月全部到位，年底支出完了", {"received_all": True, "spent_all": True}),
        ("资金已全额到位", {"received_all": True}),
        ("全部支出", {"spent_all": True}),
        ("资金未全部到位", {}),
    ],
)
def test_all_received_and_all_spent_mean_the_budget(text: str, flags: dict) -> None:
    assert extract_figures(text, "received").flags == flags


def test_one_sentence_gives_budget_received_and_spent() -> None:
    state = answer(at_step("budget"), "预算139万，3月全部到位，年底支出完了")
    assert state.figures["budget"] == {"annual": 139, "received": 139, "spent": 139}
    assert state.step == "sources"


def test_all_received_before_the_budget_waits_for_the_budget() -> None:
    state = answer(at_step("received"), "全部到位")
    assert "received" not in (state.figures.get("budget") or {})
    state.step = "budget"
    state = answer(state, "预算50万")
    assert state.figures["budget"]["received"] == 50


@pytest.mark.parametrize(
    ("text", "question_part", "value"),
    [("139", "单位是万元", 139), ("1390000", "元", 139)],
)
def test_a_bare_amount_is_confirmed_before_it_is_used(text: str, question_part: str, value: int) -> None:
    state = answer(at_step("budget"), text)
    assert "annual" not in (state.figures.get("budget") or {})
    assert question_part in state.messages[-1]["content"]
    state = answer(state, "是")
    assert state.figures["budget"]["annual"] == value
    assert not state.pending


def test_a_no_to_a_confirmation_asks_again_without_storing() -> None:
    state = answer(at_step("budget"), "139")
    state = answer(state, "不是")
    assert "annual" not in (state.figures.get("budget") or {})
    assert "重新告诉我" in state.messages[-1]["content"]


def test_spending_above_the_budget_is_questioned() -> None:
    state = answer(at_step("budget"), "预算10万，支出58.79万")
    assert state.figures["budget"]["spent"] == 58.79
    assert "超过全年预算数" in state.messages[-1]["content"]


def test_a_corrected_figure_is_echoed_with_old_and_new_value() -> None:
    state = answer(at_step("budget"), "预算139万")
    state = answer(state, "全年预算改为150万")
    assert state.figures["budget"]["annual"] == 150
    assert "由 139 万元 改为 150 万元" in state.messages[-1]["content"]


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("培训人次，≥300人次，320人次，10分", {"name": "培训人次", "target": "≥300人次", "actual": "320人次", "weight": 10}),
        ("培训人次｜≥300人次｜270人次｜10｜9", {"name": "培训人次", "target": "≥300人次", "actual": "270人次", "weight": 10, "score": 9}),
        (
            "群众满意度 目标≥90% 实际95% 分值10",
            {"name": "群众满意度", "target": "≥90%", "actual": "95%", "weight": 10, "level1": "满意度指标"},
        ),
        ("1. 项目完成时间，2023年12月前，2023年11月，5分", {"name": "项目完成时间", "target": "2023年12月前", "actual": "2023年11月", "weight": 5}),
        ("随便说说", None),
    ],
)
def test_indicator_lines(line: str, row: dict | None) -> None:
    assert parse_indicator_line(line) == row


def test_problems_are_split_and_none_means_an_empty_list() -> None:
    assert split_items("1. 宣传不足；2. 进度偏慢。") == ["宣传不足", "进度偏慢"]
    state = answer(at_step("problems"), "无")
    assert state.figures["problems"] == []


def test_a_whole_conversation_reaches_done_in_the_natural_order() -> None:
    state = new_chat()
    asked = [state.step]
    for text in [
        "应急通信保障经费",
        "2023",
        "市应急管理局",
        "预算139万，3月全部到位，年底支出完了",
        "中央100万，县级39万",
        "用于应急通信设备维护和培训",
        "保障全市应急通信畅通",
        "培训人次，≥300人次，320人次，10分",
        "好了",
        "宣传不足；进度偏慢",
        "加强宣传；倒排工期",
    ]:
        state = answer(state, text)
        asked.append(state.step)
    assert asked == [
        "project_name", "year", "department", "budget", "sources", "content", "goals", "indicators", "indicators",
        "problems", "measures", DONE,
    ]
    f = state.figures
    assert f["project_name"] == "应急通信保障经费" and f["year"] == 2023 and f["department"] == "市应急管理局"
    assert f["sources"] == {"central": 100, "county": 39}
    assert f["problems"] == ["宣传不足", "进度偏慢"] and f["measures"] == ["加强宣传", "倒排工期"]
    assert f["content"] == "用于应急通信设备维护和培训"
    assert [m["role"] for m in state.messages[:3]] == ["assistant", "user", "assistant"]
    known, missing = field_status(f)
    assert missing == [] and ("全年预算数", "139 万元") in known


def test_state_round_trips_through_a_dict() -> None:
    state = answer(at_step("budget"), "139")
    again = ChatState.from_dict(state.to_dict())
    assert again == state


def test_funds_summary_computes_rates_and_balance() -> None:
    s = funds_summary({"budget": {"annual": 139, "received": 130, "spent": 125.1}})
    assert str(s["execution_rate"]) == "90.00" and str(s["received_rate"]) == "93.53" and str(s["balance"]) == "4.9"
    assert funds_summary({"budget": {"annual": 0, "spent": 1}})["execution_rate"] is None


def test_model_figures_fill_gaps_and_disagreements_become_questions() -> None:
    state = answer(at_step("budget"), "预算139万")
    state = merge_model_figures(state, {"budget": {"annual": 140, "spent": 120}, "department": "市应急管理局"})
    assert state.figures["budget"]["annual"] == 139  # not changed without the user's yes
    assert state.figures["budget"]["spent"] == 120 and state.figures["department"] == "市应急管理局"
    assert "140 万元" in state.pending[0]["question"]
    state = answer(state, "是")
    assert state.figures["budget"]["annual"] == 140


def test_table_rows_and_imports() -> None:
    cols = {"name": "三级指标", "target": "年度指标值", "weight": "分值"}
    rows = rows_from_table([{"三级指标": "培训", "年度指标值": "≥3次", "分值": 10.0}, {"三级指标": None, "分值": float("nan")}], cols)
    assert rows == [{"name": "培训", "target": "≥3次", "weight": 10}]
    state = apply_table(at_step("indicators"), rows, {"annual": 50}, 95)
    assert state.figures["indicators"] == rows and state.figures["budget"]["annual"] == 50
    assert state.figures["total_score"] == 95


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_answer_at_any_step_never_raises(text: str) -> None:
    for step in ("project_name", "year", "budget", "received", "sources", "indicators", "problems", DONE):
        state = answer(at_step(step), text)
        assert state.messages[-1]["role"] == "assistant" or not text.strip()


def test_side_panel_shows_extra_source_fields_kept_from_an_import() -> None:
    known, _missing = field_status({"sources": {"central": 10, "higher_level": 5}})
    assert ("资金来源", "中央 10 万元，higher_level 5 万元") in known


@pytest.mark.parametrize("step", ["goals", "problems"])
def test_amounts_inside_a_free_text_answer_are_not_taken_as_budget_figures(step: str) -> None:
    state = answer(at_step(step), "确保专项资金139万元全部用于设备更新，资金使用率100%")
    assert "budget" not in state.figures
    assert state.figures["goals" if step == "goals" else "problems"]


def test_editing_the_table_keeps_fields_it_does_not_show() -> None:
    cols = {"name": "三级指标", "target": "年度指标值", "weight": "分值"}
    original = [{"name": "培训", "target": "≥3次", "weight": 10, "unit_note": "次", "level1": "产出指标"}]
    edited = rows_from_table([{"三级指标": "培训", "年度指标值": "≥4次", "分值": 10.0}], cols, original)
    assert edited == [{"name": "培训", "target": "≥4次", "weight": 10, "unit_note": "次", "level1": "产出指标"}]


_cell = st.text(alphabet=st.characters(whitelist_categories=("Lo",)), min_size=1, max_size=8)


@settings(max_examples=150, deadline=None)
@given(
    name=_cell,
    op=st.sampled_from(["≥", "≤", "=", ""]),
    target=st.integers(0, 10_000),
    actual=st.integers(0, 10_000),
    unit=st.sampled_from(["人次", "次", "%", "家", "天"]),
    weight=st.integers(1, 50),
)
def test_any_well_formed_indicator_line_parses_back_to_its_parts(
    name: str, op: str, target: int, actual: int, unit: str, weight: int
) -> None:
    row = parse_indicator_line(f"{name}，{op}{target}{unit}，{actual}{unit}，{weight}分")
    assert row is not None
    assert (row["name"], row["target"], row["actual"], row["weight"]) == (
        name, f"{op}{target}{unit}", f"{actual}{unit}", weight
    )


def test_without_a_model_the_rule_reading_stands_and_no_notice_is_given() -> None:
    from chains.conversation.files import read_with_model
    from chains.settings import Settings

    state = answer(at_step("budget"), "预算139万")
    assert read_with_model(state, "预算139万", Settings.from_env({})) == (state, None)


def test_a_refusing_model_endpoint_leaves_the_state_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    from chains.conversation.files import MODEL_UNAVAILABLE, read_with_model
    from chains.settings import Settings
    from tests.openai_server import closed_port

    env = {"OPENAI_API_KEY": "test-key", "OPENAI_MODEL": "m", "OPENAI_BASE_URL": f"http://127.0.0.1:{closed_port()}/v1",
           "REPORT_ASSISTANT_LLM_TIMEOUT": "1", "REPORT_ASSISTANT_LLM_MAX_RETRIES": "0"}
    state = answer(at_step("budget"), "预算139万")
    after, notice = read_with_model(state, "预算139万", Settings.from_env(env))
    assert notice == MODEL_UNAVAILABLE and after.to_dict() == state.to_dict()


def test_an_imported_figures_file_replaces_the_figures_and_the_chat_moves_on() -> None:
    from chains.conversation.files import import_figures

    figures = {**BASICS, "budget": {"annual": 139, "received": 139, "spent": 139}}
    state = import_figures(new_chat(), figures)
    assert state.figures == figures and state.step not in ("project_name", "year", "department", "budget")
    assert state.messages[-1]["content"].startswith("已导入关键数据：应急通信保障经费。")


def test_figures_download_as_readable_utf8_json_named_for_the_project() -> None:
    import json

    from chains.conversation.files import figures_file

    data, name = figures_file(BASICS)
    assert json.loads(data.decode("utf-8")) == BASICS and "应急通信保障经费" in data.decode("utf-8")
    assert name == "应急通信保障经费.json" and figures_file({})[1] == "关键数据.json"
