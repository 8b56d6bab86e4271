"""Shapes the writers of the twenty-third session brought (issue 10, misses and false alarms of the held-out-style sets
that are general ways of writing a report): each is a test here, beside the clean form it must leave alone."""

from __future__ import annotations

from chains.check import check


def findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, text[f.span[0] : f.span[1]]) for f in check(text).findings]


def coded(text: str, code: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[0] == code]


def errors(text: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[1] == "error"]


# -- "…合同金额368000万元": a 元 figure copied with its digits beside amounts in 万元 written to the fen ----------------

CONTRACT = ("2021年收集体系项目自评报告\n全年预算180.00万元，实际支出175.40万元。收集点通过公开招标确定施工单位，中标总价138.60万元，"
            "平均每个收集点23.10万元；冷藏收集车通过政府采购购置，合同金额{amount}，单价18.40万元/辆。\n")


def test_a_whole_number_in_wan_among_amounts_to_the_fen_is_a_suspected_yuan_figure() -> None:
    assert coded(CONTRACT.format(amount="368000万元"), "unit_mismatch") == [("unit_mismatch", "warning", "368000万元")]


def test_the_same_amount_in_wan_is_left_alone() -> None:
    assert coded(CONTRACT.format(amount="36.80万元"), "unit_mismatch") == []


def test_a_large_sum_in_wan_written_to_the_fen_is_no_slip() -> None:
    text = ("2022年投资评审项目自评报告\n全年预算48.00万元，实际支出46.20万元。全年政府投资项目送审金额31,268.45万元，"
            "审定金额28,610.63万元，审减金额2,657.82万元。\n")
    assert coded(text, "unit_mismatch") == []


def test_a_bound_in_wan_is_no_slip() -> None:
    text = ("2020年投资评审项目自评报告\n全年预算52.00万元，实际支出50.10万元。全年完成评审项目150个以上，送审金额不低于60000万元，"
            "评审费支出36.50万元。\n")
    assert coded(text, "unit_mismatch") == []


# -- "…四类指标权重分别为15分、30分、35分、20分，得分分别为…": the weights in turn, then the scores ------------------------

LEVELS = ("投入、过程、产出、效益四类指标权重分别为15分、30分、35分、20分，得分分别为15分、29.60分、33.61分、17.92分，"
          "部门整体支出绩效自评得分{total}分，评价等级为优。\n")


def test_the_scores_after_the_weights_make_the_total() -> None:
    assert coded(LEVELS.format(total="96.13"), "score_sum_mismatch") == []


def test_a_total_that_misses_the_scores_after_the_weights_is_reported() -> None:
    assert coded(LEVELS.format(total="97.13"), "score_sum_mismatch") == [("score_sum_mismatch", "error", "97.13分")]


# -- "全年预算37.75万元，其中上年结转2.15万元；实际到位36.55万元": what came in is no source of the budget ----------------

def test_money_received_after_a_source_is_no_second_source() -> None:
    text = ("2023年征兵宣传项目自评报告\n2023年全年预算37.75万元，其中上年结转2.15万元；实际到位36.55万元，到位率96.82%；"
            "全年执行35.88万元，预算执行率95.05%。\n")
    assert coded(text, "sum_mismatch") == []


def test_sources_after_a_semicolon_still_make_the_budget() -> None:
    text = ("2023年征兵宣传项目自评报告\n2023年全年预算37.75万元，其中区级资金30.50万元；市级补助5.00万元；上年结转2.15万元。"
            "全年执行35.88万元。\n")
    found = coded(text, "sum_mismatch")  # (the whole list marked: nothing says which source is wrong)
    assert len(found) == 1 and found[0][2].startswith("37.75万元") and found[0][2].endswith("上年结转2.15万元")


# -- a one-row table of the 预算执行率 indicator above the table of the other levels ------------------------------------

ONE_ROW = ("2023年国防教育项目自评报告\n（一）预算执行情况\n二级指标\t三级指标\t权重\t目标值\t业绩值\t得分\n"
           "预算执行指标\t预算执行率\t10\t100%\t95.05%\t9.50\n（二）产出、效益和满意度情况\n"
           "一级指标\t二级指标\t三级指标\t权重\t目标值\t业绩值\t得分\n"
           "产出指标\t数量指标\t征兵宣传横幅及海报\t20\t≥800幅\t860幅\t20\n"
           "产出指标\t数量指标\t国防教育进校园宣讲\t{w}\t≥15场\t18场\t30\n"
           "效益指标\t社会效益指标\t征兵任务完成率\t30\t=100%\t100%\t30\n"
           "满意度指标\t服务对象满意度指标\t群众满意度\t10\t≥90%\t92.6%\t10\n"
           "合计\t\t\t100\t\t\t99.50\n")


def test_the_execution_row_of_its_own_table_counts_toward_the_total() -> None:
    assert coded(ONE_ROW.format(w="30"), "weight_sum_mismatch") == []
    assert coded(ONE_ROW.format(w="30"), "score_sum_mismatch") == []


def test_a_weight_off_the_total_with_the_execution_row_is_still_reported() -> None:
    assert [f[:2] for f in coded(ONE_ROW.format(w="35"), "weight_sum_mismatch")] == [("weight_sum_mismatch", "error")]


# -- "项目支出中，中央、自治区、县级资金分别为…": a named figure broken down in turn --------------------------------------

NAMED = ("2022年部门整体支出绩效自评报告\n全年预算8936.75万元，其中基本支出1126.38万元、项目支出7810.37万元。"
         "项目支出中，中央、自治区、县级资金分别为3600.00万元、{region}万元、2630.37万元。\n")


def test_a_figure_named_before_its_breakdown_in_turn_is_its_total() -> None:
    assert [f[:2] for f in coded(NAMED.format(region="1850.00"), "sum_mismatch")] == [("sum_mismatch", "error")]


def test_a_named_breakdown_that_makes_its_figure_is_left_alone() -> None:
    assert errors(NAMED.format(region="1580.00")) == []


def test_the_whole_named_without_a_comma_before_sources_in_turn() -> None:
    text = ("2025年项目自评报告\n年初预算3000.00万元；年中追加420.00万元，全年预算3420.00万元。全年预算中中央、自治区、县级资金"
            "分别为2400.00万元、702.00万元、300.00万元，均已到位。\n")
    assert [f[:2] for f in coded(text, "sum_mismatch")] == [("sum_mismatch", "error")]
    assert errors(text.replace("702.00万元", "720.00万元")) == []


# -- "实际支出…，结余…已由市财政收回。其中：…支出…": the parts of the spending, not of the balance ------------------------

SPENT = ("2022年项目自评报告\n截至2022年12月31日，实际支出213.92万元，执行率95.50%，结余10.08万元已由市财政收回。"
         "其中：防护设施建设支出142.60万元、宣传教育支出{part}万元、应急演练及培训支出23.00万元。\n")


def test_spending_parts_after_the_balance_add_up_to_the_spending() -> None:
    found = coded(SPENT.format(part="43.82"), "sum_mismatch")
    assert len(found) == 1 and found[0][2].startswith("213.92万元")


def test_spending_parts_that_make_the_spending_are_left_alone() -> None:
    assert coded(SPENT.format(part="48.32"), "sum_mismatch") == []


def test_one_part_of_the_spending_with_its_own_rate_is_no_breakdown() -> None:
    text = ("2024年公务用车运行维护费项目自评报告\n全年预算64.00万元，实际支出61.70万元，执行率96.41%，未执行的2.30万元已由县财政"
            "收回统筹。其中燃油费实际支出17.28万元，执行率96.00%，节支主要是新能源车辆使用比例提高。\n")
    assert errors(text) == []


# -- "耕层含盐量分别为2.4、…、2.7g/kg，平均2.70g/kg": measures of a concentration --------------------------------------

SALT = "2021年项目自评报告\n在项目区布设6个土壤盐分监测点，改良后耕层含盐量分别为2.4、2.9、2.6、3.4、2.5、2.7g/kg，平均{mean}g/kg。\n"


def test_a_mean_of_measures_in_g_per_kg_is_checked() -> None:
    assert coded(SALT.format(mean="2.70"), "average_mismatch") == [("average_mismatch", "error", "2.70g/kg")]


def test_the_right_mean_in_g_per_kg_is_left_alone() -> None:
    assert errors(SALT.format(mean="2.75")) == []


# -- "市级资金…拨付到位，省级补助资金…下达，…项目资金实际到位180.00万元，到位率96%": the whole's rate after its sources ------

ARRIVED = ("2019年项目自评报告\n2019年市级财政年初批复本项目预算150.00万元；7月，省财政厅下达省级补助资金30.00万元，全年预算调整为"
           "180.00万元。\n市级资金150.00万元于2019年3月拨付到位，省级补助资金30.00万元于2019年7月下达，截至2019年12月31日，"
           "项目资金实际到位180.00万元，到位率{rate}。\n")


def test_the_wholes_rate_after_its_sources_is_checked() -> None:
    assert coded(ARRIVED.format(rate="96%"), "rate_mismatch") == [("rate_mismatch", "error", "96%")]


def test_the_wholes_right_rate_after_its_sources_is_left_alone() -> None:
    assert errors(ARRIVED.format(rate="100%")) == []


def test_a_sources_own_rate_is_still_left_alone() -> None:
    text = ("2021年项目自评报告\n全年预算500.00万元，实际支出470.00万元。中央资金支出380.12万元，执行率95.03%。\n")
    assert coded(text, "rate_mismatch") == []


# -- "分别为…村78.60万元、…新兴村812000万元…，单村投入在58万元至82万元之间": bounds are no amounts to the fen ---------------

VILLAGES = ("2024年项目自评报告\n项目全年预算420.00万元，其中省级兴边富民资金300.00万元、县级配套资金120.00万元。资金按村分配，"
            "分别为边疆村78.60万元、车陆村65.40万元、干岔子村72.30万元、松树沟村58.90万元、新兴村{amount}、卫国村63.60万元，"
            "平均每村70.00万元，单村投入在58万元至82万元之间。\n")


def test_a_whole_number_among_villages_to_the_fen_is_a_suspected_yuan_figure() -> None:
    assert coded(VILLAGES.format(amount="812000万元"), "unit_mismatch") == [("unit_mismatch", "warning", "812000万元")]


def test_the_village_in_wan_is_left_alone() -> None:
    assert coded(VILLAGES.format(amount="81.20万元"), "unit_mismatch") == []


# -- "年末尚有11.57万元未发放": what is left unpaid is the balance ----------------------------------------------------------

UNPAID = ("2021年项目自评报告\n截至2021年12月31日，全年预算资金3860.50万元全部到位，资金到位率100%。全年实际发放补助3848.75万元，"
          "预算执行率99.70%。年末尚有{left}万元未发放，按规定结转至2022年。\n")


def test_money_still_unpaid_is_the_balance() -> None:
    assert coded(UNPAID.format(left="11.57"), "balance_mismatch") == [("balance_mismatch", "error", "11.57万元")]


def test_the_right_money_still_unpaid_is_left_alone() -> None:
    assert errors(UNPAID.format(left="11.75")) == []


def test_money_not_yet_arrived_is_no_balance() -> None:
    text = ("2021年项目自评报告\n全年预算200.00万元，实际支出150.00万元，执行率75.00%。上级资金尚有30.00万元未拨付到位。\n")
    assert coded(text, "balance_mismatch") == []


# -- "全年清淤疏通排水管网163.4公里，其中汛前完成比例86.5%": a part's share of what was done, no completion rate --------------

def test_a_parts_share_after_qizhong_is_no_completion_rate() -> None:
    text = ("2021年项目自评报告\n计划清淤疏通排水管网150公里，全年实际清淤疏通排水管网163.4公里，其中汛前完成比例86.5%；"
            "购置移动排涝泵车2台。\n")
    assert coded(text, "completion_mismatch") == []


def test_the_completion_rate_of_the_whole_is_still_checked() -> None:
    text = ("2021年项目自评报告\n计划清淤疏通排水管网150公里，全年实际清淤疏通排水管网163.4公里，完成年度目标的106.5%。\n")
    assert [f[:2] for f in coded(text, "completion_mismatch")] == [("completion_mismatch", "error")]


# -- "全年执行40,316.82万元，预算执行率97.84%。…年末结转结余891.84万元": the rate gives the budget the balance is of --------

RATE_BASE = ("2024年部门整体支出绩效自评报告\n（一）预算收支情况\n2024年年初预算38,652.40万元，年中追加及上年结转后全年预\n"
             "算41,208.66万元。全年预算按来源分：当年财政拨款39,856.30万元、上年结转资金1,352.36万元。\n（二）预算执行情况\n"
             "截至2024年12月31日，全年执行40,316.82万元，预算执行率97.84%。其中基本支出执行32,460.25万元，执行率100%；"
             "项目支出执行7,856.57万元，执行率89.81%。年末结转结余{left}万元，均为项目资金。\n\n"
             "预算资金    年初预算数    全年预算数    全年执行数    分值    执行率    得分\n"
             "年度资金总额    38,652.40    41,208.66    40,316.82    10    97.84%    9.78\n"
             "当年财政拨款    38,652.40    39,856.30    38,964.46    —    97.76%    —\n"
             "上年结转资金    0.00    1,352.36    1,352.36    —    100.00%    —\n")


def test_a_balance_the_spending_and_its_rate_imply_is_left_alone() -> None:
    assert coded(RATE_BASE.format(left="891.84"), "balance_mismatch") == []


def test_a_balance_the_rate_does_not_imply_is_still_reported() -> None:
    assert [f[0] for f in coded(RATE_BASE.format(left="819.84"), "balance_mismatch")] == ["balance_mismatch"]


# -- "累计接待群众96480人次（约9.65万人次），月均8400人次": the bracket rounds the year's total, it is no second total ------

VISITS = "2022年项目自评报告\n全年8个文化站累计接待群众96480人次（约9.65万人次），月均{mean}人次，较2021年的8.26万人次增长16.80%。\n"


def test_a_monthly_mean_of_the_years_total_with_its_rounding_in_brackets() -> None:
    assert coded(VISITS.format(mean="8400"), "average_mismatch") == [("average_mismatch", "error", "8400人次")]


def test_the_right_monthly_mean_is_left_alone() -> None:
    assert errors(VISITS.format(mean="8040")) == []


# -- "平均积水深度分别为8厘米、5厘米、12厘米和7厘米，四次平均9厘米": lengths in 厘米 ---------------------------------------

DEPTH = "2023年项目自评报告\n汛期4次强降雨过程中，改造点位平均积水深度分别为8厘米、5厘米、12厘米和7厘米，四次平均{mean}厘米。\n"


def test_a_mean_of_depths_in_centimetres_is_checked() -> None:
    assert coded(DEPTH.format(mean="9"), "average_mismatch") == [("average_mismatch", "error", "9厘米")]


def test_the_right_mean_depth_is_left_alone() -> None:
    assert errors(DEPTH.format(mean="8")) == []


# -- "全年修复古籍86册4120叶，…78.28万元，平均每叶修复成本190万元": leaves (叶) are counted ---------------------------------

LEAVES = ("2019年项目自评报告\n全年修复馆藏古籍不少于4000叶、80册，直接修复费用控制在85万元以内，单叶修复成本不超过200元。\n"
          "截至2019年12月31日，项目资金到位210.00万元，到位率100%；实际支出196.35万元，预算执行率93.50%。\n全年修复古籍86册4120叶，直接修复费用（修复用纸、浆料等材料及外聘修复师劳务）78.28万元，"
          "平均每叶修复成本{cost}（2018年为205元）。修复验收合格率98.5%。完成全省古籍普查登记2760条，未达到3000条的目标。\n")


def test_a_cost_per_leaf_in_wan_is_a_slip_of_its_unit() -> None:
    assert [f[:2] for f in coded(LEAVES.format(cost="190万元"), "unit_mismatch")] == [("unit_mismatch", "error")]


def test_the_cost_per_leaf_in_yuan_is_left_alone() -> None:
    assert errors(LEAVES.format(cost="190元")) == []


# -- "全年收运…19.764万吨，日均540吨，其中玉州区日均368吨、福绵区日均172吨": a part's daily mean, of a total not given -------

def test_a_parts_daily_mean_after_qizhong_is_not_the_years() -> None:
    text = ("2024年项目自评报告\n全年收运城区生活垃圾19.764万吨，日均540吨，其中玉州区日均368吨、福绵区日均172吨。\n")
    assert coded(text, "average_mismatch") == []


def test_the_years_daily_mean_before_its_parts_is_still_checked() -> None:
    text = ("2024年项目自评报告\n全年收运城区生活垃圾19.764万吨，日均504吨，其中玉州区日均332吨、福绵区日均172吨。\n")
    assert coded(text, "average_mismatch") == [("average_mismatch", "error", "504吨")]


# -- a listed part's budget less its spending in turn is that part's balance ---------------------------------------------

PART_LEFT = ("2022年部门整体支出绩效自评报告\n2022年项目支出全年预算3,525.80万元，其中生活垃圾分类收运设施补助1,860.00万元、"
             "城区环卫作业经费1,245.80万元、数字城管运行维护经费260.00万元、城市管理执法装备购置160.00万元；全年分别执行"
             "1,742.40万元、1,245.80万元、248.30万元和58.00万元，项目支出合计执行3,294.50万元，执行率93.44%。\n"
             "生活垃圾分类收运设施补助资金来源为中央预算内投资600.00万元、省级补助400.00万元、市级配套860.00万元，"
             "年末结余{left}万元，已结转2023年继续使用。\n")


def test_a_listed_parts_own_balance_is_left_alone() -> None:
    assert coded(PART_LEFT.format(left="117.60"), "balance_mismatch") == []


def test_a_balance_no_part_leaves_is_still_reported() -> None:
    assert [f[0] for f in coded(PART_LEFT.format(left="171.60"), "balance_mismatch")] == ["balance_mismatch"]
