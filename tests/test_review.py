"""``report-assistant review``: a finance bureau's folder of reports in, a reviewer's worksheet out (issue 12).

Real files throughout: Word documents built with python-docx, a PDF with a text layer, a PDF encrypted with
pypdf, a damaged .docx, a binary file, an empty file, GB18030 text, a zip from Chinese Windows. The seed
reports and the labelled dev cases are the reports under review.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from chains.cli import main
from chains.review import review_paths, review_sources, write
from chains.review.inputs import collect
from chains.review.worksheet import (
    ERROR,
    GREEN,
    GREY,
    NOTE,
    RED,
    REPORT_COLUMNS,
    SUSPECT,
    YELLOW,
    FindingRow,
    level_of,
    status_of,
)
from tests.conftest import DEV, ROOT, SEEDS
from tests.make_documents import make_pdf, make_report_docx

CASES = DEV / "cases"
ANJU = CASES / "anju-foodsafety-2021-clean.txt"  # clean; states 2.38 / 2.38 / 100% / 100分 / 优
ANJU_E1 = CASES / "anju-foodsafety-2021-e1.txt"  # one completion_mismatch error (96%)
SEED_004 = next(SEEDS.glob("004_*.txt"))  # 587.90% execution rate: errors
HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)> & </div>"

# --------------------------------------------------------------------------------------- building files


def encrypted_pdf(lines: list[str]) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(lines))))
    writer.encrypt(user_password="mima2024", owner_password="mima2024", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@contextlib.contextmanager
def gbk_member_names() -> Iterator[None]:
    """Write zip member names the way Chinese Windows does: GBK bytes, no UTF-8 flag."""
    original = zipfile.ZipInfo._encodeFilenameFlags

    def gbk(self: zipfile.ZipInfo) -> tuple[bytes, int]:
        return self.filename.encode("gbk"), self.flag_bits & ~0x800

    zipfile.ZipInfo._encodeFilenameFlags = gbk  # type: ignore[method-assign]
    try:
        yield
    finally:
        zipfile.ZipInfo._encodeFilenameFlags = original  # type: ignore[method-assign]


def random_han(n: int) -> str:
    import random

    rng = random.Random(12)
    return "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(n))


#: every file of the mixed inbox that cannot be reviewed, with what its 灰 reason must say
GREY_FILES = {
    "空白.txt": "空文件",
    "损坏.docx": "损坏",
    "加密.pdf": "加密的 PDF",
    "加密.docx": "加密的 Office",
    "二进制.txt": "二进制",
    "随机字符.txt": "未识别为绩效自评报告",
    "自评表.xlsx": "表格文件",
}


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A bureau's inbox: good reports in every format, mixed with every kind of file that cannot be read."""
    root = tmp_path_factory.mktemp("inbox") / "收件箱"
    (root / "县应急局").mkdir(parents=True)
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, root / "县应急局" / seed.name)
    shutil.copy(ANJU_E1, root / "安居-e1.txt")
    anju = ANJU.read_text(encoding="utf-8")
    make_report_docx(anju, root / "安居区食品监管.docx")
    (root / "广水-国标码.txt").write_bytes((CASES / "guangshui-roads-2021-clean.txt").read_text(encoding="utf-8").encode("gb18030"))
    shutil.copy(CASES / "leiyang-school-2022-clean.txt", root / "耒阳四中.md")
    (root / "九华山.pdf").write_bytes(make_pdf((CASES / "jiuhuashan-airmonitor-2021-clean.txt").read_text(encoding="utf-8").split("\n")))
    with gbk_member_names(), zipfile.ZipFile(root / "民乐县.zip", "w") as archive:
        archive.writestr("民乐县/彩票公益金.txt", (CASES / "minle-welfarelottery-2023-clean.txt").read_text(encoding="utf-8"))
        archive.writestr("民乐县/彩票公益金-e1.txt", (CASES / "minle-welfarelottery-2023-e1.txt").read_text(encoding="utf-8"))
    (root / "空白.txt").write_bytes(b"")
    (root / "损坏.docx").write_bytes(b"PK\x03\x04" + os.urandom(600))
    (root / "加密.pdf").write_bytes(encrypted_pdf(["项目预算100万元", "预算执行率100%"]))
    (root / "加密.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000)  # Word's password protection
    (root / "二进制.txt").write_bytes(bytes(range(256)) * 20)
    (root / "随机字符.txt").write_text(random_han(6000), encoding="utf-8")
    (root / "自评表.xlsx").write_bytes(b"PK\x03\x04")
    (root / ".隐藏.txt").write_text("not listed", encoding="utf-8")
    (root / "~$安居区食品监管.docx").write_bytes(b"lock")
    (root / "含脚本.txt").write_text(anju.replace("存在的问题及改进措施\n", f"存在的问题及改进措施\n{HOSTILE}\n"), encoding="utf-8")
    return root


def run_cli(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["review", *map(str, argv)])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def outputs(inbox: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The inbox reviewed once per output format, by the command line, on a pool of two workers."""
    folder = tmp_path_factory.mktemp("out")
    runs = {}
    for suffix in (".xlsx", ".html", ".csv", ".json"):
        runs[suffix] = run_cli(inbox, "-o", folder / f"审阅结果{suffix}", "--workers", "2")
    return {"folder": folder, "runs": runs, "json": json.loads((folder / "审阅结果.json").read_text(encoding="utf-8"))}


def rows_by_file(outputs: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {Path(r["file"]).name: r for r in outputs["json"]["reports"]}


# ------------------------------------------------------------------------------------ nothing stops the batch


def test_a_folder_mixing_every_kind_of_bad_file_with_good_reports_is_reviewed_to_the_end(outputs: dict[str, Any]) -> None:
    rows = rows_by_file(outputs)
    reviewed = {name for name, r in rows.items() if r["status"] != GREY}
    assert set(GREY_FILES) <= set(rows) - reviewed
    assert {"安居区食品监管.docx", "广水-国标码.txt", "耒阳四中.md", "九华山.pdf", "彩票公益金.txt", "彩票公益金-e1.txt",
            "安居-e1.txt", "含脚本.txt", *(p.name for p in SEEDS.glob("*.txt"))} <= reviewed
    assert ".隐藏.txt" not in rows and "~$安居区食品监管.docx" not in rows  # hidden files and Word lock files are not reports
    summary = outputs["json"]["summary"]
    assert summary["reviewed"] == summary["total"] == len(rows) and not summary["interrupted"]


@pytest.mark.parametrize("name", sorted(GREY_FILES))
def test_an_unreadable_file_is_a_grey_row_that_says_why_in_chinese(outputs: dict[str, Any], name: str) -> None:
    row = rows_by_file(outputs)[name]
    assert row["status"] == GREY
    assert GREY_FILES[name] in row["summary"], row["summary"]
    assert row["errors"] == row["suspects"] == row["notes"] == 0


def test_exit_2_when_a_file_was_unreadable_1_when_a_report_has_an_error_0_otherwise(outputs: dict[str, Any], tmp_path: Path) -> None:
    assert {code for code, _out, _err in outputs["runs"].values()} == {2}
    with_error = tmp_path / "有错误"
    with_error.mkdir()
    shutil.copy(ANJU, with_error)
    shutil.copy(ANJU_E1, with_error)
    assert run_cli(with_error, "-o", tmp_path / "a.json")[0] == 1
    clean = tmp_path / "无错误"
    clean.mkdir()
    for case in sorted(CASES.glob("*-clean.txt")):
        shutil.copy(case, clean)
    assert run_cli(clean, "-o", tmp_path / "b.json")[0] == 0


# ----------------------------------------------------------------------------------------------- inputs


def test_folders_are_walked_recursively_and_zip_members_are_listed_under_the_archive(outputs: dict[str, Any]) -> None:
    files = [r["file"] for r in outputs["json"]["reports"]]
    assert "收件箱/县应急局/004_3801d610b368e742.txt" in files
    assert "收件箱/民乐县.zip/民乐县/彩票公益金.txt" in files  # the GBK member name as its author wrote it


def test_globs_are_expanded_and_a_missing_path_is_a_grey_row(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    shutil.copy(ANJU, tmp_path / "a" / "x.txt")
    shutil.copy(ANJU_E1, tmp_path / "a" / "y.txt")
    sources = collect([str(tmp_path / "a" / "*.txt"), str(tmp_path / "a" / "x.txt"), str(tmp_path / "没有这个文件夹")])
    assert [Path(s.path).name for s in sources[:2]] == ["x.txt", "y.txt"]  # x.txt given twice: listed once
    assert len(sources) == 3 and sources[2].problem == "找不到该文件或文件夹"


def test_each_file_is_read_and_critiqued_exactly_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import chains.review.reviewing as reviewing

    calls: dict[str, int] = {"read": 0, "critique": 0}

    def counting(name: str, real: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            calls[name] += 1
            return real(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(reviewing, "read_document", counting("read", reviewing.read_document))
    monkeypatch.setattr(reviewing, "critique", counting("critique", reviewing.critique))
    for case in sorted(CASES.glob("*.txt"))[:6]:
        shutil.copy(case, tmp_path)
    batch = review_paths([tmp_path], workers=1)
    assert calls == {"read": 6, "critique": 6} and len(batch.reports) == 6


def test_a_gb18030_file_a_word_file_and_a_pdf_are_reviewed_like_the_text_they_hold(outputs: dict[str, Any]) -> None:
    rows = rows_by_file(outputs)
    for name in ("安居区食品监管.docx", "广水-国标码.txt", "九华山.pdf", "耒阳四中.md"):
        assert rows[name]["status"] == GREEN and rows[name]["errors"] == 0, rows[name]
    assert rows["广水-国标码.txt"]["unit"] == "广水市交通运输局"


# ----------------------------------------------------------------------------------------- the worksheet


def test_one_row_per_report_states_its_own_figures(outputs: dict[str, Any]) -> None:
    row = rows_by_file(outputs)["安居区食品监管.docx"]
    assert (row["project"], row["unit"], row["year"]) == ("食品监管补助资金", "遂宁市安居区市场监督管理局", 2021)
    assert (row["budget"], row["spent"], row["rate"]) == (2.38, 2.38, "100%")
    assert (row["total_score"], row["grade"]) == ("100", "优")


def test_a_report_with_an_error_is_red_and_its_first_findings_are_stated_in_words(outputs: dict[str, Any]) -> None:
    row = rows_by_file(outputs)["004_3801d610b368e742.txt"]
    assert row["status"] == RED and row["errors"] >= 2
    assert row["rate"] == "587.90%" and row["budget"] == 10.0 and row["spent"] == 58.79
    lines = row["summary"].split("\n")
    assert len(lines) == 3 and lines[0].startswith("1. [错误]") and "587.90%" in row["summary"]


def test_status_follows_the_levels_of_the_findings_that_count(outputs: dict[str, Any]) -> None:
    for row in outputs["json"]["reports"]:
        expected = GREY if row["status"] == GREY else RED if row["errors"] else YELLOW if row["suspects"] else GREEN
        assert row["status"] == expected, row


def test_levels_error_suspect_note_and_what_makes_a_report_red_yellow_or_green() -> None:
    assert level_of("error", "执行率与金额不符") == ERROR
    assert level_of("warning", "疑似：金额前后不一致（请核实）") == SUSPECT
    assert level_of("warning", "“存在的问题”未列出实际问题") == NOTE
    assert level_of("info", "一级指标权重非标准") == NOTE

    def finding(level: str, dismissed: bool = False) -> FindingRow:
        return FindingRow("a.txt", "h", "rate_mismatch", "t", level, "error", "m", "", (0, 1), "x", "x", 1, dismissed)

    assert status_of([finding(NOTE), finding(SUSPECT), finding(ERROR)]) == RED
    assert status_of([finding(NOTE), finding(SUSPECT)]) == YELLOW
    assert status_of([finding(NOTE)]) == GREEN
    assert status_of([finding(ERROR, dismissed=True), finding(NOTE)]) == GREEN


def test_the_second_sheet_has_one_row_per_finding_with_the_sentence_around_it(outputs: dict[str, Any]) -> None:
    findings = [f for f in outputs["json"]["findings"] if f["file"].endswith("004_3801d610b368e742.txt")]
    rate = next(f for f in findings if f["code"] == "implausible_rate" and "587.90%" in f["span_text"])
    assert rate["level"] == ERROR and rate["expected"] and rate["message"]
    assert "预算执行率达到587.90%" in rate["sentence"] and rate["sentence"].endswith("。")
    e1 = [f for f in outputs["json"]["findings"] if f["file"].endswith("安居-e1.txt")]
    assert [(f["code"], f["span_text"]) for f in e1] == [("completion_mismatch", "96%")]
    assert "违法案件查办率" in e1[0]["sentence"]


# --------------------------------------------------------------------------------------------------- xlsx


def test_the_workbook_has_a_frozen_filtered_header_widths_and_status_colours(outputs: dict[str, Any]) -> None:
    book = openpyxl.load_workbook(outputs["folder"] / "审阅结果.xlsx")
    assert book.sheetnames[:3] == ["报告", "问题", "已忽略"]
    sheet = book["报告"]
    header = [c.value for c in sheet[1]]
    assert header == [name for _key, name, _w in REPORT_COLUMNS]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(header))}{sheet.max_row}"
    assert all(sheet.column_dimensions[openpyxl.utils.get_column_letter(k)].width >= 6 for k in range(1, len(header) + 1))
    assert sheet.column_dimensions["A"].width > sheet.column_dimensions["B"].width  # the file name is wide, the status narrow
    status_col = header.index("状态") + 1
    fills = {}
    for row in sheet.iter_rows(min_row=2):
        fills.setdefault(row[status_col - 1].value, row[status_col - 1].fill.start_color.rgb)
    assert fills[RED].endswith("FFC7CE") and fills[GREEN].endswith("C6EFCE") and fills[GREY].endswith("D9D9D9")
    assert book["问题"].freeze_panes == "A2" and book["问题"].auto_filter.ref


def test_report_text_never_becomes_a_formula_in_the_workbook_or_the_csv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(ANJU_E1, "=HYPERLINK(1).txt")
    batch = review_paths(["=HYPERLINK(1).txt"], workers=1)  # a file given by name is listed as given
    write(batch, tmp_path / "r.xlsx")
    write(batch, tmp_path / "r.csv")
    cell = openpyxl.load_workbook(tmp_path / "r.xlsx")["报告"]["A2"]
    assert cell.value == "=HYPERLINK(1).txt" and cell.data_type == "s"
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh))[1][0] == "'=HYPERLINK(1).txt"


# --------------------------------------------------------------------------------------------------- HTML


class Page(HTMLParser):
    """The elements of a page, and the text inside each ``class="ra-doc"`` report view."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.docs: list[str] = []
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if self._depth:
            self._depth += tag == "div"
        elif tag == "div" and dict(attrs).get("class") == "ra-doc":
            self._depth = 1
            self.docs.append("")

    def handle_endtag(self, tag: str) -> None:
        if self._depth and tag == "div":
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.docs[-1] += data


@pytest.fixture(scope="module")
def page(outputs: dict[str, Any]) -> Page:
    parser = Page()
    parser.feed((outputs["folder"] / "审阅结果.html").read_text(encoding="utf-8"))
    return parser


def test_the_html_is_one_file_that_needs_no_network(page: Page) -> None:
    for tag, attrs in page.tags:
        assert tag not in ("link", "iframe", "img", "object", "embed"), (tag, attrs)
        for name in ("src", "href"):
            assert not (attrs.get(name) or "").startswith(("http:", "https:", "//")), (tag, attrs)
    scripts = [attrs for tag, attrs in page.tags if tag == "script"]
    assert len(scripts) == 2 and not any("src" in s for s in scripts)  # the dismissal list and the page's own code


def test_report_text_in_the_html_is_escaped_never_markup(page: Page) -> None:
    assert any(HOSTILE in doc for doc in page.docs)  # shown as the characters it is
    assert not [a for t, a in page.tags if t == "img" or "onerror" in a]


def test_clicking_a_report_opens_its_text_with_the_findings_highlighted(page: Page, outputs: dict[str, Any]) -> None:
    rows = [a for t, a in page.tags if t == "tr" and a.get("data-report")]
    sections = {a["id"] for t, a in page.tags if t == "section" and a.get("class") == "ra-report"}
    reviewed = [r for r in outputs["json"]["reports"] if r["status"] != GREY]
    assert len(rows) == len(reviewed) and {r["data-report"] for r in rows} == sections
    marks = [a for t, a in page.tags if t == "mark"]
    assert any("587.90%" in (a.get("title") or "") for a in marks)
    filters = [a for t, a in page.tags if t == "input" and a.get("type") == "checkbox"]
    assert {a["value"] for a in filters} >= {RED, YELLOW, GREEN, GREY}


# --------------------------------------------------------------------------------------------- CSV, JSON


def test_csv_and_json_carry_the_same_rows_as_the_workbook(outputs: dict[str, Any]) -> None:
    folder, data = outputs["folder"], outputs["json"]
    book = openpyxl.load_workbook(folder / "审阅结果.xlsx")
    for sheet, csv_name, key in (("报告", "审阅结果.csv", "reports"), ("问题", "审阅结果-问题.csv", "findings"),
                                 ("已忽略", "审阅结果-已忽略.csv", "dismissals")):
        columns = list(data["columns"][key])
        from_json = [[_text(row[c]) for c in columns] for row in data[key]]
        with (folder / csv_name).open(encoding="utf-8-sig", newline="") as fh:
            table = list(csv.reader(fh))
        assert table[0] == list(data["columns"][key].values())
        assert [[_text(v) for v in row] for row in table[1:]] == from_json
        from_xlsx = [[_text(v) for v in row] for row in book[sheet].iter_rows(min_row=2, values_only=True)]
        assert from_xlsx == from_json


def _text(value: Any) -> str:
    """A cell as text, numbers compared as numbers (Excel reads 16.0 back as 16)."""
    text = "" if value is None else str(value)
    try:
        return repr(float(text))
    except ValueError:
        return text


# -------------------------------------------------------------------------------------------- dismissals


def test_a_dismissed_finding_shows_as_dismissed_is_audited_and_exported_as_a_false_alarm(tmp_path: Path) -> None:
    shutil.copy(ANJU_E1, tmp_path / "安居.txt")
    first = json.loads(_review_json(tmp_path / "安居.txt", tmp_path / "1.json")[1])
    (finding,) = first["findings"]
    assert first["reports"][0]["status"] == RED
    dismissed = tmp_path / "忽略清单.json"
    dismissed.write_text(json.dumps([
        {"content_hash": finding["content_hash"], "code": finding["code"], "span_text": finding["span_text"], "reason": "目标值口径不同"},
        {"content_hash": "0" * 64, "code": "rate_mismatch", "span_text": "98%", "reason": "另一份报告"},
    ], ensure_ascii=False), encoding="utf-8")
    moved = tmp_path / "改名后" / "安居区.txt"  # the key is the content: a renamed file keeps its dismissals
    moved.parent.mkdir()
    shutil.move(tmp_path / "安居.txt", moved)
    code, text = _review_json(moved, tmp_path / "2.json", "--dismissed", dismissed)
    second = json.loads(text)
    assert code == 0  # its only error was dismissed
    report, (row,) = second["reports"][0], second["findings"]
    assert (report["status"], report["errors"], report["dismissed"]) == (GREEN, 0, 1)
    assert (row["level"], row["reason"]) == ("已忽略", "目标值口径不同")
    audit = {d["span_text"]: d for d in second["dismissals"]}
    assert audit["96%"]["state"].startswith("已匹配") and audit["98%"]["state"] == "本批次未出现"
    (example,) = second["false_alarms"]
    s, e = example["span"]
    assert example["label"] == "false alarm" and example["code"] == "completion_mismatch"
    assert example["text"][s:e] == "96%" == example["span_text"]
    jsonl = (tmp_path / "2-误报样例.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["span_text"] for line in jsonl] == ["96%"]
    saved = json.loads(dismissed.read_text(encoding="utf-8"))
    assert len(saved) == 2 and saved[0]["file"].endswith("安居区.txt") and saved[1]["reason"] == "另一份报告"


def test_a_dismissal_lapses_when_the_file_changes(tmp_path: Path) -> None:
    report = tmp_path / "安居.txt"
    shutil.copy(ANJU_E1, report)
    digest = hashlib.sha256(report.read_bytes()).hexdigest()
    dismissed = tmp_path / "忽略.json"
    dismissed.write_text(json.dumps([{"content_hash": digest, "code": "completion_mismatch", "span_text": "96%"}]), encoding="utf-8")
    report.write_text(ANJU_E1.read_text(encoding="utf-8") + "\n（修订稿）\n", encoding="utf-8")
    code, text = _review_json(report, tmp_path / "r.json", "--dismissed", dismissed)
    assert code == 1 and json.loads(text)["reports"][0]["status"] == RED


def test_a_damaged_dismissal_list_is_refused_before_any_work(tmp_path: Path) -> None:
    bad = tmp_path / "忽略.json"
    bad.write_text("{not json", encoding="utf-8")
    code, _out, err = run_cli(ANJU, "-o", tmp_path / "r.json", "--dismissed", bad)
    assert code == 2 and "忽略清单" in err and "不是有效的 JSON" in err
    assert not (tmp_path / "r.json").exists()


def _review_json(path: Path, out: Path, *more: str | Path) -> tuple[int, str]:
    code, _stdout, _stderr = run_cli(path, "-o", out, "--workers", "1", *more)
    return code, out.read_text(encoding="utf-8")


# ------------------------------------------------------------------------------- the command as a user meets it


def test_the_progress_bar_on_stderr_shows_done_over_total_rate_and_time_left(outputs: dict[str, Any]) -> None:
    code, stdout, stderr = outputs["runs"][".xlsx"]
    total = outputs["json"]["summary"]["total"]
    assert f"{total}/{total} 份" in stderr and "份/s" in stderr and "剩余" in stderr
    assert "红" in stdout and "已写入" in stdout and "Traceback" not in stderr


def test_an_unknown_output_format_is_refused_in_chinese(tmp_path: Path) -> None:
    code, _out, err = run_cli(ANJU, "-o", tmp_path / "结果.docx")
    assert code == 2 and "不支持的输出格式" in err


def test_review_without_a_path_says_so_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["review"])
    assert stop.value.code == 2 and "缺少必需的参数：PATH" in capsys.readouterr().err


def test_ctrl_c_keeps_what_is_done_and_the_batch_says_it_was_interrupted(tmp_path: Path) -> None:
    for k in range(60):
        shutil.copy(ANJU_E1 if k % 2 else ANJU, tmp_path / f"{k:03d}.txt")
    calls = []

    def interrupt(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 3:
            raise KeyboardInterrupt

    batch = review_sources(collect([tmp_path]), workers=2, progress=interrupt)
    assert batch.interrupted and 0 < len(batch.reports) < batch.total == 60
    assert [r.file for r in batch.reports] == sorted(r.file for r in batch.reports)
    write(batch, tmp_path / "部分.json")
    summary = json.loads((tmp_path / "部分.json").read_text(encoding="utf-8"))["summary"]
    assert summary["interrupted"] and summary["reviewed"] == len(batch.reports) and "已审阅" in summary["text"]


def test_ctrl_c_on_the_running_command_writes_the_worksheet_and_says_so(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for k in range(3000):
        shutil.copy(SEED_004 if k % 3 else ANJU, inbox / f"{k:04d}.txt")
    out = tmp_path / "审阅结果.xlsx"
    exe = Path(sys.executable).with_name("report-assistant")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "chains"]
    chunks: list[bytes] = []
    with subprocess.Popen([*cmd, "review", str(inbox), "-o", str(out), "--workers", "2"], cwd=ROOT, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, env={**os.environ, "PYTHONIOENCODING": "utf-8"},
                          # as in a terminal: a suite started in the background (``make test &``) ignores SIGINT, and
                          # an ignored signal stays ignored in the programs it starts
                          preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL)) as proc:

        def read_stderr() -> None:
            assert proc.stderr is not None
            while chunk := proc.stderr.read1(4096):  # type: ignore[attr-defined]
                chunks.append(chunk)

        reader = threading.Thread(target=read_stderr, daemon=True)
        reader.start()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not _started(b"".join(chunks).decode("utf-8", "replace")):
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)  # what Ctrl-C sends
        proc.wait(timeout=60)
        reader.join(timeout=5)
    stderr = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 130, stderr
    assert "已中断" in stderr and "结果已写入" in stderr and "Traceback" not in stderr
    rows = openpyxl.load_workbook(out)["报告"].max_row - 1
    assert 0 < rows < 3000


def _started(progress: str) -> bool:
    """Whether the progress bar shows some files done (and not all)."""
    done = [int(m) for m in re.findall(r"(\d+)/3000 份", progress)]
    return bool(done) and 0 < done[-1] < 3000


def test_a_worksheet_that_cannot_be_written_where_asked_is_written_beside_it(tmp_path: Path) -> None:
    (tmp_path / "审阅结果.xlsx").mkdir()  # in the way, as a file open in Excel would be
    code, out, _err = run_cli(ANJU, "-o", tmp_path / "审阅结果.xlsx")
    (written,) = [p for p in tmp_path.glob("审阅结果-*.xlsx")]
    assert code == 0 and f"已写入 {written}" in out
    assert openpyxl.load_workbook(written)["报告"].max_row == 2


CHROMIUM = "/usr/bin/chromium"


@pytest.mark.e2e
@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="需要 Debian chromium：bash scripts/install-browser.sh")
def test_in_a_real_browser_the_page_sorts_filters_opens_a_report_and_downloads_the_dismissals(outputs: dict[str, Any]) -> None:
    from playwright.sync_api import sync_playwright

    from tests.test_e2e_browser import CHROMIUM_ARGS

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        requests: list[str] = []
        errors: list[str] = []
        page.on("request", lambda r: requests.append(r.url) if not r.url.startswith(("file:", "blob:")) else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto((outputs["folder"] / "审阅结果.html").as_uri())
        rows = "#ra-t-reports tbody tr"
        errors_col = 1 + [key for key, _name, _w in REPORT_COLUMNS].index("errors")
        page.click(f"#ra-t-reports thead th:nth-child({errors_col})")
        page.click(f"#ra-t-reports thead th:nth-child({errors_col})")  # most errors first
        first = int(page.inner_text(f"{rows}:first-child td:nth-child({errors_col})"))
        assert first == max(r["errors"] for r in outputs["json"]["reports"])
        page.uncheck("#ra-reports input[value='绿']")
        page.uncheck("#ra-reports input[value='灰']")
        shown = page.eval_on_selector_all(rows, "rs => rs.filter(r => !r.hidden).map(r => r.cells[1].textContent)")
        assert shown and set(shown) <= {RED, YELLOW}
        page.fill("#ra-reports input[type=search]", "004_")
        page.click(f"{rows}:not([hidden])")
        view = page.locator(".ra-report:not([hidden])")
        assert "587.90%" in view.locator("mark.ra-error").first.inner_text()
        page.once("dialog", lambda d: d.accept("追加预算后口径不同"))
        view.locator("button.ra-dismiss").first.click()
        with page.expect_download() as download:
            page.click("button.ra-download")
        (mark,) = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
        assert mark["reason"] == "追加预算后口径不同" and len(mark["content_hash"]) == 64
        browser.close()
    assert requests == [] and errors == []
