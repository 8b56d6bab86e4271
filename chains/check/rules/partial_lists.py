"""Whether parts listed short of their total may be some of its parts only (a 其中 need not list them all), or are
said to be the whole of it."""

from __future__ import annotations

import re

from chains.check.rules.base import Context
from chains.text.numbers import Mention


def may_be_partial(ctx: Context, total: Mention, parts: list[Mention]) -> bool:
    """Parts short of a total stated before them ("X万元，其中A、B") may be some of its parts only: a 其中 need not
    list them all. A total after its parts ("A、B，共计X"), sources in brackets right after the total or a list said to
    be whole (分别, 按用途分为…) is complete."""
    if total.start > parts[0].start:
        return False
    between = ctx.text[total.end : parts[0].start]
    line_end = ctx.text.find("\n", parts[-1].end)
    rest = ctx.text[parts[-1].end : line_end if line_end >= 0 else len(ctx.text)]
    if re.match(r"[^。；;\d]*[；;]", rest) and any(m.kind == "money" and parts[-1].end < m.start < parts[-1].end + len(rest)
                                                   for m in ctx.mentions):
        return True  # "按资金来源分：省级资金18.00万元、上年结转资金3.20万元全部支出；县级资金…支出51.08万元": it goes on
    if re.match(r"\s*[(（]含[^\d)）]*[)）]", between):
        return True  # "共11项（含预算执行率），其中产出指标6项…": the total counts an item the list leaves out
    if between.lstrip()[:1] in ("(", "（") and not _EARLIER_IN_BRACKETS.match(between.lstrip()):
        return False  # "675万元（中央435万元、自治区级108万元、县级60万元）": the bracket lists what the amount is made of
        # (not "312件（2023年为286件），其中…": an earlier year's figure in the brackets)
    if len(parts) == 2 and _complements(ctx.text, parts):
        return False  # "记账调查户360户，其中城镇150户、农村201户": two halves that make the whole
    return "分别" not in between and not WHOLE_LIST.search(between) and not _in_so_many(between, len(parts))


_BATCHES = re.compile(r"分([两二三四五六七八九十]|\d{1,2})(?:次|批)")


def _in_so_many(between: str, n: int) -> bool:
    """"210万元，分两次下达：…168万元，…24万元": as many batches listed as the sentence says there were."""
    import cn2an  # (read lazily, as chains.text.numbers does)

    said = _BATCHES.search(between)
    return said is not None and int(cn2an.cn2an(said.group(1), "smart")) == n


_EARLIER_IN_BRACKETS = re.compile(r"[(（](?:(?:19|20)\d{2}年度?|上年|去年|上一年)")

#: pairs of words that between them cover a whole
_PAIRS = (("城镇", "农村"), ("城市", "农村"), ("城区", "农村"), ("男", "女"), ("线上", "线下"), ("公办", "民办"),
          ("境内", "境外"), ("省内", "省外"), ("县内", "县外"), ("本级", "下级"))


def _complements(text: str, parts: list[Mention]) -> bool:
    """Whether the two parts are named for the two halves of a pair, each in the clause just before its figure."""
    # each name opens with its half ("其中公办园39所、民办园89所"), not with words that narrow it ("普惠性民办园46所")
    names = [re.sub(r"^(?:其中|分别为?|包括|含)", "", re.split(r"[，,、；;：:]", text[max(0, p.start - 10) : p.start])[-1])
             for p in parts]
    return any(names[0].startswith(a) and names[1].startswith(b) or names[0].startswith(b) and names[1].startswith(a)
               for a, b in _PAIRS)


# "按用途安排为：" / "按改造内容分为五项：": a breakdown by a criterion lists every part
# "…760.00万元，即中央…" names it all; so does a list of where the money came from ("资金来源为：省级…、市级…")
WHOLE_LIST = re.compile(r"按[^，,。；;\d]{1,8}(?:分|安排|分配|划分)|^[，,]\s*即|来源(?:分别)?(?:为|是|如下|构成)")
