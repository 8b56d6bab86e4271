"""Indicators in the chat: free-form lines, deviation reasons, levels shown for confirmation.

Pure. A line such as “更换管网长度 目标46公里 实际完成了48.6公里 占10分” becomes a row with its name,
target, actual value and weight (``extract.parse_indicator_line``); a reason said with it or on its own
(“合格率没达标是因为下半年降雨偏多”) becomes the ``deviation_note`` of the indicator it names, or a question
(“这句里的‘下半年降雨偏多’记为哪个指标的偏差原因？”) — never dropped. Each new row gets its 一级 / 二级
indicator from ``levels.classify``; when the list is finished the levels are shown once for confirmation.
"""

from __future__ import annotations

import re
from typing import Any

from chains.conversation.extract import Extraction, parse_indicator_line
from chains.conversation.flow import (
    FINISHED,
    MORE_INDICATORS,
    NO,
    SKIP,
    YES,
    ChatState,
    check_plausible,
    first_hard,
    reply,
    say,
    soft,
)
from chains.conversation.levels import infer_row, shown
from chains.conversation.numerals import evaluate
from chains.conversation.register import formal

#: a clause that gives a reason: 因为 / 由于 / 原因是 / 受…影响 / …导致…
_REASON = re.compile(
    r"(?:偏差)?原因(?:主要)?(?:是|为|在于|：|:)|(?:主要)?(?:是)?(?:因为|由于)|受.{1,15}?影响|导致|造成|致使|所以"
)
_CAUSE_FIRST = re.compile(r"^(?P<cause>.+?)[，,]?\s*(?:导致|造成|致使|所以|因此)(?P<effect>.*)$")
_CAUSE_AFTER = re.compile(
    r"^(?P<effect>.*?)[，,]?\s*(?:(?:偏差)?原因(?:主要)?(?:是|为|在于|：|:)|(?:主要)?(?:是)?(?:因为|由于))(?P<cause>.+)$"
)
#: what a said-back line must not be taken for: a line that only states a cause is no indicator
_NOT_A_NAME = re.compile(r"因为|由于|原因|导致|造成|影响|偏多|偏少|降雨|天气")
#: a cause said without 因为 / 原因是 (“下半年降雨偏多”): still taken for a reason when said back
_CAUSE_WORDS = re.compile(r"偏多|偏少|天气|降雨|雨季|疫情|滞后|延期|推迟|延误|停工|返工|不足|不到位")
_ORDINAL = r"(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})"
_REF = re.compile(rf"^\s*(?:第\s*)?{_ORDINAL}\s*(?:个|条|项)?(?:指标)?\s*[。.]?\s*$")
_REF_IN = re.compile(rf"第\s*{_ORDINAL}\s*(?:个|条|项)(?:指标)?")
#: parts of indicator names that say nothing about which indicator is meant
_GENERIC = {"完成", "指标", "实际", "目标", "年度", "数量", "项目", "资金", "情况", "工程", "服务", "建设", "管理"}


def ordinal(text: str) -> int | None:
    """2 / 二 / 十一 → 2 / 2 / 11 (1-based), or None."""
    if text.isdigit():
        return int(text)
    value, problem, _approx = evaluate(text.replace("两", "二"))
    return int(value) if value is not None and problem is None and value == int(value) else None


def split_reason(line: str) -> tuple[str, str | None]:
    """(the line without its reason, the reason) — “…，原因是下半年降雨偏多” → (“…”, “下半年降雨偏多”)."""
    if not _REASON.search(line):
        return line, None
    m = _CAUSE_AFTER.match(line)
    if m and m.group("cause").strip():
        return m.group("effect").strip(" ，,"), m.group("cause").strip(" ，,。")
    m = _CAUSE_FIRST.match(line)
    if m:
        return m.group("effect").strip(" ，,"), m.group("cause").strip(" ，,。")
    m = re.search(r"受.{1,15}?影响", line)
    if m:
        return (line[: m.start()] + line[m.end() :]).strip(" ，,"), line[m.start() :].strip(" ，,。")
    return "", line.strip(" ，,。")


def is_reason(text: str) -> bool:
    """Whether ``text`` gives a cause (因为 …, 原因是 …, or words such as 降雨偏多, 延期)."""
    return bool(_REASON.search(text) or _CAUSE_WORDS.search(text))


def refer(text: str, rows: list[dict[str, Any]]) -> int | None:
    """The 0-based index of the indicator ``text`` refers to: “第2条”, its name or the longest part of a name."""
    m = _REF.match(text) or _REF_IN.search(text)
    if m:
        n = ordinal(m.group("n"))
        return n - 1 if n is not None and 1 <= n <= len(rows) else None
    best: list[int] = []
    best_len = 1
    for i, row in enumerate(rows):
        name = str(row.get("name") or "")
        length = _overlap(name, text)
        if length > best_len:
            best, best_len = [i], length
        elif length == best_len and length > 1:
            best.append(i)
    return best[0] if len(best) == 1 else None


def _overlap(name: str, text: str) -> int:
    """Length of the longest part of ``name`` (two characters or more, not a generic word) found in ``text``."""
    for size in range(len(name), 1, -1):
        for start in range(len(name) - size + 1):
            part = name[start : start + size]
            if part not in _GENERIC and part in text:
                return size
    return 0


def read_row(line: str) -> dict[str, Any] | None:
    """One indicator line, or None when it is not one (a cause, a sentence, a row without a value)."""
    row = parse_indicator_line(line)
    if row is None or _NOT_A_NAME.search(row["name"]) or len(row["name"]) > 30:
        return None
    if any("了" in str(row.get(k) or "") or len(str(row.get(k) or "")) > 20 for k in ("target", "actual")):
        return None
    return row


def step_indicators(state: ChatState, step: str, text: str, ex: Extraction, said: list[str]) -> ChatState:
    """Lines of indicators (with or without reasons), a reason for one already given, or 好了."""
    if ex.updates or ex.questions:  # a correction of a figure (“支出写错了，是79.6万”), not an indicator line
        check_plausible(state)
        if first_hard(state):
            return reply(state, said)
        return say(state, "已记录：" + "；".join(said) + "。" + MORE_INDICATORS)
    if FINISHED.match(text) or SKIP.match(text):
        return finish(state, said)
    rows = state.figures.setdefault("indicators", [])
    added, asked = 0, []
    for line in (ln.strip() for ln in text.splitlines()):
        if not line:
            continue
        rest, reason = split_reason(line)
        row = read_row(rest) if rest else None
        if row is not None:
            if reason:
                row["deviation_note"] = formal(reason, "reason")
            infer_row(row)
            rows.append(row)
            added += 1
            said.append(f"“{row['name']}”（{shown(row)}" + (f"，偏差原因：{row['deviation_note']}）" if reason else "）"))
        elif reason:
            asked.extend(place_reason(state, line, reason, said))
        else:
            asked.append(f"这一行“{line}”没能读成指标（名称、年度指标值、实际完成值、分值），请重新输入？")
            state.unplaced.append(line)
    if not rows:
        state.figures.pop("indicators")
    if not added and not said and not state.pending:
        return say(
            state,
            "没能读出指标。请按“名称，年度指标值，实际完成值，分值”每行一条输入，"
            "例如“培训人次，≥300人次，320人次，10分”；或回答“好了”跳过。",
        )
    if added:
        said.insert(0, f"新增 {added} 条指标（共 {len(rows)} 条）")
    parts = ["已记录：" + "；".join(said) + "。"] if said else []
    parts.extend(asked)
    hard = first_hard(state)
    parts.append(hard["question"] if hard else MORE_INDICATORS)
    return say(state, "\n\n".join(parts))


def place_reason(state: ChatState, line: str, reason: str, said: list[str]) -> list[str]:
    """A reason said on its own: the note of the indicator it names, else a question; returns what to say back."""
    rows = state.figures.get("indicators") or []
    note = formal(reason, "reason")
    i = refer(line, rows) if rows else None
    if i is not None:
        rows[i]["deviation_note"] = note
        said.append(f"“{rows[i]['name']}”的偏差原因：{note}")
        return []
    if not rows:
        state.unplaced.append(line)
        return [f"这句里的“{note}”记为哪个指标的偏差原因？（录入绩效指标时请一并说明，例如“××，原因是{note}”）"]
    listing = "；".join(f"{k + 1}. {r['name']}" for k, r in enumerate(rows))
    question = f"这句里的“{note}”记为哪个指标的偏差原因？请回答序号或名称（{listing}）；不属于任何指标请回答“不是”。"
    state.pending.append({"path": "indicators.deviation_note", "value": note, "question": question, "choose": True})
    return []


def answer_choice(state: ChatState, item: dict[str, Any], text: str, said: list[str]) -> bool:
    """The answer to “记为哪个指标的偏差原因？”: an indicator (by number or name), or 不是 (kept as unplaced)."""
    rows = state.figures.get("indicators") or []
    if NO.match(text):
        state.pending.remove(item)
        state.unplaced.append(item["value"])
        said.append(f"“{item['value']}”未记为偏差原因")
        return True
    i = refer(text, rows)
    if i is None and YES.match(text) and item.get("index") is not None:
        i = item["index"]
    if i is None:
        return False
    state.pending.remove(item)
    rows[i]["deviation_note"] = item["value"]
    said.append(f"“{rows[i]['name']}”的偏差原因：{item['value']}")
    return True


def finish(state: ChatState, said: list[str]) -> ChatState:
    """好了: reasons said earlier are placed or asked about, the inferred levels are shown once, then the problems."""
    rows = state.figures.get("indicators") or []
    if not rows:
        state.skipped.append("indicators")
    for text in [t for t in state.unplaced if is_reason(t)] if rows else []:
        state.unplaced.remove(text)
        _rest, reason = split_reason(text)
        note = formal(reason or text, "reason")
        if any(note in str(r.get("deviation_note") or "") for r in rows):
            continue  # said again with its indicator since
        i = refer(text, rows) if reason else None
        if i is not None:
            rows[i]["deviation_note"] = note
            said.append(f"“{rows[i]['name']}”的偏差原因：{note}")
        else:
            place_reason(state, text, reason or text, said)
    if rows:
        state.pending.append(soft("indicators.levels", None, levels_question(rows)))
    state.step = "problems"
    return reply(state, said, force_next=True)


def levels_question(rows: list[dict[str, Any]]) -> str:
    lines = [f"{i + 1}. {r['name']}：{shown(r)}" for i, r in enumerate(rows)]
    unknown = [str(i + 1) for i, r in enumerate(rows) if not r.get("level2")]
    ask = "以上一级、二级指标对吗？如需修改，请说“第2条指标改为质量指标”。"
    if unknown:
        ask = (f"第{'、'.join(unknown)}条未能判断类别，请说明，例如“第{unknown[0]}条指标改为社会效益指标”"
               "（数量、质量、时效、成本、经济效益、社会效益、生态效益、可持续影响、满意度）。") + ask
    return "按指标名称和单位推断的指标类别：\n" + "\n".join(lines) + "\n\n" + ask
