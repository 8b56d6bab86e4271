"""Grades in tables (I9): "总分｜100｜96｜良" — the grade cell of a total row against the total score in that row, a
"｜评价等级｜良｜" row right after the total row, and in a table of projects (自评得分 and 评价等级, no 分值) each
project's grade against its own score."""

from __future__ import annotations

import re

from chains.check.rules.base import Context
from chains.findings import Finding
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
            graded = [c for c in row.cells if c.text.strip() in GRADE_SYNONYMS]
            score = table.number(row, "score")
            if score is None:
                numbers = [c.value() for c in row.cells if c.value() is not None]
                score = numbers[-1] if numbers and table.col("score") is None and len(numbers) <= 2 else None
            if not graded and k + 1 < len(rows) and _GRADE_ROW.match(rows[k + 1].label):
                graded = [c for c in rows[k + 1].cells if c.text.strip() in GRADE_SYNONYMS]
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
