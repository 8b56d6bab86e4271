"""Reading report files: Word tables bound to headers, PDF text layer, encodings, and bad files."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from chains.check import check
from chains.errors import InputError
from chains.ingest.documents import decode_text, read_bytes, read_document
from tests.make_documents import (
    make_indicator_docx,
    make_pdf,
    make_pdf_pages,
    make_tricky_docx,
    make_two_row_header_docx,
)

# --- Word --------------------------------------------------------------------------------------


def test_docx_body_is_read_in_document_order(tmp_path: Path) -> None:
    text = read_document(make_indicator_docx(tmp_path / "r.docx"), bind_headers=True).text
    order = ["一、项目概况", "全年预算数139万元", "监督检查次数", "群众满意度", "二、存在的问题", "无。"]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)


def test_docx_rows_are_bound_to_their_header_cells(tmp_path: Path) -> None:
    lines = read_document(make_indicator_docx(tmp_path / "r.docx"), bind_headers=True).text.splitlines()
    assert "一级指标：产出指标；二级指标：数量指标；三级指标：监督检查次数；年度指标值：100次" in lines
    assert "一级指标：产出指标；二级指标：质量指标；三级指标：考核合格率；年度指标值：100%" in lines


def test_docx_vertically_merged_cell_is_resolved_once_per_row_it_covers(tmp_path: Path) -> None:
    text = read_document(make_indicator_docx(tmp_path / "r.docx"), bind_headers=True).text
    assert text.count("产出指标") == 2  # two rows under the merged cell, each bound once
    assert "产出指标；一级指标" not in text and "产出指标 产出指标" not in text


def test_docx_horizontally_merged_cell_appears_once_not_once_per_column(tmp_path: Path) -> None:
    path = make_indicator_docx(tmp_path / "r.docx")
    bound = read_document(path, bind_headers=True).text
    plain = read_document(path).text
    assert bound.count("满意度指标") == 1
    assert "一级指标：满意度指标；三级指标：群众满意度；年度指标值：95%" in bound.splitlines()
    assert plain.count("满意度指标") == 1
    assert "满意度指标｜群众满意度｜95%" in plain.splitlines()


def test_docx_header_cells_never_reappear_as_data(tmp_path: Path) -> None:
    text = read_document(make_indicator_docx(tmp_path / "r.docx"), bind_headers=True).text
    assert "一级指标：一级指标" not in text
    assert text.count("年度指标值") == 3  # once per data row, as a key


def test_docx_two_row_header_names_columns_by_both_levels(tmp_path: Path) -> None:
    lines = read_document(make_two_row_header_docx(tmp_path / "f.docx"), bind_headers=True).text.splitlines()
    assert lines[0] == "项目：全年预算资金；财政资金/中央：60；财政资金/省级：40；合计(万元)：100"
    assert lines[1] == "项目：全年执行资金；财政资金/中央：55；财政资金/省级：40；合计(万元)：95"


def test_docx_plain_reading_keeps_the_checker_bar_convention(tmp_path: Path) -> None:
    lines = read_document(make_indicator_docx(tmp_path / "r.docx")).text.splitlines()
    assert "一级指标｜二级指标｜三级指标｜年度指标值" in lines
    assert "产出指标｜数量指标｜监督检查次数｜100次" in lines


def test_docx_content_controls_tracked_changes_and_text_boxes_are_read_as_word_shows_them(tmp_path: Path) -> None:
    text = read_document(make_tricky_docx(tmp_path / "t.docx"), bind_headers=True).text
    assert text.splitlines() == [
        "一、项目概况",
        "全年预算数139万元。",  # insertion accepted, deletion (100) gone
        "二、存在的问题",  # inside a content control
        "问题：资金到位晚；原因：上级拨付 较晚",  # a table inside the control; two paragraphs in one cell
        "",
        "文本框说明",  # once, not again from the text box's fallback copy
    ]


# --- PDF -----------------------------------------------------------------------------------------


def test_pdf_text_layer_is_read() -> None:
    doc = read_bytes(make_pdf(["一、项目概况", "全年预算数139万元，执行率100%。"]), "报告.pdf")
    assert doc.kind == "pdf"
    assert doc.text.splitlines()[:2] == ["一、项目概况", "全年预算数139万元，执行率100%。"]


def test_pdf_saved_with_a_docx_name_is_read_as_pdf() -> None:
    assert read_bytes(make_pdf(["二、预算执行情况"]), "报告.docx").kind == "pdf"


def test_pdf_without_text_layer_asks_for_ocr() -> None:
    with pytest.raises(InputError, match=r"扫描.*文字识别"):
        read_bytes(make_pdf([]), "扫描件.pdf")


# --- text and encodings -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("一、项目概况\n全年预算数139万元。".encode(), "utf-8"),
        ("\ufeff一、项目概况\n全年预算数139万元。".encode(), "utf-8"),
        ("一、项目概况\n全年预算数139万元。".encode("gbk"), "gb18030"),
        ("一、项目概况\n全年预算数139万元。".encode("gb18030"), "gb18030"),
        ("一、项目概况\r\n全年预算数139万元。".encode("gbk"), "gb18030"),
    ],
)
def test_text_files_are_decoded_in_utf8_or_gb18030(data: bytes, encoding: str) -> None:
    doc = read_bytes(data, "报告.txt")
    assert doc.text == "一、项目概况\n全年预算数139万元。"
    assert doc.encoding == encoding
    assert decode_text(data) == doc.text


def test_traditional_chinese_big5_file_is_read_as_big5_not_as_gbk_mojibake() -> None:
    text = "項目資金預算執行率為百分之百。本年度績效自評結果良好，資金到位及時，未發現問題。"
    doc = read_bytes(text.encode("big5"), "繁體.txt")
    assert (doc.text, doc.encoding) == (text, "big5")


def test_random_high_bytes_are_refused_not_decoded_into_mojibake() -> None:
    noise = bytes((37 * k * k + 11 * k) % 128 + 128 for k in range(3000))
    with pytest.raises(InputError, match="无法识别为文本"):
        read_bytes(noise, "乱码.txt")


def test_gbk_file_on_disk_is_read(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes("五、存在的问题\n资金到位较晚。".encode("gbk"))
    assert read_document(path).text == "五、存在的问题\n资金到位较晚。"


# --- bad input: a clear Chinese message naming the file -----------------------------------------


def _zip(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, body in members.items():
            z.writestr(name, body)
    return buffer.getvalue()


BAD_FILES = [
    ("empty.txt", b"", "空文件"),
    ("blank.txt", b"  \n\n \t", "空文件"),
    ("binary.txt", bytes(range(256)) * 8, "二进制"),
    ("truncated.docx", b"PK\x03\x04" + b"\x00" * 40, "不是有效的 Word"),
    ("random.docx", b"this is not a word file at all", "不是 Word"),
    ("sheet.docx", _zip({"xl/workbook.xml": "<x/>"}), "Excel"),
    ("broken-word.docx", _zip({"word/document.xml": "<not xml"}), "损坏"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "另存为 .docx"),
    ("truncated.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", "PDF"),
    ("random.pdf", b"just some bytes, no header", "不是 PDF"),
    ("image.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "不支持的文件类型"),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD_FILES, ids=[row[0] for row in BAD_FILES])
def test_bad_files_raise_input_error_naming_the_file_and_the_problem(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as info:
        read_bytes(data, name)
    message = str(info.value)
    assert name in message
    assert reason in message


def test_missing_file_and_folder_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="找不到文件"):
        read_document(tmp_path / "nope.docx")
    with pytest.raises(InputError, match="文件夹"):
        read_document(tmp_path)


def test_word_document_without_text_says_so_without_mentioning_pdf(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "图片版.docx"
    docx.Document().save(path)
    with pytest.raises(InputError) as info:
        read_document(path)
    assert "图片版.docx 中没有文字内容" in str(info.value)
    assert "PDF" not in str(info.value)


def test_pdf_running_headers_and_footers_are_dropped_but_repeated_body_lines_kept() -> None:
    pages = [
        ["某县应急管理局2023年度绩效自评报告", f"第{n}部分正文开始。", "无。", "本页正文结束。", f"第 {n} 页 共 3 页"]
        for n in (1, 2, 3)
    ]
    lines = read_bytes(make_pdf_pages(pages), "报告.pdf").text.splitlines()
    assert "某县应急管理局2023年度绩效自评报告" not in lines
    assert not any(line.startswith("第 ") and line.endswith("页") for line in lines)
    assert lines.count("无。") == 3  # repeated, but in the body of each page
    assert [line for line in lines if line.endswith("正文开始。")] == ["第1部分正文开始。", "第2部分正文开始。", "第3部分正文开始。"]


def test_short_pdfs_keep_their_first_lines() -> None:
    pages = [["项目支出绩效自评报告", "一、项目概况"], ["项目支出绩效自评报告", "二、存在的问题"]]
    assert read_bytes(make_pdf_pages(pages), "两页.pdf").text.count("项目支出绩效自评报告") == 2


SAVED_PAGE = """<!DOCTYPE html><html><head><meta charset="gb2312"><title>自评报告</title>
<style>p {{ margin: 0 }}</style><script>var x = "<p>执行率为1%</p>";</script></head>
<body><p>某项目绩效自评报告</p><p>项目全年预算<b>10.00</b>&nbsp;万元，实际支出5.879万元，执行率为<span>68.79%</span>。</p>
<table><tr><td>项目资金（万元）</td><td>全年预算数</td><td>全年执行数</td></tr>
<tr><td>年度资金总额</td><td>10.00</td><td>5.879</td></tr></table></body></html>"""


def test_a_saved_web_page_is_read_as_the_page_shows_it_in_its_own_encoding(tmp_path: Path) -> None:
    path = tmp_path / "报告.html"
    path.write_bytes(SAVED_PAGE.format().encode("gb18030"))
    doc = read_document(path)
    assert doc.kind == "html" and doc.encoding == "gb18030"
    assert "<" not in doc.text and "var x" not in doc.text and "p {" not in doc.text
    assert "项目全年预算10.00 万元" in doc.text
    assert "年度资金总额｜10.00｜5.879｜" in doc.text
    assert [(f.code, doc.text[f.span[0] : f.span[1]]) for f in check(doc.text).findings] == [
        ("rate_mismatch", "68.79%")]


def test_a_web_page_with_nothing_to_read_says_so(tmp_path: Path) -> None:
    path = tmp_path / "空.htm"
    path.write_text("<html><head><script>1</script></head><body> </body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="没有可检查的文字"):
        read_document(path)
