"""Figures given in turn (I1, I4): lists said with 分别 or 依次, whose items stand in the same order.

    全年财政资金39.6万元，分别来源于中央…、省级…和县本级预算，金额依次为14.4万元、6.9万元和15.6万元。
    …5个项目，预算分别为38万元、12.5万元…，执行数依次为36.4万元、11.26万元…，执行率依次为95.79%、90.08%…。

A total before "分别用于 / 来源于" a list of N names, then N amounts in turn: they add up to it (``sum_mismatch`` from
the total to the last amount). Budgets, spending and rates each given in turn, as many of each: every rate is its
spending over its budget (``rate_mismatch`` on the rate). Nothing is said when the counts differ."""

from __future__ import annotations

import re

from chains.check.rules.base import HUNDRED, Context, agrees, fmt_like, money
from chains.check.rules.listed_totals import judge_sum
from chains.findings import Finding
from chains.text.numbers import Mention, mentions_within

_IN_TURN = re.compile(r"(?:依次|分别)(?:为|是)?[：:]?\s*$")
_SPENT = re.compile(r"(?:分别|依次)?(?:实际)?(?:支出|执行|使用|支付)(?:数|金额)?(?:依次|分别)?(?:为|是)?[：:]?\s*$")
_BUDGET = re.compile(r"(?:预算|安排|下达)(?:数|金额|资金)?(?:依次|分别)(?:为|是)?[：:]?\s*$")
_RATE = re.compile(r"(?:执行率|使用率|支出率)(?:依次|分别)(?:为|是)?[：:]?\s*$")
_NAMES = re.compile(r"分别(?:用于|来源于|来自|投向|补助|用在)([^，,；;。\d]{2,160})[，,]")
_JOINER = re.compile(r"\s*[、和及与]\s*")
_JOINED = re.compile(r"(?:[（(][^）)]*[）)])?\s*[、和及与]")  # ("56.00万元（含年中追加部分）和…")
#: between two named items of one list: a name, a bracket, no clause break ("…62.00万元、界标界桩维护经费56.00万元（含…）和…")
_NAMED_GAP = re.compile(r"(?:[^，,；;。（()\d]|[（(][^）)]*[）)]){0,30}")


def run(ctx: Context) -> None:
    text = ctx.text
    if "依次" not in text and "分别" not in text:
        return
    start = 0
    for end in [i for i, c in enumerate(text) if c in "。；;\n"] + [len(text)]:
        if end - start > 8 and ("依次" in text[start:end] or "分别" in text[start:end]):
            _sentence(ctx, start, end)
        start = end + 1


def _sentence(ctx: Context, start: int, end: int) -> None:
    found = [m for m in mentions_within(ctx.mentions, start, end) if m.kind in ("money", "percent")]
    runs = _runs(ctx.text, found)
    turned = [r for r in runs if _IN_TURN.search(ctx.text, max(start, r[0].start - 4), r[0].start)
              or _SPENT.search(ctx.text, max(start, r[0].start - 12), r[0].start)]
    for r in turned:
        if r[0].kind == "money":
            _sum(ctx, start, r, found)
    rates = [r for r in turned if r[0].kind == "percent" and _RATE.search(ctx.text, max(start, r[0].start - 12), r[0].start)]
    spent = [r for r in turned if r[0].kind == "money" and _SPENT.search(ctx.text, max(start, r[0].start - 12), r[0].start)]
    for rate in rates:
        for s in [x for x in spent if x[-1].end < rate[0].start and len(x) == len(rate)][-1:]:
            budgets = [b for b in runs if b[0].kind == "money" and b[-1].end < s[0].start and len(b) == len(rate)]
            if budgets:
                _rates(ctx, budgets[-1], s, rate)


def _runs(text: str, found: list[Mention]) -> list[list[Mention]]:
    """Lists of two figures or more of one kind and unit, joined by 、和及与, or by names in one clause."""
    runs: list[list[Mention]] = []
    for m in found:
        last = runs[-1][-1] if runs else None
        if last is not None and m.kind == last.kind and m.unit == last.unit and not m.approx and (
                _JOINER.fullmatch(text, last.end, m.start) or m.kind == "money" and _NAMED_GAP.fullmatch(text, last.end, m.start)
                and _JOINED.match(text, last.end)):
            runs[-1].append(m)
        else:
            runs.append([m])
    return [r for r in runs if len(r) >= 2 and not any(x.approx or x.comparator for x in r)]


def _sum(ctx: Context, start: int, parts: list[Mention], found: list[Mention]) -> None:
    """"全年支出21.02万元，分别用于A、B、C、D和E，金额依次为…": the amounts in turn against the total before the names."""
    names = ([None, *_NAMES.finditer(ctx.text, start, parts[0].start)])[-1]
    if names is None or len(_JOINER.split(names.group(1).strip())) != len(parts):
        return
    totals = [m for m in found if m.kind == "money" and m.unit == parts[0].unit and m.end <= names.start()]
    if totals and not totals[-1].approx and totals[-1].comparator is None:
        judge_sum(ctx, parts, totals[-1])


def _rates(ctx: Context, budgets: list[Mention], spent: list[Mention], rates: list[Mention]) -> None:
    for b, s, r in zip(budgets, spent, rates, strict=True):
        if not b.value or agrees(r, s.value / b.value * HUNDRED):
            continue
        computed = s.value / b.value * HUNDRED
        ctx.add(
            Finding(
                "rate_mismatch",
                f"依次所列第{budgets.index(b) + 1}项：按预算{money(b)}、执行{money(s)}计算，执行率为{fmt_like(computed, r)}%，"
                f"与所写{r.raw}不符。",
                r.span,
                values={"base": money(b), "amount": money(s), "stated": r.raw},
                expected=f"{fmt_like(computed, r)}%",
                related=(b.span, s.span),
            )
        )
