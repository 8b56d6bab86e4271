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

# Hubei-style city/county table (2020): 预算执行 worth 20 points scored 20 × 执行率, the other 80 points in blocks
# per annual goal (a 年度目标 column before the indicator columns), a missed "≤" cost indicator scored w × T/A,
# a qualitative "部分达成" row scored at 55% of its weight (Hubei bands [50%, 80%)), a 结转 amount with its year
HUBEI = (SAMPLES / "check_clean_report_7.txt").read_text(encoding="utf-8")

MUTATIONS_HUBEI = [
    ("｜95.00%｜20｜19｜", "｜95.00%｜20｜20｜", "score_rule_mismatch", "20"),
    ("｜3.65万元｜10｜9.59｜", "｜3.65万元｜10｜9.00｜", "score_rule_mismatch", "9.00"),
    ("｜10｜5.5｜", "｜10｜8.5｜", "score_rule_mismatch", "8.5"),
    ("｜10｜5.5｜", "｜10｜4.5｜", "score_rule_mismatch", "4.5"),
    ("｜100｜94.09｜", "｜100｜95.09｜", "score_sum_mismatch", "95.09"),
    ("预算执行率95.00%", "预算执行率96.00%", "rate_mismatch", "96.00%"),
    ("评价等级为“优”", "评价等级为“良”", "grade_mismatch", "良"),
    ("结转10.00万元", "结转12.00万元", "balance_mismatch", "12.00万元"),
    ("追加20.00万元，全年预算200.00万元", "追加30.00万元，全年预算200.00万元", "sum_mismatch", "200.00万元"),
    ("至2021年用于续建", "至2019年用于续建", "year_mismatch", "2019年"),
    ("｜52公里｜20｜20｜", "｜52公里｜20｜22｜", "score_exceeds_weight", "22"),
    ("｜≥50公里｜52公里｜", "｜≥50公里｜52%｜", "unit_mismatch", "52%"),
    ("｜≥90%｜93%｜", "｜≥90%｜103%｜", "implausible_rate", "103%"),
]

# Sichuan 10 + 90 (2023 table 510000_0013zp): fund rows 财政资金 / 财政专户管理资金 / 单位资金 / 其他资金 without
# "其中", the 90 points split 4 × 22.5, 指标性质 and 度量单位 columns, a qualitative row; the text names the sources
# of the 全年预算 in brackets
SICHUAN = (SAMPLES / "check_clean_report_8.txt").read_text(encoding="utf-8")

MUTATIONS_SICHUAN = [
    ("年度资金总额｜150.00｜160.00", "年度资金总额｜150.00｜170.00", "sum_mismatch", "170.00"),
    ("｜10｜95.00%｜9.50", "｜10｜95.00%｜10.00", "score_rule_mismatch", "10.00"),
    ("｜95.38%｜", "｜93.58%｜", "rate_mismatch", "93.58%"),
    ("｜22.5｜15｜", "｜22.5｜18.5｜", "score_rule_mismatch", "18.5"),
    ("｜22.5｜15｜", "｜22.5｜10｜", "score_rule_mismatch", "10"),
    ("｜85｜22.5｜21.25｜", "｜85｜22.5｜22.5｜", "score_rule_mismatch", "22.5｜"),
    ("｜100｜90.75｜", "｜100｜91.75｜", "score_sum_mismatch", "91.75"),
    ("预算执行率95.00%", "预算执行率95.50%", "rate_mismatch", "95.50%"),
    ("评价等级为优", "评价等级为良", "grade_mismatch", "良"),
    ("（财政资金130.00万元", "（财政资金120.00万元", "sum_mismatch", "120.00万元"),
    ("｜1200｜批次｜1260｜", "｜1200｜批次｜1260%｜", "unit_mismatch", "1260%"),
    ("｜90｜%｜85｜", "｜90｜%｜105｜", "implausible_rate", "105"),
]

CLEAN = {"shanxi-flattened": SHANXI, "hubei-goal-blocks": HUBEI, "sichuan-10-90": SICHUAN}
EDITS = (
    [(SHANXI, *m) for m in MUTATIONS_SHANXI]
    + [(HUBEI, *m) for m in MUTATIONS_HUBEI]
    + [(SICHUAN, *m) for m in MUTATIONS_SICHUAN]
)


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
