"""Shapes the writers of the twenty-fourth session brought (issue 10, misses and false alarms of the held-out-style sets
that are general ways of writing a report): each is a test here, beside the clean form it must leave alone."""

from __future__ import annotations

from decimal import Decimal

from chains.check import check
from chains.text.report_tables import find_tables


def findings(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, text[f.span[0] : f.span[1]]) for f in check(text).findings]


def coded(text: str, code: str) -> list[tuple[str, str, str]]:
    return [f for f in findings(text) if f[0] == code]


# -- "下乡服务车次｜96车次" said "全年下乡服务69车次": an indicator's name that ends with its own unit ---------------------

TRIPS = ("2020年流动图书车项目自评报告\n一、绩效目标完成情况\n流动图书车全年下乡服务{said}车次，新增流动图书3260册。\n"
         "二、自评表\n｜一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜\n"
         "｜产出指标｜数量指标｜下乡服务车次｜≥120车次｜96车次｜10｜8｜\n"
         "｜｜｜新增流动图书｜≥3000册｜3260册｜10｜10｜\n")


def test_an_indicator_named_with_its_unit_is_found_in_the_text_without_it() -> None:
    assert coded(TRIPS.format(said="69"), "conflicting_values") == [
        ("conflicting_values", "error", "69车次"), ("conflicting_values", "warning", "96车次")]  # (no side borne out)


def test_the_same_count_in_the_text_is_left_alone() -> None:
    assert coded(TRIPS.format(said="96"), "conflicting_values") == []


def test_book_loans_are_counted_in_ce_ci() -> None:
    from chains.text.numbers import extract_numbers

    loans = extract_numbers("图书借阅量2.18万册次")[0]
    assert (loans.unit, loans.value) == ("册次", 21800)


# -- a 自评表 copied from a PDF one cell a line: a name wrapped over two lines, a note over two, a page footer -----------

FLAT = ("一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n完成率\n分值\n得分\n偏差原因分析及改进措施\n"
        "产出指标\n数量指标\n新设防溺水警示牌\n≥1800块\n1860块\n103.33%\n20\n20\n"
        "配置救生器材\n≥1200套\n1200套\n100.00%\n15\n15\n"
        "质量指标\n重点水域警示标识\n覆盖率\n≥95%\n97.6%\n102.74%\n10\n10\n"
        "时效指标\n汛期前设施安装完\n成率\n=100%\n94%\n94.00%\n10\n9.40\n偏远山塘材料运输\n困难，已督促完工\n"
        "                                   — 3 —\n"
        "成本指标\n警示牌单价\n≤320元/块\n300元/块\n100.00%\n15\n15\n"
        "效益指标\n社会效益指标\n溺水死亡人数同比下降率\n≥30%\n33.33%\n111.10%\n15\n{score}\n"
        "满意度指标\n服务对象满意度指标\n学生及家长满意度\n≥90%\n95.3%\n105.89%\n15\n15\n总分\n100\n{total}\n")


def test_a_table_a_cell_a_line_reads_wrapped_names_notes_and_page_footers() -> None:
    table = next(t for t in find_tables(FLAT.format(score="15", total="99.40")) if t.col("name") is not None)
    names = [table.cell(r, "name").text for r in table.data_rows() if not r.is_total()]  # type: ignore[union-attr]
    assert names == ["新设防溺水警示牌", "配置救生器材", "重点水域警示标识覆盖率", "汛期前设施安装完成率", "警示牌单价",
                     "溺水死亡人数同比下降率", "学生及家长满意度"]
    assert table.cell(table.data_rows()[3], "deviation_note").text == "偏远山塘材料运输困难，已督促完工"  # type: ignore[union-attr]


def test_a_score_above_its_weight_after_a_page_footer_is_found() -> None:
    assert coded(FLAT.format(score="16", total="100.40"), "score_exceeds_weight") == [
        ("score_exceeds_weight", "error", "16")]


def test_the_clean_table_has_no_findings() -> None:
    assert [f for f in findings(FLAT.format(score="15", total="99.40")) if f[1] == "error"] == []


# -- "为新人举办颁证仪式74场" against the 自评表's "个性化颁证仪式场次｜47场": two digits swapped, other words ---------

CEREMONY = ("2020年婚姻登记服务项目自评报告\n三、绩效目标实现情况\n全年办理结婚登记3,126对，为新人举办颁证仪式{said}场，"
            "群众满意度96.5%。\n四、自评表\n｜一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜\n"
            "｜产出指标｜数量指标｜个性化颁证仪式场次｜≥40场｜47场｜10｜10｜\n"
            "｜｜｜结婚登记办理对数｜≥3000对｜3126对｜10｜10｜\n")


def test_a_figure_with_two_digits_swapped_from_the_tables_is_doubted_on_both_sides() -> None:
    found = coded(CEREMONY.format(said="74"), "conflicting_values")
    assert found == [("conflicting_values", "warning", "74场"), ("conflicting_values", "warning", "47场")]
    message = next(f.message for f in check(CEREMONY.format(said="74")).findings if f.code == "conflicting_values")
    assert "个性化颁证仪式场次" in message and "47场" in message and "74场" in message


def test_the_same_figure_or_another_number_is_no_swap() -> None:
    assert coded(CEREMONY.format(said="47"), "conflicting_values") == []
    assert coded(CEREMONY.format(said="45"), "conflicting_values") == []


def test_a_swapped_figure_that_is_a_target_or_one_of_several_is_left_alone() -> None:
    target = CEREMONY.replace("为新人举办颁证仪式{said}场", "计划为新人举办颁证仪式{said}场")
    each = CEREMONY.replace("为新人举办颁证仪式{said}场", "两个登记处分别举办颁证仪式{said}场、12场")
    assert coded(target.format(said="74"), "conflicting_values") == []
    assert coded(each.format(said="74"), "conflicting_values") == []


# -- the round's false alarms: each a way of writing a clean report ----------------------------------------------------

def test_parts_to_the_fen_in_yuan_add_up_to_a_total_in_wan_rounded_to_two_places() -> None:
    text = ("2023年预售资金监管平台运维项目自评报告\n项目调整后预算78.65万元，全年执行76.83万元，执行率97.69%。支出明细为："
            "运维服务费558,000.00元、云资源租赁费142,800.00元、等级保护测评费36,500.00元、短信及专线费{last}元。\n")
    assert coded(text.format(last="31,012.40"), "sum_mismatch") == []
    assert [f[0] for f in coded(text.format(last="41,012.40"), "sum_mismatch")] == ["sum_mismatch"]


DEPARTMENT = ("2021年度住房和城乡建设局部门整体支出绩效自评报告\n二、部门预算及执行情况\n"
              "项目｜年初预算数｜全年预算数｜全年执行数｜执行率\n年度资金总额｜2,846.30｜3,102.75｜2,987.64｜96.29%\n\n"
              "表2 重点项目预算执行情况（单位：万元）\n项目名称｜全年预算数｜全年执行数｜执行率\n"
              "平台运维｜52.80｜50.16｜95.00%\n前期工作经费｜380.00｜352.41｜92.74%\n城建档案数字化｜96.50｜96.50｜100.00%\n"
              "合计｜529.30｜499.07｜94.29%\n\n三个重点项目执行率的算术平均为95.91%，按金额加权的合计执行率为94.29%。\n"
              "三、自评表\n｜一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜\n"
              "｜预算执行｜预算执行率｜部门预算执行率｜100%｜{rate}｜10｜9.63｜\n")


def test_the_rate_of_some_projects_is_not_the_departments_execution_rate() -> None:
    assert coded(DEPARTMENT.format(rate="96.29%"), "conflicting_values") == []


PROJECT = ("2023年预售资金监管平台运维项目自评报告\n一、基本情况\n我局部门全年预算3,267.60万元，全年支出3,214.05万元，部门预算执行率98.36%。"
           "本项目全年预算78.65万元，全年执行76.83万元。\n二、自评表\n｜一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜\n"
           "｜预算执行｜预算执行率｜预算执行率｜100%｜97.69%｜10｜9.77｜\n")


def test_the_departments_rate_is_not_the_projects_execution_rate_row() -> None:
    assert [f for f in findings(PROJECT) if f[1] == "error"] == []


def test_a_score_said_after_one_indicators_weight_is_that_indicators_not_the_total() -> None:
    text = ("2023年岸电项目自评报告\n按照有关规定，预算执行率指标分值20分，得分=20×预算执行率，本项目得分18.95分；其余80分按产出、"
            "效益、满意度指标评分，具体如下：\n｜一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜\n"
            "｜产出指标｜数量指标｜新建岸电泊位｜≥8个｜8个｜40｜40｜\n｜效益指标｜生态效益｜二氧化碳减排量｜≥1300吨｜1392吨｜30｜30｜\n"
            "｜满意度指标｜服务对象满意度｜船员满意度｜≥90%｜88.6%｜10｜9.84｜\n｜总分｜｜｜｜｜100｜98.79｜\n"
            "经自评，本项目2023年度总得分98.79分，评价等级为优秀。\n")
    assert coded(text, "score_sum_mismatch") == []


def test_reef_volume_in_kong_fang_is_a_count_not_money() -> None:
    from chains.text.numbers import extract_numbers

    reef = extract_numbers("全年投放人工鱼礁2.46万空方")[0]
    assert (reef.kind, reef.unit, reef.value) == ("count", "空方", 24600)


# -- averages whose total stands in the sentence before; units that start with 千 ----------------------------------------

SEALANTS = ("2019年窝沟封闭项目自评报告\n全年封闭儿童4,980人、封闭牙齿18,120颗，分别完成年度目标的103.75%和100.67%。"
            "项目覆盖全市41所小学，平均每校封闭121.5人，人均封闭牙齿{mean}颗。\n")


def test_an_average_whose_total_and_count_stand_in_the_sentence_before_is_doubted_when_it_differs() -> None:
    assert coded(SEALANTS.format(mean="3.46"), "average_mismatch") == [("average_mismatch", "warning", "3.46颗")]
    assert coded(SEALANTS.format(mean="3.64"), "average_mismatch") == []


SCHOOLS = ("2025年窝沟封闭项目自评报告\n全年封闭儿童5,820人，其中二、三、四年级分别为1,986人、2,104人和1,730人；"
           "封闭牙齿21,534颗，人均3.70颗。项目覆盖全市75所小学，平均每校{mean}人。\n")


def test_an_average_per_school_takes_the_years_whole_not_its_parts() -> None:
    assert coded(SCHOOLS.format(mean="76.7"), "average_mismatch") == [("average_mismatch", "warning", "76.7人")]
    assert coded(SCHOOLS.format(mean="77.6"), "average_mismatch") == []


def test_a_part_of_the_whole_named_before_is_no_total_for_an_average() -> None:
    text = ("2024年农机报废更新补贴项目自评报告\n全年报废联合收割机198台，完成年度指标的76.15%。受益农户和经营主体746户，"
            "户均报废1.50台。\n")
    assert coded(text, "average_mismatch") == []


def test_units_that_begin_with_qian_are_counts_not_thousands_of_yuan() -> None:
    from chains.text.numbers import extract_numbers

    read = [(m.kind, m.unit, m.value) for m in extract_numbers("用电1200千瓦时，容量1,250千伏安，重5千克，功率12千瓦，经费3千元")]
    assert read == [("count", "千瓦时", 1200), ("count", "千伏安", 1250), ("count", "千克", 5), ("count", "千瓦", 12),
                    ("money", "万元", Decimal("0.3"))]


def test_a_list_average_in_kilovolt_amperes() -> None:
    text = ("2019年岸电项目自评报告\n3套高压岸电系统装机容量分别为1,250千伏安、800千伏安、630千伏安，平均每套{mean}千伏安。\n")
    assert coded(text.format(mean="839.33"), "average_mismatch") == [("average_mismatch", "error", "839.33千伏安")]
    assert coded(text.format(mean="893.33"), "average_mismatch") == []


# -- round 100: rates on what was due, averages over a 合计 pair, PDF tables with goal blocks, sources' rates -----------

def test_a_rate_on_what_was_due_and_what_was_paid() -> None:
    text = "2022年农机报废更新补贴项目自评报告\n全年经审核符合条件的申请应兑付354.30万元，已兑付349.86万元，兑付率{rate}。\n"
    assert coded(text.format(rate="97.85%"), "rate_mismatch") == [("rate_mismatch", "error", "97.85%")]
    assert coded(text.format(rate="98.75%"), "rate_mismatch") == []


MACHINES = ("2019年农机报废更新补贴项目自评报告\n按机具类型分，全年兑付拖拉机报废补贴224台、88.65万元，联合收割机报废补贴58台、"
            "54.80万元，其他机具41台、6.18万元，合计323台、149.63万元。平均每台补贴{mean}元，其中拖拉机平均每台3,957.59元。"
            "受益农户301户，平均每户{per_household}元。\n")


def test_an_amounts_average_over_a_count_and_its_money_given_together_before() -> None:
    assert coded(MACHINES.format(mean="4,623.51", per_household="4,971.10"), "average_mismatch") == [
        ("average_mismatch", "warning", "4,623.51元")]
    assert coded(MACHINES.format(mean="4,632.51", per_household="4,971.10"), "average_mismatch") == []
    assert coded(MACHINES.format(mean="4,632.51", per_household="4,917.10"), "average_mismatch") == [
        ("average_mismatch", "warning", "4,917.10元")]


HUBEI = ("附件\n2019年度项目支出绩效自评表\n预算执行情况\n（20分）\n全年预算数\n（万元）\n实际到位数\n（万元）\n实际支出数\n（万元）\n"
         "执行率\n分值\n得分\n96.00\n80.00\n76.52\n79.71%\n20\n15.94\n"
         "\t一级指标\n\t二级指标\n\t三级指标\n\t指标值\n\t完成值\n\t完成率\n\t分值\n\t得分\n"
         "目标一：保障\n监测预警系统\n稳定运行\n产出指标\n数量指标\n联网企业数\n≥28家\n29家\n103.57%\n{weight}\n10\n"
         "质量指标\n系统平均在线率\n≥95%\n91.2%\n96.00%\n10\n9.60\n小计\n{subtotal}\n19.60\n                - 3 -\n"
         "目标二：提升\n预警处置效率\n效益指标\n社会效益指标\n预警处置反馈率\n≥90%\n87.3%\n97.00%\n30\n29.10\n"
         "危险化学品生产安全\n事故起数\n=0起\n0起\n100.00%\n30\n30\n小计\n60\n59.10\n合计\n100\n94.64\n")


def test_a_tab_led_pdf_table_with_goal_titles_subtotals_and_its_execution_block() -> None:
    table = next(t for t in find_tables(HUBEI.format(weight="10", subtotal="20")) if t.col("name") is not None)
    names = [table.cell(r, "name").text for r in table.data_rows() if not r.is_total()]  # type: ignore[union-attr]
    assert names == ["联网企业数", "系统平均在线率", "预警处置反馈率", "危险化学品生产安全事故起数"]
    assert [f for f in findings(HUBEI.format(weight="10", subtotal="20")) if f[1] == "error"] == []


def test_a_goal_blocks_subtotal_against_its_rows() -> None:
    assert [f[0] for f in findings(HUBEI.format(weight="10", subtotal="25")) if f[1] == "error"] == ["weight_sum_mismatch"]


def test_a_rate_right_after_one_sources_spending_is_that_sources() -> None:
    text = ("2024年兽药残留监控项目自评报告\n2024年全年预算65.00万元，其中中央动物防疫补助资金25.00万元、省级专项15.00万元、"
            "市级配套25.00万元，到位率100%。全年支出61.23万元，其中中央资金25.00万元、省级资金15.00万元已全部支出，"
            "市级资金支出21.23万元，执行率{rate}。\n")
    assert coded(text.format(rate="84.92%"), "rate_mismatch") == []


def test_a_parts_balance_beside_its_own_spending_is_not_the_wholes() -> None:
    text = ("2024年电动自行车充电设施项目自评报告\n全年预算265.00万元，截至2024年12月31日支出214.62万元，预算执行率80.99%。"
            "分街道资金安排和执行情况见表2，其中区消防救援大队安排资金用于消防检测、宣传和演练，实际支出27.00万元，结余8.00万元。\n")
    assert coded(text, "balance_mismatch") == []


# -- round 101: a balance of money partly arrived; a count written after its noun --------------------------------------

def test_a_balance_of_money_that_did_not_all_arrive_is_not_the_budgets() -> None:
    text = ("2019年孕前优生健康检查项目自评报告\n年初预算142.80万元，加上2018年结转资金8.55万元，全年预算151.35万元。"
            "中央和省级补助资金108.00万元全部到位，县级配套资金到位31.20万元，到位率89.66%。全年执行143.61万元，"
            "预算执行率94.89%，结余资金4.14万元。\n")
    assert coded(text, "balance_mismatch") == []


def test_an_average_per_village_over_a_count_written_after_its_noun() -> None:
    text = "2025年饮水工程项目自评报告\n6个乡镇工程支出1,862.11万元，受益村48个，平均每村{mean}万元。\n"
    assert coded(text.format(mean="37.89"), "average_mismatch") == [("average_mismatch", "error", "37.89万元")]
    assert coded(text.format(mean="38.79"), "average_mismatch") == []


def test_the_highest_and_lowest_after_qi_zhong_are_no_parts() -> None:
    text = ("2021年退捕渔民安置项目自评报告\n全县户均领取过渡期生活补助11,166元，其中瑞洪镇户均最高，为11,325元；"
            "石口镇户均最低，为10,818元。\n")
    assert coded(text, "sum_mismatch") == []
    named = "2020年民政资金自评报告\n全年支出合计1,000.00万元，其中最低生活保障600.00万元、特困人员救助供养300.00万元。\n"
    assert [f[0] for f in coded(named, "sum_mismatch")] == ["sum_mismatch"]  # 最低生活保障 is a name, the list is short
