"""``report-assistant check FILE... [--json] [--figures F.json]``: every number that does not add up.

Exit status: 0 when no file has an error-severity finding, 1 when one has, 2 on unusable input (the
``InputError`` raised by ``chains.ingest.documents`` / ``chains.figures`` is turned into a message by ``chains.cli``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from chains.vocabulary import SEVERITY_LABELS

CONTEXT = 18


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "check",
        help="核对报告中的数字（比率、结余、合计、分值、得分、等级、年度……）",
        description="核对绩效自评报告中的数字是否前后一致、计算正确。支持 .txt、.md、.docx。",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help="要检查的报告文件")
    p.add_argument("--json", action="store_true", help="以 JSON 输出：{\"findings\": [...]}")
    p.add_argument("--figures", type=Path, default=None, metavar="F.json", help="关键数据文件，用于核对正文数字")
    return p


def run(args: argparse.Namespace) -> int:
    from chains.check import check
    from chains.ingest.documents import read_document
    from chains.ingest.figures_file import load_figures

    figures = load_figures(args.figures) if args.figures is not None else None
    results = []
    for path in args.files:
        doc = read_document(path)  # InputError → exit 2 in chains.cli
        results.append((path, doc.text, check(doc.text, figures)))
    out = sys.stdout
    if args.json:
        if len(results) == 1:
            payload: dict[str, Any] = results[0][2].to_dict()
            payload["file"] = str(results[0][0])
        else:
            payload = {"files": [{"file": str(p), **r.to_dict()} for p, _, r in results]}
        out.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    else:
        for path, text, result in results:
            out.write(_human(path, text, result))
    return 1 if any(not r.ok for _, _, r in results) else 0


def _human(path: Path, text: str, result: Any) -> str:
    lines = [f"{path}：{len(result.errors)} 个错误，{len(result.warnings)} 个提示"]
    for f in result.findings:
        s, e = f.span
        line_no = text.count("\n", 0, s) + 1
        before = text[max(0, s - CONTEXT) : s].replace("\n", "⏎").replace("\t", " ")
        quoted = text[s:e].replace("\n", "⏎").replace("\t", " ")
        after = text[e : e + CONTEXT].replace("\n", "⏎").replace("\t", " ")
        mark = SEVERITY_LABELS.get(f.severity, f.severity)
        lines.append(f"  [{mark}] 第{line_no}行 {f.title}（{f.code}）")
        lines.append(f"      …{before}【{quoted}】{after}…")
        lines.append(f"      {f.message}")
        if f.expected:
            lines.append(f"      应为：{f.expected}")
    if not result.findings:
        lines.append("  未发现问题。")
    return "\n".join(lines) + "\n"
