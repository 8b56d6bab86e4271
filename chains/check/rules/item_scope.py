"""Whose balance or rate a figure is, in reports that account for several items or split the balance: the spending and
budget the balance and rate rules would use must be that figure's own, else they say nothing (or 疑似)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from decimal import Decimal

from chains.check.rules.base import EPS, SOURCE_NAMED, Context, agrees, fmt_like, money, sum_agrees
from chains.findings import Finding
from chains.text.numbers import Mention, mentions_within
from chains.text.quantities import Linked
from chains.text.sections import report_title


def item_paragraph(ctx: Context, balance: Linked, spent: Linked) -> bool:
    """"1.养老服务运营补贴支出42.00万元。…按半年拨付2.00万元，结余2.00万元": the balance's paragraph spends another
    amount than the spending taken from elsewhere: it accounts for an item, whose budget is not known here."""
    line = ctx.line_of(balance.mention.start)
    before = [o for o in ctx.linked if o.mention.kind == "money" and o.mention.start < balance.mention.start
              and ctx.line_of(o.mention.start) == line]
    own = [o.mention.value for o in before if o.quantity == "spent"]
    if not own or ctx.line_of(spent.mention.start) == line or spent.mention.value in own:
        return False
    # "按用途分：…96.40万元；…20.00万元；…58.20万元。未支付的6.41万元…": the items add up to the whole spending
    items = [o.mention.value for o in before if o.quantity not in ("unit_price", "average", "change")]
    return sum(items, Decimal(0)) != spent.mention.value


def part_of_the_balance(ctx: Context, balance: Linked, spent: list[Linked], bases: list[Linked]) -> bool:
    """"年末结余33.23万元 … 结转2022年的26.80万元将在质保期满后支付": the whole balance stated beside the spending (or
    right anywhere), and a smaller one in another paragraph: a part of the balance (the carried part, a source's)."""
    if ctx.line_of(balance.mention.start) == ctx.line_of(spent[0].mention.start):
        return False
    line = ctx.line_of(spent[0].mention.start)
    whole = [o.mention for o in ctx.linked if o is not balance and o.quantity in ("balance", "carry_forward")
             and o.mention.kind == "money" and (ctx.line_of(o.mention.start) == line or any(
                 agrees(o.mention, b.mention.value - x.mention.value) for b in bases[:4] for x in spent[:2]))]
    computed = max(b.mention.value - x.mention.value for b in bases[:4] for x in spent[:2])
    return any(balance.mention.value < max(w.value, computed) for w in whole)  # even when the whole is the slip


_THRESHOLD = re.compile(r"低于|高于|不足|超过|以上|以下|的原因")  # "执行率低于90%的原因": a threshold, not the rate


def bases_of_the_rate(ctx: Context, balance: Linked, spent: Linked, bases: list[Linked]) -> list[Linked]:
    """"…兑付奖补资金50.70万元，执行率96.57%，结余1.80万元": an execution rate in the balance's own sentence keeps the
    bases that give it with the spending; none (50.70 / 36.00 ≠ 96.57%) says the figures are another item's."""
    rate = [o.mention for o in ctx.linked if o.sentence == balance.sentence and o.quantity == "execution_rate"
            and o.mention.start < balance.mention.start and o.mention.comparator is None
            and not _THRESHOLD.search(ctx.text, max(0, o.mention.start - 3), o.mention.end + 3)]
    if len(rate) != 1:
        return bases
    return [b for b in bases if b.mention.value and agrees(rate[0], spent.mention.value / b.mention.value * 100)]


def items_spending(ctx: Context, rate: Mention, num: Linked, den: Linked) -> bool:
    """"（一）汽车置换更新。…兑付补贴611.00万元，执行率98.55%" with the project's budget in another paragraph and
    the project's larger spending stated elsewhere, and the rate far from theirs: the paragraph's spending is an
    item's, its budget not the project's."""
    if ctx.line_of(den.mention.start) == ctx.line_of(rate.start) or abs(num.mention.value / den.mention.value * 100 - rate.value) <= 10:
        return False  # a slip of a digit or two, not another item's figures
    line = ctx.line_of(rate.start)
    spent = [o for o in ctx.linked if o.quantity == "spent" and o.mention.kind == "money"]
    if sum(1 for o in spent if ctx.line_of(o.mention.start) == line) >= 3:
        return True  # "分子项目看，…支出68.00万元，…支出76.00万元，…支出14.16万元，执行率67.43%": the last item's rate
    return any(ctx.line_of(o.mention.start) != line
               and num.mention.value < o.mention.value <= den.mention.value + den.mention.half_unit() for o in spent)


_CATEGORY_RATE = re.compile(r"(基本支出|项目支出|人员经费|公用经费|专项资金|专项经费)(?:预算)?执行率(?:为|达到|是)?\s*$")
# "基本支出10,854.25万元，执行率98.56%": the category's amount, then its rate
# (or "基本支出全年预算292.18万元，全部支出，执行率100%": a clause without figures between)
_CATEGORY_AMOUNT_RATE = re.compile(r"(基本支出|项目支出)[^，,；;。\d]{0,6}\d[\d,.]*\s*(?:万元|元)[，,]\s*"
                                   r"(?:[^，,；;。\d]{1,8}[，,]\s*)?(?:预算)?执行率(?:为|达到|是)?\s*$")


def category_pair(ctx: Context, rate: Linked) -> tuple[Linked, Linked, str] | None | bool:
    """"其中基本支出执行率98.93%，项目支出执行率91.73%": a category's rate. The category's spending and budget where
    the text names them ("调整后全年预算1,514.40万元，其中…项目支出1,246.00万元" / "项目支出1,124.60万元"); ``True`` when
    it is a category's rate whose amounts are not at hand (nothing to say), ``None`` when it is no category's."""
    m = rate.mention
    category = _CATEGORY_RATE.search(ctx.text, max(rate.sentence[0], m.start - 10), m.start) \
        or _CATEGORY_AMOUNT_RATE.search(ctx.text, max(rate.sentence[0], m.start - 40), m.start)
    if category is None or category.group(1) == "项目支出" and "基本支出" not in ctx.text:
        return None  # without 基本支出 beside it, "项目支出1,723.87万元，执行率98.15%" is what the project spent
    named = [o for o in ctx.linked if o.mention.kind == "money" and o.mention.start != m.start
             and category.group(1) in ctx.text[max(0, o.mention.start - 6) : o.mention.start]]

    def role(o: Linked) -> str | None:
        return ctx.linked[o.component_of].quantity if o.component_of is not None else o.quantity

    spent = [o for o in named if role(o) == "spent" and o.mention.start < m.start]
    if not spent and category.re is _CATEGORY_AMOUNT_RATE:  # "项目支出1,148.62万元，执行率94.74%": the amount it follows
        # (or, when that is the category's budget, "项目支出1,288.52万元，项目支出预算1,340.00万元，执行率96.16%", the one
        # before it in the sentence)
        spent = [o for o in named if o.sentence == rate.sentence and o.mention.start < m.start
                 and role(o) in (None, "spent")][-1:]
    budget = [o for o in named if role(o) in ("annual_budget", "approved_budget")]
    if len(spent) != 1 or len(budget) != 1 or not budget[0].mention.value:
        return True
    return spent[0], budget[0], category.group(1)


def restated_part(ctx: Context, balance: Linked, split: Callable[[Context, Linked], bool]) -> bool:
    """"形成结转资金20,156,300.00元" where the report splits its remainder and names that very amount as one part
    ("…尚未支付的20,156,300.00元结转至2023年；其余4,730,281.64元…"): that part said again, not the balance."""
    return any(o is not balance and o.mention.value == balance.mention.value and o.quantity in ("balance", "carry_forward")
               and split(ctx, o) for o in ctx.linked)


_THIS_YEAR_FUNDS = re.compile(r"(?:当年|本年)财政拨款[^，,；;。\d]{0,6}$")


def initial_base(ctx: Context, m: Mention, num: Linked, base: Linked, bases: list[Linked], name: str) -> bool:
    """"年初预算186452300.00元…全年预算188805740.00元…全年实际支出185936482.27元，预算执行率99.72%": a rate that only
    the budget as it stood before the adjustment gives, beside the year's budget (rules I1: 全年预算数), is on the
    wrong base → ``rate_mismatch`` on the year's budget."""
    if base.quantity != "initial_budget" or m.value > 100:  # over 100%: implausible, whichever the base
        return False
    if re.search(r"年初(?:预算)?(?:安排)?(?:的)?(?:部分|资金)", ctx.text[num.sentence[0] : num.mention.start]):
        return True  # "分来源看，年初预算部分支出336.27万元，执行率93.41%": the rate of the year's first budget, as said
    if _THIS_YEAR_FUNDS.search(ctx.text, max(num.sentence[0], num.mention.start - 12), num.mention.start):
        return True  # "当年财政拨款执行1206.46万元，执行率94.25%": the year's own money on its own budget, not the whole's
    year = [d for d in bases if d.quantity == "annual_budget" and d.mention.value != base.mention.value]
    line = ctx.line_of(m.start)  # the year's budget stated once, or beside the rate and again elsewhere, or the base
    # the rate's words point to first (the others a project's or a source's)
    first = bool(year) and bases[0] is year[0] and not SOURCE_NAMED.search(ctx.text, num.sentence[0], m.start)
    if not first and (len({d.mention.value for d in year}) != 1
                      or len(year) > 1 and all(ctx.line_of(d.mention.start) != line for d in year)):
        return False
    if any(agrees(m, num.mention.value / d.mention.value * 100) for d in year):
        return False
    c = num.mention.value / year[0].mention.value * 100
    ctx.add(
        Finding(
            "rate_mismatch",
            f"按全年预算数{money(year[0].mention)}、执行{money(num.mention)}计算，{name}为{fmt_like(c, m)}%，与所写{money(m)}不符"
            f"（所写是按年初预算数{money(base.mention)}计算的，预算调整后应以全年预算数为基数）。",
            m.span,
            values={"base": money(year[0].mention), "amount": money(num.mention), "stated": money(m)},
            expected=f"{fmt_like(c, m)}%",
            related=(year[0].mention.span, num.mention.span, base.mention.span),
        )
    )
    return True


_NAME_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:支出|执行|使用)?[为了]?\s*$")


def bracket_pair(ctx: Context, rate: Linked) -> tuple[Linked, Linked, str] | None | bool:
    """"公务接待费1.40万元（预算1.50万元，执行率93.33%）": a rate in brackets is the rate of the amount right before
    them, on the budget the brackets give; ``True`` when it stands in brackets without such a pair (nothing to say),
    ``None`` when it stands in none."""
    m, text = rate.mention, ctx.text
    opened = max(text.rfind("（", rate.sentence[0], m.start), text.rfind("(", rate.sentence[0], m.start))
    if opened < 0 or max(text.rfind("）", opened, m.start), text.rfind(")", opened, m.start)) >= 0:
        return None
    before = [o for o in ctx.linked if o.mention.kind == "money" and o.mention.end <= opened
              and not text[o.mention.end : opened].strip()]
    inside = [o for o in ctx.linked if o.mention.kind == "money" and opened < o.mention.start < m.start
              and "预算" in text[max(opened, o.mention.start - 6) : o.mention.start]]
    name = _NAME_BEFORE.search(text, max(rate.sentence[0], before[0].mention.start - 14), before[0].mention.start) \
        if len(before) == 1 else None
    if len(before) != 1 or len(inside) != 1 or not inside[0].mention.value or name is None:
        return True
    return before[0], inside[0], name.group(1)


def project_of_department(ctx: Context, rate: Linked) -> bool | None:
    """"农村客运招呼站建设项目因征地协调滞后，执行率仅51.09%" in a department's report: that project's rate, whose amounts
    the sentence does not give (``True``: nothing to say); ``None`` otherwise."""
    head = ctx.text[rate.sentence[0] : rate.mention.start]
    if "部门" not in report_title(ctx.text) or "项目" not in head or re.search(r"部门|整体|全局|本局|我局", head):
        return None
    own = [o for o in ctx.linked if o.sentence == rate.sentence and o.mention.kind == "money"]
    return True if not own else None


_DUE = re.compile(r"应(?:到位|拨付|下达|拨入)(?:资金|金额)?(?:为|共)?\s*$")


def due_rate(ctx: Context, rate: Linked) -> bool:
    """"区级配套资金应到位880.00万元，实际到位786.60万元，到位率89.93%": a received rate after the amount that was
    due and the amount that arrived, in its own sentence, is on what was due (reported here when it is not)."""
    if rate.quantity != "received_rate":
        return False
    before = [o for o in ctx.linked if o.sentence == rate.sentence and o.mention.kind == "money"
              and o.mention.start < rate.mention.start and o.quantity == "received"]
    if len(before) < 2 or not _DUE.search(ctx.text, rate.sentence[0], before[-2].mention.start):
        return False
    due, got = before[-2].mention, before[-1].mention
    if not due.value:
        return False
    m = rate.mention
    c = got.value / due.value * 100
    if not agrees(m, c):
        ctx.add(Finding("rate_mismatch", f"按应到位{money(due)}、实际到位{money(got)}计算，到位率为{fmt_like(c, m)}%，"
                        f"与所写{money(m)}不符。", m.span, values={"base": money(due), "amount": money(got),
                        "stated": money(m)}, expected=f"{fmt_like(c, m)}%", related=(due.span, got.span)))
    return True


def borne_out_beside(ctx: Context, balance: Linked) -> bool:
    """"全年实际到位23508.10万元…；划入基金专户22788.16万元…；资金结余719.94万元": two amounts of the balance's own
    paragraph, just before it (or an addition of its own sentence), leave it, whatever the words for spending."""
    line = ctx.line_of(balance.mention.start)
    whole = [o.mention for o in ctx.linked if o.mention.kind == "money" and o.mention.start < balance.mention.start
             and o.mention.unit == balance.mention.unit and ctx.line_of(o.mention.start) == line
             and o.quantity not in ("initial_budget", "budget_adjustment", "change")]
    own = whole[-6:]
    # "省级追加的应急治理资金36.50万元实际支出34.20万元，结余2.30万元": an addition's own spending and balance
    own += [o.mention for o in ctx.linked if o.sentence == balance.sentence and o.quantity == "budget_adjustment"
            and o.mention.start < balance.mention.start and o.mention.unit == balance.mention.unit]
    if ctx.text[balance.mention.end : balance.mention.end + 1] in "（(":  # "结余17.78万元（到位304.80万元减支出287.02万元）"
        close = ctx.text.find("）", balance.mention.end, balance.mention.end + 60)
        own += [x for x in ctx.mentions if balance.mention.end < x.start < close and x.kind == "money"
                and x.unit == balance.mention.unit]
    if any(agrees(balance.mention, a.value - b.value) for a in own for b in own if a.value > b.value):
        return True
    # "年初结转结余412.36万元。本年收入合计12846.75万元…本年支出合计12903.58万元…年末结转结余355.53万元": what was
    # carried in, and the year's income, less the year's spending
    carried = [x for x in whole if _CARRIED_IN.search(ctx.text, max(0, x.start - 8), x.start)]
    income = [x for x in whole if _INCOME.search(ctx.text, max(0, x.start - 6), x.start)]
    spent = [o.mention for o in ctx.linked if o.quantity == "spent" and o.mention in whole]
    return any(agrees(balance.mention, c.value + a.value - b.value) for c in carried for a in income for b in spent)


_CARRIED_IN = re.compile(r"(?:年初|上年)(?:结转)?结余|(?:年初|上年)结转")
_INCOME = re.compile(r"收入(?:合计|总计|共计)?(?:为|是)?$")


def paid_out_beside(ctx: Context, balance: Linked, spent: Linked) -> bool:
    """"13个项目累计拨付资金1,041.34万元，支付进度95.10%，结转2022年53.66万元": the balance's own sentence says what
    was paid out, and the spending taken from elsewhere is another: the balance is of what this sentence accounts."""
    return spent.sentence != balance.sentence and any(
        o.sentence == balance.sentence and o.quantity == "issued" and o.mention.kind == "money"
        and o.mention.start < balance.mention.start for o in ctx.linked)


def part_of_a_remainder(ctx: Context, lk: Linked) -> bool:
    """"年末结转结余244.22万元，其中结转231.60万元、结余12.62万元": a part of the remainder, not the balance; or
    "财政资金结余1.18万元已收回区财政，学费结余0.24万元结转2024年使用": the remainders of two kinds of money, each
    a part."""
    others = [o for o in ctx.linked if o is not lk and o.quantity in ("balance", "carry_forward") and o.sentence == lk.sentence]
    kind = _kind_of_balance(ctx, lk)
    return any(o.mention.value > lk.mention.value and o.mention.start < lk.mention.start
               and "其中" in ctx.text[o.mention.end : lk.mention.start] for o in others) \
        or kind is not None and any((k := _kind_of_balance(ctx, o)) is not None and k != kind for o in others)


_KIND_BALANCE = re.compile(r"([\u4e00-\u9fff]{1,4}?(?:资金|经费|费|收入))(?:结余|结转|余额)[^，,；;。\d]{0,4}$")


def _kind_of_balance(ctx: Context, lk: Linked) -> str | None:
    kind = _KIND_BALANCE.search(ctx.text, max(lk.sentence[0], lk.mention.start - 16), lk.mention.start)
    return kind.group(1) if kind else None


def part_of_a_part(total: Mention, parts: list[Mention]) -> bool:
    """"财政资金支出196.80万元、县级衔接资金支出46.80万元、自筹资金支出30.00万元" of 226.80: the parts exceed the total by
    exactly one of them, smaller than another (a part of that part)."""
    s = sum((p.value for p in parts), Decimal(0))
    tolerance = min(x.half_unit() for x in (total, *parts)) + EPS  # as exact as the finest figure
    return s > total.value and len(parts) >= 3 and all(x.value != total.value for x in parts) and any(
        abs(s - p.value - total.value) <= tolerance and p.value < max(x.value for x in parts) for p in parts)


def no_list_of_parts(text: str, parts: list[Mention]) -> bool:
    """The parts read are no whole list of the total's parts: the first broken down into its uses, or the list cut."""
    return first_broken_down(text, parts) or runs_over_a_line(text, parts[-1])


def first_broken_down(text: str, parts: list[Mention]) -> bool:
    """"其中财政资金支出64.57万元，主要用于：扶持作品8部，每部资助8000元，计6.40万元；…15.50万元": the first part and
    the uses it is spent on (no price each among them), which add up to it — no parts of the total beside it."""
    first, rest = parts[0], [p for p in parts[1:] if not re.search(r"每[^，,。；;\d]{0,6}$", text[max(0, p.start - 8) : p.start])]
    return len(rest) >= 2 and _USED_FOR.match(text, first.end) is not None and sum_agrees(rest, first)


def runs_over_a_line(text: str, last: Mention) -> bool:
    """"…矿山开采512人次、其\n他行业747人次": a list cut by the copy's line break after its last part read — it goes on
    on the next line, so the parts read are not all of them."""
    return _RUNS_ON.match(text, last.end) is not None


_RUNS_ON = re.compile(r"[、，,][^。；;\n\d]{0,6}\n[^\n\d。；;]{0,12}\d")
_USED_FOR = re.compile(r"\s*[，,]\s*(?:主要)?(?:用于|包括|具体为|构成为|明细为)[：:]?")
_ALL_GOVERNMENT = re.compile(r"财政资金|财政拨款|财政补助资金")
_LEVEL_WORD = re.compile(r"中央|省|自治区|市|州|盟|县|旗|区|乡|镇")
_ONE_LEVEL = re.compile(r"(?:中央|省|自治区|市|州|盟|县|旗|区|乡镇)[\u4e00-\u9fff]{0,6}资金")


def levels_within(text: str, total: Mention, parts: list[Mention]) -> tuple[Mention, list[Mention]] | None:
    """"其中财政资金支出196.80万元…；县级衔接资金当年支出46.80万元": one level's money is within the government's, listed
    beside it (the parts exceed the total). Returns the government's figure and the levels' after it."""
    if sum((p.value for p in parts), Decimal(0)) <= total.value:
        return None  # (a part within another makes the parts exceed the total)
    clauses = [re.split(r"[，,；;。：:、]", text[max(0, p.start - 20) : p.start])[-1] for p in parts]
    whole = [i for i, c in enumerate(clauses) if _ALL_GOVERNMENT.search(c) and not _LEVEL_WORD.search(c)]
    if not whole:
        return None
    levels = [p for p, c in zip(parts[whole[0] + 1 :], clauses[whole[0] + 1 :], strict=True) if _ONE_LEVEL.search(c)]
    return (parts[whole[0]], levels) if levels else None


_STAGE = re.compile(r"(?:年初|全年|调整后)预算(?:数|金额)?(?:为|是)?\s*$")


def unstaged(text: str, parts: list[Mention]) -> list[Mention]:
    """The parts without a budget stage that restates the parts just before it: "中央补助2,856.00万元、省级补助1,904.00万元
    …列入年初预算，年初预算数为4,760.00万元" (their sum), "自治区补助资金300.00万元…年初预算数为300.00万元" (it again)."""
    out: list[Mention] = []
    for m in parts:
        run = Decimal(0)
        if out and _STAGE.search(text, max(0, m.start - 10), m.start) and any(
                (run := run + p.value) == m.value for p in reversed(out)):
            continue
        out.append(m)
    return out


def each_in_brackets(text: str, m: Mention) -> bool:
    """"…补助88.00万元（11个镇（街道）各8.00万元）": so much each, in a part's brackets — a detail, no part."""
    if text[m.start - 1 : m.start] != "各":
        return False
    depth = 0
    for c in text[max(0, m.start - 40) : m.start]:  # (brackets within brackets: "（11个镇（街道）各")
        depth += 1 if c in "（(" else -1 if c in "）)" and depth > 0 else 0
    return depth > 0


_TARGET_BEFORE = re.compile(r"(?:目标|计划|任务)(?:值|数)?(?:为|是)?\s*$")


def sum_of_another(ctx: Context, total: Mention, parts: list[Mention]) -> bool:
    """"部门全年支出2950.02万元，…结余资金64.03万元。其中基本支出684.07万元…项目支出2265.95万元": the parts add up to
    another amount of the total's sentence, and the 其中 opens a sentence of its own: it breaks that one down."""
    average = "均" in ctx.text[max(0, total.start - 3) : total.start]  # "累计1821.24万元，年均607.08万元，其中2022年…"
    own = total.start > parts[0].start or not re.search("[。；;]", ctx.text[total.end : parts[0].start]) and not average
    # "X，其中…": the 其中 is the total's own; only one after 。 or ；is in doubt — unless the parts give the amount that
    # opened the paragraph ("到位资金11,950.00万元。全年执行11,841.46万元，其中中央9,126.00万元…全部支出；县级980.00万元…")
    sentence = max(ctx.text.rfind(c, 0, total.start) for c in "\n。；;") + 1  # the total's own sentence
    if own and _TARGET_BEFORE.search(ctx.text, max(sentence, total.start - 12), total.start):
        # "全年为3,126户…发放补贴，完成年度目标3,000户的104.20%，其中…2,214户、…912户": the done figure's parts
        return any(m.kind == total.kind and m.unit == total.unit and m is not total and sum_agrees(parts, m)
                   for m in ctx.mentions if sentence <= m.start < total.start)
    if own:  # (spending broken down by the sources' money, which adds up to what arrived, not to what was spent)
        q = {lk.mention.span: lk.quantity for lk in ctx.linked}
        start, end = ctx.text.rfind("\n", 0, total.start) + 1, sentence
        candidates = [m for m in ctx.mentions if start <= m.start < end and q.get(m.span) in ("received", "annual_budget")]
        return q.get(total.span) == "spent" and any(
            m.kind == total.kind and m.unit == total.unit and sum_agrees(parts, m) for m in candidates)
    # ("全年实际支出114.60万元…。分资金来源看，区级资金使用79.00万元…。按发放部门分，…82.32万元…": the paragraph's)
    para = ctx.text.rfind("\n", 0, total.start) + 1
    return any(m.kind == total.kind and m.unit == total.unit and m is not total and m.decimals >= total.decimals
               and sum_agrees(parts, m) for m in ctx.mentions if para <= m.start < total.start)


_THEN_PAID = re.compile(r"[，,]?\s*(?:(?:已|实际|累计)(?:支付|拨付|支出|使用|完成|兑付|执行)[^，,。；;、\d]{0,4}|(?:兑付|支出|执行)(?:资金)?)\d")


def as_paid(ctx: Context, quantity: str | None, parts: list[Mention]) -> list[Mention] | None:
    """The parts of a total as they count: None when one is the payment of the one before it ("合同价12.00万元，已支付
    10.80万元": a price and its payment are no two parts); of a total spent, a part followed by what of it was spent
    ("补助资金90.00万元，实际支出85.25万元") counts what was spent."""
    if any(_THEN_PAID.match(ctx.text, a.end, b.start + 1) for a, b in zip(parts, parts[1:], strict=False)):
        return None
    return (paid_parts(ctx, parts) or parts) if quantity == "spent" else parts


_PAID_OF_IT = re.compile(r"[，,]?\s*(?:(?:已|实际)(?:支付|拨付|支出|使用|兑付)|支出|支付)(?:资金)?\d")  # ("，支出121.60万元")


def paid_parts(ctx: Context, parts: list[Mention]) -> list[Mention] | None:
    """The parts with each one that is followed by what of it was paid ("补助资金90.00万元，实际支出85.25万元")
    replaced by that payment; None when no part is."""
    out, changed = [], False
    for m in parts:
        i = bisect.bisect_right(ctx.mentions, m.start, key=lambda x: x.start)
        nxt = ctx.mentions[i] if i < len(ctx.mentions) else None
        if nxt is not None and nxt.kind == m.kind and _PAID_OF_IT.match(ctx.text, m.end, nxt.start + 1):
            out.append(nxt)
            changed = True
        else:
            out.append(m)
    return out if changed else None


_REST = re.compile(r"[，,、；;]\s*(?:其余|剩余|余下)(?:部分)?(?:为|是|系|由)?[^，,。；;\d]{0,16}(?:[。；;\n]|$)")


def rest_unsaid(ctx: Context, parts: list[Mention]) -> bool:
    """"其中中央补助资金1628.00万元、市级补助资金482.00万元，其余为县级配套资金。": the rest named without its figure — the
    parts listed are not all of them."""
    return any(_REST.match(ctx.text, p.end) for p in parts)


def missed_part(ctx: Context, total: Mention, parts: list[Mention]) -> bool:
    """A figure after the parts, in the sentence of the last, that is just what they miss of the total ("…市级补助65.00万元，
    县级财政安排149.56万元。" read without its last item): the list was not read whole."""
    gap = total.value - sum((p.value for p in parts), Decimal(0))
    end = min((i for i in (ctx.text.find(c, parts[-1].end) for c in "。；;\n") if i >= 0), default=len(ctx.text))
    return gap > 0 and any(m.kind == total.kind and m.value == gap for m in mentions_within(ctx.mentions, parts[-1].end, end))


_ITEM_SETTLED = re.compile(r"结算|中标|成交|合同|造价|标准|单价|低于|少于")


def an_items_saving(ctx: Context, lk: Linked) -> bool:
    """"智慧管理系统结算6.00万元，节约2.00万元": money saved on an item settled below its price, not what is left of the
    budget ("累计支出1,203.35万元，…节约资金53.45万元结转至2023年使用" is)."""
    if lk.keyword_span is None or not ctx.text.startswith(("节约", "节省", "节支"), lk.keyword_span[0]):
        return False
    # (or a kind of spending's, its sentence's subject: "公用经费严格执行过紧日子要求，节约8.54万元")
    return _ITEM_SETTLED.search(ctx.text, lk.sentence[0], lk.mention.start) is not None \
        or _KIND_SAVED.match(ctx.text, lk.sentence[0]) is not None


_KIND_SAVED = re.compile(r"\s*(?:人员经费|公用经费|日常公用经费|基本支出|三公经费|“三公”经费|会议费|培训费|差旅费|办公费)")


def named_part_rate(ctx: Context, rate: Linked) -> bool:
    """"全年执行1,667.62万元，其中财政资金执行1,247.62万元，财政资金执行率94.62%": the rate of a part of the
    spending the sentence names as it names the rate (a fund of no level), on that fund's budget, not the whole's."""
    m = rate.mention
    named = _NAMED_RATE.search(ctx.text, max(rate.sentence[0], m.start - 14), m.start)
    if part_named_rate(ctx, rate) is not None:
        return True  # "…预算执行率94.57%，其中财政资金执行率94.30%": a part's, by its very words (judged on its row)
    return named is not None and any(
        o.component_of is not None and o.mention.kind == "money" and o.sentence == rate.sentence and o.mention.start < m.start
        and named.group(1) in ctx.text[max(o.sentence[0], o.mention.start - 10) : o.mention.start] for o in ctx.linked)


def part_named_rate(ctx: Context, rate: Linked) -> str | None:
    """The part a rate names after 其中 ("其中财政资金执行率94.30%" → "财政资金"), or None."""
    m = rate.mention
    named = _NAMED_RATE.search(ctx.text, max(rate.sentence[0], m.start - 14), m.start)
    if named is not None and "其中" in ctx.text[max(0, named.start() - 2) : named.start() + 2]:
        return named.group(1).removeprefix("其中")
    return None


_NAMED_RATE = re.compile(r"([\u4e00-\u9fff]{0,4}(?:资金|经费|拨款))(?:预算)?(?:执行|支出|使用)率(?:为|达到?|是)?\s*$")
