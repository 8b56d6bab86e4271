"""Metadata read off reports: year, department, region, project, category, amounts in 万元."""

from __future__ import annotations

import pytest

from chains.ingest.metadata import extract_metadata, find_amounts, find_region, infer_category, title_block
from chains.ingest.reports import load_report
from tests.conftest import ROOT

CORPUS = ROOT / "corpus"

# file → (year, department, region, category)
EXPECTED = [
    ("2023-sichuan-panzhihua-dongqu-emergency-safety-station-000.txt", 2023, "攀枝花市东区应急管理局", "攀枝花市东区", "emergency"),
    ("2023-sichuan-panzhihua-dongqu-emergency-comms-001.txt", 2023, "攀枝花市东区应急管理局", "攀枝花市东区", "emergency"),
    ("2022-hunan-linwu-emergency-safety-funds-002.txt", 2022, "", "", "emergency"),  # department never named
    ("2021-shanxi-xinzhou-emergency-inspection-003.docx", 2021, "忻州市应急管理局", "忻州市", "emergency"),
    ("2024-emergency-department-summary-004.txt", 2024, "", "", "emergency"),
    ("2021-sichuan-anju-food-safety.txt", 2021, "遂宁市安居区市场监督管理局", "遂宁市安居区", "food_safety"),
    ("2021-hubei-guangshui-rural-roads.txt", 2021, "广水市交通运输局", "广水市", "roads"),
    ("2021-anhui-jiuhuashan-air-monitoring.txt", 2021, "九华山风景区环境监测站", "九华山风景区", "environment"),
    ("2022-hunan-leiyang-school-funds.txt", 2022, "耒阳市第四中学", "耒阳市", "education"),
    ("2023-gansu-minle-welfare-lottery.txt", 2023, "民乐县民政局", "民乐县", "welfare"),
]


@pytest.mark.parametrize(("name", "year", "department", "region", "category"), EXPECTED, ids=[e[0][:30] for e in EXPECTED])
def test_corpus_metadata(name: str, year: int, department: str, region: str, category: str) -> None:
    meta = load_report(CORPUS / name).meta
    assert (meta.year, meta.department, meta.region, meta.category) == (year, department, region, category)
    assert meta.source == name


PROJECTS = [
    ("2023-sichuan-panzhihua-dongqu-emergency-safety-station-000.txt", "省安科院东区工作站工作经费"),
    ("2023-sichuan-panzhihua-dongqu-emergency-comms-001.txt", "移动会商系统及海事卫星电话通信数据使用费"),
    ("2022-hunan-linwu-emergency-safety-funds-002.txt", "安全生产专项业务资金"),
    ("2021-shanxi-xinzhou-emergency-inspection-003.docx", "安全生产和应急管理督查检查经费项目"),
    ("2021-sichuan-anju-food-safety.txt", "食品监管补助资金"),
    ("2021-hubei-guangshui-rural-roads.txt", "乡村道路建设养护项目"),
    ("2021-anhui-jiuhuashan-air-monitoring.txt", "百岁宫大气监测专项"),
    ("2023-gansu-minle-welfare-lottery.txt", "省级彩票公益金转移支付"),
]


@pytest.mark.parametrize(("name", "project"), PROJECTS, ids=[p[0][:30] for p in PROJECTS])
def test_corpus_project_names(name: str, project: str) -> None:
    assert load_report(CORPUS / name).meta.project_name == project


AMOUNTS = [
    ("2023-sichuan-panzhihua-dongqu-emergency-safety-station-000.txt", {"annual_budget": 139.0, "received": 139.0, "spent": 139.0}),
    ("2021-shanxi-xinzhou-emergency-inspection-003.docx", {"annual_budget": 98.65, "received": 98.65, "spent": 98.65}),
    ("2024-emergency-department-summary-004.txt", {"annual_budget": 10.0, "spent": 58.79}),
    ("2021-sichuan-anju-food-safety.txt", {"annual_budget": 2.38, "spent": 2.38}),
    ("2021-anhui-jiuhuashan-air-monitoring.txt", {"annual_budget": 16.0, "spent": 10.01}),
    ("2022-hunan-leiyang-school-funds.txt", {"annual_budget": 239.0, "spent": 87.06}),
]


@pytest.mark.parametrize(("name", "amounts"), AMOUNTS, ids=[a[0][:30] for a in AMOUNTS])
def test_corpus_amounts_in_wan_yuan(name: str, amounts: dict[str, float]) -> None:
    assert load_report(CORPUS / name).meta.amounts == amounts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("附件2\n项目支出绩效自评报告\n\n为全面实施预算绩效管理，……现将绩效自评情况报告如下：\n一、项目概况", ["项目支出绩效自评报告"]),
        ("民乐县民政局\n2023年度绩效自评报告\n（彩票公益金）\n\n一、基本情况\n正文", ["民乐县民政局", "2023年度绩效自评报告", "（彩票公益金）"]),
        ("一、项目的基本情况\n（一）项目概况", []),
    ],
)
def test_title_block_is_the_lines_before_the_first_heading(text: str, expected: list[str]) -> None:
    assert title_block(text) == expected


@pytest.mark.parametrize(
    ("department", "region"),
    [
        ("攀枝花市东区应急管理局", "攀枝花市东区"),
        ("遂宁市安居区市场监督管理局", "遂宁市安居区"),  # 市场 is not a 市
        ("九华山风景区环境监测站", "九华山风景区"),
        ("某某市城市管理局", "某某市"),  # 城市 is not a 市
        ("某某县社区服务中心", "某某县"),  # 社区 is not a 区
        ("民乐县民政局", "民乐县"),
        ("第四中学", ""),
        ("", ""),
    ],
)
def test_region_is_the_administrative_prefix_of_the_department(department: str, region: str) -> None:
    assert find_region(department) == region


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("县卫生健康局2022年度基本公共卫生服务项目绩效自评报告\n一、项目概况\n医疗机构", "health"),
        ("县农业农村局高标准农田建设项目绩效自评报告\n一、项目概况\n耕地", "agriculture"),
        ("某某项目绩效自评报告\n一、项目概况\n本项目用于日常运转。", ""),
    ],
)
def test_category_is_inferred_from_keywords_or_left_empty(text: str, category: str) -> None:
    assert infer_category("".join(title_block(text)), text) == category


def test_missing_fields_are_left_empty_not_guessed() -> None:
    meta = extract_metadata("一、基本情况\n本项目已完成。\n", "x.txt")
    assert (meta.title, meta.department, meta.region, meta.year, meta.amounts) == ("", "", "", None, {})


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("全年预算数2.38万元，全年执行数2.38万元。", {"annual_budget": 2.38, "spent": 2.38}),
        ("实际支出1,390,000元。", {"spent": 139.0}),  # 元 → 万元
        ("项目资金共1.39亿元。", {"annual_budget": 13900.0}),
        ("财政批复壹佰叁拾玖万元整。", {"annual_budget": 139.0}),
        ("单笔支付5000元以上的款项需集体决议。2023年实际支出139万元。", {"spent": 139.0}),  # a bound is not an amount
        ("下达资金113万元，其中到位资金48万元。", {"received": 113.0}),  # the total comes first
        ("全年预算数为2023年安排的50万元。", {}),  # another number between keyword and amount
        ("项目：全年预算资金；行次：(2)；年度总金额(万元)：98.65", {"annual_budget": 98.65}),
    ],
)
def test_amounts_follow_their_keywords(text: str, amounts: dict[str, float]) -> None:
    assert find_amounts(text) == amounts
