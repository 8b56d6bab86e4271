"""Fail closed: an ``error`` only when every figure it uses is read with certainty.

The rules find arithmetic that does not hold; this pass asks of each error whether the reading behind it
could be wrong, and where it could, keeps the finding as a ``warning`` that starts with 疑似 and says why.
A false alarm costs a reviewer's trust more than a miss, so doubt always lowers the severity:

* table cells run together by a copy ("21182118100%" for 2118 | 2118 | 100%): the columns are unknown;
* a stated rate with no % sign (a column read as the rate may be the score or the weight);
* a table row that lost its blank cells in the copy (folded onto two lines, or space-aligned and short): its
  cells were placed by inference;
* a rate whose base or amount stands in another paragraph than the rate, while the report states that
  quantity with more than one value (another base may be meant);
* a sum, average, rate or restated figure more than twice (or under half) what the other side gives, unless by a
  power of ten: slips of the pen move figures a little, misread parts and bases by any factor. A rate of that kind
  that one larger amount of its own paragraph nearly explains is judged on that amount instead.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from chains.check.rules import item_rates
from chains.check.rules.base import HUNDRED, Context, agrees, fmt, money, one_source
from chains.findings import Finding
from chains.text.numbers import Mention
from chains.text.quantities import Linked, subject_compatible

_RUN_TOGETHER = re.compile(r"(?<![\d.,])\d{4,}(?:[%％])")  # 1000% and more with no separator: cells run together
_RATE_CODES = {"rate_mismatch", "implausible_rate"}


def settle(ctx: Context, findings: list[Finding]) -> list[Finding]:
    out = []
    for f in findings:
        if _items_own_budget(ctx, f):
            continue
        if not _explained_by_another_base(ctx, f):
            out.append(_settled(ctx, f))
        elif (over := _over_its_base(ctx, f)) is not None:
            out.append(over)
    return out


def _items_own_budget(ctx: Context, f: Finding) -> bool:
    """A doubted rate after an item's spending, which ``item_rates`` judged on the budget stated for that item: True
    (nothing more to say on the whole budget)."""
    rate = _linked_at(ctx, f.span) if f.code == "rate_mismatch" and f.severity == "warning" else None
    return rate is not None and item_rates.own_budget(ctx, rate) is not None


def _over_its_base(ctx: Context, f: Finding) -> Finding | None:
    """A rate its own paragraph's amounts explain, but over 100% ("省级补助资金150.00万元，实际到位165.00万元，到位率
    110%"): more arrived or was spent than the budget it is a share of (rules I5)."""
    read = _paragraph_bases(ctx, f)
    if read is None or read[0].value <= HUNDRED + read[0].half_unit():
        return None
    stated, amount, rates = read
    base = next(m for m, rate in rates if agrees(stated, rate))
    return Finding("implausible_rate", f"按同段所列{money(base)}、{money(amount)}计算，比率为{stated.raw}，超过100%：所列金额"
                   "超过其预算，需核实或说明。", f.span, values={"base": money(base), "amount": money(amount),
                   "stated": stated.raw}, expected="≤100%", related=(base.span, amount.span))


def _explained_by_another_base(ctx: Context, f: Finding) -> bool:
    """A rate that another amount of its own paragraph explains exactly ("评价金额9,653万元…到位8,084.06万元，
    到位率83.75%") was computed on that base, not on the budget stated elsewhere: nothing to report."""
    read = _paragraph_bases(ctx, f)
    base = _linked_at(ctx, f.related[0]) if f.related else None
    adjusted = base is not None and base.quantity == "annual_budget"
    # 执行率 is on the 全年预算 (rules I1): a rate the 年初预算 explains, where the year's budget was changed, is the slip
    return read is not None and any(agrees(read[0], rate) for m, rate in read[2]
                                    if not (adjusted and _quantity_at(ctx, m) == "initial_budget"))


def _quantity_at(ctx: Context, m: Mention) -> str | None:
    lk = _linked_at(ctx, m.span)
    return lk.quantity if lk is not None else None


def _paragraph_bases(ctx: Context, f: Finding) -> tuple[Mention, Mention, list[tuple[Mention, Decimal]]] | None:
    """A rate finding's stated rate, its amount, and the rate that amount makes on each other amount of the rate's
    paragraph (in the amount's unit)."""
    if f.code != "rate_mismatch" or len(f.related) < 2:
        return None
    stated = next((m for m in ctx.mentions if m.span == f.span and m.kind == "percent"), None)
    amount = next((m for m in ctx.mentions if m.span == f.related[1]), None)
    if stated is None or amount is None:
        return None
    start = ctx.text.rfind("\n", 0, f.span[0]) + 1
    end = ctx.text.find("\n", f.span[1])
    end = len(ctx.text) if end < 0 else end
    rates = [(m, amount.value / m.value * HUNDRED) for m in ctx.mentions
             if start <= m.span[0] < end and m.kind == "money" and m is not amount and m.value > 0
             and m.unit == amount.unit]
    return stated, amount, rates


def _rebased(ctx: Context, f: Finding) -> Finding | None:
    """A rate far from what the budget read for it gives (twice or more), but near what one larger amount before it
    in its paragraph gives ("评价金额为9,653.00万元。…专项资金到位8,084.06万元，到位率86.75%" beside a year's
    23,834万元): that amount is its base, and the rate is judged on it."""
    read = _paragraph_bases(ctx, f)
    if read is None:
        return None
    stated, amount, rates = read
    near = [(m, rate) for m, rate in rates if m.span[1] <= stated.span[0] and m.value > amount.value
            and rate > 0 and max(rate, stated.value) <= Decimal("1.2") * min(rate, stated.value)]
    if len(near) != 1:
        return None
    base, rate = near[0]
    if agrees(stated, rate):
        return None  # that amount explains the rate as written: no slip to show on it
    said = fmt(rate, max(2, stated.decimals))
    return replace(f, message=f"按同段所列{money(base)}、{money(amount)}计算，比率为{said}%，与所写{stated.raw}不符。",
                   values={"base": money(base), "amount": money(amount), "stated": stated.raw},
                   expected=f"{said}%", related=(base.span, amount.span))


def _settled(ctx: Context, f: Finding) -> Finding:
    if f.severity != "error":
        return f
    doubt = _doubt(ctx, f)
    if doubt is None:
        return f
    rebased = _rebased(ctx, f) if doubt == _GAP else None
    if rebased is not None:
        return rebased
    return replace(f, severity="warning", message=f"疑似：{f.message}（{doubt}，请人工核实）")


def _doubt(ctx: Context, f: Finding) -> str | None:
    stated = ctx.text[f.span[0] : f.span[1]]
    if _RUN_TOGETHER.search(stated) or any(_RUN_TOGETHER.search(ctx.text[s:e]) for s, e in f.related):
        return "表格各栏数字连在一起，无法确定各栏的值"
    if any(_glued(ctx.text, span) for span in (f.span, *f.related)):
        return "表格各栏数字连在一起，按小数位数拆分后计算"
    if _in_inferred_row(ctx, (f.span, *f.related)):
        return "表格中这一行复制时丢了空栏或折成两行，各栏的位置是推定的"
    if stated.endswith(("%", "％")) and ctx.text[f.span[1] : f.span[1] + 1].isdigit():
        return "这个百分数与后面的数字连在一起，可能是表格中相邻两栏"
    if f.code in _RATE_CODES:
        if f.code == "rate_mismatch" and not re.search(r"[%％‰]", stated) and not _is_ratio(stated) \
                and "formula" not in f.values and not _percent_column(ctx, f.span):
            # (a form's row printed "执行率（%）（7）=（4）/（2）" is in %, and so is a column headed "执行率(%)")
            return "所写比率没有百分号，可能读错了栏目"
        operands = _operand_doubt(ctx, f)
        if operands:
            return operands
        line = _line(ctx.text, f.span[0])
        far = [span for span in f.related if _line(ctx.text, span[0]) != line]
        # (a source's or an item's rate is judged on the one budget the report names for that level or item:
        # ``source_rates``, ``item_rates``)
        if far and "level" not in f.values and "item" not in f.values and any(_ambiguous(ctx, span) for span in far):
            return "计算所用的金额与比率不在同一段，且报告中同类金额不止一个，可能另有口径"
    return _gap_doubt(ctx, f)


# the two figures a finding sets against each other: what is written, and what the arithmetic or the other place gives
_SIDES = {"sum_mismatch": ("total", None), "average_mismatch": ("stated", None), "rate_mismatch": ("stated", None)}
_TENS = tuple(Decimal(10) ** k for k in range(1, 9))


def _gap_doubt(ctx: Context, f: Finding) -> str | None:
    """A sum, average, rate or restated figure more than twice (or under half) what the other side gives.

    A slip of the pen (a retyped digit, last year's figure left in, a part missed from the total) moves a figure by
    a little; so does a rate on the wrong base. Parts that are no parts of that total, an average of other things,
    or two different quantities under one name are off by any factor. Measured on drafts by writers the checker had
    not seen: such gaps were misreadings nine times in ten. A decimal point or a unit slipped (10×, 100×, 10^4×) is
    a slip, and stays an error."""
    if f.code == "balance_mismatch":
        return _balance_gap(f)
    if f.code in ("weight_sum_mismatch", "score_sum_mismatch"):
        return _short_table(ctx, f)
    if f.code == "conflicting_values":
        keys = [k for k in f.values if k != "document"][:2]
        sides = [f.values[k] for k in keys]
    elif f.code == "sum_mismatch" and f.expected is not None and "part" in f.values:
        sides = [f.values["part"], f.expected]  # the one part found typed wrong, against what would make the sum hold
    elif f.code in _SIDES and f.expected is not None and _SIDES[f.code][0] in f.values:
        sides = [f.values[_SIDES[f.code][0]], f.expected]
    else:
        return None
    first, second = (_figure(s) for s in sides) if len(sides) == 2 else (None, None)
    if first is None or second is None:
        return None
    (ka, va, na), (kb, vb, nb) = first, second
    if ka == kb:
        a, b = abs(va), abs(vb)
    elif "" in (ka, kb):  # a form's bare cell beside the text's amount: as written
        a, b = abs(na), abs(nb)
    else:
        return None
    if not a or not b:
        return None
    return _GAP if _wide(max(a, b) / min(a, b)) else None


def _wide(gap: Decimal) -> bool:
    """Over twice, and not by a power of ten (10×, 100×, 10^4×: a decimal point or a unit slipped)."""
    return gap > 2 and not any(abs(gap / t - 1) <= Decimal("0.02") for t in _TENS)


def _short_table(ctx: Context, f: Finding) -> str | None:
    """A table's weights or scores short of their total: read to less than half of it, or short in a table aligned with
    runs of spaces (a blank cell swallowed by the spaces drops its row), the table may not have been read whole."""
    read, stated = _figure(f.values.get("sum", "")), _figure(f.values.get("stated", ""))
    if read is None or stated is None or read[1] >= stated[1]:
        return None
    if 2 * read[1] < stated[1]:
        return "表中读出的各项加起来不到合计的一半，表格可能没有读全（单元格折行或分栏）"
    spans = (f.span, *f.related)
    for table in ctx.tables:
        a, b = table.span
        if table.kind == "columns" and any(a <= s < b for s, _ in spans) and "\t" not in ctx.text[a:b] \
                and "|" not in ctx.text[a:b] and "｜" not in ctx.text[a:b]:
            return "这张表以空格对齐，空单元格可能被空格吞掉，有的行可能没读出"
    return None


def _balance_gap(f: Finding) -> str | None:
    """A balance whose budget the spending exceeds, or whose spending and balance together come to under half the
    budget: the budget read is another's (a whole year's beside one item's spending and balance)."""
    read = [_figure(f.values.get(k, "")) for k in ("base", "spent", "stated")]
    if any(r is None or r[0] != "money" for r in read):
        return None
    base, spent, stated = (r[1] for r in read if r is not None)
    if stated > 0 and base < spent:
        return "支出已超过所用的预算，所用的预算可能不是这笔结余的口径"
    return _GAP if spent + stated > 0 and _wide(base / (spent + stated)) else None


_FIGURE = re.compile(r"(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元|[%％])?")
_TO_WAN = {"亿元": Decimal(10000), "万元": Decimal(1), "元": Decimal("0.0001")}


def _figure(written: str) -> tuple[str, Decimal, Decimal] | None:
    """(kind, value, number as written) of the first figure of a finding's value ("1,129,580.40万元", "96.20%", "567.60"):
    money in 万元, "%" for a percentage, "" for a bare number. Read here, not by ``extract_numbers``: the report's
    numbers are read once."""
    m = _FIGURE.search(written or "")
    if m is None:
        return None
    number = Decimal(m.group(1).replace(",", ""))
    unit = m.group(2) or ""
    if unit in _TO_WAN:
        return "money", number * _TO_WAN[unit], number
    return ("%" if unit else ""), number, number


_GAP = "所写数字与计算结果相差一倍以上，不像笔误：可能所用的数字不是同一口径或同一项，也可能是按错了基数"


def _percent_column(ctx: Context, span: tuple[int, int]) -> bool:
    """Whether a cell stands in a column whose header says it is in percent ("执行率(%)")."""
    for table in ctx.tables:
        if table.header_index is None or not table.span[0] <= span[0] < table.span[1]:
            continue
        header = table.rows[table.header_index]
        for row in table.rows:
            for i, cell in enumerate(row.cells):
                if cell.span == span or cell.span[0] <= span[0] < cell.span[1]:
                    return i < len(header.cells) and bool(re.search(r"[%％]", header.cells[i].text))
    return False


def _in_inferred_row(ctx: Context, spans: tuple[tuple[int, int], ...]) -> bool:
    rows = [row.span for table in ctx.tables for row in table.rows if row.inferred]
    return any(a <= s < b for a, b in rows for s, _ in spans)


def _glued(text: str, span: tuple[int, int]) -> bool:
    """A figure split out of digits a copy ran together: a digit touches it on the left."""
    return span[0] > 0 and text[span[0] - 1].isdigit() and span[1] > span[0]


def _operand_doubt(ctx: Context, f: Finding) -> str | None:
    """Doubts about the amount a prose rate was computed from (the second related span)."""
    if len(f.related) < 2 or "level" in f.values or "category" in f.values or "item" in f.values:
        return None  # a source's rate on that source's own budget (``source_rates``), a category's on its own
    rate = _linked_at(ctx, f.span)
    base, amount = _linked_at(ctx, f.related[0]), _linked_at(ctx, f.related[1])
    if rate is None or amount is None:
        return None
    if amount.sentence != rate.sentence and amount.sentence[1] + 1 != rate.sentence[0]:
        return "计算所用的金额不在比率所在的句子，可能另有所指"
    if _inside_brackets(ctx.text, amount):
        return "计算所用的金额在括号内，是某一部分的金额"
    if base is not None and base.sentence != rate.sentence and _item_rates(ctx, rate) and _an_items(ctx, rate, amount):
        return "同一段中有多个子项各自的比率，计算却用了全部预算"
    if base is not None and base.quantity == "initial_budget" and amount.mention.value > base.mention.value:
        return "金额超过年初预算，预算可能年中调增过，比率可能按调整后的全年预算计算"
    if rate.quantity == "received_rate" and amount.quantity != "received":
        return "报告没有写到位金额，按下达金额计算的到位率只能参考"
    if base is not None and amount.specific and not base.specific and _ambiguous(ctx, base.mention.span):
        return "比率说的是某一来源或子项，计算却用了全部预算"
    if base is not None and amount.specific and base.specific and not subject_compatible(base.subject, amount.subject) \
            and "part" not in f.values and amount.mention.kind == "money":
        # (a share "占…的" names its part and its whole, and "通知参训208人，实际到训200人" the counted and those among
        # them who came: two items by nature)
        return f"计算所用的预算（{base.subject}）与支出（{amount.subject}）不是同一项"
    return None


def _item_rates(ctx: Context, rate: Linked) -> bool:
    """Whether the rate's paragraph states the same kind of rate with other values (one per item)."""
    line = _line(ctx.text, rate.mention.start)
    values = {lk.mention.value for lk in ctx.linked
              if lk.quantity == rate.quantity and _line(ctx.text, lk.mention.start) == line}
    return len(values) >= 2


def _an_items(ctx: Context, rate: Linked, amount: Linked) -> bool:
    """Whether the rate may be one item's: its amount names an item or a source, 其中 opens its sentence, or a rate
    of its kind comes before it in its paragraph ("全年实际支出2131.26万元，预算执行率98.47%。其中：中央资金…执行率
    98.62%" states the whole's first)."""
    opening = ctx.text[rate.sentence[0] : rate.sentence[0] + 4]
    line = _line(ctx.text, rate.mention.start)
    earlier = any(lk.quantity == rate.quantity and lk.mention.start < rate.mention.start
                  and _line(ctx.text, lk.mention.start) == line for lk in ctx.linked)
    return amount.specific or one_source(ctx, amount) or "其中" in opening or earlier


def _linked_at(ctx: Context, span: tuple[int, int]) -> Linked | None:
    return next((lk for lk in ctx.linked if lk.mention.span == span), None)


def _inside_brackets(text: str, lk: Linked) -> bool:
    before = text[lk.sentence[0] : lk.mention.start]
    opened = max(before.rfind("("), before.rfind("（"))
    return opened > max(before.rfind(")"), before.rfind("）"))


def _ambiguous(ctx: Context, span: tuple[int, int]) -> bool:
    """Whether the report states the quantity of the figure at ``span`` with more than one value in prose."""
    linked = next((lk for lk in ctx.linked if lk.mention.span == span), None)
    if linked is None or linked.quantity is None:
        return False
    values = {lk.mention.value for lk in ctx.linked
              if lk.quantity == linked.quantity and lk.mention.kind == "money" and lk.component_of is None
              and lk.scope == linked.scope}  # a sub-item's own figures (1.养老机构… 下达资金48万元) are not rivals
    return len(values) >= 2


def _is_ratio(stated: str) -> bool:
    """0.958 for 95.8%: a ratio written as a decimal below 1."""
    return bool(re.fullmatch(r"0\.\d+", stated.strip()))


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos)
