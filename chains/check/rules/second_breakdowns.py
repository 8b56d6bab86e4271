"""The same whole broken down a second time, by source, in the sentence after its first breakdown (I4):

    全年预算调整为633.66万元，其中基本支出292.16万元、项目支出341.50万元。按资金来源分，一般公共预算拨款545.36万元、
    政府性基金预算拨款73.01万元、上年结转资金15.20万元。

The first list's parts (其中…) already add up to its whole, so the sentence after it, opened by 按资金来源分 /
分来源看 / 从资金来源看, lists the same whole again by where the money came from: its amounts add up to that whole.
Read only when the first breakdown closes its whole exactly, the second list has no total, 其中, rate, 等 or price of
its own, and its words are those of the whole (no 支出 of a budget, no 预算 of spending)."""

from __future__ import annotations

import re

from chains.check.rules.base import Context
from chains.check.rules.listed_totals import judge_sum
from chains.text.numbers import mentions_within
from chains.text.quantities import Linked

_OPENS = re.compile(r"(?:按|分|从)(?:资金)?来源(?:看|分|划分)?[，,：:]")
_NOT_ALL = re.compile(r"其中|合计|共计|总计|小计|率|到位|结余|结转至|每|单价|标准|各|分别|等[，,。；;]?$")
_FIGURE_IN_BRACKETS = re.compile(r"[（(][^）)]*\d")
_SPENT = re.compile(r"支出|执行|使用|拨付|兑付")
_WHOLES = {"annual_budget", "initial_budget", "approved_budget", "spent"}


def run(ctx: Context) -> None:
    if "来源" not in ctx.text:
        return
    for opened in _OPENS.finditer(ctx.text):
        if opened.start() == 0 or ctx.text[opened.start() - 1] not in "。；;":
            continue  # (a sentence of its own, right after the one that broke the whole down first)
        end = min((i for i in (ctx.text.find(c, opened.end()) for c in "。；;\n") if i >= 0), default=len(ctx.text))
        body = ctx.text[opened.end() : end]
        if _NOT_ALL.search(body) or _FIGURE_IN_BRACKETS.search(body):
            continue  # (an aside with a figure: "（其中…）" may hold a part's own parts)
        items = mentions_within(ctx.mentions, opened.end(), end)
        if len(items) < 2 or any(m.kind != "money" or m.approx or m.comparator is not None for m in items):
            continue
        whole = _closed_whole(ctx, opened.start() - 1)
        if whole is None or (whole.quantity == "spent") != bool(_SPENT.search(body)):
            continue  # (spending by source under a budget, or the budget's sources under spending: other wholes)
        if whole.mention.unit != items[0].unit:
            continue
        judge_sum(ctx, items, whole.mention)


def _closed_whole(ctx: Context, end: int) -> Linked | None:
    """The whole of the sentence ending at ``end`` whose 其中 parts add up to it exactly, when there is one."""
    start = max(ctx.text.rfind(c, 0, end) for c in "。；;\n") + 1
    wholes = [(i, lk) for i, lk in enumerate(ctx.linked) if start <= lk.mention.start < end and lk.quantity in _WHOLES
              and lk.mention.kind == "money" and lk.component_of is None and not lk.mention.approx]
    for i, lk in reversed(wholes):
        parts = [p.mention.value for p in ctx.linked if p.component_of == i]
        if len(parts) >= 2 and sum(parts) == lk.mention.value and "其中" in ctx.text[lk.mention.end : end]:
            return lk
    return None
