"""Complete reports in provincial styles (rules.md §1): clean as written, and each single edit below breaks one
identity and is found with its code at the edited figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from chains.check import check

SAMPLES = Path(__file__).parent / "samples"

# Shanxi (seed 003 style), .docx text: tables flattened one cell per line; funds table with 行次 and printed
# formulas, sources as columns (小计 / 中央 / 省级 / 市级 / 县区级 / 上年结转 / 其他); indicator table with
# 目标值 / 业绩值 / 完成率 / 指标得分 and a qualitative row; "本项目自评总得分…，属于“优秀”"
SHANXI = (SAMPLES / "check_clean_report_6.txt").read_text(encoding="utf-8")

MUTATIONS_SHANXI = [
    ("\t3.00\n\t0\n\t1.50", "\t4.00\n\t0\n\t1.50", "balance_mismatch", "4.00"),
    ("\t(2)\n\t130.00\n\t110.00", "\t(2)\n\t130.00\n\t115.00", "sum_mismatch", "115.00"),
    ("\t(4)\n\t118.50", "\t(4)\n\t119.50", "sum_mismatch", "119.50"),
    ("\t100.00\n\t92.86", "\t100.00\n\t93.86", "rate_mismatch", "93.86"),
    ("\t88.57", "\t85.57", "rate_mismatch", "85.57"),
    ("预算到位率96.15%", "预算到位率95.16%", "rate_mismatch", "95.16%"),
    ("资金结余6.50万元", "资金结余5.60万元", "balance_mismatch", "5.60万元"),
    ("\t达成年度指标\n\t—\n\t13", "\t达成年度指标\n\t—\n\t11", "score_rule_mismatch", "11"),
    ("\t270家次\n\t90.00%", "\t270家次\n\t95.00%", "completion_mismatch", "95.00%"),
    ("\t90.00%\n\t18", "\t90.00%\n\t16", "score_rule_mismatch", "16"),
    ("自评总得分95.12分", "自评总得分96.12分", "score_sum_mismatch", "96.12分"),
    ("属于“优秀”", "属于“良好”", "grade_mismatch", "良好"),
    ("\t≥90%\n\t92%", "\t≥90%\n\t102%", "implausible_rate", "102%"),
]

CLEAN = {"shanxi-flattened": SHANXI}
EDITS = [(SHANXI, *m) for m in MUTATIONS_SHANXI]


@pytest.mark.parametrize("sample", list(CLEAN.values()), ids=list(CLEAN))
def test_the_provincial_reports_are_clean(sample: str) -> None:
    findings = check(sample).findings
    assert [f for f in findings if f.severity == "error"] == []
    assert [f.code for f in findings if f.code == "score_rule_mismatch"] == []


@pytest.mark.parametrize("sample, old, new, code, where", EDITS, ids=[m[3] + ":" + m[2].strip() for m in EDITS])
def test_one_edit_in_a_provincial_report_is_found(sample: str, old: str, new: str, code: str, where: str) -> None:
    assert sample.count(old) == 1
    text = sample.replace(old, new, 1)
    start = text.index(new) + new.rindex(where)
    hits = [f for f in check(text).findings if f.code == code and f.span[0] < start + len(where) and start < f.span[1]]
    assert hits, [(f.code, text[f.span[0]:f.span[1]]) for f in check(text).findings]
