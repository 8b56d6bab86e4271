"""The drafting conversation: which figure to ask for next, and free answers → key figures.

Pure: no I/O, no Streamlit, no model. ``answer(state, text)`` takes the user's reply, extracts every
figure it can find deterministically (the checker's ``extract_numbers`` for the numbers; keywords in
the same clause say which quantity a number states), asks about anything ambiguous instead of
guessing, and appends the assistant's next question. The page only renders ``state.messages``.

Figures are kept as a plain dict in the shape of ``shared/schema/figures.schema.json`` (amounts in
万元) so that a half-filled conversation (no project name yet) can be stored and reloaded.
"""

from __future__ import annotations

import copy
import re
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

# -- the order of questions -------------------------------------------------------------------

#: step → (figures path it fills, question). Order is the natural order of a 自评表.
STEPS: list[tuple[str, str, str]] = [
    ("project_name", "project_name", "您好！我来帮您起草**项目支出绩效自评报告**。先请告诉我**项目名称**。"),
    ("year", "year", "这是哪一年度的自评？（例如 2023）"),
    ("department", "department", "项目的**主管部门或实施单位**是？"),
    (
        "budget",
        "budget.annual",
        "项目的**全年预算数**（调整后）是多少？可以一次说完，例如“预算139万，3月全部到位，年底支出完了”。"
        "年初预算与全年预算不同时请一并说明。",
    ),
    ("received", "budget.received", "**实际到位资金**是多少？（例如“到位139万元”或“全部到位”）"),
    ("spent", "budget.spent", "全年**实际支出（执行数）**是多少？（例如“支出125.1万元”或“全部支出”）"),
    (
        "sources",
        "sources",
        "**资金来源**是怎样构成的？例如“中央100万，县级39万”。不清楚可回答“跳过”。",
    ),
    ("goals", "goals", "项目的**年度总体目标**是什么？一两句话即可。"),
    (
        "indicators",
        "indicators",
        "请给出**绩效指标**，每行一条：名称、年度指标值、实际完成值、分值，例如\n\n"
        "`培训人次，≥300人次，320人次，10分`\n\n"
        "也可以在右侧表格里直接填写或上传绩效自评表。填完请回答“好了”。",
    ),
    ("problems", "problems", "项目**存在哪些问题**？多条用分号隔开；确实没有可回答“无”。"),
]
STEP_KEYS = [s[0] for s in STEPS]
REQUIRED = {"project_name", "year"}
FREE_TEXT_STEPS = {"goals", "indicators", "problems"}
DONE = "done"
DONE_MESSAGE = (
    "关键数据已基本齐全。请在右侧核对已知、缺失和计算出的数据（指标表可直接修改），"
    "然后点击 **生成草稿**。之后仍可随时补充或更正，例如“全年预算改为150万”。"
)

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
}
MONEY_PATHS = {p for p in LABELS if p.startswith(("budget.", "sources."))}

YES = re.compile(r"^\s*(是|是的|对|对的|没错|确认|正确|嗯|好|好的|可以|yes|y|ok)[。！!.]?\s*$", re.I)
NO = re.compile(r"^\s*(不是|不对|错|错了|否|no|n)[。！!.]?\s*$", re.I)
SKIP = re.compile(r"^\s*(跳过|不清楚|不知道|暂无|略|没有|无|不详|pass|skip)[。！!.]?\s*$", re.I)
FINISHED = re.compile(r"^\s*(好了|好|完成|完了|就这些|没有了|没了|结束|跳过|ok)[。！!.]?\s*$", re.I)
NONE_ANSWER = re.compile(r"^\s*(无|没有|暂无|没有问题|无问题|不存在)[。！!.]?\s*$")


# -- state ------------------------------------------------------------------------------------


@dataclass
class ChatState:
    """Everything the conversation knows; ``to_dict``/``from_dict`` round-trip it through the store."""

    messages: list[dict[str, str]] = field(default_factory=list)
    figures: dict[str, Any] = field(default_factory=dict)
    step: str = "project_name"
    pending: list[dict[str, Any]] = field(default_factory=list)  # questions waiting for 是/不是
    skipped: list[str] = field(default_factory=list)
    flags: dict[str, bool] = field(default_factory=dict)  # received_all / spent_all before a budget is known

    def to_dict(self) -> dict[str, Any]:
        return copy.deepcopy(asdict(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChatState:
        names = {"messages", "figures", "step", "pending", "skipped", "flags"}
        return cls(**copy.deepcopy({k: v for k, v in data.items() if k in names}))


def new_chat(figures: dict[str, Any] | None = None) -> ChatState:
    """A fresh conversation opened by the first question (or the first missing figure)."""
    state = ChatState(figures=copy.deepcopy(figures or {}))
    state.step = next_step(state)
    state.messages.append({"role": "assistant", "content": question_for(state.step)})
    return state


def question_for(step: str) -> str:
    for key, _path, question in STEPS:
        if key == step:
            return question
    return DONE_MESSAGE


def step_path(step: str) -> str:
    return next((p for k, p, _ in STEPS if k == step), "")


def next_step(state: ChatState) -> str:
    """First step whose figure is still missing and that the user has not skipped."""
    for key, path, _q in STEPS:
        if key in state.skipped:
            continue
        if not has_value(state.figures, path):
            return key
    return DONE


def has_value(figures: dict[str, Any], path: str) -> bool:
    value = get_path(figures, path)
    if path == "problems":
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
        from .numbers import extract_numbers
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
    default_path = step_path(step) if step_path(step) in MONEY_PATHS else None
    if step == "received":
        default_path = "budget.received"
    elif step == "spent":
        default_path = "budget.spent"

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
                ex.questions.append(_confirm("year", guess, f"您说的是 {guess} 年度吗？"))

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
                ex.questions.append(_confirm(path, as_json_number(wan), q + "回答“是”确认，或重新说明带单位的金额。"))
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


def _confirm(path: str, value: Any, question: str) -> dict[str, Any]:
    return {"path": path, "value": value, "question": question}


# -- indicators and lists ---------------------------------------------------------------------

_IND_SPLIT = re.compile(r"\s*(?:[，,｜|\t；;]|\s{2,}|\s+(?=年度目标|目标|指标值|实际|完成值|分值|权重|得分))\s*")
_TARGET_KW = re.compile(r"^(年度)?(目标值?|指标值|计划)[:：为是]?\s*")
_ACTUAL_KW = re.compile(r"^(实际(完成)?值?|完成(值|情况)?)[:：为是]?\s*")
_WEIGHT_KW = re.compile(r"^(分值|权重)[:：为是]?\s*")
_SCORE_KW = re.compile(r"^得分[:：为是]?\s*")
_NAME_KW = re.compile(r"^(三级)?(指标(名称)?)[:：为是]?\s*")


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


_NAME_PREFIX = re.compile(r"^(项目名称|项目名|名称|项目)?\s*(是|为|叫|叫做|:|：)\s*")
_DEPT_PREFIX = re.compile(r"^(主管部门|实施单位|单位|部门)?\s*(是|为|:|：)\s*")


# -- one turn ---------------------------------------------------------------------------------


def answer(state: ChatState, text: str) -> ChatState:
    """The user's reply → a new state with the figures it states and the assistant's next message."""
    state = ChatState.from_dict(state.to_dict())
    text = text.strip()
    if not text:
        return state
    state.messages.append({"role": "user", "content": text})
    said: list[str] = []

    if state.pending:
        item = state.pending[0]
        if YES.match(text):
            state.pending.pop(0)
            set_path(state.figures, item["path"], item["value"])
            said.append(f"{LABELS.get(item['path'], item['path'])}：{_display(item['path'], item['value'])}")
            _apply_flags(state, said)
            return _reply(state, said)
        if NO.match(text):
            state.pending.pop(0)
            state.messages.append(
                {"role": "assistant", "content": f"好的，请重新告诉我{LABELS.get(item['path'], '这项数据')}。"}
            )
            if item["path"] in MONEY_PATHS or item["path"] == "year":
                state.step = next((k for k, p, _ in STEPS if p == item["path"]), state.step)
            return state
        state.pending.clear()  # a new answer replaces the question

    step = state.step
    ex = extract_figures(text, step, state.figures)
    for path, value in ex.updates.items():
        old = get_path(state.figures, path)
        set_path(state.figures, path, value)
        label = LABELS.get(path, path)
        if old not in (None, value):
            said.append(f"{label}由 {_display(path, old)} 改为 {_display(path, value)}")
        else:
            said.append(f"{label}：{_display(path, value)}")
    state.flags.update(ex.flags)
    said.extend(ex.notes)
    state.pending.extend(ex.questions)

    got_figure = bool(ex.updates or ex.flags or ex.questions)
    if step == "project_name" and not (ex.updates.keys() - {"year"}) and not ex.questions:
        name = _NAME_PREFIX.sub("", text).strip().rstrip("。")
        state.figures["project_name"] = name
        said.insert(0, f"项目名称：{name}")
    elif step == "department" and not got_figure:
        dept = _DEPT_PREFIX.sub("", text).strip().rstrip("。")
        state.figures["department"] = dept
        said.append(f"主管部门/实施单位：{dept}")
    elif step == "goals" and not ex.updates:
        if SKIP.match(text):
            state.skipped.append("goals")
        else:
            state.figures["goals"] = text
            said.append("年度总体目标已记录")
    elif step == "indicators":
        if FINISHED.match(text) or SKIP.match(text):
            if not state.figures.get("indicators"):
                state.skipped.append("indicators")
            state.step = "problems"
            return _reply(state, said, force_next=True)
        rows = [r for r in (parse_indicator_line(line) for line in text.splitlines()) if r]
        if rows:
            state.figures.setdefault("indicators", []).extend(rows)
            n = len(state.figures["indicators"])
            said.append(f"新增 {len(rows)} 条指标（共 {n} 条）")
            state.messages.append(
                {
                    "role": "assistant",
                    "content": "已记录：" + "；".join(said) + "。继续输入下一条指标，或回答“好了”进入下一步。",
                }
            )
            return state
        state.messages.append(
            {
                "role": "assistant",
                "content": "没能读出指标。请按“名称，年度指标值，实际完成值，分值”每行一条输入，"
                "例如“培训人次，≥300人次，320人次，10分”；或回答“好了”跳过。",
            }
        )
        return state
    elif step == "problems" and not ex.updates:
        state.figures["problems"] = [] if NONE_ANSWER.match(text) else split_items(text)
        said.append("存在的问题：" + ("无" if not state.figures["problems"] else f"{len(state.figures['problems'])} 条"))
    elif not got_figure and step in STEP_KEYS and step not in REQUIRED and SKIP.match(text):
        state.skipped.append(step)
        if step == "budget":
            state.skipped.extend(["received", "spent"])
    elif not got_figure and step == "year":
        state.messages.append({"role": "assistant", "content": "请告诉我四位数的年度，例如 2023。"})
        return state
    elif not got_figure and step in ("budget", "received", "spent", "sources"):
        state.messages.append(
            {
                "role": "assistant",
                "content": "没有读出金额。请带上单位，例如“139万元”；不清楚可回答“跳过”。",
            }
        )
        return state
    _apply_flags(state, said)
    _check_plausible(state)
    return _reply(state, said)


def merge_model_figures(state: ChatState, model: dict[str, Any]) -> ChatState:
    """Add what the model read from the last answer: new fields directly, disagreements as questions."""
    state = ChatState.from_dict(state.to_dict())
    flat: list[tuple[str, Any]] = []
    for key, value in model.items():
        if isinstance(value, dict):
            flat.extend((f"{key}.{k}", v) for k, v in value.items())
        else:
            flat.append((key, value))
    said = []
    for path, value in flat:
        if path not in LABELS or value in (None, ""):
            continue
        if path in MONEY_PATHS:
            try:
                value = as_json_number(Decimal(str(value)))
            except InvalidOperation:
                continue
        old = get_path(state.figures, path)
        if old is None:
            set_path(state.figures, path, value)
            said.append(f"{LABELS[path]}：{_display(path, value)}")
        elif str(old) != str(value) and not any(p["path"] == path for p in state.pending):
            state.pending.append(
                _confirm(path, value, f"模型读出的{LABELS[path]}是 {_display(path, value)}，与已记录的 "
                         f"{_display(path, old)} 不同。改为 {_display(path, value)} 吗？（回答“是”或“不是”）")
            )
    if said or state.pending:
        _apply_flags(state, said)
        note = ("模型补充识别：" + "；".join(said) + "。") if said else ""
        question = state.pending[0]["question"] if state.pending else ""
        if state.pending:
            state.step = step_for_path(state.pending[0]["path"]) or state.step
        else:
            state.step = next_step(state)
        if note or question:
            state.messages.append({"role": "assistant", "content": "\n\n".join(x for x in (note, question) if x)})
    return state


def step_for_path(path: str) -> str | None:
    return next((k for k, p, _ in STEPS if p == path), None)


def _apply_flags(state: ChatState, said: list[str]) -> None:
    budget = state.figures.get("budget") or {}
    base = budget.get("annual")
    if state.flags.get("received_all") and base is not None:
        state.flags.pop("received_all")
        set_path(state.figures, "budget.received", base)
        said.append(f"实际到位资金：{fmt_money(base)}（全部到位）")
    if state.flags.get("spent_all") and base is not None:
        state.flags.pop("spent_all")
        set_path(state.figures, "budget.spent", base)
        said.append(f"全年执行数：{fmt_money(base)}（全部支出）")


def _check_plausible(state: ChatState) -> None:
    budget = state.figures.get("budget") or {}
    annual = budget.get("annual")
    for key, label in (("received", "实际到位资金"), ("spent", "全年执行数")):
        value = budget.get(key)
        if annual is not None and value is not None and Decimal(str(value)) > Decimal(str(annual)):
            already = any(p["path"] == f"budget.{key}" for p in state.pending)
            if not already and not state.flags.get(f"confirmed_{key}"):
                state.flags[f"confirmed_{key}"] = True
                state.pending.append(
                    _confirm(
                        f"budget.{key}",
                        value,
                        f"{label} {fmt_money(value)} 超过全年预算数 {fmt_money(annual)}，"
                        "这是正确的吗？回答“是”确认，或告诉我正确的金额。",
                    )
                )


def _reply(state: ChatState, said: list[str], force_next: bool = False) -> ChatState:
    parts = []
    if said:
        parts.append("已记录：" + "；".join(said) + "。")
    if state.pending:
        parts.append(state.pending[0]["question"])
    else:
        state.step = next_step(state) if not force_next or state.step != "problems" else "problems"
        if force_next and has_value(state.figures, "problems"):
            state.step = next_step(state)
        parts.append(question_for(state.step))
    state.messages.append({"role": "assistant", "content": "\n\n".join(parts)})
    return state


def _display(path: str, value: Any) -> str:
    if path in MONEY_PATHS:
        return fmt_money(value)
    return str(value)


# -- side panel -------------------------------------------------------------------------------


def field_status(figures: dict[str, Any]) -> tuple[list[tuple[str, str]], list[str]]:
    """(known: [(label, value as shown)], missing: [label]) for the side panel."""
    known: list[tuple[str, str]] = []
    missing: list[str] = []
    for path in (
        "project_name",
        "year",
        "department",
        "budget.initial",
        "budget.annual",
        "budget.received",
        "budget.spent",
        "sources",
        "goals",
        "indicators",
        "problems",
    ):
        value = get_path(figures, path)
        if not has_value(figures, path):
            if path != "budget.initial":
                missing.append(LABELS[path])
            continue
        if path == "sources":
            shown = "，".join(
                f"{LABELS.get('sources.' + k, k + '资金')[:-2]} {fmt_money(v) if isinstance(v, int | float) else v}"
                for k, v in value.items()
                if v is not None
            )
        elif path == "indicators":
            shown = f"{len(value)} 条"
        elif path == "problems":
            shown = "无" if not value else f"{len(value)} 条"
        elif path == "goals":
            shown = value if len(value) <= 30 else value[:30] + "…"
        else:
            shown = _display(path, value)
        known.append((LABELS[path], shown))
    return known, missing


def funds_summary(figures: dict[str, Any]) -> dict[str, Decimal | None]:
    """执行率, 到位率 (percent) and 结余 (万元) from the budget figures; None where undefined."""
    b = figures.get("budget") or {}

    def d(key: str) -> Decimal | None:
        return None if b.get(key) is None else Decimal(str(b[key]))

    annual, received, spent = d("annual"), d("received"), d("spent")
    rate = (spent / annual * 100).quantize(Decimal("0.01")) if annual and spent is not None else None
    rrate = (received / annual * 100).quantize(Decimal("0.01")) if annual and received is not None else None
    base = received if received is not None else annual
    balance = (base - spent) if base is not None and spent is not None else None
    return {"execution_rate": rate, "received_rate": rrate, "balance": balance}


# -- the indicator table and imports ----------------------------------------------------------


def rows_from_table(records: list[dict[str, Any]], columns: dict[str, str]) -> list[dict[str, Any]]:
    """Rows of the editable table (Chinese column names) → indicator dicts; empty rows dropped."""
    out: list[dict[str, Any]] = []
    for rec in records:
        row: dict[str, Any] = {}
        for key, zh in columns.items():
            value = rec.get(zh)
            if value is None or (isinstance(value, float) and value != value):  # NaN from pandas
                continue
            if key in ("weight", "score"):
                try:
                    row[key] = as_json_number(Decimal(str(value)))
                except InvalidOperation:
                    continue
            else:
                text = str(value).strip()
                if text:
                    row[key] = text
        if row.get("name"):
            out.append(row)
    return out


def apply_table(
    state: ChatState,
    indicators: list[dict[str, Any]],
    budget: dict[str, Any] | None = None,
    total_score: Any = None,
) -> ChatState:
    """An imported 绩效自评表: its indicators replace the table; budget figures fill what is missing."""
    state = ChatState.from_dict(state.to_dict())
    state.figures["indicators"] = copy.deepcopy(indicators)
    said = [f"导入 {len(indicators)} 条绩效指标"]
    for key, value in (budget or {}).items():
        path = f"budget.{key}"
        if get_path(state.figures, path) is None:
            set_path(state.figures, path, value)
            said.append(f"{LABELS[path]}：{fmt_money(value)}")
    if total_score is not None and state.figures.get("total_score") is None:
        state.figures["total_score"] = total_score
        said.append(f"自评总分：{total_score}")
    if state.step == "indicators":
        state.step = next_step(state)
    state.messages.append(
        {"role": "assistant", "content": "已从绩效自评表" + "；".join(said) + "。\n\n" + question_for(state.step)}
    )
    return state
