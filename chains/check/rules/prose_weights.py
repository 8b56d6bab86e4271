"""Weights and scores stated in prose (rules §4, §8): the 分值 of the indicator levels written out in a sentence rather than a
table, as in

    本次自评采用百分制，设预算执行10分、产出指标50分、效益指标30分、满意度指标10分。
    其中产出指标下设数量指标20分、质量指标15分、时效指标10分、成本指标5分；效益指标下设……
    设产出指标50分（数量指标20分、质量指标15分、时效指标10分、成本指标5分）……

Two identities, each read only when every item is named as a level of the indicator system (never 得分 or
扣分, never an item the report names otherwise) → ``weight_sum_mismatch``:

* the four first-level weights (预算执行, 产出, 效益, 满意度) add up to 100 (or the 满分/总分 the sentence states);
* a first-level weight equals the sum of the second-level weights listed for it, in brackets right after it
  or after "X指标下设".
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from chains.check.rules.base import Context, plain_number
from chains.findings import Finding

#: a paragraph that sets weights says so
_CUE = re.compile(r"分值|满分|百分制|权重|总分|设置|下设|设|组成|构成")
#: a level of the indicator system with points right after it: the paragraph may set weights
_LEVEL_POINTS = re.compile(r"(?=[产效满执数质时成])(?:产出|效益|效果|满意度|执行|数量|质量|时效|成本)(?:指标|率)?(?:分值|权重)?\s*[（(]?\s*\d{1,3}(?:\.\d{1,2})?\s*分")
#: an item: a name and its 分 ("产出指标50分", "预算执行10分", "可持续影响指标15分")
# ("社会效益（分会场使用率）10分": the level's weight, its indicator named in brackets between)
# ("由预算执行（10分）、产出（55分）…构成": the weight in the item's own brackets)
_ITEM = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,12}?)(?:[（(][^（）()，,。；;\d]{1,16}[)）])?\s*(?P<b>[（(])?\s*(?P<w>\d{1,3}(?:\.\d{1,2})?)\s*分(?![值数钟])(?(b)[)）])")
_FIRST = {
    "execution": re.compile(r"^(?:预算|资金)?(?:资金)?执行(?:率|情况)?(?:指标)?$|^预算资金执行率$"),
    "output": re.compile(r"^产出(?:指标)?$"),
    "effect": re.compile(r"^效益(?:指标)?$|^效果(?:指标)?$"),
    "satisfaction": re.compile(r"^(?:服务对象|社会公众)?满意度(?:指标)?$"),
}
_PERFORMANCE = re.compile(r"^(?:(?:项目)?绩效|产出效益满意度)指标$")
_SECOND = re.compile(r"^(?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|满意度)(?:指标)?$")
#: the level an item names, at the end of the words before its 分 ("其中产出指标下设数量指标" → 数量指标; "所内戒治秩序及
#: 社会效果15分" is an indicator, 效果 a level only as 效果指标 or a name of its own)
_LEVEL = re.compile(
    r"(?:预算资金执行率|(?:预算|资金)?执行(?:率|情况)?|产出|效益|效果(?=指标)|(?<![\u4e00-\u9fff])效果|(?:服务对象|社会公众)?满意度|数量|质量|时效|成本|"
    r"经济效益|社会效益|生态效益|可持续影响)(?:指标)?(?=(?:分值|权重)?$)"
)
# the full marks ("满分100分"), not a score ("自评总分98.68分" in the same sentence)
_TOTAL = re.compile(r"(?<!自评)(?<!得)(?:满分|总分|百分制)(?:为)?\s*(\d{2,3}(?![\d.]))?\s*分?")
_BELOW = re.compile(r"下设|分为|包括|其中")


@dataclass
class _Item:
    name: str
    weight: Decimal
    span: tuple[int, int]  # the "50分" of the item
    start: int  # where its name begins
    children: list[_Item] = field(default_factory=list)


def run(ctx: Context) -> None:
    firsts = weights(ctx)
    scores(ctx)
    if "分值" in ctx.text:
        _line_over_weight(ctx)
    if "评分" in ctx.text or "评价" in ctx.text:
        _scored_lists(ctx)
    if "总分" in ctx.text or "评得分" in ctx.text or "价得分" in ctx.text:
        _listed_after_total(ctx)
    if firsts or _OWN_WEIGHT.search(ctx.text):  # "产出指标50分得51分" carries its own weight
        _over_weight(ctx, firsts)


def weights(ctx: Context) -> dict[str, _Item]:
    """Checks the weights stated in prose; returns the first-level ones by kind."""
    firsts: dict[str, _Item] = {}
    done = -1
    for hit in _LEVEL_POINTS.finditer(ctx.text):  # most reports state no weights in prose: one search and done
        if hit.start() < done:
            continue
        start = ctx.text.rfind("\n", 0, hit.start()) + 1
        end = ctx.text.find("\n", hit.end())
        end = done = len(ctx.text) if end < 0 else end
        para = ctx.text[start:end]
        if not _CUE.search(para):
            continue
        for sentence_start, sentence_end in _sentences(para, start):
            items = _items(ctx.text, sentence_start, sentence_end)
            if items is None or _SCORING.search(ctx.text, sentence_start, items[0].start):
                continue  # "经逐项评分，预算执行率9.72分、产出指标49.16分…": scores, not weights
            for k, it in enumerate(items):
                if _PERFORMANCE.match(it.name) and it.children:
                    _children_sum(ctx, it)
                elif _PERFORMANCE.match(it.name) and re.match(r"\s*(?:设置)?[，,]\s*其中", ctx.text[it.span[1] : items[k + 1].start]
                                                               if k + 1 < len(items) else ""):
                    # "绩效指标85分设置，其中产出指标60分、效益指标30分": the first levels after it, in its 其中
                    below = list(itertools.takewhile(lambda c: _first_level(c.name) in ("output", "effect", "satisfaction"),
                                                     items[k + 1 :]))
                    _children_sum(ctx, _Item(it.name, it.weight, it.span, it.start, below))
            top = [it for it in items if _first_level(it.name)]
            excess = _first_level_sum(ctx, ctx.text[sentence_start:sentence_end], top)
            for it in top:
                firsts[_first_level(it.name) or ""] = it
                if excess and it.weight - sum((c.weight for c in it.children), Decimal(0)) == excess:
                    continue  # the first-level weight is the odd one out: said once, at the first level
                _children_sum(ctx, it)
            head = items[0]
            if _first_level(head.name) and not head.children and len(items) >= 3 \
                    and all(_SECOND.match(it.name) for it in items[1:]) \
                    and _BELOW.search(ctx.text, head.span[1], items[1].start) \
                    or _SECOND.match(head.name) and not head.children and len(items) >= 3 \
                    and re.match(r"[，,]\s*其中", ctx.text[head.span[1] : items[1].start + 2]) \
                    and not any(_first_level(it.name) or _SECOND.match(it.name) for it in items[1:]):
                # "产出指标50分，分为数量指标20分、质量指标15分……" / "数量指标分值25分，其中秸秆还田面积15分、…"
                # "产出指标50分，分为数量指标20分、质量指标15分……"
                _children_sum(ctx, _Item(head.name, head.weight, head.span, head.start, items[1:]))
                continue
            for parent_kind, children in _listed_below(ctx.text, sentence_start, sentence_end, items):
                parent = firsts.get(parent_kind)
                if parent is not None and not parent.children:
                    _children_sum(ctx, _Item(parent.name, parent.weight, parent.span, parent.start, children))
    return firsts


def _sentences(para: str, offset: int) -> list[tuple[int, int]]:
    return [(offset + m.start(), offset + m.end()) for m in re.finditer(r"[^。；;！？]+", para)]


def _items(text: str, start: int, end: int) -> list[_Item] | None:
    """The weight items of a sentence, bracketed lists as children of the item before them. ``None`` when an
    item is a score (得分/扣分) or the sentence holds no weights."""
    items: list[_Item] = []
    parent: _Item | None = None
    depth_open = -1
    for m in _ITEM.finditer(text, start, end):
        raw = m.group("name")
        if "得" in raw or "扣" in raw or "自评总分" in raw or "评价总分" in raw:  # "本项目自评总分90.00分，其中…": scores
            if items and not parent:
                break  # "…满意度指标10分的权重，经逐项评分，本项目得分96.05分": the weights end where scores begin
            return None
        level = _LEVEL.search(raw)
        name = level.group(0) if level else raw
        if parent is not None and depth_open >= 0 and re.search(r"[)）]", text[depth_open : m.start()]):
            parent = None  # the bracket closed before this item
        begin = m.start("name") + (level.start() if level else 0)
        item = _Item(name, Decimal(m.group("w")), (m.start("w"), m.end() - (1 if m.group("b") else 0)), begin)
        if parent is not None:
            parent.children.append(item)
        else:
            items.append(item)
            after = text[m.end() : m.end() + 2]
            if after[:1] in "(（":
                parent, depth_open = item, m.end()
    return items or None


def _first_level(name: str) -> str | None:
    return next((kind for kind, rx in _FIRST.items() if rx.match(name)), None)


def _first_level_sum(ctx: Context, sentence: str, top: list[_Item]) -> Decimal:
    """Reports the four first-level weights not adding up to the whole; returns by how much they exceed it."""
    kinds = sorted(_first_level(it.name) or "" for it in top)
    stated = _TOTAL.search(sentence)
    # all four levels, each once, or the three of a report with no satisfaction level that says its whole ("评分采用
    # 百分制，其中预算执行率10分、产出指标60分、效益指标35分，合计100分"): otherwise a partial list
    if not top or kinds != sorted(_FIRST) and not (kinds == ["effect", "execution", "output"] and (
            stated or re.search(r"合计\s*100\s*分", sentence))):
        return Decimal(0)
    whole = Decimal(stated.group(1)) if stated and stated.group(1) else Decimal(100)
    total = sum((it.weight for it in top), Decimal(0))
    if total == whole or any(it.weight != it.weight.to_integral_value() and it.weight * 2 % 1 for it in top):
        return Decimal(0)  # ("产出48.00分、效益28.97分": scores, which weights, whole or halves, never are)
    listed = "、".join(f"{it.name}{it.weight}分" for it in top)
    ctx.add(
        Finding(
            "weight_sum_mismatch",
            f"文中所设一级指标分值{listed}，合计{total}分，不等于{whole}分。",
            (top[0].start, top[-1].span[1]),
            values={"weights": listed, "total": str(total)},
            expected=f"{whole}分",
            related=tuple(it.span for it in top),
        )
    )
    return total - whole


def _listed_below(text: str, start: int, end: int, items: list[_Item]) -> list[tuple[str, list[_Item]]]:
    """"产出指标下设数量指标20分、质量指标15分……": the second-level items after a first-level name and 下设."""
    out = []
    for m in re.finditer(r"(产出|效益|效果|满意度)(?:指标)?(?:下设|分为|包括)", text[start:end]):
        kind = _first_level(m.group(1))
        after = start + m.end()
        children = [it for it in items if it.start >= after and _SECOND.match(it.name)]
        if kind and len(children) >= 2 and all(_SECOND.match(it.name) for it in items if it.start >= after):
            out.append((kind, children))
    return out


def _children_sum(ctx: Context, parent: _Item) -> None:
    children = [replace(c, name=c.name.removeprefix("其中")) for c in parent.children]
    # under a first level its second levels; under a second level ("数量指标分值25分，其中…") its indicators
    # ("绩效指标90分（产出指标60分、效益指标30分）": the indicators' share of the 100, the first levels after execution)
    if len(children) < 2 or not (_SECOND.match(parent.name) or all(_SECOND.match(c.name) for c in children)
                                 or _PERFORMANCE.match(parent.name) and all(
                                     _first_level(c.name) in ("output", "effect", "satisfaction") for c in children)):
        return
    total = sum((c.weight for c in children), Decimal(0))
    if total == parent.weight:
        return
    listed = "、".join(f"{c.name}{c.weight}分" for c in children)
    ctx.add(
        Finding(
            "weight_sum_mismatch",
            f"{parent.name}分值为{parent.weight}分，但其下{listed}合计{total}分，两者不符。",
            # (the indicators' share and its first levels: either may be the slip)
            (parent.start if _PERFORMANCE.match(parent.name) else children[0].start, children[-1].span[1]),
            values={"parent": f"{parent.weight}分", "children": listed, "total": str(total)},
            expected=f"{parent.weight}分",
            related=(parent.span, *(c.span for c in children)),
        )
    )


# -- first-level scores stated in a sentence with the total ---------------------------------------------------

_SCORE_ITEM = re.compile(
    r"(?=[预资产效服满])(?P<name>预算执行(?:率)?|资金执行(?:率)?|产出|效益|效果|(?:服务对象)?满意度)(?:指标)?"
    r"(?:[（(]\s*(?P<wt>\d{1,3}(?:\.\d{1,2})?)\s*分\s*[)）])?(?:得分|得)(?:为)?\s*"  # ("产出指标（50分）得49.6分")
    r"(?:\d{1,3}(?:\.\d{1,2})?\s*分中的?\s*)?(?P<v>\d{1,3}(?:\.\d{1,2})?)\s*分"  # "得10分中的9.59分": of its 10
)
_SCORING = re.compile(r"(?:逐项|经|综合)评分|评分(?:结果|情况)|得分|打分|评定|自评结果")
_SCORED_LIST = re.compile(r"(?:逐项|经|综合)评分[，,：:]|评分(?:结果|情况)[为是，,：:]|自评得分[为是：:]|(?:经|综合)评价[，,：:]")
_OWN_WEIGHT = re.compile(r"分[，,]?(?:实际)?得")
_WEIGHT_THEN_SCORE = re.compile(
    r"(?=[预资产效服满])(?P<name>预算执行(?:率)?|资金执行(?:率)?|产出|效益|效果|(?:服务对象)?满意度)(?:指标)?(?:分值)?\s*(?P<w>\d{1,3}(?:\.\d{1,2})?)\s*分"
    r"[，,]?(?:实际)?得(?:分)?(?:为)?\s*(?P<v>\d{1,3}(?:\.\d{1,2})?)\s*分"
)
_SCORED = re.compile(r"得分?(?:为)?\s*\d{1,3}(?:\.\d{1,2})?\s*分")
_SCORE_TOTAL = re.compile(r"(?:自评)?(?:总得分|总分|综合得分|自评得分|合计得分|合计)(?:为)?\s*(?P<v>\d{1,3}(?:\.\d{1,2})?)\s*分")


def _scored_lists(ctx: Context) -> None:
    """"经逐项评分，预算执行率9.72分、产出指标49.61分、效益指标29.80分、满意度指标10分，合计98.68分": the four
    first-level scores listed after words of scoring, and their total."""
    for cue in _SCORED_LIST.finditer(ctx.text):
        ends = [i for i in (ctx.text.find(c, cue.end()) for c in "。；;！？\n") if i >= 0]
        end = min(ends) if ends else len(ctx.text)
        # (a weight in its own brackets, "预算执行率（10分）得9.25分", is no score of the list)
        items = [m for m in _ITEM.finditer(ctx.text, cue.end(), end)
                 if _first_level(_level_name(m.group("name"))) and not m.group("b")]
        total = _SCORE_TOTAL.search(ctx.text, items[-1].end(), end) if len(items) == 4 else None
        if total is None or sorted(_first_level(_level_name(m.group("name"))) or "" for m in items) != sorted(_FIRST):
            continue
        _scores_total(ctx, [_score_span(ctx, m) for m in items], total, items[0].start("w"))


# ("自评得分89.16分，评价等级为良。其中预算执行9.37分、…": the grade between the total and its parts)
_TOTAL_THEN_LIST = re.compile(r"(?:自评|评价)(?:总得分|总分|得分)(?:为)?\s*(?P<v>\d{1,3}(?:\.\d{1,2})?)\s*分"
                              r"(?:[，,]\s*(?:评价|绩效)?(?:等级|等次)(?:为|是)?[“\"]?[优良中差][秀好等]?[”\"]?)?[，,。]\s*其中[：:]?")


_WEIGHT_WORD = re.compile(r"权重|分值|满分")


def _listed_after_total(ctx: Context) -> None:
    """"本项目自评总分90.00分，其中预算执行率9.85分、产出指标45分、效益指标25.96分、满意度指标9.19分": the four
    first-level scores listed after the total they make up."""
    for total in _TOTAL_THEN_LIST.finditer(ctx.text):
        ends = [i for i in (ctx.text.find(c, total.end()) for c in "。；;！？\n") if i >= 0]
        end = min(ends) if ends else len(ctx.text)
        if _WEIGHT_WORD.search(ctx.text, total.end(), end):
            continue  # "自评得分99.45分，等级为优。其中预算执行指标权重10分，产出指标50分…": the weights, not the scores
        listed = [m for m in _ITEM.finditer(ctx.text, total.end(), end) if not m.group("b")]
        items = [m for m in listed if _first_level(_level_name(m.group("name")))]
        if any("得" not in m.group("name") for m in listed if m not in items):
            continue  # "…预算执行10分得9.75分，预算管理20分得19分，产出指标…": another level of the scheme's among them
        if len(items) == 4 and sorted(_first_level(_level_name(m.group("name"))) or "" for m in items) == sorted(_FIRST):
            _scores_total(ctx, [_score_span(ctx, m) for m in items], total, total.start(), items[-1].end())
            continue
        # "自评得分98.58分，其中预算执行率得分9.76分，产出指标得分48.22分…": each level's 得分 named
        scored = list(_SCORE_ITEM.finditer(ctx.text, total.end(), end))
        if len(scored) == 4 and sorted(_first_level(re.sub(r"率$", "", m.group("name"))) or "" for m in scored) == sorted(_FIRST):
            _scores_total(ctx, [m.span("v") for m in scored], total, total.start(), scored[-1].end())


def _score_span(ctx: Context, item: re.Match[str]) -> tuple[int, int]:
    """The score of a listed level: its figure, or the one after it when that figure is the level's weight
    ("预算执行10分得8.82分")."""
    then = _WEIGHT_THEN_SCORE.match(ctx.text, item.start())
    return then.span("v") if then is not None and then.start("w") == item.start("w") else item.span("w")


def _level_name(raw: str) -> str:
    level = _LEVEL.search(raw)
    return re.sub(r"率$", "", level.group(0) if level else raw)


def scores(ctx: Context) -> None:
    """"预算执行得分9.68分，产出指标得分48.86分，效益指标得分28分，满意度指标得分10分，自评总得分97.54分": the four
    first-level scores and the total they add up to, in one sentence → ``score_sum_mismatch`` (rules §8 rounding)."""
    if not _SCORED.search(ctx.text):
        return  # no "得分…N分" at all (a literal anchor: far quicker than the item pattern)
    first = _SCORE_ITEM.search(ctx.text)
    if first is None:
        return
    done = -1
    for found in _SCORE_ITEM.finditer(ctx.text, first.start()):
        if found.start() < done:
            continue
        start = max(ctx.text.rfind(c, 0, found.start()) for c in "。；;！？\n") + 1
        ends = [i for i in (ctx.text.find(c, found.end()) for c in "。；;！？\n") if i >= 0]
        end = done = min(ends) if ends else len(ctx.text)
        items = list(_SCORE_ITEM.finditer(ctx.text, start, end))
        if len(items) < 4:
            continue
        kinds = [_first_level(re.sub(r"率$", "", m.group("name"))) for m in items]
        total = _SCORE_TOTAL.search(ctx.text, items[-1].end(), end)
        if sorted(k or "" for k in kinds) != sorted(_FIRST):
            continue
        if len(items) == 4 and all(m.group("wt") for m in items):
            _bracketed_weights(ctx, items, [k or "" for k in kinds])
        if total is None:
            continue
        _scores_total(ctx, [m.span("v") for m in items], total, items[0].start())


_USUAL = {"execution": Decimal(10), "output": Decimal(50), "effect": Decimal(30), "satisfaction": Decimal(10)}


def _bracketed_weights(ctx: Context, items: list[re.Match[str]], kinds: list[str]) -> None:
    """"预算执行率（10分）得9.64分，产出指标（50分）得49.6分，效益指标（35分）得…": the four levels' weights in brackets
    add up to 100; where they do not, the one weight off its usual value that would make them is named."""
    weights = [Decimal(m.group("wt")) for m in items]
    total = sum(weights, Decimal(0))
    if total == 100:
        return
    odd = [i for i, (w, k) in enumerate(zip(weights, kinds, strict=True)) if w != _USUAL.get(k)]
    one = len(odd) == 1 and total - weights[odd[0]] + _USUAL[kinds[odd[0]]] == 100
    listed = "、".join(f"{_KIND_ZH.get(k, k)}{m.group('wt')}分" for m, k in zip(items, kinds, strict=True))
    ctx.add(
        Finding(
            "weight_sum_mismatch",
            f"文中所设一级指标分值{listed}，合计{plain_number(total)}分，不等于100分"
            + (f"；{_KIND_ZH.get(kinds[odd[0]])}常规为{_USUAL[kinds[odd[0]]]}分。" if one else "。"),
            items[odd[0]].span("wt") if one else (items[0].start("wt"), items[-1].end("wt")),
            values={"weights": listed, "total": plain_number(total)},
            expected="100分",
            related=tuple(m.span("wt") for m in items),
        )
    )


def _half_unit(raw: str) -> Decimal:
    return Decimal(5) * Decimal(10) ** (-(len(raw.split(".")[1]) if "." in raw else 0) - 1)


def _scores_total(ctx: Context, spans: list[tuple[int, int]], total: re.Match[str], start: int,
                  end: int | None = None) -> None:
    """The first-level scores at ``spans`` against the total said after them (rows rounded to the total's decimals may
    differ from it by half a unit each)."""
    said = [ctx.text[a:b] for a, b in spans]
    stated = Decimal(total.group("v"))
    decimals = max(len(v.split(".")[1]) if "." in v else 0 for v in [*said, total.group("v")])
    s = sum((Decimal(v) for v in said), Decimal(0))
    if abs(s - stated) <= Decimal(5) * Decimal(10) ** (-(decimals + 1)) * len(said):
        return
    if abs(s - stated) <= _half_unit(total.group("v")):
        return  # "…满意度指标得10分，经加总取整，本项目自评得分99分": a whole-point total of 98.83 (rules §8)
    listed = "＋".join(f"{v}分" for v in said)
    ctx.add(
        Finding(
            "score_sum_mismatch",
            f"文中各一级指标得分{listed}＝{s}分，与所写总得分{total.group('v')}分不符。",
            (start, total.end() if end is None else end),
            values={"scores": listed, "total": total.group("v")},
            expected=f"{s}分",
            related=tuple(spans),
        )
    )


# "预算执行、产出、效益、满意度四项一级指标得分依次为9.93分、49分、28.02分、11分"
_IN_TURN = re.compile(r"(?P<names>(?:(?:预算执行|产出|效益|满意度)(?:指标)?[、和及]?){4})[^，,。；;\d]{0,12}?(?:依次|分别)(?:为|是)"
                      r"(?P<values>(?:\s*\d{1,3}(?:\.\d{1,2})?\s*分[、，,和及]?){4})")
_NAME = re.compile(r"预算执行|产出|效益|满意度")
_KIND_ZH = {"execution": "预算执行", "output": "产出指标", "effect": "效益指标", "satisfaction": "满意度指标"}
_VALUE = re.compile(r"\d{1,3}(?:\.\d{1,2})?(?=\s*分)")


def _over_weight(ctx: Context, firsts: dict[str, _Item]) -> None:
    """A first-level score stated in prose above the weight the report gives that level ("满意度指标10分" …
    "满意度指标得分11分", or its own: "效益指标（30分）得28.5分") → ``score_exceeds_weight``."""
    said: list[tuple[str, str, tuple[int, int], _Item | None]] = [
        (_first_level(re.sub(r"率$", "", m.group("name"))) or "", m.group("v"), m.span("v"),
         _Item(m.group("name"), Decimal(m.group("wt")), m.span("wt"), m.start()) if m.group("wt") else None)
        for m in _SCORE_ITEM.finditer(ctx.text)]
    for m in _IN_TURN.finditer(ctx.text):
        names = _NAME.findall(m.group("names"))
        values = list(_VALUE.finditer(ctx.text, m.start("values"), m.end("values")))
        said += [(_first_level(n) or "", v.group(0), v.span(), None) for n, v in zip(names, values, strict=False)]
    firsts = dict(firsts)
    for m in _WEIGHT_THEN_SCORE.finditer(ctx.text):  # "产出指标50分得51分": its own weight beside it
        kind = _first_level(re.sub(r"率$", "", m.group("name"))) or ""
        firsts.setdefault(kind, _Item(m.group("name"), Decimal(m.group("w")), m.span("w"), m.start()))
        said.append((kind, m.group("v"), m.span("v"), None))
    for kind, value, span, own in said:
        w = own or firsts.get(kind)
        if w is None or Decimal(value) <= w.weight:
            continue
        ctx.add(
            Finding(
                "score_exceeds_weight",
                f"{_KIND_ZH.get(kind, kind)}得分{value}分超过其分值{w.weight}分。",
                span,
                values={"weight": f"{w.weight}分", "score": f"{value}分"},
                expected=f"≤{w.weight}分",
                related=(w.span,),
            )
        )


# "(3) 强震动台运行率：目标≥95%，实际97.2%，分值5分，得分7.22分": an indicator's weight and score side by side
_WEIGHT_SCORE = re.compile(r"分值(?:为)?\s*(?P<w>\d{1,3}(?:\.\d{1,2})?)\s*分[，,；;\s]*(?:实际)?得(?:分为|分)?\s*(?P<v>\d{1,3}(?:\.\d{1,2})?)\s*分")
# ("分值10分，得分9.5分", "该项分值8分，得10分")


def _line_over_weight(ctx: Context) -> None:
    """A score written right after its own weight and above it → ``score_exceeds_weight``."""
    for m in _WEIGHT_SCORE.finditer(ctx.text):
        w, v = Decimal(m.group("w")), Decimal(m.group("v"))
        if v > w:
            ctx.add(Finding("score_exceeds_weight", f"得分{m.group('v')}分超过其分值{m.group('w')}分。", m.span("v"),
                            values={"weight": f"{m.group('w')}分", "score": f"{m.group('v')}分"}, expected=f"≤{m.group('w')}分",
                            related=(m.span("w"),)))

