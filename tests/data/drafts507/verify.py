#!/usr/bin/env python3
"""Re-derive the arithmetic of every case in this set from its text, and check the labels.

Standard library + decimal only.  For each draft the figures are read back from the text with
regular expressions anchored on the surrounding wording (never on the figures themselves), and
from the tables (｜- or tab-separated, rebuilt row by row); then every identity of
../../work/shared/domain/rules.md §7 that the draft contains is recomputed with the §8 tolerance
(a stated value with d decimals matches a computed value c iff |c - v| <= 0.5*10^-d).

A failed identity is reported with the code the rules assign (errors.md §A).  An amount that is
off by exactly 10^4 or 10^8 (a 元 figure labelled 万元 and the like) is reported as unit_mismatch
instead of the identity it breaks ("the most specific explanation wins").  Approximate figures
(约…) and the per-row scoring rule are checked at warning level only (score_rule_mismatch,
approx_out_of_range), as in errors.md.

Then:
  * every clean draft must pass every check (no error and no warning);
  * every error case must fail the labelled code and no other error code;
  * each label value must occur exactly once in its case and overlap the one contiguous edit
    (<= 40 characters) that turns the clean draft into the case;
  * every code of errors.md §A must be labelled at least twice.
Prints OK at the end when all of that holds; exits 1 otherwise.  -v lists every finding.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
WARNING_CODES = {"score_rule_mismatch", "approx_out_of_range"}

NUM = r"\d[\d,]*(?:\.\d+)?"
SCALE = {"万元": D(1), "元": D("0.0001"), "亿元": D(10000)}
RESCALE = [D(10000), D("0.0001"), D(10) ** 8, D(10) ** -8]


# ---------------------------------------------------------------------------- numbers
class N:
    """A stated number: value (in the canonical unit), decimals as written, tolerance."""

    def __init__(self, raw, scale=D(1)):
        s = raw.strip().replace(",", "").rstrip("%")
        self.raw = raw.strip()
        self.d = len(s.split(".")[1]) if "." in s else 0
        self.v = D(s) * scale
        self.tol = D("0.5") * (D(10) ** -self.d) * scale + D("1e-9")

    def __repr__(self):
        return self.raw


def money(raw, unit="万元"):
    return N(raw, SCALE[unit])


def q2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def close(stated, computed):
    return abs(computed - stated.v) <= stated.tol


DASH = {"—", "-", "－", ""}


# ---------------------------------------------------------------------------- checker
class Check:
    def __init__(self, text, year):
        self.t = text
        self.y = year
        self.errors = []    # (code, message)
        self.warnings = []
        self.n = 0          # comparisons made

    # -- reading
    def all(self, pat, n):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != n:
            raise AssertionError(f"pattern {pat!r}: {len(ms)} matches, expected {n}")
        return ms

    def one(self, pat):
        return self.all(pat, 1)[0]

    def table(self, header_parts, sep, after=None):
        """Rows (lists of cells) of the table whose header line contains all header_parts.

        Without `after` the header must be unique; with `after` (a caption) the first header
        line after the one line containing the caption is taken."""
        lines = self.t.split("\n")
        first = 0
        if after is not None:
            cap = [i for i, l in enumerate(lines) if after in l]
            if len(cap) != 1:
                raise AssertionError(f"caption {after!r}: {len(cap)} lines")
            first = cap[0] + 1
        idx = [i for i, l in enumerate(lines) if i >= first and sep in l and all(p in l for p in header_parts)]
        if after is not None:
            idx = idx[:1]
        if len(idx) != 1:
            raise AssertionError(f"table header {header_parts}: {len(idx)} lines")
        header = [c.strip() for c in lines[idx[0]].split(sep)]
        rows = []
        for line in lines[idx[0] + 1:]:
            if not line.strip():
                break
            rows.append([c.strip() for c in line.split(sep)])
        return header, rows

    # -- reporting
    def err(self, code, msg):
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    # -- identities
    def ident(self, code, what, stated, fn, ops, level="error"):
        """stated ~ fn(*ops); on failure try a 10^4 / 10^8 rescaling of one amount."""
        self.n += 1
        vals = [o.v for o in ops]
        c = fn(*vals)
        if close(stated, c):
            return True
        report = self.err if level == "error" else self.warn
        for k in RESCALE:
            for i in range(len(ops)):
                vv = list(vals)
                vv[i] *= k
                try:
                    if close(stated, fn(*vv)):
                        report("unit_mismatch" if level == "error" else code,
                               f"{what}: {ops[i].raw} is off by {k} (stated {stated.raw}, computed {c})")
                        return False
                except (ArithmeticError, ZeroDivisionError):
                    pass
            if abs(stated.v * k - c) <= stated.tol * k:
                report("unit_mismatch" if level == "error" else code,
                       f"{what}: stated {stated.raw} is off by {k} (computed {c})")
                return False
        report(code, f"{what}: stated {stated.raw}, computed {c:.6f}")
        return False

    def total(self, what, stated, parts):
        return self.ident("sum_mismatch", what, stated, lambda *x: sum(x), parts)

    def diff(self, code, what, stated, a, b):
        return self.ident(code, what, stated, lambda x, y: x - y, [a, b])

    def product(self, what, stated, factors, divisor=D(1)):
        def f(*x):
            p = D(1)
            for v in x:
                p *= v
            return p / divisor
        return self.ident("sum_mismatch", what, stated, f, factors)

    def average(self, what, stated, items=None, total=None, count=None, approx=False):
        level = "warning" if approx else "error"
        code = "approx_out_of_range" if approx else "average_mismatch"
        if items is not None:
            return self.ident(code, what, stated, lambda *x: sum(x) / len(x), items, level)
        return self.ident(code, what, stated, lambda a, b: a / b, [total, count], level)

    def same(self, what, nums):
        base = nums[0]
        for n in nums[1:]:
            self.n += 1
            tol = max(n.tol, base.tol)
            if abs(n.v - base.v) <= tol:
                continue
            if any(abs(n.v * k - base.v) <= max(n.tol * k, base.tol) for k in RESCALE):
                self.err("unit_mismatch", f"{what}: {n.raw} vs {base.raw} (off by a power of ten)")
            else:
                self.err("conflicting_values", f"{what}: {n.raw} vs {base.raw}")

    def rate(self, what, stated_raw, num, den):
        """A rate of a part over its whole (执行率, 到位率, 满意率 …): 0..100 %."""
        self.n += 1
        s = stated_raw.strip()
        if s in DASH:
            if den.v != 0:
                self.err("rate_mismatch", f"{what}: rate missing on a non-zero base")
            return
        st = N(s)
        if den.v == 0:
            if st.v != 0:
                self.err("implausible_rate", f"{what}: {s} on a zero base")
            return
        if st.v > 100 + st.tol or st.v < 0:
            self.err("implausible_rate", f"{what}: {s} outside 0..100%")
        self.ident("rate_mismatch", what, st, lambda a, b: a / b * 100, [num, den])

    def pct_of(self, what, stated_raw, num, den):
        """A percentage that may legitimately exceed 100 (completion, change rates)."""
        self.ident("rate_mismatch", what, N(stated_raw), lambda a, b: a / b * 100, [num, den])

    def grade(self, what, total, label):
        self.n += 1
        v = total.v
        band = "优" if v >= 90 else "良" if v >= 80 else "中" if v >= 60 else "差"
        norm = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
                "合格": "中", "一般": "中", "差": "差", "较差": "差", "不合格": "差"}[label]
        if norm != band:
            self.err("grade_mismatch", f"{what}: {label} for {total.raw} (band {band})")

    def year(self, what, ystr, allowed):
        self.n += 1
        if int(ystr) not in allowed:
            self.err("year_mismatch", f"{what}: {ystr} not in {sorted(allowed)}")

    def count(self, what, stated, items):
        """A stated count of listed items ("4个国有林场分别…") must equal the list length."""
        self.n += 1
        if int(stated) != len(items):
            self.err("conflicting_values", f"{what}: {stated} stated, {len(items)} listed")

    def exec_score(self, what, score, weight, rate_n, spent, budget):
        self.n += 1
        r = spent.v / budget.v
        ok = close(score, weight.v * min(r, D(1))) or close(score, weight.v * min(rate_n.v / 100, D(1)))
        if score.v > weight.v or score.v < 0:
            self.err("score_exceeds_weight", f"{what}: score {score.raw} > weight {weight.raw}")
        elif not ok:
            self.warn("score_rule_mismatch", f"{what}: {score.raw} vs {weight.v}*{r:.4f}")

    # -- indicator tables
    def indicators(self, header, rows, names, carry=()):
        """Rebuild indicator rows; names maps role -> header text (roles: l1 l2 name T A C w s)."""
        col = {}
        for role, title in names.items():
            hits = [i for i, h in enumerate(header) if h == title]
            if len(hits) != 1:
                raise AssertionError(f"column {title!r} not found once in {header}")
            col[role] = hits[0]
        out, last = [], {}
        for cells in rows:
            r = {}
            for role, i in col.items():
                v = cells[i] if i < len(cells) else ""
                if role in carry and v == "":
                    v = last.get(role, "")
                r[role] = v
            last = r
            out.append(r)
        return out

    def check_row(self, r, label=""):
        """One indicator row: score <= weight, units, completion, implausible %, scoring rule."""
        name = label or r["name"]
        self.n += 1
        w, s = N(r["w"]), N(r["s"])
        if s.v > w.v or s.v < 0:
            self.err("score_exceeds_weight", f"{name}: score {s.raw} > weight {w.raw}")
        tq, aq = qty(r["T"]), qty(r["A"])
        stated_c = r.get("C")
        if tq is None and aq is None:                 # qualitative
            if stated_c not in (None,) and stated_c not in DASH:
                self.err("completion_mismatch", f"{name}: completion {stated_c} on a qualitative row")
            lo = w.v * D("0.8") if r["A"] == r["T"] else D(0)
            hi = w.v if r["A"] == r["T"] else w.v * D("0.8")
            if not (lo <= s.v <= hi) and s.v <= w.v:
                self.warn("score_rule_mismatch", f"{name}: qualitative score {s.raw} outside [{lo}, {hi}]")
            return
        if tq is None or aq is None or tq[2] != aq[2]:
            self.err("unit_mismatch", f"{name}: target {r['T']} vs actual {r['A']}")
            return
        dirn, T, unit = tq
        A = aq[1]
        if unit == "%" and (A.v > 100 or A.v < 0):
            self.err("implausible_rate", f"{name}: actual {A.raw}% outside 0..100")
        a = max(A.v, D(0))
        if dirn == "lte":
            ratio = D(1) if a <= T.v else T.v / a
            comp = D(100) if a <= T.v else T.v / a * 100
        elif T.v == 0:
            ratio = D(1) if a <= 0 else D(0)
            comp = None
        else:
            ratio = min(D(1), a / T.v)
            comp = a / T.v * 100
        if stated_c is not None:
            if stated_c in DASH:
                if comp is not None:
                    self.err("completion_mismatch", f"{name}: completion missing")
            elif comp is None or not close(N(stated_c), comp):
                self.err("completion_mismatch", f"{name}: completion {stated_c}, computed {comp}")
        ok = close(s, w.v * ratio)
        if not ok and stated_c not in (None,) and stated_c not in DASH:
            ok = close(s, w.v * min(D(1), N(stated_c).v / 100))
        if not ok and s.v <= w.v:
            self.warn("score_rule_mismatch", f"{name}: score {s.raw}, rule gives {q2(w.v * ratio)}")


QRE = re.compile(r"^(≥|≤|＞|＜|=|＝)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*([^\d\s]*)$")


def qty(cell):
    m = QRE.match(cell.strip())
    if not m:
        return None
    sign, num, unit = m.groups()
    dirn = "gte" if sign in ("≥", "＞") else "lte" if sign in ("≤", "＜") else "eq"
    return dirn, N(num), unit


def target_num(cell):
    return qty(cell)[1]


def rowmap(rows):
    m = {}
    for r in rows:
        assert r[0] not in m, f"duplicate row {r[0]}"
        m[r[0]] = r
    return m


def sum_rows(c, ind, what, level_key, stated_w=None, stated_s=None):
    """Sum weights/scores of the indicator rows whose level1 equals level_key (None = all)."""
    sel = [r for r in ind if level_key is None or r["l1"] == level_key]
    ws = sum(N(r["w"]).v for r in sel)
    ss = sum(N(r["s"]).v for r in sel)
    if stated_w is not None and not close(stated_w, ws):
        c.err("weight_sum_mismatch", f"{what}: weights {stated_w.raw} vs sum {ws}")
    if stated_s is not None and not close(stated_s, ss):
        c.err("score_sum_mismatch", f"{what}: scores {stated_s.raw} vs sum {ss}")
    return ws, ss


# ============================================================================ projects
def yifeng(c):
    """宜丰县林业局 2019 — ｜ tables, funds by source in columns, execution row in the indicator table."""
    Y = c.y
    c.year("title", c.one(r"(\d{4})年度林长制专职护林员")[1], {Y})
    c.year("notice", c.one(r"开展(\d{4})年度县级预算")[1], {Y})
    c.year("ranger year", c.one(r"(\d{4})年全县聘用专职护林员")[1], {Y})
    c.year("budget year", c.one(r"(\d{4})年项目全年预算")[1], {Y})
    c.year("advance", c.one(r"(\d{4})年12月提前下达")[1], {Y - 1})
    c.year("second issue", c.one(r"其余" + NUM + r"万元于(\d{4})年6月下达")[1], {Y})
    c.year("as of", c.one(r"截至(\d{4})年12月31日")[1], {Y})
    c.year("carried to", c.one(r"已结转至(\d{4})年")[1], set(range(Y + 1, Y + 3)))
    c.year("last year (rangers)", c.one(r"较(\d{4})年的" + NUM + "名")[1], {Y - 1})
    c.year("last year (cover)", c.one(r"由(\d{4})年的" + NUM + "%")[1], {Y - 1})
    c.year("report date", c.one(r"\n(\d{4})年\d{1,2}月\n*$")[1], {Y + 1})

    # funds table (sources as columns)
    hdr, rows = c.table(("项目", "中央资金", "合计"), "｜")
    t = rowmap(rows)
    cols = hdr[1:]
    B = [money(x) for x in t["全年预算数"][1:]]
    R = [money(x) for x in t["实际到位数"][1:]]
    S = [money(x) for x in t["实际支出数"][1:]]
    BAL = [money(x) for x in t["结余"][1:]]
    for name, vec in (("预算", B), ("到位", R), ("支出", S), ("结余", BAL)):
        c.total(f"funds table {name} 合计", vec[4], vec[:4])
    for i, cn in enumerate(cols):
        c.diff("balance_mismatch", f"结余 {cn}", BAL[i], R[i], S[i])
        c.rate(f"到位率 {cn}", t["到位率"][i + 1], R[i], B[i])
        c.rate(f"执行率 {cn}", t["执行率"][i + 1], S[i], B[i])
    budget, received, spent = B[4], R[4], S[4]

    m = c.one(r"全年预算(" + NUM + r")万元，其中中央资金(" + NUM + r")万元、省级资金(" + NUM +
              r")万元、县级配套资金(" + NUM + r")万元、上年结转资金(" + NUM + r")万元")
    pb = [money(m[i]) for i in range(1, 6)]
    c.total("prose budget", pb[0], pb[1:])
    c.same("budget total", [budget, pb[0]])
    for i in range(4):
        c.same(f"budget {cols[i]}", [B[i], pb[i + 1]])
    m = c.one(r"中央资金中(" + NUM + r")万元于\d{4}年12月提前下达，其余(" + NUM + r")万元")
    c.total("central funds issued in two lots", pb[1], [money(m[1]), money(m[2])])
    m = c.one(r"实际到位资金(" + NUM + r")万元，资金到位率(" + NUM + r"%)；实际支出(" + NUM +
              r")万元，预算执行率(" + NUM + r"%)")
    c.same("received", [received, money(m[1])])
    c.same("spent", [spent, money(m[3])])
    c.rate("prose 到位率", m[2], money(m[1]), budget)
    c.rate("prose 执行率", m[4], money(m[3]), budget)
    m = c.one(r"相差(" + NUM + r")万元，其中县级配套资金未到位(" + NUM + r")万元，已到位未支出(" + NUM + r")万元")
    gap, notin, unspent = money(m[1]), money(m[2]), money(m[3])
    c.diff("balance_mismatch", "budget - spent", gap, budget, spent)
    c.diff("balance_mismatch", "county not received", notin, B[2], R[2])
    c.diff("balance_mismatch", "received - spent", unspent, received, spent)
    c.total("gap split", gap, [notin, unspent])
    m = c.one(r"结余资金(" + NUM + r")万元已结转")
    c.diff("balance_mismatch", "carried balance", money(m[1]), received, spent)
    m = c.one(r"全年到位(" + NUM + r")万元，仅占县级预算的(" + NUM + r"%)")
    c.same("county received", [R[2], money(m[1])])
    c.rate("county 到位率 (problems)", m[2], money(m[1]), B[2])

    # rangers, area, spending composition
    m = c.one(r"聘用专职护林员(" + NUM + r")名，较\d{4}年的(" + NUM + r")名增加(" + NUM + r")名")
    rangers = N(m[1])
    c.diff("sum_mismatch", "increase on last year", N(m[3]), rangers, N(m[2]))
    m = c.one(r"(\d+)个国有林场分别聘用护林员([\d、]+)名，平均每场(" + NUM + r")名；其余(" + NUM + r")名")
    farms = [N(x) for x in m[2].split("、")]
    c.count("forest farms listed", m[1], farms)
    c.average("average per forest farm", N(m[3]), items=farms)
    c.total("rangers = farms + townships", rangers, farms + [N(m[4])])
    m = c.one(r"森林面积(" + NUM + r")万亩，人均管护(" + NUM + r")万亩")
    area = N(m[1])
    c.average("area per ranger", N(m[2]), total=area, count=rangers)
    m = c.one(r"全年工资支出(" + NUM + r")万元（(" + NUM + r")人×(" + NUM + r")元×(" + NUM + r")个月）")
    wages, wage_m = money(m[1]), N(m[3])
    c.product("wages", wages, [N(m[2]), wage_m, N(m[4])], D(10000))
    c.same("rangers (wages)", [rangers, N(m[2])])
    c.same("monthly wage standard", [N(c.one(r"工资标准为每人每月(" + NUM + r")元")[1]), wage_m])
    c.same("townships", [N(c.one(r"分布在全县(\d+)个乡镇")[1]), N(c.one(r"我局在(\d+)个乡镇发放问卷")[1])])
    m = c.one(r"意外伤害保险每人每年(" + NUM + r")元，共(" + NUM + r")万元")
    ins = money(m[2])
    c.product("insurance", ins, [rangers, N(m[1])], D(10000))
    m = c.one(r"装备支出(" + NUM + r")万元")
    c.total("spending composition", spent, [wages, ins, money(m[1])])

    # goals and outcome prose
    goal_n = N(c.one(r"聘用专职护林员不少于(" + NUM + ")名")[1])
    goal_a = N(c.one(r"管护森林面积不少于(" + NUM + ")万亩")[1])
    goal_d = N(c.one(r"月均巡护不少于(" + NUM + ")天")[1])
    goal_f = N(c.one(r"受害率控制在(" + NUM + ")‰以内")[1])
    m = c.one(r"全年聘用专职护林员(" + NUM + r")名，.*?未达到(" + NUM + r")名的目标")
    c.same("rangers (outputs)", [rangers, N(m[1])])
    c.same("ranger target (outputs)", [goal_n, N(m[2])])
    m = c.one(r"护林员月均巡护(" + NUM + r")天，低于(" + NUM + r")天的目标")
    days, days_goal2 = N(m[1]), N(m[2])
    c.same("patrol-day target (outputs)", [goal_d, days_goal2])
    m = c.one(r"全年(" + NUM + r")个月中有(" + NUM + r")个月工资按时发放，发放及时率(" + NUM + "%)")
    c.rate("pay on time", m[3], N(m[2]), N(m[1]))
    pay_rate = N(m[3])
    m = c.one(r"建档立卡贫困人口(" + NUM + r")人，低于(" + NUM + r")人的目标")
    poor, poor_goal = N(m[1]), N(m[2])
    fire = N(c.one(r"森林火灾受害率(" + NUM + r")‰，控制在目标以内")[1])
    m = c.one(r"涉林违法案件(" + NUM + r")起，超过(" + NUM + r")起的控制目标")
    cases_a, cases_t = N(m[1]), N(m[2])
    m = c.one(r"由\d{4}年的(" + NUM + r")%提高到(" + NUM + r")%，提高(" + NUM + r")个百分点")
    c.diff("sum_mismatch", "forest cover change", N(m[3]), N(m[2]), N(m[1]))
    m = c.one(r"发放问卷(" + NUM + r")份，收回有效问卷(" + NUM + r")份，其中满意(" + NUM +
              r")份，群众满意度(" + NUM + r"%)，低于(" + NUM + r")%的目标")
    if N(m[2]).v > N(m[1]).v:
        c.err("implausible_rate", "more questionnaires returned than sent")
    c.rate("satisfaction", m[4], N(m[3]), N(m[2]))
    sat, sat_goal = N(m[4]), N(m[5])

    # indicator table
    hdr, rows = c.table(("一级指标", "三级指标", "完成率", "得分"), "｜")
    total_row = rows[-1]
    assert total_row[0] == "合计"
    ind = c.indicators(hdr, rows[:-1], {"l1": "一级指标", "l2": "二级指标", "name": "三级指标", "T": "年度指标值",
                                        "A": "实际完成值", "C": "完成率", "w": "分值", "s": "得分"},
                       carry=("l1", "l2"))
    byname = {r["name"]: r for r in ind}
    for r in ind:
        c.check_row(r)
    ex = byname["预算执行率"]
    c.rate("execution rate (table)", ex["A"], spent, budget)
    c.exec_score("execution score", N(ex["s"]), N(ex["w"]), N(ex["A"]), spent, budget)
    c.same("rangers (table)", [rangers, qty(byname["聘用专职护林员"]["A"])[1]])
    c.same("ranger target (table)", [goal_n, target_num(byname["聘用专职护林员"]["T"])])
    c.same("area (table)", [area, qty(byname["森林管护面积"]["A"])[1]])
    c.same("area target (table)", [goal_a, target_num(byname["森林管护面积"]["T"])])
    c.same("patrol days (table)", [days, qty(byname["护林员月均巡护天数"]["A"])[1]])
    c.same("patrol-day target (table)", [goal_d, target_num(byname["护林员月均巡护天数"]["T"])])
    c.same("pay on time (table)", [pay_rate, qty(byname["工资按月发放及时率"]["A"])[1]])
    c.product("annual wage per ranger (table)", money(qty(byname["护林员人均年工资"]["A"])[1].raw),
              [wage_m, N("12")], D(10000))
    c.same("poor households (table)", [poor, qty(byname["聘用建档立卡贫困人口"]["A"])[1]])
    c.same("poor target (table)", [poor_goal, target_num(byname["聘用建档立卡贫困人口"]["T"])])
    c.same("cases (table)", [cases_a, qty(byname["涉林违法案件发生数"]["A"])[1]])
    c.same("case target (table)", [cases_t, target_num(byname["涉林违法案件发生数"]["T"])])
    c.same("fire rate (table)", [fire, qty(byname["森林火灾受害率"]["A"])[1]])
    c.same("fire target (table)", [goal_f, target_num(byname["森林火灾受害率"]["T"])])
    c.same("satisfaction (table)", [sat, qty(byname["林区群众满意度"]["A"])[1]])
    c.same("satisfaction target (table)", [sat_goal, target_num(byname["林区群众满意度"]["T"])])

    tw, ts = N(total_row[hdr.index("分值")]), N(total_row[hdr.index("得分")])
    sum_rows(c, ind, "table total", None, tw, ts)
    if not close(tw, D(100)):
        c.err("weight_sum_mismatch", f"total weight {tw.raw} != 100")
    m = c.one(r"项目自评得分(" + NUM + r")分，评价等级为(\S)。其中预算执行得分(" + NUM + r")分，产出指标得分(" + NUM +
              r")分，效益指标得分(" + NUM + r")分，满意度指标得分(" + NUM + r")分")
    total = N(m[1])
    sum_rows(c, ind, "prose total", None, None, total)
    for lvl, g in (("预算执行", 3), ("产出指标", 4), ("效益指标", 5), ("满意度指标", 6)):
        sum_rows(c, ind, f"prose {lvl} score", lvl, None, N(m[g]))
    c.grade("grade", total, m[2])
    c.grade("grade vs table total", ts, m[2])


def songxian(c):
    """嵩县林业局 2021 — tab tables, MOF funds block, indicator table without completion column."""
    Y = c.y
    c.year("title", c.one(r"(\d{4})年度森林资源管护补助项目")[1], {Y})
    c.year("ranger year", c.one(r"(\d{4})年，我县按照全面推行林长制")[1], {Y})
    c.year("budget year", c.one(r"(\d{4})年项目年初预算")[1], {Y})
    c.year("carried to", c.one(r"已结转至(\d{4})年")[1], set(range(Y + 1, Y + 3)))
    c.year("table year", c.one(r"评价年度：(\d{4})年")[1], {Y})
    c.year("last year", c.one(r"较(\d{4})年的" + NUM + "人")[1], {Y - 1})
    c.year("report date", c.one(r"\n(\d{4})年\d{1,2}月\n*$")[1], {Y + 1})

    hdr, rows = c.table(("项目", "年初预算数", "全年预算数", "全年执行数", "执行率"), "\t")
    t = rowmap(rows)
    ci = {h: i for i, h in enumerate(hdr)}
    comp = ["其中：当年财政拨款", "上年结转资金", "其他资金"]
    for colname in ("年初预算数", "全年预算数", "全年执行数"):
        c.total(f"funds {colname}", money(t["年度资金总额"][ci[colname]]),
                [money(t[k][ci[colname]]) for k in comp])
    for k in ["年度资金总额"] + comp:
        c.rate(f"执行率 {k}", t[k][ci["执行率"]], money(t[k][ci["全年执行数"]]), money(t[k][ci["全年预算数"]]))
    tb, te = money(t["年度资金总额"][ci["全年预算数"]]), money(t["年度资金总额"][ci["全年执行数"]])
    ti = money(t["年度资金总额"][ci["年初预算数"]])
    ew, es = N(t["年度资金总额"][ci["分值"]]), N(t["年度资金总额"][ci["得分"]])
    c.exec_score("execution score", es, ew, N(t["年度资金总额"][ci["执行率"]]), te, tb)

    m = c.one(r"年初预算(" + NUM + r")万元，其中当年财政拨款(" + NUM + r")万元、上年结转资金(" + NUM +
              r")万元；年中县财政追加当年财政拨款(" + NUM + r")万元，全年预算(" + NUM + r")万元")
    init, app0, carry0, add, annual = (money(m[i]) for i in range(1, 6))
    c.total("prose initial budget", init, [app0, carry0])
    c.same("initial budget", [ti, init])
    c.same("initial appropriation", [app0, money(t["其中：当年财政拨款"][ci["年初预算数"]])])
    c.same("initial carry-over", [carry0, money(t["上年结转资金"][ci["年初预算数"]])])
    c.total("annual appropriation = initial + addition", money(t["其中：当年财政拨款"][ci["全年预算数"]]), [app0, add])
    c.total("prose annual budget", annual, [init, add])
    c.same("annual budget", [tb, annual])
    m = c.one(r"全年执行(" + NUM + r")万元（(" + NUM + r")(万元|元)），预算执行率(" + NUM + r"%)；其中当年财政拨款执行(" +
              NUM + r")万元，执行率(" + NUM + r"%)，上年结转资金全部支出")
    spent = money(m[1])
    c.same("spent", [te, spent, money(m[2], m[3])])
    c.rate("prose 执行率", m[4], spent, annual)
    app_sp = money(m[5])
    c.same("appropriation spent", [app_sp, money(t["其中：当年财政拨款"][ci["全年执行数"]])])
    c.rate("prose appropriation 执行率", m[6], app_sp, money(t["其中：当年财政拨款"][ci["全年预算数"]]))
    c.same("carry-over fully spent", [money(t["上年结转资金"][ci["全年执行数"]]), money(t["上年结转资金"][ci["全年预算数"]])])
    m = c.one(r"未执行的(" + NUM + r")万元")
    c.diff("balance_mismatch", "unspent", money(m[1]), annual, spent)

    m = c.one(r"全年支出(" + NUM + r")万元，其中：护林员劳务补助(" + NUM + r")万元（(" + NUM + r")人×(" + NUM +
              r")元×(" + NUM + r")个月），巡护装备购置(" + NUM + r")(万元|元)，管护站点运行(" + NUM +
              r")(万元|元)，巡护终端运维(" + NUM + r")(万元|元)")
    c.same("spent (composition)", [spent, money(m[1])])
    labour, rangers_p, pay = money(m[2]), N(m[3]), N(m[4])
    c.product("labour subsidy", labour, [rangers_p, pay, N(m[5])], D(10000))
    c.total("spending composition", money(m[1]), [labour, money(m[6], m[7]), money(m[8], m[9]), money(m[10], m[11])])
    pay_std = N(c.one(r"标准为每人每月(" + NUM + r")元")[1])
    c.same("monthly pay", [pay_std, pay])

    m = c.one(r"聘用护林员(" + NUM + r")人，较\d{4}年的(" + NUM + r")人增加(" + NUM + r")人")
    rangers = N(m[1])
    c.diff("sum_mismatch", "increase on last year", N(m[3]), rangers, N(m[2]))
    c.same("rangers (labour)", [rangers, rangers_p])
    m = c.one(r"森林面积(" + NUM + r")万亩，人均管护约(" + NUM + r")亩")
    area = N(m[1])
    c.average("area per ranger (approx.)", N(m[2]), total=N(str(area.v * 10000)), count=rangers, approx=True)

    goal = {k: N(c.one(p)[1]) for k, p in {
        "rangers": r"聘用护林员不少于(" + NUM + ")人", "area": r"管护森林面积不少于(" + NUM + ")万亩",
        "km": r"巡护里程不少于(" + NUM + ")万公里", "fire": r"受害率控制在(" + NUM + ")‰以内",
        "cases": r"涉林违法案件不超过(" + NUM + ")起", "sat": r"满意度均达到(" + NUM + ")%以上"}.items()}
    m = c.one(r"全年聘用护林员(" + NUM + r")人，管护森林面积(" + NUM + r")万亩，均完成目标")
    c.same("rangers (outputs)", [rangers, N(m[1])])
    c.same("area (outputs)", [area, N(m[2])])
    m = c.one(r"全年巡护里程(" + NUM + r")万公里，(\d+)个管护片区分别为([\d.、]+)万公里，平均每个片区(" + NUM + r")万公里")
    km = N(m[1])
    parts = [N(x) for x in m[3].split("、")]
    c.count("patrol areas listed", m[2], parts)
    c.total("patrol km by area", km, parts)
    c.average("average km per area", N(m[4]), items=parts)
    c.same("km target (outputs)", [goal["km"], N(c.one(r"未完成(" + NUM + r")万公里的目标")[1])])
    handled = N(c.one(r"巡护发现问题处置率(" + NUM + r")%")[1])
    jobs = N(c.one(r"监测对象(" + NUM + r")人就业")[1])
    fire = N(c.one(r"全年森林火灾受害率(" + NUM + r")‰")[1])
    pest = N(c.one(r"林业有害生物成灾率(" + NUM + r")‰，均控制")[1])
    m = c.one(r"涉林违法案件(" + NUM + r")起，比控制目标多(" + NUM + r")起")
    cases = N(m[1])
    c.diff("sum_mismatch", "cases over target", N(m[2]), cases, goal["cases"])
    m = c.one(r"护林员满意度(" + NUM + r"%)，林区群众满意度(" + NUM + r"%)")
    sat_r, sat_p = N(m[1]), N(m[2])
    for s, nm in ((sat_r, "ranger"), (sat_p, "public")):
        if s.v > 100:
            c.err("implausible_rate", f"{nm} satisfaction {s.raw}")

    hdr, rows = c.table(("一级指标", "三级指标", "分值", "得分"), "\t")
    assert rows[-1][0] == "合计"
    ind = c.indicators(hdr, rows[:-1], {"l1": "一级指标", "l2": "二级指标", "name": "三级指标", "T": "年度指标值",
                                        "A": "实际完成值", "w": "分值", "s": "得分"})
    b = {r["name"]: r for r in ind}
    for r in ind:
        c.check_row(r)
    A = lambda n: qty(b[n]["A"])[1]
    T = lambda n: target_num(b[n]["T"])
    c.same("rangers (table)", [rangers, A("聘用护林员人数")])
    c.same("ranger target", [goal["rangers"], T("聘用护林员人数")])
    c.same("area (table)", [area, A("管护森林面积")])
    c.same("area target", [goal["area"], T("管护森林面积")])
    c.same("km (table)", [km, A("年度巡护里程")])
    c.same("km target", [goal["km"], T("年度巡护里程")])
    c.same("handled (table)", [handled, A("巡护发现问题处置率")])
    c.same("monthly pay (table)", [pay_std, A("护林员月劳务补助标准")])
    c.same("jobs (table)", [jobs, A("带动脱贫人口及监测对象就业")])
    c.same("fire (table)", [fire, A("森林火灾受害率")])
    c.same("fire target", [goal["fire"], T("森林火灾受害率")])
    c.same("pest (table)", [pest, A("林业有害生物成灾率")])
    c.same("cases (table)", [cases, A("涉林违法案件发生数")])
    c.same("case target", [goal["cases"], T("涉林违法案件发生数")])
    c.same("ranger satisfaction (table)", [sat_r, A("护林员满意度")])
    c.same("public satisfaction (table)", [sat_p, A("林区群众满意度")])
    c.same("satisfaction target", [goal["sat"], T("护林员满意度"), T("林区群众满意度")])

    iw, isc = N(rows[-1][hdr.index("分值")]), N(rows[-1][hdr.index("得分")])
    sum_rows(c, ind, "indicator table total", None, iw, isc)
    m = c.one(r"由预算执行率(" + NUM + r")分、产出指标(" + NUM + r")分、效益指标(" + NUM + r")分、满意度指标(" + NUM +
              r")分构成，合计(" + NUM + r")分")
    lw = [N(m[i]) for i in range(1, 5)]
    c.same("execution weight", [lw[0], ew])
    for lvl, wv in zip(("产出指标", "效益指标", "满意度指标"), lw[1:]):
        sum_rows(c, ind, f"{lvl} weight", lvl, wv, None)
    c.ident("weight_sum_mismatch", "level weights", N(m[5]), lambda *x: sum(x), lw)
    if not close(N(m[5]), D(100)):
        c.err("weight_sum_mismatch", "stated total weight != 100")
    c.ident("weight_sum_mismatch", "execution + indicator weights = 100", N("100"), lambda a, b: a + b, [ew, iw])
    m = c.one(r"预算执行率得分(" + NUM + r")分，产出、效益、满意度指标合计得分(" + NUM + r")分，项目自评总分(" + NUM +
              r")分，评价等级为(\S)")
    c.same("execution score (prose)", [es, N(m[1])])
    sum_rows(c, ind, "prose indicator score", None, None, N(m[2]))
    total = N(m[3])
    c.ident("score_sum_mismatch", "total = execution + indicators", total, lambda a, b: a + b,
            [es, N(str(sum(N(r["s"]).v for r in ind)))])
    c.grade("grade", total, m[4])


def jianghua(c):
    """江华县林业局 2022 部门整体支出 — ｜ tables, sources as columns, indicator table without completion."""
    Y = c.y
    c.year("title", c.one(r"(\d{4})年度部门整体支出")[1], {Y})
    c.year("staff year", c.one(r"(\d{4})年末核定编制")[1], {Y})
    c.year("work year", c.one(r"(\d{4})年，我局以林长制为抓手")[1], {Y})
    c.year("budget year", c.one(r"(\d{4})年部门全年预算")[1], {Y})
    c.year("carried to", c.one(r"相应资金结转至(\d{4})年")[1], set(range(Y + 1, Y + 3)))
    c.year("planting postponed", c.one(r"推迟至(\d{4})年春季")[1], set(range(Y + 1, Y + 3)))
    c.year("三公 year", c.one(r"(\d{4})年“三公”经费预算")[1], {Y})
    c.year("三公 last year", c.one(r"较(\d{4})年的" + NUM + "万元")[1], {Y - 1})
    c.year("report date", c.one(r"\n(\d{4})年\d{1,2}月\n*$")[1], {Y + 1})

    m = c.one(r"核定编制(" + NUM + r")人，实有在职人员(" + NUM + r")人，在职人员控制率(" + NUM + "%)")
    staff_rate = N(m[3])
    c.rate("在职人员控制率", m[3], N(m[2]), N(m[1]))
    m = c.one(r"(\d+)个乡镇（林场）聘用生态护林员(" + NUM + r")名，平均每个乡镇(" + NUM + r")名")
    rangers = N(m[2])
    c.average("rangers per township", N(m[3]), total=rangers, count=N(m[1]))
    area1 = N(c.one(r"全年管护森林资源(" + NUM + r")万亩")[1])
    plant1 = N(c.one(r"完成人工造林及退化林修复(" + NUM + r")万亩。")[1])

    hdr, rows = c.table(("支出类别", "一般公共预算拨款", "合计"), "｜")
    t = rowmap(rows)
    cols = hdr[1:]
    grid = {k: [money(x) for x in t[k][1:]] for k in ("基本支出", "项目支出", "合计")}
    for k, v in grid.items():
        c.total(f"sources row {k}", v[-1], v[:-1])
    for j, cn in enumerate(cols):
        c.total(f"sources column {cn}", grid["合计"][j], [grid["基本支出"][j], grid["项目支出"][j]])
    m = c.one(r"全年预算(" + NUM + r")万元，其中一般公共预算拨款(" + NUM + r")万元、政府性基金拨款(" + NUM +
              r")万元、上年结转结余(" + NUM + r")万元、其他收入(" + NUM + r")万元")
    pr = [money(m[i]) for i in range(1, 6)]
    c.total("prose revenue", pr[0], pr[1:])
    c.same("budget total", [pr[0], grid["合计"][-1]])
    for j in range(4):
        c.same(f"budget {cols[j]}", [pr[j + 1], grid["合计"][j]])

    hdr2, rows2 = c.table(("支出类别", "全年预算数", "全年支出数", "执行率", "结转结余"), "｜")
    e = rowmap(rows2)
    ei = {h: i for i, h in enumerate(hdr2)}
    for k in ("基本支出", "项目支出", "合计"):
        b, s = money(e[k][ei["全年预算数"]]), money(e[k][ei["全年支出数"]])
        c.same(f"budget {k} (two tables)", [b, grid[k][-1]])
        c.rate(f"执行率 {k}", e[k][ei["执行率"]], s, b)
        c.diff("balance_mismatch", f"结转结余 {k}", money(e[k][ei["结转结余"]]), b, s)
    for colname in ("全年预算数", "全年支出数", "结转结余"):
        c.total(f"execution table {colname}", money(e["合计"][ei[colname]]),
                [money(e[k][ei[colname]]) for k in ("基本支出", "项目支出")])
    tb, ts_ = money(e["合计"][ei["全年预算数"]]), money(e["合计"][ei["全年支出数"]])
    m = c.one(r"全年支出(" + NUM + r")万元，预算执行率(" + NUM + "%)")
    c.same("spent (prose)", [ts_, money(m[1])])
    c.rate("prose 执行率", m[2], money(m[1]), tb)
    exec_rate = N(m[2])
    m = c.one(r"年末结转结余(" + NUM + r")万元，结转结余率(" + NUM + "%)")
    bal = money(m[1])
    c.diff("balance_mismatch", "prose 结转结余", bal, tb, ts_)
    c.rate("结转结余率", m[2], bal, tb)
    cf_rate = N(m[2])
    m = c.one(r"项目支出执行率(" + NUM + "%)")
    c.rate("project execution (problems)", m[1], money(e["项目支出"][ei["全年支出数"]]), money(e["项目支出"][ei["全年预算数"]]))

    m = c.one(r"项目支出全年预算(" + NUM + r")万元，其中林长制护林员巡护补助(" + NUM + r")万元、生态公益林补偿(" + NUM +
              r")万元、天然林保护(" + NUM + r")万元、森林防火(" + NUM + r")万元、森林植被恢复费安排项目(" + NUM + r")万元")
    pp = [money(m[i]) for i in range(1, 7)]
    c.total("project budget by project", pp[0], pp[1:])
    c.same("project budget", [pp[0], grid["项目支出"][-1]])
    c.same("fund-financed project = government fund column", [pp[5], grid["项目支出"][1]])
    m = c.one(r"按每人每月(" + NUM + r")元、(" + NUM + r")名护林员全年发放，共(" + NUM + r")万元（(" + NUM + r")(元|万元)）")
    c.same("rangers (subsidy)", [rangers, N(m[2])])
    c.product("ranger subsidy", money(m[3]), [N(m[1]), N(m[2]), N("12")], D(10000))
    c.same("ranger subsidy", [pp[1], money(m[3]), money(m[4], m[5])])
    m = c.one(r"“三公”经费预算(" + NUM + r")万元，实际支出(" + NUM + r")万元，控制率(" + NUM + r"%)；较\d{4}年的(" + NUM +
              r")万元减少(" + NUM + r")万元，下降(" + NUM + "%)")
    sg_b, sg_s, sg_r, sg_l, sg_d = money(m[1]), money(m[2]), m[3], money(m[4]), money(m[5])
    c.rate("三公 control rate", sg_r, sg_s, sg_b)
    c.diff("sum_mismatch", "三公 decrease", sg_d, sg_l, sg_s)
    c.rate("三公 decrease rate", m[6], sg_d, sg_l)

    m = c.one(r"聘用生态护林员(" + NUM + r")名，超过(" + NUM + r")名的目标")
    c.same("rangers (outputs)", [rangers, N(m[1])])
    r_goal = N(m[2])
    area2 = N(c.one(r"；管护森林资源(" + NUM + r")万亩")[1])
    c.same("area (overview vs outputs)", [area1, area2])
    pay_rate = N(c.one(r"补偿资金兑付率(" + NUM + r")%")[1])
    m = c.one(r"图斑整改率(" + NUM + r")%，低于(" + NUM + r")%的目标")
    spot, spot_goal = N(m[1]), N(m[2])
    m = c.one(r"修复(" + NUM + r")万亩，未完成(" + NUM + r")万亩的目标")
    c.same("planting", [plant1, N(m[1])])
    plant_goal = N(m[2])
    cover = N(c.one(r"森林覆盖率(" + NUM + r")%，")[1])
    fire = N(c.one(r"森林火灾受害率(" + NUM + r")‰")[1])
    pub = N(c.one(r"社会公众满意度(" + NUM + r")%")[1])
    m = c.one(r"(\d+)个重点项目自评得分分别为([\d.分、]+)，平均(" + NUM + r")分")
    items = [N(x.rstrip("分")) for x in m[2].split("、")]
    c.count("key projects listed", m[1], items)
    c.average("average project score", N(m[3]), items=items)

    hdr3, rows3 = c.table(("一级指标", "三级指标", "权重", "得分"), "｜")
    assert rows3[-1][0] == "合计"
    ind = c.indicators(hdr3, rows3[:-1], {"l1": "一级指标", "l2": "二级指标", "name": "三级指标", "T": "指标值",
                                          "A": "实际完成值", "w": "权重", "s": "得分"}, carry=("l1", "l2"))
    b = {r["name"]: r for r in ind}
    for r in ind:
        c.check_row(r)
    A = lambda n: qty(b[n]["A"])[1]
    T = lambda n: target_num(b[n]["T"])
    c.same("staff rate (table)", [staff_rate, A("在职人员控制率")])
    c.rate("三公 control rate (table)", b["“三公”经费控制率"]["A"], sg_s, sg_b)
    c.rate("execution rate (table)", b["预算执行率"]["A"], ts_, tb)
    c.exec_score("execution score", N(b["预算执行率"]["s"]), N(b["预算执行率"]["w"]), exec_rate, ts_, tb)
    c.rate("结转结余率 (table)", b["结转结余率"]["A"], bal, tb)
    c.same("rangers (table)", [rangers, A("聘用生态护林员")])
    c.same("ranger target", [r_goal, T("聘用生态护林员")])
    c.same("area (table)", [area1, A("森林资源管护面积")])
    c.same("compensation paid (table)", [pay_rate, A("公益林补偿资金兑付率")])
    c.same("spot fixing (table)", [spot, A("森林督查图斑整改率")])
    c.same("spot target", [spot_goal, T("森林督查图斑整改率")])
    c.same("planting (table)", [plant1, A("人工造林及退化林修复")])
    c.same("planting target", [plant_goal, T("人工造林及退化林修复")])
    c.same("cover (table)", [cover, A("森林覆盖率")])
    c.same("fire (table)", [fire, A("森林火灾受害率")])
    c.same("public satisfaction (table)", [pub, A("社会公众满意度")])

    tw, tsc = N(rows3[-1][hdr3.index("权重")]), N(rows3[-1][hdr3.index("得分")])
    sum_rows(c, ind, "table total", None, tw, tsc)
    if not close(tw, D(100)):
        c.err("weight_sum_mismatch", "total weight != 100")
    m = c.one(r"四类指标权重分别为(" + NUM + r")分、(" + NUM + r")分、(" + NUM + r")分、(" + NUM + r")分，得分分别为(" +
              NUM + r")分、(" + NUM + r")分、(" + NUM + r")分、(" + NUM + r")分，部门整体支出绩效自评得分(" + NUM +
              r")分，评价等级为(\S)")
    for i, lvl in enumerate(("投入", "过程", "产出", "效益")):
        sum_rows(c, ind, f"{lvl} level", lvl, N(m[1 + i]), N(m[5 + i]))
    c.ident("weight_sum_mismatch", "level weights = 100", N("100"), lambda *x: sum(x), [N(m[i]) for i in range(1, 5)])
    total = N(m[9])
    sum_rows(c, ind, "prose total", None, None, total)
    c.grade("grade", total, m[10])


def ningshan(c):
    """宁陕县林业局 2024 — tab tables, spending items table, separate output/benefit tables, no satisfaction."""
    Y = c.y
    c.year("title", c.one(r"(\d{4})年度林长制护林员巡护")[1], {Y})
    c.year("ranger year", c.one(r"(\d{4})年，全县选聘生态护林员")[1], {Y})
    c.year("budget year", c.one(r"(\d{4})年项目全年预算")[1], {Y})
    c.year("as of", c.one(r"截至(\d{4})年12月31日")[1], {Y})
    c.year("carried to", c.one(r"已按规定结转至(\d{4})年")[1], set(range(Y + 1, Y + 3)))
    c.year("no fire year", c.one(r"(\d{4})年全县未发生森林火灾")[1], {Y})
    c.year("report date", c.one(r"\n(\d{4})年\d{1,2}月\n*$")[1], {Y + 1})

    m = c.one(r"全年预算(" + NUM + r")万元，其中中央财政生态护林员补助资金(" + NUM + r")万元、省级森林资源管护补助资金(" + NUM +
              r")万元、县级配套资金(" + NUM + r")万元")
    annual = money(m[1])
    c.total("sources", annual, [money(m[i]) for i in (2, 3, 4)])
    central = money(m[2])
    m = c.one(r"劳务补助标准为每人每年(" + NUM + r")万元，折合每月约(" + NUM + r")元")
    std = money(m[1])
    c.average("monthly equivalent (approx.)", N(m[2]), total=N(str(std.v * 10000)), count=N("12"), approx=True)
    rangers = N(c.one(r"全县选聘生态护林员(" + NUM + r")名")[1])
    area = N(c.one(r"管护森林面积(" + NUM + r")万亩。")[1])

    hdr, rows = c.table(("支出项目", "全年预算数（万元）", "实际支出数（万元）", "执行率"), "\t")
    t = rowmap(rows)
    items = [k for k in t if k != "合计"]
    ci = {h: i for i, h in enumerate(hdr)}
    B = {k: money(t[k][ci["全年预算数（万元）"]]) for k in t}
    S = {k: money(t[k][ci["实际支出数（万元）"]]) for k in t}
    K = {k: money(t[k][ci["结转资金（万元）"]]) for k in t}
    for k in t:
        c.rate(f"执行率 {k}", t[k][ci["执行率"]], S[k], B[k])
        c.diff("balance_mismatch", f"结转 {k}", K[k], B[k], S[k])
    for nm, vec in (("budget", B), ("spent", S), ("carry", K)):
        c.total(f"items {nm}", vec["合计"], [vec[k] for k in items])
    c.same("annual budget", [annual, B["合计"]])
    c.product("labour budget = rangers x standard", B["护林员劳务补助"], [rangers, std])
    c.same("central funds = labour budget", [central, B["护林员劳务补助"]])

    m = c.one(r"项目实际支出(" + NUM + r")万元，预算执行率(" + NUM + r"%)，结转资金(" + NUM + r")万元")
    spent = money(m[1])
    c.same("spent", [spent, S["合计"]])
    c.rate("prose 执行率", m[2], spent, annual)
    c.diff("balance_mismatch", "prose carry-over", money(m[3]), annual, spent)
    m = c.one(r"劳务补助结转(" + NUM + r")万元，原因是(" + NUM + r")名护林员年中退出")
    c.same("labour carry-over", [K["护林员劳务补助"], money(m[1])])
    m = c.one(r"运维执行率(" + NUM + r"%)，主要是.*?尾款(" + NUM + r")万元未支付")
    k3 = "管护站点运行及巡护终端运维"
    c.rate("运维 执行率 (prose)", m[1], S[k3], B[k3])
    c.same("运维 carry-over", [K[k3], money(m[2])])
    m = c.one(r"预算执行率(" + NUM + r"%)，按分值(" + NUM + r")分计算得(" + NUM + r")分")
    c.rate("execution (section 4)", m[1], spent, annual)
    ew, es = N(m[2]), N(m[3])
    c.exec_score("execution score", es, ew, N(m[1]), spent, annual)

    goal = {k: N(c.one(p)[1]) for k, p in {
        "rangers": r"选聘护林员不少于(" + NUM + ")名", "area": r"管护森林面积不少于(" + NUM + ")万亩",
        "days": r"月均巡护不少于(" + NUM + ")天", "track": r"上传率不低于(" + NUM + ")%",
        "fire": r"受害率控制在(" + NUM + ")‰以内"}.items()}

    ind = []
    subtotals = {}
    for title, lvl in (("产出指标完成情况", "产出指标"), ("效益指标完成情况", "效益指标")):
        hdr2, rows2 = c.table(("二级指标", "三级指标", "目标值", "业绩值", "完成率", "分值", "得分"), "\t", after=title)
        assert rows2[-1][0] == "小计"
        part = c.indicators(hdr2, rows2[:-1], {"l2": "二级指标", "name": "三级指标", "T": "目标值", "A": "业绩值",
                                                "C": "完成率", "w": "分值", "s": "得分"})
        for r in part:
            r["l1"] = lvl
        ind += part
        subtotals[lvl] = (N(rows2[-1][hdr2.index("分值")]), N(rows2[-1][hdr2.index("得分")]))
        sum_rows(c, part, f"{lvl} 小计", None, *subtotals[lvl])
    b = {r["name"]: r for r in ind}
    for r in ind:
        c.check_row(r)
    A = lambda n: qty(b[n]["A"])[1]
    T = lambda n: target_num(b[n]["T"])
    c.same("rangers (table)", [rangers, A("选聘护林员人数")])
    c.same("ranger target", [goal["rangers"], T("选聘护林员人数")])
    c.same("area (table)", [area, A("管护森林面积")])
    c.same("area target", [goal["area"], T("管护森林面积")])
    c.same("day target", [goal["days"], T("月均巡护天数")])
    c.same("track target", [goal["track"], T("巡护轨迹上传率")])
    c.same("fire target", [goal["fire"], T("森林火灾受害率")])
    c.same("standard (table)", [std, A("人均年劳务补助")])
    m = c.one(r"岗前培训覆盖率(" + NUM + r")%，新补聘")
    c.same("training (prose)", [N(m[1]), A("岗前培训覆盖率")])
    m = c.one(r"全年(" + NUM + r")个季度中有(" + NUM + r")个季度劳务补助按时发放.*?按季发放及时率(" + NUM + r"%)")
    c.rate("quarters paid on time", m[3], N(m[2]), N(m[1]))
    c.same("on-time rate (table)", [N(m[3]), A("劳务补助按季发放及时率")])
    m = c.one(r"回访林区群众(" + NUM + r")户，满意(" + NUM + r")户，满意率(" + NUM + "%)")
    c.rate("follow-up satisfaction", m[3], N(m[2]), N(m[1]))

    m = c.one(r"预算执行(" + NUM + r")分、产出指标(" + NUM + r")分、效益指标(" + NUM + r")分，合计(" + NUM + r")分")
    c.same("execution weight", [ew, N(m[1])])
    sum_rows(c, [r for r in ind if r["l1"] == "产出指标"], "产出 weight (prose)", None, N(m[2]), None)
    sum_rows(c, [r for r in ind if r["l1"] == "效益指标"], "效益 weight (prose)", None, N(m[3]), None)
    c.ident("weight_sum_mismatch", "prose level weights", N(m[4]), lambda *x: sum(x), [N(m[i]) for i in (1, 2, 3)])
    c.ident("weight_sum_mismatch", "table weights (execution + subtotals) = 100", N("100"), lambda *x: sum(x),
            [ew, subtotals["产出指标"][0], subtotals["效益指标"][0]])
    if not close(N(m[4]), D(100)):
        c.err("weight_sum_mismatch", "stated total weight != 100")
    m = c.one(r"自评得分(" + NUM + r")分（(" + NUM + r")\+(" + NUM + r")\+(" + NUM + r")），评价等级为(\S)")
    total = N(m[1])
    c.same("execution score (conclusion)", [es, N(m[2])])
    c.same("output score (conclusion)", [subtotals["产出指标"][1], N(m[3])])
    c.same("benefit score (conclusion)", [subtotals["效益指标"][1], N(m[4])])
    c.ident("score_sum_mismatch", "total = parts", total, lambda *x: sum(x), [N(m[2]), N(m[3]), N(m[4])])
    c.ident("score_sum_mismatch", "total = all rows", total, lambda *x: sum(x), [es] + [N(r["s"]) for r in ind])
    c.grade("grade", total, m[5])


def jianning(c):
    """建宁县林业局 2025 — ｜ tables, MOF funds block, indicator table with completion column."""
    Y = c.y
    c.year("title", c.one(r"(\d{4})年度林长制护林员巡护与")[1], {Y})
    c.year("ranger year", c.one(r"(\d{4})年，全县\d+个乡镇")[1], {Y})
    c.year("budget year", c.one(r"(\d{4})年项目年初预算")[1], {Y})
    c.year("as of", c.one(r"截至(\d{4})年12月31日")[1], {Y})
    c.year("carried to", c.one(r"已结转至(\d{4})年")[1], set(range(Y + 1, Y + 3)))
    c.year("report date", c.one(r"\n(\d{4})年\d{1,2}月\n*$")[1], {Y + 1})

    m = c.one(r"(\d+)个乡镇（含国有林场）聘用生态护林员(" + NUM + r")名，分别为([\d、]+)名，平均每个乡镇约(" + NUM +
              r")名，负责(" + NUM + r")万亩")
    rangers = N(m[2])
    towns = [N(x) for x in m[3].split("、")]
    c.count("townships listed", m[1], towns)
    c.total("rangers by township", rangers, towns)
    c.average("average per township (approx.)", N(m[4]), items=towns, approx=True)
    area = N(m[5])
    m = c.one(r"年初预算(" + NUM + r")万元，其中中央林业改革发展资金(" + NUM + r")万元、省级生态公益林管护补助(" + NUM +
              r")万元、县级配套资金(" + NUM + r")万元；年中经县财政批复，将上年结转资金(" + NUM +
              r")万元纳入项目预算，年内未追加当年财政拨款，全年预算(" + NUM + r")万元")
    init, carry, annual = money(m[1]), money(m[5]), money(m[6])
    c.total("initial budget by source", init, [money(m[i]) for i in (2, 3, 4)])
    c.total("annual = initial + carry-over", annual, [init, carry])

    hdr, rows = c.table(("项目", "年初预算数", "全年预算数", "全年执行数", "执行率"), "｜")
    t = rowmap(rows)
    ci = {h: i for i, h in enumerate(hdr)}
    comp = ["其中：当年财政拨款", "上年结转资金", "其他资金"]
    for colname in ("年初预算数", "全年预算数", "全年执行数"):
        c.total(f"funds {colname}", money(t["年度资金总额"][ci[colname]]),
                [money(t[k][ci[colname]]) for k in comp])
    for k in ["年度资金总额"] + comp:
        c.rate(f"执行率 {k}", t[k][ci["执行率"]], money(t[k][ci["全年执行数"]]), money(t[k][ci["全年预算数"]]))
    tb, te = money(t["年度资金总额"][ci["全年预算数"]]), money(t["年度资金总额"][ci["全年执行数"]])
    c.same("initial budget", [init, money(t["年度资金总额"][ci["年初预算数"]])])
    c.same("annual budget", [annual, tb])
    c.same("carry-over", [carry, money(t["上年结转资金"][ci["全年预算数"]])])
    # "年内未追加当年财政拨款" => appropriation: initial == annual
    c.same("no addition: appropriation initial = annual", [money(t["其中：当年财政拨款"][ci["年初预算数"]]),
                                                        money(t["其中：当年财政拨款"][ci["全年预算数"]])])
    ew, es = N(t["年度资金总额"][ci["分值"]]), N(t["年度资金总额"][ci["得分"]])
    c.exec_score("execution score", es, ew, N(t["年度资金总额"][ci["执行率"]]), te, tb)

    m = c.one(r"项目全年执行(" + NUM + r")万元，预算执行率(" + NUM + r"%)。其中：护林员工资(" + NUM + r")万元（(" + NUM +
              r")(元|万元)，按每人每月(" + NUM + r")元、(" + NUM + r")人全年发放），人身意外伤害保险(" + NUM +
              r")(万元|元)（每人每年(" + NUM + r")元），巡护APP运维及装备(" + NUM + r")(万元|元)")
    spent = money(m[1])
    c.same("spent", [spent, te])
    c.rate("prose 执行率", m[2], spent, annual)
    wages = money(m[3])
    c.same("wages two ways", [wages, money(m[4], m[5])])
    c.product("wages", wages, [N(m[6]), N(m[7]), N("12")], D(10000))
    c.same("rangers (wages)", [rangers, N(m[7])])
    wage_m = N(m[6])
    ins = money(m[8], m[9])
    c.product("insurance", ins, [rangers, N(m[10])], D(10000))
    c.total("spending composition", spent, [wages, ins, money(m[11], m[12])])
    m = c.one(r"当年财政拨款结余(" + NUM + r")万元")
    c.diff("balance_mismatch", "appropriation balance", money(m[1]), money(t["其中：当年财政拨款"][ci["全年预算数"]]),
           money(t["其中：当年财政拨款"][ci["全年执行数"]]))
    c.diff("balance_mismatch", "balance = annual - spent", money(m[1]), annual, spent)

    goal = {k: N(c.one(p)[1]) for k, p in {
        "rangers": r"聘用生态护林员不少于(" + NUM + ")名", "area": r"管护生态公益林不少于(" + NUM + ")万亩",
        "patrol": r"人均年巡护不少于(" + NUM + ")次", "fire": r"受害率控制在(" + NUM + ")‰以内",
        "pine": r"疫情发生面积控制在(" + NUM + ")亩以内", "sat": r"满意度达到(" + NUM + ")%以上"}.items()}
    m = c.one(r"全年聘用生态护林员(" + NUM + r")名，其中脱贫户及监测户(" + NUM + r")名；管护生态公益林(" + NUM +
              r")万亩；护林员人均年巡护(" + NUM + r")次；巡护发现问题上报处置率(" + NUM + r")%")
    c.same("rangers (outputs)", [rangers, N(m[1])])
    poor, patrol, handled = N(m[2]), N(m[4]), N(m[5])
    c.same("area (outputs)", [area, N(m[3])])
    m = c.one(r"(" + NUM + r")名护林员中(" + NUM + r")名考核合格，合格率(" + NUM + r"%)，未达到(" + NUM +
              r")%的目标；另有(" + NUM + r")名")
    c.same("rangers (assessment)", [rangers, N(m[1])])
    c.rate("assessment pass rate", m[3], N(m[2]), N(m[1]))
    passr, pass_goal = N(m[3]), N(m[4])
    c.diff("sum_mismatch", "failed = all - passed", N(m[5]), N(m[1]), N(m[2]))
    fire = N(c.one(r"森林火灾受害率(" + NUM + r")‰；")[1])
    pine = N(c.one(r"松材线虫病疫情发生面积(" + NUM + r")亩，超出")[1])
    m = c.one(r"抽样调查林农群众(" + NUM + r")户，满意(" + NUM + r")户，满意率(" + NUM + "%)")
    c.rate("satisfaction", m[3], N(m[2]), N(m[1]))
    sat = N(m[3])

    hdr2, rows2 = c.table(("一级指标", "三级指标", "完成率", "得分"), "｜")
    # rows: indicators, 合计, 总分, 评价等级
    names = [r[0] for r in rows2]
    i_sum = names.index("合计")
    ind = c.indicators(hdr2, rows2[:i_sum], {"l1": "一级指标", "l2": "二级指标", "name": "三级指标", "T": "年度指标值",
                                             "A": "实际完成值", "C": "完成率", "w": "分值", "s": "得分"})
    b = {r["name"]: r for r in ind}
    for r in ind:
        c.check_row(r)
    A = lambda n: qty(b[n]["A"])[1]
    T = lambda n: target_num(b[n]["T"])
    c.same("rangers (table)", [rangers, A("聘用生态护林员")])
    c.same("ranger target", [goal["rangers"], T("聘用生态护林员")])
    c.same("area (table)", [area, A("管护生态公益林面积")])
    c.same("area target", [goal["area"], T("管护生态公益林面积")])
    c.same("patrol (table)", [patrol, A("人均年巡护次数")])
    c.same("patrol target", [goal["patrol"], T("人均年巡护次数")])
    c.same("handled (table)", [handled, A("巡护问题上报处置率")])
    c.same("pass rate (table)", [passr, A("护林员年度考核合格率")])
    c.same("pass target", [pass_goal, T("护林员年度考核合格率")])
    c.product("annual wage per ranger (table)", money(A("护林员人均年工资").raw), [wage_m, N("12")], D(10000))
    c.same("poor households (table)", [poor, A("脱贫户及监测户护林员")])
    c.same("fire (table)", [fire, A("森林火灾受害率")])
    c.same("fire target", [goal["fire"], T("森林火灾受害率")])
    c.same("pine wilt (table)", [pine, A("松材线虫病疫情发生面积")])
    c.same("pine target", [goal["pine"], T("松材线虫病疫情发生面积")])
    c.same("satisfaction (table)", [sat, A("林农群众满意度")])
    c.same("satisfaction target", [goal["sat"], T("林农群众满意度")])

    sw, ss = N(rows2[i_sum][hdr2.index("分值")]), N(rows2[i_sum][hdr2.index("得分")])
    sum_rows(c, ind, "indicator 合计", None, sw, ss)
    tot = rows2[i_sum + 1]
    assert tot[0].startswith("总分")
    c.same("execution weight in the 总分 label", [ew, N(re.match(r"总分（含预算执行(" + NUM + r")分）", tot[0])[1])])
    tw, ts = N(tot[hdr2.index("分值")]), N(tot[hdr2.index("得分")])
    c.ident("weight_sum_mismatch", "总分 weight = execution + indicators", tw, lambda a, b: a + b, [ew, sw])
    if not close(tw, D(100)):
        c.err("weight_sum_mismatch", "总分 weight != 100")
    allrows = lambda *x: sum(x)
    c.ident("score_sum_mismatch", "总分 score = execution + rows", ts, allrows, [es] + [N(r["s"]) for r in ind])
    grade_row = rows2[i_sum + 2]
    assert grade_row[0] == "评价等级"
    c.grade("grade (table)", ts, grade_row[1])
    m = c.one(r"项目预算执行得分(" + NUM + r")分，产出指标得分(" + NUM + r")分，效益指标得分(" + NUM + r")分，满意度指标得分(" +
              NUM + r")分，自评得分(" + NUM + r")分，评价等级为(\S)")
    c.same("execution score (prose)", [es, N(m[1])])
    for lvl, g in (("产出指标", 2), ("效益指标", 3), ("满意度指标", 4)):
        sum_rows(c, ind, f"prose {lvl} score", lvl, None, N(m[g]))
    total = N(m[5])
    c.ident("score_sum_mismatch", "prose total = execution + rows", total, allrows, [es] + [N(r["s"]) for r in ind])
    c.grade("grade (prose)", total, m[6])


PROJECTS = {
    "yifeng-forestranger-2019": (yifeng, 2019),
    "songxian-senlinguanhu-2021": (songxian, 2021),
    "jianghua-forestrydept-2022": (jianghua, 2022),
    "ningshan-rangerpatrol-2024": (ningshan, 2024),
    "jianning-forestranger-2025": (jianning, 2025),
}


def run(source, text):
    fn, year = PROJECTS[source]
    c = Check(text, year)
    fn(c)
    return c


def edit_region(a, b):
    """Common prefix/suffix trim: (start, end_in_a, end_in_b)."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    verbose = "-v" in sys.argv
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    counts = Counter()
    clean_text = {}
    for rec in labels:
        if rec["clean"]:
            clean_text[rec["source"]] = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
    if len(labels) != 35:
        problems.append(f"{len(labels)} label lines, expected 35")
    for rec in labels:
        name = rec["case"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        try:
            c = run(rec["source"], text)
        except AssertionError as exc:
            problems.append(f"{name}: could not read the draft: {exc}")
            continue
        found = {code for code, _ in c.errors}
        if verbose:
            print(f"{name}: {c.n} comparisons, errors={sorted(found)}")
            for code, msg in c.errors + c.warnings:
                print(f"    {code}: {msg}")
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if c.errors or c.warnings:
                problems.append(f"{name}: clean draft fails {c.errors + c.warnings}")
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append(f"{name}: {n} characters")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: {len(exp)} expected findings, want 1")
            continue
        lab = exp[0]
        counts[lab["code"]] += 1
        if lab["code"] not in CODES_A or lab["severity"] != "error":
            problems.append(f"{name}: bad code/severity {lab['code']}/{lab['severity']}")
        if found != {lab["code"]}:
            problems.append(f"{name}: labelled {lab['code']}, verify finds {sorted(found)}: {c.errors}")
        occ = [m.start() for m in re.finditer(re.escape(lab["value"]), text)]
        if len(occ) != 1:
            problems.append(f"{name}: value {lab['value']!r} occurs {len(occ)} times")
            continue
        base = clean_text[rec["source"]]
        s, ea, eb = edit_region(base, text)
        if max(ea - s, eb - s) > 40 or ea < s or eb < s:
            problems.append(f"{name}: edit region {s}..{ea}/{eb} longer than 40 characters")
        if base == text:
            problems.append(f"{name}: identical to the clean draft")
        v0, v1 = occ[0], occ[0] + len(lab["value"])
        if not (v0 < max(eb, s + 1) and s < v1):
            problems.append(f"{name}: value {lab['value']!r} does not overlap the edit at {s}..{eb}")
    for code in CODES_A:
        if counts[code] < 2:
            problems.append(f"code {code} labelled {counts[code]} times (< 2)")
    if verbose:
        print("per code:", dict(sorted(counts.items())))
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
