"""The year's spending broken down by use in a sentence of its own (I4):

    全年实际支出34.62万元，预算执行率96.17%。分来源看，…。分用途看，兑付以案定补补贴30.08万元，调解员业务培训2.64万元，
    调解卷宗印制及年度表彰1.90万元。

A sentence opened by 分用途看 / 从用途看 / 按用途分 / 支出结构为 / 支出构成为 lists what the spending went to, all of it:
its amounts add up to the spending said before it in its paragraph (the first figure of the whole project's spending
that opens its sentence, no source's). Prices each (每…), asides in brackets and anything after a 其中 are no items;
"主要用于" lists only the main uses and is not read."""

from __future__ import annotations

import re

from chains.check.rules.base import Context, leads_its_sentence, one_source
from chains.check.rules.listed_totals import judge_sum
from chains.text.numbers import Mention, mentions_within

_OPENS = re.compile(r"(?:分|从|按)(?:支出)?用途(?:看|分|划分)[，,：:]?|支出(?:结构|构成)(?:为|是|如下)[：:]?")
_ANOTHER_LIST = re.compile(r"[；;，,]\s*(?:按|分|从)[\u4e00-\u9fff]{1,6}(?:看|分|划分)[，,：:]")
# (or each item with its budget and its rate: "建设补贴预算5,600.00万元、支出5,145.60万元；…" — read by other rules)
_NOT_ALL = re.compile(r"其中|合计|共计|总计|小计|预算|执行率|到位|等[，,。；;]?$")
_PRICE = re.compile(r"(?:每|标准|单价|均)[^，,。；;\d]{0,6}$")


def run(ctx: Context) -> None:
    for opened in _OPENS.finditer(ctx.text):
        if opened.start() > 0 and ctx.text[opened.start() - 1] not in "。；;\n":
            continue  # "其中中央资金支出765.35万元，按用途分：…", "项目支出按用途分为…": a part's uses, not the year's
        end = min((i for i in (ctx.text.find(c, opened.end()) for c in "。\n") if i >= 0), default=len(ctx.text))
        if (second := _ANOTHER_LIST.search(ctx.text, opened.end(), end)) is not None:
            end = second.start()  # "按用途分，…；按学期分，…": two lists of the same spending, each whole
        body = ctx.text[opened.end() : end]
        if _NOT_ALL.search(body):
            continue  # a part broken down again, a list with its own total, or one that says it is not all ("…等")
        items = [m for m in mentions_within(ctx.mentions, opened.end(), end) if _an_item(ctx, m)]
        total = _the_spending(ctx, opened.start())
        if total is None or len(items) < 2 or any(m.kind != "money" or m.approx for m in items):
            continue
        if len(items) != len([m for m in mentions_within(ctx.mentions, opened.end(), end) if m.kind == "money"
                              and not _in_brackets(ctx.text, opened.end(), m)]):
            continue  # a price among them: the list is not read with certainty (an item's aside in brackets is no item)
        if any(f.span[0] < items[-1].end and items[0].start < f.span[1] for f in ctx.findings):
            continue  # (said already, by the rules of 其中 lists)
        judge_sum(ctx, items, total)


def _an_item(ctx: Context, m: Mention) -> bool:
    before = ctx.text[max(0, m.start - 8) : m.start]
    return m.kind == "money" and not _PRICE.search(before) and ctx.text.count("（", 0, m.start) == ctx.text.count("）", 0, m.start)


def _in_brackets(text: str, start: int, m: Mention) -> bool:
    before = text[start : m.start]
    return before.count("（") + before.count("(") > before.count("）") + before.count(")")


def _the_spending(ctx: Context, at: int) -> Mention | None:
    """The whole project's spending said first in the paragraph before ``at``, opening its sentence (later ones are
    sources' or parts': "分资金来源看，省级体育彩票公益金支出36.00万元")."""
    start = ctx.text.rfind("\n", 0, at) + 1
    above = start == at and at > 0  # "…全年实际支出33.12万元，…。⏎按用途分：…": the list opens a line under its paragraph
    if above:
        start = ctx.text.rfind("\n", 0, at - 1) + 1
    found = [lk for lk in ctx.linked if start <= lk.mention.start < at and lk.quantity == "spent" and lk.mention.kind == "money"
             and lk.component_of is None and not lk.mention.approx and not one_source(ctx, lk) and leads_its_sentence(ctx, lk)]
    if above and found and (found[0].sentence[0] != start or ctx.text.startswith("其中", start)):
        return None  # (above it, only the spending of the paragraph's first sentence: "全年实际支出33.12万元，…")
    return found[0].mention if found else None
