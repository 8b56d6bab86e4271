"""Reports that account for several items one paragraph each (a township's projects, a project's parts): an item's
balance, rate or unit price is judged against that item's own figures, never the report's."""

from __future__ import annotations

from chains.check import check


def errors(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).findings if f.severity == "error"]


TOWNSHIP = (
    "2021年度镇级项目支出绩效自评报告\n"
    "四个项目全年预算共计300.06万元。其中冬季瓜菜种植奖补资金52.50万元，镇级乡村公益性岗位补贴34.56万元。\n"
    "截至2021年12月31日，四个项目共支出288.46万元，预算执行率96.13%，结余11.60万元。\n"
    "（二）冬季瓜菜种植奖补资金\n"
    "实际验收面积3380亩，按每亩150元标准兑付奖补资金50.70万元，涉及种植户412户，执行率96.57%，结余{b}万元。\n"
    "（四）镇级乡村公益性岗位补贴\n"
    "全年实际在岗23人，按每人每月1200元发放补贴33.12万元，执行率95.83%，结余1.44万元。"
    "上年安排岗位25个、资金36.00万元。\n"
)


def test_an_items_balance_beside_its_own_rate_is_not_judged_against_another_items_budget() -> None:
    assert errors(TOWNSHIP.format(b="1.80")) == []


def test_the_rate_beside_a_balance_picks_the_budget_it_is_a_share_of() -> None:
    text = ("全年预算资金9,000,000.00元，其中县级配套2,600,000.00元。\n"
            "截至2018年12月31日，累计支出8,467,320.00元，预算执行率94.08%，结余资金{b}元。")
    assert errors(text.format(b="532,680.00")) == []
    assert errors(text.format(b="523,680.00")) == [("balance_mismatch", "523,680.00元")]


def test_a_threshold_rate_in_the_balances_sentence_does_not_pick_the_budget() -> None:
    text = ("全年预算620.00万元已全部到位。实际支出541.30万元，预算执行率87.31%。\n"
            "执行率低于90%的原因：当年未支付部分共计{b}万元形成结余，已结转下年使用。")
    assert errors(text.format(b="78.70")) == []
    assert errors(text.format(b="87.70")) == [("balance_mismatch", "87.70万元")]


def test_a_paragraph_that_spends_its_own_amount_accounts_for_an_item() -> None:
    text = ("三个项目全年预算共计356.22万元，资金已全部到位。\n"
            "截至2023年12月31日，三个项目共支出323.46万元，预算执行率90.80%，结余及结转资金共计32.76万元。\n"
            "1.养老服务运营补贴支出42.00万元。宝城社区养老服务站于7月才投入运营，按半年拨付2.00万元，结余2.00万元已交回区财政。\n")
    assert errors(text) == []


def test_an_items_rate_against_the_projects_budget_is_at_most_doubted() -> None:
    text = ("项目全年预算1570.00万元。截至12月31日，项目共支出1520.30万元，预算执行率96.83%。\n"
            "（一）汽车置换更新。全年审核通过置换更新申请430辆，兑付补贴611.00万元，执行率98.55%。\n")
    found = [(f.code, f.severity) for f in check(text).findings if f.code == "rate_mismatch"]
    assert found == [("rate_mismatch", "warning")]


def test_an_execution_rate_over_100_percent_is_implausible_whoever_it_belongs_to() -> None:
    text = ("项目全年预算2423.20万元，支出2368.20万元。\n"
            "4.县级配套资金。县级配套资金80.00万元，用于作业监测终端流量费和宣传培训，全年支出{s}万元，执行率{r}。\n")
    assert [f for f in check(text.format(s="78.4", r="98%")).findings if f.severity == "error"] == []
    found = [(f.code, f.severity) for f in check(text.format(s="81.6", r="102%")).findings if f.code == "implausible_rate"]
    assert found == [("implausible_rate", "error")]


def test_a_rate_after_the_last_of_several_items_spending_is_at_most_doubted() -> None:
    text = ("项目全年预算385.00万元。\n分子项目看，县级平台升级支出68.00万元，乡镇前端建设支出76.00万元，"
            "行政村终端建设支出212.30万元；运维培训及验收支出14.16万元，执行率67.43%。\n")
    assert [(f.code, f.severity) for f in check(text).findings if f.code == "rate_mismatch"] == [("rate_mismatch", "warning")]


DEPARTMENT = (
    "岳池县公安局2023年度部门整体支出绩效自评报告\n"
    "2023年我局调整后本年财政拨款预算15,873.85万元（基本支出11,012.60万元、项目支出4,861.25万元）。\n"
    "2023年全年实际支出15,582.90万元，预算执行率98.17%。\n"
    "1.按支出性质分：基本支出10,854.25万元，执行率{b}；项目支出4,728.65万元，占项目支出预算4,861.25万元的97.27%。\n"
    "4.项目支出明细：\n"
    "项目名称\t全年预算（万元）\t实际支出（万元）\t执行率\n"
    "“雪亮工程”二期建设\t1,600.00\t1,512.60\t94.54%\n"
    "警务辅助人员经费\t2,016.00\t1,996.80\t99.05%\n"
    "办案（业务）经费\t1,245.25\t1,219.25\t97.91%\n"
    "合计\t4,861.25\t4,728.65\t97.27%\n"
)


def test_a_table_of_one_kind_of_spending_is_not_the_departments_funds_table() -> None:
    assert errors(DEPARTMENT.format(b="98.56%")) == []


def test_a_kinds_rate_after_its_amount_is_on_that_kinds_budget() -> None:
    found = errors(DEPARTMENT.format(b="98.65%"))
    assert found == [("rate_mismatch", "98.65%")]
    message = next(f.message for f in check(DEPARTMENT.format(b="98.65%")).findings if f.code == "rate_mismatch")
    assert "基本支出预算11,012.60万元" in message and "基本支出10,854.25万元" in message


def test_an_items_planned_amount_and_its_spending_in_two_lists_are_no_conflict() -> None:
    text = ("资金分项情况：调整后小微站运维费392.40万元，组分站运维费86.00万元，数据分析服务费72.40万元。"
            "实际支出小微站运维费386.34万元，按合同扣减运维费6.06万元；组分站运维费86.00万元；数据分析服务费66.40万元，"
            "专题报告少完成3期核减6.00万元。")
    assert [f for f in errors(text) if f[0] == "conflicting_values"] == []
