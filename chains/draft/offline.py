"""The offline drafter: every section filled from its template in ``prompts/``, figures and computed values.

The default backend when no model is configured and the fallback when the endpoint fails. It invents
nothing: where the figures are silent the text says 待补充：… or leaves a 【…】 slot; where they disagree,
or give data the drafter does not know, it says so in ``Draft.review_notes`` (the 审核意见, kept apart
from the body). Pure apart from reading the spec files (cached).
"""

from __future__ import annotations

from typing import Any

from chains.draft.notes import review_notes
from chains.draft.spec import ReportSpec, SectionSpec, load_spec
from chains.draft.types import Draft, SectionDraft
from chains.draft.variables import build_context
from chains.figures import Figures
from chains.score import ScoreTable, score_figures


def _spec(spec: ReportSpec | str | None) -> ReportSpec:
    if spec is None:
        return load_spec()
    if isinstance(spec, str):
        return load_spec(spec)
    return spec


def draft_section_offline(
    figures: Figures,
    section: SectionSpec,
    table: ScoreTable | None = None,
    context: dict[str, Any] | None = None,
) -> SectionDraft:
    """One section alone (the app regenerates sections one at a time). ``context`` may be passed to reuse it."""
    table = table if table is not None else score_figures(figures)
    ctx = context if context is not None else build_context(figures, table)
    return SectionDraft(
        key=section.key,
        title=section.title,
        level=section.level,
        text=section.render(ctx),
        backend="offline",
    )


def draft_offline(
    figures: Figures, spec: ReportSpec | str | None = None, table: ScoreTable | None = None
) -> Draft:
    """A complete draft in the spec's outline; group headings carry no text of their own."""
    report_spec = _spec(spec)
    table = table if table is not None else score_figures(figures)
    ctx = build_context(figures, table)
    sections = [draft_section_offline(figures, s, table, ctx) for s in report_spec.sections]
    return Draft(
        title=report_spec.render_title(ctx),
        sections=sections,
        spec=report_spec.name,
        backend="offline",
        table=table,
        review_notes=review_notes(figures, table),
    )
