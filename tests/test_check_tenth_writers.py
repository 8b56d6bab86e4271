"""Shapes the writers of the tenth session brought (issue 10, the misses of rounds 29–32 that are general ways of
writing a report): each is a test here, beside the clean form it must leave alone."""

from __future__ import annotations

from chains.check import check


def findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, text[f.span[0] : f.span[1]]) for f in check(text).findings]


def conflicts(text: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[0] == "conflicting_values"]


# -- a text figure against the 自评表's: the side the report bears out is kept -----------------------------------------

OUTREACH = """二、绩效目标实现情况
2.社会效益：示范主体通过田间课堂、现场观摩等方式辐射带动周边农户{text}户，完成率108.67%。
项目支出绩效自评表
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜偏差原因
效益指标｜社会效益指标｜辐射带动农户｜≥3000户｜{table}户｜10｜10｜
"""


def test_the_table_cell_is_blamed_when_the_texts_completion_rate_is_its_figure_over_the_rows_target() -> None:
    assert conflicts(OUTREACH.format(text="3260", table="3260")) == []
    found = conflicts(OUTREACH.format(text="3260", table="3620"))
    assert found == [("conflicting_values", "error", "3620户")]
    message = next(f.message for f in check(OUTREACH.format(text="3260", table="3620")).findings
                   if f.code == "conflicting_values")
    assert "108.67%" in message and "3000户" in message


REPAIRS = """二、产出情况
全年对6所学校实施维修改造，维修改造面积{text}平方米，当年完工5所。
项目支出绩效自评表
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因
产出指标\t数量指标\t维修改造面积\t≥12000平方米\t{table}平方米\t10\t9.05\t冬季停工
"""


def test_the_table_cell_is_blamed_when_the_rows_own_score_is_in_proportion_to_the_texts_figure() -> None:
    assert conflicts(REPAIRS.format(text="10,860", table="10860")) == []
    assert conflicts(REPAIRS.format(text="10,860", table="10680")) == [("conflicting_values", "error", "10680平方米")]


def test_without_such_evidence_the_text_figure_is_still_the_one_pointed_at() -> None:
    plain = OUTREACH.replace("，完成率108.67%", "")
    assert conflicts(plain.format(text="3260", table="3620")) == [("conflicting_values", "error", "3260户")]


CASES = """三、产出情况
1.数量。全年受理并指派法律援助案件{text}件，其中刑事案件400件、民事案件420件、行政案件16件，完成年度目标。
项目支出绩效自评表
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜偏差原因
产出指标｜数量指标｜办理法律援助案件数｜≥800件｜{table}件｜15｜15｜—
"""


def test_a_swap_doubt_points_at_the_figure_whose_own_parts_do_not_add_up_to_it() -> None:
    assert conflicts(CASES.format(text="836", table="836")) == []
    assert conflicts(CASES.format(text="836", table="863")) == [("conflicting_values", "warning", "863件")]
