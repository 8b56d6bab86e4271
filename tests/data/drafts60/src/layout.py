"""PDF-copy layout: hard wraps, page headers/footers, flattened tables with 续表."""
import unicodedata

NO_START = set("，。、；：？！）》」』〕〉】”’%％…·,.;:)]")
NO_END = set("（《「『〔〈【“‘([")


def cw(ch):
    return 1 if ord(ch) < 128 else 2


def tokens(text):
    out, buf = [], ""
    for ch in text:
        if ord(ch) < 128 and ch != " ":
            buf += ch
        else:
            if buf:
                out.append(buf)
                buf = ""
            out.append(ch)
    if buf:
        out.append(buf)
    return out


def wrap(text, width):
    """width in CJK characters; ASCII runs are never split; kinsoku for punctuation."""
    limit = width * 2
    lines, cur, w = [], "", 0
    for tok in tokens(text):
        tw = sum(cw(c) for c in tok)
        if w + tw > limit and cur and tok[0] not in NO_START:
            # move a trailing opening bracket to the next line
            carry = ""
            while cur and cur[-1] in NO_END:
                carry = cur[-1] + carry
                cur = cur[:-1]
            lines.append(cur)
            cur = carry + tok
            w = sum(cw(c) for c in cur)
        else:
            cur += tok
            w += tw
    if cur:
        lines.append(cur)
    return lines


def th_of(ln, kind, th):
    return ln if (kind == "r" and th is None and ln.startswith(("一级指标", "项目 行次", "序号", "项目资金", "资金情况"))) else None


def render(spec):
    width = spec["width"]
    lpp = spec["lpp"]
    body = []  # list of (line, kind, table_header)
    theader = None
    for blk in spec["blocks"]:
        kind = blk[0]
        if kind == "t":
            body.append((blk[1], "t", None))
        elif kind == "h":
            body.append((blk[1], "h", None))
        elif kind == "p":
            for ln in wrap(blk[1], width):
                body.append((ln, "p", None))
        elif kind == "th":  # table header row (repeated after a page break)
            theader = blk[1]
            body.append((blk[1], "r", None))
        elif kind == "r":
            body.append((blk[1], "r", theader))
        elif kind == "rw":  # long table cell text, wrapped wider
            for ln in wrap(blk[1], spec.get("twidth", width + 6)):
                body.append((ln, "r", theader))
        elif kind == "te":
            theader = None
        elif kind == "pb":
            body.append(("", "pb", None))
        else:
            raise ValueError(kind)
    # paginate
    pages, cur = [], []
    for ln, kind, th in body:
        if kind == "pb":
            if cur:
                pages.append(cur)
                cur = []
            continue
        if len(cur) >= lpp or (ln == th_of(ln, kind, th) and len(cur) >= lpp - 1):
            pages.append(cur)
            cur = []
        if not cur and pages and th is not None:
            cur.append("续表")
            cur.append(th)
        cur.append(ln)
    if cur:
        pages.append(cur)
    total = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        if i > 1 and spec.get("header"):
            out.append(spec["header"])
        out.extend(pg)
        out.append(spec["footer"](i, total))
    return "\n".join(out) + "\n"
