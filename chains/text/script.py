"""Traditional characters read as simplified, one character for one, so every offset stays where it was.

Reports from Taiwan-style sources, scanned pages and some provincial sites come in traditional characters
(萬元, 預算, 執行率); the checker's words are simplified. ``simplified`` maps character by character with
the tables of ``hanziconv`` (no phrase conversion, which could change the length), through ``str.translate``.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def _table() -> dict[int, int]:
    from hanziconv.charmap import simplified_charmap, traditional_charmap

    # a character of GB 2312 is simplified text already (呼, 乾, 著 of 显著): mapping it would change a correct
    # word; only the few traditional forms GB 2312 also holds are mapped
    return {ord(t): ord(s) for t, s in zip(traditional_charmap, simplified_charmap, strict=True)
            if t != s and (not _in_gb2312(t) or t in _TRADITIONAL_IN_GB2312)}


_TRADITIONAL_IN_GB2312 = frozenset("後夥麽徵於摺")


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=1)
def _traditional() -> re.Pattern[str]:
    return re.compile("[" + "".join(sorted(map(chr, _table()))) + "]")


def simplified(text: str) -> str:
    """``text`` with traditional characters replaced by simplified ones; the same length, the same offsets."""
    if not _traditional().search(text):
        return text  # most reports: one pass of a character class instead of a lookup per character
    out = text.translate(_table())
    return out if len(out) == len(text) else text


#: pinyin some sites print after a character: 下達(dá)資金, 區(qū)
_PINYIN = re.compile(r"\((?<=[\u4e00-\u9fff]\()[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}\)")  # "(" first: a quick scan


def reading(text: str) -> str:
    """The text as the checker reads it: simplified characters, pinyin annotations blanked; same offsets."""
    return _PINYIN.sub(lambda m: " " * len(m.group(0)), simplified(text))
