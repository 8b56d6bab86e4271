"""Qualitative indicators (rules §5): when a row's 实际完成值 is a judgement rather than a number, its 得分
must lie in the judgement's band of the weight → ``score_rule_mismatch`` (warning: local rules differ).

MOF notice: 达成年度指标 → [80%, 100%]; 部分达成年度指标并具有一定效果 → [60%, 80%); 未达成年度指标且效果较差 → [0, 60%).
The Hubei variant draws the lower bands at 50% ([50%, 80%) and [0, 50%)); a score is flagged only when no documented
variant allows it, so a correctly scored Hubei table is never flagged.
"""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import Context, fmt
from chains.findings import Finding
from chains.text.table_model import Table

__all__ = ["run", "judgement_band", "BANDS"]

# (band, pattern, lowest share of the weight, highest share, upper bound inclusive?)
BANDS: tuple[tuple[str, re.Pattern[str], Decimal, Decimal, bool], ...] = (
    ("未达成", re.compile(r"未(?:能)?(?:达成|达到|实现|完成)|没有(?:达成|达到|完成)|效果较差"),
     Decimal(0), Decimal("0.60"), False),
    ("部分达成", re.compile(r"部分(?:达成|达到|实现|完成)|具有一定效果"), Decimal("0.50"), Decimal("0.80"), False),
    ("达成", re.compile(r"(?:已|全部|完全|均)?(?:达成|达到|实现|完成)(?:年度)?(?:指标|目标|预期)"),
     Decimal("0.80"), Decimal(1), True),
)
_BAND_TEXT = {"达成": "[80%, 100%]", "部分达成": "[60%, 80%)（湖北口径[50%, 80%)）",
              "未达成": "[0, 60%)（湖北口径[0, 50%)）"}
_NUMBER = re.compile(r"[0-9０-９]")
_ANY = re.compile(r"达成|达到|实现|完成|效果")


def judgement_band(actual: str) -> tuple[str, Decimal, Decimal, bool] | None:
    """The §5 band a qualitative 实际完成值 falls in, or None when the cell is not such a judgement."""
    text = actual.strip()
    if not text or _NUMBER.search(text) or not _ANY.search(text):
        return None
    for name, pattern, low, high, closed in BANDS:
        if pattern.search(text):
            return name, low, high, closed
    return None


def _inside(score: Decimal, half: Decimal, lo: Decimal, hi: Decimal, closed: bool) -> bool:
    """Whether a stated score lies in [lo, hi] (or [lo, hi)). A bound the score's decimals can print exactly is
    compared exactly; otherwise the score stands for the interval it rounds from (§8) and must meet the band."""
    def exact(bound: Decimal) -> bool:
        return half == 0 or (bound / (2 * half)) == (bound / (2 * half)).to_integral_value()

    low_ok = score >= lo if exact(lo) else score + half >= lo
    if closed:
        high_ok = score <= hi if exact(hi) else score - half <= hi
    else:
        high_ok = score < hi if exact(hi) else score - half < hi
    return low_ok and high_ok


def run(ctx: Context) -> None:
    for table in ctx.tables:
        if table.header_index is not None:
            _check(ctx, table)


def _check(ctx: Context, table: Table) -> None:
    if table.col("actual") is None or table.col("weight") is None or table.col("score") is None:
        return
    for row in table.data_rows():
        if row.is_total():
            continue
        actual = table.cell(row, "actual")
        if actual is None:
            continue
        band = judgement_band(actual.text)
        if band is None:
            continue
        w, s = table.number(row, "weight"), table.number(row, "score")
        if w is None or s is None or w.value <= 0 or s.value > w.value or s.approx:
            continue
        name, low, high, closed = band
        lo, hi = w.value * low, w.value * high
        if _inside(s.value, s.half_unit(), lo, hi, closed):
            continue
        upper = "]" if closed else ")"
        ctx.add(
            Finding(
                "score_rule_mismatch",
                f"“{row.name_in(table)}”实际完成情况为“{actual.text.strip()}”，属定性指标“{name}”档，"
                f"得分应在分值{w.raw}的{_BAND_TEXT[name]}之间，"
                f"即[{fmt(lo, 2)}, {fmt(hi, 2)}{upper}，表中为{s.raw}。",
                s.span,
                values={"weight": w.raw, "actual": actual.text.strip(), "stated": s.raw},
                expected=f"[{fmt(lo, 2)}, {fmt(hi, 2)}{upper}",
            )
        )
