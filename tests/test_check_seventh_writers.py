"""Shapes the writers of the seventh session brought (issue 10, round 24 on first sight: emergency management,
commerce, justice and audit, urban management, market regulation): each miss or false alarm that is a general way of
writing a report is a test here, beside the clean form it must leave alone."""

from __future__ import annotations

from chains.check import check
from chains.text.report_tables import find_tables


def errors(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).errors]


# a web page's table copied one cell a line, a blank line between rows, the merged cells left out
STACKED = """资金支出明细如下：
支出内容
预算数（万元）
实际支出（万元）

分类投放设施采购
160.00
142.38

宣传及积分兑换
{budget}
45.02

合计
220.00
187.40

项目支出绩效自评表
一级指标
二级指标
三级指标
年度指标值
实际完成值
分值
得分
偏差原因分析及改进措施

产出指标
数量指标
分类覆盖小区数
≥150个
132个
{weight}
8.8
6个无物业老旧小区暂未纳入

新建（改造）分类投放点
≥220个
176个
50
40
部分分类亭12月底到货

效益指标
社会效益指标
居民垃圾分类知晓率
≥90%
93%
20
20
无

满意度指标
服务对象满意度指标
居民满意度
≥85%
90%
20
20
无

总分
100
88.8
"""


def test_a_table_one_cell_a_line_with_blank_lines_between_rows_is_read_with_its_merged_cells_left_out() -> None:
    text = STACKED.format(budget="60.00", weight="10")
    tables = find_tables(text)
    funds, indicators = tables
    assert [c.text for c in funds.rows[-1].cells] == ["合计", "220.00", "187.40"]
    # the row of six lines fills the last six columns: 产出指标 and 数量指标 stand merged above it
    second = indicators.rows[2]
    assert indicators.number(second, "weight").raw == "50"
    assert indicators.cell(second, "name").text == "新建（改造）分类投放点"
    total = indicators.rows[-1]
    assert total.is_total() and indicators.number(total, "score").raw == "88.8"
    assert errors(text) == []


def test_a_slip_in_a_table_one_cell_a_line_is_found() -> None:
    assert ("sum_mismatch", "220.00") in errors(STACKED.format(budget="66.00", weight="10"))
    # the weights add up to 105 against the 总分 row's 100: blamed on the weight typed over
    assert errors(STACKED.format(budget="60.00", weight="15")) == [("weight_sum_mismatch", "15")]


def test_a_row_that_fits_the_columns_both_ways_ends_the_table() -> None:
    # 3 lines under 4 columns of which the last three and the first three both take figures: no certain reading
    text = "项目\n预算数\n实际支出\n执行率\n\n一\n100.00\n98.00\n98.00%\n\n二\n100.00\n90.00\n90.00%\n\n50.00\n40.00\n80.00%\n"
    rows = [r for t in find_tables(text) for r in t.rows]
    assert len(rows) == 3  # the header and the two full rows; the short row is left unread


def test_an_average_after_a_list_whose_own_clause_counts_the_items() -> None:
    said = "抽查结果：西津街道61.2%、河沥溪街道{x}%、南山街道57.8%，三个街道平均58.8%，低于70%的年度目标。"
    assert errors(said.format(x="57.4")) == []
    assert ("average_mismatch", "58.8%") in errors(said.format(x="54.7"))
    # a count of more places than listed: the average is of all of them, not of the three given
    assert errors(said.format(x="54.7").replace("三个街道", "五个街道")) == []


def test_sources_listed_in_the_sentence_after_the_budget_add_up_to_it() -> None:
    # "年度中未作调整，全年预算…": the annual budget, not an adjustment; "资金来源为：" lists every source
    said = ("项目年初预算580.00万元，年度中未作调整，全年预算580.00万元，资金全部到位。"
            "资金来源为：省级补助200.00万元、三明市级补助100.00万元、永安市本级{x}万元。")
    assert errors(said.format(x="280.00")) == []
    assert [e[0] for e in errors(said.format(x="260.00"))] == ["sum_mismatch"]


def test_a_department_balance_of_what_was_carried_in_plus_income_less_spending() -> None:
    text = ("2019年部门预算批复后，年度中追加调整，全年预算数13432.00万元。\n"
            "2019年年初结转结余412.36万元。本年收入合计12846.75万元，其中财政拨款收入9365.20万元、事业收入3214.86万元、"
            "其他收入266.69万元。本年支出合计12903.58万元，预算执行率96.07%。年末结转结余{x}万元，主要为未完工工程的资金。\n")
    assert errors(text.format(x="355.53")) == []
    assert [e[0] for e in errors(text.format(x="365.53"))] == ["balance_mismatch"]


def test_a_part_said_to_be_spent_in_full_says_nothing_of_the_whole() -> None:
    text = ("项目年初预算1,890.00万元，年度内未调整，全年预算1,890.00万元。截至12月31日，项目资金全部到位；实际支出1,846.53万元，"
            "预算执行率97.70%。其中中央和省级资金1,785.00万元已全部支出，县级配套资金支出61.53万元，未支付的43.47万元为质保金。")
    assert errors(text) == []
    assert [e[0] for e in errors(text.replace("其中中央和省级资金1,785.00万元已全部支出", "资金已全部支出"))] == ["balance_mismatch"]


SPACED = """    一级指标   二级指标   三级指标                    年度指标值   实际完成值   完成率    分值   得分   偏差原因
    预算执行率                                         100%         85.60%       85.60%    10     8.56   奖励未兑现
    产出指标   数量指标   县长质量奖表彰企业数          ≥2家         2家          100.00%   40     40
               数量指标   主导或参与制定标准            ≥5项         6项          120.00%   20     20     标准化试点
                                                                                                          带动
               时效指标   奖补资金兑付及时率            ≥90%         85%          94.44%    {w}     {s}  审核公示
                                                                                                          周期长
    满意度指标 服务对象满意度 企业及群众满意度          ≥90%         88%          97.78%    10     9.78   宣传不够
    合计                                                                                   100    97.23
"""


def test_a_note_wrapped_onto_its_own_line_does_not_cut_a_table_aligned_with_spaces() -> None:
    text = SPACED.format(w=20, s="18.89")
    rows = [r for t in find_tables(text) for r in t.rows]
    assert len(rows) == 7 and rows[-1].is_total()
    assert check(text).findings == []
    # the 满意度 row's cells are placed by inference (one space between two of them): the slip is said as 疑似
    assert [f.code for f in check(SPACED.format(w=25, s="18.89")).findings if f.code != "score_rule_mismatch"] == [
        "weight_sum_mismatch"]


BALANCES = """| 资金来源 | 年初预算数 | 全年预算数 | 实际到位数 | 全年执行数 | 结余 | 执行率 |
| 合计 | 36.00 | 36.00 | 36.00 | 34.56 | {x} | 96.00% |
| 其中：县级财政资金 | 30.00 | 30.00 | 30.00 | 28.56 | 1.44 | 95.20% |
| 省级补助资金 | 6.00 | 6.00 | 6.00 | 6.00 | 0.00 | 100.00% |
"""


def test_a_funds_tables_balance_column_is_what_arrived_less_what_was_spent() -> None:
    assert errors(BALANCES.format(x="1.44")) == []
    assert errors(BALANCES.format(x="1.34")) == [("balance_mismatch", "1.34")]


def test_a_grade_said_in_the_text_of_a_report_whose_score_is_only_in_its_form() -> None:
    # the page's path runs into the title ("…> 部门预决算陇西县…"): a project's report all the same
    text = ("首页 > 信息公开 > 财政预决算 > 部门预决算陇西县市场监督管理局2024年度药品监督抽检经费绩效自评报告\n"
            "五、自评结论\n经对照项目支出绩效自评表逐项打分，本项目绩效自评等级为“{g}”。\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 数量指标 | 药品抽检批次 | ≥180批次 | 186批次 | 60 | 60 |\n"
            "| 效益指标 | 社会效益指标 | 药品抽检合格率 | ≥98% | 97.85% | 30 | 25.65 |\n"
            "| 满意度指标 | 满意度指标 | 群众满意度 | ≥90% | 96% | 10 | 10 |\n"
            "| 合计 |  |  |  |  | 100 | 95.65 |\n")
    assert errors(text.format(g="优")) == []
    assert errors(text.format(g="良好")) == [("grade_mismatch", "良好")]


def test_a_payment_progress_is_an_execution_rate() -> None:
    said = "其中委托检验费预算172.00万元，实际支付168.42万元，支付进度{x}。"
    assert errors(said.format(x="97.92%")) == []
    assert errors(said.format(x="97.29%")) == [("rate_mismatch", "97.29%")]


def test_last_years_figure_beside_a_completion_rate_is_neither_target_nor_actual() -> None:
    said = "全年办理法律援助案件527件，较2019年的463件增长13.82%，年度目标480件，完成率{x}。"
    assert errors(said.format(x="109.79%")) == []
    assert errors(said.format(x="109.97%")) == [("completion_mismatch", "109.97%")]


def test_a_rate_of_a_fund_of_nothing() -> None:
    assert errors("市级补助资金0万元，执行率100%。") == [("implausible_rate", "100%")]
    assert errors("市级补助资金0万元，当年未发生支出，执行率0%。") == []
    assert errors("年末结余0万元，执行率100%。") == []  # nothing left: all was spent


LEVELS_IN_PROSE = """1.预算执行率（分值10分）。执行率68.27%，得6.83分。
2.产出指标（分值50分），得47.23分。其中：检查家次分值15分，目标260家次、实际238家次，得13.73分；聘请专家人次分值10分，得10分；重大事故隐患整改率分值10分，得10分；执法文书规范率分值{w}分，得5分；立案查处起数分值10分，目标20起、实际17起，得8.5分。
3.效益指标（分值30分），得26.25分。其中：生产安全事故起数分值15分，目标不超过3起、实际4起，得11.25分；培训考核合格率分值5分，得5分；较大及以上事故起数分值10分，得10分。
4.满意度指标（分值10分）。满意度85%，得9.44分。

四、自评结论
经综合评价，本项目自评总分{t}分，评价等级为良。
"""


def test_levels_and_their_items_scored_in_prose_with_the_weight_said_as_fen_zhi() -> None:
    assert errors(LEVELS_IN_PROSE.format(w=5, t="89.75")) == []
    # an item's weight typed wrong: the level's weight and its items' weights, together
    assert [(code, "执法文书规范率分值8分" in span) for code, span in errors(LEVELS_IN_PROSE.format(w=8, t="89.75"))] == [
        ("weight_sum_mismatch", True)]
    # the levels' scores (their weights make 100) against the one total the report states
    assert errors(LEVELS_IN_PROSE.format(w=5, t="89.57")) == [("score_sum_mismatch", "89.57分")]


def test_a_part_broken_down_in_its_own_sentence_by_use() -> None:
    said = ("全年实际支出817.35万元，预算执行率95.04%。其中中央资金支出765.35万元，按用途分：公共服务中心建设及运营185.00万元，"
            "物流配送体系建设210.00万元，村级电商服务站点建设{x}，电商人才培训68.35万元，农产品上行及品牌培育176.00万元。")
    assert errors(said.format(x="126.00万元")) == []
    assert errors(said.format(x="1260000万元")) == [("unit_mismatch", "1260000万元")]  # a 元 figure written with 万元
    assert [e[0] for e in errors(said.format(x="136.00万元"))] == ["sum_mismatch"]


def test_a_funds_start_of_year_amount_is_not_its_figure_named_again() -> None:
    text = ("项目支出中，河长制工作经费126万元是我局重点保障的项目。\n"
            "河长制工作经费年初安排120.00万元，年中省级河长制考核奖补追加6.00万元，实际支出121.68万元。\n")
    assert errors(text) == []


def test_the_rest_of_a_grant_issued_is_no_balance() -> None:
    text = ("2018年12月，自治区财政厅提前下达我县2019年出租车油价补贴资金213.86万元，列入年初预算；2019年6月下达剩余资金53.46万元，"
            "全年预算267.32万元。全年实际支出262.40万元，执行率98.16%。")
    assert errors(text) == []


def test_the_count_of_an_averages_own_clause_is_no_item() -> None:
    said = "城区登记大厅、南村分中心、蓼兰分中心平均办结时间分别为2.6、3.1、3.3个工作日，三个大厅平均{x}个工作日。"
    assert errors(said.format(x="3.0")) == []
    assert errors(said.format(x="3.5")) == [("average_mismatch", "3.5个")]


PAGED = """一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
产出指标 数量指标 列养农村公路里程 ≥2846.3公里 2846.3公里 30 30
 质量指标 农村公路优良中等 ≥80% 68% 10 8.50 部分乡道建成年限长、重
 路率 载车辆多，下年纳入中修
 时效指标 水毁路段抢通及时率 ≥95% 90% 10 9.47 偏远路段机械调度困难
— 9 —
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
效益指标 社会效益指标 带动农村劳动力就业 ≥300人 326人 20 20
 可持续影响指标 农村公路养护长效机制 健全 初步建立 20 14 县级配套资金不足
满意度指标 服务对象满意度指标 沿线群众满意度 ≥90% 83% 10 9.22 部分路段修复不及时
总分 100 91.19
— 10 —
"""


def test_a_table_cut_by_a_page_break_whose_first_part_went_unread_is_not_judged_by_its_second() -> None:
    # the rows above the second page's 总分 are not all there: its weights (50) are no reason to report
    assert [f for f in check(PAGED).findings if f.severity == "error"] == []


def test_a_web_tables_rows_with_their_merged_cells_left_out_fill_its_last_columns() -> None:
    text = ("绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
            "产出指标\t数量指标\t补偿面积\t≥120万亩\t120.47万亩\t40\t40\t\n"
            "补偿资金兑付嘎查村数\t≥210个\t214个\t{w}\t20\t\n"
            "效益指标\t社会效益指标\t耕地保护共同责任机制\t建立\t基本建立\t30\t24\t网格员队伍待完善\n"
            "满意度指标\t服务对象满意度指标\t嘎查村集体经济组织满意度\t≥90%\t95.5%\t10\t10\t\n"
            "总分\t100\t94\t自评等级\t优\n")
    table = find_tables(text.format(w=20))[0]
    assert [table.number(r, "weight").raw for r in table.data_rows()[:4]] == ["40", "20", "30", "10"]
    assert errors(text.format(w=20)) == []
    assert [code for code, _ in errors(text.format(w=25))] == ["weight_sum_mismatch"]


def test_a_forms_goal_block_printed_as_two_columns_states_a_target_beside_what_was_done() -> None:
    text = ("五、项目绩效情况\n（一）产出情况：“一张图”数据库建设进度35%，完成6项专题研究。\n"
            "年度总 预期目标 实际完成情况\n"
            "体目标 完成“双评价”等6项专题研究，形成规划初 完成6项专题研究，形成规划初步成\n"
            "步成果，“一张图”数据库建设进度达到30%。 果，“一张图”数据库建设进度35%。\n")
    assert errors(text) == []


FORM_FUNDS = """2022年年初预算安排区级补助资金360.00万元；年中省级下达奖补资金120.00万元，另有上年结转72.00万元，调整后全年预算为552.00万元。
项目｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分
年度资金总额｜360.00｜552.00｜526.50｜10｜95.38%｜9.54
其中：当年财政拨款｜{x}｜480.00｜454.50｜—｜94.69%｜—
上年结转资金｜0.00｜72.00｜72.00｜—｜100.00%｜—
其他资金｜0.00｜0.00｜0.00｜—｜—｜—
"""


def test_a_forms_source_rows_written_0_00_are_listed_and_had_nothing() -> None:
    assert errors(FORM_FUNDS.format(x="360.00")) == []
    # the one source with money misses the total the text states too: that source's cell is the slip
    assert errors(FORM_FUNDS.format(x="306.00")) == [("sum_mismatch", "306.00")]


def test_a_subsidy_paid_out_is_what_was_spent() -> None:
    said = "全年资金到位516.00万元，到位率100%。\n全年实际发放租赁补贴498.36万元，预算执行率{x}。"
    assert errors(said.format(x="96.58%")) == []
    assert errors(said.format(x="95.68%")) == [("rate_mismatch", "95.68%")]


def test_a_figure_said_another_way_in_brackets_is_not_what_a_completion_rate_is_of() -> None:
    said = "1.水土流失综合治理面积。年度目标12平方公里，实际完成8.40平方公里（折合12600亩），完成率{x}。"
    assert errors(said.format(x="70.00%")) == []
    assert errors(said.format(x="84.00%")) == [("completion_mismatch", "84.00%")]


def test_an_average_per_quarter_after_each_quarters_figure_clause_by_clause() -> None:
    said = ("分季度看，第一季度发放118.20万元，第二季度124.56万元，第三季度126.30万元，第四季度129.30万元，"
            "季度平均发放{x}万元，季度发放额逐季增加。")
    assert errors(said.format(x="124.59")) == []
    assert errors(said.format(x="125.49")) == [("average_mismatch", "125.49万元")]
    # three quarters of four: no average of the year's quarters
    assert errors(said.format(x="125.49").replace("，第四季度129.30万元", "")) == []


def test_a_sentence_that_opens_by_naming_the_spending_it_breaks_down() -> None:
    said = ("全年实际支出635.88万元，预算执行率91.49%，资金结余44.12万元。实际支出中，工程施工费528.36万元、监理费{x}万元、"
            "设计及安全鉴定费38.52万元、质量检测费12.80万元、其他费用25.00万元。")
    assert errors(said.format(x="31.20")) == []
    assert [e[0] for e in errors(said.format(x="32.10"))] == ["sum_mismatch"]
    listed = ("实际支出168.93万元，预算执行率97.99%，结余3.47万元已由市财政收回。支出明细为：执法车辆运行维护费46.80万元，"
              "执法装备购置15.20万元，超限检测站运行经费{x}万元，执法人员培训8.60万元，普法宣传及案件办理35.98万元。")
    assert errors(listed.format(x="62.35")) == []
    assert [e[0] for e in errors(listed.format(x="63.25"))] == ["sum_mismatch"]


def test_a_grade_written_with_its_label_in_the_total_rows_cell() -> None:
    text = ("一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜备注\n"
            "产出指标｜数量指标｜除险加固水库｜4座｜3座｜60｜45｜\n"
            "效益指标｜社会效益指标｜保护人口｜≥1万人｜1.2万人｜30｜30｜\n"
            "满意度指标｜满意度｜群众满意度｜≥90%｜95%｜10｜10｜\n"
            "总分｜｜｜｜｜100｜85｜评价等级：{g}\n")
    assert errors(text.format(g="良")) == []
    assert errors(text.format(g="优")) == [("grade_mismatch", "优")]


BY_KIND = """项目｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分
年度资金总额｜1032.30｜1105.40｜1071.50｜10｜96.93%｜9.69
其中：当年财政拨款｜1032.30｜1068.20｜1034.30｜—｜96.83%｜—
上年结转资金｜0.00｜37.20｜37.20｜—｜100.00%｜—
其他资金｜0.00｜0.00｜0.00｜—｜—｜—
按支出性质分：基本支出｜{x}｜618.90｜618.90｜—｜100.00%｜—
项目支出｜420.00｜486.50｜452.60｜—｜93.03%｜—
"""


def test_a_total_broken_down_a_second_way_under_its_sources() -> None:
    assert errors(BY_KIND.format(x="612.30")) == []
    found = errors(BY_KIND.format(x="621.30"))
    # the sources bear the total out: the finding points at the rows of the second breakdown, the slip among them
    assert [code for code, _ in found] == ["sum_mismatch"] and "621.30" in found[0][1] and "1032.30" not in found[0][1]
