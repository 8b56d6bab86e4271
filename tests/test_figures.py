import json

import pytest

from chains.errors import FiguresError, InputError
from chains.figures import Figures

from .conftest import DEV


@pytest.mark.parametrize("path", sorted((DEV / "figures").glob("*.json")), ids=lambda p: p.stem)
def test_dev_figures_round_trip_losslessly(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    assert Figures.from_dict(data).to_dict() == data


def test_unknown_fields_are_kept():
    data = {"project_name": "x", "year": 2023, "budget": {"annual": 1, "note": "n"}, "extra": [1]}
    assert Figures.from_dict(data).to_dict() == data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"project_name": "x", "year": 2023, "budget": {"annual": -1}}, "全年预算数必须是非负数"),
        ({"year": 2023}, "项目名称不能为空"),
        ({"project_name": "x", "year": "明年"}, "评价年度必须是数字"),
        ({"project_name": "x", "year": 2023, "indicators": [{"name": "a", "weight": "十"}]}, "第1个指标的分值必须是数字"),
    ],
)
def test_validation_errors_name_the_field_in_chinese(data, message):
    with pytest.raises(FiguresError) as err:
        Figures.from_dict(data)
    assert message in str(err.value)


def test_malformed_json_is_an_input_error():
    with pytest.raises(InputError):
        Figures.from_json("{not json")
