"""A rate stated right after the two amounts it comes from, in one sentence (I1): "中央资金186.80万元已支出162.63万元，
支出率87.06%", "县级资金110万元，支出50万元，支出率45.45%". The rate is the spent amount over the amount before it.

Read only when the two amounts are the last two figures before the rate, the second right after a word of spending
(已支出、支出、使用、拨付…), the first not itself spent, and the rate's word (支出率、执行率、使用率…) right before the rate.
This is how a 其中 list gives each source's money, and the general rate rule (``funds``) reads such parts as parts of
the total, not as a rate's operands."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import HUNDRED, Context, agrees, fmt_like, stated_fact
from chains.findings import Finding

_SPENT = re.compile(r"[，,]?\s*(?:已|实际|累计|共|全年)?(?:支出|使用|拨付|支付|兑付|执行|发放)(?:资金)?(?:了|为|达)?\s*$")
_RATE = re.compile(r"[，,]\s*(?:资金)?(?:支出|执行|使用|拨付|支付|兑付|发放)率(?:为|达|达到|是)?\s*$")
_NOT_SPENT_BEFORE = re.compile(r"支出|使用|拨付|支付|兑付|执行|发放|结余|结转|剩余|未")
# "经审核应兑付354.30万元，已兑付349.86万元，兑付率97.85%": what was due, the rate's base
_DUE = re.compile(r"应(?:支出|使用|拨付|支付|兑付|执行|发放)(?:资金|金额)?(?:为)?\s*$")
_ENDS = "。；;\n"
_PER_UNIT = re.compile(r"每[^\d，,。；;]{0,4}$|单价[^\d，,。；;]{0,2}$")
_RESCALED = (Decimal("0.0001"), Decimal(10000))


def run(ctx: Context) -> None:
    text, mentions = ctx.text, ctx.mentions
    flagged = {f.span for f in ctx.findings}
    for i in range(2, len(mentions)):
        m = mentions[i]
        if m.kind != "percent" or not stated_fact(m) or "率" not in text[max(0, m.start - 4) : m.start]:
            continue  # (the cheapest test first)
        spent, base = mentions[i - 1], mentions[i - 2]
        if spent.kind != "money" or base.kind != "money" or not stated_fact(spent) or not stated_fact(base):
            continue
        if _RATE.search(text, spent.end, m.start) is None or not base.value:
            continue
        if _SPENT.fullmatch(text, base.end, spent.start) is None or any(c in text[base.end : m.start] for c in _ENDS):
            continue
        start = max(text.rfind(c, 0, base.start) for c in "，," + _ENDS) + 1
        if _NOT_SPENT_BEFORE.search(text, start, base.start) and not _DUE.search(text, start, base.start) \
                or "其中" in text[base.end : spent.start]:
            continue  # "支出186.80万元，其中已支出…": the first is spent itself, or the second a part of it
        if _PER_UNIT.search(text, start, base.start) or text.startswith(("/", "／"), base.end):
            continue  # "安装1200套，每套350元，支出42.00万元，执行率100%": a price, no budget
        rate = spent.value / base.value * HUNDRED
        if agrees(m, rate) or m.span in flagged or any(agrees(m, rate * k) for k in _RESCALED):
            continue  # (an amount off by 10^4 is the unit rules' to name)
        ctx.add(
            Finding(
                "implausible_rate" if m.value > HUNDRED + m.half_unit() and rate <= HUNDRED else "rate_mismatch",
                f"按{base.raw}、已支出{spent.raw}计算，比率为{fmt_like(rate, m)}%，与所写{m.raw}不符。",
                m.span,
                values={"base": base.raw, "amount": spent.raw, "stated": m.raw},
                expected=f"{fmt_like(rate, m)}%",
                related=(base.span, spent.span),
            )
        )
