"""Shapes the writers of the twenty-second session brought (issue 10, misses and false alarms of the held-out-style sets
that are general ways of writing a report): each is a test here, beside the clean form it must leave alone."""

from __future__ import annotations

from chains.check import check


def findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, text[f.span[0] : f.span[1]]) for f in check(text).findings]


def coded(text: str, code: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[0] == code]


def errors(text: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[1] == "error"]


# -- "…633.66万元，其中基本支出…、项目支出…。按资金来源分，…": the same whole broken down a second time ---------------------

SECOND = ("2022年部门整体支出绩效自评报告\n2022年部门年初预算604.40万元，其中基本支出286.40万元、项目支出318.00万元。"
          "年内追加23.50万元，全年预算调整为633.66万元，其中基本支出292.16万元、项目支出341.50万元。按资金来源分，"
          "一般公共预算拨款545.36万元、政府性基金预算拨款（彩票公益金）{fund}万元、上年结转资金15.20万元。\n")


def test_a_whole_broken_down_again_by_source_adds_up_to_it() -> None:
    assert [f[:2] for f in coded(SECOND.format(fund="73.01"), "sum_mismatch")] == [("sum_mismatch", "error")]


def test_a_second_breakdown_that_makes_the_whole_is_left_alone() -> None:
    assert errors(SECOND.format(fund="73.10")) == []


def test_spending_by_source_is_no_breakdown_of_the_budget() -> None:
    text = ("全年预算633.66万元，其中基本支出292.16万元、项目支出341.50万元。分资金来源看，一般公共预算支出530.00万元、"
            "政府性基金支出70.00万元。\n")
    assert errors(text) == []


# -- "资金分别用于：…" lists the spending before it -----------------------------------------------------------------

USES = ("2023年度项目支出绩效自评报告\n全年执行1,334.76万元，资金分别用于：生猪良种补贴312.00万元（按每头40元对78,000头能繁母猪进行补贴）、"
        "规模猪场粪污处理设施建设补助486.50万元（共50个场，平均每场9.73万元）、生猪屠宰加工冷链设施补助300.00万元、"
        "动物防疫及非洲猪瘟防控{item}万元。\n")


def test_the_uses_the_money_went_to_add_up_to_the_spending() -> None:
    assert [f[:2] for f in coded(USES.format(item="263.26"), "sum_mismatch")] == [("sum_mismatch", "error")]
    assert errors(USES.format(item="236.26")) == []


# -- averages ----------------------------------------------------------------------------------------------------


def test_the_bounds_of_what_each_got_are_no_total_of_the_average() -> None:
    text = "规模养殖场粪污处理设施改造补助278.40万元，共补助29个场，单场补助5万元至15万元不等，平均每场{mean}万元。\n"
    assert [f[:2] for f in coded(text.format(mean="9.8"), "average_mismatch")] == [("average_mismatch", "error")]
    assert errors(text.format(mean="9.60")) == []


TIERS = "机构运营补贴按机构规模分档核定：A类机构3家，每家15.00万元；B类机构5家，每家10.20万元，8家机构平均每家{mean}万元。\n"


def test_an_average_over_tiers_is_their_money_over_their_count() -> None:
    found = coded(TIERS.format(mean="12.50"), "average_mismatch")
    assert [f[:2] for f in found] == [("average_mismatch", "error")]
    assert found[0][2].startswith("3家") and found[0][2].endswith("12.50万元")  # the tiers and the mean, any may be the slip
    assert errors(TIERS.format(mean="12.00")) == []


def test_tiers_counted_in_ge_for_villages() -> None:
    text = "一类村4个，每村补助2000元；二类村6个，每村补助1500元，10个村平均每村{mean}元。\n"
    assert [f[:2] for f in coded(text.format(mean="1800"), "average_mismatch")] == [("average_mismatch", "error")]
    assert errors(text.format(mean="1700")) == []


# -- "绩效指标90分（产出指标60分、效益指标30分）": the indicators' share of the points ---------------------------------------

WEIGHTS = "本项目按预算执行情况10分、绩效指标90分（产出指标{output}分、效益指标30分）设置分值，未单设满意度指标。\n"


def test_the_indicators_points_are_their_first_levels_points() -> None:
    assert [f[:2] for f in coded(WEIGHTS.format(output="65"), "weight_sum_mismatch")] == [("weight_sum_mismatch", "error")]
    assert errors(WEIGHTS.format(output="60")) == []


# -- a text budget a stated top-up and carry-over apart from the table's --------------------------------------------

TOPPED = ("2022年度项目支出绩效自评报告\n2022年县财政批复本项目预算100.00万元，7月追加20.00万元，全年批复120.00万元，"
          "实际到位120.00万元，到位率100%；加上2021年结转资金6.40万元，全年可用资金126.40万元。\n"
          "项目资金（万元）｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分\n"
          "年度资金总额｜100.00｜126.40｜{spent}｜10｜79.75%｜7.97\n")


def test_a_budget_two_stated_changes_apart_from_the_tables_is_the_years_first() -> None:
    assert coded(TOPPED.format(spent="100.80"), "conflicting_values") == []
