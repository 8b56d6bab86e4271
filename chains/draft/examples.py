"""Example phrasing for the sections still to be filled: passages of past reports, numbers made slots.

A section still to be filled is one whose text has a placeholder (待补充, 【…】: ``chains.vocabulary``).
Under it the drafter shows up to ``MAX_EXAMPLES`` passages of the same section type from the indexed
past reports, those of the same category as the project first. Each ``Example`` names its source (unit,
year, title) and has every number of the other project replaced by a 【】 slot, so nothing of another
report's data can pass as this project's.

Examples live in ``SectionDraft.examples``, never in ``SectionDraft.text``: the draft's text (what the
checker reads) is the same with or without an index. They become text only when the user accepts one
(``accept_example``), and the checker then runs on it with the figures like on any edit.

The lookup (``index_examples``) is built over a ``chains.retrieval.search.Retriever``; the drafting
pipeline only needs ``ExamplesFor``: ``(section_type, query, category) → [Example]``, best first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from chains.draft.types import Draft, SectionDraft
from chains.figures import Figures
from chains.text.numbers import Mention, extract_numbers
from chains.vocabulary import is_placeholder, says_nothing

MAX_EXAMPLES = 2
QUERY_CHARS = 200
#: what a block of reference phrasing is called wherever it is shown (page, Markdown, Word)
REFERENCE = "参考表述"
#: the slot written for each kind of number (``chains.text.numbers`` kinds)
SLOTS = {"money": "金额", "percent": "比例", "score": "分值", "count": "数量", "year": "年份", "date": "日期",
         "number": "数值"}  # fmt: skip
_CN_ORDINALS = "一二三四五六七八九十"
_DIGITS = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
_NUMERALS = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟点"


@dataclass(frozen=True)
class Example:
    """A passage of a past report offered as phrasing: ``text`` with its numbers as 【】 slots."""

    text: str
    unit: str  # the department that wrote the report
    year: int | None
    title: str
    source: str  # the file in the index
    same_category: bool = False

    @property
    def label(self) -> str:
        """参考表述（来自：单位，年度，标题；非本项目数据，采用前请改写）"""
        year = f"{self.year}年度" if self.year else "年度不详"
        return (f"{REFERENCE}（来自：{self.unit or '单位不详'}，{year}，{self.title or self.source}；"
                "非本项目数据，采用前请改写）")

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "unit": self.unit, "year": self.year, "title": self.title,
                "source": self.source, "same_category": self.same_category}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Example:
        return cls(str(data.get("text", "")), str(data.get("unit", "")), data.get("year"),
                   str(data.get("title", "")), str(data.get("source", "")), bool(data.get("same_category")))


#: ``(section_type, query, category) → examples``, best first (``index_examples``)
ExamplesFor = Callable[[str, str, str], Sequence[Example]]


# -- numbers → slots ------------------------------------------------------------------------------


def slot_numbers(text: str) -> str:
    """``text`` with every number (amounts, rates, counts, scores, years, dates) replaced by a 【】 slot.

    The numbers are those ``extract_numbers`` reads; the words around a number stay (不低于【比例】%,
    【金额】万元, 【数量】人次), a date or a year becomes one slot. Numbering at the start of a line
    (1、 （2）) is written in Chinese numerals instead, so the list stays a list. Digits the extractor
    does not read as a number (a document number such as 〔2020〕10号) become a slot too: no digit is left.
    """
    out: list[str] = []
    pos = 0
    for m in extract_numbers(text):
        if m.start < pos:
            continue
        out.append(text[pos:m.start])
        out.append(_slot(text, m))
        pos = m.end
    out.append(text[pos:])
    return _DIGITS.sub("【数值】", "".join(out))


def _slot(text: str, m: Mention) -> str:
    """The slot for mention ``m``: the words written around its numeral (不低于, 万元, 人次, 以上) stay."""
    if m.kind == "number" and _is_list_number(text, m):
        return _CN_ORDINALS[int(m.value) - 1]
    slot = f"【{SLOTS.get(m.kind, '数值')}】"
    raw, unit = m.raw, m.written_unit
    if m.kind in ("date", "year"):
        return slot + ("年度" if raw.endswith("年度") else "")
    if unit == "百分之":
        return raw[:raw.find("百分之")] + "百分之" + slot
    first = next((i for i, ch in enumerate(raw) if ch.isdigit() or ch in _NUMERALS), 0)
    if unit and raw.rfind(unit) > first:
        return raw[:first] + slot + raw[raw.rfind(unit):]
    last = max((i for i, ch in enumerate(raw) if ch.isdigit() or ch in _NUMERALS or ch in ".．,，"), default=first)
    return raw[:first] + slot + raw[last + 1:]


def _is_list_number(text: str, m: Mention) -> bool:
    line_start = text.rfind("\n", 0, m.start) + 1
    before = text[line_start:m.start].strip()
    after = text[m.end:m.end + 1]
    whole = m.value == m.value.to_integral_value()
    return before in ("", "（", "(") and after in ("、", "．", ".", "）", ")") and whole and 0 < int(m.value) <= 10


# -- which sections, which passages -------------------------------------------------------------------


def to_fill(section: SectionDraft, spec_section: Any = None) -> bool:
    """Whether a section is still to be filled: its text has a placeholder, and it is prose (not a group
    heading, not a template-only part such as the 落款 or the 自评表)."""
    if spec_section is not None and (getattr(spec_section, "group", False) or getattr(spec_section, "template_only", False)
                                     or getattr(spec_section, "section_type", "") == "table"):
        return False
    return is_placeholder(section.text)


def retrieval_queries(project_name: str, section: Any, base_text: str) -> list[str]:
    """What to look up for a section, most specific first: the project, what the section covers and its
    verified base text without the 待补充 notes; then just its heading and scope."""
    lines = [ln for ln in base_text.splitlines() if not ln.startswith(("待补充", "待核实"))]
    covers = str(getattr(section, "covers", "") or "")
    content = " ".join(x for x in (project_name, covers, " ".join(lines)[:QUERY_CHARS]) if x)
    general = " ".join(x for x in (section.title, covers) if x)
    return [content, general] if general != content else [content]


def attach_examples(draft: Draft, spec: Any, figures: Figures, examples_for: ExamplesFor,
                    limit: int = MAX_EXAMPLES) -> None:
    """Give every section still to be filled up to ``limit`` examples, same category first (in place).

    Retrieval errors (``ReportError``) propagate: the caller turns them into a notice.
    """
    specs = {s.key: s for s in getattr(spec, "sections", [])}
    category = str(figures.category or "")
    for section in draft.sections:
        sec = specs.get(section.key)
        section.examples = []
        if sec is None or not to_fill(section, sec):
            continue
        found: dict[str, Example] = {}
        for query in example_queries(figures.project_name, sec, section.text):
            for e in examples_for(sec.section_type, query, category):
                found.setdefault(e.source, e)  # one passage per report, the best query's
            if len(found) >= limit and any(e.same_category for e in found.values()):
                break
        ranked = sorted(found.values(), key=lambda e: not e.same_category)  # stable: rank kept within a tier
        section.examples = ranked[:limit]


def example_queries(project_name: str, section: Any, base_text: str) -> list[str]:
    """``retrieval_queries``, then the project with the section's heading, then the heading alone: the
    heading is what past reports share with a section that is still mostly 待补充."""
    title = str(getattr(section, "title", "") or "")
    more = [f"{project_name} {title}".strip(), title]
    return list(dict.fromkeys(q for q in [*retrieval_queries(project_name, section, base_text), *more] if q))


def accept_example(draft: Draft, i: int, j: int, figures: Figures | None) -> Draft:
    """Put example ``j`` of section ``i`` into the section (slots and all, after its text) and re-check
    the whole draft against ``figures``: from now on the checker reads it like any other text."""
    from chains.check import check

    section = draft.sections[i]
    example = section.examples[j]
    section.text = (section.text.rstrip("\n") + "\n" + example.text).strip("\n")
    section.examples = [e for k, e in enumerate(section.examples) if k != j]
    draft.findings = check(draft.text, figures).findings
    return draft


# -- the lookup over the index ------------------------------------------------------------------------


def index_examples(retriever: Any, k: int = MAX_EXAMPLES) -> ExamplesFor:
    """``ExamplesFor`` over a ``Retriever``: passages of the section type, first among the reports of the
    project's category, then among all; one passage per report; passages that say nothing skipped."""
    from chains.retrieval.search import Filters

    def lookup(section_type: str, query: str, category: str) -> list[Example]:
        own = Filters(category=category).category
        tiers = [Filters(category=own), Filters()] if own else [Filters()]
        picked: dict[str, Any] = {}
        for flt in tiers:
            for res in retriever.example_phrasing(section_type, query, k * 3, flt):
                text = substance(res.text)
                if res.source not in picked and text:
                    picked[res.source] = (res, text)
            if len(picked) >= k:
                break
        reports = _reports_by_source(retriever, list(picked))
        out = []
        for source, (res, text) in picked.items():
            rep = reports.get(source)
            out.append(Example(
                text=slot_numbers(text), unit=getattr(rep, "department", "") or "", year=res.year,
                title=getattr(rep, "title", "") or res.heading or "", source=source,
                same_category=bool(own) and getattr(rep, "category", "") == own,
            ))
        return out

    return lookup


def substance(passage: str) -> str:
    """The passage without a trailing 落款 (unit and date lines); "" when what is left says nothing."""
    lines = [ln.strip() for ln in passage.strip().splitlines()]
    while lines and (not lines[-1] or (len(lines[-1]) <= 30 and not re.search(r"[，。；：,;]", lines[-1]))):
        lines.pop()
    text = "\n".join(ln for ln in lines if ln)
    return "" if says_nothing(text) or len(text) < 10 else text


def _reports_by_source(retriever: Any, sources: list[str]) -> dict[str, Any]:
    """The stored reports (unit, title, category) of the indexed files ``sources``."""
    if not sources:
        return {}
    store = retriever.index.store
    keys = {src: key for key, (src, _hash) in store.manifest().items() if src in sources}
    by_key = store.reports_by_key(list(keys.values()))
    return {src: by_key[key] for src, key in keys.items() if key in by_key}
