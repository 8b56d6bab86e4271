"""Grades in tables (I9): "总分｜100｜96｜良" — the grade cell of a total row against the total score in that row, a
"｜评价等级｜良｜" row right after the total row, and in a table of projects (自评得分 and 评价等级, no 分值) each
project's grade against its own score."""

from __future__ import annotations

import re

from chains.check.rules.base import Context
from chains.findings import Finding
from chains.text.table_model import Cell
from chains.vocabulary import GRADE_BAND_NAMES, GRADE_SYNONYMS, grade_of

_GRADE_ROW = re.compile(r"^(?:自评|评价|绩效|考核)?(?:等级|等次|结果)$")


def run(ctx: Context) -> None:
    """"总分｜100｜96｜良": the grade cell of a table's total row against the total score in that row; "｜评价等级｜良｜"
    on the row right after the total row grades that total."""
    for table in ctx.tables:
        rows = table.data_rows()
        # "序号｜项目名称｜…｜自评得分｜评价等级" with no 分值 column: each row is a project graded on its own total
        each = table.header_index is not None and table.col("weight") is None and table.col("score") is not None \
            and any(_GRADE_ROW.match(c.text.strip()) for c in table.rows[table.header_index].cells)
        for k, row in enumerate(rows):
            if not row.is_total() and not each:
                continue
            graded = [g for c in row.cells if (g := _grade_cell(c)) is not None]
            score = table.number(row, "score")
            if score is None:
                numbers = [c.value() for c in row.cells if c.value() is not None]
                score = numbers[-1] if numbers and table.col("score") is None and len(numbers) <= 2 else None
            if not graded and k + 1 < len(rows) and _GRADE_ROW.match(rows[k + 1].label):
                graded = [g for c in rows[k + 1].cells if (g := _grade_cell(c)) is not None]
            if len(graded) != 1 or score is None or score.kind not in ("score", "number") or not 0 <= score.value <= 100:
                continue
            stated, expected = GRADE_SYNONYMS[graded[0].text.strip()], grade_of(score.value)
            if stated != expected:
                ctx.add(
                    Finding(
                        "grade_mismatch",
                        f"{'总分' if row.is_total() else '“' + row.label + '”得分'}{score.raw}对应的等级为{GRADE_BAND_NAMES[expected]}，与表中所写“{graded[0].text.strip()}”不符。",
                        graded[0].span,
                        values={"score": score.raw, "stated": graded[0].text.strip()},
                        expected=expected,
                        related=(score.span,),
                    )
                )


_LABELLED = re.compile(r"^(?:自评|评价|绩效|考核)?(?:等级|等次)[：:]\s*")


def _grade_cell(cell: Cell) -> Cell | None:
    """The cell's grade ("优", or "评价等级：优" with its label in the cell), as a cell of the grade word alone."""
    text = cell.text.strip()
    if text in GRADE_SYNONYMS:
        return cell
    label = _LABELLED.match(text)
    if label is None or text[label.end() :].strip("“”\"") not in GRADE_SYNONYMS:
        return None
    word = text[label.end() :].strip("“”\"")
    at = cell.text.find(word, label.end())
    return Cell(word, (cell.span[0] + at, cell.span[0] + at + len(word)))
