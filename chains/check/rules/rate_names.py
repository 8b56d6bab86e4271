"""The name a percentage carries in its own clause: the proportion its words name ("覆盖率达到105%"), and the base it
says it was worked out on ("按到位资金计算的资金使用率为98.95%")."""

from __future__ import annotations

import re

from chains.check.rules.base import HUNDRED, Context, agrees, one_source
from chains.text.numbers import Mention
from chains.text.quantities import Linked
from chains.vocabulary import CAPPED_RATE


def capped_rate_word(text: str, lk: Linked) -> str | None:
    """The proportion a percentage states when its name stands right before it ("覆盖率达到105%"), also as the end
    of a change ("数字化率由年初的41.3%提高到158.7%")."""
    start = max(lk.sentence[0], lk.mention.start - 12)
    clause = re.split(r"[，,；;：:]", text[start : lk.mention.start])[-1]
    if not CAPPED_RATE.search(clause):
        change = _RATE_CHANGE.search(text, max(lk.sentence[0], lk.mention.start - 30), lk.mention.start)
        clause = change.group("name") if change else clause
    found = CAPPED_RATE.findall(clause)
    if not found and (_SHARE_OF_THEM.search(clause) or _OF_THE_PEOPLE.match(text, lk.mention.end)
                      and not re.search(r"增长|增加|提高|上升|下降|减少|降低|同比|较|比", clause)):
        return "所占比例"  # "认为培训内容“实用”的占107.3%", "107.2%的受访群众表示…": a part of all asked
    return found[-1] if found else None


_OF_THE_PEOPLE = re.compile(r"的(?:受访|被调查|参训|参加|服务|受益|参保)?(?:群众|居民|农户|村民|学生|对象|人员|受访者|用户|家长|老人|职工|患者)")
_SHARE_OF_THEM = re.compile(r"[的者]占(?:比)?(?:为|达|达到)?\s*$")


_RATE_CHANGE = re.compile(r"(?P<name>[^，,；;：:\d]{2,12})由[^，,；;\d]{0,6}\d+(?:\.\d+)?[%％](?:提高|提升|上升|增长|增加)(?:到|至)"
                          r"(?:[^，,；;\d]{0,6}的)?$")  # ("由活动前的61.2%提高到活动后的103.8%")


def on_money_arrived(text: str, lk: Linked) -> bool:
    """An execution or use rate whose own clause says it is on the money that arrived (按到位资金计算的…使用率)."""
    clauses = re.split(r"[，,；;。]", text[lk.sentence[0] : lk.mention.start])
    # (or in the clause before it: "若按到位资金计算，资金使用率为85.72%")
    return lk.quantity == "execution_rate" and ("到位" in clauses[-1] or len(clauses) > 1 and _ON_ARRIVED.search(clauses[-2]) is not None)


_ON_ARRIVED = re.compile(r"按[^，,]{0,8}到位[^，,]{0,8}计算")


def another_years(text: str, lk: Linked, year: int | None) -> bool:
    """"2020年执行率为98.7%" in the 2021 report: last year's rate, on last year's budget."""
    clause = re.split(r"[，,；;。]", text[lk.sentence[0] : lk.mention.start])[-1]
    return year is not None and any(int(y) != year for y in re.findall(r"((?:19|20)\d{2})年", clause))


_THRESHOLD = re.compile(r"的|以上|以下")


def a_threshold(text: str, m: Mention) -> bool:
    """"预算执行率未达到90%的需说明原因": a threshold in a rule, no rate of the project."""
    return _THRESHOLD.match(text, m.end) is not None and "达到" in text[max(0, m.start - 3) : m.end]


def a_sources(text: str, lk: Linked) -> bool:
    """"国家区试经费和自筹资金已全部使用，省级区试经费执行率91.38%": a rate whose clause opens with a level of government
    (or 自筹) and names its money: that source's, on a budget the text may not give."""
    clause = re.split(r"[，,；;。]", text[lk.sentence[0] : lk.mention.start])[-1]
    return _A_SOURCES_RATE.match(clause) is not None


_A_SOURCES_RATE = re.compile(r"\s*(?:中央|省级|省|市级|市|县级|县|区级|上级|本级|自筹|单位自筹)[\u4e00-\u9fff]{0,8}?(?:资金|经费|补助|拨款)"
                             r"(?:预算)?(?:执行|使用|支出)率")


_PLUS = re.compile(r"[，,]?\s*(?:加上|加|另有|连同)[^，,。；;\d]{0,10}$")


def added_up(text: str, own: list[Mention], bases: list[Mention], m: Mention) -> bool:
    """"县财政实际拨付到位58.00万元，加上上年结转8.80万元，资金到位率100%": the rate of the last two amounts of its
    sentence added up (加上…), over one of its possible bases."""
    if len(own) < 2 or not _PLUS.search(text, own[-2].end, own[-1].start):
        return False
    whole = own[-2].value + own[-1].value
    return any(b.value and agrees(m, whole / b.value * HUNDRED) for b in bases)


def part_rate(ctx: Context, lk: Linked) -> bool:
    """A bare 执行率 after a part of a 其中 list, in a paragraph that gives such a rate after each part; one rate
    after the whole list ("其中：中央248.74万元、省级74.71万元、县级31.71万元，执行率65%") is the whole's."""
    listed = _parts_on_its_line(ctx, lk)
    if listed is None:
        return False
    m, line, parts = lk.mention, ctx.line_of(lk.mention.start), [o.mention.start for o in listed]
    rates = [o.mention.start for o in ctx.linked if o.quantity == lk.quantity and ctx.line_of(o.mention.start) == line]
    return any(p < m.start for p in parts) and sum(1 for r in rates if parts and r > min(parts)) >= 2  # one per part


def listed_part(ctx: Context, lk: Linked) -> Linked | None:
    """The part a bare rate follows when more parts of the same list come after it ("其中省级资金支出88.35万元，执行率
    93.00%；县级资金支出23.80万元"): the rate is that part's, inside the list."""
    listed = _parts_on_its_line(ctx, lk) or []
    last = next((o for o in reversed(listed) if o.mention.start < lk.mention.start), None)
    later = last is not None and any(o.component_of == last.component_of and o.mention.start > lk.mention.start for o in listed)
    return last if later else None


def _parts_on_its_line(ctx: Context, lk: Linked) -> list[Linked] | None:
    """The amounts listed after 其中 on the line of a bare 执行率 (one named only by its own clause), or None when the
    rate names what it is of."""
    if not _BARE_RATE.fullmatch(re.split(r"[，,；;：:]", ctx.text[lk.sentence[0] : lk.mention.start])[-1]):
        return None
    line = ctx.line_of(lk.mention.start)
    return [o for o in ctx.linked if o.component_of is not None and o.mention.kind == "money" and ctx.line_of(o.mention.start) == line]


_BARE_RATE = re.compile(r"\s*(?:资金)?(?:预算)?(?:执行|使用|支出)率(?:为|达到?|是)?\s*")


# "2018年同类项目预算150.00万元": a year, not a date, names what the figure is of (not "2018年12月提前下达…")
_YEAR_NAMES = re.compile(r"((?:19|20)\d{2})年(?![\d月度底末初])[^，,。；;\d]{0,12}$")
_INTO_THIS = re.compile(r"提前|结转|下达|拨付|安排")


def another_years_figure(ctx: Context, lk: Linked) -> bool:
    """Whether the clause of an amount of a named thing opens with another year than the report's ("调整后2023年全年预算"
    in a 2024 report names no other thing: a slip of the year, left to the rules of years)."""
    said = _YEAR_NAMES.search(ctx.text, lk.sentence[0], lk.mention.start) if lk.specific else None
    return said is not None and ctx.year is not None and int(said.group(1)) != ctx.year \
        and not _INTO_THIS.search(ctx.text, said.start(), lk.mention.start)


_RIGHT_AFTER = re.compile(r"[，,]\s*(?:资金)?(?:支出|执行|使用|到位)率(?:为|达|达到)?\s*")


def after_a_source(ctx: Context, lk: Linked, own: list[Mention]) -> bool:
    """"…其中中央资金25.00万元、省级资金15.00万元已全部支出，市级资金支出21.23万元，执行率84.92%" after "市级配套25.00万元",
    or "省级专项资金于2021年4月下达，实际到位100.00万元，到位率100%" after "其中省级…专项资金100.00万元": a rate right after
    one source's amount, the last of its sentence (``own``), named before it or as the sentence's subject, that this
    amount over an amount of the same level (市级, 省级) gives, is that source's."""
    last = next((o for o in ctx.linked if own and o.mention is own[-1]), None)
    if last is None or _RIGHT_AFTER.fullmatch(ctx.text, last.mention.end, lk.mention.start) is None:
        return False
    level = _LEVEL.search(ctx.text, max(0, last.mention.start - 16), last.mention.start) if one_source(ctx, last) \
        else _SUBJECT.match(ctx.text, last.sentence[0])
    return level is not None and any(
        x is not last.mention and x.kind == "money" and x.value and _named_for(ctx.text, x, level.group(1))
        and agrees(lk.mention, last.mention.value / x.value * HUNDRED) for x in ctx.mentions)


def _named_for(text: str, x: Mention, level: str) -> bool:
    """Whether the words of the amount's clause name the level ("其中省级中蜂产业发展专项资金100.00万元")."""
    return level in re.split(r"[，,；;。、：:]", text[max(0, x.start - 20) : x.start])[-1]


_LEVEL = re.compile(r"(中央|省级|市级|县级|区级|本级|自筹)")
#: a sentence whose subject is one source: "省级专项资金于2021年4月下达，…"
_SUBJECT = re.compile(r"\s*(?:其中)?(中央|省级|市级|县级|区级)[\u4e00-\u9fff]{0,12}?(?:资金|经费|补助)")
