"""Tables saved from Excel as CSV (cells between ASCII commas) are read like any pasted table."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from chains.check import check, read

CSV = ("项目,全年预算,实际支出,执行率(%)\n合计,2958.45,2885.98,{r}\n一般公共预算财政拨款,2862.15,2791.20,97.52\n"
       "上年结转,96.30,94.78,98.42\n")


def test_a_csv_funds_table_is_read_and_its_rate_checked() -> None:
    assert [f for f in check(CSV.format(r="97.55")).findings if f.severity == "error"] == []
    assert "rate_mismatch" in [f.code for f in check(CSV.format(r="95.75")).findings if f.severity == "error"]


def test_a_single_line_with_commas_is_no_table() -> None:
    ctx = read("经费安排,见附表1,2,3所列。\n全年支出2885.98万元。\n")
    assert ctx.tables == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="预算执行支出资金项目完成率，。；0123456789.万元", min_size=1, max_size=30), min_size=2, max_size=6))
def test_prose_with_chinese_punctuation_never_reads_as_a_csv_table(lines: list[str]) -> None:
    assert all(t.span[1] - t.span[0] >= 0 for t in read("\n".join(lines)).tables)
    assert not [t for t in read("\n".join(lines)).tables if "," in "\n".join(lines)[t.span[0] : t.span[1]]]


def test_each_projects_grade_in_a_table_of_projects_fits_its_own_score() -> None:
    table = ("序号,项目名称,全年预算,实际支出,执行率(%),自评得分,评价等级\n1,基本公共卫生服务市级配套,428.60,428.60,100.00,96.50,优\n"
             "2,爱国卫生与健康促进,65.00,58.94,90.68,88.60,{g}\n")
    assert [f for f in check(table.format(g="良")).findings if f.severity == "error"] == []
    assert [f.code for f in check(table.format(g="优")).findings if f.severity == "error"] == ["grade_mismatch"]
