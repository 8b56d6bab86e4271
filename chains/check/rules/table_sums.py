"""The sums of a 自评表's weights and scores against its total row (I6, I7), and where a finding points: at the one
figure its row or its level shows wrong, at the rows when the total is borne out (the text states it again, or it is
the 100 the rules ask for), else at the total."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules import score_groups
from chains.check.rules.base import EPS, Context, plain_number, sum_agrees
from chains.check.rules.score_groups import Leaf
from chains.findings import Finding
from chains.text.numbers import Mention
from chains.text.table_model import Table
from chains.vocabulary import grade_of

_DEFAULT_WEIGHT = {"budget_execution": Decimal(10), "output": Decimal(50), "benefit": Decimal(30),
                   "satisfaction": Decimal(10)}


def restated(ctx: Context, table: Table, total: Mention) -> bool:
    """Whether the text outside the table states the table's total again ("自评得分98.60分", "累计支付574.62万元")."""
    scored = total.kind in ("score", "number")  # (a table's bare "98.60" is said "98.60分" in the text)
    return any((m.kind == "score" if scored else m.kind == total.kind and m.unit == total.unit) and m.value == total.value
               and not table.span[0] <= m.start < table.span[1] for m in ctx.mentions)


def amount_restated(ctx: Context, table: Table, total: Mention) -> bool:
    """Whether the text outside the table writes a column's total again, in any unit ("累计支付574.62万元" for a
    "已支付（万元）" column's 574.62); small figures are left out, which repeat by chance."""
    outside = [m for m in ctx.mentions if m.kind in ("money", "number", "count") and not table.span[0] <= m.start < table.span[1]]
    return total.number >= 10 and (any(m.number == total.number and m.decimals == total.decimals for m in outside)
                                   or _added_up(ctx, [m for m in outside if m.kind == "money"], total))


def _added_up(ctx: Context, money: list[Mention], total: Mention) -> bool:
    """Two or three amounts written one after another in a line of the text that add up exactly to the total ("省财政
    提前下达…72.00万元；县级配套资金18.00万元列入年初预算" for a 年初预算 total of 90.00): its sources, stated."""
    for i in range(len(money)):
        for k in (2, 3):
            run = money[i : i + k]
            if len(run) == k and len({ctx.line_of(m.start) for m in run}) == 1 and not any(m.approx for m in run) \
                    and all(m.decimals == total.decimals and m.value for m in run) \
                    and sum(m.number for m in run) == total.number:
                return True
    return False


def score_sum(ctx: Context, scores: list[Mention], ts: Mention, slipped: Mention | None = None,
               confirmed: bool = False) -> None:
    """Σ scores = the stated total (I7); pointed at the one score that its row's completion shows typed wrong, if any,
    else, when the text states the total again, at the rows' scores (one of them is wrong), else at the total."""
    if sum_agrees(scores, ts):
        return
    total = sum((s.value for s in scores), Decimal(0))
    odd = f"；其中得分{slipped.raw}与该项完成情况不符，像是填错" if slipped is not None else \
        "；合计与正文所写总分一致，应是某一行的得分填错" if confirmed else ""
    ctx.add(
        Finding(
            "score_sum_mismatch",
            f"各项得分合计为{plain_number(total)}分，与所写合计{ts.raw}不符{odd}。",
            slipped.span if slipped is not None else _cover(scores[0].span, ts.span) if confirmed else ts.span,
            values={"sum": plain_number(total), "stated": ts.raw},
            expected=plain_number(total),
            decisive=grade_of(total) != grade_of(ts.value),
            related=(ts.span,) if slipped is not None or confirmed else (),
        )
    )


def weight_sum(ctx: Context, table: Table, leaf: list[Leaf], weights: list[Mention], tw: Mention | None,
                levels: set[str], part: bool = False, rows_only: bool = False) -> None:
    """Σ weights = 100 (I6), against the stated total when the table has one; a level's table against its 小计; with
    ``rows_only``, a 合计 of the indicator rows alone (the funds block's weight makes up the hundred)."""
    if sum(1 for w in weights if w.value == 100) >= 2:
        return  # "标段｜…｜考核分值｜考核得分" with 100 on each row: each row scored on its own, no weights of one total
    target = tw.value if tw is not None else Decimal(100)
    total = sum((w.value for w in weights), Decimal(0))
    if not part and "budget_execution" not in levels and 0 < 100 - total <= 30 and (tw is None or tw.value == total) \
            and _execution_weight_said(ctx.text, 100 - total):
        return  # "预算执行情况20分，按“预算执行率×20”计分；绩效指标80分": the table is the 80, the rest is said in prose
    if abs(total - target) > EPS or (tw is not None and tw.value != 100 and not part and not rows_only):
        span, related, hint = _odd_weight(table, leaf, total, tw, rows_only)
        # no total row and no execution row, short of 100: the 预算执行率 weight may stand elsewhere
        unsure = tw is None and "budget_execution" not in levels and total < 100
        ctx.add(
            Finding(
                "weight_sum_mismatch",
                ("疑似：" if unsure else "")
                + f"各项分值合计为{plain_number(total)}，不等于{('所写小计' if part else '所写合计') + tw.raw if tw is not None and abs(total - target) > EPS else '100'}"
                + ("" if part or rows_only else "（应为100）") + f"{hint}。"
                + ("表中没有合计行和预算执行率行，其分值可能另列，请核实。" if unsure else ""),
                span,
                severity="warning" if unsure else "error",
                values={"sum": plain_number(total), "stated": tw.raw if tw is not None else "100"},
                expected=plain_number(target) if part or rows_only else "100",
                related=related,
            )
        )
    elif tw is None:
        _nonstandard(ctx, table, leaf)


def _execution_weight_said(text: str, rest: Decimal) -> bool:
    """Whether the text gives the 预算执行 part of the score as ``rest`` points ("预算执行率（分值10分）", "预算执行情况20分")."""
    return re.search(r"预算执行(?:率|情况)?[（(]?(?:分值|权重|占)?\s*" + plain_number(rest) + r"\s*分(?![之钟])", text) is not None


def _odd_weight(table: Table, leaf: list[Leaf], total: Decimal, tw: Mention | None, borne: bool = False
                ) -> tuple[tuple[int, int], tuple[tuple[int, int], ...], str]:
    """Where to point: a level whose default weight the difference restores, else the stated total (``borne``: a total
    that makes the hundred with the funds block's weight, as the rules ask)."""
    diff = (tw.value if tw is not None else Decimal(100)) - total
    if (raised := score_groups.weight_raised(table, leaf, -diff)) is not None:  # (against any stated total: 小计 too)
        return raised.span, (tw.span,) if tw is not None else (), \
            f"；此项分值若为{plain_number(raised.value + diff)}，得分正与其完成情况相符，像是分值填错"
    names = {"budget_execution": "预算执行", "output": "产出指标", "benefit": "效益指标", "satisfaction": "满意度指标"}
    for _row, w, _s, level in reversed(leaf):
        if w is not None and level in _DEFAULT_WEIGHT and w.value + diff == _DEFAULT_WEIGHT[level]:
            return w.span, (), f"；{names[level]}分值为{w.raw}，常规为{plain_number(_DEFAULT_WEIGHT[level])}"
    if tw is not None and (tw.value == 100 or borne) and (ws := [w for _, w, _, _ in leaf if w is not None]):
        # the total the rules ask for: one of the rows' weights is wrong (pointed at from the first to the total)
        said = f"合计{tw.raw}与资金表中预算执行的分值合为100" if borne else "合计100"
        return _cover(ws[0].span, tw.span), (tw.span,), f"；{said}符合规定，应是某一行的分值填错"
    if tw is not None:
        return tw.span, tuple(w.span for _, w, _, _ in leaf if w is not None), ""
    ws = [w for _, w, _, _ in leaf if w is not None]  # no total row: 100 is the rule's, one of the rows is wrong
    return _cover(*(w.span for w in ws)), tuple(w.span for w in ws), "；表中没有合计行，应是某一行的分值填错"


def _cover(*spans: tuple[int, int]) -> tuple[int, int]:
    """The stretch from the first figure to the last, in whatever order the table gave them (a total row may come
    before its rows, a weight from the funds block after them)."""
    return min(a for a, _ in spans), max(b for _, b in spans)


def _nonstandard(ctx: Context, table: Table, leaf: list[Leaf]) -> None:
    by_level: dict[str, Decimal] = {}
    for _row, w, _s, level in leaf:
        if w is not None and level:
            by_level[level] = by_level.get(level, Decimal(0)) + w.value
    if "satisfaction" in by_level and set(by_level) == set(_DEFAULT_WEIGHT):
        off = {k: v for k, v in by_level.items() if v != _DEFAULT_WEIGHT[k]}
        if off:
            first = next(w for _, w, _, lv in leaf if w is not None and lv in off)
            names = {"budget_execution": "预算执行", "output": "产出", "benefit": "效益", "satisfaction": "满意度"}
            ctx.add(
                Finding(
                    "weight_nonstandard",
                    "一级指标权重为" + "、".join(f"{names[k]}{plain_number(v)}" for k, v in by_level.items())
                    + "，与财预〔2020〕10号默认的10/50/30/10不同。",
                    first.span,
                )
            )


# -- targets, actuals, completion -------------------------------------------------------------------
