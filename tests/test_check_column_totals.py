"""A detail table's 合计 row adds up each column of figures; a sum the 合计 row states across its columns (保费 = 中央 +
省级 + 县级 + 农户) holds in every row. Rates, averages, per-unit figures and nested 小计 rows are left alone."""

from __future__ import annotations

from chains.check import check


def errors(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).findings if f.severity == "error"]


_PLAZAS = ("各村健身广场建设情况如下：\n序号\t乡镇\t村\t面积（平方米）\t建设内容\t投资（万元）\n"
           "1\t西海镇\t达玉村\t680\t标准篮球场1块\t26.10\n2\t金滩乡\t新泉村\t620\t健身路径1套\t25.00\n"
           "3\t哈勒景乡\t永丰村\t{area}\t乒乓球台2张\t24.30\n4\t甘子河乡\t热水村\t640\t标准篮球场1块\t25.00\n"
           "合计\t\t\t2660\t\t100.40\n")


def test_a_column_that_adds_up_to_its_total_row_raises_nothing() -> None:
    assert errors(_PLAZAS.format(area="720")) == []


def test_a_retyped_cell_leaves_the_total_row_wrong() -> None:
    # 702 for 720: the one cell whose two neighbouring digits swapped back make the column hold is the one pointed at
    assert errors(_PLAZAS.format(area="702")) == [("sum_mismatch", "702")]


def test_a_cell_off_by_more_than_a_swap_leaves_the_total_pointed_at() -> None:
    assert errors(_PLAZAS.format(area="710")) == [("sum_mismatch", "2660")]


def test_changes_carry_their_sign() -> None:
    text = ("机具类型｜2017年（台）｜2018年（台）｜增减（台）\n大中型拖拉机｜131｜152｜21\n水稻插秧机｜236｜210｜-26\n"
            "其他机具｜287｜318｜31\n合计｜654｜680｜26\n")
    assert errors(text) == []


def test_rows_nested_under_a_subtotal_are_not_added_twice() -> None:
    text = ("支出项目｜合同价｜本年支付\n施工一标段｜1,000.00｜950.00\n施工二标段｜800.00｜760.00\n施工小计｜1,800.00｜1,710.00\n"
            "工程监理｜50.00｜45.00\n合计｜—｜1,755.00\n")
    assert errors(text) == []


def test_per_unit_columns_are_not_added_up() -> None:
    text = ("渠段｜长度（公里）｜投资（万元）｜每公里投资（万元）\n一支渠｜2.0｜14.00｜7.00\n二支渠｜3.0｜24.00｜8.00\n"
            "三支渠｜1.0｜6.00｜6.00\n合计｜6.0｜44.00｜7.33\n")
    assert errors(text) == []


def test_a_row_that_breaks_the_sum_its_total_row_states_is_the_slip() -> None:
    text = ("险种\t承保数量\t保费\t中央\t省级\t县级\t农户\n能繁母猪\t38600头\t347.40\t173.70\t86.85\t17.37\t69.48\n"
            "马铃薯\t25.00万亩\t750.00\t—\t375.00\t{county}\t150.00\n育肥猪\t152000头\t91.20\t36.48\t27.36\t9.12\t18.24\n"
            "玉米\t10.00万亩\t100.00\t40.00\t30.00\t10.00\t20.00\n合计\t—\t1288.60\t250.18\t519.21\t261.49\t257.72\n")
    assert errors(text.format(county="225.00")) == []
    assert errors(text.format(county="252.00")) == [("sum_mismatch", "750.00\t—\t375.00\t252.00\t150.00")]
