"""Conversations and drafts survive a new Store (a server restart) and can be listed and deleted."""

from __future__ import annotations

from pathlib import Path

import pytest

from chains.conversation.chat import answer, new_chat
from chains.conversation.store import Store, draft_from_dict, draft_to_dict
from chains.draft.types import Draft, SectionDraft
from chains.errors import ConfigError
from chains.findings import Finding


def sample_draft() -> Draft:
    return Draft(
        title="2023年度应急通信保障经费项目支出绩效自评报告",
        sections=[
            SectionDraft("overview", "一、项目基本情况", 1, "项目预算139万元。"),
            SectionDraft("funds", "二、资金情况", 1, "执行率为90.00%。", backend="llm", notices=["模型超时，已改用离线模板"]),
        ],
        backend="llm",
        notices=["第二节改用离线模板"],
        findings=[Finding("rate_mismatch", "执行率与金额不符", (40, 46), values={"stated": "90.00%"}, expected="100.00%")],
        run_id="abc123",
        review_notes=["待核实：全年执行数与支出明细合计不一致。", "未使用的数据：上年结转资金 5 万元。"],
    )


def test_a_conversation_is_back_after_reopening_the_database(tmp_path: Path) -> None:
    state = answer(new_chat(), "应急通信保障经费")
    store = Store.open(tmp_path)
    cid = store.create_conversation(state.to_dict(), "应急通信保障经费")
    state = answer(state, "2023")
    store.save_conversation(cid, state.to_dict(), "2023 应急通信保障经费")

    reopened = Store.open(tmp_path)
    assert reopened.load_conversation(cid) == state.to_dict()
    (info,) = reopened.list_conversations()
    assert (info.id, info.title, info.has_draft) == (cid, "2023 应急通信保障经费", False)


def test_a_draft_round_trips_with_sections_findings_and_notices(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    cid = store.create_conversation(new_chat().to_dict())
    draft = sample_draft()
    store.save_draft(cid, {"project_name": "应急通信保障经费", "year": 2023}, draft)
    figures, loaded = Store.open(tmp_path).load_draft(cid)
    assert figures == {"project_name": "应急通信保障经费", "year": 2023}
    assert draft_to_dict(loaded) == draft_to_dict(draft)
    assert loaded.text == draft.text and loaded.findings == draft.findings
    assert store.list_conversations()[0].has_draft


def test_a_draft_s_review_notes_come_back_from_the_store(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    cid = store.create_conversation(new_chat().to_dict())
    store.save_draft(cid, {}, sample_draft())
    loaded = Store.open(tmp_path).load_draft(cid)[1]
    assert loaded.review_notes == sample_draft().review_notes
    assert loaded.review_notes[0] not in loaded.text  # kept apart from the body
    assert draft_from_dict({"title": "旧草稿", "sections": []}).review_notes == []  # drafts saved before notes


def test_a_drafting_run_stays_unfinished_until_its_own_draft_is_saved(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    cid = store.create_conversation(new_chat().to_dict())
    assert store.unfinished_draft_run(cid) is None
    store.start_draft_run(cid, "abc123")
    other = sample_draft()
    other.run_id = "another-run"
    store.save_draft(cid, {}, other)
    assert Store.open(tmp_path).unfinished_draft_run(cid) == "abc123"
    store.save_draft(cid, {}, sample_draft())  # run abc123's draft
    assert store.unfinished_draft_run(cid) is None


def test_saving_a_draft_again_replaces_it(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    cid = store.create_conversation(new_chat().to_dict())
    draft = sample_draft()
    store.save_draft(cid, {}, draft)
    draft.sections[0].text = "改过的文字。"
    store.save_draft(cid, {}, draft)
    assert store.load_draft(cid)[1].sections[0].text == "改过的文字。"


def test_deleting_a_conversation_deletes_its_draft(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    keep = store.create_conversation(new_chat().to_dict(), "保留")
    gone = store.create_conversation(new_chat().to_dict(), "删除")
    store.save_draft(gone, {}, sample_draft())
    store.delete_conversation(gone)
    assert [c.id for c in store.list_conversations()] == [keep]
    assert store.load_conversation(gone) is None and store.load_draft(gone) is None


def test_most_recently_changed_conversation_is_listed_first(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    a = store.create_conversation(new_chat().to_dict(), "A")
    b = store.create_conversation(new_chat().to_dict(), "B")
    store.save_conversation(a, new_chat().to_dict(), "A2")
    assert [c.title for c in store.list_conversations()] == ["A2", "B"]
    assert b


def test_unknown_finding_codes_in_old_data_are_dropped_not_fatal() -> None:
    data = draft_to_dict(sample_draft())
    data["findings"].append({"code": "no_such_code", "message": "x", "span": [0, 1]})
    assert len(draft_from_dict(data).findings) == 1


def test_an_unwritable_data_directory_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ConfigError, match="REPORT_ASSISTANT_DATA_DIR"):
        Store.open(blocker / "sub")


def test_no_secret_is_ever_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret-should-not-be-stored")
    store = Store.open(tmp_path)
    cid = store.create_conversation(answer(new_chat(), "项目A").to_dict())
    store.save_draft(cid, {"project_name": "项目A", "year": 2023}, sample_draft())
    assert b"sk-secret" not in (tmp_path / "app.db").read_bytes()


def test_a_drafts_reference_passages_come_back_from_the_store_and_stay_out_of_its_text(tmp_path: Path) -> None:
    from chains.draft.examples import Example

    draft = sample_draft()
    passage = Example("项目预算【金额】万元，执行率【比例】%。", "某县应急管理局", 2022, "应急物资储备项目自评报告", "a.txt", True)
    draft.sections[0].examples = [passage]
    store = Store.open(tmp_path)
    cid = store.create_conversation(new_chat().to_dict())
    store.save_draft(cid, {}, draft)
    loaded = Store.open(tmp_path).load_draft(cid)[1]
    assert loaded.sections[0].examples == [passage]
    assert passage.text not in loaded.text
