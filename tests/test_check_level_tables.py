"""Reports that score each first-level indicator in a table of its own, closed by a 小计 row, with the execution line in
the funds block above: each table adds up to its own subtotal, and the subtotals with the execution score to the total."""

from __future__ import annotations

from chains.check import check

FUNDS = ("表1 预算执行情况（单位：万元）\n项目｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分\n"
         "年度资金总额｜336.00｜384.00｜362.48｜10｜94.40%｜9.44\n")
OUTPUT = ("表2 产出指标评分表\n二级指标｜三级指标｜年度指标值｜实际完成值｜完成率｜分值｜得分\n"
          "数量指标｜培训人次｜≥1200人次｜1146人次｜95.50%｜10｜9.55\n数量指标｜开办培训班期数｜≥30期｜32期｜106.67%｜{w}｜5\n"
          "质量指标｜培训合格率｜≥90%｜92.84%｜103.16%｜10｜10\n质量指标｜取证率｜≥80%｜79.58%｜99.48%｜5｜4.97\n"
          "时效指标｜拨付及时率｜≥90%｜96.88%｜107.64%｜10｜10\n成本指标｜人均培训成本｜2800—3200元｜3043.63元｜100.00%｜10｜10\n"
          "小计｜｜｜｜｜50｜49.52\n人均培训成本按培训补贴348.80万元除以培训人次计算。\n")
BENEFIT = ("表3 效益及满意度指标评分表\n一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜完成率｜分值｜得分\n"
           "效益指标｜社会效益指标｜转移就业人数｜≥600人｜658人｜109.67%｜30｜30\n"
           "满意度指标｜服务对象满意度指标｜参训人员满意度｜≥90%｜92.18%｜102.42%｜10｜10\n小计｜｜｜｜｜｜40｜40\n")
SUMMARY = "四、自评结论\n预算执行率得9.44分，产出指标得49.52分，效益指标得30分，满意度指标得10分，项目自评总分{t}分，评价结论为“优秀”。\n"


def errors(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).findings if f.severity == "error"]


def test_level_tables_that_add_up_to_their_subtotals_and_the_total_are_clean() -> None:
    assert errors(FUNDS + OUTPUT.format(w=5) + BENEFIT + SUMMARY.format(t="98.96")) == []


def test_a_level_tables_weights_against_its_own_subtotal() -> None:
    text = FUNDS + OUTPUT.format(w=10) + BENEFIT + SUMMARY.format(t="98.96")
    assert [code for code, _ in errors(text)] == ["weight_sum_mismatch"]


def test_the_total_in_the_text_against_the_subtotals_and_the_execution_score() -> None:
    text = FUNDS + OUTPUT.format(w=5) + BENEFIT + SUMMARY.format(t="99.96")
    (found,) = errors(text)
    assert found[0] == "score_sum_mismatch" and found[1].endswith("99.96分")


def test_a_part_of_the_balance_stated_in_another_section_is_not_the_balance() -> None:
    text = ("全年预算581.60万元，实际到位581.60万元。\n"
            "全年执行548.37万元，年末结余33.23万元。结余资金中，中央资金24.60万元和省级资金2.20万元为合同质保金。\n"
            "七、其他需要说明的问题\n结转2022年的26.80万元将在合同质保期满后按约定支付。\n")
    assert errors(text) == []
    assert errors(text.replace("结余33.23", "结余32.33")) == [("balance_mismatch", "32.33万元")]


def test_a_subtotal_row_named_for_its_level_closes_the_levels_table() -> None:
    table = ("二级指标｜三级指标｜年度指标值｜实际完成值｜完成率｜分值｜得分\n"
             "数量指标｜鼠害防治面积｜≥60万亩｜62.4万亩｜104.00%｜10｜10\n数量指标｜招鹰架｜≥800架｜820架｜102.50%｜{w}｜10\n"
             "质量指标｜防治效果｜≥85%｜88.62%｜104.26%｜20｜20\n成本指标｜亩均防治成本｜≤7.5元/亩｜6.75元/亩｜100.00%｜10｜10\n"
             "产出指标小计｜｜｜｜｜50｜50\n")
    assert errors(table.format(w=10)) == []
    assert [code for code, _ in errors(table.format(w=15))] == ["weight_sum_mismatch"]


def test_a_part_of_the_balance_is_not_blamed_when_the_whole_balance_beside_the_spending_is_the_slip() -> None:
    text = ("2025年项目全年预算656.00万元。\n截至2025年12月31日，项目实际支出471.78万元，预算执行率71.92%，结余{b}万元。\n"
            "上述结余中，抢险加固工程180.00万元已结转至2026年继续用于本工程。\n"
            "六、建议\n二是结转资金180.00万元专项用于本工程。\n")
    assert errors(text.format(b="184.22")) == []
    assert errors(text.format(b="148.22")) == [("balance_mismatch", "148.22万元")]


def test_the_scores_of_other_units_given_in_turn_are_not_the_reports_total() -> None:
    text = ("5个二级单位均对本单位项目支出开展了自评，自评得分分别为：市图书馆96分、市群众艺术馆94.5分、市博物馆92分，"
            "全部为“优”。\n" + FUNDS + OUTPUT.format(w=5) + BENEFIT + SUMMARY.format(t="98.96"))
    assert [f for f in check(text).findings if f.code == "score_sum_mismatch"] == []
    assert [f.code for f in check(text.replace("总分98.96分", "总分96.98分")).findings
            if f.severity == "error"] == ["score_sum_mismatch"]


SUBTOTALS = ("一级指标\t二级指标\t三级指标\t分值\t得分\t扣分说明\n"
             "预算执行率\t—\t预算执行率\t10\t9.82\t\n"
             "履职效能（40分）\t打击犯罪\t刑事案件破案率\t10\t10\t\n"
             "\t治安防控\t视频监控点位建成率\t10\t{s}\t\n"
             "\t交通管理\t道路交通事故死亡人数\t20\t20\t\n"
             "\t小计\t\t40\t39.68\t得分率99.20%\n"
             "社会效应（50分）\t群众评价\t群众安全感\t25\t25\t\n"
             "\t\t执法满意度\t25\t24\t\n"
             "\t小计\t\t50\t49\t得分率98.00%\n"
             "合计\t\t\t100\t98.50\t\n")


def test_each_subtotal_row_closes_the_rows_above_it_under_the_same_first_level_cell() -> None:
    assert [f for f in check(SUBTOTALS.format(s="9.68")).findings if f.severity == "error"] == []
    found = [(f.code, f.span) for f in check(SUBTOTALS.format(s="9.86")).findings if f.severity == "error"]
    text = SUBTOTALS.format(s="9.86")
    # the 小计 and the other levels add up to the 合计's 98.50: the slip is among the rows the 小计 closes
    assert [code for code, _ in found] == ["score_sum_mismatch"]
    pointed = text[found[0][1][0] : found[0][1][1]]
    assert "9.86" in pointed and "39.68" not in pointed
