"""A 自评表 actual value and a figure in the text that are the same digits with two neighbours swapped, written about
the same indicator in other words (I11, a 疑似 only):

    自评表 "个性化颁证仪式场次｜≥40场｜47场"  and the text "全年举办个性化颁证仪式74场"
    自评表 "新品种推广面积｜≥12万亩｜11.3万亩" and the text "推广新品种11.8万亩" (no: not a swap)

The name need not stand in the text as the table writes it (``indicator_text`` reads those): the text's clause shares
four characters in a row with the name (three when the figure has three digits or more), the figure is in the
table's unit and no target, bound, per-unit or one-of-several figure. Which side was keyed wrong the report does not
say, so both are shown as a 疑似 (warning), each naming the other."""

from __future__ import annotations

import bisect
import re
from decimal import Decimal

from chains.check.rules import item_blocks
from chains.check.rules.base import Context, adjacent_swap
from chains.check.rules.tables import target_actual
from chains.findings import Finding
from chains.text.numbers import Mention
from chains.text.sections import in_background, in_goals

_CLAUSE_END = re.compile(r"[，,。；;\n：:]")
_NOT_ACTUAL = re.compile(r"其中|不超过|不低于|不少于|目标|计划|预期|任务|以上|以内|上年|去年|同比|较上|抽取|抽查|抽样|[≥≤]"
                         r"|分别|平均|人均|每|由|从|[各均]|\d{4}年")
_AFTER_BOUND = re.compile(r"\s*(?:以上|以下|以内|左右|之间|[～~至到—–-]\s*\d)")
_GENERIC = frozenset({"全年", "年度", "完成", "实际", "数量", "指标", "项目", "资金", "万元", "工作", "服务"})
_RATE_NAME = re.compile(r"[率度]$")


def run(ctx: Context) -> None:
    tables = [t for t in ctx.tables if t.col("name") is not None and t.col("actual") is not None]
    if not tables:
        return
    spans = sorted(t.span for t in ctx.tables)
    starts = [a for a, _ in spans]
    prose = [m for m in ctx.mentions if m.value and not m.approx and m.comparator is None
             and not ((k := bisect.bisect_right(starts, m.start) - 1) >= 0 and m.start < spans[k][1])]
    said = {(m.unit, m.value) for m in prose}
    flagged = {f.span for f in ctx.findings} | {r for f in ctx.findings for r in f.related}
    for table in tables:
        for row in table.data_rows():
            name_cell = table.cell(row, "name")
            _, actual = target_actual(table, row)
            if name_cell is None or actual is None or not actual.value or actual.approx or actual.comparator is not None \
                    or actual.span in flagged:
                continue
            name = re.sub(r"\s+", "", name_cell.text)
            twins = [m for m in prose if m.kind == actual.kind and m.unit == actual.unit and m.value != actual.value
                     and _swapped(m, actual) and m.span not in flagged and _about(ctx, m, name)
                     and not item_blocks.apart(ctx, table.span[0], m.start)]
            if len(twins) == 1 and (actual.unit, actual.value) not in said:
                _report(ctx, name_cell.text, actual, twins[0])
                flagged |= {actual.span, twins[0].span}


def _swapped(a: Mention, b: Mention) -> bool:
    places = max(a.decimals, b.decimals)
    x, y = _digits(a.value, places), _digits(b.value, places)
    return len(x) >= 2 and adjacent_swap(x, y)


def _digits(value: Decimal, places: int) -> str:
    return f"{value:.{places}f}".replace(".", "").lstrip("0")


def _about(ctx: Context, m: Mention, name: str) -> bool:
    """Whether the text's figure ``m`` is this year's actual value of the indicator ``name`` by its clause's words."""
    text = ctx.text
    start = max((x.end() for x in _CLAUSE_END.finditer(text, max(0, m.start - 40), m.start)), default=max(0, m.start - 40))
    clause = text[start : m.start]
    if _NOT_ACTUAL.search(clause) or _AFTER_BOUND.match(text, m.end) or in_goals(text, m.start) \
            or in_background(text, m.start):
        return False
    if _RATE_NAME.search(name) and name[-2:] not in clause:
        return False  # "知晓率" for a rate: the rate's own word stands before it
    shared = _longest_shared(name, clause)
    return shared >= 4 or shared >= 3 and len(_digits(m.value, m.decimals)) >= 3


def _longest_shared(name: str, clause: str) -> int:
    """The longest run of characters of ``name`` found in ``clause`` that is no generic word alone."""
    best = 0
    for i in range(len(name)):
        for j in range(i + best + 1, len(name) + 1):
            if name[i:j] not in clause:
                break
            if name[i:j] not in _GENERIC:
                best = j - i
    return best


def _report(ctx: Context, name: str, actual: Mention, said: Mention) -> None:
    words = f"“{name.strip()}”的实际完成值，自评表为{actual.raw}，正文为{said.raw}，两者数字相同而相邻两位次序不同"
    ctx.add(Finding("conflicting_values", f"疑似：{words}，疑为录入时数位颠倒，请核实哪一处正确。", said.span,
                    severity="warning", values={"stated": said.raw, "table": actual.raw}, related=(actual.span,)))
    ctx.add(Finding("conflicting_values", f"疑似：{words}，疑为录入时数位颠倒，请核实哪一处正确。", actual.span,
                    severity="warning", values={"stated": actual.raw, "text": said.raw}, related=(said.span,)))
