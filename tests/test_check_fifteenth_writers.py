"""Shapes the writers of the fifteenth session brought (issue 10, misses of the held-out-style sets that are general
ways of writing a report): each is a test here, beside the clean form it must leave alone."""

from __future__ import annotations

from pathlib import Path

from chains.check import check


def findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, text[f.span[0] : f.span[1]]) for f in check(text).findings]


def coded(text: str, code: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[0] == code]


# -- a tab-separated 自评表 whose rows are grouped under lines of their own ------------------------------------------

GROUPED = (
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "预算执行\t预算执行率\t预算执行率\t100%\t95.00%\t10\t9.50\n"
    "年度目标1：开展老年人智能技术运用培训（分值40）\n"
    "产出指标\t数量指标\t培训场次\t≥160场\t184场\t20\t20\n"
    "产出指标\t成本指标\t人均培训成本\t≤45元\t{cost}\t20\t20\n"
    "年度目标2：建设社区服务点（分值50）\n"
    "产出指标\t数量指标\t建成服务点数量\t≥20个\t22个\t30\t30\n"
    "满意度指标\t服务对象满意度指标\t参训老年人满意度\t≥90%\t97.3%\t20\t20\n"
    "合计\t\t\t\t\t100\t{total}\n"
)


def test_a_group_heading_between_the_rows_does_not_cut_the_table() -> None:
    assert findings(GROUPED.format(cost="42元", total="99.50")) == []
    # the rows under the second heading still add up with the first's: the total is read against all of them
    assert coded(GROUPED.format(cost="42元", total="99.05"), "score_sum_mismatch") == [
        ("score_sum_mismatch", "error", "99.05")]


def test_a_row_under_a_group_heading_is_read_for_its_units() -> None:
    assert coded(GROUPED.format(cost="24.00%", total="99.50"), "unit_mismatch") == [
        ("unit_mismatch", "error", "24.00%")]


# -- target and actual measured in different sizes -------------------------------------------------------------------

SIZES = (
    "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
    "产出指标｜数量指标｜岸线整治修复长度｜≥3.2公里｜{actual}｜10｜10\n"
    "产出指标｜数量指标｜整治点位｜≥10处｜{places}｜10｜10\n"
)


def test_a_length_against_an_area_is_a_unit_slip() -> None:
    assert coded(SIZES.format(actual="3.35公里", places="12处"), "unit_mismatch") == []
    assert coded(SIZES.format(actual="3.35公顷", places="12处"), "unit_mismatch") == [
        ("unit_mismatch", "error", "3.35公顷")]


def test_a_count_of_places_against_a_length_is_no_unit_slip() -> None:
    # what is counted may be measured by its length: a writer's choice, no slip
    assert coded(SIZES.format(actual="3.35公里", places="12.5公里"), "unit_mismatch") == []


# -- a price per unit in 万元 that only 元 makes possible -------------------------------------------------------------

TERMINALS = ("项目预算86.40万元，全年实际支出82.08万元，预算执行率95.00%。终端通过政府采购确定供应商，中标价为每台{price}，"
             "120台全部完成验收并付款。")


def test_a_unit_price_above_all_the_project_s_money_is_in_yuan() -> None:
    assert findings(TERMINALS.format(price="5800元")) == []
    assert coded(TERMINALS.format(price="5800万元"), "unit_mismatch") == [("unit_mismatch", "error", "5800万元")]


def test_a_unit_price_in_wan_within_the_project_s_money_is_left_alone() -> None:
    assert findings(TERMINALS.format(price="0.58万元")) == []


CLEANING = ("全年保洁水域面积84万平方米，保洁经费折合每平方米每年{price}。\n"
            "二、资金使用情况\n全年保洁经费386.40万元，全部用于购买服务。\n")


def test_a_unit_price_times_its_sentence_s_count_gives_an_amount_of_the_report() -> None:
    assert findings(CLEANING.format(price="4.6元")) == []
    found = [f for f in check(CLEANING.format(price="4.6万元")).findings if f.code == "unit_mismatch"]
    assert [CLEANING.format(price="4.6万元")[slice(*f.span)] for f in found] == ["4.6万元"]
    assert "4.60元" in found[0].message  # said in 元, not as 0.00万元


# -- a balance with two neighbouring digits swapped ------------------------------------------------------------------

LEFT = ("分项目看：油茶低产林改造预算620.00万元，支出585.40万元；林产品加工企业贷款贴息预算180.00万元，支出131.25万元，"
        "余{left}因2家企业贷款在次年一季度到期，贴息结转至下年兑付。")


def test_a_balance_with_two_digits_swapped_is_found_against_its_budget_and_spending() -> None:
    assert findings(LEFT.format(left="48.75万元")) == []
    found = [f for f in check(LEFT.format(left="47.85万元")).findings if f.code == "balance_mismatch"]
    assert [(f.severity, LEFT.format(left="47.85万元")[slice(*f.span)]) for f in found] == [("error", "47.85万元")]
    text = LEFT.format(left="47.85万元")
    assert sorted(text[s:e] for s, e in found[0].related) == ["131.25万元", "180.00万元"]


def test_a_balance_that_is_no_digit_swap_of_a_difference_is_not_judged_here() -> None:
    assert coded(LEFT.format(left="12.00万元"), "balance_mismatch") == []


def test_a_small_balance_with_a_leading_zero_moved_is_no_swap() -> None:
    text = ("学前教育幼儿资助预算58.22万元，支出58.16万元。年末高中助学金结余1.40万元、学前教育幼儿资助结余0.60万元，"
            "已按规定结转下年使用。")
    assert coded(text, "balance_mismatch") == []


# -- averages said beside their total and count ----------------------------------------------------------------------


def test_an_average_after_the_count_it_is_over() -> None:
    text = "经核定全年补贴产量27224吨，兑付补贴408.36万元，6家企业平均补贴{mean}。"
    assert findings(text.format(mean="68.06万元")) == []
    found = [f for f in check(text.format(mean="60.86万元")).findings if f.code == "average_mismatch"]
    assert len(found) == 1 and "与所写企业平均补贴60.86万元不符" in found[0].message


def test_the_parts_in_a_total_s_brackets_are_not_totals_of_the_average() -> None:
    text = ("全年共举办培训班12期，培训人员684人次（乡镇卫生院212人次、村卫生室472人次），完成年度目标的114%，"
            "平均每期{mean}。")
    assert findings(text.format(mean="57人次")) == []
    assert coded(text.format(mean="75人次"), "average_mismatch") == [("average_mismatch", "error", "75人次")]


def test_the_one_total_after_the_count_is_what_the_average_is_of() -> None:
    text = "支付基地运营服务费85.60万元，向32个公益创投项目拨付资助资金38.40万元、平均每个项目{mean}。"
    assert findings(text.format(mean="1.20万元")) == []
    assert coded(text.format(mean="1.25万元"), "average_mismatch") == [("average_mismatch", "error", "1.25万元")]


def test_a_bound_is_no_total_of_the_average() -> None:
    text = "按照每名继承人全年跟师不少于160天的要求，6名继承人合计跟师1,116天，人均{mean}，全部达到要求。"
    assert findings(text.format(mean="186天")) == []
    assert coded(text.format(mean="196天"), "average_mismatch") == [("average_mismatch", "error", "196天")]


def test_an_average_in_a_sentence_of_its_own_is_not_over_the_last_count() -> None:
    # 2500元 a household is 1200 + 800 + 500 over three festivals, not the 17 households' one-off relief
    text = ("全年发放慰问金76.85万元，其中春节慰问每户1200元计34.32万元、中秋慰问每户800元计22.88万元、"
            "烈士纪念日慰问每户500元计14.30万元，另对17户重病、困难烈属发放临时慰问救助5.35万元。"
            "三次节日慰问户均2500元（不含临时救助）。")
    assert coded(text, "average_mismatch") == []


# -- a department's levels, more than the four ---------------------------------------------------------------------


def test_a_department_s_five_levels_are_not_read_as_the_project_s_four() -> None:
    text = ("我局逐项对照打分：预算执行率（10分）得9.8分；预算管理（20分）得19分，扣分原因是个别项目绩效目标不够细化；"
            "履职产出（40分）得38.5分；履职效益（20分）得19分；满意度（10分）得9.6分。合计自评得分{total}分，等级为“优”。")
    assert findings(text.format(total="95.9")) == []


# -- a level's items that miss its heading's weight, when the headings make 100 --------------------------------------

HEADED = ("（一）预算执行率（10分）：执行率100%，得10分。\n"
          "（二）产出指标（60分）：采血人次（30分），目标12000人次，实际13200人次，得30分；开放天数（30分），目标360天，"
          "实际362天，得30分。\n"
          "（三）效益指标（20分）：采血量占比（10分），目标45%，实际47.30%，得10分；固定献血者人数（{w}分），目标2500人，"
          "实际2600人，得10分。\n"
          "（四）满意度指标（10分）：献血者满意度（10分），目标95%，实际96%，得10分。\n")


def test_items_that_miss_their_level_s_weight_are_marked_with_the_items() -> None:
    text = HEADED.format(w="12")
    found = [f for f in check(text).findings if f.code == "weight_sum_mismatch"]
    assert len(found) == 1 and "固定献血者人数（12" in text[found[0].span[0] : found[0].span[1]]
    assert coded(HEADED.format(w="10"), "weight_sum_mismatch") == []


# -- a bare cell under a 度量单位 column, against the text that gives its figure twice ---------------------------------

MEASURED = ("一、项目概况\n全年按每人每年1500元的标准拨付工作经费，212人共计31.80万元。\n"
            "二、完成情况\n全年纳入社戒社康管理212人；开展尿检检测1460人次。\n"
            "一级指标  二级指标  三级指标  指标性质  年度指标值  度量单位  实际完成值  分值  得分\n"
            "产出指标  数量指标  纳入社戒社康管理人数  ≥  200  人  {n}  15  15\n"
            "产出指标  数量指标  尿检检测人次  ≥  1200  人次  1460  15  15\n")


def test_the_text_said_twice_puts_the_conflict_on_the_table_s_bare_cell() -> None:
    assert coded(MEASURED.format(n="212"), "conflicting_values") == []
    found = [f for f in check(MEASURED.format(n="221")).findings if f.code == "conflicting_values" and f.severity == "error"]
    assert [MEASURED.format(n="221")[slice(*f.span)] for f in found] == ["221"]


# -- a 合计 row of two figures in columns two spaces apart -----------------------------------------------------------

SPACED = ("一级指标  二级指标  三级指标  分值  指标性质  年度指标值  度量单位  实际完成值  得分\n"
          "预算执行  预算执行率  预算执行率  10  ≥  100  %  97.84  9.78\n"
          "产出指标  数量指标  城区病媒生物密度监测  50  ≥  24  次  24  50\n"
          "效益指标  社会效益指标  监测点密度达标率  30  ≥  90  %  87.5  {s}\n"
          "满意度指标  服务对象满意度指标  群众满意度  10  ≥  90  %  91.3  10\n"
          "合计      100          {total}\n")


def test_a_two_figure_total_row_is_placed_by_the_weights_it_adds_up() -> None:
    assert coded(SPACED.format(s="29.17", total="98.95"), "score_sum_mismatch") == []
    assert [f[0] for f in coded(SPACED.format(s="29.17", total="98.59"), "score_sum_mismatch")] == ["score_sum_mismatch"]


# -- scores above a 100-point scale ----------------------------------------------------------------------------------


def test_a_listed_score_above_the_full_marks_said_with_the_list() -> None:
    text = "4个乡镇全部通过省级技术评估，评估得分分别为91.5分、{s}、90.5分和93分（满分均为100分）。"
    assert findings(text.format(s="96分")) == []
    assert coded(text.format(s="106分"), "score_exceeds_weight") == [("score_exceeds_weight", "error", "106分")]


def test_a_listed_score_above_the_full_marks_of_the_sentence_before() -> None:
    text = ("考核内容包括开放时间、服务规范和采血质量，满分100分。年度考核结果为：中央大街献血屋98分，火车站献血屋96分，"
            "凌河献血屋95分，太和献血屋{s}，考核结果与绩效工资挂钩。")
    assert findings(text.format(s="93分")) == []
    assert coded(text.format(s="103分"), "score_exceeds_weight") == [("score_exceeds_weight", "error", "103分")]


def test_an_item_s_full_marks_do_not_bound_the_total() -> None:
    text = "预算执行率（满分10分）得9分，产出指标得48分，效益指标得29分，总分95分。"
    assert coded(text, "score_exceeds_weight") == []


def test_a_project_s_score_above_a_hundred_in_a_report_that_scores_out_of_a_hundred() -> None:
    text = ("纳入绩效自评的项目支出共3个，各项目均按百分制自评，结果如下：\n"
            "序号｜项目名称｜预算数｜执行数｜执行率｜自评得分｜等级\n"
            "1｜血液检测试剂购置｜612.00｜600.00｜98.04%｜96｜优\n"
            "2｜采血车运行｜150.00｜140.00｜93.33%｜92｜优\n"
            "3｜献血屋运行维护｜228.00｜221.60｜97.19%｜{s}｜优\n")
    assert coded(text.format(s="95"), "score_exceeds_weight") == []
    assert coded(text.format(s="105"), "score_exceeds_weight") == [("score_exceeds_weight", "error", "105")]


# -- first-level weights in their own brackets, or a system said to be made of them ---------------------------------


def test_first_level_weights_in_brackets_add_up_to_a_hundred() -> None:
    text = "部门整体支出绩效指标由预算执行（10分）、产出（{w}分）、效益（30分）、满意度（10分）四部分构成，共10个三级指标。"
    assert findings(text.format(w="50")) == []
    assert [f[0] for f in coded(text.format(w="55"), "weight_sum_mismatch")] == ["weight_sum_mismatch"]


def test_a_system_made_of_its_levels_says_their_weights() -> None:
    text = "自评指标体系由预算执行率10分、产出指标50分、效益指标{w}分、满意度指标10分组成。"
    assert findings(text.format(w="30")) == []
    assert [f[0] for f in coded(text.format(w="35"), "weight_sum_mismatch")] == ["weight_sum_mismatch"]


# -- a single-space 自评表 under the form's 绩效指标 label ------------------------------------------------------------

LABELLED = ("项目带动蚕桑农户{text}，户均增收约1600元。\n"
            "绩效指标 一级指标 二级指标 三级指标 指标性质 指标值 度量单位 实际完成值 分值 得分 未完成原因分析\n"
            "产出指标 数量指标 桑园提质改造面积 ≥ 5000 亩 5230 50 50\n"
            "效益指标 经济效益指标 改造桑园亩产鲜茧 ≥ 120 公斤 131 20 20\n"
            "  社会效益指标 带动蚕桑农户 ≥ 1800 户 1946 20 20\n"
            "满意度指标 服务对象满意度指标 蚕农满意度 ≥ 90 % 95 10 10\n"
            "总分   100 100\n")


def test_a_single_space_table_under_the_form_s_label_is_read() -> None:
    assert findings(LABELLED.format(text="1946户")) == []
    assert coded(LABELLED.format(text="1964户"), "conflicting_values") == [("conflicting_values", "error", "1964户")]


def test_a_small_balance_with_two_digits_swapped() -> None:
    text = ("2023年5月，县财政追加阅读活动经费6.00万元，全年预算69.20万元。\n截至2023年12月31日，项目支出68.62万元，"
            "预算执行率99.16%。其中中央和省级资金63.2万元全部用于出版物采购；县级追加资金支出5.42万元，执行率90.33%，"
            "结余{left}为阅读活动尾款，结转至2024年继续使用。")
    assert coded(text.format(left="0.58万元"), "balance_mismatch") == []
    assert coded(text.format(left="0.85万元"), "balance_mismatch") == [("balance_mismatch", "error", "0.85万元")]


# -- a grade beside the sentence's 合计 ------------------------------------------------------------------------------


def test_a_grade_after_the_sum_of_the_items() -> None:
    text = "满意度指标得9.8分。各项合计95.42分，等级为{g}。"
    assert findings(text.format(g="优")) == []
    assert coded(text.format(g="良"), "grade_mismatch") == [("grade_mismatch", "error", "良")]


# -- a department's levels, each with its weight, against the total -------------------------------------------------


def test_a_department_s_weighted_levels_add_up_to_its_total() -> None:
    text = ("我局逐项对照打分：预算执行率（10分）得9.8分；预算管理（20分）得19分；履职产出（40分）得38.5分；"
            "履职效益（20分）得19分；满意度（10分）得9.6分。合计自评得分{total}分，等级为“优”。")
    assert findings(text.format(total="95.9")) == []
    assert coded(text.format(total="96.9"), "score_sum_mismatch") == [("score_sum_mismatch", "error", "96.9分")]


# -- an actual in 万元 against a target in 元, with no 完成率 column --------------------------------------------------


def test_an_actual_ten_thousand_times_its_target_is_a_unit_slip() -> None:
    text = ("一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
            "产出指标｜成本指标｜每场讲座平均成本｜≤1200元｜{a}｜10｜10\n")
    assert findings(text.format(a="1050元")) == []
    found = [f for f in check(text.format(a="1050万元")).findings if f.code == "unit_mismatch"]
    assert len(found) == 1 and "按1050.00元计算" in found[0].message


# -- a project list parted by single spaces, and the average of its scores said paragraphs away --------------------

SINGLE = ("2018年我会实施项目4个，各项目预算、执行及自评得分如下：\n"
          "序号 项目名称 全年预算数(万元) 全年执行数(万元) 执行率 自评得分\n"
          "1 会员服务及商会建设经费 24.00 23.10 96.25% 95\n"
          "2 非公经济人士培训经费 18.50 17.35 93.78% 93\n"
          "3 光彩事业帮扶经费 15.30 15.30 100.00% 98\n"
          "4 招商引资及民营企业服务活动经费 14.90 13.20 88.59% 90\n"
          "合计 72.70 68.95 94.84% —\n")


def test_a_single_space_project_list_is_read_as_a_table() -> None:
    assert findings(SINGLE) == []
    changed = SINGLE.replace("17.35 93.78%", "17.35 95.78%")
    assert coded(changed, "rate_mismatch") == [("rate_mismatch", "error", "95.78%")]


def test_the_projects_average_said_far_from_their_table() -> None:
    text = (SINGLE + "\n二、部门整体绩效\n" + "全年组织会员企业活动12次，服务企业186家次。\n" * 8
            + "本部门对4个项目开展了自评，各项目平均自评得分{mean}分。\n")
    assert coded(text.format(mean="94"), "average_mismatch") == []
    assert coded(text.format(mean="95"), "average_mismatch") == [("average_mismatch", "error", "95分")]


def test_an_average_over_another_count_of_projects_is_not_this_table_s() -> None:
    text = SINGLE + "\n" + "全年组织会员企业活动12次。\n" * 8 + "本部门5个项目平均自评得分93.46分。\n"
    assert coded(text, "average_mismatch") == []


# -- a 合计 row with no 序号 in columns two spaces apart -------------------------------------------------------------

NUMBERED = ("序号  项目名称  年初预算数  全年预算数  全年执行数  执行率  自评得分  评价等级\n"
            "1  群众合唱团培训  46.00  46.00  45.08  98.00%  96.50  优\n"
            "2  青少年民族乐团培训  60.00  72.00  68.40  95.00%  93.00  优\n"
            "3  小剧场运行  {cell}  128.20  120.51  94.00%  88.60  良\n"
            "4  送戏进社区文艺惠民演出  62.00  62.00  62.00  100.00%  97.10  优\n"
            "合计  296.20  308.20  295.99  96.04%  —  —\n")


def test_a_total_row_without_its_number_is_read_under_the_name() -> None:
    assert findings(NUMBERED.format(cell="128.20")) == []
    assert coded(NUMBERED.format(cell="118.20"), "sum_mismatch") == [("sum_mismatch", "error", "296.20")]


def test_the_one_cell_whose_swapped_digits_make_the_column_hold() -> None:
    text = ("项目名称｜年初预算数｜全年预算数\n"
            "滑坡综合治理工程｜900.00｜1420.00\n地质灾害避险搬迁｜520.00｜560.00\n"
            "隐患点专业监测｜186.00｜237.86\n国土空间规划及其他业务｜{cell}｜266.00\n合计｜1720.44｜2483.86\n")
    assert findings(text.format(cell="114.44")) == []
    assert coded(text.format(cell="141.44"), "sum_mismatch") == [("sum_mismatch", "error", "141.44")]


# -- an indicator whose name ends in 种类 or 场次, said without it ----------------------------------------------------


def test_an_indicator_named_with_its_measure_word_is_found_without_it() -> None:
    text = ("全年新引种珍稀濒危植物{n}，其中国家一级重点保护野生植物3种。\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n|---|---|---|---|---|---|---|\n"
            "| 产出指标 | 数量指标 | 新引种珍稀濒危植物种类 | ≥40种 | 46种 | 10 | 10 |\n")
    assert findings(text.format(n="46种")) == []
    assert ("conflicting_values", "error", "64种") in coded(text.format(n="64种"), "conflicting_values")


# -- a project of a department's list said again in the text ---------------------------------------------------------

PROJECTS = ("序号｜项目名称｜全年预算数｜全年执行数｜执行率｜自评得分\n"
            "1｜献血屋运行维护｜228.00｜221.60｜97.19%｜95\n"
            "2｜血液检测试剂购置｜612.00｜604.18｜98.72%｜97\n"
            "3｜采血车运行｜150.00｜140.00｜93.33%｜92\n"
            "合计｜｜990.00｜965.78｜97.55%｜—\n"
            "（金额单位：万元）\n其中，血液检测试剂购置项目（全年预算{budget}）是我站支出规模最大的项目。\n")


def test_a_project_s_budget_said_again_in_the_text() -> None:
    assert findings(PROJECTS.format(budget="612.00万元")) == []
    assert coded(PROJECTS.format(budget="621.00万元"), "conflicting_values") == [
        ("conflicting_values", "error", "621.00万元")]


def test_money_moved_into_a_project_is_not_its_budget() -> None:
    text = PROJECTS.format(budget="612.00万元") + "年中将采血车运行项目的20.00万元调整至献血屋运行维护项目。\n"
    assert coded(text, "conflicting_values") == []


def test_a_project_table_in_yuan_states_the_text_s_wan() -> None:
    text = ("项目名称｜预算数（元）｜执行数（元）\n增补叶酸｜40,000.00｜38,000.00\n高危孕产妇管理｜80,000.00｜62,200.00\n"
            "合计｜120,000.00｜100,200.00\n高危孕产妇管理子项目支出6.22万元，其中举办培训1.86万元。\n")
    assert coded(text, "conflicting_values") == []


def test_levels_with_their_weights_in_brackets_and_their_scores_add_up() -> None:
    text = ("对照年初设定的指标逐项评分：预算执行率（10分）得9.25分，产出指标（50分）得49.60分，效益指标（30分）得28.50分，"
            "满意度指标（10分）得10.00分，合计{total}分，评价等级为优秀。")
    assert findings(text.format(total="97.35")) == []
    assert [f[0] for f in coded(text.format(total="97.53"), "score_sum_mismatch")] == ["score_sum_mismatch"]


def test_money_paid_in_advance_is_no_spending() -> None:
    text = ("资金来源｜年初预算数｜全年预算数｜全年执行数\n中央资金｜36000.00｜46152.74｜46152.74\n"
            "合计｜36000.00｜46152.74｜46152.74\n"
            "中央补贴资金按自治区下达额度全部兑付，年初预拨的36000万元在清算后补足差额。\n")
    assert coded(text, "conflicting_values") == []


# -- a page's number between the rows of a table copied from a PDF ---------------------------------------------------

PAGED = ("一级指标    二级指标    三级指标    年度指标值    实际完成值    分值    得分    偏差原因\n"
         "产出指标    数量指标    新建改造村内道路    ≥18公里    18.6公里    50    50\n"
         "- 3 -\n"
         "效益指标    社会效益指标    常住人口稳定率    ≥95%    97.3%    40    40\n"
         "满意度指标    服务对象满意度指标    边民满意度    ≥90%    {s}    10    9.5    活动场所未全部建成\n"
         "总分    100    99.5\n")


def test_a_page_number_between_rows_does_not_cut_the_table() -> None:
    assert coded(PAGED.format(s="95.50%"), "implausible_rate") == []
    assert coded(PAGED.format(s="105.50%"), "implausible_rate") == [("implausible_rate", "error", "105.50%")]


# -- a score above its 分值 with the target and actual between --------------------------------------------------------


def test_a_score_above_the_weight_said_before_the_target_and_actual() -> None:
    text = "其中，产出质量指标下的“创业培训合格率”分值4分，目标值95%，实际96.3%，得{s}；预算执行指标按执行率评分。"
    assert coded(text.format(s="4分"), "score_exceeds_weight") == []
    assert coded(text.format(s="5分"), "score_exceeds_weight") == [("score_exceeds_weight", "error", "5分")]


def test_weights_listed_before_the_total_are_not_its_full_marks() -> None:
    text = "预算执行率指标分值10分、产出指标50分、效益指标30分、满意度指标10分，自评得分93.84分，评价等级为“优秀”。"
    assert coded(text, "score_exceeds_weight") == []


# -- a share above 100% in a table's cell of words ------------------------------------------------------------------


def test_a_share_above_a_hundred_in_a_note_cell() -> None:
    text = ("一级指标｜二级指标｜分值｜得分｜扣分原因\n产出｜数量｜50｜50｜任务全部完成\n效益｜社会效益｜40｜38｜创业人数偏少\n"
            "效益｜满意度｜10｜9｜入园企业及参训学员满意率{s}\n合计｜｜100｜97｜\n")
    assert coded(text.format(s="92.4%"), "implausible_rate") == []
    assert coded(text.format(s="102.4%"), "implausible_rate") == [("implausible_rate", "error", "102.4%")]


# -- an average over a count of its own clause, of the amount named as it names what it is of ------------------------


def test_an_average_of_the_amount_named_for_it_in_the_sentence_before() -> None:
    text = ("全年支出181.22万元，其中运营补贴154.32万元、示范机构奖补15.00万元、综合责任保险补助11.90万元，"
            "预算执行率97.22%。14家机构平均每家获得运营补贴{mean}。")
    assert coded(text.format(mean="11.02万元"), "average_mismatch") == []
    assert coded(text.format(mean="11.20万元"), "average_mismatch") == [("average_mismatch", "error", "11.20万元")]


def test_an_average_over_the_count_right_before_it() -> None:
    text = ("全年实际支出341.80万元，其中运营补助305.00万元，新认定省级孵化器奖励25.00万元（2家，每家12.50万元），"
            "第三方评价服务费11.80万元。12家孵化器平均每家获得运营补助{mean}，单家补助额在15万元至40万元之间。")
    assert coded(text.format(mean="25.42万元"), "average_mismatch") == []
    assert coded(text.format(mean="24.52万元"), "average_mismatch") == [("average_mismatch", "error", "24.52万元")]


# -- a rate with two neighbouring digits swapped ----------------------------------------------------------------------


def test_a_rate_with_two_digits_swapped_against_its_paragraph_s_pair() -> None:
    text = ("全年支出15208.19万元，其中基本支出1986.42万元、项目支出13221.77万元。基本支出全年预算2050.00万元，"
            "执行率96.90%；项目支出全年预算13812.47万元，执行13221.77万元，执行率{rate}。\n")
    assert coded(text.format(rate="95.72%"), "rate_mismatch") == []
    assert coded(text.format(rate="97.52%"), "rate_mismatch") == [("rate_mismatch", "error", "97.52%")]


# -- a whole-point total of the levels' scores, and a total broken down twice -----------------------------------------


def test_a_whole_point_total_of_the_levels_scores_agrees_within_its_rounding() -> None:
    text = ("按照项目支出绩效自评表逐项评分，预算执行率得9.73分，产出指标得49.6分，效益指标得29.5分，满意度指标得10分，"
            "经加总取整，本项目自评得分{total}分，等级为优。")
    assert coded(text.format(total="99"), "score_sum_mismatch") == []
    assert [f[0] for f in coded(text.format(total="97"), "score_sum_mismatch")] == ["score_sum_mismatch"]


def test_a_total_broken_down_by_source_with_a_part_unnumbered_then_by_use() -> None:
    text = ("全年预算52.60万元。全年支出50.18万元，执行率95.40%；其中区级资金执行45.58万元，执行率94.96%，市级补助资金全部支出。"
            "支出构成为：委托第三方检验机构抽检费31.35万元、快检试剂及设备购置9.83万元、从业人员培训和宣传4.70万元、"
            "检查交通及劳务{last}。\n")
    assert coded(text.format(last="4.30万元"), "sum_mismatch") == []
    assert [f[0] for f in coded(text.format(last="4.03万元"), "sum_mismatch")] == ["sum_mismatch"]


# -- a source's rate, a balance split by source, and an item's breakdown in its brackets ------------------------------


def test_the_year_s_own_money_has_its_own_rate() -> None:
    text = ("2021年项目年初预算1280.00万元，其中省级水利发展资金600.00万元、市级配套资金680.00万元，省级资金已于2020年12月"
            "提前下达。年中将上年结转的150.00万元纳入项目预算，全年预算调整为1,430万元，当年全部到位。\n"
            "项目资金单独设账核算，工程款按合同约定和计量结果支付，每笔付款须经监理、跟踪审计和业务科室三方签字。"
            "当年财政拨款执行1206.46万元，执行率94.25%；上年结转资金执行145.40万元，执行率96.93%。\n"
            "项目资金（万元）｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分\n"
            "年度资金总额｜1280.00｜1430.00｜1351.86｜10｜94.54%｜9.45\n"
            "其中：当年财政拨款｜1280.00｜1280.00｜1206.46｜—｜—｜—\n"
            "上年结转资金｜0.00｜150.00｜145.40｜—｜—｜—\n")
    assert [f for f in coded(text, "rate_mismatch") if f[1] == "error"] == []


def test_a_balance_split_by_source_is_no_whole_balance() -> None:
    text = ("项目年度资金总额2,180.00万元。全年执行2,046.73万元，预算执行率93.89%。\n"
            "结余资金中，财政资金117.47万元已申请结转2024年继续使用，企业配套资金结余15.80万元由企业自行统筹。\n")
    assert coded(text, "balance_mismatch") == []


def test_an_item_s_breakdown_in_its_brackets_is_not_a_list_item() -> None:
    text = ("全年支出{total}，其中：培训补贴204.00万元（初级工980人，每人1200元，计117.60万元；中级工420人，每人1600元，"
            "计67.20万元；高级工96人，每人2000元，计19.20万元）；评价补贴22.44万元（1,496人次，每人次150元）；"
            "考务及师资督导费2.28万元。\n")
    assert coded(text.format(total="228.72万元"), "sum_mismatch") == []
    assert [f[0] for f in coded(text.format(total="238.72万元"), "sum_mismatch")] == ["sum_mismatch"]


# -- a saved web page whose table leaves its cells and rows open -----------------------------------------------------


def test_cells_and_rows_left_open_in_html_are_read_as_a_table() -> None:
    text = ("<p>附件：项目支出绩效自评表</p>\n<table>\n"
            "<tr><td>一级指标<td>二级指标<td>三级指标<td>分值<td>得分\n"
            "<tr><td>产出指标<td>数量指标<td>网点巡查检查<td>50<td>50\n"
            "<tr><td>效益指标<td>经济效益指标<td>全年福利彩票销量<td>40<td>39.54\n"
            "<tr><td>满意度指标<td>服务对象满意度指标<td>购彩者满意度<td>10<td>10\n"
            "<tr><td>总分<td><td><td>100<td>{total}\n</table>\n")
    assert findings(text.format(total="99.54")) == []
    assert coded(text.format(total="99.45"), "score_sum_mismatch") == [("score_sum_mismatch", "error", "99.45")]


# -- the 自评表's year: under its title after a blank line, in a pipe cell, on the line under its label ----------------


def test_a_form_s_year_under_its_title_after_a_blank_line() -> None:
    text = "2024年度项目支出绩效自评报告\n一、基本情况\n本项目2024年全年预算52.60万元。\n\n附表\n项目支出绩效自评表\n\n（{y}年度）\n"
    assert coded(text.format(y="2024"), "year_mismatch") == []
    assert coded(text.format(y="2023"), "year_mismatch") == [("year_mismatch", "error", "2023年")]


def test_a_form_s_evaluation_year_in_a_pipe_cell() -> None:
    text = ("湄潭县2018年度项目支出绩效自评报告\n一、基本情况\n项目2018年预算81.74万元。\n\n"
            "| 项目名称 | 软件正版化集中采购项目 | 评价年度 | {y}年度 |\n|---|---|---|---|\n| 主管部门 | 县委宣传部 | 实施单位 | 县推进办 |\n")
    assert coded(text.format(y="2018"), "year_mismatch") == []
    assert coded(text.format(y="2019"), "year_mismatch") == [("year_mismatch", "error", "2019年")]


def test_a_form_s_evaluation_year_on_the_line_under_its_label() -> None:
    text = "晋中市2022年度项目支出绩效自评报告\n一、基本情况\n项目2022年预算45.00万元。\n\n附件1.项目支出绩效自评表\n\n\t项目名称\n\t种质资源圃运行维护项目\n\t评价年度\n\t{y}年度\n\n\t主管部门\n\t晋中市林业局\n"
    assert coded(text.format(y="2022"), "year_mismatch") == []
    assert coded(text.format(y="2021"), "year_mismatch") == [("year_mismatch", "error", "2021年")]


def test_an_average_in_wan_beside_its_list_s_average_in_yuan_is_the_slip() -> None:
    text = ("按用途划分：防风固沙林营造1,058.40万元（25,200亩，亩均{mean}）；草方格沙障铺设772.80万元（13,800亩，亩均560元）；"
            "勘察设计和监理费46.30万元。\n")
    assert coded(text.format(mean="420元"), "unit_mismatch") == []
    assert coded(text.format(mean="420万元"), "unit_mismatch") == [("unit_mismatch", "error", "420万元")]


# -- money carried in named for its year; last year's total after the levels' scores ---------------------------------


def test_money_carried_in_is_named_for_the_year_it_came_from() -> None:
    text = ("襄汾县2021年度种粮大户补贴项目绩效自评报告\n全年预算由省级补助180万元、县级配套60万元和上年结转资金26.4万元组成，"
            "其中上年结转为2020年度部分大户面积复核后延期兑付的资金。\n")
    assert coded(text, "year_mismatch") == []


def test_last_year_s_total_after_the_levels_scores_is_not_theirs() -> None:
    text = ("襄汾县2021年度种粮大户补贴项目绩效自评报告\n经自评，本项目综合得分98.55分，评价等级为“优”。其中预算执行得9.75分，产出指标得49.8分，效益指标得29分，"
            "满意度指标得10分。2020年度该项目自评得分96.20分，本年度提高2.35分。\n")
    assert coded(text, "score_sum_mismatch") == []


# -- shares above 100%: a column headed by a share, and a share of a whole in prose -----------------------------------


def test_a_share_column_of_a_project_list_above_a_hundred() -> None:
    text = ("项目名称｜全年预算｜执行率｜自评等级｜服务对象满意度\n化肥减量增效｜120.00｜95.20%｜优｜{s}\n"
            "高标准农田｜860.00｜98.10%｜优｜96.3%\n")
    assert coded(text.format(s="92.8%"), "implausible_rate") == []
    assert coded(text.format(s="106.5%"), "implausible_rate") == [("implausible_rate", "error", "106.5%")]


def test_a_share_of_the_county_s_villages_above_a_hundred() -> None:
    text = "全年回收网点覆盖全县{s}的行政村，回收废旧地膜2573吨。"
    assert findings(text.format(s="96.4%")) == []
    assert coded(text.format(s="109.6%"), "implausible_rate") == [("implausible_rate", "error", "109.6%")]


def test_a_yield_share_named_in_its_row_above_a_hundred() -> None:
    text = ("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t质量指标\t菌袋成品率\t≥92%\t{s}\t10\t10\n")
    assert coded(text.format(s="94.5%"), "implausible_rate") == []
    assert coded(text.format(s="104.5%"), "implausible_rate") == [("implausible_rate", "error", "104.5%")]


def test_a_form_s_year_in_brackets_after_its_name_line() -> None:
    text = ("红寺堡区2023年度三北防护林项目绩效自评报告\n一、基本情况\n项目2023年全年预算845.00万元。\n"
            "五、项目支出绩效自评表\n项目名称：三北防护林体系建设防护林带项目      实施单位：自然资源局\n（{y}年度）\n")
    assert coded(text.format(y="2023"), "year_mismatch") == []
    assert coded(text.format(y="2022"), "year_mismatch") == [("year_mismatch", "error", "2022年")]


def test_a_form_s_year_after_a_run_of_spaces() -> None:
    text = ("青州市2019年度花卉苗木产业园项目绩效自评报告\n一、基本情况\n项目2019年全年预算420.00万元。\n附表\n"
            "                                项目支出绩效自评表\n项目名称    花卉苗木产业园提升建设项目            年度    {y}\n"
            "主管部门    青州市农业农村局                      实施单位    青州市花卉中心\n")
    assert coded(text.format(y="2019"), "year_mismatch") == []
    assert coded(text.format(y="2018"), "year_mismatch") == [("year_mismatch", "error", "2018")]


# -- an earlier year's count in brackets, and a 其中 source's rate on its own budget -------------------------------------


def test_an_earlier_year_s_count_in_brackets_is_no_part() -> None:
    text = "全年采购各类备件312件（2023年为286件），其中雨量传感器96件、温湿度传感器78件，全部入库登记。"
    assert coded(text, "sum_mismatch") == []


def test_a_source_s_rate_after_其中_is_on_the_source_s_own_budget() -> None:
    # "全年财政资金合计44.40万元…项目全年预算47.00万元…其中财政资金支出43.10万元，支出率97.07%": 43.10 / 44.40, not / 47.00
    cases = Path(__file__).parent / "data" / "drafts355" / "cases"
    clean = (cases / "sc-langzhong-kouqiang-2019-clean.txt").read_text(encoding="utf-8")
    assert [f for f in coded(clean, "rate_mismatch") if f[1] == "error"] == []
    slipped = (cases / "sc-langzhong-kouqiang-2019-e1.txt").read_text(encoding="utf-8")
    assert ("rate_mismatch", "error", "96.07%") in coded(slipped, "rate_mismatch")


def test_a_difference_said_as_相差_with_two_digits_swapped() -> None:
    text = ("全年预算数136.50万元，其中国家站设备更新56.20万元、区域站升级80.30万元。\n全年执行数131.26万元，执行率96.16%。\n"
            "（三）结余情况\n预算与执行相差{left}，主要是备件采购中标价低于预算。\n")
    assert coded(text.format(left="5.24万元"), "balance_mismatch") == []
    assert coded(text.format(left="5.42万元"), "balance_mismatch") == [("balance_mismatch", "error", "5.42万元")]
