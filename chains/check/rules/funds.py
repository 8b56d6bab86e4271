"""Rules on funds stated in prose: rates (I1, I2, I5), balances (I3), statements that imply amounts (I12),
and amounts off by 10^4/10^8 (I13 b). Sums, averages and conflicts: ``rules_amounts``.

The most specific explanation wins: when rescaling one amount by 10^4 or 10^8 reconciles a broken sum, rate,
balance or conflict, the finding is ``unit_mismatch`` on that amount and nothing else."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache

from chains.check.rules import item_scope, no_balance, rate_names, remainder_parts, row_rates
from chains.check.rules.base import (
    EPS,
    HUNDRED,
    SOURCE_NAMED,
    Context,
    agrees,
    fmt_like,
    money,
    money_like,
    one_source,
    stated_fact,
)
from chains.check.rules.rate_bases import (
    broken_down_funds,
    paid_out,
    unnamed_base,
    zero_fund_before,
)
from chains.check.rules.unit_slips import report_unit, unit_fix
from chains.findings import Finding
from chains.text.numbers import Mention
from chains.text.quantities import QUANTITY_NAMES_ZH, Linked, subject_compatible
from chains.text.sections import report_title

BASES = ("annual_budget", "approved_budget", "initial_budget")
AMOUNTS = ("annual_budget", "approved_budget", "initial_budget", "received", "issued", "spent")


def run(ctx: Context) -> None:
    rates(ctx)
    balances(ctx)
    no_balance.statements(ctx)


# -- helpers ---------------------------------------------------------------------------------------


def _usable(link: Linked) -> bool:
    return stated_fact(link.mention)


def _candidates(ctx: Context, anchor: Linked, quantities: tuple[str, ...]) -> list[Linked]:
    """Figures of ``quantities`` that speak about the same thing as ``anchor``. A specific subject ("应急救援能力建设
    资金…") only meets figures with a compatible subject; otherwise the anchor's sub-item scope, then the whole
    document. Components (after 其中) only count by subject."""
    near = _window(ctx, anchor)
    pool = [lk for lk in near if lk.quantity in quantities and lk.mention.kind == "money" and _usable(lk)
            and not rate_names.another_years_figure(ctx, lk)]  # ("2018年同类项目预算150.00万元" in a 2019 report)
    if anchor.specific:
        named = [lk for lk in near if lk.mention.kind == "money" and lk.specific
                 and subject_compatible(lk.subject, anchor.subject) and lk is not anchor]
        if named:  # the sub-item has figures of its own: only they speak for it
            ids = {id(lk) for lk in pool}
            return [lk for lk in named if id(lk) in ids]
        if anchor.subject not in report_title(ctx.text):
            return []  # a named item we know no amounts of: the document's amounts do not speak for it
    scoped = [lk for lk in pool if lk.component_of is None and lk.scope == anchor.scope and not _foreign(lk, anchor)]
    if not anchor.scope:
        return scoped + [lk for lk in ctx.table_totals if lk.quantity in quantities]
    if scoped:
        return scoped
    return [lk for lk in pool if lk.component_of is None and lk.scope == "" and not _foreign(lk, anchor)]


WINDOW = 20000  # characters either side: a report's figures speak to each other, a 1 MB paste's do not


def _window(ctx: Context, anchor: Linked) -> list[Linked]:
    """Linked figures within ``WINDOW`` characters of the anchor (the whole list for any normal report)."""
    if len(ctx.text) <= 2 * WINDOW:
        return ctx.linked
    starts = ctx.starts
    if starts is None:
        starts = ctx.starts = [lk.mention.start for lk in ctx.linked]
    lo = bisect.bisect_left(starts, anchor.mention.start - WINDOW)
    hi = bisect.bisect_right(starts, anchor.mention.start + WINDOW)
    return ctx.linked[lo:hi]


def _foreign(lk: Linked, anchor: Linked) -> bool:
    """A figure about a named sub-item does not speak for the document total."""
    return lk.specific and anchor.specific and not subject_compatible(lk.subject, anchor.subject)


_BASE_RANK = {"annual_budget": 0, "received": 1, "issued": 1, "approved_budget": 2, "initial_budget": 3}
_EXPLICIT = ("全年预算", "调整后预算", "预算总额", "预算数")


def _ranked_bases(ctx: Context, anchor: Linked, pool: list[Linked]) -> list[Linked]:
    """Denominators, the most telling first: 全年预算数 before 到位 before 批复 before 年初预算, an explicit
    "全年预算数" before a bare "安排", then the same sentence, then the nearest."""

    def key(lk: Linked) -> tuple[int, int, int, int]:
        kw = ctx.text[lk.keyword_span[0] : lk.keyword_span[1]] if lk.keyword_span else ""
        same = 0 if lk.sentence == anchor.sentence else 1
        return _BASE_RANK.get(lk.quantity or "", 4), _explicitness(kw), same, abs(anchor.mention.start - lk.mention.start)

    return sorted(pool, key=key)


@lru_cache(maxsize=256)
def _explicitness(kw: str) -> int:  # 0: a word that names the year's budget outright ("全年预算数"); 1: "安排"
    return 0 if any(kw.startswith(e) or e.startswith(kw) and len(kw) >= 3 for e in _EXPLICIT) else 1


def _nearest_before(anchor: Linked, pool: list[Linked], nearest: bool = False) -> list[Linked]:
    """Pool ordered: same sentence before the anchor first (nearest first), then the rest in text order; or, with
    ``nearest``, then the rest before it, wholes before parts and nearest first ("…已支付76.80万元。全年实际支出640.80万元，
    …年末结余39.02万元" is left of the year's spending), then the rest after it."""
    same = [lk for lk in pool if lk.sentence == anchor.sentence and lk.mention.start < anchor.mention.start]
    same.sort(key=lambda lk: -lk.mention.start)
    taken = {id(lk) for lk in same}
    if not nearest:
        return same + [lk for lk in pool if id(lk) not in taken]
    before = sorted((lk for lk in pool if id(lk) not in taken and lk.mention.start < anchor.mention.start),
                    key=lambda lk: (lk.component_of is not None, -lk.mention.start))
    return same + before + [lk for lk in pool if id(lk) not in taken and lk.mention.start >= anchor.mention.start]


def _balance_holds(tolerance: Decimal) -> Callable[[list[Decimal]], bool]:
    """The test that base − spent = balance, for values [base, spent, balance]."""
    return lambda v: abs(v[0] - v[1] - v[2]) <= tolerance


# -- I1 / I2 / I5 rates ---------------------------------------------------------------------------------


def rates(ctx: Context) -> None:
    for lk in ctx.linked:
        m = lk.mention
        if m.kind != "percent":
            continue
        capped = rate_names.capped_rate_word(ctx.text, lk)
        if capped and capped not in ("执行率", "到位率", "使用率") and m.value > HUNDRED and m.comparator in (None, "gte"):
            ge = re.fullmatch(r"2\d{2}(?:\.\d+)?[%％]", m.raw) is not None  # "接种率290%" for ≥90% in a PDF copy
            said = f"{capped}{money(m)}超过100%"
            ctx.add(Finding("implausible_rate", f"疑似：{said}（可能是“≥”复制时误成了“2”），请人工核实。" if ge else f"{said}，不可能成立。",
                            m.span, severity="warning" if ge else None, values={"stated": money(m)}, expected="≤100%"))
            continue
        if not stated_fact(m) or lk.quantity not in ("execution_rate", "received_rate") \
                or rate_names.another_years(ctx.text, lk, ctx.year) or rate_names.a_threshold(ctx.text, m):
            continue
        if m.value < 0:
            ctx.add(Finding("implausible_rate", f"比率{money(m)}为负数，不可能成立。", m.span, values={"stated": money(m)}))
            continue
        before = len(ctx.findings)
        _check_rate(ctx, lk)
        if m.value > HUNDRED + m.half_unit() and all(f.span != m.span or f.severity == "warning" for f in ctx.findings[before:]):
            _report_over_hundred(ctx, m, QUANTITY_NAMES_ZH[lk.quantity])  # spent beyond what it is a share of


def _check_rate(ctx: Context, lk: Linked) -> None:
    m, name = lk.mention, QUANTITY_NAMES_ZH[lk.quantity or "execution_rate"]
    if item_scope.due_rate(ctx, lk):
        return
    nums, dens = _rate_operands(ctx, lk)
    over, nonzero = m.value > HUNDRED + m.half_unit(), [d for d in dens if d.mention.value != 0]
    if m.value != 0 and (zero := zero_fund_before(ctx, lk)) is not None:
        _report_zero_base(ctx, m, name, zero)  # "市级补助资金0万元，执行率100%": of nothing, nothing can be spent
        return
    if dens and not nonzero:
        if m.value != 0:
            _report_zero_base(ctx, m, name, dens[0].mention)
        return
    if not nums or not nonzero:
        if over:
            _report_over_hundred(ctx, m, name)
        return
    near = [n for n in nums if ctx.line_of(n.mention.start) == ctx.line_of(m.start)]
    if rate_names.on_money_arrived(ctx.text, lk) and all(d.quantity != "received" for d in nonzero):
        return  # on the money that arrived, which the text does not give
    own = [x for x in ctx.mentions if x.kind == "money" and lk.sentence[0] <= x.start < m.start and not x.approx]
    if len(own) >= 2 and own[0].value and not over and agrees(m, own[-1].value / own[0].value * HUNDRED) \
            or rate_names.added_up(ctx.text, own, [d.mention for d in nonzero], m):
        return  # "…预算24.00万元，按每户6,500元的标准…据实结算20.80万元，执行率86.67%": its own sentence's amounts give it
    category = item_scope.category_pair(ctx, lk) or item_scope.bracket_pair(ctx, lk) or item_scope.project_of_department(ctx, lk)
    if _rate_confirmed(ctx, m, name, nums, nonzero, over, whole=category is None):
        return
    if category is not None:  # a category's rate (基本支出、项目支出…): its own amounts or nothing
        if isinstance(category, tuple) and not agrees(m, category[0].mention.value / category[1].mention.value * HUNDRED):
            _report_rate_mismatch(ctx, lk, name, category[0], category[1], over, category=category[2])
        return
    named = SOURCE_NAMED.search(ctx.text, max(lk.sentence[0], m.start - 12), m.start)
    nearest = next((n for n in nums if n.sentence == lk.sentence), None)
    if not named and nearest is not None and one_source(ctx, nearest):
        return  # "中央资金支出380.12万元，执行率95.03%": that source's rate, on a budget the text may not give (not after
        # the whole: "市级资金150.00万元…拨付到位，省级…30.00万元…下达，…项目资金实际到位180.00万元，到位率96%")
    part = rate_names.listed_part(ctx, lk)  # "其中…支出88.35万元，执行率93.00%；…": the part's own rate, on its own budget
    if part is not None and (base := row_rates.parts_budget(ctx, part)) is not None:
        if not agrees(m, part.mention.value / base.mention.value * HUNDRED):
            _report_rate_mismatch(ctx, lk, name, part, base, over, category=part.subject)
        return
    if rate_names.part_rate(ctx, lk) or not named and (rate_names.a_sources(ctx.text, lk) or item_scope.named_part_rate(ctx, lk)
                                                       or rate_names.after_a_source(ctx, lk, own)) \
            or named and _ITS_RATE.match(ctx.text, named.end()) \
            and not _its_spending(ctx, named, near):
        return  # parts' rates ("其中：中央资金支出…，执行率98.62%；县级…") or a source's ("市级资金执行率100.0%")
    if (row := row_rates.row_base(ctx, lk, near)) is not None:  # "膳食补助支出…，执行率…" beside its table row
        if not agrees(m, near[0].mention.value / row[0].mention.value * HUNDRED):
            _report_rate_mismatch(ctx, lk, name, near[0], row[0], over, category=row[1])
        return
    if not near:
        # an amount from another paragraph may confirm a rate but never accuse it
        if over:
            _report_over_hundred(ctx, m, name)
        return
    if _rate_unit_fixed(ctx, m, name, near, nonzero) or not over and near[0].mention.value > nonzero[0].mention.value \
            and nonzero[0].sentence[0] > lk.sentence[1]:  # ("部门全年支出1208.73万元…执行率93.96%。基本支出全年预算646.45万元")
        return  # (a budget below the spending, in a later sentence: a part's)
    doubt = "此段的执行数可能是某一子项或来源的，所用预算是项目的" if item_scope.items_spending(ctx, m, near[0], nonzero[0]) else \
        "此比率紧跟其前所列的分项，可能是该分项的，而文中没有该分项的预算" if part is not None else None
    _report_rate_mismatch(ctx, lk, name, near[0], nonzero[0], over, doubt)


def _its_spending(ctx: Context, named: re.Match[str], near: list[Linked]) -> bool:
    """"区级资金支出2,076.70万元，区级资金执行率79.87%": the source's rate beside that source's own spending."""
    return bool(near) and named.group(0)[:2] in ctx.text[near[0].sentence[0] : near[0].mention.start]


def _rate_operands(ctx: Context, lk: Linked) -> tuple[list[Linked], list[Linked]]:
    """(numerators nearest first, denominators most telling first) of an execution or received rate."""
    if lk.quantity == "execution_rate":
        nums = _nearest_before(lk, _candidates(ctx, lk, ("spent",)))
        if all(n.sentence != lk.sentence for n in nums):  # "项目实际拨付补助资金409.96万元，…预算执行率96.58%":
            nums = [o for o in _candidates(ctx, lk, ("issued",)) if o.sentence == lk.sentence  # a subsidy's payments
                    and paid_out(ctx, o, lk)][-1:] + nums
        dens = _ranked_bases(ctx, lk, _candidates(ctx, lk, (*BASES, "received", "issued")))
        dens = [d for d in dens if d not in nums]
        if not dens:
            dens = unnamed_base(ctx, lk, nums) or broken_down_funds(ctx)
        elif not any(d.quantity in BASES for d in dens):
            dens = dens + broken_down_funds(ctx)  # 到位 only: the funds broken into sources may be the budget
    else:
        nums = _nearest_before(lk, _candidates(ctx, lk, ("received", "issued")))
        dens = _ranked_bases(ctx, lk, _candidates(ctx, lk, BASES))
        if not dens:  # no budget stated: the amount issued (下达) is what should arrive, else the funds total
            nums = [n for n in nums if n.quantity == "received"]
            dens = _ranked_bases(ctx, lk, _candidates(ctx, lk, ("issued",))) or broken_down_funds(ctx)
    return nums, dens


_ITS_RATE = re.compile(r"(?:预算)?(?:执行|使用|支出)率")
def _report_zero_base(ctx: Context, m: Mention, name: str, base: Mention) -> None:
    ctx.add(Finding("implausible_rate", f"预算为{money(base)}，{name}无从计算（应写“—”），却写作{money(m)}。", m.span,
                    values={"budget": money(base), "stated": money(m)}, expected="—", related=(base.span,)))


def _report_over_hundred(ctx: Context, m: Mention, name: str) -> None:
    ctx.add(Finding("implausible_rate", f"{name}{money(m)}超过100%，执行数超过预算，需核实或说明。", m.span, values={"stated": money(m)}, expected="≤100%"))


def _rate_confirmed(ctx: Context, m: Mention, name: str, nums: list[Linked], nonzero: list[Linked], over: bool,
                    whole: bool) -> bool:
    """Some pair of amounts gives the rate as written (reported when it is over 100%, or when it is the whole's rate
    on the budget before its adjustment: a category's rate is never the whole's)."""
    for n in nums:
        for d in nonzero:
            c = n.mention.value / d.mention.value * HUNDRED
            if agrees(m, c):
                if whole and item_scope.initial_base(ctx, m, n, d, nonzero, name) or not over:
                    return True
                ctx.add(
                    Finding(
                        "implausible_rate",
                        f"按预算{money(d.mention)}、执行{money(n.mention)}计算，{name}为{fmt_like(c, m)}%，"
                        f"执行数超过预算，{name}不应超过100%。",
                        m.span,
                        values={"budget": money(d.mention), "spent": money(n.mention), "stated": money(m)},
                        expected="≤100%",
                        decisive=True,
                        related=(d.mention.span, n.mention.span),
                    )
                )
                return True
    return False


def _rate_unit_fixed(ctx: Context, m: Mention, name: str, nums: list[Linked], nonzero: list[Linked]) -> bool:
    """An amount off by 10^4/10^8 explains the rate (reported as ``unit_mismatch``)."""
    for n_lk in nums[:3]:
        for d_lk in nonzero[:3]:
            fix = unit_fix(ctx, [n_lk.mention, d_lk.mention], lambda v: v[1] != 0 and agrees(m, v[0] / v[1] * HUNDRED))
            if fix:
                report_unit(ctx, fix[0], fix[1], f"{name}{money(m)}")
                return True
    return False


def _report_rate_mismatch(ctx: Context, lk: Linked, name: str, num: Linked, den: Linked, over: bool,
                          doubt: str | None = None, category: str = "") -> None:
    m = lk.mention
    n, d = num.mention, den.mention
    c = n.value / d.value * HUNDRED
    label = category or ("执行" if lk.quantity == "execution_rate" else "到位")  # "按项目支出预算…、项目支出…计算"
    base_label = f"{category}预算" if category else QUANTITY_NAMES_ZH.get(den.quantity or "", "预算")
    if over and c > HUNDRED:
        code = "implausible_rate"
    else:
        code = "rate_mismatch"
    ctx.add(
        Finding(
            code,
            ("疑似：" if doubt else "")
            + f"按{base_label}{money(d)}、{label}{money(n)}计算，{name}为{fmt_like(c, m)}%，与所写{money(m)}不符。"
            + (f"（{doubt}，请人工核实）" if doubt else ""),
            m.span,
            severity="warning" if doubt else None,
            values={"base": money(d), "amount": money(n), "stated": money(m)} | ({"category": category} if category else {}),
            expected=f"{fmt_like(c, m)}%",
            decisive=min(c, HUNDRED) != min(m.value, HUNDRED),
            related=(d.span, n.span),
        )
    )


# -- I3 balances ------------------------------------------------------------------------------------


_LAST_YEARS = re.compile(r"(?:上年|去年|上一年)(?!结转|结余|末|底|度?结)")


def balances(ctx: Context) -> None:
    for lk in ctx.linked:
        m = lk.mention
        if lk.quantity not in ("balance", "carry_forward") or m.kind != "money" or not _usable(lk) or lk.component_of is not None:
            continue
        if lk.quantity == "carry_forward" and _split_remainder(ctx, lk) or item_scope.restated_part(ctx, lk, _split_remainder) \
                or _PARTS_OF_REMAINDER.search(ctx.text, ctx.text.rfind("\n", 0, m.start) + 1, m.start):
            continue  # a part of a split remainder ("未支出23.65万元，其中…未支付22.30万元；…结余1.35万元"), here or elsewhere
        if item_scope.part_of_a_remainder(ctx, lk) or item_scope.an_items_saving(ctx, lk):
            continue  # "年末结转结余244.22万元，其中结转…、结余12.62万元": a part of it; "结算6.00万元，节约2.00万元": an item's
        if one_source(ctx, lk) or (y := _YEARS_BALANCE.search(ctx.text, max(0, m.start - 28), m.start)) \
                and int(y.group(1)) != ctx.year:
            continue  # "市级资金结余1.32万元": one source's; "2023年结余为51,236.80元", "2020年…项目结余资金": another year's
        # "贷款余额58,362.00万元": a loan's balance; "预算金额31.08亿元，成交金额28.65亿元，节约资金2.43亿元": savings of tenders
        if _OTHER_BALANCE.search(ctx.text, max(0, m.start - 12), m.start) or _PROCUREMENT.search(ctx.text, *lk.sentence) \
                or _NOT_ARRIVED.search(ctx.text, max(0, m.start - 8), m.start) or _INTO_THIS_YEAR.match(ctx.text, m.end):
            continue  # "结余资金和尚未到账的6.00万元"
        own = "备用金" in ctx.text[lk.sentence[0] : m.start]  # "使用备用金…，余额…": on its own sentence's figures alone
        pool = [s for s in _candidates(ctx, lk, ("spent",)) if not _LAST_YEARS.search(
            ctx.text, s.sentence[0], s.mention.start)]  # ("上年（2021年）中心全年支出1198.37万元": last year's)
        if not any(s.sentence == lk.sentence for s in pool):  # "全年共拨付…179.35万元，…，年末结余7.05万元"
            pool = [o for o in _candidates(ctx, lk, ("issued",)) if o.sentence == lk.sentence and paid_out(ctx, o, lk, whole=True)] + pool
        bases = _ranked_bases(ctx, lk, _candidates(ctx, lk, ("received", "issued", *BASES)))
        spent = _nearest_before(lk, pool, nearest=True)
        if not spent or not any(_near_remainder(b.mention.value - spent[0].mention.value, m.value) for b in bases):
            spent = _nearest_before(lk, pool)  # the spending nearest leaves no remainder like the one stated
        if any(b.quantity in ("annual_budget", "approved_budget", "received") for b in bases):
            bases = [b for b in bases if b.quantity != "initial_budget"]  # adjusted since: the start is no base
        if spent and not bases:
            bases = _sentence_head(ctx, lk, spent[0])
        if "到位" in ctx.text[max(0, m.start - 8) : m.start]:  # "到位资金结余6.80万元": left of what arrived, or unsaid
            bases = [b for b in bases if b.quantity == "received"]
        spent, bases = ([x for x in xs if x.sentence == lk.sentence or not own] for xs in (spent, bases))
        if not spent or not bases:
            continue
        # (or a part of the year's budget less the spending: "基本支出执行191.87万元，…结余0.28万元" of 基本支出192.15万元)
        ok = any(agrees(m, b.mention.value - s.mention.value) for s in spent for b in bases) or any(
            x.component_of is not None and x.quantity != "initial_budget" and x.mention.kind == "money"
            and agrees(m, x.mention.value - spent[0].mention.value) for x in ctx.linked)
        if ok or item_scope.item_paragraph(ctx, lk, spent[0]) or item_scope.paid_out_beside(ctx, lk, spent[0]) \
                or item_scope.borne_out_beside(ctx, lk) or remainder_parts.accounted(ctx, lk, spent, bases):
            continue
        bases = item_scope.bases_of_the_rate(ctx, lk, spent[0], bases)
        if not bases or item_scope.part_of_the_balance(ctx, lk, spent, bases) or remainder_parts.not_the_wholes(ctx, lk, spent, bases):
            continue
        received = [b for b in bases if b.quantity == "received"]
        s = spent[0].mention
        fix = unit_fix(ctx, [(received or bases)[0].mention, s, m], _balance_holds(m.half_unit() + EPS))
        # the base whose balance comes nearest the stated one: the slip is in one figure, not in the choice of base
        b = min((x.mention for x in (received or bases)[:4]), key=lambda x: abs(x.value - s.value - m.value))
        if fix:
            report_unit(ctx, fix[0], fix[1], "结余＝到位（预算）－执行")
            continue
        expected = b.value - s.value
        base_name = "到位" if received else "预算"
        said = f"按{base_name}{money(b)}、执行{money(s)}计算，结余应为{money_like(expected, m)}，与所写{money(m)}不符。"
        part = lk.quantity == "carry_forward" and 0 < m.value < expected  # what is carried may be part of what is left
        ctx.add(
            Finding(
                "balance_mismatch",
                f"疑似：{said}（结转的可能只是结余的一部分，其余或已收回，请人工核实）" if part else said,
                m.span,
                severity="warning" if part else None,
                values={"base": money(b), "spent": money(s), "stated": money(m)},
                expected=money_like(expected, m),
                related=(b.span, s.span),
            )
        )


def _near_remainder(expected: Decimal, said: Decimal) -> bool:  # positive, and within a factor of two of the stated
    return expected > 0 and expected / 2 <= said <= expected * 2


_YEARS_BALANCE = re.compile(r"((?:19|20)\d{2})年度?[^，,。；;\d]{0,12}?(?:结余|结转)[^，,。；;\d]{0,4}$")
_INTO_THIS_YEAR = re.compile(r"\s*(?:结转|转入)(?:到|至|入)?本年")  # "…未使用完的…12万元结转到本年": carried in
_NOT_ARRIVED = re.compile(r"未(?:到账|到位|拨付|下达)的?$")
_OTHER_BALANCE = re.compile(r"(?:贷款|信贷|存款|基金|账户|专户|担保|保证金|借款)余额[^，,。；;\d]{0,4}$"
                            r"|[（(](?:节余|结余)$"  # "室外附属148.60万元（节余31.40万元）": an item's saving
                            # "上年末累计结余9615.20万元": a fund's balance over the years, not this year's budget's
                            r"|(?:累计|滚存|历年)(?:结余|结存)[^，,。；;\d]{0,4}$")
_FUNDS_HEAD = re.compile(r"(?:资金|经费|补助|总投资)$")


def _sentence_head(ctx: Context, balance: Linked, spent: Linked) -> list[Linked]:
    """"X资金2.00万元，已使用2.00万元，结余0万元" / "总投资X万元，…实际使用Y万元，结余Z万元": with no budget
    word anywhere, the one funds amount that opens the balance's own sentence, before its spending, is the base."""
    if spent.sentence != balance.sentence or spent.mention.start > balance.mention.start:
        return []
    head = [o for o in ctx.linked if o.sentence == balance.sentence and o.mention.start < spent.mention.start
            and o.mention.kind == "money" and _usable(o) and o.component_of is None
            and (o.quantity == "total_investment" or o.quantity is None and bool(_FUNDS_HEAD.search(o.subject)))]
    return head[:1] if len(head) == 1 else []


# a sentence that states what a tender cost ("成交金额28.65亿元", "节资率7.8%"); a balance merely said to come from
# tender savings ("系政府采购中标价格低于预算形成") is still received − spent
_PROCUREMENT = re.compile(r"(?:成交|中标|合同)(?:金额|价格|价|额)?(?:合计|共计|总计)?[为是达约：:]?\s*\d|节资率|节支率|节约率|下浮率")
_PARTS_OF_REMAINDER = re.compile(r"(?:未支出|未执行|未使用|差额)(?:资金)?[^，,。；;\d]{0,6}\d[\d,.]*\s*万?元[，,：:]?\s*其中|"
                                 r"(?:结余|结转|结转结余|未支出|未使用)(?:资金)?中[，,：:]?")  # ("结余资金中，财政资金…万元…")


def _split_remainder(ctx: Context, lk: Linked) -> bool:
    """A 结转 amount is the whole remainder (I3: 全年预算 − 执行 = 未执行/结转) unless the paragraph splits the
    remainder (another 结余/结转/收回 amount beside it)."""
    line = ctx.line_of(lk.mention.start)
    if any(o is not lk and o.quantity in ("balance", "carry_forward") and ctx.line_of(o.mention.start) == line
           for o in ctx.linked):
        return True
    start, end = ctx.text.rfind("\n", 0, lk.mention.start) + 1, ctx.text.find("\n", lk.mention.end)
    # (a 其中 of the sentences before splits the budget, not what is left: "全年预算68.40万元，其中中央补助…。…结转14.08万元")
    sentence = max(start, ctx.text.rfind("。", start, lk.mention.start) + 1)
    return bool(re.search(r"收回|上缴|注销", ctx.text[start : end if end >= 0 else len(ctx.text)])
                or "其中" in ctx.text[sentence : end if end >= 0 else len(ctx.text)])
