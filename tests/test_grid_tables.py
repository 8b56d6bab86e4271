"""Tables drawn as boxes (┌─┬─┐ │ ├─┼─┤ └─┴─┘): a row runs from one rule to the next, its cells wrapped over lines; a
rule under only some columns leaves a merged cell above; a header cell over several columns heads each of them; two
boxes drawn one under the other are two tables."""

from __future__ import annotations

from chains.check import check
from chains.text.report_tables import find_tables

FUNDS = """单位：万元
┌──────────────┬────────────┬───────────────────────────────────────────┬──────────┐
│ 项目         │ 年度总金额 │ 财政资金                                  │ 上年结转 │
│              │            │                                           │ 资金     │
│              │            ├──────────┬──────────┬──────────┬──────────┤          │
│              │            │ 小计     │ 中央     │ 省级     │ 县级     │          │
├──────────────┼────────────┼──────────┼──────────┼──────────┼──────────┼──────────┤
│ 全年预算资金 │ 1543.20    │ 1490.80  │ 1118.10  │ 186.35   │ 186.35   │ 52.40    │
└──────────────┴────────────┴──────────┴──────────┴──────────┴──────────┴──────────┘
┌──────────┬──────────┬────────────────────┬──────────────┬──────────────┬──────┬───────┐
│ 一级指标 │ 二级指标 │ 三级指标           │ 年度指标值   │ 实际完成值   │ 分值 │ 得分  │
├──────────┼──────────┼────────────────────┼──────────────┼──────────────┼──────┼───────┤
│ 产出指标 │ 数量指标 │ 县乡道日常养护里程 │ ≥620.84公里  │ 620.84公里   │ 50   │ 50    │
│          │          ├────────────────────┼──────────────┼──────────────┼──────┼───────┤
│          │          │ 养护工程交工验收   │ =100%        │ 100%         │ 40   │ 40    │
│          │          │ 合格率             │              │              │      │       │
├──────────┼──────────┼────────────────────┼──────────────┼──────────────┼──────┼───────┤
│ 满意度   │ 满意度   │ 沿线群众满意度     │ ≥95%         │ 93.60%       │ 10   │ 9.85  │
├──────────┴──────────┴────────────────────┴──────────────┴──────────────┼──────┼───────┤
│ 总分                                                                   │ 100  │ {t} │
└────────────────────────────────────────────────────────────────────────┴──────┴───────┘
"""


def test_a_box_drawn_table_reads_row_by_row_with_its_wrapped_cells_joined() -> None:
    funds, score = find_tables(FUNDS.format(t="99.85"))
    assert funds.rows[0].texts == ["项目", "年度总金额", "财政资金小计", "中央", "省级", "县级", "上年结转资金"]
    assert funds.rows[1].texts[:3] == ["全年预算资金", "1543.20", "1490.80"]
    assert score.rows[2].texts[:4] == ["", "", "养护工程交工验收合格率", "=100%"]  # merged cells above stay empty
    assert len(score.rows) == 5


def test_a_box_drawn_score_table_is_checked_like_any_other() -> None:
    assert [f for f in check(FUNDS.format(t="99.85")).findings if f.severity == "error"] == []
    wrong = FUNDS.format(t="98.85")
    assert [(f.code, wrong[f.span[0] : f.span[1]]) for f in check(wrong).findings if f.severity == "error"] == [
        ("score_sum_mismatch", "98.85")]


RULED_UNDER_HEADER = """│一级指标│二级指标│三级指标│年度指标值│实际完成值│分值│得分│偏差原因│
├────┼────┼──────────────┼──────────┼──────────┼──┼────┼────────┤
│预算执行│预算执行率│预算执行率│100%│91.00%│10│9.10│        │
│产出│数量│馆藏文物三维数字化采集│≥1000件│640件│30│19.20│设备进场推迟，2025年完成│
│产出│数量│配置文物囊匣│≥1200个│1236个│30│30│                │
│满意度│服务对象满意度│观众满意度│≥95%│87.50%│30│{s}│讲解服务减少│
├────┼────┼──────────────┼──────────┼──────────┼──┼────┼────────┤
│合计│    │              │          │          │100│85.93│        │
"""


def test_a_box_table_ruled_only_under_its_header_reads_each_line_as_a_row() -> None:
    (table,) = find_tables(RULED_UNDER_HEADER.format(s="27.63"))
    assert [r.texts[2] for r in table.data_rows()] == [
        "预算执行率", "馆藏文物三维数字化采集", "配置文物囊匣", "观众满意度", ""]
    assert [f for f in check(RULED_UNDER_HEADER.format(s="27.63")).findings if f.severity == "error"] == []
    wrong = RULED_UNDER_HEADER.format(s="28.63")  # 30 × 87.50 / 95 = 27.63 is due: the row's score was typed wrong
    assert [(f.code, wrong[f.span[0] : f.span[1]]) for f in check(wrong).findings if f.severity == "error"] == [
        ("score_sum_mismatch", "28.63")]
