"""Indicator levels: 一级 (产出 / 效益 / 满意度) and 二级 (数量 … 服务对象满意度) from name and unit.

A table-driven classifier: the table is ``chains/prompts/intake/indicator_levels.toml`` (the levels, the
words a user may call them by, and ordered rules on the indicator's name and its target or actual
value). The conversation shows what it inferred for confirmation, and every level can be changed
(“第2条指标改为质量指标”). Pure apart from reading the table once.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

TABLE_FILE = Path(str(resources.files("chains") / "prompts" / "intake" / "indicator_levels.toml"))


@dataclass(frozen=True)
class LevelRule:
    level2: str
    name: re.Pattern[str] | None
    value: re.Pattern[str] | None
    not_name: re.Pattern[str] | None
    why: str


@dataclass(frozen=True)
class Levels:
    level1: str
    level2: str
    why: str


@dataclass(frozen=True)
class Table:
    parent: dict[str, str]  #: 二级 → 一级
    words: list[tuple[str, str]]  #: (what a user may say, 二级), longest first
    rules: tuple[LevelRule, ...]


def _compile(raw: dict[str, Any], key: str) -> re.Pattern[str] | None:
    return re.compile(raw[key]) if raw.get(key) else None


@lru_cache(maxsize=1)
def table() -> Table:
    data = tomllib.loads(TABLE_FILE.read_text(encoding="utf-8"))
    parent = {lv["level2"]: lv["level1"] for lv in data["level"]}
    words = sorted(((w, lv["level2"]) for lv in data["level"] for w in lv["words"]), key=lambda p: -len(p[0]))
    rules = []
    for raw in data["rule"]:
        if raw["level2"] not in parent:
            raise ValueError(f"{TABLE_FILE.name}: unknown level2 {raw['level2']}")
        rules.append(
            LevelRule(raw["level2"], _compile(raw, "name"), _compile(raw, "value"), _compile(raw, "not_name"), raw["why"])
        )
    return Table(parent, words, tuple(rules))


LEVEL1_NAMES = ("产出指标", "效益指标", "满意度指标")


def classify(name: str, target: str | None = None, actual: str | None = None, level1: str | None = None) -> Levels | None:
    """The levels an indicator's name and values imply (the first rule of the table that matches), or None.

    With ``level1`` given (an imported row that has it), only 二级 levels under that 一级 are considered."""
    t = table()
    values = [v for v in (target, actual) if v]
    for rule in t.rules:
        if level1 and t.parent[rule.level2] != _level1_name(level1):
            continue
        if rule.name is not None and not rule.name.search(name):
            continue
        if rule.value is not None and not any(rule.value.search(v) for v in values):
            continue
        if rule.not_name is not None and rule.not_name.search(name):
            continue
        return Levels(t.parent[rule.level2], rule.level2, rule.why)
    return None


def _level1_name(text: str) -> str:
    for name in LEVEL1_NAMES:
        if text.startswith(name[:2]):
            return name
    return text


def resolve(text: str) -> tuple[str, str | None] | None:
    """What a user calls a level → (一级, 二级 or None): 质量 → (产出指标, 质量指标); 效益指标 → (效益指标, None)."""
    said = re.sub(r"^[“\"']|[”\"'。.！!]$", "", text.strip()).strip()
    t = table()
    for word, level2 in t.words:
        if said == word:
            return t.parent[level2], level2
    for name in LEVEL1_NAMES:
        if said in (name, name[:-2]):
            return name, None
    return None


def infer_row(row: dict[str, Any]) -> Levels | None:
    """Fill a row's missing 一级 / 二级 from the table; returns what was inferred (None: nothing new)."""
    if row.get("level1") and row.get("level2"):
        return None
    found = classify(str(row.get("name") or ""), row.get("target"), row.get("actual"), row.get("level1"))
    if found is None:
        return None
    row["level1"] = row.get("level1") or found.level1
    row["level2"] = found.level2
    return found


def shown(row: dict[str, Any]) -> str:
    """产出指标／数量指标, or 待确认 when the row has no levels."""
    parts = [p for p in (row.get("level1"), row.get("level2")) if p]
    return "／".join(parts) if parts else "类别待确认"
