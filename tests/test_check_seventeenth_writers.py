"""Shapes the writers of the seventeenth session brought (issue 10, false alarms and misses of the held-out-style sets
that are general ways of writing a report): each is a test here, beside the clean form it must leave alone."""

from __future__ import annotations

from chains.check import check


def findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, text[f.span[0] : f.span[1]]) for f in check(text).findings]


def coded(text: str, code: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[0] == code]


# -- a category's rate, its spending said in words ("全部支出") -------------------------------------------------------

CATEGORIES = (
    "二、预算执行\n2023年部门年初预算756.50万元，年中追加后全年预算782.68万元；全年支出757.48万元，整体预算执行率96.78%。"
    "分类看，基本支出全年预算292.18万元，全部支出，执行率{basic}%；项目支出全年预算490.50万元，支出465.30万元，"
    "执行率{project}%。\n"
)


def test_a_categorys_rate_with_its_spending_in_words_is_not_the_departments() -> None:
    # 757.48 / 756.50 is 100.13%: the whole's rate on its initial budget, but this 100% is 基本支出's
    assert findings(CATEGORIES.format(basic="100", project="94.86")) == []


def test_the_other_categorys_rate_is_still_checked_on_its_own_amounts() -> None:
    assert coded(CATEGORIES.format(basic="100", project="94.68"), "rate_mismatch") == [
        ("rate_mismatch", "error", "94.68%")]


# -- a sub-project's score in prose, its row in a table --------------------------------------------------------------

SUB_PROJECTS = (
    "一、基本情况\n项目支出安排3个子项目：秸秆综合利用补助全年预算486万元，已全部兑付；废旧农膜回收网点建设预算128.5万元，"
    "支出119.26万元，执行率92.81%，自评得分{score}分，有3个网点未完工；面源污染监测预算38万元，支出25.20万元，执行率66.32%。\n"
    "二、部门整体自评\n部门整体支出绩效自评表\n一级指标｜三级指标｜分值｜得分\n预算执行｜预算执行率｜10｜9.5\n"
    "产出指标｜回收网点建设数量｜50｜48.5\n效益指标｜秸秆综合利用率｜30｜30\n满意度指标｜农户满意度｜10｜10\n合计｜｜100｜98\n"
    "部门整体支出自评得分98分，等级为优。\n"
    "三、子项目自评情况\n子项目\t全年预算（万元）\t支出（万元）\t执行率\t分值\t自评得分\n"
    "秸秆综合利用补助\t486.00\t486.00\t100.00%\t100\t99\n废旧农膜回收网点建设\t128.50\t119.26\t92.81%\t100\t95\n"
    "面源污染监测\t38.00\t25.20\t66.32%\t100\t89\n"
)


def test_a_sub_projects_score_whose_row_the_table_gives_is_not_the_reports_total() -> None:
    assert coded(SUB_PROJECTS.format(score="95"), "score_sum_mismatch") == []


def test_the_reports_own_total_is_still_held_to_its_table() -> None:
    text = SUB_PROJECTS.format(score="95").replace("自评得分98分", "自评得分97分")
    assert coded(text, "score_sum_mismatch") == [("score_sum_mismatch", "error", "97分")]


# -- a breakdown after a change within the year ----------------------------------------------------------------------

ADJUSTED = (
    "（一）预算收入\n年初预算286.45万元，年中因调资和上级追加项目资金增加26.42万元，其中基本支出追加7.52万元、项目支出追加"
    "{project}万元。按资金来源划分，中央转移支付28.55万元、省级资金9.80万元、县级财政资金274.52万元。\n"
)


def test_the_parts_after_an_increase_within_the_year_break_the_increase_down() -> None:
    assert coded(ADJUSTED.format(project="18.90"), "sum_mismatch") == []
    assert coded(ADJUSTED.format(project="19.90"), "sum_mismatch") == [
        ("sum_mismatch", "error", "26.42万元，其中基本支出追加7.52万元、项目支出追加19.90万元")]


def test_sources_after_an_increase_within_the_year_are_not_held_to_the_initial_budget() -> None:
    # 28.55 + 9.80 + 274.52 = 312.87 = 286.45 + 26.42, the adjusted budget the text never states
    assert findings(ADJUSTED.format(project="18.90")) == []


def test_a_breakdown_after_last_years_amount_and_the_change_still_makes_up_this_years_total() -> None:
    text = ("2023年项目共安排资金1,870.00万元，比2022年的1,642.50万元增加227.50万元，增长13.85%。资金来源为：中央衔接资金"
            "1,120.00万元、自治区衔接资金{region}万元、市级衔接资金90.00万元、县本级财政174.00万元。\n")
    assert coded(text.format(region="486.00"), "sum_mismatch") == []
    assert [f[0] for f in coded(text.format(region="468.00"), "sum_mismatch")] == ["sum_mismatch"]


# -- a title that gives the span of a project lasting several years -------------------------------------------------


def test_a_title_with_the_projects_span_evaluates_the_year_said_with_nian_du() -> None:
    text = ("随州市曾都区人民武装部\n民兵应急分队军事训练保障项目（2020—2022年）2021年度绩效自评报告\n一、项目概况\n"
            "本报告只对2021年度安排和使用的资金进行自评。年末未支出的4.68万元结转至2022年支付。\n")
    assert coded(text, "year_mismatch") == []
    assert coded(text.replace("只对2021年度", "只对2020年度"), "year_mismatch") != []
