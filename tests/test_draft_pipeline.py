"""The drafting pipeline against a real local OpenAI-compatible server, through the real openai client.

The “model” is ``tests/openai_server.py``: by default it answers each section with the verified base text
from its prompt; responders below make it change numbers, fail, or answer badly. Nothing is patched.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from chains.check import check
from chains.draft import DraftEvent, draft_report, iter_draft, redraft_section
from chains.draft.guard import mostly_chinese
from chains.draft.offline import draft_offline
from chains.draft.spec import load_spec
from chains.draft.types import Draft
from chains.figures import Figures
from chains.ingest.figures_file import load_figures
from chains.llm import build_llm
from chains.settings import Settings
from tests.conftest import DEV
from tests.openai_server import (
    OpenAIServer,
    RecordedRequest,
    Reply,
    base_text,
    change_numbers,
    closed_port,
    echo_base_text,
)

pytestmark = pytest.mark.server

FIGURES = DEV / "figures" / "guangshui-roads-2021.json"  # funds, conclusion and problems carry checkable numbers
SPEC = load_spec("project_self_evaluation")
MODEL_KEYS = [s.key for s in SPEC.sections if not s.group and not s.template_only and s.section_type != "table"]
REPAIR_MARK = "经逐项核对"


@pytest.fixture
def figures() -> Figures:
    return load_figures(FIGURES)


@pytest.fixture
def offline(figures: Figures) -> Draft:
    return draft_offline(figures)


def llm_settings(base_url: str, **kw: object) -> Settings:
    values: dict[str, object] = {"openai_api_key": "sk-test-secret", "openai_base_url": base_url,
                                 "openai_model": "test-model", "llm_timeout": 20.0, "llm_max_retries": 0}
    values.update(kw)
    return replace(Settings.from_env(), **values)  # type: ignore[arg-type]


def section_of(request: RecordedRequest) -> str:
    """The heading of the section a request drafts (from the prompt's “本次撰写的章节”)."""
    m = re.search(r"本次撰写的章节：(.+)", request.prompt)
    return m.group(1).strip() if m else ""


def title_of(key: str) -> str:
    return SPEC.section(key).title


def by_section(server: OpenAIServer) -> dict[str, list[RecordedRequest]]:
    out: dict[str, list[RecordedRequest]] = {}
    for r in server.chat_requests():
        out.setdefault(section_of(r), []).append(r)
    return out


def only_for(key: str, reply: Callable[[RecordedRequest], Reply | str]) -> Callable[[RecordedRequest], Reply | str]:
    """A responder that answers section ``key`` with ``reply`` and every other section with its base text."""
    return lambda req: reply(req) if section_of(req) == title_of(key) else echo_base_text(req)


# -- the whole draft --------------------------------------------------------------------------------


@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
def test_the_model_fills_every_section_of_the_fixed_outline(figures: Figures, offline: Draft, stream: bool) -> None:
    with OpenAIServer() as server:
        draft = draft_report(figures, llm_settings(server.base_url), stream=stream)
    assert [s.key for s in draft.sections] == [s.key for s in SPEC.sections]
    assert [s.title for s in draft.sections] == [s.title for s in SPEC.sections]
    assert {s.key for s in draft.sections if s.backend == "llm"} == set(MODEL_KEYS)
    assert draft.backend == "llm" and draft.notices == []
    assert draft.title == offline.title
    assert draft.text == offline.text  # the echoing “model” kept every verified sentence
    requests = server.chat_requests()
    assert sorted(section_of(r) for r in requests) == sorted(title_of(k) for k in MODEL_KEYS)
    assert {r.stream for r in requests} == {stream}


@pytest.mark.parametrize("name", ["sichuan", "hunan", "shanxi"])
def test_other_report_types_are_drafted_in_their_own_fixed_outline(figures: Figures, name: str) -> None:
    spec = load_spec(name)
    with OpenAIServer() as server:
        draft = draft_report(figures, llm_settings(server.base_url), spec=name)
    assert [s.title for s in draft.sections] == [s.title for s in spec.sections]
    assert draft.text == draft_offline(figures, spec).text
    writable = [s for s in spec.sections if not s.group and not s.template_only and s.section_type != "table"]
    assert sorted(section_of(r) for r in server.chat_requests()) == sorted(s.title for s in writable)
    assert draft.spec == name


def test_group_headings_and_the_table_never_go_to_the_model(figures: Figures) -> None:
    with OpenAIServer() as server:
        draft_report(figures, llm_settings(server.base_url))
    asked = {section_of(r) for r in server.chat_requests()}
    for s in SPEC.sections:
        if s.group or s.section_type == "table":
            assert s.title not in asked


def test_prompts_carry_the_figures_and_the_scored_table_in_chinese(figures: Figures) -> None:
    with OpenAIServer() as server:
        draft_report(figures, llm_settings(server.base_url))
    for r in server.chat_requests():
        system, user = r.messages[0], r.messages[1]
        assert system["role"] == "system" and mostly_chinese(system["content"])
        assert mostly_chinese(r.prompt)
        for fact in ("乡村道路建设养护项目", "广水市交通运输局", "309.0", "300公里", "95.0", "优", "绩效自评表"):
            assert fact in user["content"], (section_of(r), fact)
        assert "总分：95.00；评价等级：优" in user["content"]
        assert base_text(r) is not None  # the verified base text rides along


def test_each_prompt_says_what_the_other_sections_cover(figures: Figures) -> None:
    with OpenAIServer() as server:
        draft_report(figures, llm_settings(server.base_url))
    funds = by_section(server)[title_of("funds")][0].prompt
    scope = funds.split("本章节不要重复这些内容）：", 1)[1].split("关键数据", 1)[0]
    assert f"- {title_of('overview')}：{SPEC.section('overview').covers}" in scope
    assert f"- {title_of('conclusion')}：{SPEC.section('conclusion').covers}" in scope
    assert f"- {title_of('funds')}：" not in scope  # not itself
    assert SPEC.section("funds").instruction.splitlines()[0] in funds  # its own instruction file


def test_retrieved_passages_reach_the_prompt_and_the_run_record(figures: Figures) -> None:
    asked: list[tuple[str, str]] = []

    def passages_for(section_type: str, query: str) -> list[dict[str, str]]:
        asked.append((section_type, query))
        return [{"text": f"范文（{section_type}）：本单位严格执行专项资金管理办法，做到专款专用。", "source": "seed.txt"}]

    with OpenAIServer() as server:
        draft = draft_report(figures, llm_settings(server.base_url), passages_for=passages_for)
    # one look-up per section: the first (most specific) query found something
    assert sorted(t for t, _ in asked) == sorted(SPEC.section(k).section_type for k in MODEL_KEYS)
    assert all("乡村道路建设养护项目" in q for _, q in asked)
    funds_query = next(q for t, q in asked if t == "funds")
    assert SPEC.section("funds").covers in funds_query and "309.00万元" in funds_query
    funds = by_section(server)[title_of("funds")][0].prompt
    assert "范文（funds）：本单位严格执行专项资金管理办法" in funds
    record = Settings.from_env().data_dir / "runs" / str(draft.run_id) / "passages.json"
    assert json.loads(record.read_text(encoding="utf-8"))["funds"][0]["source"] == "seed.txt"


def test_when_the_specific_query_finds_nothing_a_general_one_is_tried(figures: Figures) -> None:
    asked: list[str] = []

    def passages_for(section_type: str, query: str) -> list[str]:
        asked.append(query)
        return ["范文：资金使用情况良好。"] if query.startswith(title_of("funds")) else []

    with OpenAIServer() as server:
        draft_report(figures, llm_settings(server.base_url), passages_for=passages_for)
    assert "范文：资金使用情况良好。" in by_section(server)[title_of("funds")][0].prompt
    assert f"{title_of('funds')} {SPEC.section('funds').covers}" in asked


def test_an_unavailable_index_is_a_notice_not_a_failure(figures: Figures) -> None:
    from chains.errors import IndexUnavailable

    def passages_for(section_type: str, query: str) -> list[str]:
        raise IndexUnavailable("索引尚未建立。")

    with OpenAIServer() as server:
        draft = draft_report(figures, llm_settings(server.base_url), passages_for=passages_for)
    assert draft.backend == "llm"
    assert any("范文检索不可用" in n and "索引尚未建立" in n for n in draft.notices)


def test_sections_are_drafted_concurrently(figures: Figures) -> None:
    with OpenAIServer(latency=1.0) as server:
        draft_report(figures, llm_settings(server.base_url))
    requests = server.chat_requests()
    assert len(requests) == len(MODEL_KEYS)
    # every request started before any finished: all sections were in flight together
    assert max(r.started for r in requests) < min(r.finished for r in requests if r.finished is not None)


def test_concurrency_can_be_bounded(figures: Figures) -> None:
    with OpenAIServer(latency=0.2) as server:
        draft_report(figures, llm_settings(server.base_url), max_concurrency=1)
    requests = sorted(server.chat_requests(), key=lambda r: r.started)
    assert all(a.finished is not None and a.finished <= b.started for a, b in zip(requests, requests[1:], strict=False))


# -- streaming events -------------------------------------------------------------------------------


def test_streamed_tokens_and_section_events_reach_the_callback(figures: Figures) -> None:
    events: list[DraftEvent] = []
    with OpenAIServer(chunk_size=6) as server:
        draft = draft_report(figures, llm_settings(server.base_url), on_event=events.append, stream=True)
    for s in draft.sections:
        kinds = [e.kind for e in events if e.key == s.key]
        assert kinds[0] == "section_started" and kinds[-1] == "section_done"
        tokens = [e.text for e in events if e.key == s.key and e.kind == "token"]
        assert "".join(tokens) == s.text
        done = [e for e in events if e.key == s.key and e.kind == "section_done"][0]
        assert done.section == s and done.text == s.text
    funds_tokens = [e for e in events if e.key == "funds" and e.kind == "token"]
    assert len(funds_tokens) > 3 and all(e.text for e in funds_tokens)  # streamed in pieces, no empty strings


def test_a_failing_progress_callback_does_not_lose_the_draft(figures: Figures) -> None:
    calls: list[str] = []

    def broken(event: DraftEvent) -> None:
        calls.append(event.kind)
        raise RuntimeError("display gone")

    with OpenAIServer() as server:
        draft = draft_report(figures, llm_settings(server.base_url), on_event=broken)
    assert draft.backend == "llm" and len(draft.sections) == len(SPEC.sections)
    assert calls.count("section_done") == len(SPEC.sections)


def test_drafting_works_from_inside_a_running_event_loop(figures: Figures) -> None:
    async def inside() -> Draft:
        with OpenAIServer() as server:
            return draft_report(figures, llm_settings(server.base_url))

    assert asyncio.run(inside()).backend == "llm"


# -- endpoint failures: the offline text, a visible notice, figures never lost ------------------------

FAULTS = [
    ("refuse", "无法连接"),
    ("timeout", "超时"),
    ("stall", "超时"),
    ("429", "429"),
    ("500", "500"),
    ("malformed", "格式无效"),
    ("bad_shape", "格式无效"),
    ("cut", "中断"),
]


@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
@pytest.mark.parametrize(("mode", "reason"), FAULTS, ids=[f[0] for f in FAULTS])
def test_a_failing_endpoint_falls_back_to_the_offline_text_with_a_notice(
    figures: Figures, offline: Draft, mode: str, reason: str, stream: bool
) -> None:
    if mode == "refuse":
        draft = draft_report(figures, llm_settings(f"http://127.0.0.1:{closed_port()}/v1"), stream=stream)
    else:
        hangs = mode in ("timeout", "stall")  # a short timeout only where the server hangs on purpose
        with OpenAIServer(mode=mode, hang_seconds=5) as server:
            settings = llm_settings(server.base_url, llm_timeout=0.5 if hangs else 20.0)
            draft = draft_report(figures, settings, stream=stream)
    assert draft.text == offline.text  # every figure is there, as the offline drafter wrote it
    assert draft.backend == "offline"
    for s in draft.sections:
        if s.key in MODEL_KEYS:
            assert s.backend == "offline"
            assert len(s.notices) == 1 and "模型调用失败" in s.notices[0] and reason in s.notices[0]
    assert len(draft.notices) == 1 and f"{len(MODEL_KEYS)} 个章节模型调用失败" in draft.notices[0]


def test_one_failing_section_falls_back_alone(figures: Figures, offline: Draft) -> None:
    responder = only_for("funds", lambda req: Reply(mode="500"))
    with OpenAIServer(responder=responder) as server:
        draft = draft_report(figures, llm_settings(server.base_url))
    funds = next(s for s in draft.sections if s.key == "funds")
    assert funds.backend == "offline" and "500" in funds.notices[0]
    assert funds.text == next(s for s in offline.sections if s.key == "funds").text
    assert {s.key for s in draft.sections if s.backend == "llm"} == set(MODEL_KEYS) - {"funds"}
    assert draft.backend == "llm"
    assert draft.notices == [f"1 个章节模型调用失败，已改用离线模板起草：{title_of('funds')}。"]


@pytest.mark.parametrize(
    ("answer", "reason"),
    [("", "没有返回任何内容"), ("The project was completed on time and within budget.", "不是中文")],
    ids=["empty", "english"],
)
def test_an_empty_or_non_chinese_answer_is_not_accepted(figures: Figures, answer: str, reason: str) -> None:
    with OpenAIServer(responder=only_for("overview", lambda req: answer)) as server:
        draft = draft_report(figures, llm_settings(server.base_url))
    overview = next(s for s in draft.sections if s.key == "overview")
    assert overview.backend == "offline" and reason in overview.notices[0]
    assert "乡村道路建设养护项目由广水市交通运输局组织实施" in overview.text


def test_a_repeated_heading_and_markdown_marks_are_removed(figures: Figures) -> None:
    def answer(req: RecordedRequest) -> str:
        return f"## {title_of('overview')}\n\n**{base_text(req)}**"

    with OpenAIServer(responder=only_for("overview", answer)) as server:
        draft = draft_report(figures, llm_settings(server.base_url))
    overview = next(s for s in draft.sections if s.key == "overview")
    assert overview.backend == "llm"
    assert not overview.text.startswith(("#", title_of("overview"))) and "**" not in overview.text


def test_text_the_model_writes_under_another_heading_is_cut_with_a_notice(figures: Figures) -> None:
    def answer(req: RecordedRequest) -> str:
        return f"{base_text(req)}\n{title_of('management')}\n本单位成立了项目领导小组，负责统筹实施。"

    events: list[DraftEvent] = []
    with OpenAIServer(responder=only_for("funds", answer)) as server:
        draft = draft_report(figures, llm_settings(server.base_url), on_event=events.append)
    funds = next(s for s in draft.sections if s.key == "funds")
    assert funds.backend == "llm" and "领导小组" not in funds.text
    assert [s.title for s in draft.sections] == [s.title for s in SPEC.sections]
    assert any(e.kind == "notice" and e.key == "funds" and title_of("management") in e.text for e in events)
    assert any(title_of("management") in n and "已删去" in n for n in funds.notices)


# -- the numbers guard ---------------------------------------------------------------------------------


def test_changed_numbers_are_re_asked_once_and_repaired(figures: Figures, offline: Draft) -> None:
    def model(req: RecordedRequest) -> str:
        text = base_text(req) or ""
        return text if REPAIR_MARK in req.last_user else change_numbers(text)

    with OpenAIServer(responder=only_for("funds", model)) as server:
        draft = draft_report(figures, llm_settings(server.base_url))
    first, second = by_section(server)[title_of("funds")]
    assert "316.00万元" in first.prompt or "316" not in first.prompt  # the first answer is what was asked about
    assert REPAIR_MARK in second.last_user and "与关键数据不一致" in second.last_user
    assert any(m["role"] == "assistant" and "316.00万元" in m["content"] for m in second.messages)
    funds = next(s for s in draft.sections if s.key == "funds")
    assert funds.backend == "llm"
    assert funds.text == next(s for s in offline.sections if s.key == "funds").text
    assert "改正后核对通过" in funds.notices[0]
    assert "figure_mismatch" not in {f.code for f in draft.findings}


def test_numbers_the_model_will_not_fix_are_returned_as_findings_never_hidden(figures: Figures) -> None:
    model = only_for("funds", lambda req: change_numbers(base_text(req) or ""))
    with OpenAIServer(responder=model) as server:
        draft = draft_report(figures, llm_settings(server.base_url))
    assert len(by_section(server)[title_of("funds")]) == 2  # re-asked exactly once
    funds = next(s for s in draft.sections if s.key == "funds")
    assert "316.00万元" in funds.text
    assert "仍有" in funds.notices[0] and "请人工核对" in funds.notices[0]
    mismatches = [f for f in draft.findings if f.code == "figure_mismatch"]
    assert mismatches and all(f.severity == "error" for f in mismatches)
    assert any("316.00" in draft.text[f.span[0]: f.span[1]] for f in mismatches)


def test_a_number_copied_from_an_example_passage_is_re_asked_and_never_hidden(figures: Figures) -> None:
    def passages_for(section_type: str, query: str) -> list[str]:
        return ["范文：全年预算数2.38万元，全年执行数2.38万元，预算执行率100%。"]

    def model(req: RecordedRequest) -> str:
        return f"{base_text(req)}\n参照往年，另有专项资金2.38万元全部到位。"

    with OpenAIServer(responder=only_for("funds", model)) as server:
        draft = draft_report(figures, llm_settings(server.base_url), passages_for=passages_for)
    first, second = by_section(server)[title_of("funds")]
    assert "2.38万元" in second.last_user and "不得自行编造" in second.last_user
    funds = next(s for s in draft.sections if s.key == "funds")
    assert "仍有" in funds.notices[0]
    copied = [f for f in draft.findings if f.values.get("stated") == "2.38万元"]
    assert len(copied) == 1 and copied[0].code == "figure_mismatch"
    assert draft.text[copied[0].span[0]: copied[0].span[1]] == "2.38万元"


def test_a_number_the_user_asked_for_in_a_redraft_is_allowed(figures: Figures) -> None:
    draft = draft_report(figures)
    with OpenAIServer(responder=lambda req: f"{base_text(req)}\n全年共检查养护路段120处。") as server:
        again = redraft_section(draft, "funds", figures, llm_settings(server.base_url),
                                request="补充：全年共检查养护路段120处")
    assert len(server.chat_requests()) == 1  # no re-ask
    assert not [f for f in again.findings if f.values.get("stated") == "120处"]


def test_a_failed_repair_call_falls_back_to_the_offline_text(figures: Figures, offline: Draft) -> None:
    def model(req: RecordedRequest) -> Reply | str:
        return Reply(mode="500") if REPAIR_MARK in req.last_user else change_numbers(base_text(req) or "")

    with OpenAIServer(responder=only_for("funds", model)) as server:
        draft = draft_report(figures, llm_settings(server.base_url))
    funds = next(s for s in draft.sections if s.key == "funds")
    assert funds.backend == "offline" and "模型调用失败" in funds.notices[0]
    assert funds.text == next(s for s in offline.sections if s.key == "funds").text


def test_every_draft_is_checked_offline_ones_too(figures: Figures, offline: Draft) -> None:
    draft = draft_report(figures)  # no key: the offline backend from the same factory
    assert draft.backend == "offline" and build_llm(Settings.from_env()).kind == "offline"
    assert draft.text == offline.text
    assert {f.code for f in draft.findings} >= {f.code for f in check(offline.text, figures).findings}


def test_sentences_repeated_across_sections_are_flagged(figures: Figures) -> None:
    boiler = "本单位高度重视项目绩效管理工作，严格按照有关规定组织实施。"
    with OpenAIServer(responder=lambda req: f"{base_text(req)}\n{boiler}") as server:
        draft = draft_report(figures, llm_settings(server.base_url))
    repeats = [f for f in draft.findings if f.code == "boilerplate_text"]
    assert len(repeats) == len(MODEL_KEYS) - 1  # every repeat after the first occurrence
    for f in repeats:
        assert draft.text[f.span[0]: f.span[1]] == boiler
        assert draft.text[f.related[0][0]: f.related[0][1]] == boiler
        assert f.severity == "warning"


# -- run records, resuming, one section again -----------------------------------------------------------


def test_each_run_is_saved_so_every_number_can_be_traced(figures: Figures) -> None:
    with OpenAIServer() as server:
        draft = draft_report(figures, llm_settings(server.base_url))
    run = Settings.from_env().data_dir / "runs" / str(draft.run_id)
    inputs = json.loads((run / "inputs.json").read_text(encoding="utf-8"))
    assert inputs["figures"] == figures.to_dict()
    assert inputs["backend"]["kind"] == "llm" and inputs["backend"]["model"] == "test-model"
    saved = sorted((run / "sections").glob("*.json"))
    assert len(saved) == len(SPEC.sections)
    funds = json.loads(next(p for p in saved if p.name.endswith("_funds.json")).read_text(encoding="utf-8"))
    assert funds["backend"] == "llm" and funds["attempts"][0]["text"] == funds["text"]
    assert funds["base_text"] == funds["text"]
    assert "findings" in json.loads((run / "findings.json").read_text(encoding="utf-8"))
    assert (run / "draft.md").read_text(encoding="utf-8").strip()
    for path in run.rglob("*"):
        if path.is_file():
            assert "sk-test-secret" not in path.read_text(encoding="utf-8")  # never the key


def test_a_run_resumes_from_its_saved_sections(figures: Figures) -> None:
    with OpenAIServer(responder=lambda req: f"{base_text(req)}（模型稿）") as server:
        first = draft_report(figures, llm_settings(server.base_url))
    # the endpoint is gone now: a resumed run needs it for nothing
    again = draft_report(figures, llm_settings(f"http://127.0.0.1:{closed_port()}/v1"), run_id=first.run_id)
    assert again.text == first.text and again.backend == "llm" and again.notices == []


def test_a_resumed_run_tries_the_sections_that_fell_back_again(figures: Figures) -> None:
    with OpenAIServer(responder=only_for("funds", lambda req: Reply(mode="500"))) as server:
        first = draft_report(figures, llm_settings(server.base_url))
    assert next(s for s in first.sections if s.key == "funds").backend == "offline"
    with OpenAIServer() as server:
        again = draft_report(figures, llm_settings(server.base_url), run_id=first.run_id)
    assert [section_of(r) for r in server.chat_requests()] == [title_of("funds")]
    assert next(s for s in again.sections if s.key == "funds").backend == "llm"
    assert again.notices == []


def test_a_run_does_not_resume_with_other_figures(figures: Figures) -> None:
    with OpenAIServer(responder=lambda req: f"{base_text(req)}（模型稿）") as server:
        first = draft_report(figures, llm_settings(server.base_url))
    changed = Figures.from_dict({**figures.to_dict(), "project_name": "另一个项目"})
    again = draft_report(changed, llm_settings(f"http://127.0.0.1:{closed_port()}/v1"), run_id=first.run_id)
    assert "另一个项目" in again.text and again.backend == "offline"


def test_one_section_can_be_drafted_again_with_the_users_wish(figures: Figures) -> None:
    draft = draft_report(figures)  # offline first
    with OpenAIServer(responder=lambda req: f"{base_text(req)}（已精简）") as server:
        again = redraft_section(draft, "funds", figures, llm_settings(server.base_url), request="写得更简洁")
    (request,) = server.chat_requests()
    assert section_of(request) == title_of("funds") and "写得更简洁" in request.prompt
    for old, new in zip(draft.sections, again.sections, strict=True):
        if new.key == "funds":
            assert new.backend == "llm" and new.text.endswith("（已精简）")
        else:
            assert new == old
    assert again.run_id != draft.run_id


def test_redrafting_an_unknown_section_is_a_clear_error(figures: Figures) -> None:
    from chains.errors import InputError

    with pytest.raises(InputError, match="没有章节"):
        redraft_section(draft_report(figures), "nope", figures)


def test_figures_from_a_dict_are_read_once_at_the_edge(figures: Figures, tmp_path: Path) -> None:
    """Past the edges figures are the ``Figures`` model only (issue 9): a dict becomes one where it arrives."""
    assert draft_report(Figures.from_dict(figures.to_dict())).text == draft_offline(figures).text


def test_iter_draft_yields_the_events_then_the_draft(figures: Figures) -> None:
    with OpenAIServer() as server:
        events = list(iter_draft(figures, llm_settings(server.base_url)))
    assert events[-1].kind == "draft_done" and events[-1].draft is not None
    draft = events[-1].draft
    assert draft.backend == "llm"
    assert [e.key for e in events if e.kind == "section_done"] != []
    assert {e.key for e in events if e.kind == "section_done"} == {s.key for s in draft.sections}


def test_iter_draft_raises_the_runs_error_on_the_callers_thread(figures: Figures) -> None:
    from chains.errors import ConfigError

    with pytest.raises(ConfigError, match="找不到报告类型"):  # raised inside the run, while it loads the outline
        list(iter_draft(figures, spec="没有这种报告"))


def test_passages_from_the_real_index_reach_the_prompts(figures: Figures, tmp_path: Path) -> None:
    import shutil

    from chains.draft.prompts import PASSAGE_CHARS
    from chains.retrieval.index import open_index
    from chains.retrieval.search import Retriever

    reports = tmp_path / "reports"
    reports.mkdir()
    for case in sorted((DEV / "cases").glob("*-clean.txt")):
        shutil.copy(case, reports / case.name.replace("-clean", ""))
    settings = replace(Settings.from_env(), data_dir=tmp_path / "index-data")
    index = open_index(settings)
    index.index_paths([reports])
    retriever = Retriever(index)
    got: dict[str, list[str]] = {}

    def passages_for(section_type: str, query: str) -> list[object]:
        results = retriever.example_phrasing(section_type, query, 3)
        got[section_type] = [r.text for r in results]
        return list(results)

    with OpenAIServer() as server:
        draft_report(figures, llm_settings(server.base_url), passages_for=passages_for)
    assert got["funds"], "the index holds funds passages"
    funds_prompt = by_section(server)[title_of("funds")][0].prompt
    for text in got["funds"]:
        assert text.strip()[:PASSAGE_CHARS] in funds_prompt
