import unicodedata

def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)

def spaced(rs, gap=3):
    """Rows as runs of spaces, columns padded to display width."""
    n = max(len(r) for r in rs)
    widths = [0] * n
    for r in rs:
        for i, c in enumerate(r):
            if i < n - 1 and len(r) > 2:
                widths[i] = max(widths[i], dwidth(c))
    out = []
    for r in rs:
        if len(r) <= 2:
            out.append((" " * 4).join(r).rstrip())
            continue
        line = ""
        for i, c in enumerate(r):
            if i == len(r) - 1:
                line += c
            else:
                line += c + " " * (widths[i] - dwidth(c) + gap)
        out.append(line.rstrip())
    return "\n".join(out)
