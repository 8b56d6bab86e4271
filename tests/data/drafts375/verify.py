#!/usr/bin/env python3
"""Verify the draftsNN set in this directory (standard library only).

1. labels.jsonl: one line per case, every label value occurs in its case;
2. every error case differs from its clean draft in one contiguous place that overlaps the
   label value; the changed figure occurs once (twice or more before the edit for
   conflicting_values);
3. every code is used at least twice;
4. the arithmetic of every draft is redone from the figures as they are written in that
   draft (rules.md §5-§8, Decimal, ROUND_HALF_UP, tolerance from the stated decimals):
   clean drafts must pass every check; an error case must fail its labelled code and no
   other error-level code (warnings such as score_rule_mismatch are only reported).

Usage: python3 verify.py [-v] [--dump ID]   (--dump prints the table cells of a clean draft)
"""
import json
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
LABELS = HERE / "labels.jsonl"

CODES13 = [
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
    "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
    "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
    "completion_mismatch",
]

# ---------------------------------------------------------------- values

SIGNS = ["≥", "≤", "＞＝", "＜＝", ">=", "<=", "＞", "＜", ">", "<", "＝", "="]
GTE = {"≥", "＞＝", ">=", "＞", ">"}
LTE = {"≤", "＜＝", "<=", "＜", "<"}


class Val:
    def __init__(self, raw):
        self.raw = raw
        s = raw.strip()
        self.sign = ""
        if s == "":                 # an empty table cell counts as 0 in sums
            s = "0"
        for sg in SIGNS:
            if s.startswith(sg):
                self.sign, s = sg, s[len(sg):].strip()
                break
        m = re.match(r"(-?\d+(?:\.\d+)?)\s*(.*)$", s)
        if m:
            self.num = D(m.group(1))
            self.dec = len(m.group(1).split(".")[1]) if "." in m.group(1) else 0
            self.unit = m.group(2).strip()
        else:
            self.num, self.dec, self.unit = None, 0, s

    @property
    def direction(self):
        if self.sign in GTE:
            return "gte"
        if self.sign in LTE:
            return "lte"
        return "eq"

    @property
    def money(self):
        """True when the figure carries a written money unit."""
        return self.unit.startswith(("万元", "元", "亿元"))

    def wan(self, scale=D(1)):
        """Amount in 万元 (unitless table cells are taken as 万元, the table's unit)."""
        n = self.num * scale
        if self.unit.startswith("亿元"):
            return n * 10000
        if self.unit.startswith("万元"):
            return n
        if self.unit.startswith("元"):
            return n / 10000
        return n

    def kind(self):
        u = self.unit
        if u.startswith("%"):
            return "%"
        if self.money:
            return "money"
        return u  # '' (unitless) or a count unit

    def __repr__(self):
        return "Val(%r)" % self.raw


def tol(v):
    return D("0.5") * (D(10) ** -v.dec) + D("1e-9")


def close(computed, v):
    return abs(computed - v.num) <= tol(v)


def close_w(computed_wan, v):
    """Compare an amount computed in 万元 with a stated figure, tolerance in the figure's own unit."""
    scale = v.wan(D(1)) / v.num if v.num else D(1)
    return abs(computed_wan - v.wan()) <= tol(v) * abs(scale)


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- text and tables

def normalise(text):
    t = re.sub(r"\[bookmark: [^\]]*\]", "", text)
    t = re.sub(r"<td[^>]*>", "\t", t)
    t = re.sub(r"<[^>]+>", "", t)
    return t.replace("&nbsp;", " ")


def rows(text, mode):
    t = normalise(text)
    out = []
    if mode == "blocks":            # Word table flattened one cell per line, blank line between rows
        for block in t.split("\n\n"):
            out.append([ln.strip() for ln in block.split("\n")])
    elif mode == "ws":              # PDF copy: one row per line, cells separated by spaces
        for ln in t.split("\n"):
            out.append(ln.split())
    else:                           # "sep:X": one row per line, cells separated by X
        sep = mode[4:]
        for ln in t.split("\n"):
            out.append([c.strip() for c in ln.split(sep)])
    return out


class Extract:
    def __init__(self, text, mode):
        self.text = text
        self.norm = normalise(text)
        self.rows = rows(text, mode)

    def cell(self, anchor, k):
        hits = [(r, j) for r in self.rows for j, c in enumerate(r) if c == anchor]
        if len(hits) != 1:
            raise LookupError("anchor %r found %d times" % (anchor, len(hits)))
        r, j = hits[0]
        if not 0 <= j + k < len(r):
            raise LookupError("anchor %r has no cell at offset %d" % (anchor, k))
        return r[j + k]

    def get(self, spec):
        kind = spec[0]
        if kind == "c":
            return self.cell(spec[1], spec[2])
        if kind == "cj":
            return "".join(self.cell(spec[1], k) for k in spec[2])
        if kind == "r":
            ms = list(re.finditer(spec[1], self.norm))
            if len(ms) != 1:
                raise LookupError("pattern %r matched %d times" % (spec[1], len(ms)))
            return ms[0].group(1)
        raise ValueError(spec)


# ---------------------------------------------------------------- checks

GRADES = [(D(90), {"优", "优秀"}), (D(80), {"良", "良好"}), (D(60), {"中", "中等", "一般", "合格"}),
          (D("-1"), {"差", "较差", "不合格"})]


def grade_of(score):
    for lo, names in GRADES:
        if score >= lo:
            return names
    return set()


def val(env, name):
    """A field, a literal ('#100') or a sum of fields ('a+b', e.g. a budget stated in two parts)."""
    if name.startswith("#"):
        return Val(name[1:])
    if "+" in name:
        parts = [env[n] for n in name.split("+")]
        v = Val(parts[0].raw)
        v.num = sum((p.wan() for p in parts), D(0))
        v.unit = "万元" if any(p.money for p in parts) else parts[0].unit
        v.dec = max(p.dec for p in parts)
        return v
    return env[name]


def run_check(chk, env):
    """Return None when the check holds, else a message."""
    typ, code = chk[0], chk[1]
    a = chk[2:]
    g = lambda n: val(env, n)
    if typ == "ratio":              # rate(%) = num / den
        num, den, rate = g(a[0]), g(a[1]), g(a[2])
        if den.wan() == 0:
            return None
        c = num.wan() / den.wan() * 100
        return None if close(c, rate) else "%s: %s/%s = %s%%, stated %s" % (a[2], num.raw, den.raw, r2(c), rate.raw)
    if typ == "growth":             # rate(%) = (new - old) / old
        new, old, rate = g(a[0]), g(a[1]), g(a[2])
        c = (new.num - old.num) / old.num * 100
        return None if close(c, rate) else "%s: growth %s%%, stated %s" % (a[2], r2(c), rate.raw)
    if typ == "decline":            # rate(%) = (old - new) / old
        old, new, rate = g(a[0]), g(a[1]), g(a[2])
        c = (old.num - new.num) / old.num * 100
        return None if close(c, rate) else "%s: decline %s%%, stated %s" % (a[2], r2(c), rate.raw)
    if typ == "sum":                # total = sum(parts) within the total's decimals
        total, parts = g(a[0]), [g(p) for p in a[1]]
        c = sum((p.wan() for p in parts), D(0))
        return None if close_w(c, total) else "%s: sum %s, stated %s" % (a[0], c, total.raw)
    if typ == "xsum":               # exact sum (weights)
        total, parts = g(a[0]), [g(p) for p in a[1]]
        c = sum((p.num for p in parts), D(0))
        return None if c == total.num else "%s: weights sum %s, stated %s" % (a[0], c, total.raw)
    if typ == "diff":               # res = x - y
        res, x, y = g(a[0]), g(a[1]), g(a[2])
        c = x.wan() - y.wan()
        return None if close_w(c, res) else "%s: %s - %s = %s, stated %s" % (a[0], x.raw, y.raw, c, res.raw)
    if typ == "prod":               # total(万元) = count x unit price
        total, cnt, price = g(a[0]), g(a[1]), g(a[2])
        c = cnt.num * price.wan()
        return None if close_w(c, total) else "%s: %s x %s = %s万元, stated %s" % (a[0], cnt.raw, price.raw, c, total.raw)
    if typ == "eq":                 # the same quantity stated twice
        x, y = g(a[0]), g(a[1])
        if x.kind() != y.kind() and "" not in (x.kind(), y.kind()):
            return None             # incomparable units: left to the unit check
        if x.money and y.money:     # both with a written money unit: compare in 万元
            ok = close_w(x.wan(), y) or close_w(y.wan(), x)
        else:                       # a bare table cell is in the unit of its column
            ok = abs(x.num - y.num) <= max(tol(x), tol(y))
        return None if ok else "%s=%s vs %s=%s" % (a[0], x.raw, a[1], y.raw)
    if typ == "le":                 # 0 <= score <= weight
        s, w = g(a[0]), g(a[1])
        return None if D(0) <= s.num <= w.num else "%s: score %s, weight %s" % (a[0], s.raw, w.raw)
    if typ == "grade":
        s, word = g(a[0]), g(a[1]).raw.strip()
        return None if word in grade_of(s.num) else "grade %s for score %s" % (word, s.raw)
    if typ == "avg":
        avg, items = g(a[0]), [g(p) for p in a[1]]
        c = sum((p.num for p in items), D(0)) / len(items)
        return None if close(c, avg) else "%s: mean %s, stated %s" % (a[0], r2(c), avg.raw)
    if typ == "compl":              # completion(%) from target and actual
        t, act, st = g(a[0]), g(a[1]), g(a[2])
        if t.kind() != act.kind():
            return None
        if t.direction == "lte":
            c = D(100) if act.num <= t.num else t.num / act.num * 100
        else:
            c = act.num / t.num * 100
        return None if close(c, st) else "%s: completion %s%%, stated %s" % (a[2], r2(c), st.raw)
    if typ == "unit":               # actual in the unit of the target
        t, act = g(a[0]), g(a[1])
        return None if t.unit == act.unit else "%s: target %s, actual %s" % (a[1], t.raw, act.raw)
    if typ == "range":
        v, lo, hi = g(a[0]), D(a[1]), D(a[2])
        return None if lo <= v.num <= hi else "%s=%s outside [%s, %s]" % (a[0], v.raw, lo, hi)
    if typ == "zero":               # a rate on a zero base must be blank, '—' or 0
        base, rate = g(a[0]), env[a[1]]
        if base.num != 0:
            return None
        return None if rate.num is None or rate.num == 0 else "%s: rate %s on zero base" % (a[1], rate.raw)
    if typ == "year":               # rel: eq / next (= Y+1) / later (> Y) / eq_or_next / eq_or_dec_before
        y, rel, Y = g(a[0]), a[1], D(a[2])
        ok = {"eq": y.num == Y, "later": y.num > Y, "eq_or_next": y.num in (Y, Y + 1),
              "eq_or_prev": y.num in (Y, Y - 1)}[rel]
        return None if ok else "%s: year %s (evaluation year %s, rule %s)" % (a[0], y.raw, Y, rel)
    if typ == "rule":               # score from target/actual/weight (rules §5), warning only
        s, w, t, act = g(a[0]), g(a[1]), g(a[2]), g(a[3])
        if t.kind() != act.kind():
            return None
        if t.direction == "lte":
            c = w.num if act.num <= t.num else w.num * t.num / act.num
        else:
            c = w.num if act.num >= t.num else w.num * act.num / t.num
        return None if close(c, s) else "%s: rule gives %s, stated %s" % (a[0], r2(c), s.raw)
    if typ == "rule_exec":          # weight x min(rate, 1), rate from amounts or as printed
        s, w, num, den, rate = g(a[0]), g(a[1]), g(a[2]), g(a[3]), g(a[4])
        c1 = w.num * min(num.wan() / den.wan(), D(1))
        c2 = w.num * min(rate.num / 100, D(1))
        return None if close(c1, s) or close(c2, s) else "%s: rule gives %s, stated %s" % (a[0], r2(c1), s.raw)
    if typ == "qual":               # qualitative 'achieved' band [80%, 100%] of the weight
        s, w = g(a[0]), g(a[1])
        return None if w.num * D("0.8") <= s.num <= w.num else "%s: %s outside band of %s" % (a[0], s.raw, w.raw)
    raise ValueError(typ)


MONEY_CHECKS = {"ratio", "sum", "diff", "prod", "eq"}


def evaluate(spec, text):
    """Return (failures, errors) where failures = [(code, severity, message)]."""
    ex = Extract(text, spec["mode"])
    env, problems = {}, []
    for name, fs in spec["fields"].items():
        try:
            env[name] = Val(ex.get(fs))
        except LookupError as e:
            problems.append("field %s: %s" % (name, e))
    if problems:
        return None, problems
    fails = []
    for chk in spec["checks"]:
        msg = run_check(chk, env)
        if msg is None:
            continue
        code = chk[1]
        sev = "warning" if code == "score_rule_mismatch" else "error"
        if chk[0] in MONEY_CHECKS:
            # an amount off by exactly 10^4 (元 written as 万元 or the reverse) is a unit slip
            names = []
            for arg in chk[2:]:
                for n in (arg if isinstance(arg, list) else [arg]):
                    if isinstance(n, str) and not n.startswith("#") and "+" not in n:
                        names.append(n)
            for n in names:
                if n not in env or not env[n].money:
                    continue
                for sc in (D(10000), D("0.0001")):
                    env2 = dict(env)
                    v = Val(env[n].raw)
                    v.num = v.num * sc
                    env2[n] = v
                    if run_check(chk, env2) is None:
                        code, msg = "unit_mismatch", "%s is off by a factor %s: %s" % (n, sc, msg)
                        break
                if code == "unit_mismatch":
                    break
        fails.append((code, sev, msg))
    return fails, []


# ---------------------------------------------------------------- project specs

def C(anchor, k):
    return ("c", anchor, k)


def R(pattern):
    return ("r", pattern)


SPECS = {}

# ---- A: Shandong, Word table flattened one cell per line ------------------------------
A = "sd-zichuan-lndxbanxue-2019"
_rowsA = ["开设班级数", "培训学员人次", "授课课时", "学员结业率", "按计划开课率", "每课时课酬标准",
          "丰富离退休干部精神文化生活", "老年教育办学机制持续完善", "学员满意度"]
fA = {
    "t_init": C("年度资金总额", 1), "t_annual": C("年度资金总额", 2), "t_spent": C("年度资金总额", 3),
    "t_w": C("年度资金总额", 4), "t_rate": C("年度资金总额", 5), "t_score": C("年度资金总额", 6),
    "f_init": C("其中：当年财政拨款", 1), "f_annual": C("其中：当年财政拨款", 2),
    "f_spent": C("其中：当年财政拨款", 3), "f_rate": C("其中：当年财政拨款", 5),
    "c_init": C("上年结转资金", 1), "c_annual": C("上年结转资金", 2), "c_spent": C("上年结转资金", 3),
    "c_rate": C("上年结转资金", 5),
    "o_init": C("其他资金", 1), "o_annual": C("其他资金", 2), "o_spent": C("其他资金", 3),
    "o_rate": C("其他资金", 5),
    "w_total": C("总分", 5), "s_total_t": C("总分", 6),
    "table_year": R(r"（(\d{4})年度）"),
    "title_year": R(r"淄川区委老干部局(\d{4})年度"),
    "p_init": R(r"批复本项目预算([\d.]+万元)"), "p_add": R(r"追加([\d.]+万元)"),
    "p_co_year": R(r"加上(\d{4})年结转的"), "p_co": R(r"年结转的([\d.]+万元)"),
    "p_annual": R(r"全年预算数为([\d.]+万元)"), "p_recv_rate": R(r"到位率([\d.]+%)"),
    "p_sep_spent": R(r"截至9月底项目已支出([\d.]+万元)"), "p_sep_rate": R(r"执行进度([\d.]+%)"),
    "p_cutoff_year": R(r"截至(\d{4})年12月31日"),
    "p_spent": R(r"累计支出([\d.]+万元)"), "p_rate": R(r"预算执行率([\d.]+%)，其中"),
    "p_rate_f": R(r"当年财政拨款执行率([\d.]+%)"),
    "p_fee": R(r"教师课酬([\d.]+万元)"), "p_hours": R(r"全年授课(\d+课时)"), "p_price": R(r"每课时(\d+元)）"),
    "p_equip": R(r"教学设备购置([\d.]+万元)"), "p_rent": R(r"水电物业([\d.]+万元)"),
    "p_show": R(r"成果展演([\d.]+万元)"), "p_books": R(r"办公用品([\d.]+万元)"),
    "p_carry": R(r"年末未支出([\d.]+万元)"), "p_carry_year": R(r"结转(\d{4})年使用"),
    "p_classes": R(r"专业(\d+个)班级"), "p_classes_c": R(r"完成目标的([\d.]+%)"),
    "p_students": R(r"培训学员(\d+人次)，完成率"), "p_students_c": R(r"完成率([\d.]+%)"),
    "p_grad": R(r"学员结业率([\d.]+%)"),
    "p_q_sent": R(r"发放问卷(\d+)份"), "p_q_back": R(r"收回有效问卷(\d+)份"), "p_q_rate": R(r"回收率([\d.]+%)"),
    "p_sat1": R(r"满意度分别为([\d.]+%)、"), "p_sat2": R(r"满意度分别为[\d.]+%、([\d.]+%)、"),
    "p_sat3": R(r"满意度分别为[\d.]+%、[\d.]+%、([\d.]+%)"), "p_sat_avg": R(r"三项平均([\d.]+%)"),
    "p_s_exec": R(r"预算执行得([\d.]+)分"), "p_s_out": R(r"产出指标得([\d.]+)分"),
    "p_s_ben": R(r"效益指标得([\d.]+)分"), "p_s_sat": R(r"满意度指标得([\d.]+)分"),
    "p_s_total": R(r"自评总分([\d.]+)分"), "p_grade": R(r"评价等级为“(\S)”"),
    "p_date_year": R(r"\n(\d{4})年\d+月\d+日\n"),
}
for i, n in enumerate(_rowsA):
    fA["r%d_t" % i] = C(n, 1)
    fA["r%d_a" % i] = C(n, 2)
    fA["r%d_w" % i] = C(n, 3)
    fA["r%d_s" % i] = C(n, 4)
cA = [
    ("sum", "sum_mismatch", "t_init", ["f_init", "c_init", "o_init"]),
    ("sum", "sum_mismatch", "t_annual", ["f_annual", "c_annual", "o_annual"]),
    ("sum", "sum_mismatch", "t_spent", ["f_spent", "c_spent", "o_spent"]),
    ("ratio", "rate_mismatch", "t_spent", "t_annual", "t_rate"),
    ("ratio", "rate_mismatch", "f_spent", "f_annual", "f_rate"),
    ("ratio", "rate_mismatch", "c_spent", "c_annual", "c_rate"),
    ("zero", "implausible_rate", "o_annual", "o_rate"),
    ("range", "implausible_rate", "t_rate", 0, 100), ("range", "implausible_rate", "f_rate", 0, 100),
    ("range", "implausible_rate", "c_rate", 0, 100), ("range", "implausible_rate", "p_recv_rate", 0, 100),
    ("rule_exec", "score_rule_mismatch", "t_score", "t_w", "t_spent", "t_annual", "t_rate"),
    ("le", "score_exceeds_weight", "t_score", "t_w"),
    # prose funds
    ("sum", "sum_mismatch", "p_annual", ["p_init", "p_add", "p_co"]),
    ("sum", "sum_mismatch", "f_annual", ["p_init", "p_add"]),
    ("eq", "conflicting_values", "p_init", "t_init"), ("eq", "conflicting_values", "p_annual", "t_annual"),
    ("eq", "conflicting_values", "p_co", "c_annual"), ("eq", "conflicting_values", "p_spent", "t_spent"),
    ("eq", "conflicting_values", "p_rate", "t_rate"), ("eq", "conflicting_values", "p_rate_f", "f_rate"),
    ("ratio", "rate_mismatch", "p_sep_spent", "p_annual", "p_sep_rate"),
    ("ratio", "rate_mismatch", "p_spent", "p_annual", "p_rate"),
    ("sum", "sum_mismatch", "p_spent", ["p_fee", "p_equip", "p_rent", "p_show", "p_books"]),
    ("prod", "sum_mismatch", "p_fee", "p_hours", "p_price"),
    ("diff", "balance_mismatch", "p_carry", "p_annual", "p_spent"),
    ("year", "year_mismatch", "p_carry_year", "later", 2019),
    ("year", "year_mismatch", "p_co_year", "eq", 2018),
    ("year", "year_mismatch", "p_cutoff_year", "eq", 2019),
    ("year", "year_mismatch", "table_year", "eq", 2019),
    ("year", "year_mismatch", "title_year", "eq", 2019),
    ("year", "year_mismatch", "p_date_year", "eq_or_next", 2019),
    # outputs and satisfaction in prose
    ("eq", "conflicting_values", "p_classes", "r0_a"), ("eq", "conflicting_values", "p_students", "r1_a"),
    ("eq", "conflicting_values", "p_hours", "r2_a"), ("eq", "conflicting_values", "p_grad", "r3_a"),
    ("eq", "conflicting_values", "p_sat_avg", "r8_a"),
    ("compl", "completion_mismatch", "r0_t", "r0_a", "p_classes_c"),
    ("compl", "completion_mismatch", "r1_t", "r1_a", "p_students_c"),
    ("ratio", "rate_mismatch", "p_q_back", "p_q_sent", "p_q_rate"),
    ("avg", "average_mismatch", "p_sat_avg", ["p_sat1", "p_sat2", "p_sat3"]),
    ("range", "implausible_rate", "p_sat1", 0, 100), ("range", "implausible_rate", "p_sat2", 0, 100),
    ("range", "implausible_rate", "p_sat3", 0, 100), ("range", "implausible_rate", "p_sat_avg", 0, 100),
    # indicator table
    ("xsum", "weight_sum_mismatch", "w_total", ["t_w"] + ["r%d_w" % i for i in range(9)]),
    ("xsum", "weight_sum_mismatch", "#100", ["t_w"] + ["r%d_w" % i for i in range(9)]),
    ("sum", "score_sum_mismatch", "s_total_t", ["t_score"] + ["r%d_s" % i for i in range(9)]),
    ("sum", "score_sum_mismatch", "p_s_out", ["r%d_s" % i for i in range(6)]),
    ("sum", "score_sum_mismatch", "p_s_ben", ["r6_s", "r7_s"]),
    ("sum", "score_sum_mismatch", "p_s_sat", ["r8_s"]),
    ("sum", "score_sum_mismatch", "p_s_total", ["p_s_exec", "p_s_out", "p_s_ben", "p_s_sat"]),
    ("eq", "conflicting_values", "p_s_exec", "t_score"), ("eq", "conflicting_values", "p_s_total", "s_total_t"),
    ("grade", "grade_mismatch", "p_s_total", "p_grade"),
] + [("le", "score_exceeds_weight", "r%d_s" % i, "r%d_w" % i) for i in range(9)] \
  + [("unit", "unit_mismatch", "r%d_t" % i, "r%d_a" % i) for i in (0, 1, 2, 3, 4, 5, 8)] \
  + [("rule", "score_rule_mismatch", "r%d_s" % i, "r%d_w" % i, "r%d_t" % i, "r%d_a" % i) for i in (0, 1, 2, 3, 4, 5, 8)] \
  + [("qual", "score_rule_mismatch", "r%d_s" % i, "r%d_w" % i) for i in (6, 7)]
SPECS[A] = {"mode": "blocks", "fields": fA, "checks": cA}

# ---- B: Hubei, PDF copy, 20 + 80 points in goal blocks ----------------------------------
B = "hb-anlu-lndxjiaoxue-2020"
_rowsB = ["预算执行率", "开设班级数", "学员人次", "线上课程", "学员结业率", "课酬发放及时率",
          "补助乡镇老年学校", "补助资金拨付到位率", "线上教学平台运维费", "学员满意度"]
fB = {
    "tbl_year": R(r"年度：(\d{4})年"), "title_year": R(r"\n(\d{4})年度老年大学办学"),
    "date_year": R(r"安陆市委老干部局\n(\d{4})年\d+月"),
    "blk1_w": R(r"保障老年大学正常办学（(\d+)分）"), "blk2_w": R(r"乡镇老年学校补助（(\d+)分）"),
    "blk3_w": R(r"学员满意（(\d+)分）"), "blk0_w": R(r"预算执行（(\d+)分）"),
    "w_total": C("合计", 1), "s_total_t": C("合计", 2),
    "p_budget": R(r"本项目预算([\d.]+万元)"), "p_city": R(r"市级财政安排([\d.]+万元)"),
    "p_prov": R(r"老年教育补助([\d.]+万元)；"), "p_use1": R(r"教学运转([\d.]+万元)"),
    "p_use2": R(r"乡镇老年学校补助([\d.]+万元)。"),
    "p_adv": R(r"市级资金中([\d.]+万元)已于"), "p_adv_year": R(r"已于(\d{4})年12月提前下达"),
    "p_rest": R(r"其余([\d.]+万元)于"), "p_rest_year": R(r"万元于(\d{4})年3月下达"),
    "p_prov_year": R(r"省级补助于(\d{4})年7月到账"), "p_recv_rate": R(r"资金到位率([\d.]+%)"),
    "p_spent": R(r"全年实际支出([\d.]+万元)"), "p_rate": R(r"预算执行率([\d.]+%)。主要支出"),
    "p_fee": R(r"教师课酬([\d.]+万元)"), "p_hours": R(r"合计(\d+课时)"), "p_price": R(r"每课时(\d+元)"),
    "p_sub": R(r"乡镇老年学校补助([\d.]+万元)（"), "p_nsch": R(r"（(\d+)所，每所"),
    "p_per": R(r"每所(\d+元)"), "p_equip": R(r"教学设备([\d.]+万元)"),
    "p_online": R(r"租用及运维([\d.]+万元)"), "p_other": R(r"其他运转支出([\d.]+万元)"),
    "p_bal": R(r"年末结余([\d.]+万元)"), "p_bal_year": R(r"结转至(\d{4})年"),
    "p_classes": R(r"全年开设班级(\d+个)"), "p_students": R(r"培训学员(\d+人次)，因疫情"),
    "p_ly_students": R(r"2019年开设班级\d+个、培训学员(\d+)人次"),
    "p_decline": R(r"同比下降([\d.]+%)"), "p_online_n": R(r"开设线上课程(\d+节)"),
    "p_grad": R(r"学员结业率([\d.]+%)，课酬"), "p_sat": R(r"学员满意度([\d.]+%)；"),
    "p_sat_online": R(r"线上课程的学员满意度([\d.]+%)"),
    "p_w_exec": R(r"预算执行情况占(\d+)分"), "p_w_goals": R(r"三个年度目标合计(\d+)分"),
    "p_s_exec": R(r"预算执行得([\d.]+)分"), "p_s_g1": R(r"目标一得([\d.]+)分"),
    "p_s_g2": R(r"目标二得([\d.]+)分"), "p_s_g3": R(r"目标三得([\d.]+)分"),
    "p_s_total": R(r"自评得分([\d.]+)分"), "p_grade": R(r"，等级为(\S)。"),
}
for i, n in enumerate(_rowsB):
    fB["r%d_w" % i] = C(n, 1)
    fB["r%d_t" % i] = C(n, 2)
    fB["r%d_a" % i] = C(n, 3)
    fB["r%d_c" % i] = C(n, 4)
    fB["r%d_s" % i] = C(n, 5)
cB = [
    ("sum", "sum_mismatch", "p_budget", ["p_city", "p_prov"]),
    ("sum", "sum_mismatch", "p_budget", ["p_use1", "p_use2"]),
    ("sum", "sum_mismatch", "p_city", ["p_adv", "p_rest"]),
    ("year", "year_mismatch", "p_adv_year", "eq_or_prev", 2020),
    ("year", "year_mismatch", "p_rest_year", "eq", 2020), ("year", "year_mismatch", "p_prov_year", "eq", 2020),
    ("year", "year_mismatch", "tbl_year", "eq", 2020), ("year", "year_mismatch", "title_year", "eq", 2020),
    ("year", "year_mismatch", "date_year", "eq_or_next", 2020),
    ("year", "year_mismatch", "p_bal_year", "later", 2020),
    ("range", "implausible_rate", "p_recv_rate", 0, 100),
    ("ratio", "rate_mismatch", "p_spent", "p_budget", "p_rate"),
    ("range", "implausible_rate", "p_rate", 0, 100),
    ("sum", "sum_mismatch", "p_spent", ["p_fee", "p_sub", "p_equip", "p_online", "p_other"]),
    ("prod", "sum_mismatch", "p_fee", "p_hours", "p_price"),
    ("prod", "sum_mismatch", "p_sub", "p_nsch", "p_per"),
    ("eq", "conflicting_values", "p_sub", "p_use2"),
    ("diff", "balance_mismatch", "p_bal", "p_budget", "p_spent"),
    ("eq", "conflicting_values", "p_online", "r8_a"),
    ("eq", "conflicting_values", "p_rate", "r0_a"), ("eq", "conflicting_values", "p_classes", "r1_a"),
    ("eq", "conflicting_values", "p_students", "r2_a"), ("eq", "conflicting_values", "p_online_n", "r3_a"),
    ("eq", "conflicting_values", "p_grad", "r4_a"), ("eq", "conflicting_values", "p_sat", "r9_a"),
    ("eq", "conflicting_values", "p_nsch", "r6_a"),
    ("decline", "rate_mismatch", "p_ly_students", "p_students", "p_decline"),
    ("range", "implausible_rate", "p_sat", 0, 100), ("range", "implausible_rate", "p_sat_online", 0, 100),
    ("xsum", "weight_sum_mismatch", "#100", ["p_w_exec", "p_w_goals"]),
    ("xsum", "weight_sum_mismatch", "p_w_goals", ["blk1_w", "blk2_w", "blk3_w"]),
    ("xsum", "weight_sum_mismatch", "blk0_w", ["r0_w"]),
    ("xsum", "weight_sum_mismatch", "blk1_w", ["r1_w", "r2_w", "r3_w", "r4_w", "r5_w"]),
    ("xsum", "weight_sum_mismatch", "blk2_w", ["r6_w", "r7_w", "r8_w"]),
    ("xsum", "weight_sum_mismatch", "blk3_w", ["r9_w"]),
    ("xsum", "weight_sum_mismatch", "w_total", ["r%d_w" % i for i in range(10)]),
    ("xsum", "weight_sum_mismatch", "#100", ["r%d_w" % i for i in range(10)]),
    ("sum", "score_sum_mismatch", "s_total_t", ["r%d_s" % i for i in range(10)]),
    ("sum", "score_sum_mismatch", "p_s_g1", ["r1_s", "r2_s", "r3_s", "r4_s", "r5_s"]),
    ("sum", "score_sum_mismatch", "p_s_g2", ["r6_s", "r7_s", "r8_s"]),
    ("sum", "score_sum_mismatch", "p_s_g3", ["r9_s"]),
    ("sum", "score_sum_mismatch", "p_s_total", ["p_s_exec", "p_s_g1", "p_s_g2", "p_s_g3"]),
    ("eq", "conflicting_values", "p_s_exec", "r0_s"), ("eq", "conflicting_values", "p_s_total", "s_total_t"),
    ("grade", "grade_mismatch", "p_s_total", "p_grade"),
    ("rule_exec", "score_rule_mismatch", "r0_s", "r0_w", "p_spent", "p_budget", "r0_a"),
] + [("le", "score_exceeds_weight", "r%d_s" % i, "r%d_w" % i) for i in range(10)] \
  + [("compl", "completion_mismatch", "r%d_t" % i, "r%d_a" % i, "r%d_c" % i) for i in range(10)] \
  + [("unit", "unit_mismatch", "r%d_t" % i, "r%d_a" % i) for i in range(10)] \
  + [("rule", "score_rule_mismatch", "r%d_s" % i, "r%d_w" % i, "r%d_t" % i, "r%d_a" % i) for i in range(1, 10)]
SPECS[B] = {"mode": "ws", "fields": fB, "checks": cB}

# ---- C: Shanxi, Word table flattened, funds table with 行次 and formulas -----------------
Cid = "sx-zezhou-lndxbanxue-2021"
# funds table columns after the row label: 行次, 总额, 小计, 中央, 省, 市, 县, 结转, 其他
_fc = ["tot", "sub", "cen", "prov", "city", "cnty", "co", "oth"]
fC = {}
for row, lab in (("init", "年初预算资金"), ("ann", "全年预算资金"), ("recv", "实际到位资金"),
                 ("spent", "全年执行资金"), ("bal", "资金结余"), ("rrate", "预算到位率"),
                 ("erate", "预算执行率(%)")):
    for j, col in enumerate(_fc):
        fC["%s_%s" % (row, col)] = C(lab, 2 + j)
_rowsC = ["预算执行率", "培训学员人次", "学员结业率", "课酬按月发放及时率", "每课时课酬",
          "丰富老年人精神文化生活", "老年教育服务体系持续完善", "学员满意度"]
for i, n in enumerate(_rowsC):
    fC["r%d_w" % i] = C(n, 1)
    fC["r%d_t" % i] = C(n, 2)
    fC["r%d_a" % i] = C(n, 3)
    fC["r%d_c" % i] = C(n, 4)
    fC["r%d_s" % i] = C(n, 5)
fC.update({
    "w_total": C("合计", 3), "s_total_t": C("合计", 7),
    "title_year": R(r"泽州县委老干部局(\d{4})年度"), "plan_year": R(r"（(\d{4})年1月至12月）"),
    "n_city_init": R(r"年初下达指标([\d.]+万元)"), "n_city_recv": R(r"实际拨付([\d.]+万元)"),
    "n_city_gap": R(r"其余([\d.]+万元)未到位"), "n_cnty_unpaid": R(r"县级资金年末尚有([\d.]+万元)未支付"),
    "p_s_total": R(r"自评总得分(\d+)分"), "p_grade": R(r"属于“(\S+)”"),
    "p_annual": R(r"全年预算([\d.]+万元)，实际到位"), "p_recv": R(r"实际到位([\d.]+万元)，执行"),
    "p_spent": R(r"执行([\d.]+万元)，预算执行率"), "p_rate": R(r"预算执行率([\d.]+%)。支出构成"),
    "p_fee": R(r"教师课酬([\d.]+万元)"), "p_hours": R(r"（(\d+课时)，每课时"), "p_price": R(r"每课时(\d+元)）"),
    "p_sub": R(r"乡镇老年学校补助(\d[\d.]*万元)"), "p_nsch": R(r"（(\d+)所，每所"), "p_per": R(r"每所(\d+万元)"),
    "p_equip": R(r"教学设备购置(\d+(?:\.\d+)?万元)"), "p_rent": R(r"场地及水电([\d.]+万元)"),
    "p_books": R(r"教材及文体活动([\d.]+万元)"),
    "p_co": R(r"上年结转资金([\d.]+万元)系"), "p_co_year": R(r"系(\d{4})年乡镇老年学校补助尾款"),
    "p_co_paid_year": R(r"已于(\d{4})年3月支付完毕"), "p_unpaid": R(r"年末未支付的([\d.]+万元)"),
    "p_spring": R(r"春季学期开班(\d+个)"), "p_autumn": R(r"秋季学期开班(\d+个)"),
    "p_avg": R(r"平均每学期(\d+个)"),
    "p_students": R(r"全年培训学员(\d+人次)"), "p_st_cadre": R(r"其中离退休干部(\d+人次)"),
    "p_st_other": R(r"其他老年人(\d+人次)"), "p_grad": R(r"学员结业率([\d.]+%)，课酬"),
    "p_towns": R(r"全县(\d+)个乡镇"), "p_towns_with": R(r"已有(\d+)个建成"), "p_cover": R(r"覆盖率([\d.]+%)"),
    "p_sat": R(r"学员满意度([\d.]+%)，距"), "p_sat_target": R(r"距(\d+%)的目标"),
    "p_gap": R(r"目标差([\d.]+)个百分点"),
})
cC = []
for row in ("init", "ann", "recv", "spent"):
    cC.append(("sum", "sum_mismatch", row + "_tot", [row + "_sub", row + "_co", row + "_oth"]))
    cC.append(("sum", "sum_mismatch", row + "_sub", [row + "_cen", row + "_prov", row + "_city", row + "_cnty"]))
for col in _fc:
    cC.append(("diff", "balance_mismatch", "bal_" + col, "recv_" + col, "spent_" + col))
    cC.append(("ratio", "rate_mismatch", "recv_" + col, "ann_" + col, "rrate_" + col))
    cC.append(("ratio", "rate_mismatch", "spent_" + col, "ann_" + col, "erate_" + col))
    cC.append(("zero", "implausible_rate", "ann_" + col, "rrate_" + col))
    cC.append(("zero", "implausible_rate", "ann_" + col, "erate_" + col))
    cC.append(("range", "implausible_rate", "rrate_" + col, 0, 100))
    cC.append(("range", "implausible_rate", "erate_" + col, 0, 100))
cC += [
    ("year", "year_mismatch", "title_year", "eq", 2021), ("year", "year_mismatch", "plan_year", "eq", 2021),
    ("year", "year_mismatch", "p_co_year", "eq", 2020), ("year", "year_mismatch", "p_co_paid_year", "eq", 2021),
    ("eq", "conflicting_values", "n_city_init", "init_city"), ("eq", "conflicting_values", "n_city_recv", "recv_city"),
    ("diff", "balance_mismatch", "n_city_gap", "ann_city", "recv_city"),
    ("eq", "conflicting_values", "n_cnty_unpaid", "bal_cnty"), ("eq", "conflicting_values", "p_unpaid", "bal_cnty"),
    ("eq", "conflicting_values", "p_annual", "ann_tot"), ("eq", "conflicting_values", "p_recv", "recv_tot"),
    ("eq", "conflicting_values", "p_spent", "spent_tot"), ("eq", "conflicting_values", "p_rate", "erate_tot"),
    ("eq", "conflicting_values", "p_co", "spent_co"),
    ("ratio", "rate_mismatch", "p_spent", "p_annual", "p_rate"),
    ("sum", "sum_mismatch", "p_spent", ["p_fee", "p_sub", "p_equip", "p_rent", "p_books"]),
    ("prod", "sum_mismatch", "p_fee", "p_hours", "p_price"),
    ("prod", "sum_mismatch", "p_sub", "p_nsch", "p_per"),
    ("avg", "average_mismatch", "p_avg", ["p_spring", "p_autumn"]),
    ("sum", "sum_mismatch", "p_students", ["p_st_cadre", "p_st_other"]),
    ("eq", "conflicting_values", "p_students", "r1_a"), ("eq", "conflicting_values", "p_grad", "r2_a"),
    ("eq", "conflicting_values", "p_sat", "r7_a"), ("eq", "conflicting_values", "p_rate", "r0_a"),
    ("ratio", "rate_mismatch", "p_towns_with", "p_towns", "p_cover"),
    ("diff", "sum_mismatch", "p_gap", "p_sat_target", "p_sat"),
    ("range", "implausible_rate", "p_sat", 0, 100), ("range", "implausible_rate", "p_cover", 0, 100),
    ("xsum", "weight_sum_mismatch", "w_total", ["r%d_w" % i for i in range(8)]),
    ("xsum", "weight_sum_mismatch", "#100", ["r%d_w" % i for i in range(8)]),
    ("sum", "score_sum_mismatch", "s_total_t", ["r%d_s" % i for i in range(8)]),
    ("eq", "conflicting_values", "p_s_total", "s_total_t"),
    ("grade", "grade_mismatch", "s_total_t", "p_grade"),
    ("rule_exec", "score_rule_mismatch", "r0_s", "r0_w", "spent_tot", "ann_tot", "r0_a"),
] + [("le", "score_exceeds_weight", "r%d_s" % i, "r%d_w" % i) for i in range(8)] \
  + [("compl", "completion_mismatch", "r%d_t" % i, "r%d_a" % i, "r%d_c" % i) for i in (0, 1, 2, 3, 4, 7)] \
  + [("unit", "unit_mismatch", "r%d_t" % i, "r%d_a" % i) for i in (0, 1, 2, 3, 4, 7)] \
  + [("rule", "score_rule_mismatch", "r%d_s" % i, "r%d_w" % i, "r%d_t" % i, "r%d_a" % i) for i in (1, 2, 3, 4, 7)] \
  + [("qual", "score_rule_mismatch", "r%d_s" % i, "r%d_w" % i) for i in (5, 6)]
SPECS[Cid] = {"mode": "blocks", "fields": fC, "checks": cC}

# ---- D: Sichuan web page: HTML funds table + browser-copied indicator table ---------------
Did = "sc-shunqing-lndxbanxue-2023"
_rowsD = ["开设班级数", "学员人次", "补助街道分校数", "教师备课检查合格率", "课酬按季度发放",
          "每课时课酬标准", "学员人次较上年增长率", "老年教育长效机制", "学员满意度"]
fD = {}
for key, lab in (("t", "年度资金总额"), ("f", "财政资金"), ("s", "财政专户管理资金"), ("u", "单位资金"),
                 ("o", "其他资金")):
    fD[key + "_init"] = C(lab, 1)
    fD[key + "_ann"] = C(lab, 2)
    fD[key + "_spent"] = C(lab, 3)
    fD[key + "_rate"] = C(lab, 5)
fD["t_w"] = C("年度资金总额", 4)
fD["t_score"] = C("年度资金总额", 6)
for i, n in enumerate(_rowsD):
    fD["r%d_t" % i] = ("cj", n, [1, 2])
    fD["r%d_a" % i] = C(n, 4)
    fD["r%d_w" % i] = C(n, 5)
    fD["r%d_s" % i] = C(n, 6)
fD.update({
    "w_total": C("总分", 7), "s_total_t": C("总分", 8),
    "title_year": R(r"区委老干部局(\d{4})年度老年大学"), "pub_year": R(r"发布时间：(\d{4})-"),
    "tbl_year": R(r"自评表（(\d{4})年度）"), "p_year": R(r"\n?(\d{4})年年初批复"),
    "p_init_f": R(r"年初批复财政资金([\d.]+万元)"), "p_init_u": R(r"单位资金([\d.]+万元)一并"),
    "p_add": R(r"追加街道分校补助([\d.]+万元)"), "p_nbr": R(r"（(\d+)个分校，每个"),
    "p_per": R(r"每个(\d+元)"), "p_ann": R(r"调整后预算([\d.]+万元)"), "p_ann_f": R(r"其中财政资金([\d.]+万元)"),
    "p_spent_f": R(r"全年支出([\d.]+万元)，执行率"), "p_rate_bound": R(r"执行率在(\d+%)以上"),
    "p_fee": R(r"教师课酬([\d.]+万元)"), "p_hours": R(r"（(\d+课时)，每课时"), "p_price": R(r"每课时(\d+元)）"),
    "p_sub": R(r"街道分校补助([\d.]+万元)，"), "p_rent": R(r"场地租赁([\d.]+万元)"),
    "p_books": R(r"教材及耗材([\d.]+万元)"), "p_show": R(r"展演活动([\d.]+万元)"),
    "p_spent_u": R(r"学费资金支出([\d.]+万元)"), "p_bal_f": R(r"财政资金结余([\d.]+万元)"),
    "p_bal_u": R(r"学费结余([\d.]+万元)"), "p_bal_u_year": R(r"结转(\d{4})年使用"),
    "p_classes": R(r"全年开设班级(\d+个)"), "p_students": R(r"培训学员(\d+人次)，较"),
    "p_ly_year": R(r"较(\d{4})年的"), "p_ly": R(r"年的(\d+)人次增长"), "p_growth": R(r"增长([\d.]+%)"),
    "p_nbr_paid": R(r"；(\d+)个街道分校补助已全部拨付"), "p_prep": R(r"备课检查合格率([\d.]+%)"),
    "p_sat": R(r"学员满意度([\d.]+%)，其中"), "p_sat_br": R(r"分校学员满意度([\d.]+%)"),
    "p_s_exec": R(r"预算执行得分([\d.]+)分"), "p_s_ind": R(r"绩效指标得分([\d.]+)分"),
    "p_s_total": R(r"自评得分([\d.]+)分"), "p_grade": R(r"评价等级为(\S)。"),
})
cD = []
for col in ("init", "ann", "spent"):
    cD.append(("sum", "sum_mismatch", "t_" + col, ["f_" + col, "s_" + col, "u_" + col, "o_" + col]))
for key in ("t", "f", "u"):
    cD.append(("ratio", "rate_mismatch", key + "_spent", key + "_ann", key + "_rate"))
    cD.append(("range", "implausible_rate", key + "_rate", 0, 100))
for key in ("s", "o"):
    cD.append(("zero", "implausible_rate", key + "_ann", key + "_rate"))
cD += [
    ("rule_exec", "score_rule_mismatch", "t_score", "t_w", "t_spent", "t_ann", "t_rate"),
    ("le", "score_exceeds_weight", "t_score", "t_w"),
    ("year", "year_mismatch", "title_year", "eq", 2023), ("year", "year_mismatch", "tbl_year", "eq", 2023),
    ("year", "year_mismatch", "p_year", "eq", 2023), ("year", "year_mismatch", "pub_year", "eq_or_next", 2023),
    ("year", "year_mismatch", "p_bal_u_year", "later", 2023), ("year", "year_mismatch", "p_ly_year", "eq", 2022),
    ("eq", "conflicting_values", "p_init_f", "f_init"), ("eq", "conflicting_values", "p_init_u", "u_init"),
    ("eq", "conflicting_values", "p_ann", "t_ann"), ("eq", "conflicting_values", "p_ann_f", "f_ann"),
    ("eq", "conflicting_values", "p_spent_f", "f_spent"), ("eq", "conflicting_values", "p_spent_u", "u_spent"),
    ("diff", "sum_mismatch", "p_add", "p_ann_f", "p_init_f"),
    ("prod", "sum_mismatch", "p_add", "p_nbr", "p_per"),
    ("sum", "sum_mismatch", "p_ann", ["p_ann_f", "p_init_u"]),
    ("sum", "sum_mismatch", "p_spent_f", ["p_fee", "p_sub", "p_rent", "p_books", "p_show"]),
    ("prod", "sum_mismatch", "p_fee", "p_hours", "p_price"),
    ("eq", "conflicting_values", "p_sub", "p_add"),
    ("diff", "balance_mismatch", "p_bal_f", "p_ann_f", "p_spent_f"),
    ("diff", "balance_mismatch", "p_bal_u", "p_init_u", "p_spent_u"),
    ("eq", "conflicting_values", "p_classes", "r0_a"), ("eq", "conflicting_values", "p_students", "r1_a"),
    ("eq", "conflicting_values", "p_nbr_paid", "r2_a"), ("eq", "conflicting_values", "p_prep", "r3_a"),
    ("eq", "conflicting_values", "p_growth", "r6_a"), ("eq", "conflicting_values", "p_sat", "r8_a"),
    ("eq", "conflicting_values", "p_price", "r5_a"),
    ("growth", "rate_mismatch", "p_students", "p_ly", "p_growth"),
    ("range", "implausible_rate", "p_sat", 0, 100), ("range", "implausible_rate", "p_sat_br", 0, 100),
    ("range", "implausible_rate", "p_prep", 0, 100),
    ("xsum", "weight_sum_mismatch", "w_total", ["t_w"] + ["r%d_w" % i for i in range(9)]),
    ("xsum", "weight_sum_mismatch", "#100", ["t_w"] + ["r%d_w" % i for i in range(9)]),
    ("sum", "score_sum_mismatch", "s_total_t", ["t_score"] + ["r%d_s" % i for i in range(9)]),
    ("sum", "score_sum_mismatch", "p_s_ind", ["r%d_s" % i for i in range(9)]),
    ("sum", "score_sum_mismatch", "p_s_total", ["p_s_exec", "p_s_ind"]),
    ("eq", "conflicting_values", "p_s_exec", "t_score"), ("eq", "conflicting_values", "p_s_total", "s_total_t"),
    ("grade", "grade_mismatch", "p_s_total", "p_grade"),
] + [("le", "score_exceeds_weight", "r%d_s" % i, "r%d_w" % i) for i in range(9)] \
  + [("rule", "score_rule_mismatch", "r%d_s" % i, "r%d_w" % i, "r%d_t" % i, "r%d_a" % i) for i in (0, 1, 2, 3, 5, 6, 8)] \
  + [("qual", "score_rule_mismatch", "r%d_s" % i, "r%d_w" % i) for i in (4, 7)]
SPECS[Did] = {"mode": "sep:\t", "fields": fD, "checks": cD}

# ---- E: Guangxi department-wide report, table exported with ｜ separators -----------------
Eid = "gx-wuzhou-lndxzhengti-2024"
_rowsE = ["全年预算执行率", "开设班级数", "培训学员人次", "补助县区分校数", "教学计划完成率", "学员结业率",
          "校舍维修按期完工率", "每课时课酬标准", "老年人精神文化生活", "老年教育办学体系", "学员满意度"]
fE = {}
for i, n in enumerate(_rowsE):
    fE["r%d_w" % i] = C(n, 1)
    fE["r%d_t" % i] = C(n, 2)
    fE["r%d_a" % i] = C(n, 3)
    fE["r%d_c" % i] = C(n, 4)
    fE["r%d_s" % i] = C(n, 5)
fE.update({
    "w_total": C("合计", 3), "s_total_t": C("合计", 7), "t_grade": C("评价等级", 1), "tbl_year": C("年度", 1),
    "title_year": R(r"梧州市老年大学(\d{4})年度部门整体"), "date_year": R(r"梧州市老年大学\n(\d{4})年\d+月"),
    "p_init": R(r"年年初预算([\d.]+万元)"), "p_init_basic": R(r"其中基本支出([\d.]+万元)、项目支出"),
    "p_init_proj": R(r"、项目支出([\d.]+万元)。年中"), "p_add_basic": R(r"追加基本支出([\d.]+万元)"),
    "p_add_proj": R(r"等项目支出([\d.]+万元)"), "p_ann": R(r"全年预算([\d.]+万元)。"),
    "p_spent": R(r"全年支出([\d.]+万元)，预算执行率"), "p_rate": R(r"预算执行率([\d.]+%)。其中"),
    "p_basic": R(r"其中基本支出([\d.]+万元)，执行率"), "p_basic_rate": R(r"基本支出[\d.]+万元，执行率([\d.]+%)"),
    "p_staff": R(r"包括人员经费([\d.]+万元)"), "p_public": R(r"公用经费([\d.]+万元)"),
    "p_proj": R(r"项目支出([\d.]+万元)，执行率"), "p_proj_rate": R(r"项目支出[\d.]+万元，执行率([\d.]+%)"),
    "b1": R(r"预算分别为([\d.]+万元)"), "b2": R(r"预算分别为[\d.]+万元、([\d.]+万元)"),
    "b3": R(r"预算分别为[\d.]+万元、[\d.]+万元、([\d.]+万元)"),
    "x1": R(r"支出分别为([\d.]+万元)"), "x2": R(r"支出分别为[\d.]+万元、([\d.]+万元)"),
    "x3": R(r"支出分别为[\d.]+万元、[\d.]+万元、([\d.]+万元)"),
    "e1": R(r"执行率依次为([\d.]+%)"), "e2": R(r"执行率依次为[\d.]+%、([\d.]+%)"),
    "e3": R(r"执行率依次为[\d.]+%、[\d.]+%、([\d.]+%)"),
    "cty1": R(r"苍梧县([\d.]+万元)"), "cty2": R(r"藤县([\d.]+万元)"), "cty3": R(r"蒙山县([\d.]+万元)"),
    "cty4": R(r"岑溪市([\d.]+万元)"), "p_unpaid": R(r"，([\d.]+万元)暂未拨付"),
    "p_carry": R(r"年末结转资金([\d.]+万元)"), "p_carry_year": R(r"已结转至(\d{4})年"),
    "p_carry_rate": R(r"结转结余率([\d.]+%)"),
    "p_classes": R(r"全年开设班级(\d+个)"), "p_ly_year": R(r"（(\d{4})年为\d+个）"),
    "p_students": R(r"培训(\d+人次)"), "p_hours": R(r"授课(\d+课时)"), "p_price": R(r"按每课时(\d+元)发放"),
    "p_fee": R(r"共计([\d.]+万元)"), "p_plan": R(r"教学计划完成率([\d.]+%)"), "p_grad": R(r"学员结业率([\d.]+%)"),
    "p_q_sent": R(r"发放问卷(\d+)份"), "p_q_back": R(r"收回(\d+)份"), "p_q_rate": R(r"回收率([\d.]+%)"),
    "p_sat": R(r"学员满意度([\d.]+%)，学员对"),
    "ps1": R(r"得分分别为([\d.]+)分"), "ps2": R(r"得分分别为[\d.]+分、([\d.]+)分"),
    "ps3": R(r"得分分别为[\d.]+分、[\d.]+分、([\d.]+)分"), "ps_avg": R(r"平均([\d.]+)分"),
    "p_s_total": R(r"部门整体支出自评得分(\d+)分，其中"), "p_s_exec": R(r"其中预算执行([\d.]+)分"),
    "p_s_out": R(r"产出指标([\d.]+)分"), "p_s_ben": R(r"效益指标([\d.]+)分"), "p_s_sat": R(r"满意度指标([\d.]+)分"),
    "p_grade": R(r"等级为(\S+?)。"),
    "p_ly_score": R(r"(\d{4})年度学校部门整体支出自评得分为\d+分"),
    "ly_s": R(r"部门整体支出自评得分为(\d+)分"), "p_up": R(r"本年度提高(\d+)分"),
})
cE = [
    ("sum", "sum_mismatch", "p_init", ["p_init_basic", "p_init_proj"]),
    ("sum", "sum_mismatch", "p_ann", ["p_init", "p_add_basic", "p_add_proj"]),
    ("sum", "sum_mismatch", "p_spent", ["p_basic", "p_proj"]),
    ("sum", "sum_mismatch", "p_basic", ["p_staff", "p_public"]),
    ("ratio", "rate_mismatch", "p_spent", "p_ann", "p_rate"),
    ("ratio", "rate_mismatch", "p_basic", "p_init_basic+p_add_basic", "p_basic_rate"),
    ("sum", "sum_mismatch", "p_init_proj+p_add_proj", ["b1", "b2", "b3"]),
    ("sum", "sum_mismatch", "p_proj", ["x1", "x2", "x3"]),
    ("ratio", "rate_mismatch", "x1", "b1", "e1"), ("ratio", "rate_mismatch", "x2", "b2", "e2"),
    ("ratio", "rate_mismatch", "x3", "b3", "e3"),
    ("sum", "sum_mismatch", "b2", ["cty1", "cty2", "cty3", "cty4"]),
    ("diff", "balance_mismatch", "p_unpaid", "b2", "x2"),
    ("diff", "balance_mismatch", "p_carry", "p_ann", "p_spent"),
    ("ratio", "rate_mismatch", "p_carry", "p_ann", "p_carry_rate"),
    ("year", "year_mismatch", "p_carry_year", "later", 2024), ("year", "year_mismatch", "title_year", "eq", 2024),
    ("year", "year_mismatch", "tbl_year", "eq", 2024), ("year", "year_mismatch", "date_year", "eq_or_next", 2024),
    ("year", "year_mismatch", "p_ly_year", "eq", 2023), ("year", "year_mismatch", "p_ly_score", "eq", 2023),
    ("prod", "sum_mismatch", "p_fee", "p_hours", "p_price"),
    ("ratio", "rate_mismatch", "p_q_back", "p_q_sent", "p_q_rate"),
    ("avg", "average_mismatch", "ps_avg", ["ps1", "ps2", "ps3"]),
    ("diff", "sum_mismatch", "p_up", "p_s_total", "ly_s"),
    ("eq", "conflicting_values", "p_rate", "r0_a"), ("eq", "conflicting_values", "p_classes", "r1_a"),
    ("eq", "conflicting_values", "p_students", "r2_a"), ("eq", "conflicting_values", "p_plan", "r4_a"),
    ("eq", "conflicting_values", "p_grad", "r5_a"), ("eq", "conflicting_values", "p_price", "r7_a"),
    ("eq", "conflicting_values", "p_sat", "r10_a"),
    ("range", "implausible_rate", "p_sat", 0, 100), ("range", "implausible_rate", "p_rate", 0, 100),
    ("range", "implausible_rate", "p_basic_rate", 0, 100), ("range", "implausible_rate", "p_proj_rate", 0, 100),
    ("ratio", "rate_mismatch", "p_proj", "p_init_proj+p_add_proj", "p_proj_rate"),
    ("xsum", "weight_sum_mismatch", "w_total", ["r%d_w" % i for i in range(11)]),
    ("xsum", "weight_sum_mismatch", "#100", ["r%d_w" % i for i in range(11)]),
    ("sum", "score_sum_mismatch", "s_total_t", ["r%d_s" % i for i in range(11)]),
    ("sum", "score_sum_mismatch", "p_s_out", ["r%d_s" % i for i in range(1, 8)]),
    ("sum", "score_sum_mismatch", "p_s_ben", ["r8_s", "r9_s"]),
    ("sum", "score_sum_mismatch", "p_s_sat", ["r10_s"]),
    ("sum", "score_sum_mismatch", "p_s_total", ["p_s_exec", "p_s_out", "p_s_ben", "p_s_sat"]),
    ("eq", "conflicting_values", "p_s_exec", "r0_s"), ("eq", "conflicting_values", "p_s_total", "s_total_t"),
    ("grade", "grade_mismatch", "p_s_total", "p_grade"), ("grade", "grade_mismatch", "s_total_t", "t_grade"),
    ("grade", "grade_mismatch", "ps1", "#优"), ("rule_exec", "score_rule_mismatch", "r0_s", "r0_w", "p_spent", "p_ann", "r0_a"),
] + [("le", "score_exceeds_weight", "r%d_s" % i, "r%d_w" % i) for i in range(11)] \
  + [("compl", "completion_mismatch", "r%d_t" % i, "r%d_a" % i, "r%d_c" % i) for i in (0, 1, 2, 3, 4, 5, 6, 7, 10)] \
  + [("unit", "unit_mismatch", "r%d_t" % i, "r%d_a" % i) for i in (0, 1, 2, 3, 4, 5, 6, 7, 10)] \
  + [("rule", "score_rule_mismatch", "r%d_s" % i, "r%d_w" % i, "r%d_t" % i, "r%d_a" % i) for i in range(1, 8)] \
  + [("rule", "score_rule_mismatch", "r10_s", "r10_w", "r10_t", "r10_a")] \
  + [("qual", "score_rule_mismatch", "r%d_s" % i, "r%d_w" % i) for i in (8, 9)]
SPECS[Eid] = {"mode": "sep:｜", "fields": fE, "checks": cE}


# ---------------------------------------------------------------- label and diff checks

FIG = re.compile(r"-?\d+(?:\.\d+)?(?:%|万元|元)?")


def count_figure(text, fig):
    """Occurrences of fig as a standalone figure (not inside a longer number)."""
    n = 0
    for m in re.finditer(re.escape(fig), text):
        s, e = m.span()
        before = text[s - 1] if s > 0 else ""
        after = text[e] if e < len(text) else ""
        if before.isdigit() or before == "." or after.isdigit() or (after == "." and e + 1 < len(text) and text[e + 1].isdigit()):
            continue
        if fig[-1].isdigit() and after in ("%",):
            continue
        n += 1
    return n


def changed_figure(text, s, e):
    """The figure (number with its %/万元/元 suffix) that contains or touches [s, e), or None."""
    for m in FIG.finditer(text):
        if m.start() <= e and m.end() >= s and m.end() > m.start():
            return m.group(0), m.span()
    return None, None


def is_figure(fig):
    """Amounts and rates (a %/万元/元 suffix or two decimals); bare scores, weights, counts and
    years repeat legitimately in a table and are not checked for uniqueness."""
    if fig is None:
        return False
    if fig.endswith(("%", "万元", "元")):
        return True
    return "." in fig and len(fig.split(".")[1]) >= 2


def main():
    verbose = "-v" in sys.argv
    if "--dump" in sys.argv:
        pid = sys.argv[sys.argv.index("--dump") + 1]
        text = (CASES / ("%s-clean.txt" % pid)).read_text(encoding="utf-8")
        for r in rows(text, SPECS[pid]["mode"]):
            if len(r) > 1:
                print(r)
        return 0
    errors = []
    labels = [json.loads(l) for l in LABELS.read_text(encoding="utf-8").splitlines() if l.strip()]
    files = sorted(p.name for p in CASES.glob("*.txt"))
    if sorted(l["case"] for l in labels) != files:
        errors.append("labels.jsonl and cases/ do not list the same files")
    per_code = {}
    n_clean = n_err = 0
    for lab in labels:
        name, src = lab["case"], lab["source"]
        text = (CASES / name).read_text(encoding="utf-8")
        spec = SPECS[src]
        fails, probs = evaluate(spec, text)
        if probs:
            errors.extend("%s: %s" % (name, p) for p in probs)
            continue
        err_codes = sorted({c for c, sev, _ in fails if sev == "error"})
        warns = [(c, m) for c, sev, m in fails if sev == "warning"]
        if lab["clean"]:
            n_clean += 1
            if lab["expected"]:
                errors.append("%s: clean case with labels" % name)
            if fails:
                errors.append("%s: clean draft fails %s" % (name, fails))
            n = len(text)
            if not 2800 <= n <= 3400:
                errors.append("%s: length %d outside 2800-3400" % (name, n))
            if verbose:
                print("%-45s clean  %d chars, %d checks pass" % (name, n, len(spec["checks"])))
            continue
        n_err += 1
        if len(lab["expected"]) != 1:
            errors.append("%s: expected exactly one label" % name)
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        per_code[code] = per_code.get(code, 0) + 1
        if exp.get("severity") != "error" or code not in CODES13:
            errors.append("%s: bad code/severity %s/%s" % (name, code, exp.get("severity")))
        clean = (CASES / ("%s-clean.txt" % src)).read_text(encoding="utf-8")
        # one contiguous difference overlapping the value
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        ds, de = p, len(text) - s
        cs, ce = p, len(clean) - s
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if len(occ) != 1:
            errors.append("%s: label value occurs %d times" % (name, len(occ)))
        elif not (occ[0] < max(de, ds + 1) and occ[0] + len(value) > ds):
            errors.append("%s: label value does not overlap the edit [%d,%d)" % (name, ds, de))
        # the changed figure: once in the clean draft and once after the edit; for
        # conflicting_values the old figure is the quantity stated (at least) twice
        new_fig, _ = changed_figure(text, ds, max(de, ds + 1))
        old_fig, _ = changed_figure(clean, cs, max(ce, cs + 1))
        if code == "conflicting_values":
            num = re.match(r"-?[\d.]+", old_fig or "")
            n_old = len(re.findall(r"(?<![\d.])%s(?![\d]|\.\d)" % re.escape(num.group(0)), clean)) if num else 0
            if n_old < 2:
                errors.append("%s: conflicting figure %s stated %d times in the clean draft" % (name, old_fig, n_old))
            note = "%s -> %s (old figure stated %d times)" % (old_fig, new_fig, n_old)
        elif is_figure(old_fig) and is_figure(new_fig) and \
                re.match(r"-?[\d.]+", old_fig).group(0) != re.match(r"-?[\d.]+", new_fig).group(0):
            n_old, n_new = count_figure(clean, old_fig), count_figure(text, new_fig)
            if n_old != 1:
                errors.append("%s: changed figure %s occurs %d times in the clean draft" % (name, old_fig, n_old))
            if n_new != 1:
                errors.append("%s: new figure %s occurs %d times in the error case" % (name, new_fig, n_new))
            note = "%s -> %s" % (old_fig, new_fig)
        elif old_fig and new_fig:
            note = "%s -> %s" % (old_fig, new_fig)
        else:
            note = "%r -> %r" % (clean[cs:ce], text[ds:de])
        # whatever the figure, the new number must not already stand elsewhere in the case
        # (not checked for years, for conflicting_values and when only the unit changed)
        if new_fig and old_fig and code not in ("conflicting_values", "year_mismatch"):
            num = re.match(r"-?[\d.]+", new_fig).group(0)
            if num != re.match(r"-?[\d.]+", old_fig).group(0) and ("." in num or len(num) >= 3):
                n_new = len(re.findall(r"(?<![\d.])%s(?![\d]|\.\d)" % re.escape(num), text))
                if n_new != 1:
                    errors.append("%s: new number %s stands %d times in the error case" % (name, num, n_new))
                note += " (new number %s stands once)" % num
        if err_codes != [code]:
            errors.append("%s: labelled %s, arithmetic fails %s: %s" % (
                name, code, err_codes, [m for c, sev, m in fails if sev == "error"]))
        if verbose:
            print("%-45s %-21s %s | %s%s" % (name, code, note,
                                          "; ".join(m for c, sev, m in fails if sev == "error"),
                                          (" | warn: " + "; ".join(m for c, m in warns)) if warns else ""))
    for c in CODES13:
        if per_code.get(c, 0) < 2:
            errors.append("code %s used %d times (< 2)" % (c, per_code.get(c, 0)))
    if verbose:
        print("clean %d, error cases %d; per code: %s" % (n_clean, n_err, json.dumps(per_code, sort_keys=True)))
    if errors:
        for e in errors:
            print("FAIL", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
