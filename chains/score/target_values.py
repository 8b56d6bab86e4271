"""Reading one 年度指标值 / 实际完成值 cell for scoring: direction, value, unit (rules §5, glossary).

A thin adapter over ``chains.numbers.extract_numbers``: a cell with one number (and possibly a
comparator in front or 以上/以内 behind) is quantitative; a cell without a number is qualitative; a
date cell is a deadline. Cells with several numbers ("≥90%且≤95%") are not read as quantitative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from chains.text.numbers import extract_numbers

Direction = Literal["gte", "lte", "eq", "qualitative"]

_LTE_WORDS = ("不高于", "不超过", "以内", "控制在", "以下", "≤", "＜", "<")
_GTE_WORDS = ("不低于", "不少于", "以上", "达到", "≥", "＞", ">")


@dataclass(frozen=True)
class ParsedValue:
    value: Decimal  # normalised (money in 万元), as ``chains.text.numbers`` gives it
    unit: str  # "%", "万元", "次", "" …
    direction: Literal["gte", "lte", "eq"]


def parse_value(cell: str | None) -> ParsedValue | None:
    """The quantitative value of a cell, or ``None`` when it is text, a date, empty or ambiguous."""
    if not cell or not cell.strip():
        return None
    mentions = [m for m in extract_numbers(cell) if m.kind not in ("date", "year")]
    if len(mentions) != 1 or parse_date(cell) is not None:
        return None
    m = mentions[0]
    comparator = m.comparator
    if comparator is None:
        if any(w in cell for w in _LTE_WORDS):
            comparator = "lte"
        elif any(w in cell for w in _GTE_WORDS):
            comparator = "gte"
        else:
            comparator = "eq"
    if comparator not in ("gte", "lte", "eq"):
        comparator = "eq"
    value = m.value
    if cell[: m.span[0]].rstrip().endswith(("-", "－", "−", "负")):
        value = -value  # chains.text.numbers reads magnitudes; a sign in a table cell matters here
    return ParsedValue(value=value, unit=m.unit if m.unit != "number" else "", direction=comparator)  # type: ignore[arg-type]


_DATE_RE = re.compile(r"((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*(?:[月\-/.]\s*(\d{1,2})\s*[日号]?)?")


def parse_date(cell: str | None) -> date | None:
    """A deadline cell (“2021年12月31日”, “2021年12月”, “2021-12-31”) as a date (month end when no day)."""
    if not cell:
        return None
    m = _DATE_RE.search(cell)
    if not m:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    if not 1 <= month <= 12:
        return None
    day = int(m.group(3)) if m.group(3) else _month_end(year, month)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days
