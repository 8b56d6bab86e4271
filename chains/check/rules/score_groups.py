"""A score table's levels (rules I6, I7): the rows under a level's subtotal row add up to its 分值 and 得分, whether the
subtotal stands above them (a level row with an empty name) or closes them ("小计", "产出指标小计")."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import EPS, Context, plain_number, sum_agrees
from chains.findings import Finding
from chains.text.numbers import Mention
from chains.text.table_model import SUBTOTAL_LABEL, Row, Table

_INNER = re.compile(r"\S\s*小\s*计\s*$")
#: a leaf row of a score table: the row, its weight and score, its first-level indicator
Leaf = tuple[Row, Mention | None, Mention | None, str | None]
#: a level's subtotal row, its weight and score, and the leaf rows under it
Group = tuple[Row, Mention, Mention | None, list[tuple[Mention | None, Mention | None]]]


def _sub_name(row: Row, before: Row | None = None) -> str:
    """A subtotal row's name ("产出指标小计"), or its level in the cell before a bare 小计 when it closes the rows of
    that level right above it ("| 效益指标 | 小计 | | 40 | 36 |", a Markdown table that repeats the level on every row;
    one that heads its level's rows is not read here), or "" for any other row."""
    if SUBTOTAL_LABEL.match(row.label):
        return row.label
    cells = [c.text for c in row.cells[:2]]
    closes = before is not None and bool(before.cells) and before.cells[0].text == cells[0]
    return cells[0] + "小计" if closes and len(cells) == 2 and _BARE_SUB.match(cells[1]) and row.is_total() else ""


_BARE_SUB = re.compile(r"\s*小\s*计\s*$")


def number(table: Table, row: Row, role: str) -> Mention | None:
    m = table.number(row, role)
    if m is None or m.approx:
        return None
    return m


def subtotals(ctx: Context, table: Table, leaf: list[Leaf]) -> int:
    """"决策 … 小计｜15｜14.5 … 过程 … 小计｜30｜27.82 … 合计｜100｜95.93": each 小计 closes the rows above it (when
    it is not the table's last total: a level's own table is judged against its 小计 as its total)."""
    rows = table.data_rows()
    names = {id(r): _sub_name(r, before) for before, r in zip([None, *rows], rows, strict=False)}
    totals = [r for r in rows if r.is_total()]
    subs = [r for r in totals if names[id(r)]]
    if not subs or len(subs) == 1 and subs[0] is totals[-1]:
        return 0
    if any(a.is_total() and b.is_total() and names[id(a)] and b is not totals[-1]
           for a, b in zip(rows, rows[1:], strict=False)) or any(_INNER.search(r.label) for r in rows if not r.is_total()):
        return 0  # "成本指标小计｜10" straight above "产出指标小计｜50", or "数量指标小计": subtotals within subtotals
    scored = {id(row): (w, s) for row, w, s, _ in leaf}
    head = None
    groups: list[Group] = []
    trailing: list[tuple[Mention | None, Mention | None, str | None]] = []
    for r in rows:
        if r.is_total():
            if names[id(r)] and (sw := number(table, r, "weight")) is not None:
                groups.append((r, sw, number(table, r, "score"), _closed_by(trailing, sw)))
            trailing = [] if names[id(r)] else trailing
        elif id(r) in scored:
            head = r.cells[0].text if r.cells and r.cells[0].text else head  # a merged first cell carries on
            trailing.append((*scored[id(r)], head))
    borne = _borne_out(table, totals[-1], groups, leaf)
    # a level's subtotal at its default weight (产出 50, 效益 30, 满意度 10) is borne out by the rules themselves
    # (unless the table's total holds with the rows' sum in its place: "效益指标小计｜30" over rows of 20 where the levels
    # were weighted 10/50/20/20)
    return sum(close_group(ctx, table, g, (borne[0] or _DEFAULT.get(_level(names[id(g[0])])) == g[1].value
                                           and not _rows_borne(table, totals[-1], groups, leaf, g), borne[1]))
               for g in groups)


def _rows_borne(table: Table, total: Row, groups: list[Group], leaf: list[Leaf], group: Group) -> bool:
    """Whether the subtotals' weights, with ``group``'s rows' sum in place of its own, add up to the table's total."""
    stated = number(table, total, "weight")
    rows = [w for w, _ in group[3]]
    if stated is None or any(w is None for w in rows) or _sub_name(total):
        return False
    grouped = {id(m) for g in groups for pair in g[3] for m in pair if m is not None}
    loose = [x[1] for x in leaf if not (id(x[1]) in grouped or id(x[2]) in grouped)]
    values = [g[1].value for g in groups if g is not group] + [w.value for w in rows if w is not None] \
        + [m.value for m in loose if m is not None]
    return sum(values, Decimal(0)) == stated.value


_DEFAULT = {"产出": Decimal(50), "效益": Decimal(30), "满意度": Decimal(10)}


def _level(label: str) -> str:
    found = re.match(r"\s*(产出|效益|满意度)(?:指标)?\s*小\s*计", label)
    return found.group(1) if found else ""


def _borne_out(table: Table, total: Row, groups: list[Group], leaf: list[Leaf]) -> tuple[bool, bool]:
    """Whether the subtotals' weights (scores), with the rows under no subtotal, add up to the table's total row: then
    each subtotal is borne out, and a level whose rows miss it has a row typed wrong."""
    if _sub_name(total):
        return False, False
    grouped = {id(m) for g in groups for pair in g[3] for m in pair if m is not None}
    out = []
    for k, role in ((1, "weight"), (2, "score")):
        stated = number(table, total, role)
        subs = [g[k] for g in groups]
        # (the rows under no subtotal: 预算执行率 above the first level, 满意度 after the last)
        loose = [x[k] for x in leaf if not (id(x[1]) in grouped or id(x[2]) in grouped)]
        values = [m for m in (*subs, *loose) if isinstance(m, Mention)]
        out.append(stated is not None and len(values) == len(subs) + len(loose) and sum_agrees(values, stated))
    return out[0], out[1]


def _closed_by(rows: list[tuple[Mention | None, Mention | None, str | None]], weight: Mention) -> list[tuple[Mention | None, Mention | None]]:
    """The rows a 小计 closes: every row since the last 小计 when their weights make it (a goal block's 小计 over rows of
    two levels: "产出指标｜成本指标…｜10 … 效益指标…｜10｜10 … 小计｜30"), else the last run under one first-level cell."""
    weights = [w for w, _, _ in rows]
    if weights and all(w is not None for w in weights) and sum((w.value for w in weights if w is not None), Decimal(0)) == weight.value:
        return [(w, s) for w, s, _ in rows]
    return _same_level(rows)


def _same_level(rows: list[tuple[Mention | None, Mention | None, str | None]]) -> list[tuple[Mention | None, Mention | None]]:
    """The rows a 小计 closes: the last run under one first-level cell ("预算执行率" above "产出…小计" is not its)."""
    k = len(rows)
    while k > 0 and rows[k - 1][2] == rows[-1][2]:
        k -= 1
    return [(w, s) for w, s, _ in rows[k:]]


def close_group(ctx: Context, table: Table, group: Group | None, borne: tuple[bool, bool] = (False, False)) -> int:
    """Σ 三级 = 二级 = 一级 (I6) and the same for scores (I7), for a level's subtotal row and its rows; returns how
    many findings it made (a broken level explains a broken total: the total is not judged again). ``borne``: the
    subtotals' weights (scores) add up to the table's total, so a level that misses its rows has a row typed wrong."""
    if group is None or not group[3]:
        return 0
    before = len(ctx.findings)
    row, w, s, members = group
    weights = [x for x, _ in members if x is not None]
    if len(weights) == len(members) and weights:
        total = sum((x.value for x in weights), Decimal(0))
        if abs(total - w.value) > EPS:
            ctx.add(
                Finding(
                    "weight_sum_mismatch",
                    f"“{row.label}”的分值为{w.raw}，其下各指标分值合计为{plain_number(total)}。"
                    + ("各小计之和与合计一致，应是其下某一行的分值填错。" if borne[0] else ""),
                    (weights[0].start, weights[-1].end) if borne[0] else w.span,
                    values={"stated": w.raw, "sum": plain_number(total)},
                    expected=plain_number(total),
                    related=tuple(x.span for x in weights),
                )
            )
    scores = [y for _, y in members if y is not None]
    if s is not None and scores and len(scores) == len(members) and not sum_agrees(scores, s):
        total = sum((y.value for y in scores), Decimal(0))
        ctx.add(
            Finding(
                "score_sum_mismatch",
                f"“{row.label}”的得分为{s.raw}，其下各指标得分合计为{plain_number(total)}。"
                + ("各小计之和与合计一致，应是其下某一行的得分填错。" if borne[1] else ""),
                (scores[0].start, scores[-1].end) if borne[1] else s.span,
                values={"stated": s.raw, "sum": plain_number(total)},
                expected=plain_number(total),
                related=tuple(y.span for y in scores),
            )
        )
    return len(ctx.findings) - before


def the_tables_total(table: Table, row: Row | None, leaf: list[Leaf]) -> Row | None:
    """The last total row, unless it is a level's 小计 with scored rows after it ("效益指标｜小计｜30｜28.5" and then the
    满意度 rows) or with only other levels' 小计 before it (each level closed by its own, the table by none)."""
    if row is None or not _a_subtotal(row):
        return row
    earlier = [r for r in table.data_rows() if r.is_total() and r.span[0] < row.span[0]]
    return None if leaf and leaf[-1][0].span[0] > row.span[0] or earlier and all(map(_a_subtotal, earlier)) else row


def _a_subtotal(row: Row) -> bool:
    return any(SUBTOTAL_LABEL.match(c.text) for c in row.cells[:3])


def total_cells(table: Table, row: Row | None, leaf: list[Leaf]) -> tuple[Mention | None, Mention | None]:
    """The total row's 分值 and 得分. "总分||||||100|98.10|": a row typed with one bar too many has its weight in the
    score column and its score after it — read one column on when the weight column is empty, the score column
    holds the weights' sum and a figure follows it."""
    if row is None:
        return None, None
    tw, ts = number(table, row, "weight"), number(table, row, "score")
    col = table.col("score")
    if tw is None and ts is None and col is not None and 3 <= len(row.cells) <= col \
            and None not in (said := [c.value() for c in row.cells[1:]]) and len(said) == 2:
        return said[0], said[1]  # "总分｜100｜95.95" under a table of eleven columns: its two figures, in their order
    weights = [w.value for _, w, _, _ in leaf if w is not None]
    if tw is None and ts is not None and col is not None and col + 1 < len(row.cells) and weights \
            and ts.value in (sum(weights, Decimal(0)), 100) and (after := row.cells[col + 1].value()) is not None:
        return ts, after
    return tw, ts


def _done(table: Table, row: Row) -> Decimal | None:
    """A row's completion as a fraction (rules §5): its 完成率, else actual ÷ target in one unit (target ÷ actual under a
    ≤ target, 1 when the actual is within it); None when the row does not give it."""
    rate = number(table, row, "completion_rate")
    if rate is not None:
        return rate.value / 100 if rate.kind == "percent" else None
    t, a = number(table, row, "target"), number(table, row, "actual")
    if t is not None and a is not None and t.kind == a.kind == "date" and t.date and a.date and None not in (*t.date, *a.date) \
            and (t.comparator == "lte" or t.raw.endswith("前")):
        return Decimal(1) if a.date <= t.date else None  # "2019年11月30日前｜2019年11月28日": met; late: not measured
    if t is None or a is None or a.comparator is not None or (t.kind, t.unit) != (a.kind, a.unit) or a.kind in ("date", "year"):
        return None  # (a date's value is its year: "2023年11月30日前｜2023年12月15日" is no completion of 100%)
    if not t.value:  # "不发生…｜0人｜0人": a target of none, met when none happened
        return Decimal(1) if not a.value and t.comparator in (None, "eq", "lte") else None
    if t.comparator == "lte":
        return Decimal(1) if a.value <= t.value else t.value / a.value
    return a.value / t.value


def weight_raised(table: Table, leaf: list[Leaf], excess: Decimal) -> Mention | None:
    """The one weight that, ``excess`` lower (or higher), gives its row the score it earns (rules §5): full marks for an indicator
    it met ("≥95%｜100%｜15｜10" where the weights add up to 105), its share for one it fell short of ("≥80%｜75%｜12｜9.38":
    10 × 75 ÷ 80): the weight typed wrong, not the total; None unless exactly one row does."""
    if not excess:
        return None  # (an excess below 0 is a weight typed too low: "≥5家｜4家｜4｜4" where 5 × 4 ÷ 5 = 4)
    found = []
    for row, w, s, _ in leaf:
        done = _done(table, row) if w is not None and s is not None and w.value > excess else None
        if done is not None and s is not None and w is not None and _agrees_due(s, (w.value - excess) * min(done, Decimal(1))) \
                and not _agrees_due(s, w.value * min(done, Decimal(1))):
            found.append(w)
    return found[0] if len(found) == 1 else None


def _agrees_due(s: Mention, due: Decimal) -> bool:
    return abs(s.value - due) <= s.half_unit() + EPS


def score_slipped(table: Table, leaf: list[Leaf], short: Decimal) -> Mention | None:
    """The one score that, ``short`` higher, is what its row earns in proportion to its completion (rules §5): the
    score typed wrong when the scores miss the stated total by ``short``; None unless exactly one row does."""
    found = []
    for row, w, s, _ in leaf:
        if w is None or s is None or s.value >= w.value:
            continue  # (a score above its weight is reported as such; the sum's gap then stays on the total)
        done = _done(table, row)
        due = None if done is None else w.value * min(done, Decimal(1))
        if due is not None and abs(s.value + short - due) <= s.half_unit() + EPS and not _agrees_due(s, due):
            found.append(s)
    return found[0] if len(found) == 1 else None


_PART_TITLE = re.compile(r"共性指标|个性指标")


def titled_part(text: str, table: Table) -> bool:
    """"表4 部门整体支出绩效自评表——个性指标" over its table: one of the tables a department scores in (共性 30 +
    个性 70), whose 小计 is its part of the hundred, however many levels its rows name."""
    above = text[max(0, table.span[0] - 120) : table.span[0]].rstrip().split("\n")[-2:]  # its title's two lines
    return _PART_TITLE.search("\n".join(above)) is not None

