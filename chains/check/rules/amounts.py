"""Rules on amounts stated in prose: sums (I4), averages (I10) and one quantity stated with two values
(I11); an amount that rescaled by 10^4/10^8 reconciles them is reported as ``unit_mismatch`` instead."""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal

from chains.check.rules import item_scope, list_averages, listed_totals, nested_parts, same_measure
from chains.check.rules.base import (
    EPS,
    RESCALE,
    Context,
    certain_statement,
    fmt,
    leads_its_sentence,
    money,
    one_source,
    sum_agrees,
)
from chains.check.rules.count_parts import clause_before, counted_in_its_unit, counted_parts
from chains.check.rules.funds import AMOUNTS, _usable
from chains.check.rules.items import adjusted, listed, near, other_measures, same_section
from chains.check.rules.partial_lists import WHOLE_LIST, may_be_partial
from chains.check.rules.unit_slips import out_of_proportion, report_unit, sum_slip
from chains.check.rules.unit_twins import row_per_unit
from chains.findings import Finding
from chains.text.numbers import Mention
from chains.text.quantities import QUANTITY_NAMES_ZH, Linked, generic_subject, subject_compatible
from chains.text.sections import department_report
from chains.vocabulary import LAST_YEAR


def run(ctx: Context) -> None:
    sums(ctx)
    listed_totals.run(ctx)
    list_averages.run(ctx)
    conflicts(ctx)


# -- I4 sums ----------------------------------------------------------------------------------------


def _two_lists(text: str, parts: list[Mention], total: Mention) -> bool:
    """"其中区级资金执行45.58万元…，市级补助资金全部支出。支出构成为：抽检费31.35万元、…": the total broken down twice
    (by source, then by use), the first list short of a figure: the parts after a new sentence add up to it alone."""
    return any(_LIST_BREAK.search(text, parts[k - 1].end, parts[k].start) and sum_agrees(parts[k:], total)
               and _ALL_OF_IT.search(text, parts[0].start, parts[k].start) for k in range(1, len(parts) - 1))


_LIST_BREAK = re.compile(r"[。；;：:]")
_ANOTHER_YEARS = re.compile(r"(?:19|20)\d{2}年(?:度)?(?:为|是|同期)")
# a part said without its figure: "市级补助资金全部支出"
_ALL_OF_IT = re.compile(r"(?:资金|经费|补助)[^，,；;。\d]{0,4}(?:已)?全部(?:支出|执行|使用|拨付|兑付)")


def sums(ctx: Context) -> None:
    parts: dict[int, list[Linked]] = defaultdict(list)
    for lk in ctx.linked:
        if lk.component_of is not None:
            parts[lk.component_of].append(lk)
    for idx, comps in parts.items():
        total = ctx.linked[idx]
        if total.mention.kind == "count":  # "培训12场，其中线下5场、线上8场，培训1,320人次": the 人次 is no part of the 场
            comps = [c for c in comps if not LAST_YEAR.search(clause := clause_before(ctx.text, c.mention.start))
                     and not _ANOTHER_YEARS.search(clause.replace(str(ctx.year), ""))]  # ("；上年为702家", "（2023年为286件）")
            if (counted := counted_in_its_unit(ctx, total, comps)) is None:
                continue
            comps = counted
        if len(comps) < 2 or not (total.mention.kind == "money" or counted_parts(total, comps)):
            continue
        mentions = nested_parts.top_level(ctx.text, [c.mention for c in comps if not item_scope.each_in_brackets(ctx.text, c.mention)])
        mentions = item_scope.unstaged(ctx.text, nested_parts.without_batches(ctx.text, mentions)) if total.mention.kind == "money" else mentions
        if len(mentions) < 2 or total.mention.approx or any(m.approx for m in mentions):
            continue
        if _unreadable_part(ctx, total.mention, mentions) or _part_without_figure(ctx.text, total.mention, mentions[0]):
            continue  # "…，其中上年结转资金全部支出，2024年下达资金支出1585.68万元": a part said without its figure
        if (paid := item_scope.as_paid(ctx, total.quantity, mentions)) is None:
            continue  # "合同价12.00万元，已支付10.80万元…合计26.00万元": a price and its payment are no two parts
        mentions = paid
        if sum(1 for x in mentions if _A_MEASURE.search(ctx.text, max(0, x.start - 3), x.start)) >= 2:
            continue  # "其中当年财政拨款年初150.00万元、全年180.00万元、执行172.46万元": one source's columns
        if _the_rest_s(ctx.text, total.mention, mentions) or _with_what_it_holds(ctx, total.mention, mentions):
            continue
        between = ctx.text[total.mention.end : mentions[0].start]
        if total.component_of is not None and total.mention.start < mentions[0].start \
                and re.search("[；;。]", between) and not re.search("中[，,：:]", between):
            # "…宣传展示60.00万元；按来源分，中央…400.00万元…": an item of one list, not the total of the next
            # (unlike "…当年财政拨款218.50万元…。当年财政拨款中，中央资金…", which names it)
            continue
        if "。" in between and WHOLE_LIST.search(between.rsplit("。", 1)[-1]) and "其中" in ctx.text[ctx.text.rfind("。", 0, total.mention.start) + 1 : total.mention.start]:
            continue  # "其中…；当年财政拨款支出318.20万元。按片区分，…": a breakdown of the whole, not of its last part
        if any(m.comparator is not None or _PER.match(ctx.text, m.end) or ctx.text[m.start - 1 : m.start] == "各"
               or "平均" in ctx.text[max(0, m.start - 4) : m.start] or "每" in ctx.text[max(0, m.start - 5) : m.start]
               or _EXTREME.search(ctx.text, max(0, m.start - 8), m.start) for m in mentions):
            # "二等奖2名各1,000元": so much each; "5座小(1)型平均26.90万元": averages, no parts
            continue  # "单位造价15.00万元/公里，低于15.5万元/公里的控制值；…共计14.40万元": rates and bounds, no parts
        if sum_agrees(mentions, total.mention) or _restates_total(mentions, total.mention) \
                or _own_total_after(ctx, comps[-1], mentions) or item_scope.sum_of_another(ctx, total.mention, mentions):
            continue
        mentions = _own_clause(ctx.text, total.mention, mentions)
        if sum_agrees(mentions, total.mention) or _two_lists(ctx.text, mentions, total.mention):
            continue
        everything = [total.mention, *mentions]
        if sum_slip(ctx, total.mention, mentions):
            continue
        if item_scope.part_of_a_part(total.mention, mentions) or item_scope.no_list_of_parts(ctx.text, mentions):
            continue  # "财政资金支出196.80万元、县级衔接资金支出46.80万元、自筹资金支出30.00万元" of 226.80: a part of a part
        nested = item_scope.levels_within(ctx.text, total.mention, mentions)
        if nested is not None:  # "当年财政拨款1241.79万元，其中中央…690.00万元、省级…366.00万元、县级…158.79万元"
            if len(nested[1]) >= 2:
                listed_totals.judge_sum(ctx, nested[1], nested[0])
            continue
        if all(m.value > total.mention.value for m in mentions):
            continue  # "结转108.78万元…。其中，省级资金180.00万元…，当年兑付180.00万元": each larger than the whole, none its part
        s = sum((m.value for m in mentions), Decimal(0))
        if _short_by_one_before(ctx, total.mention, mentions, s):
            continue  # "年初县级预算安排30万元。年中下达中央168万元、省级42万元，调整后全年预算共计240万元": it takes the 30 too
        listed = "＋".join(money(m) for m in mentions)
        unit = "万元" if total.mention.kind == "money" else total.mention.unit
        said = fmt(s, max(2, total.mention.decimals)) if total.mention.kind == "money" else fmt(s, total.mention.decimals)
        message = f"合计{money(total.mention)}与分项之和不符：{listed}＝{said}{unit}。"
        partial = s < total.mention.value and may_be_partial(ctx, total.mention, mentions)
        if partial and total.mention.kind == "count" and len(mentions) < 3:
            continue  # "编制249个，其中行政编13个、全额事业编45个": two kinds named of many, the usual way with counts
        ctx.add(
            Finding(
                "sum_mismatch",
                f"疑似：{message}（“其中”所列可能不是全部分项，请人工核实）" if partial else message,
                (min(m.start for m in everything), max(m.end for m in everything)),
                severity="warning" if partial else "error",
                values={"total": money(total.mention), "parts": listed},
                expected=f"{said}{unit}",
                related=tuple(m.span for m in mentions),
            )
        )


def _the_rest_s(text: str, total: Mention, parts: list[Mention]) -> bool:
    """"分别兑现120.00万元、85.00万元、64.50万元，其余3家企业合计142.50万元": the rest's total, no sum of the list."""
    return total.start > parts[-1].end and re.search(r"其余|其他|剩余|余下|另有|另外", text[parts[-1].end : total.start]) is not None


def _with_what_it_holds(ctx: Context, total: Mention, parts: list[Mention]) -> bool:
    """Whether an amount the total's own brackets say it holds makes up the parts' shortfall ("年初预算168.60万元（含上年
    结转18.60万元），其中…110.00万元，…40.00万元")."""
    m = re.match(r"\s*[（(](?:含|包括|其中含)[^）)]*[）)]", ctx.text[total.end : total.end + 40])
    held = [x for x in ctx.mentions if x.kind == "money" and total.end < x.start < total.end + (m.end() if m else 0)]
    return len(held) == 1 and abs(sum((p.value for p in parts), held[0].value) - total.value) <= total.half_unit() + EPS


def _own_clause(text: str, total: Mention, parts: list[Mention]) -> list[Mention]:
    """The parts of a total, when all the figures read as its parts add up to twice it or more but a narrower reading
    comes near it:

    * a part equal to the total is the total restated ("总投资61.8万元，其中中央31.2万元，县配套30.9万元，中央下达
      资金61.8万元");
    * a total after its parts takes those of its own clause ("…72.00万元于8月到位；县级配套资金分两次拨付，60.00万元、
      46.00万元，合计到位108.00万元");
    * a total before its parts takes those up to the first ； ("2272万元，其中：中央资金1756万元，省级资金519万元；
      用于直发直补资金609.22万元…")."""
    later = [m for m in parts if m.start > total.end]
    if len(later) >= 2 and len(later) < len(parts) and "其中" in text[total.end : later[0].start]:
        return later  # "年中下达A、B，调整后全年预算共计X，其中中央…、省级…、县级…": the parts its own 其中 lists
    whole = sum((m.value for m in parts), Decimal(0))
    if whole <= 2 * total.value:
        return parts
    after = total.start > parts[-1].end
    for own in ([m for m in parts if m.value != total.value],
                [m for m in parts if not re.search("[；;。]", text[m.end : total.start])] if after else
                [m for m in parts if not re.search("[；;。]", text[total.end : m.start])]):
        near_it = sum((m.value for m in own), Decimal(0))
        if 2 <= len(own) < len(parts) and near_it and near_it <= 2 * total.value and total.value <= 2 * near_it:
            return own
    return parts


_TOTAL_WORD = re.compile(r"[，,、]?\s*(?:共计|合计|总计|累计|共)(?:下达|安排|拨付|支出|到位)?\s*$")


def _own_total_after(ctx: Context, last: Linked, parts: list[Mention]) -> bool:
    """"…1,240万元。其中中央补助资金提前下达2,700万元，5月下达1,160万元，共计3,860万元" / "…，其中新发现高血压356人、
    糖尿病148人，共504人": parts followed in their sentence by a 共计 they add up to belong to that total, not to the
    figure before 其中."""
    for o in ctx.linked:
        m = o.mention
        if o.sentence != last.sentence or m.start <= last.mention.end or m.kind != last.mention.kind:
            continue
        if _TOTAL_WORD.search(ctx.text, last.mention.end, m.start) and sum_agrees(parts, m):
            return True
        break  # only the figure right after the last part
    return False


def _part_without_figure(text: str, total: Mention, first: Mention) -> bool:
    """"…，其中上年结转资金全部支出，2024年下达资金支出1585.68万元": a part said without its figure, between the total
    and its first listed part (in the sentence of the parts: "…资金全部到位。资金来源为：…" says it of the total)."""
    opens = max(total.end, text.rfind("。", total.end, first.start) + 1)
    return bool(_WHOLE_NO_FIGURE.search(text, opens, first.start))


_WHOLE_NO_FIGURE = re.compile(r"(?:全部|全额)(?:支出|使用|拨付|执行|到位)")
_ROUND = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)?第[一二三四五六七八九十\d]+(?:期|批|轮|季度|阶段)")
_MONEY_UNIT = re.compile(r"万元|(?<![万亿千])元")
_TAKES_AWAY = re.compile(r"(?:调减|减少|核减|扣除|扣减)[^，,、；;]{0,6}$")


def _unreadable_part(ctx: Context, total: Mention, parts: list[Mention]) -> bool:
    """A list with a part whose figure is masked or missing ("退耕还林抚育 点击查看>> 万元"), that takes money away (调减2.66
    万元), names the rest without its figure ("其余为县级配套资金") or whose last item went unread: its sum cannot be known."""
    lo, hi = min(total.end, parts[0].start), parts[-1].end
    gaps, pos = [], lo
    for p in parts:
        if p.start >= pos:
            gaps.append(ctx.text[pos : p.start])
        pos = max(pos, p.end)
    for gap in gaps:
        if _TAKES_AWAY.search(gap):
            return True
        for u in _MONEY_UNIT.finditer(gap):
            if not re.search(r"[\d０-９]\s*$", gap[: u.start()]):
                return True  # a unit with no figure before it: the figure is masked or missing
    return hi < lo or item_scope.rest_unsaid(ctx, parts) or item_scope.missed_part(ctx, total, parts)


# "其中瑞洪镇户均最高，为11,325元；石口镇户均最低，为10,818元": the extremes, no parts
_EXTREME = re.compile(r"最[高低多少大小][，,]?(?:的|为|是|达)?$")
_PER = re.compile(r"\s*[/／每]")
_A_MEASURE = re.compile(r"(?:年初|全年|执行|到位|调整后)(?:数|预算)?$")
_GIVEN_BACK = re.compile(r"\s*(?:已|将|按[^，,。；;\d]{0,6})?(?:退回|收回|上缴|交回|缴回|结转)")


def _one_long_name(group: list[Linked]) -> bool:
    """Every mention names the same item with one long name (an item of a list is still that item)."""
    return len({lk.subject for lk in group}) == 1 and len(group[0].subject) >= 6 and len(group) == 2


def _restates_total(parts: list[Mention], total: Mention) -> bool:
    """"总投资61.8万元，其中中央30.9万元、县级30.9万元，中央下达资金61.8万元": a part equal to the total,
    with the others adding up to it, is the total stated again, not a part."""
    again = [m for m in parts if m.value == total.value]
    rest = [m for m in parts if m.value != total.value]
    return bool(again) and len(rest) >= 2 and sum_agrees(rest, total)


# -- I10 averages -----------------------------------------------------------------------------------


def _stated_amounts(ctx: Context) -> list[Linked]:
    """Amounts that state what an item or the project is: no rate per unit ("（212.56万亩×2.5元/亩）", "每吨库容补助
    标准｜≤600元｜600元"), bound or remainder given back ("支持资金28.80万元按协议退回")."""
    return [lk for lk in ctx.linked if lk.mention.kind == "money" and _usable(lk) and lk.mention.comparator is None
            and not _PER.match(ctx.text, lk.mention.end) and not _GIVEN_BACK.match(ctx.text, lk.mention.end)
            and not row_per_unit(ctx, lk.mention)]


_TO_DATE = re.compile(r"(?:合同|以来)[^，,；;。]{0,8}累计|累计[^，,；;。]{0,4}(?:支付|拨付)[^，,；;。]{0,2}工程款")
_PROJECTS = re.compile(r"\d+个项目|项目支出|各项目")


def _planned(ctx: Context, lk: Linked) -> bool:
    """An item of the budget's breakdown by use: its line speaks of the budget and of no spending ("按用途分，日常维护保养
    48.30万元，占全年预算的52.16%；设备设施维修26.40万元；…")."""
    start = ctx.text.rfind("\n", 0, lk.mention.start) + 1
    end = ctx.text.find("\n", lk.mention.end)
    line = ctx.text[start : end if end >= 0 else len(ctx.text)]
    return "预算" in line and not re.search(r"支出|执行|使用|支付|拨付", line)


def conflicts(ctx: Context) -> None:
    pool = _stated_amounts(ctx)
    department = department_report(ctx.text)
    groups: list[list[Linked]] = []
    # (a) one named fund stated with two amounts; (b) the document's own budget/received/spent twice
    for lk in pool:
        if lk.quantity in ("balance", "carry_forward", "average") or lk.component_of is not None:
            continue
        if _ROUND.match(ctx.text, ctx.text.rfind("\n", 0, lk.mention.start) + 1) or _TO_DATE.search(clause_before(ctx.text, lk.mention.start)):
            continue  # "第三期（…）：…带动汽车销售4,102.30万元": one round's; "合同累计支付工程款702.40万元": over the years
        if not lk.specific and not (lk.scope == "" and lk.quantity in AMOUNTS) or one_source(ctx, lk) \
                or department and _PROJECTS.search(clause_before(ctx.text, lk.mention.start)):
            continue  # one source's amount ("市本级资金支出…"), a department's projects' ("纳入自评的8个项目全年预算…")
        placed = False
        for g in groups:
            head = g[0]
            # one named item stated again without its quantity word ("…租金项目经费11.5万元。") is the same figure (an item
            # of a breakdown by use is what was planned; "…经费年初安排120.00万元" is no figure of the fund's "…经费126万元")
            named_again = head.specific and lk.subject == head.subject and None in (head.quantity, lk.quantity) \
                and "initial_budget" not in (head.quantity, lk.quantity) \
                and not ("spent" in (head.quantity, lk.quantity) and any(x.quantity is None and (listed(ctx, x) or _planned(ctx, x))
                                                                          for x in (head, lk)))
            if head.quantity != lk.quantity and not named_again:
                continue
            if head.quantity is None and lk.quantity is None and (listed(ctx, head) and listed(ctx, lk) and not same_section(
                    ctx, head.mention.start, lk.mention.start) or other_measures(ctx, head, lk)):
                continue  # an item of two breakdowns (two sections, or 调整后… then 实际支出…): the plan and the spending
            if head.scope != lk.scope or (head.year or ctx.year) != (lk.year or ctx.year):
                continue
            same = subject_compatible(lk.subject, head.subject) or (
                lk.quantity is not None and generic_subject(lk.subject) and generic_subject(head.subject)
            )
            if same:
                g.append(lk)
                placed = True
                break
        if not placed:
            groups.append([lk])
    support = _support(ctx, pool)
    for g in groups:
        values = {lk.mention.value for lk in g}
        if len(values) < 2:
            continue
        by_value: dict[Decimal, list[Linked]] = defaultdict(list)
        for lk in g:
            by_value[lk.mention.value].append(lk)
        # a value already reported as a unit slip ("62元" beside "62万元") is never the one to keep
        ranked = sorted(by_value, key=lambda v: (any(lk.mention.span not in ctx.explained for lk in by_value[v]),
                                                 support.get(v, 0) + len(by_value[v]), -by_value[v][0].mention.start))
        best = ranked[-1]
        keep = by_value[best][0].mention
        for v in ranked[:-1]:
            odd = by_value[v][0].mention
            if odd.span in ctx.explained:
                continue
            if any(v * k == best for k in RESCALE):
                _unit_slip(ctx, odd, keep)
                continue
            what = QUANTITY_NAMES_ZH.get(g[0].quantity or "", "金额")
            subject = g[0].subject if g[0].specific else ""
            # three or more values under one name are several items of a kind, not one figure stated twice
            same_name = g[0].specific and len({lk.subject for lk in g}) == 1
            odd_lk = by_value[v][0]
            if adjusted(ctx, odd, [x.mention for x in by_value[best]]):
                continue  # "批复本项目预算460.00万元，年中调整为428.60万元": the budget before and after its adjustment
            if not near(odd, keep) and not (len(by_value) == 2 and _one_long_name(g)) or same_measure.its_rate_on(ctx, odd, keep):
                continue  # far apart: items of a kind, not one slip; "支出54,120.40元，执行率98.40%": spent of the 55,000
            sure = len(by_value) == 2 and _certain(ctx, g, odd_lk, by_value[best], support.get(best, 0) >= 2 or same_name)
            ctx.add(
                Finding(
                    "conflicting_values",
                    ("" if sure else "疑似：") + f"{subject}{what}前后不一致：此处为{money(odd)}，其他处为{money(keep)}。"
                    + ("" if sure else "两处可能是不同项目或不同口径，请核实。"),
                    odd.span,
                    severity="error" if sure else "warning",
                    values={"stated": money(odd), "elsewhere": money(keep)},
                    expected=money(keep),
                    related=tuple(x.mention.span for x in by_value[best]),
                )
            )


def _short_by_one_before(ctx: Context, total: Mention, parts: list[Mention], s: Decimal) -> bool:
    """A total its parts miss by exactly one amount stated before them in its paragraph (or after the last of them in its
    sentence), or, for parts in a sentence of
    their own after it, in its sentence ("加上…结转的…12.36万元，…全年预算数为1440.39万元。按用途分，…": money added to what they break down)."""
    after = total.start < parts[0].start and "。" in ctx.text[total.end : parts[0].start]
    if not after and total.start < parts[-1].end or s >= total.value:
        return False
    end = min(total.start, parts[0].start)
    start = max(ctx.text.rfind(c, 0, end) for c in ("\n。" if after else "\n"))
    # or after the last part in its sentence ("…；本级资金支出566.28万元，执行率94.38%；上年结转资金60.00万元全部用于…")
    close = min((i for i in (ctx.text.find(c, parts[-1].end) for c in "。\n") if i >= 0), default=len(ctx.text))
    return any((start < m.start < end or parts[-1].end < m.start < close) and m.kind == total.kind
               and m.value == total.value - s for m in ctx.mentions)


def _unit_slip(ctx: Context, odd: Mention, keep: Mention) -> None:
    """The one beyond the project's whole budget is the slip ("扣款48500万元" beside "扣款48500元"), else the odd one."""
    slip, right = (keep, odd) if out_of_proportion(ctx, keep, Decimal(1)) is not None else (odd, keep)
    report_unit(ctx, slip, right.value, f"与{money(right)}一致")


def _certain(ctx: Context, group: list[Linked], odd: Linked, kept: list[Linked], backed: bool) -> bool:
    """Whether one figure stated twice with two values is certain: both measure one thing, the odd one is no payment
    to those a count counts, and both are stated as facts, the kept value backed elsewhere or under one name."""
    if not same_measure.one_measure(ctx, [odd, *kept]) or same_measure.counted(ctx, odd):
        return False
    return (backed and (leads_its_sentence(ctx, odd) or len({lk.subject for lk in group}) == 1 and group[0].specific)
            and certain_statement(ctx, odd) and all(certain_statement(ctx, k) for k in kept)
            # "…、光尊寺防雷工程223万元" … "光尊寺防雷工程226万元": one item named in full twice, in a list or not
            or _one_long_name(group) and all(certain_statement(ctx, k, in_list=True) for k in group))


def _support(ctx: Context, pool: list[Linked]) -> dict[Decimal, int]:
    """How many other statements back a value: equal amounts anywhere, and totals their parts add up to."""
    support: dict[Decimal, int] = defaultdict(int)
    for lk in pool:
        support[lk.mention.value] += 1
    parts: dict[int, list[Mention]] = defaultdict(list)
    for lk in ctx.linked:
        if lk.component_of is not None:
            parts[lk.component_of].append(lk.mention)
    for idx, comps in parts.items():
        total = ctx.linked[idx].mention
        if len(comps) >= 2 and sum_agrees(comps, total):
            support[total.value] += 2
    return support
