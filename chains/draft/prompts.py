"""What the model is told for one section: the prompt files in ``prompts/drafting/`` filled with the
figures, the scored table, retrieved passages, the other sections' scope and the verified base text.

Pure text building; langchain's ``ChatPromptTemplate`` is imported only inside ``section_prompt``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chains.figures import Figures
from chains.findings import Finding

if TYPE_CHECKING:  # pragma: no cover
    from langchain_core.prompts import ChatPromptTemplate

PROMPTS = Path(str(resources.files("chains") / "prompts" / "drafting"))
PASSAGE_CHARS = 400
NONE = "（无）"


def prompt_file(name: str) -> str:
    return (PROMPTS / f"{name}.md").read_text(encoding="utf-8").strip()


def system_text(spec: Any = None) -> str:
    """The spec's own system prompt (``prompts/specs/<name>/system.md``) when it has one, plus our drafting rules."""
    head = str(getattr(spec, "system", "") or "").strip() or prompt_file("system")
    return head + "\n\n" + prompt_file("rules")


def section_prompt(system: str, *, repair: bool = False) -> ChatPromptTemplate:
    """system + section request (+ the model's first answer and the findings, when re-asking)."""
    from langchain_core.prompts import ChatPromptTemplate, SystemMessagePromptTemplate

    # the system text is literal (it may contain braces): never parsed as a template
    system_message = SystemMessagePromptTemplate.from_template("{system}").format(system=system)
    messages: list[Any] = [system_message, ("human", prompt_file("section"))]
    if repair:
        messages += [("ai", "{first_answer}"), ("human", prompt_file("repair"))]
    return ChatPromptTemplate.from_messages(messages)


def section_instruction(section: Any) -> str:
    """The section's instruction text; ``instruction`` may hold the text or name a file under ``prompts/``."""
    raw = str(getattr(section, "instruction", "") or "").strip()
    if raw and "\n" not in raw and raw.endswith((".md", ".txt")):
        for base in (PROMPTS.parent, PROMPTS):
            path = base / raw
            if path.is_file():
                return path.read_text(encoding="utf-8").strip()
    return raw or "按标准格式撰写本章节。"


def other_sections_scope(sections: Sequence[Any], key: str) -> str:
    """One line per other section: its heading and what it covers (first line of its instruction)."""
    lines = []
    sections = [s for s in sections if not getattr(s, "group", False)]
    for s in sections:
        if s.key == key:
            continue
        scope = str(getattr(s, "covers", "") or "").strip()
        if not scope and getattr(s, "instruction", ""):
            scope = section_instruction(s).splitlines()[0]
        if not s.title:  # 开头语, 落款: not a section the reader looks things up in
            continue
        lines.append(f"- {s.title}" + (f"：{scope}" if scope else ""))
    return "\n".join(lines) or NONE


def figures_json(figures: Figures) -> str:
    data = figures.to_dict()
    for k in ("source_url", "source_title", "published", "notes"):
        data.pop(k, None)  # provenance, not facts for the report
    return json.dumps(data, ensure_ascii=False, indent=1)


def _n(v: Decimal | None, suffix: str = "") -> str:
    """Two decimals, rounded half up, as the offline drafter and the table print them."""
    if v is None:
        return "—"
    from chains.score import q2

    return f"{q2(Decimal(v))}{suffix}"


def table_text(table: Any, unit: str = "万元") -> str:
    """The scored table as plain lines (execution row, indicator rows, total and grade)."""
    if table is None:
        return NONE
    ex = getattr(table, "execution", None)
    lines = []
    if ex is not None:
        lines.append(
            f"预算执行：全年预算数 {_n(ex.annual, unit)}，全年执行数 {_n(ex.spent, unit)}，"
            f"执行率 {_n(ex.rate, '%')}，分值 {_n(ex.weight)}，得分 {_n(ex.score_used)}"
        )
    lines.append("一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分")
    for r in getattr(table, "rows", []):
        lines.append(
            " | ".join(
                [r.level1 or "—", r.level2 or "—", r.name, r.target or "—", r.actual or "—",
                 _n(r.weight), _n(r.score_used)]
            )
        )
    lines.append(f"总分：{_n(getattr(table, 'total', None))}；评价等级：{getattr(table, 'grade', None) or '—'}")
    problems = [p.message for p in getattr(table, "problems", [])]
    if problems:
        lines.append("数据问题（须在报告中如实说明，不得掩盖）：" + "；".join(problems))
    return "\n".join(lines)


def passages_text(passages: Iterable[Any]) -> str:
    out = []
    for i, p in enumerate(passages, 1):
        text = passage_text(p)
        if text:
            out.append(f"[{i}] {text[:PASSAGE_CHARS]}")
    return "\n".join(out) or NONE


def passage_text(p: Any) -> str:
    if isinstance(p, str):
        return p.strip()
    if isinstance(p, dict):
        return str(p.get("text", "")).strip()
    return str(getattr(p, "text", "") or getattr(p, "page_content", "")).strip()


def passage_dict(p: Any) -> dict[str, Any]:
    """A passage as JSON for the run record."""
    if hasattr(p, "to_dict"):
        return dict(p.to_dict())
    if isinstance(p, dict):
        return dict(p)
    return {"text": passage_text(p)}


def findings_text(findings: Iterable[Finding], text: str) -> str:
    """The findings as numbered Chinese lines quoting the words at fault, for the re-ask."""
    lines = []
    for i, f in enumerate(findings, 1):
        quoted = text[f.span[0]: f.span[1]].strip()
        line = f"{i}. {f.title}：{f.message}"
        if quoted:
            line += f"（原文：“{quoted[:60]}”）"
        if f.expected:
            line += f"，应为 {f.expected}"
        lines.append(line)
    return "\n".join(lines)


def section_inputs(
    *,
    report_title: str,
    section: Any,
    sections: Sequence[Any],
    figures: Figures,
    table: Any,
    passages: Sequence[Any],
    base_text: str,
) -> dict[str, str]:
    """The variables of ``prompts/drafting/section.md`` for one section."""
    return {
        "report_title": report_title,
        "section_title": section.title,
        "instruction": section_instruction(section),
        "other_sections": other_sections_scope(sections, section.key),
        "unit": figures.money_unit,
        "figures": figures_json(figures),
        "table": table_text(table, figures.money_unit),
        "passages": passages_text(passages),
        "base_text": base_text or "（本章节无基础稿，请依据关键数据撰写；缺少的数据写“待补充：……”。）",
    }
