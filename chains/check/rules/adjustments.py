"""Budget adjustments stated in prose (rules §2/§3: 全年预算数 is the 年初预算数 after every 追加/调增/调减, carry-over
included): "年初预算180万元，年中追加20万元，全年预算200万元" must add up → ``sum_mismatch`` on the 全年预算 figure.

Only a paragraph that states one 年初预算, one 全年预算 and at least one signed adjustment of the same (generic)
subject is checked; a bare "调整" has no sign and stops the check. 上年结转 in the same paragraph may or may not be
part of the 全年预算 (local practice differs), so either reading is accepted.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from chains.check.rules.base import Context, adjacent_swap, fmt, money, one_source
from chains.check.rules.borne_out import restated
from chains.check.rules.unit_slips import report_unit, unit_fix
from chains.findings import Finding
from chains.text.numbers import Mention
from chains.text.quantities import Linked, generic_subject

__all__ = ["run"]

_MINUS = re.compile(r"调减|核减|追减|压减|减少")
_PLUS = re.compile(r"追加|调增|新增|增加")


def run(ctx: Context) -> None:
    by_line: dict[int, list[Linked]] = {}
    for lk in ctx.linked:
        if lk.quantity in ("initial_budget", "annual_budget", "budget_adjustment", "carryover"):
            by_line.setdefault(ctx.line_of(lk.mention.start), []).append(lk)
    for group in by_line.values():
        if any(lk.quantity == "budget_adjustment" for lk in group):
            _check(ctx, group)


def _usable(lk: Linked) -> bool:
    m = lk.mention
    return m.kind == "money" and not m.approx and lk.component_of is None


def _sign(ctx: Context, lk: Linked) -> int:
    ks, ke = lk.keyword_span if lk.keyword_span is not None else (lk.mention.start, lk.mention.start)
    word = ctx.text[max(ks - 2, 0) : max(ke, lk.mention.start)]
    if _MINUS.search(word):
        return -1
    if _PLUS.search(word):
        return 1
    return 0


_SUMMED = re.compile(r"合计|共计|累计|总计")
# a change's subject that says why or what for, not whose ("月追加新线开通初期运营补贴等", "因票价优惠人次低于测算")
_REASON = re.compile(r"^(?:因|受|由于|经|按|根据|为)|(?:追加|调减|调增|增加|核减|压减)(?!后)")
_WHEN = re.compile(r"^(?:年?初|年?中|全年|调整后)?(?:(?:中央|省|市|县|区|州)级?(?:财政)?)?")  # ("年中市级追加…、县级调减…")


def _check(ctx: Context, group: list[Linked]) -> None:
    # (a budget's parts, "其中基本支出742.60万元、项目支出543.80万元", are no adjustments)
    # (nor is another year's budget, "2017年同一项目预算为312.50万元")
    group = [lk for lk in group if (lk.component_of is None or lk.quantity == "budget_adjustment")
             and (lk.year is None or lk.year < 1900 or ctx.year is None or lk.year == ctx.year)]  # ("8月": no year)
    if not all(_usable(lk) for lk in group):
        return
    initial = [lk for lk in group if lk.quantity == "initial_budget"]
    annual = [lk for lk in group if lk.quantity == "annual_budget"]
    if not initial and len(annual) == 1 and (generic_subject(annual[0].subject) or annual[0].subject == "调整后"):
        # "经市财政批复航线运营补贴资金1500万元；…调减120万元，调整后全年预算为1380万元": the approved budget is the start
        initial = [lk for lk in ctx.linked if lk.quantity == "approved_budget" and _usable(lk)
                   and ctx.line_of(lk.mention.start) == ctx.line_of(annual[0].mention.start)]
        first = min((lk.mention.start for lk in group if lk.quantity == "budget_adjustment"), default=0)
        if len(initial) != 1 or any(x.kind == "money" and initial[0].mention.end <= x.start < first for x in ctx.mentions):
            return  # ("中央补助每个书屋1500元…共63.20万元…追加…": a standard approved, amounts between it and the change)
    elif any(not generic_subject(_WHEN.sub("", lk.subject)) and not (lk.quantity == "budget_adjustment" and _REASON.search(lk.subject))
             for lk in group):
        return  # one subject's ("调整后全年预算", "年初部门预算": the whole budget, as the line walks through it)
    # ("年中追加后当年财政拨款196.00万元": the budget after the change, no change)
    adjustments = [lk for lk in group if lk.quantity == "budget_adjustment" and not (
        lk.keyword_span is not None and ctx.text.startswith("后", lk.keyword_span[1]))]
    # "财政资金调减14.00万元，单位资金增加2.60万元，合计调减11.40万元": the last sums those before it
    adjustments = [lk for k, lk in enumerate(adjustments) if k < 1 or not _SUMMED.search(
        ctx.text, max(0, (lk.keyword_span or lk.mention.span)[0] - 3), (lk.keyword_span or lk.mention.span)[0] + 1)]
    adjustments = sorted([*adjustments, *_far_changes(ctx, group, adjustments)], key=lambda lk: lk.mention.start)
    carry = [lk for lk in group if lk.quantity == "carryover"]
    if not adjustments or len(initial) != 1 or len(annual) != 1 or len(carry) > 1 or one_source(ctx, initial[0]):
        return  # ("省级资金40.00万元…；县级年初安排配套资金12.00万元，9月份追加3.00万元…，全年预算55.00万元": one level's)
    i, a = initial[0].mention, annual[0].mention
    if not i.start < a.start or any(not i.start < lk.mention.start < a.start for lk in adjustments):
        return  # the adjustments sit between the two budgets, as a sentence that walks from one to the other
    signs = [_sign(ctx, lk) for lk in adjustments]
    if 0 in signs or any(lk.quantity is None and lk.component_of is None and lk.mention.kind == "money"
                         and adjustments[0].mention.start < lk.mention.start < a.start for lk in ctx.linked):
        return  # "追加中央资金480.00万元、省级资金150.00万元，全年预算…": an amount between not read as an adjustment
    computed = i.value + sum((s * lk.mention.value for s, lk in zip(signs, adjustments, strict=True)), Decimal(0))
    # 上年结转 may or may not be part of it, however it is named ("另有2022年结转资金3.80万元纳入本年使用")
    between = [lk.mention.value for lk in ctx.linked if lk.mention.kind == "money" and i.start < lk.mention.start < a.start
               and lk not in adjustments]
    # (or every amount the walk names besides: "上年结转18.60万元；3月，…下达…120.00万元；7月，…追加…50.00万元")
    options = [computed] + [computed + c.mention.value for c in carry] + [computed + x for x in between] \
        + [computed + sum(between, Decimal(0))]
    if any(abs(a.value - v) <= a.half_unit() for v in options):
        return
    fix = unit_fix(ctx, [i, *(lk.mention for lk in adjustments), a], lambda v: abs(v[-1] - v[0] - sum(
        (s * x for s, x in zip(signs, v[1:-1], strict=True)), Decimal(0))) <= a.half_unit())
    if fix:
        report_unit(ctx, fix[0], fix[1], "全年预算＝年初（批复）预算＋调整")
        return
    steps = "".join(("＋" if s > 0 else "－") + money(lk.mention) for s, lk in zip(signs, adjustments, strict=True))
    borne = restated(ctx, a) >= 1
    both = borne and restated(ctx, i) >= 1
    slipped = _swapped_change(a, adjustments, signs, computed) if both else None
    if slipped is not None:
        ctx.add(Finding("sum_mismatch", f"年初预算{money(i)}{steps}，与全年预算{money(a)}不符；全年预算在报告他处得到印证，"
                        f"而{money(slipped)}的相邻两位数字颠倒后恰好相符，应是此处写错。", slipped.span,
                        values={"initial": money(i), "adjustments": steps, "stated": money(a)},
                        related=(i.span, a.span, *(lk.mention.span for lk in adjustments if lk.mention is not slipped))))
        return
    if borne:
        # the 全年预算 borne out elsewhere (the funds table): the changes (and the 年初预算, unless it is too) are off
        run = (adjustments[0].mention.start if both else i.start, adjustments[-1].mention.end)
        ctx.add(Finding("sum_mismatch", f"年初预算{money(i)}{steps}＝{fmt(computed, 2)}万元，与全年预算{money(a)}不符；"
                        + ("年初和全年预算在报告他处都得到印证，应是所写调整数有误。" if both else
                           "全年预算在报告他处得到印证，应是年初预算或调整数有误。"), run,
                        values={"initial": money(i), "adjustments": steps, "stated": money(a)},
                        related=(i.span, a.span)))
        return
    ctx.add(
        Finding(
            "sum_mismatch",
            f"{'年初' if initial[0].quantity == 'initial_budget' else '批复'}预算{money(i)}{steps}，全年预算应为"
            f"{fmt(computed, 2)}万元，与所写{money(a)}不符。",
            a.span,
            values={"initial": money(i), "adjustments": steps, "stated": money(a)},
            expected=f"{fmt(computed, 2)}万元",
            related=(i.span,) + tuple(lk.mention.span for lk in adjustments),
        )
    )


_CHANGE_OPENS = re.compile(r"(?:追加|调增|调减|核减|压减)(?!后)[^，,；;。\d]{0,30}$")  # ("追加后当年财政拨款": after it)


def _far_changes(ctx: Context, group: list[Linked], adjustments: list[Linked]) -> list[Linked]:
    """Amounts the change's word names from further off than a quantity's reach, between the two budgets:
    "年中追加中央财政林业改革发展资金（国家级自然保护区补助）186.00万元" (its word, 追加, opens its clause)."""
    budgets = [lk.mention for lk in group if lk.quantity in ("initial_budget", "annual_budget")]
    if len(budgets) < 2:
        return []
    out = []
    for lk in ctx.linked:
        m = lk.mention
        if lk.quantity is not None or lk.component_of is not None or m.kind != "money" or m.approx \
                or not budgets[0].start < m.start < budgets[-1].start:
            continue
        start = max(ctx.text.rfind(c, 0, m.start) for c in "，,；;。") + 1
        word = _CHANGE_OPENS.search(ctx.text, start, m.start)
        if word is not None and not any(start <= x.mention.start < m.start for x in adjustments):
            out.append(replace(lk, quantity="budget_adjustment", keyword_span=(word.start(), word.start() + 2)))
    return out


def _swapped_change(a: Mention, adjustments: list[Linked], signs: list[int], computed: Decimal) -> Mention | None:
    """The one adjustment whose two neighbouring digits swapped back make the budgets hold ("调减53.20万元" for 35.20;
    asked when both budgets are borne out elsewhere in the report, the 年初 and 全年 figures of its funds table)."""
    found = []
    for sign, lk in zip(signs, adjustments, strict=True):
        x = lk.mention
        want = (a.value - (computed - sign * x.value)) * sign
        if want > 0 and x.value == x.number and adjacent_swap(f"{x.value:.{x.decimals}f}".replace(".", ""),
                                                              f"{want:.{x.decimals}f}".replace(".", "")):
            found.append(x)
    return found[0] if len(found) == 1 else None
