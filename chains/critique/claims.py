"""The critique's detectors of what a statement says (errors.md 25–27).

Effect claims with no figure (“显著提升” and nothing measured), statements that contradict each other
(a full score and a deduction, an execution rate above 100% praised as good planning, a target both
missed and exceeded) and indicators defined the wrong way (a quantity target written as an upper
bound, a cost cap above the budget, a satisfaction indicator that counts incidents). Pure: no I/O.
"""

from __future__ import annotations

import re
from decimal import Decimal

from chains.check.rules.base import Context, pct
from chains.critique.missing import sentences
from chains.findings import Finding
from chains.text.numbers import Mention, mentions_within
from chains.text.outline import Heading, split_sections
from chains.text.table_model import Table

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


def vague_claims(text: str, headings: list[Heading], mentions: list[Mention]) -> list[Finding]:
    skip = [s.span for s in split_sections(text) if s.section_type in ("suggestions", "problems", "goals")]
    out: list[Finding] = []
    for s, e in sentences(text):
        sent = text[s:e]
        hits = list(_VAGUE.finditer(sent))
        if not hits or any(a <= s < b for a, b in skip):
            continue
        if any(m.kind not in ("year", "date") for m in mentions_within(mentions, s, e)):
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


def contradictions(text: str, mentions: list[Mention]) -> list[Finding]:
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
    for s, e in sentences(text):
        sent = text[s:e]
        praise = _PRAISE.search(sent)
        if not praise or "执行率" not in sent:
            continue
        over = [m for m in mentions_within(mentions, s, e) if m.kind == "percent" and m.value > 100]
        if over:
            out.append(
                Finding(
                    "contradictory_statement",
                    f"预算执行率{pct(over[0])}超过100%，说明支出超出预算，不能作为“{praise.group(0)}”的依据。",
                    (s + praise.start(), s + praise.end()),
                    values={"rate": pct(over[0])},
                    related=(over[0].span,),
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


def indicator_definitions(text: str, ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    budget = _budget(ctx)
    for t in ctx.tables:
        if t.col("name") is None:
            continue
        out += _table_definitions(t, budget, ctx.mentions)
    return out


def _table_definitions(t: Table, budget: Decimal | None, mentions: list[Mention]) -> list[Finding]:
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
            start, end = target.span
            cap = next((m for m in mentions if start <= m.span[0] < end and m.kind == "money"), None)
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
