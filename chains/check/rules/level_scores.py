"""The four first-level scores said in one paragraph, with the total after them (I7), however the clauses between
them run:

    经自评，预算执行指标得9.66分；产出指标得49.31分（村道硬化长度未达标扣0.69分）；效益指标得28分（…）；满意度指标
    得9.78分。合计得分97.75分，综合评定等级为“优”。

    预算执行率10分，得8.97分；产出指标50分，得45.87分，其中乡镇服务站数量10分得10分、…；效益指标30分，得28.32分，
    其中…；满意度指标10分，得9.83分。自评总分93.99分，评价等级为优。

Read only when each level is named once with its score right after its name (its weight may stand between), the
four in the outline's order, and one total score is said after the last in the same paragraph. The total that
misses their sum is ``score_sum_mismatch``; the other rules of scores in prose leave such paragraphs alone when
their runs break off, and a finding already made on the total is not made again."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import Context, plain_number, sum_agrees
from chains.findings import Finding
from chains.text.numbers import Mention, mentions_within

_LEVEL = re.compile(r"(?P<level>预算执行(?:率|情况)?(?:指标)?|资金执行率|产出(?:指标)?|效益(?:指标)?|满意度(?:指标)?)")
_ORDER = ("预算", "产出", "效益", "满意度")
# its score right after its name: "得9.66分", "得分为48.86分", "10分，得8.97分", "（分值10分）得分10分", "得10分中的9.59分"
_SCORE = re.compile(r"(?:[（(]?(?:分值|权重)?\s*(?P<w>\d{1,3}(?:\.\d{1,2})?)\s*分[)）]?[，,]?\s*)?(?:实际)?得(?:分)?(?:为)?\s*"
                    r"(?:\d{1,3}(?:\.\d{1,2})?\s*分中的?\s*)?(?P<s>\d{1,3}(?:\.\d{1,2})?)\s*分")
# or the score alone after the name: "预算执行7.75分、产出45.14分" (not a weight that a score follows: "产出指标50分，得45.87分")
_BARE = re.compile(r"\s*(?:为|[：:])?\s*(?P<s>\d{1,3}(?:\.\d{1,2})?)\s*分(?![，,]?\s*(?:实际)?得|中|值)")
_TOTAL = re.compile(r"(?:合计得分|综合得分|自评总分|总得分|自评得分|评价得分|总分|合计)(?:为|是)?\s*(?P<t>\d{1,3}(?:\.\d{1,2})?)\s*分")


def run(ctx: Context) -> None:
    text = ctx.text
    if "分别得" in text or "分别为" in text or "分别是" in text:
        _in_turn(ctx)
    if "满意度" not in text or "得" not in text:
        return
    tables = [t.span for t in ctx.tables]
    at = text.find("满意度")
    while at >= 0:  # each paragraph that names the last level, once
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if end - start > 60 and not any(a <= start < b for a, b in tables):
            _paragraph(ctx, start, end)
        at = text.find("满意度", end)


def _paragraph(ctx: Context, start: int, end: int) -> None:
    text = ctx.text
    if _OTHER_LEVEL.search(text, start, end):
        # a department's levels (预算管理, 履职…): more than the four; read when each gives its weight, all making 100
        _weighted_levels(ctx, start, end)
        return
    scored: dict[str, list[Mention]] = {}
    weights: list[Decimal] = []
    last, first = start, None
    for level in _LEVEL.finditer(text, start, end):
        found = _SCORE.match(text, level.end()) or (_BARE.match(text, level.end()) if _scores_follow(text, start, level.start())
                                                    else None)
        if found is None:
            continue
        said = mentions_within(ctx.mentions, found.start("s"), found.end() + 1)
        if len(said) != 1 or said[0].kind != "score":
            return
        key = next(k for k in _ORDER if level.group("level").startswith(k) or k == "预算" and "执行" in level.group("level"))
        scored.setdefault(key, []).append(said[0])
        first = level.start() if first is None else first
        if "w" in found.groupdict() and found.group("w"):
            weights.append(Decimal(found.group("w")))
        last = found.end()
    if list(scored) != list(_ORDER) or any(len(v) != 1 for v in scored.values()):
        return  # each level once, in the outline's order: otherwise not the four levels of one evaluation
    if len(weights) == 4 and sum(weights) != 100:
        return  # their weights leave out a level of the system: the total is of more than these four
    # the total after the last level, or else the one said before the first ("自评总得分97.73分，…。其中预算执行得分…")
    total = _TOTAL.search(text, last, end) or _total_before(text, start, first)
    if total is None or any(y.group(1) != str(ctx.year) for y in _OTHER_YEAR.finditer(text, max(last, total.start() - 12),
                                                                                         total.start())):
        return  # ("…满意度指标得10分。2020年度该项目自评得分96.20分": last year's total, not theirs)
    parts = [v[0] for v in scored.values()]
    t = _unmet_total(ctx, parts, total)
    if t is not None:
        # the list with its total, when short (one of them is wrong, and nothing says which), else the total
        span = (parts[0].start, t.end) if 0 < t.end - parts[0].start <= _LIST else \
            (t.start, parts[-1].end) if 0 < parts[-1].end - t.start <= _LIST else t.span
        _report(ctx, parts, t, span)


def _unmet_total(ctx: Context, parts: list[Mention], total: re.Match[str]) -> Mention | None:
    """The one score ``total`` says, when the parts miss it and no finding is made on it yet; else None."""
    said = mentions_within(ctx.mentions, total.start("t"), total.end() + 1)
    if len(said) != 1 or said[0].kind != "score" or said[0].approx or sum_agrees(parts, said[0]):
        return None
    t = said[0]
    if any(f.code == "score_sum_mismatch" and f.span[0] < t.end and t.start < f.span[1] for f in ctx.findings):
        return None
    return t


def _report(ctx: Context, parts: list[Mention], t: Mention, span: tuple[int, int]) -> None:
    s = sum((p.value for p in parts), Decimal(0))
    listed = "＋".join(p.raw for p in parts)
    ctx.add(Finding("score_sum_mismatch", f"各一级指标得分{listed}＝{plain_number(s)}分，与所写总分{t.raw}不符。",
                    span, values={"stated": t.raw, "sum": plain_number(s)}, expected=f"{plain_number(s)}分",
                    related=tuple(p.span for p in parts)))


def _total_before(text: str, start: int, first: int | None) -> re.Match[str] | None:
    """The one total score said in the paragraph before its levels' scores."""
    said = [] if first is None else list(_TOTAL.finditer(text, start, first))
    return said[0] if len(said) == 1 else None


# a department's own levels ("预算管理（20分）得19分", "履职产出（40分）得38.5分")
_OTHER_LEVEL = re.compile(r"(?:预算管理|资金管理|财务管理|业务管理|履职产出|履职效益|履职效能)[^，,；;。\d]{0,3}(?:[（(]\d{1,3}分[)）])?[，,]?得")

# "预算管理（20分）得19分": a level, its weight in brackets, its score
_WEIGHTED = re.compile(r"[\u4e00-\u9fff]{2,8}[（(](?P<w>\d{1,3}(?:\.\d{1,2})?)分[)）][，,]?得(?:分)?(?:为)?\s*(?P<s>\d{1,3}(?:\.\d{1,2})?)\s*分")


def _weighted_levels(ctx: Context, start: int, end: int) -> None:
    """"预算执行率（10分）得9.8分；预算管理（20分）得19分；…满意度（10分）得9.6分。合计自评得分96.9分": the levels
    whose weights make 100 against the total said after the last."""
    text = ctx.text
    levels = list(_WEIGHTED.finditer(text, start, end))
    if len(levels) < 3 or sum(Decimal(m.group("w")) for m in levels) != 100:
        return
    total = _TOTAL.search(text, levels[-1].end(), end)
    if total is None:
        return
    parts = [p for m in levels for p in mentions_within(ctx.mentions, m.start("s"), m.end())[:1]]
    t = _unmet_total(ctx, parts, total) if len(parts) == len(levels) else None
    if t is not None:
        _report(ctx, parts, t, t.span)


_OTHER_YEAR = re.compile(r"((?:19|20)\d{2})年|上年|去年|上一年")

_LIST = 120  # characters of a list of the four scores and its total marked as one

_SCORES_LEAD = re.compile(r"得分|得[：:]")
_WEIGHTS_LEAD = re.compile(r"分值|权重|满分|占|分配|设置|构成")


def _scores_follow(text: str, start: int, at: int) -> bool:
    """Whether the sentence before a level named with a bare figure ("各部分得分为：预算执行7.75分、产出45.14分…") says
    scores follow, and not weights ("分值为：预算执行10分、产出50分…")."""
    lead = text[max(start, text.rfind("。", start, at) + 1) : at]
    return bool(_SCORES_LEAD.search(lead)) and not _WEIGHTS_LEAD.search(lead)


# "投入、过程、产出、效益四个方面分别得分19.5分、29.19分、28.5分、18.5分，部门整体支出自评得分96.69分"
_NAMES_IN_TURN = re.compile(r"(?=[预产效满投过决])(?P<names>(?:(?:预算执行|产出|效益|满意度|投入|过程|决策)(?:指标)?[、和及与]){3}"
                            r"(?:预算执行|产出|效益|满意度|投入|过程|决策)(?:指标)?)[^，,。；;\d]{0,10}?分别(?:得分?|为|是)(?:为)?\s*"
                            r"(?P<list>\d{1,3}(?:\.\d{1,2})?\s*分(?:[、，,和及]\s*\d{1,3}(?:\.\d{1,2})?\s*分){3})")
_FOUR = r"\d{1,3}(?:\.\d{1,2})?\s*分(?:[、，,和及]\s*\d{1,3}(?:\.\d{1,2})?\s*分){3}"
# "…四类指标权重分别为15分、30分、35分、20分，得分分别为15分、29.60分、…": the scores in turn after the weights
_THEN_SCORES = re.compile(rf"[，,；;]\s*(?:实际|自评)?得分?分别(?:为|是)?\s*(?P<list>{_FOUR})")
# the four levels of the two outlines: a project's (with 决策 or 投入 for 预算执行 in 部门整体 reports) or a department's
_SYSTEMS = ({"预算执行", "产出", "效益", "满意度"}, {"投入", "过程", "产出", "效益"}, {"决策", "过程", "产出", "效益"})


def _in_turn(ctx: Context) -> None:
    """Four levels named and then scored in turn, the total said after them in the same sentence."""
    text = ctx.text
    for m in _NAMES_IN_TURN.finditer(text):
        names = {re.sub("指标$", "", n) for n in re.split("[、和及与]", m.group("names"))}
        if names not in _SYSTEMS:
            continue
        listed = m
        if _WEIGHTS_LEAD.search(text, m.end("names"), m.start("list")):
            scores = _THEN_SCORES.match(text, m.end())  # (the list is their weights)
            if scores is None:
                continue
            listed = scores
        end = min([len(text)] + [i for c in "。；;\n" if (i := text.find(c, listed.end())) >= 0])
        total = _TOTAL.search(text, listed.end(), end)
        parts = mentions_within(ctx.mentions, listed.start("list"), listed.end("list"))
        if total is None or len(parts) != 4 or any(p.kind != "score" for p in parts):
            continue
        t = _unmet_total(ctx, parts, total)
        if t is not None:
            _report(ctx, parts, t, t.span)
