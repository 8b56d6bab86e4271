"""An amount in 万元 out of all proportion to the project's money (I9): "急难型临时救助613200万元" in a report whose
whole budget is 2,832.54万元 is 613,200元 with the wrong unit. Reported as 疑似 ``unit_mismatch``: the digits, read
in 元, fit the report, but no sum or restatement shows it. Amounts that are no money of the project (带动社会投资,
产值, 收入, a region's GDP) are never measured against it."""

from __future__ import annotations

import re

from chains.check.rules.base import Context, fmt, money
from chains.check.rules.unit_slips import out_of_proportion
from chains.findings import Finding
from chains.text.quantities import Linked

#: the project's own money: what its clause says the amount is
_OWN_MONEY = re.compile(r"资金|经费|补助|补贴|救助|费|支出|发放|拨付|预算|结余|结转|兑付|支付|下达|到位|追加|调增|安排|款|(?:保证|奖|租|押)金"
                        r"|[×＝=]")
#: money that is not the project's: what it brought about, or a wider economy's
_NOT_OWN = re.compile(r"带动|拉动|撬动|吸引|产值|收入|销售|营业|交易|GDP|生产总值|总投资|社会投资|贷款|融资|规模|存款|税")


def run(ctx: Context) -> None:
    for lk in ctx.linked:
        m = lk.mention
        if m.kind != "money" or m.written_unit != "万元" or m.value < 10000 or m.span in ctx.explained:
            continue
        clause = re.split(r"[，,；;。\n]", ctx.text[max(0, m.start - 24) : m.start])[-1]
        if not (_OWN_MONEY.search(clause) or _in_a_list_of_yuan(ctx, lk) or _among_own_money(ctx, lk)) \
                or _NOT_OWN.search(clause):
            continue
        largest = out_of_proportion(ctx, m)
        if largest is None:
            continue
        fixed = m.value / 10000
        ctx.explained.add(m.span)
        ctx.add(
            Finding(
                "unit_mismatch",
                f"疑似：金额“{money(m)}”是报告中最大一笔预算或支出（{fmt(largest, 2)}万元）的{int(m.value / largest)}倍，"
                f"疑为以“元”计的数字误标为“万元”（应为{fmt(fixed, 2)}万元），请人工核实。",
                m.span,
                severity="warning",
                values={"stated": money(m), "kind": "scale"},
                expected=f"{fmt(fixed, 2)}万元",
            )
        )


def _in_a_list_of_yuan(ctx: Context, lk: Linked) -> bool:
    """"…宏观观测员补助34,560.00元（…）；设备维修及备件96,748.00万元": an item of a list whose other items are in 元."""
    since = ctx.text.rfind("。", 0, lk.mention.start)
    before = [o.mention for o in ctx.linked if since < o.mention.start < lk.mention.start and o.mention.kind == "money"]
    return bool(before) and before[-1].written_unit == "元"


def _among_own_money(ctx: Context, lk: Linked) -> bool:
    """"中标总价138.60万元，…；冷藏收集车…合同金额368000万元", "合同价415.00万元。…支付预付款30%，即1245000万元": a whole
    number in a sentence (or right after one) whose other amounts in 万元 are written to the fen (bounds such as
    "在58万元至82万元之间" aside): a figure in 元 copied with its digits as they were. Large sums really in 万元 keep
    their decimals ("送审金额31,268.45万元", "保险金额227760.00万元")."""
    m = lk.mention
    if m.decimals or m.comparator is not None:
        return False
    since = ctx.text.rfind("。", 0, max(0, ctx.text.rfind("。", 0, m.start)))
    end = ctx.text.find("。", m.end)
    near = [o.mention for o in ctx.linked if o is not lk and o.mention.kind == "money" and o.mention.written_unit == "万元"
            and not o.mention.approx and since < o.mention.start < (end if end >= 0 else len(ctx.text))]
    fen = sum(1 for o in near if o.decimals)
    return fen > 0 and (fen == len(near) or fen >= 2) and all(o.value < 10000 for o in near)
