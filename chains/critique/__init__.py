"""The reviewer's critique: the number checker's findings plus quality warnings (errors.md codes 15–27).

``critique(text, figures=None, corpus_texts=None) -> CheckResult`` runs ``chains.check.check`` and adds
what a reviewer sees that is not arithmetic: missing figures and sections, broken heading numbering,
Word/PDF residue and template text, boilerplate repeated within the report or copied from other reports,
effect claims with no figure, statements that contradict each other, indicators defined the wrong way.
These are all ``warning`` (or ``info``) severity, never ``error``: they never touch the checker's
precision. ``outline_coverage(text)`` tells the app which standard sections are present, missing or empty.
Pure: no I/O; spans are offsets into ``text`` exactly as given.

The detectors live in ``chains.critique.missing`` (missing figures, numbering, conversion residue),
``chains.critique.claims`` (vague claims, contradictions, indicator definitions) and
``chains.critique.boilerplate``; this module runs them and owns the outline coverage and missing sections.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chains.check import check, judge, read
from chains.critique.boilerplate import boilerplate
from chains.critique.claims import contradictions, indicator_definitions, vague_claims
from chains.critique.missing import (
    BOOKMARK,
    PUNCT_WS,
    TEMPLATE_DESC,
    conversion_artifacts,
    grade_without_score,
    heading_numbering,
    missing_figures,
    whole_report,
)
from chains.figures import Figures
from chains.findings import CheckResult, Finding
from chains.text.markup import plain
from chains.text.outline import Heading, parse_headings, title_types
from chains.text.report_tables import find_tables

if TYPE_CHECKING:  # pragma: no cover
    from chains.critique.suggestions import Suggestion
    from chains.llm import OfflineBackend, OpenAIBackend
    from chains.settings import Settings

__all__ = ["critique", "outline_coverage", "STANDARD_SECTIONS", "suggest"]

#: The minimum content of a self-evaluation report (rules.md §2), in order, with Chinese names.
STANDARD_SECTIONS: tuple[tuple[str, str], ...] = (
    ("overview", "项目概况"),
    ("basis", "立项依据"),
    ("goals", "绩效目标"),
    ("funds", "资金情况（预算、到位、执行）"),
    ("financial_management", "财务管理情况"),
    ("implementation", "组织实施及项目管理"),
    ("outputs", "产出（完成）情况"),
    ("benefits", "效益情况"),
    ("satisfaction", "满意度情况"),
    ("conclusion", "自评结论（总分和等级）"),
    ("problems", "存在的问题"),
    ("suggestions", "改进措施和建议"),
    ("table", "项目支出绩效自评表"),
)

#: Sections whose absence is a warning when the text does not cover them elsewhere either; the pattern
#: is the evidence that the content is there without its own heading.
_REQUIRED: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("overview", "basis"), "项目概况", r"项目|单位"),
    (("goals",), "绩效目标", r"目标"),
    (("funds",), "资金情况", r"预算|资金|经费"),
    (("financial_management", "implementation"), "资金管理和组织实施", r"管理|组织|实施|监管|核算|专款专用"),
    (("outputs", "benefits", "satisfaction"), "绩效完成情况", r"完成|产出|效益|实现"),
    (("conclusion",), "自评结论", r"自评得分|总分|得分|等级|评价结论|自评结论|综合评价|评价为"),
    (("problems",), "存在的问题", r"问题|不足|差距|不够|不完善|有待|偏低|滞后|薄弱|单一"),
    (("suggestions",), "改进措施和建议", r"建议|改进|整改|下一步|措施"),
)


def critique(
    text: str,
    figures: Figures | None = None,
    corpus_texts: Mapping[str, str] | None = None,
) -> CheckResult:
    """The checker's findings on ``text`` plus the quality warnings of a reviewer (the text is read once)."""
    ctx = read(text, figures)
    base = judge(ctx) if plain(text) is None else check(text, figures)  # a web page's markup: read through it
    headings = parse_headings(text)
    found: list[Finding] = list(base.findings)
    found += missing_figures(text, ctx, headings)
    found += grade_without_score(text, ctx)
    found += _missing_sections(text, headings)
    found += heading_numbering(text)
    found += conversion_artifacts(text, headings)
    found += boilerplate(text, headings, corpus_texts or {})
    found += vague_claims(text, headings, ctx.mentions)
    found += contradictions(text, ctx.mentions)
    found += indicator_definitions(text, ctx)
    return CheckResult(text, _dedupe(found, len(text)))


def suggest(
    text: str,
    settings: Settings | None = None,
    *,
    backend: OfflineBackend | OpenAIBackend | None = None,
) -> list[Suggestion]:
    """The model's suggestions per section (``chains.critique_suggest.suggest``; imported only when called,
    so the critique itself never loads langchain). ``[]`` with the offline backend; ``BackendError`` when
    the endpoint fails."""
    from chains.critique.suggestions import suggest as suggest_sections

    return suggest_sections(text, settings, backend=backend)


# -- outline coverage -------------------------------------------------------------------------------


def _subtree_end(headings: list[Heading], k: int, n: int) -> int:
    """Where the section of heading ``k`` ends: at the next heading of the same or a higher level."""
    level = headings[k].level
    for h in headings[k + 1 :]:
        if h.level <= level:
            return h.span[0]
    return n


def _is_empty_body(body: str) -> bool:
    body = BOOKMARK.sub("", body)
    m = TEMPLATE_DESC.match(body)
    body = body[m.end() :] if m else body
    return len(PUNCT_WS.sub("", body)) == 0


def _heading_states(text: str, headings: list[Heading]) -> list[tuple[Heading, bool]]:
    """Each heading with whether its section (incl. sub-sections) has any content."""
    out: list[tuple[Heading, bool]] = []
    for k, h in enumerate(headings):
        end = _subtree_end(headings, k, len(text))
        # sub-headings alone are not content: keep the text between them
        pieces, pos = [], h.span[1]
        for sub in headings[k + 1 :]:
            if sub.span[0] >= end:
                break
            pieces.append(text[pos : sub.span[0]])
            pos = sub.span[1]
        pieces.append(text[pos:end])
        out.append((h, not all(_is_empty_body(p) for p in pieces)))
    return out


_COMBINED = frozenset({"problems", "suggestions", "conclusion"})


def outline_coverage(text: str) -> list[dict[str, Any]]:
    """For each standard section type: ``present`` / ``empty`` / ``missing``, with the heading found.

    Each dict: ``section_type``, ``name`` (Chinese), ``status``, ``heading`` (title as written or ""),
    ``span`` (``[start, end)`` of that heading or None), ``mentioned`` (for a missing section: whether the
    text covers it without a heading of its own, e.g. the funds figures inside 项目概况).
    """
    # numbered list items (level 3–4 with long titles) do not make a section
    states = [
        (h, f) for h, f in _heading_states(text, parse_headings(text)) if h.level <= 2 or len(h.title) <= 15
    ]
    states.sort(key=lambda hf: (hf[0].level, hf[0].span[0]))
    out: list[dict[str, Any]] = []
    for kind, name in STANDARD_SECTIONS:
        own = [(h, full) for h, full in states if h.section_type == kind]
        if not own and kind in _COMBINED:  # "存在的问题及改进措施" covers the suggestions too
            own = [(h, full) for h, full in states if kind in title_types(h.title)]
        if not own and kind == "table":
            tables = [
                t
                for t in find_tables(text)
                if {"target", "actual"} <= set(t.roles.values())
                or {"weight", "score"} <= set(t.roles.values())
            ]
            if tables:
                out.append(
                    {
                        "section_type": kind,
                        "name": name,
                        "status": "present",
                        "heading": "",
                        "span": list(tables[0].span),
                        "mentioned": True,
                    }
                )
                continue
        if own:
            h, _ = next(((h, f) for h, f in own if f), own[0])
            status = "present" if any(f for _, f in own) else "empty"
            out.append(
                {
                    "section_type": kind,
                    "name": name,
                    "status": status,
                    "heading": h.title,
                    "span": [h.span[0], h.span[1]],
                    "mentioned": True,
                }
            )
        else:
            out.append(
                {
                    "section_type": kind,
                    "name": name,
                    "status": "missing",
                    "heading": "",
                    "span": None,
                    "mentioned": _mentioned(text, kind),
                }
            )
    return out


def _mentioned(text: str, kind: str) -> bool:
    for kinds, _, pattern in _REQUIRED:
        if kind in kinds:
            return re.search(pattern, text) is not None
    return False


def _missing_sections(text: str, headings: list[Heading]) -> list[Finding]:
    out: list[Finding] = []
    states = _heading_states(text, headings)
    for h, full in states:
        # numbered list items (1、… （1）…) are not sections; only 一、 and （一） level headings must have a body
        if not full and h.level <= 2:
            out.append(
                Finding(
                    "missing_section",
                    f"标题“{h.title}”下没有内容，请补写该部分或删除标题。",
                    h.span,
                    values={"heading": h.title},
                )
            )
    if not whole_report(headings):
        return out
    covered = {k for h, f in states for k in title_types(h.title) | {h.section_type}}
    for kinds, name, pattern in _REQUIRED:
        if covered & set(kinds) or re.search(pattern, text):
            continue
        out.append(
            Finding(
                "missing_section",
                f"报告缺少“{name}”部分，正文也未述及，请按标准提纲补充。",
                (0, 0),
                values={"section": name},
            )
        )
    return out


def _dedupe(findings: list[Finding], n: int) -> list[Finding]:
    seen: set[tuple[str, int, int, str]] = set()
    out: list[Finding] = []
    for f in findings:
        key = (f.code, f.span[0], f.span[1], f.message)
        if key in seen or f.span[1] > n:
            continue
        seen.add(key)
        out.append(f)
    return out
