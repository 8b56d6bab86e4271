"""Which of two figures that should be one is borne out by the report (I11): "在校生8,921人" in the overview and
"8,912人" where the 生均 figure is worked out from it. A figure is borne out when the report states it again, when the
parts in its own brackets add up to it, or when the figures of its own sentence (or table row) give it: their sum or
difference, a count times a price, a rate of it over another figure."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from chains.check.rules.base import Context, adjacent_swap, agrees
from chains.findings import Finding
from chains.text.numbers import Mention

_ENDS = "。；;\n"
_NEAR = 10  # figures of the sentence tried, nearest first


def odd_one(ctx: Context, a: Mention, b: Mention) -> tuple[Mention, Mention]:
    """``(odd, kept)``: the one of two figures the report bears out less, and the other. When the report bears out
    both alike, the text's figure against the 自评表's (the form is filled from the accounts, the text retyped from
    it), else the later one (a restatement)."""
    for x, y in ((a, b), (b, a)):  # "县级配套资金20.00万元实际支出16.36万元，…执行率8.18%" against 81.80% elsewhere
        if worked_out(ctx, replace(x, value=y.value, decimals=y.decimals)) and not worked_out(ctx, x):
            return x, y  # its own sentence gives the other's figure
    sa, sb = support(ctx, a), support(ctx, b)
    if sa != sb:
        return (a, b) if sa < sb else (b, a)
    ta, tb = (any(t.span[0] <= m.start < t.span[1] for t in ctx.tables) for m in (a, b))
    if ta != tb:
        return (b, a) if ta else (a, b)
    return (a, b) if a.start > b.start else (b, a)


def tells_apart(ctx: Context, a: Mention, b: Mention) -> bool:
    """Whether the report bears out one of two figures that should be one more than the other (``odd_one``'s evidence:
    a sentence that works out the other's figure, or more statements of one); False when only its tie-breaks choose."""
    for x, y in ((a, b), (b, a)):
        if worked_out(ctx, replace(x, value=y.value, decimals=y.decimals)) and not worked_out(ctx, x):
            return True
    return support(ctx, a) != support(ctx, b)


def other_side(ctx: Context, odd: Mention, kept: Mention, at: tuple[int, int]) -> None:
    """The other figure of a conflict (I11) the report does not settle ("自评表521次，正文512次", each stated once and
    nothing working either out): marked as well, as 疑似, so that the reader checks both places — the finding at
    ``at`` names ``odd``, this one ``kept``."""
    ctx.add(Finding("conflicting_values", f"疑似：此处为{kept.raw.removeprefix('达到')}，另一处为{odd.raw.removeprefix('达到')}，"
                    "报告中没有旁证表明哪一处正确，请一并核实。", kept.span, severity="warning",
                    values={"stated": kept.raw, "elsewhere": odd.raw}, related=(at,)))  # (no 应为: either may be right)


def odd_part(ctx: Context, total: Mention, parts: list[Mention], within: tuple[int, int], alone_ok: bool = False
             ) -> Mention | None:
    """The one part of a sum that misses its total which the report does not state again outside ``within`` (the
    table), when it states the total and every other part there ("全年支出408.60万元" and "上年结转资金6.00万元" in the
    text, the form's "402.06" nowhere): the part typed wrong; None when that is not so."""
    def said_elsewhere(m: Mention) -> bool:
        return any(not within[0] <= x.start < within[1] and x.kind in ("money", "number") and x.number == m.number
                   and (x.kind == m.kind or "number" in (x.kind, m.kind)) for x in ctx.mentions)

    if len(parts) < (1 if alone_ok else 2) or not said_elsewhere(total):  # (alone: the other sources were nothing)
        return None
    alone = [p for p in parts if not said_elsewhere(p)]
    return alone[0] if len(alone) == 1 else None


def swapped_one(total: Mention, parts: list[Mention]) -> Mention | None:
    """The one figure of a sum that misses its total whose two neighbouring digits swapped back make it hold
    (合计"4875.20" over "1245.80" and "3692.40": 3629.40 would; "32.60" for 36.20 across the point): a part, or the total itself; None when no figure or
    more than one would so."""
    s = sum((p.value for p in parts), Decimal(0))
    found = []
    for x in (total, *parts):
        want = s if x is total else total.value - s + x.value
        if want > 0 and x.value == x.number and adjacent_swap(f"{x.value:.{x.decimals}f}".replace(".", ""),
                                                              f"{want:.{x.decimals}f}".replace(".", "")):
            found.append(x)
    return found[0] if len(found) == 1 else None


def restated(ctx: Context, m: Mention) -> int:
    """How often the report states ``m`` again (in its text or a table), its own sentence's arithmetic left out."""
    return sum(1 for x in ctx.mentions if x is not m and _same(x, m))


def support(ctx: Context, m: Mention) -> int:
    """How often the report bears out ``m``: its other statements, and one for arithmetic of its own sentence."""
    again = sum(1 for x in ctx.mentions if x is not m and _same(x, m))
    return again + (own_parts_add_up(ctx, m) or worked_out(ctx, m))


def _same(x: Mention, m: Mention) -> bool:
    if x.kind == m.kind and x.unit == m.unit:
        return x.value == m.value
    # a table's bare cell ("3820" under 套) states the text's "3,820套"; a table in 元 ("3,672,000.00") the text's 367.20万元
    if "number" in (x.kind, m.kind) and x.kind != m.kind:
        bare, said = (x, m) if x.kind == "number" else (m, x)
        if said.kind == "money" and said.written_unit == "万元" and bare.number >= 10000 and bare.number == said.number * 10000:
            return True
    return "number" in (x.kind, m.kind) and not (x.unit and m.unit) and x.number == m.number and x.kind != m.kind


def own_parts_add_up(ctx: Context, said: Mention) -> bool:
    """"免学费资助788人次（春季386人次、秋季402人次）" / "受理…836件，其中刑事案件400件、民事案件420件、行政案件16件": the
    figure is borne out by the parts in brackets after it, or by the parts its 其中 lists."""
    at = next((i for i, lk in enumerate(ctx.linked) if lk.mention is said), None)
    if at is not None:
        parts = [lk.mention for lk in ctx.linked if lk.component_of == at and lk.mention.unit == said.unit]
        if len(parts) >= 2 and sum((m.value for m in parts), Decimal(0)) == said.value:
            return True
    if _listed_after(ctx, said):
        return True
    if ctx.text[said.end : said.end + 1] not in "（(":
        return False
    close = min((i for i in (ctx.text.find(c, said.end) for c in ")）") if i >= 0), default=-1)
    if close < 0 or close - said.end > 80:
        return False
    parts = [m for m in ctx.mentions if said.end < m.start < close and m.kind == said.kind and m.unit == said.unit]
    return len(parts) >= 2 and sum((m.value for m in parts), Decimal(0)) == said.value


def _listed_after(ctx: Context, said: Mention) -> bool:
    """"抽检监测512批次，5个所分别完成118、96、104、87、107批次": bare figures joined by 、 that end in the figure's
    unit, later in its sentence, add up to it."""
    start, end = _sentence(ctx, said)
    after = [m for m in ctx.mentions if said.end <= m.start < end]
    for i, last in enumerate(after):
        if last.unit != said.unit or last.kind != said.kind:
            continue
        run = [last]
        while i - len(run) >= 0 and after[i - len(run)].kind == "number" \
                and ctx.text[after[i - len(run)].end : run[-1].start] == "、":
            run.append(after[i - len(run)])
        if len(run) >= 3 and sum((m.value for m in run), Decimal(0)) == said.value:
            return True
    return False


def worked_out(ctx: Context, said: Mention) -> bool:
    """"随机调查居民400人，满意346人，居民满意度86.50%" / "应征报名5,628人，较上年5,231人增加397人" / "4230人×100元=
    42.30万元": figures of the figure's own sentence (or table row) give it, or it and one of them give another."""
    start, end = _sentence(ctx, said)
    near = [m for m in ctx.mentions if start <= m.start < end and m is not said and m.kind in ("count", "money", "number",
                                                                                               "percent") and m.value]
    near = sorted(near, key=lambda m: abs(m.start - said.start))[:_NEAR]
    if said.kind == "percent":
        pair = _ratio(said, near)
        # ("发放问卷300份，回收286份，回收率95.33%，群众满意度95.3%": the ratio is the 回收率 it gives, not this rate)
        return pair is not None and not any(p.kind == "percent" and agrees(p, pair[0].value / pair[1].value * 100)
                                            and p.start < said.start for p in near)
    # ("挂牌保护古树836株，其中更换旧牌611块、新挂225块": counts of one thing in another unit)
    alike = [m for m in near if m.kind == said.kind and (m.unit == said.unit or said.kind == "count")]
    for i, a in enumerate(alike):
        for b in alike[i + 1 :]:
            if any(agrees(said, v) for v in (a.value + b.value, abs(a.value - b.value))):
                return True  # "共2,846个（新登记1,120个、存续1,726个）"
            if any(agrees(x, said.value + y.value) or agrees(x, said.value - y.value) for x, y in ((a, b), (b, a))):
                return True  # "2846个，超过目标2800个46个": an operand of its sentence's own sum or difference
    if not said.value:
        return False
    for x in near:
        if x.kind == "percent" and any(y.kind == said.kind and y.unit == said.unit and y.value and (
                agrees(x, said.value / y.value * 100) or agrees(x, y.value / said.value * 100)) for y in near if y is not x):
            return True  # "参训1,236人，通过1,147人，通过率92.80%"
        if x.kind == "percent" and any(y.kind == said.kind and y.unit == said.unit and y.value and
                                       agrees(x, abs(said.value - y.value) / y.value * 100) for y in near if y is not x):
            return True  # "检查1,186家次，较上年1,052家次增长12.74%"
    return _a_product(said, near) or _per_day(ctx, said, near) or _over_target(ctx, said, near) \
        or _priced_elsewhere(ctx, said, near)


def _priced_elsewhere(ctx: Context, said: Mention, near: list[Mention]) -> bool:
    """"按次服务每次补贴150元，全年…提供手语翻译服务312次" with "支出依次为…4.68万元…" elsewhere: the count times the price
    its sentence gives is an amount the report states."""
    if said.kind != "count":
        return False
    prices = [p for p in near if p.kind == "money" and p.value and "每" in ctx.text[max(0, p.start - 6) : p.start]]
    return any(agrees(x, said.value * p.value) for p in prices for x in ctx.mentions if x.kind == "money" and x is not p)


_OVER = re.compile(r"(?:超过|超出|超额完成|高于)(?:年度)?(?:目标|计划|指标)(?:值)?(?:任务)?$|超额$")


def _over_target(ctx: Context, said: Mention, near: list[Mention]) -> bool:
    """"全县共登记法人单位2,846个，…超过目标46个" beside a target of ≥2800个 elsewhere."""
    for m in near:
        if m.kind == said.kind and m.unit == said.unit and m.start > said.start and _OVER.search(
                ctx.text, max(0, m.start - 10), m.start):
            target = said.value - m.value
            if any(x.kind == said.kind and x.unit == said.unit and x.value == target for x in ctx.mentions):
                return True
    return False


_PER = {"日均": (365, 366), "每天": (365, 366), "每日": (365, 366), "月均": (12,), "每月": (12,)}


def _per_day(ctx: Context, said: Mention, near: list[Mention]) -> bool:
    """"全年清运生活垃圾98,550吨，日均270吨": a year's figure beside its daily or monthly average."""
    for m in near:
        if m.kind == said.kind and m.unit == said.unit and m.start > said.start:
            times = _PER.get(ctx.text[max(0, m.start - 2) : m.start])
            if times and any(agrees(said, m.value * k) for k in times):
                return True
    return False


def _ratio(said: Mention, near: list[Mention]) -> tuple[Mention, Mention] | None:
    return next(((x, y) for x in near for y in near if x is not y and x.kind == y.kind != "percent" and x.unit == y.unit
                 and agrees(said, x.value / y.value * 100)), None)


def ratio_giving(ctx: Context, rate: Mention, value: Mention) -> tuple[Mention, Mention] | None:
    """The two amounts of ``rate``'s own sentence whose ratio is ``value`` (a rate stated elsewhere), as (part, base)."""
    start, end = _sentence(ctx, rate)
    near = [m for m in ctx.mentions if start <= m.start < end and m is not rate and m.kind in ("count", "money", "number")
            and m.value]
    return _ratio(replace(rate, value=value.value, decimals=value.decimals), near)


def _a_product(said: Mention, near: list[Mention]) -> bool:
    """A count times a price is an amount of the sentence: "4230人、每人100元，计42.30万元"."""
    if said.kind == "count":  # (the amount may be a table's bare cell, in 万元 or in 元)
        return any(p.kind == "money" and p is not t and (agrees(t, said.value * p.value) if t.kind == "money" else
                   t.kind == "number" and any(agrees(t, said.value * p.value * k) for k in (1, 10000)))
                   for p in near for t in near)
    if said.kind == "money":
        return any(c.kind == "count" and p.kind == "money" and agrees(said, c.value * p.value) for c in near for p in near)
    return False


def _sentence(ctx: Context, m: Mention) -> tuple[int, int]:
    """The sentence of ``m``, or its table row."""
    for t in ctx.tables:
        if t.span[0] <= m.start < t.span[1]:
            row = next((r for r in t.rows if r.span[0] <= m.start < r.span[1]), None)
            if row is not None:
                return row.span
    text = ctx.text
    start = max(text.rfind(c, 0, m.start) for c in _ENDS) + 1
    ends = [i for i in (text.find(c, m.end) for c in _ENDS) if i >= 0]
    return start, min(ends) if ends else len(text)

