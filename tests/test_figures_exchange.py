"""The figures model keeps numbers exactly as given and refuses what is not a number, naming the field."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chains.errors import FiguresError
from chains.figures import Figures

from .conftest import DEV

amount = st.one_of(st.integers(0, 10**9), st.floats(0, 1e9, allow_nan=False, allow_infinity=False))


@given(
    budget=st.dictionaries(st.sampled_from(["initial", "annual", "received", "spent"]), amount),
    sources=st.dictionaries(st.sampled_from(["central", "county", "other", "higher_level"]), amount),
    extra=st.dictionaries(st.text(min_size=1, max_size=8).filter(lambda k: k not in Figures.model_fields), st.integers()),
    total=st.none() | st.integers(0, 100) | st.floats(0, 100),
)
def test_json_text_round_trips_exactly(budget, sources, extra, total):
    data = {"project_name": "项目", "year": 2023, "budget": budget, "sources": sources, **extra}
    if total is not None:
        data["total_score"] = total
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)  # same data, same number spelling (100 vs 100.0)
    assert json.dumps(Figures.from_json(text).to_dict(), ensure_ascii=False, sort_keys=True) == text


@pytest.mark.parametrize("path", sorted((DEV / "figures").glob("*.json")), ids=lambda p: p.stem)
def test_dev_figures_json_text_round_trips(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    back = json.dumps(Figures.from_dict(data).to_dict(), ensure_ascii=False, sort_keys=True)
    assert back == json.dumps(data, ensure_ascii=False, sort_keys=True)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"budget": {"annual": True}}, "全年预算数必须是数字"),
        ({"budget": {"spent": float("nan")}}, "全年执行数必须是有限的数字"),
        ({"budget": {"annual": "一百"}}, "全年预算数必须是数字"),
        ({"sources": {"central": -3}}, "中央资金必须是非负数"),
        ({"indicators": [{"name": "a", "score": -1}]}, "第1个指标的得分必须是非负数"),
        ({"indicators": [{"weight": 5}]}, "第1个指标的三级指标名称不能为空"),
        ({"total_score": 120}, "自评总分应在 0 到 100 之间"),
        ({"unit": "美元"}, "金额单位应为 元、万元 或 亿元"),
        ({"project_name": "  "}, "项目名称不能为空"),
        ({"year": True}, "评价年度必须是数字"),
        ({"year": 3023}, "评价年度应为四位年份"),
    ],
)
def test_bad_values_are_refused_naming_the_field(data, message):
    with pytest.raises(FiguresError) as err:
        Figures.from_dict({"project_name": "项目", "year": 2023, **data})
    assert message in str(err.value)
    assert any(message in p for p in err.value.problems)


def test_numbers_typed_as_text_in_a_form_are_read_as_numbers():
    f = Figures.from_dict({"project_name": "项目", "year": "2023", "budget": {"annual": "1,390.00", "spent": "139"}})
    assert f.year == 2023 and f.budget.annual == 1390.0 and f.budget.spent == 139
