#!/usr/bin/env python3
"""Verify drafts517: re-read every figure from each case text and redo its arithmetic.

Standard library + decimal only.  For every case the checks below produce a set of
error codes (errors.md §A) and warnings; a clean draft must produce none, an error case
exactly its labelled code.  Label hygiene (one contiguous edit <= 40 chars overlapping the
value, value unique, every code at least twice) is checked too.  Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
A_CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
NUM = r"(\d[\d,]*(?:\.\d+)?)"
MONEY = NUM + r"(万元|亿元|元)"
EPS = D("1e-9")
TENK = D(10000)


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- quantities
class Q:
    """A stated number: value normalised (money to 万元), tolerance from its decimals (rules §8)."""

    def __init__(self, s, unit="", approx=False):
        s = s.strip()
        self.s = s + unit
        raw = D(s.replace(",", ""))
        d = len(s.split(".")[1]) if "." in s else 0
        f = {"元": D("0.0001"), "亿元": TENK}.get(unit, D(1))
        self.unit = unit
        self.v = raw * f
        self.t = D("0.5") * D(10) ** -d * f + EPS
        self.approx = approx

    def __repr__(self):
        return self.s


def q(s, unit=""):
    return Q(s, unit)


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


class Findings:
    def __init__(self):
        self.items = []

    def add(self, code, msg):
        self.items.append((code, msg))

    def codes(self):
        return {c for c, _ in self.items if c in A_CODES}

    def warnings(self):
        return [(c, m) for c, m in self.items if c not in A_CODES]


def relation(F, code, nums, fn, label):
    """fn(values, tols) -> (computed, stated, tol).  On failure try rescaling one input by
    10^±4; if that reconciles, the most specific explanation is unit_mismatch (errors.md #11b)."""
    vals = [n.v for n in nums]
    tols = [n.t for n in nums]

    def ok(v, t):
        c, s, tol = fn(v, t)
        return abs(c - s) <= tol

    if ok(vals, tols):
        return True
    for i in range(len(nums)):
        for f in (TENK, 1 / TENK):
            v2, t2 = list(vals), list(tols)
            v2[i] *= f
            t2[i] *= f
            if ok(v2, t2):
                F.add("unit_mismatch", f"{label}: {nums[i]} off by 10^4")
                return False
    c, s, _ = fn(vals, tols)
    F.add(code, f"{label}: computed {c}, stated {s}")
    return False


def chk_sum(F, total, parts, label, code="sum_mismatch"):
    relation(F, code, [total] + list(parts), lambda v, t: (sum(v[1:]), v[0], t[0]), label)


def chk_diff(F, a, b, c, label, code):
    """a − b = c"""
    relation(F, code, [a, b, c], lambda v, t: (v[0] - v[1], v[2], t[2]), label)


def chk_eq(F, a, b, label, code="conflicting_values"):
    relation(F, code, [a, b], lambda v, t: (v[0], v[1], max(t[0], t[1])), label)


def chk_rate(F, rate, num, den, label, bounded=True, code="rate_mismatch"):
    """rate (a Q in %, or the string '—') = num/den × 100."""
    if den.v == 0:
        if isinstance(rate, str) or rate.v == 0:
            return
        F.add("implausible_rate", f"{label}: {rate} on a zero base")
        return
    if isinstance(rate, str):
        F.add("missing_rate", f"{label}: no rate on a non-zero base")
        return
    if bounded and rate.v > 100:
        F.add("implausible_rate", f"{label}: {rate} above 100%")
    relation(F, code, [num, den, rate], lambda v, t: (v[0] / v[1] * 100, v[2], t[2]), label)


def chk_mean(F, avg, items, label):
    n = len(items)
    relation(F, "average_mismatch", list(items) + [avg],
             lambda v, t: (sum(v[:-1]) / n, v[-1], t[-1]), label)


def chk_ratio_avg(F, avg, total, count, label):
    """avg = total / count (per-unit average)."""
    relation(F, "average_mismatch", [total, count, avg],
             lambda v, t: (v[0] / v[1], v[2], t[2]), label)


def chk_product(F, amount, count, per, label):
    relation(F, "product_mismatch", [count, per, amount],
             lambda v, t: (v[0] * v[1], v[2], t[2]), label)


# ---------------------------------------------------------------- text access
def one(t, pat):
    ms = list(re.finditer(pat, t))
    if len(ms) != 1:
        raise ParseError(f"pattern {pat!r} matched {len(ms)} times")
    return ms[0]


def table(t, must):
    """Rows of the one table whose header line holds all keywords in `must` (｜ or tab separated)."""
    lines = t.split("\n")
    found = []
    for i, line in enumerate(lines):
        sep = "｜" if "｜" in line else ("\t" if "\t" in line else None)
        if sep and all(k in line for k in must):
            found.append((i, sep))
    if len(found) != 1:
        raise ParseError(f"table {must}: {len(found)} headers")
    i, sep = found[0]
    hdr = [c.strip() for c in lines[i].split(sep)]
    rows = []
    for line in lines[i + 1:]:
        if sep not in line:
            break
        cells = [c.strip() for c in line.split(sep)]
        cells += [""] * (len(hdr) - len(cells))
        rows.append(cells)
    return hdr, rows


def col(hdr, name):
    idx = [i for i, h in enumerate(hdr) if h.startswith(name)]
    if len(idx) != 1:
        raise ParseError(f"column {name!r} in {hdr}: {len(idx)}")
    return idx[0]


def find_row(rows, c, name):
    hit = [r for r in rows if r[c] == name]
    if len(hit) != 1:
        raise ParseError(f"row {name!r}: {len(hit)}")
    return hit[0]


def cellq(cell, unit=""):
    m = re.fullmatch(NUM + r"(%?)", cell)
    if not m:
        raise ParseError(f"cell {cell!r} is not a number")
    return Q(m.group(1), unit)


def rate_cell(cell):
    if cell == "—":
        return "—"
    return cellq(cell)


# ---------------------------------------------------------------- generic table checks
def funds_checks(F, t, must):
    """Funds-by-source table: column sums, per-row balance and rates.  Returns {row name: {col: Q}}."""
    hdr, rows = table(t, must)
    amount_cols = [i for i, h in enumerate(hdr) if "万元" in h]
    names = {i: hdr[i].split("（")[0] for i in amount_cols}
    total = [r for r in rows if r[0] == "合计"]
    if len(total) != 1:
        raise ParseError("funds table without one 合计 row")
    total = total[0]
    comps = [r for r in rows if r[0] != "合计"]
    data = {}
    for r in rows:
        data[r[0]] = {names[i]: cellq(r[i], "万元") for i in amount_cols}
        for i, h in enumerate(hdr):
            if h in ("执行率", "到位率"):
                data[r[0]][h] = rate_cell(r[i])
    for i in amount_cols:
        chk_sum(F, cellq(total[i], "万元"), [cellq(r[i], "万元") for r in comps],
                f"funds column {names[i]}")
    budget = next(n for n in names.values() if n.startswith("全年预算"))
    spent = next(n for n in names.values() if n in ("执行数", "实际支出", "全年执行数"))
    recv = next((n for n in names.values() if n in ("实际到位", "到位数")), None)
    bal = next((n for n in names.values() if n.startswith("结余")), None)
    for name, d in data.items():
        if "执行率" in d:
            chk_rate(F, d["执行率"], d[spent], d[budget], f"funds {name} 执行率")
        if "到位率" in d:
            chk_rate(F, d["到位率"], d[recv], d[budget], f"funds {name} 到位率")
        if bal:
            chk_diff(F, d[recv], d[spent], d[bal], f"funds {name} 结余", "balance_mismatch")
        if recv and d[recv].v > d[budget].v:
            F.add("implausible_rate", f"funds {name}: received above budget")
        if d[spent].v > (d[recv].v if recv else d[budget].v):
            F.add("implausible_rate", f"funds {name}: spent above budget/received")
    data["_budget"], data["_spent"], data["_recv"], data["_bal"] = budget, spent, recv, bal
    return data


def township_checks(F, t, count_col):
    hdr, rows = table(t, ["乡镇", "补偿标准"])
    cc, cp = col(hdr, count_col), col(hdr, "补偿标准")
    ca, cw = col(hdr, "补偿资金"), col(hdr, "压减")
    comps = [r for r in rows if r[0] != "合计"]
    total = find_row(rows, 0, "合计")
    for r in comps:
        chk_product(F, cellq(r[ca], "万元"), cellq(r[cc]), cellq(r[cp], "元"), f"township {r[0]} 补偿资金")
    chk_sum(F, cellq(total[cc]), [cellq(r[cc]) for r in comps], "township wells total")
    chk_sum(F, cellq(total[ca], "万元"), [cellq(r[ca], "万元") for r in comps], "township compensation total")
    chk_sum(F, cellq(total[cw]), [cellq(r[cw]) for r in comps], "township water total")
    return {"rows": {r[0]: r for r in comps}, "n": len(comps), "wells": cellq(total[cc]),
            "amount": cellq(total[ca], "万元"), "water": cellq(total[cw]),
            "per": {r[0]: cellq(r[cp], "元") for r in comps}}


TV = re.compile(r"(≥|≤)?" + NUM + r"(.*)")
DATE_T = re.compile(r"(\d{4})年(\d{1,2})月底前")
DATE_A = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
ACHIEVED = {"明显提高", "明显增强", "已建立", "健全", "基本健全"}


def band_ok(score, weight, lo, hi):
    if weight.v == 0:
        return True
    r = score.v / weight.v
    return lo - EPS <= r <= hi + EPS


def indicator_checks(F, t, Y, exec_ratio=None):
    """The 自评表: weights, scores, completion, units, bounded rates, score rules (warning).
    exec_ratio: the unrounded 执行数/全年预算数 from the funds table, for the 预算执行率 row score."""
    hdr, rows = table(t, ["三级指标", "分值", "得分"])
    c1, c2, c3 = col(hdr, "一级指标"), col(hdr, "二级指标"), col(hdr, "三级指标")
    ct, ca, cc = col(hdr, "年度指标值"), col(hdr, "实际完成值"), col(hdr, "完成率")
    cw, cs = col(hdr, "分值"), col(hdr, "得分")
    total = find_row(rows, c1, "合计")
    body = [r for r in rows if r[c1] != "合计"]
    last1 = last2 = ""
    for r in body:  # merged cells: carry the level names down
        if r[c1]:
            last1, last2 = r[c1], r[c2]
        else:
            r[c1] = last1
            if r[c2]:
                last2 = r[c2]
            else:
                r[c2] = last2
    W = [cellq(r[cw]) for r in body]
    S = [cellq(r[cs]) for r in body]
    tw, ts = cellq(total[cw]), cellq(total[cs])
    if sum(w.v for w in W) != 100 or abs(tw.v - sum(w.v for w in W)) > tw.t:
        F.add("weight_sum_mismatch", f"weights sum {sum(w.v for w in W)}, 合计 {tw}")
    for r, w, s in zip(body, W, S):
        if s.v > w.v or s.v < 0:
            F.add("score_exceeds_weight", f"{r[c3]}: score {s} weight {w}")
    chk_sum(F, ts, S, "自评表 score total", code="score_sum_mismatch")
    out = {"rows": {r[c3]: r for r in body}, "W": dict(zip([r[c3] for r in body], W)),
           "S": dict(zip([r[c3] for r in body], S)), "total": ts, "tw": tw,
           "level1": {}, "level1w": {}, "cols": (ct, ca, cc, cw, cs)}
    for r, w, s in zip(body, W, S):
        out["level1"].setdefault(r[c1], []).append(s)
        out["level1w"].setdefault(r[c1], []).append(w)
    for r, w, s in zip(body, W, S):
        name, tgt, act, comp = r[c3], r[ct], r[ca], r[cc]
        dt = DATE_T.fullmatch(tgt)
        if dt:
            da = DATE_A.search(act)
            if not da:
                raise ParseError(f"{name}: date actual {act!r}")
            if int(da.group(1)) != Y:
                F.add("year_warning", f"{name}: date outside {Y}")
            late = (int(da.group(1)), int(da.group(2))) > (int(dt.group(1)), int(dt.group(2)))
            if comp != "—":
                F.add("completion_mismatch", f"{name}: completion on a date row")
            if late and not band_ok(s, w, D("0.6"), D("0.8") - EPS * 2):
                F.add("score_rule_mismatch", f"{name}: late, score {s}")
            if not late and s.v != w.v:
                F.add("score_rule_mismatch", f"{name}: on time, score {s}")
            continue
        if not re.search(r"\d", tgt):  # qualitative
            if comp != "—":
                F.add("completion_mismatch", f"{name}: completion on a qualitative row")
            if act == tgt or act in ACHIEVED:
                lo, hi = D("0.8"), D(1)
            elif "部分" in act:
                lo, hi = D("0.6"), D("0.8") - EPS * 2
            else:
                lo, hi = D(0), D("0.6")
            if not band_ok(s, w, lo, hi):
                F.add("score_rule_mismatch", f"{name}: {act} score {s} of {w}")
            continue
        mt, ma = TV.fullmatch(tgt), TV.fullmatch(act)
        if not mt or not ma or ma.group(1):
            raise ParseError(f"{name}: target/actual {tgt!r} {act!r}")
        direction = {"≥": "gte", "≤": "lte", None: "eq"}[mt.group(1)]
        T_, A_ = Q(mt.group(2)), Q(ma.group(2))
        if mt.group(3) != ma.group(3):
            F.add("unit_mismatch", f"{name}: target unit {mt.group(3)!r}, actual unit {ma.group(3)!r}")
            continue
        if ma.group(3) == "%" and A_.v > 100:
            F.add("implausible_rate", f"{name}: actual {act} above 100%")
        if direction == "lte":
            c = D(100) if A_.v <= T_.v else T_.v / A_.v * 100
            ratio = min(D(1), T_.v / A_.v) if A_.v else D(1)
        else:
            c = A_.v / T_.v * 100
            ratio = min(D(1), A_.v / T_.v)
        if comp == "—":
            F.add("missing_completion", name)
        else:
            cq = cellq(comp)
            if abs(cq.v - c) > cq.t:
                F.add("completion_mismatch", f"{name}: computed {r2(c)}%, stated {comp}")
            ratio2 = min(D(1), cq.v / 100)
        exp1 = r2(w.v * ratio)
        ok = abs(s.v - exp1) <= s.t
        if comp != "—":
            ok = ok or abs(s.v - r2(w.v * ratio2)) <= s.t
        if "预算执行率" in name and exec_ratio is not None:
            ok = ok or abs(s.v - r2(w.v * min(D(1), exec_ratio))) <= s.t
        if not ok:
            F.add("score_rule_mismatch", f"{name}: score {s}, rule gives {exp1}")
        if direction != "lte" and c > 120 and not (len(r) > max(ct, ca, cc, cw, cs) + 1 and r[-1] not in ("", "—")):
            F.add("over_120_note", f"{name}: {r2(c)}% (explained in prose?)")
    return out


GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "差": "差"}


def grade_check(F, t, total):
    m = one(t, r"评价等级为(优秀|良好|中等|优|良|中|差)")
    g = GRADES[m.group(1)]
    v = total.v
    band = "优" if v >= 90 else "良" if v >= 80 else "中" if v >= 60 else "差"
    if g != band:
        F.add("grade_mismatch", f"grade {m.group(1)} for total {total}")


def year_checks(F, t, Y):
    for m in re.finditer(r"结转(?:至)?(\d{4})年", t):
        if int(m.group(1)) <= Y:
            F.add("year_mismatch", f"carried over to {m.group(1)} in a {Y} report")
    for m in re.finditer(r"截至(\d{4})年12月31日", t):
        if int(m.group(1)) != Y:
            F.add("year_mismatch", f"截至{m.group(1)}年 in a {Y} report")
    for m in re.finditer(r"(\d{4})年(\d{1,2})月(?:提前)?下达", t):
        y, mo = int(m.group(1)), int(m.group(2))
        if not (y == Y or (y == Y - 1 and mo == 12)):
            F.add("year_mismatch", f"issued {y}-{mo} for a {Y} budget")
    for m in re.finditer(r"(\d{4})年结转资金", t):
        if int(m.group(1)) != Y - 1:
            F.add("year_mismatch", f"incoming carry-over from {m.group(1)}")
    for m in re.finditer(r"(\d{4})年度", t):
        if int(m.group(1)) != Y:
            F.add("year_mismatch", f"{m.group(0)} in a {Y} report")


def level_weight_text(F, ind, stated):
    """stated: {level1 name: Q weight from the text}"""
    for name, w in stated.items():
        got = sum(x.v for x in ind["level1w"][name])
        if abs(got - w.v) > w.t:
            F.add("weight_sum_mismatch", f"{name}: rows {got}, text {w}")


def level_score_text(F, ind, stated):
    for name, s in stated.items():
        chk_sum(F, s, ind["level1"][name], f"{name} subtotal (text)", code="score_sum_mismatch")


def ind_actual(ind, name):
    r = ind["rows"][name]
    ct, ca, cc, cw, cs = ind["cols"]
    m = TV.fullmatch(r[ca])
    if not m:
        raise ParseError(f"{name}: actual {r[ca]!r}")
    return Q(m.group(2)), m.group(3)


def ind_completion_text(F, ind, name, stated, label):
    """A completion rate restated in the text, checked against the row's target and actual."""
    r = ind["rows"][name]
    ct, ca, cc, cw, cs = ind["cols"]
    mt, ma = TV.fullmatch(r[ct]), TV.fullmatch(r[ca])
    if not mt or not ma or mt.group(3) != ma.group(3):
        return
    relation(F, "completion_mismatch", [Q(ma.group(2)), Q(mt.group(2)), stated],
             lambda v, t: (v[0] / v[1] * 100, v[2], t[2]), label)


def ind_amount(ind, name):
    """actual of a money row, normalised."""
    a, unit = ind_actual(ind, name)
    return Q(a.s, unit)


def ind_target(ind, name):
    r = ind["rows"][name]
    m = TV.fullmatch(r[ind["cols"][0]])
    if not m:
        raise ParseError(f"{name}: target {r[ind['cols'][0]]!r}")
    return Q(m.group(2))


def goals(F, t, ind, pat, names):
    """The goal sentence restates the 自评表 targets."""
    m = one(t, pat)
    for i, name in enumerate(names, start=1):
        chk_eq(F, q(m.group(i)), ind_target(ind, name), f"goal vs 自评表 target of {name}")


def count_check(F, t, pat, n, label):
    m = one(t, pat)
    if int(m.group(1)) != n:
        F.add("conflicting_values", f"{label}: text {m.group(1)}, listed {n}")


# ---------------------------------------------------------------- project specs
def spec_xinhe(t, F):
    Y = 2019
    year_checks(F, t, Y)
    fd = funds_checks(F, t, ["资金来源", "全年预算数"])
    tw = township_checks(F, t, "关停机井")
    tot = fd["合计"]
    ind = indicator_checks(F, t, Y, tot[fd["_spent"]].v / tot[fd["_budget"]].v)
    goals(F, t, ind, r"关停农业灌溉机井不少于" + NUM + r"眼，压减地下水开采量不少于" + NUM + r"万立方米，安装智能计量设施不少于" + NUM + r"套，浅层地下水位回升不低于" + NUM + r"米，受影响农户满意度不低于" + NUM + "%",
          ["关停农业灌溉机井", "压减地下水开采量", "安装智能计量设施", "浅层地下水位回升", "受影响农户满意度"])
    count_check(F, t, r"振堂乡(\d)个乡镇实施", tw["n"], "townships in the overview")
    count_check(F, t, r"县域内(\d)眼国家级地下水监测井", 3, "monitoring wells listed")
    m = one(t, r"项目全年预算" + MONEY + r"，其中中央水利发展资金" + MONEY + r"、省级资金" + MONEY + r"、县级配套资金" + MONEY)
    b, c, p, x = (q(m.group(i), m.group(i + 1)) for i in (1, 3, 5, 7))
    chk_sum(F, b, [c, p, x], "text budget = central + provincial + county")
    chk_eq(F, b, tot["全年预算数"], "text budget vs table")
    chk_eq(F, c, fd["中央资金"]["全年预算数"], "text central vs table")
    chk_eq(F, p, fd["省级资金"]["全年预算数"], "text provincial vs table")
    chk_eq(F, x, fd["县级资金"]["全年预算数"], "text county vs table")
    m = one(t, r"资金到位率" + NUM + "%")
    chk_rate(F, q(m.group(1)), tot["实际到位"], tot["全年预算数"], "text 到位率")
    m = one(t, r"全年实际支出" + MONEY + r"，预算执行率" + NUM + "%")
    chk_eq(F, q(m.group(1), m.group(2)), tot["实际支出"], "text spent vs table")
    chk_rate(F, q(m.group(3)), tot["实际支出"], tot["全年预算数"], "text 执行率")
    m = one(t, r"支出中，机井关停补偿" + MONEY + r"，地表水置换配套管网工程" + MONEY + r"，智能计量设施" + MONEY + r"，地下水监测井建设" + MONEY)
    parts = [q(m.group(i), m.group(i + 1)) for i in (1, 3, 5, 7)]
    chk_sum(F, tot["实际支出"], parts, "spending breakdown")
    chk_eq(F, parts[0], tw["amount"], "text compensation vs township table")
    m = one(t, r"年末结余" + MONEY)
    chk_diff(F, tot["实际到位"], tot["实际支出"], q(m.group(1), m.group(2)), "text 结余", "balance_mismatch")
    m = one(t, r"荆家庄乡、西流乡关停的以深井为主，每眼补偿" + MONEY + r"；其余乡镇每眼" + MONEY)
    deep, other = q(m.group(1), m.group(2)), q(m.group(3), m.group(4))
    for name, per in tw["per"].items():
        chk_eq(F, per, deep if name in ("荆家庄乡", "西流乡") else other, f"standard of {name}")
    m = one(t, r"全年共关停机井" + NUM + r"眼，(\d)个乡镇平均关停" + NUM + "眼")
    chk_eq(F, q(m.group(1)), tw["wells"], "text wells vs table")
    chk_mean(F, q(m.group(3)), [q(r[1]) for r in tw["rows"].values()], "wells per township")
    if int(m.group(2)) != tw["n"]:
        F.add("conflicting_values", "number of townships")
    m = one(t, r"补偿资金合计" + MONEY + r"（" + MONEY + r"），平均每眼" + MONEY)
    a1, a2, avg = q(m.group(1), m.group(2)), q(m.group(3), m.group(4)), q(m.group(5), m.group(6))
    chk_eq(F, a1, tw["amount"], "text compensation total vs table")
    chk_eq(F, a2, a1, "compensation written in 元 and 万元")
    chk_ratio_avg(F, avg, tw["amount"], tw["wells"], "average compensation per well")
    m = one(t, r"2018年我县已关停机井" + NUM + r"眼，两年累计关停" + NUM + "眼")
    chk_sum(F, q(m.group(2)), [tw["wells"], q(m.group(1))], "two-year cumulative wells")
    m = one(t, r"验收合格率" + NUM + "%")
    chk_eq(F, q(m.group(1)), ind_actual(ind, "关停机井封填验收合格率")[0], "text 合格率 vs table")
    m = one(t, r"智能计量设施完成年度目标的" + NUM + r"%，尚有" + NUM + "套")
    ind_completion_text(F, ind, "安装智能计量设施", q(m.group(1)), "text completion 计量设施")
    tgt = Q(TV.fullmatch(ind["rows"]["安装智能计量设施"][ind["cols"][0]]).group(2))
    chk_diff(F, tgt, ind_actual(ind, "安装智能计量设施")[0], q(m.group(2)), "meters left", "sum_mismatch")
    m = one(t, r"补偿资金兑付及时率" + NUM + "%，")
    chk_eq(F, q(m.group(1)), ind_actual(ind, "补偿资金兑付及时率")[0], "text 兑付及时率 vs table")
    m = one(t, r"全年压减地下水开采量" + NUM + r"万立方米，完成年度目标的" + NUM + "%")
    chk_eq(F, q(m.group(1)), tw["water"], "text water vs township table")
    ind_completion_text(F, ind, "压减地下水开采量", q(m.group(2)), "text completion 压减")
    m = one(t, r"分别回升" + NUM + r"米、" + NUM + r"米、" + NUM + r"米，平均回升" + NUM + "米")
    chk_mean(F, q(m.group(4)), [q(m.group(i)) for i in (1, 2, 3)], "monitoring-well average")
    chk_eq(F, q(m.group(4)), ind_actual(ind, "浅层地下水位回升")[0], "text 水位回升 vs table")
    m = one(t, r"发放问卷" + NUM + r"份，收回有效问卷" + NUM + r"份，有效率" + NUM + r"%；其中表示满意的" + NUM + r"份，满意度" + NUM + "%")
    chk_rate(F, q(m.group(3)), q(m.group(2)), q(m.group(1)), "questionnaire 有效率")
    chk_rate(F, q(m.group(5)), q(m.group(4)), q(m.group(2)), "text 满意度")
    chk_eq(F, q(m.group(5)), ind_actual(ind, "受影响农户满意度")[0], "text 满意度 vs table")
    # 自评表 rows tied to other figures
    chk_rate(F, ind_actual(ind, "预算执行率")[0], tot["实际支出"], tot["全年预算数"], "自评表 执行率")
    chk_eq(F, ind_actual(ind, "关停农业灌溉机井")[0], tw["wells"], "自评表 wells vs township table")
    chk_ratio_avg(F, ind_amount(ind, "单眼机井关停补偿"), tw["amount"], tw["wells"], "自评表 average compensation")
    chk_eq(F, ind_actual(ind, "压减地下水开采量")[0], tw["water"], "自评表 water vs township table")
    m = one(t, r"预算执行率得分" + NUM + r"分，产出指标得分" + NUM + r"分，效益指标得分" + NUM + r"分，满意度指标得分" + NUM + r"分，自评总分" + NUM + "分")
    level_score_text(F, ind, {"预算执行率": q(m.group(1)), "产出指标": q(m.group(2)),
                              "效益指标": q(m.group(3)), "满意度指标": q(m.group(4))})
    chk_sum(F, q(m.group(5)), list(ind["S"].values()), "text total", code="score_sum_mismatch")
    grade_check(F, t, q(m.group(5)))
    m = one(t, r"管护经费尚未纳入县级预算，扣" + NUM + "分")
    chk_diff(F, ind["W"]["机井管护长效机制"], ind["S"]["机井管护长效机制"], q(m.group(1)), "deduction", "score_sum_mismatch")
    m = one(t, r"县级配套资金执行率" + NUM + "%")
    chk_rate(F, q(m.group(1)), fd["县级资金"]["实际支出"], fd["县级资金"]["全年预算数"], "text county 执行率")


def spec_xiajin(t, F):
    Y = 2021
    year_checks(F, t, Y)
    fd = funds_checks(F, t, ["资金来源", "全年预算"])
    tw = township_checks(F, t, "封停深井")
    tot = fd["合计"]
    ind = indicator_checks(F, t, Y, tot[fd["_spent"]].v / tot[fd["_budget"]].v)
    goals(F, t, ind, r"封停深层承压水机井不少于" + NUM + r"眼，压减深层地下水开采量不少于" + NUM + r"万立方米，新建地表水灌溉管道不少于" + NUM + r"公里，封井任务于2021年11月底前完成，深层地下水位年降幅控制在" + NUM + r"米以内，受益群众满意度不低于" + NUM + "%",
          ["封停深层承压水机井", "压减深层地下水开采量", "新建地表水灌溉管道", "深层地下水位年降幅", "受益群众满意度"])
    m = one(t, r"平均降幅[\d.]+米，控制在" + NUM + "米以内")
    chk_eq(F, q(m.group(1)), ind_target(ind, "深层地下水位年降幅"), "降幅 target restated")
    m = one(t, r"未达到" + NUM + "万亩的目标")
    chk_eq(F, q(m.group(1)), ind_target(ind, "替代水源灌溉面积"), "area target restated")
    count_check(F, t, r"渡口驿乡(\d)个乡镇实施", tw["n"], "townships in the overview")
    count_check(F, t, r"监测，(\d)眼深层监测井", 3, "monitoring wells listed")
    count_check(F, t, r"项目组在(\d)个乡镇", tw["n"], "townships surveyed")
    m = one(t, r"项目年初预算" + MONEY + r"，年中省级追加" + MONEY + r"，加上2020年结转资金" + MONEY + r"，全年预算调整为" + MONEY)
    ini, add, co, ann = (q(m.group(i), m.group(i + 1)) for i in (1, 3, 5, 7))
    chk_sum(F, ann, [ini, add, co], "annual = initial + addition + carry-over")
    chk_eq(F, ini, tot["年初预算"], "text initial vs table")
    chk_eq(F, ann, tot["全年预算"], "text annual vs table")
    chk_eq(F, co, fd["上年结转资金"]["全年预算"], "text carry-over vs table")
    chk_diff(F, fd["省级资金"]["全年预算"], fd["省级资金"]["年初预算"], add, "provincial addition", "sum_mismatch")
    m = one(t, r"全年执行" + MONEY + r"，预算执行率" + NUM + r"%，比2020年的" + NUM + r"%提高" + NUM + "个百分点")
    chk_eq(F, q(m.group(1), m.group(2)), tot["执行数"], "text spent vs table")
    chk_rate(F, q(m.group(3)), tot["执行数"], tot["全年预算"], "text 执行率")
    chk_diff(F, q(m.group(3)), q(m.group(4)), q(m.group(5)), "rise over 2020", "sum_mismatch")
    m = one(t, r"支出中，封井补偿" + MONEY + r"，地表水灌溉管道及配套工程" + MONEY + r"，机井计量及监测设施" + MONEY + r"，封井施工及回填" + MONEY)
    parts = [q(m.group(i), m.group(i + 1)) for i in (1, 3, 5, 7)]
    chk_sum(F, tot["执行数"], parts, "spending breakdown")
    chk_eq(F, parts[0], tw["amount"], "text compensation vs township table")
    fill = parts[3]
    m = one(t, r"未执行的" + MONEY)
    chk_diff(F, tot["全年预算"], tot["执行数"], q(m.group(1), m.group(2)), "text unspent", "balance_mismatch")
    m = one(t, r"郑保屯镇、白马湖镇封停的机井井深均在400米以上，每眼补偿" + MONEY + r"；其余乡镇每眼" + MONEY)
    deep, other = q(m.group(1), m.group(2)), q(m.group(3), m.group(4))
    for name, per in tw["per"].items():
        chk_eq(F, per, deep if name in ("郑保屯镇", "白马湖镇") else other, f"standard of {name}")
    m = one(t, r"全年封停深层承压水机井" + NUM + r"眼（2020年为" + NUM + r"眼）")
    chk_eq(F, q(m.group(1)), tw["wells"], "text wells vs township table")
    m = one(t, r"(\d)个乡镇平均每镇封停" + NUM + r"眼，其中郑保屯镇最多")
    chk_mean(F, q(m.group(2)), [q(r[1]) for r in tw["rows"].values()], "wells per township")
    if int(m.group(1)) != tw["n"]:
        F.add("conflicting_values", "number of townships")
    if max(tw["rows"].values(), key=lambda r: q(r[1]).v)[0] != "郑保屯镇":
        F.add("conflicting_values", "largest township")
    m = one(t, r"新建地表水灌溉管道" + NUM + "公里")
    chk_eq(F, q(m.group(1)), ind_actual(ind, "新建地表水灌溉管道")[0], "text pipes vs table")
    m = one(t, r"封井施工及回填费用" + MONEY + r"，平均每眼" + MONEY + r"，控制在每眼" + MONEY + "以内")
    chk_eq(F, q(m.group(1), m.group(2)), fill, "fill cost stated twice")
    chk_ratio_avg(F, q(m.group(3), m.group(4)), fill, tw["wells"], "fill cost per well")
    chk_eq(F, Q(m.group(5)), ind_target(ind, "单眼封井施工费用"), "fill-cost cap restated")
    chk_ratio_avg(F, ind_amount(ind, "单眼封井施工费用"), fill, tw["wells"], "自评表 fill cost per well")
    m = one(t, r"全年压减深层地下水开采量" + NUM + "万立方米")
    chk_eq(F, q(m.group(1)), tw["water"], "text water vs township table")
    m = one(t, r"分别下降" + NUM + r"米、" + NUM + r"米、" + NUM + r"米，平均降幅" + NUM + "米")
    chk_mean(F, q(m.group(4)), [q(m.group(i)) for i in (1, 2, 3)], "monitoring-well average")
    chk_eq(F, q(m.group(4)), ind_actual(ind, "深层地下水位年降幅")[0], "text 降幅 vs table")
    m = one(t, r"替代水源灌溉面积约" + NUM + "万亩")
    chk_eq(F, q(m.group(1)), ind_actual(ind, "替代水源灌溉面积")[0], "text area vs table")
    chk_rate(F, ind_actual(ind, "预算执行率")[0], tot["执行数"], tot["全年预算"], "自评表 执行率")
    chk_eq(F, ind_actual(ind, "封停深层承压水机井")[0], tw["wells"], "自评表 wells vs township table")
    chk_eq(F, ind_actual(ind, "压减深层地下水开采量")[0], tw["water"], "自评表 water vs township table")
    m = one(t, r"本项目自评得分" + NUM + "分")
    chk_sum(F, q(m.group(1)), list(ind["S"].values()), "text total", code="score_sum_mismatch")
    grade_check(F, t, q(m.group(1)))
    m = one(t, r"县级资金执行率仅" + NUM + "%")
    chk_rate(F, q(m.group(1)), fd["县级资金"]["执行数"], fd["县级资金"]["全年预算"], "text county 执行率")


def spec_nanle(t, F):
    Y = 2022
    year_checks(F, t, Y)
    fd = funds_checks(F, t, ["资金来源", "全年预算数"])
    tw = township_checks(F, t, "关停机井")
    tot = fd["合计"]
    ind = indicator_checks(F, t, Y, tot[fd["_spent"]].v / tot[fd["_budget"]].v)
    m = one(t, r"浅层地下水位年降幅[\d.]+米，超过" + NUM + r"米的控制目标")
    chk_eq(F, q(m.group(1)), ind_target(ind, "浅层地下水位年降幅"), "降幅 target restated")
    count_check(F, t, r"近德固乡(\d)个乡镇关停", tw["n"], "townships in the overview")
    m = one(t, r"部门全年预算" + MONEY + r"，全年执行" + MONEY + r"，预算执行率" + NUM + "%")
    chk_eq(F, q(m.group(1), m.group(2)), tot["全年预算数"], "text budget vs table")
    chk_eq(F, q(m.group(3), m.group(4)), tot["全年执行数"], "text spent vs table")
    chk_rate(F, q(m.group(5)), tot["全年执行数"], tot["全年预算数"], "text 执行率")
    m = one(t, r"未执行的" + MONEY)
    chk_diff(F, tot["全年预算数"], tot["全年执行数"], q(m.group(1), m.group(2)), "text unspent", "balance_mismatch")
    m = one(t, r"基本支出" + MONEY + r"，其中人员经费" + MONEY + r"、公用经费" + MONEY + r"；项目支出" + MONEY
            + r"，其中地下水超采综合治理项目" + MONEY + r"、农村饮水安全维修养护" + MONEY + r"、小型水利工程管护" + MONEY + r"、防汛抗旱及其他" + MONEY)
    v = [q(m.group(i), m.group(i + 1)) for i in range(1, 17, 2)]
    chk_sum(F, v[0], v[1:3], "basic = personnel + public")
    chk_sum(F, v[3], v[4:8], "project spending components")
    chk_sum(F, tot["全年执行数"], [v[0], v[3]], "spent = basic + project")
    gw_spent = v[4]
    m = one(t, r"“三公”经费支出" + MONEY + r"，其中公务接待费" + MONEY + r"、公务用车运行维护费" + MONEY + r"，比2021年的" + MONEY + r"减少" + MONEY)
    s3, rec, car, last, dec = (q(m.group(i), m.group(i + 1)) for i in (1, 3, 5, 7, 9))
    chk_sum(F, s3, [rec, car], "三公 = reception + vehicles")
    chk_diff(F, last, s3, dec, "三公 decrease", "sum_mismatch")
    chk_eq(F, s3, ind_amount(ind, "“三公”经费支出"), "text 三公 vs table")
    m = one(t, r"地下水超采综合治理项目全年预算" + MONEY + r"，执行" + MONEY + r"，执行率" + NUM + "%")
    chk_eq(F, q(m.group(3), m.group(4)), gw_spent, "groundwater project spent stated twice")
    chk_rate(F, q(m.group(5)), q(m.group(3), m.group(4)), q(m.group(1), m.group(2)), "groundwater project 执行率")
    m = one(t, r"项目资金中机井关停补偿" + MONEY)
    chk_eq(F, q(m.group(1), m.group(2)), tw["amount"], "text compensation vs township table")
    m = one(t, r"韩张镇、元村镇机井多为深井，每眼" + MONEY + r"；其余乡镇每眼" + MONEY)
    deep, other = q(m.group(1), m.group(2)), q(m.group(3), m.group(4))
    for name, per in tw["per"].items():
        chk_eq(F, per, deep if name in ("韩张镇", "元村镇") else other, f"standard of {name}")
    m = one(t, r"全年关停机井" + NUM + r"眼，(\d)个乡镇平均关停" + NUM + r"眼；压减地下水开采量" + NUM + r"万立方米，约合每眼" + NUM + "万立方米")
    chk_eq(F, q(m.group(1)), tw["wells"], "text wells vs township table")
    chk_mean(F, q(m.group(3)), [q(r[1]) for r in tw["rows"].values()], "wells per township")
    if int(m.group(2)) != tw["n"]:
        F.add("conflicting_values", "number of townships")
    chk_eq(F, q(m.group(4)), tw["water"], "text water vs township table")
    chk_ratio_avg(F, q(m.group(5)), tw["water"], tw["wells"], "approx. water per well (约)")
    chk_rate(F, ind_actual(ind, "部门预算执行率")[0], tot["全年执行数"], tot["全年预算数"], "自评表 执行率")
    chk_eq(F, ind_actual(ind, "关停农业灌溉机井")[0], tw["wells"], "自评表 wells vs township table")
    chk_eq(F, ind_actual(ind, "压减地下水开采量")[0], tw["water"], "自评表 water vs township table")
    m = one(t, r"浅层地下水位年降幅" + NUM + r"米，超过" + NUM + r"米的控制目标")
    chk_eq(F, q(m.group(1)), ind_actual(ind, "浅层地下水位年降幅")[0], "text 降幅 vs table")
    m = one(t, r"按反向指标计分得" + NUM + "分")
    chk_eq(F, q(m.group(1)), ind["S"]["浅层地下水位年降幅"], "text row score vs table", code="score_sum_mismatch")
    m = one(t, r"部门整体支出自评得分" + NUM + "分")
    chk_sum(F, q(m.group(1)), list(ind["S"].values()), "text total", code="score_sum_mismatch")
    grade_check(F, t, q(m.group(1)))


def spec_yongchang(t, F):
    Y = 2024
    year_checks(F, t, Y)
    fd = funds_checks(F, t, ["资金来源", "全年预算数"])
    tw = township_checks(F, t, "关停机井")
    tot = fd["合计"]
    ind = indicator_checks(F, t, Y, tot[fd["_spent"]].v / tot[fd["_budget"]].v)
    goals(F, t, ind, r"关停农业灌溉机井不少于" + NUM + r"眼，压减地下水开采量不少于" + NUM + r"万立方米，安装机井智能计量设施不少于" + NUM + r"套，配套高效节水改造" + NUM + r"万亩以上，用水户满意度不低于" + NUM + "%",
          ["关停农业灌溉机井", "压减地下水开采量", "安装机井智能计量设施", "配套高效节水改造面积", "用水户满意度"])
    m = one(t, r"回升[\d.]+米，超过" + NUM + r"米的目标")
    chk_eq(F, q(m.group(1)), ind_target(ind, "地下水位回升幅度"), "回升 target restated")
    count_check(F, t, r"河西堡镇(\d)个镇关停", tw["n"], "towns in the overview")
    m = one(t, r"项目全年预算" + MONEY + r"，实际到位" + MONEY + r"，到位率" + NUM + r"%，县级配套资金尚有" + MONEY + "未到位")
    chk_eq(F, q(m.group(1), m.group(2)), tot["全年预算数"], "text budget vs table")
    chk_eq(F, q(m.group(3), m.group(4)), tot["到位数"], "text received vs table")
    chk_rate(F, q(m.group(5)), tot["到位数"], tot["全年预算数"], "text 到位率")
    chk_diff(F, fd["县级配套资金"]["全年预算数"], fd["县级配套资金"]["到位数"], q(m.group(6), m.group(7)), "county not received", "balance_mismatch")
    m = one(t, r"项目实际支出" + MONEY + r"，预算执行率" + NUM + r"%，其中中央资金执行率" + NUM + "%")
    chk_eq(F, q(m.group(1), m.group(2)), tot["执行数"], "text spent vs table")
    chk_rate(F, q(m.group(3)), tot["执行数"], tot["全年预算数"], "text 执行率")
    chk_rate(F, q(m.group(4)), fd["中央水利发展资金"]["执行数"], fd["中央水利发展资金"]["全年预算数"], "text central 执行率")
    one(t, r"省级资金全部支出")
    chk_eq(F, fd["省级资金"]["执行数"], fd["省级资金"]["全年预算数"], "省级 全部支出", code="rate_mismatch")
    m = one(t, r"支出中，机井关停补偿" + MONEY + r"，高效节水改造" + MONEY + r"，智能计量设施" + MONEY + r"，监测及前期工作" + MONEY)
    parts = [q(m.group(i), m.group(i + 1)) for i in (1, 3, 5, 7)]
    chk_sum(F, tot["执行数"], parts, "spending breakdown")
    chk_eq(F, parts[0], tw["amount"], "text compensation vs township table")
    m = one(t, r"已到位未支出的结余" + MONEY + r"为中央资金工程质保金")
    bal = q(m.group(1), m.group(2))
    chk_diff(F, tot["到位数"], tot["执行数"], bal, "text 结余", "balance_mismatch")
    chk_diff(F, fd["中央水利发展资金"]["到位数"], fd["中央水利发展资金"]["执行数"], bal, "结余 all central", "balance_mismatch")
    m = one(t, r"每眼" + NUM + r"万—" + NUM + r"万元")
    lo, hi = Q(m.group(1), "万元"), Q(m.group(2), "万元")
    for name, per in tw["per"].items():
        if not (lo.v - lo.t <= per.v <= hi.v + hi.t):
            F.add("conflicting_values", f"standard of {name} outside the stated range")
    m = one(t, r"全年关停机井" + NUM + r"眼，较2023年的" + NUM + r"眼增加" + NUM + r"眼，(\d)个镇平均关停" + NUM + r"眼；补偿资金" + MONEY + r"，平均每眼补偿" + MONEY)
    chk_eq(F, q(m.group(1)), tw["wells"], "text wells vs township table")
    chk_diff(F, q(m.group(1)), q(m.group(2)), q(m.group(3)), "increase over 2023", "sum_mismatch")
    chk_mean(F, q(m.group(5)), [q(r[1]) for r in tw["rows"].values()], "wells per town")
    if int(m.group(4)) != tw["n"]:
        F.add("conflicting_values", "number of towns")
    chk_eq(F, q(m.group(6), m.group(7)), tw["amount"], "text compensation total vs table")
    chk_ratio_avg(F, q(m.group(8), m.group(9)), tw["amount"], tw["wells"], "average compensation per well")
    m = one(t, r"安装机井智能计量设施" + NUM + r"套，配套高效节水改造" + NUM + "万亩")
    chk_eq(F, q(m.group(1)), ind_actual(ind, "安装机井智能计量设施")[0], "text meters vs table")
    chk_eq(F, q(m.group(2)), ind_actual(ind, "配套高效节水改造面积")[0], "text area vs table")
    m = one(t, r"压减地下水开采量" + NUM + r"万立方米，超过年度目标")
    chk_eq(F, q(m.group(1)), tw["water"], "text water vs township table")
    m = one(t, r"年末水位较上年回升" + NUM + r"米，超过" + NUM + r"米的目标")
    chk_eq(F, q(m.group(1)), ind_actual(ind, "地下水位回升幅度")[0], "text 回升 vs table")
    m = one(t, r"计量覆盖率达到" + NUM + "%")
    chk_eq(F, q(m.group(1)), ind_actual(ind, "机井“以电控水”覆盖率")[0], "text 覆盖率 vs table")
    m = one(t, r"发放问卷" + NUM + r"份，回收" + NUM + r"份，回收率" + NUM + r"%；其中满意和基本满意的" + NUM + r"份，满意度" + NUM + "%")
    chk_rate(F, q(m.group(3)), q(m.group(2)), q(m.group(1)), "questionnaire 回收率")
    chk_rate(F, q(m.group(5)), q(m.group(4)), q(m.group(2)), "text 满意度")
    chk_eq(F, q(m.group(5)), ind_actual(ind, "用水户满意度")[0], "text 满意度 vs table")
    chk_rate(F, ind_actual(ind, "预算执行率")[0], tot["执行数"], tot["全年预算数"], "自评表 执行率")
    chk_eq(F, ind_actual(ind, "关停农业灌溉机井")[0], tw["wells"], "自评表 wells vs township table")
    chk_ratio_avg(F, ind_amount(ind, "单眼机井关停平均补偿"), tw["amount"], tw["wells"], "自评表 average compensation")
    chk_eq(F, ind_actual(ind, "压减地下水开采量")[0], tw["water"], "自评表 water vs township table")
    m = one(t, r"本项目自评得分" + NUM + "分")
    chk_sum(F, q(m.group(1)), list(ind["S"].values()), "text total", code="score_sum_mismatch")
    grade_check(F, t, q(m.group(1)))


def spec_tuoketuo(t, F):
    Y = 2025
    year_checks(F, t, Y)
    fd = funds_checks(F, t, ["资金来源", "全年预算"])
    tw = township_checks(F, t, "关停机井")
    tot = fd["合计"]
    ind = indicator_checks(F, t, Y, tot[fd["_spent"]].v / tot[fd["_budget"]].v)
    goals(F, t, ind, r"关停农业灌溉机井" + NUM + r"眼，黄河水置换灌溉面积" + NUM + r"万亩，安装机井计量设施" + NUM + r"套，压减地下水开采量" + NUM + "万立方米",
          ["关停农业灌溉机井", "黄河水置换灌溉面积", "安装机井计量设施", "压减地下水开采量"])
    count_check(F, t, r"古城镇(\d)个镇实施", tw["n"], "towns in the overview")
    count_check(F, t, r"万立方米。(\d)眼地下水监测井", 3, "monitoring wells listed")
    m = one(t, r"项目年初预算" + MONEY + r"，年中自治区资金调减" + MONEY + r"，全年预算" + MONEY)
    ini, cut, ann = (q(m.group(i), m.group(i + 1)) for i in (1, 3, 5))
    chk_eq(F, ini, tot["年初预算"], "text initial vs table")
    chk_eq(F, ann, tot["全年预算"], "text annual vs table")
    chk_diff(F, ini, ann, cut, "annual = initial − cut", "sum_mismatch")
    chk_diff(F, fd["自治区资金"]["年初预算"], fd["自治区资金"]["全年预算"], cut, "regional cut", "sum_mismatch")
    m = one(t, r"全年执行" + MONEY + r"（约" + MONEY + r"），执行率" + NUM + "%")
    chk_eq(F, q(m.group(1), m.group(2)), tot["执行数"], "text spent vs table")
    chk_eq(F, q(m.group(3), m.group(4)), tot["执行数"], "spent in 亿元 (约)")
    chk_rate(F, q(m.group(5)), tot["执行数"], tot["全年预算"], "text 执行率")
    m = one(t, r"支出中，机井关停补偿" + MONEY + r"，黄河水置换渠系配套工程" + MONEY + r"，高效节水灌溉改造" + MONEY + r"，计量监测设施" + MONEY)
    parts = [q(m.group(i), m.group(i + 1)) for i in (1, 3, 5, 7)]
    chk_sum(F, tot["执行数"], parts, "spending breakdown")
    chk_eq(F, parts[0], tw["amount"], "text compensation vs township table")
    m = one(t, r"未执行的" + MONEY + r"（中央资金" + MONEY + r"、县级资金" + MONEY + r"）")
    un, unc, unx = (q(m.group(i), m.group(i + 1)) for i in (1, 3, 5))
    chk_diff(F, tot["全年预算"], tot["执行数"], un, "text unspent", "balance_mismatch")
    chk_diff(F, fd["中央水利发展资金"]["全年预算"], fd["中央水利发展资金"]["执行数"], unc, "central unspent", "balance_mismatch")
    chk_diff(F, fd["县级资金"]["全年预算"], fd["县级资金"]["执行数"], unx, "county unspent", "balance_mismatch")
    chk_sum(F, un, [unc, unx], "unspent = central + county")
    m = one(t, r"双河镇、新营子镇每眼" + MONEY + r"，其余3个镇每眼" + MONEY)
    deep, other = q(m.group(1), m.group(2)), q(m.group(3), m.group(4))
    for name, per in tw["per"].items():
        chk_eq(F, per, deep if name in ("双河镇", "新营子镇") else other, f"standard of {name}")
    m = one(t, r"(\d)个镇共关停机井" + NUM + r"眼（2024年为" + NUM + r"眼），平均每镇" + NUM + r"眼；剩余" + NUM + "眼")
    chk_eq(F, q(m.group(2)), tw["wells"], "text wells vs township table")
    chk_mean(F, q(m.group(4)), [q(r[1]) for r in tw["rows"].values()], "wells per town")
    if int(m.group(1)) != tw["n"]:
        F.add("conflicting_values", "number of towns")
    tgt = Q(TV.fullmatch(ind["rows"]["关停农业灌溉机井"][ind["cols"][0]]).group(2))
    chk_diff(F, tgt, tw["wells"], q(m.group(5)), "wells left", "sum_mismatch")
    m = one(t, r"剩余" + NUM + r"眼机井关停")
    chk_diff(F, tgt, tw["wells"], q(m.group(1)), "wells left (measures)", "sum_mismatch")
    m = one(t, r"全年压减地下水开采量" + NUM + "万立方米")
    chk_eq(F, q(m.group(1)), tw["water"], "text water vs township table")
    m = one(t, r"降幅分别为" + NUM + r"米、" + NUM + r"米、" + NUM + r"米，平均" + NUM + "米")
    chk_mean(F, q(m.group(4)), [q(m.group(i)) for i in (1, 2, 3)], "monitoring-well average")
    m = one(t, r"按产出" + NUM + r"分、效益" + NUM + r"分、预算执行" + NUM + "分设置权重")
    level_weight_text(F, ind, {"产出指标": q(m.group(1)), "效益指标": q(m.group(2)), "预算执行率": q(m.group(3))})
    m = one(t, r"置换渠系工程于(\d{4})年(\d{1,2})月(\d{1,2})日完工，按“部分达成”档次计分")
    if int(m.group(1)) != Y:
        F.add("year_mismatch", "completion date")
    dm = DATE_A.search(ind["rows"]["项目完工时限"][ind["cols"][1]])
    if dm.groups() != m.groups()[:3]:
        F.add("conflicting_values", "completion date text vs table")
    m = one(t, r"亩均灌溉用水量下降" + NUM + r"立方米，超出目标" + NUM + "%")
    a = q(m.group(1))
    chk_eq(F, a, ind_actual(ind, "亩均灌溉用水量下降")[0], "text 亩均 vs table")
    tg = Q(TV.fullmatch(ind["rows"]["亩均灌溉用水量下降"][ind["cols"][0]]).group(2))
    relation(F, "completion_mismatch", [a, tg, q(m.group(2))], lambda v, t_: ((v[0] - v[1]) / v[1] * 100, v[2], t_[2]), "over-achievement")
    chk_rate(F, ind_actual(ind, "预算执行率")[0], tot["执行数"], tot["全年预算"], "自评表 执行率")
    chk_eq(F, ind_actual(ind, "关停农业灌溉机井")[0], tw["wells"], "自评表 wells vs township table")
    chk_ratio_avg(F, ind_amount(ind, "单眼机井关停平均补偿"), tw["amount"], tw["wells"], "自评表 average compensation")
    chk_eq(F, ind_actual(ind, "压减地下水开采量")[0], tw["water"], "自评表 water vs township table")
    m = one(t, r"本项目自评得分" + NUM + "分")
    chk_sum(F, q(m.group(1)), list(ind["S"].values()), "text total", code="score_sum_mismatch")
    grade_check(F, t, q(m.group(1)))


SPECS = {
    "xinhe-jijingguanting-2019": spec_xinhe,
    "xiajin-shenjingfengting-2021": spec_xiajin,
    "nanle-shuiliju-bumen-2022": spec_nanle,
    "yongchang-guanjing-2024": spec_yongchang,
    "tuoketuo-yinhuangzhihuan-2025": spec_tuoketuo,
}

# warnings that are expected in clean drafts: over-achievement > 20% explained in prose/table
ALLOWED_WARNINGS = {"over_120_note"}


def edit_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = [json.loads(x) for x in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if x.strip()]
    if len(labels) != 35:
        problems.append(f"{len(labels)} label lines, expected 35")
    code_count = Counter()
    for rec in labels:
        name = rec["case"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        F = Findings()
        try:
            SPECS[rec["source"]](text, F)
        except ParseError as exc:
            problems.append(f"{name}: parse error {exc}")
            continue
        got = F.codes()
        warns = [w for w in F.warnings() if w[0] not in ALLOWED_WARNINGS]
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
            if got or warns:
                problems.append(f"{name}: clean draft fails {F.items}")
            print(f"{name:40s} clean  ok")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: {len(exp)} labels")
            continue
        code = exp[0]["code"]
        code_count[code] += 1
        if exp[0]["severity"] != "error" or code not in A_CODES:
            problems.append(f"{name}: bad code/severity {exp[0]}")
        if got != {code}:
            problems.append(f"{name}: labelled {code}, checks found {sorted(got)}: {F.items}")
        # no other finding either, except the score-rule warning that a score above its weight implies
        inherent = {"score_rule_mismatch"} if code == "score_exceeds_weight" else set()
        stray = [w for w in warns if w[0] not in inherent]
        if stray:
            problems.append(f"{name}: extra findings {stray}")
        value = exp[0]["value"]
        if text.count(value) != 1:
            problems.append(f"{name}: value occurs {text.count(value)} times")
        clean = open(os.path.join(CASES, f"{rec['source']}-clean.txt"), encoding="utf-8").read()
        p, ea, eb = edit_region(clean, text)
        if max(ea - p, eb - p) > 40 or max(ea - p, eb - p) == 0:
            problems.append(f"{name}: edit region {max(ea - p, eb - p)} chars")
        vs = text.find(value)
        ve = vs + len(value)
        if not (vs < max(eb, p + 1) and p < ve):
            problems.append(f"{name}: value does not overlap the edit")
        detail = "; ".join(m for c, m in F.items if c == code)
        extra = f"  (warnings: {[w[0] for w in warns]})" if warns else ""
        print(f"{name:40s} {code:22s} edit {max(ea - p, eb - p):2d} chars  {detail[:90]}{extra}")
    for c in A_CODES:
        if code_count[c] < 2:
            problems.append(f"code {c} used {code_count[c]} times")
    print("codes:", dict(sorted(code_count.items())))
    if problems:
        print("\n".join("PROBLEM " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
