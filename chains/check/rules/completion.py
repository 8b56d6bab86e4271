"""Completion rates stated in prose beside their target and actual (I8):
"计划完成道路硬化20公里，实际完成18公里，完成率90%". The rate is actual ÷ target (target ÷ actual under a ≤
target, where lower is better); a report that caps an
over-achieved rate at 100% is right too. Read only when the line names exactly one target and one actual
of the same unit before the rate, or, with neither named, the 自评表 row whose actual is the figure before the
rate."""

from __future__ import annotations

import bisect
import re

from chains.check.rules import goal_targets
from chains.check.rules.base import HUNDRED, Context, agrees, fmt_like
from chains.check.rules.tables import target_actual
from chains.findings import Finding
from chains.text.numbers import Mention, mentions_within
from chains.vocabulary import LAST_YEAR

_RATE_WORD = re.compile(r"完成率|完成比例|完成程度|完成进度|(?:完成|达到|为)(?:了)?(?:年度)?(?:目标|计划|任务|指标)值?的"
                        r"|(?:完成|达到|为)(?:了)?(?:年度|(?!上年|去年)[\u4e00-\u9fff]{2})?(?:目标|计划|任务|指标)值?"
                        r"(?:[^，,；;。的]|(?<=\d),(?=\d)){1,14}的$")
# ("完成年度目标40万册次的", "完成年度目标（≥1,000人）的", "为采购计划1480台（套）的")
_RATE_BEFORE = re.compile(r"(?:完成率|完成比例|完成程度|完成进度|(?:目标|计划|任务|指标)值?的)(?:为|达到?)?\s*$")
_TARGET_WORD = re.compile(r"(?:计划|目标|预期|任务|年度指标|指标值|设定)[^，,；;。、\d]{0,16}$")  # (not past a list: "计划新建的A村、B村3处")
_TARGET_AFTER = re.compile(r"^(?:的)?(?:年度|预期|计划)?目标")
_EXCESS = re.compile(r"超额|超出|超过")
_CHANGE = re.compile(r"(?:增长|下降|提高|降低|增加|减少|上升|增幅|降幅)了?$")
_DIFFERENCE = re.compile(r"(?:较|比|与|距)(?:年度)?(?:计划|目标|预期|任务|指标)(?:[^，,；;。]|(?<=\d),(?=\d)){0,14}?(?:少|多|差|低|高|增|减|超)[^，,；;。\d]{0,3}$")
# "全年实际演出192场，超出年度计划6场": by how much (the figure far below what was done), or the target ("高于目标值130元")
_PASSED = re.compile(r"(?:超出|超过|多于|少于|低于|高于)(?:了)?(?:年度)?(?:计划|目标|预期|任务)(?:数)?[^，,；;。\d]{0,2}$")
_BASELINE = re.compile(r"(?:较|比|同比)(?:上年|去年|上一年|(?:19|20)\d{2}年)度?(?:同期)?(?:的)?$")
_OWN_BOUND = re.compile(r"不低于|不少于|不高于|不超过|≥|≤")  # "未达到不低于58%的目标": the target's own comparator
_PER_UNIT = re.compile(r"每[\u4e00-\u9fff]{1,3}[^，,；;。\d]{0,4}$|[人户亩村生]均[^，,；;。\d]{0,4}$")
_AVERAGED = re.compile(r"(?:平均|[人户亩村镇生]均)[^，,；;。\d]{0,6}$")
_ALL_DONE = re.compile(r"(?:全年|本年|当年)?(?:共|共计|累计|合计|总计)")
_TASK_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}任务")  # "全县1,050户改造任务已全部开工": the task set, a target
_ACTUAL_WORD = re.compile(r"(?:实际|已|累计)[^，,；;。\d]{0,10}$|完成[^率，,；;。\d]{0,8}$|^(?:共|共计|合计|总计)$")
# "比上年的2415件增加281件": the change on last year, neither target nor what was done
_CHANGE_ON_BASELINE = re.compile(r"(?:较|比|同比)(?:上年|去年|上一年|(?:19|20)\d{2}年)[^，,；;。]{0,12}(?:增加|减少|增长|下降|提高|降低|多|少)了?$")


def run(ctx: Context) -> None:
    in_notes(ctx)
    for lk in ctx.linked:
        m = lk.mention
        if m.kind != "percent" or m.approx or m.comparator is not None:
            continue
        clause = _clause_of(ctx.text, lk.sentence[0], m)
        if _RATE_WORD.search(clause) and "分别" in clause:
            _in_turn(ctx, m, lk.sentence[0])
        if not _RATE_WORD.search(clause) or "分别" in clause:
            continue  # "…1,050米、敌台2座，分别完成计划的83.33%和66.67%": rates in turn, not of the figure before
        if _EXCESS.search(clause) or _an_indicators_value(ctx, m, clause) or "其中" in clause:
            continue  # "超额完成目标的10.67%": by how much the target was passed; "当年出资计划完成率为91.67%": an indicator;
            # "…163.4公里，其中汛前完成比例86.5%": a part's share of what was done
        pair = _target_and_actual(ctx, m)
        if pair is None:
            continue
        target, actual = pair
        if actual.value == 0 or target is actual:
            continue  # (one figure read as both: "实际培训600人次以上" a bound and what was done)
        # lower is better under a ≤ target ("办结时限≤10天，实际12天"): the rate is target ÷ actual; a target written
        # without its comparator takes it from the 自评表 row with that target, and with none either way is right
        # ("低于95%的目标" relates the actual to the target: its 低于 is no comparator of the target)
        # ("未达到不低于58%的目标" keeps its own 不低于)
        said = target.comparator
        if _TARGET_AFTER.match(ctx.text[target.end : target.end + 8]) \
                and not _OWN_BOUND.search(ctx.text, max(0, target.start - 3), target.start + 3):
            said = None
        comparator = said or _comparator_in_table(ctx, target)
        lower_is_better = comparator in ("lte", "lt")
        if _BARE_RATE.match(clause) and any(
                x.kind == "percent" and x is not target and x is not actual and not _CHANGE.search(ctx.text, max(0, x.start - 4), x.start)
                for x in mentions_within(ctx.mentions, actual.end, m.start)):
            continue  # "布设红外相机80台，有效监测数据获取率78.6%，完成年度指标的87.33%": the rate is of the rate between
        if _SHARE_OF.search(clause) is None and _ratio_in_its_sentence(ctx, m, lk.sentence[0], target, actual):
            continue  # "受理申请7,205人次，完成评估6,840人次，评估完成率94.93%": done over received, no target's
        _report(ctx, m, target, actual, lower_is_better, either=comparator is None)


def _in_turn(ctx: Context, m: Mention, sentence_start: int) -> None:
    """"全年遴选示范户1050户、培训基层农技人员156人，分别完成目标任务的105%和106%": rates in turn of the figures listed
    before 分别 (as many, nothing in brackets), each against the target of its 自评表 row."""
    at = ctx.text.rfind("分别", sentence_start, m.start)
    within = mentions_within(ctx.mentions, at, len(ctx.text))
    if within[0] is not m:
        return  # (the list is read at its first rate)
    rates = [m]
    for x in within[1:]:
        if x.kind != "percent" or not _IN_TURN_JOIN.fullmatch(ctx.text, rates[-1].end, x.start):
            break
        rates.append(x)
    done = [x for x in mentions_within(ctx.mentions, sentence_start, at) if x.kind in ("count", "money")
            and ctx.text.count("（", sentence_start, x.start) == ctx.text.count("）", sentence_start, x.start)]
    if len(rates) < 2 or len(done) != len(rates) or any(x.approx or x.comparator is not None for x in (*rates, *done)):
        return
    for actual, rate in zip(done, rates, strict=True):
        pair = _target_in_table(ctx, [actual])
        if pair is not None:
            comparator = pair[0].comparator or _comparator_in_table(ctx, pair[0])
            _report(ctx, rate, pair[0], actual, comparator in ("lte", "lt"), either=comparator is None)


_IN_TURN_JOIN = re.compile(r"\s*(?:和|及|与|、)\s*")


_BARE_RATE = re.compile(r"\s*(?:完成|达到|为|占)")  # a clause of no subject: the rate is the figure's before it
_SHARE_OF = re.compile(r"(?:目标|计划|任务|指标)值?的\s*$")  # "完成年度目标的102.81%": of the target, by its words


def _ratio_in_its_sentence(ctx: Context, m: Mention, start: int, target: Mention, actual: Mention) -> bool:
    """Whether two figures of one unit before the rate in its sentence give it (the smaller over the larger); or, the
    target not in the sentence (the 自评表's), the actual and a larger count of its unit stand before the rate there."""
    before = [x for x in mentions_within(ctx.mentions, start, m.start) if x.kind in ("count", "money") and not x.approx]
    if any(a.unit == b.unit and b.value and a.value < b.value and agrees(m, a.value / b.value * HUNDRED)
           and {id(a), id(b)} != {id(target), id(actual)} for a in before for b in before):  # (not the two swapped)
        return True
    if target in before or actual not in before or not target.value:
        return False
    # a rate a slip away from done over received, far from done over the target: "受理7,205人次，完成6,840人次，…94.39%"
    of_target = abs(m.value - actual.value / target.value * HUNDRED)
    return any(x.unit == actual.unit and x.value > actual.value and x.start < actual.start
               and (gap := abs(m.value - actual.value / x.value * HUNDRED)) <= 2 and gap < of_target for x in before)


def _comparator_in_table(ctx: Context, said: Mention) -> str | None:
    """The comparator of the 自评表 targets equal to a target stated bare in the text ("超过24小时的目标" beside a
    "≤24小时" row), when they all have the same one."""
    found = set()
    for table in ctx.tables:
        if table.col("target") is None:
            continue
        for row in table.data_rows():
            t, _ = target_actual(table, row)
            if t is not None and t.comparator is not None and t.value == said.value and t.unit == said.unit:
                found.add(t.comparator)
    return found.pop() if len(found) == 1 else None


def _report(ctx: Context, m: Mention, target: Mention, actual: Mention, lower_is_better: bool,
            either: bool = False) -> None:
    rate = (target.value / actual.value if lower_is_better else actual.value / target.value) * HUNDRED
    if agrees(m, rate) or (rate > HUNDRED and m.value == HUNDRED):
        return
    if either and agrees(m, target.value / actual.value * HUNDRED):
        return  # no comparator anywhere: a rate of target ÷ actual may be a lower-is-better indicator's
    ctx.add(
        Finding(
            "completion_mismatch",
            f"按目标{re.sub(r'^[^0-9.-]+', '', target.raw)}、实际{actual.raw}计算，完成率为{fmt_like(rate, m)}%，与所写{m.raw}不符。",
            m.span,
            values={"target": target.raw, "actual": actual.raw, "stated": m.raw},
            expected=f"{fmt_like(rate, m)}%",
            related=(target.span, actual.span),
        )
    )


_NOTE_RATE = re.compile(r"完成率|完成比例|(?:完成|达到)(?:了)?(?:年度)?(?:目标|计划|任务)值?的")


def in_notes(ctx: Context) -> None:
    """"主体班次｜≥16期｜14期｜10｜8.75｜完成率78.50%，…": a completion rate in a row's deviation note is the row's
    actual over its target."""
    for table in ctx.tables:
        if table.col("deviation_note") is None or table.col("actual") is None:
            continue
        for row in table.data_rows():
            note = table.cell(row, "deviation_note")
            if note is None or not _NOTE_RATE.search(note.text):
                continue
            t, a = target_actual(table, row)
            if t is None or a is None or t.approx or a.approx or t.value == 0 or a.value == 0:
                continue
            if t.kind != a.kind or t.unit != a.unit or t.kind == "percent":
                continue
            said = [m for m in note.mentions() if m.kind == "percent" and not m.approx and m.comparator is None]
            word = _NOTE_RATE.search(note.text)
            if len(said) != 1 or word is None or said[0].start < note.span[0] + word.end():
                continue
            _report(ctx, said[0], t, a, t.comparator in ("lte", "lt"))


def _an_indicators_value(ctx: Context, m: Mention, clause: str) -> bool:
    """Whether the rate is the actual value of a 自评表 indicator named in its clause ("当年出资计划完成率为91.67%" beside
    the row "当年出资计划完成率｜≥95%｜91.67%"): that indicator's own figure, however the sentence before it reads."""
    # (or by the last words of its name: "按期完成率88.5%" beside "店招整治按期完成率｜≥95%｜88.5%")
    said = _SAID_NAME.search(clause)
    for table in ctx.tables:
        if table.col("name") is None or table.col("actual") is None:
            continue
        for row in table.data_rows():
            actual, name = table.number(row, "actual"), table.cell(row, "name")
            if actual is not None and name is not None and len(name.text) >= 4 and actual.value == m.value \
                    and actual.kind == m.kind and (name.text in clause or said is not None and name.text.endswith(said.group(1))):
                return True
    return False


_SAID_NAME = re.compile(r"([\u4e00-\u9fff]{4,12})(?:为|达到?|是)?\s*$")


def _figures_before(ctx: Context, m: Mention, line_start: int, sentence_start: int
                    ) -> tuple[list[Mention], list[Mention], list[Mention], list[Mention]]:
    """The figures of the rate's line before it, as (targets, actuals, others of its sentence, gaps and baselines)."""
    targets: list[Mention] = []
    actuals: list[Mention] = []
    others: list[Mention] = []
    gaps: list[Mention] = []
    for other in ctx.mentions:
        if other.start >= m.start:
            break
        if other.start < line_start or other.kind not in ("count", "money", "percent") or other.approx:
            continue
        if other.kind == "percent" and _CHANGE.search(ctx.text, max(line_start, other.start - 4), other.start):
            continue  # "较上年的148.25万册次增长5.77%": a change, neither target nor actual
        clause = re.split(r"[，；;。]|,(?!\d)", ctx.text[line_start : other.start])[-1]  # (not "2,350"'s comma)
        if _BASELINE.search(clause) or _another_year(clause, ctx.year) or _aside(ctx.text, other, m) \
                and other.comparator is None and not _BRACKETED_TARGET.match(ctx.text, other.end):
            gaps.append(other)
            continue  # "较2019年的463件增长13.82%": last year's figure, compared with; "（2018年增幅为7.9%）": an aside
        if other.kind == "percent" and other.comparator is None and _RATE_BEFORE.search(clause):
            continue  # "…136.8吨，完成年度目标的114.00%；…": an earlier figure's completion rate, no target
        if _DIFFERENCE.search(clause) or _CHANGE_ON_BASELINE.search(clause) or _PASSED.search(clause) and any(
                o.kind == other.kind and _same_unit(o, other) and o.value > 2 * other.value for o in (*actuals, *others)):
            gaps.append(other)
            continue  # "较目标少390人": the gap to the target, neither the target nor what was done
        listed = "分别" in clause  # ("…分别为296、318、327、377人次，完成年度目标（1100人次）的…": the last item's no target)
        if _TARGET_WORD.search(clause) or not listed and _TARGET_AFTER.match(ctx.text[other.end : other.end + 8]) \
                or (_TASK_AFTER.match(ctx.text, other.end) or _OWN_BOUND.match(other.raw)) \
                and other.start >= sentence_start and not _ACTUAL_WORD.search(clause):
            # ("培训…不少于500人次，实际培训420人次，完成率82%": a bound written before it is the target's)
            targets.append(other)
        elif _ACTUAL_WORD.search(clause) and not listed:  # "三个小分队分别完成38场、…": an item's
            actuals.append(other)
        elif other.start >= sentence_start and not listed:
            others.append(other)  # ("一至四季度…分别为92.8%、93.1%、…，全年平均93.6%": the items, not what was done)
    return targets, actuals, others, gaps


def _target_and_actual(ctx: Context, m: Mention) -> tuple[Mention, Mention] | None:
    line_start = ctx.text.rfind("\n", 0, m.start) + 1
    sentence_start = max(ctx.text.rfind(c, line_start, m.start) for c in "。；;") + 1
    targets, actuals, others, gaps = _figures_before(ctx, m, line_start, sentence_start)
    if len(targets) > 1 or len(actuals) > 1:  # "…1,069人，年度目标1,060人，完成率100.85%；发放…": the rate's own sentence
        targets = [t for t in targets if t.start >= sentence_start]
        actuals = [a for a in actuals if a.start >= sentence_start]
    # "…超过35%的年度目标。…设施正常运行率93%，为年度目标的97.89%": another indicator's target, a sentence before
    # (or its target and its figure done both: "…138万字，…超过目标18万字…。规范更换双语标识牌215块，完成率71.76%")
    earlier = bool(targets) and all(x.start < sentence_start for x in (*targets, *actuals)) \
        and (not actuals or bool(others))
    if earlier:  # the 自评表 row of the figure the rate's sentence names
        # ("12个小蚕共育点全部建成投用，培训人次达到年度目标的108%": not of the 个 before, of the 人次 it names)
        own = _clause_of(ctx.text, sentence_start, m)
        if _A_MEASURE.search(own) and not _measure_named(own, others):
            return None
        return _target_in_table(ctx, _named_item(ctx, m, others))
    if len(targets) == 1 and not actuals:
        # "管护森林面积153.4万亩，目标为150万亩，完成率102.3%": the one other figure in the unit is what was done
        parts = ctx.text.find("其中", targets[0].end, m.start)  # ("竣工1,012户，其中拆除重建386户、…": its parts)
        same = [o for o in others if o.kind == targets[0].kind and _same_unit(o, targets[0])
                and not o.start > parts >= 0]
        gaps += [o for o in others if o.start > parts >= 0 and len(same) == 1]
        if len(same) > 1 and _ALL_DONE.match(ctx.text, ctx.text.rfind("，", 0, same[-1].start) + 1, same[-1].start) \
                and re.fullmatch(r"[，,]?[^，,；;。\d]{0,12}", ctx.text[same[-1].end : m.start]):
            same = same[-1:]  # "…20场…，另…增办3场，全年共举办23场，完成年度指标的105.00%": the whole done, right before
        actuals = same if len(same) == 1 else []
    # (the figure done: not an average of it, "平均每个地块24个", nor its parts in brackets, "（安仁镇920人次、…）")
    done = [o for o in ctx.mentions if max(line_start, sentence_start) <= o.start < m.start and not o.approx
            and o.kind in ("count", "money", "percent") and not _AVERAGED.search(ctx.text, max(0, o.start - 10), o.start)
            and not _aside(ctx.text, o, m) and not ctx.text.startswith(("平均", "均"), o.end)][-2:]  # (nor "三镇平均")
    # "…故障维修率99.05%，维修户次完成年度目标的102.18%": the rate's own clause names the unit of the figure done
    clause = _clause_of(ctx.text, sentence_start, m)
    named = _measure_named(clause, done)
    if not named and not targets and _A_MEASURE.search(clause):
        return None  # "培训6期全部办完，培训人次完成目标的96.50%": the 人次 the clause names, which no figure before gives
    done = named or done
    later = _target_after(ctx, m) if not targets and done else None
    if later is not None and later.kind == done[-1].kind and _same_unit(later, done[-1]) and later.value \
            and ctx.mentions[bisect.bisect_left(ctx.mentions, m.start, key=lambda x: x.start) - 1] is done[-1]:
        return later, done[-1]  # "可满足紧急转移安置4600人的需要，完成率96.00%，未达到5000人的目标"
    done = _named_item(ctx, m, done)  # (of a list, the item the rate's clause names)
    if not targets and not actuals:
        whole = _whole_of_parts(ctx, others[:1], sentence_start, m)
        # ("…满意的330份，满意度为88%，为年度指标值的97.87%": the rate right before it, a 自评表 row's actual)
        counted = [o for o in others if o.kind in ("count", "money")]
        counted = _measure_named(_clause_of(ctx.text, sentence_start, m), counted) or counted
        return _target_in_table(ctx, _named_item(ctx, m, counted)) \
            or _target_in_table(ctx, whole) or goal_targets.target_in_goals(ctx, whole or done, m) \
            or _target_in_table(ctx, [d for d in done[-1:] if d.kind == "percent"])
    if not targets:
        # "全年完成山塘综合整治26座，完成率92.68%" / "耐药筛查率为82.35%，完成率103.22%": the figure right before the
        # rate is the actual of a 自评表 row, whose target the table gives
        # ("全年实际完成轮换6620吨，其中玉米4000吨、稻谷2620吨，完成年度计划的97.53%": the one figure said as done)
        return _target_in_table(ctx, done) or _target_in_table(ctx, _whole_of_parts(ctx, actuals, sentence_start, m)) \
            or goal_targets.target_in_goals(ctx, done, m)
    if len(targets) != 1 or len(actuals) != 1:
        return None
    t, a = targets[0], actuals[0]
    if t.kind != a.kind or not _same_unit(t, a) or t.value == 0:
        return None
    near = [o for o in ctx.mentions if sentence_start <= o.start < m.start and o.kind in ("count", "money", "percent")
            and not o.approx and o not in gaps and (o is t or not _aside(ctx.text, o, m))][-1:]  # ("目标（1100人次）的")
    if near and near[0] is not t and near[0] is not a:
        return None  # "实际举办12期…共培训蜂农540人次，完成计划的90.00%": the rate is of the figure right before it
    if re.search("[；;]", ctx.text[min(t.end, a.end) : max(t.start, a.start)]):
        return None  # "…未达到120万人次的目标；研学活动参与学生2,640人次": two subjects, one each side of a ；
    return t, a


def _clause_of(text: str, start: int, m: Mention) -> str:
    """The words of ``m``'s clause before it (a comma between digits, "1,000", splits nothing)."""
    return re.split(r"[，；;]|,(?!\d)", text[start : m.start])[-1]


_BEFORE_LATER_TARGET = re.compile(r"[，,]\s*(?:但|仍)?(?:未达到|未完成|未实现|低于|高于|超过|超出|未)?")
_LATER_TARGET = re.compile(r"的?(?:年度|预期|计划)?(?:目标|计划)")


def _target_after(ctx: Context, m: Mention) -> Mention | None:
    """The target named right after the rate, in its sentence: "…，完成率96.00%，未达到5000人的目标"."""
    i = bisect.bisect_right(ctx.mentions, m.start, key=lambda x: x.start)
    t = ctx.mentions[i] if i < len(ctx.mentions) else None
    if t is None or t.approx or not _BEFORE_LATER_TARGET.fullmatch(ctx.text, m.end, t.start) \
            or not _LATER_TARGET.match(ctx.text, t.end):
        return None
    return t


_A_MEASURE = re.compile(r"(?:人次|人数|户数|次数|场次|笔数|金额)(?:完成|达到)")


def _measure_named(clause: str, figures: list[Mention]) -> list[Mention]:
    """The figures whose measure the rate's clause names: "维修户次完成…" the 户次, "436笔、8620万元，笔数完成年度目标的
    96.89%，金额完成107.75%" the 笔 for 笔数 and the 万元 for 金额."""
    return [o for o in figures if o.kind == "count" and (len(o.unit) >= 2 and o.unit in clause or f"{o.unit}数" in clause)
            or o.kind == "money" and re.search(r"金额|资金额", clause) is not None]


def _whole_of_parts(ctx: Context, actuals: list[Mention], sentence_start: int, m: Mention) -> list[Mention]:
    """The one figure done of the rate's sentence when only its parts stand between it and the rate ("全年实际完成
    轮换6620吨，其中玉米4000吨、稻谷2620吨，完成年度计划的97.53%"; "清查单位9286个，其中法人单位2814个、…，完成年度目标
    的109.52%"), else nothing."""
    if len(actuals) != 1 or actuals[0].start < sentence_start:
        return []
    a = actuals[0]
    parts = ctx.text.find("其中", a.end, m.start)
    return [a] if 0 <= parts - a.end <= 2 else []


def _another_year(clause: str, year: int | None) -> bool:
    """Whether the clause names a year other than the report's ("2018年增幅为"), or last year."""
    return bool(LAST_YEAR.search(clause)) or year is not None and any(int(y) != year for y in _YEAR.findall(clause))


_YEAR = re.compile(r"((?:19|20)\d{2})年")
_BRACKETED_TARGET = re.compile(r"[)）]的")  # "完成年度目标（2950人）的102.12%": the target, in brackets


def _same_unit(a: Mention, b: Mention) -> bool:
    return a.unit == b.unit or {a.unit, b.unit} == {"人", "名"}  # "为2986名…发放，完成年度目标（2950人）的"


def _aside(text: str, o: Mention, m: Mention) -> bool:
    """A figure in brackets closed before the rate ("实际完成8.40平方公里（折合12600亩），完成率84.00%"): the one before
    said another way."""
    opened = max(text.rfind("（", 0, o.start), text.rfind("(", 0, o.start))
    return opened >= 0 and not re.search(r"[)）]", text[opened : o.start]) and re.search(r"[)）]", text[o.end : m.start]) is not None


def _named_item(ctx: Context, m: Mention, listed: list[Mention]) -> list[Mention]:
    """"减排氮氧化物1962吨、二氧化硫468吨、颗粒物301吨，氮氧化物减排完成目标的109.00%": the listed figure whose item
    the rate's clause names, not the last of the list."""
    clause = re.split(r"[，,；;。]", ctx.text[max(0, m.start - 30) : m.start])[-1]
    named = []
    for o in listed:
        label = re.split(r"[，,；;。、：:\d]", ctx.text[max(0, o.start - 12) : o.start])[-1]
        label = re.sub(r"^(?:.*(?:减排|减少|新增|完成|建成|改造|治理|培训|收集|处理))", "", label)
        # (or the noun that ends it: "年末保障孤儿64人、…，孤儿保障人数完成率106.67%")
        said = label if label in clause else next((label[k:] for k in range(len(label) - 1) if label[k:] in clause), "")
        if len(said) >= 2 and not re.fullmatch(r"[年度月日份季共计约全其中合累]+|[人户个项次]数|资金|项目|任务|目标", said):
            named.append(o)
    return named[-1:] if named else listed


def _target_in_table(ctx: Context, before: list[Mention]) -> tuple[Mention, Mention] | None:
    """"共计4,464人次，完成年度目标的103.81%" with the target only in the 自评表: the one indicator row whose actual
    value is the figure right before the rate, in its unit, gives the target."""
    if not before:
        return None
    a = before[-1]
    if _PER_UNIT.search(ctx.text, max(0, a.start - 8), a.start):
        return None  # "…每公里补助70万元，完成年度指标的101.18%": a rate per unit, not what was done
    if ctx.text[a.end : a.end + 1] in ")）" and len(before) > 1 and re.fullmatch(r"[（(]", ctx.text[before[-2].end : a.start]):
        a = before[-2]  # "合格面积11485亩（765.67公顷），完成年度指标的95.71%": the figure before its restatement in another unit
    found = []
    for table in ctx.tables:
        if table.col("target") is None or table.col("actual") is None:
            continue
        for row in table.data_rows():
            t, actual = target_actual(table, row)
            if t is None or actual is None or t.approx or actual.approx or t.value == 0:
                continue
            if actual.kind == a.kind and actual.unit == a.unit and actual.value == a.value and t.unit == a.unit:
                found.append(t)
    return (found[0], a) if len(found) == 1 else None
