"""Indicators written in a sentence, each with its weight in brackets and its score (I6, I7):

    产出指标50分：受理矛盾纠纷数（20分），目标不少于1,500件，实际受理1,742件，得20分；调解成功率（20分），…，得20分；
    受理后7日内分流率（10分），目标100%，实际86.0%，得8.60分。

An item's score above its weight is ``score_exceeds_weight``; a level named with its weight before a colon
("产出指标50分：", "产出指标（40分）得39.50分：") and closed by the sentence's end holds its items' weights (and, when it
states one, their scores): ``weight_sum_mismatch`` / ``score_sum_mismatch``. Tables are left to the table rules."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import EPS, Context, plain_number, sum_agrees
from chains.findings import Finding
from chains.text.numbers import extract_numbers

_ITEM = re.compile(r"[（(](?P<w>\d{1,2}(?:\.\d{1,2})?)分[)）](?P<body>(?:[^；;。\n（(]|[（(][^（(）)\n]{0,12}[)）]){0,80}?)"
                   r"得(?:分)?(?:为)?(?P<s>\d{1,3}(?:\.\d{1,2})?)分")
_WEIGHT = re.compile(r"[（(]\d{1,2}(?:\.\d{1,2})?分[)）]")
# "检查家次分值15分，目标260家次、实际238家次，得13.73分": the weight said as 分值, after the name
_NAMED_ITEM = re.compile(r"分值(?P<w>\d{1,2}(?:\.\d{1,2})?)分(?P<body>[^；;。\n]{0,80}?)得(?:分)?(?:为)?(?P<s>\d{1,3}(?:\.\d{1,2})?)分")
_NAMED_WEIGHT = re.compile(r"分值\d{1,2}(?:\.\d{1,2})?分")
# "2.产出指标（分值50分），得47.23分。其中：…": a level, its weight and score, its items in the sentence after
_NAMED_LEVEL = re.compile(r"(?:预算执行率?|产出|效益|满意度|成本|效果)(?:指标)?[（(]分值(?P<w>\d{1,3}(?:\.\d{1,2})?)分[)）]"
                          r"(?:[，,]?得(?:分)?(?P<s>\d{1,3}(?:\.\d{1,2})?)分)?[。，,]?(?:其中[：:]?)?")
_LEVEL = re.compile(r"(?:产出|效益|满意度|成本|效果|决策|过程|管理)指标[（(]?(?P<w>\d{1,3}(?:\.\d{1,2})?)分[)）]?"
                    r"(?:[，,]?得(?:分)?(?P<s>\d{1,3}(?:\.\d{1,2})?)分)?[：:]")


def run(ctx: Context) -> None:
    text = ctx.text
    if "合计" in text or "总分" in text or "得分" in text:
        _levels_scores_and_total(ctx)
    if "分值" in text and "）" in text:
        _named_levels(ctx)
    if "分）" not in text and "分)" not in text:
        return
    tables = [t.span for t in ctx.tables]
    for m in _ITEM.finditer(text):
        if any(a <= m.start() < b for a, b in tables):
            continue
        w, s = Decimal(m.group("w")), Decimal(m.group("s"))
        if _WEIGHT.search(m.group("body")):
            continue  # "从投入（15分）、过程（25分）…四个方面进行评分，自评得分98.60分": the total, after every weight
        if s > w + EPS:
            span = m.span("s")
            ctx.add(Finding("score_exceeds_weight", f"该项分值{m.group('w')}分，得分{m.group('s')}分超过分值。",
                            (span[0], span[1] + 1), values={"weight": m.group("w"), "score": m.group("s")},
                            expected=f"≤{m.group('w')}", related=(m.span("w"),)))
    levels = [level for level in _LEVEL.finditer(text) if not any(a <= level.start() < b for a, b in tables)]
    # the levels' own weights make 100 with the execution's: a level whose items miss its weight has the slip in them
    execution = _EXECUTION_WEIGHT.search(text)
    whole = sum(Decimal(level.group("w")) for level in levels) + (Decimal(execution.group("w")) if execution else 0) == 100
    for level in levels:
        end = min((i for i in (text.find(c, level.end()) for c in "。\n") if i >= 0), default=len(text))
        items = [m for m in _ITEM.finditer(text, level.end(), end)]
        if len(items) < 2 or len(_WEIGHT.findall(text, level.end(), end)) != len(items):
            continue  # (an item not read: the level's sums are not known)
        _level_sums(ctx, level, items, whole=whole)


_SCORED = re.compile(r"(?:得分|得)(?:为)?(?P<s>\d{1,3}(?:\.\d{1,2})?)分")
_EXECUTION_WEIGHT = re.compile(r"预算执行(?:率|情况)?(?:指标)?[（(](?:分值)?(?P<w>\d{1,2})分[)）]")
_LEVEL_END = re.compile(r"(?:预算执行率?|(?:产出|效益|满意度|成本|效果|决策|过程|管理)(?:指标)?)$")
_STATED_TOTAL = re.compile(r"[，,]?\s*(?:合计|总分|总得分|共计|综合得分)(?:为)?(?P<t>\d{1,3}(?:\.\d{1,2})?)分")


def _levels_scores_and_total(ctx: Context) -> None:
    """"预算执行得分9.59分、产出指标得分58.40分、效益指标得分23.86分，合计89.85分": the levels' scores of one
    sentence against the total it states after them (a run of them, each right after the last and its 、，；)."""
    text = ctx.text
    run: list[re.Match[str]] = []
    for m in _SCORED.finditer(text):  # (a plain search for 得…分 first: a level's name is looked for only before one)
        named = _LEVEL_END.search(text, max(0, m.start() - 7), m.start())
        if named is None:
            run = []
            continue
        if run and not (run[-1].end() < named.start() <= run[-1].end() + 1 and text[run[-1].end()] in "、，,；;"):
            run = []
        if not run:
            sentence = max(text.rfind(c, 0, named.start()) for c in "。；;\n") + 1
            if re.search(r"\d\s*分", text[sentence : named.start()]):
                continue  # a score of a level the pattern does not name stands before: the run is not known whole
        run.append(m)
        total = _STATED_TOTAL.match(text, m.end())
        if total is not None and len(run) >= 2:
            _judge_run(ctx, run, total)
            run = []


def _judge_run(ctx: Context, run: list[re.Match[str]], total: re.Match[str]) -> None:
    scores = [extract_numbers(m.group("s")) for m in run]
    said = extract_numbers(total.group("t"))
    if len(said) != 1 or any(len(x) != 1 for x in scores) or sum_agrees([x[0] for x in scores], said[0]):
        return
    s = sum((Decimal(m.group("s")) for m in run), Decimal(0))
    # a total the 自评表 (or the text elsewhere) bears out: one of the levels' scores is wrong, the run is pointed at
    borne = any(sum_agrees(ss, said[0]) for _, ss in ctx.score_tables) or sum(
        1 for x in ctx.mentions if x.kind == "score" and x.value == said[0].value) > 1
    ctx.add(Finding("score_sum_mismatch", f"各级指标得分合计为{plain_number(s)}分，与所写合计{total.group('t')}分不符"
                    + ("；合计与自评表（或正文另一处）一致，应是某一级指标的得分有误。" if borne else "。"),
                    (run[0].start("s"), total.end("t") + 1) if borne else (total.start("t"), total.end("t") + 1),
                    values={"stated": total.group("t"), "sum": plain_number(s)},
                    expected=plain_number(s), related=tuple(m.span("s") for m in run)))


def _level_sums(ctx: Context, level: re.Match[str], items: list[re.Match[str]], whole: bool = False) -> None:
    weights = [Decimal(m.group("w")) for m in items]
    total_w = Decimal(level.group("w"))
    if abs(sum(weights, Decimal(0)) - total_w) > EPS:
        ctx.add(Finding("weight_sum_mismatch",
                        f"该级指标分值为{level.group('w')}分，其下各项分值合计为{plain_number(sum(weights, Decimal(0)))}分。",
                        # items said with their own 分值 are read whole: which of them is wrong nothing tells
                        (level.start("w"), items[-1].end("w")) if whole else level.span("w"),
                        values={"stated": level.group("w"), "sum": plain_number(sum(weights, Decimal(0)))},
                        expected=plain_number(sum(weights, Decimal(0))), related=tuple(m.span("w") for m in items)))
        return
    if level.group("s") is None:
        return
    said = extract_numbers(level.group("s"))
    scores = [extract_numbers(m.group("s")) for m in items]
    if len(said) != 1 or any(len(x) != 1 for x in scores):
        return
    if not sum_agrees([x[0] for x in scores], said[0]):
        total = sum((Decimal(m.group("s")) for m in items), Decimal(0))
        ctx.add(Finding("score_sum_mismatch",
                        f"该级指标得分为{level.group('s')}分，其下各项得分合计为{plain_number(total)}分。",
                        level.span("s"), values={"stated": level.group("s"), "sum": plain_number(total)},
                        expected=plain_number(total), related=tuple(m.span("s") for m in items)))


def _named_levels(ctx: Context) -> None:
    """"1.预算执行率（分值10分）。执行率68.27%，得6.83分。2.产出指标（分值50分），得47.23分。其中：检查家次分值15分，…，
    得13.73分；…": each level's items against its weight and score; and the levels, when their weights make 100,
    against the one total score the report states."""
    text = ctx.text
    tables = [t.span for t in ctx.tables]
    levels: list[tuple[re.Match[str], Decimal | None]] = []
    for level in _NAMED_LEVEL.finditer(text):
        if any(a <= level.start() < b for a, b in tables):
            continue
        end = min((i for i in (text.find(c, level.end()) for c in "。\n") if i >= 0), default=len(text))
        following = _NAMED_LEVEL.search(text, level.end(), end)
        if following is not None:  # "产出指标（分值50分）得分46.90分，其中…；效益指标（分值30分）…": the next level's own
            end = following.start()
        items = list(_NAMED_ITEM.finditer(text, level.end(), end))
        if level.group(0).endswith(("其中", "其中：", "其中:")) and len(items) >= 2 \
                and len(_NAMED_WEIGHT.findall(text, level.end(), end)) == len(items):
            _level_sums(ctx, level, items, whole=True)
        elif level.group(0).endswith(("其中", "其中：", "其中:")) and not items:
            # "…，其中数量指标（20分）得19.28分、质量指标（10分）得10分…": the items' weights in brackets
            items = list(_ITEM.finditer(text, level.end(), end))
            if len(items) >= 2 and len(_WEIGHT.findall(text, level.end(), end)) == len(items):
                _level_sums(ctx, level, items, whole=True)
        score = level.group("s")
        if score is None:  # "4.满意度指标（分值10分）。满意度85%，得9.44分。": the score closes the line
            line_end = text.find("\n", level.end())
            said = _SCORED.findall(text, level.end(), line_end if line_end >= 0 else len(text))
            score = said[0] if len(said) == 1 else None
        levels.append((level, Decimal(score) if score is not None else None))
    _levels_against_total(ctx, levels)


def _levels_against_total(ctx: Context, levels: list[tuple[re.Match[str], Decimal | None]]) -> None:
    if len(levels) < 3 or any(s is None for _, s in levels) or sum(Decimal(m.group("w")) for m, _ in levels) != 100:
        return
    totals = {lk.mention.value: lk.mention for lk in ctx.linked if lk.quantity == "total_score" and not lk.mention.approx
              and lk.mention.start > levels[-1][0].end()}
    if len(totals) != 1:
        return
    said = next(iter(totals.values()))
    s = sum((x for _, x in levels if x is not None), Decimal(0))
    if abs(s - said.value) > said.half_unit() + EPS:
        ctx.add(Finding("score_sum_mismatch", f"各级指标得分合计为{plain_number(s)}分，与所写总分{said.raw}不符。", said.span,
                        values={"stated": said.raw, "sum": plain_number(s)}, expected=plain_number(s)))
