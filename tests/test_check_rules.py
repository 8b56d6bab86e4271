"""One row per rule of rules.md §5/§7/§8 and errors.md §A: what is flagged, where, and what is not."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chains.check import check
from chains.figures import Figures
from chains.findings import CODES

TITLE = "某县应急管理局2022年度安全生产专项项目支出绩效自评报告\n"


def report(body: str) -> str:
    return TITLE + body


def findings_of(text: str, code: str) -> list:
    return [f for f in check(text).findings if f.code == code]


def span_text(text: str, f) -> str:  # noqa: ANN001
    return text[f.span[0] : f.span[1]]


# (rule id, body, code, a substring the finding's span must overlap)
FLAGGED = [
    ("I1 execution rate off by a digit swap (98.56 vs 98.65)",
     "全年预算数100.00万元，全年执行数98.65万元，预算执行率98.56%。", "rate_mismatch", "98.56%"),
    ("I1 rate of the wrong amounts",
     "项目预算16万元，实际执行10.01万元，预算执行率65%，年末结余5.99万元。", "rate_mismatch", "65%"),
    ("I2 received rate",
     "全年预算50万元，实际到位40万元，资金到位率90%。", "rate_mismatch", "90%"),
    ("I5 execution above budget (seed 004 shape)",
     "预算总额为10.00万元，实际执行金额为58.79万元，预算执行率达到587.90%。", "implausible_rate", "587.90%"),
    ("I5 rate on a zero budget",
     "其中甲专项经费预算0.00万元，乙专项经费预算6.00万元。甲专项经费预算执行率为100%。", "implausible_rate", "100%"),
    ("I5 satisfaction above 100%", "群众满意度达到103%。", "implausible_rate", "103%"),
    ("I3 balance (errors.md synthetic)",
     "实际到位资金50.00万元，全年执行46.30万元，结余3.60万元。", "balance_mismatch", "3.60万元"),
    ("I3 balance against the budget when 到位 is absent",
     "共计安排239万元。学校实际支出87.06万元，未使用的115.94万元结转下年。", "balance_mismatch", "115.94万元"),
    ("I4 parts do not add up",
     "项目预算16万元，其中运行维护费10万元、电费及网络费6.6万元。", "sum_mismatch", "16万元"),
    ("I4 three sources",
     "总预算100万元，其中中央资金60万元、省级资金35万元、县级资金10万元。", "sum_mismatch", "100万元"),
    ("I13b a 元 figure labelled 万元 breaks a sum",
     "项目预算16万元，其中运行维护费10万元、电费及网络费60000万元。", "unit_mismatch", "60000万元"),
    ("I13b a 元 figure labelled 万元 breaks a rate",
     "全年预算139万元，全年执行1251000万元，预算执行率90%。", "unit_mismatch", "1251000万元"),
    ("I10 average of the listed parts",
     "下达资金48万元，其中甲院19万元、乙院17万元、丙中心12万元，平均每家16.67万元。", "average_mismatch", "16.67万元"),
    ("I10 average of the scores that follow (98 vs 98.67)",
     "各项目平均自评分数为98分。其中甲项目自评分数为98分，乙项目自评分数为100分，丙项目自评分数为98分。",
     "average_mismatch", "98分"),
    ("I11 one fund, two amounts",
     "我局对安全生产专项业务资金693.62万元开展自评。\n经费主要用于安全生产专项业务资金788.82万元。\n"
     "安全生产专项业务资金788.82万元。", "conflicting_values", "693.62万元"),
    ("I11 the issued total restated differently",
     "对2022年度下达的131万元省级彩票公益金开展自评。\n2022年，省级下达我县福利彩票公益金113万元，"
     "其中甲项目48万元，乙项目15万元，丙项目50万元。", "conflicting_values", "131万元"),
    ("I9 grade of the stated total (errors.md synthetic)", "自评得分86分，等级为优秀。", "grade_mismatch", "优秀"),
    ("I9 grade 89.99 is 良", "综合得分89.99分，评价等级为优。", "grade_mismatch", "优"),
    ("I14 money carried into the evaluation year itself",
     "未使用的151.94万元按规定结转至2022年。", "year_mismatch", "结转至2022年"),
    ("I14 year-end figures of another year", "截至2021年12月31日，项目资金已全部支出。", "year_mismatch", "截至2021年12月31日"),
    ("I14 two evaluation years in one report", "我局对2021年度安全生产专项资金开展了绩效自评。", "year_mismatch", "2021年"),
]

TABLE_FLAGGED = [
    ("I7 score above weight (errors.md synthetic)",
     "一级指标｜三级指标｜分值｜得分\n满意度指标｜服务对象满意度｜10｜12\n", "score_exceeds_weight", "12"),
    ("I7 row scores against the stated total (10+48.5+30+9 = 97.5)",
     "一级指标｜分值｜得分\n预算执行｜10｜10\n产出指标｜50｜48.5\n效益指标｜30｜30\n满意度指标｜10｜9\n合计｜100｜98.5\n",
     "score_sum_mismatch", "98.5"),
    ("I7 row scores against the total in the text",
     "一级指标｜分值｜得分\n预算执行｜10｜10\n产出指标｜50｜48.5\n效益指标｜30｜30\n满意度指标｜10｜9\n"
     "\n本项目自评得分98.5分。", "score_sum_mismatch", "98.5分"),
    ("I6 weights against their stated total",
     "评价内容｜三级指标｜分值｜自评分\n项目决策｜决策依据｜2｜2\n项目管理｜财务制度｜4｜3\n项目绩效｜产出效益｜95｜90\n"
     "合计｜｜100｜95\n", "weight_sum_mismatch", "100"),
    ("I6 weights of a full table sum to 98 (seed 003 shape): the odd level weight",
     "一级指标｜二级指标｜三级指标｜分值｜得分\n预算执行｜预算执行｜预算执行率｜10｜10\n产出指标｜数量指标｜检查次数｜50｜50\n"
     "效益指标｜社会效益｜安全环境｜30｜30\n满意度指标｜满意度｜群众满意度｜8｜8\n", "weight_sum_mismatch", "8"),
    ("I8 completion of a met target",
     "三级指标｜年度指标值｜实际完成值｜完成率\n违法案件查办率｜100%｜100%｜96%\n", "completion_mismatch", "96%"),
    ("I8 completion of an unmet ≥ target (270/300 = 90%)",
     "三级指标｜年度指标值｜实际完成值｜完成率\n检查企业｜≥300家次｜270家次｜95%\n", "completion_mismatch", "95%"),
    ("I8 a met ≤ target completes at 100%",
     "三级指标｜年度指标值｜实际完成值｜完成率｜分值｜得分\n督查费用｜≤130万元｜98.65万元｜98.65%｜12.5｜12.5\n",
     "completion_mismatch", "98.65%"),
    ("I13a target in 次, actual in %",
     "三级指标｜年度指标值｜实际完成值｜分值｜得分\n监督检查次数｜＜＝730次｜100%｜12.5｜12.5\n", "unit_mismatch", "100%"),
    ("I13a target a date, actual a percent",
     "三级指标｜年度指标值｜实际完成值\n完成时间｜2022年12月31日｜100%\n", "unit_mismatch", "100%"),
    ("I11 one indicator, two actual values in two tables",
     "三级指标｜年度指标值｜实际完成值\n群众满意度｜≥90%｜95%\n\n附件\n三级指标｜年度指标值｜实际完成值\n群众满意度｜≥90%｜92%\n",
     "conflicting_values", "92%"),
    ("I1 funds table columns (MOF layout)",
     "项目｜全年预算数｜全年执行数｜执行率\n年度资金总额｜139.00｜125.10｜98.00%\n", "rate_mismatch", "98.00%"),
]


@pytest.mark.parametrize("rule, body, code, where", FLAGGED + TABLE_FLAGGED, ids=[r[0] for r in FLAGGED + TABLE_FLAGGED])
def test_rule_flags_the_wrong_figure(rule: str, body: str, code: str, where: str) -> None:
    text = report(body)
    hits = findings_of(text, code)
    assert hits, [(f.code, span_text(text, f)) for f in check(text).findings]
    start = text.index(where)
    assert any(f.span[0] < start + len(where) and start < f.span[1] for f in hits)
    assert all(f.message and f.severity == CODES[code][0] for f in hits)


# consistent texts that must get no error finding
CLEAN = [
    ("worked example: 125.10 of 139.00 is 90.00%", "全年预算数139.00万元，全年执行数125.10万元，预算执行率90.00%。"),
    ("86% for 86.20% (whole-percent rounding)", "全年预算43.2万元，实际支出37.24万元，预算执行率86%。"),
    ("63% for 62.56%", "项目预算16万元，实际执行10.01万元，预算执行率63%，年末结余5.99万元。"),
    ("amounts in 元 inside a 万元 report", "全年预算数1,390,000元，全年执行数1,251,000元，预算执行率90.00%，结余139000元。"),
    ("execution rate on the received base", "全年预算60.00万元，实际到位50.00万元，实际支出46.30万元，资金使用率92.60%，结余3.70万元。"),
    ("balance of zero written in 元", "全年预算139万元，到位139万元，执行139万元，执行率100%，结余0元。"),
    ("approximate numbers are never flagged", "项目预算约50万元，实际支出约45万元，执行率约95%，结余约8万元。"),
    ("a bound is not a statement", "预算执行率不低于90%，满意度90%以上。"),
    ("parts add up", "总预算100万元，其中中央资金60万元、省级资金30万元、县级资金10万元。"),
    ("a single part after 其中 is not a breakdown", "总预算100万元，其中中央资金60万元。"),
    ("different funds may have different amounts", "甲专项资金安排50万元。乙专项资金安排30万元。"),
    ("budgets of two years", "2021年预算100万元，2022年预算120万元。"),
    ("adjustment is not the budget", "年初预算100万元，年中追加预算20万元，全年预算120万元。"),
    ("total investment is not the annual budget", "项目总投资500万元，2022年预算100万元。"),
    ("issued and received may differ", "省级下达资金100万元，实际到位80万元，到位率80%。"),
    ("a unit price is not a budget", "按生均1000元的标准安排，共计239万元。"),
    ("money issued in advance the December before", "2021年12月提前下达2022年资金50万元。"),
    ("a report dated the following year", "结余资金结转至2023年使用。\n某县应急管理局\n2023年3月"),
    ("grade boundary 90.00 is 优", "综合得分90.00分，评价等级为优。"),
    ("grade boundary 89.99 is 良", "综合得分89.99分，评价等级为良。"),
    ("average that holds", "三个项目自评分数分别为98分、100分、98分，平均分98.67分。"),
    ("sub-items with their own figures",
     "（一）甲项目。全年预算50万元，执行45万元，执行率90%。\n（二）乙项目。全年预算30万元，执行30万元，执行率100%。"),
]

TABLE_CLEAN = [
    ("scores add up and stay within weights",
     "一级指标｜分值｜得分\n预算执行｜10｜9\n产出指标｜60｜58\n效益指标｜30｜30\n合计｜100｜97\n"),
    ("no satisfaction line: 10 + 60 + 30 is valid",
     "一级指标｜二级指标｜三级指标｜分值｜得分\n预算执行｜预算执行｜预算执行率｜10｜10\n产出指标｜数量指标｜检查｜60｜60\n"
     "效益指标｜社会效益｜环境｜30｜30\n"),
    ("over-achievement above 100% completion is allowed",
     "三级指标｜年度指标值｜实际完成值｜完成率\n培训次数｜≥100次｜135次｜135.00%\n"),
    ("≤ target met reads 100%", "三级指标｜年度指标值｜实际完成值｜完成率\n督查费用｜≤130万元｜98.65万元｜100%\n"),
    ("qualitative rows are skipped", "三级指标｜年度指标值｜实际完成值｜完成率\n培训｜已完成｜已完成｜—\n"),
    ("same units", "三级指标｜年度指标值｜实际完成值\n事故发生数｜0次｜0次\n完成时间｜2022年12月31日｜2022年12月31日\n"),
    ("seed 003 zero-base columns print 0",
     "\t项目\n\t行次\n\t合计\n\t中央\n\n\t全年预算资金\n\t(2)\n\t98.65\n\t\n\n\t实际到位资金\n\t(3)\n\t98.65\n\t\n\n"
     "\t预算到位率\n\t(6)=(3)/(2)\n\t100\n\t0\n"),
]


@pytest.mark.parametrize("rule, body", CLEAN + TABLE_CLEAN, ids=[r[0] for r in CLEAN + TABLE_CLEAN])
def test_consistent_text_gets_no_error(rule: str, body: str) -> None:
    text = report(body)
    errors = check(text).errors
    assert errors == [], [(f.code, span_text(text, f), f.message) for f in errors]


def test_unit_mismatch_wins_over_sum_mismatch() -> None:
    text = report("项目预算16万元，其中运行维护费10万元、电费及网络费60000万元。")
    assert {f.code for f in check(text).errors} == {"unit_mismatch"}


def test_the_slip_is_the_amount_in_the_reports_rarer_unit_not_its_partner() -> None:
    # received 8,525.06 written in 元 among figures in 万元: rescaling either side would make the rate hold
    text = report("截至2023年4月10日，专项资金到位8,525.06元，到位率88.32%。项目资金共支出5,995.28万元，"
                  "结余资金2,529.78万元，资金执行率为70.33%。全年预算9,652.56万元。")
    assert [(f.code, span_text(text, f)) for f in check(text).errors] == [("unit_mismatch", "8,525.06元")]


def test_a_unit_slip_already_named_is_not_kept_against_its_twin() -> None:
    # "62元" beside "62万元" twice restating one sum: only the 元 one is the slip
    text = report("省级拨付农机购置补贴资金62元，中央拨付16万元，上年度结余6.47万元，共计84.47万元。\n"
                  "资金来源：省级拨付农机购置补贴资金62万元，中央拨付16万元，上年度结余6.47万元，共计84.47万元。")
    assert [(f.code, span_text(text, f)) for f in check(text).errors] == [("unit_mismatch", "62元")]


def test_rate_message_gives_amounts_and_expected_value() -> None:
    text = report("全年预算数100.00万元，全年执行数98.65万元，预算执行率98.56%。")
    (f,) = findings_of(text, "rate_mismatch")
    assert f.expected == "98.65%"
    assert "100.00万元" in f.message and "98.65万元" in f.message


def test_grade_mismatch_is_decisive_and_names_the_band() -> None:
    text = report("自评得分86分，等级为优秀。")
    (f,) = findings_of(text, "grade_mismatch")
    assert f.decisive and f.expected == "良"


def test_empty_problems_is_a_warning_when_points_were_lost() -> None:
    text = report("四、评价结论\n本项目自评总分95分，评价等级为优。\n五、存在的问题\n无。\n六、改进措施\n加强管理。\n")
    (f,) = findings_of(text, "empty_problems")
    assert f.severity == "warning" and span_text(text, f) == "无。"


def test_empty_problems_is_fine_at_full_marks() -> None:
    text = report("四、评价结论\n本项目自评总分100分，评价等级为优。\n五、存在的问题\n无。\n六、改进措施\n加强管理。\n")
    assert findings_of(text, "empty_problems") == []


def test_problems_that_are_listed_are_fine() -> None:
    text = report("本项目自评总分95分。\n五、存在的问题\n一是预算编制偏宽；二是进度滞后。\n六、改进措施\n加强管理。\n")
    assert findings_of(text, "empty_problems") == []


def test_key_figures_that_differ_are_figure_mismatch() -> None:
    figures = Figures.from_dict({"project_name": "安全生产专项", "year": 2022, "budget": {"annual": 139, "spent": 139}})
    text = report("全年预算数139.00万元，实际支出138.00万元，执行率99.28%。")
    hits = [f for f in check(text, figures).findings if f.code == "figure_mismatch"]
    assert [span_text(text, f) for f in hits] == ["138.00万元"]
    assert check(text).codes() == set()  # the text itself is consistent


def test_key_figures_from_a_plain_dict_go_through_the_figures_model() -> None:
    from chains.figures import Figures

    text = report("全年预算数139.00万元，实际支出139.00万元，执行率100%。")
    figures = Figures.from_dict({"project_name": "x", "year": 2022, "budget": {"spent": 139}})
    assert check(text, figures).errors == []


def test_xbrl_sum_of_rounded_percentages() -> None:
    from chains.check.rules.base import sum_agrees
    from chains.text.numbers import extract_numbers

    parts = extract_numbers("33.3% 33.3% 33.3%")
    (total,) = extract_numbers("100.0%")
    assert sum_agrees(parts, total, rounded_parts=True)  # each part rounds from [33.25, 33.35)
    assert not sum_agrees(parts, total)  # taken as exact, 99.9 ≠ 100.0
    (wrong,) = extract_numbers("101.0%")
    assert not sum_agrees(parts, wrong, rounded_parts=True)


def test_tolerance_follows_the_written_decimals() -> None:
    from chains.check.rules.base import agrees
    from chains.text.numbers import extract_numbers

    (whole,) = extract_numbers("86%")
    (two,) = extract_numbers("98.56%")
    assert agrees(whole, Decimal("86.2037"))
    assert not agrees(two, Decimal("98.65"))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.%万元分预算执行率结余到位其中平均等级优良合计｜\n\t，。年月")), max_size=300))
def test_check_never_raises_and_spans_lie_inside_the_text(text: str) -> None:
    result = check(text)
    for f in result.findings:
        assert 0 <= f.span[0] <= f.span[1] <= len(text)
        assert f.code in CODES


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_check_never_raises_on_arbitrary_text(text: str) -> None:
    for f in check(text).findings:
        assert 0 <= f.span[0] <= f.span[1] <= len(text)


# A complete, consistent report (MOF self-evaluation table as ｜ rows): clean as written, and each
# single edit below breaks one identity, found with its code at the edited figure.
SAMPLES = __import__("pathlib").Path(__file__).parent / "samples"
CLEAN_REPORT = (SAMPLES / "check_clean_report.txt").read_text(encoding="utf-8")
# prose sub-items (1. 2. 3.) each with its own budget, amounts in 元, a Hubei-style 20-point execution line
CLEAN_REPORT_2 = (SAMPLES / "check_clean_report_2.txt").read_text(encoding="utf-8")

MUTATIONS_2 = [
    ("实际支出68.6万元，执行率98%", "实际支出68.6万元，执行率96%", "rate_mismatch", "96%"),
    ("执行率87.5%", "执行率85.7%", "rate_mismatch", "85.7%"),
    ("总体执行率96.75%", "总体执行率97.65%", "rate_mismatch", "97.65%"),
    ("县级配套400,000元", "县级配套500,000元", "sum_mismatch", "500,000元"),
    ("等级为“优”", "等级为“良”", "grade_mismatch", "良"),
    ("合计｜100｜｜99.35", "合计｜100｜｜98.35", "score_sum_mismatch", "98.35"),
    ("满意度为96.3%", "满意度为106.3%", "implausible_rate", "106.3%"),
    ("临时救助人次｜25｜320人次｜25", "临时救助人次｜25｜320人次｜26", "score_exceeds_weight", "26"),
    ("结转至2024年", "结转至2023年", "year_mismatch", "结转至2023年"),
    ("余额2.5万元", "结余2.6万元", "balance_mismatch", "2.6万元"),
]

# Sichuan-style table: the sign (指标性质) and the unit (度量单位) in their own columns, a qualitative row
CLEAN_REPORT_3 = (SAMPLES / "check_clean_report_3.txt").read_text(encoding="utf-8")

MUTATIONS_3 = [
    ("｜≥｜95｜%｜97｜20｜20｜", "｜≥｜95｜%｜97次｜20｜20｜", "unit_mismatch", "97次"),
    ("｜≥｜90｜%｜95｜10｜10｜", "｜≥｜90｜%｜95｜10｜12｜", "score_exceeds_weight", "12"),
    ("｜100｜99.7｜", "｜100｜97.7｜", "score_sum_mismatch", "97.7"),
    ("预算执行率97%", "预算执行率79%", "rate_mismatch", "79%"),
    ("自评得分99.7分，等级为优秀", "自评得分99.7分，等级为良好", "grade_mismatch", "良好"),
]

# MOF self-evaluation table on top (funds block with 分值/执行率/得分, goal block, indicator block stacked
# with no blank line), then the report text
CLEAN_REPORT_4 = (SAMPLES / "check_clean_report_4.txt").read_text(encoding="utf-8")

MUTATIONS_4 = [
    ("｜10｜95.00%｜9.5", "｜10｜59.00%｜9.5", "rate_mismatch", "59.00%"),
    ("｜250.00｜—｜96.15%", "｜250.00｜—｜69.15%", "rate_mismatch", "69.15%"),
    ("年度资金总额｜260.00｜300.00｜285.00", "年度资金总额｜260.00｜310.00｜285.00", "sum_mismatch", "310.00"),
    ("｜10｜95.00%｜9.5", "｜10｜95.00%｜8", "score_rule_mismatch", "｜8"),
    ("｜≥90%｜94%｜10｜10｜", "｜≥90%｜94%｜10｜11｜", "score_exceeds_weight", "11"),
    ("总分｜｜｜｜｜100｜99.5｜", "总分｜｜｜｜｜100｜98.5｜", "score_sum_mismatch", "98.5"),
    ("全年执行285万元，预算执行率95%", "全年执行285万元，预算执行率96%", "rate_mismatch", "96%"),
    ("剩余15万元", "剩余25万元", "balance_mismatch", "25万元"),
    ("｜维修改造供水工程｜12处｜12处｜", "｜维修改造供水工程｜12处｜12%｜", "unit_mismatch", "12%"),
]

# prose only: issued (下达) total with sources, 到位/支出/节约 amounts, shares and growth rates that are no budget
CLEAN_REPORT_5 = (SAMPLES / "check_clean_report_5.txt").read_text(encoding="utf-8")

MUTATIONS_5 = [
    ("省级资金251.36万元", "省级资金215.36万元", "sum_mismatch", "215.36万元"),
    ("资金支出率95.75%", "资金支出率97.55%", "rate_mismatch", "97.55%"),
    ("节约资金53.45万元", "节约资金35.45万元", "balance_mismatch", "35.45万元"),
    ("资金到位1,256.80万元，预算资金到位率100%", "资金到位1,265.80万元，预算资金到位率100%", "rate_mismatch", "100%"),
    ("等级为“优”", "等级为“良”", "grade_mismatch", "良"),
    ("结转至2023年", "结转至2022年", "year_mismatch", "结转至2022年"),
]

MUTATIONS = [
    ("预算执行率93.14%", "预算执行率91.34%", "rate_mismatch", "91.34%"),
    ("结余27.44万元", "结余24.74万元", "balance_mismatch", "24.74万元"),
    ("｜100｜94.81｜", "｜100｜95.81｜", "score_sum_mismatch", "95.81"),
    ("总得分94.81分", "总得分95.81分", "score_sum_mismatch", "95.81分"),
    ("评价等级为优", "评价等级为良", "grade_mismatch", "良"),
    ("｜≥300次｜270次｜15｜13.5｜", "｜≥300次｜270次｜15｜16｜", "score_exceeds_weight", "16"),
    ("其中：市级资金300.00万元", "其中：市级资金320.00万元", "sum_mismatch", "320.00万元"),
    ("｜96.5%｜10｜10｜", "｜96.5次｜10｜10｜", "unit_mismatch", "96.5次"),
    ("结转至2024年", "结转至2023年", "year_mismatch", "结转至2023年"),
    ("到位率100%", "到位率90%", "rate_mismatch", "90%"),
    ("合计372.56万元", "合计327.56万元", "sum_mismatch", "327.56万元"),
    ("实际到位资金400.00万元", "实际到位资金4000000万元", "unit_mismatch", "4000000万元"),
    ("｜周边群众满意度｜≥90%｜93%｜", "｜周边群众满意度｜≥90%｜103%｜", "implausible_rate", "103%"),
    ("预算执行率｜100%｜93.14%｜10｜9.31", "预算执行率｜100%｜95.14%｜10｜9.31", "conflicting_values", "95.14%"),
]


@pytest.mark.parametrize(
    "sample",
    [CLEAN_REPORT, CLEAN_REPORT_2, CLEAN_REPORT_3, CLEAN_REPORT_4, CLEAN_REPORT_5],
    ids=["mof-table", "prose-subitems", "sichuan-table", "mof-stacked-blocks", "prose-issued"],
)
def test_the_complete_reports_are_clean(sample: str) -> None:
    result = check(sample)
    assert result.errors == [], [(f.code, span_text(sample, f)) for f in result.errors]


EDITS = (
    [(CLEAN_REPORT, *m) for m in MUTATIONS]
    + [(CLEAN_REPORT_2, *m) for m in MUTATIONS_2]
    + [(CLEAN_REPORT_3, *m) for m in MUTATIONS_3]
    + [(CLEAN_REPORT_4, *m) for m in MUTATIONS_4]
    + [(CLEAN_REPORT_5, *m) for m in MUTATIONS_5]
)


def test_sichuan_columns_give_sign_and_unit_to_bare_numbers() -> None:
    text = CLEAN_REPORT_3.replace("｜≥｜120｜台｜120｜30｜30｜", "｜≥｜120｜台｜100｜30｜30｜")
    codes = {f.code for f in check(text).findings}
    assert {"score_rule_mismatch", "deviation_unexplained"} <= codes


@pytest.mark.parametrize("sample, old, new, code, where", EDITS, ids=[m[3] + ":" + m[2] for m in EDITS])
def test_one_edit_in_a_complete_report_is_found(sample: str, old: str, new: str, code: str, where: str) -> None:
    assert old in sample
    text = sample.replace(old, new, 1)
    start = text.index(new) + new.rindex(where)
    hits = [f for f in check(text).findings if f.code == code and f.span[0] < start + len(where) and start < f.span[1]]
    assert hits, [(f.code, span_text(text, f)) for f in check(text).errors]


# warnings of errors.md §B that the tables and the wording support
WARNINGS = [
    ("score_rule_mismatch: ≥90% met scores the full weight (errors.md synthetic)",
     "三级指标｜年度指标值｜实际完成值｜分值｜得分\n群众满意度｜≥90%｜98%｜10｜9.8\n", "score_rule_mismatch", "9.8"),
    ("score_rule_mismatch: execution score is weight × rate",
     "三级指标｜年度指标值｜实际完成值｜分值｜得分\n预算执行率｜100%｜90.00%｜10｜10\n", "score_rule_mismatch", "｜10\n"),
    ("score_rule_mismatch: unmet ≥ target scores in proportion",
     "三级指标｜年度指标值｜实际完成值｜分值｜得分\n检查企业｜≥300家次｜270家次｜10｜10\n", "score_rule_mismatch", "｜10\n"),
    ("deviation_unexplained: shortfall with an empty reason (errors.md synthetic)",
     "三级指标｜年度指标值｜实际完成值｜偏差原因分析\n培训人次｜≥500人次｜380人次｜\n", "deviation_unexplained", "380人次"),
    ("deviation_unexplained: over-achievement beyond 20%",
     "三级指标｜年度指标值｜实际完成值｜偏差原因分析\n宣传次数｜≥100次｜135次｜—\n", "deviation_unexplained", "135次"),
    ("weight_nonstandard: satisfaction present, levels off 10/50/30/10",
     "一级指标｜二级指标｜三级指标｜分值｜得分\n预算执行｜预算执行｜预算执行率｜10｜10\n产出指标｜数量指标｜检查｜40｜40\n"
     "效益指标｜社会效益｜环境｜40｜40\n满意度指标｜满意度｜群众满意度｜10｜10\n", "weight_nonstandard", "40"),
    ("I12 无结余 while money is left", "全年预算50万元，实际到位50万元，全年执行45万元，未发生结余。", "balance_mismatch", "未发生结余"),
]


@pytest.mark.parametrize("rule, body, code, where", WARNINGS, ids=[w[0] for w in WARNINGS])
def test_quality_rules_flag_with_their_code(rule: str, body: str, code: str, where: str) -> None:
    text = report(body)
    hits = findings_of(text, code)
    start = text.index(where)
    assert any(f.span[0] < start + len(where) and start < f.span[1] for f in hits), [
        (f.code, span_text(text, f)) for f in check(text).findings
    ]


@pytest.mark.parametrize(
    "body",
    [
        "三级指标｜年度指标值｜实际完成值｜分值｜得分\n预算执行率｜100%｜86.20%｜10｜9\n",  # 8.62 shown as 9
        "三级指标｜年度指标值｜实际完成值｜分值｜得分\n检查企业｜≥300家次｜270家次｜10｜9\n",
        "三级指标｜年度指标值｜实际完成值｜分值｜得分\n办结时限｜≤10天｜12天｜5｜4.17\n",  # (a) w × T/A
        "三级指标｜年度指标值｜实际完成值｜分值｜得分\n办结时限｜≤10天｜12天｜5｜4\n",  # (b) w × (1 − (A−T)/T)
        "三级指标｜年度指标值｜实际完成值｜分值｜得分\n重大事故｜=0起｜1起｜5｜0\n",
        "三级指标｜年度指标值｜实际完成值｜偏差原因分析\n培训人次｜≥500人次｜380人次｜受疫情影响集中培训取消\n",
    ],
    ids=["rounded-execution-score", "proportional", "lte-rule-a", "lte-rule-b", "eq-zero", "reason-given"],
)
def test_scores_that_follow_the_rules_get_no_warning(body: str) -> None:
    codes = check(report(body)).codes()
    assert not codes & {"score_rule_mismatch", "deviation_unexplained"}, codes


@pytest.mark.parametrize(
    "body",
    [
        "项目实施效果属于良好水平。本项目自评得分95分。",  # 良好 here is no grade
        "满分100分，本项目自评得分95分，评价等级为优。",
        "总分100分，本项目自评得分95分，评价等级为优。",  # 总分100分 names the full marks
        "上年结余10万元。全年预算50万元，实际到位50万元，执行45万元，年末结余5万元。",
        "截至2021年12月31日，项目累计完成投资300万元。",  # background from an earlier year: a warning at most
    ],
    ids=["adjective-not-grade", "full-marks", "total-100-is-max", "last-year-balance", "earlier-as-of"],
)
def test_wording_that_looks_like_a_figure_but_is_not(body: str) -> None:
    text = report(body)
    assert check(text).errors == [], [(f.code, span_text(text, f)) for f in check(text).errors]


@pytest.mark.parametrize(
    "body",
    [
        "全年预算100万元，实际执行90万元，执行率90%。另外，技术培训专项结余2万元。",
        "群众评价为良好。本项目自评得分95分，评价等级为优。",
    ],
    ids=["named-item-without-amounts", "opinion-not-grade"],
)
def test_figures_about_something_else_are_left_alone(body: str) -> None:
    text = report(body)
    assert check(text).errors == [], [(f.code, span_text(text, f)) for f in check(text).errors]


_REPORT_WORDS = [
    "全年预算数", "执行", "执行率", "到位", "到位率", "结余", "其中", "合计", "平均", "自评得分", "等级为", "优秀", "良", "总分",
    "｜", "\n", "\t", "。", "，", "万元", "元", "%", "分", "次", "2022年", "结转至", "2021年12月", "存在的问题", "无。", "一、",
    "1.", "（一）", "≥", "≤", "约", "余", "100", "98.65", "0", "10.00", "58.79", "587.90", "一百", "两千", "百分之", "满意度",
    "分值", "得分", "年度指标值", "实际完成值", "完成率", "三级指标", "一级指标", "产出指标", "效益指标", "满意度指标", "预算执行",
    "[bookmark: _Toc1]", "下达", "追加", "生均", "项目", "资金",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_REPORT_WORDS), max_size=120))
def test_check_never_raises_on_report_like_fragments(parts: list[str]) -> None:
    text = "".join(parts)
    for f in check(text).findings:
        assert 0 <= f.span[0] <= f.span[1] <= len(text) and f.message


def test_text_against_the_funds_table_is_one_conflict_not_a_cascade() -> None:
    text = CLEAN_REPORT_4.replace("全年执行285万元", "全年执行280万元")
    errors = check(text).errors
    assert [(f.code, span_text(text, f)) for f in errors] == [("conflicting_values", "280万元")]
    assert errors[0].expected == "285.00"


def test_key_figures_are_compared_with_the_funds_table_too() -> None:
    figures = {"project_name": "农村饮水安全巩固提升工程", "year": 2022, "budget": {"annual": 300, "spent": 280}}
    found = [(f.code, span_text(CLEAN_REPORT_4, f)) for f in check(CLEAN_REPORT_4, Figures.from_dict(figures)).findings]
    assert ("figure_mismatch", "285.00") in found and ("figure_mismatch", "285万元") in found
    agreeing = {"project_name": "农村饮水安全巩固提升工程", "year": 2022, "budget": {"initial": 260, "annual": 300, "spent": 285}}
    assert check(CLEAN_REPORT_4, Figures.from_dict(agreeing)).findings == []


HIERARCHY = (
    "一级指标｜二级指标｜三级指标｜分值｜得分\n预算执行｜｜｜10｜10\n｜预算执行｜预算执行率｜10｜10\n产出指标｜｜｜50｜48\n"
    "｜数量指标｜检查次数｜30｜29\n｜质量指标｜合格率｜20｜19\n效益指标｜｜｜30｜30\n｜社会效益｜安全环境｜30｜30\n"
    "满意度指标｜｜｜10｜10\n｜满意度｜群众满意度｜10｜10\n合计｜｜｜100｜98\n"
)


def test_level_subtotals_that_hold_are_clean() -> None:
    assert check(report(HIERARCHY)).errors == []


def test_level_subtotal_against_its_rows() -> None:
    text = report(HIERARCHY.replace("｜质量指标｜合格率｜20｜19", "｜质量指标｜合格率｜18｜17"))
    found = {(f.code, span_text(text, f)) for f in check(text).errors}
    assert ("weight_sum_mismatch", "50") in found and ("score_sum_mismatch", "48") in found
