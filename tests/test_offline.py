"""The offline drafter writes the whole outline from the figures, invents nothing and marks every gap."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chains.check import check
from chains.draft.offline import draft_offline, draft_section_offline
from chains.draft.spec import list_specs, load_spec
from chains.draft.variables import number_text
from chains.figures import Figures, dec
from chains.ingest.figures_file import load_figures
from chains.score import execution_rate, q2, score_figures
from chains.score.validate import validate_figures
from chains.text.numbers import extract_numbers

from .conftest import DEV

DEV_FIGURES = sorted((DEV / "figures").glob("*.json"))
PLACEHOLDER = re.compile(r"\{\{|\}\}|\{%|%\}|\$\{|\bNone\b|\bnull\b|\bTrue\b|\bFalse\b|undefined")


def supplied_amounts(data: dict) -> list[Decimal]:
    values = [v for v in (data.get("budget") or {}).values() if isinstance(v, int | float)]
    values += [v for v in (data.get("sources") or {}).values() if isinstance(v, int | float)]
    values += [v for v in (data.get("components") or {}).values() if isinstance(v, int | float)]
    return [dec(v) for v in values]  # type: ignore[misc]


def allowed_numbers(figures: Figures) -> set[Decimal]:
    """Every number the draft may print: those in the figures and those computed from them by the rules."""
    data = figures.to_dict()
    allowed: set[Decimal] = {Decimal(0), Decimal(10), Decimal(20), Decimal(90), Decimal(100), Decimal(figures.year)}

    def walk(node: object) -> None:
        if isinstance(node, bool):
            return
        if isinstance(node, int | float):
            allowed.add(q2(dec(node)))  # type: ignore[arg-type]
        elif isinstance(node, str):
            for m in extract_numbers(node):
                allowed.add(q2(m.value))
                allowed.add(q2(m.number))
        elif isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk({k: v for k, v in data.items() if k not in ("notes", "source_url", "source_title", "published")})
    table = score_figures(figures)
    ex = table.execution
    computed = [ex.rate, ex.received_rate, ex.computed_score, ex.weight, ex.balance, table.max_score,
                table.total, table.total_computed]  # fmt: skip
    if ex.annual is not None and ex.initial is not None:
        computed.append(abs(ex.annual - ex.initial))
    if ex.annual is not None and ex.spent is not None:
        computed.append(ex.annual - ex.spent)
    for r in table.rows:
        computed += [r.completion, r.computed_score, r.score_used, r.weight, r.deviation]
        if r.weight is not None and r.score_used is not None:
            computed.append(r.weight - r.score_used)  # points lost (issue 13: 扣分)
    if ex.score_used is not None:
        computed.append(ex.weight - ex.score_used)
    parts = data.get("components")
    if isinstance(parts, dict):
        computed.append(sum((dec(v) for v in parts.values()), Decimal(0)))  # type: ignore[misc]
    elif isinstance(parts, list):  # sub-projects: their sums and execution rates
        for key in ("budget", "received", "spent"):
            if all(key in p for p in parts):
                computed.append(sum((dec(p[key]) for p in parts), Decimal(0)))  # type: ignore[misc]
        computed += [execution_rate(dec(p.get("spent")), dec(p.get("budget"))) for p in parts]
        computed.append(execution_rate(*(sum((dec(p.get(k)) or 0 for p in parts), Decimal(0)) for k in ("spent", "budget"))))
    # counts of what the figures list: indicators met or missed, sub-projects (issue 13: results in prose)
    allowed |= {Decimal(n) for n in range(len(table.rows) + len(parts or []) + 1)}
    computed.append(sum((r.weight for r in table.rows if r.weight is not None), Decimal(0)))
    for level in {r.level1 for r in table.rows}:  # 一级指标 subtotals
        rows = [r for r in table.rows if r.level1 == level and r.weight is not None]
        computed.append(sum((r.weight for r in rows if r.weight is not None), Decimal(0)))
        computed.append(sum((r.score_used for r in rows if r.score_used is not None), Decimal(0)))
    if figures.sources is not None:
        computed.append(sum((dec(v) for v in figures.sources.model_dump(exclude_unset=True).values()), Decimal(0)))  # type: ignore[misc]
    allowed |= {q2(abs(v)) for v in computed if v is not None}
    return allowed


@pytest.fixture(params=DEV_FIGURES, ids=lambda p: p.stem)
def dev(request) -> tuple[Path, Figures]:
    return request.param, load_figures(request.param)


def test_the_draft_has_the_complete_outline_in_order(dev):
    _, figures = dev
    draft = draft_offline(figures)
    spec = load_spec()
    assert [s.key for s in draft.sections] == [s.key for s in spec.sections]
    for section, s in zip(draft.sections, spec.sections, strict=True):
        assert section.title == s.title and section.backend == "offline"
        assert bool(section.text) is (not s.group)
    assert draft.backend == "offline" and draft.table is not None
    assert draft.title.startswith(figures.project_name) and str(figures.year) in draft.title


def test_the_draft_contains_every_supplied_amount_score_and_grade(dev):
    path, figures = dev
    data = json.loads(path.read_text(encoding="utf-8"))
    text = draft_offline(figures).text
    for amount in supplied_amounts(data):
        assert number_text(amount) in text, amount
    for ind in data.get("indicators", []):
        for key in ("weight", "score"):
            if key in ind:
                assert f"{q2(dec(ind[key]))}分" in text or f"｜{q2(dec(ind[key]))}｜" in text
        for key in ("target", "actual"):
            if key in ind:
                assert ind[key] in text
    if "total_score" in data:
        assert f"得分{q2(dec(data['total_score']))}分" in text
    if "grade" in data:
        assert f"评价等级为“{data['grade']}”" in text


def test_the_draft_has_no_unfilled_placeholder(dev):
    _, figures = dev
    text = draft_offline(figures).text
    assert not PLACEHOLDER.search(text), PLACEHOLDER.search(text)


def test_the_draft_never_invents_a_number(dev):
    _, figures = dev
    text = draft_offline(figures).text
    allowed = allowed_numbers(figures)
    invented = [m.raw for m in extract_numbers(text) if q2(m.value) not in allowed and q2(m.number) not in allowed
                and m.kind not in ("date", "year")]  # fmt: skip
    assert invented == []


def test_the_checker_finds_no_error_the_figures_do_not_carry(dev):
    _, figures = dev
    draft = draft_offline(figures)
    carried = {p.code for p in validate_figures(figures) if p.severity == "error"}
    errors = {f.code for f in check(draft.text, figures).errors}
    assert errors <= carried, (errors - carried)


@pytest.mark.parametrize(
    ("stem", "marks", "notes"),
    [
        ("anju-foodsafety-2021", [], ["待核实：各指标分值合计34.00分", "待核实：自评总分100.00分超过各项分值合计"]),
        ("jiuhuashan-airmonitor-2021", ["实际完成值【待补充】", "预算执行率62.56%，低于90%", "【原因：待补充】",
                                        "待补充：自评总分和评价等级"], []),
        ("leiyang-school-2022", ["待核实：关键数据填报“暂无问题”，但预算执行率为36.43%", "未执行资金151.94万元"], []),
        ("minle-welfarelottery-2023", ["待补充：年度绩效指标", "待补充：产出指标", "到位资金已全部支出，无结余"],
         ["未使用的数据：operating_subsidy_split"]),
        ("guangshui-roads-2021", ["绩效自评得分95.00分，评价等级为“优”", "待补充：存在的问题及原因", "扣5.00分"], []),
    ],
)
def test_incomplete_or_inconsistent_figures_are_marked_plainly(stem, marks, notes):
    """Gaps are marked in the body; disagreements and unused data go to the 审核意见, never the body
    (issue 13 moved the 待核实 notes of inconsistent figures out of the report)."""
    draft = draft_offline(load_figures(DEV / "figures" / f"{stem}.json"))
    for mark in marks:
        assert mark in draft.text
    for note in notes:
        assert any(n.startswith(note) for n in draft.review_notes), (note, draft.review_notes)
        assert note not in draft.text


def test_a_section_can_be_drafted_alone_and_matches_the_full_draft(dev):
    _, figures = dev
    full = draft_offline(figures)
    table = score_figures(figures)
    for spec_section, section in zip(load_spec().sections, full.sections, strict=True):
        alone = draft_section_offline(figures, spec_section, table)
        assert alone == section


# -- synthetic figures: each gap or disagreement has its mark ---------------------------------------

BASE = {
    "project_name": "应急通信保障项目",
    "department": "某县应急管理局",
    "region": "某省某县",
    "year": 2023,
    "goals": "保障汛期应急通信畅通。",
    "content": "购置卫星电话和应急通信车保障设备。",
    "budget": {"initial": 120, "annual": 139, "received": 139, "spent": 125.1},
    "sources": {"county": 139},
    "indicators": [
        {"level1": "产出指标", "level2": "数量指标", "name": "检查次数", "target": "≥300家次", "actual": "270家次",
         "weight": 50, "deviation_note": "受汛期影响部分检查延后"},
        {"level1": "效益指标", "level2": "社会效益指标", "name": "通信中断次数", "target": "0次", "actual": "0次",
         "weight": 30},
        {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "群众满意度", "target": "≥90%",
         "actual": "95%", "weight": 10},
    ],
    "problems": ["部分检查任务未按计划完成。"],
    "measures": ["合理安排检查计划。"],
}  # fmt: skip


def draft_of(**changes) -> str:
    data = json.loads(json.dumps(BASE))
    data.update(changes)
    return draft_offline(Figures.from_dict(data)).text


def test_complete_figures_give_a_draft_without_gaps_in_the_numbers():
    text = draft_of()
    assert "全年预算数139.00万元，年初预算数120.00万元，年中追加预算19.00万元。" in text
    assert "实际到位资金139.00万元，资金到位率100.00%。" in text
    assert "全年执行数125.10万元，预算执行率90.00%。" in text
    assert "到位资金中尚有13.90万元未支出" in text and "结余" not in text  # the figures never say 结余
    assert "完成率90.00%，分值50.00分，得分45.00分。偏差原因：受汛期影响部分检查延后。" in text
    assert "绩效自评得分94.00分，评价等级为“优”。总分由各项得分按评分规则计算。" in text
    assert (
        "其中，预算执行率90.00%，得分9.00分（分值10.00分）；产出指标得分45.00分（分值50.00分）；"
        "效益指标得分30.00分（分值30.00分）；满意度指标得分10.00分（分值10.00分）。"
    ) in text
    assert "待核实" not in text


def test_missing_execution_amount_is_asked_for_not_computed():
    text = draft_of(budget={"annual": 139})
    assert "待补充：全年执行数" in text
    assert "预算执行率" not in text.split("四、")[0].split("三、资金情况")[1].replace("缺少该数据，预算执行率无法计算", "")


def notes_of(**changes) -> list[str]:
    data = json.loads(json.dumps(BASE))
    data.update(changes)
    return draft_offline(Figures.from_dict(data)).review_notes


def test_spending_above_the_budget_is_marked_for_verification():
    text = draft_of(budget={"annual": 10, "spent": 58.79})
    assert "预算执行率587.90%" in text and "【原因：待补充】" in text
    assert any(n.startswith("待核实：全年执行数超过全年预算数") for n in notes_of(budget={"annual": 10, "spent": 58.79}))


def test_unexplained_shortfall_and_stated_score_disagreement_are_marked():
    inds = json.loads(json.dumps(BASE["indicators"]))
    del inds[0]["deviation_note"]
    inds[2]["score"] = 8
    text = draft_of(indicators=inds)
    assert "“检查次数”未完成年度目标：年度指标值≥300家次，实际完成值270家次，完成率90.00%" in text
    assert "扣5.00分。【原因：待补充】" in text
    assert "待核实：“群众满意度”：按评分规则应得10.00分，填报8.00分。" in notes_of(indicators=inds)
    assert "按评分规则应得" not in text


def test_weights_short_of_100_are_marked_and_no_total_is_invented():
    inds = json.loads(json.dumps(BASE["indicators"]))[:2]
    text = draft_of(indicators=inds)
    assert any(n.startswith(("待核实：分值合计为90.00分", "待核实：各指标分值合计")) for n in notes_of(indicators=inds))
    assert "待补充：自评总分和评价等级" in text


def test_amounts_keep_every_decimal_the_figures_give():
    text = draft_of(budget={"annual": 9265.353442, "spent": 9265.353442}, sources={"central": 9265.353442})
    assert "全年预算数9265.353442万元" in text


@pytest.mark.parametrize("spec_name", [n for n in list_specs() if n != "project_self_evaluation"])
@pytest.mark.parametrize("path", DEV_FIGURES, ids=lambda p: p.stem)
def test_every_outline_variant_drafts_every_dev_project_faithfully(spec_name, path):
    figures = load_figures(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    draft = draft_offline(figures, spec_name)
    text = draft.text
    assert draft.spec == spec_name
    assert [s.key for s in draft.sections] == [s.key for s in load_spec(spec_name).sections]
    assert not PLACEHOLDER.search(text)
    for amount in supplied_amounts(data):
        assert number_text(amount) in text
    if "total_score" in data:
        assert f"得分{q2(dec(data['total_score']))}分" in text
    allowed = allowed_numbers(figures)
    bodies = "\n".join([draft.title] + [s.text for s in draft.sections])  # headings carry their own numbers
    assert [m.raw for m in extract_numbers(bodies) if q2(m.value) not in allowed and q2(m.number) not in allowed
            and m.kind not in ("date", "year")] == []  # fmt: skip
    carried = {p.code for p in validate_figures(figures) if p.severity == "error"}
    assert {f.code for f in check(text, figures).errors} <= carried


@pytest.mark.parametrize("spec_name", list_specs())
@pytest.mark.parametrize("path", DEV_FIGURES, ids=lambda p: p.stem)
def test_drafts_have_no_repeated_clause_broken_numbering_or_empty_section(spec_name, path):
    from chains.critique import critique

    figures = load_figures(path)
    codes = critique(draft_offline(figures, spec_name).text, figures).codes()
    assert not codes & {"boilerplate_text", "heading_numbering", "missing_section"}


@pytest.mark.parametrize(
    "changes",
    [
        {"unit": "元", "budget": {"initial": 1200000, "annual": 1390000, "received": 1390000, "spent": 1251000},
         "sources": {"county": 1390000}},
        {"budget": {"annual": 10, "spent": 58.79}, "sources": {"county": 10}},
        {"budget": {"annual": 0, "spent": 0}, "sources": {}},
        {"total_score": 88, "grade": "优秀"},
        {"sources": {"county": 100, "central": 20}},
        {"indicators": [
            {"level1": "产出指标", "level2": "时效指标", "name": "办结时限", "target": "≤10天", "actual": "12天", "weight": 50},
            {"level1": "效益指标", "level2": "社会效益指标", "name": "投诉", "target": "=0起", "actual": "1起", "weight": 30},
            {"level1": "满意度指标", "name": "满意度", "target": "≥90%", "actual": "部分满意", "weight": 10, "score": 9}]},
    ],
    ids=["yuan", "over-budget", "zero-budget", "wrong-grade", "sources-disagree", "missed-targets"],
)  # fmt: skip
def test_inconsistent_figures_give_only_the_checker_errors_they_carry(changes):
    data = json.loads(json.dumps(BASE))
    data.update(changes)
    figures = Figures.from_dict(data)
    text = draft_offline(figures).text
    carried = {p.code for p in validate_figures(figures) if p.severity == "error"}
    assert {f.code for f in check(text, figures).errors} <= carried
    assert not PLACEHOLDER.search(text)


money = st.decimals(0, 10**5, places=2, allow_nan=False, allow_infinity=False).map(float)
cell = st.one_of(
    st.sampled_from(["已完成", "逐步提高", "部分达成", "未达成", "2023年12月31日", ""]),
    st.builds(lambda sign, n, unit: f"{sign}{n}{unit}", st.sampled_from(["", "≥", "≤", "="]),
              st.integers(0, 500), st.sampled_from(["%", "次", "家", "天", "万元"])),
)  # fmt: skip
indicator = st.fixed_dictionaries(
    {"name": st.sampled_from(["检查次数", "覆盖率", "满意度", "办结时限", "事故数"]),
     "level1": st.sampled_from(["产出指标", "效益指标", "满意度指标", "项目管理"])},
    optional={"target": cell, "actual": cell, "weight": st.integers(0, 60), "score": st.integers(0, 60),
              "level2": st.sampled_from(["数量指标", "质量指标", "社会效益指标"])},
)  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(
    budget=st.dictionaries(st.sampled_from(["initial", "annual", "received", "spent"]), money),
    sources=st.dictionaries(st.sampled_from(["central", "provincial", "county", "other"]), money, max_size=3),
    indicators=st.lists(indicator, max_size=5),
    total=st.none() | st.integers(0, 100),
    grade=st.none() | st.sampled_from(["优", "良好", "中", "差"]),
)
def test_any_figures_draft_completely_with_their_amounts_and_no_invented_number(budget, sources, indicators, total, grade):
    data = {"project_name": "测试项目", "year": 2023, "budget": budget, "sources": sources, "indicators": indicators}
    if total is not None:
        data["total_score"] = total
    if grade is not None:
        data["grade"] = grade
    figures = Figures.from_dict(data)
    draft = draft_offline(figures)
    text = draft.text
    assert not PLACEHOLDER.search(text)
    for amount in supplied_amounts(data):
        assert number_text(amount) in text
    allowed = allowed_numbers(figures)
    bodies = "\n".join([draft.title] + [s.text for s in draft.sections])
    assert [m.raw for m in extract_numbers(bodies) if q2(m.value) not in allowed and q2(m.number) not in allowed
            and m.kind not in ("date", "year")] == []  # fmt: skip


@settings(max_examples=80, deadline=None, derandomize=True)
@given(
    budget=st.dictionaries(st.sampled_from(["initial", "annual", "received", "spent"]), money),
    sources=st.dictionaries(st.sampled_from(["central", "provincial", "county", "other"]), money, max_size=3),
    indicators=st.lists(indicator, max_size=5, unique_by=lambda d: d["name"]),
    total=st.none() | st.integers(0, 100),
    grade=st.none() | st.sampled_from(["优", "良好", "中", "差"]),
)
def test_any_figures_give_only_the_checker_errors_validation_announced(budget, sources, indicators, total, grade):
    data = {"project_name": "测试项目", "year": 2023, "budget": budget, "sources": sources, "indicators": indicators}
    if total is not None:
        data["total_score"] = total
    if grade is not None:
        data["grade"] = grade
    figures = Figures.from_dict(data)
    carried = {p.code for p in validate_figures(figures) if p.severity == "error"}
    assert {f.code for f in check(draft_offline(figures).text, figures).errors} <= carried


def test_the_self_evaluation_table_is_in_wan_yuan_whatever_the_figures_unit():
    text = draft_of(unit="元", budget={"initial": 1200000, "annual": 1390000, "spent": 1251000.5}, sources={"county": 1390000})
    assert "全年预算数1390000.00元" in text  # the body keeps the figures' unit
    assert "（一）预算执行情况（单位：万元）" in text
    assert "年度资金总额｜120.00｜139.00｜125.10005｜" in text  # converted exactly, nothing rounded away
