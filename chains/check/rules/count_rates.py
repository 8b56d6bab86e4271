"""Rates of counts stated beside the counts they come from (I12): "参加考试1,236人，通过1,147人，通过率92.08%",
"随机调查居民400人，满意346人，满意度86.50%", "共抽检212批次，不合格9批次，合格率95.75%". The rate is the later count
over the earlier one, or, when the later count is of those that failed (不合格、未通过…), what is left over the earlier.

Read only when the sentence gives exactly two counts in one unit before the rate, the second in the clause right
before it, the first the larger; a gap of twice or more is left to the gap rule's doubt (``evidence``)."""

from __future__ import annotations

import re

from chains.check.rules.base import HUNDRED, Context, agrees, fmt_like
from chains.findings import Finding
from chains.text.numbers import Mention

# rates of people or things counted, not of money (执行率、到位率) nor of a target (完成率: ``completion``)
_RATE_WORD = re.compile(r"(?:(?:评估|审核|审批|办理|鉴定)完成|通过|合格|达标|覆盖|参保|回收|建档|管理|签约|办结|结案|处置|就业|入学|巩固|接种|出勤|到岗|完好|"
                        r"优良|及格|录取|检测|核销|领取|发放|兑付|验收合格|受理|响应|整改|销号|到训|参训|到课|到会|参会|出席|报到|满意|好评|知晓)率(?:为|达|达到|是)?\s*$|满意度(?:为|达|达到|是)?\s*$")
_TARGET = re.compile(r"目标|计划|任务|指标|预计")  # (not 应: "应出勤41280人次，实际出勤38217人次" is the base)
_FAILED = re.compile(r"(?:不|未)[\u4e00-\u9fff]{0,3}$|[\u4e00-\u9fff]{0,3}(?:不合格|未通过|未完成|失败|流失|漏)[\u4e00-\u9fff]{0,2}$")
_NOT_A_SHARE = re.compile(r"增长|下降|提高|降低|增加|减少|同比|较上年|比上年")


def run(ctx: Context) -> None:
    mentions = ctx.mentions
    for i, m in enumerate(mentions):
        if m.kind != "percent" or m.approx or m.comparator is not None or i < 2 or mentions[i - 1].kind != "count":
            continue  # (the count right before it first: far quicker than reading the words)
        if "率" not in ctx.text[max(0, m.start - 16) : m.start] and "满意度" not in ctx.text[max(0, m.start - 16) : m.start]:
            continue
        start = max(max(0, m.start - 200), max(ctx.text.rfind(c, 0, m.start) for c in "。；;\n") + 1)
        clause_start = max(start, max(ctx.text.rfind(c, start, m.start) for c in "，,") + 1)
        near = max(clause_start, m.start - 16)  # the rate's word stands right before it
        if not _RATE_WORD.search(ctx.text, near, m.start) or _NOT_A_SHARE.search(ctx.text, clause_start, m.start):
            continue
        part = mentions[i - 1]
        before = [x for x in mentions[max(0, i - 6) : i] if x.start >= start and x.kind == "count" and x.unit == part.unit]
        if part.start < start or part.kind != "count" or len(before) != 2:
            continue
        whole = before[0]
        if any(x.approx or x.comparator is not None for x in before) or not whole.value or part.value > whole.value:
            continue
        if re.search(r"[，,；;。]", ctx.text[part.end : clause_start - 1]) or not re.search(r"[，,；;]", ctx.text[whole.end : part.start]):
            continue  # the second count not in the clause right before the rate, or the two in one clause ("A和B")
        if any(_TARGET.search(ctx.text, max(start, x.start - 8), x.start) for x in before):
            continue  # "目标8个": a target, which the completion rate (``completion``) is of
        word = _RATE_WORD.search(ctx.text, near, m.start)
        stem = re.sub(r"(?:率|度)(?:为|达|达到|是)?\s*$", "", word.group(0) if word else "")
        left = max(ctx.text.rfind(c, 0, part.start) for c in "，,；;。\n") + 1
        if stem[-2:] not in ctx.text[left : part.start]:
            continue  # "发放问卷500份，收回482份，满意度88.6%": the counts are of the questionnaires, not of the satisfied
        _judge(ctx, m, whole, part)


def _judge(ctx: Context, m: Mention, whole: Mention, part: Mention) -> None:
    left = max(ctx.text.rfind(c, 0, part.start) for c in "，,；;。\n") + 1
    failed = _FAILED.search(ctx.text, left, part.start) is not None
    share = (whole.value - part.value if failed else part.value) / whole.value * HUNDRED
    if agrees(m, share):
        return
    said = f"按{whole.raw}、{'其中' if not failed else '扣除'}{part.raw}计算"
    ctx.add(
        Finding(
            "implausible_rate" if m.value > HUNDRED + m.half_unit() else "rate_mismatch",
            f"{said}，比率为{fmt_like(share, m)}%，与所写{m.raw}不符。",
            m.span,
            values={"base": whole.raw, "amount": part.raw, "stated": m.raw},
            expected=f"{fmt_like(share, m)}%",
            related=(whole.span, part.span),
        )
    )
