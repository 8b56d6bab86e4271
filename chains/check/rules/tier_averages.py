"""An average over tiers, each a count at so much each (I6):

    A类机构3家，每家15.00万元；B类机构5家，每家10.20万元，8家机构平均每家12.50万元。

The mean is the tiers' money over their count: (3 × 15.00 + 5 × 10.20) ÷ 8 = 12.00万元. Read only on one line, when
every tier is a count right before its "每X" amount in the same thing (家…每家), the count before the average is the
tiers' count, and no total of the money stands between them (then the total over the count is read elsewhere)."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import Context, agrees, money, money_like
from chains.findings import Finding
from chains.text.numbers import Mention, mentions_within

_TIER = re.compile(r"[，,：:]?\s*每([\u4e00-\u9fff])(?:[\u4e00-\u9fff]{0,4}?(?:补助|补贴|奖补|奖励|拨付|发放|标准))?(?:为|按)?$")
_MEAN = re.compile(r"平均每([\u4e00-\u9fff])(?:[\u4e00-\u9fff]{0,4}?(?:补助|补贴|奖补|奖励|拨付|发放))?(?:为|约)?$")
_TOTAL = re.compile(r"合计|共计|总计|累计|共")


def run(ctx: Context) -> None:
    if "平均每" not in ctx.text:
        return
    for word in re.finditer("平均每", ctx.text):
        end = ctx.text.find("\n", word.start())
        after = mentions_within(ctx.mentions, word.start(), len(ctx.text) if end < 0 else end)
        if not after:
            continue
        m = after[0]
        said = _MEAN.match(ctx.text[word.start() : m.start])
        if m.kind != "money" or said is None or m.approx or m.comparator is not None:
            continue
        _judge(ctx, m, said.group(1), ctx.text.rfind("\n", 0, word.start()) + 1, word.start())


def _judge(ctx: Context, m: Mention, per: str, start: int, at: int) -> None:
    found = mentions_within(ctx.mentions, start, at)
    if not found or found[-1].kind != "count" or not _counts(ctx.text, found[-1], per):
        return  # "8家机构平均每家…": the count the mean is over, said right before it
    count, tiers = found[-1], []
    for i, x in enumerate(found[:-1]):
        each = found[i + 1] if i + 1 < len(found) - 1 else None
        if x.kind == "count" and each is not None and each.kind == "money" and each.unit == m.unit \
                and (w := _TIER.search(ctx.text, x.end, each.start)) is not None and w.group(1) == per \
                and _counts(ctx.text, x, per) and not each.approx and not x.approx:
            tiers.append((x, each))
    used = {s for pair in tiers for s in (pair[0].span, pair[1].span)}
    if len(tiers) < 2 or any(x.span not in used for x in found[found.index(tiers[0][0]) : -1]):
        return  # (another figure among the tiers: a total, a bound, a second measure)
    if _TOTAL.search(ctx.text, tiers[0][0].start, count.start) or sum(n.value for n, _ in tiers) != count.value:
        return
    total = sum((n.value * each.value for n, each in tiers), Decimal(0))
    mean = total / count.value
    if agrees(m, mean):
        return
    listed = "＋".join(f"{n.raw}×{money(each)}" for n, each in tiers)
    said = money_like(mean, m)
    ctx.add(
        Finding(
            "average_mismatch",
            f"（{listed}）÷{count.raw}＝{said}，与所写平均每{per}{money(m)}不符。",
            (tiers[0][0].start, m.end),
            values={"tiers": listed, "count": count.raw, "stated": money(m)},
            expected=said,
            related=(*(s for n, each in tiers for s in (n.span, each.span)), count.span, m.span),
        )
    )


def _counts(text: str, x: Mention, per: str) -> bool:
    """Whether ``x`` counts the things the mean is per: "3家" for 每家, "一类村4个" or "10个村" for 每村."""
    return x.unit.startswith(per) or x.unit == "个" and (per in text[max(0, x.start - 3) : x.start] or text[x.end : x.end + 1] == per)
