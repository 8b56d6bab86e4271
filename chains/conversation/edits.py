"""Changes said in the chat: “项目名称改为…”, “删除第二个问题”, “第2条指标改为质量指标” …

Pure. ``apply_edit(state, text)`` recognises one change command, applies it to ``state.figures`` and
returns what to echo (“项目名称由 A 改为 B”); None when ``text`` is no such command (amount corrections
such as “全年预算改为150万” are read by ``extract`` as before). New names, units and items pass through the
formal register (``register.formal``) like every other answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from chains.conversation.flow import SKIP, ChatState
from chains.conversation.indicators import ordinal, refer
from chains.conversation.levels import classify, resolve, shown
from chains.conversation.register import formal, formal_items

_N = r"(?:第\s*(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:个|条|项)?|(?P<last>最后一(?:个|条|项)))"
_SET_WORDS = "改为|改成|更正为|修改为|更改为|应为|应该是|换成|写成"
_SET = rf"(?:{_SET_WORDS})"
_LIST = r"(?P<list>存在的问题|问题|改进措施|整改措施|措施|绩效指标|指标)"
_FIELDS = {
    "项目名称": ("project_name", "name"), "项目名": ("project_name", "name"), "名称": ("project_name", "name"),
    "主管部门": ("department", "unit"), "实施单位": ("department", "unit"), "单位名称": ("department", "unit"),
    "单位": ("department", "unit"), "部门": ("department", "unit"),
    "年度总体目标": ("goals", "goals"), "总体目标": ("goals", "goals"), "年度目标": ("goals", "goals"),
    "绩效目标": ("goals", "goals"),
    "项目主要内容": ("content", "content"), "主要内容": ("content", "content"), "项目内容": ("content", "content"),
    "资金用途": ("content", "content"),
    "评价年度": ("year", ""), "年度": ("year", ""), "年份": ("year", ""),
}  # fmt: skip
_FIELD_SET = re.compile(
    r"^(?:请)?(?:把|将)?(?P<field>" + "|".join(sorted(_FIELDS, key=len, reverse=True)) + r")\s*" + _SET
    + r"[：:\s]*(?P<value>.+)$"
)
_DELETE = re.compile(rf"^(?:请)?(?:删除|删掉|删去|去掉|去除){_N}{_LIST}[。.！!]?$")
_DELETE_AFTER = re.compile(rf"^(?:请)?(?:把|将){_N}{_LIST}(?:删除|删掉|删了|去掉|去除|不要了)[。.！!]?$")
_ITEM_SET = re.compile(rf"^(?:请)?(?:把|将)?{_N}(?P<list>存在的问题|问题|改进措施|整改措施|措施){_SET}[：:\s]*(?P<value>.+)$")
_ITEM_ADD = re.compile(
    r"^(?:请)?(?:再)?(?:补充|增加|添加|加上|新增|加)(?:一(?:个|条|项))?(?P<list>存在的问题|问题|改进措施|整改措施|措施)"
    r"[：:，,\s]*(?P<value>.+)$"
)
_IND_FIELDS = {
    "一级指标": "level1", "一级": "level1", "二级指标": "level2", "二级": "level2", "类别": "level2",
    "分类": "level2", "年度指标值": "target", "指标值": "target", "目标值": "target", "目标": "target",
    "实际完成值": "actual", "实际值": "actual", "完成值": "actual", "实际": "actual", "分值": "weight",
    "权重": "weight", "得分": "score", "指标名称": "name", "名称": "name", "偏差原因": "deviation_note",
    "原因": "deviation_note",
}  # fmt: skip
_IND_FIELD = re.compile(
    rf"^(?:请)?(?:把|将)?{_N}(?:绩效指标|指标)?的?(?P<field>"
    + "|".join(sorted(_IND_FIELDS, key=len, reverse=True))
    + rf")\s*(?:{_SET_WORDS}|是|为)[：:\s]*(?P<value>.+?)[。.]?$"
)
_IND_LEVEL = re.compile(
    rf"^(?:请)?(?:把|将)?(?:{_N}(?:绩效指标|指标)?|[“\"](?P<name>[^”\"]+)[”\"]|(?P<bare>[^，,。\s]{{2,30}}?))"
    rf"(?:的类别)?\s*(?:{_SET_WORDS}|属于|归为|归入|算|是)\s*(?P<value>[^，,。]{{1,12}}?)[。.]?$"
)
_POINTS = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*分?\s*$")

Edit = Callable[[ChatState, re.Match[str]], str | None]


def apply_edit(state: ChatState, text: str) -> str | None:
    """The change ``text`` asks for, applied; what to echo, or None when ``text`` asks for no change."""
    text = text.strip()
    for pattern, edit in _EDITS:
        m = pattern.match(text)
        if m:
            done = edit(state, m)
            if done is not None:
                return done
    return None


def _index(m: re.Match[str], items: list[Any]) -> int | None:
    if m.group("last"):
        return len(items) - 1 if items else None
    n = ordinal(m.group("n"))
    return n - 1 if n is not None and 1 <= n <= len(items) else None


def _list_key(word: str) -> str:
    return "indicators" if "指标" in word else ("problems" if "问题" in word else "measures")


def _which(key: str) -> str:
    return {"indicators": "指标", "problems": "问题", "measures": "措施"}[key]


def _set_field(state: ChatState, m: re.Match[str]) -> str | None:
    path, register = _FIELDS[m.group("field")]
    raw = m.group("value").strip().strip("“”\"'").rstrip("。.")
    if path == "year":
        y = re.fullmatch(r"((?:19|20)[0-9]{2})\s*年?度?", raw)
        if not y:
            return None
        value: Any = int(y.group(1))
    else:
        value = formal(raw, register) or raw
    old = state.figures.get(path)
    state.figures[path] = value
    if path in state.skipped:
        state.skipped.remove(path)
    state.pending[:] = [p for p in state.pending if p["path"] != path]
    label = m.group("field") if path != "department" else "主管部门/实施单位"
    return f"{label}由“{old}”改为“{value}”" if old not in (None, "") else f"{label}：{value}"


def _delete(state: ChatState, m: re.Match[str]) -> str | None:
    key = _list_key(m.group("list"))
    items = state.figures.get(key) or []
    i = _index(m, items)
    if i is None:
        return f"没有找到要删除的{_which(key)}（现有 {len(items)} 条），请核对序号"
    gone = items.pop(i)
    name = gone["name"] if isinstance(gone, dict) else gone
    return f"已删除第{i + 1}条{_which(key)}“{name}”（现有 {len(items)} 条）"


def _set_item(state: ChatState, m: re.Match[str]) -> str | None:
    key = _list_key(m.group("list"))
    items = state.figures.get(key) or []
    i = _index(m, items)
    if i is None:
        return f"没有第{m.group('n') or ''}条{_which(key)}（现有 {len(items)} 条），请核对序号"
    new = formal(m.group("value"), "item")
    old, items[i] = items[i], new
    return f"第{i + 1}条{_which(key)}由“{old}”改为“{new}”"


def _add_item(state: ChatState, m: re.Match[str]) -> str | None:
    key = _list_key(m.group("list"))
    if SKIP.match(m.group("value")):  # "补充一个问题：跳过" adds nothing
        return f"未新增{_which(key)}：“{m.group('value').strip()}”不是内容（现有 {len(state.figures.get(key) or [])} 条）"
    new = formal_items(m.group("value"))
    if not new:
        return None
    items = state.figures.setdefault(key, [])
    items.extend(new)
    if key in state.skipped:
        state.skipped.remove(key)
    return f"新增{_which(key)}：" + "；".join(new) + f"（共 {len(items)} 条）"


def _indicator_field(state: ChatState, m: re.Match[str]) -> str | None:
    rows = state.figures.get("indicators") or []
    i = _index(m, rows)
    if i is None:
        return f"没有这条指标（现有 {len(rows)} 条），请核对序号"
    key, value = _IND_FIELDS[m.group("field")], m.group("value").strip().strip("“”\"'")
    row = rows[i]
    if key in ("level1", "level2"):
        return _set_level(row, i, value, only_level1=key == "level1")
    if key in ("weight", "score"):
        points = _POINTS.match(value)
        if not points:
            return None
        row[key] = int(float(points.group(1))) if float(points.group(1)).is_integer() else float(points.group(1))
    else:
        row[key] = formal(value, "reason") if key == "deviation_note" else value
    return f"第{i + 1}条指标“{row['name']}”的{m.group('field')}改为 {row[key]}"


def _indicator_level(state: ChatState, m: re.Match[str]) -> str | None:
    rows = state.figures.get("indicators") or []
    if resolve(m.group("value")) is None or not rows:
        return None
    if m.group("n") or m.group("last"):
        i = _index(m, rows)
    else:
        said = (m.group("name") or m.group("bare") or "").strip()
        exact = [k for k, r in enumerate(rows) if r.get("name") == said]
        i = exact[0] if len(exact) == 1 else refer(said, rows)
    if i is None:
        return None
    return _set_level(rows[i], i, m.group("value"), only_level1=False)


def _set_level(row: dict[str, Any], i: int, value: str, only_level1: bool) -> str | None:
    found = resolve(value)
    if found is None:
        return f"“{value}”不是指标类别；可选：数量、质量、时效、成本、经济效益、社会效益、生态效益、可持续影响、满意度"
    level1, level2 = found
    if level2 is not None and not only_level1:
        row["level1"], row["level2"] = level1, level2
    else:  # only the 一级 was said: the 二级 is inferred again within it
        row["level1"] = level1
        guess = classify(str(row.get("name") or ""), row.get("target"), row.get("actual"), level1)
        row.pop("level2", None)
        if guess is not None:
            row["level2"] = guess.level2
    return f"第{i + 1}条指标“{row['name']}”的类别改为 {shown(row)}"


_EDITS: list[tuple[re.Pattern[str], Edit]] = [
    (_DELETE, _delete),
    (_DELETE_AFTER, _delete),
    (_ITEM_SET, _set_item),
    (_ITEM_ADD, _add_item),
    (_IND_FIELD, _indicator_field),
    (_FIELD_SET, _set_field),
    (_IND_LEVEL, _indicator_level),
]
