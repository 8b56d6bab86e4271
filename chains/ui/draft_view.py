"""What the draft area and the critique list show: finding lines, how sections are laid out, re-checks.

Pure decisions the page used to make itself: which sections are group headings, which open, what each
finding line says, and that an edited section re-runs the checker over the whole draft; the 审核意见 panel
(notes to the drafter, never in the body) and the 参考表述 under a section still to be filled, which enter
the section (and the checker's reading) only when the user accepts one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from chains.draft.examples import Example, ExamplesFor, index_examples
from chains.draft.examples import accept_example as _accept
from chains.draft.types import Draft
from chains.figures import Figures
from chains.findings import Finding
from chains.ui.highlight import findings_within, section_bodies

#: how the page names the text printed without a heading (the spec's ``label``)
_UNTITLED = {"opening": "开头语", "signature": "落款"}
_BADGE = {"错误": ":red-badge[错误]", "提示": ":orange-badge[提示]", "信息": ":blue-badge[信息]"}


def finding_line(finding: Finding) -> str:
    """One markdown list item under a drafted section: title, message, expected value."""
    expected = f"（应为 **{finding.expected}**）" if finding.expected else ""
    return f"- **{finding.title}**：{finding.message}{expected}"


def review_line(row: dict[str, Any]) -> str:
    """One line of the critique's problem list from a ``highlight.finding_rows`` row."""
    badge = _BADGE.get(str(row["级别"]), ":orange-badge[提示]")
    expected = f"　应为 **{row['应为']}**" if row["应为"] else ""
    return f"{badge} **[{row['序号']}] {row['类型']}**：{row['说明']}{expected}"


@dataclass
class SectionView:
    index: int
    title: str
    text: str
    findings: list[Finding]  # spans re-based to ``text``
    group_heading: bool  # an empty heading that only groups the sub-sections after it
    expanded: bool
    label: str  # expander label, with the number of problems
    examples: list[Example] = field(default_factory=list)  # 参考表述, shown apart from the text


def section_views(draft: Draft) -> list[SectionView]:
    """The drafted sections in order, each with its findings and how it is shown."""
    out = []
    bodies = section_bodies(draft)
    for i, (section, (start, end)) in enumerate(zip(draft.sections, bodies, strict=False)):
        found = findings_within(draft.findings, start, end)
        following = draft.sections[i + 1] if i + 1 < len(draft.sections) else None
        group = not section.text and following is not None and following.level > section.level
        name = section.title or _UNTITLED.get(section.key, "（无标题段落）")
        label = name + (f"　:red[:material/error: {len(found)} 处问题]" if found else "")
        expanded = bool(found) or i < 2 or bool(section.examples)
        out.append(SectionView(i, section.title, section.text, found, group, expanded, label, list(section.examples)))
    return out


def split_findings(draft: Draft) -> tuple[list[Finding], list[Finding]]:
    """(errors, everything else) of a draft's findings."""
    errors = [f for f in draft.findings if f.severity == "error"]
    return errors, [f for f in draft.findings if f.severity != "error"]


def ensure_checked(draft: Draft, figures: Figures | None) -> Draft:
    """A draft always carries the checker's findings (drafters that did not check get checked here)."""
    if not draft.findings:
        from chains.check import check

        draft.findings = check(draft.text, figures).findings
    return draft


def edit_section(draft: Draft, i: int, text: str, figures: Figures | None) -> Draft:
    """Replace section ``i``'s text and re-check the whole draft against the figures."""
    from chains.check import check
    from chains.draft.examples import to_fill

    section = draft.sections[i]
    section.text = text
    if not to_fill(section):  # filled in: the 参考表述 have served
        section.examples = []
    draft.findings = check(draft.text, figures).findings
    return draft


def accept_example(draft: Draft, i: int, j: int, figures: Figures | None) -> Draft:
    """The user takes 参考表述 ``j`` of section ``i``: it joins the section's text, 【】 slots and all, and
    the checker runs over the whole draft with the figures, as after any edit."""
    return _accept(draft, i, j, figures)


def reference_markdown(example: Example) -> str:
    """A 参考表述 as the page shows it: its label (source; not this project's data) over the quoted passage."""
    quoted = "\n>\n".join(f"> {ln.strip()}" for ln in example.text.splitlines() if ln.strip())
    return f":blue-background[**{example.label}**]\n\n{quoted}"


def examples_lookup(retriever: Any) -> ExamplesFor | None:
    """The 参考表述 lookup over the app's retriever (None when the index could not be opened)."""
    return index_examples(retriever) if retriever is not None else None


#: heading of the 审核意见 panel: what the notes are and that they are not part of the report
NOTES_LABEL = "审核意见（{n} 条）：供起草人核实，不属于报告正文"


def review_notes_of(draft: Draft, figures: dict[str, Any] | None) -> list[str]:
    """The draft's 审核意见; a draft reloaded without them gets them again from the figures it was drafted
    from (the notes depend on those alone), so the panel and the Word appendix never lose them."""
    if draft.review_notes or not figures:
        return draft.review_notes
    from chains.draft.notes import review_notes
    from chains.errors import ReportError
    from chains.score import score_figures

    try:
        figs = Figures.from_dict(figures)
        draft.review_notes = review_notes(figs, score_figures(figs))
    except (ReportError, ValueError, TypeError):
        return []
    return draft.review_notes


def review_notes_markdown(notes: list[str]) -> str:
    """The 审核意见 as a numbered list (the panel's body)."""
    return "\n".join(f"{i}. {note}" for i, note in enumerate(notes, 1))


def backend_label(draft: Draft) -> str:
    return "模型" if draft.backend == "llm" else "离线模板"


@dataclass
class DraftProgress:
    """Turns the drafter's streamed events into what the status box shows.

    ``update(event)`` returns ("live", markdown of the section being written), ("done", the line of finished
    sections), ("notice", a warning) or None for events with nothing to show.
    """

    done: list[str] = field(default_factory=list)
    current: dict[str, str] = field(default_factory=dict)
    tail: int = 600

    def update(self, event: Any) -> tuple[str, str] | None:
        kind = getattr(event, "kind", "")
        title = getattr(event, "title", "") or getattr(event, "key", "")
        if kind == "section_started":
            self.current[title] = ""
        elif kind == "token":
            self.current[title] = self.current.get(title, "") + (getattr(event, "text", "") or "")
            return "live", f"**{title}**\n\n{self.current[title][-self.tail:]}"
        elif kind == "section_done":
            self.current.pop(title, None)
            self.done.append(title)
            return "done", "　".join(f":green[:material/check:] {t}" for t in self.done)
        elif kind == "notice" and getattr(event, "text", ""):
            return "notice", str(event.text)
        return None
