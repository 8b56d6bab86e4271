"""Balances accounted for otherwise than as the year's budget less its spending (I3): a remainder said in parts, one
clause each ("…未支出的2.80万元结转至2021年；公证费减免补偿结余0.64万元，年底已按规定交回财政": budget − spending is
their sum, not any one of them), an item's own balance in the paragraph given to it ("疗养方面，…项目结余5.57万元"), and
the rest of a part listed after 其中 ("其中膳食补助支出3368.24万元，余下13.36万元…已由财政收回": that item's, its budget not
given). Pure."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import Context, agrees
from chains.text.numbers import mentions_within
from chains.text.quantities import Linked, generic_subject

_LEFT_OVER = ("balance", "carry_forward")


def accounted(ctx: Context, lk: Linked, spent: list[Linked], bases: list[Linked]) -> bool:
    """Whether the balance is accounted for otherwise: a part of a remainder said in parts, or an item's own."""
    return split_between(ctx, lk, spent, bases) or an_items_paragraph(ctx, lk, spent, bases) or a_parts_rest(ctx, lk) \
        or an_items_balance(ctx, lk) or a_listed_items(ctx, lk) or rate_implied(ctx, lk, spent, bases) \
        or a_parts_left(ctx, lk)


def rate_implied(ctx: Context, lk: Linked, spent: list[Linked], bases: list[Linked]) -> bool:
    """"全年执行40,316.82万元，预算执行率97.84%。…年末结转结余891.84万元" (the budget unread): a spending of the balance's
    paragraph and the execution rate right after it imply a budget that leaves the balance, within the rate's rounding;
    not when a base read gives that rate (then the base itself, exact, is the evidence)."""
    if any(b.quantity == "received" for b in bases):
        return False  # (I3: with what arrived known, the balance is of it, which a rate on the budget cannot confirm)
    para = ctx.text.rfind("\n", 0, lk.mention.start) + 1
    for s in spent:
        if s.mention.start < para or s.mention.start > lk.mention.start:
            continue
        rate = next((o.mention for o in ctx.linked if o.mention.start > s.mention.end and o.sentence == s.sentence
                     and o.mention.kind == "percent"), None)
        if rate is None or rate.value <= 0 or rate.approx or rate.comparator is not None \
                or not _RATE_RIGHT_AFTER.match(ctx.text, s.mention.end, rate.start) \
                or any(b.mention.value and agrees(rate, s.mention.value / b.mention.value * 100) for b in bases):
            continue
        base = s.mention.value / rate.value * 100
        slack = s.mention.value * rate.half_unit() / rate.value * 100 / rate.value + lk.mention.half_unit()
        if abs(base - s.mention.value - lk.mention.value) <= slack:
            return True
    return False


def a_parts_left(ctx: Context, lk: Linked) -> bool:
    """"…全年预算3,525.80万元，其中生活垃圾分类收运设施补助1,860.00万元、…；全年分别执行1,742.40万元、…。⏎生活垃圾分类
    收运设施补助资金来源为…，年末结余117.60万元": a listed part's budget less a spending of the paragraph before or its
    own leaves the balance exactly: that part's balance."""
    line = ctx.line_of(lk.mention.start)
    near = [o for o in ctx.linked if o.mention.kind == "money" and not o.mention.approx
            and line - 1 <= ctx.line_of(o.mention.start) <= line and o.mention.start < lk.mention.start]
    parts = [o.mention.value for o in near if o.component_of is not None and o.quantity != "initial_budget"]
    spent = [o.mention.value for o in near if o.quantity == "spent"]
    return any(lk.mention.value and agrees(lk.mention, b - s) for b in parts for s in spent if b > s)


_RATE_RIGHT_AFTER = re.compile(r"[，,]\s*(?:预算|资金)?执行率(?:为|达到?)?\s*")


def split_between(ctx: Context, lk: Linked, spent: list[Linked], bases: list[Linked]) -> bool:
    """Whether the balance ``lk`` and the other amounts left over in its line add up to a base less a spending."""
    line = ctx.line_of(lk.mention.start)
    others = [o.mention.value for o in ctx.linked if o is not lk and o.quantity in _LEFT_OVER and o.mention.kind == "money"
              and o.component_of is None and not o.mention.approx and ctx.line_of(o.mention.start) == line]
    if not others:
        return False
    rest = sum(others, Decimal(0))
    return any(agrees(lk.mention, b.mention.value - s.mention.value - rest) for s in spent for b in bases)


# "疗养方面，组织…126人次，…项目结余5.57万元": a paragraph given to one of the items (…方面)
_TOPIC = re.compile(r"[ \t\u3000]*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)?[^，,。；;\d]{2,12}方面[，,：:]")


def an_items_paragraph(ctx: Context, lk: Linked, spent: list[Linked], bases: list[Linked]) -> bool:
    """Whether the balance stands in a paragraph given to one item ("…方面，") that states neither the spending nor
    the budget the balance would be judged on: the item's own balance, its budget not given."""
    start = ctx.text.rfind("\n", 0, lk.mention.start) + 1
    line = ctx.line_of(lk.mention.start)
    return _TOPIC.match(ctx.text, start) is not None and not any(ctx.line_of(x.mention.start) == line for x in (*spent, *bases))


_REST_OF = re.compile(r"[，,]\s*(?:余下|其余|剩余)(?:的|部分)?(?:资金)?$")


def a_parts_rest(ctx: Context, lk: Linked) -> bool:
    """Whether the balance is the rest of the amount listed just before it as a part after 其中, in its sentence."""
    before = [o for o in ctx.linked if o.sentence == lk.sentence and o.mention.kind == "money" and o.mention.end <= lk.mention.start]
    return bool(before) and before[-1].component_of is not None \
        and _REST_OF.search(ctx.text, before[-1].mention.end, lk.mention.start) is not None


def an_items_balance(ctx: Context, lk: Linked) -> bool:
    """Whether the balance follows an item's spending in its sentence and the item's own budget, named the same way,
    leaves it: "（人员经费52.80万元、公用经费8.50万元）…公用经费支出8.21万元，结余0.29万元"."""
    before = [o for o in ctx.linked if o.sentence == lk.sentence and o.mention.kind == "money" and o.mention.end <= lk.mention.start]
    if not before or before[-1].quantity != "spent" or len(before[-1].subject) < 2 or generic_subject(before[-1].subject):
        return False
    item = before[-1]
    return any(x.subject == item.subject and x.quantity in ("initial_budget", "annual_budget", "approved_budget")
               and x.mention.kind == "money" and agrees(lk.mention, x.mention.value - item.mention.value) for x in ctx.linked)


_QUOTED_ITEM = re.compile(r"[“\"]([^”\"，,。；;]{2,12})[”\"](?:经费|资金|项目|补助|补贴)?")


def a_listed_items(ctx: Context, lk: Linked) -> bool:
    """Whether the balance's sentence opens with an item named in quotes that a list in turn elsewhere gives its own
    budget and spending: "…、人民调解“以案定补”经费、…调整后预算分别为…" then "“以案定补”经费执行率低于90%，…未使用的4.10万元…"."""
    head = _QUOTED_ITEM.match(ctx.text, lk.sentence[0])
    if head is None:
        return False
    name = head.group(0)
    at = ctx.text.find(name)
    while at >= 0:
        if not lk.sentence[0] <= at < lk.sentence[1]:
            end = min((i for i in (ctx.text.find(c, at) for c in "。\n") if i >= 0), default=len(ctx.text))
            if "分别" in ctx.text[at:end]:
                return True
        at = ctx.text.find(name, at + 1)
    return False


_A_PARTS = re.compile(r"其中[：:]?(?![^，,]{0,3}(?:全年|项目|共))")


def a_parts_own(ctx: Context, lk: Linked, spent: list[Linked], bases: list[Linked]) -> bool:
    """"…见表2，其中区消防救援大队安排资金用于…，实际支出27.00万元，结余8.00万元": a part's balance beside its own
    spending, its budget not said in the sentence: not the whole's budget less it."""
    part = _A_PARTS.search(ctx.text, lk.sentence[0], spent[0].mention.start) if spent[0].sentence == lk.sentence else None
    return part is not None and not any(b.sentence == lk.sentence for b in bases) and not any(
        x.kind == "money" for x in mentions_within(ctx.mentions, part.end(), spent[0].mention.start))


_ARRIVED_RATE = re.compile(r"到位率(?:为|达到?)?\s*$")


def on_arrived_money(ctx: Context, lk: Linked, spent: list[Linked], bases: list[Linked]) -> bool:
    """"…县级配套资金到位31.20万元，到位率89.66%。全年执行143.61万元，…，结余资金4.14万元": the money did not all
    arrive (a 到位率 below 100% in the paragraph) and no whole 到位 amount is said: a balance below the budget's is
    what is left of the money that arrived, which the report does not give."""
    if any(b.quantity == "received" for b in bases):
        return False
    para = ctx.text.rfind("\n", 0, lk.mention.start) + 1
    short = any(x.kind == "percent" and x.value < 100 and _ARRIVED_RATE.search(ctx.text, max(para, x.start - 8), x.start)
                for x in mentions_within(ctx.mentions, para, lk.mention.start))
    return short and all(lk.mention.value < b.mention.value - spent[0].mention.value for b in bases)


def not_the_wholes(ctx: Context, lk: Linked, spent: list[Linked], bases: list[Linked]) -> bool:
    """A balance that is not the whole budget less the spending: a part's, or what is left of money partly arrived."""
    return a_parts_own(ctx, lk, spent, bases) or on_arrived_money(ctx, lk, spent, bases)
