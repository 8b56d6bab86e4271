#!/usr/bin/env python3
"""Independent arithmetic check of the drafts494 set (standard library + decimal only).

For every case it reads the figures back from the text (regular expressions written for each
project's wording and table layout), redoes the arithmetic of rules.md §5-§8 and reports the
error codes of errors.md §A whose identities fail.  It then checks the labels:

  * every clean draft fails no check (and raises no score-rule warning);
  * every error case fails its labelled code and no other error code;
  * each label value occurs exactly once in its case;
  * each error case differs from its clean draft by one contiguous edit of at most 40
    characters, and that edit overlaps the label value;
  * every code of errors.md §A is used at least twice.

Prints OK on success, otherwise the problems, and exits 1.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 40
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

ERROR_CODES = [
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
    "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
    "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
    "completion_mismatch",
]
HUNDRED = Decimal(100)
WAN = Decimal(10000)
EPS = Decimal("1e-9")


class ExtractError(Exception):
    pass


# ----------------------------------------------------------------------------- numbers
class N:
    """A number as written: value, decimals, unit, approximate flag."""

    def __init__(self, raw, unit="", approx=False, label=""):
        raw = raw.replace(",", "")
        self.raw = raw
        self.v = Decimal(raw)
        self.d = len(raw.split(".")[1]) if "." in raw else 0
        self.unit = unit or ""
        self.approx = approx
        self.label = label

    def half(self):
        """Half a unit of the last written digit (rules §8 tolerance)."""
        return Decimal(5) * Decimal(10) ** (-(self.d + 1))

    def wan(self):
        """Money normalised to 万元."""
        if self.unit == "元":
            return self.v / WAN
        if self.unit == "亿元":
            return self.v * WAN
        return self.v

    def scaled(self, k):
        c = N(self.raw, self.unit, self.approx, self.label)
        c.v = self.v * k
        return c

    def __repr__(self):
        return f"{self.label}={self.raw}{self.unit}"


def agrees(computed, stated):
    return abs(computed - stated.v) <= stated.half() + EPS


def agrees_interval(lo, hi, stated):
    return lo - stated.half() - EPS <= stated.v <= hi + stated.half() + EPS


def r2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


CELL_RE = re.compile(r"^(约)?\s*(≥|≤|＞|＜|>=|<=|=|>|<|不低于|不少于|不超过|不高于)?\s*(\d+(?:\.\d+)?)\s*(.*)$")


def parse_cell(cell, munit=""):
    """Target/actual cell -> (sign, N) or None when qualitative."""
    cell = cell.strip()
    m = CELL_RE.match(cell)
    if not m:
        return None
    unit = m.group(4).strip()
    if unit in ("", "—"):
        unit = munit if munit not in ("—",) else ""
    return m.group(2) or "", N(m.group(3), unit, approx=bool(m.group(1)))


def direction(sign):
    if sign in ("≥", "＞", ">=", ">", "不低于", "不少于"):
        return "gte"
    if sign in ("≤", "＜", "<=", "<", "不超过", "不高于"):
        return "lte"
    return "eq"


def completion(a, t, d):
    """rules §5 completion in %."""
    if d == "lte":
        return HUNDRED if a <= t else t / a * HUNDRED
    if t == 0:
        return HUNDRED if a <= 0 else Decimal(0)
    return a / t * HUNDRED


# ----------------------------------------------------------------------------- extraction helpers
def one(text, pat, flags=re.M):
    ms = list(re.finditer(pat, text, flags))
    if len(ms) != 1:
        raise ExtractError(f"pattern {pat!r} matched {len(ms)} times")
    return ms[0]


def nums_in(s, unit_pat=r"(万元|元|吨|座|个|户)?"):
    return [N(m.group(1), m.group(2) or "") for m in re.finditer(r"(\d+(?:\.\d+)?)" + unit_pat, s)]


class Facts(dict):
    def put(self, name, raw, unit="", approx=False):
        self[name] = N(raw, unit, approx, name)
        return self[name]


class Row:
    def __init__(self, name, weight, score, target="", actual="", comp=None, munit="", dirc="", level=""):
        self.name = name
        self.level = level
        self.weight = N(weight, label=name + ".分值")
        self.score = N(score, label=name + ".得分")
        self.target_s, self.actual_s = target, actual
        self.comp_s = comp
        self.dirc = dirc
        self.t = parse_cell(target, munit) if dirc != "定性" else None
        self.a = parse_cell(actual, munit) if self.t else None
        self.partly = "部分" in actual
        self.exact = None   # unrounded actual (execution rate from the amounts), rules §8

    def with_exact(self, num, den):
        self.exact = num.wan() / den.wan() * HUNDRED
        return self

    def __repr__(self):
        return f"Row({self.name})"


def split_table(text, header_start, sep, end_labels=("总分", "合计")):
    """Rows of the table whose header line starts with header_start, up to the total row."""
    lines = text.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith(header_start)]
    if len(idx) != 1:
        raise ExtractError(f"table header {header_start!r} found {len(idx)} times")
    head = lines[idx[0]].split(sep)
    rows, total = [], None
    last = [""] * len(head)
    for l in lines[idx[0] + 1:]:
        if not l.strip():
            break
        cells = l.split(sep)
        cells += [""] * (len(head) - len(cells))
        # merged cells (blank) inherit the level names of the row above
        for k in range(min(2, len(cells))):
            if cells[k] == "":
                cells[k] = last[k]
        last = cells
        d = dict(zip(head, cells))
        if cells[0] in end_labels:
            total = d
            break
        rows.append(d)
    if total is None:
        raise ExtractError(f"table {header_start!r}: no total row")
    return head, rows, total


def table_rows(text, header_start, sep, cols):
    """cols maps our field -> header name."""
    head, raw, total = split_table(text, header_start, sep)
    rows = []
    for d in raw:
        rows.append(Row(
            name=d[cols["name"]], weight=d[cols["weight"]], score=d[cols["score"]],
            target=d[cols["target"]], actual=d[cols["actual"]],
            comp=d.get(cols.get("comp", "—none—")),
            munit=d.get(cols.get("munit", "—none—"), ""),
            dirc=d.get(cols.get("dirc", "—none—"), ""),
            level=d[cols["level"]],
        ))
    return rows, total


def funds_block(text, header_start, sep):
    """{row label: [cells]} of a funds block (header line up to a blank line / other header)."""
    lines = text.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith(header_start)]
    if len(idx) != 1:
        raise ExtractError(f"funds header {header_start!r} found {len(idx)} times")
    head = lines[idx[0]].split(sep)
    out = {}
    for l in lines[idx[0] + 1:]:
        cells = l.split(sep)
        if len(cells) < len(head) - 1 or not l.strip():
            break
        out[cells[0]] = cells[1:]
    return head[1:], out


def cellN(s, label, unit="万元"):
    s = s.strip().rstrip("%")
    if s in ("—", "-", ""):
        return None
    return N(s, unit, label=label)


# ----------------------------------------------------------------------------- check engine
class Result:
    def __init__(self):
        self.errors = []     # (code, message)
        self.warnings = []   # (code, message)

    def err(self, code, msg):
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    def codes(self):
        return sorted(set(c for c, _ in self.errors))


MONEY_UNITS = ("万元", "元", "亿元")


def rescales(n):
    if n.unit in MONEY_UNITS:
        return [n.scaled(Decimal("0.0001")), n.scaled(WAN)]
    return []


def money_agrees(c_wan, stated):
    """computed value (万元 for money) against a stated figure in its own unit."""
    if stated.unit == "元":
        return agrees(c_wan * WAN, stated)
    if stated.unit == "亿元":
        return agrees(c_wan / WAN, stated)
    return agrees(c_wan, stated)


def chk_sum(R, total, parts, what):
    s = sum(p.wan() for p in parts)
    if money_agrees(s, total):
        return
    # a single amount off by 10^4 is a unit slip (errors.md §A.11 b): most specific code wins
    for i, x in enumerate([total] + parts):
        for y in rescales(x):
            tt = y if i == 0 else total
            pp = [y if j + 1 == i else p for j, p in enumerate(parts)]
            if abs(sum(p.wan() for p in pp) - tt.wan()) <= EPS + Decimal("0.000001"):
                R.err("unit_mismatch", f"{what}: {x} reconciles the sum only when rescaled by 10^4")
                return
    R.err("sum_mismatch", f"{what}: {'+'.join(p.raw for p in parts)} = {s} ≠ {total}")


def chk_eq(R, a, b, what):
    ua = a.unit if a.unit not in MONEY_UNITS else "money"
    ub = b.unit if b.unit not in MONEY_UNITS else "money"
    if ua != ub:
        R.err("unit_mismatch", f"{what}: same quantity in units {a.unit!r} and {b.unit!r}")
        return
    av, bv = a.wan(), b.wan()
    tol = max(a.half() if a.approx else Decimal(0), b.half() if b.approx else Decimal(0))
    if abs(av - bv) <= tol + EPS:
        return
    for x, other in ((a, b), (b, a)):
        for y in rescales(x):
            if abs(y.wan() - other.wan()) <= tol + EPS:
                R.err("unit_mismatch", f"{what}: {x} equals {other} only when rescaled by 10^4")
                return
    R.err("conflicting_values", f"{what}: {a} vs {b}")


def chk_rate(R, stated, num, den, what):
    if stated is None:      # "—" where a rate could be printed: a missing figure, not an §A error
        return
    if den.wan() == 0:
        R.err("implausible_rate", f"{what}: rate {stated} on a zero base")
        return
    c = num.wan() / den.wan() * HUNDRED
    if not agrees(c, stated):
        R.err("rate_mismatch", f"{what}: {num.raw}/{den.raw} = {r2(c)}% ≠ {stated.raw}%")
    if stated.v > HUNDRED:
        R.err("implausible_rate", f"{what}: {stated.raw}% above 100%")


def chk_balance(R, stated, a, b, what):
    c = a.wan() - b.wan()
    if not agrees(c, stated):
        R.err("balance_mismatch", f"{what}: {a.raw}-{b.raw} = {c} ≠ {stated.raw}")


def chk_avg(R, stated, items, what):
    c = sum(i.v for i in items) / Decimal(len(items))
    if not agrees(c, stated):
        R.err("average_mismatch", f"{what}: mean {r2(c)} ≠ {stated.raw}")


def chk_perunit(R, stated_yuan, amount_wan, qty, what):
    c = amount_wan.wan() * WAN / qty.v
    if not agrees(c, stated_yuan):
        R.err("average_mismatch", f"{what}: {amount_wan.raw}万元/{qty.raw} = {r2(c)}元 ≠ {stated_yuan.raw}元")


def chk_pct_of(R, stated, pct, base, what):
    c = base.wan() * pct / HUNDRED
    if not agrees(c, stated):
        R.err("rate_mismatch", f"{what}: {pct}% of {base.raw} = {c} ≠ {stated.raw}")


def chk_completion(R, stated, actual, target, d, what):
    if actual.approx:
        lo = completion(actual.v - actual.half(), target.v, d)
        hi = completion(actual.v + actual.half(), target.v, d)
        ok = agrees_interval(min(lo, hi), max(lo, hi), stated)
    else:
        ok = agrees(completion(actual.v, target.v, d), stated)
    if not ok:
        R.err("completion_mismatch", f"{what}: completion {r2(completion(actual.v, target.v, d))}% ≠ {stated.raw}%")


def chk_year_is(R, y, Y, what):
    if y != Y:
        R.err("year_mismatch", f"{what}: {y} in a {Y} report")


def chk_year_after(R, y, Y, what):
    if y <= Y:
        R.err("year_mismatch", f"{what}: carried over to {y}, not later than {Y}")


def chk_issue(R, y, m, Y, what):
    if not (y == Y or (y == Y - 1 and m == 12)):
        R.err("year_mismatch", f"{what}: issued {y}-{m} for a {Y} budget")


def chk_le100(R, n, what):
    if n.v > HUNDRED or n.v < 0:
        R.err("implausible_rate", f"{what}: {n.raw}% outside 0-100%")


def chk_zero_base(R, cell, base, what):
    c = cell.strip()
    if base.wan() == 0 and c not in ("—", "-", "", "0", "0.00", "0%"):
        R.err("implausible_rate", f"{what}: rate {c} printed on a zero base")


GRADES = [("优秀", 90), ("优", 90), ("良好", 80), ("良", 80), ("中等", 60), ("一般", 60), ("合格", 60),
          ("中", 60), ("较差", 0), ("不合格", 0), ("差", 0)]


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


def grade_band(word):
    for w, lo in GRADES:
        if word.startswith(w):
            return {90: "优", 80: "良", 60: "中", 0: "差"}[lo]
    raise ExtractError(f"unknown grade {word!r}")


def chk_grade(R, total, word, what):
    if band(total.v) != grade_band(word):
        R.err("grade_mismatch", f"{what}: {total.raw} is {band(total.v)}, stated {word}")


RATE_WORDS = ("率", "满意度", "比例")


def chk_rows(R, rows, totals, weight_totals, what="自评表"):
    """Generic indicator-table checks (I6-I8, I13, I5 for rate-type actuals, §5 score rules)."""
    for r in rows:
        w, s = r.weight, r.score
        if s.v > w.v or s.v < 0:
            R.err("score_exceeds_weight", f"{r.name}: score {s.raw} > weight {w.raw}")
        if r.t is None:
            # qualitative: bands of rules §5 (warning only)
            lo, hi = (Decimal("0.6"), Decimal("0.8")) if r.partly else (Decimal("0.8"), Decimal(1))
            if not (s.v > w.v or (lo * w.v - EPS <= s.v and (s.v < hi * w.v or (hi == 1 and s.v <= w.v)))):
                R.warn("score_rule_mismatch", f"{r.name}: qualitative score {s.raw} outside band")
            continue
        if r.a is None:
            R.err("unit_mismatch", f"{r.name}: numeric target {r.target_s!r}, actual {r.actual_s!r}")
            continue
        (ts, t), (_, a) = r.t, r.a
        if t.unit != a.unit:
            R.err("unit_mismatch", f"{r.name}: target unit {t.unit!r} vs actual unit {a.unit!r}")
            continue
        d = direction(r.dirc if r.dirc in ("≥", "≤", "=") else ts)
        if a.unit == "%" and any(x in r.name for x in RATE_WORDS) and a.v > HUNDRED:
            R.err("implausible_rate", f"{r.name}: actual {a.raw}% above 100%")
        comp_stated = None
        if r.comp_s is not None and r.comp_s.strip() not in ("—", ""):
            comp_stated = N(r.comp_s.strip().rstrip("%"), "%")
            chk_completion(R, comp_stated, a, t, d, r.name)
        if s.v <= w.v:
            c = completion(a.v, t.v, d)
            ok = []
            if d == "lte" and a.v > t.v:
                ok.append(r2(w.v * t.v / a.v))
                ok.append(r2(max(Decimal(0), w.v * (1 - (a.v - t.v) / t.v))))
            else:
                ok.append(r2(w.v * min(c, HUNDRED) / HUNDRED))
            if comp_stated is not None:
                ok.append(r2(w.v * min(comp_stated.v, HUNDRED) / HUNDRED))
            if r.exact is not None:
                ok.append(r2(w.v * min(completion(r.exact, t.v, d), HUNDRED) / HUNDRED))
            if a.approx:
                for dv in (-a.half(), a.half()):
                    ok.append(r2(w.v * min(completion(a.v + dv, t.v, d), HUNDRED) / HUNDRED))
                lo_, hi_ = min(ok), max(ok)
                good = lo_ - s.half() - EPS <= s.v <= hi_ + s.half() + EPS
            else:
                good = any(agrees(o, s) for o in ok)
            if not good:
                R.warn("score_rule_mismatch", f"{r.name}: score {s.raw}, rule gives {ok}")
    wsum = sum(r.weight.v for r in rows)
    ssum = sum(r.score.v for r in rows)
    if wsum != HUNDRED:
        R.err("weight_sum_mismatch", f"{what}: weights add up to {wsum}")
    for wt in weight_totals:
        if wsum != wt.v:
            R.err("weight_sum_mismatch", f"{what}: weights {wsum} ≠ stated {wt.raw}")
    for tot in totals:
        if not agrees(ssum, tot):
            R.err("score_sum_mismatch", f"{what}: scores add up to {ssum} ≠ stated {tot.raw}")


def level_checks(R, rows, level, weight=None, score=None):
    sel = [r for r in rows if r.level == level]
    if weight is not None and sum(r.weight.v for r in sel) != weight.v:
        R.err("weight_sum_mismatch", f"{level}: weights {sum(r.weight.v for r in sel)} ≠ {weight.raw}")
    if score is not None and not agrees(sum(r.score.v for r in sel), score):
        R.err("score_sum_mismatch", f"{level}: scores {sum(r.score.v for r in sel)} ≠ {score.raw}")


# ----------------------------------------------------------------------------- project A
def check_yushu(t):
    R, f = Result(), Facts()
    Y = int(one(t, r"\A榆树市农业农村局\n(\d{4})年度")[1])
    chk_year_is(R, int(one(t, r"^年度｜(\d{4})年$")[1]), Y, "自评表年度")
    chk_year_is(R, int(one(t, r"截至(\d{4})年12月31日已全部到位")[1]), Y, "到位截至日")
    m = one(t, r"第一批为中央资金([\d.]+)万元，由省财政厅以吉财农指〔\d{4}〕\d+号文件于(\d{4})年(\d+)月提前下达")
    b1 = f.put("b1", m[1], "万元"); chk_issue(R, int(m[2]), int(m[3]), Y, "第一批")
    m = one(t, r"第二批为省级资金([\d.]+)万元，以吉财农指〔\d{4}〕\d+号文件于(\d{4})年(\d+)月追加下达")
    b2 = f.put("b2", m[1], "万元"); chk_issue(R, int(m[2]), int(m[3]), Y, "第二批")
    annual = f.put("annual", one(t, r"全年预算数([\d.]+)万元，截至")[1], "万元")
    chk_sum(R, annual, [b1, b2], "全年预算=两批")
    chk_rate(R, f.put("recv_rate", one(t, r"资金到位率(\d+(?:\.\d+)?)%")[1], "%"), annual, annual, "到位率(全部到位)")
    m = one(t, r"共兑付补助资金([\d.]+)(万元|元)（(\d+)(元|万元)），预算执行率([\d.]+)%")
    spent = f.put("spent", m[1], m[2]); spent_y = f.put("spent_yuan", m[3], m[4])
    chk_eq(R, spent, spent_y, "执行数两种写法")
    chk_rate(R, N(m[5], "%"), spent, annual, "预算执行率(正文)")
    m = one(t, r"其中中央资金支出([\d.]+)万元，执行率([\d.]+)%；省级资金支出([\d.]+)(万元|元)，执行率([\d.]+)%")
    cs, ps = N(m[1], "万元", label="中央支出"), N(m[3], m[4], label="省级支出")
    chk_rate(R, N(m[2], "%"), cs, b1, "中央执行率")
    chk_rate(R, N(m[5], "%"), ps, b2, "省级执行率")
    chk_sum(R, spent, [cs, ps], "执行=中央+省级")
    per = nums_in(one(t, r"各中心补助额分别为：(.*?)。")[1])
    chk_sum(R, spent, per, "各中心补助合计")
    m = one(t, r"投资额([\d.]+)万元，按30%测算为([\d.]+)万元，超过单个中心(\d+)万元上限，按([\d.]+)万元兑付")
    inv, calc, cap, paid = N(m[1], "万元"), N(m[2], "万元"), N(m[3], "万元"), N(m[4], "万元")
    chk_pct_of(R, calc, Decimal(30), inv, "金穗合作社30%")
    if not (calc.v > cap.v and paid.v == cap.v):
        R.err("rate_mismatch", "上限兑付")
    chk_eq(R, paid, per[1], "金穗合作社兑付额")
    chk_balance(R, f.put("carry", one(t, r"剩余资金([\d.]+)万元结转至")[1], "万元"), annual, spent, "结转")
    chk_year_after(R, int(one(t, r"结转至(\d{4})年，待验收")[1]), Y, "结转年份")
    m = one(t, r"\d+个中心总投资([\d.]+)万元，其中补助资金([\d.]+)万元、主体自筹([\d.]+)(万元|元)，补助资金占总投资的([\d.]+)%")
    tinv, sub, own = N(m[1], "万元"), N(m[2], "万元", label="补助资金"), N(m[3], m[4], label="自筹")
    chk_sum(R, tinv, [sub, own], "总投资")
    chk_eq(R, sub, spent, "补助资金")
    share = N(m[5], "%", label="补助比例")
    chk_rate(R, share, sub, tinv, "补助占总投资")
    m = one(t, r"日烘干能力分别为(.*?)，合计(\d+)吨，平均每个中心日烘干能力(\d+)吨；按此测算，每吨日烘干能力平均补助(\d+)元")
    caps = nums_in(m[1]); capt = N(m[2], "吨")
    chk_sum(R, capt, caps, "日烘干能力合计")
    chk_avg(R, N(m[3], "吨"), caps, "平均日烘干能力")
    chk_perunit(R, N(m[4], "元"), spent, capt, "每吨补助")
    # funds block of the table
    hd, fb = funds_block(t, "资金情况（万元）｜", "｜")
    tot, fis, car, oth = fb["年度资金总额"], fb["其中：当年财政拨款"], fb["上年结转资金"], fb["其他资金"]
    for k, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        chk_sum(R, cellN(tot[k], "总额" + col), [cellN(x[k], col) for x in (fis, car, oth)], "资金表" + col)
    chk_eq(R, cellN(tot[0], "年初"), b1, "年初预算=提前下达第一批")
    chk_eq(R, cellN(tot[1], "全年"), annual, "全年预算(表/正文)")
    chk_eq(R, cellN(tot[2], "执行"), spent, "全年执行(表/正文)")
    for lab, row in (("年度资金总额", tot), ("当年财政拨款", fis), ("上年结转资金", car), ("其他资金", oth)):
        b, e = cellN(row[1], "全年"), cellN(row[2], "执行")
        if b.v == 0:
            chk_zero_base(R, row[4], b, lab + "执行率")
        else:
            chk_rate(R, cellN(row[4], "率", "%"), e, b, lab + "执行率")
    exec_row = Row("预算执行率", tot[3], tot[5], "100%", tot[4], level="预算执行").with_exact(spent, annual)
    rows, total = table_rows(t, "一级指标｜", "｜", dict(name="三级指标", weight="分值", score="得分",
                             target="年度指标值", actual="实际完成值", comp="完成率", level="一级指标"))
    rows = [exec_row] + rows
    totals = [N(total["得分"], label="表总分"), f.put("prose_total", one(t, r"本项目得分([\d.]+)分")[1])]
    chk_rows(R, rows, totals, [N(total["分值"], label="表总分值")])
    g = one(t, r"评价等级为(优秀|良好|中等|优|良|中|差)")[1]
    for tt in totals:
        chk_grade(R, tt, g, "等级")
    byname = {r.name: r for r in rows}
    chk_eq(R, N(one(t, r"全年新建烘干中心(\d+)个")[1], "个"), byname["新建粮食烘干中心数量"].a[1], "新建中心数")
    chk_eq(R, N(one(t, r"个，新增日烘干能力(\d+)吨，未达到")[1], "吨"), byname["新增日烘干能力"].a[1], "新增能力(正文)")
    chk_eq(R, capt, byname["新增日烘干能力"].a[1], "新增能力(合计/表)")
    chk_eq(R, N(one(t, r"验收合格率(\d+)%，验收后")[1], "%"), byname["烘干设施验收合格率"].a[1], "合格率")
    chk_eq(R, N(one(t, r"验收后平均(\d+)天完成兑付")[1], "天"), byname["验收后补助兑付时间"].a[1], "兑付天数")
    chk_eq(R, share, byname["补助资金占设施投资比例"].a[1], "补助比例(正文/表)")
    chk_eq(R, N(one(t, r"累计烘干玉米、水稻约([\d.]+)万吨")[1], "万吨", approx=True), byname["年烘干粮食量"].a[1], "烘干量")
    chk_eq(R, N(one(t, r"损失率降低约([\d.]+)个百分点")[1], "个百分点", approx=True), byname["粮食产后损失率降低"].a[1], "损失率降低")
    sat = N(one(t, r"满意度(\d+(?:\.\d+)?)%。")[1], "%")
    chk_le100(R, sat, "满意度")
    chk_eq(R, sat, byname["种粮农户满意度"].a[1], "满意度(正文/表)")
    # goals (一（二）) against the table's targets; policy against the figures used
    m = one(t, r"年度计划支持新建粮食烘干中心(\d+)个，新增日烘干能力(\d+)吨以上，年烘干粮食([\d.]+)万吨以上，粮食产后损失率降低([\d.]+)个百分点以上，种粮农户满意度(\d+)%以上")
    for val, unit, nm in ((m[1], "个", "新建粮食烘干中心数量"), (m[2], "吨", "新增日烘干能力"), (m[3], "万吨", "年烘干粮食量"),
                          (m[4], "个百分点", "粮食产后损失率降低"), (m[5], "%", "种粮农户满意度")):
        chk_eq(R, N(val, unit), byname[nm].t[1], "目标 " + nm)
    m = one(t, r"按烘干设备及配套设施投资额的(\d+)%给予补助，单个中心补助不超过(\d+)万元")
    chk_eq(R, N(m[1], "%"), byname["补助资金占设施投资比例"].t[1], "补助比例上限")
    chk_eq(R, N(m[2], "万元"), cap, "单个中心上限")
    m = one(t, r"^(\d{4})年，(\d+)个烘干中心通过")
    chk_year_is(R, int(m[1]), Y, "验收年度")
    chk_eq(R, N(m[2], "个"), N(str(len(per)), "个"), "验收中心数=补助名单")
    chk_eq(R, N(m[2], "个"), byname["新建粮食烘干中心数量"].a[1], "验收中心数(正文/表)")
    chk_eq(R, N(one(t, r"(\d+)个中心总投资")[1], "个"), N(m[2], "个"), "总投资中心数")
    chk_year_is(R, int(one(t, r"(\d{4})年我局组织实施")[1]), Y, "实施年度")
    chk_eq(R, N(one(t, r"补助比例控制在(\d+)%以内")[1], "%"), byname["补助资金占设施投资比例"].t[1], "补助比例(产出段)")
    return R


# ----------------------------------------------------------------------------- project B
def check_pujiang(t):
    R, f = Result(), Facts()
    Y = int(one(t, r"\A蒲江县农业农村局\n(\d{4})年度")[1])
    chk_year_is(R, int(one(t, r"自评表（(\d{4})年度）")[1]), Y, "自评表年度")
    chk_year_is(R, int(one(t, r"截至(\d{4})年12月31日，")[1]), Y, "截至日")
    m = one(t, r"预算执行情况(\d+)分、绩效指标(\d+)分设置，其中产出指标(\d+)分、效益指标(\d+)分")
    w_exec, w_ind, w_out, w_ben = (N(m[i], label=l) for i, l in ((1, "执行"), (2, "绩效指标"), (3, "产出"), (4, "效益")))
    m = one(t, r"项目资金([\d.]+)(万元|元)，均为中央财政资金，分两批下达：第一批([\d.]+)(万元|元)（川财农〔\d{4}〕\d+号，(\d{4})年(\d+)月提前下达，列入年初预算），第二批([\d.]+)(万元|元)（川财农〔\d{4}〕\d+号，(\d{4})年(\d+)月下达）")
    annual, b1, b2 = N(m[1], m[2], label="全年"), N(m[3], m[4], label="第一批"), N(m[7], m[8], label="第二批")
    chk_sum(R, annual, [b1, b2], "两批合计")
    chk_issue(R, int(m[5]), int(m[6]), Y, "第一批"); chk_issue(R, int(m[9]), int(m[10]), Y, "第二批")
    m = one(t, r"(\d+)座设施通过验收，兑付补助资金([\d.]+)(万元|元)，预算执行率([\d.]+)%")
    n_acc, spent = N(m[1], "座"), N(m[2], m[3], label="执行")
    chk_rate(R, N(m[4], "%"), spent, annual, "预算执行率(正文)")
    m = one(t, r"(\d+)座设施中预冷库(\d+)座、冷藏库(\d+)座、气调库(\d+)座，建设造价合计([\d.]+)万元，补助资金占造价的([\d.]+)%；新增库容(\d+)吨，平均每吨库容补助(\d+)元")
    chk_sum(R, N(m[1], "座"), [N(m[2], "座"), N(m[3], "座"), N(m[4], "座")], "设施类型")
    chk_eq(R, N(m[1], "座"), n_acc, "验收座数")
    cost = N(m[5], "万元")
    share = N(m[6], "%")
    chk_rate(R, share, spent, cost, "补助占造价")
    cap = N(m[7], "吨"); perton = N(m[8], "元")
    chk_perunit(R, perton, spent, cap, "每吨库容补助")
    m = one(t, r"未兑付资金([\d.]+)(万元|元)结转至(\d{4})年")
    chk_balance(R, N(m[1], m[2]), annual, spent, "结转")
    chk_year_after(R, int(m[3]), Y, "结转年份")
    hd, fb = funds_block(t, "项目资金（万元）\t", "\t")
    tot = fb["年度资金总额"]
    parts = [fb["其中：财政资金"], fb["财政专户管理资金"], fb["单位资金"], fb["其他资金"]]
    for k, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        chk_sum(R, cellN(tot[k], col), [cellN(p[k], col) for p in parts], "资金表" + col)
    chk_eq(R, cellN(tot[0], "年初"), b1, "年初=第一批")
    chk_eq(R, cellN(tot[1], "全年"), annual, "全年(表/正文)")
    chk_eq(R, cellN(tot[2], "执行"), spent, "执行(表/正文)")
    for lab, row in [("年度资金总额", tot)] + list(zip(("财政资金", "财政专户管理资金", "单位资金", "其他资金"), parts)):
        b, e = cellN(row[1], "全年"), cellN(row[2], "执行")
        if b.v == 0:
            chk_zero_base(R, row[4], b, lab + "执行率")
        else:
            chk_rate(R, cellN(row[4], "率", "%"), e, b, lab + "执行率")
    exec_row = Row("预算执行率", tot[3], tot[5], "100%", tot[4], level="预算执行").with_exact(spent, annual)
    rows, total = table_rows(t, "一级指标\t", "\t", dict(name="三级指标", weight="分值", score="得分", target="指标值",
                             actual="实际完成值", munit="度量单位", dirc="指标性质", level="一级指标"))
    chk_eq(R, w_exec, exec_row.weight, "执行分值")
    level_checks(R, rows, "产出指标", weight=w_out)
    level_checks(R, rows, "效益指标", weight=w_ben)
    if sum(r.weight.v for r in rows) != w_ind.v:
        R.err("weight_sum_mismatch", f"绩效指标 weights {sum(r.weight.v for r in rows)} ≠ {w_ind.raw}")
    if w_exec.v + w_ind.v != HUNDRED:
        R.err("weight_sum_mismatch", "执行+绩效指标 ≠ 100")
    if w_out.v + w_ben.v != w_ind.v:
        R.err("weight_sum_mismatch", f"产出{w_out.raw}+效益{w_ben.raw} ≠ 绩效指标{w_ind.raw}")
    rows = [exec_row] + rows
    totals = [N(total["得分"], label="表总分"), N(one(t, r"本项目得分([\d.]+)分")[1], label="正文总分")]
    chk_rows(R, rows, totals, [N(total["分值"])])
    g = one(t, r"评价等级为(优秀|良好|中等|优|良|中|差)")[1]
    for tt in totals:
        chk_grade(R, tt, g, "等级")
    by = {r.name: r for r in rows}
    built = N(one(t, r"全年建成冷藏保鲜设施(\d+)座")[1], "座")
    chk_eq(R, built, by["新建冷藏保鲜设施"].a[1], "建成座数(正文/表)")
    chk_eq(R, built, n_acc, "建成=验收座数")
    m = one(t, r"完成年度计划(\d+)座的([\d.]+)%")
    chk_eq(R, N(m[1], "座"), by["新建冷藏保鲜设施"].t[1], "计划座数")
    chk_completion(R, N(m[2], "%"), built, N(m[1]), "gte", "建成完成率(正文)")
    m = one(t, r"新增库容(\d+)吨，为目标的([\d.]+)%")
    chk_eq(R, N(m[1], "吨"), cap, "库容(两处正文)")
    chk_eq(R, N(m[1], "吨"), by["新增冷藏保鲜库容"].a[1], "库容(正文/表)")
    chk_completion(R, N(m[2], "%"), N(m[1]), by["新增冷藏保鲜库容"].t[1], "gte", "库容完成率(正文)")
    chk_eq(R, N(one(t, r"已建设施验收合格率(\d+)%")[1], "%"), by["设施验收合格率"].a[1], "合格率")
    chk_eq(R, N(one(t, r"验收后平均(\d+)天完成兑付")[1], "天"), by["验收后补助兑付时间"].a[1], "兑付天数")
    chk_eq(R, share, by["补助资金占设施造价比例"].a[1], "补助比例(正文/表)")
    chk_eq(R, perton, by["每吨库容补助额"].a[1], "每吨补助(正文/表)")
    chk_eq(R, N(one(t, r"果品销售增收约(\d+)万元")[1], "万元", approx=True), by["参与主体果品销售增收"].a[1], "增收")
    chk_eq(R, N(one(t, r"设施建成后带动农户(\d+)户")[1], "户"), by["带动农户数"].a[1], "带动农户(正文/表)")
    m = one(t, r"支持新型经营主体建设冷藏保鲜设施(\d+)座，新增库容(\d+)吨以上，设施验收合格率(\d+)%，补助资金占设施造价比例不超过(\d+)%，带动农户(\d+)户以上")
    for val, unit, nm in ((m[1], "座", "新建冷藏保鲜设施"), (m[2], "吨", "新增冷藏保鲜库容"), (m[3], "%", "设施验收合格率"),
                          (m[4], "%", "补助资金占设施造价比例"), (m[5], "户", "带动农户数")):
        chk_eq(R, N(val, unit), by[nm].t[1], "目标 " + nm)
    m = one(t, r"补助标准为设施建设造价的(\d+)%，每吨库容补助不超过(\d+)元")
    chk_eq(R, N(m[1], "%"), by["补助资金占设施造价比例"].t[1], "补助比例上限")
    chk_eq(R, N(m[2], "元"), by["每吨库容补助额"].t[1], "每吨补助上限")
    left = N(one(t, r"另有(\d+)座设施因")[1], "座")
    chk_sum(R, by["新建冷藏保鲜设施"].t[1], [built, left], "计划=建成+未完工")
    chk_year_after(R, int(one(t, r"资金结转(\d{4})年")[1]), Y, "表内结转年份")
    chk_eq(R, left, N(one(t, r"一是(\d+)座设施未按期完工")[1], "座"), "未完工座数(问题段)")
    chk_eq(R, left, N(one(t, r"\t(\d+)座因用地手续调整未完工")[1], "座"), "未完工座数(表)")
    chk_year_is(R, int(one(t, r"我县(\d{4})年列为整县推进县")[1]), Y, "实施年度")
    chk_year_is(R, int(one(t, r"^(\d{4})年项目资金")[1]), Y, "资金年度")
    return R


# ----------------------------------------------------------------------------- project C
def check_shangshui(t):
    R = Result()
    Y = int(one(t, r"\A商水县粮食和物资储备局\n(\d{4})年度")[1])
    chk_year_is(R, int(one(t, r"^年度\t(\d{4})年度$")[1]), Y, "自评表年度")
    m = one(t, r"全年预算资金([\d.]+)(万元|元)，其中中央资金([\d.]+)(万元|元)（豫财贸〔\d{4}〕\d+号，(\d{4})年(\d+)月提前下达）、省级资金([\d.]+)(万元|元)（豫财贸〔\d{4}〕\d+号，(\d{4})年(\d+)月下达）、县级配套资金([\d.]+)(万元|元)")
    annual, c, p, cty = N(m[1], m[2], label="全年"), N(m[3], m[4], label="中央"), N(m[7], m[8], label="省级"), N(m[11], m[12], label="县级")
    chk_sum(R, annual, [c, p, cty], "全年预算构成")
    chk_issue(R, int(m[5]), int(m[6]), Y, "中央资金"); chk_issue(R, int(m[9]), int(m[10]), Y, "省级资金")
    m = one(t, r"县级配套资金实际到位([\d.]+)万元，另有([\d.]+)万元.*?调整至(\d{4})年安排")
    cty_recv, cty_gap = N(m[1], "万元"), N(m[2], "万元")
    chk_sum(R, cty, [cty_recv, cty_gap], "县级配套=到位+未到位")
    chk_year_after(R, int(m[3]), Y, "县级配套调整年份")
    # funds table with 行次 and printed formulas
    hd, fb = funds_block(t, "项目\t行次\t", "\t")
    names = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]
    cols = ["年度总金额", "财政资金小计", "中央", "省级", "市级", "县级", "上年结转", "其他资金"]
    T = {}
    for nm in names:
        cells = fb[nm][1:]
        if len(cells) != len(cols):
            raise ExtractError(f"row {nm}: {len(cells)} cells")
        T[nm] = cells
    A = {nm: [cellN(x, nm + cols[k], "%" if "率" in nm else "万元") for k, x in enumerate(T[nm])] for nm in names[:5]}
    for nm in names[:5]:
        v = A[nm]
        chk_sum(R, v[0], [v[1], v[6], v[7]], nm + " 总额=小计+结转+其他")
        chk_sum(R, v[1], [v[2], v[3], v[4], v[5]], nm + " 小计=中央+省+市+县")
    for k in range(len(cols)):
        chk_balance(R, A["资金结余"][k], A["实际到位资金"][k], A["全年执行资金"][k], "(5)=(3)-(4) " + cols[k])
        for nm, num in (("预算到位率(%)", "实际到位资金"), ("预算执行率(%)", "全年执行资金")):
            cell, base = T[nm][k], A["全年预算资金"][k]
            if base.v == 0:
                chk_zero_base(R, cell, base, nm + cols[k])
            else:
                chk_rate(R, cellN(cell, nm, "%"), A[num][k], base, nm + " " + cols[k])
    chk_eq(R, A["全年预算资金"][0], annual, "全年(表/正文)")
    for k, x in ((2, c), (3, p), (5, cty)):
        chk_eq(R, A["全年预算资金"][k], x, "全年 " + cols[k])
    chk_eq(R, A["实际到位资金"][5], cty_recv, "县级到位(表/正文)")
    spent = A["全年执行资金"][0]
    chk_eq(R, N(one(t, r"全年执行的([\d.]+)万元全部用于")[1], "万元"), spent, "执行(正文/表)")
    m = one(t, r"投资额分别为(.*?)，按30%测算的补助额分别为(.*?)，其中第3个中心超过(\d+)万元上限，按([\d.]+)万元兑付")
    invs, calcs = nums_in(m[1]), nums_in(m[2])
    capv, paid3 = N(m[3], "万元"), N(m[4], "万元")
    for i, (iv, cl) in enumerate(zip(invs, calcs)):
        chk_pct_of(R, cl, Decimal(30), iv, f"第{i + 1}个中心30%")
    paid = [x if x.v <= capv.v else paid3 for x in calcs]
    if paid3.v != capv.v:
        R.err("rate_mismatch", "上限兑付")
    chk_sum(R, spent, paid, "各中心补助合计=执行")
    m = one(t, r"省级资金结余([\d.]+)万元，按规定结转至(\d{4})年")
    chk_eq(R, N(m[1], "万元"), A["资金结余"][3], "省级结余(正文/表)")
    chk_year_after(R, int(m[2]), Y, "结转年份")
    m = one(t, r"日烘干能力分别为(.*?)，合计(\d+)吨，平均每个中心(\d+)吨；按执行金额测算，每吨日烘干能力补助(\d+)元")
    caps, capt = nums_in(m[1]), N(m[2], "吨")
    chk_sum(R, capt, caps, "日烘干能力合计")
    chk_avg(R, N(m[3], "吨"), caps, "平均日烘干能力")
    chk_perunit(R, N(m[4], "元"), spent, capt, "每吨补助")
    m = one(t, r"累计烘干粮食([\d.]+)万吨，较(\d{4})年的([\d.]+)万吨增加([\d.]+)万吨")
    chk_sum(R, N(m[1], "万吨"), [N(m[3], "万吨"), N(m[4], "万吨")], "烘干量增量")
    rows, total = table_rows(t, "一级指标\t", "\t", dict(name="三级指标", weight="分值", score="得分", target="年度指标值",
                             actual="实际完成值", comp="完成率", level="一级指标"))
    by = {r.name: r for r in rows}
    chk_rate(R, by["预算执行率"].a[1], spent, annual, "预算执行率(自评表)")
    by["预算执行率"].with_exact(spent, annual)
    chk_rate(R, N(one(t, r"预算执行率([\d.]+)%。")[1], "%"), spent, annual, "预算执行率(绩效分析)")
    totals = [N(total["得分"], label="表合计"), N(one(t, r"本项目自评得分([\d.]+)分")[1], label="正文总分")]
    chk_rows(R, rows, totals, [N(total["分值"])])
    g = one(t, r"评价等级为(优秀|良好|中等|优|良|中|差)")[1]
    for tt in totals:
        chk_grade(R, tt, g, "等级")
    chk_eq(R, capt, by["新增日烘干能力"].a[1], "新增能力(正文/表)")
    m = one(t, r"建设周期(\d+)天，控制在(\d+)天以内")
    chk_eq(R, N(m[1], "天"), by["项目建设周期"].a[1], "建设周期")
    chk_eq(R, N(m[2], "天"), by["项目建设周期"].t[1], "建设周期目标")
    chk_eq(R, N(one(t, r"减少农户粮食产后损失约(\d+)万元")[1], "万元", approx=True), by["减少农户粮食产后损失"].a[1], "减损")
    chk_eq(R, N(one(t, r"由上年的[\d.]+%降至([\d.]+)%")[1], "%"), by["粮食产后损失率"].a[1], "损失率")
    chk_eq(R, N(one(t, r"服务种粮农户(\d+)户，未达到")[1], "户"), by["服务种粮农户"].a[1], "服务农户")
    sat = N(one(t, r"种粮农户满意度(\d+(?:\.\d+)?)%，未达到")[1], "%")
    chk_le100(R, sat, "满意度")
    chk_eq(R, sat, by["种粮农户满意度"].a[1], "满意度(正文/表)")
    chk_eq(R, N(one(t, r"未达到(\d+)%的目标")[1], "%"), by["种粮农户满意度"].t[1], "满意度目标")
    m = one(t, r"支持(\d+)个以上粮食产后服务中心新增烘干设备，新增日烘干能力(\d+)吨以上，减少农户粮食产后损失(\d+)万元以上，服务种粮农户(\d+)户以上，种粮农户满意度(\d+)%以上")
    for val, unit, nm in ((m[1], "个", "支持粮食产后服务中心"), (m[2], "吨", "新增日烘干能力"), (m[3], "万元", "减少农户粮食产后损失"),
                          (m[4], "户", "服务种粮农户"), (m[5], "%", "种粮农户满意度")):
        chk_eq(R, N(val, unit), by[nm].t[1], "目标 " + nm)
    m = one(t, r"补助标准为烘干设备及配套设施投资额的(\d+)%，单个中心补助不超过(\d+)万元")
    if N(m[1]).v != 30:
        R.err("conflicting_values", "补助比例 30% (policy vs 测算)")
    chk_eq(R, N(m[2], "万元"), capv, "单个中心上限(政策/测算)")
    chk_eq(R, capv, by["单个中心补助上限"].t[1], "单个中心上限(表)")
    chk_year_is(R, int(one(t, r"(\d{4})年夏粮、秋粮收获期")[1]), Y, "烘干年度")
    chk_eq(R, N(str(len(calcs)), "个"), by["支持粮食产后服务中心"].a[1], "中心数(名单/表)")
    chk_eq(R, N(one(t, r"全部用于(\d+)个粮食产后服务中心")[1], "个"), by["支持粮食产后服务中心"].a[1], "中心数(正文/表)")
    chk_year_is(R, int(one(t, r"^(\d{4})年全年预算资金")[1]), Y, "预算年度")
    return R


# ----------------------------------------------------------------------------- project D
def check_sheyang(t):
    R = Result()
    Y = int(one(t, r"\A射阳县粮食和物资储备局(\d{4})年度")[1])
    chk_year_is(R, int(one(t, r"(\d{4})年末实有在职人员")[1]), Y, "人员年度")
    m = one(t, r"(\d{4})年年初预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元")
    chk_year_is(R, int(m[1]), Y, "预算年度")
    ini, ini_b, ini_p = N(m[2], "万元"), N(m[3], "万元"), N(m[4], "万元")
    chk_sum(R, ini, [ini_b, ini_p], "年初预算构成")
    m = one(t, r"追加粮食烘干中心建设省级补助([\d.]+)万元（苏财工贸〔\d{4}〕\d+号）和低温储粮设施改造补助([\d.]+)万元（苏财工贸〔\d{4}〕\d+号），基本支出因人员调资调增([\d.]+)万元，调整后全年预算([\d.]+)万元")
    add1, add2, addb, annual = N(m[1], "万元"), N(m[2], "万元"), N(m[3], "万元"), N(m[4], "万元")
    chk_sum(R, annual, [ini, add1, add2, addb], "调整后全年预算")
    hd, fb = funds_block(t, "项目｜年初预算数｜", "｜")
    V = {k: [cellN(x, k + str(i), "%" if i == 3 else "万元") for i, x in enumerate(fb[k])] for k in ("合计", "基本支出", "项目支出")}
    for i, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        chk_sum(R, V["合计"][i], [V["基本支出"][i], V["项目支出"][i]], "资金表" + col)
    for k in ("合计", "基本支出", "项目支出"):
        chk_rate(R, V[k][3], V[k][2], V[k][1], k + "执行率")
    chk_eq(R, V["合计"][0], ini, "年初(表/正文)")
    chk_eq(R, V["基本支出"][0], ini_b, "基本年初(表/正文)")
    chk_eq(R, V["项目支出"][0], ini_p, "项目年初(表/正文)")
    chk_eq(R, V["合计"][1], annual, "全年(表/正文)")
    chk_sum(R, V["基本支出"][1], [ini_b, addb], "基本支出调增")
    chk_sum(R, V["项目支出"][1], [ini_p, add1, add2], "项目支出追加")
    m = one(t, r"基本支出([\d.]+)(万元|元)，其中人员经费([\d.]+)(万元|元)、公用经费([\d.]+)(万元|元)，全部执行")
    b, pe, pu = N(m[1], m[2]), N(m[3], m[4]), N(m[5], m[6])
    chk_sum(R, b, [pe, pu], "基本支出构成")
    chk_eq(R, b, V["基本支出"][1], "基本支出(正文/表)")
    chk_eq(R, b, V["基本支出"][2], "基本支出全部执行")
    budgets, execs = [], []
    for nm in ("粮食烘干中心建设补助", "低温储粮设施改造", "粮食质量安全检验监测", "地方储备粮管理费用"):
        m = one(t, nm + r"([\d.]+)万元，执行([\d.]+)万元，执行率([\d.]+)%")
        bb, ee = N(m[1], "万元", label=nm), N(m[2], "万元", label=nm)
        chk_rate(R, N(m[3], "%"), ee, bb, nm + "执行率")
        budgets.append(bb); execs.append(ee)
    chk_sum(R, V["项目支出"][1], budgets, "项目预算合计")
    chk_sum(R, V["项目支出"][2], execs, "项目执行合计")
    m = one(t, r"年末未执行资金([\d.]+)(万元|元)，.*?结转至(\d{4})年")
    chk_balance(R, N(m[1], m[2]), V["合计"][1], V["合计"][2], "结转")
    chk_year_after(R, int(m[3]), Y, "结转年份")
    m = one(t, r"共补助(\d+)个烘干中心，新增日烘干能力(\d+)吨，平均每吨日烘干能力补助(\d+)元")
    centres = N(m[1], "个")
    chk_perunit(R, N(m[3], "元"), execs[0], N(m[2], "吨"), "每吨补助")
    m = one(t, r"完成改造仓容([\d.]+)万吨，年初目标为([\d.]+)万吨")
    cold_a, cold_t = N(m[1], "万吨"), N(m[2], "万吨")
    m = one(t, r"“三公”经费支出([\d.]+)万元，较(\d{4})年的([\d.]+)万元下降([\d.]+)万元")
    chk_sum(R, N(m[3], "万元"), [N(m[1], "万元"), N(m[4], "万元")], "三公经费下降额")
    rows, total = table_rows(t, "一级指标｜", "｜", dict(name="三级指标", weight="分值", score="得分", target="年度指标值",
                             actual="实际完成值", level="一级指标"))
    by = {r.name: r for r in rows}
    chk_rate(R, by["部门预算执行率"].a[1], V["合计"][2], V["合计"][1], "部门预算执行率(自评表)")
    by["部门预算执行率"].with_exact(V["合计"][2], V["合计"][1])
    m = one(t, r"全年共支出([\d.]+)(万元|元)，部门整体支出自评得分([\d.]+)分，评价等级为(优秀|良好|中等|优|良|中|差)")
    chk_eq(R, N(m[1], m[2]), V["合计"][2], "全年支出(结论/表)")
    totals = [N(total["得分"], label="表合计"), N(m[3], label="结论总分")]
    chk_rows(R, rows, totals, [N(total["分值"])])
    for tt in totals:
        chk_grade(R, tt, m[4], "等级")
    chk_eq(R, centres, by["支持新建粮食烘干中心"].a[1], "烘干中心数")
    chk_eq(R, cold_a, by["低温储粮仓容改造"].a[1], "改造仓容")
    chk_eq(R, cold_t, by["低温储粮仓容改造"].t[1], "改造仓容目标")
    chk_eq(R, execs[3], by["地方储备粮管理费用"].a[1], "储备粮管理费用")
    m = one(t, r"访问.*?(\d+)户，表示满意的(\d+)户，满意率([\d.]+)%")
    sat = N(m[3], "%")
    chk_rate(R, sat, N(m[2]), N(m[1]), "满意率")
    chk_eq(R, sat, by["种粮主体满意度"].a[1], "满意度(正文/表)")
    chk_eq(R, N(one(t, r"补助资金兑付及时率为(\d+)%")[1], "%"), by["补助资金兑付及时率"].a[1], "兑付及时率")
    m = one(t, r"自评得分分别为(.*?)，平均([\d.]+)分")
    items = [N(x) for x in re.findall(r"(\d+(?:\.\d+)?)分", m[1])]
    chk_avg(R, N(m[2]), items, "项目平均自评分")
    if N(one(t, r"部门对(\d+)个项目开展了单位自评")[1]).v != len(items) or len(items) != len(budgets):
        R.err("conflicting_values", "项目个数")
    chk_eq(R, N(one(t, r"低于(\d+)%的目标")[1], "%"), by["补助资金兑付及时率"].t[1], "兑付及时率目标")
    chk_year_is(R, int(one(t, r"(\d{4})年共补助")[1]), Y, "补助年度")
    chk_year_is(R, int(one(t, r"(\d{4})年通过县公共资源交易中心")[1]), Y, "采购年度")
    chk_year_is(R, int(one(t, r"^(\d{4})年，我局全年共支出")[1]), Y, "结论年度")
    return R


# ----------------------------------------------------------------------------- project E (prose only)
def check_binchuan(t):
    R = Result()
    Y = int(one(t, r"\A宾川县农业农村局(\d{4})年度")[1])
    chk_year_is(R, int(one(t, r"开展(\d{4})年度项目支出绩效自评")[1]), Y, "通知年度")
    m = one(t, r"第一批中央资金([\d.]+)(万元|元)（云财农〔\d{4}〕\d+号，(\d{4})年(\d+)月提前下达，列入年初预算），第二批中央资金([\d.]+)(万元|元)（云财农〔\d{4}〕\d+号，(\d{4})年(\d+)月下达），两批合计([\d.]+)(万元|元)，即全年预算([\d.]+)(万元|元)")
    b1, b2, both, annual = N(m[1], m[2], label="第一批"), N(m[5], m[6], label="第二批"), N(m[9], m[10]), N(m[11], m[12])
    chk_issue(R, int(m[3]), int(m[4]), Y, "第一批"); chk_issue(R, int(m[7]), int(m[8]), Y, "第二批")
    chk_sum(R, both, [b1, b2], "两批合计")
    chk_eq(R, both, annual, "全年预算")
    m = one(t, r"截至(\d{4})年12月31日资金全部到位，到位率(\d+)%")
    chk_year_is(R, int(m[1]), Y, "到位截至日")
    chk_rate(R, N(m[2], "%"), annual, annual, "到位率(全部到位)")
    m = one(t, r"全年兑付补助资金([\d.]+)(万元|元)，预算执行率([\d.]+)%")
    spent = N(m[1], m[2], label="执行")
    chk_rate(R, N(m[3], "%"), spent, annual, "预算执行率")
    m = one(t, r"已兑付的(\d+)座设施建设造价合计([\d.]+)万元，补助资金占造价的([\d.]+)%")
    n_paid = N(m[1], "座")
    chk_rate(R, N(m[3], "%"), spent, N(m[2], "万元"), "补助占造价")
    m = one(t, r"农民专业合作社获得([\d.]+)(万元|元)、家庭农场([\d.]+)(万元|元)、农业企业([\d.]+)(万元|元)")
    chk_sum(R, spent, [N(m[1], m[2]), N(m[3], m[4]), N(m[5], m[6])], "按主体类型")
    m = one(t, r"未兑付的([\d.]+)(万元|元)结转至(\d{4})年，用于(\d+)座")
    chk_balance(R, N(m[1], m[2]), annual, spent, "结转")
    chk_year_after(R, int(m[3]), Y, "结转年份")
    # indicators, written as prose
    m = one(t, r"按预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分设置，合计(\d+)分")
    lw = {"预算执行": N(m[1]), "产出指标": N(m[2]), "效益指标": N(m[3]), "满意度指标": N(m[4])}
    if sum(x.v for x in lw.values()) != N(m[5]).v:
        R.err("weight_sum_mismatch", "level weights ≠ stated 合计")
    rows = []
    m = one(t, r"（一）预算执行率（分值(\d+)分）。全年预算([\d.]+)(万元|元)，执行([\d.]+)(万元|元)，执行率([\d.]+)%，得([\d.]+)分")
    chk_eq(R, N(m[2], m[3]), annual, "全年预算(指标段)")
    chk_eq(R, N(m[4], m[5]), spent, "执行(指标段)")
    chk_rate(R, N(m[6], "%"), spent, annual, "执行率(指标段)")
    rows.append(Row("预算执行率", m[1], m[7], "100%", m[6] + "%", level="预算执行").with_exact(spent, annual))
    sub = {}
    for lvl, key in (("产出指标", "二"), ("效益指标", "三")):
        mm = one(t, r"（" + key + r"）" + lvl + r"（分值(\d+)分，得([\d.]+)分）。\n((?:\d\..*\n)+)")
        sub[lvl] = (N(mm[1]), N(mm[2]))
        for line in mm[3].strip().split("\n"):
            q = re.match(r"\d\.(.+?)：目标值(.+?)，实际(.+?)，完成率([\d.]+%)(?:，分值(\d+)分，得([\d.]+)分)?。$", line)
            ql = re.match(r"\d\.(.+?)（定性）：目标为(.+?)，实际(.+?)，(达成年度指标|部分达成年度指标并具有一定效果|未达成年度指标且效果较差)。$", line)
            if q:
                actual = re.sub(r"^(建成|完成|平均)", "", q[3])
                rows.append(Row(q[1], q[5] or "0", q[6] or "0", q[2], actual, comp=q[4], level=lvl))
            elif ql:
                rows.append(Row(ql[1], "0", "0", "定性", ql[3] + ("（部分）" if "部分" in ql[4] else ""),
                                dirc="定性", level=lvl))
            else:
                raise ExtractError(f"indicator line not understood: {line}")
    # "第2、3项分值各10分，分别得10分、9分" fills the two effect rows without weight/score
    m = one(t, r"第(\d)、(\d)项分值各(\d+)分，分别得([\d.]+)分、([\d.]+)分")
    eff = [r for r in rows if r.level == "效益指标"]
    for idx, sc in ((int(m[1]), m[4]), (int(m[2]), m[5])):
        r = eff[idx - 1]
        if r.weight.v != 0:
            raise ExtractError("weight given twice")
        r.weight, r.score = N(m[3], label=r.name + ".分值"), N(sc, label=r.name + ".得分")
    m = one(t, r"（四）满意度指标（分值(\d+)分）。发放问卷(\d+)份，回收有效问卷(\d+)份，其中表示满意的(\d+)份，满意度([\d.]+)%，目标值(.+?)，完成率([\d.]+%)，得([\d.]+)分")
    chk_rate(R, N(m[5], "%"), N(m[4]), N(m[3]), "满意度=满意/有效问卷")
    rows.append(Row("服务对象满意度", m[1], m[8], m[6], m[5] + "%", comp=m[7], level="满意度指标"))
    for lvl in ("产出指标", "效益指标"):
        level_checks(R, rows, lvl, weight=sub[lvl][0], score=sub[lvl][1])
        if lw[lvl].v != sub[lvl][0].v:
            R.err("weight_sum_mismatch", f"{lvl}: {lw[lvl].raw} vs {sub[lvl][0].raw}")
    level_checks(R, rows, "预算执行", weight=lw["预算执行"])
    level_checks(R, rows, "满意度指标", weight=lw["满意度指标"])
    m = one(t, r"共兑付补助资金(\d+(?:\.\d+)?)(万元|元)，新增库容(\d+)吨，平均每吨库容补助(\d+)元。综合自评得分([\d.]+)分，评价等级为(优秀|良好|中等|优|良|中|差)")
    chk_eq(R, N(m[1], m[2]), spent, "执行(结论/正文)")
    by = {r.name: r for r in rows}
    chk_eq(R, N(m[3], "吨"), by["新增冷藏保鲜库容"].a[1], "库容(结论/指标)")
    chk_perunit(R, N(m[4], "元"), spent, N(m[3], "吨"), "每吨补助(结论)")
    chk_eq(R, N(m[4], "元"), by["每吨库容补助额"].a[1], "每吨补助(结论/指标)")
    chk_eq(R, n_paid, by["新建冷藏保鲜设施"].a[1], "兑付座数=建成座数")
    total = N(m[5], label="总分")
    chk_rows(R, rows, [total], [])
    by_level = sum(r.score.v for r in rows if r.level in ("预算执行", "满意度指标")) + sub["产出指标"][1].v + sub["效益指标"][1].v
    if not agrees(by_level, total):
        R.err("score_sum_mismatch", f"level scores add up to {by_level} ≠ stated {total.raw}")
    chk_grade(R, total, m[6], "等级")
    m = one(t, r"年度绩效目标为：新建冷藏保鲜设施(\d+)座以上，新增库容(\d+)吨以上，带动经营主体增收(\d+)万元以上，服务对象满意度(\d+)%以上")
    for val, unit, nm in ((m[1], "座", "新建冷藏保鲜设施"), (m[2], "吨", "新增冷藏保鲜库容"), (m[3], "万元", "带动经营主体增收"),
                          (m[4], "%", "服务对象满意度")):
        chk_eq(R, N(val, unit), by[nm].t[1], "目标 " + nm)
    m = one(t, r"补助标准为设施建设造价的(\d+)%，每吨库容补助不超过(\d+)元")
    chk_eq(R, N(m[2], "元"), by["每吨库容补助额"].t[1], "每吨补助上限")
    left = N(one(t, r"用于(\d+)座在建设施")[1], "座")
    chk_sum(R, by["新建冷藏保鲜设施"].t[1], [by["新建冷藏保鲜设施"].a[1], left], "计划=建成+在建")
    chk_eq(R, N(one(t, r"兑付时间超过(\d+)天")[1], "天"), by["验收后补助兑付时间"].t[1], "兑付时限")
    chk_year_is(R, int(one(t, r"(\d{4})年，我县继续实施")[1]), Y, "实施年度")
    chk_year_is(R, int(one(t, r"^(\d{4})年共兑付补助资金")[1]), Y, "结论年度")
    chk_year_is(R, int(one(t, r"^(\d{4})年项目资金分两批下达")[1]), Y, "资金年度")
    chk_eq(R, left, N(one(t, r"一是(\d+)座设施因雨季施工受阻")[1], "座"), "在建座数(问题段)")
    return R


PROJECTS = {
    "jl-yushu-honggan-2019": check_yushu,
    "sc-pujiang-lengcang-2021": check_pujiang,
    "ha-shangshui-honggan-2023": check_shangshui,
    "js-sheyang-liangchu-bumen-2024": check_sheyang,
    "yn-binchuan-lengcang-2025": check_binchuan,
}


# ----------------------------------------------------------------------------- label checks
def edit_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s   # old [p, ea), new [p, eb)


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append(f"labels.jsonl has {len(labels)} lines, expected 35")
    per_code = {c: 0 for c in ERROR_CODES}
    seen = set()
    for rec in labels:
        name, src = rec["case"], rec["source"]
        if name in seen:
            problems.append(f"{name}: duplicate label")
        seen.add(name)
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        clean = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        try:
            R = PROJECTS[src](text)
        except ExtractError as exc:
            problems.append(f"{name}: extraction failed: {exc}")
            continue
        got = R.codes()
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if text != clean:
                problems.append(f"{name}: clean case differs from its draft")
            if R.errors or R.warnings:
                problems.append(f"{name}: clean draft fails checks: {R.errors + R.warnings}")
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append(f"{name}: length {n} outside 1500-5000")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: {len(exp)} expected entries, want 1")
            continue
        e = exp[0]
        if e["code"] not in ERROR_CODES or e.get("severity") != "error":
            problems.append(f"{name}: bad code/severity {e}")
            continue
        per_code[e["code"]] += 1
        if got != [e["code"]]:
            problems.append(f"{name}: labelled {e['code']}, checks fail {got}: {R.errors}")
        if R.warnings:
            problems.append(f"{name}: warnings {R.warnings}")
        occ = [m.start() for m in re.finditer(re.escape(e["value"]), text)]
        if len(occ) != 1:
            problems.append(f"{name}: value {e['value']!r} occurs {len(occ)} times")
            continue
        p, ea, eb = edit_region(clean, text)
        if ea - p > 40 or eb - p > 40:
            problems.append(f"{name}: edit longer than 40 characters ({ea - p}/{eb - p})")
        if text == clean:
            problems.append(f"{name}: no edit")
        vs, ve = occ[0], occ[0] + len(e["value"])
        lo, hi = p, max(eb, p + 1)
        if not (vs < hi and lo < ve):
            problems.append(f"{name}: edit [{p},{eb}) does not overlap value [{vs},{ve})")
    for c, k in per_code.items():
        if k < 2:
            problems.append(f"code {c} used {k} times, want at least 2")
    for src in PROJECTS:
        for suffix in ["clean"] + [f"e{i}" for i in range(1, 7)]:
            if f"{src}-{suffix}.txt" not in seen:
                problems.append(f"no label for {src}-{suffix}.txt")
    if problems:
        for p_ in problems:
            print("FAIL", p_)
        sys.exit(1)
    print("per code:", ", ".join(f"{c}={per_code[c]}" for c in ERROR_CODES))
    print("OK")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        # debugging aid: python3 verify.py cases/<file>
        for path in sys.argv[1:]:
            src = re.sub(r"-(clean|e\d+)\.txt$", "", os.path.basename(path))
            R = PROJECTS[src](open(path, encoding="utf-8").read())
            print(path, R.codes(), R.errors, R.warnings)
    else:
        main()
