"""What the draft area and the critique list show: finding lines, how sections are laid out, re-checks.

Pure decisions the page used to make itself: which sections are group headings, which open, what each
finding line says, and that an edited section re-runs the checker over the whole draft.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

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
        out.append(SectionView(i, section.title, section.text, found, group, bool(found) or i < 2, label))
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

    draft.sections[i].text = text
    draft.findings = check(draft.text, figures).findings
    return draft


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
