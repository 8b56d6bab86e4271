"""Funds tables with the sources as columns (rules.md §1 Shanxi, §7 I3/I4, §8) and the §5 execution score and
qualitative score bands: each row states a table, the code expected (or none) and the figure it must point at."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chains.check import check
from chains.check.rules.qualitative import judgement_band

TITLE = "某市应急管理局2021年度安全生产督查检查经费项目支出绩效自评报告\n"

# rows: label, 行次, 年度总金额, 小计, 中央, 省级, 市级, 县区级, 上年结转, 其他
SHANXI_ROWS = [
    ("年初预算资金", "(1)", "120.00", "100.00", "", "40.00", "60.00", "", "20.00", ""),
    ("全年预算资金", "(2)", "130.00", "110.00", "", "40.00", "70.00", "", "20.00", ""),
    ("实际到位资金", "(3)", "125.00", "105.00", "", "40.00", "65.00", "", "20.00", ""),
    ("全年执行资金", "(4)", "118.50", "100.00", "", "38.00", "62.00", "", "18.50", ""),
    ("资金结余", "(5)=(3)-(4)", "6.50", "5.00", "0", "2.00", "3.00", "0", "1.50", "0"),
    ("预算到位率", "(6)=(3)/(2)", "96.15", "95.45", "0", "100.00", "92.86", "0", "100.00", "0"),
    ("预算执行率(%)", "(7)=(4)/(2)", "91.15", "90.91", "0", "95.00", "88.57", "0", "92.50", "0"),
]


def shanxi_table(rows: list[tuple[str, ...]]) -> str:
    """The seed 003 layout as .docx text conversion leaves it: one cell per line, tab-led, rows apart."""
    head = [("项目", "行次", "年度总金额(万元)", "财政资金", "上年结转资金(万元)", "其他资金(万元)"),
            ("", "", "", "小计", "中央级", "省级", "市级", "县区级", "", "")]
    lines = ["（二）项目预算执行情况"]
    for row in head + rows:
        lines.append("\n".join("\t" + c for c in row))
        lines.append("")
    return TITLE + "\n".join(lines) + "\n"


def edited(label: str, column: int, value: str) -> tuple[str, str]:
    rows = [list(r) for r in SHANXI_ROWS]
    for r in rows:
        if r[0] == label:
            r[column] = value
    return shanxi_table([tuple(r) for r in rows]), value


# (case, label of the edited row, column index, new value, expected code)
SHANXI_FLAGGED = [
    ("I3 结余 total ≠ 到位 − 执行", "资金结余", 2, "7.50", "balance_mismatch"),
    ("I3 结余 of one level column", "资金结余", 6, "2.00", "balance_mismatch"),
    ("I4 小计 ≠ 中央+省+市+县 (budget row)", "全年预算资金", 3, "112.00", "sum_mismatch"),
    ("I4 总金额 ≠ 小计+上年结转+其他 (spent row)", "全年执行资金", 2, "119.50", "sum_mismatch"),
    ("I4 总金额 of the 年初 row", "年初预算资金", 2, "102.00", "sum_mismatch"),
    ("I2 到位率 小计 printed 0 on a real base", "预算到位率", 3, "0", "rate_mismatch"),
    ("I1 执行率 of a level column", "预算执行率(%)", 6, "85.57", "rate_mismatch"),
]


@pytest.mark.parametrize("case, label, column, value, code", SHANXI_FLAGGED, ids=[c[0] for c in SHANXI_FLAGGED])
def test_sources_as_columns_table_flags_the_edited_cell(case: str, label: str, column: int, value: str,
                                                        code: str) -> None:
    text, _ = edited(label, column, value)
    found = [f for f in check(text).findings if f.code == code]
    assert found, case
    # the finding points at the edited cell (a sum points at its total, which is the edited cell here)
    start = text.index(label)
    tabs_after_label = [i for i, ch in enumerate(text) if ch == "\t" and i > start]
    cell_at = tabs_after_label[column - 1] + 1
    assert any(f.span[0] == cell_at and text[f.span[0]:f.span[1]] == value for f in found), found


SHANXI_CLEAN = [
    ("the consistent table", SHANXI_ROWS),
    ("zero-base columns printing 0 for rates and balances", SHANXI_ROWS),
    ("empty cells for sources that gave nothing", [r[:6] + ("", "", "", "") if r[0] == "资金结余" else r
                                                  for r in SHANXI_ROWS][:4]),
    ("seed 003 style: one source only, 结余 0 everywhere", [
        ("年初预算资金", "(1)", "98.65", "98.65", "", "", "98.65", "", "", ""),
        ("全年预算资金", "(2)", "98.65", "98.65", "", "", "98.65", "", "", ""),
        ("实际到位资金", "(3)", "98.65", "98.65", "", "", "98.65", "", "", ""),
        ("全年执行资金", "(4)", "98.65", "98.65", "", "", "98.65", "", "", ""),
        ("资金结余", "(5)=(3)-(4)", "0", "", "0", "0", "0", "0", "0", "0"),
        ("预算执行率(%)", "(7)=(4)/(2)", "100", "100", "0", "0", "100", "0", "0", "0"),
    ]),
]


@pytest.mark.parametrize("case, rows", SHANXI_CLEAN, ids=[c[0] for c in SHANXI_CLEAN])
def test_consistent_sources_as_columns_table_is_clean(case: str, rows: list[tuple[str, ...]]) -> None:
    findings = check(shanxi_table(rows)).findings
    assert [f for f in findings if f.severity == "error"] == [], case


# -- MOF layout: rows 年度资金总额 / 其中 sources, columns 年初预算数 全年预算数 全年执行数 分值 执行率 得分 ----------

def mof_table(total: tuple[str, ...], grant: tuple[str, ...], carry: tuple[str, ...], other: tuple[str, ...]) -> str:
    head = "| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|\n"
    rows = [("年度资金总额",) + total, ("其中：当年财政拨款",) + grant, ("上年结转资金",) + carry, ("其他资金",) + other]
    return TITLE + head + "".join("| " + " | ".join(r) + " |\n" for r in rows)


MOF_OK = (("100.00", "139.00", "125.10", "10", "90.00%", "9.00"), ("80.00", "119.00", "110.10", "—", "92.52%", "—"),
          ("20.00", "20.00", "15.00", "—", "75.00%", "—"), ("0", "0", "0", "—", "—", "—"))


def mof_with(row: int, column: int, value: str) -> str:
    rows = [list(r) for r in MOF_OK]
    rows[row][column] = value
    return mof_table(*(tuple(r) for r in rows))


# (case, row, column, new value, code)
MOF_FLAGGED = [
    ("I4 年度资金总额 全年预算 ≠ Σ sources", 0, 1, "140.00", "sum_mismatch"),
    ("I4 年度资金总额 年初预算 ≠ Σ sources", 0, 0, "90.00", "sum_mismatch"),
    ("§5 execution score ≠ 10 × rate", 0, 5, "8.00", "score_rule_mismatch"),
    ("I1 执行率 of a source row", 1, 4, "95.52%", "rate_mismatch"),
]


@pytest.mark.parametrize("case, row, column, value, code", MOF_FLAGGED, ids=[c[0] for c in MOF_FLAGGED])
def test_mof_funds_block_flags_the_edited_cell(case: str, row: int, column: int, value: str, code: str) -> None:
    text = mof_with(row, column, value)
    found = [f for f in check(text).findings if f.code == code]
    assert any(text[f.span[0]:f.span[1]] == value for f in found), (case, found)


MOF_CLEAN = [
    ("consistent block", MOF_OK),
    ("score capped at the weight when spending exceeds the budget",
     (("10.00", "10.00", "10.00", "10", "100.00%", "10"), ("10.00", "10.00", "10.00", "—", "100.00%", "—"),
      ("0", "0", "0", "—", "—", "—"), ("0", "0", "0", "—", "—", "—"))),
    ("whole-point score from a rounded rate (Hebei 2019: 86.20% → 9)",
     (("43.20", "43.20", "37.24", "10", "86%", "9"), ("43.20", "43.20", "37.24", "—", "86%", "—"),
      ("0", "0", "0", "—", "—", "—"), ("0", "0", "0", "—", "—", "—"))),
]


@pytest.mark.parametrize("case, rows", MOF_CLEAN, ids=[c[0] for c in MOF_CLEAN])
def test_consistent_mof_funds_block_is_clean(case: str, rows: tuple[tuple[str, ...], ...]) -> None:
    findings = check(mof_table(*rows)).findings
    assert [f.code for f in findings if f.code in ("sum_mismatch", "rate_mismatch", "score_rule_mismatch")] == []


# -- §5 qualitative indicators: 得分 must lie in the judgement's band of the weight --------------------------

def indicator_table(actual: str, weight: str, score: str) -> str:
    return (TITLE + "| 一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n|---|---|---|---|---|---|\n"
            f"| 效益指标 | 群众安全意识 | 明显提高 | {actual} | {weight} | {score} |\n")


ACHIEVED, PARTIAL, MISSED = "达成年度指标", "部分达成年度指标并具有一定效果", "未达成年度指标且效果较差"

# (actual, weight, score, flagged?)
QUALITATIVE = [
    (ACHIEVED, "10", "10", False),
    (ACHIEVED, "10", "8", False),
    (ACHIEVED, "10", "7", True),
    (ACHIEVED, "12.5", "10", False),
    (ACHIEVED, "12.5", "9.5", True),
    (PARTIAL, "10", "6.00", False),
    (PARTIAL, "10", "7.9", False),
    (PARTIAL, "10", "8", True),
    (PARTIAL, "10", "9", True),
    (PARTIAL, "10", "5", False),  # Hubei bands [50%, 80%): allowed by a documented variant
    (PARTIAL, "10", "4", True),
    (MISSED, "10", "5", False),
    (MISSED, "10", "0", False),
    (MISSED, "10", "6", True),
    (MISSED, "10", "8", True),
]


@pytest.mark.parametrize("actual, weight, score, flagged", QUALITATIVE,
                         ids=[f"{a[:4]}-w{w}-s{s}" for a, w, s, _ in QUALITATIVE])
def test_qualitative_score_lies_in_its_band(actual: str, weight: str, score: str, flagged: bool) -> None:
    text = indicator_table(actual, weight, score)
    found = [f for f in check(text).findings if f.code == "score_rule_mismatch"]
    assert bool(found) is flagged
    for f in found:
        assert f.severity == "warning"
        assert text[f.span[0]:f.span[1]] == score


@pytest.mark.parametrize("actual, band", [
    ("达成年度指标", "达成"), ("已达到预期目标", "达成"), ("部分达成年度指标并具有一定效果", "部分达成"),
    ("部分实现", "部分达成"), ("未达成年度指标且效果较差", "未达成"), ("未完成年度目标", "未达成"),
    ("98%", None), ("1200人次", None), ("", None), ("较好", None),
])
def test_judgement_band_reads_the_actual_cell(actual: str, band: str | None) -> None:
    got = judgement_band(actual)
    assert (got[0] if got else None) == band


# -- budget changes and remainders stated in prose (rules §2/§3, §7 I3) -------------------------------------

PROSE = "某县交通运输局2022年度农村公路养护项目支出绩效自评报告\n"

# (case, body, code or None, the figure the finding points at)
PROSE_ROWS = [
    ("追加 adds up", "本项目年初预算180.00万元，年中追加20.00万元，全年预算200.00万元。", None, ""),
    ("追加 does not add up", "本项目年初预算180.00万元，年中追加30.00万元，全年预算200.00万元。", "sum_mismatch",
     "200.00万元"),
    ("调减 adds up", "本项目年初预算180.00万元，调减10.00万元，全年预算170.00万元。", None, ""),
    ("调减 read as an increase", "本项目年初预算180.00万元，调减10.00万元，全年预算190.00万元。", "sum_mismatch",
     "190.00万元"),
    ("追加 and 调减 together", "本项目年初预算180万元，追加30万元，调减10万元，全年预算210万元。", "sum_mismatch", "210万元"),
    ("amounts in 元", "年初预算1,800,000元，追加200,000元，全年预算2,100,000元。", "sum_mismatch", "2,100,000元"),
    ("上年结转 inside the 全年预算", "本项目年初预算180万元，追加20万元，上年结转15万元，全年预算215万元。", None, ""),
    ("上年结转 outside the 全年预算", "本项目年初预算180万元，追加20万元，上年结转15万元，全年预算200万元。", None, ""),
    ("a bare 调整 has no sign", "本项目年初预算180万元，预算调整20万元，全年预算190万元。", None, ""),
    ("sources in brackets add up", "本项目全年预算数160.00万元（财政资金130.00万元、单位资金30.00万元）。", None, ""),
    ("sources in brackets do not add up", "本项目全年预算数160.00万元（财政资金120.00万元、单位资金30.00万元）。",
     "sum_mismatch", "120.00万元"),
    ("levels in brackets do not add up", "下达资金500万元（中央资金300万元，省级资金150万元，县级配套40万元）。",
     "sum_mismatch", "40万元"),
    ("a bracket of changes is no breakdown", "本项目全年预算数160.00万元（较上年增加10.00万元、增长6.67%）。", None, ""),
    ("a bracket with 含 names one part only", "本项目全年预算数160.00万元（含上年结转30.00万元、单位资金20.00万元）。",
     None, ""),
    ("结转 is the whole remainder", "全年预算200.00万元，全年执行190.00万元，结转10.00万元至2023年。", None, ""),
    ("结转 is not the remainder", "全年预算200.00万元，全年执行190.00万元，结转12.00万元至2023年。", "balance_mismatch",
     "12.00万元"),
    ("结转 beside a 收回 amount", "全年预算200.00万元，全年执行190.00万元，结转6.00万元，其余4.00万元由财政收回。", None, ""),
    ("结转 with its amount to a past year", "全年预算200.00万元，全年执行190.00万元，结转10.00万元至2021年。",
     "year_mismatch", "2021年"),
]


@pytest.mark.parametrize("case, body, code, where", PROSE_ROWS, ids=[r[0] for r in PROSE_ROWS])
def test_budget_changes_and_remainders_in_prose(case: str, body: str, code: str | None, where: str) -> None:
    text = PROSE + body
    findings = check(text).findings
    if code is None:
        assert [f for f in findings if f.severity == "error"] == [], case
        return
    start = text.index(where)
    assert any(f.code == code and f.span[0] < start + len(where) and start < f.span[1] for f in findings), findings


# -- the same layout without 行次 or 小计: columns 合计 | 财政拨款 | 上年结转 | 其他资金, as ｜ rows or flattened cells ---

SIMPLE = [("项目", "合计", "财政拨款", "上年结转", "其他资金"),
          ("全年预算数", "150.00", "120.00", "20.00", "10.00"),
          ("实际到位数", "150.00", "120.00", "20.00", "10.00"),
          ("全年执行数", "141.00", "115.00", "18.00", "8.00"),
          ("结余", "9.00", "5.00", "2.00", "2.00"),
          ("执行率", "94.00%", "95.83%", "90.00%", "80.00%")]


def as_pipe(rows: list[tuple[str, ...]]) -> str:
    return "\n".join("｜".join(r) for r in rows) + "\n"


def as_cells(rows: list[tuple[str, ...]]) -> str:
    return "\n".join("\n".join("\t" + c for c in r) + "\n" for r in rows)


# (case, row, column, new value or None for the table as given, code or None)
SIMPLE_ROWS = [
    ("consistent", 0, 0, None, None),
    ("合计 ≠ Σ sources", 3, 1, "142.00", "sum_mismatch"),
    ("结余 of one source ≠ 到位 − 执行", 4, 3, "3.00", "balance_mismatch"),
    ("执行率 of one source", 5, 4, "85.00%", "rate_mismatch"),
]


@pytest.mark.parametrize("render", [as_pipe, as_cells], ids=["pipe", "flattened"])
@pytest.mark.parametrize("case, row, column, value, code", SIMPLE_ROWS, ids=[r[0] for r in SIMPLE_ROWS])
def test_simple_sources_as_columns_table(render, case: str, row: int, column: int, value: str | None,  # noqa: ANN001
                                         code: str | None) -> None:
    rows = [list(r) for r in SIMPLE]
    if value is not None:
        rows[row][column] = value
    text = TITLE + render([tuple(r) for r in rows])
    findings = check(text).findings
    if code is None:
        assert [f for f in findings if f.severity == "error"] == []
        return
    assert any(f.code == code and text[f.span[0]:f.span[1]] == value for f in findings), findings


# -- property: any consistent sources-as-columns table is clean; any edit of one amount in the 执行 row is found --

_cents = st.integers(min_value=0, max_value=5_000_000)


def _money(c: int) -> str:
    return f"{Decimal(c) / 100:.2f}"


def _rate(num: int, base: int) -> str:
    if base == 0:
        return "0"
    return str((Decimal(num) / Decimal(base) * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _consistent_rows(budgets: list[int], spent_share: list[int]) -> list[tuple[str, ...]]:
    """Columns 总金额 | 小计 | 中央 | 省级 | 市级 | 县区级 | 上年结转 | 其他 from per-source budgets; 到位 = 预算."""
    levels, carry, other = budgets[:4], budgets[4], budgets[5]
    spent = [b * p // 100 for b, p in zip(budgets, spent_share, strict=True)]

    def line(values: list[int]) -> list[int]:
        sub = sum(values[:4])
        return [sub + values[4] + values[5], sub, *values]

    b, s = line([*levels, carry, other]), line(spent)
    bal = [x - y for x, y in zip(b, s, strict=True)]
    return [
        ("全年预算资金", "(2)", *map(_money, b)),
        ("实际到位资金", "(3)", *map(_money, b)),
        ("全年执行资金", "(4)", *map(_money, s)),
        ("资金结余", "(5)=(3)-(4)", *map(_money, bal)),
        ("预算执行率(%)", "(7)=(4)/(2)", *(_rate(x, y) for x, y in zip(s, b, strict=True))),
    ]


@settings(max_examples=40, deadline=None)
@given(st.lists(_cents, min_size=6, max_size=6), st.lists(st.integers(0, 100), min_size=6, max_size=6),
       st.integers(2, 9), st.integers(1, 999))
def test_generated_sources_tables_are_clean_and_one_edit_is_found(budgets: list[int], share: list[int],
                                                                  column: int, delta: int) -> None:
    rows = _consistent_rows(budgets, share)
    text = shanxi_table(rows)
    assert [f for f in check(text).findings if f.severity == "error"] == []
    edited_rows = [list(r) for r in rows]
    old = Decimal(edited_rows[2][column])
    edited_rows[2][column] = f"{old + Decimal(delta) / 100:.2f}"
    text = shanxi_table([tuple(r) for r in edited_rows])
    codes = {f.code for f in check(text).findings}
    assert codes & {"sum_mismatch", "balance_mismatch", "rate_mismatch", "implausible_rate"}


def test_a_budget_raised_by_a_sources_money_is_not_that_sources_budget() -> None:
    text = ("年初预算716.00万元，年中追加省级资金后全年预算896.00万元，资金全部到位。全年执行823.12万元，预算执行率91.87%。"
            "分来源看，中央资金执行620.00万元，执行率100%；省级资金执行111.12万元，执行率61.73%，结余68.88万元。")
    assert [f for f in check(text).findings if f.severity == "error"] == []


def test_a_rate_named_for_a_source_is_not_judged_on_the_projects_amounts() -> None:
    text = ("全年预算1010.0000万元，全年执行919.1870万元，执行率91.0%，较2021年的88.5%提高2.5个百分点。"
            "市级资金执行率100.0%，区级资金执行率85.1%。")
    assert [f for f in check(text).findings if f.severity == "error"] == []


def test_a_sources_balance_after_its_rate_is_its_budget_less_its_spending() -> None:
    text = ("项目资金来源：中央资金620.00万元；省级配套资金180.00万元；县级配套资金96.00万元。全年执行823.12万元。"
            "分来源看，中央资金执行620.00万元，执行率100%；省级资金执行111.12万元，执行率61.73%，结余{v}万元。")
    assert [f for f in check(text.format(v="68.88")).findings if f.severity == "error"] == []
    found = [(f.code, f.severity) for f in check(text.format(v="58.88")).findings if f.code == "balance_mismatch"]
    assert found == [("balance_mismatch", "error")]
