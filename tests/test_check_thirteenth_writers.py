"""Shapes the writers of the thirteenth session brought (issue 10, misses and false alarms of the held-out-style sets
that are general ways of writing a report): each is a test here, beside the clean form it must leave alone."""

from __future__ import annotations

from chains.check import check


def findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, text[f.span[0] : f.span[1]]) for f in check(text).findings]


def errors(text: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[1] == "error"]


# -- both places of a conflict the report does not settle -----------------------------------------------------------

PATROLS = """二、绩效目标实现情况
全年完成渡口渡船安全检查{text}，发现并整改隐患37处。

三、绩效自评表
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分
产出指标｜数量指标｜渡口渡船安全检查｜≥480次｜{table}｜8｜8
产出指标｜数量指标｜航标维护｜≥96座｜96座｜6｜6
"""


def test_a_table_and_text_conflict_with_no_evidence_marks_both_places() -> None:
    assert [f for f in findings(PATROLS.format(text="521次", table="521次")) if f[0] == "conflicting_values"] == []
    # 512 in the text, 521 in the table, each once and nothing working either out: the text is the error, and the
    # table's cell is marked 疑似 as well, since the slip may be there
    text = PATROLS.format(text="512次", table="521次")
    assert [f for f in findings(text) if f[0] == "conflicting_values"] == [
        ("conflicting_values", "error", "512次"), ("conflicting_values", "warning", "521次")]
    both = [f for f in check(text).findings if f.code == "conflicting_values"]
    assert both[0].related == (both[1].span,) and both[1].related == (both[0].span,)


def test_a_conflict_the_report_settles_marks_only_the_slip() -> None:
    # the text states 512 twice: the table's 521 is the slip, and the text is not doubted
    text = PATROLS.format(text="512次", table="521次") + "全年安全检查512次，均形成检查记录。\n"
    marked = [f for f in findings(text) if f[0] == "conflicting_values"]
    assert marked == [("conflicting_values", "error", "521次")]


TWINS = "全市养护绿地面积216.8万平方米，较上年增加3.2%。{more}经复核，全年实际养护绿地218.6万平方米，均达到二级养护标准。\n"


def test_swapped_twins_stated_once_each_are_both_doubted() -> None:
    doubted = [f for f in findings(TWINS.format(more="")) if f[0] == "conflicting_values"]
    assert sorted(doubted) == [("conflicting_values", "warning", "216.8万平方米"),
                               ("conflicting_values", "warning", "218.6万平方米")]


def test_swapped_twins_one_stated_twice_doubt_only_the_other() -> None:
    more = "年末复查，养护绿地面积216.8万平方米全部建档。"
    doubted = [f for f in findings(TWINS.format(more=more)) if f[0] == "conflicting_values"]
    assert doubted == [("conflicting_values", "warning", "218.6万平方米")]


# -- a range of other totals --------------------------------------------------------------------------------------

PROJECTS = """三、项目支出及自评情况
我馆对4个项目全部开展了绩效自评，自评得分在88分至98分之间，平均得分94.75分。
序号｜项目名称｜全年预算（万元）｜执行数（万元）｜执行率｜自评得分
1｜档案数字化｜42.00｜40.95｜97.50%｜96
2｜年鉴编纂出版｜18.00｜17.64｜98.00%｜98
3｜库房安全运维｜26.50｜26.50｜100.00%｜97
4｜方志馆展陈｜12.00｜10.38｜86.50%｜88
合计｜｜98.50｜95.47｜96.92%｜—
四、部门整体绩效自评表
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分
预算执行｜预算执行率｜部门预算执行率｜≥95%｜98.98%｜10｜9.90
产出指标｜数量指标｜馆藏档案数字化｜≥80万页｜83.6万页｜50｜50
效益指标｜社会效益指标｜档案查阅利用人次｜≥6000人次｜5430人次｜30｜29.05
满意度指标｜服务对象满意度指标｜查档利用者满意度｜≥95%｜97.2%｜10｜10
五、自评结论
经自评，我馆部门整体支出绩效自评得分{total}分，评价等级为“优”。
"""


def test_the_bounds_of_other_projects_scores_are_no_total() -> None:
    assert [f for f in errors(PROJECTS.format(total="98.95")) if f[0] == "score_sum_mismatch"] == []
    assert ("score_sum_mismatch", "error", "97.95分") in errors(PROJECTS.format(total="97.95"))


# -- the four levels' scores listed bare ---------------------------------------------------------------------------

LEVELS = "四、自评结论\n各部分得分为：预算执行7.75分、产出45.14分、效益25.53分、满意度9.61分，合计{total}分，评价等级为“良好”。\n"


def test_the_four_levels_scores_listed_bare_add_up_to_the_total() -> None:
    assert errors(LEVELS.format(total="88.03")) == []
    # one of the five is wrong and nothing says which: the list with its total is marked
    assert errors(LEVELS.format(total="87.85")) == [
        ("score_sum_mismatch", "error", "7.75分、产出45.14分、效益25.53分、满意度9.61分，合计87.85分")]


def test_the_four_levels_weights_listed_bare_are_no_scores() -> None:
    weights = "四、评分\n各部分分值为：预算执行10分、产出50分、效益30分、满意度10分，本项目综合得分89.91分，评价等级为良好。\n"
    assert errors(weights) == []


# -- the initial budget said again among a budget's sources ---------------------------------------------------------

SOURCES = ("2019年项目全年预算数5,318.60万元，其中当年财政拨款{grant}万元、上年结转资金318.60万元。当年财政拨款中，中央补助"
           "2,856.00万元、省级补助1,904.00万元，均于2018年12月提前下达，列入年初预算，年初预算数为4,760.00万元；县级配套"
           "240.00万元于2019年7月追加。\n")


def test_the_initial_budget_restating_the_sources_before_it_is_no_source() -> None:
    assert [f for f in errors(SOURCES.format(grant="5,000.00")) if f[0] == "sum_mismatch"] == []
    # 2,856 + 1,904 + 240 = 5,000: the 年初预算数 4,760 is the first two again, not a fourth source
    assert [f[0] for f in errors(SOURCES.format(grant="5,100.00"))].count("sum_mismatch") == 1


def test_a_source_said_again_as_the_initial_budget_is_no_second_source() -> None:
    text = ("2023年项目全年预算360.00万元，其中自治区补助资金300.00万元于2022年12月提前下达，列入我局年初预算，年初预算数为"
            "300.00万元；县级配套资金60.00万元于2023年5月经县政府同意追加。\n")
    assert errors(text) == []


# -- last year's total and grade ------------------------------------------------------------------------------------

GRADED = ("经逐项打分，本部门2023年度整体支出绩效自评得分89.19分，详见附表。上年度部门整体自评得分91.20分，本年度下降2.01分。\n"
          "附表\n一级指标｜二级指标｜三级指标｜分值｜得分\n产出指标｜数量指标｜文物修复数量｜50｜45.19\n效益指标｜社会效益指标｜"
          "观众人次｜40｜35\n满意度指标｜满意度｜观众满意度｜10｜9\n合计｜｜｜100｜89.19\n评价等级｜{grade}\n")


def test_last_years_total_does_not_grade_this_year() -> None:
    assert [f for f in errors(GRADED.format(grade="良")) if f[0] == "grade_mismatch"] == []
    assert ("grade_mismatch", "error", "优") in errors(GRADED.format(grade="优"))


def test_last_years_grade_in_brackets_is_left_alone() -> None:
    text = "综合自评得分98.37分，自评等级为优秀（上年度该项目自评得分87.3分，评定为{grade}）。\n"
    assert [f for f in errors(text.format(grade="良好")) if f[0] == "grade_mismatch"] == []


# -- one source's balance after its amount, spending and rate ------------------------------------------------------

COUNTY = ("2024年项目全年预算186.40万元，其中省级补助资金98.00万元、市级补助资金30.40万元、县级配套资金58.00万元。实际支出"
          "179.25万元，预算执行率96.16%。省、市资金已全部支出；县级配套资金58.00万元，实际支出50.85万元，支出率87.67%，"
          "年末结余{left}万元，均为县级配套资金，已结转下年使用。\n")


def test_a_sources_balance_after_its_amount_spending_and_rate_is_its_own() -> None:
    assert errors(COUNTY.format(left="7.15")) == []
    assert errors(COUNTY.format(left="7.51")) == [("balance_mismatch", "error", "7.51万元")]


def test_a_sources_rate_over_a_hundred_is_said_impossible_once() -> None:
    text = ("全年共支出133.32万元，预算执行率92.58%。按资金来源分，中央补助、省级补助、县级配套分别支出86.76万元、24.00万元、"
            "16.56万元，其中中央补助执行率90.38%，县级配套资金全年预算18.00万元，实际支出16.56万元，执行率{rate}。\n")
    assert errors(text.format(rate="92.00%")) == []
    assert [f for f in errors(text.format(rate="108.70%")) if f[2] == "108.70%"] == [
        ("implausible_rate", "error", "108.70%")]
