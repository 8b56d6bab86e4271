#!/usr/bin/env python3
"""Verify drafts520: read the figures back from every case's text and redo its arithmetic.

Standard library + decimal only.  For every case the draft-specific reader extracts the figures
(tables rebuilt from the layout as copied: one cell a line, tab rows, space-aligned rows, PDF rows)
and the generic checks below recompute every identity of rules.md §7 with the tolerance of §8.

Passes when
  * every clean draft passes every check (errors and warnings);
  * every error case fails its labelled code and no other error code of errors.md §A;
  * labels: 35 lines, each value occurs exactly once in its case, the case differs from its clean
    draft by one contiguous edit of at most 40 characters that overlaps the value, every §A code
    is used at least twice.
Prints OK on success.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 40
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
NUM = r"\d[\d,]*(?:\.\d+)?"
EPS = Decimal("1e-9")
DASHES = {"—", "–", "-", "－", ""}
GRADE_WORDS = r"(优秀|良好|中等|合格|一般|较差|不合格|优|良|中|差)"
GRADE_NORM = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "合格": "中", "一般": "中", "中": "中",
              "较差": "差", "不合格": "差", "差": "差"}
MONEY = {"亿元": Decimal(10000), "万元": Decimal(1), "元": Decimal("0.0001")}


class Fail(Exception):
    """The reader could not find a figure where the layout says it is."""


# ------------------------------------------------------------------------------------- numbers
def dec(s):
    return Decimal(str(s).replace(",", "").strip())


def ndec(s):
    s = str(s).replace(",", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def half(s):
    return Decimal(5) * Decimal(10) ** -(ndec(s) + 1)


def close(c, s):
    """computed value c is consistent with the stated number s (rules §8)."""
    return abs(Decimal(c) - dec(s)) <= half(s) + EPS


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Q:
    """A stated quantity: value normalised to 万元 when it carries a money unit, with its half-unit."""

    def __init__(self, s, unit=None):
        m = re.search(r"(" + NUM + r")\s*(亿元|万元|元)?", s)
        if not m:
            raise Fail(f"no number in {s!r}")
        self.raw = s
        u = unit if unit is not None else m.group(2)
        k = MONEY.get(u, Decimal(1)) if u else Decimal(1)
        self.v = dec(m.group(1)) * k
        self.t = half(m.group(1)) * k
        self.money = bool(u)

    def __repr__(self):
        return self.raw


def q(s, unit=None):
    return Q(s, unit)


def days(year):
    return 366 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 365


def one(pat, text, flags=0):
    ms = list(re.finditer(pat, text, flags))
    if len(ms) != 1:
        raise Fail(f"pattern {pat[:60]!r} matched {len(ms)} times")
    return ms[0]


# ------------------------------------------------------------------------------------- checker
class Ck:
    def __init__(self):
        self.errors = []
        self.warnings = []
        self.n = 0

    def ok(self):
        self.n += 1

    def err(self, code, msg):
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    def codes(self):
        return sorted({c for c, _ in self.errors})


SCALES = (Decimal(10000), Decimal("0.0001"))


def rescued(pred, vals):
    """True when rescaling exactly one of vals by 10^4 or 10^-4 makes pred hold (unit slip, errors.md #11b)."""
    for i in range(len(vals)):
        for k in SCALES:
            alt = list(vals)
            alt[i] = alt[i] * k
            try:
                if pred(alt):
                    return True
            except (ArithmeticError, ZeroDivisionError):
                pass
    return False


def c_rate(ck, label, stated, num, den, bounded=True):
    """I1/I2/I5: stated rate (percent, '%' optional) = num / den × 100."""
    s = stated.strip().rstrip("%").strip()
    num, den = Decimal(num), Decimal(den)
    if den == 0:
        if s in DASHES or dec(s) == 0:
            ck.ok()
        else:
            ck.err("implausible_rate", f"{label}: rate {stated} on a zero base")
        return
    if s in DASHES:
        ck.err("rate_mismatch", f"{label}: rate missing on a non-zero base")
        return
    v = dec(s)
    if bounded and (v > 100 or v < 0):
        ck.err("implausible_rate", f"{label}: rate {stated} outside [0, 100]")
        return
    c = num / den * 100
    if close(c, s):
        ck.ok()
    elif rescued(lambda a: close(a[0] / a[1] * 100, s), [num, den]):
        ck.err("unit_mismatch", f"{label}: {stated} reconciles only after rescaling an amount by 10^4")
    else:
        ck.err("rate_mismatch", f"{label}: stated {stated}, computed {r2(c)}%")


def _agree(total, comps, tol):
    return abs(total - sum(comps)) <= tol + EPS


def c_sum(ck, label, total, comps, code="sum_mismatch"):
    """I4: total = Σ components (Q objects)."""
    tol = total.t
    vals = [total.v] + [c.v for c in comps]
    if _agree(vals[0], vals[1:], tol):
        ck.ok()
    elif rescued(lambda a: _agree(a[0], a[1:], tol), vals):
        ck.err("unit_mismatch", f"{label}: {total} vs {comps} reconciles after rescaling one amount by 10^4")
    else:
        ck.err(code, f"{label}: {total} ≠ Σ{comps} = {sum(vals[1:])}")


def c_bal(ck, label, stated, a, b):
    """I3: stated balance = a − b."""
    vals = [stated.v, a.v, b.v]
    pred = lambda x: abs(x[0] - (x[1] - x[2])) <= stated.t + EPS
    if pred(vals):
        ck.ok()
    elif rescued(pred, vals):
        ck.err("unit_mismatch", f"{label}: balance reconciles after rescaling one amount by 10^4")
    else:
        ck.err("balance_mismatch", f"{label}: stated {stated}, computed {a.v - b.v}")


def c_prod(ck, label, amount, count, price):
    """per-unit standard × count = amount (a component identity)."""
    vals = [amount.v, Decimal(count), price.v]
    pred = lambda x: abs(x[0] - x[1] * x[2]) <= amount.t + EPS
    if pred(vals):
        ck.ok()
    elif rescued(pred, vals):
        ck.err("unit_mismatch", f"{label}: {count} × {price} vs {amount} reconciles after rescaling by 10^4")
    else:
        ck.err("sum_mismatch", f"{label}: {count} × {price} = {vals[1] * vals[2]} ≠ {amount}")


def c_avg(ck, label, stated, total, n):
    """I10: stated average = total / n."""
    c = Decimal(total) / Decimal(n)
    if close(c, stated):
        ck.ok()
    else:
        ck.err("average_mismatch", f"{label}: stated {stated}, computed {c:.3f}")


def c_same(ck, label, items):
    """I11: every mention of one quantity agrees (Q objects, unit-normalised)."""
    def agree(vals):
        return all(abs(vals[i] - vals[j]) <= items[i].t + items[j].t + EPS
                   for i in range(len(vals)) for j in range(i + 1, len(vals)))
    vals = [x.v for x in items]
    if agree(vals):
        ck.ok()
    elif rescued(agree, vals):
        ck.err("unit_mismatch", f"{label}: {items} agree only after rescaling one by 10^4")
    else:
        ck.err("conflicting_values", f"{label}: {items}")


def c_text_same(ck, label, items):
    if len(set(items)) == 1:
        ck.ok()
    else:
        ck.err("conflicting_values", f"{label}: {items}")


def c_bound(ck, label, s):
    """I5: a rate such as satisfaction lies in [0, 100]."""
    v = dec(s.rstrip("%"))
    if 0 <= v <= 100:
        ck.ok()
    else:
        ck.err("implausible_rate", f"{label}: {s} outside [0, 100]")


def c_year(ck, label, y, Y, rule, month=None):
    y = int(y)
    good = {"eq": y == Y, "gt": y > Y, "prev": y == Y - 1,
            "issued": y == Y or (y == Y - 1 and month is not None and int(month) == 12)}[rule]
    if good:
        ck.ok()
    else:
        ck.err("year_mismatch", f"{label}: year {y} with evaluation year {Y} (rule {rule})")


def band(total):
    t = dec(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def c_grade(ck, label, word, total):
    if GRADE_NORM[word] == band(total):
        ck.ok()
    else:
        ck.err("grade_mismatch", f"{label}: grade {word} with total {total} (band {band(total)})")


def c_generic_years(ck, t, Y):
    for m in re.finditer(r"结转(?:至)?(\d{4})年", t):
        c_year(ck, "carry-over " + m.group(0), m.group(1), Y, "gt")
    for m in re.finditer(r"截至(\d{4})年12月31日", t):
        c_year(ck, "year-end " + m.group(0), m.group(1), Y, "eq")


# ------------------------------------------------------------------------------------- indicators
VAL = re.compile(r"^(≥|≤|=|＝|>=|<=|＞|＜)?\s*(" + NUM + r")\s*(.*)$")
DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(前|以前)?$")


def pval(s):
    s = s.strip()
    m = DATE.match(s)
    if m:
        return {"kind": "date", "v": (int(m.group(1)), int(m.group(2)), int(m.group(3))),
                "dir": "lte" if m.group(4) else "eq", "unit": "date"}
    m = VAL.match(s)
    if m:
        sign = m.group(1) or "="
        d = "gte" if sign in ("≥", ">=", "＞") else "lte" if sign in ("≤", "<=", "＜") else "eq"
        return {"kind": "num", "v": dec(m.group(2)), "dir": d, "unit": m.group(3).strip(), "raw": m.group(2)}
    return {"kind": "text", "v": s, "dir": "qual", "unit": "text"}


def completion(t, a):
    """rules §5 completion in percent, or None when units differ (then unit_mismatch)."""
    if t["kind"] != a["kind"] or t["unit"] != a["unit"]:
        return None
    if t["kind"] == "text":
        return Decimal(100) if t["v"] == a["v"] else Decimal(0)
    if t["kind"] == "date":
        return Decimal(100) if a["v"] <= t["v"] else Decimal(0)
    T, A = t["v"], max(a["v"], Decimal(0))
    if t["dir"] == "lte":
        return Decimal(100) if A <= T else T / A * 100
    if T == 0:
        return Decimal(100) if A <= 0 else Decimal(0)
    return A / T * 100


def c_row(ck, r, exec_rate=None):
    label = r["name"]
    w, s = dec(r["w"]), dec(r["s"])
    if r.get("exec"):
        if r.get("actual") is not None and exec_rate is not None:
            c_rate(ck, f"{label} actual", r["actual"], exec_rate[0], exec_rate[1])
        rate = Decimal(exec_rate[0]) / Decimal(exec_rate[1]) if exec_rate else None
        if r.get("comp") is not None and r.get("actual") is not None:
            a = dec(r["actual"].rstrip("%")) / dec(r["target"].rstrip("%")) * 100
            if close(a, r["comp"].rstrip("%")):
                ck.ok()
            else:
                ck.err("completion_mismatch", f"{label}: completion {r['comp']} vs actual {r['actual']}")
        if rate is not None:
            exp = w * min(rate, Decimal(1))
            alt = w * min(dec(r["actual"].rstrip("%")) / 100, Decimal(1)) if r.get("actual") else exp
            if close(exp, r["s"]) or close(alt, r["s"]):
                ck.ok()
            else:
                ck.warn("score_rule_mismatch", f"{label}: score {r['s']}, rule gives {r2(exp)}")
        return
    t, a = pval(r["target"]), pval(r["actual"])
    comp = completion(t, a)
    if comp is None:
        ck.err("unit_mismatch", f"{label}: target {r['target']} and actual {r['actual']} in different units")
        return
    ck.ok()
    if a["kind"] == "num" and a["unit"] == "%" and not r.get("unbounded"):
        c_bound(ck, f"{label} actual", r["actual"])
    if r.get("comp") is not None:
        if close(comp, r["comp"].rstrip("%")):
            ck.ok()
        else:
            ck.err("completion_mismatch", f"{label}: stated {r['comp']}, computed {r2(comp)}%")
    ratio = min(comp / 100, Decimal(1))
    exp = w * ratio
    alt = w * min(dec(r["comp"].rstrip("%")) / 100, Decimal(1)) if r.get("comp") else exp
    if close(exp, r["s"]) or close(alt, r["s"]):
        ck.ok()
    else:
        ck.warn("score_rule_mismatch", f"{label}: score {r['s']}, rule gives {r2(exp)}")


def c_table(ck, rows, weight_totals=(), score_totals=(), level_scores=None, exec_rate=None):
    W = sum(dec(r["w"]) for r in rows)
    S = sum(dec(r["s"]) for r in rows)
    if W == 100:
        ck.ok()
    else:
        ck.err("weight_sum_mismatch", f"weights add to {W}, not 100")
    for wt in weight_totals:
        if dec(wt) == W:
            ck.ok()
        else:
            ck.err("weight_sum_mismatch", f"weights add to {W}, stated {wt}")
    for r in rows:
        if Decimal(0) <= dec(r["s"]) <= dec(r["w"]):
            ck.ok()
        else:
            ck.err("score_exceeds_weight", f"{r['name']}: score {r['s']} with weight {r['w']}")
    for st in score_totals:
        if close(S, st):
            ck.ok()
        else:
            ck.err("score_sum_mismatch", f"scores add to {S}, stated {st}")
    for lvl, st in (level_scores or {}).items():
        sub = sum(dec(r["s"]) for r in rows if r["l1"] == lvl)
        if close(sub, st):
            ck.ok()
        else:
            ck.err("score_sum_mismatch", f"{lvl}: scores add to {sub}, stated {st}")
    for r in rows:
        c_row(ck, r, exec_rate)
    return W, S


def c_exec_link(ck, funds_w, funds_s, row):
    """the funds block's 分值/得分 and the indicator table's 预算执行率 row are the same figures."""
    c_same(ck, "execution weight", [q(funds_w), q(row["w"])])
    c_same(ck, "execution score", [q(funds_s), q(row["s"])])


def fill_down(rows, key="l1"):
    cur = ""
    for r in rows:
        if r[key]:
            cur = r[key]
        else:
            r[key] = cur
    return rows


def cell_rows(region):
    """Word copy: one cell a line (tab-indented), blank line between rows."""
    rows = []
    for block in region.strip("\n").split("\n\n"):
        rows.append([(ln[1:] if ln.startswith("\t") else ln).strip() for ln in block.split("\n")])
    return rows


def ind_from_cells(cells, order):
    """Map one table row to an indicator dict; order names the columns."""
    r = dict(zip(order, cells))
    return {"l1": r.get("l1", ""), "name": r["name"], "target": r["target"], "actual": r["actual"],
            "comp": r.get("comp"), "w": r["w"], "s": r["s"], "exec": r["name"] == "预算执行率"}


def space_row(t, label):
    m = one(r"^[ \t]*(?:其中：)?" + label + r"[ \t]+(.+)$", t, re.M)
    toks = m.group(1).split()
    if len(toks) != 6:
        raise Fail(f"funds row {label}: {toks}")
    return toks


def money_cell(s):
    return q((s if s.strip() not in DASHES else "0") + "万元")


# ------------------------------------------------------------------------------------- Dezhou 2019
def p_dezhou(t, ck):
    Y = int(one(r"(\d{4})年度城区生活垃圾分类收运设施补助项目", t).group(1))
    c_year(ck, "table year", one(r"附件：(\d{4})年度项目支出绩效自评表", t).group(1), Y, "eq")
    c_year(ck, "funds table year", one(r"表1  (\d{4})年度项目资金执行情况", t).group(1), Y, "eq")
    tot, fis, co, oth = (space_row(t, x) for x in ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"))
    for i, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        c_sum(ck, f"funds {col}", money_cell(tot[i]), [money_cell(fis[i]), money_cell(co[i]), money_cell(oth[i])])
    for name, row in (("年度资金总额", tot), ("当年财政拨款", fis), ("上年结转资金", co), ("其他资金", oth)):
        c_rate(ck, f"funds {name} 执行率", row[4], dec(row[2]), dec(row[1]))
    exec_rate = (dec(tot[2]), dec(tot[1]))
    if close(dec(tot[3]) * min(exec_rate[0] / exec_rate[1], 1), tot[5]):
        ck.ok()
    else:
        ck.warn("score_rule_mismatch", "funds execution score")

    m = one(r"年初预算(" + NUM + r")万元，全部为市级财政拨款；年中将上年结转资金(" + NUM + r")万元（(\d{4})年分类收运车辆购置尾款）"
            r"纳入全年预算，全年预算(" + NUM + r")万元", t)
    init_p, co_p, ann_p = q(m.group(1) + "万元"), q(m.group(2) + "万元"), q(m.group(4) + "万元")
    c_year(ck, "carry-over origin", m.group(3), Y, "prev")
    c_sum(ck, "全年预算 = 年初 + 上年结转 (text)", ann_p, [init_p, co_p])
    c_same(ck, "年初预算", [init_p, money_cell(tot[0]), money_cell(fis[0])])
    c_same(ck, "全年预算", [ann_p, money_cell(tot[1])])
    uses = one(r"分为分类收集亭建设补助(" + NUM + r")万元、收运车辆购置补助(" + NUM + r")万元、中转站改造补助(" + NUM +
               r")万元和上年结转车辆尾款(" + NUM + r")万元", t)
    uses = [q(uses.group(i) + "万元") for i in range(1, 5)]
    c_sum(ck, "全年预算 by use", ann_p, uses)
    m = one(r"截至(\d{4})年12月31日，资金全部到位，到位率(" + NUM + r")%；全年支出(" + NUM + r")万元，预算执行率(" + NUM +
            r")%。年末未支出资金(" + NUM + r")万元，已按规定结转至(\d{4})年", t)
    c_rate(ck, "到位率 (全部到位)", m.group(2), ann_p.v, ann_p.v)
    spent = q(m.group(3) + "万元")
    c_rate(ck, "执行率 (text)", m.group(4), spent.v, ann_p.v)
    c_same(ck, "全年执行", [spent, money_cell(tot[2])])
    c_bal(ck, "未支出资金", q(m.group(5) + "万元"), ann_p, spent)
    m = one(r"分类收集亭按每个(" + NUM + r")元的标准补助，全年计划(\d+)个；收运车辆按每辆(" + NUM + r")万元的标准补助，全年计划(\d+)辆", t)
    kiosk_price, veh_price = q(m.group(1) + "元"), q(m.group(3) + "万元")
    c_prod(ck, "kiosk budget", uses[0], int(m.group(2)), kiosk_price)
    c_prod(ck, "vehicle budget", uses[1], int(m.group(4)), veh_price)
    plan_kiosk, plan_veh = m.group(2), m.group(4)
    m = one(r"全年新建（改造）分类收集亭(\d+)个，支出补助资金(" + NUM + r")万元；购置分类收运车辆(\d+)辆，经政府采购节约资金(" + NUM +
            r")万元，支出(" + NUM + r")万元；完成新湖、天衢、长河、宋官屯(\d+)座中转站分类改造，支出(" + NUM +
            r")万元；支付上年结转车辆尾款(" + NUM + r")万元", t)
    kiosks, kiosk_spent = m.group(1), q(m.group(2) + "万元")
    vehicles, saving, veh_spent = m.group(3), q(m.group(4) + "万元"), q(m.group(5) + "万元")
    stations, st_spent, co_spent = m.group(6), q(m.group(7) + "万元"), q(m.group(8) + "万元")
    c_prod(ck, "kiosks built × standard", kiosk_spent, int(kiosks), kiosk_price)
    c_bal(ck, "vehicle procurement saving", saving, uses[1], veh_spent)
    c_same(ck, "carry-over", [co_p, money_cell(co[1]), money_cell(co[2]), uses[3], co_spent])
    m = one(r"分别支出(" + NUM + r")万元、(" + NUM + r")万元、(" + NUM + r")万元、(" + NUM + r")万元，合计(" + NUM + r")万元", t)
    items = [q(m.group(i) + "万元") for i in range(1, 5)]
    for a, b, lab in zip(items, (kiosk_spent, veh_spent, st_spent, co_spent), ("kiosk", "vehicle", "station", "carry")):
        c_same(ck, f"{lab} spending", [a, b])
    c_sum(ck, "spending by use", q(m.group(5) + "万元"), items)
    c_same(ck, "spending total", [q(m.group(5) + "万元"), spent])
    m = one(r"分类收集亭建成(\d+)个，较目标少(\d+)个", t)
    c_same(ck, "kiosks built", [q(m.group(1)), q(kiosks)])

    # table
    region = t[one(r"附件：\d{4}年度项目支出绩效自评表\n\n", t).end():]
    rows = cell_rows(region)
    order = ["l1", "l2", "name", "target", "actual", "comp", "w", "s", "note"]
    ind = fill_down([ind_from_cells(r, order) for r in rows[1:] if r[0] != "总分"])
    total = [r for r in rows if r[0] == "总分"]
    if len(total) != 1:
        raise Fail("total row")
    total = total[0]
    byname = {r["name"]: r for r in ind}
    c_sum(ck, "kiosks short of target", q(pval(byname["新建（改造）分类收集亭"]["target"])["raw"]), [q(m.group(1)), q(m.group(2))])
    m = one(r"项目自评得分(" + NUM + r")分，评价等级为" + GRADE_WORDS + "。", t)
    c_table(ck, ind, weight_totals=[total[6]], score_totals=[total[7], m.group(1)], exec_rate=exec_rate)
    c_grade(ck, "text grade", m.group(2), m.group(1))
    c_grade(ck, "table grade", one(r"评价等级：" + GRADE_WORDS, t).group(1), total[7])
    c_same(ck, "execution rate", [q(x.rstrip("%")) for x in (tot[4], byname["预算执行率"]["actual"])])
    c_exec_link(ck, tot[3], tot[5], byname["预算执行率"])
    shortfall = one(r"较目标少(\d+)个", t).group(1)
    c_same(ck, "kiosks not built", [q(x) for x in [shortfall] + re.findall(r"(?:一是|剩余)(\d+)个分类收集亭", t)
                                    + re.findall(r"(\d+)个收集亭未建成", t)])
    c_same(ck, "kiosk standard (actual)", [kiosk_price, q(pval(byname["收集亭单个补助标准"]["actual"])["raw"] + "元")])
    c_same(ck, "sealed vehicles", [q(one(r"密闭化率(" + NUM + r")%；", t).group(1)), q(byname["收运车辆密闭化率"]["actual"])])
    c_year(ck, "target date year", pval(byname["收运设施完工时间"]["target"])["v"][0], Y, "eq")
    # targets restated in the goals
    m = one(r"年度目标：新建（改造）分类收集亭(\d+)个，购置分类收运车辆(\d+)辆，改造垃圾中转站(\d+)座；城区日均收运生活垃圾不低于(" + NUM +
            r")吨，厨余垃圾日均分出量不低于(" + NUM + r")吨，分类示范小区覆盖率达到(" + NUM + r")%以上，居民满意度不低于(" + NUM + r")%", t)
    for g, name in zip(range(1, 8), ("新建（改造）分类收集亭", "购置分类收运车辆", "改造垃圾中转站", "城区日均收运生活垃圾量",
                                     "厨余垃圾日均分出量", "分类示范小区覆盖率", "居民满意度")):
        c_same(ck, f"target {name}", [q(m.group(g)), q(pval(byname[name]["target"])["raw"])])
    c_same(ck, "plan kiosks", [q(plan_kiosk), q(pval(byname["新建（改造）分类收集亭"]["target"])["raw"])])
    c_same(ck, "plan vehicles", [q(plan_veh), q(pval(byname["购置分类收运车辆"]["target"])["raw"])])
    c_same(ck, "actual kiosks", [q(kiosks), q(pval(byname["新建（改造）分类收集亭"]["actual"])["raw"])])
    c_same(ck, "actual vehicles", [q(vehicles), q(pval(byname["购置分类收运车辆"]["actual"])["raw"])])
    c_same(ck, "actual stations", [q(stations), q(pval(byname["改造垃圾中转站"]["actual"])["raw"])])
    m = one(r"收运设施于(\d{4}年\d{1,2}月\d{1,2}日)全部完工", t)
    c_text_same(ck, "completion date", [m.group(1), byname["收运设施完工时间"]["actual"]])
    c_year(ck, "completion date year", m.group(1)[:4], Y, "eq")
    # tonnage
    m = one(r"全年收运城区生活垃圾(" + NUM + r")万吨，日均(" + NUM + r")吨，较(\d{4})年的(" + NUM + r")吨/日增加(" + NUM +
            r")吨；厨余垃圾全年分出(" + NUM + r")万吨，日均(" + NUM + r")吨", t)
    c_avg(ck, "daily tonnage", m.group(2), dec(m.group(1)) * 10000, days(Y))
    c_year(ck, "last-year tonnage", m.group(3), Y, "prev")
    c_sum(ck, "daily tonnage increase", q(m.group(2)), [q(m.group(4)), q(m.group(5))])
    c_avg(ck, "daily kitchen waste", m.group(7), dec(m.group(6)) * 10000, days(Y))
    c_same(ck, "daily tonnage", [q(m.group(2)), q(pval(byname["城区日均收运生活垃圾量"]["actual"])["raw"])])
    c_same(ck, "daily kitchen", [q(m.group(7)), q(pval(byname["厨余垃圾日均分出量"]["actual"])["raw"])])
    m = one(r"日均转运量分别为(" + NUM + r")吨、(" + NUM + r")吨、(" + NUM + r")吨，三区平均(" + NUM + r")吨", t)
    c_avg(ck, "average per district", m.group(4), sum(dec(m.group(i)) for i in (1, 2, 3)), 3)
    m = one(r"分类示范小区由(\d{4})年的(\d+)个增加到(\d+)个，覆盖率(" + NUM + r")%", t)
    c_year(ck, "last-year estates", m.group(1), Y, "prev")
    c_same(ck, "coverage", [q(m.group(4)), q(byname["分类示范小区覆盖率"]["actual"])])
    m = one(r"发放问卷(" + NUM + r")份，收回有效问卷(" + NUM + r")份，有效回收率(" + NUM + r")%", t)
    c_rate(ck, "questionnaire return rate", m.group(3), dec(m.group(2)), dec(m.group(1)))
    m = one(r"居民总体满意度(" + NUM + r")%，其中已开展分类小区居民满意度(" + NUM + r")%、未开展分类小区居民满意度(" + NUM + r")%", t)
    for g in (1, 2, 3):
        c_bound(ck, "satisfaction", m.group(g) + "%")
    c_same(ck, "satisfaction", [q(m.group(1)), q(byname["居民满意度"]["actual"])])
    c_generic_years(ck, t, Y)


# ------------------------------------------------------------------------------------- Linfen 2020
def p_linfen(t, ck):
    Y = int(one(r"临汾市城市管理局(\d{4})年度城镇生活垃圾分类收运设施补助项目绩效自评报告", t).group(1))
    region = one(r"（二）预算执行情况\n\n(.*?)\n\n\n", t, re.S).group(1)
    rows = cell_rows(region)
    R = {r[0]: r for r in rows[2:]}
    for r in R.values():
        if len(r) != 10:
            raise Fail(f"funds row {r[0]} has {len(r)} cells")
    b = [R[k] for k in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余")]
    b6, b7 = R["预算到位率(%)"], R["预算执行率(%)"]
    M = lambda s: money_cell(s)
    cols = ["年度总金额", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他"]
    for row in b:
        c_sum(ck, f"{row[0]} total", M(row[2]), [M(row[3]), M(row[8]), M(row[9])])
        c_sum(ck, f"{row[0]} 财政小计", M(row[3]), [M(row[i]) for i in (4, 5, 6, 7)])
    for i in range(2, 10):
        c_bal(ck, f"资金结余 {cols[i - 2]}", M(b[4][i]), M(b[2][i]), M(b[3][i]))
        c_rate(ck, f"到位率 {cols[i - 2]}", b6[i], M(b[2][i]).v, M(b[1][i]).v)
        c_rate(ck, f"执行率 {cols[i - 2]}", b7[i], M(b[3][i]).v, M(b[1][i]).v)
    exec_rate = (M(b[3][2]).v, M(b[1][2]).v)

    m = one(r"全年预算资金(" + NUM + r")万元，其中省级补助(" + NUM + r")万元（(\d{4})年(\d{1,2})月提前下达）、市级配套(" + NUM +
            r")万元、上年结转(" + NUM + r")万元。实际到位(" + NUM + r")万元，到位率(" + NUM + r")%，未到位的(" + NUM +
            r")万元为市级配套资金；全年执行(" + NUM + r")万元，执行率(" + NUM + r")%。资金结余(" + NUM + r")万元", t)
    g = lambda i: q(m.group(i) + "万元")
    ann, prov, city, co = g(1), g(2), g(5), g(6)
    c_year(ck, "provincial funds issued", m.group(3), Y, "issued", m.group(4))
    c_sum(ck, "全年预算 = 省 + 市 + 结转 (text)", ann, [prov, city, co])
    c_same(ck, "全年预算", [ann, M(b[1][2])])
    c_same(ck, "省级", [prov, M(b[1][5])])
    c_same(ck, "市级", [city, M(b[1][6])])
    c_same(ck, "上年结转", [co, M(b[1][8])])
    rec = g(7)
    c_rate(ck, "到位率 (text)", m.group(8), rec.v, ann.v)
    c_same(ck, "到位", [rec, M(b[2][2])])
    missing = g(9)
    c_bal(ck, "未到位 = 全年预算 − 到位", missing, ann, rec)
    spent = g(10)
    c_rate(ck, "执行率 (text)", m.group(11), spent.v, ann.v)
    c_same(ck, "执行", [spent, M(b[3][2])])
    c_bal(ck, "资金结余 (text)", g(12), rec, spent)
    c_same(ck, "资金结余", [g(12), M(b[4][2])])
    m = one(r"二是市级配套资金(" + NUM + r")万元未能在年内到位", t)
    c_bal(ck, "市级未到位", q(m.group(1) + "万元"), M(b[1][6]), M(b[2][6]))
    c_same(ck, "未到位", [missing, q(m.group(1) + "万元"), q(one(r"市级配套资金(" + NUM + r")万元未到位", t).group(1) + "万元")])

    region = t[one(r"附件1\.项目支出绩效自评表\n\n", t).end():]
    rows = cell_rows(region)
    order = ["l1", "l2", "name", "w", "target", "actual", "comp", "s", "note"]
    ind = fill_down([ind_from_cells(r, order) for r in rows[1:] if r[0] != "合计"])
    tot = [r for r in rows if r[0] == "合计"][0]
    byname = {r["name"]: r for r in ind}
    m = one(r"预算执行指标得分(" + NUM + r")分，产出指标得分(" + NUM + r")分，效益指标得分(" + NUM + r")分，满意度指标得分(" + NUM +
            r")分，总得分(" + NUM + r")分，属于\"" + GRADE_WORDS + "\"", t)
    levels = {"预算执行指标": m.group(1), "产出指标": m.group(2), "效益指标": m.group(3), "满意度指标": m.group(4)}
    c_table(ck, ind, weight_totals=[tot[3]], score_totals=[tot[7], m.group(5)], level_scores=levels, exec_rate=exec_rate)
    c_grade(ck, "grade", m.group(6), m.group(5))
    P = lambda name, k: q(pval(byname[name][k])["raw"])
    m = one(r"城区生活垃圾日均清运量稳定在(" + NUM + r")吨以上，厨余垃圾日均分出量不低于(" + NUM + r")吨", t)
    c_same(ck, "target daily tonnage", [q(m.group(1)), P("城区生活垃圾日均清运量", "target")])
    c_same(ck, "target kitchen", [q(m.group(2)), P("厨余垃圾日均分出量", "target")])
    m = one(r"(\d{4})年新增分类收集点(" + NUM + r")个以上，配置四分类收集容器(" + NUM + r")组以上，收运车辆完好率不低于(" + NUM +
            r")%，补助资金拨付及时率不低于(" + NUM + r")%，服务对象满意度不低于(" + NUM + r")%", t)
    c_year(ck, "annual goal year", m.group(1), Y, "eq")
    for gi, name in zip(range(2, 7), ("新增分类收集点（个）", "配置四分类收集容器（组）", "收运车辆完好率", "补助资金拨付及时率", "服务对象满意度")):
        c_same(ck, f"target {name}", [q(m.group(gi)), P(name, "target")])
    m = one(r"全年新增分类收集点(\d+)个，配置四分类收集容器(" + NUM + r")组，收运车辆完好率(" + NUM + r")%", t)
    c_same(ck, "collection points", [q(m.group(1)), P("新增分类收集点（个）", "actual")])
    c_same(ck, "containers", [q(m.group(2)), P("配置四分类收集容器（组）", "actual")])
    c_same(ck, "vehicle availability", [q(m.group(3)), P("收运车辆完好率", "actual")])
    m = one(r"资金拨付及时率为(" + NUM + r")%，未达到(" + NUM + r")%的目标", t)
    c_same(ck, "timeliness", [q(m.group(1)), P("补助资金拨付及时率", "actual")])
    c_same(ck, "timeliness target", [q(m.group(2)), P("补助资金拨付及时率", "target")])
    m = one(r"全年清运城区生活垃圾(" + NUM + r")万吨，日均(" + NUM + r")吨；厨余垃圾分出(" + NUM + r")万吨，日均(" + NUM + r")吨", t)
    c_avg(ck, "daily tonnage", m.group(2), dec(m.group(1)) * 10000, days(Y))
    c_avg(ck, "daily kitchen", m.group(4), dec(m.group(3)) * 10000, days(Y))
    c_same(ck, "daily tonnage", [q(m.group(2)), P("城区生活垃圾日均清运量", "actual")])
    c_same(ck, "daily kitchen", [q(m.group(4)), P("厨余垃圾日均分出量", "actual")])
    m = one(r"发放问卷(" + NUM + r")份，回收有效问卷(" + NUM + r")份，有效回收率(" + NUM + r")%，服务对象满意度为(" + NUM + r")%", t)
    c_rate(ck, "questionnaire return rate", m.group(3), dec(m.group(2)), dec(m.group(1)))
    c_bound(ck, "satisfaction", m.group(4))
    c_same(ck, "satisfaction", [q(m.group(4)), P("服务对象满意度", "actual")])
    c_same(ck, "execution rate", [q(b7[2]), q(byname["预算执行率"]["actual"])])
    c_generic_years(ck, t, Y)


# ------------------------------------------------------------------------------------- Changde 2022
def tab_region(t, start_pat, end_pat=None):
    s = one(start_pat, t, re.M).start()
    e = one(end_pat, t, re.M).start() if end_pat else len(t)
    return [ln.split("\t") for ln in t[s:e].strip("\n").split("\n")]


def p_changde(t, ck):
    Y = int(one(r"常德市城市管理和综合执法局(\d{4})年度部门整体支出绩效自评报告", t).group(1))
    c_year(ck, "table year", one(r"^(\d{4})年度部门整体支出绩效自评表$", t, re.M).group(1), Y, "eq")
    rows = tab_region(t, r"^年度预算申请\t", r"^年度总体目标\t")
    F = {}
    for r in rows[1:]:
        if len(r) != 8:
            raise Fail(f"funds row {r}")
        F[r[1].replace("其中：", "")] = r
    M = money_cell
    for i in (2, 3, 4):
        c_sum(ck, f"funds col {i} by source", M(F["年度资金总额"][i]),
              [M(F["一般公共预算"][i]), M(F["政府性基金预算"][i]), M(F["上年结转"][i])])
        c_sum(ck, f"funds col {i} by type", M(F["年度资金总额"][i]), [M(F["基本支出"][i]), M(F["项目支出"][i])])
    for k, r in F.items():
        c_rate(ck, f"funds {k} 执行率", r[6], M(r[4]).v, M(r[3]).v)
    tot = F["年度资金总额"]
    exec_rate = (M(tot[4]).v, M(tot[3]).v)

    m = one(r"对本部门(\d{4})年度整体支出(" + NUM + r")万元开展了绩效自评", t)
    c_year(ck, "opening year", m.group(1), Y, "eq")
    opening = q(m.group(2) + "万元")
    m = one(r"在职人员(\d+)人，其中行政编制(\d+)人、事业编制(\d+)人", t)
    c_sum(ck, "staff", q(m.group(1)), [q(m.group(2)), q(m.group(3))])
    m = one(r"(\d{4})年部门年初预算(" + NUM + r")万元，年中追加(" + NUM + r")万元，全年预算(" + NUM + r")万元，其中基本支出(" + NUM +
            r")万元、项目支出(" + NUM + r")万元。按资金来源分，一般公共预算(" + NUM + r")万元，政府性基金预算(" + NUM + r")万元", t)
    c_year(ck, "budget year", m.group(1), Y, "eq")
    g = lambda i: q(m.group(i) + "万元")
    init, add, ann, basic, proj, gen, fund = g(2), g(3), g(4), g(5), g(6), g(7), g(8)
    c_sum(ck, "全年 = 年初 + 追加", ann, [init, add])
    c_sum(ck, "全年 = 基本 + 项目 (text)", ann, [basic, proj])
    c_sum(ck, "全年 = 一般公共 + 基金 (text)", ann, [gen, fund])
    c_same(ck, "全年预算", [opening, ann, M(tot[3])])
    c_same(ck, "年初预算", [init, M(tot[2])])
    c_same(ck, "基本支出预算", [basic, M(F["基本支出"][3])])
    c_same(ck, "一般公共预算", [gen, M(F["一般公共预算"][3])])
    c_same(ck, "政府性基金预算", [fund, M(F["政府性基金预算"][3])])
    m = one(r"基本支出全年预算(" + NUM + r")万元，实际支出(" + NUM + r")万元", t)
    c_same(ck, "基本支出预算", [q(m.group(1) + "万元"), basic])
    c_same(ck, "基本支出执行", [q(m.group(2) + "万元"), M(F["基本支出"][4])])
    m = one(r"项目支出全年预算(" + NUM + r")万元，其中生活垃圾分类收运设施补助(" + NUM + r")万元、城区环卫作业经费(" + NUM +
            r")万元、数字城管运行维护经费(" + NUM + r")万元、城市管理执法装备购置(" + NUM + r")万元；全年分别执行(" + NUM + r")万元、(" +
            NUM + r")万元、(" + NUM + r")万元和(" + NUM + r")万元，项目支出合计执行(" + NUM + r")万元，执行率(" + NUM + r")%", t)
    g = lambda i: q(m.group(i) + "万元")
    c_same(ck, "项目支出预算", [g(1), proj, M(F["项目支出"][3])])
    budgets = [g(i) for i in (2, 3, 4, 5)]
    execs = [g(i) for i in (6, 7, 8, 9)]
    c_sum(ck, "project budgets", g(1), budgets)
    c_sum(ck, "project executions", g(10), execs)
    c_same(ck, "项目支出执行", [g(10), M(F["项目支出"][4])])
    c_rate(ck, "项目支出执行率 (text)", m.group(11), g(10).v, g(1).v)
    m = one(r"中央预算内投资(" + NUM + r")万元、省级补助(" + NUM + r")万元、市级配套(" + NUM + r")万元", t)
    c_sum(ck, "garbage project sources", budgets[0], [q(m.group(i) + "万元") for i in (1, 2, 3)])
    m = one(r"年末结余(" + NUM + r")万元，主要是(\d+)辆分类运输车", t)
    c_bal(ck, "garbage project balance", q(m.group(1) + "万元"), budgets[0], execs[0])
    trucks_left = m.group(2)
    m = one(r"城市管理执法装备购置执行率(" + NUM + r")%，未执行的(" + NUM + r")万元已结转", t)
    c_rate(ck, "equipment 执行率", m.group(1), execs[3].v, budgets[3].v)
    c_bal(ck, "equipment unspent", q(m.group(2) + "万元"), budgets[3], execs[3])
    m = one(r"(\d{4})年部门整体支出全年执行(" + NUM + r")万元，预算执行率(" + NUM + r")%", t)
    c_year(ck, "execution year", m.group(1), Y, "eq")
    c_same(ck, "全年执行", [q(m.group(2) + "万元"), M(tot[4])])
    c_rate(ck, "整体执行率 (text)", m.group(3), q(m.group(2) + "万元").v, ann.v)

    rows = tab_region(t, r"^一级指标\t二级指标\t")
    order = ["l1", "l2", "name", "target", "actual", "comp", "w", "s", "note"]
    ind = fill_down([ind_from_cells(r, order) for r in rows[1:] if r[0] != "总分"])
    trow = [r for r in rows if r[0] == "总分"][0]
    byname = {r["name"]: r for r in ind}
    P = lambda name, k: q(pval(byname[name][k])["raw"])
    m = one(r"部门整体支出自评得分(" + NUM + r")分，等级为“" + GRADE_WORDS + "”", t)
    c_table(ck, ind, weight_totals=[trow[6]], score_totals=[trow[7], m.group(1)], exec_rate=exec_rate)
    c_grade(ck, "text grade", m.group(2), m.group(1))
    c_grade(ck, "table grade", one(r"评价等级：" + GRADE_WORDS, t).group(1), trow[7])
    c_sum(ck, "trucks not bought", P("分类运输车", "target"), [P("分类运输车", "actual"), q(trucks_left)])
    m = one(r"全年新建（改造）分类投放点(\d+)个，购置分类运输车(\d+)辆，处置数字城管案件(" + NUM + r")万件，按期结案率(" + NUM + r")%", t)
    for gi, name in zip((1, 2, 3, 4), ("分类投放点", "分类运输车", "数字城管案件处置量", "按期结案率")):
        c_same(ck, f"actual {name}", [q(m.group(gi)), P(name, "actual")])
    m = one(r"全年清运城区生活垃圾(" + NUM + r")万吨，日均(" + NUM + r")吨，较上年日均(" + NUM + r")吨增长(" + NUM + r")%", t)
    c_avg(ck, "daily tonnage", m.group(2), dec(m.group(1)) * 10000, days(Y))
    c_rate(ck, "growth of daily tonnage", m.group(4), dec(m.group(2)) - dec(m.group(3)), dec(m.group(3)), bounded=False)
    c_same(ck, "daily tonnage", [q(m.group(2)), P("城区日均清运量", "actual")])
    m = one(r"日均清运量(" + NUM + r")吨以上", t)
    c_same(ck, "target daily tonnage", [q(m.group(1)), P("城区日均清运量", "target")])
    m = one(r"日均清运(" + NUM + r")吨；", t)
    c_same(ck, "daily tonnage (goal box)", [q(m.group(1)), P("城区日均清运量", "actual")])
    m = one(r"分类投放点(\d+)个，日均清运", t)
    c_same(ck, "collection points (goal box)", [q(m.group(1)), P("分类投放点", "actual")])
    m = one(r"分类覆盖率(" + NUM + r")%，可回收物回收利用率(" + NUM + r")%", t)
    c_same(ck, "coverage", [q(m.group(1)), P("分类覆盖率", "actual")])
    c_same(ck, "recycling", [q(m.group(2)), P("可回收物回收利用率", "actual")])
    m = one(r"满意度(" + NUM + r")%，未达到(" + NUM + r")%的目标", t)
    c_bound(ck, "satisfaction", m.group(1))
    c_same(ck, "satisfaction", [q(m.group(1)), P("群众满意度", "actual")])
    c_same(ck, "satisfaction target", [q(m.group(2)), P("群众满意度", "target")])
    m = one(r"回收利用率未达到(" + NUM + r")%的目标", t)
    c_same(ck, "recycling target", [q(m.group(1)), P("可回收物回收利用率", "target")])
    m = one(r"自评得分分别为(" + NUM + r")分、(" + NUM + r")分、(" + NUM + r")分和(" + NUM + r")分，平均(" + NUM + r")分", t)
    c_avg(ck, "average project score", m.group(5), sum(dec(m.group(i)) for i in (1, 2, 3, 4)), 4)
    c_same(ck, "execution rate", [q(tot[6]), q(byname["预算执行率"]["actual"])])
    c_exec_link(ck, tot[5], tot[7], byname["预算执行率"])
    c_same(ck, "trucks carried to next year", [q(trucks_left), q(one(r"；(\d+)辆分类运输车结转", t).group(1))])
    n_proj = one(r"(\d+)个项目均开展了绩效自评", t).group(1)
    if int(n_proj) == 4 and len(budgets) == 4:
        ck.ok()
    else:
        ck.err("conflicting_values", "number of projects")
    c_generic_years(ck, t, Y)


# ------------------------------------------------------------------------------------- Deyang 2023 (PDF)
def p_deyang(t, ck):
    Y = int(one(r"(\d{4})年度德阳市城市管理局项目支出", t).group(1))
    c_year(ck, "table year", one(r"（(\d{4})年度）", t).group(1), Y, "eq")
    F = {}
    for lab in ("年度资金总额", "财政资金", "财政专户管理资金", "单位资金", "其他资金"):
        m = one(r"(?:^|\s)" + lab + r"\s+(" + NUM + r")\s+(" + NUM + r")\s+(" + NUM + r")\s+(\S+)\s+(\S+)\s+(\S+)\s*$", t, re.M)
        F[lab] = [m.group(i) for i in range(1, 7)]
    M = money_cell
    for i in (0, 1, 2):
        c_sum(ck, f"funds col {i}", M(F["年度资金总额"][i]),
              [M(F[k][i]) for k in ("财政资金", "财政专户管理资金", "单位资金", "其他资金")])
    for k, r in F.items():
        c_rate(ck, f"funds {k} 执行率", r[4], M(r[2]).v, M(r[1]).v)
    tot = F["年度资金总额"]
    exec_rate = (M(tot[2]).v, M(tot[1]).v)

    m = one(r"申报(\d{4})年项目预算(" + NUM + r")万元。", t)
    c_year(ck, "budget year", m.group(1), Y, "eq")
    first_init = q(m.group(2) + "万元")
    m = one(r"(\d{4})年申报项目预算(" + NUM + r")万元，财政批复(" + NUM + r")万元；(\d{4})年(\d{1,2})月省级追加生活垃圾分类补助资金(" + NUM +
            r")万元，单位自有资金安排(" + NUM + r")万元，全年预算(" + NUM + r")万元", t)
    c_year(ck, "application year", m.group(1), Y, "eq")
    c_year(ck, "addition year", m.group(4), Y, "eq")
    g = lambda i: q(m.group(i) + "万元")
    c_same(ck, "年初预算", [first_init, g(2), g(3), M(tot[0]), M(F["财政资金"][0])])
    ann = g(8)
    c_sum(ck, "全年 = 批复 + 追加 + 单位", ann, [g(3), g(6), g(7)])
    c_sum(ck, "财政资金 = 批复 + 追加", M(F["财政资金"][1]), [g(3), g(6)])
    c_same(ck, "单位资金", [g(7), M(F["单位资金"][1])])
    c_same(ck, "全年预算", [ann, M(tot[1])])
    m = one(r"全年预算按用途分为收集站（屋）建设补助(" + NUM + r")万元、收运车辆购置补助(" + NUM + r")万元、信息化监管平台(" + NUM + r")万元", t)
    c_sum(ck, "budget by use", ann, [q(m.group(i) + "万元") for i in (1, 2, 3)])
    m = one(r"截至(\d{4})年12月31日，资金全部到位，到位率(" + NUM + r")%", t)
    c_rate(ck, "到位率 (全部到位)", m.group(2), ann.v, ann.v)
    m = one(r"(\d{4})年实际支出(" + NUM + r")万元，预算执行率(" + NUM + r")%。其中按每座(" + NUM + r")(万元|元)的标准补助新建收集站（屋）(\d+)座，"
            r"共计(" + NUM + r")万元；按每辆(" + NUM + r")(万元|元)的标准补助购置压缩式收运车辆(\d+)辆，共计(" + NUM + r")万元；信息化监管平台支出(" +
            NUM + r")万元。年末结余(" + NUM + r")万元，已于(\d{4})年(\d{1,2})月交回", t)
    c_year(ck, "spending year", m.group(1), Y, "eq")
    spent = q(m.group(2) + "万元")
    c_rate(ck, "执行率 (text)", m.group(3), spent.v, ann.v)
    c_same(ck, "全年执行", [spent, M(tot[2])])
    st_price = q(m.group(4) + m.group(5))
    stations, st_amt = m.group(6), q(m.group(7) + "万元")
    c_prod(ck, "stations × standard", st_amt, int(stations), st_price)
    veh_price = q(m.group(8) + m.group(9))
    vehicles, veh_amt = m.group(10), q(m.group(11) + "万元")
    c_prod(ck, "vehicles × standard", veh_amt, int(vehicles), veh_price)
    c_sum(ck, "spending by use", spent, [st_amt, veh_amt, q(m.group(12) + "万元")])
    c_bal(ck, "year-end balance", q(m.group(13) + "万元"), ann, spent)
    c_year(ck, "balance returned", m.group(14), Y, "gt")

    # PDF indicator rows
    ind, cur = [], ""
    pat = re.compile(r"^(.*?)(≥|≤|＝|=)\s+(" + NUM + r")\s+(\S+)\s+(" + NUM + r")\s+(" + NUM + r"%)\s+(" + NUM + r")\s+(" + NUM + r")(?:\s+\S.*)?$")
    for line in t.split("\n"):
        mm = pat.match(line)
        if not mm:
            continue
        toks = mm.group(1).split()
        if toks and toks[0] in ("产出指标", "效益指标", "满意度"):
            cur = toks[0]
        unit = mm.group(4)
        ind.append({"l1": cur, "name": toks[-1], "target": mm.group(2) + mm.group(3) + unit,
                    "actual": mm.group(5) + unit, "comp": mm.group(6), "w": mm.group(7), "s": mm.group(8), "exec": False})
    if len(ind) != 9:
        raise Fail(f"{len(ind)} indicator rows")
    ind.insert(0, {"l1": "预算执行", "name": "预算执行率", "w": tot[3], "s": tot[5], "exec": True,
                   "actual": tot[4], "comp": None})
    byname = {r["name"]: r for r in ind}
    P = lambda name, k: q(pval(byname[name][k])["raw"])
    m = one(r"^\s*总分\s+(" + NUM + r")\s+(" + NUM + r")\s*$", t, re.M)
    mt = one(r"项目自评得分(" + NUM + r")分，评价等级为" + GRADE_WORDS + "。", t)
    c_table(ck, ind, weight_totals=[m.group(1)], score_totals=[m.group(2), mt.group(1)], exec_rate=exec_rate)
    c_grade(ck, "text grade", mt.group(2), mt.group(1))
    c_grade(ck, "table grade", one(r"评价结论\s+" + GRADE_WORDS, t).group(1), m.group(2))
    c_same(ck, "per-station standard", [st_price, q(byname["收集站（屋）单座补助"]["target"][1:].replace("元/座", "") + "元"),
                                        q(byname["收集站（屋）单座补助"]["actual"].replace("元/座", "") + "元")])
    c_same(ck, "stations", [q(stations), P("新建分类收集站（屋）", "actual")])
    c_same(ck, "vehicles", [q(vehicles), P("补助购置压缩式收运车辆", "actual")])
    m = one(r"新建分类收集站（屋）不少于(\d+)座，补助购置压缩式收运车辆(\d+)辆，收运设施验收合格率(" + NUM + r")%；中心城区生活垃圾日均收运量不低于(" +
            NUM + r")吨，其他垃圾日均减量不低于(" + NUM + r")吨，服务对象满意度不低于(" + NUM + r")%", t)
    for gi, name in zip(range(1, 7), ("新建分类收集站（屋）", "补助购置压缩式收运车辆", "收运设施验收合格率", "中心城区生活垃圾日均",
                                       "其他垃圾日均减量", "服务对象满意度")):
        c_same(ck, f"target {name}", [q(m.group(gi)), P(name, "target")])
    m = one(r"全年新建分类收集站（屋）(\d+)座，补助购置压缩式收运车辆(\d+)辆，收运设施验收合格率(" + NUM + r")%，项目完成及时率(" + NUM + r")%", t)
    for gi, name in zip(range(1, 5), ("新建分类收集站（屋）", "补助购置压缩式收运车辆", "收运设施验收合格率", "项目完成及时率")):
        c_same(ck, f"actual {name}", [q(m.group(gi)), P(name, "actual")])
    m = one(r"全年中心城区收运生活垃圾(" + NUM + r")万吨，日均(" + NUM + r")吨；其他垃圾日均减量(" + NUM + r")吨，未达到(" + NUM +
            r")吨的目标。收运设施正常运行率(" + NUM + r")%。服务对象满意度(" + NUM + r")%，其中居民满意度(" + NUM + r")%、环卫作业人员满意度(" +
            NUM + r")%", t)
    c_avg(ck, "daily tonnage", m.group(2), dec(m.group(1)) * 10000, days(Y))
    c_same(ck, "daily tonnage", [q(m.group(2)), P("中心城区生活垃圾日均", "actual"), q(one(r"中心城区日均收运(" + NUM + r")吨。", t).group(1))])
    c_same(ck, "other-waste reduction", [q(m.group(3)), P("其他垃圾日均减量", "actual")])
    c_same(ck, "other-waste target", [q(m.group(4)), P("其他垃圾日均减量", "target")])
    c_same(ck, "running rate", [q(m.group(5)), P("收运设施正常运行率", "actual")])
    c_same(ck, "satisfaction", [q(m.group(6)), P("服务对象满意度", "actual")])
    for gi in (6, 7, 8):
        c_bound(ck, "satisfaction", m.group(gi))
    m = one(r"新建分类收集站（屋）不少于(\d+)座，补助购置\s+新建", t)
    c_same(ck, "goal box stations", [q(m.group(1)), P("新建分类收集站（屋）", "target")])
    m = one(r"压缩式收运车辆(\d+)辆，中心城区日均收运生活\s", t)
    c_same(ck, "goal box vehicles", [q(m.group(1)), P("补助购置压缩式收运车辆", "target")])
    m = one(r"收运车辆(\d+)辆，中心城区日均收运(" + NUM + r")吨。", t)
    c_same(ck, "goal box actual vehicles", [q(m.group(1)), P("补助购置压缩式收运车辆", "actual")])
    m = one(r"垃圾不低于(" + NUM + r")吨。", t)
    c_same(ck, "goal box tonnage", [q(m.group(1)), P("中心城区生活垃圾日均", "target")])
    m = one(r"新建分类收集站（屋）(\d+)座，补助购置压缩式\n", t)
    c_same(ck, "stations (goal box)", [q(m.group(1)), P("新建分类收集站（屋）", "actual")])
    c_generic_years(ck, t, Y)


# ------------------------------------------------------------------------------------- Yulin 2024
def p_yulin(t, ck):
    Y = int(one(r"玉林市城市管理局(\d{4})年度城镇生活垃圾分类收运设施补助项目支出绩效自评报告", t).group(1))
    tot, fis, co, oth = (space_row(t, x) for x in ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"))
    M = money_cell
    for i in (0, 1, 2):
        c_sum(ck, f"funds col {i}", M(tot[i]), [M(fis[i]), M(co[i]), M(oth[i])])
    for name, row in (("年度资金总额", tot), ("当年财政拨款", fis), ("上年结转资金", co), ("其他资金", oth)):
        c_rate(ck, f"funds {name} 执行率", row[4], dec(row[2]), dec(row[1]))
    exec_rate = (dec(tot[2]), dec(tot[1]))

    m = one(r"项目年初预算(" + NUM + r")万元，为市级财政资金；(\d{4})年(\d{1,2})月自治区财政厅下达补助资金(" + NUM + r")(万元|元)，纳入项目全年预算。"
            r"全年预算(" + NUM + r")万元，其中市级财政资金(" + NUM + r")万元、自治区补助资金(" + NUM + r")万元，按用途分为投放亭建设补助(" + NUM +
            r")万元、收运车购置补助(" + NUM + r")万元、收运站点改造补助(" + NUM + r")万元。截至(\d{4})年12月31日资金全部到位，到位率(" + NUM + r")%", t)
    g = lambda i: q(m.group(i) + "万元")
    c_year(ck, "subsidy issued", m.group(2), Y, "issued", m.group(3))
    init, city, region_sub, ann = g(1), g(7), g(8), g(6)
    c_same(ck, "年初/市级", [init, city, M(tot[0]), M(fis[0])])
    c_same(ck, "自治区补助", [q(m.group(4) + m.group(5)), region_sub])
    c_sum(ck, "全年 = 市级 + 自治区", M(tot[1]), [city, region_sub])
    uses = [g(9), g(10), g(11)]
    c_sum(ck, "budget by use", M(tot[1]), uses)
    c_same(ck, "全年预算", [ann, M(tot[1]), M(fis[1])])
    c_rate(ck, "到位率 (全部到位)", m.group(13), ann.v, ann.v)
    m = one(r"全年支出(" + NUM + r")万元，预算执行率(" + NUM + r")%。其中按每个(" + NUM + r")(万元|元)的标准补助投放亭(\d+)个，共(" + NUM +
            r")万元；按每辆(" + NUM + r")(万元|元)的标准补助电动收运车(\d+)辆，共(" + NUM + r")万元；收运站点改造支出(" + NUM + r")万元。未执行资金(" +
            NUM + r")万元，已申请结转至(\d{4})年", t)
    spent = q(m.group(1) + "万元")
    c_rate(ck, "执行率 (text)", m.group(2), spent.v, ann.v)
    c_same(ck, "全年执行", [spent, M(tot[2]), M(fis[2])])
    kiosk_price = q(m.group(3) + m.group(4))
    kiosks, k_amt = m.group(5), q(m.group(6) + "万元")
    c_prod(ck, "kiosks × standard", k_amt, int(kiosks), kiosk_price)
    vehicles, v_amt = m.group(9), q(m.group(10) + "万元")
    c_prod(ck, "vehicles × standard", v_amt, int(vehicles), q(m.group(7) + m.group(8)))
    c_sum(ck, "spending by use", spent, [k_amt, v_amt, q(m.group(11) + "万元")])
    c_bal(ck, "unspent carried forward", q(m.group(12) + "万元"), ann, spent)
    c_same(ck, "execution rate", [q(m.group(2)), q(tot[4]), q(one(r"预算执行率仅(" + NUM + r")%", t).group(1))])

    rows = tab_region(t, r"^一级指标\t二级指标\t")
    order = ["l1", "l2", "name", "target", "actual", "comp", "w", "s", "note"]
    ind = fill_down([ind_from_cells(r, order) for r in rows[1:] if r[0] != "合计"])
    trow = [r for r in rows if r[0] == "合计"][0]
    byname = {r["name"]: r for r in ind}
    P = lambda name, k: q(pval(byname[name][k])["raw"])
    m = one(r"项目得分(" + NUM + r")分，评价等级为" + GRADE_WORDS + r"。其中预算执行率得分(" + NUM + r")分，产出指标得分(" + NUM +
            r")分，效益指标得分(" + NUM + r")分，满意度指标得分(" + NUM + r")分", t)
    levels = {"预算执行率": m.group(3), "产出指标": m.group(4), "效益指标": m.group(5), "满意度指标": m.group(6)}
    c_table(ck, ind, weight_totals=[trow[6]], score_totals=[trow[7], m.group(1)], level_scores=levels, exec_rate=exec_rate)
    c_grade(ck, "text grade", m.group(2), m.group(1))
    c_grade(ck, "table grade", trow[8], trow[7])
    c_same(ck, "kiosk standard", [kiosk_price, q(pval(byname["投放亭补助标准"]["actual"])["raw"] + "元")])
    m = one(r"新建分类投放亭不少于(\d+)个，购置电动分类收运车不少于(\d+)辆，补助资金在项目验收后(\d+)天内拨付；城区生活垃圾日均收运量不低于(" + NUM +
            r")吨，可回收物日均回收量不低于(" + NUM + r")吨，分类收运体系覆盖街道不少于(\d+)个，居民满意度不低于(" + NUM + r")%", t)
    for gi, name in zip(range(1, 8), ("新建分类投放亭", "电动分类收运车", "资金拨付时限", "日均收运量", "可回收物日均回收量", "覆盖街道数", "居民满意度")):
        c_same(ck, f"target {name}", [q(m.group(gi)), P(name, "target")])
    m = one(r"全年新建分类投放亭(\d+)个，完成目标的(" + NUM + r")%；购置电动分类收运车(\d+)辆，完成目标的(" + NUM + r")%；新建设施验收合格率(" + NUM +
            r")%。补助资金平均拨付时间(\d+)天，超过(\d+)天的目标", t)
    c_same(ck, "kiosks built", [q(m.group(1)), q(kiosks), P("新建分类投放亭", "actual")])
    c_same(ck, "vehicles bought", [q(m.group(3)), q(vehicles), P("电动分类收运车", "actual")])
    for gi, name in ((2, "新建分类投放亭"), (4, "电动分类收运车")):
        a, tt = dec(P(name, "actual").raw), dec(P(name, "target").raw)
        if close(a / tt * 100, m.group(gi)):
            ck.ok()
        else:
            ck.err("completion_mismatch", f"text completion of {name}")
    c_same(ck, "acceptance rate", [q(m.group(5)), P("验收合格率", "actual")])
    c_same(ck, "payment days", [q(m.group(6)), P("资金拨付时限", "actual")])
    c_same(ck, "payment target", [q(m.group(7)), P("资金拨付时限", "target")])
    m = one(r"全年收运城区生活垃圾(" + NUM + r")万吨，日均(" + NUM + r")吨，其中玉州区日均(" + NUM + r")吨、福绵区日均(" + NUM +
            r")吨；全年回收可回收物(" + NUM + r")万吨，日均(" + NUM + r")吨，低于(" + NUM + r")吨的目标。分类收运体系覆盖街道(\d+)个（(\d{4})年为(\d+)个）", t)
    c_avg(ck, "daily tonnage", m.group(2), dec(m.group(1)) * 10000, days(Y))
    c_sum(ck, "daily tonnage by district", q(m.group(2)), [q(m.group(3)), q(m.group(4))])
    c_avg(ck, "daily recyclables", m.group(6), dec(m.group(5)) * 10000, days(Y))
    c_same(ck, "daily tonnage", [q(m.group(2)), P("日均收运量", "actual")])
    c_same(ck, "daily recyclables", [q(m.group(6)), P("可回收物日均回收量", "actual")])
    c_same(ck, "recyclables target", [q(m.group(7)), P("可回收物日均回收量", "target")])
    c_same(ck, "streets", [q(m.group(8)), P("覆盖街道数", "actual")])
    c_year(ck, "last-year streets", m.group(9), Y, "prev")
    m = one(r"发放问卷(" + NUM + r")份，回收有效问卷(" + NUM + r")份，有效回收率(" + NUM + r")%，居民满意度(" + NUM + r")%", t)
    c_rate(ck, "questionnaire return rate", m.group(3), dec(m.group(2)), dec(m.group(1)))
    c_bound(ck, "satisfaction", m.group(4))
    c_same(ck, "satisfaction", [q(m.group(4)), P("居民满意度", "actual")])
    m = one(r"完成剩余(\d+)个投放亭", t)
    c_sum(ck, "kiosks remaining", P("新建分类投放亭", "target"), [P("新建分类投放亭", "actual"), q(m.group(1))])
    m = one(r"确保剩余(\d+)辆收运车", t)
    c_sum(ck, "vehicles remaining", P("电动分类收运车", "target"), [P("电动分类收运车", "actual"), q(m.group(1))])
    c_same(ck, "execution rate (table)", [q(tot[4]), q(byname["预算执行率"]["actual"])])
    c_exec_link(ck, tot[3], tot[5], byname["预算执行率"])
    m = one(r"(\d+)个街道收运站未完工", t)
    c_sum(ck, "streets not covered", P("覆盖街道数", "target"), [P("覆盖街道数", "actual"), q(m.group(1))])
    c_generic_years(ck, t, Y)


READERS = {
    "dezhou-lajishouyun-2019": p_dezhou,
    "linfen-fenleishouyun-2020": p_linfen,
    "changde-chengguan-bumen-2022": p_changde,
    "deyang-shouyunbuzhu-2023": p_deyang,
    "yulin-lajifenlei-2024": p_yulin,
}


def check_text(source, text):
    ck = Ck()
    READERS[source](text, ck)
    return ck


# ------------------------------------------------------------------------------------- labels
def edit_region(a, b):
    """(start, end_in_a, end_in_b) of the single differing stretch between a and b."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    verbose = "-v" in sys.argv
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(ln) for ln in fh if ln.strip()]
    if len(labels) != 35:
        problems.append(f"labels.jsonl has {len(labels)} lines, expected 35")
    count = {c: 0 for c in CODES}
    cleans = {}
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
                cleans[rec["source"]] = fh.read()
    if sorted(cleans) != sorted(READERS):
        problems.append(f"clean drafts: {sorted(cleans)}")
    total_checks = 0
    for rec in labels:
        name, src = rec["case"], rec["source"]
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        try:
            ck = check_text(src, text)
        except Fail as exc:
            problems.append(f"{name}: reader failed: {exc}")
            continue
        total_checks += ck.n
        got = ck.codes()
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if not (1500 <= len(text) <= 5000):
                problems.append(f"{name}: {len(text)} characters")
            if ck.errors or ck.warnings:
                problems.append(f"{name}: clean draft fails {ck.errors + ck.warnings}")
            if verbose:
                print(f"{name}: {ck.n} checks passed, {len(text)} chars")
            continue
        exp = rec["expected"]
        if len(exp) != 1 or exp[0]["severity"] != "error" or exp[0]["code"] not in CODES:
            problems.append(f"{name}: expected must be one §A error: {exp}")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        count[code] += 1
        if got != [code]:
            problems.append(f"{name}: labelled {code}, checks give {got}: {ck.errors}")
        if verbose:
            print(f"{name}: {code:22s} -> {got} {ck.errors[0][1] if ck.errors else ''}"
                  + (f"  [warnings: {[w[0] for w in ck.warnings]}]" if ck.warnings else ""))
        if text.count(value) != 1:
            problems.append(f"{name}: value occurs {text.count(value)} times")
        clean = cleans.get(src, "")
        start, end_clean, end_case = edit_region(clean, text)
        if end_clean - start > 40 or end_case - start > 40 or (end_clean == start and end_case == start):
            problems.append(f"{name}: edit region {start}..{end_clean}/{end_case} is empty or longer than 40")
        vs = text.find(value)
        ve = vs + len(value)
        lo, hi = start, max(end_case, start + 1)
        if not (vs < hi and lo < ve):
            problems.append(f"{name}: value {value!r} does not overlap the edit at {start}..{end_case}")
    for c in CODES:
        if count[c] < 2:
            problems.append(f"code {c} used {count[c]} times (< 2)")
    if problems:
        for p in problems:
            print("FAIL:", p)
        return 1
    if verbose:
        print("per code:", json.dumps(count, ensure_ascii=False))
    print(f"OK ({len(labels)} cases, {total_checks} passed checks, codes: "
          + ", ".join(f"{c}={count[c]}" for c in CODES) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
