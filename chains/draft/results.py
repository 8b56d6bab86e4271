"""What the scored table says about results, as report prose: a summary per group of indicators, the
shortfalls turned into 问题 skeletons with 【原因】 and 【措施】 slots, and the points lost (issue 13).

The per-indicator detail stays in the 自评表; the body says how many indicators were met and names the
largest shortfalls. Every number is one of the figures or computed from them by the rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from chains.figures import Figures
from chains.score import HUNDRED, ScoreRow, ScoreTable, q2
from chains.vocabulary import says_no_problem

MAX_NAMED = 3  # shortfalls named in a group's summary; the rest are counted
_ORDINALS = "一二三四五六七八九十"
GROUP_NAMES = {"outputs": "产出指标", "benefits": "效益指标", "satisfaction": "满意度指标", "other": "其他评价指标"}


def pct(value: Decimal | None) -> str | None:
    return None if value is None else f"{q2(value)}%"


def score_text(value: Decimal | None) -> str | None:
    return None if value is None else f"{q2(value)}"


def group_of(r: ScoreRow) -> str:
    l1, l2 = r.level1, r.level2
    if "产出" in l1:
        return "outputs"
    if "满意" in l1 or "满意" in l2:
        return "satisfaction"
    if "效益" in l1:
        return "benefits"
    if any(w in l2 for w in ("数量", "质量", "时效", "成本")):
        return "outputs"
    if "效益" in l2 or "影响" in l2:
        return "benefits"
    return "other"


def lost_points(r: ScoreRow) -> Decimal | None:
    if r.weight is None or r.score_used is None or r.score_used >= r.weight:
        return None
    return q2(r.weight - r.score_used)


def status(r: ScoreRow) -> str:
    """``short`` (target missed or points lost), ``met``, ``missing`` (no actual value) or ``unclear``."""
    if (r.completion is not None and r.completion < HUNDRED) or r.judgement in ("partly_achieved", "not_achieved"):
        return "short"
    if lost_points(r) is not None:
        return "short"
    if r.completion is not None or r.judgement == "achieved":
        return "met"
    if not r.actual:
        return "missing" if r.target else ("met" if r.score_used is not None and r.weight is not None else "unclear")
    return "met" if r.target and r.actual.strip() == r.target.strip() else "unclear"


def label(r: ScoreRow) -> str:
    path = "—".join(p for p in (r.level1, r.level2) if p)
    return f"{path}“{r.name}”" if path else f"“{r.name}”"


def _facts(r: ScoreRow) -> str:
    parts = []
    if r.target:
        parts.append(f"年度指标值{r.target}")
    if r.actual or r.target:  # scored process rows (决策, 管理 …) have neither
        parts.append(f"实际完成值{r.actual}" if r.actual else "实际完成值【待补充】")
    if r.completion is not None:
        parts.append(f"完成率{pct(r.completion)}")
    lost = lost_points(r)
    if lost is not None:
        parts.append(f"分值{score_text(r.weight)}分，得分{score_text(r.score_used)}分")
    return "，".join(parts)


def summary(rows: list[ScoreRow], group: str, *, first: bool = False) -> list[str]:
    """A group's results in prose: how many met, the largest shortfalls, over-achievement, missing values."""
    if not rows:
        return []
    name = GROUP_NAMES[group]
    states = [status(r) for r in rows]
    met, short = states.count("met"), [r for r, s in zip(rows, states, strict=True) if s == "short"]
    missing = [r for r, s in zip(rows, states, strict=True) if s == "missing"]
    out = []
    if len(rows) == 1:
        r = rows[0]
        if states[0] == "short":
            out.append(_short_sentence(r))
        else:
            out.append(f"{label(r)}：{_facts(r)}" + ("，达到年度指标值。" if states[0] == "met" else "。"))
    elif met == len(rows):
        out.append(f"{name}共{len(rows)}项，均达到年度指标值。")
    else:
        said = [f"{met}项达到年度指标值"] if met else []
        said += [f"{len(short)}项未达到"] if short else []
        said += [f"{len(missing)}项缺少实际完成值"] if missing else []
        out.append(f"{name}共{len(rows)}项，" + "，".join(said or ["完成情况待补充"]) + "。")
        ranked = sorted(short, key=lambda r: (-(lost_points(r) or 0), r.completion or HUNDRED))
        out += [_short_sentence(r) for r in ranked[:MAX_NAMED]]
        if len(ranked) > MAX_NAMED:
            out.append(f"另有{len(ranked) - MAX_NAMED}项未达到，详见附件自评表。")
    for r in rows:
        if "需说明偏差原因" in r.flags and r.deviation is not None and r.deviation > 0 and not r.deviation_note:
            out.append(f"{label(r)}实际完成值{r.actual}，超出年度指标值{pct(r.deviation)}，"
                       "【超额完成原因（是否目标设置偏低）：待补充】。")
    if missing and len(rows) > 1:
        out.append("待补充：" + "、".join(f"“{r.name}”" for r in missing) + "的实际完成值。")
    if first:
        out.append("各项指标的年度指标值、实际完成值和得分详见附件自评表。")
    return out


def _short_sentence(r: ScoreRow) -> str:
    verdict = "未达到年度指标值" if _missed(r) else "未得满分"
    cause = f"偏差原因：{r.deviation_note.rstrip('。')}。" if r.deviation_note else "偏差原因见“存在的问题”部分。"
    return f"{label(r)}{verdict}：{_facts(r)}。{cause}"


def _missed(r: ScoreRow) -> bool:
    return (r.completion is not None and r.completion < HUNDRED) or r.judgement in ("partly_achieved", "not_achieved")


@dataclass(frozen=True)
class Shortfall:
    problem: str  # the 问题 sentence with its figures and a cause (the user's or a 【原因】 slot)
    measure: str  # the matching 措施 slot
    lost: str | None  # "预算执行率−0.50分" for the 扣分 line


def shortfalls(table: ScoreTable, unit: str, annual: str | None, spent: str | None) -> list[Shortfall]:
    """Execution under 90% or above the budget, and each indicator below target or losing points."""
    out: list[Shortfall] = []
    ex = table.execution
    ex_lost = None
    scored_here = ex.weight_source != "none" and table.total_source != "components"  # else not part of the total
    if scored_here and ex.weight and ex.score_used is not None and ex.score_used < ex.weight:
        ex_lost = q2(ex.weight - ex.score_used)
    if ex.rate is not None and ex.rate < Decimal(90):
        facts = f"全年预算数{annual}，全年执行数{spent}，预算执行率{pct(ex.rate)}，低于90%"
        out.append(Shortfall(
            f"预算执行率偏低：{facts}" + (f"，扣{ex_lost}分" if ex_lost is not None else "") + "。【原因：待补充】",
            "针对预算执行率偏低的问题，【改进措施（如加快项目实施和资金支付进度）：待补充】。",
            f"预算执行率−{ex_lost}分" if ex_lost is not None else None,
        ))  # fmt: skip
    elif ex.rate is not None and ex.rate > HUNDRED:
        out.append(Shortfall(
            f"全年执行数{spent}超过全年预算数{annual}，预算执行率{pct(ex.rate)}。【原因：待补充】",
            "针对支出超过预算的问题，【改进措施（如严格按预算执行、规范预算调整程序）：待补充】。", None,
        ))  # fmt: skip
    elif ex_lost is not None:
        out.append(Shortfall(
            f"预算执行率{pct(ex.rate)}，部分预算资金未在年内支出，扣{ex_lost}分。【原因：待补充】",
            "针对预算资金未全部支出的问题，【改进措施：待补充】。", f"预算执行率−{ex_lost}分",
        ))  # fmt: skip
    for r in table.rows:
        if status(r) != "short":
            continue
        lost = lost_points(r)
        cause = f"原因：{r.deviation_note.rstrip('。')}。" if r.deviation_note else "【原因：待补充】"
        what = "未完成年度目标" if _missed(r) else "未得满分"
        facts = _facts(r) + (f"，扣{lost}分" if lost is not None else "")
        out.append(Shortfall(
            f"{label(r)}{what}：{facts}。{cause}",
            f"针对“{r.name}”{what}的问题，【改进措施：待补充】。",
            f"“{r.name}”−{lost}分" if lost is not None else None,
        ))  # fmt: skip
    return out


def lost_line(table: ScoreTable, found: list[Shortfall]) -> str | None:
    """扣分：预算执行率−0.50分；“检查次数”−5.00分。 — or what is still owed when the rows do not show it."""
    named = [s.lost for s in found if s.lost]
    if named:
        return "扣分：" + "；".join(named) + "。"
    if table.total is not None and table.total < HUNDRED and table.total_source != "components":
        return f"待补充：扣分指标及扣分原因（自评得分{score_text(table.total)}分，关键数据未列出扣分指标）。"
    return None


def enumerate_items(items: list[str]) -> list[str]:
    items = [s.strip() for s in items if s and s.strip()]
    if len(items) <= 1:
        return items
    return [f"{_ORDINALS[i] if i < len(_ORDINALS) else i + 1}是{s}" for i, s in enumerate(items)]


def problem_context(figures: Figures, table: ScoreTable, found: list[Shortfall]) -> dict[str, list[str]]:
    """``problems`` (the user's, then the shortfalls), ``problem_hints`` (never a bare 无 while points were
    lost), ``measures`` (the user's, else a 措施 slot per shortfall)."""
    stated = [s.strip() for s in (figures.problems or []) if s and s.strip()]
    nothing = bool(stated) and all(says_no_problem(s) for s in stated)
    own = [] if nothing else stated
    total_short = table.total is not None and table.total < HUNDRED
    problems = enumerate_items(own + [s.problem for s in found])
    hints: list[str] = []
    if nothing and not found and not total_short:
        problems = stated  # the figures say 无 and nothing in them contradicts it
    else:
        reasons = _reasons(table)
        if reasons and (nothing or (not stated and not found)):
            lead = "关键数据填报“暂无问题”" if nothing else "关键数据未列出存在的问题"
            hints.append(f"待核实：{lead}，但{'，'.join(reasons)}，应如实说明存在的问题及原因。")
        if not own:
            hints.append("待补充：存在的问题及原因（上述差距以外的其他问题，如有）。" if found
                         else "待补充：存在的问题及原因。")
    stated_measures = [m.strip() for m in (figures.measures or []) if m and m.strip()]
    if stated_measures and not all(says_no_problem(m) for m in stated_measures):
        measures = enumerate_items(stated_measures)
    else:
        measures = enumerate_items([s.measure for s in found])
    return {"problems": problems, "problem_hints": hints, "measures": measures}


def _reasons(table: ScoreTable) -> list[str]:
    reasons = []
    ex = table.execution
    if ex.rate is not None and ex.rate < HUNDRED:
        reasons.append(f"预算执行率为{pct(ex.rate)}")
    if table.total is not None and table.total < HUNDRED:
        reasons.append(f"自评得分为{score_text(table.total)}分")
    if any(status(r) == "short" for r in table.rows) or any(r.needs_explanation for r in table.rows):
        reasons.append("部分指标未完成或偏差较大")
    return reasons
