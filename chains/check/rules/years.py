"""Years (rules I14): money carried over to a year already past, a second evaluation year claimed in the text or
filled into the 自评表, year-end figures dated another year, money issued or spent in a year that cannot be."""

from __future__ import annotations

import re
from collections.abc import Iterator

from chains.check.rules.base import Context
from chains.findings import Finding
from chains.text.sections import report_title, title_at

_CARRY = re.compile(r"结转(?:(?:资金)?[0-9０-９.,，]+\s*(?:万元|元|亿元)(?:资金)?(?:至|到|入)|至|到|入|为)(?P<y>(?:19|20)\d{2})年"
                    r"|结转(?P<y2>(?:19|20)\d{2})年(?=继续|使用|支付|安排|度使用|[，,。；;])")
_BACKGROUND = re.compile(r"累计|以来|历年|近[三五两几]年")
_COMPARED = re.compile(r"较上年|比上年|同比|上年度?|提高|下降|增长|增加|减少")
_THEN_COMPARED = re.compile(r"\s*(?:与|和|同)?(?:上年|上一年|去年)(?:度)?(?:相比|比较)")
_CLAIMED_YEAR = re.compile(r"(?=[对就开进组12])(?:对|就|开展|进行|组织)(?P<y>(?:19|20)\d{2})年度?[^。\n《》]{0,30}?(?:绩效自评|自评工作|开展了?自评|进行了?自评|开展了?绩效评价)"
                           r"|(?P<y2>(?:19|20)\d{2})年度[^。\n《》\d]{0,30}?自评(?:得分|总分|结果)")
#: the year a 自评表 is headed with: "项目支出绩效自评表（2021年度）"
_TABLE_YEAR = re.compile(r"自评表[ \t]*(?:\n[ \t]*){0,2}[（(](?P<y>(?:19|20)\d{2})年度?[)）]"
                         r"|自评表[ \t]*\n[^\n（(]{0,80}\n[ \t]*[（(](?P<y4>(?:19|20)\d{2})年度?[)）](?=[ \t]*(?:\n|$))"
                         r"|(?:附表|附件)\d?[：:]?[ \t]*[^\n。，；\d]{0,16}?(?P<y2>(?:19|20)\d{2})年度?[^\n。，]{0,20}自评表")
# a 自评表's own title line ("霍邱县2022年度项目支出绩效自评表") in a report whose title states its year (…2023年度…报告)
_TABLE_TITLE_YEAR = re.compile(r"^[ \t]*[^\n。，\d]{0,12}?(?P<y3>(?:19|20)\d{2})年度?[^\n。，\d]{0,12}绩效自评表[ \t]*$", re.M)
# (or the label alone in its cell, one cell a line: "\t评价年度\n\t2021年度")
_FORM_YEAR = re.compile(r"年度(?:[：:][ \t]*|[ \t]*[｜|][ \t]*|\t+| {2,}|[ \t]*\n[ \t]*)(?P<y>(?:19|20)\d{2})年?度?(?=[ \t]*(?:$|\t|  |[｜|]))",
                        re.M)
_TITLED_YEAR = re.compile(r"(?:19|20)\d{2}年度[^\n]*报告")
_AS_OF = re.compile(r"截至(?P<y>(?:19|20)\d{2})年12月31日")
_MONEY_YEAR = re.compile(
    r"(?P<y>(?:19|20)\d{2})年度?(?P<m>\d{1,2}月)?[^。\n，,]{0,4}?(?:预算批复|批复|下达|拨付|安排资金|预算资金|实际支出|实际执行|共支付)"
)
_PLAN = re.compile(r"建议|计划|拟|争取|将于|将在|预计")
#: a dated change of the budget: "2022年8月，…市本级追加10万元"
_ADJUSTED_IN = re.compile(r"(?P<y>(?:19|20)\d{2})年(?:\d{1,2}月)(?:份)?(?:(?!(?:19|20)\d{2}年|\d{1,2}月)[^。\n；;]){0,60}?"
                          r"(?P<w>追加|调增|调减|追减)[^。\n；;\d]{0,14}?\d")
_CHANGE_WORD = re.compile(r"追加|调增|调减|追减")
# "2024年3月，县财政局下达2025年度…资金": a year's money issued months before the year, too early even as an advance
_ISSUED_EARLY = re.compile(r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?:[^。\n；;]{0,16}?|[^。\n；;]{0,40}?提前)下达(?:[我本全][县市区旗州省]|[县市区])?(?P<t>(?:19|20)\d{2})年度?")
_RANGE = re.compile(r"(?P<a>(?:19|20)\d{2})年(?:\d{1,2}月)?[-—–至到](?P<b>(?:19|20)\d{2})年(?:\d{1,2}月)?")


_ACTED_ON = re.compile(r"(?:公开|公示|公布|反馈|运用|应用|整改)")


def _second_year(ctx: Context, m: re.Match[str], year: int, title_end: int, message: str, decisive: bool) -> None:
    """A year after the title that is not the report's own evaluation year."""
    key = next(k for k in ("y", "y2", "y3", "y4") if k in m.re.groupindex and m.group(k))
    y = int(m.group(key))
    end = min((i for i in (ctx.text.find(c, m.end()) for c in "。\n") if i >= 0), default=len(ctx.text))
    if y < year and (_COMPARED.search(ctx.text, m.end(), end) or m.start() > 0 and ctx.text[m.start() - 1] in "（("
                     or _THEN_COMPARED.match(ctx.text, end + 1)):
        return  # "2019年度本项目自评得分86.5分，…较上年提高5.18分" / "（2022年度本项目自评得分88.40分）": for comparison
        # (or "2021年度我局…自评得分为92.35分，等级为“优”。与上年相比，…": the next sentence compares)
    if y < year and _ACTED_ON.search(ctx.text, m.end(), end):
        return  # "2023年度部门整体和项目支出自评结果已按要求在市政府门户网站公开": last year's results, published since
    if y < year and _another_years_score(ctx, m.end(), end):
        return  # "…2019年度自评得分92.42分。2018年度本项目自评得分为88.50分，评定为良好": last year's result
    if y != year and m.start() > title_end:
        ctx.add(
            Finding(
                "year_mismatch",
                message.format(year=year, y=y),
                (m.start(key), m.end(key) + (ctx.text[m.end(key) : m.end(key) + 1] == "年")),
                values={"year": str(year), "stated": f"{y}年"},
                expected=f"{year}年",
                decisive=decisive,
            )
        )


def _another_years_score(ctx: Context, start: int, end: int) -> bool:
    """Whether [start, end) gives a total score the report states for its own year nowhere, while it does state one."""
    said = [m.value for m in ctx.mentions if start <= m.start < end and m.kind == "score"]
    own = {lk.mention.value for lk in ctx.linked if lk.quantity == "total_score" and lk.year in (None, ctx.year)
           and not start <= lk.mention.start < end}
    return bool(said and own) and not own & set(said)


def _claimed_years(text: str) -> Iterator[re.Match[str]]:
    """``_CLAIMED_YEAR`` over the stretches around the words it ends in (自评, 绩效评价): every match lies in one,
    and the rest of the text needs no scan."""
    spans: list[list[int]] = []
    for word in ("自评", "绩效评价"):
        i = text.find(word)
        while i >= 0:
            spans.append([max(1, i - 42), i + 8])
            i = text.find(word, i + 1)
    spans.sort()
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    for a, b in merged:
        yield from _CLAIMED_YEAR.finditer(text, a, min(b, len(text)))


def _form_years(text: str) -> Iterator[re.Match[str]]:
    """"年度：2017年" as a field of a form: at a line's start ("评价年度：", "预算年度" too), after a tab or a run of
    spaces (or one, on a line of the form's fields), or in a form's cell ("部门名称｜陇县供销合作社联合社｜年度｜2018年")."""
    i = text.find("年度")
    while i >= 0:
        start = i - 2 if text[max(0, i - 2) : i] in ("评价", "预算") else i
        before = text[text.rfind("\n", 0, start) + 1 : start]
        if (not before.strip(" \t") or before.endswith(("\t", "  ")) or before.rstrip(" ").endswith(("｜", "|"))
                or before.endswith(" ") and _FORM_LINE.match(before)) and (m := _FORM_YEAR.match(text, i)):
            yield m
        i = text.find("年度", i + 2)


_FORM_LINE = re.compile(r"[ \t]*(?:项目|部门|单位)名称 ")  # "项目名称 老年大学办学经费 年度：2020年" (a PDF's single spaces)


def _second_years(ctx: Context, year: int) -> None:
    """A second evaluation year: claimed in the text, or heading or filled into the 自评表."""
    title_end = _title_end(ctx.text)
    for m in _claimed_years(ctx.text):
        _second_year(ctx, m, year, title_end, "标题评价{year}年度，此处却称对{y}年度开展自评，同一报告出现两个评价年度。", True)
    for m in _TABLE_YEAR.finditer(ctx.text):
        _second_year(ctx, m, year, title_end, "报告评价{year}年度，所附自评表却标为{y}年度。", False)
    for m in _form_years(ctx.text):  # "年度：2017年" among a form's header fields
        _second_year(ctx, m, year, title_end, "报告评价{year}年度，所附自评表的“年度”栏却填{y}年。", False)
    if _TITLED_YEAR.search(ctx.text, 0, title_end) or _TITLED_YEAR.search(report_title(ctx.text)):  # a title on lines
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
        if y < year and ctx.text[m.start() - 2 : m.start()] in ("上年", "年度") and "为" in m.group(0):
            continue  # "其中上年结转为2020年度部分大户…的资金": money carried in, named for the year it came from
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
            if _in_table(ctx, m.start()) or y > year and _PLAN.search(_sentence_before(ctx.text, m.start())):
                continue  # "建议市财政局在2021年上半年拨付…": a plan for the next year, not this year's money
            if y == year - 1 and re.search(r"(?:本年|今年|当年)?(?:比|较)上年|同比", _sentence_after(ctx.text, m.end())):
                continue  # "2020年全年拨付贴息152.60万元，本年比上年增长17.53%": last year's, to compare with
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
