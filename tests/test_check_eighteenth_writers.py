"""Shapes the writers of the eighteenth session brought (issue 10, false alarms and misses of the held-out-style sets
that are general ways of writing a report): each is a test here, beside the clean form it must leave alone."""

from __future__ import annotations

from chains.check import check


def findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, text[f.span[0] : f.span[1]]) for f in check(text).findings]


def coded(text: str, code: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[0] == code]


# -- "其中当年财政拨款执行率…": a part's rate, judged on its row of the funds table -------------------------------------

PART_RATE = (
    "2023年度农机购置补贴项目支出绩效自评报告\n"
    "截至2023年12月31日，全年共兑付补贴资金1437.62万元，预算执行率96.71%，其中当年财政拨款执行率{rate}%，"
    "上年结转资金已全部兑付完毕。\n"
    "项目资金（万元）｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分\n"
    "年度资金总额｜1260.00｜1486.50｜1437.62｜10｜96.71%｜9.67\n"
    "其中：当年财政拨款｜1260.00｜1386.50｜1337.62｜—｜—｜—\n"
    "上年结转资金｜0.00｜100.00｜100.00｜—｜—｜—\n"
)


def test_a_parts_rate_after_the_whole_agrees_with_its_row() -> None:
    # 1337.62 / 1386.50 = 96.47%; the whole's 96.71% is 1437.62 / 1486.50
    assert coded(PART_RATE.format(rate="96.47"), "rate_mismatch") == []


def test_a_parts_rate_after_the_whole_is_held_to_its_row() -> None:
    assert coded(PART_RATE.format(rate="96.74"), "rate_mismatch") == [("rate_mismatch", "error", "96.74%")]


def test_a_parts_rate_over_a_hundred_is_said_once_as_impossible() -> None:
    assert [f[0] for f in findings(PART_RATE.format(rate="115.00")) if f[2] == "115.00%"] == ["implausible_rate"]
