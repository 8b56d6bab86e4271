"""The amounts in one chat answer → the figures they state, or a question back.

Pure and table-tested (``tests/test_spoken_amounts.py``, ``tests/test_chat.py``). Amounts come from
``amounts.parse_amounts`` (exact ``Decimal`` values in 万元); a keyword in the same clause says which
figure an amount states (预算 / 到位 / 支出 / 中央 …), or the quantity named in an earlier clause of the
same answer (“支出写错了，是79.6万”). An amount is recorded only when it was read exactly; an
approximation, a share (八成 of the budget, computed), a rate (执行率, computed), a balance, a negative,
a bare number without a unit become a confirmation question with the value they imply; what cannot be
placed or read is said back as a question without a value.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from chains.conversation.amounts import Amount, parse_amounts
from chains.conversation.fields import LABELS, Extraction, as_json_number, confirmation, fmt_money, get_path

#: the figure a bare amount answers, by the question being asked
DEFAULT_MONEY_PATH = {"budget": "budget.annual", "received": "budget.received", "spent": "budget.spent"}
MONEY_STEPS = {"budget", "received", "spent", "sources"}
#: steps where an amount nobody named is said back (elsewhere a number may belong to a name)
_ASK_UNPLACED = MONEY_STEPS | {"done"}

_CLAUSE_SPLIT = re.compile(r"[，,。；;！!？?\n、]")
_KEYWORDS: list[tuple[str, re.Pattern[str]]] = [
    ("budget.initial", re.compile(r"年初")),
    ("budget.received", re.compile(r"到位|到账|拨付|下达|拨款|收到")),
    ("budget.spent", re.compile(r"支出|执行|使用|花了|花掉|用了|用掉|支付|开支|花费|花")),
    ("sources.carryover", re.compile(r"(上年|上年度|去年|以前年度)结转")),
    ("sources.central", re.compile(r"中央")),
    ("sources.provincial", re.compile(r"省级|省财政|省")),
    ("sources.municipal", re.compile(r"市级|市财政")),
    ("sources.county", re.compile(r"县级|区级|县区|县财政|区财政|本级")),
    ("sources.other", re.compile(r"其他|自筹|社会")),
    ("budget.annual", re.compile(r"预算|批复|安排|总额|总投资|资金|经费|调整后|全年")),
]
_BALANCE = re.compile(r"结余|剩|余额|未使用|没用完|结转下|结转到下")
_RATE_PATHS: list[tuple[str, re.Pattern[str]]] = [
    ("budget.spent", re.compile(r"(执行|支出|使用|支付|花)(率|进度)")),
    ("budget.received", re.compile(r"(到位|到账|拨付|下达)(率|比例)")),
]
_OTHER_RATE = re.compile(r"率|满意|占比|比例|增长|下降|提高|降低")
_BASE_OF = re.compile(r"(到位资金|到位数|到位|实际到位)的\s*$")
_BASE_WORDS = re.compile(r"(占|是|为)?(全年)?(预算数?|批复数?|到位资金|到位数?|实际到位)的?\s*$")
_PLAIN = re.compile(r"[0-9]+(?:\.[0-9]+)?\s*万元?")
_YEAR_ONLY = re.compile(r"(?:19|20)[0-9]{2}")
_CORRECTION = re.compile(
    r"写错|说错|搞错|弄错|填错|记错|输错|错了|不对|更正|纠正|改成|改为|改一下|修改为|更改为|订正|有误|应为|应该是"
)
_REASON = {
    "range": "是一个范围",
    "unclear": "读不准",
    "grouping": "的千分位写法读不准",
}
_CENT = Decimal("0.01")
#: the amount is denied (“是79.6万，不是79.4万”), of another year, or a price per unit: not a figure
_DENIED = re.compile(r"(不是|而不是|并非|并不是|不该是|不应该是)\s*$")
_OTHER_YEAR = re.compile(r"(去年|前年|上年|上一年|往年|上年度)(?!度?结转)")
_PER_UNIT = re.compile(r"每(?!年)[^，,。；;0-9]{0,4}$")


def clauses(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _CLAUSE_SPLIT.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(s, e) for s, e in out if e > s]


def quantity(context: str, step: str) -> str | None:
    """The figure that ``context`` names (预算 → budget.annual), or None."""
    for path, pattern in _KEYWORDS:
        if pattern.search(context):
            if path.startswith("sources.") and re.search(r"预算|批复", context):
                # “省级预算100万” while asking for the budget: a source only when asked for sources
                return path if step == "sources" else "budget.annual"
            return path
    return None


def is_correction(text: str) -> bool:
    """“支出写错了，是79.6万”, “不对，预算是85万”, “把到位资金改成80万”: a short correction of a figure."""
    return len(text) <= 40 and bool(_CORRECTION.search(text)) and quantity(text, "") is not None


def read_amounts(text: str, step: str, known: dict[str, Any], ex: Extraction) -> None:
    """Place every amount in ``text`` into ``ex``: updates when read exactly, otherwise questions."""
    default = DEFAULT_MONEY_PATH.get(step)
    amounts = [a for a in parse_amounts(text) if a.kind != "other"]
    topic: str | None = None
    last: str | None = None  # the figure the previous amount stated: a rate after it checks it
    seen: dict[str, list[Any]] = {}
    for cs, ce in clauses(text):
        here = [a for a in amounts if cs <= a.span[0] < ce]
        if not here:
            topic = quantity(text[cs:ce], step) or topic  # “支出写错了，是79.6万”
            continue
        prev = cs
        for i, a in enumerate(here):
            nxt = here[i + 1].span[0] if i + 1 < len(here) else ce
            before, after = text[prev : a.span[0]], text[a.span[1] : nxt]
            prev = a.span[1]
            if i + 1 < len(here) and _is_base_of(a, after, here[i + 1]):
                continue  # “85万的八成”: the base of the share that follows
            base = here[i - 1].value if i and _is_base_of(here[i - 1], _before(text, here, i), a) else None
            updates_before = dict(ex.updates)
            fallback = (last if a.kind == "percent" else None) or topic or default
            place(ex, a, before, after, step, fallback, known, base)
            for path, value in ex.updates.items():
                if path not in updates_before or updates_before[path] != value:
                    seen.setdefault(path, []).append(value)
                    last = path
    _resolve_conflicts(text, ex, seen)
    _dedupe_questions(ex)


def _is_base_of(a: Amount, between: str, nxt: Amount) -> bool:
    return a.kind == "money" and nxt.kind == "percent" and between.strip().startswith("的") and len(between) <= 3


def _before(text: str, here: list[Amount], i: int) -> str:
    return text[here[i - 1].span[1] : here[i].span[0]]


def _resolve_conflicts(text: str, ex: Extraction, seen: dict[str, list[Any]]) -> None:
    """Two different amounts for one figure: the later one when the answer corrects itself, else ask."""
    for path, values in seen.items():
        distinct = list(dict.fromkeys(values))
        if len(distinct) < 2 or _CORRECTION.search(text):
            continue
        ex.updates.pop(path, None)
        shown = "、".join(fmt_money(v) for v in distinct)
        ex.notes.append(f"{LABELS[path]}读到 {shown} 几个不同的金额，是哪一个？")


def _dedupe_questions(ex: Extraction) -> None:
    out: list[dict[str, Any]] = []
    for q in ex.questions:
        if any(o["path"] == q["path"] and o["value"] == q["value"] for o in out):
            continue
        if q["path"] in ex.updates and Decimal(str(ex.updates[q["path"]])) == Decimal(str(q["value"])):
            continue  # “支出79.6万，结余5.4万”: the question would only repeat the figure
        out.append(q)
    ex.questions[:] = out


def place(
    ex: Extraction,
    a: Amount,
    before: str,
    after: str,
    step: str,
    fallback: str | None,
    known: dict[str, Any],
    base: Decimal | None = None,
) -> None:
    """One amount with the words before and after it in its clause (``base``: “85万的八成”)."""
    if _DENIED.search(before):
        return
    per_unit = _PER_UNIT.search(before) or after.lstrip().startswith(("/", "每"))
    if per_unit or (_OTHER_YEAR.search(before) and a.problem != "change"):
        if a.kind != "bare" or step in MONEY_STEPS:
            what = "单价" if per_unit else "往年的数额"
            ex.notes.append(f"“{a.raw}”是{what}，没有记为本年度的资金数")
        return
    if a.kind == "percent":
        _place_share(ex, a, before, after, step, fallback, known, base)
        return
    if a.kind == "bare" and (step not in MONEY_STEPS or (_YEAR_ONLY.fullmatch(a.raw.strip()) and step != "sources")):
        return
    if _BALANCE.search(before):
        _place_balance(ex, a, known)
        return
    path = quantity(before, step) or quantity(after, step) or fallback
    if path is None:
        if step in _ASK_UNPLACED:
            ex.notes.append(f"“{a.raw}”是哪一项金额？请连同名称再说一次（例如“到位资金{a.raw}”）")
        return
    label = LABELS[path]
    if a.value is None:
        ex.notes.append(f"“{a.raw}”{_REASON.get(a.problem or '', '读不准')}，{label}准确是多少？")
    elif a.negative:
        _ask_negative(ex, a, path)
    elif a.problem == "change":
        ex.notes.append(f"“{a.raw}”是增减的数额，没有记为{label}；调整后的{label}是多少？")
    elif a.kind == "bare":
        _ask_unit(ex, a, path)
    elif a.approx:
        shown = fmt_money(as_json_number(a.value))
        q = f"{label}“{a.raw}”是约数（{a.approx}）。按 {shown} 记录吗？回答“是”确认，或告诉我准确金额。"
        ex.questions.append(confirmation(path, as_json_number(a.value), q))
    elif a.problem:
        shown = fmt_money(as_json_number(a.value))
        q = f"{label}“{a.raw}”读作 {shown}，对吗？回答“是”确认，或告诉我准确金额。"
        ex.questions.append(confirmation(path, as_json_number(a.value), q))
    else:
        ex.updates[path] = as_json_number(a.value)
        if not _PLAIN.fullmatch(a.raw):
            ex.notes.append(f"“{a.raw}”读作 {fmt_money(as_json_number(a.value))}")


def _ask_negative(ex: Extraction, a: Amount, path: str) -> None:
    label = LABELS[path]
    if a.value is None or a.kind == "bare":
        ex.notes.append(f"{label}读到负数“{a.raw}”，金额不能为负；{label}是多少（请带单位）？")
        return
    value = as_json_number(abs(a.value))
    q = f"{label}读到负数“{a.raw}”，金额不能为负。是 {fmt_money(value)} 吗？回答“是”确认，或告诉我正确的金额。"
    ex.questions.append(confirmation(path, value, q))


def _ask_unit(ex: Extraction, a: Amount, path: str) -> None:
    """A number without a unit: 元 when it is large, else 万元 — asked, never assumed."""
    assert a.value is not None
    approx = f"（约数：{a.approx}）" if a.approx else ""
    if a.value >= 100000:
        wan = a.value / 10000
        q = f"“{a.raw}”{approx}是 {a.raw} 元（即 {fmt_money(as_json_number(wan))}）吗？"
    else:
        wan = a.value
        q = f"{LABELS[path]}“{a.raw}”{approx}的单位是万元吗（即 {fmt_money(as_json_number(wan))}）？"
    ex.questions.append(confirmation(path, as_json_number(wan), q + "回答“是”确认，或重新说明带单位的金额。"))


def _known_value(path: str, known: dict[str, Any], ex: Extraction) -> Decimal | None:
    """A figure as this answer states it (read or awaiting confirmation), else as already known."""
    if path in ex.updates:
        return Decimal(str(ex.updates[path]))
    asked = [q["value"] for q in ex.questions if q["path"] == path]
    value = asked[-1] if asked else get_path(known, path)
    return None if value is None else Decimal(str(value))


def _place_share(
    ex: Extraction,
    a: Amount,
    before: str,
    after: str,
    step: str,
    fallback: str | None,
    known: dict[str, Any],
    given_base: Decimal | None = None,
) -> None:
    """八成, 九成五, 预算的百分之八十, 执行率93.65%: computed from the base figure and asked back."""
    path = next((p for p, pattern in _RATE_PATHS if pattern.search(before)), None)
    if path is None and _OTHER_RATE.search(before):
        return  # 满意度95%: a rate, not a funds figure
    path = path or quantity(_BASE_WORDS.sub("", before), step) or quantity(after, step) or fallback
    if path is None and a.share is None:
        return
    if path not in ("budget.received", "budget.spent") and not (path or "").startswith("sources."):
        if step in _ASK_UNPLACED:
            ex.notes.append(f"“{a.raw}”是比例；请直接说金额，例如“到位资金80万”？")
        return
    base_path = "budget.received" if _BASE_OF.search(before) and path == "budget.spent" else "budget.annual"
    base = given_base if given_base is not None else _known_value(base_path, known, ex)
    label, base_label = LABELS[path], LABELS[base_path]
    if given_base is not None:
        base_label = "所说金额"
    if a.value is None or a.negative:
        ex.notes.append(f"“{a.raw}”读不准，{label}准确是多少？")
        return
    if base is None:
        ex.notes.append(f"“{a.raw}”是{base_label}的比例，请先告诉我{base_label}，或直接说{label}的金额？")
        return
    fraction = a.share if a.share is not None else a.value / 100
    raw_value = base * fraction
    value = raw_value.quantize(_CENT, rounding=ROUND_HALF_UP)
    if path in ex.updates:  # “支出79.6万，执行率93.65%”: the rate only checks the amount
        stated = Decimal(str(ex.updates[path]))
        # half a unit of the rate's last digit (93.65% → 0.005%), on the base, plus a cent of rounding
        tolerance = base * Decimal(5).scaleb(a.value.normalize().as_tuple().exponent - 1) / 100 + _CENT
        if abs(stated - raw_value) > tolerance:
            ex.notes.append(
                f"“{a.raw}”按{base_label}计算为 {fmt_money(as_json_number(value))}，"
                f"与{label} {fmt_money(as_json_number(stated))} 不一致，请核对？"
            )
        return
    pct = as_json_number(fraction * 100)
    about = "" if value == raw_value else "约 "
    q = f"{label}按{base_label} {fmt_money(as_json_number(base))} × {pct}%（“{a.raw}”）计算为 {about}{fmt_money(as_json_number(value))}"
    if a.problem == "over_100":
        q += f"，超过了{base_label}"
    if a.approx:
        q += f"；这是约数（{a.approx}）"
    q += "。按此记录吗？回答“是”确认，或告诉我准确金额。"
    ex.questions.append(confirmation(path, as_json_number(value), q))


def _place_balance(ex: Extraction, a: Amount, known: dict[str, Any]) -> None:
    """结余5.4万: the execution figure it implies (base − balance), asked back; never the spending."""
    if a.kind != "money" or a.value is None or a.negative:
        ex.notes.append(f"结余“{a.raw}”读不准；全年执行数是多少？")
        return
    if "budget.spent" in ex.updates or get_path(known, "budget.spent") is not None:
        ex.notes.append(f"结余 {fmt_money(as_json_number(a.value))} 由预算和执行数计算，不单独记录")
        return
    base_path = "budget.received" if _known_value("budget.received", known, ex) is not None else "budget.annual"
    base = _known_value(base_path, known, ex)
    if base is None:
        ex.notes.append(f"结余 {fmt_money(as_json_number(a.value))} 已读到；全年预算数和执行数各是多少？")
        return
    spent = as_json_number(base - a.value)
    q = (
        f"按{LABELS[base_path]} {fmt_money(as_json_number(base))} 减结余 {fmt_money(as_json_number(a.value))} 计算，"
        f"全年执行数为 {fmt_money(spent)}，对吗？回答“是”确认，或告诉我准确的执行数。"
    )
    ex.questions.append(confirmation("budget.spent", spent, q))
