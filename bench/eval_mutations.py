"""Mutation harness for the number checker: break one figure of a report that adds up, see if ``check`` notices.

    python bench/eval_mutations.py [-v] [--list] [--all-sources]

Method
------
1. Sources: every *clean* report (``tests/data/real`` cases labelled ``clean: true``, the dev drafts
   ``tests/data/dev/cases/*-clean.txt`` and the seeds without error findings, 000 and 001; ``--all-sources``
   adds the reports with labelled errors, whose other relations still hold).
2. In each source this script finds arithmetic RELATIONS with its own small parsers (``re`` + ``Decimal``;
   nothing of the checker is imported except ``chains.check.check``) and keeps a relation only if all its
   figures are found unambiguously (exactly one candidate pairing fits) and it holds in the original under
   rules.md §8 (a stated value with d decimals agrees with a computed one within 0.5·10^-d). Amounts are
   typed by the word closest before them in their clause (预算/下达 budget, 执行/支出/使用 spent, 到位 received,
   结余/结转/未使用 balance, 合计/共计 total, 申请/申报 request). Kinds, and the code a broken one should produce:

   ``rate``        spent (or received) / budget (or received) = X%, in prose, or in one funds-table row
                   (amounts left of the % cell)                         → ``rate_mismatch`` at the rate
   ``sum``         total = parts: "X，其中 A、B…", "A、B…，共计 X", or a funds-table total row and the
                   component rows under it, column by column         → ``sum_mismatch`` at the part or the total
   ``average``     "…A、B、C，平均每家X" with X their mean                → ``average_mismatch`` at X
   ``weight``      the 分值/权重 column of a one-row-per-line indicator table sums to 100
                                                                        → ``weight_sum_mismatch``
   ``score``       its 得分 column sums to the stated total (合计 row, else "自评得分X分")
                                                                        → ``score_sum_mismatch`` at the total
   ``grade``       a total score and the grade word after it agree (rules §6) → ``grade_mismatch`` at the grade
   ``balance``     结余/结转/未使用 X = budget (or received) − spent  → ``balance_mismatch`` at X
   ``nil_balance`` "无结余" beside spent = budget; spend 3 units less   → ``balance_mismatch``
   ``conflict``    one money figure stated twice with the same 4-character label and role
                                                                        → ``conflicting_values`` at either
   ``completion``  an indicator row's 完成率 = actual / target (rules §5) → ``completion_mismatch``
   ``unit``        a 万元 figure of a rate/sum/average/balance/conflict rewritten as 元 (a 10^4 slip)
                                                                        → ``unit_mismatch`` or that relation's code

3. Each relation gives one mutated text (one change: a rate ±3 points staying within 0–100, an amount ±3 units
   of the coarsest last decimal among the relation's figures, a weight +3, a total score ±3 within its grade
   band, a grade word moved to another band, "万元" → "元"). ``check`` runs on the original and the mutated text.
   * detected: an error finding with an expected code whose span or a related span overlaps the mutated figure
     (or the relation's other anchor: the total of a sum, the other mention of a conflict, the score of a grade),
     or an error on the mutated figure with the code of another relation that figure belongs to (the change
     breaks both: "实际支出136万元" beside 无结余 is also the 139 stated elsewhere → ``conflicting_values``);
   * false: an error in the mutated text that is not among the original's errors (compared by code and the
     text under the span, or by code and unshifted span) and is not a detection. A side effect another relation
     predicts is neither: the mutated figure also belongs to that relation and the error has its code and
     touches its figures. Figures restated with another label (same role and value: 预算 139 … 批复 139) count
     as such a relation for ``conflicting_values``, though they are not mutated themselves.
   recall = detected / mutations, precision = detections / (detections + false errors).
4. Layouts: a relation whose mutated figure sits in a table written as ``|``/``｜`` rows is also run with that
   table block re-rendered as tab-separated cells and as space-aligned columns (CJK counted double-width), and
   reported per layout: ``prose``, ``pipe``, ``cells`` (one cell per line, as in flattened tables), ``tab``,
   ``space``.

``-v`` lists every miss (with what the checker said on the mutated figure) and every false error; ``--list``
every mutation. Deterministic and quick (about a second): the checker changes, the relations do not.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chains.check import check  # noqa: E402

REAL = ROOT / "tests/data/real"
REAL2 = ROOT / "tests/data/real2"
REAL3 = ROOT / "tests/data/real3"
REAL4 = ROOT / "tests/data/real4"
REAL5 = ROOT / "tests/data/real5"
REAL6 = ROOT / "tests/data/real6"
DEV = ROOT / "tests/data/dev/cases"
SEEDS = ROOT / "tests/data/seeds"
CLEAN_SEEDS = ("000_", "001_")  # errors.md §C: seeds 000 and 001 have no error findings

Span = tuple[int, int]

# ---------------------------------------------------------------------------------------------- numbers

_BLOB = re.compile(r"\d[\d.,]*")
_VALID = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_UNIT = re.compile(r"[ \u00a0]?(万元|萬元|亿元|億元|元|%|％|分)")
_MONEY = {"万元": Decimal(1), "萬元": Decimal(1), "元": Decimal("0.0001"), "亿元": Decimal(10000),
          "億元": Decimal(10000)}
_APPROX_BEFORE = re.compile(r"(约|近|超过|逾|不到)$")
_APPROX_AFTER = re.compile(r"^(余|多|左右|以上|以内|上下)")


@dataclass(frozen=True)
class Num:
    """A number as written: ``start:end`` covers the digits only; ``unit`` is what follows it."""

    start: int
    end: int
    text: str
    value: Decimal
    dec: int
    unit: str = ""
    unit_end: int = 0
    approx: bool = False

    @property
    def span(self) -> Span:
        return (self.start, self.end)

    @property
    def money(self) -> Decimal | None:
        """The value in 万元, or None when the number carries no money unit."""
        return self.value * _MONEY[self.unit] if self.unit in _MONEY else None


def parse_numbers(text: str) -> list[Num]:
    out = []
    for m in _BLOB.finditer(text):
        raw = m.group().rstrip(".,")
        s, e = m.start(), m.start() + len(raw)
        if not _VALID.fullmatch(raw) or (s and (text[s - 1].isascii() and text[s - 1].isalpha())):
            continue
        if e < len(text) and text[e].isascii() and text[e].isalpha():
            continue
        clean = raw.replace(",", "")
        dec = len(clean.split(".")[1]) if "." in clean else 0
        u = _UNIT.match(text, e)
        unit, unit_end = (u.group(1), u.end()) if u else ("", e)
        unit = {"％": "%"}.get(unit, unit)
        approx = bool(_APPROX_BEFORE.search(text[max(0, s - 2):s]) or _APPROX_AFTER.match(text[unit_end:]))
        out.append(Num(s, e, raw, Decimal(clean), dec, unit, unit_end, approx))
    return out


def agrees(computed: Decimal, stated: Num) -> bool:
    """rules.md §8: ``stated`` (d decimals) is consistent with ``computed`` iff |c − v| ≤ 0.5·10^-d."""
    return abs(computed - stated.value) <= Decimal(5) * Decimal(10) ** -(stated.dec + 1) + Decimal("1e-9")


def fmt(value: Decimal, dec: int, like: str) -> str:
    s = f"{value:.{dec}f}"
    if "," in like:
        whole, _, frac = s.partition(".")
        s = f"{int(whole):,}" + (f".{frac}" if frac else "")
    return s


def bumped(n: Num, dec: int | None = None, step: int = 3) -> str:
    """``n`` plus ``step`` units of its last decimal (or of ``dec`` decimals when coarser), written like ``n``."""
    d = n.dec if dec is None else min(n.dec, dec)
    return fmt(n.value + step * Decimal(10) ** -d, n.dec, n.text)


def bumped_money(n: Num, figs: list[Num], step: int = 3) -> str:
    """``n`` moved by ``step`` units of the coarsest money figure among ``figs``, written in ``n``'s unit."""
    coarse = max(Decimal(10) ** -f.dec * _MONEY[f.unit] for f in figs)
    delta = step * coarse / _MONEY[n.unit]
    return fmt(n.value + delta, max(n.dec, -delta.normalize().as_tuple().exponent, 0), n.text)


# ---------------------------------------------------------------------------------------------- relations

@dataclass
class Relation:
    kind: str
    code: str
    figs: tuple[Span, ...]  # every figure the relation reads
    target: Span  # the span replaced by ``new``
    new: str
    anchors: tuple[Span, ...]  # a detection overlaps one of these (target first)
    where: str  # prose / pipe / cells
    note: str
    accept: tuple[str, ...] = ()
    mutate: bool = True  # False: only tells which side effects a mutation of one of its figures may cause

    @property
    def codes(self) -> tuple[str, ...]:
        return (self.code, *self.accept)


_SEP = re.compile(r"[|｜\t]")
Cell = tuple[int, int, str]  # start, end, stripped text


def split_cells(line: str, at: int, sep: re.Pattern[str], edges: bool = True) -> list[Cell]:
    """The cells of one line (``at`` = its offset in the text); ``edges`` drops an empty cell before a leading
    separator and empty cells after the last filled one."""
    cells, pos = [], 0
    for m in [*sep.finditer(line), None]:
        end = m.start() if m else len(line)
        raw = line[pos:end]
        lead = len(raw) - len(raw.lstrip())
        cells.append((at + pos + lead, at + pos + lead + len(raw.strip()), raw.strip()))
        pos = m.end() if m else pos
    if edges:
        if cells and not cells[0][2] and sep.match(line.lstrip()):
            cells = cells[1:]
        while cells and not cells[-1][2]:
            cells.pop()
    return cells


class Doc:
    """A source text read once: numbers, lines, the table cell stream and its rows."""

    def __init__(self, name: str, text: str):
        self.name, self.text = name, text
        self.nums = parse_numbers(text)
        self.by_start = {n.start: n for n in self.nums}
        self.lines: list[tuple[int, int]] = []
        pos = 0
        for line in text.split("\n"):
            self.lines.append((pos, pos + len(line)))
            pos += len(line) + 1
        self.cells = self._cells()
        self.rows = self._rows()

    def line_of(self, pos: int) -> tuple[int, int]:
        for s, e in self.lines:
            if s <= pos <= e:
                return s, e
        return self.lines[-1]

    def where(self, pos: int) -> str:
        """How the line holding ``pos`` is laid out: ``pipe`` rows, table ``cells`` or ``prose``."""
        s, e = self.line_of(pos)
        line = self.text[s:e]
        if re.search(r"[|｜]", line):
            return "pipe" if sum(1 for c in re.split(r"[|｜]", line) if c.strip()) >= 2 else "cells"
        if "\t" in line or re.search(r"\S[ \u3000\u00a0]{2,}\S", line) or value_cell(line.strip()):
            return "cells"
        return "prose"

    def _cells(self) -> list[Cell]:
        out: list[Cell] = []
        for ls, le in self.lines:
            line = self.text[ls:le]
            if not line.strip():
                out.append((ls, ls, ""))
            else:
                out += split_cells(line, ls, _CELL_SEP, edges=False)
        return out

    def _rows(self) -> list[tuple[Cell, list[Cell]]]:
        """Each text-like cell with the value and blank cells that follow it."""
        rows: list[tuple[Cell, list[Cell]]] = []
        for cell in self.cells:
            if value_cell(cell[2]) or blank_cell(cell[2]):
                if rows:
                    rows[-1][1].append(cell)
            else:
                rows.append((cell, []))
        return rows

    def num_in(self, cell: Cell) -> Num | None:
        n = self.by_start.get(cell[0])
        return n if n and value_cell(cell[2]) else None


_CELL_SEP = re.compile(r"[|｜\t]|[ \u3000\u00a0]{2,}")
_VALUE_CELL = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:万元|萬元|元|亿元|%|％)?")


def value_cell(s: str) -> bool:
    return bool(_VALUE_CELL.fullmatch(s))


def blank_cell(s: str) -> bool:
    return bool(re.fullmatch(r"[\s—\-－/／–一]*", s))


# ---- prose: amounts typed by the word before them

_ROLE = re.compile(r"未使用|未支出|未执行|结余|结转|剩余|节余|余额|到位(?!率)|收到|到账|执行(?!率)|支出(?!率)|"
                   r"使用(?![费率])|支付(?!率)|预算|下达|安排|批复|核定|计划|共计|总计|合计|总额|总投资|申请|申报")
_ROLES = {"未使用": "balance", "未支出": "balance", "未执行": "balance", "结余": "balance", "结转": "balance",
          "剩余": "balance", "节余": "balance", "余额": "balance", "到位": "received", "收到": "received",
          "到账": "received", "执行": "spent", "支出": "spent", "使用": "spent", "支付": "spent",
          "预算": "budget", "下达": "budget", "安排": "budget", "批复": "budget", "核定": "budget",
          "计划": "budget", "共计": "total", "总计": "total", "合计": "total", "总额": "total", "总投资": "budget",
          "申请": "request", "申报": "request"}
_CLAUSE_END = "，,。；;：:\n（()）、？！"


def clause_before(text: str, pos: int, limit: int = 40) -> str:
    i = pos
    while i > 0 and pos - i < limit and text[i - 1] not in _CLAUSE_END:
        i -= 1
    return text[i:pos]


def role(text: str, n: Num) -> str | None:
    hits = list(_ROLE.finditer(clause_before(text, n.start)))
    return _ROLES[hits[-1].group()] if hits else None


def prose_money(doc: Doc) -> list[Num]:
    return [n for n in doc.nums if n.money is not None and not n.approx and doc.where(n.start) == "prose"]


_RATE = re.compile(r"(执行率|到位率|支出率|使用率|支付率|完成预算的?)[为达到是了：:\s约]{0,4}"
                   r"(?=(\d+(?:\.\d+)?)\s?[%％])")


def find_rates_prose(doc: Doc) -> list[Relation]:
    text, out = doc.text, []
    money = prose_money(doc)
    for m in _RATE.finditer(text):
        rate = doc.by_start.get(m.end())
        if rate is None or rate.unit != "%" or doc.where(rate.start) != "prose" or rate.approx:
            continue
        ls, _ = doc.line_of(rate.start)
        word = m.group(1)
        num_role = {"到位率": "received"}.get(word, "spent")
        den_roles = {"budget", "total"} | ({"received"} if num_role == "spent" else set())
        nums = [n for n in money if ls <= n.start < rate.start and role(text, n) == num_role]
        dens = [n for n in money if n.start < rate.start and n.money > 0 and (
            role(text, n) in den_roles or (n.start >= ls and role(text, n) is None))]
        pairs = {(a.money, b.money): (a, b) for a in nums for b in dens if a is not b
                 and agrees(a.money / b.money * 100, rate)}
        if len(pairs) != 1 or rate.value > 100:
            continue
        a, b = next(iter(pairs.values()))
        out.append(rate_relation(rate, a, b, "prose"))
    return out


def rate_relation(rate: Num, a: Num, b: Num, where: str) -> Relation:
    step = -3 if rate.value + 3 > 100 else 3  # stay within 0–100 so the rate stays plausible
    new = fmt(rate.value + step, rate.dec, rate.text)
    return Relation("rate", "rate_mismatch", (rate.span, a.span, b.span), rate.span, new, (rate.span,), where,
                    f"{a.text}/{b.text} = {rate.text}%")


_FUND_LABEL = re.compile(r"资金|预算|拨款|结转|总额|合计|小计|其中|支出|财政|经费")


def find_rates_table(doc: Doc) -> list[Relation]:
    out = []
    for label, cells in doc.rows:
        if not _FUND_LABEL.search(label[2]):
            continue
        amounts: list[Num] = []
        for c in cells:
            n = doc.num_in(c)
            if n is None:
                continue
            if n.unit == "%":
                pairs = {(a.value, b.value): (a, b) for i, b in enumerate(amounts) for a in amounts[i + 1:]
                         if b.value > 0 and agrees(a.value / b.value * 100, n)}
                if len(pairs) == 1 and not n.approx and n.value <= 100:
                    a, b = next(iter(pairs.values()))
                    out.append(rate_relation(n, a, b, doc.where(n.start)))
                break
            amounts.append(n)
    return out


# ---- sums

_PART_STOP = re.compile(r"[。；;\n]")


def find_sums_prose(doc: Doc) -> list[Relation]:
    text, out = doc.text, []
    money = prose_money(doc)
    for m in re.finditer(r"其中", text):
        if doc.where(m.start()) != "prose":
            continue
        before = [n for n in money if n.unit_end <= m.start() and re.fullmatch(
            r"[\s，,（(：:]*", text[n.unit_end:m.start()]) or n.unit_end == m.start() - 1 and text[
            n.unit_end] == "。" and text[m.end():m.end() + 1] in ":：,，"]
        if not before:
            continue
        total = before[-1]
        stop = _PART_STOP.search(text, m.end())
        end = stop.start() if stop else len(text)
        parts = [n for n in money if m.end() <= n.start < end and not bracketed(text, m.end(), n.start)]
        fits = [k for k in range(2, len(parts) + 1) if agrees(sum(p.money for p in parts[:k]) / _MONEY[
            total.unit], total) and not bare_between(doc, parts[0], parts[k - 1])]
        if len(fits) == 1 and all(p.unit == total.unit for p in parts[:fits[0]]):
            out.append(sum_relation(doc, total, parts[:fits[0]], "prose"))
            out += average_relation(doc, parts[:fits[0]], end)
    for m in re.finditer(r"(合计|共计|总计|总额|共)(?:下达|安排|投入|到位|支出|收到)?[为达是：:\s]{0,3}", text):
        total = doc.by_start.get(m.end())
        if total is None or total.money is None or total.approx or doc.where(total.start) != "prose":
            continue
        start = max([x.end() for x in _PART_STOP.finditer(text, 0, m.start())] + [0])
        parts = [n for n in money if start <= n.start and n.unit_end <= m.start()]
        fits = [k for k in range(2, len(parts) + 1) if agrees(sum(p.money for p in parts[-k:]) / _MONEY[
            total.unit], total) and not bare_between(doc, parts[-k], parts[-1])]
        if len(fits) == 1 and all(p.unit == total.unit for p in parts[-fits[0]:]):
            out.append(sum_relation(doc, total, parts[-fits[0]:], "prose"))
    return out


def bracketed(text: str, start: int, pos: int) -> bool:
    """``pos`` stands inside a bracket opened after ``start`` (a part's own detail: "（含…1436.8万元）")."""
    between = text[start:pos]
    return between.count("(") + between.count("（") > between.count(")") + between.count("）")


def bare_between(doc: Doc, first: Num, last: Num) -> bool:
    """A number without a money unit (a count, a share) among the listed parts: not a plain money list."""
    return any(n.money is None for n in doc.nums if first.start < n.start < last.start)


def average_relation(doc: Doc, parts: list[Num], end: int) -> list[Relation]:
    """"…平均每家X万元" right after a list of parts: X = their mean → ``average_mismatch``."""
    m = re.compile(r"平均[^。；;\d]{0,8}?(?=\d)").search(doc.text, parts[-1].unit_end, end)
    avg = doc.by_start.get(m.end()) if m else None
    if avg is None or avg.unit != parts[0].unit or not agrees(sum(p.value for p in parts) / len(parts), avg):
        return []
    return [Relation("average", "average_mismatch", (avg.span, *(p.span for p in parts)), avg.span,
                     bumped(avg), (avg.span,), "prose", f"mean({', '.join(p.text for p in parts)}) = {avg.text}")]


def sum_relation(doc: Doc, total: Num, parts: list[Num], where: str) -> Relation:
    part = max(parts, key=lambda p: (p.value, -p.start))
    new = bumped_money(part, [total, *parts]) if part.unit in _MONEY and total.unit in _MONEY else bumped(
        part, total.dec)
    return Relation("sum", "sum_mismatch", (total.span, *(p.span for p in parts)), part.span, new,
                    (part.span, total.span), where,
                    f"{' + '.join(p.text for p in parts)} = {total.text}")


_TOTAL_ROW = re.compile(r"^(?!其中).*(总额|合计|总计|小计)")
_PART_ROW = re.compile(r"其中|拨款|结转|其他资金|财政资金|专户|单位资金|自有资金|中央|省级|市级|县级|省财政|市财政|"
                       r"县财政|地方|基本支出|项目支出|^其他|社会投入|银行贷款|上级|本级")


def row_values(doc: Doc, cells: list[Cell]) -> list[Num | None]:
    """Leading plain-number cells of a row (None for a blank), up to the first % or text-like cell."""
    out: list[Num | None] = []
    for c in cells:
        if blank_cell(c[2]):
            out.append(None)
            continue
        n = doc.num_in(c)
        if n is None or n.unit == "%" or n.approx:
            break
        out.append(n)
    while out and out[-1] is None:
        out.pop()
    return out


def find_sums_table(doc: Doc) -> list[Relation]:
    out = []
    rows = doc.rows
    for i, (label, cells) in enumerate(rows):
        if not _TOTAL_ROW.search(label[2]):
            continue
        total = row_values(doc, cells)
        parts: list[list[Num | None]] = []
        skipped = 0
        for plabel, pcells in rows[i + 1:]:
            if _TOTAL_ROW.search(plabel[2]):
                break
            if not _PART_ROW.search(plabel[2]):
                if pcells and any(not blank_cell(c[2]) for c in pcells) or skipped >= 2:
                    break
                skipped += 1
                continue
            parts.append(row_values(doc, pcells))
        filled = [p for p in parts if p]
        if not filled:
            continue
        scored = re.search(r"分值|权重", doc.text[max(0, label[0] - 400):label[0]])
        for j, t in enumerate(total):
            if t is None or any(len(p) <= j or p[j] is None for p in filled):
                continue
            if scored and t.dec == 0 and t.value <= 20:
                continue  # most likely the 分值 column of a funds block, not an amount
            col = [p[j] for p in filled]
            if any(c.unit != t.unit for c in col) or not agrees(sum(c.value for c in col), t):
                continue
            out.append(sum_relation(doc, t, col, doc.where(t.start)))
    return out


# ---- grid tables (one row per line): weights, scores, completion

@dataclass
class Grid:
    rows: list[list[Cell]]  # cells per line


def grids(doc: Doc) -> list[Grid]:
    """Runs of lines that each hold a row of ``|``/``｜``/tab separated cells."""
    out: list[Grid] = []
    cur: list[list[Cell]] = []
    for ls, le in [*doc.lines, (len(doc.text), len(doc.text))]:
        line = doc.text[ls:le]
        seps = len(_SEP.findall(line))
        if seps >= 2 or seps == 1 and not _SEP.match(line.strip()):
            cur.append(split_cells(line, ls, _SEP))
        elif cur:
            out.append(Grid(cur))
            cur = []
    return out


def column(header: list[Cell], pattern: str, exclude: str = "$^") -> int | None:
    hits = [i for i, c in enumerate(header) if re.search(pattern, c[2]) and not re.search(exclude, c[2])]
    return hits[0] if len(hits) == 1 else None


_GRADE_BAND = {"优": 90, "优秀": 90, "良": 80, "良好": 80, "中": 60, "中等": 60, "一般": 60, "合格": 60,
               "差": 0, "较差": 0, "不合格": 0}
_GRADE_SWAP = {"优": "良", "优秀": "良好", "良": "优", "良好": "优秀", "中": "良", "中等": "良好", "一般": "较差",
               "合格": "不合格", "差": "中", "较差": "中等", "不合格": "合格"}


def band(score: Decimal) -> int:
    return 90 if score >= 90 else 80 if score >= 80 else 60 if score >= 60 else 0


_TOTAL_SCORE = re.compile(r"(自评得分|自评总分|总得分|综合得分|评价得分|自评分数|绩效得分|自评分|总分)"
                          r"[为是：:达到\s]{0,3}(?=\d)")


def prose_totals(doc: Doc) -> list[Num]:
    out = []
    for m in _TOTAL_SCORE.finditer(doc.text):
        n = doc.by_start.get(m.end())
        if n and n.unit == "分" and not n.approx and n.value <= 100 and doc.where(n.start) == "prose":
            out.append(n)
    return out


def score_bump(total: Num) -> str | None:
    for step in (-3, 3, -1, 1):
        v = total.value + step
        if 0 <= v <= 100 and band(v) == band(total.value):
            return fmt(v, total.dec, total.text)
    return None


def find_grid_relations(doc: Doc) -> list[Relation]:
    out = []
    for g in grids(doc):
        hi = next((i for i, r in enumerate(g.rows) if any(re.search(r"分值|权重|完成率", c[2]) for c in r)), None)
        if hi is None:
            continue
        header = g.rows[hi]
        body = [r for r in g.rows[hi + 1:] if len(r) == len(header)]
        regular = len(body) == len(g.rows) - hi - 1
        totals = [r for r in body if re.fullmatch(r"(合\s*计|总\s*计|总分|总得分)", next(
            (c[2] for c in r if c[2]), ""))]
        data = [r for r in body if r not in totals]
        where = "pipe"
        wi = column(header, r"分值|权重")
        si = column(header, r"得分|自评分|评分", r"分值|权重|计算")
        if regular and len(totals) <= 1 and len(data) >= 2:
            tot = totals[0] if totals else None
            if wi is not None:
                ws = [doc.num_in(r[wi]) for r in data]
                tw = doc.num_in(tot[wi]) if tot else None
                if all(w is not None and w.unit in ("", "分") for w in ws) and sum(w.value for w in ws) == 100 and (
                        tot is None or tw is not None and tw.value == 100):
                    w = ws[0]
                    figs = tuple(x.span for x in ws) + ((tw.span,) if tw else ())
                    out.append(Relation("weight", "weight_sum_mismatch", figs, w.span, bumped(w),
                                        (w.span,) + ((tw.span,) if tw else ()), where,
                                        f"{' + '.join(x.text for x in ws)} = 100"))
            if si is not None:
                ss = [doc.num_in(r[si]) for r in data]
                stated = doc.num_in(tot[si]) if tot else None
                if stated is None:
                    pt = prose_totals(doc)
                    stated = pt[0] if len({p.value for p in pt}) == 1 else None
                else:
                    again = [p.span for p in prose_totals(doc) if p.value == stated.value]
                    if again:  # the table total restated in the text: changing one may draw conflicting_values
                        out.append(Relation("restated", "conflicting_values", (stated.span, *again), stated.span,
                                            "", (), where, f"total {stated.text} restated", mutate=False))
                if stated is not None and all(s is not None and s.unit in ("", "分") for s in ss) and agrees(
                        sum(s.value for s in ss), stated):
                    new = score_bump(stated)
                    if new:
                        out.append(Relation("score", "score_sum_mismatch", (stated.span, *(s.span for s in ss)),
                                            stated.span, new, (stated.span,), doc.where(stated.start),
                                            f"{' + '.join(s.text for s in ss)} = {stated.text}"))
        ti = column(header, r"指标值|目标值", r"实际")
        ai = column(header, r"实际|完成值|业绩值", r"完成率|原因")
        ci = column(header, r"完成率")
        if None in (ti, ai, ci):
            continue
        for r in body:
            rel = completion_relation(doc, r[ti], r[ai], r[ci], where)
            if rel:
                out.append(rel)
    return out


_TARGET = re.compile(r"(≥|≧|>=|＞＝|不低于|不少于|达到|≤|≦|<=|＜＝|不高于|不超过|控制在|=|＝|═)?\s*"
                     r"(\d+(?:\.\d+)?)\s*(%|％|[^\d\s]{0,4})")


def completion_relation(doc: Doc, tc, ac, cc, where: str) -> Relation | None:
    t, a = _TARGET.fullmatch(tc[2]), _TARGET.fullmatch(ac[2])
    c = doc.num_in(cc)
    if not (t and a and c and c.unit == "%") or a.group(1) or t.group(3) != a.group(3):
        return None
    tv, av = Decimal(t.group(2)), Decimal(a.group(2))
    lte = (t.group(1) or "") in ("≤", "≦", "<=", "＜＝", "不高于", "不超过", "控制在")
    if tv == 0 or av == 0:
        return None
    comp = (Decimal(100) if av <= tv else tv / av * 100) if lte else av / tv * 100
    if not agrees(comp, c):
        return None
    step = -3 if c.value >= 3 else 3
    tn = doc.by_start.get(tc[0] + t.start(2))
    an = doc.by_start.get(ac[0] + a.start(2))
    figs = tuple(x.span for x in (c, tn, an) if x)
    return Relation("completion", "completion_mismatch", figs, c.span, fmt(c.value + step, c.dec, c.text),
                    (c.span,), where, f"{ac[2]} / {tc[2]} → {c.text}%")


# ---- grades

_GRADE_WORD = r"(优秀|良好|中等|较差|不合格|合格|一般|优|良|中|差)"
_GRADE_AFTER = re.compile(r"[^。；;\n\d]{0,16}?(?:等级|等次|评价结果|评定|属于|为|：|:)[为是：:“\"「『\s]*"
                          + _GRADE_WORD + r"(?=(?:等级|等次|级)?[\s。，,；;、”\"」』）)|]|$)")


def find_grades(doc: Doc) -> list[Relation]:
    out = []
    for n in prose_totals(doc):
        m = _GRADE_AFTER.match(doc.text, n.unit_end)
        if m and band(n.value) == _GRADE_BAND[m.group(1)]:
            out.append(grade_relation(n, m.start(1), m.group(1), "prose"))
    for i, (label, cells) in enumerate(doc.rows[:-1]):
        nxt = doc.rows[i + 1][0]
        if not re.search(r"总分|总得分|自评得分|合计", label[2]) or not re.fullmatch(_GRADE_WORD, nxt[2]):
            continue
        vals = [doc.num_in(c) for c in cells if not blank_cell(c[2])]
        if vals and vals[-1] is not None and vals[-1].unit in ("", "分") and vals[-1].value <= 100 and band(
                vals[-1].value) == _GRADE_BAND[nxt[2]]:
            out.append(grade_relation(vals[-1], nxt[0], nxt[2], doc.where(nxt[0])))
    return out


def grade_relation(score: Num, at: int, word: str, where: str) -> Relation:
    span = (at, at + len(word))
    return Relation("grade", "grade_mismatch", (score.span, span), span, _GRADE_SWAP[word], (span, score.span),
                    where, f"{score.text}分 → {word}")


# ---- balances and conflicts (prose)

def find_balances(doc: Doc) -> list[Relation]:
    text, out = doc.text, []
    money = prose_money(doc)
    for bal in money:
        if role(text, bal) != "balance":
            continue
        ls, le = doc.line_of(bal.start)
        near = [n for n in money if ls <= n.start < le and n is not bal]
        spent = [n for n in near if role(text, n) == "spent"]
        base = [n for n in money if n is not bal and role(text, n) in ("budget", "total", "received") and (
            n.start < le)]
        pairs = {(b.money, s.money): (b, s) for b in base for s in spent
                 if agrees((b.money - s.money) / _MONEY[bal.unit], bal)}
        if len(pairs) != 1:
            continue
        b, s = next(iter(pairs.values()))
        out.append(Relation("balance", "balance_mismatch", (bal.span, b.span, s.span), bal.span,
                            bumped_money(bal, [bal, b, s]),
                            (bal.span,), "prose", f"{b.text} − {s.text} = {bal.text}"))
    return out


def label_key(text: str, n: Num) -> str | None:
    lab = re.sub(r"(为|是|达|共|计|约|了|\s)+$", "", clause_before(text, n.start))
    lab = re.sub(r"^.*其中", "", lab)
    return lab[-4:] if len(lab) >= 4 and re.fullmatch(r"[\u4e00-\u9fff]{4}", lab[-4:]) else None


def find_conflicts(doc: Doc) -> list[Relation]:
    text, out = doc.text, []
    groups: dict[tuple[str, Decimal, str], list[Num]] = defaultdict(list)
    for n in prose_money(doc):
        key = label_key(text, n)
        if key and n.value > 0:
            groups[(key, n.value, n.unit)].append(n)
    for (key, _, unit), ns in groups.items():
        if len(ns) != 2:
            continue
        a, b = ns
        roles = {role(text, a), role(text, b)} - {None}
        if len(roles) > 1 or not _PART_STOP.search(text, a.end, b.start):
            continue  # different quantities (下达 vs 支付), or one sentence: an enumeration, not a restatement
        out.append(Relation("conflict", "conflicting_values", (a.span, b.span), b.span, bumped(b),
                            (b.span, a.span), "prose", f"{key} {a.text}{unit} twice"))
    return out


def find_restatements(doc: Doc) -> list[Relation]:
    """Budget / spent / received amounts of the same value stated more than once (labels may differ): not
    mutated, but a mutation of one of them may fairly draw ``conflicting_values``."""
    groups: dict[tuple[str, Decimal], list[Num]] = defaultdict(list)
    for n in prose_money(doc):
        r = role(doc.text, n)
        if r in ("budget", "spent", "received"):
            groups[(r, n.money)].append(n)
    return [Relation("restated", "conflicting_values", tuple(n.span for n in ns), ns[0].span, "", (), "prose",
                     f"{r} {ns[0].text} ×{len(ns)}", mutate=False) for (r, _), ns in groups.items() if len(ns) > 1]


def retarget_conflicts(doc: Doc, rels: list[Relation]) -> list[Relation]:
    """Mutate the mention of a restated figure that no other relation reads, so the conflict is the only cause."""
    out = []
    for r in rels:
        if r.kind == "conflict":
            used = [sum(1 for x in rels if x is not r and sp in x.figs) for sp in r.figs]
            if used[1] > used[0]:
                a = doc.by_start[r.figs[0][0]]
                r = replace(r, target=a.span, new=bumped(a), anchors=(a.span, r.figs[1]))
        out.append(r)
    return out


_NIL = re.compile(r"预算无结余|无结余|未发生结余|没有结余|零结余|无结转结余")


def find_nil_balances(doc: Doc) -> list[Relation]:
    """"无结余" beside a spent amount equal to the budget (or received) amount: spend less → balance_mismatch."""
    text, out = doc.text, []
    money = prose_money(doc)
    for m in _NIL.finditer(text):
        if doc.where(m.start()) != "prose":
            continue
        ls, le = doc.line_of(m.start())
        spent = [n for n in money if ls <= n.start < le and role(text, n) == "spent"]
        base = [n for n in money if n.start < le and role(text, n) in ("budget", "total", "received")]
        pairs = {(b.money, s.money): (b, s) for b in base for s in spent if b.money == s.money}
        if len(pairs) != 1 or len({s.money for s in spent}) != 1:
            continue
        b, sp = next(iter(pairs.values()))
        nil = (m.start(), m.end())
        out.append(Relation("nil_balance", "balance_mismatch", (nil, sp.span, b.span), sp.span,
                            bumped_money(sp, [sp, b], -3), (sp.span, nil), "prose",
                            f"{b.text} − {sp.text} = 0 ({m.group()})"))
    return out


def unit_relations(doc: Doc, rels: list[Relation]) -> list[Relation]:
    """A 万元 figure of a relation written as 元: the figure the relation mutates, or the rate's numerator."""
    out, seen = [], set()
    for r in rels:
        if r.kind not in ("rate", "sum", "balance", "conflict", "average"):
            continue
        order = r.figs[1:] if r.kind == "rate" else (r.target, *r.figs)
        n = next((doc.by_start.get(s) for s, _ in order if doc.by_start.get(s) and doc.by_start[s].unit == "万元"
                  and doc.by_start[s].value > 0), None)
        if n is None or n.start in seen:
            continue
        seen.add(n.start)
        uspan = (n.end, n.unit_end)
        codes = tuple(sorted({x.code for x in rels if n.span in x.figs}))
        out.append(Relation("unit", "unit_mismatch", r.figs, uspan, doc.text[n.end:n.unit_end].replace("万", ""),
                            (n.span, *r.anchors), r.where, f"{n.text}万元 → {n.text}元 ({r.kind})", codes))
    return out


def relations(doc: Doc) -> list[Relation]:
    rels = (find_rates_prose(doc) + find_rates_table(doc) + find_sums_prose(doc) + find_sums_table(doc)
            + find_grid_relations(doc) + find_grades(doc) + find_balances(doc) + find_nil_balances(doc)
            + find_conflicts(doc))
    uniq: dict[tuple[str, Span], Relation] = {}
    for r in rels:
        uniq.setdefault((r.kind, r.target), r)
    rels = retarget_conflicts(doc, list(uniq.values()))
    return rels + unit_relations(doc, rels) + find_restatements(doc)


# ---------------------------------------------------------------------------------------------- layouts

def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


_PIPE = re.compile(r"[|｜]")


def pipe_block(text: str, pos: int) -> Span | None:
    """The run of lines around ``pos`` that carry ``|``/``｜`` separators."""
    lines, start = [], 0
    for line in text.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    idx = next(i for i, (s, e) in enumerate(lines) if s <= pos <= e)
    if not re.search(r"[|｜]", text[slice(*lines[idx])]):
        return None
    lo = hi = idx
    while lo > 0 and re.search(r"[|｜]", text[slice(*lines[lo - 1])]):
        lo -= 1
    while hi + 1 < len(lines) and re.search(r"[|｜]", text[slice(*lines[hi + 1])]):
        hi += 1
    return lines[lo][0], lines[hi][1]


def relayout(text: str, block: Span, style: str) -> tuple[str, Callable[[int], int | None]]:
    """``text`` with the table lines in ``block`` re-rendered tab-separated or space-aligned, and a position map."""
    bs, be = block
    rows = [split_cells(line, at, _PIPE) for at, line in _split_lines(text, bs, be)]
    widths: dict[int, int] = defaultdict(int)
    for cells in rows:
        for i, (_, _, c) in enumerate(cells):
            if width(c) <= 40:  # long text cells overflow their column, as in a text export
                widths[i] = max(widths[i], width(c))
    out_lines, moves = [], []  # moves: (old_start, old_end, new_start)
    offset = bs
    for cells in rows:
        line = ""
        for i, (old, _, c) in enumerate(cells):
            if i:
                line += "\t" if style == "tab" else " " * max(widths[i - 1] - width(cells[i - 1][2]) + 2, 2)
            moves.append((old, old + len(c), offset + len(line)))
            line += c
        out_lines.append(line)
        offset += len(line) + 1
    body = "\n".join(out_lines)
    new = text[:bs] + body + text[be:]
    shift = len(body) - (be - bs)

    def mapper(p: int) -> int | None:
        if p < bs:
            return p
        if p >= be:
            return p + shift
        for old_s, old_e, new_s in moves:
            if old_s <= p <= old_e:
                return new_s + p - old_s
        return None

    return new, mapper


def _split_lines(text: str, bs: int, be: int):
    pos = bs
    for line in text[bs:be].split("\n"):
        yield pos, line
        pos += len(line) + 1


def mapped(rel: Relation, mapper: Callable[[int], int | None], layout: str) -> Relation | None:
    def span(sp: Span) -> Span | None:
        s, e = mapper(sp[0]), mapper(sp[1])
        return (s, e) if s is not None and e is not None else None

    figs = tuple(span(s) for s in rel.figs)
    anchors = tuple(span(s) for s in rel.anchors)
    target = span(rel.target)
    if target is None or None in figs or None in anchors:
        return None
    return replace(rel, figs=figs, anchors=anchors, target=target, where=layout)


# ---------------------------------------------------------------------------------------------- scoring

def overlaps(a: Span, b: Span) -> bool:
    a_end, b_end = max(a[1], a[0] + 1), max(b[1], b[0] + 1)
    return a[0] < b_end and b[0] < a_end


@dataclass
class Outcome:
    source: str
    rel: Relation
    layout: str
    detected: bool
    false: list[str]
    context: str
    said: list[str]
    suspected: bool = False  #: not as an error, but as a 疑似 warning of the right code at the right place


@dataclass
class Tally:
    mutations: int = 0
    detected: int = 0
    false: int = 0
    flagged: int = 0  #: errors and 疑似 warnings (as tests/data/dev/score.py counts recall)

    def add(self, o: Outcome) -> None:
        self.mutations += 1
        self.detected += o.detected
        self.flagged += o.detected or o.suspected
        self.false += len(o.false)

    @property
    def recall(self) -> float:
        return self.detected / self.mutations if self.mutations else 0.0

    @property
    def precision(self) -> float:
        return self.detected / (self.detected + self.false) if self.detected + self.false else 1.0

    @property
    def recall_flagged(self) -> float:
        return self.flagged / self.mutations if self.mutations else 0.0

    def line(self, name: str) -> str:
        return (f"  {name:<22} {self.mutations:>5} {self.detected:>5}  {self.recall:6.2f} {self.false:>6}"
                f"  {self.precision:6.2f}  {self.recall_flagged:9.2f}")


def errors_key(text: str, findings) -> tuple[Counter, set[tuple[str, Span]]]:
    """The original's errors, by code and the text under the span, and by code and span."""
    errors = [f for f in findings if f.severity == "error"]
    return Counter((f.code, text[f.span[0]:f.span[1]]) for f in errors), {(f.code, f.span) for f in errors}


@dataclass
class Runner:
    cache: dict[str, tuple] = field(default_factory=dict)

    def base(self, text: str):
        if text not in self.cache:
            findings = check(text).findings
            self.cache[text] = (findings, errors_key(text, findings))
        return self.cache[text]

    def run(self, source: str, text: str, rel: Relation, others: list[Relation], layout: str) -> Outcome:
        _, (before, before_spans) = self.base(text)
        s, e = rel.target
        mtext = text[:s] + rel.new + text[e:]
        delta = len(rel.new) - (e - s)

        def move(sp: Span, d: int = delta, at: int = e) -> Span:
            return (sp[0] + d if sp[0] >= at else sp[0], sp[1] + d if sp[1] >= at else sp[1])

        new_span = (s, s + len(rel.new))
        if rel.kind == "unit":
            anchors = [move(a) for a in rel.anchors]
        else:
            anchors = [new_span] + [move(a) for a in rel.anchors[1:]]
        side = [(o.codes, [move(f) for f in o.figs]) for o in others
                if o is not rel and o.kind != "unit" and any(overlaps(rel.target, f) for f in o.figs)]
        findings = check(mtext).findings
        left = Counter(before)
        detected, false = False, []
        suspected = False
        for f in findings:
            spans = [f.span, *f.related]
            if f.severity != "error":
                suspected = suspected or (f.code in rel.codes and any(overlaps(sp, a) for sp in spans for a in anchors))
                continue
            if f.code in rel.codes and any(overlaps(sp, a) for sp in spans for a in anchors):
                detected = True
                continue
            if any(overlaps(sp, new_span) for sp in spans) and any(
                f.code in codes and any(overlaps(sp, x) for sp in spans for x in figs) for codes, figs in side
            ):
                detected = True  # the changed figure breaks another relation too ("136万元" stated as 139 elsewhere)
                continue
            key = (f.code, mtext[f.span[0]:f.span[1]])
            if left[key] > 0:
                left[key] -= 1
                continue
            if (f.code, move(f.span, -delta, s + len(rel.new))) in before_spans:
                continue  # an error of the original whose span covers the mutated figure
            if any(f.code in codes and any(overlaps(sp, x) for sp in spans for x in figs) for codes, figs in side):
                continue
            false.append(f"{f.code} {ctx(mtext, f.span, 20)} — {f.message[:90]}")
        said = [f"{f.code}/{f.severity} {ctx(mtext, f.span, 8)}: {f.message[:90]}" for f in findings
                if any(overlaps(sp, a) for sp in (f.span, *f.related) for a in anchors)]
        return Outcome(source, rel, layout, detected, false, ctx(mtext, new_span, 30), said, suspected)


def ctx(text: str, span: Span, w: int) -> str:
    s, e = span
    return (text[max(0, s - w):s] + "【" + text[s:e] + "】" + text[e:e + w]).replace("\n", "⏎")


# ---------------------------------------------------------------------------------------------- main

def sources(everything: bool = False) -> list[tuple[str, str]]:
    """The clean reports (with ``everything``, the labelled-dirty real reports and seeds too)."""
    out = []
    for real in (REAL, REAL2, REAL3, REAL4, REAL5, REAL6):
        for line in (real / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip() and ((rec := json.loads(line))["clean"] or everything):
                text = (real / "reports" / rec["case"]).read_text(encoding="utf-8")
                out.append((f"{real.name}/{rec['case']}", text))
    for p in sorted(DEV.glob("*-clean.txt")):
        out.append((f"dev/{p.name}", p.read_text(encoding="utf-8")))
    for p in sorted(SEEDS.glob("*.txt")):
        if p.name.startswith(CLEAN_SEEDS) or everything:
            out.append((f"seed/{p.name}", p.read_text(encoding="utf-8")))
    return out


def evaluate(srcs: list[tuple[str, str]]) -> list[Outcome]:
    runner = Runner()
    outcomes: list[Outcome] = []
    for name, text in srcs:
        doc = Doc(name, text)
        rels = relations(doc)
        for rel in rels:
            if rel.mutate:
                outcomes.append(runner.run(name, text, rel, rels, rel.where))
        for style in ("tab", "space"):
            for rel in rels:
                if rel.where != "pipe" or not rel.mutate:
                    continue
                block = pipe_block(text, rel.target[0])
                if block is None:
                    continue
                vtext, mapper = relayout(text, block, style)
                moved = [m for m in (mapped(r, mapper, style) for r in rels) if m is not None]
                vrel = mapped(rel, mapper, style)
                if vrel is not None:
                    outcomes.append(runner.run(name, vtext, vrel, moved, style))
    return outcomes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss and every false error")
    ap.add_argument("--list", action="store_true", help="list every mutation with its outcome")
    ap.add_argument("--all-sources", action="store_true",
                    help="also mutate relations that hold in reports with labelled errors (not clean)")
    args = ap.parse_args(argv)
    all_sources = sources(args.all_sources)
    outcomes = evaluate(all_sources)
    used = {o.source for o in outcomes}
    kinds = Counter(o.rel.kind for o in outcomes if o.layout in ("prose", "pipe", "cells"))
    origin = Counter(name.split("/")[0] for name, _ in all_sources)
    print(f"sources: {len(all_sources)} {'' if args.all_sources else 'clean '}reports ("
          + ", ".join(f"{v} {k}" for k, v in origin.items()) + f"), {len(used)} with at least one relation")
    print("relations per kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    total = Tally()
    by_code: dict[str, Tally] = defaultdict(Tally)
    by_layout: dict[str, Tally] = defaultdict(Tally)
    for o in outcomes:
        total.add(o)
        by_code[o.rel.code].add(o)
        by_layout[o.layout].add(o)
    head = f"  {'':<22} {'muts':>5} {'det':>5}  {'recall':>6} {'false':>6}  {'prec':>6}  {'+疑似':>8}"
    print("per expected code:\n" + head)
    for code in sorted(by_code):
        print(by_code[code].line(code))
    print("per layout:\n" + head)
    for layout in ("prose", "pipe", "cells", "tab", "space"):
        if layout in by_layout:
            print(by_layout[layout].line(layout))
    if args.list:
        for o in outcomes:
            mark = "hit " if o.detected else "MISS"
            print(f"  {mark} {o.source} [{o.layout}] {o.rel.kind}: {o.rel.note} | {o.context}")
    if args.verbose:
        print("misses:")
        for o in outcomes:
            if not o.detected:
                said = "; ".join(o.said) if o.said else "nothing"
                print(f"  {o.source} [{o.layout}] {o.rel.code} ({o.rel.note}) {o.context}\n      checker: {said}")
        print("false errors:")
        for o in outcomes:
            for f in o.false:
                print(f"  {o.source} [{o.layout}] after {o.rel.kind} ({o.rel.note}): {f}")
    print(f"mutations={total.mutations} recall={total.recall:.3f} precision={total.precision:.3f} "
          f"recall_with_suspected={total.recall_flagged:.3f} (errors or 疑似 warnings, as score.py counts recall)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
