"""The drafting pipeline: key figures → scored table → every section drafted → checked draft.

``draft_report(figures, settings)`` builds the outline and the verified base text of every section with
the offline drafter (``chains.draft.offline``), then, when the backend is a model, runs one LCEL chain per
section (``prompt | ChatOpenAI | StrOutputParser``) for all sections **concurrently** on one asyncio
loop. Each prompt carries the figures, the scored table, retrieved example passages, what the other
sections cover, and the section's base text. The outline comes from the spec and never from the model.

Numbers guard: each model section is checked (``chains.check.check``) against the figures, and every
amount, rate, score or count in it must occur in what the model was given as fact (figures, scored table,
base text — not the example passages); error findings its base text does not have get the model re-asked
once with those findings; what remains is returned in ``Draft.findings`` (the whole final text is checked)
with a notice — never hidden. Text written under another section's heading is cut (the outline is fixed).
A failed call (refused, timeout, 429, 5xx, malformed, stream cut, empty or non-Chinese answer) gives
that section its offline text and a visible notice; the figures are never lost.

The 审核意见 (``Draft.review_notes``: figures that disagree, data not used; ``chains.draft.notes``) come
with the offline base draft, stay out of every section's text and are saved with the run's findings.
With ``examples_for`` (``chains.draft.examples``), every section still to be filled gets up to two 参考表述
from past reports in ``SectionDraft.examples`` — beside its text, never in it, so the findings are those of
the draft without them — with the offline drafter as with a model; they are saved in passages.json.

Progress flows out through ``on_event(DraftEvent)`` (no-op by default): ``section_started``, ``token``
(streamed text; a section's final text is in ``section_done``, which may differ after a repair or a
fallback), ``section_done``, ``notice``. Events are emitted on the calling thread (``iter_draft`` turns
them into a generator). Each run is saved under ``settings.data_dir/runs/<run_id>/``
(``chains.draft.runs``); ``run_id=`` resumes one, retrying sections that had fallen back.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from chains.check import check
from chains.draft.examples import ExamplesFor, attach_examples, retrieval_queries
from chains.draft.guard import numbers_guard, repeated_sentences, section_offsets, shift, unsupported_numbers
from chains.draft.markdown import to_markdown
from chains.draft.prompts import passage_dict, system_text
from chains.draft.runs import RunStore
from chains.draft.section import DraftEvent, OnEvent, Run, ignore, model_section, section_sources
from chains.draft.types import Draft, SectionDraft
from chains.figures import Figures
from chains.findings import CheckResult, Finding
from chains.llm import OfflineBackend, OpenAIBackend, build_llm
from chains.settings import Settings

__all__ = ["DraftEvent", "ExamplesFor", "OnEvent", "PassagesFor", "adraft_report", "draft_report", "iter_draft",
           "redraft_section", "retrieval_queries"]

log = logging.getLogger("report_assistant.draft")
PassagesFor = Callable[[str, str], Sequence[Any]]
DEFAULT_SPEC = "project_self_evaluation"
MAX_PASSAGES = 3
#: passages.json keys of the 参考表述 shown under a section (beside the model's passages, keyed by section)
REFERENCE_KEY = "参考表述:"


# -- public API -----------------------------------------------------------------------------------


def draft_report(
    figures: Figures,
    settings: Settings | None = None,
    *,
    backend: OfflineBackend | OpenAIBackend | None = None,
    passages_for: PassagesFor | None = None,
    examples_for: ExamplesFor | None = None,
    on_event: OnEvent | None = None,
    spec: Any = None,
    stream: bool = True,
    run_id: str | None = None,
    max_concurrency: int = 16,
) -> Draft:
    """A complete, checked draft of the report for ``figures``.

    ``backend`` defaults to ``build_llm(settings)``; ``passages_for(section_type, query)`` returns
    example passages for the model's prompts (e.g. ``chains.retrieve.example_phrasing`` with ``k`` bound);
    ``examples_for`` gives the sections still to be filled their 参考表述 (``chains.draft.examples``: shown
    beside the text, never in it, with any backend); ``spec`` is a spec
    name or a loaded ``ReportSpec``; ``run_id`` resumes (or names) the run saved under ``data_dir/runs``.
    """
    return _run_sync(
        lambda: adraft_report(
            figures, settings, backend=backend, passages_for=passages_for, examples_for=examples_for,
            on_event=on_event, spec=spec, stream=stream, run_id=run_id, max_concurrency=max_concurrency,
        )
    )


async def adraft_report(
    figures: Figures,
    settings: Settings | None = None,
    *,
    backend: OfflineBackend | OpenAIBackend | None = None,
    passages_for: PassagesFor | None = None,
    examples_for: ExamplesFor | None = None,
    on_event: OnEvent | None = None,
    spec: Any = None,
    stream: bool = True,
    run_id: str | None = None,
    max_concurrency: int = 16,
) -> Draft:
    """``draft_report`` for callers that already run an event loop."""
    run = _start_run(figures, settings, backend, on_event, spec, stream, run_id)
    # sections a model should have written but that fell back to the template are tried again
    specs = {s.key: s for s in run.spec.sections}
    retry = {k for k, s in run.resumed.items()
             if s.backend == "offline" and run.backend.kind == "llm" and _model_writes(specs.get(k))}
    resumed = {k: s for k, s in run.resumed.items() if k not in retry}
    run.resumed = resumed
    todo = {s.key for s in run.base.sections} - set(resumed)
    return await _draft(run, todo, resumed, passages_for, max_concurrency, examples_for)


def iter_draft(
    figures: Figures,
    settings: Settings | None = None,
    **options: Any,
) -> Iterator[DraftEvent]:
    """``draft_report`` as a generator of events, for ``st.write_stream``-style consumers.

    The draft runs on a worker thread; events are handed over through a queue and yielded on the
    caller's thread, ending with one ``draft_done`` event carrying the ``Draft``. An error raised by the
    run (e.g. ``FiguresError``) is raised here. ``options`` are those of ``draft_report``
    (``on_event`` is taken by this function).
    """
    import queue
    import threading

    events: queue.Queue[tuple[str, Any]] = queue.Queue()

    def work() -> None:
        try:
            draft = draft_report(figures, settings, on_event=lambda e: events.put(("event", e)), **options)
            events.put(("event", DraftEvent("draft_done", text=draft.text, draft=draft)))
        except BaseException as exc:  # handed to the consumer, raised on its thread
            events.put(("error", exc))
        finally:
            events.put(("end", None))

    worker = threading.Thread(target=work, name="draft-report", daemon=True)
    worker.start()
    while True:
        kind, item = events.get()
        if kind == "end":
            break
        if kind == "error":
            raise item
        yield item
    worker.join()


def redraft_section(
    draft: Draft,
    key: str,
    figures: Figures,
    settings: Settings | None = None,
    *,
    backend: OfflineBackend | OpenAIBackend | None = None,
    passages_for: PassagesFor | None = None,
    examples_for: ExamplesFor | None = None,
    on_event: OnEvent | None = None,
    request: str = "",
    stream: bool = True,
) -> Draft:
    """``draft`` with section ``key`` drafted again (``request``: the user's wish, e.g. “写得更简洁”).

    The other sections are kept as they are (with their 参考表述); findings are recomputed on the whole new
    text; with ``examples_for`` the redrafted section gets its 参考表述 again if it is still to be filled.
    """
    if key not in {s.key for s in draft.sections}:
        from chains.errors import InputError

        raise InputError(f"报告中没有章节“{key}”，无法重新起草。")

    async def go() -> Draft:
        run = _start_run(figures, settings, backend, on_event, draft.spec, stream, None)
        run.requests[key] = request.strip()
        kept = {s.key: s for s in draft.sections if s.key != key}
        return await _draft(run, {key}, kept, passages_for, 1, examples_for, only=key)

    return _run_sync(go)


# -- the run ----------------------------------------------------------------------------------------

T = TypeVar("T")


def _run_sync(factory: Callable[[], Awaitable[T]]) -> T:
    """Run a coroutine from sync code, on this thread when no loop is running (callbacks stay here)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(factory())  # type: ignore[arg-type]
    with ThreadPoolExecutor(1) as pool:  # called from inside a running loop (notebook, async app)
        return pool.submit(lambda: asyncio.run(factory())).result()  # type: ignore[arg-type]


def _start_run(
    figures: Figures,
    settings: Settings | None,
    backend: OfflineBackend | OpenAIBackend | None,
    on_event: OnEvent | None,
    spec: Any,
    stream: bool,
    run_id: str | None,
) -> Run:
    from chains.draft.offline import draft_offline
    from chains.draft.spec import load_spec
    from chains.score import score_figures

    figs = figures
    settings = settings or Settings.from_env()
    backend = backend or build_llm(settings)
    spec_obj = load_spec(spec or DEFAULT_SPEC) if spec is None or isinstance(spec, str) else spec
    table = score_figures(figs)
    base = draft_offline(figs, spec_obj, table)
    store = RunStore.open(settings.data_dir, run_id)
    resumed = store.load_sections(figs) if run_id else {}  # before inputs.json is rewritten
    if run_id and not resumed:
        store.clear_sections()  # another attempt with other figures: nothing of it may be reused
    status = backend.status
    store.save_inputs(
        figs,
        str(getattr(spec_obj, "name", spec or DEFAULT_SPEC)),
        {"kind": status.kind, "label": status.label, "detail": status.detail,
         "model": settings.openai_model if backend.kind == "llm" else None,
         "base_url": settings.openai_base_url or None if backend.kind == "llm" else None},
    )
    return Run(figs, settings, backend, spec_obj, table, base, _guarded(on_event), store, stream,
                system_text(spec_obj), resumed=resumed)


def _guarded(on_event: OnEvent | None) -> OnEvent:
    """The caller's callback, made unable to lose a draft: a failing progress display is logged, not fatal.

    Only ``Exception`` is caught: control-flow exceptions (Streamlit's rerun/stop are ``BaseException``)
    still end the run.
    """
    if on_event is None:
        return ignore

    def emit(event: DraftEvent) -> None:
        try:
            on_event(event)
        except Exception:
            log.warning("drafting progress callback failed on %s", event.kind, exc_info=True)

    return emit


def _model_writes(section: Any) -> bool:
    """Sections the model drafts: not a group heading, not template-only, not the table (data, not prose)."""
    return (
        section is not None
        and not getattr(section, "group", False)
        and not getattr(section, "template_only", False)
        and section.section_type != "table"
    )


async def _draft(
    run: Run,
    todo: set[str],
    kept: dict[str, SectionDraft],
    passages_for: PassagesFor | None,
    max_concurrency: int,
    examples_for: ExamplesFor | None = None,
    only: str | None = None,
) -> Draft:
    specs = {s.key: s for s in run.spec.sections}
    notices: list[str] = []
    model_keys = [
        b.key for b in run.base.sections
        if b.key in todo and run.backend.kind == "llm" and _model_writes(specs.get(b.key))
    ]
    if passages_for is not None and model_keys:
        _retrieve(run, [specs[k] for k in model_keys], passages_for, notices)

    results: dict[str, SectionDraft] = dict(kept)
    for b in run.base.sections:  # sections resumed from the run record: announce them as done
        if b.key in run.resumed and b.key in kept:
            s = kept[b.key]
            run.emit(DraftEvent("section_started", s.key, s.title))
            run.emit(DraftEvent("section_done", s.key, s.title, s.text, s))
    for i, b in enumerate(run.base.sections):  # offline and kept sections: no waiting
        if b.key in todo and b.key not in model_keys:
            run.emit(DraftEvent("section_started", b.key, b.title))
            if b.text:
                run.emit(DraftEvent("token", b.key, b.title, b.text))
            results[b.key] = b
            run.emit(DraftEvent("section_done", b.key, b.title, b.text, b))
            run.store.save_section(i, b, {"base_text": b.text})

    if model_keys:
        from chains.llm import async_http_client

        index = {b.key: i for i, b in enumerate(run.base.sections)}
        base = {b.key: b for b in run.base.sections}
        limit = asyncio.Semaphore(max(1, max_concurrency))
        if not isinstance(run.backend, OpenAIBackend):  # pragma: no cover - model_keys is empty then
            raise TypeError("model sections need an OpenAI-compatible backend")
        async with async_http_client() as client:
            model = run.backend.chat_model(http_async_client=client)

            async def one(key: str) -> SectionDraft:
                async with limit:
                    return await model_section(run, model, specs[key], base[key], index[key])

            done = await asyncio.gather(*(one(k) for k in model_keys))
        results.update({s.key: s for s in done})

    sections = [results.get(b.key, b) for b in run.base.sections]
    failed = [s.title for s in sections if s.key in model_keys and s.backend == "offline"]
    if failed:
        notices.append(f"{len(failed)} 个章节模型调用失败，已改用离线模板起草：" + "、".join(failed) + "。")
    for n in notices:
        run.emit(DraftEvent("notice", text=n))
    backend = "llm" if any(s.backend == "llm" for s in sections) else "offline"
    draft = Draft(title=run.base.title, sections=sections, spec=run.base.spec, backend=backend,
                  notices=notices, table=run.table, run_id=run.store.run_id,
                  review_notes=list(run.base.review_notes))
    draft.findings = _findings(draft, run)
    if examples_for is not None:
        _examples(draft, run, examples_for, only)
    passages = {k: [passage_dict(p) for p in v] for k, v in run.passages.items()}
    passages |= {f"{REFERENCE_KEY}{s.key}": [e.to_dict() for e in s.examples] for s in draft.sections if s.examples}
    run.store.save_passages(passages)
    run.store.save_result([f.to_dict() for f in draft.findings], notices, to_markdown(draft), draft.review_notes)
    return draft


def _findings(draft: Draft, run: Run) -> list[Finding]:
    """The checker on the whole text, numbers a model section has from nowhere, and repeated sentences."""
    text = draft.text
    base = {b.key: b for b in run.base.sections}
    unsupported: list[Finding] = []
    for section, start in zip(draft.sections, section_offsets(draft.title, draft.sections), strict=True):
        if section.backend == "llm" and section.key in base:
            unsupported += shift(unsupported_numbers(section.text, section_sources(run, base[section.key])), start)
    found = numbers_guard(check(text, run.figures).findings, unsupported)
    found += repeated_sentences(draft.title, draft.sections)
    return CheckResult(text, found).findings


def _examples(draft: Draft, run: Run, examples_for: ExamplesFor, only: str | None) -> None:
    """The 参考表述 of the sections still to be filled (of section ``only`` when one was redrafted).

    Never touches a section's text, so findings are those of the draft without them; a retrieval error
    is a notice (the draft stands without examples).
    """
    from chains.errors import ReportError

    target = draft if only is None else Draft(title=draft.title, sections=[s for s in draft.sections if s.key == only])
    try:
        attach_examples(target, run.spec, run.figures, examples_for)  # the other sections keep theirs
    except ReportError as err:
        note = f"范文检索不可用（{err}），未给待补充的章节提供参考表述。"
        run.emit(DraftEvent("notice", text=note))
        draft.notices.append(note)


def _retrieve(run: Run, sections: list[Any], passages_for: PassagesFor, notices: list[str]) -> None:
    """Example passages per section, fetched before the concurrent part (retrieval is local and fast)."""
    from chains.errors import ReportError

    base = {b.key: b.text for b in run.base.sections}
    for s in sections:
        try:
            for query in retrieval_queries(run.figures.project_name, s, base.get(s.key, "")):
                run.passages[s.key] = list(passages_for(s.section_type, query))[:MAX_PASSAGES]
                if run.passages[s.key]:
                    break
        except ReportError as err:
            notices.append(f"范文检索不可用（{err}），本次起草未参考往年报告。")
            return
