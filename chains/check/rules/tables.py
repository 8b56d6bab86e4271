"""Rules on rebuilt indicator tables: weights (I6), scores (I7), completion (I8), units (I13 a), proportions
over 100% (I5) and one indicator stated twice (I11). Funds tables and §5 scoring: ``rules_scoring``."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from chains.check.rules import (
    funds_fields,
    goal_blocks,
    score_groups,
    score_totals,
    table_averages,
    table_sums,
)
from chains.check.rules.base import EPS, HUNDRED, Context, agrees, fmt, fmt_like, sum_agrees
from chains.check.rules.score_groups import Leaf
from chains.check.rules.unit_slips import report_unit
from chains.findings import Finding
from chains.text.numbers import Mention, extract_numbers, mentions_within
from chains.text.table_model import Row, Table, shown
from chains.vocabulary import CAPPED_RATE, is_placeholder

_FAMILY = {"money": "金额", "percent": "百分比", "count": "数量", "date": "日期", "year": "年份", "score": "分值",
           "length": "长度", "area": "面积", "weight": "重量", "volume": "体积"}
_LEVEL1 = (
    ("budget_execution", re.compile(r"预算执行")),
    ("output", re.compile(r"产出")),
    ("benefit", re.compile(r"效益|效果")),
    ("satisfaction", re.compile(r"满意度")),
)


def run(ctx: Context) -> None:
    seen_indicators: dict[str, list[tuple[Table, Row]]] = {}
    execution = _funds_block_score(ctx)
    for table in ctx.tables:
        if table.header_index is None:
            continue
        _scores_and_weights(ctx, table, execution if table.col("execution_rate") is None else None)
        _targets(ctx, table)
        for row in table.data_rows():
            name = table.cell(row, "name")
            if name is not None and name.text and not row.is_total():
                seen_indicators.setdefault(name.text, []).append((table, row))
    _indicator_conflicts(ctx, seen_indicators)
    score_totals.text_totals(ctx, execution)


def _slot(table: Table, row: Row, role: str) -> bool:
    c = table.cell(row, role)
    return c is not None and is_placeholder(c.text)


def _level1(table: Table, row: Row, last: str | None) -> str | None:
    texts = " ".join(c.text for c in row.cells[:3])
    for key, pattern in _LEVEL1:
        if pattern.search(texts):
            return key
    return last


# -- weights and scores ------------------------------------------------------------------------------


_INNER_SUBTOTAL = re.compile(r"\S\s*小\s*计\s*$")  # never 合计: "获补企业研发费用合计" names an indicator
_EXECUTION = re.compile(r"执行率")  # the 预算执行率 indicator, never the 预算执行 level above it


def _goal_row(table: Table, row: Row) -> bool:
    """"目标一：站点稳定运行｜｜｜40｜40" over indented indicators: a row with a weight but neither target nor actual
    where the table has both columns, named as a goal or a level."""
    t, a = table.cell(row, "target"), table.cell(row, "actual")
    return t is not None and a is not None and not t.text and not a.text and bool(_GROUP_NAME.match(row.label.strip()))


_GROUP_NAME = re.compile(r"目标[一二三四五六七八九十\d]+|(?:产出|效益|效果|满意度|数量|质量|时效|成本|经济效益|社会效益|生态效益|"
                         r"可持续影响|服务对象满意度)(?:指标)?$")


def _funds_block_score(ctx: Context) -> tuple[Row, Mention, Mention | None] | None:
    """The execution line of a MOF funds block (全年预算数｜全年执行数｜分值｜执行率｜得分): its 分值/得分 belong
    to the indicator table's total."""
    for table in ctx.tables:
        if table.header_index is None or table.col("execution_rate") is None:
            continue
        if table.col("weight") is None:
            # "预算执行情况（20分）｜年初预算｜…｜执行率｜得分" over its one row: the weight stands in the header's label
            head = table.rows[table.header_index].cells[:1]
            rows = table.data_rows()
            if head and _HEADED_WEIGHT.search(head[0].text) and len(rows) == 1 and table.col("score") is not None:
                found = [m for m in mentions_within(ctx.mentions, *head[0].span) if m.kind in ("score", "number")]
                if len(found) == 1:
                    return rows[0], found[0], score_groups.number(table, rows[0], "score")
            continue
        for row in table.data_rows():
            w = score_groups.number(table, row, "weight")
            if w is not None:
                return row, w, score_groups.number(table, row, "score")
    return _execution_table(ctx) or funds_fields.execution_fields(ctx) or funds_fields.execution_sentence(ctx) \
        or funds_fields.execution_stacked(ctx)


def _execution_table(ctx: Context) -> tuple[Row, Mention, Mention | None] | None:
    """"二级指标｜三级指标｜权重｜目标值｜业绩值｜得分" over its one row "预算执行指标｜预算执行率｜10｜100%｜95.05%｜9.50",
    the indicator table of the other levels below it: the execution row's (row, weight, score)."""
    for table in ctx.tables:
        rows = [r for r in table.data_rows() if not r.is_total()]
        if table.header_index is None or table.col("weight") is None or len(rows) != 1 \
                or not any(_EXECUTION.search(c.text) for c in rows[0].cells[:3]):
            continue
        w = score_groups.number(table, rows[0], "weight")
        if w is not None and w.kind in ("number", "score") and w.comparator is None:
            return rows[0], w, score_groups.number(table, rows[0], "score")
    return None


_HEADED_WEIGHT = re.compile(r"^\s*(?:预算|资金)(?:执行|使用)[^（(]{0,4}[（(]\s*\d+(?:\.\d+)?分\s*[)）]\s*$")


def _level_row(table: Table, row: Row) -> bool:
    """A level's subtotal row above its indicators: its name cell is empty (and so are its target and actual: "预算执行｜
    预算执行率｜｜100%｜93.60%｜10" names its indicator one column early), or it is a goal's row."""
    if _EXECUTION.search(row.label):
        return False
    name = table.cell(row, "name")
    if name is not None and _LEVEL_NAME.match(name.text) and table.col("level1") is None and _heads_rows(table, row):
        return True  # "指标｜分值｜评分标准｜扣分｜得分" with "决策｜15｜｜3｜12" above its indicators
    return (name is not None and not name.text and any(c.text for c in row.cells[:2])
            and table.number(row, "target") is None and table.number(row, "actual") is None) or _goal_row(table, row)


def _heads_rows(table: Table, row: Row) -> bool:
    """Whether the row after ``row`` is an indicator's (no level's name, no total): ``row`` heads a group."""
    rows = table.data_rows()
    i = next((k for k, r in enumerate(rows) if r is row), len(rows))
    after = rows[i + 1] if i + 1 < len(rows) else None
    name = table.cell(after, "name") if after is not None else None
    return after is not None and not after.is_total() and name is not None and not _LEVEL_NAME.match(name.text)


def _marked_levels(table: Table) -> set[str]:
    """The levels a 指标层级 column marks (一级、二级、三级), when it marks the indicators (三级) among them."""
    marks = {m.group(1) for r in table.data_rows() if r.cells and (m := _MARK.match(r.cells[0].text))}
    return marks if "三" in marks else set()


def _level_mark(row: Row, marked: set[str]) -> str | None:
    """The level a marked row names (一, 二 or 三), in a table whose 指标层级 column marks its indicators."""
    m = _MARK.match(row.cells[0].text) if marked and row.cells else None
    return m.group(1) if m is not None else None


_MARK = re.compile(r"^\s*([一二三])级(?:指标)?\s*$")
_LEVEL_NAME = re.compile(r"^\s*(?:项目)?(?:决策|过程|产出|效益|满意度|成本|管理|履职效能)(?:指标)?\s*$")
_ROLES = {"actual": "实际完成值", "target": "年度指标值", "weight": "分值", "score": "得分"}


def _scores_and_weights(ctx: Context, table: Table, execution: tuple[Row, Mention, Mention | None] | None) -> None:
    if table.col("weight") is None and table.col("score") is None:
        return
    leaf: list[Leaf] = []
    group: tuple[Row, Mention, Mention | None, list[tuple[Mention | None, Mention | None]]] | None = None
    total_row: Row | None = None
    last_level: str | None = None
    unknown, broken, marked = False, 0, _marked_levels(table)  # a slot still to fill; findings on subtotals; level marks
    for row in table.data_rows():
        if row.is_total():
            total_row = row
            continue
        if _level_mark(row, marked) == "二":
            continue  # "指标层级｜一级…二级…三级": a second level's subtotal between its first level and its indicators
        unknown = unknown or _slot(table, row, "weight") or _slot(table, row, "score")
        w = score_groups.number(table, row, "weight")
        s = score_groups.number(table, row, "score")
        if any(x is not None and (x.comparator is not None or x.kind not in ("number", "score")) for x in (w, s)) \
                or w is not None and w.value > HUNDRED:  # (or "13460" read as a weight: a row's cells one column off)
            unknown = True  # "≥200", "100%" or "60元" read as a weight or score: the columns are misread, fail closed
            continue
        if any("计" in c.text and _INNER_SUBTOTAL.search(c.text) for c in row.cells[:3]):
            continue  # "数量指标小计" inside "产出指标小计": a second level's subtotal, left to the levels it closes
        last_level = _level1(table, row, last_level)
        if w is not None and (_level_mark(row, marked) == "一" or _level_row(table, row)):  # ("一级｜预算执行｜10")
            broken += score_groups.close_group(ctx, table, group)
            group = (row, w, s, [])  # a subtotal row of a level (name cell empty, or no target nor actual): not a leaf
            continue
        if w is None and s is None:
            continue
        leaf.append((row, w, s, last_level))
        if group is not None:
            group[3].append((w, s))
        if w is not None and s is not None and (s.value > w.value + EPS or s.value < 0):
            ctx.add(
                Finding(
                    "score_exceeds_weight",
                    f"“{row.name_in(table)}”得分{shown(s)}超过其分值{w.raw}。" if s.value > w.value else f"“{row.name_in(table)}”得分为负数。",
                    s.span, values={"weight": w.raw, "score": s.raw}, expected=f"≤{w.raw}", related=(w.span,),
                )
            )
    broken += score_groups.close_group(ctx, table, group)
    broken += score_groups.subtotals(ctx, table, leaf)
    total_row = score_groups.the_tables_total(table, total_row, leaf)  # (a level's 小计 with rows after it is none)
    tw, ts = score_groups.total_cells(table, total_row, leaf)
    if goal_blocks.one_block(ctx, table, leaf, total_row is not None, tw, sure=not unknown and not broken):
        return  # one goal block's rows ("年度目标1：…（40分）"), no whole 自评表 (its 合计 the blocks' and funds' together)
    part = tw is not None and tw.value < 100 and (not score_totals.LEVELS <= {lv for *_, lv in leaf if lv}  # one level's
                                                  or score_groups.titled_part(ctx.text, table))  # (or 共性/个性)
    # a 合计 of the indicator rows alone ("合计｜…｜80｜77.88" under a funds block worth the other 20 of the hundred): the
    # rows are summed against it, and the block's score joins them only for the report's total
    extra = execution is not None and tw is not None and not part and abs(tw.value + execution[1].value - HUNDRED) <= EPS \
        and not (ts is not None and execution[2] is not None  # (its scores' 合计 with the block's: a 合计 of all, 90 a slip)
                 and sum_agrees([execution[2], *(x for _, _, x, _ in leaf if x is not None)], ts))
    if execution is not None and leaf and not part and not extra and "budget_execution" not in {lv for *_, lv in leaf}:
        leaf.insert(0, (execution[0], execution[1], execution[2], "budget_execution"))
    weights, scores = [w for _, w, _, _ in leaf if w is not None], [s for _, _, s, _ in leaf if s is not None]
    levels = {lv for *_, lv in leaf if lv}
    complete = not unknown and (total_row is not None or ({"output", "benefit"} <= levels and len(levels) >= 3))
    # (none read from a funds block whose header names a 分值: the execution row's weight stands there, unread)
    unread = execution is None and "budget_execution" not in levels and funds_fields.execution_header(ctx.text)
    if weights and complete and len(weights) == len(leaf) and not broken and not unread:
        table_sums.weight_sum(ctx, table, leaf, weights, tw, levels, part, rows_only=extra)
    # weights short of the stated total by what the execution row carries, and no such row: it stands elsewhere
    short = tw is not None and "budget_execution" not in levels and 0 < tw.value - sum(w.value for w in weights) <= 20
    if scores and ts is not None and len(scores) == len(leaf) and not unknown and not broken and not short:
        if table_averages.scores_averaged(ctx, table, leaf, ts):
            return  # a list of projects' scores whose 合计 row gives their (budget-weighted) average
        table_sums.score_sum(ctx, scores, ts, score_groups.score_slipped(table, leaf, ts.value - sum((s.value for s in scores), Decimal(0))),
                             table_sums.restated(ctx, table, ts))
    if scores and complete and len(scores) == len(leaf):
        score_totals.keep(ctx, table, scores, weights, levels, (part, extra, unread or total_row is None), execution, ts)



def _targets(ctx: Context, table: Table) -> None:
    if table.col("target") is None or table.col("actual") is None:
        return
    for row in table.data_rows():
        t, a = target_actual(table, row)
        name = row.name_in(table)
        for m in (t, a):
            if m is not None and m.kind == "percent" and m.value > HUNDRED and CAPPED_RATE.search(name):
                ctx.add(
                    Finding(
                        "implausible_rate",
                        f"“{name}”是比例，不可能超过100%，表中却写作{m.raw}。",
                        m.span,
                        values={"stated": m.raw},
                        expected="≤100%",
                    )
                )
        if t is None or a is None or t.approx or a.approx:
            continue
        ft, fa = _family(t), _family(a)
        if ft and fa and ft != fa and not _sizes(ft, fa) and not _in_words(ctx.text, table, row, a):
            ctx.explained.add(a.span)
            ctx.add(
                Finding(
                    "unit_mismatch",
                    f"“{row.name_in(table)}”年度指标值为{t.raw}（{_FAMILY[ft]}），实际完成值却写作{a.raw}（{_FAMILY[fa]}），"
                    "两者单位不同，无法计算完成率。",
                    a.span,
                    values={"target": t.raw, "actual": a.raw},
                    expected=f"以{_unit_hint(t)}表示的实际完成值",
                    related=(t.span,),
                )
            )
        # "≤12‰｜9.6%": per mille against per cent is a unit slip far more often than 96‰ done
        permille = {t.written_unit, a.written_unit} == {"‰", "%"}
        if permille and _met(t, a.number, t.number) and not _met(t, a.value, t.value) and a.span not in ctx.explained:
            ctx.explained.add(a.span)
            ctx.add(Finding("unit_mismatch", f"“{row.name_in(table)}”年度指标值为{t.raw}，实际完成值却写作{a.raw}：按"
                            f"{t.written_unit}读才达到目标，单位应与目标值一致。", a.span,
                            values={"target": t.raw, "actual": a.raw}, expected=f"{a.number}{t.written_unit}",
                            related=(t.span,)))
        if table.col("completion_rate") is None and not a.approx and not t.approx:
            _money_scale(ctx, t, a)  # (with a 完成率 column, read beside the rate below)
        _completion(ctx, table, row, t, a, same_unit=not (ft and fa and ft != fa) and not permille)


_WORDS_AFTER = re.compile(r"[\u4e00-\u9fff]{2,}")


def _in_words(text: str, table: Table, row: Row, a: Mention) -> bool:
    """An actual said in a phrase ("2个片区未完工" against a date): a description of what is not done, no value."""
    cell = table.cell(row, "actual")
    return cell is not None and _WORDS_AFTER.match(text, a.end, cell.span[1]) is not None


_DIRECTION = (("gte", re.compile(r"≥|＞|>|大于|不低于|不少于|正向|以上")), ("lte", re.compile(r"≤|＜|<|小于|不高于|不超过|反向|以内")),
              ("eq", re.compile(r"=|＝|等于")))


def target_actual(table: Table, row: Row) -> tuple[Mention | None, Mention | None]:
    """Target and actual of a row; a Sichuan-style table gives the sign (指标性质) and the unit (度量单位) in
    their own columns, which are applied to bare numbers here."""
    t, a = table.number(row, "target"), table.number(row, "actual")
    unit_cell, dir_cell = table.cell(row, "measure_unit"), table.cell(row, "direction")
    unit = unit_cell.text.strip() if unit_cell is not None else ""
    direction = None
    if dir_cell is not None:
        if "定性" in dir_cell.text:
            return None, None
        direction = next((d for d, p in _DIRECTION if p.search(dir_cell.text)), None)

    def dress(m: Mention | None, is_target: bool) -> Mention | None:
        if m is None:
            return None
        if unit and m.kind == "number":
            found = extract_numbers(f"{m.number}{unit}")
            if len(found) == 1 and found[0].kind != "number":
                d = found[0]
                m = replace(m, value=d.value, unit=d.unit, kind=d.kind, written_unit=d.written_unit)
        if is_target and m.comparator is None:
            # "≤市场租金的90%": the sign stands before words of the cell, not against its number
            cell = table.cell(row, "target")
            before = _words_before(cell.text, cell.span[0], m.start) if cell is not None else ""
            said = next((d for d, p in _DIRECTION if p.search(before)), None) if before else None
            if direction or said:
                m = replace(m, comparator=direction or said)
        return m

    return dress(t, True), dress(a, False)


def _words_before(text: str, start: int, pos: int) -> str:
    """A cell's words before one of its figures (the cell starts at ``start`` in the report)."""
    return text[: max(0, pos - start)]


def _met(t: Mention, value: Decimal, bound: Decimal) -> bool:
    return (t.comparator == "lte" and value <= bound) or (t.comparator == "gte" and value >= bound)


# measures of size that no count of one converts into the other ("≥3.2公里｜3.35公顷": a length against an area)
_DIMENSION = {"公里": "length", "米": "length", "延米": "length", "公顷": "area", "亩": "area", "平方米": "area",
              "平方公里": "area", "吨": "weight", "公斤": "weight", "千克": "weight", "立方米": "volume"}


def _sizes(ft: str, fa: str) -> bool:
    """A count of things against a measure of size ("≥10处｜12.5公里"): both may be what is counted, no slip."""
    return "count" in (ft, fa) and {ft, fa} <= {"count", *_DIMENSION.values()}


def _family(m: Mention) -> str | None:
    if m.kind in ("number",):
        return None
    if m.kind == "year":
        return "date"
    if m.kind == "count" and m.unit in _DIMENSION:
        return _DIMENSION[m.unit]
    return m.kind


def _unit_hint(m: Mention) -> str:
    return {"money": "金额（万元）", "percent": "百分比", "date": "日期", "year": "日期"}.get(m.kind, m.unit or "同一单位")


def _money_scale(ctx: Context, t: Mention, a: Mention) -> bool:
    """"≤50元/吨｜47.50万元/吨", "≤1200元｜1050万元": the actual written in the wrong unit, not a completion of 0.01%."""
    tv, av = t.value, a.value
    if not (t.kind == a.kind == "money" and t.written_unit != a.written_unit and tv and not Decimal("0.001") < av / tv < 1000):
        return False
    report_unit(ctx, a, av / 10000 if av > tv else av * 10000, f"与目标值{t.raw}同一量级")
    return True


def _completion(ctx: Context, table: Table, row: Row, t: Mention, a: Mention, same_unit: bool) -> None:
    c_cell = table.cell(row, "completion_rate")
    if c_cell is None:
        return
    c = c_cell.value()
    if c is None or c.approx or c.kind not in ("percent", "number"):
        return
    if t.kind in ("date", "year") or a.kind in ("date", "year"):
        return
    direction = t.comparator or "eq"
    tv, av = t.value, a.value
    if _money_scale(ctx, t, a):
        return
    if not same_unit and (direction != "lte" or a.value > t.value):
        return  # the units disagree: completion cannot be computed (unit_mismatch says so); under a ≤ target a
    # figure within it is met whatever its unit ("＜＝130万元｜98.65%": 100%, as the catalogue reads seed 003)
    if direction == "lte":
        if tv == 0:
            return  # "变动率｜≤0｜-12.79%｜100%": no ratio to a zero bound (and a copy may drop the minus sign)
        expected = HUNDRED if av <= tv else (tv / av * HUNDRED if av else None)
    else:
        if tv == 0:
            return
        expected = max(av, Decimal(0)) / tv * HUNDRED
    if expected is None or agrees(c, expected):
        return
    w = score_groups.number(table, row, "weight")
    s = score_groups.number(table, row, "score")
    extra = ""
    if w is not None and s is not None and direction == "lte" and expected == HUNDRED and c.value < HUNDRED:
        extra = f"；按所写完成率计，得分应为{fmt(w.value * c.value / HUNDRED, 2)}，而非满分{s.raw}"
    ctx.add(
        Finding(
            "completion_mismatch",
            f"“{row.name_in(table)}”目标{t.raw}、实际{a.raw}，完成率应为{fmt_like(expected, c)}%，与所写{c.raw}不符{extra}。",
            c.span,
            values={"target": t.raw, "actual": a.raw, "stated": c.raw},
            expected=f"{fmt_like(expected, c)}%",
            decisive=bool(extra),
            related=(t.span, a.span),
        )
    )


def _indicator_conflicts(ctx: Context, seen: dict[str, list[tuple[Table, Row]]]) -> None:
    totalled = {id(t): any(r.is_total() for r in t.data_rows()) for t in ctx.tables}
    for name, places in seen.items():
        tables = [id(t) for t, _ in places]
        if len(places) < 2 or len(set(tables)) != len(tables):
            continue  # a name repeated inside one table is a group label, not one indicator
        first_table, first_row = places[0]
        # two whole 自评表 (the department's, a project's) weigh an indicator each its own way, and spend their own money
        whole = all(totalled[id(t)] for t, _ in places)
        for role in (("target",) if "执行" in name else ("actual", "target")) if whole else _ROLES:
            if (ref := first_table.number(first_row, role)) is None:
                continue
            for table, other in ((t, t.number(r, role)) for t, r in places[1:]):
                # (a table of projects scores each project; an indicator table scores against its 分值)
                if other is not None and not other.approx and (first_table.col("weight") is None) == (table.col("weight") is None) \
                        and other.kind == ref.kind and other.value != ref.value and ref.unit == other.unit:
                    ctx.add(
                        Finding(
                            "conflicting_values",
                            f"“{name}”的{_ROLES[role]}前后不一致：此处为{other.raw}，前文表中为{ref.raw}。",
                            other.span,
                            values={"stated": other.raw, "elsewhere": ref.raw}, expected=ref.raw,
                            related=(ref.span,),
                        )
                    )
