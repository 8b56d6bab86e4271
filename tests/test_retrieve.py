"""Hybrid retrieval: both modes, filters and the relevance floor, in embedded mode and against a real
``chroma run`` server; plus the jieba tokens BM25 works on."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from chains.ingest.figures_file import load_figures
from chains.ingest.reports import load_report
from chains.retrieval.index import Index, open_index
from chains.retrieval.lexical import tokenize
from chains.retrieval.search import Filters, Retriever, example_phrasing, similar_reports
from chains.settings import Settings
from tests.conftest import DEV, copy_dev_reports


@pytest.fixture(scope="module")
def reports_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_dev_reports(tmp_path_factory.mktemp("reports"))


@pytest.fixture(scope="module", params=["embedded", "server"])
def retriever(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, reports_dir: Path) -> Iterator[Retriever]:
    settings = replace(Settings.from_env({}), data_dir=tmp_path_factory.mktemp("data"))
    if request.param == "server":
        server = request.getfixturevalue("chroma_server")
        server.wipe()
        settings = replace(settings, chroma_host=server.host, chroma_port=server.port)
    index = open_index(settings)
    index.index_paths([reports_dir])
    yield Retriever(index)


PHRASING = [
    ("problems", "预算编得偏宽，零配件没到更换周期，经费没用完", "jiuhuashan-airmonitor-2021.txt"),
    ("problems", "道路养护后验收合格率没有达到指标，个别路段返修", "guangshui-roads-2021.txt"),
    ("suggestions", "按路况评定结果分配养护资金，优先保障重点路段", "guangshui-roads-2021.txt"),
    ("suggestions", "建议上级资金拨付更及时，加强学校财务人员培训", "leiyang-school-2022.txt"),
    ("funds", "三家敬老院运营补贴的资金到位率", "minle-welfarelottery-2023.txt"),
    ("funds", "中央补助全部支出，预算执行率100%，没有结余", "anju-foodsafety-2021.txt"),
    ("goals", "空气质量优良率和监测数据获取率", "jiuhuashan-airmonitor-2021.txt"),
]


@pytest.mark.parametrize(("section", "query", "expected"), PHRASING)
def test_phrasing_finds_the_passage_that_says_it(retriever: Retriever, section: str, query: str, expected: str) -> None:
    results = retriever.example_phrasing(section, query, k=3)
    assert results, "expected at least one passage"
    assert results[0].source == expected
    assert all(r.section == section for r in results)


def test_phrasing_results_point_at_their_text_in_the_source(retriever: Retriever, reports_dir: Path) -> None:
    results = retriever.example_phrasing("problems", "存在的问题和原因", k=5)
    assert results
    for r in results:
        report = load_report(reports_dir / r.source, reports_dir)
        start, end = r.span
        assert report.text[start:end] == r.text
        assert r.year == report.meta.year
        assert r.heading and r.heading in report.text


def test_results_are_ranked_by_descending_score_and_at_most_k(retriever: Retriever) -> None:
    results = retriever.example_phrasing("funds", "资金到位率100%，资金使用情况", k=2)
    assert 1 <= len(results) <= 2
    assert [r.score for r in results] == sorted((r.score for r in results), reverse=True)
    assert all(0 < r.score <= 1 for r in results)


@pytest.mark.parametrize(
    "query",
    ["今天天气很好，我们去公园散步", "红烧肉的做法：五花肉切块焯水后小火慢炖", "the quick brown fox", "小猫在窗台上晒太阳"],
)
def test_nothing_similar_enough_returns_nothing(retriever: Retriever, query: str) -> None:
    assert retriever.example_phrasing("problems", query, k=5) == []
    assert retriever.similar_reports(query, k=5) == []


@pytest.mark.parametrize(
    ("filters", "allowed"),
    [
        (Filters(year_from=2022), {"leiyang-school-2022.txt", "minle-welfarelottery-2023.txt"}),
        (Filters(year_to=2021), {"anju-foodsafety-2021.txt", "guangshui-roads-2021.txt", "jiuhuashan-airmonitor-2021.txt"}),
        (Filters(year_from=2022, year_to=2022), {"leiyang-school-2022.txt"}),
        (Filters(department="民乐县民政局"), {"minle-welfarelottery-2023.txt"}),
        (Filters(category="education"), {"leiyang-school-2022.txt"}),
    ],
)
def test_filters_restrict_both_modes(retriever: Retriever, filters: Filters, allowed: set[str]) -> None:
    passages = retriever.example_phrasing("funds", "资金使用和预算执行情况", k=5, filters=filters)
    reports = retriever.similar_reports("项目资金预算执行绩效自评", k=5, filters=filters)
    assert passages or reports
    assert {r.source for r in passages} <= allowed
    assert {r.source for r in reports} <= allowed


def test_similar_reports_from_figures_puts_the_same_project_first_and_says_why(retriever: Retriever) -> None:
    figures = load_figures(DEV / "figures" / "leiyang-school-2022.json")
    results = retriever.similar_reports(figures, k=3)
    top = results[0]
    assert top.source == "leiyang-school-2022.txt" and top.section == "report"
    assert "同单位（耒阳市第四中学）" in top.why and "生均公用经费" in top.why
    assert top.span[0] == 0 and top.span[1] > 1000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("乡村道路建设和养护，公路里程", "guangshui-roads-2021.txt"),
        ("食品安全监管补助资金，风险隐患排查", "anju-foodsafety-2021.txt"),
        ("福利彩票公益金支持养老机构", "minle-welfarelottery-2023.txt"),
        ("风景区空气自动监测站运维", "jiuhuashan-airmonitor-2021.txt"),
    ],
)
def test_similar_reports_from_a_description(retriever: Retriever, text: str, expected: str) -> None:
    assert retriever.similar_reports(text, k=3)[0].source == expected


def test_a_figures_dict_from_the_app_works_like_figures(retriever: Retriever) -> None:
    data = {"project_name": "农村公路养护", "year": 2023, "category": "roads", "department": "某县交通运输局"}
    results = retriever.similar_reports(data, k=2)
    assert results[0].source == "guangshui-roads-2021.txt" and "同类项目（交通道路）" in results[0].why


@pytest.mark.parametrize("case", sorted(p.stem for p in (DEV / "figures").glob("*.json")))
def test_a_figures_files_own_category_tag_matches_its_report_as_the_same_kind(retriever: Retriever, case: str) -> None:
    figures = load_figures(DEV / "figures" / f"{case}.json")  # tags such as school_operations, rural_roads
    top = retriever.similar_reports(figures, k=1)[0]
    assert top.source == f"{case}.txt"
    assert "同类项目（" in top.why


@pytest.mark.parametrize("category", ["school_operations", "education", "教育"])
def test_the_category_filter_accepts_the_words_users_and_figures_files_use(retriever: Retriever, category: str) -> None:
    filters = Filters(category=category)
    reports = retriever.similar_reports("项目资金预算执行绩效自评", k=5, filters=filters)
    passages = retriever.example_phrasing("funds", "资金使用情况", k=5, filters=filters)
    assert [r.source for r in reports] == ["leiyang-school-2022.txt"]
    assert passages and {r.source for r in passages} == {"leiyang-school-2022.txt"}


def test_the_retriever_sees_reports_indexed_after_it_was_built(
    isolated_state: Path, reports_dir: Path, tmp_path: Path
) -> None:
    settings = replace(Settings.from_env(), data_dir=isolated_state)
    index = open_index(settings)
    index.index_paths([reports_dir / "anju-foodsafety-2021.txt"])
    retriever = Retriever(index)
    assert retriever.similar_reports("福利彩票公益金养老机构", k=1) == []
    Index(settings).index_paths([reports_dir / "minle-welfarelottery-2023.txt"])
    assert retriever.similar_reports("福利彩票公益金养老机构", k=1)[0].source == "minle-welfarelottery-2023.txt"


def test_module_functions_build_the_corpus_index_on_first_use(isolated_state: Path, reports_dir: Path) -> None:
    settings = replace(Settings.from_env(), data_dir=isolated_state, corpus_dir=reports_dir)
    hits = example_phrasing("suggestions", "运维考核和付款节点", k=1, settings=settings)
    assert hits[0].source == "jiuhuashan-airmonitor-2021.txt"
    assert similar_reports("生均公用经费", k=1, settings=settings)[0].source == "leiyang-school-2022.txt"


def test_an_unknown_mode_is_refused(retriever: Retriever) -> None:
    with pytest.raises(ValueError):
        Retriever(retriever.index, mode="sparse")


# -- tokens ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("本年度预算执行率为98.65%", ["预算执行率", "98.65%"]),
        ("资金到位率100%，全年执行数139万元", ["资金到位率", "100%", "139万元"]),
        ("偏差原因分析：绩效目标设定偏高", ["偏差原因", "绩效目标"]),
        ("开展绩效自评，完成≥300家次检查", ["绩效自评", "300家次"]),
        ("全年预算１３９万元", ["139万元"]),
        ("项目资金1,390.00万元", ["1390.00万元"]),
    ],
)
def test_domain_terms_and_numbers_with_units_stay_whole(text: str, whole: list[str]) -> None:
    tokens = tokenize(text)
    for token in whole:
        assert token in tokens


def test_a_query_for_part_of_a_domain_term_still_matches_it() -> None:
    assert "执行率" in tokenize("预算执行率为98.65%")


def test_punctuation_and_function_words_are_not_tokens() -> None:
    assert not {"的", "，", "。", "、", " ", "和"} & set(tokenize("资金的使用、管理和监督。 "))


@hsettings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_tokenize_never_fails_and_yields_clean_tokens(text: str) -> None:
    for token in tokenize(text):
        assert token and token == token.strip() and token == token.lower()


def _shown_evidence(why: str) -> float:
    """Cosine + half the coverage, as the result's explanation shows them to the user."""
    match = re.search(r"语义相似度 (-?[\d.]+)[，；]查询词覆盖 (\d+)%", why)
    assert match, why
    return float(match.group(1)) + 0.5 * int(match.group(2)) / 100


@pytest.mark.parametrize(
    ("mode", "query", "expected"),
    [
        ("similar", "给老人院发的运营补助，还有村里的互助养老点", "minle-welfarelottery-2023.txt"),
        ("similar", "学校日常的水电费、办公费和小型维修", "leiyang-school-2022.txt"),
        ("problems", "零配件没到更换周期，预算编多了", "jiuhuashan-airmonitor-2021.txt"),
    ],
)
def test_hybrid_results_come_in_the_order_of_the_evidence_they_show(
    retriever: Retriever, mode: str, query: str, expected: str
) -> None:
    results = (
        retriever.similar_reports(query, k=5) if mode == "similar" else retriever.example_phrasing(mode, query, k=5)
    )
    assert results and results[0].source == expected
    shown = [round(_shown_evidence(r.why), 6) for r in results]
    # Shown figures are rounded (cosine to 0.01, coverage to 1%): order may differ only within that.
    assert all(a >= b - 0.01 for a, b in zip(shown, shown[1:], strict=False))


def test_phrasing_never_offers_a_passage_that_only_says_there_is_nothing(retriever: Retriever) -> None:
    # leiyang's 存在的问题 reads only "我校生均公用经费项目运转正常，暂无问题。": its heading matches the
    # query perfectly, but there is nothing in it to borrow.
    results = retriever.example_phrasing("problems", "存在的问题", k=5)
    assert results
    assert all("暂无问题" not in r.text for r in results)
    assert all(len(r.text.strip()) > 8 for r in results)
