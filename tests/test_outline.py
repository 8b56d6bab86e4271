"""Specification of the outline parser: heading styles, levels, section types and leaf sections."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chains.text.outline import (
    SECTION_TYPES,
    numbering_issues,
    parse_headings,
    section_type,
    split_sections,
)

from .conftest import DEV, SEEDS, seed_text

CLEAN_DRAFTS = sorted((DEV / "cases").glob("*-clean.txt"))
SEED_FILES = sorted(SEEDS.glob("*.txt"))


# (line, style, level, number, title)
HEADINGS = [
    ("一、项目概况", "cn_dun", 1, 1, "项目概况"),
    (" 一、项目支出基本情况", "cn_dun", 1, 1, "项目支出基本情况"),
    ("十二、其他需要说明的问题", "cn_dun", 1, 12, "其他需要说明的问题"),
    ("四、项目绩效情况\t", "cn_dun", 1, 4, "项目绩效情况"),
    ("二．资金使用情况", "cn_dun", 1, 2, "资金使用情况"),
    ("（一）项目基本情况。", "cn_paren", 2, 1, "项目基本情况"),
    ("(二)项目绩效目标", "cn_paren", 2, 2, "项目绩效目标"),
    ("（一）项目决策。项目立项依据充分，与我站职能相符。", "cn_paren", 2, 1, "项目决策"),
    ("[bookmark: _Toc61505637]（一）项目概况", "cn_paren", 2, 1, "项目概况"),
    ("[bookmark: _Toc1][bookmark: _Toc2]三、项目绩效分析", "cn_dun", 1, 3, "项目绩效分析"),
    ("1.资金计划。", "arabic_dot", 3, 1, "资金计划"),
    ("2、整改措施", "arabic_dot", 3, 2, "整改措施"),
    ("3． 资金使用。", "arabic_dot", 3, 3, "资金使用"),
    ("１．立项背景及目的。", "arabic_dot", 3, 1, "立项背景及目的"),
    (
        "1．2023年工作经费由区应急管理局负责预算申报，",
        "arabic_dot",
        3,
        1,
        "2023年工作经费由区应急管理局负责预算申报",
    ),
    ("（1）.项目实施期绩效目标", "arabic_paren", 4, 1, "项目实施期绩效目标"),
    ("(3) 项目监管情况。", "arabic_paren", 4, 3, "项目监管情况"),
    (" \t附件1.项目支出绩效自评表", "appendix", 1, 1, "项目支出绩效自评表"),
    ("## 一、项目概况", "cn_dun", 1, 1, "项目概况"),
    ("**（二）存在的问题**", "cn_paren", 2, 2, "存在的问题"),
    ("**三、相关建议**：加强管理。", "cn_dun", 1, 3, "相关建议"),
]


@pytest.mark.parametrize(("line", "style", "level", "number", "title"), HEADINGS)
def test_heading_styles_are_recognised(line: str, style: str, level: int, number: int, title: str) -> None:
    (h,) = parse_headings(line)
    assert (h.style, h.level, h.number, h.title) == (style, level, number, title)
    assert line[h.span[0] : h.span[1]].endswith(title)
    assert "[bookmark" not in line[h.span[0] : h.span[1]]


NOT_HEADINGS = [
    "1.5万元用于支付运维费",
    "12.5",
    "100.00%",
    "\t(1)",
    "\t(5)=(3)-(4)",
    "一是深入开展食品风险隐患排查整治；二是加大打击力度。",
    "一级指标｜二级指标｜三级指标",
    "2023年3月",
    "附件4",
]


@pytest.mark.parametrize("line", NOT_HEADINGS)
def test_numbers_tables_and_labels_are_not_headings(line: str) -> None:
    assert parse_headings(line) == []


TYPES = [
    ("项目概况", "overview"),
    ("项目实施单位基本情况", "overview"),
    ("项目立项、资金申报的依据", "basis"),
    ("项目绩效目标", "goals"),
    ("项目资金绩效目标", "goals"),
    ("资金计划、到位及使用情况", "funds"),
    ("预算执行情况", "funds"),
    ("项目资金使用及管理情况", "funds"),
    ("项目财务管理情况", "financial_management"),
    ("项目组织架构及实施流程", "implementation"),
    ("项目自评步骤及方法", "implementation"),
    ("项目完成情况", "outputs"),
    ("年度目标完成情况", "outputs"),
    ("项目效益情况", "benefits"),
    ("项目满意度情况", "satisfaction"),
    ("评价结论", "conclusion"),
    ("综合评价情况及评价结论", "conclusion"),
    ("存在的问题", "problems"),
    ("主要经验做法、存在的问题及原因分析", "problems"),
    ("相关建议", "suggestions"),
    ("进一步加强项目管理措施及建议", "suggestions"),
    ("项目支出绩效自评表", "table"),
    ("主要经验做法", "other"),
    ("其他需要说明的问题", "other"),
]


@pytest.mark.parametrize(("title", "expected"), TYPES)
def test_section_type_follows_the_glossary(title: str, expected: str) -> None:
    assert section_type(title) == expected


def test_unknown_title_takes_the_parent_type_or_other() -> None:
    assert section_type("强化认识", "problems") == "problems"
    assert section_type("强化认识") == "other"
    assert set(SECTION_TYPES) >= {section_type(t) for t, _ in TYPES}


def test_heading_levels_nest_and_sections_carry_their_path() -> None:
    text = "一、项目概况\n（一）基本情况\n1.立项依据。内容\n正文\n二、存在的问题\n无。\n"
    sections = split_sections(text)
    assert [s.heading.title if s.heading else None for s in sections] == [
        "项目概况",
        "基本情况",
        "立项依据",
        "存在的问题",
    ]
    assert sections[2].path == ("项目概况", "基本情况")
    assert sections[2].section_type == "basis"
    assert text[slice(*sections[2].body_span)] == "。内容\n正文\n"
    assert sections[3].section_type == "problems"


def test_numbered_points_take_their_parent_type() -> None:
    text = "（一）项目基本情况。\n1. 项目主要内容。\n4. 根据效益优先，最大限度地实现资金的有效使用，发挥资金的最大效益。\n"
    types = [(h.title, h.section_type) for h in parse_headings(text)]
    assert types == [("项目基本情况", "overview"), ("项目主要内容", "overview"), ("根据效益优先", "overview")]


def test_inner_list_numbered_like_first_level_is_not_a_heading() -> None:
    text = "一、概况\n正文\n三、实施情况\n一、所有项目招标。\n二、资金拨付。\n三、质量保证金。\n四、绩效情况\n正文\n"
    assert [(h.number, h.title) for h in parse_headings(text)] == [
        (1, "概况"),
        (3, "实施情况"),
        (4, "绩效情况"),
    ]


NUMBERING = [
    ("（一）甲\n正文\n（2） 乙\n正文\n（3） 丙\n", "style_switch", "（2）", "（二）"),
    ("（一）甲\n正文\n（三）乙\n", "skip", "（三）", "（二）"),
    ("一、甲\n二、乙\n二、丙\n", "repeat", "二、", "三、"),
    (
        "一、概况\n二、资金\n三、实施\n四、绩效情况\n1.产出\n2.效益\n3、效益\n3、 主要经验做法、存在的问题\n",
        "wrong_level",
        "3、",
        "五、",
    ),
]


@pytest.mark.parametrize(("text", "kind", "label", "expected"), NUMBERING)
def test_numbering_breaks_are_reported_once(text: str, kind: str, label: str, expected: str) -> None:
    (issue,) = numbering_issues(text)
    assert (issue.kind, issue.label, issue.expected) == (kind, label, expected)
    assert text[slice(*issue.span)] == label


SEED_OUTLINES = {
    "000": ["项目概况", "项目资金申报及使用情况", "项目实施及管理情况", "项目绩效情况", "评价结论及建议"],
    "002": [
        "项目支出概况",
        "项目资金使用及管理情况",
        "项目支出组织实施情况",
        "项目支出绩效情况",
        "主要经验做法、存在的问题及原因分析",
        "有关建议",
        "其他需要说明的问题",
    ],
    "003": [
        "项目的基本情况",
        "项目绩效情况",
        "项目绩效分析",
        "项目主要经验做法",
        "项目管理中存在问题及原因分析",
        "进一步加强项目管理措施及建议",
        "项目支出绩效自评表",
    ],
    "004": [
        "项目支出基本情况",
        "项目自评工作开展情况",
        "项目自评结果及分析",
        "项目自评发现的问题及整改措施",
        "项目自评工作建议及预算安排建议",
        "其他需要说明的问题",
    ],
}


@pytest.mark.parametrize("prefix", sorted(SEED_OUTLINES))
def test_seed_first_level_outline(prefix: str) -> None:
    tops = [h.title for h in parse_headings(seed_text(prefix)) if h.level == 1]
    assert tops == SEED_OUTLINES[prefix]


def test_seed_002_empty_heading_and_misnumbered_heading_are_located() -> None:
    text = seed_text("002")
    spans = {h.title: h.span for h in parse_headings(text)}
    assert spans["项目组织实施情况"] == (3786, 3797)
    assert spans["主要经验做法、存在的问题及原因分析"] == (5092, 5112)


@pytest.mark.parametrize("path", SEED_FILES + CLEAN_DRAFTS, ids=lambda p: p.name)
def test_every_report_parses_into_a_sensible_outline(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    headings = parse_headings(text)
    tops = [h for h in headings if h.level == 1]
    assert len(tops) >= 4
    types = {h.section_type for h in headings}
    assert "problems" in types or "suggestions" in types
    assert types <= set(SECTION_TYPES)
    for h in headings:
        assert text[h.span[0] : h.span[1]].endswith(h.title)
        assert h.span[0] < h.span[1]


@pytest.mark.parametrize("path", CLEAN_DRAFTS, ids=lambda p: p.name)
def test_clean_drafts_have_no_numbering_breaks(path: Path) -> None:
    assert numbering_issues(path.read_text(encoding="utf-8")) == []


def _assert_cover(text: str) -> None:
    sections = split_sections(text)
    if not text:
        assert sections == []
        return
    assert sections[0].span[0] == 0
    assert sections[-1].span[1] == len(text)
    for a, b in zip(sections, sections[1:], strict=False):
        assert a.span[1] == b.span[0]
    for s in sections:
        assert s.span[0] <= s.body_span[0] <= s.body_span[1] == s.span[1]
        assert s.section_type in SECTION_TYPES
        if s.heading is not None:
            assert s.span[0] <= s.heading.span[0] < s.heading.span[1] <= s.body_span[0]


@pytest.mark.parametrize("path", SEED_FILES + CLEAN_DRAFTS, ids=lambda p: p.name)
def test_sections_cover_each_report_without_overlap(path: Path) -> None:
    _assert_cover(path.read_text(encoding="utf-8"))


_PIECES = st.sampled_from(
    [
        "一、",
        "二、",
        "（一）",
        "（2）",
        "(3)",
        "1.",
        "2、",
        "3．",
        "附件1.",
        "[bookmark: _Toc1]",
        "项目概况",
        "存在的问题",
        "。",
        "，",
        "\n",
        "\r\n",
        "\t",
        " ",
        "12.5",
        "2023年",
        "无。",
        "\u2028",
        "十",
        "（",
        "）",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=40).map("".join))
def test_parser_never_raises_and_spans_stay_inside_the_text(text: str) -> None:
    for h in parse_headings(text):
        assert 0 <= h.span[0] < h.span[1] <= len(text)
        assert 1 <= h.level <= 4
    for issue in numbering_issues(text):
        assert 0 <= issue.span[0] <= issue.span[1] <= len(text)
    _assert_cover(text)
