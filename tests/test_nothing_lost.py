"""Nothing lost (issue 11, item 9): new tabs, two writers, a crash mid-draft, skip words, the whole history.

Real parts only: the page through ``AppTest``, the SQLite store, the conversation, the drafter against
the local OpenAI-compatible server (``tests/openai_server.py``), a drafting process killed with SIGKILL.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from chains.conversation.chat import ChatState, answer, new_chat
from chains.conversation.panel import conversation_title
from chains.conversation.store import Store
from chains.draft import draft_report
from chains.draft.runs import RunStore
from chains.figures import Figures
from chains.settings import Settings
from tests.conftest import CHAT_ANSWERS
from tests.openai_server import OpenAIServer, RecordedRequest, Reply, base_text

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _cwd(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # corpus/ and .streamlit/ are found relative to the project


def app(**query: str) -> AppTest:
    """A new browser tab; ``query`` is its URL's query (``c=`` opens that conversation)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.query_params.update(query)
    return at.run()


def ok(at: AppTest) -> AppTest:
    assert not at.exception, [e.value for e in at.exception]
    assert not [e.value for e in at.error if "意外错误" in e.value]
    return at


def say(at: AppTest, *answers: str) -> AppTest:
    for text in answers:
        ok(at.chat_input[0].set_value(text).run())
    return at


def messages(at: AppTest) -> list[str]:
    return [m.markdown[0].value for m in at.chat_message]


def title(state: dict[str, Any]) -> str:
    return conversation_title(state.get("figures") or {})


# -- a new tab ------------------------------------------------------------------------------------


def test_a_new_tab_starts_a_new_conversation_and_only_offers_the_recent_one(isolated_state: Path) -> None:
    tab_a = say(app(), "甲项目", "2022")
    cid_a = tab_a.session_state["cid"]
    assert tab_a.query_params["c"] == cid_a  # the tab's URL names its conversation

    tab_b = ok(app())  # a second tab, opened without ?c=
    assert len(messages(tab_b)) == 1 and "项目名称" in messages(tab_b)[0]
    assert tab_b.session_state["cid"] is None  # nothing stored, nothing of tab A's shown
    offer = tab_b.button(key="open_recent")
    assert "甲项目" in offer.label
    say(tab_b, "乙项目")
    assert tab_b.session_state["cid"] not in (None, cid_a)

    stored = Store.open(isolated_state)
    assert stored.load_conversation(cid_a)["figures"] == {"project_name": "甲项目", "year": 2022}
    assert sorted(c.title for c in stored.list_conversations()) == ["2022 甲项目", "乙项目"]
    # an empty new tab stores nothing: no “新的对话” rows pile up in the history
    ok(app())
    assert stored.count_conversations() == 2

    tab_c = ok(app())  # the offer opens the recent conversation only when clicked
    ok(tab_c.button(key="open_recent").click().run())
    assert tab_c.session_state["cid"] == tab_b.session_state["cid"]
    assert any("乙项目" in m for m in messages(tab_c))


# -- two writers on one conversation --------------------------------------------------------------


def test_two_tabs_on_one_conversation_keep_both_sides_answers(isolated_state: Path) -> None:
    tab_a = say(app(), "应急通信保障经费", "2023")
    cid = tab_a.session_state["cid"]
    tab_b = ok(app(c=cid))  # the same conversation in a second tab
    assert messages(tab_b) == messages(tab_a)

    say(tab_a, "市应急管理局", "是", "预算139万，3月全部到位，年底支出完了")
    say(tab_b, "中央100万，县级39万")  # tab B answers after tab A, from the page it had open

    stored = Store.open(isolated_state).load_conversation(cid)
    figures = stored["figures"]
    assert figures["department"] == "市应急管理局"  # tab A's answers are still there
    assert figures["budget"] == {"annual": 139, "received": 139, "spent": 139}
    assert figures["sources"] == {"central": 100, "county": 39}  # and tab B's
    said = [m["content"] for m in stored["messages"] if m["role"] == "user"]
    assert said == ["应急通信保障经费", "2023", "市应急管理局", "是", "预算139万，3月全部到位，年底支出完了",
                    "中央100万，县级39万"]
    ok(tab_a.run())  # tab A shows tab B's answer on its next run
    assert tab_a.session_state["chat"]["figures"]["sources"] == {"central": 100, "county": 39}


@pytest.mark.server
def test_another_tab_saving_while_the_model_reads_an_answer_is_merged_not_overwritten(
    isolated_state: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(isolated_state)
    start = answer(answer(new_chat(), "应急通信保障经费"), "2023").to_dict()
    cid = store.create_conversation(start, title(start))

    def reader(request: RecordedRequest) -> Reply | None:
        if not request.body.get("tools"):
            return None
        # tab A saves its answer while tab B's answer is with the model
        base, version = store.load_versioned(cid)
        ours = answer(ChatState.from_dict(base), "预算139万，3月全部到位，年底支出完了").to_dict()
        store.save_merged(cid, base, ours, version, title)
        name = request.body["tools"][0]["function"]["name"]
        return Reply(tool_call={"name": name, "arguments": {"department": "市应急管理局"}})

    with OpenAIServer(responder=reader) as server:
        monkeypatch.setenv("OPENAI_API_KEY", "test-key")
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("REPORT_ASSISTANT_LLM_MAX_RETRIES", "0")
        tab_b = say(app(c=cid), "市应急管理局")
        assert any(r.body.get("tools") for r in server.chat_requests())

    stored = store.load_conversation(cid)
    assert stored["figures"]["department"] == "市应急管理局"  # tab B's answer
    assert stored["figures"]["budget"] == {"annual": 139, "received": 139, "spent": 139}  # tab A's, kept
    said = [m["content"] for m in stored["messages"] if m["role"] == "user"]
    assert said[2:] == ["市应急管理局", "预算139万，3月全部到位，年底支出完了"]  # in the order they were saved
    assert tab_b.session_state["chat"] == stored  # the tab shows the merged conversation
    assert any("双方的回答都已保留" in t.value for t in tab_b.toast)


def test_a_stale_writer_merges_instead_of_erasing_the_other_writer_s_answers(tmp_path: Path) -> None:
    start = answer(answer(new_chat(), "应急通信保障经费"), "2023").to_dict()
    cid = Store.open(tmp_path).create_conversation(start, title(start))
    a, b = Store.open(tmp_path), Store.open(tmp_path)  # two sessions, each with its own copy
    base_a, version_a = a.load_versioned(cid)
    base_b, version_b = b.load_versioned(cid)

    for text in ("市应急管理局", "是", "预算139万，3月全部到位，年底支出完了", "补充一个问题：设备老化"):
        ours = answer(ChatState.from_dict(base_a), text).to_dict()
        saved = a.save_merged(cid, base_a, ours, version_a, title)
        assert not saved.merged
        base_a, version_a = saved.state, saved.version

    # tab B never saw those answers: it renames the project, adds a problem and answers the department too
    ours_b = answer(ChatState.from_dict(base_b), "项目名称改为应急通信保障专项经费")
    ours_b = answer(ours_b, "补充一个问题：培训覆盖不足")
    ours_b = answer(ours_b, "县应急管理局")
    saved = b.save_merged(cid, base_b, ours_b.to_dict(), version_b, title)
    assert saved.merged and saved.version == version_a + 1

    stored = Store.open(tmp_path).load_conversation(cid)
    assert stored == saved.state
    figures = stored["figures"]
    assert figures["project_name"] == "应急通信保障专项经费"  # B's change
    assert figures["department"] == "县应急管理局"  # both answered it: B's later answer wins for that field
    assert figures["budget"] == {"annual": 139, "received": 139, "spent": 139}  # A's answer, kept
    assert figures["problems"] == ["设备老化", "培训覆盖不足"]  # both additions
    said = [m["content"] for m in stored["messages"] if m["role"] == "user"]
    assert said[2:] == ["市应急管理局", "是", "预算139万，3月全部到位，年底支出完了", "补充一个问题：设备老化",
                        "项目名称改为应急通信保障专项经费", "补充一个问题：培训覆盖不足", "县应急管理局"]
    assert stored["step"] == "sources"  # the first question neither side has answered
    assert [c.title for c in Store.open(tmp_path).list_conversations()] == ["2023 应急通信保障专项经费"]

    # A saves again from its own (now stale) copy: B's answers stay
    ours = answer(ChatState.from_dict(base_a), "中央100万，县级39万").to_dict()
    again = a.save_merged(cid, base_a, ours, version_a, title)
    assert again.merged
    assert again.state["figures"]["project_name"] == "应急通信保障专项经费"
    assert again.state["figures"]["sources"] == {"central": 100, "county": 39}
    assert again.state["figures"]["problems"] == ["设备老化", "培训覆盖不足"]


def test_writers_racing_on_one_conversation_lose_no_answer(tmp_path: Path) -> None:
    cid = Store.open(tmp_path).create_conversation(new_chat().to_dict())
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            store = Store.open(tmp_path)
            base, version = store.load_versioned(cid)
            for i in range(15):
                ours = json.loads(json.dumps(base))
                ours["messages"].append({"role": "user", "content": f"{name}-{i}"})
                ours["figures"].setdefault("problems", []).append(f"{name}的问题{i}")
                ours["figures"][f"{name}_{i}"] = i
                saved = store.save_merged(cid, base, ours, version)
                base, version = saved.state, saved.version
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in ("甲", "乙", "丙")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    state = Store.open(tmp_path).load_conversation(cid)
    said = {m["content"] for m in state["messages"] if m["role"] == "user"}
    assert said == {f"{n}-{i}" for n in ("甲", "乙", "丙") for i in range(15)}
    assert sorted(state["figures"]["problems"]) == sorted(f"{n}的问题{i}" for n in ("甲", "乙", "丙") for i in range(15))
    assert all(state["figures"][f"{n}_{i}"] == i for n in ("甲", "乙", "丙") for i in range(15))
    assert Store.open(tmp_path).version(cid) == 1 + 45


def test_a_database_from_before_versions_opens_and_merges(tmp_path: Path) -> None:
    old = answer(new_chat(), "旧项目").to_dict()
    with sqlite3.connect(tmp_path / "app.db") as db:
        db.executescript(
            "CREATE TABLE conversations (id TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '', state TEXT NOT NULL,"
            " created REAL NOT NULL, updated REAL NOT NULL);"
            "CREATE TABLE drafts (conversation_id TEXT PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,"
            " figures TEXT NOT NULL, draft TEXT NOT NULL, updated REAL NOT NULL);"
        )
        db.execute("INSERT INTO conversations VALUES ('old1', '旧项目', ?, 1, 1)", (json.dumps(old),))
    store = Store.open(tmp_path)
    state, version = store.load_versioned("old1")
    assert state == old and version == 1
    saved = store.save_merged("old1", state, answer(ChatState.from_dict(state), "2021").to_dict(), version, title)
    assert saved.version == 2 and store.load_conversation("old1")["figures"]["year"] == 2021


# -- the history ----------------------------------------------------------------------------------


def many_conversations(data: Path, n: int) -> list[str]:
    store = Store.open(data)
    ids = []
    for i in range(n):
        state = answer(answer(new_chat(), f"第{i + 1:02d}号项目"), "2023")
        if i == 4:
            state = answer(state, "青山县水利局")
        ids.append(store.create_conversation(state.to_dict(), title(state.to_dict())))
    return ids


def history_titles(at: AppTest) -> list[str]:
    return [b.label for b in at.sidebar.button if b.key and b.key.startswith("open_")]


def test_every_conversation_is_reachable_by_paging_and_by_search(isolated_state: Path) -> None:
    ids = many_conversations(isolated_state, 65)
    at = ok(app())
    assert len(history_titles(at)) == 30
    assert "还有 35 个" in at.sidebar.button(key="history_more").label
    ok(at.sidebar.button(key="history_more").click().run())
    assert len(history_titles(at)) == 60
    ok(at.sidebar.button(key="history_more").click().run())
    assert len(history_titles(at)) == 65 and "2023 第01号项目" in history_titles(at)
    assert not [b for b in at.sidebar.button if b.key == "history_more"]

    ok(at.sidebar.text_input(key="history_query").input("第01号").run())
    assert history_titles(at) == ["2023 第01号项目"]
    ok(at.sidebar.button(key=f"open_{ids[0]}").click().run())
    assert at.session_state["cid"] == ids[0] and any("第01号项目" in m for m in messages(at))
    ok(at.sidebar.text_input(key="history_query").input("青山县水利局").run())  # a word said in it
    assert history_titles(at) == ["2023 第05号项目"]
    ok(at.sidebar.text_input(key="history_query").input("没有这个项目").run())
    assert not history_titles(at) and any("没有找到" in c.value for c in at.sidebar.caption)


def test_the_store_lists_a_page_at_a_time_and_counts_matches(tmp_path: Path) -> None:
    ids = many_conversations(tmp_path, 35)
    store = Store.open(tmp_path)
    pages = [store.list_conversations(limit=30), store.list_conversations(limit=30, offset=30)]
    assert [len(p) for p in pages] == [30, 5]
    assert {c.id for p in pages for c in p} == set(ids)
    assert store.count_conversations() == 35 and store.count_conversations("第3") == 6
    assert store.count_conversations("100%") == 0  # LIKE wildcards are searched as text


def test_deleting_a_conversation_asks_for_confirmation_first(isolated_state: Path) -> None:
    at = say(app(), "甲项目")
    cid = at.session_state["cid"]
    (popover,) = [p for p in at.sidebar.get("popover")]
    assert "删除" in popover.proto.popover.help and not popover.proto.popover.open
    confirm = [b for b in popover.button if b.key == f"del_{cid}"]  # the only delete is inside the popover
    assert [b.label for b in confirm] == ["确认删除"]
    assert not [b for b in at.sidebar.button if b.key and b.key.startswith("del_") and b not in confirm]
    assert any("删除后无法恢复" in c.value for c in popover.caption)
    assert Store.open(isolated_state).load_conversation(cid) is not None  # nothing happens before the click
    ok(confirm[0].click().run())
    assert Store.open(isolated_state).load_conversation(cid) is None
    assert len(messages(at)) == 1 and at.session_state["cid"] is None


# -- skip words -----------------------------------------------------------------------------------

READY = CHAT_ANSWERS[:9]  # everything up to the indicators, answered


@pytest.mark.parametrize(
    ("problems", "measures"),
    [("跳过", "跳过"), ("先不填", "以后再说"), ("存在的问题：跳过", "改进措施：先不填"), ("跳过，以后再说", "先不填吧，回头再补"),
     ("无", "无")],
)
def test_skip_words_are_recorded_as_skipped_and_drafted_as_to_be_supplied(problems: str, measures: str) -> None:
    state = new_chat()
    for text in [*READY, problems, measures]:
        state = answer(state, text)
    assert {"problems", "measures"} <= set(state.skipped) and state.step == "done"
    for key in ("problems", "measures"):
        assert state.figures.get(key) in (None, [])  # never the words themselves
    draft = draft_report(Figures.from_dict(state.figures), Settings.from_env())
    bodies = {s.key: s.text for s in draft.sections}
    problem_text = next(s.text for s in draft.sections if "存在的问题" in s.title)
    measure_text = next(s.text for s in draft.sections if "改进措施" in s.title)
    assert "待补充" in problem_text and "待补充" in measure_text
    for word in ("跳过", "先不填", "以后再说", "回头再补"):
        assert word not in draft.text, (word, bodies)
    assert problem_text.strip() != "无" and measure_text.strip() != "无"


def test_skipping_problems_and_measures_on_the_page_drafts_to_be_supplied() -> None:
    at = say(app(), *READY, "跳过", "以后再说")
    figures = at.session_state["chat"]["figures"]
    assert "problems" not in figures and "measures" not in figures
    ok(at.button(key="generate").click().run())
    sections = {e.label: e for e in at.expander}
    six = next(e for label, e in sections.items() if "存在的问题" in label)
    seven = next(e for label, e in sections.items() if "改进措施" in label)
    for part in (six, seven):
        text = part.text_area[0].value
        assert "待补充" in text and "跳过" not in text and "以后再说" not in text


# -- a crash in the middle of a model draft -----------------------------------------------------

CRASHING_DRAFT = """
import json, sys
from chains.draft import draft_report
from chains.figures import Figures
from chains.settings import Settings

figures = Figures.from_dict(json.loads(open(sys.argv[1], encoding="utf-8").read()))
draft_report(figures, Settings.from_env(), run_id=sys.argv[2])
"""
FIRST_RUN = "本节由中断前的起草写成。"


def wait_for(condition: Any, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def saved_sections(run: RunStore) -> dict[str, dict[str, Any]]:
    out = {}
    for path in (run.root / "sections").glob("*.json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            continue
        out[data["key"]] = data
    return out


@pytest.mark.server
def test_a_draft_killed_mid_stream_resumes_from_its_saved_sections(
    isolated_state: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    crashed = threading.Event()
    first: list[str] = []
    lock = threading.Lock()

    def model(request: RecordedRequest) -> Reply:
        base = base_text(request) or "这是测试模型的回复。"
        if crashed.is_set():
            return Reply(content=base)
        with lock:
            if not first:  # the first section finishes; every other one streams half its text and hangs
                first.append(base)
                return Reply(content=f"{base}\n{FIRST_RUN}")
        return Reply(content=base, mode="stall")

    state = new_chat()
    for text in CHAT_ANSWERS:
        state = answer(state, text)
    store = Store.open(isolated_state)
    cid = store.create_conversation(state.to_dict(), title(state.to_dict()))
    figures_file = tmp_path / "figures.json"
    figures_file.write_text(json.dumps(state.figures, ensure_ascii=False), encoding="utf-8")

    with OpenAIServer(responder=model, hang_seconds=120, chunk_size=4) as server:
        monkeypatch.setenv("OPENAI_API_KEY", "test-key")
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("REPORT_ASSISTANT_LLM_MAX_RETRIES", "0")
        monkeypatch.setenv("REPORT_ASSISTANT_LLM_TIMEOUT", "120")
        run_id = "crash-test-run"
        store.start_draft_run(cid, run_id)  # as the page records a run before drafting
        run = RunStore.open(isolated_state, run_id)
        proc = subprocess.Popen([sys.executable, "-c", CRASHING_DRAFT, str(figures_file), run_id], cwd=ROOT)
        try:
            wait_for(lambda: any(s["backend"] == "llm" for s in saved_sections(run).values()), 120,
                     "a model section saved")
            mid_stream = lambda: [r for r in server.chat_requests() if r.outcome == "stall" and r.finished is None]  # noqa: E731
            wait_for(lambda: len(mid_stream()) >= 2, 30, "sections streaming")
            time.sleep(0.5)  # half of each stalled answer is on its way
            assert proc.poll() is None, "the drafting process ended before it was killed"
        finally:
            proc.kill()  # SIGKILL: no cleanup, no handler runs
            proc.wait(30)
        crashed.set()
        before = saved_sections(run)
        saved_by_model = {k for k, s in before.items() if s["backend"] == "llm"}
        assert len(saved_by_model) == 1 and FIRST_RUN in before[next(iter(saved_by_model))]["text"]
        assert store.unfinished_draft_run(cid) == run_id
        asked_before = len(server.chat_requests())

        at = ok(app(c=cid))  # the server restarted: the page says the draft stopped, then resumes it
        assert any("上次起草在完成前中断" in c.value and f"已保存 {len(before)} 个章节" in c.value for c in at.caption)
        ok(at.button(key="generate").click().run())
        asked_after = server.chat_requests()[asked_before:]

    draft = at.session_state["draft"]
    assert draft.run_id == run_id and draft.backend == "llm"
    redone = {base_text(r) for r in asked_after}
    reused = next(s for s in draft.sections if s.key in saved_by_model)
    assert FIRST_RUN in reused.text  # the saved section is the one in the draft ...
    assert first[0] not in redone  # ... and it was not asked of the model again
    model_sections = [s for s in draft.sections if s.backend == "llm"]
    assert len(asked_after) == len(model_sections) - 1  # every other model section, once
    # the rest is complete: each section the model's whole answer (the echo of its base text), no fallback
    assert all(s.text in redone for s in model_sections if s is not reused)
    assert not draft.notices and not any(s.notices for s in draft.sections)
    assert store.unfinished_draft_run(cid) is None  # the draft is saved: the run is finished
    assert store.load_draft(cid)[1].run_id == run_id
