"""A 绩效自评表 from Excel or Word becomes indicator rows (merged 一级/二级 cells carried down)."""

from __future__ import annotations

import io

import pytest

from chains.errors import InputError
from chains.ingest.score_table import read_table

HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
ROWS = [
    ["产出指标", "数量指标", "培训人次", "≥300人次", "270人次", 10, 9, "部分学员因疫情未能参训"],
    ["产出指标", "数量指标", "演练次数", "≥4次", "4次", 10, 10, ""],
    ["产出指标", "时效指标", "完成时间", "2023年12月前", "2023年11月", 10, 10, ""],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", 10, 10, ""],
]
EXPECTED = [
    {"level1": "产出指标", "level2": "数量指标", "name": "培训人次", "target": "≥300人次", "actual": "270人次",
     "weight": 10, "score": 9, "deviation_note": "部分学员因疫情未能参训"},
    {"level1": "产出指标", "level2": "数量指标", "name": "演练次数", "target": "≥4次", "actual": "4次", "weight": 10, "score": 10},
    {"level1": "产出指标", "level2": "时效指标", "name": "完成时间", "target": "2023年12月前", "actual": "2023年11月",
     "weight": 10, "score": 10},
    {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "群众满意度", "target": "≥90%", "actual": "95%",
     "weight": 10, "score": 10},
]


def xlsx_bytes() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目支出绩效自评表"])
    ws.append(["项目名称", "应急通信保障经费"])
    ws.append(["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    ws.append(["年度资金总额", 120, 139, 125.1, 10, "90.00%", 9])
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    ws.append(["总分", "", "", "", "", 100, 88, ""])
    # merged 一级 cells (rows 6-8) with the value only in the first cell, as Excel stores them
    ws["A7"] = None
    ws["A8"] = None
    ws.merge_cells("A6:A8")
    ws["B7"] = None
    ws.merge_cells("B6:B7")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def docx_bytes() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("附件：项目支出绩效自评表")
    t = d.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    for j, h in enumerate(HEADER):
        t.cell(0, j).text = h
    for i, row in enumerate(ROWS, start=1):
        for j, v in enumerate(row):
            t.cell(i, j).text = str(v)
    t.cell(1, 0).merge(t.cell(3, 0))  # 产出指标 spans three rows
    t.cell(1, 0).text = "产出指标"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_excel_table_gives_indicators_budget_and_total() -> None:
    got = read_table(xlsx_bytes(), "自评表.xlsx")
    assert got.indicators == EXPECTED
    assert got.budget == {"initial": 120, "annual": 139, "spent": 125.1}
    assert got.total_score == 88


def test_word_table_with_merged_cells_gives_each_row_once() -> None:
    got = read_table(docx_bytes(), "自评表.docx")
    assert got.indicators == EXPECTED


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "a.xlsx", "空文件"),
        (b"not a zip", "a.xlsx", "不是有效的 Excel"),
        (b"not a zip", "a.docx", "不是有效的 Word"),
        (b"x", "a.xls", "另存为 .xlsx"),
        (b"x", "a.csv", ".xlsx 或 .docx"),
    ],
)
def test_bad_files_get_a_clear_message(data: bytes, name: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_table(data, name)


def test_a_document_without_an_indicator_table_is_refused() -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("没有表格")
    buf = io.BytesIO()
    d.save(buf)
    with pytest.raises(InputError, match="没有找到绩效指标表"):
        read_table(buf.getvalue(), "报告.docx")
