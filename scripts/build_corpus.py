"""Build the sample corpus in ``corpus/`` from the shared seeds and dev drafts (run once; output committed).

    .venv/bin/python scripts/build_corpus.py [--shared ../shared] [--out corpus]

* seeds 000, 001, 002, 004 → ``.txt`` after artifact cleaning only (``chains.ingest.clean.clean_text``:
  bookmark markers, page numbers, stray tabs and blank lines); the wording, including the errors
  the seeds are known for, is kept as published;
* seed 003 → a real Word ``.docx`` (python-docx): its paragraphs, and its tables rebuilt from the
  one-cell-per-line text as Word tables with merged cells (the two-row funds header, 一级指标
  merged down) — the corpus's exercise of the .docx path; it is *not* also stored as .txt, so the
  index holds it once;
* the five clean dev drafts → ``.txt`` as they are.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chains.ingest.clean import clean_text, is_page_number, remove_bookmarks, split_flat_tables  # noqa: E402
from chains.ingest.word_tables import span_header  # noqa: E402

SEEDS = {
    "000": "2023-sichuan-panzhihua-dongqu-emergency-safety-station-000.txt",
    "001": "2023-sichuan-panzhihua-dongqu-emergency-comms-001.txt",
    "002": "2022-hunan-linwu-emergency-safety-funds-002.txt",
    "003": "2021-shanxi-xinzhou-emergency-inspection-003.docx",
    "004": "2024-emergency-department-summary-004.txt",
}
DEV = {
    "anju-foodsafety-2021": "2021-sichuan-anju-food-safety.txt",
    "guangshui-roads-2021": "2021-hubei-guangshui-rural-roads.txt",
    "jiuhuashan-airmonitor-2021": "2021-anhui-jiuhuashan-air-monitoring.txt",
    "leiyang-school-2022": "2022-hunan-leiyang-school-funds.txt",
    "minle-welfarelottery-2023": "2023-gansu-minle-welfare-lottery.txt",
}


def seed_to_docx(text: str, out: Path) -> None:
    """Paragraphs and flattened tables of a seed as a Word document with real merged cells."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "仿宋_GB2312"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    lines = [line if line.lstrip(" \u3000").startswith("\t") else line.strip() for line in remove_bookmarks(text).split("\n")]
    lines = [line for line in lines if not is_page_number(line)]
    for segment in split_flat_tables(lines):
        if isinstance(segment, str):
            if segment.strip():
                document.add_paragraph(segment.strip())
            continue
        rows = [row for row in segment]
        while rows and len(rows[0]) < 2:
            for caption in rows.pop(0):
                if caption:
                    document.add_paragraph(caption)
        if rows:
            _add_table(document, rows)
    document.save(out)


def _add_table(document, rows: list[list[str]]) -> None:  # noqa: ANN001 - python-docx Document
    head = span_header(rows[0], rows[1]) if len(rows) > 1 else None
    width = max(len(r) for r in rows)
    table = document.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    body_from = 1
    if head is not None:
        (top, bottom), width = head
        body_from = 2
        col = 0
        while col < width:
            end = col
            while end + 1 < width and top[end + 1].origin == top[col].origin:
                end += 1
            if end > col:  # a header spanning sub-headers
                table.cell(0, col).merge(table.cell(0, end)).text = top[col].text
                for k in range(col, end + 1):
                    table.cell(1, k).text = bottom[k].text
            else:  # a header cell standing over both header rows
                table.cell(0, col).merge(table.cell(1, col)).text = top[col].text
            col = end + 1
    else:
        for c, text in enumerate(rows[0]):
            table.cell(0, c).text = text
    for r in range(body_from, len(rows)):
        for c in range(width):
            text = rows[r][c] if c < len(rows[r]) else ""
            table.cell(r, c).text = text
    # Leading empty cells of a body row continue the cell above (one-cell-per-line text lost the merge).
    for c in range(width):
        cont = [False] * len(rows)
        for r in range(body_from + 1, len(rows)):
            above = rows[r - 1][c] if c < len(rows[r - 1]) else ""
            cont[r] = _leading_empty(rows[r], c) and (bool(above) or cont[r - 1])
        r = body_from
        while r < len(rows):
            last = r
            while last + 1 < len(rows) and cont[last + 1]:
                last += 1
            if last > r:
                table.cell(r, c).merge(table.cell(last, c)).text = rows[r][c]
            r = last + 1


def _leading_empty(row: list[str], c: int) -> bool:
    return c < len(row) and all(not cell for cell in row[: c + 1]) and any(row[c + 1 :])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "corpus")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for prefix, name in SEEDS.items():
        (seed,) = sorted((args.shared / "seeds").glob(f"{prefix}_*.txt"))
        text = seed.read_text(encoding="utf-8")
        if name.endswith(".docx"):
            seed_to_docx(text, args.out / name)
        else:
            (args.out / name).write_text(clean_text(text), encoding="utf-8")
        print(f"{seed.name} → {name}")
    for case, name in DEV.items():
        source = args.shared / "eval" / "dev" / "cases" / f"{case}-clean.txt"
        (args.out / name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
        print(f"{source.name} → {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
