"""Funds tables (I1–I3: MOF columns and the transposed seed 003 layout) and the §5 scoring rules
(``score_rule_mismatch``, ``deviation_unexplained``: warnings, since local rules differ)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from itertools import combinations

from chains.check.rules.base import (
    HUNDRED,
    Context,
    agrees,
    fmt,
    fmt_like,
    leads_its_sentence,
    one_source,
)
from chains.check.rules.rate_text import (
    EXECUTION_ROW,
    TOTAL_FUNDS,
    category_table,
    department_wide,
    rates_against_text,
)
from chains.check.rules.score_groups import number as _num
from chains.check.rules.tables import _family, target_actual
from chains.check.rules.unit_slips import report_unit
from chains.findings import Finding
from chains.text.numbers import Mention
from chains.text.quantities import Linked
from chains.text.table_model import TOTAL_LABEL, Row, Table, column_label, column_role, shown


def run(ctx: Context) -> None:
    for table in ctx.tables:
        if table.header_index is None:
            _funds_rows(ctx, table)
            continue
        _funds_columns(ctx, table)
        _received_columns(ctx, table)
        scoring_rules(ctx, table)
        deviations(ctx, table)
    table_against_text(ctx)


# -- funds tables --------------------------------------------------------------------------------------


def _funds_columns(ctx: Context, table: Table) -> None:
    """MOF layout: columns 全年预算数 | 全年执行数 | 执行率 (| 分值 | 得分) on each fund row."""
    if table.col("annual_budget") is None or table.col("spent") is None or table.col("execution_rate") is None:
        return
    for row in table.data_rows():
        b, s, r = (table.number(row, k) for k in ("annual_budget", "spent", "execution_rate"))
        if b is None or s is None or r is None or r.approx:
            continue
        if r.kind != "percent" and any(c.text.rstrip().endswith(("%", "％")) for c in row.cells):
            continue  # the rate is in another cell of the row: the columns are shifted, nothing is certain
        if b.value == 0:
            if r.value != 0:
                ctx.add(Finding("implausible_rate", f"全年预算数为{b.raw}，执行率无从计算，却写作{r.raw}。", r.span,
                                values={"budget": b.raw, "stated": r.raw}, expected="—"))
            continue
        _rate_cell(ctx, r, s, b, "执行率", percent_cell=True)
        w, sc = _num(table, row, "weight"), _num(table, row, "score")
        if w is not None and sc is not None and sc.value <= w.value:
            expected = w.value * min(s.value / b.value, Decimal(1))
            # rules §8: published reports score from the unrounded rate or from the rate as they state it
            as_stated = w.value * min(r.value, HUNDRED) / HUNDRED if r.kind == "percent" else expected
            if not agrees(sc, expected) and not agrees(sc, as_stated):
                ctx.add(
                    Finding(
                        "score_rule_mismatch",
                        f"预算执行得分按“分值×执行率（不超过分值）”应为{fmt(expected, 2)}，表中为{shown(sc)}。",
                        sc.span,
                        values={"weight": w.raw, "budget": b.raw, "spent": s.raw, "stated": sc.raw},
                        expected=fmt(expected, 2),
                    )
                )


def _received_columns(ctx: Context, table: Table) -> None:
    """Columns 全年预算数 | 实际到位数 | 到位率 on each fund row: 到位率 = 到位 ÷ 预算, and none on a budget of 0."""
    if table.col("annual_budget") is None or table.col("received") is None or table.col("received_rate") is None:
        return
    for row in table.data_rows():
        b, got, r = (table.number(row, k) for k in ("annual_budget", "received", "received_rate"))
        if b is None or got is None or r is None or r.approx or r.kind not in ("percent", "number"):
            continue
        if b.value == 0:
            if r.value != 0 and got.value == 0:
                ctx.add(Finding("implausible_rate", f"全年预算数为{b.raw}，到位率无从计算，却写作{r.raw}。", r.span,
                                values={"budget": b.raw, "stated": r.raw}, expected="—"))
            continue
        if r.value > HUNDRED + r.half_unit():  # (a bare figure under 到位率 is a percentage too)
            ctx.add(Finding("implausible_rate", f"到位率{r.raw}超过100%：按预算{b.raw}、到位{got.raw}计算应为"
                            f"{fmt_like(got.value / b.value * HUNDRED, r)}%。", r.span, values={"stated": r.raw},
                            expected="≤100%", related=(b.span, got.span)))
            continue
        _rate_cell(ctx, r, got, b, "到位率", percent_cell=True)


def _funds_rows(ctx: Context, table: Table) -> None:
    """Transposed layout (seed 003): rows 全年预算 / 实际到位 / 全年执行 / 结余 / 到位率 / 执行率, columns by source."""
    rows: dict[str, Row] = {}
    for row in table.rows:
        role = column_role(row.label)
        if role in ("annual_budget", "received", "spent", "execution_rate", "received_rate") and role not in rows:
            rows[role] = row
        elif role is None and re.search(r"结余", row.label) and "balance" not in rows:
            rows["balance"] = row
    if "annual_budget" not in rows:
        return
    width = max(len(r.cells) for r in rows.values())
    for j in range(1, width):
        def cell(role: str, j: int = j) -> Mention | None:
            row = rows.get(role)
            if row is None or j >= len(row.cells):
                return None
            m = row.cells[j].value()
            return m if m is not None and m.kind in ("number", "money", "percent") and not m.approx else None

        if any(c.text.startswith("(") for c in (rows["annual_budget"].cells[j:j + 1] or [])):
            continue  # the 行次 column "(2)"
        base = cell("annual_budget")
        for rate_role, num_role, name in (("received_rate", "received", "到位率"), ("execution_rate", "spent", "执行率")):
            r = cell(rate_role)
            if r is None or r.kind not in ("number", "percent"):
                continue
            num = cell(num_role)
            if num is None and base is not None and base.value:
                continue  # no 执行数 row read (a 兑付 row, a year's column): the rate has nothing to be checked on
            if base is None or base.value == 0:
                if r.value != 0:
                    ctx.add(Finding("implausible_rate", f"该列预算为空或为0，{name}无从计算，却写作{r.raw}。", r.span,
                                    values={"stated": r.raw}, expected="0或—"))
                continue
            _rate_cell(ctx, r, num, base, name, percent_cell=True)


def _rate_cell(ctx: Context, r: Mention, num: Mention | None, base: Mention, name: str, percent_cell: bool) -> None:
    numerator = num.value if num is not None else Decimal(0)
    c = numerator / base.value * HUNDRED
    if _as_ratio(r, c):  # "0.958" in a 执行率 column is 95.8% written as a ratio
        _ratio_cell(ctx, r, num, base, name, c / HUNDRED)
        return
    if num is not None and num.kind == "number" and c > 1000 and r.value and agrees(r, c / 10000):
        # "公用经费｜43.86｜43.86｜432780.00｜98.7%": a 元 figure in a table of 万元
        report_unit(ctx, num, num.value / 10000, f"{name}{r.raw}")
        return
    if agrees(r, c):
        if c > HUNDRED + r.half_unit():
            ctx.add(Finding("implausible_rate", f"{name}{r.raw}超过100%，执行数超过预算。", r.span,
                            values={"stated": r.raw}, expected="≤100%", decisive=True))
        return
    ctx.add(
        Finding(
            "rate_mismatch",
            f"按预算{base.raw}、{'到位' if name == '到位率' else '执行'}{num.raw if num is not None else '0'}计算，"
            f"{name}应为{fmt_like(c, r)}%，与所写{r.raw}不符。",
            r.span,
            values={"base": base.raw, "amount": num.raw if num is not None else "", "stated": r.raw},
            expected=f"{fmt_like(c, r)}%",
            decisive=True,
            related=(base.span,) + ((num.span,) if num is not None else ()),
        )
    )


def _as_ratio(r: Mention, percent: Decimal) -> bool:
    """A bare figure below 1.5 that is nearer the ratio than the percentage (0.958 for 95.86%, not 0.99%)."""
    if r.kind == "percent" or r.decimals < 2 or r.value > Decimal("1.5") or agrees(r, percent):
        return False
    return abs(r.value - percent / HUNDRED) < abs(r.value - percent)


def _ratio_cell(ctx: Context, r: Mention, num: Mention | None, base: Mention, name: str, ratio: Decimal) -> None:
    if agrees(r, ratio):
        return
    ctx.add(
        Finding(
            "rate_mismatch",
            f"按预算{base.raw}、{'到位' if name == '到位率' else '执行'}{num.raw if num is not None else '0'}计算，"
            f"{name}应为{fmt(ratio, r.decimals)}（{fmt(ratio * HUNDRED, 2)}%），与所写{r.raw}不符。",
            r.span,
            values={"base": base.raw, "amount": num.raw if num is not None else "", "stated": r.raw},
            expected=fmt(ratio, r.decimals),
            related=(base.span,) + ((num.span,) if num is not None else ()),
        )
    )


# -- §5 scoring rules and deviations (warnings: local rules differ) --------------------------------------

DEVIATION_THRESHOLD = Decimal("0.20")  # rules §5 [ours]: over-achievement beyond 20% needs a reason


def scoring_rules(ctx: Context, table: Table) -> None:
    if table.col("score") is None or table.col("weight") is None:
        return
    for row in table.data_rows():
        if row.is_total():
            continue
        w, s = _num(table, row, "weight"), _num(table, row, "score")
        t, a = target_actual(table, row)
        if w is None or s is None or a is None or a.approx or s.value > w.value:
            continue
        name = row.name_in(table)
        rule, allowed = _expected_scores(name, w, t, a)
        if not allowed or any(agrees(s, x) for x in allowed):
            continue
        if rule == _BY_RATE and abs(s.value - allowed[0]) <= w.value * a.half_unit() / HUNDRED + s.half_unit():
            continue  # "82% | 8.18": the score may come from the exact rate the printed one rounds (81.80%)
        if rule == "over" and s.value <= w.value:
            continue
        ctx.add(
            Finding(
                "score_rule_mismatch",
                f"“{name}”按{rule}计算得分应为{'或'.join(fmt(x, 2) for x in allowed)}，表中为{shown(s)}。",
                s.span,
                values={"weight": w.raw, "actual": a.raw, "target": t.raw if t is not None else "", "stated": s.raw},
                expected=fmt(allowed[0], 2),
            )
        )


_BY_RATE = "分值×执行率（不超过分值）"


def _expected_scores(name: str, w: Mention, t: Mention | None, a: Mention) -> tuple[str, list[Decimal]]:
    wv = w.value
    if EXECUTION_ROW.search(name) and a.kind == "percent":
        return _BY_RATE, [wv * min(a.value, HUNDRED) / HUNDRED]
    if t is None or t.approx or _family(t) != _family(a) or _family(t) in (None, "date"):
        return "", []
    tv, av = t.value, max(a.value, Decimal(0))
    direction = t.comparator or "eq"
    if direction == "lte":
        if av <= tv:
            return "“≤”指标达标得满分", [wv]
        if av == 0:
            return "", []
        return "“≤”指标未达标按比例", [wv * tv / av, max(Decimal(0), wv * (1 - (av - tv) / tv)) if tv else Decimal(0)]
    if tv == 0:
        return "“=0”指标", [wv if av <= 0 else Decimal(0)]
    if av >= tv:
        if tv > 0 and (av - tv) / tv > DEVIATION_THRESHOLD:
            return "over", [wv]
        return "指标达标得满分", [wv]
    return "未达标按完成比例", [wv * av / tv]


def deviations(ctx: Context, table: Table) -> None:
    col = table.col("deviation_note")
    if col is None or table.header is not None and col < len(table.header.cells) and not table.header.cells[col].text:
        return  # no 偏差原因 column, only room for words after the score
    for row in table.data_rows():
        t, a = target_actual(table, row)
        note = table.cell(row, "deviation_note")
        if t is None or a is None or note is None or note.text.strip("—-/ 　无") or t.approx or a.approx:
            continue
        if _family(t) != _family(a) or _family(t) in (None, "date") or t.value == 0:
            continue
        direction = t.comparator or "eq"
        short = a.value > t.value if direction == "lte" else a.value < t.value
        over = direction != "lte" and (a.value - t.value) / t.value > DEVIATION_THRESHOLD
        if short or over:
            # (the share of the target, not "超出…26%": beside a target of ≥10% that reads as a rate of 26%)
            what = "未达到年度指标值" if short else f"为年度指标值的{fmt(a.value / t.value * HUNDRED, 0)}%，大幅超出"
            ctx.add(
                Finding(
                    "deviation_unexplained",
                    f"“{row.name_in(table)}”实际完成值{a.raw}{what}（目标{t.raw}），偏差原因一栏却为空。",
                    a.span,
                    values={"target": t.raw, "actual": a.raw},
                    related=(note.span,),
                )
            )


# -- I11 a funds table against the text --------------------------------------------------------------

_TABLE_QUANTITIES = ("initial_budget", "annual_budget", "spent", "received")
_PRINTED_WAN = re.compile(r"[（(]\s*万元\s*[)）]|单位[：:]\s*万元")
_PRINTED_YUAN = re.compile(r"[（(]\s*(?:单位[：:]\s*)?元\s*[)）]|单位[：:]\s*元(?![/／])")
_PRINTED_YI = re.compile(r"[（(]\s*(?:单位[：:]\s*)?亿元\s*[)）]|单位[：:]\s*亿元")


def table_against_text(ctx: Context) -> None:
    """The project totals of a funds table and the same totals stated in the text must agree (I11)."""
    from chains.text.quantities import Linked, generic_subject

    stated, parts, in_wan = _funds_totals(ctx)
    ctx.table_totals = [Linked(m, q, "", "", m.span) for q, m in stated.items()]
    rates_against_text(ctx)
    if not stated:
        return

    confirmed = _confirmed(ctx, stated)
    for lk in ctx.linked:
        m = lk.mention
        t = stated.get(lk.quantity or "")
        if t is None or m.kind != "money" or m.approx or m.comparator is not None or lk.component_of is not None:
            continue
        if lk.scope or not generic_subject(lk.subject) or (lk.year not in (None, ctx.year)) or department_wide(ctx, lk) \
                or one_source(ctx, lk):
            continue
        ratio = m.value / t.value if t.value else Decimal(0)
        if ratio == Decimal("0.0001") and m.written_unit == "元" and lk.quantity in in_wan:
            report_unit(ctx, m, t.value, f"与表中所填{t.raw}万元一致")
            continue  # the same digits, and the table prints 万元: the text's 元 is the slip
        if any(q == lk.quantity and span != m.span for q, span in confirmed):
            continue  # the text states the table's figure elsewhere: this one is an item's or a source's
        if any(o.component_of is not None and o is not lk and o.mention.kind == "money" and o.mention.value == m.value
               for o in ctx.linked):
            continue  # "实际支出中，免费基本殡葬服务费用94.92万元…" then "为1,356具遗体提供…服务，支出94.92万元": that item's
        if not leads_its_sentence(ctx, lk) or _after_a_count(ctx, lk):
            # "本级财政资金132万元，支出123.36万元": the figure may be one source's, not the project's;
            # "完成档案数字化552盘，…支出198,600元": the cost of one activity
            continue
        if m.value == t.value or abs(m.value - t.value) <= max(m.half_unit(), t.half_unit()):
            continue
        if ratio in (Decimal(10000), Decimal("0.0001")) or _one_change_apart(ctx, m, t) \
                or any(agrees(m, v) for v in parts.get(lk.quantity or "", [])):
            continue  # units the table does not print; a change apart; another row's figure (财政资金 of the total)
        ctx.add(
            Finding(
                "conflicting_values",
                f"正文{column_label(lk.quantity or '')}为{m.raw}，与表中所填{t.raw}不一致。",
                m.span,
                values={"stated": m.raw, "table": t.raw},
                expected=t.raw,
                related=(t.span,),
            )
        )


def _funds_totals(ctx: Context) -> tuple[dict[str, Mention], dict[str, list[Decimal]], set[str]]:
    """The funds tables' project totals by quantity (in 万元), the other rows' figures of each column (a source's or
    a kind's), and the quantities read from a table that prints 万元 as its unit."""
    stated: dict[str, Mention] = {}
    parts: dict[str, list[Decimal]] = {}
    in_wan: set[str] = set()
    for table in ctx.tables:
        # the unit is printed in the table or in the line just above its header ("项目资金 (万元) |")
        printed_wan = bool(_PRINTED_WAN.search(ctx.text, max(0, table.span[0] - 40), table.span[1]))
        printed_yuan = not printed_wan and bool(_PRINTED_YUAN.search(ctx.text, max(0, table.span[0] - 40), table.span[1]))
        known = set(stated)
        if category_table(ctx, table) or table.col("name") is not None and table.col("level1") is None:
            continue  # "子项目名称｜资金规模｜已拨付": a table of items, its 合计 theirs, not the funds block's
        if table.header_index is not None:
            rows = table.data_rows()
            if table.col("annual_budget") is None or not rows:
                continue
            first = next((r for r in rows if TOTAL_FUNDS.search(r.label)), rows[0] if _one_block(table) else None)
            if first is not None and _YEAR_ROW.match(first.label):
                # "2018年｜360.00｜351.26…" over one row per year: the evaluated year's row, if any
                first = next((r for r in rows if r.label.strip().startswith(f"{ctx.year}年")), None)
            if first is None:
                continue  # "子项目｜全年预算数…" over one row per sub-project: no row is the project's total
            for q in _TABLE_QUANTITIES:
                m = table.number(first, q)
                if m is not None and not m.approx and q not in stated:
                    stated[q] = m
                    # the other rows' figures in the column: a source's or a kind's (当年财政拨款, 其他资金)
                    parts[q] = [x.value for r in rows if r is not first and (x := table.number(r, q)) is not None]
        else:
            # rows by measure, columns by source: the 合计 column holds the project's figures, else the first
            k = next((j for j, c in enumerate(table.rows[0].cells) if j and TOTAL_LABEL.match(c.text)), None)
            if any(_YEAR_ROW.match(c.text) for c in table.rows[0].cells[1:]):  # "项目｜2022年度｜2023年度｜增减": the year's
                k = next((j for j, c in enumerate(table.rows[0].cells) if j and c.text.strip().startswith(f"{ctx.year}年")), None)
                if k is None:
                    continue
            for row in table.rows:
                role = column_role(row.label)
                if role is None:
                    continue
                q = role
                cells = [c for c in row.cells[1:] if c.text and not c.text.startswith("(")]
                if q in _TABLE_QUANTITIES and q not in stated and cells:
                    m = (row.cells[k] if k is not None and k < len(row.cells) else cells[0]).value()
                    if m is not None and not m.approx:
                        stated[q] = m
        if printed_wan:
            in_wan |= set(stated) - known
        if printed_yuan:  # "资金执行情况如下（单位：元）": bare cells are 元, the text's amounts 万元
            _in_yuan(stated, set(stated) - known, Decimal("0.0001"))
        elif not printed_wan and _PRINTED_YI.search(ctx.text, max(0, table.span[0] - 40), table.span[1]):
            _in_yuan(stated, set(stated) - known, Decimal(10000))  # "（单位：亿元）": bare cells are 亿元
    return stated, parts, in_wan


_CHANGES = {"carryover", "carry_forward", "budget_adjustment", "other_funds"}


def _one_change_apart(ctx: Context, m: Mention, t: Mention) -> bool:
    """"项目年初预算1200.00万元…2024年结转的中央资金380.00万元一并纳入" beside a table's 年初预算数 1580.00: the two
    differ by a carry-over or an adjustment the text states, so one counts it and the other does not."""
    gap = abs(m.value - t.value)
    changes = [lk.mention for lk in ctx.linked if lk.quantity in _CHANGES and lk.mention.kind == "money"
               and lk.mention.unit == m.unit]
    # (or two of them: "预算100.00万元，7月…追加20.00万元…；加上2021年结转资金6.40万元，全年可用资金126.40万元")
    return any(abs(sum(c.value for c in pair) - gap) <= max(m.half_unit(), *(c.half_unit() for c in pair))
               for pair in (*((c,) for c in changes), *combinations(changes[:8], 2)))


def _in_yuan(stated: dict[str, Mention], quantities: set[str], scale: Decimal) -> None:
    """Bare table figures read in 万元 from the unit the table prints (元: ×0.0001, 亿元: ×10000)."""
    for q in quantities:
        m = stated[q]
        if m.kind == "number":
            stated[q] = replace(m, value=m.number * scale, unit="万元", kind="money", written_unit="元" if scale < 1 else "亿元")


def _confirmed(ctx: Context, stated: dict[str, Mention]) -> set[tuple[str, tuple[int, int]]]:
    """The text's figures that state a table total (in 元 or 万元): the text's other figures of that quantity are
    items' or sources'."""
    return {(q, lk.mention.span) for q, t in stated.items() for lk in ctx.linked if lk.quantity == q
            and lk.mention.kind == "money"
            and any(abs(lk.mention.value * k - t.value) <= lk.mention.half_unit() * k for k in _TABLE_SCALES)}


_YEAR_ROW = re.compile(r"\s*(?:19|20)\d{2}\s*年")
_TABLE_SCALES = (Decimal(1), Decimal(10000), Decimal("0.0001"))  # a table in 元 or 万元 the text need not share
_ITEM_HEAD = re.compile(r"子项目|项目名称|明细|分项|支出项目|资金用途|科目|资金来源")  # (a table of sources: its first is one)


def _one_block(table: Table) -> bool:
    """Whether a funds table without a total row still speaks of the whole project in its first row: not a table
    of sub-projects or items (its first header names them)."""
    head = table.rows[table.header_index].cells if table.header_index is not None else []
    return not (head and _ITEM_HEAD.search(head[0].text))


def _after_a_count(ctx: Context, lk: Linked) -> bool:
    return any(o.sentence == lk.sentence and o.mention.kind == "count" and o.mention.start < lk.mention.start
               for o in ctx.linked)
