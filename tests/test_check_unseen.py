"""The checker on reports it was not built on (issue 10): real published reports as their pages give them, and
the general shapes that made false alarms or misses there. An error only when both sides are read with
certainty; doubt gives a 疑似 warning or nothing."""

from __future__ import annotations

import json
import re
import sys

import pytest

from chains.check import check
from tests.conftest import ROOT

REAL = ROOT / "tests" / "data" / "real"


def errors(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).findings if f.severity == "error"]


def warnings(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).findings if f.severity == "warning"]


# -- the real set -----------------------------------------------------------------------------------------


def test_the_real_set_is_what_its_note_says() -> None:
    manifest = [json.loads(x) for x in (REAL / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if x]
    labels = [json.loads(x) for x in (REAL / "labels.jsonl").read_text(encoding="utf-8").splitlines() if x]
    assert len(manifest) == len(labels) >= 80
    assert len({m["province"] for m in manifest}) >= 15
    assert len({m["department_kind"] for m in manifest}) >= 10
    for rec in labels:
        text = (REAL / "reports" / rec["case"]).read_text(encoding="utf-8")
        for exp in rec["expected"]:
            assert exp["value"] in text, (rec["case"], exp["value"])


def test_on_real_published_reports_almost_every_error_is_a_real_one() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from eval_checker import SETS, score_set

    score = score_set("real", *SETS["real"])
    assert score.precision >= 0.95, score.false
    assert score.false_errors / score.cases <= 0.03, score.false
    # the target of issue 10 (0.8), reached on 2026-12-04
    assert score.recall >= 0.8, score.misses


@pytest.mark.parametrize("name", ["real2", "real3", "real4", "real5", "real6"])
def test_on_the_later_real_sets_no_clean_report_gets_an_error(name: str) -> None:
    """real2–real6 were collected after the rules were shaped, by helpers who never read the checker (first
    measurements: real3 0 false errors on 40 clean reports; real4 8 false errors on 24 (precision 0.27); real5 2
    on 30; real6 1 on 26); they keep the checker honest on reports it was not built on."""
    sys.path.insert(0, str(ROOT / "bench"))
    from eval_checker import SETS, score_set

    score = score_set(name, *SETS[name])
    assert score.cases >= 29 and score.clean >= 24
    assert score.false_on_clean == 0 and score.precision >= 0.95, score.false


@pytest.mark.parametrize(("name", "recall"), [("drafts2", 0.97), ("drafts3", 0.93), ("drafts4", 0.82), ("drafts5", 0.78),
                                              ("drafts6", 0.92), ("drafts7", 0.92), ("drafts8", 0.90), ("drafts9", 0.85),
                                              ("drafts11", 0.81), ("drafts12", 0.81), ("drafts13", 0.84), ("drafts14", 0.81)])
def test_on_held_out_style_drafts_of_projects_it_was_not_built_on(name: str, recall: float) -> None:
    """drafts2–drafts7: eight to ten projects each, written by helpers who never read the checker. First measurements:
    drafts2 recall 0.62 / precision 0.53 / 0.5 false errors per clean draft; drafts3 0.61 / 0.43 / 0.6; drafts5 0.56 / 0.35 / 0.9; drafts4
    0.48 / 0.25 / 1.3; drafts6 0.69 / 0.66 / 0.3; drafts7 0.67 / 0.52 / 0.5; drafts8 0.65 / 0.57 / 0.4; drafts9 0.75 / 0.47 / 0.7;
    drafts11 0.81 / 0.22 / 2.4; drafts12 0.62 / 0.29 / 1.3; drafts13 0.69 / 0.47 / 0.6; drafts14 0.75 / 0.12 / 4.3. Targets of issue 10 for held-out drafts: recall 0.9, precision 0.95, ≤ 0.05 false errors per
    clean draft; the recall floors are today's figures."""
    sys.path.insert(0, str(ROOT / "bench"))
    from eval_checker import SETS, score_set

    score = score_set(name, *SETS[name])
    assert score.cases >= 40 and score.clean >= 8
    assert score.precision >= 0.95 and score.false_on_clean / score.clean <= 0.05, score.false
    assert score.recall >= recall, score.misses


@pytest.mark.parametrize(("name", "recall", "precision"), [
    ("drafts15", 0.61, 0.85), ("drafts16", 0.66, 0.85), ("drafts17", 0.76, 0.85),
    ("drafts18", 0.73, 0.95), ("drafts19", 0.73, 0.70), ("drafts20", 0.61, 0.90),
    ("drafts21", 0.76, 0.95), ("drafts22", 0.84, 0.95), ("drafts23", 0.69, 0.90), ("drafts24", 0.42, 0.95),
    ("drafts25", 0.76, 0.95), ("drafts26", 0.85, 0.95), ("drafts27", 0.76, 0.95), ("drafts28", 0.77, 0.95),
    ("drafts29", 0.77, 0.95), ("drafts30", 0.72, 0.95), ("drafts31", 0.83, 0.95)])
def test_on_the_small_sets_written_while_the_checker_changed(name: str, recall: float, precision: float) -> None:
    """drafts15–20: six projects each, measured once untouched (recall / precision / false errors per clean draft):
    drafts15 0.46 / 0.39 / 0.5, drafts16 0.63 / 0.44 / 0.67, drafts17 0.73 / 0.46 / 0.67 (written while the checker
    changed for drafts11–14); drafts18 0.73 / 0.49 / 0.67, drafts19 0.73 / 0.25 / 1.5, drafts20 0.62 / 0.29 / 1.2
    (after it); drafts21–25 (written the next morning, measured on 333117f): 0.67 / 0.32 / 1.17, 0.81 / 0.48 / 0.67,
    0.62 / 0.44 / 0.50, 0.27 / 0.22 / 0.83, 0.77 / 0.40 / 1.00; drafts26–28 (measured on 23aa4a5, after the changes for
    21–25): 0.82 / 0.40 / 1.00, 0.40 / 0.67 / 0.17, 0.78 / 0.55 / 0.50; drafts29–31 (on 5ac22e2, after the changes for
    21–28): 0.74 / 0.40 / 0.83, 0.66 / 0.51 / 0.50, 0.77 / 0.79 / 0.17. No false error on a clean draft since; the
    floors are today's figures, against going back."""
    sys.path.insert(0, str(ROOT / "bench"))
    from eval_checker import SETS, score_set

    score = score_set(name, *SETS[name])
    assert score.cases >= 32 and score.clean >= 6
    assert score.false_on_clean == 0 and score.precision >= precision, score.false
    assert score.recall >= recall, score.misses


# The rounds of 2026-12-05's second session, each written by helpers who never read the checker and measured once
# on the snapshot taken when the round was launched, before any change for it (recall / precision / false errors per
# clean draft; on the session's starting code 80b11b7 in brackets where it differs):
# * round 1, on 0a344a5 (after the gap rule only): drafts32 0.47 / 0.64 / 0.20 (saved web pages; 80b11b7 precision 0.48,
#   0.40 per clean), drafts33 0.67 / 0.16 / 3.00 (odd number forms, nested subtotals), drafts34 0.70 / 0.75 / 0.20,
#   drafts35 0.83 / 0.38 / 1.20, drafts36 0.63 / 0.73 / 0.20 (0.35, 1.00), drafts37 0.73 / 1.00 / 0.00 (forms only);
# * round 2, on c4b51d9: drafts38 0.80 / 1.00 / 0.00 (0.77, 0.20), drafts39 0.43 / 1.00 / 0.00 (one cell per line),
#   drafts40 0.70 / 0.50 / 0.60 (三公 tables), drafts41 0.77 / 0.62 / 0.40 (0.46, 0.80), drafts42 0.47 / 0.64 / 0.20
#   (0.48, 0.40; a PDF copy);
# * round 3, on 38e93af: drafts43 0.63 / 0.73 / 0.20, drafts44 0.60 / 0.12 / 3.80 (Excel two-row header; 0.10, 4.40),
#   drafts45 0.73 / 0.61 / 0.40 (0.51, 0.60), drafts46 0.43 / 0.65 / 0.20 (0.25, 1.00), drafts47 0.67 / 0.61 / 0.40;
# * round 4, on 58c25ad: drafts48 0.60 / 0.21 / 2.00 (grid tables; 0.18, 2.20), drafts49 0.53 / 0.46 / 0.60 (0.38,
#   0.80), drafts50 0.77 / 0.57 / 0.40 (0.47, 0.60), drafts51 0.80 / 0.28 / 1.80 (vouchers; 0.23, 2.00), drafts52
#   0.33 / 0.59 / 0.20 (key：value forms; 0.39, 0.40);
# * round 5, on 458b1c6: drafts53 0.73 / 0.22 / 2.20 (blank cells in space-aligned tables; 0.21, 2.40), drafts54
#   0.50 / 0.75 / 0.00 (0.12, 4.00), drafts55 0.57 / 0.68 / 0.20 (0.52, 0.40), drafts56 0.70 / 0.75 / 0.20 (0.60,
#   0.40). Only the clean drafts' false errors of round 5 were worked on; drafts55 keeps one (a 综合执行率 in the text
#   against the form's 预算执行率).
# Rounds 6 and 7, of 2026-12-05's third session: round 6 on ca71f8e: drafts57 0.50 / 0.59 / 0.40 (box-drawn tables),
# drafts58 0.83 / 0.56 / 0.60 (扣分 cells), drafts59 0.71 / 0.67 / 0.20, drafts60 0.83 / 0.49 / 0.80 (PDF copies with
# 续表), drafts61 0.90 / 0.66 / 0.40; round 7 on 19745aa: drafts62 0.67 / 0.71 / 0.20 (raw HTML), drafts63 0.47 / 0.38 /
# 0.60 (full-width spaces, tables of units), drafts64 0.67 / 0.59 / 0.40, drafts65 0.73 / 1.00 / 0.00 (form-only
# reports), drafts66 0.73 / 0.59 / 0.40; round 8 on eaaee08: drafts67 0.67 / 0.20 / 2.20 (department reports with
# per-project forms), drafts68 0.73 / 1.00 / 0.00, drafts69 0.60 / 1.00 / 0.00, drafts70 0.73 / 0.76 / 0.20, drafts71
# 0.60 / 1.00 / 0.00; round 9 on 3287387: drafts72 0.87 / 1.00 / 0.00 (Chinese numerals, 万 alone), drafts73 0.70 / 1.00 /
# 0.00, drafts74 0.80 / 0.63 / 0.40, drafts75 0.83 / 0.78 / 0.20, drafts76 0.73 / 0.63 / 0.40 (a table in 亿元); round 10
# on df74bd0: drafts77 0.87 / 0.79 / 0.20, drafts78 0.73 / 0.76 / 0.20, drafts79 0.57 / 1.00 / 0.00 (the form as a numbered
# list in prose), drafts80 0.83 / 0.42 / 1.00 (自治区/旗 columns), drafts81 0.63 / 0.59 / 0.40.
# Rounds 11–13, of 2026-12-05's fourth session: round 11 on 8fc8805: drafts82 0.73 / 0.92 / 0.00 (tab-separated Word
# copies), drafts83 0.67 / 0.15 / 3.20 (third-party evaluations: 评分标准 and 扣分 columns, level rows), drafts84 0.63 / 0.20
# / 2.20 (a column per year), drafts85 0.80 / 0.77 / 0.20, drafts86 0.73 / 1.00 / 0.00; round 12 on d158c1e: drafts87
# 0.83 / 1.00 / 0.00, drafts88 0.60 / 0.39 / 0.80 (narrative, the form as lines), drafts89 0.67 / 0.36 / 1.00 (a 指标层级
# column), drafts90 0.87 / 0.93 / 0.00, drafts91 0.77 / 0.96 / 0.00; round 13 on bb07379: drafts92 0.73 / 0.96 / 0.00,
# drafts93 0.37 / 0.16 / 1.60 (six sub-projects, a weighted-average 合计 score), drafts94 0.70 / 1.00 / 0.00, drafts95
# 0.87 / 0.55 / 0.60, drafts96 0.83 / 0.78 / 0.20; round 14 on 13e4c23: drafts97 0.73 / 0.76 / 0.20, drafts98 0.72 /
# 0.75 / 0.20, drafts99 0.97 / 0.67 / 0.40, drafts100 0.80 / 0.96 / 0.00, drafts101 0.73 / 1.00 / 0.00; round 15 on
# 6789039: drafts102 0.53 / 0.73 / 0.20, drafts103 0.77 / 0.64 / 0.40, drafts104 0.92 / 1.00 / 0.00, drafts105 0.77 / 0.45
# / 0.80 (a form scored at the second level only), drafts106 0.90 / 1.00 / 0.00. drafts102 keeps one false error on a
# clean draft (a balance that is one contract's remainder, stated on the line after it).
# Rounds 16 and 17, of 2026-12-05's fifth session: round 16 on 1521772: drafts107 0.53 / 0.55 / 0.20 (an online system's
# export: 字段：值 lines, Markdown tables), drafts108 0.47 / 0.33 / 0.80 (PDF copies, one table cell per line, lines cut by
# hand), drafts109 0.60 / 0.45 / 0.60 (space-aligned tables blank at both ends), drafts110 0.73 / 0.85 / 0.00, drafts111
# 0.70 / 0.57 / 0.40; round 17 on b4543b5: drafts112 0.40 / 0.44 / 0.40 (the 自评表 as 标签：值；paragraphs), drafts113
# 0.63 / 0.68 / 0.20, drafts114 0.67 / 0.59 / 0.40, drafts115 0.67 / 0.53 / 0.40 (grid tables), drafts116 0.75 / 0.89 /
# 0.00 (raw HTML).
# Round 18, of 2026-12-05's sixth session, on f4d12ed: drafts117 0.93 / 0.33 / 1.60 (department-wide reports: funds rows
# broken down by the rows under them, a department's and a project's 自评表 side by side), drafts118 0.70 / 0.70 / 0.20,
# drafts119 0.93 / 0.80 / 0.20, drafts120 0.77 / 1.00 / 0.00 (indicators as a numbered list), drafts121 0.47 / 1.00 /
# 0.00 (Excel sheets saved as CSV, thousands quoted); round 19 on 945e89f: drafts122 0.47 / 1.00 / 0.00 (pandoc simple
# tables), drafts123 0.73 / 0.96 / 0.00, drafts124 0.80 / 0.47 / 0.80 (funds tables by source with a 合计 column),
# drafts125 0.73 / 0.92 / 0.00 (Markdown), drafts126 0.67 / 0.38 / 1.00 (scanned PDFs: "93. 16%", single spaces);
# round 20 on 97c8a6a, written like eval/dev on purpose: drafts127 0.77 / 0.45 / 0.80 (a 行次 row under a funds table's
# header), drafts128 0.87 / 0.96 / 0.00, drafts129 0.90 / 0.96 / 0.00, drafts130 0.83 / 0.89 / 0.00, drafts131 0.77 /
# 0.92 / 0.00; round 21 on 013746f, also like eval/dev: drafts132 0.80 / 0.75 / 0.20 (a department's item rate said in
# the text), drafts133 0.90 / 0.79 / 0.20 (a source's grant "执行" its spending), drafts134 0.80 / 0.96 / 0.00, drafts135
# 0.87 / 0.54 / 0.60 (a 合计 row over sources broken down), drafts136 0.83 / 0.78 / 0.20 ("其余为…" with no figure);
# round 22 on d3a0280 (three like eval/dev, two like the seeds): drafts137 0.80 / 0.62 / 0.40, drafts138 0.73 / 0.92 /
# 0.00, drafts139 0.83 / 0.76 / 0.20, drafts140 0.73 / 0.76 / 0.20 (the levels' scores added up in the text), drafts141
# 0.80 / 1.00 / 0.00; round 23 on 38aab8a (three like eval/dev, two like the seeds), measured and left unchanged:
# drafts142 0.83 / 0.96 / 0.00, drafts143 0.80 / 0.96 / 0.00, drafts144 0.90 / 0.93 / 0.00, drafts145 0.70 / 0.95 / 0.00,
# drafts146 0.83 / 1.00 / 0.00; round 24 on 9b08579 (2026-12-05, seventh session; three like eval/dev, two like the
# seeds): drafts147 0.80 / 0.96 / 0.00, drafts148 0.93 / 1.00 / 0.00, drafts149 0.80 / 0.93 / 0.00, drafts150 0.77 / 1.00
# / 0.00 (a web page's table one cell a line, blank lines between rows), drafts151 0.77 / 1.00 / 0.00; round 25 on
# 904e631 (three like eval/dev, two like the seeds): drafts152 0.70 / 0.76 / 0.20 (an amount set at the start of the
# year beside the fund named again), drafts153 0.83 / 0.89 / 0.00, drafts154 0.77 / 1.00 / 0.00, drafts155 0.80 / 0.55 /
# 0.60 (a web table's merged cells left out; a 自评表's goal block in two columns; an average's own count), drafts156
# 0.83 / 0.57 / 0.60 (a table cut by a page break; "下达剩余资金"); round 26 on 2aebcd2 (2026-12-05, eighth session; three
# like eval/dev, two like the seeds): drafts157 0.80 / 0.75 / 0.20 (a completion rate read against another indicator's
# target a sentence before), drafts158 0.70 / 0.88 / 0.00, drafts159 0.77 / 0.96 / 0.00, drafts160 0.77 / 0.72 / 0.20 (a
# rate per unit paid in parts taken for 万元 slips), drafts161 0.77 / 0.96 / 0.00; round 27 on e653532: drafts162 0.93 /
# 0.97 / 0.00, drafts163 0.77 / 0.92 / 0.00, drafts164 0.77 / 0.70 / 0.20 (a total score after a list of weights in
# brackets), drafts165 0.93 / 1.00 / 0.00, drafts166 0.90 / 0.96 / 0.00; round 28 on 40edd0a (four sets: the fifth
# helper did not finish): drafts167 0.77 / 0.96 / 0.00, drafts169 0.90 / 0.75 / 0.20 ("结余留用资金" read as a
# balance), drafts170 0.80 / 0.71 / 0.20 (a loan's balance, 信贷余额), drafts171 0.84 / 0.96 / 0.00; round 29 on 097c538
# (2026-12-06, ninth session; three like eval/dev, two like the seeds): drafts172 0.87 / 0.81 / 0.20 (a level's items read
# on into the next level's), drafts173 0.83 / 0.78 / 0.20 (last year's score, compared in the next sentence), drafts174
# 0.80 / 0.96 / 0.00, drafts175 0.77 / 1.00 / 0.00, drafts176 0.88 / 0.78 / 0.20 ("执行率未达到100%" read as a rate);
# round 30 on dc1cb96: drafts177 0.77 / 0.96 / 0.00, drafts178 0.83 / 1.00 / 0.00, drafts179 0.87 / 0.81 / 0.20 (two rows
# that add up to the row above taken for its breakdown), drafts180 0.83 / 0.62 / 0.40 ("普惠性民办园" taken for the other
# half of 公办; a list wrapped after its 、), drafts181 0.80 / 1.00 / 0.00; round 31 on 25e7670: drafts182 0.70 / 0.95 /
# 0.00, drafts183 0.80 / 1.00 / 0.00, drafts184 0.73 / 1.00 / 0.00, drafts185 0.83 / 1.00 / 0.00, drafts186 0.90 / 1.00 /
# 0.00 (the first round with no false error on a clean draft at first sight); round 32 on e641245, measured and left
# unchanged: drafts187 0.90 / 0.96 / 0.00, drafts188 0.80 / 0.96 / 0.00, drafts189 0.90 / 0.93 / 0.00, drafts190 0.83 /
# 0.78 / 0.20 (a tab table's total row typed one cell short), drafts191 0.83 / 0.96 / 0.00; round 33 on 1b7a6fe
# (2026-12-06, tenth session; three like eval/dev, two like the seeds): drafts192 0.90 / 1.00 / 0.00, drafts193 0.80 /
# 0.65 / 0.40 (a level's own budget read as the project's; a sub-fund's balance read against the whole), drafts194 0.87 /
# 1.00 / 0.00, drafts195 0.80 / 0.75 / 0.20 (an average per session of sessions of different sizes), drafts196 0.67 /
# 0.91 / 0.00; round 34 on a0a8b1b: drafts197 0.87 / 1.00 / 0.00, drafts198 0.93 / 0.97 / 0.00, drafts199 0.90 / 0.96 /
# 0.00, drafts200 0.90 / 1.00 / 0.00, drafts201 0.83 / 0.78 / 0.20 (recall 0.89, precision 0.94, 0.04 false errors per
# clean draft over the round: the best first sight so far); round 35 on 6417c68: drafts202 0.87 / 1.00 / 0.00, drafts203
# 0.70 / 1.00 / 0.00, drafts204 0.80 / 1.00 / 0.00, drafts205 0.90 / 0.77 / 0.20, drafts206 0.73 / 0.73 / 0.20 (0.80 /
# 0.88 / 0.08 over the round: a round's first sight still swings with the ways of writing it brings); round 36 on dcc615d
# (2026-12-06, eleventh session): drafts207 0.93 / 0.80 / 0.20 (a rate in the sentence that sets out the goals read as
# an earlier result), drafts208 0.80 / 1.00 / 0.00, drafts209 0.83 / 1.00 / 0.00, drafts210 0.90 / 0.96 / 0.00,
# drafts211 0.80 / 1.00 / 0.00 (0.85 / 0.94 / 0.04 over the round); round 37 on a91c5fd: drafts212 0.77 / 1.00 / 0.00,
# drafts213 0.93 / 0.78 / 0.20 (an indicator named "…社会效果15分" read as the 效果 level's weight), drafts214 0.93 /
# 1.00 / 0.00, drafts215 0.90 / 1.00 / 0.00, drafts216 0.83 / 1.00 / 0.00 (0.87 / 0.94 / 0.04 over the round); round
# 38 on 3809264: drafts217 0.87 / 1.00 / 0.00, drafts218 0.87 / 1.00 / 0.00, drafts219 0.77 / 0.96 / 0.00, drafts220
# 0.83 / 1.00 / 0.00, drafts221 0.73 / 1.00 / 0.00 (0.81 / 0.99 / 0.00 over the round: no false error on a clean draft,
# recall the weaker side); round 39 on 5b4d4f6: drafts222 0.83 / 0.74 / 0.20 (an earlier year's average read as this
# year's), drafts223 0.77 / 0.77 / 0.20 ("属于正常偏差" read as the grade 差), drafts224 0.87 / 0.96 / 0.00, drafts225
# 0.83 / 0.93 / 0.00, drafts226 0.93 / 1.00 / 0.00 (0.85 / 0.87 / 0.08 over the round); round 40 on 879f613:
# drafts227 0.90 / 1.00 / 0.00, drafts228 0.90 / 0.79 / 0.20 ("每家9万元" read as 元 by a round "2万元" within its
# rounding), drafts229 0.93 / 0.80 / 0.20 (an average over the "4个站（队）" it names taken over the 3 items listed),
# drafts230 0.83 / 0.78 / 0.20 (a budget before its "年中调整为" read as a second statement), drafts231 0.70 / 1.00 /
# 0.00 (0.85 / 0.86 / 0.12 over the round). Round 41 on 7153dc8 (2026-12-06, twelfth session): drafts232 0.83 / 0.78 /
# 0.20 (a 其中 list with one part counted in 枪, a unit not read), drafts233 0.93 / 1.00 / 0.00, drafts234 0.97 / 1.00 /
# 0.00, drafts235 0.80 / 1.00 / 0.00, drafts236 0.87 / 1.00 / 0.00 (0.88 / 0.95 / 0.04 over the round); round 42 on
# 7153dc8 with the restated_rates changes of a240de1: drafts237 0.87 / 0.65 / 0.40 ("总分由预算执行率（10分）…组成" read as
# a total of 10分; "经济效益10分、可持续影响10分" taken for all of 效益's parts), drafts238 0.90 / 0.96 / 0.00, drafts239
# 0.93 / 0.97 / 0.00, drafts240 0.97 / 1.00 / 0.00, drafts241 0.90 / 0.66 / 0.40 (last year's total in brackets; an
# amount added mid-year set against what was spent of it) (0.91 / 0.82 / 0.16 over the round); round 43 on 987df1a:
# drafts242 0.83 / 0.78 / 0.20 (one level's 年初 budget and its addition taken for the year's), drafts243 0.80 / 0.75 /
# 0.20 ("预算执行率未达100%" read as a rate stated), drafts244 0.93 / 0.97 / 0.00, drafts245 0.73 / 0.76 / 0.20 ("月租金2100元/
# 套" taken as a total to average), drafts246 0.80 / 0.75 / 0.20 (a 总分 row one cell short of its columns) (0.82 / 0.80 /
# 0.16 over the round); round 44 on cbfd446: drafts247 0.90 / 0.56 / 0.60 (an earlier year's growth in brackets read as
# what was done, "上年为702家" among bracketed parts, last year's total in a numbered item "2.2022年度…" read as 2.2022年),
# drafts248 0.90 / 1.00 / 0.00, drafts249 0.83 / 1.00 / 0.00, drafts250 0.87 / 1.00 / 0.00, drafts251 0.93 / 1.00 / 0.00
# (0.89 / 0.86 / 0.12 over the round; the other four sets 0.88 / 1.00 / 0); round 45 on 5c4fa11, the last measurement
# of the session: drafts252 0.80 / 0.96 / 0.00, drafts253 0.83 / 0.76 / 0.20 (a source named after another source's
# rate left out of a breakdown's parts), drafts254 0.87 / 1.00 / 0.00, drafts255 0.83 / 1.00 / 0.00, drafts256 0.73 /
# 1.00 / 0.00 (0.81 / 0.93 / 0.04 over the round).
# Thirteenth session (2026-12-06): round 46 on e9b92b0 (the session's start): drafts257 0.87 / 0.79 / 0.20
# ("自评得分在88分至98分之间", the bounds of other projects' totals, read as the total), drafts258 0.97 / 1.00 / 0.00, drafts259
# 0.90 / 1.00 / 0.00, drafts260 0.87 / 1.00 / 0.00, drafts261 0.93 / 1.00 / 0.00 (0.91 / 0.95 / 0.04 over the round).
# Round 47 on faa8fd3 (the first change of the session, a conflict's other place marked 疑似): drafts262 0.90 / 0.79 /
# 0.20 (last year's total "上年度部门整体自评得分91.20分" taken to grade this year), drafts263 0.90 / 0.66 / 0.40
# ("…列入年初预算，年初预算数为4,760.00万元", the sources before it said again, taken for one more source), drafts264 0.87 / 1.00 /
# 0.00, drafts265 0.80 / 1.00 / 0.00, drafts266 0.97 / 1.00 / 0.00 (0.89 / 0.86 / 0.12 over the round).
# Round 48 on ec5cb49 (round 46's changes): drafts267 0.97 / 1.00 / 0.00, drafts268 0.90 / 0.96 / 0.00, drafts269 0.80 /
# 0.73 / 0.20 ("县级配套资金175.00万元，支出121.60万元" in a 其中 list of what was spent, counted at its budget; a 效益 subtotal at its
# default 30 blamed for its rows), drafts270 0.90 / 1.00 / 0.00, drafts271 0.90 / 0.79 / 0.20 (a PDF copy's row with a
# blank merged cell at the left and a blank note at the right, read one column off) (0.89 / 0.89 / 0.08 over the round).
# Round 49 on a9ae7ce (round 47's changes): drafts272 0.87 / 1.00 / 0.00, drafts273 0.87 / 0.96 / 0.00, drafts274 0.77 /
# 1.00 / 0.00, drafts275 0.83 / 1.00 / 0.00, drafts276 0.83 / 0.64 / 0.40 (a source's rate judged on its budget before
# the year's cut; "将2020年医疗设备购置项目结余资金40.00万元统筹用于本项目" read as this year's balance) (0.83 / 0.89 / 0.08 over the round).
# Round 50 on 8b8e80c (round 48's changes): drafts277 0.90 / 0.79 / 0.20 ("88.00万元（11个镇（街道）各8.00万元）": so much each in
# brackets within brackets taken for a part), drafts278 0.90 / 1.00 / 0.00, drafts279 0.90 / 0.77 / 0.20
# ("…3,126户…，完成年度目标3,000户的104.20%，其中…": the parts of what was done set against the target), drafts280 0.83 / 1.00 /
# 0.00, drafts281 0.97 / 1.00 / 0.00 (0.90 / 0.90 / 0.08 over the round).
# Round 51 on 1485171 (round 49's changes): drafts282 0.93 / 0.80 / 0.20 ("低于30元的控制标准", a bound in 元, taken for a
# 30.00万元 amount in the wrong unit), drafts283 0.93 / 1.00 / 0.00, drafts284 0.90 / 1.00 / 0.00, drafts285 0.84 / 0.47 /
# 0.80 ("选择200元档次缴费" and "200元及以上档次", a contribution tier, taken for the 200.00万元 of the provincial money), drafts286
# 0.87 / 1.00 / 0.00 (0.89 / 0.79 / 0.20 over the round).
# Round 52 on 6b5bc8c (round 50's changes and the counted units): drafts287 0.93 / 1.00 / 0.00, drafts288 0.97 / 0.83 /
# 0.20 ("…；扑火装备购置58.40万元，其中风力灭火机13.60万元；训练和演练费用18.60万元；…": the outer list's items after ；taken for one item's parts),
# drafts289 0.80 / 0.75 / 0.20 ("人均资助4272.73元" after two groups, over both, worked out on the last), drafts290 0.90 /
# 1.00 / 0.00, drafts291 0.80 / 1.00 / 0.00 (0.88 / 0.90 / 0.08 over the round).
# Round 53 on 5609af6 (round 51's changes, the last measurement of the session): drafts292 0.80 / 1.00 / 0.00, drafts293
# 0.87 / 1.00 / 0.00, drafts294 0.80 / 0.75 / 0.20 ("436笔、8620万元，笔数完成年度目标的96.89%": the
# rate of the count the clause names, worked out on the money), drafts295 0.90 / 1.00 / 0.00, drafts296 0.83 /
# 0.96 / 0.00 (0.84 / 0.93 / 0.04 over the round). Over rounds 46–53 first sight is 0.88 / 0.89 / 0.09.
# Round 54 on a640c41 (the fourteenth session's start): drafts297 0.83 / 0.62 / 0.40 ("属于拨付时间差" read as the grade 差;
# "合  计" spread over two cells of a spaced table, its first source's row taken for the project's total), drafts298 0.77 /
# 1.00 / 0.00, drafts299 0.90 / 1.00 / 0.00, drafts300 0.77 / 0.77 / 0.20 ("预算执行情况（20分）" over the funds block: the
# execution weight in its header, not counted toward the hundred), drafts301 0.83 / 1.00 / 0.00 (0.82 / 0.85 / 0.12 over
# the round).
# Round 55 on the first changes of the session (uncommitted then, 1e41ed08's): drafts302 0.87 / 0.96 / 0.00, drafts303 0.70 /
# 0.75 / 0.20 ("按到位资金计算的资金使用率为96.60%" set against the table's execution rate), drafts304 0.67 / 0.36 / 1.00
# (a 合计 of the indicator rows alone, 80, beside a funds block worth 20; "其余3家企业合计142.50万元" taken for the sum of
# the list before it; "全年预算调整为3650.00万元" not counted as a base of the table's rate), drafts305 0.80 / 1.00 / 0.00,
# drafts306 0.73 / 0.61 / 0.40 ("绩效指标", the form's merged label, read as a column; "…继续使用，其余3.68万元已上缴"
# read as spent) (0.75 / 0.66 / 0.32 over the round).
# Round 56 on dc90b17: drafts307 0.83 / 0.78 / 0.20 ("年初预算168.60万元（含上年结转18.60万元），其中…": the parts without
# what the brackets say it holds), drafts308 0.77 / 0.74 / 0.20 ("较2021年平均每村7.65万元": last year's average),
# drafts309 0.90 / 0.68 / 0.40 (a 合计 of the indicator rows alone beside a 20-point funds block), drafts310 0.73 / 0.73
# / 0.20 ("良种苗木使用率100%" taken for the execution rate), drafts311 0.87 / 0.79 / 0.20 (a blank header cell of a saved
# web page's table moving every column one to the right) (0.82 / 0.74 / 0.24 over the round).
# Round 57 on de3b0ba: drafts312 0.87 / 0.79 / 0.20 ("预算24.00万元，按每户6,500元的标准…据实结算20.80万元，执行率86.67%"
# judged on other spending), drafts313 0.77 / 1.00 / 0.00, drafts314 0.77 / 1.00 / 0.00, drafts315 0.90 / 1.00 / 0.00,
# drafts316 0.97 / 1.00 / 0.00 (0.85 / 0.95 / 0.04 over the round: precision and false errors within the targets,
# recall not).
# Round 58 on eef5125: drafts317 0.83 / 0.96 / 0.00, drafts318 0.77 / 0.62 / 0.40 ("按发放部门分，…" after a source's amount,
# a breakdown of the paragraph's total; "基本支出执行191.87万元，…结余0.28万元" on the department's budget), drafts319 0.87 /
# 1.00 / 0.00, drafts320 0.87 / 0.79 / 0.20 (a goal in a run-in heading "（三）项目绩效目标。…" taken for a figure stated
# twice), drafts321 0.83 / 0.64 / 0.40 ("中央、省级和上年结转资金已全部支出" read as all the money; "培训人次完成目标的96.50%"
# worked out on the 6期) (0.83 / 0.78 / 0.20 over the round).
# Round 59 on 9e19556, the last measurement of the session: drafts322 0.87 / 0.65 / 0.40 ("另有2022年未使用完的…12万元结转到
# 本年": money carried in, read as a balance; "产出、效益、满意度三类指标合计得分88.39分" taken for the total), drafts323 0.77 /
# 0.96 / 0.00, drafts324 0.70 / 0.60 / 0.40 ("省级区试经费执行率91.38%", a source's rate judged on the whole; "2024年…增至11
# 组", next year's figure), drafts325 0.73 / 0.76 / 0.20 ("变动率｜≤0｜-12.79%｜100%": a ratio to a zero bound), drafts326
# 0.83 / 0.96 / 0.00 (0.78 / 0.76 / 0.20 over the round). Over rounds 54–59 first sight is 0.81 / 0.78 / 0.19.
# Round 60 on 176356e (the fifteenth session's start): drafts327 0.60 / 1.00 / 0.00, drafts328 0.63 / 0.95 / 0.00,
# drafts329 0.83 / 0.78 / 0.20 (a department's five levels, 预算管理 among them, read as the project's four), drafts330
# 0.83 / 1.00 / 0.00, drafts331 0.73 / 0.96 / 0.00 (0.73 / 0.92 / 0.04 over the round; misses: balances and rates with two
# digits swapped, unit prices in 万元, averages beside their count, scores above a 100-point scale, group headings in tab
# tables).
# Round 61 on the code of a003f40 (a snapshot taken just before it): drafts332 0.90 / 0.96 / 0.00, drafts333 0.80 / 1.00 /
# 0.00, drafts334 0.83 / 1.00 / 0.00, drafts335 0.80 / 0.96 / 0.00, drafts336 0.80 / 1.00 / 0.00 (0.83 / 0.98 / 0.00).
# Round 62 on 1c912a8: drafts337 0.87 / 0.81 / 0.20 (levels' weights in their own brackets read as listed scores),
# drafts338 0.90 / 0.96 / 0.00, drafts339 0.93 / 0.80 / 0.20 ("年初预拨的36000万元" read as spending), drafts340 0.77 /
# 0.92 / 0.00, drafts341 0.73 / 1.00 / 0.00 (0.84 / 0.89 / 0.08).
# Round 63 on e019bbc: drafts342 0.83 / 0.66 / 0.40 ("当年财政拨款执行…执行率" judged on the whole; "结余资金中，财政资金…"
# read as the whole balance), drafts343 0.90 / 0.96 / 0.00, drafts344 0.77 / 0.79 / 0.20 (an item's breakdown in its
# brackets read as list items), drafts345 0.87 / 0.65 / 0.40 (a whole-point total of the levels' scores; a total broken
# down by source with a part unnumbered, then by use), drafts346 0.80 / 1.00 / 0.00 (0.83 / 0.79 / 0.20).
# Round 64 on da7a58b: drafts347 0.77 / 0.92 / 0.00, drafts348 0.83 / 1.00 / 0.00, drafts349 0.63 / 1.00 / 0.00 (shares
# above 100% in rows and columns the rules did not read, form years), drafts350 0.80 / 0.62 / 0.40 ("上年结转为2020年度…的资金"
# read as money carried into a past year; last year's total after the levels' scores), drafts351 0.90 / 1.00 / 0.00 (0.79 /
# 0.87 / 0.08).
# Round 65 on 69c6b24, the last measurement of the session: drafts352 0.80 / 0.77 / 0.20 ("312件（2023年为286件），其中…":
# an earlier year's count in brackets taken for a part), drafts353 0.83 / 1.00 / 0.00, drafts354 0.83 / 1.00 / 0.00,
# drafts355 0.80 / 0.81 / 0.20 ("其中财政资金支出43.10万元，支出率97.07%" judged on the project's budget), drafts356 0.63 /
# 1.00 / 0.00 (0.78 / 0.90 / 0.08 over the round). Over rounds 60–65 first sight is 0.80 / 0.89 / 0.08.
# The floors are the figures after the changes made for them, against going back.
_ROUNDS = [
    ("drafts32", 0.86, 0.95, 0), ("drafts33", 0.90, 0.92, 0), ("drafts34", 0.86, 0.95, 0), ("drafts35", 0.90, 0.95, 0),
    ("drafts36", 0.83, 0.95, 0), ("drafts37", 0.84, 0.95, 0),
    ("drafts38", 0.90, 0.95, 0), ("drafts39", 0.86, 0.95, 0), ("drafts40", 0.80, 0.95, 0), ("drafts41", 0.86, 0.95, 0),
    ("drafts42", 0.53, 0.95, 0),
    ("drafts43", 0.70, 0.95, 0), ("drafts44", 0.73, 0.95, 0), ("drafts45", 0.76, 0.95, 0), ("drafts46", 0.53, 0.95, 0),
    ("drafts47", 0.66, 0.95, 0),
    ("drafts48", 0.66, 0.95, 0), ("drafts49", 0.66, 0.95, 0), ("drafts50", 0.93, 0.92, 0), ("drafts51", 0.80, 0.95, 0),
    ("drafts52", 0.63, 0.95, 0),
    ("drafts53", 0.76, 0.95, 0), ("drafts54", 0.70, 0.95, 0), ("drafts55", 0.76, 0.74, 1), ("drafts56", 0.70, 0.95, 0),
    # the sixth to fifteenth rounds (first sight in tests/data/README.md), raised to what they are now
    ("drafts57", 0.93, 0.95, 0), ("drafts58", 0.83, 0.95, 0), ("drafts59", 0.77, 0.95, 0), ("drafts60", 0.83, 0.95, 0),
    ("drafts61", 0.93, 0.95, 0),
    ("drafts62", 0.76, 0.95, 0), ("drafts63", 0.60, 0.95, 0), ("drafts64", 0.83, 0.95, 0), ("drafts65", 0.86, 0.95, 0),
    ("drafts66", 0.83, 0.95, 0),
    ("drafts67", 0.70, 0.95, 0), ("drafts68", 0.76, 0.95, 0), ("drafts69", 0.73, 0.95, 0), ("drafts70", 0.86, 0.95, 0),
    ("drafts71", 0.70, 0.95, 0),
    ("drafts72", 0.87, 0.95, 0), ("drafts73", 0.90, 0.95, 0), ("drafts74", 0.86, 0.95, 0), ("drafts75", 0.83, 0.95, 0),
    ("drafts76", 0.80, 0.95, 0),
    ("drafts77", 0.86, 0.95, 0), ("drafts78", 0.86, 0.95, 0), ("drafts79", 0.66, 0.95, 0), ("drafts80", 0.90, 0.95, 0),
    ("drafts81", 0.70, 0.95, 0),
    ("drafts82", 0.86, 0.95, 0), ("drafts83", 0.73, 0.95, 0), ("drafts84", 0.70, 0.95, 0), ("drafts85", 0.86, 0.95, 0),
    ("drafts86", 0.80, 0.95, 0),
    ("drafts87", 0.86, 0.95, 0), ("drafts88", 0.66, 0.95, 0), ("drafts89", 0.73, 0.95, 0), ("drafts90", 0.86, 0.95, 0),
    ("drafts91", 0.80, 0.95, 0),
    ("drafts92", 0.80, 0.95, 0), ("drafts93", 0.53, 0.95, 0), ("drafts94", 0.70, 0.95, 0), ("drafts95", 0.86, 0.95, 0),
    ("drafts96", 0.83, 0.95, 0),
    ("drafts97", 0.73, 0.95, 0), ("drafts98", 0.72, 0.95, 0), ("drafts99", 0.96, 0.95, 0), ("drafts100", 0.83, 0.95, 0),
    ("drafts101", 0.73, 0.95, 0),
    ("drafts102", 0.60, 0.72, 1), ("drafts103", 0.76, 0.95, 0), ("drafts104", 0.92, 0.95, 0), ("drafts105", 0.76, 0.95, 0),
    ("drafts106", 0.90, 0.95, 0),
    # rounds 16 and 17 (2026-12-05, fifth session), first sight in the comment above and in tests/data/README.md
    ("drafts107", 0.76, 0.86, 0), ("drafts108", 0.53, 0.94, 0), ("drafts109", 0.80, 0.95, 0), ("drafts110", 0.83, 0.95, 0),
    ("drafts111", 0.76, 0.95, 0),
    ("drafts112", 0.63, 0.94, 0), ("drafts113", 0.73, 0.95, 0), ("drafts114", 0.70, 0.95, 0), ("drafts115", 0.76, 0.92, 0),
    ("drafts116", 0.78, 0.92, 0),
    # round 18 (2026-12-05, sixth session)
    ("drafts117", 0.93, 0.96, 0), ("drafts118", 0.73, 0.95, 0), ("drafts119", 0.93, 0.95, 0), ("drafts120", 0.76, 0.95, 0),
    ("drafts121", 0.73, 0.95, 0),
    ("drafts122", 0.80, 0.96, 0), ("drafts123", 0.76, 0.96, 0), ("drafts124", 0.83, 0.96, 0), ("drafts125", 0.73, 0.91, 0),
    ("drafts126", 0.66, 0.96, 0),
    ("drafts127", 0.76, 0.96, 0), ("drafts128", 0.86, 0.95, 0), ("drafts129", 0.90, 0.95, 0), ("drafts130", 0.83, 0.89, 0),
    ("drafts131", 0.83, 0.96, 0),
    ("drafts132", 0.80, 0.95, 0), ("drafts133", 0.90, 0.96, 0), ("drafts134", 0.80, 0.95, 0), ("drafts135", 0.86, 0.95, 0),
    ("drafts136", 0.83, 0.96, 0),
    ("drafts137", 0.80, 0.95, 0), ("drafts138", 0.73, 0.91, 0), ("drafts139", 0.83, 0.95, 0), ("drafts140", 0.73, 0.96, 0),
    ("drafts141", 0.80, 0.96, 0),
    ("drafts142", 0.83, 0.96, 0), ("drafts143", 0.80, 0.96, 0), ("drafts144", 0.90, 0.93, 0), ("drafts145", 0.70, 0.95, 0),
    ("drafts146", 0.83, 1.00, 0),
    # round 24 (2026-12-05, seventh session)
    ("drafts147", 0.90, 0.96, 0), ("drafts148", 0.96, 1.00, 0), ("drafts149", 0.90, 0.93, 0), ("drafts150", 0.90, 0.96, 0),
    ("drafts151", 0.93, 1.00, 0),
    # round 25 (2026-12-05, seventh session)
    ("drafts152", 0.80, 1.00, 0), ("drafts153", 0.90, 0.93, 0), ("drafts154", 0.90, 1.00, 0), ("drafts155", 0.86, 1.00, 0),
    ("drafts156", 0.83, 1.00, 0),
    # rounds 26 to 28 (2026-12-05, eighth session)
    ("drafts157", 0.86, 0.96, 0), ("drafts158", 0.83, 1.00, 0), ("drafts159", 0.86, 1.00, 0), ("drafts160", 0.83, 1.00, 0),
    ("drafts161", 0.80, 1.00, 0),
    ("drafts162", 0.96, 1.00, 0), ("drafts163", 0.83, 1.00, 0), ("drafts164", 0.90, 0.96, 0), ("drafts165", 0.93, 1.00, 0),
    ("drafts166", 0.93, 0.96, 0),
    ("drafts167", 0.80, 1.00, 0), ("drafts169", 0.96, 0.96, 0), ("drafts170", 0.83, 0.92, 0), ("drafts171", 0.87, 0.96, 0),
    # round 29 (2026-12-06, ninth session)
    ("drafts172", 0.90, 1.00, 0), ("drafts173", 0.86, 1.00, 0), ("drafts174", 0.90, 0.96, 0), ("drafts175", 0.83, 1.00, 0),
    ("drafts176", 0.96, 1.00, 0),
    # round 30 (2026-12-06, ninth session)
    ("drafts177", 0.86, 1.00, 0), ("drafts178", 0.90, 1.00, 0), ("drafts179", 0.90, 1.00, 0), ("drafts180", 0.86, 1.00, 0),
    ("drafts181", 0.83, 1.00, 0),
    # round 31 (2026-12-06, ninth session)
    ("drafts182", 0.73, 0.95, 0), ("drafts183", 0.86, 1.00, 0), ("drafts184", 0.73, 1.00, 0), ("drafts185", 0.86, 1.00, 0),
    ("drafts186", 0.90, 1.00, 0),
    # round 32 (2026-12-06, ninth session): first sight, nothing changed for it
    ("drafts187", 0.90, 0.96, 0), ("drafts188", 0.83, 0.96, 0), ("drafts189", 0.93, 0.96, 0), ("drafts190", 0.83, 0.78, 1),
    ("drafts191", 0.83, 0.96, 0),
    # round 33 (2026-12-06, tenth session)
    ("drafts192", 0.90, 1.00, 0), ("drafts193", 0.80, 1.00, 0), ("drafts194", 0.93, 1.00, 0), ("drafts195", 0.80, 0.96, 0),
    ("drafts196", 0.76, 0.92, 0),
    # round 34 (2026-12-06, tenth session)
    ("drafts197", 0.90, 1.00, 0), ("drafts198", 0.96, 1.00, 0), ("drafts199", 0.90, 0.96, 0), ("drafts200", 0.90, 1.00, 0),
    ("drafts201", 0.83, 1.00, 0),
    # round 35 (2026-12-06, tenth session): first sight
    ("drafts202", 0.86, 1.00, 0), ("drafts203", 0.73, 1.00, 0), ("drafts204", 0.83, 1.00, 0), ("drafts205", 0.90, 0.96, 0),
    ("drafts206", 0.73, 0.95, 0),
    # round 36 (2026-12-06, eleventh session)
    ("drafts207", 0.93, 1.00, 0), ("drafts208", 0.93, 1.00, 0), ("drafts209", 0.86, 1.00, 0), ("drafts210", 0.90, 1.00, 0),
    ("drafts211", 0.80, 1.00, 0),
    # round 37 (2026-12-06, eleventh session)
    ("drafts212", 0.76, 1.00, 0), ("drafts213", 0.96, 1.00, 0), ("drafts214", 0.93, 1.00, 0), ("drafts215", 0.90, 1.00, 0),
    ("drafts216", 0.83, 1.00, 0),
    # round 38 (2026-12-06, eleventh session)
    ("drafts217", 0.86, 1.00, 0), ("drafts218", 0.86, 1.00, 0), ("drafts219", 0.80, 1.00, 0), ("drafts220", 0.83, 1.00, 0),
    ("drafts221", 0.76, 1.00, 0),
    # round 39 (2026-12-06, eleventh session)
    ("drafts222", 0.86, 1.00, 0), ("drafts223", 0.76, 1.00, 0), ("drafts224", 0.90, 1.00, 0), ("drafts225", 0.86, 1.00, 0),
    ("drafts226", 0.93, 1.00, 0),
    # round 40 (2026-12-06, eleventh session)
    ("drafts227", 0.90, 1.00, 0), ("drafts228", 0.90, 1.00, 0), ("drafts229", 0.93, 1.00, 0), ("drafts230", 0.83, 1.00, 0),
    ("drafts231", 0.76, 1.00, 0),
    # round 41 (2026-12-06, twelfth session)
    ("drafts232", 0.92, 1.00, 0), ("drafts233", 0.92, 1.00, 0), ("drafts234", 0.99, 1.00, 0), ("drafts235", 0.82, 1.00, 0),
    ("drafts236", 0.92, 1.00, 0),
    # round 42 (2026-12-06, twelfth session)
    ("drafts237", 0.86, 1.00, 0), ("drafts238", 0.99, 1.00, 0), ("drafts239", 0.96, 0.96, 0), ("drafts240", 0.96, 1.00, 0),
    ("drafts241", 0.89, 1.00, 0),
    # round 43 (2026-12-06, twelfth session)
    ("drafts242", 0.83, 1.00, 0), ("drafts243", 0.80, 0.96, 0), ("drafts244", 0.93, 0.96, 0), ("drafts245", 0.73, 1.00, 0),
    ("drafts246", 0.83, 1.00, 0),
    # round 44 (2026-12-06, twelfth session)
    ("drafts247", 0.93, 1.00, 0), ("drafts248", 0.90, 1.00, 0), ("drafts249", 0.83, 1.00, 0), ("drafts250", 0.86, 1.00, 0),
    ("drafts251", 0.93, 1.00, 0),
    # round 45 (2026-12-06, twelfth session)
    ("drafts252", 0.86, 0.96, 0), ("drafts253", 0.83, 0.96, 0), ("drafts254", 0.90, 1.00, 0), ("drafts255", 0.83, 1.00, 0),
    ("drafts256", 0.76, 1.00, 0),
    # round 46 (2026-12-06, thirteenth session)
    ("drafts257", 0.86, 1.00, 0), ("drafts258", 0.96, 1.00, 0), ("drafts259", 0.93, 1.00, 0),
    ("drafts260", 0.86, 1.00, 0), ("drafts261", 0.93, 1.00, 0),
    # round 47 (2026-12-06, thirteenth session)
    ("drafts262", 0.90, 0.96, 0), ("drafts263", 0.90, 1.00, 0), ("drafts264", 0.86, 1.00, 0),
    ("drafts265", 0.83, 1.00, 0), ("drafts266", 0.96, 1.00, 0),
    # round 48 (2026-12-06, thirteenth session)
    ("drafts267", 0.96, 1.00, 0), ("drafts268", 0.90, 0.96, 0), ("drafts269", 0.83, 0.96, 0),
    ("drafts270", 0.90, 1.00, 0), ("drafts271", 0.90, 1.00, 0),
    # round 49 (2026-12-06, thirteenth session)
    ("drafts272", 0.86, 1.00, 0), ("drafts273", 0.86, 0.96, 0), ("drafts274", 0.76, 1.00, 0),
    ("drafts275", 0.83, 1.00, 0), ("drafts276", 0.83, 1.00, 0),
    # round 50 (2026-12-06, thirteenth session)
    ("drafts277", 0.90, 0.96, 0), ("drafts278", 0.90, 1.00, 0), ("drafts279", 0.93, 0.96, 0),
    ("drafts280", 0.83, 1.00, 0), ("drafts281", 0.96, 1.00, 0),
    # round 51 (2026-12-06, thirteenth session)
    ("drafts282", 0.93, 1.00, 0), ("drafts283", 0.93, 1.00, 0), ("drafts284", 0.90, 1.00, 0),
    ("drafts285", 0.84, 0.93, 0), ("drafts286", 0.86, 1.00, 0),
    # round 52 (2026-12-06, thirteenth session)
    ("drafts287", 0.93, 1.00, 0), ("drafts288", 0.96, 1.00, 0), ("drafts289", 0.80, 0.96, 0),
    ("drafts290", 0.90, 1.00, 0), ("drafts291", 0.80, 1.00, 0),
    # round 53 (2026-12-06, thirteenth session)
    ("drafts292", 0.80, 1.00, 0), ("drafts293", 0.86, 1.00, 0), ("drafts294", 0.90, 1.00, 0),
    ("drafts295", 0.90, 1.00, 0), ("drafts296", 0.83, 0.96, 0),
    # round 54 (2026-12-06, fourteenth session)
    ("drafts297", 0.86, 0.96, 0), ("drafts298", 0.86, 1.00, 0), ("drafts299", 0.93, 0.96, 0),
    ("drafts300", 0.80, 1.00, 0), ("drafts301", 0.96, 1.00, 0),
    # round 55
    ("drafts302", 0.86, 0.96, 0), ("drafts303", 0.70, 1.00, 0), ("drafts304", 0.70, 1.00, 0),
    ("drafts305", 0.80, 1.00, 0), ("drafts306", 0.66, 1.00, 0),
    # round 56
    ("drafts307", 0.83, 1.00, 0), ("drafts308", 0.76, 0.95, 0), ("drafts309", 0.90, 1.00, 0),
    ("drafts310", 0.76, 0.95, 0), ("drafts311", 0.90, 1.00, 0),
    # round 57
    ("drafts312", 0.90, 1.00, 0), ("drafts313", 0.80, 1.00, 0), ("drafts314", 0.80, 1.00, 0),
    ("drafts315", 0.90, 1.00, 0), ("drafts316", 0.96, 1.00, 0),
    # round 58
    ("drafts317", 0.86, 1.00, 0), ("drafts318", 0.76, 1.00, 0), ("drafts319", 0.86, 1.00, 0),
    ("drafts320", 0.86, 1.00, 0), ("drafts321", 0.83, 1.00, 0),
    # round 59
    ("drafts322", 0.86, 1.00, 0), ("drafts323", 0.76, 0.95, 0), ("drafts324", 0.70, 1.00, 0),
    ("drafts325", 0.73, 1.00, 0), ("drafts326", 0.83, 0.96, 0),
    # round 60
    ("drafts327", 0.70, 1.00, 0), ("drafts328", 0.76, 1.00, 0), ("drafts329", 0.90, 1.00, 0),
    ("drafts330", 1.00, 1.00, 0), ("drafts331", 0.90, 1.00, 0),
    # round 61
    ("drafts332", 0.90, 0.96, 0), ("drafts333", 0.80, 0.96, 0), ("drafts334", 0.90, 1.00, 0),
    ("drafts335", 0.83, 0.96, 0), ("drafts336", 0.86, 1.00, 0),
    # round 62
    ("drafts337", 0.96, 1.00, 0), ("drafts338", 0.96, 0.96, 0), ("drafts339", 0.93, 1.00, 0),
    ("drafts340", 0.80, 0.92, 0), ("drafts341", 0.83, 1.00, 0),
    # round 63
    ("drafts342", 0.83, 1.00, 0), ("drafts343", 0.90, 0.96, 0), ("drafts344", 0.76, 1.00, 0),
    ("drafts345", 0.90, 1.00, 0), ("drafts346", 0.90, 1.00, 0),
    # round 64
    ("drafts347", 0.83, 0.96, 0), ("drafts348", 0.90, 1.00, 0), ("drafts349", 0.70, 1.00, 0),
    ("drafts350", 0.80, 0.96, 0), ("drafts351", 0.90, 1.00, 0),
    # round 65
    ("drafts352", 0.83, 1.00, 0), ("drafts353", 0.83, 1.00, 0), ("drafts354", 0.83, 1.00, 0),
    ("drafts355", 0.80, 1.00, 0), ("drafts356", 0.63, 1.00, 0),
    # round 66 (2026-12-06, sixteenth session)
    ("drafts357", 0.90, 1.00, 0), ("drafts358", 0.86, 1.00, 0), ("drafts359", 0.90, 1.00, 0),
    ("drafts360", 0.83, 1.00, 0), ("drafts361", 0.96, 1.00, 0),
    # round 67 (2026-12-06, sixteenth session)
    ("drafts362", 0.83, 1.00, 0), ("drafts363", 0.80, 1.00, 0), ("drafts364", 0.80, 0.96, 0),
    ("drafts365", 0.93, 0.96, 0), ("drafts366", 0.80, 0.96, 0),
    # round 68 (2026-12-06, sixteenth session; its false errors worked on in the seventeenth)
    ("drafts367", 0.90, 1.00, 0), ("drafts368", 0.90, 1.00, 0), ("drafts369", 0.66, 1.00, 0),
    ("drafts370", 0.86, 1.00, 0), ("drafts371", 0.86, 1.00, 0),
    # round 69 (2026-12-06/07, seventeenth session)
    ("drafts372", 0.96, 1.00, 0), ("drafts373", 1.00, 1.00, 0), ("drafts374", 0.80, 1.00, 0),
    ("drafts375", 0.90, 1.00, 0), ("drafts376", 0.93, 1.00, 0),
    # round 70
    ("drafts377", 0.93, 0.96, 0), ("drafts378", 0.90, 1.00, 0), ("drafts379", 0.86, 0.92, 0),
    ("drafts380", 0.86, 0.96, 0), ("drafts381", 0.93, 1.00, 0),
    # round 71
    ("drafts382", 0.90, 1.00, 0), ("drafts383", 0.83, 1.00, 0), ("drafts384", 0.83, 1.00, 0),
    ("drafts385", 0.73, 0.91, 0), ("drafts386", 0.93, 1.00, 0),
    # round 72
    ("drafts387", 0.93, 0.96, 0), ("drafts388", 0.90, 1.00, 0), ("drafts389", 0.86, 1.00, 0),
    ("drafts390", 0.86, 0.96, 0), ("drafts391", 0.90, 1.00, 0),
    # round 73
    ("drafts392", 0.93, 1.00, 0), ("drafts393", 0.93, 1.00, 0), ("drafts394", 0.90, 1.00, 0),
    ("drafts395", 0.83, 1.00, 0), ("drafts396", 0.76, 0.92, 0),
    ("drafts397", 0.93, 0.93, 0), ("drafts398", 0.86, 1.00, 0), ("drafts399", 0.90, 1.00, 0),
    ("drafts400", 0.86, 1.00, 0), ("drafts401", 0.90, 0.96, 0),
    ("drafts402", 0.93, 1.00, 0), ("drafts403", 0.86, 1.00, 0), ("drafts404", 0.96, 1.00, 0),
    ("drafts405", 0.76, 1.00, 0), ("drafts406", 0.96, 0.96, 0),
    ("drafts407", 0.86, 1.00, 0), ("drafts408", 0.90, 0.67, 2), ("drafts409", 0.83, 0.96, 0),
    ("drafts410", 0.76, 1.00, 0), ("drafts411", 0.76, 1.00, 0),
    ("drafts412", 0.90, 0.96, 0), ("drafts413", 0.90, 1.00, 0), ("drafts414", 0.86, 1.00, 0),
    ("drafts415", 0.86, 1.00, 0), ("drafts416", 0.83, 1.00, 0),
    ("drafts417", 0.80, 0.96, 0), ("drafts418", 0.83, 0.86, 0), ("drafts419", 0.93, 1.00, 0),
    ("drafts420", 0.90, 1.00, 0), ("drafts421", 0.83, 0.92, 0),
    ("drafts422", 0.90, 1.00, 0), ("drafts423", 0.90, 1.00, 0), ("drafts424", 0.96, 1.00, 0),
    ("drafts425", 0.86, 1.00, 0), ("drafts426", 0.93, 1.00, 0),
    ("drafts427", 0.93, 1.00, 0), ("drafts428", 0.86, 0.96, 0), ("drafts429", 0.90, 0.96, 0),
    ("drafts430", 0.76, 1.00, 0), ("drafts431", 0.90, 1.00, 0),
    ("drafts432", 0.86, 1.00, 0), ("drafts433", 0.90, 1.00, 0), ("drafts434", 0.90, 1.00, 0),
    ("drafts435", 0.80, 0.96, 0), ("drafts436", 0.90, 1.00, 0),
    ("drafts437", 0.96, 1.00, 0), ("drafts438", 0.90, 1.00, 0), ("drafts439", 0.90, 1.00, 0),
    ("drafts440", 0.90, 0.96, 0), ("drafts441", 0.86, 1.00, 0),
    ("drafts442", 0.73, 1.00, 0), ("drafts443", 0.90, 1.00, 0), ("drafts444", 0.86, 1.00, 0),
    ("drafts445", 0.83, 1.00, 0), ("drafts446", 0.93, 1.00, 0),
    ("drafts447", 0.90, 1.00, 0), ("drafts448", 0.76, 1.00, 0), ("drafts449", 0.70, 1.00, 0),
    ("drafts450", 0.76, 1.00, 0), ("drafts451", 0.86, 0.96, 0),
    ("drafts452", 0.86, 1.00, 0), ("drafts453", 0.86, 0.96, 0), ("drafts454", 0.86, 0.92, 0),
    ("drafts455", 0.83, 1.00, 0), ("drafts456", 0.76, 0.92, 0),
    ("drafts457", 0.86, 0.96, 0), ("drafts458", 0.83, 1.00, 0), ("drafts459", 0.80, 0.96, 0),
    ("drafts460", 0.83, 1.00, 0), ("drafts461", 0.80, 1.00, 0),
    ("drafts462", 0.80, 1.00, 0), ("drafts463", 0.90, 0.96, 0), ("drafts464", 0.86, 1.00, 0),
    ("drafts465", 0.90, 1.00, 0), ("drafts466", 0.96, 1.00, 0),
    ("drafts467", 0.86, 1.00, 0), ("drafts468", 0.86, 1.00, 0), ("drafts469", 0.93, 1.00, 0),
    ("drafts470", 0.86, 1.00, 0), ("drafts471", 1.00, 1.00, 0),
    ("drafts472", 0.96, 1.00, 0), ("drafts473", 0.70, 1.00, 0), ("drafts474", 0.80, 1.00, 0),
    ("drafts475", 0.80, 0.92, 0), ("drafts476", 0.83, 0.92, 0),
    ("drafts477", 0.90, 1.00, 0), ("drafts478", 0.96, 0.96, 0), ("drafts479", 0.80, 0.96, 0),
    ("drafts480", 0.93, 0.96, 0), ("drafts481", 0.96, 0.96, 0),
    ("drafts482", 0.80, 1.00, 0), ("drafts483", 0.90, 1.00, 0), ("drafts484", 0.90, 0.93, 0),
    ("drafts485", 0.96, 1.00, 0), ("drafts486", 0.93, 1.00, 0),
    ("drafts487", 0.93, 1.00, 0), ("drafts488", 0.90, 1.00, 0), ("drafts489", 0.96, 1.00, 0),
    ("drafts490", 0.80, 1.00, 0), ("drafts491", 0.76, 1.00, 0), ("drafts492", 0.86, 1.00, 0),
    ("drafts493", 0.80, 0.92, 0), ("drafts494", 0.76, 0.95, 0), ("drafts495", 0.83, 0.96, 0),
    ("drafts496", 0.96, 1.00, 0),
    ("drafts497", 0.83, 1.00, 0), ("drafts498", 0.86, 1.00, 0), ("drafts499", 0.76, 0.95, 0),
    ("drafts500", 0.90, 0.96, 0), ("drafts501", 0.90, 1.00, 0),
    ("drafts502", 0.76, 1.00, 0), ("drafts503", 0.83, 1.00, 0), ("drafts504", 0.93, 0.96, 0),
    ("drafts505", 0.90, 1.00, 0), ("drafts506", 0.96, 1.00, 0),
    ("drafts507", 0.96, 1.00, 0), ("drafts508", 0.73, 1.00, 0), ("drafts509", 0.90, 1.00, 0),
    ("drafts510", 0.96, 1.00, 0), ("drafts511", 0.90, 1.00, 0), ("drafts512", 0.80, 1.00, 0),
    ("drafts513", 0.70, 1.00, 0), ("drafts514", 0.93, 1.00, 0), ("drafts515", 0.93, 0.96, 0),
    ("drafts516", 0.86, 1.00, 0), ("drafts517", 0.96, 0.96, 0), ("drafts518", 0.86, 1.00, 0),
    ("drafts519", 0.86, 1.00, 0), ("drafts520", 0.83, 0.96, 0), ("drafts521", 0.80, 1.00, 0),
    ("drafts522", 0.83, 0.96, 0), ("drafts523", 0.76, 1.00, 0), ("drafts524", 0.93, 1.00, 0),
    ("drafts525", 0.86, 1.00, 0), ("drafts526", 0.93, 1.00, 0), ("drafts527", 0.93, 1.00, 0),
    ("drafts528", 0.66, 0.83, 0), ("drafts529", 0.83, 1.00, 0), ("drafts530", 0.90, 1.00, 0),
    ("drafts531", 0.86, 0.96, 0),
    ("drafts532", 0.73, 1.00, 0), ("drafts533", 0.80, 0.96, 0), ("drafts534", 0.96, 1.00, 0),
    ("drafts535", 0.96, 1.00, 0), ("drafts536", 0.90, 0.96, 0),
    # round 102, measured once at the end of the twenty-fourth session; the false errors of drafts537's and drafts541's
    # clean drafts (a 分别为 list whose item's name holds 支付; Shaanxi's 共性 30 + 个性 70 tables) fixed in the twenty-fifth
    ("drafts537", 0.90, 1.00, 0), ("drafts538", 0.56, 0.89, 0), ("drafts539", 0.80, 1.00, 0),
    ("drafts540", 0.73, 1.00, 0), ("drafts541", 0.86, 1.00, 0),
    # round 103, the twenty-fifth session (first sight 0.83 / 0.78 / 0.20 on 5e5ef7d)
    ("drafts542", 0.83, 1.00, 0), ("drafts543", 0.83, 1.00, 0), ("drafts544", 0.90, 1.00, 0),
    ("drafts545", 0.96, 1.00, 0), ("drafts546", 0.93, 1.00, 0),
    # round 104 (first sight 0.91 / 0.94 / 0.04)
    ("drafts547", 0.93, 1.00, 0), ("drafts548", 0.93, 1.00, 0), ("drafts549", 0.93, 1.00, 0),
    ("drafts550", 0.93, 1.00, 0), ("drafts551", 0.90, 1.00, 0),
    # round 105 (first sight 0.82 / 0.89 / 0.08)
    ("drafts552", 0.73, 1.00, 0), ("drafts553", 0.70, 0.95, 0), ("drafts554", 0.93, 1.00, 0),
    ("drafts555", 0.90, 1.00, 0), ("drafts556", 0.83, 1.00, 0),
    # round 106 (first sight 0.85 / 0.81 / 0.16; drafts558's PDF copies are still read in part)
    ("drafts557", 0.93, 1.00, 0), ("drafts558", 0.60, 0.94, 0), ("drafts559", 0.90, 0.96, 0),
    ("drafts560", 0.93, 0.96, 0), ("drafts561", 0.93, 1.00, 0),
    # round 107 (first sight 0.83 / 0.94 / 0.04)
    ("drafts562", 1.00, 1.00, 0), ("drafts563", 1.00, 1.00, 0), ("drafts564", 1.00, 1.00, 0), ("drafts565", 0.93, 1.00, 0),
    ("drafts566", 0.96, 1.00, 0),
    # round 108 (first sight 0.82 / 0.87 / 0.08; drafts570's Hubei goal blocks written as prose are not read)
    ("drafts567", 0.93, 0.96, 0), ("drafts568", 0.96, 1.00, 0), ("drafts569", 0.96, 0.96, 0), ("drafts570", 0.80, 1.00, 0),
    ("drafts571", 0.90, 0.93, 0),
    # round 109 (first sight 0.79 / 0.94 / 0.04)
    ("drafts572", 0.76, 0.95, 0), ("drafts573", 0.83, 0.96, 0), ("drafts574", 0.93, 1.00, 0), ("drafts575", 0.93, 1.00, 0),
    ("drafts576", 0.93, 1.00, 0),
    # round 110 (first sight 0.77 / 0.66 / 0.36; drafts577's PDF copies with a space before every unit are read in part)
    ("drafts577", 0.56, 0.73, 1), ("drafts578", 0.83, 1.00, 0), ("drafts579", 0.83, 1.00, 0), ("drafts580", 0.93, 0.80, 1),
    ("drafts581", 0.76, 0.95, 0),
]


@pytest.mark.parametrize(("name", "recall", "precision", "false_on_clean"), _ROUNDS)
def test_on_the_rounds_of_new_writers(name: str, recall: float, precision: float, false_on_clean: int) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from eval_checker import SETS, score_set

    score = score_set(name, *SETS[name])
    assert score.labelled >= 26 and score.clean >= 5  # every error code of errors.md §A at least twice, five clean drafts
    assert score.false_on_clean <= false_on_clean and score.precision >= precision, score.false
    assert score.recall >= recall, score.misses


@pytest.mark.parametrize("name", ["real3", "real4", "real5", "real6"])
def test_the_later_real_sets_are_what_their_notes_say(name: str) -> None:
    folder = ROOT / "tests" / "data" / name
    manifest = [json.loads(x) for x in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if x]
    labels = [json.loads(x) for x in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines() if x]
    assert len(manifest) == len(labels) >= 29 and all(m["url"].startswith("http") for m in manifest)
    assert [m["case"] for m in manifest] == [r["case"] for r in labels]
    for rec in labels:
        text = (folder / "reports" / rec["case"]).read_text(encoding="utf-8")
        assert all(text.count(exp["value"]) == 1 for exp in rec["expected"]), rec["case"]


# -- false alarms of real reports, as general shapes ------------------------------------------------------


def test_items_of_a_list_are_not_one_quantity_stated_twice() -> None:
    text = ("一、资金情况\n项目共安排经费41.5万元，其中科技活动交流经费5万元，科技项目评审及系统维护费18万元，"
            "外国专家工作经费2.5万元，验收工作经费16万元。\n二、其他\n外国专家工作经费18万元用于聘请专家。\n")
    assert not [e for e in errors(text) if e[0] == "conflicting_values"]


def test_allocations_by_several_funding_documents_are_at_most_suspected() -> None:
    text = ("财政局呼财农指【2023】10号文件下达中央水利发展资金2263万元。\n"
            "财政局呼财农指【2023】19号文件下达中央水利发展资金791万元。\n")
    assert not errors(text)


def test_a_restated_total_is_not_counted_as_a_part() -> None:
    text = "项目批复总投资61.8万元，其中中央财政资金30.9万元，县财政配套资金30.9万元，2021年度中央下达资金61.8万元。"
    assert not errors(text)
    text2 = "总投资40万元，其中市级资金20万元、县级资金20万元，共计下达40万元。"
    assert not errors(text2)


def test_a_change_is_not_the_amount() -> None:
    text = ("收入792.22万元，同比上年度增加189.25万元，增加31.39%。其中：财政拨款收入792.22万元，"
            "同比上年度增加209.28万元。")
    assert not errors(text)


def test_a_breakdown_in_brackets_belongs_to_the_figure_before_the_brackets() -> None:
    text = ("一批项目批复总投资3374.3万元（其中建筑工程3292万元），二批项目批复总投资2069.51万元"
            "（其中建筑工程1975.775万元）。")
    assert not errors(text)


def test_a_rate_on_another_base_of_its_own_paragraph_is_no_error() -> None:
    text = ("2022年度安排专项资金23,834万元。\n本次现场评价项目215个，评价金额为9,653.00万元。截至2022年12月31日，"
            "专项资金到位8,084.06万元，到位率83.75%。\n")
    assert not [f for f in check(text).findings if f.code == "rate_mismatch"]


def test_cells_run_together_give_no_error() -> None:
    text = "项目资金（万元）全年预算数(A)全年执行数(B)预算执行率(B/A)年度资金总额:21182118100%其中:中央财政资金21182118100%"
    assert not errors(text)


# -- what it missed: tables as they are pasted --------------------------------------------------------------

FUNDS_PIPE = ("项目资金（万元）｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分\n"
              "年度资金总额｜139｜139｜125.1｜10｜90%｜9\n"
              "其中：当年财政拨款｜100｜100｜90｜—｜—｜—\n"
              "上年结转资金｜39｜39｜35.1｜—｜—｜—\n")


@pytest.mark.parametrize(
    "layout",
    [
        lambda t: t,
        lambda t: t.replace("｜", "\t"),
        lambda t: t.replace("｜", "   "),
        lambda t: t.replace("｜", " ").replace("\n", " "),  # the block run into one line (a PDF copy)
    ],
    ids=["pipes", "tabs", "spaces", "one line"],
)
def test_funds_table_in_every_layout_total_is_the_sum_of_its_sources(layout) -> None:  # type: ignore[no-untyped-def]
    assert not errors(layout(FUNDS_PIPE))
    wrong = layout(FUNDS_PIPE.replace("上年结转资金｜39｜39｜35.1", "上年结转资金｜39｜39｜45.1"))
    assert ("sum_mismatch", "125.1") in errors(wrong)


def test_sources_as_rows_the_transfer_layout() -> None:
    text = ("全年预算数(A) 全年执行数(B) 7165.32 6992.95 其中:中央财政资金 3144.00 3144.00 自治区财政资金 570.17 570.17 "
            "盟市财政资金 433.00 432.10 旗县财政资金 1426.90 1294.84 其他资金 1591.22 1551.84 年度资金总额")
    assert errors(text) == [("sum_mismatch", "7165.32")]


def test_a_total_row_of_zeros_above_its_sources_is_an_error() -> None:
    text = ("项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 "
            "其中:本年财政拨款 90 89.974 89.974 上年结转资金 其他资金 年度总体目标")
    assert ("sum_mismatch", "0") in errors(text)


def test_a_rate_written_as_a_ratio_is_compared_as_a_ratio() -> None:
    row = "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n(万元) 年度资金总额 29 29 27.8 10 {r} 9\n"
    assert not [e for e in errors(row.format(r="0.959")) if e[0] == "rate_mismatch"]
    assert ("rate_mismatch", "0.958") in errors(row.format(r="0.958"))


def test_weights_in_a_tab_separated_indicator_table() -> None:
    table = ("一级指标\t二级指标\t三级指标\t分值\t得分\n产出指标\t数量指标\t培训人次\t40\t40\n"
             "效益指标\t社会效益\t通信保障率\t40\t40\n满意度指标\t满意度\t群众满意度\t10\t10\n")
    assert not [e for e in errors(table) if e[0] == "weight_sum_mismatch"]  # no total row: the execution row may be elsewhere
    assert any(code == "weight_sum_mismatch" for code, _ in errors(table + "合计\t\t\t90\t90\n"))


def test_a_semicolon_list_after_qizhong_is_one_breakdown() -> None:
    text = ("本项目共完成预算资金89.97万元。其中：30万元用于预算编制；30万元用于项目审计；"
            "29.99万元用于设计、规划、测绘。")
    assert [code for code, _ in errors(text)] == ["sum_mismatch"]
    assert not errors(text.replace("29.99", "29.97"))


def test_a_doubtful_finding_says_so_and_shows_both_sides() -> None:
    text = ("财政局呼财农指【2023】10号文件下达中央水利发展资金2263万元。\n"
            "财政局呼财农指【2023】19号文件下达中央水利发展资金791万元。\n")
    doubtful = [f for f in check(text).findings if f.code == "conflicting_values"]
    assert doubtful and all(f.severity == "warning" and f.message.startswith("疑似") for f in doubtful)
    assert all(f.related for f in doubtful)


def test_every_finding_of_the_real_sets_names_its_figures_in_plain_words() -> None:
    """Messages are read by accountants: no Python reprs, no English, no exponent notation, no empty names, no
    name cut after a count ("个财政资金"), and every figure a finding used is pointed at (``related`` spans)."""
    garbled = ("None", "Decimal(", "[]", "{}", "''", "：，", "为，", "E+", "E-", "“”", "的的")
    paths = [p for name in ("real", "real2", "real3") for p in sorted((REAL.parent / name / "reports").glob("*.txt"))]
    assert len(paths) >= 160
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for f in check(text).findings:
            assert not any(bad in f.message for bad in garbled), (path.name, f.message)
            assert not any(w in f.message for w in ("error", "warning", "mismatch")), (path.name, f.message)
            assert not re.search(r"“[个家人次项所座处条户]", f.message), (path.name, f.message)
            assert all(0 <= s < e <= len(text) for s, e in (f.span, *f.related)), (path.name, f.code)


def test_traditional_characters_are_read_with_the_same_offsets() -> None:
    text = "中央財政下達專項資金3000萬元，實際支付2700萬元，執行率93%。"
    found = [(f.code, text[f.span[0] : f.span[1]]) for f in check(text).findings if f.severity == "error"]
    assert found == [("rate_mismatch", "93%")]
    assert check(text).text == text  # the findings point into the text as given


def test_an_amount_that_a_rescale_would_only_make_vanish_is_no_unit_slip() -> None:
    text = "全年预算139万元，全年使用实际支出139万元，结余30000元，使用率100%。"
    codes = [code for code, _ in errors(text)]
    assert "unit_mismatch" not in codes and "balance_mismatch" in codes


def test_a_funds_block_written_one_cell_per_line_is_read() -> None:
    cells = ["年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分",
             "年度资金总额", "99", "99", "99", "10", "100%", "10", "其中:本年财政拨款", "99", "102", "99", "-", "-", "-"]
    for sep in ("\n\n    ", " |\n"):
        text = sep.join(cells) + sep
        assert ("sum_mismatch", "99") in errors(text), sep
        assert not errors(text.replace("102", "99")), sep


def test_a_share_of_a_total_written_in_the_wrong_unit() -> None:
    text = "总保费1293.45万元，中央财政补贴47.5%为614.39万元，省级财政补贴32.5%为420.37元。"
    assert errors(text) == [("unit_mismatch", "420.37元")]
    assert not errors(text.replace("420.37元", "420.37万元"))


def test_kinds_of_spending_named_after_qizhong_are_parts() -> None:
    # parts short of the total after 其中 may be some of the parts only: 疑似 (a 其中 need not list them all)
    text = "项目资金总预算为2455.5万元，其中部门预算项目支出87.5万元，专项预算支出2350万元。"
    assert [code for code, _ in warnings(text)] == ["sum_mismatch"] and not errors(text)
    # parts over the total cannot all be in it
    over = "项目资金总预算为2455.5万元，其中部门预算项目支出187.5万元，专项预算支出2350万元。"
    assert [code for code, _ in errors(over)] == ["sum_mismatch"]


def test_parts_short_of_a_total_are_an_error_when_the_list_is_whole() -> None:
    after = "部门预算项目支出87.5万元、专项预算支出2350万元，共计2455.5万元。"
    assert [code for code, _ in errors(after)] == ["sum_mismatch"]


def test_parts_with_their_own_total_after_them_belong_to_it() -> None:
    text = ("资金来源为：中央补助资金3,860.00万元，瓦房店市级财政资金1,240.00万元。其中中央补助资金2022年12月提前下达"
            "2,700.00万元，2023年5月下达1,160.00万元，共计3,860.00万元。")
    assert not errors(text)


def test_a_budget_adjusted_to_an_amount_is_the_budget() -> None:
    text = "项目年初预算5,040.00万元，年中上级追加补助后调整为6,200.00万元。项目实际支出4,861.28万元，预算执行率{r}。"
    assert not errors(text.format(r="78.41%"))
    assert errors(text.format(r="78.14%")) == [("rate_mismatch", "78.14%")]


def test_a_part_followed_by_its_own_items_is_one_part() -> None:
    text = ("项目支出预算资金为2836.14万元，其中：1.一般公共预算安排项目11个，预算资金为2827.23万元，即：冻猪肉储备经费82.8万元、"
            "粮食风险基金2,000万元、救灾物资采购专项资金744.43万元。")
    assert not errors(text)


def test_a_balance_called_yu_e() -> None:
    assert [code for code, _ in errors("资金预算253.7万元，支出253.66万元，余额404元。")] == ["balance_mismatch"]


def test_a_balance_against_the_funds_that_open_its_own_sentence() -> None:
    held = "州级补助资金2.00万元，截至2023年12月31日，资金已使用2.00万元，结余{b}万元。"
    assert errors(held.format(b="3")) == [("balance_mismatch", "3万元")]
    assert not errors(held.format(b="0"))
    invested = "总投资1127.353372万元，其中整合资金1046.32万元，实际使用1068.989516万元，结余{b}万元，已收回。"
    assert errors(invested.format(b="58.363859")) == [("balance_mismatch", "58.363859万元")]
    assert not errors(invested.format(b="58.363856"))
    # two amounts open the sentence: which one the balance is left of is not certain
    assert not errors("资金2.00万元、配套资金3.00万元，已使用2.00万元，结余3万元。")


def test_an_amount_in_yuan_whose_digits_are_the_funds_table_total_in_wan() -> None:
    table = ("项目资金（万元）｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分\n"
             "年度资金总额｜4000｜4000｜4000｜10｜100%｜10\n")
    text = "全年预算数为4000万元，执行数为{s}，完成预算的100%。\n" + table
    assert errors(text.format(s="4000元")) == [("unit_mismatch", "4000元")]
    assert not errors(text.format(s="4000万元"))
    # a table that prints no unit may be in 元: then "执行数为4000元" is the table's own figure
    assert not errors("项目执行数为4000元。\n" + table.replace("（万元）", ""))
    assert errors("项目执行数为4000元。\n" + table) == [("unit_mismatch", "4000元")]


def test_the_grade_cell_of_a_total_row() -> None:
    table = "一级指标｜三级指标｜分值｜得分｜等级\n产出｜培训｜90｜86｜\n满意度｜满意度｜10｜10｜\n总分｜｜100｜96｜{g}\n"
    assert ("grade_mismatch", "良") in errors(table.format(g="良"))
    assert not errors(table.format(g="优"))


def test_an_indicator_in_the_text_against_the_self_evaluation_table() -> None:
    table = ("一级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
             "产出指标｜城镇新增就业人数｜≥11000人｜12386人｜20｜20\n")
    assert ("conflicting_values", "12836人") in errors("全县城镇新增就业12836人，完成年度目标。\n" + table)
    assert not errors("全县城镇新增就业12386人，完成年度目标。\n" + table)
    assert not errors("全县城镇新增就业目标11000人。\n" + table)  # the target, not the actual
    assert not errors("城镇新增就业由上年的10500人增加到12386人。\n" + table)


def test_an_indicator_the_table_abbreviates_is_found_under_its_full_name_in_the_text() -> None:
    table = ("一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
             "产出指标｜数量指标｜纳管社戒社康人员｜≥200人｜214人｜15｜15\n")
    goals = "年度目标：纳管社戒社康人员不少于200人，开展帮扶活动不少于48场。\n"
    said = "全年纳管社区戒毒社区康复人员{n}人；开展帮扶活动52场。\n"
    assert ("conflicting_values", "241人") in errors(goals + said.format(n=241) + table)
    assert not errors(goals + said.format(n=214) + table)
    assert not errors(goals + "全年纳管社区人员中戒毒康复的有241人。\n" + table)  # not the indicator's name in order


def test_an_indicator_named_in_the_background_or_as_the_value_it_rose_from_is_not_its_actual() -> None:
    table = ("一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
             "效益指标｜可持续影响指标｜渠系水利用系数｜≥0.55｜0.54｜10｜9.82\n")
    background = "一、项目基本情况\n（一）项目概况\n灌区骨干渠系多建于上世纪七八十年代，冻胀破坏严重，渠系水利用系数仅0.48，输水损失大。\n"
    done = "三、绩效目标完成情况\n经灌溉试验站实测，改造渠段渠系水利用系数由0.48提高到0.54，比年度目标低0.01。\n"
    assert not errors(background + done + table)
    # the same words in the part on what was done: the table's figure is set against the text's
    slipped = "三、绩效目标完成情况\n经灌溉试验站实测，改造渠段渠系水利用系数0.45，比年度目标低0.01。\n"
    assert ("conflicting_values", "0.45") in errors(background + slipped + table)


def test_a_completion_rate_with_the_target_after_the_figure() -> None:
    text = "服务率68.25%，低于70%的年度目标，完成目标值的{r}。"
    assert ("completion_mismatch", "97.05%") in errors(text.format(r="97.05%"))
    assert not errors(text.format(r="97.50%"))


def test_a_table_headed_with_another_year() -> None:
    text = "2022年度法律援助项目支出绩效自评报告\n\n一、基本情况\n全年预算268万元。\n\n附件：项目支出绩效自评表（{y}年度）\n"
    assert [code for code, _ in errors(text.format(y=2021))] == ["year_mismatch"]
    assert not errors(text.format(y=2022))


# -- lists after 其中 that go on past a comma; indicator tables separated by single spaces ---------------------

GRADED = ("2023年预算安排专项资金项目共计113个,财政资金{total}万元。其中绩效自评“优”的项目79个财政资金3038.38万元;"
          "绩效自评“良”的项目11个财政资金201.9万元,绩效自评“中”的项目3个财政资金7万元,"
          "绩效自评“差”的项目20个财政资金218.07万元(“三区”人才项目16个49万元),分别是:\n")


def test_a_qizhong_list_goes_on_after_commas_and_counts_between_its_parts() -> None:
    (code, span), = errors(GRADED.format(total="3267.28"))  # the span runs from the total over its parts
    assert code == "sum_mismatch" and span.startswith("3267.28万元") and span.endswith("218.07万元")
    assert errors(GRADED.format(total="3465.35")) == []  # the bracket breaks down the last part, it is no part


def test_a_part_broken_down_with_fenbie_is_not_listed_with_the_parts() -> None:
    text = ("项目支出安排预算为2,814.76万元,其中:一是粮食风险基金2,531.96万元,分别为州级专项资金2,258.96万元、"
            "成品粮调控储备专项资金23.00万元、食用植物油储备专项资金24.00万元、县市级专项资金226.00万元;"
            "二是粮食专项业务经费282.80万元。\n")
    assert errors(text) == []


def test_a_count_before_a_fund_does_not_become_part_of_its_name() -> None:
    messages = [f.message for f in check(GRADED.format(total="3465.35")).findings]
    assert not any("个财政资金" in m for m in messages), messages


SPACED = """项目资金   年初预算数 全年预算数 全年执行数 分值 执行率 得分
  年度资金总额 287 287 171 10 60% 6
一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施
指标值 完成值
  产出指标 数量指标 服务对象人数 100人次 100人次 15 15
    质量指标 服务达标率 80% 80% 20 20
    时效指标 完成时限 2019年 2019年 {w} {s}
    成本指标 计划完成率 90% 60% 20 10 部分项目延续至下年
  效益指标 社会效益指标 财政工作运行效率 ≥80% ≥80% 15 15
  满意度 服务对象满意度指标 受益群体满意度 90% 90% 15 15
总分 {tw} {ts}
"""


def test_an_indicator_table_with_single_spaces_is_read_from_the_right() -> None:
    # execution 10 outside the table + 100 in it = 110 points; scores 6 + 90 = 96
    found = errors(SPACED.format(w=15, s=15, tw=100, ts=90))
    # (a 合计 of 100 is what the rules ask for: the finding points at the weights, from the execution row's to it)
    weights = [where for code, where in found if code == "weight_sum_mismatch"]
    assert len(weights) == 1 and weights[0].startswith("10 60% 6") and weights[0].endswith("总分 100")
    assert ("score_sum_mismatch", "90") in found


def test_a_single_space_table_that_adds_up_is_clean() -> None:
    assert errors(SPACED.format(w=5, s=5, tw=100, ts=86)) == []  # 10 + 90 points; 6 + 80 scored


def test_a_single_space_table_cut_before_its_total_is_not_summed() -> None:
    text = SPACED.format(w=15, s=15, tw=100, ts=90).split("总分")[0]
    assert not [e for e in errors(text) if e[0] in ("weight_sum_mismatch", "score_sum_mismatch")]


# -- one funding document (文号) stated twice --------------------------------------------------------------

DOC_FIRST = "市财政局呼财农指【2023】41号文件《关于下达2023年自治区水利发展资金预算的通知》,下达某县2023年资金{a}万元。\n"
DOC_AGAIN = "市财政局呼财农指【2023】41号文件《关于下达2023年自治区水利发展资金预算的通知》,下达某县2023年{item}{b}万元。\n"


def test_an_item_of_a_document_larger_than_its_allocation_is_an_error() -> None:
    text = DOC_FIRST.format(a=5) + "二、项目实施\n" + DOC_AGAIN.format(item="山洪灾害防治设施维养", b=6)
    assert errors(text) == [("conflicting_values", "6万元")]
    message = next(f.message for f in check(text).findings if f.code == "conflicting_values")
    assert "呼财农指〔2023〕41号" in message and "5万元" in message  # the document as the report writes it


def test_an_item_within_its_documents_allocation_and_two_items_of_one_document_are_fine() -> None:
    assert errors(DOC_FIRST.format(a=8) + DOC_AGAIN.format(item="山洪灾害防治设施维养", b=6)) == []
    two_items = DOC_AGAIN.format(item="山洪灾害防治设施维养", b=6) + DOC_AGAIN.format(item="小型水库维修养护", b=9)
    assert errors(two_items) == []


def test_one_document_with_two_amounts_and_no_item_is_an_error() -> None:
    assert errors(DOC_FIRST.format(a=5) + DOC_FIRST.format(a=7)) == [("conflicting_values", "7万元")]


def test_simplified_characters_stay_as_they_are_when_traditional_ones_are_read() -> None:
    from chains.text.script import simplified

    assert simplified("呼和浩特市财政局呼财农指 显著提高 乾隆") == "呼和浩特市财政局呼财农指 显著提高 乾隆"
    assert simplified("萬元 預算 執行率 以後") == "万元 预算 执行率 以后"


# -- funds rows whose cells a copy ran together --------------------------------------------------------------

GLUED = "项目资金 (万元)全年预算数全年执行数执行率\n年度资金总额50万元{cells}\n其中:中央财政补助50万元{cells}\n"


def test_cells_run_together_are_split_by_their_decimals_and_a_wrong_rate_is_a_suspicion() -> None:
    text = GLUED.format(cells="47.6895.00%")  # 47.68 | 95.00%: 47.68 / 50 = 95.36%
    assert errors(text) == []
    assert warnings(text) == [("rate_mismatch", "95.00%"), ("rate_mismatch", "95.00%")]
    assert all("连在一起" in f.message for f in check(text).findings)


def test_cells_run_together_that_add_up_say_nothing_and_an_ambiguous_run_is_not_split() -> None:
    assert check(GLUED.format(cells="47.6895.36%")).findings == []
    assert check(GLUED.format(cells="47.6895%")).findings == []  # 47.68 | 95%? 47.6 | 895%? the decimals differ


def test_local_funds_are_a_source_row_and_the_message_names_the_column_even_when_the_header_stands_one_off() -> None:
    text = ("项目资金 (万元) |\n全年预算数(A) | 全年执行数(B) | 预算执行率(B/A) | ||||\n"
            "年度资金总额: | 811.54 | 811.54 | 100% | ||||\n其中:中央财政资金 | 730.7 | 730.7 | 100.00% | ||||\n"
            "地方资金 | 81.14 | 81.14 | 100% | ||||\n其他资金 | |||||||\n")  # fmt: skip
    found = [f for f in check(text).findings if f.code == "sum_mismatch"]
    assert [(f.severity, text[f.span[0] : f.span[1]]) for f in found] == [("error", "811.54"), ("error", "811.54")]
    assert found[0].message == "年度资金总额的全年预算数为811.54，但其中中央财政资金730.7、地方资金81.14，合计811.84，两者不符。"
    assert "全年执行数" in found[1].message


def test_budget_spending_before_its_figure_is_what_was_spent_but_public_budget_spending_is_a_kind() -> None:
    assert errors("补助资金全年预算安排60万元,预算支出60万元,预算执行率为97%。") == [("rate_mismatch", "97%")]
    assert errors("补助资金全年预算安排60万元,预算支出60万元,预算执行率为100%。") == []
    assert errors("全年预算安排60万元，一般公共预算支出40万元，执行率为100%。") == []


def test_carryover_named_with_its_balance_is_a_source_and_a_new_whole_after_a_semicolon_is_no_part() -> None:
    text = "全年实际收入1699.12万元,其中财政拨款收入{a}万元,上年结转结余263.90万元;全年实际支出1595.5万元。"
    assert errors(text.format(a="1435.22")) == []
    (code, span), = errors(text.format(a="1435.25"))
    assert code == "sum_mismatch" and span.startswith("1699.12万元") and "1595.5" not in span


def test_space_aligned_funds_table_whose_header_stands_one_column_left_is_read() -> None:
    text = ("项目资金 (万元)\n全年预算数(A)       全年执行数(B)       预算执行率(B/A)\n"
            "年度资金总额:       811.54              811.54            100%\n"
            "其中:中央财政资金   730.4               730.4             {rate}\n"
            "地方资金            81.14               81.14             100%\n其他资金\n")  # fmt: skip
    assert errors(text.format(rate="100.00%")) == []
    assert errors(text.format(rate="97.00%")) == [("rate_mismatch", "97.00%")]


CELL_PER_LINE = ("预算执行情况(10分) |\n年度预算数(万元) |\n年初预算 |\n调整后预算数 |\n预算执行数 |\n预算执行率 |\n权重 |\n得分 |\n"
                 "原因 |\n总额 |\n238.93 |\n251.89 |\n251.89 |\n100.00% |\n10 |\n|\n"
                 "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内) |\n"
                 "其中:财政资金 |\n{a} |\n251.89 |\n251.89 |\n{r} |\n/ |\n/ |\n"
                 "财政专户管理资金 |\n0.00 |\n0.00 |\n0.00 |\n0.00% |\n/ |\n/ |\n其他资金 |\n|\n|\n|\n|\n/ |\n/ |\n")


def test_a_funds_block_one_cell_per_line_with_empty_cells_and_a_note_between_rows_is_read() -> None:
    assert errors(CELL_PER_LINE.format(a="238.93", r="100.00%")) == []
    assert errors(CELL_PER_LINE.format(a="238.93", r="97.00%")) == [("rate_mismatch", "97.00%")]
    assert errors(CELL_PER_LINE.format(a="238.96", r="100.00%")) == [("sum_mismatch", "238.93")]


def test_a_total_named_for_the_one_project_of_the_report_is_its_total_but_two_projects_are_not_mixed() -> None:
    assert errors("2021年度市级就业资金配套项目资金绩效自评得分为98分,自评结论为“良好”。") == [("grade_mismatch", "良好")]
    assert errors("甲项目自评得分为98分，等级为优；乙项目自评得分为85分，等级为良。") == []


def test_a_text_total_equal_to_the_tables_own_total_row_is_not_reported_twice() -> None:
    text = ("一级指标｜三级指标｜分值｜得分\n产出指标｜数量｜50｜49\n效益指标｜社会效益｜30｜30\n满意度指标｜满意度｜10｜10\n"
            "预算执行率｜执行率｜10｜10\n总分｜｜100｜98.7\n经自评，本项目自评得分98.7分，评价等级为优。\n")  # fmt: skip
    # once, from the rows' scores to the table's 总分 (the rows give 99; the text states 98.7 again: a row is wrong)
    found = errors(text)
    assert len(found) == 1 and found[0][0] == "score_sum_mismatch"
    assert found[0][1].startswith("49\n") and found[0][1].endswith("总分｜｜100｜98.7")


def test_a_whole_weight_sum_is_written_as_a_plain_number_in_the_message() -> None:
    text = ("一级指标｜三级指标｜分值｜得分\n产出指标｜数量｜50｜50\n效益指标｜社会效益｜30｜30\n满意度指标｜满意度｜10｜10\n"
            "三、存在的问题\n无。\n四、改进措施\n继续加强管理。\n")  # fmt: skip
    messages = [f.message for f in check(text).findings if f.code == "empty_problems"]
    assert messages and all("E+" not in m for m in messages) and "90" in messages[0], messages


def test_the_mutation_harness_draws_on_60_reports_and_its_figures_do_not_go_back() -> None:
    """bench/eval_mutations.py: one figure of a relation that holds in a real report is changed at a time.
    Targets (issue 10): recall 0.9, precision 0.95; these floors are today's figures, against going back."""
    sys.path.insert(0, str(ROOT / "bench"))
    from eval_mutations import Tally, evaluate, sources

    outcomes = evaluate(sources())
    total, first = Tally(), Tally()
    for o in outcomes:
        total.add(o)
        if not o.source.startswith(("real4/", "real5/", "real6/")):
            first.add(o)  # the 60 reports the harness drew on before real4, real5 and real6 were collected
    assert len({o.source for o in outcomes}) >= 78
    assert total.precision >= 0.95 and first.precision >= 0.95
    # all 80 reports (real4 and real5 added on 2026-12-04, first measured at 0.81 / 0.87; real6 that evening,
    # its 23 mutations first measured at 0.83 / 0.87)
    assert total.recall >= 0.81 and total.recall_flagged >= 0.91
    # the first 60 (0.83 / 0.885 at the start of the day)
    assert first.recall >= 0.84 and first.recall_flagged >= 0.91


def test_the_same_digits_in_yuan_and_in_wan_yuan_are_one_amount_with_a_wrong_unit() -> None:
    text = "2.项目资金执行情况分析。项目资金共8010元,截止2023年11月30日,已完成拨付8010万元,执行率100%。"
    assert errors(text) == [("unit_mismatch", "8010元")]


def test_a_unit_price_or_a_small_number_in_yuan_is_not_taken_for_a_wan_yuan_figure() -> None:
    assert errors("补助标准2000元/人，全年共发放补助资金2000万元。") == []
    assert errors("人均补助2000元，全年共发放补助资金2000万元。") == []
    assert errors("每户补助5元，全年共发放补助资金5万元。") == []


def test_spending_named_for_its_fund_against_the_only_budget_of_the_report_is_certain() -> None:
    text = "2022年，学校年初预算239万元。全年学校实际支出生均公用经费87.06万元，预算执行率{r}%，未使用的151.94万元结转。"
    assert errors(text.format(r="39.43")) == [("rate_mismatch", "39.43%")]
    assert errors(text.format(r="36.43")) == []
    two = "中央资金预算239万元，地方资金预算100万元。" + text.format(r="39.43")  # two budgets: which one?
    assert ("rate_mismatch", "39.43%") not in errors(two)


def test_one_item_named_in_full_twice_with_two_amounts_is_an_error_even_inside_a_list() -> None:
    text = ("2020年9月1日下达老营李将军府抢救性修缮工程545万元、保山博物馆馆藏文物预防性保护105万元、"
            "全国重点文物保护单位光尊寺防雷工程223万元。\n\n三是2020年9月下达全国重点文物保护单位光尊寺防雷工程{v}万元。\n")  # fmt: skip
    assert errors(text.format(v=226)) == [("conflicting_values", "226万元")]
    assert errors(text.format(v=223)) == []
    # the same list opened as a breakdown of a total (具体为) is checked as the total's parts instead
    parts = ("2020年9月1日共下达国家文物保护专项经费873万元,具体为下达老营李将军府抢救性修缮工程545万元、"
             "保山博物馆馆藏文物预防性保护105万元、全国重点文物保护单位光尊寺防雷工程{v}万元。\n")  # fmt: skip
    assert errors(parts.format(v=223)) == []
    assert [code for code, _ in errors(parts.format(v=226))] == ["sum_mismatch"]


def test_a_target_and_its_actual_under_one_long_name_are_not_one_figure_twice() -> None:
    text = ("年度目标(年初) 年度总体目标完成情况\n1、外贸进出口总额17.5亿元。2、网络零售额13.39亿元。 "
            "1、外贸进出口总额28.6亿元。2、网络零售额23.59亿元。\n")
    assert not [e for e in errors(text) if e[0] == "conflicting_values"]


LEVELS = "2023年省级下拨残疾军人护理费3.89万元;市级下拨残疾军人护理费3.89万元;全年应执行数为{t}万元,实际执行率为100%。"


def test_allocations_by_level_one_per_clause_are_the_parts_of_the_years_total() -> None:
    (code, span), = errors(LEVELS.format(t="7.79"))
    assert code == "sum_mismatch" and span.startswith("3.89万元") and span.endswith("7.79万元")
    assert errors(LEVELS.format(t="7.78")) == []


def test_clauses_without_a_level_that_allocates_are_not_parts() -> None:
    text = "2023年发放残疾军人护理费3.89万元;走访慰问支出3.89万元;全年应执行数为7.79万元。"
    assert errors(text) == []


def test_a_breakdown_opened_with_jutiwei_is_checked_like_one_opened_with_qizhong() -> None:
    text = ("全年共支出就业补助资金3167.18万元，具体为：职业培训补贴1126.45万元，社会保险补贴842.16万元，公益性岗位补贴725.40万元，"
            "创业担保贷款贴息及一次性创业补贴318.62万元，就业见习补贴{v}万元，公共就业服务能力建设补助58.20万元。")  # fmt: skip
    assert errors(text.format(v="96.35")) == []
    assert errors(text.format(v="963500")) == [("unit_mismatch", "963500万元")]


NAMED = ("全年预算数236.50万元，其中当年财政拨款218.50万元、上年结转资金18.00万元。当年财政拨款中，中央资金96.00万元"
         "（2023年12月提前下达）、省级资金52.50万元（2024年4月下达）、市级资金25.00万元、区级资金{v}万元。")


def test_a_breakdown_that_names_its_total_a_zhong_b_c_is_checked() -> None:
    assert errors(NAMED.format(v="45.00")) == []
    assert [code for code, _ in errors(NAMED.format(v="50.00"))] == ["sum_mismatch"]


def test_a_sentence_opening_with_a_name_no_figure_had_is_no_breakdown() -> None:
    text = "全年预算数236.50万元。项目实施中，购置设备支出96.00万元，培训支出52.50万元。"
    assert errors(text) == []


def test_a_central_budget_investment_is_a_source_not_the_years_budget() -> None:
    text = ("二、项目资金到位情况\n中央预算内投资3,255.00万元由盟财政局下达；自治区配套资金930.00万元、旗级配套资金465.00万元"
            "相继到位。\n项目资金｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分\n"
            "年度资金总额｜4,650.00｜4,650.00｜4,268.35｜10｜91.79%｜9.18\n")
    assert errors(text) == []


def test_the_planned_content_of_a_project_is_no_statement_of_what_was_done() -> None:
    table = ("一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
             "产出指标｜数量指标｜新建堤防｜≥5.44公里｜5.44公里｜10｜10\n")
    text = ("一、项目基本情况\n（二）建设内容\n新建堤防8.64公里（左岸4.86公里、右岸3.78公里），新建护岸5.20公里。\n"
            "三、绩效目标完成情况\n2022年新建堤防5.44公里，完成年度任务。\n")
    assert errors(text + table) == []


def test_last_years_money_carried_into_the_year_evaluated_in_last_years_section() -> None:
    text = ("敦化市2022年度中小河流治理项目绩效自评报告\n一、项目基本情况\n（三）2021年度资金情况\n"
            "2021年度项目预算1,500.00万元，全年执行1,420.00万元，结余80.00万元结转2022年使用。\n")
    assert errors(text) == []
    assert errors(text.replace("（三）2021年度资金情况\n2021年度项目预算", "（三）资金情况\n本年度项目预算")) \
        == [("year_mismatch", "结转2022年")]


def test_an_indicators_figure_that_is_an_operand_of_a_printed_formula_is_not_its_actual() -> None:
    text = ("三、绩效目标完成情况\n人均补助成本为58.74万元÷26.45万人次=2.22元/人次，低于3元/人次的目标。\n"
            "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n成本指标｜经济成本指标｜人均补助成本｜≤3元/人次｜2.22元/人次｜10｜10\n")
    assert errors(text) == []


def test_a_figure_in_a_clause_that_names_a_rate_per_unit_is_no_unit_slip_of_an_amount() -> None:
    text = ("2018年6月，陕财办农〔2018〕72号文件下达100.00万元。\n"
            "成本 亩均补助标准 =100元 100元 100.00% 10 10\n")
    assert errors(text) == []


def test_a_header_written_on_two_rows_is_one_header() -> None:
    text = ("| 指标 | | | 权重 | 目标值 | 业绩值 | 完成率 | 得分 |\n|---|---|---|---|---|---|---|---|\n"
            "| 一级指标 | 二级指标 | 三级指标 | （分） | | | | （分） |\n"
            "| 预算执行 | 预算执行率 | 预算执行率 | 10 | 100% | 80.18% | 80.18% | 8.02 |\n"
            "| 产出指标 | 数量指标 | 检测水样份数 | 50 | ≥360份 | 372份 | 103.33% | 50 |\n"
            "| 效益指标 | 可持续影响 | 不合格水样跟踪复检率 | 30 | ≥90% | 88.73% | {c} | 29.58 |\n"
            "| 满意度指标 | 服务对象满意度 | 满意度 | 10 | ≥90% | 92.11% | 102.34% | 10 |\n"
            "| 合计 | | | 100 | | | | 97.60 |\n")
    assert errors(text.format(c="98.59%")) == []
    assert errors(text.format(c="95.89%")) == [("completion_mismatch", "95.89%")]


def test_a_total_row_typed_with_one_bar_too_many_is_read_one_column_on() -> None:
    text = ("一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施\n"
            "产出指标|数量指标|旅游步道|≥4公里|4.2公里|60|60|\n效益指标|社会效益|带动就业|≥120人|126人|30|30|\n"
            "满意度指标|满意度|受益农户满意度|≥90%|95.10%|10|{s}|\n总分||||||100|{t}|\n")
    assert errors(text.format(s="10", t="100")) == []
    assert errors(text.format(s="8", t="98")) == []
    assert [code for code, _ in errors(text.format(s="8", t="100"))] == ["score_sum_mismatch"]


def test_counts_the_parts_reach_are_no_parts_and_a_total_after_the_parts_is_theirs() -> None:
    assert errors("安排产业发展类项目11个，其中村级产业项目9个，覆盖城南、石壁等9个乡（镇）的9个行政村。") == []
    assert errors("体检发现糖尿病1,873人（11.10%），其中新发现高血压356人、糖尿病148人，共504人，已纳入管理。") == []


def test_averages_of_bounds_and_of_changes() -> None:
    assert errors("二、绩效目标\n示范基地亩均增收800元以上，培训400人次以上。项目资金500万元，建设示范基地1,200亩。") == []
    text = "9个村集体经营性收入合计142.60万元，村均15.84万元；较上年合计增收52.30万元，村均增收{v}万元。"
    assert errors(text.format(v="5.81")) == []
    assert errors(text.format(v="5.18")) == [("average_mismatch", "5.18万元")]


def test_a_balance_named_after_the_remainder_is_split_is_a_part_of_it() -> None:
    text = ("项目资金468.00万元于2024年全部到位。全年支出444.35万元，预算执行率94.95%。未支出23.65万元，其中游客服务中心"
            "提升项目尚未完成结算审计，未支付22.30万元；从业人员培训人次少于计划，结余1.35万元。")
    assert errors(text) == []


def test_a_department_reports_projects_are_its_parts_not_itself() -> None:
    text = ("宣汉县交通运输局2022年度部门整体支出绩效自评报告\n一、部门概况\n"
            "2022年度年初预算12,486.52万元，年中追加省级交通专项后，全年预算调整为18,932.40万元。\n"
            "纳入自评的8个项目全年预算16,480.10万元，执行15,518.28万元。农村客运招呼站建设项目因征地协调滞后，"
            "执行率仅51.09%，自评等级为良好。\n部门整体支出自评得分98.94分，等级为优。\n")
    assert errors(text) == []


def test_values_given_in_turn_and_a_sources_rate_are_not_the_indicators_or_the_tables() -> None:
    table = ("一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
             "产出指标｜质量指标｜班线准点率｜≥95%｜97.6%｜10｜10\n"
             "项目资金｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分\n"
             "年度资金总额｜2,000.00｜2,000.00｜1,825.60｜10｜91.28%｜9.13\n")
    text = ("三、绩效目标完成情况\n全年班线准点率分季度为96.8%、97.4%、97.9%、98.3%，全年平均97.6%，高于95%的目标。\n"
            "本级资金到位不足，神木市级资金到位率88.00%，执行率77.68%，影响了项目整体执行进度。\n")
    assert errors(text + table) == []


def test_an_average_takes_no_other_average_for_its_total() -> None:
    text = "公用经费52.18万元。按在职人员26人计算，人均人员经费14.86万元，人均公用经费{v}万元。"
    assert errors(text.format(v="2.01")) == []


def test_a_completion_of_the_years_indicator_whose_target_only_the_table_gives() -> None:
    table = ("一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
             "产出指标｜时效指标｜运行补贴按期发放率｜≥95%｜91.20%｜10｜9.60\n")
    text = "3.时效指标。实际按期发放11,592户，按期发放率91.20%，为年度指标值的{r}；其余1,118户于8月底前补发到位。\n"
    assert errors(text.format(r="96.00%") + table) == []
    assert errors(text.format(r="104.17%") + table) == [("completion_mismatch", "104.17%")]
    # the figure before the rate is a rate per unit: not what was done
    assert errors("硬化村组道路17.2公里，每公里补助70万元，完成年度指标的101.18%。\n"
                  "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分\n"
                  "产出指标｜成本指标｜每公里补助标准｜70万元｜70万元｜10｜10\n") == []
