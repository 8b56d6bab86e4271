"""The drafting conversation: free answers become key figures; ambiguity is asked, never guessed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chains.conversation.chat import (
    DONE,
    ChatState,
    answer,
    apply_table,
    merge_model_figures,
    new_chat,
    question_for,
)
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


# -- issue 11: skip words, formal register, changes in the chat, indicator levels, nothing dropped ---------

#: every figure up to the problems, so that the conversation goes on to the problems and measures
UP_TO_PROBLEMS = {
    **BASICS,
    "budget": {"annual": 100, "received": 100, "spent": 100},
    "sources": {"central": 100},
    "content": "用于应急通信设备维护和培训",
    "goals": "保障全市应急通信畅通",
    "indicators": [{"name": "培训人次", "target": "≥300人次", "actual": "320人次", "weight": 90}],
}


@pytest.mark.parametrize("word", ["跳过", "先不填", "以后再说", "无", "暂时没有"])
@pytest.mark.parametrize("step", ["department", "sources", "content", "goals", "problems", "measures"])
def test_a_skip_word_is_recorded_as_skipped_never_as_text(step: str, word: str) -> None:
    state = answer(at_step(step, {"project_name": "应急通信保障经费", "year": 2023}), word)
    assert step in state.skipped
    assert word not in str(state.figures)
    assert state.step != step and "跳过" not in state.messages[-1]["content"].split("。")[-1]


@pytest.mark.parametrize("word", ["跳过", "先不填", "以后再说", "无"])
def test_skipped_problems_and_measures_are_drafted_as_to_be_supplied(word: str) -> None:
    from chains.draft.offline import draft_offline
    from chains.figures import Figures

    state = answer(answer(at_step("problems", dict(UP_TO_PROBLEMS)), word), word)
    assert {"problems", "measures"} <= set(state.skipped)
    sections = {s.key: s.text for s in draft_offline(Figures.from_dict(state.figures)).sections}
    assert sections["problems"].startswith("待补充") and sections["suggestions"].startswith("待补充")
    assert word not in sections["problems"] + sections["suggestions"]


@pytest.mark.parametrize("word", ["跳过", "先不填", "以后再说"])
def test_adding_a_skip_word_as_a_problem_adds_nothing_and_says_so(word: str) -> None:
    from chains.conversation.edits import apply_edit

    state = at_step("problems", {**UP_TO_PROBLEMS, "problems": ["部分设备老化"]})
    echo = apply_edit(state, f"补充一个问题：{word}")
    assert state.figures["problems"] == ["部分设备老化"]
    assert echo is not None and echo.startswith("未新增")


#: 20 colloquial answers as recorded in the issue 11 session and its follow-ups: (field, said, in the report)
REGISTER = [
    ("name", "我们这个是青山县农村饮水工程维修养护项目", "青山县农村饮水工程维修养护项目"),
    ("name", "嗯，这个项目叫做2024年青山县农村饮水安全巩固提升工程吧", "2024年青山县农村饮水安全巩固提升工程"),
    ("name", "项目名称就是县级应急物资储备项目", "县级应急物资储备项目"),
    ("name", "我们的项目叫城区环境卫生保洁项目啊", "城区环境卫生保洁项目"),
    ("unit", "主管是县水利局，具体是县农村供水管理站在干", "县水利局、县农村供水管理站"),
    ("unit", "我们是县水利局的", "县水利局"),
    ("unit", "嗯，具体是县农村供水管理站在负责", "县农村供水管理站"),
    ("unit", "实施单位是县疾控中心吧", "县疾控中心"),
    ("item", "一是一是资金到得有点晚", "资金到位较晚"),
    ("item", "嗯，我们这边宣传做得不太够", "宣传不够到位"),
    ("item", "工期拖了，主要是因为下雨", "工期滞后，主要是因为降雨"),
    ("item", "其实吧，老百姓对这个项目知道得不多", "群众对该项目知晓度不高"),
    ("item", "部分工程没干完", "部分工程未完成"),
    ("item", "下一步我们要多搞几次培训吧", "下一步将增加培训频次"),
    ("item", "以后要加强宣传", "今后加强宣传"),
    ("item", "我觉得要督促施工单位倒排工期", "督促施工单位倒排工期"),
    ("content", "这个钱主要是用来维修养护全县集中供水工程，更换老化管网", "主要用于维修养护全县集中供水工程，更换老化管网"),
    ("goals", "目标就是保障农村群众饮水安全吧", "保障农村群众饮水安全"),
    ("goals", "我们今年的目标是确保全县92处集中供水工程正常运行。", "确保全县92处集中供水工程正常运行"),
    ("reason", "因为下半年雨水比较多，施工受影响了", "下半年降雨偏多，施工受影响"),
]


def test_there_are_twenty_recorded_answers_each_changed_and_none_repeated() -> None:
    assert len(REGISTER) == 20 and len({said for _f, said, _a in REGISTER}) == 20
    assert all(said != after for _f, said, after in REGISTER)


@pytest.mark.parametrize(("field", "said", "after"), REGISTER, ids=[r[1][:12] for r in REGISTER])
def test_a_colloquial_answer_reaches_the_report_in_the_formal_register(field: str, said: str, after: str) -> None:
    import re

    from chains.conversation.register import formal, formal_items

    if field == "item":  # a problem or a measure: the spoken list is split into items first
        assert formal_items(said) == [after]
    else:
        assert formal(said, field) == after
    assert re.findall(r"[0-9]+", said) == re.findall(r"[0-9]+", after)  # never a number added or lost
    assert formal(after, field) == after  # formal text stays as it is


def test_the_register_rules_are_data() -> None:
    from chains.conversation.register import RULES_FILE, rules

    assert RULES_FILE.parent.parent.name == "prompts" and RULES_FILE.suffix == ".toml"
    text = RULES_FILE.read_text(encoding="utf-8")
    for said in ("我们这个是", "具体是", "在干", "一是一是", "嗯", "吧"):
        assert said in text
    assert len(rules()) >= 30


def test_a_spoken_list_of_problems_becomes_formal_items() -> None:
    state = answer(at_step("problems", dict(UP_TO_PROBLEMS)), "一是一是资金到得有点晚，二是工程验收合格率没达标")
    assert state.figures["problems"] == ["资金到位较晚", "工程验收合格率未达标"]
    state = answer(state, "嗯，以后要加强宣传；另外要督促施工单位倒排工期吧")
    assert state.figures["measures"] == ["今后加强宣传", "督促施工单位倒排工期"]


def test_the_project_name_and_unit_are_asked_back_once() -> None:
    state = answer(new_chat(), "我们这个是青山县农村饮水工程维修养护项目")
    reply = state.messages[-1]["content"]
    assert state.figures["project_name"] == "青山县农村饮水工程维修养护项目"
    assert "项目名称记为“青山县农村饮水工程维修养护项目”" in reply and "原话：“我们这个是" in reply
    assert state.step == "year" and reply.endswith("这是哪一年度的自评？（例如 2023）")
    state = answer(state, "是")
    assert "项目名称已确认" in state.messages[-1]["content"] and not state.pending and state.step == "year"
    state = answer(state, "2024")
    state = answer(state, "主管是县水利局，具体是县农村供水管理站在干")
    assert state.figures["department"] == "县水利局、县农村供水管理站"
    assert "主管部门/实施单位记为“县水利局、县农村供水管理站”" in state.messages[-1]["content"]
    state = answer(state, "预算85万")  # going on accepts the unit; it is not asked again
    assert state.figures["budget"]["annual"] == 85 and "记为“" not in state.messages[-1]["content"]


def test_a_no_to_the_name_asks_for_it_again() -> None:
    state = answer(new_chat(), "这个项目叫应急通信")
    state = answer(state, "不对")
    assert state.step == "project_name" and "重新告诉我项目名称" in state.messages[-1]["content"]
    state = answer(state, "应急通信保障经费")
    assert state.figures["project_name"] == "应急通信保障经费" and state.step == "year"


@pytest.mark.parametrize(
    ("figures", "text", "path", "value", "echo"),
    [
        ({}, "项目名称改为县级应急物资储备项目", "project_name", "县级应急物资储备项目", "项目名称由“应急通信保障经费”改为"),
        ({}, "把主管部门改成县应急管理局吧", "department", "县应急管理局", "主管部门/实施单位由“市应急管理局”改为“县应急管理局”"),
        ({}, "年度改为2024", "year", 2024, "年度由“2023”改为“2024”"),
        ({"problems": ["宣传不足", "进度偏慢", "资金到位晚"]}, "删除第二个问题", "problems", ["宣传不足", "资金到位晚"],
         "已删除第2条问题“进度偏慢”（现有 2 条）"),
        ({"problems": ["宣传不足", "进度偏慢"]}, "把最后一个问题删掉", "problems", ["宣传不足"], "已删除第2条问题"),
        ({"measures": ["加强宣传"]}, "第1条措施改为嗯，加强政策宣传吧", "measures", ["加强政策宣传"], "第1条措施由“加强宣传”改为“加强政策宣传”"),
        ({"problems": ["宣传不足"]}, "补充一个问题：钱到得晚了", "problems", ["宣传不足", "资金到位较晚"], "新增问题：资金到位较晚（共 2 条）"),
        ({}, "主要内容改为用于应急通信设备维护", "content", "用于应急通信设备维护", "主要内容：用于应急通信设备维护"),
    ],
)
def test_anything_can_be_changed_in_the_chat(figures: dict, text: str, path: str, value: object, echo: str) -> None:
    state = answer(at_step(DONE, {**BASICS, **figures}), text)
    assert state.figures[path] == value
    assert state.messages[-1]["content"].startswith("已修改：") and echo in state.messages[-1]["content"]


def test_a_change_keeps_the_question_waiting_for_a_yes() -> None:
    state = answer(at_step("spent", {**BASICS, "budget": {"annual": 85}}), "大概花了七十九万六")
    state = answer(state, "项目名称改为县级供水维修项目")
    assert state.figures["project_name"] == "县级供水维修项目" and state.pending[0]["value"] == 79.6
    assert state.messages[-1]["content"].endswith("回答“是”确认，或告诉我准确金额。")
    state = answer(state, "是")
    assert state.figures["budget"]["spent"] == 79.6


@pytest.mark.parametrize(
    ("name", "target", "level1", "level2"),
    [
        ("培训人次", "≥300人次", "产出指标", "数量指标"),
        ("维修养护集中供水工程处数", "≥85处", "产出指标", "数量指标"),
        ("更换管网长度", "46公里", "产出指标", "数量指标"),
        ("工程验收合格率", "100%", "产出指标", "质量指标"),
        ("项目完成时间", "2023年12月前", "产出指标", "时效指标"),
        ("补助资金拨付及时率", "100%", "产出指标", "时效指标"),
        ("单处工程平均维修成本", "≤6.5万元", "产出指标", "成本指标"),
        ("慰问标准", "≤400元/人次", "产出指标", "成本指标"),
        ("农民人均增收", "≥500元", "效益指标", "经济效益指标"),
        ("受益农村人口", "≥12.5万人", "效益指标", "社会效益指标"),
        ("农村饮水安全保障水平", "有效提升", "效益指标", "社会效益指标"),
        ("生活垃圾无害化处理率", "≥95%", "效益指标", "生态效益指标"),
        ("工程运行管护机制", "长效运行", "效益指标", "可持续影响指标"),
        ("群众满意度", "≥90%", "满意度指标", "服务对象满意度指标"),
    ],
)
def test_indicator_levels_are_inferred_from_name_and_unit(name: str, target: str, level1: str, level2: str) -> None:
    from chains.conversation.levels import classify

    found = classify(name, target)
    assert found is not None and (found.level1, found.level2) == (level1, level2), found


def test_the_level_classifier_agrees_with_the_labelled_indicators_in_the_repository() -> None:
    """Every indicator of the repository's figures files under 产出/效益/满意度 with its levels as published."""
    import json

    from chains.conversation.levels import classify
    from tests.conftest import ROOT

    rows = set()
    for path in (ROOT / "tests" / "data").rglob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        for r in (data.get("indicators") or []) if isinstance(data, dict) else []:
            if isinstance(r, dict) and r.get("level2") and (r.get("level1") or "")[:2] in ("产出", "效益", "满意"):
                rows.add((r["level1"][:2], r["level2"], r["name"], r.get("target"), r.get("actual")))
    got = {row: classify(row[2], row[3], row[4]) for row in rows}
    level1 = sum(1 for row, g in got.items() if g and g.level1[:2] == row[0]) / len(rows)
    level2 = sum(1 for row, g in got.items() if g and g.level2 == row[1]) / len(rows)
    assert len(rows) >= 100 and level1 >= 0.9 and level2 >= 0.85, (level1, level2)


def test_levels_are_shown_for_confirmation_and_can_be_changed() -> None:
    state = at_step("indicators")
    state = answer(state, "培训人次，≥300人次，320人次，10分\n应急演练质量，良好，良好，10分\n通信保障水平，有效提升，有效提升，10分")
    assert "“培训人次”（产出指标／数量指标）" in state.messages[-1]["content"]
    state = answer(state, "好了")
    shown = state.messages[-1]["content"]
    assert "1. 培训人次：产出指标／数量指标" in shown and "3. 通信保障水平：效益指标／社会效益指标" in shown
    assert state.step == "problems" and shown.endswith(question_for("problems"))
    state = answer(state, "第2条指标改为时效指标")
    assert state.figures["indicators"][1]["level1"] == "产出指标" and state.figures["indicators"][1]["level2"] == "时效指标"
    state = answer(state, "“通信保障水平”属于可持续影响")
    assert state.figures["indicators"][2]["level2"] == "可持续影响指标"
    state = answer(state, "第1条指标的一级指标改为效益指标")
    assert state.figures["indicators"][0]["level1"] == "效益指标"
    assert state.figures["indicators"][0].get("level2", "").startswith(("社会", "经济", "生态", "可持续")) or (
        "level2" not in state.figures["indicators"][0])
    assert state.step == "problems"


def test_the_drafts_sections_and_the_self_evaluation_table_agree_on_levels() -> None:
    from chains.draft.offline import draft_offline
    from chains.figures import Figures

    state = at_step("indicators", {**BASICS, "budget": {"annual": 100, "received": 100, "spent": 100}})
    for text in ["培训人次，≥300人次，320人次，40分", "应急通信保障水平，有效提升，有效提升，20分",
                 "受益群众人数，≥5万人，5.2万人，20分", "群众满意度，≥90%，95%，10分", "好了"]:
        state = answer(state, text)
    sections = {s.key: s.text for s in draft_offline(Figures.from_dict(state.figures)).sections}
    assert "培训人次" in sections["outputs"] and "待补充：产出指标" not in sections["outputs"]
    assert sections["benefits"].startswith("效益指标共2项") and "待补充" not in sections["benefits"]
    assert "效益指标：社会效益指标“应急通信保障水平”" in sections["goals"]
    assert "群众满意度" in sections["satisfaction"]
    table = sections["table"]
    for row in state.figures["indicators"]:
        assert f"{row['level1']}｜{row['level2']}｜{row['name']}｜" in table
    assert "—｜—｜" not in table


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("更换管网长度 目标46公里 实际完成了48.6公里 占10分", {"name": "更换管网长度", "target": "46公里", "actual": "48.6公里", "weight": 10}),
        ("培训人次这个指标，目标是300人次，实际完成了270人次，权重10分", {"name": "培训人次", "target": "300人次", "actual": "270人次", "weight": 10}),
        ("群众满意度目标90%实际86%分值10分", {"name": "群众满意度", "target": "90%", "actual": "86%", "weight": 10, "level1": "满意度指标"}),
        ("还有一个指标叫受益人口，目标≥5万人，实际5.2万人，20分", {"name": "受益人口", "target": "≥5万人", "actual": "5.2万人", "weight": 20}),
    ],
)
def test_free_form_indicator_lines_keep_name_target_actual_and_weight(line: str, row: dict) -> None:
    assert parse_indicator_line(line) == row


def test_a_reason_with_an_indicator_line_becomes_its_deviation_note() -> None:
    state = answer(at_step("indicators"), "工程验收合格率，100%，93.9%，10分，原因是下半年降雨偏多")
    [row] = state.figures["indicators"]
    assert row["deviation_note"] == "下半年降雨偏多" and row["weight"] == 10
    assert "偏差原因：下半年降雨偏多" in state.messages[-1]["content"]


def test_a_reason_on_its_own_goes_to_the_indicator_it_names_or_is_asked() -> None:
    state = answer(at_step("indicators"), "培训人次，≥300人次，270人次，10分\n演练次数，≥4次，4次，10分")
    state = answer(state, "培训没完成是因为下半年雨水多")
    assert state.figures["indicators"][0]["deviation_note"] == "下半年降雨偏多"
    state = answer(state, "由于设备到货晚")
    assert "这句里的“设备到货晚”记为哪个指标的偏差原因？" in state.messages[-1]["content"]
    state = answer(state, "第2条")
    assert state.figures["indicators"][1]["deviation_note"] == "设备到货晚" and not state.pending


def test_a_line_that_is_no_indicator_is_said_back_and_no_row_is_made() -> None:
    state = answer(at_step("indicators"), "培训人次，≥300人次，320人次，10分\n下半年降雨偏多，培训只完成了270人次吧")
    assert [r["name"] for r in state.figures["indicators"]] == ["培训人次"]
    content = state.messages[-1]["content"]
    assert "“下半年降雨偏多，培训只完成了270人次吧”" in content or "下半年降雨偏多" in content


def test_what_an_amount_answer_says_besides_the_amount_is_said_back() -> None:
    state = answer(at_step("budget"), "预算85万，下半年降雨偏多，钱是财政局拨的")
    content = state.messages[-1]["content"]
    assert state.figures["budget"]["annual"] == 85
    assert "这句里的“下半年降雨偏多”记为哪个指标的偏差原因？" in content
    assert "这句里的“钱是财政局拨的”没有记为任何数据，它是哪一项？" in content
    assert state.unplaced == ["下半年降雨偏多", "钱是财政局拨的"]


def test_a_reason_said_early_is_asked_about_once_the_indicators_are_in() -> None:
    figures = {k: v for k, v in UP_TO_PROBLEMS.items() if k not in ("budget", "indicators")}
    state = answer(at_step("budget", figures), "预算85万，全部到位，全部支出，下半年降雨偏多")
    assert state.step == "indicators" and state.unplaced == ["下半年降雨偏多"]
    state = answer(state, "工程验收合格率，100%，93.9%，10分")
    state = answer(state, "好了")
    assert "这句里的“下半年降雨偏多”记为哪个指标的偏差原因？" in state.messages[-1]["content"]
    state = answer(state, "1")
    assert state.figures["indicators"][0]["deviation_note"] == "下半年降雨偏多" and state.unplaced == []
    assert state.messages[-1]["content"].endswith(question_for("problems"))


def test_after_the_last_question_an_unplaced_sentence_is_said_back() -> None:
    state = answer(at_step(DONE, dict(BASICS)), "另外宣传册印少了")
    assert "这句里的“另外宣传册印少了”没有记为任何数据" in state.messages[-1]["content"]
    assert state.unplaced == ["另外宣传册印少了"]
    for said in ("好的", "谢谢，辛苦了"):
        state = answer(state, said)
        assert "没有记为任何数据" not in state.messages[-1]["content"] and len(state.unplaced) == 1
