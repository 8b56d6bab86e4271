"""Brackets around a figure or a 其中 in running text: "（其中…）" breaks down the figure before the bracket, and a
figure inside brackets details the one before them."""

from __future__ import annotations

import re


def bracket_closed_after(window: str, qi: int) -> bool:
    """Whether 其中 at ``qi`` opens inside a bracket that closes before the end of ``window``."""
    opened = max(window.rfind("(", 0, qi), window.rfind("（", 0, qi))
    closed = max(window.rfind(")", 0, qi), window.rfind("）", 0, qi))
    return opened > closed and bool(re.search(r"[)）]", window[qi:]))

def open_bracket_after(window: str, qi: int) -> bool:
    """Whether a bracket opened after 其中 is still open at the end of ``window``."""
    opened = max(window.rfind("(", qi), window.rfind("（", qi))
    closed = max(window.rfind(")", qi), window.rfind("）", qi))
    return opened > closed

def bracketed(window: str, pos: int) -> bool:
    """Whether ``pos`` lies inside brackets that close before the end of ``window``."""
    opened = max(window.rfind("(", 0, pos), window.rfind("（", 0, pos))
    if opened < 0 or max(window.rfind(")", 0, pos), window.rfind("）", 0, pos)) > opened:
        return False
    return bool(re.search(r"[)）]", window[pos:]))
