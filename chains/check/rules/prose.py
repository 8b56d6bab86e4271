"""Rules read from the wording: grade vs total (I9), the 存在的问题 section (empty_problems),
years (I14), and the key figures the user gave (figure_mismatch)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from chains.check.rules import table_grades
from chains.check.rules.base import EPS, Context, agrees, money
from chains.figures import Figures
from chains.findings import Finding
from chains.text.numbers import extract_numbers
from chains.text.quantities import Linked
from chains.text.sections import title_at
from chains.vocabulary import (
    GRADE_BAND_NAMES,
    GRADE_SYNONYMS,
    NOTHING_ONLY,
    SAYS_NO_PROBLEM,
    grade_of,
    total_rounded,
)

_GRADE = re.compile(
    r"(?P<ctx>等级|等次|评价结果|评定为|评定|属于|档次|级别|结论为|总体评价|综合评价|自评结果|自评结论|评价结论)"
    r"[^。\n，,；0-9]{0,6}?[“\"「『]?(?P<g>优秀|良好|中等|合格|一般|较差|不合格|优|良|中|差)"
    r"(?=[”\"」』]?(?:[，。；、,.;！!\s）)]|$|等级|等次|档次|级))"
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
    found = [lk for lk in ctx.linked if lk.quantity == "total_score" and lk.mention.kind == "score" and not lk.mention.approx]
    named = {lk.subject for lk in found if lk.specific}
    return [lk for lk in found if not lk.specific or len(named) == 1]


def grades(ctx: Context) -> None:
    totals = _totals(ctx)
    for gm in _GRADE.finditer(ctx.text):
        before = [lk for lk in totals if lk.mention.end <= gm.start()]
        near = [lk for lk in before if gm.start() - lk.mention.end <= 80 and "\n" not in ctx.text[lk.mention.end : gm.start()]]
        candidates = near or before or totals
        if not candidates:
            continue
        total = candidates[-1]
        label = gm.group("g")
        stated = GRADE_SYNONYMS[label]
        expected = grade_of(total.mention.value)
        if stated != expected:
            ctx.add(
                Finding(
                    "grade_mismatch",
                    f"总分{total.mention.raw}对应的等级为{GRADE_BAND_NAMES[expected]}，与所写“{label}”不符。",
                    gm.span("g"),
                    values={"total": total.mention.raw, "stated": label},
                    expected=expected,
                    decisive=True,
                    related=(total.mention.span,),
                )
            )


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


# -- I14 years -----------------------------------------------------------------------------------------

_CARRY = re.compile(r"结转(?:(?:资金)?[0-9０-９.,，]+\s*(?:万元|元|亿元)(?:资金)?(?:至|到|入)|至|到|入|为)(?P<y>(?:19|20)\d{2})年"
                    r"|结转(?P<y2>(?:19|20)\d{2})年(?=继续|使用|支付|安排|度使用|[，,。；;])")
_BACKGROUND = re.compile(r"累计|以来|历年|近[三五两几]年")
_COMPARED = re.compile(r"较上年|比上年|同比|上年度?|提高|下降|增长|增加|减少")
_CLAIMED_YEAR = re.compile(r"(?=[对就开进组12])(?:对|就|开展|进行|组织)(?P<y>(?:19|20)\d{2})年度?[^。\n《》]{0,30}?(?:绩效自评|自评工作|开展了?自评|进行了?自评|开展了?绩效评价)"
                           r"|(?P<y2>(?:19|20)\d{2})年度[^。\n《》\d]{0,30}?自评(?:得分|总分|结果)")
#: the year a 自评表 is headed with: "项目支出绩效自评表（2021年度）"
_TABLE_YEAR = re.compile(r"自评表[ \t]*[（(](?P<y>(?:19|20)\d{2})年度?[)）]"
                         r"|(?:附表|附件)\d?[：:]?[ \t]*(?P<y2>(?:19|20)\d{2})年度?[^\n。，]{0,20}自评表")
# a 自评表's own title line ("霍邱县2022年度项目支出绩效自评表") in a report whose title states its year (…2023年度…报告)
_TABLE_TITLE_YEAR = re.compile(r"^[ \t]*[^\n。，\d]{0,12}?(?P<y3>(?:19|20)\d{2})年度?[^\n。，\d]{0,12}绩效自评表[ \t]*$", re.M)
_FORM_YEAR = re.compile(r"(?:^|(?<=\t)|(?<=  ))[ \t]*(?:评价)?年度[：:][ \t]*(?P<y>(?:19|20)\d{2})年?(?=[ \t]*(?:$|\t|  ))",
                        re.M)
_TITLED_YEAR = re.compile(r"(?:19|20)\d{2}年度[^\n]*报告")
_AS_OF = re.compile(r"截至(?P<y>(?:19|20)\d{2})年12月31日")
_MONEY_YEAR = re.compile(
    r"(?P<y>(?:19|20)\d{2})年度?(?P<m>\d{1,2}月)?[^。\n，,]{0,4}?(?:预算批复|批复|下达|拨付|安排资金|预算资金|实际支出|实际执行|共支付)"
)
#: a dated change of the budget: "2022年8月，…市本级追加10万元"
_ADJUSTED_IN = re.compile(r"(?P<y>(?:19|20)\d{2})年(?:\d{1,2}月)(?:份)?(?:(?!(?:19|20)\d{2}年|\d{1,2}月)[^。\n；;]){0,60}?"
                          r"(?P<w>追加|调增|调减|追减)[^。\n；;\d]{0,14}?\d")
_CHANGE_WORD = re.compile(r"追加|调增|调减|追减")
# "2024年3月，县财政局下达2025年度…资金": a year's money issued months before the year, too early even as an advance
_ISSUED_EARLY = re.compile(r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月[^。\n；;]{0,16}?下达(?P<t>(?:19|20)\d{2})年度?")
_RANGE = re.compile(r"(?P<a>(?:19|20)\d{2})年(?:\d{1,2}月)?[-—–至到](?P<b>(?:19|20)\d{2})年(?:\d{1,2}月)?")


def _second_year(ctx: Context, m: re.Match[str], year: int, title_end: int, message: str, decisive: bool) -> None:
    """A year after the title that is not the report's own evaluation year."""
    key = next(k for k in ("y", "y2", "y3") if k in m.re.groupindex and m.group(k))
    y = int(m.group(key))
    end = min((i for i in (ctx.text.find(c, m.end()) for c in "。\n") if i >= 0), default=len(ctx.text))
    if y < year and (_COMPARED.search(ctx.text, m.end(), end) or m.start() > 0 and ctx.text[m.start() - 1] in "（("):
        return  # "2019年度本项目自评得分86.5分，…较上年提高5.18分" / "（2022年度本项目自评得分88.40分）": for comparison
    if y != year and m.start() > title_end:
        ctx.add(
            Finding(
                "year_mismatch",
                message.format(year=year, y=y),
                (m.start(key), m.end(key) + 1),
                values={"year": str(year), "stated": f"{y}年"},
                expected=f"{year}年",
                decisive=decisive,
            )
        )


def _second_years(ctx: Context, year: int) -> None:
    """A second evaluation year: claimed in the text, or heading or filled into the 自评表."""
    title_end = _title_end(ctx.text)
    for m in _CLAIMED_YEAR.finditer(ctx.text, 1 if ctx.text else 0):
        _second_year(ctx, m, year, title_end, "标题评价{year}年度，此处却称对{y}年度开展自评，同一报告出现两个评价年度。", True)
    for m in _TABLE_YEAR.finditer(ctx.text):
        _second_year(ctx, m, year, title_end, "报告评价{year}年度，所附自评表却标为{y}年度。", False)
    for m in _FORM_YEAR.finditer(ctx.text):  # "年度：2017年" among a form's header fields
        _second_year(ctx, m, year, title_end, "报告评价{year}年度，所附自评表的“年度”栏却填{y}年。", False)
    if _TITLED_YEAR.search(ctx.text, 0, title_end):
        for m in _TABLE_TITLE_YEAR.finditer(ctx.text):
            _second_year(ctx, m, year, title_end, "报告评价{year}年度，所附自评表却标为{y}年度。", False)


def years(ctx: Context) -> None:
    year = ctx.year
    if year is None:
        return
    for m in _CARRY.finditer(ctx.text):
        y = int(m.group("y") or m.group("y2"))
        before = ctx.text[max(0, m.start() - 24) : m.start()]
        if y == year and (f"{year - 1}年" in before or "上年" in before or "上一年" in before
                          or f"{year - 1}年" in _sentence_before(ctx.text, m.start())
                          or f"{year - 1}年" in (title_at(ctx.text, m.start()) or "")):
            continue  # "2024年结余资金结转2025年使用" / "（三）2021年度资金情况 … 结转2022年使用": last year's money
        if y <= year:
            ctx.add(
                Finding(
                    "year_mismatch",
                    f"本报告评价{year}年度，结余资金只能结转到以后年度（{year + 1}年），不能“结转至{y}年”。",
                    m.span(),
                    values={"year": str(year), "stated": m.group(0)},
                    expected=f"结转至{year + 1}年",
                )
            )
    _second_years(ctx, year)
    for m in _AS_OF.finditer(ctx.text):
        y = int(m.group("y"))
        if y != year:
            ctx.add(Finding("year_mismatch", f"本报告评价{year}年度，年末数据应截至{year}年12月31日。", m.span(),
                            severity="warning" if y < year and _BACKGROUND.search(_sentence_after(ctx.text, m.end()))
                            else "error",
                            values={"stated": m.group(0)}, expected=f"截至{year}年12月31日"))
    for m in _MONEY_YEAR.finditer(ctx.text):
        y = int(m.group("y"))
        if y == year or (y == year - 1 and (m.group("m") == "12月" or "提前" in m.group(0))):
            continue
        if y == year + 1 or y < year - 1 or y == year - 1:
            if _in_table(ctx, m.start()):
                continue
            ctx.add(
                Finding(
                    "year_mismatch",
                    f"本报告评价{year}年度，此处资金年度为{y}年，与评价年度不符。",
                    (m.start("y"), m.start("y") + 5),
                    severity="warning",
                    values={"year": str(year), "stated": f"{y}年"},
                    expected=f"{year}年",
                )
            )
    _issued_early(ctx, year)
    for m in _ADJUSTED_IN.finditer(ctx.text) if _CHANGE_WORD.search(ctx.text) else ():
        y = int(m.group("y"))
        if y < year and not _in_table(ctx, m.start()):
            ctx.add(
                Finding(
                    "year_mismatch",
                    f"本报告评价{year}年度，年度中的预算调整（{m.group('w')}）却写在{y}年，早于评价年度。",
                    (m.start("y"), m.start("y") + 5),
                    severity="warning",
                    values={"year": str(year), "stated": f"{y}年"},
                    expected=f"{year}年",
                )
            )
    for m in _RANGE.finditer(ctx.text):
        a, b = int(m.group("a")), int(m.group("b"))
        if b < year:
            ctx.add(
                Finding(
                    "year_mismatch",
                    f"本报告评价{year}年度，所述服务或产出期间（{m.group(0)}）不在评价年度内。",
                    m.span(),
                    severity="warning",
                    values={"year": str(year), "stated": m.group(0)},
                )
            )
        del a


def _title_end(text: str) -> int:
    """End of the title lines (the evaluation year is read there)."""
    pos = 0
    for line in text[:400].split("\n")[:5]:
        if len(line) > 60 or any(p in line for p in "，。；"):
            break
        pos += len(line) + 1
    return pos


def _sentence_after(text: str, pos: int) -> str:
    end = min((i for i in (text.find("。", pos), text.find("\n", pos)) if i >= 0), default=len(text))
    return text[pos:end]


def _sentence_before(text: str, pos: int) -> str:
    return text[max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1 : pos]


def _in_table(ctx: Context, pos: int) -> bool:
    return any(t.span[0] <= pos < t.span[1] for t in ctx.tables)


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


def _issued_early(ctx: Context, year: int) -> None:
    """"2024年3月，县财政局下达2025年度…资金": too early even as an advance (those come in the year's last quarter)."""
    for m in _ISSUED_EARLY.finditer(ctx.text):
        y, month, target = int(m.group("y")), int(m.group("m")), int(m.group("t"))
        if target == year and (y < year - 1 or y == year - 1 and month <= 8) and not _in_table(ctx, m.start()):
            ctx.add(
                Finding(
                    "year_mismatch",
                    f"{y}年{month}月下达{target}年度资金不合常理：{target}年度资金应在{target}年内下达，"
                    f"或在上年年末（{target - 1}年第四季度）提前下达。",
                    (m.start("y"), m.end("m") + 1),
                    values={"year": str(year), "stated": f"{y}年{month}月"},
                    expected=f"{year}年",
                )
            )
