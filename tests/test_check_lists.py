"""Lists of amounts in prose (issue 10, the sixth real set): which figures of a sentence are the parts of its total,
and a sub-project's amount in the overview list against its own paragraph."""

from __future__ import annotations

from chains.check import check


def found(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity or "", text[f.span[0] : f.span[1]]) for f in check(text).findings]


ALLOCATED = ("下达送戏进万村补助资金，每村每年补助 4400 元，分配至无为市93万元，南陵县52万元，繁昌区25万元，湾沚区23万元，"
             "镜湖区4.224万元，鸠江区20.064万元，弋江区3.52万元，三山经开区16.192万元，共计{total}万元。")


def test_a_grant_per_village_before_the_list_is_no_part_of_its_total() -> None:
    assert found(ALLOCATED.format(total="237")) == []
    (f,) = check(ALLOCATED.format(total="238")).findings
    assert f.code == "sum_mismatch" and f.severity == "error"
    assert "4400" not in f.message and "＝237.00万元" in f.message


def test_items_that_happen_to_add_up_to_an_earlier_item_are_still_items_of_one_list() -> None:
    # 25 + 23 + 4.224 rounds to the 52 before them, but nothing opens a breakdown (即、其中、a colon…)
    text = "分配至南陵县52万元，繁昌区25万元，湾沚区23万元，镜湖区4.224万元，共计105万元。"
    (f,) = check(text).findings
    assert f.code == "sum_mismatch" and "＝104.22万元" in f.message


def test_a_nested_breakdown_opened_by_a_colon_is_the_parts_own_items() -> None:
    text = "项目资金共100万元，其中：设备购置60万元，即：服务器35万元、存储设备25万元；运维40万元。"
    assert [f for f in found(text) if f[0] == "sum_mismatch"] == []


OVERVIEW = ("2020年市财政共计下达单位市级项目资金60万元，涉及2个项目，分别为：青少年管理事务工作经费30万元；"
            "共青团武威市第四次代表大会费用30万元。\n"
            "二、项目资金使用情况\n"
            "1.青少年管理事务工作经费。该项目财政拨入资金30万元，截止2020年12月31日，支出资金30万元，主要用于青少年工作。\n"
            "2.共青团武威市第四次代表大会费用。该项目{own}万元，截止2020年12月31日，支出资金30万元，用于保障大会召开。\n")


def test_a_sub_projects_money_in_its_own_paragraph_against_the_overview_list_is_doubtful() -> None:
    assert found(OVERVIEW.format(own="财政拨入资金30")) == []
    (f,) = check(OVERVIEW.format(own="财政拨入资金33")).findings
    assert (f.code, f.severity) == ("conflicting_values", "warning")
    assert "共青团武威市第四次代表大会费用" in f.message and "30万元" in f.message and "33万元" in f.message
    text = OVERVIEW.format(own="财政拨入资金33")
    assert text[f.related[0][0] : f.related[0][1]] == "30万元"


def test_a_paragraph_that_also_gives_the_listed_amount_says_nothing() -> None:
    text = OVERVIEW.format(own="年初预算30万元，年中追加后财政拨入资金33")
    assert [f for f in found(text) if f[0] == "conflicting_values"] == []


USES = "全年预算240.00万元按用途安排为：专业扑火队伍建设96.00万元，防火物资及装备购置87.50万元，防火宣传18.00万元，瞭望塔维护{x}万元，防火隔离带开设15.00万元。"


def test_a_breakdown_by_use_lists_every_part_of_the_total_before_it() -> None:
    assert found(USES.format(x="23.50")) == []
    assert ("sum_mismatch", "error") in [(c, s) for c, s, _ in found(USES.format(x="32.50"))]


def test_a_breakdown_in_the_next_sentence_or_after_a_blank_line_breaks_down_the_total_that_closed_the_last() -> None:
    nxt = ("2019年7月追加省级补助资金30.00万元，全年预算调整为150.00万元。资金按用途分为五项：代表性传承人补助38.40万元、"
           "传习所建设45.00万元、苗绣及银饰技艺培训32.00万元、非遗展演活动22.60万元、数字化记录{x}万元。")
    assert found(nxt.format(x="12.00")) == []
    assert [c for c, s, _ in found(nxt.format(x="21.00")) if s == "error"] == ["sum_mismatch"]
    gap = "全年预算调整为6,842.60万元。\n\n全年预算按改造内容安排为：基础类改造4,380.50万元，完善类改造1,625.10万元，提升类改造{x}万元。"
    assert found(gap.format(x="837.00")) == []
    assert [c for c, s, _ in found(gap.format(x="810.00")) if s == "error"] == ["sum_mismatch"]


def test_a_unit_cost_ending_a_sentence_is_no_total_of_the_sources_after_it() -> None:
    text = ("主体班次人均培训成本714.15元，控制在目标以内。\n按资金来源分，成都市补助资金150,000.00元全部用于示范培训班，执行率100%；"
            "市本级资金支出1,286,820.00元，执行率89.36%。")
    assert [f for f in found(text) if f[0] == "sum_mismatch"] == []


def test_a_total_followed_by_fenbiewei_or_ji_lists_its_parts() -> None:
    fenbie = "项目支出249.38万元，分别为免费开放补助80.00万元、总分馆建设108.36万元、数字图书馆及古籍保护{x}万元。"
    assert found(fenbie.format(x="61.02")) == []
    assert [c for c, s, _ in found(fenbie.format(x="41.20")) if s == "error"] == ["sum_mismatch"]
    ji = "调整后全年预算760.00万元，即中央240.00万元、省级80.00万元、区级{x}万元。"
    assert found(ji.format(x="440.00")) == []
    assert [c for c, s, _ in found(ji.format(x="404.00")) if s == "error"] == ["sum_mismatch"]


def test_a_count_broken_down_into_counts_of_its_unit() -> None:
    text = "2019年共改造危房{t}户，其中建档立卡贫困户738户、低保户268户、农村分散供养特困人员64户、贫困残疾人家庭127户。"
    assert found(text.format(t="1,197")) == []
    (f,) = check(text.format(t="1,215")).findings
    assert f.code == "sum_mismatch" and "＝1197户" in f.message
    assert [c for c, s, _ in found("全年培训300人次，其中农民200人次、干部110人次。") if s == "error"] == ["sum_mismatch"]


def test_counts_that_are_levels_or_two_kinds_of_many_are_no_breakdown() -> None:
    assert found("共编制15个绩效目标指标，其中一级指标3个，二级指标8个，三级指标15个。") == []
    assert found("单位编制249个，其中行政编13个、全额事业编45个。") == []
