"""Text + findings → safe HTML with the offending figures highlighted.

User text is escaped *before* any markup is added: a report containing ``<script>`` shows those
characters and never becomes markup. Overlapping spans are handled by cutting the text at every
span boundary; each piece is marked with the most severe finding covering it and the tooltip lists
all of them. Each finding's number is shown after its span so the list below the text can refer to it.
"""

from __future__ import annotations

import html

from chains.findings import Finding

_RANK = {"error": 0, "warning": 1, "info": 2}


STYLE = """
<style>
.ra-doc {white-space: pre-wrap; line-height: 1.9; font-size: 0.98rem; padding: 0.8rem 1rem;
  border: 1px solid rgba(128,128,128,0.25); border-radius: 0.5rem; max-height: 36rem; overflow-y: auto;}
.ra-doc mark {padding: 0 2px; border-radius: 3px; cursor: help;}
.ra-doc mark.ra-error {background: #ffd6d6; border-bottom: 2px solid #c62828; color: inherit;}
.ra-doc mark.ra-warning {background: #fff1c2; border-bottom: 2px dashed #b8860b; color: inherit;}
.ra-doc mark.ra-info {background: #e3f0ff; color: inherit;}
.ra-doc mark.ra-related {background: transparent; border-bottom: 2px dotted #6a6a6a; color: inherit;}
.ra-doc sup.ra-ref {color: #c62828; font-weight: 600; font-size: 0.7rem; margin-left: 1px;}
.ra-doc sup.ra-ref.ra-warning {color: #8a6d00;}
</style>
"""


def tooltip(finding: Finding) -> str:
    """One line a user reads on hover: title, message and the expected value."""
    text = f"{finding.title}：{finding.message}"
    if finding.expected:
        text += f"（应为 {finding.expected}）"
    return text


def anchored(findings: list[Finding], length: int) -> list[tuple[int, Finding, int, int]]:
    """(number, finding, start, end) for findings with a non-empty span inside the text, clamped."""
    out = []
    for i, f in enumerate(findings, start=1):
        s, e = max(0, min(f.span[0], length)), max(0, min(f.span[1], length))
        if e > s:
            out.append((i, f, s, e))
    return out


def related_marks(findings: list[Finding], length: int) -> list[tuple[int, int, int]]:
    """(number, start, end) of the other figures each finding used (its evidence), clamped."""
    out = []
    for i, f in enumerate(findings, start=1):
        for s, e in f.related:
            s, e = max(0, min(s, length)), max(0, min(e, length))
            if e > s:
                out.append((i, s, e))
    return out


def highlight_html(text: str, findings: list[Finding], css_class: str = "ra-doc") -> str:
    """The whole text as one escaped ``<div>``, findings as ``<mark>`` with tooltips and numbers; the
    figures a finding used (its ``related`` spans) are marked too, so both sides of a mismatch show."""
    marks = anchored(findings, len(text))
    evidence = related_marks(findings, len(text))
    cuts = {0, len(text)}
    for _i, _f, s, e in marks:
        cuts.update((s, e))
    for _i, s, e in evidence:
        cuts.update((s, e))
    bounds = sorted(cuts)
    ends: dict[int, list[tuple[int, Finding]]] = {}
    for i, f, _s, e in marks:
        ends.setdefault(e, []).append((i, f))
    out: list[str] = [f'<div class="{html.escape(css_class)}">']
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece = html.escape(text[a:b])
        covering = [(i, f) for i, f, s, e in marks if s <= a and b <= e]
        if covering:
            worst = min(covering, key=lambda x: _RANK.get(str(x[1].severity), 3))[1]
            tip = html.escape("\n".join(f"[{i}] {tooltip(f)}" for i, f in covering), quote=True)
            out.append(f'<mark class="ra-{worst.severity}" title="{tip}">{piece}</mark>')
        elif used := sorted({i for i, s, e in evidence if s <= a and b <= e}):
            tip = html.escape("；".join(f"第[{i}]项计算所用的数字" for i in used), quote=True)
            out.append(f'<mark class="ra-related" title="{tip}">{piece}</mark>')
        else:
            out.append(piece)
        for i, f in ends.get(b, []):
            out.append(f'<sup class="ra-ref ra-{f.severity}">[{i}]</sup>')
    out.append("</div>")
    return "".join(out)
