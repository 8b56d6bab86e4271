"""A score above the full marks said just before it (I8): "对评估机构开展年度履约考核（满分100分），考核得分104分",
"该项目预算执行率指标（分值10分）得8.53分". The score is the first after the full marks, said with 得 and nothing else
between; full marks in brackets right after a score are that score's ("得分9.63分（分值10分），产出指标得分…")."""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import EPS, Context
from chains.findings import Finding
from chains.text.numbers import mentions_within

_FULL = re.compile(r"(?:满分|分值)(?:为|是)?\s*(\d+(?:\.\d+)?)\s*分")
_THEN_SCORED = re.compile(r"[）)]?\s*[，,]?[^，,；;。\d（(]{0,8}得(?:分)?(?:为|是|了)?\s*")
_SCORED_BEFORE = re.compile(r"得(?:分)?(?:为|了)?\s*$")
_AFTER_A_SCORE = re.compile(r"\d\s*分\s*[（(]\s*$")


def run(ctx: Context) -> None:
    if "满分" not in ctx.text and "分值" not in ctx.text:
        return
    for fm in _FULL.finditer(ctx.text):
        if _AFTER_A_SCORE.search(ctx.text, max(0, fm.start() - 12), fm.start()):
            # "得3.5分（满分3分）", "得分9.63分（分值10分）": the score right before the brackets, its own full marks
            scored = mentions_within(ctx.mentions, max(0, fm.start() - 12), fm.start())[-1:]
            if not scored or not _SCORED_BEFORE.search(ctx.text, max(0, scored[0].start - 4), scored[0].start):
                continue
        else:
            scored = mentions_within(ctx.mentions, fm.end(), min(len(ctx.text), fm.end() + 16))[:1]
            if not scored or not _THEN_SCORED.fullmatch(ctx.text, fm.end(), scored[0].start):
                continue
        m, full = scored[0], Decimal(fm.group(1))
        if m.kind != "score" or m.approx or m.comparator is not None or m.value <= full + EPS \
                or any(f.code == "score_exceeds_weight" and f.span[0] < m.end and m.start < f.span[1] for f in ctx.findings):
            continue
        said = "满分" if fm.group(0).startswith("满分") else "分值"
        ctx.add(Finding("score_exceeds_weight", f"得分{m.raw}超过所写{said}{fm.group(1)}分。", m.span,
                        values={"weight": fm.group(1), "score": m.raw}, expected=f"≤{fm.group(1)}分",
                        related=(fm.span(1),)))
