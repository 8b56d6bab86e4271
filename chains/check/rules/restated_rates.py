"""A rate stated twice in the text under the same name, with two values (issue 10: "one figure stated twice with
one different"):

    ……全市主要农作物耕种收综合机械化率达到98.1%，比上年提高0.6个百分点……
    综上，……全市主要农作物耕种收综合机械化率达到98.7%，农机装备结构进一步优化……

The name is the whole clause before the rate (from the last punctuation mark, without 为/达到), at least eight
characters, with no digit and no word that makes it a target, a comparison or an earlier value (目标、不低于、上年、
同比、由…). Rates in tables, bounds (98%以上) and approximations are left out, and so are two rates whose sentences
name different years, and a rate in a section headed as the goals (二、绩效目标) is a target. A capped rate above 100% is ``implausible_rate``'s to report. Counts are not read this way: lists of items share names far too often. The finding is
``conflicting_values`` on the later statement (the restatement), naming the earlier one.
"""

from __future__ import annotations

import re

from chains.check.rules.base import HUNDRED, Context, adjacent_swap, agrees, stated_fact
from chains.check.rules.borne_out import (
    odd_one,
    other_side,
    own_parts_add_up,
    ratio_giving,
    tells_apart,
    worked_out,
)
from chains.findings import Finding
from chains.text.numbers import Mention, mentions_within
from chains.text.sections import in_goals
from chains.vocabulary import CAPPED_RATE

_VERB = re.compile(r"(?:达到了|达到|提高到|提升至|提升到|为|是|达|保持在)$")
_NOT_ACTUAL = re.compile(r"目标|计划|预期|不低于|不少于|不超过|以上|以内|力争|任务|上年|去年|同比|较|比|由|原|标准|要求|考核")
_CLAUSE_START = "，,。；;\n：:（(、"
_YEAR = re.compile(r"(?:19|20)\d{2}(?=年)")
_MIN_NAME = 8
_BOUND = re.compile(r"以上|以内|左右|以下")
_OF_ITS_TARGET = re.compile(r"(?:完成|达到|占)[^，,。；;]{0,8}(?:指标值|目标值?|计划|任务)的$")
_BOUND_AFTER = re.compile(r"\s*(?:以上|左右|以内)")
#: a sentence that sets out the goals: its rates are targets
_GOALS_SAID = re.compile(r"目标(?:任务)?(?:为|是|包括|[：:])|(?:计划|预期|力争)(?:到|在|于)?[^，,。；;]{0,12}(?:达到|实现)")


def _sentence_start(text: str, m: Mention) -> int:
    return max(text.rfind("。", 0, m.start), text.rfind("\n", 0, m.start)) + 1


def run(ctx: Context) -> None:
    seen: dict[str, list[Mention]] = {}
    tables = [t.span for t in ctx.tables]
    for m in ctx.mentions:
        if m.kind != "percent" or m.approx or not _NAME_END.search(ctx.text, max(0, m.start - 9), m.start):
            continue  # the cheapest tests first: most percentages stand in tables or after other figures
        if not stated_fact(m) or _BOUND.search(m.raw):
            continue
        if any(a <= m.start < b for a, b in tables) or _BOUND_AFTER.match(ctx.text, m.end, m.end + 4):
            continue
        name = _name(ctx.text, m)
        if name is None or m.value > HUNDRED and CAPPED_RATE.search(name) or _OF_ITS_TARGET.search(name):
            continue  # a coverage above 100% is implausible_rate; "完成年度指标值的89.20%" is each indicator's own
        if in_goals(ctx.text, m.start) or _in_goal_block(ctx.text, m) or _GOALS_SAID.search(ctx.text, _sentence_start(ctx.text, m), m.start):
            # "…进度达到30%。 …进度35%。" under "预期目标 实际完成情况": the form's goal block, two columns; "二、绩效目标 …
            # 回收利用率达到35%" or "部门整体绩效目标为：…，业务替代率达到85%": a target, however it is worded
            continue
        for earlier in seen.get(name, []):
            if agrees(earlier, m.value) or agrees(m, earlier.value) or _years(ctx.text, earlier) != _years(ctx.text, m):
                continue
            pair = ratio_giving(ctx, earlier, m)
            if pair is not None and not worked_out(ctx, earlier):
                # "县级配套资金20.00万元实际支出16.36万元，…执行率8.18%" against 81.80% later: its own amounts say so
                ctx.add(
                    Finding(
                        "rate_mismatch",
                        f"按{pair[1].raw}、{pair[0].raw}计算，{name}应为{m.raw.removeprefix('达到')}（后文亦如此），"
                        f"与此处所写{earlier.raw.removeprefix('达到')}不符。",
                        earlier.span,
                        values={"stated": earlier.raw, "elsewhere": m.raw},
                        expected=m.raw.removeprefix("达到"),
                        related=(pair[1].span, pair[0].span, m.span),
                    )
                )
                break
            odd, kept = m, earlier  # the restatement is the odd one
            ctx.add(
                Finding(
                    "conflicting_values",
                    f"“{name}”一处为{kept.raw.removeprefix('达到')}，此处为{odd.raw.removeprefix('达到')}，同一指标两处不一致。",
                    odd.span,
                    values={"stated": odd.raw, "elsewhere": kept.raw},
                    expected=kept.raw.removeprefix("达到"),
                    related=(kept.span,),
                )
            )
            if not tells_apart(ctx, odd, kept):
                other_side(ctx, odd, kept, odd.span)
            break
        seen.setdefault(name, []).append(m)
    _restated_counts(ctx, tables)


def _restated_counts(ctx: Context, tables: list[tuple[int, int]]) -> None:
    """"全年开展人工增雨（雪）作业74次" … "全年开展增雨（雪）作业47次": a count said twice under (nearly) one name with its
    digits slipped (swapped, or one changed). Lists of items share names far too often for anything looser, and even
    this is only 疑似."""
    seen: list[tuple[str, Mention]] = []
    for m in ctx.mentions:
        if m.kind != "count" or m.approx or not _NAME_END.search(ctx.text, max(0, m.start - 9), m.start):
            continue
        if not stated_fact(m) or not m.unit or _BOUND.search(m.raw):
            continue
        name = _name(ctx.text, m, counted=True)
        if name is None or any(a <= m.start < b for a, b in tables):
            continue
        if in_goals(ctx.text, m.start):
            continue
        size = len(_digits(m))
        for earlier_name, earlier in seen:
            if earlier.unit != m.unit or earlier.value == m.value or len(_digits(earlier)) != size \
                    or not _digit_slip(earlier, m):
                continue
            if not _one_name(earlier_name, name) or _years(ctx.text, earlier) != _years(ctx.text, m):
                continue
            odd, kept = odd_one(ctx, earlier, m)  # the one the report bears out less
            ctx.add(
                Finding(
                    "conflicting_values",
                    f"疑似：“{name}”一处为{kept.raw.removeprefix('达到')}，此处为{odd.raw.removeprefix('达到')}，数字像是写错了位，请核实。",
                    odd.span,
                    severity="warning",
                    values={"stated": odd.raw, "elsewhere": kept.raw},
                    expected=kept.raw,
                    related=(kept.span,),
                )
            )
            if not tells_apart(ctx, odd, kept):
                other_side(ctx, odd, kept, odd.span)
            break
        seen.append((name, m))
    _transposed(ctx)


def _transposed(ctx: Context) -> None:
    """"共2,680路" once, "2,860路" twice elsewhere (text or table): four digits or more in one unit (a count, or an
    amount as written), swapped — a slip of the one stated once, as 疑似."""
    by_unit: dict[tuple[str, str], dict[str, list[Mention]]] = {}
    for m in ctx.mentions:
        if m.kind not in ("count", "money", "percent") or not stated_fact(m) or not m.unit:  # ("达到1,248个" is a fact)
            continue
        digits = str(m.number).replace(".", "").lstrip("-")
        if len(digits) >= 2 and len(set(digits)) > 1 and digits.isdigit():  # an amount compares as written ("451.50万元" / "415.50万元")
            unit = m.written_unit if m.kind == "money" else _SAME_UNIT.get(m.unit, m.unit)
            by_unit.setdefault((unit, "".join(sorted(digits))), {}).setdefault(digits, []).append(m)
    _bare_cells(ctx, by_unit)
    for group in by_unit.values():
        if len(group) != 2:
            continue
        (a, ma), (b, mb) = group.items()
        if not adjacent_swap(a, b):
            continue  # "120.00" / "210.00", "93.01" / "91.30": other figures that share their digits, no slip of the pen
        once, many = (ma, mb) if len(ma) == 1 and len(mb) >= 2 else (mb, ma) if len(mb) == 1 and len(ma) >= 2 else ([], [])
        summed = len(ma) == len(mb) == 1 and len(a.strip("0")) >= 3 and _one_summed(ctx, ma[0], mb[0])
        if not once and len(ma) == len(mb) == 1 and (summed or _long_swap(a, ma[0]) or _same_noun(ctx, ma[0], mb[0]) or (
                len(a) >= 4 or _no_zero_moved(a, b)) and len(a.strip("0")) >= 3 and _same_noun(ctx, ma[0], mb[0], size=2)):
            # "在岗保洁员1,286人" and "1,268名保洁员": once each, of the same people: the one the report bears out less
            odd = odd_one(ctx, ma[0], mb[0])[0]
            once, many = (ma, mb) if odd is ma[0] else (mb, ma)
        if not once:
            continue
        odd, kept = once[0], many[0]
        if any(f.code == "conflicting_values" and {f.span, *f.related} & {x.span for x in (*once, *many)}
               for f in ctx.findings):
            continue  # already set against each other (an indicator's text and its row)
        if any(_one_list(ctx.text, odd, k) for k in many):
            continue  # "一至四季度分别为102、186、215、125批次": items of one list
        size = len(re.sub(r"\D", "", str(odd.number)))
        if not summed and (size < 4 and not any(_same_noun(ctx, odd, k, size=2 if size == 3 and _no_zero_moved(a, b) else 3)
                                                for k in many) or size < 3 and len(many) < 2):
            continue  # three digits swap by chance: only when both name the same thing ("新增农村网商168户" / "186户");
            # two only against a figure stated twice or more ("清淤疏浚8.6公里" three times, "清淤疏浚6.8公里" once)
        if any(_a_share(ctx, odd, k) for k in many):
            continue
        ctx.add(
            Finding(
                "conflicting_values",
                f"疑似：此处为{odd.raw.removeprefix('达到')}，报告中另有{len(many)}处为{kept.raw.removeprefix('达到')}，数字像是前后颠倒，请核实。",
                odd.span,
                severity="warning",
                values={"stated": odd.raw, "elsewhere": kept.raw},
                expected=kept.raw,
                related=tuple(x.span for x in many),
            )
        )
        if len(many) == 1 and not tells_apart(ctx, odd, kept):
            other_side(ctx, odd, kept, odd.span)  # once each, and nothing tells them apart


def _a_share(ctx: Context, a: Mention, b: Mention) -> bool:
    """"县级配套资金46.00万元…县级配套资金到位40.60万元，到位率88.26%": a rate right after the later of the two that
    one makes of the other tells them apart (two quantities, not one written twice)."""
    later = max(a, b, key=lambda x: x.start)
    end = min((i for i in (ctx.text.find(c, later.end) for c in "。；;\n") if i >= 0), default=len(ctx.text))
    return bool(a.value and b.value) and any(
        p.kind == "percent" and (agrees(p, a.value / b.value * HUNDRED) or agrees(p, b.value / a.value * HUNDRED))
        for p in mentions_within(ctx.mentions, later.end, min(end, later.end + 24)))


def _one_summed(ctx: Context, a: Mention, b: Mention) -> bool:
    """Whether exactly one of two figures is the sum of the parts listed with it ("4期合计培训236人" after 62、58、55、61人)
    — "培训社会体育指导员263人" elsewhere is then the slip, even of three digits and under another name."""
    return own_parts_add_up(ctx, a) != own_parts_add_up(ctx, b)


def _bare_cells(ctx: Context, by_unit: dict[tuple[str, str], dict[str, list[Mention]]]) -> None:
    """A table's bare figure ("24682" under 人数, "3.28" under 支出数) of three digits or more joins the figures of a unit
    that share its digits ("24,862人", "3.82万元" in the text) when its row names what they name (or it has five
    significant digits or more: "2856.40" in a funds table is the text's 2856.40万元 under any row's name) and it is
    written to the same places; rates are left alone (a bare 310.00 among amounts is no 130.00%)."""
    keys: dict[str, list[dict[str, list[Mention]]]] = {}
    for (unit, key), group in by_unit.items():
        if unit != "%":  # (a bare 310.00 in a table of amounts is no 130.00%)
            keys.setdefault(key, []).append(group)
    if not keys or not ctx.tables:
        return
    for m in ctx.mentions:
        if m.kind != "number" or m.unit or m.approx or m.comparator is not None:
            continue
        digits = str(m.number).replace(".", "").lstrip("-")
        if len(digits) < 3:
            continue
        groups = keys.get("".join(sorted(digits)))
        if groups and any(t.span[0] <= m.start < t.span[1] for t in ctx.tables):
            for group in groups:  # the table states one of the text's figures again, or the other of one, in a row
                # named as the text names it (not a quarter's or another item's row that happens to share digits)
                if len(group) == (2 if digits in group else 1) and any(
                        _same_places(m, x) and (len(digits.strip("0")) >= 5 or _same_noun(ctx, m, x)) for ms in group.values() for x in ms):
                    group.setdefault(digits, []).append(m)


def _one_list(text: str, a: Mention, b: Mention) -> bool:
    """Whether two figures stand in one list of figures ("102、186、215、125批次")."""
    lo, hi = sorted((a, b), key=lambda m: m.start)
    between = text[lo.end : hi.start]
    return len(between) < 40 and "、" in between and not any(c in between for c in "。；;\n")


def _same_places(a: Mention, b: Mention) -> bool:
    """Whether two numerals are written to the same places: "1.86万元" and a cell's "168" are not one figure slipped."""
    return a.decimals == b.decimals and len(str(int(a.number))) == len(str(int(b.number)))


def _long_swap(digits: str, m: Mention) -> bool:
    """A count of four significant digits or more ("38620人" / "36820人"): two such counts in one report that differ
    by two neighbouring digits swapped are one figure slipped, whatever words stand around them (amounts and rates
    are too many in a report for that)."""
    return m.kind == "count" and len(digits.strip("0")) >= 4


def _no_zero_moved(a: str, b: str) -> bool:
    """Whether two swapped figures swap no 0 and start with no 0: "120人次" beside "210人次", "0.20万亩" beside
    "2.00万亩" are round figures of other things far more often than a slip."""
    return a[0] != "0" != b[0] and not any(x != y and "0" in (x, y) for x, y in zip(a, b, strict=True))


_SAME_UNIT = {"名": "人", "位": "人"}
#: words too common to name a thing ("全年清运…", "实际完成…")
_COMMON = frozenset({"全年", "全县", "全镇", "全市", "全区", "实际", "完成", "累计", "共计", "合计", "年度", "本年", "当年", "其中",
                     "项目", "资金", "达到", "提供", "开展"})
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{3,}")


def _same_noun(ctx: Context, a: Mention, b: Mention, size: int = 3) -> bool:
    """Whether the words right around two counts share a name of three characters or more ("保洁员"); a count in a
    table row is named by the row ("进场交易项目数｜≥600宗｜648宗")."""
    return bool(_around(ctx, a, size) & _around(ctx, b, size))


def _around(ctx: Context, m: Mention, size: int) -> frozenset[str]:
    """The names of ``size`` characters around a figure (read once per figure: a table's cells meet many figures)."""
    key = (m.start, m.end, size)
    known = ctx.names_around.get(key)
    if known is not None:
        return known
    text = ctx.text
    before = re.split(r"[，,。；;：:\n｜|\t]", text[max(0, m.start - 8) : m.start])[-1]
    after = re.split(r"[，,。；;：:\n｜|\t]", text[m.end : m.end + 8])[0]
    runs = _CJK_RUN.findall(before) + _CJK_RUN.findall(after)
    row = next((r for t in ctx.tables if t.span[0] <= m.start < t.span[1] for r in t.rows
                if r.span[0] <= m.start < r.span[1]), None)
    if row is not None:  # the row's words before the count: its name
        runs += [x for c in row.cells if c.span[1] <= m.start for x in _CJK_RUN.findall(c.text)]
    elif text[m.start - 1 : m.start] in ("\n", ""):  # a cell alone on its line ("组建家庭医生团队数⏎≥180个⏎168个"): the
        runs += _CJK_RUN.findall(text[max(0, m.start - 40) : m.start].rsplit("\n\n", 1)[-1])  # lines above name it
    names = ctx.names_around[key] = frozenset({r[i : i + size] for r in runs for i in range(len(r) - size + 1)} - _COMMON)
    return names


def _one_name(a: str, b: str) -> bool:
    """The same name, or one with up to two characters more inserted ("开展人工增雨作业" / "开展增雨作业")."""
    short, long = sorted((a, b), key=len)
    if len(long) - len(short) > 2:
        return False
    chars = iter(long)
    return all(c in chars for c in short)


def _digit_slip(a: Mention, b: Mention) -> bool:
    da, db = _digits(a), _digits(b)
    if len(da) != len(db) or len(da) < 2:
        return False
    return sorted(da) == sorted(db) or sum(x != y for x, y in zip(da, db, strict=True)) == 1


def _digits(m: Mention) -> str:
    return str(m.number).replace(".", "").lstrip("-")


_NAME_END = re.compile(r"[\u4e00-\u9fff）)]{4}(?:达到了|达到|提高到|提升至|提升到|为|是|达|保持在)?\s*$")


def _name(text: str, m: Mention, counted: bool = False) -> str | None:
    """The clause before a figure, without its verb: a rate's name (eight characters or more, from the last
    punctuation mark or bracket), or a count's (six or more, brackets inside dropped: "增雨（雪）作业")."""
    if not _NAME_END.search(text, max(0, m.start - 9), m.start):
        return None  # no words right before the figure (a table cell, a list of figures): no name to compare
    lo = max(0, m.start - 60)
    start = max(text.rfind(c, lo, m.start) for c in ("，,。；;\n：:、" if counted else _CLAUSE_START)) + 1
    if start == 0 and lo > 0:
        return None  # no clause of a readable length
    name = _VERB.sub("", text[start : m.start].strip())
    if counted:
        name = re.sub(r"[（(][^（）()]{0,8}[）)]", "", name)
    if len(name) < (6 if counted else _MIN_NAME) or re.search(r"[\d０-９（）()]", name) or _NOT_ACTUAL.search(name) \
            or name.startswith(("占", "该", "其")):
        return None  # ("占实际采购金额的80.53%": a share of what the clause before names, not a rate of its own;
        # "该项目预算执行率92.13%": the project its sentence names, not one name)
    return name


def _years(text: str, m: Mention) -> set[str]:
    """The years the rate's sentence names."""
    start = max(text.rfind(c, max(0, m.start - 300), m.start) for c in "。；;\n") + 1
    ends = [i for i in (text.find(c, m.end, m.end + 300) for c in "。；;\n") if i >= 0]
    return set(_YEAR.findall(text, start, min(ends) if ends else min(len(text), m.end + 300)))


_GOAL_HEAD = re.compile(r"预期目标[^\n]{0,40}(?:实际完成|完成情况)")


def _in_goal_block(text: str, m: Mention) -> bool:
    """Whether a figure stands in a 自评表's goal block printed as columns (预期目标 beside 实际完成情况), a few lines
    under its head: the target and what was done side by side, each a sentence of its own."""
    line = text.rfind("\n", 0, m.start) + 1
    if _RUN_IN_GOALS.match(text, line):
        return True  # "（三）项目绩效目标。完成…，地籍数据库更新入库率100%…": a run-in heading of the goals
    head = _GOAL_HEAD.search(text, max(0, line - 300), line)
    return head is not None and text.count("\n", head.end(), line) <= 6


_RUN_IN_GOALS = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.、．])\s*[^。\n：:]{0,8}目标[。：:]")
