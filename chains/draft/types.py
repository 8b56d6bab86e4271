"""Data types of a drafted report, shared by the drafters, the numbers guard, export and the app."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from chains.findings import Finding

if TYPE_CHECKING:
    from chains.draft.examples import Example

Backend = Literal["offline", "llm"]


@dataclass
class SectionDraft:
    """One section of the outline, drafted. ``key`` is the section id from the spec in ``prompts/``."""

    key: str
    title: str  # heading as printed, with its number, e.g. "一、项目基本情况"; "" for text without a heading
    level: int  # 1 = 一、, 2 = （一）
    text: str  # body text (may be "" for a heading that only groups sub-sections)
    backend: Backend = "offline"
    notices: list[str] = field(default_factory=list)  # e.g. "模型调用失败，已改用离线模板"
    #: 参考表述: passages of past reports offered for a section still to be filled (``chains.draft.examples``);
    #: never part of ``text``, so the checker never reads them until the user accepts one
    examples: list[Example] = field(default_factory=list)


@dataclass
class Draft:
    """A whole report. ``text`` is what the checker reads and what export writes."""

    title: str
    sections: list[SectionDraft]
    spec: str = "project_self_evaluation"
    backend: Backend = "offline"
    notices: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    table: Any = None  # the scored 绩效自评表 (chains.score.ScoreTable) when figures allow
    run_id: str | None = None  # the drafting run's record under data_dir/runs/<run_id>/ (chains.draft)
    #: the 审核意见: notes to the drafter (待核实：…, 未使用的数据：…), kept apart from the body (chains.draft.notes)
    review_notes: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The report as the checker reads it: title, then each section's heading (if any) and body."""
        parts = [self.title, ""]
        for s in self.sections:
            if s.title:
                parts.append(s.title)
            if s.text:
                parts.append(s.text)
        return "\n".join(parts).rstrip() + "\n"
