"""Cleaning conversion artifacts: bookmarks, page numbers, flattened and ``｜`` tables."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chains.ingest.clean import clean_text, is_page_number
from tests.conftest import seed_text


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("[bookmark: _GoBack]绩效自评报告\n", "绩效自评报告\n"),
        ("[bookmark: _Toc61505646][bookmark: _Toc17451]三、项目绩效分析\n正文。", "三、项目绩效分析\n正文。\n"),
        ("四、项目绩效情况\t\n无。\t\n", "四、项目绩效情况\n无。\n"),
        (" 2023年度报告\n\n\n\n一、概况\n", "2023年度报告\n\n一、概况\n"),
        ("正文。\r\n第二行。\r\n", "正文。\n第二行。\n"),
        ("\ufeff一、概况\n", "一、概况\n"),
    ],
)
def test_artifacts_are_removed(raw: str, cleaned: str) -> None:
    assert clean_text(raw) == cleaned


@pytest.mark.parametrize("line", ["8", " 12 ", "- 3 -", "—3—", "第 2 页", "第2页 共12页", "3/12"])
def test_page_number_lines_are_recognised(line: str) -> None:
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["1．项目基本情况", "2023年", "100%", "98.65", "\t8", "一、概况", "（1）"])
def test_other_short_lines_are_not_page_numbers(line: str) -> None:
    assert not is_page_number(line)


def test_page_numbers_are_dropped_between_paragraphs() -> None:
    assert clean_text("上一页正文。\n8\n下一页正文。\n") == "上一页正文。\n下一页正文。\n"


def test_flattened_table_is_rebuilt_into_header_bound_rows() -> None:
    raw = (
        "（二）项目产出情况\n"
        "\t二级指标\n\t三级指标\n\t权重\n\n"
        "\t数量指标\n\t监督检查次数（次）\n\t12.5\n\n"
        "\t质量指标\n\t考核\n\t12.5\n"
        "三、分析\n"
    )
    assert clean_text(raw) == (
        "（二）项目产出情况\n"
        "二级指标：数量指标；三级指标：监督检查次数（次）；权重：12.5\n"
        "二级指标：质量指标；三级指标：考核；权重：12.5\n\n"
        "三、分析\n"
    )


def test_flattened_vertical_merge_binds_the_cell_above_to_each_row() -> None:
    raw = (
        "\t一级指标\n\t二级指标\n\t得分\n\n"
        "\t产出指标\n\t数量指标\n\t12.5\n\n"
        "\t\n\t质量指标\n\t12.5\n\n"
        "\t效益指标\n\t社会效益\n\t\n"
    )
    assert clean_text(raw).splitlines() == [
        "一级指标：产出指标；二级指标：数量指标；得分：12.5",
        "一级指标：产出指标；二级指标：质量指标；得分：12.5",
        "一级指标：效益指标；二级指标：社会效益",  # a trailing empty cell stays empty
    ]


def test_seed_003_funds_table_gets_its_two_row_header_back() -> None:
    lines = clean_text(seed_text("003")).splitlines()
    assert (
        "项目：全年预算资金；行次：(2)；年度总金额(万元)：98.65；财政资金/小计：98.65；财政资金/市级：98.65" in lines
    )
    assert any(line.startswith("项目：预算到位率；") and "财政资金/小计：0；" in line for line in lines)


def test_seed_003_caption_stays_a_line_and_its_table_follows() -> None:
    lines = clean_text(seed_text("003")).splitlines()
    at = lines.index("附件1.项目支出绩效自评表")
    assert lines[at + 1].startswith("一级指标：预算执行指标；二级指标：预算执行指标；目标指标：预算执行率；权重：10")
    assert "8" not in lines


def test_bar_table_rows_are_bound_to_the_header_line() -> None:
    raw = "四、绩效指标完成情况\n一级指标｜三级指标｜年度指标值\n产出指标｜违法案件查办率｜100%\n产出指标｜培训｜已完成\n\n正文。"
    assert clean_text(raw).splitlines() == [
        "四、绩效指标完成情况",
        "一级指标：产出指标；三级指标：违法案件查办率；年度指标值：100%",
        "一级指标：产出指标；三级指标：培训；年度指标值：已完成",
        "",
        "正文。",
    ]


def test_a_single_bar_line_is_left_alone() -> None:
    assert clean_text("项目名称｜应急经费\n") == "项目名称｜应急经费\n"


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_cleaning_seeds_keeps_every_sentence(prefix: str) -> None:
    raw = seed_text(prefix)
    cleaned = clean_text(raw)
    for line in raw.splitlines():
        line = line.replace("[bookmark: _GoBack]", "").strip()
        if len(line) > 20 and "\t" not in line and "[bookmark" not in line:
            assert line in cleaned


_TEXT = st.text(alphabet=st.sampled_from(list("一二三、（）1234567890．。；：｜|#*-!()\t\n 项目资金预算执行[]bookmark:_")), max_size=300)


@given(_TEXT)
def test_cleaning_is_idempotent(raw: str) -> None:
    once = clean_text(raw)
    assert clean_text(once) == once


@given(_TEXT)
def test_cleaned_text_has_no_tabs_or_bookmarks(raw: str) -> None:
    cleaned = clean_text(raw)
    assert "\t" not in cleaned
    assert "[bookmark:" not in cleaned


WRAPPED = [
    "一、项目概况",
    "本项目由县应急管理局负责实施，全年预算数139万元，主要用于应急",
    "通信保障和救援装备维护。",
    "（一）资金到位情况",
    "资金于3月全部到位。",
    "1.完成情况",
    "全年开展安全检查160次，累计发现隐患1066条，均已",
    "- 2 -",
    "按期整改。",
]


def test_pdf_lines_broken_at_the_margin_are_joined_but_headings_stay_apart() -> None:
    assert clean_text("\n".join(WRAPPED), unwrap=True).splitlines() == [
        "一、项目概况",
        "本项目由县应急管理局负责实施，全年预算数139万元，主要用于应急通信保障和救援装备维护。",
        "（一）资金到位情况",
        "资金于3月全部到位。",
        "1.完成情况",
        "全年开展安全检查160次，累计发现隐患1066条，均已按期整改。",  # across a page number
    ]


def test_without_unwrap_line_breaks_are_the_authors() -> None:
    assert clean_text("\n".join(WRAPPED)).splitlines()[1] == WRAPPED[1]


def test_markdown_marks_are_removed_and_pipe_tables_bound() -> None:
    raw = (
        "# 2023年度绩效自评报告\n"
        "## 一、项目概况\n"
        "本项目**全年预算数139万元**。![图](media/image1.png)\n"
        "| 指标 | 目标值 | 实际值 |\n"
        "|---|:---:|---|\n"
        "| 培训人次 | 100 | 120 |\n"
    )
    assert clean_text(raw).splitlines() == [
        "2023年度绩效自评报告",
        "一、项目概况",
        "本项目全年预算数139万元。",
        "指标：培训人次；目标值：100；实际值：120",
    ]


def test_a_lone_dash_line_is_removed_but_arithmetic_is_not_touched() -> None:
    assert clean_text("正文。\n---\n2×3=6，a*b*c\n") == "正文。\n2×3=6，a*b*c\n"
