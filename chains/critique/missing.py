"""The critique's warning detectors for missing content and conversion residue (errors.md 15–20, 23).

Missing figures (执行数, 执行率, 自评总分, 等级, 绩效自评表) and empty target values, a grade with no
total score, broken heading numbering (``chains.text.numbering``), Word/PDF residue, template text and
placeholders. Also the text helpers the other detectors share (``sentences``, ``whole_report``,
``BOOKMARK``/``PUNCT_WS``/``TEMPLATE_DESC``). Each detector returns ``Finding``s of warning severity;
``chains.critique`` runs them. Pure: no I/O; spans index ``text`` exactly as given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from chains.check.rules.base import Context
from chains.findings import Finding
from chains.text.outline import Heading, numbering_issues

PUNCT_WS = re.compile(r"[\s\u3000\xa0。，,、；;：:！!？?“”\"'‘’（）()《》【】\[\]—\-…·.]+")
BOOKMARK = re.compile(r"\[bookmark:[^\]\n]*\]")
# "，主要包括项目招投标、调整、竣工验收等情况。": the outline template's description of a section
TEMPLATE_DESC = re.compile(r"[，,][ \t\u3000]*(?:主要)?包括[^。\n]{0,80}(?:[。.]|(?=\n)|$)")
_TEMPLATE_LINES = re.compile(
    r"报告应包括以下(?:附件|内容)|(?:请|须|应)(?:在此|按要求)?(?:填写|填报|如实填写)|此处(?:填写|粘贴|插入)"
    r"|[（(【\[]\s*(?:请|此处|在此)[^）)】\]\n]{0,30}[）)】\]]|×{2,}|X{2,}(?:单位|项目|年|万元)|某某"
    r"|错误！未定义书签|Error! Bookmark not defined|&nbsp;|<\/?(?:br|p|span|w:[a-z]+)[^>]*>"
)
_PLACEHOLDER = re.compile(r"待(?:补充|核实|填写|完善|补录)(?=[：:）)]|$)", re.M)
_PAGE_NO = re.compile(
    r"^[ \u3000]*(?:[-—–]\s*)?(?:第\s*)?\d{1,3}(?:\s*页)?(?:\s*[-—–])?(?:\s*/\s*\d{1,3})?[ \u3000]*$"
)
_GRADE = re.compile(
    r"(?:等级|等次|评价结果|评定为|评定|属于|档次|级别|结论为|评价为|总体评价|自评结果为)"
    r"[^。\n，,；0-9]{0,6}?[“\"「『]?(?P<g>优秀|良好|中等|合格|一般|较差|不合格|优|良|中|差)"
    r"(?![化先势质惠美雅秀好等格般差距异额错点心期间层央])"
)
# the achieved total ("自评得分95分", "总得分98分"), not the maximum ("总分100分" = 满分)
_TOTAL = re.compile(
    r"(?:自评总?得?分数?|总得分|综合得分|评价得分|最终得分|得分合计|合计得分|自评结果为?)[为是：:]?\s*\d+(?:\.\d+)?"
)

SENTENCE = re.compile(r"[^。！？!?；;\n]+")


def sentences(text: str) -> Iterable[tuple[int, int]]:
    """Spans of the sentences of ``text`` (split at 。！？； and line breaks)."""
    return (m.span() for m in SENTENCE.finditer(text))


def whole_report(headings: list[Heading]) -> bool:
    """Document-level gaps are judged only on a whole report (≥ 2 first-level headings), not on a
    pasted paragraph."""
    return sum(1 for h in headings if h.level == 1) >= 2


# -- missing figures and grades ---------------------------------------------------------------------


def _has_quantity(ctx: Context, names: Iterable[str]) -> bool:
    wanted = set(names)
    return any(lk.quantity in wanted for lk in ctx.linked)


def _table_has(ctx: Context, roles: Iterable[str], labels: str = "") -> bool:
    for t in ctx.tables:
        if set(roles) <= set(t.roles.values()):
            return True
        if labels and any(re.search(labels, r.label) for r in t.rows):
            return True
    return False


def _has_total(text: str, ctx: Context) -> bool:
    if _has_quantity(ctx, ("total_score",)) or _TOTAL.search(text):
        return True
    return any(t.col("score") is not None and any(r.is_total() for r in t.rows) for t in ctx.tables)


def missing_figures(text: str, ctx: Context, headings: list[Heading]) -> list[Finding]:
    missing: list[str] = []
    if not _has_quantity(ctx, ("spent",)) and not _table_has(ctx, ("spent",), r"执行资金|执行数|实际支出"):
        missing.append("全年执行数")
    if not _has_quantity(ctx, ("execution_rate",)) and not _table_has(ctx, ("execution_rate",), r"执行率"):
        missing.append("预算执行率")
    if not _has_total(text, ctx):
        missing.append("自评总分")
    if not _GRADE.search(text):
        missing.append("评价等级")
    if not (_table_has(ctx, ("target", "actual")) or _table_has(ctx, ("weight", "score"))):
        missing.append("绩效自评表（指标的目标值、实际完成值、分值和得分）")
    out: list[Finding] = []
    if missing and whole_report(headings):
        out.append(
            Finding(
                "missing_figure",
                "报告缺少以下必要数据：" + "、".join(missing) + "。",
                (0, 0),
                values={"missing": "、".join(missing)},
            )
        )
    for t in ctx.tables:
        ti, ai = t.col("target"), t.col("actual")
        if ti is None or ai is None:
            continue
        for row in t.data_rows():
            target, actual = t.cell(row, "target"), t.cell(row, "actual")
            if (
                target is None
                or actual is None
                or target.text.strip()
                or not actual.text.strip()
                or row.is_total()
            ):
                continue
            name = t.cell(row, "name")
            span = name.span if name is not None and name.text else row.span
            label = row.name_in(t)
            out.append(
                Finding(
                    "missing_figure",
                    f"指标“{label}”没有填写年度指标值（目标值），无法判断完成情况。",
                    span,
                    values={"indicator": label},
                )
            )
    return out


def grade_without_score(text: str, ctx: Context) -> list[Finding]:
    if _has_total(text, ctx):
        return []
    return [
        Finding(
            "grade_without_score",
            f"报告给出了评价等级“{m.group('g')}”，但全文没有自评总分，等级无从核对。",
            m.span("g"),
            values={"grade": m.group("g")},
        )
        for m in _GRADE.finditer(text)
    ]


# -- headings and conversion residue ----------------------------------------------------------------

_KIND_MSG = {
    "style_switch": "标题序号“{label}”与同级前一个标题的编号样式不一致，应为“{expected}”。",
    "skip": "标题序号“{label}”不连续，此处应为“{expected}”。",
    "repeat": "标题序号“{label}”重复，此处应为“{expected}”。",
    "wrong_level": "“{label}{title}”是一级标题，却用了下级序号“{label}”，此处应为“{expected}”。",
}


def heading_numbering(text: str) -> list[Finding]:
    return [
        Finding(
            "heading_numbering",
            _KIND_MSG[i.kind].format(label=i.label.strip(), expected=i.expected, title=i.title),
            i.span,
            values={"label": i.label.strip(), "kind": i.kind},
            expected=i.expected,
        )
        for i in numbering_issues(text)
    ]


def conversion_artifacts(text: str, headings: list[Heading]) -> list[Finding]:
    out: list[Finding] = []
    marks = [m.span() for m in BOOKMARK.finditer(text)]
    if marks:
        more = f"（全文共{len(marks)}处）" if len(marks) > 1 else ""
        out.append(
            Finding(
                "conversion_artifact",
                f"这是Word书签标记“[bookmark: …]”，由文档转换带入，请删除{more}。",
                marks[0],
                values={"artifact": text[marks[0][0] : marks[0][1]], "count": str(len(marks))},
                related=tuple(marks[1:]),
            )
        )
    for m in _TEMPLATE_LINES.finditer(text):
        out.append(
            Finding(
                "conversion_artifact",
                f"“{m.group(0)}”是模板说明或占位文字，请替换为实际内容或删除。",
                m.span(),
                values={"artifact": m.group(0)},
            )
        )
    holes = [m.span() for m in _PLACEHOLDER.finditer(text)]
    if holes:
        more = f"（全文共{len(holes)}处）" if len(holes) > 1 else ""
        out.append(
            Finding(
                "conversion_artifact",
                f"草稿中的“待补充/待核实”占位内容尚未填写{more}，请补写实际情况后再提交。",
                holes[0],
                values={"artifact": text[holes[0][0] : holes[0][1]], "count": str(len(holes))},
                related=tuple(holes[1:]),
            )
        )
    for h in headings:
        rest_end = text.find("\n", h.span[1])
        rest_end = len(text) if rest_end < 0 else rest_end
        m = TEMPLATE_DESC.match(text, h.span[1], rest_end)
        if m:
            out.append(
                Finding(
                    "conversion_artifact",
                    f"标题后的“{m.group(0).strip('，,。')}”是提纲模板的填写说明，请删除并写明实际情况。",
                    m.span(),
                    values={"artifact": m.group(0)},
                )
            )
    lines = text.split("\n")
    pos, prev = 0, ""
    for k, raw in enumerate(lines):
        line = raw.rstrip("\r")
        if _PAGE_NO.match(line) and not line.startswith("\t"):
            nxt = next((ln.rstrip("\r") for ln in lines[k + 1 : k + 20] if ln.strip()), "")
            in_table = prev.startswith("\t") or "｜" in prev or "|" in prev
            if not in_table and (len(prev.strip()) > 20 or not prev) and not _PAGE_NO.match(nxt):
                s = pos + len(line) - len(line.lstrip())
                out.append(
                    Finding(
                        "conversion_artifact",
                        f"单独一行的“{line.strip()}”像是页码，由文档转换带入，请删除。",
                        (s, s + len(line.strip())),
                        values={"artifact": line.strip()},
                    )
                )
        if line.strip():
            prev = line
        pos += len(raw) + 1
    return out
