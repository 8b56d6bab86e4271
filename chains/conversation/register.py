"""Spoken answers → the formal register of a report (公文), offline, by rules kept as data.

The rules live in ``chains/prompts/intake/formal_register.toml``: each one a regular expression, its
replacement and the fields it applies to (name, unit, item, content, goals, reason). They remove fillers
and first-person chatter (嗯, 我们这个是, 具体是…在干, 一是一是, 吧 …) and turn colloquial words into
formal ones; they never add or drop a number. ``formal_items`` also splits a spoken list (一是…，二是…)
into its items. Pure apart from reading the rules file once.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

RULES_FILE = Path(str(resources.files("chains") / "prompts" / "intake" / "formal_register.toml"))
FIELDS = ("name", "unit", "item", "content", "goals", "reason")


@dataclass(frozen=True)
class Rule:
    what: str
    pattern: re.Pattern[str]
    replace: str
    fields: frozenset[str]
    speech: bool = False  #: a filler or a repetition itself, removed before a list is split


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    data = tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))
    out = []
    for raw in data.get("rule", []):
        unknown = set(raw["fields"]) - set(FIELDS)
        if unknown:
            raise ValueError(f"{RULES_FILE.name}: unknown fields {sorted(unknown)} in rule {raw['what']}")
        pattern = re.compile(raw["pattern"])
        out.append(Rule(raw["what"], pattern, raw["replace"], frozenset(raw["fields"]), bool(raw.get("speech"))))
    return tuple(out)


def formal(text: str, field: str) -> str:
    """``text`` in the formal register for ``field`` (one of ``FIELDS``); numbers are never touched."""
    if field not in FIELDS:
        raise ValueError(field)
    out = text.strip()
    for rule in rules():
        if field in rule.fields:
            out = rule.pattern.sub(rule.replace, out).strip()
    return out


def changed(before: str, after: str) -> bool:
    """Whether the rules changed more than the final full stop."""
    return before.strip().rstrip("。.") != after


#: where a spoken list starts a new item: 一是 / 二是 / 其次 / 另外 / 还有 …, at the start or after a comma
_ORDINAL = (
    r"(?:一是|二是|三是|四是|五是|六是|七是|八是|九是|十是|第[一二三四五六七八九十][个条点是]?|首先|其次|再次|最后|"
    r"另外|此外|还有(?:就是|一个是|一个|一点|一条)?|再就是|再有|再一个是?|然后(?:就是|呢)?)"
)
_ITEM_START = re.compile(rf"(?:^|[，,。；;\n]\s*){_ORDINAL}[，,、：:\s]*")
_SPLIT = re.compile(r"[；;\n]+|(?<=[。！!？?])")
_NUMBERED = re.compile(r"^\s*(?:[0-9]+[.、)）]|[（(][0-9一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)\s*")


def formal_items(text: str) -> list[str]:
    """A spoken list of problems or measures → its items in the formal register.

    Items are split at 分号, line breaks and full stops, and at spoken ordinals (一是…，二是…, 另外…);
    the ordinals themselves are dropped (the draft numbers the items again)."""
    text = formal_stutter(text)
    items: list[str] = []
    for part in _SPLIT.split(text):
        part = _NUMBERED.sub("", part)
        starts = [m.start() for m in _ITEM_START.finditer(part)] or [0]
        bounds = sorted({0, *starts})
        for a, b in zip(bounds, [*bounds[1:], len(part)], strict=True):
            piece = _ITEM_START.sub("", part[a:b], count=1) if a in starts else part[a:b]
            item = formal(piece, "item")
            if item:
                items.append(item)
    return items


def formal_stutter(text: str) -> str:
    """Only the fillers and repetitions (嗯, 一是一是): what must go before a list is split."""
    out = text
    for rule in rules():
        if rule.speech:
            out = rule.pattern.sub(rule.replace, out)
    return out
