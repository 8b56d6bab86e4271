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
