"""``report-assistant score FIGURES.json [--json]``: the 绩效自评表 scored by the rules, with every issue.

Exit status: 0 when the figures are consistent, 1 when validation finds an error-severity issue (weights
short of 100, a total the rows cannot reach, a stated grade outside its band …), 2 on unusable input.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from chains.vocabulary import ISSUE_LABELS

HEADERS = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "完成率", "规则得分", "填报得分", "采用得分", "说明")
NUMERIC = {5, 6, 7, 8, 9}
DIRECTION_ZH = {"gte": "正向", "lte": "反向", "eq": "等于", "qualitative": "定性"}


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "score",
        help="按评分规则计算绩效自评表的得分、总分和等级",
        description="读取关键数据（JSON），按评分规则计算预算执行率得分、各指标得分、总分和评价等级，并列出需要核实或补充的问题。",
    )
    p.add_argument("figures", type=Path, metavar="FIGURES.json", help="关键数据文件")
    p.add_argument("--json", action="store_true", help="以 JSON 输出计分结果")
    p.add_argument(
        "--lte-rule",
        choices=("ratio", "linear"),
        default="ratio",
        help="反向指标未达标时的计分：ratio＝分值×目标值/实际值（默认），linear＝分值×(1−超出比例)",
    )
    p.add_argument("--over-completion", choices=("flag", "deduct"), default="flag",
                   help="超额完成超过阈值时：flag＝仅要求说明原因（默认），deduct＝按偏离度扣分（目标设置偏低）")  # fmt: skip
    p.add_argument("--deviation-threshold", type=Decimal, default=None, metavar="百分比",
                   help="超额完成超过该百分比须说明原因（默认 20）")  # fmt: skip
    p.add_argument("--execution-weight", type=Decimal, default=None, metavar="分值",
                   help="预算执行率的分值（默认：关键数据中有则用之，否则 10）")  # fmt: skip
    return p


def run(args: argparse.Namespace) -> int:
    from chains.ingest.figures_file import load_figures
    from chains.score import ScoringRules, score_figures
    from chains.score.validate import validate_figures

    figures = load_figures(args.figures)
    rules = ScoringRules(
        lte_rule=args.lte_rule, execution_weight=args.execution_weight, over_completion=args.over_completion
    )
    if args.deviation_threshold is not None:
        rules = replace(rules, deviation_threshold=args.deviation_threshold)
    table = score_figures(figures, rules)
    issues = validate_figures(figures, table)
    if args.json:
        payload = table.to_dict()
        payload["issues"] = [{"code": p.code, "severity": p.severity, "message": p.message, "field": p.field} for p in issues]
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(render_table(figures, table, issues))
    return 1 if any(p.severity == "error" for p in issues) else 0


def _num(v: Decimal | None, suffix: str = "") -> str:
    return "—" if v is None else f"{v:.2f}{suffix}"


def render_table(figures: Any, table: Any, issues: list[Any]) -> str:
    """The scored table as aligned text (East Asian characters count two columns)."""
    ex = table.execution
    unit = figures.money_unit
    lines = [f"{figures.project_name}（{figures.year}年度）绩效自评计分", ""]
    lines.append(
        f"预算执行：全年预算数 {_num(ex.annual)}{unit}，全年执行数 {_num(ex.spent)}{unit}，"
        f"执行率 {_num(ex.rate, '%')}，分值 {_num(ex.weight)}，得分 {_num(ex.score_used)}"
        + ("（分值关键数据未给出，按常规计）" if ex.weight_source == "rules" else "")
        + ("（执行率并入其他指标计分）" if ex.weight_source == "none" else "")
    )
    lines.append("")
    rows = [list(HEADERS)]
    for r in table.rows:
        note = "；".join(r.flags)
        if r.direction:
            note = f"{DIRECTION_ZH[r.direction]}" + (f"；{note}" if note else "")
        rows.append(
            [
                r.level1 or "—", r.level2 or "—", r.name, r.target or "—", r.actual or "—", _num(r.weight),
                _num(r.completion, "%"), _num(r.computed_score), _num(r.stated_score), _num(r.score_used), note,
            ]
        )  # fmt: skip
    lines += align(rows)
    lines.append("")
    total = _num(table.total)
    source = "填报" if table.total_stated is not None else "计算"
    lines.append(f"分值合计：{_num(table.max_score)}　总分（{source}）：{total}　规则计算总分：{_num(table.total_computed)}")
    differs = table.grade_computed and table.grade_stated and table.grade_computed != _norm(table.grade_stated)
    lines.append(f"评价等级：{table.grade or '—'}" + (f"（按总分应为“{table.grade_computed}”）" if differs else ""))
    if issues:
        label = ISSUE_LABELS
        lines.append("")
        lines.append("问题：")
        lines += [f"  [{label[p.severity]}] {p.message}" for p in issues]
    return "\n".join(lines) + "\n"


def _norm(grade: str) -> str | None:
    from chains.score import normalise_grade

    return normalise_grade(grade)


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def align(rows: list[list[str]]) -> list[str]:
    widths = [max(width(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    out = []
    for row in rows:
        cells = []
        for i, cell in enumerate(row[:-1]):
            pad = " " * (widths[i] - width(cell))
            cells.append(pad + cell if i in NUMERIC else cell + pad)
        out.append("  ".join(cells + [row[-1]]).rstrip())
    return out
