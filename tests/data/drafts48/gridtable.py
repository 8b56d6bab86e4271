"""Render pandoc-style GRID tables (as a docx-to-text converter prints them).

Cells are wrapped to the column width (display width: CJK = 2); a cell given as None
continues the cell above (row span), so the border under it is left open."""
import re
import unicodedata


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


TOKEN = re.compile(r"[0-9A-Za-z.,%≥≤=<>/+\-—:·~]+|.", re.S)


def wrap(text, width):
    lines = []
    for para in text.split("\n"):
        cur = ""
        for tok in TOKEN.findall(para):
            if dw(cur + tok) <= width:
                cur += tok
            else:
                if dw(tok) > width:
                    raise ValueError(f"token {tok!r} wider than column {width}")
                lines.append(cur)
                cur = tok
        lines.append(cur)
    return lines


def grid(widths, rows, header=1):
    n = len(widths)
    R = len(rows)
    span = {}
    cells = {}
    for r in range(R):
        assert len(rows[r]) == n, rows[r]
        for c in range(n):
            if rows[r][c] is None:
                continue
            k = 1
            while r + k < R and rows[r + k][c] is None:
                k += 1
            span[(r, c)] = k
            cells[(r, c)] = wrap(rows[r][c], widths[c])
    h = [1] * R
    for (r, c), k in span.items():
        if k == 1:
            h[r] = max(h[r], len(cells[(r, c)]))
    for (r, c), k in span.items():
        if k > 1:
            avail = sum(h[r:r + k]) + k - 1
            need = len(cells[(r, c)])
            if need > avail:
                h[r + k - 1] += need - avail
    owner = {}
    for r in range(R):
        for c in range(n):
            if rows[r][c] is not None:
                owner[(r, c)] = r
            else:
                owner[(r, c)] = owner[(r - 1, c)]

    def content(c, s, offset):
        lines = cells[(s, c)]
        t = lines[offset] if offset < len(lines) else ""
        return " " + t + " " * (widths[c] - dw(t)) + " "

    def line_from(segs):
        # segs: list of (is_border, text) per column
        out = ""
        for b in range(n + 1):
            left = segs[b - 1][0] if b > 0 else None
            right = segs[b][0] if b < n else None
            if (left in (None, False)) and (right in (None, False)):
                out += "|"
            else:
                out += "+"
            if b < n:
                out += segs[b][1]
        return out

    out = [line_from([(True, "-" * (w + 2)) for w in widths])]
    for r in range(R):
        for i in range(h[r]):
            segs = []
            for c in range(n):
                s = owner[(r, c)]
                off = sum(h[s:r]) + (r - s) + i
                segs.append((False, content(c, s, off)))
            out.append(line_from(segs))
        if r == R - 1:
            break
        ch = "=" if r == header - 1 else "-"
        segs = []
        for c in range(n):
            if rows[r + 1][c] is None:
                s = owner[(r, c)]
                off = sum(h[s:r + 1]) + (r - s)
                segs.append((False, content(c, s, off)))
            else:
                segs.append((True, ch * (widths[c] + 2)))
        out.append(line_from(segs))
    out.append(line_from([(True, "-" * (w + 2)) for w in widths]))
    return "\n".join(out)


if __name__ == "__main__":
    print(grid([8, 10, 6], [["一级指标", "三级指标", "分值"], ["产出指标", "办结法律援助案件数", "8"],
                            [None, "刑事案件", "6"], ["满意度", "受援人满意度", "10"]]))
