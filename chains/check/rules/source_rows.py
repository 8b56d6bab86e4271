"""Funds tables with the fund sources as rows (the MOF 自评表 and the 转移支付 layout):

    项目资金（万元）｜年初预算数｜全年预算数｜全年执行数｜…
    年度资金总额    ｜ 139     ｜ 139      ｜ 125.1    ｜…
    其中：当年财政拨款｜ 100   ｜ 100      ｜ 90       ｜…
    上年结转资金    ｜ 39      ｜ 39       ｜ 35.1     ｜…
    其他资金        ｜         ｜          ｜          ｜…

Per amount column, 年度资金总额 = Σ its source rows (I4) → ``sum_mismatch``. An empty cell or "—" is 0. Parts
that exceed the total are an error; parts short of it are an error only when two or more sources carry a
value (a single 其中 row may be a partial breakdown: then it is 疑似).
"""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules import nested_rows, table_sums
from chains.check.rules.base import Context, agrees, fmt, sum_agrees
from chains.check.rules.borne_out import odd_part, swapped_one
from chains.check.rules.column_totals import broken_down
from chains.check.rules.unit_slips import sum_slip
from chains.findings import Finding
from chains.text.numbers import Mention
from chains.text.quantities import Linked, generic_subject
from chains.text.table_model import NUMERIC, Row, Table, column_label

_AMOUNT_ROLES = ("initial_budget", "annual_budget", "received", "spent")
_TOTAL_ROW = re.compile(r"^\s*(?:年度)?资金总额|^\s*(?:资金)?合\s*计|^\s*总\s*[计额]")
_SOURCE_ROW = re.compile(
    r"^\s*(?:其中[：:]?\s*)?(?:本年|当年)?(?:财政拨款|财政资金|一般公共预算|政府性基金|中央|省级|省财政|自治区|市级|市财政|盟市|"
    r"州级|县级|县财政|旗县|区级|乡镇|地方资金|财政专户|地方财政|地方配套|上年结转|以前年度结转|结转资金|其他资金|自筹|单位资金|社会资金|专项债|"
    r"基本支出|项目支出|人员经费|公用经费)"
    # a level named with its place: 南通市级资金, 如皋市级配套, 渭南市本级资金
    r"|^\s*(?:其中[：:]?\s*)?[\u4e00-\u9fff]{1,6}?[省市州县区旗盟](?:级|本级)?(?:财政)?(?:资金|配套|补助|拨款|专项)"
)
_GROUPS_SUBTOTAL = re.compile(r"小\s*计\s*$")
_EMPTY = {"", "—", "－", "-", "/", "／", "——", "0.00", "0"}


def run(ctx: Context) -> None:
    for table in ctx.tables:
        columns = [role for role in _AMOUNT_ROLES if table.col(role) is not None]
        if not columns:
            continue
        rows = table.data_rows()
        for i, row in enumerate(rows):
            # the total row, or a first row with no label of its own (its merged label came out elsewhere)
            if _TOTAL_ROW.match(row.label) or (i == 0 and not row.label and source_rows_after(rows[1:])):
                sources = source_rows_after(rows[i + 1 :])
                # "基本支出" over "其中：人员经费" and "公用经费": the rows a source breaks down are no sources of the total
                children, nested = broken_down(sources, [j for r in columns if (j := table.col(r)) is not None])
                if sources and not nested and not _two_breakdowns(table, row, sources, columns):
                    for role in columns:
                        _check_column(ctx, table, row, [r for k, r in enumerate(sources) if k not in children], role)
                    _sources_against_text(ctx, table, sources, columns)
                breakdowns = [b for b in _by_kind(rows[i + 1 :]) if len(b) >= 2] + _above(table, rows[:i], columns)
                for role in columns:  # "按支出性质分：基本支出｜…" / "项目支出｜…": the same total broken down another way
                    for second in breakdowns:
                        # the sources (or another breakdown) bear the total out: the slip is among this one's rows
                        among = any(_adds_up(table, row, other, role) for other in (sources, *breakdowns) if other is not second)
                        _check_column(ctx, table, row, second, role, among=among)
                break


def _above(table: Table, rows: list[Row], columns: list[str]) -> list[list[Row]]:
    """"基本支出｜…" and "项目支出｜…" over "合计｜…" (and its sources under it): the total's parts written above it, every
    row above being one (the rows that break down one of them left out)."""
    rows = [r for r in rows if not _GROUPS_SUBTOTAL.search(r.label)]  # ("市级小计｜｜200.00": the rows above make it)
    if len(rows) < 2 or not all(_SOURCE_ROW.match(r.label) and not _BY_KIND.match(r.label) for r in rows):
        return []
    children, nested = broken_down(rows, [j for r in columns if (j := table.col(r)) is not None])
    parts = [r for k, r in enumerate(rows) if k not in children | nested_rows.parts_rows(rows)]
    return [parts] if len(parts) >= 2 and not nested else []


def source_rows_after(rows: list[Row]) -> list[Row]:
    """The source rows under a total row (其中：中央…、省级…); none when a row names a source not known (日喀则市资金)."""
    out: list[Row] = []
    for row in rows:
        if out and not row.label and all(not c.text or NUMERIC.match(c.text) for c in row.cells):
            continue  # "基本支出｜985.19｜914.97｜" then "10｜10｜": the rest of the row above, folded onto a line
        if _BY_KIND.match(row.label) or out and _KIND_ROW.match(row.label) and not _KIND_ROW.match(out[-1].label):
            # "按支出性质分：基本支出…" (or a 项目支出 row right after 其他资金, its 按…分 line lost): the sources end, the
            # same total broken down another way begins
            break
        if not _SOURCE_ROW.match(row.label):
            if row.label and not row.is_total() and sum(1 for c in row.cells if NUMERIC.match(c.text)) >= 2:
                return []  # "日喀则市资金｜0.00｜60.00…" after 中央、自治区: a source we cannot name cuts the list short
            break
        out.append(row)
    return out


_KIND_ROW = re.compile(r"^\s*(?:其中[：:]?\s*)?(?:基本支出|项目支出|人员经费|公用经费)")
_BY_KIND = re.compile(r"^\s*按[^：:｜|]{1,8}分(?:[：:]\s*|\s*$)")  # ("按支出性质分｜基本支出｜…": the label a cell of its own)


def _by_kind(rows: list[Row]) -> list[list[Row]]:
    """The rows of each breakdown of the total opened by "按…分：" in its first row's label ("按收入性质分：一般公共预算…",
    then "按支出性质分：基本支出…")."""
    out: list[list[Row]] = []
    for start in (k for k, r in enumerate(rows) if _BY_KIND.match(r.label)):
        rows_of: list[Row] = []
        for k, row in enumerate(rows[start:]):
            label = _BY_KIND.sub("", row.label) if k == 0 else row.label
            if (k and _BY_KIND.match(row.label)) or not _SOURCE_ROW.match(label) or row.is_total():
                break
            rows_of.append(row)
        out.append(rows_of)
    return out


def _source_name(row: Row) -> str:
    return _BY_KIND.sub("", re.sub(r"^\s*其中[：:]?\s*", "", row.label))


def _cell_value(table: Table, row: Row, role: str) -> Mention | None | bool:
    """The cell's number; ``None`` when empty or a dash (0); ``False`` when it holds something unreadable."""
    cell = table.cell(row, role)
    if cell is None or cell.text.strip() in _EMPTY or not cell.text.strip():
        return None
    value = cell.value()
    return value if value is not None and value.kind in ("money", "number") else False


def _two_breakdowns(table: Table, total_row: Row, rows: list[Row], columns: list[str]) -> bool:
    """"合计｜基本支出｜项目支出｜其中：一般公共预算拨款｜上年结转": the rows under a total that are two breakdowns of it one
    after the other (by kind, then by source), each adding up to it in every column."""
    return any(all(_adds_up(table, total_row, rows[:k], r) and _adds_up(table, total_row, rows[k:], r) for r in columns)
               for k in range(2, len(rows) - 1))


def _adds_up(table: Table, total_row: Row, sources: list[Row], role: str) -> bool:
    total = _cell_value(table, total_row, role)
    parts = [v for row in sources if isinstance(v := _cell_value(table, row, role), Mention)]
    return isinstance(total, Mention) and bool(parts) and sum_agrees(parts, total)


def _check_column(ctx: Context, table: Table, total_row: Row, sources: list[Row], role: str, among: bool = False) -> None:
    total = _cell_value(table, total_row, role)
    if total is False:
        return
    parts: list[Mention] = []
    for row in sources:
        v = _cell_value(table, row, role)
        if v is False:
            return
        if isinstance(v, Mention):
            parts.append(v)
    if not parts:
        return
    total_cell = table.cell(total_row, role)
    if total_cell is None:
        return
    total_value = total.value if isinstance(total, Mention) else Decimal(0)
    s = sum((p.value for p in parts), Decimal(0))
    if isinstance(total, Mention) and sum_agrees(parts, total):
        return
    if total is None and s == 0 or isinstance(total, Mention) and sum_slip(ctx, total, parts):
        return  # (one amount written in 元 in a table in 万元: its unit_mismatch)
    short = s < total_value
    # a source written 0.00 is listed, and had nothing: "当年财政拨款｜306.00" over "上年结转资金｜0.00" is the whole
    zeros = sum(1 for row in sources if (c := table.cell(row, role)) is not None and c.text.strip() in ("0", "0.00"))
    sure = not short or len(parts) + zeros >= 2
    decimals = max([p.decimals for p in parts] + ([total.decimals] if isinstance(total, Mention) else [0]))
    column = column_label(role)  # the header's own cell may stand one column off (a merged label cell)
    named = [f"{_source_name(row)}{v.raw}" for row in sources if isinstance(v := _cell_value(table, row, role), Mention)]
    listed = "＋".join(p.raw for p in parts)
    message = (f"{total_row.label.rstrip(':：') or '资金总额'}的{column}为{total_cell.text or '空'}，"
               f"但其中{'、'.join(named)}，合计{fmt(s, decimals)}，两者不符。")
    odd = odd_part(ctx, total, parts, table.span, alone_ok=zeros > 0) if isinstance(total, Mention) and sure else None
    # a total the text states again is borne out: the slip is in one of the rows under it
    borne_out = odd is None and not among and sure and isinstance(total, Mention) and table_sums.amount_restated(ctx, table, total)
    if among and odd is None:
        message += "按来源所列各行之和与合计一致，差错应在这几行之中。"
    elif borne_out:
        message += "合计与正文所写一致，差错应在其下各行之中。"
    if odd is not None:  # the total and the other parts stated again in the text: the part typed wrong
        others = "其他来源均为0" if len(parts) == 1 else "正文另有其他来源的数字"
        message += f"正文另有总额可印证，{others}，{odd.raw}像是填错。"
    elif sure and isinstance(total, Mention) and (swap := swapped_one(total, parts)) is not None:
        # "4875.20" over "1245.80" and "3692.40": 3629.40 would make it hold, two neighbouring digits changed places
        want = s if swap is total else total_value - s + swap.value
        message += f"{swap.raw}若为{fmt(want, swap.decimals)}即相符，疑为数字前后颠倒。"
        if swap is not total:
            odd = swap
    ctx.add(
        Finding(
            "sum_mismatch",
            message if sure else f"疑似：{message}（只列出一个来源，可能不是全部来源，请核实）",
            odd.span if odd is not None else (parts[0].span[0], parts[-1].span[1]) if among or borne_out
            else total_cell.span if total_cell.text else total_row.span,
            severity="error" if sure else "warning",
            values={"total": total_cell.text, "parts": listed} | ({"part": odd.raw} if odd is not None else {}),
            expected=fmt(s, decimals) if odd is None else fmt(total_value - s + odd.value, odd.decimals),
            related=tuple(p.span for p in parts if p is not odd) + ((total_cell.span,) if odd is not None else ()),
        )
    )


# -- a source row against the same source named in the text ------------------------------------------------

_BUDGET_WORDS = ("issued", "annual_budget", "initial_budget", "approved_budget", "received")
#: the sentence speaks of a part of the allocation, not all of it
_PART_OF = re.compile(r"第[一二三四五六七八九十\d]+批|首批|分批|追加|提前下达|预下达|部分|两次|多次|累计|其中|分别")
_SHORT_NAMES = (("体育彩票", "体彩"), ("福利彩票", "福彩"), ("公益金资金", "公益金"))


def _normal(name: str) -> str:
    name = re.sub(r"\s+", "", name)
    for long, short in _SHORT_NAMES:
        name = name.replace(long, short)
    return name


def _sources_against_text(ctx: Context, table: Table, sources: list[Row], columns: list[str]) -> None:
    """"下达我市省级体育彩票公益金220.00万元" against the row "省级体彩公益金｜200.00｜200.00｜200.00": a source the text
    names in full (five characters or more, the same name once 体育彩票 is written 体彩) with an amount that is
    none of the row's amounts → ``conflicting_values`` at the text's figure."""
    for row in sources:
        label = _normal(_source_name(row))
        amounts = [v for role in columns if isinstance(v := _cell_value(table, row, role), Mention)]
        if len(label) < 5 or not amounts:
            continue
        said = [lk for lk in ctx.linked if _names_source(lk, label) and lk.year in (None, ctx.year)]
        if not said or any(agrees(lk.mention, a.value) or agrees(a, lk.mention.value) for lk in said for a in amounts):
            continue
        for lk in said:
            if _PART_OF.search(ctx.text, *lk.sentence):
                continue
            m = lk.mention
            ctx.add(
                Finding(
                    "conflicting_values",
                    f"正文中{_source_name(row)}为{m.raw}，与资金表该来源所填{'、'.join(dict.fromkeys(a.raw for a in amounts))}不一致。",
                    m.span,
                    values={"stated": m.raw, "table": amounts[0].raw},
                    expected=amounts[0].raw,
                    related=tuple(a.span for a in amounts),
                )
            )


def _names_source(lk: Linked, label: str) -> bool:
    m = lk.mention
    if m.kind != "money" or m.approx or m.comparator is not None or lk.component_of is not None:
        return False
    if lk.quantity not in _BUDGET_WORDS or generic_subject(lk.subject):
        return False
    subject = _normal(lk.subject)
    return len(subject) >= 5 and (label.endswith(subject) or subject.endswith(label))
