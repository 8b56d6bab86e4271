"""Deterministic reading of one chat answer: numbers, which quantity each states, indicator lines.

Pure and table-tested (``tests/test_chat.py``). Numbers come from the checker's ``extract_numbers``
(spans into the answer, exact ``Decimal`` values); a keyword in the same clause says which figure a
number states (预算 / 到位 / 支出 / 中央 …); a bare number is never guessed into a unit but returned as
a question to confirm. Amounts are returned in 万元, the unit of the figures schema.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

FREE_TEXT_STEPS = {"content", "goals", "indicators", "problems", "measures"}
#: the figure a bare amount answers, by the question being asked
DEFAULT_MONEY_PATH = {"budget": "budget.annual", "received": "budget.received", "spent": "budget.spent"}

LABELS: dict[str, str] = {
    "project_name": "项目名称",
    "year": "评价年度",
    "department": "主管部门/实施单位",
    "budget.initial": "年初预算数",
    "budget.annual": "全年预算数",
    "budget.received": "实际到位资金",
    "budget.spent": "全年执行数",
    "sources": "资金来源",
    "sources.central": "中央资金",
    "sources.provincial": "省级资金",
    "sources.municipal": "市级资金",
    "sources.county": "县区级资金",
    "sources.carryover": "上年结转资金",
    "sources.other": "其他资金",
    "goals": "年度总体目标",
    "indicators": "绩效指标",
    "problems": "存在的问题",
    "content": "项目主要内容",
    "measures": "改进措施",
}
MONEY_PATHS = {p for p in LABELS if p.startswith(("budget.", "sources."))}


def has_value(figures: dict[str, Any], path: str) -> bool:
    value = get_path(figures, path)
    if path in ("problems", "measures"):
        return value is not None  # [] means “none”, an answer
    if isinstance(value, dict):
        return any(v is not None for v in value.values())
    return value not in (None, "", [])



def get_path(figures: dict[str, Any], path: str) -> Any:
    cur: Any = figures
    for part in path.split("."):
        if not isinstance(cur, dict):
            return None
        cur = cur.get(part)
    return cur


def set_path(figures: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    cur = figures
    for part in parts[:-1]:
        nxt = cur.get(part)
        if not isinstance(nxt, dict):
            nxt = {}
            cur[part] = nxt
        cur = nxt
    cur[parts[-1]] = value


# -- numbers ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Num:
    """A number found in an answer: span into the answer, value, unit as written (None if bare)."""

    span: tuple[int, int]
    raw: str
    value: Decimal
    unit: str | None
    kind: str  # money | percent | score | count | year | date | bare


_MONEY_FACTOR = {"元": Decimal("0.0001"), "万元": Decimal(1), "万": Decimal(1), "亿元": Decimal(10000), "亿": Decimal(10000)}
_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟点"
_NUM_RE = re.compile(
    rf"(?P<num>[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?|[{_CN_DIGITS}]+)\s*"
    r"(?P<unit>亿元|万元|亿|万|元|%|％|分|年|月|日|家次|人次|次|家|人|个|份|条|天|项|所|户|台|套|公里|千米|km)?"
)


def find_numbers(text: str) -> list[Num]:
    """Numbers in ``text`` with spans, via the checker's ``extract_numbers`` when it is available."""
    try:
        from chains.text.numbers import extract_numbers
    except ImportError:  # the checker's extractor not installed yet: the local fallback below
        return _fallback_numbers(text)
    out: list[Num] = []
    for m in extract_numbers(text):
        unit = getattr(m, "unit", None) or None
        kind = getattr(m, "kind", "") or "number"
        if unit is None and kind == "number":
            kind = "bare"
        value = Decimal(str(m.value))
        if kind == "money" and unit in _MONEY_FACTOR:
            raw_unit = _unit_as_written(m.raw) or unit
            value = _value_in_written_unit(value, unit, raw_unit)
            unit = raw_unit
        out.append(Num(tuple(m.span), m.raw, value, unit, kind))  # type: ignore[arg-type]
    # bare numbers (no unit) are not mentions for the checker but are answers in a chat
    covered = [n.span for n in out]
    for n in _fallback_numbers(text):
        if n.kind == "bare" and not any(s <= n.span[0] < e for s, e in covered):
            out.append(n)
    out.sort(key=lambda n: n.span)
    return out


def _unit_as_written(raw: str) -> str | None:
    m = re.search(r"(亿元|万元|亿|万|元)\s*(整)?$", raw)
    return m.group(1) if m else None


def _value_in_written_unit(value: Decimal, unit: str, raw_unit: str) -> Decimal:
    # extract_numbers may normalise to another money unit; bring it back to the unit as written
    if unit == raw_unit:
        return value
    return value * _MONEY_FACTOR[unit] / _MONEY_FACTOR[raw_unit]


def _fallback_numbers(text: str) -> list[Num]:
    out: list[Num] = []
    for m in _NUM_RE.finditer(text):
        raw_num = m.group("num")
        unit = m.group("unit")
        value = _to_decimal(raw_num)
        if value is None or (unit is None and not raw_num[0].isdigit()):
            continue  # a Chinese numeral counts only with a unit (“统一” is not the number 1)
        if unit in ("％",):
            unit = "%"
        kind = {
            None: "bare",
            "%": "percent",
            "分": "score",
            "年": "year",
            "月": "date",
            "日": "date",
        }.get(unit, "money" if unit in _MONEY_FACTOR else "count")
        if unit == "年" and not (len(raw_num) == 4 and raw_num.isdigit()):
            kind = "count"
        out.append(Num((m.start(), m.end()), m.group(0).strip(), value, unit, kind))
    return out


def _to_decimal(raw: str) -> Decimal | None:
    s = raw.translate(str.maketrans("０１２３４５６７８９．", "0123456789.")).replace(",", "").replace("，", "")
    if not s:
        return None
    if re.fullmatch(r"\d+(\.\d+)?", s):
        return Decimal(s)
    if not re.search("[零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]", s):
        return None
    try:
        import cn2an

        return Decimal(str(cn2an.cn2an(s, "smart")))
    except (ImportError, ValueError, KeyError, IndexError, InvalidOperation, TypeError):
        return None


def money_in_wan(num: Num) -> Decimal | None:
    if num.unit in _MONEY_FACTOR:
        return num.value * _MONEY_FACTOR[num.unit]
    return None


def as_json_number(value: Decimal) -> int | float:
    value = value.normalize()
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def fmt_money(value: Any) -> str:
    if value is None:
        return "—"
    d = Decimal(str(value))
    return f"{d:,.2f} 万元" if d != d.to_integral_value() else f"{int(d):,} 万元"


# -- which quantity a number states -----------------------------------------------------------

_CLAUSE_SPLIT = re.compile(r"[，,。；;！!？?\n、]")
_KEYWORDS: list[tuple[str, re.Pattern[str]]] = [
    ("budget.initial", re.compile(r"年初")),
    ("budget.received", re.compile(r"到位|到账|拨付|下达|拨款|收到")),
    ("budget.spent", re.compile(r"支出|执行|使用|花了|花掉|用了|用掉|支付|开支|花费")),
    ("sources.carryover", re.compile(r"上年结转|上年度结转")),
    ("skip", re.compile(r"结余|结转下|剩余|未使用|执行率|到位率")),
    ("sources.central", re.compile(r"中央")),
    ("sources.provincial", re.compile(r"省级|省财政|省")),
    ("sources.municipal", re.compile(r"市级|市财政")),
    ("sources.county", re.compile(r"县级|区级|县区|县财政|区财政|本级")),
    ("sources.other", re.compile(r"其他|自筹|社会")),
    ("budget.annual", re.compile(r"预算|批复|安排|总额|总投资|资金|经费|调整后|全年")),
]
_ALL_RECEIVED = re.compile(r"(全部|全额|足额|全数|都|均|已)(已|经)?(资金)?(到位|到账|拨付|下达)|到位了?全部")
_ALL_SPENT = re.compile(
    r"(支出|花|用|执行|使用|支付)(完|光|掉了|完毕)|(全部|全额|都|均)(已)?(支出|花|用|执行|使用|支付)(完|了|完毕)?"
)
_NEGATION = re.compile(r"(未|没|没有|尚未|不|并未)$")
_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})\s*(?:年|年度)?(?![0-9])")


def _clauses(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _CLAUSE_SPLIT.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(s, e) for s, e in out if e > s]


def _quantity(context: str, step: str) -> str | None:
    for path, pattern in _KEYWORDS:
        if pattern.search(context):
            if path.startswith("sources.") and step not in ("sources",) and re.search(r"预算|批复", context):
                # “省级预算100万” while asking for the budget: a source only when asked for sources
                return path if step == "sources" else "budget.annual"
            return None if path == "skip" else path
    return None


@dataclass
class Extraction:
    """What one answer said: figure updates, notes to echo, and questions to confirm first."""

    updates: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    questions: list[dict[str, Any]] = field(default_factory=list)
    flags: dict[str, bool] = field(default_factory=dict)


def extract_figures(text: str, step: str, known: dict[str, Any] | None = None) -> Extraction:
    """Figures stated in one free answer, given the question it answers (table-driven tests)."""
    known = known or {}
    ex = Extraction()
    nums = find_numbers(text)
    default_path = DEFAULT_MONEY_PATH.get(step)

    # the year
    if step == "year" or not known.get("year"):
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

    # amounts, clause by clause (not in free-text answers: “资金使用率达100%” in a goal is not a figure)
    for cs, ce in _clauses(text) if step not in FREE_TEXT_STEPS else []:
        clause = text[cs:ce]
        in_clause = [n for n in nums if cs <= n.span[0] < ce]
        money = [n for n in in_clause if n.kind in ("money", "bare")]
        for n in money:
            if n.kind == "bare" and step not in ("budget", "received", "spent", "sources"):
                continue
            if n.kind == "bare" and _YEAR.fullmatch(n.raw.strip()) and step != "sources":
                continue
            before = text[cs : n.span[0]]
            after = text[n.span[1] : ce]
            path = _quantity(before, step) or _quantity(after, step) or default_path
            if path is None and step == "sources":
                path = None
            if path is None:
                continue
            wan = money_in_wan(n)
            if wan is None:  # a bare number: ask which unit
                value = as_json_number(n.value)
                if n.value >= 100000:
                    wan = n.value / 10000
                    q = f"“{n.raw}”是 {n.raw} 元（即 {fmt_money(as_json_number(wan))}）吗？"
                else:
                    wan = n.value
                    q = f"{LABELS[path]}“{n.raw}”的单位是万元吗（即 {fmt_money(value)}）？"
                ex.questions.append(confirmation(path, as_json_number(wan), q + "回答“是”确认，或重新说明带单位的金额。"))
                continue
            if n.unit == "元":
                ex.notes.append(f"{n.raw}已换算为 {fmt_money(as_json_number(wan))}")
            ex.updates[path] = as_json_number(wan)
        # “全部到位” / “支出完了”: equal to the budget (or to what was received)
        if _ALL_RECEIVED.search(clause) and not any(n.kind == "money" for n in in_clause):
            if not _negated(clause, _ALL_RECEIVED):
                ex.flags["received_all"] = True
        if _ALL_SPENT.search(clause) and not any(n.kind == "money" for n in in_clause):
            if not _negated(clause, _ALL_SPENT):
                ex.flags["spent_all"] = True
            else:
                ex.notes.append("资金未全部支出，请告诉我实际支出金额")
    return ex


def _negated(clause: str, pattern: re.Pattern[str]) -> bool:
    m = pattern.search(clause)
    return bool(m and _NEGATION.search(clause[: m.start()]))


def confirmation(path: str, value: Any, question: str) -> dict[str, Any]:
    return {"path": path, "value": value, "question": question}


# -- indicators and lists ---------------------------------------------------------------------

_IND_SPLIT = re.compile(r"\s*(?:[，,｜|\t；;]|\s{2,}|\s+(?=年度目标|目标|指标值|实际|完成值|分值|权重|得分))\s*")
# A label counts only when a separator or the value itself follows it, so that an indicator
# whose name merely starts with 指标/完成/目标 (完成率, 指标ª) keeps its whole name.
_VALUE_NEXT = r"(?:[:：为是]\s*|\s+|(?=[0-9０-９.≥≤<>＜＞=＝不约]))"
_TARGET_KW = re.compile(r"^(年度)?(目标值?|指标值|计划)" + _VALUE_NEXT)
_ACTUAL_KW = re.compile(r"^(实际(完成)?值?|完成(值|情况)?)" + _VALUE_NEXT)
_WEIGHT_KW = re.compile(r"^(分值|权重)" + _VALUE_NEXT)
_SCORE_KW = re.compile(r"^得分" + _VALUE_NEXT)
_NAME_KW = re.compile(r"^(三级)?(指标(名称)?)(?:[:：为是]\s*|\s+)")


def parse_indicator_line(line: str) -> dict[str, Any] | None:
    """``培训人次，≥300人次，320人次，10分`` (or with 目标/实际/分值 labels) → an indicator row."""
    line = re.sub(r"^\s*(?:[0-9]+[.、)）]|[（(][0-9]+[)）])\s*", "", line.strip())
    if not line:
        return None
    parts = [p for p in _IND_SPLIT.split(line) if p]
    if len(parts) < 2:
        return None
    row: dict[str, Any] = {"name": _NAME_KW.sub("", parts[0]).strip()}
    positional: list[str] = []
    for part in parts[1:]:
        if _TARGET_KW.match(part):
            row["target"] = _TARGET_KW.sub("", part)
        elif _ACTUAL_KW.match(part):
            row["actual"] = _ACTUAL_KW.sub("", part)
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


def money_display(path: str, value: Any) -> str:
    if path in MONEY_PATHS:
        return fmt_money(value)
    return str(value)
