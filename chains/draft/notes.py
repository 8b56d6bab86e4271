"""Reviewer notes kept apart from the report body (issue 13): the 审核意见 list.

``review_notes(figures, table)`` lists what the drafter could not settle from the figures — weights or
totals that do not add up, stated scores against the rules, amounts that disagree — each as
“待核实：…”, and the figures it did not use as “未使用的数据：…”. The notes are returned with the draft,
printed on stderr by ``report-assistant draft``, written as an appendix page of the .docx and kept in the
run record; they never enter the body the checker reads.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from chains.draft.funds import COMPONENT_KEYS, METADATA_KEYS, component_parts, number_text, spent_by_source
from chains.figures import Figures, Indicator, dec
from chains.score import ScoreTable, q2

# Problem codes that must be verified before the report is submitted (the figures disagree with
# themselves or the rules).
_VERIFY_CODES = {
    "weight_sum_mismatch", "score_sum_mismatch", "grade_mismatch", "score_exceeds_weight",
    "score_rule_mismatch", "implausible_rate", "balance_mismatch",
}  # fmt: skip
#: row flags the body already answers (a 【原因】 slot, 待补充 of a missing value, the over-achievement line)
_SAID_IN_BODY = ("需说明偏差原因", "缺少实际完成值", "缺少年度指标值", "超额完成")
#: top-level fields the drafter writes besides those of the figures model
_WRITTEN_EXTRAS = frozenset({"components", "spent_by_source"})
_CJK = re.compile(r"[\u4e00-\u9fff]")
VALUE_CHARS = 60  # an unused value is quoted up to this length


def _score(value: Decimal | None) -> str:
    return "—" if value is None else f"{q2(value)}"


def to_verify(table: ScoreTable) -> list[str]:
    """The table-wide problems to verify: weights, totals, the grade (one sentence each)."""
    out = []
    for p in table.problems:
        if p.code in _VERIFY_CODES and p.severity in ("error", "warning") and not p.field.startswith("indicators["):
            if p.code == "grade_mismatch":  # the draft states one grade only: the user's, flagged here
                out.append(f"评价等级“{table.grade_stated}”与自评总分{_score(table.total)}分所在等级不符，请按评分等级核实。")
            elif p.code == "score_sum_mismatch" and "分值合计" not in p.message:  # one total only: the user's
                out.append(f"自评总分{_score(table.total)}分与表内各项得分之和不一致，请核实总分或补全各项得分。")
            elif p.field.startswith("budget"):
                continue  # said once, with the amounts, by ``funds_checks``
            else:
                out.append(p.message.rstrip("。") + "。")
    if table.grade_stated and table.total is None:
        out.append(f"填报的评价等级“{table.grade_stated}”缺少自评总分，无法核实。")
    out += [f"{p.message}。" for p in table.problems if p.code == "total_rounded"]  # 98 written as 97.60
    return out


def funds_checks(figures: Figures, table: ScoreTable) -> list[str]:
    ex = table.execution
    unit = figures.money_unit
    out = []
    if ex.annual == 0:
        out.append("全年预算数为0，预算执行率无法计算。")
    if ex.rate is not None and ex.rate > 100:
        out.append("全年执行数超过全年预算数，预算执行率超过100%，请核实数据并说明原因。")
    if ex.received is not None and ex.spent is not None and ex.spent > ex.received:
        out.append("全年执行数大于实际到位资金，请核实。")
    if ex.received is not None and ex.annual is not None and ex.received > ex.annual:
        out.append("实际到位资金大于全年预算数，到位率超过100%，请核实。")
    if figures.sources is not None and ex.annual is not None:
        parts = [dec(v) for v in figures.sources.model_dump(exclude_unset=True).values()
                 if isinstance(v, int | float) and not isinstance(v, bool)]
        total = sum((p for p in parts if p is not None), Decimal(0))
        if parts and total != ex.annual:
            out.append(f"各资金来源合计{number_text(total)}{unit}，与全年预算数{number_text(ex.annual)}{unit}不一致。")
    why = spent_by_source(figures)[2]
    if why:
        out.append(f"{why}，未写入报告。")
    part_note = component_parts(figures, table).get("component_note")
    if part_note:
        out.append(f"{part_note}。")
    if ex.weight_source == "rules" and ex.weight:
        out.append(f"关键数据未给出预算执行率的分值，自评表按常规计{_score(ex.weight)}分，请按本地评分办法核实。")
    return out


def row_checks(table: ScoreTable) -> list[str]:
    out = []
    for r in table.rows:
        for flag in r.flags:
            if not flag.startswith(_SAID_IN_BODY):
                out.append(f"“{r.name}”：{flag.rstrip('。')}。")
    return out


def review_notes(figures: Figures, table: ScoreTable) -> list[str]:
    """Every note to the drafter, 待核实 first, then the data not used."""
    notes = [f"待核实：{n}" for n in to_verify(table) + funds_checks(figures, table) + row_checks(table)]
    unused = unused_data(figures)
    if unused:
        notes.append("未使用的数据：" + "；".join(unused) + "。这些数据未写入报告，如需使用，请在相应章节补充。")
    return notes


# -- fields the drafter does not know ---------------------------------------------------------------


def _value(v: Any) -> str:
    if isinstance(v, dict):
        text = "、".join(f"{k}{_value(x)}" for k, x in v.items())
    elif isinstance(v, list):
        text = "、".join(_value(x) for x in v)
    elif isinstance(v, bool) or v is None:
        text = str(v)
    elif isinstance(v, int | float):
        text = str(v)
    else:
        text = str(v).strip()
    return text if len(text) <= VALUE_CHARS else text[: VALUE_CHARS - 1] + "…"


def extra_facts(figures: Figures) -> list[dict[str, str]]:
    """Unknown top-level fields the user named in Chinese with one number or short text: written as they
    are (“签约服务户数12850”), since the name says what the value is."""
    out = []
    for key, v in (figures.model_extra or {}).items():
        if key in METADATA_KEYS or key in _WRITTEN_EXTRAS or not _CJK.search(key):
            continue
        if isinstance(v, int | float) and not isinstance(v, bool):
            out.append({"name": key, "value": str(v)})
        elif isinstance(v, str) and v.strip() and len(v) <= VALUE_CHARS:
            out.append({"name": key, "value": v.strip()})
    return out


def unused_data(figures: Figures) -> list[str]:
    """Every field of the figures the draft does not use, as “名称（值）”."""
    written = {f["name"] for f in extra_facts(figures)}
    out = [f"{k}（{_value(v)}）" for k, v in (figures.model_extra or {}).items()
           if k not in METADATA_KEYS and k not in _WRITTEN_EXTRAS and k not in written]
    extra = figures.model_extra or {}
    for name in ("budget", "sources"):
        part = getattr(figures, name)
        for k, v in ((part.model_extra or {}).items() if part is not None else ()):
            if name == "budget" or not (isinstance(v, int | float) and not isinstance(v, bool)):
                out.append(f"{name}.{k}（{_value(v)}）")
    for i, ind in enumerate(figures.indicators or []):
        out += [f"第{i + 1}个指标“{ind.name}”的{k}（{_value(v)}）" for k, v in (ind.model_extra or {}).items()
                if k not in Indicator.model_fields]
    by_source = extra.get("spent_by_source")
    if by_source is not None and not isinstance(by_source, dict):
        out.append(f"spent_by_source（{_value(by_source)}）")
    elif isinstance(by_source, dict):
        out += [f"spent_by_source.{k}（{_value(v)}）" for k, v in by_source.items()
                if not (isinstance(v, int | float) and not isinstance(v, bool))]
    parts = extra.get("components")
    if isinstance(parts, list):
        for p in parts:
            if isinstance(p, dict):
                out += [f"components“{p.get('name', '')}”的{k}（{_value(v)}）" for k, v in p.items() if k not in COMPONENT_KEYS]
            else:
                out.append(f"components（{_value(p)}）")
    elif isinstance(parts, dict):
        out += [f"components.{k}（{_value(v)}）" for k, v in parts.items()
                if not (isinstance(v, int | float) and not isinstance(v, bool))]
    elif parts is not None:
        out.append(f"components（{_value(parts)}）")
    return out
