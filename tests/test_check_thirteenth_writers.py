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
    assert both[1].expected is None  # nothing says which is right: no "应为" on the doubted side


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


# -- a PDF copy's row with blank merged cells at the left and a blank note at the right ------------------------------

SPACED = "\n".join([
    "一级指标   二级指标   三级指标   年度指标值   实际完成值   分值   得分   偏差原因分析及改进措施",
    "产出指标   数量指标   选聘生态护林员人数   ≥1240人   1230人   40   39.68   10人解聘后年内未补聘",
    "   数量指标   管护森林面积   ≥85万亩   85万亩   10   10   ",
    "效益指标   社会效益指标   护林员占比   ≥80%   86%   10   10   ",
    "   生态效益指标   森林火灾受害率   ≤0.9‰   0   {weight}   10   ",
    "满意度指标   服务对象满意度指标   护林员满意度   ≥90%   85%   20   18.88   部分护林员反映补助标准偏低",
    "总分               100   98.56   评价等级：优", ""])


def test_a_spaced_row_ending_in_its_score_has_a_blank_note() -> None:
    assert errors(SPACED.format(weight="10")) == []  # (not "得分10超过其分值0")
    assert ("score_exceeds_weight", "error", "10") in errors(SPACED.format(weight="8"))


# -- a part of the year's spending followed by what of it was spent -------------------------------------------------

SPENT = ("全年实际支出851.60万元，预算执行率94.10%。其中，中央和省级资金730.00万元已全部支付；县级配套资金175.00万元，"
         "支出{county}万元，余款待竣工结算后支付。\n")


def test_a_part_then_its_spending_counts_what_was_spent() -> None:
    assert [f for f in errors(SPENT.format(county="121.60")) if f[0] == "sum_mismatch"] == []
    # 730.00 + 112.60 = 842.60: short of the total (a 疑似, as any 其中 list that falls short)
    assert [f[:2] for f in findings(SPENT.format(county="112.60")) if f[0] == "sum_mismatch"] == [("sum_mismatch", "warning")]


# -- a level's subtotal at its default weight ------------------------------------------------------------------------

LEVELS_TABLE = """项目｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分
年度资金总额｜950.00｜950.00｜950.00｜10｜100.00%｜10
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分
产出指标｜数量指标｜桥梁加固数量｜≥14座｜14座｜25｜25
产出指标｜质量指标｜优良中等路率｜≥85%｜86%｜25｜25
产出指标小计｜｜｜｜｜50｜50
效益指标｜社会效益指标｜技术状况二类及以上比例｜≥90%｜92.86%｜10｜10
效益指标｜社会效益指标｜安全责任事故｜=0起｜0起｜{w}｜10
效益指标｜可持续影响指标｜养护长效机制｜健全｜健全｜10｜10
效益指标小计｜｜｜｜｜{sub}｜30
满意度指标｜服务对象满意度指标｜沿线群众满意度｜≥90%｜94.2%｜{sat}｜{sat}
总分｜｜｜｜｜100｜100
"""


def test_a_subtotal_at_its_default_weight_puts_the_slip_in_its_rows() -> None:
    assert errors(LEVELS_TABLE.format(w="10", sub="30", sat="10")) == []
    # 10 + 15 + 10 = 35 under a 效益 subtotal of 30, its default weight: a row is wrong (the rows are marked)
    found = [f for f in errors(LEVELS_TABLE.format(w="15", sub="30", sat="10")) if f[0] == "weight_sum_mismatch"]
    assert len(found) == 1 and found[0][2].startswith("10｜10") and found[0][2].endswith("10")


def test_a_subtotal_the_total_disowns_is_the_slip_even_at_its_default_weight() -> None:
    # the levels were weighted 10 / 50 / 20 / 20: the 效益 subtotal of 30 is the template's, and the total holds only
    # with its rows' 20
    table = LEVELS_TABLE.replace("｜{w}｜10\n", "｜0｜0\n").format(sub="30", sat="20").replace(
        "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n",
        "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n预算执行｜预算执行率｜预算执行率｜100%｜100%｜10｜10\n")
    found = [f for f in errors(table) if f[0] == "weight_sum_mismatch"]
    assert found == [("weight_sum_mismatch", "error", "30")]


# -- a source's budget cut during the year ---------------------------------------------------------------------------

CUT = ("项目年初预算500.00万元，其中中央财政补助资金300.00万元，县级配套资金200.00万元。年中因县级财力紧张，经县政府同意调减"
       "县级配套资金20.00万元，调整后全年预算480.00万元。\n全年实际支出356.80万元，预算执行率74.33%。其中中央资金支出256.80万元，"
       "执行率85.60%；县级资金支出100.00万元，执行率{rate}。\n")


def test_a_sources_rate_is_on_its_budget_after_the_cut() -> None:
    assert [f for f in errors(CUT.format(rate="55.56%")) if f[0] == "rate_mismatch"] == []  # 100.00 / 180.00
    assert ("rate_mismatch", "error", "65.56%") in errors(CUT.format(rate="65.56%"))


# -- another year's project's balance brought in ---------------------------------------------------------------------

BROUGHT = ("响水县人民医院2021年度医疗设备购置项目绩效自评报告\n项目年初预算820.00万元，为县级财政拨款；年中经县财政局同意，将2020年医疗设备购置项目结余资金40.00万元统筹用于"
           "本项目，调整后全年预算860.00万元。\n全年执行843.50万元，预算执行率98.08%。结余{left}万元，已按规定收回县财政。\n")


def test_another_years_projects_balance_brought_in_is_no_balance_of_this_year() -> None:
    assert errors(BROUGHT.format(left="16.50")) == []
    assert errors(BROUGHT.format(left="15.60")) == [("balance_mismatch", "error", "15.60万元")]


# -- a 其中 after a target's completion breaks down what was done ------------------------------------------------------

DONE = ("全年为3,126户城镇住房困难家庭发放住房租赁补贴，完成年度目标3,000户的104.20%，其中城镇低收入住房困难家庭{low}户、"
        "新就业无房职工和外来务工人员912户，四个季度均按时发放。\n")


def test_the_parts_after_a_targets_completion_are_of_what_was_done() -> None:
    assert [f for f in findings(DONE.format(low="2,214")) if f[0] == "sum_mismatch"] == []


# -- so much each, in a part's brackets within brackets --------------------------------------------------------------

EACH = ("全年预算调整为215.00万元，资金全部到位。按建设内容分，县级综治中心场所改造及设备购置96.00万元，镇（街道）综治中心"
        "规范化提升补助88.00万元（11个镇（街道）各8.00万元），视频会商系统{video}万元。\n")


def test_so_much_each_in_a_parts_brackets_is_no_part() -> None:
    assert errors(EACH.format(video="31.00")) == []
    assert [f[0] for f in findings(EACH.format(video="13.00"))].count("sum_mismatch") == 1


# -- species, frames and degrees are counted -------------------------------------------------------------------------

def test_species_frames_and_degrees_are_counted_units() -> None:
    from chains.text.numbers import extract_numbers
    assert [(m.raw, m.kind) for m in extract_numbers("水鸟62种，扫描21,500拍，室温18.6℃")] == [
        ("62种", "count"), ("21,500拍", "count"), ("18.6℃", "count")]


def test_the_mean_of_listed_temperatures_and_species_is_checked() -> None:
    rooms = "改造后4间库房的平均温度分别为18.6℃、19.2℃、18.9℃、19.1℃，4间库房平均为{mean}，均在14—24℃的范围内。\n"
    assert errors(rooms.format(mean="18.95℃")) == []
    assert errors(rooms.format(mean="18.59℃")) == [("average_mismatch", "error", "18.59℃")]
    birds = "三次同步调查记录水鸟种数分别为62种、58种、66种，平均{mean}。\n"
    assert errors(birds.format(mean="62种")) == []
    assert errors(birds.format(mean="64种")) == [("average_mismatch", "error", "64种")]


# -- a bound or a tier in 元 is no amount to set against the 万元 ones ------------------------------------------------

def test_a_bound_or_a_tier_in_yuan_is_no_twin_of_an_amount_in_wan_yuan() -> None:
    text = ("2021年项目全年预算580.00万元，其中省级补助资金200.00万元、县级配套资金380.00万元。选择100元档次缴费的补贴35元，"
            "200元档次补贴40元；选择200元及以上档次缴费人数占比13.2%。光荣牌采购单价28元，低于30元的控制标准；市级资金30.00万元。\n")
    assert [f for f in findings(text) if f[0] == "unit_mismatch"] == []


# -- of two figures with digits turned round, the one its own parts add up to is borne out ----------------------------

OPENING = ("我院对2021年农村妇女“两癌”检查项目资金{said}万元的使用和绩效目标完成情况开展了自评。\n（二）项目资金情况\n"
           "县级配套资金20.00万元，年初预算120.00万元；2021年7月省级追加补助资金20.00万元，全年预算140.00万元，其中中央及"
           "省级补助120.00万元、县级配套20.00万元，资金已全部到位。\n")


def test_the_figure_its_own_parts_add_up_to_bears_out_its_swapped_twin() -> None:
    assert [f for f in findings(OPENING.format(said="140.00")) if f[0] == "conflicting_values"] == []
    # 104.00 and 140.00 once each, under other names: the 140.00 its 其中 parts make is right
    assert [f for f in findings(OPENING.format(said="104.00")) if f[0] == "conflicting_values"] == [
        ("conflicting_values", "warning", "104.00万元")]


# -- an average over every group the line counts ------------------------------------------------------------------

GROUPS = ("2023年项目实际支出70.50万元，预算执行率97.92%。其中，资助本科新生105名，每人5000元，计52.50万元；资助高职（专科）"
          "新生60名，每人3000元，计18.00万元，人均资助{mean}元。\n")


def test_an_average_after_the_last_group_may_be_over_every_group() -> None:
    assert [f for f in findings(GROUPS.format(mean="4272.73")) if f[0] == "average_mismatch"] == []  # 70.50万元 ÷ 165


# -- an item's own 其中 inside a list of items separated by ；----------------------------------------------------------

ITEMS = ("全年支出187.36万元。\n主要支出为：队员劳务补助72.00万元（45人，每人每月2000元，按防火期8个月发放）；扑火装备购置"
         "58.40万元，其中风力灭火机20台{blowers}万元；训练和演练费用18.60万元；扑火车辆油料及维修21.36万元；为45名队员购买意外"
         "伤害保险，每人每年1200元，计5.40万元；营房维修11.60万元。\n")


def test_an_items_own_breakdown_does_not_take_the_items_after_it() -> None:
    # (风力灭火机 is one part of the 58.40; the items after the ；go on the list of what was spent)
    assert [f for f in errors(ITEMS.format(blowers="13.60")) if f[0] == "sum_mismatch"] == []
