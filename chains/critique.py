"""The reviewer's critique: the number checker's findings plus quality warnings (errors.md codes 15–27).

``critique(text, figures=None, corpus_texts=None) -> CheckResult`` runs ``chains.check.check`` and adds
what a reviewer sees that is not arithmetic: missing figures and sections, broken heading numbering,
Word/PDF residue and template text, boilerplate repeated within the report or copied from other reports,
effect claims with no figure, statements that contradict each other, indicators defined the wrong way.
These are all ``warning`` (or ``info``) severity, never ``error``: they never touch the checker's
precision. ``outline_coverage(text)`` tells the app which standard sections are present, missing or empty.
Pure: no I/O; spans are offsets into ``text`` exactly as given.
"""

from __future__ import annotations

import hashlib
import re
import sys
from bisect import bisect_right, insort
from collections.abc import Iterable, Mapping
from decimal import Decimal
from functools import lru_cache
from typing import Any

from .check import check
from .figures import Figures
from .findings import CheckResult, Finding
from .numbers import extract_numbers
from .outline import Heading, numbering_issues, parse_headings, split_sections, title_types
from .rules_base import Context, build_context, pct
from .table_rows import Table, find_tables

__all__ = ["critique", "outline_coverage", "STANDARD_SECTIONS"]

#: The minimum content of a self-evaluation report (rules.md §2), in order, with Chinese names.
STANDARD_SECTIONS: tuple[tuple[str, str], ...] = (
    ("overview", "项目概况"),
    ("basis", "立项依据"),
    ("goals", "绩效目标"),
    ("funds", "资金情况（预算、到位、执行）"),
    ("financial_management", "财务管理情况"),
    ("implementation", "组织实施及项目管理"),
    ("outputs", "产出（完成）情况"),
    ("benefits", "效益情况"),
    ("satisfaction", "满意度情况"),
    ("conclusion", "自评结论（总分和等级）"),
    ("problems", "存在的问题"),
    ("suggestions", "改进措施和建议"),
    ("table", "项目支出绩效自评表"),
)
_NAMES = dict(STANDARD_SECTIONS)

#: Sections whose absence is a warning when the text does not cover them elsewhere either; the pattern
#: is the evidence that the content is there without its own heading.
_REQUIRED: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("overview", "basis"), "项目概况", r"项目|单位"),
    (("goals",), "绩效目标", r"目标"),
    (("funds",), "资金情况", r"预算|资金|经费"),
    (("financial_management", "implementation"), "资金管理和组织实施", r"管理|组织|实施|监管|核算|专款专用"),
    (("outputs", "benefits", "satisfaction"), "绩效完成情况", r"完成|产出|效益|实现"),
    (("conclusion",), "自评结论", r"自评得分|总分|得分|等级|评价结论|自评结论|综合评价|评价为"),
    (("problems",), "存在的问题", r"问题|不足|差距|不够|不完善|有待|偏低|滞后|薄弱|单一"),
    (("suggestions",), "改进措施和建议", r"建议|改进|整改|下一步|措施"),
)

_PUNCT_WS = re.compile(r"[\s\u3000\xa0。，,、；;：:！!？?“”\"'‘’（）()《》【】\[\]—\-…·.]+")
_BOOKMARK = re.compile(r"\[bookmark:[^\]\n]*\]")
# "，主要包括项目招投标、调整、竣工验收等情况。": the outline template's description of a section
_TEMPLATE_DESC = re.compile(r"[，,][ \t\u3000]*(?:主要)?包括[^。\n]{0,80}(?:[。.]|(?=\n)|$)")
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
_VAGUE = re.compile(
    r"(?:显著|明显|大幅度?|大大|极大地?|有效|全面|稳步)"
    r"(?:地)?(?:提升|提高|改善|降低|下降|减少|缩短|增强|增加|好转|优化|加快)"
    r"|(?:提升|提高|改善|降低|下降|减少|缩短|增强|增加)(?:显著|明显|幅度较大)"
)
_FUTURE = re.compile(r"(?:将|要|力争|确保|进一步|争取|以便|以期|有助于|未|没有|不)\S{0,2}$")
_FULL_SCORE = re.compile(r"(?:(?<![\d.])100(?:\.0+)?\s*分|(?:得|获得?|取得)满分)")
_MAX_SCORE_WORDS = re.compile(r"(?:满分|总分|分值|权重|合计|共计|满分为|总分为)\s*(?:为|是)?\s*$")
_ANY_SCORE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*分(?![钟之别期])")
_SCORE_HIT = re.compile(r"分数受到[^。\n]{0,6}影响|(?:被)?扣(?:除)?[^。\n]{0,3}分|失分|丢分|未(?:能)?得满分")
_NOT_MET_BUT_OVER = re.compile(
    r"未(?:能)?(?:达到|完成|实现)[^。\n；;]{0,12}?[，,]?[^。\n；;]{0,6}?超额完成[^。\n；;，,]{0,12}"
)
_PRAISE = re.compile(
    r"(?:较强|很强|良好|较好|合理|科学)的?(?:计划性|执行能力|执行力)|执行(?:情况|进度)(?:良好|较好|正常)"
)
_CLAIM_WORDS = re.compile(r"满意|好评|认可|知晓|合格率|优良率|达标率")


def critique(
    text: str,
    figures: Figures | dict[str, Any] | None = None,
    corpus_texts: Mapping[str, str] | None = None,
) -> CheckResult:
    """The checker's findings on ``text`` plus the quality warnings of a reviewer."""
    base = check(text, figures)
    ctx = build_context(text)
    headings = parse_headings(text)
    found: list[Finding] = list(base.findings)
    found += _missing_figures(text, ctx, headings)
    found += _grade_without_score(text, ctx)
    found += _missing_sections(text, headings)
    found += _heading_numbering(text)
    found += _conversion_artifacts(text, headings)
    found += _boilerplate(text, headings, corpus_texts or {})
    found += _vague_claims(text, headings)
    found += _contradictions(text)
    found += _indicator_definitions(text, ctx)
    return CheckResult(text, _dedupe(found, len(text)))


# -- outline coverage -------------------------------------------------------------------------------


def _subtree_end(headings: list[Heading], k: int, n: int) -> int:
    """Where the section of heading ``k`` ends: at the next heading of the same or a higher level."""
    level = headings[k].level
    for h in headings[k + 1 :]:
        if h.level <= level:
            return h.span[0]
    return n


def _is_empty_body(body: str) -> bool:
    body = _BOOKMARK.sub("", body)
    m = _TEMPLATE_DESC.match(body)
    body = body[m.end() :] if m else body
    return len(_PUNCT_WS.sub("", body)) == 0


def _heading_states(text: str, headings: list[Heading]) -> list[tuple[Heading, bool]]:
    """Each heading with whether its section (incl. sub-sections) has any content."""
    out: list[tuple[Heading, bool]] = []
    for k, h in enumerate(headings):
        end = _subtree_end(headings, k, len(text))
        # sub-headings alone are not content: keep the text between them
        pieces, pos = [], h.span[1]
        for sub in headings[k + 1 :]:
            if sub.span[0] >= end:
                break
            pieces.append(text[pos : sub.span[0]])
            pos = sub.span[1]
        pieces.append(text[pos:end])
        out.append((h, not all(_is_empty_body(p) for p in pieces)))
    return out


_COMBINED = frozenset({"problems", "suggestions", "conclusion"})


def outline_coverage(text: str) -> list[dict[str, Any]]:
    """For each standard section type: ``present`` / ``empty`` / ``missing``, with the heading found.

    Each dict: ``section_type``, ``name`` (Chinese), ``status``, ``heading`` (title as written or ""),
    ``span`` (``[start, end)`` of that heading or None), ``mentioned`` (for a missing section: whether the
    text covers it without a heading of its own, e.g. the funds figures inside 项目概况).
    """
    # numbered list items (level 3–4 with long titles) do not make a section
    states = [
        (h, f) for h, f in _heading_states(text, parse_headings(text)) if h.level <= 2 or len(h.title) <= 15
    ]
    states.sort(key=lambda hf: (hf[0].level, hf[0].span[0]))
    out: list[dict[str, Any]] = []
    for kind, name in STANDARD_SECTIONS:
        own = [(h, full) for h, full in states if h.section_type == kind]
        if not own and kind in _COMBINED:  # "存在的问题及改进措施" covers the suggestions too
            own = [(h, full) for h, full in states if kind in title_types(h.title)]
        if not own and kind == "table":
            tables = [
                t
                for t in find_tables(text)
                if {"target", "actual"} <= set(t.roles.values())
                or {"weight", "score"} <= set(t.roles.values())
            ]
            if tables:
                out.append(
                    {
                        "section_type": kind,
                        "name": name,
                        "status": "present",
                        "heading": "",
                        "span": list(tables[0].span),
                        "mentioned": True,
                    }
                )
                continue
        if own:
            h, _ = next(((h, f) for h, f in own if f), own[0])
            status = "present" if any(f for _, f in own) else "empty"
            out.append(
                {
                    "section_type": kind,
                    "name": name,
                    "status": status,
                    "heading": h.title,
                    "span": [h.span[0], h.span[1]],
                    "mentioned": True,
                }
            )
        else:
            out.append(
                {
                    "section_type": kind,
                    "name": name,
                    "status": "missing",
                    "heading": "",
                    "span": None,
                    "mentioned": _mentioned(text, kind),
                }
            )
    return out


def _mentioned(text: str, kind: str) -> bool:
    for kinds, _, pattern in _REQUIRED:
        if kind in kinds:
            return re.search(pattern, text) is not None
    return False


def _whole_report(headings: list[Heading]) -> bool:
    """Document-level gaps are judged only on a whole report (≥ 2 first-level headings), not on a
    pasted paragraph."""
    return sum(1 for h in headings if h.level == 1) >= 2


def _missing_sections(text: str, headings: list[Heading]) -> list[Finding]:
    out: list[Finding] = []
    states = _heading_states(text, headings)
    for h, full in states:
        # numbered list items (1、… （1）…) are not sections; only 一、 and （一） level headings must have a body
        if not full and h.level <= 2:
            out.append(
                Finding(
                    "missing_section",
                    f"标题“{h.title}”下没有内容，请补写该部分或删除标题。",
                    h.span,
                    values={"heading": h.title},
                )
            )
    if not _whole_report(headings):
        return out
    covered = {k for h, f in states for k in title_types(h.title) | {h.section_type}}
    for kinds, name, pattern in _REQUIRED:
        if covered & set(kinds) or re.search(pattern, text):
            continue
        out.append(
            Finding(
                "missing_section",
                f"报告缺少“{name}”部分，正文也未述及，请按标准提纲补充。",
                (0, 0),
                values={"section": name},
            )
        )
    return out


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


def _missing_figures(text: str, ctx: Context, headings: list[Heading]) -> list[Finding]:
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
    if missing and _whole_report(headings):
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


def _grade_without_score(text: str, ctx: Context) -> list[Finding]:
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


def _heading_numbering(text: str) -> list[Finding]:
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


def _conversion_artifacts(text: str, headings: list[Heading]) -> list[Finding]:
    out: list[Finding] = []
    marks = [m.span() for m in _BOOKMARK.finditer(text)]
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
        m = _TEMPLATE_DESC.match(text, h.span[1], rest_end)
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


# -- boilerplate ------------------------------------------------------------------------------------


#: full-width ASCII forms → ASCII (what NFKC does to report text, at str.translate speed)
_HALF_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


_FULL_WIDTH = re.compile("[\uff01-\uff5e\u3000]")


def _norm(s: str) -> str:
    """Text for hashing: no bookmarks, punctuation or blanks; full-width letters and digits as ASCII."""
    if "[bookmark" in s:
        s = _BOOKMARK.sub("", s)
    s = _PUNCT_WS.sub("", s)
    return s.translate(_HALF_WIDTH) if _FULL_WIDTH.search(s) else s


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (sorted, non-overlapping)."""
    k = bisect_right(spans, (pos, sys.maxsize)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _units(text: str, headings: list[Heading]) -> list[tuple[tuple[int, int], str, bool]]:
    """Clauses outside headings: (span, normalised text, is a figure-bearing claim such as "满意度95%")."""
    heading_spans = sorted(h.span for h in headings)
    out: list[tuple[tuple[int, int], str, bool]] = []
    for m in re.finditer(r"[^。！？!?；;\n：:，,]+", text):
        s, e = m.span()
        while s < e and text[s] in " \t\u3000":
            s += 1
        if _inside(s, heading_spans):
            continue
        norm = _norm(text[s:e])
        if len(norm) < 4:
            continue
        claim = bool(re.search(r"\d", norm)) and "%" in text[s:e] and bool(_CLAIM_WORDS.search(norm))
        out.append(((s, e), norm, claim))
    return out


def _hash(s: str) -> str:
    return hashlib.blake2b(s.encode("utf-8"), digest_size=8).hexdigest()


@lru_cache(maxsize=1024)
def _corpus_hashes(other: str) -> tuple[str, frozenset[str]]:
    """Hash of the whole normalised report and of its clauses (cached: the app passes the same corpus
    on every critique)."""
    return _hash(_norm(other)), frozenset(_hash(n) for _, n, _ in _units(other, parse_headings(other)))


BOILERPLATE_MIN = 30  # normalised characters (errors.md #24)
SAME_REPORT_SHARE = 0.8  # a corpus report sharing this much of the text is a version of the same report


def _boilerplate(text: str, headings: list[Heading], corpus: Mapping[str, str]) -> list[Finding]:
    """Clauses of ≥ 30 characters repeated in the report; runs of clauses (≥ 30 characters together,
    or a figure-bearing claim) identical to another report of ``corpus``."""
    units = _units(text, headings)
    out: list[Finding] = []
    first: dict[str, tuple[int, int]] = {}
    heading_spans = sorted(h.span for h in headings)
    sentences = [
        (span, _norm(text[span[0] : span[1]]))
        for span in _sentences(text)
        if not _inside(span[0], heading_spans)
    ]
    reported: list[
        tuple[int, int]
    ] = []  # sentences first, then clauses: a clause is skipped inside a reported sentence
    for span, norm in [*sentences, *((u[0], u[1]) for u in units)]:
        if len(norm) < BOILERPLATE_MIN:
            continue
        h = _hash(norm)
        if h not in first:
            first[h] = span
        elif first[h] != span and not _inside(span[0], reported):
            insort(reported, span)
            out.append(
                Finding(
                    "boilerplate_text",
                    "这句话在本报告中重复出现，请删去重复或写出各部分的具体内容。",
                    span,
                    related=(first[h],),
                )
            )
    own = _hash(_norm(text))
    unit_hashes = [_hash(u[1]) for u in units]
    total = sum(len(u[1]) for u in units) or 1
    for name, other in corpus.items():
        if not other:
            continue
        whole, hashes = _corpus_hashes(other)
        if whole == own or hashes.isdisjoint(unit_hashes):
            continue
        shared = sum(len(u[1]) for u, uh in zip(units, unit_hashes, strict=True) if uh in hashes)
        if shared >= SAME_REPORT_SHARE * total:
            continue  # another copy or version of this very report, not a different project
        run: list[tuple[tuple[int, int], str, bool]] = []
        for unit, uh in [*zip(units, unit_hashes, strict=True), (((len(text), len(text)), "", False), "")]:
            hit = bool(unit[1]) and uh in hashes
            if hit and (not run or not _norm(text[run[-1][0][1] : unit[0][0]])):
                run.append(unit)
                continue
            if run and (sum(len(u[1]) for u in run) >= BOILERPLATE_MIN or any(u[2] for u in run)):
                s, e = run[0][0][0], run[-1][0][1]
                out.append(
                    Finding(
                        "boilerplate_text",
                        f"这段文字与另一份报告《{name}》完全相同，请写出本项目的实际情况。",
                        (s, e),
                        values={"source": name},
                    )
                )
            run = [unit] if hit else []
    return out


# -- claims and contradictions ----------------------------------------------------------------------


_SENTENCE = re.compile(r"[^。！？!?；;\n]+")


def _sentences(text: str) -> Iterable[tuple[int, int]]:
    return (m.span() for m in _SENTENCE.finditer(text))


def _vague_claims(text: str, headings: list[Heading]) -> list[Finding]:
    skip = [s.span for s in split_sections(text) if s.section_type in ("suggestions", "problems", "goals")]
    out: list[Finding] = []
    for s, e in _sentences(text):
        sent = text[s:e]
        hits = list(_VAGUE.finditer(sent))
        if not hits or any(a <= s < b for a, b in skip):
            continue
        if any(m.kind not in ("year", "date") for m in extract_numbers(sent)):
            continue
        for m in hits:
            if _FUTURE.search(sent[max(0, m.start() - 4) : m.start()]):
                continue
            out.append(
                Finding(
                    "vague_claim",
                    f"“{m.group(0)}”是效果判断，但这句话没有给出数据，请写明变化前后的具体数值。",
                    (s + m.start(), s + m.end()),
                    values={"claim": m.group(0)},
                )
            )
    return out


def _contradictions(text: str) -> list[Finding]:
    out: list[Finding] = []
    for m in _SCORE_HIT.finditer(text):
        window_start = max(0, m.start() - 200)
        para_start = text.rfind("\n", 0, m.start()) + 1
        full = [
            f
            for f in _FULL_SCORE.finditer(text, max(window_start, para_start), m.start())
            if not _MAX_SCORE_WORDS.search(
                text[max(0, f.start() - 6) : f.start()]
            )  # 满分100分 is the maximum
        ]
        # the full score must be the last score stated before the hit ("得分100分…扣5分" vs "得分95分，扣5分")
        if full and not _ANY_SCORE.search(text, full[-1].end(), m.start()):
            f = full[-1]
            out.append(
                Finding(
                    "contradictory_statement",
                    f"前文说得分为“{f.group(0).strip()}”（满分），这里又说“{m.group(0)}”，两者矛盾。",
                    m.span(),
                    values={"score": f.group(0).strip()},
                    related=(f.span(),),
                )
            )
    for s, e in _sentences(text):
        sent = text[s:e]
        praise = _PRAISE.search(sent)
        if not praise or "执行率" not in sent:
            continue
        over = [m for m in extract_numbers(sent) if m.kind == "percent" and m.value > 100]
        if over:
            out.append(
                Finding(
                    "contradictory_statement",
                    f"预算执行率{pct(over[0])}超过100%，说明支出超出预算，不能作为“{praise.group(0)}”的依据。",
                    (s + praise.start(), s + praise.end()),
                    values={"rate": pct(over[0])},
                    related=((s + over[0].span[0], s + over[0].span[1]),),
                )
            )
    for m in _NOT_MET_BUT_OVER.finditer(text):
        out.append(
            Finding(
                "contradictory_statement",
                f"“{m.group(0)}”：既说未达到目标，又说超额完成，两者矛盾。",
                m.span(),
            )
        )
    return out


# -- indicator definitions --------------------------------------------------------------------------

_UPPER = re.compile(r"^\s*(?:≤|<=|＜＝|＜=|<＝|<|＜|不超过|不高于|小于|低于|以内)")


def _budget(ctx: Context) -> Decimal | None:
    for q in ("annual_budget", "approved_budget", "initial_budget"):
        vals = [lk.mention.value for lk in ctx.linked if lk.quantity == q and lk.mention.kind == "money"]
        if vals:
            return max(vals)
    return None


def _indicator_definitions(text: str, ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    budget = _budget(ctx)
    for t in ctx.tables:
        if t.col("name") is None:
            continue
        out += _table_definitions(t, budget)
    return out


def _table_definitions(t: Table, budget: Decimal | None) -> list[Finding]:
    out: list[Finding] = []
    level1 = level2 = ""
    for row in t.data_rows():
        c1, c2 = t.cell(row, "level1"), t.cell(row, "level2")
        level1 = c1.text if c1 is not None and c1.text else level1
        level2 = c2.text if c2 is not None and c2.text else level2
        name, target = t.cell(row, "name"), t.cell(row, "target")
        if name is None or not name.text:
            continue
        levels = level1 + level2
        if (
            "满意" in levels
            and "满意" not in name.text
            and re.search(r"\d+\s*(?:起|件|宗|例)|案件|事故", name.text)
        ):
            out.append(
                Finding(
                    "indicator_definition",
                    f"满意度指标“{name.text}”衡量的是案件或事故件数，而不是服务对象满意度，指标设置不当。",
                    name.span,
                    values={"indicator": name.text},
                )
            )
        if target is None or not target.text:
            continue
        reverse = re.search(r"事故|投诉|违规|违纪|差错|死亡|伤亡|发生|失误|超标|逾期", name.text)
        if "数量" in level2 and _UPPER.match(target.text) and not reverse:
            out.append(
                Finding(
                    "indicator_definition",
                    f"数量指标“{name.text}”的目标值“{target.text}”是上限，产出数量指标应设下限（≥）。",
                    target.span,
                    values={"indicator": name.text, "target": target.text},
                )
            )
        if "成本" in level2 and _UPPER.match(target.text) and budget is not None:
            cap = next((m for m in extract_numbers(target.text) if m.kind == "money"), None)
            if cap is not None and cap.value > budget:
                out.append(
                    Finding(
                        "indicator_definition",
                        f"成本指标“{name.text}”的上限{target.text.strip()}高于项目预算{budget}万元，起不到控制作用。",
                        target.span,
                        values={"indicator": name.text, "target": target.text, "budget": f"{budget}万元"},
                    )
                )
    return out


def _dedupe(findings: list[Finding], n: int) -> list[Finding]:
    seen: set[tuple[str, int, int, str]] = set()
    out: list[Finding] = []
    for f in findings:
        key = (f.code, f.span[0], f.span[1], f.message)
        if key in seen or f.span[1] > n:
            continue
        seen.add(key)
        out.append(f)
    return out
