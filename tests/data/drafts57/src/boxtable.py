"""Render fixed-width box-drawing tables (used only to write the clean drafts)."""
import unicodedata


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


PROBLEMS = []


def pad(s, w):
    d = dw(s)
    if d > w:
        PROBLEMS.append("cell too wide: %r (%d > %d)" % (s, d, w))
    return s + " " * max(0, w - d)


CH = {
    (1, 1, 1, 1): "┼", (1, 1, 0, 1): "├", (1, 1, 1, 0): "┤", (0, 1, 1, 1): "┬",
    (1, 0, 1, 1): "┴", (1, 1, 0, 0): "│", (0, 0, 1, 1): "─", (0, 1, 0, 1): "┌",
    (0, 1, 1, 0): "┐", (1, 0, 0, 1): "└", (1, 0, 1, 0): "┘", (0, 0, 0, 0): " ",
    (1, 0, 0, 0): "│", (0, 1, 0, 0): "│", (0, 0, 1, 0): "─", (0, 0, 0, 1): "─",
}


def table(widths, rows):
    """rows: list of rows; a row is a list of cells; a cell is a str (may hold '\\n'),
    None (vertical continuation of the cell above: blank, no rule above it),
    or a tuple (text, span) spanning several columns."""
    n = len(widths)
    # normalise rows into (start_col, span, text_or_None)
    norm = []
    for r in rows:
        cells, c = [], 0
        for cell in r:
            if isinstance(cell, tuple):
                txt, sp = cell
            else:
                txt, sp = cell, 1
            cells.append((c, sp, txt))
            c += sp
        if c != n:
            raise ValueError("row width %d != %d: %r" % (c, n, r))
        norm.append(cells)
    # x positions of boundaries
    xs = [0]
    for w in widths:
        xs.append(xs[-1] + w + 3)
    total = xs[-1] + 1

    def bounds(cells):
        return {xs[c] for c, sp, t in cells} | {xs[n]}

    def segs(cells):
        # for each column: 1 if a rule is drawn above this row in that column
        out = [1] * n
        for c, sp, t in cells:
            if t is None:
                for k in range(c, c + sp):
                    out[k] = 0
        return out

    def rule(above, below):
        up = bounds(above) if above else set()
        dn = bounds(below) if below else set()
        sg = segs(below) if below else [1] * n
        line = []
        for x in range(total):
            if x in xs:
                j = xs.index(x)
                left = sg[j - 1] if j > 0 else 0
                right = sg[j] if j < n else 0
                line.append(CH[(int(x in up), int(x in dn), left, right)])
            else:
                j = max(i for i in range(n) if xs[i] < x)
                line.append("─" if sg[j] else " ")
        return "".join(line).rstrip()

    out = [rule(None, norm[0])]
    for i, cells in enumerate(norm):
        lines = max(len((t or "").split("\n")) for c, sp, t in cells)
        for k in range(lines):
            s = "│"
            for c, sp, t in cells:
                w = sum(widths[c:c + sp]) + 3 * (sp - 1)
                parts = (t or "").split("\n")
                s += " " + pad(parts[k] if k < len(parts) else "", w) + " │"
            out.append(s)
        out.append(rule(cells, norm[i + 1] if i + 1 < len(norm) else None))
    return "\n".join(out)


if __name__ == "__main__":
    print(table([6, 6, 8], [["一级", "二级", "三级指标"], ["产出", "数量", "县道\n里程"], [None, "质量", "合格率"], [("合计", 2), "100"]]))
