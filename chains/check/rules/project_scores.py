"""The average of the projects' scores a department's report states beside its table of them (I10):

    我馆对4个项目全部开展了绩效自评，自评得分在88分至98分之间，平均得分95.75分。
    序号｜项目名称｜全年预算（万元）｜执行数（万元）｜执行率｜自评得分｜自评等级
    …

The stated average, within a few lines before or after a table with a score column and no weight column (one score
per project, each ≤ 100), is their plain mean or, failing that, their mean weighted by each row's budget; else
``average_mismatch``. Read only when every row gives a score and no total row gives one."""

from __future__ import annotations

import re

from chains.check.rules import list_averages, table_averages
from chains.check.rules.base import HUNDRED, Context, agrees, fmt
from chains.findings import Finding
from chains.text.numbers import Mention, mentions_within
from chains.text.table_model import Row, Table
from chains.vocabulary import LAST_YEAR

_AVERAGE = re.compile(r"平均(?:自评)?(?:得分|分)(?:为|是)?\s*$")
_REACH = 200  # characters either side of the table


def run(ctx: Context) -> None:
    if "平均" not in ctx.text:
        return
    found = [t for t in (_project_table(ctx, table) for table in ctx.tables) if t is not None]
    for table, rows, scores in found:
        said = [m for m in (*mentions_within(ctx.mentions, max(0, table.span[0] - _REACH), table.span[0]),
                            *mentions_within(ctx.mentions, table.span[1], min(len(ctx.text), table.span[1] + _REACH)))
                if _average(ctx, m)]
        if not said and len(found) == 1:
            # "本部门对5个项目开展了自评，各项目平均自评得分93.8分" paragraphs away: the projects' average, of the one table
            said = [m for m in ctx.mentions if _average(ctx, m) and "项目" in ctx.text[max(0, m.start - 16) : m.start]]
        if len(said) != 1 or _counted(ctx, said[0]) not in (None, len(rows)):
            continue  # ("5个项目平均自评得分93.46分" beside a table of three: another list's average)
        _judge(ctx, table, rows, scores, said[0])


_COUNTED = re.compile(r"(\d+)个(?:项目|子项目)")


def _counted(ctx: Context, m: Mention) -> int | None:
    """How many projects the sentence of an average says it is over ("对5个项目开展了自评，各项目平均…"), or None."""
    start = max(ctx.text.rfind(c, 0, m.start) for c in "。；;\n") + 1
    counts = _COUNTED.findall(ctx.text, start, m.start)
    return int(counts[-1]) if counts else None


def _average(ctx: Context, m: Mention) -> bool:
    """A stated average of scores, this year's ("上年（2023年）3个项目平均得分为93.90分" is last year's)."""
    clause = ctx.text[max(ctx.text.rfind(c, 0, m.start) for c in "。；;，,\n") + 1 : m.start]
    return m.kind in ("score", "number") and _AVERAGE.search(ctx.text, max(0, m.start - 8), m.start) is not None \
        and not LAST_YEAR.search(clause) and not any(int(y) != ctx.year for y in _YEAR.findall(clause))


_YEAR = re.compile(r"((?:19|20)\d{2})年")


def _project_table(ctx: Context, table: Table) -> tuple[Table, list[Row], list[Mention]] | None:
    """A table of one score per project (a score column, no weights, every row scored, none above 100)."""
    if table.col("score") is None or table.col("weight") is not None or table.header_index is None:
        return None
    if any(r.is_total() and table.number(r, "score") is not None for r in table.data_rows()):
        return None  # a 合计 row with its own score: ``table_averages``'
    # (a 合计 row with "—" under the scores; a project not scored, "乡村振兴项目库建设经费｜0.00｜0.00｜—｜—")
    rows = [r for r in table.data_rows() if not r.is_total() and not list_averages.unscored(table.cell(r, "score"))]
    scores = [table.number(r, "score") for r in rows]
    if len(rows) < 2 or any(s is None or s.kind not in ("number", "score") or s.value > HUNDRED for s in scores):
        return None
    return table, rows, [s for s in scores if s is not None]


def _judge(ctx: Context, table: Table, rows: list[Row], scores: list[Mention], stated: Mention) -> None:
    means = table_averages.score_means(table, rows, scores)
    if any(agrees(stated, m) for m in means):
        return
    plain = fmt(means[0], max(2, stated.decimals))
    ctx.add(Finding("average_mismatch", f"表中{len(scores)}个项目的自评得分平均为{plain}分，与所写平均得分{stated.raw}不符。",
                    stated.span, values={"stated": stated.raw, "mean": plain}, expected=f"{plain}分",
                    related=tuple(s.span for s in scores)))
