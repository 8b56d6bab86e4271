"""A total broken down item by item after 其中, one item to a clause between semicolons, each item with its count,
its price and its amount (I4):

    全年实际支出127.66万元，预算执行率94.70%。其中：购置疫苗冰箱32台，每台1.45万元，计46.40万元；安装监测终端48套，
    每套3900元，计18.72万元；县级冷库维护及电费21.43万元；疫苗配送及冷藏车运行费用28.90万元；临时接种点保障12.30万元。

Each item's amount is its one amount that is no price (每台…, 单价…, 标准…) and no aside in brackets, or the one after
计/合计/小计. Read only with three items or more, every one with its amount, the total the amount right before the
其中 (in its sentence, or the sentence before when 其中 opens one). Items above the total are an error; items short of
it an error only when one item's two neighbouring digits swapped back make it hold (a 其中 may list some items only),
else 疑似."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import Context, fmt, money, sum_agrees
from chains.check.rules.borne_out import swapped_one
from chains.check.rules.unit_slips import sum_slip
from chains.findings import Finding
from chains.text.numbers import Mention, mentions_within

_OPEN = re.compile(r"其中[：:]")
_TOTALS = frozenset({"spent", "annual_budget", "initial_budget", "received", "issued", "total_investment", "approved_budget"})
_PRICE = re.compile(r"(?:每|单价|标准|均|平均)[^，,；;。\d]{0,5}$")
_COUNTED = re.compile(r"^\s*(?:计|合计|小计|共计|金额)")
_MIN_ITEMS = 3


def run(ctx: Context) -> None:
    if "；" not in ctx.text and ";" not in ctx.text:
        return
    for hit in _OPEN.finditer(ctx.text):
        end = min((i for i in (ctx.text.find(c, hit.end()) for c in "。\n") if i >= 0), default=len(ctx.text))
        body = ctx.text[hit.end() : end]
        if len(re.findall(r"[；;]", body)) < _MIN_ITEMS - 1:
            continue
        totals = _totals_before(ctx, hit.start())
        parts = _amounts(ctx, hit.end(), end)
        # ("项目支出50.26万元，全年预算60.50万元，执行率83.07%。其中：…": the items add up to the spending)
        if totals and parts is not None and not any(sum_agrees(parts, t) for t in totals):
            _judge(ctx, totals[-1], parts)


def _totals_before(ctx: Context, at: int) -> list[Mention]:
    """The amounts of the sentence of the 其中 (of the sentence before, when the 其中 opens one) when the last of them is
    a total (a budget, a spending, a receipt); none otherwise."""
    text = ctx.text
    start = max(text.rfind("。", 0, at - 1 if text[at - 1 : at] == "。" else at), text.rfind("\n", 0, at)) + 1
    before = [lk for lk in ctx.linked if start <= lk.mention.start < at and lk.mention.kind == "money"]
    if not before or before[-1].quantity not in _TOTALS or before[-1].mention.approx:
        return []
    return [lk.mention for lk in before]  # (the items may add up to any of them: "项目支出50.26万元，全年预算…")


def _amounts(ctx: Context, start: int, end: int) -> list[Mention] | None:
    """Each item's one amount; None when an item has none or more than one."""
    out: list[Mention] = []
    cuts = [start, *_top_semicolons(ctx.text, start, end), end]
    for a, b in zip(cuts, cuts[1:], strict=False):
        found = [m for m in mentions_within(ctx.mentions, a, b) if m.kind == "money" and not _aside(ctx.text, a, m)
                 and not _PRICE.search(ctx.text, max(a, m.start - 8), m.start)]
        counted = [m for m in found if _COUNTED.search(ctx.text[max(a, m.start - 3) : m.start])]
        amounts = counted or found
        if len(amounts) != 1 or amounts[0].approx:
            return None
        out.append(amounts[0])
    return out if len(out) >= _MIN_ITEMS else None


def _top_semicolons(text: str, start: int, end: int) -> list[int]:
    """Where the items part: after each semicolon outside brackets ("培训补贴204.00万元（初级工…计117.60万元；中级工…）；
    评价补贴…": the semicolons in the brackets part the item's own breakdown)."""
    out, depth = [], 0
    for i in range(start, end):
        c = text[i]
        if c in "（(":
            depth += 1
        elif c in "）)":
            depth = max(0, depth - 1)
        elif c in "；;" and depth == 0:
            out.append(i + 1)
    return out


def _aside(text: str, start: int, m: Mention) -> bool:
    """Whether ``m`` stands in brackets opened within its item ("县级资金60.00万元（含追加10.00万元）")."""
    opened = max(text.rfind("（", start, m.start), text.rfind("(", start, m.start))
    return opened >= 0 and not re.search(r"[)）]", text[opened : m.start])


def _judge(ctx: Context, total: Mention, parts: list[Mention]) -> None:
    spans = [total.span, *(p.span for p in parts)]
    if any(f.span[0] < e and s < f.span[1] for f in ctx.findings for s, e in spans) or sum_slip(ctx, total, parts):
        return  # another rule has judged these figures, or one of them is in 元 written as 万元
    s = sum((p.value for p in parts), Decimal(0))
    swap = swapped_one(total, parts)
    over = s > total.value
    sure = over or swap is not None  # (items short of the total, no slip to explain it: some items only, maybe)
    doubt = "" if sure else "（“其中”所列可能不是全部分项，请人工核实）"
    said = fmt(s, max(2, total.decimals))
    message = f"{'疑似：' if doubt else ''}合计{money(total)}与其中所列各项之和不符：{'＋'.join(money(p) for p in parts)}＝{said}万元。"
    odd = swap if swap is not None and swap is not total else None
    if swap is not None:
        want = s if swap is total else total.value - s + swap.value
        message += f"{money(swap)}若为{fmt(want, swap.decimals)}万元即相符，疑为数字前后颠倒。"
    ctx.add(
        Finding(
            "sum_mismatch",
            message + doubt,
            odd.span if odd is not None else total.span,
            severity="error" if sure else "warning",
            values={"total": money(total), "parts": "＋".join(money(p) for p in parts)} | ({"part": odd.raw} if odd else {}),
            expected=f"{said}万元" if odd is None else f"{fmt(total.value - s + odd.value, odd.decimals)}万元",
            related=tuple(p.span for p in parts if p is not odd) + ((total.span,) if odd is not None else ()),
        )
    )
