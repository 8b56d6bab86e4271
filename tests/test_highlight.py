"""Findings become <mark> spans in escaped text; user text never becomes markup."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from chains.draft.types import Draft, SectionDraft
from chains.findings import Finding
from chains.findings_html import highlight_html
from chains.ui.highlight import finding_rows, findings_within, section_bodies


def f(span: tuple[int, int], code: str = "rate_mismatch", expected: str | None = None) -> Finding:
    return Finding(code, "说明", span, expected=expected)


def visible_text(html_out: str) -> str:
    import html

    no_sup = re.sub(r"<sup[^>]*>.*?</sup>", "", html_out)
    return html.unescape(re.sub(r"<[^>]+>", "", no_sup))


def test_user_markup_is_escaped_and_never_becomes_a_tag() -> None:
    text = '预算<script>alert("x")</script>10.00万元，执行率587.90%<img src=x onerror=alert(1)>'
    start = text.index("587.90%")
    out = highlight_html(text, [f((start, start + 7), "implausible_rate", "≤100%")])
    assert "<script" not in out and "<img" not in out
    assert "&lt;script&gt;" in out and "&lt;img" in out
    assert visible_text(out) == text


def test_the_offending_figure_is_marked_with_its_explanation_and_expected_value() -> None:
    text = "执行率为98.65%。"
    out = highlight_html(text, [f((4, 10), expected="98.56%")])
    assert '<mark class="ra-error" title="[1] 比率与金额不符：说明（应为 98.56%）">98.65%</mark>' in out
    assert '<sup class="ra-ref ra-error">[1]</sup>' in out


def test_quotes_in_messages_cannot_break_out_of_the_tooltip() -> None:
    text = "金额10万元"
    out = highlight_html(text, [Finding("unit_mismatch", '单位"错" onmouseover="x', (2, 6))])
    assert 'onmouseover="x' not in out and "&quot;" in out


def test_overlapping_findings_are_cut_at_every_boundary_and_the_worst_severity_wins() -> None:
    text = "0123456789"
    out = highlight_html(text, [f((2, 6)), Finding("vague_claim", "空泛", (4, 8))])
    assert '<mark class="ra-error" title="[1] 比率与金额不符：说明">23</mark>' in out
    assert 'title="[1] 比率与金额不符：说明\n[2] 效果表述缺少数据：空泛">45</mark>' in out
    assert '<mark class="ra-warning" title="[2] 效果表述缺少数据：空泛">67</mark>' in out
    assert visible_text(out) == text


def test_document_level_and_out_of_range_spans_do_not_mark_text() -> None:
    out = highlight_html("短文", [Finding("missing_section", "缺少章节", (0, 0)), f((1, 99))])
    assert out.count("<mark") == 1 and visible_text(out) == "短文"


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(0, 70), st.integers(0, 70)), max_size=6))
def test_any_text_and_spans_keep_the_text_and_never_leak_a_tag(text: str, spans: list[tuple[int, int]]) -> None:
    findings = [f((min(a, b), max(a, b))) for a, b in spans]
    out = highlight_html(text, findings)
    assert visible_text(out) == text
    tags = set(re.findall(r"<(/?[a-z]+)", out))
    assert tags <= {"div", "/div", "mark", "/mark", "sup", "/sup"}


def test_finding_rows_quote_the_text() -> None:
    rows = finding_rows("执行率为98.65%。", [f((4, 10), expected="98.56%"), Finding("missing_figure", "缺数据", (0, 0))])
    assert rows[0]["原文"] == "98.65%" and rows[0]["应为"] == "98.56%" and rows[0]["级别"] == "错误"
    assert rows[1]["原文"] == "（全文）" and rows[1]["级别"] == "提示"


def test_findings_on_a_draft_are_found_in_their_section() -> None:
    draft = Draft("标题", [SectionDraft("a", "一、甲", 1, "预算10万元。"), SectionDraft("b", "二、乙", 1, "执行率587.90%。")])
    text = draft.text
    start = text.index("587.90%")
    bodies = section_bodies(draft)
    assert [text[s:e] for s, e in bodies] == ["预算10万元。", "执行率587.90%。"]
    (found,) = findings_within([f((start, start + 7))], *bodies[1])
    assert draft.sections[1].text[found.span[0] : found.span[1]] == "587.90%"
    assert findings_within([f((start, start + 7))], *bodies[0]) == []


def test_a_passage_is_shown_escaped_inside_its_surrounding_text() -> None:
    from chains.ui.corpus_view import passage_in_context

    text = "前文<b>粗</b>。" + "被检索到的段落" + "。后文" * 300
    start = text.index("被检索到的段落")
    out = passage_in_context(text, (start, start + 7), around=20)
    assert '<mark class="ra-info">被检索到的段落</mark>' in out
    assert "&lt;b&gt;" in out and "<b>" not in out
    assert out.endswith("…</div>")


def test_outline_coverage_rows_say_each_status_in_chinese_without_colour_emoji() -> None:
    from chains.ui.highlight import coverage_rows

    rows = coverage_rows(
        [
            {"name": "项目概况", "status": "present", "heading": "一、项目基本情况"},
            {"name": "存在的问题", "status": "empty", "heading": "三、存在的问题"},
            {"name": "绩效目标", "status": "missing", "mentioned": True},
            {"name": "自评表", "status": "missing"},
        ]
    )
    assert [r["状态"][2:] for r in rows] == ["已有", "为空", "无独立章节（正文有涉及）", "缺少"]
    assert rows[0]["报告中的标题"] == "一、项目基本情况" and rows[3]["报告中的标题"] == ""
    assert not [ch for r in rows for ch in r["状态"] if ord(ch) >= 0x1F000 or ch == "\ufe0f"]


def test_the_figures_a_finding_used_are_marked_as_its_evidence() -> None:
    from chains.check import check
    from chains.findings_html import highlight_html

    text = "全年预算数139万元，全年执行数125.1万元，预算执行率95%。"
    result = check(text)
    page = highlight_html(text, result.findings)
    assert '<mark class="ra-error"' in page and "95%" in page
    assert page.count('class="ra-related"') == 2  # 139万元 and 125.1万元
    assert "第[1]项计算所用的数字" in page
