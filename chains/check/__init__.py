"""The deterministic number checker: ``check(text, figures=None) -> CheckResult``.

Pure: no I/O, no langchain, no Streamlit. The text is read once (``chains.text.numbers`` for mentions,
``chains.text.report_tables`` for tables, ``chains.text.quantities`` for what each prose figure states), then the
rule modules add findings:

* ``tables`` — weights, scores, completion, target/actual units, indicators stated twice;
* ``prose_indicators`` — indicators in a sentence: "名称（20分），目标…，实际…，得18分" and their level's weight;
* ``prose_weights`` — the levels' 分值 set out in a sentence (first level to 100, second level to its parent);
* ``goal_weights`` — the execution rate's points and the goal blocks' listed in turn make 100 (Hubei's scheme);
* ``scoring`` — funds tables, §5 scoring rules, unexplained deviations;
* ``fund_sources`` — funds tables with sources as columns: 结余 per column, 小计/总金额 sums;
* ``qualitative`` — score bands of qualitative indicators (达成 / 部分达成 / 未达成);
* ``restated_rates`` — one rate stated twice in the text under the same name, with two values;
* ``heading_weights`` — 分值 and 得分 written into the headings of the indicator system add up level by level;
* ``headed_tables`` — a level's own table adds up to the weight its heading gives (（三）效益指标（30分）);
* ``section_scores`` — scores given level by level in prose sections against the total and each level's 合计;
* ``full_marks`` — a score above the 满分/分值 said just before it or in its own brackets;
* ``item_rates`` — an item's execution rate on the budget the report names for that item;
* ``project_scores`` — the average of the projects' scores stated beside their table;
* ``project_rows`` — a project of a department's list said again in the text with another budget, spending or score;
* ``printed_formulas`` — a funds form's rows computed as their labels' printed formulas say ((5)=(3)−(4));
* ``source_rates`` — one funding source's rate against that source's budget stated elsewhere;
* ``table_rates`` — the 自评表's execution rate against the amounts the text states, when the text gives no rate;
* ``sub_items`` — a sub-project's money in the overview list against the allocation its own paragraph gives;
* ``amounts`` — sums, averages, conflicting amounts (before rates, so a 10^4 slip is named once);
* ``adjustments`` — 年初预算 ± 追加/调减 = 全年预算 stated in one paragraph;
* ``funds`` — rates, balances, "无结余" statements, amounts off by 10^4/10^8;
* ``pair_rates`` — a rate right after the amount and what of it was spent (中央资金186.80万元已支出162.63万元，支出率87.06%);
* ``table_averages`` — a table's column of averages (台均、户均、人均…) against each row's amount over its count;
* ``table_balances`` — a funds table's 结余 column against each row's arrived (or budget) less spent;
* ``rate_twins`` — a rate that is its paragraph's spending over a budget with two neighbouring digits swapped;
* ``balance_twins`` — a balance said in words that is the report's budget less spending with two digits swapped;
* ``per_unit_scale`` — a rate per unit in 万元 that its count and an amount of the report show is in 元, or that is
  more than all the project's money;
* ``unit_scale`` — an amount in 万元 out of all proportion to the project's money, which no sum showed (疑似);
* ``procurement`` — a purchase's savings: 采购预算 − 合同金额 = 节约资金, and the 节支率;
* ``count_rates`` — a rate of counts beside them (参加1,236人，通过1,147人，通过率92.80%);
* ``column_totals`` — a detail table's 合计 row against each column of figures;
* ``note_rates`` — a share above 100% said in a table's cell of words (满意率102.4%);
* ``tier_averages`` — an average over tiers, each a count at so much each (A类3家每家…；B类5家每家…，8家平均每家…);
* ``row_averages`` — an average over the rows of the table right above it (6个县平均每县…) against a column's 合计;
* ``bracket_twins`` — a figure restated in another unit right after it in brackets (0.86万元（8,600元）);
* ``table_count_rates`` — a table's rate column worked out of two of its count columns (考试人次｜合格人次｜合格率);
* ``swapped_twins`` — a 自评表 actual value and the text's figure for it in other words, two neighbouring digits swapped (疑似);
* ``second_breakdowns`` — a whole broken down again by source in the sentence after its first breakdown (其中…);
* ``category_lists`` — a count broken down by kind in a sentence of its own (按类别分，…) against the count before it;
* ``growth_rates`` — a growth rate beside the two figures it compares (比上年…增长31.34%);
* ``prose`` — grade vs total, the 存在的问题 section, years (``years``), the user's key figures.

A web page's tags (``chains.text.markup``) and a PDF copy's cut lines and page furniture (``chains.text.reflow``) are
read through before the rules run. Spans are offsets into ``text`` exactly as given. When a more specific explanation exists for a figure
(``unit_mismatch``), other findings on that same figure are dropped.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from chains.check.evidence import settle
from chains.check.rules import (
    adjustments,
    amounts,
    balance_twins,
    bracket_twins,
    category_lists,
    column_totals,
    completion,
    count_rates,
    documents,
    full_marks,
    fund_sources,
    funds,
    goal_weights,
    growth_rates,
    headed_tables,
    heading_weights,
    indicator_text,
    item_rates,
    itemised_lists,
    level_scores,
    mean_rows,
    nested_rows,
    note_rates,
    pair_rates,
    per_unit_scale,
    printed_formulas,
    procurement,
    project_rows,
    project_scores,
    prose,
    prose_indicators,
    prose_weights,
    qualitative,
    rate_twins,
    restated_rates,
    row_averages,
    scoring,
    second_breakdowns,
    section_scores,
    shares,
    source_rates,
    source_rows,
    sub_items,
    swapped_twins,
    table_averages,
    table_balances,
    table_count_rates,
    table_rates,
    tables,
    tier_averages,
    turn_lists,
    unit_prices,
    unit_scale,
    unit_twins,
    use_lists,
)
from chains.check.rules.base import Context, build_context
from chains.figures import Figures
from chains.findings import CheckResult, Finding
from chains.text.markup import moved, plain
from chains.text.reflow import reflowed
from chains.text.script import reading

__all__ = ["check", "judge", "read"]

_OUTRANKED_BY_UNIT = {"sum_mismatch", "conflicting_values", "rate_mismatch", "balance_mismatch", "implausible_rate"}


def check(text: str, figures: Figures | None = None) -> CheckResult:
    """Every number in ``text`` that does not add up, as findings sorted by position.

    Text that still carries a web page's tags or entities is read as the page shows it, and a copy out of a PDF
    (lines cut at the page's width, page headers and footers) as the report was written; the spans point into
    ``text`` as given."""
    if not isinstance(text, str):
        return judge(read(text, figures))  # read() says what it expects
    shown, where = text, None
    for step in (plain, reflowed):
        done = step(shown)
        if done is not None:
            shown, now = done
            where = now if where is None else [where[i] for i in now]
    if where is None:
        return judge(read(text, figures))
    return CheckResult(text, [_moved(f, where) for f in judge(read(shown, figures)).findings])


def _moved(f: Finding, where: list[int]) -> Finding:
    return replace(f, span=moved(f.span, where), related=tuple(moved(r, where) for r in f.related))


def read(text: str, figures: Figures | None = None) -> Context:
    """The report read once: its numbers, tables and what each prose figure states (the rules' input)."""
    if not isinstance(text, str):
        raise TypeError("check() expects the report text as str")
    # 萬元, 預算, 執行率 read as 万元, 预算, 执行率, and 下達(dá) as 下达; offsets unchanged
    ctx = build_context(reading(text), figures)
    ctx.original = text
    return ctx


def judge(ctx: Context) -> CheckResult:
    """The findings of every rule on a report already read (``read``)."""
    for rules in (tables, printed_formulas, prose_weights, goal_weights, prose_indicators, heading_weights, headed_tables, level_scores, section_scores, scoring, fund_sources, source_rows, nested_rows, completion, shares, indicator_text, qualitative, documents,
                  unit_twins, restated_rates, sub_items, full_marks, item_rates, amounts, itemised_lists, adjustments, funds, pair_rates, procurement, source_rates, table_rates, table_averages, project_scores, project_rows, mean_rows, table_balances, balance_twins, rate_twins, unit_scale, per_unit_scale, count_rates, column_totals, growth_rates, note_rates, turn_lists, prose, unit_prices, use_lists, category_lists, second_breakdowns, tier_averages, row_averages, bracket_twins, table_count_rates, swapped_twins):
        rules.run(ctx)
    text = ctx.original if ctx.original is not None else ctx.text
    return CheckResult(text, _dedupe(settle(ctx, ctx.findings), len(text)))


_ARITHMETIC = {"rate_mismatch", "average_mismatch", "balance_mismatch", "implausible_rate"}


def _dedupe(findings: list[Finding], n: int) -> list[Finding]:
    unit_spans = sorted(f.span for f in findings if f.code == "unit_mismatch" and f.values.get("kind") == "scale")
    # a figure its own arithmetic already shows wrong ("执行率98.47%" beside the amounts it comes from) explains why
    # it differs from its restatement elsewhere: the conflict tells the reader nothing more
    wrong = {f.span for f in findings if f.code in _ARITHMETIC and f.severity == "error"}
    findings = [f for f in findings if f.code != "conflicting_values" or f.severity != "error"
                or not wrong & {f.span, *f.related}]
    # a figure already set against the text ("自评表为97.88%，正文为97.78%") is not set against another figure again
    pairs = [f for f in findings if f.code == "conflicting_values" and f.severity == "error"]
    findings = [f for f in findings if f.code != "conflicting_values"
                or not any(f.span in g.related and g.span not in f.related for g in pairs)]
    # a doubt about figures already set against each other with certainty says nothing more
    certain = {s for g in pairs for s in (g.span, *g.related)}
    findings = [f for f in findings if f.code != "conflicting_values" or f.severity == "error"
                or not certain & {f.span, *f.related} or _other_side(f, pairs)]
    # one slip found twice: the list with its total ("…得分9.5分，合计89.90分"), and again at the total alone
    wide = [f for f in findings if f.severity == "error" and f.span[1] - f.span[0] > 12]
    findings = [f for f in findings if f.severity != "error" or not any(
        g.code == f.code and g.span != f.span and g.span[0] <= f.span[0] and f.span[1] == g.span[1] for g in wide)]
    seen: set[tuple[str, int, int]] = set()
    out: list[Finding] = []
    for f in findings:
        s, e = f.span
        if not (0 <= s <= e <= n):
            continue
        if f.code in _OUTRANKED_BY_UNIT and unit_spans and (_overlaps_any(unit_spans, s, e) or f.code == "rate_mismatch"
                                                             and any(_overlaps_any(unit_spans, *r) for r in f.related)):
            continue  # (a rate worked out of an amount written in the wrong unit: the unit is the slip)
        key = (f.code, s, e)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


def _other_side(f: Finding, pairs: list[Finding]) -> bool:
    """Whether a 疑似 conflict is the other figure of a conflict found with certainty ("自评表为521次，正文为512次"),
    which nothing in the report tells apart from it: both places are to be checked."""
    return f.severity == "warning" and len(f.related) == 1 and any(
        g.span == f.related[0] and g.related == (f.span,) for g in pairs)


def _overlaps_any(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether [s, e) overlaps one of the sorted, short ``spans``."""
    i = bisect.bisect_left(spans, (s, s))
    return any(us < e and s < ue for us, ue in spans[max(0, i - 8) : i + 8])
