"""A balance said in words whose digits are the report's own budget less spending with two neighbouring digits
changed places ("林产品加工企业贷款贴息预算180.00万元，支出131.25万元，余47.85万元": 180.00 − 131.25 = 48.75).

The balance may stand paragraphs away from the amounts it comes from ("年末未执行的37.47万元全部为项目资金" after a
funds table of 1,286.50 and 1,248.76), so the pairs are taken from the whole report; a clean balance that only
looks like a slip is rare because an error needs all three: no budget, amount received or stated figure of the
report less any spending gives the balance as written, one such difference gives it with two neighbouring digits
swapped, and the balance is said with a word for money left (结余, 未执行, 尚余…)."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from chains.check.rules.base import Context, agrees, fmt, money, swapped_from
from chains.findings import Finding
from chains.text.numbers import Mention

_LEFT = re.compile(r"(?:结余|结转|余额|剩余|尚余|余|未支出|未执行|未使用|未支付|未拨付|未兑付|尾款|相差|差额)(?:资金|金额|部分)?"
                   r"(?:的|为|共|计|共计|合计)?$")
_WHOLES = {"annual_budget", "initial_budget", "approved_budget", "received", "issued", "total_investment"}


def run(ctx: Context) -> None:
    said = [lk for lk in ctx.linked if _plain(lk.mention) and lk.mention.decimals
            and _LEFT.search(ctx.text, max(0, lk.mention.start - 8), lk.mention.start)]
    if not said:
        return  # (most reports say no balance in words: one pass over the links and done)
    links = [*ctx.linked, *ctx.table_totals]
    wholes = [lk.mention for lk in links if lk.quantity in _WHOLES and _plain(lk.mention)]
    spent = [lk.mention for lk in links if lk.quantity == "spent" and _plain(lk.mention)]
    if not wholes or not spent:
        return
    stated = Counter(m.value for m in ctx.mentions if m.kind == "money")
    for lk in said:
        m = lk.mention
        if m.span in ctx.explained or m.value in (w.value for w in wholes):
            continue
        pairs = [(w, s) for w in wholes for s in spent if s.value < w.value]
        if any(agrees(m, w.value - s.value) for w, s in pairs) or _difference_of_any(m, stated):
            continue
        twins = [(w, s) for w, s in pairs if _swapped(m, w.value - s.value)]
        if len({w.value - s.value for w, s in twins}) != 1:
            continue
        w, s = twins[0]
        ctx.explained.add(m.span)
        ctx.add(Finding(
            "balance_mismatch",
            f"结余应为{money(w)}减{money(s)}，即{fmt(w.value - s.value, m.decimals)}万元，文中写作{money(m)}，"
            "疑为相邻两位数字颠倒。",
            m.span,
            values={"stated": money(m)},
            expected=f"{fmt(w.value - s.value, m.decimals)}万元",
            related=(w.span, s.span),
        ))


def _plain(m: Mention) -> bool:
    return m.kind == "money" and m.value > 0 and not m.approx and m.comparator is None


def _swapped(m: Mention, d: Decimal) -> bool:
    if d <= 0 or not swapped_from(m, d):
        return False
    a, b = f"{m.value:.{m.decimals}f}".replace(".", ""), f"{d:.{m.decimals}f}".replace(".", "")
    # (0.60 against 0.06: a zero moved in a balance under 1万元 is its rounding, not a slip of the pen)
    return not ((m.value < 1 or d < 1) and "0" in {x for x, y in zip(a, b, strict=True) if x != y})


def _difference_of_any(m: Mention, stated: Counter[Decimal]) -> bool:
    """Whether the balance is what two amounts of the report differ by (a source's own budget less its spending,
    which the links did not name), or an amount stated elsewhere."""
    if stated[m.value] > 1:
        return True
    return any(v - m.value in stated for v in stated if v > m.value)
