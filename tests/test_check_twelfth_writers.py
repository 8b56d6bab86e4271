"""Shapes the writers of the twelfth session brought (issue 10, misses and false alarms of the held-out-style sets
that are general ways of writing a report): each is a test here, beside the clean form it must leave alone."""

from __future__ import annotations

from chains.check import check
from chains.text.numbers import extract_numbers


def findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, text[f.span[0] : f.span[1]]) for f in check(text).findings]


def errors(text: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[1] == "error"]


# -- a part counted in its own unit ---------------------------------------------------------------------------------

INSTRUMENTS = ("全年共检定各类计量器具8000台（件），其中强制检定工作计量器具6428台件、集贸市场在用衡器1136台、"
               "燃油加油机{guns}（2021年全县检定7412台件）。")


def test_fuel_nozzles_are_counted_in_their_own_unit() -> None:
    assert [(m.raw, m.kind) for m in extract_numbers("燃油加油机436枪、路灯杆120根、钻孔36孔")] == [
        ("436枪", "count"), ("120根", "count"), ("36孔", "count")]


def test_a_part_in_its_own_unit_completes_the_total() -> None:
    # 6428 + 1136 + 436 = 8000: the 436枪 is one of the parts, though not counted in 台
    assert [f for f in findings(INSTRUMENTS.format(guns="436枪")) if f[0] == "sum_mismatch"] == []


# -- which of two amounts a 10^4 rescale repairs --------------------------------------------------------------------

FORM = """项目资金（万元）｜年初预算数｜全年预算数（A）｜全年执行数（B）｜分值｜执行率（B/A）｜得分
年度资金总额｜80.00｜80.00｜68.40｜10｜85.50%｜8.55
其中：当年财政拨款｜80.00｜80.00｜{spent}｜—｜—｜—
上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—
其他资金｜0.00｜0.00｜0.00｜—｜—｜—
"""


def test_the_amount_that_reads_as_yuan_among_wan_yuan_is_the_slip() -> None:
    assert errors(FORM.format(spent="68.40")) == []
    # 684000.00 under a total of 68.40: the 元 figure written into a 万元 form, not the total written in 亿元
    assert errors(FORM.format(spent="684000.00")) == [("unit_mismatch", "error", "684000.00")]


# -- the balance after a breakdown of the whole spending -----------------------------------------------------------

USES = """全年预算合计240.00万元，全年支出233.86万元，预算执行率97.44%。
按用途分：发明专利授权资助96.40万元；PCT国际专利申请资助18.00万元；支付高价值专利培育中心建设尾款20.00万元；知识产权质押融资贴息41.26万元；知识产权运营服务及维权援助58.20万元。未支付的{left}万元为3笔质押融资贴息，已结转至下年继续使用。
"""


def test_a_balance_after_the_items_of_the_whole_spending_is_the_projects() -> None:
    assert errors(USES.format(left="6.14")) == []
    # the items add up to 233.86: they are the whole spending, and 240.00 − 233.86 = 6.14
    assert ("balance_mismatch", "error", "6.41万元") in errors(USES.format(left="6.41"))


# -- a figure swapped in one of two places -------------------------------------------------------------------------

STATIONS = """全年完成食品安全抽检监测{said}批次，5个市场监管所分别完成118、96、104、87、107批次。
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分
产出指标｜数量指标｜食品安全抽检监测批次｜≥480批次｜{row}批次｜8｜8
"""


def test_the_figure_its_listed_parts_bear_out_is_kept() -> None:
    assert findings(STATIONS.format(said="512", row="512")) == []
    # 118 + 96 + 104 + 87 + 107 = 512: the table's 521 is the slip, not the text's 512
    # (the row's name read without its measure word 批次 finds the text's figure: the parts bear it out, an error)
    swapped = [f for f in findings(STATIONS.format(said="512", row="521")) if f[0] == "conflicting_values"]
    assert swapped == [("conflicting_values", "error", "521批次")]


STACKED = """全县组建家庭医生团队186个，平均每个团队签约约1182人。
家庭医生团队按镇分布，全县组建家庭医生团队186个，覆盖全部行政村。

一级指标
三级指标
年度指标值
实际完成值

产出指标
组建家庭医生团队数
≥180个
{row}个
"""


def test_a_cell_alone_on_its_line_is_named_by_the_lines_above() -> None:
    assert findings(STACKED.format(row="186")) == []
    swapped = [f for f in findings(STACKED.format(row="168")) if f[0] == "conflicting_values"]
    assert swapped == [("conflicting_values", "warning", "168个")]


BUDGET = """我局对2021年度医疗救助资金{said}万元开展了绩效自评。
年中上级追加两批补助资金，全年预算2856.40万元，全年支出2790.12万元。
表1 资金下达情况（万元）
资金来源｜全年预算｜全年支出
中央补助资金｜2386.40｜2330.12
县级安排资金｜470.00｜460.00
合计｜2856.40｜2790.12
"""


def test_an_amount_of_five_figures_stated_again_in_a_table_bears_itself_out() -> None:
    assert [f for f in findings(BUDGET.format(said="2856.40")) if f[0] == "conflicting_values"] == []
    # 2865.40 once; 2856.40 in the text and in the table's 合计 row (a bare cell, under another name)
    swapped = [f for f in findings(BUDGET.format(said="2865.40")) if f[0] == "conflicting_values"]
    assert swapped == [("conflicting_values", "warning", "2865.40万元")]


# -- an indicator table a cell a line, its rows not apart -----------------------------------------------------------

RUN_ON = """绩效指标
一级指标
二级指标
三级指标
年度指标值
实际完成值
完成率
分值
得分
偏差原因分析及改进措施
产出指标
数量指标
“博爱送万家”慰问困难家庭
≥2000户
2136户
106.80%
40
40
大病救助人数
≥150人
142人
{rate}
40
37.87
部分申请对象已享受其他救助，不再重复救助
满意度指标
服务对象满意度指标
受助群众满意度
≥95%
97.7%
102.84%
20
20
总分
100
97.87
"""


def test_a_table_written_a_cell_a_line_with_no_blank_line_between_rows_is_read() -> None:
    from chains.text.numbers import extract_numbers as numbers
    from chains.text.report_tables import find_tables

    text = RUN_ON.format(rate="94.67%")
    tables = [t for t in find_tables(text, numbers(text)) if t.col("completion_rate") is not None]
    assert len(tables) == 1
    table = tables[0]
    assert [table.cell(r, "name").text for r in table.data_rows()] == [
        "“博爱送万家”慰问困难家庭", "大病救助人数", "受助群众满意度", ""]
    assert table.cell(table.data_rows()[1], "deviation_note").text == "部分申请对象已享受其他救助，不再重复救助"
    assert errors(text) == []
    # 142 / 150 = 94.67%, written 96.47%
    assert ("completion_mismatch", "error", "96.47%") in errors(RUN_ON.format(rate="96.47%"))


def test_a_bare_figure_after_a_figure_is_a_cell_not_a_page_number() -> None:
    from pathlib import Path

    from chains.text.reflow import reflowed

    # a PDF copy ("— 4 —" its page number) whose 自评表 ends "基本达成⏎10⏎8⏎基层推广不平衡，…": the 8 is a score
    text = (Path(__file__).parent / "data/drafts108/cases/xunyang-tcmhosp-2022-clean.txt").read_text(encoding="utf-8")
    done = reflowed(text)
    assert done is not None and "基本达成\n10\n8\n基层推广" in done[0] and "— 4 —" not in done[0]
    assert errors(text) == []


# -- completion rates in prose --------------------------------------------------------------------------------------


def test_last_years_figure_between_the_actual_and_its_rate_is_no_actual() -> None:
    text = "1.立案提案数量。年度目标不少于150件，全年审查立案163件，较2022年的141件增加22件，完成年度目标的{r}。"
    assert errors(text.format(r="108.67%")) == []
    assert ("completion_mismatch", "error", "106.87%") in errors(text.format(r="106.87%"))


def test_the_items_of_a_list_are_not_what_was_done() -> None:
    text = ("3.专业监测。一至四季度监测设备平均在线率分别为92.8%、93.1%、94.0%、94.5%，全年平均在线率93.6%，"
            "为年度指标值（≥95%）的{r}，略低于目标。")
    assert errors(text.format(r="98.53%")) == []
    assert ("completion_mismatch", "error", "98.35%") in errors(text.format(r="98.35%"))


def test_an_earlier_figures_completion_rate_is_no_target() -> None:
    text = ("（四）绩效目标。全年接收船舶生活垃圾不少于120吨、含油污水不少于400吨。\n"
            "1.数量指标。全年接收船舶生活垃圾136.8吨，完成年度目标的114.00%。接收含油污水372吨，完成年度目标的{r}。")
    assert errors(text.format(r="93.00%")) == []
    assert ("completion_mismatch", "error", "93.50%") in errors(text.format(r="93.50%"))


# -- totals that are no total of this year ---------------------------------------------------------------------------

SCORED = """一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分
预算执行｜预算执行率｜预算执行率｜100%｜98.37%｜10｜9.84
产出指标｜数量指标｜网上兵役登记人数｜≥3000人｜3186人｜50｜50
效益指标｜社会效益指标｜兵员质量合格率｜≥95%｜97%｜30｜28.53
满意度指标｜满意度指标｜应征青年满意度｜≥90%｜96%｜10｜10
合计｜｜｜｜｜100｜98.37
"""


def test_last_years_total_in_brackets_is_not_this_years() -> None:
    text = "经自评，本项目综合自评得分98.37分，自评等级为优秀（上年度该项目自评得分87.3分，评定为良好）。\n" + SCORED
    assert errors(text) == []


def test_the_weights_a_total_is_made_of_are_no_total_score() -> None:
    text = ("项目自评总分由预算执行率（10分）、产出指标（50分）、效益指标（30分）和满意度指标（10分）组成。"
            "经自评小组逐项评分，项目自评得分98.37分。\n" + SCORED)
    assert errors(text) == []


def test_a_levels_weight_with_its_indicator_in_brackets_counts_among_its_parts() -> None:
    text = ("产出指标50分，各项指标均已完成，得50分；效益指标30分，其中经济效益10分、可持续影响10分均得满分，"
            "社会效益（分会场使用率）10分按完成比例得9.17分，合计得29.17分；满意度指标10分，得10分。")
    assert [f for f in errors(text) if f[0] == "weight_sum_mismatch"] == []


def test_an_amount_added_and_then_spent_is_not_the_spending_stated_elsewhere() -> None:
    text = ("支出构成：公用经费38.60万元，车辆运行维护14.28万元，疫情防控民兵执勤补助11.80万元，国防教育及政治工作8.00万元。\n"
            "本项目无上年结转资金。疫情防控民兵执勤补助12.00万元为年中追加资金，实际支出11.80万元，已纳入本项目统一核算。")
    assert [f for f in errors(text) if f[0] == "conflicting_values"] == []


# -- lists with their total after them, and levels with their weights in brackets -----------------------------------


def test_counts_listed_with_their_total_after_them_add_up_to_it() -> None:
    text = "三个基地繁种面积分别为1200亩、1150亩、900亩，合计{t}亩，超出年度目标150亩。"
    assert errors(text.format(t="3250")) == []
    assert ("sum_mismatch", "error", "1200亩、1150亩、900亩，合计3150亩") in errors(text.format(t="3150"))
    # counts of other things before a 合计 are no parts
    assert errors("培训12场、发放资料3000份，合计3012份。") == []


LEVELS = ("按照项目自评指标体系打分，预算执行率（10分）得9.64分，产出指标（50分）得49.6分，效益指标（{w}分）得{s}分，"
          "满意度指标（10分）得10分，自评总得分98.96分，评价等级为“优”。")


def test_the_levels_weights_in_brackets_add_up_to_100() -> None:
    assert errors(LEVELS.format(w="30", s="29.72")) == []
    found = [f for f in check(LEVELS.format(w="35", s="29.72")).findings if f.code == "weight_sum_mismatch"]
    assert [(f.severity, LEVELS.format(w="35", s="29.72")[f.span[0] : f.span[1]]) for f in found] == [("error", "35")]
    assert "常规为30分" in found[0].message


def test_the_levels_scores_after_their_bracketed_weights_add_up_to_the_total() -> None:
    text = LEVELS.format(w="30", s="29.27")  # 9.64 + 49.6 + 29.27 + 10 = 98.51, not 98.96
    found = errors(text)
    assert [f[0] for f in found] == ["score_sum_mismatch"] and "得29.27分" in found[0][2]  # the scores, not the total only


def test_a_levels_score_is_held_against_its_own_bracketed_weight() -> None:
    text = ("产出指标（50分）得47.5分，其中数量指标10分得10分、时效指标5分得4分；效益指标（30分）得28.5分，其中生态效益15分得15分、"
            "社会效益15分得13.5分；满意度指标（10分）得10分。")
    assert [f for f in errors(text) if f[0] == "score_exceeds_weight"] == []


# -- bounds, one level's budget, a total row one cell short, a price per unit ----------------------------------------


def test_a_rate_not_reached_is_a_bound_not_a_figure() -> None:
    (m,) = [x for x in extract_numbers("二是预算执行率未达100%。") if x.kind == "percent"]
    assert m.comparator == "lte"


def test_one_levels_start_budget_and_its_additions_are_not_the_years_budget() -> None:
    text = ("省级资金40.00万元于2022年12月以提前下达方式下达我县，列入2023年年初预算；县级年初安排配套资金12.00万元，"
            "9月份追加3.00万元用于古树围栏建设，全年预算55.00万元。")
    assert errors(text) == []


SCORES_TSV = ("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
              "产出指标\t数量指标\t传统建筑修缮数量\t≥12处\t14处\t50\t50\t\n"
              "效益指标\t社会效益指标\t受益农户数\t≥600户\t652户\t30\t30\t\n"
              "满意度指标\t服务对象满意度指标\t村民满意度\t≥90%\t94.3%\t10\t10\t\n"
              "预算执行\t预算执行率\t预算执行率\t100%\t95.71%\t10\t{score}\t\n"
              "总分\t\t\t\t100\t99.57\t\n")


def test_a_total_row_one_cell_short_puts_its_figures_under_the_weight_and_the_score() -> None:
    assert errors(SCORES_TSV.format(score="9.57")) == []
    assert [f[0] for f in errors(SCORES_TSV.format(score="9.75"))] == ["score_sum_mismatch"]


def test_a_price_per_unit_is_no_total_of_an_average() -> None:
    text = "点位共统租房源120套，月租金2100元/套（含物业专项维修金），平均每套年租金2.52万元；人才入住率98.3%。"
    assert [f for f in errors(text) if f[0] == "average_mismatch"] == []


# -- a column's mean row ---------------------------------------------------------------------------------------------

QUARTERS = """季度｜疏通养护长度（公里）
第一季度｜98.6
第二季度｜112.3
第三季度｜131.7
第四季度｜94.2
季均｜{mean}
"""


def test_a_quarterly_mean_row_under_a_header_of_words_is_the_mean_of_the_rows() -> None:
    assert errors(QUARTERS.format(mean="109.20")) == []
    assert errors(QUARTERS.format(mean="109.02")) == [("average_mismatch", "error", "109.02")]


DRILLS = """3.应急调拨。全年组织卫生应急物资调拨演练3次，平均用时1.5小时，均在2小时以内：
演练批次	时间	调拨地点	用时（小时）
第一次	2022年5月	沙柳河镇卫生院	1.2
第二次	2022年9月	哈尔盖镇卫生院	{second}
第三次	2022年11月	泉吉乡卫生院	1.7
平均			1.5
"""


def test_a_mean_stated_again_elsewhere_points_at_the_rows() -> None:
    assert errors(DRILLS.format(second="1.6")) == []
    found = errors(DRILLS.format(second="1.9"))
    assert [f[0] for f in found] == ["average_mismatch"] and "1.9" in found[0][2] and found[0][2].endswith("1.5")


# -- other years, asides, and which amount is 元 ----------------------------------------------------------------------


def test_an_items_number_before_a_year_is_no_decimal() -> None:
    assert [(m.raw, m.kind) for m in extract_numbers("2.2022年度本项目自评得分92.60分")] == [
        ("2022年", "year"), ("92.60分", "score")]
    assert [(m.raw, m.kind) for m in extract_numbers("工期2.5年")] == [("2.5年", "count")]


def test_last_years_total_in_a_numbered_item_is_no_total() -> None:
    text = ("2023年度外贸企业培育项目绩效自评报告\n经自评，本项目综合自评得分97.18分。\n2.2022年度本项目自评得分92.60分，自评发现的问题已在2023年整改。\n" + SCORED.replace(
        "98.37%｜10｜9.84", "97.18%｜10｜9.72").replace("｜28.53", "｜27.46").replace("100｜98.37", "100｜97.18"))
    assert [f for f in errors(text) if f[0] == "score_sum_mismatch"] == []


def test_an_earlier_years_figure_in_brackets_is_not_what_was_done() -> None:
    text = "全市外贸出口额17.7亿元，增长4.2%（2018年增幅为7.9%），未达到5%的年度目标，完成率84.00%。"
    assert errors(text) == []


def test_last_years_figure_among_bracketed_parts_is_no_part() -> None:
    text = "1.受补贴企业数：目标不少于700家，实际790家（统保平台612家、一般企业178家；上年为702家），完成率112.86%。"
    assert errors(text) == []


def test_the_amount_out_of_all_proportion_is_the_unit_slip() -> None:
    text = ("全年预算60.00万元，实际支出58.60万元，执行率97.67%。\n"
            "其中执法记录仪40台，合同金额91200万元，平均每台2280元，按一线执法人员每人一台配备。")
    assert ("unit_mismatch", "error", "91200万元") in errors(text)
    assert not any(f[2] == "2280元" for f in errors(text))


def test_a_grade_in_the_cell_under_its_label_is_checked_against_the_total() -> None:
    text = "经自评，本项目综合得分98.97分。\n\n评价等级\n{g}\n"
    assert errors(text.format(g="优")) == []
    assert errors(text.format(g="良")) == [("grade_mismatch", "error", "良")]


# -- a funds table of one amount a row; a list's 全年合计; a part after the rate -------------------------------------

KEYED_FUNDS = """项目资金情况表（单位：万元）
项目｜金额｜备注
年初预算数｜62.00｜县本级财政拨款
预算调整数｜-4.50｜按要求压减一般性支出
上年结转资金｜3.20｜2023年结转的展板制作费
全年预算数｜60.70｜
实际到位资金｜60.70｜到位率100%
实际支出｜57.36｜执行率94.50%
结余｜{left}｜已由县财政收回统筹
"""


def test_a_funds_table_of_one_amount_a_row_has_its_balance_checked() -> None:
    assert errors(KEYED_FUNDS.format(left="3.34")) == []
    assert errors(KEYED_FUNDS.format(left="3.43")) == [("balance_mismatch", "error", "3.43")]


def test_counts_in_turn_then_the_years_total_add_up() -> None:
    text = "一至四季度分别见证86个、97个、118个、121个，全年合计{t}个。"
    assert errors(text.format(t="422")) == []
    assert [f[0] for f in errors(text.format(t="412"))] == ["sum_mismatch"]


def test_a_source_named_after_the_others_rate_completes_them() -> None:
    text = ("截至2021年12月31日，项目累计支出746.28万元，预算执行率95.68%。按资金来源分：省级补助资金120.00万元已全部支付；"
            "本级资金支出566.28万元，执行率94.38%；上年结转资金60.00万元全部用于支付设计费和监理费。")
    assert [f for f in errors(text) if f[0] == "sum_mismatch"] == []


PROJECTS_TABLE = """项目名称｜全年预算（万元）｜实际支出（万元）｜执行率｜项目自评得分
县级寄递公共配送中心运营补助｜120.00｜120.00｜100%｜98.6
村级寄递物流综合服务站建设｜150.00｜136.80｜91.20%｜92.4
农村电商寄递补贴｜185.00｜180.12｜97.36%｜95.0
电商人才培训｜30.00｜29.40｜98.00%｜96.0
县域商业体系建设工作经费｜55.00｜55.00｜100%｜100
合计｜540.00｜521.32｜96.54%｜—
五个项目均已完成单位自评，自评得分平均{mean}分。
"""


def test_a_mean_said_under_a_table_of_scores_is_their_mean() -> None:
    assert errors(PROJECTS_TABLE.format(mean="96.40")) == []
    assert errors(PROJECTS_TABLE.format(mean="96.04")) == [("average_mismatch", "error", "96.04分")]


def test_a_mean_said_under_a_table_may_be_weighted_by_the_budgets() -> None:
    # (120×98.6 + 150×92.4 + 185×95.0 + 30×96.0 + 55×100) / 540 = 95.64, the simple mean 96.40
    assert errors(PROJECTS_TABLE.format(mean="95.64")) == []
    assert errors(PROJECTS_TABLE.format(mean="95.46")) == [("average_mismatch", "error", "95.46分")]
