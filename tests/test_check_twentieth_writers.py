"""Shapes the writers of the twentieth session brought (issue 10, false alarms and misses of the held-out-style sets
that are general ways of writing a report): each is a test here, beside the clean form it must leave alone."""

from __future__ import annotations

from chains.check import check


def findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, text[f.span[0] : f.span[1]]) for f in check(text).findings]


def coded(text: str, code: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[0] == code]


def errors(text: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[1] == "error"]


# -- "占全年预算的八成以上，包括：…": the base of a share names none of the items after it ---------------------------

USES = ("年初预算按提前下达数168万元编列，第二批资金下达后调整为210万元。全年支出171.42万元，占全年预算的八成以上，包括："
        "示范户物化补助91.92万元（1532户，每户600元），特聘农技员服务补助36.00万元（15人，每人每年2.4万元），"
        "农技人员培训{training}万元，示范基地建设13.50万元（3个，每个4.50万元），工作经费8.40万元。\n")


def test_items_after_a_share_of_the_budget_add_up_to_the_spending() -> None:
    assert errors(USES.format(training="21.60")) == []


def test_an_item_in_yuan_written_with_wan_yuan_is_a_unit_slip() -> None:
    assert coded(USES.format(training="216000"), "unit_mismatch") == [("unit_mismatch", "error", "216000万元")]


# -- "按年龄段分别为0—3岁17名、4—6岁18名、7—14岁6名": age groups name the counts after them ---------------------------

AGES = "全年为9名听障儿童实施人工耳蜗植入手术；为{total}名听障儿童提供康复训练救助，按年龄段分别为0—3岁17名、4—6岁18名、7—14岁6名。\n"


def test_counts_by_age_group_add_up_to_their_total() -> None:
    assert errors(AGES.format(total="41")) == []


def test_counts_by_age_group_short_of_their_total_are_a_sum_mismatch() -> None:
    found = coded(AGES.format(total="42"), "sum_mismatch")
    assert [f[:2] for f in found] == [("sum_mismatch", "error")] and "42名" in found[0][2]


# -- "210万元，分两次下达：…168万元，…24万元": as many batches as the sentence says make the whole ----------------------

BATCHES = "2023年中央财政下达我县项目资金{total}万元，分{n}次下达：2022年12月提前下达168万元，2023年6月下达24万元。\n"


def test_two_batches_said_to_be_two_make_the_whole() -> None:
    assert errors(BATCHES.format(total="192", n="两")) == []
    found = coded(BATCHES.format(total="210", n="两"), "sum_mismatch")
    assert [f[:2] for f in found] == [("sum_mismatch", "error")]


def test_two_batches_of_three_are_some_of_them_only() -> None:
    assert [f[:2] for f in coded(BATCHES.format(total="210", n="三"), "sum_mismatch")] == [("sum_mismatch", "warning")]


# -- a 自评表 copied with single spaces whose third column is 目标指标 --------------------------------------------------

SHANXI = (
    "附件1.项目支出绩效自评表\n"
    "一级指标 二级指标 目标指标 权重 目标值 业绩值 完成率 指标得分 偏差原因分析及改进措施\n"
    "预算执行指标 预算执行指标 预算执行率 10 100% 94.36% 94.36% 9.44 部分项目跨年\n"
    "产出指标 数量指标 硬化村内道路 10 ≥24公里 25公里 {rate} 10\n"
    "新建（改建）便民桥 10 ≥3座 3座 100.00% 10\n"
    "整治排洪渠及旱井 10 ≥9处 8处 88.89% 8.89 1处旱井冻土期停工\n"
    "质量指标 工程验收合格率 10 100% 100% 100.00% 10\n"
    "时效指标 项目当年完工率 5 ≥95% 92.59% 97.46% 4.87 2个项目跨年\n"
    "成本指标 财政奖补占项目总投资比例 5 ≤65% 63.05% 100.00% 5\n"
    "效益指标 社会效益 受益人口 10 ≥3.5万人 3.62万人 103.43% 10\n"
    "经济效益 带动村民筹资筹劳及社会投资 10 ≥400万元 439.6万元 109.90% 10\n"
    "可持续影响指标 落实管护责任的项目比例 10 ≥95% 100% 105.26% 10\n"
    "满意度指标 服务对象满意度指标 受益群众满意度 10 ≥95% 90.5% 95.26% 9.53 旱井施工影响取水\n"
    "合计 100 97.73\n"
)


def test_a_target_indicator_column_is_read_as_the_indicator_name() -> None:
    assert errors(SHANXI.format(rate="104.17%")) == []
    assert coded(SHANXI.format(rate="104.71%"), "completion_mismatch") == [("completion_mismatch", "error", "104.71%")]


# -- the four levels' scores after the total they make --------------------------------------------------------------

LEVELS = ("经综合评价，本项目自评总得分{total}分，属于“优秀”。按照预算执行率10分、产出指标50分、效益指标30分、满意度指标10分"
          "分配权重，其中预算执行得分9.44分、产出指标得分48.67分、效益指标得分30分、满意度指标得分9.53分。\n")


def test_levels_scores_after_their_total_add_up_to_it() -> None:
    assert errors(LEVELS.format(total="97.64")) == []


def test_levels_scores_after_a_total_they_miss_point_at_the_list() -> None:
    found = coded(LEVELS.format(total="97.73"), "score_sum_mismatch")
    assert [f[:2] for f in found] == [("score_sum_mismatch", "error")]
    assert found[0][2].startswith("97.73分") and found[0][2].endswith("9.53分")  # the total and all four: one is wrong


# -- "其中膳食补助支出3368.24万元，余下13.36万元…已由财政收回": the rest of that item ----------------------------------

REST = ("全年预算3987.60万元，资金全部到位，到位率100%。全年实际支出3959.84万元。其中膳食补助支出3368.24万元，余下13.36万元"
        "是学期中学生转学、休学造成的人数变化形成，已由财政收回；食堂建设及设备支出405.60万元；工勤人员补助186.00万元已全部发放到人。"
        "{balance}\n")


def test_the_rest_of_a_listed_item_is_not_the_projects_balance() -> None:
    assert errors(REST.format(balance="")) == []


def test_the_projects_own_balance_is_still_judged() -> None:
    assert coded(REST.format(balance="年末结余37.76万元。"), "balance_mismatch")[0][2] == "37.76万元"


# -- the 预算执行率 分值 and 得分 said in a sentence above the indicator table ----------------------------------------

PROSE_WEIGHT = (
    "按照县财政局印发的项目支出绩效自评评分办法，预算执行率分值10分，执行率87.71%，得8.77分；产出、效益和满意度指标得分见下表：\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t完成率\t分值\t得分\t偏差原因分析\n"
    "产出指标\t数量指标\t享受膳食补助学生人数\t≥35000人\t35550人\t101.57%\t10\t10\t\n"
    "产出指标\t数量指标\t全年供餐天数\t≥200天\t172天\t86.00%\t10\t8.60\t疫情防控需要，春季学期延迟开学\n"
    "产出指标\t数量指标\t新建及改造学校食堂\t11所\t11所\t100%\t10\t10\t\n"
    "产出指标\t质量指标\t食品安全责任事故\t0起\t0起\t100%\t10\t10\t\n"
    "产出指标\t成本指标\t膳食补助标准\t4元/生·天\t4元/生·天\t100%\t10\t10\t\n"
    "效益指标\t社会效益指标\t学生营养知识知晓率\t≥85%\t88.6%\t104.24%\t15\t15\t\n"
    "效益指标\t可持续影响指标\t供餐学校覆盖率\t100%\t100%\t100%\t15\t15\t\n"
    "满意度指标\t服务对象满意度指标\t家长满意度\t≥90%\t93.40%\t103.78%\t{weight}\t10\t\n"
    "合计\t\t\t\t\t\t100\t{total}\t\n"
)


def test_a_weight_said_above_the_table_makes_up_its_hundred() -> None:
    assert errors(PROSE_WEIGHT.format(weight="10", total="97.37")) == []


def test_a_table_total_missing_the_rows_and_that_sentence_is_still_found() -> None:
    assert [f[0] for f in errors(PROSE_WEIGHT.format(weight="10", total="98.37"))] == ["score_sum_mismatch"]


# -- an item's rate beside the table row that gives its budget --------------------------------------------------------

ROWS = (
    "全年项目资金10486.40万元全部到位，到位率100%。资金安排与支出情况如下（单位：万元）：\n"
    "项目\t全年预算数\t实际支出数\n"
    "合计\t10486.40\t10339.60\n"
    "一、学生膳食补助\t8560.00\t8537.20\n"
    "二、学校食堂建设\t1240.00\t1116.00\n"
    "三、食堂工勤人员补助\t686.40\t686.40\n"
    "膳食补助支出8537.20万元，执行率{rate}，未支出的22.80万元为学生转学形成的结余，已由县财政收回。\n"
)


def test_an_items_rate_is_judged_on_its_rows_budget() -> None:
    assert errors(ROWS.format(rate="99.73%")) == []
    found = coded(ROWS.format(rate="99.37%"), "rate_mismatch")
    assert found == [("rate_mismatch", "error", "99.37%")]


# -- "效益指标｜小计" with the 满意度 rows after it: a level's subtotal, no total of the table --------------------------

MARKDOWN = (
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |\n"
    "|---|---|---|---|---|---|---|---|\n"
    "| 预算执行 | 预算执行率 | 预算执行率 | 100% | 95.00% | 10 | 9.5 | 质保金跨年支付 |\n"
    "| 产出指标 | 数量指标 | 补设村（社区）名标志 | ≥220块 | 240块 | 25 | 25 | — |\n"
    "| 产出指标 | 质量指标 | 标志安装验收合格率 | ≥98% | 99.2% | 25 | 25 | — |\n"
    "| 产出指标 | 小计 | | | | 50 | 50 | |\n"
    "| 效益指标 | 社会效益指标 | 标准地名导航平台上图率 | ≥95% | 91.2% | 15 | 14.4 | 部分自然村名称待平台审核 |\n"
    "| 效益指标 | 可持续影响指标 | 标志管护责任落实 | 落实到村 | 基本落实 | 15 | 14.1 | 个别村未明确管护人员 |\n"
    "| 效益指标 | 小计 | | | | 30 | {benefit} | |\n"
    "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 94.8% | 10 | 10 | — |\n"
    "本项目自评得分{total}分，评价等级为“优”。\n"
)


def test_subtotals_with_rows_after_the_last_are_no_table_total() -> None:
    assert errors(MARKDOWN.format(benefit="28.5", total="98")) == []


def test_a_subtotal_that_misses_its_rows_is_still_found() -> None:
    assert [f[0] for f in errors(MARKDOWN.format(benefit="29.5", total="98"))] == ["score_sum_mismatch"]


# -- "超出年度计划6场": by how much the plan was passed, not the plan -------------------------------------------------

PASSED = "全年实际演出192场，超出年度计划6场，演出场次完成率{rate}，增加的6场为公益演出，不享受补助。\n"


def test_the_figure_the_plan_was_passed_by_is_no_target() -> None:
    assert errors(PASSED.format(rate="103.23%")) == []


def test_a_target_the_figure_stays_above_is_still_the_target() -> None:
    text = "全年完成培训560人次，超过年度目标500人次，培训人次完成率{rate}。\n"
    assert errors(text.format(rate="112%")) == []
    assert coded(text.format(rate="121%"), "completion_mismatch") == [("completion_mismatch", "error", "121%")]


# -- "总分｜100｜95.95" short of the table's eleven columns ------------------------------------------------------------

SHORT_TOTAL = (
    "经自评，本项目得分95.95分，评价等级为优秀（详见附表）。\n"
    "绩效指标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t实际完成值\t分值\t得分\t未完成原因分析\n"
    "\t产出指标\t数量指标\t送戏下乡演出场次\t≥\t130\t场\t132\t20\t20\n"
    "\t产出指标\t数量指标\t覆盖乡镇数\t=\t54\t个\t54\t10\t{towns}\n"
    "\t产出指标\t质量指标\t新排复排剧目\t≥\t5\t部\t6\t10\t10\n"
    "\t产出指标\t时效指标\t演出完成时间\t≤\t12\t月\t12\t5\t5\n"
    "\t产出指标\t成本指标\t每场演出补助\t≤\t3000\t元\t3000\t15\t15\n"
    "\t效益指标\t社会效益指标\t观众人次\t≥\t15\t万人次\t15.8\t15\t15\n"
    "\t效益指标\t可持续影响指标\t培养川剧后备人才\t≥\t4\t名\t3\t15\t11.25\t1名学员升学退出\n"
    "预算执行率\t\t\t\t\t\t\t\t10\t9.70\n"
    "总分\t100\t95.95\n"
)


def test_a_short_total_row_is_read_with_its_two_figures() -> None:
    assert errors(SHORT_TOTAL.format(towns="10")) == []


def test_a_row_that_misses_the_short_total_is_pointed_at() -> None:
    found = coded(SHORT_TOTAL.format(towns="9"), "score_sum_mismatch")
    assert found == [("score_sum_mismatch", "error", "9")]


# -- a table parted by two spaces whose total row left its empty cell as four -----------------------------------------

TWO_SPACED = (
    "用途  实施单位  预算数  执行数\n"
    "核酸检测试剂  市中心血站  312.00  311.58\n"
    "献血者激励和关爱  市中心血站、2个中心血库  186.00  183.46\n"
    "献血屋运行维护  市中心血站  92.00  73.12\n"
    "采供血机构督导检查  市卫生健康委  30.00  28.14\n"
    "合计    {budget}  596.30\n"
)


def test_four_spaces_in_a_two_spaced_table_are_an_empty_cell() -> None:
    assert errors(TWO_SPACED.format(budget="620.00")) == []


def test_a_column_that_misses_that_total_is_found() -> None:
    found = coded(TWO_SPACED.format(budget="602.00"), "sum_mismatch")
    assert [f[:2] for f in found] == [("sum_mismatch", "error")] and "602.00" in found[0][2]


# -- "按用途分：" opening a line under the paragraph whose first sentence gives the year's spending --------------------

BY_USE = ("全年实际支出33.12万元，预算执行率96.00%。中央和省级资金已全部支出；县级配套资金6.50万元实际支出5.12万元，执行率78.77%。\n"
          "按用途分：监测员补助{wage}（专职监测员14名，每人每月600元）、监测设备购置8.46万元、样品采集及送检6.35万元、"
          "巡护交通及耗材5.05万元、培训宣传3.18万元。\n")


def test_uses_on_the_line_under_the_spending_add_up_to_it() -> None:
    assert errors(BY_USE.format(wage="10.08万元")) == []


def test_a_use_in_yuan_among_them_is_a_unit_slip() -> None:
    assert coded(BY_USE.format(wage="10.08元"), "unit_mismatch") == [("unit_mismatch", "error", "10.08元")]


def test_uses_under_a_paragraph_that_opens_with_a_part_are_not_judged() -> None:
    text = ("其中当年财政拨款执行2259.10万元，上年结转资金31.20万元全部兑付。\n"
            "分用途看：兑付林权所有者停伐管护补偿1393.80万元，发放天保护林员报酬467.20万元，拨付国有林场管护费382.50万元。\n")
    assert errors(text) == []


# -- a rate right after a part of a 其中 list, with more parts after it: the part's rate --------------------------------

PART_RATE = ("项目全年预算120.00万元，其中省级地质勘查专项资金95.00万元、县级配套资金25.00万元。全年支出112.15万元，"
             "其中省级资金支出88.35万元，执行率{rate}；县级资金支出23.80万元。\n")


def test_a_parts_rate_inside_the_list_is_not_the_whole_projects() -> None:
    assert errors(PART_RATE.format(rate="93.00%")) == []


def test_a_parts_rate_is_judged_on_its_own_budget_when_the_text_names_it() -> None:
    text = ("项目全年预算198.50万元，其中数字资源采购105.00万元、基层服务点设备配置88.00万元、"
            "平台运维及推广5.50万元。\n实际支出192.32万元，预算执行率96.89%。其中数字资源采购支出104.47万元，执行率{rate}；"
            "基层服务点设备配置支出82.35万元；平台运维及推广支出5.50万元。\n")
    assert errors(text.format(rate="99.50%")) == []
    assert coded(text.format(rate="99.05%"), "rate_mismatch") == [("rate_mismatch", "error", "99.05%")]


# -- "｜｜｜｜合计｜100｜96.8": a total row whose label stands under a later column ---------------------------------------

MID_TOTAL = (
    "部门整体支出按预算执行、产出、效益和满意度设置指标，自评得分{said}分，详见下表。\n"
    "一级指标\t二级指标\t三级指标\t分值\t年度指标值\t实际完成值\t得分\n"
    "预算执行\t预算执行率\t部门预算执行率\t10\t100%\t98.49%\t9.85\n"
    "产出指标\t数量指标\t雪花梨高接换优面积\t25\t≥1800亩\t1850亩\t25\n"
    "产出指标\t质量指标\t高接成活率\t25\t≥90%\t86.4%\t24\n"
    "效益指标\t经济效益指标\t示范基地亩均增产\t30\t≥300公斤\t287.67公斤\t28.77\n"
    "满意度指标\t服务对象满意度指标\t果农满意度\t10\t≥95%\t94.6%\t9.96\n"
    "\t\t\t\t合计\t100\t{total}\n"
)


def test_a_total_row_labelled_under_a_later_column_is_the_tables_total() -> None:
    assert errors(MID_TOTAL.format(said="97.58", total="97.58")) == []
    assert [f[0] for f in errors(MID_TOTAL.format(said="98.58", total="98.58"))] == ["score_sum_mismatch"]


# -- "该项目预算执行率…" in the sentences of two projects: no one name -------------------------------------------------

def test_this_projects_rate_in_two_projects_sentences_is_no_conflict() -> None:
    text = ("城区公共停车场建设项目当年新增公共停车泊位1,860个，该项目预算执行率90.93%，扣分主要是因为北关立体车库结算未完成。"
            "新能源汽车充电基础设施补助项目全年新建充电桩326个，该项目预算执行率92.13%。\n")
    assert coded(text, "conflicting_values") == []


# -- each level closed by its own 小计 and the table by none ---------------------------------------------------------

SUBTOTALS_ONLY = (
    "部门整体支出按预算执行10分、绩效指标90分评价，绩效指标分为产出和效益两类，未单设满意度指标。\n"
    "一级指标  二级指标    三级指标                指标值     完成值       分值  得分\n"
    "预算执行  预算执行率  部门预算执行率          =100%      97.21%       10    9.72\n"
    "产出指标  数量指标    救护员持证培训人数      ≥3000人    3280人       15    15\n"
    "                      人道救助人次            ≥600人次   642人次      15    15\n"
    "                      造血干细胞血样采集      ≥60人份    52人份       10    8.67\n"
    "          质量指标    救助对象公示率          =100%      100%         10    10\n"
    "          时效指标    救助资金发放及时率      ≥95%       97.5%        5     5\n"
    "          成本指标    持证培训人均成本        ≤150元/人  103.05元/人  5     5\n"
    "          小计                                                        60    {output}\n"
    "效益指标  社会效益    群众自救互救知识知晓率  ≥80%       84.3%        15    15\n"
    "                      困难群众救助覆盖率      ≥90%       91.2%        10    10\n"
    "          可持续影响  红十字志愿者人数        ≥300人     326人        5     5\n"
    "          小计                                                        30    30\n"
    "部门整体支出绩效自评得分98.39分，评价等级为优。\n"
)


def test_the_last_of_the_levels_subtotals_is_no_table_total() -> None:
    assert errors(SUBTOTALS_ONLY.format(output="58.67")) == []


def test_a_levels_subtotal_that_misses_its_rows_is_still_found() -> None:
    assert [f[0] for f in errors(SUBTOTALS_ONLY.format(output="57.67"))] == ["score_sum_mismatch"]


# -- "分别培训286人次、321人次、275人次和301人次，合计1174人次": the last part joined by 和 -----------------------------

def test_counts_whose_last_is_joined_by_and_add_up_to_their_total() -> None:
    text = "全年共举办四期，分别培训286人次、321人次、275人次和301人次，合计{total}人次。\n"
    assert errors(text.format(total="1183")) == []
    assert [f[:2] for f in coded(text.format(total="1174"), "sum_mismatch")] == [("sum_mismatch", "error")]


# -- "2018年同类项目预算150.00万元": another year's project is no base of this year's rate ----------------------------

def test_another_years_named_budget_is_no_base_of_this_years_rate() -> None:
    text = ("2019年度基础测绘项目绩效自评报告\n项目年初预算165.00万元，全年预算未作调整。全年支出158.62万元，预算执行率96.13%，"
            "结余6.38万元已由县财政收回。2018年同类项目预算150.00万元、支出133.80万元。\n")
    assert errors(text) == []


# -- a source's spending and rate on the budget said for it in brackets ----------------------------------------------

def test_a_sources_rate_is_judged_on_the_budget_named_for_it() -> None:
    text = ("本项目年初预算188.00万元。8月份追加实训设备更新资金16.00万元，全年预算调整为204万元（当年财政拨款196.00万元，"
            "上年结转8.00万元）。全年实际支出195.30万元。当年财政拨款支出187.30万元，执行率{rate}；上年结转的8.00万元已全部用完。\n")
    assert errors(text.format(rate="95.56%")) == []
    assert coded(text.format(rate="95.65%"), "rate_mismatch") == [("rate_mismatch", "error", "95.65%")]


# -- "2106人评定为合格": people judged, not the project's grade --------------------------------------------------------

def test_people_judged_in_a_grade_word_are_not_the_reports_grade() -> None:
    text = ("经自评，本项目得分98.10分，评价等级为优秀。\n"
            "年度改造质量评估中，2106人评定为合格，合格率低于92%的年度目标。\n")
    assert coded(text, "grade_mismatch") == []
    assert coded(text.replace("评价等级为优秀", "评价等级为合格"), "grade_mismatch")[0][2] == "合格"
