"""Parts a sentence lists around a total, found after every figure is linked: sources in brackets right after a
total ("全年预算160万元（财政资金130万元、单位资金30万元）") and the figures before a 合计 in their sentence
("A 198.30万元，B 174.26万元，合计372.56万元")."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chains.text.numbers import Mention
    from chains.text.quantities import Linked

_TRAILING_TOTAL = re.compile(r"(?:合计|共计|总计|累计|(?<=[，,])共)(?:下达|安排|拨付|投入|支出|到位|完成|使用)?[为是]?[：:]?$")

_EACH = re.compile(r"各[^，,；;。\d]{0,3}$")
_ADJUSTED_TO = re.compile(r"(?:调整|调增|调减|增加|变更|追加)(?:为|到|至)[^，,；;。\d]{0,2}$|增至$")
_BRACKET = re.compile(r"[（(](?P<body>[^（）()\n]{4,120})[）)]")
_SOURCE_WORD = re.compile(r"(?:财政|资金|拨款|配套|自筹|中央|省级|市级|县级|区级|上年结转|单位|专户|其他|一般公共预算|"
                          r"政府性基金|债券|社会|基本支出|项目支出|人员经费|公用经费)[^，、；,;]{0,12}$")
_PART_NAME = re.compile(r"[\u4e00-\u9fff]{1,4}")  # a short word: a long one names an item said again elsewhere
_PER_UNIT = re.compile(r"均|每|单价|标准|平方|以上|以下")
_NOT_PARTS = re.compile(r"占|较|同比|增长|下降|比上年|[%％]|含|不含|包括")


def bracketed_parts(text: str, out: list[Linked]) -> list[Linked]:
    """"全年预算160万元（财政资金130万元、单位资金30万元）": the sources in brackets right after a total."""
    for t, lk in enumerate(out):
        m = lk.mention
        if m.kind not in ("money", "count") or m.approx:  # a part may have its own sources ("其中拨款675万元（中央…）")
            continue
        b = _BRACKET.match(text, m.end)
        if b is None or _NOT_PARTS.search(b.group("body")):
            continue
        inside = [j for j in range(t + 1, len(out)) if b.start() < out[j].mention.start < b.end()]
        if len(inside) < 2 or any(out[j].mention.kind != m.kind or out[j].mention.unit != m.unit
                                  or out[j].component_of is not None for j in inside):
            continue
        if any(o.component_of == t for o in out):
            continue  # "全年执行211.80万元（中央…、自治区…、县级…），…；其中免学费补助…": its 其中 list is its parts, another way
        cursor, ok = b.start() + 1, True
        for j in inside:
            lead = text[cursor : out[j].mention.start].strip("、，,；; 和及")
            # a source ("财政资金130万元") or a part named in a word or two ("左岸4.86公里、右岸3.78公里")
            if not (_SOURCE_WORD.search(lead) or _PART_NAME.fullmatch(lead) and not _PER_UNIT.search(lead)):
                ok = False
                break
            cursor = out[j].mention.end
        if ok and not text[cursor : b.end() - 1].strip("、，,；; 等"):
            for j in inside:
                out[j] = replace(out[j], component_of=t, quantity=lk.quantity)
    return out


_EACH_CLAUSE = re.compile(r"各(?:[预下安拨补发][\u4e00-\u9fff]{0,13})$")
_ALL_OF_THEM = re.compile(r"[，,]\s*(?:共|共计|合计|总计)[为是计]?$")


def each_and_all(text: str, out: list[Linked]) -> list[Linked]:
    """"12个乡镇年初各预拨临时救助备用金3万元，共36.00万元": the amount each got is a rate per unit, and the amount
    after 共 right after it is what was so given in all — it takes the first's quantity."""
    for t in range(1, len(out)):
        lk, each = out[t], out[t - 1]
        if lk.mention.kind != "money" or each.mention.kind != "money" or lk.quantity is not None or lk.sentence != each.sentence \
                or each.quantity in (None, "unit_price", "average", "change") \
                or not _ALL_OF_THEM.fullmatch(text, each.mention.end, lk.mention.start) \
                or not _EACH_CLAUSE.search(text, max(each.sentence[0], each.mention.start - 16), each.mention.start):
            continue
        out[t] = replace(lk, quantity=each.quantity)
        out[t - 1] = replace(each, quantity="unit_price")
    return out


_RATES_SAID = re.compile(r"\s*(?:的)?(?:标准|定额)")


def trailing_totals(text: str, out: list[Linked]) -> list[Linked]:
    """"A 198.30万元，B 174.26万元，合计372.56万元": the parts before a 合计 figure in its sentence."""
    for t, lk in enumerate(out):
        m = lk.mention
        if m.kind == "count" and _TRAILING_TOTAL.search(text[max(lk.sentence[0], m.start - 6) : m.start]):
            out = _counted_list(text, out, t)
        if m.kind != "money" or not _TRAILING_TOTAL.search(text[max(lk.sentence[0], m.start - 6) : m.start]):
            continue
        parts: list[int] = []
        j = t - 1
        sentence = lk.sentence
        while j >= 0:  # figures of the same sentence before the total, or of the items before it set off by ；
            if out[j].sentence != sentence:
                end = out[j].sentence[1]
                if not (end < len(text) and text[end] in "；;" and end + 1 == sentence[0]):
                    break
                sentence = out[j].sentence  # "…，计330.00万元；改扩建…，计102.00万元，合计450.00万元"
            if out[j].mention.kind == "money" and out[j].component_of is None and not out[j].mention.approx \
                    and out[j].quantity not in ("unit_price", "average") and not _in_brackets(text, out[j]):
                parts.append(j)  # "每村每年补助4400元，分配至A 93万元、B 52万元…": a rate of grant is no part
            j -= 1
        if any(out[j].quantity in ("budget_adjustment", "change")
               or _TRAILING_TOTAL.search(text[max(lk.sentence[0], out[j].mention.start - 6) : out[j].mention.start])
               or _ADJUSTED_TO.search(text, max(lk.sentence[0], out[j].mention.start - 8), out[j].mention.start)
               or _EACH.search(text, max(0, out[j].mention.start - 5), out[j].mention.start) for j in parts):
            continue  # "年初预算合计2389万元，调减300万元，全年合计2089万元" / "…下达480万元，当年财政拨款调整为510万元，
            # 合计725.60万元": a running account, not parts; "第一、二季度各发放187.12万元": that much each, twice
        if not any(out[j].sentence == lk.sentence for j in parts) and any(
                o.sentence == lk.sentence and o.mention.kind == "money" and o.quantity in ("unit_price", "average")
                for o in out[:t]):
            continue  # "…24批次按每批次8 500元结算，…，合计456 000元": worked out from rates per unit, not the items before ；
        own = [j for j in parts if out[j].sentence == lk.sentence]
        if len(own) >= 2 and len(own) < len(parts) and sum(out[j].mention.value for j in own) == lk.mention.value:
            parts = own  # "…，2019年4月拨付60.00万元、10月拨付48.00万元，合计到位108.00万元": its own clause's, not the list's
        if parts and _RATES_SAID.match(text, out[parts[0]].mention.end):
            continue  # "按金牌20000元、银牌10000元、铜牌5000元标准奖励，共5.50万元": so much each, by grade, no parts
        kinds = {out[j].quantity for j in parts} - {None, lk.quantity}
        has_parts = any(o.component_of == t for o in out[j + 1 : t])
        if len(parts) >= 2 and len(kinds) <= 1 and "balance" not in kinds and not has_parts:
            for j in parts:
                out[j] = replace(out[j], component_of=t)
    return out


def _counted_list(text: str, out: list[Linked], t: int) -> list[Linked]:
    """"三个基地繁种面积分别为1200亩、1150亩、900亩，合计3150亩": counts of the total's unit listed with 、 right before it
    in its sentence are its parts."""
    total = out[t].mention
    parts: list[int] = []
    j, end = t - 1, total.start
    while j >= 0 and out[j].sentence == out[t].sentence and out[j].mention.kind == "count" \
            and out[j].mention.unit == total.unit and not out[j].mention.approx and out[j].component_of is None \
            and (text[out[j].mention.end : end] in ("、", "和", "及") if parts else _BEFORE_TOTAL.fullmatch(text, out[j].mention.end, end)):
        parts.append(j)
        end, j = out[j].mention.start, j - 1
    if len(parts) < 2:
        return out
    return [replace(lk, component_of=t) if i in parts else lk for i, lk in enumerate(out)]


_BEFORE_TOTAL = re.compile(r"[，,]\s*(?:全年|年度|全部)?(?:合计|共计|总计|累计)(?:为|达)?")


def _in_brackets(text: str, lk: Linked) -> bool:
    """"乡镇综合文化站（12个×11000元）132000.00元": a figure inside brackets details the part after them."""
    before = text[lk.sentence[0] : lk.mention.start]
    return before.count("（") + before.count("(") > before.count("）") + before.count(")")


_MEASURE = re.compile(r"([\u4e00-\u9fff]{2})[为了]?[ \t]*$")
#: what an item's figure measures ("支出…，预算…"; "送审…、审减…"): a list of items giving two of them in turn
_MEASURES = frozenset({"支出", "预算", "送审", "审减", "审定", "到位", "下达", "执行", "结余", "合同", "中标", "结算", "计划",
                       "完成", "实际", "安排", "拨付", "批复"})


def paired_parts(text: str, out: list[Linked]) -> list[Linked]:
    """"审减金额139.58万元。其中一标段送审1765.23万元、审减54.78万元；二标段…" / "…1,136.40万元。其中A项目支出812.60万元，
    预算860.00万元，…；B项目支出323.80万元，…": each item gives two measures in turn; only the measure the total names is
    its part, or, when it names neither, the one whose figures add up to it (none, when neither does)."""
    by_total: dict[int, list[int]] = {}
    for j, lk in enumerate(out):
        if lk.component_of is not None:
            by_total.setdefault(lk.component_of, []).append(j)
    for t, parts in by_total.items():
        words = [m.group(1) if (m := _MEASURE.search(text, max(0, out[j].mention.start - 4), out[j].mention.start)) else ""
                 for j in parts]
        # the first measure of each item, the second after it where the item gives one ("安排520.00万元、已拨付364.00万元，
        # …安排165.00万元")
        first = words[0]
        if len(parts) < 3 or len(set(words)) != 2 or not set(words) <= _MEASURES \
                or any(w != first and words[i - 1] != first for i, w in enumerate(words)):
            continue
        named = [w for w in words[:2] if w in out[t].subject]
        keep = named[0] if len(named) == 1 else next(
            (w for w in words[:2] if _adds_up([out[j].mention.value for j, x in zip(parts, words, strict=True) if x == w],
                                              out[t].mention.value)), None)
        for j, word in zip(parts, words, strict=True):
            if word != keep:
                out[j] = replace(out[j], component_of=None)
    return out


def _adds_up(values: list[Decimal], total: Decimal) -> bool:
    return bool(values) and sum(values, Decimal(0)) == total


_BY_ITEMS = re.compile(r"[，,]\s*按")
_WORKED_OUT = re.compile(r"\s*(?:的标准)?(?:测算|计算|核定|编制|安排|核算)")


def worked_out_parts(text: str, out: list[Linked]) -> list[Linked]:
    """"全年预算180.00万元，按体检增项147.56万元、报告打印送达4.34万元、质控及信息化28.10万元测算": a budget worked out
    from named amounts listed with 、 right after it."""
    for t, lk in enumerate(out):
        m = lk.mention
        if m.kind != "money" or m.approx or lk.component_of is not None or not _BY_ITEMS.match(text, m.end):
            continue
        inside = [j for j in range(t + 1, len(out)) if out[j].sentence == lk.sentence]
        listed: list[int] = []
        for j in inside:
            gap = text[(out[listed[-1]].mention.end if listed else m.end) : out[j].mention.start]
            if out[j].mention.kind != "money" or not re.fullmatch(r"(?:[，,]\s*按|、)[\u4e00-\u9fff（）()]{2,16}", gap):
                break
            listed.append(j)
        if len(listed) >= 2 and _WORKED_OUT.match(text, out[listed[-1]].mention.end) \
                and all(out[j].component_of is None for j in listed):
            for j in listed:
                out[j] = replace(out[j], component_of=t, quantity=lk.quantity)
    return out


_OWN_PARTS = re.compile(r"\s*([\u4e00-\u9fff]{2,16}?)中(?![央心型期小])")


def a_parts_own(text: str, listed: int, s_start: int, m: Mention) -> bool:
    """"…、省级交通专项资金366.00万元；省级交通专项资金中养护补助180.00万元": a clause that opens with a part the
    list named and 中 breaks down that part."""
    own = _OWN_PARTS.match(text, s_start, m.start)
    # the name of a part listed with its amount, not of a place that has 中 in it ("乌拉特中旗")
    return own is not None and re.search(re.escape(own.group(1)) + r"[为共计]?\d", text[listed:s_start]) is not None


def a_part_broken_down(text: str, out: list[Linked], total: int, at: int) -> bool:
    """"…按来源分：中央财政15,380,000.00元，占67.6%，其中2023年12月提前下达15,240,000.00元；省级…": a 其中 right after a
    part of the total, in that part's own clauses (no ；between), breaks down that part."""
    part = next((lk for lk in reversed(out) if lk.component_of == total and lk.mention.end <= at), None)
    return part is not None and part.mention.value != out[total].mention.value \
        and not re.search(r"[；;。]", text[part.mention.end : at])  # "…13,860.00万元，即1.386亿元，其中…": the total again
