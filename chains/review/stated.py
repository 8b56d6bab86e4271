"""What a report says about itself, for the worksheet: project, unit, year, budget, spending, execution
rate, total score and grade — as the report states them, not as the checker computes them.

A best effort over the cleaned text (``chains.ingest.clean``): the name, unit, year and amounts come from
``chains.ingest.metadata``; the rate, total score and grade from the first statement of each in prose
(``预算执行率为100%``, ``自评总分95分``, ``评价等级为优``), else from a table row (``总分｜100｜96｜优``).
A field that cannot be found stays empty rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chains.ingest.clean import clean_text
from chains.ingest.metadata import extract_metadata
from chains.vocabulary import GRADE_SYNONYMS


@dataclass(frozen=True)
class Stated:
    """The report's own figures; amounts in 万元; rate, score and grade as written (``"98.5%"``, ``"96"``, ``"优秀"``)."""

    project: str = ""
    unit: str = ""
    year: int | None = None
    budget: float | None = None
    spent: float | None = None
    rate: str = ""
    total_score: str = ""
    grade: str = ""


#: longer "names" are page furniture read off a web page or a form, not a project's or a unit's name
MAX_NAME = 40
_NUM = r"(\d{1,3}(?:\.\d+)?)"
_RATE = re.compile(r"执行率(?:[为是达到了约]{0,4}|[：:\s]{0,3})" + _NUM + r"\s*[%％]")
_TOTAL_WORDS = r"(?:自评总分|自评得分|总得分|综合得分|得分合计|评价得分|最终得分|绩效得分|总分)"
_TOTAL = re.compile(_TOTAL_WORDS + r"(?:[为是：:\s]|（分）|\(分\)){0,3}" + _NUM + r"\s*分")
_GRADE_LABELS = "|".join(sorted(GRADE_SYNONYMS, key=len, reverse=True))
_GRADE = re.compile(
    r"(?:等级|等次|评价结果|评定为|属于|档次|总体评价|综合评价|自评结果|自评结论|评价结论)"
    rf"[^。\n，,；0-9]{{0,6}}?[“\"「『]?(?P<g>{_GRADE_LABELS})"
    r"(?=[”\"」』]?(?:[，。；、,.;！!\s）)]|$|等级|等次|档次|级))"
)
_CELL = re.compile(r"\s*[｜|]\s*")
_TOTAL_CELL = re.compile(_TOTAL_WORDS + r"|^合计$")


def stated(text: str, source: str = "") -> Stated:
    """The figures ``text`` states (its cleaned reading; spans are not needed here)."""
    cleaned = clean_text(text)
    meta = extract_metadata(cleaned, source)
    score, grade = _table_total(cleaned)
    total = _TOTAL.search(cleaned)
    grade_match = _GRADE.search(cleaned)
    rate = _RATE.search(cleaned)
    return Stated(
        project=meta.project_name if len(meta.project_name) <= MAX_NAME else "",
        unit=meta.department if len(meta.department) <= MAX_NAME else "",
        year=meta.year,
        budget=meta.amounts.get("annual_budget"),
        spent=meta.amounts.get("spent"),
        rate=f"{rate.group(1)}%" if rate else "",
        total_score=total.group(1) if total else score,
        grade=grade_match.group("g") if grade_match else grade,
    )


def _table_total(text: str) -> tuple[str, str]:
    """Score and grade from a 自评表 total row: ``总分｜100｜96｜优`` (分值 then 得分), ``总分｜96``."""
    for line in text.split("\n"):
        if "｜" not in line and "|" not in line:
            continue
        cells = [c for c in _CELL.split(line.strip(" |｜")) if c]
        for k, cell in enumerate(cells):
            if not _TOTAL_CELL.search(cell):
                continue
            rest = cells[k + 1 :]
            numbers = [c for c in rest if re.fullmatch(_NUM, c)]
            grades = [c for c in rest if c in GRADE_SYNONYMS]
            if numbers:
                return numbers[1] if len(numbers) > 1 else numbers[0], grades[0] if grades else ""
    return "", ""
