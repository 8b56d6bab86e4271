"""The deterministic passes over model output: clean-up, the guard's comparison, repeated sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chains.draft.guard import (
    MIN_REPEAT_CHARS,
    cut_at_other_heading,
    mostly_chinese,
    new_errors,
    repeated_sentences,
    section_offsets,
    unsupported_numbers,
)
from chains.draft.types import Draft, SectionDraft
from chains.findings import Finding
from chains.llm import clean_output

BODY = "全年预算数为309.00万元，全年执行数为309.00万元，预算执行率为100.00%。"


@pytest.mark.parametrize(
    ("raw", "title", "expected"),
    [
        (BODY, "二、资金情况", BODY),
        (f"二、资金情况\n{BODY}", "二、资金情况", BODY),
        (f"## 二、资金情况\n\n{BODY}", "二、资金情况", BODY),
        (f"资金情况\n{BODY}", "二、资金情况", BODY),
        (f"```\n{BODY}\n```", "二、资金情况", BODY),
        (f"**{BODY}**", "二、资金情况", BODY),
        (f"### 小结\n{BODY}", "二、资金情况", f"小结\n{BODY}"),
        ("", "二、资金情况", ""),
    ],
    ids=["plain", "heading", "markdown-heading", "bare-heading", "fence", "bold", "inner-heading", "empty"],
)
def test_model_output_is_cleaned_to_the_section_body(raw: str, title: str, expected: str) -> None:
    assert clean_output(raw, title) == expected


OTHERS = ["一、项目基本情况", "（一）项目概况", "三、项目组织实施及资金管理情况", "五、自评结论"]


@pytest.mark.parametrize(
    ("text", "kept", "foreign"),
    [
        (BODY, BODY, None),
        (f"{BODY}\n三、项目组织实施及资金管理情况\n本单位成立了领导小组。", BODY, "三、项目组织实施及资金管理情况"),
        (f"{BODY}\n自评结论：\n总分95分。", BODY, "自评结论"),
        (f"{BODY}\n### （一）项目概况\n略。", BODY, "（一）项目概况"),
        (f"{BODY}\n本节与自评结论一致。", f"{BODY}\n本节与自评结论一致。", None),  # a mention is no heading
        ("五、自评结论\n总分95分。", "", "五、自评结论"),
    ],
    ids=["none", "next-section", "bare-heading", "markdown-heading", "mention", "only-foreign"],
)
def test_text_written_under_another_sections_heading_is_cut(text: str, kept: str, foreign: str | None) -> None:
    assert cut_at_other_heading(text, OTHERS) == (kept, foreign)


@pytest.mark.parametrize(
    ("text", "chinese"),
    [(BODY, True), ("The budget was fully spent.", False), ("OK", False), ("项目", True),
     ("本项目 budget execution rate was 100%", False)],
)
def test_only_chinese_text_counts_as_chinese(text: str, chinese: bool) -> None:
    assert mostly_chinese(text) is chinese


def f(code: str) -> Finding:
    return Finding(code=code, message="m", span=(0, 1))


@pytest.mark.parametrize(
    ("candidate", "baseline", "new"),
    [
        ([], [], []),
        (["figure_mismatch"], [], ["figure_mismatch"]),
        (["figure_mismatch"], ["figure_mismatch"], ["figure_mismatch"]),  # never excused by the base
        (["weight_sum_mismatch"], ["weight_sum_mismatch"], []),  # the figures' own problem
        (["score_sum_mismatch", "score_sum_mismatch"], ["score_sum_mismatch"], ["score_sum_mismatch"]),
        (["empty_problems"], [], []),  # warnings are not the guard's business
        (["rate_mismatch"], [], ["rate_mismatch"]),
    ],
)
def test_only_errors_the_base_text_lacks_are_new(candidate: list[str], baseline: list[str], new: list[str]) -> None:
    assert [x.code for x in new_errors([f(c) for c in candidate], [f(c) for c in baseline])] == new


SOURCES = '{"budget": {"annual": 309.0, "spent": 309.0}}\n全年执行数309.00万元，预算执行率100.00%，完成300公里，总分95.00分。'


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("全年预算数309万元，执行率100%，总分95分。", []),  # same values, other formatting
        ("全年预算数3090000元。", []),  # the same amount in 元
        ("完成道路养护320公里。", ["320公里"]),  # an invented count
        ("参照往年，资金2.38万元全部到位。", ["2.38万元"]),  # copied from an example passage
        ("执行率98.50%。", ["98.50%"]),
        ("从两个方面加强管理，一是……二是……", []),  # Chinese numerals in prose are not figures
        ("2021年12月31日前完成。", []),  # dates are not guarded
    ],
    ids=["reformatted", "yuan", "invented-count", "copied-amount", "invented-rate", "prose-numerals", "date"],
)
def test_numbers_found_in_none_of_the_sources_are_flagged(text: str, flagged: list[str]) -> None:
    found = unsupported_numbers(text, SOURCES)
    assert [x.values["stated"] for x in found] == flagged
    assert all(x.code == "figure_mismatch" and x.severity == "error" for x in found)
    assert all(text[x.span[0]: x.span[1]] == x.values["stated"] for x in found)


SENTENCES = st.sampled_from(
    [
        "本单位高度重视项目绩效管理工作，严格按照有关规定组织实施。",
        "项目资金实行专账核算，专款专用，未发现挤占挪用情况。",
        "全年预算数为309.00万元，全年执行数为309.00万元。",
        "短句。",
        "下一步将进一步加强项目管理，提高资金使用效益和服务水平。",
    ]
)
SECTIONS = st.lists(st.lists(SENTENCES, max_size=4).map("".join), min_size=1, max_size=6).map(
    lambda texts: [SectionDraft(key=f"s{i}", title=f"（{i}）标题", level=2, text=t) for i, t in enumerate(texts)]
)


@given(SECTIONS)
def test_section_offsets_point_into_the_draft_text(sections: list[SectionDraft]) -> None:
    draft = Draft(title="某项目2023年度项目支出绩效自评报告", sections=sections)
    for s, start in zip(sections, section_offsets(draft.title, sections), strict=True):
        assert draft.text[start: start + len(s.text)] == s.text


@given(SECTIONS)
def test_every_flagged_repeat_is_a_long_sentence_seen_in_an_earlier_section(sections: list[SectionDraft]) -> None:
    draft = Draft(title="某项目2023年度项目支出绩效自评报告", sections=sections)
    findings = repeated_sentences(draft.title, sections)
    starts = section_offsets(draft.title, sections)

    def section_at(pos: int) -> int:
        return max(i for i, s in enumerate(starts) if s <= pos)

    for x in findings:
        here, there = draft.text[x.span[0]: x.span[1]], draft.text[x.related[0][0]: x.related[0][1]]
        assert here == there and len(here) >= MIN_REPEAT_CHARS
        assert section_at(x.related[0][0]) < section_at(x.span[0])
        assert x.code == "boilerplate_text" and x.severity == "warning"
    # and nothing is missed: each long sentence is flagged once per later section it reappears in
    expected = 0
    seen_in: dict[str, int] = {}
    for i, s in enumerate(sections):
        for sentence in {p + "。" for p in s.text.split("。") if p}:
            if len(sentence) < MIN_REPEAT_CHARS:
                continue
            if sentence in seen_in and seen_in[sentence] != i:
                expected += s.text.count(sentence)
            seen_in.setdefault(sentence, i)
    assert len(findings) == expected
