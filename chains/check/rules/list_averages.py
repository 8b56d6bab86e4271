"""Averages of listed figures (I10): "…A、B、C，平均每家X", an average followed by its parts ("年均…，其中2022年…"),
an average right after a 、-list of its unit, and the figures listed after 分别/其中 — beside the averages per unit
of ``averages`` ("户均"、"人均"…), which every figure is tried with first."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from chains.check.rules.averages import per_unit
from chains.check.rules.base import Context, adjacent_swap, agrees, fmt, money
from chains.check.rules.borne_out import worked_out
from chains.findings import Finding
from chains.text.numbers import Mention, chinese_integer, mentions_within
from chains.text.quantities import Linked
from chains.text.table_model import Cell
from chains.vocabulary import LAST_YEAR, grade_of


def run(ctx: Context) -> None:
    for i, lk in enumerate(ctx.linked):
        if lk.mention.approx:
            continue
        if lk.quantity != "average":
            if not per_unit(ctx, lk):
                _mean_of_its_parts(ctx, i)
            continue
        m = lk.mention
        if per_unit(ctx, lk):
            continue
        if ctx.text[m.end : m.end + 1] in ("、", "和") or "分别" in ctx.text[max(0, m.start - 6) : m.start]:
            continue  # "平均得分分别为92.4分、90.8分…": the first of a list of averages, not their average
        if m.comparator is not None or lk.component_of is not None or _earlier(ctx, m):
            # "平均251.6公斤，高于245公斤的目标" / "平均在岗2086人，其中一档412人…": a target, a part; "…，平均70公斤，高于
            # 2020年的平均66公斤": an earlier year's, compared with
            continue
        items = _average_items(ctx, i) or (_table_scores(ctx, lk) if m.kind == "score" else []) or _counted_before(ctx, lk) \
            or _projects_scored_after(ctx, lk)
        if len(items) >= 2:
            _report_mean(ctx, m, items)
        else:
            _mean_of_its_parts(ctx, i)  # "年均607.08万元，其中2022年587.16万元…"


def _weighted(ctx: Context, lk: Linked, start: int, rates: list[Mention]) -> bool:
    """Whether as many counts as rates, listed in the sentence before them, weigh the rates to the stated average."""
    counts = [c.mention for c in ctx.linked if start <= c.mention.start < rates[0].start and c.sentence == lk.sentence
              and c.mention.kind == "count"]
    counts = [c for c in counts if c.unit == counts[0].unit]  # (not the "三个" that counts them)
    weight = sum((c.value for c in counts), Decimal(0))
    return len(counts) == len(rates) and weight > 0 and agrees(
        lk.mention, sum((c.value * r.value for c, r in zip(counts, rates, strict=True)), Decimal(0)) / weight)


_EARLIER = re.compile(r"(?:较|比|高于|低于|超过|上年|去年|((?:19|20)\d{2})年)[^，,；;。\d]{0,8}$")


def _earlier(ctx: Context, m: Mention) -> bool:
    """Whether the words right before the average make it another year's, compared with."""
    said = _EARLIER.search(ctx.text, max(0, m.start - 14), m.start)
    if said is not None and (said.group(1) is None or ctx.year is None or int(said.group(1)) != ctx.year):
        return True
    # "上年（2023年）3个项目平均得分为93.90分": the clause opens with last year
    clause = ctx.text[max(ctx.text.rfind(c, 0, m.start) for c in "。；;，,\n") + 1 : m.start]
    return LAST_YEAR.match(clause) is not None


_PROJECTS_COUNTED = re.compile(r"(\d+)个(?:重点|参评|评价)?项目")


_UNSCORED = re.compile(r"\s*[—–-]+\s*|\s*不参与评分\s*|\s*未评分?\s*")


def unscored(cell: Cell | None) -> bool:
    """A score cell of a project not scored ("—", "不参与")."""
    return cell is not None and _UNSCORED.fullmatch(cell.text) is not None


def _table_scores(ctx: Context, lk: Linked) -> list[Mention]:
    """"8个项目平均自评得分94.69分" under a table of those projects with a 自评得分 column (no 分值: each row scores a
    project, not an indicator): the mean of that column, when the table has as many project rows as the text counts."""
    said = _PROJECTS_COUNTED.search(ctx.text, lk.sentence[0], lk.mention.start)
    if said is None:
        return []
    before = [t for t in ctx.tables if t.span[1] <= lk.mention.start and t.col("score") is not None and t.col("weight") is None]
    if not before:
        return []
    table = before[-1]
    if ctx.text[table.span[1] : lk.mention.start].count("\n") > 2:
        return []
    rows = [row for row in table.data_rows() if not row.is_total()]
    # ("口岸联检楼应急维修｜0.00｜0.00｜—｜—｜—": a project not carried out is not scored, nor counted)
    scores = [table.number(row, "score") for row in rows if not unscored(table.cell(row, "score"))]
    if len(scores) != int(said.group(1)) or any(x is None or x.approx for x in scores):
        return []
    return [x for x in scores if x is not None]


def _counted_before(ctx: Context, lk: Linked) -> list[Mention]:
    """"A项目得分99.28分，…；B项目得分89.64分，…；3个项目平均得分96.15分" / "春季学期受益学生9,650人，秋季学期9,462人，
    两个学期平均受益学生9,565人": as many figures of its kind as the count before the average counts, said in the
    sentences (up to 。) right before it."""
    m = lk.mention
    said = _COUNT_AVERAGED.search(ctx.text, max(0, m.start - 16), m.start)
    if said is None:
        return []
    n = int(said.group(1)) if said.group(1).isdigit() else chinese_integer(said.group(1)) or 0
    start = max(ctx.text.rfind("。", 0, m.start), ctx.text.rfind("\n", 0, m.start)) + 1
    items = [o.mention for o in ctx.linked if start <= o.mention.start < said.start() and o.mention.kind == m.kind
             and o.mention.unit == m.unit and not o.mention.approx and o.quantity not in ("average", "change", "unit_price")
             and (m.kind != "score" or o.quantity == "total_score" or ctx.text.endswith("项目", 0, o.mention.start))]
    # ("运营维护项目99.78分，站点智能化改造项目93.20分，…，3个项目平均自评分96.63分": a project's score after its name)
    return items if len(items) == n >= 2 else []


def _projects_scored_after(ctx: Context, lk: Linked) -> list[Mention]:
    """"四个项目平均自评得分94.57分" before a paragraph per project, each with its own "自评95分": as many such scores
    as it counts, one to a line, after it (and before the department's own total score)."""
    m = lk.mention
    said = _COUNT_AVERAGED.search(ctx.text, max(0, m.start - 16), m.start)
    if m.kind != "score" or said is None or "项目" not in said.group(0):
        return []
    n = int(said.group(1)) if said.group(1).isdigit() else chinese_integer(said.group(1)) or 0
    end = min((o.mention.start for o in ctx.linked if o.quantity == "total_score" and o.mention.start > m.end), default=len(ctx.text))
    scores = [x for x in mentions_within(ctx.mentions, m.end, end) if x.kind == "score" and _SCORED.search(ctx.text, max(0, x.start - 5), x.start)]
    lines = {ctx.line_of(x.start) for x in scores}
    return scores if len(scores) == n >= 2 and len(lines) == n and not any(x.approx for x in scores) else []


_SCORED = re.compile(r"自评(?:得分)?(?:为)?$")
_COUNT_AVERAGED = re.compile(r"(\d{1,2}|[两二三四五六七八九十])个[\u4e00-\u9fff]{1,4}(?:的)?(?:平均|均)[^，,；;。\d]{0,8}$")


def _mean_of_its_parts(ctx: Context, i: int) -> None:
    """"累计1821.24万元，年均607.08万元，其中2022年587.16万元、2023年609.36万元、2024年624.72万元": an average
    followed by its parts (one per year, per village…) is their mean."""
    lk = ctx.linked[i]
    m = lk.mention
    if not re.search(r"(?:年|月|季度|平均|人|户|村)均$|平均$", ctx.text[max(0, m.start - 4) : m.start]):
        return
    items = [o.mention for o in ctx.linked if o.component_of == i and o.mention.kind == m.kind and o.mention.unit == m.unit]
    if len(items) >= 2 and not any(x.approx for x in items):
        _report_mean(ctx, m, items)


_COUNTED_BEFORE = re.compile(r"(\d{1,3})[个家所座处名人户村镇站队][^，,；;。\d]{0,8}(?:平均|均)[^，,；;。\d]{0,6}$")


def _report_mean(ctx: Context, m: Mention, items: list[Mention]) -> None:
    """The average against the mean of its items, said in the average's unit (a score's grade may hang on it)."""
    total = sum((x.value for x in items), Decimal(0))
    mean = total / len(items)
    if agrees(m, mean) or m.kind == "percent" and worked_out(ctx, m):
        return  # ("应到报…544608条，实到540793条，平均到报率99.30%": a rate its own counts give, not a mean of rates)
    counted = _COUNTED_BEFORE.search(ctx.text, max(0, m.start - 16), m.start)
    if counted and int(counted.group(1)) != len(items):
        return  # "…服120套、…服60套、…靴72套，4个站（队）平均配发63套": over the 4 stations it names, not the 3 items
    # "按摩培训2期36人、…家政服务培训1期22人…，平均每期21人": per session, of sessions of their own sizes
    counts = _counted_per(ctx, m, items)
    of = "、".join(c.raw + x.raw for c, x in zip(counts, items, strict=True)) if counts else ""
    if counts:
        mean = total / sum((c.value for c in counts), Decimal(0))
        if agrees(m, mean) or not mean:
            return
    unit = "分" if m.kind == "score" else m.unit
    if m.kind == "count" and m.written_unit[:1] in _TIMES and m.number:  # "季均8.6万人次": said in 万人次
        unit, shown = m.written_unit, mean / _TIMES[m.written_unit[:1]]
    else:
        shown = mean
    listed = of or "、".join(money(x) for x in items)
    # an average the report states again is borne out: an item swapped back to make it hold is the slip
    again = sum(1 for x in ctx.mentions if x.value == m.value and x.unit == m.unit and x.kind == m.kind) >= 2
    slipped = _swapped_item(m, items) if again else None
    ctx.add(
        Finding(
            "average_mismatch",
            f"{listed}的平均值为{fmt(shown, max(2, m.decimals))}{unit}"
            + (f"（按每{counts[0].unit}计）" if counts else "") + f"，与所写{money(m)}不符。"
            + (f"{money(slipped[0])}若为{slipped[1]}即相符，疑为数字前后颠倒。" if slipped else ""),
            slipped[0].span if slipped else m.span,
            values={"items": listed, "stated": money(m)},
            expected=f"{fmt(shown, max(2, m.decimals))}{unit}" if not slipped else slipped[1],
            decisive=m.kind == "score" and grade_of(mean) != grade_of(m.value),
            related=(m.span, *(x.span for x in items if not slipped or x is not slipped[0])),
        )
    )


_PER_WHAT = re.compile(r"平均每([\u4e00-\u9fff])$|([\u4e00-\u9fff])均$")


def _counted_per(ctx: Context, m: Mention, items: list[Mention]) -> list[Mention]:
    """The counts in the unit an average is per ("平均每期") that stand right before each item ("2期36人"), or []."""
    per = _PER_WHAT.search(ctx.text, max(0, m.start - 4), m.start)
    if per is None:
        return []
    unit = per.group(1) or per.group(2)
    at = {x.end: x for x in ctx.mentions if x.kind == "count" and x.unit == unit}
    counts = [at.get(x.start) for x in items]
    return [c for c in counts if c is not None] if all(counts) else []


def _swapped_item(m: Mention, items: list[Mention]) -> tuple[Mention, str] | None:
    """The one item whose two neighbouring digits swapped back make the stated average hold ("98.50分、98.09分、
    98.73分，取平均值98.71分", 98.71 said again elsewhere: 98.90), when the average is no such slip of the mean itself
    and no other item (nor one digit of it changed) would make it hold as well."""
    n, total = len(items), sum((x.value for x in items), Decimal(0))
    if adjacent_swap(_digits(m.value, m.decimals), _digits(total / n, m.decimals)):
        return None
    found = []
    for x in items:
        if x.value != x.number:
            continue  # (an item in another unit than written: its digits are not its value's)
        low, high = (((m.value + d * m.half_unit()) * n - (total - x.value)).scaleb(x.decimals) for d in (-1, 1))
        if high < 1:
            continue
        a = _digits(x.value, x.decimals)
        for b, swap in _slips(a):
            if low <= int(b) <= high:  # (in units of the item's last decimal)
                found.append((x, f"{Decimal(b).scaleb(-x.decimals):.{x.decimals}f}", swap))
    swaps = [(x, v) for x, v, swap in found if swap]
    return swaps[0] if len(swaps) == 1 and len({id(x) for x, _, _ in found}) == 1 else None  # one item, one way


def _slips(a: str) -> list[tuple[str, bool]]:
    """The digit strings one slip away from ``a``: two neighbours swapped (True), or one digit changed (False)."""
    out = [(a[:i] + a[i + 1] + a[i] + a[i + 2 :], True) for i in range(len(a) - 1) if a[i] != a[i + 1]]
    return out + [(a[:i] + d + a[i + 1 :], False) for i in range(len(a)) for d in "0123456789" if d != a[i]]


def _digits(v: Decimal, decimals: int) -> str:
    return f"{v:.{decimals}f}".replace(".", "")


def _list_right_before(ctx: Context, lk: Linked) -> list[Mention]:
    """"第一季度9420头、第二季度7865头、第三季度6318头、第四季度10257头，季度平均处理8645头": three or more figures of
    the average's unit, one after another with 、 between, ending in the clause right before the average."""
    m = lk.mention
    before = [o.mention for o in ctx.linked if o.sentence == lk.sentence and o.mention.start < m.start]
    counted = None  # "…，三个街道平均58.8%": the count of the average's own clause counts the items
    if before and before[-1].kind == "count" and not re.search(r"[，,、；;：:]", ctx.text[before[-1].end : m.start]):
        counted = before.pop()
    items: list[Mention] = []
    for x in reversed(before):
        if x.kind != m.kind or x.unit != m.unit or x.approx:
            break
        if items and "、" not in ctx.text[x.end : items[0].start] and not _AND.fullmatch(ctx.text, x.end, items[0].start) \
                or re.search("[；;。]", ctx.text[x.end : m.start]):
            break
        items.insert(0, x)
    tail = ctx.text[items[-1].end : m.start] if items else ""
    if counted is not None and counted.value != len(items):
        return []  # "西津61.2%、河沥溪57.4%、南山57.8%，五个街道平均…": more than those listed
    two = counted is not None and counted.value == 2 or re.search(r"[两二2]个[\u4e00-\u9fff]{0,4}平均", tail) is not None
    enough = len(items) >= 3 or len(items) == 2 and two  # ("…、秋季学期资助1,122人次，两个学期平均每学期…")
    return items if enough and "、" not in tail and len(tail) <= 12 and re.search(r"[，,]", tail) else []


_AND = re.compile(r"和|及|与|以及")  # "2.6头、2.1头、1.4头和1.1头": the last joined by 和


def _own_clause(ctx: Context, x: Mention, m: Mention) -> bool:
    """Whether ``x`` stands in the clause of the average ``m`` (no clause break between them)."""
    return re.search(r"[，,；;、]", ctx.text[x.end : m.start]) is None


_PERIOD_AVERAGE = {"季度": re.compile(r"第?[一二三四1-4]季度"), "月": re.compile(r"(?:1[0-2]|[1-9]|[一二三四五六七八九十]+)月份?")}


def _periods_before(ctx: Context, lk: Linked) -> list[Mention]:
    """"第一季度发放118.20万元，第二季度124.56万元，第三季度126.30万元，第四季度129.30万元，季度平均发放125.49万元":
    one figure a period, clause after clause, then the average per that period — of every period of the year."""
    m = lk.mention
    said = re.search(r"(季度|月)(?:平均|均)[^，,；;。\d]{0,4}$", ctx.text[max(0, m.start - 10) : m.start])
    if said is None:
        return []
    period, whole = _PERIOD_AVERAGE[said.group(1)], 4 if said.group(1) == "季度" else 12
    items: list[Mention] = []
    for o in reversed([o.mention for o in ctx.linked if o.sentence == lk.sentence and o.mention.start < m.start]):
        clause = re.split(r"[，,；;]", ctx.text[lk.sentence[0] : o.start])[-1]
        if o.kind != m.kind or o.unit != m.unit or o.approx or not period.match(clause.strip()):
            break
        items.insert(0, o)
    return items if len(items) == whole else []


_RESPECTIVELY = re.compile(r"分别(?:为|是|达到|得)?")


_TIMES = {"万": Decimal(10000), "亿": Decimal(100000000)}


def _unit_at_the_end(ctx: Context, start: int, m: Mention) -> list[Mention]:
    """"分别为126、98、143、87、111起，平均…起": bare figures listed with 、 and the unit written once, after the last."""
    run = [x for x in ctx.mentions if start <= x.start < m.start]
    if len(run) > 3 and _own_clause(ctx, run[-1], m):
        run.pop()  # "…3.3个工作日，三个大厅平均3.0个工作日": the count of the average's own clause is no item
    scale = run[-1].written_unit[:1] if run and run[-1].kind == "count" and run[-1].written_unit[:1] in _TIMES else ""
    if scale and all(x.raw.endswith(scale) and x.kind == "money" for x in run[:-1]):
        # "分别为8.1万、7.6万、9.4万、8.5万人次": each in ten thousands of the unit written once, at the end
        run = [replace(x, kind="count", unit=run[-1].unit, value=x.number * _TIMES[scale]) for x in run[:-1]] + run[-1:]
    elif run and any(x.kind != "number" for x in run[:-1]):
        return []
    if len(run) < 3 or run[-1].unit != m.unit or run[-1].kind != m.kind:
        return []
    gaps = [ctx.text[a.end : b.start] for a, b in zip(run, run[1:], strict=False)]
    # (a verb, or a verb and its object, may stand between: "一至四季度分别完成268、315、352、325批次", "分别走访困境儿童512、…")
    return run if all(g == "、" for g in gaps) and re.fullmatch(r"[：:\s]*[\u4e00-\u9fff]{0,8}[：:\s]*", ctx.text[start : run[0].start]) \
        else []


def _a_bound(m: Mention) -> bool:  # "均在80%以上", "不低于90%"; not "达到98分", a value reached
    return m.comparator is not None and not m.raw.startswith("达")


_RANGE_AFTER = re.compile(r"\s*[—–~～至到-]+\s*\d")
_RANGE_BEFORE = re.compile(r"\d[%％]?\s*[—–~～至到-]+\s*$")


_PER_ROUND = re.compile(r"平均每([轮季月批期年届])[^，,；;。\d]{0,8}$")


def _average_items(ctx: Context, i: int) -> list[Mention]:
    lk = ctx.linked[i]
    m = lk.mention
    # the components listed (其中 …) earlier in the same sentence
    totals = {c.component_of for c in ctx.linked[:i] if c.component_of is not None and c.sentence == lk.sentence}
    if totals:
        t = max(x for x in totals if x is not None)
        parts = [c.mention for c in ctx.linked[:i] if c.component_of == t and c.mention.kind == m.kind
                 and c.mention.unit == m.unit]  # "其中线下活动88场，参与12.32万人次，平均每场1400人次": no list of 人次
        per = _PER_ROUND.search(ctx.text, max(lk.sentence[0], m.start - 12), m.start)
        if per is not None and parts and not any(per.group(1) in ctx.text[max(lk.sentence[0], x.start - 6) : x.start] for x in parts):
            return []  # "巡察党组织104个，其中…38个、…4个、…62个，平均每轮巡察26个": per round, not per kind listed
        if len(parts) >= 2 or not _RESPECTIVELY.search(ctx.text, lk.sentence[0], m.start):
            return parts  # (else "其中汛期各月分别为6期、9期…，月均10.4期": the list after 分别, not one part)
    # the figures listed after 分别 earlier in the same sentence ("分别为95分、90分、92分，平均得分…")
    # (a 分别 that lists figures: "分别邀请省、市方志专家…" lists none)
    said = [r for r in _RESPECTIVELY.finditer(ctx.text, lk.sentence[0], m.start)
            if any(not re.search(r"[，,；;。]", ctx.text[r.end() : x.start]) for x in mentions_within(ctx.mentions, r.end(), r.end() + 20))]
    if len(said) > 1:  # "标段一分别为…，标段二分别为…，两个标段全年平均88.6分": of every list, when it says so
        lists = [[c.mention for c in ctx.linked[:i] if r.end() <= c.mention.start < end and c.sentence == lk.sentence
                  and c.mention.kind == m.kind and c.mention.unit == m.unit]
                 for r, end in zip(said, [*(x.start() for x in said[1:]), m.start], strict=True)]
        if sum(1 for x in lists if x) == 1 and len(lists[-1]) >= 2:
            # ("分别位于A640套、B512套…，入住率分别为96.2%、91.5%…，平均入住率": the one list of rates, unless the
            # counts listed before weigh it)
            return [] if _weighted(ctx, lk, said[0].end(), lists[-1]) else lists[-1]
        clause = re.split(r"[，,；;]", ctx.text[lk.sentence[0] : m.start])[-1]
        if not re.search(r"[两二三四五六七八九十\d]+个|各|全部|所有", clause):
            return []
        return [c.mention for c in ctx.linked[:i] if c.sentence == lk.sentence and c.mention.start >= said[0].end()
                and c.mention.kind == m.kind and c.mention.unit == m.unit]
    if said and (run := _unit_at_the_end(ctx, said[-1].end(), m)):
        return run
    if said:
        listed = [c.mention for c in ctx.linked[:i]
                  if c.sentence == lk.sentence and c.mention.start >= said[-1].end() and c.mention.kind == m.kind
                  and c.mention.unit == m.unit  # "…3.27万亩，…，8个重点乡镇平均每个乡镇完成4.20万亩": the 个 counts the items
                  and not _own_clause(ctx, c.mention, m)
                  # ("一至四季度分别…86件、104件、97件、93件，全年380件，季均95件": the year's, their total, no item)
                  and not re.search(r"(?:(?:共|合计|共计|总计)[^，,、\d]{0,4}|[，,](?:累计|全年)(?:共|为|达)?)$",
                                    ctx.text[max(0, c.mention.start - 6) : c.mention.start])]
        if len(listed) >= 2:
            return listed
    listed = _list_right_before(ctx, lk) or _periods_before(ctx, lk)
    if listed:
        return listed
    # else the figures of the same kind listed after it (…平均得分92分，分别为…/其中…) in the same paragraph
    line_end = ctx.text.find("\n", m.end)
    line_end = len(ctx.text) if line_end < 0 else line_end
    # the words in the average's own sentence, or opening the next ("…平均自评分数为98分。其中，…达到98分")
    said_end = re.search(r"[。；;]\s*(?:其中|分别)?", ctx.text[m.end : line_end])
    if not re.search(r"分别|其中|依次|各为", ctx.text[m.end : m.end + said_end.end() if said_end else line_end]):
        return []  # "年均浓度59微克/立方米，…；PM10…其中…": another sentence's list
    out = []
    for c in ctx.linked[i + 1 :]:
        if c.mention.start >= line_end:
            break
        if c.mention.kind == m.kind and c.mention.unit == m.unit and c.quantity in ("score", None, "total_score"):
            if c.mention.approx or c.quantity == "average" or _a_bound(c.mention) \
                    or _RANGE_AFTER.match(ctx.text, c.mention.end) or _RANGE_BEFORE.search(ctx.text, max(0, c.mention.start - 12), c.mention.start):
                return []  # "平均客座率77.3%，各航线客座率在71%—84%之间，其中…均在80%以上": a range and a bound, no items
            out.append(c.mention)
    return out


# -- I11 conflicting values -------------------------------------------------------------------------------
