"""Averages per unit (I6): "培训3期，共培训300人次，平均每期120人次", "200户，补助60万元，户均0.4万元", "全年接处警712起，
日均1.95起". The average is the total over the count; the total and the count are read in the average's own clause
run, else in its line."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from decimal import Decimal

from chains.check.rules.averages_elsewhere import (
    ANOTHER_YEARS,
    COST,
    WHO,
    count_elsewhere,
    over_the_projects,
    total_after,
    total_before,
    total_elsewhere,
)
from chains.check.rules.base import Context, agrees, fmt, money, sum_agrees
from chains.check.rules.count_parts import in_its_brackets
from chains.check.rules.mean_report import UNIT_OF, counts_per, report_mean
from chains.check.rules.unit_slips import report_unit
from chains.findings import Finding
from chains.text.numbers import Mention
from chains.text.quantities import Linked

_PER_UNIT = re.compile(
    r"(?:(?P<a>[户人生亩次场件台套盘起家所项校村站班批期])均|(?P<d>[日月季])均|平均每(?P<d2>季度|月)|(?P<d3>季度|月度)平均|"
    r"平均每(?P<b>[\u4e00-\u9fff])|"
    r"每(?P<c>[户人期个家所名亩项场批村校站班件台套盘起])平均|单(?P<e>[户人期个家所名亩项场批村校站班件台套盘起处座])(?:平均|均)|"
    r"(?<=\d)(?P<f>[户人个家所名村校站])[\u4e00-\u9fff]{1,4}平均(?!每))"
    r"[^，,；;。\d]{0,10}$"
)
#: "36个行政村" counts villages: a measure word, then (within three characters) the noun the average is per
_SUMMED = re.compile(r"(?:共计|合计|总计|累计|共)$")
#: 日均 / 月均 / 季均 over a year of the report: its days, months or quarters, when no count of them is given
_OTHER_PERIOD = re.compile(r"以来|至今|期间|起至|(?<!\d)[1-9]\d?年")
_PERIODS = {"日": "天", "月": "个月", "季": "个季度"}
_DAYS = re.compile(r"全年(?:共|累计)?(?:开放|开馆|运行|营业|服务|工作|作业|出勤)?(?:共)?([1-3]\d\d)天"
                   r"|(?<!\d)([1-3]\d\d)个?(?:工作日|开放日)")  # "全年开放307天", "250个工作日"


_SO_MUCH_EACH = re.compile(r"\s*[/／]")
_EARLIER = re.compile(r"(?:较|比)(?:(?:19|20)\d{2}年度?|上年|去年|上一年)(?:的|同期)?$")


def per_unit(ctx: Context, lk: Linked) -> bool:
    """"培训3期，共培训300人次，平均每期120人次": the total over the count, in the average's own clause run (up to 。；)
    when it gives one total and one count, else in its line; "三家企业承储8,000吨，…7,000吨，…5,000吨，平均每家…": as
    many amounts as the count counts, right before the average, are the items. True when it was read."""
    m = lk.mention
    line_start = ctx.text.rfind("\n", 0, m.start) + 1
    word = _PER_UNIT.search(ctx.text, max(line_start, m.start - 14), m.start)
    if word is None or m.kind not in ("money", "count"):
        return False  # below: "亩均增收800元以上" a bound, "生均…由24.30册增加到…" the value before, "较2021年平均每村…" last year's
    if _one_of_groups(ctx.text, m.start, m.end) or m.comparator is not None or ctx.text[max(0, m.start - 1) : m.start] in ("由", "从") \
            or _EARLIER.search(ctx.text, max(0, word.start() - 10), word.start()):
        return True
    per = word.group("a") or word.group("b") or word.group("c") or word.group("d") or word.group("e") or word.group("f") \
        or (word.group("d2") or word.group("d3"))[:1]  # ("平均每季度开展24场", "季度平均393家次": per quarter, 季)
    per = UNIT_OF.get(per, per)
    if word.group("d") or word.group("d2") or word.group("d3"):
        return _per_period(ctx, lk, word, per)
    if m.kind == "count" and m.unit.startswith(per) and per != "次":
        return False  # "人均2次" counts a different thing than the people
    if _over_all_counted(ctx, lk, line_start, word.start(), per):
        return True
    sentence_start = max(line_start, *(ctx.text.rfind(c, 0, word.start()) + 1 for c in "。；;"))
    # a count's average takes its total from the sentence up to 。 (the line's other sentences count other things:
    # "报废联合收割机198台。受益农户746户，户均报废1.50台"); an amount's from its line
    wider = max(line_start, ctx.text.rfind("。", 0, word.start()) + 1) if m.kind == "count" else line_start
    for start in (sentence_start, wider):
        changed = bool(_CHANGED.search(word.group(0)))  # an average of a change ("村均增收") is over the change
        before = _figures_before(ctx, start, word.start(), changed)
        totals = _totals_of(ctx, m, before, word.start() if start != sentence_start else None)
        totals, paid = _of_the_change(ctx, m, before, totals) if changed else (totals, None)
        if start != sentence_start and totals and not _names_its_cost(ctx, word, totals[0]):
            # "…共计2 000 700.00元；…人均培训费用85元": another item's money, unless one is named for it ("运营补贴154.32万元")
            totals = _named_total(ctx, word, totals[1:])
            if len(totals) != 1:
                continue
        counts = [x for x in before if x.kind == "count" and counts_per(ctx, x, per) and x is not m]
        counts = list({x.value: x for x in counts}.values())  # "安排三个村的项目…三个村平均每个村": one count
        if len(counts) == 1 and len(totals) != 1:
            items = [x for x in totals if x.start > counts[0].end] or totals  # the items after the count, else all
            if any(agrees(m, x.value / counts[0].value) for x in totals):
                return True  # "预算72.00万元，实际支出72.00万元，…2辆，平均每辆36.00万元": one amount over the count holds
            if counts[0].value == len(items) - 1 >= 2 and items[0].value == sum((x.value for x in items[1:]), Decimal(0)):
                items = items[1:]  # "引进…850头，各场分别引进220头、…、140头，场均…": the total, then its parts
            if counts[0].value == len(items) >= 2:
                report_mean(ctx, m, word.group(0), sum((x.value for x in items), Decimal(0)), counts[0], items)
                return True
            if len(totals) > 1 and _one_total(ctx, m, word, totals, items, counts[0], start == sentence_start):
                return True
        if len(counts) > 1 and len(totals) == 1 and not totals[0].approx:
            # "受理兑付申请47家，经审核兑付43家，兑付金额92.10万元，户均兑付2.41万元": several counts, none giving it
            if any(agrees(m, totals[0].value / c.value) for c in counts if c.value):
                return True
            nearest = max((c for c in counts if c.end <= totals[0].start and c.value), key=lambda c: c.start, default=None)
            named = _named_count(ctx, word, counts)
            if named is not None:  # "吸纳群众务工412人，其中贫困人口236人；…，务工群众人均增收…": the count it names
                report_mean(ctx, m, word.group(0), totals[0].value, named, totals,
                             doubt="增收按所发金额计算" if paid else None)
                return True
            if nearest is not None and totals[0].start - nearest.end <= 8:
                report_mean(ctx, m, word.group(0), totals[0].value, nearest, totals,
                             doubt=f"报告另有{'、'.join(c.raw for c in counts if c is not nearest)}，按紧挨着金额的{nearest.raw}计算")
                return True
        if not counts and totals and (listed := _each_named(ctx, before, totals[-1], m, per)):
            # "第一期238人次、第二期214人次，合计培训452人次，平均每期226人次": as many as the items named for it
            count = replace(listed[0], value=Decimal(len(listed)), number=Decimal(len(listed)), raw=f"{len(listed)}{per}")
            report_mean(ctx, m, word.group(0), totals[-1].value, count, totals[-1:])
            return True
        if len(totals) != 1 or len(counts) != 1 or counts[0].value == 0 or totals[0].approx or counts[0].approx:
            continue
        if start != sentence_start and any(agrees(m, x.value / counts[0].value) for x in before
                                           if x.kind == m.kind and x.unit == m.unit and not x.approx):
            return True  # "…合计35.00万元…周转金垫付22.50万元。…涉及农民工180人，人均1250元": another of the line's amounts gives it
        if not _a_budget_for_spending(ctx, word, totals[0]):
            report_mean(ctx, m, word.group(0), totals[0].value, counts[0], totals, doubt="增收按所发金额计算" if paid else None)
        return True
    return (over_the_projects(ctx, lk, word, per, sentence_start) or total_after(ctx, lk, word, per, sentence_start)
            or count_elsewhere(ctx, lk, word, per, sentence_start) or total_elsewhere(ctx, lk, word, per, sentence_start)
            or _mean_in_another_unit(ctx, lk, word, per, sentence_start) or total_before(ctx, lk, word, per, sentence_start))


def _one_of_groups(text: str, start: int, end: int) -> bool:
    """"测站运行维护253.56万元（国家基本水文站14处，平均每站9.60万元；水位站22处，平均每站1.30万元；…）": one group's
    average in a bracket that lists several, each with its own count; the total before the bracket is all of theirs."""
    opened = max(text.rfind("（", 0, start), text.rfind("(", 0, start))
    if opened < 0 or text.rfind("\n", 0, start) > opened or any(c in text[opened:start] for c in "）)"):
        return False
    close = min((i for i in (text.find("）", end), text.find(")", end)) if i >= 0), default=-1)
    inside = text[opened:close] if close >= 0 and "\n" not in text[end:close] else ""
    return len(re.findall(r"[；;]", inside)) >= 1 and len(re.findall(r"平均每|[户人站村校]均", inside)) >= 2


def _of_the_change(ctx: Context, m: Mention, before: list[Mention], totals: list[Mention]
                   ) -> tuple[list[Mention], list[Mention] | None]:
    """An average of a change ("村均增收") is over the change: "合计142.60万元…；较上年合计增收52.30万元，村均增收5.81万元";
    with no change stated, the money paid is the income gained ("发放劳务报酬104.40万元，务工群众人均增收2,354元"):
    the totals and, in that case, the money paid."""
    changes = [x for x in before if x.kind == m.kind and x.unit == m.unit
               and _CHANGED.search(ctx.text, max(0, x.start - 6), x.start) and not _per_thing(ctx.text, x)]
    paid = totals if not changes and len(totals) == 1 else None
    return changes or (paid or []), paid


def _figures_before(ctx: Context, start: int, end: int, changed: bool) -> list[Mention]:
    """The figures between ``start`` and an average at ``end`` that may be its total or count: no price, no other
    average, a change only for an average of a change, and nothing of another year's in brackets."""
    asides = [a.span() for a in ANOTHER_YEARS.finditer(ctx.text, start, end)]
    # "单场补助5万元至15万元不等": the bounds of what each got, no total
    asides += [a.span() for a in _EACH_RANGE.finditer(ctx.text, start, end)]
    return [o.mention for o in ctx.linked if start <= o.mention.start < end
            and o.quantity not in ("unit_price", "average") and (changed or o.quantity != "change")
            and not any(a <= o.mention.start < b for a, b in asides)]


_EACH_RANGE = re.compile(r"[\d.,]+\s*(?:万元|元|万)?\s*(?:至|到|～|~|—|－|-)\s*[\d.,]+\s*(?:万元|元)?\s*不等")


def _a_budget_for_spending(ctx: Context, word: re.Match[str], total: Mention) -> bool:
    """"年度预算210.00万元，用于…8个示范村…，平均每村支出25.17万元": what each spent, over a budget that was not all
    spent — another measure (the spending, 201.36万元, is elsewhere)."""
    return bool(_SPENT.search(word.group(0))) and any(
        o.mention is total and o.quantity in ("annual_budget", "approved_budget", "initial_budget") for o in ctx.linked)


_SPENT = re.compile(r"支出|使用|花费|实际")


def _totals_of(ctx: Context, m: Mention, before: list[Mention], beyond: int | None) -> list[Mention]:
    """The totals before an average: those named for its noun, else all of its kind; ``beyond`` its sentence (the
    average's start given), none when every one is a product worked out in an earlier sentence."""
    totals = _named_after(ctx, m, before) or _totals(ctx, m, before)
    if m.kind == "count" and len(totals) > 2 and sum_agrees(totals[1:], totals[0]) and re.search("分别|其中", ctx.text[totals[0].end : totals[1].start]) \
            and all(x.start > totals[-1].end for x in before if x.kind == "count" and x.unit != m.unit):
        return totals[:1]  # "病害猪1700头，一至四季度分别为486头、…、437头，6家企业平均每家…": the total, not its parts
    return [] if beyond is not None and all(_a_product(ctx, x, beyond) for x in totals) else totals


def _a_product(ctx: Context, x: Mention, end: int) -> bool:
    """"标准为每平方米每月0.85元，保洁面积18万平方米，全年12个月计183.60万元。全年纳入维保的监管设备583台套，平均每台套…":
    an amount worked out from a price in an earlier sentence is that sentence's item, not the average's total."""
    stop = ctx.text.find("。", x.end, end)
    start = max(ctx.text.rfind(c, 0, x.start) for c in "。\n") + 1
    return stop >= 0 and any(o.quantity == "unit_price" and start <= o.mention.start < x.start for o in ctx.linked)


_CHANGED = re.compile(r"增收|增加|增长|减少|下降|提高")


def _named_total(ctx: Context, word: re.Match[str], totals: list[Mention]) -> list[Mention]:
    """The amounts named right before them for what the average names it is of: "运营补贴154.32万元" for
    "平均每家获得运营补贴" (its last four characters, ending in a word of money)."""
    tail = re.split(r"均|每[\u4e00-\u9fff]", word.group(0))[-1].strip()
    noun = tail[-4:] if len(tail) >= 4 and _GENERIC.fullmatch(tail[-2:]) else ""
    return [x for x in totals if noun and noun in ctx.text[max(0, x.start - 8) : x.start] and not x.approx]


def _one_total(ctx: Context, m: Mention, word: re.Match[str], totals: list[Mention], items: list[Mention],
               count: Mention, in_sentence: bool) -> bool:
    """Of several amounts before an average over one count, the one it is of: "支付运营服务费85.60万元，向32个项目拨付
    资助资金38.40万元、平均每个项目1.25万元" (the one after the count, in the average's sentence), or "其中运营补贴
    154.32万元…。14家机构平均每家获得运营补贴11.20万元" (the one named as the average names what it is of)."""
    if not count.value:
        return False
    if len(items) == 1 and not items[0].approx and in_sentence:
        report_mean(ctx, m, word.group(0), items[0].value, count, items)
        return True
    named = _named_total(ctx, word, totals)
    if len(named) != 1 or named[0].end > count.start:
        return False
    report_mean(ctx, m, word.group(0), named[0].value, count, named)
    return True


def _totals(ctx: Context, m: Mention, before: list[Mention]) -> list[Mention]:
    """The figures before an average that may be its total: of its kind and unit, no bound, no average or price."""
    totals = [x for x in before if x.kind == m.kind and x.unit == m.unit and x.comparator is None
              and not _AN_AVERAGE.search(ctx.text, max(0, x.start - 8), x.start)  # "人均人员经费14.86万元" is one too
              and not _SO_MUCH_EACH.match(ctx.text, x.end)]  # "月租金2100元/套": a price per unit, no total
    # "684人次（乡镇卫生院212人次、村卫生室472人次）": the parts in a total's brackets are no totals of their own
    totals = [x for x in totals if not any(y.end <= x.start and in_its_brackets(ctx.text[y.end : x.start])
                                           for y in totals)]
    marked = [x for x in totals if _SUMMED.search(ctx.text, max(0, x.start - 4), x.start)]
    return marked if len(totals) > 1 and len(marked) == 1 else totals  # "…共计7370人，分布于17个乡镇"


def _over_all_counted(ctx: Context, lk: Linked, start: int, end: int, per: str) -> bool:
    """"支出70.50万元。其中，资助本科新生105名，…计52.50万元；资助高职新生60名，…计18.00万元，人均资助4272.73元": an
    average over every group its line counts (the line's amount over their sum) — not the last group's."""
    m = lk.mention
    before = [o.mention for o in ctx.linked if start <= o.mention.start < end and o.quantity not in ("unit_price", "average")]
    counts = [x for x in before if x.kind == "count" and counts_per(ctx, x, per)]
    totals = [x for x in before if x.kind == m.kind and x.unit == m.unit]
    n = sum((c.value for c in counts), Decimal(0))
    return len(counts) >= 2 and n > 0 and any(agrees(m, t.value / n) for t in totals)


def _named_count(ctx: Context, word: re.Match[str], counts: list[Mention]) -> Mention | None:
    """The one count whose words share two characters with those right before the average ("当地群众务工412人" for
    "务工群众人均"), or whose noun the average is per ("共10个疏散点" for "平均每个疏散点"), else None."""
    noun = re.search(r"每[个家所座处名]([\u4e00-\u9fff]{2})", word.group(0))
    counted = [c for c in counts if c.value and noun is not None and ctx.text.startswith(noun.group(1), c.end)]
    if len(counted) == 1:
        return counted[0]
    # "12家孵化器平均每家获得运营补助…" after "奖励25.00万元（2家…）": the one count right before the average, in its clause
    clause = max(ctx.text.rfind(c, 0, word.start()) for c in "，,；;。\n") + 1
    own = [c for c in counts if c.value and clause <= c.start and not _WORDS_BETWEEN.search(ctx.text, c.end, word.start())]
    if len(own) == 1:
        return own[0]
    who = WHO.search(ctx.text, max(0, word.start() - 6), word.start())
    if who is None:
        return None
    pairs = {who.group(0)[i : i + 2] for i in range(len(who.group(0)) - 1)}
    named = [c for c in counts if c.value and any(p in ctx.text[max(0, c.start - 10) : c.start] for p in pairs)]
    return named[0] if len(named) == 1 else None


_WORDS_BETWEEN = re.compile(r"[\d，,、]|[\u4e00-\u9fff]{7,}")


def _each_named(ctx: Context, before: list[Mention], total: Mention, m: Mention, per: str) -> list[Mention]:
    """The items a 合计 adds up, each named for what the average is per ("第一期238人次、第二期214人次"), or []."""
    if not re.search(r"(?:共计|合计|总计|累计|共)[^，,；;。\d]{0,4}$", ctx.text[max(0, total.start - 8) : total.start]):
        return []
    items = [x for x in before if x.kind == m.kind and x.unit == m.unit and x.start < total.start and not x.approx
             and per in ctx.text[max(0, x.start - 4) : x.start]]
    if len(items) < 2:  # "日烘干能力分别为300吨、400吨、240吨、360吨、200吨，合计1500吨，平均每个中心…": one each, in turn
        listed = [x for x in before if x.kind == m.kind and x.unit == m.unit and x.start < total.start and not x.approx]
        items = listed if len(listed) >= 2 and "分别" in ctx.text[max(0, listed[0].start - 5) : listed[0].start] \
            and all(re.fullmatch(r"\s*[、和及]\s*", ctx.text[a.end : b.start]) for a, b in itertools.pairwise(listed)) else []
    return items if len(items) >= 2 and sum((x.value for x in items), Decimal(0)) == total.value else []


def _per_thing(text: str, x: Mention) -> bool:
    """"每斤收购价比露地红提高0.8元": a change of a price per unit, no total to divide."""
    clause = re.split(r"[，,；;。\n]", text[max(0, x.start - 20) : x.start])[-1]
    return "每" in clause or "均" in clause


_AN_AVERAGE = re.compile(r"(?:[人户村生亩家站校]均|平均|每[\u4e00-\u9fff])[\u4e00-\u9fff]{0,6}$")


def _named_after(ctx: Context, m: Mention, before: list[Mention]) -> list[Mention]:
    """The figures before the average named for the noun right after it ("平均每处6块界标" → "界标114块")."""
    noun = re.match(r"[\u4e00-\u9fff]{2,4}", ctx.text[m.end : m.end + 4])
    if noun is None:
        return []
    return [x for x in before if x.kind == m.kind and x.unit == m.unit and noun.group(0) in ctx.text[max(0, x.start - 8) : x.start]]


def _names_its_cost(ctx: Context, word: re.Match[str], total: Mention) -> bool:
    """A total from outside the average's clause run counts when the cost the average names ("人均培训费用") is
    named before it too ("培训支出…"); an average that names no cost takes it as it stands."""
    tail = re.sub(r"^每[\u4e00-\u9fff]", "", re.split(r"均|每[\u4e00-\u9fff]", word.group(0), maxsplit=1)[-1])  # ("平均每座")
    named = COST.search(tail)
    if named is None:  # "户均贴息2208.74元" beside "贷款…8620万元": the loans are not the interest paid
        noun = re.match(r"[\u4e00-\u9fff]{2,4}", tail)
        if noun is None:  # (not past a ；: "…每辆2,800元，计3,668,000元；…监测站8座，平均每座…" is another item's cost)
            run = ctx.text[max(ctx.text.rfind(c, 0, total.start) for c in "；;。\n") + 1 : total.start]
            return not (re.search(r"[；;]", ctx.text[total.end : word.start()]) and re.search(r"每[\u4e00-\u9fff]|单价|标准", run))
        return total.kind != "money" or _GENERIC.match(noun.group(0)) is not None \
            or noun.group(0)[:2] in ctx.text[max(0, total.start - 16) : total.start]
    return named.group(1) in ctx.text[max(0, total.start - 16) : total.start]


_GENERIC = re.compile(r"补助|补贴|资金|经费|费用|支出|发放|投入|收入|增收|金额|成本|投资|花费|每|可|约|为|达|是")


def _mean_in_another_unit(ctx: Context, lk: Linked, word: re.Match[str], per: str, sentence_start: int) -> bool:
    """"共赔付1486.80万元，…户均获赔2052.17万元" with "参保胶农7245户": the one total of the sentence over a count of the
    unit it is per gives the average's digits in another unit (2052.17元): a 10^4 slip of the unit."""
    m = lk.mention
    if m.kind != "money" or not m.value:
        return False
    totals = [o.mention for o in ctx.linked if sentence_start <= o.mention.start < word.start() and o.mention.kind == "money"
              and o.quantity not in ("unit_price", "average", "change") and not o.mention.approx and o.mention.comparator is None]
    counts = {o.mention.value for o in ctx.linked if o.mention.kind == "count" and counts_per(ctx, o.mention, per)
              and o.mention.value and not o.mention.approx}
    for total in totals[-1:]:
        for c in counts:
            for k in (Decimal(10000), Decimal("0.0001")):
                # the figure in the other unit, its written precision moved with it
                if m.value / k >= Decimal("0.01") and agrees(  # (a repair too small to write at two decimals is none)
                        replace(m, value=m.value / k, decimals=m.decimals + (4 if k > 1 else -4)), total.value / c):
                    if total.span not in ctx.explained:  # a total already named as the slip explains the average
                        report_unit(ctx, m, m.value / k, f"{money(total)}÷{fmt(c, 0)}{per}的平均数")
                    return True
    return False


def _the_years(words: str) -> bool:
    """A total of the year: "全年…", or "累计…" with no other period named ("累计维护保养264次，月均24次"; not
    "项目实施以来累计…")."""
    return "全年" in words or "累计" in words and not _OTHER_PERIOD.search(words)


_PERIOD_DAYS = re.compile(r"起?至[^。；;\n\d]{0,4}\d{1,2}月\d{1,2}日止?[，,]\s*(?:共|历时|为期)(\d{1,3})天")


def _over_the_period(ctx: Context, m: Mention, word: re.Match[str], total: Mention, said: re.Match[str]) -> bool:
    """A daily average over the days of the period its line states ("自1月7日起至2月15日止，共40天"), not the year's."""
    days = Decimal(said.group(1))
    mean = total.value / days
    if not days or agrees(m, mean):
        return True
    scale = m.value / m.number if m.number else Decimal(1)  # (said in 万人次: "日均1.65万人次")
    shown = f"{fmt(mean / scale, max(2, m.decimals))}{m.written_unit or m.unit}"
    ctx.add(
        Finding(
            "average_mismatch",
            f"{money(total)}÷{days}天（文中所写期间）＝{shown}，与所写{word.group(0).strip()}{money(m)}不符。",
            m.span,
            values={"total": money(total), "count": f"{days}天", "stated": money(m)},
            expected=shown,
            related=(total.span, said.span(1)),
        )
    )
    return True


def _listed(text: str, start: int, end: int) -> int:
    """How many figures the 分别 list before ``end`` gives ("分别抽检生鲜乳32、35、30、37批次": four)."""
    at = text.find("分别", start, end)
    return len(re.findall(r"\d[\d,]*(?:\.\d+)?", text[at:end].split("，")[0])) if at >= 0 else 0


def _per_period(ctx: Context, lk: Linked, word: re.Match[str], per: str) -> bool:
    """"全年接处警712起，日均1.95起": one total of the average's unit in its clause run, over the days (or months)
    of the evaluated year."""
    m = lk.mention
    line_start = ctx.text.rfind("\n", 0, m.start) + 1
    start = max(line_start, *(ctx.text.rfind(c, 0, word.start()) + 1 for c in "。；;"))
    totals = [o.mention for o in ctx.linked if start <= o.mention.start < word.start() and o.mention.kind == m.kind
              and o.mention.unit == m.unit and o.quantity not in ("unit_price", "average")
              and "均" not in ctx.text[max(start, o.mention.start - 6) : o.mention.start]  # "月均发放3120人" is no total
              and not (o.mention.approx and ctx.text[o.mention.start - 1 : o.mention.start] in ("（", "("))]
    # ("累计接待群众96480人次（约9.65万人次）": the bracket rounds the total, no second one)
    clause = re.split(r"[，,；;]", ctx.text[start : word.start()])[-1]
    if totals and "其中" in ctx.text[totals[-1].end : word.start()]:
        return True  # "全年收运19.764万吨，日均540吨，其中玉州区日均368吨、…": a part's average, of a total not given
    if re.search(r"(?:19|20)\d{2}年|上年|去年", clause):
        return True  # "日均312.4吨，较2017年的日均296.8吨": another year's average, not this total's
    summed = [t for t in totals if _SUMMED.search(ctx.text, max(start, t.start - 4), t.start)]
    if len(summed) == 1 and (len(totals) - 1 == {"季": 4, "月": 12}.get(per) or totals[-1] is summed[0]
                             and _listed(ctx.text, start, summed[0].start) == {"季": 4, "月": 12}.get(per)):
        totals = summed  # "分一至四季度检查312家次、356家次、338家次、350家次，合计1356家次，季度平均…": the 合计
        # (and "一至四季度分别抽检生鲜乳32、35、30、37批次，全年共134批次": the list's unit written once)
    if per == "日" and len(totals) == 1 and not totals[0].approx \
            and (days_said := _PERIOD_DAYS.search(ctx.text, line_start, totals[0].start)) is not None:
        return _over_the_period(ctx, m, word, totals[0], days_said)  # "春运自1月7日起至2月15日止，共40天。…日均…"
    if len(totals) == 2 and totals[0].value == totals[1].value and ctx.text[totals[1].start - 1 : totals[1].start] in "（(":
        totals = totals[:1]  # "全年办件46.85万件（468,500件）": one total, written twice
    if len(totals) != 1 or totals[0].approx or ctx.year is None or not _the_years(ctx.text[start : word.start()]):
        return False
    if re.search(r"\d\s*[、，,]\s*$", ctx.text[max(0, totals[0].start - 3) : totals[0].start]):
        return False  # "四个季度分别走访512、498、506、520人次": the last of a list, with the unit written once, no total
    days = 366 if ctx.year % 4 == 0 and (ctx.year % 100 or ctx.year % 400 == 0) else 365
    stated = _DAYS.search(ctx.text, max(0, ctx.text.rfind("\n", 0, max(0, line_start - 1))), m.start)
    count = Decimal((stated.group(1) or stated.group(2)) if stated and per == "日" else days if per == "日"
                    else 4 if per == "季" else 12)
    mean = totals[0].value / count
    if agrees(m, mean) or per == "日" and not stated and agrees(m, totals[0].value / Decimal(365 + 366 - days)):
        return True  # with no count of days stated, a year of 365 or 366 days
    unit = _PERIODS[per]
    scale = m.value / m.number if m.kind == "count" and m.number else Decimal(1)  # ("11.17万件": in 万件, as written)
    shown = f"{fmt(mean / scale, max(2, m.decimals))}{m.written_unit if scale != 1 else m.unit}"
    ctx.add(
        Finding(
            "average_mismatch",
            f"{money(totals[0])}÷{count}{unit}（{ctx.year}年）＝{shown}，与所写{word.group(0).strip()}{money(m)}不符。",
            m.span,
            values={"total": money(totals[0]), "count": f"{count}{unit}", "stated": money(m)},
            expected=shown,
            related=(totals[0].span,),
        )
    )
    return True

