"""Statements that imply amounts (I12): "无结余" or "已全部支出" says that what was spent is what arrived (or the
budget) in the same paragraph."""

from __future__ import annotations

import re

from chains.check.rules.base import EPS, Context, fmt, money, stated_fact
from chains.findings import Finding

_CLAUSE_END = re.compile(r"[，；;。]|,(?!\d)")  # (not the thousands' comma of "1,785.00")
_SOURCES_NAMED = re.compile(r"中央|省级|市级|县级|区级|上年结转|自筹|本级|配套")
_NO_BALANCE = re.compile(r"未发生结余|无结余|没有结余|结余为零|结余为0|资金已全部支出|已全部支出|全部支出完毕|全额支出")


def statements(ctx: Context) -> None:
    """"无结余 / 全部支出" ⇒ 执行 = 到位 (or 预算) in the same paragraph (I12)."""
    for sm in _NO_BALANCE.finditer(ctx.text):
        line_start = ctx.text.rfind("\n", 0, sm.start()) + 1
        line_end = ctx.text.find("\n", sm.end())
        line_end = len(ctx.text) if line_end < 0 else line_end
        para = [lk for lk in ctx.linked if line_start <= lk.mention.start < line_end and stated_fact(lk.mention)
                and lk.mention.kind == "money" and lk.component_of is None and not lk.specific]
        stop = ctx.text.find("。", sm.end(), line_end)  # ("…，全年已全部支出。…“三公”经费支出5.82万元": a later item's)
        spent = [lk for lk in para if lk.quantity == "spent" and (stop < 0 or lk.mention.start < stop)]
        bases = [lk for lk in para if lk.quantity in ("received", "issued")] or [
            lk for lk in para if lk.quantity == "annual_budget"]
        clause = max((c.end() for c in _CLAUSE_END.finditer(ctx.text, line_start, sm.start())), default=line_start)
        if _SOURCES_NAMED.search(ctx.text, clause, sm.start()):
            continue  # "中央、省级和上年结转资金已全部支出，县级资金执行率86%": those sources' money, not all of it
        if len(spent) != 1 or not bases or any(clause <= x.start < sm.start() and x.kind == "money" and x.value <
                                               max(b.mention.value for b in bases) for x in ctx.mentions):
            continue  # (the amount of a part, stated in the claim's own clause, was spent in full)
        s = spent[0].mention
        if any(abs(b.mention.value - s.value) <= s.half_unit() + EPS for b in bases):
            continue
        b = bases[0].mention
        ctx.add(
            Finding(
                "balance_mismatch",
                f"文中称“{sm.group(0)}”，但按{money(b)}、执行{money(s)}计算，尚有{fmt(b.value - s.value, 2)}万元未支出。",
                sm.span(),
                values={"base": money(b), "spent": money(s), "stated": sm.group(0)},
                expected=f"结余{fmt(b.value - s.value, 2)}万元",
                related=(b.span, s.span),
            )
        )
