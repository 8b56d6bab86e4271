"""A score above the full marks said just before it (I8): "对评估机构开展年度履约考核（满分100分），考核得分104分",
"该项目预算执行率指标（分值10分）得8.53分". The score is the first after the full marks, said with 得 and nothing else
between; full marks in brackets right after a score are that score's ("得分9.63分（分值10分），产出指标得分…").

Scores listed on one scale are read too: "评估得分分别为91.5分、106分、90.5分和93分（满分100分）", and the scores of a
table of projects in a report that says they are out of 100 ("各项目均按百分制自评")."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import EPS, Context
from chains.findings import Finding
from chains.text.numbers import Mention, mentions_within

_FULL = re.compile(r"(?:满分|分值)均?(?:为|是)?\s*(\d+(?:\.\d+)?)\s*分")
_THEN_SCORED = re.compile(r"[）)]?\s*[，,]?[^，,；;。\d（(]{0,8}得(?:分)?(?:为|是|了)?\s*")
_THE_TOTAL = re.compile(r"(?:自评|评价|综合|总)得")
_SCORED_BEFORE = re.compile(r"得(?:分)?(?:为|了)?\s*$")
_AFTER_A_SCORE = re.compile(r"\d\s*分\s*[（(]\s*$")


def run(ctx: Context) -> None:
    _total_over_a_hundred(ctx)
    if "满分" not in ctx.text and "分值" not in ctx.text and "百分制" not in ctx.text:
        return
    _listed(ctx)
    _project_tables(ctx)
    _each_then_scored(ctx)
    for fm in _FULL.finditer(ctx.text):
        if _AFTER_A_SCORE.search(ctx.text, max(0, fm.start() - 12), fm.start()):
            # "得3.5分（满分3分）", "得分9.63分（分值10分）": the score right before the brackets, its own full marks
            scored = mentions_within(ctx.mentions, max(0, fm.start() - 12), fm.start())[-1:]
            if not scored or not _SCORED_BEFORE.search(ctx.text, max(0, scored[0].start - 4), scored[0].start):
                continue
        else:
            scored = mentions_within(ctx.mentions, fm.end(), min(len(ctx.text), fm.end() + 16))[:1]
            if not scored or not _THEN_SCORED.fullmatch(ctx.text, fm.end(), scored[0].start):
                scored = _scored_later(ctx, fm)
                if not scored:
                    continue
        if _THE_TOTAL.search(ctx.text, fm.end(), scored[0].start):
            continue  # "绩效指标分值90分，自评得分94.29分": the report's total after the last weight, not that item's score
        m, full = scored[0], Decimal(fm.group(1))
        if m.kind != "score" or m.approx or m.comparator is not None or m.value <= full + EPS \
                or any(f.code == "score_exceeds_weight" and f.span[0] < m.end and m.start < f.span[1] for f in ctx.findings):
            continue
        said = "满分" if fm.group(0).startswith("满分") else "分值"
        ctx.add(Finding("score_exceeds_weight", f"得分{m.raw}超过所写{said}{fm.group(1)}分。", m.span,
                        values={"weight": fm.group(1), "score": m.raw}, expected=f"≤{fm.group(1)}分",
                        related=(fm.span(1),)))


_LATER_SCORE = re.compile(r"得(?:分)?(?:为|了)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分")


def _scored_later(ctx: Context, fm: re.Match[str]) -> list[Mention]:
    """"“创业培训合格率”分值4分，目标值95%，实际96.3%，得5分": the first score of the sentence after an item's 分值, when
    no other points, 得 or 扣 stand between (the item's target and actual may)."""
    end = min((i for i in (ctx.text.find(c, fm.end()) for c in "。；;\n") if i >= 0), default=len(ctx.text))
    got = _LATER_SCORE.search(ctx.text, fm.end(), min(end, fm.end() + 60))
    between = ctx.text[fm.end() : got.start()] if got is not None else ""
    if got is None or "得" in between or "扣" in between or re.search(r"\d\s*分", between):
        return []  # (another item's weight between: "分值10分、产出指标50分…，自评得分93.84分" lists weights; the report's
        # total, "绩效指标分值90分，自评得分94.29分", is left to ``_THE_TOTAL`` in ``run``)
    return mentions_within(ctx.mentions, got.start(1), got.end())[:1]


def _exceeds(ctx: Context, m: Mention, full: str, where: tuple[int, int] | None) -> None:
    if any(f.code == "score_exceeds_weight" and f.span[0] < m.end and m.start < f.span[1] for f in ctx.findings):
        return
    ctx.add(Finding("score_exceeds_weight", f"得分{m.raw}超过满分{full}分。", m.span,
                    values={"weight": full, "score": m.raw}, expected=f"≤{full}分",
                    related=(where,) if where else ()))


def _listed(ctx: Context) -> None:
    """"得分分别为91.5分、106分、90.5分和93分（满分100分）", "…满分100分。年度考核结果为：中央大街献血屋98分，…太和献血屋
    103分": three or more scores of one sentence on the scale of the 满分 said in it (or closing the sentence before)."""
    text = ctx.text
    for fm in _FULL.finditer(text):
        full = Decimal(fm.group(1))
        if not fm.group(0).startswith("满分") or full < 50:
            continue
        start = max(text.rfind(c, 0, fm.start()) for c in "。；;\n") + 1
        end = min((i for i in (text.find(c, fm.end()) for c in "。；;\n") if i >= 0), default=len(text))
        if end < len(text) and text[end] == "。" and not _scores(ctx, start, fm.start()) and text[fm.end() : end].strip() == "":
            end = min((i for i in (text.find(c, end + 1) for c in "。；;\n") if i >= 0), default=len(text))
        scores = [m for m in _scores(ctx, start, end) if m.span != (fm.start(1), fm.end())]
        if len(scores) < 3 or any(m.value < full / 2 for m in scores) or _FULL.search(text, fm.end(), end):
            continue  # (not one scale: an item's score, a level's)
        for m in scores:
            if m.value > full + EPS and m.value <= full * Decimal("1.5"):
                _exceeds(ctx, m, fm.group(1), fm.span(1))


_EACH_THEN_SCORED = re.compile(r"(?:满分|分值)各(?:为|是)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分[，,]\s*分别得(?:分)?(?:为)?")


def _each_then_scored(ctx: Context) -> None:
    """"第2、3项分值各10分，分别得10.5分、8.5分": the scores listed in turn after the full marks each has."""
    for fm in _EACH_THEN_SCORED.finditer(ctx.text):
        end = min((i for i in (ctx.text.find(c, fm.end()) for c in "。；;\n") if i >= 0), default=len(ctx.text))
        for m in _scores(ctx, fm.end(), end):
            if m.value > Decimal(fm.group(1)) + EPS:
                _exceeds(ctx, m, fm.group(1), fm.span(1))


def _scores(ctx: Context, start: int, end: int) -> list[Mention]:
    return [m for m in mentions_within(ctx.mentions, start, end)
            if m.kind == "score" and not m.approx and m.comparator is None]


_HUNDRED_SCALE = re.compile(r"百分制|满分(?:均)?(?:为|是)?\s*100\s*分")


def _project_tables(ctx: Context) -> None:
    """A table of projects' scores (no 分值 column) in a report that says they are out of 100: a score above it."""
    said = _HUNDRED_SCALE.search(ctx.text)
    if said is None:
        return
    for table in ctx.tables:
        if table.col("score") is None or table.col("weight") is not None:
            continue
        scores = [m for row in table.data_rows() if not row.is_total() and (m := table.number(row, "score")) is not None]
        if len(scores) < 2 or any(m.value < 50 for m in scores):
            continue
        for m in scores:
            if 100 < m.value <= 150 and not m.approx:
                _exceeds(ctx, m, "100", None)


_OTHER_FULL = re.compile(r"满分(?:为|是)?\s*(?!100(?![\d.]))\d{2,3}\s*分|(?<![\d.])(?!100(?![\d.]))\d{3}分制")


def _total_over_a_hundred(ctx: Context) -> None:
    """"项目自评得分106.50分": a report's total out of 100 (rules §4) above it — unless the report sets other full marks."""
    over = [lk.mention for lk in ctx.linked if lk.quantity == "total_score" and lk.mention.kind == "score"
            and not lk.mention.approx and lk.mention.comparator is None and _HUNDRED + EPS < lk.mention.value <= 150]
    if not over or _OTHER_FULL.search(ctx.text) or not (ctx.score_tables or _HUNDRED_SCALE.search(ctx.text)):
        return  # (on 100 only when a 自评表 read or the text says so: "各县区考评结果是：霍邱县110分" may count bonus points)
    for m in over:
        _exceeds(ctx, m, "100", None)


_HUNDRED = Decimal(100)
_HUNDRED_SCALE = re.compile(r"满分(?:为|是)?\s*100\s*分|百分制")
