#!/usr/bin/env python3
"""Verify the drafts550 set (standard library + decimal only).

For every case the figures are read back from the text (regular expressions anchored on the
wording of the draft, and the flattened tables rebuilt per layout), and all arithmetic is redone
with the rules of ../../shared/domain/rules.md §5-§8 (ROUND_HALF_UP, tolerance from the stated
decimals).  Every failed identity is reported under the error code errors.md §A assigns to it.

Then:
  * every clean case must fail nothing (and raise no score_rule warning);
  * every error case must fail exactly its labelled code and no other error code;
  * every label value occurs exactly once in its case; the case differs from its clean draft by
    one contiguous edit of at most 40 characters that overlaps the value;
  * every code of errors.md §A is used at least twice.
Prints OK when all holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]

NUM_RE = r"\d[\d,]*(?:\.\d+)?"
SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]


# --------------------------------------------------------------------------- numbers

class N:
    """A number as stated: exact value, decimals as written, approximate marker."""

    def __init__(self, raw, approx=False, wan=True):
        raw = raw.strip()
        m = re.search(NUM_RE, raw)
        if not m:
            raise ValueError(f"no number in {raw!r}")
        s = m.group(0).replace(",", "")
        self.raw = raw
        self.v = D(s)
        self.d = len(s.split(".")[1]) if "." in s else 0
        self.approx = approx

    def tol(self):
        return D("0.5") * (D(10) ** -self.d) + D("1e-9")

    def __repr__(self):
        return self.raw


def n(raw, approx=False):
    return N(raw, approx)


def agrees(stated, computed):
    return abs(computed - stated.v) <= stated.tol()


def q2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


class Report:
    def __init__(self):
        self.errors = {}
        self.warnings = []

    def err(self, code, msg):
        self.errors.setdefault(code, []).append(msg)

    def warn(self, code, msg):
        self.warnings.append((code, msg))


# --------------------------------------------------------------------------- identities

def check_rate(r, label, stated, num, den):
    """stated: string ('96.37%', '100.00', '—'); num, den: N or Decimal amounts (万元)."""
    nv = num.v if isinstance(num, N) else num
    dv = den.v if isinstance(den, N) else den
    st = stated.strip()
    if st in ("—", "-", ""):
        if dv != 0:
            r.warn("missing_figure", f"{label}: rate printed as — on a non-zero base")
        return
    s = n(st)
    if dv == 0:
        if s.v != 0:
            r.err("implausible_rate", f"{label}: {st} on a zero base")
        return
    c = nv / dv * 100
    if not agrees(s, c):
        for k in SCALES:
            if agrees(s, nv * k / dv * 100) or agrees(s, nv / (dv * k) * 100):
                r.err("unit_mismatch", f"{label}: {st} reconciles only with an amount rescaled by {k}")
                return
        r.err("rate_mismatch", f"{label}: stated {st}, computed {c:.4f}%")
    if s.v > 100 + s.tol() or s.v < 0:
        r.err("implausible_rate", f"{label}: {st} outside [0, 100%]")


def check_bounded_rate(r, label, stated):
    """A rate that can never exceed 100% (satisfaction, share, availability)."""
    s = n(stated)
    if s.v > 100 or s.v < 0:
        r.err("implausible_rate", f"{label}: {stated} outside [0, 100%]")


def _rescue(values, target_ok):
    """Try rescaling one value by 10^±4/10^±8; return True if that reconciles."""
    for i in range(len(values)):
        for k in SCALES:
            trial = list(values)
            trial[i] = trial[i] * k
            if target_ok(trial):
                return True
    return False


def check_sum(r, label, total, parts, code="sum_mismatch"):
    """total, parts: N (all in the same unit after the caller's normalisation)."""
    tv = total.v
    pv = [p.v for p in parts]
    tol = max([total.tol()] + [D("1e-9")])
    if abs(sum(pv) - tv) <= tol:
        return
    vals = [tv] + pv
    if _rescue(vals, lambda t: abs(sum(t[1:]) - t[0]) <= tol):
        r.err("unit_mismatch", f"{label}: {total} vs {parts} reconciles with one amount rescaled")
        return
    r.err(code, f"{label}: stated {total}, parts {parts} sum to {sum(pv)}")


def check_diff(r, label, stated, a, b, code="balance_mismatch"):
    """stated = a - b."""
    if agrees(stated, a.v - b.v):
        return
    vals = [stated.v, a.v, b.v]
    if _rescue(vals, lambda t: abs(t[1] - t[2] - t[0]) <= stated.tol()):
        r.err("unit_mismatch", f"{label}: reconciles with one amount rescaled")
        return
    r.err(code, f"{label}: stated {stated}, computed {a.v - b.v}")


def check_product(r, label, total, count, unit_price, scale=D(1), code="sum_mismatch"):
    """total = count * unit_price * scale (e.g. 元 -> 万元 scale 1e-4)."""
    c = count.v * unit_price.v * scale
    if agrees(total, c):
        return
    vals = [total.v, count.v, unit_price.v]
    if _rescue(vals, lambda t: abs(t[1] * t[2] * scale - t[0]) <= total.tol()):
        r.err("unit_mismatch", f"{label}: reconciles with one amount rescaled")
        return
    r.err(code, f"{label}: stated {total}, computed {c}")


def check_ratio(r, label, stated, num, den, scale=D(1), code="average_mismatch"):
    """stated = num / den * scale (per-unit amounts, shares, growth)."""
    c = num.v / den.v * scale
    if agrees(stated, c):
        return
    vals = [stated.v, num.v, den.v]
    if _rescue(vals, lambda t: abs(t[1] / t[2] * scale - t[0]) <= stated.tol()):
        r.err("unit_mismatch", f"{label}: reconciles with one amount rescaled")
        return
    r.err(code, f"{label}: stated {stated}, computed {c:.4f}")


def check_avg(r, label, stated, items):
    c = sum(i.v for i in items) / len(items)
    if not agrees(stated, c):
        r.err("average_mismatch", f"{label}: stated {stated}, mean {c:.4f}")


def check_same(r, label, values, scales=None):
    """All N in values state the same quantity. scales: per-value factor to a common unit."""
    scales = scales or [D(1)] * len(values)
    norm = [v.v * s for v, s in zip(values, scales)]
    tols = [v.tol() * s for v, s in zip(values, scales)]
    base = norm[0]
    for v, x, t in zip(values[1:], norm[1:], tols[1:]):
        if abs(x - base) > max(t, tols[0]):
            if any(abs(x * k - base) <= max(t * k, tols[0]) for k in SCALES):
                r.err("unit_mismatch", f"{label}: {v} vs {values[0]} differ by a power of ten")
            else:
                r.err("conflicting_values", f"{label}: {values[0]} vs {v}")


def check_year(r, label, year, rel, ev):
    y = int(year)
    ok = {"eq": y == ev, "gt": y > ev, "lt": y < ev, "adv": y in (ev - 1, ev)}[rel]
    if not ok:
        r.err("year_mismatch", f"{label}: {y} (evaluation year {ev}, expected {rel})")


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def check_grade(r, label, total, grade):
    if GRADE_NORM[grade] != grade_of(total.v):
        r.err("grade_mismatch", f"{label}: {grade} for total {total}")


# --------------------------------------------------------------------------- indicator rows

SIGN = {"≥": "gte", ">=": "gte", "＞＝": "gte", "≤": "lte", "<=": "lte", "＜＝": "lte", "=": "eq"}


def parse_value(s):
    """'≥5000件' -> ('gte', N, '件'); '96.37%' -> (None, N, '%'); '合规' -> ('qual', None, '合规')."""
    s = s.strip()
    m = re.match(r"^(≥|≤|>=|<=|＞＝|＜＝|=)?\s*(" + NUM_RE + r")\s*(.*)$", s)
    if not m:
        return ("qual", None, s)
    return (SIGN.get(m.group(1)) if m.group(1) else None, N(m.group(2)), m.group(3).strip())


class Row:
    def __init__(self, name, target, actual, weight, score, completion=None, block=None, exact=None):
        self.exact = exact  # unrounded completion (execution rows: spent / budget x 100)
        self.name, self.target, self.actual = name, target, actual
        self.weight, self.score = n(weight), n(score)
        self.completion = completion
        self.block = block


def check_rows(r, rows, total_weight, total_score, blocks=None):
    """Rows incl. the execution row.  blocks: {name: (weight N, score N)} subtotals by row.block."""
    for row in rows:
        lab = row.name
        if row.score.v > row.weight.v or row.score.v < 0:
            r.err("score_exceeds_weight", f"{lab}: score {row.score} vs weight {row.weight}")
        td, tn, tu = parse_value(row.target)
        ad, an, au = parse_value(row.actual)
        compl = None
        if td == "qual" or ad == "qual":
            if td == "qual" and ad == "qual":
                if row.actual == row.target:
                    compl = D(100)
            else:
                r.err("unit_mismatch", f"{lab}: target {row.target} vs actual {row.actual}")
                continue
        else:
            if tu != au:
                r.err("unit_mismatch", f"{lab}: target unit {tu!r} vs actual unit {au!r}")
                continue
            direction = td or "eq"
            T, A = tn.v, an.v
            if direction == "lte":
                compl = D(100) if A <= T else T / A * 100
            elif direction == "eq" and T == 0:
                compl = D(100) if A <= 0 else D(0)
            else:
                compl = A / T * 100
        if row.completion is not None and compl is not None:
            if not agrees(n(row.completion), compl):
                r.err("completion_mismatch", f"{lab}: stated {row.completion}, computed {compl:.4f}%")
        if compl is not None:
            expect = q2(row.weight.v * min(compl, D(100)) / 100)
            alt = None
            if row.completion is not None:
                alt = q2(row.weight.v * min(n(row.completion).v, D(100)) / 100)
            if row.exact is not None:
                expect = q2(row.weight.v * min(row.exact, D(100)) / 100)
            if not (agrees(row.score, expect) or (alt is not None and agrees(row.score, alt))):
                r.warn("score_rule_mismatch", f"{lab}: score {row.score}, rule gives {expect}")
    sw = sum(x.weight.v for x in rows)
    ss = sum(x.score.v for x in rows)
    if sw != D(100) or total_weight.v != D(100) or sw != total_weight.v:
        r.err("weight_sum_mismatch", f"weights sum to {sw}, stated {total_weight}")
    if not agrees(total_score, ss):
        r.err("score_sum_mismatch", f"scores sum to {ss}, stated {total_score}")
    for name, (bw, bs) in (blocks or {}).items():
        mw = sum(x.weight.v for x in rows if x.block == name)
        ms = sum(x.score.v for x in rows if x.block == name)
        if mw != bw.v:
            r.err("weight_sum_mismatch", f"block {name}: weights {mw}, stated {bw}")
        if not agrees(bs, ms):
            r.err("score_sum_mismatch", f"block {name}: scores {ms}, stated {bs}")
    if blocks:
        if sum(b[0].v for b in blocks.values()) != total_weight.v:
            r.err("weight_sum_mismatch", "block weights do not add up to the total")
        if not agrees(total_score, sum(b[1].v for b in blocks.values())):
            r.err("score_sum_mismatch", "block scores do not add up to the total")


def percents_over_100(r, text, allowed_spans):
    """Every percentage above 100 must be a completion cell (allowed spans)."""
    for m in re.finditer(r"(" + NUM_RE + r")\s*%", text):
        v = D(m.group(1).replace(",", ""))
        if v > 100 and not any(s <= m.start(1) < e for s, e in allowed_spans):
            r.err("implausible_rate", f"{m.group(0)} at {m.start()} outside [0, 100%]")


# --------------------------------------------------------------------------- text helpers

def one(text, pattern, group=1, flags=0):
    """The single match of pattern; its group as string plus the match object."""
    ms = list(re.finditer(pattern, text, flags))
    if len(ms) != 1:
        raise AssertionError(f"pattern {pattern!r} matched {len(ms)} times")
    return ms[0].group(group), ms[0]


def g(text, pattern, group=1, approx=False):
    return n(one(text, pattern, group)[0], approx)


def span_of(m, group):
    return (m.start(group), m.end(group))


def html_rows(text):
    rows = []
    for tr in re.finditer(r"<tr[^>]*>(.*?)</tr>", text, re.S):
        cells = []
        for td in re.finditer(r"<td[^>]*>(.*?)</td>", tr.group(1), re.S):
            c = re.sub(r"<[^>]+>", "", td.group(1)).replace("&nbsp;", " ").strip()
            cells.append((c, tr.start(1) + td.start(1)))
        rows.append(cells)
    return rows


def split_cells(line, sep):
    return [c.strip() for c in re.split(sep, line.strip())]


def block_rows(text):
    """One cell a line, rows separated by an empty line (leading tabs stripped)."""
    rows = []
    for blk in re.split(r"\n\n+", text):
        cells = [l[1:] if l.startswith("\t") else l for l in blk.split("\n")]
        rows.append(cells)
    return rows


def find_row(rows, name):
    hits = [row for row in rows if name in row]
    if len(hits) != 1:
        raise AssertionError(f"row {name!r} found {len(hits)} times")
    row = hits[0]
    return row[row.index(name) + 1:]


# --------------------------------------------------------------------------- projects

def p_huaiji(text, r):
    ev = 2019
    rows = [[c for c, _ in row] for row in html_rows(text)]
    funds = {}
    for name in ("财政拨款", "事业收入（公证服务收费）", "上年结转", "其他收入", "合计"):
        hits = [row for row in rows if len(row) == 5 and row[0] == name]
        if len(hits) != 1:
            raise AssertionError(f"funds row {name} found {len(hits)}")
        c = hits[0][1:]
        funds[name] = [n(x) for x in c[:3]] + [c[3]]
    parts = ["财政拨款", "事业收入（公证服务收费）", "上年结转", "其他收入"]
    for col, cname in enumerate(("年初", "全年", "执行")):
        check_sum(r, f"收入来源 {cname}", funds["合计"][col], [funds[p][col] for p in parts])
    for name in parts + ["合计"]:
        check_rate(r, f"执行率 {name}", funds[name][3], funds[name][2], funds[name][1])
    init = g(text, r"年年初预算(" + NUM_RE + ")万元")
    add = g(text, r"年中追加财政拨款(" + NUM_RE + ")万元")
    carry = g(text, r"调入上年结转资金(" + NUM_RE + ")万元")
    annual = g(text, r"全年预算(" + NUM_RE + ")万元")
    spent = g(text, r"全年支出(" + NUM_RE + ")万元")
    rate_p = one(text, r"全年支出" + NUM_RE + r"万元，预算执行率(" + NUM_RE + "%)")[0]
    check_sum(r, "年初+追加+结转=全年", annual, [init, add, carry])
    check_sum(r, "财政拨款 年初+追加=全年", funds["财政拨款"][1], [funds["财政拨款"][0], add])
    check_same(r, "年初预算", [init, funds["合计"][0]])
    check_same(r, "全年预算", [annual, funds["合计"][1]])
    check_same(r, "上年结转", [carry, funds["上年结转"][1]])
    check_same(r, "全年执行", [spent, funds["合计"][2]])
    check_rate(r, "执行率（正文）", rate_p, spent, annual)
    sy = one(text, r"事业收入执行率(" + NUM_RE + "%)")[0]
    check_same(r, "事业收入执行率", [n(sy), n(funds["事业收入（公证服务收费）"][3])])
    basic = g(text, r"基本支出(" + NUM_RE + ")万元")
    proj = g(text, r"项目支出(" + NUM_RE + ")万元")
    check_sum(r, "基本+项目=执行", spent, [basic, proj])
    comps = [g(text, r"公证便民服务经费(" + NUM_RE + ")万元"),
             g(text, r"公证信息化建设经费(" + NUM_RE + ")万元"),
             g(text, r"公证档案整理及数字化经费(" + NUM_RE + ")万元")]
    check_sum(r, "项目支出构成", proj, comps)
    bal = g(text, r"年末未执行资金(" + NUM_RE + ")万元")
    check_diff(r, "未执行=全年预算-执行", bal, annual, spent)
    check_year(r, "结转年份", one(text, r"结转(\d{4})年继续使用")[0], "gt", ev)
    for y in re.findall(r"(\d{4})年度", text):
        check_year(r, "年度", y, "eq", ev)
    check_year(r, "年初预算年份", one(text, r"(\d{4})年年初预算")[0], "eq", ev)
    check_year(r, "年末人数年份", one(text, r"(\d{4})年末在编")[0], "eq", ev)
    staff = g(text, r"在编(\d+)人")
    check_sum(r, "人员构成", staff, [g(text, r"执业公证员(\d+)人"), g(text, r"公证员助理(\d+)人"),
                                   g(text, r"辅助人员(\d+)人")])
    cases = g(text, r"全年共办理公证事项(" + NUM_RE + ")件")
    last = g(text, r"较2018年的(" + NUM_RE + ")件")
    growth = g(text, r"件增长(" + NUM_RE + ")%")
    check_ratio(r, "增长率", growth, n(str(cases.v - last.v)), last, D(100), code="rate_mismatch")
    lst = one(text, r"5名执业公证员全年分别办理([\d,、件]+)，人均(" + NUM_RE + ")件")[1]
    items = [n(x) for x in re.findall(NUM_RE, lst.group(1))]
    check_sum(r, "公证员办件合计", cases, items)
    check_avg(r, "人均办件", n(lst.group(2)), items)
    jm_n = g(text, r"减免公证费(" + NUM_RE + ")件")
    jm_amt = g(text, r"减免金额(" + NUM_RE + ")万元")
    jm_avg = g(text, r"平均每件减免约(" + NUM_RE + ")元", approx=True)
    check_ratio(r, "每件减免", jm_avg, jm_amt, jm_n, D(10000))
    # indicator table
    spec = [("预算执行率", None), ("办理公证事项", "产出"), ("上门及延时预约服务", "产出"),
            ("公证文书差错率", "产出"), ("一般公证事项平均办结时间", "产出"), ("公用经费支出", "产出"),
            ("减免困难群众公证费", "效益"), ("公证业务网上预约率", "效益"), ("当事人满意度", "满意度")]
    irows = []
    for name, blk in spec:
        hits = [row for row in rows if name in row]
        if len(hits) != 1:
            raise AssertionError(f"indicator {name} found {len(hits)}")
        row = hits[0]
        idx = len(row) - 1 - row[::-1].index(name)
        c = row[idx + 1:]
        if len(c) != 5:
            raise AssertionError(f"indicator {name}: {len(c)} cells after the name")
        irows.append(Row(name, c[0], c[1], c[3], c[4], completion=c[2], block=blk))
    tot = [row for row in rows if row and row[0] == "合计" and len(row) == 3][0]
    total_w, total_s = n(tot[1]), n(tot[2])
    check_rows(r, irows, total_w, total_s)
    ex = irows[0]
    check_same(r, "执行率（自评表）", [n(funds["合计"][3]), n(ex.actual), n(ex.completion), n(rate_p)])
    byname = {x.name: x for x in irows}
    check_same(r, "办件数", [cases, n(byname["办理公证事项"].actual)])
    check_same(r, "上门服务", [g(text, r"开展上门及延时预约服务(\d+)次"), n(byname["上门及延时预约服务"].actual)])
    check_same(r, "差错率", [g(text, r"公证文书差错率(" + NUM_RE + ")%"), n(byname["公证文书差错率"].actual)])
    check_same(r, "办结时间", [g(text, r"平均办结时间(" + NUM_RE + ")个工作日（"),
                           n(byname["一般公证事项平均办结时间"].actual)])
    check_same(r, "减免件数", [jm_n, n(byname["减免困难群众公证费"].actual)])
    check_same(r, "网上预约率", [g(text, r"网上预约率(" + NUM_RE + ")%，"), n(byname["公证业务网上预约率"].actual)])
    check_same(r, "预约率目标", [g(text, r"低于(" + NUM_RE + ")%的年度目标"), n(byname["公证业务网上预约率"].target)])
    check_same(r, "满意度", [g(text, r"电话回访，满意度(" + NUM_RE + ")%"), n(byname["当事人满意度"].actual)])
    row = byname["公证业务网上预约率"]
    check_diff(r, "扣分", g(text, r"该指标扣(" + NUM_RE + ")分"), row.weight, row.score,
               code="score_sum_mismatch")
    prose_total = g(text, r"自评得分(" + NUM_RE + ")分")
    check_same(r, "总分", [prose_total, total_s])
    check_grade(r, "等级", total_s, one(text, r"等级为“(.{1,2})”")[0])
    for name in ("当事人满意度",):
        check_bounded_rate(r, name, byname[name].actual)
    allowed = [(m.start(), m.end()) for m in re.finditer(r"<td>\d+\.\d\d%</td><td>\d+</td>", text)]
    percents_over_100(r, text, allowed)


def p_yunmeng(text, r):
    ev = 2020
    lines = text.split("\n")
    rows = [split_cells(l, r" {2,}") for l in lines]

    def frow(first):
        hits = [row for row in rows if row and row[0] == first]
        if len(hits) != 1:
            raise AssertionError(f"row {first} found {len(hits)}")
        return hits[0]
    tot = frow("年度资金总额")
    fin = frow("其中：当年财政拨款")
    cf = frow("上年结转资金")
    oth = frow("其他资金")
    for col, cname in enumerate(("年初", "全年", "执行"), start=1):
        check_sum(r, f"资金 {cname}", n(tot[col]), [n(fin[col]), n(cf[col]), n(oth[col])])
    check_rate(r, "执行率 总额", tot[5], n(tot[3]), n(tot[2]))
    check_rate(r, "执行率 财政拨款", fin[5], n(fin[3]), n(fin[2]))
    check_rate(r, "执行率 上年结转", cf[5], n(cf[3]), n(cf[2]))
    check_rate(r, "执行率 其他", oth[5], n(oth[3]), n(oth[2]))
    init = g(text, r"年初县级财政安排(" + NUM_RE + ")万元")
    prov = g(text, r"省级政法转移支付资金(" + NUM_RE + ")万元")
    annual = g(text, r"全年预算(" + NUM_RE + ")万元")
    recv = g(text, r"全年实际到位(" + NUM_RE + ")万元")
    recv_rate = one(text, r"到位率(" + NUM_RE + "%)")[0]
    spent = g(text, r"全年支出(" + NUM_RE + ")万元")
    rate_p = one(text, r"预算执行率(" + NUM_RE + "%)")[0]
    check_sum(r, "县级+省级=全年", annual, [init, prov])
    check_same(r, "年初", [init, n(tot[1])])
    check_same(r, "全年预算", [annual, n(tot[2])])
    check_same(r, "全年执行", [spent, n(tot[3])])
    check_same(r, "执行率", [n(rate_p), n(tot[5])])
    check_rate(r, "到位率", recv_rate, recv, annual)
    check_rate(r, "执行率（正文）", rate_p, spent, annual)
    county = g(text, r"县级资金执行(" + NUM_RE + ")万元")
    county_rate = one(text, r"县级资金执行" + NUM_RE + r"万元，执行率(" + NUM_RE + "%)")[0]
    provs = g(text, r"省级资金执行(" + NUM_RE + ")万元")
    prov_rate = one(text, r"省级资金执行" + NUM_RE + r"万元，执行率(" + NUM_RE + "%)")[0]
    check_sum(r, "县级+省级执行", spent, [county, provs])
    check_rate(r, "县级执行率", county_rate, county, init)
    check_rate(r, "省级执行率", prov_rate, provs, prov)
    det = [g(text, r"终端采购(" + NUM_RE + ")万元"), g(text, r"数字化外包服务(" + NUM_RE + ")万元"),
           g(text, r"运行及宣传费(" + NUM_RE + ")万元"), g(text, r"车辆运行费(" + NUM_RE + ")万元")]
    check_sum(r, "支出明细", spent, det)
    bal = g(text, r"年末结余(" + NUM_RE + ")万元")
    check_diff(r, "结余=到位-执行", bal, recv, spent)
    check_year(r, "结转年份", one(text, r"结转(\d{4})年继续使用")[0], "gt", ev)
    check_year(r, "提前下达", one(text, r"(\d{4})年12月提前下达")[0], "adv", ev)
    check_year(r, "提前下达的资金年度", one(text, r"提前下达的(\d{4})年资金")[0], "eq", ev)
    for y in re.findall(r"(\d{4})年度", text):
        check_year(r, "年度", y, "eq", ev)
    check_year(r, "调整年份", one(text, r"(\d{4})年4月经县财政局调整")[0], "eq", ev)
    check_year(r, "上线年份", one(text, r"系统于(\d{4})年9月上线")[0], "eq", ev)
    # indicators
    spec = [("远程视频公证终端布设", "产出"), ("公证档案数字化", "产出"), ("办理远程视频公证", "产出"),
            ("系统验收合格率", "产出"), ("一般公证事项平均办结时间", "产出"), ("档案数字化单卷成本", "产出"),
            ("群众办证平均往返次数", "效益"), ("乡镇服务点办理公证占比", "效益"), ("系统正常运行率", "效益"),
            ("服务对象满意度", "满意度")]
    irows = [Row("预算执行率", "100%", tot[5], tot[4], tot[6])]
    for name, blk in spec:
        c = find_row(rows, name)
        irows.append(Row(name, c[0], c[1], c[3], c[4], completion=c[2], block=blk))
    trow = frow("总分")
    total_w, total_s = n(trow[1]), n(trow[2])
    check_rows(r, irows, total_w, total_s)
    check_grade(r, "等级", total_s, one(text, r"综合评定等级为“(.{1,2})”")[0])
    b = {x.name: x for x in irows}
    check_same(r, "终端目标", [g(text, r"终端不少于(\d+)个点"), n(b["远程视频公证终端布设"].target)])
    check_same(r, "档案目标", [g(text, r"数字化不少于(\d+)卷"), n(b["公证档案数字化"].target)])
    check_same(r, "远程目标", [g(text, r"远程视频公证不少于(\d+)件"), n(b["办理远程视频公证"].target)])
    check_same(r, "远程目标2", [g(text, r"未完成(\d+)件的年度目标"), n(b["办理远程视频公证"].target)])
    check_same(r, "往返目标", [g(text, r"控制在(" + NUM_RE + ")次以内"), n(b["群众办证平均往返次数"].target)])
    check_same(r, "满意度目标", [g(text, r"达到(\d+)%以上"), n(b["服务对象满意度"].target)])
    check_same(r, "远程办件", [g(text, r"全年办理远程视频公证(" + NUM_RE + ")件"), n(b["办理远程视频公证"].actual)])
    check_same(r, "档案卷数", [g(text, r"完成公证档案数字化(" + NUM_RE + ")卷"), n(b["公证档案数字化"].actual)])
    unit_cost = g(text, r"单卷成本(" + NUM_RE + ")元")
    check_same(r, "单卷成本", [unit_cost, n(b["档案数字化单卷成本"].actual)])
    check_ratio(r, "单卷成本=外包费/卷数", unit_cost, det[1], n(b["公证档案数字化"].actual), D(10000))
    check_diff(r, "上门服务增加", g(text, r"增加(\d+)次"), g(text, r"开展上门服务(\d+)次"),
               g(text, r"较2019年的(\d+)次"), code="sum_mismatch")
    check_same(r, "办结时间", [g(text, r"缩短至平均(" + NUM_RE + ")个工作日"),
                           n(b["一般公证事项平均办结时间"].actual)])
    check_same(r, "往返次数", [g(text, r"往返次数降至(" + NUM_RE + ")次"), n(b["群众办证平均往返次数"].actual)])
    check_same(r, "乡镇占比", [g(text, r"业务的(" + NUM_RE + ")%"), n(b["乡镇服务点办理公证占比"].actual)])
    check_same(r, "满意度", [g(text, r"服务对象满意度(" + NUM_RE + ")%"), n(b["服务对象满意度"].actual)])
    for name in ("乡镇服务点办理公证占比", "系统正常运行率", "服务对象满意度"):
        check_bounded_rate(r, name, b[name].actual)
    allowed = []
    for line_m in re.finditer(r"^.*$", text, re.M):
        cells = list(re.finditer(r"\S+", line_m.group(0)))
        for i, c in enumerate(cells):
            if re.fullmatch(r"\d+\.\d\d%", c.group(0)) and i + 2 < len(cells) and i >= 4:
                allowed.append((line_m.start() + c.start(), line_m.start() + c.end()))
    percents_over_100(r, text, allowed)


def p_qionglai(text, r):
    ev = 2022
    tstart = text.index("附件：项目支出绩效自评表")
    rows = block_rows(text[tstart:])
    fr = {}
    for name in ("年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"):
        fr[name] = find_row(rows, name)
    parts = ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    for col, cname in enumerate(("年初", "全年", "执行")):
        check_sum(r, f"资金 {cname}", n(fr["年度资金总额"][col]), [n(fr[p][col]) for p in parts])
    for name in fr:
        c = fr[name]
        check_rate(r, f"执行率 {name}", c[4], n(c[2]), n(c[1]))
    init = g(text, r"年初批复财政资金(" + NUM_RE + ")万元")
    unit_add = g(text, r"将我处单位资金(" + NUM_RE + ")万元")
    annual = g(text, r"调整后预算(" + NUM_RE + ")万元")
    check_sum(r, "年初+单位资金=调整后", annual, [init, unit_add])
    fin_recv = g(text, r"财政资金(" + NUM_RE + ")万元于")
    unit_recv = g(text, r"单位资金(" + NUM_RE + ")万元于")
    recv_rate = one(text, r"资金到位率(" + NUM_RE + "%)")[0]
    check_rate(r, "到位率", recv_rate, fin_recv.v + unit_recv.v, annual.v)
    check_same(r, "财政资金", [init, fin_recv, n(fr["其中：财政资金"][1]), n(fr["年度资金总额"][0])])
    check_same(r, "单位资金", [unit_add, unit_recv, n(fr["单位资金"][1])])
    check_same(r, "调整后预算", [annual, n(fr["年度资金总额"][1])])
    spent = g(text, r"项目实际支出(" + NUM_RE + ")万元")
    rate_p = one(text, r"预算执行率(" + NUM_RE + "%)")[0]
    check_same(r, "执行数", [spent, n(fr["年度资金总额"][2])])
    check_same(r, "执行率", [n(rate_p), n(fr["年度资金总额"][4])])
    check_rate(r, "执行率（正文）", rate_p, spent, annual)
    subsidy1 = g(text, r"困难群众公证费减免补助(" + NUM_RE + ")万元")
    det = [g(text, r"平台运维服务费(" + NUM_RE + ")万元"), g(text, r"存证及短信服务费(" + NUM_RE + ")万元"),
           subsidy1, g(text, r"宣传及培训费(" + NUM_RE + ")万元")]
    check_sum(r, "支出明细", spent, det)
    bal = g(text, r"年末未支出(" + NUM_RE + ")万元")
    check_diff(r, "结余=预算-执行", bal, annual, spent)
    check_year(r, "结转年份", one(text, r"已结转(\d{4})年")[0], "gt", ev)
    check_year(r, "截至", one(text, r"截至(\d{4})年12月31日")[0], "eq", ev)
    for pat in (r"(\d{4})年年初批复", r"(\d{4})年7月经市财政局", r"(\d{4})年度邛崃", r"(\d{4})年3月、8月"):
        check_year(r, pat, one(text, r"(?m)" + pat)[0], "eq", ev)
    # indicators (Sichuan layout: 指标性质 / 指标值 / 度量单位 / 实际完成值)
    spec = [("平台在线受理公证申请", "产出"), ("减免公证费事项", "产出"), ("电子公证书存证上链率", "产出"),
            ("在线申请响应时间", "产出"), ("减免补助标准", "产出"), ("“最多跑一次”事项占比", "效益"),
            ("平台年度正常运行时间", "效益"), ("服务对象满意度", "满意度")]
    c = fr["年度资金总额"]
    irows = [Row("预算执行率", "100%", c[4], c[3], c[5])]
    for name, blk in spec:
        x = find_row(rows, name)
        sign = "" if x[0] == "=" else x[0]
        irows.append(Row(name, sign + x[1] + x[2], x[3] + x[2], x[5], x[6], completion=x[4], block=blk))
    trow = find_row(rows, "总分")
    total_w, total_s = n(trow[0]), n(trow[1])
    check_rows(r, irows, total_w, total_s)
    b = {x.name: x for x in irows}
    check_same(r, "总分", [g(text, r"自评得分(" + NUM_RE + ")分"), total_s])
    check_grade(r, "等级", total_s, one(text, r"自评等级为“(.{1,2})”")[0])
    cnt = g(text, r"为(" + NUM_RE + ")件困难群众")
    std = g(text, r"按每件(\d+)元标准补助，共计")
    subsidy2 = g(text, r"共计(" + NUM_RE + ")万元")
    check_product(r, "减免补助=件数×标准", subsidy2, cnt, std, D("0.0001"))
    check_same(r, "减免补助金额", [subsidy1, subsidy2])
    check_same(r, "补助标准", [g(text, r"由财政按每件(\d+)元"), std, n(b["减免补助标准"].actual)])
    check_same(r, "减免件数", [cnt, n(b["减免公证费事项"].actual)])
    check_same(r, "在线受理", [g(text, r"在线受理公证申请(" + NUM_RE + ")件（"), n(b["平台在线受理公证申请"].actual)])
    check_same(r, "响应时间", [g(text, r"平均响应时间(" + NUM_RE + ")小时"), n(b["在线申请响应时间"].actual)])
    check_same(r, "跑一次占比", [g(text, r"事项占比(" + NUM_RE + ")%，"), n(b["“最多跑一次”事项占比"].actual)])
    check_same(r, "运行天数", [g(text, r"正常运行(\d+)天"), n(b["平台年度正常运行时间"].actual)])
    check_same(r, "满意度", [g(text, r"服务对象满意度(" + NUM_RE + ")%，"), n(b["服务对象满意度"].actual)])
    for pat, name in ((r"不少于(\d+)件，减免", "平台在线受理公证申请"), (r"减免公证费不少于(\d+)件", "减免公证费事项"),
                      (r"存证上链率(\d+)%", "电子公证书存证上链率"), (r"在线申请(\d+)小时内响应", "在线申请响应时间"),
                      (r"占比达到(\d+)%", "“最多跑一次”事项占比"), (r"未达到(\d+)%的目标", "“最多跑一次”事项占比"),
                      (r"满意度达到(\d+)%以上", "服务对象满意度")):
        check_same(r, "目标 " + name, [g(text, pat), n(b[name].target)])
    for name in ("“最多跑一次”事项占比", "服务对象满意度", "电子公证书存证上链率"):
        check_bounded_rate(r, name, b[name].actual)
    check_bounded_rate(r, "好评率", one(text, r"好评率(" + NUM_RE + "%)")[0])
    allowed = []
    for name, _ in spec:  # the completion cell is the 5th line after the indicator name
        i = text.index("\t" + name + "\n", tstart) + len(name) + 2
        for _k in range(4):
            i = text.index("\n", i) + 1
        allowed.append((i, text.index("\n", i)))
    percents_over_100(r, text, allowed)


def p_zhangpu(text, r):
    ev = 2023
    rows = [[c.strip() for c in l.split("\t")] for l in text.split("\n")]

    def frow(first):
        hits = [row for row in rows if row and row[0] == first]
        if len(hits) != 1:
            raise AssertionError(f"row {first} found {len(hits)}")
        return hits[0][1:]
    fr = {k: frow(k) for k in ("省级政法转移支付", "县级财政资金", "上年结转资金", "其他资金")}
    fund_tot = [x for x in rows if x and x[0] == "合计"][0]
    tot = fund_tot[1:]
    for col, cname in enumerate(("年初", "全年", "执行")):
        check_sum(r, f"资金 {cname}", n(tot[col]), [n(fr[k][col]) for k in fr])
    for k in list(fr) + ["合计"]:
        c = fr.get(k, tot)
        check_rate(r, f"执行率 {k}", c[3], n(c[2]), n(c[1]))
    init = g(text, r"项目年初预算(" + NUM_RE + ")万元")
    cf1 = g(text, r"结转的一期尾款(" + NUM_RE + ")万元")
    add = g(text, r"追加省级政法转移支付(" + NUM_RE + ")万元")
    annual = g(text, r"全年预算(" + NUM_RE + ")万元")
    check_sum(r, "年初+追加=全年", annual, [init, add])
    check_same(r, "年初", [init, n(tot[0])])
    check_same(r, "全年", [annual, n(tot[1])])
    check_same(r, "追加", [add, n(fr["省级政法转移支付"][1])])
    cf2 = g(text, r"支付一期尾款(" + NUM_RE + ")万元")
    check_same(r, "上年结转", [cf1, cf2, n(fr["上年结转资金"][0]), n(fr["上年结转资金"][1]), n(fr["上年结转资金"][2])])
    spent = g(text, r"全年执行(" + NUM_RE + ")万元")
    rate_p = one(text, r"全年执行" + NUM_RE + r"万元，执行率(" + NUM_RE + "%)")[0]
    check_same(r, "执行数", [spent, n(tot[2])])
    check_rate(r, "执行率（正文）", rate_p, spent, annual)
    kiosk_amt = g(text, r"一体机4台(" + NUM_RE + ")万元")
    kiosk_n = g(text, r"一体机(\d+)台" + NUM_RE + "万元")
    kiosk_price = g(text, r"单价(" + NUM_RE + ")元")
    det = [g(text, r"平台二期开发(" + NUM_RE + ")万元"), kiosk_amt, g(text, r"数据接口服务(" + NUM_RE + ")万元"),
           g(text, r"保护测评(" + NUM_RE + ")万元"), cf2, g(text, r"培训及运维(" + NUM_RE + ")万元")]
    check_sum(r, "执行明细", spent, det)
    check_product(r, "一体机金额=台数×单价", kiosk_amt, kiosk_n, kiosk_price, D("0.0001"))
    bal = g(text, r"未执行(" + NUM_RE + ")万元")
    check_diff(r, "未执行=全年-执行", bal, annual, spent)
    check_year(r, "结转年份", one(text, r"已按规定结转(\d{4})年")[0], "gt", ev)
    check_year(r, "上年结转年份", one(text, r"含(\d{4})年结转")[0], "lt", ev)
    for pat in (r"(\d{4})年6月追加", r"(\d{4})年9月上线", r"（(\d{4})年度）", r"^漳浦县司法局(\d{4})年度",
                r"二期（(\d{4})年）"):
        check_year(r, pat, one(text, r"(?m)" + pat)[0], "eq", ev)
    # indicator table
    tstart = text.index("附件：项目支出绩效自评表")
    trows = [[c.strip() for c in l.split("\t")] for l in text[tstart:].split("\n")]
    names = [("预算执行率", "共性"), ("资金使用合规性", "共性"), ("政府采购执行率", "共性"),
             ("按时开展绩效运行监控", "共性"), ("自助公证一体机部署", "个性"), ("历史公证档案电子化", "个性"),
             ("等级保护测评得分", "个性"), ("在线办理公证平均办结时间", "个性"), ("自助一体机采购单价", "个性"),
             ("线上办理公证事项占比", "个性"), ("数据共享接口", "个性"), ("当事人满意度", "个性")]
    irows = []
    for name, blk in names:
        hits = [row for row in trows if len(row) == 9 and row[3] == name]
        if len(hits) != 1:
            raise AssertionError(f"indicator {name} found {len(hits)}")
        c = hits[0]
        irows.append(Row(name, c[4], c[5], c[7], c[8], completion=c[6], block=blk))

    def trow(first):
        hits = [row for row in trows if row and row[0] == first]
        if len(hits) != 1:
            raise AssertionError(f"row {first} found {len(hits)}")
        return hits[0]
    g1, g2, gt = trow("共性指标小计"), trow("个性指标小计"), trow("合计")
    blocks = {"共性": (n(g1[7]), n(g1[8])), "个性": (n(g2[7]), n(g2[8]))}
    total_w, total_s = n(gt[7]), n(gt[8])
    check_rows(r, irows, total_w, total_s, blocks)
    b = {x.name: x for x in irows}
    check_same(r, "执行率", [n(rate_p), n(tot[3]), n(b["预算执行率"].actual), n(b["预算执行率"].completion)])
    check_same(r, "总分", [g(text, r"自评得分(" + NUM_RE + ")分"), total_s])
    check_grade(r, "等级", total_s, one(text, r"等级为“(.{1,2})”")[0])
    check_same(r, "一体机单价", [kiosk_price, n(b["自助一体机采购单价"].actual)], [D(1), D(10000)])
    check_same(r, "一体机台数", [kiosk_n, g(text, r"部署自助公证一体机(\d+)台"), n(b["自助公证一体机部署"].actual)])
    check_same(r, "档案卷数", [g(text, r"历史公证档案电子化(" + NUM_RE + ")卷；"), n(b["历史公证档案电子化"].actual)])
    check_same(r, "测评得分", [g(text, r"测评得分(" + NUM_RE + ")分；"), n(b["等级保护测评得分"].actual)])
    check_same(r, "办结时间", [g(text, r"平均办结时间(" + NUM_RE + ")个工作日。"), n(b["在线办理公证平均办结时间"].actual)])
    online = g(text, r"全年线上办理公证(" + NUM_RE + ")件")
    allc = g(text, r"全部公证事项(" + NUM_RE + ")件")
    share = g(text, r"件的(" + NUM_RE + ")%")
    check_ratio(r, "线上占比", share, online, allc, D(100), code="rate_mismatch")
    check_same(r, "线上占比", [share, n(b["线上办理公证事项占比"].actual)])
    qm = one(text, r"一至四季度分别为([\d,、件]+)，季度平均(" + NUM_RE + ")件")[1]
    qs = [n(x) for x in re.findall(NUM_RE, qm.group(1))]
    check_sum(r, "季度合计", online, qs)
    check_avg(r, "季度平均", n(qm.group(2)), qs)
    check_same(r, "接口数", [g(text, r"数据共享接口(\d+)个"), n(b["数据共享接口"].actual)])
    check_same(r, "满意度", [g(text, r"当事人满意度(" + NUM_RE + ")%"), n(b["当事人满意度"].actual)])
    for pat, name in ((r"一体机不少于(\d+)台", "自助公证一体机部署"), (r"电子化不少于(\d+)卷", "历史公证档案电子化"),
                      (r"不超过(\d+)个工作日", "在线办理公证平均办结时间"), (r"占比达到(\d+)%", "线上办理公证事项占比"),
                      (r"未达到(\d+)%的目标", "线上办理公证事项占比"), (r"接口不少于(\d+)个", "数据共享接口"),
                      (r"满意度不低于(\d+)%", "当事人满意度")):
        check_same(r, "目标 " + name, [g(text, pat), n(b[name].target)])
    for name in ("线上办理公证事项占比", "当事人满意度"):
        check_bounded_rate(r, name, b[name].actual)
    allowed = []
    off = tstart
    for l in text[tstart:].split("\n"):
        cells = l.split("\t")
        if len(cells) == 9:
            p = off + len("\t".join(cells[:6])) + 1
            allowed.append((p, p + len(cells[6])))
        off += len(l) + 1
    percents_over_100(r, text, allowed)


def p_guanyun(text, r):
    ev = 2025
    fs = text.index("项目\n行次\n")
    fe = text.index("（三）项目绩效目标")
    rows = block_rows(text[fs:fe].strip("\n"))
    fr = {}
    for name in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)",
                 "预算执行率(%)"):
        c = find_row(rows, name)
        fr[name] = c[1:]  # skip 行次
    cols = ("合计", "省级", "县级", "上年结转")
    for name in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        c = fr[name]
        check_sum(r, f"{name} 合计", n(c[0]), [n(x) for x in c[1:]])
    for i, cn in enumerate(cols):
        check_diff(r, f"(5)=(3)-(4) {cn}", n(fr["资金结余"][i]), n(fr["实际到位资金"][i]), n(fr["全年执行资金"][i]))
        check_rate(r, f"(6) 到位率 {cn}", fr["预算到位率(%)"][i], n(fr["实际到位资金"][i]), n(fr["全年预算资金"][i]))
        check_rate(r, f"(7) 执行率 {cn}", fr["预算执行率(%)"][i], n(fr["全年执行资金"][i]), n(fr["全年预算资金"][i]))
    init = g(text, r"年初县级财政安排(" + NUM_RE + ")万元")
    prov = g(text, r"下达公证便民服务补助资金(" + NUM_RE + ")万元")
    cf = g(text, r"站点改造尾款(" + NUM_RE + ")万元")
    annual = g(text, r"全年预算(" + NUM_RE + ")万元")
    check_sum(r, "县级+省级+结转=全年", annual, [init, prov, cf])
    check_same(r, "县级年初", [init, n(fr["年初预算资金"][0]), n(fr["年初预算资金"][2])])
    check_same(r, "省级", [prov, n(fr["全年预算资金"][1])])
    check_same(r, "上年结转", [cf, n(fr["全年预算资金"][3])])
    check_same(r, "全年预算", [annual, n(fr["全年预算资金"][0])])
    spent = g(text, r"支出(" + NUM_RE + ")万元，执行率")
    rate_p = one(text, r"万元，执行率(" + NUM_RE + "%)")[0]
    check_same(r, "执行", [spent, n(fr["全年执行资金"][0])])
    check_rate(r, "执行率（正文）", rate_p, spent, annual)
    check_same(r, "执行率", [n(rate_p), n(fr["预算执行率(%)"][0])])
    stations_amt = g(text, r"站点建设改造(" + NUM_RE + ")万元")
    stations_n = g(text, r"（(\d+)个站点，每个")
    station_price = g(text, r"每个(" + NUM_RE + ")万元")
    subsidy = g(text, r"公证费减免补助(" + NUM_RE + ")万元")
    det = [stations_amt, g(text, r"电子签章服务(" + NUM_RE + ")万元"), g(text, r"车辆运行费(" + NUM_RE + ")万元"), subsidy]
    check_sum(r, "支出明细", spent, det)
    check_product(r, "站点金额=个数×单价", stations_amt, stations_n, station_price)
    check_product(r, "减免补助=件数×标准", subsidy, g(text, r"（(\d+)件，每件"), g(text, r"每件(\d+)元"), D("0.0001"))
    bal = g(text, r"年末结余(" + NUM_RE + ")万元")
    check_same(r, "结余", [bal, n(fr["资金结余"][0])])
    check_year(r, "结转年份", one(text, r"结转(\d{4})年使用")[0], "gt", ev)
    check_year(r, "上年结转年份", one(text, r"加上(\d{4})年结转")[0], "lt", ev)
    check_year(r, "截至", one(text, r"截至(\d{4})年12月31日")[0], "eq", ev)
    for pat in (r"^(\d{4})年年初", r"(\d{4})年5月省司法厅", r"^(\d{4})年度公证便民"):
        check_year(r, pat, one(text, r"(?m)" + pat)[0], "eq", ev)
    # indicator table
    ts = text.index("附件1.项目支出绩效自评表")
    trows = [l.split("｜") for l in text[ts:].split("\n")]
    names = [("预算执行率", None), ("新建乡镇公证便民服务站点", "产出"), ("在线受理公证申请", "产出"),
             ("公证书质量抽查合格率", "产出"), ("一般公证事项平均办结时间", "产出"), ("单个站点建设改造成本", "产出"),
             ("群众就近办理公证占比", "效益"), ("在线公证平台全年可用率", "效益"), ("群众满意度", "满意度")]
    irows = []
    for name, blk in names:
        hits = [row for row in trows if len(row) == 9 and row[2] == name]
        if len(hits) != 1:
            raise AssertionError(f"indicator {name} found {len(hits)}")
        c = hits[0]
        irows.append(Row(name, c[3], c[4], c[6], c[7], completion=c[5], block=blk,
                         exact=spent.v / annual.v * 100 if name == "预算执行率" else None))
    gt = [row for row in trows if row and row[0] == "合计"][0]
    total_w, total_s = n(gt[6]), n(gt[7])
    check_rows(r, irows, total_w, total_s)
    check_grade(r, "等级", total_s, one(text, r"综合评定等级为“(.{1,2})”")[0])
    b = {x.name: x for x in irows}
    check_same(r, "执行率（自评表）", [n(rate_p), n(b["预算执行率"].actual), n(b["预算执行率"].completion)])
    check_same(r, "站点单价", [station_price, n(b["单个站点建设改造成本"].actual)])
    check_ratio(r, "站点单价=金额/个数", n(b["单个站点建设改造成本"].actual), stations_amt, stations_n)
    check_sum(r, "站点投用", g(text, r"(\d+)个站点全部建成"), [g(text, r"其中(\d+)个于上半年"), g(text, r"、(\d+)个于下半年")])
    for pat, name in ((r"部署在(\d+)个乡镇司法所", "新建乡镇公证便民服务站点"), (r"^新建乡镇公证便民服务站点(\d+)个", "新建乡镇公证便民服务站点"),
                      (r"在线受理公证申请不少于(\d+)件", "在线受理公证申请"), (r"合格率不低于(\d+)%", "公证书质量抽查合格率"),
                      (r"不超过(\d+)个工作日", "一般公证事项平均办结时间"), (r"占比达到(\d+)%", "群众就近办理公证占比"),
                      (r"未达到(\d+)%的目标", "群众就近办理公证占比"), (r"可用率不低于(\d+)%", "在线公证平台全年可用率"),
                      (r"群众满意度不低于(\d+)%", "群众满意度")):
        check_same(r, "目标 " + name, [g(text, "(?m)" + pat), n(b[name].target)])
    check_same(r, "站点数", [g(text, r"(?m)^1\.产出情况。(\d+)个站点"), n(b["新建乡镇公证便民服务站点"].actual)])
    check_same(r, "在线受理", [g(text, r"全年在线受理公证申请(" + NUM_RE + ")件"), n(b["在线受理公证申请"].actual)])
    check_same(r, "办结时间", [g(text, r"平均办结时间(" + NUM_RE + ")个工作日，"), n(b["一般公证事项平均办结时间"].actual)])
    check_same(r, "合格率", [g(text, r"抽查合格率(" + NUM_RE + ")%。"), n(b["公证书质量抽查合格率"].actual)])
    check_same(r, "就近占比", [g(text, r"就近办理公证占比(" + NUM_RE + ")%，"), n(b["群众就近办理公证占比"].actual)])
    check_same(r, "可用率", [g(text, r"全年可用率(" + NUM_RE + ")%。"), n(b["在线公证平台全年可用率"].actual)])
    check_same(r, "满意度", [g(text, r"问卷调查群众满意度(" + NUM_RE + ")%"), n(b["群众满意度"].actual)])
    am = one(text, r"满意度分别为([\d.%、]+)，平均(" + NUM_RE + ")%")[1]
    items = [n(x) for x in re.findall(NUM_RE, am.group(1))]
    check_avg(r, "回访平均满意度", n(am.group(2)), items)
    for it in items + [n(am.group(2))]:
        check_bounded_rate(r, "回访满意度", it.raw)
    for name in ("群众就近办理公证占比", "在线公证平台全年可用率", "群众满意度", "公证书质量抽查合格率"):
        check_bounded_rate(r, name, b[name].actual)
    allowed = []
    off = ts
    for l in text[ts:].split("\n"):
        cells = l.split("｜")
        if len(cells) == 9:
            p = off + len("｜".join(cells[:5])) + 1
            allowed.append((p, p + len(cells[5])))
        off += len(l) + 1
    percents_over_100(r, text, allowed)


PROJECTS = {
    "gd-huaiji-gongzhengchu-bumen-2019": p_huaiji,
    "hb-yunmeng-yuanchenggongzheng-2020": p_yunmeng,
    "sc-qionglai-gongzhenghulianwang-2022": p_qionglai,
    "fj-zhangpu-zhihuigongzheng-2023": p_zhangpu,
    "js-guanyun-gongzhengbianmin-2025": p_guanyun,
}


def run_checks(source, text):
    r = Report()
    PROJECTS[source](text, r)
    return r


def edit_region(a, b):
    """Common prefix/suffix diff: (start, end_in_a, end_in_b)."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    counts = {}
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    for rec in labels:
        name, text, src = rec["case"], texts[rec["case"]], rec["source"]
        try:
            rep = run_checks(src, text)
        except (AssertionError, ValueError, IndexError, KeyError) as exc:
            problems.append(f"{name}: extraction failed: {exc!r}")
            continue
        found = set(rep.errors)
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
            if found:
                problems.append(f"{name}: clean draft fails {rep.errors}")
            if rep.warnings:
                problems.append(f"{name}: clean draft warns {rep.warnings}")
            n_chars = len(text)
            if not 1500 <= n_chars <= 5000:
                problems.append(f"{name}: {n_chars} characters")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: expected one label, got {len(exp)}")
            continue
        lab = exp[0]
        counts[lab["code"]] = counts.get(lab["code"], 0) + 1
        if lab["severity"] != "error" or lab["code"] not in CODES_A:
            problems.append(f"{name}: label {lab['code']}/{lab['severity']} not an §A error")
        if found != {lab["code"]}:
            problems.append(f"{name}: labelled {lab['code']}, checks fail {sorted(found)}: {rep.errors}")
        occ = [m.start() for m in re.finditer(re.escape(lab["value"]), text)]
        if len(occ) != 1:
            problems.append(f"{name}: value {lab['value']!r} occurs {len(occ)} times")
            continue
        clean_name = src + "-clean.txt"
        clean = texts.get(clean_name)
        if clean is None:
            with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
                clean = fh.read()
        s, ea, eb = edit_region(clean, text)
        if clean == text:
            problems.append(f"{name}: identical to its clean draft")
            continue
        if max(ea - s, eb - s) > 40:
            problems.append(f"{name}: edit of {max(ea - s, eb - s)} characters")
        vs, ve = occ[0], occ[0] + len(lab["value"])
        lo, hi = s, max(eb, s + 1)
        if not (lo < ve and vs < hi):
            problems.append(f"{name}: edit [{s},{eb}) does not overlap value [{vs},{ve})")
    for code in CODES_A:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times (< 2)")
    n_clean = sum(1 for r in labels if r["clean"])
    if len(labels) != 35 or n_clean != 5:
        problems.append(f"{len(labels)} labels, {n_clean} clean")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
