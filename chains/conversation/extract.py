"""Deterministic reading of one chat answer: the year, the figures its amounts state, indicator lines.

Pure and table-tested (``tests/test_chat.py``, ``tests/test_spoken_amounts.py``). Amounts are read by
``amounts.parse_amounts`` (spans into the answer, exact ``Decimal`` values, spoken forms such as
七十九万六 or 百分之九十三点六五) and placed by ``money.read_amounts``: a keyword in the same clause says
which figure an amount states (预算 / 到位 / 支出 / 中央 …); an approximation, a share, a negative or a
bare number is never guessed into a figure but returned as a question to confirm. Amounts are returned
in 万元, the unit of the figures schema.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from chains.conversation.amounts import parse_amounts
from chains.conversation.fields import (
    LABELS,
    MONEY_PATHS,
    Extraction,
    as_json_number,
    confirmation,
    fmt_money,
    get_path,
    has_value,
    money_display,
    set_path,
)
from chains.conversation.money import DEFAULT_MONEY_PATH, clauses, is_correction, quantity, read_amounts

__all__ = [
    "DEFAULT_MONEY_PATH",
    "FREE_TEXT_STEPS",
    "LABELS",
    "MONEY_PATHS",
    "Extraction",
    "as_json_number",
    "confirmation",
    "extract_figures",
    "fmt_money",
    "get_path",
    "has_value",
    "money_display",
    "parse_indicator_line",
    "set_path",
    "split_items",
    "is_filler",
    "unplaced_clauses",
]

FREE_TEXT_STEPS = {"content", "goals", "indicators", "problems", "measures"}

_ALL_RECEIVED = re.compile(r"(全部|全额|足额|全数|都|均|已)(已|经)?(资金)?(到位|到账|拨付|下达)|到位了?全部")
_ALL_SPENT = re.compile(
    r"(支出|花|用|执行|使用|支付)(完|光|掉了|完毕)|(全部|全额|都|均)(已)?(支出|花|用|执行|使用|支付)(完|了|完毕)?"
)
_NEGATION = re.compile(r"(未|没|没有|尚未|不|并未)$")
_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})\s*(?:年|年度)?(?![0-9])")


def extract_figures(text: str, step: str, known: dict[str, Any] | None = None) -> Extraction:
    """Figures stated in one free answer, given the question it answers (table-driven tests)."""
    known = known or {}
    ex = Extraction()
    _read_year(text, step, known, ex)
    # amounts are not read in free-text answers (“资金使用率达100%” in a goal is not a figure),
    # unless the answer corrects a figure (“支出写错了，是79.6万”)
    if step in FREE_TEXT_STEPS and not is_correction(text):
        return ex
    read_amounts(text, step, known, ex)
    money = [a.span[0] for a in parse_amounts(text) if a.kind == "money"]
    for cs, ce in clauses(text):
        clause = text[cs:ce]
        has_money = any(cs <= start < ce for start in money)
        # “全部到位” / “支出完了”: equal to the budget (or to what was received)
        if _ALL_RECEIVED.search(clause) and not has_money and not _negated(clause, _ALL_RECEIVED):
            ex.flags["received_all"] = True
        if _ALL_SPENT.search(clause) and not has_money:
            if not _negated(clause, _ALL_SPENT):
                ex.flags["spent_all"] = True
            else:
                ex.notes.append("资金未全部支出，请告诉我实际支出金额")
    return ex


#: a clause that says nothing to record: a yes, a hesitation, a connective
_FILLER = re.compile(
    r"^(?:好的?|对的?|是的?|嗯+|没错|谢谢(?:你|您)?|辛苦了|就这样|就这些|大概|差不多|应该是|可能|估计|好像|记不(?:太)?清了?|不太确定|"
    r"不确定|我想想|让我想想|这个|那个|然后|还有|另外|一共|总共|合计|总的来说|具体|其中|元|万元|块钱?)"
    r"[吧呢啊了哈。！!]*$"
)


def is_filler(text: str) -> bool:
    """Whether every clause of ``text`` is only a yes, a thanks, a hesitation or a connective."""
    return all(_FILLER.match(text[cs:ce].strip()) for cs, ce in clauses(text) if text[cs:ce].strip())


def unplaced_clauses(text: str, step: str) -> list[str]:
    """Clauses of an answer at an amount step that hold nothing the readers take: no number, no
    全部到位 / 支出完了, no figure named, not a yes or a hesitation — to be said back, never dropped."""
    out = []
    for cs, ce in clauses(text):
        clause = text[cs:ce].strip()
        if not clause or parse_amounts(clause) or _FILLER.match(clause):
            continue
        if _ALL_RECEIVED.search(clause) or _ALL_SPENT.search(clause) or quantity(clause, step) or is_correction(clause):
            continue
        out.append(clause)
    return out


def _read_year(text: str, step: str, known: dict[str, Any], ex: Extraction) -> None:
    if step != "year" and known.get("year"):
        return
    m = _YEAR.search(text)
    if m and (step == "year" or "年" in text[m.end(1) : m.end(1) + 1]):
        y = int(m.group(1))
        if 1990 <= y <= 2100:
            ex.updates["year"] = y
    elif step == "year":
        two = re.fullmatch(r"\s*([0-9]{2})\s*年?度?\s*", text)
        if two:
            guess = 2000 + int(two.group(1))
            ex.questions.append(confirmation("year", guess, f"您说的是 {guess} 年度吗？"))


def _negated(clause: str, pattern: re.Pattern[str]) -> bool:
    m = pattern.search(clause)
    return bool(m and _NEGATION.search(clause[: m.start()]))



# -- indicators and lists ---------------------------------------------------------------------

_IND_SPLIT = re.compile(
    r"\s*(?:[，,｜|\t；;]|\s{2,}|\s+(?=年度目标|目标|指标值|实际|完成值|分值|权重|得分|占))\s*"
    # a label run on without a separator (“群众满意度目标90%实际86%分值10分”): split before it
    r"|(?<=[^\s，,｜|；;])(?=(?:年度)?目标值?(?:是|为|[:：])?\s*[0-9０-９≥≤<>＞＜]"
    r"|实际(?:完成|达到)?(?:了|值)?(?:是|为|[:：])?\s*[0-9０-９]|(?:分值|权重)(?:是|为|[:：])?\s*[0-9])"
)
# A label counts only when a separator or the value itself follows it, so that an indicator
# whose name merely starts with 指标/完成/目标 (完成率, 指标ª) keeps its whole name.
_VALUE_NEXT = r"(?:[:：为是]\s*|\s+|(?=[0-9０-９.≥≤<>＜＞=＝不约]))"
_TARGET_KW = re.compile(r"^(年度)?(目标值?|指标值|计划)" + _VALUE_NEXT)
_ACTUAL_KW = re.compile(r"^(实际(完成|达到)?(了|值)?|完成(了|值|情况)?|达到了?)" + _VALUE_NEXT)
_WEIGHT_KW = re.compile(r"^(分值|权重|占)" + _VALUE_NEXT)
_SCORE_KW = re.compile(r"^得分" + _VALUE_NEXT)
_NAME_KW = re.compile(r"^(三级)?(指标(名称)?)(?:[:：为是]\s*|\s+)")
#: how a spoken line introduces or ends a name: 还有一个指标叫…, 第二个是…, …这个指标
_NAME_LEAD = re.compile(
    r"^(?=还有|另外|再|一个|第|下一个|指标)(?:还有|另外|再)?(?:一个|第[一二三四五六七八九十0-9]+个?|下一个)?(?:指标)?"
    r"(?:是|叫|叫做)\s*(?=\S)"
)
_NAME_TAIL = re.compile(r"(?:这个指标|这一项|这项指标|这项)$")
_VALUE_LEAD = re.compile(r"^(?:是|为|了|共|达到了?)\s*(?=\S)")


def parse_indicator_line(line: str) -> dict[str, Any] | None:
    """``培训人次，≥300人次，320人次，10分`` (or with 目标/实际/分值 labels) → an indicator row."""
    line = re.sub(r"^\s*(?:[0-9]+[.、)）]|[（(][0-9]+[)）])\s*", "", line.strip())
    if not line:
        return None
    parts = [p for p in _IND_SPLIT.split(line) if p]
    if len(parts) < 2:
        return None
    name = _NAME_TAIL.sub("", _NAME_LEAD.sub("", _NAME_KW.sub("", parts[0]).strip())).strip()
    row: dict[str, Any] = {"name": name}
    positional: list[str] = []
    for part in parts[1:]:
        if _TARGET_KW.match(part):
            row["target"] = _VALUE_LEAD.sub("", _TARGET_KW.sub("", part))
        elif _ACTUAL_KW.match(part):
            row["actual"] = _VALUE_LEAD.sub("", _ACTUAL_KW.sub("", part))
        elif _WEIGHT_KW.match(part):
            row["weight"] = _points(_WEIGHT_KW.sub("", part))
        elif _SCORE_KW.match(part):
            row["score"] = _points(_SCORE_KW.sub("", part))
        else:
            positional.append(part)
    for part in positional:
        if "target" not in row:
            row["target"] = part
        elif "actual" not in row:
            row["actual"] = part
        elif "weight" not in row and _points(part) is not None:
            row["weight"] = _points(part)
        elif "score" not in row and _points(part) is not None:
            row["score"] = _points(part)
    if not row["name"] or "target" not in row:
        return None
    if row.get("weight") is None:
        row.pop("weight", None)
    if row.get("score") is None:
        row.pop("score", None)
    if "满意" in row["name"]:
        row.setdefault("level1", "满意度指标")
    return row


def _points(text: str) -> int | float | None:
    m = re.fullmatch(r"\s*([0-9]+(?:\.[0-9]+)?)\s*分?\s*", text)
    return as_json_number(Decimal(m.group(1))) if m else None


def split_items(text: str) -> list[str]:
    """``1. 宣传不足；2. 进度偏慢`` → ["宣传不足", "进度偏慢"]."""
    items = []
    for part in re.split(r"[；;\n]+|(?<=。)", text):
        part = re.sub(r"^\s*(?:[0-9]+[.、)）]|[（(][0-9一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)\s*", "", part)
        part = part.strip().rstrip("。")
        if part:
            items.append(part)
    return items
