"""Text copied from a saved web page still carries its tags and entities (issue 10): the checker reads it as the
page shows it, and its spans point into the text as given."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from chains.check import check
from chains.text.markup import plain
from chains.text.numbers import extract_numbers

PLAIN = "项目全年预算10.00万元，实际支出5.879万元，执行率为68.79%。"


def found(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).findings]


def test_tags_around_figures_are_read_through_and_the_span_is_the_figure_as_given() -> None:
    text = "项目全年预算<b>10.00</b>万元，实际支出<span style=\"color:red\">5.879万元</span>，执行率为<b>68.79%</b>。"
    assert found(text) == found(PLAIN) == [("rate_mismatch", "68.79%")]
    f = check(text).findings[0]
    assert all(text[a:b] in ("10.00</b>万元", "5.879万元") for a, b in f.related)


def test_entities_are_their_characters() -> None:
    text = "项目全年预算10.00&nbsp;万元，实际支出5.879&#160;万元，执行率为68.79&#37;。"
    assert [code for code, _ in found(text)] == ["rate_mismatch"]


def test_an_html_table_is_a_table() -> None:
    row = "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"
    text = ("<table>" + row.format("项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率")
            + row.format("年度资金总额", "100", "100", "90", "{rate}") + "</table>")
    assert found(text.format(rate="95%")) == [("rate_mismatch", "95%")]
    assert found(text.format(rate="90%")) == []


def test_text_without_markup_is_not_touched() -> None:
    for text in (PLAIN, "R&D经费", "年度指标值<5天", "a < b > c", ""):
        assert plain(text) is None


TAGS = st.sampled_from(["<b>", "</b>", "<span class=\"x\">", "</span>", "<font size=3>", "</font>", "<!-- c -->"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(PLAIN)), TAGS), max_size=6))
def test_inline_tags_anywhere_outside_a_number_change_no_finding(inserts: list[tuple[int, str]]) -> None:
    inside = {i for m in extract_numbers(PLAIN) for i in range(m.start + 1, m.end)}
    text = PLAIN
    for pos, tag in sorted(inserts, reverse=True):
        if pos not in inside:
            text = text[:pos] + tag + text[pos:]
    shown = [(code, _untagged(v)) for code, v in found(text)]
    assert shown == found(PLAIN)


def _untagged(s: str) -> str:
    return re.sub(r"<[^<>]*>", "", s)


def test_merged_cells_of_a_saved_page_keep_every_row_in_its_columns() -> None:
    page = ('<table><tr><td rowspan="2">产出</td><td>数量</td><td>10</td></tr>\n'
            '<tr><td>质量</td><td>5</td></tr>\n<tr><td colspan="2">总分</td><td>15</td></tr></table>')
    shown, where = plain(page)  # type: ignore[misc]
    assert shown.split("\n")[:3] == ["产出｜数量｜10｜", "｜质量｜5｜", "总分｜｜15｜"]
    assert len(where) == len(shown) + 1


def test_an_html_indicator_table_with_merged_cells_is_checked_like_any_table() -> None:
    rows = ['<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>分值</td><td>得分</td></tr>',
            '<tr><td>预算执行率</td><td></td><td>预算执行率</td><td>10</td><td>9.5</td></tr>',
            '<tr><td rowspan="2">产出指标</td><td>数量指标</td><td>培训人次</td><td>30</td><td>30</td></tr>',
            '<tr><td>质量指标</td><td>合格率</td><td>20</td><td>20</td></tr>',
            '<tr><td>效益指标</td><td>社会效益</td><td>就业率</td><td>30</td><td>28</td></tr>',
            '<tr><td>满意度指标</td><td>满意度</td><td>满意度</td><td>10</td><td>10</td></tr>',
            '<tr><td colspan="3">总分</td><td>100</td><td>{t}</td></tr>']
    page = "<table>\n" + "\n".join(rows) + "\n</table>\n"
    assert [f for f in check(page.format(t="97.5")).findings if f.severity == "error"] == []
    assert [f.code for f in check(page.format(t="98.5")).findings if f.severity == "error"] == ["score_sum_mismatch"]


def test_a_pages_table_written_one_tag_a_line_is_one_table_with_a_row_a_line() -> None:
    page = ("<p>附表：绩效自评表</p>\n<table>\n<tr>\n<td>一级指标</td><td>三级指标</td><td>分值</td><td>得分</td>\n</tr>\n"
            "<tr>\n<td>预算执行率</td><td>预算执行率</td><td>10</td><td>9.5</td>\n</tr>\n"
            "<tr>\n<td>产出指标</td><td>培训人次</td><td>50</td><td>50</td>\n</tr>\n"
            "<tr>\n<td>效益指标</td><td>就业率</td><td>30</td><td>30</td>\n</tr>\n"
            "<tr>\n<td>满意度指标</td><td>满意度</td><td>10</td><td>10</td>\n</tr>\n"
            "<tr>\n<td>合计</td><td></td><td>100</td><td>{t}</td>\n</tr>\n</table>\n")
    shown, _ = plain(page.format(t="99.5"))  # type: ignore[misc]
    assert shown.split("\n")[:3] == ["附表：绩效自评表", "一级指标｜三级指标｜分值｜得分｜", "预算执行率｜预算执行率｜10｜9.5｜"]
    assert [f.code for f in check(page.format(t="99.5")).findings if f.severity == "error"] == []
    assert [f.code for f in check(page.format(t="98.5")).findings if f.severity == "error"] == ["score_sum_mismatch"]


def test_a_break_inside_a_cell_keeps_the_row_on_its_line() -> None:
    page = ("<table><tr><td>资金来源</td><td>年初预算<br>(1)</td><td>全年预算<br>(2)</td><td>实际支出<br>(3)</td>"
            "<td>执行率<br>(4)=(3)/(2)</td></tr>\n"
            "<tr><td>中央资金</td><td>1210.00</td><td>1520.00</td><td>1499.47</td><td>98.65%</td></tr>\n"
            "<tr><td>自治区资金</td><td>0.00</td><td>0.00</td><td>0.00</td><td>{r}</td></tr></table>\n")
    assert [f for f in check(page.format(r="—")).findings if f.severity == "error"] == []
    wrong = page.format(r="100.00%")
    assert [(f.code, wrong[f.span[0] : f.span[1]]) for f in check(wrong).findings if f.severity == "error"] == [
        ("implausible_rate", "100.00%")]
