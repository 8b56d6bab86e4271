#!/usr/bin/env python3
"""Re-derive every figure of the drafts512 set from the case texts and redo the arithmetic.

Standard library + decimal only. For every case the figures are read back from the text
(regular expressions anchored on the wording of each draft, plus a generic reader for the
｜/tab tables), every identity of rules.md §7 that the draft contains is recomputed with the
tolerance of §8, and each failed identity is reported under the error code errors.md assigns.

Requirements checked:
  * every clean draft passes every check (no finding at all, warnings included);
  * every error case fails its labelled code and no other error code
    (warnings such as score_rule_mismatch may appear and are listed);
  * each label value occurs exactly once in its case; the case differs from its clean draft
    by one contiguous edit of at most 40 characters that overlaps the label value;
  * the 13 codes of errors.md §A are each used at least twice; 35 label lines.
Prints OK at the end when everything holds, otherwise the problems and exit status 1.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
LABELS = os.path.join(HERE, "labels.jsonl")

CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
WARNINGS = {"score_rule_mismatch"}

NUM = r"[\d,]*\d(?:\.\d+)?"
MONEY = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}
SCALE = {"元": 4, "万元": 0, "亿元": -4}  # extra decimals when expressed in 万元
EPS = D("1e-9")


def q2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


class Num:
    """A figure as written: value, decimals as written, unit."""

    def __init__(self, raw, unit="", where=""):
        raw = raw.strip()
        self.raw = raw
        digits = raw.replace(",", "")
        self.value = D(digits)
        self.dec = len(digits.split(".")[1]) if "." in digits else 0
        self.unit = unit
        self.where = where

    @property
    def money(self):
        return self.unit in MONEY

    @property
    def wan(self):
        """Value in 万元 for money, else the value itself."""
        return self.value * MONEY[self.unit] if self.money else self.value

    @property
    def wan_dec(self):
        return self.dec + SCALE[self.unit] if self.money else self.dec

    def tol(self):
        return D("0.5") * D(10) ** (-self.wan_dec) + EPS

    def __repr__(self):
        return f"{self.raw}{self.unit}"


def close(stated, computed):
    """rules §8: |computed - stated| <= half a unit of the stated last digit."""
    return abs(computed - stated.wan) <= stated.tol()


class Ctx:
    def __init__(self, name, text):
        self.name = name
        self.text = text
        self.findings = []  # (code, message)
        self.lines = text.split("\n")

    # ---------------------------------------------------------------- reading
    def fail(self, code, msg):
        self.findings.append((code, msg))

    def m(self, pattern):
        hits = list(re.finditer(pattern, self.text))
        if len(hits) != 1:
            self.fail("parse_error", f"pattern {pattern!r} matched {len(hits)} times")
            return None
        return hits[0]

    def num(self, pattern, group="n", unit=None):
        """One figure read with a pattern that must match exactly once."""
        mt = self.m(pattern)
        if mt is None:
            return None
        u = unit
        if u is None:
            u = mt.groupdict().get("u") or ""
        return Num(mt.group(group), u, where=pattern)

    def nums(self, pattern, groups, unit=""):
        mt = self.m(pattern)
        if mt is None:
            return [None] * len(groups)
        return [Num(mt.group(g), unit, where=f"{pattern}:{g}") for g in groups]

    def word(self, pattern, group="g"):
        mt = self.m(pattern)
        return mt.group(group) if mt else None

    def table(self, first, needs=(), sep=None):
        """Rows (dicts keyed by header) of the table whose header starts with `first`."""
        found = []
        for i, line in enumerate(self.lines):
            for s in ([sep] if sep else ["｜", "\t"]):
                cells = line.split(s)
                if len(cells) > 2 and cells[0] == first and all(n in cells for n in needs):
                    found.append((i, s, cells))
        if len(found) != 1:
            self.fail("parse_error", f"table {first!r} {needs} found {len(found)} times")
            return None
        i, s, head = found[0]
        rows = []
        for line in self.lines[i + 1:]:
            if s not in line:
                break
            cells = line.split(s)
            if cells[0] in HEADERS:
                break
            if len(cells) != len(head):
                self.fail("parse_error", f"row {line!r} has {len(cells)} cells, header {len(head)}")
                break
            rows.append(dict(zip(head, cells)))
        return rows

    # ---------------------------------------------------------------- checks
    def _check(self, code, what, operands, pred):
        """Run pred(values); on failure try the 10^4 rescale of one money operand (unit_mismatch)."""
        if any(o is None for o in operands):
            self.fail("parse_error", f"{what}: missing operand")
            return
        vals = [o.wan for o in operands]
        if pred(vals, operands):
            return
        for i, o in enumerate(operands):
            if not o.money:
                continue
            for f in (D(10000), D("0.0001")):
                alt = list(vals)
                alt[i] = vals[i] * f
                if pred(alt, operands):
                    self.fail("unit_mismatch", f"{what}: {o!r} off by a factor {f} (wrong money unit)")
                    return
        self.fail(code, f"{what}: {operands}")

    def sum(self, total, parts, what, signs=None):
        signs = signs or [1] * len(parts)

        def pred(v, o):
            s = sum((sg * x for sg, x in zip(signs, v[1:])), D(0))
            return abs(s - v[0]) <= o[0].tol()

        self._check("sum_mismatch", what, [total] + list(parts), pred)

    def balance(self, a, b, stated, what):
        def pred(v, o):
            return abs((v[0] - v[1]) - v[2]) <= o[2].tol()

        self._check("balance_mismatch", what, [a, b, stated], pred)

    def rate(self, num, den, stated, what, code="rate_mismatch"):
        """stated% = num/den*100; zero base: any non-zero stated rate is implausible."""
        if None in (num, den, stated):
            self.fail("parse_error", f"{what}: missing operand")
            return
        if den.wan == 0:
            if stated.value != 0:
                self.fail("implausible_rate", f"{what}: {stated!r}% on a zero base")
            return

        def pred(v, o):
            if v[1] == 0:
                return False
            c = v[0] / v[1] * 100
            return abs(c - v[2]) <= o[2].tol()

        self._check(code, what, [num, den, stated], pred)

    def le100(self, rate, what):
        if rate is not None and (rate.value > 100 or rate.value < 0):
            self.fail("implausible_rate", f"{what}: {rate!r} outside [0, 100]")

    def same(self, items, what):
        """The same quantity stated several times (I11). Items of another unit kind are skipped."""
        items = [x for x in items if x is not None]
        if len(items) < 2:
            self.fail("parse_error", f"{what}: fewer than two mentions")
            return
        kinds = {("money" if x.money else x.unit) for x in items}
        if len(kinds) > 1:
            return  # a unit changed: that is the unit check's business (I13)
        ref = items[0]
        for o in items[1:]:
            def pred(v, ops):
                t = max(ops[0].tol(), ops[1].tol())
                return abs(v[0] - v[1]) <= t

            self._check("conflicting_values", what, [ref, o], pred)

    def average(self, items, stated, what):
        def pred(v, o):
            return abs(sum(v[1:], D(0)) / len(v[1:]) - v[0]) <= o[0].tol()

        self._check("average_mismatch", what, [stated] + list(items), pred)

    def grade(self, totals, label, what):
        band = {"优": (90, 101), "优秀": (90, 101), "良": (80, 90), "良好": (80, 90),
                "中": (60, 80), "中等": (60, 80), "差": (-1, 60)}
        if label is None:
            return
        lo, hi = band[label]
        for t in totals:
            if t is not None and not (lo <= t.value < hi):
                self.fail("grade_mismatch", f"{what}: {label} but total {t!r}")

    def statement(self, ok, code, what):
        if not ok:
            self.fail(code, what)

    def warn_score(self, stated, expected_list, what):
        if stated is None:
            return
        if not any(abs(e - stated.value) <= stated.tol() for e in expected_list):
            self.fail("score_rule_mismatch", f"{what}: score {stated!r}, rule gives {expected_list}")


HEADERS = {"一级指标", "资金情况（万元）", "资金来源", "支出项目", "序号"}


def cell(row, key, unit=""):
    v = row.get(key, "").strip()
    if re.fullmatch(NUM, v):
        return Num(v, unit, where=key)
    m = re.fullmatch(rf"({NUM})%", v)
    if m:
        return Num(m.group(1), "%", where=key)
    return None


def is_blank(v):
    return v.strip() in ("", "—")


# ------------------------------------------------------------------ generic tables

def funds_table(c, rows, total_key):
    """Funds table: column sums, row rates (zero base), implausible rates, execution score."""
    if rows is None:
        return {}
    by = {r[next(iter(r))]: r for r in rows}
    first = list(rows[0].keys())[0]
    tot = [r for r in rows if r[first] == total_key]
    comps = [r for r in rows if r[first] != total_key]
    cols = [k for k in rows[0] if k.endswith("数")]
    for k in cols:
        c.sum(cell(tot[0], k, "万元"), [cell(r, k, "万元") for r in comps], f"funds column {k}")
    for r in rows:
        for rk, nk in (("执行率", "全年执行数"), ("到位率", "实际到位数")):
            if rk not in r:
                continue
            den = cell(r, "全年预算数", "万元")
            num = cell(r, nk, "万元")
            st = cell(r, rk)
            if den is not None and den.wan == 0:
                if not is_blank(r[rk]) and (st is None or st.value != 0):
                    c.fail("implausible_rate", f"funds row {r[first]} {rk} {r[rk]} on a zero base")
                continue
            if st is None:
                c.fail("parse_error", f"funds row {r[first]} {rk} unreadable")
                continue
            c.le100(st, f"funds row {r[first]} {rk}")
            c.rate(num, den, st, f"funds row {r[first]} {rk}")
        if "得分" in r and not is_blank(r["得分"]):
            w, s = cell(r, "分值"), cell(r, "得分")
            rt = cell(r, "执行率")
            den, num = cell(r, "全年预算数", "万元"), cell(r, "全年执行数", "万元")
            if s.value > w.value or s.value < 0:
                c.fail("score_exceeds_weight", f"funds execution score {s!r} > {w!r}")
            exp = [q2(w.value * min(num.wan / den.wan, D(1))), q2(w.value * min(rt.value / 100, D(1)))]
            c.warn_score(s, exp, "execution score")
    return by


def parse_target(v):
    v = v.strip()
    m = re.fullmatch(rf"(≥|≤|＞|＜|>=|<=)?({NUM})(.*)", v)
    if not m:
        return None
    d = {"≥": "gte", ">=": "gte", "＞": "gte", "≤": "lte", "<=": "lte", "＜": "lte"}.get(m.group(1) or "", "eq")
    unit = m.group(3).strip()
    return d, Num(m.group(2), unit if unit != "%" else "%"), unit


def parse_actual(v):
    m = re.fullmatch(rf"({NUM})(.*)", v.strip())
    if not m:
        return None
    unit = m.group(2).strip()
    return Num(m.group(1), unit), unit


QUAL_OK = {"已建立", "已健全", "达成", "已完成"}


def indicator_rows(c, rows, name_key="三级指标", target_key="年度指标值"):
    """Per row: units (I13), completion (I8), score bounds (I7), rule (warning), implausible (I5)."""
    out = {}
    for r in rows:
        name = r.get(name_key, "")
        if name == "" or r[list(r)[0]] in ("合计", "总分"):
            continue
        out[name] = r
        w = cell(r, "分值") if "分值" in r else None
        s = cell(r, "得分") if "得分" in r else None
        if s is not None and w is not None and (s.value > w.value or s.value < 0):
            c.fail("score_exceeds_weight", f"row {name}: score {s!r} > weight {w!r}")
        if target_key not in r:
            continue
        t = parse_target(r[target_key])
        a = parse_actual(r["实际完成值"])
        comp = r.get("完成率", "—").strip()
        if a is not None and a[1] == "%":
            c.le100(a[0], f"row {name} actual")
        if t is None or a is None:
            # qualitative row: completion must be '—', score in the achieved band
            if t is None and a is None and s is not None and w is not None:
                if r["实际完成值"].strip() in QUAL_OK and not (w.value * D("0.8") <= s.value <= w.value):
                    c.fail("score_rule_mismatch", f"row {name}: qualitative achieved, score {s!r}")
            continue
        direction, T, tunit = t
        A, aunit = a
        if tunit != aunit:
            c.fail("unit_mismatch", f"row {name}: target unit {tunit!r} vs actual unit {aunit!r}")
            continue
        if direction == "eq" and T.value == 0:
            full = A.value <= 0
            expected_comp = None
        elif direction == "lte":
            full = A.value <= T.value
            expected_comp = D(100) if full else T.value / A.value * 100
        else:
            full = A.value >= T.value
            expected_comp = A.value / T.value * 100
        if expected_comp is not None and not is_blank(comp):
            st = Num(comp.rstrip("%"), "%")
            if abs(expected_comp - st.value) > st.tol():
                c.fail("completion_mismatch", f"row {name}: completion {comp}, expected {q2(expected_comp)}%")
        if s is not None and w is not None:
            if direction == "eq" and T.value == 0:
                exp = [w.value if full else D(0)]
            elif full:
                exp = [w.value]
            elif direction == "lte":
                exp = [q2(w.value * T.value / A.value)]
            else:
                exp = [q2(w.value * A.value / T.value)]
            if not is_blank(comp) and not full:
                exp.append(q2(w.value * D(comp.rstrip("%")) / 100))
            c.warn_score(s, exp, f"row {name}")
    return out


def weights_scores(c, rows, extra_w=None, extra_s=None, totals_text=(), group_key="一级指标",
                   group_weights=None, group_scores=None):
    """I6/I7: Σ weights = total row = 100; Σ scores = stated totals; level-1 groups."""
    first = list(rows[0])[0]
    items = [r for r in rows if r[first] not in ("合计", "总分")]
    total = [r for r in rows if r[first] in ("合计", "总分")]
    ws = [cell(r, "分值") for r in items] + ([extra_w] if extra_w else [])
    ss = [cell(r, "得分") for r in items] + ([extra_s] if extra_s else [])
    tw, ts = cell(total[0], "分值"), cell(total[0], "得分")
    c.statement(tw is not None and tw.value == 100, "weight_sum_mismatch", f"total weight {tw!r} is not 100")
    c._check("weight_sum_mismatch", "Σ weights vs total row", [tw] + ws,
             lambda v, o: sum(v[1:], D(0)) == v[0])  # weights are exact, no rounding
    for t in [ts] + list(totals_text):
        c._check("score_sum_mismatch", f"Σ scores vs stated total {t!r}", [t] + ss,
                 lambda v, o: abs(sum(v[1:], D(0)) - v[0]) <= o[0].tol())
    groups = defaultdict(lambda: ([], []))
    for r in items:
        groups[r[group_key]][0].append(cell(r, "分值"))
        groups[r[group_key]][1].append(cell(r, "得分"))
    for g, stated in (group_weights or {}).items():
        if g == "__extra__":
            c._check("weight_sum_mismatch", "execution weight", [stated, extra_w],
                     lambda v, o: v[0] == v[1])
            continue
        c._check("weight_sum_mismatch", f"level-1 weight {g}", [stated] + groups[g][0],
                 lambda v, o: sum(v[1:], D(0)) == v[0])
    if group_weights:
        gw = [v for v in group_weights.values()]
        c._check("weight_sum_mismatch", "stated level-1 weights sum to 100", [Num("100")] + gw,
                 lambda v, o: sum(v[1:], D(0)) == v[0])
    for g, stated in (group_scores or {}).items():
        c._check("score_sum_mismatch", f"level-1 score {g}", [stated] + groups[g][1],
                 lambda v, o: abs(sum(v[1:], D(0)) - v[0]) <= o[0].tol())
    return tw, ts


def site_table(c, rows, share, final=None, retention=None, term=None):
    """Contract table: advance = share × contract, paid = advance + progress, ratio, unpaid, totals.

    final/retention: "付至合同价的97%，余3%为质保金" (final + retention = 100);
    term(row) -> ("eq", pct) | ("le", pct) | None: the payment term the text gives for that row."""
    if final is not None and retention is not None:
        c.sum(Num("100", "%"), [final, retention], "付至比例 + 质保金比例 = 100%")
    first = list(rows[0])[0]
    items = [r for r in rows if r[first] != "合计"]
    tot = [r for r in rows if r[first] == "合计"][0]
    money_cols = [k for k in ("合同金额", "预付款", "进度款", "累计支付", "未付金额") if k in tot]
    for k in money_cols:
        c.sum(cell(tot, k, "万元"), [cell(r, k, "万元") for r in items], f"site column {k}")
    for r in items + [tot]:
        label = r[first] if r is tot else r[list(r)[1]]
        C, A, P, S = (cell(r, k, "万元") for k in ("合同金额", "预付款", "进度款", "累计支付"))
        c.rate(A, C, share, f"site {label} advance = {share!r}% of contract")
        c.sum(S, [A, P], f"site {label} paid = advance + progress")
        ratio = cell(r, "支付比例")
        c.le100(ratio, f"site {label} ratio")
        c.rate(S, C, ratio, f"site {label} payment ratio")
        if "未付金额" in r:
            c.balance(C, S, cell(r, "未付金额", "万元"), f"site {label} unpaid")
        if term is not None and r is not tot and ratio is not None:
            rule = term(r)
            if rule is not None:
                kind, pct = rule
                if pct is None:
                    c.fail("parse_error", f"site {label}: payment term unreadable")
                elif kind == "eq" and abs(ratio.value - pct.value) > ratio.tol():
                    c.fail("rate_mismatch", f"site {label}: ratio {ratio!r} but the terms give {pct!r}")
                elif kind == "le" and ratio.value > pct.value:
                    c.fail("rate_mismatch", f"site {label}: ratio {ratio!r} above the {pct!r} cap")
    return items, tot


YEAR_RULES = [
    (r"(\d{4})年度", lambda y, Y: y == Y, "year of the report"),
    (r"截至(\d{4})年12月31日", lambda y, Y: y == Y, "closing date"),
    (r"结转(?:至|到)(\d{4})年", lambda y, Y: y > Y, "carry-over goes to a later year"),
    (r"(\d{4})年(\d{1,2})月提前下达", None, "advance issued the December before"),
    (r"我局(\d{4})年", lambda y, Y: y == Y, "year of the project"),
    (r"项目实施期为(\d{4})年", lambda y, Y: y == Y, "implementation period"),
    (r"(\d{4})年局机关", lambda y, Y: y == Y, "year of the department data"),
    (r"年度主要任务\n(\d{4})年", lambda y, Y: y == Y, "year of the annual tasks"),
    (r"于(\d{4})年上半年下达", lambda y, Y: y == Y, "issued in the evaluation year"),
]


def years(c, Y):
    for pat, ok, what in YEAR_RULES:
        for m in re.finditer(pat, c.text):
            y = int(m.group(1))
            good = (y == Y - 1 and int(m.group(2)) == 12) if ok is None else ok(y, Y)
            if not good:
                c.fail("year_mismatch", f"{what}: {m.group(0)} in a {Y} report")
    last = [l for l in c.lines if l.strip()][-1].strip()
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?", last)
    if not m:
        c.fail("parse_error", f"no report date on the last line: {last!r}")
    elif int(m.group(1)) not in (Y, Y + 1) or not 1 <= int(m.group(2)) <= 12:
        c.fail("year_mismatch", f"report dated {last} for a {Y} report")


def grades(c, totals):
    for m in re.finditer(r"评价等级(?:为|：)(优秀|良好|中等|优|良|中|差)", c.text):
        c.grade(totals, m.group(1), f"grade {m.group(0)}")


W = lambda s: rf"(?P<{s}>{NUM})"  # noqa: E731


# ------------------------------------------------------------------ projects

def jingmen(c):
    Y = 2019
    b_init = c.num(rf"本项目年初预算{W('n')}万元", unit="万元")
    b_add = c.num(rf"追加省级城市排水防涝补助资金{W('n')}万元", unit="万元")
    b_ann = c.num(rf"调整后全年预算{W('n')}万元", unit="万元")
    recv = c.num(rf"到位资金{W('n')}万元", unit="万元")
    recv_r = c.num(rf"资金到位率{W('n')}%", unit="%")
    spent = c.num(rf"项目实际支出{W('n')}万元", unit="万元")
    spent_y = c.num(rf"项目实际支出{NUM}万元（{W('n')}元）", unit="元")
    ex_r = c.num(rf"预算执行率{W('n')}%；", unit="%")
    unsp = c.num(rf"未支出的{W('n')}万元结转至", unit="万元")
    works = c.num(rf"实际支出中，工程款{W('n')}万元", unit="万元")
    o = c.nums(rf"分别为{W('a')}万元、{W('b')}万元和{W('c')}万元", "abc", "万元")
    share = c.num(rf"支付合同价的{W('n')}%作为预付款", unit="%")
    done = c.num(rf"\d+处易涝点中(?P<n>\d+)处已完工", unit="处")
    plan = [c.num(rf"(?P<n>\d+)处易涝点中\d+处已完工", unit="处"),
            c.num(rf"对中心城区(?P<n>\d+)处易涝点进行改造", unit="处"),
            c.num(rf"年度总体目标：完成(?P<n>\d+)处易涝点改造", unit="处")]
    g_len = c.num(rf"新建改造雨水管网不少于{W('n')}公里", unit="公里")
    g_in = c.num(rf"新增和更换雨水口不少于(?P<n>\d+)座", unit="座")
    g_dr = c.num(rf"积水消退时间控制在(?P<n>\d+)分钟以内", unit="分钟")
    dr_bound = c.num(rf"缩短至(?P<n>\d+)分钟以内", unit="分钟")
    final = c.num(rf"竣工验收合格后支付至合同价的{W('n')}%", unit="%")
    ret = c.num(rf"剩余{W('n')}%作为质保金", unit="%")
    cap = c.num(rf"累计不超过合同价的{W('n')}%", unit="%")
    late = c.word(r"；(?P<g>[^，。；\n]+?)因燃气、通信管线迁改滞后")
    issued = c.num(rf"共发放问卷{W('n')}份")
    length = c.num(rf"全年新建改造雨水管网{W('n')}(?P<u>公里)")
    length_r = c.num(rf"完成年度目标的{W('n')}%", unit="%")
    inlets = c.num(rf"新增和更换雨水口{W('n')}(?P<u>座)")
    valid = c.num(rf"收回有效问卷{W('n')}份")
    happy = c.num(rf"满意和基本满意的{W('n')}份")
    sat = c.num(rf"满意度{W('n')}%。", unit="%")

    f = funds_table(c, c.table("资金情况（万元）", ("全年预算数",)), "年度资金总额")
    sites_rows = c.table("序号", ("合同金额",))
    items, stot = site_table(c, sites_rows, share, final, ret,
                             term=lambda r: ("le", cap) if r["易涝点"] == late else ("eq", final))
    ind_rows = c.table("一级指标", ("分值", "年度指标值"))
    ind = indicator_rows(c, ind_rows)

    ft = f.get("年度资金总额", {})
    tg = lambda k: parse_target(ind[k]["年度指标值"])[1]  # noqa: E731
    c.same(plan + [Num(str(len(items)), "处"), tg("易涝点改造完成数量")], "计划改造点位数")
    c.same([done, Num(str(sum(1 for r in items if r["易涝点"] != late)), "处")], "完工点位数 = 合同表")
    c.same([g_len, tg("新建改造雨水管网长度")], "管网长度目标")
    c.same([g_in, tg("新增及更换雨水口")], "雨水口目标")
    c.same([g_dr, tg("改造点位积水消退时间")], "消退时间目标")
    a_dr = parse_actual(ind["改造点位积水消退时间"]["实际完成值"])
    c.statement(a_dr is not None and dr_bound is not None and a_dr[0].value <= dr_bound.value,
                "conflicting_values", "text: 缩短至…分钟以内 vs table actual")
    c.statement(None not in (issued, valid, happy) and happy.value <= valid.value <= issued.value,
                "implausible_rate", "满意 ≤ 有效问卷 ≤ 发放问卷")
    c.statement(recv is not None and b_ann is not None and recv.value == b_ann.value,
                "rate_mismatch", "全年资金均已到位 ⇒ 到位 = 全年预算 (I12)")
    c.sum(b_ann, [b_init, b_add], "全年预算 = 年初 + 追加")
    c.same([b_init, cell(ft, "年初预算数", "万元")], "年初预算")
    c.same([b_ann, cell(ft, "全年预算数", "万元")], "全年预算")
    c.rate(recv, b_ann, recv_r, "到位率")
    c.le100(recv_r, "到位率")
    c.same([spent, spent_y, cell(ft, "全年执行数", "万元")], "全年执行数")
    c.rate(spent, b_ann, ex_r, "执行率 (text)")
    c.le100(ex_r, "执行率 (text)")
    c.balance(b_ann, spent, unsp, "未支出 = 全年预算 − 执行")
    c.sum(spent, [works] + o, "执行 = 工程款 + 设计/监理/检测")
    c.same([works, cell(stot, "累计支付", "万元")], "工程款 = 累计支付合计")
    a_avg = parse_actual(ind["单处易涝点平均合同金额"]["实际完成值"])
    c.average([cell(r, "合同金额", "万元") for r in items], a_avg[0] if a_avg else None,
              "单处平均合同金额 = 合同金额均值")
    a_done = parse_actual(ind["易涝点改造完成数量"]["实际完成值"])
    c.same([done, a_done[0] if a_done else None], "完工点位数")
    a_len = parse_actual(ind["新建改造雨水管网长度"]["实际完成值"])
    c.same([length, a_len[0] if a_len else None], "雨水管网长度")
    t_len = parse_target(ind["新建改造雨水管网长度"]["年度指标值"])
    if a_len and t_len:
        if abs(a_len[0].value / t_len[1].value * 100 - length_r.value) > length_r.tol():
            c.fail("completion_mismatch", "text completion of 雨水管网长度")
    a_in = parse_actual(ind["新增及更换雨水口"]["实际完成值"])
    c.same([inlets, a_in[0] if a_in else None], "雨水口数量")
    c.rate(happy, valid, sat, "满意度 = 满意份数 / 有效问卷")
    c.le100(sat, "满意度 (text)")
    a_sat = parse_actual(ind["周边居民及商户满意度"]["实际完成值"])
    if a_sat and a_sat[1] == "%":
        c.rate(happy, valid, a_sat[0], "自评表满意度 = 满意份数 / 有效问卷")
    a_on = parse_actual(ind["工程按期完工率"]["实际完成值"])
    t_cnt = parse_target(ind["易涝点改造完成数量"]["年度指标值"])
    if a_on and a_done and t_cnt:
        c.rate(a_done[0], t_cnt[1], a_on[0], "按期完工率 = 完工点位 / 计划点位")
    tw, ts = weights_scores(c, ind_rows, extra_w=cell(ft, "分值"), extra_s=cell(ft, "得分"))
    grades(c, [ts])
    years(c, Y)


def lishui(c):
    Y = 2021
    b_ann = c.num(rf"全年预算{W('n')}万元，其中市级财政资金", unit="万元")
    city = c.num(rf"市级财政资金{W('n')}万元（", unit="万元")
    prov = c.num(rf"省级补助资金{W('n')}万元、上年结转资金", unit="万元")
    carry = c.num(rf"上年结转资金{W('n')}万元。实际到位", unit="万元")
    recv = c.num(rf"实际到位{W('n')}万元", unit="万元")
    recv_r = c.num(rf"到位率{W('n')}%；", unit="%")
    prov_in = c.num(rf"省级补助资金到位{W('n')}万元", unit="万元")
    prov_left = c.num(rf"其余{W('n')}万元年内未到位", unit="万元")
    spent = c.num(rf"全年执行{W('n')}万元", unit="万元")
    ex_r = c.num(rf"预算执行率{W('n')}%，低于90%", unit="%")
    bal = c.num(rf"结余{W('n')}万元，已结转至", unit="万元")
    carry_sp = c.num(rf"上年结转资金{W('n')}万元已全部支出", unit="万元")
    cur_r = c.num(rf"当年财政拨款执行率{W('n')}%", unit="%")
    works = c.num(rf"易涝点改造工程款{W('n')}万元", unit="万元")
    o = c.nums(rf"分别支出{W('a')}万元、{W('b')}万元和{W('c')}万元", "abc", "万元")
    share = c.num(rf"预付款为合同价的{W('n')}%", unit="%")
    ctot = c.num(rf"合同总额{W('n')}万元", unit="万元")
    avg = c.num(rf"平均每处{W('n')}万元", unit="万元")
    site1 = c.num(rf"泵站扩容合同金额{W('n')}万元", unit="万元")
    done = c.num(rf"(?P<n>\d+)处易涝点完工并通过验收", unit="处")
    late = c.word(r"完工并通过验收，(?P<g>[^，。；\n]+?)工程因")
    final = c.num(rf"完工验收后支付至合同价的{W('n')}%", unit="%")
    ret = c.num(rf"余{W('n')}%为质保金", unit="%")
    cap = c.num(rf"累计不超过合同价的{W('n')}%", unit="%")
    n_sites = c.num(rf"(?P<n>\d+)处易涝点合同总额", unit="处")
    plan = [c.num(rf"内容包括(?P<n>\d+)处易涝点改造", unit="处"),
            c.num(rf"绩效目标\n完成(?P<n>\d+)处易涝点改造", unit="处"), n_sites]
    g_len = c.num(rf"清淤疏通排水管网不少于{W('n')}公里", unit="公里")
    g_pump = c.num(rf"购置移动排涝泵车(?P<n>\d+)台；", unit="台")
    g_dep = c.num(rf"积水深度不超过(?P<n>\d+)厘米", unit="厘米")
    length = c.num(rf"全年清淤疏通排水管网{W('n')}(?P<u>公里)")
    pre = c.num(rf"其中汛前完成比例{W('n')}%", unit="%")
    pumps = c.num(rf"购置移动排涝泵车{W('n')}(?P<u>台)，")
    up = c.nums(rf"新建雨水管道综合单价{W('a')}元/米，低于{W('b')}元/米", "ab", "元/米")
    depth = c.num(rf"最大积水深度{W('n')}(?P<u>厘米)，较2020年")
    online = c.num(rf"积水监测点在线率{W('n')}%。", unit="%")
    sat = c.num(rf"周边居民满意度{W('n')}%，", unit="%")
    gw = c.nums(rf"预算执行率{W('e')}分、产出指标{W('o')}分、效益指标{W('b')}分、满意度指标{W('s')}分",
                "eobs")
    total = c.num(rf"项目得分{W('n')}分")

    f = funds_table(c, c.table("资金来源", ("实际到位数",)), "年度资金总额")
    items, stot = site_table(c, c.table("序号", ("合同金额",)), share, final, ret,
                             term=lambda r: ("le", cap) if r["点位名称"] == late else ("eq", final))
    ind_rows = c.table("一级指标", ("分值", "年度指标值"))
    ind = indicator_rows(c, ind_rows)
    ft, fc, fk = f.get("年度资金总额", {}), f.get("其中：当年财政拨款", {}), f.get("上年结转资金", {})
    tg = lambda k: parse_target(ind[k]["年度指标值"])[1]  # noqa: E731
    c.same(plan + [Num(str(len(items)), "处"), tg("易涝点改造完成数量")], "计划改造点位数")
    c.same([done, Num(str(sum(1 for r in items if r["点位名称"] != late)), "处")], "完工点位数 = 合同表")
    c.same([g_len, tg("排水管网清淤疏通长度")], "清淤疏通目标")
    c.same([g_pump, tg("新增移动排涝泵车")], "泵车目标")
    c.same([g_dep, tg("改造点位强降雨积水深度")], "积水深度目标")

    c.sum(b_ann, [city, prov, carry], "全年预算 = 市级 + 省级 + 上年结转")
    c.same([b_ann, cell(ft, "全年预算数", "万元")], "全年预算")
    c.same([recv, cell(ft, "实际到位数", "万元")], "到位资金")
    c.same([spent, cell(ft, "全年执行数", "万元")], "全年执行数")
    c.same([carry, carry_sp, cell(fk, "全年预算数", "万元"), cell(fk, "全年执行数", "万元")], "上年结转")
    c.sum(recv, [city, prov_in, carry], "到位 = 市级 + 省级到位 + 结转")
    c.sum(prov, [prov_in, prov_left], "省级 = 到位 + 未到位")
    c.rate(recv, b_ann, recv_r, "到位率 (text)")
    c.rate(spent, b_ann, ex_r, "执行率 (text)")
    c.statement(ex_r is not None and ex_r.value < 90, "rate_mismatch", "text says 执行率 below 90%")
    c.balance(recv, spent, bal, "结余 = 到位 − 执行")
    c.rate(cell(fc, "全年执行数", "万元"), cell(fc, "全年预算数", "万元"), cur_r, "当年财政拨款执行率 (text)")
    c.sum(spent, [works] + o, "执行 = 工程款 + 其他三项")
    c.same([works, cell(stot, "累计支付", "万元")], "工程款 = 累计支付合计")
    c.same([ctot, cell(stot, "合同金额", "万元")], "合同总额")
    c.average([cell(r, "合同金额", "万元") for r in items], avg, "平均每处合同金额 (table rows)")
    if ctot is not None and avg is not None and n_sites is not None:
        if abs(ctot.value / n_sites.value - avg.value) > avg.tol():
            c.fail("average_mismatch", "平均每处 vs 合同总额 / 点位数")
    c.same([site1, cell(items[0], "合同金额", "万元")], "丽阳街合同金额")
    a = lambda k: (parse_actual(ind[k]["实际完成值"]) or (None,))[0]  # noqa: E731
    c.same([done, a("易涝点改造完成数量")], "完工点位数")
    c.same([length, a("排水管网清淤疏通长度")], "清淤疏通长度")
    c.same([pre, a("汛前（6月15日前）管网清疏完成比例")], "汛前清疏比例")
    c.same([pumps, a("新增移动排涝泵车")], "泵车数量")
    c.same([up[0], a("新建雨水管道综合单价")], "综合单价")
    c.same([up[1], parse_target(ind["新建雨水管道综合单价"]["年度指标值"])[1]], "单价控制标准")
    c.statement(up[0] is not None and up[1] is not None and up[0].value < up[1].value,
                "conflicting_values", "综合单价 低于 控制标准")
    c.same([depth, a("改造点位强降雨积水深度")], "积水深度")
    c.same([online, a("积水监测点在线率")], "在线率")
    c.same([sat, a("周边居民满意度")], "满意度")
    c.rate(spent, b_ann, a("预算执行率"), "自评表执行率")
    e, o_, b, s = gw
    tw, ts = weights_scores(c, ind_rows, totals_text=[total],
                            group_weights={"预算执行": e, "产出指标": o_, "效益指标": b, "满意度指标": s})
    grades(c, [ts, total])
    years(c, Y)


def neijiang(c):
    Y = 2022
    inc = c.num(rf"全年收入预算{W('n')}万元", unit="万元")
    fin = c.num(rf"其中财政拨款{W('n')}万元", unit="万元")
    carry = c.num(rf"上年结转{W('n')}万元、其他收入", unit="万元")
    oth = c.num(rf"其他收入{W('n')}万元。", unit="万元")
    exp = c.num(rf"全年支出预算{W('n')}万元", unit="万元")
    basic = c.num(rf"其中基本支出{W('n')}万元、项目支出", unit="万元")
    proj = c.num(rf"、项目支出{W('n')}万元。", unit="万元")
    comps = c.nums(rf"城市内涝治理及易涝点改造专项{W('a')}万元、城市排水管网清疏养护{W('b')}万元、"
                   rf"城镇老旧小区改造前期工作经费{W('c')}万元、建筑市场及质量安全监管{W('d')}万元、"
                   rf"燃气安全专项整治{W('e')}万元、其他业务工作经费{W('f')}万元", "abcdef", "万元")
    spent = c.num(rf"全年支出{W('n')}万元，预算执行率", unit="万元")
    ex_r = c.num(rf"全年支出{NUM}万元，预算执行率{W('n')}%", unit="%")
    b_sp = c.num(rf"其中基本支出{W('n')}万元，执行率", unit="万元")
    b_r = c.num(rf"其中基本支出{NUM}万元，执行率{W('n')}%", unit="%")
    p_sp = c.num(rf"项目支出{W('n')}万元，项目支出执行率", unit="万元")
    p_r = c.num(rf"项目支出执行率{W('n')}%", unit="%")
    jz = c.num(rf"结转结余{W('n')}万元，结转结余率", unit="万元")
    jz_r = c.num(rf"结转结余率{W('n')}%。", unit="%")
    sg = c.num(rf"“三公”经费支出{W('n')}万元，控制在", unit="万元")
    sg_cap = c.num(rf"控制在年初预算{W('n')}万元以内", unit="万元")
    nl_sp = c.num(rf"专项全年支出{W('n')}万元", unit="万元")
    nl_r1 = c.num(rf"专项全年支出{NUM}万元，执行率{W('n')}%", unit="%")
    nl_r2 = c.num(rf"易涝点改造专项执行率{W('n')}%", unit="%")
    nl_parts = [c.num(rf"其中易涝点改造工程款{W('n')}(?P<u>万元|元|亿元)"),
                c.num(rf"排水防涝应急物资{W('n')}万元", unit="万元"),
                c.num(rf"积水监测设备{W('n')}万元", unit="万元")]
    nl_un = c.num(rf"未支出的{W('n')}万元结转至", unit="万元")
    share = c.num(rf"预付款为合同价的{W('n')}%", unit="%")
    p85 = c.num(rf"完工后进度款付至合同价的{W('n')}%", unit="%")
    final = c.num(rf"结算审计完成后付至{W('n')}%", unit="%")
    ret = c.num(rf"余{W('n')}%为质保金", unit="%")
    sg_last = c.num(rf"较2021年的{W('n')}万元继续下降", unit="万元")
    plan = c.num(rf"计划完成中心城区(?P<n>\d+)处易涝点改造", unit="处")
    plan_len = c.num(rf"清疏排水管网{W('n')}公里以上", unit="公里")
    done = c.num(rf"完成(?P<n>\d+)处易涝点改造并全部投入使用", unit="处")
    length = c.num(rf"全年清疏排水管网{W('n')}(?P<u>公里)")
    cover = c.num(rf"监督抽查覆盖率{W('n')}%；", unit="%")
    gas = c.num(rf"按期整改率{W('n')}%，", unit="%")
    drain = c.num(rf"积水消退时间为{W('n')}(?P<u>分钟)")
    sat = c.num(rf"群众满意度为{W('n')}%", unit="%")
    total = c.num(rf"自评得分{W('n')}分")

    f = funds_table(c, c.table("支出项目", ("全年预算数",)), "支出合计")
    items, stot = site_table(c, c.table("序号", ("合同金额",)), share, final, ret,
                             term=lambda r: {"已完成": ("eq", final), "审计中": ("eq", p85)}.get(r["结算审计"]))
    ind_rows = c.table("一级指标", ("分值", "指标值"))
    ind = indicator_rows(c, ind_rows, target_key="指标值")
    ft, fb, fp = f.get("支出合计", {}), f.get("基本支出", {}), f.get("项目支出", {})

    c.sum(inc, [fin, carry, oth], "收入 = 财政拨款 + 上年结转 + 其他收入")
    c.sum(exp, [basic, proj], "支出预算 = 基本 + 项目")
    c.sum(proj, comps, "项目支出 = 六个项目之和")
    c.same([inc, exp, cell(ft, "全年预算数", "万元")], "全年预算")
    c.same([basic, cell(fb, "全年预算数", "万元")], "基本支出预算")
    c.same([proj, cell(fp, "全年预算数", "万元")], "项目支出预算")
    c.same([spent, cell(ft, "全年执行数", "万元")], "全年支出")
    c.same([b_sp, cell(fb, "全年执行数", "万元")], "基本支出执行")
    c.same([p_sp, cell(fp, "全年执行数", "万元")], "项目支出执行")
    c.sum(spent, [b_sp, p_sp], "支出 = 基本 + 项目 (text)")
    c.rate(spent, exp, ex_r, "执行率 (text)")
    c.rate(b_sp, basic, b_r, "基本支出执行率 (text)")
    c.rate(p_sp, proj, p_r, "项目支出执行率 (text)")
    c.balance(exp, spent, jz, "结转结余 = 预算 − 支出")
    c.rate(jz, exp, jz_r, "结转结余率 (text)")
    a = lambda k: (parse_actual(ind[k]["实际完成值"]) or (None,))[0]  # noqa: E731
    tg = lambda k: parse_target(ind[k]["指标值"])[1]  # noqa: E731
    c.rate(spent, exp, a("部门预算执行率"), "自评表执行率")
    c.rate(jz, exp, a("结转结余率"), "自评表结转结余率")
    c.same([sg, a("“三公”经费支出")], "三公经费")
    c.same([sg_cap, tg("“三公”经费支出")], "三公经费控制数")
    c.statement(sg is not None and sg_cap is not None and sg.value <= sg_cap.value,
                "conflicting_values", "三公经费 控制在 预算以内")
    c.statement(sg is not None and sg_last is not None and sg.value < sg_last.value,
                "conflicting_values", "三公经费 较上年继续下降")
    c.rate(nl_sp, comps[0], nl_r1, "内涝专项执行率 (二)")
    c.rate(nl_sp, comps[0], nl_r2, "内涝专项执行率 (五)")
    c.sum(nl_sp, nl_parts, "内涝专项支出 = 工程款 + 物资 + 监测设备")
    c.same([nl_parts[0], cell(stot, "累计支付", "万元")], "工程款 = 累计支付合计")
    c.balance(comps[0], nl_sp, nl_un, "内涝专项未支出")
    c.same([plan, tg("易涝点改造完成数量")], "计划点位数")
    c.same([plan_len, tg("城市排水管网清疏长度")], "清疏计划长度")
    c.same([done, a("易涝点改造完成数量")], "完工点位数")
    c.same([Num(str(len(items)), "处"), done], "完工点位数 = 合同表点位数")
    c.same([length, a("城市排水管网清疏长度")], "清疏长度")
    c.same([cover, a("在建工程质量安全监督抽查覆盖率")], "抽查覆盖率")
    c.same([gas, a("燃气安全隐患按期整改率")], "按期整改率")
    c.same([drain, a("改造点位积水消退时间")], "积水消退时间")
    c.same([sat, a("群众满意度")], "群众满意度")
    tw, ts = weights_scores(c, ind_rows, totals_text=[total])
    grades(c, [ts, total])
    years(c, Y)


def liaocheng(c):
    Y = 2023
    init = c.num(rf"年初预算{W('n')}万元，均为当年财政拨款", unit="万元")
    cut = c.num(rf"调减当年财政拨款{W('n')}万元", unit="万元")
    carry = c.num(rf"上年结转资金{W('n')}万元纳入本项目", unit="万元")
    ann = c.num(rf"全年预算调整为{W('n')}万元", unit="万元")
    spent = c.num(rf"全年执行{W('n')}万元", unit="万元")
    r = c.nums(rf"预算执行率{W('a')}%，其中当年财政拨款执行率{W('b')}%，上年结转资金执行率{W('c')}%",
               "abc", "%")
    unsp = c.num(rf"未执行的{W('n')}万元结转至", unit="万元")
    works = c.num(rf"工程款{W('n')}万元，勘察设计费", unit="万元")
    o = c.nums(rf"勘察设计费{W('a')}万元，工程监理费{W('b')}万元，地下管线探测及CCTV检测费{W('c')}万元",
               "abc", "万元")
    share = c.num(rf"签约后支付合同价的{W('n')}%作为预付款", unit="%")
    final = c.num(rf"竣工验收合格后付至{W('n')}%", unit="%")
    ret = c.num(rf"余{W('n')}%为质保金", unit="%")
    plan = c.num(rf"计划对东昌府区(?P<n>\d+)处积水点", unit="处")
    g_sat = c.num(rf"满意度不低于{W('n')}%", unit="%")
    g_flood = c.num(rf"少于(?P<n>\d+)处的目标", unit="处")
    n_rain = c.num(rf"汛期(?P<n>\d+)次强降雨过程中", unit="次")
    goals = c.nums(rf"完成(?P<a>\d+)处积水点改造，新建雨水管道不少于{W('b')}公里，(?P<c>\d+)处以上积水点",
                   "abc")
    goal_lim = c.nums(rf"最大积水深度不超过{W('a')}厘米，积水消退时间不超过{W('b')}分钟", "ab")
    done = c.num(rf"(?P<n>\d+)处积水点完工并通过竣工验收", unit="处")
    flood = c.num(rf"主汛期前完工(?P<n>\d+)处", unit="处")
    length = c.num(rf"新建雨水管道{W('n')}(?P<u>公里)，完成年度目标")
    length_r = c.num(rf"完成年度目标的{W('n')}%", unit="%")
    depths = c.nums(rf"平均积水深度分别为(?P<a>\d+)厘米、(?P<b>\d+)厘米、(?P<c>\d+)厘米和(?P<d>\d+)厘米",
                    "abcd", "厘米")
    avg = c.num(rf"四次平均(?P<n>\d+)(?P<u>厘米)")
    maxd = c.num(rf"最大积水深度达{W('n')}(?P<u>厘米)")
    drain = c.num(rf"积水消退用时{W('n')}(?P<u>分钟)")
    gw = c.nums(rf"预算执行率{W('e')}分，产出、效益、满意度指标分别为{W('o')}分、{W('b')}分和{W('s')}分",
                "eobs")
    total = c.num(rf"综合得分{W('n')}分")

    f = funds_table(c, c.table("资金情况（万元）", ("全年预算数",)), "年度资金总额")
    items, stot = site_table(c, c.table("序号", ("合同金额",)), share, final, ret,
                             term=lambda r: {"已完工": ("eq", final), "未开工": ("eq", share)}.get(r["实施状态"]))
    ind_rows = c.table("一级指标", ("分值", "年度指标值"))
    ind = indicator_rows(c, ind_rows)
    ft, fc, fk = f.get("年度资金总额", {}), f.get("其中：当年财政拨款", {}), f.get("上年结转资金", {})
    c.same([plan, Num(str(len(items)), "处")], "计划点位数 = 合同表点位数")
    c.same([g_sat, parse_target(ind["沿线居民及商户满意度"]["年度指标值"])[1]], "满意度目标")
    c.same([g_flood, parse_target(ind["汛前（6月30日前）完工点位数"]["年度指标值"])[1]], "汛前完工目标 (四)")
    c.same([n_rain, Num(str(len([d for d in depths if d is not None])), "次")], "强降雨次数 = 积水深度个数")

    c.sum(ann, [init, cut, carry], "全年 = 年初 − 调减 + 上年结转", signs=[1, -1, 1])
    c.sum(cell(fc, "全年预算数", "万元"), [init, cut], "当年财政拨款全年 = 年初 − 调减", signs=[1, -1])
    c.same([init, cell(ft, "年初预算数", "万元"), cell(fc, "年初预算数", "万元")], "年初预算")
    c.same([ann, cell(ft, "全年预算数", "万元")], "全年预算")
    c.same([carry, cell(fk, "全年预算数", "万元")], "上年结转")
    c.same([spent, cell(ft, "全年执行数", "万元")], "全年执行")
    c.rate(spent, ann, r[0], "执行率 (text)")
    c.rate(cell(fc, "全年执行数", "万元"), cell(fc, "全年预算数", "万元"), r[1], "当年财政拨款执行率 (text)")
    c.rate(cell(fk, "全年执行数", "万元"), cell(fk, "全年预算数", "万元"), r[2], "上年结转执行率 (text)")
    c.balance(ann, spent, unsp, "结转 = 全年 − 执行")
    c.sum(spent, [works] + o, "执行 = 工程款 + 三项费用")
    c.same([works, cell(stot, "累计支付", "万元")], "工程款 = 累计支付合计")
    a = lambda k: (parse_actual(ind[k]["实际完成值"]) or (None,))[0]  # noqa: E731
    tg = lambda k: parse_target(ind[k]["年度指标值"])[1]  # noqa: E731
    c.same([Num(str(len(items)), "处"), Num(goals[0].raw, "处") if goals[0] else None,
            tg("积水点改造完成数量")], "计划点位数")
    c.same([Num(goals[1].raw, "公里") if goals[1] else None, tg("新建雨水管道长度")], "计划管道长度")
    c.same([Num(goals[2].raw, "处") if goals[2] else None, tg("汛前（6月30日前）完工点位数")], "汛前完工目标")
    c.same([Num(goal_lim[0].raw, "厘米") if goal_lim[0] else None, tg("改造点位汛期最大积水深度")], "积水深度目标")
    c.same([Num(goal_lim[1].raw, "分钟") if goal_lim[1] else None, tg("改造点位积水消退时间")], "消退时间目标")
    done_sites = sum(1 for x in items if x.get("实施状态") == "已完工")
    c.same([done, Num(str(done_sites), "处"), a("积水点改造完成数量")], "完工点位数")
    c.same([flood, a("汛前（6月30日前）完工点位数")], "汛前完工点位")
    c.same([length, a("新建雨水管道长度")], "新建管道长度")
    al, tl = a("新建雨水管道长度"), tg("新建雨水管道长度")
    if al is not None and tl is not None and abs(al.value / tl.value * 100 - length_r.value) > length_r.tol():
        c.fail("completion_mismatch", "text completion of 新建雨水管道长度")
    c.average(depths, avg, "四次平均积水深度")
    c.same([maxd, a("改造点位汛期最大积水深度")], "最大积水深度")
    c.same([drain, a("改造点位积水消退时间")], "积水消退时间")
    e, o_, b, s = gw
    tw, ts = weights_scores(c, ind_rows, extra_w=cell(ft, "分值"), extra_s=cell(ft, "得分"),
                            totals_text=[total],
                            group_weights={"__extra__": e, "产出指标": o_, "效益指标": b, "满意度指标": s})
    grades(c, [ts, total])
    years(c, Y)


def qinzhou(c):
    Y = 2025
    bud = c.num(rf"{Y}年项目预算{W('n')}万元", unit="万元")
    init = c.num(rf"年初预算{W('n')}万元，年内未调整", unit="万元")
    src = c.nums(rf"其中中央预算内投资{W('a')}万元，由市财政局于\d+年\d+月提前下达；自治区补助资金{W('b')}万元、"
                 rf"市级配套资金{W('c')}万元", "abc", "万元")
    recv_r = c.num(rf"资金全部到位，到位率{W('n')}%", unit="%")
    spent = c.num(rf"项目支出{W('n')}万元，预算执行率", unit="万元")
    ex_r = c.num(rf"项目支出{NUM}万元，预算执行率{W('n')}%", unit="%")
    unsp = c.num(rf"未支出的{W('n')}万元", unit="万元")
    sr = c.nums(rf"中央预算内投资执行率{W('a')}%，自治区补助资金执行率{W('b')}%，市级配套资金执行率{W('c')}%",
                "abc", "%")
    works = c.num(rf"支出构成：工程款{W('n')}万元", unit="万元")
    k = c.num(rf"移动排涝泵车(?P<n>\d+)台共", unit="台")
    pumps = c.num(rf"台共{W('n')}万元", unit="万元")
    o = c.nums(rf"内涝监测预警平台{W('a')}万元；勘察设计及监理费{W('b')}万元", "ab", "万元")
    share = c.num(rf"预付款为合同价的{W('n')}%", unit="%")
    final = c.num(rf"完工验收后付至合同价的{W('n')}%", unit="%")
    ret = c.num(rf"余{W('n')}%为质保金", unit="%")
    intro = c.nums(rf"主要内容为(?P<a>\d+)处易涝点改造、沙埠江排涝泵站扩容、购置移动排涝泵车(?P<b>\d+)台", "ab")
    all_done = c.num(rf"(?P<n>\d+)处易涝点改造全部完工并通过验收", unit="处")
    g_dur = c.num(rf"积水时长不超过(?P<n>\d+)分钟", unit="分钟")
    g_sat = c.num(rf"市民满意度不低于{W('n')}%", unit="%")
    goal = c.nums(rf"完成(?P<a>\d+)处易涝点改造，沙埠江排涝泵站主体工程完成(?P<b>\d+)%以上；购置移动排涝泵车(?P<c>\d+)台",
                  "abc")
    pre = c.num(rf"汛前排水管网清疏完成率{W('n')}%。", unit="%")
    dur = c.num(rf"积水时长控制在{W('n')}(?P<u>分钟)")
    timely = c.num(rf"发布及时率{W('n')}%，", unit="%")
    online = c.num(rf"平台在线率{W('n')}%，", unit="%")
    sat = c.num(rf"市民满意度{W('n')}%。各项", unit="%")
    ls = c.nums(rf"分别得分{W('e')}分、{W('o')}分、{W('b')}分和{W('s')}分", "eobs")
    total = c.num(rf"综合得分{W('n')}分")

    frows = c.table("资金来源", ("全年预算数",))
    f = funds_table(c, frows, "合计")
    items, stot = site_table(c, c.table("序号", ("合同金额",)), share, final, ret,
                             term=lambda r: None if "泵站" in r["项目点位"] else ("eq", final))
    det_rows = c.table("一级指标", ("年度指标值", "完成率"))
    det = indicator_rows(c, det_rows)
    sc_rows = c.table("一级指标", ("分值", "得分"))
    indicator_rows(c, sc_rows, name_key="二级指标", target_key="__none__")
    ft = f.get("合计", {})

    c.same([bud, init], "年内未调整：年初 = 全年")
    c.sum(bud, src, "预算 = 中央 + 自治区 + 市级")
    c.same([bud, cell(ft, "全年预算数", "万元")], "全年预算")
    for name, x in zip(("中央预算内投资", "自治区补助资金", "市级配套资金"), src):
        c.same([x, cell(f.get(name, {}), "全年预算数", "万元")], f"{name} 预算")
    for name, x in zip(("中央预算内投资", "自治区补助资金", "市级配套资金"), sr):
        row = f.get(name, {})
        c.rate(cell(row, "全年执行数", "万元"), cell(row, "全年预算数", "万元"), x, f"{name} 执行率 (text)")
    c.statement(recv_r is not None and recv_r.value == 100, "rate_mismatch", "资金全部到位 ⇒ 到位率100%")
    c.same([spent, cell(ft, "全年执行数", "万元")], "全年执行")
    c.rate(spent, bud, ex_r, "执行率 (text)")
    c.balance(bud, spent, unsp, "未支出 = 预算 − 执行")
    c.sum(spent, [works, pumps] + o, "执行 = 工程款 + 泵车 + 平台 + 设计监理")
    c.same([works, cell(stot, "累计支付", "万元")], "工程款 = 累计支付合计")
    c.same([k, Num(goal[2].raw, "台") if goal[2] else None,
            Num(intro[1].raw, "台") if intro[1] else None], "泵车台数")
    c.same([Num(intro[0].raw, "处") if intro[0] else None, all_done,
            Num(goal[0].raw, "处") if goal[0] else None,
            Num(str(sum(1 for r in items if "泵站" not in r["项目点位"])), "处")], "易涝点个数")
    c.same([g_dur, parse_target(det["改造点位积水时长"]["年度指标值"])[1]], "积水时长目标")
    c.same([g_sat, parse_target(det["市民满意度"]["年度指标值"])[1]], "满意度目标")
    a = lambda key: (parse_actual(det[key]["实际完成值"]) or (None,))[0]  # noqa: E731
    tg = lambda key: parse_target(det[key]["年度指标值"])[1]  # noqa: E731
    unit_cost = a("移动排涝泵车单台购置价格")
    if unit_cost is not None and pumps is not None and k is not None:
        if abs(pumps.value / k.value - unit_cost.value) > unit_cost.tol():
            c.fail("average_mismatch", "单台价格 ≠ 泵车总价 / 台数")
    c.same([Num(goal[0].raw, "处") if goal[0] else None, tg("易涝点改造完成数量")], "改造点位目标")
    c.same([Num(goal[1].raw, "%") if goal[1] else None, tg("沙埠江排涝泵站主体工程完成进度")], "泵站进度目标")
    c.same([Num(str(sum(1 for r in items if r["支付比例"] == "97.00%")), "处"), a("易涝点改造完成数量")],
           "完工点位数 = 合同表中付至97%的点位")
    c.same([pre, a("汛前排水管网清疏完成率")], "汛前清疏完成率")
    c.same([dur, a("改造点位积水时长")], "积水时长")
    c.same([timely, a("内涝预警信息发布及时率")], "预警及时率")
    c.same([online, a("内涝监测预警平台在线率")], "平台在线率")
    c.same([sat, a("市民满意度")], "市民满意度")
    e, o_, b, s = ls
    tw, ts = weights_scores(c, sc_rows, totals_text=[total],
                            group_scores={"预算执行": e, "产出指标": o_, "效益指标": b, "满意度指标": s})
    c._check("score_sum_mismatch", "level-1 scores add up to the total", [total] + list(ls),
             lambda v, o: abs(sum(v[1:], D(0)) - v[0]) <= o[0].tol())
    # single-indicator level-2 rows: score follows the rule (warning only)
    srow = {r["二级指标"]: r for r in sc_rows}
    c.warn_score(cell(srow["预算执行率"], "得分"),
                 [q2(D(10) * spent.wan / bud.wan), q2(D(10) * ex_r.value / 100)], "execution score")
    tcomp = parse_actual(det["汛前排水管网清疏完成率"]["实际完成值"])
    if tcomp:
        c.warn_score(cell(srow["时效指标"], "得分"), [q2(D(10) * tcomp[0].value / 100)], "时效指标")
    grades(c, [ts, total])
    years(c, Y)


PROJECTS = {
    "jingmen-yilaodian-2019": jingmen,
    "lishui-neilao-2021": lishui,
    "neijiang-zhujian-bumen-2022": neijiang,
    "liaocheng-jishuidian-2023": liaocheng,
    "qinzhou-paishui-2025": qinzhou,
}


def check_case(source, text, name):
    c = Ctx(name, text)
    try:
        PROJECTS[source](c)
    except Exception as exc:  # a crash is a parse problem, never a pass
        c.fail("parse_error", f"exception {type(exc).__name__}: {exc}")
    return c.findings


def edit_span(a, b):
    """Common prefix/suffix diff: (start, old_end, new_end)."""
    i = 0
    n = min(len(a), len(b))
    while i < n and a[i] == b[i]:
        i += 1
    j = 0
    while j < n - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    labels = [json.loads(l) for l in open(LABELS, encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append(f"labels.jsonl has {len(labels)} lines, expected 35")
    codes = Counter()
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    sources = sorted({r["source"] for r in labels})
    if sources != sorted(PROJECTS):
        problems.append(f"sources {sources} differ from projects")
    warn_log = []
    for rec in labels:
        name, text = rec["case"], texts[rec["case"]]
        findings = check_case(rec["source"], text, name)
        got = {code for code, _ in findings}
        errors = got - WARNINGS
        if rec["clean"]:
            if rec["expected"] or findings:
                problems.append(f"{name}: clean draft fails: {findings}")
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append(f"{name}: {n} characters, outside 1,500–5,000")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: {len(exp)} expected findings, want exactly 1")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        codes[code] += 1
        if exp[0].get("severity") != "error" or code not in CODES_A:
            problems.append(f"{name}: bad code/severity {exp[0]}")
        if errors != {code}:
            problems.append(f"{name}: labelled {code}, checks fail {sorted(errors)}: {findings}")
        if got & WARNINGS:
            warn_log.append(f"{name}: also warns {sorted(got & WARNINGS)}")
        if text.count(value) != 1:
            problems.append(f"{name}: value {value!r} occurs {text.count(value)} times")
        clean = texts[f"{rec['source']}-clean.txt"]
        s, oe, ne = edit_span(clean, text)
        if clean == text:
            problems.append(f"{name}: identical to its clean draft")
        if oe - s > 40 or ne - s > 40:
            problems.append(f"{name}: edit spans {oe - s}/{ne - s} characters (> 40)")
        vs = text.find(value)
        ve = vs + len(value)
        es, ee = s, max(ne, s + 1)
        if not (vs < ee and es < ve):
            problems.append(f"{name}: value at [{vs},{ve}) does not overlap the edit [{s},{ne})")
    for code in CODES_A:
        if codes[code] < 2:
            problems.append(f"code {code} used {codes[code]} times (< 2)")
    extra = set(codes) - set(CODES_A)
    if extra:
        problems.append(f"codes outside errors.md §A: {extra}")
    for w in warn_log:
        print("note:", w)
    print("codes:", ", ".join(f"{k} {codes[k]}" for k in CODES_A))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
