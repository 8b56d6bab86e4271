"""The shared parts of the average rules: whether a count counts what an average is per, and the finding an average
that is not its total over its count gets."""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from chains.check.rules.base import RESCALE, Context, agrees, fmt, money
from chains.check.rules.unit_slips import report_unit, unit_fix
from chains.findings import Finding
from chains.text.numbers import Mention, mentions_within

#: "36个行政村" counts villages: a measure word, then (within three characters) the noun the average is per
MEASURE = frozenset("个家所座处")
_COUNTED_BEFORE = re.compile(r"[户人个家所名村校站][^均\d][\u4e00-\u9fff]{0,3}平均")
UNIT_OF = {"生": "人", "名": "人", "家": "户"}  # ("57家企业…户均2.18万元": an enterprise is a 户 too)


def counts_per(ctx: Context, x: Mention, per: str) -> bool:
    """Whether a count counts what the average is per: its unit ("300人", "12户"), or a measure word followed by the
    noun ("36个行政村的规划" for 平均每村)."""
    unit = UNIT_OF.get(x.unit[:1], x.unit[:1])
    if unit == per:
        return True
    if x.unit not in MEASURE or per in MEASURE:
        return False
    noun = "(?:校|学)" if per == "校" and unit == "所" else re.escape(per)  # ("75所小学" for 平均每校)
    # ("5个规模奶牛场" for 场均: the noun's last character, its words not broken by 的 or a list)
    return re.match(r"(?:(?![的和与及])[\u4e00-\u9fff]){0,4}" + noun,
                    ctx.text[x.end : x.end + 6]) is not None \
        or ctx.text[max(0, x.start - 1) : x.start] == per  # ("三个重点乡镇"; "受益村48个" for 平均每村)


_IN_WRITTEN = {"元": (Decimal(10000), "元"), "亿元": (Decimal("0.0001"), "亿元")}


def _yuan_sibling(ctx: Context, m: Mention) -> bool:
    """Whether the sentence of an average in 万元 holds another average said in 元 ("…，亩均560元")."""
    start = max(ctx.text.rfind(c, 0, m.start) for c in "。\n") + 1
    end = min((i for i in (ctx.text.find(c, m.end) for c in "。\n") if i >= 0), default=len(ctx.text))
    return any(x is not m and x.kind == "money" and x.written_unit == "元" and "均" in ctx.text[max(0, x.start - 3) : x.start]
               for x in mentions_within(ctx.mentions, start, end))


def report_mean(ctx: Context, m: Mention, word: str, total: Decimal, count: Mention, used: list[Mention],
                 doubt: str | None = None) -> None:
    """The average against total ÷ count, said in the unit it is written in; ``doubt`` makes it 疑似 and says why."""
    mean = total / count.value
    if agrees(m, mean) or _another_pair(ctx, m, count) or _over_some_groups(ctx, m, total, count):
        return
    if m.kind == "money" and len(used) == 1:
        # "户均获赔2052.17万元" for 2052.17元 — or the total is the slip ("检查费1,129,580.40万元（11,742人，人均96.20元）"):
        # the amount in the report's rarer unit is blamed
        n = count.value
        # (an average larger than its total, over one or more, is itself the slip: "…285.44万元，按416人计算，人均6861.54万元")
        # (so is an average whose total the report states again, or beside an average of its list said in 元:
        # "营造1,058.40万元（25,200亩，亩均420万元）；沙障铺设772.80万元（13,800亩，亩均560元）")
        twins = [x for x in ctx.mentions if x.number == used[0].number and x.kind in ("money", "number") and x is not used[0]]
        if (other := next((x for x in twins if x.kind == "money" and x.value != used[0].value and agrees(m, x.value / n)),
                          None)) is not None:  # "金额24.65万元，平均每笔45.92万元" beside the table's "24.65亿元"
            report_unit(ctx, used[0], other.value, f"与{money(other)}一致，{count.raw}的平均数{money(m)}")
            ctx.explained.add(m.span)  # (the average holds on the total as the other place writes it)
            return
        again = any(x.value == used[0].value or x.kind == "number" for x in twins) \
            or m.written_unit == "万元" and _yuan_sibling(ctx, m)
        fix = next(((m, m.value * k) for k in RESCALE if agrees(m, mean / k)), None) if (m.value > used[0].value >= 0
            or again) and n >= 1 else unit_fix(ctx, [used[0], m], lambda v: abs(v[0] / n - v[1]) <= m.half_unit() * abs(v[1] / m.value))
        if fix:
            report_unit(ctx, fix[0], fix[1], f"{money(used[0])}÷{count.raw}的平均数")
            return
    shown = "＋".join(money(x) for x in used) if len(used) > 1 else money(used[0])
    # said in the unit the average is written in ("人均9,060元", not 0.96万元)
    scale, unit = (_IN_WRITTEN.get(m.written_unit, (Decimal(1), m.unit)) if m.kind == "money" else (Decimal(1), m.unit))
    said = f"{fmt(mean * scale, max(2, m.decimals))}{unit}"
    # ("6家企业平均补贴…": the word read starts at the count's classifier, 家, which the message leaves out)
    word = word.strip()
    word = word[1:] if _COUNTED_BEFORE.match(word) else word
    message = f"{shown}÷{count.raw}＝{said}，与所写{word}{money(m)}不符。"
    ctx.add(
        Finding(
            "average_mismatch",
            f"疑似：{message}（{doubt}，请人工核实）" if doubt else message,
            m.span,
            severity="warning" if doubt else None,
            values={"total": shown, "count": count.raw, "stated": money(m)},
            expected=said,
            related=(*(x.span for x in used), count.span),
        )
    )


def _another_pair(ctx: Context, m: Mention, count: Mention) -> bool:
    """Whether another amount of the average's line over another count in the count's unit gives it: "…分别涉及120户、45名和
    30户，分别发放18.00万元、9.00万元和7.86万元，合计34.86万元；…医疗救助户均2,620元" is 7.86万元 over 30户, one item's."""
    if m.kind != "money":
        return False
    start = ctx.text.rfind("\n", 0, m.start) + 1
    end = ctx.text.find("\n", m.end)
    near = mentions_within(ctx.mentions, start, len(ctx.text) if end < 0 else end)
    counts = [c for c in near if c is not count and c.kind == "count" and c.unit == count.unit and c.value]
    return any(x is not m and x.kind == "money" and agrees(m, x.value / c.value) for x in near for c in counts)


def _over_some_groups(ctx: Context, m: Mention, total: Decimal, count: Mention) -> bool:
    """Whether the groups the count's sentence breaks it into give the average over some of them: "工作站16个，考核A档4个、
    B档6个、C档5个、不合格1个。…拨付运营补助77.00万元，平均每站5.13万元" is over the 15 that were paid."""
    start = max(ctx.text.rfind(c, 0, count.start) for c in "。；;\n") + 1
    end = min((i for i in (ctx.text.find(c, count.end) for c in "。；;\n") if i >= 0), default=len(ctx.text))
    parts = [x for x in mentions_within(ctx.mentions, count.end, end) if x.kind == "count" and x.unit == count.unit
             and not x.approx and x.value]
    if start > count.start or not 2 <= len(parts) <= 6 or sum(x.value for x in parts) != count.value:
        return False
    return any(agrees(m, total / sum(x.value for x in group)) for k in range(1, len(parts))
               for group in itertools.combinations(parts, k))
