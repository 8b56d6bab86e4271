"""``report-assistant draft FIGURES.json [-o report.docx|report.md] [--offline]``: a complete, checked draft.

Prints, on stderr: the validation issues of the figures first, the backend, progress per section, notices
(fallbacks, repairs), the findings of the numbers check, then the 审核意见 (notes to verify and data not
used, kept out of the report body; the .docx and .md carry them on a separate last page). The draft goes to ``-o`` (.docx or .md) or,
without ``-o``, as Markdown to stdout.

Unless ``--no-examples``, the sections still to be filled (待补充, 【…】) get up to two 参考表述 from the
indexed past reports (same category first; ``chains.draft.examples``), offline as with a model: a quoted
block in Markdown, a shaded block in Word, each naming its source, its numbers as 【】 slots, never part of
the report text the checker reads. With a model, passages of the index also go into its prompts.

Exit status: 0 when the draft has no error-severity finding, 1 when it has (the draft is still written:
the findings say what to verify), 2 on unusable input (bad figures, unknown output type).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from chains.vocabulary import ISSUE_LABELS, SEVERITY_LABELS


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "draft",
        help="根据关键数据起草完整的绩效自评报告（Word 或 Markdown）",
        description="读取关键数据（JSON），按标准提纲起草《项目支出绩效自评报告》，核对全部数字后导出 Word 或 Markdown。"
        "设置 OPENAI_API_KEY 时由模型起草，否则（或加 --offline）使用离线模板。",
    )
    p.add_argument("figures", type=Path, metavar="FIGURES.json", help="关键数据文件")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="报告.docx|报告.md",
                   help="输出文件（.docx 或 .md）；省略则以 Markdown 输出到屏幕")
    p.add_argument("--offline", action="store_true", help="不调用模型，使用离线模板起草")
    p.add_argument("--spec", default=None, help="报告类型（prompts/specs 下的目录名），默认项目支出绩效自评报告")
    p.add_argument("--no-examples", action="store_true", help="不检索往年报告作为措辞参考")
    return p


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    from chains.cli.common import settings_for
    from chains.errors import InputError
    from chains.ingest.figures_file import load_figures
    from chains.score.validate import validate_figures

    output: Path | None = args.output
    if output is not None and output.suffix.lower() not in (".docx", ".md"):
        raise InputError(f"输出文件 {output} 的类型无法识别：请使用 .docx（Word）或 .md（Markdown）。")
    from chains.draft.spec import load_spec

    spec = load_spec(args.spec) if args.spec else load_spec()  # an unknown report type fails before anything
    figures = load_figures(args.figures)
    settings = settings_for(args)

    issues = validate_figures(figures)
    if issues:
        label = ISSUE_LABELS
        _say("关键数据检查：")
        for p in issues:
            _say(f"  [{label.get(p.severity, p.severity)}] {p.message}")

    from chains.draft import DraftEvent, draft_report
    from chains.llm import build_llm

    backend = build_llm(settings, offline=args.offline)
    _say(f"起草方式：{backend.status}")
    total = len(spec.sections)
    names = {s.key: s.name for s in spec.sections}  # 开头语 and 落款 have no heading
    done: list[str] = []

    def on_event(event: DraftEvent) -> None:
        if event.kind == "section_done" and event.section is not None:
            done.append(event.key)
            how = "模型" if event.section.backend == "llm" else "离线模板"
            _say(f"  [{len(done)}/{total}] {event.title or names.get(event.key, event.key)}（{how}）")
        elif event.kind == "notice" and not event.key:
            _say(f"注意：{event.text}")
        elif event.kind == "notice":
            _say(f"  注意：{event.text}")

    passages_for = None if (args.no_examples or backend.kind == "offline") else _passages_for(settings)
    examples_for = None if args.no_examples else _examples_for(settings)
    draft = draft_report(figures, settings, backend=backend, passages_for=passages_for, examples_for=examples_for,
                         on_event=on_event, spec=spec, stream=True)

    from chains.draft.markdown import to_markdown
    from chains.export import to_docx

    if output is None:
        sys.stdout.write(to_markdown(draft))
    else:
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            if output.suffix.lower() == ".docx":
                output.write_bytes(to_docx(draft))
            else:
                output.write_text(to_markdown(draft), encoding="utf-8")
        except OSError as exc:
            raise InputError(f"无法写入输出文件 {output}：{exc.strerror or exc}") from None
    _report_findings(draft)
    _report_examples(draft)
    _report_notes(draft.review_notes)
    if output is not None:
        _say(f"已写入 {output}（起草记录：{settings.data_dir / 'runs' / str(draft.run_id)}）")
    # 1 when the draft or the figures it came from need correcting (a figure to verify is not a finished report)
    return 1 if any(f.severity == "error" for f in [*draft.findings, *issues]) else 0


def _passages_for(settings: Any) -> Any:
    """Example passages from the retrieval index, opened on first use (errors become a notice)."""

    def passages_for(section_type: str, query: str) -> list[Any]:
        from chains.retrieval.search import example_phrasing

        return example_phrasing(section_type, query, 3, settings=settings)

    return passages_for


def _examples_for(settings: Any) -> Any:
    """参考表述 from the retrieval index, opened on first use (errors become a notice of the draft)."""
    from chains.draft.examples import ExamplesFor, index_examples

    lookup: list[ExamplesFor] = []

    def examples_for(section_type: str, query: str, category: str) -> Any:
        if not lookup:
            from chains.retrieval.search import get_retriever

            lookup.append(index_examples(get_retriever(settings)))
        return lookup[0](section_type, query, category)

    return examples_for


def _report_examples(draft: Any) -> None:
    shown = [s for s in draft.sections if s.examples]
    if shown:
        names = "、".join(s.title or s.key for s in shown)
        _say(f"参考表述：{len(shown)} 个待补充的章节附有往年报告的写法（{names}），数字已换成【】，非本项目数据，采用前请改写。")


def _report_notes(notes: list[str]) -> None:
    if notes:
        _say(f"审核意见（{len(notes)} 条，未写入报告正文）：")
        for i, note in enumerate(notes, 1):
            _say(f"  {i}. {note}")


def _report_findings(draft: Any) -> None:
    findings = draft.findings
    if not findings:
        _say("数字核对：未发现问题。")
        return
    errors = sum(1 for f in findings if f.severity == "error")
    _say(f"数字核对：{errors} 个错误，{len(findings) - errors} 个提示。")
    text = draft.text
    for f in findings:
        quoted = text[f.span[0]: f.span[1]].strip().replace("\n", " ")
        where = f"（“{quoted[:40]}”）" if quoted else ""
        _say(f"  [{SEVERITY_LABELS.get(str(f.severity), f.severity)}] {f.title}：{f.message}{where}")
