"""Table shapes that copies of published reports produce (issue 10, the fourth real set): a row folded onto the
next line, a header without its label column, columns read in the wrong place. What can be read is read; what
was placed by inference is at most 疑似; a misread column says nothing."""

from __future__ import annotations

from chains.check import check


def found(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity or "", text[f.span[0] : f.span[1]]) for f in check(text).findings]


FOLDED = ("项目资金 (万元) |\n"
          "| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
          "年度资金总额 |\n"
          "| 32.4 | 31.69 | 10 | {rate} | 9 |\n")


def test_a_row_folded_onto_the_next_line_with_a_blank_cell_dropped_is_read_against_the_last_columns() -> None:
    assert ("rate_mismatch", "warning", "97.80%") in found(FOLDED.format(rate="97.80%"))
    assert [f for f in found(FOLDED.format(rate="97.81%")) if f[0] == "rate_mismatch"] == []
    message = next(f.message for f in check(FOLDED.format(rate="97.80%")).findings if f.code == "rate_mismatch")
    assert message.startswith("疑似") and "推定" in message


def test_a_header_without_its_label_column_over_rows_with_a_blank_score() -> None:
    text = ("| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
            "年度资金总额 | 329.77 | 329.77 | 338.31 | 10 | 102.59% | |\n")
    assert ("implausible_rate", "error", "102.59%") in found(text)


def test_a_comparator_in_the_weight_or_score_column_means_the_columns_are_misread() -> None:
    text = ("| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |\n"
            "| 产出指标 | 数量指标 | 建设美丽宜居自然村庄数量 | ≥200 | 202 |\n"
            "| 产出指标 | 质量指标 | 户用卫生厕所改造验收通过率 | ≥95% | 100% |\n")
    assert [f for f in found(text) if f[0] in ("score_exceeds_weight", "weight_sum_mismatch", "score_sum_mismatch")] == []


def test_a_rate_column_holding_the_weight_while_the_rate_stands_elsewhere_in_the_row_says_nothing() -> None:
    text = ("| 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分 |\n"
            "| 总额 | 0.00 | 3.36 | 3.36 | 100.00% | 10 | 10 |\n")
    assert [f for f in found(text) if f[0] == "implausible_rate"] == []


def test_a_received_rate_against_an_initial_budget_the_amount_exceeds_is_doubtful() -> None:
    text = "年初预算2,451,170.06元，全年到位资金3,011,525.72元，资金到位率100%，到位及时。"
    assert ("rate_mismatch", "warning", "100%") in found(text)
    assert not [f for f in found(text) if f[1] == "error"]


SPACED = """一级指标    二级指标        三级指标                        指标值        实际值      分值   得分
预算执行    预算执行率      预算执行率                      100%          96.47%      10     9.65
产出指标    数量指标        资助参保人数                    ≥21,000人     21,468人    40     40
效益指标    社会效益指标    因病致贫返贫户数                =0户          0户         40     40
满意度指标  满意度指标      救助对象满意度                  ≥90%          93.8%       10     10
合计                                                                                  100    {total}
"""


def test_a_short_total_row_of_a_space_aligned_table_is_read_under_the_columns_it_stands_under() -> None:
    assert [f for f in found(SPACED.format(total="99.65")) if f[0] == "score_sum_mismatch"] == []
    # each figure starts exactly where its header starts: placed with certainty
    assert ("score_sum_mismatch", "error", "99.44") in found(SPACED.format(total="99.44"))
    # one figure a column off its header: placed by what it adds up to (100, the sum of the weights above it, then the
    # score), certain all the same
    off = SPACED.format(total="99.44").replace("100    99.44", " 100   99.44")
    assert ("score_sum_mismatch", "error", "99.44") in found(off)


WIDER = ("部门(单位)总体 资金(万元) | 资 金 来 源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | 得分计算方法 |\n"
         "年度资金总额: | 1172.55 | 1268.72 | 10 | 10 | 执行率*该指标分值,最高不得超过分值上限。 |\n"
         "基本支出 | {basic} | 914.97 |\n"
         "10 | 10 |\n"
         "项目支出 | 187.36 | 353.75 | 10 | 10 |\n")


def test_a_header_one_cell_wider_than_its_rows_with_a_row_folded_onto_the_next_line() -> None:
    assert [f for f in found(WIDER.format(basic="985.19")) if f[0] == "sum_mismatch"] == []
    assert ("sum_mismatch", "warning", "1172.55") in found(WIDER.format(basic="985.22"))


def test_a_leading_tab_is_an_empty_first_cell_of_a_pasted_row() -> None:
    text = ("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t数量指标\t讲座场次\t≥120场\t126场\t40\t40\n"
            "\t\t帮扶户数\t≥380户\t380户\t30\t30\n"
            "效益指标\t社会效益指标\t知晓率\t≥85%\t88%\t20\t20\n"
            "满意度指标\t满意度指标\t满意度\t≥90%\t96.4%\t10\t10\n"
            "合计\t\t\t\t\t100\t{total}\n")
    assert [f for f in found(text.format(total="100")) if f[1] == "error"] == []
    assert ("score_sum_mismatch", "error", "97") in found(text.format(total="97"))


GRID = """+------------+------------+--------------+------------+------------+------+-------+
| 一级指标   | 二级指标   | 三级指标     | 年度指标值 | 实际完成值 | 分值 | 得分  |
+============+============+==============+============+============+======+=======+
| 产出指标   | 数量指标   | 纸质档案数字 | ≥230万页   | 240万页    | 50   | 50    |
|            |            | 化页数       |            |            |      |       |
+------------+------------+--------------+------------+------------+------+-------+
|            | 数量指标   | 录音录像档案 | ≥600盘     | 552盘      | 50   | {s}   |
|            |            | 数字化数量   |            |            |      |       |
+------------+------------+--------------+------------+------------+------+-------+
"""


def test_a_grid_table_is_one_table_whose_rows_wrap_between_its_rules() -> None:
    from chains.check import read

    ctx = read(GRID.format(s="46"))
    assert len(ctx.tables) == 1 and ctx.tables[0].col("weight") is not None
    names = [ctx.tables[0].cell(r, "name").text for r in ctx.tables[0].data_rows()]  # type: ignore[union-attr]
    assert names == ["纸质档案数字化页数", "录音录像档案数字化数量"]
    text = GRID.format(s="46") + "\n完成录音录像档案数字化552盘，完成年度目标的{r}，支出198,600.00元。\n"
    assert ("completion_mismatch", "error", "90.20%") in found(text.format(r="90.20%"))
    assert [f for f in found(text.format(r="92.00%")) if f[1] == "error"] == []


def test_a_unit_label_over_the_budget_columns_makes_the_header_one_cell_wider() -> None:
    text = ("预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 | ||\n"
            "总额 | 0.00 | 3.36 | 3.36 | {r} | 10 | 10 | 1.预算执行率=预算执行数/调整后预算数 |\n"
            "其中:财政资金 | 0.00 | 3.36 | 3.36 | 100.00% | / | / | |\n")
    assert [f for f in found(text.format(r="100.00%")) if f[1] == "error"] == []
    assert ("rate_mismatch", "warning", "97.00%") in found(text.format(r="97.00%"))


def test_the_mof_indicator_block_whose_first_header_is_its_merged_label() -> None:
    rows = ["绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
            "\t产出指标\t数量指标\t科普e站建设数\t≥12个\t12个\t40\t40\t",
            "\t\t\t农民科技培训人次\t≥3000人次\t3260人次\t20\t20\t",
            "\t效益指标\t社会效益指标\t公民具备科学素质比例\t≥5.5%\t5.86%\t30\t30\t",
            "\t满意度指标\t满意度指标\t受益群众满意度\t≥90%\t93.5%\t10\t{s}\t",
            "总分\t\t\t\t\t\t100\t{t}\t"]
    text = "\n".join(rows) + "\n"
    assert [f for f in found(text.format(s="10", t="100")) if f[1] == "error"] == []
    assert ("score_sum_mismatch", "error", "99") in found(text.format(s="10", t="99"))


def test_a_unit_in_a_weight_or_score_cell_means_the_columns_are_misread() -> None:
    text = ("一级指标    二级指标        三级指标        年度指标值    实际完成值    分值   得分\n"
            "产出指标    成本指标        储备补贴标准    ≤60元/吨      60元/吨       5      5\n"
            "产出指标    数量指标        储备化肥        ≥2万吨        2.4万吨       95     95\n")
    assert [f for f in found(text) if f[0] == "score_exceeds_weight"] == []



def aligned(rows: list[list[str]], widths: list[int]) -> str:
    """Rows as a Word table pasted as text: each cell padded to its column's width on screen (CJK counts two)."""
    def pad(cell: str, w: int) -> str:
        return cell + " " * (w - sum(2 if ord(c) > 0x2E80 else 1 for c in cell))
    return "".join("".join(pad(c, w) for c, w in zip(r, widths, strict=False)).rstrip() + "\n" for r in rows)


SPACED_FUNDS = aligned([
    ["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"],
    ["总额", "0.00", "3.36", "3.36", "100.00%", "10", "10", "1.预算执行率=预算执行数/调整后预算数,未达100%的按比例扣分"],
    ["其中:财政资金", "0.00", "3.36", "3.36", "100.00%", "/", "/"],
], [22, 20, 12, 16, 14, 12, 8, 8, 8])


def test_a_space_aligned_funds_row_whose_edited_rate_pulled_later_cells_left_and_whose_reason_runs_on() -> None:
    # "97.00%" is one character shorter than the "100.00%" the columns were aligned for: the cells after it stand
    # one column left of their headers, and the reason runs past the last header; the row is still placed (疑似)
    edited = SPACED_FUNDS.replace("100.00%", "97.00%", 1)
    assert ("rate_mismatch", "warning", "97.00%") in found(edited)
    assert [f for f in found(SPACED_FUNDS) if f[0] == "rate_mismatch"] == []


def spaced_indicators(score: str, total: str = "97") -> str:
    return aligned([
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "县级储备粮规模", "≥2.5万吨", "2.5万吨", "30", "30"],
        ["", "", "储备粮轮换数量", "≥0.8万吨", "0.72万吨", "30", score, "市场价格高于轮入价上限"],
        ["效益指标", "社会效益", "储粮安全生产事故", "0起", "0起", "30", "30"],
        ["满意度指标", "服务对象满意度", "服务对象满意度", "≥90%", "92%", "10", "10"],
        ["总分", "", "", "", "", "100", total],
    ], [12, 16, 18, 12, 12, 8, 8, 12])


def test_a_space_aligned_row_with_an_empty_last_cell_keeps_its_cells_where_they_stand() -> None:
    # "产出指标 数量指标 县级储备粮规模 … 30 30" has no 偏差原因: its blank is at the end, not before 产出指标
    assert [f for f in found(spaced_indicators("27")) if f[0] != "deviation_unexplained"] == []
    assert ("score_exceeds_weight", "error", "33") in found(spaced_indicators("33", "103"))
    assert [f[0] for f in found(spaced_indicators("27", "98"))
            if f[0] != "deviation_unexplained"] == ["score_sum_mismatch"]  # the first row's 30 counts


SINGLE_SPACED = ("一级指标 二级指标 三级指标 权重 目标值 业绩值 完成率 指标得分 偏差原因分析\n"
                 "及改进措施\n"
                 "预算执行 预算执行 预算执行率 10 100% 96.19% 96.19% 9.62 县级追加资金\n"
                 "指标 指标 未全部到位\n"
                 "产出指标 数量指标 谷子示范基地建设面积 10 ≥10000亩 10 260亩 102.60% 10 —\n"
                 "数量指标 旱作节水技术推广面积 30 ≥3.0万亩 2.85万亩 95.00% {score} 春播期墒情\n"
                 "较好，部分农户未采用\n"
                 "效益指标 社会效益 带动农户数 40 ≥1500户 1 428户 95.20% 38.08 部分地块流转至合作社\n"
                 "满意度指标 服务对象满意度 受益农户满意度 10 ≥90% 93.60% 104.00% 10 —\n"
                 "合计 100 {total}\n")


def test_a_single_spaced_table_is_read_from_each_rows_score_back_in_its_headers_order() -> None:
    assert [f for f in found(SINGLE_SPACED.format(score="28.50", total="96.20")) if f[1] == "error"] == []
    assert [(f[0], f[2]) for f in found(SINGLE_SPACED.format(score="28.50", total="96.02")) if f[1] == "error"] \
        == [("score_sum_mismatch", "96.02")]
    # the row a wrapped cell continues is read, never certain
    assert ("score_exceeds_weight", "warning", "32.50") in found(SINGLE_SPACED.format(score="32.50", total="100.20"))


def test_a_score_table_short_of_the_execution_row_its_total_counts_is_not_added_up() -> None:
    text = ("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
            "产出指标 数量指标 定期抚恤补助发放人数 ≥1 750人 1 784人 40 40\n"
            "效益指标 社会效益 培训后就业率 ≥80% 76.19% 40 38.10\n"
            "满意度指标 服务对象满意度 优抚对象满意度 ≥90% 96.20% 10 10\n"
            "总分 100 97.93\n")
    assert [f for f in found(text) if f[0] == "score_sum_mismatch"] == []


def _errors_of(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).findings if f.severity == "error"]


_SPACED_HEAD = "一级指标    二级指标      三级指标                        年度指标值      实际完成值      完成率      分值    得分\n"


def test_a_first_level_row_naming_its_indicator_one_column_early_is_an_indicator_not_a_level() -> None:
    text = (_SPACED_HEAD
            + "预算执行    预算执行率                                    100%            93.60%          93.60%      10      9.36\n"
            + "产出指标    数量指标      除险加固小型水库数量            ≥6座            6座             100.00%     50      50\n"
            + "效益指标    社会效益      受益人口                        ≥1万人          1万人           100.00%     30      30\n"
            + "满意度指标  服务对象满意度  群众满意度                    ≥90%            90%             100.00%     10      {s}\n"
            + "总分                                                                                                  100     99.36\n")
    assert _errors_of(text.format(s="10")) == []
    # rows over their total are certain; short of it, a space-aligned table may have lost a row (only doubted)
    assert [code for code, _ in _errors_of(text.format(s="11"))] == ["score_exceeds_weight", "score_sum_mismatch"]
    assert [(f.code, f.severity) for f in check(text.format(s="9")).findings if f.code == "score_sum_mismatch"] == [
        ("score_sum_mismatch", "warning")]


def test_second_level_subtotals_inside_first_level_ones_are_not_taken_for_groups_of_their_own() -> None:
    rows = ["一级指标      二级指标        三级指标                      年度指标值        实际完成值        分值    得分",
            "预算执行率                                                  100%              80.44%            10      8.04",
            "产出指标      数量指标        狼溪河清淤疏浚长度            ≥8.6公里          8.6公里           20      20",
            "              数量指标小计                                                                      20      20",
            "              成本指标        每公里清淤成本                ≤30万元           28万元            {w}      20",
            "              成本指标小计                                                                      20      20",
            "产出指标小计                                                                                    40      40",
            "效益指标      社会效益        受益人口                      ≥1万人            1.2万人           40      40",
            "              社会效益小计                                                                      40      40",
            "效益指标小计                                                                                    40      40",
            "满意度指标    满意度          群众满意度                    ≥90%              95%               10      10",
            "总分                                                                                            100     98.04"]
    text = "\n".join(rows) + "\n"
    assert _errors_of(text.format(w="20")) == []
    assert "weight_sum_mismatch" in [code for code, _ in _errors_of(text.format(w="25"))]


def test_an_indicator_block_flattened_one_cell_per_line_with_blank_cells_is_read_row_by_row() -> None:
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    rows = [["产出指标", "数量指标", "农村危房改造户数", "≥1704户", "1704户", "50", "50", ""],
            ["", "", "危房鉴定户数", "≥1800户", "1826户", "10", "10", ""],
            ["效益指标", "社会效益指标", "住房安全有保障比例", "=100%", "100%", "30", "{s}", ""],
            ["满意度指标", "服务对象满意度指标", "改造户满意度", "≥95%", "97.20%", "10", "10", ""],
            ["总分", "", "", "", "", "100", "100", ""]]
    text = "绩效指标\n" + "\n".join(head + [cell for row in rows for cell in row]) + "\n"
    assert _errors_of(text.format(s="30")) == []
    assert [code for code, _ in _errors_of(text.format(s="31"))] == ["score_exceeds_weight", "score_sum_mismatch"]
    assert [code for code, _ in _errors_of(text.format(s="29"))] == ["score_sum_mismatch"]


def test_indicators_written_one_a_line_as_named_fields_are_read_as_a_table() -> None:
    lines = ["绩效指标：",
             "1. 指标名称：受理登记业务量（产出—数量）；年度指标值：≥13000件；实际完成值：14236件；完成率：109.51%；分值：10；得分：10",
             "2. 指标名称：存量档案数字化（产出—数量）；年度指标值：≥12000卷；实际完成值：12600卷；完成率：105.00%；分值：10；得分：{s}",
             "3. 指标名称：按时办结率（产出—时效）；年度指标值：≥98%；实际完成值：99.80%；完成率：{c}；分值：5；得分：5",
             "4. 指标名称：办事群众满意度（满意度）；年度指标值：≥90%；实际完成值：97.15%；完成率：107.94%；分值：10；得分：10"]
    text = "\n".join(lines) + "\n"
    assert _errors_of(text.format(s="10", c="101.84%")) == []
    assert _errors_of(text.format(s="12", c="101.84%")) == [("score_exceeds_weight", "12")]
    assert [code for code, _ in _errors_of(text.format(s="10", c="110.84%"))] == ["completion_mismatch"]


def test_a_score_column_holding_deductions_reads_each_as_the_weight_less_the_deduction() -> None:
    table = ("一级指标|二级指标|三级指标|指标值|完成值|分值|得分（或扣分）|扣分原因\n"
             "预算执行|预算执行率|预算执行率|100%|96.11%|10|扣0.39|结余5.15万元\n"
             "产出指标|数量指标|举办全民健身活动|≥15场|13场|45|扣0.8|两场联赛未举办\n"
             "效益指标|社会效益指标|体育馆年服务人次|≥22万人次|20.9万人次|35|扣2.5|场馆设施老化\n"
             "满意度指标|服务对象满意度指标|群众满意度|≥85%|91.25%|10|10|\n"
             "合计|||||100|{total}|\n")
    assert [f for f in found(table.format(total="96.31")) if f[1] == "error"] == []
    assert [f for f in found(table.format(total="97.31")) if f[1] == "error"] == [("score_sum_mismatch", "error", "97.31")]
    rule = [f for f in check(table.format(total="96.31")).findings if f.code == "score_rule_mismatch"]
    assert rule and all("扣" in f.message for f in rule)  # the message quotes the deduction and the score it leaves


def test_a_cell_that_holds_sentences_is_read_as_prose() -> None:
    table = ("| 年度总体目标 | 实际完成情况 |\n|---|---|\n"
             "| 完成3处古树群保护，受益群众满意度90%以上。 | 完成地扪、堂安、黄岗3处古树群保护，分别支出8.16万元、6.57万元、"
             "6.33万元，平均每处{a}万元；群众满意度93.5%。 |\n")
    assert [f for f in found(table.format(a="7.02")) if f[1] == "error"] == []
    assert [f for f in found(table.format(a="7.20")) if f[1] == "error"] == [("average_mismatch", "error", "7.20万元")]


def test_a_table_of_sub_projects_checks_each_rows_payment_progress_and_its_zero_budgets() -> None:
    table = ("| 序号 | 项目名称 | 资金规模（万元） | 已拨付（万元） | 支付进度 |\n|---|---|---|---|---|\n"
             "| 1 | 坡荷乡茶叶加工厂 | 212.80 | 198.36 | {r} |\n| 2 | 肉牛养殖产业园 | 2,680.00 | 2,437.15 | 90.94% |\n"
             "| 3 | 资金调整至第2项 | 0.00 | 0.00 | {z} |\n| 合计 | | 2,892.80 | 2,635.51 | 91.11% |\n")
    assert [f for f in found(table.format(r="93.21%", z="—")) if f[1] == "error"] == []
    assert [f for f in found(table.format(r="93.12%", z="—")) if f[1] == "error"] == [("rate_mismatch", "error", "93.12%")]
    assert [f for f in found(table.format(r="93.21%", z="100.0%")) if f[1] == "error"] == [
        ("implausible_rate", "error", "100.0%")]


NUMBERED = ("1.预算执行率：分值10分，全年预算数135.60万元，全年执行数121.35万元，执行率89.49%，得分8.95分。\n"
            "2.存量档案数字化卷数（数量指标）：分值15分，目标值≥38,000卷，业绩值36,480卷，完成率96.00%，得分14.40分。\n"
            "3.数字化页数（数量指标）：分值45分，目标值≥170万页，业绩值165.8万页，完成率97.53%，得分{s}分。\n"
            "4.办事群众满意度（满意度指标）：分值30分，目标值≥95%，业绩值97.30%，完成率102.42%，得分30分。\n"
            "合计：分值100分，得分{t}分。\n")


def test_indicators_one_to_a_numbered_line_with_each_field_named_are_read_as_a_form() -> None:
    assert [f for f in found(NUMBERED.format(s="43.89", t="97.24")) if f[1] == "error"] == []
    assert [f for f in found(NUMBERED.format(s="43.89", t="98.24")) if f[1] == "error"] == [
        ("score_sum_mismatch", "error", "98.24分")]
    assert [f for f in found(NUMBERED.format(s="46.89", t="100.24")) if f[0] == "score_exceeds_weight"] != []


def test_a_level_column_marks_which_rows_are_indicators() -> None:
    text = ("指标层级 | 指标名称 | 指标权重 | 年度指标值 | 实际完成值 | 得分\n"
            "一级 | 预算执行 | 10 | | | 8.80\n三级 | 预算执行率 | 10 | 100% | 88.02% | 8.80\n"
            "一级 | 产出指标 | 50 | | | 47.23\n二级 | 数量指标 | 20 | | | 17.91\n"
            "三级 | 执行案件结案数 | 10 | ≥4500件 | 4107件 | 9.13\n三级 | 人均执结数 | 10 | ≥520件 | 456.33件 | 8.78\n"
            "二级 | 质量指标 | 30 | | | 29.32\n三级 | 执结率 | 30 | ≥98% | 96.95% | {s}\n"
            "一级 | 效益指标 | 30 | | | 30\n二级 | 社会效益 | 30 | | | 30\n三级 | 涉执信访办结率 | 30 | 100% | 100% | 30\n"
            "一级 | 满意度指标 | 10 | | | 8.95\n三级 | 申请执行人满意度 | 10 | ≥90% | 80.53% | 8.95\n"
            "合计 | | 100 | | | 94.98\n")
    assert _errors(text.format(s="29.32")) == []
    assert ("score_sum_mismatch", "47.23") in _errors(text.format(s="29.23"))


def test_money_not_yet_arrived_is_no_balance() -> None:
    text = ("全年预算264.50万元，实际到位258.50万元，执行247.36万元，结余11.14万元。"
            "结余资金和尚未到账的6.00万元中央资金均已结转至2023年使用。\n")
    assert _errors(text) == []


def _errors(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).findings if f.severity == "error"]


def test_a_yuan_figure_in_a_table_of_wan_yuan_is_a_unit_slip_not_a_rate() -> None:
    text = ("项目｜年初预算数｜全年预算数｜全年执行数｜执行率\n人员经费｜147.82｜147.82｜147.82｜100.0%\n"
            "公用经费｜43.86｜43.86｜432780.00｜98.7%\n")
    assert [code for code, _ in _errors(text)] == ["unit_mismatch"]


def test_an_actual_written_in_the_wrong_unit_is_no_completion_of_a_hundredth() -> None:
    text = ("一级指标,二级指标,三级指标,年度指标值,实际完成值,完成率,分值,得分\n"
            "产出指标,成本指标,每吨仓容维修成本,≤50元/吨,47.50万元/吨,100.00%,5,5\n")
    assert _errors(text) == [("unit_mismatch", "47.50万元")]


def test_a_received_rate_column_is_received_over_the_budget_and_none_on_a_zero_budget() -> None:
    text = ("资金来源\t全年预算数\t实际到位数\t实际支出数\t到位率\t执行率\n中央预算内投资\t400.00\t400.00\t350.00\t100.00%\t87.50%\n"
            "市本级配套\t110.00\t90.00\t90.00\t{r}\t81.82%\n社会资金\t0.00\t0.00\t0.00\t{z}\t—\n")
    assert _errors(text.format(r="81.82%", z="—")) == []
    assert _errors(text.format(r="88.18%", z="—")) == [("rate_mismatch", "88.18%")]
    assert _errors(text.format(r="81.82%", z="100.00%")) == [("implausible_rate", "100.00%")]
    assert _errors(text.format(r="122.22%", z="—")) == [("implausible_rate", "122.22%")]
