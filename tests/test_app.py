"""The Streamlit page driven through ``AppTest``: every mode, persistence, and a failing model endpoint."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from chains.check import check
from chains.figures import Figures
from chains.ingest.chunking import chunk_report
from chains.ingest.reports import report_from_bytes
from tests.conftest import CHAT_ANSWERS, DEV, seed_text
from tests.openai_server import OpenAIServer, closed_port

ROOT = Path(__file__).resolve().parent.parent

ANSWERS = CHAT_ANSWERS


def app() -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    return at.run()


def no_failure(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not [e.value for e in at.error if "意外错误" in e.value]


def chat_through(at: AppTest, answers: list[str]) -> AppTest:
    for text in answers:
        at.chat_input[0].set_value(text).run()
        no_failure(at)
    return at


def messages(at: AppTest) -> list[str]:
    return [m.markdown[0].value for m in at.chat_message]


def section_titles(at: AppTest) -> list[str]:
    """Headings of the drafted sections: group headings as markdown, sections as expanders."""
    groups = [m.value.removeprefix("#### ") for m in at.markdown if m.value.startswith("#### ")]
    return groups + [e.label for e in at.expander]


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


@pytest.fixture(autouse=True)
def _cwd(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # corpus/ and .streamlit/ are found relative to the project


def test_the_assistant_opens_by_asking_for_the_project_name() -> None:
    at = app()
    no_failure(at)
    assert "项目名称" in messages(at)[0]
    assert "离线模板" in at.sidebar.caption[0].value


def test_a_chat_ends_in_a_checked_draft() -> None:
    at = chat_through(app(), ANSWERS)
    assert "关键数据已基本齐全" in messages(at)[-1]
    assert metric(at, "预算执行率") == "100.00%"
    assert metric(at, "自评总分") == "100.00" and metric(at, "评价等级") == "优"
    at.button(key="generate").click().run()
    no_failure(at)
    draft = at.session_state["draft"]
    errors = check(draft.text, Figures.from_dict(at.session_state["chat"]["figures"])).errors
    assert metric(at, "数字核对：错误") == str(len(errors))
    if errors:  # every error is shown in its section with its explanation
        shown = "\n".join(m.value for m in at.markdown)
        assert all(f.message in shown for f in errors)
    else:
        assert any("数字核对通过" in s.value for s in at.success)
    labels = section_titles(at)
    assert any(label.startswith("一、") for label in labels) and any("存在的问题" in label for label in labels)
    bodies = "\n".join(t.value for t in at.text_area)
    assert "139" in bodies and "应急通信保障经费" in bodies


def test_a_wrong_figure_in_an_edited_section_is_flagged_inline() -> None:
    at = chat_through(app(), ANSWERS)
    at.button(key="generate").click().run()
    funds = next(i for i, t in enumerate(at.text_area) if "139" in t.value and "执行" in t.value)
    original = at.text_area[funds].value
    at.text_area[funds].input(original.replace("100.00%", "98.00%", 1)).run()
    no_failure(at)
    assert int(metric(at, "数字核对：错误")) >= 1
    marks = [m.value for m in at.markdown if "<mark" in m.value]
    assert any("98.00%</mark>" in m for m in marks)


def test_before_drafting_the_panel_shows_weights_short_of_100_and_a_missing_execution_amount() -> None:
    at = chat_through(app(), [*ANSWERS[:3], "预算139万，3月全部到位", "跳过", *ANSWERS[4:7],
                              "培训人次，≥300人次，320人次，30分\n演练次数，≥4次，4次，20分"])
    checks = [m.value for m in at.markdown if m.value.startswith(("- :red-badge[", "- :orange-badge["))]
    assert checks, "no pre-draft issues shown"
    lines = checks[-1].splitlines()
    assert "需核实" in lines[0] and "分值合计50.00分" in lines[0]  # the most serious first
    assert any("缺少全年执行数" in line and "待补充" in line for line in lines)


def test_with_complete_figures_the_pre_draft_check_has_nothing_serious() -> None:
    at = chat_through(app(), ANSWERS)
    assert any("没有需要核实或补充的数据" in c.value for c in at.caption)


def test_critique_of_seed_004_shows_its_execution_rate_problem() -> None:
    at = app()
    at.sidebar.radio[0].set_value("审阅").run()
    at.text_area(key="review_text").input(seed_text("004")).run()
    no_failure(at)
    assert int(metric(at, "数字错误")) >= 1
    highlighted = next(m.value for m in at.markdown if m.value.startswith('<div class="ra-doc">'))
    assert '587.90%</mark>' in highlighted
    assert any("587.90%" in m.value and "比率超出合理范围" in m.value for m in at.markdown)


def test_critique_flags_boilerplate_copied_from_another_indexed_report() -> None:
    at = app()
    at.sidebar.radio[0].set_value("审阅").run()
    at.text_area(key="review_text").input(seed_text("000")).run()
    no_failure(at)
    copied = [m.value for m in at.markdown if "完全相同" in m.value]
    assert any("2023-sichuan-panzhihua-dongqu-emergency-comms-001.txt" in m for m in copied), copied
    assert not any("emergency-safety-station-000" in m for m in copied)  # its own copy is not "another report"


def test_critique_escapes_pasted_markup() -> None:
    at = app()
    at.sidebar.radio[0].set_value("审阅").run()
    at.text_area(key="review_text").input("预算10万元<script>alert(1)</script>，执行58.79万元，执行率587.90%。").run()
    no_failure(at)
    highlighted = next(m.value for m in at.markdown if m.value.startswith('<div class="ra-doc">'))
    assert "<script>" not in highlighted and "&lt;script&gt;" in highlighted


def test_a_phrasing_search_returns_passages_with_source_and_copyable_text() -> None:
    at = app()
    at.sidebar.radio[0].set_value("范文").run()
    at.text_input(key="phr_query").input("资金使用 存在的问题 整改")
    at.selectbox(key="phr_section").set_value("problems")
    next(b for b in at.button if b.label == "检索").click().run()
    no_failure(at)
    assert at.code, "no passage shown"
    assert any("来源：" in m.value for m in at.markdown)
    assert any(e.label == "在原文中查看" for e in at.expander)


def test_conversation_and_draft_come_back_in_a_fresh_session() -> None:
    at = chat_through(app(), ANSWERS[:4])
    at.button(key="generate").click().run()
    typed = messages(at)
    fresh = app()  # a new session (reload / server restart) on the same data directory
    no_failure(fresh)
    assert messages(fresh) == typed
    assert any(t.startswith("一、") for t in section_titles(fresh))
    fresh.chat_input[0].set_value("中央100万，县级39万").run()
    assert "中央资金：100 万元" in messages(fresh)[-1]


def test_past_conversations_can_be_reopened_and_deleted() -> None:
    at = chat_through(app(), ["甲项目", "2022"])
    at.sidebar.button(key="new_chat").click().run()
    at = chat_through(at, ["乙项目"])
    assert "项目名称：乙项目" in messages(at)[-1]
    first = next(b for b in at.sidebar.button if "甲项目" in b.label)
    first.click().run()
    assert any("甲项目" in m for m in messages(at))
    delete = [b for b in at.sidebar.button if b.key and b.key.startswith("del_")]
    for b in delete:
        b.click().run()
    at = app()
    assert "项目名称" in messages(at)[0] and len(messages(at)) == 1


@pytest.mark.server
@pytest.mark.parametrize("failure", ["refuse", "timeout"])
def test_with_the_model_endpoint_failing_the_chat_still_drafts_offline(
    failure: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "test-key")
    monkeypatch.setenv("OPENAI_MODEL", "test-model")
    monkeypatch.setenv("REPORT_ASSISTANT_LLM_TIMEOUT", "1")
    monkeypatch.setenv("REPORT_ASSISTANT_LLM_MAX_RETRIES", "0")
    server = OpenAIServer(mode="timeout", hang_seconds=5) if failure == "timeout" else None
    if server:
        server.start()
    try:
        base = server.base_url if server else f"http://127.0.0.1:{closed_port()}/v1"
        monkeypatch.setenv("OPENAI_BASE_URL", base)
        at = app()
        assert "test-model" in at.sidebar.caption[0].value
        at = chat_through(at, ANSWERS)
        assert any("模型暂时不可用" in w.value for w in at.warning)
        typed = [m for m in messages(at)]
        for text in ANSWERS:
            assert any(text.strip() == m.strip() for m in typed), text
        at.button(key="generate").click().run()
        no_failure(at)
        assert metric(at, "起草方式") == "离线模板"
        assert any("离线" in w.value for w in at.warning), [w.value for w in at.warning]
        assert any(t.startswith("一、") for t in section_titles(at))
    finally:
        if server:
            server.stop()


DEV_FIGURES = DEV / "figures" / "leiyang-school-2022.json"


def test_importing_figures_json_fills_the_panel_and_bad_json_gets_a_chinese_message() -> None:
    at = app()
    at.file_uploader(key="figures_json").set_value(("bad.json", b"{not json", "application/json")).run()
    no_failure(at)
    assert any("不是有效的 JSON" in e.value for e in at.error)
    at.file_uploader(key="figures_json").set_value(
        ("figures.json", DEV_FIGURES.read_bytes(), "application/json")
    ).run()
    no_failure(at)
    name = at.session_state["chat"]["figures"]["project_name"]
    assert any(f"已导入关键数据：{name}" in m for m in messages(at))
    imported = json.loads(DEV_FIGURES.read_text(encoding="utf-8"))
    at.run()  # the table editor renders the imported rows: nothing may be lost on the way back
    assert at.session_state["chat"]["figures"] == Figures.from_dict(imported).to_dict()


def test_importing_a_score_table_from_excel_fills_the_indicators() -> None:
    from tests.test_table_import import EXPECTED, xlsx_bytes

    at = chat_through(app(), ANSWERS[:3])
    at.file_uploader(key="score_table").set_value(("自评表.xlsx", xlsx_bytes(), "application/octet-stream")).run()
    no_failure(at)
    assert at.session_state["chat"]["figures"]["indicators"] == EXPECTED
    assert "导入 4 条绩效指标" in messages(at)[-1]
    editor = at.data_editor[0].value if at.data_editor else None
    assert editor is not None and list(editor["三级指标"]) == [r["name"] for r in EXPECTED]


def test_critique_of_an_uploaded_word_file() -> None:
    import io

    import docx

    d = docx.Document()
    for line in seed_text("004").splitlines():
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    at = app()
    at.sidebar.radio[0].set_value("审阅").run()
    at.file_uploader(key="review_file").set_value(("报告.docx", buf.getvalue(), "application/octet-stream")).run()
    no_failure(at)
    highlighted = next(m.value for m in at.markdown if m.value.startswith('<div class="ra-doc">'))
    assert "587.90%</mark>" in highlighted


def test_corpus_page_previews_indexes_lists_searches_and_removes_a_report() -> None:
    report = seed_text("001").replace("2023", "2021").encode("utf-8")
    at = app()
    at.sidebar.radio[0].set_value("语料库").run()
    no_failure(at)
    before = len(at.dataframe[-1].value)
    assert before >= 5  # the sample corpus is indexed on first use
    at.file_uploader(key="corpus_files").set_value([("新报告.txt", report, "text/plain")]).run()
    preview = at.dataframe[0].value
    assert "章节类型" in preview.columns and len(preview) >= 3
    assert list(preview["字数"]) == [len(c.text) for c in chunk_report(report_from_bytes(report, "新报告.txt"))]
    at.button(key="corpus_add").click().run()
    no_failure(at)
    assert any("新增或更新 1 份" in s.value for s in at.success)
    listed = at.dataframe[-1].value
    assert len(listed) == before + 1 and "新报告.txt" in list(listed["文件"])
    at.text_input(key="corpus_query").input("资金使用 存在的问题").run()
    assert any("得分" in m.value for m in at.markdown)
    options = at.multiselect(key="corpus_remove").options
    target = next(o for o in options if o.startswith("新报告.txt"))
    at.multiselect(key="corpus_remove").set_value([target]).run()
    at.button(key="corpus_remove_go").click().run()
    no_failure(at)
    assert len(at.dataframe[-1].value) == before
    assert any("已移除 1 份报告" in s.value for s in at.success)


REPORT = """2023年度应急通信保障经费项目支出绩效自评报告
一、项目基本情况
本项目由市应急管理局实施，全年预算139.00万元，用于应急通信设备维护和培训演练。
二、资金使用情况
全年执行125.10万元，预算执行率为90.00%，资金使用规范，按照有关规定执行。
三、存在的问题
部分工作推进较慢，宣传力度有待加强，群众知晓率还不够高。
"""


def advisor(request: object) -> str:
    """A model that suggests, once proposing a number the section does not have."""
    prompt = request.messages[-1]["content"]  # type: ignore[attr-defined]
    if "资金使用情况" in prompt:
        return "- 请补充资金支付进度的具体数据。\n- 建议将执行率写为100.00%。\n- 执行率90.00%应说明未执行部分的原因。"
    return "- 无修改建议"


@pytest.mark.server
def test_model_suggestions_in_critique_never_carry_a_new_number(monkeypatch: pytest.MonkeyPatch) -> None:
    with OpenAIServer(responder=advisor) as server:
        monkeypatch.setenv("OPENAI_API_KEY", "test-key")
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("REPORT_ASSISTANT_LLM_MAX_RETRIES", "0")
        at = app()
        at.sidebar.radio[0].set_value("审阅").run()
        at.text_area(key="review_text").input(REPORT).run()
        at.button(key="suggest").click().run()
        no_failure(at)
    shown = "\n".join(m.value for m in at.markdown)
    assert "请补充资金支付进度的具体数据。" in shown
    assert "100.00%" not in shown
    assert any("已剔除含有原文没有的数字的建议" in c.value for c in at.caption)


def reader(request: object) -> object:
    """A model that reads the key figures from the user's words through a function call."""
    from tests.openai_server import Reply

    body = request.body  # type: ignore[attr-defined]
    if not body.get("tools"):
        return None
    said = request.messages[-1]["content"]  # type: ignore[attr-defined]
    args: dict[str, object] = {}
    if "应急通信保障经费" in said:
        args = {"project_name": "应急通信保障经费", "department": "市应急管理局"}
    return Reply(tool_call={"name": body["tools"][0]["function"]["name"], "arguments": args})


@pytest.mark.server
def test_the_model_s_structured_reading_fills_gaps_and_the_user_confirms_a_disagreement(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with OpenAIServer(responder=reader) as server:
        monkeypatch.setenv("OPENAI_API_KEY", "test-key")
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("REPORT_ASSISTANT_LLM_MAX_RETRIES", "0")
        at = app()
        at = chat_through(at, ["项目叫应急通信保障经费，由市应急管理局实施"])
        figures = at.session_state["chat"]["figures"]
        assert figures["department"] == "市应急管理局"  # filled from the model's reading
        assert "改为 应急通信保障经费 吗" in messages(at)[-1]  # the rule reading differs: asked
        at = chat_through(at, ["是"])
        assert at.session_state["chat"]["figures"]["project_name"] == "应急通信保障经费"
        assert any(r.body.get("tools") for r in server.chat_requests())


@pytest.mark.server
def test_with_a_working_model_the_draft_is_written_by_the_model_and_still_checked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.openai_server import echo_base_text

    def model(request: object) -> object:
        return reader(request) if request.body.get("tools") else echo_base_text(request)  # type: ignore[attr-defined]

    with OpenAIServer(responder=model) as server:
        monkeypatch.setenv("OPENAI_API_KEY", "test-key")
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("REPORT_ASSISTANT_LLM_MAX_RETRIES", "0")
        at = chat_through(app(), ANSWERS)
        at.button(key="generate").click().run()
        no_failure(at)
        streamed = [r for r in server.chat_requests() if r.body.get("stream")]
    assert streamed, "sections were not streamed from the model"
    assert metric(at, "起草方式") == "模型"
    draft = at.session_state["draft"]
    errors = check(draft.text, Figures.from_dict(at.session_state["chat"]["figures"])).errors
    assert metric(at, "数字核对：错误") == str(len(errors))


def test_changing_a_figure_after_drafting_says_the_draft_is_stale() -> None:
    at = chat_through(app(), ANSWERS)
    at.button(key="generate").click().run()
    assert not any("有改动" in i.value for i in at.info)
    at = chat_through(at, ["全年预算改为150万"])
    assert any("关键数据在草稿生成后有改动" in i.value for i in at.info)


def test_similar_past_reports_appear_as_the_conversation_goes() -> None:
    at = app()
    assert any("说出项目名称后" in c.value for c in at.caption)
    at = chat_through(at, ["应急救援能力建设资金", "2023", "市应急管理局"])
    shown = "\n".join(m.value for m in at.markdown)
    assert "相关度" in shown and ".txt" in shown


def test_phrasing_filters_by_category_when_asked() -> None:
    at = app()
    at.sidebar.radio[0].set_value("范文").run()
    at.text_input(key="phr_query").input("资金使用 存在的问题 整改")
    assert at.selectbox(key="phr_category").value == ""  # 不限
    at.selectbox(key="phr_category").set_value("emergency")
    next(b for b in at.button if b.label == "检索").click().run()
    no_failure(at)
    sources = [m.value for m in at.markdown if "来源：" in m.value]
    assert sources and all("emergency" in s for s in sources)


def test_phrasing_filters_by_year_when_asked() -> None:
    at = app()
    at.sidebar.radio[0].set_value("范文").run()
    at.text_input(key="phr_query").input("资金使用 存在的问题 整改")
    at.number_input(key="phr_from").set_value(2022)
    at.number_input(key="phr_to").set_value(2022)
    next(b for b in at.button if b.label == "检索").click().run()
    no_failure(at)
    years = [m.value for m in at.markdown if "来源：" in m.value]
    assert years and all("年度：2022" in y for y in years)
