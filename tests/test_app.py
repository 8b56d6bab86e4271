"""The Streamlit page driven through ``AppTest``: every mode, persistence, and a failing model endpoint."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from chains.check import check
from chains.figures import Figures
from chains.ingest.chunking import chunk_report
from chains.ingest.reports import report_from_bytes
from chains.review.store import BatchStore
from chains.review.worksheet import Batch
from tests.conftest import CHAT_ANSWERS, DEV, SEEDS, seed_text
from tests.openai_server import OpenAIServer, closed_port

ROOT = Path(__file__).resolve().parent.parent

ANSWERS = CHAT_ANSWERS


def app(**query: str) -> AppTest:
    """A new browser session; ``query`` is its URL's query (``c=`` opens that conversation)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params.update(query)
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
    fresh = app(c=at.session_state["cid"])  # the tab reloaded (or the server restarted): same URL, same data
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


# -- 批量审阅 (issue 12, item 4) ------------------------------------------------------------------------

TEN_REPORTS = [  # (name inside the zip, source file): five seeds and five dev cases, two with one error each
    *((f"县应急局/{p.name}", p) for p in sorted(SEEDS.glob("*.txt"))),
    ("安居区/食品监管-e1.txt", DEV / "cases" / "anju-foodsafety-2021-e1.txt"),
    ("广水市/农村公路.txt", DEV / "cases" / "guangshui-roads-2021-clean.txt"),
    ("九华山/空气监测.docx", DEV / "cases" / "jiuhuashan-airmonitor-2021-clean.txt"),
    ("耒阳市/耒阳四中.md", DEV / "cases" / "leiyang-school-2022-clean.txt"),
    ("民乐县/彩票公益金-e1.txt", DEV / "cases" / "minle-welfarelottery-2023-e1.txt"),
]


def ten_reports_zip(folder: Path) -> Path:
    """A zip of ten reports as a bureau would receive them: folders per unit, one Word file, one .md."""
    import zipfile

    from tests.make_documents import make_report_docx

    path = folder / "十份报告.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, source in TEN_REPORTS:
            text = source.read_text(encoding="utf-8")
            if name.endswith(".docx"):
                archive.writestr(name, make_report_docx(text, folder / "tmp.docx").read_bytes())
            else:
                archive.writestr(name, text)
    return path


def batch_page(at: AppTest | None = None) -> AppTest:
    at = at or app()
    at.sidebar.radio[0].set_value("批量审阅").run()
    no_failure(at)
    return at


def review_batch(at: AppTest, files: list[tuple[str, bytes, str]]) -> AppTest:
    at.file_uploader(key="batch_files").set_value(files).run()
    at.button(key="batch_go").click().run()
    no_failure(at)
    return at


def shown_files(at: AppTest) -> list[str]:
    return list(at.dataframe[0].value["文件"])


def stored_batch(at: AppTest) -> Batch:
    """The batch the page shows, as saved in SQLite."""
    batch = BatchStore.open(os.environ["REPORT_ASSISTANT_DATA_DIR"]).load(at.session_state["batch_pick"])
    assert batch is not None
    return batch


def open_report(at: AppTest, file_part: str) -> AppTest:
    """Pick the report whose file name holds ``file_part`` in the page's report picker."""
    box = at.selectbox(key=f"batch_open_{at.session_state['batch_pick']}")
    target = next(k for k, r in enumerate(stored_batch(at).reports) if file_part in r.file)
    assert box.format_func(target) in box.options
    box.set_value(target).run()
    no_failure(at)
    return at


def test_a_zip_of_ten_reports_is_reviewed_with_a_progress_bar_and_summarised_by_status(tmp_path: Path) -> None:
    at = batch_page()
    assert any("还没有审阅过的批次" in c.value for c in at.caption)
    assert at.file_uploader(key="batch_files").accept_multiple_files
    archive = ten_reports_zip(tmp_path)
    at = review_batch(at, [(archive.name, archive.read_bytes(), "application/zip"),
                           ("旧报告.doc", b"\xd0\xcf\x11\xe0 old word", "application/msword")])
    (bar,) = at.get("progress")
    assert bar.proto.value == 100 and bar.proto.text.startswith("审阅完成") and "11 份" in bar.proto.text
    batch = stored_batch(at)
    files = shown_files(at)
    assert len(files) == 11 and sorted(files) == sorted(r.file for r in batch.reports)
    assert f"{archive.name}/县应急局/004_3801d610b368e742.txt" in files  # zip members listed under the archive
    rows = {r.file.rsplit("/", 1)[-1]: r for r in batch.reports}
    assert rows["004_3801d610b368e742.txt"].status == "红" and rows["食品监管-e1.txt"].status == "红"
    assert rows["空气监测.docx"].status == "绿" and rows["耒阳四中.md"].status == "绿"
    assert rows["旧报告.doc"].status == "灰" and "另存为 .docx" in rows["旧报告.doc"].reason
    statuses = list(at.dataframe[0].value["状态"])
    assert statuses == sorted(statuses, key="红黄绿灰".index)  # the default order: 红 first, 灰 last
    counts = batch.status_counts()
    assert {m.label[0]: int(m.value) for m in at.metric} == {s: counts[s] for s in "红黄绿灰"}
    assert [d.label for d in at.download_button] == ["下载审阅结果（Excel）", "下载审阅结果（网页，可离线打开）"]


def test_the_batch_summary_filters_by_status_searches_and_sorts(tmp_path: Path) -> None:
    archive = ten_reports_zip(tmp_path)
    at = review_batch(batch_page(), [(archive.name, archive.read_bytes(), "application/zip")])
    every = shown_files(at)
    at.segmented_control(key="batch_status").set_value(["红"]).run()
    reds = list(at.dataframe[0].value["状态"])
    assert reds and set(reds) == {"红"} and len(reds) < len(every)
    assert any(f"显示 {len(reds)} / {len(every)} 份" in c.value for c in at.caption)
    at.segmented_control(key="batch_status").set_value(["绿", "灰"]).run()
    assert set(at.dataframe[0].value["状态"]) <= {"绿", "灰"}
    at.segmented_control(key="batch_status").set_value(["红", "黄", "绿", "灰"]).run()
    at.selectbox(key="batch_sort").set_value("按文件名").run()
    assert shown_files(at) == sorted(every)
    at.selectbox(key="batch_sort").set_value("按错误数（多→少）").run()
    errors = [int(n) for n in at.dataframe[0].value["错误"]]
    assert errors == sorted(errors, reverse=True) and errors[0] >= 2
    at.text_input(key="batch_query").input("彩票").run()
    assert [f.rsplit("/", 1)[-1] for f in shown_files(at)] == ["彩票公益金-e1.txt"]
    no_failure(at)


def test_opening_one_report_of_the_batch_shows_it_as_the_review_page_does(tmp_path: Path) -> None:
    archive = ten_reports_zip(tmp_path)
    at = review_batch(batch_page(), [(archive.name, archive.read_bytes(), "application/zip"),
                                     ("空白.txt", b"", "text/plain")])
    at = open_report(at, "004_")
    highlighted = next(m.value for m in at.markdown if m.value.startswith('<div class="ra-doc">'))
    assert "587.90%</mark>" in highlighted
    assert any(":red-badge[错误]" in m.value and "587.90%" in m.value for m in at.markdown)
    assert any(m.value.startswith("#### ") and "004\\_3801d610b368e742" in m.value for m in at.markdown)
    assert at.table and "提纲覆盖" in [m.value.strip("*") for m in at.markdown]
    assert next(m.value for m in at.metric if m.label == "状态") == "红"
    at = open_report(at, "空白.txt")
    assert any("无法审阅" in w.value and "空文件" in w.value for w in at.warning)


def test_the_batch_worksheet_downloads_as_excel_and_as_one_html_page(tmp_path: Path) -> None:
    import io

    import openpyxl

    from chains.ui.batch_view import worksheet_bytes

    archive = ten_reports_zip(tmp_path)
    at = review_batch(batch_page(), [(archive.name, archive.read_bytes(), "application/zip")])
    store = BatchStore.open(os.environ["REPORT_ASSISTANT_DATA_DIR"])
    bid = at.session_state["batch_pick"]
    book = openpyxl.load_workbook(io.BytesIO(worksheet_bytes(store, bid, ".xlsx")))
    sheet = book["报告"]
    assert sheet.max_row == 11 and sheet.freeze_panes == "A2"
    assert sorted(r[0] for r in sheet.iter_rows(min_row=2, values_only=True)) == sorted(shown_files(at))
    page = worksheet_bytes(store, bid, ".html").decode("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "587.90%</mark>" in page  # the report texts came from SQLite
    assert page.count('class="ra-report"') == 10


def test_a_reviewed_batch_is_listed_again_after_a_restart(tmp_path: Path) -> None:
    import streamlit as st

    archive = ten_reports_zip(tmp_path)
    at = review_batch(batch_page(), [(archive.name, archive.read_bytes(), "application/zip")])
    bid, files = at.session_state["batch_pick"], shown_files(at)
    st.cache_resource.clear()  # nothing kept in this process: what the page shows now comes from disk
    st.cache_data.clear()
    fresh = batch_page()
    picker = fresh.selectbox(key="batch_pick")
    assert picker.options == [picker.format_func(bid)] and picker.value == bid
    assert "十份报告.zip" in picker.format_func(bid) and "10 份" in picker.format_func(bid)
    assert shown_files(fresh) == files
    fresh = open_report(fresh, "食品监管-e1.txt")
    highlighted = next(m.value for m in fresh.markdown if m.value.startswith('<div class="ra-doc">'))
    assert "96%</mark>" in highlighted


def test_a_second_batch_is_listed_first_and_a_batch_can_be_deleted(tmp_path: Path) -> None:
    at = review_batch(batch_page(), [("甲.txt", (DEV / "cases" / "anju-foodsafety-2021-e1.txt").read_bytes(), "text/plain")])
    first = at.session_state["batch_pick"]
    at = review_batch(at, [("乙.txt", seed_text("004").encode("utf-8"), "text/plain")])
    second = at.session_state["batch_pick"]
    picker = at.selectbox(key="batch_pick")
    assert second != first and picker.options == [picker.format_func(second), picker.format_func(first)]
    assert picker.value == second and shown_files(at) == ["乙.txt"]
    at.button(key="batch_delete").click().run()
    no_failure(at)
    picker = at.selectbox(key="batch_pick")
    assert picker.options == [picker.format_func(first)] and shown_files(at) == ["甲.txt"]
    at.button(key="batch_delete").click().run()
    assert not at.dataframe and any("还没有审阅过的批次" in c.value for c in at.caption)


def test_a_batch_report_opens_in_the_review_page_as_its_newest_input() -> None:
    at = review_batch(batch_page(), [("乙.txt", seed_text("004").encode("utf-8"), "text/plain")])
    at = open_report(at, "乙.txt")
    at.button(key="batch_to_review").click().run()
    no_failure(at)
    assert at.sidebar.radio[0].value == "审阅" and at.text_area(key="review_text").value == seed_text("004")
    assert any("正在审阅粘贴的文本" in c.value for c in at.caption)
    highlighted = next(m.value for m in at.markdown if m.value.startswith('<div class="ra-doc">'))
    assert "587.90%</mark>" in highlighted


# -- the 审阅 page where it misled (issue 12, item 6) ---------------------------------------------------


def random_han(n: int) -> str:
    import random

    rng = random.Random(12)
    return "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(n))


def review_page() -> AppTest:
    at = app()
    at.sidebar.radio[0].set_value("审阅").run()
    return at


def highlighted_text(at: AppTest) -> str:
    return next(m.value for m in at.markdown if m.value.startswith('<div class="ra-doc">'))


def test_with_a_file_uploaded_and_text_pasted_the_most_recent_input_is_reviewed_and_named() -> None:
    at = review_page()
    at.file_uploader(key="review_file").set_value(("甲报告.txt", seed_text("004").encode("utf-8"), "text/plain")).run()
    no_failure(at)
    assert any("正在审阅上传的文件“甲报告.txt”" in c.value for c in at.caption)
    assert "587.90%</mark>" in highlighted_text(at)
    at.text_area(key="review_text").input(REPORT).run()  # pasted after the upload: the text wins
    no_failure(at)
    (note,) = [i.value for i in at.info]
    assert note.startswith("正在审阅粘贴的文本") and "“甲报告.txt”未审阅" in note
    assert "587.90%" not in highlighted_text(at) and "125.10万元" in highlighted_text(at)
    assert metric(at, "字数") == f"{len(REPORT):,}"
    at.run()  # nothing changed: still the text
    assert "587.90%" not in highlighted_text(at)
    at.file_uploader(key="review_file").set_value(("乙报告.txt", seed_text("004").encode("utf-8"), "text/plain")).run()
    (note,) = [i.value for i in at.info]  # uploaded after the paste: the file wins
    assert note.startswith("正在审阅上传的文件“乙报告.txt”") and "粘贴框中的文本未审阅" in note
    assert "587.90%</mark>" in highlighted_text(at)
    at.file_uploader(key="review_file").set_value(None).run()  # the file removed: the text again
    assert not at.info and any("正在审阅粘贴的文本" in c.value for c in at.caption)
    assert "125.10万元" in highlighted_text(at)


@pytest.mark.parametrize("how", ["pasted", "uploaded"])
def test_text_that_is_not_a_report_is_told_so_rather_than_passed_as_clean(how: str) -> None:
    at = review_page()
    noise = random_han(6000)
    if how == "pasted":
        at.text_area(key="review_text").input(noise).run()
    else:
        at.file_uploader(key="review_file").set_value(("随机.txt", noise.encode("utf-8"), "text/plain")).run()
    no_failure(at)
    assert any("未识别为绩效自评报告" in w.value for w in at.warning)
    assert not any("没有发现问题" in s.value for s in at.success)
    assert not [m for m in at.metric if m.label == "数字错误"]


def test_the_corpus_page_warns_when_every_uploaded_file_was_skipped() -> None:
    at = app()
    at.sidebar.radio[0].set_value("语料库").run()
    before = len(at.dataframe[-1].value)
    at.file_uploader(key="corpus_files").set_value([("空白.txt", b"", "text/plain"),
                                                    ("二进制.txt", bytes(range(256)) * 20, "text/plain")]).run()
    at.button(key="corpus_add").click().run()
    no_failure(at)
    assert not at.success, [s.value for s in at.success]
    (warning,) = [w.value for w in at.warning]
    assert warning.startswith("没有加入任何报告：上传的 2 个文件都被跳过了") and "空白.txt" in warning
    assert len(at.dataframe[-1].value) == before


def test_the_corpus_page_still_reports_success_with_a_warning_for_what_was_skipped() -> None:
    at = app()
    at.sidebar.radio[0].set_value("语料库").run()
    report = seed_text("001").replace("2023", "2020").encode("utf-8")
    at.file_uploader(key="corpus_files").set_value([("新报告.txt", report, "text/plain"),
                                                    ("空白.txt", b"", "text/plain")]).run()
    at.button(key="corpus_add").click().run()
    no_failure(at)
    assert any("新增或更新 1 份" in s.value for s in at.success)
    assert any("跳过 1 份" in w.value and "空白.txt" in w.value for w in at.warning)


def test_the_outline_coverage_is_a_full_width_table_that_wraps_rather_than_clips() -> None:
    from chains import critique

    at = review_page()
    at.text_area(key="review_text").input(seed_text("004")).run()
    no_failure(at)
    assert not at.dataframe  # a canvas table cuts long cells off in a narrow column
    (table,) = at.table
    coverage = critique.outline_coverage(seed_text("004"))
    assert list(table.value.columns) == ["章节", "状态", "报告中的标题"] and len(table.value) == len(coverage)
    assert any("无独立章节（正文有涉及）" in v for v in table.value["状态"])


def test_a_finding_is_marked_not_a_problem_on_the_batch_page_kept_after_a_restart_and_undone() -> None:
    import io

    import openpyxl
    import streamlit as st

    from chains.review.dismissals import load
    from chains.ui.batch_view import dismissals_json, worksheet_bytes

    e1 = (DEV / "cases" / "anju-foodsafety-2021-e1.txt").read_bytes()
    at = review_batch(batch_page(), [("甲.txt", e1, "text/plain"), ("乙.txt", seed_text("004").encode("utf-8"), "text/plain")])
    bid = at.session_state["batch_pick"]
    k = next(k for k, r in enumerate(stored_batch(at).reports) if r.file == "甲.txt")
    assert {m.label[0]: int(m.value) for m in at.metric} == {"红": 2, "黄": 0, "绿": 0, "灰": 0}
    at = open_report(at, "甲.txt")
    assert metric(at, "状态") == "红" and metric(at, "错误") == "1" and f"batch_undo_{bid}_{k}_0" not in [b.key for b in at.button]
    at.text_input(key=f"batch_reason_{bid}_{k}_0").input("目标值口径不同").run()
    at.button(key=f"batch_dismiss_{bid}_{k}_0").click().run()
    no_failure(at)
    assert metric(at, "状态") == "绿" and metric(at, "错误") == "0"  # the report's counts and status recomputed
    assert {m.label[0]: int(m.value) for m in at.metric if m.label[0] in "红黄绿灰"} == {"红": 1, "黄": 0, "绿": 1, "灰": 0}
    assert any(":gray-badge[已忽略]" in m.value and "理由：目标值口径不同" in m.value for m in at.markdown)
    assert any("另有 1 条已标记为“不是问题”" in c.value for c in at.caption)
    assert "下载“不是问题”清单（JSON，供命令行 --dismissed 使用）" in [d.label for d in at.download_button]
    saved = stored_batch(at)
    (row,) = saved.reports[k].findings
    (mark,) = saved.dismissals
    assert saved.reports[k].status == "绿" and row.dismissed and row.reason == "目标值口径不同"
    assert mark.key == (row.content_hash, row.code, row.span_text) == (row.content_hash, "completion_mismatch", "96%")
    store = BatchStore.open(os.environ["REPORT_ASSISTANT_DATA_DIR"])
    book = openpyxl.load_workbook(io.BytesIO(worksheet_bytes(store, bid, ".xlsx")))
    audit = list(book["已忽略"].iter_rows(min_row=2, values_only=True))
    assert len(audit) == 1 and "目标值口径不同" in audit[0] and "甲.txt" in audit[0]
    assert "目标值口径不同" in worksheet_bytes(store, bid, ".html").decode("utf-8")
    listed = json.loads(dismissals_json(store, bid))
    assert [(d["content_hash"], d["code"], d["span_text"], d["reason"]) for d in listed] == [(*mark.key, "目标值口径不同")]

    st.cache_resource.clear()  # a restart: the mark comes back from SQLite
    st.cache_data.clear()
    fresh = open_report(batch_page(), "甲.txt")
    assert metric(fresh, "状态") == "绿" and "绿 1" in fresh.selectbox(key="batch_pick").format_func(bid)
    fresh.button(key=f"batch_undo_{bid}_{k}_0").click().run()
    no_failure(fresh)
    assert metric(fresh, "状态") == "红" and metric(fresh, "错误") == "1"
    assert stored_batch(fresh).dismissals == [] and not stored_batch(fresh).reports[k].findings[0].dismissed
    assert "下载“不是问题”清单（JSON，供命令行 --dismissed 使用）" not in [d.label for d in fresh.download_button]
    assert fresh.text_input(key=f"batch_reason_{bid}_{k}_0").value == ""
    assert load_json(listed, load) == [mark]


def load_json(entries: list[dict[str, str]], load: Any) -> Any:
    """What ``--dismissed FILE`` reads from the downloaded list."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "不是问题.json"
        path.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
        return load(path)


# -- what the batch page is built on ------------------------------------------------------------------------


def test_a_batch_comes_back_from_sqlite_exactly_as_it_was_reviewed(tmp_path: Path) -> None:
    import hashlib
    import shutil

    from chains.review import review_paths
    from chains.review.worksheet import Dismissal

    for case in ("anju-foodsafety-2021-e1.txt", "anju-foodsafety-2021-clean.txt", "minle-welfarelottery-2023-e2.txt"):
        shutil.copy(DEV / "cases" / case, tmp_path / case)
    (tmp_path / "空白.txt").write_bytes(b"")
    digest = hashlib.sha256((tmp_path / "anju-foodsafety-2021-e1.txt").read_bytes()).hexdigest()
    dismissed = [Dismissal(digest, "completion_mismatch", "96%", "口径不同", extra={"who": "李"})]
    batch = review_paths([tmp_path], workers=1, keep_text=True, dismissals=dismissed)
    assert any(f.dismissed for f in batch.findings) and any(f.related for f in batch.findings)  # both survive the trip
    store = BatchStore.open(tmp_path / "data")
    bid = store.save(batch, "三份报告")
    again = BatchStore.open(tmp_path / "data")  # a new store on the same file: what a restart sees
    assert again.load(bid, texts=True) == batch
    without = again.load(bid)
    assert without is not None and [r.text for r in without.reports] == [None] * 4
    assert [r.findings for r in without.reports] == [r.findings for r in batch.reports]
    assert again.report_text(bid, 0) == batch.reports[0].text
    (info,) = again.list_batches()
    assert (info.title, info.total, info.reviewed, info.counts) == ("三份报告", 4, 4, {"红": 1, "黄": 0, "绿": 2, "灰": 1})
    again.delete(bid)
    assert again.list_batches() == [] and again.load(bid) is None


def test_marking_and_unmarking_a_finding_recomputes_the_batch_and_keys_it_as_the_cli_does(tmp_path: Path) -> None:
    import shutil

    from chains.review import review_paths
    from chains.review.dismissals import load, mark, to_json, unmark

    shutil.copy(DEV / "cases" / "anju-foodsafety-2021-e1.txt", tmp_path / "a.txt")
    shutil.copy(DEV / "cases" / "anju-foodsafety-2021-e1.txt", tmp_path / "b.txt")  # the same content: the same key
    (tmp_path / "空白.txt").write_bytes(b"")
    batch = review_paths([tmp_path], workers=1)
    assert [r.status for r in batch.reports] == ["红", "红", "灰"]
    finding = batch.reports[0].findings[0]
    marked = mark(batch, finding, "  口径不同 ", "2026-12-05")
    assert [r.status for r in marked.reports] == ["绿", "绿", "灰"] and [r.status for r in batch.reports] == ["红", "红", "灰"]
    assert all(f.dismissed and f.reason == "口径不同" for r in marked.reports for f in r.findings)
    assert [(r.counts["错误"], r.counts["已忽略"]) for r in marked.reports[:2]] == [(0, 1), (0, 1)]
    (d,) = marked.dismissals
    assert (d.key, d.reason, d.dismissed_at) == ((finding.content_hash, finding.code, finding.span_text), "口径不同", "2026-12-05")
    again = mark(marked, finding, "另一个理由")
    assert [x.reason for x in again.dismissals] == ["另一个理由"]  # one mark per key: the newest reason
    (tmp_path / "list.json").write_text(to_json(marked), encoding="utf-8")
    assert load(tmp_path / "list.json") == [d] and d.file == finding.file and d.message == finding.message
    cli = review_paths([tmp_path / "a.txt", tmp_path / "b.txt"], workers=1, dismissals=load(tmp_path / "list.json"))
    seen = [[(r.status, f.span, f.dismissed, f.reason) for f in r.findings] for r in cli.reports]
    assert seen == [[(r.status, f.span, f.dismissed, f.reason) for f in r.findings] for r in marked.reports[:2]]
    undone = unmark(marked, marked.reports[1].findings[0])
    assert undone.reports == batch.reports and undone.dismissals == []


def test_uploads_are_reviewed_on_a_pool_for_a_large_batch_and_duplicate_names_are_kept_apart(tmp_path: Path) -> None:
    from chains.ui import batch_view

    e1 = (DEV / "cases" / "anju-foodsafety-2021-e1.txt").read_bytes()
    clean = (DEV / "cases" / "anju-foodsafety-2021-clean.txt").read_bytes()
    uploads = [("报告.txt", e1), ("报告.txt", clean), ("a/../旧.doc", b"x"), (".隐藏.txt", b"x")]
    uploads += [(f"{k:02d}.txt", clean) for k in range(40)]
    ticks: list[tuple[int, int]] = []
    store = BatchStore.open(tmp_path / "data")
    assert batch_view.batch_workers(len(uploads) - 1) > 1 or os.cpu_count() == 1  # a pool, as the page would start
    bid = batch_view.review_uploads(store, uploads, progress=lambda d, t: ticks.append((d, t)), workers=2)
    batch = store.load(bid)
    assert batch is not None
    files = [r.file for r in batch.reports]
    assert "报告.txt" in files and "报告（2）.txt" in files and "旧.doc" in files and ".隐藏.txt" not in files
    assert ticks[-1] == (len(files), len(files)) == (43, 43)
    status = {r.file: r.status for r in batch.reports}
    assert (status["报告.txt"], status["报告（2）.txt"], status["旧.doc"]) == ("红", "绿", "灰")
    assert batch_view.batch_title(["a.zip"]) == "a.zip" and batch_view.batch_title(["a", "b", "c"]) == "a、b 等 3 个文件"


def test_the_progress_line_says_done_over_total_rate_and_time_left() -> None:
    from chains.ui.batch_view import fraction, progress_text

    assert progress_text(0, 10, 0.0) == "已审阅 0 / 10 份"
    assert progress_text(5, 10, 2.0) == "已审阅 5 / 10 份 · 每秒 2.5 份 · 预计还需 2 秒"
    assert progress_text(10, 10, 2.0) == "已审阅 10 / 10 份 · 每秒 5.0 份"
    assert fraction(3, 4) == 0.75 and fraction(0, 0) == 0.0


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        ([("f1", "")], ["file"]),
        ([(None, "甲")], ["text"]),
        ([("f1", ""), ("f1", "甲")], ["file", "text"]),  # pasted after the upload
        ([(None, "甲"), ("f1", "甲")], ["text", "file"]),  # uploaded after the paste
        ([("f1", "甲"), ("f1", "甲"), ("f1", "乙"), ("f2", "乙")], ["file", "file", "text", "file"]),
        ([("f1", "甲"), (None, "甲"), ("f1", "甲")], ["file", "text", "file"]),  # the file removed, then again
        ([("f1", "甲"), ("f1", "  ")], ["file", "file"]),
        ([(None, ""), (None, "  ")], ["", ""]),
    ],
)
def test_the_most_recent_input_wins(steps: list[tuple[str | None, str]], expected: list[str]) -> None:
    from chains.ui.review_input import latest_input

    seen: dict[str, str | None] = {}
    got = []
    for file_id, text in steps:
        choice, seen = latest_input(seen, file_id, text)
        got.append(choice)
    assert got == expected


def test_the_corpus_notices_warn_when_nothing_was_added() -> None:
    from chains.retrieval.index_update import IndexSummary
    from chains.ui.corpus_view import index_notices

    skipped = IndexSummary(skipped=[("a.txt", "空文件"), ("b.txt", "二进制")])
    assert [lv for lv, _t in index_notices(skipped, 2)] == ["warning"]
    duplicate = IndexSummary(unchanged=["x.txt"], duplicates=[("c.txt", "x.txt")])
    ((level, text),) = index_notices(duplicate, 1)
    assert level == "warning" and "c.txt：与 x.txt 内容相同" in text
    mixed = IndexSummary(indexed=["d.txt"], skipped=[("a.txt", "空文件")])
    assert [lv for lv, _t in index_notices(mixed, 2)] == ["success", "warning"]
    assert [lv for lv, _t in index_notices(IndexSummary(indexed=["d.txt"]), 1)] == ["success"]
    assert [lv for lv, _t in index_notices(IndexSummary(unchanged=["d.txt"]), 1)] == ["info"]


def test_the_page_shows_passed_exactly_when_the_checker_finds_no_error_for_every_figures_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 11 item 5: one truth. For every figures file in the repository, the page's status after 生成草稿
    (the error count, and 数字核对通过 only when it is zero) is what ``check`` says of the draft shown."""
    from tests.test_draft_content import ALL_FIGURES

    monkeypatch.setenv("REPORT_ASSISTANT_CORPUS_DIR", str(tmp_path / "no-corpus"))  # no 参考表述 lookup needed
    assert len(ALL_FIGURES) >= 21
    at = app()
    for path in ALL_FIGURES:
        at.file_uploader(key="figures_json").set_value((path.name, path.read_bytes(), "application/json")).run()
        at.button(key="generate").click().run()
        no_failure(at)
        draft = at.session_state["draft"]
        assert json.loads(path.read_text(encoding="utf-8"))["project_name"] in draft.text  # this file's draft
        errors = check(draft.text, Figures.from_dict(at.session_state["chat"]["figures"])).errors
        assert metric(at, "数字核对：错误") == str(len(errors)), path.name
        assert any("数字核对通过" in s.value for s in at.success) == (not errors), path.name
