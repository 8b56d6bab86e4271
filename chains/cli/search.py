"""``report-assistant search similar|phrasing``: similar past reports, or example passages of a section.

    report-assistant search similar (--figures F.json | --text FILE) [-k N] [--json] [FILTERS]
    report-assistant search phrasing --section TYPE [-k N] [--json] [FILTERS] QUERY

FILTERS: ``--year-from Y``, ``--year-to Y``, ``--department TEXT`` (contained in the department),
``--category C`` (``education``, ``school_operations`` or 教育 alike).

``--json`` prints ``{"results": [{"source", "score", "section", "year", "text", "span": [s, e], ...}]}``
(an empty list, plus ``"message"``, when nothing is similar enough). The index of ``corpus/`` is built
on first use.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    from chains.cli.common import add_data_dir

    p = subparsers.add_parser(
        "search",
        help="检索相似报告或某一章节的参考写法",
        description="从已索引的往年报告中检索：相似报告（similar）或某章节的参考段落（phrasing）。",
    )
    add_data_dir(p)
    modes = p.add_subparsers(dest="mode", metavar="方式", required=True)
    sim = modes.add_parser("similar", help="按关键数据或草稿找相似报告", description="按关键数据或草稿找相似的往年报告。")
    source = sim.add_mutually_exclusive_group(required=True)
    source.add_argument("--figures", type=Path, metavar="F.json", help="关键数据文件（figures JSON）")
    source.add_argument("--text", type=Path, metavar="FILE", help="草稿或报告文件（.txt .md .docx .pdf）")
    ph = modes.add_parser("phrasing", help="某一章节的参考写法", description="检索某一章节类型中与查询最接近的段落。")
    ph.add_argument("--section", required=True, metavar="TYPE", help="章节类型，如 funds、problems、suggestions")
    ph.add_argument("query", nargs="+", metavar="QUERY", help="查询内容")
    for q in (sim, ph):
        q.add_argument("-k", type=int, default=5, metavar="N", help="返回条数（默认 5）")
        q.add_argument("--json", action="store_true", help="以 JSON 输出")
        q.add_argument("--year-from", type=int, metavar="Y", help="只看该年度及以后的报告")
        q.add_argument("--year-to", type=int, metavar="Y", help="只看该年度及以前的报告")
        q.add_argument("--department", default="", metavar="TEXT", help="只看部门名称包含该文字的报告")
        q.add_argument("--category", default="", metavar="C", help="只看该类项目，如 education、emergency 或 教育")
        # Also accepted after the mode; SUPPRESS keeps a value given before the mode.
        q.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS, help="数据目录（同上）")
    return p


def run(args: argparse.Namespace) -> int:
    from chains.cli.common import settings_for
    from chains.errors import InputError
    from chains.retrieval.search import NOTHING_SIMILAR, Filters, example_phrasing, similar_reports

    if args.k < 1:
        raise InputError("-k 必须是正整数。")
    settings = settings_for(args)
    filters = Filters(year_from=args.year_from, year_to=args.year_to, department=args.department.strip(),
                      category=args.category)
    if args.mode == "similar":
        if args.figures is not None:
            from chains.ingest.figures_file import load_figures

            query: Any = load_figures(args.figures)
        else:
            from chains.ingest.documents import read_document

            query = read_document(args.text).text
            if not query.strip():
                raise InputError(f"{args.text} 没有可用的文字内容。")
        results = similar_reports(query, k=args.k, filters=filters, settings=settings)
    else:
        section = args.section.strip()
        known = _section_types()
        if section not in known:
            raise InputError(f"未知的章节类型“{section}”。可用：{'、'.join(known)}。")
        text = " ".join(args.query).strip()
        if not text:
            raise InputError("查询内容为空。")
        results = example_phrasing(section, text, k=args.k, filters=filters, settings=settings)
    if args.json:
        payload: dict[str, Any] = {"results": [r.to_dict() for r in results]}
        if not results:
            payload["message"] = NOTHING_SIMILAR
        print(json.dumps(payload, ensure_ascii=False, indent=1))
        return 0
    if not results:
        print(NOTHING_SIMILAR)
        return 0
    for i, r in enumerate(results, start=1):
        year = f"{r.year}年" if r.year else "年度不详"
        if args.mode == "similar":
            print(f"{i}. {r.source}（{year}，得分 {r.score:.2f}）{r.text}")
        else:
            print(f"{i}. {r.source} · {r.heading or r.section}（{year}，第 {r.span[0]}–{r.span[1]} 字，得分 {r.score:.2f}）")
            print("   " + r.text.replace("\n", "\n   "))
        if r.why:
            print(f"   匹配原因：{r.why}")
    return 0


def _section_types() -> tuple[str, ...]:
    from chains.ingest.chunking import section_types

    return section_types()
