"""What every rule module shares: the parsed report (``Context``) and the tolerance of rules.md §8.

Tolerance is never a fixed epsilon: a stated value with d decimals agrees with a computed value when
they differ by at most half a unit of its last decimal (``Mention.half_unit``). Money is exact as
written; sums of parts that were each rounded use the XBRL Calculations 1.1 interval rule.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from chains.figures import Figures
from chains.findings import Finding
from chains.text.numbers import Mention, extract_numbers
from chains.text.quantities import Linked, link_mentions
from chains.text.report_tables import find_tables
from chains.text.table_model import Cell, Table

EPS = Decimal("1e-9")
HUNDRED = Decimal(100)
RESCALE = (Decimal(10000), Decimal("0.0001"), Decimal(100000000), Decimal("0.00000001"))


@dataclass
class Context:
    """The report as the rules see it: text, mentions, tables, linked prose figures, evaluation year."""

    text: str
    mentions: list[Mention]
    tables: list[Table]
    linked: list[Linked]
    year: int | None
    figures: Figures | None = None
    findings: list[Finding] = field(default_factory=list)
    # the text as given, when ``text`` is its simplified reading (traditional characters, same offsets)
    original: str | None = None
    # spans already explained by a more specific finding (unit_mismatch wins over sum/rate/conflict)
    explained: set[tuple[int, int]] = field(default_factory=set)
    # project totals read from a funds table, as prose-like figures: they may confirm a rate or a balance
    table_totals: list[Linked] = field(default_factory=list)
    # worked out once, on first use: line starts, the linked figures' starts, the complete score tables
    newlines: list[int] | None = None
    starts: list[int] | None = None
    item_starts: tuple[list[int], list[int]] | None = None  # numbered items' and section headings' line starts
    score_tables: list[tuple[Table, list[Mention]]] = field(default_factory=list)
    # the names around a figure (its start, end and the names' length), read once (restated_rates)
    names_around: dict[tuple[int, int, int], frozenset[str]] = field(default_factory=dict)
    # tables that score one level each, closed by a 小计 row: (table, its subtotal score, the levels in it)
    level_tables: list[tuple[Table, Mention, set[str]]] = field(default_factory=list)

    def line_of(self, pos: int) -> int:
        """Line number of an offset (paragraphs are lines)."""
        newlines = self.newlines
        if newlines is None:
            newlines = self.newlines = [m.start() for m in re.finditer("\n", self.text)]
        return bisect.bisect_right(newlines, pos - 1) if pos > 0 else 0

    def add(self, finding: Finding) -> None:
        self.findings.append(finding)


# (or in brackets, the way a programme names its year: "“国培计划（2018）”乡村教师培训项目…自评报告")
# (not a document's number: "昌州财行(2022)10号")
_TITLE_YEAR = re.compile(r"((?<=[（(])(?:19|20)\d{2}(?=[)）](?!\s*\d+\s*号))|(?:19|20)\d{2}(?=\s*年))\s*(?:年度?)?")
_DATED = re.compile(r"\s*\d{1,2}\s*月")


def build_context(text: str, figures: Figures | None = None) -> Context:
    mentions = extract_numbers(text)
    tables = find_tables(text, mentions)
    linked = link_mentions(text, mentions, [span for t in tables for span in _not_prose(text, t)])
    return Context(text, mentions, tables, linked, evaluation_year(text, figures), figures)


_CLAUSES = re.compile(r"[，,；;。]")


def _prose_cell(cell: Cell) -> bool:
    """A cell that holds sentences ("全年完成22座小型水库维修养护，…座均4.38万元，…"): read as prose."""
    return len(cell.text) >= 40 and len(_CLAUSES.findall(cell.text)) >= 2


def _not_prose(text: str, table: Table) -> list[tuple[int, int]]:
    """The spans of a table that are no prose: the whole table, or, where cells hold sentences, every other cell."""
    if _CLAUSES.search(text, *table.span) is None or not any(_prose_cell(c) for r in table.rows for c in r.cells):
        return [table.span]
    return [c.span for r in table.rows for c in r.cells if c.text and not _prose_cell(c)]


def evaluation_year(text: str, figures: Figures | None = None) -> int | None:
    """The year the report evaluates: the year in its title (first lines), else the key figures' year."""
    head = text[:400]
    before = None  # the year of the line before: a title cut in two ("…2021年老旧小区综合整治项目" / "…绩效评价报告")
    for line in head.split("\n")[:8]:
        m = _title_year(line)
        if m is not None and _DATED.match(line, m.end()):
            m = None  # "报告日期：2022年5月20日": when it was written, not what it evaluates
        if ("报告" in line or "年度" in line or "自评" in line) and (m or before):
            return int(m.group(1)) if m else before
        if line.strip():
            before = int(m.group(1)) if m else None
    m = re.search(r"((?:19|20)\d{2})\s*年度", head) or _NAMED_YEAR.search(head)
    if m:
        return int(m.group(1))
    if figures is not None:
        return figures.year
    return None


# "项目名称：2021年少数民族特色村寨保护与发展项目": a report with no title names its year in the project's name
_NAMED_YEAR = re.compile(r"^[ \t]*项目名称[：:][ \t]*((?:19|20)\d{2})年(?!\d{1,2}月)", re.M)


def _title_year(line: str) -> re.Match[str] | None:
    """A title's year: "…项目（2020—2022年）2021年度绩效自评报告" evaluates 2021 — a year said with 年度 before one
    that closes the span of a project lasting several years."""
    every = list(_TITLE_YEAR.finditer(line))
    found = [m for m in every if not _SPAN_OPEN.search(line, 0, m.start())] or every
    return next((m for m in found if m.group(0).endswith("年度")), found[0] if found else None)


_SPAN_OPEN = re.compile(r"(?:19|20)\d{2}\s*年?\s*[—–－~～至到-]{1,2}\s*$")


def agrees(stated: Mention, computed: Decimal) -> bool:
    """rules §8: |computed − stated| ≤ half a unit of the stated value's last decimal."""
    return abs(computed - stated.value) <= stated.half_unit() + EPS


def fmt(value: Decimal, decimals: int = 2) -> str:
    q = Decimal(1).scaleb(-decimals)
    return str(value.quantize(q, rounding=ROUND_HALF_UP))


def fmt_like(value: Decimal, like: Mention, minimum: int = 2) -> str:
    """A computed value printed with at least ``minimum`` decimals (more if the stated one has more)."""
    return fmt(value, max(minimum, like.decimals))


def money_like(value: Decimal, like: Mention) -> str:
    """An amount computed in 万元, written in the unit (and with the separators) of the figure it stands beside."""
    if like.written_unit != "元":
        return f"{fmt_like(value, like)}万元"
    text = fmt_like(value * 10000, like)
    if "," in like.raw:
        whole, _, frac = text.partition(".")
        text = f"{int(whole):,}" + (f".{frac}" if frac else "")
    return f"{text}元"


def stated_fact(m: Mention) -> bool:
    """A figure stated as a fact (not a bound such as ≥90% / 30%以上, not approximate)."""
    return not m.approx and (m.comparator is None or m.comparator == "gte" and m.raw.startswith("达到"))


def money(m: Mention) -> str:
    """A money mention as written, without its comparator word."""
    raw = m.raw
    for w in ("达到", "约", "近"):
        if raw.startswith(w):
            raw = raw[len(w) :]
    return raw


def pct(m: Mention) -> str:
    """A percentage mention as written, without its comparator word (kept for chains.critique.claims)."""
    return money(m)


def sum_agrees(parts: Iterable[Mention], total: Mention, rounded_parts: bool = False) -> bool:
    """Σ parts against a total.

    ``rounded_parts``: XBRL Calculations 1.1 — each part stands for the interval it rounds from (at the
    column's precision, the most decimals written among parts and total) and the total's interval must
    meet the interval of the sum. Otherwise parts are exact as written and the total may only be
    rounded from them (half a unit of the total when the parts carry more decimals).
    """
    parts = list(parts)
    s = sum((p.value for p in parts), Decimal(0))
    if rounded_parts:
        d = max([p.decimals for p in parts] + [total.decimals])
        half = Decimal(5) * Decimal(10) ** (-(d + 1))
        lo, hi = s - half * len(parts), s + half * len(parts)
        t_half = total.half_unit()
        return lo - EPS <= total.value + t_half and total.value - t_half <= hi + EPS
    finer = max((p.decimals for p in parts), default=0) > total.decimals or any(
        p.half_unit() < total.half_unit() for p in parts)  # ("558,000.00元＋…" to the fen for 76.83万元)
    if finer:
        return abs(s - total.value) <= total.half_unit() + EPS
    return abs(s - total.value) <= EPS


# -- how sure a reading is ---------------------------------------------------------------------------------

#: a funding document's number (文号): 〔2023〕41号, 【2023】41号, [2023]41号
DOC_NUMBER = re.compile(r"[〔【\[（(]\s*(?:19|20)\d{2}\s*[〕】\]）)]\s*\d+\s*号")


_TARGETS = re.compile(r"年度目标|预期目标|目标值|绩效目标[：:]|总体目标[：:]|计划(?:完成|投资|下达)|任务数|指标值")


def certain_statement(ctx: Context, lk: Linked, in_list: bool = False) -> bool:
    """Whether a prose figure is read with certainty as *the* quantity its words name: not one item of a
    list (three or more amounts with their own names in one paragraph line), not an allocation by a
    funding document (文号), and not a change (同比增加 …)."""
    if lk.quantity == "change":
        return False
    before = ctx.text[lk.sentence[0] : lk.mention.start]
    if max(before.rfind("("), before.rfind("（")) > max(before.rfind(")"), before.rfind("）")):
        return False  # a figure in brackets is a detail of the one before them
    if _TARGETS.search(ctx.text, max(0, lk.mention.start - 150), lk.mention.start):
        return False  # a target (年度目标 / 预期目标 / 指标值 …) is no statement of what happened
    line_start = ctx.text.rfind("\n", 0, lk.mention.start) + 1
    line_end = ctx.text.find("\n", lk.mention.end)
    line_end = len(ctx.text) if line_end < 0 else line_end
    s, e = lk.sentence
    if DOC_NUMBER.search(ctx.text, max(s, line_start), min(e + 1, line_end)):
        return False
    if in_list:
        return True  # an item of a list, named in full: the list does not make it uncertain
    names = {o.subject for o in ctx.linked
             if o.mention.kind == "money" and line_start <= o.mention.start < line_end and o.component_of is None}
    return len(names) < 3


#: a source of funds named ("市级资金", "中央补助资金", "县级配套资金")
SOURCE_NAMED = re.compile(r"(?:中央|省级|省本级|市级|市本级|县级|县本级|区级|本级|州级|自治区|上级|地方)(?:财政)?(?:转移支付|专项)?(?:(?:补助|配套)(?:资金)?|资金)")
_ONE_SOURCE = re.compile(r"(?:(?:本级|市级|省级|县级|区级|中央|上级|自筹|地方|市本级|县本级)(?:财政)?(?:转移支付|专项)?(?:补助|配套)?(?:资金|配套)"
                         r"|[省市县区州旗]财政(?![局厅])[^，,。；;\d]{0,6}?(?:资金|配套)|配套资金"  # "县财政年初安排配套资金"
                         r"|[省市县区州旗]本级"  # "县本级支出247,862.40元"
                         # "县级年初安排140.00万元": a level's own budget, said with its verb
                         r"|(?:本级|市级|省级|县级|区级|中央|上级)(?:财政)?(?:年初|年中|全年|当年)(?:预算)?(?:安排|下达|拨付|追加|投入)"
                         r"|基本支出|项目支出|“?三公”?经费|(?:上年|上年度|以前年度)结转(?:结余)?资金"
                         r"|(?:本级|市级|省级|县级|区级|州级|中央|上级)(?:财政)?(?:资金)?(?:结余|结转)"  # "本级结余1.28万元"
                         r"|其中[：:]?[^，,。；;\d]{0,8}?(?:资金|经费))[^，,。；;]{0,4}$")  # "其中财政资金支出43.10万元": a part


#: "省级资金全部到位，支出98.60万元": the spending of the source whose money came in, said in the clause before
_SOURCE_ARRIVED = re.compile(r"(?:本级|市级|省级|县级|区级|中央|上级)(?:财政)?(?:补助|配套)?资金(?:已经?)?(?:全部|足额|及时)?到位[，,]$")


def one_source(ctx: Context, lk: Linked) -> bool:
    """"市本级资金支出1,286,820元" / "项目支出1,148.62万元": what one source or one kind of spending amounts to, not
    the project's (or the department's) whole."""
    clause = ctx.text[max(lk.sentence[0], lk.mention.start - 16) : lk.mention.start]
    clause = re.sub(r"(?:支出|执行|使用|到位|下达|为|尚有|还有|仍有)+$", "", clause)
    return bool(_ONE_SOURCE.search(clause) or _SOURCE_ARRIVED.search(clause))


def leads_its_sentence(ctx: Context, lk: Linked) -> bool:
    """Whether no other amount comes before the figure in its sentence: "全年执行285万元，执行率95%" states the
    project's figure; in "本级财政资金132万元，支出123.36万元" the second figure may be the first one's item's."""
    return not any(o is not lk and o.sentence == lk.sentence and o.mention.kind == "money"
                   and o.mention.start < lk.mention.start and o.component_of is None for o in ctx.linked)


def plain_number(d: Decimal) -> str:
    """A computed number without trailing zeros or exponent ("58.96", "105")."""
    return format(d.normalize(), "f")


def swapped_from(m: Mention, value: Decimal) -> bool:
    """Whether ``m`` is ``value`` (at ``m``'s decimals, three digits or more) with two neighbouring digits swapped."""
    a, b = f"{m.value:.{m.decimals}f}".replace(".", ""), f"{value:.{m.decimals}f}".replace(".", "")
    return len(a) >= 3 and adjacent_swap(a, b)


def adjacent_swap(a: str, b: str) -> bool:
    """Whether two digit strings differ by two neighbouring digits changing places ("2836" / "2386")."""
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y] if len(a) == len(b) else []
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
