"""Rules read from the wording: grade vs total (I9), the 存在的问题 section (empty_problems), years (I14, in
``years``), and the key figures the user gave (figure_mismatch)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from chains.check.rules import table_grades
from chains.check.rules.base import EPS, Context, agrees, money
from chains.check.rules.years import years
from chains.figures import Figures
from chains.findings import Finding
from chains.text.numbers import Mention, extract_numbers
from chains.text.quantities import Linked
from chains.text.sections import department_report
from chains.vocabulary import (
    GRADE_BAND_NAMES,
    GRADE_SYNONYMS,
    LAST_YEAR,
    NOTHING_ONLY,
    SAYS_NO_PROBLEM,
    grade_of,
    total_rounded,
)

# ("属于正常偏差；": a deviation, no grade 差)
_GRADE = re.compile(
    r"(?P<ctx>等级|等次|评价结果|评定为|评定|属于|档次|级别|结论为|总体评价|综合评价|自评结果|自评结论|评价结论)"
    r"(?:[^。\n，,；0-9]{0,6}?|[ \t]*\n[ \t]*)[“\"「『]?(?P<g>优秀|良好|中等|合格|一般|较差|不合格|优|良|中|(?<![偏误落温时价反逆间位势色])差)"
    r"(?=[”\"」』]?(?:[，。；、,.;！!\s）)（(]|$|等级|等次|档次|级))"
)


def run(ctx: Context) -> None:
    grades(ctx)
    table_grades.run(ctx)
    empty_problems(ctx)
    years(ctx)
    if ctx.figures:
        key_figures(ctx, ctx.figures)


# -- I9 grade ----------------------------------------------------------------------------------------


def _totals(ctx: Context) -> list[Linked]:
    """The report's total scores: a total named for a project counts when the report names only one."""
    found = [lk for lk in ctx.linked if lk.quantity == "total_score" and lk.mention.kind == "score" and not lk.mention.approx
             and not LAST_YEAR.search(re.split(r"[，,；;。\n（(]", ctx.text[max(0, lk.mention.start - 24) : lk.mention.start])[-1])]
    # (not "上年度部门整体自评得分91.20分": last year's)
    named = {lk.subject for lk in found if lk.specific}
    return [lk for lk in found if not lk.specific or len(named) == 1]


_CHECKED = re.compile(r"(?:检查|验收|核查|抽查|审核|审计|督查|测评|检测|鉴定|评审|测试|考核)(?:结论|结果|意见)|质量评定|工程质量|验收[^，,。；;]{0,6}$")


#: what is 评定 (graded) when a noun opens its clause: the project or its evaluation, else some thing of it ("志稿")
_JUDGED = re.compile(r"[\u4e00-\u9fff]{2}$")
_THE_PROJECT = frozenset("综合 总体 整体 项目 自评 绩效 最终 本次 评价 结果 等级 得分 总分 部门 单位 资金 支出".split())


def _other_judged(clause: str) -> bool:
    if _COUNTED.search(clause):
        return True  # "年度改造质量评估中，2106人评定为合格": so many people (or things) judged, not the project
    noun = _JUDGED.search(clause)
    return noun is not None and noun.group(0) not in _THE_PROJECT and noun.group(0)[-1] not in "经被并予为已"


_COUNTED = re.compile(r"\d(?:人|名|户|家|个|件|项|所|座|批|份)次?$")


def grades(ctx: Context) -> None:
    totals = _totals(ctx)
    department = department_report(ctx.text)
    for gm in _GRADE.finditer(ctx.text):
        start = max(ctx.text.rfind(c, 0, gm.start()) for c in "。；;\n") + 1
        own = _scored_before(ctx, start, gm.start()) if department and "项目" in ctx.text[start : gm.start()] else None
        if own == []:
            continue  # "…招呼站建设项目…，自评等级为良好" in a department's report: that project's grade (held to the
            # project's score when its clause gives it: "应急物资储备及轮换项目得分89.64分，等级为优")
        if LAST_YEAR.search(re.split(r"[，,（(]", ctx.text[start : gm.start("g")])[-1]):
            continue  # "本年度评价等级为优（上年为良）": last year's grade
        opened = max(ctx.text.rfind("（", start, gm.start()), ctx.text.rfind("(", start, gm.start()))
        if opened >= 0 and not re.search(r"[）)]", ctx.text[opened : gm.start()]) \
                and LAST_YEAR.search(ctx.text, opened, gm.start()):
            continue  # "（上年度该项目自评得分87.3分，评定为良好）": last year's, in its brackets
        if _CHECKED.search(ctx.text, start, gm.start("g")) or gm.group("ctx").startswith("评定") and _other_judged(
                re.split(r"[，,：:]", ctx.text[start : gm.start()])[-1]):
            continue  # "QKY2024-09项目…检查结论为不合格": an inspection's verdict on an item; "志稿评定为合格": a thing's
        before = [lk for lk in totals if lk.mention.end <= gm.start()]
        near = [lk for lk in before if gm.start() - lk.mention.end <= 80 and "\n" not in ctx.text[lk.mention.end : gm.start()]]
        # a grade standing alone (a form's 自评等级 cell) is the evaluated year's: "2018年度本项目自评得分为88.50分，评定为
        # 良好" before it gives its own grade beside it, and no total for the form
        this_year = [lk for lk in totals if lk.year in (None, ctx.year)]
        candidates = [lk.mention for lk in own or near or [lk for lk in before if lk in this_year] or this_year
                      or _scored_before(ctx, start, gm.start())] or _form_total(ctx, gm.start())
        if not candidates:
            continue
        total = candidates[-1]
        label = gm.group("g")
        stated = GRADE_SYNONYMS[label]
        expected = grade_of(total.value)
        if stated != expected:
            ctx.add(
                Finding(
                    "grade_mismatch",
                    f"总分{total.raw}对应的等级为{GRADE_BAND_NAMES[expected]}，与所写“{label}”不符。",
                    gm.span("g"),
                    values={"total": total.raw, "stated": label},
                    expected=expected,
                    decisive=True,
                    related=(total.span,),
                )
            )


def _form_total(ctx: Context, at: int) -> list[Mention]:
    """A report whose text states no total: the total score of its one 自评表 ("合计｜｜｜100｜95.65｜", the weights
    complete), for a grade said in the text."""
    if any(a <= at < b for a, b in (t.span for t in ctx.tables)):
        return []  # a grade in a table is the table's own (``table_grades``)
    totals = [score for t in ctx.tables if t.col("weight") is not None for row in t.data_rows() if row.is_total()
              and (w := t.number(row, "weight")) is not None and w.value == 100 and (score := t.number(row, "score"))
              is not None and not score.approx and 0 <= score.value <= 100]
    return totals if len(totals) == 1 else []


def _scored_before(ctx: Context, start: int, end: int) -> list[Linked]:
    """A report that names no total: the score its grade's own sentence gives right before it ("经自评，项目2023年度
    得分89.02分，评价等级为“优”"), when it is the sentence's one score and a whole report's (50 or more)."""
    scored = [lk for lk in ctx.linked if start <= lk.mention.start < end and lk.mention.kind == "score"]
    if len(scored) != 1 or scored[0].mention.value < 50 or scored[0].mention.approx:
        return []
    m = scored[0].mention
    # right before it: "得分89.02分" / "得分为89.02分" / "各项合计95.42分"
    said = max(ctx.text.rfind(w, start, m.start) for w in ("得分", "合计", "总计"))
    return scored if said >= 0 and said >= m.start - 4 else []


# -- empty problems ----------------------------------------------------------------------------------

_PROBLEM_HEAD = re.compile(
    r"^[ \t\u3000]*(?:\[bookmark:[^\]]*\])*[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十\d]+）|\d+[、.．])?"
    r"[^\n。]{0,16}存在(?:的)?(?:主要)?问题[^\n。]{0,16}[。：:]?[ \t]*$",
    re.M,
)
_INLINE_HEAD = re.compile(r"存在(?:的)?(?:主要)?问题[及和与]?[^\n。：:]{0,8}[：:]")
_NEXT_HEAD = re.compile(
    r"^[ \t\u3000]*(?:\[bookmark:[^\]]*\])*[ \t\u3000]*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[、.．]\s*\S{0,12}(?:建议|措施))",
    re.M,
)
_PROBLEM_WORDS = re.compile(
    r"未(?!来)|不(?!断|仅|但|久|少)|没有|缺|滞后|偏|较低|较少|较慢|较弱|困难|难以|难度|薄弱|欠|有待|亟待|需进一步|仍需|尚|"
    r"隐患|风险|压力|差距|问题|制约|超支|扣分|单一|延迟|不足"
)
_HEDGE = re.compile(r"基本实现|基本完成|基本达到|部分完成|部分实现|部分达成|未完全|基本达成")


def _problem_heads(text: str) -> Iterator[re.Match[str]]:
    """The heading lines that name the problems, tried only on lines that say 问题 (far quicker than every line)."""
    i, tried = text.find("问题"), -1
    while i >= 0:
        start = text.rfind("\n", 0, i) + 1
        if start != tried and (head := _PROBLEM_HEAD.match(text, start)) is not None:
            yield head
        tried = start
        i = text.find("问题", i + 2)


def empty_problems(ctx: Context) -> None:
    text = ctx.text
    for head in _problem_heads(text):
        body_start = head.end() + 1
        nxt = _NEXT_HEAD.search(text, body_start)
        body_end = nxt.start() if nxt else len(text)
        body = text[body_start:body_end]
        _judge(ctx, (head.start() + _lead(head.group(0)), head.end()), body_start, body)
        return
    inline = _INLINE_HEAD.search(text)
    if inline:
        end = text.find("\n", inline.end())
        end = len(text) if end < 0 else end
        body = text[inline.end() : end]
        for stop in ("改进", "下一步", "建议"):
            k = body.find(stop)
            if k > 0:
                body = body[:k]
        _judge(ctx, inline.span(), inline.end(), body)


def _lead(s: str) -> int:
    m = re.match(r"^[ \t\u3000]*(?:\[bookmark:[^\]]*\])*[ \t\u3000]*", s)
    return m.end() if m else 0


def _judge(ctx: Context, head_span: tuple[int, int], body_start: int, body: str) -> None:
    stripped = body.strip()
    if not stripped:
        return
    literal_none = bool(NOTHING_ONLY.match(stripped.split("\n")[0])) and len(stripped.split("\n")[0].strip()) <= 8
    says_none = literal_none or bool(SAYS_NO_PROBLEM.search(stripped))
    if not says_none and _PROBLEM_WORDS.search(stripped):
        return
    reason = _shortfall(ctx)
    if reason is None:
        return
    if literal_none:
        first = body.lstrip()
        s = body_start + (len(body) - len(first))
        e = s + len(first.split("\n")[0].rstrip())
        span = (s, e)
    elif says_none and (m := SAYS_NO_PROBLEM.search(body)):
        span = (body_start + m.start(), body_start + m.end())
    else:
        span = head_span
    ctx.add(
        Finding(
            "empty_problems",
            f"“存在的问题”未列出实际问题，但{reason}，应如实说明扣分或未完成的原因。",
            span,
            values={"reason": reason},
        )
    )


def _shortfall(ctx: Context) -> str | None:
    for lk in _totals(ctx):
        if lk.mention.value < 100:
            return f"自评总分为{lk.mention.raw}（未满分）"
    for table in ctx.tables:
        for row in table.data_rows():
            w, s = table.number(row, "weight"), table.number(row, "score")
            if w is not None and s is not None and s.value < w.value and not row.is_total():
                return f"“{row.label}”得分{s.raw}低于分值{w.raw}"
        weights = [table.number(r, "weight") for r in table.data_rows() if not r.is_total()]
        total = sum((w.value for w in weights if w is not None), Decimal(0))
        if table.col("score") is not None and 0 < total < 100 and total >= 90:
            return f"自评表分值合计仅{format(total.normalize(), 'f')}"
    for lk in ctx.linked:
        if lk.quantity == "execution_rate" and lk.mention.value < 100 and not lk.mention.approx:
            return f"预算执行率为{money(lk.mention)}"
    if m := _HEDGE.search(ctx.text):
        return f"正文称“{m.group(0)}”"
    return None


# -- figures ----------------------------------------------------------------------------------------------

_FIG_BUDGET = {"annual": ("annual_budget",), "initial": ("initial_budget",), "received": ("received",),
               "spent": ("spent",)}
_FIG_NAMES = {"annual": "全年预算数", "initial": "年初预算数", "received": "实际到位资金", "spent": "全年执行数"}


def key_figures(ctx: Context, figures: Figures) -> None:
    scale = {"元": Decimal("0.0001"), "亿元": Decimal(10000)}.get(figures.unit or "万元", Decimal(1))
    for key, quantities in _FIG_BUDGET.items():
        value = getattr(figures.budget, key, None) if figures.budget is not None else None
        if value is None:
            continue
        expected = Decimal(str(value)) * scale
        for lk in [*ctx.linked, *ctx.table_totals]:
            m = lk.mention
            if lk.quantity not in quantities or m.kind not in ("money", "number") or m.approx or lk.component_of is not None:
                continue
            if lk.specific or lk.scope or m.comparator is not None:
                continue  # a named item's figure, or a bound ("人均…≤2万元"), is not the project's amount
            if m.kind == "number" and agrees(m, Decimal(str(value))):
                continue  # a table cell with no unit, in the figures' own unit (元): "1286400.00"
            if not agrees(m, expected) and abs(m.value - expected) > EPS:
                ctx.add(
                    Finding(
                        "figure_mismatch",
                        f"{_FIG_NAMES[key]}在关键数据中为{_num(expected)}万元，{'表中' if m.kind == 'number' else '正文'}写作{money(m)}。",
                        m.span,
                        values={"stated": money(m), "figures": f"{_num(expected)}万元"},
                        expected=f"{_num(expected)}万元",
                    )
                )
    total = figures.total_score
    if total is not None:
        t = Decimal(str(total))
        for lk in _totals(ctx):
            if not agrees(lk.mention, t) and not total_rounded(t, lk.mention.value):
                ctx.add(Finding("figure_mismatch", f"自评总分在关键数据中为{_num(t)}分，正文写作{lk.mention.raw}。",
                                lk.mention.span, values={"stated": lk.mention.raw, "figures": f"{_num(t)}分"},
                                expected=f"{_num(t)}分"))
    grade = figures.grade
    if grade is not None and grade.strip() in GRADE_SYNONYMS:
        for gm in _GRADE.finditer(ctx.text):
            if GRADE_SYNONYMS[gm.group("g")] != GRADE_SYNONYMS[grade.strip()]:
                ctx.add(Finding("figure_mismatch", f"评价等级在关键数据中为“{grade}”，正文写作“{gm.group('g')}”。",
                                gm.span("g"), values={"stated": gm.group("g"), "figures": grade}, expected=grade))
    year = figures.year
    if ctx.year is not None and ctx.year != year:
        first = next((m for m in ctx.mentions if m.start < 400 and m.kind == "year"), None)
        span = first.span if first is not None else (0, 0)
        ctx.add(Finding("figure_mismatch", f"评价年度在关键数据中为{year}年，报告标题写作{ctx.year}年。", span,
                        values={"stated": str(ctx.year), "figures": str(year)}, expected=f"{year}年"))
    _indicator_figures(ctx, figures)


def _num(d: Decimal) -> str:
    return format(d.normalize(), "f")


def _indicator_figures(ctx: Context, figures: Figures) -> None:
    by_name = {i.name: i for i in figures.indicators or [] if i.name}
    for table in ctx.tables:
        for row in table.data_rows():
            name = table.cell(row, "name")
            if name is None or name.text not in by_name:
                continue
            ind = by_name[name.text]
            for role in ("weight", "score"):
                fig = getattr(ind, role)
                m = table.number(row, role)
                if fig is None or m is None:
                    continue
                if not agrees(m, Decimal(str(fig))):
                    label = "分值" if role == "weight" else "得分"
                    ctx.add(Finding("figure_mismatch", f"“{name.text}”的{label}在关键数据中为{fig}，表中写作{m.raw}。",
                                    m.span, values={"stated": m.raw, "figures": str(fig)}, expected=str(fig)))
            for role in ("target", "actual"):
                fig = getattr(ind, role)
                cell = table.cell(row, role)
                if not fig or cell is None or not cell.text:
                    continue
                fm, cm = extract_numbers(str(fig)), cell.value()
                if len(fm) == 1 and cm is not None and fm[0].kind == cm.kind and fm[0].value != cm.value:
                    label = "年度指标值" if role == "target" else "实际完成值"
                    ctx.add(Finding("figure_mismatch", f"“{name.text}”的{label}在关键数据中为{fig}，表中写作{cm.raw}。",
                                    cm.span, values={"stated": cm.raw, "figures": str(fig)}, expected=str(fig)))
