"""One funding document (文号) stated twice with amounts that cannot both hold (issue 10: "the same document
number given with two different amounts").

    …呼财农指【2023】41号文件《关于下达…》，下达某县2023年资金5万元。
    …呼财农指【2023】41号文件《关于下达…》，下达某县2023年山洪灾害防治设施维养6万元。

A sentence is read only when it names exactly one 文号 and exactly one amount after it. Two sentences naming
the same 文号 (issuer and number) are the same allocation when neither names an item of its own: different
amounts are then a ``conflicting_values`` error. When one names an item and the other does not, the item is
a part of the document's allocation and may be smaller, never larger. Items of their own on both sides are
two allocations of one document: nothing to say.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from chains.check.rules.base import Context, money
from chains.findings import Finding
from chains.text.numbers import Mention

#: a 文号's year and number; its issuer is the run of characters right before it ("呼财农指")
_DOC = re.compile(r"[〔【\[（(]\s*(?P<year>(?:19|20)\d{2})\s*[〕】\]）)]\s*(?P<no>\d+)\s*号")
_ISSUER = re.compile(r"[\u4e00-\u9fff]{1,8}\s*$")
_SENTENCE = re.compile(r"[^。；;\n]+")
#: what an allocation names when it names no item of its own: "下达某县2023年资金5万元"
_GENERIC = re.compile(r"^(?:[^\d，,、]{0,12}?)(?:\d{4}年)?(?:度)?(?:[\u4e00-\u9fff]{0,6}?)(?:资金|经费|补助资金|专项资金)$")


@dataclass(frozen=True)
class _Allocation:
    doc: str
    amount: Mention
    item: str  # the words between the last verb and the amount ("山洪灾害防治设施维养"); "" when generic


def run(ctx: Context) -> None:
    seen: dict[str, list[_Allocation]] = {}
    for a in _allocations(ctx):
        for b in seen.get(a.doc, []):
            _compare(ctx, b, a)
        seen.setdefault(a.doc, []).append(a)


def _allocations(ctx: Context) -> list[_Allocation]:
    out: list[_Allocation] = []
    starts = [m.start for m in ctx.mentions]  # in text order
    sentences: dict[int, re.Match[str] | None] = {}
    for d in _DOC.finditer(ctx.text):  # most reports name no 文号: one search and done
        start = max(ctx.text.rfind(c, 0, d.start()) for c in "。；;\n") + 1
        sentences.setdefault(start, _SENTENCE.match(ctx.text, start))
    for s in sentences.values():
        if s is None:
            continue
        docs = list(_DOC.finditer(s.group(0)))
        if len(docs) != 1:
            continue
        lo, hi = s.start() + docs[0].end(), s.end()
        first, last = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
        amounts = [m for m in ctx.mentions[first:last] if m.kind == "money"]
        if len(amounts) != 1 or amounts[0].approx:
            continue
        m = amounts[0]
        before = ctx.text[lo : m.start]
        verb = max(before.rfind(v) for v in ("下达", "拨付", "安排", "分配"))
        if verb < 0:
            continue
        words = re.sub(r"^(?:下达|拨付|安排|分配)", "", before[verb:]).strip("，, ")
        d = docs[0]
        at = s.start() + d.start()
        named = _ISSUER.search(ctx.text, max(0, at - 10), at)
        if named is None:
            continue  # a number with no issuer is no document to compare
        issuer = (ctx.original or ctx.text)[named.start() : named.end()].strip()  # as written
        doc = f"{issuer[-4:]}〔{d['year']}〕{d['no']}号"
        out.append(_Allocation(doc, m, "" if _GENERIC.match(words) else words))
    return out


def _compare(ctx: Context, first: _Allocation, again: _Allocation) -> None:
    a, b = first.amount, again.amount
    if a.value == b.value or a.unit != b.unit:
        return
    if first.item and again.item:
        return  # two items allocated by one document
    whole, part = (first, again) if not first.item else (again, first)
    if whole.item == part.item == "" or part.amount.value > whole.amount.value:
        odd = again.amount
        ctx.add(
            Finding(
                "conflicting_values",
                f"{again.doc}文件下达的金额前后不一致：此处为{money(odd)}，前文同一文件下达{money(first.amount)}"
                + (f"（“{part.item}”为该文件下达资金的一部分，不应超过总额）" if part.item else "")
                + "。",
                odd.span,
                values={"stated": money(odd), "elsewhere": money(first.amount), "document": again.doc},
                expected=money(first.amount) if not part.item else f"≤{money(whole.amount)}",
                related=(first.amount.span,),
            )
        )
