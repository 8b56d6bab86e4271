"""Averages whose total or count the report states in another sentence: "全年观看群众累计13.6万人次，平均每场观众
321人次" with "演出436场" elsewhere, "人均培训费220元" with "禁毒志愿者培训10.46万元" in the funds section, "按18个小区计算，
平均每个小区投入354.30万元" over the spending of the paragraph before."""

from __future__ import annotations

import re

from chains.check.rules.base import Context, agrees, money
from chains.check.rules.mean_report import MEASURE, counts_per, report_mean
from chains.text.numbers import Mention, mentions_within
from chains.text.quantities import Linked, generic_subject

# "1183人次（2020年为1027人次、151.36万元）", "865户（上年712户）": another year's figures, in brackets
ANOTHER_YEARS = re.compile(r"[（(](?:\d{4}年|上年|去年|上一年度?)(?:同期)?(?:为|是|\d)[^（()）\n]*[）)]")


def _this_years(ctx: Context, lk: Linked) -> bool:
    """Whether a figure is no part listed under another (其中…) and not another year's, in brackets."""
    line = ctx.text.rfind("\n", 0, lk.mention.start) + 1
    return lk.component_of is None and not any(a.start() <= lk.mention.start < a.end()
                                               for a in ANOTHER_YEARS.finditer(ctx.text, line, lk.mention.end + 1))


def total_after(ctx: Context, lk: Linked, word: re.Match[str], per: str, sentence_start: int) -> bool:
    """"项目带动农户1120户，户均增收4020元，累计增收470.4万元": the average's total said right after it, as the
    accumulated sum of the same measure (its word after 累计/共计/合计), over the one count before it in its sentence."""
    m = lk.mention
    after = next((o for o in ctx.linked if o.mention.start > m.end and o.sentence == lk.sentence), None)
    said = _SUMMED_AFTER.fullmatch(ctx.text, m.end, after.mention.start) if after is not None else None
    tail = re.split(r"均|每[\u4e00-\u9fff]", word.group(0), maxsplit=1)[-1]
    counts = [o.mention for o in ctx.linked if sentence_start <= o.mention.start < word.start() and _this_years(ctx, o)
              and o.mention.kind == "count" and counts_per(ctx, o.mention, per)]
    if after is None or said is None or not tail or tail not in said.group(1) or after.mention.kind != m.kind \
            or after.mention.approx or len(counts) != 1 or not counts[0].value or counts[0].approx:
        return False
    report_mean(ctx, m, word.group(0), after.mention.value, counts[0], [after.mention])
    return True


_SUMMED_AFTER = re.compile(r"\s*[，,]\s*(?:累计|共计|合计|总计|共)([\u4e00-\u9fff]{0,6})")


def count_elsewhere(ctx: Context, lk: Linked, word: re.Match[str], per: str, sentence_start: int) -> bool:
    """"全年观看群众累计13.6万人次，平均每场观众321人次" with "演出436场" stated elsewhere: one total before the average
    in its sentence, and every count of the unit it is per (场) in the report the same number → 疑似 when they
    disagree (the count is another sentence's)."""
    m = lk.mention
    totals = [o.mention for o in ctx.linked if sentence_start <= o.mention.start < word.start()
              and o.mention.kind == m.kind and o.mention.unit == m.unit and o.quantity not in ("unit_price", "average")]
    counts = {o.mention.value: o.mention for o in ctx.linked if o.mention.kind == "count" and o.mention.unit == per
              and o.mention.comparator is None and not o.mention.approx and o.quantity != "change" and _this_years(ctx, o)}
    if per in MEASURE and (noun := _NOUN.search(word.group(0))):
        # "平均每个派出所19.52场" with "全县24个派出所分片组织": the counts of the noun the measure word counts
        named = {o.mention.value: o.mention for o in ctx.linked if o.mention.kind == "count" and o.mention.unit == per
                 and ctx.text.startswith(noun.group(1), o.mention.end) and o.mention.comparator is None
                 and not o.mention.approx and o.quantity != "change"}
        # ("抽取5个派出所进行实地核查" beside "全县24个派出所": the count of them all)
        counts = {v: x for v, x in named.items() if _ALL.search(ctx.text, max(0, x.start - 4), x.start)} \
            if len(named) > 1 else named or counts
    if len(totals) == 1 and not totals[0].approx and len(counts) != 1:
        # "集中面授培训98.40万元，人均培训费用880元" with "集中面授1,230人次" elsewhere: the count the total's name names
        subject = next(o.subject for o in ctx.linked if o.mention is totals[0])
        counts = {o.mention.value: o.mention for o in ctx.linked if o.mention.kind == "count"
                  and counts_per(ctx, o.mention, per) and o.mention.comparator is None and not o.mention.approx
                  and o.quantity != "change" and len(o.subject) >= 3 and o.subject in subject}
    if len(totals) != 1 or totals[0].approx or len(counts) != 1:
        return False
    if any(o.mention.kind == "count" and o.mention.value and agrees(m, totals[0].value / o.mention.value)
           for o in ctx.linked if sentence_start <= o.mention.start < word.start()):
        return True  # "发放贷款436笔、8620万元，…户均贷款19.77万元": a count of its own sentence gives it, in its own unit
    (count,) = counts.values()
    who = WHO.search(ctx.text, max(sentence_start, word.start() - 6), word.start())
    if who and who.group(0) not in ctx.text[max(0, count.start - 16) : count.end + 4]:
        return True  # "村医人均补助2.86万元" beside "常住人口34.25万人" elsewhere: a count of others
    if count.value:
        report_mean(ctx, m, word.group(0), totals[0].value, count, totals[:1], f"{count.raw}取自报告的另一处")
    return True


_A_PART = re.compile(r"其中|分别")  # "其中二、三、四年级分别为1,986人、2,104人和1,730人": parts, no total
_ALL = re.compile(r"(?:全[\u4e00-\u9fff]?|共|共有|辖)$")
_NOUN = re.compile(r"每[个家所座处]([\u4e00-\u9fff]{2}|[\u4e00-\u9fff](?=[（(]))")
WHO = re.compile(r"[\u4e00-\u9fff]{2,4}$")


COST = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:经费|费用|资金|补助|补贴|成本|费)$")


def total_elsewhere(ctx: Context, lk: Linked, word: re.Match[str], per: str, sentence_start: int) -> bool:
    """"培训禁毒志愿者及网格员523人次，人均培训费220元" with "禁毒志愿者培训10.46万元" in the funds section: one count
    in the average's sentence, no amount, and the cost it names (培训) stated as one amount in the report → 疑似 when
    they disagree; or, naming no cost, the one amount whose name the words before the count spell ("纳入维保的监管设备
    583台套，平均每台套…" and "监管设备维保265.40万元")."""
    m = lk.mention
    tail = re.split(r"均|每[\u4e00-\u9fff]", word.group(0), maxsplit=1)[-1]  # "人均培训费" → 培训费
    named = COST.search(tail)
    counts = [o.mention for o in ctx.linked if sentence_start <= o.mention.start < word.start()
              and o.mention.kind == "count" and counts_per(ctx, o.mention, per)]
    if m.kind != "money" or len(counts) != 1 or not counts[0].value or counts[0].approx:
        return False
    phrase = ctx.text[sentence_start : counts[0].start]
    totals = {o.mention.value: o.mention for o in ctx.linked if o.mention.kind == "money" and o.mention.unit == m.unit
              and not o.mention.approx and o.quantity not in ("unit_price", "average", "change")
              and o.mention.comparator is None and not sentence_start <= o.mention.start < m.end
              and (named.group(1) in o.subject if named else _spelt(o.subject, phrase))}
    if len(totals) != 1:
        return False
    (total,) = totals.values()
    report_mean(ctx, m, word.group(0), total.value, counts[0], [total], f"{money(total)}取自报告的另一处")
    return True


def _spelt(subject: str, phrase: str) -> bool:
    """Whether a name of four or more characters is spelt, two by two, in a phrase ("监管设备维保" in "维保的监管设备")."""
    return len(subject) >= 4 and all(subject[i : i + 2] in phrase for i in (*range(0, len(subject) - 1, 2), len(subject) - 2))


_COUNTED_AS = re.compile(r"按[^，,。；;\d]{0,4}$")
WHOLE = ("spent", "annual_budget", "received", "issued")


def over_the_projects(ctx: Context, lk: Linked, word: re.Match[str], per: str, sentence_start: int) -> bool:
    """"…实际支出6,215.38万元…。按18个小区计算，平均每个小区投入354.30万元": a count stated as the basis of the
    average (按…计算), with no amount in its sentence, divides the project's spending (or budget) stated in the
    paragraph before; any of them that gives the average settles it, else 疑似 on the spending."""
    m = lk.mention
    counts = [o.mention for o in ctx.linked if sentence_start <= o.mention.start < word.start()
              and o.mention.kind == "count" and counts_per(ctx, o.mention, per)]
    if m.kind != "money" or len(counts) != 1 or not counts[0].value or counts[0].approx:
        return False
    if not _COUNTED_AS.search(ctx.text, sentence_start, counts[0].start):
        return False
    para = ctx.text.rfind("\n", 0, sentence_start) + 1
    before = [o for o in ctx.linked if para <= o.mention.start < sentence_start and o.mention.kind == "money"
              and not o.mention.approx]
    # "平均每个点位年运维服务费…" after "第三方运维服务费412.80万元": the amount named in the average's own words
    named = ctx.text[sentence_start : m.start]
    whole = [o for o in before if len(o.subject) >= 3 and not generic_subject(o.subject) and o.subject[-4:] in named] or [
        o for o in before if o.quantity in WHOLE and o.component_of is None]
    if not whole:
        return False
    if any(agrees(m, o.mention.value / counts[0].value) for o in whole):
        return True
    spent = [o.mention for o in whole if o.quantity == "spent"][:1]  # the paragraph's first: what was spent
    if not spent:
        return True
    report_mean(ctx, m, word.group(0), spent[0].value, counts[0], spent, "平均数所用的总额推定为上文的金额")
    return True


def total_before(ctx: Context, lk: Linked, word: re.Match[str], per: str, sentence_start: int) -> bool:
    """"全年封闭儿童4,980人、封闭牙齿18,120颗。…人均封闭牙齿3.46颗" / "…封闭儿童5,820人…。项目覆盖全市75所小学，平均每校
    76.7人": a count's average whose total (in its unit, the thing its words name) stands in an earlier sentence of its
    line, and whose count stands in its own sentence or, when none does, once in the line. One total and one count
    or nothing is said; a disagreement is 疑似 (the total is another sentence's)."""
    m = lk.mention
    line = ctx.text.rfind("\n", 0, sentence_start) + 1
    if m.kind == "money":
        return _pair_before(ctx, m, word, per, line, sentence_start)
    if m.kind != "count":
        return False
    tail = re.sub(r"^每[\u4e00-\u9fff]", "", re.split(r"均|每[\u4e00-\u9fff]", word.group(0), maxsplit=1)[-1]).strip()

    def plain(o: Linked) -> bool:
        return (not o.mention.approx and o.mention.comparator is None and _this_years(ctx, o)
                and o.quantity not in ("unit_price", "average", "change"))

    counts = {o.mention.value: o.mention for o in ctx.linked if sentence_start <= o.mention.start < word.start()
              and o.mention.kind == "count" and counts_per(ctx, o.mention, per) and plain(o)}
    if not counts:
        counts = {o.mention.value: o.mention for o in ctx.linked if line <= o.mention.start < word.start()
                  and o.mention.kind == "count" and counts_per(ctx, o.mention, per) and plain(o)}
    totals = {o.mention.value: o.mention for o in ctx.linked if line <= o.mention.start < sentence_start
              and o.mention.kind == "count" and o.mention.unit == m.unit and plain(o)
              and _names_the_total(ctx.text, line, o.mention.start, tail)
              and not _A_PART.search(ctx.text, _clause_start(ctx.text, line, o.mention.start, "。；;"), o.mention.start)}
    if len(counts) != 1 or len(totals) != 1:
        return False
    (count,), (total,) = counts.values(), totals.values()
    if count is total or not count.value:
        return False
    report_mean(ctx, m, word.group(0), total.value, count, [total], f"总数{total.raw}取自上文")
    return True


_FILLER = r"(?:共计?|累计|合计|总计|达到?|为|了)?"
_SUMMED_CLAUSE = re.compile(r"\s*(?:合计|共计|总计|累计)")
_WHOLE_CLAUSE = re.compile(r"(?:全年|全市|全县|全区|累计|共计?|合计|总计)")


def _names_the_total(text: str, line: int, at: int, tail: str) -> bool:
    """Whether the figure at ``at`` is the whole of what an average's words (``tail``: 封闭牙齿) name: they stand right
    before it ("封闭牙齿18,120颗", not "报废联合收割机198台" for 户均报废); with no words, its clause says it is all
    of them ("全年封闭儿童5,820人")."""
    if tail:
        return re.search(re.escape(tail) + _FILLER + r"$", text[max(line, at - len(tail) - 3) : at]) is not None
    return _WHOLE_CLAUSE.match(text, _clause_start(text, line, at)) is not None


def _clause_start(text: str, line: int, at: int, marks: str = "，,。；;") -> int:
    """Where the clause (or, with marks "。；;", the sentence) holding ``at`` starts, no earlier than ``line``."""
    return max(line, *(text.rfind(c, 0, at) + 1 for c in marks))


def _pair_before(ctx: Context, m: Mention, word: re.Match[str], per: str, line: int, sentence_start: int) -> bool:
    """"…合计323台、149.63万元。平均每台补贴4,623.51元" / "…受益农户301户，平均每户11,263.26元": an amount's average
    over the whole said as a count and its money together ("合计323台、149.63万元") in an earlier sentence of its line;
    the count is that pair's, or the one its own sentence gives."""
    before = mentions_within(ctx.mentions, line, sentence_start)
    pairs = {(c.value, t.value): (c, t) for c, t in zip(before, before[1:], strict=False)
             if c.kind == "count" and t.kind == "money" and ctx.text[c.end : t.start] in ("、", "，", ",")
             and not c.approx and not t.approx and c.comparator is None and t.comparator is None
             and _SUMMED_CLAUSE.match(ctx.text, _clause_start(ctx.text, line, c.start))}
    own = {x.value: x for x in mentions_within(ctx.mentions, sentence_start, word.start())
           if x.kind == "count" and counts_per(ctx, x, per) and not x.approx and x.comparator is None}
    if len(pairs) != 1 or len(own) > 1 or any(x.kind == "money" for x in mentions_within(
            ctx.mentions, sentence_start, word.start())):
        return False
    ((count, total),) = pairs.values()
    if own:
        (count,) = own.values()
    elif not counts_per(ctx, count, per):
        return False
    if not count.value:
        return False
    report_mean(ctx, m, word.group(0), total.value, count, [total], f"总数{total.raw}取自上文")
    return True
