"""Shapes the writers of the fourteenth session brought (issue 10, misses and false alarms of the held-out-style sets
that are general ways of writing a report): each is a test here, beside the clean form it must leave alone."""

from __future__ import annotations

from chains.check import check


def findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, text[f.span[0] : f.span[1]]) for f in check(text).findings]


def coded(text: str, code: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[0] == code]


# -- a completion rate that names its measure --------------------------------------------------------------------

LOANS = """一、项目基本情况
年度总体目标：新增发放妇女创业担保贷款不少于450笔、金额8000万元以上。
二、绩效目标实现情况
全年新增发放贷款436笔、8620万元，笔数完成年度目标的{count}，金额完成{amount}。
三、绩效自评表
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分
产出指标｜数量指标｜新增发放贷款笔数｜≥450笔｜436笔｜10｜9.69
产出指标｜数量指标｜新增发放贷款金额｜≥8000万元｜8620万元｜10｜10
"""


def test_a_completion_rate_named_by_its_measure_is_of_that_measure() -> None:
    # 笔数 is the 436 of 450 loans, 金额 the 8620 of 8000万元: neither is the other's
    assert coded(LOANS.format(count="96.89%", amount="107.75%"), "completion_mismatch") == []
    assert coded(LOANS.format(count="98.69%", amount="107.75%"), "completion_mismatch") == [
        ("completion_mismatch", "error", "98.69%")]


# -- money paid out (拨付) as what a rate and a balance are of ---------------------------------------------------------

PAID = "全年预算数为186.40万元。全年共拨付贴息资金179.35万元，预算执行率{rate}，年末结余{left}，已结转至下年继续使用。\n"


def test_the_year_s_payments_right_before_the_rate_are_what_it_is_of() -> None:
    assert findings(PAID.format(rate="96.22%", left="7.05万元")) == []
    assert coded(PAID.format(rate="96.02%", left="7.05万元"), "rate_mismatch") == [
        ("rate_mismatch", "error", "96.02%")]


def test_the_year_s_payments_leave_the_balance() -> None:
    assert coded(PAID.format(rate="96.22%", left="7.50万元"), "balance_mismatch") == [
        ("balance_mismatch", "error", "7.50万元")]


def test_part_of_the_year_s_payments_leaves_no_balance_to_work_out() -> None:
    # half a year's payment of a sub-item and what is left of that sub-item's money: no balance of the whole
    text = ("截至2023年12月31日，三个项目共支出323.46万元，预算执行率90.80%，结余及结转资金共计32.76万元。分项目情况如下：\n"
            "1.养老服务运营补贴支出42.00万元。五个社区养老服务站按全年标准拨付，宝城社区养老服务站因场地消防验收延误，"
            "于2023年7月才投入运营，按半年拨付2.00万元，结余2.00万元已按规定交回区财政。\n")
    assert coded(text, "balance_mismatch") == []


def test_a_schedule_of_payments_is_no_execution_rate_of_them() -> None:
    # "支付进度" after money paid to date of a few projects, in a report on a much larger budget: not 执行率
    text = ("2021年全县共安排资金1.6832亿元，其中本项目1,095.00万元。\n"
            "截至2021年12月31日，13个项目累计拨付资金1,041.34万元，支付进度95.10%，结转2022年53.66万元。\n")
    assert coded(text, "rate_mismatch") == []


# -- a table's total its sources in the text add up to ------------------------------------------------------------

SOURCES = """（一）资金到位情况。省财政提前下达补助资金72.00万元；县级配套资金18.00万元列入年初预算。年中转入社会捐赠6.50万元。
项目资金（万元）｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分
年度资金总额｜90.00｜96.50｜91.76｜10｜95.09%｜9.51
其中：当年财政拨款｜{first}｜90.00｜85.26｜—｜94.73%｜—
上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—
其他资金｜0.00｜6.50｜6.50｜—｜100%｜—
"""


def test_a_total_the_text_s_sources_add_up_to_puts_the_slip_in_its_rows() -> None:
    assert coded(SOURCES.format(first="90.00"), "sum_mismatch") == []
    # 72.00 + 18.00 in the text make the 90.00 of the total: the 80.00 under it is the slip
    assert coded(SOURCES.format(first="80.00"), "sum_mismatch") == [("sum_mismatch", "error", "80.00")]


# -- last year's money, said to compare with ------------------------------------------------------------------------

def test_last_year_s_money_stated_to_compare_with_is_no_year_slip() -> None:
    text = ("2021年度项目绩效自评报告\n全年拨付贴息179.35万元。2020年全年拨付贴息152.60万元，本年比上年增长17.53%。\n")
    assert coded(text, "year_mismatch") == []
    slip = "2021年度项目绩效自评报告\n全年拨付贴息179.35万元。2020年全年拨付贴息152.60万元，用于上年贷款。\n"
    assert coded(slip, "year_mismatch") == [("year_mismatch", "warning", "2020年")]


# -- averages ---------------------------------------------------------------------------------------------------------

AVERAGES = ("全年新增发放贷款436笔、8620万元，户均贷款{loan}。全年累计为812户在贷妇女办理贴息，"
            "户均贴息2208.74元，低于年度成本控制值。\n")


def test_an_average_a_count_of_its_own_sentence_gives_is_left_alone() -> None:
    # 8620万元 ÷ 436笔 = 19.77万元; the 812户 of the next sentence are those paid interest
    assert coded(AVERAGES.format(loan="19.77万元"), "average_mismatch") == []


def test_an_average_that_names_another_thing_takes_no_total_of_the_line() -> None:
    # 户均贴息 is the interest, not the 8620万元 of loans before it
    marked = [f for f in coded(AVERAGES.format(loan="19.77万元"), "average_mismatch") if f[2] == "2208.74元"]
    assert marked == []
    # an average that names nothing still takes the line's total
    text = "全年为812户办理贴息，支付贴息资金179.35万元，户均2008.74元。\n"
    assert coded(text, "average_mismatch") != []


# -- words that look like a grade, a total spread over its cell, a weight in a block's header ---------------------------

def test_a_time_lag_is_no_grade() -> None:
    text = "本项目自评得分98.82分，等级为优。\n追加资金与到位资金之间的差额属于拨付时间差，不是预算调减。\n"
    assert coded(text, "grade_mismatch") == []
    assert coded(text.replace("等级为优", "等级为差"), "grade_mismatch") == [("grade_mismatch", "error", "差")]


SPACED_FUNDS = """2022年度农房抗震改造项目绩效自评报告
（二）资金到位及支出
截至2022年12月31日，共支出{spent}万元，预算执行率98.80%。
表1  2022年项目资金到位及支出情况（单位：万元）
资金来源      全年预算数       实际到位      实际支出      到位率       执行率
中央补助      420.00      420.00    416.00    100.00%   99.05%
省级补助      126.00      126.00    124.80    100.00%   99.05%
县级配套      102.00      102.00    99.40     100.00%   97.45%
合  计      648.00      648.00    640.20    100.00%   98.80%
"""


def test_a_total_row_spread_over_its_cell_in_a_spaced_table_is_the_total() -> None:
    # "合  计": one cell, not two; the first source's row is no project total
    assert coded(SPACED_FUNDS.format(spent="640.20"), "conflicting_values") == []
    assert coded(SPACED_FUNDS.format(spent="604.20"), "conflicting_values") != []


HEADED = """经自评，本项目得分98.92分，等级为优。
预算执行情况（20分）\t年初预算\t全年预算\t全年执行\t执行率\t得分
\t45.60\t48.80\t46.92\t96.15%\t19.23
年度目标\t指标名称\t目标值\t实际值\t完成率\t分值\t得分
目标1：系统稳定运行（45分）\t系统正常运行率\t≥98%\t99.2%\t101.22%\t{w}\t10
\t故障平均修复时间\t≤4小时\t3.5小时\t100%\t10\t10
\t运维巡检次数\t≥24次\t24次\t100%\t25\t25
目标2：信息化升级（35分）\t新增视频会商终端\t≥8套\t8套\t100%\t20\t20
\t单套终端采购成本\t≤3.2万元\t3.35万元\t95.52%\t15\t14.69
合计\t\t\t\t\t100\t98.92
"""


def test_the_execution_weight_in_a_funds_block_s_header_counts_toward_the_hundred() -> None:
    assert coded(HEADED.format(w="10"), "weight_sum_mismatch") == []
    assert coded(HEADED.format(w="12"), "weight_sum_mismatch") != []


def test_an_indicator_named_with_its_measure_word_is_found_without_it() -> None:
    text = """三、组织实施
全年新建改造雨水管渠{said}，购置大流量移动排涝泵车4台。
四、项目绩效情况
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
|---|---|---|---|---|---|---|
| 产出指标 | 数量指标 | 新建改造雨水管渠长度 | ≥3.5公里 | 3.92公里 | 10 | 10 |
| 产出指标 | 数量指标 | 购置移动排涝泵车 | ≥4台 | 4台 | 5 | 5 |
"""
    assert coded(text.format(said="3.92公里"), "conflicting_values") == []
    assert [f[2] for f in coded(text.format(said="3.82公里"), "conflicting_values")] == ["3.82公里", "3.92公里"]


# -- averages, sums of counts, shares, completion and years the writers of round 54 brought ---------------------------

def test_an_average_per_thing_takes_the_count_of_that_thing() -> None:
    text = "演练在8个社区、2所学校共10个疏散点同步进行，参演3450人次，平均每个疏散点{avg}人次。\n"
    assert coded(text.format(avg="345"), "average_mismatch") == []
    assert coded(text.format(avg="354"), "average_mismatch") == [("average_mismatch", "error", "354人次")]


def test_a_small_second_part_is_no_subset_of_the_first() -> None:
    text = "全年放映{total}场（2022年为3,108场），其中农村公益放映3,120场，校园及社区放映63场。\n"
    assert coded(text.format(total="3,183"), "sum_mismatch") == []
    assert [f[1] for f in coded(text.format(total="3,156"), "sum_mismatch")] == ["error"]
    # a chain of subsets stays unchecked: the valid answers among those returned, the satisfied among the valid
    chain = "发放问卷782份，其中有效问卷775份，表示满意的744份。\n"
    assert coded(chain, "sum_mismatch") == []


def test_a_share_of_those_asked_cannot_pass_a_hundred() -> None:
    text = "对参训教师开展匿名问卷调查，认为培训内容“实用”或“比较实用”的占{share}。\n"
    assert coded(text.format(share="97.3%"), "implausible_rate") == []
    assert coded(text.format(share="107.3%"), "implausible_rate") == [("implausible_rate", "error", "107.3%")]


def test_a_completion_rate_of_a_named_plan() -> None:
    text = "四所园共配备设备1526台（套），为采购计划1480台（套）的{rate}。\n"
    assert coded(text.format(rate="103.11%"), "completion_mismatch") == []
    assert coded(text.format(rate="101.31%"), "completion_mismatch") == [("completion_mismatch", "error", "101.31%")]


def test_an_annex_named_for_the_unit_and_another_year() -> None:
    text = ("衡阳市广播电视监测中心2024年度部门整体支出绩效自评报告\n一、部门基本情况\n"
            "中心为公益一类事业单位，主要承担全市广播电视节目安全播出监测工作。\n"
            "附件：衡阳市广播电视监测中心{y}年度部门整体支出绩效自评表\n")
    assert coded(text.format(y="2024"), "year_mismatch") == []
    assert coded(text.format(y="2023"), "year_mismatch") == [("year_mismatch", "error", "2023年")]


# -- an indicator in the text against its 自评表 row ------------------------------------------------------------------

UNIT_COLUMN = """回访和问卷结果显示，受助幼儿家长满意度{said}，其中建档立卡贫困户家长满意度96.8%。
一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t实际完成值\t分值\t得分\t未完成原因分析
产出指标\t数量指标\t资助幼儿人次\t≥\t6500\t人次\t6620\t20\t20\t—
满意度指标\t服务对象满意度指标\t受助幼儿家长满意度\t≥\t90\t%\t94.2\t10\t10\t—
"""


def test_a_bare_actual_takes_the_unit_of_its_unit_column() -> None:
    assert coded(UNIT_COLUMN.format(said="94.2%"), "conflicting_values") == []
    assert [f[2] for f in coded(UNIT_COLUMN.format(said="92.4%"), "conflicting_values")][:1] == ["92.4%"]


def test_an_indicator_named_verb_last_is_found_object_first() -> None:
    text = """三、项目组织实施情况
监测预报股具体负责台网运维。全年共巡检台站{said}，海拔较高的台站在汛期前后各加密巡检一次。
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分
产出指标｜数量指标｜台站巡检次数｜≥68次｜72次｜10｜10
产出指标｜数量指标｜台站维修｜≥6个｜6个｜10｜10
"""
    assert coded(text.format(said="72次"), "conflicting_values") == []
    assert [f[2] for f in coded(text.format(said="76次"), "conflicting_values")][:1] == ["76次"]


def test_so_many_each_is_not_the_indicator_s_total() -> None:
    text = """在太和、金华、青堤3个乡镇各新建粮食产后服务中心1个，配置烘干、清理、仓储设施。
一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t实际完成值\t分值\t得分
产出指标\t数量指标\t新建粮食产后服务中心\t≥\t3\t个\t3\t20\t20
"""
    assert coded(text, "conflicting_values") == []


def test_a_yuan_figure_in_a_wan_column_is_the_cell_s_slip_when_the_text_and_target_agree() -> None:
    text = """全年赔付金额212.40万元，完成年度目标的70.80%，赔款全部打卡到户。
一级指标｜二级指标｜三级指标｜指标性质｜指标值｜度量单位｜实际完成值｜分值｜得分
效益指标｜经济效益指标｜全年赔付金额｜≥｜300｜万元｜{cell}｜10｜7.08
"""
    assert coded(text.format(cell="212.40"), "unit_mismatch") == []
    assert coded(text.format(cell="2124000"), "unit_mismatch") == [("unit_mismatch", "error", "2124000")]


SINGLE_SPACED = """项目支出绩效自评表
一级指标 二级指标 三级指标 指标性质 指标值 度量单位 实际完成值 分值 得分 未完成原因分析
产出指标 数量指标 农村公益电影放映场次 ≥ 3120 场 3120 15 15
产出指标 数量指标 放映设备更新 ≥ 6 套 6 {w} 5
产出指标 质量指标 放映设备完好率 ≥ 95 % 97.5 5 5
产出指标 时效指标 放映补助按季度结算率 = 100 % 100 5 5
产出指标 成本指标 每场放映补助标准 ≤ 200 元/场 200 10 10
效益指标 社会效益指标 年观影人次 ≥ 15 万人次 13.6 10 9.07 外出务工人员多
效益指标 社会效益指标 每村每月放映场次 ≥ 1 场 1 10 10
效益指标 可持续影响指标 农村电影放映长效机制 定性 — 健全 健全 10 10
满意度指标 服务对象满意度指标 群众满意度 ≥ 90 % 92.44 30 30
总分 100 99.07
"""


def test_a_single_spaced_table_with_sign_and_unit_columns_is_read() -> None:
    assert coded(SINGLE_SPACED.format(w="5"), "weight_sum_mismatch") == []
    assert coded(SINGLE_SPACED.format(w="8"), "weight_sum_mismatch") != []


# -- round 55: a 20-point funds block, budgets the table states, the rest of a list, rates on what arrived ---------------

HUBEI = """经自评，预算执行指标得分18.83分，绩效指标得分77.88分，综合自评得分96.71分，评价等级为“优秀”。
项目｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分
年度资金总额｜360.00｜405.00｜381.27｜20｜94.14%｜18.83
其中：当年财政拨款｜360.00｜405.00｜381.27｜—｜—｜—
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜偏差原因分析
产出指标｜数量指标｜外出招商活动批次｜≥40批次｜46批次｜10｜10｜—
产出指标｜数量指标｜举办重点招商推介会｜≥6场｜5场｜10｜8.33｜—
产出指标｜质量指标｜新签约亿元以上项目｜≥20个｜23个｜10｜10｜—
产出指标｜时效指标｜签约项目当年开工率｜≥60%｜65.22%｜5｜5｜—
产出指标｜成本指标｜单场推介会平均成本｜≤35万元｜33.67万元｜10｜10｜—
效益指标｜经济效益指标｜新签约项目协议投资额｜≥150亿元｜168.4亿元｜10｜10｜—
效益指标｜经济效益指标｜实际到位省外资金｜≥60亿元｜57.3亿元｜10｜{score}｜—
效益指标｜可持续影响指标｜编制产业链招商图谱｜≥4条｜4条｜{weight}｜5｜—
满意度指标｜服务对象满意度指标｜签约落户企业满意度｜≥90%｜93.6%｜10｜10｜—
合计｜｜｜｜｜80｜77.88｜
"""


def test_a_total_of_the_indicator_rows_alone_beside_a_twenty_point_funds_block() -> None:
    clean = HUBEI.format(score="9.55", weight="5")
    assert [f for f in findings(clean) if f[0] in ("weight_sum_mismatch", "score_sum_mismatch")] == []
    # a row's weight raised: the rows against their 合计 of 80, pointed at the row
    assert [f[2] for f in coded(HUBEI.format(score="9.55", weight="6"), "weight_sum_mismatch")] == ["6"]
    # a row's score raised: the rows against the 合计, which the text bears out; the report's total is not doubted
    raised = HUBEI.format(score="9.85", weight="5")
    assert [f[1] for f in coded(raised, "score_sum_mismatch")] == ["error"]
    assert all(f[2] != "96.71分" for f in coded(raised, "score_sum_mismatch"))


def test_a_total_of_all_rows_short_of_the_funds_block_s_weight_is_still_a_slip() -> None:
    # a 合计 whose score adds up only with the block's (96.71 = 18.83 + 77.88) is of everything: its 80 is wrong
    text = HUBEI.format(score="9.55", weight="5").replace("合计｜｜｜｜｜80｜77.88｜", "合计｜｜｜｜｜80｜96.71｜")
    assert coded(text, "weight_sum_mismatch") != []


def test_a_table_rate_any_stated_budget_bears_out_is_left_alone() -> None:
    text = """2020年度标准化厂房项目绩效自评报告
2020年初批复预算3200.00万元；7月追加市本级资金450.00万元，全年预算调整为3650.00万元。全年实际到位资金3480.00万元。
全年执行3312.56万元，年末结余167.44万元。
资金来源 | 年初预算数 | 全年预算数 | 实际到位数 | 全年执行数 | 执行率
合计 | 3200.00 | 3650.00 | 3480.00 | 3312.56 | {rate}
"""
    assert coded(text.format(rate="90.76%"), "rate_mismatch") == []


def test_the_year_s_first_budget_named_as_the_base_of_its_rate() -> None:
    text = ("2022年度招商引资活动经费项目绩效自评报告\n年初预算360.00万元，年中追加45.00万元，全年预算405.00万元，全年支出381.27万元，"
            "执行率94.14%。分来源看，年初预算部分支出336.27万元，执行率{rate}；追加的45万元已全部用于恳谈会筹办。\n")
    assert coded(text.format(rate="93.41%"), "rate_mismatch") == []


def test_the_rest_s_total_after_a_list_in_turn_is_no_sum_of_the_list() -> None:
    text = ("1.固定资产投资奖励412.00万元，共6家企业。其中对甲公司、乙公司、丙公司分别兑现120.00万元、85.00万元、"
            "64.50万元，其余3家企业合计142.50万元。\n")
    assert coded(text, "sum_mismatch") == []


def test_a_rate_on_the_money_that_arrived_is_not_the_table_s_execution_rate() -> None:
    text = """2019年度精神卫生专科能力建设项目绩效自评报告
项目全年预算225万元，实际到位217万元，到位率96.44%；实际支出209.63万元，按到位资金计算的资金使用率为96.60%。
项目｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分
年度资金总额｜225.00｜225.00｜209.63｜10｜93.17%｜9.32
"""
    assert coded(text, "rate_mismatch") == []


def test_what_is_left_is_not_spent_by_the_word_of_the_clause_before() -> None:
    text = ("2018年度部门整体支出绩效自评报告\n调整后全年预算411.10万元。截至2018年12月31日，全年支出398.62万元，预算执行率96.96%。\n"
            "（三）结余结转。年末未支出资金{left}。牌头分校二期装修工程延期，未付的8.80万元经批准结转至2019年继续使用，"
            "其余3.68万元已上缴财政。\n")
    assert coded(text.format(left="12.48万元"), "balance_mismatch") == []


# -- full marks said before a score, a form's year after a tab, a share raised past a hundred ----------------------------

def test_a_score_above_the_full_marks_said_before_it() -> None:
    text = "对评估机构开展年度履约考核（满分100分），考核得分{s}，按合同约定结算服务费。\n"
    assert coded(text.format(s="96分"), "score_exceeds_weight") == []
    assert coded(text.format(s="104分"), "score_exceeds_weight") == [("score_exceeds_weight", "error", "104分")]
    weighted = "该项目预算执行率指标（分值{w}分）得8.53分，是扣分的主要原因。\n"
    assert coded(weighted.format(w="10"), "score_exceeds_weight") == []
    assert coded(weighted.format(w="8"), "score_exceeds_weight") == [("score_exceeds_weight", "error", "8.53分")]


def test_full_marks_in_brackets_after_a_score_are_that_score_s() -> None:
    text = ("其中预算执行指标得分9.63分（分值10分），产出指标得分49.94分（分值50分），效益指标得分29.53分（分值30分），"
            "满意度指标得分10分（分值10分）。\n")
    assert coded(text, "score_exceeds_weight") == []


def test_a_form_s_year_field_after_a_tab() -> None:
    text = ("河池市2020年度项目支出绩效自评报告\n一、项目基本情况\n平台全年稳定运行，年可用率不低于99%。\n"
            "表2 项目支出绩效自评表\n项目名称\t天地图·河池运维与数据更新项目\n评价年度\t{y}年度\n")
    assert coded(text.format(y="2020"), "year_mismatch") == []
    assert coded(text.format(y="2021"), "year_mismatch") == [("year_mismatch", "error", "2021年")]


def test_a_share_raised_past_a_hundred() -> None:
    text = "回访显示，参加过宣传活动的老年人识别常见诈骗话术的正确率由活动前的61.2%提高到活动后的{r}。\n"
    assert coded(text.format(r="93.8%"), "implausible_rate") == []
    assert coded(text.format(r="103.8%"), "implausible_rate") == [("implausible_rate", "error", "103.8%")]


# -- an item's rate on the budget the report gives that item -------------------------------------------------------------

ITEMS = ("2019年度测量标志与界桩维护项目绩效自评报告\n"
         "项目全年预算68.50万元。按内容分，测量标志普查维护26.80万元，界桩维护33.20万元，宣传及巡查8.50万元。\n"
         "全年支出61.72万元，预算执行率90.10%。其中测量标志普查维护支出25.96万元，执行率{a}；界桩维护支出29.42万元，"
         "执行率88.61%；宣传及巡查支出6.34万元，执行率74.59%。\n")


def test_an_item_s_rate_is_judged_on_the_item_s_own_budget() -> None:
    assert [f for f in findings(ITEMS.format(a="96.87%")) if f[0] in ("rate_mismatch", "implausible_rate")] == []
    assert coded(ITEMS.format(a="98.67%"), "rate_mismatch") == [("rate_mismatch", "error", "98.67%")]
    # over a hundred on less than the item's budget: the inverse ratio, implausible
    assert coded(ITEMS.format(a="103.24%"), "implausible_rate") == [("implausible_rate", "error", "103.24%")]


def test_the_whole_s_rate_after_a_list_of_items_is_no_item_s() -> None:
    text = ("2020年度国家储备林项目绩效自评报告\n项目全年预算850.00万元，其中作业设计及检查验收费10.00万元。\n"
            "全年支出647.50万元，其中栽培补助517.50万元、中幼林抚育补助120.00万元、作业设计及检查验收费10.00万元，"
            "预算执行率76.18%，结余202.50万元。\n")
    assert [f for f in findings(text) if f[0] == "rate_mismatch"] == []


# -- round 56: a blank header cell, a thing's use rate, last year's average, what a total holds --------------------------

def test_a_blank_header_cell_no_row_has_moves_the_columns_after_it() -> None:
    text = """2022年度项目支出绩效自评报告
全年预算131.80万元，全年支出124.66万元，执行率94.58%。
项目资金（万元）｜ ｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分｜
年度资金总额｜120.00｜131.80｜124.66｜10｜94.58%｜9.46｜
其中：当年财政拨款｜120.00｜120.00｜112.86｜—｜94.05%｜—｜
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜
产出指标｜数量指标｜托养安置人数｜≥35人｜38人｜40｜40｜
效益指标｜社会效益指标｜寻亲成功人数｜≥20人｜23人｜40｜40｜
满意度指标｜服务对象满意度指标｜服务对象满意度｜≥90%｜95%｜10｜10｜
合计｜｜｜｜｜100｜99.46｜
"""
    assert [f for f in findings(text) if f[1] == "error"] == []


def test_a_thing_s_use_rate_is_no_execution_rate() -> None:
    text = """2023年度油茶新造林补助项目绩效自评报告
全年新造油茶林8260亩，全部使用省级审定良种，良种苗木使用率100%。
项目｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分
年度资金总额｜80.00｜640.00｜535.68｜10｜83.70%｜8.37
"""
    assert coded(text, "conflicting_values") == []


def test_last_year_s_average_is_not_worked_out_on_this_year_s_total() -> None:
    text = "8个村集体经营性收入合计102.40万元，平均每村12.80万元，较2021年平均每村7.65万元增长67.32%。\n"
    assert coded(text, "average_mismatch") == []
    assert coded(text.replace("平均每村12.80万元", "平均每村12.08万元"), "average_mismatch") != []


def test_a_total_with_what_its_brackets_say_it_holds() -> None:
    text = ("本项目年初预算168.60万元（含上年结转18.60万元），其中中央和省级补助资金110.00万元，县本级安排{county}万元。\n")
    assert coded(text.format(county="40.00"), "sum_mismatch") == []
    assert coded(text.format(county="45.00"), "sum_mismatch") != []


# -- a level's own table under a heading with the level's weight ----------------------------------------------------------

HEADED_LEVEL = """（三）效益指标（{w}分）
三级指标 | 指标值 | 完成值 | 完成率 | 分值 | 得分
城区主干道路边违停数量下降 | ≥20% | 24.6% | 123.00% | 10 | 10
新建泊位日均周转率 | ≥3次 | 2.7次 | 90.00% | 10 | 9
停车秩序类投诉下降 | ≥15% | 16.8% | 112.00% | 5 | 5
停车设施设计使用年限 | ≥10年 | 10年 | 100.00% | {last} | {last}
"""


def test_a_level_s_table_adds_up_to_the_weight_its_heading_gives() -> None:
    assert coded(HEADED_LEVEL.format(w="30", last="5"), "weight_sum_mismatch") == []
    # the heading off its usual 30: the heading is pointed at
    assert coded(HEADED_LEVEL.format(w="35", last="5"), "weight_sum_mismatch") == [("weight_sum_mismatch", "error", "35")]
    # the heading at its usual 30 and the rows off it: the rows are
    assert [f[1] for f in coded(HEADED_LEVEL.format(w="30", last="6"), "weight_sum_mismatch")] == ["error"]


# -- scores given level by level in prose sections -------------------------------------------------------------------

SECTIONS = """五、绩效指标完成情况
（一）预算执行情况。全年预算468.00万元，执行456.30万元，按执行率计分，得9.75分。
（二）产出指标。一是岗位开发数量，权重20分，得20分；二是岗位补贴按月足额发放率，权重10分，得10分；三是社会保险补贴按时缴纳率，权重10分，得10分；四是岗位补贴标准，权重10分，得10分。产出指标合计得50分。
（三）效益指标。一是安置就业困难人员人数，权重10分，得10分；二是零就业家庭动态清零率，权重10分，得10分；三是岗位人员年末在岗率，权重10分，得9.74分。效益指标合计得{benefit}分。
（四）满意度指标。满意度为95.3%，权重10分，得10分。

六、自评结论
以上各项合计，本项目自评得分{total}分，评价等级为优。
"""


def test_a_total_of_the_levels_scored_section_by_section() -> None:
    assert coded(SECTIONS.format(benefit="29.74", total="99.49"), "score_sum_mismatch") == []
    assert coded(SECTIONS.format(benefit="29.74", total="99.94"), "score_sum_mismatch") == [
        ("score_sum_mismatch", "error", "99.94分")]
    # a level's own 合计 against its items
    assert ("score_sum_mismatch", "error", "29.47") in [
        (f[0], f[1], f[2].rstrip("分")) for f in coded(SECTIONS.format(benefit="29.47", total="99.22"), "score_sum_mismatch")]


def test_a_score_above_the_full_marks_in_its_own_brackets() -> None:
    text = "时效指标：培训按计划完成，得{s}分（满分3分）；成本指标：人均培训成本控制在标准以内，得5分（满分5分）。\n"
    assert coded(text.format(s="3"), "score_exceeds_weight") == []
    assert coded(text.format(s="3.5"), "score_exceeds_weight") == [("score_exceeds_weight", "error", "3.5分")]


def test_a_rate_its_own_sentence_s_two_amounts_give_is_not_judged_on_other_spending() -> None:
    text = ("2018年度收养登记及收养评估试点项目绩效自评报告\n项目全年预算33.50万元，全年支出40.68万元。\n"
            "收养评估委托费预算24.00万元，按每户6,500元的标准与服务机构据实结算20.80万元，执行率86.67%。\n")
    assert coded(text, "rate_mismatch") == []


def test_the_average_of_the_projects_scores_beside_their_table() -> None:
    text = """三、项目支出及自评情况
我馆对4个项目全部开展了绩效自评，自评得分在88分至98分之间，平均得分{avg}分。
序号｜项目名称｜全年预算（万元）｜执行数（万元）｜执行率｜自评得分
1｜档案数字化｜40.00｜39.20｜98.00%｜96
2｜库房改造｜30.00｜29.50｜98.33%｜98
3｜年鉴出版｜16.50｜16.39｜99.33%｜97
4｜方志馆展陈｜12.00｜10.38｜86.50%｜88
合计｜｜98.50｜95.47｜96.92%｜—
"""
    assert coded(text.format(avg="94.75"), "average_mismatch") == []
    assert coded(text.format(avg="95.75"), "average_mismatch") == [("average_mismatch", "error", "95.75分")]


def test_three_level_weights_of_a_report_with_no_satisfaction_level_add_up_to_the_whole_it_says() -> None:
    text = "评分采用百分制，其中预算执行率10分、产出指标60分、效益指标{w}分，合计100分。\n"
    assert coded(text.format(w="30"), "weight_sum_mismatch") == []
    assert coded(text.format(w="35"), "weight_sum_mismatch") != []
    # three levels and no whole said: a partial list, left alone
    assert coded("其中预算执行率10分、产出指标60分、效益指标35分。\n", "weight_sum_mismatch") == []


def test_a_source_s_spending_rate_on_the_budget_named_for_it() -> None:
    text = ("2019年度户厕改造项目绩效自评报告\n项目资金共2,956.00万元，其中下达县级配套资金756.00万元。\n"
            "全年支出2,875.36万元，其中县级配套资金支出675.36万元，支出率{r}。\n")
    assert coded(text.format(r="89.33%"), "rate_mismatch") == []
    assert coded(text.format(r="83.93%"), "rate_mismatch") == [("rate_mismatch", "error", "83.93%")]


# -- round 58: some sources' money all spent, a measure no figure gives, a breakdown of the paragraph's total --------------

def test_some_sources_money_all_spent_is_no_claim_about_all_of_it() -> None:
    text = ("2019年度项目绩效自评报告\n全年预算92.40万元，全年支出88.76万元，预算执行率96.06%，中央、省级和上年结转资金已全部支出，"
            "县级资金执行率86%。\n")
    assert coded(text, "balance_mismatch") == []


def test_a_completion_rate_of_a_measure_no_figure_before_it_gives() -> None:
    text = ("2024年度部门整体支出绩效自评报告\n年度目标：举办电商直播培训6期、培训400人次。\n"
            "电商直播培训6期全部办完，培训人次完成目标的96.50%，主要是第6期报名人数偏少。\n")
    assert coded(text, "completion_mismatch") == []


def test_a_breakdown_of_the_paragraph_s_total_after_a_source_s_amount() -> None:
    text = ("全年实际支出114.60万元，预算执行率99.13%。分资金来源看，区级资金使用79.00万元，执行率98.75%，市级补助已全部支出。"
            "按发放部门分，区民政局发放82.32万元，区人社局发放16.24万元，区退役军人事务局发放16.04万元。\n")
    assert coded(text, "sum_mismatch") == []


def test_a_goal_said_in_a_run_in_heading_is_no_figure_stated_twice() -> None:
    text = ("（三）项目绩效目标。完成全县农村地籍调查宗地42000宗以上；地籍数据库更新入库率100%。\n"
            "（四）项目效益情况。调查成果已支撑20600宗宅基地确权发证；地籍数据库更新入库率88%。\n")
    assert coded(text, "conflicting_values") == []


def test_a_category_s_balance_on_the_category_s_budget() -> None:
    text = ("2024年度部门整体支出绩效自评报告\n调整后全年预算260.45万元，其中基本支出192.15万元、项目支出68.30万元。\n"
            "基本支出执行191.87万元，其中人员经费168.34万元、公用经费23.53万元，结余{left}年末已上缴财政。\n")
    assert coded(text.format(left="0.28万元"), "balance_mismatch") == []


def test_an_average_larger_than_its_total_is_the_unit_slip() -> None:
    text = "全年发放协管员补助285.44万元，按416人计算，人均{avg}，补助按月发放。\n"
    assert coded(text.format(avg="6861.54元"), "unit_mismatch") == []
    assert coded(text.format(avg="6861.54万元"), "unit_mismatch") == [("unit_mismatch", "error", "6861.54万元")]


def test_a_share_of_the_people_asked_written_before_them() -> None:
    text = "入户回访显示，{r}的受访群众对村内道路和路灯改造表示满意。\n"
    assert coded(text.format(r="97.2%"), "implausible_rate") == []
    assert coded(text.format(r="107.2%"), "implausible_rate") == [("implausible_rate", "error", "107.2%")]
    assert coded("较上年增长107.2%的农户家庭经营收入。\n", "implausible_rate") == []


# -- round 59: a subtotal of three levels, a source's own money, next year's figure, a zero bound ------------------------

def test_a_subtotal_of_three_levels_is_not_the_report_s_total() -> None:
    text = """经自评，本项目预算执行得分9.60分，产出、效益、满意度三类指标合计得分88.39分，自评总分97.99分，评价等级为优秀。
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分
预算执行｜预算执行率｜预算执行率｜100%｜96%｜10｜9.60
产出指标｜数量指标｜孵化社会组织｜≥20家｜22家｜50｜50
效益指标｜社会效益指标｜出壳组织登记率｜≥80%｜75%｜30｜28.39
满意度指标｜服务对象满意度指标｜入驻组织满意度｜≥90%｜96%｜10｜10
合计｜｜｜｜｜100｜97.99
"""
    assert coded(text, "score_sum_mismatch") == []


def test_a_rate_of_a_source_s_own_money_named_otherwise() -> None:
    text = ("2023年度品种区域试验项目绩效自评报告\n项目全年预算86.50万元，全年执行82.94万元。其中国家区试经费38.00万元、"
            "省级区试经费41.50万元、单位自筹资金7.00万元。国家区试经费和自筹资金已全部使用，省级区试经费执行率91.38%，尚余3.58万元。\n")
    assert coded(text, "rate_mismatch") == []


def test_a_figure_of_a_sentence_opening_with_next_year_is_next_year_s() -> None:
    text = """2023年度品种区域试验项目绩效自评报告
一、项目基本情况
全年承担区试组别10组，完成各组试验。
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分
产出指标｜数量指标｜承担区试组别｜≥10组｜10组｜20｜20
产出指标｜质量指标｜试验报告按期提交率｜100%｜100%｜20｜20
七、其他需要说明的问题
2024年国家和省级已下达我院区试经费88.60万元，承担区试组别增至11组，将在下年度自评中反映。
"""
    assert coded(text, "conflicting_values") == []


def test_a_completion_rate_against_a_zero_bound_is_not_worked_out() -> None:
    text = """一级指标｜二级指标｜三级指标｜权重｜指标值｜实际完成值｜完成率｜得分
投入｜预算配置｜"三公经费"变动率｜5｜≤0｜-12.79%｜100%｜5
投入｜预算配置｜重点支出安排率｜5｜≥30%｜34.23%｜114.10%｜5
"""
    assert coded(text, "completion_mismatch") == []


def test_last_year_s_money_carried_into_this_year_is_no_balance() -> None:
    text = ("2023年度乡镇社工站项目绩效自评报告\n市本级财政资金60万元；另有2022年未使用完的社工人员经费12万元结转到本年，"
            "全年预算为167万元，资金已全部到位。按用途分：社工人员经费143万元，支出136.80万元。\n")
    assert coded(text, "balance_mismatch") == []
