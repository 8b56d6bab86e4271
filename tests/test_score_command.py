"""``report-assistant score``: the scored table in aligned Chinese text or JSON; exit 1 on inconsistent figures."""

from __future__ import annotations

import json

import pytest

from chains.cli import main
from chains.cli.score import align, width

from .conftest import DEV

ANJU = DEV / "figures" / "anju-foodsafety-2021.json"
GUANGSHUI = DEV / "figures" / "guangshui-roads-2021.json"


def test_score_prints_the_table_total_grade_and_issues(capsys):
    assert main(["score", str(ANJU)]) == 1  # weights short of 100: the user must verify
    out = capsys.readouterr().out
    assert "食品监管补助资金（2021年度）绩效自评计分" in out
    assert "执行率 100.00%" in out
    assert "违法案件查办率" in out and "100.00%" in out
    assert "总分（填报）：100.00" in out and "评价等级：优" in out
    assert "[需核实] 各指标分值合计34.00分" in out


def test_score_of_consistent_figures_exits_0(capsys):
    assert main(["score", str(GUANGSHUI)]) == 0
    out = capsys.readouterr().out
    assert "规则计算总分：95.00" in out and "执行率并入其他指标计分" in out


def test_score_json_is_machine_readable(capsys):
    main(["score", str(ANJU), "--json"])
    payload = json.loads(capsys.readouterr().out)
    assert payload["total"] == "100.00" and payload["grade"] == "优"
    assert payload["execution"]["rate"] == "100.00"
    assert len(payload["rows"]) == 9
    assert {"weight_sum_mismatch", "score_sum_mismatch"} <= {i["code"] for i in payload["issues"]}


@pytest.mark.parametrize(("content", "words"), [("{bad", "不是有效的 JSON"), ('{"year": 2023}', "项目名称不能为空")])
def test_bad_figures_give_a_chinese_message_and_exit_2(tmp_path, capsys, content, words):
    path = tmp_path / "f.json"
    path.write_text(content, encoding="utf-8")
    assert main(["score", str(path)]) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err


def test_columns_are_aligned_by_display_width():
    lines = align([["名称", "年度指标值", "说明"], ["长一点的名称", "≥90%", "x"]])
    # the last column starts at the same display column on every line
    assert width(lines[0].removesuffix("说明")) == width(lines[1].removesuffix("x"))


def test_scoring_rules_are_chosen_on_the_command_line(tmp_path, capsys):
    data = {"project_name": "项目", "year": 2023, "budget": {"annual": 100, "spent": 100},
            "indicators": [{"level1": "产出指标", "name": "办理时限", "target": "≤10天", "actual": "12天", "weight": 90}]}
    path = tmp_path / "f.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    main(["score", str(path), "--json"])
    assert json.loads(capsys.readouterr().out)["rows"][0]["computed_score"] == "75.00"  # 90 × 10/12
    main(["score", str(path), "--json", "--lte-rule", "linear"])
    assert json.loads(capsys.readouterr().out)["rows"][0]["computed_score"] == "72.00"  # 90 × (1 − 2/10)
    main(["score", str(path), "--json", "--execution-weight", "20"])
    assert json.loads(capsys.readouterr().out)["max_score"] == "110.00"
