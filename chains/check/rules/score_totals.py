"""The total score stated in the text against the 自评表 (I7): the score column of the nearest complete table, or the
level tables of a report that scores each first-level indicator in a table of its own ("表2 产出指标评分表 … 小计｜50｜
49.52", "表3 效益及满意度指标评分表 … 小计｜40｜40") together with the execution line of its funds block."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules import item_blocks, score_groups
from chains.check.rules.base import EPS, HUNDRED, Context, plain_number, sum_agrees
from chains.findings import Finding
from chains.text.numbers import Mention
from chains.text.quantities import Linked
from chains.text.table_model import SUBTOTAL_LABEL, TOTAL_LABEL, Row, Table
from chains.vocabulary import LAST_YEAR, grade_of

#: every level a report's score tables must cover before their subtotals can be added up to its total
LEVELS = {"output", "benefit", "satisfaction"}
_LEVEL_BEFORE = re.compile(r"(?:预算执行率?|资金执行率?|产出|效益|满意度)(?:[一二两三四]类)?(?:指标)?(?:合计|小计|共计|共)?(?:得分|得)?[为：:（(]?\s*$")
_ONE_LEVELS_WEIGHT = re.compile(r"(?:预算执行率?|资金执行率?|产出|效益|满意度)(?:指标)?(?:分值|权重)(?:为)?\d{1,2}分")
_CLAUSE = re.compile(r"[，,；;（(]")
_RANGE_AFTER = re.compile(r"\s*(?:[（(](?:含|不含)[)）])?\s*(?:[至到～~—–－-]|和|与)\s*\d{1,3}(?:\.\d{1,2})?\s*分")  # ("80分（含）至90分")
_EXTREME = re.compile(r"(?:最高|最低|最多|最少)(?:为|的)?\s*$")
_RANGE_BEFORE = re.compile(r"\d分?\s*(?:[至到～~—–－-])\s*$")


def text_totals(ctx: Context, execution: tuple[Row, Mention, Mention | None] | None) -> None:
    tables = ctx.score_tables
    parts = _levels_total(ctx, execution)
    if not tables and parts is None:
        return
    for lk in ctx.linked:
        m = lk.mention
        if lk.quantity != "total_score" or m.kind != "score" or m.approx or m.comparator is not None or lk.specific \
                or lk.year not in (None, ctx.year):  # ("均在80分以上": a bound, no total)
            continue  # (a total of another year: "2019年度本项目自评得分86.5分")
        if _LEVEL_BEFORE.search(ctx.text, max(0, m.start - 14), m.start):
            continue  # "自评得分：预算执行9.81分、产出指标44.32分…" / "产出、效益、满意度指标合计得分87.78分": levels' scores
        if _RANGE_AFTER.match(ctx.text, m.end) or _RANGE_BEFORE.search(ctx.text, max(0, m.start - 8), m.start) \
                or _EXTREME.search(ctx.text, max(0, m.start - 4), m.start):
            continue  # "4个项目自评得分在88分至98分之间", "5个项目自评得分最高95分、最低88.5分": other totals' bounds
        if "分别" in ctx.text[lk.sentence[0] : m.start]:
            continue  # "5个二级单位…自评得分分别为：市图书馆96分、…": the totals of others, in turn
        if _ONE_LEVELS_WEIGHT.search(ctx.text, lk.sentence[0], m.start):
            continue  # "预算执行率指标分值20分，得分=20×预算执行率，本项目得分18.95分；其余80分…": that indicator's
        clause = ctx.text[lk.sentence[0] : m.start]
        if LAST_YEAR.search(_CLAUSE.split(clause)[-1]):
            continue  # "…自评等级为优秀（上年度该项目自评得分87.3分，…）": last year's total
        if parts is not None and sum_agrees(parts[1], m) or _an_items_score(ctx, m) or _one_of_several(ctx, lk):
            continue
        rows_of: Table | None = None  # the 自评表 whose rows were summed, if they were
        if tables:
            table, scores = min(tables, key=lambda ts: min(abs(ts[0].span[0] - m.start), abs(ts[0].span[1] - m.start)))
            rows_of = table
            if item_blocks.apart(ctx, table.span[0], m.start):
                continue  # one project's 自评表 in a department's report; the total is another's or the department's
            if sum_agrees(scores, m) or _stated_total_agrees(ctx, table, m):
                continue  # a table whose rows miss its own 总分 row is reported there, once
            if any(sum_agrees(ss, m) or _in_a_score_column(t, m) for t, ss in tables if t is not table):
                continue  # "评价得分93.75分" beside a table of 单位自评得分 and 评价得分: the evaluator's, in full elsewhere
            if parts is not None and _nearer(parts[0], table, m):
                scores, rows_of = parts[1], None
            elif (under := total_under(ctx, table)) is not None and not sum_agrees(scores, under):
                _two_totals(ctx, under, m)  # rows lost in the reading: the table's own 合计 against the text's
                continue
        else:
            assert parts is not None
            scores = parts[1]
        total = sum((s.value for s in scores), Decimal(0))
        slipped = _slipped_row(rows_of, m.value - total)
        ctx.add(
            Finding(
                "score_sum_mismatch",
                f"自评表各项得分合计为{plain_number(total)}分，与正文所写总分{m.raw}不符"
                + (f"；其中得分{slipped.raw}与该项完成情况不符，像是填错。" if slipped is not None else "。"),
                slipped.span if slipped is not None else m.span,
                values={"sum": plain_number(total), "stated": m.raw},
                expected=f"{plain_number(total)}分",
                related=(m.span,) if slipped is not None else tuple(s.span for s in scores),
                decisive=grade_of(total) != grade_of(m.value),
            )
        )


def _slipped_row(table: Table | None, short: Decimal) -> Mention | None:
    """The one row of the 自评表 whose score, ``short`` higher, is what its completion earns: the score typed wrong
    when the text's total is borne out by it."""
    if table is None:
        return None
    leaf: list[score_groups.Leaf] = [(row, score_groups.number(table, row, "weight"), score_groups.number(table, row, "score"),
                                      None) for row in table.data_rows() if not row.is_total()]
    return score_groups.score_slipped(table, leaf, short)


def _two_totals(ctx: Context, under: Mention, m: Mention) -> None:
    """The 合计 printed under a table whose rows were not all read, and the text's total: which one is wrong the rows
    read do not say, so a 疑似 on each, naming the other."""
    for here, there, said in ((m, under, "自评表合计"), (under, m, "正文所写总分")):
        ctx.add(Finding("score_sum_mismatch", f"疑似：此处总分为{plain_number(here.value)}分，{said}为{plain_number(there.value)}分，两处不一致；表中有的行未能读出，"
                        "无法判断哪一处有误，请核实。", here.span, severity="warning",
                        values={"sum": plain_number(under.value), "stated": m.raw}, related=(there.span,)))


def _one_of_several(ctx: Context, lk: Linked) -> bool:
    """"…项目…自评得分96.5分；校外实践教育活动项目自评得分91.8分；…自评得分98分": totals of several projects, each
    named in its clause, in one paragraph — none of them the report's."""
    line = ctx.line_of(lk.mention.start)
    said = [o for o in ctx.linked if o.quantity == "total_score" and o.mention.kind == "score" and ctx.line_of(o.mention.start) == line
            and o.year in (None, ctx.year) and "项目" in ctx.text[o.sentence[0] : o.mention.start]]
    return len({o.mention.value for o in said}) >= 2 and lk in said


def _an_items_score(ctx: Context, m: Mention) -> bool:
    """"…废旧农膜回收网点建设预算128.5万元，…，自评得分95分" (or "（一）户用沼气池后续管护项目。…自评得分95.50分") where
    a table's row of that very item (废旧农膜回收网点建设｜128.50｜…｜95), named in the score's line, gives the score: one
    sub-project's, not the report's total."""
    line = ctx.text[ctx.text.rfind("\n", 0, m.start) + 1 : m.start]
    return any(len(label := row.label.strip()) >= 4 and label in line and any(
        (v := c.value()) is not None and v.value == m.value for c in row.cells[1:])
        for t in ctx.tables for row in t.data_rows() if not row.is_total())


def _levels_total(ctx: Context, execution: tuple[Row, Mention, Mention | None] | None) -> tuple[list[Table], list[Mention]] | None:
    """The subtotals of the level tables and the execution line's score, when together they cover every level."""
    if not ctx.level_tables:
        return None
    covered = set().union(*(levels for _, _, levels in ctx.level_tables))
    if not LEVELS <= covered:
        return None
    scores = [ts for _, ts, _ in ctx.level_tables]
    if "budget_execution" not in covered:
        if execution is None or execution[2] is None:
            return None
        scores.insert(0, execution[2])
    return [t for t, _, _ in ctx.level_tables], scores


def _nearer(parts: list[Table], table: Table, m: Mention) -> bool:
    def gap(t: Table) -> int:
        return min(abs(t.span[0] - m.start), abs(t.span[1] - m.start))
    return min(gap(t) for t in parts) < gap(table)


def _in_a_score_column(table: Table, m: Mention) -> bool:
    """Whether the total row of a table gives ``m`` under one of its score columns (自评得分｜评价得分)."""
    header = table.header
    totals = [row for row in table.data_rows() if row.is_total()]
    if header is None or not totals:
        return False
    return any(i < len(header.cells) and _SCORED.search(header.cells[i].text) and (v := c.value()) is not None
               and v.value == m.value for i, c in enumerate(totals[-1].cells))


_SCORED = re.compile(r"得分|评分")


def _stated_total_agrees(ctx: Context, table: Table, m: Mention) -> bool:
    totals = [row for row in table.data_rows() if row.is_total()]
    if totals:  # the whole's row: the last that is no level's 小计
        row = next((r for r in reversed(totals) if not SUBTOTAL_LABEL.match(r.label)), totals[-1])
        ts = score_groups.total_cells(table, row, [])[1]
        return ts is not None and not ts.approx and ts.value == m.value
    under = total_under(ctx, table)
    return under is not None and under.value == m.value


def total_under(ctx: Context, table: Table) -> Mention | None:
    """The score of a "合计                100  97.13" line right under a (space-aligned) table, not read as one of its
    rows."""
    start = table.span[1]
    while ctx.text.startswith("\n", start):
        start += 1
    end = ctx.text.find("\n", start)
    end = len(ctx.text) if end < 0 else end
    if not TOTAL_LABEL.match(ctx.text[start:end]):
        return None
    said = [x for x in ctx.mentions if start <= x.start < end and x.kind in ("number", "score")]
    return said[-1] if said else None


def keep(ctx: Context, table: Table, scores: list[Mention], weights: list[Mention], levels: set[str],
          how: tuple[bool, bool, bool], execution: tuple[Row, Mention, Mention | None] | None, ts: Mention | None) -> None:
    """Keep a whole table's scores for the text's total (a level's table for the levels' sum). ``how``: a level's
    table, a 合计 of the indicator rows alone (the funds block's weight makes up the hundred), and no total row or
    an execution weight unread — then its weights must make the hundred to show that no row is missing."""
    part, extra, open_ended = how
    if table.col("weight") is None and not levels:
        return  # a table of scores with neither weights nor levels lists other things' scores (one per project)
    if open_ended and not part and weights and abs(sum((w.value for w in weights), Decimal(0)) - HUNDRED) > EPS \
            and total_under(ctx, table) is None:
        return  # "…｜5｜5" as its last row and no 合计, 85 of the hundred: rows (or the funds block's) not read
    if part:
        if ts is not None:
            ctx.level_tables.append((table, ts, levels))
    elif table.kind != "keyed" or "budget_execution" in levels:  # (named fields: the 预算执行 row stands apart)
        if not extra:
            ctx.score_tables.append((table, scores))
        elif execution is not None and execution[2] is not None and ts is not None and sum_agrees(scores, ts):
            ctx.score_tables.append((table, [execution[2], *scores]))  # (rows off their 合计: reported above)
