"""Number mentions: what is read from a string, and the span contract, as tables and properties."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chains.text.numbers import chinese_integer, extract_numbers, parse_value

D = Decimal

# text → (raw, value, unit, kind, decimals, approx, comparator) of the single mention expected
SINGLE = [
    ("一百三十九万元", ("一百三十九万元", D(139), "万元", "money", 0, False, None)),
    ("百分之九十五", ("百分之九十五", D(95), "%", "percent", 0, False, None)),
    ("壹佰叁拾玖万元整", ("壹佰叁拾玖万元整", D(139), "万元", "money", 0, False, None)),
    ("两千余家", ("两千余家", D(2000), "家", "count", 0, True, None)),
    ("一百三十九点五万", ("一百三十九点五万", D("139.5"), "万元", "money", 1, False, None)),
    ("合计1,390.00万元。", ("1,390.00万元", D("1390.00"), "万元", "money", 2, False, None)),
    ("全年预算数10.00万元", ("10.00万元", D("10.00"), "万元", "money", 2, False, None)),
    ("结余0元", ("0元", D(0), "万元", "money", 0, False, None)),
    ("支出859800元", ("859800元", D("85.98"), "万元", "money", 0, False, None)),
    ("总额1.2亿元", ("1.2亿元", D(12000), "万元", "money", 1, False, None)),
    ("预算139万", ("139万", D(139), "万元", "money", 0, False, None)),
    ("约10万元", ("约10万元", D(10), "万元", "money", 0, True, None)),
    ("1000余万元", ("1000余万元", D(1000), "万元", "money", 0, True, None)),
    ("满意度95%左右", ("95%左右", D(95), "%", "percent", 0, True, None)),
    ("执行率98.65%", ("98.65%", D("98.65"), "%", "percent", 2, False, None)),
    ("执行率９８．６５％", ("９８．６５％", D("98.65"), "%", "percent", 2, False, None)),
    ("≥300家次", ("≥300家次", D(300), "家次", "count", 0, False, "gte")),
    ("＜＝730次", ("＜＝730次", D(730), "次", "count", 0, False, "lte")),
    ("＞＝95%", ("＞＝95%", D(95), "%", "percent", 0, False, "gte")),
    ("≤130万元", ("≤130万元", D(130), "万元", "money", 0, False, "lte")),
    ("不低于90%", ("不低于90%", D(90), "%", "percent", 0, False, "gte")),
    ("不少于10次", ("不少于10次", D(10), "次", "count", 0, False, "gte")),
    ("培训20人次以上", ("20人次以上", D(20), "人次", "count", 0, False, "gte")),
    ("10天以内", ("10天以内", D(10), "天", "count", 0, False, "lte")),
    ("检查172人∙次", ("172人∙次", D(172), "人∙次", "count", 0, False, None)),
    ("检查339家∙次", ("339家∙次", D(339), "家∙次", "count", 0, False, None)),
    ("自评得分98分", ("98分", D(98), "分", "score", 0, False, None)),
    ("九十八分", ("九十八分", D(98), "分", "score", 0, False, None)),
    ("印发12份", ("12份", D(12), "份", "count", 0, False, None)),
    ("2021年度", ("2021年度", D(2021), "年", "year", 0, False, None)),
    ("2023年3月", ("2023年3月", D(2023), "date", "date", 0, False, None)),
    ("2021年12月31日前", ("2021年12月31日前", D(2021), "date", "date", 0, False, "lte")),
]


@pytest.mark.parametrize("text, expected", SINGLE, ids=[t for t, _ in SINGLE])
def test_reads_one_mention_with_value_unit_and_marks(text: str, expected: tuple) -> None:
    (m,) = extract_numbers(text)
    raw, value, unit, kind, decimals, approx, comparator = expected
    assert (m.raw, m.value, m.unit, m.kind, m.decimals, m.approx, m.comparator) == (
        raw,
        value,
        unit,
        kind,
        decimals,
        approx,
        comparator,
    )
    assert text[m.span[0] : m.span[1]] == m.raw


# text → raws of all mentions, in order
MANY = [
    ("预算139万，3月全部到位，年底支出完了", ["139万", "3月"]),
    ("预算总额为10.00万元，其中人才资金预算0.00万元", ["10.00万元", "0.00万元"]),
    ("2021年4月-2022年4月", ["2021年4月", "2022年4月"]),
    ("一是加强管理，统一标准，进一步提高", []),
    ("[bookmark: _Toc61505636]一、项目概况", []),
    ("用时10分钟，分别为", ["10分钟"]),  # minutes are a count's unit; 分别 is no score
    ("项目1个，共计239万元", ["1个", "239万元"]),
    # a PDF copy sets thousand groups apart: one figure before 元, or three groups with decimals
    ("无人机航测43 800元、检测52 200元", ["43 800元", "52 200元"]),
    ("合计1 234 567.00，另12 345.00元", ["1 234 567.00", "12 345.00元"]),
    ("培训36期，共2 160人次；示范基地10 260亩", ["36期", "2 160人次", "10 260亩"]),
    # columns set one space apart stay apart: no 元 after them, fewer than three groups
    ("分值 10 100.00 得分 200 180.00", ["10", "100.00", "200", "180.00"]),
    ("分值 得分 完成率 10 100%", ["10", "100%"]),
]


@pytest.mark.parametrize("text, raws", MANY, ids=[t for t, _ in MANY])
def test_finds_every_mention_and_nothing_else(text: str, raws: list[str]) -> None:
    assert [m.raw for m in extract_numbers(text)] == raws


def test_never_matches_a_shorter_number_inside_a_longer_one() -> None:
    text = "预算总额为10.00万元，编号A12345，版本2.0.1"
    raws = [m.raw for m in extract_numbers(text)]
    assert "0.00万元" not in raws and "10.00万元" in raws
    assert "12345" not in raws and "345" not in raws


def test_thousand_groups_set_apart_read_as_one_figure() -> None:
    (m,) = extract_numbers("监测费43 800元")
    assert m.value == D("4.38") and m.unit == "万元" and m.decimals == 0


def test_money_in_yuan_keeps_its_written_decimals_for_tolerance() -> None:
    (m,) = extract_numbers("结余0元")
    assert m.written_unit == "元" and m.decimals == 0
    assert m.half_unit() == D("0.5") / 10000


def test_parse_value_reads_a_table_cell() -> None:
    m = parse_value("＜＝130万元")
    assert m is not None and m.comparator == "lte" and m.value == 130 and m.kind == "money"
    assert parse_value("已完成") is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,%万元亿一二十百千两零点约余≥≤＜＝年月日分次家 ，。\n\t[]bookmark:")) ))
def test_never_raises_and_spans_quote_the_text_on_number_like_text(text: str) -> None:
    for m in extract_numbers(text):
        assert 0 <= m.span[0] < m.span[1] <= len(text)
        assert text[m.span[0] : m.span[1]] == m.raw


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_raises_on_arbitrary_text(text: str) -> None:
    found = extract_numbers(text)
    assert all(text[m.span[0] : m.span[1]] == m.raw for m in found)
    assert all(a.span[1] <= b.span[0] for a, b in zip(found, found[1:], strict=False))


@given(st.integers(min_value=0, max_value=99_999))
def test_a_whole_number_in_chinese_numerals_reads_back_as_itself(n: int) -> None:
    import cn2an

    assert chinese_integer(cn2an.an2cn(n)) == n


def test_counts_said_in_words_before_an_average_are_whole_numbers() -> None:
    assert [chinese_integer(w) for w in ("两", "三", "十", "十二")] == [2, 3, 10, 12]
    assert chinese_integer("三点五") is None
    assert chinese_integer("项目") is None
