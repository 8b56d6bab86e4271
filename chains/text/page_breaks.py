"""A table cut by a page break, its header printed again on the next page ("— 9 —" / "一级指标 二级指标 …"): the two
parts are one table. Where the first part was read, the second's rows join it; where it was not (a row wrapped beyond
reading), the second part's 合计 row is dropped, for the rows above it are not all there (fail closed)."""

from __future__ import annotations

import re

from chains.text.table_model import Table

PAGE_FOOTER = re.compile(r"^\s*(?:第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?|[—–\-－]+\s*\d{1,3}\s*[—–\-－]+"
                     r"|\d{1,3}\s*/\s*\d{1,3})\s*$", re.M)

#: a page's bare number far to the right of its line (a PDF copy's footer)
BARE_PAGE = re.compile(r"^[ \t\u3000]{10,}\d{1,3}[ \t]*$")

_REACH = 4000  # characters back to the header printed before: a page or two


def joined_across_pages(text: str, tables: list[Table]) -> list[Table]:
    out: list[Table] = []
    for table in sorted(tables, key=lambda t: t.span):
        header = table.header
        if header is None or not any(r.is_total() for r in table.rows):
            out.append(table)
            continue
        head = text[header.span[0] : header.span[1]].strip()
        before = text.rfind(head, max(0, header.span[0] - _REACH), header.span[0]) if len(head) >= 8 else -1
        if before < 0:
            out.append(table)
            continue
        if not PAGE_FOOTER.search(text, before, header.span[0]):
            out.append(table)  # no page break between: another table under the same header (a level's own table)
            continue
        first = next((t for t in out if t.header is not None and t.span[0] <= before < t.span[1] and t.roles == table.roles
                      and not any(r.is_total() for r in t.rows) and _furniture(text[t.span[1] : header.span[0]])), None)
        if first is not None:
            first.rows.extend(table.data_rows())  # the second page's rows under the first page's header
            continue
        if not any(t.span[0] <= before < t.span[1] for t in out):
            table.rows = [r for r in table.rows if not r.is_total()]
        out.append(table)
    return out


def _furniture(between: str) -> bool:
    """Nothing but blank lines and a page's footer."""
    return all(not ln.strip() or PAGE_FOOTER.fullmatch(ln) for ln in between.split("\n"))
