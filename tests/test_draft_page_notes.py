"""The 起草 page, driven through ``AppTest``: the 审核意见 are a panel of their own, never in the body, and the
参考表述 under a section still to be filled are a block apart that enters the section only when accepted.

The page indexes ``corpus/`` on first use (the app's default corpus), so the passages are real ones.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from chains.check import check
from chains.figures import Figures
from chains.ui.draft_view import NOTES_LABEL
from tests.conftest import CHAT_ANSWERS

ROOT = Path(__file__).resolve().parent.parent
NOTES_PREFIX = NOTES_LABEL.split("{")[0]  # "审核意见（"


def app(**query: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.query_params.update(query)
    return at.run()


def no_failure(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not [e.value for e in at.error if "意外错误" in e.value]


def drafted(answers: list[str]) -> AppTest:
    at = app()
    for text in answers:
        at.chat_input[0].set_value(text).run()
        no_failure(at)
    at.button(key="generate").click().run()
    no_failure(at)
    return at


def notes_panel(at: AppTest):  # noqa: ANN201 - streamlit's testing element type
    panels = [e for e in at.expander if e.label.startswith(NOTES_PREFIX)]
    assert len(panels) == 1, [e.label for e in at.expander]
    return panels[0]


def section_bodies(at: AppTest) -> str:
    return "\n".join(t.value for t in at.text_area)


@pytest.fixture(autouse=True)
def _cwd(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # corpus/ and .streamlit/ are found relative to the project


@pytest.fixture(scope="module")
def answers() -> list[str]:
    # without 资金来源: the drafter leaves notes to verify (and the sections it cannot fill get 参考表述)
    return [*CHAT_ANSWERS[:4], "跳过", *CHAT_ANSWERS[5:]]


def test_review_notes_are_a_panel_of_their_own_and_never_in_the_body(answers: list[str]) -> None:
    at = drafted(answers)
    draft = at.session_state["draft"]
    assert draft.review_notes, "these figures leave something to verify"
    panel = notes_panel(at)
    assert panel.label == NOTES_LABEL.format(n=len(draft.review_notes)) and "不属于报告正文" in panel.label
    shown = "\n".join(m.value for m in panel.markdown)
    for i, note in enumerate(draft.review_notes, 1):
        assert f"{i}. {note}" in shown
        assert note not in draft.text  # never in what the checker reads
        assert note not in section_bodies(at)  # nor in any section the user edits


def test_the_notes_panel_comes_back_with_the_draft_in_a_fresh_session(answers: list[str]) -> None:
    at = drafted(answers)
    notes = list(at.session_state["draft"].review_notes)
    fresh = app(c=at.session_state["cid"])
    no_failure(fresh)
    panel = notes_panel(fresh)
    assert panel.label == NOTES_LABEL.format(n=len(notes))
    assert fresh.session_state["draft"].review_notes == notes  # the Word download carries them again


def test_a_reference_passage_is_a_block_apart_and_accepting_it_puts_it_in_the_section(answers: list[str]) -> None:
    at = drafted(answers)
    draft = at.session_state["draft"]
    figures = Figures.from_dict(at.session_state["chat"]["figures"])
    i, section = next((i, s) for i, s in enumerate(draft.sections) if s.examples)
    example = section.examples[0]
    blocks = [m.value for m in at.markdown if example.label in m.value]
    assert blocks and not re.search(r"[0-9０-９]", example.text)
    assert example.text not in section_bodies(at)  # shown, not yet part of the section
    before = len(section.examples)

    at.button(key=f"accept_{i}_0").click().run()
    no_failure(at)
    draft = at.session_state["draft"]
    assert example.text in draft.sections[i].text and example.text in section_bodies(at)
    assert len(draft.sections[i].examples) == before - 1  # the accepted one is no longer offered
    # the checker now reads the passage, with the figures
    assert [f.to_dict() for f in draft.findings] == [f.to_dict() for f in check(draft.text, figures).findings]
