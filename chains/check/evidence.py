"""Fail closed: an ``error`` only when every figure it uses is read with certainty.

The rules find arithmetic that does not hold; this pass asks of each error whether the reading behind it
could be wrong, and where it could, keeps the finding as a ``warning`` that starts with 疑似 and says why.
A false alarm costs a reviewer's trust more than a miss, so doubt always lowers the severity:

* table cells run together by a copy ("21182118100%" for 2118 | 2118 | 100%): the columns are unknown;
* a stated rate with no % sign (a column read as the rate may be the score or the weight);
* a rate whose base or amount stands in another paragraph than the rate (another base may be meant).
"""

from __future__ import annotations

import re
from dataclasses import replace

from chains.check.rules.base import Context
from chains.findings import Finding

_RUN_TOGETHER = re.compile(r"\d{7,}(?:[%％])")
_RATE_CODES = {"rate_mismatch", "implausible_rate"}


def settle(ctx: Context, findings: list[Finding]) -> list[Finding]:
    return [_settled(ctx, f) for f in findings]


def _settled(ctx: Context, f: Finding) -> Finding:
    if f.severity != "error":
        return f
    doubt = _doubt(ctx, f)
    if doubt is None:
        return f
    return replace(f, severity="warning", message=f"疑似：{f.message}（{doubt}，请人工核实）")


def _doubt(ctx: Context, f: Finding) -> str | None:
    stated = ctx.text[f.span[0] : f.span[1]]
    if _RUN_TOGETHER.search(stated) or any(_RUN_TOGETHER.search(ctx.text[s:e]) for s, e in f.related):
        return "表格各栏数字连在一起，无法确定各栏的值"
    if f.code in _RATE_CODES:
        if f.code == "rate_mismatch" and not re.search(r"[%％‰]", stated) and not _is_ratio(stated):
            return "所写比率没有百分号，可能读错了栏目"
        line = _line(ctx.text, f.span[0])
        if any(_line(ctx.text, s) != line for s, _ in f.related):
            return "计算所用的金额与比率不在同一段，可能另有口径"
    return None


def _is_ratio(stated: str) -> bool:
    """0.958 for 95.8%: a ratio written as a decimal below 1."""
    return bool(re.fullmatch(r"0\.\d+", stated.strip()))


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos)
