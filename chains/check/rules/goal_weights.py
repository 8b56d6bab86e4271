"""Weights of the goal blocks stated in prose, as Hubei's scheme sets them (rules §4): the execution rate's points and
the year's goals' points, listed in turn, make the full marks —

    预算执行率20分，按执行率乘以20计分；三个年度目标分别为30分、35分、20分，目标内各指标按完成程度计分。
    预算执行率占20分；其余80分按年度目标分为3个目标块，分值分别为30分、25分、25分。

Read only when one sentence gives both the execution's points and the goals' list after 分别, the list as long as
a count it states ("三个年度目标", "3个目标块"); the full marks are 100, or the execution's points and the rest
stated ("其余80分"). → ``weight_sum_mismatch`` on the goals' list.
"""

from __future__ import annotations

import re
from decimal import Decimal

import cn2an

from chains.check.rules.base import Context, plain_number
from chains.findings import Finding

_EXECUTION = re.compile(r"预算执行率?(?:指标)?(?:占|为|计)?\s*(?P<w>\d{1,2})\s*分")
_GOALS = re.compile(r"(?P<n>[\d一二三四五六])个(?:年度)?目标(?:块)?[^。；;\d]{0,16}?分别(?:为|占|是|计)?\s*"
                    r"(?P<list>\d{1,2}\s*分(?:[、和及]\s*\d{1,2}\s*分){1,5})")
_REST = re.compile(r"其余\s*(?P<w>\d{1,3})\s*分")
_POINTS = re.compile(r"\d{1,2}(?=\s*分)")
_HUNDRED = Decimal(100)


def run(ctx: Context) -> None:
    if "分别" not in ctx.text or "目标" not in ctx.text:
        return
    for goals in _GOALS.finditer(ctx.text):
        start = max(ctx.text.rfind(c, 0, goals.start()) for c in "。\n") + 1
        execution = _EXECUTION.search(ctx.text, start, goals.start())
        if execution is None:
            continue
        points = [Decimal(p.group(0)) for p in _POINTS.finditer(goals.group("list"))]
        if len(points) != int(cn2an.cn2an(goals.group("n"), "smart")):
            continue
        rest = _REST.search(ctx.text, execution.end(), goals.start())
        listed_sum = sum(points, Decimal(0))
        whole = Decimal(execution.group("w")) + listed_sum
        expected = Decimal(rest.group("w")) if rest else _HUNDRED - Decimal(execution.group("w"))
        if rest is not None and Decimal(execution.group("w")) + expected != _HUNDRED or listed_sum == expected:
            continue
        listed = "＋".join(plain_number(p) for p in points)
        ctx.add(Finding(
            "weight_sum_mismatch",
            f"各年度目标分值{listed}＝{plain_number(listed_sum)}分，加上预算执行率{execution.group('w')}分共"
            f"{plain_number(whole)}分，应为{plain_number(expected)}分（满分100分）。",
            goals.span("list"),
            values={"execution": execution.group("w"), "goals": listed},
            expected=f"{plain_number(expected)}分",
            related=(execution.span("w"),),
        ))
