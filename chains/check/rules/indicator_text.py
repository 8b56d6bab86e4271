"""An indicator's actual value in the 自评表 against the same indicator named in the text (I11):
自评表 "城镇新增就业人数｜≥11000人｜12386人" and the text "全县城镇新增就业12836人". The text's figure must follow
the indicator's name (a word such as 全年 or 累计 may stand inside it) in the same clause, in the same unit, and be no target (目标、计划、不低于 …) or earlier value (由上年的…)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from chains.check.rules import item_blocks
from chains.check.rules.base import RESCALE, Context, agrees
from chains.check.rules.borne_out import other_side, own_parts_add_up, tells_apart, worked_out
from chains.check.rules.tables import target_actual
from chains.check.rules.unit_slips import report_unit
from chains.findings import Finding
from chains.text.numbers import Mention, mentions_within
from chains.text.sections import in_background, in_goals
from chains.text.table_model import Row, Table
from chains.vocabulary import LAST_YEAR

_SUFFIX = re.compile(r"(?:人数|数量|次数|个数|户数|人次数|人次|总数|完成数|长度|面积|里程|规模|种类|种数|场次|批次|件数|处数|座数|期数"
                     r"|(?<=[\u4e00-\u9fff]{3})(?<![指系分倍基函])数)$")  # ("开设班级数" said "开设班级46个"; not 指数)
# words a writer slips into an indicator's name in prose: "值班律师（全年）提供法律帮助"
_FILL = "(?:全年|全县|全市|全区|全镇|全省|累计|共计|共|年度|本年|当年|实际)?"
# words that make the figure a target, an earlier value or the basis of a computation ("人均培训成本按培训补贴348.80万元
# 除以培训人次计算"), not this year's actual one
_TARGET_WORDS = re.compile(r"目标|计划|预期|不低于|不少于|不超过|以上|以内|≥|≤|力争|任务|上年|去年|往年|基期|由|原|按|除以"
                           r"|追加|调减|调增|下达|安排")  # "因提高基本生活标准追加1265600.00元": money for it, not it
_PER_UNIT = re.compile(r"平均|每|人均|户均|生均|单价")
#: words that may stand between an indicator's name and its figure without making it another quantity
_LINKING = re.compile(r"全年|累计|共计|合计|总计|达到|实际|完成|新增|年度|本年|当年|全县|全市|全区|提供|开展|[共达为计已有了是至约]|\s")
_FROM = re.compile(r"[由从]")
_IN_TURN = re.compile(r"分(?:季度|月|别|年度?|批|期)")  # "准点率分季度为96.8%、97.4%…": values in turn, not the year's
_PERIOD = re.compile(r"(?:春季|秋季|上|下)(?:学期|半年)|[一二三四1-4]季度|第[一二三四1-4]季度|\d{1,2}月|[一二三四]月份")
_GOAL_LINE = re.compile(r"[ \t\u3000]*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)?(?:年度|绩效|总体|预期)?(?:指标|目标)(?:值)?[：:]")
_RANGE = re.compile(r"\s*[～~—–\-至到]\s*\d")
_OPERATOR = re.compile(r"\s*[÷×*/／＝=]")
_SAMPLED = re.compile(r"回访|抽查|抽取|抽样|调查|问卷|访谈|走访|随机")
_EACH = re.compile(r"各(?![类种项级界])")
_WHOLE_BODY = ("部门", "整体", "单位", "全局", "本局")
_GAP = 14  # characters between the name and its figure, within one clause
_EARLIER = re.compile(r"(?:较|比|同比|上年|去年|(?:19|20)\d{2}年)[^，,；;。\d]{0,6}$")


def run(ctx: Context) -> None:
    tables = [t for t in ctx.tables if t.col("name") is not None and t.col("actual") is not None]
    if not tables:
        return
    prose = _prose_only(ctx.text, sorted(t.span for t in ctx.tables))
    for table in tables:
        for row in table.data_rows():
            _row(ctx, table, row, prose)


def _prose_only(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with every table blanked out, offsets kept: names are looked for in the prose only."""
    out, pos = [], 0
    for a, b in spans:
        if b <= pos:
            continue
        a = max(a, pos)
        out += [text[pos:a], "\n" * (b - a)]
        pos = b
    out.append(text[pos:])
    return "".join(out)


def _row(ctx: Context, table: Table, row: Row, prose: str) -> None:
    name_cell = table.cell(row, "name")
    target, actual = target_actual(table, row)  # (the unit of a 度量单位 column put on its bare numbers)
    if name_cell is None or actual is None or actual.approx or actual.comparator is not None \
            or any(f.code == "unit_mismatch" and f.span == actual.span for f in ctx.findings):
        return  # (a cell already found written in another unit than its target: "≤0.9‰｜0.12%")
    name = _SUFFIX.sub("", re.sub(r"\s+", "", name_cell.text))
    if len(actual.written_unit) >= 2 and name.endswith(actual.written_unit) and len(name) - len(actual.written_unit) >= 4:
        name = name[: -len(actual.written_unit)]  # "下乡服务车次｜96车次" said "全年下乡服务69车次" (not 农户's 户)
    if len(name) < 4:
        return
    hits: list[re.Match[str] | _Hit] = list(re.finditer(re.escape(name), prose)) if name in prose else []
    if not hits and len(name) >= 6 and name[-3:] in prose and name[:2] in prose:
        fuzzy, head = _fuzzy(name), name[:2]
        i = prose.find(head)
        reach = 2 * len(name) + 8
        while i >= 0:  # tried only where the name's first two characters stand and its last two follow
            if prose.find(name[-3:], i, i + reach) >= 0 and (found := fuzzy.match(prose, i, i + reach)):
                hits.append(found)
            i = prose.find(head, i + 1)
    if len(name) >= 6:  # the full name as well: "纳管社戒社康人员不少于200人" in the goals, 纳管社区戒毒社区康复人员 later
        hits += _abbreviated(name, prose)
    if len(name) == 4 and _cjk(name):  # "台站巡检次数｜72次" said "全年共巡检台站76次": verb and object turned
        hits += [_Hit(h.start(), h.end()) for h in re.finditer(re.escape(name[2:] + name[:2]), prose)]
    figures = [f for h in hits if (f := _figure_after(ctx, h.end())) is not None and f.kind == actual.kind
               and f.unit == actual.unit]
    if len(figures) > 1 and any(agrees(f, actual.value) or agrees(actual, f.value) for f in figures):
        return  # "合计带动消费12,600.53万元" beside "…带动消费641.70万元": the text states the table's; the others are items'
    if figures and actual.kind == "money" and actual.value and any(
            x.kind == "money" and x.unit == actual.unit and x.value == actual.value and prose[x.start] == ctx.text[x.start]
            for x in ctx.mentions):
        return  # "中标价47.60万元" in the text for the cost row's 47.60万元: "其中清查审计服务费45.22万元" is what was paid
    for hit in hits:
        if item_blocks.apart(ctx, table.span[0], hit.start()):
            continue  # one project's 自评表 in a department's report: the text there is another's or the department's
        if _PER_UNIT.search(re.split(r"[，,；;。\n]", ctx.text[max(0, hit.start() - 20) : hit.start()])[-1]):
            continue  # "平均每个点位年运维服务费1678.05元": the indicator per unit, not the indicator
        if hit.start() > 0 and ctx.text[hit.start() - 1] in "、和及与各":
            continue  # "新建、改扩建旅游厕所27座": one figure for several indicators together
        if hit.start() > 0 and ctx.text[hit.start() - 1] in "一二三四五六七八九十0123456789":
            continue  # "三标段年度考核平均得分89.4分": one lot's (the third's), not the indicator's
        if ctx.text[max(0, hit.start() - 2) : hit.start()] in _WHOLE_BODY and not name.startswith(_WHOLE_BODY):
            continue  # "部门预算执行率98.36%" for a project's "预算执行率" row: the department's, not the project's
        if _another_year(ctx, hit.start()):
            continue  # "2022年度救助残疾儿童131人" in the 2023 report: last year's figure
        if actual.kind == "count" and _SAMPLED.search(re.split(r"[，,；;。\n]", ctx.text[max(0, hit.start() - 12) : hit.start()])[-1]):
            continue  # "通过电话回访受助农民工290人": those asked, a sample of them, not the indicator's count
        if _PERIOD.search(re.split(r"[，,；;。\n]", ctx.text[max(0, hit.start() - 12) : hit.start()])[-1]):
            continue  # "春季学期资助寄宿生22,100人次": one term's, one quarter's figure, not the year's
        if in_goals(ctx.text, hit.start()) or _GOAL_LINE.match(ctx.text, ctx.text.rfind("\n", 0, hit.start()) + 1):
            continue  # "年度指标：整治背街小巷1,500条（允许浮动±5%…）": the target, in the goals
        if in_background(ctx.text, hit.start()):
            continue  # "一、项目概况 … 渠系水利用系数仅0.48": the situation before the project
        said = _figure_after(ctx, hit.end())
        if said is None or said.kind != actual.kind or said.unit != actual.unit or said.approx:
            continue
        if _RANGE.match(ctx.text, said.end) or _PERIOD.search(ctx.text, hit.end(), said.start):
            continue  # "村级经费占比35%～45%": a target's bounds; "资助面春季学期为26.21%": one term's
        if _EACH.search(ctx.text, hit.start(), said.start) and "各" not in name:
            continue  # "为11个行政村健身点各配置健身路径一套": one for each, not the indicator's (各类 is all of them)
        if agrees(said, actual.value) or agrees(actual, said.value) or _said_too(ctx, said, actual):
            continue
        if target is not None and (agrees(said, target.value) or said.value == target.value):
            continue
        if said.kind == "money" and actual.value and said.value / actual.value in RESCALE:
            if target is not None and (target.written_unit == said.written_unit != actual.written_unit
                                       or target.value and actual.value / target.value >= 1000 > said.value / target.value):
                # ("全年赔付金额｜≥300万元｜2124000" under a 万元 column: the cell is the 元 figure, the text's 212.40万元 fits)
                # "每人次免费开放成本｜≤3.00元｜2.26万元" beside the text's 2.26元: the row's own target is in 元
                report_unit(ctx, actual, said.value, f"与目标值{target.raw}及正文所写{said.raw}一致")
            else:
                report_unit(ctx, said, actual.value, f"与自评表所填{actual.raw}一致")  # "９．２６万元" for 9.26亿元
            continue
        why = _text_borne_out(ctx, said, actual) or _target_bears_out(ctx, table, row, said, actual, target)
        _report(ctx, name_cell.text, actual, said, why)
        if why:
            return


def _report(ctx: Context, name: str, actual: Mention, said: Mention, why: str | None) -> None:
    """The conflict between the 自评表's actual value and the text's, pointed at the table's cell when ``why`` says how
    the report bears out the text's (the text gives its figure twice and the table once, or the rate of it over the
    row's target that the text or the row's score gives), else at the text's figure."""
    if why:
        ctx.add(Finding("conflicting_values", f"“{name}”的实际完成值，自评表为{actual.raw}，{why}，两者不一致。",
                        actual.span, values={"stated": actual.raw, "text": said.raw}, expected=said.raw,
                        related=(said.span,)))
    else:
        ctx.add(Finding("conflicting_values", f"“{name}”的实际完成值，自评表为{actual.raw}，正文为{said.raw}，两处不一致。",
                        said.span, values={"stated": said.raw, "table": actual.raw}, expected=actual.raw,
                        related=(actual.span,)))
        if not tells_apart(ctx, said, actual):
            other_side(ctx, said, actual, said.span)


@lru_cache(maxsize=512)
def _fuzzy(name: str) -> re.Pattern[str]:
    return re.compile(_FILL.join(re.escape(c) for c in name))


@dataclass(frozen=True)
class _Hit:
    """Where the text names an indicator (the ``start()``/``end()`` of a regex match)."""

    a: int
    b: int

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b


def _abbreviated(name: str, prose: str) -> list[_Hit]:
    """The prose's full name of an indicator the table gives abbreviated: "纳管社戒社康人员" for 纳管社区戒毒社区康复人员.
    The first two and last two characters stand together, the others in order with up to two characters between
    each (the nearest taken); tried only where the first two stand."""
    head, tail = name[:2], name[-2:]
    if head not in prose or tail not in prose:
        return []
    hits, i = [], prose.find(head)
    while i >= 0:
        # the tail within reach first (a quick test): the middle characters fill at most two gaps each
        end = _spelled_out(prose, i + 2, name[2:-2], tail) if prose.find(tail, i + 2, i + 3 * len(name) + 4) >= 0 else None
        if end is not None and end - i > len(name):
            hits.append(_Hit(i, end))
        i = prose.find(head, i + 1)
    return hits


def _spelled_out(prose: str, j: int, middle: str, tail: str) -> int | None:
    for c in middle:
        k = prose.find(c, j, j + 3)
        if k < 0 or not _cjk(prose[j:k]):
            return None
        j = k + 1
    k = prose.find(tail, j, j + 4)
    return k + 2 if k >= 0 and _cjk(prose[j:k]) else None


def _cjk(s: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in s)


def _figure_after(ctx: Context, pos: int) -> Mention | None:
    """The first figure after ``pos`` in the same clause, when no target word stands between."""
    window = ctx.text[pos : pos + _GAP]
    cut = re.search(r"[，,；;。\n]", window)
    if cut:
        window = window[: cut.start()]
    i = bisect.bisect_left(ctx.mentions, pos, key=lambda x: x.start)  # mentions are in text order
    m = ctx.mentions[i] if i < len(ctx.mentions) and ctx.mentions[i].start < pos + len(window) else None
    if m is None or _TARGET_WORDS.search(ctx.text[pos : m.start]) or m.comparator is not None:
        return None
    if _FROM.search(ctx.text[pos : m.start]) or _OPERATOR.match(ctx.text, m.end) or _IN_TURN.search(ctx.text[pos : m.start]):
        return None  # "由0.48提高到0.54": the value before; "58.74万元÷26.45万人次=2.22元": an operand
    if len(_LINKING.sub("", ctx.text[pos : m.start])) > 4:
        return None  # "参保胶农开展电话和入户回访400户": words of their own between, another quantity
    return m


def _said_too(ctx: Context, said: Mention, actual: Mention) -> bool:
    """Whether the sentence of the text's figure states the table's as well ("一中受助学生满意度97.8％，民族中学96.6％，
    两校平均97.2％"): the figure after the name is one part's, and the text agrees with the table."""
    start = max(ctx.text.rfind(c, 0, said.start) for c in "。；;\n") + 1
    ends = [i for i in (ctx.text.find(c, said.end) for c in "。；;\n") if i >= 0]
    end = min(ends, default=len(ctx.text))
    return any(start <= m.start < end and m is not said and m.kind == actual.kind and m.unit == actual.unit
               and (agrees(m, actual.value) or agrees(actual, m.value)) and not _EARLIER.search(ctx.text, max(start, m.start - 12), m.start)
               for m in mentions_within(ctx.mentions, start, end))  # (not "较2022年的460人": last year's)


def _text_borne_out(ctx: Context, said: Mention, actual: Mention) -> str | None:
    """How the report bears out the text's figure: its own 其中 parts add up to it ("引进人才62人，其中博士2人、硕士18人、
    本科42人"), or it appears again elsewhere (or its sentence's figures give it) while the table's appears once."""
    if own_parts_add_up(ctx, said):
        return f"正文为{said.raw}（其所列各项之和正是{said.raw}）"
    same = [m for m in ctx.mentions if m.kind == said.kind and m.unit == said.unit and m.value == said.value]
    table = [m for m in ctx.mentions if m.kind == actual.kind and m.unit == actual.unit and m.value == actual.value]
    # (a bare cell under a 度量单位 column is no mention of its unit: once, or not at all, it is the table's one)
    if len(table) > 1:
        return None
    return "正文多处为" + said.raw if len(same) >= 2 else f"正文为{said.raw}（与报告中相关的数字算得相符）" \
        if worked_out(ctx, said) else None


_ASIDE_AFTER = re.compile(r"[（(][^（）()\n]{1,30}[)）]")
_DONE_OF = re.compile(r"[，,]?\s*(?:完成率(?:为|达到?)?|完成(?:了)?(?:年度|全年)?(?:目标|计划|任务)(?:任务)?(?:值)?的)\s*$")


def _target_bears_out(ctx: Context, table: Table, row: Row, said: Mention, actual: Mention, target: Mention | None
                      ) -> str | None:
    """How the row's own target bears out the text's figure and not the table's: the text's "10,860平方米，完成年度目标的
    90.50%" over "≥12000平方米", or the row's score of its weight in that proportion ("10｜9.05"); None when it does not."""
    if target is None or not target.value or target.unit != said.unit or target.kind != said.kind:
        return None
    goal = target.raw.lstrip("≥≤><＞＜=")

    def fits(rate: Mention, base: Decimal) -> bool:
        return agrees(rate, said.value / target.value * base) and not agrees(rate, actual.value / target.value * base)
    i = bisect.bisect_right(ctx.mentions, said.end - 1, key=lambda x: x.start)
    after = _ASIDE_AFTER.match(ctx.text, said.end)  # ("620场次（2020年为538场次），完成年度目标的103.33%": past the aside)
    while after and i < len(ctx.mentions) and ctx.mentions[i].start < after.end():
        i += 1
    rate = ctx.mentions[i] if i < len(ctx.mentions) else None
    if rate is not None and rate.kind == "percent" and rate.start - said.end - (after.end() - after.start() if after else 0) <= 16 \
            and _DONE_OF.search(ctx.text, after.end() if after else said.end, rate.start) and fits(rate, Decimal(100)):
        return f"正文为{said.raw}（其完成率{rate.raw}正是{said.raw}与目标值{goal}之比）"
    weight, score = table.number(row, "weight"), table.number(row, "score")
    if weight is not None and score is not None and 0 < score.value < weight.value and fits(score, weight.value):
        return f"正文为{said.raw}（本行得分{score.raw}正是按{said.raw}与目标值{goal}之比计得）"
    return None


def _another_year(ctx: Context, pos: int) -> bool:
    """Whether the clause before ``pos`` names a year other than the report's."""
    clause = re.split(r"[，,；;。\n]", ctx.text[max(0, pos - 16) : pos])[-1]
    line = ctx.text[ctx.text.rfind("\n", 0, pos) + 1 : pos]
    if LAST_YEAR.search(clause) or LAST_YEAR.match(re.sub(r"^\s*\d{1,2}[.．、]\s*", "", line)):
        return True  # "上年底基数：已建乡镇客运站13个，…覆盖率59.09%": last year's figure, the base
    # (or a sentence that opens with a later year: "2024年…已下达…，承担区试组别增至11组" in the 2023 report: next year's)
    sentence = ctx.text[max(ctx.text.rfind(c, 0, pos) for c in "。；;\n") + 1 : pos]
    opens = re.match(r"\s*((?:19|20)\d{2})年", sentence)
    # (or an earlier year, when nothing in the sentence comes back to the report's: "2020年受疫情影响，…全年参训民兵
    # 452人" in the 2021 report: last year's)
    return ctx.year is not None and (any(int(y) != ctx.year for y in re.findall(r"((?:19|20)\d{2})年", clause))
                                     or opens is not None and (int(opens.group(1)) > ctx.year or int(opens.group(1))
                                                               < ctx.year and not _BACK_TO_THIS_YEAR.search(sentence)
                                                               and str(ctx.year) not in sentence))


_BACK_TO_THIS_YEAR = re.compile(r"今年|本年|至今|以来")
