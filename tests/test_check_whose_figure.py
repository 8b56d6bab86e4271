"""Whose figure a sentence gives: an inspection's verdict is the item's, not the report's grade; a budget one stated
carry-over away from the table's is the same budget with or without it; a rate after a list of items is the item its
clause names, not the last one listed."""

from __future__ import annotations

from chains.check import check


def errors(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).findings if f.severity == "error"]


def test_an_inspections_verdict_on_an_item_is_not_the_reports_grade() -> None:
    text = ("经自评，本项目综合得分90.6分，评价等级为优。\n"
            "QKY2024-09项目因样机测试进度滞后，检查结论为不合格，我局已下达整改通知。\n")
    assert errors(text) == []
    assert errors(text.replace("评价等级为优", "评价等级为良")) == [("grade_mismatch", "良")]


def test_a_budget_one_stated_carry_over_away_from_the_tables_counts_it_in_or_out() -> None:
    table = ("| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|\n"
             "| 年度资金总额 | 1580.00 | 1840.00 | 1782.36 | 10 | 96.87% | 9.69 |\n")
    text = ("项目年初预算{b}万元，包括中央资金900.00万元和省级资金300.00万元。6月追加市本级资金260.00万元。"
            "2024年结转的中央资金380.00万元一并纳入本项目管理。\n" + table)
    assert errors(text.format(b="1200.00")) == []
    assert errors(text.format(b="1250.00")) == [("conflicting_values", "1250.00万元")]


def test_a_rate_after_a_list_is_the_rate_of_the_item_its_clause_names() -> None:
    table = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n|---|---|---|---|---|---|---|\n"
             "| 效益指标 | 生态效益指标 | 氮氧化物减排量 | ≥1800吨 | 1962吨 | 50 | 50 |\n"
             "| 效益指标 | 生态效益指标 | 颗粒物减排量 | ≥320吨 | 301吨 | 50 | 47.03 |\n| 合计 | | | | | 100 | 97.03 |\n")
    text = ("经核算，4家改造企业全年减排氮氧化物1962吨、二氧化硫468吨、颗粒物301吨，氮氧化物减排完成目标的{r}，"
            "颗粒物减排完成目标的94.06%。\n" + table)
    assert errors(text.format(r="109.00%")) == []
    assert errors(text.format(r="119.00%")) == [("completion_mismatch", "119.00%")]


def test_a_part_of_the_remainder_is_not_the_whole_balance() -> None:
    text = ("调整后全年预算6842.36万元。全年支出6598.14万元，预算执行率96.43%。"
            "年末结转结余{b}万元，其中结转231.60万元、结余12.62万元，结转结余率3.57%。\n")
    assert errors(text.format(b="244.22")) == []
    assert errors(text.format(b="254.22")) == [("balance_mismatch", "254.22万元")]


def test_a_departments_table_of_some_of_its_projects_totals_those_projects_only() -> None:
    text = ("安吉县体育局2024年度部门整体支出绩效自评报告\n调整后全年预算6842.36万元。全年支出6598.14万元，预算执行率96.43%。\n"
            "体育条线5个项目情况如下：\n项目名称｜全年预算（万元）｜执行数（万元）｜执行率｜自评得分｜等级\n"
            "县体育中心免费低收费开放补助｜186.00｜181.35｜97.50%｜96.50｜优\n全民健身设施补短板工程｜420.00｜356.58｜84.90%｜84.30｜良\n"
            "群众体育赛事活动｜135.00｜135.00｜100%｜98.00｜优\n合计｜741.00｜672.93｜90.81%｜—｜—\n")
    assert errors(text) == []


def test_a_clause_that_opens_with_a_listed_part_and_zhong_breaks_down_that_part() -> None:
    text = ("调整后全年预算1303.79万元。按来源分，当年财政拨款1241.79万元，其中中央车购税资金690.00万元、"
            "省级交通专项资金366.00万元、县级配套资金{c}万元；省级交通专项资金中养护补助180.00万元、危桥改造补助186.00万元。\n")
    assert errors(text.format(c="185.79")) == []
    assert [code for code, _ in errors(text.format(c="195.79"))] == ["sum_mismatch"]


def test_an_average_per_head_of_some_is_not_over_a_count_of_others() -> None:
    text = ("按常住人口34.25万人计算，2022年资金2,877.00万元。\n"
            "乡镇卫生院按考核结果向村卫生室拨付补助1,150.80万元，占全县资金的40.00%，村医人均补助2.86万元。\n")
    assert check(text).findings == []
    # an average in the other unit still shows its slip, within the precision the figure was written to
    slip = "共赔付1486.80万元，参保胶农7245户，户均获赔2052.17万元。\n"
    assert [f.code for f in check(slip).findings] == ["unit_mismatch"]


def test_one_terms_figure_and_a_midyear_rate_are_not_the_years() -> None:
    table = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n|---|---|---|---|---|---|---|\n"
             "| 产出指标 | 数量指标 | 国家助学金资助面 | ≥25% | 26.10% | 10 | 10 |\n"
             "| 预算执行 | 预算执行率 | 预算执行率 | 100% | 96.85% | 10 | 9.68 |\n")
    text = table + ("国家助学金资助面春季学期为26.21%、秋季学期为26.10%，均高于25%的年度指标。\n"
                    "截至2021年10月底，项目资金支出2,286.45万元，支出进度71.28%。\n")
    assert [f for f in check(text).findings if f.severity == "error"] == []


def test_the_total_row_of_a_table_of_units_is_not_the_projects_execution() -> None:
    text = ("项目全年预算3207.80万元，全年执行3106.66万元，预算执行率96.85%。\n"
            "乡镇卫生院　服务人口（人）　拨付资金　实际支出　执行率\n汉源镇卫生院　68420　444.73　432.33　97.21%\n"
            "石堡镇卫生院　16460　106.99　106.99　100.00%\n合计　84880　551.72　539.32　97.75%\n"
            "乡镇卫生院实际支出539.32万元。\n")
    assert [f for f in check(text).findings if f.severity == "error"] == []


def test_items_that_give_a_second_measure_only_sometimes_are_no_parts_of_a_total_neither_measure_makes() -> None:
    text = ("按上表汇总，产业发展项目9个，资金规模21,411,980.52元（折合2,141.20万元），占衔接资金全年预算的69.25%。"
            "其中，冷链加工中心建设项目安排520.00万元、已拨付364.00万元，黑山猪养殖示范基地建设项目安排386.00万元、"
            "已拨付308.80万元，乌鸡良种繁育场建设项目安排165.00万元，板栗低产园提质增效项目安排240.00万元。\n")
    assert errors(text) == []


def test_a_balance_beside_what_its_own_sentence_paid_out_is_not_judged_on_spending_from_elsewhere() -> None:
    text = ("1.咖啡初加工项目预算96.00万元，实际支出48.60万元。\n"
            "13个项目累计拨付资金1,041.34万元，支付进度95.10%，结转2022年53.66万元，主要为工程质保金。\n")
    assert errors(text) == []


def test_a_qizhong_after_a_part_breaks_down_that_part() -> None:
    text = ("当年财政拨款{t}元按来源分：中央财政15,380,000.00元，占67.6%，其中2023年12月提前下达15,240,000.00元；"
            "省级财政3,460,000.00元，占15.2%；市级财政1,020,000.00元，占4.5%；县级财政2,880,000.00元，占12.7%。\n")
    assert errors(text.format(t="22,740,000.00")) == []


def test_last_years_rate_is_not_judged_on_this_years_budget() -> None:
    text = ("莘县2021年度优抚对象抚恤补助项目支出绩效自评报告\n2021年全年预算19,920,000.00元，全年支出19,795,700.00元，预算执行率99.38%。\n"
            "与上年相比，2020年全年支出18,642,370.00元，2020年执行率为98.7%（当年结余资金已收回）。\n")
    assert errors(text) == []


def test_a_text_figure_its_own_sentence_works_out_leaves_the_table_cell_as_the_odd_one() -> None:
    table = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n|---|---|---|---|---|---|---|\n"
             "| 满意度指标 | 服务对象满意度指标 | 居民满意度 | ≥90% | 88.50% | 10 | 9.83 |\n")
    text = table + "随机调查居民400人，满意346人，居民满意度86.50%，未达到90%的目标。\n"
    assert [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).findings if f.severity == "error"] == [
        ("conflicting_values", "88.50%")]


def test_a_place_with_zhong_in_its_name_is_no_listed_part_broken_down() -> None:
    text = ("城乡低保资金{t}万元,其中,磴口县5079.16万元;杭锦后旗4035.12万元;乌拉特前旗8056.43万元;"
            "乌拉特中旗2995.07万元;乌拉特后旗2803万元。\n")
    assert check(text.format(t="22968.78")).findings == []
    # every place is a part: a wrong total is seen against all five (其中 may list only some: 疑似)
    assert [f.code for f in check(text.format(t="22986.78")).findings] == ["sum_mismatch"]
    assert "2995.07" in check(text.format(t="22986.78")).findings[0].message


def test_a_threshold_in_a_forms_note_is_no_rate_of_the_project() -> None:
    text = ("项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分 | 备注\n"
            "总额 | 0.00 | 3.36 | 3.36 | 100.00% | 10 | 10 | 1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因"
            "(100字以内);2.年中发生预算调整的,应单独说明理由.\n")
    assert check(text).findings == []


def test_a_tables_bare_figure_with_two_digits_swapped_against_the_texts_is_doubted() -> None:
    text = ("全县高血压患者规范管理24,862人，规范管理率64.66%。\n"
            "指标名称\t分子\t分母\t完成值\n高血压患者规范管理率\t24682\t38450\t64.19%\n")
    assert [(f.code, f.severity) for f in check(text).findings if f.code == "conflicting_values"] == [
        ("conflicting_values", "warning")]


DEPARTMENT = ("泰宁县文体旅游局2020年度部门整体支出绩效自评报告\n一、部门整体支出情况\n全年支出1,633.52万元，预算执行率94.39%。\n"
              "二、项目支出及自评情况\n1.全民健身活动及赛事项目：预算45.00万元，支出31.50万元，执行率70.00%，自评80.50分。\n"
              "2.旅游宣传营销项目：预算168.00万元，支出155.40万元，执行率92.50%，自评得分{s}分。\n"
              "一级指标｜二级指标｜三级指标｜指标值｜完成值｜分值｜得分\n预算执行｜预算执行率｜预算执行率｜100%｜92.50%｜10｜9.25\n"
              "产出指标｜数量指标｜宣传推介活动场次｜≥12场｜8场｜50｜33.33\n效益指标｜社会效益指标｜游客接待量恢复率｜≥80%｜64.14%｜30｜24.05\n"
              "满意度指标｜满意度指标｜游客满意度｜≥90%｜93.20%｜10｜10\n合计｜｜｜｜｜100｜76.63\n"
              "三、自评结论\n部门整体得分按项目预算加权平均计算，自评综合得分89.38分，评价等级为良。\n")


def test_a_projects_form_in_a_departments_report_is_set_only_against_that_projects_text() -> None:
    assert errors(DEPARTMENT.format(s="76.63")) == []  # the department's rate and 综合得分 are not the project's
    assert [code for code, _ in errors(DEPARTMENT.format(s="78.63"))] == ["score_sum_mismatch"]


def test_first_level_weights_each_followed_by_its_score_add_up_by_the_scores() -> None:
    text = ("项目自评得分{t}分，其中预算执行10分得8.82分，产出指标50分得44.68分，效益指标30分得26.00分，"
            "满意度指标10分得9.00分。\n")
    assert errors(text.format(t="88.50")) == []
    assert [code for code, _ in errors(text.format(t="89.50"))] == ["score_sum_mismatch"]


def test_standards_listed_after_a_per_unit_standard_are_standards_too() -> None:
    text = ("农村客运车辆128辆，其中纯电动24辆、燃气15辆、柴油89辆，补贴标准分别为每辆每年1.50万元、1.00万元、0.80万元，"
            "测算金额分别为36.00万元、15.00万元、71.20万元，合计{t}万元。\n")
    assert errors(text.format(t="122.20")) == []
    assert [code for code, _ in errors(text.format(t="124.00"))] == ["sum_mismatch"]


def test_a_grade_followed_by_last_years_in_brackets_is_still_this_years() -> None:
    text = "经逐项评分，本项目总得分89.62分，评价等级为{g}（上年为91.20分、优秀）。\n"
    assert errors(text.format(g="良好")) == []
    assert errors(text.format(g="优秀")) == [("grade_mismatch", "优秀")]


def test_a_qizhong_after_a_semicolon_that_adds_up_to_the_budget_breaks_down_the_budget() -> None:
    text = ("单位清查阶段预算24.80万元，支出23.94万元，执行率96.53%；其中普查员清查补助20.16万元、普查指导员补助3.84万元、"
            "清查物资0.80万元。\n")
    assert errors(text) == []


def test_an_adjustment_listed_beside_another_is_not_left_out_of_the_years_budget() -> None:
    text = "年初预算4950.00万元。2020年8月追加中央资金480.00万元、省级资金150.00万元，全年预算5580.00万元。\n"
    assert errors(text) == []


def test_the_text_may_give_another_row_of_the_funds_table_or_a_table_in_yi_yuan() -> None:
    table = ("| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|\n"
             "| 年度资金总额 | 4268.40 | 4110.00 | 3768.72 | 10 | 91.70% | 9.17 |\n"
             "| 当年财政拨款 | 4118.40 | 3960.00 | 3618.72 | — | 91.38% | — |\n"
             "| 其他资金（群众筹资投劳） | 150.00 | 150.00 | 150.00 | — | — | — |\n")
    assert errors("项目年初预算财政资金4118.40万元，其中中央2890.00万元、省级1228.40万元。\n" + table) == []
    yi = ("（二）预算执行情况（单位：亿元）\n项目\t全年预算数\t实际到位\t全年执行数\n年度资金总额\t2.3998\t2.3508\t2.2788\n"
          "全年实际到位23508.10万元，资金到位率97.96%；划入基金专户22788.16万元；资金结余719.94万元。\n")
    assert errors(yi) == []


def test_meals_are_counted_and_levels_named_with_defen_add_up_after_the_total() -> None:
    meals = "全年实际供餐{t}餐，其中包件一148650餐、包件二112300餐、包件三84275餐。\n"
    assert check(meals.format(t="345225")).findings == []
    assert [f.code for f in check(meals.format(t="354225")).findings] == ["sum_mismatch"]  # 其中 may list only some: 疑似
    levels = ("本项目自评得分{t}分，其中预算执行率得分9.76分，产出指标得分48.22分，效益指标得分29.77分，"
              "满意度指标得分9.83分。\n")
    assert errors(levels.format(t="97.58")) == []
    assert [code for code, _ in errors(levels.format(t="98.58"))] == ["score_sum_mismatch"]


def test_autonomous_region_and_banner_columns_are_sources_of_the_subtotal() -> None:
    text = ("| 项目 | 中央 | 自治区 | 市级 | 旗本级 | 小计 |\n|---|---|---|---|---|---|\n"
            "| 全年预算 | 16.00 | 12.00 | 4.00 | 8.00 | {t} |\n| 全年执行 | 16.00 | 12.00 | 4.00 | 5.00 | 37.00 |\n")
    assert errors(text.format(t="40.00")) == []
    assert [code for code, _ in errors(text.format(t="42.00"))] == ["sum_mismatch"]


def test_an_average_word_belongs_to_the_figure_right_after_it() -> None:
    text = ("全年累计发放39840人次，月均3320人，发放307.80万元。其中一级护理补贴14460人次、130.14万元，"
            "二级护理补贴25380人次、177.66万元。\n")
    assert errors(text) == []


def test_a_rate_per_head_is_no_unit_twin_of_a_budget() -> None:
    text = ("2018年项目年初预算1200.00万元，其中生活补贴500.00万元、护理补贴700.00万元。\n"
            "2.两项补贴对象人均每年增加收入1200元（生活补贴）或960—1200元（护理补贴）。\n")
    assert errors(text) == []


def test_round_ten_shapes_a_change_a_bound_last_years_base_and_a_balance_explained_in_brackets() -> None:
    # an increase is no total an average is worked out from
    raise_ = ("全场聘用专职管护人员45人，每人每月1850元，比2019年的每人每月1750元提高100元，增长5.71%，"
              "人均年劳务收入2.22万元。\n")
    assert errors(raise_) == []
    # "均在80分以上" bounds the projects' scores, it is no total
    bound = ("| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |\n|---|---|---|---|---|\n| 产出指标 | 数量指标 | 服务人次 | 60 | 60 |\n"
             "| 效益指标 | 社会效益 | 满意度 | 40 | 34.75 |\n| 合计 | | | 100 | 94.75 |\n8个项目自评得分均在80分以上。\n")
    assert errors(bound) == []
    # a balance whose brackets give its own arithmetic is borne out
    explained = ("全年预算316.80万元，资金到位率96.21%，预算执行率90.60%。年中追加38.00万元。\n"
                 "5. 结余17.78万元（到位304.80万元减支出287.02万元），结转2021年。\n")
    assert errors(explained) == []


def test_round_fourteen_shapes_an_items_saving_petty_cash_a_share_and_sources_budgets_beside_spending() -> None:
    # an item's saving in brackets is the item's, not the project's balance
    saving = ("全年预算1,860.00万元，执行1,823.75万元，结余36.25万元。其中主体工程结算1,451.40万元（超概算31.40万元），"
              "室外附属148.60万元（节余31.40万元），在总投资内平衡。\n")
    assert errors(saving) == []
    # what is left of a petty cash advance is the advance's
    petty = ("全年到位资金1078.00万元。年底按实际使用额清算，乡镇共使用备用金91.46万元，余额8.54万元已收回县民政局。\n")
    assert errors(petty) == []
    # "占…的" is a share of what its clause names: two shares of one base are two figures
    share = ("全年实际采购金额3,652.18万元，其中授予中小企业合同金额2,718.37万元，占实际采购金额的74.43%。\n"
             "2.社会效益。全年授予中小企业合同金额2,941.07万元，占实际采购金额的80.53%，政策效果明显。\n")
    assert [e for e in errors(share) if e[0] == "conflicting_values"] == []
    # spending broken down by the sources' budgets, which add up to what arrived
    sources = ("各级资金全部到位，到位资金11,950.00万元，到位率100%。全年执行11,841.46万元，预算执行率99.09%，其中中央资金"
               "9,126.00万元、省级资金1,604.00万元、市级资金240.00万元全部支出；县级资金980.00万元，实际支出871.46万元。\n")
    assert errors(sources) == []


def test_round_fifteen_shapes() -> None:
    # a count whose bracketed parts are counted in another unit too
    schools = "2018年安排项目学校14所（其中初中3所、小学8所、村小教学点3个），新建校舍1.26万平方米。\n"
    assert errors(schools) == []
    # amounts per square metre beside the investments are no parts of their sum
    costs = ("学生宿舍0.68万平方米完成投资1,047.20万元，每平方米1,540元；食堂0.25万平方米完成投资392.50万元，每平方米1,570元；"
             "两项合计1,439.70万元。\n")
    assert errors(costs) == []
    # averages of groups are no parts of the average of all
    groups = "8宗合计183.92万元，平均每宗22.99万元，其中5座小(1)型平均26.90万元，3座小(2)型平均16.47万元。\n"
    assert errors(groups) == []
    # the levels' scores listed after the total are no weights
    scores = "项目自评总得分96.28分，等级为“优秀”。其中预算执行9.71分、产出48.00分、效益28.97分、满意度9.60分。\n"
    assert errors(scores) == []
    # "由…增加到…": the value before is no average of this year
    before = "图书由34.506万册增加到40.106万册，在校生14,200人，生均图书由24.30册增加到28.24册。\n"
    assert errors(before) == []
    # a works' quality verdict is no grade of the report
    verdict = "经自评，本项目综合得分88.05分，评价等级为良。\n已完工的10座水库单位工程质量评定全部合格，合格率100%。\n"
    assert errors(verdict) == []
